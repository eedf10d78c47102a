"""The real sources registry (crawlers/sources.yaml): it validates, and for EVERY declared source a page
written in that site's shape is found by the source's own discovery rules and extracts to a document.

Each source has a fixture folder tests/fixtures/sources/<id>/ holding `discovery.xml` (a feed or a sitemap)
or `discovery.html` (a listing) that links one article and one page the source must skip (with `robots.txt`
naming the sitemap when a sitemap source names robots.txt), and `article.html`, the article in the site's
structure. These pages are written by hand for the test: never a real site's HTML.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request, Response, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from crawlers.sources import Source, load_sources
from crawlers.spiders.source_spider import SourceSpider
from crawlers.urls import is_robots_url
from extract.page import extract_document

ROOT = Path(__file__).resolve().parents[1]
REGISTRY = ROOT / "crawlers" / "sources.yaml"
FIXTURES = Path(__file__).parent / "fixtures" / "sources"
SOURCES = {source.id: source for source in load_sources(REGISTRY).sources}

REQUIRED_PROVINCES = [
    "Hải Phòng",
    "Quảng Ninh",
    "Hà Nội",
    "TP Hồ Chí Minh",
    "Bắc Ninh",
    "Hưng Yên",
    "Đồng Nai",
]


def discovered_pages(source: Source, tmp_path: Path, folder: Path | None = None) -> list[str]:
    """The page URLs the spider asks for after reading the fixture discovery page at the source's URL.
    A sitemap source that names robots.txt reads the fixture `robots.txt` there, and `discovery.xml` at
    the URL of the sitemap the spider asks for next."""
    crawler = get_crawler(SourceSpider, {"CNHT_DATA_DIR": str(tmp_path)})
    spider = SourceSpider.from_crawler(crawler, source=source)
    url = source.discovery.urls[0]
    folder = folder or FIXTURES / source.id
    request = Request(url, meta={"cnht_listing_page": 1})
    response: Response
    if source.discovery.type == "feed":
        body = (folder / "discovery.xml").read_bytes()
        response = XmlResponse(url, body=body, encoding="utf-8", request=request)
        requests = spider.parse_feed(response)
    elif source.discovery.type == "sitemap":
        if is_robots_url(url):
            robots = TextResponse(url, body=(folder / "robots.txt").read_bytes(), request=request)
            sitemap_requests = [r for r in spider.parse_robots(robots) if r.callback == spider.parse_sitemap]
            assert sitemap_requests, "the fixture robots.txt names a sitemap on the source's host"
            request = sitemap_requests[0]
            url = request.url
        body = (folder / "discovery.xml").read_bytes()
        requests = spider.parse_sitemap(Response(url, body=body, request=request))
    else:
        body = (folder / "discovery.html").read_bytes()
        response = HtmlResponse(url, body=body, encoding="utf-8", request=request)
        requests = spider.parse_listing(response)
    return [r.url for r in requests if r.callback == spider.parse_page]


def test_the_registry_validates_and_covers_the_required_provinces_ministry_and_legal_portals() -> None:
    sources = list(SOURCES.values())
    provinces = {s.province for s in sources}
    assert all(p in provinces for p in REQUIRED_PROVINCES), provinces
    assert "Bình Dương" in provinces  # merged into TP Hồ Chí Minh in 2025, still declared by name
    assert sum(1 for s in sources if s.id.startswith("moit-")) >= 2
    assert sum(1 for s in sources if s.kind == "decisions") >= 2
    for s in sources:
        assert s.notes, f"{s.id}: every real source says where its configuration comes from"
        assert s.domains() and s.article_pattern


def test_every_declared_source_has_a_fixture_and_every_fixture_a_source() -> None:
    assert sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) == sorted(SOURCES)


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_the_source_discovers_its_article_and_skips_other_links(source_id: str, tmp_path: Path) -> None:
    source = SOURCES[source_id]
    html = (FIXTURES / source_id / "article.html").read_text(encoding="utf-8")
    found = discovered_pages(source, tmp_path)
    document = extract_document(html, url=found[0] if found else None)
    assert found == [document.canonical_url], "exactly the article, and not the other linked page"
    assert all(source.domains()[0].removeprefix("www.") in url for url in found)


@pytest.mark.parametrize("source_id", sorted(SOURCES))
def test_the_source_article_extracts_to_a_document_with_title_and_text(source_id: str) -> None:
    source = SOURCES[source_id]
    html = (FIXTURES / source_id / "article.html").read_text(encoding="utf-8")
    document = extract_document(html, url="https://fixture.invalid/page")
    assert document.kind == {"news": "article", "decisions": "decision"}[source.kind]
    assert document.title and len(document.title) > 10
    assert len(document.text) >= 200
    assert document.relevance is not None and document.relevance > 0.5  # every fixture is a CNHT story
    if source.kind == "decisions":
        assert document.decision is not None and document.decision.number


# -- sitemap sources, named directly or through the site's robots.txt ---------------------------------

SITEMAP_ARTICLE = "https://tin.example.vn/kinh-te/cong-nghiep-ho-tro-bac-ninh-123.html"


@pytest.mark.parametrize(
    ("discovery_url", "gzipped"),
    [("https://tin.example.vn/sitemap.xml", False), ("https://tin.example.vn/robots.txt", True)],
)
def test_a_sitemap_source_discovers_its_article_from_fixture_files(
    discovery_url: str, gzipped: bool, tmp_path: Path
) -> None:
    """The fixture shape step 3 of crawlers/SOURCES.md asks of a sitemap source: `discovery.xml` (its bytes
    as served: gzipped for a .xml.gz), and `robots.txt` when the source names robots.txt."""
    source = Source.model_validate(
        {
            "id": "tin-sitemap",
            "name": "tin",
            "province": "Bắc Ninh",
            "kind": "news",
            "discovery": {"type": "sitemap", "urls": [discovery_url]},
            "article_pattern": r"-\d+\.html$",
        }
    )
    folder = tmp_path / "fixture"
    folder.mkdir()
    sitemap = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<url><loc>{SITEMAP_ARTICLE}</loc></url>"
        "<url><loc>https://tin.example.vn/lien-he.html</loc></url></urlset>"
    ).encode()
    (folder / "discovery.xml").write_bytes(gzip.compress(sitemap) if gzipped else sitemap)
    (folder / "robots.txt").write_bytes(b"User-agent: *\nDisallow: /admin/\nSitemap: /sitemap.xml.gz\n")
    assert discovered_pages(source, tmp_path, folder) == [SITEMAP_ARTICLE]


# -- the date floor for listing pagination (CNHT_SINCE / the spider's `since`) ------------------------

LISTING = """<html><body><div class="list">{items}</div>
<div class="paging"><a class="next" href="/tin?page=2">Sau</a></div></body></html>"""
ITEM = '<div class="item"><a href="/tin/bai-{n}.html">Bài {n}</a><span class="date">{date}</span></div>'


def listing_requests(dates: list[str], since: str | None, with_dates: bool = True) -> list[str]:
    source = Source.model_validate(
        {
            "id": "dated",
            "name": "dated",
            "province": "Hà Nội",
            "kind": "news",
            "discovery": {
                "type": "listing",
                "urls": ["https://tin.example.vn/tin"],
                "links": "div.item a::attr(href)",
                "next_page": "div.paging a.next::attr(href)",
                "dates": "div.item span.date::text" if with_dates else None,
            },
        }
    )
    settings = {"CNHT_SINCE": since} if since else {}
    spider = SourceSpider.from_crawler(get_crawler(SourceSpider, settings), source=source)
    items = "".join(ITEM.format(n=n, date=d) for n, d in enumerate(dates))
    url = source.discovery.urls[0]
    request = Request(url, meta={"cnht_listing_page": 1})
    response = HtmlResponse(url, body=LISTING.format(items=items), encoding="utf-8", request=request)
    return [r.url for r in spider.parse_listing(response) if r.callback == spider.parse_listing]


def test_since_stops_listing_pagination_once_every_item_on_the_page_is_older() -> None:
    old_page = ["03/12/2024", "28/11/2024 - 08:30"]
    assert listing_requests(old_page, since="2025-01-01") == []
    assert listing_requests(old_page, since="2024-11-01") == ["https://tin.example.vn/tin?page=2"]
    assert listing_requests([*old_page, "02/01/2025"], since="2025-01-01") == [
        "https://tin.example.vn/tin?page=2"
    ]


def test_since_never_stops_on_pages_without_dates_or_without_a_floor() -> None:
    old_page = ["03/12/2024", "28/11/2024"]
    next_page = ["https://tin.example.vn/tin?page=2"]
    assert listing_requests(old_page, since=None) == next_page
    assert listing_requests(old_page, since="2025-01-01", with_dates=False) == next_page
    assert listing_requests(["03/12/2024", "hôm qua"], since="2025-01-01") == next_page  # an unreadable date


def test_a_malformed_since_is_an_error_before_the_crawl_starts() -> None:
    source = SOURCES["hcm-sggp"]
    spider = SourceSpider.from_crawler(get_crawler(SourceSpider, {"CNHT_SINCE": "01/2025"}), source=source)
    with pytest.raises(ValueError):
        spider.since()
