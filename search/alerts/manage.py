"""What a person does to a saved search besides editing it: send a test now, and see the outcome.

A test alert is the newest stored document matching the search (or a made-up one when none does),
under a delivery id starting with "test-"; it goes through the search's push channels (webhook, e-mail)
now, once each (no retry), whatever their backoff, and each outcome is written to the delivery history
marked as a test. It has no outbox row: it never counts as the document's alert, never counts toward
disabling the search, and the Atom feed is never written by a test.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from search.alerts.engine import make_alert
from search.alerts.models import Alert, SavedSearch, redact
from search.alerts.push import EmailChannel, WebhookChannel
from search.alerts.state import PUSH_CHANNELS, AlertState, Delivery
from search.store import Store

Printer = Callable[[Alert], None]


def sample_alert(search: SavedSearch, store: Store | None) -> Alert:
    """An alert for the newest stored document matching `search`, or a made-up one; never recorded."""
    test_id = "test-" + uuid.uuid4().hex[:11]
    if store is not None:
        query = search.query.model_copy(update={"limit": 1, "offset": 0, "sort": "date", "facets": []})
        hits = store.search(query).hits
        if hits:
            alert = make_alert(search, hits[0], store.get(hits[0].id))
            return alert.model_copy(update={"delivery_id": test_id})
    return Alert(
        search_id=search.id,
        search_name=search.name,
        document_id="test",
        url="https://example.vn/cnht-test",
        title="cnht: cảnh báo thử",
        delivery_id=test_id,
    )


def send_test(
    state: AlertState, search: SavedSearch, alert: Alert, stdout: Printer | None = None
) -> list[Delivery]:
    """Send `alert` through each push channel of `search` (and print it when `stdout` is given and the
    search prints), record each outcome as a test in the history, and return them."""
    channels = {  # one attempt each, no retry: a person is waiting for the answer
        "webhook": WebhookChannel(state.get_search, retries=0),
        "email": EmailChannel(state.get_search, retries=0),
    }
    done: list[Delivery] = []
    for name in search.channels:
        if name == "stdout" and stdout is not None:
            stdout(alert)
            done.append(state.record_test(alert, name, None))
            continue
        if name not in PUSH_CHANNELS:
            continue
        try:
            channels[name].send(alert)
        except Exception as exc:
            done.append(state.record_test(alert, name, redact(str(exc) or repr(exc))))
        else:
            done.append(state.record_test(alert, name, None))
    return done
