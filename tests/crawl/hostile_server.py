"""A test-only HTTP server on 127.0.0.1 that misbehaves on purpose, one route per way a real site fails.

Serve it with `with serve_hostile() as server:`; `server.base` is its URL and `server.hits[path]` the times
each path was asked for. It shuts itself down after `max_seconds` even if a test forgets to.
"""

from __future__ import annotations

import contextlib
import gzip
import re
import socket
import threading
import time
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

TITLE = "Bắc Ninh phát triển công nghiệp hỗ trợ"
TEXT = "Quyết định số 26/2023/QĐ-UBND về chương trình phát triển công nghiệp hỗ trợ tỉnh Bắc Ninh."
SLOW_SECONDS = 4.0  # /slow answers after this long: beyond the test's DOWNLOAD_TIMEOUT
BIG_BYTES = 20 * 1024 * 1024
BOMB_BYTES = 64 * 1024 * 1024  # /bomb inflates to this from about 64 KB

# What each case is, as linked from the index page. Paths under /private/ are disallowed by robots.txt.
CASES = {
    "flaky": "/flaky.html",  # 500, then 200
    "busy": "/busy.html",  # 429 with Retry-After: 1, then 200
    "busy_long": "/busy-long.html",  # 429 with Retry-After: 3600, always
    "slow": "/slow.html",
    "redirect_chain": "/hop/1",  # -> /hop/2 -> /hop/3 -> /landed.html
    "redirect_loop": "/loop/a",  # -> /loop/b -> /loop/a
    "truncated": "/truncated.html",
    "header_utf8_body_1258": "/charset/header-utf8.html",
    "meta_utf8_body_1258": "/charset/meta-utf8.html",
    "header_1258_body_utf8": "/charset/header-1258.html",
    "big": "/big.html",  # 20 MB with Content-Length
    "big_streamed": "/big-streamed.html",  # 20 MB, no Content-Length: the cap is hit mid-body
    "gzip_bomb": "/bomb.html",
    "robots_forbidden": "/private/secret.html",
    "closed_mid_body": "/closed-mid-body.html",  # chunked body cut off: the server hangs up mid-answer
    "closed_before_answer": "/closed-before-answer.html",  # the server hangs up without answering
}


def article(title: str = TITLE, text: str = TEXT, meta_charset: str | None = "utf-8") -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    return (
        f"<!DOCTYPE html><html lang='vi'><head>{meta}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1><p>{text}</p></article></body></html>"
    )


def to_cp1258(text: str) -> bytes:
    """Text in windows-1258, where tone marks are combining characters after the (accented) letter."""
    out = []
    for cluster in re.findall(r".[\u0300-\u036f]*", unicodedata.normalize("NFD", text), re.S):
        tones = "".join(c for c in cluster if c in "\u0300\u0301\u0303\u0309\u0323")
        out.append(unicodedata.normalize("NFC", "".join(c for c in cluster if c not in tones)) + tones)
    return "".join(out).encode("cp1258")


def _bomb() -> bytes:
    compressor = gzip.compress(b"\0" * (1024 * 1024), compresslevel=9)
    return compressor * (BOMB_BYTES // (1024 * 1024))  # concatenated gzip members inflate one after another


BROKEN_RSS = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin & tức</title>'
    "<item><title>Một</title><link>{base}/rss-item-1.html</link></item>"
    "<item><title>Hai</title><link>{base}/rss-item-2.html</link></item>"
    "<item><title>Ba <b>dở dang</title>"  # unclosed <b>, then the feed stops mid-document
)
BROKEN_SITEMAP = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>{base}/sitemap-item-1.html</loc></url>"
    "<url><loc>{base}/sitemap-item-2.html</url>"  # </loc> missing
    "<url><loc>{base}/sitemap-item-3.html</loc></url"
)


ETAG = '"v1"'
LAST_MODIFIED = "Mon, 17 Nov 2025 08:00:00 GMT"
CONDITIONAL_FEED = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin</title>'
    "<item><title>Một</title><link>{base}/rss-item-1.html</link></item></channel></rss>"
)


@dataclass
class HostileServer:
    base: str = ""
    hits: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    conditional: list[tuple[str, str | None, str | None]] = field(default_factory=list)  # path, INM, IMS


class HostileHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: HostileServer
    bomb: bytes = b""

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.state.hits[path].append(time.monotonic())
        count = len(self.state.hits[path])
        base = self.state.base
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif path == "/":
            links = "".join(f'<a href="{p}">{name}</a>' for name, p in CASES.items())
            self._send(200, f"<html><body>{links}</body></html>".encode(), "text/html; charset=utf-8")
        elif path == "/flaky.html":
            self._send(500 if count == 1 else 200, article().encode())
        elif path == "/busy.html":
            if count == 1:
                self._send(429, b"busy", extra={"Retry-After": "1"})
            else:
                self._send(200, article().encode())
        elif path == "/busy-long.html":
            self._send(429, b"busy", extra={"Retry-After": "3600"})
        elif path == "/slow.html":
            time.sleep(SLOW_SECONDS)
            with contextlib.suppress(OSError):
                self._send(200, article().encode())
        elif path.startswith("/hop/"):
            step = int(path.rsplit("/", 1)[1])
            self._redirect(f"/hop/{step + 1}" if step < 3 else "/landed.html")
        elif path in ("/loop/a", "/loop/b"):
            self._redirect("/loop/b" if path == "/loop/a" else "/loop/a")
        elif path == "/truncated.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "50000")
            self.end_headers()
            self.wfile.write(article().encode()[:200])
            self.close_connection = True
        elif path == "/charset/header-utf8.html":
            self._send(200, to_cp1258(article(meta_charset=None)), "text/html; charset=utf-8")
        elif path == "/charset/meta-utf8.html":
            self._send(200, to_cp1258(article(meta_charset="utf-8")), "text/html")
        elif path == "/charset/header-1258.html":
            self._send(200, article(meta_charset="windows-1258").encode(), "text/html; charset=windows-1258")
        elif path == "/closed-mid-body.html":
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            part = article().encode()[:300]
            self.wfile.write(f"{len(part) * 2:x}\r\n".encode() + part)  # half the chunk announced
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif path == "/closed-before-answer.html":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        elif path == "/big.html":
            self._send(200, b"<html><body>" + b"x" * BIG_BYTES + b"</body></html>")
        elif path == "/big-streamed.html":
            self._stream(BIG_BYTES)
        elif path == "/bomb.html":
            self._send(200, self.bomb, extra={"Content-Encoding": "gzip"})
        elif path == "/rss.xml":
            self._send(200, BROKEN_RSS.format(base=base).encode(), "application/rss+xml; charset=utf-8")
        elif path == "/sitemap.xml":
            self._send(200, BROKEN_SITEMAP.format(base=base).encode(), "application/xml")
        elif path in ("/cond/etag.xml", "/cond/last-modified.xml"):
            self._conditional(path)
        elif path == "/landed.html" or re.fullmatch(r"/(rss|sitemap)-item-\d\.html", path):
            self._send(200, article(title=f"Trang {path}").encode())
        else:
            self._send(404, b"not found", "text/plain")

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        with contextlib.suppress(OSError):  # the client may hang up (size caps, timeouts)
            self.wfile.write(body)

    def _conditional(self, path: str) -> None:
        """A feed that answers 304 to a request carrying the validator it sent (ETag or Last-Modified)."""
        inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
        self.state.conditional.append((path, inm, ims))
        by_etag = path == "/cond/etag.xml"
        if (by_etag and inm == ETAG) or (not by_etag and ims == LAST_MODIFIED):
            self.send_response(304)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        validator = {"ETag": ETAG} if by_etag else {"Last-Modified": LAST_MODIFIED}
        body = CONDITIONAL_FEED.format(base=self.state.base).encode()
        self._send(200, body, "application/rss+xml; charset=utf-8", extra=validator)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _stream(self, size: int) -> None:
        """A body with no Content-Length, ended by closing the connection (HTTP/1.0 style)."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"y" * 65536
        with contextlib.suppress(OSError):
            for _ in range(size // len(chunk)):
                self.wfile.write(chunk)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_hostile(max_seconds: float = 180.0) -> Iterator[HostileServer]:
    """Serve the hostile routes on a free port; stops on exit, or by itself after `max_seconds`."""
    state = HostileServer()
    handler = type("Handler", (HostileHandler,), {"state": state, "bomb": _bomb()})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, name="hostile-server", daemon=True)
    thread.start()
    timer = threading.Timer(max_seconds, server.shutdown)
    timer.daemon = True
    timer.start()
    try:
        yield state
    finally:
        timer.cancel()
        server.shutdown()
        server.server_close()
