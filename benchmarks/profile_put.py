"""Where `put_documents` spends its time: cProfile (CPU clock) of storing generated documents.

    python -m benchmarks.profile_put [--docs 3000] [--chars 800-1200] [--deals-off] [--top 25]
                                     [--rounds 3 --no-profile] [--warmup 600]

Stores `search_bench.generate` documents (bodies of --chars characters; default the generator's 5.7k) in
batches of the ingest flow's size into a new embedded store under cProfile and prints the top functions by
own time and by cumulative time, with the documents per CPU second without the profiler first (--rounds:
median of that many stores, with the wall clock). Run from another checkout's directory
(`cd /tmp/main && python /path/to/benchmarks/profile_put.py`) it times that checkout's code.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3_000)
    parser.add_argument("--chars", default="", help="body size range, e.g. 800-1200 (default: generator's)")
    parser.add_argument("--deals-off", action="store_true", help="the deal-record hook switched off")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=1, help="stores timed without the profiler (median)")
    parser.add_argument("--no-profile", action="store_true", help="only the timing without the profiler")
    parser.add_argument(
        "--warmup",
        type=int,
        default=0,
        help="first store this many documents untimed in a throw-away store (what a running ingest has"
        " done already: imports, the fold table, the first deal merges)",
    )
    parser.add_argument(
        "--main-thread",
        action="store_true",
        help="profile on the main thread's CPU clock (tantivy's indexing threads left out; by default"
        " their CPU is charged to whatever Python function runs meanwhile)",
    )
    args = parser.parse_args()
    from benchmarks import search_bench
    from flows.stages.extract import BATCH
    from search.embedded import EmbeddedStore

    if args.chars:
        low, high = (int(x) for x in args.chars.split("-"))
        search_bench.TEXT_CHARS = (low, high)
    if args.deals_off:
        from search.embedded import deals

        deals.update = lambda *_a, **_k: None  # type: ignore[assignment]
    docs = list(search_bench.generate(args.docs, args.seed))
    chars = sum(len(d.document.text or "") for d in docs) / len(docs)
    code = Path(sys.modules[EmbeddedStore.__module__].__file__ or "").parent.parent.parent
    print(
        f"code {code}: {args.docs:,} documents of {chars:,.0f} characters, batches of {BATCH}"
        f"{', deal hook off' if args.deals_off else ''}; load {os.getloadavg()}"
    )

    def store_all(profile: cProfile.Profile | None) -> tuple[float, float, float]:
        tmp = Path(tempfile.mkdtemp(prefix="cnht-profile-put-"))
        try:
            with EmbeddedStore(tmp / "data") as store:
                cpu = wall = main = 0.0
                for start in range(0, len(docs), BATCH):
                    t0, w0, m0 = time.process_time(), time.perf_counter(), time.thread_time()
                    if profile:
                        profile.enable()
                    store.put_documents(docs[start : start + BATCH])
                    if profile:
                        profile.disable()
                    cpu += time.process_time() - t0
                    wall += time.perf_counter() - w0
                    main += time.thread_time() - m0
                t0, w0, m0 = time.process_time(), time.perf_counter(), time.thread_time()
            # closing commits what the store still holds uncommitted, if anything: part of the work
            cpu += time.process_time() - t0
            wall += time.perf_counter() - w0
            main += time.thread_time() - m0
            return cpu, wall, main
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    if args.warmup:
        tmp = Path(tempfile.mkdtemp(prefix="cnht-profile-put-"))
        try:
            with EmbeddedStore(tmp / "data") as store:
                for start in range(0, min(args.warmup, len(docs)), BATCH):
                    store.put_documents(docs[start : min(start + BATCH, args.warmup)])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    rates = []
    for _ in range(args.rounds):
        cpu, wall, main = store_all(None)
        rates.append((len(docs) / cpu, len(docs) / wall))
        print(
            f"  {rates[-1][0]:,.0f} docs per CPU s, {rates[-1][1]:,.0f} docs/s wall"
            f" ({main / cpu:.0%} of the CPU on the main thread); load {os.getloadavg()[0]:.1f}"
        )
    per_cpu = statistics.median(r[0] for r in rates)
    per_wall = statistics.median(r[1] for r in rates)
    print(
        f"without the profiler, median of {args.rounds}: {per_cpu:,.0f} docs per CPU s,"
        f" {per_wall:,.0f} docs/s wall"
    )
    if args.no_profile:
        return
    profile = cProfile.Profile(time.thread_time if args.main_thread else time.process_time)
    store_all(profile)
    stats = pstats.Stats(profile)
    for order in ("tottime", "cumulative"):
        print(f"\n-- top {args.top} by {order}")
        stats.sort_stats(order).print_stats(args.top)


if __name__ == "__main__":
    main()
