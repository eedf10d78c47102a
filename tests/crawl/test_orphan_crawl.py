"""A flow killed with SIGKILL while a source's crawl runs leaves no crawl writing behind it: the crawl
process keeps the data directory's lock while it lives (it inherited the lock's descriptor), so no next
run writes beside it, and it stops by itself within seconds, keeping what it had fetched."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawlers.archive import RawArchive
from flows.lock import DataDirBusy, writer_lock
from tests.crawl.generated_site import generated_source, serve_generated_site
from tests.crawl.test_kill_and_resume import _stored_pages

SLOW = {
    "DOWNLOAD_DELAY": 0.05,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 1,
    "LOG_LEVEL": "WARNING",
}

FLOW = """
import json, sys
from pathlib import Path
from crawlers.sources import Source
from flows.lock import writer_lock
from flows.stages.crawl import crawl_source
source = Source.model_validate_json(sys.argv[1])
data_dir = Path(sys.argv[2])
with writer_lock(data_dir, "test flow"):
    crawl_source(source, data_dir, "orphaned", json.loads(sys.argv[3]), timeout=600)
"""


def _crawls_of(data_dir: Path) -> list[int]:
    """Pids of the `crawlers.run` processes writing `data_dir`."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"crawlers.run" in argv and str(data_dir).encode() in argv:
            pids.append(int(entry.name))
    return pids


def _wait(predicate, limit: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the crawl process through /proc (Linux)")
def test_a_crawl_whose_flow_was_killed_holds_the_lock_then_stops_and_keeps_its_pages(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    index = data_dir / "archive" / "index.sqlite3"
    with serve_generated_site(pages=2000, article_kb=2) as base:
        source = generated_source(base, pages=2000)
        flow = subprocess.Popen(
            [sys.executable, "-c", FLOW, source.model_dump_json(), str(data_dir), json.dumps(SLOW)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=Path(__file__).resolve().parents[2],
        )
        try:
            assert _wait(lambda: _stored_pages(index) >= 5, 120), "the crawl never stored a page"
            crawls = _crawls_of(data_dir)
            assert len(crawls) == 1
        finally:
            flow.send_signal(signal.SIGKILL)
            flow.wait()

        # the orphan still holds the lock: a next run is refused, not let in beside it
        with pytest.raises(DataDirBusy), writer_lock(data_dir, "next run", wait=0):
            pass
        assert _wait(lambda: not _crawls_of(data_dir), 30), "the orphaned crawl kept running"
        stored = _stored_pages(index)
        assert 5 <= stored < 2000  # stopped early, keeping what it fetched

    with writer_lock(data_dir, "next run", wait=0), RawArchive(data_dir / "archive") as archive:
        pages = archive.db.execute("SELECT COUNT(*) FROM records WHERE role = 'page'").fetchone()[0]
    assert pages == stored
    assert os.path.exists(data_dir / "cnht.lock")
