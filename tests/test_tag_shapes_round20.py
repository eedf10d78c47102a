# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 20 (issue 12), each on sentences of our own, in the shapes blind batches 60 and 61
missed when scored: English copy naming a firm by its country ("Japan's X", "X of Denmark") and news
agencies cited as sources, Vietnamese firms written bare by an industry word and a two-syllable word
("Hóa chất Cơ bản X"), English joint ventures planned or set up "with" a partner, and "bắt đầu xây dựng"
as a groundbreaking."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, firms, pair


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Japan's Sakura Metals opened a sales office in Hanoi last year.", "Sakura Metals"),
        ("The yard is building two bulk carriers for UK's Northgate Shipping.", "Northgate Shipping"),
        ("Rederiet Nordhavn of Denmark has placed orders for two product tankers.", "Rederiet Nordhavn"),
        ("Among them is a $90 million wrap-film project of Singapore's Lumina Asia.", "Lumina Asia"),
    ],
)
def test_an_english_country_before_or_after_a_bare_name_makes_it_a_firm(text: str, firm: str) -> None:
    assert firm in firms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Investors from the Republic of Korea lead the province's FDI table.",
        "Hãng tin Reuters cho hay nhà máy sẽ hoạt động từ quý III.",
        "According to Nikkei, the plant will start operating next year.",
        "Once completed, the venture will build tugs and offshore support vessels.",
        "Exports to Southeast Asia rose by a fifth.",
        "General Director Kenji Saito said the company now buys 70 per cent of its resin locally.",
        "Revenue over January-May rose by a tenth, the yard said.",
    ],
)
def test_a_country_a_region_a_news_agency_or_an_opening_adverb_is_no_firm(text: str) -> None:
    assert firms(text) == []


def test_a_firm_written_bare_by_its_industry_keeps_a_two_syllable_word_of_its_name() -> None:
    text = "Hóa chất Cơ bản Bình Minh khởi công nhà máy xút tại KCN Nhơn Trạch 3 ngày 12/5."
    assert firms(text) == ["Hóa chất Cơ bản Bình Minh"]
    assert deals(text) == {("groundbreaking", frozenset(["Hóa chất Cơ bản Bình Minh"]))}


def test_an_industry_word_before_a_lower_case_word_that_is_not_half_of_one_names_no_more() -> None:
    # "bản" completes "Cơ bản"; "mới" completes nothing: the name stops before it
    assert "Hóa chất Cơ mới" not in firms("Hóa chất Cơ mới ra mắt dòng sản phẩm xút lỏng.")


@pytest.mark.parametrize(
    ("text", "a", "b", "status"),
    [
        (
            "Japan's Sakura Metals and Delta Steel Corporation of Vietnam plan a steelmaking joint venture in Vietnam, with a new $150 million plant.",
            "Sakura Metals",
            "Delta Steel Corporation",
            "announced",
        ),
        (
            "Korea's Minseo Steel said it would set up a 50:50 joint venture with China's Hubei Iron & Steel to build a coated sheet plant.",
            "Minseo Steel",
            "Hubei Iron & Steel",
            "announced",
        ),
        (
            "Taiwan's Yuanli Steel Corp and Japan's Sanwa Alloy Industries plan to open a joint venture steel plant in Vietnam.",
            "Yuanli Steel Corp",
            "Sanwa Alloy Industries",
            "announced",
        ),
        (
            "Minseo Steel has set up a joint venture with Hubei Iron & Steel to make coated sheet.",
            "Minseo Steel",
            "Hubei Iron & Steel",
            "signed",
        ),
    ],
)
def test_an_english_joint_venture_planned_or_set_up_with_a_partner(
    text: str, a: str, b: str, status: str
) -> None:
    assert deals(text) == {pair("cooperation", a, b)}
    assert events(text) == {pair("joint_venture", a, b)}
    assert [e.status for e in tag_text(text).events] == [status]


def test_an_english_joint_venture_someone_would_merely_like_is_no_deal() -> None:
    assert deals("Minseo Steel said it would like to find a partner in Vietnam one day.") == set()


def test_began_building_is_a_groundbreaking() -> None:
    text = "Công ty CP Thép Hòa Bình bắt đầu xây dựng khu liên hợp luyện thép tại KCN Phú Mỹ 3 hôm 3/4."
    assert deals(text) == {("groundbreaking", frozenset(["Thép Hòa Bình"]))}


def _events(text: str, published: str) -> set[tuple[str, frozenset[str]]]:
    return {(e.kind, frozenset(p.name for p in e.parties)) for e in tag_text(text, published).events}


def test_a_clause_that_opens_on_a_past_year_recalls_its_deal_with_no_event() -> None:
    text = "Năm 2019, Tập đoàn Nidec Alpha đã mua lại Công ty CP Cơ điện Phú Hòa với giá khoảng 45 triệu USD."
    assert _events(text, "2025-06-01") == set()
    assert {d.kind for d in tag_text(text, "2025-06-01").deals} == {"investment"}  # the deal stays
    # last year's deal told early in the next may still be the news
    assert _events(text.replace("2019", "2024"), "2025-03-01") != set()


def test_the_clause_after_a_past_year_is_the_news_again() -> None:
    text = "Năm 2022, Tập đoàn Mitsui Beta mua lại 40% cổ phần Công ty CP Hóa chất Biên Hòa Lam; nay hai bên ký thêm hợp đồng bao tiêu xút lỏng trong 5 năm."
    assert _events(text, "2025-06-01") == {pair("supply_contract", "Mitsui Beta", "Hóa chất Biên Hòa Lam")}


def test_a_group_for_which_its_unit_signs_is_no_party() -> None:
    text = "Ngày 10/5/2025, theo ủy quyền của Tập đoàn Hóa chất Việt Nam, Công ty TNHH Apatit Lào Cai và Công ty TNHH Tư vấn Kỹ thuật Hoa Nam (Trung Quốc) đã ký Hợp đồng thực hiện gói thầu TV3 cho dự án mở rộng nhà máy."
    assert deals(text) == {pair("supply_contract", "Apatit Lào Cai", "Tư vấn Kỹ thuật Hoa Nam")}
    assert "Hóa chất Việt Nam" in firms(text)  # still a firm of the text


def test_an_mou_the_company_has_signed_is_an_mou() -> None:
    text = "HÀ NỘI — Local makers of chains will get coaching from Honda Vietnam under an MoU the company has signed with the Việt Nam Industry Agency."
    assert {e.kind for e in tag_text(text).events} == {"mou"}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Binh An Investment and Construction Ltd, which built the first park in the district, will carry out the project.",
            "Binh An Investment and Construction",
        ),
        (
            "The wind farm was invested by Hoa Phat Construction - Trading Co., Ltd. at a cost of VND2,100 billion.",
            "Hoa Phat Construction - Trading",
        ),
        (
            "The 40ha cluster is to be developed by Minh Long Trading and Construction Company, said the provincial vice chairman.",
            "Minh Long Trading and Construction Company",
        ),
    ],
)
def test_an_english_name_joining_the_firms_trades_is_one_firm(text: str, firm: str) -> None:
    assert firms(text) == [firm]


def test_two_firms_joined_by_and_stay_two() -> None:
    assert firms("Samsung Electronics and LG Display Co., Ltd signed a supply deal.") == [
        "Samsung Electronics",
        "LG Display",
    ]


def test_a_certificate_handed_to_a_firm_named_before_it_is_a_licence() -> None:
    text = "Chiều 17-4, UBND TP Cần Thơ đã trao cho Công ty cổ phần Đầu tư Hạ tầng Sông Hậu Lam giấy chứng nhận đăng ký đầu tư dự án hạ tầng KCN Thới Long."
    assert deals(text) == {("investment", frozenset(["Đầu tư Hạ tầng Sông Hậu Lam"]))}
    # the spelled-out legal form ("Công ty cổ phần") is no stake that would keep the licence from being an event
    assert events(text) == {pair("investment_licence", "UBND TP Cần Thơ", "Đầu tư Hạ tầng Sông Hậu Lam")}


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Quyết định số 1284/QĐ-TTg đã chấp thuận chủ trương đầu tư hạ tầng KCN Hòa Phú 5. Nhà đầu tư được chấp thuận là Công ty cổ phần Phát triển Công nghiệp Mê Kông Xanh.",
            "Phát triển Công nghiệp Mê Kông Xanh",
        ),
        (
            "Ban Quản lý Khu kinh tế Cà Mau đã trao giấy chứng nhận đăng ký đầu tư dự án nhà máy gạch nhẹ; chủ đầu tư dự án là Công ty TNHH MTV Vật liệu Xây dựng Minh Hà.",
            "Vật liệu Xây dựng Minh Hà",
        ),
    ],
)
def test_the_investor_named_after_a_licence_or_an_approval_invests(text: str, investor: str) -> None:
    assert deals(text) == {("investment", frozenset([investor]))}


def test_a_firm_whose_english_name_begins_with_vietnam_keeps_it() -> None:
    text = "India's Raman group signed a joint venture contract with Vietnam Metal Corporation to build a steel mill."
    assert "Vietnam Metal Corporation" in firms(text)
    assert firms("The Vietnam Chamber of Commerce and Industry hosted the forum.") == []


def test_an_english_order_placed_with_a_builder_is_its_supply_contract() -> None:
    text = "Rederiet Nordhavn of Denmark has placed orders for two product tankers to be built by Lotus Shipbuilding Corporation."
    assert deals(text) == {pair("supply_contract", "Lotus Shipbuilding Corporation", "Rederiet Nordhavn")}


def test_contracts_won_to_build_for_named_buyers_are_one_supply_contract_each() -> None:
    text = "Lotus Shipbuilding Corporation has won contracts to build bulk carriers for UK's Northgate Shipping and container ships for Canada's Maple Lines."
    assert deals(text) == {
        pair("supply_contract", "Lotus Shipbuilding Corporation", "Northgate Shipping"),
        pair("supply_contract", "Lotus Shipbuilding Corporation", "Maple Lines"),
    }
