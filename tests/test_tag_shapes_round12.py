"""Shapes fixed in session 12 (issue 12), each on sentences of our own: English copy of Vietnamese firms'
names before a foreign legal form; deals, events and amounts of English wire copy (extract/tag/english.py)."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, firms, one, pair


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ĐÀ NẴNG — Hòa Khánh Bearing JSC opened a second line on Monday.", "Hòa Khánh Bearing"),
        ("Buyers praised Thành Đạt Precision Co., Ltd for its shafts.", "Thành Đạt Precision"),
        ("The lease was signed by Quảng Trị Wood Pellet JSC last week.", "Quảng Trị Wood Pellet"),
        ("Viet Thanh Steel JSC said its order book was full.", "Viet Thanh Steel"),
    ],
)
def test_a_vietnamese_name_in_english_copy_keeps_its_accented_words(text: str, name: str) -> None:
    assert name in firms(text)


# Left as it is: a name opening a sentence with a syllable that is also a function word ("Thành Đạt
# Precision Co., Ltd cho biết ...") loses that syllable, as "Theo" must not be kept.
def test_a_sentence_opener_is_not_part_of_the_name_before_a_foreign_form() -> None:
    assert firms("Theo Minh Long Packaging Co., Ltd, đơn hàng quý IV tăng.") == ["Minh Long Packaging"]


def test_a_dateline_in_capitals_is_not_part_of_the_name() -> None:
    assert firms("HẢI PHÒNG — Tràng Duệ Cable JSC posted record sales.") == ["Tràng Duệ Cable"]


def test_generic_words_alone_before_a_foreign_form_are_no_firm() -> None:
    assert firms("Vietnam Industrial Co., Ltd") == []


def test_a_name_with_accented_words_after_its_foreign_ones_is_whole() -> None:
    assert firms("Sao Mai Cable Đông Sơn JSC opened a plant.") == ["Sao Mai Cable Đông Sơn"]


def test_vina_inside_a_name_before_a_foreign_form_is_kept_as_the_suffix() -> None:
    assert firms("The board licensed Brightway Optics Vina Co., Ltd on Friday.") == ["Brightway Optics"]


@pytest.mark.parametrize(
    ("text", "amount", "currency", "approximate"),
    [
        ("The plant will cost about US$21.5 million.", 21_500_000, "USD", True),
        ("a VNĐ1.2 trillion credit line", 1_200_000_000_000, "VND", False),
        ("revenue of VND1,250 billion", 1_250_000_000_000, "VND", False),
        ("it borrowed up to VNĐ400 billion", 400_000_000_000, "VND", False),
    ],
)
def test_english_amounts_put_the_currency_first_and_use_a_decimal_point(
    text: str, amount: int, currency: str, approximate: bool
) -> None:
    (money,) = tag_text(text).money
    assert (money.amount, money.currency, money.approximate) == (amount, currency, approximate)


def test_a_bare_year_after_vnd_is_no_amount() -> None:
    assert tag_text("VND 2025 outlook").money == []


def test_two_firms_signing_a_contract_in_english_is_a_supply_contract() -> None:
    text = (
        "HƯNG YÊN — Phố Hiến Gear JSC and Kim Động Motor Co., Ltd signed a US$4.2 million contract on May 6 "
        "to supply gearboxes for three years."
    )
    assert deals(text) == {pair("supply_contract", "Phố Hiến Gear", "Kim Động Motor")}
    (event,) = tag_text(text, "2026-05-07").events
    assert (event.kind, event.amount, event.currency, event.status) == (
        "supply_contract",
        4_200_000,
        "USD",
        "signed",
    )
    assert tag_text(text, "2026-05-07").deals[0].date == "2026-05-06"


def test_a_lease_signed_with_a_firm_in_english_is_cooperation() -> None:
    text = "Tân Phú Park Development JSC signed a land lease with Oriental Foam Co., Ltd for 4 hectares."
    assert deals(text) == {pair("cooperation", "Tân Phú Park Development", "Oriental Foam")}


def test_an_english_mou_of_a_named_peoples_committee_is_the_firms_investment() -> None:
    text = (
        "The Quảng Trị People's Committee and Northstar Pellet Holdings signed a memorandum of understanding "
        "on a US$300 million biomass plant on Friday."
    )
    assert deals(text) == {one("investment", "Northstar Pellet Holdings")}
    (event,) = tag_text(text).events
    assert event.kind == "mou"
    assert [(p.name, p.type) for p in event.parties] == [
        ("Quảng Trị People's Committee", "government"),
        ("Northstar Pellet Holdings", "firm"),
    ]
    assert "Quảng Trị People's Committee" in [o.name for o in tag_text(text).organizations]


def test_an_unnamed_english_authority_is_no_party() -> None:
    text = (
        "The provincial Management Board of Industrial Parks granted an investment registration certificate "
        "to Lục Nam Lens Co., Ltd for a US$60 million plant."
    )
    assert events(text) == {one("investment_licence", "Lục Nam Lens")}
    assert deals(text) == {one("investment", "Lục Nam Lens")}


def test_a_certificate_received_from_a_named_authority_names_the_grantor() -> None:
    text = (
        "Kỳ Anh Valve JSC, a unit of Delta Flow, received an investment certificate from the Vũng Áng "
        "Economic Zone Authority on Monday for a US$12 million plant."
    )
    assert events(text) == {
        ("investment_licence", frozenset({"Vũng Áng Economic Zone Authority", "Kỳ Anh Valve"}))
    }


def test_english_groundbreaking_and_inauguration() -> None:
    assert deals("Bến Lức Dairy Co., Ltd broke ground on a VNĐ900 billion plant on Tuesday.") == {
        one("groundbreaking", "Bến Lức Dairy")
    }
    text = "Sông Mây Foods JSC inaugurated its factory on Monday, a total investment of US$30 million."
    assert events(text) == {one("inauguration", "Sông Mây Foods")}
    assert deals(text) == {one("investment", "Sông Mây Foods")}


def test_an_english_stake_sale_is_the_buyers_acquisition() -> None:
    text = (
        "Gò Dầu Chemicals JSC completed the sale of its 40 per cent stake in Phước Đông Resin Co., Ltd to "
        "Pacific Polymer Holdings for VNĐ500 billion."
    )
    assert deals(text) == {one("investment", "Pacific Polymer Holdings")}
    (event,) = tag_text(text).events
    assert (event.kind, event.status) == ("acquisition", "completed")
    assert {p.name for p in event.parties} == {
        "Pacific Polymer Holdings",
        "Phước Đông Resin",
        "Gò Dầu Chemicals",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Hòa Lạc Ceramics JSC denied a report that it would sell its plant to Apex Tile Co., Ltd.",
        "The Hà Nam People's Committee revoked the investment certificate of Kiện Khê Paint Co., Ltd.",
    ],
)
def test_english_denials_and_revocations_are_no_deals(text: str) -> None:
    assert deals(text) == set() and events(text) == set()


def test_a_principle_contract_to_lease_land_is_cooperation_not_supply() -> None:
    text = (
        "Công ty CP Hạ tầng Yên Lư Xanh và Công ty TNHH Dongsan Tech (Hàn Quốc) ký hợp đồng nguyên tắc thuê "
        "5,2 ha đất tại KCN Yên Lư."
    )
    assert deals(text) == {pair("cooperation", "Hạ tầng Yên Lư Xanh", "Dongsan Tech")}


def test_công_ty_after_a_firm_and_a_bank_is_the_firm() -> None:
    text = (
        "Ngày 2/3, Công ty CP Van Công nghiệp Kiến An và Ngân hàng TMCP Sài Gòn Thương Tín ký hợp đồng tín "
        "dụng 300 tỷ đồng; cùng ngày, công ty ký hợp đồng mua máy đúc của Tập đoàn Toyo Casting (Nhật Bản)."
    )
    assert pair("supply_contract", "Van Công nghiệp Kiến An", "Toyo Casting") in deals(text)


@pytest.mark.parametrize("work", ["may 300.000 áo jacket", "ép 2 triệu chi tiết nhựa", "đúc 5.000 vỏ bơm"])
def test_a_contract_to_make_goods_for_a_buyer_is_a_supply_contract(work: str) -> None:
    text = f"Công ty CP Sản xuất Hòa Xá ký hợp đồng {work} cho Tập đoàn Thương mại Kitano (Nhật Bản)."
    assert deals(text) == {pair("supply_contract", "Sản xuất Hòa Xá", "Thương mại Kitano")}


def test_a_rumoured_purchase_is_no_deal() -> None:
    text = (
        "Giới đầu tư đồn đoán Tập đoàn Pegatron sẽ mua lại xưởng của Công ty TNHH Linh kiện Yên Phong Delta."
    )
    assert deals(text) == set() and events(text) == set()


def test_a_pledge_to_go_on_investing_is_no_deal_but_a_pledged_increase_is() -> None:
    assert (
        deals("Tập đoàn Aeon cam kết sẽ tiếp tục mở rộng đầu tư tại Việt Nam trong những năm tới.") == set()
    )
    assert deals("Tập đoàn Aeon cam kết tăng vốn thêm 200 triệu USD trong năm 2027.") == {
        one("investment", "Aeon")
    }


def test_an_inauguration_with_the_capital_in_the_next_clause_is_an_investment() -> None:
    text = (
        "Công ty TNHH Chế biến Gỗ Đồng Phú Nova khánh thành nhà máy tại KCN Đồng Phú; dự án có tổng "
        "vốn 640 tỷ đồng."
    )
    assert deals(text) == {one("investment", "Chế biến Gỗ Đồng Phú Nova")}


def test_a_signed_stake_transfer_is_the_buyers_investment_not_a_contract_of_pairs() -> None:
    text = (
        "Tổng công ty Phát triển Hạ tầng Đông Bắc đã ký hợp đồng chuyển nhượng 60% vốn Công ty TNHH KCN Lạc "
        "Đạo Mới cho Tập đoàn Hikari Estate (Nhật Bản), giá trị 900 tỷ đồng."
    )
    assert deals(text) == {one("investment", "Hikari Estate")}
    (event,) = tag_text(text).events
    assert (event.kind, event.status, event.amount) == ("acquisition", "signed", 900_000_000_000)
    assert [(p.name, p.role) for p in event.parties] == [
        ("Hikari Estate", "buyer"),
        ("KCN Lạc Đạo Mới", None),
        ("Phát triển Hạ tầng Đông Bắc", "seller"),
    ]


@pytest.mark.parametrize(
    ("verb", "status"),
    [
        ("đã bán toàn bộ", "completed"),
        ("sẽ chuyển nhượng", "announced"),
        ("thông qua phương án bán", "announced"),
    ],
)
def test_a_stake_sold_in_a_company_to_a_buyer_is_an_acquisition(verb: str, status: str) -> None:
    text = (
        f"Tổng Công ty Thiết bị Điện Đông Anh {verb} 30% vốn tại Công ty CP Biến thế Sóc Sơn cho Công ty CP "
        "Đầu tư Lam Hồng."
    )
    events_found = [e for e in tag_text(text).events if e.kind == "acquisition"]
    assert [(e.status, {p.name for p in e.parties}) for e in events_found] == [
        (status, {"Đầu tư Lam Hồng", "Biến thế Sóc Sơn", "Thiết bị Điện Đông Anh"})
    ]


def test_a_licence_to_a_consortium_is_one_investment_of_its_members() -> None:
    text = (
        "Ban Quản lý các KCN tỉnh Nam Định trao giấy chứng nhận đăng ký đầu tư cho liên danh Công ty CP "
        "Cơ khí Vụ Bản và Tập đoàn Dongfeng Parts (Trung Quốc), vốn 1.200 tỷ đồng."
    )
    assert deals(text) == {("investment", frozenset({"Cơ khí Vụ Bản", "Dongfeng Parts"}))}


def test_an_mou_of_two_associations_is_an_event_of_two_organisations() -> None:
    text = (
        "Hiệp hội Doanh nghiệp Điện tử Bắc Ninh và Tổ chức Xúc tiến Thương mại Đài Bắc ký biên bản ghi nhớ "
        "về kết nối nhà cung cấp."
    )
    assert "Tổ chức Xúc tiến Thương mại Đài Bắc" in [o.name for o in tag_text(text).organizations]
    assert events(text) == {
        ("mou", frozenset({"Hiệp hội Doanh nghiệp Điện tử Bắc Ninh", "Tổ chức Xúc tiến Thương mại Đài Bắc"}))
    }


def test_tổ_chức_as_a_verb_is_no_organisation() -> None:
    assert tag_text("Tổ chức lễ ký kết tại Hà Nội.").organizations == []


def test_an_aid_projects_document_is_no_deal() -> None:
    text = "Bộ Công Thương và Tổ chức Lao động Quốc tế ký văn kiện dự án hỗ trợ 40 doanh nghiệp da giày."
    assert events(text) == set() and deals(text) == set()


def test_a_park_founded_by_a_province_with_its_investor_after_do_is_that_provinces_licence() -> None:
    text = (
        "UBND tỉnh Bắc Giang vừa quyết định thành lập KCN Tân Yên Bắc rộng 190 ha, do Công ty CP Hạ tầng Nhã "
        "Nam Xanh làm chủ đầu tư."
    )
    (event,) = tag_text(text).events
    assert (event.kind, [p.name for p in event.parties]) == (
        "investment_licence",
        ["UBND tỉnh Bắc Giang", "Hạ tầng Nhã Nam Xanh"],
    )


def test_a_bracket_saying_who_the_subject_is_neither_hides_it_nor_adds_an_event() -> None:
    text = (
        "Công ty TNHH Linh kiện Tiên Lãng Mobis (đầu tư bởi Tập đoàn Seoul Mobis của Hàn Quốc) động thổ "
        "nhà máy tại KCN Tiên Thanh, vốn 40 triệu USD."
    )
    assert events(text) == {one("groundbreaking", "Linh kiện Tiên Lãng Mobis")}


def test_a_joint_venture_agreement_signed_is_a_joint_venture_event() -> None:
    text = (
        "Công ty CP Hạ tầng Đông Sơn và Tập đoàn Rojana (Thái Lan) ký thỏa thuận liên doanh phát triển KCN."
    )
    assert events(text) == {pair("joint_venture", "Hạ tầng Đông Sơn", "Rojana")}


def test_a_lower_case_item_marker_after_a_semicolon_goes_on_with_the_licence_list() -> None:
    text = (
        "Ban Quản lý các KCN tỉnh Bắc Ninh trao giấy chứng nhận đăng ký đầu tư cho 2 dự án. Một là nhà máy "
        "vỏ pin của Công ty TNHH Cơ khí Quế Võ Seojin, vốn 30 triệu USD; hai là dự án mở rộng của Công ty "
        "TNHH Điện tử Tiên Du Nexcon, tăng vốn thêm 12 triệu USD."
    )
    assert {e.kind for e in tag_text(text).events} == {"investment_licence"}
    assert len(tag_text(text).events) == 2


def test_a_groundbreaking_ceremony_as_the_setting_is_no_groundbreaking_of_the_firms_named() -> None:
    text = (
        "Trong lễ khởi công, 4 doanh nghiệp đã ký biên bản ghi nhớ thuê đất tại KCN Cam Lộ, trong đó có "
        "Công ty Hanbit Garment Holdings của Hàn Quốc."
    )
    assert deals(text) == set()


def test_no_deal_is_added_where_the_clause_says_none_was_signed() -> None:
    text = "Công ty CP Cơ khí Đông Hưng Xanh chưa ký được hợp đồng cung cấp khung xe với Thaco vì lệch giá."
    assert deals(text) == set()


def test_a_bare_english_name_before_an_english_verb_is_a_firm() -> None:
    text = (
        "Rojana Industrial Development said on Monday it plans a public tender offer for 30 per cent of Đông "
        "Sơn Park JSC."
    )
    assert "Rojana Industrial Development" in firms(text)


def test_firms_listed_after_a_shared_công_ty_each_keep_their_legal_form() -> None:
    text = (
        "Chiều 3/9, lễ khởi công nhà máy của các Công ty: TNHH Linh kiện Daesung Vina, TNHH Khuôn mẫu Hwajin "
        "và CP Bao bì Lạng Giang diễn ra tại KCN Song Khê."
    )
    assert [(f.name, f.legal_form) for f in tag_text(text).firms] == [
        ("Linh kiện Daesung", "Công ty TNHH"),
        ("Khuôn mẫu Hwajin", "Công ty TNHH"),
        ("Bao bì Lạng Giang", "Công ty CP"),
    ]


def test_an_associations_seat_is_part_of_its_name() -> None:
    text = "Ông Kim Min-ho, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc tại Bắc Ninh, phát biểu tại hội nghị."
    assert "Hiệp hội Doanh nghiệp Hàn Quốc tại Bắc Ninh" in [o.name for o in tag_text(text).organizations]


def test_an_english_body_named_in_full_replaces_the_part_read_before() -> None:
    text = "The People's Committee of Lạng Sơn Province on Friday approved a border logistics centre project."
    names = [o.name for o in tag_text(text).organizations]
    assert names == ["People's Committee of Lạng Sơn Province"]


@pytest.mark.parametrize("name", ["Nguyễn Khắc Hưng", "Lê Viết Thành", "Trần Tất Đạt"])
def test_common_middle_names_make_a_bare_name_in_a_list_of_guests(name: str) -> None:
    text = f"Dự lễ có các đồng chí: {name}, Phó Chủ tịch UBND tỉnh; Hà Văn Lâm, Giám đốc Sở Tài chính."
    assert name in [p.name for p in tag_text(text).persons]
