# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 25 (issue 12), each on sentences of our own, in the shapes blind batches 77-79 met.

- firms: a foreign group's Vietnamese unit written bare as "X Vina" ("Daeyang Vina"), named as the group is;
  English company words "Marine" and "Shipping"; "US-based" before a name (where it is based, no part of it);
  "One Member Co., Ltd" as the English of "Công ty TNHH MTV"; an English country is no firm ("the Netherlands");
  "Dây đồng" (copper wire) inside a name, though "đồng" ends names elsewhere;
- deals: a licence round's lines: capital added by a firm "ở KCN Y" ("nâng thêm", "được tăng thêm", "thêm"
  for the next firm), money set aside for machines ("dành N cho dàn máy", "bỏ N thay lò"), the list after "...
  cấp phép ... là A, vốn N, và B" or "dự án nhận giấy ... thuộc về A, B và C", "Khoản tăng vốn ... được cấp cho
  X"; in English "X, which is putting $N into", "X registered N USD for", "X follows with a $N plant", "its
  project was licensed", "the largest licence, $N, went to X", "X, which got a licence for ..., and Y, licensed
  for ..."; a short English sentence with a deal's verb and two function words is read as English ("X ordered
  four cranes from Y in 2020");
- a supply told through goods shipped under a contract ("xuất 3 cẩu ..., lô thứ hai trong hợp đồng 9 cẩu ký
  với B"); a licence received "sáng 18-3" (a date with a dash as the time between subject and verb).

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23 and 24 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, firms, one, pair, rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ngày 5/9, Hanjoo Vina tiếp tục xuất 4 cẩu bờ sang Malaysia.", ["Hanjoo"]),
        ("Dự án Sungkwang Vina tại phường Tân Hương được cấp phép tháng trước.", []),  # a project's name
        (
            "Baekdu Marine and Tan Thuan Shipyard JSC formed a repair venture.",
            ["Baekdu Marine", "Tan Thuan Shipyard"],
        ),
        (
            "The board approved a crane plant proposed by Harlow Hoists Company, part of the US-based Harlow Group.",
            ["Harlow Hoists Company", "Harlow Group"],
        ),
        (
            "The two picked were Phu Lam Mould JSC and Song Thao Spring One Member Co., Ltd.",
            ["Phu Lam Mould", "Song Thao Spring"],
        ),
        ("Maasdijk Shipping of the Netherlands has ordered two tugs.", ["Maasdijk Shipping"]),
        ("Công ty TNHH Dây đồng Phúc Lâm nâng công suất lên 60.000 tấn.", ["Dây đồng Phúc Lâm"]),
        ("Xưởng của Công ty TNHH Điện từ Tân Lập quấn 2 triệu cuộn cảm mỗi năm.", ["Điện từ Tân Lập"]),
        ("Can Tho hosted a matching fair with Mekong Delta provinces on April 18.", []),
    ],
)
def test_firms_written_in_the_shapes_of_shipbuilding_and_electronics_copy(
    text: str, named: list[str]
) -> None:
    assert firms(text) == named


def test_a_deal_verb_and_two_function_words_make_a_short_sentence_english() -> None:
    text = "Cat Lai Terminal JSC ordered six cranes from Hanjoo Precision JSC in 2021."
    assert deals(text) == {pair("supply_contract", "Hanjoo Precision", "Cat Lai Terminal")}


def test_an_ordering_country_of_the_netherlands_is_no_party() -> None:
    text = "Maasdijk Shipping of the Netherlands has ordered two tugs from Song Cam Shipbuilding JSC, and the first keel was laid this week."
    assert deals(text) == {pair("supply_contract", "Song Cam Shipbuilding", "Maasdijk Shipping")}


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 5/9, Công ty TNHH Hanjoo Vina tiếp tục xuất 4 cẩu bờ sang Malaysia, lô thứ hai trong hợp đồng 10 cẩu ký với Tập đoàn Cảng Klang Pelabuhan.",
        "Công ty TNHH Hanjoo Vina cũng xuất 5 nồi hơi cho một nhà máy ở Malaysia theo hợp đồng ký năm 2022 với Tập đoàn Cảng Klang Pelabuhan.",
    ],
)
def test_goods_shipped_under_a_contract_signed_with_a_buyer_are_a_supply_contract(text: str) -> None:
    assert deals(text) == {pair("supply_contract", "Hanjoo", "Cảng Klang Pelabuhan")}


def test_a_licence_received_on_a_date_written_with_a_dash() -> None:
    text = "Công ty CP Hạ tầng Sông Hậu Xanh chiều 12-4 nhận từ UBND TP Cần Thơ quyết định chấp thuận chủ trương đầu tư dự án KCN Thới Lai."
    assert deals(text) == {one("investment", "Hạ tầng Sông Hậu Xanh")}


@pytest.mark.parametrize(
    ("text", "investors"),
    [
        (
            "Trong các dự án điều chỉnh vốn, Công ty TNHH Minh Khoa Electric ở KCN Tân Đông Hiệp (TP. Dĩ An) nâng thêm 42 triệu USD cho nhà máy biến áp, còn Công ty TNHH Cáp Sao Việt ở KCN Nam Tân Uyên thêm 9 triệu USD.",
            {"Minh Khoa Electric": 42e6, "Cáp Sao Việt": 9e6},
        ),
        (
            "Công ty TNHH Điện tử Hoàng Lâm được tăng thêm 75 triệu USD cho xưởng loa; Công ty TNHH Mạch in Bắc Hà được thêm 30 triệu USD cho dây chuyền bảng mạch.",
            {"Điện tử Hoàng Lâm": 75e6, "Mạch in Bắc Hà": 30e6},
        ),
        (
            "Công ty TNHH Quang điện Thanh Bình dành 320 tỷ đồng cho dàn máy hàn laser, Công ty CP Nhựa Lộc Phát bỏ 210 tỷ đồng thay máy ép.",
            {"Quang điện Thanh Bình": 320e9, "Nhựa Lộc Phát": 210e9},
        ),
        (
            "Ba dự án nhận giấy lần này thuộc về Công ty TNHH Linh kiện Sơn Hà, Công ty TNHH Cơ khí Tân Phú và Công ty CP Bao bì Hòa Bình.",
            {"Linh kiện Sơn Hà": None, "Cơ khí Tân Phú": None, "Bao bì Hòa Bình": None},
        ),
        (
            "Hai doanh nghiệp vừa được Ban Quản lý các KCN cấp phép trong tháng 8 là Công ty TNHH Điện cơ Phú Lâm (Hàn Quốc), vốn 3.100.000 USD cho xưởng mô-tơ, và Công ty CP Nhựa Tân Định, vốn 12 tỷ đồng.",
            {"Điện cơ Phú Lâm": 3.1e6, "Nhựa Tân Định": 12e9},
        ),
        (
            "Khoản tăng vốn lớn nhất, 220 triệu USD, được cấp cho Công ty TNHH Dây đồng Hưng Thịnh để nâng công suất ở KCN Giang Điền.",
            {"Dây đồng Hưng Thịnh": 220e6},
        ),
        (
            "The largest top-up came from speaker maker Anzen Acoustics Co., which put in another 85 million USD, taking its investment to 240 million USD.",
            {"Anzen Acoustics": 85e6},
        ),
        (
            "Germany's Brenner Motorentechnik registered 44 million USD for a gearbox plant, the biggest single project of the month.",
            {"Brenner Motorentechnik": 44e6},
        ),
        (
            "New arrivals included Hanyang Mold Co., Ltd. of South Korea, which is putting $14 million into a die-casting shop at Amata Industrial Park.",
            {"Hanyang Mold": 14e6},
        ),
        (
            "The province's largest licence of the year, $180 million, went to Shenzhen Lianfa Optics Co., Ltd. (China) for a lens plant at Phu My 2 Industrial Park.",
            {"Shenzhen Lianfa Optics": 180e6},
        ),
        (
            "Japan's Tokai Pack follows with a $32 million plant for printed cartons, the authority said.",
            {"Tokai Pack": 32e6},
        ),
        (
            "Taiwan's Hua Sheng Wire is the latest arrival: its 41 million USD cable project in Long An was licensed this month.",
            {"Hua Sheng Wire": 41e6},
        ),
        (
            "Lianhua Electronics Vietnam Co., Ltd, which got a licence for a 36 million USD circuit-board plant, and Pacific Wire Co., licensed for a 18 million USD cable factory, were the largest newcomers.",
            {"Lianhua Electronics": 36e6, "Pacific Wire": 18e6},
        ),
        (
            "Vốn lớn nhất trong số dự án mới, 64 triệu USD, thuộc về nhà máy bo mạch của Công ty TNHH Arden Circuits Việt Nam, một nhà đầu tư Singapore.",
            {"Arden Circuits": 64e6},
        ),
        (
            "Hai dự án lớn nhất được cấp phép trong tháng là trung tâm dữ liệu của Keppel Nova Holdings PTE.LTD (Singapore), 88 triệu USD, và xưởng cáp quang của Công ty TNHH Quang Minh Fiber, gần 30 triệu USD.",
            {"Keppel Nova Holdings": 88e6, "Quang Minh Fiber": 30e6},
        ),
    ],
)
def test_each_firms_share_of_a_licence_round_is_its_investment(
    text: str, investors: dict[str, float | None]
) -> None:
    found = {
        d.parties[0]: d.amount for d in tag_text(text).deals if d.kind == "investment" and len(d.parties) == 1
    }
    assert found == investors


@pytest.mark.parametrize(
    "text",
    [
        "Fund manager Hanbit Asset Management bought VNĐ250 billion of convertible bonds from Song Cong Garment JSC.",
        "Ba dự án đang chờ cấp phép thuộc KCN Yên Phong II.",  # a park, not a firm, after "thuộc"
        "Doanh thu của Công ty TNHH Điện tử Hoàng Lâm tăng thêm 75 tỷ đồng trong quý III.",
    ],
)
def test_guards_no_investment_from_a_bond_purchase_a_park_or_revenue(text: str) -> None:
    assert {d for d in deals(text) if d[0] == "investment"} == set()


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Dự án tăng vốn còn lại thuộc Công ty TNHH Nhựa kỹ thuật Sakae (Nhật Bản), thêm 21 triệu USD cho xưởng ép ở KCN Amata.",
            "Nhựa kỹ thuật Sakae",
        ),
        (
            "Công ty TNHH Linh kiện Daedong Việt Nam là chủ dự án; nhà máy sẽ làm 30 triệu bàn phím mỗi năm.",
            "Linh kiện Daedong",
        ),
    ],
)
def test_a_project_said_to_belong_to_a_firm_is_its_investment(text: str, investor: str) -> None:
    assert deals(text) == {one("investment", investor)}


def test_an_english_firm_that_is_the_investor_invests() -> None:
    text = "Son Tra Girder JSC is the investor; the plant costs VND420 billion."
    assert deals(text) == {one("investment", "Son Tra Girder")}


def test_a_project_proposed_by_a_firm_and_approved_is_its_licensed_investment() -> None:
    text = "Last week the authority signed off on a $9 million winch factory proposed by Corwin Lifting Company at Lien Chieu Industrial Park."
    assert deals(text) == {one("investment", "Corwin Lifting Company")}
    assert events(text) == {one("investment_licence", "Corwin Lifting Company")}


def test_two_firms_that_formed_a_yard_as_a_joint_venture_cooperate() -> None:
    text = "Hanbada Marine and Vietnam's state-run Ba Ngoi Corp. formed the Cam Ranh yard as a joint venture in 2001."
    assert deals(text) == {pair("cooperation", "Hanbada Marine", "Ba Ngoi")}


def test_a_contract_signed_two_years_before_the_text_is_recalled_a_deal_with_no_event() -> None:
    text = "Công ty TNHH Hanjoo Vina cũng xuất 5 nồi hơi cho một nhà máy ở Malaysia theo hợp đồng ký năm 2021 với Tập đoàn Cảng Klang Pelabuhan."
    tags = tag_text(text, "2023-10-02")
    assert [d.kind for d in tags.deals] == ["supply_contract"]
    assert tags.events == []
    assert [e.kind for e in tag_text(text, "2021-10-02").events] == ["supply_contract"]  # the same year: news
