"""In Chromium: clicking what a decision page shows of a `javascript:` attachment runs no script."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.conftest import REPO_ROOT, _free_port, _wait_healthy
from tests.web.hostile_links import HOSTILE, NUMBER, SAFE, hostile_decision


@pytest.fixture
def hostile_server(tmp_path: Path) -> Iterator[str]:
    data_dir = hostile_decision(tmp_path / "cnht-data")
    port = _free_port()
    log = tmp_path / "serve.log"
    cmd = [sys.executable, "-m", "flows.cli", "--data-dir", str(data_dir), "serve", "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=REPO_ROOT, env=dict(os.environ), stdout=out, stderr=subprocess.STDOUT
        )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_healthy(proc, base, log)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_clicking_a_script_attachment_on_a_decision_page_runs_no_script(browser, hostile_server: str) -> None:
    context = browser.new_context(base_url=hostile_server)
    context.set_default_timeout(20_000)
    page = context.new_page()
    try:
        page.goto(f"/decisions/{NUMBER}")
        attachments = "h3:has-text('Tệp đính kèm') + ul > li"
        assert page.locator(attachments).count() == len(HOSTILE) + 1
        for i in range(len(HOSTILE) + 1):  # every attachment, then the page's own (script) URL
            page.goto(f"/decisions/{NUMBER}")
            target = page.locator("table.meta td", has_text="javascript:").first
            if i < len(HOSTILE):
                target = page.locator(attachments).nth(i)
            target.click(position={"x": 4, "y": 4})  # on the text (or link) itself, not blank space
            page.wait_for_timeout(200)
            assert page.evaluate("() => window.__pwned === undefined"), page.evaluate("() => window.__pwned")
            assert page.evaluate("() => location.pathname").startswith("/decisions/")
        links = page.locator("a[href]").evaluate_all("els => els.map(e => e.href)")
        assert SAFE in links
        assert all(h.startswith(("http://", "https://")) for h in links)
    finally:
        context.close()
