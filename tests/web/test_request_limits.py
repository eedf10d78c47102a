"""What one request may ask of the server: query length and complexity caps (one line, Vietnamese and
English), page-size caps, and a limit on expensive requests at once (503 with Retry-After)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flows.web import create_app
from tests.web.hostile_links import hostile_decision

TOKEN = "limits-token-1"
HUGE = " ".join(f"tu{i}" for i in range(10_000))[:50_000]  # a 50 KB query


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    return TestClient(create_app(hostile_decision(tmp_path), TOKEN))


def test_a_50_kb_query_is_refused_at_once_with_one_readable_line(client: TestClient) -> None:
    started = time.monotonic()
    api = client.get("/api/search", params={"q": HUGE})
    ui = client.get("/", params={"q": HUGE})
    seconds = time.monotonic() - started
    assert api.status_code == 422
    message = api.json()["error"]
    assert message == (
        "Truy vấn quá dài: 50.000 ký tự, tối đa 1.000 / query too long: 50,000 characters, at most 1,000"
    )
    assert ui.status_code == 400 and "Truy vấn quá dài" in ui.text
    assert seconds < 2.0  # refused before any parsing or searching (it took 5-6 s to run)


@pytest.mark.parametrize(
    ("q", "said"),
    [
        (" ".join(f"tu{i}" for i in range(33)), "33 terms and phrases, at most 32"),
        (" ".join(f'"cong nghiep {i}"' for i in range(9)), "9 phrases, at most 8"),
        (" ".join(f'"a b c d e f g h i {i}"' for i in range(7)), "70 words, at most 64"),
    ],
)
def test_too_complex_queries_are_a_422_naming_the_limit(client: TestClient, q: str, said: str) -> None:
    answer = client.get("/api/search", params={"q": q})
    assert answer.status_code == 422 and said in answer.json()["error"]
    assert answer.json()["error"].startswith("Truy vấn quá phức tạp")


def test_long_filters_pages_and_saved_queries_are_capped(client: TestClient) -> None:
    assert client.get("/api/search", params={"q": "linh kien", "firm": "x" * 201}).status_code == 422
    assert client.get("/api/search", params={"limit": 101}).status_code == 422
    assert client.get("/api/search", params={"offset": 10_001}).status_code == 422
    assert client.get("/", params={"offset": 10_001}).status_code == 400
    assert client.get("/api/deals", params={"firm": "x" * 201}).status_code == 422
    assert client.get("/api/decisions/" + "1" * 300).status_code == 422
    saved = client.post(
        "/api/alerts",
        json={"id": "huge", "query": {"text": HUGE}},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert saved.status_code == 422 and "query too long" in saved.json()["error"]
    assert client.get("/api/search", params={"q": "cong nghiep ho tro"}).status_code == 200


def test_expensive_requests_over_the_concurrency_limit_get_503_with_retry_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CNHT_MAX_SEARCHES", "2")
    app = create_app(hostile_decision(tmp_path), None)
    client = TestClient(app)
    assert app.state.gate.acquire(timeout=1) and app.state.gate.acquire(timeout=1)  # two searches running
    try:
        busy = client.get("/api/search", params={"q": "quyet dinh"})
        assert busy.status_code == 503 and busy.headers["Retry-After"] == "2"
        assert "server busy" in busy.json()["error"]
        assert client.get("/").status_code == 503
        assert client.get("/api/health").status_code == 200  # cheap routes are not limited
    finally:
        app.state.gate.release()
    assert client.get("/api/search", params={"q": "quyet dinh"}).status_code == 200  # a slot is free
    app.state.gate.release()
