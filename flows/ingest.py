"""The `ingest` flow: crawl -> archive -> extract -> tag -> index -> alert, for the declared sources.

Each stage is a plain function in `flows/stages/` or `search/`; the tasks in `flows/tasks.py` wrap them
and this module only composes them. A crawl that fails is recorded and the run carries on with what was
fetched; a crash anywhere is resumed by the next run, because the archive remembers what was fetched and
what was extracted.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
import time
from pathlib import Path
from typing import Any, Literal

from prefect import flow
from pydantic import BaseModel, Field

from crawlers.archive import RawArchive
from crawlers.sources import Source, load_sources
from flows import progress as progress_ui
from flows.lock import writer_lock
from flows.stages.crawl import CrawlReport
from flows.stages.extract import ExtractReport
from flows.stages.registry import remember_sources
from flows.tasks import alert_task, crawl_task, extract_task
from search.alerts.models import Alert
from search.store import open_store

__all__ = ["IngestSummary", "alert_task", "crawl_task", "extract_task", "ingest", "new_run_id"]

Kind = Literal["news", "decisions"]


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


def select_sources(
    sources: list[Source], only: list[str] | None = None, kinds: list[str] | None = None
) -> list[Source]:
    """The sources to crawl: those with an id in `only` and a kind in `kinds` (None: no restriction).
    An id in `only` that is not declared is an error naming the declared ids.

    >>> from crawlers.sources import Discovery
    >>> def src(i, k): return Source(id=i, name=i, province="Hà Nội", kind=k,
    ...     discovery=Discovery(type="feed", urls=["http://x.vn/rss"]))
    >>> [s.id for s in select_sources([src("a", "news"), src("b", "decisions")], kinds=["news"])]
    ['a']
    >>> select_sources([src("a", "news")], only=["zz"])
    Traceback (most recent call last):
    ValueError: unknown source id(s): zz (declared: a)
    """
    unknown = sorted(set(only or []) - {s.id for s in sources})
    if unknown:
        raise ValueError(
            f"unknown source id(s): {', '.join(unknown)} (declared: {', '.join(s.id for s in sources)})"
        )
    return [s for s in sources if (not only or s.id in only) and (not kinds or s.kind in kinds)]


def crawl_settings(registry_settings: dict[str, Any], since: dt.date | None) -> dict[str, Any]:
    """Scrapy setting overrides for every crawl of a run: the registry's, plus the date floor.

    `CNHT_SINCE` stops a listing's pagination once every dated item on a page is older (see
    `Discovery.dates`) and skips sitemap entries and child sitemaps dated before it; feeds are read whole.

    >>> crawl_settings({"DOWNLOAD_DELAY": 0}, dt.date(2024, 1, 31))
    {'DOWNLOAD_DELAY': 0, 'CNHT_SINCE': '2024-01-31'}
    """
    settings = dict(registry_settings)
    if since is not None:
        settings["CNHT_SINCE"] = since.isoformat()
    return settings


def crawl_all(
    sources: list[Source],
    data_dir: Path,
    run_id: str,
    settings: dict[str, Any],
    say: Any,
    progress: bool,
) -> tuple[list[CrawlReport], dict[str, str]]:
    """Crawl `sources` concurrently (one process each); a failed crawl is recorded, not raised."""
    reports: list[CrawlReport] = []
    failures: dict[str, str] = {}
    label = "crawling " + (sources[0].id if len(sources) == 1 else f"{len(sources)} sources")
    with progress_ui.archive_counter(data_dir, run_id, label, progress and bool(sources)):
        futures = {s.id: crawl_task.submit(s, data_dir, run_id, settings) for s in sources}
        results = {}
        for source_id, future in futures.items():
            try:
                results[source_id] = future.result()
            except Exception as exc:  # recorded, and the run goes on with what other crawls fetched
                results[source_id] = exc
    for source_id, result in results.items():
        if isinstance(result, Exception):
            failures[source_id] = str(result)
            with RawArchive(data_dir / "archive") as archive:
                archive.record_error("crawl", str(result), source=source_id, run_id=run_id)
            say(f"  {source_id}: FAILED: {result}")
            continue
        reports.append(result)
        say(
            f"  {source_id}: {result.pages_fetched} new page(s), {result.pages_already_archived} already "
            f"archived, {result.errors} error(s), {result.seconds:.1f} s"
        )
    return reports, failures


def write_run(data_dir: Path, run_id: str, summary: BaseModel) -> None:
    """Keep the run's summary as `DATA_DIR/runs/<run_id>.json`."""
    runs = Path(data_dir) / "runs"
    runs.mkdir(exist_ok=True)
    (runs / f"{run_id}.json").write_text(
        json.dumps(summary.model_dump(mode="json"), ensure_ascii=False, indent=2), encoding="utf-8"
    )


@flow(name="ingest")
def ingest(
    sources_file: Path,
    data_dir: Path,
    variables: dict[str, str] | None = None,
    only: list[str] | None = None,
    kinds: list[Kind] | None = None,
    since: dt.date | None = None,
    alert_stdout: bool = True,
    quiet: bool = False,
    progress: bool = False,
) -> IngestSummary:
    """Crawl the sources declared in `sources_file` and process what is new.

    `only` keeps the sources with these ids, `kinds` those of these kinds ("news", "decisions");
    `since` (a date) stops listing pagination at older items. `progress` draws counters and bars on
    stderr (for a terminal); `quiet` prints nothing.
    """
    started = time.monotonic()

    def say(line: str) -> None:
        if not quiet:
            print(line, flush=True)

    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    with writer_lock(data_dir):  # one writer per data directory (flows/lock.py)
        registry = load_sources(sources_file, variables)
        sources = select_sources(registry.sources, only, list(kinds) if kinds else None)
        summary = IngestSummary(run_id=new_run_id(), data_dir=str(data_dir))
        remember_sources(data_dir, registry.sources)

        say(f"crawling {len(sources)} source(s), one process each ...")
        summary.crawls, summary.crawl_failures = crawl_all(
            sources, data_dir, summary.run_id, crawl_settings(registry.settings, since), say, progress
        )

        say("extracting and tagging archived pages ...")
        all_sources = {s.id: s for s in registry.sources}
        summary.extract = extract_task(data_dir, all_sources, summary.run_id, quiet, progress)
        new_ids = summary.extract.stored_new + summary.extract.stored_changed
        say(f"  {len(new_ids)} new or changed document(s)")

        say("evaluating saved searches ...")
        summary.alerts = alert_task(data_dir, new_ids, alert_stdout)
        with open_store(data_dir, read_only=True) as store:
            summary.documents_total = store.count()
        summary.seconds = round(time.monotonic() - started, 2)
        write_run(data_dir, summary.run_id, summary)
        return summary
