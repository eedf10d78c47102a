"""One writer per data directory, between real processes: a second writer is refused with one line naming
the holder (or waits with --lock-wait), and the lock of a holder killed with SIGKILL is free at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
import yaml

from flows.lock import LOCK_FILE
from search.alerts.models import SavedSearch
from search.alerts.state import AlertState
from search.records import SearchQuery
from tests.loopback import serving

CNHT = [sys.executable, "-m", "flows.cli"]
ARTICLE = (
    "<html lang='vi'><head><meta charset='utf-8'><title>Doanh nghiệp công nghiệp hỗ trợ ký kết hợp đồng "
    "cung ứng linh kiện</title></head><body><article><h1>Ký kết hợp đồng cung ứng</h1><p>"
    + "Doanh nghiệp công nghiệp hỗ trợ trong tỉnh ký kết hợp đồng cung ứng linh kiện điện tử. " * 8
    + "</p></article></body></html>"
)


class SlowFeedSite(BaseHTTPRequestHandler):
    """A feed that answers once the test sets `release` (or after `delay` seconds), so an ingest holds the
    data directory for as long as the test needs, however slowly commands start on a loaded machine."""

    delay = 6.0
    release = threading.Event()

    def do_GET(self) -> None:
        base = f"http://{self.headers['Host']}"
        if self.path == "/robots.txt":
            body, kind = b"User-agent: *\nAllow: /\n", "text/plain"
        elif self.path == "/rss.xml":
            self.release.wait(self.delay)
            body = (
                f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>t</title>"
                f"<item><title>a</title><link>{base}/tin/a.html</link></item></channel></rss>"
            ).encode()
            kind = "application/rss+xml"
        else:
            body, kind = ARTICLE.encode(), "text/html; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def slow_sources(tmp_path: Path) -> Iterator[Path]:
    with serving(SlowFeedSite) as base:
        path = tmp_path / "sources.yaml"
        source = {
            "id": "slow-news",
            "name": "Slow",
            "province": "Bắc Ninh",
            "kind": "news",
            "discovery": {"type": "feed", "urls": [f"{base}/rss.xml"]},
        }
        settings = {"DOWNLOAD_DELAY": 0, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0, "DOWNLOAD_TIMEOUT": 600}
        path.write_text(yaml.safe_dump({"settings": settings, "sources": [source]}), encoding="utf-8")
        yield path


def _cnht(data_dir: Path, *args: str, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CNHT, "--data-dir", str(data_dir), *args], capture_output=True, text=True, timeout=timeout
    )


def _wait_for_holder(data_dir: Path, pid: int, limit: float = 120) -> dict[str, object]:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            info = json.loads((data_dir / LOCK_FILE).read_text() or "{}")
        except (OSError, ValueError):
            info = {}
        if info.get("pid") == pid:
            return info
        time.sleep(0.1)
    raise AssertionError(f"pid {pid} never took the lock")


def _holder_pid(data_dir: Path) -> object:
    try:
        return json.loads((data_dir / LOCK_FILE).read_text() or "{}").get("pid")
    except (OSError, ValueError):
        return None


def _add_search(data_dir: Path) -> None:
    with AlertState(data_dir) as state:
        state.add_search(SavedSearch(id="cnht", name="cnht", query=SearchQuery(text="linh kien")))


def test_a_second_ingest_on_one_data_dir_is_refused_with_the_holders_pid_and_command(
    tmp_path: Path, slow_sources: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SlowFeedSite, "delay", 240.0)  # the feed answers when the test says so
    monkeypatch.setattr(SlowFeedSite, "release", threading.Event())
    data_dir = tmp_path / "cnht-data"
    _add_search(data_dir)
    first = subprocess.Popen(
        [*CNHT, "--data-dir", str(data_dir), "ingest", "--sources", str(slow_sources), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        _wait_for_holder(data_dir, first.pid)
        second = _cnht(data_dir, "ingest", "--sources", str(slow_sources))
        assert second.returncode == 1
        lines = second.stderr.strip().splitlines()
        assert len(lines) == 1, second.stderr
        assert f"pid {first.pid}" in lines[0] and "ingest --sources" in lines[0]
        assert "--lock-wait" in lines[0] and "Traceback" not in second.stderr
        refused_send = _cnht(data_dir, "alerts", "send")  # an overlapping cron `alerts send` too
        assert refused_send.returncode == 1 and f"pid {first.pid}" in refused_send.stderr
        # a `--lock-wait` send started while the ingest holds the lock waits for it, then runs (the ingest
        # process may still be shutting down after it released the lock: its exit is not the signal)
        waiting = subprocess.Popen(
            [*CNHT, "--data-dir", str(data_dir), "--lock-wait", "200", "alerts", "send", "--json"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert first.poll() is None and _holder_pid(data_dir) == first.pid  # the ingest still holds it
        SlowFeedSite.release.set()
        _, waited_err = waiting.communicate(timeout=240)
        assert waiting.returncode == 0, waited_err
        out, _ = first.communicate(timeout=60)
    finally:
        first.kill()
        first.wait()
    assert first.returncode == 0
    assert len(json.loads(out)["extract"]["stored_new"]) == 1  # the first ingest was not disturbed


def test_the_lock_of_a_holder_killed_with_sigkill_is_taken_over_at_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    _add_search(data_dir)
    hold = (
        "import sys, time\nfrom flows.lock import writer_lock\n"
        "with writer_lock(sys.argv[1], 'cnht reindex'):\n    print('held', flush=True)\n    time.sleep(600)\n"
    )
    holder = subprocess.Popen([sys.executable, "-c", hold, str(data_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        refused = _cnht(data_dir, "alerts", "send")
        assert refused.returncode == 1
        assert f"pid {holder.pid} (cnht reindex)" in refused.stderr
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        after = _cnht(data_dir, "alerts", "send", "--json")  # no --lock-wait: the lock is free at once
        assert after.returncode == 0, after.stderr
    finally:
        holder.kill()
        holder.wait()
    assert json.loads(after.stdout)["sent"] == []
