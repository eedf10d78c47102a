# ruff: noqa: E501  (hand-written header lines: long string literals)
"""Bodies written in capitals on a header's line (extract/tag/header_orgs.py), read through `tag_text` as a
user's page is: the issuer of a decision over two lines, a party of a contract's header, a table's cell; not
a title's words that begin like a body ("SỞ HỮU ...", "BỘ MÔN"), nor a whole page flattened into capitals."""

from __future__ import annotations

import pytest

from extract import tag_text
from extract.tag.header_orgs import header_organizations


def _orgs(text: str) -> list[str]:
    return [o.name for o in tag_text(text).organizations]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\n-------\nSố: 77/QĐ-UBND\nQUYẾT ĐỊNH",
            "Ủy ban nhân dân tỉnh Phú Thọ",
        ),
        (
            "SỞ CÔNG THƯƠNG\nTỈNH THÁI BÌNH\nSố: 410/SCT-QLCN\nV/v hỗ trợ doanh nghiệp",
            "Sở Công Thương tỉnh Thái Bình",
        ),
        (
            "HỢP ĐỒNG MUA BÁN\nGIỮA\nBỆNH VIỆN ĐA KHOA TỈNH NAM ĐỊNH\nVÀ\nCÔNG TY CỔ PHẦN THIẾT BỊ Y TẾ HÀ AN",
            "Bệnh viện Đa Khoa tỉnh Nam Định",
        ),
        (
            "BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n------- | Độc lập - Tự do - Hạnh phúc",
            "Bộ Công Thương",
        ),
    ],
)
def test_a_body_in_capitals_on_a_header_line_is_an_organisation(text: str, body: str) -> None:
    assert body in _orgs(text)


def test_a_university_system_then_its_school_are_two_bodies_and_a_school_then_its_university_one() -> None:
    two = header_organizations("ĐẠI HỌC QUỐC GIA HÀ NỘI - TRƯỜNG ĐẠI HỌC CÔNG NGHỆ\nTIỂU LUẬN")
    one = header_organizations("TRƯỜNG ĐẠI HỌC BÁCH KHOA - ĐẠI HỌC ĐÀ NẴNG\nKHOA CƠ KHÍ")
    assert [o.name for o in two] == ["Đại học Quốc Gia Hà Nội", "Trường Đại học Công Nghệ"]
    assert [o.name for o in one] == ["Trường Đại học Bách Khoa - Đại Học Đà Nẵng"]


def test_the_mention_is_the_text_as_written_and_the_city_abbreviation_keeps_its_capitals() -> None:
    (org,) = header_organizations("TRƯỜNG ĐẠI HỌC NGÂN HÀNG TP.HỒ CHÍ MINH\nKHOA TÀI CHÍNH")
    assert org.mention == "TRƯỜNG ĐẠI HỌC NGÂN HÀNG TP.HỒ CHÍ MINH"
    assert org.name == "Trường Đại học Ngân Hàng TP. Hồ Chí Minh"


@pytest.mark.parametrize(
    "text",
    [
        "SỞ HỮU NƯỚC NGOÀI VÀ HIỆU QUẢ KINH DOANH\nLuận văn thạc sĩ",  # ownership: a title's words
        "BỘ MÔN: QUẢN TRỊ SẢN XUẤT\nGiảng viên: TS. Lê Minh",  # a subject, not a ministry
        "ỦY BAN NHÂN DÂN\nSố: 12/QĐ-UBND",  # which committee is not said
        "Điều 4. TỔ CHỨC THỰC HIỆN\nCác sở, ngành thi hành quyết định này.",
        "TRƯỜNG ĐẠI HỌC KINH TẾ KHOA TÀI CHÍNH TIỂU LUẬN MÔN ĐỊNH GIÁ DOANH NGHIỆP ĐỀ TÀI: ĐỊNH GIÁ MỘT HÃNG SƠN NIÊM YẾT HỌC VIÊN: LÊ AN",
    ],
)
def test_capitals_that_only_begin_like_a_body_are_none(text: str) -> None:
    assert header_organizations(text) == []
