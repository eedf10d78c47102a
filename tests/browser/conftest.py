"""Real-browser fixtures: Debian's headless Chromium driven by Playwright, against a real `cnht serve`
(uvicorn on 127.0.0.1, a free port) over a store filled by a real ingest of the bundled sample site.

Chromium comes from the system (`/usr/bin/chromium`; `.ci/run` installs it), never from a download.
Without it the tests fail when CI is set and are skipped with the reason otherwise. Each test saves a
screenshot of its last page to test-artifacts/browser/<test>.png, passed or failed.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.web.conftest import web_data  # noqa: F401  (a fixture: this package's own ingest)

CHROMIUM = Path("/usr/bin/chromium")
# No internet here: without these Chromium stalls on background connections (updates, sync, QUIC).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO_ROOT / "test-artifacts" / "browser"
TOKEN = "browser-token-456"
SERVER_START_S = 60.0
ACTION_TIMEOUT_MS = 20_000


@pytest.fixture(scope="session", autouse=True)
def chromium_present() -> None:
    """Fail in CI, skip elsewhere, when the system Chromium is missing (checked before any ingest)."""
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return
    reason = f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does"
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(proc: subprocess.Popen[bytes], base: str, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"cnht serve exited with {proc.returncode}:\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(f"{base}/api/health", timeout=2.0, trust_env=False).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"cnht serve gave no 200 on {base}/api/health within {SERVER_START_S:g} s")


@pytest.fixture(scope="package")
def server(web_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:  # noqa: F811
    """`cnht serve --token ...` in its own process; yields its base URL."""
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    port = _free_port()
    cmd = [sys.executable, "-m", "flows.cli", "--data-dir", str(web_data), "serve", "--port", str(port)]
    env = {**os.environ, "CNHT_API_TOKEN": TOKEN}
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, cwd=REPO_ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
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


AXE_DIR = Path(__file__).parent
AXE_FILE = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core's browser script, installed with npm from tests/browser/package.json when missing."""
    if not AXE_FILE.is_file():
        npm = shutil.which("npm")
        if npm is None:
            reason = "npm is missing: install Node.js to run the accessibility checks (axe-core)"
            if os.environ.get("CI"):
                pytest.fail(reason, pytrace=False)
            pytest.skip(reason)
        subprocess.run(
            [npm, "install", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=AXE_DIR,
            check=True,
            timeout=300,
        )
    return AXE_FILE.read_text(encoding="utf-8")


@pytest.fixture(scope="package")
def browser(chromium_present: None) -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser, server: str, request: pytest.FixtureRequest) -> Iterator[object]:
    """A fresh page (own context, downloads accepted) on the server; screenshot saved at the end."""
    context = browser.new_context(base_url=server, accept_downloads=True, locale="vi-VN")
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    pg = context.new_page()
    try:
        yield pg
    finally:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name)
        try:
            pg.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
        finally:
            context.close()
