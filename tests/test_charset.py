"""Pages in the charset they really use, whatever their header or <meta> claim (extract.charset)."""

from __future__ import annotations

import codecs

import pytest

from extract import extract_document
from extract.page import decode_html
from tests.crawl.hostile_server import to_cp1258

TITLE = "Bắc Ninh ban hành Quyết định hỗ trợ công nghiệp hỗ trợ"
PAGE = (
    "<html><head><meta charset='{meta}'><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>Sở Công Thương tỉnh Bắc Ninh cho biết năm nay có thêm 12 doanh nghiệp công nghiệp hỗ trợ tham gia "
    "chuỗi cung ứng của các tập đoàn đa quốc gia, với tổng vốn đầu tư khoảng 850 tỷ đồng.</p>"
    "<p>Các doanh nghiệp được hỗ trợ kinh phí đào tạo, tư vấn cải tiến sản xuất và kết nối khách hàng.</p>"
    "</article></body></html>"
)


@pytest.mark.parametrize(
    ("meta", "encode", "content_type"),
    [
        ("utf-8", to_cp1258, None),  # a saved windows-1258 file that claims utf-8: no header to help
        ("utf-8", to_cp1258, "text/html; charset=utf-8"),
        ("windows-1258", str.encode, "text/html; charset=windows-1258"),  # moved to UTF-8, still says 1258
        ("windows-1258", to_cp1258, None),
    ],
)
def test_misdeclared_vietnamese_pages_decode_to_readable_text(meta, encode, content_type) -> None:
    body = encode(PAGE.format(meta=meta, title=TITLE))
    doc = extract_document(decode_html(body, content_type), url="http://example.vn/a.html")
    assert doc.title == TITLE
    assert "12 doanh nghiệp công nghiệp hỗ trợ" in doc.text


def test_a_byte_order_mark_decides() -> None:
    body = codecs.BOM_UTF16_LE + PAGE.format(meta="utf-8", title=TITLE).encode("utf-16-le")
    assert TITLE in decode_html(body, "text/html")
