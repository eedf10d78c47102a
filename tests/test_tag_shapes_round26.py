# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 26 (issue 12), each on sentences of our own.

- persons: the second name after a plural role ("hai Thứ trưởng A và B") holds the same role and is no firm,
  foreign-looking or not;
- English copy's persons (`extract.tag.person_cues`): a role before the name ("Deputy Prime Minister X",
  "Minister of Industry and Trade X", "general director X said"), "Mr X", a role in apposition after it, a
  speech verb; credit lines and by-lines ("Ảnh: X", "Photo by Paper/X", "VNS Photo X", a name alone under the
  headline or at the end, "X (tổng hợp) - date"), never a city, a province, a body or a heading;
- firms: the body a named person heads, read from the apposition ("Ông Zhou Wenbo, Tổng giám đốc Hengtai,
  nói"); English names joined by "and" over process trades ("X Refining and Petrochemical JSC", "X
  Fertilizer and Chemicals Corporation"); a country or a year before a foreign name is not part of it (but
  "Mỹ Lợi", "Đức Hòa" are Vietnamese names); a share after a bare name ("X Petroleum 35 per cent"); "X's $N
  plant", "X spent $N", aerospace and process words as company words; more countries;
- English: bids opened by a firm are no plant opened;
- investment-policy approvals (blind 80): the park's province in brackets or after a comma, and a dateline's
  place, are no grantor; "giao liên danh A và B làm chủ đầu tư" is both firms' licence from the deciding body;
  English "X was approved as / has been named investor of", "A and B have been chosen to develop ..., which Y
  Province has decided to set up" is a licence, with the deciding body or province as grantor;
- licences received "từ tay Chủ tịch UBND tỉnh Y" with the time before "đã", by a unit whose group a description
  names; "UBND tỉnh Y đã có Công văn ... đồng ý để Công ty X đầu tư"; "N là số vốn X bỏ vào ..."; a fair that
  opened is no plant opened;
- money: a date's year before "đồng ý" ("ngày 3/5/2025 đồng ý") is no amount in đồng;
- a construction contract ("hợp đồng xây ...", "hợp đồng xây dựng") is a supply contract, as "hợp đồng thi công";
  "Nhà đầu tư ... đầu tiên vào khu là Công ty X" is X's investment; English "X took Y's ... package", "X won
  the ... package of Y": X's supply contract with Y;
- a deal told from years back keeps its deal and makes no event: "ký từ tháng 11/2012", "hai năm trước, ...";
  a short English sentence with "spent"/"poured" and two function words is English ("X spent $N on the plant");
  "Y Park saw work start on ... the factory of X" is X's groundbreaking;
- a name in capitals after an honorific ("Ông PARK JI HOON"), not in a heading of five capital words or more;
  "Phó Chủ tịch nước" as a role.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-25 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "Văn bản được hai Thứ trưởng Lê Quang Vinh và Sakamoto Kenji ký tại Osaka.",
            [("Lê Quang Vinh", "Thứ trưởng"), ("Sakamoto Kenji", "Thứ trưởng")],
        ),
        (
            "Các Phó Chủ tịch Hoàng Văn Tú và Đặng Thị Lan cùng dự lễ.",
            [("Hoàng Văn Tú", "Phó Chủ tịch"), ("Đặng Thị Lan", "Phó Chủ tịch")],
        ),
    ],
)
def test_a_plural_role_names_both_people_after_it(text: str, persons: list[tuple[str, str]]) -> None:
    tags = tag_text(text)
    assert [(p.name, p.role) for p in tags.persons] == persons
    assert tags.firms == []


def test_a_single_role_does_not_make_the_firm_after_and_a_person() -> None:
    tags = tag_text("Thứ trưởng Lê Quang Vinh và Công ty TNHH Sakamoto Kogyo Việt Nam ký kết thỏa thuận.")
    assert [p.name for p in tags.persons] == ["Lê Quang Vinh"]
    assert [f.name for f in tags.firms] == ["Sakamoto Kogyo"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ông Liu Qiang, Tổng giám đốc Minghao, nói nhà máy sẽ chạy hết công suất.", ["Minghao"]),
        ("Bà Park Ji-eun, Phó Tổng Giám đốc Seowon Tech, cho biết đơn hàng đã kín.", ["Seowon Tech"]),
        (
            "Hiroshi Ono, Chủ tịch kiêm Tổng Giám đốc Kanto Reiki, nói hãng sẽ mở xưởng thứ hai.",
            ["Kanto Reiki"],
        ),
        ("Ông Đỗ Văn Hải, Chủ tịch VCCI, phát biểu khai mạc.", []),  # a body's acronym
        ("Đoàn do ông Choi Min-ho, Chủ tịch Phòng, dẫn đầu.", []),  # the chamber named before, by one word
        ("Tổng giám đốc Hendrik Maes cho biết.", []),  # no person before the role: the name is his
    ],
)
def test_the_firm_a_named_person_heads_is_read_from_the_apposition(text: str, named: list[str]) -> None:
    assert [f.name for f in tag_text(text).firms] == named


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "Deputy Prime Minister Vu Duc Thang attended the ceremony.",
            [("Vu Duc Thang", "Deputy Prime Minister")],
        ),
        (
            "The plan was signed by Minister of Industry and Trade Lê Minh Khải on Monday.",
            [("Lê Minh Khải", "Minister of Industry and Trade")],
        ),
        (
            "Output will double, plant general director Pham Quoc Bao said.",
            [("Pham Quoc Bao", "general director")],
        ),
        ("Mr Dinh Van Son visited the yard.", [("Dinh Van Son", None)]),
        (
            "Bui Thi Ngoc, head of the provincial trade department, said orders had recovered.",
            [("Bui Thi Ngoc", None)],
        ),
        ("Exports rose, said Tanaka Yuji, chief of the trade office in Hanoi.", [("Tanaka Yuji", None)]),
        (
            "Kimura Daisuke, an official of the Japanese agency, visited the plant.",
            [("Kimura Daisuke", None)],
        ),
        ("The firm moved to Ho Chi Minh City last year.", []),  # a city: "City" is no name syllable
        ("Officials in Hà Tĩnh said the plant would open in May.", []),  # a province before "said"
        ("The director of the Chu Lai Economic Zone Authority spoke.", []),  # a body, not a foreign name
    ],
)
def test_english_copy_names_persons_by_role_apposition_and_speech(text: str, persons: list) -> None:
    assert [(p.name, p.role) for p in tag_text(text).persons] == persons


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Xưởng ép nhựa mới ở KCN Đình Vũ. Ảnh: Quốc Tuấn", ["Quốc Tuấn"]),
        ("Lễ cắt băng nhà máy (Ảnh: Ngọc Lan/TTXVN)", ["Ngọc Lan"]),
        ("Workers at the new line. Photo by VnExpress/Thanh Hai", ["Thanh Hai"]),
        ("The plant's first shipment. — VNS Photo Anh Tuan", ["Anh Tuan"]),
        (
            "Nhà máy kính nổi thứ hai đi vào hoạt động\nThu Trang\nNhà máy có công suất 900 tấn/ngày.",
            ["Thu Trang"],
        ),
        ("Tỉnh dành 2 tỷ đồng cho khuyến công.\nMINH HẢI", ["MINH HẢI"]),
        (
            "Bản tin đầu tư tuần qua\nHồng Nhung (tổng hợp) - 12/05/2025 09:10\nNhiều dự án mới.",
            ["Hồng Nhung"],
        ),
        ("UBND TỈNH NGHỆ AN\nQUYẾT ĐỊNH\nVề việc phê duyệt danh mục dự án.", []),  # a heading, no by-line
        ("Nhà máy đón đoàn công tác.\nHải Phòng", []),  # a province on the last line
    ],
)
def test_credit_lines_and_bylines_name_their_person(text: str, named: list[str]) -> None:
    assert [p.name for p in tag_text(text).persons] == named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "The unit was handed over to Dong Hai Refining and Petrochemical JSC on Friday.",
            ["Dong Hai Refining and Petrochemical"],
        ),
        (
            "A loan went to Bac Son Fertilizer and Chemicals Corporation last year.",
            ["Bac Son Fertilizer and Chemicals Corporation"],
        ),
        ("Nhà đầu tư Nhật Bản Kowada Aero Co., Ltd. nhận giấy chứng nhận đầu tư.", ["Kowada Aero"]),
        (
            "Mỹ Lợi Mechanical Engineering JSC won the package.",
            ["Mỹ Lợi Mechanical Engineering"],
        ),  # "Mỹ" is a syllable here
        # a copyright line names no firm since session 34 (the gold's four copyright lines name none)
        ("© 2019 Mekong Insight Corporation. All rights reserved.", []),
        (
            "Phu Gia Holdings owns 40 per cent and Qatar's Al Noor Petroleum 35 per cent.",
            ["Phu Gia Holdings", "Al Noor Petroleum"],
        ),
        ("Hanwol Aerospace's $90 million plant will ship its first parts in May.", ["Hanwol Aerospace"]),
        ("Westline Aerostructures spent $70 million on the hangar.", ["Westline Aerostructures"]),
        ("Phía đối tác Oman đã rút khỏi đàm phán.", []),  # a country, no firm
    ],
)
def test_english_and_foreign_names_keep_their_words_and_drop_what_is_not_theirs(
    text: str, named: list[str]
) -> None:
    assert [f.name for f in tag_text(text).firms] == named


def test_bids_opened_by_a_firm_are_no_plant_opening() -> None:
    tags = tag_text(
        "Bids for the EPC package were opened by Dong Hai Refining and Petrochemical JSC on Monday."
    )
    assert tags.events == [] and tags.deals == []
    assert [e.kind for e in tag_text("Hoa Lam Group opened a $30 million plant in May.").events] == [
        "inauguration"
    ]


def test_more_countries_are_locations() -> None:
    assert [loc.name for loc in tag_text("Tập đoàn dầu khí của Oman và Kuwait dự hội nghị.").locations] == [
        "Oman",
        "Kuwait",
    ]


def _licence_parties(text: str) -> list[list[tuple[str, str]]]:
    return [
        [(p.name, p.type) for p in e.parties] for e in tag_text(text).events if e.kind == "investment_licence"
    ]


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (  # the park's province in brackets is where it lies, not who approved it
            "Phó Thủ tướng Trần Văn Hòa vừa ký Quyết định số 812/QĐ-TTg chấp thuận chủ trương đầu tư KCN Ea Súp 3 (tỉnh Đắk Lắk) quy mô 300 ha; nhà đầu tư là Công ty CP Hạ tầng Cao Nguyên Xanh.",
            [[("Hạ tầng Cao Nguyên Xanh", "firm")]],
        ),
        (  # a dateline's place is where the news was filed
            "Ninh Bình (TTXVN) – Thủ tướng Chính phủ vừa ký quyết định chấp thuận chủ trương đầu tư KCN Gia Viễn 2 rộng 210 ha, nhà đầu tư là Công ty CP Hạ tầng Tràng An Xanh.",
            [[("Thủ tướng Chính phủ", "government"), ("Hạ tầng Tràng An Xanh", "firm")]],
        ),
        (  # the body assigns a joint venture of two firms as the cluster's investor
            "UBND tỉnh Bạc Liêu vừa quyết định thành lập Cụm công nghiệp Hòa Bình 2 rộng 30 ha, giao liên danh Công ty CP Xây dựng Đông Hải và Công ty CP Cơ khí Phước Long làm chủ đầu tư hạ tầng.",
            [
                [
                    ("UBND tỉnh Bạc Liêu", "government"),
                    ("Xây dựng Đông Hải", "firm"),
                    ("Cơ khí Phước Long", "firm"),
                ]
            ],
        ),
        (
            "Hạ Long Steel JSC has been named investor of the Cái Lân 3 Industrial Park under a decision signed by the Deputy Prime Minister.",
            [[("Hạ Long Steel", "firm")]],
        ),
        (
            "Two local firms, Đông Hải Construction JSC and Phước Long Mechanical JSC, have been chosen to develop the 30ha Hòa Bình 2 cluster, which Bạc Liêu Province has decided to set up.",
            [
                [
                    ("Bạc Liêu Province", "government"),
                    ("Đông Hải Construction", "firm"),
                    ("Phước Long Mechanical", "firm"),
                ]
            ],
        ),
    ],
)
def test_approvals_name_the_investor_and_only_a_deciding_body_as_grantor(text: str, parties: list) -> None:
    assert _licence_parties(text) == parties


@pytest.mark.parametrize(
    ("text", "events", "deals"),
    [
        (  # received "from the hands of" the chairman, the time before "đã"
            "Công ty TNHH Kanto Vision (Nhật Bản) hôm 9/4 đã nhận từ tay Chủ tịch UBND tỉnh Thái Nguyên Lê Văn Hùng giấy chứng nhận đăng ký đầu tư 60 triệu USD.",
            [("investment_licence", ["UBND tỉnh Thái Nguyên", "Kanto Vision"])],
            [("investment", ["Kanto Vision"], 60_000_000)],
        ),
        (  # the unit received it, not the group its description names
            "Công ty TNHH Minh Sheng Việt Nam, đơn vị của Tập đoàn Minh Sheng Electronics (Đài Loan), sáng 7/5 nhận từ tỉnh Bắc Giang giấy chứng nhận đầu tư cho nhà máy 30 triệu USD.",
            [("investment_licence", ["tỉnh Bắc Giang", "Minh Sheng"])],
            [("investment", ["Minh Sheng"], 30_000_000)],
        ),
        (  # an official letter agreeing to the investment
            "UBND tỉnh Ninh Bình đã có Công văn số 512/UBND-KT ngày 3/5/2025 đồng ý để Công ty CP Cơ khí Gia Viễn đầu tư nhà máy khuôn mẫu tại KCN Gián Khẩu.",
            [("investment_licence", ["UBND tỉnh Ninh Bình", "Cơ khí Gia Viễn"])],
            [("investment", ["Cơ khí Gia Viễn"], None)],
        ),
        (  # the amount said first is what the firm put in
            "Gần 320 tỷ đồng là số vốn Công ty TNHH Hanmi Medical Vina bỏ vào nhà máy kim tiêm vừa khánh thành.",
            [("inauguration", ["Hanmi Medical"])],
            [("investment", ["Hanmi Medical"], 320_000_000_000)],
        ),
        (  # a fair that opened is no plant opened
            "Toyota, Canon and Yamaha were among 120 exhibitors at a supporting-industry fair that opened in Hanoi on May 2.",
            [],
            [],
        ),
    ],
)
def test_licences_received_and_amounts_named_before_their_investor(
    text: str, events: list, deals: list
) -> None:
    tags = tag_text(text)
    assert [(e.kind, [p.name for p in e.parties]) for e in tags.events] == events
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == deals


def test_the_sum_a_firm_sets_aside_is_its_investment() -> None:
    tags = tag_text("Khoảng 2.400 tỷ đồng là số vốn Công ty TNHH Kính Nổi Diễn Châu dành cho giai đoạn đầu.")
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Kính Nổi Diễn Châu"], 2_400_000_000_000)
    ]


def test_a_dates_year_before_dong_y_is_no_amount() -> None:
    assert tag_text("Sở đã có văn bản ngày 3/5/2025 đồng ý với đề xuất của doanh nghiệp.").money == []
    assert [m.amount for m in tag_text("Dự án có vốn 2.025 tỷ đồng.").money] == [2_025_000_000_000]


def test_a_construction_contract_named_before_its_signers_is_a_supply_contract() -> None:
    text = "Hợp đồng xây nhà máy khí này được Công ty TNHH Khí Hòa Lạc và Tập đoàn Thép Đông Sơn ký từ tháng 3/2019."
    assert [(d.kind, d.parties) for d in tag_text(text).deals] == [
        ("supply_contract", ["Khí Hòa Lạc", "Thép Đông Sơn"])
    ]


def test_the_investor_that_came_into_a_park_is_named_after_la() -> None:
    text = "Nhà đầu tư Hàn Quốc đầu tiên vào khu là Công ty TNHH Daesan Precision, hãng làm khuôn cho ô tô."
    assert [(d.kind, d.parties) for d in tag_text(text).deals] == [("investment", ["Daesan Precision"])]


@pytest.mark.parametrize(
    "text",
    [
        "As the only bidder, Song Da Construction JSC took Tan Phu Refining JSC's VND412 billion earthworks package.",
        "Song Da Construction JSC has won the VND412 billion earthworks package of Tan Phu Refining JSC.",
    ],
)
def test_a_tender_package_won_is_a_supply_contract_with_its_owner(text: str) -> None:
    assert [(d.kind, d.parties, d.amount) for d in tag_text(text).deals] == [
        ("supply_contract", ["Song Da Construction", "Tan Phu Refining"], 412_000_000_000)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hợp đồng cung cấp khí này được Công ty TNHH Khí Hòa Lạc và Tập đoàn Thép Đông Sơn ký từ tháng 11/2012.",
        "Công ty CP Hóa chất Đông Phương cho biết hai năm trước, công ty đã ký hợp đồng cung cấp axit với Công ty TNHH Giấy Lam Sơn.",
    ],
)
def test_a_deal_told_from_years_back_keeps_its_deal_and_makes_no_event(text: str) -> None:
    tags = tag_text(text, published="2025-06-10")
    assert [d.kind for d in tags.deals] == ["supply_contract"]
    assert tags.events == []


def test_a_short_english_sentence_of_money_spent_is_read_as_english() -> None:
    deals = tag_text("Eastgate Aerostructures Vietnam spent $90 million on the plant.").deals
    assert [(d.kind, d.parties, d.amount) for d in deals] == [
        ("investment", ["Eastgate Aerostructures"], 90_000_000)
    ]


def test_a_park_that_saw_work_start_on_a_firms_factory_is_that_firms_groundbreaking() -> None:
    tags = tag_text(
        "Chu Lai Park saw work start on May 3 on the $80 million engine parts factory of Kestrel Aero Parts."
    )
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("groundbreaking", ["Kestrel Aero Parts"], 80_000_000)
    ]
    assert [e.kind for e in tags.events] == ["groundbreaking"]


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "Ông PARK JI HOON, đại diện nhà đầu tư, cho biết nhà máy sẽ chạy vào tháng 6.",
            [("PARK JI HOON", "đại diện")],
        ),
        (
            "Phó Chủ tịch nước Trần Văn Thái cắt băng khánh thành nhà máy.",
            [("Trần Văn Thái", "Phó Chủ tịch nước")],
        ),
        ("GVHD: TS. LÊ MINH QUANG HỌC VIÊN: ĐỖ THỊ HÀ", []),  # a heading in capitals: the name's end unknown
    ],
)
def test_capital_names_after_an_honorific_and_the_vice_president(text: str, persons: list) -> None:
    assert [(p.name, p.role) for p in tag_text(text).persons] == persons
