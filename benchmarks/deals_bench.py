"""The deals page at volume: /deals (HTML) and /api/deals on a generated store, over loopback.

    python -m benchmarks.deals_bench [--deals 50000] [--docs 100000] [--requests 200] [--concurrent 16]
                                     [--data-dir DIR] [--backend embedded|opensearch|both] [--es-url URL]
                                     [--records-only]

Builds (or reuses, with --data-dir pointing at a store built before) an embedded store of --docs
documents: the reports of --deals deals (benchmarks/deals_corpus.py: about 1.5 documents per deal, their
events written directly, no crawling or tagging) plus articles without deals up to --docs. Then runs the
real server (uvicorn + `create_app`, one process, subprocess on 127.0.0.1) and measures
- sequential: --requests requests each of /deals and /api/deals, walking a mix of pages (first, middle,
  last) and filters (firm, province, kind, amount, dates): p50/p95/max wall time and the server's CPU time
  per request;
- concurrent: --concurrent clients sending the same mix at once for --rounds rounds: wall time, answers by
  status (503 is the server's own "busy" answer, flows/web/limits.py), and the server's peak RSS (VmHWM)
  against its RSS before.
The load average is printed before and after: the machine is shared, timings are noisy.

`--backend opensearch` (needs `--es-url` or CNHT_ES_URL: a running node) writes the same corpus into
fresh indices `cnht-bench-<pid>-*` (dropped at the end) and runs the server on them; `both` runs the
embedded store and then OpenSearch in the same run, with the same request mix. The server's CPU and RSS are
the Python server's; the engine's own CPU and memory are its process's, not counted here.
`--records-only` writes the --deals deal records directly (`deals_corpus.deal_records`, equal to what
the merge of their documents gives; `Store.put_deal_records`), no documents: the deals page reads only
the deal records, and a corpus of 50,000 deals is written in minutes on both backends.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

import httpx

from benchmarks.api_latency import SERVER_CODE
from benchmarks.deals_corpus import deal_documents, filler_documents
from search.records import DealsQuery

HOST = "127.0.0.1"
REPO_ROOT = Path(__file__).resolve().parent.parent
BATCH = 1000


def _load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def build(
    data_dir: Path, n_deals: int, n_docs: int, es_url: str | None = None, records_only: bool = False
) -> None:
    from search.store import open_store

    t0 = time.perf_counter()
    docs = 0
    with open_store(data_dir, es_url=es_url) as store:
        if records_only:
            from benchmarks.deals_corpus import deal_records

            n = store.put_deal_records(deal_records(n_deals))
            print(
                f"wrote {n} deal records (no documents) in {time.perf_counter() - t0:.0f} s ({_load()})",
                flush=True,
            )
            return
        stream = deal_documents(n_deals)
        while batch := list(islice(stream, BATCH)):
            store.put_documents(batch)
            docs += len(batch)
        filler = filler_documents(max(n_docs - docs, 0))
        while batch := list(islice(filler, BATCH)):
            store.put_documents(batch)
            docs += len(batch)
        print(
            f"built {docs} documents, {store.deal_summary(DealsQuery()).total} deals in "
            f"{time.perf_counter() - t0:.0f} s ({_load()})",
            flush=True,
        )


def mix(n_deals: int) -> list[str]:
    """Query strings of the request mix: pages and filters an analyst uses."""
    last = max(n_deals - 50, 0) // 50 * 50
    return [
        "",
        "offset=50",
        f"offset={last // 2 // 50 * 50}",
        f"offset={last}",
        "province=bac+ninh",
        "province=hai+phong&offset=100",
        "firm=alpha",
        "firm=linh+kien&counterparty=thep",
        "kind=investment",
        "min_amount=100000000000",
        "since=2024-01-01&until=2024-12-31",
        "kind=mou&since=2023-01-01",
    ]


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _rss(pid: int, key: str) -> float:
    """VmRSS (now) or VmHWM (peak) of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextmanager
def server(data_dir: Path, log: Path) -> Iterator[tuple[str, int]]:
    with log.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", SERVER_CODE, str(data_dir), "shared"],
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
        with httpx.Client(base_url=base, trust_env=False, timeout=2.0) as client:
            for _ in range(300):
                try:
                    if client.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
        yield base, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def sequential(base: str, pid: int, path: str, queries: list[str], n: int) -> None:
    times: list[float] = []
    sizes: list[int] = []
    cpu0 = _cpu(pid)
    with httpx.Client(base_url=base, trust_env=False, timeout=60.0) as client:
        for q in queries:  # warm-up, and every URL must answer 200
            res = client.get(f"{path}?{q}")
            if res.status_code != 200:
                raise SystemExit(f"{path}?{q}: {res.status_code} {res.text[:300]}")
        for i in range(n):
            t0 = time.perf_counter()
            res = client.get(f"{path}?{queries[i % len(queries)]}")
            times.append((time.perf_counter() - t0) * 1000)
            sizes.append(len(res.content))
            if res.status_code != 200:
                raise SystemExit(f"{res.status_code} {res.text[:300]}")
    cpu = (_cpu(pid) - cpu0) / n * 1000
    print(
        f"  {path:<10} {n} requests: p50 {statistics.median(times):.0f} ms, p95 {_pct(times, 95):.0f} ms, "
        f"max {max(times):.0f} ms; server CPU {cpu:.0f} ms/request; "
        f"body median {statistics.median(sizes) / 1024:.0f} KB ({_load()})",
        flush=True,
    )


def concurrent(base: str, pid: int, queries: list[str], clients: int, rounds: int) -> None:
    urls = [f"{p}?{q}" for q in queries for p in ("/deals", "/api/deals")]
    before = _rss(pid, "VmRSS")
    statuses: Counter[int] = Counter()
    times: list[float] = []

    def one(i: int) -> None:
        with httpx.Client(base_url=base, trust_env=False, timeout=120.0) as client:
            for r in range(rounds):
                t0 = time.perf_counter()
                res = client.get(urls[(i + r * clients) % len(urls)])
                times.append((time.perf_counter() - t0) * 1000)
                statuses[res.status_code] += 1

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(one, range(clients)))
    wall = time.perf_counter() - t0
    print(
        f"  {clients} concurrent clients x {rounds} requests: {wall:.1f} s, "
        f"p50 {statistics.median(times):.0f} ms, p95 {_pct(times, 95):.0f} ms, "
        f"answers {dict(sorted(statuses.items()))}; server RSS "
        f"{before:.0f} MB before, peak {_rss(pid, 'VmHWM'):.0f} MB ({_load()})",
        flush=True,
    )


def run(args: argparse.Namespace, backend: str, tmp: Path) -> None:
    """Build (or reuse) the store of `backend`, start the server on it and measure."""
    es_url = None
    if backend == "opensearch":
        es_url = args.es_url or os.environ.get("CNHT_ES_URL", "").strip()
        if not es_url:
            raise SystemExit("--backend opensearch needs --es-url or CNHT_ES_URL (a running node)")
        os.environ["CNHT_ES_URL"] = es_url  # the server process opens the same indices
        os.environ["CNHT_ES_INDEX_PREFIX"] = f"cnht-bench-{os.getpid()}"
    else:
        os.environ.pop("CNHT_ES_URL", None)
    data_dir = (args.data_dir if backend == "embedded" and args.data_dir else None) or tmp / f"data-{backend}"
    print(f"== {backend}", flush=True)
    try:
        if es_url or not (data_dir / "store.sqlite3").exists():
            build(data_dir, args.deals, args.docs, es_url, args.records_only)
        else:  # a store built by older code: its deal records are rebuilt when it opens read-write
            from search.embedded import EmbeddedStore

            t0 = time.perf_counter()
            with EmbeddedStore(data_dir):
                pass
            print(f"store opened read-write in {time.perf_counter() - t0:.0f} s", flush=True)
        print(
            f"store {es_url or data_dir}; {os.cpu_count()} CPUs shared by clients and server; {_load()}",
            flush=True,
        )
        queries = mix(args.deals)
        with server(data_dir, tmp / f"server-{backend}.log") as (base, pid):
            print(f"server {base} (uvicorn, 1 process), RSS at start {_rss(pid, 'VmRSS'):.0f} MB")
            for path in () if args.skip_sequential else ("/deals", "/api/deals"):
                sequential(base, pid, path, queries, args.requests)
            concurrent(base, pid, queries, args.concurrent, args.rounds)
    finally:
        if es_url:
            from search.store import open_store

            with open_store(data_dir, es_url=es_url) as store:
                store.drop()  # type: ignore[attr-defined]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--deals", type=int, default=50_000)
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrent", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--data-dir", type=Path, help="reuse (or build once into) this data dir")
    ap.add_argument(
        "--max-searches",
        type=int,
        help="CNHT_MAX_SEARCHES of the server (default 4 at once, others wait 2 s then get 503)",
    )
    ap.add_argument("--skip-sequential", action="store_true")
    ap.add_argument("--backend", choices=("embedded", "opensearch", "both"), default="embedded")
    ap.add_argument("--es-url", help="the OpenSearch node for --backend opensearch/both (else CNHT_ES_URL)")
    ap.add_argument("--records-only", action="store_true", help="write deal records directly, no documents")
    args = ap.parse_args()
    if args.max_searches:
        os.environ["CNHT_MAX_SEARCHES"] = str(args.max_searches)
    with tempfile.TemporaryDirectory(prefix="cnht-deals-bench-") as tmp:
        for backend in ("embedded", "opensearch") if args.backend == "both" else (args.backend,):
            run(args, backend, Path(tmp))


if __name__ == "__main__":
    main()
