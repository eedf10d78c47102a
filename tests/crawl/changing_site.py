"""A test-only news site on 127.0.0.1 whose articles can be re-published between two crawls.

It serves a sitemap (`/sitemap.xml`, `<lastmod>` per article), an Atom feed (`/feed.xml`, `<updated>`
per entry) and a listing page (`/list.html`, each item's date as Vietnamese sites write it, to the minute)
over the same articles, and answers conditional GETs like a real server: an article's ETag is
the hash of its body, `If-None-Match` with the current ETag gets a 304. `site.publish(path, text, when)`
changes an article's body and its announced date; `site.touch(path, when)` changes only the date (a
re-announced article with the same bytes); a path in `site.failing` is answered 503. With
`site.validators = False` it sends no ETag and ignores `If-None-Match`: every article request gets a 200,
as from the many servers that send no validators.
`site.hits[path]` lists the validators each request sent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from tests.loopback import serving

ARTICLE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title>"
    "<link rel='canonical' href='{url}'></head><body><article><h1>{title}</h1>"
    "<p class='date'>Thứ Hai, 12/05/2025 08:30</p><p>{text}</p><p>{more}</p></article></body></html>"
)
MORE = (
    "Dự án nằm trong khu công nghiệp Quế Võ, sản xuất linh kiện điện tử và phụ tùng cơ khí cung ứng cho các "
    "doanh nghiệp FDI, góp phần nâng tỷ lệ nội địa hoá của ngành công nghiệp hỗ trợ trên địa bàn tỉnh."
)


# A page after the site's redesign: no title, no date, the body in markup the extractor cannot find.
REDESIGNED = "<!DOCTYPE html><html><body><div class='x'><span>{text}</span></div></body></html>"


def vn_minute(iso: str) -> str:
    """An ISO datetime as a Vietnamese listing shows it: Vietnam time, to the minute.

    >>> vn_minute("2025-05-12T01:30:45Z")
    'Thứ Hai, 12/05/2025 08:30'
    """
    when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(VN)
    return f"{WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y %H:%M}"


VN = dt.timezone(dt.timedelta(hours=7))
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


@dataclass
class Article:
    title: str
    text: str
    announced: str  # ISO 8601: the sitemap's <lastmod>, the feed's <updated>
    redesigned: bool = False


@dataclass
class ChangingSite:
    base: str = ""
    articles: dict[str, Article] = field(default_factory=dict)
    hits: dict[str, list[tuple[str | None, str | None]]] = field(default_factory=lambda: defaultdict(list))
    lock: threading.Lock = field(default_factory=threading.Lock)
    failing: set[str] = field(default_factory=set)  # paths answered 503 for now
    validators: bool = True  # False: no ETag sent, conditional requests answered with a full 200

    def publish(self, path: str, title: str, text: str, when: str, redesigned: bool = False) -> None:
        with self.lock:
            self.articles[path] = Article(title, text, when, redesigned)

    def touch(self, path: str, when: str) -> None:
        with self.lock:
            self.articles[path].announced = when

    def body(self, path: str) -> bytes:
        article = self.articles[path]
        if article.redesigned:
            return REDESIGNED.format(text=article.text[:60]).encode("utf-8")
        html = ARTICLE.format(title=article.title, text=article.text, more=MORE, url=self.base + path)
        return html.encode("utf-8")

    def sitemap(self) -> bytes:
        urls = "".join(
            f"<url><loc>{self.base}{path}</loc><lastmod>{a.announced}</lastmod></url>"
            for path, a in self.articles.items()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        ).encode()

    def listing(self) -> bytes:
        items = "".join(
            f"<div class='item'><h3><a href='{path}'>{a.title}</a></h3>"
            f"<span class='date'>{vn_minute(a.announced)}</span></div>"
            for path, a in self.articles.items()
        )
        return f"<html><head><meta charset='utf-8'></head><body>{items}</body></html>".encode()

    def feed(self) -> bytes:
        entries = "".join(
            f"<entry><title>{a.title}</title><link href='{self.base}{path}'/>"
            f"<published>2025-05-12T08:30:00+07:00</published><updated>{a.announced}</updated></entry>"
            for path, a in self.articles.items()
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Tin</title><updated>2025-05-12T08:30:00+07:00</updated>{entries}</feed>"
        ).encode()


class _Handler(BaseHTTPRequestHandler):
    site: ChangingSite

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        site = self.site
        with site.lock:
            site.hits[path].append((self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")))
            if path == "/robots.txt":
                self._send(200, b"User-agent: *\nAllow: /\n", "text/plain")
            elif path == "/sitemap.xml":
                self._send(200, site.sitemap(), "application/xml")
            elif path == "/feed.xml":
                self._send(200, site.feed(), "application/atom+xml")
            elif path == "/list.html":
                self._send(200, site.listing(), "text/html; charset=utf-8")
            elif path in site.failing:
                self._send(503, b"busy", "text/plain")
            elif path in site.articles:
                body = site.body(path)
                etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
                if not site.validators:
                    self._send(200, body, "text/html; charset=utf-8")
                elif self.headers.get("If-None-Match") == etag:
                    self._send(304, b"", None, etag)
                else:
                    self._send(200, body, "text/html; charset=utf-8", etag)
            else:
                self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str | None, etag: str | None = None) -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        if etag:
            self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve_changing_site() -> Iterator[ChangingSite]:
    site = ChangingSite()
    with serving(type("Handler", (_Handler,), {"site": site})) as base:
        site.base = base
        yield site
