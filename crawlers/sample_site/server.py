"""Serve the bundled sample site on 127.0.0.1 (a free port unless one is given).

`{{BASE}}` in any served file becomes `http://127.0.0.1:PORT`, so feeds, sitemaps and canonical links
carry absolute URLs that work on whatever port was free. Run it alone with
`python -m crawlers.sample_site.server [--port N]`.
"""

from __future__ import annotations

import argparse
import contextlib
import mimetypes
import threading
from collections.abc import Iterator
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from crawlers.sample_site import SITE_ROOT

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
}
TEXT_SUFFIXES = {".html", ".xml", ".rss", ".txt"}


class SampleSiteHandler(BaseHTTPRequestHandler):
    server_version = "cnht-sample/1"
    root: Path = SITE_ROOT
    base: str = ""

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if path.endswith("/"):
            path += "index.html"
        target = (self.root / path.lstrip("/")).resolve()
        if not target.is_relative_to(self.root.resolve()) or not target.is_file():
            self._send(
                404,
                b"<html><body><h1>404 - Kh\xc3\xb4ng t\xc3\xacm th\xe1\xba\xa5y trang</h1></body></html>",
                "text/html; charset=utf-8",
            )
            return
        body = target.read_bytes()
        if target.suffix in TEXT_SUFFIXES:
            body = body.replace(b"{{BASE}}", self.base.encode("ascii"))
        ctype = (
            CONTENT_TYPES.get(target.suffix)
            or mimetypes.guess_type(target.name)[0]
            or "application/octet-stream"
        )
        self._send(200, body, ctype, last_modified=target.stat().st_mtime)

    def _send(self, status: int, body: bytes, ctype: str, last_modified: float | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if last_modified is not None:
            self.send_header("Last-Modified", formatdate(last_modified, usegmt=True))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # quiet: the crawl logs what it fetched
        pass


@contextlib.contextmanager
def serve_sample_site(port: int = 0, root: Path = SITE_ROOT) -> Iterator[str]:
    """Serve `root` in a background thread; yields the base URL, stops the server on exit."""
    handler = type("Handler", (SampleSiteHandler,), {"root": root})
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    handler.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="cnht-sample-site", daemon=True)
    thread.start()
    try:
        yield handler.base
    finally:
        server.shutdown()
        server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve the bundled cnht sample site on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    with serve_sample_site(args.port) as base:
        print(f"Sample site at {base}/ (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
