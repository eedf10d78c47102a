"""A test-only site of fixed pages on a loopback address: `routes` maps a path to (status, content type,
body); anything else is a 404. A 3xx route's body is its `Location`. `site.hits` counts the requests per
path (query strings dropped).

`host` may be any 127.x.y.z address: on Linux the whole 127.0.0.0/8 block is loopback, so two sites on
127.0.0.1 and 127.0.0.2 are two hosts to a crawler (Scrapy's offsite filter reads host names, not ports).
"""

from __future__ import annotations

import contextlib
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from tests.loopback import serving

Route = tuple[int, str, bytes]


@dataclass
class StaticSite:
    routes: dict[str, Route]
    base: str = ""
    hits: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    site: StaticSite

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        with self.site.lock:
            self.site.hits[path] += 1
            status, ctype, body = self.site.routes.get(path, (404, "text/plain", b"not here"))
        self.send_response(status)
        if 300 <= status < 400:
            self.send_header("Location", body.decode())
            body = b""
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_static(routes: dict[str, Route], host: str = "127.0.0.1") -> Iterator[StaticSite]:
    """Serve `routes` on `host` at an ephemeral port until the block ends; `{base}` in a body is replaced
    by the site's own base URL."""
    site = StaticSite(routes={})
    with serving(type("Handler", (_Handler,), {"site": site}), host) as base:
        site.base = base
        site.routes.update(
            {p: (s, c, b.replace(b"{base}", base.encode())) for p, (s, c, b) in routes.items()}
        )
        yield site
