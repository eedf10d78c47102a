# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 23 (issue 12), each on sentences of our own: English copy names Vietnamese firms by
their unaccented or accented words and "Company" ("Binh An Mechanical Company was named the developer",
"Quảng Ngãi Bus Company cut the ribbon"), the shape batches 68-70 left out ("Tan Phu Infrastructure Company");
"Company Limited" stays a foreign legal form, out of the name."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, firms, one


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Binh An Mechanical Company was named the developer of the Tam Thang 2 cluster.", "Binh An Mechanical Company"),
        ("Tan Phu Infrastructure Company will build roads inside the park next year.", "Tan Phu Infrastructure Company"),
        (
            "Quảng Ngãi Bus Company cut the ribbon on its VND400 billion assembly plant on May 2.",
            "Quảng Ngãi Bus Company",
        ),
        (
            "The province named Hoang Gia Construction and Trading Company, run by director Lê Văn Hùng, as the investor.",
            "Hoang Gia Construction and Trading Company",
        ),
    ],
)
def test_vietnamese_words_before_company_in_english_copy_name_a_firm(text: str, firm: str) -> None:
    assert firm in firms(text)


def test_a_vietnamese_company_that_opens_a_priced_plant_in_english_copy_invested() -> None:
    text = "Quảng Ngãi Bus Company cut the ribbon on its VND400 billion assembly plant on May 2."
    assert one("investment", "Quảng Ngãi Bus Company") in deals(text)
    assert tag_text(text).deals[0].amount == 400e9


def test_company_limited_after_a_foreign_name_is_its_legal_form() -> None:
    text = "Dự án do Daewon Optics Company Limited (Hàn Quốc) làm chủ đầu tư được điều chỉnh tăng vốn thêm 40 triệu USD."
    assert firms(text) == ["Daewon Optics"]
