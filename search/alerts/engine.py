"""Evaluate saved searches against newly stored documents and deliver each alert exactly once per channel.

Order per (search, document, channel): record the outbox row, send, mark sent. `resend_pending`
delivers rows left 'recorded' by a crash or a failing channel. The Atom channel is idempotent by
delivery_id, so it stays exactly-once even across a crash between send and mark-sent; stdout is
at-least-once in that window.
"""

from __future__ import annotations

import logging

from search.alerts.channels import Channel
from search.alerts.models import Alert, SavedSearch, delivery_id
from search.alerts.state import AlertState
from search.query import parse_query
from search.records import SearchHit
from search.store import Store

log = logging.getLogger(__name__)


def make_alert(search: SavedSearch, hit: SearchHit) -> Alert:
    matched = hit.highlights or parse_query(search.query.text).terms()
    return Alert(
        search_id=search.id,
        search_name=search.name,
        document_id=hit.id,
        url=hit.url,
        title=hit.title,
        published=hit.published,
        matched=matched,
        delivery_id=delivery_id(search.id, hit.id),
    )


def _send(state: AlertState, alert: Alert, channel_name: str, channels: dict[str, Channel]) -> bool:
    channel = channels.get(channel_name)
    if channel is None:
        log.warning(
            "saved search %s: no channel %r configured, alert kept pending", alert.search_id, channel_name
        )
        return False
    try:
        channel.send(alert)
    except Exception as exc:
        log.error("alert %s via %s failed: %s", alert.delivery_id, channel_name, exc)
        state.mark_failed(alert.search_id, alert.document_id, channel_name, repr(exc))
        return False
    return state.mark_sent(alert.search_id, alert.document_id, channel_name)


def matches(store: Store, search: SavedSearch, new_ids: list[str]) -> list[SearchHit]:
    """The hits of a saved search among `new_ids` (intersected with the search's own ids, if any)."""
    ids = list(dict.fromkeys(new_ids))
    if search.query.ids is not None:
        allowed = set(search.query.ids)
        ids = [i for i in ids if i in allowed]
    if not ids:
        return []
    q = search.query.model_copy(update={"ids": ids, "limit": len(ids), "offset": 0})
    return store.search(q).hits


def deliver_new(
    store: Store, state: AlertState, new_ids: list[str], channels: dict[str, Channel]
) -> list[Alert]:
    """Run every saved search over `new_ids`; record, send and mark each hit. Returns the alerts sent now."""
    delivered: list[Alert] = []
    if not new_ids:
        return delivered
    for search in state.list_searches():
        for hit in matches(store, search, new_ids):
            alert = make_alert(search, hit)
            todo = state.record(alert, search.channels)
            sent_any = False
            for channel_name in todo:
                stored = _stored_alert(state, alert, channel_name)
                sent_any |= _send(state, stored, channel_name, channels)
            if sent_any:
                delivered.append(alert)
    return delivered


def _stored_alert(state: AlertState, alert: Alert, channel_name: str) -> Alert:
    """The alert as first recorded (same alerted_at), so a retry sends identical content."""
    for pending, ch in state.pending_for(alert.search_id, alert.document_id):
        if ch == channel_name:
            return pending
    return alert


def resend_pending(state: AlertState, channels: dict[str, Channel]) -> list[Alert]:
    """Send every outbox row recorded but not sent. Returns the alerts sent now (one per search/document)."""
    delivered: dict[str, Alert] = {}
    for alert, channel_name in state.pending():
        if _send(state, alert, channel_name, channels):
            delivered.setdefault(alert.delivery_id, alert)
    return list(delivered.values())
