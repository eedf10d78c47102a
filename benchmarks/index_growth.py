"""Does indexing get dearer as the store grows? CPU time of `put_documents` per slice of documents.

    python -m benchmarks.index_growth [--docs 12000] [--step 2000] [--order random|published] [--tree DIR]

Stores `search_bench.generate` documents (5.7k characters, deal tags) in batches of the ingest flow's size
into a new embedded store and prints the documents per CPU second of each slice of --step documents, with
the load. --order published feeds them in publication order (how the ingest meets news); random keeps the
generator's order, dates spread over seven years (a backfill). --tree runs the code of another checkout
(e.g. `git archive main | tar -x -C /tmp/main`) on the documents of this checkout, for a baseline: run
both, one after the other. --deals-off: the same without the deal records (what the rest costs).
--hot N: every deal is reported between one of N pairs of firms (a few firms in the news every week, as
"investment|canon": long merge keys whose records span the whole range), the case the incremental merge's
convergence is for: a backfill then writes reports all over each key's past.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=12_000)
    parser.add_argument("--step", type=int, default=2_000)
    parser.add_argument("--order", choices=("random", "published"), default="random")
    parser.add_argument("--tree", type=Path, help="import search/ and benchmarks/ from this checkout")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--deals-off", action="store_true", help="the deal-record hook switched off")
    parser.add_argument("--hot", type=int, default=0, help="deals between only this many pairs of firms")
    args = parser.parse_args()
    if args.tree:
        sys.path.insert(0, str(args.tree.resolve()))
    from benchmarks.search_bench import generate
    from flows.stages.extract import BATCH
    from search.embedded import EmbeddedStore

    if args.deals_off:
        from search.embedded import deals

        deals.update = lambda *_a, **_k: None  # type: ignore[assignment]
    code = Path(sys.modules[EmbeddedStore.__module__].__file__ or "").parent.parent.parent
    docs = list(generate(args.docs, args.seed))
    if args.hot:
        pairs = [[f"Công ty Nóng {i}", f"Tập đoàn Đối tác {i}"] for i in range(args.hot)]
        for n, d in enumerate(docs):
            for k, deal in enumerate(d.document.tags.deals):
                deal.parties = pairs[(n + k) % args.hot][: len(deal.parties)]
    if args.order == "published":
        docs.sort(key=lambda d: d.document.published or "")
    tmp = Path(tempfile.mkdtemp(prefix="cnht-index-growth-"))
    print(
        f"code {code}, {args.docs:,} documents in batches of {BATCH}, {args.order} order"
        f"{f', deals between {args.hot} pairs of firms' if args.hot else ''}"
        f"{', deal hook off' if args.deals_off else ''}; "
        f"load {os.getloadavg()}"
    )
    try:
        with EmbeddedStore(tmp / "data") as store:
            cpu = 0.0
            for start in range(0, args.docs, BATCH):
                t0 = time.process_time()
                store.put_documents(docs[start : start + BATCH])
                cpu += time.process_time() - t0
                done = start + BATCH
                if done % args.step == 0 or done >= args.docs:
                    size = done - (done - 1) // args.step * args.step
                    print(
                        f"  store {done - size:,}-{done:,}: {size / cpu:,.0f} docs per CPU s; "
                        f"load {os.getloadavg()[0]:.1f}",
                        flush=True,
                    )
                    cpu = 0.0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
