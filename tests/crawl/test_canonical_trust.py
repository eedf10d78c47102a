"""A page's `<link rel="canonical">` names the document it is kept under only within its own source: on
one of the source's allowed hosts, and not a document another source holds. Otherwise any page could
declare another site's (or another source's) article as its canonical and replace it: the real article
became version 2 with the attacker's text and source (issue 11, item 3).

Real crawls and a real extract stage and store: the victim source on 127.0.0.1, a source on another host
(127.0.0.2) and another source on the same host, each with a page that claims the victim's article."""

from __future__ import annotations

from pathlib import Path

from crawlers.sources import Discovery, Source
from flows.stages.crawl import crawl_source
from flows.stages.extract import extract_archived
from search.store import open_store
from tests.crawl.static_site import serve_static

SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0}
HTML = "text/html; charset=utf-8"
ROBOTS = (200, "text/plain", b"User-agent: *\nAllow: /\n")
REAL = "Tỉnh Bắc Ninh thu hút 12 dự án công nghiệp hỗ trợ với tổng vốn đăng ký 4.507 tỷ đồng trong quý I."
FAKE = "Tin giả: toàn bộ dự án công nghiệp hỗ trợ của tỉnh đã bị hủy bỏ, nhà đầu tư rút hết vốn."

MORE = (
    "Theo Sở Công Thương, các dự án tập trung vào linh kiện điện tử, khuôn mẫu và cơ khí chính xác, cung"
    " ứng cho doanh nghiệp lắp ráp trong các khu công nghiệp của tỉnh."
)


def page(title: str, text: str, canonical: str | None = None) -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return (
        f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title>{link}"
        "<meta property='article:published_time' content='2025-03-12T08:00:00+07:00'></head><body>"
        f"<article><h1>{title}</h1><p>{text}</p><p>{MORE}</p></article></body></html>"
    ).encode()


def feed(*links: str) -> tuple[int, str, bytes]:
    items = "".join(f"<item><title>Tin</title><link>{link}</link></item>" for link in links)
    return 200, "application/rss+xml", f'<rss version="2.0"><channel>{items}</channel></rss>'.encode()


def source(source_id: str, feed_url: str) -> Source:
    discovery = Discovery(type="feed", urls=[feed_url])
    return Source(id=source_id, name=source_id, province="Bắc Ninh", kind="news", discovery=discovery)


def test_a_page_cannot_replace_another_sources_document_by_declaring_it_canonical(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with (
        serve_static({"/robots.txt": ROBOTS}) as home,
        serve_static({"/robots.txt": ROBOTS}, "127.0.0.2") as away,
    ):
        real_url = home.base + "/a/that.html"
        home.routes.update(
            {
                "/a/rss.xml": feed(real_url),
                "/a/that.html": (200, HTML, page("Bắc Ninh thu hút dự án", REAL)),
                "/b/rss.xml": feed(home.base + "/b/claim.html"),
                "/b/claim.html": (200, HTML, page("Cùng máy chủ, nguồn khác", FAKE, canonical=real_url)),
            }
        )
        away.routes.update(
            {
                "/rss.xml": feed(away.base + "/evil.html"),
                "/evil.html": (200, HTML, page("Bắc Ninh thu hút dự án", FAKE, canonical=real_url)),
            }
        )
        sources = {
            "victim": source("victim", home.base + "/a/rss.xml"),
            "same-host": source("same-host", home.base + "/b/rss.xml"),
            "elsewhere": source("elsewhere", away.base + "/rss.xml"),
        }
        with open_store(data_dir) as store:
            crawl_source(sources["victim"], data_dir, "run-1", SETTINGS, timeout=60)
            first = extract_archived(data_dir, store, sources, run_id="run-1")
            crawl_source(sources["elsewhere"], data_dir, "run-2", SETTINGS, timeout=60)
            crawl_source(sources["same-host"], data_dir, "run-2", SETTINGS, timeout=60)
            second = extract_archived(data_dir, store, sources, run_id="run-2")
            real = store.get(real_url)
            documents = {d.document.url: d for d in store.iter_documents()}

    assert len(first.stored_new) == 1
    assert real is not None
    assert (real.source, real.version) == ("victim", 1)
    assert REAL in real.document.text and FAKE not in real.document.text
    assert second.stored_changed == [] and len(second.stored_new) == 2
    assert set(documents) == {real_url, home.base + "/b/claim.html", away.base + "/evil.html"}
    assert documents[away.base + "/evil.html"].source == "elsewhere"
    assert documents[away.base + "/evil.html"].document.canonical_url == away.base + "/evil.html"
    assert documents[home.base + "/b/claim.html"].source == "same-host"
