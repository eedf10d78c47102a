"""The `ingest` flow: crawl -> archive -> extract -> tag -> index -> alert, for every declared source.

Each stage is a plain function in `flows/stages/` or `search/`; this module only composes them as Prefect
tasks. One task per stage (never one per page: a task call costs milliseconds). A crawl that fails is
recorded and the run carries on with what was fetched; a crash anywhere is resumed by the next run,
because the archive remembers what was fetched and what was extracted.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import time
from pathlib import Path

from prefect import flow, task
from pydantic import BaseModel, Field

from crawlers.archive import RawArchive
from crawlers.sources import Source, load_sources
from flows.stages.crawl import CrawlReport, crawl_source
from flows.stages.extract import ExtractReport, extract_archived
from flows.stages.registry import remember_sources
from search.alerts.channels import AtomFeedChannel, Channel, StdoutChannel
from search.alerts.engine import deliver_new, resend_pending
from search.alerts.models import Alert
from search.alerts.state import AlertState
from search.store import open_store


class IngestSummary(BaseModel):
    run_id: str
    data_dir: str
    crawls: list[CrawlReport] = Field(default_factory=list)
    crawl_failures: dict[str, str] = Field(default_factory=dict)  # source id -> reason
    extract: ExtractReport = Field(default_factory=ExtractReport)
    alerts: list[Alert] = Field(default_factory=list)
    documents_total: int = 0
    seconds: float = 0.0

    @property
    def pages_fetched(self) -> int:
        return sum(c.pages_fetched for c in self.crawls)


def new_run_id() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(2)


@task(retries=2, retry_delay_seconds=[2, 10], task_run_name="crawl-{source.id}")
def crawl_task(source: Source, data_dir: Path, run_id: str, settings: dict) -> CrawlReport:
    return crawl_source(source, data_dir, run_id, settings)


def _print_progress(done: int, total: int) -> None:
    print(f"  extracted {done}/{total} page(s)", flush=True)


@task(task_run_name="extract")
def extract_task(data_dir: Path, sources: dict[str, Source], run_id: str, quiet: bool) -> ExtractReport:
    with open_store(data_dir) as store, AlertState(data_dir) as alerts:
        # stored ids are queued for alert evaluation at once: a run that dies before the alert task
        # leaves them queued, and the next run's alert task evaluates them
        return extract_archived(
            data_dir,
            store,
            sources,
            run_id=run_id,
            progress=None if quiet else _print_progress,
            on_stored=alerts.queue,
        )


@task(retries=2, retry_delay_seconds=[1, 5], task_run_name="alert")
def alert_task(data_dir: Path, new_ids: list[str], stdout: bool) -> list[Alert]:
    channels: dict[str, Channel] = {"atom": AtomFeedChannel(data_dir)}
    if stdout:
        channels["stdout"] = StdoutChannel()
    with open_store(data_dir) as store, AlertState(data_dir) as state:
        resent = resend_pending(state, channels)  # outbox rows a crash left unsent
        return resent + deliver_new(store, state, new_ids, channels)


@flow(name="ingest")
def ingest(
    sources_file: Path,
    data_dir: Path,
    variables: dict[str, str] | None = None,
    only: list[str] | None = None,
    alert_stdout: bool = True,
    quiet: bool = False,
) -> IngestSummary:
    """Crawl the sources declared in `sources_file` (or only the ids in `only`) and process what is new."""
    started = time.monotonic()

    def say(line: str) -> None:
        if not quiet:
            print(line, flush=True)

    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    registry = load_sources(sources_file, variables)
    sources = [s for s in registry.sources if not only or s.id in only]
    unknown = sorted(set(only or []) - {s.id for s in registry.sources})
    if unknown:
        raise ValueError(
            f"unknown source id(s): {', '.join(unknown)} (declared: "
            f"{', '.join(s.id for s in registry.sources)})"
        )
    summary = IngestSummary(run_id=new_run_id(), data_dir=str(data_dir))
    remember_sources(data_dir, registry.sources)

    say(f"crawling {len(sources)} source(s), one process each ...")
    futures = {s.id: crawl_task.submit(s, data_dir, summary.run_id, registry.settings) for s in sources}
    for source_id, future in futures.items():
        try:
            report = future.result()
        except Exception as exc:  # recorded, and the run goes on with what other crawls fetched
            summary.crawl_failures[source_id] = str(exc)
            with RawArchive(data_dir / "archive") as archive:
                archive.record_error("crawl", str(exc), source=source_id, run_id=summary.run_id)
            say(f"  {source_id}: FAILED: {exc}")
            continue
        summary.crawls.append(report)
        say(
            f"  {source_id}: {report.pages_fetched} new page(s), {report.pages_already_archived} already "
            f"archived, {report.errors} error(s), {report.seconds:.1f} s"
        )

    say("extracting and tagging archived pages ...")
    summary.extract = extract_task(data_dir, {s.id: s for s in registry.sources}, summary.run_id, quiet)
    new_ids = summary.extract.stored_new + summary.extract.stored_changed
    say(f"  {len(new_ids)} new or changed document(s)")

    say("evaluating saved searches ...")
    summary.alerts = alert_task(data_dir, new_ids, alert_stdout)
    with open_store(data_dir, read_only=True) as store:
        summary.documents_total = store.count()
    summary.seconds = round(time.monotonic() - started, 2)
    runs = data_dir / "runs"
    runs.mkdir(exist_ok=True)
    (runs / f"{summary.run_id}.json").write_text(
        json.dumps(summary.model_dump(mode="json"), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return summary
