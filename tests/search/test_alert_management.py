"""Alerts a monitoring team can manage and trust, on both backends (the embedded store and a real
OpenSearch node): every delivery attempt in the history with its reason in Vietnamese, failed push
deliveries retried with exponential backoff, a saved search disabled after 7 failed attempts in a row
and enabled again with its count reset, pause and resume, test sends, and the Atom feed from creation.
Exactly-once holds throughout: the receiver deduplicates by delivery id and never sees one twice."""

from __future__ import annotations

import datetime as dt
import socket
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from search.alerts import AlertState, AtomFeedChannel, SavedSearch, WebhookChannel, WebhookTarget
from search.alerts.engine import deliver_new, resend_pending
from search.alerts.manage import sample_alert, send_test
from search.alerts.models import EmailTarget
from search.alerts.state import MAX_FAILURES, backoff_seconds
from search.records import IndexedDocument, SearchQuery
from search.store import Store, open_store
from tests.search.conftest import SECRET, Receiver, make_doc

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(params=["embedded", "opensearch"])
def store(
    request: pytest.FixtureRequest, data_dir: Path, corpus: dict[str, IndexedDocument]
) -> Iterator[Store]:
    """The corpus in the embedded store, then in a real OpenSearch node (own index prefix)."""
    if request.param == "embedded":
        with open_store(data_dir) as s:
            s.put_documents(list(corpus.values()))
            yield s
        return
    from search.elastic import open_store as open_elastic

    url = request.getfixturevalue("search_engine_url")
    s = open_elastic(url, index_prefix=f"cnht-test-manage-{uuid.uuid4().hex[:8]}")
    try:
        s.put_documents(list(corpus.values()))
        yield s
    finally:
        s.drop()
        s.close()


@pytest.fixture
def state(data_dir: Path) -> Iterator[AlertState]:
    with AlertState(data_dir) as st:
        yield st


def hook_search(url: str, search_id: str = "hook", text: str = '"cong nghiep ho tro"') -> SavedSearch:
    target = WebhookTarget(url=url, secret=SECRET, allow_private=True)
    return SavedSearch(
        id=search_id, name="CNHT", query=SearchQuery(text=text), channels=["atom", "webhook"], webhook=target
    )


def channels(state: AlertState, data_dir: Path) -> dict:
    """A run's channels: a fresh webhook channel (one retry, no sleeping) and the Atom feed."""
    return {
        "atom": AtomFeedChannel(data_dir),
        "webhook": WebhookChannel(state.get_search, timeout=2.0, retries=1, backoff=0.01),
    }


def after_backoff(state: AlertState, search_id: str = "hook", channel: str = "webhook") -> dt.datetime:
    """A moment just after the channel's backoff ends."""
    (health,) = [c for c in state.health(search_id).channels if c.channel == channel]
    assert health.next_attempt_at is not None
    return dt.datetime.fromisoformat(health.next_attempt_at) + dt.timedelta(seconds=1)


def test_a_failed_webhook_is_in_the_history_with_its_reason_and_waits_out_a_growing_backoff(
    store, state, receiver: Receiver, corpus, data_dir
) -> None:
    receiver.status = 500
    state.add_search(hook_search(receiver.url))
    doc = corpus["early_morning"].id
    assert deliver_new(store, state, [doc], channels(state, data_dir)) != []  # the Atom feed got it
    assert len(receiver.requests) == 2  # one try and one retry within the attempt
    webhook = [d for d in state.history("hook") if d.channel == "webhook"]
    assert [(d.outcome, d.reason, d.test) for d in webhook] == [("failed", "webhook trả lời 500", False)]
    assert "HTTP 500" in (webhook[0].error or "")
    (health,) = state.health("hook").channels
    assert health.failures == 1 and health.last_reason == "webhook trả lời 500"
    waited = dt.datetime.fromisoformat(health.next_attempt_at or "") - dt.datetime.now(dt.UTC)
    assert backoff_seconds(1) - 60 < waited.total_seconds() <= backoff_seconds(1)

    assert resend_pending(state, channels(state, data_dir)) == []  # within the backoff: not tried
    assert len(receiver.requests) == 2
    assert resend_pending(state, channels(state, data_dir), now=after_backoff(state)) == []
    assert len(receiver.requests) == 4  # tried again once the backoff was over, failed again
    (health,) = state.health("hook").channels
    assert health.failures == 2
    waited = dt.datetime.fromisoformat(health.next_attempt_at or "") - dt.datetime.now(dt.UTC)
    assert waited.total_seconds() > backoff_seconds(1) + 60  # the second wait is longer (doubled)

    receiver.status = 200
    sent = resend_pending(state, channels(state, data_dir), now=after_backoff(state))
    assert [a.document_id for a in sent] == [doc]
    assert receiver.distinct == {sent[0].delivery_id}
    assert state.health("hook").channels == [] and state.health("hook").state == "active"  # count reset
    outcomes = [d.outcome for d in state.history("hook") if d.channel == "webhook"]
    assert outcomes == ["sent", "failed", "failed"]  # newest first


def test_seven_failed_attempts_in_a_row_disable_the_search_and_resuming_resets_the_count(
    store, state, receiver: Receiver, corpus, data_dir
) -> None:
    receiver.status = 500
    state.add_search(hook_search(receiver.url))
    other = SavedSearch(id="other", name="other", query=SearchQuery(text="công nghiệp"), channels=["atom"])
    state.add_search(other)
    first = corpus["early_morning"].id
    deliver_new(store, state, [first], channels(state, data_dir))
    for _ in range(MAX_FAILURES - 1):
        resend_pending(state, channels(state, data_dir), now=after_backoff(state))
    health = state.health("hook")
    assert health.state == "disabled" and health.channels[0].failures == MAX_FAILURES
    assert health.disabled_reason is not None and "webhook trả lời 500" in health.disabled_reason
    tried = len(receiver.requests)
    assert tried == 2 * MAX_FAILURES

    far = dt.datetime.now(dt.UTC) + dt.timedelta(days=30)
    assert resend_pending(state, channels(state, data_dir), now=far) == []  # disabled: never tried
    later = make_doc(
        "later",
        title="Công nghiệp hỗ trợ: hội chợ mới",
        text="công nghiệp hỗ trợ",
        published="2024-07-01T08:00:00+07:00",
    )
    store.put_documents([later])
    delivered = deliver_new(store, state, [later.id], channels(state, data_dir))
    assert [a.search_id for a in delivered] == ["other"]  # a disabled search does not alert at all
    assert len(receiver.requests) == tried
    assert state.pending_for("hook", later.id) == []

    receiver.status = 200
    state.resume("hook")
    assert state.health("hook").state == "active" and state.health("hook").channels == []
    sent = resend_pending(state, channels(state, data_dir))  # waiting alerts go out on the next run
    assert [a.document_id for a in sent] == [first]
    assert len(receiver.distinct) == 1  # exactly once, after 14 failed requests
    assert resend_pending(state, channels(state, data_dir), now=far) == []
    assert len(receiver.distinct) == 1

    receiver.status = 500  # failing again counts from 1, not from 7
    again = make_doc(
        "again",
        title="Công nghiệp hỗ trợ: thêm",
        text="công nghiệp hỗ trợ",
        published="2024-07-02T08:00:00+07:00",
    )
    store.put_documents([again])
    deliver_new(store, state, [again.id], channels(state, data_dir))
    assert state.health("hook").channels[0].failures == 1 and state.health("hook").state == "active"


def test_a_paused_search_alerts_nothing_until_resumed_and_other_searches_go_on(
    store, state, receiver: Receiver, corpus, data_dir
) -> None:
    state.add_search(hook_search(receiver.url))
    state.add_search(
        SavedSearch(id="other", name="o", query=SearchQuery(text="công nghiệp"), channels=["atom"])
    )
    state.pause("hook")
    assert state.health("hook").state == "paused"
    doc = corpus["early_morning"].id
    delivered = deliver_new(store, state, [doc], channels(state, data_dir))
    assert {a.search_id for a in delivered} == {"other"} and receiver.requests == []
    assert state.pending_for("hook", doc) == []  # documents stored while paused never alert it
    state.resume("hook")
    later = make_doc("sau", title="Công nghiệp hỗ trợ sau khi bật lại", text="công nghiệp hỗ trợ")
    store.put_documents([later])
    delivered = deliver_new(store, state, [later.id], channels(state, data_dir))
    assert {a.search_id for a in delivered} == {"hook", "other"}
    assert [r["payload"]["alert"]["document_id"] for r in receiver.requests] == [later.id]


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_test_send_delivers_a_stored_sample_now_and_is_recorded_without_counting(
    store, state, receiver: Receiver, corpus, data_dir
) -> None:
    search = hook_search(receiver.url)
    search.email = EmailTarget(to=["a@example.vn"], smtp=f"127.0.0.1:{_closed_port()}")
    search.channels.append("email")
    state.add_search(search)
    alert = sample_alert(search, store)
    assert alert.document_id in {d.id for d in corpus.values()} and alert.delivery_id.startswith("test-")
    done = send_test(state, search, alert)
    assert [(d.channel, d.outcome, d.test) for d in done] == [
        ("webhook", "sent", True),
        ("email", "failed", True),
    ]
    assert done[1].reason == "máy chủ thư không kết nối được"
    assert [r["delivery_id"] for r in receiver.requests] == [alert.delivery_id]
    assert [(d.channel, d.outcome) for d in state.history("hook")] == [
        ("email", "failed"),
        ("webhook", "sent"),
    ]
    assert state.health("hook").channels == []  # a test never counts toward disabling
    assert state.pending() == []  # and records nothing to deliver


def test_the_atom_feed_exists_empty_from_creation_and_fills_with_alerts(
    store, state, corpus, data_dir
) -> None:
    feeds = AtomFeedChannel(data_dir)
    state.add_search(
        SavedSearch(id="new", name="Mới", query=SearchQuery(text="công nghiệp"), channels=["atom"])
    )
    feeds.create("new", "Mới")
    root = ET.parse(feeds.feed_path("new")).getroot()
    assert root.tag == f"{ATOM}feed" and root.findtext(f"{ATOM}title") == "Mới"
    assert root.findtext(f"{ATOM}id") == "urn:cnht:search:new" and root.findtext(f"{ATOM}updated")
    assert root.findall(f"{ATOM}entry") == []
    deliver_new(store, state, [corpus["early_morning"].id], {"atom": feeds})
    assert len(ET.parse(feeds.feed_path("new")).getroot().findall(f"{ATOM}entry")) == 1
    feeds.create("new", "Mới")  # creating again never empties a feed
    assert len(ET.parse(feeds.feed_path("new")).getroot().findall(f"{ATOM}entry")) == 1


def test_the_history_keeps_the_latest_attempts_of_each_search(state) -> None:
    from search.alerts.models import Alert
    from search.alerts.state import HISTORY_KEPT, PRUNE_EVERY

    for i in range(HISTORY_KEPT + 2 * PRUNE_EVERY + 7):
        alert = Alert(search_id="busy", search_name="b", document_id=f"d{i}", url="u", delivery_id=f"x{i}")
        state.record(alert, ["atom"])
        state.mark_sent("busy", f"d{i}", "atom")
    kept = state.history("busy", limit=10_000)
    assert HISTORY_KEPT <= len(kept) <= HISTORY_KEPT + PRUNE_EVERY
    assert kept[0].document_id == f"d{HISTORY_KEPT + 2 * PRUNE_EVERY + 6}"  # the newest are the ones kept
