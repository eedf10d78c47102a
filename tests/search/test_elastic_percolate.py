"""Alerts by percolator on the real search engine: saved searches stored as percolator queries give the
same matches as the embedded store, and the alert cases of test_alerts.py hold on the engine unchanged."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from search.elastic import ElasticStore
from search.elastic import open_store as open_elastic
from search.elastic.percolate import query_key
from search.embedded import EmbeddedStore
from search.records import IndexedDocument, SearchQuery
from tests.search.conftest import base_docs, rich_docs

# the alert contract cases, collected here again with `store` below: the search engine
from tests.search.test_alerts import (  # noqa: F401 (fixtures and tests collected by pytest)
    channels,
    out,
    state,
    test_alert_content,
    test_deliver_new_then_nothing_twice,
    test_new_document_later_alerts_once,
    test_only_new_ids_are_considered,
    test_recorded_but_unsent_is_resent_exactly_once,
    test_search_restricted_to_its_own_ids,
)


def _open(url: str) -> ElasticStore:
    return open_elastic(url, index_prefix=f"cnht-test-perc-{uuid.uuid4().hex[:8]}")


@pytest.fixture
def store(search_engine_url: str, corpus: dict[str, IndexedDocument]) -> Iterator[ElasticStore]:
    """The search engine holding `corpus` (overrides the embedded `store` of tests/search/conftest.py)."""
    s = _open(search_engine_url)
    try:
        s.put_documents(list(corpus.values()))
        yield s
    finally:
        s.drop()
        s.close()


ALL_DOCS = {**base_docs(), **{f"rich_{k}": v for k, v in rich_docs().items()}}
SAVED = [
    SearchQuery(text="công nghiệp hỗ trợ"),
    SearchQuery(text='"cong nghiep ho tro"'),
    SearchQuery(text="dong"),
    SearchQuery(text="đồng"),
    SearchQuery(text="QD 26/2023"),
    SearchQuery(text="26/2023/QĐ-UBND"),
    SearchQuery(text="linh kiện -điện"),
    SearchQuery(text="khủng long"),
    SearchQuery(province="hai duong"),
    SearchQuery(province="Thành phố Hải Phòng"),
    SearchQuery(province="Bắc Ninh", text="doanh nghiệp"),
    SearchQuery(kind="decision"),
    SearchQuery(source="baobacninh"),
    SearchQuery(since="2024-05-01", until="2024-05-01"),
    SearchQuery(until="2023-12-31"),
    SearchQuery(decision="26/2023/qđ-ubnd"),
    SearchQuery(decision="QĐ 26/2023"),
    SearchQuery(firm="alpha"),
    SearchQuery(issuer="Hải Dương"),
    SearchQuery(doc_type="Quyết định"),
    SearchQuery(min_amount=1e9),
    SearchQuery(min_amount=1e6, currency="USD"),
    SearchQuery(year=2024),
    SearchQuery(month="2024-05"),
    SearchQuery(),
    SearchQuery(text="thị trường", ids=[ALL_DOCS["copper"].id]),
]


@pytest.fixture(scope="module")
def both(search_engine_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    engine = _open(search_engine_url)
    embedded = EmbeddedStore(tmp_path_factory.mktemp("embedded") / "data")
    try:
        for s in (engine, embedded):
            s.put_documents(list(ALL_DOCS.values()))
        yield engine, embedded
    finally:
        engine.drop()
        engine.close()
        embedded.close()


def _ids(results: list) -> list[list[str]]:
    return [sorted(h.id for h in hits) for hits in results]


@pytest.mark.parametrize("batch", ["all", "some"])
def test_percolated_saved_searches_match_what_the_embedded_store_matches(both: tuple, batch: str) -> None:
    engine, embedded = both
    ids = [d.id for d in ALL_DOCS.values()]
    if batch == "some":
        ids = ids[::2]
    want = _ids(embedded.match_batch(SAVED, ids))
    assert any(want) and not all(want)  # the cases are not all empty nor all full
    assert _ids(engine.match_batch(SAVED, ids)) == want


def test_saved_searches_are_stored_once_as_percolator_queries(both: tuple) -> None:
    engine, _ = both
    engine.match_batch(SAVED, [ALL_DOCS["qd"].id])
    engine.match_batch(SAVED, [ALL_DOCS["copper"].id])
    stored = engine.client.count(engine.names.searches)
    assert stored == len({query_key(q) for q in SAVED})
    # what is percolated is what runs: a stored query matching nothing in a batch leaves its search out
    body = {"query": {"percolate": {"field": "query", "document": {"title": "Giá đồng", "text": "đồng"}}}}
    keys = {h["_source"]["key"] for h in engine.client.search(engine.names.searches, body)["hits"]["hits"]}
    assert keys == {
        query_key(SearchQuery(text="dong")),
        query_key(SearchQuery(text="đồng")),
        query_key(SearchQuery()),
    }


def test_an_edited_saved_search_is_percolated_with_its_new_query(both: tuple) -> None:
    engine, _ = both
    copper = ALL_DOCS["copper"].id
    assert _ids(engine.match_batch([SearchQuery(text="khủng long")], [copper])) == [[]]
    assert _ids(engine.match_batch([SearchQuery(text="kim loại")], [copper])) == [[copper]]


def test_a_percolator_index_of_an_older_schema_is_rebuilt(search_engine_url: str, tmp_path: Path) -> None:
    engine = _open(search_engine_url)
    try:
        doc = ALL_DOCS["copper"]
        engine.put_documents([doc])
        engine.client.create_index(engine.names.searches, {"mappings": {"_meta": {"cnht_schema": 0}}}, None)
        engine._registered.clear()
        assert _ids(engine.match_batch([SearchQuery(text="đồng")], [doc.id])) == [[doc.id]]
    finally:
        engine.drop()
        engine.close()
