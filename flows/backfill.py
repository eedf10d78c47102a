"""The `backfill` flow: one source's past, from a date on (optionally up to a date), then the usual
extract -> tag -> index -> alert.

How the range is honoured, stage by stage:
- **Crawl.** The date floor goes to the crawl as the `CNHT_SINCE` setting. A listing source follows its
  next pages (up to `max_pages`, raised for a backfill) until every dated item on a page is older than
  the floor; that needs the source's `discovery.dates` selector, without it pagination runs to
  `max_pages`. A sitemap's entries and child sitemaps whose `<lastmod>` (or news
  `<news:publication_date>`) is before the floor are not fetched; undated ones are. A feed only lists its
  recent items. There is no upper bound at crawl time: a listing must be walked through the newer pages
  to reach the older ones anyway, and pages already archived are never fetched again.
- **After extraction** each new or changed document of the source is sorted by its published date into
  in range, out of range or undated. Nothing is dropped: every fetched page is archived, stored and
  searchable (search with --since/--until to see only the range), and alerts behave as in `ingest`.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from prefect import flow
from pydantic import BaseModel, Field

from crawlers.sources import Source, load_sources
from flows.ingest import crawl_all, crawl_settings, new_run_id, select_sources, write_run
from flows.lock import writer_lock
from flows.stages.crawl import CrawlReport
from flows.stages.extract import ExtractReport
from flows.stages.registry import remember_sources
from flows.tasks import alert_task, extract_task
from search.alerts.models import Alert
from search.records import SearchQuery
from search.store import open_store

DEFAULT_MAX_PAGES = 200  # listing pages per start URL; the date floor usually stops far earlier


class BackfillSummary(BaseModel):
    run_id: str
    data_dir: str
    source: str
    since: dt.date
    until: dt.date | None = None
    crawl: CrawlReport | None = None
    crawl_failure: str | None = None
    extract: ExtractReport = Field(default_factory=ExtractReport)
    in_range: list[str] = Field(default_factory=list)  # new or changed documents of the source, in range
    out_of_range: list[str] = Field(default_factory=list)  # ... published before `since` or after `until`
    undated: list[str] = Field(default_factory=list)  # ... without a published date
    source_documents_in_range: int = 0  # the source's documents in range in the store, earlier ones too
    notes: list[str] = Field(default_factory=list)  # what limits this backfill (discovery type, selectors)
    alerts: list[Alert] = Field(default_factory=list)
    seconds: float = 0.0


def date_bucket(published: str | None, since: dt.date, until: dt.date | None) -> str:
    """ "in", "out" or "undated": where a published timestamp falls in [since, until], by its own
    (Vietnamese) calendar date.

    >>> date_bucket("2024-12-31T23:30:00+07:00", dt.date(2024, 12, 31), dt.date(2024, 12, 31))
    'in'
    >>> date_bucket("2025-01-01T00:10:00+07:00", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    'out'
    >>> date_bucket(None, dt.date(2024, 1, 1), None)
    'undated'
    """
    if not published:
        return "undated"
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return "undated"
    return "in" if since <= day and (until is None or day <= until) else "out"


def backfill_source(source: Source, max_pages: int) -> tuple[Source, list[str]]:
    """The source as a backfill crawls it (listing pagination raised to `max_pages`), and notes on what
    limits the backfill."""
    discovery = source.discovery
    notes: list[str] = []
    if discovery.type == "listing":
        pages = max(discovery.max_pages, max_pages)
        source = source.model_copy(update={"discovery": discovery.model_copy(update={"max_pages": pages})})
        if not discovery.dates:
            notes.append(
                f"{source.id} declares no `discovery.dates` selector: listing pages are followed up to "
                f"{pages} per start URL, not stopped at the date floor"
            )
    elif discovery.type == "feed":
        notes.append(f"{source.id} is discovered through a feed, which lists only its recent items")
    else:
        notes.append(
            f"{source.id} is discovered through sitemaps: entries and child sitemaps dated before the "
            "floor are skipped, undated ones are read"
        )
    return source, notes


def check_range(since: dt.date, until: dt.date | None) -> None:
    if until is not None and until < since:
        raise ValueError(f"--until {until} is before --since {since}: give an end date on or after the start")


@flow(name="backfill")
def backfill(
    source: str,
    since: dt.date,
    sources_file: Path,
    data_dir: Path,
    until: dt.date | None = None,
    variables: dict[str, str] | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    alert_stdout: bool = True,
    quiet: bool = False,
    progress: bool = False,
) -> BackfillSummary:
    """Crawl one source's pages published from `since` (to `until`) and process them like `ingest`."""
    started = time.monotonic()
    check_range(since, until)

    def say(line: str) -> None:
        if not quiet:
            print(line, flush=True)

    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    with writer_lock(data_dir):  # one writer per data directory (flows/lock.py)
        registry = load_sources(sources_file, variables)
        (declared,) = select_sources(registry.sources, [source])
        target, notes = backfill_source(declared, max_pages)
        summary = BackfillSummary(
            run_id=new_run_id(), data_dir=str(data_dir), source=source, since=since, until=until, notes=notes
        )
        remember_sources(data_dir, registry.sources)
        for note in notes:
            say(f"note: {note}")

        say(f"backfilling {source} from {since}" + (f" to {until}" if until else "") + " ...")
        reports, failures = crawl_all(
            [target], data_dir, summary.run_id, crawl_settings(registry.settings, since), say, progress
        )
        summary.crawl = reports[0] if reports else None
        summary.crawl_failure = failures.get(source)

        say("extracting and tagging archived pages ...")
        summary.extract = extract_task(
            data_dir, {s.id: s for s in registry.sources}, summary.run_id, quiet, progress
        )
        new_ids = summary.extract.stored_new + summary.extract.stored_changed
        buckets = {"in": summary.in_range, "out": summary.out_of_range, "undated": summary.undated}
        with open_store(data_dir, read_only=True) as store:
            for doc_id in new_ids:
                doc = store.get(doc_id)
                if doc is not None and doc.source == source:
                    buckets[date_bucket(doc.document.published, since, until)].append(doc_id)
            query = SearchQuery(source=source, since=since, until=until, limit=1, facets=[])
            summary.source_documents_in_range = store.search(query).total
        say(
            f"  {len(summary.in_range)} new document(s) in range, {len(summary.out_of_range)} out of range, "
            f"{len(summary.undated)} undated"
        )

        say("evaluating saved searches ...")
        summary.alerts = alert_task(data_dir, new_ids, alert_stdout)
        summary.seconds = round(time.monotonic() - started, 2)
        write_run(data_dir, summary.run_id, summary)
        return summary
