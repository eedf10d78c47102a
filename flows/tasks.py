"""The Prefect tasks every flow composes: one task per stage, never one per page (a task call costs
milliseconds). Each wraps a plain function from `flows/stages/`, `search/` or `search/alerts/`.

Tasks that touch the network or the disk retry with backoff, unless the failure would only repeat (a full
disk, a corrupt store: flows/errors.py); a retry is safe because every stage is
idempotent by key: the archive skips what it holds, extraction skips the pages this extractor version
has handled, and the alert outbox sends each (saved search, document, channel) once.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from crawlers.sources import Source
from flows import progress as progress_ui
from flows.crashpoint import crash_point
from flows.errors import retry_condition
from flows.prefect_env import stage_task
from flows.stages.crawl import CrawlReport, crawl_source
from flows.stages.extract import ExtractReport, extract_archived
from search.alerts.channels import AtomFeedChannel, Channel, StdoutChannel
from search.alerts.engine import resend_pending
from search.alerts.feed import deliver_changes, start_cursor
from search.alerts.models import Alert
from search.alerts.state import AlertState
from search.store import open_store


def _print_progress(done: int, total: int) -> None:
    print(f"  extracted {done}/{total} page(s)", flush=True)


@stage_task(
    retries=2,
    retry_delay_seconds=[2, 10],
    task_run_name="crawl-{source.id}",
    retry_condition_fn=retry_condition,
)
def crawl_task(source: Source, data_dir: Path, run_id: str, settings: dict) -> CrawlReport:
    return crawl_source(source, data_dir, run_id, settings)


@stage_task(
    retries=2, retry_delay_seconds=[5, 30], task_run_name="extract", retry_condition_fn=retry_condition
)
def extract_task(
    data_dir: Path,
    sources: dict[str, Source],
    run_id: str,
    quiet: bool,
    progress: bool = False,
    workers: int = 1,
) -> ExtractReport:
    """Extract, tag and store every archived page not handled yet, in `workers` processes, each page
    under the time and memory budget of `flows.stages.extract_pool`. A retry resumes where it stopped:
    pages are marked handled per batch, after their documents are stored."""
    from crawlers.archive import RawArchive
    from extract.page import EXTRACTOR_VERSION
    from flows.stages.extract_pool import Budget

    with RawArchive(Path(data_dir) / "archive") as archive:
        total = len(archive.pending_pages(EXTRACTOR_VERSION)) if progress else 0
    with (
        open_store(data_dir) as store,
        AlertState(data_dir) as alerts,
        progress_ui.bar("extracting", total, progress) as update,
    ):
        # Alerts follow the store's change feed from a cursor placed before anything is stored, so a run
        # that dies right after a batch is committed leaves it after the cursor, for the next run to alert.
        # A store without a change feed: stored ids are queued at once (a window remains between the two).
        start_cursor(store, alerts)

        def stored(ids: list[str]) -> None:
            if ids:
                crash_point("after-store")  # the kill test's instant: committed, nothing else done
            alerts.queue(ids)

        return extract_archived(
            data_dir,
            store,
            sources,
            run_id=run_id,
            progress=update if progress else (None if quiet else _print_progress),
            on_stored=stored,
            budget=Budget(workers=workers),
        )


def alert_channels(data_dir: Path, stdout: bool) -> dict[str, Channel]:
    """The channels a flow delivers through itself; webhook and e-mail come from each saved search.

    With `stdout` False (a `--json` run, a deployment) the "stdout" channel's lines go to stderr, so the
    data on stdout stays parseable and the outbox rows are still delivered and marked, never left pending.
    """
    return {
        "atom": AtomFeedChannel(data_dir),
        "stdout": StdoutChannel() if stdout else StdoutChannel(stream=sys.stderr),
    }


@stage_task(retries=2, retry_delay_seconds=[1, 5], task_run_name="alert", retry_condition_fn=retry_condition)
def alert_task(data_dir: Path, new_ids: list[str], stdout: bool) -> list[Alert]:
    channels = alert_channels(data_dir, stdout)
    with open_store(data_dir) as store, AlertState(data_dir) as state:
        resent = resend_pending(state, channels)  # outbox rows a crash left unsent
        return resent + deliver_changes(store, state, new_ids, channels)


@stage_task(
    retries=2, retry_delay_seconds=[5, 30], task_run_name="reindex", retry_condition_fn=retry_condition
)
def reindex_task(data_dir: Path, progress: bool = False, deals: bool = False) -> int:
    """Rebuild the full-text index from the store of record (and the deal records with `deals`); returns
    the number of documents indexed."""
    with open_store(data_dir) as store, progress_ui.bar("reindexing", store.count(), progress) as update:
        return store.reindex(progress=update, deals=deals)


@stage_task(
    retries=2,
    retry_delay_seconds=[10, 60],
    task_run_name="send-due-alerts",
    retry_condition_fn=retry_condition,
)
def send_due_task(data_dir: Path, stdout: bool, now: dt.datetime | None = None) -> list[Alert]:
    """Send outbox rows left unsent and every digest whose period ended before `now`."""
    with AlertState(data_dir) as state:
        return resend_pending(state, alert_channels(data_dir, stdout), now)
