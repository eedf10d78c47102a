"""The `alerts` flow: send the digests that are due, and alerts a failing channel or a crash left unsent.

Saved searches with `digest: hourly` or `daily` collect their webhook and e-mail alerts per period
(Vietnamese time); a digest goes out once its period is over. Run this flow shortly after each hour
(prefect.yaml schedules it); every run sends only what is due, and sending is exactly-once per
(saved search, document, channel), so an extra run sends nothing twice.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from prefect import flow
from pydantic import BaseModel, Field

from flows.lock import writer_lock
from flows.tasks import send_due_task
from search.alerts.engine import digest_period
from search.alerts.models import Alert, SavedSearch, redact
from search.alerts.state import AlertState


class FailingDelivery(BaseModel):
    search_id: str
    channel: str
    attempts: int
    error: str


class AlertsSummary(BaseModel):
    data_dir: str
    sent: list[Alert] = Field(default_factory=list)  # alerts sent now, digests included
    digests: list[str] = Field(default_factory=list)  # "search_id period" of each digest sent now
    failing: list[FailingDelivery] = Field(default_factory=list)
    disabled: list[str] = Field(default_factory=list)  # saved searches disabled after repeated failures
    seconds: float = 0.0


def digests_sent(sent: list[Alert], searches: dict[str, SavedSearch]) -> list[str]:
    """The digests among the alerts just sent, as "search_id period", in order.

    >>> from search.alerts.models import SavedSearch
    >>> from search.records import SearchQuery
    >>> s = SavedSearch(id="qd", name="qd", query=SearchQuery(), digest="daily")
    >>> a = Alert(search_id="qd", search_name="qd", document_id="d1", url="u", delivery_id="x",
    ...           alerted_at="2026-11-22T18:30:00+00:00")
    >>> digests_sent([a, a.model_copy(update={"document_id": "d2"})], {"qd": s})
    ['qd 2026-11-23']
    """
    found: list[str] = []
    for alert in sent:
        search = searches.get(alert.search_id)
        if search is None or search.digest is None:
            continue
        key = f"{alert.search_id} {digest_period(alert.alerted_at, search.digest)[0]}"
        if key not in found:
            found.append(key)
    return found


def check_alert_state(data_dir: Path) -> None:
    """A readable error when `data_dir` holds no saved search at all."""
    if not (Path(data_dir) / "alerts.sqlite3").exists():
        raise ValueError(
            f"no saved searches in {data_dir}: add one with `cnht alerts add`, or pass --data-dir"
        )


@flow(name="alerts")
def alerts(data_dir: Path, alert_stdout: bool = True, now: dt.datetime | None = None) -> AlertsSummary:
    """Send every digest whose period ended before `now` (default: now) and every unsent alert.

    With no saved search yet (a deployment scheduled before the first `cnht alerts add`) there is nothing
    to send: an empty summary, not a failed run every hour. `cnht alerts send` says how to add one."""
    started = time.monotonic()
    data_dir = Path(data_dir)
    if not (data_dir / "alerts.sqlite3").exists():
        return AlertsSummary(data_dir=str(data_dir), seconds=round(time.monotonic() - started, 2))
    with writer_lock(data_dir):  # one writer per data directory (flows/lock.py)
        sent = send_due_task(data_dir, alert_stdout, now)
        with AlertState(data_dir) as state:
            searches = {s.id: s for s in state.list_searches()}
            failing = [
                FailingDelivery(search_id=a.search_id, channel=ch, attempts=n, error=redact(err))
                for a, ch, n, err in state.failures()
            ]
            disabled = sorted(sid for sid, h in state.healths().items() if h.disabled_at)
    return AlertsSummary(
        data_dir=str(data_dir),
        sent=sent,
        digests=digests_sent(sent, searches),
        failing=failing,
        disabled=disabled,
        seconds=round(time.monotonic() - started, 2),
    )
