"""Fixtures of the flow tests: a sources file whose listing declares item dates, a webhook receiver."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from crawlers.sample_site import SOURCES_FILE

HCM_DATES = "div.list-news div.item span.time::text"  # the sample listing's item dates (dd/mm/yyyy)


@pytest.fixture
def dated_sources(tmp_path: Path) -> Path:
    """The sample site's sources, with `discovery.dates` declared for the paginated hcm-news listing."""
    raw = yaml.safe_load(SOURCES_FILE.read_text(encoding="utf-8"))
    for source in raw["sources"]:
        if source["id"] == "hcm-news":
            source["discovery"]["dates"] = HCM_DATES
    path = tmp_path / "sources.yaml"
    path.write_text(yaml.safe_dump(raw, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def webhook_posts() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A webhook endpoint on 127.0.0.1: (its URL, the JSON bodies posted to it with their delivery id)."""
    posts: list[dict[str, Any]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            posts.append({"delivery": self.headers["X-Cnht-Delivery"], "body": body})
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", posts
    server.shutdown()
    server.server_close()
