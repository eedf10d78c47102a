"""Webhook URLs with `user:password@` or query tokens are shown whole only to a holder of the API token;
the API without the token and the alerts pages show no recipient at all, and everywhere else
(`alerts list --json`, logs and stored errors) they pass through `redact`. The alert state holding them
is readable by its owner alone."""

from __future__ import annotations

import json
import logging
import os
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from flows.cli import cli
from flows.web import create_app
from search.alerts.models import SavedSearch, WebhookTarget, redact
from search.alerts.state import AlertState
from search.records import SearchQuery

TOKEN = "tok-for-secrets-1"
PASSWORD, QUERY_TOKEN = "hunter2pass", "qtok9f8e7d"
HOOK = f"https://cnht:{PASSWORD}@hooks.example.vn/in/cnht?token={QUERY_TOKEN}&v=2"
SHOWN = "https://***@hooks.example.vn/in/cnht?token=***&v=***"


def _saved(data_dir: Path, url: str = HOOK, search_id: str = "hook") -> None:
    with AlertState(data_dir) as state:
        state.add_search(
            SavedSearch(
                id=search_id,
                name="hook",
                query=SearchQuery(text="linh kien"),
                channels=["atom", "webhook"],
                webhook=WebhookTarget(url=url, secret="s" * 16, allow_private=True),
            )
        )


def _no_secret(text: str) -> None:
    assert PASSWORD not in text and QUERY_TOKEN not in text


def test_webhook_urls_are_hidden_in_the_api_and_the_alerts_pages_except_to_the_token_holder(
    tmp_path: Path,
) -> None:
    _saved(tmp_path)
    client = TestClient(create_app(tmp_path, TOKEN))
    for path in ("/api/alerts", "/api/alerts/hook"):
        anonymous = client.get(path)
        _no_secret(anonymous.text)
        assert "hooks.example.vn" not in anonymous.text and '"recipients_hidden":true' in anonymous.text
        wrong = client.get(path, headers={"Authorization": "Bearer nope"})
        _no_secret(wrong.text)
        assert "hooks.example.vn" not in wrong.text
        holder = client.get(path, headers={"Authorization": f"Bearer {TOKEN}"})
        assert HOOK in holder.text
    for path in ("/alerts", "/alerts/hook", "/alerts/hook/edit", "/alerts/hook/delete"):
        page = client.get(path)
        assert page.status_code == 200
        _no_secret(page.text)
        assert "hooks.example.vn" not in page.text


def test_alerts_list_json_redacts_webhook_urls(tmp_path: Path) -> None:
    _saved(tmp_path)
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "alerts", "list", "--json"])
    assert result.exit_code == 0, result.output
    _no_secret(result.output)
    assert json.loads(result.output)[0]["webhook"]["url"] == SHOWN


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_failing_webhook_never_logs_or_stores_its_credentials(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from search.alerts.engine import resend_pending
    from search.alerts.models import Alert
    from search.alerts.push import WebhookChannel

    url = f"http://cnht:{PASSWORD}@127.0.0.1:{_closed_port()}/hook?token={QUERY_TOKEN}"
    _saved(tmp_path, url)
    alert = Alert(
        search_id="hook", search_name="hook", document_id="d1", url="https://a.vn/1", delivery_id="x"
    )
    caplog.set_level(logging.DEBUG)
    with AlertState(tmp_path) as state:
        state.record(alert, ["webhook"])
        channel = WebhookChannel(state.get_search, retries=1, backoff=0.01)
        assert resend_pending(state, {"webhook": channel}) == []
        ((_, _, attempts, error),) = state.failures()
    assert attempts == 1 and "127.0.0.1" in error
    _no_secret(error)
    assert caplog.records and all(PASSWORD not in r.getMessage() for r in caplog.records)
    assert all(QUERY_TOKEN not in r.getMessage() for r in caplog.records)
    listed = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "alerts", "list"])
    assert "FAILING hook via webhook" in listed.output
    _no_secret(listed.output)


def test_the_alert_state_is_created_owner_only_and_an_existing_one_is_made_so(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        _saved(tmp_path / "new")
        assert stat.S_IMODE((tmp_path / "new" / "alerts.sqlite3").stat().st_mode) == 0o600
        _saved(tmp_path / "old")
        os.chmod(tmp_path / "old" / "alerts.sqlite3", 0o644)  # as every earlier version created it
        with AlertState(tmp_path / "old") as state:
            assert state.get_search("hook") is not None
        assert stat.S_IMODE((tmp_path / "old" / "alerts.sqlite3").stat().st_mode) == 0o600
    finally:
        os.umask(old_umask)


def test_redact_leaves_plain_urls_alone_and_masks_every_credential_form() -> None:
    assert redact("https://hooks.example.vn/cnht") == "https://hooks.example.vn/cnht"
    assert redact(HOOK) == SHOWN
    assert redact(f"http://user@h.vn:8080/x?{QUERY_TOKEN}") == "http://***@h.vn:8080/x?***"
    assert redact(f"failed: webhook {HOOK}: HTTP 500") == f"failed: webhook {SHOWN}: HTTP 500"


def _serve(
    data_dir: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], int]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    command = [sys.executable, "-m", "flows.cli", "--data-dir", str(data_dir), "serve", "--port", str(port)]
    proc = subprocess.Popen(
        [*command, *args], stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})}
    )
    return proc, port


def _first_lines(proc: subprocess.Popen[str], until: str) -> list[str]:
    lines = []
    assert proc.stderr is not None
    while True:
        line = proc.stderr.readline()
        assert line, "serve stopped: " + "".join(lines)
        lines.append(line)
        if until in line:
            return lines


def _post_alert(port: int, token: str) -> int:
    body = json.dumps({"id": "viafile", "query": {"text": "linh kien"}}).encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/api/alerts",
        data=body,
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    for _ in range(50):
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status
        except urllib.error.URLError:  # not listening yet
            time.sleep(0.1)
    raise AssertionError("serve never answered")


def test_serve_takes_its_token_from_a_file_or_the_environment_and_warns_on_the_command_line(
    tmp_path: Path,
) -> None:
    (tmp_path / "token").write_text(TOKEN + "\n")
    os.chmod(tmp_path / "token", 0o600)
    proc, port = _serve(tmp_path, "--token-file", str(tmp_path / "token"))
    try:
        lines = _first_lines(proc, "cnht web UI at")
        assert not any("deprecated" in line for line in lines)
        assert _post_alert(port, TOKEN) == 201
    finally:
        proc.terminate()
        proc.wait()
    proc, _ = _serve(tmp_path, "--token", TOKEN)
    try:
        lines = _first_lines(proc, "cnht web UI at")
        assert any("--token on the command line is deprecated" in line for line in lines)
    finally:
        proc.terminate()
        proc.wait()
    proc, _ = _serve(tmp_path, env={"CNHT_API_TOKEN": TOKEN})
    try:
        assert not any("deprecated" in line for line in _first_lines(proc, "cnht web UI at"))
    finally:
        proc.terminate()
        proc.wait()
