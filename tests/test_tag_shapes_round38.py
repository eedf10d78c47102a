# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 38 (issue 12), each on sentences of our own:

- firms: a foreign-looking bare name after "được" (the agent of a passive: "sẽ được Harlow PV đổ vào"), before
  "now runs" and before the apposition "công ty thuộc tập đoàn ..." (were none); not an author cited with a
  year ("được Brightman (2011) đưa ra": was a firm), though a research firm's report still is; a known
  brand's web service cited as a source ("... - Google Patents", "Theo Google News") is no firm (was one);
- a Vietnamese name written bare before "còn ký" or as the agent of "được X dồn/đổ/rót vào" ("N sẽ được
  Phúc Thịnh dồn vào ..."): a firm (were none); "Tiền Nhật đổ vào đâu" opens no firm;
- persons: photo credits in capitals ("ẢNH: MINH TÂM") or in brackets in lower case ("(ảnh: Hoàng Hà)"), the
  writer a paper's widget names ("Bài viết mới nhất từ Hải Yến"), a patent's inventors ("(72) Người sáng chế:
  ...", a page's "Inventor" lines, Latin or Chinese): were none;
- deals: the passive amount-first investment past a description of the firm ("N sẽ được X, một trong những
  hãng ..., đổ vào Y": was none); the capital said first and named as the firm's ("N là vốn Công ty X đăng ký
  cho ...", "N là tổng vốn đăng ký của hai dự án X đã có ở ...": were none; a total, no new event); a
  contract's value named before its signers ("N là giá trị hợp đồng A vừa ký với B") is a supply contract
  (was a cooperation);
- a groundbreaking "trước khi khởi công" or "chờ khởi công" is still to come: no groundbreaking, and the
  investment the sentence tells stays (was a groundbreaking, or nothing once the firm was found);
- an MoU "giữa lãnh đạo tỉnh X và Y": the province is a party (was no event), not so a witness "của lãnh đạo
  tỉnh X";
- decisions: a ministry named between a number and its date with its lower-case words ("Thông tư X, được Bộ
  Kế hoạch và Đầu tư ký ban hành ngày 9/9", "Bộ Tài nguyên và Môi trường"): the date kept (was none);
- English: "has spent more than $N", "has set aside about N billion yen" (investments, the latter announced)
  and "has added a second factory" (an investment told as background): were none;
- English: an old name in brackets does not act ("X (formerly Y) has begun building": was Y's); "A teamed up
  with B", "A has partnered with Thai firm B" (a cooperation, told as a fact); "X said it would set up a
  subsidiary in Vietnam" (announced: was none, "would" ruled it out); a plant "opened in 2014" between commas
  is what the plant is, no inauguration.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-37 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.kind, sorted(d.parties)) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(p.name for p in e.parties)) for e in tag_text(text).events]


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Thêm 80 triệu USD sẽ được Harlow PV đổ vào nhà máy tấm pin ở Bắc Giang.", "Harlow PV"),
        ("Staff say Henglu PV now runs just one of its two module plants in Bac Giang.", "Henglu PV"),
        (
            "Mirae Harness, công ty thuộc tập đoàn Mirae (Hàn Quốc), đã khánh thành nhà máy dây điện ở KCN Phúc Điền.",
            "Mirae Harness",
        ),
    ],
)
def test_a_bare_foreign_name_is_a_firm_as_a_passives_agent_before_now_runs_or_a_groups_unit_apposition(
    text: str, firm: str
) -> None:
    assert firm in _firms(text)


def test_an_author_cited_with_a_year_after_duoc_is_no_firm_but_a_research_firms_report_is() -> None:
    # ("được" now makes the foreign name after it a firm: an author cited there must stay none)
    assert _firms("Khái niệm này được Brightman (2011) đưa ra và được nhiều nhóm phát triển.") == []
    assert _firms("Đó là mức giảm chi phí mà Eastgate Research (2023) ghi nhận ở các kho tự động.") == [
        "Eastgate Research"
    ]


def test_the_passive_amount_first_investment_reads_past_a_description_of_the_firm() -> None:
    text = "Thêm 80 triệu USD sẽ được Harlow PV, một trong những hãng tấm pin lớn nhất châu Âu, đổ vào Bắc Giang."
    assert _deals(text) == [("investment", ["Harlow PV"])]
    assert _events(text) == [("investment_announcement", ["Harlow PV"])]


def test_capital_said_first_and_named_as_the_firms_is_its_investment() -> None:
    text = "Hơn 2.100 tỷ đồng là vốn Công ty CP Pin Đông Sơn đăng ký cho nhà máy cell pin ở KKT Nghi Sơn."
    assert _deals(text) == [("investment", ["Pin Đông Sơn"])]
    text = "45 triệu USD là vốn đầu tư của Công ty TNHH Kaito Việt Nam cho nhà máy thứ hai ở Bắc Ninh."
    assert _deals(text) == [("investment", ["Kaito"])]


def test_a_total_of_the_projects_a_firm_already_has_is_its_investment_and_no_new_event() -> None:
    text = "120 triệu USD là tổng vốn đăng ký của hai dự án Tập đoàn Harlow đã có ở KCN Quế Võ."
    assert _deals(text) == [("investment", ["Harlow"])]
    assert _events(text) == []


def test_a_contracts_value_named_before_its_signers_is_a_supply_contract() -> None:
    text = "Khoảng 480.000 USD là giá trị hợp đồng Công ty CP Thiên Phong vừa ký với Công ty TNHH Northbeam, nhà phân phối máy bay không người lái."
    assert _deals(text) == [("supply_contract", ["Northbeam", "Thiên Phong"])]


def test_an_old_name_in_brackets_does_not_act() -> None:
    text = "Korlan Cable (formerly Daesin Wire) has begun building its first harness factory in Vietnam, at a cost of $30 million."
    assert _events(text) == [("groundbreaking", ["Korlan Cable"])]
    assert [p for _, p in _deals(text)] == [["Korlan Cable"]]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In early May, Korlan Cable teamed up with Germany's Weiss Kontakt to grow its connector business.",
            ["Korlan Cable", "Weiss Kontakt"],
        ),
        (
            "Sanei Rubber has partnered with Thai firm Siam Kasei to make hoses.",
            ["Sanei Rubber", "Siam Kasei"],
        ),
    ],
)
def test_two_firms_that_teamed_up_are_a_cooperation_told_as_a_fact(text: str, pair: list[str]) -> None:
    assert _deals(text) == [("cooperation", pair)]
    assert _events(text) == []


def test_a_subsidiary_a_firm_said_it_would_set_up_in_vietnam_is_announced() -> None:
    text = "On June 4, Sanei Rubber said it would set up a subsidiary in Vietnam to make engine mounts."
    assert _deals(text) == [("investment", ["Sanei Rubber"])]
    assert _events(text) == [("investment_announcement", ["Sanei Rubber"])]
    # still no deal where "would" tells no plan of the firm's own
    assert _deals("Officials said Sanei Rubber would be welcome in the province.") == []


def test_a_plant_opened_in_a_year_between_commas_is_what_the_plant_is_not_an_inauguration() -> None:
    assert (
        _events("Korlan's engine plant in Bac Ninh, opened in 2014, turns out 2 million harnesses a year.")
        == []
    )
    assert _events("Korlan opened a $40 million harness plant in Bac Ninh on Tuesday.") == [
        ("inauguration", ["Korlan"])
    ]


def _persons(text: str) -> list[str]:
    return [p.name for p in tag_text(text).persons]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Lễ ký kết tại trụ sở UBND tỉnh. ẢNH: THANH BÌNH", ["THANH BÌNH"]),
        ("Công nhân lắp bó dây điện trên dây chuyền (ảnh: Quốc Việt)", ["Quốc Việt"]),
        (
            "Bài viết mới nhất từ Minh Thư\nNhà máy pin mặt trời 3.000 tỷ đồng được duyệt ở Hà Tĩnh",
            ["Minh Thư"],
        ),
        (
            "(71) Người nộp đơn: Công ty TNHH Vật liệu Tân Thành\n(72) Người sáng chế: Đỗ Văn Khải\n(54) Tên sáng chế: Màng bọc",
            ["Đỗ Văn Khải"],
        ),
        (
            "US1234567B2 - Frame for solar modules - Google Patents\nInventor\nTakeshi Morita\nAnna K. Berg\n李明华\nCurrent Assignee\nSunframe Co Ltd",
            ["Takeshi Morita", "Anna K. Berg", "李明华"],
        ),
    ],
)
def test_credit_lines_widgets_and_patent_fields_name_their_persons(text: str, names: list[str]) -> None:
    assert _persons(text) == names


def test_a_known_brands_web_service_cited_as_a_source_is_no_firm() -> None:
    assert _firms("US1234567B2 - Frame for solar modules - Google Patents\nInventor\nTakeshi Morita") == []
    assert _firms("Theo Google News, hãng đã tăng vốn cho nhà máy ở Bắc Ninh.") == []
    assert _firms("Google vừa mở văn phòng tại TP.HCM.") == ["Google"]


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        (
            "Cùng ngày, Minh Quang còn ký hợp đồng lắp ráp 40 triệu bo mạch cho Công ty TNHH Daeho Tech.",
            ("supply_contract", ["Daeho Tech", "Minh Quang"]),
        ),
        (
            "Ít nhất 15 triệu USD sẽ được Phúc Thịnh dồn vào nhà máy cánh quạt ở Long An.",
            ("investment", ["Phúc Thịnh"]),
        ),
    ],
)
def test_a_bare_vietnamese_name_is_a_firm_before_con_ky_or_as_the_agent_of_don_vao(
    text: str, deal: tuple[str, list[str]]
) -> None:
    assert _deals(text) == [deal]


def test_money_flowing_somewhere_opens_no_bare_firm() -> None:
    assert _firms("Tiền Nhật đổ vào đâu: từ khu công nghiệp đến cổ phần chiến lược") == []


def test_a_groundbreaking_still_to_come_is_none_and_the_investment_told_with_it_stays() -> None:
    text = "Ít nhất 15 triệu USD sẽ được Công ty CP Phúc Thịnh dồn vào nhà máy cánh quạt ở Long An, dự án chỉ còn chờ giấy phép xây dựng trước khi khởi công."
    assert _deals(text) == [("investment", ["Phúc Thịnh"])]
    assert _events(text) == [("investment_announcement", ["Phúc Thịnh"])]
    assert _deals("Nhà máy 30 triệu USD của Công ty TNHH Kaito chưa thể khởi công vì vướng mặt bằng.") == []


@pytest.mark.parametrize(
    ("text", "deals", "events"),
    [
        (
            "Ravello Motors has spent more than $30 million lifting its assembly capacity by half.",
            [("investment", ["Ravello Motors"])],
            [],
        ),
        (
            "Takemura Electric has set aside about 7 billion yen over five years to add harness capacity in Vietnam.",
            [("investment", ["Takemura Electric"])],
            [("investment_announcement", ["Takemura Electric"])],
        ),
        (
            "Ravello Motors has added a second factory in Vinh Phuc, taking capacity to 300,000 bikes a year.",
            [("investment", ["Ravello Motors"])],
            [],
        ),
    ],
)
def test_english_sums_spent_or_set_aside_with_more_than_or_in_yen_and_a_plant_added_are_investments(
    text: str, deals: list, events: list
) -> None:
    assert _deals(text) == deals
    assert _events(text) == events


def test_a_memorandum_between_a_provinces_leaders_and_a_firm_names_the_province() -> None:
    text = "Lễ ký biên bản ghi nhớ giữa lãnh đạo tỉnh Đồng Tháp và Tập đoàn Thiên Ưng."
    assert _events(text) == [("mou", ["Thiên Ưng", "tỉnh Đồng Tháp"])]
    # (a witness is no party: "với sự chứng kiến của lãnh đạo tỉnh X")
    text = "Công ty CP Nhựa Hòa Bình ký hợp đồng với Công ty TNHH Pacific Resin, với sự chứng kiến của lãnh đạo tỉnh Nghệ An."
    assert _events(text) == [("supply_contract", ["Nhựa Hòa Bình", "Pacific Resin"])]


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        (
            "Danh mục có trong phụ lục của Thông tư 11/2021/TT-BKHĐT, được Bộ Kế hoạch và Đầu tư ký ban hành ngày 14/10, gồm 180 linh kiện.",
            "11/2021/TT-BKHĐT",
            "2021-10-14",
        ),
        (
            "Thông tư 07/2024/TT-BTNMT được Bộ Tài nguyên và Môi trường ban hành ngày 3/6/2024 thay quy định cũ.",
            "07/2024/TT-BTNMT",
            "2024-06-03",
        ),
    ],
)
def test_a_ministrys_name_with_lower_case_words_between_a_number_and_its_date_keeps_the_date(
    text: str, number: str, date: str
) -> None:
    assert [(d.number, d.date) for d in tag_text(text).decisions] == [(number, date)]
