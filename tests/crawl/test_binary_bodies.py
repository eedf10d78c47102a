"""Binary files a site serves as text/html (a ZIP, an image, gzip data) are recorded as `not HTML: <what it
is>` and never stored as articles (issue 11, item 9: a ZIP served as text/html became a document with a
garbled title). A real crawl of a loopback site and the real extract stage over its archive; the sniffing
rule itself is pinned in tests/test_sniff.py."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

from crawlers.archive import RawArchive
from crawlers.sources import Discovery, Source
from flows.stages.crawl import crawl_source
from flows.stages.extract import extract_archived
from search.store import open_store
from tests.crawl.hostile_server import article
from tests.crawl.static_site import serve_static

HTML = "text/html; charset=utf-8"
SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0}
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


TEXT = (
    "Tỉnh Bắc Ninh thu hút 12 dự án công nghiệp hỗ trợ với tổng vốn đăng ký 4.507 tỷ đồng. Theo Sở Công"
    " Thương, các dự án tập trung vào linh kiện điện tử, khuôn mẫu và cơ khí chính xác."
)


def a_zip() -> bytes:
    """A ZIP whose one member, stored uncompressed as ZIP files often hold HTML, is a whole article."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", article(text=TEXT + " " + TEXT))
    return buffer.getvalue()


def test_binary_files_served_as_text_html_are_recorded_not_html_and_never_stored(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    files = {"tai-lieu.html": a_zip(), "anh.html": PNG, "nen.html": gzip.compress(article().encode())}
    routes = {f"/tin/{name}": (200, HTML, body) for name, body in files.items()}
    routes["/tin/that.html"] = (200, HTML, article(text=TEXT + " " + TEXT).encode())
    routes["/robots.txt"] = (200, "text/plain", b"User-agent: *\nAllow: /\n")
    links = "".join(f"<item><link>{{base}}/tin/{name}</link></item>" for name in [*files, "that.html"])
    routes["/rss.xml"] = (200, "application/rss+xml", f"<rss><channel>{links}</channel></rss>".encode())
    with serve_static(routes) as site:
        source = Source(
            id="tin",
            name="tin",
            province="Bắc Ninh",
            kind="news",
            discovery=Discovery(type="feed", urls=[site.base + "/rss.xml"]),
        )
        crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        with open_store(data_dir) as store:
            report = extract_archived(data_dir, store, {"tin": source}, run_id="run-1")
            stored = [d.document.url for d in store.iter_documents()]
    with RawArchive(data_dir / "archive") as archive:
        archived = {r.url for r in archive.pages() if r.role == "page"}

    assert stored == [site.base + "/tin/that.html"]
    assert {site.base + f"/tin/{name}" for name in files} <= archived  # kept raw, as every answer is
    assert report.skipped == {
        "not HTML: ZIP archive (or DOCX/XLSX/ODT) (served as text/html)": 1,
        "not HTML: PNG image (served as text/html)": 1,
        "not HTML: gzip data (served as text/html)": 1,
    }
