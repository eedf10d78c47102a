# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 36 (issue 12), each on sentences of our own:

- decisions' dates: an English clause opening with its date ("On March 3, 2025, the provincial People's
  Committee issued Notice 41/TB-UBND", "On 12 June 2024 the ministry issued Circular ...": were undated; a
  plan "implementing" a resolution leaves the resolution undated); a metadata table whose cells ran together
  ("Số hiệu:87/2019/QĐ-TTgNgày ban hành:14/05/2019": was no number at all); an aside in brackets between the
  number and its issuing clause ("Quyết định 15/2024/QĐ-UBND (thay thế Quyết định ...) được UBND tỉnh ban hành
  hôm 2/4/2024": was undated).

- firms written bare: "Korean-owned X", "Taiwan-owned X" (who owns it, as "-based" says where it is; not
  "State-owned Banks"); "Hãng dệt nhuộm Đài Loan X" (a kind of firm, its trade and its country before the
  name); "X, the biggest button maker in Asia, ..." (an English apposition with "the"); "X từng bỏ thêm N"
  ("từng": once); "X là nhà đầu tư thứ 12 ở KCN này" (the investor, ranked: a deal, no event);
- what a firm once did ("X từng rót 5 triệu USD ...") is background: its deal, no event;
- English: "X is reportedly set to invest $N" (a report is still the news: was no deal), "X has won a
  licence for a dyeing mill ..." (a licence), "X has a $N project" (its investment, no event), "A $N plant
  ... is X's next step" (announced), "An 18-million-USD mill of X went into construction" (a groundbreaking;
  hyphenated amounts are read: "the 40-million-USD plant");
- a passive after an apposition ("Công ty A, một trong những nhà sản xuất ... lớn nhất, vừa được UBND tỉnh B
  cấp phép ...": B's licence to A); "X được tăng vốn thêm N" (a licence's adjustment, as "được điều chỉnh
  tăng"); "cấp giấy chứng nhận doanh nghiệp công nghệ cao" is a status earned, no licence;
- a funding round with two leads ("Vòng Series A ... mà X công bố hoàn tất ... do A, niêm yết ở Seoul, và quỹ
  B đồng dẫn dắt", "a round led by A and B"): one investment of both leads and one acquisition with the
  company.

- events: "X muốn khởi công ..." (a wish: planned, an announced investment; was a groundbreaking); "Một nhà
  máy ... của X sẽ được dựng ở ..." (announced; was none); "Công ty X (Việt Nam) - Malaysia vừa khánh thành
  ..." (its country after the bracket: was none); English "X started running its second factory" (an
  opening), "X began development ... of a yarn plant" (a groundbreaking), "A funding license was handed to
  X" (spun copy for a licence), "The certificate went to X JSC from the Y Economic Zone and Industrial Parks
  Management Board" (that board its grantor: the board was no body at all);
- a list of firms after its cue ("gồm A, B và C", "such as A, B and C") or after a colon that says what kind
  of firms follow ("Seven tile makers filed the petition: A, B, ... and G"): every item a firm (was the
  first alone, or none); a province or a country in the list is none, nor a ticker's label ("(HoSE: VGC)");
- a brand with a hyphenated word after syllables like Vietnamese ones ("maker Sao Lam E-Bike", was none; a
  Korean given name such as "Kim Sung-ho" stays a person's); a head of a firm whose office is written in
  lower case ("ông A, Phó tổng giám đốc LP-Power, nói"); "Porcelain", "Ceramic", "Bike", "Tires", "Granite",
  "Fibers", "Denim", "Knit", "Dyeing" and "Fastening" end a firm's name ("Cycle" does not: "Taipei Cycle
  Show");
- English "About ¥9 billion will go into a faucet factory that X Co. is to build": X's announced investment
  (was none);
- persons: an English apposition of two roles or a trade's word before the role ("Pham Thi Lan, co-founder and
  CEO of X, thinks ...", "Yuki Tanabe, production planner at X, told ...": were none); a journal's authors in
  capitals, each starred for a footnote ("NGUYỄN HOÀI AN * ĐỖ THỊ MAI ** ...": were none).

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-35 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _decisions(text: str) -> list[tuple[str, str | None]]:
    return [(d.number, d.date) for d in tag_text(text).decisions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On March 3, 2025, the provincial People's Committee issued Notice 41/TB-UBND on the rollout of the new cluster.",
            [("41/TB-UBND", "2025-03-03")],
        ),
        (
            "On 12 June 2024 the trade ministry issued Circular 09/2024/TT-BCT on supporting-industry lists.",
            [("09/2024/TT-BCT", "2024-06-12")],
        ),
        (
            "Exports grew. On 2 May 2024, the committee approved Decision 88/QĐ-UBND for the Tan Lap cluster.",
            [("88/QĐ-UBND", "2024-05-02")],
        ),
    ],
)
def test_an_english_clause_opening_with_its_date_dates_the_number_it_issues(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _decisions(text) == expected


def test_an_english_plan_implementing_a_resolution_leaves_the_resolution_undated() -> None:
    text = "On May 2, 2024, the board issued a plan implementing Resolution 52/NQ-CP on industrial parks."
    assert _decisions(text) == [("52/NQ-CP", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Số hiệu:87/2019/QĐ-TTgNgày ban hành:14/05/2019Loại văn bản:Quyết định",
        "Số hiệu: 87/2019/QĐ-TTg Ngày ban hành: 14/05/2019 Loại văn bản: Quyết định",
    ],
)
def test_a_metadata_table_whose_cells_ran_together_keeps_its_number_and_date(text: str) -> None:
    assert _decisions(text) == [("87/2019/QĐ-TTg", "2019-05-14")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quyết định 15/2024/QĐ-UBND (thay thế Quyết định 7/2020/QĐ-UBND) được UBND tỉnh ban hành hôm 2/4/2024.",
            [("15/2024/QĐ-UBND", "2024-04-02"), ("7/2020/QĐ-UBND", None)],
        ),
        (
            "Nghị định 13/2023/NĐ-CP (về bảo vệ dữ liệu cá nhân) do Chính phủ ban hành ngày 17/4/2023 đã có hiệu lực.",
            [("13/2023/NĐ-CP", "2023-04-17")],
        ),
    ],
)
def test_an_aside_in_brackets_between_a_number_and_its_issuing_clause_keeps_the_date(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _decisions(text) == expected


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


def _deals(text: str) -> list[tuple[str, list[str], float | None]]:
    return [(d.kind, sorted(d.parties), d.amount) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(p.name for p in e.parties)) for e in tag_text(text).events]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Korean-owned Seonhwa is now the largest dyer in the zone.", "Seonhwa"),
        ("Hãng dệt nhuộm Đài Loan Fuyuan Dakang hiện có ba xưởng ở Long An.", "Fuyuan Dakang"),
        (
            "Kanzaki, the biggest button maker in Asia, plans to double output at its Dong Nai site.",
            "Kanzaki",
        ),
        ("Hồi năm 2016, Sewontek từng bỏ thêm 2 triệu USD mở xưởng may găng tay.", "Sewontek"),
        (
            "Nhà xưởng rộng 8.000m2; Colwynne Arden là nhà đầu tư thứ 12 ở cụm công nghiệp này.",
            "Colwynne Arden",
        ),
    ],
)
def test_a_bare_name_with_who_owns_it_or_what_it_is_is_a_firm(text: str, firm: str) -> None:
    assert firm in _firms(text)


def test_a_state_owned_word_names_no_firm() -> None:
    assert "Banks" not in _firms("Lending to Parts Makers by State-owned Banks, chapter 2.")


def test_what_a_firm_once_did_is_its_deal_and_no_event() -> None:
    text = "Vào tháng 5/2014, Sewontek từng rót thêm 2 triệu USD dựng xưởng may găng tay ở Bắc Giang."
    assert _deals(text) == [("investment", ["Sewontek"], 2_000_000)]
    assert _events(text) == []


def test_an_investor_ranked_in_a_park_is_its_deal_and_no_event() -> None:
    text = "Nhà xưởng rộng 8.000m2, vốn 1,5 triệu USD; Brightmoor Labels là nhà đầu tư thứ 12 ở cụm công nghiệp này."
    assert [d[:2] for d in _deals(text)] == [("investment", ["Brightmoor Labels"])]
    assert _events(text) == []


def test_a_reported_plan_to_invest_is_an_announced_investment() -> None:
    text = "Kanzaki, the biggest button maker in Asia, is reportedly set to invest $42 million in its Dong Nai plant."
    assert _deals(text) == [("investment", ["Kanzaki"], 42_000_000)]
    assert _events(text) == [("investment_announcement", ["Kanzaki"])]


def test_a_licence_won_for_a_mill_is_a_licence() -> None:
    text = "Singapore-based Orrin Fibres has won a licence for a dyeing mill in Tay Ninh, costing some $85 million."
    assert _events(text) == [("investment_licence", ["Orrin Fibres"])]
    assert [d[:2] for d in _deals(text)] == [("investment", ["Orrin Fibres"])]


def test_a_project_a_firm_has_is_its_investment_and_no_event() -> None:
    text = "Across the river, Korean-owned Daewon Knit has a $45 million project for circular knitting and dyeing works."
    assert _deals(text) == [("investment", ["Daewon Knit"], 45_000_000)]
    assert _events(text) == []


def test_a_plant_told_first_that_is_a_firms_next_step_is_announced() -> None:
    text = "A $60 million zipper plant, also in Ha Nam, is Kanzaki Group's next step in the region after Thailand."
    assert _deals(text) == [("investment", ["Kanzaki Group"], 60_000_000)]
    assert _events(text) == [("investment_announcement", ["Kanzaki Group"])]


def test_a_mill_that_went_into_construction_is_a_groundbreaking_with_its_hyphenated_amount() -> None:
    text = (
        "A 25-million-USD spinning mill of Hong Tai Yarn JSC went into construction on Monday in Binh Duong."
    )
    assert _deals(text) == [("groundbreaking", ["Hong Tai Yarn"], 25_000_000)]
    assert _events(text) == [("groundbreaking", ["Hong Tai Yarn"])]


def test_a_passive_licence_after_an_apposition_names_the_grantor() -> None:
    text = (
        "Công ty TNHH Sợi Đông Phát, một trong những nhà sản xuất sợi cotton lớn nhất miền Nam, vừa được UBND "
        "tỉnh Tây Ninh cấp phép xây nhà máy sợi thứ ba."
    )
    assert _events(text) == [("investment_licence", ["Sợi Đông Phát", "UBND tỉnh Tây Ninh"])]


def test_a_capital_increase_granted_in_the_passive_is_a_licence() -> None:
    text = "Công ty TNHH Lốp xe Hòa Khánh được tăng vốn thêm 40 triệu USD cho nhà máy lốp ở Đà Nẵng."
    assert _events(text) == [("investment_licence", ["Lốp xe Hòa Khánh"])]


def test_a_high_tech_enterprise_certificate_is_no_licence() -> None:
    text = "Công ty TNHH Cảm biến Minh Việt vừa được Bộ Khoa học và Công nghệ cấp giấy chứng nhận doanh nghiệp công nghệ cao."
    assert _deals(text) == []
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Vòng Series A 12 triệu USD mà Công ty CP Xe điện Sao Lam công bố hoàn tất hôm qua do Công ty Hanwa Ventures, niêm yết ở Seoul, và quỹ Meridian Capital (Singapore) đồng dẫn dắt.",
            "Xe điện Sao Lam",
        ),
        (
            "Tập đoàn Lumora has raised $12 million in a Series A round led by Hanwa Ventures and Meridian Capital.",
            "Lumora",
        ),
    ],
)
def test_a_round_with_two_leads_is_one_investment_of_both(text: str, company: str) -> None:
    assert _deals(text) == [("investment", ["Hanwa Ventures", "Meridian Capital"], 12_000_000)]
    assert _events(text) == [("acquisition", sorted(["Hanwa Ventures", "Meridian Capital", company]))]


def _persons(text: str) -> list[str]:
    return [p.name for p in tag_text(text).persons]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Pham Thi Lan, co-founder and CEO of Green Wheel Mobility, thinks battery swaps will win the city.",
            "Pham Thi Lan",
        ),
        (
            "Yuki Tanabe, production planner at Kanzaki Group, told reporters the line runs three shifts.",
            "Yuki Tanabe",
        ),
    ],
)
def test_an_english_apposition_of_two_roles_or_a_trade_and_a_role_names_a_person(
    text: str, person: str
) -> None:
    assert _persons(text) == [person]


def test_a_journals_starred_authors_in_capitals_are_persons() -> None:
    text = (
        "CHUỖI CUNG ỨNG Phụ liệu may trong bối cảnh mới1 NGUYỄN HOÀI AN * ĐỖ THỊ MAI ** VŨ QUỐC BẢO *** Tóm tắt: "
        "Bài viết phân tích nguồn cung khóa kéo và nhãn dệt."
    )
    assert _persons(text) == ["NGUYỄN HOÀI AN", "ĐỖ THỊ MAI", "VŨ QUỐC BẢO"]


def test_a_heading_in_capitals_with_a_star_is_no_person() -> None:
    assert _persons("XUẤT KHẨU DỆT MAY * Số liệu tháng 5") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tập đoàn Hằng Lợi muốn khởi công nhà máy săm lốp ngay trong quý III/2026.",
            [("investment_announcement", ["Hằng Lợi"])],
        ),
        (
            "Một nhà máy pin lithium công suất 2 GWh/năm của Tập đoàn Hằng Lợi sẽ được dựng ở KCN Yên Phong II.",
            [("investment_announcement", ["Hằng Lợi"])],
        ),
        (
            "Công ty TNHH Dyechem Asia (Việt Nam) - Singapore vừa khánh thành nhà máy hóa chất nhuộm tại KCN Tân Kim.",
            [("inauguration", ["Dyechem Asia"])],
        ),
        (
            "Zipper maker Kanzaki Fastening Corporation started running its third factory in Vietnam this week.",
            [("inauguration", ["Kanzaki Fastening Corporation"])],
        ),
        (
            "Singapore's Marlow Textiles Co Ltd began development last week of a towel and yarn plant in Nam Dinh.",
            [("groundbreaking", ["Marlow Textiles"])],
        ),
        (
            "A funding license was handed in March to Hong Kong's Emerald Knit Group to expand its denim mill in Binh Duong.",
            [("investment_licence", ["Emerald Knit Group"])],
        ),
        (
            "The investment registration certificate went to Sao Lam E-Bike JSC from the Vung Ang Economic Zone and Industrial Parks Management Board, the paper said.",
            [
                (
                    "investment_licence",
                    ["Sao Lam E-Bike", "Vung Ang Economic Zone and Industrial Parks Management Board"],
                )
            ],
        ),
    ],
)
def test_events_told_as_wishes_passives_spun_copy_or_with_their_board(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seven tile makers filed the anti-dumping petition on May 2: Hoa Binh Ceramic, Dai Loc, Minh Sang, Tan Ky Granite and Vinh Phat.",
            ["Hoa Binh Ceramic", "Dai Loc", "Minh Sang", "Tan Ky Granite", "Vinh Phat"],
        ),
        (
            "Khách hàng lớn của nhà máy là các hãng nước giải khát như Tân Hiệp Phát, Bia Sài Gòn và Masan.",
            ["Tân Hiệp Phát", "Bia Sài Gòn", "Masan"],
        ),
        (
            "Năm doanh nghiệp nộp đơn gồm Gốm Hòa Bình, Đại Lộc, Minh Sang và Vĩnh Phát.",
            ["Gốm Hòa Bình", "Đại Lộc", "Minh Sang", "Vĩnh Phát"],
        ),
    ],
)
def test_every_item_of_a_list_of_firms_is_a_firm(text: str, expected: list[str]) -> None:
    assert _firms(text) == expected


def test_a_list_of_countries_or_a_tickers_label_names_no_firm() -> None:
    assert _firms("Các nhà đầu tư đến từ nhiều nước như Nhật Bản, Hàn Quốc và Singapore.") == []
    assert "VGC" not in _firms("Tổng công ty Viglacera - CTCP (HoSE: VGC) báo lãi 720 tỷ đồng.")


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Vietnamese electric scooter maker Sao Lam E-Bike will use the new battery plant.",
            "Sao Lam E-Bike",
        ),
        ("'Trạm sạc phải gần chợ', ông Lê Minh Quang, Phó tổng giám đốc LP-Power, nói.", "LP-Power"),
        ("Thanh Long Porcelain sets were given to visiting leaders last year.", "Thanh Long Porcelain"),
        ("Tan Phu Denim runs three washing lines in the Long Hau park.", "Tan Phu Denim"),
    ],
)
def test_brands_with_hyphens_or_trade_tails_are_firms(text: str, firm: str) -> None:
    assert firm in _firms(text)


def test_a_korean_given_name_and_a_cycle_show_name_no_firm() -> None:
    assert (
        _firms("Kim Sung-ho, chairman of the visiting delegation, said members wanted land near the port.")
        == []
    )
    assert _firms("Frame makers met at the opening of the 33rd Taipei Cycle Show.") == []


def test_an_amount_going_into_a_plant_a_firm_is_to_build_is_its_announced_investment() -> None:
    text = (
        "About ¥7 billion will go into a tile factory that Kanzaki Toki Co. is to build in northern Vietnam."
    )
    assert _deals(text) == [("investment", ["Kanzaki Toki"], 7_000_000_000)]
    assert _events(text) == [("investment_announcement", ["Kanzaki Toki"])]
