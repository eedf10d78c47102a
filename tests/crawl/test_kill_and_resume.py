"""A crawl killed with SIGKILL halfway through a 2,000-page site, then run again, stores every page once."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import time
from pathlib import Path

from crawlers.archive import RawArchive
from flows.stages.crawl import crawl_command, crawl_source
from tests.crawl.generated_site import FAST_SETTINGS, generated_source, serve_generated_site

PAGES = 2000


def _stored_pages(index: Path) -> int:
    if not index.exists():
        return 0
    db = sqlite3.connect(f"file:{index}?mode=ro", uri=True, timeout=5)
    try:
        return db.execute("SELECT COUNT(*) FROM records WHERE role = 'page'").fetchone()[0]
    except sqlite3.OperationalError:  # the crawl has not created the table yet
        return 0
    finally:
        db.close()


def _kill_when_stored(command: list[str], index: Path, at_least: int, limit: float = 120) -> int:
    """Start the crawl process, SIGKILL it once `at_least` pages are in the archive; pages stored by then."""
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + limit
    try:
        while proc.poll() is None and time.monotonic() < deadline and _stored_pages(index) < at_least:
            time.sleep(0.05)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the crawl ended before it could be killed"
    return _stored_pages(index)


def test_killed_crawl_resumes_and_stores_every_page_exactly_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_generated_site(pages=PAGES, article_kb=2) as base:
        source = generated_source(base, pages=PAGES)
        command = crawl_command(source, data_dir, "killed", FAST_SETTINGS, tmp_path / "stats.json")
        stored_before_kill = _kill_when_stored(command, data_dir / "archive" / "index.sqlite3", PAGES // 3)
        assert 0 < stored_before_kill < PAGES
        resumed = crawl_source(source, data_dir, "resumed", FAST_SETTINGS, timeout=300)

    with RawArchive(data_dir / "archive") as archive:
        rows = archive.db.execute(
            "SELECT url, COUNT(*) FROM records WHERE role = 'page' AND status = 200 GROUP BY url"
        ).fetchall()
        other = archive.db.execute("SELECT COUNT(*) FROM records WHERE role = 'page' AND status != 200")
        assert other.fetchone()[0] == 0
    counts = {url: n for url, n in rows}
    assert set(counts) == {f"{base}/a/{i}.html" for i in range(1, PAGES + 1)}
    assert set(counts.values()) == {1}
    assert resumed.finish_reason == "finished"
    assert resumed.pages_already_archived >= stored_before_kill
    assert resumed.pages_fetched == PAGES - stored_before_kill
