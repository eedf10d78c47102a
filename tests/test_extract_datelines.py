"""The publication date of a text that carries no metadata date: its dateline ("Bắc Giang, ngày 12/3/2025",
"(Ngày 12/3/2025)", "BẮC NINH - Ngày 12-3-2025", "Hà Nội, 12/3/2025 (ĐT) -", dates in words)."""

from __future__ import annotations

import pytest

from extract import extract_document, tag_text
from extract.dates import dateline_in_text

DATELINES = [
    ("Bắc Giang, ngày 12/3/2025\nSở Công Thương tổ chức hội nghị kết nối cung cầu.", "2025-03-12"),
    ("(Ngày 12/3/2025) Doanh nghiệp công nghiệp hỗ trợ tỉnh tham gia triển lãm.", "2025-03-12"),
    ("BẮC NINH - Ngày 12-3-2025, Ban Quản lý các KCN trao giấy chứng nhận đầu tư.", "2025-03-12"),
    ("Hà Nội, 12/3/2025 (ĐT) - Bộ Công Thương công bố danh sách nhà cung ứng.", "2025-03-12"),
    ("Hà Nam, ngày mười hai tháng Ba năm 2025\nTỉnh đẩy mạnh thu hút đầu tư.", "2025-03-12"),
    (
        "Vĩnh Phúc tăng tốc phát triển CNHT\nVĩnh Phúc, ngày 5 tháng 6 năm 2024\nNăm qua, tỉnh có thêm 20 "
        "doanh nghiệp.",
        "2024-06-05",
    ),
    ("TP.HCM, ngày 20/11/2024 - Hơn 300 doanh nghiệp tham gia kết nối.", "2024-11-20"),
    ("(Baotinh) - Thái Nguyên, ngày 3/1/2025: tỉnh khởi công hai dự án.", "2025-01-03"),
    ("HẢI PHÒNG – Ngày 8/9/2024 – Nhà máy linh kiện mới đi vào hoạt động.", "2024-09-08"),
    ("Đồng Nai, 15-10-2024 - Nhiều doanh nghiệp FDI mở rộng sản xuất.", "2024-10-15"),
    ("Quảng Ninh, ngày hai mươi mốt tháng Mười năm 2024\nHội nghị xúc tiến đầu tư.", "2024-10-21"),
]
NOT_DATELINES = [
    "Thứ Tư, ngày 12/3/2025\nTin mới nhất",  # a site's header bar: today's date, not the article's
    "Ngày 12/3/2025, UBND tỉnh ban hành Quyết định số 5/QĐ-UBND về hỗ trợ.",  # an event in the lead
    "Năm 2024, tỉnh thu hút 1,2 tỷ USD vốn FDI.",
    "Tin tức\nSự kiện\nVideo\nBắc Giang, ngày 12/3/2025",  # below the opening lines
]


@pytest.mark.parametrize(("text", "date"), DATELINES)
def test_a_plain_dateline_gives_the_date(text, date) -> None:
    found = dateline_in_text(text)
    assert found is not None and found.isoformat() == date


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_dates_that_are_not_datelines_give_none(text) -> None:
    assert dateline_in_text(text) is None


def test_plain_text_takes_missing_years_from_its_dateline() -> None:
    tags = tag_text("Bắc Giang, ngày 12/3/2025\nTheo Công văn số 88/SCT-QLCN ngày 4/3 của Sở Công Thương.")
    assert [(d.number, d.date) for d in tags.decisions] == [("88/SCT-QLCN", "2025-03-04")]


def _page(body: str) -> str:
    return (
        "<html lang='vi'><body><nav><a href='/'>Trang chủ</a> <span>Thứ Hai, ngày 1/12/2025</span></nav>"
        f"<h1>Bắc Giang kết nối doanh nghiệp công nghiệp hỗ trợ</h1>{body}</body></html>"
    )


PARAGRAPH = (
    "<p>Hội nghị thu hút hơn 120 doanh nghiệp trong và ngoài tỉnh, trong đó có nhiều nhà cung ứng linh kiện "
    "điện tử và cơ khí chính xác cho các tập đoàn đa quốc gia đang sản xuất tại các khu công nghiệp.</p>"
)


@pytest.mark.parametrize(
    ("opening", "published"),
    [
        ("<p>Bắc Giang, ngày 12/3/2025</p>", "2025-03-12T00:00:00+07:00"),
        ("<p><em>(Ngày 12/3/2025)</em></p>", "2025-03-12T00:00:00+07:00"),
        (
            "<p><strong>BẮC NINH - Ngày 12-3-2025</strong>, hội nghị diễn ra tại KCN Quế Võ.</p>",
            "2025-03-12T00:00:00+07:00",
        ),
    ],
)
def test_a_page_without_metadata_dates_takes_its_dateline(opening, published) -> None:
    doc = extract_document(_page(opening + PARAGRAPH * 2), url="http://tin.example.vn/bai.html")
    assert doc.published == published


def test_the_header_bar_date_is_not_the_publication_date() -> None:
    doc = extract_document(_page(PARAGRAPH * 2), url="http://tin.example.vn/bai.html")
    assert doc.published is None
