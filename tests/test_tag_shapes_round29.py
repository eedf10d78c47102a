# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 29 (issue 12), each on sentences of our own, most seen in blind batches 92-94:

- licences: "X chiều 12.5 nhận từ UBND TP.Y giấy chứng nhận ..." (a paper's dotted date, "TP." glued to the
  city);
- investments: "X định dồn N tỷ đồng, chia hai đợt ..., cho một cụm ..." (the plan's terms between the amount
  and what it is for); English "X has (so far) invested $N in ...", a bare name before "Vietnam" and its verb
  ("Oyama Netsu Vietnam has invested"), "has budgeted";
- supply contracts: goods "được giao cho B theo hợp đồng hai bên ký";
- groundbreakings: "... cho lễ động thổ nhà máy của Công ty X" (a service to X's ceremony), English "where
  developer X expects ...", "a mill of X is now under construction ... after Thursday's groundbreaking".

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-28 do."""

from __future__ import annotations

import re

import pytest

from extract import tag_text
from extract.tag.signing import WHEN
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.kind, d.parties) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, list[str], str]]:
    return [(e.kind, [p.name for p in e.parties], e.status) for e in tag_text(text).events]


@pytest.mark.parametrize(
    "when",
    ["chiều 12.5", "sáng 3.11", "chiều 12/5"],
)
def test_a_licence_received_from_a_city_after_a_dotted_date(when: str) -> None:
    text = (
        f"Công ty TNHH Hanbit Precision Việt Nam {when} nhận từ UBND TP.Hải Phòng giấy chứng nhận đăng ký đầu tư "
        "cho nhà máy linh kiện điện thoại ở KCN An Dương."
    )
    assert _deals(text) == [("investment", ["Hanbit Precision"])]
    assert _events(text) == [("investment_licence", ["UBND TP.Hải Phòng", "Hanbit Precision"], "licensed")]


def test_a_decimal_after_a_time_word_is_no_date() -> None:
    assert re.fullmatch(WHEN, "ngày 12.5") is not None
    assert re.match(WHEN + r"\s", "ngày 12,5 ") is None


def test_a_planned_sum_with_its_terms_before_what_it_is_for() -> None:
    text = "Tại KCN Quán Ngang, Tổng công ty Dệt Cửa Việt định dồn 2.700 tỷ đồng, chia ba đợt đến năm 2031, cho một cụm nhuộm tập trung."
    assert _deals(text) == [("investment", ["Dệt Cửa Việt"])]
    assert tag_text(text).deals[0].amount == 2_700_000_000_000


def test_a_sum_spent_then_a_clause_about_something_else_is_no_investment() -> None:
    text = "Công ty CP Dệt Cửa Việt chi 40 tỷ đồng, theo báo cáo năm, cho lương thưởng công nhân."
    assert _deals(text) == []


def test_goods_handed_over_under_a_contract_both_sides_signed() -> None:
    text = "Lô khuôn ép đầu tiên của Sanwa Kogata Việt Nam được giao cho Công ty CP Nhựa Hòa Khánh theo hợp đồng hai bên ký hồi tháng 4."
    assert _deals(text) == [("supply_contract", ["Sanwa Kogata", "Nhựa Hòa Khánh"])]
    assert _events(text) == [("supply_contract", ["Sanwa Kogata", "Nhựa Hòa Khánh"], "signed")]


def test_a_bare_contract_with_no_delivery_stays_cooperation() -> None:
    text = "Công ty CP Nhựa Hòa Khánh và Sanwa Kogata Việt Nam ký hợp đồng hợp tác hồi tháng 4."
    assert [k for k, _ in _deals(text)] == ["cooperation"]


def test_a_service_to_a_groundbreaking_ceremony_is_the_owners_groundbreaking() -> None:
    text = "Đơn vị chúng tôi lo sân khấu và âm thanh cho lễ khởi công nhà máy của Công ty CP Thép ống Bến Lức tại huyện Cần Giuộc – dự án 9 ha, vốn 410 tỷ đồng."
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("groundbreaking", ["Thép ống Bến Lức"], 410_000_000_000)
    ]
    assert _events(text) == [("groundbreaking", ["Thép ống Bến Lức"], "started")]


def test_a_firm_serving_a_ceremony_is_not_its_owner() -> None:
    text = (
        "Công ty TNHH Sự kiện Ánh Dương lo âm thanh cho lễ khởi công nhà máy của Công ty CP Thép ống Bến Lức."
    )
    assert _deals(text) == [("groundbreaking", ["Thép ống Bến Lức"])]


def test_a_ceremony_as_the_setting_of_a_licence_keeps_the_licence() -> None:
    text = "Tại lễ khởi công nhà máy của Công ty TNHH Dệt Minh Anh, UBND tỉnh trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Sợi Hà Lan."
    assert ("investment", ["Sợi Hà Lan"]) in _deals(text)


def test_english_work_begun_with_the_developer_named_after() -> None:
    text = "BINH PHUOC — Work has begun on 36,000sq.m of ready-built factories at Minh Hung 3 Industrial Park, where developer Minh Hung Xanh Corporation plans to hand over the first units next March."
    assert _deals(text) == [("groundbreaking", ["Minh Hung Xanh Corporation"])]
    assert _events(text) == [("groundbreaking", ["Minh Hung Xanh Corporation"], "started")]


def test_english_under_construction_after_a_groundbreaking() -> None:
    text = "BAC NINH – A $31 million cable plant of Kinh Bac Wire JSC is now under construction in Que Vo Industrial Park after Friday's groundbreaking."
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("groundbreaking", ["Kinh Bac Wire"], 31_000_000)
    ]
    assert _events(text) == [("groundbreaking", ["Kinh Bac Wire"], "started")]


def test_english_under_construction_with_no_groundbreaking_is_no_event() -> None:
    text = (
        "A $31 million cable plant of Kinh Bac Wire JSC is now under construction in Que Vo Industrial Park."
    )
    assert [e.kind for e in tag_text(text).events if e.kind == "groundbreaking"] == []


def test_english_has_so_far_invested_is_a_deal_told_as_done() -> None:
    text = "Kaito Holdings, Kaito Precision's parent, has so far invested $2.3 billion in Vietnam, the statement said."
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Kaito Holdings"], 2_300_000_000)
    ]
    assert tags.events == []


@pytest.mark.parametrize("verb", ["has invested", "has budgeted"])
def test_english_bare_name_before_vietnam_and_its_verb(verb: str) -> None:
    text = f"The Austrian firm, Brenner Kunststoff Vietnam, {verb} US$14 million for a cap-moulding line in the park."
    tags = tag_text(text)
    assert [f.name for f in tags.firms] == ["Brenner Kunststoff"]
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Brenner Kunststoff"])]


def test_an_opening_word_before_vietnam_is_no_firm() -> None:
    text = "Since Vietnam has signed many trade deals, exporters of parts have grown."
    assert tag_text(text).firms == []


def test_a_school_before_vietnam_and_a_verb_is_no_firm() -> None:
    text = "Hanoi Trade Promotion Centre and Lakeview University Vietnam on Monday signed a memorandum on training."
    assert "Lakeview University" not in [f.name for f in tag_text(text).firms]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đại Thịnh cho biết xưởng mới cần thêm khoảng 300 thợ hàn.", "Đại Thịnh"),
        (
            "Việt Hưng Khang nhận làm trọn gói khung thép cho các nhà xưởng trong bán kính 100 km.",
            "Việt Hưng Khang",
        ),
        ("Tân Phước Lộc khởi nghiệp năm 2003 từ một xưởng tiện thuê ở Thủ Đức.", "Tân Phước Lộc"),
        ("Năm ngoái, Hòa Khương bán được 2.100 xe ba gác máy.", "Hòa Khương"),
        ("Hưng Thịnh Phát báo doanh thu 4,2 tỷ CNY năm 2024.", "Hưng Thịnh Phát"),
    ],
)
def test_a_bare_vietnamese_name_before_a_firms_verb(text: str, name: str) -> None:
    assert [f.name for f in tag_text(text).firms] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Đông Nam Á cho biết sẽ là thị trường chính của ngành.",
        "Liên Hợp Quốc cho biết sẽ hỗ trợ kỹ thuật.",
        "Tây Nguyên bán được nhiều cà phê hơn năm ngoái.",
        "Theo thỏa thuận liên doanh, phía Việt Nam nắm 51% vốn.",
    ],
)
def test_a_region_or_the_country_before_a_verb_is_no_firm(text: str) -> None:
    assert tag_text(text).firms == []


def test_a_bare_short_name_of_a_firm_named_in_full_is_that_firm() -> None:
    text = "Tin Công ty CP Thép Hảo Lâm bị thâu tóm là không đúng, người phát ngôn của Hảo Lâm cho biết."
    assert {f.name for f in tag_text(text).firms} == {"Thép Hảo Lâm"}


def _persons(text: str) -> list[str]:
    return [p.name for p in tag_text(text).persons]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Hanra Glass chairman Park Min Hoon said the group would add a coating line at Chu Lai.",
            ["Park Min Hoon"],
        ),
        (
            "Buyers still fly to Bangkok first, Hiroshi Tanabe, chief executive of Japan's Tanabe Seiko Holdings, told the paper.",
            ["Hiroshi Tanabe"],
        ),
        ("Linh Pham, owner of Delta Board Works, runs two shops near Can Tho.", ["Linh Pham"]),
    ],
)
def test_english_persons_after_a_firms_role_an_apposed_role_or_owner(text: str, names: list[str]) -> None:
    assert _persons(text) == names


def test_a_park_before_short_capitalised_words_is_no_korean_name() -> None:
    assert _persons("Work at Tan Phu Industrial Park Lot C2 began on Monday, the developer said.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Dự lễ có Bí thư Tỉnh ủy Trịnh Văn Lâm, Chủ tịch UBND tỉnh Lò Minh Quân cùng lãnh đạo các sở.",
            ["Trịnh Văn Lâm", "Lò Minh Quân"],
        ),
        ("Trao giấy có Phó Thủ tướng thường trực Đinh Quang Huy và lãnh đạo bộ, ngành.", ["Đinh Quang Huy"]),
    ],
)
def test_a_party_secretary_before_a_second_office_and_a_standing_deputy(text: str, names: list[str]) -> None:
    assert _persons(text) == names


def test_a_provincial_party_committee_named_by_its_province_keeps_it() -> None:
    orgs = [o.name for o in tag_text("Đoàn công tác của Tỉnh ủy Hà Tĩnh đã đến thăm nhà máy.").organizations]
    assert any(o.startswith("Tỉnh ủy Hà Tĩnh") for o in orgs)


# shapes of blind batches 95-97 (footwear and garment trims, wood and packaging, electrical equipment)


def test_a_licence_received_with_the_firms_home_in_brackets_and_the_giver_after() -> None:
    text = "Công ty CP Khí cụ điện Tân Mai (tỉnh Bình Dương) đã nhận Giấy chứng nhận đăng ký đầu tư từ Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh cho nhà máy khí cụ điện hạ thế."
    assert _deals(text) == [("investment", ["Khí cụ điện Tân Mai"])]
    assert _events(text) == [
        ("investment_licence", ["Khí cụ điện Tân Mai", "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"], "licensed")
    ]


def test_a_consortium_receiving_a_decision_gives_each_member_its_investment() -> None:
    text = "Chiều 5/6, liên danh Công ty CP Năng lượng Hải Lăng và Công ty TNHH Nordwind Asia nhận quyết định chấp thuận nhà đầu tư dự án điện gió từ UBND tỉnh Quảng Trị."
    assert _deals(text) == [("investment", ["Năng lượng Hải Lăng"]), ("investment", ["Nordwind Asia"])]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Daewon Fittings Việt Nam được Ban Quản lý các KCN Đồng Nai chấp thuận chủ trương đầu tư cho nhà máy bản lề.",
            "Daewon Fittings",
        ),
        (
            "Chosun Zipper Vina được UBND tỉnh Nghệ An chấp thuận chủ trương đầu tư cho xưởng khóa kéo.",
            "Chosun Zipper",
        ),
    ],
)
def test_a_bare_foreign_name_granted_in_the_passive(text: str, name: str) -> None:
    assert [(k, p) for k, p in _deals(text)] == [("investment", [name])]


def test_a_decision_held_for_a_plant_is_a_licence() -> None:
    text = "Công ty CP Giày Hoàng Mai có quyết định chấp thuận chủ trương số 2114/QĐ-UBND cho xưởng đế giày khoảng 180 tỷ đồng ở huyện Quỳnh Lưu."
    assert _deals(text) == [("investment", ["Giày Hoàng Mai"])]
    assert [e.kind for e in tag_text(text).events] == ["investment_licence"]


@pytest.mark.parametrize(
    ("text", "name", "amount"),
    [
        (
            "Khoảng 920 tỷ đồng sẽ được Tổng công ty Giấy Sông Lam dồn vào dây chuyền giấy bao bì thứ hai.",
            "Giấy Sông Lam",
            920_000_000_000,
        ),
        (
            "Ở mảng nhựa, khoản lớn nhất là 64 triệu USD mà Công ty CP Nhựa Tân Phong đã bỏ vào dây chuyền màng co.",
            "Nhựa Tân Phong",
            64_000_000,
        ),
        (
            "Máy do hãng Hitaka (Nhật Bản) cung cấp; phần vốn 730 tỷ đồng do Công ty CP Cáp điện Nam Đàn tự thu xếp.",
            "Cáp điện Nam Đàn",
            730_000_000_000,
        ),
        (
            "Công ty TNHH Da giày Phúc Yên ở thị trấn Nghèn (Hà Tĩnh) mới bỏ hơn 4,5 tỷ đồng dựng xưởng may mũ giày.",
            "Da giày Phúc Yên",
            4_500_000_000,
        ),
    ],
)
def test_a_sum_said_then_the_firm_that_puts_it_in(text: str, name: str, amount: int) -> None:
    assert [(d.kind, d.parties, d.amount) for d in tag_text(text).deals] == [("investment", [name], amount)]


def test_a_sum_for_wages_after_a_firm_seat_is_no_investment() -> None:
    text = "Công ty TNHH Da giày Phúc Yên ở thị trấn Nghèn (Hà Tĩnh) mới chi 4,5 tỷ đồng tiền thưởng Tết cho thợ."
    assert _deals(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Korean-owned Daemyung Trims Vina Co., Ltd is to spend US$21 million on a zip and button plant in Nghe An.",
            "Daemyung Trims",
        ),
        (
            "Ching Feng Group intends to put US$64 million into a sole factory in Ha Tinh, its chairman told provincial leaders.",
            "Ching Feng Group",
        ),
        (
            "Strong juice sales have persuaded Fjordpak A/S to commit US$70 million to a carton factory in Dong Nai.",
            "Fjordpak",
        ),
        (
            "A third plant, for rice cookers and kettles, will be built by Sakuma Appliances on 5 hectares of Amata Industrial Park.",
            "Sakuma Appliances",
        ),
        (
            "Taiwan's Lien Hwa Group plans a compressor parts plant on 12 hectares of Dong Van II Industrial Park, its chairman said this week.",
            "Lien Hwa Group",
        ),
    ],
)
def test_english_announced_investments(text: str, name: str) -> None:
    tags = tag_text(text)
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", [name])]
    assert [(e.kind, e.status) for e in tags.events] == [("investment_announcement", "announced")]


def test_english_capital_added_taking_the_total_to_is_a_licensed_increase() -> None:
    text = "Hong Kong-based Silverleaf Group has added 120 million USD to its sportswear project in Thanh Hoa, taking it to 300 million USD."
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Silverleaf Group"], 120_000_000)
    ]
    assert [(e.kind, e.status) for e in tags.events] == [("investment_licence", "licensed")]


def test_english_a_cluster_to_be_developed_by_a_firm_is_a_deal_without_an_event() -> None:
    tags = tag_text(
        "The 42ha cluster is to be developed by Thanh Son Trading and Construction Company, the provincial vice chairman said."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [
        ("investment", ["Thanh Son Trading and Construction Company"])
    ]
    assert tags.events == []


def test_english_a_priced_plant_under_its_owner() -> None:
    text = "A VND950 billion (US$40 million) fibreboard plant in Tay Ninh province went into operation on Monday under its owner, Tan Chau Board JSC."
    assert [(d.kind, d.parties, d.amount) for d in tag_text(text).deals] == [
        ("investment", ["Tan Chau Board"], 950_000_000_000)
    ]


def test_more_output_is_no_licence_word() -> None:
    text = "Khoảng 640 tỷ đồng sẽ được Tổng công ty Giấy Sông Lam dồn vào dây chuyền thứ hai, nâng thêm 90.000 tấn giấy mỗi năm."
    assert [(e.kind, e.status) for e in tag_text(text).events] == [("investment_announcement", "announced")]


def test_money_already_put_in_after_ma_da_is_a_deal_without_an_event() -> None:
    text = "Ở mảng nhựa, khoản lớn nhất là 64 triệu USD mà Công ty CP Nhựa Tân Phong đã bỏ vào dây chuyền màng co."
    assert tag_text(text).events == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Chủ dự án: Công ty Cổ phần Da thuộc Thanh Chương, mã số doanh nghiệp 2901234567.",
            "Da thuộc Thanh Chương",
        ),
        ("Công ty CP Dây và Cáp Nam Hưng nhận 310 triệu đồng hỗ trợ.", "Dây và Cáp Nam Hưng"),
        ("Since 2018 Tan Loc Precision JSC has stamped brackets for washing machines.", "Tan Loc Precision"),
    ],
)
def test_trades_joined_or_lower_case_inside_a_name_and_a_year_before_it(text: str, name: str) -> None:
    assert [f.name for f in tag_text(text).firms] == [name]


def test_a_foreign_province_after_a_country_possessive_is_no_firm() -> None:
    text = "A sole factory in Indonesia's East Java province is the next step for Taiwan's Hsin Feng Footwear, local media said."
    assert [f.name for f in tag_text(text).firms] == ["Hsin Feng Footwear"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("“Giờ tối nào cũng về nhà được”, chị Lê Thị Mến ở xã Kỳ Tân nói.", ["Lê Thị Mến"]),
        (
            "Kawaguchi to build fan plant\n\nBy Thu Ha   May 4, 2018 | 09:10 am GMT+7\n\nThe plant will make ceiling fans.",
            ["Thu Ha"],
        ),
        ("Giá gỗ nguyên liệu tăng mạnh ở phía Nam.\nMinh Khôi / VIR", ["Minh Khôi"]),
        ("Vay ưu đãi đứng đầu danh sách.\nHoài An |\nCheap loans top the list.", ["Hoài An"]),
    ],
)
def test_more_credit_lines_and_rarer_given_syllables(text: str, names: list[str]) -> None:
    assert _persons(text) == names


def test_a_heading_with_a_bar_is_no_credit() -> None:
    assert _persons("TIÊU ĐIỂM |\nBộ Công Thương:\nĐưa cà phê vào siêu thị") == []


def test_a_province_breaking_ground_on_its_park_is_its_event_without_a_deal() -> None:
    tags = tag_text("Sáng nay, tỉnh Hà Tĩnh làm lễ khởi công Khu công nghiệp Kỳ Lợi 3, rộng 380 ha.")
    assert tags.deals == []
    assert _events("Sáng nay, tỉnh Hà Tĩnh làm lễ khởi công Khu công nghiệp Kỳ Lợi 3, rộng 380 ha.") == [
        ("groundbreaking", ["tỉnh Hà Tĩnh"], "started")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hà Tĩnh động thổ khu công nghiệp 380 ha ở Kỳ Anh",
        "Sáng 4/5, Tổng công ty Phát triển Đô thị Kinh Bắc cùng lãnh đạo tỉnh Hà Tĩnh động thổ khu công nghiệp Kỳ Lợi 3.",
    ],
)
def test_a_headline_province_or_a_firm_beside_it_is_not_the_park_breaker(text: str) -> None:
    province_alone = [
        e
        for e in tag_text(text).events
        if e.kind == "groundbreaking" and [p.type for p in e.parties] == ["government"]
    ]
    assert province_alone == []


def test_a_second_workshop_running_since_last_month_is_an_opening() -> None:
    text = (
        "Xưởng ép thứ hai của Công ty TNHH Sanko Seimitsu Việt Nam ở KCN Bàu Bàng đã chạy máy từ tháng trước."
    )
    assert _events(text) == [("inauguration", ["Sanko Seimitsu"], "completed")]


def test_english_licence_from_an_economic_zone_management_board() -> None:
    text = "HA TINH — Brightway Trims (Hong Kong) Limited has received an investment certificate from the Vung Ang Economic Zone Management Board for a US$9 million button plant."
    assert _events(text) == [
        (
            "investment_licence",
            ["Vung Ang Economic Zone Management Board", "Brightway Trims (Hong Kong)"],
            "licensed",
        )
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A VND820 billion (US$35 million) fibreboard plant in Tay Ninh province went into operation on Friday under its owner, Tan Bien Board JSC.",
            "Tan Bien Board",
        ),
        (
            "Hoa Khanh Cable's second phase in Da Nang, worth 180 billion VND, went into use 12 months after work began.",
            "Hoa Khanh Cable",
        ),
    ],
)
def test_english_plants_opened_under_their_owner_or_by_its_possessive(text: str, name: str) -> None:
    assert _events(text) == [("inauguration", [name], "completed")]


def test_english_said_it_would_spend_is_an_announced_investment() -> None:
    text = "In a statement, Hoshino Denki Ltd. said it would spend $64 million on assembling rice cookers in Vietnam."
    assert _deals(text) == [("investment", ["Hoshino Denki"])]
    assert [e.kind for e in tag_text(text).events] == ["investment_announcement"]


def test_an_infrastructure_investor_named_with_its_decision_in_the_next_clause() -> None:
    text = "Chủ đầu tư hạ tầng KCN Phước Đông 2 (980 ha) là Công ty CP Phát triển Hạ tầng Gò Dầu Xanh; khu được lập năm 2012 theo Quyết định số 1144/QĐ-UBND của UBND tỉnh Tây Ninh."
    assert _deals(text) == [("investment", ["Phát triển Hạ tầng Gò Dầu Xanh"])]


def test_an_infrastructure_investor_with_nothing_decided_stays_no_deal() -> None:
    text = "Chủ đầu tư hạ tầng KCN Phước Đông 2 là Công ty CP Phát triển Hạ tầng Gò Dầu Xanh nhưng chưa ký được hợp đồng thuê đất nào."
    assert _deals(text) == []


def test_a_round_up_of_firms_with_their_plants_and_worth() -> None:
    text = "Các tên tuổi lớn của ngành là Formosa Fibre với nhà máy xơ hơn 700 triệu USD và Tập đoàn Daesan (Hàn Quốc) với tổ hợp dây an toàn 420 triệu USD."
    tags = tag_text(text)
    assert [(d.parties, d.amount) for d in tags.deals] == [
        (["Formosa Fibre"], 700_000_000),
        (["Daesan"], 420_000_000),
    ]
    assert tags.events == []


def test_english_a_firm_whose_plant_cost() -> None:
    text = "The largest include Taiwan's Kuo Feng Precision, with a $210 million electronics plant, and Singapore's Treadwell Materials, whose sole plant cost $75 million."
    assert ("investment", ["Treadwell Materials"]) in _deals(text)


def test_a_priced_plant_that_a_firm_is_building() -> None:
    text = "Khoảng 70% hạng mục của nhà máy ván 96 triệu USD (hơn 2,2 nghìn tỷ đồng) mà Daehan Board Co., Ltd, một nhà đầu tư Hàn Quốc, đang xây ở KCN Tân Bình đã hoàn thành."
    assert [(d.parties, d.amount) for d in tag_text(text).deals] == [(["Daehan Board"], 96_000_000)]


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("About 7.2 billion yen went into the plant, the parent said.", 7_200_000_000, "JPY"),
        ("It would spend JPY6.1 billion ($45 million) on the line.", 6_100_000_000, "JPY"),
        ("The firm will spend a further 19 million euros on its Long An plant.", 19_000_000, "EUR"),
        ("Its parent raised RMB 300 million for the Vietnamese unit.", 300_000_000, "CNY"),
    ],
)
def test_english_amounts_in_yen_euros_and_yuan(text: str, amount: int, currency: str) -> None:
    first = tag_text(text).money[0]
    assert (first.amount, first.currency) == (amount, currency)


def test_won_as_a_verb_is_no_currency() -> None:
    assert tag_text("The party won 3 million votes in the north.").money == []


# ships built and delivered (blind batch 98): the order told through its ship is a deal, no event


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Sao Biển 05, tàu hàng 34.000 DWT mà Công ty Đóng tàu Hạ Long Xanh đóng cho Công ty CP Vận tải biển Bạch Đằng, đã xuống nước hôm 12/4.",
            ["Đóng tàu Hạ Long Xanh", "Vận tải biển Bạch Đằng"],
        ),
        (
            "Công ty CP Vận tải biển Cát Hải, thành viên Tổng công ty Hàng hải Lạch Huyện, đã nhận chiếc tàu hàng 13.500 tấn thứ ba do Tổng công ty Công nghiệp tàu thủy Bến Kiền (Hải Phòng) đóng.",
            ["Công nghiệp tàu thủy Bến Kiền", "Vận tải biển Cát Hải"],
        ),
        (
            "Cat Ba Maritime Company is due to take a 13,000 DWT bulk carrier from Haiphong's Ben Kien Shipyard in May.",
            ["Ben Kien Shipyard", "Cat Ba Maritime Company"],
        ),
        (
            "Last week Kaiyo Trading, a Japanese trading house, took delivery of the 6,500 DWT Blue Kaede, built at Song Cam Shipyard in Haiphong.",
            ["Song Cam Shipyard", "Kaiyo Trading"],
        ),
        (
            "Next is the Hoa Binh, a 13,500 DWT bulker for Cat Hai Shipping from Ben Kien Shipbuilding Corporation in Haiphong.",
            ["Ben Kien Shipbuilding Corporation", "Cat Hai Shipping"],
        ),
    ],
)
def test_ships_built_for_or_delivered_to_an_owner(text: str, pair: list[str]) -> None:
    tags = tag_text(text)
    assert [(d.kind, d.parties) for d in tags.deals] == [("supply_contract", pair)]
    assert tags.events == []


def test_english_signed_for_ships_is_a_supply_contract() -> None:
    text = "Norway's Fjellstrand Shipping signed with Vinashin in May 2005 for 8 bulk carriers of 34,000 DWT."
    assert _deals(text) == [("supply_contract", ["Fjellstrand Shipping", "Vinashin"])]


def test_taking_a_loan_from_a_bank_is_no_delivery() -> None:
    text = "Cat Ba Maritime Company took a VND200 billion loan from Vietcombank to renew its fleet of ships."
    assert all(d.kind != "supply_contract" for d in tag_text(text).deals)


def test_a_plant_described_by_what_its_owner_built_it_with() -> None:
    text = "Ở Cụm công nghiệp Tân An, nhà máy sấy cà phê 9.000 tấn/năm mà Công ty TNHH Cà phê Núi Lửa (100% vốn nước ngoài) dựng với hơn 14 triệu USD là cơ sở FDI thứ tư của tỉnh."
    tags = tag_text(text)
    assert [(d.parties, d.amount) for d in tags.deals] == [(["Cà phê Núi Lửa"], 14_000_000)]
    assert tags.events == []


def test_foreign_capital_put_in_by_a_firm_in_the_passive() -> None:
    text = (
        "Khoảng 45 triệu USD vốn ngoại đã được Công ty TNHH Thực phẩm Vị Ngon đổ vào hai khu xưởng rộng 6 ha."
    )
    assert [(d.parties, d.amount) for d in tag_text(text).deals] == [(["Thực phẩm Vị Ngon"], 45_000_000)]
