"""Shapes fixed in session 9 (issue 12), each on sentences of our own: a firm name whose second syllable is
lower-case and would otherwise end it ("Quốc gia", "Mua bán", a trailing "điện"), with the acronym in
brackets after it staying the same firm."""

from __future__ import annotations

import pytest

from tests.deal_shapes import firms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Công ty CP Cơ điện Hòa Lạc trúng gói thầu cung cấp máy biến áp cho Tổng công ty Truyền tải điện "
            "Quốc gia.",
            ["Cơ điện Hòa Lạc", "Truyền tải điện Quốc gia"],
        ),
        (
            "Công ty Mua bán điện và Công ty CP Điện mặt trời Ninh Sơn ký hợp đồng 20 năm.",
            ["Mua bán điện", "Điện mặt trời Ninh Sơn"],
        ),
        # the acronym in brackets after the whole name is that firm, not a second one
        (
            "Tổng công ty Truyền tải điện Quốc gia (EVNNPT) giao thầu cho Công ty CP Xây lắp Điện Tây Bắc.",
            ["Truyền tải điện Quốc gia", "Xây lắp Điện Tây Bắc"],
        ),
    ],
)
def test_a_lower_case_syllable_that_completes_a_word_stays_in_the_firms_name(
    text: str, expected: list[str]
) -> None:
    assert firms(text) == expected


def test_a_contract_with_a_firm_named_with_lower_case_words_names_it_whole() -> None:
    from extract import tag_text

    tags = tag_text("Công ty CP Điện gió Gành Hào ký hợp đồng với Công ty Mua bán điện (EVNEPTC) ngày 3/4.")
    assert [sorted(d.parties) for d in tags.deals] == [["Mua bán điện", "Điện gió Gành Hào"]]
