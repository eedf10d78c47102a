"""The embedded store against a real search engine (OpenSearch, 1 node and 3 nodes, started here), on the
same generated documents (benchmarks.search_bench.generate), in one run.

    python -m benchmarks.engine_bench [--docs 20000] [--nodes 1 3] [--searches 1000 10000] [--rounds 3]

Prints, per backend: bulk indexing docs/s (put_documents, batches of 1,000: the store of record and the
index, as `cnht ingest` stores), then search p50/p95 over search_bench's 16-query mix and the decision
lookup, measured in --rounds interleaved rounds (embedded, 1 node, 3 nodes, embedded, ...) and given as
the median of the rounds, with each backend's ratio to the embedded store; then alert fan-out per new
document for 1,000 and 10,000 saved searches: the engine's percolator (saved searches stored once as
queries, one percolate request per batch) against running every saved search over the batch (the
engine's msearch path, and the embedded store). The load average is printed: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from benchmarks.search_bench import QUERY_MIX, _pct, generate, saved_searches
from search.elastic import open_store as open_elastic
from search.elastic.backend import ElasticStore
from search.elastic.connect import connect
from search.engine_runner import Cluster
from search.store import Store, open_store

BATCH = 1000
NEW_DOCS = 100  # documents of one alert batch (what an ingest run stores between two alert passes)


def _load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def _index(store: Store, n: int, seed: int) -> float:
    t0 = time.perf_counter()
    for start in range(0, n, BATCH):
        store.put_documents(list(generate(min(BATCH, n - start), seed, start)))
    return n / (time.perf_counter() - t0)


def _decision_numbers(seed: int, n_docs: int) -> list[str]:
    rng = random.Random(seed)
    numbers = []
    for d in generate(200, seed, start=rng.randint(0, max(0, n_docs - 200))):
        if d.document.tags.decisions:
            n = d.document.tags.decisions[0].number
            num, year, rest = n.split("/", 2)
            numbers += [n, n.lower().replace("đ", "d"), f"{rest.split('-')[0]} {num}/{year}"]
    return numbers


def _round(store: Store, numbers: list[str]) -> tuple[list[float], list[float]]:
    search_ms, lookup_ms = [], []
    for q in QUERY_MIX:
        for _ in range(5):
            t0 = time.perf_counter()
            store.search(q)
            search_ms.append((time.perf_counter() - t0) * 1000)
    for n in numbers:
        t0 = time.perf_counter()
        store.decision(n)
        lookup_ms.append((time.perf_counter() - t0) * 1000)
    return search_ms, lookup_ms


def _fanout(store: Store, searches: list, ids: list[str]) -> float:
    """Milliseconds per new document to match every saved search against the batch `ids`."""
    queries = [s.query for s in searches]
    t0 = time.perf_counter()
    store.match_batch(queries, ids)
    return (time.perf_counter() - t0) * 1000 / len(ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--nodes", type=int, nargs="*", default=[1, 3])
    parser.add_argument("--searches", type=int, nargs="*", default=[1000, 10_000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--heap", default="1g")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cnht-engine-bench-"))
    clusters: list[Cluster] = []
    stores: dict[str, Store] = {}
    urls: dict[str, str] = {}
    try:
        print(f"{args.docs} generated documents; {_load()}")
        stores["embedded"] = open_store(tmp / "embedded", es_url=None)
        for n in args.nodes:
            t0 = time.perf_counter()
            cluster = Cluster(n, heap=args.heap).start()
            clusters.append(cluster)
            name = f"opensearch-{n}"
            urls[name] = ",".join(cluster.urls)
            # one shard per node; a replica when there is another node to hold it
            stores[name] = ElasticStore(
                connect(urls[name]),
                index_prefix=f"bench-{uuid.uuid4().hex[:6]}",
                shards=n,
                replicas=min(1, n - 1),
            )
            print(f"{name}: {n} node(s), -Xmx{args.heap} each, up in {time.perf_counter() - t0:.1f} s")
        print(f"\n-- bulk indexing ({_load()})")
        for name, store in stores.items():
            rate = _index(store, args.docs, args.seed)
            print(f"{name:<14} {rate:8.0f} docs/s")
        numbers = _decision_numbers(args.seed, args.docs)
        for store in stores.values():  # warm-up
            _round(store, numbers[:5])
        rounds: dict[str, list[tuple[float, float, float, float]]] = {name: [] for name in stores}
        for _ in range(args.rounds):
            for name, store in stores.items():
                s, lk = _round(store, numbers)
                rounds[name].append((_pct(s, 50), _pct(s, 95), _pct(lk, 50), _pct(lk, 95)))
        print(
            f"\n-- search ({len(QUERY_MIX)}-query mix x5) and decision lookup ({len(numbers)} spellings), "
            f"median of {args.rounds} interleaved rounds ({_load()})"
        )
        base = [statistics.median(r[i] for r in rounds["embedded"]) for i in range(4)]
        for name, rs in rounds.items():
            med = [statistics.median(r[i] for r in rs) for i in range(4)]
            ratio = " ".join(f"{m / b:4.1f}x" for m, b in zip(med, base, strict=True))
            print(
                f"{name:<14} search p50 {med[0]:6.1f} ms p95 {med[1]:6.1f} ms | lookup p50 {med[2]:6.1f} ms "
                f"p95 {med[3]:6.1f} ms | vs embedded {ratio}"
            )
        new = list(generate(NEW_DOCS, args.seed + 1, start=args.docs))
        ids = [d.id for d in new]
        for store in stores.values():
            store.put_documents(new)
        print(f"\n-- alert fan-out, batch of {NEW_DOCS} new documents, ms per new document ({_load()})")
        for count in args.searches:
            searches = saved_searches(count, args.seed)
            for name, store in stores.items():
                if name == "embedded":
                    every_ms = _fanout(store, searches, ids)
                    print(f"{count:>6} searches  {name:<14} every search run: {every_ms:7.2f}")
                    continue
                first = _fanout(store, searches, ids)  # registers the saved searches once
                perc = statistics.median(_fanout(store, searches, ids) for _ in range(3))
                prefix = store.names.prefix  # type: ignore[attr-defined]
                with open_elastic(urls[name], index_prefix=prefix, read_only=True) as every:  # no percolation
                    plain = _fanout(every, searches, ids)
                print(
                    f"{count:>6} searches  {name:<14} percolator: {perc:7.2f} (first call, registering: "
                    f"{first:.2f}) | every search run (msearch): {plain:7.2f}"
                )
    finally:
        for store in stores.values():
            drop = getattr(store, "drop", None)
            if drop is not None:
                drop()
            store.close()
        for cluster in clusters:
            cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
