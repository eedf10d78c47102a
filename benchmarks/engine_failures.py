"""Failure behaviour of the search-engine backend on a real 3-node OpenSearch cluster (one JVM per node,
started here by search/engine_runner.py; the index has 3 shards and 1 replica).

    python -m benchmarks.engine_failures [--docs 5000] [--down 30] [--heap 512m]

Three scenarios, each on fresh indices, each ingesting the same generated documents (benchmarks.search_bench)
with `put_documents` in batches of 250, the way `cnht ingest` stores an extraction run:

  node-stop   a node (not the one the client was given first) is stopped cleanly in the middle of the ingest
  all-down    every node is stopped during the ingest, for --down seconds, then started again
  old-index   an index of an older cnht squats the alias name (one line expected), and indices of the
              previous schema are upgraded in place when the store opens

For each: whether the ingest finished or stopped with one line, how long it stalled (the longest batch),
the retries it waited out, and after recovery the count of documents, of distinct ids reported new, and of
search hits: expected exactly --docs, 0 lost, 0 duplicated.
"""

from __future__ import annotations

import argparse
import os
import threading
import time
import uuid
from collections.abc import Callable

from benchmarks.search_bench import generate
from search.elastic.backend import ElasticError, ElasticStore
from search.elastic.connect import connect
from search.elastic.documents import to_source
from search.elastic.mapping import concrete_name, docs_mappings, index_body, versions_mappings
from search.engine_runner import Cluster
from search.records import IndexedDocument, SearchQuery

BATCH = 250


def _store(cluster: Cluster, prefix: str) -> ElasticStore:
    return ElasticStore(connect(",".join(cluster.urls)), index_prefix=prefix, shards=3, replicas=1)


def _ingest(store: ElasticStore, docs: list[IndexedDocument], during: Callable[[int], None]) -> dict:
    """Put `docs` in batches; `during(batch_number)` runs in another thread at each batch start."""
    new: list[str] = []
    longest = 0.0
    error = None
    t0 = time.perf_counter()
    for n, start in enumerate(range(0, len(docs), BATCH)):
        threading.Thread(target=during, args=(n,), daemon=True).start()
        b0 = time.perf_counter()
        try:
            new += store.put_documents(docs[start : start + BATCH]).new
        except ElasticError as exc:
            error = str(exc)
            break
        longest = max(longest, time.perf_counter() - b0)
    return {"new": new, "seconds": time.perf_counter() - t0, "longest": longest, "error": error}


def _check(store: ElasticStore, docs: list[IndexedDocument], outcome: dict) -> dict:
    store.client.refresh(f"{store.names.docs},{store.names.versions}")
    stored = store.count()
    ids = {d.id for d in docs}
    listed = [d.id for d in store.iter_documents()]
    return {
        "stored": stored,
        "lost": len(ids - set(listed)),
        "duplicated": len(listed) - len(set(listed)) + max(0, len(outcome["new"]) - len(set(outcome["new"]))),
        "reported_new": len(set(outcome["new"])),
        "hits": store.search(SearchQuery(limit=0)).total,
        "versions": store.client.count(store.names.versions),  # superseded versions: 0 expected
    }


def _print(name: str, outcome: dict, check: dict, retries: int) -> None:
    status = "finished" if outcome["error"] is None else f"stopped: {outcome['error']}"
    print(
        f"{name:<10} {status}; {outcome['seconds']:.1f} s, longest batch {outcome['longest']:.1f} s, "
        f"{retries} retries waited out"
    )
    print(
        f"{'':<10} after recovery: {check['stored']} stored, {check['hits']} found, "
        f"{check['reported_new']} reported new, lost {check['lost']}, duplicated {check['duplicated']}, "
        f"spurious versions {check['versions']}"
    )


def node_stop(cluster: Cluster, docs: list[IndexedDocument]) -> None:
    store = _store(cluster, f"cnht-fail-{uuid.uuid4().hex[:6]}")
    stop_at = len(docs) // BATCH // 2

    def during(n: int) -> None:
        if n == stop_at:
            t0 = time.perf_counter()
            cluster.stop_node(1)
            print(f"{'':<10} node-2 stopped at batch {n} ({time.perf_counter() - t0:.1f} s to stop)")

    outcome = _ingest(store, docs, during)
    check = _check(store, docs, outcome)
    _print("node-stop", outcome, check, store.retries)
    health = cluster.health() or {}
    print(
        f"{'':<10} cluster with 2 nodes: {health.get('status')}, unassigned {health.get('unassigned_shards')}"
    )
    t0 = time.perf_counter()
    cluster.start_node(1)
    cluster.wait_healthy(status="green")
    print(f"{'':<10} node-2 back, cluster green in {time.perf_counter() - t0:.1f} s")
    store.drop()
    store.close()


def all_down(cluster: Cluster, docs: list[IndexedDocument], down: float) -> None:
    store = _store(cluster, f"cnht-fail-{uuid.uuid4().hex[:6]}")
    stop_at = len(docs) // BATCH // 3

    def during(n: int) -> None:
        if n != stop_at:
            return
        for i in range(len(cluster.nodes)):
            cluster.stop_node(i)
        print(f"{'':<10} every node stopped at batch {n}, for {down:.0f} s")
        time.sleep(down)
        t0 = time.perf_counter()
        for i in range(len(cluster.nodes)):
            cluster.start_node(i, wait=False)
        cluster.wait_healthy(status="yellow")
        print(f"{'':<10} cluster back (yellow) {time.perf_counter() - t0:.1f} s after the start")

    outcome = _ingest(store, docs, during)
    cluster.wait_healthy(status="green")
    check = _check(store, docs, outcome)
    _print("all-down", outcome, check, store.retries)
    store.drop()
    store.close()


def old_index(cluster: Cluster, docs: list[IndexedDocument]) -> None:
    client = connect(",".join(cluster.urls))
    prefix = f"cnht-fail-{uuid.uuid4().hex[:6]}"
    client.create_index(f"{prefix}-docs", {"mappings": {"properties": {"title": {"type": "keyword"}}}}, None)
    t0 = time.perf_counter()
    try:
        _store(cluster, prefix)
        print("old-index  squatting index: NOT refused")
    except ElasticError as exc:
        print(f"old-index  squatting index refused in {time.perf_counter() - t0:.2f} s: {exc}")
    client.delete_indices([f"{prefix}-docs"])
    # indices of schema 1 (before reindex_copy), full of documents, upgraded on open
    old = docs_mappings()
    old["_meta"] = {"cnht_schema": 1}
    del old["properties"]["reindex_copy"]
    for alias, mappings in ((f"{prefix}-docs", old), (f"{prefix}-versions", versions_mappings())):
        client.create_index(concrete_name(alias), index_body(mappings, shards=3, replicas=1), {alias: {}})
    actions = []
    for d in docs:
        source = to_source(d, urls=[d.document.url], stored_at="2026-11-01T00:00:00+00:00")
        del source["reindex_copy"]
        actions.append({"_op_type": "create", "_index": f"{prefix}-docs", "_id": d.id, "_source": source})
    list(client.streaming_bulk(actions, chunk_size=500))
    client.refresh(f"{prefix}-docs")
    t0 = time.perf_counter()
    store = _store(cluster, prefix)
    seconds = time.perf_counter() - t0
    outcome = {"new": [], "seconds": seconds, "longest": seconds, "error": None}
    check = _check(store, docs, outcome)
    print(
        f"{'':<10} schema-1 indices upgraded on open in {seconds:.1f} s: {check['stored']} stored, "
        f"lost {check['lost']}, duplicated {check['duplicated']}"
    )
    store.drop()
    store.close()
    client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--down", type=float, default=30.0, help="seconds the whole cluster stays down")
    parser.add_argument("--heap", default="512m")
    parser.add_argument("--only", choices=["node-stop", "all-down", "old-index"], action="append")
    args = parser.parse_args()
    docs = list(generate(args.docs, 7))
    print(f"load average {os.getloadavg()[0]:.1f}; {args.docs} documents, batches of {BATCH}")
    t0 = time.perf_counter()
    with Cluster(3, heap=args.heap) as cluster:
        info = connect(cluster.url)
        up = time.perf_counter() - t0
        print(f"OpenSearch {info.version}, 3 nodes (one JVM each, -Xmx{args.heap}) up in {up:.1f} s")
        info.close()
        only = args.only or ["node-stop", "all-down", "old-index"]
        if "node-stop" in only:
            node_stop(cluster, docs)
        if "all-down" in only:
            all_down(cluster, docs, args.down)
        if "old-index" in only:
            old_index(cluster, docs)


if __name__ == "__main__":
    main()
