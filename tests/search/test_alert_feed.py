"""Alert matching follows the store's change feed from a cursor in the alert state: documents committed by
a run that died before alerting are alerted by the next evaluation, once; the cursor moves only past
documents whose outbox rows are recorded."""

from __future__ import annotations

from pathlib import Path

from search.alerts import AlertState, AtomFeedChannel, SavedSearch
from search.alerts.feed import deliver_changes, start_cursor
from search.records import SearchQuery
from search.store import ChangeFeed, open_store
from tests.search.conftest import make_doc

CNHT = SavedSearch(id="cnht", name="CNHT", query=SearchQuery(text='"cong nghiep ho tro"'), channels=["atom"])


def _doc(i: int, text: str = "công nghiệp hỗ trợ"):  # type: ignore[no-untyped-def]
    return make_doc(f"bai-{i}", title=f"Bài {i}", text=f"{text} số {i}")


def test_documents_stored_by_a_run_that_died_before_alerting_are_alerted_once_by_the_next(
    data_dir: Path,
) -> None:
    with open_store(data_dir) as store, AlertState(data_dir) as state:
        assert isinstance(store, ChangeFeed)
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
    data_dir: Path,
) -> None:
    with open_store(data_dir) as store, AlertState(data_dir) as state:
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


def test_a_new_alert_state_starts_at_the_end_of_the_feed_and_does_not_alert_the_past(data_dir: Path) -> None:
    with open_store(data_dir) as store:
        store.put_documents([_doc(i) for i in range(4)])
        with AlertState(data_dir) as state:
            state.add_search(CNHT)
            channels = {"atom": AtomFeedChannel(data_dir)}
            assert deliver_changes(store, state, [], channels) == []
            store.put_documents([_doc(9)])
            assert [a.document_id for a in deliver_changes(store, state, [], channels)] == [_doc(9).id]
