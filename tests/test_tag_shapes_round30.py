# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 30 (issue 12), each on sentences of our own, seen in blind batches 99-100:

- acquisitions: "A vừa bán cổ phần cho hai nhà đầu tư chiến lược Nhật Bản là C và D" (no percentage, the
  buyers named after what they are, two of them);
- licences in English with a province as the grantor: "Dak Lak has given X an investment licence", "after
  Gia Lai province licensed Singapore's X to build it";
- groundbreakings in English with the owner in apposition: "Construction of the Y plant, X JSC's first site,
  began on ...";
- one deal told twice, by the brand in a headline and by the full name in the body, is one deal.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-29 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.kind, d.parties) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, list[str], str]]:
    return [(e.kind, [p.name for p in e.parties], e.status) for e in tag_text(text).events]


@pytest.mark.parametrize(
    "buyers",
    [
        "hai nhà đầu tư chiến lược Hàn Quốc là Tập đoàn Daebok Cold Chain và Công ty TNHH Hanul Logistics",
        "hai nhà đầu tư là Tập đoàn Daebok Cold Chain và Công ty TNHH Hanul Logistics",
        "Tập đoàn Daebok Cold Chain và Công ty TNHH Hanul Logistics",
    ],
)
def test_shares_sold_to_two_named_investors_without_a_percentage(buyers: str) -> None:
    text = f"Công ty CP Kho vận Sông Tiền (STL) vừa bán cổ phần cho {buyers}; cổ đông sáng lập vẫn giữ phần vốn của mình."
    assert _deals(text) == [("investment", ["Daebok Cold Chain"]), ("investment", ["Hanul Logistics"])]
    assert _events(text) == [
        ("acquisition", ["Kho vận Sông Tiền", "Daebok Cold Chain"], "completed"),
        ("acquisition", ["Kho vận Sông Tiền", "Hanul Logistics"], "completed"),
    ]


def test_a_sale_of_goods_to_a_buyer_is_no_acquisition() -> None:
    text = "Công ty CP Kho vận Sông Tiền vừa bán 400 tấn tôm đông lạnh cho Công ty TNHH Hanul Foods."
    assert not [e for e in tag_text(text).events if e.kind == "acquisition"]


def test_an_english_licence_given_by_a_province() -> None:
    text = "Gia Lai has given Tan Phat Pte Ltd of Singapore an investment licence for a cassava starch plant worth VND420 billion, due to be built from October."
    assert _deals(text) == [("investment", ["Tan Phat"])]
    assert tag_text(text).deals[0].amount == 420_000_000_000
    assert _events(text) == [("investment_licence", ["Gia Lai", "Tan Phat"], "licensed")]


def test_an_english_licence_by_a_province_with_the_bare_verb() -> None:
    text = "A VND420 billion starch plant is to go up in Chu Se district after Gia Lai province licensed Singapore's Tan Phat Pte Ltd to build it."
    assert _deals(text) == [("investment", ["Tan Phat"])]
    assert _events(text) == [("investment_licence", ["Gia Lai province", "Tan Phat"], "licensed")]


def test_licensed_as_an_adjective_is_no_licence() -> None:
    text = "The licensed capital of Tan Phat Pte Ltd rose to VND600 billion this year, the province said."
    assert not [e for e in tag_text(text).events if e.kind == "investment_licence"]


def test_an_english_construction_with_the_owner_in_apposition() -> None:
    text = "GIA LAI — Construction of the Ia Grai starch plant, Tan Phat Agro JSC's second processing site, began on April 9 at Diên Phú Industrial Cluster."
    assert _deals(text) == [("groundbreaking", ["Tan Phat Agro"])]
    assert _events(text) == [("groundbreaking", ["Tan Phat Agro"], "started")]


def test_a_headline_brand_and_the_full_name_in_the_body_are_one_licence() -> None:
    text = (
        "Sunwoo được cấp phép nhà máy điều hòa 260 triệu USD ở Thái Nguyên\n\n"
        "Giấy chứng nhận đầu tư cho nhà máy điều hòa, máy lọc không khí 2 triệu sản phẩm/năm đã được trao cho "
        "Công ty TNHH Điện lạnh Sunwoo Việt Nam hôm 9/6."
    )
    assert _deals(text) == [("investment", ["Điện lạnh Sunwoo"])]
    assert tag_text(text).deals[0].amount == 260_000_000
    assert _events(text) == [("investment_licence", ["Điện lạnh Sunwoo"], "licensed")]


def test_two_firms_of_one_brand_keep_their_own_deals() -> None:
    text = (
        "Công ty TNHH Sunwoo Display Việt Nam khởi công nhà máy màn hình 90 triệu USD; "
        "Công ty TNHH Sunwoo khởi công nhà máy pin 40 triệu USD."
    )
    assert {p for _, ps in _deals(text) for p in ps} == {"Sunwoo Display", "Sunwoo"}


# seen in blind batch 101 (scored first at 2136c05)


def test_the_highlights_of_a_memo_round_each_with_its_amount() -> None:
    text = "Nổi bật trong nhóm ký ghi nhớ là Công ty CP Điện gió Chư Prông với dự án 6.120 tỷ đồng, Công ty CP Thủy điện Ayun Hạ (2.480 tỷ đồng) và Tập đoàn Phượng Hoàng Xanh, 7.900 tỷ đồng cho một khu nghỉ dưỡng."
    got = [(d.kind, d.parties, d.amount) for d in tag_text(text).deals]
    assert got == [
        ("investment", ["Điện gió Chư Prông"], 6_120_000_000_000),
        ("investment", ["Thủy điện Ayun Hạ"], 2_480_000_000_000),
        ("investment", ["Phượng Hoàng Xanh"], 7_900_000_000_000),
    ]
    assert _events(text) == []  # a round-up's highlights: recalled, no new event


def test_the_projects_a_zone_drew_in_named_as_examples() -> None:
    text = "Khu kinh tế Nghi Sơn đã thu hút nhiều dự án lớn như nhà máy lọc dầu của Công ty TNHH Lọc hóa dầu Bắc Trung hay tổ hợp xi măng của Tập đoàn Xi măng Tĩnh Gia."
    assert _deals(text) == [("investment", ["Lọc hóa dầu Bắc Trung"]), ("investment", ["Xi măng Tĩnh Gia"])]
    assert _events(text) == []


def test_projects_a_zone_hopes_to_draw_in_are_no_investment() -> None:
    text = "Khu kinh tế Nghi Sơn đang kêu gọi các dự án như nhà máy lọc dầu của Công ty TNHH Lọc hóa dầu Bắc Trung."
    assert _deals(text) == []
