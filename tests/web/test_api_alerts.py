"""Saved searches over HTTP with every channel of the alert engine: the Atom feed, a signed webhook, e-mail
and digests; read one, replace, delete; secrets never shown after creation; and an alert saved through
the API is delivered by the engine to a real webhook receiver on 127.0.0.1, signed with its secret."""

from __future__ import annotations

import hashlib
import hmac
import json
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from flows.web import create_app
from search.alerts.channels import AtomFeedChannel
from search.alerts.engine import deliver_new
from search.alerts.state import AlertState
from search.store import open_store
from tests.web.conftest import TOKEN

NEWS = {"text": "linh kien", "province": "Hải Phòng"}


def test_webhook_alert_gets_a_generated_secret_shown_once_then_masked(client: TestClient, auth) -> None:
    body = {"id": "wh-once", "query": NEWS, "webhook": {"url": "https://hooks.example.vn/cnht"}}
    created = client.post("/api/alerts", json=body, headers=auth)
    assert created.status_code == 201, created.text
    saved = created.json()
    assert saved["channels"] == ["atom", "webhook"]
    assert saved["webhook"]["secret"] == "***" and len(saved["new_secret"]) == 32
    shown = client.get("/api/alerts/wh-once").json()
    assert shown["webhook"]["secret"] == "***" and shown["new_secret"] is None
    listed = next(s for s in client.get("/api/alerts", headers=auth).json() if s["id"] == "wh-once")
    assert listed["webhook"] == {
        "url": "https://hooks.example.vn/cnht",
        "secret": "***",
        "allow_private": False,
    }
    anonymous = next(s for s in client.get("/api/alerts").json() if s["id"] == "wh-once")
    assert anonymous["webhook"]["url"] is None and anonymous["recipients_hidden"] is True
    assert client.delete("/api/alerts/wh-once", headers=auth).status_code == 204


def test_email_alert_with_a_daily_digest_and_stdout(client: TestClient, auth) -> None:
    email = {"to": ["a@example.vn", "b@example.vn"], "smtp": "mail.example.vn:587", "starttls": True}
    query = {"text": "", "decision": "QĐ 26/2023"}
    body = {"id": "mail-daily", "query": query, "email": email, "digest": "daily", "stdout": True}
    saved = client.post("/api/alerts", json=body, headers=auth).json()
    assert saved["channels"] == ["atom", "stdout", "email"] and saved["digest"] == "daily"
    assert saved["email"]["to"] == email["to"] and saved["email"]["starttls"] is True
    assert saved["new_secret"] is None
    assert client.delete("/api/alerts/mail-daily", headers=auth).status_code == 204


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"digest": "daily"}, "digest applies to the webhook and e-mail"),
        ({"email": {"to": ["not-an-address"]}}, "email.to.0: String should match pattern"),
        ({"email": {"to": ["a@example.vn"], "smtp": "mail.example.vn"}}, "email.smtp: String should match"),
        ({"email": {"to": []}}, "email.to: List should have at least 1 item"),
        ({"webhook": {"url": "https://h.example.vn/x", "allow_private": 0}}, "webhook.allow_private"),
        ({"webhook": {"url": "ftp://example.vn/x"}}, "webhook.url"),
        ({"webhook": {"url": "http://127.0.0.1:9/x"}}, "non-public address 127.0.0.1"),
        ({"digest": "weekly", "email": {"to": ["a@example.vn"]}}, "digest"),
    ],
)
def test_bad_channel_settings_are_a_readable_422(client: TestClient, auth, body, message: str) -> None:
    res = client.post("/api/alerts", json={"id": "bad", "query": NEWS, **body}, headers=auth)
    assert res.status_code == 422 and message in res.json()["error"], res.text
    assert client.get("/api/alerts/bad").status_code == 404


def test_put_replaces_channels_and_keeps_the_secret_and_creation_time(client: TestClient, auth) -> None:
    hook = {"url": "https://hooks.example.vn/a", "secret": "first-secret-123"}
    created = client.post(
        "/api/alerts", json={"id": "swap", "query": NEWS, "webhook": hook}, headers=auth
    ).json()
    new = {"name": "Đổi", "query": {"text": "ky ket"}, "webhook": {"url": "https://hooks.example.vn/b"}}
    assert client.put("/api/alerts/swap", json=new).status_code == 401
    replaced = client.put("/api/alerts/swap", json={**new, "digest": "hourly"}, headers=auth)
    assert replaced.status_code == 200, replaced.text
    after = replaced.json()
    assert after["name"] == "Đổi" and after["query"]["text"] == "ky ket" and after["digest"] == "hourly"
    assert after["created_at"] == created["created_at"] and after["new_secret"] is None
    with AlertState(client.app.state.settings.data_dir) as state:
        stored = state.get_search("swap")
    assert stored is not None and stored.webhook is not None
    assert stored.webhook.url == "https://hooks.example.vn/b" and stored.webhook.secret == "first-secret-123"
    assert client.put("/api/alerts/nope", json=new, headers=auth).status_code == 404
    assert client.delete("/api/alerts/swap", headers=auth).status_code == 204


def test_reading_one_alert_is_open_and_unknown_or_bad_ids_are_404_or_422(client: TestClient) -> None:
    assert client.get("/api/alerts/cnht").json()["id"] == "cnht"
    assert client.get("/api/alerts/unknown").status_code == 404
    assert client.get("/api/alerts/-bad id").status_code == 422


class _Receiver(BaseHTTPRequestHandler):
    received: list[tuple[dict[str, str], bytes]]

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((dict(self.headers), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    received: list[tuple[dict[str, str], bytes]] = []
    handler = type("Receiver", (_Receiver,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook", received
    finally:
        server.shutdown()
        server.server_close()


def test_a_webhook_saved_through_the_api_is_delivered_signed_by_the_engine(
    web_data: Path, tmp_path: Path, receiver
) -> None:
    url, received = receiver
    data_dir = tmp_path / "copy"
    shutil.copytree(web_data, data_dir)
    client = TestClient(create_app(data_dir, TOKEN))
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.delete("/api/alerts/cnht", headers=auth).status_code == 204  # only the new search alerts
    body = {
        "id": "hook",
        "query": {"text": "cong nghiep ho tro"},
        "webhook": {"url": url, "allow_private": True},
    }
    created = client.post("/api/alerts", json=body, headers=auth)
    assert created.status_code == 201, created.text
    secret = created.json()["new_secret"]
    with open_store(data_dir) as store, AlertState(data_dir) as state:
        ids = [d.id for d in store.iter_documents()]
        sent = deliver_new(store, state, ids, {"atom": AtomFeedChannel(data_dir)})
    assert sent and len(received) == len(sent)
    for headers, payload in received:
        expected = "sha256=" + hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
        assert headers["X-Cnht-Signature"] == expected
        assert json.loads(payload)["alert"]["search_id"] == "hook"
