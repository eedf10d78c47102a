"""The server opens its store once and shares it: requests do not reopen it, an ingest that runs while
the server is up is visible at once (search, documents, decisions), and a reindex that swaps the index
directory is picked up without a restart."""

from __future__ import annotations

import html
import socket
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from flows.web import create_app
from flows.web.stores import SharedStore, file_ids
from search.store import open_store
from tests.test_pipeline import run_ingest

DECISION = "111/2015/ND-CP"  # the decree on supporting industry, cited by news of every news source


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory, sample_base: str) -> dict[str, object]:
    """A server started over the decisions portal only; then the news sources are ingested under it."""
    data_dir = tmp_path_factory.mktemp("shared") / "cnht-data"
    data_dir.mkdir()
    run_ingest(data_dir, sample_base, only=["bacninh-vanban"])
    app = create_app(data_dir, None)
    with TestClient(app) as client:  # runs the lifespan: the store is opened at start-up
        before = {
            "news": client.get("/api/search", params={"q": "linh kien", "kind": "article"}).json()["total"],
            "citing": client.get(f"/api/decisions/{DECISION}").json().get("total_citing", 0),
            "documents": client.get("/api/health").json()["documents"],
            "opened": app.state.store.open_count,
        }
        run_ingest(data_dir, sample_base, only=["haiduong-news", "quangninh-news", "hcm-news"])
        after = {
            "news": client.get("/api/search", params={"q": "linh kien", "kind": "article"}).json(),
            "citing": client.get(f"/api/decisions/{DECISION}").json().get("total_citing", 0),
            "documents": client.get("/api/health").json()["documents"],
            "page": client.get("/", params={"q": "linh kien"}).text,
            "opened": app.state.store.open_count,
        }
    return {"dir": data_dir, "app": app, "before": before, "after": after}


def test_requests_share_one_store_opened_at_start_up(grown) -> None:
    assert grown["before"]["opened"] == 1
    assert grown["after"]["opened"] == 1  # a dozen requests and an ingest later: still the first opening


def test_an_ingest_while_serving_is_searchable_without_a_restart(grown) -> None:
    before, after = grown["before"], grown["after"]
    assert before["news"] == 0
    assert after["news"]["total"] > 0
    assert all(hit["kind"] == "article" for hit in after["news"]["hits"])
    assert after["documents"] > before["documents"]
    assert html.escape(after["news"]["hits"][0]["title"], quote=False) in after["page"]  # the UI too


def test_an_ingest_while_serving_adds_citing_news_to_the_decision(grown) -> None:
    assert grown["after"]["citing"] > grown["before"]["citing"]


def test_a_reindex_swapping_the_index_is_picked_up_by_the_next_request(grown) -> None:
    data_dir: Path = grown["dir"]
    app = grown["app"]
    client = TestClient(app)
    total = client.get("/api/search", params={"q": "cong nghiep"}).json()["total"]
    ids = file_ids(data_dir)
    with open_store(data_dir) as store:
        store.reindex()
    assert file_ids(data_dir) != ids
    opened = app.state.store.open_count
    assert client.get("/api/search", params={"q": "cong nghiep"}).json()["total"] == total
    assert app.state.store.open_count == opened + 1


def test_without_a_store_requests_answer_503_until_an_ingest_creates_it(
    tmp_path: Path, sample_base: str
) -> None:
    data_dir = tmp_path / "cnht-data"
    data_dir.mkdir()
    with TestClient(create_app(data_dir, None)) as client:
        assert client.get("/api/search").status_code == 503
        run_ingest(data_dir, sample_base, only=["bacninh-vanban"])
        assert client.get("/api/search", params={"q": "quyet dinh"}).json()["total"] > 0


def test_a_retired_store_is_closed_only_after_its_last_request(web_data: Path) -> None:
    stores = SharedStore(web_data)
    lease = stores.acquire()
    closed = threading.Event()
    original = lease.store.close
    lease.store.close = lambda: (closed.set(), original())  # type: ignore[method-assign]
    stores.close()  # retired while a request still holds it
    assert not closed.is_set()
    assert lease.store.count() > 0
    stores.release(lease)
    assert closed.is_set()


def test_an_unreachable_elasticsearch_is_a_503_naming_the_fix(tmp_path: Path, monkeypatch) -> None:
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("CNHT_ES_URL", f"http://127.0.0.1:{port}")
    client = TestClient(create_app(tmp_path, None))
    for url in ("/api/search", "/api/health", "/"):
        res = client.get(url)
        assert res.status_code == 503, url
    assert "unset CNHT_ES_URL" in client.get("/api/search").json()["error"]
