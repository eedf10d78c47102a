"""Each way a site misbehaves ends in a stored page or a recorded error with its reason; crawls finish.

Real Scrapy crawls (one process per source, as in production) against `hostile_server` on 127.0.0.1,
with a short timeout and a 1 MB size cap so the slow, huge and bombing routes are met quickly.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest

from crawlers.archive import RawArchive
from crawlers.sources import Discovery, Source
from extract.page import decode_html, extract_document
from flows.stages.crawl import CrawlReport, crawl_source
from tests.crawl.hostile_server import CASES, TEXT, TITLE, serve_hostile

SETTINGS: dict[str, Any] = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
    "DOWNLOAD_TIMEOUT": 1.5,  # /slow answers after 4 s
    "RETRY_TIMES": 1,
    "CNHT_RETRY_BACKOFF_BASE": 0.1,
    "CNHT_RETRY_AFTER_MAX": 5,
    "DOWNLOAD_MAXSIZE": 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 0,
    "LOG_LEVEL": "WARNING",
}


def _source(source_id: str, kind: str, url: str) -> Source:
    links = "a::attr(href)" if kind == "listing" else None
    discovery = Discovery(type=kind, urls=[url], links=links)  # type: ignore[arg-type]
    return Source(id=source_id, name=source_id, province="Bắc Ninh", kind="news", discovery=discovery)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    data_dir = tmp_path_factory.mktemp("hostile") / "cnht-data"
    with serve_hostile() as server:
        sources = [
            _source("hostile", "listing", server.base + "/"),
            _source("broken-feed", "feed", server.base + "/rss.xml"),
            _source("broken-sitemap", "sitemap", server.base + "/sitemap.xml"),
        ]
        reports = [crawl_source(s, data_dir, "run-1", SETTINGS, timeout=120) for s in sources]
        hits = {path: list(times) for path, times in server.hits.items()}
        base = server.base
    with RawArchive(data_dir / "archive") as archive:
        records = archive.pages()
        bodies = {r.id: archive.read_body(r) for r in records if r.role == "page"}
        errors = archive.errors()
    return {
        "base": base,
        "reports": reports,
        "hits": hits,
        "records": records,
        "bodies": bodies,
        "errors": errors,
    }


def _statuses(crawled: dict[str, Any], path: str) -> list[int]:
    url = crawled["base"] + path
    return [r.status for r in crawled["records"] if r.url == url and r.role == "page"]


def _reasons(crawled: dict[str, Any], path: str) -> list[str]:
    return [e["reason"] for e in crawled["errors"] if e["url"] == crawled["base"] + path]


def test_every_crawl_finishes(crawled) -> None:
    reports: list[CrawlReport] = crawled["reports"]
    assert [r.finish_reason for r in reports] == ["finished"] * 3


def test_only_final_answers_count_as_new_pages(crawled) -> None:
    hostile, feed, sitemap = crawled["reports"]
    # flaky and busy once each (not their 500 and 429), the redirect chain and the three charset pages;
    # the broken sitemap's three entries (lxml's recovering parse reads the one missing its </loc> too)
    assert (hostile.pages_fetched, feed.pages_fetched, sitemap.pages_fetched) == (6, 2, 3)


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_case_ends_stored_or_with_a_reason(crawled, case: str) -> None:
    stored = 200 in _statuses(crawled, CASES[case])
    reasons = _reasons(crawled, CASES[case])
    assert stored != bool(reasons), (stored, reasons)  # one or the other, never both, never neither
    assert all(len(r) > 10 for r in reasons)


def test_server_error_then_success_stores_both_answers(crawled) -> None:
    assert _statuses(crawled, "/flaky.html") == [500, 200]


def test_429_is_retried_after_the_retry_after_delay(crawled) -> None:
    assert _statuses(crawled, "/busy.html") == [429, 200]
    first, second = crawled["hits"]["/busy.html"]
    assert second - first >= 0.95  # the server asked for 1 s


def test_retry_after_beyond_the_bound_is_recorded_not_waited_for(crawled) -> None:
    assert crawled["hits"]["/busy-long.html"] and len(crawled["hits"]["/busy-long.html"]) == 1
    (reason,) = _reasons(crawled, "/busy-long.html")
    assert reason.startswith("HTTP 429") and "Retry-After 3600 s is beyond the 5 s bound" in reason


def test_slow_response_is_retried_then_recorded_as_timeout(crawled) -> None:
    assert len(crawled["hits"]["/slow.html"]) == 2  # first try and one retry
    (reason,) = _reasons(crawled, "/slow.html")
    assert reason.startswith("timeout:") and "1.5 seconds" in reason


def test_redirect_chain_is_stored_under_the_requested_url(crawled) -> None:
    (record,) = [r for r in crawled["records"] if r.url == crawled["base"] + "/hop/1"]
    assert (record.status, record.final_url) == (200, crawled["base"] + "/landed.html")


def test_redirect_loop_is_stopped_at_its_first_repeat_with_the_chain(crawled) -> None:
    base = crawled["base"]
    (reason,) = _reasons(crawled, "/loop/a")
    assert reason == f"redirect loop: {base}/loop/a -> {base}/loop/b -> {base}/loop/a"
    assert len(crawled["hits"]["/loop/a"]) == 1


def test_truncated_body_is_an_error_not_a_partial_page(crawled) -> None:
    assert _statuses(crawled, "/truncated.html") == []
    (reason,) = _reasons(crawled, "/truncated.html")
    assert reason.startswith("truncated:")


@pytest.mark.parametrize("case", ["header_utf8_body_1258", "meta_utf8_body_1258", "header_1258_body_utf8"])
def test_misdeclared_charset_still_extracts_readable_vietnamese(crawled, case: str) -> None:
    url = crawled["base"] + CASES[case]
    (record,) = [r for r in crawled["records"] if r.url == url]
    html = decode_html(crawled["bodies"][record.id], record.content_type)
    assert TEXT in unicodedata.normalize("NFC", html)
    assert extract_document(html, url=url).title == TITLE


@pytest.mark.parametrize(
    ("case", "detail"),
    [("big", "Expected to receive 20971"), ("big_streamed", "grew beyond the download max size (1048576 B)")],
)
def test_page_beyond_the_size_cap_is_recorded_as_size_cap(crawled, case: str, detail: str) -> None:
    (reason,) = _reasons(crawled, CASES[case])
    assert reason.startswith("size cap:") and detail in reason


def test_gzip_bomb_is_stopped_at_the_size_cap(crawled) -> None:
    (reason,) = _reasons(crawled, "/bomb.html")
    assert reason.startswith("decompression bomb:") and "DOWNLOAD_MAXSIZE (1048576 B)" in reason


@pytest.mark.parametrize(
    ("path", "readable", "lost"),
    [
        ("/rss.xml", ["/rss-item-1.html", "/rss-item-2.html"], []),
        ("/sitemap.xml", ["/sitemap-item-1.html", "/sitemap-item-2.html", "/sitemap-item-3.html"], []),
    ],
)
def test_malformed_xml_is_recorded_and_its_readable_links_fetched(
    crawled, path: str, readable: list[str], lost: list[str]
) -> None:
    (reason,) = _reasons(crawled, path)
    assert reason.startswith("malformed XML:") and "not well-formed" in reason
    assert all(_statuses(crawled, p) == [200] for p in readable)
    assert all(p not in crawled["hits"] for p in lost)


def test_robots_disallowed_url_is_recorded_and_never_requested(crawled) -> None:
    assert "/private/secret.html" not in crawled["hits"]
    assert _reasons(crawled, "/private/secret.html") == ["robots.txt: forbidden by the site's robots.txt"]
    assert crawled["reports"][0].robots_forbidden == 1


@pytest.mark.parametrize(
    ("case", "reason"),
    [
        (
            "closed_before_answer",
            "connection closed: the server closed the connection before sending a response",
        ),
        (
            "closed_mid_body",
            "truncated: the connection closed before the whole body arrived (Content-Length or chunks)",
        ),
    ],
)
def test_connection_closed_by_the_server_is_one_line_in_words(crawled, case: str, reason: str) -> None:
    assert _reasons(crawled, CASES[case]) == [reason]  # not "DownloadFailedError: [<twisted...>]"


def test_crawl_report_counts_errors_by_kind(crawled) -> None:
    hostile, feed, sitemap = crawled["reports"]
    assert hostile.errors_by_kind == {
        "HTTP 429": 1,
        "decompression bomb": 1,
        "redirect loop": 1,
        "robots.txt": 1,
        "size cap": 2,
        "timeout": 1,
        "truncated": 2,
        "connection closed": 1,
    }
    assert feed.errors_by_kind == sitemap.errors_by_kind == {"malformed XML": 1}
