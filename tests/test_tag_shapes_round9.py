"""Shapes fixed in session 9 (issue 12), each on sentences of our own: a firm name whose second syllable is
lower-case and would otherwise end it ("Quốc gia", "Mua bán", a trailing "điện"), with the acronym in
brackets after it staying the same firm."""

from __future__ import annotations

import pytest

from tests.deal_shapes import firms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Công ty CP Cơ điện Hòa Lạc trúng gói thầu cung cấp máy biến áp cho Tổng công ty Truyền tải điện "
            "Quốc gia.",
            ["Cơ điện Hòa Lạc", "Truyền tải điện Quốc gia"],
        ),
        (
            "Công ty Mua bán điện và Công ty CP Điện mặt trời Ninh Sơn ký hợp đồng 20 năm.",
            ["Mua bán điện", "Điện mặt trời Ninh Sơn"],
        ),
        # the acronym in brackets after the whole name is that firm, not a second one
        (
            "Tổng công ty Truyền tải điện Quốc gia (EVNNPT) giao thầu cho Công ty CP Xây lắp Điện Tây Bắc.",
            ["Truyền tải điện Quốc gia", "Xây lắp Điện Tây Bắc"],
        ),
    ],
)
def test_a_lower_case_syllable_that_completes_a_word_stays_in_the_firms_name(
    text: str, expected: list[str]
) -> None:
    assert firms(text) == expected


def test_a_contract_with_a_firm_named_with_lower_case_words_names_it_whole() -> None:
    from extract import tag_text

    tags = tag_text("Công ty CP Điện gió Gành Hào ký hợp đồng với Công ty Mua bán điện (EVNEPTC) ngày 3/4.")
    assert [sorted(d.parties) for d in tags.deals] == [["Mua bán điện", "Điện gió Gành Hào"]]


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        # the stake's company sits between the seller and the buyer
        (
            "Tổng công ty Sông Thu (STC) vừa chuyển nhượng 30% vốn tại Công ty CP Cảng Kỳ Hà cho Tập đoàn "
            "Hải Đăng với giá 410 tỷ đồng.",
            "Hải Đăng",
        ),
        (
            "Đại hội cổ đông Công ty CP Khoáng sản Bảo Lâm đã thông qua phương án chuyển nhượng toàn bộ phần "
            "vốn của Công ty TNHH Đá ốp Lộc Tân cho Công ty CP Vật liệu Đà Lạt.",
            "Vật liệu Đà Lạt",
        ),
        # a plant or a project sold to a buyer
        (
            "Công ty CP Giấy Tân Mai bán nhà máy giấy bao bì ở Bình Phước cho Tập đoàn Oji với giá 30 "
            "triệu USD.",
            "Oji",
        ),
    ],
)
def test_a_stake_or_plant_sold_to_a_firm_is_that_buyers_investment(text: str, buyer: str) -> None:
    from extract import tag_text

    deals = [(d.kind, d.parties) for d in tag_text(text).deals]
    assert deals == [("investment", [buyer])]


def test_mo_rong_completes_a_capitalised_name() -> None:
    assert firms("Công ty CP KCN Phú Bài Mở rộng ký hợp đồng thuê đất với Công ty TNHH Dệt Huế Xanh.") == [
        "KCN Phú Bài Mở rộng",
        "Dệt Huế Xanh",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups the press writes bare, now in the known-firms list (extract/data/known_firms.json)
        (
            "EVN ký hợp đồng EPC với Công ty CP Lilama 45.3 cho nhà máy thủy điện Hòa Bình mở rộng.",
            ["Điện lực Việt Nam", "Lilama 45.3"],  # bare "EVN" by its usual name since session 16
        ),
        (
            "DEEP C ký hợp đồng thuê 4 ha đất với Công ty TNHH Linh kiện Nam Hà.",
            ["DEEP C", "Linh kiện Nam Hà"],
        ),
        (
            "Vietnam Airlines Engineering và Công ty TNHH Safran Việt Nam ký thỏa thuận bảo dưỡng.",
            ["Vietnam Airlines Engineering", "Safran"],
        ),
        # a park named after its developer stays a park
        ("Nhà máy sẽ đặt tại KCN DEEP C Hải Phòng II, diện tích 8 ha.", []),
    ],
)
def test_groups_written_bare_are_firms(text: str, expected: list[str]) -> None:
    assert firms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentence case after a typed legal form: lower-case words, then the proper name
        (
            "Công ty TNHH phát triển hạ tầng Sông Lam Xanh làm chủ đầu tư cụm công nghiệp 75 ha.",
            ["phát triển hạ tầng Sông Lam Xanh"],
        ),
        (
            "Công ty cổ phần khu công nghiệp Tân Kim ký hợp đồng thuê đất với Công ty TNHH Bao bì Đức Hòa.",
            ["khu công nghiệp Tân Kim", "Bao bì Đức Hòa"],
        ),
        ("Công ty cổ phần đầu tư Thái Sơn Bắc làm chủ đầu tư dự án.", ["đầu tư Thái Sơn Bắc"]),
        # a bare "công ty"/"tập đoàn" is a common noun; a typed form with no proper name after it is none
        ("Tập đoàn Foxconn rót vốn qua công ty con Foxconn Singapore.", ["Foxconn", "Foxconn Singapore"]),
        ("Doanh nghiệp sẽ thành công ty cổ phần hóa trong năm nay.", []),
        ("Công ty cổ phần đầu tư thêm 30 tỷ đồng vào nhà máy.", []),
    ],
)
def test_a_name_in_sentence_case_after_a_typed_legal_form_is_a_firm(text: str, expected: list[str]) -> None:
    assert firms(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the form spelled out or written before "Cổ phần"
        (
            "Khu nhà xưởng do Công ty Trách nhiệm hữu hạn Phúc Lộc Holding làm chủ đầu tư.",
            ["Phúc Lộc Holding"],
        ),
        (
            "Tổng công ty Cổ phần Lắp máy Sông Hồng ký hợp đồng EPC với Tập đoàn Năng lượng Ánh Dương.",
            ["Lắp máy Sông Hồng", "Năng lượng Ánh Dương"],
        ),
        # the form after the name, like "- CTCP", is no part of it
        (
            "Tổng công ty Cơ khí Xây dựng Miền Trung - TNHH MTV ký hợp đồng với Tập đoàn Zoomlion.",
            ["Cơ khí Xây dựng Miền Trung", "Zoomlion"],
        ),
        # "triển khai" is a verb after the name, not "Phát triển"
        (
            "UBND tỉnh cho phép Công ty CP May Hương Trà triển khai dự án nhà máy thứ hai.",
            ["May Hương Trà"],
        ),
        ("Công ty CP Đầu tư Phát triển Hạ tầng Tam Kỳ làm chủ đầu tư.", ["Đầu tư Phát triển Hạ tầng Tam Kỳ"]),
        # a count of sets after the name is no number of the name
        (
            "Công ty CP Cơ khí Đúc Phú Thọ bán cho Công ty TNHH Thiết bị Hòa Phong 40 bộ vỏ bơm bằng gang.",
            ["Cơ khí Đúc Phú Thọ", "Thiết bị Hòa Phong"],
        ),
    ],
)
def test_legal_forms_written_out_or_after_the_name_leave_the_name_clean(
    text: str, expected: list[str]
) -> None:
    assert firms(text) == expected


@pytest.mark.parametrize(
    ("text", "grantor", "investor"),
    [
        # the body a "Phó Chủ tịch Thường trực" speaks for grants the licence
        (
            "Ông Lê Văn Hòa, Phó Chủ tịch Thường trực UBND tỉnh Gia Lai, trao quyết định chủ trương đầu tư "
            "cho Công ty CP Cà phê Chư Sê Xanh.",
            "UBND tỉnh Gia Lai",
            "Cà phê Chư Sê Xanh",
        ),
        # one board for the economic zone and the parks: "... và các KCN" is part of its name
        (
            "Ban Quản lý KKT Vũng Áng và các KCN trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Thép "
            "Kỳ Lợi, vốn 18 triệu USD.",
            "Ban Quản lý KKT Vũng Áng và các KCN",
            "Thép Kỳ Lợi",
        ),
    ],
)
def test_a_licence_names_its_grantor_when_a_leader_or_a_zone_board_hands_it_over(
    text: str, grantor: str, investor: str
) -> None:
    from extract import tag_text

    events = [(e.kind, sorted(p.name for p in e.parties)) for e in tag_text(text).events]
    assert events == [("investment_licence", sorted([grantor, investor]))]


@pytest.mark.parametrize(
    ("text", "grantor", "investor"),
    [
        # a body that decides in the sentence licenses the investor its decision names
        (
            "UBND tỉnh Phú Thọ vừa ban hành Quyết định số 905/QĐ-UBND thành lập Cụm công nghiệp Tứ Mỹ, diện "
            "tích 52 ha; chủ đầu tư là Công ty CP Hạ tầng Tứ Mỹ.",
            "UBND tỉnh Phú Thọ",
            "Hạ tầng Tứ Mỹ",
        ),
        (
            "UBND tỉnh Hà Tĩnh thống nhất đổi chủ đầu tư dự án Cụm công nghiệp Thạch Bằng sang Công ty TNHH "
            "Đầu tư Kỳ Sơn, thay cho chủ đầu tư cũ là Công ty CP Xây dựng Hồng Lĩnh.",
            "UBND tỉnh Hà Tĩnh",
            "Đầu tư Kỳ Sơn",
        ),
        # the leader's name between the body and its verb
        (
            "Chủ tịch UBND tỉnh Nghệ An Võ Minh Tâm vừa ký quyết định điều chỉnh chủ trương đầu tư dự án nhà "
            "máy sợi; nhà đầu tư là Công ty TNHH Sợi Hưng Nguyên.",
            "UBND tỉnh Nghệ An",
            "Sợi Hưng Nguyên",
        ),
    ],
)
def test_an_investor_named_in_a_bodys_decision_gets_its_licence(
    text: str, grantor: str, investor: str
) -> None:
    from extract import tag_text

    events = [(e.kind, [p.name for p in e.parties]) for e in tag_text(text).events]
    assert events == [("investment_licence", [grantor, investor])]


def test_a_firm_merely_named_near_a_body_gets_no_licence() -> None:
    from extract import tag_text

    text = "UBND tỉnh Nghệ An cho biết Công ty TNHH Sợi Hưng Nguyên là chủ đầu tư nhà máy sợi 40 triệu USD."
    assert all(e.kind != "investment_licence" for e in tag_text(text).events)


@pytest.mark.parametrize(
    "text",
    [
        # a bank's branch, capitalised or after a dash, between the bank and "và"
        "Ngân hàng TMCP Á Châu (ACB) Chi nhánh Vinh và Công ty CP Thép Nam Đàn ký hợp đồng tín dụng 300 tỷ "
        "đồng.",
        "Ngân hàng TMCP Quốc Dân - Chi nhánh Bắc Ninh và Công ty TNHH Linh kiện Yên Phong ký hợp đồng tín "
        "dụng 90 tỷ đồng.",
        # "tài trợ vốn" is credit, a cooperation
        "Công ty CP KCN Đông Sơn và Ngân hàng TMCP Phương Đông (OCB) - Chi nhánh Thanh Hóa ký hợp đồng tài "
        "trợ vốn 200 tỷ đồng.",
    ],
)
def test_a_bank_branch_signing_with_a_firm_is_one_credit_cooperation(text: str) -> None:
    from extract import tag_text

    tags = tag_text(text)
    assert [(d.kind, len(d.parties)) for d in tags.deals] == [("cooperation", 2)]
    assert [(e.kind, len(e.parties)) for e in tags.events] == [("cooperation", 2)]
    assert not any("Chi nhánh" in f.name for f in tags.firms)
