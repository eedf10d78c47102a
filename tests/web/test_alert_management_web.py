"""Managing alerts over HTTP and in the pages: edit, pause, resume, test-send against a real loopback
webhook answering 500, delete only after a confirmation, the delivery history with Vietnamese reasons,
the notice of a search disabled after 7 failed attempts, the Atom feed from creation, and recipients
(webhook URLs, e-mail addresses) shown to a holder of the token only."""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flows.web import create_app
from search.alerts.models import Alert
from search.alerts.state import MAX_FAILURES, AlertState

TOKEN = "manage-token-789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def failing_hook() -> Iterator[tuple[str, list[str]]]:
    """A webhook on 127.0.0.1 that answers every POST with 500; yields its URL and the delivery ids."""
    seen: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            seen.append(self.headers["X-Cnht-Delivery"])
            self.send_response(500)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", seen
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(tmp_path, TOKEN))


def _create(client: TestClient, search_id: str, **extra) -> dict:
    body = {"id": search_id, "query": {"text": "linh kien", "province": "Hải Phòng"}, **extra}
    res = client.post("/api/alerts", json=body, headers=AUTH)
    assert res.status_code == 201, res.text
    return res.json()


def test_a_new_alert_has_an_empty_valid_atom_feed_at_once(client: TestClient, tmp_path: Path) -> None:
    _create(client, "fresh")
    res = client.get("/feeds/fresh.atom")
    assert res.status_code == 200 and res.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(res.content)
    assert root.tag == f"{ATOM}feed" and root.findall(f"{ATOM}entry") == []
    assert root.findtext(f"{ATOM}title") == "linh kien" and root.findtext(f"{ATOM}updated")
    (tmp_path / "alerts" / "fresh.atom").unlink()  # a search saved before feeds were created at once
    again = client.get("/feeds/fresh.atom")
    assert again.status_code == 200 and ET.fromstring(again.content).findall(f"{ATOM}entry") == []
    assert client.get("/feeds/nobody.atom").status_code == 404


def test_recipients_are_shown_only_with_the_token(client: TestClient) -> None:
    _create(
        client,
        "both",
        webhook={"url": "https://hooks.example.vn/cnht"},
        email={"to": ["a@example.vn", "b@example.vn"]},
    )
    for path in ("/api/alerts", "/api/alerts/both"):
        anonymous = client.get(path)
        assert anonymous.status_code == 200
        assert "hooks.example.vn" not in anonymous.text and "a@example.vn" not in anonymous.text
        holder = client.get(path, headers=AUTH)
        assert "https://hooks.example.vn/cnht" in holder.text and "a@example.vn" in holder.text
    shown = client.get("/api/alerts/both").json()
    assert shown["recipients_hidden"] is True and shown["webhook"]["url"] is None
    assert shown["email"]["to"] is None and shown["email"]["recipients"] == 2
    for path in ("/alerts", "/alerts/both", "/alerts/both/edit", "/alerts/both/delete"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "hooks.example.vn" not in page.text and "a@example.vn" not in page.text, path


def test_pause_resume_and_test_send_need_the_token_and_a_failure_is_in_the_history_in_words(
    client: TestClient, failing_hook
) -> None:
    url, seen = failing_hook
    _create(client, "hook", webhook={"url": url, "allow_private": True})
    for action in ("pause", "resume", "test"):
        assert client.post(f"/api/alerts/hook/{action}").status_code == 401
    paused = client.post("/api/alerts/hook/pause", headers=AUTH).json()
    assert paused["status"]["state"] == "paused" and paused["status"]["paused_at"]
    assert client.get("/api/alerts/hook").json()["status"]["state"] == "paused"
    assert client.post("/api/alerts/hook/resume", headers=AUTH).json()["status"]["state"] == "active"

    (tested,) = client.post("/api/alerts/hook/test", headers=AUTH).json()
    assert tested["channel"] == "webhook" and tested["outcome"] == "failed" and tested["test"] is True
    assert tested["reason"] == "webhook trả lời 500" and len(seen) == 1  # one attempt, no retry
    (entry,) = client.get("/api/alerts/hook/deliveries").json()
    assert entry["reason"] == "webhook trả lời 500" and entry["error"] is None  # no URL without the token
    (entry,) = client.get("/api/alerts/hook/deliveries", headers=AUTH).json()
    assert "HTTP 500" in entry["error"]
    assert client.get("/api/alerts/hook").json()["status"]["failing"] == []  # a test does not count
    assert client.get("/api/alerts/nobody/deliveries").status_code == 404


def _fail(data_dir: Path, search_id: str, times: int, error: str = "webhook x: HTTP 500") -> None:
    """`times` failed attempts of one recorded alert, as the engine records them."""
    alert = Alert(
        search_id=search_id, search_name=search_id, document_id="d1", url="https://a.vn/1", delivery_id="x1"
    )
    with AlertState(data_dir) as state:
        state.record(alert, ["webhook"])
        for _ in range(times):
            state.mark_failed(search_id, "d1", "webhook", error)


def test_the_alerts_page_shows_failures_with_their_reason_and_a_disabled_search_with_a_notice(
    client: TestClient, tmp_path: Path
) -> None:
    _create(client, "flaky", webhook={"url": "https://hooks.example.vn/a"})
    _create(client, "dead", webhook={"url": "https://hooks.example.vn/b"})
    _fail(tmp_path, "flaky", 2)
    _fail(tmp_path, "dead", MAX_FAILURES, "email via x: [Errno 111] Connection refused")
    html = client.get("/alerts").text
    assert "Lần gửi gần đây" in html and "webhook trả lời 500" in html
    assert 'id="notice-dead"' in html and f"sau {MAX_FAILURES} lần gửi thất bại liên tiếp" in html
    assert 'id="notice-flaky-webhook"' in html and "2 lần liên tiếp" in html
    assert "(giờ Việt Nam)" in html
    page = client.get("/alerts/dead").text
    assert "tự tắt" in page and "Bật lại" in page and "Thất bại" in page
    assert client.get("/api/alerts/dead").json()["status"]["state"] == "disabled"

    wrong = client.post("/alerts/dead/resume", data={"token": "nope"})
    assert wrong.status_code == 401 and "Token không đúng" in wrong.text
    resumed = client.post("/alerts/dead/resume", data={"token": TOKEN})
    assert resumed.status_code == 200 and "Đã bật lại" in resumed.text
    assert 'id="notice-dead"' not in client.get("/alerts").text
    status = client.get("/api/alerts/dead").json()["status"]
    assert status["state"] == "active" and status["failing"] == []


def test_the_edit_form_changes_the_query_and_keeps_the_recipients_left_blank(client: TestClient) -> None:
    _create(client, "ed", webhook={"url": "https://hooks.example.vn/keep"}, email={"to": ["a@example.vn"]})
    form = client.get("/alerts/ed/edit").text
    assert 'value="linh kien"' in form and 'value="Hải Phòng"' in form
    fields = {"q": "ky ket", "province": "", "name": "Ký kết", "webhook_url": "", "email": "", "smtp": ""}
    refused = client.post("/alerts/ed/edit", data={**fields, "token": "nope"})
    assert refused.status_code == 401 and 'value="ky ket"' in refused.text  # the form comes back as typed
    saved = client.post("/alerts/ed/edit", data={**fields, "token": TOKEN})
    assert saved.status_code == 200 and "Đã lưu thay đổi" in saved.text
    after = client.get("/api/alerts/ed", headers=AUTH).json()
    assert (
        after["query"]["text"] == "ky ket"
        and after["query"]["province"] is None
        and after["name"] == "Ký kết"
    )
    assert after["webhook"]["url"] == "https://hooks.example.vn/keep" and after["email"]["to"] == [
        "a@example.vn"
    ]
    client.post("/alerts/ed/edit", data={**fields, "drop_email": "on", "token": TOKEN})
    assert client.get("/api/alerts/ed", headers=AUTH).json()["channels"] == ["atom", "webhook"]


def test_deleting_from_the_pages_takes_a_confirmation(client: TestClient) -> None:
    _create(client, "gone")
    assert "/alerts/gone/delete" in client.get("/alerts").text  # a link to the confirmation, not a form
    confirm = client.get("/alerts/gone/delete")
    assert confirm.status_code == 200 and "Xóa cảnh báo" in confirm.text and 'name="confirm"' in confirm.text
    skipped = client.post("/alerts/gone/delete", data={"token": TOKEN})  # no confirmation: the page again
    assert skipped.url.path == "/alerts/gone/delete"
    assert client.get("/api/alerts/gone").status_code == 200
    done = client.post("/alerts/gone/delete", data={"token": TOKEN, "confirm": "yes"})
    assert done.status_code == 200 and "Đã xóa tìm kiếm" in done.text
    assert client.get("/api/alerts/gone").status_code == 404
    assert client.get("/alerts/gone").status_code == 404
