"""The `reextract` flow: rebuild documents from the raw archive alone, then alert on what is new.

No network: it reads only the WARC archive. Pages this extractor version has not handled yet are
extracted (after an extractor upgrade, that is every archived page); a document whose extracted content
changed becomes a new version; alerts stay exactly once per (saved search, document).
"""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow
from pydantic import BaseModel, Field

from flows.ingest import new_run_id, write_run
from flows.lock import writer_lock
from flows.stages.extract import ExtractReport
from flows.stages.registry import remembered_sources
from flows.stages.templates import forget as forget_templates
from flows.tasks import alert_task, extract_task
from search.alerts.models import Alert


class ReextractSummary(BaseModel):
    run_id: str
    extract: ExtractReport = Field(default_factory=ExtractReport)
    alerts: list[Alert] = Field(default_factory=list)
    seconds: float = 0.0


def check_archive(data_dir: Path) -> None:
    if not (Path(data_dir) / "archive").exists():
        raise ValueError(f"no raw archive in {data_dir}: run `cnht ingest` (or `cnht demo`) first")


@flow(name="reextract")
def reextract(
    data_dir: Path, alert_stdout: bool = True, quiet: bool = False, progress: bool = False, workers: int = 1
) -> ReextractSummary:
    """Extract every archived page this extractor version has not handled, store, and alert. Pages are
    extracted in `workers` processes at once (0: in this process, without a time or memory budget)."""
    started = time.monotonic()
    data_dir = Path(data_dir)
    check_archive(data_dir)
    with writer_lock(data_dir):  # one writer per data directory (flows/lock.py)
        summary = ReextractSummary(run_id=new_run_id())
        forget_templates(data_dir)  # page templates are learnt again from the archive as it is now
        sources = remembered_sources(data_dir)
        summary.extract = extract_task(data_dir, sources, summary.run_id, quiet, progress, workers)
        new_ids = summary.extract.stored_new + summary.extract.stored_changed
        summary.alerts = alert_task(data_dir, new_ids, alert_stdout)
        summary.seconds = round(time.monotonic() - started, 2)
        write_run(data_dir, summary.run_id, summary)
        return summary
