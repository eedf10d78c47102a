"""A test-only legal-document portal on 127.0.0.1 whose decision pages link attachment files, some of
which fail: a text PDF, a dead link (404), a file beyond the size cap, and a file that answers 503 until
`portal.flaky_ok = True` (as a portal under load does on one run and not the next). With
`portal.moved_to` set, that file answers 302 to it instead (a mirror that may be down).

`portal.hits[path]` counts the requests per path.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from crawlers.sample_site.make_attachments import DOCS, build_pdf
from tests.loopback import serving

HUGE_BYTES = 300_000  # beyond the test's DOWNLOAD_MAXSIZE

DECISION = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Quyết định {number}</title></head><body><h1>{title}</h1>
<table class="doc-meta">
<tr><th>Số hiệu</th><td>{number}</td></tr><tr><th>Loại văn bản</th><td>Quyết định</td></tr>
<tr><th>Cơ quan ban hành</th><td>UBND tỉnh Bắc Ninh</td></tr><tr><th>Người ký</th><td>Đào Quang Tiến</td></tr>
<tr><th>Ngày ban hành</th><td>21/06/2023</td></tr><tr><th>Ngày hiệu lực</th><td>05/07/2023</td></tr>
<tr><th>Tình trạng</th><td>Còn hiệu lực</td></tr></table>
<div class="doc-content"><p><b>Điều 1.</b> {title} trên địa bàn tỉnh Bắc Ninh, giai đoạn 2023 – 2025, theo
Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ về phát triển công nghiệp hỗ trợ.</p>
<p><b>Điều 2.</b> Kinh phí thực hiện được bố trí từ ngân sách tỉnh, tổng kinh phí dự kiến 45 tỷ đồng.
</p></div>
<div class="attachments">{links}</div></body></html>"""

PAGES = {
    "/vanban/qd-18.html": ("18/2023/QĐ-UBND", ["/files/qd-18.pdf", "/files/missing.pdf", "/files/huge.pdf"]),
    "/vanban/qd-27.html": ("27/2025/QĐ-UBND", ["/files/qd-27.pdf?download=1"]),
}


def decision_page(path: str) -> bytes:
    number, files = PAGES[path]
    links = "".join(f'<a href="{f}">Tải văn bản</a> ' for f in files)
    title = "Ban hành Quy định quản lý Chương trình phát triển công nghiệp hỗ trợ"
    return DECISION.format(number=number, title=title, links=links).encode("utf-8")


LISTING = "".join(f'<a class="doc" href="{p}">{n}</a>' for p, (n, _) in PAGES.items())


@dataclass
class Portal:
    base: str = ""
    flaky_ok: bool = False
    moved_to: str | None = None  # where /files/qd-27.pdf redirects, when set
    hits: Counter[str] = field(default_factory=Counter)


class _Handler(BaseHTTPRequestHandler):
    portal: Portal

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        self.portal.hits[path] += 1
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
        elif path == "/vanban/index.html":
            self._send(200, f"<html><body>{LISTING}</body></html>".encode(), "text/html; charset=utf-8")
        elif path in PAGES:
            self._send(200, decision_page(path), "text/html; charset=utf-8")
        elif path == "/files/qd-18.pdf":
            self._send(200, build_pdf(DOCS[0]), "application/pdf")
        elif path == "/files/huge.pdf":
            self._send(200, b"%PDF-1.4\n" + b"0" * HUGE_BYTES, "application/pdf")
        elif path == "/files/qd-27.pdf" and self.portal.moved_to:
            self.send_response(302)
            self.send_header("Location", self.portal.moved_to)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/files/qd-27.pdf" and self.portal.flaky_ok:
            self._send(200, build_pdf(DOCS[1]), "application/octet-stream")
        elif path == "/files/qd-27.pdf":
            self._send(503, b"busy", "text/plain")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_portal() -> Iterator[Portal]:
    portal = Portal()
    with serving(type("Handler", (_Handler,), {"portal": portal})) as base:
        portal.base = base
        yield portal
