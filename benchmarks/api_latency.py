"""HTTP API latency benchmark: the real server (uvicorn + `create_app`) under N concurrent clients.

    python -m benchmarks.api_latency [--clients 20] [--seconds 30] [--rounds 3] [--data-dir DIR | --docs N]

Two ways of reaching the store are measured in the same run, on the same data and the same request mix,
in interleaved rounds (per-request, shared, per-request, shared ...): `shared` (what the app does: one
read-only store per server process, opened at start-up and shared by every request) and `per-request`
(the baseline: the store opened and closed for each request, as the app did before; `/api/health` uses
the shared store in both). The summary gives medians with min-max over the rounds.

The data: --data-dir (any store), or --docs N (a store of N documents generated like the search
benchmark's, 3-8 KB of text each, e.g. 100000), or by default a data dir built by `cnht demo` (the real
pipeline on the bundled sample site, ~20 s); generated and demo dirs are temporary. The server runs in a
subprocess on 127.0.0.1 (a free port), so clients and server do not share a GIL; they do share the
machine's CPUs, and the load average is printed before and after each round. Each client sends one
request at a time, walking a fixed mix from its own starting point: searches (accented and not, with and
without filters), decision lookups (numbers read from the store itself, in several spellings, each
checked to find something) and `/api/health`, the framework floor, measured under the same load. Every
URL of the mix is checked once (it must answer 200) before the clock starts; a short warm-up is not
counted.

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
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlencode

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
DECISION_LOOKUPS = 8  # decision numbers of the mix, in several spellings, picked from the store
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


def spellings(number: str) -> list[str]:
    """Ways a user types a decision number: as stored, lower-case without accents, and type first
    without the issuer ("26/2023/QĐ-UBND" -> "26/2023/qd-ubnd", "QĐ 26/2023")."""
    from extract.normalize import fold

    out = [number, fold(number)]
    parts = number.split("/")
    if len(parts) == 3 and parts[1].isdigit():
        out.append(f"{parts[2].split('-')[0]} {parts[0]}/{parts[1]}")
    return list(dict.fromkeys(out))


def decisions_from_store(data_dir: Path, want: int = DECISION_LOOKUPS, scan: int = 5000) -> list[str]:
    """Decision numbers in several spellings, each checked to find something in this store (the first
    `scan` documents are read for numbers): the mix works on any store, the demo's or a generated one."""
    from search.store import open_store

    found: list[str] = []
    with open_store(data_dir, read_only=True) as store:
        numbers: list[str] = []
        for i, doc in enumerate(store.iter_documents()):
            d = doc.document
            own = [d.decision.number] if d.decision and d.decision.number else []
            numbers += [n for n in [*own, *(r.number for r in d.tags.decisions)] if n not in numbers]
            if i >= scan or len(numbers) >= want:
                break
        for number in numbers:
            for spelling in spellings(number):
                lookup = store.decision(spelling)
                if (lookup.decisions or lookup.citing) and len(found) < want:
                    found.append(spelling)
    if not found:
        sys.exit(f"no decision number found in the first {scan} documents of {data_dir}")
    return [found[i % len(found)] for i in range(want)]


def request_mix(decision_numbers: list[str]) -> list[tuple[str, str]]:
    """The fixed mix as (kind, path): 8 searches, 8 decision lookups, 2 health checks per cycle."""
    searches = [("search", "/api/search?" + urlencode({"q": q, **f})) for q, f in SEARCHES]
    decisions = [("decision", "/api/decisions/" + quote(n, safe="/")) for n in decision_numbers]
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


async def run_load(
    base: str, mix: list[tuple[str, str]], clients: int, seconds: float, max_requests: int
) -> tuple[Stats, float]:
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


def _load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def _spread(values: list[float], fmt: str = "{:.1f}") -> str:
    """Median (min-max)."""
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}-{fmt.format(max(values))})"


def compare(rounds: dict[str, list[tuple[Stats, float]]]) -> None:
    """Per store mode: p50/p95 per endpoint kind and requests/s, median (min-max) over the rounds."""
    print(f"\nmedian (min-max) over {max(len(r) for r in rounds.values())} rounds, modes interleaved:")
    print(f"{'mode':<14}{'search p50 / p95 ms':>30}{'decision p50 / p95 ms':>30}{'requests/s':>22}")
    for mode, runs in rounds.items():
        cells = []
        for kind in ("search", "decision"):
            p50 = [percentile(sorted(st.latencies[kind]), 50) * 1000 for st, _ in runs]
            p95 = [percentile(sorted(st.latencies[kind]), 95) * 1000 for st, _ in runs]
            cells.append(f"{statistics.median(p50):.1f} / {statistics.median(p95):.1f}")
        rates = [sum(len(v) for v in st.latencies.values()) / wall for st, wall in runs]
        print(f"{mode:<14}{cells[0]:>30}{cells[1]:>30}{_spread(rates):>22}")


def build_generated(data_dir: Path, n_docs: int, seed: int = 7) -> None:
    """A store of `n_docs` documents made by the search benchmark's generator (3-8 KB of text each),
    put in the ingest flow's batches."""
    from benchmarks.search_bench import INGEST_BATCH, generate
    from search.store import open_store

    t0 = time.perf_counter()
    with open_store(data_dir) as store:
        for start in range(0, n_docs, INGEST_BATCH):
            store.put_documents(list(generate(min(INGEST_BATCH, n_docs - start), seed, start)))
    print(f"generated {n_docs:,} documents in {data_dir} in {time.perf_counter() - t0:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients (default 20)")
    parser.add_argument("--seconds", type=float, default=30.0, help="measured duration (default 30)")
    parser.add_argument("--data-dir", type=Path, help="a data dir with a store (default: build the demo)")
    parser.add_argument(
        "--docs", type=int, help="instead of the demo, generate a store of this many documents (e.g. 100000)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds of every mode, interleaved (default 3)")
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
    if args.max_requests < 1 or args.rounds < 1:
        parser.error("--max-requests and --rounds must be >= 1")
    modes = STORE_MODES if args.store == "both" else (args.store,)

    with tempfile.TemporaryDirectory(prefix="cnht-api-bench-") as tmp:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(tmp) / "data"
            if args.docs:
                build_generated(data_dir, args.docs)
            else:
                build_demo(data_dir)
        elif not (data_dir / "store.sqlite3").exists():
            sys.exit(f"no store in {data_dir}: run `cnht --data-dir {data_dir} demo` first, or use --docs N")
        mix = request_mix(decisions_from_store(data_dir))
        print("decision lookups of the mix: " + ", ".join(unquote(p.rsplit("/api/decisions/")[-1])
                                                          for k, p in mix if k == "decision"))  # fmt: skip
        rounds: dict[str, list[tuple[Stats, float]]] = {mode: [] for mode in modes}
        for r in range(args.rounds):
            for mode in modes:
                with running_server(data_dir, Path(tmp) / f"server-{mode}.log", mode) as base:
                    health = httpx.get(f"{base}/api/health", trust_env=False).json()
                    print(
                        f"\nround {r + 1}: server {base} (uvicorn, 1 worker, subprocess, store {mode}), "
                        f"{health['documents']:,} documents; python {platform.python_version()}, "
                        f"{os.cpu_count()} CPUs shared by clients and server; load before {_load()}"
                    )
                    result = asyncio.run(run_load(base, mix, args.clients, args.seconds, args.max_requests))
                rounds[mode].append(result)
                report(*result, args.clients, mode)
                print(f"load after: {_load()}")
        compare(rounds)


if __name__ == "__main__":
    main()
