"""Sitemaps read into entries: each `<url>` or `<sitemap>` with its location and the date it announces.

Scrapy's `Sitemap` keeps only a `<url>`'s direct children, so a news sitemap's
`<news:news><news:publication_date>` is lost there; this reader keeps it next to `<lastmod>`. An entry's
announced date is the latest of the two: it decides both whether an archived page is asked for again
(crawlers/freshness.py) and whether an entry is older than a crawl's date floor (`CNHT_SINCE`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lxml import etree

from crawlers.freshness import latest_announced

# Elements whose text is a date an entry announces: sitemaps' <lastmod>, news sitemaps'
# <news:publication_date> (inside <news:news>). Namespaces are ignored, as Scrapy does.
DATE_TAGS = frozenset({"lastmod", "publication_date"})


class SitemapError(ValueError):
    """The body cannot be read as XML at all, even by lxml's recovering parser."""


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
