"""Shapes fixed in session 11 (issue 12), each on sentences of our own: a firm named again as "công ty" or
"hai bên" (extract/tag/anaphora.py); contracts whose object or whose supplier role says supply; franchises
as cooperation; one deal however often a sentence states it."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, firms, one, pair


def test_a_disclosure_under_its_firms_heading_is_that_firms_contract() -> None:
    text = (
        "CÔNG TY CỔ PHẦN CƠ KHÍ ĐÚC HÒA MINH\nCÔNG BỐ THÔNG TIN\nCông ty thông báo vừa ký hợp đồng cung cấp "
        "4.200 tấn phôi đúc cho Công ty TNHH Máy nông nghiệp Kubota Việt Nam, giá trị 118 tỷ đồng."
    )
    heading = firms(text)[0]
    assert pair("supply_contract", heading, "Máy nông nghiệp Kubota") in deals(text)
    assert pair("supply_contract", heading, "Máy nông nghiệp Kubota") in events(text)


def test_công_ty_later_in_the_sentence_is_the_firm_named_before_it() -> None:
    text = (
        "Xưởng lắp ráp xe điện của Công ty CP Xe điện Lạc Hồng đã chạy thử; trước đó, ngày 3/6, công ty đã "
        "ký hợp đồng mua robot hàn của Công ty TNHH Tự động hóa Kinh Bắc."
    )
    assert deals(text) == {pair("supply_contract", "Xe điện Lạc Hồng", "Tự động hóa Kinh Bắc")}


def test_công_ty_in_the_next_sentence_is_the_one_firm_named_before() -> None:
    text = (
        "Công ty TNHH Nhựa kỹ thuật Tân Phước vừa khánh thành xưởng ép thứ hai. Tháng trước, công ty ký hợp "
        "đồng cung cấp 300.000 vỏ ổ cắm cho Công ty CP Thiết bị điện Sông Đà Xanh."
    )
    assert pair("supply_contract", "Nhựa kỹ thuật Tân Phước", "Thiết bị điện Sông Đà Xanh") in deals(text)


def test_công_ty_after_two_firms_stays_unresolved() -> None:
    text = (
        "Công ty CP Dệt Nam Hà Xanh và Công ty TNHH May Thành Vinh cùng dự hội chợ. Sau đó, công ty đã ký "
        "hợp đồng với Công ty TNHH Bao bì Trường Phát."
    )
    parties = set().union(*(p for _, p in deals(text))) if deals(text) else set()
    assert "Dệt Nam Hà Xanh" not in parties and "May Thành Vinh" not in parties


@pytest.mark.parametrize(
    "text",
    [
        "Bên bán là Công ty CP Gốm kỹ thuật Bát Tràng Mới; bên mua là Công ty TNHH Sứ vệ sinh Lạc Long. Ngày "
        "12/5/2024, hai bên ký hợp đồng mua bán 80.000 bộ nắp két nước.",
        "Công ty CP Gốm kỹ thuật Bát Tràng Mới và Công ty TNHH Sứ vệ sinh Lạc Long đã làm việc nhiều vòng. "
        "Chiều 12/5, hai bên chính thức ký hợp đồng cung cấp 80.000 bộ nắp két nước.",
    ],
)
def test_hai_bên_are_the_two_firms_named_before(text: str) -> None:
    expected = pair("supply_contract", "Gốm kỹ thuật Bát Tràng Mới", "Sứ vệ sinh Lạc Long")
    assert deals(text) == {expected}
    assert events(text) == {expected}


def test_hai_bên_after_three_firms_stays_unresolved() -> None:
    text = (
        "Công ty CP Gốm Bát Tràng Mới, Công ty TNHH Sứ Lạc Long và Công ty CP Men màu Thanh Trì dự hội thảo. "
        "Sau hội thảo, hai bên ký hợp đồng cung cấp men."
    )
    assert deals(text) == set()


def test_a_contract_whose_object_is_supply_is_a_supply_contract_when_both_sign_as_subjects() -> None:
    text = (
        "Công ty CP Cơ điện Hòa Khánh và Công ty TNHH Điện lạnh Daikin Việt Nam ký hợp đồng 2 năm cung cấp "
        "khung dàn nóng điều hòa."
    )
    assert deals(text) == {pair("supply_contract", "Cơ điện Hòa Khánh", "Điện lạnh Daikin")}


def test_a_supplier_role_makes_a_framework_contract_signed_by_both_a_supply_contract() -> None:
    text = (
        "Công ty TNHH Ghế ô tô Phúc Lâm trở thành nhà cung cấp đệm ghế cho Thaco Auto, sau khi hai bên ký "
        "hợp đồng khung hôm 9/9."
    )
    assert deals(text) == {pair("supply_contract", "Ghế ô tô Phúc Lâm", "Thaco Auto")}


def test_a_franchise_to_make_is_cooperation_not_supply() -> None:
    text = (
        "Công ty CP Dược Hậu Giang Mới và Công ty TNHH Bayer Pharma ký hợp đồng nhượng quyền sản xuất 4 loại "
        "thuốc giảm đau."
    )
    assert deals(text) == {pair("cooperation", "Dược Hậu Giang Mới", "Bayer Pharma")}


def test_a_pair_stated_twice_in_a_sentence_is_one_deal() -> None:
    text = (
        "Đối tác của Tập đoàn Hòa Bình Xanh trong nhà máy cáp quang là Tập đoàn Fujikura, hai bên đã ký hợp "
        "đồng liên doanh từ tháng 5/2024."
    )
    found = [d for d in tag_text(text).deals if set(d.parties) == {"Hòa Bình Xanh", "Fujikura"}]
    assert len(found) == 1


def test_an_order_taken_is_a_supply_contract_without_the_word_contract() -> None:
    text = (
        "Nhà máy vừa hạ thủy tàu thứ hai trong loạt 4 tàu kéo mà Công ty CP Đóng tàu Sông Cấm nhận đóng cho "
        "Công ty TNHH Hàng hải Oriental Marine."
    )
    assert deals(text) == {pair("supply_contract", "Đóng tàu Sông Cấm", "Hàng hải Oriental Marine")}


def test_an_infrastructure_investor_named_in_a_founding_decision_invests() -> None:
    text = (
        "Điều 1. Thành lập Cụm công nghiệp Đồng Lạc, diện tích 48 ha; chủ đầu tư xây dựng hạ tầng kỹ thuật "
        "là Công ty CP Hạ tầng Nam Sách Mới, tổng vốn 430 tỷ đồng."
    )
    assert deals(text) == {one("investment", "Hạ tầng Nam Sách Mới")}


def test_an_infrastructure_investor_recalled_without_capital_or_decision_is_no_deal() -> None:
    text = (
        "Trạm xử lý nước thải của cụm chưa chạy: chủ đầu tư hạ tầng là Công ty CP Hạ tầng Nam Sách Mới vẫn "
        "chưa ký được hợp đồng đấu nối nào."
    )
    assert deals(text) == set()


def test_an_investor_that_is_a_consortium_is_both_members() -> None:
    text = (
        "Chủ đầu tư là liên danh giữa Công ty CP Năng lượng Sa Huỳnh và Tập đoàn Enerfin (Tây Ban Nha), vốn "
        "khoảng 3.100 tỷ đồng."
    )
    assert ("investment", frozenset({"Năng lượng Sa Huỳnh", "Enerfin"})) in deals(text)


@pytest.mark.parametrize(
    ("text", "owner", "amount"),
    [
        (
            "Dự án thứ hai, nhà máy cảm biến của Công ty TNHH Điện tử Seojin Vina (Hàn Quốc) tại KCN Đồng "
            "Văn, tăng vốn thêm 40 triệu USD, nâng tổng vốn đầu tư lên 140 triệu USD.",
            "Điện tử Seojin",
            40e6,
        ),
        (
            "Nhà máy bút bi 120 triệu USD của Công ty TNHH Văn phòng phẩm Lạc Việt, đã được chấp thuận chủ "
            "trương từ tháng 3/2025, sẽ tuyển 1.500 lao động.",
            "Văn phòng phẩm Lạc Việt",
            120e6,
        ),
    ],
)
def test_a_licence_rounds_project_row_is_its_owners_investment(text: str, owner: str, amount: float) -> None:
    found = [d for d in tag_text(text).deals if d.parties == [owner]]
    assert [(d.kind, d.amount) for d in found] == [("investment", amount)]


def test_a_projects_running_total_is_no_investment() -> None:
    text = (
        "Đây là dự án thứ ba của Nidec Seimitsu tại Hà Nam, nâng tổng vốn đầu tư của doanh nghiệp này ở tỉnh "
        "lên 96 triệu USD."
    )
    assert deals(text) == set()


def test_a_country_with_ban_in_its_name_is_a_country_not_a_board() -> None:
    tags = tag_text("Tập đoàn Enerfin (Tây Ban Nha) vừa khởi công nhà máy điện gió ở Quảng Trị.")
    assert tags.organizations == []
    assert "Tây Ban Nha" in [loc.name for loc in tags.locations]


def test_đơn_vị_after_a_reporting_verb_is_the_firm_named_before() -> None:
    text = (
        "Ông Lê Văn Hòa, Giám đốc Công ty CP Khuôn mẫu Đông Á Xanh, cho biết đơn vị đã ký hợp đồng cung cấp "
        "khuôn ép cho Công ty TNHH Canon Việt Nam."
    )
    assert pair("supply_contract", "Khuôn mẫu Đông Á Xanh", "Canon") in deals(text)


def test_a_contract_to_localise_parts_is_a_supply_contract() -> None:
    text = (
        "Tập đoàn Kumho Tire đã ký hợp đồng với Công ty CP Cao su Đà Nẵng Mới để nội địa hóa tanh lốp cho "
        "nhà máy Bình Dương."
    )
    assert deals(text) == {pair("supply_contract", "Kumho Tire", "Cao su Đà Nẵng Mới")}


@pytest.mark.parametrize(
    "text",
    [
        "Công ty CP Cảng Nghi Sơn Mới và Công ty TNHH Xi măng Long Sơn ký hợp đồng dịch vụ bốc xếp 1 triệu "
        "tấn clinker mỗi năm.",
        "Công ty CP Cảng Nghi Sơn Mới và Công ty TNHH Xi măng Long Sơn ký hợp đồng vận hành băng tải than "
        "trong 8 năm.",
    ],
)
def test_service_and_operation_contracts_are_supply_contracts(text: str) -> None:
    assert deals(text) == {pair("supply_contract", "Cảng Nghi Sơn Mới", "Xi măng Long Sơn")}


def test_a_retailer_named_after_its_trade_is_a_firm_and_the_counterpart() -> None:
    text = (
        "Công ty CP Gỗ Nam Định Xanh ký hợp đồng cung cấp 800 container tủ bếp cho hãng bán lẻ Homebase "
        "(Anh), trị giá 21 triệu USD."
    )
    assert deals(text) == {pair("supply_contract", "Gỗ Nam Định Xanh", "Homebase")}
    assert events(text) == {pair("supply_contract", "Gỗ Nam Định Xanh", "Homebase")}


def test_tổng_công_ty_cp_is_a_legal_form_not_part_of_the_name() -> None:
    assert firms("Tổng Công ty CP Vận tải Thủy Bắc vừa ký hợp đồng thuê kho.")[0] == "Vận tải Thủy Bắc"


def test_a_banks_branch_written_without_a_dash_is_the_bank() -> None:
    text = (
        "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam Chi nhánh Bắc Giang và Công ty CP Linh kiện Quang "
        "Châu ký hợp đồng tín dụng 600 tỷ đồng."
    )
    assert deals(text) == {
        pair("cooperation", "Đầu tư và Phát triển Việt Nam", "Linh kiện Quang Châu"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Công ty CP Cao su Bình Long Xanh công bố các cổ đông lớn đã ký hợp đồng chuyển nhượng 35% cổ phần "
        "cho Tập đoàn Sri Trang (Thái Lan).",
        "Công ty CP Điện gió Ninh Phước đã hoàn tất việc bán 49% vốn tại dự án điện gió Phước Hữu cho Tập "
        "đoàn Sri Trang (Thái Lan).",
    ],
)
def test_a_stake_sold_or_transferred_to_a_buyer_is_the_buyers_investment(text: str) -> None:
    assert deals(text) == {one("investment", "Sri Trang")}


def test_a_winning_consortium_invests_as_one_deal_of_its_members() -> None:
    text = (
        "UBND tỉnh Bình Định ban hành Quyết định số 1450/QĐ-UBND phê duyệt kết quả lựa chọn nhà đầu tư; nhà "
        "đầu tư trúng thầu là liên danh Công ty CP Môi trường Quy Nhơn Xanh - Tập đoàn Ebara (Nhật Bản), vốn "
        "hơn 1.900 tỷ đồng."
    )
    assert ("investment", frozenset({"Môi trường Quy Nhơn Xanh", "Ebara"})) in deals(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn Sông Đà Land muốn đầu tư khoảng 300 ha tại KCN Yên Mỹ mở rộng, nhưng chưa nộp hồ sơ.",
        "Có ý kiến cho rằng Tập đoàn Amata (Thái Lan) sẽ mua lại KCN Long Đức 3 với giá 200 triệu USD.",
        "UBND tỉnh Bắc Giang quyết định chấm dứt hoạt động dự án nhà máy gạch của Công ty TNHH Gạch Yên "
        "Dũng, vốn 45 tỷ đồng.",
    ],
)
def test_a_wish_a_rumour_or_a_project_ended_is_no_deal(text: str) -> None:
    assert deals(text) == set()
    assert events(text) == set()


def test_a_groundbreaking_and_a_contract_in_one_sentence_are_both_read() -> None:
    text = (
        "Ngày 3/4, Công ty TNHH Linh kiện Ô tô Yazaki Hải Dương khởi công xưởng thứ ba vốn 40 triệu USD và "
        "cùng ngày ký hợp đồng thuê ký túc xá với Công ty CP Phát triển Đô thị Nam Sách."
    )
    found = deals(text)
    assert one("groundbreaking", "Linh kiện Ô tô Yazaki Hải Dương") in found
    assert pair("cooperation", "Linh kiện Ô tô Yazaki Hải Dương", "Phát triển Đô thị Nam Sách") in found


def test_a_licence_round_handing_two_papers_lists_each_project_as_a_licence() -> None:
    text = (
        "UBND tỉnh Hà Tĩnh trao quyết định chủ trương đầu tư và giấy chứng nhận đăng ký đầu tư cho 12 dự án. "
        "Một là nhà máy cáp điện của Công ty TNHH Dây cáp Vũng Áng Mới, vốn 90 triệu USD; hai là nhà máy ván "
        "ép của Công ty CP Gỗ Kỳ Anh Xanh, vốn 640 tỷ đồng."
    )
    grantor = "UBND tỉnh Hà Tĩnh"
    assert events(text) == {
        ("investment_licence", frozenset({grantor, "Dây cáp Vũng Áng Mới"})),
        ("investment_licence", frozenset({grantor, "Gỗ Kỳ Anh Xanh"})),
    }


def test_a_firms_chairman_in_a_photo_caption_receives_the_licence_for_the_firm() -> None:
    text = (
        "Ông Trần Văn Lộc (thứ hai từ trái sang), Chủ tịch Tập đoàn Nội thất Tây Sơn Group, nhận giấy chứng "
        "nhận đăng ký đầu tư nhà máy ván HDF 900 tỷ đồng."
    )
    assert events(text) == {("investment_licence", frozenset({"Nội thất Tây Sơn Group"}))}


def test_a_province_closing_an_address_is_no_party() -> None:
    text = (
        "Sáng 2/3, tại KCN Phú Mỹ 3, tỉnh Bà Rịa - Vũng Tàu, Công ty TNHH Thép Ống Hải Vân làm lễ động thổ "
        "nhà máy ống thép, vốn 52 triệu USD."
    )
    assert events(text) == {("groundbreaking", frozenset({"Thép Ống Hải Vân"}))}


def test_a_peoples_committee_agreeing_to_a_project_for_a_firm_licenses_it() -> None:
    text = (
        "UBND tỉnh Gia Lai đồng ý chủ trương cho Công ty CP Chế biến Nông sản Pleiku Xanh xây nhà máy tinh "
        "bột sắn, vốn 380 tỷ đồng."
    )
    assert events(text) == {
        ("investment_licence", frozenset({"UBND tỉnh Gia Lai", "Chế biến Nông sản Pleiku Xanh"})),
    }


def test_an_investor_named_after_a_decisions_approval_is_licensed() -> None:
    text = (
        "UBND tỉnh Thanh Hóa vừa ban hành Quyết định số 3321/QĐ-UBND chấp thuận chủ trương đầu tư dự án KCN "
        "Bãi Trành, quy mô 200 ha; nhà đầu tư là Công ty CP Hạ tầng Như Xuân Xanh."
    )
    assert ("investment_licence", frozenset({"UBND tỉnh Thanh Hóa", "Hạ tầng Như Xuân Xanh"})) in events(text)


def test_one_signer_with_several_counterparts_gives_one_event_per_pair() -> None:
    text = (
        "Công ty CP Phát triển KCN Phước Đông Mới đã ký hợp đồng cho thuê đất với Công ty TNHH Dệt Kim Hòa "
        "Thành, Công ty TNHH Giày Trảng Bàng và Công ty CP Bao bì Gò Dầu."
    )
    lessor = "Phát triển KCN Phước Đông Mới"
    tenants = ("Dệt Kim Hòa Thành", "Giày Trảng Bàng", "Bao bì Gò Dầu")
    expected = {pair("cooperation", lessor, b) for b in tenants}
    assert events(text) == expected
    assert deals(text) == expected


def test_co_signers_stay_one_event() -> None:
    text = (
        "Công ty CP Cơ khí Đông Anh Mới, Công ty TNHH Doosan Vina và Tập đoàn Kobelco ký thỏa thuận hợp tác "
        "chế tạo cần trục."
    )
    assert events(text) == {("mou", frozenset({"Cơ khí Đông Anh Mới", "Doosan", "Kobelco"}))}


def test_a_person_placed_by_a_photo_caption_keeps_the_role_after_it() -> None:
    text = "Ông Đặng Văn Phúc (thứ hai từ trái sang), Giám đốc Sở Công Thương tỉnh Phú Thọ, phát biểu."
    assert [(p.name, p.role) for p in tag_text(text).persons] == [
        ("Đặng Văn Phúc", "Giám đốc Sở Công Thương tỉnh Phú Thọ")
    ]


def test_two_offices_of_one_person_are_one_role() -> None:
    text = "Ông Hoàng Minh Sơn - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn phát biểu."
    assert [(p.name, p.role) for p in tag_text(text).persons] == [
        ("Hoàng Minh Sơn", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lạng Sơn")
    ]


def test_a_verb_inside_a_firms_description_is_no_event_of_the_sentence() -> None:
    text = (
        "Sáng 5/5, Công ty TNHH Linh kiện Quang học Diễn Châu, doanh nghiệp do Tập đoàn Sunny Optical rót "
        "vốn, động thổ nhà máy ống kính tại KCN Thọ Lộc, vốn 90 triệu USD."
    )
    assert events(text) == {("groundbreaking", frozenset({"Linh kiện Quang học Diễn Châu"}))}
