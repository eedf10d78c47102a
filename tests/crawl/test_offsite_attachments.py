"""Attachments on another host: a decision portal's files on a CDN listed in the source's
`attachment_domains` are fetched (the CDN's robots.txt obeyed) and reach their decision; a file on a host in
no list is never requested and its error, "offsite attachment: HOST not in ...", shows in crawl health,
including when an on-site link redirects there. Three loopback hosts: 127.0.0.1 (portal), 127.0.0.2 (CDN),
127.0.0.3 (elsewhere)."""

from __future__ import annotations

import json
from pathlib import Path

from crawlers.archive import RawArchive
from crawlers.sample_site.make_attachments import DOCS, build_pdf
from crawlers.sources import Discovery, Source
from flows.stages.crawl import crawl_source
from flows.stages.extract import extract_archived
from search.store import open_store
from tests.crawl.static_site import serve_static

SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0}
HTML = "text/html; charset=utf-8"
ROBOTS = (200, "text/plain", b"User-agent: *\nDisallow: /private/\n")

DECISION = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Quyết định 18/2023/QĐ-UBND</title></head><body>
<h1>Ban hành Quy định quản lý Chương trình phát triển công nghiệp hỗ trợ</h1>
<table class="doc-meta"><tr><th>Số hiệu</th><td>18/2023/QĐ-UBND</td></tr>
<tr><th>Loại văn bản</th><td>Quyết định</td></tr><tr><th>Ngày ban hành</th><td>21/06/2023</td></tr></table>
<div class="doc-content"><p><b>Điều 1.</b> Ban hành Quy định quản lý Chương trình phát triển
công nghiệp hỗ trợ trên địa bàn tỉnh, theo Nghị định số 111/2015/NĐ-CP về phát triển công nghiệp
hỗ trợ.</p></div>
<div class="attachments">{links}</div></body></html>"""


def _portal_routes(cdn: str, elsewhere: str) -> dict[str, tuple[int, str, bytes]]:
    links = [
        "/files/local.pdf",
        f"{cdn}/files/qd-18.pdf",
        f"{cdn}/private/draft.pdf",  # the CDN's robots.txt forbids it
        f"{elsewhere}/files/other.pdf",
        "/files/moved.pdf",  # redirects to the host in no list
    ]
    page = DECISION.replace("{links}", "".join(f'<a href="{u}">Tải về</a> ' for u in links))
    return {
        "/robots.txt": (200, "text/plain", b"User-agent: *\nAllow: /\n"),
        "/vanban/index.html": (200, HTML, b'<a class="doc" href="/vanban/qd-18.html">QD 18</a>'),
        "/vanban/qd-18.html": (200, HTML, page.encode("utf-8")),
        "/files/local.pdf": (200, "application/pdf", build_pdf(DOCS[1])),
        "/files/moved.pdf": (302, "text/plain", f"{elsewhere}/files/other-2.pdf".encode()),
    }


def test_attachments_on_listed_hosts_are_fetched_and_others_recorded_as_offsite(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    cdn_routes = {"/robots.txt": ROBOTS, "/files/qd-18.pdf": (200, "application/pdf", build_pdf(DOCS[0]))}
    cdn_routes["/private/draft.pdf"] = (200, "application/pdf", build_pdf(DOCS[2]))
    elsewhere_routes = {
        "/robots.txt": ROBOTS,
        "/files/other.pdf": (200, "application/pdf", build_pdf(DOCS[2])),
    }
    with (
        serve_static(cdn_routes, host="127.0.0.2") as cdn,
        serve_static(elsewhere_routes, host="127.0.0.3") as elsewhere,
        serve_static(_portal_routes(cdn.base, elsewhere.base)) as portal,
    ):
        portal.routes["/files/moved.pdf"] = (
            302,
            "text/plain",
            f"{elsewhere.base}/files/other-2.pdf".encode(),
        )
        source = Source(
            id="portal",
            name="portal",
            province="Bắc Ninh",
            kind="decisions",
            discovery=Discovery(
                type="listing", urls=[portal.base + "/vanban/index.html"], links="a.doc::attr(href)"
            ),
            attachment_domains=["127.0.0.2"],
        )
        report = crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        with open_store(data_dir) as store:
            extract_archived(data_dir, store, {"portal": source}, run_id="run-1")
            decision = store.get(portal.base + "/vanban/qd-18.html")
        cdn_hits, elsewhere_hits = dict(cdn.hits), dict(elsewhere.hits)
    with RawArchive(data_dir / "archive") as archive:
        errors = {e["url"]: e["reason"] for e in archive.errors()}
        attachments = {r.url: r.status for r in archive.pages() if r.role == "attachment"}
    health = json.loads((data_dir / "health" / "portal.json").read_text(encoding="utf-8"))

    assert cdn_hits == {"/robots.txt": 1, "/files/qd-18.pdf": 1}  # robots.txt read, the draft not asked for
    assert elsewhere_hits == {}  # not even its robots.txt
    assert attachments == {portal.base + "/files/local.pdf": 200, cdn.base + "/files/qd-18.pdf": 200}
    refused = "offsite attachment: 127.0.0.3 not in allowed_domains/attachment_domains"
    assert errors[elsewhere.base + "/files/other.pdf"] == refused
    assert errors[portal.base + "/files/moved.pdf"] == refused  # the redirect's target is checked too
    assert errors[cdn.base + "/private/draft.pdf"] == "robots.txt: forbidden by the site's robots.txt"
    assert (report.attachments_fetched, report.offsite_attachments) == (2, 2)
    assert health["errors_by_kind"] == {"offsite attachment": 2, "robots.txt": 1}
    assert decision is not None
    texts = {t.url: t for t in decision.document.attachment_texts}
    assert set(texts) == {portal.base + "/files/local.pdf", cdn.base + "/files/qd-18.pdf"}
    assert "18/2023/QD-UBND" in texts[cdn.base + "/files/qd-18.pdf"].text  # the CDN's file, extracted


def test_without_attachment_domains_a_cdn_file_is_recorded_not_dropped_silently(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with (
        serve_static({"/files/qd-18.pdf": (200, "application/pdf", b"%PDF-1.4")}, host="127.0.0.2") as cdn,
        serve_static(_portal_routes(cdn.base, cdn.base)) as portal,
    ):
        source = Source(
            id="portal",
            name="portal",
            province="Bắc Ninh",
            kind="decisions",
            discovery=Discovery(
                type="listing", urls=[portal.base + "/vanban/index.html"], links="a.doc::attr(href)"
            ),
        )
        report = crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        cdn_hits = dict(cdn.hits)
    assert cdn_hits == {}
    assert report.errors_by_kind["offsite attachment"] == 4  # qd-18, draft, other and the redirect, same host
    assert report.attachments_fetched == 1  # the on-site file
