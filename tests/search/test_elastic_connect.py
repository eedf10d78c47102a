"""Connecting to Elasticsearch: a readable error when no server answers, and API compatibility headers.

The header tests run the real elasticsearch-py client against a small HTTP server on 127.0.0.1 that
records what the client sends. It answers only what those requests need; it says nothing about whether a
real Elasticsearch server accepts the backend's requests (see the contract suite for that).
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from elasticsearch import helpers

from search.elastic.connect import ElasticUnavailable, connect, pin_compat, server_flavour
from search.store import elasticsearch_url, open_store


@pytest.fixture
def closed_port_url() -> str:
    """An http:// URL on 127.0.0.1 where nothing listens."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


def test_unreachable_server_is_one_readable_line(closed_port_url: str) -> None:
    with pytest.raises(ElasticUnavailable) as err:
        connect(closed_port_url)
    message = str(err.value)
    assert message.startswith(f"cannot reach Elasticsearch at {closed_port_url}: ")
    assert message.endswith("; unset CNHT_ES_URL to use the embedded store")
    assert "\n" not in message and isinstance(err.value, ConnectionError)


def test_open_store_uses_elasticsearch_when_cnht_es_url_is_set(
    tmp_path: Path, closed_port_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CNHT_ES_URL", closed_port_url)
    with pytest.raises(ConnectionError, match=f"cannot reach Elasticsearch at {closed_port_url}"):
        open_store(tmp_path / "data")
    assert not (tmp_path / "data").exists()  # nothing embedded was created instead


def test_open_store_takes_an_explicit_es_url(tmp_path: Path, closed_port_url: str) -> None:
    with pytest.raises(ConnectionError, match="unset CNHT_ES_URL"):
        open_store(tmp_path / "data", es_url=closed_port_url, read_only=True)


def test_elasticsearch_url_comes_from_the_argument_or_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("CNHT_ES_URL", raising=False)
    assert elasticsearch_url() is None and elasticsearch_url("http://es:9200") == "http://es:9200"
    monkeypatch.setenv("CNHT_ES_URL", " http://env:9200 ")
    assert (
        elasticsearch_url() == "http://env:9200" and elasticsearch_url("http://arg:9200") == "http://arg:9200"
    )
    monkeypatch.setenv("CNHT_ES_URL", "  ")
    assert elasticsearch_url() is None


def test_open_store_without_es_url_is_embedded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CNHT_ES_URL", raising=False)
    with open_store(tmp_path / "data") as store:
        assert type(store).__name__ == "EmbeddedStore"


def test_pin_compat_rewrites_only_the_compatibility_parameter() -> None:
    headers = {
        "accept": "application/vnd.elasticsearch+json; compatible-with=9",
        "content-type": "application/vnd.elasticsearch+x-ndjson; compatible-with=9",
        "x-elastic-client-meta": "es=9.5.1",
    }
    assert pin_compat(headers, 8) == {
        "accept": "application/vnd.elasticsearch+json; compatible-with=8",
        "content-type": "application/vnd.elasticsearch+x-ndjson; compatible-with=8",
        "x-elastic-client-meta": "es=9.5.1",
    }


@pytest.mark.parametrize(
    "info",
    [
        {"version": {"number": "7.17.9"}},
        {"version": {"number": "1.3.19", "distribution": "opensearch"}},
        {"version": {"number": "2.11.0", "distribution": "someone-else"}},
        {"version": {"number": "10.0.0"}},
        {},
    ],
)
def test_unsupported_servers_are_refused_by_name(info: dict) -> None:
    with pytest.raises(
        ElasticUnavailable, match=r"supports Elasticsearch 8\.x and 9\.x, OpenSearch 2\.x and 3\.x"
    ):
        server_flavour(info)


@pytest.mark.parametrize(
    ("info", "flavour"),
    [
        ({"version": {"number": "8.15.3"}}, ("elasticsearch", 8)),
        ({"version": {"number": "9.1.0"}}, ("elasticsearch", 9)),
        ({"version": {"number": "2.19.1", "distribution": "opensearch"}}, ("opensearch", 2)),
        ({"version": {"number": "3.3.0", "distribution": "opensearch"}}, ("opensearch", 3)),
    ],
)
def test_the_server_flavour_comes_from_get_root(info: dict, flavour: tuple[str, int]) -> None:
    assert server_flavour(info) == flavour


def test_a_real_opensearch_server_gets_the_opensearch_client(search_engine_url: str) -> None:
    """elasticsearch-py refuses a server that is not Elasticsearch (its product check): the adapter speaks
    to OpenSearch with opensearch-py instead, and the same calls work."""
    from elasticsearch import Elasticsearch, UnsupportedProductError

    client = connect(search_engine_url)
    try:
        assert client.flavour == "opensearch" and client.version.startswith(("2.", "3."))
        assert type(client.native).__module__.startswith("opensearchpy")
        assert client.get_alias("cnht-no-such-alias") == {} and client.indices("cnht-no-such-*") == []
    finally:
        client.close()
    plain = Elasticsearch(search_engine_url)
    try:
        with pytest.raises(UnsupportedProductError):
            plain.info()
    finally:
        plain.close()


# -- what the real client sends --------------------------------------------------------------------------


class Recorder:
    def __init__(self, version: str) -> None:
        self.version = version
        self.requests: list[tuple[str, str, dict[str, str]]] = []


@pytest.fixture
def recorder(request: pytest.FixtureRequest) -> Iterator[tuple[str, Recorder]]:
    rec = Recorder(request.param)

    class Handler(BaseHTTPRequestHandler):
        def _reply(self, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("X-Elastic-Product", "Elasticsearch")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _record(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            rec.requests.append((self.command, self.path, {k.lower(): v for k, v in self.headers.items()}))

        def do_GET(self) -> None:
            self._record()
            if self.path == "/":
                self._reply({"version": {"number": rec.version}, "tagline": "You Know, for Search"})
            else:
                self._reply({"count": 0, "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0}})

        def do_POST(self) -> None:
            self._record()
            self._reply({"took": 1, "errors": False, "items": [{"index": {"_id": "1", "status": 201}}]})

        do_PUT = do_POST

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", rec
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(("recorder", "major"), [("8.15.3", "8"), ("9.1.0", "9")], indirect=["recorder"])
def test_requests_speak_the_servers_major_version(recorder: tuple[str, Recorder], major: str) -> None:
    url, rec = recorder
    client = connect(url)
    assert client.flavour == "elasticsearch"
    try:
        client.native.count(index="cnht-docs")
        helpers.bulk(client.native, [{"_index": "cnht-docs", "_id": "1", "_source": {"id": "1"}}])
    finally:
        client.close()
    probe, count, bulk = rec.requests
    assert probe[:2] == ("GET", "/") and probe[2]["accept"] == "application/json"
    assert count[1].startswith("/cnht-docs/_count")
    assert count[2]["accept"] == f"application/vnd.elasticsearch+json; compatible-with={major}"
    assert bulk[1].startswith("/_bulk")
    assert bulk[2]["content-type"] == f"application/vnd.elasticsearch+x-ndjson; compatible-with={major}"
