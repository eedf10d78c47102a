# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 13 (issue 12), each on sentences of our own: openings whose plant's worth is
written after it, contracts recalled by disputes and terminations, share placements and mergers, courts."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, one, pair


@pytest.mark.parametrize(
    "text",
    [
        "Công ty TNHH Thực phẩm Hòa An Foods đưa vào hoạt động nhà máy chế biến cá ngừ 380 tỷ đồng tại KCN "
        "Suối Dầu.",
        "Sáng 4/5, Công ty CP Cơ khí Tân Quang khánh thành nhà máy đúc gang vốn 240 tỷ đồng.",
        "Khánh thành nhà máy gạch men 900 tỷ đồng tại Phú Thọ\n"
        "Ngày 2/6, Công ty CP Gốm sứ Lâm Thao Xanh khánh thành nhà máy tại KCN Trung Hà.",
    ],
)
def test_an_opening_with_the_plants_worth_is_an_investment(text: str) -> None:
    (deal,) = tag_text(text).deals
    assert deal.kind == "investment" and deal.amount is not None


def test_an_opening_with_only_its_capacity_is_no_investment() -> None:
    text = "Công ty CP Cơ khí Tân Quang khánh thành nhà máy đúc gang công suất 20.000 tấn/năm."
    assert deals(text) == set()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Công ty CP Thép Đông Sơn đã khởi kiện Công ty TNHH Cơ khí Hà Lâm vì chậm thanh toán theo hợp "
            "đồng mua bán thép tấm ký năm 2024.",
            "supply_contract",
        ),
        (
            "Trọng tài đã ra phán quyết buộc Công ty TNHH Cơ khí Hà Lâm bồi thường 3 tỷ đồng cho Công ty CP "
            "Thép Đông Sơn do giao hàng chậm so với hợp đồng.",
            "supply_contract",
        ),
        (
            "Tòa án nhân dân tỉnh Gia Lai công nhận sự thỏa thuận giữa Công ty CP Thép Đông Sơn và Công ty "
            "TNHH Cơ khí Hà Lâm về tranh chấp hợp đồng mua bán phôi thép.",
            "supply_contract",
        ),
        (
            "Công ty CP Thép Đông Sơn thông báo chấm dứt trước hạn hợp đồng thuê nhà xưởng với Công ty TNHH "
            "Cơ khí Hà Lâm.",
            "cooperation",
        ),
    ],
)
def test_a_contract_recalled_by_a_dispute_is_a_deal_but_no_new_event(text: str, kind: str) -> None:
    assert deals(text) == {pair(kind, "Thép Đông Sơn", "Cơ khí Hà Lâm")}
    assert not {k for k, _ in events(text)} & {"mou", "supply_contract", "cooperation"}


def test_a_contract_ended_before_a_new_one_is_signed_leaves_the_new_event() -> None:
    text = (
        "Sau khi chấm dứt hợp đồng với nhà cung cấp cũ, Công ty TNHH Điện tử Hà Lâm đã ký hợp đồng mua bo "
        "mạch của Công ty CP Linh kiện Đông Sơn."
    )
    assert pair("supply_contract", "Điện tử Hà Lâm", "Linh kiện Đông Sơn") in events(text)


def test_a_court_is_an_organisation_not_a_firm() -> None:
    tags = tag_text("Tòa án nhân dân tỉnh Gia Lai vừa thụ lý vụ kiện.")
    assert [o.name for o in tags.organizations] == ["Tòa án nhân dân tỉnh Gia Lai"]
    assert tags.firms == []


def test_an_area_court_keeps_its_area_and_province() -> None:
    tags = tag_text("Theo bản án của Tòa án nhân dân khu vực 5 - Đắk Lắk, bị đơn phải trả tiền hàng.")
    assert [o.name for o in tags.organizations] == ["Tòa án nhân dân khu vực 5 - Đắk Lắk"]


def test_a_private_placement_is_the_buyers_investment_and_an_acquisition() -> None:
    text = (
        "HĐQT Công ty CP Nhựa Đông Sơn thông qua phương án phát hành riêng lẻ 20% cổ phần cho Công ty CP "
        "Đầu tư Hà Lâm."
    )
    assert deals(text) == {one("investment", "Đầu tư Hà Lâm")}
    assert events(text) == {pair("acquisition", "Nhựa Đông Sơn", "Đầu tư Hà Lâm")}
    (event,) = tag_text(text).events
    assert event.status == "announced"
    assert [p.name for p in event.parties if p.role == "buyer"] == ["Đầu tư Hà Lâm"]


@pytest.mark.parametrize(
    "text",
    [
        "ĐHĐCĐ Công ty CP Cơ khí Đông Sơn thông qua phương án sáp nhập Công ty TNHH Khuôn mẫu Hà Lâm vào "
        "công ty.",
        "Công ty TNHH Khuôn mẫu Hà Lâm sẽ sáp nhập vào Công ty CP Cơ khí Đông Sơn từ quý III.",
    ],
)
def test_a_merger_is_the_acquirers_investment_and_an_acquisition(text: str) -> None:
    assert deals(text) == {one("investment", "Cơ khí Đông Sơn")}
    assert events(text) == {pair("acquisition", "Cơ khí Đông Sơn", "Khuôn mẫu Hà Lâm")}


def test_a_consortium_chosen_as_contractor_supplies_the_owner_member_by_member() -> None:
    text = (
        "Công ty CP Điện gió Đông Sơn đã chọn liên danh Công ty CP Xây lắp Hà Lâm và Công ty TNHH Cơ điện "
        "Tân Quang làm tổng thầu EPC, giá trị hợp đồng 900 tỷ đồng."
    )
    expected = {
        pair("supply_contract", "Điện gió Đông Sơn", "Xây lắp Hà Lâm"),
        pair("supply_contract", "Điện gió Đông Sơn", "Cơ điện Tân Quang"),
    }
    assert deals(text) == expected
    assert events(text) == expected


def test_a_sentence_opening_with_the_buyers_choice_pairs_it_with_the_chosen_firm() -> None:
    text = (
        "Được Tập đoàn Đông Sơn chọn làm nhà cung cấp gioăng cao su, Công ty TNHH Cao su Hà Lâm ký hợp đồng "
        "năm đầu trị giá 1,5 triệu USD."
    )
    expected = {pair("supply_contract", "Đông Sơn", "Cao su Hà Lâm")}
    assert deals(text) == expected
    assert events(text) == expected  # one event of the pair, not one event per side


def test_tender_labels_run_together_into_sentences_still_pair_the_parties() -> None:
    text = (
        "Bên mời thầu: Công ty CP Cấp nước Đông Sơn. Nhà thầu trúng thầu: Công ty TNHH Thiết bị Hà Lâm. "
        "Giá trúng thầu: 7,2 tỷ đồng."
    )
    assert deals(text) == {pair("supply_contract", "Cấp nước Đông Sơn", "Thiết bị Hà Lâm")}


def test_a_joint_venture_companys_form_is_a_legal_form() -> None:
    tags = tag_text("Công ty Liên doanh TNHH KCN Đông Sơn - Hà Lâm cho thuê 5 ha đất.")
    assert [(f.name, f.legal_form) for f in tags.firms] == [("KCN Đông Sơn - Hà Lâm", "Công ty TNHH")]


def test_a_camel_case_brand_word_stays_in_the_name() -> None:
    tags = tag_text("Công ty TNHH Xe điện Hà Lâm eBike ký hợp đồng với Công ty CP Pin Đông Sơn.")
    assert [f.name for f in tags.firms] == ["Xe điện Hà Lâm eBike", "Pin Đông Sơn"]


def test_a_bank_brand_followed_by_a_province_is_its_branch() -> None:
    tags = tag_text("Vietcombank Gia Lai ký hợp đồng tín dụng 90 tỷ đồng với Công ty CP Cà phê Đông Sơn.")
    assert [f.name for f in tags.firms] == ["Vietcombank Gia Lai", "Cà phê Đông Sơn"]


def test_more_capital_put_into_a_company_is_the_investors_announcement() -> None:
    text = "Tập đoàn Đông Sơn góp thêm 150 tỷ đồng vào Công ty CP Ô tô Hà Lâm để mở rộng xưởng lắp ráp."
    assert deals(text) == {one("investment", "Đông Sơn")}
    assert events(text) == {one("investment_announcement", "Đông Sơn")}


def test_an_opening_that_gives_only_the_running_total_is_no_investment() -> None:
    text = (
        "Công ty TNHH Bao bì Hà Lâm khánh thành nhà máy thứ hai tại KCN Đông Sơn, nâng tổng vốn đầu tư lên "
        "90 triệu USD."
    )
    assert deals(text) == set()
    assert events(text) == {one("inauguration", "Bao bì Hà Lâm")}


def test_a_suspended_project_is_no_investment() -> None:
    text = "Dự án nhà máy giấy 400 tỷ đồng của Công ty CP Giấy Hà Lâm bị tạm dừng do thiếu vốn."
    assert deals(text) == set()
    assert events(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Công ty CP Thép Hà Lâm dự kiến khởi công nhà máy cán nguội tại KCN Đông Sơn vào tháng 5/2027, "
        "tổng vốn 900 tỷ đồng.",
        "Theo kế hoạch, Công ty TNHH Phụ tùng Hà Lâm sẽ khởi công nhà máy vào quý III và đưa vào sản xuất "
        "năm 2028.",
        "Theo kế hoạch, Công ty TNHH Phụ tùng Hà Lâm sẽ khánh thành xưởng thứ hai vào quý II/2027.",
    ],
)
def test_a_groundbreaking_or_opening_still_to_come_is_an_announced_investment(text: str) -> None:
    (name,) = {f.name for f in tag_text(text).firms}
    assert deals(text) == {one("investment", name)}
    assert events(text) == {one("investment_announcement", name)}


def test_a_groundbreaking_held_is_still_a_groundbreaking() -> None:
    text = "Sáng 3/3, Công ty CP Thép Hà Lâm khởi công nhà máy cán nguội, dự kiến hoạt động từ năm 2028."
    assert deals(text) == {one("groundbreaking", "Thép Hà Lâm")}
    assert events(text) == {one("groundbreaking", "Thép Hà Lâm")}


@pytest.mark.parametrize(
    "text",
    [
        "Công ty CP Thủy điện Đông Sơn đã vay 300 tỷ đồng từ Ngân hàng TMCP Hà Lâm để xây nhà máy.",
        "Ngân hàng TMCP Hà Lâm (HLBank) chi nhánh Gia Lai đã giải ngân 90 tỷ đồng cho Công ty CP Thủy điện "
        "Đông Sơn để mua tua-bin.",
        "Công ty CP Thủy điện Đông Sơn (mã CK: TDS) công bố nghị quyết HĐQT số 07/2026/NQ-HĐQT về việc vay "
        "Ngân hàng TMCP Hà Lâm tối đa 150 tỷ đồng.",
    ],
)
def test_a_loan_between_a_bank_and_a_firm_is_cooperation(text: str) -> None:
    assert deals(text) == {pair("cooperation", "Thủy điện Đông Sơn", "Hà Lâm")}


def test_money_paid_out_under_a_contract_signed_before_is_no_new_event() -> None:
    text = (
        "Ngân hàng TMCP Hà Lâm đã giải ngân 90 tỷ đồng cho Công ty CP Thủy điện Đông Sơn theo hợp đồng tín dụng "
        "ký hồi tháng 5."
    )
    assert deals(text) == {pair("cooperation", "Hà Lâm", "Thủy điện Đông Sơn")}
    assert events(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Một nguồn tin cho biết Tập đoàn Đông Sơn có thể mua lại nhà máy của Công ty CP Hà Lâm, nhưng đại diện "
        "Đông Sơn từ chối bình luận.",
        "Ban Quản lý Khu kinh tế tỉnh đang thẩm định hồ sơ của Tập đoàn Đông Sơn xin đầu tư nhà máy 90 triệu USD, "
        "chưa cấp phép.",
        "Công ty TNHH Ô tô Đông Sơn mong muốn được tỉnh tạo điều kiện mở rộng nhà máy, vốn bổ sung khoảng 900 tỷ "
        "đồng.",
    ],
)
def test_an_unconfirmed_report_a_file_under_review_or_a_wish_is_no_deal(text: str) -> None:
    assert deals(text) == set()
    assert events(text) == set()


def test_an_acquisition_names_the_company_bought_into_as_well_as_buyer_and_seller() -> None:
    text = "Công ty CP Dệt Đông Sơn đã nhận chuyển nhượng 100% vốn Công ty TNHH Nhuộm Hà Lâm từ Tập đoàn Tân Quang."
    assert events(text) == {("acquisition", frozenset({"Dệt Đông Sơn", "Nhuộm Hà Lâm", "Tân Quang"}))}


def test_a_tender_offer_names_its_target() -> None:
    text = "Tập đoàn Đông Sơn công bố kế hoạch chào mua công khai 30% cổ phiếu Công ty CP Kho vận Hà Lâm."
    assert events(text) == {pair("acquisition", "Đông Sơn", "Kho vận Hà Lâm")}


def test_two_contracts_in_one_sentence_each_keep_their_kind() -> None:
    text = (
        "Công ty TNHH Kính Đông Sơn ký hợp đồng tín dụng 500 tỷ đồng với Ngân hàng TMCP Hà Lâm và hợp đồng EPC "
        "400 tỷ đồng với Công ty CP Xây dựng Tân Quang."
    )
    expected = {
        pair("cooperation", "Kính Đông Sơn", "Hà Lâm"),
        pair("supply_contract", "Kính Đông Sơn", "Xây dựng Tân Quang"),
    }
    assert deals(text) == expected
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sáng 9/1, tỉnh Gia Lai tổ chức khởi công nhà máy chế biến cà phê của Công ty CP Cà phê Đông Sơn.",
        "Chiều 2/6, UBND tỉnh Gia Lai phối hợp Công ty CP Cà phê Đông Sơn khởi công nhà máy chế biến cà phê.",
    ],
)
def test_the_province_hosting_a_groundbreaking_is_a_party_of_it(text: str) -> None:
    (event,) = tag_text(text).events
    assert event.kind == "groundbreaking"
    assert [p.type for p in event.parties] == ["government", "firm"]
    assert deals(text) == {one("groundbreaking", "Cà phê Đông Sơn")}


def test_a_law_number_is_no_firm() -> None:
    text = "Theo Điều 26 Luật Đầu tư số 61/2020/QH14, nhà đầu tư nước ngoài mua cổ phần phải đăng ký."
    tags = tag_text(text)
    assert tags.firms == [] and tags.deals == [] and tags.events == []


def test_a_buyer_described_as_a_shipping_line_is_a_firm() -> None:
    text = "Tổng công ty Đóng tàu Đông Sơn ký hợp đồng đóng 2 tàu cho hãng vận tải Baltic Ore Lines, giá trị 60 triệu USD."
    assert deals(text) == {pair("supply_contract", "Đóng tàu Đông Sơn", "Baltic Ore Lines")}


def test_english_copy_a_certificate_granted_and_a_stake_agreed() -> None:
    granted = (
        "ĐÀ NẴNG — Kestrel Optics has been granted an investment certificate for a US$40 million lens plant."
    )
    assert events(granted) == {one("investment_licence", "Kestrel Optics")}
    agreed = "HÀ NỘI — Harbor Logistics has agreed to buy a 30% stake in Đông Sơn Cold Storage JSC for US$12 million."
    assert deals(agreed) == {one("investment", "Harbor Logistics")}
    assert events(agreed) == {pair("acquisition", "Harbor Logistics", "Đông Sơn Cold Storage")}


def test_english_copy_keeps_a_vietnamese_place_word_before_a_company_word() -> None:
    text = "HẢI PHÒNG — Đình Vũ Shipbuilding Corporation has signed a contract with Nordkyst Ferries Group."
    assert [f.name for f in tag_text(text).firms] == [
        "Đình Vũ Shipbuilding Corporation",
        "Nordkyst Ferries Group",
    ]


def test_a_contract_named_before_its_passive_verb_keeps_its_supply_kind() -> None:
    text = "Hợp đồng trị giá 20 triệu USD vừa được ký giữa Công ty TNHH Bản mạch Đông Sơn và Công ty TNHH Điện tử Hà Lâm về cung cấp bản mạch."
    assert deals(text) == {pair("supply_contract", "Bản mạch Đông Sơn", "Điện tử Hà Lâm")}


def test_a_firm_chosen_as_supplier_for_a_buyer_supplies_it() -> None:
    text = "Công ty TNHH Vật liệu Đông Sơn vừa được chọn làm nhà cung cấp keo dán cho Công ty TNHH Điện tử Hà Lâm."
    assert deals(text) == {pair("supply_contract", "Vật liệu Đông Sơn", "Điện tử Hà Lâm")}


def test_a_tender_offer_registered_is_the_bidders_investment_and_acquisition() -> None:
    text = "Tập đoàn Đông Sơn (Nhật Bản) đăng ký chào mua công khai 25% cổ phiếu Công ty CP Bột giặt Hà Lâm."
    assert deals(text) == {one("investment", "Đông Sơn")}
    assert events(text) == {pair("acquisition", "Đông Sơn", "Bột giặt Hà Lâm")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Công ty CP Linh kiện Đông Sơn vừa ký hợp đồng cung cấp bộ nguồn cho Công ty TNHH Điện tử Tân Quang, đồng thời nhận khoản vay 200 tỷ đồng từ Ngân hàng TMCP Hà Lâm.",
            {
                pair("supply_contract", "Linh kiện Đông Sơn", "Điện tử Tân Quang"),
                pair("cooperation", "Linh kiện Đông Sơn", "Hà Lâm"),
            },
        ),
        (
            "Khoản vay hợp vốn 90 triệu USD cho dự án của Công ty TNHH Lốp xe Đông Sơn đã được thu xếp bởi Ngân hàng TMCP Hà Lâm và Ngân hàng TMCP Tân Quang.",
            {
                pair("cooperation", "Lốp xe Đông Sơn", "Hà Lâm"),
                pair("cooperation", "Lốp xe Đông Sơn", "Tân Quang"),
            },
        ),
    ],
)
def test_loans_received_or_arranged_pair_the_borrower_with_each_bank(text: str, expected: set) -> None:
    assert deals(text) == expected


def test_a_stake_transferred_to_a_buyer_named_before_the_stake() -> None:
    text = "Công ty CP Đầu tư Đông Sơn đã ký hợp đồng chuyển nhượng cho Tập đoàn Hà Lâm (Singapore) 35% cổ phần Công ty CP KCN Tân Quang."
    assert deals(text) == {one("investment", "Hà Lâm")}
    assert events(text) == {("acquisition", frozenset({"Hà Lâm", "KCN Tân Quang", "Đầu tư Đông Sơn"}))}


def test_a_sale_after_a_bracketed_english_name_finds_its_buyer() -> None:
    text = "Các cổ đông lớn của Công ty CP Bao bì Đông Sơn (Dong Son Packaging JSC) đã hoàn tất chuyển nhượng 70% vốn cho Tập đoàn Hà Lâm với giá 900 tỷ đồng."
    assert one("investment", "Hà Lâm") in deals(text)


def test_a_flattened_table_with_an_investor_column_gives_each_row_its_investment() -> None:
    text = (
        "Danh sách dự án được cấp phép tại KCN Đông Sơn | STT | Nhà đầu tư | Vốn | 1 | Công ty TNHH Bao bì Hà Lâm | "
        "12 triệu USD | 2 | Công ty TNHH Điện tử Tân Quang | 30 triệu USD"
    )
    found = tag_text(text).deals
    assert {(d.kind, tuple(d.parties), d.amount) for d in found} == {
        ("investment", ("Bao bì Hà Lâm",), 12_000_000),
        ("investment", ("Điện tử Tân Quang",), 30_000_000),
    }
    assert {e.kind for e in tag_text(text).events} == {"investment_licence"}


def test_english_copy_loans_planned_investments_and_completed_purchases() -> None:
    loan = "HÀ NỘI — Northbank Vietnam Ltd. has provided a US$40 million loan to Đông Sơn Furniture JSC to expand."
    assert deals(loan) == {pair("cooperation", "Northbank", "Đông Sơn Furniture")}
    plan = "Kestrel Optics Co., Ltd. plans to invest an additional US$150 million in its Quế Võ plant."
    assert events(plan) == {one("investment_announcement", "Kestrel Optics")}
    bought = "Hà Lâm Auto Parts JSC said it had completed the purchase of a 60% stake in Đông Sơn Casting Co., Ltd."
    assert events(bought) == {pair("acquisition", "Hà Lâm Auto Parts", "Đông Sơn Casting")}


def test_a_memorandum_then_a_contract_the_two_sides_plan_to_sign() -> None:
    text = (
        "Công ty CP Dệt Đông Sơn và Tập đoàn Hà Lâm (Nhật Bản) ký biên bản ghi nhớ hợp tác phát triển vải kỹ "
        "thuật; hai bên dự kiến ký hợp đồng mua bán chính thức vào quý I/2027."
    )
    assert deals(text) == {
        pair("mou", "Dệt Đông Sơn", "Hà Lâm"),
        pair("supply_contract", "Dệt Đông Sơn", "Hà Lâm"),
    }
    statuses = {(e.kind, e.status) for e in tag_text(text).events}
    assert statuses == {("mou", "signed"), ("supply_contract", "announced")}


@pytest.mark.parametrize(
    ("text", "buyer", "company"),
    [
        (
            "ĐHĐCĐ bất thường của Công ty CP Cơ điện Đông Sơn ngày 28/10 đã thông qua phương án sáp nhập Công ty TNHH Kỹ thuật Hà Lâm vào công ty.",
            "Cơ điện Đông Sơn",
            "Kỹ thuật Hà Lâm",
        ),
        (
            "Các cổ đông lớn của Công ty CP Bao bì Đông Sơn đã hoàn tất chuyển nhượng 70% vốn cho Tập đoàn Hà Lâm với giá 900 tỷ đồng.",
            "Hà Lâm",
            "Bao bì Đông Sơn",
        ),
        (
            "Harbor Growth Partners (Singapore) đã rót 30 triệu USD để sở hữu 20% cổ phần Công ty CP Dược phẩm Đông Sơn.",
            "Harbor Growth Partners",
            "Dược phẩm Đông Sơn",
        ),
    ],
)
def test_stakes_bought_merged_or_sold_are_acquisitions(text: str, buyer: str, company: str) -> None:
    assert one("investment", buyer) in deals(text)
    assert events(text) == {pair("acquisition", buyer, company)}


def test_a_disclosure_under_a_capitalised_heading_signs_for_the_heading_firm() -> None:
    text = (
        "CÔNG TY CP XÂY LẮP ĐIỆN ĐÔNG SƠN\nSố: 12/2026/CBTT-DS\nV/v: Ký kết hợp đồng có giá trị lớn\n"
        "Ngày 2/3/2026, Công ty và Tổng công ty Điện lực Hà Lâm đã ký hợp đồng thi công đường dây 110 kV."
    )
    assert deals(text) == {pair("supply_contract", "XÂY LẮP ĐIỆN ĐÔNG SƠN", "Điện lực Hà Lâm")}


def test_money_a_firm_has_paid_out_is_an_investment_but_no_new_event() -> None:
    text = "Tập đoàn Đông Sơn đã giải ngân khoảng 900 triệu USD vào nhà máy kiểm định chip tại KCN Hà Lâm."
    assert deals(text) == {one("investment", "Đông Sơn")}
    assert events(text) == set()


def test_a_memorandum_named_first_and_handed_by_a_province_is_their_memorandum() -> None:
    text = "Biên bản ghi nhớ về dự án nhà máy linh kiện 200 triệu USD đã được UBND tỉnh Gia Lai trao cho Tập đoàn Đông Sơn chiều 2/8."
    (event,) = tag_text(text).events
    assert event.kind == "mou" and [p.type for p in event.parties] == ["government", "firm"]
    assert deals(text) == {one("investment", "Đông Sơn")}
