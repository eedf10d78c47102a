"""A crawl whose archive cannot be opened fails with the cause; one that another process holds a moment waits.

On the first run every crawl process (one per source) creates the archive's index at the same time. Once in
CI, one of them could not switch the new index to WAL mode ("database is locked": SQLite does not wait for
that switch), Scrapy closed its spider as "start_error", and the run reported that source as a crawl that
found nothing: its pages came only with the next run."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from crawlers.sample_site import SOURCES_FILE
from crawlers.sources import load_sources
from flows.stages.crawl import CrawlError, crawl_source


def _decisions_source(base: str):  # type: ignore[no-untyped-def]
    registry = load_sources(SOURCES_FILE, {"base": base})
    return next(s for s in registry.sources if s.id == "bacninh-vanban"), registry.settings


def test_a_crawl_waits_for_a_new_archive_another_process_is_writing(tmp_path: Path, sample_base: str) -> None:
    source, settings = _decisions_source(sample_base)
    data_dir = tmp_path / "cnht-data"
    (data_dir / "archive").mkdir(parents=True)
    other = sqlite3.connect(
        data_dir / "archive" / "index.sqlite3", isolation_level=None, check_same_thread=False
    )
    other.execute("BEGIN IMMEDIATE")  # another crawl process creating the index, in the middle of it
    other.execute("CREATE TABLE IF NOT EXISTS other_process (x)")
    release = threading.Timer(6.0, lambda: other.execute("COMMIT"))  # the crawl process starts in ~2 s
    release.start()
    try:
        report = crawl_source(source, data_dir, "run-1", settings, timeout=120)
    finally:
        release.join()
        other.close()
    assert report.finish_reason == "finished"
    assert report.pages_fetched == 6


def test_a_crawl_that_cannot_open_its_archive_fails_with_the_cause(tmp_path: Path, sample_base: str) -> None:
    source, settings = _decisions_source(sample_base)
    data_dir = tmp_path / "cnht-data"
    (data_dir / "archive").mkdir(parents=True)
    (data_dir / "archive" / "index.sqlite3").write_bytes(b"not an index " * 100)
    cause = r"crawl of bacninh-vanban could not start: .*file is not a database"
    with pytest.raises(CrawlError, match=cause):
        crawl_source(source, data_dir, "run-1", settings, timeout=120)
