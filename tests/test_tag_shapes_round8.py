"""Shapes fixed in session 8 (issue 12), each on sentences of our own: a place inside a firm's name is not
cut off as a nationality or read as a person, "Hạ tầng" can end a name; a portal's metadata table dates its
number, a list of numbers shares the date after it and bare numbers share the codes of the last."""

from __future__ import annotations

import pytest

from tests.deal_shapes import firms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district after a Vietnamese syllable is a place in the name, not the firm's nationality
        ("Công ty TNHH Thép Hyundai Phú Mỹ vừa khánh thành xưởng cán nguội.", ["Thép Hyundai Phú Mỹ"]),
        (
            "Công ty TNHH Bao bì Daiwa Cẩm Mỹ ký hợp đồng với Công ty CP Nhựa Long Thành.",
            ["Bao bì Daiwa Cẩm Mỹ", "Nhựa Long Thành"],
        ),
        # a nationality right after the foreign brand still goes
        ("Tập đoàn Kumho Hàn Quốc rót thêm vốn vào nhà máy lốp.", ["Kumho"]),
    ],
)
def test_a_place_after_a_vietnamese_syllable_stays_in_the_firms_name(text: str, expected: list[str]) -> None:
    assert firms(text) == expected


def test_a_district_named_like_an_honorific_is_no_person_and_does_not_cut_a_firm() -> None:
    from extract import tag_text

    tags = tag_text("Công ty CP Cơ khí Bà Rịa giao 40 bồn chứa cho Công ty TNHH Hóa chất Tân Thành.")
    assert [f.name for f in tags.firms] == ["Cơ khí Bà Rịa", "Hóa chất Tân Thành"]
    assert tags.persons == []
    assert [p.name for p in tag_text("Bà Lê Thị Thu, Giám đốc Sở Công Thương, cho biết.").persons] == [
        "Lê Thị Thu"
    ]


def test_ha_tang_may_end_a_firms_name() -> None:
    assert firms("Công ty CP Sao Đỏ Hạ tầng vừa nhận bàn giao 30 ha đất.") == ["Sao Đỏ Hạ tầng"]


def _decisions(text: str) -> list[tuple[str, str | None]]:
    from extract import tag_text

    return [(d.number, d.date) for d in tag_text(text).decisions]


def test_a_portal_metadata_table_gives_its_number_the_issue_date_cell() -> None:
    text = "| Số ký hiệu | 88/2024/QĐ-UBND | | Ngày ban hành | 14/05/2024 | | Cơ quan | UBND Hà Nam |"
    assert _decisions(text) == [("88/2024/QĐ-UBND", "2024-05-14")]


def test_one_date_after_a_list_of_numbers_is_every_listed_numbers_date() -> None:
    text = "Dự án được chấp thuận tại Quyết định số 301/QĐ-UBND và 302/QĐ-UBND ngày 9/4/2025 của UBND tỉnh."
    assert _decisions(text) == [("301/QĐ-UBND", "2025-04-09"), ("302/QĐ-UBND", "2025-04-09")]
    other = (
        "Theo Nghị định 31/2021/NĐ-CP và Thông tư 03/2021/TT-BKHĐT ngày 9/4/2021, nhà đầu tư phải báo cáo."
    )
    assert _decisions(other) == [("31/2021/NĐ-CP", None), ("03/2021/TT-BKHĐT", "2021-04-09")]


def test_bare_numbers_listed_before_a_full_one_share_its_codes() -> None:
    text = "UBND tỉnh ban hành các Quyết định số 710, 711 và 712/QĐ-UBND ngày 2/6/2025 về ba cụm công nghiệp."
    assert _decisions(text) == [
        ("710/QĐ-UBND", "2025-06-02"),
        ("711/QĐ-UBND", "2025-06-02"),
        ("712/QĐ-UBND", "2025-06-02"),
    ]
