# ruff: noqa: E501
"""Shapes of round 45, on our own sentences (the rules alone, without the learned deal model):

- an amount spent by two firms joined by "and" ("More than US$60 million will be spent by A and B on a
  line") is the pair's investment and a venture of the two; two firms that are customers ("will make parts
  for A and B") or an MoU's sides are not;
- "X has won approval from the Y Board for a $N plant" is X's licence, Y its grantor;
- "A và B công bố hợp tác ..." is the two firms' cooperation;
- an industry word after "Hội đồng", "Hội", "Liên đoàn" or "Câu lạc bộ" opens an association's name, not a
  firm's ("Hội đồng Ắc quy Quốc tế");
- a bare foreign name before "đã có", "hiện có", "dẫn đầu", "cải tạo", "muốn có" or, in English copy, "put up",
  "is due to open", "has sold", "was handed", "opens", "earmarks", "eyes", "widens", "lines up" is a firm;
  "HCMC widens ..." is the city; "X, a delivery app," and "X, the joint venture of ..." are firms;
- "hợp đồng cấp khí/điện/nước/hơi" is a supply contract.
"""

from __future__ import annotations

import pytest

from tests.deal_shapes import rules_alone  # noqa: F401  (fixture)


def test_an_amount_spent_by_two_firms_is_their_joint_investment(rules_alone) -> None:  # noqa: F811
    from extract import tag_text

    tags = tag_text(
        "More than US$60 million will be spent by Rendal Pressworks Co., Ltd. and Tan Loc Precision JSC on a new stamping line in Bac Ninh."
    )
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Rendal Pressworks", "Tan Loc Precision"], 60e6)
    ]
    assert [(e.kind, [p.name for p in e.parties], e.status) for e in tags.events] == [
        ("joint_venture", ["Rendal Pressworks", "Tan Loc Precision"], "announced")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Spread over 40ha, the US$120 million plant will make compressors for Ostrava Cooling Corp and Varnel Appliances Corp from 2028.",
        "A US$300 million wind farm is the subject of an MoU between Hai Son Energy JSC and Bao Tin Construction JSC.",
    ],
)
def test_an_amount_near_two_firms_that_do_not_spend_it_gives_no_deal(rules_alone, text: str) -> None:  # noqa: F811
    from extract import tag_text

    assert not [d for d in tag_text(text).deals if d.kind == "investment"]


def test_approval_won_from_a_board_for_a_plant_is_the_firms_licence(rules_alone) -> None:  # noqa: F811
    from extract import tag_text

    tags = tag_text(
        "An investor from Japan, Morikawa Valve Corporation, has won approval from the Thai Binh Economic Zone Authority for a US$38 million plant making brass valves."
    )
    licences = [e for e in tags.events if e.kind == "investment_licence"]
    assert [(p.name, p.role) for p in licences[0].parties] == [
        ("Thai Binh Economic Zone Authority", "grantor"),
        ("Morikawa Valve Corporation", "investor"),
    ]
    assert licences[0].amount == pytest.approx(38e6)


def test_two_firms_announcing_cooperation_is_their_deal(rules_alone) -> None:  # noqa: F811
    from extract import tag_text

    tags = tag_text(
        "Công ty TNHH Điện lạnh Hòa Vinh và Kestrel Compressors công bố hợp tác sản xuất máy nén cho tủ lạnh."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [
        ("cooperation", ["Điện lạnh Hòa Vinh", "Kestrel Compressors"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Theo Hội đồng Ắc quy Quốc tế, nhu cầu pin xe điện sẽ tăng gấp ba vào năm 2030.",
        "Câu lạc bộ Cơ khí Phú Thọ vừa tổ chức buổi gặp các nhà cung ứng linh kiện.",
    ],
)
def test_an_industry_word_after_an_association_word_is_no_firm(rules_alone, text: str) -> None:  # noqa: F811
    from extract import tag_text

    assert not tag_text(text).firms


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Trước khi mở xưởng ở Hưng Yên, Korlitz đã có một cơ sở lắp ráp quạt ở Bắc Giang.", "Korlitz"),
        ("Theo một hãng nghiên cứu, Sunwave dẫn đầu thị trường tủ lạnh với 21% thị phần.", "Sunwave"),
        ("Để kịp giao hàng, Velmora sẽ cải tạo một nhà xưởng cũ thay vì xây mới.", "Velmora"),
        ("Three years after arriving, Drevik put up its first plant in Hai Duong.", "Drevik"),
        ("Asahira is due to open its sixth Vietnamese factory, for rice cookers, in May.", "Asahira"),
        ("Quellmark earmarks $75 mln for Vietnam compressor plant", "Quellmark"),
        ("Sendaro lines up Vietnam site for washing machine parts", "Sendaro"),
        ("Parcelo, a Singapore-based delivery app, signed a partnership with Hoa Binh Motors.", "Parcelo"),
    ],
)
def test_a_bare_foreign_name_before_a_verb_of_a_firm_is_a_firm(rules_alone, text: str, firm: str) -> None:  # noqa: F811
    from extract import tag_text

    assert firm in [f.name for f in tag_text(text).firms]


def test_a_city_before_such_a_verb_is_no_firm(rules_alone) -> None:  # noqa: F811
    from extract import tag_text

    assert not tag_text("HCMC widens credit support for parts makers").firms


def test_a_contract_to_supply_gas_is_a_supply_contract(rules_alone) -> None:  # noqa: F811
    from extract import tag_text

    tags = tag_text(
        "Hợp đồng cấp khí nitơ 15 năm cho nhà máy bảng mạch đã được Công ty TNHH Khí Hòa Bình và Công ty TNHH Điện tử Minh Trí ký từ tháng 3."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [
        ("supply_contract", ["Khí Hòa Bình", "Điện tử Minh Trí"])
    ]
