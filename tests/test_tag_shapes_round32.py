# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 32 (issue 12), each on sentences of our own:

- English copy: a plant told by the firm that plans it ("A $90 million plant that X plans for ...", "Of the
  $3 billion X plans for its first complex ..."): X's announced investment (seen in blind batch 109);
- an English apposition naming what a bare name is to another ("X, the group's battery unit, ..."): X is a
  firm; a plant two firms own together ("A owns the plant jointly with B"): their cooperation, no event;
- a bare name after a kind of firm, its country and a comma ("một tập đoàn Thụy Sĩ, X, ..."), or after a
  city's "-based" in English ("Ha Noi-based X"): a firm (seen in blind batch 107);
- English copy's names of unaccented Vietnamese syllables: a bank at a sentence's end after a cue ("... signed
  with Bac Viet Bank."), a name before its own general director or chief executive ("Kim Phat's general director
  X said"), never a province or a district's chairman (seen in blind batch 108);
- English "X, one of Taiwan's ... makers, will open a factory in Vietnam": X's announced investment (not a joint
  venture plant two firms plan to open; seen in blind batch 107);
- from blind batches 110-112 (scored first, at f786038): medical makers' company words ("Medtech", "Glove(s)",
  "Protective", "Healthcare", "Biotech"), a name before its tax code in brackets ("X (MST: 0301234567, ..."),
  English "Exhibitors include X, ..."; a firm's plant that "sẽ tốn khoảng N" (its investment, but not a machine
  "trị giá N" in a workshop, nor a decimal comma read as a list's comma); "KCN Y là nơi X đặt nhà máy ..." (an
  investment told as a fact, no event); "X, <an aside>, đã chọn KCN Y (Z) cho nhà máy 35 ha với N" (the
  plant's area before its worth); an association of investors ("Hiệp hội Nhà đầu tư ... Việt Nam") and one
  seated abroad ("Hội Doanh nghiệp Việt Nam tại Kansai") read whole; an English ministry's name with one "and"
  ("the Ministry of Industry and Trade and X" ends before the second); a memorandum "signed by A, B and C";
  English "a factory that (China's) X is building / X of China has built", "... is already planned by X",
  "are planned in the north by the X Group" (announced investments), "a plant ..., announced in 2013 by X" (an
  investment, no event), "X had already broken ground" (a groundbreaking, the bare name a firm);
- English copy's areas in English number syntax ("2,800m2", "100,000ha", "a 40-hectare site", "38,200 square
  metres"); Vietnamese "2,5 ha" stays 2.5;
- a common Japanese, Korean or Chinese surname after a role, foreign-looking words after it ("Phó Vụ trưởng
  Mori Takuya"): the role's holder (extract/data/persons.json "foreign_surnames", sources cited there);
- English "X now holds an investment registration certificate ..., issued by the Y People's Committee on
  Thursday" (or "after a ceremony hosted by" it): the news of X's licence, Y its grantor ("has held ... since
  2019" stays no news).

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-31 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.kind, d.parties) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, [p.name for p in e.parties]) for e in tag_text(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "A $90 million wiring harness plant that Harlow Group plans for its Vietnamese arm is due to break ground in Nam Dinh province next spring, officials said on Monday.",
        "The cable factory which Harlow Group is planning in Vinh Phuc province will cost about $140 million, the provincial authority said.",
        "Of the $3 billion Harlow Group plans for its first complex in Mexico, an initial $1.2 billion has been set aside this year, the company said.",
    ],
)
def test_a_plant_told_by_the_firm_that_plans_it_is_its_announced_investment(text: str) -> None:
    assert _deals(text) == [("investment", ["Harlow Group"])]
    assert _events(text) == [("investment_announcement", ["Harlow Group"])]


def test_a_firm_planned_for_is_not_the_investor() -> None:
    # the plant planned "for" a unit: the planner invests, not the unit
    text = "A $90 million wiring harness plant that Harlow Group plans for its Vietnamese arm Harlow Cable is due to break ground in Nam Dinh province next spring, officials said on Monday."
    assert [d.parties for d in tag_text(text).deals] == [["Harlow Group"]]


def test_an_english_apposition_of_what_a_bare_name_is_makes_it_a_firm() -> None:
    text = "Tessaro Kinetik, the group's electric scooter unit, held its first trial runs at a Hung Yen plant last month, the filing showed."
    assert "Tessaro Kinetik" in _firms(text)


def test_a_plant_two_firms_own_together_is_their_cooperation_without_event() -> None:
    text = "Tessaro Mobility, the group's electric scooter unit, owns the Hung Yen motor plant jointly with Japan's Kameda Seisakusho, according to the filing published on Tuesday."
    assert _deals(text) == [("cooperation", ["Tessaro Mobility", "Kameda Seisakusho"])]
    assert _events(text) == []


def test_a_plant_one_firm_owns_alone_is_no_cooperation() -> None:
    text = "Tessaro Mobility, the group's electric scooter unit, owns the Hung Yen motor plant, which it bought from Kameda Seisakusho in 2021, according to the filing published on Tuesday."
    assert ("cooperation", ["Tessaro Mobility", "Kameda Seisakusho"]) not in _deals(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Phần lớn tay máy trong xưởng đến từ một hãng Đức, Greifwerk, nay đã có văn phòng ở Hà Nội.",
            "Greifwerk",
        ),
        ("Một tập đoàn Thụy Sĩ, Stauffach, đứng sau phần lớn số tay máy của xưởng.", "Stauffach"),
        ("A palletising cell built by Da Nang-based Robonex was shown at the fair on Friday.", "Robonex"),
        ("The grippers come from Osaka-based Kanetomo, the organisers said.", "Kanetomo"),
    ],
)
def test_a_firm_named_after_its_kind_and_country_or_its_city_base_is_read(text: str, name: str) -> None:
    assert name in _firms(text)


def test_a_country_listed_after_a_kind_and_a_country_is_no_firm() -> None:
    text = "Giá chào của các nhà cung cấp từ Ả Rập Xê Út, Maroc và Jordan thấp hơn năm ngoái."
    assert _firms(text) == []


def test_a_bank_of_unaccented_syllables_at_a_sentence_end_after_a_cue_is_a_firm() -> None:
    text = "Small parts makers in the province will draw on a VND35 billion credit line that the provincial fund signed with Tay Viet Bank."
    assert "Tay Viet Bank" in _firms(text)


def test_a_name_of_unaccented_syllables_before_its_general_director_is_a_firm() -> None:
    text = "Phu Thinh's general director Tran Van Hau said the two new lines would double the output of brake pads."
    assert "Phu Thinh" in _firms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Binh Duong's general director of tax Tran Van Hau said the rules would change.",
        "Thu Duc's chairman Tran Van Hau said the city would back the parts makers.",
    ],
)
def test_a_place_before_an_officer_is_no_firm(text: str) -> None:
    assert _firms(text) == []


def test_a_firm_that_will_open_a_factory_announces_an_investment() -> None:
    text = "Kaohsiung Mold Works Co. Ltd., one of Taiwan's bigger die-casting mould makers, will open a factory in Vietnam in 2027, its deputy general manager said at a trade show in Osaka."
    assert _deals(text) == [("investment", ["Kaohsiung Mold Works"])]
    assert _events(text) == [("investment_announcement", ["Kaohsiung Mold Works"])]


def test_two_firms_opening_a_joint_venture_plant_is_no_investment_of_one() -> None:
    text = "Taiwan's Kaohsiung Mold Works Corp and Japan's Sendai Press Industries plan to open a joint venture mould plant in Vietnam, Kaohsiung Mold Works Corp said on Friday."
    assert ("investment", ["Kaohsiung Mold Works Corp"]) not in _deals(text)


# --- seen in blind batches 110-112 (scored first, at f786038) ---


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Đại diện Tân Hòa Medtech, ông Lê Văn Sáng, nhận quyết định chủ trương đầu tư sáng nay.",
            "Tân Hòa Medtech",
        ),
        ("Năm nay Sentosa Gloves chạy thêm hai dây chuyền nhúng ở Quảng Trị.", "Sentosa Gloves"),
        (
            "Vinlatex (MST: 0301234567, trụ sở tại TP Thủ Đức) là nhà thầu quen của nhiều bệnh viện tuyến tỉnh.",
            "Vinlatex",
        ),
        (
            "Exhibitors include Kuroda Gauge, Nagahama Tooling and others from Osaka, the organisers said on Monday.",
            "Kuroda Gauge",
        ),
    ],
)
def test_medical_makers_a_tax_code_and_an_exhibitor_list_name_firms(text: str, name: str) -> None:
    assert name in _firms(text)


def test_a_plant_of_a_firm_that_will_cost_an_amount_is_its_investment() -> None:
    text = "Nhà máy đầu tiên của Tập đoàn Sentosa Gloves (Malaysia) tại Việt Nam sẽ tốn khoảng 32,5 triệu USD, một tờ báo Nhật Bản cho biết."
    assert _deals(text) == [("investment", ["Sentosa Gloves"])]
    assert tag_text(text).deals[0].amount == 32_500_000


def test_a_machine_worth_an_amount_in_a_firms_workshop_is_no_investment() -> None:
    text = "Năm nay, xưởng của Công ty TNHH Cơ khí Hòa Lợi sẽ có máy chấn tôn trị giá 540 triệu đồng, ngân sách hỗ trợ 200 triệu đồng."
    assert _deals(text) == []


def test_where_a_firm_put_its_plant_is_its_investment_without_event() -> None:
    text = "KCN Long Đức (Đồng Nai) là nơi tập đoàn Mỹ Brightwell Nutrition đặt nhà máy đầu tiên, hơn 12 triệu USD, từ năm 2009."
    assert _deals(text) == [("investment", ["Brightwell Nutrition"])]
    assert _events(text) == []


def test_a_firm_that_chose_a_park_for_a_plant_of_an_area_and_worth_past_an_aside_invests() -> None:
    text = "Sentosa Tyre, cũng thuộc nhóm đầu ngành lốp Malaysia, đã chọn KCN Thành Thành Công (Tây Ninh) cho nhà máy 35 ha với 380 triệu USD."
    assert _deals(text) == [("investment", ["Sentosa Tyre"])]
    assert tag_text(text).deals[0].amount == 380_000_000
    assert _events(text) == []


def _orgs(text: str) -> list[str]:
    return [o.name for o in tag_text(text).organizations]


def test_an_association_of_investors_and_one_seated_abroad_are_read_whole() -> None:
    text = "Hội Doanh nghiệp Việt Nam tại Kansai và Hiệp hội Nhà đầu tư khu công nghiệp Việt Nam ký thỏa thuận hợp tác chiều 3/4."
    assert _orgs(text) == [
        "Hội Doanh nghiệp Việt Nam tại Kansai",
        "Hiệp hội Nhà đầu tư khu công nghiệp Việt Nam",
    ]
    assert [(e.kind, len(e.parties)) for e in tag_text(text).events] == [("mou", 2)]


def test_an_english_ministry_name_takes_one_and_only() -> None:
    text = "The training scheme runs under a memorandum of understanding signed by the Bac Giang People's Committee, the Ministry of Industry and Trade and Seoha Electronics Vietnam."
    assert "Ministry of Industry and Trade" in _orgs(text)
    assert [(e.kind, [p.name for p in e.parties]) for e in tag_text(text).events] == [
        ("mou", ["Bac Giang People's Committee", "Ministry of Industry and Trade", "Seoha Electronics"])
    ]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Trial runs have begun at a surgical mask factory that Taiwan's Lianshun Medical Co. Ltd. is building in Quang Ngai province.",
            "Lianshun Medical",
        ),
        (
            "Trial runs are under way at the catheter factory that Lianshun Medical Co., Ltd. of Taiwan has built in Quang Ngai province.",
            "Lianshun Medical",
        ),
        (
            "A third phase, worth a further $150 million and spread over 20 more hectares, is already planned by Sentosa Group and would add 5 million tyres a year.",
            "Sentosa Group",
        ),
        (
            "Hanoi (VNA) – Two more latex processing plants are planned in the central highlands by the Tay Nguyen Rubber Group, which expects output there to grow.",
            "Tay Nguyen Rubber Group",
        ),
    ],
)
def test_a_plant_a_firm_is_building_or_that_is_planned_by_it_is_its_announced_investment(
    text: str, investor: str
) -> None:
    assert _deals(text) == [("investment", [investor])]
    assert _events(text) == [("investment_announcement", [investor])]


def test_a_plant_announced_years_ago_by_a_firm_is_its_investment_without_event() -> None:
    text = "A $54 million second plant in Dong Nai, announced in March 2015 by France's Lumeris Pharma, is an exception: most foreign drug firms here only import."
    assert _deals(text) == [("investment", ["Lumeris Pharma"])]
    assert _events(text) == []


def test_a_bare_name_that_had_already_broken_ground_is_a_firm_breaking_ground() -> None:
    text = "The Nikkei Asian Review said Takemori had already broken ground this month, in the Saigon Hi-Tech Park of Ho Chi Minh City."
    assert _deals(text) == [("groundbreaking", ["Takemori"])]


@pytest.mark.parametrize(
    ("text", "hectares"),
    [
        (
            "The Vietnam Pavilion takes up about 2,800m2 and is shared by 120 booths, the organisers said.",
            [0.28],
        ),
        (
            "Tay Ninh, with some 100,000ha of rubber plantations, drew 14 FDI projects in the first two months.",
            [100000.0],
        ),
        (
            "Work began on the 40-hectare site in Phuoc Dong Industrial Park 14 months ago, and a second phase will take 28 more hectares.",
            [40.0, 28.0],
        ),
        (
            "The company has begun building a plant covering 38,200 square metres in Binh Duong province.",
            [3.82],
        ),
        ("Nhà máy rộng 2,5 ha nằm trong khu đất 12.000 m2 của cụm công nghiệp.", [2.5, 1.2]),
    ],
)
def test_areas_of_english_copy_are_read_in_english_number_syntax(text: str, hectares: list[float]) -> None:
    assert [a.hectares for a in tag_text(text).areas] == hectares


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Trưởng đoàn là Phó Vụ trưởng Kimura Haruto, cùng hai chuyên gia của văn phòng dự án.",
            "Kimura Haruto",
        ),
        ("Phó Chủ tịch Hiệp hội Yamada Kenji phát biểu tại lễ ký.", "Yamada Kenji"),
    ],
)
def test_a_common_foreign_surname_after_a_role_names_its_holder(text: str, person: str) -> None:
    assert [p.name for p in tag_text(text).persons] == [person]


@pytest.mark.parametrize(
    "text",
    [
        "BINH PHUOC — Taiwan's Kuo Lung Tyre Co Ltd now holds an investment registration certificate for a US$260-million tyre plant in the province, issued by the Binh Phuoc People's Committee on Friday.",
        "BINH PHUOC — Taiwan's Kuo Lung Tyre Co Ltd now holds the investment registration certificate for a US$260-million tyre plant, after a ceremony hosted by the Binh Phuoc People's Committee on Friday.",
    ],
)
def test_a_certificate_a_firm_now_holds_is_news_of_its_licence_with_the_issuer(text: str) -> None:
    assert [(e.kind, [p.name for p in e.parties]) for e in tag_text(text).events] == [
        ("investment_licence", ["Binh Phuoc People's Committee", "Kuo Lung Tyre"])
    ]


def test_a_certificate_a_firm_has_held_for_years_is_no_news() -> None:
    text = "Taiwan's Kuo Lung Tyre Co Ltd has held an investment registration certificate for its Binh Phuoc plant since 2019, the company said."
    assert _events(text) == []
