"""The extract stage hands a source's own CSS selectors (`Source.selectors`) to the extractor, reading the
page from a real archive on disk."""

from __future__ import annotations

from pathlib import Path

from crawlers.archive import RawArchive
from extract.models import Document
from flows.stages.extract import page_outcome

PARAGRAPH = (
    "Công ty TNHH Linh kiện Bắc Ninh khởi công nhà máy sản xuất linh kiện điện tử vốn 500 tỷ đồng tại khu "
    "công nghiệp Quế Võ, cung ứng cho các doanh nghiệp FDI và nâng tỷ lệ nội địa hoá của ngành."
)
PAGE = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo Bắc Ninh</title></head>
<body><h1>Tin mới nhất</h1><div class="detail">
<h2 class="real-title">Khởi công nhà máy linh kiện 500 tỷ đồng</h2>
<p>{PARAGRAPH}</p><p class="ads">Quảng cáo: mua ngay máy lọc nước giảm giá cuối tuần tại cửa hàng.</p>
<p>{PARAGRAPH}</p></div></body></html>"""


def test_source_selectors_reach_the_extractor(tmp_path: Path) -> None:
    with RawArchive(tmp_path / "archive") as archive:
        writer = archive.writer("t", run_id="r")
        page = writer.write(
            url="http://a.vn/tin/1.html",
            final_url="http://a.vn/tin/1.html",
            source="s",
            role="page",
            status=200,
            headers=[("Content-Type", "text/html; charset=utf-8")],
            body=PAGE.encode("utf-8"),
        )
        writer.close()
        generic = page_outcome(archive, page)
        ruled = page_outcome(archive, page, {"title": "h2.real-title", "remove": "p.ads"})
    assert isinstance(generic, Document) and isinstance(ruled, Document)
    assert ruled.title == "Khởi công nhà máy linh kiện 500 tỷ đồng" != generic.title
    assert "Quảng cáo" not in ruled.text
