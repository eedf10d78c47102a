# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 19 (issue 12), each on sentences of our own, in the shapes blind batches 53-55
still missed after session 18: a project's owner followed by its park, parent group or description before
the capital, a joint venture's Vietnamese legal form, English wire copy writing the currency after the
scale word ("120 million USD"), and English projects named with their owner after them ("a $90 million
facility by X")."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, one


def _amounts(text: str) -> list[tuple[float, str]]:
    return [(m.amount, m.currency) for m in tag_text(text).money]


@pytest.mark.parametrize(
    ("text", "owner", "amount"),
    [
        (
            "Dự án có vốn lớn nhất là dự án sản xuất tấm kính của Công ty TNHH Vật liệu Minh Quang (Hàn Quốc) tại KCN Đại An với 120 triệu USD.",
            "Vật liệu Minh Quang",
            120_000_000,
        ),
        (
            "Cụ thể, dự án Nhà máy Công ty TNHH Orion Precision Việt Nam (đến từ Singapore) thực hiện tại KCN Long Đức, chuyên gia công chi tiết kim loại với tổng vốn đăng ký 45 triệu USD.",
            "Orion Precision",
            45_000_000,
        ),
        (
            "Ngoài ra, dự án Nhà máy sản xuất lốp xe Sunda của Công ty TNHH Sunda Tyre Việt Nam (thuộc Tập đoàn Sunda, Trung Quốc), tại KCN Minh Hưng chuyên sản xuất lốp radial, có vốn đăng ký 160 triệu USD.",
            "Sunda Tyre",
            160_000_000,
        ),
    ],
)
def test_a_projects_owner_keeps_its_capital_across_its_park_and_description(
    text: str, owner: str, amount: int
) -> None:
    assert deals(text) == {one("investment", owner)}
    assert [d.amount for d in tag_text(text).deals] == [amount]


def test_a_plant_named_by_its_owner_with_no_capital_is_no_deal() -> None:
    assert deals("Nhà máy Công ty TNHH Orion Precision tuyển thêm 300 công nhân.") == set()


def test_a_lower_case_joint_venture_legal_form_is_read() -> None:
    text = "Dự án KCN Vạn Ninh 2 do Công ty liên doanh TNHH KCN Việt Nam - Nhật Bản Vạn Ninh làm chủ đầu tư, có mức đầu tư hơn 3.100 tỉ đồng."
    assert [(f.name, f.legal_form) for f in tag_text(text).firms] == [
        ("KCN Việt Nam - Nhật Bản Vạn Ninh", "Công ty TNHH")
    ]


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        (
            "The provincial People's Committee on May 9 granted an investment licence to a 75 million USD project of Daeil Vision Co., Ltd.",
            [(75_000_000, "USD")],
        ),
        (
            "Nine investors are to receive certificates at the event, bringing in over 12 trillion VND (500 million USD) in registered capital.",
            [(12_000_000_000_000, "VND"), (500_000_000, "USD")],
        ),
        (
            "South Korea leads the investors in the city, with 150 projects worth 9.4 billion USD.",
            [(9_400_000_000, "USD")],
        ),
        (
            "The province spent 4,310.5 million VND on 30 industry promotion projects in 2022-2024.",
            [(4_310_500_000, "VND")],
        ),
        (
            "Minh Long Components to Invest $1.5 Billion in a chip plant in the north",
            [(1_500_000_000, "USD")],
        ),
    ],
)
def test_english_copy_writing_the_currency_after_the_scale_word_gives_amounts(
    text: str, amounts: list[tuple[int, str]]
) -> None:
    assert _amounts(text) == amounts


def test_a_number_with_an_english_scale_and_no_currency_is_no_amount() -> None:
    assert _amounts("The plant will make 12 million products a year for export markets.") == []


def test_english_projects_with_their_owner_after_them_are_each_owners_investment() -> None:
    text = "Major investments in Tay Ninh this year include a $90 million facility by Daesung Display Vietnam Co., Ltd. assembling LCD modules at Phuoc Dong Industrial Park, and a $35 million project by Nakano Pack (Vietnam) Co., Ltd. (Japan) making cartons at Thanh Thanh Cong Industrial Park."
    assert deals(text) == {one("investment", "Daesung Display"), one("investment", "Nakano Pack")}
    assert sorted(d.amount for d in tag_text(text).deals) == [35_000_000, 90_000_000]


def test_an_english_plant_of_a_firm_takes_the_total_investment_stated_after_it() -> None:
    text = "The first is a plant of Mirae Circuit Vina making printed circuit boards for phones, with an annual output of 10 million products and total investment of 7 million USD."
    assert deals(text) == {one("investment", "Mirae Circuit")}
    assert [d.amount for d in tag_text(text).deals] == [7_000_000]


def test_an_english_firm_named_before_an_amount_it_does_not_own_is_no_investor() -> None:
    text = (
        "Hanmi Tech said its revenue rose to 40 million USD last year, helped by export orders from Europe."
    )
    assert deals(text) == set()


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("TẬP ĐOÀN HÀN KHÁNH THÀNH NHÀ MÁY LINH KIỆN 1,5 TỶ USD TẠI THÁI NGUYÊN", [(1_500_000_000, "USD")]),
        ("KHỞI CÔNG NHÀ MÁY THÉP 3.200 TỶ ĐỒNG TẠI KCN PHÚ MỸ", [(3_200_000_000_000, "VND")]),
        ("TRAO CHỦ TRƯƠNG CHO 5 DỰ ÁN TỔNG VỐN HƠN 6.000 TỶ ĐỒNG", [(6_000_000_000_000, "VND")]),
    ],
)
def test_an_all_capitals_headline_amount_is_read(text: str, amounts: list[tuple[int, str]]) -> None:
    assert _amounts(text) == amounts


def test_an_english_amount_above_a_figure_is_approximate() -> None:
    text = (
        "The certificate lifts the firm's total investment in the city above 2 billion USD, the board said."
    )
    assert [(m.amount, m.approximate) for m in tag_text(text).money] == [(2_000_000_000, True)]


def test_an_all_capitals_approximation_word_makes_the_amount_approximate() -> None:
    text = "TRAO CHỦ TRƯƠNG CHO 5 DỰ ÁN TỔNG VỐN HƠN 6.000 TỶ ĐỒNG"
    assert [(m.amount, m.approximate) for m in tag_text(text).money] == [(6_000_000_000_000, True)]


def test_a_parks_letter_before_a_firm_ends_the_sentence_and_an_initial_before_a_name_does_not() -> None:
    from extract.tag._common import sentences

    text = "Hai bên còn đàm phán giá thuê đất tại KCN Phố Nối A. Công ty CP Cơ khí Vĩnh An ký hợp đồng với Bosch."
    assert len(sentences(text)) == 2
    assert len(sentences("Bài và ảnh: Nguyễn V. Anh, phóng viên thường trú.")) == 1


def test_the_learned_model_does_not_pre_empt_a_recalled_licence_the_rules_read_later() -> None:
    text = "Sáng 14/3, Công ty TNHH Cơ điện Lạc Hồng khởi công nhà máy động cơ tại KCN Tân Trường, tổng vốn 640 tỷ đồng. Dự án đã được Ban Quản lý các KCN tỉnh cấp giấy chứng nhận đăng ký đầu tư ngày 2/10/2025."
    found = {(d.kind, d.date) for d in tag_text(text, "2026-03-20").deals}
    assert found == {("groundbreaking", "2026-03-14"), ("investment", "2025-10-02")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Work began on a yarn plant of Taiwan's Lungyen Knitting Co Ltd at the Rạng Đông Textile Industrial Park.",
            [("Lungyen Knitting", "Co., Ltd.")],
        ),
        (
            "Kam Sing (Hong Kong) Co., Ltd has received an investment certificate for a dyeing plant in Nam Định.",
            [("Kam Sing (Hong Kong)", "Co., Ltd.")],
        ),
        (
            "Japan-based Osuka Textile Co., Ltd. has been licensed to build a weaving mill at Bảo Minh Industrial Park.",
            [("Osuka Textile", "Co., Ltd.")],
        ),
    ],
)
def test_english_firm_names_keep_their_registered_bracket_and_lose_where_they_are_based(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.name, f.legal_form) for f in tag_text(text).firms] == expected


def test_a_nationality_before_a_firms_description_is_no_firm() -> None:
    text = "The city's Economic Zone Authority handed certificates to Korean chemicals group Daemyung Chemical for a film plant."
    assert [f.name for f in tag_text(text).firms] == ["Daemyung Chemical"]


def test_a_ministrys_second_field_is_no_firm() -> None:
    text = (
        "Yamaha Vietnam and the Ministry of Industry and Trade have signed a memorandum on supplier training."
    )
    assert "Trade" not in [f.name for f in tag_text(text).firms]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Vinatex and Phú Bài Fibre JSC on Tuesday signed an agreement on polyester staple supply.",
            "Vinatex",
        ),
        ("Itochu, Sojitz and several other Japanese firms announced new investments in the north.", "Itochu"),
        ("The plant will supply seat frames to Kia and Mazda assembly lines in Chu Lai.", "Mazda"),
    ],
)
def test_carmakers_textile_groups_and_trading_houses_written_bare_are_firms(text: str, name: str) -> None:
    assert name in [f.name for f in tag_text(text).firms]


def test_a_groups_member_units_named_after_it_act_not_the_group() -> None:
    text = "Hai đơn vị thành viên Vinatex là Công ty CP Sợi Hương Trà và Công ty CP May Quảng Điền cùng động thổ cụm nhà máy tại KCN Phong Điền sáng 6/5."
    assert deals(text) == {one("groundbreaking", "Sợi Hương Trà"), one("groundbreaking", "May Quảng Điền")}


def test_an_english_licence_granted_by_a_named_committee_keeps_it_as_grantor() -> None:
    text = "Wuxi Hengda Textile Co., Ltd. has been licensed by the People's Committee of Ninh Bình Province to build a $48 million dyeing mill at Bảo Minh Industrial Park."
    (event,) = tag_text(text).events
    assert (event.kind, [p.type for p in event.parties], event.amount) == (
        "investment_licence",
        ["government", "firm"],
        48_000_000,
    )
    assert "Ninh Bình" in event.parties[0].name


def test_construction_getting_under_way_on_a_plant_of_a_countrys_firm_is_its_groundbreaking() -> None:
    text = "Construction got under way in early May on a dyed-yarn plant of Taiwan's Chenfeng Knitting Co Ltd at the Bảo Minh Industrial Park, with total funding of $21 million."
    assert events(text) == {one("groundbreaking", "Chenfeng Knitting")}


def test_an_english_amount_with_a_hyphenated_scale_is_read_whole() -> None:
    text = "Tomoe Textile Co Ltd is additionally building a $120-million weaving facility in the province."
    assert _amounts(text) == [(120_000_000, "USD")]


def _events_on(text: str, published: str) -> set[tuple[str, frozenset[str]]]:
    return {(e.kind, frozenset(p.name for p in e.parties)) for e in tag_text(text, published).events}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Ngày 26/2, Công ty TNHH Công nghệ Xe điện Ngọc Lan Việt Nam tổ chức khánh thành nhà máy xe máy điện tại KCN Quang Châu.",
            "2025-02-27",
            one("inauguration", "Công nghệ Xe điện Ngọc Lan"),
        ),
        (
            "Công ty CP Dệt Giao Thủy chính thức đưa nhà máy dệt kim, nhuộm vào vận hành ngày 26/10 tại Nam Định.",
            "2025-10-27",
            one("inauguration", "Dệt Giao Thủy"),
        ),
        (
            "Daeil Auto Parts Co., Ltd. in early May got a licence to invest in a US$18 million seat-frame plant at Nam Đình Vũ Industrial Park.",
            "2025-05-20",
            one("investment_licence", "Daeil Auto Parts"),
        ),
        (
            "Vinatex on August 19 put its Hòa Xá Yarn Factory in Nam Định Province into commercial operation at a ceremony.",
            "2025-08-20",
            one("inauguration", "Vinatex"),
        ),
        (
            "Vinatex plans to spend VNĐ1.6 trillion ($75 million) this year on a yarn-to-garment complex in Quảng Nam Province.",
            "2025-03-02",
            one("investment_announcement", "Vinatex"),
        ),
        (
            "Ground was broken on May 28 for the first phase of a shoe plant to be built by Grand Rise Footwear Việt Nam at VSIP Quảng Ngãi.",
            "2025-05-29",
            one("groundbreaking", "Grand Rise Footwear"),
        ),
    ],
)
def test_more_wordings_of_openings_licences_and_plans_are_events(
    text: str, published: str, expected: tuple[str, frozenset[str]]
) -> None:
    assert expected in _events_on(text, published)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "President of Mitsubishi Motors Vietnam Hiroshi Kato said local parts makers lacked volumes.",
            "Mitsubishi Motors",
        ),
        (
            "Thủ tướng tiếp Tổng Giám đốc Tập đoàn Daesan Construction Kim Min-jae tại Hà Nội.",
            "Daesan Construction",
        ),
    ],
)
def test_a_persons_name_after_a_role_and_a_firm_is_no_part_of_the_firm(text: str, name: str) -> None:
    assert [f.name for f in tag_text(text).firms] == [name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A memorandum of understanding on parts supply was signed on Wednesday between Hanil Precision Co., Ltd. and Minh Long Mechanical JSC in Hải Phòng.",
            ("mou", frozenset({"Hanil Precision", "Minh Long Mechanical"})),
        ),
        (
            "A supply contract worth $12 million was signed on June 12 by Daeil Seating Co., Ltd. and Thanh Cong Interior JSC.",
            ("supply_contract", frozenset({"Daeil Seating", "Thanh Cong Interior"})),
        ),
    ],
)
def test_an_english_passive_signing_names_its_signers_after_between_or_by(
    text: str, expected: tuple[str, frozenset[str]]
) -> None:
    assert deals(text) == {expected}
    assert _events_on(text, "2025-06-13") == {expected}
