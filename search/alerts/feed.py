"""Alert matching driven by the store's change feed: no crash between "stored" and "alerted" loses one.

A store that implements `ChangeFeed` (search/store.py) numbers every new or changed document in the
same write that stores it. The alert state keeps a cursor per change log; `deliver_changes` evaluates
the saved searches on every document after the cursor and moves the cursor past a chunk only once
`deliver_new` has recorded that chunk's outbox rows. A run killed anywhere leaves the cursor behind the
documents it had not finished, and the next run evaluates them again; the outbox (UNIQUE per saved
search, document and channel) keeps that from alerting anything twice.
"""

from __future__ import annotations

from search.alerts.channels import Channel
from search.alerts.engine import deliver_new
from search.alerts.models import Alert
from search.alerts.state import AlertState
from search.store import ChangeFeed, Store

CHUNK = 1000  # documents evaluated per step (one in-memory match index each)


def _log_id(store: Store) -> str:
    """The store's change log, or "" when it keeps none (an engine index of several shards)."""
    return store.change_log_id() if isinstance(store, ChangeFeed) else ""


def start_cursor(store: Store, state: AlertState) -> None:
    """Create the cursor of `store`'s change log at its current end if there is none: call it before
    storing, so what this run stores is after the cursor even if the run dies before alerting."""
    log_id = _log_id(store)
    if log_id:
        state.start_cursor(log_id, store.last_change())  # type: ignore[attr-defined]


def deliver_changes(
    store: Store,
    state: AlertState,
    new_ids: list[str],
    channels: dict[str, Channel],
    chunk: int = CHUNK,
) -> list[Alert]:
    """`deliver_new` over `new_ids` and every document the store wrote after this state's cursor, chunk
    by chunk, advancing the cursor after each. Without a change feed: `deliver_new(new_ids)` alone."""
    log_id = _log_id(store)
    if not log_id or not isinstance(store, ChangeFeed):
        return deliver_new(store, state, new_ids, channels)
    after = state.start_cursor(log_id, store.last_change())
    ids = list(dict.fromkeys(new_ids))
    done: set[str] = set()  # evaluated by this call already (`new_ids` are mostly in the feed too)
    delivered: list[Alert] = []
    while True:
        changes = store.changes_since(after, chunk)
        ids += [doc_id for _, doc_id in changes if doc_id not in done]
        ids = list(dict.fromkeys(ids))
        delivered += deliver_new(store, state, ids, channels)  # also drains ids an older run queued
        done.update(ids)
        ids = []
        if not changes:
            return delivered
        after = changes[-1][0]
        state.advance_cursor(log_id, after)
