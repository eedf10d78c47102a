"""In Chromium: the archived copy of a hostile page (scripts, onerror, a meta refresh, a base href,
external images, style sheets, frames, CSS `@import url(...)`) runs no script and sends no request outside
the app. Every request the browser makes is recorded (page and frames), and every URL in the archived page
points at a second loopback server that counts what reaches it."""

from __future__ import annotations

import http.server
import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from tests.browser.conftest import ARTIFACTS, REPO_ROOT, _free_port, _wait_healthy
from tests.browser.test_layout_and_a11y import SIZES, _serious_violations
from tests.web.hostile_archive import TEXT, TITLE, hostile_archive


class _Outside(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]]  # set per server, by the fixture

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"outside")

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def outside() -> Iterator[tuple[str, list[str]]]:
    """A server outside the app, on another loopback port: (base URL, paths it was asked for)."""
    hits: list[str] = []
    handler = type("Outside", (_Outside,), {"hits": hits})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def archive_server(tmp_path: Path, outside: tuple[str, list[str]]) -> Iterator[tuple[str, str]]:
    """`cnht serve` over a data dir holding the hostile archived page: (base URL, document id)."""
    data_dir = tmp_path / "cnht-data"
    doc_id = hostile_archive(data_dir, outside[0])
    port = _free_port()
    log = tmp_path / "serve.log"
    cmd = [sys.executable, "-m", "flows.cli", "--data-dir", str(data_dir), "serve", "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env={**os.environ}, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_healthy(proc, base, log)
        yield base, doc_id
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_hostile_archived_page_runs_no_script_and_sends_no_request_outside_the_app(
    browser, archive_server: tuple[str, str], outside: tuple[str, list[str]]
) -> None:
    base, doc_id = archive_server
    _, outside_hits = outside
    context = browser.new_context(base_url=base)
    context.set_default_timeout(20_000)
    requested: list[str] = []
    context.on("request", lambda request: requested.append(request.url))
    page = context.new_page()
    try:
        page.goto(f"/documents/{doc_id}/archived", wait_until="load")
        frame = page.frame_locator("iframe.archived")
        frame.locator("h1").wait_for()
        assert TITLE in frame.locator("h1").inner_text() and TEXT in frame.locator("body").inner_text()
        frame.locator("div", has_text="khối").hover()  # onmouseover, had it survived
        frame.get_by_text("liên kết mã").click()  # javascript: link, had it survived
        frame.get_by_text("tin khác").click()
        frame.get_by_role("button", name="Gửi").click()  # the form's outside action, had it survived
        page.wait_for_timeout(1500)  # the meta refresh (0 s), a late beacon
        inner = next(f for f in page.frames if f.url.endswith(f"/documents/{doc_id}/archived/page"))
        assert inner.evaluate("() => [window.__pwned ?? null, document.scripts.length]") == [None, 0]
        assert page.evaluate("() => window.__pwned ?? null") is None
        page.goto(f"/documents/{doc_id}/archived/page", wait_until="load")  # opened on its own, not framed
        page.wait_for_timeout(1500)
        assert page.url == f"{base}/documents/{doc_id}/archived/page"  # no refresh, no navigation
        assert page.evaluate("() => [window.__pwned ?? null, document.scripts.length]") == [None, 0]
        assert TEXT in page.locator("body").inner_text()
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "archived-copy-hostile.png"), full_page=True)
        context.close()
    assert requested, "the request log recorded nothing: the check would pass vacuously"
    leaving = [url for url in requested if not url.startswith(base + "/")]
    assert leaving == [], leaving
    assert outside_hits == [], outside_hits


@pytest.mark.parametrize("size", SIZES)
def test_the_archived_copy_page_fits_the_screen_and_has_no_serious_accessibility_violation(
    page, axe_source: str, size: str
) -> None:
    width, height = SIZES[size]
    page.set_viewport_size({"width": width, "height": height})
    page.goto("/decisions/18/2023/QD-UBND")
    page.get_by_role("link", name="Xem trang như khi thu thập").click()
    page.wait_for_url(re.compile(r"/documents/[0-9a-f]+/archived$"))
    frame = page.frame_locator("iframe.archived")
    assert "18/2023/QĐ-UBND" in frame.locator("body").inner_text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"archived-copy-{size}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"the archived-copy page scrolls sideways by {overflow} px at {width} px"
    violations = _serious_violations(page, axe_source)
    assert not violations, json.dumps(violations, ensure_ascii=False, indent=1)
