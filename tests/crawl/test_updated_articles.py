"""Re-published articles come through as new versions of the same document, end to end: discovery
announces a later date (a sitemap's, a feed's, or a dated listing item's), the spider asks again with the
validators of our last 200, a changed body is archived as a new record and extraction stores it as
version 2 of the same id; a 304 keeps what we have, and a page whose announced date did not move is not
asked for at all."""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from pathlib import Path

import pytest

from crawlers.archive import RawArchive
from crawlers.sources import Discovery, Source
from flows.stages.crawl import crawl_source
from flows.stages.extract import extract_archived
from search.records import document_id
from search.store import open_store
from tests.crawl.changing_site import serve_changing_site

SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0}
OLD = "2025-05-12T08:30:00+07:00"
TEXT = "Công ty TNHH Linh kiện Bắc Ninh khởi công nhà máy công nghiệp hỗ trợ vốn 500 tỷ đồng."
UPDATED = "Cập nhật: Công ty TNHH Linh kiện Bắc Ninh nâng vốn nhà máy công nghiệp hỗ trợ lên 800 tỷ đồng."


DISCOVERY_PATHS = {"sitemap": "/sitemap.xml", "feed": "/feed.xml", "listing": "/list.html"}


def _source(kind: str, url: str) -> Source:
    listing = (
        {"links": "div.item a::attr(href)", "dates": "div.item span.date::text"} if kind == "listing" else {}
    )
    return Source(
        id="changing",
        name="changing",
        province="Bắc Ninh",
        kind="news",
        discovery=Discovery(type=kind, urls=[url], **listing),  # type: ignore[arg-type]
    )


def _later() -> str:
    """A date after every fetch so far: the moment an editor re-publishes."""
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=5)).isoformat()


@pytest.mark.parametrize("discovery", ["sitemap", "feed", "listing"])
def test_republished_article_becomes_a_new_version_and_unchanged_pages_are_not_refetched(
    tmp_path: Path, discovery: str
) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_changing_site() as site:
        site.publish("/tin/1.html", "Khởi công nhà máy linh kiện", TEXT, OLD)
        site.publish("/tin/2.html", "Hội nghị kết nối cung ứng", TEXT.replace("500", "120"), OLD)
        site.publish("/tin/3.html", "Bắc Ninh thu hút FDI", TEXT.replace("500", "300"), OLD)
        source = _source(discovery, site.base + DISCOVERY_PATHS[discovery])
        first = crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        with open_store(data_dir) as store:
            extracted_1 = extract_archived(data_dir, store, {"changing": source}, run_id="run-1")

        site.publish("/tin/1.html", "Khởi công nhà máy linh kiện", UPDATED, _later())  # new body and date
        site.touch("/tin/3.html", _later())  # re-announced, same bytes: the server answers 304
        second = crawl_source(source, data_dir, "run-2", SETTINGS, timeout=60)
        hits = {path: list(site.hits[path]) for path in ("/tin/1.html", "/tin/2.html", "/tin/3.html")}
        etag_3 = '"' + hashlib.sha256(site.body("/tin/3.html")).hexdigest()[:16] + '"'
    with open_store(data_dir) as store:
        extracted_2 = extract_archived(data_dir, store, {"changing": source}, run_id="run-2")
        doc_id = document_id(site.base + "/tin/1.html")
        current = store.get(doc_id)
        versions = store.versions(doc_id)
        count = store.count()

    assert (first.pages_fetched, len(extracted_1.stored_new)) == (3, 3)
    assert (second.pages_fetched, second.pages_refetched) == (0, 2)
    assert (second.pages_changed, second.pages_unchanged, second.pages_already_archived) == (1, 1, 1)
    assert len(hits["/tin/2.html"]) == 1  # its announced date did not move: never asked for again
    assert len(hits["/tin/1.html"]) == 2 and hits["/tin/1.html"][1][0] is not None  # conditional
    assert hits["/tin/3.html"][1] == (etag_3, None)
    with RawArchive(data_dir / "archive") as archive:
        run_2 = [
            (p.url.rsplit("/", 1)[1], p.status) for p in archive.pages(run_id="run-2") if p.role == "page"
        ]
    assert sorted(run_2) == [("1.html", 200), ("3.html", 304)]  # one new record, one 304
    assert extracted_2.pages == 1  # the 304 is not a page to extract again
    assert (extracted_2.stored_new, extracted_2.stored_changed) == ([], [doc_id])
    assert count == 3  # a changed document, not a second one
    assert current is not None and current.version == 2 and "800 tỷ đồng" in current.document.text
    assert [v.version for v in versions] == [1, 2] and "500 tỷ đồng" in versions[0].document.text


def test_announced_date_before_our_fetch_asks_for_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_changing_site() as site:
        site.publish("/tin/1.html", "Khởi công nhà máy linh kiện", TEXT, OLD)
        source = _source("sitemap", site.base + "/sitemap.xml")
        crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        site.publish("/tin/1.html", "Khởi công nhà máy linh kiện", UPDATED, OLD)  # changed, not announced
        second = crawl_source(source, data_dir, "run-2", SETTINGS, timeout=60)
        hits = len(site.hits["/tin/1.html"])
    assert (second.pages_refetched, second.pages_already_archived, hits) == (0, 1, 1)


def test_a_republished_article_whose_refetch_failed_is_asked_for_again_next_run(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_changing_site() as site:
        site.publish("/tin/1.html", "Khởi công nhà máy linh kiện", TEXT, OLD)
        source = _source("sitemap", site.base + "/sitemap.xml")
        crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        # re-published after run 1 and before run 2 (fetch times are kept to the second)
        site.publish(
            "/tin/1.html", "Khởi công nhà máy linh kiện", UPDATED, dt.datetime.now(dt.UTC).isoformat()
        )
        time.sleep(1.1)
        site.failing.add("/tin/1.html")
        second = crawl_source(source, data_dir, "run-2", SETTINGS, timeout=60)
        site.failing.clear()
        third = crawl_source(source, data_dir, "run-3", SETTINGS, timeout=60)
        hits = len(site.hits["/tin/1.html"])
    assert (second.pages_refetched, second.pages_changed, second.errors) == (1, 0, 1)
    assert (third.pages_refetched, third.pages_changed, hits) == (1, 1, 3)  # a 503 confirmed nothing


def test_a_date_only_lastmod_of_today_costs_one_refetch_on_a_server_without_validators(
    tmp_path: Path,
) -> None:
    """`<lastmod>` with today's date reads as 23:59:59 Vietnam time, later than every fetch of the day:
    the refetch made for it is remembered, so the runs after it ask for nothing."""
    data_dir = tmp_path / "cnht-data"
    today = dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date().isoformat()
    with serve_changing_site() as site:
        site.validators = False
        site.publish("/tin/1.html", "Khởi công nhà máy linh kiện", TEXT, today)
        source = _source("sitemap", site.base + "/sitemap.xml")
        reports = [crawl_source(source, data_dir, f"run-{n}", SETTINGS, timeout=60) for n in (1, 2, 3)]
        hits = site.hits["/tin/1.html"]
    with RawArchive(data_dir / "archive") as archive:
        archived = [(p.run_id, p.status) for p in archive.pages() if p.url.endswith("/tin/1.html")]
        state = archive.url_states("changing")[site.base + "/tin/1.html"]
    assert [(r.pages_fetched, r.pages_refetched) for r in reports] == [(1, 0), (0, 1), (0, 0)]
    assert len(hits) == 2 and hits[1] == (None, None)  # nothing to send a conditional request with
    assert archived == [("run-1", 200), ("run-2", 200)]
    assert state.announced == f"{today}T23:59:59+07:00"


def test_a_later_announcement_after_one_already_acted_on_costs_one_more_refetch(tmp_path: Path) -> None:
    """A feed that labels Vietnam time as GMT announces a time hours ahead: one refetch for it, none on
    the next run, and one more when the site announces a later time still."""
    data_dir = tmp_path / "cnht-data"
    ahead = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=7)
    with serve_changing_site() as site:
        site.validators = False
        site.publish("/tin/1.html", "Khởi công nhà máy linh kiện", TEXT, OLD)
        source = _source("feed", site.base + "/feed.xml")
        crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        site.touch("/tin/1.html", ahead.isoformat().replace("+00:00", "Z"))
        second = crawl_source(source, data_dir, "run-2", SETTINGS, timeout=60)
        third = crawl_source(source, data_dir, "run-3", SETTINGS, timeout=60)
        site.touch("/tin/1.html", (ahead + dt.timedelta(minutes=1)).isoformat().replace("+00:00", "Z"))
        fourth = crawl_source(source, data_dir, "run-4", SETTINGS, timeout=60)
        hits = len(site.hits["/tin/1.html"])
    refetched = [r.pages_refetched for r in (second, third, fourth)]
    assert (refetched, hits) == ([1, 0, 1], 3)
