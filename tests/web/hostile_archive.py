"""A data directory whose archived page attacks its reader: scripts, event handlers, a meta refresh, a
base href, frames, objects, style sheets and images pointing at another server, CSS `@import url(...)`.
For the web tests and the real-browser test of the archived-copy page."""

from __future__ import annotations

from pathlib import Path

from crawlers.archive import RawArchive
from search.store import open_store
from tests.search.conftest import make_doc

TITLE = "Quyết định lưu trữ có mã độc"
TEXT = "Nội dung gốc của trang văn bản được lưu."
PAGE_URL = "https://vanban.example.vn/qd/luu-tru.html"


def hostile_html(outside: str) -> str:
    """The attacking page; every fetch it tries goes to `outside` (a server the test watches)."""
    return f"""<!DOCTYPE html>
<html><head>
<meta http-equiv="refresh" content="0;url={outside}/refresh">
<base href="{outside}/base/">
<link rel="stylesheet" href="{outside}/link.css">
<link rel="preload" as="image" href="{outside}/preload.png">
<style>@import url({outside}/import.css); @import "{outside}/import2.css";
body {{ background: url({outside}/bg.png) }} h1 {{ color: #123456 }}</style>
<style>p {{ background: u\\72l({outside}/escaped.png) }}</style>
<script>window.__pwned = 'script'; top.__pwned = 'script'; new Image().src = '{outside}/beacon';</script>
<script src="{outside}/external.js"></script>
</head><body onload="window.__pwned='onload'; fetch('{outside}/onload')">
<h1>{TITLE}</h1>
<p>{TEXT}</p>
<img src="{outside}/img.png" onerror="window.__pwned='onerror'" alt="ảnh ngoài">
<img src="missing.png" onerror="window.__pwned='onerror2'; fetch('{outside}/onerror')">
<img srcset="{outside}/srcset.png 1x, {outside}/srcset2.png 2x" alt="nhiều cỡ">
<picture><source srcset="{outside}/picture.webp"><img src="relative.png" alt="picture"></picture>
<iframe src="{outside}/frame"></iframe>
<object data="{outside}/object"></object><embed src="{outside}/embed">
<svg><image href="{outside}/svg.png"/><script>window.__pwned='svg'</script></svg>
<a href="javascript:window.__pwned='link'">liên kết mã</a> <a href="/tin/khac.html">tin khác</a>
<div style="background-image:url('{outside}/div.png')" onmouseover="window.__pwned='hover'">khối</div>
<form action="{outside}/form"><input type="image" src="{outside}/input.png" alt="gửi"><button
 formaction="{outside}/button">Gửi</button></form>
<video poster="{outside}/poster.png" src="{outside}/video.mp4" autoplay></video>
<audio src="{outside}/audio.mp3" autoplay></audio>
<table background="{outside}/table.png"><tr><td>ô bảng</td></tr></table>
<noscript><img src="{outside}/noscript.png"></noscript>
<!--[if IE]><script src="{outside}/ie.js"></script><![endif]-->
</body></html>"""


def hostile_archive(data_dir: Path, outside: str) -> str:
    """Store a document and archive its attacking page as fetched; returns the document's id."""
    doc = make_doc("luu-tru", title=TITLE, text=TEXT, kind="decision", url=PAGE_URL, canonical_url=PAGE_URL)
    with open_store(data_dir) as store:
        store.put_documents([doc])
    with RawArchive(data_dir / "archive") as archive:
        writer = archive.writer("test")
        try:
            record = writer.write(
                url=PAGE_URL,
                final_url=PAGE_URL,
                source="vanban",
                role="page",
                status=200,
                headers=[("Content-Type", "text/html; charset=utf-8")],
                body=hostile_html(outside).encode("utf-8"),
            )
        finally:
            writer.close()
        archive.mark_extracted([(record.id, "stored", None, doc.id)], "test")
    return doc.id
