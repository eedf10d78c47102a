"""`cnht alerts edit|pause|resume|test|history` and the notice of a disabled alert in `cnht alerts list`
and `cnht status`, run through the real CLI on a real alert state."""

from __future__ import annotations

import json
import socket
import xml.etree.ElementTree as ET
from pathlib import Path

from click.testing import CliRunner, Result

from flows.cli import cli
from search.alerts.models import Alert
from search.alerts.state import MAX_FAILURES, AlertState

ATOM = "{http://www.w3.org/2005/Atom}"


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), "alerts", *args])


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_add_writes_an_empty_feed_and_edit_changes_only_what_is_given(tmp_path: Path) -> None:
    assert run(tmp_path, "add", "hp", "linh kien", "--province", "Hải Phòng", "--no-stdout").exit_code == 0
    feed = ET.parse(tmp_path / "alerts" / "hp.atom").getroot()
    assert feed.tag == f"{ATOM}feed" and feed.findall(f"{ATOM}entry") == []
    edited = run(tmp_path, "edit", "hp", "--query", "ky ket", "--email", "a@example.vn", "--digest", "daily")
    assert edited.exit_code == 0, edited.output
    with AlertState(tmp_path) as state:
        search = state.get_search("hp")
    assert search is not None and search.query.text == "ky ket" and search.query.province == "Hải Phòng"
    assert search.channels == ["atom", "email"] and search.digest == "daily"
    assert search.email is not None and search.email.to == ["a@example.vn"]
    assert run(tmp_path, "edit", "hp", "--province", "", "--email", "", "--digest", "none").exit_code == 0
    with AlertState(tmp_path) as state:
        search = state.get_search("hp")
    assert search is not None and search.query.province is None and search.channels == ["atom"]
    bad = run(tmp_path, "edit", "hp", "--digest", "hourly")
    assert bad.exit_code == 1 and "--digest applies to --webhook and --email" in bad.output
    assert run(tmp_path, "edit", "nobody", "--query", "x").exit_code == 1


def test_pause_resume_test_and_history(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/hook"
    assert run(tmp_path, "add", "hook", "linh kien", "--webhook", url, "--allow-private").exit_code == 0
    assert run(tmp_path, "pause", "hook").exit_code == 0
    assert "paused since" in run(tmp_path, "list").output
    assert run(tmp_path, "resume", "hook").exit_code == 0
    assert "paused" not in run(tmp_path, "list").output
    tested = run(tmp_path, "test", "hook")
    assert tested.exit_code == 1 and "webhook: FAILED: máy chủ webhook từ chối kết nối" in tested.output
    assert "[alert linh kien]" in tested.output  # the stdout channel printed the sample
    history = json.loads(run(tmp_path, "history", "hook", "--json").output)
    assert [(h["channel"], h["outcome"], h["test"]) for h in history] == [
        ("webhook", "failed", True),
        ("stdout", "sent", True),
    ]
    assert history[0]["reason"] == "máy chủ webhook từ chối kết nối"
    table = run(tmp_path, "history").output
    assert "hook\twebhook test\tFAILED: máy chủ webhook từ chối kết nối" in table


def test_a_disabled_alert_is_announced_by_alerts_list_and_status(tmp_path: Path) -> None:
    assert run(tmp_path, "add", "dead", "x", "--webhook", "https://hooks.example.vn/x").exit_code == 0
    alert = Alert(search_id="dead", search_name="x", document_id="d", url="https://a.vn/1", delivery_id="1")
    with AlertState(tmp_path) as state:
        state.record(alert, ["webhook"])
        for _ in range(MAX_FAILURES):
            state.mark_failed("dead", "d", "webhook", "webhook https://hooks.example.vn/x: HTTP 503")
    listed = run(tmp_path, "list")
    assert "DISABLED since" in listed.output and f"after {MAX_FAILURES} failed attempts" in listed.output
    assert "webhook trả lời 503" in listed.output and "cnht alerts resume dead" in listed.output
    rows = json.loads(run(tmp_path, "list", "--json").output)
    assert rows[0]["state"] == "disabled"
    status = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "status"])
    assert "! alert dead DISABLED since" in status.output
    assert run(tmp_path, "resume", "dead").exit_code == 0
    assert "DISABLED" not in run(tmp_path, "list").output
