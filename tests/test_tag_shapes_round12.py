"""Shapes fixed in session 12 (issue 12), each on sentences of our own: English copy of Vietnamese firms'
names before a foreign legal form."""

from __future__ import annotations

import pytest

from tests.deal_shapes import firms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ĐÀ NẴNG — Hòa Khánh Bearing JSC opened a second line on Monday.", "Hòa Khánh Bearing"),
        ("Buyers praised Thành Đạt Precision Co., Ltd for its shafts.", "Thành Đạt Precision"),
        ("The lease was signed by Quảng Trị Wood Pellet JSC last week.", "Quảng Trị Wood Pellet"),
        ("Viet Thanh Steel JSC said its order book was full.", "Viet Thanh Steel"),
    ],
)
def test_a_vietnamese_name_in_english_copy_keeps_its_accented_words(text: str, name: str) -> None:
    assert name in firms(text)


# Left as it is: a name opening a sentence with a syllable that is also a function word ("Thành Đạt
# Precision Co., Ltd cho biết ...") loses that syllable, as "Theo" must not be kept.
def test_a_sentence_opener_is_not_part_of_the_name_before_a_foreign_form() -> None:
    assert firms("Theo Minh Long Packaging Co., Ltd, đơn hàng quý IV tăng.") == ["Minh Long Packaging"]


def test_a_dateline_in_capitals_is_not_part_of_the_name() -> None:
    assert firms("HẢI PHÒNG — Tràng Duệ Cable JSC posted record sales.") == ["Tràng Duệ Cable"]


def test_generic_words_alone_before_a_foreign_form_are_no_firm() -> None:
    assert firms("Vietnam Industrial Co., Ltd") == []
