"""A process that delivers alerts and stops dead at a chosen point, for the kill -9 tests.

    python -m tests.search.alert_worker DATA_DIR POINT ID [ID ...]

POINT "recorded": after the first outbox rows are recorded, before anything is sent.
POINT "sent": after the webhook accepted the first alert, before the row is marked sent.
POINT "marked": right after the first webhook row is marked sent, before anything else.
POINT "batch-marked": the Atom feeds written and the Atom rows of the batch marked sent, in the
transaction not committed yet (a crash in the middle of a batch).
At that point the process prints the point's name and sleeps until it is killed.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any


def _stop_here(point: str) -> None:
    print(point, flush=True)
    time.sleep(600)


def main(argv: list[str]) -> None:
    from search.alerts import AlertState, AtomFeedChannel, WebhookChannel, deliver_new
    from search.store import open_store

    data_dir, point, ids = Path(argv[0]), argv[1], argv[2:]
    record, mark_sent, mark_many = AlertState.record_many, AlertState.mark_sent, AlertState.mark_sent_many

    def record_then_stop(self: AlertState, *args: Any) -> list[list[str]]:
        todo = record(self, *args)
        _stop_here("recorded")
        return todo

    def stop_then_mark(self: AlertState, search_id: str, document_id: str, channel: str) -> bool:
        if channel == "webhook":
            _stop_here("sent")
        return mark_sent(self, search_id, document_id, channel)

    def mark_then_stop(self: AlertState, search_id: str, document_id: str, channel: str) -> bool:
        marked = mark_sent(self, search_id, document_id, channel)
        if channel == "webhook":
            _stop_here("marked")
        return marked

    def mark_many_then_stop(self: AlertState, rows: list[tuple[str, str, str]], *args: Any) -> list[bool]:
        marked = mark_many(self, rows, *args)
        if rows and rows[0][2] == "atom":
            _stop_here("batch-marked")
        return marked

    if point == "recorded":
        AlertState.record_many = record_then_stop  # type: ignore[method-assign]
    elif point == "sent":
        AlertState.mark_sent = stop_then_mark  # type: ignore[method-assign]
    elif point == "marked":
        AlertState.mark_sent = mark_then_stop  # type: ignore[method-assign]
    elif point == "batch-marked":
        AlertState.mark_sent_many = mark_many_then_stop  # type: ignore[method-assign]
    with open_store(data_dir) as store, AlertState(data_dir) as state:
        channels = {"atom": AtomFeedChannel(data_dir), "webhook": WebhookChannel(state.get_search, retries=0)}
        deliver_new(store, state, ids, channels)  # type: ignore[arg-type]
    print("done", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
