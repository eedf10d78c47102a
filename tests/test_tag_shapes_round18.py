# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 18 (issue 12), each on sentences of our own, in the shapes the strictly sampled
blind batches 50-52 missed: brands whose first word is accented, bare Vietnamese brands as the subject of
more deal verbs, first batches off a line and capital added with "bổ sung thêm"."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import events, firms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thạch Bàn Auto công bố lịch động thổ tổ hợp lắp ráp xe buýt điện.", "Thạch Bàn Auto"),
        ("Chiều 3/4, tại trụ sở Định Hòa Land, hai bên trao biên bản ghi nhớ.", "Định Hòa Land"),
        (
            "Ấp Bắc Motors Corporation has started work on a 40-hectare parts park.",
            "Ấp Bắc Motors Corporation",
        ),
    ],
)
def test_a_brand_whose_first_word_is_accented_keeps_that_word(text: str, name: str) -> None:
    assert name in firms(text)


def test_a_province_before_a_foreign_brand_is_not_taken_into_it() -> None:
    assert firms("Tại Hà Nội, Samsung Display khởi công nhà máy thứ hai.") == ["Samsung Display"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sông Lam cho biết sẽ rót thêm khoảng 900 tỷ đồng để phủ trạm sạc tới các huyện miền núi.",
            "Sông Lam",
        ),
        ("Sơn Hà đã tiếp quản xưởng đúc của một doanh nghiệp Nhật Bản tại Nam Định.", "Sơn Hà"),
    ],
)
def test_a_bare_vietnamese_brand_before_more_deal_verbs_is_a_firm(text: str, name: str) -> None:
    assert name in firms(text)


def test_a_bare_brand_pouring_more_money_in_announces_an_investment() -> None:
    text = "Sông Lam cho biết sẽ rót thêm khoảng 900 tỷ đồng để phủ trạm sạc tới các huyện miền núi."
    assert events(text) == {("investment_announcement", frozenset({"Sông Lam"}))}


def test_a_foreign_firm_adding_capital_with_bo_sung_them_announces_an_investment() -> None:
    text = "Corvel Việt Nam bổ sung thêm 45 triệu USD cho nhà máy linh kiện ở Hưng Yên."
    assert events(text) == {("investment_announcement", frozenset({"Corvel"}))}
    assert [d.amount for d in tag_text(text).deals] == [45_000_000]


@pytest.mark.parametrize(
    "text",
    [
        "Thạch Bàn Bus xuất xưởng lô xe buýt điện đầu tiên tại Bắc Ninh.",
        "Nhà máy của Công ty TNHH Linh kiện Đông Sơn bắt đầu sản xuất hàng loạt từ sáng 12/5.",
        "Dây chuyền mạ của Công ty CP Cơ khí Hòa Lạc bắt đầu vận hành thử từ ngày 2/6.",
    ],
)
def test_a_first_batch_off_the_line_or_a_start_of_production_is_an_opening(text: str) -> None:
    assert {kind for kind, _ in events(text)} == {"inauguration"}


def test_training_people_to_run_a_plant_is_not_an_opening() -> None:
    text = "Sở Công Thương tỉnh Lâm Đồng và Công ty CP Hóa chất Đà Lạt ký kết chương trình hợp tác đào tạo nhân lực vận hành nhà máy."
    assert "inauguration" not in {kind for kind, _ in events(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chủ tịch Thạch Bàn Auto Nguyễn Văn Hùng cho biết tỷ lệ nội địa hóa đã đạt 28%.", "Thạch Bàn Auto"),
        (
            "Đoàn công tác đã thăm xưởng lắp ráp xe buýt của Ấp Bắc Motors tại Khu kinh tế Dung Quất.",
            "Ấp Bắc Motors",
        ),
    ],
)
def test_an_accented_brand_ends_before_a_persons_name_and_is_read_after_cua(text: str, name: str) -> None:
    assert name in firms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Năm nay tỉnh đã khởi công nhà máy kính nổi Phước An Glass và một trung tâm logistics.",
        "Một xưởng may khác mang tên Hòa Sơn Apparel, vốn 40 tỷ đồng, cũng được tỉnh chấp thuận.",
    ],
)
def test_a_plant_named_by_an_accented_brand_names_no_firm(text: str) -> None:
    assert firms(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Theo Quyết định số 3310/QĐ-UBND vừa ký, UBND TP Hà Nội cho Công ty TNHH Dệt may Kim Bài thuê 7.420m² đất ở Cụm công nghiệp Kim Bài để làm xưởng may.",
        "UBND tỉnh Hưng Yên đã cho Công ty CP Cơ khí Đông Sơn thuê 2,4 ha đất tại Cụm công nghiệp Tân Quang.",
    ],
)
def test_a_committee_letting_a_firm_lease_land_is_their_cooperation(text: str) -> None:
    found = events(text)
    assert len(found) == 1
    kind, parties = next(iter(found))
    assert kind == "cooperation"
    assert any(p.startswith("UBND") for p in parties) and len(parties) == 2
    assert tag_text(text).deals == []


def test_an_area_after_lease_is_no_part_of_the_firms_name() -> None:
    text = "UBND TP Hà Nội cho Công ty TNHH May mặc Thành Công Phú thuê 9.846m² đất ở Cụm công nghiệp Thanh Thùy."
    assert firms(text) == ["May mặc Thành Công Phú"]


def test_an_english_firm_that_started_work_on_a_site_broke_ground() -> None:
    text = "Ấp Bắc Motors Corporation has started work on a 40-hectare auto parts cluster in the Dung Quất Economic Zone."
    assert events(text) == {("groundbreaking", frozenset({"Ấp Bắc Motors Corporation"}))}


def test_work_opening_a_sentence_is_not_a_firm() -> None:
    assert firms("HANOI -- Work began on Sunday on a battery factory in the north.") == []


def test_a_provincial_standing_committee_agreeing_a_project_licenses_its_investor() -> None:
    text = "Ban Thường vụ Tỉnh ủy Nghệ An thống nhất chủ trương đầu tư dự án nhà máy giày tại Cụm công nghiệp Nghi Phong do Công ty CP Giày Cửa Lò làm chủ đầu tư, vốn khoảng 95 tỷ đồng."
    assert events(text) == {
        ("investment_licence", frozenset({"Ban Thường vụ Tỉnh ủy Nghệ An", "Giày Cửa Lò"}))
    }


def test_a_committee_issuing_a_decision_on_a_firms_project_is_the_licences_grantor() -> None:
    text = "UBND tỉnh Quảng Trị vừa ban hành quyết định chấp thuận chủ trương đầu tư dự án nhà máy tấm pin của Công ty TNHH Năng lượng Cửa Việt tại KKT Đông Nam."
    assert events(text) == {("investment_licence", frozenset({"UBND tỉnh Quảng Trị", "Năng lượng Cửa Việt"}))}


def test_two_english_firms_announcing_a_joint_venture_set_it_up() -> None:
    text = "Harbourline Holdings and Tân Phú Logistics JSC announced the establishment of a joint venture to develop a 60-hectare park in Đồng Nai."
    assert events(text) == {("joint_venture", frozenset({"Harbourline Holdings", "Tân Phú Logistics"}))}


def test_an_english_firms_intention_to_purchase_a_stake_is_an_announced_acquisition() -> None:
    text = "Orbis Pack Pte. Ltd. has announced its intention to purchase a 75 per cent stake in Biên Hòa Packaging."
    found = tag_text(text).events
    assert [(e.kind, e.status, [p.name for p in e.parties]) for e in found] == [
        ("acquisition", "announced", ["Orbis Pack", "Biên Hòa Packaging"])
    ]


def test_an_english_licence_list_across_semicolons_gives_each_owner_a_licence_with_its_amount() -> None:
    text = "At the ceremony, the Thái Bình Economic Zone Authority granted investment registration certificates to 04 projects, including a cable plant of Hengtai Wire Co., Ltd. (China) with USD 60 million in Liên Hà Thái Industrial Park; a lens factory of Orbis Optics Co., Ltd. (Japan) with USD 18 million in Tiền Hải Industrial Park; and a mould project of Kestrel Tooling Corp (UK) with USD 5 million in Gia Lễ Industrial Park."
    found = tag_text(text).events
    assert [(e.kind, [p.name for p in e.parties][-1], e.amount) for e in found] == [
        ("investment_licence", "Hengtai Wire", 60_000_000),
        ("investment_licence", "Orbis Optics", 18_000_000),
        ("investment_licence", "Kestrel Tooling Corp", 5_000_000),
    ]
    assert all(e.parties[0].name == "Thái Bình Economic Zone Authority" for e in found)


def test_licensed_projects_listed_by_their_owners_are_each_a_licence() -> None:
    text = "Three licensed projects include a US$25 million glove factory by Malaysia's Klang Latex Corporation, a US$14 million yarn mill by Zhejiang Fuhua Textiles of China and a US$9 million bag factory by the UK's Avon Leather Co., Ltd."
    found = tag_text(text).events
    assert [(e.kind, [p.name for p in e.parties], e.amount) for e in found] == [
        ("investment_licence", ["Klang Latex Corporation"], 25_000_000),
        ("investment_licence", ["Zhejiang Fuhua Textiles"], 14_000_000),
        ("investment_licence", ["Avon Leather"], 9_000_000),
    ]


@pytest.mark.parametrize(
    ("text", "current"),
    [
        ("The plant will be built in Bac Ninh province next year.", "Tỉnh Bắc Ninh"),
        ("The Ha Tinh Department of Industry and Trade hosted the fair.", "Tỉnh Hà Tĩnh"),
        ("A new rooftop solar deal was signed in Binh Duong on Tuesday.", "Thành phố Hồ Chí Minh"),
    ],
)
def test_an_unaccented_province_in_english_copy_is_the_province(text: str, current: str) -> None:
    assert [p.current for p in tag_text(text).provinces] == [current]


def test_a_committee_presenting_a_firm_with_a_certificate_licenses_it() -> None:
    text = "On May 14, the Nam Định People's Committee presented Orbis Optics with a certificate allowing the company to add 60 million USD to its lens plant."
    assert events(text) == {
        ("investment_licence", frozenset({"Nam Định People's Committee", "Orbis Optics"}))
    }


def test_a_named_provincial_committee_in_english_is_a_government_body() -> None:
    text = "The Thái Bình provincial People's Committee granted an investment licence to a 45 million USD project of Orbis Optics Co., Ltd."
    assert events(text) == {
        ("investment_licence", frozenset({"Thái Bình provincial People's Committee", "Orbis Optics"}))
    }


def test_the_provincial_committee_unnamed_is_no_government_party() -> None:
    text = "HÀ NAM — The provincial People's Committee on Tuesday granted an investment registration certificate to Orbis Optics Co., Ltd for a US$30 million lens plant."
    assert events(text) == {("investment_licence", frozenset({"Orbis Optics"}))}


def test_a_joint_stock_company_written_out_is_a_jsc() -> None:
    text = "The authority issued an Investment Registration Certificate to Sông Đà Smart Devices Joint Stock Company to build a phone plant."
    assert [(f.name, f.legal_form) for f in tag_text(text).firms] == [("Sông Đà Smart Devices", "JSC")]


def test_a_land_use_contract_with_a_committee_is_a_cooperation() -> None:
    text = "Also at the ceremony, the Hà Nam People's Committee signed a land use contract with Kim Bảng Urban Development JSC for a housing project."
    assert events(text) == {
        ("cooperation", frozenset({"Hà Nam People's Committee", "Kim Bảng Urban Development"}))
    }


def test_an_investor_of_a_named_country_deciding_to_invest_announces_it() -> None:
    text = "Tập đoàn Orbis Aero của Mỹ đã quyết định đầu tư 120 triệu USD để sản xuất cấu kiện tại Khu công nghệ cao Đà Nẵng."
    assert events(text) == {("investment_announcement", frozenset({"Orbis Aero"}))}
    assert [d.amount for d in tag_text(text).deals] == [120_000_000]


def test_a_foreign_group_received_to_talk_about_chances_is_no_investor() -> None:
    text = "Chiều 3/8, lãnh đạo tỉnh Lào Cai làm việc với Tập đoàn Xây dựng Hoa Nam (Trung Quốc) về cơ hội đầu tư hạ tầng tại khu kinh tế cửa khẩu."
    assert tag_text(text).deals == []


def test_an_apposition_after_a_bracketed_country_is_passed_over() -> None:
    text = "Công ty TNHH Daeil Micron Vina (Hàn Quốc), doanh nghiệp sản xuất vi mạch cho điện thoại, vừa khánh thành nhà máy thứ hai tại KCN Đình Trám."
    assert events(text) == {("inauguration", frozenset({"Daeil Micron"}))}


def test_a_certificate_received_from_a_committees_vice_chairman_is_its_committees_licence() -> None:
    text = "Ngày 9/10, dự án của Công ty TNHH Nhựa Kỹ thuật Hằng Phát (Việt Nam) nhận giấy chứng nhận đầu tư từ Phó Chủ tịch UBND tỉnh Đồng Nai Trần Văn Bình."
    assert events(text) == {
        ("investment_licence", frozenset({"UBND tỉnh Đồng Nai", "Nhựa Kỹ thuật Hằng Phát"}))
    }


def test_a_second_document_for_a_second_firm_is_a_second_licence() -> None:
    text = "UBND tỉnh Quảng Ngãi trao Giấy chứng nhận đầu tư cho Công ty TNHH Kestrel Parts (nhà máy phụ tùng, 90 triệu USD) và Quyết định chủ trương đầu tư cho Công ty TNHH Orbis Tools Việt Nam (nhà máy dao cụ, 40 triệu USD)."
    found = tag_text(text).events
    assert [(e.kind, [p.name for p in e.parties], e.amount) for e in found] == [
        ("investment_licence", ["UBND tỉnh Quảng Ngãi", "Kestrel Parts"], 90_000_000),
        ("investment_licence", ["UBND tỉnh Quảng Ngãi", "Orbis Tools"], 40_000_000),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Orbis Precision Vietnam Co., Ltd waits up to three weeks for spare parts, general director Kenji Sato said.",
        "About 15 businesses will sign deals with the province, the provincial Department of Finance said.",
        "The committee and Orbis Precision Vietnam Co., Ltd signed the memorandum, with Deputy Prime Minister Trần Văn Sơn witnessing it.",
    ],
)
def test_a_person_after_an_english_role_or_a_departments_field_is_no_firm(text: str) -> None:
    assert firms(text) in ([], ["Orbis Precision"])


def test_a_fund_manager_before_a_name_is_its_kind_not_a_role() -> None:
    text = "Fund manager Kestrel Asset Management bought VNĐ150 billion of bonds from Hòa Bình Garment JSC last month."
    assert "Kestrel Asset Management" in firms(text)


def test_a_date_with_a_dash_is_no_firm() -> None:
    assert firms("Đến tháng 11-2011, tập đoàn cho biết sẽ tạm dừng dự án.") == []


def test_a_firm_chosen_for_a_province_ends_before_chon() -> None:
    text = "Việc Công ty TNHH Đông Á Can Pack chọn Bình Dương chứng tỏ môi trường đầu tư nơi đây rất tốt."
    assert firms(text) == ["Đông Á Can Pack"]


def test_pte_in_capitals_ends_no_sentence_and_is_the_legal_form() -> None:
    text = "Bản ghi nhớ 1,2 tỷ USD được UBND tỉnh Cà Mau ký với Công ty Kestrel Wind Parts PTE. Ltd, do Chủ tịch UBND tỉnh trực tiếp trao."
    assert firms(text) == ["Kestrel Wind Parts"]
    assert events(text) == {("mou", frozenset({"UBND tỉnh Cà Mau", "Kestrel Wind Parts"}))}


def test_a_memorandum_about_setting_up_a_venture_is_a_memorandum() -> None:
    text = "Cùng dịp, Công ty CP Cơ khí Kiến An và Tập đoàn Orbis Parts (Nhật Bản) ký biên bản ghi nhớ về việc thành lập liên doanh sản xuất chi tiết đúc."
    assert events(text) == {("mou", frozenset({"Cơ khí Kiến An", "Orbis Parts"}))}


def test_an_mou_it_has_signed_with_a_ministry_is_a_memorandum_and_the_full_stop_no_part_of_its_name() -> None:
    text = "Kestrel Motor Vietnam will coach 15 local parts makers under an MoU it has signed with the Ministry of Industry and Trade."
    assert events(text) == {("mou", frozenset({"Kestrel Motor", "Ministry of Industry and Trade"}))}


def test_an_english_firm_putting_money_into_a_plant_in_a_past_year_is_a_recalled_investment() -> None:
    text = "In 2023, Kestrel Circuits Vina Co., Ltd. put $42 million into a board plant in Vĩnh Phúc."
    found = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in found.deals] == [
        ("investment", ["Kestrel Circuits"], 42_000_000)
    ]
    assert found.events == []


def test_an_english_firm_lifting_its_total_investment_past_a_suppliers_apposition_is_the_investor() -> None:
    text = "Likewise, Orbis Flex Vina Co., Ltd., a supplier to Samsung, LG and SK, has lifted its total investment in the province to $98 million."
    assert events(text) == {("investment_announcement", frozenset({"Orbis Flex"}))}


def test_an_english_firm_that_has_also_announced_an_investment_announces_it() -> None:
    text = "South Korea's Daeil Micron has also announced a $700 million investment in a chip packaging plant in Bac Giang province."
    assert events(text) == {("investment_announcement", frozenset({"Daeil Micron"}))}


def test_the_parties_agreeing_are_no_firm() -> None:
    assert (
        firms("The Parties have agreed to form a joint venture company to run ready-built factories.") == []
    )


def test_a_group_announcing_it_sets_up_a_plant_announces_an_investment() -> None:
    text = "Tập đoàn Công nghệ Sông Lam vừa công bố thành lập nhà máy đóng gói chip tại tỉnh Bắc Ninh, dự kiến vận hành trong năm nay."
    assert events(text) == {("investment_announcement", frozenset({"Công nghệ Sông Lam"}))}


def test_a_committees_land_use_contract_with_a_firm_is_no_investment_of_the_firm() -> None:
    text = "Also at the ceremony, the Hà Nam People's Committee signed a land use contract with Kim Bảng Urban Development JSC for a housing project."
    assert tag_text(text).deals == []


def test_a_source_credit_after_a_dash_is_no_part_of_the_firms_name() -> None:
    text = "UBND thành phố Hải Phòng trao Giấy chứng nhận đăng ký đầu tư điều chỉnh cho Công ty TNHH Orbis Optics Việt Nam Hải Phòng - Theo báo Đầu tư"
    assert firms(text) == ["Orbis Optics Việt Nam Hải Phòng"]


@pytest.mark.parametrize(
    ("text", "buyer", "owner"),
    [
        (
            "Công ty CP Cơ khí Đông Sơn Mech mua mảng khuôn mẫu của Tập đoàn Orbis Seiki.",
            "Cơ khí Đông Sơn Mech",
            "Orbis Seiki",
        ),
        (
            "Tập đoàn Nam Sơn Holdings tiếp quản nhà máy thép của Kestrel Steel tại Hải Phòng.",
            "Nam Sơn Holdings",
            "Kestrel Steel",
        ),
    ],
)
def test_buying_a_business_or_a_plant_of_a_firm_is_an_acquisition(text: str, buyer: str, owner: str) -> None:
    found = tag_text(text)
    assert [(d.kind, d.parties) for d in found.deals] == [("investment", [buyer])]
    assert events(text) == {("acquisition", frozenset({buyer, owner}))}


def test_buying_parts_of_a_firm_is_no_acquisition() -> None:
    assert events("Công ty CP Cơ khí Đông Sơn mua linh kiện của Công ty TNHH Orbis Parts.") == set()


def test_a_list_of_notable_deals_recalls_them_with_no_event() -> None:
    text = "Một số thương vụ nổi bật: Tập đoàn Sông Lam Foods chi hơn 1.200 tỷ đồng mua lại Công ty CP Bánh kẹo Hạ Long; Tập đoàn Nam Sơn Holdings tiếp quản nhà máy thép của Kestrel Steel tại Hải Phòng."
    found = tag_text(text)
    assert {p for d in found.deals for p in d.parties} >= {"Sông Lam Foods", "Nam Sơn Holdings"}
    assert found.events == []


def test_a_bank_named_in_one_glued_word_is_a_firm_and_signs_a_credit_contract() -> None:
    text = "HCM CITY — DeltaBank and Phước Đông Industrial Park Development JSC on Monday signed a VNĐ1.8 trillion credit contract to build the park's second phase."
    assert firms(text) == ["DeltaBank", "Phước Đông Industrial Park Development"]
    assert events(text) == {
        ("cooperation", frozenset({"DeltaBank", "Phước Đông Industrial Park Development"}))
    }


def test_a_committee_and_a_developer_solemnly_holding_a_groundbreaking_break_ground_together() -> None:
    text = "Ngày 9/9/2025, UBND tỉnh Tây Ninh và Becamex đã long trọng tổ chức lễ khởi công Khu công nghiệp Phước Đông mở rộng."
    assert events(text) == {("groundbreaking", frozenset({"UBND tỉnh Tây Ninh", "Becamex"}))}


def test_a_committee_handing_over_a_memorandum_is_its_grantor() -> None:
    text = "UBND tỉnh Thái Bình trao biên bản ghi nhớ đầu tư cho Tập đoàn Orbis Chemicals."
    roles = [(p.name, p.role) for e in tag_text(text).events for p in e.parties]
    assert ("UBND tỉnh Thái Bình", "grantor") in roles
