"""Failures of the real search engine: an engine that stops during an ingest and comes back, one that
stays down, and indices left by an older cnht or another tool. Nothing is lost or stored twice; what
cannot be done is one readable line. (benchmarks/engine_failures.py measures the same on 3 nodes.)"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import pytest

from search.elastic import ElasticError, ElasticStore
from search.elastic import open_store as open_elastic
from search.elastic.backend import EngineDown
from search.elastic.mapping import concrete_name, docs_mappings, index_body, versions_mappings
from search.engine_runner import Cluster, EngineUnavailable
from search.records import IndexedDocument, SearchQuery
from tests.search.conftest import make_doc


def corpus(n: int, tag: str = "") -> list[IndexedDocument]:
    return [
        make_doc(f"bai{tag}-{i:05d}", title=f"Bài {i}", text=f"Công nghiệp hỗ trợ số {i}.") for i in range(n)
    ]


def _prefix() -> str:
    return f"cnht-test-fail-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="module")
def own_engine(search_engine_url: str) -> Iterator[Cluster]:
    """An engine of these tests' own, which they stop and start (the session's engine stays up)."""
    cluster = Cluster(1, heap="256m")
    try:
        cluster.start()
    except EngineUnavailable as exc:  # the session engine started, so this one should too
        cluster.stop()
        pytest.fail(f"could not start a second engine: {exc}")
    yield cluster
    cluster.stop()


def test_an_ingest_waits_for_a_stopped_engine_and_stores_everything_once(own_engine: Cluster) -> None:
    docs = corpus(1500)
    store = open_elastic(own_engine.url, index_prefix=_prefix())
    outcome: dict[str, object] = {}
    halfway, stopped = threading.Event(), threading.Event()

    def ingest() -> None:
        try:
            new: list[str] = []
            for i in range(0, len(docs), 250):
                if i == 500:  # a third in: wait until the engine is down, so the next batch meets it
                    halfway.set()
                    stopped.wait(60)
                new += store.put_documents(docs[i : i + 250]).new
            outcome["new"] = new
        except BaseException as exc:
            outcome["error"] = exc

    writer = threading.Thread(target=ingest)
    writer.start()
    assert halfway.wait(120)
    own_engine.stop_node(0)  # clean stop: the data stays on disk
    stopped.set()
    time.sleep(3.0)
    own_engine.start_node(0)
    writer.join(timeout=300)
    assert "error" not in outcome, outcome.get("error")
    assert store.retries > 0  # it did meet the stopped engine
    assert sorted(outcome["new"]) == sorted(d.id for d in docs)  # each reported new exactly once
    assert store.count() == len(docs)
    assert store.search(SearchQuery(text="công nghiệp", limit=0)).total == len(docs)
    assert store.put_documents(docs[:10]).unchanged == [d.id for d in docs[:10]]
    store.drop()
    store.close()


def test_an_engine_that_stays_down_is_one_line_and_the_next_run_stores_the_batch(own_engine: Cluster) -> None:
    prefix = _prefix()
    store = open_elastic(own_engine.url, index_prefix=prefix, retry_seconds=2.0)
    own_engine.stop_node(0)
    try:
        with pytest.raises(EngineDown) as err:
            store.put_documents(corpus(20))
    finally:
        own_engine.start_node(0)
    message = str(err.value)
    assert "\n" not in message and message.startswith("search engine unavailable for 2 s")
    assert "run the same command again" in message
    assert isinstance(err.value, ConnectionError)
    with open_elastic(own_engine.url, index_prefix=prefix) as again:
        assert sorted(again.put_documents(corpus(20)).new) == sorted(d.id for d in corpus(20))
        assert again.count() == 20
        again.drop()
    store.close()


def test_an_index_squatting_the_alias_name_is_one_line_and_left_alone(search_engine_url: str) -> None:
    prefix = _prefix()
    with open_elastic(search_engine_url, index_prefix=f"{prefix}-probe") as probe:
        client = probe.client
        client.create_index(
            f"{prefix}-docs", {"mappings": {"properties": {"title": {"type": "keyword"}}}}, None
        )
        try:
            with pytest.raises(ElasticError) as err:
                open_elastic(search_engine_url, index_prefix=prefix)
            message = str(err.value)
            assert "\n" not in message and message.startswith(
                f"index {prefix}-docs exists and is not an alias"
            )
            assert "CNHT_ES_INDEX_PREFIX" in message
            assert client.get_mapping(f"{prefix}-docs")[f"{prefix}-docs"]["mappings"]["properties"] == {
                "title": {"type": "keyword"}
            }
        finally:
            client.delete_indices(client.indices(f"{prefix}-*"))
        probe.drop()


def test_indices_of_an_older_schema_are_upgraded_on_open_nothing_lost_nothing_twice(
    search_engine_url: str,
) -> None:
    """Indices written by the previous cnht (schema 1: no `reindex_copy` field, strict mapping): opening
    the store copies every document into the current mapping before anything is written."""
    prefix = _prefix()
    docs = corpus(700, tag="-cu")
    with open_elastic(search_engine_url, index_prefix=f"{prefix}-probe") as probe:
        client = probe.client
        old = docs_mappings()
        old["_meta"] = {"cnht_schema": 1}
        del old["properties"]["reindex_copy"]
        for alias, mappings in ((f"{prefix}-docs", old), (f"{prefix}-versions", versions_mappings())):
            client.create_index(concrete_name(alias), index_body(mappings), {alias: {"is_write_index": True}})
        from search.elastic.documents import to_source

        actions = []
        for d in docs:
            source = to_source(d, urls=[d.document.url], stored_at="2026-11-01T00:00:00+00:00")
            del source["reindex_copy"]
            actions.append({"_op_type": "create", "_index": f"{prefix}-docs", "_id": d.id, "_source": source})
        assert all(ok for ok, _ in client.streaming_bulk(actions, raise_on_error=False))
        client.refresh(f"{prefix}-docs")
        probe.drop()
    with open_elastic(search_engine_url, index_prefix=prefix) as store:
        assert isinstance(store, ElasticStore) and store._schema() == docs_mappings()["_meta"]["cnht_schema"]
        assert store.count() == len(docs)
        assert sorted(d.id for d in store.iter_documents()) == sorted(d.id for d in docs)
        result = store.put_documents([*docs[:5], *corpus(3, tag="-moi")])
        assert len(result.unchanged) == 5 and len(result.new) == 3
        assert store.count() == len(docs) + 3
        store.drop()
