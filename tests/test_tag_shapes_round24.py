# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 24 (issue 12), each on sentences of our own.

A foreign group's unit of one province keeps its place in its name when it is written bare, as it does after a
legal form ("LG Display Việt Nam Hải Phòng"; firms.py's docstring): "Tổng Giám đốc Kestrel Optics Việt Nam Hải
Phòng", a known brand's "Samsung Electronics Việt Nam Thái Nguyên", and English copy's unaccented "Vietnam Thai
Nguyen"; "Vietnam" alone stays the country.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as round 23's do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import deals, events, firms, rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Chất lượng và giá là hai tiêu chí LG Electronics Việt Nam Hải Phòng dùng để chọn nhà cung ứng, ông Kim nói.",
            ["LG Electronics Việt Nam Hải Phòng"],
        ),
        (
            "Nhà máy lớn nhất của tập đoàn là ở Hải Phòng, ông Park Min-su, Tổng Giám đốc Kestrel Optics Việt Nam Hải Phòng, nói.",
            ["Kestrel Optics Việt Nam Hải Phòng"],
        ),
        (
            "Local vendors mostly sell cartons and labels to Samsung Electronics Vietnam Thai Nguyen, the survey found.",
            ["Samsung Electronics Vietnam Thai Nguyen"],
        ),
        ("Samsung Vietnam said it would buy more parts from local firms.", ["Samsung"]),
        ("Samsung Electronics Việt Nam ký hợp đồng với ba nhà cung ứng.", ["Samsung Electronics"]),
    ],
)
def test_a_groups_unit_of_a_province_keeps_its_place_written_bare(text: str, named: list[str]) -> None:
    assert firms(text) == named


def test_vietnam_alone_after_a_capitalised_word_is_the_country_not_a_firms_suffix() -> None:
    assert firms("Since Vietnam opened its market in the 1990s, shipyards have grown fast.") == []


def test_company_limited_after_vietnam_is_the_foreign_legal_form() -> None:
    text = "Kestrel Spring Company Limited and Baekje Vietnam Company Limited signed leases at the park."
    assert firms(text) == ["Kestrel Spring", "Baekje"]


def test_js_company_is_a_foreign_legal_form() -> None:
    assert firms("Thanh Son Infrastructure JS Company on Monday leased 4 ha to a shoe maker.") == [
        "Thanh Son Infrastructure"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Da Nang – Ground was broken on Friday for Orbis Clutch's plant in Hoa Khanh Industrial Park.",
            {("groundbreaking", frozenset({"Orbis Clutch"}))},
        ),
        (
            "Construction has started in Nghe An province on a motor factory that Song Lam Drives is building jointly with Japan's Kaito Motors.",
            {
                ("groundbreaking", frozenset({"Song Lam Drives"})),
                ("groundbreaking", frozenset({"Kaito Motors"})),
            },
        ),
        (
            "Baekje Spring Company Limited, Orbis Pipe Vina Company Limited and Kestrel Tube Co., Ltd held their own groundbreakings at the park on Monday.",
            {
                ("groundbreaking", frozenset({"Baekje Spring"})),
                ("groundbreaking", frozenset({"Orbis Pipe"})),
                ("groundbreaking", frozenset({"Kestrel Tube"})),
            },
        ),
    ],
)
def test_english_groundbreakings_told_in_the_passive_by_what_a_firm_builds_or_held_by_each(
    text: str, expected: set
) -> None:
    assert deals(text) == expected


def test_a_joint_builder_breaks_ground_with_the_owner_in_one_event() -> None:
    text = "Construction has started in Nghe An province on a motor factory that Song Lam Drives is building jointly with Japan's Kaito Motors."
    assert events(text) == {("groundbreaking", frozenset({"Song Lam Drives", "Kaito Motors"}))}


@pytest.mark.parametrize(
    ("text", "firm", "amount"),
    [
        (
            "Tanaka Shoes' sole plant there, worth 36 million USD, will employ 5,000 people in the province.",
            "Tanaka Shoes",
            36_000_000,
        ),
        (
            "Over the years, Kestrel Wind JSC has sunk VND2.8 trillion into the Ba Tri farm.",
            "Kestrel Wind",
            2_800_000_000_000,
        ),
    ],
)
def test_english_money_a_firm_has_sunk_or_its_plant_is_worth_is_its_investment(
    text: str, firm: str, amount: int
) -> None:
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [("investment", [firm], amount)]
    assert tags.events == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Of the two, Baekje Spring is spending more on automation.", "Baekje Spring"),
        ("Last year Orbis Pipe has landed a contract from a Japanese carmaker.", "Orbis Pipe"),
        ("Analysts said Kaito Motors' brake-pipe line was the most modern in the region.", "Kaito Motors"),
    ],
)
def test_english_verbs_and_possessions_that_make_a_bare_name_a_firm(text: str, firm: str) -> None:
    assert firm in firms(text)


def test_an_english_capital_raised_from_one_amount_to_another_adds_the_difference() -> None:
    from extract.tag.money import increase, tag_money

    text = (
        "Orbis Sole Vina's plant, whose capital rose from $40 million to $72 million, got a new certificate."
    )
    assert increase(text, tag_money(text)).amount == 32_000_000


@pytest.mark.parametrize(
    "text",
    [
        "Hai xưởng sấy lúa của Công ty CP Nông sản Hòa An, một ở Châu Thành, một ở Lấp Vò, sẽ lần lượt được khởi công ngày 5 và 19-7, ông Lê Văn Hậu cho biết.",
        "Nhà máy pin 300 triệu USD của Kestrel Energy ở Hà Tĩnh đã có lịch khởi công",
    ],
)
def test_a_groundbreaking_still_to_come_is_an_announced_investment(text: str) -> None:
    tags = tag_text(text)
    assert {d.kind for d in tags.deals} == {"investment"}
    assert {e.kind for e in tags.events} == {"investment_announcement"}


@pytest.mark.parametrize(
    ("text", "firm", "amount"),
    [
        (
            "Nhà máy kéo sợi 60 triệu USD ở Nam Định vận hành giai đoạn 1\nGiai đoạn 1 nhà máy sợi của Công ty TNHH Sợi Hằng An tại KCN Bảo Minh đã chính thức đi vào hoạt động.",
            "Sợi Hằng An",
            60_000_000,
        ),
        (
            "Trong đó Công ty CP Cơ khí Long Phú làm xưởng chế tạo máy 75 tỷ đồng ở KCN Hòa Phú.",
            "Cơ khí Long Phú",
            75_000_000_000,
        ),
        (
            "Nhà đầu tư Hàn Quốc Công ty TNHH Daeil Bolt thì chọn KCN Đình Vũ cho xưởng bu lông 42 triệu USD.",
            "Daeil Bolt",
            42_000_000,
        ),
        (
            "Công ty CP Ô tô Hòa Bình cho biết sẽ bỏ 2.300 tỷ đồng (khoảng 90 triệu USD) mở rộng xưởng lắp ráp ở Quảng Nam.",
            "Ô tô Hòa Bình",
            2_300_000_000_000,
        ),
    ],
)
def test_a_plant_of_stated_worth_a_firm_runs_puts_up_or_spends_on_is_its_investment(
    text: str, firm: str, amount: int
) -> None:
    assert ("investment", [firm], amount) in [(d.kind, d.parties, d.amount) for d in tag_text(text).deals]


def test_a_plant_a_firm_put_up_told_in_a_round_up_is_a_deal_without_an_event() -> None:
    tags = tag_text(
        "Trong đó Công ty CP Cơ khí Long Phú làm xưởng chế tạo máy 75 tỷ đồng ở KCN Hòa Phú, còn Công ty TNHH Kho lạnh Bình Minh đặt kho lạnh 160 tỷ đồng ở KCN Sa Đéc."
    )
    assert [(d.parties, d.amount) for d in tags.deals] == [
        (["Cơ khí Long Phú"], 75_000_000_000),
        (["Kho lạnh Bình Minh"], 160_000_000_000),
    ]
    assert tags.events == []


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Tân Thịnh cho biết sẽ giữ lại toàn bộ 420 công nhân của nhà máy cũ.", ["Tân Thịnh"]),
        ("Hưng Lộc từng làm tổng thầu 9 nhà máy điện mặt trời ở miền Trung.", ["Hưng Lộc"]),
        ("Phước Hưng chưa xác nhận khách hàng của dây chuyền mới là ai.", ["Phước Hưng"]),
        # the tail of a longer name is no firm of its own
        ("Các KCN Cần Thơ có 320 dự án, Trưởng Ban Quản lý các KCN Cần Thơ Lê Minh Tâm cho biết.", []),
    ],
)
def test_a_vietnamese_firm_written_bare_before_a_speech_or_trade_verb(text: str, named: list[str]) -> None:
    assert firms(text) == named


@pytest.mark.parametrize(
    ("text", "firm", "form"),
    [
        (
            "Tập đoàn sợi Vạn Phong (Trung Quốc) đang lên kế hoạch cho một nhà máy nhuộm ở Nam Định.",
            "Vạn Phong",
            "Tập đoàn",
        ),
        (
            "Giám đốc tập đoàn giày Hoa Thái (Đài Loan), bà Lin Mei, cho biết hãng sẽ xây thêm xưởng.",
            "Hoa Thái",
            None,
        ),
        (
            "Nhà may sơ mi Kiến Nghiệp (Hồng Kông) vừa được cấp phép dựng xưởng ở Ninh Bình.",
            "Kiến Nghiệp",
            None,
        ),
    ],
)
def test_a_firm_named_after_its_kind_and_trade_with_its_country_in_brackets(
    text: str, firm: str, form: str | None
) -> None:
    assert [(f.name, f.legal_form) for f in tag_text(text).firms] == [(firm, form)]


def test_a_country_after_a_firms_trade_is_no_firm() -> None:
    assert firms("Một tập đoàn xe điện Trung Quốc (chưa công bố tên) đang tìm đất ở Bắc Giang.") == []


def test_a_foreign_groups_unit_here_after_its_heads_role_is_a_firm() -> None:
    text = "Ông Sato Ken, Tổng Giám đốc Moriwa Việt Nam, cho biết công ty sẽ tuyển thêm 300 kỹ sư."
    assert firms(text) == ["Moriwa"]


def test_an_english_co_operation_agreement_is_a_memorandum() -> None:
    text = "Vinatex and trading house Hanami Trading on Tuesday signed a strategic co-operation agreement in Ha Noi."
    assert deals(text) == {("mou", frozenset({"Vinatex", "Hanami Trading"}))}


def test_a_description_between_a_firm_and_its_opening_is_skipped_and_the_headline_prices_it() -> None:
    text = (
        "Lam Sơn đưa nhà máy xe điện 60 triệu USD ở Bắc Giang vào vận hành\n"
        "Công ty TNHH Xe điện Lam Sơn Việt Nam, đơn vị của tập đoàn xe điện Hàn Quốc cùng tên, đã cắt băng nhà máy hôm 3/4."
    )
    assert [(d.kind, d.parties, d.amount) for d in tag_text(text).deals] == [
        ("investment", ["Xe điện Lam Sơn"], 60_000_000)
    ]


def test_an_opening_priced_by_its_works_worth_is_an_investment_but_not_a_running_total() -> None:
    priced = tag_text(
        "Sáng 2/3, Công ty CP Điện gió Ba Tri, đơn vị của Tập đoàn Hòa Lộc, cắt băng khánh thành Nhà máy điện gió Ba Tri 2 (50 MW) - công trình 2.100 tỉ đồng dựng trên bãi triều."
    )
    assert ("investment", ["Điện gió Ba Tri"], 2_100_000_000_000) in [
        (d.kind, d.parties, d.amount) for d in priced.deals
    ]
    total = tag_text(
        "Công ty TNHH Dệt Phước An vừa khánh thành nhà máy sợi thứ ba, nâng tổng vốn đầu tư tại tỉnh lên 320 triệu USD."
    )
    assert [d.kind for d in total.deals] == []


def test_english_firms_breaking_ground_together_are_one_groundbreaking_of_both() -> None:
    text = "Hoa Sen Seafood Group and Mekong Port JSC, the developers of a logistics complex in Hau Giang Province, broke ground on May 3 on its cold store."
    assert deals(text) == {("groundbreaking", frozenset({"Hoa Sen Seafood Group", "Mekong Port"}))}


def test_a_description_between_a_firm_and_what_it_spends_is_skipped() -> None:
    text = "Kestrel Fabrics, nhà làm vải đặt trụ sở ở Singapore, sẽ bỏ 120 triệu USD xây nhà máy ở Nghệ An."
    assert [(d.kind, d.parties, d.amount) for d in tag_text(text).deals] == [
        ("investment", ["Kestrel Fabrics"], 120_000_000)
    ]


def test_a_firm_that_will_put_up_a_plant_dung_nha_may_announces_its_investment() -> None:
    tags = tag_text("Tập đoàn Kaito Rubber (Nhật Bản) sẽ dựng nhà máy gioăng cao su ở KCN Hòa Khánh.")
    assert [(d.kind, d.parties) for d in tags.deals] == [("investment", ["Kaito Rubber"])]
    assert [e.kind for e in tags.events] == ["investment_announcement"]


def test_an_english_province_that_licensed_a_priced_project_for_a_firm_grants_its_licence() -> None:
    text = "Bac Giang province, meanwhile, licensed a $90 million wiring parts project for Singapore-based Orbis Holdings Pte. Ltd. just before the new year."
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Orbis Holdings"], 90_000_000)
    ]
    assert events(text) == {("investment_licence", frozenset({"Bac Giang province", "Orbis Holdings"}))}


def test_an_english_capital_increase_approved_for_its_plant_is_the_firms_licence() -> None:
    text = "Orbis Cable Group of China now has $250 million registered in Bac Ninh after the provincial People's Committee approved a $90 million increase for its wiring plant last week."
    tags = tag_text(text)
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [
        ("investment", ["Orbis Cable Group"], 90_000_000)
    ]
    assert [e.kind for e in tags.events] == ["investment_licence"]


def test_shareholders_listed_after_cung_gop_fund_the_project_as_one_investment() -> None:
    text = "Vốn của dự án do ba cổ đông cùng góp: Tổng công ty Dệt may Hồng Lĩnh, Công ty CP Sợi Nam Đàn và Công ty CP May Cửa Hội."
    tags = tag_text(text)
    assert deals(text) == {("investment", frozenset({"Dệt may Hồng Lĩnh", "Sợi Nam Đàn", "May Cửa Hội"}))}
    assert tags.events == []
