# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 43 (issue 12), each on sentences of our own:

- a plant that "đã chạy từ" or "đã vận hành từ" a recent time ("từ tuần trước", "từ giữa tháng 9", "từ ngày
  3/5") has opened: its owner's inauguration (was none); running "từ năm 2007" or "từ tháng 5/2023" is a plant
  long in service when that is more than two months before the text's publication, no opening (nor
  "đã chạy máy từ tháng 4/2019", "đi vào hoạt động từ năm 2014", which were); "từ tháng 12/2024" in an
  article of January 2025 is still its opening.
- from blind batches 152-154 (after they were scored): one foreign word after a firm's officer ("Lãnh đạo X
  cho biết", "Theo Tổng giám đốc X, ...") is the firm he leads (was none), not a foreign surname alone
  ("Giám đốc Tanaka"), two words ("Tổng giám đốc Hendrik Maes"), an association's short name ("Vitas") or
  the first word of a longer name ("Polymax Đông Hưng Việt Nam"); a plan word "tính"/"muốn" between a bare
  name and its verb ("X tính dựng thêm một xưởng": X a firm, was none); "SpA" and "Srl" are legal forms
  (were part of the name);
- "Giấy chứng nhận đăng ký đầu tư (Quyết định chủ trương đầu tư) cho dự án ... của X đã được Y trao": X's
  licence with Y its grantor (was an announcement, or no grantor); English "the X Economic Zone and
  Industrial Parks Authority" is a body (was none, so no grantor); "X won approval for a ... investment" is
  X's licence (was none), not "approval for its new logo";
- an acronym of three letters with an English apposition ("KMV, the Korean scooter maker, ...") or its
  country in brackets ("TKP (Hàn Quốc)") is a firm (was none: acronyms needed four letters and a verb), not
  a currency ("USD, the currency ..."); "X's October licence": X a firm (was none);
- from blind batches 155-157 (after they were scored): a stake told first that passes to a buyer ("12 triệu
  cổ phiếu Công ty X (HLC), tức 9,5% vốn, vừa về tay Công ty Y", "N% vốn điều lệ X ..., tương đương ...,
  đã thuộc về Y", "A 60% stake in X, a printer of ..., will pass to Y ... from its owner, Z"): Y's
  investment and its acquisition of X, Z the seller (were none); a share that belongs to a holder now
  ("Phần vốn 51% thuộc về Y") is none; "Lãnh đạo tỉnh X và Công ty Y cắt băng khánh thành / bấm nút vận
  hành nhà máy": Y's opening alone (was the province's too, or none for "bấm nút vận hành"); "Pcl" is a
  legal form (Thai public companies); "X's dealers": X a firm; the officer before a firm is a title,
  capitalised ("Giám đốc X", not "lớp đào tạo giám đốc X"); "Thỏa thuận lập liên doanh giữa A và B được
  ký": one joint venture event (was a cooperation event beside it); "About 5.2 million shares of X have
  gone to Y": Y's investment and acquisition (were none); "of the United States" names no firm "United
  States".

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-42 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _events(text: str, published: str | None = None) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(p.name for p in e.parties)) for e in tag_text(text, published).events]


@pytest.mark.parametrize(
    "text",
    [
        "Xưởng dập vỏ động cơ của Công ty TNHH Cơ khí Tràng An Parts ở KCN Gia Lễ đã chạy từ tuần trước, sau ba tháng lắp máy.",
        "Nhà máy bánh răng của Công ty TNHH Vĩnh Phát Gear tại KCN Nam Cầu Kiền đã vận hành từ giữa tháng 9, mỗi năm làm 800.000 chi tiết.",
    ],
)
def test_a_plant_running_since_a_recent_time_has_opened(text: str) -> None:
    owner = "Cơ khí Tràng An Parts" if "Tràng An" in text else "Vĩnh Phát Gear"
    assert _events(text) == [("inauguration", [owner])]


@pytest.mark.parametrize(
    "text",
    [
        "Nhà máy bánh răng của Công ty TNHH Vĩnh Phát Gear tại KCN Nam Cầu Kiền đã chạy từ năm 2011, mỗi năm làm 800.000 chi tiết.",
        "Nhà máy bánh răng của Công ty TNHH Vĩnh Phát Gear tại KCN Nam Cầu Kiền đã vận hành từ tháng 4/2019.",
        "Nhà máy bánh răng của Công ty TNHH Vĩnh Phát Gear tại KCN Nam Cầu Kiền đã chạy máy từ tháng 4/2019.",
    ],
)
def test_a_plant_running_since_a_past_year_is_no_opening(text: str) -> None:
    assert [k for k, _ in _events(text, "2025-06-20")] == []


def test_a_plant_running_since_last_month_is_still_news() -> None:
    text = "Nhà máy bánh răng của Công ty TNHH Vĩnh Phát Gear tại KCN Nam Cầu Kiền đã đi vào hoạt động từ tháng 12/2024."
    assert _events(text, "2025-01-08") == [("inauguration", ["Vĩnh Phát Gear"])]


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


@pytest.mark.parametrize(
    "text",
    [
        "Lãnh đạo Kestrava cho biết trạm đổi pin sẽ mở cho mọi hãng xe.",
        "Theo Tổng giám đốc Kestrava, mạng trạm đổi pin cần thêm hai năm nữa.",
        "Phó Tổng giám đốc Kestrava nói công ty chưa tính chuyện bán pin lẻ.",
    ],
)
def test_one_foreign_word_after_an_officer_is_the_firm_he_leads(text: str) -> None:
    assert _firms(text) == ["Kestrava"]


@pytest.mark.parametrize(
    "text",
    [
        "Giám đốc Tanaka cho biết trạm đổi pin sẽ mở cho mọi hãng xe.",  # a surname alone: a person
        "Theo Tổng giám đốc Hendrik Maes, mạng trạm cần thêm hai năm.",  # two words: his own name
        "Chủ tịch Vitas đề nghị các nhà cung cấp bông mở kho ngoại quan.",  # an association's short name
    ],
)
def test_an_officer_s_own_name_or_an_association_is_no_firm(text: str) -> None:
    assert _firms(text) == []


def test_the_officer_cue_does_not_cut_a_longer_name() -> None:
    text = "Ông Lin, Tổng giám đốc Polymax Đông Hưng Việt Nam, cho biết vốn mới dùng cho dây chuyền sợi."
    assert "Polymax" not in _firms(text)


def test_a_plan_word_may_stand_between_a_bare_name_and_its_verb() -> None:
    text = "Để chủ động nguồn mủ, Daeseon tính dựng thêm một xưởng sơ chế cao su ở Việt Nam."
    assert _firms(text) == ["Daeseon"]


def test_spa_and_srl_are_italian_legal_forms() -> None:
    tags = tag_text("Xưởng lắp ráp của Brenta Moto SpA (Ý) và Corvino Freni Srl sẽ đặt ở Vĩnh Phúc.")
    assert [(f.name, f.legal_form) for f in tags.firms] == [("Brenta Moto", "SpA"), ("Corvino Freni", "Srl")]


@pytest.mark.parametrize(
    ("text", "grantor", "investor"),
    [
        (
            "Giấy chứng nhận đăng ký đầu tư cho dự án ống thép 58 triệu USD của Công ty TNHH Kim Khí Tân Á đã được Ban Quản lý các KCN tỉnh Bắc Ninh trao sáng 3/4.",
            "Ban Quản lý các KCN tỉnh Bắc Ninh",
            "Kim Khí Tân Á",
        ),
        (
            "Quyết định chủ trương đầu tư cho nhà máy gioăng cao su của Công ty TNHH Cao su Kỹ thuật Hòa Lạc đã được UBND tỉnh Hà Nam trao ngày 2/10.",
            "UBND tỉnh Hà Nam",
            "Cao su Kỹ thuật Hòa Lạc",
        ),
    ],
)
def test_a_certificate_told_first_and_just_handed_over_is_a_licence_with_its_grantor(
    text: str, grantor: str, investor: str
) -> None:
    assert _events(text) == [("investment_licence", sorted([grantor, investor]))]


def test_an_economic_zone_and_industrial_parks_authority_grants_an_english_licence() -> None:
    text = "Kestrel Motor JSC received its investment registration certificate from the Chu Lai Economic Zone and Industrial Parks Authority on Monday."
    assert _events(text) == [
        ("investment_licence", ["Chu Lai Economic Zone and Industrial Parks Authority", "Kestrel Motor"])
    ]


def test_winning_approval_for_an_investment_is_a_licence() -> None:
    assert _events("Kestrel Motor won approval for a VND4.2-trillion investment in Dung Quat.") == [
        ("investment_licence", ["Kestrel Motor"])
    ]
    assert _events("Kestrel Motor won approval for its new logo from the board.") == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("KMV, the Korean scooter maker, buys brake drums from two suppliers in Vinh Phuc.", "KMV"),
        ("Băng keo dán khung được lấy từ TKP (Hàn Quốc) ở Bắc Ninh.", "TKP"),
        ("Draxton's October licence covers a second wheel plant in Thai Binh.", "Draxton"),
    ],
)
def test_an_acronym_described_or_with_its_country_and_a_name_with_its_licence_are_firms(
    text: str, firm: str
) -> None:
    assert firm in _firms(text)


def test_an_acronym_of_a_currency_with_an_apposition_is_no_firm() -> None:
    assert _firms("USD, the currency most exporters invoice in, rose again.") == []


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.kind, sorted(d.parties)) for d in tag_text(text).deals]


@pytest.mark.parametrize(
    ("text", "buyer", "company"),
    [
        (
            "12 triệu cổ phiếu Công ty CP Cáp điện Hải Long (HLC), tức 9,5% vốn, vừa về tay Công ty TNHH Thiết bị điện Minh Châu theo dữ liệu của sở giao dịch.",
            "Thiết bị điện Minh Châu",
            "Cáp điện Hải Long",
        ),
        (
            "21,4% vốn điều lệ CTCP Sứ cách điện Phú Lãm (mã: PLC), tương đương 8,1 triệu cổ phần, đã thuộc về Công ty TNHH Năng lượng Sông Thao sau giao dịch ngày 4/7.",
            "Năng lượng Sông Thao",
            "Sứ cách điện Phú Lãm",
        ),
        (
            "A 60% stake in Kim Phat Labels JSC, a printer of adhesive labels for electronics makers, will pass to Chaophraya Pack once shareholders approve.",
            "Chaophraya Pack",
            "Kim Phat Labels",
        ),
    ],
)
def test_a_stake_told_first_that_passes_to_a_buyer_is_its_acquisition(
    text: str, buyer: str, company: str
) -> None:
    assert _deals(text) == [("investment", [buyer])]
    assert _events(text) == [("acquisition", sorted([buyer, company]))]


def test_a_share_that_belongs_to_a_holder_now_is_no_acquisition() -> None:
    text = (
        "Phần vốn 51% thuộc về Công ty TNHH Thép Sông Đà; 49% còn lại do Công ty CP Kết cấu Thép Hòa An nắm."
    )
    assert [k for k, _ in _events(text)] == []


def test_an_english_stake_passing_from_its_owner_names_the_seller() -> None:
    text = "A 70% stake in Tan Viet Breakers Co Ltd, which makes switchgear near Hanoi, will pass to Kisaragi Electric Corporation from the unit's Japanese owner, Kasumi Denki Co Ltd."
    assert _events(text) == [
        ("acquisition", ["Kasumi Denki", "Kisaragi Electric Corporation", "Tan Viet Breakers"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Lãnh đạo tỉnh Hưng Yên và Công ty TNHH Thiết bị điện Kaneda Việt Nam bấm nút vận hành nhà máy. Ảnh: Minh Quân",
        "Lãnh đạo tỉnh Thái Bình và Công ty TNHH Thiết bị điện Kaneda Việt Nam cắt băng khánh thành nhà máy.",
    ],
)
def test_a_province_s_leaders_at_a_firm_s_opening_leave_it_the_firm_s(text: str) -> None:
    assert _events(text) == [("inauguration", ["Thiết bị điện Kaneda"])]


def test_pcl_is_a_thai_legal_form() -> None:
    assert _firms("Chanthaburi Flex Pcl, a Thai packaging firm, plans to take 30% of the printer.") == [
        "Chanthaburi Flex"
    ]


def test_a_lower_case_office_before_a_foreign_word_is_no_officer_of_a_firm() -> None:
    assert _firms("Lớp đào tạo giám đốc Kaizenkai khai giảng vào tháng 9 tại Hà Nội.") == []


def test_a_name_with_its_dealers_is_a_firm() -> None:
    assert _firms("All 34 provinces have Kestrava's dealers now.") == ["Kestrava"]


def test_a_joint_venture_agreement_between_two_firms_is_one_event() -> None:
    text = "Thỏa thuận lập liên doanh giữa Tập đoàn Kanazawa Steel và Công ty CP Thép Hòa An được hai bên ký tại Hải Phòng."
    assert _events(text) == [("joint_venture", ["Kanazawa Steel", "Thép Hòa An"])]


def test_shares_counted_that_have_gone_to_a_buyer_are_its_acquisition() -> None:
    text = "About 5.2 million shares of Hoa Khanh Cable Corporation (HKC) have gone to Tan Long Electric JSC, the stock exchange said."
    assert _deals(text) == [("investment", ["Tan Long Electric"])]
    assert _events(text) == [("acquisition", ["Hoa Khanh Cable Corporation", "Tan Long Electric"])]


def test_a_firm_of_the_united_states_names_no_firm_united_states() -> None:
    assert _firms("Harlan Grid Systems of the United States said it would build the plant in phases.") == [
        "Harlan Grid Systems"
    ]
