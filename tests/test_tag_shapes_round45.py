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
- "hợp đồng cấp khí/điện/nước/hơi" is a supply contract;
- a plant's builder or owner named after it in English copy ("the cable plant X is building", "the $N plant
  that A and B own together", "a plant is going up in Y for X", "..., the work of A and B") is its investment,
  with no event; "X Vietnam has set up a plant" is X's; "X has put USD N million into" names X a firm;
- a bare Vietnamese name before "nhận giấy phép/chứng nhận", "dựng/xây/mở/đặt xưởng" or "nhà máy" is a firm;
- "X announced the completion of its plant" is X's inauguration; "X put up its first plant" X's investment;
- "a cooperation agreement that X has signed with Y, which will supply ..." is an MoU (the document named
  before its signer), not a supply contract;
- "Công ty X, công ty con của Tập đoàn Y, ký ... với Z" (an apposition naming the owner) is X's deal, not Y's;
- an acronym after a dash that ends a firm's name is its alias ("Tập đoàn X Printing – XP"), except the
  coal group's ("Công ty CP Than Y - TKV").
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


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Its own steel and 300,000 TEU a year: that is the plan for the box plant Tan Khanh Group is building in Dong Nai province.",
            ["Tan Khanh Group"],
        ),
        (
            "A 30,000-TEU yearly output is expected from the US$35 million plant that Marlow Shipyards Corporation (MSC) and Ho Sheng Industrial of Taiwan own together.",
            ["Marlow Shipyards Corporation", "Ho Sheng Industrial"],
        ),
        (
            "Another trailer works is going up in Hai Phong, the work of Japan's Kirisawa Axle and Tomba Engineering, with an opening due next spring.",
            ["Kirisawa Axle", "Tomba Engineering"],
        ),
        (
            "A corrugated carton plant is going up in Long An province for Pellham Asia Packaging, which will supply electronics makers.",
            ["Pellham Asia Packaging"],
        ),
        (
            "Silver Heron Label Group Vietnam has set up a label-printing plant in Tay Ninh province.",
            ["Silver Heron Label Group"],
        ),
        (
            "A Swedish carton group, Lindqvist Board has put USD 95 million into a factory in Binh Duong.",
            ["Lindqvist Board"],
        ),
    ],
)
def test_a_plants_builder_or_owner_named_after_it_is_its_investment(
    rules_alone,  # noqa: F811
    text: str,
    parties: list[str],
) -> None:
    from extract import tag_text

    tags = tag_text(text)
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", parties)]
    assert not tags.events


def test_an_acronym_after_a_dash_is_the_firms_alias_but_the_coal_groups_unit_keeps_it(rules_alone) -> None:  # noqa: F811
    from extract import tag_text

    names = [
        f.name
        for f in tag_text(
            "UBND tỉnh Bắc Ninh trao giấy phép đầu tư cho Tập đoàn Kitamura Printing – KMP (Nhật Bản)."
        ).firms
    ]
    assert names == ["Kitamura Printing"]
    names = [
        f.name
        for f in tag_text("Công ty CP Than Hà Lầm - TKV ký hợp đồng với Công ty CP Thép Việt Hưng.").firms
    ]
    assert names == ["Than Hà Lầm - TKV", "Thép Việt Hưng"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Sau nhiều tháng chọn đất, Phúc Lâm dựng xưởng bao bì thứ hai ở Long An.", "Phúc Lâm"),
        ("Tân Mỹ Lộc nhận giấy chứng nhận cho nhà máy thùng carton 30 triệu USD ở Bình Dương.", "Tân Mỹ Lộc"),
    ],
)
def test_a_bare_vietnamese_name_before_a_licence_or_a_plant_verb_is_a_firm(
    rules_alone,  # noqa: F811
    text: str,
    firm: str,
) -> None:
    from extract import tag_text

    assert firm in [f.name for f in tag_text(text).firms]


def test_a_firm_announcing_its_plants_completion_is_its_inauguration(rules_alone) -> None:  # noqa: F811
    from extract import tag_text

    tags = tag_text(
        "Marden Appliances Corp announced the completion of its washing machine plant in Hung Yen on Monday."
    )
    assert [(e.kind, e.status, [p.name for p in e.parties]) for e in tags.events] == [
        ("inauguration", "completed", ["Marden Appliances Corp"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Công ty CP Pin Lạc Hồng, công ty con của Tập đoàn Hòa Lâm, ký thỏa thuận hợp tác với Công ty CP Xe điện Trường An.",
        "Công ty CP Pin Lạc Hồng, đơn vị làm pin lưu trữ của Tập đoàn Hòa Lâm, ký ngày 12 với Công ty CP Xe điện Trường An thỏa thuận hợp tác.",
    ],
)
def test_an_apposition_naming_the_owner_leaves_the_deal_to_the_unit(rules_alone, text: str) -> None:  # noqa: F811
    from extract import tag_text

    assert [d.parties for d in tag_text(text).deals] == [["Pin Lạc Hồng", "Xe điện Trường An"]]


def test_a_firm_that_put_up_a_plant_invested_in_it(rules_alone) -> None:  # noqa: F811
    from extract import tag_text

    tags = tag_text(
        "Two years after arriving in Vietnam, Zhenwei put up its first scooter plant in Bac Ninh."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Zhenwei"])]


def test_a_cooperation_agreement_named_before_its_signer_is_an_mou(rules_alone) -> None:  # noqa: F811
    from extract import tag_text

    tags = tag_text(
        "Food deliveries in Da Nang are the focus of a cooperation agreement that GiaoNhanh Logistics has signed with Lam Son Motors, which will supply the electric scooters."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("mou", ["GiaoNhanh Logistics", "Lam Son Motors"])]


def test_a_unit_named_with_its_owner_in_an_apposition_breaks_ground_itself(rules_alone) -> None:  # noqa: F811
    """The apposition's closing comma goes with it: "X, đơn vị thành viên của Tập đoàn Y (Z), khởi công ..."
    reads as "X khởi công ...", X's groundbreaking."""
    from extract import tag_text

    tags = tag_text(
        "Sáng 9/4, Công ty TNHH Ba Lô Sông Mã, đơn vị thành viên của Tập đoàn Trailmark (Singapore), khởi công nhà máy ba lô tổng vốn 640 tỷ đồng."
    )
    assert [(e.kind, [p.name for p in e.parties]) for e in tags.events] == [
        ("groundbreaking", ["Ba Lô Sông Mã"])
    ]
