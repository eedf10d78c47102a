# ruff: noqa: E501
"""Shapes of round 44, on our own sentences (the rules alone, without the learned deal model):

- an investment told by its amount alone, in English ("An extra US$350 million is on its way to Vietnam
  from X Corp, which needs a second plant", "Output at the foundry of X Corp will double, paid for with
  another $60 million", "A casting complex in Y is where X GmbH wants to spend EUR 900 million", "About
  US$8 million will go into a second press workshop on the site of X Co., Ltd."; "Corp" with no dot ends a
  firm's name) and in
  Vietnamese ("Nhờ khoản 45 triệu USD, Công ty X mở rộng xưởng dập", "Nhà máy 2.400 tỷ đồng của Công ty X
  nâng công suất", "Thêm 800 tỷ đồng sẽ được dành cho giai đoạn 2, Công ty X cho biết"); X's groundbreaking when the amount's plant is being built ("Construction has begun on
  a $95 million plant that X Corp ...");
- a bare name ending in an optics or automation word ("Tanel Photonics", "Corvik Motion", "Hoa Lam Sensing",
  "Minh Quang Automation") is a firm;
- "Nhựa Tái chế X" (a trade's compound with a lower-case syllable) is one bare name; "TKV" is a firm, and
  "Công ty CP Than X - Vinacomin" one unit of it;
- and no deal where the amount is something else (revenue, support from a programme) or the investment
  may never be ("could spend ... if", a headline's question).
"""

from __future__ import annotations

import pytest

from tests.deal_shapes import rules_alone  # noqa: F401  (fixture)


def _deals(tags) -> set[tuple[str, frozenset[str]]]:
    return {(d.kind, frozenset(d.parties)) for d in tags.deals}


@pytest.mark.parametrize(
    ("text", "kind", "party", "amount"),
    [
        (
            "An extra US$350 million is on its way to Vietnam from Korvane Tools Corp, which needs a second plant for its grinder lines, a ministry statement said.",
            "investment",
            "Korvane Tools Corp",
            350e6,
        ),
        (
            "Output at the Binh Duong foundry of Pellmont Castings Corp will double, paid for with another $60 million.",
            "investment",
            "Pellmont Castings Corp",
            60e6,
        ),
        (
            "Construction has begun on a $95 million forging plant that Ostrava Forge Corp will run in Quang Ngai province.",
            "groundbreaking",
            "Ostrava Forge Corp",
            95e6,
        ),
        (
            "A casting and machining complex in Quang Tri is where Hollen Guss GmbH, a German foundry group, wants to spend EUR 900 million.",
            "investment",
            "Hollen Guss",
            900e6,
        ),
        (
            "About US$8 million will go into a second press workshop on the Bac Giang site of Taemin Stamping Co., Ltd., its director said.",
            "investment",
            "Taemin Stamping",
            8e6,
        ),
        (
            "Nhờ khoản 45 triệu USD, Công ty TNHH Linh kiện Phước Tân mở rộng xưởng dập lên gấp đôi diện tích.",
            "investment",
            "Linh kiện Phước Tân",
            45e6,
        ),
        (
            "Thêm 800 tỷ đồng sẽ được dành cho giai đoạn 2, Công ty CP Nhôm Sông Đà Xanh cho biết; xong năm 2027, công suất sẽ tăng gấp đôi.",
            "investment",
            "Nhôm Sông Đà Xanh",
            800e9,
        ),
        (
            "Nhà máy phôi thép 2.400 tỷ đồng của Công ty CP Thép An Khánh nâng công suất lên 1,2 triệu tấn mỗi năm.",
            "investment",
            "Thép An Khánh",
            2400e9,
        ),
    ],
)
def test_an_investment_told_by_its_amount_alone_is_the_firms(
    rules_alone,  # noqa: F811
    text: str,
    kind: str,
    party: str,
    amount: float,
) -> None:
    from extract import tag_text

    tags = tag_text(text)
    found = [d for d in tags.deals if d.kind == kind and d.parties == [party]]
    assert found, _deals(tags)
    assert found[0].amount == pytest.approx(amount)


@pytest.mark.parametrize(
    "text",
    [
        "Brenmoor Electronics Corp could spend $90 million on a plant if it settles on Bac Ninh.",
        "Tallis Motors Co., Ltd's revenue from its $200 million plant rose 12 percent last year.",
        "Doanh thu của Công ty CP Nhựa Tân Hưng từ nhà máy mới đạt 300 tỷ đồng.",
        "Công ty CP Cơ khí Hòa Đạt được hỗ trợ 900 triệu đồng để đầu tư dây chuyền hàn.",
        "Tập đoàn Vĩnh Thạnh rót 500 triệu USD làm nhà máy ở Hà Nam?",
    ],
)
def test_an_amount_that_is_no_investment_or_not_yet_one_gives_no_deal(
    rules_alone,  # noqa: F811
    text: str,
) -> None:
    from extract import tag_text

    assert not tag_text(text).deals


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Phần lớn đơn hàng ống kính sẽ chuyển sang Tanel Photonics từ quý sau.", "Tanel Photonics"),
        ("Chưa đầy một năm tuổi, Corvik Motion đã có robot đi được hai km mỗi giờ.", "Corvik Motion"),
        ("Nhiều năm nay Hoa Lam Sensing vẫn lắp cảm biến cho hãng.", "Hoa Lam Sensing"),
        ("Theo người này, Minh Quang Automation vẫn lắp dây chuyền hàn cho hãng.", "Minh Quang Automation"),
    ],
)
def test_a_bare_name_ending_in_an_optics_or_automation_word_is_a_firm(
    rules_alone,  # noqa: F811
    text: str,
    firm: str,
) -> None:
    from extract import tag_text

    assert firm in [f.name for f in tag_text(text).firms]


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        (
            "Nhựa Tái chế Hòa Khánh khánh thành giai đoạn 2 nhà máy hạt nhựa ở Đà Nẵng.",
            ["Nhựa Tái chế Hòa Khánh"],
        ),
        ("Sau lễ ký, TKV sẽ giao phần lắp đặt cho nhà thầu trong nước.", ["TKV"]),
        (
            "Công ty CP Than Núi Béo - Vinacomin ký hợp đồng với Công ty CP Cơ khí Mạo Khê Xanh.",
            ["Than Núi Béo - Vinacomin", "Cơ khí Mạo Khê Xanh"],
        ),
    ],
)
def test_a_trade_compound_a_state_groups_short_name_and_its_units_suffix(
    rules_alone,  # noqa: F811
    text: str,
    firms: list[str],
) -> None:
    """ "Tái chế" is one word of a bare name; "TKV" is the coal and minerals group; "X - Vinacomin" is one unit."""
    from extract import tag_text

    assert [f.name for f in tag_text(text).firms] == firms
