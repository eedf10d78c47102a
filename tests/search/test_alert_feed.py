"""Alert matching follows the store's change feed from a cursor in the alert state: documents committed by
a run that died before alerting are alerted by the next evaluation, once; the cursor moves only past
documents whose outbox rows are recorded. Every case runs on the embedded store and on the real search
engine (whose feed is its own `_seq_no`)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from search.alerts import AlertState, AtomFeedChannel, SavedSearch
from search.alerts.feed import deliver_changes, start_cursor
from search.embedded import EmbeddedStore
from search.records import SearchQuery
from search.store import ChangeFeed, Store
from tests.search.conftest import make_doc

CNHT = SavedSearch(id="cnht", name="CNHT", query=SearchQuery(text='"cong nghiep ho tro"'), channels=["atom"])


@pytest.fixture(params=["embedded", "engine"])
def store(request: pytest.FixtureRequest, data_dir: Path) -> Iterator[Store]:
    if request.param == "embedded":
        with EmbeddedStore(data_dir) as embedded:
            yield embedded
        return
    from search.elastic import open_store as open_elastic

    url = request.getfixturevalue("search_engine_url")
    with open_elastic(url, index_prefix=f"cnht-test-feed-{uuid.uuid4().hex[:10]}") as engine:
        try:
            yield engine
        finally:
            engine.drop()


def _doc(i: int, text: str = "công nghiệp hỗ trợ"):  # type: ignore[no-untyped-def]
    return make_doc(f"bai-{i}", title=f"Bài {i}", text=f"{text} số {i}")


def test_documents_stored_by_a_run_that_died_before_alerting_are_alerted_once_by_the_next(
    store: Store, data_dir: Path
) -> None:
    with AlertState(data_dir) as state:
        assert isinstance(store, ChangeFeed) and store.change_log_id()
        state.add_search(CNHT)
        start_cursor(store, state)
        put = store.put_documents([_doc(i) for i in range(3)])  # ... and the run died here
        assert len(put.new) == 3 and store.last_change() == 3
        channels = {"atom": AtomFeedChannel(data_dir)}
        again = store.put_documents([_doc(i) for i in range(3)])  # the next run re-extracts them
        assert again.new == [] and len(again.unchanged) == 3  # "unchanged": the ids alone would lose them
        alerted = deliver_changes(store, state, [], channels)
        assert sorted(a.document_id for a in alerted) == sorted(put.new)
        assert state.cursor(store.change_log_id()) == 3
        assert deliver_changes(store, state, [], channels) == []  # nothing twice


def test_a_changed_document_is_evaluated_again_but_alerts_once_and_the_cursor_follows_chunks(
    store: Store, data_dir: Path
) -> None:
    assert isinstance(store, ChangeFeed)
    with AlertState(data_dir) as state:
        state.add_search(CNHT)
        start_cursor(store, state)
        store.put_documents([_doc(i) for i in range(5)])
        channels = {"atom": AtomFeedChannel(data_dir)}
        assert len(deliver_changes(store, state, [], channels, chunk=2)) == 5
        assert state.cursor(store.change_log_id()) == 5
        store.put_documents([_doc(0, "công nghiệp hỗ trợ, bản sửa")])
        assert store.changes_since(5) == [(6, _doc(0).id)]
        assert deliver_changes(store, state, [], channels) == []  # evaluated, already alerted
        assert state.cursor(store.change_log_id()) == 6


def test_a_new_alert_state_starts_at_the_end_of_the_feed_and_does_not_alert_the_past(
    store: Store, data_dir: Path
) -> None:
    store.put_documents([_doc(i) for i in range(4)])
    with AlertState(data_dir) as state:
        state.add_search(CNHT)
        channels = {"atom": AtomFeedChannel(data_dir)}
        assert deliver_changes(store, state, [], channels) == []
        store.put_documents([_doc(9)])
        assert [a.document_id for a in deliver_changes(store, state, [], channels)] == [_doc(9).id]


def test_a_reindex_starts_a_new_change_log_whose_cursor_begins_at_its_end(
    store: Store, data_dir: Path
) -> None:
    assert isinstance(store, ChangeFeed)
    with AlertState(data_dir) as state:
        state.add_search(CNHT)
        start_cursor(store, state)
        store.put_documents([_doc(i) for i in range(3)])
        channels = {"atom": AtomFeedChannel(data_dir)}
        assert len(deliver_changes(store, state, [], channels)) == 3
        before = store.change_log_id()
        store.reindex()
        if store.change_log_id() != before:  # the engine copies into a new index: the copies are no news
            assert deliver_changes(store, state, [], channels) == []
        store.put_documents([_doc(7)])
        assert [a.document_id for a in deliver_changes(store, state, [], channels)] == [_doc(7).id]


def test_an_engine_index_of_several_shards_has_no_feed_and_alerts_the_ids_a_run_hands_over(
    search_engine_url: str, data_dir: Path
) -> None:
    from search.elastic.backend import ElasticStore
    from search.elastic.connect import connect

    prefix = f"cnht-test-feed-{uuid.uuid4().hex[:10]}"
    with ElasticStore(connect(search_engine_url), index_prefix=prefix, shards=2) as s:
        try:
            assert s.change_log_id() == "" and s.changes_since(0) == []
            with AlertState(data_dir) as state:
                state.add_search(CNHT)
                start_cursor(s, state)
                put = s.put_documents([_doc(i) for i in range(2)])
                channels = {"atom": AtomFeedChannel(data_dir)}
                assert deliver_changes(s, state, [], channels) == []  # no feed: nothing but the ids given
                alerted = deliver_changes(s, state, put.new, channels)
                assert sorted(a.document_id for a in alerted) == sorted(put.new)
        finally:
            s.drop()
