# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 15 (issue 12), each on sentences of our own: a project's licence told as
background after its firm's groundbreaking or opening ("Dự án đã được ... cấp giấy chứng nhận ...")."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, one, pair


@pytest.mark.parametrize(
    ("text", "amount", "date"),
    [
        (
            "Sáng 14/3, Công ty TNHH Cơ điện Lạc Hồng khởi công nhà máy động cơ tại KCN Tân Trường, tổng vốn 640 tỷ đồng. Dự án đã được Ban Quản lý các KCN tỉnh cấp giấy chứng nhận đăng ký đầu tư ngày 2/10/2025.",
            None,
            "2025-10-02",
        ),
        (
            "Ngày 5/6, Công ty TNHH Vật liệu Mới An Khánh khánh thành xưởng ép đùn tại KCN Điềm Thụy; dự án đã được UBND tỉnh chấp thuận chủ trương đầu tư ngày 18/8/2024.",
            None,
            "2024-08-18",
        ),
        (
            "Đại diện Công ty TNHH Quang học Núi Thành cho biết nhà máy đã tuyển 900 lao động; dự án này được cấp phép từ năm 2022 với vốn 75 triệu USD.",
            75e6,
            None,
        ),
    ],
)
def test_a_project_licensed_before_is_its_firms_investment_with_no_event(
    text: str, amount: float | None, date: str | None
) -> None:
    tags = tag_text(text, "2026-03-20")
    firm = next(f.name for f in tags.firms)
    invest = [d for d in tags.deals if d.kind == "investment"]
    assert [(d.parties, d.amount, d.date) for d in invest] == [([firm], amount, date)]
    assert not any(e.kind == "investment_licence" for e in tags.events)


def test_the_licensed_firm_is_the_one_with_a_deal_when_the_sentence_before_names_two() -> None:
    text = (
        "Công ty TNHH Quang điện Hòa Lạc, liên doanh do Sunrise Optics Limited rót vốn, động thổ nhà máy mô-đun "
        "camera tại KCN Bắc Phú Cát, vốn 90 triệu USD. Dự án đã được Ban Quản lý Khu công nghệ cao cấp giấy "
        "chứng nhận đăng ký đầu tư ngày 9/7."
    )
    invest = [d.parties for d in tag_text(text, "2026-01-15").deals if d.kind == "investment"]
    assert invest == [["Quang điện Hòa Lạc"]]
    assert events(text) == {one("groundbreaking", "Quang điện Hòa Lạc")}


@pytest.mark.parametrize(
    "text",
    [
        # the clause names a firm before its licence verb: not a project of the firm before
        "Công ty TNHH Cơ điện Lạc Hồng khởi công nhà máy động cơ. Dự án do Công ty CP Xây dựng Tân Long thi công, đã được cấp giấy chứng nhận đăng ký đầu tư.",
        # news, not background
        "Công ty TNHH Cơ điện Lạc Hồng khởi công nhà máy động cơ tại KCN Tân Trường. Dự án vừa được Ban Quản lý các KCN tỉnh cấp giấy chứng nhận đăng ký đầu tư.",
        # two firms before and no deal of either: whose project it is is not said
        "Công ty TNHH Cơ điện Lạc Hồng và Công ty CP Thép Đông Tiến đã làm việc với tỉnh về quỹ đất. Dự án đã được cấp phép từ năm 2023.",
    ],
)
def test_no_recalled_licence_when_the_clause_names_a_firm_is_news_or_the_owner_is_unclear(text: str) -> None:
    assert not [d for d in tag_text(text, "2026-01-15").deals if d.kind == "investment"]


@pytest.mark.parametrize(
    "text",
    [
        "Dự án nhà máy bánh răng của Công ty TNHH Cơ khí Yên Phong Gear tại KCN Quế Võ đã được cấp giấy chứng nhận ngày 3/4/2025; đến nay nhà máy đã hoàn thành 60% khối lượng.",
        "Trước đó, ngày 8/7/2025, Công ty CP Thép Hòa An đã ký hợp đồng với Công ty TNHH Thiết bị Luyện kim Đông Bắc cung cấp lò cảm ứng.",
    ],
)
def test_an_event_dated_months_before_the_text_is_background_its_deal_stays(text: str) -> None:
    tags = tag_text(text, "2026-05-20")
    assert tags.deals
    assert tags.events == []


def test_an_event_dated_weeks_before_the_text_is_still_its_news() -> None:
    text = "Được cấp phép hôm 2/4, dự án 60 triệu USD của Công ty TNHH Linh kiện Quế Võ Tech đã khởi công ngay trong tháng 5."
    kinds = {e.kind for e in tag_text(text, "2026-05-20").events}
    assert kinds == {"investment_licence", "groundbreaking"}
    # the same text with no publication date: nothing to measure age against, the events stay
    assert {e.kind for e in tag_text(text).events} == kinds


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn Kính Nổi Đông Hải (Trung Quốc) đang đề xuất đầu tư nhà máy kính siêu trắng khoảng 800 triệu USD tại Quảng Trị; tỉnh chưa chấp thuận chủ trương.",
        "Công ty TNHH Sợi Phú Bài Yarn đề xuất nâng vốn dự án lên 90 triệu USD để lắp thêm hai dây chuyền kéo sợi.",
        "Tỉnh vừa làm việc với Tập đoàn Điện gió Biển Xanh về đề xuất đầu tư 3 dự án điện gió ngoài khơi.",
    ],
)
def test_a_proposal_to_invest_is_no_deal_and_no_event(text: str) -> None:
    tags = tag_text(text)
    assert tags.deals == [] and tags.events == []


def test_an_investment_decided_after_a_proposal_stays_a_deal() -> None:
    text = "Sau khi đề xuất được chấp thuận, Công ty TNHH Sợi Phú Bài Yarn đầu tư thêm 30 triệu USD lắp hai dây chuyền kéo sợi."
    assert [(d.kind, d.parties) for d in tag_text(text).deals] == [("investment", ["Sợi Phú Bài Yarn"])]


# English copy (the English reader, extract/tag/english.py)


@pytest.mark.parametrize(
    ("text", "kind", "firm"),
    [
        (
            "Hòa Lạc Motors, a member of Tân Phát Group, will invest VNĐ420 billion to build a gearbox workshop at its Chu Lai complex.",
            "investment_announcement",
            "Hòa Lạc Motors",
        ),
        (
            "Kizuna Packaging invests $18 mln to expand its carton plant in Bến Lức, the firm said.",
            "investment_announcement",
            "Kizuna Packaging",
        ),
        (
            "Amata Holdings plans to build a 700-ha industrial park in Quảng Ninh.",
            "investment_announcement",
            "Amata Holdings",
        ),
        (
            "A groundbreaking ceremony for a US$85 million glove plant of Mekong Latex Co., Ltd was held in Tây Ninh on Monday.",
            "groundbreaking",
            "Mekong Latex",
        ),
    ],
)
def test_english_announcements_and_ceremonies_name_their_firm(text: str, kind: str, firm: str) -> None:
    assert events(text) == {one(kind, firm)}


def test_english_several_investors_set_to_start_construction_each_announce() -> None:
    text = "Daewon Cable Co., Ltd and Hanjin Pack Co., Ltd are set to start construction on two plants in Phú Thọ."
    assert events(text) == {
        one("investment_announcement", "Daewon Cable"),
        one("investment_announcement", "Hanjin Pack"),
    }


def test_english_policy_approval_with_the_developer_named_is_its_licence() -> None:
    text = (
        "Deputy Prime Minister Lê Văn An has approved the investment policy for the Yên Lạc II Industrial Park "
        "in Phú Thọ Province, with Vĩnh Yên Infrastructure JSC as developer and total capital of VNĐ2.1 trillion."
    )
    tags = tag_text(text)
    assert [(e.kind, [p.name for p in e.parties], e.amount) for e in tags.events] == [
        ("investment_licence", ["Vĩnh Yên Infrastructure"], 2.1e12)
    ]


def test_english_capital_raised_from_one_amount_to_another_is_a_licence_for_the_increase() -> None:
    text = "Tân Thuận Malt JSC has been allowed to raise the investment capital of its plant in Long An Province from US$90 million to $130 million."
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [("investment", ["Tân Thuận Malt"], 40e6)]
    assert [e.kind for e in tags.events] == ["investment_licence"]


def test_english_zone_authority_is_the_grantor_and_a_received_increase_its_amount() -> None:
    text = "Hòa Bình Beverages Co., Ltd. received an adjusted investment certificate on Monday from the Bình Dương Industrial Zones Authority, raising the capital of its plant from US$50 million to $75 million."
    (ev,) = tag_text(text, "2026-04-10").events
    assert {(p.name, p.type) for p in ev.parties} == {
        ("Bình Dương Industrial Zones Authority", "government"),
        ("Hòa Bình Beverages", "firm"),
    }
    assert ev.amount == 25e6


def test_english_licences_to_projects_of_several_firms_recalled_give_deals_only() -> None:
    text = "Earlier this year, the province also granted investment licences to projects of Kitano Resin Corporation (US$21 million) and Busan Fittings Co., Ltd (US$14 million)."
    tags = tag_text(text)
    assert {(d.parties[0], d.amount) for d in tags.deals} == {
        ("Kitano Resin Corporation", 21e6),
        ("Busan Fittings", 14e6),
    }
    assert tags.events == []


def test_english_group_names_with_vietnamese_words_are_firms_and_sign() -> None:
    text = "HẢI PHÒNG — Cát Bi Logistics JSC has signed a 30-year land lease for 8ha in Đình Vũ Industrial Park with the park's developer, Sông Cấm Group, to build a warehouse."
    assert "Sông Cấm Group" in [f.name for f in tag_text(text).firms]
    assert deals(text) == {pair("cooperation", "Cát Bi Logistics", "Sông Cấm Group")}


def test_english_mou_on_support_with_two_government_bodies_is_no_deal() -> None:
    text = "HÀ NỘI — LG Innotek Việt Nam on Monday signed a memorandum of understanding with the Ministry of Industry and Trade and the Hải Phòng People's Committee to help local firms join its supply chain."
    tags = tag_text(text)
    assert tags.deals == []
    (ev,) = tags.events
    assert ev.kind == "mou" and len(ev.parties) == 3


def test_a_joint_venture_with_a_partner_described_before_its_name_is_one_deal_of_both() -> None:
    text = "Liên doanh giữa Công ty CP Cơ khí Đông Hưng và hãng xe Hàn Quốc Daeyang Motors được UBND tỉnh Hưng Yên trao quyết định chủ trương đầu tư nhà máy lắp ráp xe buýt điện 150 triệu USD."
    assert deals(text) == {("investment", frozenset({"Cơ khí Đông Hưng", "Daeyang Motors"}))}


def test_three_firms_chained_with_a_described_partner_sign_together() -> None:
    text = "Công ty CP Cảng Cái Lân Xanh, hãng tàu Seaway Lines và Tập đoàn Cảng Thanh Đảo đã ký kết hợp tác mở tuyến vận tải biển mới."
    assert {frozenset(p) for _, p in deals(text)} == {
        frozenset({"Cảng Cái Lân Xanh", "Seaway Lines"}),
        frozenset({"Cảng Cái Lân Xanh", "Cảng Thanh Đảo"}),
        frozenset({"Seaway Lines", "Cảng Thanh Đảo"}),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn Hanmi Steel đã đầu tư 90 triệu USD xây nhà máy ống thép tại KCN Phú Mỹ và đang tìm nhà cung cấp nội địa.",
        "Bắt đầu vào Việt Nam từ năm 2010, đến nay Tập đoàn Kyoritsu đã rót khoảng 600 triệu USD vào các dự án tại Hải Phòng và Hưng Yên.",
    ],
)
def test_money_already_spent_is_a_recalled_investment_deal_with_no_event(text: str) -> None:
    tags = tag_text(text)
    assert [d.kind for d in tags.deals] == ["investment"]
    assert tags.events == []


def test_an_investment_made_just_now_stays_an_event() -> None:
    text = "Tập đoàn Hanmi Steel vừa đầu tư 90 triệu USD xây nhà máy ống thép tại KCN Phú Mỹ."
    assert [e.kind for e in tag_text(text).events] == ["investment_announcement"]


@pytest.mark.parametrize(
    "name",
    [
        "Ban Quản lý các Khu chế xuất và công nghiệp Cần Thơ",
        "Ban Quản lý Khu kinh tế, công nghiệp thành phố Huế",
        "Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng",
    ],
)
def test_a_management_board_named_with_a_comma_or_and_is_one_organisation_and_the_grantor(name: str) -> None:
    text = f"Công ty TNHH Linh kiện Sông Hàn Tech vừa được {name} điều chỉnh tăng vốn từ 40 triệu USD lên 65 triệu USD."
    tags = tag_text(text)
    assert name in [o.name for o in tags.organizations]
    (ev,) = tags.events
    assert ev.kind == "investment_licence" and ev.status == "licensed"
    assert {(p.name, p.type) for p in ev.parties} == {
        (name, "government"),
        ("Linh kiện Sông Hàn Tech", "firm"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Công ty TNHH Bao bì Phước Đông được cấp giấy chứng nhận điều chỉnh, tăng vốn từ 1.200 tỷ đồng lên 1.750 tỷ đồng.",
        "UBND tỉnh chấp thuận cho Công ty TNHH Bao bì Phước Đông điều chỉnh tăng vốn đầu tư từ 1.200 tỷ đồng lên 1.750 tỷ đồng.",
    ],
)
def test_capital_raised_from_one_amount_to_another_is_the_increase(text: str) -> None:
    tags = tag_text(text)
    assert [d.amount for d in tags.deals] == [550e9]
    assert [e.amount for e in tags.events] == [550e9]


def test_a_further_increase_written_after_the_range_is_the_amount() -> None:
    text = "Công ty TNHH Bao bì Phước Đông đã tăng vốn từ 20 triệu USD lên 35 triệu USD năm 2024, nay tăng thêm 12 triệu USD."
    assert [d.amount for d in tag_text(text).deals] == [12e6]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2025, Sở Công Thương tỉnh hỗ trợ 900 triệu đồng cho Công ty TNHH Cơ khí Trảng Bàng Mech đầu tư dây chuyền cắt laser.",
        "Ông Kim Min-soo, Tổng Giám đốc Công ty TNHH Dệt Long Hậu Textile, cho biết công ty đang cân nhắc mở rộng nhà máy nếu đơn hàng năm sau tăng.",
    ],
)
def test_a_public_grant_or_an_expansion_weighed_is_no_deal(text: str) -> None:
    assert tag_text(text).deals == []


def test_the_company_a_joint_venture_pact_founds_is_no_party_of_the_pact() -> None:
    text = "Công ty CP Nhựa Đông Hải và Tập đoàn Sanwa Polymer (Nhật Bản) ký hợp đồng liên doanh thành lập Công ty TNHH Hạt nhựa Đông Sanwa, vốn điều lệ 300 tỷ đồng."
    assert deals(text) == {pair("cooperation", "Nhựa Đông Hải", "Sanwa Polymer")}


def test_premises_rented_of_a_firm_is_a_lease_of_both() -> None:
    text = "Nhà sản xuất đồ chơi Lucky Bricks (Hồng Kông) vừa thuê 12.000 m2 nhà xưởng xây sẵn của Công ty CP Nhà xưởng Phước Đông tại KCN Phước Đông."
    assert deals(text) == {pair("cooperation", "Lucky Bricks", "Nhà xưởng Phước Đông")}


def test_a_general_contractor_named_after_its_role_builds_for_the_investor() -> None:
    text = "Sáng 4/8, Công ty CP Điện sinh khối Hậu Giang Bio khởi công nhà máy tại KCN Tân Phú Thạnh; tổng thầu EPC là Công ty CP Xây lắp Điện Cái Răng."
    assert pair("supply_contract", "Điện sinh khối Hậu Giang Bio", "Xây lắp Điện Cái Răng") in deals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 12/5, Công ty TNHH Liên doanh Phước Long Park động thổ KCN Phước Long 2 quy mô 500 ha.",
        "Sáng 12/5, Công ty TNHH Liên doanh PLIP khánh thành khu nhà xưởng xây sẵn tại KCN Phước Long.",
    ],
)
def test_a_joint_venture_company_named_lien_doanh_keeps_it_and_its_name_ends_at_the_verb(text: str) -> None:
    name = "Liên doanh Phước Long Park" if "Park" in text else "Liên doanh PLIP"
    assert [(f.name, f.legal_form) for f in tag_text(text).firms] == [(name, "Công ty TNHH")]


def test_a_general_contractor_chosen_for_a_firms_plant_supplies_that_firm() -> None:
    text = "Công ty CP Xây lắp Điện Krông Pa được chọn làm tổng thầu EPC nhà máy điện mặt trời 30 MWp của Công ty CP Năng lượng Ia Grai Solar."
    assert deals(text) == {pair("supply_contract", "Xây lắp Điện Krông Pa", "Năng lượng Ia Grai Solar")}


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Tài chính vừa có tờ trình đề nghị Thủ tướng Chính phủ chấp thuận chủ trương đầu tư dự án hạ tầng KCN Cẩm Xuyên 2 cho Công ty CP Đầu tư KCN Thiên Cầm.",
        "UBND tỉnh đã giao Ban Quản lý các KCN hoàn thiện hồ sơ đề nghị chấp thuận chủ trương đầu tư KCN Long Sơn 3 do Công ty CP Hạ tầng Long Sơn đề xuất, vốn khoảng 2.800 tỷ đồng.",
        "Năm 2018, Tập đoàn Kaneda Window từng dự kiến đầu tư nhà máy tại Bình Phước nhưng sau đó tạm dừng vì thị trường biến động.",
    ],
)
def test_a_request_for_approval_or_a_plan_dropped_is_no_deal(text: str) -> None:
    assert tag_text(text).deals == []


@pytest.mark.parametrize(
    ("text", "kind", "firm"),
    [
        (
            "QUẢNG TRỊ — Đông Hà Wood Pellet JSC has broken ground on a VNĐ900 billion pellet plant in the Nam Đông Hà Industrial Park.",
            "groundbreaking",
            "Đông Hà Wood Pellet",
        ),
        (
            "BẮC GIANG — Vân Trung Industrial Land JSC on Monday began building a 9-hectare ready-built factory project at Vân Trung Industrial Park.",
            "groundbreaking",
            "Vân Trung Industrial Land",
        ),
    ],
)
def test_english_groundbreakings_written_with_broken_ground_or_began_building(
    text: str, kind: str, firm: str
) -> None:
    assert events(text) == {one(kind, firm)}


def test_english_relative_clause_between_a_firm_and_its_verb_is_passed_over() -> None:
    text = "Kaizen Brakes Vietnam Co., Ltd., which makes brake pads for Toyota, Honda and Mazda, has signed a land lease with Đức Hòa Investment JSC for a new plant."
    assert deals(text) == {pair("cooperation", "Kaizen Brakes", "Đức Hòa Investment")}


def test_english_a_firm_at_a_park_is_no_party_and_a_raise_by_an_amount_is_that_amount() -> None:
    text = "HCMC — Tân Thuận Optics Co., Ltd at VSIP has won approval from the HCMC High-Tech Park Management Board to raise its capital by US$40 million to $190 million."
    (ev,) = tag_text(text).events
    assert [(p.name, p.type) for p in ev.parties] == [
        ("HCMC High-Tech Park Management Board", "government"),
        ("Tân Thuận Optics", "firm"),
    ]
    assert ev.amount == 40e6


def test_english_a_committee_holding_a_groundbreaking_for_a_groups_centre_is_a_party() -> None:
    text = "The Cao Bằng People's Committee on May 5 held a groundbreaking ceremony for a logistics centre of Trà Lĩnh Logistics Group near the border gate."
    (ev,) = tag_text(text).events
    assert ev.kind == "groundbreaking"
    assert {p.name for p in ev.parties} == {"Cao Bằng People's Committee", "Trà Lĩnh Logistics Group"}
    assert "Cao Bằng People" not in [f.name for f in tag_text(text).firms]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Trước đó, Tập đoàn Daeil Lamp đã chi 18 triệu USD cho dự án 4 ha tại KCN Nam Đình Vũ.",
            "Daeil Lamp",
        ),
        (
            "Năm 2019, Tập đoàn Seojin Pack (Hàn Quốc) đã chi khoảng 500 tỉ đồng để nâng sở hữu tại Công ty CP Bao bì Đông Sơn lên 75%.",
            "Seojin Pack",
        ),
    ],
)
def test_money_spent_on_a_project_or_a_stake_is_the_spenders_investment(text: str, firm: str) -> None:
    assert ("investment", frozenset({firm})) in deals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn Hòa Lâm Mekong cam kết sẽ đầu tư thêm 150 triệu USD nếu tỉnh sớm bàn giao mặt bằng sạch.",
        "Thông tin Tập đoàn Phú Lợi Mining mua lại mỏ đá vôi ở Hà Nam hiện chưa được doanh nghiệp xác nhận.",
        "Liên quan thông tin Tập đoàn Thép Miền Đông muốn mua lại nhà máy cán của Công ty CP Thép Phú Mỹ Xanh, đại diện doanh nghiệp cho biết chưa có bất kỳ thỏa thuận nào.",
    ],
)
def test_a_conditional_pledge_or_an_unconfirmed_report_is_no_deal(text: str) -> None:
    assert tag_text(text).deals == []


@pytest.mark.parametrize(
    ("text", "kind", "firm"),
    [
        (
            "HÀ NAM — Construction began on Monday on a US$60 million cable plant of Minh Khai Wire Co., Ltd. at Đồng Văn IV Industrial Park.",
            "groundbreaking",
            "Minh Khai Wire",
        ),
        (
            "The provincial People's Committee on May 2 started construction of a 60-hectare factory complex developed by Tiên Phong Industrial JSC.",
            "groundbreaking",
            "Tiên Phong Industrial",
        ),
        (
            "Cable maker Dong Sung Co., Ltd said on Monday it would put US$70 million into a wire plant in Hải Phòng's An Dương Industrial Park.",
            "investment_announcement",
            "Dong Sung",
        ),
        (
            "On May 4, the board of Long An Pipes JSC approved a VND60 billion investment in a new fitting factory at the Long Hậu Industrial Park.",
            "investment_announcement",
            "Long An Pipes",
        ),
        (
            "Đình Vũ Port Corporation has registered to buy more shares of Bạch Đằng Shipping JSC to lift its stake to over 30 per cent.",
            "acquisition",
            "Đình Vũ Port Corporation",
        ),
    ],
)
def test_english_construction_began_would_put_board_approved_registered_to_buy(
    text: str, kind: str, firm: str
) -> None:
    evs = tag_text(text, "2026-05-06").events
    assert [ev.kind for ev in evs] == [kind]
    assert firm in [p.name for p in evs[0].parties]


@pytest.mark.parametrize(
    ("text", "firm", "amount"),
    [
        (
            "Lớn nhất là dự án nhà máy điện rác 2.700 tỷ đồng của Công ty CP Năng lượng Xanh Cái Răng.",
            "Năng lượng Xanh Cái Răng",
            2.7e12,
        ),
        (
            "Năm 2025, tỉnh thu hút 41 dự án mới; dự án lớn nhất thuộc về Công ty TNHH Daesan Electronics (Hàn Quốc) với 88 triệu USD.",
            "Daesan Electronics",
            88e6,
        ),
    ],
)
def test_the_largest_project_of_a_firm_with_its_capital_is_its_investment(
    text: str, firm: str, amount: float
) -> None:
    assert [(d.parties, d.amount) for d in tag_text(text).deals] == [([firm], amount)]
