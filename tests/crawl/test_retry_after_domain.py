"""A 429 with Retry-After pauses the whole site, not only the request that got it: the other pages of
the same host wait too (at most the one request already on its way when the answer came slips through)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from crawlers.archive import RawArchive
from crawlers.sources import Discovery, Source
from flows.stages.crawl import crawl_source

RETRY_AFTER = 2  # seconds the server asks for
# Scrapy's scheduler hands out the last link found first: /busy.html is asked for before the others.
PAGES = [*(f"/p/{n}.html" for n in range(1, 6)), "/busy.html"]
# A small delay between requests, as every real crawl has (the default is 1 s): with none, Scrapy 2.19
# on the asyncio reactor sends a slot's whole queue at once, whatever CONCURRENT_REQUESTS_PER_DOMAIN says.
SETTINGS = {
    "DOWNLOAD_DELAY": 0.1,
    "RANDOMIZE_DOWNLOAD_DELAY": False,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    "LOG_LEVEL": "WARNING",
    "RETRY_TIMES": 2,
}


class _Handler(BaseHTTPRequestHandler):
    hits: list[tuple[float, str]]
    lock: threading.Lock

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        with self.lock:
            self.hits.append((time.monotonic(), path))
            first_busy = path == "/busy.html" and sum(p == path for _, p in self.hits) == 1
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nAllow: /\n")
        elif path == "/index.html":
            self._send(200, "".join(f'<a class="x" href="{p}">{p}</a>' for p in PAGES).encode())
        elif first_busy:
            self._send(429, b"slow down", retry_after=str(RETRY_AFTER))
        elif path in PAGES:
            self._send(200, f"<html><body><p>{path}</p></body></html>".encode())
        else:
            self._send(404, b"no")

    def _send(self, status: int, body: bytes, retry_after: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if retry_after:
            self.send_header("Retry-After", retry_after)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def _serve() -> Iterator[tuple[str, list[tuple[float, str]]]]:
    hits: list[tuple[float, str]] = []
    handler = type("Handler", (_Handler,), {"hits": hits, "lock": threading.Lock()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", hits
    finally:
        server.shutdown()
        server.server_close()


def test_retry_after_holds_every_request_to_the_site_for_the_asked_time(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with _serve() as (base, hits):
        discovery = Discovery(type="listing", urls=[base + "/index.html"], links="a.x::attr(href)")
        source = Source(id="busy", name="busy", province="Bắc Ninh", kind="news", discovery=discovery)
        report = crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        seen = list(hits)
    refused_at = next(t for t, p in seen if p == "/busy.html")
    during_pause = [p for t, p in seen if refused_at < t < refused_at + RETRY_AFTER - 0.05]
    assert len(during_pause) <= 1, during_pause  # only a request already on its way when the 429 came
    assert len([p for t, p in seen if t > refused_at and p.startswith("/p/")]) >= 3  # they did wait
    assert sorted(p for _, p in seen if p in PAGES) == sorted([*PAGES, "/busy.html"])  # all, busy twice
    assert report.errors == 0 and report.retries == 1 and report.pages_fetched == len(PAGES)
    with RawArchive(data_dir / "archive") as archive:
        busy = [r.status for r in archive.pages() if r.url.endswith("/busy.html")]
    assert busy == [429, 200]
