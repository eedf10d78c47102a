# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 16 (issue 12), each on sentences of our own, in the shapes blind batch 39 (trade,
orders and tenders) showed: erection firms named with their unit number, foreign firms after a word of what
they do, a consortium signing with its buyer, a lot shipped under a contract signed before, a tender
package's code, and EVN written bare."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, firms, pair


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Công ty CP Lắp máy 27-4 vừa bàn giao trạm nghiền cho khách hàng.", "Lắp máy 27-4"),
        ("Công ty CP Lắp máy 12.3 được vinh danh tại hội nghị ngành cơ khí.", "Lắp máy 12.3"),
        ("Công ty CP Cơ khí 17 đạt doanh thu kỷ lục trong quý III.", "Cơ khí 17"),
        (
            "Công ty TNHH Kết cấu hàng không Phù Lỗ Aerotech vừa hoàn thành xưởng thứ ba.",
            "Kết cấu hàng không Phù Lỗ Aerotech",
        ),
    ],
)
def test_a_firm_name_keeps_its_unit_number_and_its_lower_case_trade(text: str, name: str) -> None:
    assert firms(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Công ty CP Cơ khí Yên Viên ký hợp đồng với Tập đoàn đóng tàu Ostsee Werft của Đức.",
            "Ostsee Werft",
        ),
        (
            "Công ty CP Cơ khí Yên Viên ký hợp đồng với Tập đoàn phân phối Northgate Supply từ tháng 4.",
            "Northgate Supply",
        ),
        (
            "Công ty CP Cơ khí Yên Viên nhận đơn hàng đóng 4 sà lan cho Công ty đầu tư Kestrel Marine của Anh.",
            "Kestrel Marine",
        ),
    ],
)
def test_a_foreign_firm_after_a_word_of_its_trade_is_named_without_it(text: str, name: str) -> None:
    assert firms(text) == ["Cơ khí Yên Viên", name]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Công ty đã ký với Samsung hợp đồng cung cấp khay nhựa.", ["Samsung"]),
        ("Ông Lâm cho biết tập đoàn mẹ ở Kyoto nắm toàn bộ vốn của nhà máy.", []),
    ],
)
def test_a_verb_or_a_place_after_a_form_is_not_a_trade_word(text: str, named: list[str]) -> None:
    assert firms(text) == named


def test_a_buyer_signing_with_a_consortium_buys_from_each_member() -> None:
    text = (
        "Sáng 9/4, tại Hà Nội, Tổng công ty Phát điện Sông Lô và liên danh gồm Công ty CP Thiết bị Thủy lực Bảo Yên, "
        "Tập đoàn Kessler Hydro và Công ty CP Cơ khí Đoan Hùng đã ký hợp đồng gói thầu cung cấp tua-bin cho Nhà máy thủy điện Bắc Mê."
    )
    buyer = "Phát điện Sông Lô"
    members = ["Thiết bị Thủy lực Bảo Yên", "Kessler Hydro", "Cơ khí Đoan Hùng"]
    assert deals(text) == {pair("supply_contract", m, buyer) for m in members}
    assert events(text) == {pair("supply_contract", m, buyer) for m in members}


def test_a_tender_packages_code_is_not_a_firm() -> None:
    text = "Công ty CP Cơ khí Đoan Hùng ký hợp đồng gói thầu XL-07B cung cấp cửa van với Công ty CP Thủy điện Bắc Mê."
    assert firms(text) == ["Cơ khí Đoan Hùng", "Thủy điện Bắc Mê"]


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        (
            "Sáng 4/1, Công ty CP Nhựa Bình Minh Pipe xuất lô ống nhựa đầu tiên sang Canada theo hợp đồng đã ký với Tập đoàn phân phối Harborline Supply từ tháng 8/2025.",
            "Nhựa Bình Minh Pipe",
            "Harborline Supply",
        ),
        (
            "Công ty CP Nông sản Bảo Lộc Food xuất khẩu lô sầu riêng cấp đông đầu tiên sang Bỉ theo hợp đồng ký với Công ty Vandermeer Trading B.V. từ đầu năm.",
            "Nông sản Bảo Lộc Food",
            "Vandermeer Trading",
        ),
    ],
)
def test_a_lot_shipped_under_a_contract_signed_before_is_a_supply_deal_with_no_event(
    text: str, a: str, b: str
) -> None:
    assert deals(text) == {pair("supply_contract", a, b)}
    assert events(text) == set()


def test_evn_written_bare_or_in_english_is_the_group_by_its_usual_name() -> None:
    assert firms("EVN cho biết sản lượng điện tăng 9%.") == ["Điện lực Việt Nam"]
    assert firms("Vietnam Electricity (EVN) said output rose 9%.") == ["Điện lực Việt Nam"]
    assert firms("Tập đoàn Điện lực Việt Nam (EVN) cho biết sản lượng tăng.") == ["Điện lực Việt Nam"]


def test_two_contractors_signing_with_one_owner_give_one_contract_each() -> None:
    text = "Công ty CP Xây lắp Điện Quỳnh Lưu và Công ty CP Tư vấn Năng lượng Cửa Lò đã ký với Tổng công ty Phát điện Bắc Trung Bộ hợp đồng tổng thầu EPC nhà máy điện khí, trị giá 820 triệu USD."
    owner = "Phát điện Bắc Trung Bộ"
    expected = {
        pair("supply_contract", c, owner) for c in ("Xây lắp Điện Quỳnh Lưu", "Tư vấn Năng lượng Cửa Lò")
    }
    assert deals(text) == expected
    assert events(text) == expected


def test_a_firm_named_after_so_voi_is_compared_not_a_counterpart() -> None:
    text = "Ngày 8/5, Công ty CP Điện Mặt trời Hòa Khánh và Công ty TNHH Thực phẩm Liên Chiểu ký hợp đồng mua bán điện trực tiếp, giá thấp hơn 9% so với biểu giá của EVN."
    expected = {pair("supply_contract", "Điện Mặt trời Hòa Khánh", "Thực phẩm Liên Chiểu")}
    assert deals(text) == expected
    assert events(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 3/10, ông Hồ Văn Khải, Phó Giám đốc Công ty CP Thủy điện Nậm Mu, đã ký Quyết định số 412/QĐ-NM phê duyệt kết quả lựa chọn nhà thầu gói thầu cung cấp máy biến áp.",
        "Theo thông báo, Công ty TNHH Cơ điện Đức Thọ trúng gói thầu với giá 6,4 tỷ đồng.",
        "Tập đoàn Halden Display (Na Uy) dự kiến thuê 80 ha đất để xây nhà máy màn hình.",
    ],
)
def test_an_agreement_needs_two_parties_to_be_an_event(text: str) -> None:
    assert not {k for k, _ in events(text)} & {"mou", "supply_contract", "cooperation"}


def test_banks_cofinancing_a_firm_is_credit_not_a_supply_contract() -> None:
    text = "Ngày 2/9, Ngân hàng TMCP Bắc Hà và Ngân hàng TMCP Nam Sơn ký hợp đồng đồng tài trợ 1.900 tỷ đồng cho Công ty CP Thép Kỳ Lợi."
    assert {k for k, _ in events(text)} == {"cooperation"}
    assert {k for k, _ in deals(text)} == {"cooperation"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Foxconn Quảng Ninh tuyển thêm 1.500 lao động cho xưởng mới.", "Foxconn Quảng Ninh"),
        ("Becamex Bình Phước bàn giao 12 ha đất cho nhà đầu tư thứ cấp.", "Becamex Bình Phước"),
    ],
)
def test_a_known_group_before_a_province_is_its_company_there(text: str, name: str) -> None:
    assert firms(text) == [name]


def test_a_lower_case_material_inside_a_name_is_kept() -> None:
    text = "Công ty CP Hạ tầng Phủ Lý Xanh và Công ty TNHH Thép không gỉ Kanso Vina ký hợp đồng thuê lại 6 ha đất tại KCN Đồng Văn III."
    assert firms(text) == ["Hạ tầng Phủ Lý Xanh", "Thép không gỉ Kanso"]
    assert deals(text) == {pair("cooperation", "Hạ tầng Phủ Lý Xanh", "Thép không gỉ Kanso")}


def test_a_waste_collection_contract_is_a_supply_contract() -> None:
    text = "Công ty CP Môi trường Yên Mỹ ký hợp đồng thu gom, xử lý chất thải nguy hại với Công ty CP KCN Phố Nối Green, trị giá 6 tỷ đồng/năm."
    assert deals(text) == {pair("supply_contract", "Môi trường Yên Mỹ", "KCN Phố Nối Green")}


def test_a_consortium_approved_as_investor_invests_together() -> None:
    text = "Liên danh Công ty CP Hạ tầng Điện Bàn và Công ty CP Đầu tư Hội An Land được UBND TP Đà Nẵng chấp thuận làm nhà đầu tư dự án hạ tầng KCN Điện Nam 2, tổng vốn 1.480 tỷ đồng."
    assert deals(text) == {("investment", frozenset({"Hạ tầng Điện Bàn", "Đầu tư Hội An Land"}))}
    assert {k for k, _ in events(text)} == {"investment_licence"}


@pytest.mark.parametrize(
    "text",
    [
        "Thông tin Tập đoàn Phú Xuân Land muốn thâu tóm một chủ đầu tư KCN ở Thái Nguyên hiện chưa được các bên xác nhận.",
        "Bộ Xây dựng vừa trình Thủ tướng Chính phủ xem xét chấp thuận chủ trương đầu tư dự án KCN 640 ha cho một công ty con của Tập đoàn Hòa Phát.",
    ],
)
def test_an_unconfirmed_report_or_a_request_to_the_prime_minister_is_no_deal(text: str) -> None:
    assert deals(text) == set()
    assert events(text) == set()


def test_english_investment_policy_approval_for_a_park_invested_by_a_firm() -> None:
    text = "The Prime Minister has signed a decision approving the investment policy for the 210-ha Bá Thiện 4 industrial park in Phú Thọ Province, invested by Lập Thạch Industrial JSC with total capital of VNĐ1.9 trillion."
    assert firms(text) == ["Lập Thạch Industrial"]
    assert deals(text) == {("investment", frozenset({"Lập Thạch Industrial"}))}
    assert events(text) == {("investment_licence", frozenset({"Lập Thạch Industrial"}))}


def test_a_licence_told_in_the_headline_and_again_with_its_grantor_is_one_licence() -> None:
    text = "Công ty CP Thép Quảng Xương được cấp giấy chứng nhận đầu tư nhà máy cán nguội\nNgày 3/4, UBND tỉnh Thanh Hóa trao giấy chứng nhận đăng ký đầu tư cho Công ty CP Thép Quảng Xương."
    assert events(text) == {("investment_licence", frozenset({"UBND tỉnh Thanh Hóa", "Thép Quảng Xương"}))}


@pytest.mark.parametrize(
    ("text", "expected_deals", "expected_events"),
    [
        (
            "Polymer maker Linden Fibers confirmed a plan to raise its investment in Vietnam from $120 million to $310 million.",
            {("investment", frozenset({"Linden Fibers"}))},
            {("investment_announcement", frozenset({"Linden Fibers"}))},
        ),
        (
            "A US$18 million cable plant built by Harwell Wire Co., Ltd. went into operation at the Quế Võ Industrial Park on Friday.",
            {("investment", frozenset({"Harwell Wire"}))},
            {("inauguration", frozenset({"Harwell Wire"}))},
        ),
        (
            "On May 3, Đông Hải Steel JSC broke ground on its pipe plant at the Đình Vũ Industrial Park, with Tân Cảng Construction JSC as the general contractor.",
            {
                ("groundbreaking", frozenset({"Đông Hải Steel"})),
                pair("supply_contract", "Tân Cảng Construction", "Đông Hải Steel"),
            },
            {
                ("groundbreaking", frozenset({"Đông Hải Steel"})),
                pair("supply_contract", "Tân Cảng Construction", "Đông Hải Steel"),
            },
        ),
    ],
)
def test_english_raise_plan_went_into_operation_and_general_contractor(
    text: str, expected_deals: set, expected_events: set
) -> None:
    assert deals(text) == expected_deals
    assert events(text) == expected_events


def test_an_english_word_of_what_a_firm_makes_is_not_its_name() -> None:
    assert firms("Shoemaker Lien Yu Footwear plans to invest US$25 million in Nghệ An Province.") == [
        "Lien Yu Footwear"
    ]


def test_an_opening_told_around_the_plants_name_is_an_inauguration() -> None:
    text = "Tháng 6, Công ty CP Cơ khí Hoàng Mai đưa Nhà máy sản xuất bu lông Quỳnh Lập vào hoạt động, với vốn đầu tư 94 tỷ đồng."
    assert events(text) == {("inauguration", frozenset({"Cơ khí Hoàng Mai"}))}
    assert deals(text) == {("investment", frozenset({"Cơ khí Hoàng Mai"}))}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "WHA Industrial Development has signed a lease with tyre maker Sentosa Tyre for 30 ha at WHA Industrial Zone 2 in Nghệ An.",
            ["WHA Industrial Development", "Sentosa Tyre"],
        ),
        ("Sentosa Tyre signed a lease with Amata City Industrial Park 3 last week.", ["Sentosa Tyre"]),
        ("Engineering group Tapio Energy of Finland said it had won a design deal.", ["Tapio Energy"]),
        (
            "Mekong-Korea Industrial Park JV Co., Ltd. won the bid for the park.",
            ["Mekong-Korea Industrial Park JV"],
        ),
        (
            "Giám đốc Sở Công Thương và Công ty CP Hạ tầng Kỹ thuật Quỳnh Châu chịu trách nhiệm thi hành Quyết định này.",
            ["Hạ tầng Kỹ thuật Quỳnh Châu"],
        ),
    ],
)
def test_an_english_park_or_country_is_no_firm_and_a_duty_ends_a_name(text: str, named: list[str]) -> None:
    assert firms(text) == named


@pytest.mark.parametrize(
    ("text", "expected_deals", "expected_events"),
    [
        (
            "Công ty CP Chè Bảo Lộc Xanh vừa được BIDV chi nhánh Lâm Đồng cấp hạn mức tín dụng 80 tỷ đồng để thu mua chè búp.",
            {pair("cooperation", "BIDV", "Chè Bảo Lộc Xanh")},
            {pair("cooperation", "BIDV", "Chè Bảo Lộc Xanh")},
        ),
        (
            "Sáng 2/10, Tập đoàn Nông nghiệp Tây Sơn tổ chức lễ đặt móng nhà máy chế biến hạt điều tại KCN Nhơn Hòa.",
            {("groundbreaking", frozenset({"Nông nghiệp Tây Sơn"}))},
            {("groundbreaking", frozenset({"Nông nghiệp Tây Sơn"}))},
        ),
        (
            "Tập đoàn Siam Petro (Thái Lan) hoãn vô thời hạn kế hoạch xây dựng tổ hợp hóa dầu 9 tỷ USD tại Khu kinh tế Dung Quất.",
            set(),
            set(),
        ),
        (
            "Ngày 9/10, Ban Quản lý Khu kinh tế tỉnh Quảng Ngãi trao quyết định chủ trương đầu tư, đồng thời chấp thuận nhà đầu tư dự án cảng tổng hợp Sa Kỳ cho liên danh Công ty CP Cảng Sa Kỳ Xanh và Công ty CP Logistics Bình Sơn.",
            {("investment", frozenset({"Cảng Sa Kỳ Xanh", "Logistics Bình Sơn"}))},
            {
                (
                    "investment_licence",
                    frozenset(
                        {"Ban Quản lý Khu kinh tế tỉnh Quảng Ngãi", "Cảng Sa Kỳ Xanh", "Logistics Bình Sơn"}
                    ),
                )
            },
        ),
        (
            "Tân Thuận Corporation on Friday broke ground on a ready-built factory complex at the Hiệp Phước Industrial Park.",
            {("groundbreaking", frozenset({"Tân Thuận Corporation"}))},
            {("groundbreaking", frozenset({"Tân Thuận Corporation"}))},
        ),
    ],
)
def test_credit_told_by_the_borrower_laying_foundations_postponed_plans_and_consortium_approval(
    text: str, expected_deals: set, expected_events: set
) -> None:
    assert deals(text) == expected_deals
    assert events(text) == expected_events


def test_a_plant_worth_n_of_its_owner_opened_is_the_owners_investment_at_that_price() -> None:
    text = "Nhà máy bao bì 270 tỷ đồng của Công ty CP Giấy Sông Công tại Thái Nguyên đã đi vào hoạt động từ thứ Ba tuần này."
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [("investment", ["Giấy Sông Công"], 270e9)]
    assert events(text) == {("inauguration", frozenset({"Giấy Sông Công"}))}


def test_licences_handed_at_a_groundbreaking_to_two_firms_with_their_capital() -> None:
    text = "Tại lễ khởi công, tỉnh Lạng Sơn trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Điện tử Hữu Lũng, tổng vốn 980 tỷ đồng, và Công ty TNHH Cơ khí Chi Lăng, tổng vốn 640 tỷ đồng."
    tags = tag_text(text)
    assert sorted((d.kind, d.parties[0], d.amount) for d in tags.deals) == [
        ("investment", "Cơ khí Chi Lăng", 640e9),
        ("investment", "Điện tử Hữu Lũng", 980e9),
    ]
    assert events(text) == {
        ("investment_licence", frozenset({"tỉnh Lạng Sơn", "Điện tử Hữu Lũng"})),
        ("investment_licence", frozenset({"tỉnh Lạng Sơn", "Cơ khí Chi Lăng"})),
    }


def test_a_limited_company_drops_its_country_suffix() -> None:
    assert firms("Công ty TNHH Lốp xe Kim Thịnh Việt Nam khánh thành nhà máy.") == ["Lốp xe Kim Thịnh"]
    assert firms("Tập đoàn Dệt may Việt Nam công bố kết quả.") == ["Dệt may Việt Nam"]


def test_a_contract_conceded_as_signed_months_ago_is_a_deal_with_no_event() -> None:
    text = "Dù Công ty CP Điện khí Quỳnh Lập đã ký hợp đồng EPC với Công ty CP Lắp máy Hoàng Mai từ tháng 5, đến nay nhà máy vẫn chưa được khởi công."
    assert deals(text) == {pair("supply_contract", "Điện khí Quỳnh Lập", "Lắp máy Hoàng Mai")}
    assert events(text) == set()


@pytest.mark.parametrize(
    ("text", "expected_deals"),
    [
        (
            "Gần đây, Tập đoàn Xây dựng Đông Hải Pacific (Trung Quốc) đến nghiên cứu và đề xuất lập báo cáo tiền khả thi dự án cảng cạn, tổng mức đầu tư dự kiến khoảng 5.000 tỷ đồng.",
            set(),
        ),
        (
            "Nhà đầu tư dự án Nhà máy điện khí Quảng Trạch 3, vốn gần 1,8 tỷ USD, là liên danh Tổng công ty Điện lực Dầu khí Bắc Trung Bộ, Công ty CP Lắp máy Hoành Sơn và Tập đoàn Osaka Gas Energy (Nhật Bản).",
            {
                (
                    "investment",
                    frozenset({"Điện lực Dầu khí Bắc Trung Bộ", "Lắp máy Hoành Sơn", "Osaka Gas Energy"}),
                )
            },
        ),
        (
            "Theo đó, nhà đầu tư Daeho Network Co., Ltd. (Hàn Quốc) điều chỉnh tăng tổng vốn dự án sản xuất linh kiện tại KCN Đình Vũ từ 10 triệu USD lên 16 triệu USD.",
            {("investment", frozenset({"Daeho Network"}))},
        ),
        (
            "Lãnh đạo tỉnh làm việc với Tập đoàn Shenli Semiconductor (Trung Quốc) về việc hỗ trợ Công ty TNHH SL Micro mở rộng đầu tư tại KCN Quế Võ.",
            set(),
        ),
        (
            "Dự án nhà máy đồ chơi Lucky Kids của nhà đầu tư Ningbo Lucky Toys Co., Ltd tại KCN Cầu Nghìn, vốn đăng ký 36 triệu USD.",
            {("investment", frozenset({"Ningbo Lucky Toys"}))},
        ),
        (
            "Một nhà đầu tư lớn khác là Tổng Công ty Công nghiệp Phước Long, sẽ xây nhà máy đóng gói chip 180 triệu USD tại khu, dự kiến sớm khởi công.",
            {("investment", frozenset({"Công nghiệp Phước Long"}))},
        ),
    ],
)
def test_proposals_consortium_investors_raised_totals_aid_and_round_rows(
    text: str, expected_deals: set
) -> None:
    assert deals(text) == expected_deals


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Nửa đầu năm, Cao su Đồng Phú Xanh lãi sau thuế 96 tỷ đồng.", ["Cao su Đồng Phú Xanh"]),
        ("Năm 2014, UBND TP Hải Phòng và thành phố Kitakyushu (Nhật Bản) đã ký bản ghi nhớ hợp tác.", []),
        (
            "Hội đồng quản trị Công ty Cổ phần Nước khoáng Suối Ngà trân trọng kính mời Quý cổ đông dự họp.",
            ["Nước khoáng Suối Ngà"],
        ),
        (
            "Tập đoàn Kintetsu (Nhật Bản) và Tổng công ty Đầu tư và Kinh doanh vốn Nhà nước (SCIC) ký thỏa thuận hợp tác.",
            ["Kintetsu", "Đầu tư và Kinh doanh vốn Nhà nước"],
        ),
    ],
)
def test_rubber_firms_by_place_foreign_cities_invitations_and_state_capital_names(
    text: str, named: list[str]
) -> None:
    assert firms(text) == named


@pytest.mark.parametrize(
    ("text", "expected_events"),
    [
        (
            "Tainan Spinning Co., Ltd. has been licensed to build a yarn mill in Tây Ninh Province, with $150 million for the first phase.",
            {("investment_licence", frozenset({"Tainan Spinning"}))},
        ),
        (
            "HẢI PHÒNG — The Hải Phòng Economic Zone Authority has licensed Kinwa Precision Co., Ltd. to build a US$60 million mould factory.",
            {("investment_licence", frozenset({"Hải Phòng Economic Zone Authority", "Kinwa Precision"}))},
        ),
        (
            "Hanam Textile JSC has approved a $90 million investment plan for its dyeing complex in Ninh Bình Province.",
            {("investment_announcement", frozenset({"Hanam Textile"}))},
        ),
    ],
)
def test_english_licensed_to_build_and_investment_plan_approved(text: str, expected_events: set) -> None:
    assert events(text) == expected_events


def test_a_memorandum_handed_to_one_investor_is_an_event_with_its_giver_unnamed() -> None:
    text = "Tập đoàn Bắc Sơn Land cũng nhận biên bản ghi nhớ trị giá 800 triệu USD cho khu công nghiệp sinh thái tại An Lão."
    assert events(text) == {("mou", frozenset({"Bắc Sơn Land"}))}


def test_a_groundbreaking_date_fixed_is_an_announced_investment() -> None:
    text = "Hòa Khánh Auto chốt ngày khởi công nhà máy 900 triệu USD tại Quảng Trị"
    assert firms(text) == ["Hòa Khánh Auto"]
    assert deals(text) == {("investment", frozenset({"Hòa Khánh Auto"}))}
    assert events(text) == {("investment_announcement", frozenset({"Hòa Khánh Auto"}))}


def test_a_time_between_the_firm_and_its_opening_does_not_hide_the_firm() -> None:
    text = "Tập đoàn Vanderbeek Feed (Hà Lan) sáng 14/9 đã khánh thành nhà máy thức ăn chăn nuôi tổng vốn 28 triệu USD tại KCN Tân Kim."
    assert deals(text) == {("investment", frozenset({"Vanderbeek Feed"}))}
    assert events(text) == {("inauguration", frozenset({"Vanderbeek Feed"}))}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Hallmark Feeds last week opened a $24 million plant in Long An Province that can produce 200,000 tonnes of feed a year.",
            "Hallmark Feeds",
        ),
        (
            "HCM CITY — Greenmill Việt Nam JSC on Thursday put into operation its fifth feed plant, worth US$19 million, in Vĩnh Long.",
            "Greenmill",
        ),
    ],
)
def test_english_openings_last_week_and_put_into_operation(text: str, firm: str) -> None:
    assert deals(text) == {("investment", frozenset({firm}))}
    assert events(text) == {("inauguration", frozenset({firm}))}


def test_a_month_before_a_group_name_is_not_part_of_it() -> None:
    assert "Kestrel Group" in firms(
        "Profits rose, while in June Kestrel Group opened a second plant in Đồng Tháp Province."
    )


def test_an_official_who_attended_an_english_groundbreaking_is_a_guest_not_a_party() -> None:
    text = "On May 6, Trần Văn Lâm, Chairman of the Phú Thọ People's Committee, attended the groundbreaking of a US$90 million lens plant of Orion Optics JSC in Phú Thọ Province."
    assert events(text) == {("groundbreaking", frozenset({"Orion Optics"}))}
    assert deals(text) == {("groundbreaking", frozenset({"Orion Optics"}))}
