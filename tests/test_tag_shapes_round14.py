# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 14 (issue 12), each on sentences of our own: one firm's several deeds in one
sentence, licences adjusted or investors chosen, long bracketed English names between a firm and its verb."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, one, pair


@pytest.mark.parametrize(
    "text",
    [
        "Công ty CP Cơ khí Hòa Khánh khánh thành xưởng đúc tại KCN Liên Chiểu, vốn 210 tỷ đồng, và ký hợp đồng cung cấp phôi trục trị giá 40 tỷ đồng cho Công ty TNHH Động cơ Sông Hàn.",
        "Trong tháng 5, Công ty CP Cơ khí Hòa Khánh (HKM) vừa khánh thành xưởng đúc vốn 210 tỷ đồng, vừa ký hợp đồng cung cấp phôi trục trị giá 40 tỷ đồng cho Công ty TNHH Động cơ Sông Hàn.",
    ],
)
def test_one_firm_opening_a_plant_and_signing_a_contract_in_one_sentence_gives_both(text: str) -> None:
    tags = tag_text(text)
    assert {(d.kind, frozenset(d.parties), d.amount) for d in tags.deals} == {
        ("investment", frozenset({"Cơ khí Hòa Khánh"}), 210e9),
        ("supply_contract", frozenset({"Cơ khí Hòa Khánh", "Động cơ Sông Hàn"}), 40e9),
    }
    assert events(text) == {
        one("inauguration", "Cơ khí Hòa Khánh"),
        pair("supply_contract", "Cơ khí Hòa Khánh", "Động cơ Sông Hàn"),
    }


def test_a_third_deed_after_dong_thoi_is_the_same_firms_loan() -> None:
    text = (
        "Công ty CP Bao bì Tân Mai vừa khởi công nhà máy giấy 600 tỷ đồng tại Đồng Nai, vừa ký hợp đồng cung "
        "cấp thùng carton cho Công ty TNHH Điện tử Amata Star, đồng thời nhận khoản vay 300 tỷ đồng từ Ngân "
        "hàng TMCP Quân đội."
    )
    assert events(text) == {
        one("groundbreaking", "Bao bì Tân Mai"),
        pair("supply_contract", "Bao bì Tân Mai", "Điện tử Amata Star"),
        pair("cooperation", "Bao bì Tân Mai", "Quân đội"),
    }


def test_a_conjunction_before_another_subject_is_no_shared_deed() -> None:
    text = (
        "Công ty CP Cơ khí Hòa Khánh ký hợp đồng cung cấp phôi trục cho Công ty TNHH Động cơ Sông Hàn, và Công "
        "ty TNHH Động cơ Sông Hàn sẽ khởi công xưởng lắp ráp vào tháng 9."
    )
    assert pair("supply_contract", "Cơ khí Hòa Khánh", "Động cơ Sông Hàn") in deals(text)
    assert ("groundbreaking", frozenset({"Cơ khí Hòa Khánh"})) not in events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Công ty TNHH Linh kiện Ô tô Tràng Duệ được Ban Quản lý Khu kinh tế Hải Phòng cấp điều chỉnh, tăng vốn thêm 45 triệu USD.",
        "Công ty TNHH Linh kiện Ô tô Tràng Duệ (Trang Due Auto Components Manufacturing LLC) được Ban Quản lý Khu kinh tế Hải Phòng cấp điều chỉnh, tăng vốn thêm 45 triệu USD.",
    ],
)
def test_a_capital_increase_granted_as_an_adjustment_is_a_licence_even_after_a_long_english_name(
    text: str,
) -> None:
    assert deals(text) == {one("investment", "Linh kiện Ô tô Tràng Duệ")}
    assert events(text) == {
        ("investment_licence", frozenset({"Ban Quản lý Khu kinh tế Hải Phòng", "Linh kiện Ô tô Tràng Duệ"}))
    }


def test_a_policy_adjusted_for_a_firm_with_more_capital_is_its_investment() -> None:
    text = "UBND tỉnh Hưng Yên điều chỉnh chủ trương đầu tư cho Công ty CP Dệt Phố Hiến, tăng vốn từ 200 tỷ đồng lên 350 tỷ đồng."
    assert deals(text) == {one("investment", "Dệt Phố Hiến")}
    assert {k for k, _ in events(text)} == {"investment_licence"}


def test_a_policy_adjusted_only_to_stretch_the_schedule_is_no_deal() -> None:
    text = "Công ty CP Gạch Tuy Phong được UBND tỉnh điều chỉnh chủ trương đầu tư, giãn tiến độ dự án thêm 18 tháng."
    assert deals(text) == set()
    assert events(text) == set()


def test_a_consortium_chosen_as_investor_is_one_deal_of_its_members() -> None:
    text = "Liên danh Tập đoàn Năng lượng Cửa Việt - Tập đoàn Seoul Gas được UBND tỉnh Quảng Trị chọn làm nhà đầu tư dự án nhà máy điện khí, tổng vốn 1,8 tỷ USD."
    assert deals(text) == {("investment", frozenset({"Năng lượng Cửa Việt", "Seoul Gas"}))}
    assert events(text) == {
        ("investment_licence", frozenset({"UBND tỉnh Quảng Trị", "Năng lượng Cửa Việt", "Seoul Gas"}))
    }


@pytest.mark.parametrize(
    ("text", "kind", "a", "b"),
    [
        (
            "CÔNG TY TNHH CƠ KHÍ ĐẠI AN VÀ CÔNG TY CP HẠ TẦNG QUẾ VÕ KÝ HỢP ĐỒNG THUÊ 5 HA ĐẤT",
            "cooperation",
            "CƠ KHÍ ĐẠI AN",
            "HẠ TẦNG QUẾ VÕ",
        ),
        (
            "CÔNG TY CP NHỰA TIỀN PHONG BẮC KÝ HỢP ĐỒNG CUNG CẤP ỐNG CHO CÔNG TY TNHH CẤP NƯỚC LONG BIÊN",
            "supply_contract",
            "NHỰA TIỀN PHONG BẮC",
            "CẤP NƯỚC LONG BIÊN",
        ),
    ],
)
def test_an_upper_case_headline_ends_each_name_before_va_and_ky(text: str, kind: str, a: str, b: str) -> None:
    assert [f.name for f in tag_text(text).firms] == [a, b]
    assert deals(text) == {pair(kind, a, b)}


def test_an_upper_case_name_keeps_its_own_words() -> None:
    text = "TỔNG CÔNG TY SẢN XUẤT KINH DOANH THÉP MIỀN BẮC CÔNG BỐ KẾT QUẢ QUÝ III"
    assert [f.name for f in tag_text(text).firms] == ["SẢN XUẤT KINH DOANH THÉP MIỀN BẮC"]


@pytest.mark.parametrize(
    ("text", "kind", "counterpart"),
    [
        (
            "CÔNG TY CỔ PHẦN KHU CÔNG NGHIỆP BÌNH LỤC\nNGHỊ QUYẾT HỘI ĐỒNG QUẢN TRỊ\nĐiều 1. Phê duyệt chủ trương ký hợp đồng cho thuê 8 ha đất với Công ty TNHH Săm lốp Kenda Hà Nam.\nĐiều 2. Giao Giám đốc tổ chức thực hiện.",
            "cooperation",
            "Săm lốp Kenda Hà Nam",
        ),
        (
            "CÔNG TY CỔ PHẦN KHU CÔNG NGHIỆP BÌNH LỤC\nNGHỊ QUYẾT SỐ 07/2026/NQ-HĐQT\nĐiều 2. Thông qua việc vay vốn tối đa 300 tỷ đồng tại Ngân hàng TMCP Sài Gòn Thương Tín để làm đường nội khu.",
            "cooperation",
            "Sài Gòn Thương Tín",
        ),
    ],
)
def test_a_boards_approving_article_is_the_heading_firms_deal(text: str, kind: str, counterpart: str) -> None:
    assert deals(text) == {pair(kind, "KHU CÔNG NGHIỆP BÌNH LỤC", counterpart)}


def test_an_article_of_a_provincial_decision_is_no_firms_deed() -> None:
    text = (
        "Công ty CP Đầu tư Bình Lục đề nghị thuê đất.\nQUYẾT ĐỊNH CỦA UBND TỈNH\n"
        "Điều 1. Chấp thuận chủ trương ký hợp đồng cho thuê đất với Công ty TNHH Săm lốp Kenda Hà Nam."
    )
    assert pair("cooperation", "Đầu tư Bình Lục", "Săm lốp Kenda Hà Nam") not in deals(text)


def test_a_supplier_said_not_to_have_signed_any_contract_has_no_deal() -> None:
    text = "Công ty CP Vật liệu Điện tử Quế Võ cho biết đã trở thành nhà cung cấp cấp 2 của Tập đoàn Hana Micron tại Bắc Ninh, nhưng chưa ký hợp đồng trực tiếp nào với Hana Micron."
    assert deals(text) == set()
    assert events(text) == set()


def test_equipment_supplied_under_a_contract_signed_with_the_buyer_is_a_supply_contract() -> None:
    text = "Dây chuyền nghiền của nhà máy mới do Công ty CP Cơ khí Mạo Khê cung cấp theo hợp đồng trị giá 48 tỷ đồng ký với Công ty TNHH Xi măng Hạ Long Xanh."
    assert deals(text) == {pair("supply_contract", "Cơ khí Mạo Khê", "Xi măng Hạ Long Xanh")}
    assert events(text) == {pair("supply_contract", "Cơ khí Mạo Khê", "Xi măng Hạ Long Xanh")}


def test_a_memorandum_signed_between_a_province_and_a_firm_about_a_park_is_the_firms_investment() -> None:
    text = "Biên bản ghi nhớ về phát triển khu công nghiệp chuyên ngành điện tử quy mô 250 ha đã được ký kết giữa UBND tỉnh Phú Thọ và Tập đoàn Daiwa Land (Nhật Bản) sáng 9/10."
    assert deals(text) == {one("investment", "Daiwa Land")}
    assert events(text) == {("mou", frozenset({"UBND tỉnh Phú Thọ", "Daiwa Land"}))}


@pytest.mark.parametrize(
    "text",
    [
        "Dự án lớn nhất là trung tâm dữ liệu 1,5 tỷ USD của Tập đoàn Skyline Cloud (Singapore) tại Khu công nghệ cao Hòa Lạc (Hà Nội).",
        "Dự án mới lớn nhất là trung tâm dữ liệu 2,1 tỷ USD của Tập đoàn Nordhaven Asia (Singapore) tại KCN Yên Phong (Bắc Ninh).",
    ],
)
def test_a_project_priced_and_owned_by_one_firm_is_its_investment(text: str) -> None:
    (deal,) = tag_text(text).deals
    assert deal.kind == "investment" and len(deal.parties) == 1 and deal.amount is not None
    assert {k for k, _ in events(text)} == {"investment_announcement"}


def test_a_lease_signed_years_ago_and_now_being_paid_is_a_deal_but_no_event() -> None:
    text = "Tại đại hội cổ đông, lãnh đạo Công ty CP Hạ tầng Đồng Văn cho biết hợp đồng thuê 12 ha với Tập đoàn Nexen Tire ký năm 2023 đã được thanh toán 60%."
    assert deals(text) == {pair("cooperation", "Hạ tầng Đồng Văn", "Nexen Tire")}
    assert events(text) == set()


def test_premises_rented_from_a_firm_under_a_lease_are_the_tenants_deal_with_it() -> None:
    text = "Xưởng may thứ ba của Công ty TNHH May Ân Thi sẽ đặt trong 12.000 m2 nhà xưởng xây sẵn thuê của Công ty CP Nhà xưởng Phố Nối tại KCN Phố Nối A, theo hợp đồng thuê ký hôm 3/2."
    assert deals(text) == {pair("cooperation", "May Ân Thi", "Nhà xưởng Phố Nối")}
    assert events(text) == {pair("cooperation", "May Ân Thi", "Nhà xưởng Phố Nối")}


@pytest.mark.parametrize(
    ("text", "expected_deals"),
    [
        (
            "HÀ NỘI — The Thái Nguyên People's Committee on Monday handed an investment certificate to Kinwong Circuit for a US$150 million circuit board plant in Yên Bình Industrial Park.",
            {one("investment", "Kinwong Circuit")},
        ),
        (
            "HCM CITY — Phong Phú Textile has signed a US$18 million contract to supply recycled denim to fashion brand Westbury over two years, the company said.",
            {pair("supply_contract", "Phong Phú Textile", "Westbury")},
        ),
        (
            "Electric carmaker VinFast has signed a deal with Gotion to buy battery cells for its new van line.",
            {pair("supply_contract", "VinFast", "Gotion")},
        ),
    ],
)
def test_english_copy_names_firms_with_no_legal_form_by_their_place_in_the_sentence(
    text: str, expected_deals: set
) -> None:
    assert deals(text) == expected_deals


def test_an_english_company_word_alone_is_no_firm() -> None:
    text = "Textile has become the largest export earner of the province, officials said."
    assert tag_text(text).firms == []


@pytest.mark.parametrize(
    "text",
    [
        "Công ty TNHH Linh kiện Yên Định bấm nút khởi công nhà máy đúc nhôm 40 triệu USD tại KCN Bỉm Sơn.",
        "Ông Lê Văn Hòa, Phó Chủ tịch UBND tỉnh Thanh Hóa, và ông Kenta Ito, Tổng Giám đốc Công ty TNHH Linh kiện Yên Định, cùng bấm nút khởi công nhà máy đúc nhôm 40 triệu USD tại KCN Bỉm Sơn.",
    ],
)
def test_pressing_the_button_of_a_groundbreaking_is_the_firms_groundbreaking(text: str) -> None:
    assert one("groundbreaking", "Linh kiện Yên Định") in events(text)


def test_a_licence_handed_by_a_leader_for_his_committee_names_the_committee_as_grantor() -> None:
    text = "Công ty TNHH Thiết bị Y tế Thủy Dương được ông Trần Minh Quân, Phó Chủ tịch UBND tỉnh Quảng Trị, trao quyết định chủ trương đầu tư dự án 28 triệu USD tại KCN Quán Ngang."
    assert events(text) == {
        ("investment_licence", frozenset({"UBND tỉnh Quảng Trị", "Thiết bị Y tế Thủy Dương"}))
    }
    assert deals(text) == {one("investment", "Thiết bị Y tế Thủy Dương")}


def test_a_licence_for_two_projects_of_two_firms_is_one_licence_each() -> None:
    text = "Hai dự án của Tập đoàn Longi Materials và Công ty TNHH Kính Cái Lân Glass vừa được Ban Quản lý Khu kinh tế Quảng Ninh cấp giấy chứng nhận đăng ký đầu tư, tổng vốn 260 triệu USD."
    assert events(text) == {
        ("investment_licence", frozenset({"Ban Quản lý Khu kinh tế Quảng Ninh", "Longi Materials"})),
        ("investment_licence", frozenset({"Ban Quản lý Khu kinh tế Quảng Ninh", "Kính Cái Lân Glass"})),
    }


def test_a_purchase_told_first_belongs_to_the_subject_after_it() -> None:
    text = "Với hợp đồng mua lại 100% vốn Công ty TNHH Khuôn mẫu Tam Dương hoàn tất hôm 2/10, Công ty CP Đầu tư Công nghiệp Vĩnh Tường chính thức có thêm một nhà máy cung ứng cho Toyota."
    assert deals(text) == {one("investment", "Đầu tư Công nghiệp Vĩnh Tường")}
    assert events(text) == {
        ("acquisition", frozenset({"Khuôn mẫu Tam Dương", "Đầu tư Công nghiệp Vĩnh Tường"}))
    }


def test_a_conference_lead_then_the_papers_of_its_list_each_with_its_own_kind() -> None:
    text = (
        "Tại hội nghị xúc tiến đầu tư sáng 12/4, UBND tỉnh Phú Thọ trao quyết định chủ trương đầu tư cho 11 dự án "
        "và ký 6 biên bản ghi nhớ, tổng vốn đăng ký hơn 1,3 tỷ USD. Trong đó có quyết định chủ trương cho Công ty "
        "TNHH Linh kiện Thụy Vân (Hàn Quốc), vốn 120 triệu USD, và biên bản ghi nhớ với Tập đoàn Inventec Digital "
        "(Đài Loan) về dự án máy chủ 400 triệu USD."
    )
    assert events(text) == {
        ("investment_licence", frozenset({"UBND tỉnh Phú Thọ", "Linh kiện Thụy Vân"})),
        ("mou", frozenset({"UBND tỉnh Phú Thọ", "Inventec Digital"})),
    }
    assert deals(text) == {one("investment", "Linh kiện Thụy Vân"), one("investment", "Inventec Digital")}


def test_a_resolution_whose_firm_is_named_under_its_title_signs_for_that_firm() -> None:
    text = "NGHỊ QUYẾT HỘI ĐỒNG QUẢN TRỊ\nCÔNG TY CỔ PHẦN CẢNG CHÂN MÂY\nSố: 04/2026/NQ-HĐQT\nĐiều 1. Thông qua việc ký hợp đồng thuê 4,5 ha đất cảng với Công ty TNHH Thép Phú Lộc, thời hạn 30 năm."
    assert deals(text) == {pair("cooperation", "CẢNG CHÂN MÂY", "Thép Phú Lộc")}


def test_a_loan_approved_with_a_thousands_dot_in_its_amount_is_a_loan_from_the_bank() -> None:
    text = "Công ty CP Thép Hòa Bình công bố nghị quyết HĐQT thông qua khoản vay 1.500 tỷ đồng từ Ngân hàng TMCP Quân đội để bổ sung vốn lưu động."
    assert deals(text) == {pair("cooperation", "Thép Hòa Bình", "Quân đội")}


def test_a_second_deed_after_va_dong_thoi_without_a_comma_is_split_too() -> None:
    text = "Công ty TNHH Điện tử Phủ Lý khánh thành nhà máy bo mạch, vốn 60 triệu USD và đồng thời ký hợp đồng cung cấp bo mạch nguồn cho Công ty TNHH Brother Việt Nam."
    assert events(text) == {
        one("inauguration", "Điện tử Phủ Lý"),
        pair("supply_contract", "Điện tử Phủ Lý", "Brother"),
    }


def test_a_firm_name_ends_before_cong_bo_nghi_quyet() -> None:
    assert [
        f.name
        for f in tag_text("Công ty CP Nhựa An Phát công bố nghị quyết HĐQT về kế hoạch năm 2026.").firms
    ] == ["Nhựa An Phát"]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Công ty CP Kỹ thuật Hàng không Nội Bài và Công ty TNHH Safran Engines đã ký thỏa thuận dịch vụ bảo dưỡng động cơ trong 5 năm.",
            "Kỹ thuật Hàng không Nội Bài",
            "Safran Engines",
        ),
        (
            "Theo hợp đồng ký với Công ty CP Xây dựng Hòa Bình Miền Bắc, Công ty TNHH Điện tử Quế Võ sẽ có nhà xưởng 4 tầng sau 10 tháng, giá trị gói thầu 860 tỷ đồng.",
            "Xây dựng Hòa Bình Miền Bắc",
            "Điện tử Quế Võ",
        ),
    ],
)
def test_a_service_agreement_and_a_building_tender_are_supply_contracts(text: str, a: str, b: str) -> None:
    assert deals(text) == {pair("supply_contract", a, b)}


def test_a_supplier_award_is_no_licence() -> None:
    text = "Canon Việt Nam trao chứng nhận nhà cung cấp xuất sắc năm 2025 cho Công ty CP Cơ khí Chính xác Hà Đông."
    assert deals(text) == set()
    assert events(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Thông tin Tập đoàn Đầu tư Sông Lam Capital mua lại 25% cổ phần Công ty CP Nhựa Cửa Lò với giá 300 tỷ đồng hiện chưa được hai bên xác nhận.",
        "Công ty TNHH Điện tử Quang Châu Tech và chủ đầu tư KCN Quang Châu là Công ty CP Hạ tầng Quang Châu Land vẫn đang đàm phán giá thuê đất, chưa ký hợp đồng.",
    ],
)
def test_an_unconfirmed_purchase_and_talks_still_going_on_are_no_deal(text: str) -> None:
    assert deals(text) == set()


def test_a_licence_is_an_investment_even_beside_a_memorandum_recalled_in_its_sentence() -> None:
    text = "Tập đoàn Breuer Folien (Đức) được cấp giấy chứng nhận đầu tư dự án màng phủ 35 triệu USD tại KCN Nhơn Hội, một năm sau khi ký biên bản ghi nhớ với Công ty CP Hạ tầng Nhơn Hội."
    assert one("investment", "Breuer Folien") in deals(text)


def test_a_joint_venture_licensed_by_a_province_is_one_licence_and_one_deal_of_its_members() -> None:
    text = "Liên doanh giữa Công ty CP Cao su Phước Hòa (60%) và Tập đoàn Kumiko Tire (40%) được UBND tỉnh Tây Ninh cấp quyết định chủ trương đầu tư nhà máy săm lốp 250 triệu USD."
    assert deals(text) == {("investment", frozenset({"Cao su Phước Hòa", "Kumiko Tire"}))}
    assert events(text) == {
        ("investment_licence", frozenset({"UBND tỉnh Tây Ninh", "Cao su Phước Hòa", "Kumiko Tire"}))
    }


def test_a_province_granting_a_decision_on_investment_policy_is_a_licence() -> None:
    text = "Công ty CP Gạch men Phú Hòa được UBND tỉnh Đắk Lắk cấp quyết định chủ trương đầu tư nhà máy 900 tỷ đồng."
    assert events(text) == {("investment_licence", frozenset({"UBND tỉnh Đắk Lắk", "Gạch men Phú Hòa"}))}


def test_a_joint_venture_said_to_be_signed_stays_a_joint_venture() -> None:
    text = "Liên doanh giữa Tập đoàn Furukawa Wiring và Công ty CP Dây cáp điện Long Biên được ký kết ngày 9/6, vốn điều lệ 20 triệu USD."
    assert "joint_venture" in {k for k, _ in events(text)}


def test_vietnamese_words_before_an_english_industry_word_and_a_deal_verb_are_one_bare_firm() -> None:
    text = "Năm 2012, Dệt Phú Bài Yarn đã đầu tư nhà máy sợi đầu tiên tại KCN Phú Bài."
    assert [f.name for f in tag_text(text).firms] == ["Dệt Phú Bài Yarn"]


def test_an_opening_with_its_first_phases_capital_is_an_investment() -> None:
    text = "Công ty TNHH Động cơ Điện Tân Định khánh thành nhà máy động cơ rộng 20 ha tại KCN Mỹ Phước 2, vốn giai đoạn 1 là 30 triệu USD."
    assert deals(text) == {one("investment", "Động cơ Điện Tân Định")}


def test_a_board_approving_its_own_purchase_is_the_buyers_investment() -> None:
    text = "HĐQT Công ty CP Thép Tân Phú Sơn (mã TPS) thông qua phương án mua lại toàn bộ vốn góp của Công ty TNHH Tôn mạ Hòa Bình với giá dự kiến 380 tỷ đồng."
    assert deals(text) == {one("investment", "Thép Tân Phú Sơn")}


def test_a_project_of_an_investor_named_with_nha_dau_tu_licensed_in_the_passive_is_its_investment() -> None:
    text = "Dự án dệt nhuộm 12 triệu USD của nhà đầu tư Sunwell Textile Limited tại KCN Bảo Minh đã được Ban Quản lý các KCN tỉnh Ninh Bình cấp giấy chứng nhận đăng ký đầu tư."
    assert deals(text) == {one("investment", "Sunwell Textile")}


def test_english_has_begun_construction_is_a_groundbreaking() -> None:
    text = "KURODA Precision Vietnam Co. Ltd. has begun construction of a machine parts factory at Long Duc Industrial Park in Vinh Long."
    assert events(text) == {one("groundbreaking", "KURODA Precision")}


def test_a_province_and_a_firm_jointly_holding_a_groundbreaking_are_both_its_parties() -> None:
    text = "UBND tỉnh Bình Định và Công ty CP Thép Phù Mỹ phối hợp tổ chức lễ khởi công nhà máy thép 3.100 tỷ đồng tại KCN Phù Mỹ sáng 8/4."
    assert events(text) == {("groundbreaking", frozenset({"UBND tỉnh Bình Định", "Thép Phù Mỹ"}))}
    assert deals(text) == {one("groundbreaking", "Thép Phù Mỹ")}


def test_a_park_developer_named_bare_in_a_headline_breaks_ground() -> None:
    text = "Tag: Khu công nghiệp\nWHA khởi công khu công nghiệp thứ tư tại Thanh Hóa"
    assert events(text) == {one("groundbreaking", "WHA")}


def test_revenue_from_a_lease_signed_earlier_in_the_year_is_a_deal_but_no_event() -> None:
    text = "Lũy kế 9 tháng, Sonadezi ghi nhận doanh thu 1.900 tỷ đồng, phần lớn đến từ hợp đồng cho thuê 40 ha đất ký với Công ty TNHH Hyosung Đồng Nai hồi đầu năm."
    assert deals(text) == {pair("cooperation", "Sonadezi", "Hyosung Đồng Nai")}
    assert events(text) == set()


def test_a_headline_fixing_the_time_of_a_groundbreaking_announces_an_investment() -> None:
    text = "Tag: nhà máy pin\nVinFast chốt thời điểm khởi công nhà máy pin thứ ba tại Hà Tĩnh"
    assert deals(text) == {one("investment", "VinFast")}
    assert events(text) == {one("investment_announcement", "VinFast")}


@pytest.mark.parametrize(
    "text",
    [
        "Tại buổi lễ khánh thành, ông Lee Min Ho, Tổng Giám đốc Công ty TNHH Phụ kiện May Bến Lức, cho biết công ty hiện có hơn 800 lao động.",
        "Tại lễ khánh thành nhà máy của Công ty TNHH Phụ kiện May Bến Lức, công ty này và Công ty CP Dệt Long An Xanh đã ký biên bản ghi nhớ cung ứng vải.",
    ],
)
def test_a_report_from_an_opening_ceremony_names_whose_opening_it_is(text: str) -> None:
    assert {e for e in events(text) if e[0] == "inauguration"} == {
        one("inauguration", "Phụ kiện May Bến Lức")
    }


def test_a_licence_for_two_firms_each_with_its_own_capital_is_one_licence_each() -> None:
    text = "Ngoài ra, Công ty CP Cơ khí Bình Thủy (vốn 52 tỷ đồng) và Công ty TNHH Bao bì Ô Môn (31 tỷ đồng) cũng nhận giấy chứng nhận."
    assert events(text) == {
        one("investment_licence", "Cơ khí Bình Thủy"),
        one("investment_licence", "Bao bì Ô Môn"),
    }


def test_a_contract_signed_to_build_a_factory_building_is_a_supply_contract() -> None:
    text = "Công ty CP Kết cấu Thép Phố Nối vừa ký hợp đồng 900 tỷ đồng với Công ty TNHH LG Innotek Việt Nam Hải Phòng để xây nhà xưởng mở rộng."
    assert deals(text) == {pair("supply_contract", "Kết cấu Thép Phố Nối", "LG Innotek Việt Nam Hải Phòng")}


@pytest.mark.parametrize(
    "text",
    [
        "Quickfoam invests $25 mln to expand its Bình Dương packaging plant, which exports to Europe, North America and Japan.",
        "ĐÀ NẴNG — Hòa Khánh Steel Wire JSC on Thursday opened a VNĐ600 billion wire factory in Liên Chiểu Industrial Park.",
    ],
)
def test_english_places_and_weekdays_after_a_cue_are_no_firms(text: str) -> None:
    names = {f.name for f in tag_text(text).firms}
    assert not names & {"Europe", "North America", "Japan", "Thursday"}


def test_a_general_contractor_named_after_a_groundbreaking_supplies_the_investor() -> None:
    text = "Sáng 4/3, Công ty CP Thép Cuộn Đình Vũ khởi công nhà máy thép cuộn tại KCN Nam Đình Vũ, tổng vốn 60 triệu USD; Công ty CP Xây dựng Bạch Đằng là tổng thầu."
    assert pair("supply_contract", "Thép Cuộn Đình Vũ", "Xây dựng Bạch Đằng") in deals(text)
    assert pair("supply_contract", "Thép Cuộn Đình Vũ", "Xây dựng Bạch Đằng") in events(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Công ty CP Hạ tầng Yên Phong Park được UBND tỉnh Bắc Ninh chấp thuận làm chủ đầu tư Cụm công nghiệp Đông Phong, quy mô 50 ha.",
            {one("investment", "Hạ tầng Yên Phong Park")},
        ),
        (
            "Tập đoàn Hyosung đề xuất đầu tư thêm nhà máy sợi tại Quảng Ngãi với vốn khoảng 500 triệu USD và đang được tỉnh xem xét.",
            set(),
        ),
        (
            "Bộ Công Thương và Tập đoàn LG ký thỏa thuận hợp tác triển khai dự án đào tạo 150 chuyên gia cải tiến sản xuất cho doanh nghiệp Việt Nam.",
            set(),
        ),
    ],
)
def test_approved_developers_proposals_under_review_and_training_projects(text: str, expected: set) -> None:
    assert deals(text) == expected
