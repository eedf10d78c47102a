"""Managing alerts in a real browser (Debian's Chromium), at a desktop (1366x768) and a phone (390x844)
size: save a search as an alert from the search page, edit it, pause and resume it, send a test, see a
failed delivery (a loopback webhook answering 500) with its reason in Vietnamese on the alerts page and
the alert's own page, see the notice once 7 failed attempts in a row disabled it, and delete it after a
confirmation. Then the status page after a crawl to a closed loopback port flags the source with the
cause in words on its first run. Every page passes axe-core with no serious or critical violation and
fits the screen; screenshots go to test-artifacts/browser/alerts-<size>-<step>.png.

This module serves its own copy of the web tests' data (its saved searches and deliveries change), and a
second `cnht serve` over the data of the failed crawl."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from crawlers.sample_site import SOURCES_FILE
from crawlers.sources import load_sources
from flows.stages.crawl import crawl_source
from search.alerts import AlertState, AtomFeedChannel, WebhookChannel
from search.alerts.engine import deliver_new, resend_pending
from search.alerts.state import MAX_FAILURES
from search.store import open_store
from tests.browser.conftest import ACTION_TIMEOUT_MS, ARTIFACTS, REPO_ROOT, TOKEN, _free_port, _wait_healthy
from tests.browser.test_layout_and_a11y import SIZES, _serious_violations


@contextmanager
def serving(data_dir: Path, log: Path) -> Iterator[str]:
    """`cnht serve` with the browser tests' token over `data_dir`; yields its base URL."""
    port = _free_port()
    cmd = [sys.executable, "-m", "flows.cli", "--data-dir", str(data_dir), "serve", "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd,
            cwd=REPO_ROOT,
            env={**os.environ, "CNHT_API_TOKEN": TOKEN},
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_healthy(proc, base, log)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def own_data(web_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("alerts-browser") / "cnht-data"
    shutil.copytree(web_data, data_dir)
    return data_dir


@pytest.fixture(scope="module")
def server(own_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Overrides the package's server: this module's pages are served from its own copy of the data."""
    with serving(own_data, tmp_path_factory.mktemp("serve-alerts") / "serve.log") as base:
        yield base


@pytest.fixture(scope="module")
def failing_hook() -> Iterator[str]:
    """A webhook on 127.0.0.1 that answers every POST with 500."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(500)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    hook = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=hook.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{hook.server_address[1]}/hook"
    finally:
        hook.shutdown()
        hook.server_close()


def _check(page: Page, axe_source: str, size: str, step: str) -> None:
    """Screenshot, nothing wider than the screen, no serious or critical axe-core violation."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"alerts-{size}-{step}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"{step} scrolls sideways by {overflow} px"
    violations = _serious_violations(page, axe_source)
    assert not violations, json.dumps(violations, ensure_ascii=False, indent=1)


def _deliver_and_fail(data_dir: Path, search_id: str) -> None:
    """Alert the saved search's matching documents as `cnht ingest` would (the webhook answers 500),
    then retry once each backoff is over until MAX_FAILURES attempts in a row have failed."""
    with open_store(data_dir, read_only=True) as store, AlertState(data_dir) as state:
        search = state.get_search(search_id)
        assert search is not None
        ids = [h.id for h in store.search(search.query.model_copy(update={"limit": 50})).hits]
        assert ids, "the edited search matches no document"

        def channels() -> dict:
            return {
                "atom": AtomFeedChannel(data_dir),
                "webhook": WebhookChannel(state.get_search, timeout=2.0, retries=0),
            }

        deliver_new(store, state, ids, channels())
        for _ in range(MAX_FAILURES - 1):
            (health,) = state.health(search_id).channels
            later = dt.datetime.fromisoformat(health.next_attempt_at or "") + dt.timedelta(seconds=1)
            resend_pending(state, channels(), now=later)
        assert state.health(search_id).state == "disabled"


@pytest.mark.parametrize("size", SIZES)
def test_save_edit_pause_test_fail_and_delete_an_alert(
    page: Page, axe_source: str, server: str, own_data: Path, failing_hook: str, size: str
) -> None:
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    alert_id = f"theo-doi-{size}"

    # save the search as an alert, from the search page
    page.goto("/?q=linh+kien")
    page.get_by_role("link", name="Lưu thành cảnh báo").click()
    page.wait_for_url(re.compile(r"/alerts\?q=linh"))
    expect(page.get_by_label("Từ khóa")).to_have_value("linh kien")
    page.get_by_label("Mã (chữ, số, - _ .)").fill(alert_id)
    page.locator("form.alert-form").get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Lưu").click()
    expect(page.locator("p.ok")).to_contain_text(alert_id)
    feed = httpx.get(f"{server}/feeds/{alert_id}.atom", trust_env=False)
    assert feed.status_code == 200 and "<feed" in feed.text  # subscribable at once, before any alert
    _check(page, axe_source, size, "1-saved")

    # edit it: other words, and a webhook (a loopback server that answers 500)
    page.locator(f"#alert-{alert_id}").get_by_role("link", name="Sửa").click()
    page.wait_for_url(re.compile(rf"/alerts/{alert_id}/edit$"))
    expect(page.get_by_label("Từ khóa")).to_have_value("linh kien")
    _check(page, axe_source, size, "2-edit")
    page.get_by_label("Từ khóa").fill("cong nghiep ho tro")
    page.get_by_label("URL mới").fill(failing_hook)
    page.get_by_label("Cho phép địa chỉ nội bộ").check()
    page.get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Lưu thay đổi").click()
    expect(page.locator("p.ok")).to_contain_text("Đã lưu thay đổi")
    expect(page.locator("table.meta")).to_contain_text("cong nghiep ho tro")
    expect(page.locator("table.meta")).to_contain_text("webhook: địa chỉ ẩn")
    assert failing_hook not in page.content()  # the recipient is not shown on a page

    # pause it, then enable it again
    page.locator("form", has=page.get_by_role("button", name="Tạm dừng")).get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Tạm dừng").click()
    expect(page.locator("p.ok")).to_contain_text("Đã tạm dừng")
    expect(page.locator("table.meta td.state")).to_contain_text("Tạm dừng")
    _check(page, axe_source, size, "3-paused")
    page.goto("/alerts")
    expect(page.locator(f"#alert-{alert_id} td.state")).to_contain_text("Tạm dừng")
    page.goto(f"/alerts/{alert_id}")
    page.locator("form", has=page.get_by_role("button", name="Bật lại")).get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Bật lại").click()
    expect(page.locator("table.meta td.state")).to_contain_text("Đang chạy")

    # a test send: the webhook answers 500, said in words, and kept in the history
    page.locator("form", has=page.get_by_role("button", name="Gửi thử")).get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Gửi thử").click()
    expect(page.locator("section.tested")).to_contain_text("webhook: thất bại — webhook trả lời 500")
    expect(page.locator("table.history tbody tr").first).to_contain_text("(gửi thử)")

    # real deliveries fail 7 times in a row: on the alerts page with their reason, and a notice
    _deliver_and_fail(own_data, alert_id)
    page.goto("/alerts")
    notice = page.locator(f"#notice-{alert_id}")
    expect(notice).to_contain_text("tự tắt")
    expect(notice).to_contain_text(f"sau {MAX_FAILURES} lần gửi thất bại liên tiếp")
    expect(notice).to_contain_text("webhook trả lời 500")
    expect(page.locator(f"#alert-{alert_id} td.state")).to_contain_text("Đã tự tắt")
    failed = page.locator("table.history tbody tr.failed", has=page.locator(f"a[href='/alerts/{alert_id}']"))
    expect(failed.first).to_contain_text("webhook trả lời 500")
    expect(failed.first).to_contain_text("Thất bại")
    assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", failed.first.inner_text())  # a time, Vietnam's
    _check(page, axe_source, size, "4-failed")
    page.goto(f"/alerts/{alert_id}")
    expect(page.locator("p.notice")).to_contain_text("tự tắt")
    rows = page.locator("table.history tbody tr.failed")
    assert rows.count() >= MAX_FAILURES + 1  # every attempt, the test send too
    _check(page, axe_source, size, "5-history")

    # delete, after a confirmation
    page.get_by_role("link", name="Xóa…").click()
    page.wait_for_url(re.compile(rf"/alerts/{alert_id}/delete$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Xóa cảnh báo")
    _check(page, axe_source, size, "6-confirm-delete")
    page.get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Xóa hẳn").click()
    expect(page.locator("p.ok")).to_contain_text(f"Đã xóa tìm kiếm {alert_id}")
    expect(page.locator(f"#alert-{alert_id}")).to_have_count(0)


@pytest.fixture(scope="module")
def unreachable_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`cnht serve` over the data of one crawl of a source at a closed loopback port."""
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data_dir = tmp_path_factory.mktemp("unreachable") / "cnht-data"
    registry = load_sources(SOURCES_FILE, {"base": f"http://127.0.0.1:{port}"})
    source = next(s for s in registry.sources if s.id == "hcm-news")
    fast = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0}
    crawl_source(source, data_dir, "run-1", {**registry.settings, **fast}, timeout=120)
    with serving(data_dir, data_dir.parent / "serve.log") as base:
        yield base


@pytest.mark.parametrize("size", SIZES)
def test_the_status_page_flags_an_unreachable_source_on_its_first_run_with_the_cause_in_words(
    browser, axe_source: str, unreachable_server: str, size: str
) -> None:
    width, height = SIZES[size]
    context = browser.new_context(base_url=unreachable_server, locale="vi-VN")
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    page = context.new_page()
    try:
        page.set_viewport_size({"width": width, "height": height})
        page.goto("/status")
        row = page.locator("table.status tbody tr.flagged", has_text="hcm-news")
        expect(row).to_contain_text("thất bại")
        expect(page.locator("table.status tr.flag")).to_contain_text(
            "không truy cập được nguồn: máy chủ từ chối kết nối"
        )
        assert re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", row.inner_text())
        _check(page, axe_source, size, "status-unreachable")
    finally:
        context.close()
