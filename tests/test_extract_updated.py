"""Document.updated: the page's own last-update time in Asia/Ho_Chi_Minh, never a date from the body."""

from __future__ import annotations

import json

import pytest

from extract import extract_document

URL = "https://moit.gov.vn/tin-tuc/cnht-123.html"
BODY = (
    "<p>Bộ Công Thương vừa tổng kết Chương trình phát triển công nghiệp hỗ trợ giai đoạn 2021 - 2025 theo "
    "Quyết định số 68/QĐ-TTg ngày 18/01/2017 của Thủ tướng Chính phủ, với hơn 1.000 doanh nghiệp được hỗ "
    "trợ đào tạo, tư vấn và kết nối với các tập đoàn đa quốc gia trên cả nước.</p>"
    "<p>Danh mục sản phẩm ưu tiên được cập nhật theo Nghị định số 111/2015/NĐ-CP ngày 03/11/2015.</p>"
    "<p>Theo báo cáo, tỷ lệ nội địa hóa trong ngành điện tử, cơ khí và dệt may tiếp tục tăng, nhiều doanh "
    "nghiệp trong nước đã trở thành nhà cung ứng cấp 1, cấp 2 cho các tập đoàn Samsung, Canon, Toyota.</p>"
)


def page(head: str = "", byline: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tổng kết Chương trình phát triển CNHT</title>{head}</head>
<body><h1>Tổng kết Chương trình phát triển công nghiệp hỗ trợ</h1>{byline}
<div class="content">{BODY}</div></body></html>"""


@pytest.mark.parametrize(
    ("head", "byline", "updated"),
    [
        (
            '<meta property="article:modified_time" content="2024-03-13T03:45:00Z">',
            "",
            "2024-03-13T10:45:00+07:00",
        ),
        (
            '<meta property="og:updated_time" content="2024-03-13T10:45:00+07:00">',
            "",
            "2024-03-13T10:45:00+07:00",
        ),
        (
            '<script type="application/ld+json">'
            + json.dumps(
                {
                    "@type": "NewsArticle",
                    "datePublished": "2024-03-12T08:30:00+07:00",
                    "dateModified": "2024-03-14T09:00:00+07:00",
                }
            )
            + "</script>",
            "",
            "2024-03-14T09:00:00+07:00",
        ),
        (
            "",
            '<div class="byline">Ngày đăng: 12/03/2024 08:30 | Cập nhật lúc: 15:45 13/03/2024</div>',
            "2024-03-13T15:45:00+07:00",
        ),
        (
            "",
            '<span class="info">Thứ Ba, 12/3/2024 - Cập nhật ngày 13/03/2024, 10h20</span>',
            "2024-03-13T10:20:00+07:00",
        ),
        (
            "",
            '<time itemprop="dateModified" datetime="2024-03-13T10:20:00+07:00">13/3</time>',
            "2024-03-13T10:20:00+07:00",
        ),
    ],
    ids=["article-modified-time", "og-updated-time", "json-ld", "cap-nhat-byline", "cap-nhat-inline", "time"],
)
def test_updated_comes_from_the_pages_own_markers(head: str, byline: str, updated: str) -> None:
    assert extract_document(page(head, byline), URL).updated == updated


def test_published_is_not_taken_from_the_update_line() -> None:
    byline = '<div class="byline">Ngày đăng: 12/03/2024 08:30 | Cập nhật lúc: 15:45 13/03/2024</div>'
    doc = extract_document(page("", byline), URL)
    assert doc.published == "2024-03-12T08:30:00+07:00"
    assert doc.updated == "2024-03-13T15:45:00+07:00"


def test_no_update_marker_means_no_updated_even_with_dates_in_the_body() -> None:
    doc = extract_document(page("", '<div class="byline">12/03/2024 08:30</div>'), URL)
    assert doc.published == "2024-03-12T08:30:00+07:00"
    assert doc.updated is None  # not 2017-01-18 nor 2015-11-03 ("được cập nhật theo Nghị định ... ngày ...")
