"""Shapes fixed in session 8 (issue 12), each on sentences of our own: a place inside a firm's name is not
cut off as a nationality or read as a person, and "Hạ tầng" can end a name."""

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
