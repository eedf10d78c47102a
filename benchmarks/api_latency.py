"""HTTP API latency benchmark: the real server (uvicorn + `create_app`) under N concurrent clients.

    python -m benchmarks.api_latency [--clients 20] [--seconds 30] [--data-dir DIR] [--store both]

Two ways of reaching the store are measured one after the other in the same run, on the same data and
the same request mix: `shared` (what the app does: one read-only store per server process, opened at
start-up and shared by every request) and `per-request` (the baseline: the store opened and closed for
each request, as the app did before; `/api/health` uses the shared store in both).

Without --data-dir a data dir is built first by `cnht demo` (the real pipeline on the bundled sample
site, ~20 s) in a temporary directory that is removed afterwards. The server runs in a subprocess on
127.0.0.1 (a free port), so clients and server do not share a GIL; they do share the machine's CPUs.
Each client sends one request at a time, walking a fixed mix from its own starting point: searches
(accented and not, with and without filters), decision lookups (several spellings, URL-encoded) and
`/api/health`, the framework floor, measured in the same run under the same load. Every URL of the mix
is checked once (it must answer 200) before the clock starts; a short warm-up is not counted.

Prints requests/s and p50/p95/p99/max latency per endpoint kind (search, decision, health), and
errors (non-200 answers, timeouts, connection errors). Loopback only; bounded by --seconds and
--max-requests; stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

import httpx

HOST = "127.0.0.1"
REPO_ROOT = Path(__file__).resolve().parent.parent
DEMO_TIMEOUT_S = 300
SERVER_START_TIMEOUT_S = 30
REQUEST_TIMEOUT_S = 10.0
WARMUP_S = 2.0
MAX_CLIENTS = 200
MAX_SECONDS = 600

# (q, filters): unaccented and accented words, with and without filters.
SEARCHES: list[tuple[str, dict[str, str]]] = [
    ("cong nghiep ho tro", {}),
    ("quyet dinh", {"kind": "decision"}),
    ("linh kien", {"province": "hai duong"}),
    ("công nghiệp hỗ trợ", {}),
    ("linh kiện điện tử", {"sort": "date"}),
    ("công nghiệp hỗ trợ", {"province": "Bắc Ninh"}),
    ("ky ket", {"year": "2024", "kind": "article"}),
    ('"cong nghiep ho tro" ky ket', {}),
]
# Decision numbers in several spellings (all stored or cited in the demo data).
DECISIONS = [
    "18/2023/QD-UBND",
    "QĐ 18/2023",
    "18/2023/QĐ-UBND",
    "QĐ 27/2025",
    "52/2025/QĐ-UBND",
    "QD 52/2025",
    "21/2025/qd-ubnd",
    "12/2024/NQ-HĐND",
]
KINDS = ("search", "decision", "health")

# The server subprocess: binds port 0 itself (no race for a free port), prints it, then serves.
SERVER_CODE = """
import socket, sys
from pathlib import Path
import uvicorn
from flows.web.app import create_app

sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
sock.bind(("127.0.0.1", 0))
print(sock.getsockname()[1], flush=True)
app = create_app(Path(sys.argv[1]), None)
if sys.argv[2] == "per-request":  # the baseline: open and close the store for every request
    from flows.web.deps import read_store
    from search.store import open_store

    def per_request_store():
        with open_store(Path(sys.argv[1]), read_only=True) as store:
            yield store

    app.dependency_overrides[read_store] = per_request_store
config = uvicorn.Config(app, log_level="warning", access_log=False)
uvicorn.Server(config).run(sockets=[sock])
"""
STORE_MODES = ("per-request", "shared")


def request_mix() -> list[tuple[str, str]]:
    """The fixed mix as (kind, path): 8 searches, 8 decision lookups, 2 health checks per cycle."""
    searches = [("search", "/api/search?" + urlencode({"q": q, **f})) for q, f in SEARCHES]
    decisions = [("decision", "/api/decisions/" + quote(n, safe="/")) for n in DECISIONS]
    mix: list[tuple[str, str]] = []
    for i, (s, d) in enumerate(zip(searches, decisions, strict=True)):
        mix += [s, d]
        if i % 4 == 3:
            mix.append(("health", "/api/health"))
    return mix


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {k: [] for k in KINDS})
    errors: Counter[tuple[str, str]] = field(default_factory=Counter)
    sent: int = 0


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list (nan if empty)."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(p / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


# -- data dir and server ----------------------------------------------------------------------------


def build_demo(data_dir: Path) -> None:
    cmd = [sys.executable, "-m", "flows.cli", "--data-dir", str(data_dir), "demo", "--port", "0"]
    print(f"building a demo data dir: {' '.join(cmd)}", flush=True)
    t0 = time.perf_counter()
    done = subprocess.run(
        cmd, cwd=REPO_ROOT, capture_output=True, text=True, timeout=DEMO_TIMEOUT_S, check=False
    )
    if done.returncode != 0 or not (data_dir / "store.sqlite3").exists():
        sys.exit(f"demo failed (exit {done.returncode}):\n{(done.stdout + done.stderr)[-3000:]}")
    print(f"  done in {time.perf_counter() - t0:.1f} s", flush=True)


@contextmanager
def running_server(data_dir: Path, log: Path, store_mode: str) -> Iterator[str]:
    """The real app under uvicorn in a subprocess; yields its base URL once /api/health answers 200."""
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVER_CODE, str(data_dir), store_mode],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().strip()
        if not line.isdigit():
            raise SystemExit(f"server did not start:\n{log.read_text()[-3000:]}")
        base = f"http://{HOST}:{int(line)}"
        deadline = time.monotonic() + SERVER_START_TIMEOUT_S
        with httpx.Client(base_url=base, trust_env=False, timeout=2.0) as client:
            while True:
                if proc.poll() is not None:
                    raise SystemExit(f"server exited ({proc.returncode}):\n{log.read_text()[-3000:]}")
                try:
                    if client.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    raise SystemExit(f"no 200 from {base}/api/health after {SERVER_START_TIMEOUT_S} s")
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


# -- load -------------------------------------------------------------------------------------------


async def client_loop(
    client: httpx.AsyncClient,
    mix: list[tuple[str, str]],
    start: int,
    stop_at: float,
    max_requests: int,
    stats: Stats | None,
    shared: Stats,
) -> None:
    """One client: one request at a time along the mix until `stop_at` or the request budget is spent.
    With `stats` None (warm-up) nothing is recorded."""
    i = start
    while time.perf_counter() < stop_at:
        if stats is not None:
            if shared.sent >= max_requests:
                return
            shared.sent += 1
        kind, path = mix[i % len(mix)]
        i += 1
        t0 = time.perf_counter()
        try:
            response = await client.get(path)
            await response.aread()
            error = None if response.status_code == 200 else f"HTTP {response.status_code}"
        except httpx.TimeoutException:
            error = "timeout"
        except httpx.TransportError as e:
            error = type(e).__name__
        elapsed = time.perf_counter() - t0
        if stats is None:
            continue
        if error is None:
            stats.latencies[kind].append(elapsed)
        else:
            stats.errors[(kind, error)] += 1


async def run_load(base: str, clients: int, seconds: float, max_requests: int) -> tuple[Stats, float]:
    mix = request_mix()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(
        base_url=base, limits=limits, timeout=REQUEST_TIMEOUT_S, trust_env=False
    ) as client:
        # Every URL must answer 200 before the clock starts: a bad mix would measure 404s.
        for _kind, path in mix:
            response = await client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{path} answered {response.status_code}: {response.text[:300]}")
        stride = max(1, len(mix) // clients)
        warm = Stats()
        stop = time.perf_counter() + WARMUP_S
        await asyncio.gather(
            *(client_loop(client, mix, c * stride, stop, max_requests, None, warm) for c in range(clients))
        )
        stats = Stats()
        t0 = time.perf_counter()
        stop = t0 + seconds
        await asyncio.gather(
            *(client_loop(client, mix, c * stride, stop, max_requests, stats, stats) for c in range(clients))
        )
        return stats, time.perf_counter() - t0


# -- report -----------------------------------------------------------------------------------------


def report(stats: Stats, wall: float, clients: int, store_mode: str) -> None:
    ms = 1000.0
    total_ok = sum(len(v) for v in stats.latencies.values())
    total_err = sum(stats.errors.values())
    print(f"\nstore {store_mode}: {clients} clients, {wall:.1f} s measured, {total_ok + total_err} requests")
    header = f"{'kind':<10}{'requests':>10}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}"
    print(header + f"{'errors':>8}")
    print("-" * (len(header) + 8))
    for kind in KINDS:
        values = sorted(stats.latencies[kind])
        errors = sum(n for (k, _), n in stats.errors.items() if k == kind)
        figures = [percentile(values, p) * ms for p in (50, 95, 99)] + [(values[-1] if values else 0) * ms]
        label = "health*" if kind == "health" else kind
        print(
            f"{label:<10}{len(values):>10}{len(values) / wall:>9.1f}"
            + "".join(f"{x:>9.1f}" for x in figures)
            + f"{errors:>8}"
        )
    all_values = sorted(v for values in stats.latencies.values() for v in values)
    figures = [percentile(all_values, p) * ms for p in (50, 95, 99)] + [
        (all_values[-1] if all_values else 0) * ms
    ]
    print(
        f"{'all':<10}{total_ok:>10}{total_ok / wall:>9.1f}"
        + "".join(f"{x:>9.1f}" for x in figures)
        + f"{total_err:>8}"
    )
    print("* health: /api/health, the framework floor, measured under the same load")
    if stats.errors:
        print("errors: " + ", ".join(f"{k} {e}: {n}" for (k, e), n in sorted(stats.errors.items())))


def compare(results: dict[str, tuple[Stats, float]]) -> None:
    """One line per endpoint kind: p50/p95 of every store mode measured, side by side."""
    if len(results) < 2:
        return
    print("\nsame run, same mix:  " + "   ".join(f"{mode:>24}" for mode in results))
    for kind in ("search", "decision"):
        cells = []
        for stats, _wall in results.values():
            values = sorted(stats.latencies[kind])
            p50, p95 = (percentile(values, p) * 1000 for p in (50, 95))
            cells.append(f"p50 {p50:6.1f} / p95 {p95:6.1f} ms")
        print(f"{kind:<20} " + "   ".join(f"{c:>24}" for c in cells))
    rates = [sum(len(v) for v in stats.latencies.values()) / wall for stats, wall in results.values()]
    print(f"{'requests/s':<20} " + "   ".join(f"{r:>24.1f}" for r in rates))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--seconds", type=float, default=30.0, help="measured duration (default 30)")
    parser.add_argument("--data-dir", type=Path, help="a data dir with a store (default: build the demo)")
    parser.add_argument(
        "--max-requests", type=int, default=1_000_000, help="stop after this many requests (default 1e6)"
    )
    parser.add_argument(
        "--store",
        choices=("both", *STORE_MODES),
        default="both",
        help="how the server reaches the store: shared (the app), per-request (the old baseline), or both",
    )
    args = parser.parse_args()
    if not 1 <= args.clients <= MAX_CLIENTS:
        parser.error(f"--clients must be 1..{MAX_CLIENTS}")
    if not 0 < args.seconds <= MAX_SECONDS:
        parser.error(f"--seconds must be in (0, {MAX_SECONDS}]")
    if args.max_requests < 1:
        parser.error("--max-requests must be >= 1")
    modes = STORE_MODES if args.store == "both" else (args.store,)

    with tempfile.TemporaryDirectory(prefix="cnht-api-bench-") as tmp:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(tmp) / "data"
            build_demo(data_dir)
        elif not (data_dir / "store.sqlite3").exists():
            sys.exit(f"no store in {data_dir}: run `cnht --data-dir {data_dir} demo` first")
        results: dict[str, tuple[Stats, float]] = {}
        for mode in modes:
            with running_server(data_dir, Path(tmp) / f"server-{mode}.log", mode) as base:
                health = httpx.get(f"{base}/api/health", trust_env=False).json()
                print(
                    f"\nserver {base} (uvicorn, 1 worker, subprocess, store {mode}), data {data_dir}: "
                    f"{health['documents']} documents; python {platform.python_version()}, "
                    f"{os.cpu_count()} CPUs shared by clients and server"
                )
                print(f"load: {args.clients} clients x {args.seconds:g} s after a {WARMUP_S:g} s warm-up")
                results[mode] = asyncio.run(run_load(base, args.clients, args.seconds, args.max_requests))
            report(*results[mode], args.clients, mode)
        compare(results)


if __name__ == "__main__":
    main()
