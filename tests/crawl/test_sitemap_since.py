"""Sitemaps honour the date floor (`CNHT_SINCE`): `<url>` entries whose `<lastmod>` or news
`<news:publication_date>` is before it are not asked for, nor are a sitemap index's children whose
`<lastmod>` is before it; undated entries and children are kept. Counted on the server's side."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawlers.sources import Discovery, Source
from flows.stages.crawl import CrawlError, crawl_source
from tests.crawl.static_site import serve_static

SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0}
XML = "application/xml"
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def _index(children: list[tuple[str, str | None]]) -> bytes:
    items = "".join(
        f"<sitemap><loc>{{base}}{path}</loc>" + (f"<lastmod>{when}</lastmod>" if when else "") + "</sitemap>"
        for path, when in children
    )
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {NS}>{items}</sitemapindex>'.encode()


def _urlset(entries: list[tuple[str, str]]) -> bytes:
    """Entries as (path, the XML of its dates)."""
    items = "".join(f"<url><loc>{{base}}{path}</loc>{dates}</url>" for path, dates in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {NS} {NEWS_NS}>{items}</urlset>'.encode()


def _lastmod(when: str) -> str:
    return f"<lastmod>{when}</lastmod>"


def _published(when: str) -> str:
    return f"<news:news><news:publication_date>{when}</news:publication_date></news:news>"


SITEMAPS = {
    "/sitemap-index.xml": _index(
        [
            ("/sm-2024.xml", "2024-06-30"),  # nothing in it changed since the floor: not read
            ("/sm-2025.xml", "2025-03-01T10:00:00+07:00"),
            ("/sm-undated.xml", None),  # no date: read
            ("/news-sitemap.xml", "2025-02-10"),
        ]
    ),
    "/sm-2024.xml": _urlset([("/tin/2024-a.html", _lastmod("2025-06-01"))]),
    "/sm-2025.xml": _urlset(
        [
            ("/tin/old.html", _lastmod("2024-12-31")),
            ("/tin/first-day.html", _lastmod("2025-01-01")),
            ("/tin/vn-midnight.html", _lastmod("2024-12-31T17:30:00Z")),  # 00:30 on 1 January in Vietnam
            ("/tin/utc-evening.html", _lastmod("2024-12-31T16:59:00Z")),  # 23:59 on 31 December in Vietnam
            ("/tin/undated.html", ""),
        ]
    ),
    "/sm-undated.xml": _urlset(
        [("/tin/u-new.html", _lastmod("2025-02-02")), ("/tin/u-old.html", _lastmod("2023-01-01"))]
    ),
    "/news-sitemap.xml": _urlset(
        [
            ("/tin/news-old.html", _published("2024-11-11T10:00:00+07:00")),
            ("/tin/news-new.html", _published("2025-02-03T10:00:00+07:00")),
            # published before the floor, modified after it: the latest date counts
            ("/tin/news-updated.html", _published("2024-10-01T08:00:00+07:00") + _lastmod("2025-02-10")),
        ]
    ),
}
KEPT = {
    "/tin/first-day.html",
    "/tin/vn-midnight.html",
    "/tin/undated.html",
    "/tin/u-new.html",
    "/tin/news-new.html",
    "/tin/news-updated.html",
}
BEFORE = {
    "/tin/2024-a.html",
    "/tin/old.html",
    "/tin/utc-evening.html",
    "/tin/u-old.html",
    "/tin/news-old.html",
}
ARTICLE = b"<html><head><meta charset='utf-8'><title>Tin</title></head><body><p>Tin</p></body></html>"


def _routes() -> dict[str, tuple[int, str, bytes]]:
    routes = {path: (200, XML, body) for path, body in SITEMAPS.items()}
    routes["/robots.txt"] = (200, "text/plain", b"User-agent: *\nAllow: /\n")
    for path in KEPT | BEFORE:
        routes[path] = (200, "text/html; charset=utf-8", ARTICLE)
    return routes


def _crawl(tmp_path: Path, since: str | None) -> tuple[set[str], set[str], int]:
    """(article paths the server was asked for, sitemaps it was asked for, the report's skipped count)."""
    with serve_static(_routes()) as site:
        source = Source(
            id="dated-sitemaps",
            name="dated sitemaps",
            province="Hải Phòng",
            kind="news",
            discovery=Discovery(type="sitemap", urls=[site.base + "/sitemap-index.xml"]),
        )
        settings = {**SETTINGS, **({"CNHT_SINCE": since} if since else {})}
        report = crawl_source(source, tmp_path / "cnht-data", "run-1", settings, timeout=60)
        hits = dict(site.hits)
    assert report.errors == 0 and report.finish_reason == "finished"
    assert all(count == 1 for count in hits.values())
    articles = {p for p in hits if p.startswith("/tin/")}
    sitemaps = {p for p in hits if p.endswith(".xml")}
    return articles, sitemaps, report.skipped_before_since


def test_sitemap_entries_and_child_sitemaps_dated_before_the_floor_are_not_requested(tmp_path: Path) -> None:
    articles, sitemaps, skipped = _crawl(tmp_path, since="2025-01-01")
    assert articles == KEPT
    assert sitemaps == set(SITEMAPS) - {"/sm-2024.xml"}
    assert skipped == 1 + 4  # one child sitemap, four entries in the sitemaps that were read


def test_without_a_floor_every_sitemap_and_entry_is_requested(tmp_path: Path) -> None:
    articles, sitemaps, skipped = _crawl(tmp_path, since=None)
    assert (articles, sitemaps, skipped) == (KEPT | BEFORE, set(SITEMAPS), 0)


@pytest.mark.parametrize("floor", ["2025-13-01", "last year"])
def test_a_malformed_floor_fails_the_crawl_before_any_request(tmp_path: Path, floor: str) -> None:
    with serve_static(_routes()) as site:
        source = Source(
            id="dated-sitemaps",
            name="dated sitemaps",
            province="Hải Phòng",
            kind="news",
            discovery=Discovery(type="sitemap", urls=[site.base + "/sitemap-index.xml"]),
        )
        cause = f"could not start: ValueError: the date floor '{re.escape(floor)}' is not a date"
        with pytest.raises(CrawlError, match=cause):
            crawl_source(source, tmp_path / "cnht-data", "run-1", {**SETTINGS, "CNHT_SINCE": floor})
        hits = dict(site.hits)
    assert hits == {}
