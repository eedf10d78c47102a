# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 27 (issue 12), each on sentences of our own.

- a day set for a groundbreaking ("đã chốt ngày 12/4 để động thổ ...") is a planned event: an announced
  investment, not a groundbreaking;
- the group a Vietnamese unit is named after ("công ty con Kestrel Aero Việt Nam"), written alone elsewhere in
  the text ("... mà Kestrel bỏ ra"), is a firm of its own (the head of any other name is that firm again).

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-26 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn Bellwood Composites (Canada) đã chốt ngày 18/9 để động thổ nhà máy vỏ toa xe ở KCN Phú Bài.",
        "Công ty TNHH Orimatsu Kiki Việt Nam lên lịch ngày 3/11 để khởi công xưởng thứ hai tại KCN Đình Vũ.",
    ],
)
def test_a_day_set_for_a_groundbreaking_is_an_announced_investment(text: str) -> None:
    tags = tag_text(text)
    assert [d.kind for d in tags.deals] == ["investment"]
    assert [(e.kind, e.status) for e in tags.events] == [("investment_announcement", "announced")]


def test_a_groundbreaking_that_happened_stays_one() -> None:
    tags = tag_text(
        "Tập đoàn Bellwood Composites (Canada) sáng 18/9 đã động thổ nhà máy vỏ toa xe ở KCN Phú Bài."
    )
    assert [d.kind for d in tags.deals] == ["groundbreaking"]


def test_the_group_a_local_unit_is_named_after_is_a_firm_where_written_alone() -> None:
    tags = tag_text(
        "Nhà xưởng 12 ha ở KCN Quế Võ là số vốn khoảng 14 triệu USD mà Halvorsen bỏ ra từ năm 2011, "
        "thông qua công ty con Halvorsen Marine Việt Nam."
    )
    assert [f.name for f in tags.firms] == ["Halvorsen", "Halvorsen Marine"]
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [("investment", ["Halvorsen"], 14_000_000)]


@pytest.mark.parametrize(
    "text",
    [
        # the head of a name that is no local unit is the same firm, not a group
        "Daeho Heavy Industries đã đề nghị mua 41% cổ phần; Daeho cho biết sẽ trả bằng tiền mặt.",
        # the head before another capitalised word is a longer name of its own
        "Công ty TNHH Halvorsen Marine Việt Nam và Halvorsen Offshore cùng dự hội chợ.",
    ],
)
def test_the_head_of_other_names_makes_no_group(text: str) -> None:
    assert "Halvorsen" not in [f.name for f in tag_text(text).firms]
    assert "Daeho" not in [f.name for f in tag_text(text).firms]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Theo Phó Đại sứ Hayashi Ryota, khu này được quy hoạch theo chuẩn Nhật.",
            "Hayashi Ryota",
            "Phó Đại sứ",
        ),
        ("Tổng Lãnh sự Marcus Velden dự lễ khởi công.", "Marcus Velden", "Tổng Lãnh sự"),
        # a known brand's name as a surname is still the envoy's name, not a firm
        ("Đại sứ Honda Keisuke cho biết nhiều nhà đầu tư đang chờ.", "Honda Keisuke", "Đại sứ"),
    ],
)
def test_the_foreign_words_after_an_envoys_office_are_his_name(text: str, person: str, role: str) -> None:
    tags = tag_text(text)
    assert [(p.name, p.role) for p in tags.persons] == [(person, role)]
    assert tags.firms == []


def test_a_firms_manager_before_foreign_words_is_still_the_firms() -> None:
    tags = tag_text("Giám đốc Sakura Seiki cho biết nhà máy sẽ mở rộng.")
    assert tags.persons == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a time stamp over the headline: the name under the headline is still the by-line
        (
            "08:15 14/02/2026\n\nThree parks win approval\n\nThanh Hà\n\nThree parks in Nghe An won approval.",
            ["Thanh Hà"],
        ),
        # two writers in brackets at the end of the headline line
        ("Nhà máy đạm chật vật (Ngọc Lan - Quốc Huy)\n\nCông suất giảm mạnh.", ["Ngọc Lan", "Quốc Huy"]),
        # a photographer and a licence in brackets
        ("The plant was sold.\nImage: the old furnace (Tran Binh/CC BY-SA 4.0)", ["Tran Binh"]),
        # a by-line with the outlet and the date
        ("Minh Châu, Báo Mạng Online, 14/02/2026", ["Minh Châu"]),
    ],
)
def test_credit_and_byline_shapes_name_their_writers(text: str, names: list[str]) -> None:
    assert [p.name for p in tag_text(text).persons] == names


def test_two_places_in_brackets_are_no_writers() -> None:
    assert tag_text("Tuyến cao tốc mới (Hà Nội - Hải Phòng)\n\nĐã thông xe.").persons == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # transport and handling words end a foreign-looking name as company words do
        (
            "Motors for the trams will come from Brauer Mobility under a deal announced on Friday.",
            "Brauer Mobility",
        ),
        ("The bogies were designed by Kolomna Vagon Works in 2019.", "Kolomna Vagon Works"),
        ("Ông Sato cho biết Tanabe Unyu sẽ mở kho lạnh thứ hai ở Long An.", "Tanabe Unyu"),
        # an English apposition that says the name is a unit of another firm
        (
            "Parts will come from Vellmar Antriebe, a unit of the German group, from next year.",
            "Vellmar Antriebe",
        ),
        # a chain, or the chief executive of a firm, before its name
        (
            "Work began on a roastery of coffee chain Highland Drift Coffee in Lam Dong.",
            "Highland Drift Coffee",
        ),
        ("said Anna Weiss, founder and CEO of Pacora Bean, at the ceremony.", "Pacora Bean"),
        # "Hãng" says what the firm is and is no word of its name
        ("Hãng Wendler Anlagenbau GmbH (Đức) cung cấp dây chuyền rang.", "Wendler Anlagenbau"),
        ("Some 900 coaches will be needed by 2040, Vietnam Railways estimates.", "Vietnam Railways"),
    ],
)
def test_bare_foreign_names_found_by_their_company_words_and_cues(text: str, firm: str) -> None:
    assert firm in [f.name for f in tag_text(text).firms]


def test_a_firms_supplier_named_with_its_parent_signs_the_supply_contract() -> None:
    tags = tag_text(
        "Battery packs for 80 electric buses will come from Brauer Mobility Vietnam, a unit of Germany's "
        "Brauer AG, under a contract signed with Saigon Coachworks LLC, the bus maker said on Friday."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [
        ("supply_contract", ["Brauer Mobility", "Saigon Coachworks"])
    ]


def test_a_country_of_two_words_before_a_bare_name_is_no_part_of_it() -> None:
    tags = tag_text(
        "Nhà sản xuất giấy Hàn Quốc Tân Long Paper nhận giấy chứng nhận đăng ký đầu tư cho nhà máy 80 triệu USD."
    )
    assert [f.name for f in tags.firms] == ["Tân Long Paper"]


def test_a_memorandum_signed_between_two_firms_in_a_participle_clause() -> None:
    tags = tag_text(
        "A memorandum of understanding signed in Hanoi on March 3 between Orel Wagon Works and "
        "Hai Phong Steel Structures JSC lays out a plan for a bogie plant."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [
        ("mou", ["Orel Wagon Works", "Hai Phong Steel Structures"])
    ]


def test_construction_launched_by_a_firm_is_its_groundbreaking() -> None:
    tags = tag_text(
        "Construction of a US$28 million cashew processing plant in Binh Dinh province was launched on "
        "June 2 by Tay Son Cashew Joint Stock Company."
    )
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("groundbreaking", ["Tay Son Cashew"], 28_000_000)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Công ty TNHH Thực phẩm Krông Xanh đã chốt sáng 12-3-2026 để cắt băng nhà máy sấy ở CCN Ea Đar.",
        "Công ty TNHH Thực phẩm Krông Xanh đã chốt ngày 12/3 để khởi công nhà máy sấy ở CCN Ea Đar.",
    ],
)
def test_a_morning_or_a_day_set_for_a_ceremony_is_a_planned_investment(text: str) -> None:
    tags = tag_text(text)
    assert [d.kind for d in tags.deals] == ["investment"]
    assert [e.status for e in tags.events] == ["announced"]


def test_set_to_work_on_a_plant_is_an_investment_not_a_handshake() -> None:
    tags = tag_text("Từ quý III/2025, Công ty CP Điều Phù Cát đã bắt tay xây nhà máy chế biến nhân điều.")
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Điều Phù Cát"])]
    assert [e.kind for e in tags.events] == ["investment_announcement"]


def test_a_handshake_with_a_firm_stays_a_memorandum() -> None:
    tags = tag_text("Công ty CP Điều Phù Cát đã bắt tay với Công ty TNHH Bao bì Hưng Phú.")
    assert [(d.kind, d.parties) for d in tags.deals] == [("mou", ["Điều Phù Cát", "Bao bì Hưng Phú"])]


def test_a_firm_named_with_its_joint_venture_partners_breaks_ground_itself() -> None:
    tags = tag_text(
        "Sendai Axle Vietnam Co Ltd, a joint venture of Japan's Sendai Gear Works and Brookfield Handling "
        "Group of the United States, has started construction of a plant in Que Vo Industrial Park."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("groundbreaking", ["Sendai Axle"])]


def test_a_stake_bought_by_two_firms_is_their_joint_investment() -> None:
    tags = tag_text(
        "A 12 per cent stake in Cai Mep Harbour JSC changed hands for about $41 million, bought by Kurosawa "
        "Trading and Hamamatsu Logistics alongside a state fund."
    )
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Kurosawa Trading", "Hamamatsu Logistics"], 41_000_000)
    ]
    assert [(e.kind, [p.name for p in e.parties]) for e in tags.events] == [
        ("acquisition", ["Kurosawa Trading", "Hamamatsu Logistics", "Cai Mep Harbour"])
    ]


def test_a_firm_building_a_plant_is_investing_with_no_event_told() -> None:
    tags = tag_text(
        "In Long An province, Tan Phu Steel Group is building a tank-container plant that will open in 2027."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Tan Phu Steel Group"])]
    assert tags.events == []


def test_an_opening_of_a_firms_plant_in_a_park_city_and_province_is_its_inauguration() -> None:
    tags = tag_text(
        "Giai đoạn 1 nhà máy sấy lạnh 3.200 tấn/năm của Công ty CP Nông sản Ea Kao ở KCN Hòa Phú, "
        "TP Buôn Ma Thuột, tỉnh Đắk Lắk đã được cắt băng sáng 9/10."
    )
    assert [(e.kind, [p.name for p in e.parties]) for e in tags.events] == [
        ("inauguration", ["Nông sản Ea Kao"])
    ]


def test_a_firm_that_sets_its_works_running_opens_them() -> None:
    tags = tag_text("Công ty CP Giống cây trồng Đồng Xanh vừa cho chạy xưởng sấy hạt giống ở xã Nhân Cơ.")
    assert [(e.kind, e.status) for e in tags.events] == [("inauguration", "completed")]


def test_an_amount_put_in_by_a_firm_in_the_passive_is_its_investment() -> None:
    tags = tag_text("Gần 95 tỷ đồng đã được Công ty CP Nông sản Ea Kao đổ vào kho cấp đông mới.")
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Nông sản Ea Kao"], 95_000_000_000)
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a by-line with its date and time, in title case or in capitals
        ("Ai sẽ làm toa xe?\nĐỗ Hạnh 10/07/2025 05:00\nNội dung bài viết.", ["Đỗ Hạnh"]),
        ("Nâng cấp kho sơ chế\nTHANH HƯƠNG 06:12, 21/11/2023\nDự án đã qua thẩm định.", ["THANH HƯƠNG"]),
        # two writers on a line of their own, a writer and the paper after "Theo"
        ("Dự án chờ nhà đầu tư.\nThu Hà - Quốc Bảo\nLượt xem: 2", ["Thu Hà", "Quốc Bảo"]),
        ("Nhiều doanh nghiệp ngoại đã vào ngành bao bì.\nTheo Minh Khôi / VIR", ["Minh Khôi"]),
        # a wire's credits, with foreign names too
        (
            "The plant cost $120 million.\n(Reporting by Lan Anh; Editing by Peter Grainger)",
            ["Lan Anh", "Peter Grainger"],
        ),
        (
            "Hanoi sets out a defence industry plan\nby Clara Whitmore Jul 9, 2024\nThe plan covers ten years.",
            ["Clara Whitmore"],
        ),
        (
            "Shippers get a new source of boxes\nDavid Ashworth April 2, 2022\nA plant is going up.",
            ["David Ashworth"],
        ),
        ("Photo by The Investor/Minh Chau.", ["Minh Chau"]),
    ],
)
def test_more_credit_lines_name_their_writers(text: str, names: list[str]) -> None:
    assert [p.name for p in tag_text(text).persons] == names


@pytest.mark.parametrize(
    "text",
    [
        "Tuyến Hà Nội - Hải Phòng\nĐã thông xe.",  # two provinces on a line
        "Giải thưởng Sao Vàng Đất Việt - Top 10\nXong.",
    ],
)
def test_lines_of_places_or_titles_name_no_writer(text: str) -> None:
    assert tag_text(text).persons == []


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        (
            "Senior Colonel Le Van Khoa said the factory now runs its lines to ISO standards.",
            "Le Van Khoa",
            "Senior Colonel",
        ),
        (
            "Lieutenant General Pham Quoc Dung told the forum that suppliers were needed.",
            "Pham Quoc Dung",
            "Lieutenant General",
        ),
    ],
)
def test_military_ranks_in_english_copy_are_roles(text: str, person: str, role: str) -> None:
    assert [(p.name, p.role) for p in tag_text(text).persons] == [(person, role)]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # trades joined by a dash inside a Vietnamese name
        (
            "Công ty TNHH Thương mại - Dịch vụ Minh Phát ký hợp đồng với đối tác.",
            "Thương mại - Dịch vụ Minh Phát",
        ),
        ("Công ty CP Đầu tư - Xây dựng Hòa Bình khởi công nhà xưởng.", "Đầu tư - Xây dựng Hòa Bình"),
        (
            "Tập đoàn Công nghiệp - Viễn thông Quân đội chuyển giao công nghệ.",
            "Công nghiệp - Viễn thông Quân đội",
        ),
        # a number after a trade of two syllables ends the name
        ("Doanh thu của Công ty TNHH MTV Điện cơ 61 tăng mạnh.", "Điện cơ 61"),
    ],
)
def test_vietnamese_names_with_joined_trades_or_a_number(text: str, firm: str) -> None:
    assert [f.name for f in tag_text(text).firms] == [firm]


def test_a_dash_before_a_new_clause_joins_no_trades() -> None:
    assert [f.name for f in tag_text("Công ty CP Xây dựng - Sáng nay đã ký hợp đồng.").firms] == ["Xây dựng"]


def test_a_place_ending_in_an_honorific_at_a_lines_end_names_no_person() -> None:
    tags = tag_text("Tàu khách mới cho tuyến Cát Bà\nCông ty TNHH MTV Đóng tàu Hồng Hà vừa giao tàu.")
    assert tags.persons == []
    assert [f.name for f in tags.firms] == ["Đóng tàu Hồng Hà"]


def test_a_passive_verb_after_a_name_is_no_tail_of_it() -> None:
    tags = tag_text("Công ty TNHH Dệt nhuộm Hoa Mai Đỏ bị xử phạt vì xả thải vượt chuẩn.")
    assert [f.name for f in tags.firms] == ["Dệt nhuộm Hoa Mai Đỏ"]
    assert [f.name for f in tag_text("Công ty TNHH Thiết bị Hoa Mai ký hợp đồng.").firms] == [
        "Thiết bị Hoa Mai"
    ]


def test_a_person_after_a_firm_after_a_role_is_cut_at_van_or_thi() -> None:
    tags = tag_text("Giám đốc Công ty TNHH Ép nhựa Tân Phát Hà Văn Long cho biết xưởng sẽ mua thêm máy.")
    assert [f.name for f in tags.firms] == ["Ép nhựa Tân Phát"]


@pytest.mark.parametrize(
    ("text", "firm", "amount"),
    [
        (
            "Kế đến, Công ty TNHH Mạch in Kanagawa được điều chỉnh tăng 85 triệu USD cho nhà máy ở KCN Khai Quang.",
            "Mạch in Kanagawa",
            85_000_000,
        ),
        (
            "Trong đó, Công ty TNHH Điện tử Hưng Yên Xanh nhận giấy cho nhà máy bộ nguồn 54 triệu USD ở KCN Phố Nối.",
            "Điện tử Hưng Yên Xanh",
            54_000_000,
        ),
        (
            "The largest top-up was granted to Liangxin Glass Company Limited, which added $45 million to its line in Deep C Industrial Park.",
            "Liangxin Glass",
            45_000_000,
        ),
    ],
)
def test_licence_round_lines_give_the_firms_investment(text: str, firm: str, amount: int) -> None:
    assert [(d.kind, d.parties, d.amount) for d in tag_text(text).deals] == [("investment", [firm], amount)]


def test_two_firms_funding_one_project_break_ground_together() -> None:
    tags = tag_text(
        "Công ty TNHH Dệt Kim Hoa (Hồng Kông) và Công ty CP Hạ tầng Tân Uyên Xanh cùng bỏ vốn cho dự án, khởi công sáng 12/3."
    )
    assert [(d.kind, d.parties) for d in tags.deals] == [
        ("groundbreaking", ["Dệt Kim Hoa", "Hạ tầng Tân Uyên Xanh"])
    ]


def test_two_firms_breaking_ground_say_nothing_of_one_project() -> None:
    tags = tag_text("Tập đoàn Thành Đạt và Hanshin Motor động thổ nhà máy linh kiện thân vỏ.")
    assert [(d.kind, d.parties) for d in tags.deals] == [
        ("groundbreaking", ["Thành Đạt"]),
        ("groundbreaking", ["Hanshin Motor"]),
    ]


def test_a_sum_named_as_what_a_firm_described_between_commas_spent() -> None:
    tags = tag_text(
        "Hơn 900 tỷ đồng là số tiền Tổng công ty CP Dệt Phú Lâm, thành viên Vinatex, đã chi cho các dự án năm 2024."
    )
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Dệt Phú Lâm"], 900_000_000_000)
    ]


def test_an_agreement_in_principle_from_the_province_is_a_licence() -> None:
    tags = tag_text(
        "Công ty TNHH Sợi Tân Phước (Đài Loan) vừa được UBND tỉnh Tây Ninh đồng ý về nguyên tắc cho làm nhà máy kéo sợi."
    )
    assert [(e.kind, [p.name for p in e.parties]) for e in tags.events] == [
        ("investment_licence", ["UBND tỉnh Tây Ninh", "Sợi Tân Phước"])
    ]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Đơn vị tổ chức là Công ty CP Quảng cáo và Hội chợ Thương mại Sao Kim.",
            "Quảng cáo và Hội chợ Thương mại Sao Kim",
        ),
        (
            "The fair was co-hosted by the trade agency and the organiser Nexfair Tradex Vietnam.",
            "Nexfair Tradex",
        ),
        (
            "HOÀN THIỆN KÊNH PHÂN PHỐI CỦA CÔNG TY CỔ PHẦN THỰC PHẨM HẬU GIANG XANH ĐẾN NĂM 2030",
            "THỰC PHẨM HẬU GIANG XANH",
        ),
    ],
)
def test_fair_organisers_and_names_in_capitals_before_a_horizon(text: str, firm: str) -> None:
    assert [f.name for f in tag_text(text).firms] == [firm]


def test_a_headline_announcing_what_the_body_licenses_is_one_event() -> None:
    tags = tag_text(
        "Kinh Đông Precision tăng vốn lần thứ 9 ở Bắc Ninh\n"
        "Công ty TNHH Kinh Đông Precision Việt Nam được Ban Quản lý các KCN tỉnh Bắc Ninh cấp giấy chứng nhận "
        "điều chỉnh hôm 4/11, bổ sung 185 triệu USD."
    )
    assert [e.kind for e in tags.events] == ["investment_licence"]


def test_capital_added_in_a_licence_round_is_licensed() -> None:
    tags = tag_text(
        "The largest top-up was granted to Liangxin Glass Company Limited, which added $45 million to its line "
        "in Deep C Industrial Park."
    )
    assert [(e.kind, e.status) for e in tags.events] == [("investment_licence", "licensed")]


def test_capital_put_in_with_no_round_told_is_announced() -> None:
    tags = tag_text("Kestrel Group put $30 million into a new line in Bac Ninh.")
    assert [(e.kind, e.status) for e in tags.events] == [("investment_announcement", "announced")]


def test_the_firm_right_after_mua_lai_is_bought_not_its_owner() -> None:
    tags = tag_text(
        "Công ty CP Đầu tư Phú Vạn mua lại Công ty CP Sợi Tân Hòa, đơn vị con của Tổng công ty CP Dệt May Bình Thạnh."
    )
    assert [(e.kind, [p.name for p in e.parties]) for e in tags.events] == [
        ("acquisition", ["Đầu tư Phú Vạn", "Sợi Tân Hòa"])
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "TRƯỜNG ĐẠI HỌC KINH TẾ\nLÊ THỊ THU HIỀN\nPHÁT TRIỂN DOANH NGHIỆP PHỤ LIỆU DA GIÀY ĐẾN NĂM 2030\nLUẬN VĂN",
            ["LÊ THỊ THU HIỀN"],
        ),
        ("Bài viết về phụ liệu may.\nThanh Bình\n08/04/2026, 10:12\nNội dung tiếp theo.", ["Thanh Bình"]),
        ("Các đại biểu nhấn nút khởi công dự án. Ảnh: VGP/Thanh Hương", ["Thanh Hương"]),
    ],
)
def test_author_lines_and_credits_with_an_outlet(text: str, names: list[str]) -> None:
    assert [p.name for p in tag_text(text).persons] == names


@pytest.mark.parametrize("line", ["ĐỒ ÁN TỐT NGHIỆP", "CHỦ NGHĨA VIỆT NAM", "TĂNG TRƯỞNG NÓNG"])
def test_capital_headings_whose_accent_free_words_read_as_names_are_none(line: str) -> None:
    assert tag_text(f"TRƯỜNG ĐẠI HỌC BÁCH KHOA\n{line}\nThiết kế khuôn ép nhựa cho vỏ hộp.").persons == []


def test_a_listed_projects_capital_after_its_site_is_its_owners() -> None:
    tags = tag_text(
        "Các dự án trong nước gồm nhà máy nhuộm của Công ty CP Dệt Long Hải tại KCN Châu Đức vốn 360 tỷ đồng; "
        "kho phụ liệu 95 tỷ đồng."
    )
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Dệt Long Hải"], 360_000_000_000)
    ]


def test_an_english_plan_of_a_priced_workshop_is_an_investment() -> None:
    tags = tag_text(
        "On the site Kwangsung plans a $4.5 million workshop moulding insoles and midsoles, some 60,000 pairs a day."
    )
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [("investment", ["Kwangsung"], 4_500_000)]


def test_a_firm_that_only_qualifies_the_subject_invests_nothing() -> None:
    tags = tag_text("The LG Display supplier has budgeted about 140 million USD for new lines there.")
    assert tags.deals == []
