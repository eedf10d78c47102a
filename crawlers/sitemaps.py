"""Sitemaps read into entries: each `<url>` or `<sitemap>` with its location and the date it announces;
the sitemaps a robots.txt lists; gzipped sitemap files opened under a size cap.

Scrapy's `Sitemap` keeps only a `<url>`'s direct children, so a news sitemap's
`<news:news><news:publication_date>` is lost there; this reader keeps it next to `<lastmod>`. An entry's
announced date is the latest of the two: it decides both whether an archived page is asked for again
(crawlers/freshness.py) and whether an entry is older than a crawl's date floor (`CNHT_SINCE`).

A `sitemap.xml.gz` file is served as the bytes of a gzip file (`application/gzip`, `application/x-gzip`,
`application/octet-stream`), not with `Content-Encoding: gzip`, so Scrapy's HttpCompressionMiddleware
leaves it alone: `gunzipped` opens it with Scrapy's own `gunzip`, under the crawl's download size cap.
"""

from __future__ import annotations

import datetime as dt
import struct
import zlib
from dataclasses import dataclass

from lxml import etree
from scrapy.utils._compression import _DecompressionMaxSizeExceeded  # what gunzip raises at max_size
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import sitemap_urls_from_robots

from crawlers.freshness import latest_announced

GZIP_MAGIC = b"\x1f\x8b\x08"  # a gzip member (deflate), as Scrapy's gzip_magic_number tests

# Elements whose text is a date an entry announces: sitemaps' <lastmod>, news sitemaps'
# <news:publication_date> (inside <news:news>). Namespaces are ignored, as Scrapy does.
DATE_TAGS = frozenset({"lastmod", "publication_date"})


class SitemapError(ValueError):
    """The body cannot be read as XML at all, even by lxml's recovering parser."""


class GzipSitemapError(ValueError):
    """A gzipped sitemap that cannot be opened; the message is the recorded reason, `kind: detail`."""


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    announced: dt.datetime | None  # the latest readable date among the entry's dates; None: undated


def _local(tag: object) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def read_sitemap(body: bytes) -> tuple[str, list[SitemapEntry]]:
    """The root's name (`urlset`, `sitemapindex`, or whatever else was served) and the entries with a
    `<loc>`, in document order. Broken XML is read as far as lxml can recover it.

    >>> kind, entries = read_sitemap(b'''<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
    ...   xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    ...  <url><loc> https://a.vn/1.html </loc><lastmod>2025-01-02</lastmod></url>
    ...  <url><loc>https://a.vn/2.html</loc><news:news>
    ...    <news:publication_date>2025-03-04T08:00:00+07:00</news:publication_date></news:news></url>
    ...  <url><loc>https://a.vn/3.html</loc></url><url><lastmod>2025-01-01</lastmod></url>
    ... </urlset>''')
    >>> kind
    'urlset'
    >>> for entry in entries:
    ...     print(entry.loc, entry.announced and entry.announced.isoformat())
    https://a.vn/1.html 2025-01-02T23:59:59+07:00
    https://a.vn/2.html 2025-03-04T08:00:00+07:00
    https://a.vn/3.html None
    >>> read_sitemap(b"<sitemapindex><sitemap><loc>/s1.xml</loc></sitemap>")[1][0].loc  # unclosed: recovered
    '/s1.xml'
    """
    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True
    )
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as exc:  # recover=True still raises on a body with no element at all
        raise SitemapError(str(exc)) from exc
    if root is None:
        raise SitemapError("no XML element found")
    entries = []
    for element in root.iter():
        if _local(element.tag) not in ("url", "sitemap"):
            continue
        loc = next((c.text or "" for c in element if _local(c.tag) == "loc"), "").strip()
        if not loc:
            continue
        dates = [d.text or "" for d in element.iter() if _local(d.tag) in DATE_TAGS]
        entries.append(SitemapEntry(loc, latest_announced(dates)))
    return _local(root.tag), entries


def gunzipped(body: bytes, max_size: int = 0) -> bytes:
    """The sitemap's XML: the body itself, or the body gunzipped when it is a gzip file. Decompression
    stops at `max_size` bytes (0: no cap), the crawl's `DOWNLOAD_MAXSIZE`, as Scrapy's
    HttpCompressionMiddleware stops a `Content-Encoding: gzip` body; a body that inflates beyond it is a
    decompression bomb. Like Scrapy's SitemapSpider, a gzip stream cut short yields what it inflated.

    >>> import gzip
    >>> gunzipped(b"<urlset/>"), gunzipped(gzip.compress(b"<urlset/>"))
    (b'<urlset/>', b'<urlset/>')
    >>> gunzipped(gzip.compress(b" " * 200_000), max_size=100_000)
    Traceback (most recent call last):
    crawlers.sitemaps.GzipSitemapError: decompression bomb: the gzipped sitemap inflates beyond the \
download max size (100000 B): 131072 B decompressed so far
    >>> gunzipped(GZIP_MAGIC + bytes(7) + b"not deflate at all")
    Traceback (most recent call last):
    crawlers.sitemaps.GzipSitemapError: corrupt gzip: the sitemap cannot be decompressed: Error -3 while \
decompressing data: invalid block type
    """
    if not body.startswith(GZIP_MAGIC):
        return body
    try:
        return gunzip(body, max_size=max_size)
    except _DecompressionMaxSizeExceeded as exc:
        raise GzipSitemapError(
            f"decompression bomb: the gzipped sitemap inflates beyond the download max size ({max_size} B):"
            f" {exc.decompressed_size} B decompressed so far"
        ) from exc
    except (OSError, EOFError, zlib.error, struct.error) as exc:  # gzip.BadGzipFile is an OSError
        raise GzipSitemapError(f"corrupt gzip: the sitemap cannot be decompressed: {exc}") from exc


def sitemaps_in_robots(body: bytes, robots_url: str) -> list[str]:
    """The sitemap URLs a robots.txt lists in its `Sitemap:` lines (read by Scrapy's
    `sitemap_urls_from_robots`, whatever their case and wherever they sit), relative ones resolved
    against the robots.txt URL, each once, in order.

    >>> robots = b"User-agent: *\\nDisallow: /admin/\\nSitemap: https://a.vn/sitemap-index.xml\\n"
    >>> robots += b"sitemap: /news-sitemap.xml.gz\\nSITEMAP: https://a.vn/sitemap-index.xml\\n"
    >>> sitemaps_in_robots(robots, "https://a.vn/robots.txt")
    ['https://a.vn/sitemap-index.xml', 'https://a.vn/news-sitemap.xml.gz']
    >>> sitemaps_in_robots(b"User-agent: *\\nDisallow:\\nSitemap:\\n", "https://a.vn/robots.txt")
    []
    """
    urls = sitemap_urls_from_robots(body, base_url=robots_url)
    return list(dict.fromkeys(url for url in urls if url != robots_url))  # `Sitemap:` with no URL: skipped
