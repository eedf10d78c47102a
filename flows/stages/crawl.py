"""Crawl stage: one source, one Scrapy process, every response into the raw archive.

After each crawl the source's health is written to the data dir: `health/<source>.json` (the latest run)
and one line per run in `health/<source>.jsonl`: requests, new and unchanged pages, errors by kind, links
dropped unrequested by reason (`scheme file`, `offsite host`, `robots` ...), and when a new page was last
found.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from crawlers.archive import now_iso
from crawlers.sources import Source
from flows.lock import held_descriptor


class CrawlError(RuntimeError):
    """The crawl process failed; what it fetched before failing is in the archive."""


class CrawlReport(BaseModel):
    source: str
    requests: int = 0
    responses: int = 0
    archived: int = 0
    pages_fetched: int = 0
    pages_already_archived: int = 0
    pages_refetched: int = 0  # archived pages asked for again because discovery announced a change
    pages_changed: int = 0  # ... whose new body differs: archived as a new record (a new version)
    pages_unchanged: int = 0  # ... answered 304 Not Modified or with the same bytes
    attachments_fetched: int = 0
    pages_parsed: int = 0
    unchanged: int = 0  # discovery pages (feeds, sitemaps, listings) answered 304 Not Modified
    skipped_before_since: int = 0  # sitemap entries and child sitemaps dated before the date floor
    listing_stopped_at_since: int = 0  # listing pages whose next page was not followed: all items older
    offsite_attachments: int = 0  # attachment links refused: their host is in no allowed list
    errors: int = 0
    retries: int = 0
    robots_forbidden: int = 0
    errors_by_kind: dict[str, int] = Field(default_factory=dict)  # e.g. {"HTTP 404": 1, "timeout": 2}
    # links discovered and never requested, by reason: {"scheme file": 1, "offsite host": 3, "robots": 2}
    links_dropped: dict[str, int] = Field(default_factory=dict)
    finish_reason: str = "unknown"
    crawl_seconds: float = 0.0  # inside the crawl process, engine start to close
    seconds: float = 0.0  # wall time, process start included


def crawl_command(
    source: Source, data_dir: Path, run_id: str, settings: dict[str, Any] | None, stats_out: Path
) -> list[str]:
    """The command line of one source's crawl process (`python -m crawlers.run ...`)."""
    return [
        sys.executable,
        "-m",
        "crawlers.run",
        "--source-json",
        source.model_dump_json(),
        "--settings-json",
        json.dumps(settings or {}),
        "--data-dir",
        str(data_dir),
        "--run-id",
        run_id,
        "--stats-out",
        str(stats_out),
        "--parent-pid",
        str(os.getpid()),
    ]


CRAWL_TIMEOUT = 3600.0  # seconds a crawl process may run before it is stopped (its archive is kept)
SECONDS_PER_LISTING_PAGE = 60.0  # a listing page and its ~20 articles at polite delays


def crawl_timeout(source: Source) -> float:
    """How long `source`'s crawl may run: an hour, or more for a listing walked deep (a backfill raises
    `max_pages` to hundreds), at about a minute per listing page and its articles.

    >>> from crawlers.sources import Discovery
    >>> def listing(pages):
    ...     d = Discovery(type="listing", urls=["https://a.vn/p", "https://a.vn/q"], links="a::attr(href)",
    ...                   max_pages=pages)
    ...     return Source(id="a", name="A", province="Hà Nội", kind="news", discovery=d)
    >>> crawl_timeout(listing(5)), crawl_timeout(listing(200))
    (3600.0, 24000.0)
    """
    d = source.discovery
    if d.type != "listing":
        return CRAWL_TIMEOUT
    return max(CRAWL_TIMEOUT, d.max_pages * len(d.urls) * SECONDS_PER_LISTING_PAGE)


def start_failure(source_id: str, stats: dict[str, Any]) -> str | None:
    """The failure, in words, of a crawl that stopped before its first request (Scrapy's finish reason
    "start_error"), else None. Such a crawl fetched nothing, and is failed rather than reported as a crawl
    that found nothing new: once, four crawl processes creating a new archive together left one unable to
    open it, and that source's pages came only with the next run.

    >>> start_failure("a", {"finish_reason": "start_error", "start_error": "OperationalError: locked"})
    'crawl of a could not start: OperationalError: locked'
    >>> start_failure("a", {"finish_reason": "start_error"})
    'crawl of a could not start: an error before its first request (see the crawl log)'
    >>> start_failure("a", {"finish_reason": "finished"}) is None
    True
    """
    if stats.get("finish_reason") != "start_error":
        return None
    cause = stats.get("start_error") or "an error before its first request (see the crawl log)"
    return f"crawl of {source_id} could not start: {cause}"


def crawl_source(
    source: Source,
    data_dir: Path,
    run_id: str,
    settings: dict[str, Any] | None = None,
    timeout: float | None = None,
) -> CrawlReport:
    """Run `python -m crawlers.run` for `source` and return its figures. Raises CrawlError on failure.

    `timeout` defaults to `crawl_timeout(source)`."""
    timeout = crawl_timeout(source) if timeout is None else timeout
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cnht-crawl-") as tmp:
        stats_path = Path(tmp) / "stats.json"
        command = crawl_command(source, data_dir, run_id, settings, stats_path)
        failure = None
        try:
            lock_fd = held_descriptor(data_dir)  # the crawl holds the lock too (flows/lock.py)
            proc = subprocess.run(
                command,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
                pass_fds=() if lock_fd is None else (lock_fd,),
            )
        except subprocess.TimeoutExpired:
            failure = f"crawl of {source.id} did not finish in {timeout:.0f} s"
        else:
            if proc.returncode != 0 or not stats_path.exists():
                tail = (proc.stderr or "").strip().splitlines()[-5:]
                failure = f"crawl of {source.id} exited with {proc.returncode}: " + " | ".join(tail)
            else:
                stats = json.loads(stats_path.read_text(encoding="utf-8"))
                failure = start_failure(source.id, stats)
        if failure is not None:
            failed = CrawlReport(source=source.id, finish_reason="failed", seconds=time.monotonic() - started)
            write_health(data_dir, failed, run_id, failure=failure)
            raise CrawlError(failure)
    report = CrawlReport(source=source.id, seconds=round(time.monotonic() - started, 2), **stats)
    write_health(data_dir, report, run_id)
    return report


class DriftCounts(BaseModel):
    """The layout-drift signal of one source in one run: of the pages its crawl fetched (items), how many
    the extractor found without a title, without a published date, or with an empty or very short body.
    A jump in the share of flawed items means the site's markup changed under the parser.

    >>> a = DriftCounts.of_item(has_title=True, has_date=False, short_body=False)
    >>> b = DriftCounts.of_item(has_title=False, has_date=False, short_body=True)
    >>> total = a + b
    >>> (total.items, total.no_title, total.no_date, total.short_body, total.flawed, total.ratio)
    (2, 1, 2, 1, 2, 1.0)
    >>> DriftCounts().ratio is None
    True
    """

    items: int = 0
    no_title: int = 0
    no_date: int = 0
    short_body: int = 0
    flawed: int = 0  # items with at least one of the three

    @classmethod
    def of_item(cls, *, has_title: bool, has_date: bool, short_body: bool) -> DriftCounts:
        flawed = not has_title or not has_date or short_body
        return cls(
            items=1,
            no_title=int(not has_title),
            no_date=int(not has_date),
            short_body=int(short_body),
            flawed=int(flawed),
        )

    def __add__(self, other: DriftCounts) -> DriftCounts:
        return DriftCounts(**{k: getattr(self, k) + getattr(other, k) for k in type(self).model_fields})

    @property
    def ratio(self) -> float | None:
        """Share of flawed items; None when the run fetched no item."""
        return self.flawed / self.items if self.items else None


class CrawlHealth(BaseModel):
    """One source's crawl, as monitoring reads it."""

    source: str
    run_id: str
    at: str  # when the crawl ended (UTC)
    ok: bool  # the crawl process finished normally
    failure: str | None = None
    requests: int
    pages_new: int
    pages_already_archived: int
    unchanged: int  # discovery pages answered 304
    # added later: absent from older health lines, hence the defaults
    pages_changed: int = 0  # archived pages re-published with a new body
    pages_unchanged: int = 0  # archived pages announced as changed, found the same (304 or same bytes)
    attachments_fetched: int = 0
    errors: int
    errors_by_kind: dict[str, int]
    retries: int
    finish_reason: str
    seconds: float
    last_new_at: str | None  # when this source last yielded a new page, over all runs recorded
    drift: DriftCounts | None = None  # added by the extract stage of the same run (record_drift)
    links_dropped: dict[str, int] = Field(default_factory=dict)  # links never requested, by reason


def write_health(data_dir: Path, report: CrawlReport, run_id: str, failure: str | None = None) -> CrawlHealth:
    """Write `health/<source>.json` and append to `health/<source>.jsonl`; returns what was written."""
    folder = Path(data_dir) / "health"
    folder.mkdir(parents=True, exist_ok=True)
    latest = folder / f"{report.source}.json"
    previous: str | None = None
    if latest.exists():
        try:
            previous = json.loads(latest.read_text(encoding="utf-8")).get("last_new_at")
        except ValueError:  # unreadable: the history in the .jsonl file still holds it
            previous = None
    at = now_iso()
    health = CrawlHealth(
        source=report.source,
        run_id=run_id,
        at=at,
        ok=failure is None and report.finish_reason == "finished",
        failure=failure,
        requests=report.requests,
        pages_new=report.pages_fetched,
        pages_already_archived=report.pages_already_archived,
        unchanged=report.unchanged,
        pages_changed=report.pages_changed,
        pages_unchanged=report.pages_unchanged,
        attachments_fetched=report.attachments_fetched,
        errors=report.errors,
        errors_by_kind=report.errors_by_kind,
        retries=report.retries,
        finish_reason=report.finish_reason,
        seconds=round(report.seconds, 2),
        last_new_at=at if report.pages_fetched else previous,
        links_dropped=report.links_dropped,
    )
    line = health.model_dump_json()
    with open(folder / f"{report.source}.jsonl", "a", encoding="utf-8") as fh:
        fh.write(line + "\n")
    tmp = latest.with_suffix(".json.tmp")
    tmp.write_text(line, encoding="utf-8")
    tmp.replace(latest)
    return health


def record_drift(data_dir: Path, run_id: str, source: str, counts: DriftCounts) -> bool:
    """Add the layout-drift counts of `source` to its health record of run `run_id`, in the history
    (`health/<source>.jsonl`) and in the latest record (`health/<source>.json`) when that is the run.
    Returns False when no crawl of that run is recorded (e.g. a re-extraction, which crawls nothing)."""
    folder = Path(data_dir) / "health"
    history = folder / f"{source}.jsonl"
    if not run_id or not history.exists():
        return False
    lines = history.read_text(encoding="utf-8").splitlines()
    found = False
    for i in range(len(lines) - 1, -1, -1):  # the run is almost always the last line
        try:
            health = CrawlHealth.model_validate_json(lines[i])
        except ValueError:
            continue
        if health.run_id == run_id:
            lines[i] = health.model_copy(update={"drift": counts}).model_dump_json()
            found = True
            break
    if not found:
        return False
    _replace(history, "\n".join(lines) + "\n")
    latest = folder / f"{source}.json"
    try:
        current = CrawlHealth.model_validate_json(latest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return True
    if current.run_id == run_id:
        _replace(latest, current.model_copy(update={"drift": counts}).model_dump_json())
    return True


def _replace(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file: a reader never sees half a file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
