"""Sitemaps found through robots.txt, and gzipped sitemap files, in real crawls of loopback sites.

A sitemap source that names `https://host/robots.txt` reads the sitemaps of its `Sitemap:` lines; a
`sitemap.xml.gz` served as a file (application/gzip, application/x-gzip, application/octet-stream, no
Content-Encoding) is gunzipped under the crawl's download size cap. A corrupt or bombing .gz is a recorded
error with its reason, and the crawl goes on with the other sitemaps. robots.txt stays obeyed
(ROBOTSTXT_OBEY) for everything else. Three loopback hosts, one robots.txt each.
"""

from __future__ import annotations

import gzip
from typing import Any

import pytest

from crawlers.archive import RawArchive
from crawlers.sources import Discovery, Source
from flows.stages.crawl import CrawlReport, crawl_source
from tests.crawl.static_site import Route, serve_static

MAXSIZE = 1024 * 1024
SETTINGS: dict[str, Any] = {
    "ROBOTSTXT_OBEY": True,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "RETRY_TIMES": 0,
    "DOWNLOAD_MAXSIZE": MAXSIZE,
    "DOWNLOAD_WARNSIZE": 0,
    "LOG_LEVEL": "WARNING",
}
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'
ARTICLE = b"<html><head><meta charset='utf-8'><title>Tin</title></head><body><p>Tin</p></body></html>"
HTML = "text/html; charset=utf-8"


def _index(paths: list[str]) -> bytes:
    items = "".join(f"<sitemap><loc>{{base}}{path}</loc></sitemap>" for path in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {NS}>{items}</sitemapindex>'.encode()


def _urlset(paths: list[str]) -> bytes:
    items = "".join(f"<url><loc>{{base}}{path}</loc></url>" for path in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {NS} {NEWS_NS}>{items}</urlset>'.encode()


def _gz(body: bytes) -> bytes:
    """`{base}` is replaced before compressing: static_site replaces it in plain bodies only."""
    return gzip.compress(body)


# Host 1: robots.txt -> a sitemap index -> gzipped urlsets (three content types), a corrupt .gz and a
# gzip bomb beside them; a second, relative `Sitemap:` line names a gzipped news sitemap, a third one a
# sitemap on a host outside allowed_domains.
ROBOTS = (
    b"User-agent: *\nDisallow: /private/\n\nSitemap: {base}/sitemap-index.xml\nsitemap: /news.xml.gz\n"
    b"Sitemap: http://sitemaps.cdn.invalid/sitemap.xml\n"  # another host: an error, never a request
)
GZIPPED = {  # path -> (content type, the pages it lists)
    "/sm-gzip.xml.gz": ("application/gzip", ["/tin/a.html", "/tin/b.html"]),
    "/sm-xgzip.xml.gz": ("application/x-gzip", ["/tin/c.html"]),
    "/sm-octet.xml.gz": ("application/octet-stream", ["/tin/d.html", "/private/e.html"]),
    "/news.xml.gz": ("application/x-gzip", ["/tin/news.html"]),
}
CORRUPT = gzip.compress(b"<urlset/>")[:10] + b"this is no deflate stream, whatever the header says"
BOMB = gzip.compress(b"<urlset>" + b" " * (8 * MAXSIZE) + b"</urlset>", compresslevel=9)
PAGES = {"/tin/a.html", "/tin/b.html", "/tin/c.html", "/tin/d.html", "/tin/news.html"}


def _chain_routes() -> dict[str, Route]:
    routes: dict[str, Route] = {
        "/robots.txt": (200, "text/plain", ROBOTS),
        "/sitemap-index.xml": (
            200,
            "application/xml",
            _index(
                ["/sm-gzip.xml.gz", "/sm-xgzip.xml.gz", "/sm-octet.xml.gz", "/corrupt.xml.gz", "/bomb.xml.gz"]
            ),
        ),
        "/corrupt.xml.gz": (200, "application/gzip", CORRUPT),
        "/bomb.xml.gz": (200, "application/gzip", BOMB),
    }
    for path in [*PAGES, "/private/e.html"]:
        routes[path] = (200, HTML, ARTICLE)
    return routes


def _source(source_id: str, url: str) -> Source:
    discovery = Discovery(type="sitemap", urls=[url])
    return Source(id=source_id, name=source_id, province="Hải Phòng", kind="news", discovery=discovery)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data_dir = tmp_path_factory.mktemp("robots") / "cnht-data"
    routes = _chain_routes()
    no_sitemap = {"/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /admin/\n")}
    no_sitemap["/sitemap.xml"] = (200, "application/xml", _urlset(["/tin/x.html"]))
    closed = {
        "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /\nSitemap: {base}/sitemap.xml\n")
    }
    closed["/sitemap.xml"] = (200, "application/xml", _urlset(["/tin/y.html"]))
    with (
        serve_static(routes) as chain,
        serve_static(no_sitemap, host="127.0.0.2") as bare,
        serve_static(closed, host="127.0.0.3") as shut,
    ):
        for path, (ctype, pages) in GZIPPED.items():  # gzipped with the site's own base in every <loc>
            chain.routes[path] = (200, ctype, _gz(_urlset(pages).replace(b"{base}", chain.base.encode())))
        sources = {
            "chain": _source("robots-chain", chain.base + "/robots.txt"),
            "bare": _source("robots-bare", bare.base + "/robots.txt"),
            "shut": _source("robots-shut", shut.base + "/robots.txt"),
        }
        # Scrapy's default robots.txt parser (Protego) allows /robots.txt under `Disallow: /`; the standard
        # library's does not, and discovery must read robots.txt with either.
        stdlib_parser = {"ROBOTSTXT_PARSER": "scrapy.robotstxt.PythonRobotParser"}
        settings = {"chain": SETTINGS, "bare": SETTINGS, "shut": {**SETTINGS, **stdlib_parser}}
        reports = {k: crawl_source(s, data_dir, "run-1", settings[k], timeout=90) for k, s in sources.items()}
        hits = {"chain": dict(chain.hits), "bare": dict(bare.hits), "shut": dict(shut.hits)}
        bases = {"chain": chain.base, "bare": bare.base, "shut": shut.base}
    with RawArchive(data_dir / "archive") as archive:
        records = archive.pages()
        errors = archive.errors()
    return {"reports": reports, "hits": hits, "bases": bases, "records": records, "errors": errors}


def _records(crawled: dict[str, Any], key: str, role: str) -> dict[str, int]:
    """path -> status of the archived records of one site and role."""
    base = crawled["bases"][key]
    return {
        r.url.removeprefix(base): r.status
        for r in crawled["records"]
        if r.url.startswith(base + "/") and r.role == role
    }


def _reasons(crawled: dict[str, Any], key: str) -> dict[str, str]:
    base = crawled["bases"][key]
    source = {"chain": "robots-chain", "bare": "robots-bare", "shut": "robots-shut"}[key]
    return {e["url"].removeprefix(base): e["reason"] for e in crawled["errors"] if e["source"] == source}


def test_every_crawl_finishes(crawled: dict[str, Any]) -> None:
    reports: dict[str, CrawlReport] = crawled["reports"]
    assert {k: r.finish_reason for k, r in reports.items()} == dict.fromkeys(reports, "finished")


def test_robots_txt_leads_through_the_index_and_gzipped_urlsets_to_every_page(
    crawled: dict[str, Any],
) -> None:
    hits = crawled["hits"]["chain"]
    assert set(hits) >= PAGES and all(hits[p] == 1 for p in PAGES)
    assert _records(crawled, "chain", "page") == dict.fromkeys(PAGES, 200)
    assert crawled["reports"]["chain"].pages_fetched == len(PAGES)
    sitemaps = _records(crawled, "chain", "sitemap")
    assert {p: sitemaps.get(p) for p in [*GZIPPED, "/sitemap-index.xml"]} == dict.fromkeys(
        [*GZIPPED, "/sitemap-index.xml"], 200
    )


def test_robots_txt_is_archived_with_the_robots_role(crawled: dict[str, Any]) -> None:
    for key in ("chain", "bare", "shut"):
        assert _records(crawled, key, "robots") == {"/robots.txt": 200}


def test_a_corrupt_gzip_sitemap_is_a_recorded_error_and_its_siblings_are_read(
    crawled: dict[str, Any],
) -> None:
    reason = _reasons(crawled, "chain")["/corrupt.xml.gz"]
    assert reason.startswith("corrupt gzip: the sitemap cannot be decompressed: ")
    assert crawled["reports"]["chain"].errors_by_kind["corrupt gzip"] == 1


def test_a_gzip_bomb_sitemap_stops_at_the_download_size_cap(crawled: dict[str, Any]) -> None:
    reason = _reasons(crawled, "chain")["/bomb.xml.gz"]
    assert reason.startswith(
        f"decompression bomb: the gzipped sitemap inflates beyond the download max size ({MAXSIZE} B): "
    )
    assert crawled["reports"]["chain"].errors_by_kind["decompression bomb"] == 1


def test_pages_robots_txt_disallows_are_still_refused(crawled: dict[str, Any]) -> None:
    assert "/private/e.html" not in crawled["hits"]["chain"]
    assert _reasons(crawled, "chain")["/private/e.html"] == "robots.txt: forbidden by the site's robots.txt"


def test_a_listed_sitemap_on_another_host_is_an_error_not_a_silent_drop(crawled: dict[str, Any]) -> None:
    reasons = _reasons(crawled, "chain")
    offsite = "http://sitemaps.cdn.invalid/sitemap.xml"
    assert reasons[offsite] == "offsite sitemap: sitemaps.cdn.invalid not in allowed_domains"
    assert set(reasons) == {"/corrupt.xml.gz", "/bomb.xml.gz", "/private/e.html", offsite}


def test_robots_txt_without_sitemap_lines_is_an_empty_discovery(crawled: dict[str, Any]) -> None:
    assert _reasons(crawled, "bare") == {"/robots.txt": "empty discovery: robots.txt lists no sitemap"}
    assert set(crawled["hits"]["bare"]) == {"/robots.txt"}


def test_robots_txt_is_read_even_where_it_disallows_everything(crawled: dict[str, Any]) -> None:
    """RFC 9309: robots.txt itself is always allowed; the sitemap it lists under `Disallow: /` is not."""
    assert _reasons(crawled, "shut") == {"/sitemap.xml": "robots.txt: forbidden by the site's robots.txt"}
    assert set(crawled["hits"]["shut"]) == {"/robots.txt"}
