"""A generated news site on 127.0.0.1: `pages` article pages and the listing pages that link to them.

`/list/N.html` links `per_list` articles (`/a/I.html`) and the next listing page. Pages are made on the
fly, about `article_kb` KB of varied Vietnamese text each, so a crawl of thousands costs no disk. Used by
the kill-and-resume test and by `benchmarks/crawl_throughput.py`.
"""

from __future__ import annotations

import contextlib
import random
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from crawlers.sources import Discovery, Source

_VOCABULARY = (
    "công nghiệp hỗ trợ doanh nghiệp linh kiện phụ tùng nội địa hoá chuỗi cung ứng Bắc Ninh Hải Phòng "
    "quyết định ủy ban nhân dân tỉnh đầu tư FDI nhà máy sản xuất cơ khí điện tử khu công nghiệp tỷ đồng "
    "triệu USD ký kết hợp tác chương trình phát triển năm 2025 Sở Công Thương hội nghị kết nối"
)
WORDS = _VOCABULARY.split()


def _article(number: int, article_kb: int) -> bytes:
    rng = random.Random(number)
    paragraphs = []
    size = 0
    while size < article_kb * 1024:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(60)) + "."
        paragraphs.append(f"<p>{paragraph}</p>")
        size += len(paragraph.encode()) + 7
    title = f"Tin số {number}: doanh nghiệp công nghiệp hỗ trợ ký kết hợp đồng"
    return (
        f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{''.join(paragraphs)}</article></body></html>"
    ).encode()


class GeneratedSiteHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    pages = 2000
    per_list = 50
    article_kb = 8

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        body: bytes | None = None
        if path == "/robots.txt":
            body = b"User-agent: *\nAllow: /\n"
        elif path.startswith("/list/") and path.endswith(".html"):
            body = self._listing(int(path[6:-5]))
        elif path.startswith("/a/") and path.endswith(".html"):
            number = int(path[3:-5])
            body = _article(number, self.article_kb) if 1 <= number <= self.pages else None
        if body is None:
            self._send(404, b"not found")
        else:
            self._send(200, body)

    def _listing(self, n: int) -> bytes | None:
        first = (n - 1) * self.per_list + 1
        if n < 1 or first > self.pages:
            return None
        numbers = range(first, min(first + self.per_list, self.pages + 1))
        links = "".join(f'<li><a class="article" href="/a/{i}.html">Tin {i}</a></li>' for i in numbers)
        more = f'<a class="next" href="/list/{n + 1}.html">Trang sau</a>' if numbers[-1] < self.pages else ""
        return f"<html><body><ul>{links}</ul>{more}</body></html>".encode()

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_generated_site(
    pages: int = 2000, per_list: int = 50, article_kb: int = 8, max_seconds: float = 600.0
) -> Iterator[str]:
    """Serve the generated site on a free port; yields its base URL. Stops on exit or after `max_seconds`."""
    handler = type(
        "Handler", (GeneratedSiteHandler,), {"pages": pages, "per_list": per_list, "article_kb": article_kb}
    )
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="generated-site", daemon=True)
    thread.start()
    timer = threading.Timer(max_seconds, server.shutdown)
    timer.daemon = True
    timer.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        timer.cancel()
        server.shutdown()
        server.server_close()


def generated_source(
    base: str, pages: int = 2000, per_list: int = 50, source_id: str = "generated"
) -> Source:
    return Source(
        id=source_id,
        name="Generated loopback site",
        province="Bắc Ninh",
        kind="news",
        discovery=Discovery(
            type="listing",
            urls=[f"{base}/list/1.html"],
            links="a.article::attr(href)",
            next_page="a.next::attr(href)",
            max_pages=-(-pages // per_list) + 1,
        ),
    )


# Loopback needs no politeness delay: as fast as the crawler goes, 16 requests in flight.
FAST_SETTINGS: dict[str, object] = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "LOG_LEVEL": "WARNING",
}
