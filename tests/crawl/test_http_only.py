"""Only http(s) is ever fetched. A feed, a sitemap or a decision page may link `file:///etc/passwd` or
`file://<an allowed host>/path`: with a `file:` handler Scrapy would read the crawling machine's own disk into
the archive. Links of any other scheme, and links to hosts outside the source, are dropped before a request
is made and counted by reason in crawl health (`links_dropped`). Behind that, Scrapy itself has no handler
for file:, ftp:, s3: or data: (crawlers/settings.py), so nothing else can ask it to read them either.

Real crawls (one process per source) against sites on 127.0.0.1 and 127.0.0.2."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from crawlers.archive import RawArchive
from crawlers.sources import Discovery, Source
from flows.stages.crawl import crawl_source
from tests.crawl.static_site import serve_static

SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0}
HTML = "text/html; charset=utf-8"
SECRET = "BÍ MẬT cục bộ: tệp này chỉ nằm trên đĩa của máy thu thập"
ARTICLE = (
    "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title></head><body>"
    "<article><h1>{title}</h1><p>Doanh nghiệp công nghiệp hỗ trợ tỉnh Bắc Ninh mở rộng sản xuất linh kiện"
    " điện tử, cung ứng cho các tập đoàn đa quốc gia trong khu công nghiệp.</p></article></body></html>"
)


def _feed(links: list[str]) -> bytes:
    items = "".join(f"<item><title>Tin {i}</title><link>{link}</link></item>" for i, link in enumerate(links))
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0">'
    return f"{head}<channel>{items}</channel></rss>".encode()


def _local_files(tmp_path: Path) -> tuple[Path, Path]:
    page = tmp_path / "local" / "secret.html"
    page.parent.mkdir()
    page.write_text(ARTICLE.format(title=SECRET), encoding="utf-8")
    pdf = page.with_name("secret.pdf")
    pdf.write_bytes(b"%PDF-1.4\n% " + SECRET.encode("utf-8"))
    return page, pdf


def _archived(data_dir: Path) -> tuple[list[str], list[bytes], list[str]]:
    with RawArchive(data_dir / "archive") as archive:
        records = archive.pages()
        bodies = [archive.read_body(r) or b"" for r in records]
        reasons = [e["reason"] for e in archive.errors()]
    return [r.url for r in records], bodies, reasons


def test_file_links_in_a_feed_are_never_fetched_and_every_dropped_link_is_counted(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    local_page, _ = _local_files(tmp_path)
    offsite_routes = {"/tin/x.html": (200, HTML, ARTICLE.format(title="Trang ngoài").encode())}
    with serve_static(offsite_routes, host="127.0.0.2") as offsite, serve_static({}) as site:
        site.routes.update(
            {
                "/robots.txt": (200, "text/plain", b"User-agent: *\nDisallow: /private/\n"),
                "/tin/a.html": (200, HTML, ARTICLE.format(title="Tin thật").encode()),
                "/rss.xml": (
                    200,
                    "application/rss+xml",
                    _feed(
                        [
                            site.base + "/tin/a.html",
                            "file:///etc/passwd",
                            "file://127.0.0.1" + local_page.as_posix(),
                            "javascript:alert(document.cookie)",
                            "mailto:toasoan@example.vn",
                            offsite.base + "/tin/x.html",
                            site.base + "/private/b.html",
                        ]
                    ),
                ),
            }
        )
        source = Source(
            id="tin",
            name="tin",
            province="Bắc Ninh",
            kind="news",
            discovery=Discovery(type="feed", urls=[site.base + "/rss.xml"]),
        )
        report = crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        offsite_hits = dict(offsite.hits)
    urls, bodies, _ = _archived(data_dir)
    health = json.loads((data_dir / "health" / "tin.json").read_text(encoding="utf-8"))

    assert all(url.startswith(("http://", "https://")) for url in urls), urls
    assert not any(SECRET.encode("utf-8") in body or b"root:" in body for body in bodies)
    assert offsite_hits == {}
    expected = {"scheme file": 2, "scheme javascript": 1, "scheme mailto": 1, "offsite host": 1, "robots": 1}
    assert report.links_dropped == expected
    assert health["links_dropped"] == expected
    assert report.pages_fetched == 1


def test_file_attachment_links_on_a_decision_page_are_never_fetched(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    _, local_pdf = _local_files(tmp_path)
    page = (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>QĐ 18/2023/QĐ-UBND</title></head>"
        "<body><h1>Quyết định số 18/2023/QĐ-UBND</h1><p>Số: 18/2023/QĐ-UBND</p>"
        f"<a href='file://127.0.0.1{local_pdf.as_posix()}'>Tải về</a>"
        "<a href='file:///etc/passwd.pdf'>Tải về</a><a href='/files/qd.pdf'>Tải về</a></body></html>"
    )
    with serve_static(
        {
            "/robots.txt": (200, "text/plain", b"User-agent: *\nAllow: /\n"),
            "/vanban/index.html": (200, HTML, b'<a class="doc" href="/vanban/qd-18.html">QD</a>'),
            "/vanban/qd-18.html": (200, HTML, page.encode("utf-8")),
            "/files/qd.pdf": (200, "application/pdf", b"%PDF-1.4\n"),
        }
    ) as site:
        source = Source(
            id="vanban",
            name="vanban",
            province="Bắc Ninh",
            kind="decisions",
            discovery=Discovery(
                type="listing", urls=[site.base + "/vanban/index.html"], links="a.doc::attr(href)"
            ),
        )
        report = crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
    urls, bodies, _ = _archived(data_dir)

    assert site.base + "/files/qd.pdf" in urls
    assert all(url.startswith("http://") for url in urls), urls
    assert not any(SECRET.encode("utf-8") in body for body in bodies)
    assert report.links_dropped == {"scheme file": 2}
    with RawArchive(data_dir / "archive") as archive:
        assert archive.queued_attachments("vanban") == {}  # nothing left to ask for on the next run


FENCE = textwrap.dedent(
    """
    import json, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from crawlers.run import crawl_settings
    from crawlers.sources import Discovery, Source

    source = Source(id="s", name="s", province="Hà Nội", kind="news",
                    discovery=Discovery(type="feed", urls=["http://127.0.0.1:9/rss.xml"]))
    seen = {"bodies": [], "errors": []}

    class Direct(scrapy.Spider):
        name = "direct"
        async def start(self):
            for url in sys.argv[1:]:
                yield scrapy.Request(url, callback=self.got, errback=self.failed, dont_filter=True)
        def got(self, response):
            seen["bodies"].append(response.text)
        def failed(self, failure):
            seen["errors"].append(failure.getErrorMessage())

    settings = crawl_settings(source, __import__("pathlib").Path(sys.argv[0]).parent, "fence", {})
    settings.set("DOWNLOADER_MIDDLEWARES", {}, priority="cmdline")  # Scrapy's own stack alone
    settings.set("ROBOTSTXT_OBEY", False, priority="cmdline")
    process = CrawlerProcess(settings, install_root_handler=False)
    process.crawl(Direct)
    process.start()
    print(json.dumps(seen))
    """
)


def test_scrapy_itself_has_no_handler_for_file_ftp_or_data_urls(tmp_path: Path) -> None:
    """The second fence: a request for a local file made by any code path, not only the spider's."""
    local_page, _ = _local_files(tmp_path)
    script = tmp_path / "fence.py"
    script.write_text(FENCE, encoding="utf-8")
    urls = [local_page.as_uri(), "data:text/html,<p>x</p>", "ftp://127.0.0.1:9/x.pdf"]
    done = subprocess.run(
        [sys.executable, str(script), *urls], capture_output=True, text=True, timeout=60, check=True
    )
    seen = json.loads(done.stdout.strip().splitlines()[-1])

    assert seen["bodies"] == []
    assert len(seen["errors"]) == 3
    assert all("Unsupported URL scheme" in error for error in seen["errors"]), seen["errors"]
