"""Reindexing on the real search engine while writers and readers keep going (search/elastic/backend.py).

A reindex copies every document into a new index, switches the alias in one request, then copies what
writers changed in the old index meanwhile (the catch-up). These cases write from the reindex's own
progress callback, which runs between two bulk chunks of the copy: the write lands in the old index after
the first pass read some documents and before the switch, every time.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest

from search.elastic import ElasticStore
from search.elastic import open_store as open_elastic
from search.elastic.backend import BULK_CHUNK
from search.records import IndexedDocument, SearchQuery
from tests.search.conftest import make_doc

N_DOCS = BULK_CHUNK + 100  # the progress callback runs once mid-copy, after BULK_CHUNK documents


@pytest.fixture
def engine(search_engine_url: str) -> Iterator[ElasticStore]:
    with open_elastic(search_engine_url, index_prefix=f"cnht-test-reindex-{uuid.uuid4().hex[:8]}") as s:
        try:
            yield s
        finally:
            s.drop()


def corpus(n: int = N_DOCS) -> list[IndexedDocument]:
    return [
        make_doc(f"bai-{i:04d}", title=f"Bài {i}", text=f"Doanh nghiệp công nghiệp hỗ trợ số {i}.")
        for i in range(n)
    ]


def once(action):
    """A progress callback running `action` at its first mid-copy call only."""
    done: list[bool] = []

    def progress(copied: int, total: int) -> None:
        if copied < total and not done:
            done.append(True)
            action()

    return progress


def test_a_url_added_during_a_reindex_is_kept(engine: ElasticStore, monkeypatch: pytest.MonkeyPatch) -> None:
    docs = corpus()
    with monkeypatch.context() as m:  # stored a day ago, so nothing but the new URL is recent
        m.setattr("search.elastic.backend.utc_now", lambda: "2026-12-01T09:00:00+00:00")
        engine.put_documents(docs)
    first = min(docs, key=lambda d: d.id)  # copied by the first pass before the callback runs (id order)
    seen_again = first.model_copy(
        update={"document": first.document.model_copy(update={"url": "https://example.vn/bai-moi?ref=rss"})}
    )

    def add_url() -> None:
        assert engine.put_documents([seen_again]).unchanged == [first.id]  # same content: a URL only

    engine.reindex(progress=once(add_url))
    got = engine.get("https://example.vn/bai-moi?ref=rss")
    assert got is not None and got.id == first.id
    assert engine.count() == N_DOCS


def test_a_version_written_during_a_reindex_is_kept_whatever_the_clock_says(
    engine: ElasticStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every write and the switch in the same second (the clock the backend stamps `stored_at` with): the
    catch-up must still tell the first pass's copy from what a writer stored."""
    monkeypatch.setattr("search.elastic.backend.utc_now", lambda: "2026-12-02T09:00:00+00:00")
    docs = corpus()
    engine.put_documents(docs)
    first = min(docs, key=lambda d: d.id)
    v2 = make_doc(first.document.canonical_url.rsplit("/", 1)[1], title="Bài sửa", text="Bản thứ hai.")
    v3 = make_doc(first.document.canonical_url.rsplit("/", 1)[1], title="Bài sửa lại", text="Bản thứ ba.")
    assert v2.id == first.id == v3.id
    engine.put_documents([v2])  # before the reindex: the first pass copies version 2

    engine.reindex(progress=once(lambda: engine.put_documents([v3])))
    got = engine.get(first.id)
    assert got is not None and got.document.text == "Bản thứ ba." and got.version == 3
    assert [h.id for h in engine.search(SearchQuery(text="bản thứ ba")).hits] == [first.id]
    assert engine.search(SearchQuery(text="bản thứ hai")).total == 0


def test_searches_during_a_reindex_always_see_every_document(engine: ElasticStore) -> None:
    docs = corpus()
    engine.put_documents(docs)
    totals: list[int] = []
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                totals.append(engine.search(SearchQuery(text="công nghiệp", limit=1)).total)
            except BaseException as exc:
                errors.append(exc)
                return

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        assert engine.reindex() == N_DOCS
        engine.reindex()  # a second switch, from an index that was itself built by a reindex
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert len(totals) > 3 and set(totals) == {N_DOCS}
