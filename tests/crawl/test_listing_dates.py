"""A dated listing pairs each article link with the date of its own item, whatever the item's markup;
a link whose item has no date stays undated rather than borrowing a neighbour's. Through the spider, an
archived page whose item date moved past our last fetch is asked for again, conditionally."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawlers.archive import RawArchive
from crawlers.listing import listing_links
from crawlers.sources import Discovery, Source
from crawlers.spiders.source_spider import SourceSpider

CASES = [
    pytest.param(
        """<ul><li><a href="/1.html">A</a> <span class="d">12/05/2025 08:30</span></li>
           <li><a href="/2.html">B</a> <span class="d">11/05/2025</span></li></ul>""",
        "li a::attr(href)",
        "li span.d::text",
        [("/1.html", "12/05/2025 08:30"), ("/2.html", "11/05/2025")],
        id="list-items",
    ),
    pytest.param(
        """<table><tr><td><a href="/qd-1.html">QĐ 1</a></td><td>21/06/2023</td></tr>
           <tr><td><a href="/qd-2.html">QĐ 2</a></td><td>05/07/2023</td></tr></table>""",
        "td a::attr(href)",
        "tr td:nth-child(2)::text",
        [("/qd-1.html", "21/06/2023"), ("/qd-2.html", "05/07/2023")],
        id="table-rows",
    ),
    pytest.param(
        """<article><a href="/x.html"><img src="x.jpg"></a><h3><a href="/x.html">X</a></h3>
           <time datetime="2025-05-12T08:30:00+07:00">12/05</time></article>
           <article><h3><a href="/y.html">Y</a></h3></article>""",
        "article a::attr(href)",
        "time::attr(datetime)",
        [
            ("/x.html", "2025-05-12T08:30:00+07:00"),
            ("/x.html", "2025-05-12T08:30:00+07:00"),
            ("/y.html", None),
        ],
        id="image-and-title-link-one-undated-item",
    ),
    pytest.param(
        """<div class="dates"><p>12/05/2025</p><p>11/05/2025</p></div>
           <div class="links"><a href="/1.html">1</a><a href="/2.html">2</a></div>""",
        "div.links a::attr(href)",
        "div.dates p::text",
        [("/1.html", None), ("/2.html", None)],
        id="dates-apart-from-links-are-not-guessed",
    ),
    pytest.param(
        '<div class="item"><a href="/1.html">1</a>'
        '<span class="d">Thứ Hai, <b>12/05/2025</b> 08:30</span></div>',
        "div.item a::attr(href)",
        "div.item span.d ::text",
        [("/1.html", "Thứ Hai, 12/05/2025 08:30")],
        id="date-across-nested-elements",
    ),
]


@pytest.mark.parametrize(("page", "links", "dates", "expected"), CASES)
def test_each_link_gets_the_date_of_its_own_item(
    page: str, links: str, dates: str, expected: list[tuple[str, str | None]]
) -> None:
    assert listing_links(html.fromstring(f"<html><body>{page}</body></html>"), links, dates) == expected


def test_links_without_a_dates_selector_are_the_same_as_scrapy_css_finds() -> None:
    page = '<ul><li><a href="/1.html?utm_source=x">1</a></li><li><a href="/2.html">2</a></li></ul>'
    response = HtmlResponse("http://a.vn/list.html", body=page.encode(), encoding="utf-8")
    expected = response.css("li a::attr(href)").getall()
    assert [link for link, _ in listing_links(response.selector.root, "li a::attr(href)")] == expected


def test_an_archived_page_is_asked_for_again_when_its_listing_date_is_after_our_fetch(tmp_path: Path) -> None:
    source = Source(
        id="dated-listing",
        name="dated listing",
        province="Hưng Yên",
        kind="news",
        discovery=Discovery(
            type="listing", urls=["http://a.vn/list.html"], links="li a::attr(href)", dates="li span::text"
        ),
    )
    with RawArchive(tmp_path / "archive") as archive:
        writer = archive.writer("test", run_id="r1")
        for path in ("/new.html", "/old.html", "/undated.html"):
            url = "http://a.vn" + path
            headers = [("ETag", '"v1"'), ("Content-Type", "text/html")]
            writer.write(
                url=url, final_url=url, source=source.id, role="page", status=200, headers=headers, body=b"x"
            )
        writer.close()
    page = (
        '<ul><li><a href="/new.html">N</a><span>31/12/2999 23:00</span></li>'  # announced after any fetch
        '<li><a href="/old.html">O</a><span>12/05/2025 08:30</span></li>'
        '<li><a href="/undated.html">U</a></li>'
        '<li><a href="/unseen.html">S</a><span>01/01/2000</span></li></ul>'
    )
    crawler = get_crawler(SourceSpider, {"CNHT_DATA_DIR": str(tmp_path)})
    spider = SourceSpider.from_crawler(crawler, source=source)
    with RawArchive(tmp_path / "archive") as archive:
        spider._seen = archive.seen_urls(source.id)
        spider._states = archive.url_states(source.id)
    request = Request("http://a.vn/list.html", meta={"cnht_listing_page": 1})
    response = HtmlResponse(request.url, body=page.encode(), encoding="utf-8", request=request)
    asked = {r.url: r.headers.get("If-None-Match") for r in spider.parse_listing(response)}
    spider.closed("finished")
    assert asked == {"http://a.vn/new.html": b'"v1"', "http://a.vn/unseen.html": None}
