# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 31 (issue 12), each on sentences of our own, seen in blind batches 107-109 (scored
first, at c7ea0d3):

- a legal name whose trades are joined by "và" where the first trade is a battery maker's ("Công ty CP Pin và
  Năng lượng X"): the whole name, not "Pin" (two-word trades such as "Ắc quy", "Phần mềm" joined already);
- English copy's firm named by its officer ("X chief executive Mark Haller said", "X Vietnam General Director
  Wang Lei told ...", "Country Managing Director of X"), never a city's or a deputy's office; a possessive with
  two words before the plant ("X's first battery factory"); the head of a bare name is that firm again
  ("Northstar Photovoltaics ...; Northstar's factory"), but not the head of a local unit's name (the group);
- deals: a memorandum "đặt bút ký" after a country in brackets; "N là số vốn X dự tính/dự định ... cho" a plant
  (the sum said first); a plant that "bắt đầu được xây" (a groundbreaking); in English, "a memorandum that X and
  Y Corp. signed" (a bare name joined by "and" to a name before a foreign legal form is a firm);
- a foreign-looking bare name heading a plan for a plant ("X chốt lịch động thổ nhà máy ...", "X sắp dựng thêm
  nhà máy ...", "X đang tính chuyện đặt nhà máy ..."), a groundbreaking whose date is set being still to come;
- a memorandum recalled as the ground of a sentence ("Theo thỏa thuận hợp tác đã ký, A sẽ ... B"): a deal,
  and no event when it was signed before ("vừa ký" keeps its event);
- battery and charger makers and factory-automation makers named bare (CATL, CALB, Farasis, Gotion High-Tech,
  Fanuc, Yaskawa, KUKA, Omron ...: extract/data/known_firms.json, sources cited there).

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-30 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _firms(text: str) -> list[tuple[str, str | None]]:
    return [(f.name, f.legal_form) for f in tag_text(text).firms]


def _deals(text: str) -> list[tuple[str, list[str]]]:
    return [(d.kind, d.parties) for d in tag_text(text).deals]


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Công ty CP Pin và Năng lượng Đông Hà", "Pin và Năng lượng Đông Hà"),
        ("Công ty TNHH Ắc quy và Thiết bị điện Tân Lộc", "Ắc quy và Thiết bị điện Tân Lộc"),
        ("Công ty TNHH Phần mềm và Giải pháp Số Miền Trung", "Phần mềm và Giải pháp Số Miền Trung"),
    ],
)
def test_a_legal_name_with_trades_joined_by_va_is_read_whole(written: str, name: str) -> None:
    text = f"Chủ đầu tư nhà máy là {written}, vốn 1.250 tỷ đồng."
    assert _firms(text)[0] == (name, written.removesuffix(" " + name))
    assert _deals(text) == [("investment", [name])]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gần một nửa số cell pin bán ra năm ngoái đến từ CATL và CALB.", ["CATL", "CALB"]),
        ("Hãng pin Gotion High-Tech vừa lùi kế hoạch mở nhà máy thứ hai.", ["Gotion High-Tech"]),
        ("Robot hàn của Fanuc và Yaskawa chiếm phần lớn các dây chuyền thân vỏ.", ["Fanuc", "Yaskawa"]),
        ("Cánh tay robot KUKA được lắp cạnh bộ điều khiển của Omron.", ["KUKA", "Omron"]),
    ],
)
def test_battery_and_automation_makers_named_bare_are_firms(text: str, names: list[str]) -> None:
    assert [n for n, _ in _firms(text)] == names


def test_a_trade_alone_before_va_does_not_join_two_firms() -> None:
    text = "Công ty CP Pin Đông Hà và Công ty TNHH Thiết bị Tân Lộc ký hợp đồng cung cấp vỏ pin."
    assert [n for n, _ in _firms(text)] == ["Pin Đông Hà", "Thiết bị Tân Lộc"]


@pytest.mark.parametrize(
    ("text", "firm", "person"),
    [
        (
            "Output at the Tay Ninh line will double next year, Corvana chief executive Leif Brandt said.",
            "Corvana",
            "Leif Brandt",
        ),
        (
            "Ostrava Vietnam General Director Kim Sung Ho told reporters the plant would hire 900 workers.",
            "Ostrava",
            "Kim Sung Ho",
        ),
        (
            "“Our robots go where labour is short,” said Anders Holm, Country Managing Director of Fjellrad in Vietnam.",
            "Fjellrad",
            "Anders Holm",
        ),
    ],
)
def test_an_english_firm_named_by_its_officer(text: str, firm: str, person: str) -> None:
    tags = tag_text(text)
    assert [f.name for f in tags.firms] == [firm]
    assert [p.name for p in tags.persons] == [person]


@pytest.mark.parametrize(
    "text",
    [
        "HCMC Vice Chairman Nguyen Van Dung said the programme would move online.",
        "Deputy General Director Tran Van Hai said the line was ready.",
        "Tran Van Hung, Director of Nghe An Department of Planning and Investment, said 118 projects were licensed.",
    ],
)
def test_a_government_officer_names_no_firm(text: str) -> None:
    assert tag_text(text).firms == []


def test_an_english_possessive_with_two_words_before_the_plant() -> None:
    text = "Work has begun on Corvana's first battery factory in Hai Phong, due to open in 2027."
    assert [f.name for f in tag_text(text).firms] == ["Corvana"]


def test_the_head_of_a_bare_name_is_that_firm_again() -> None:
    text = "Corvana Energy breaks ground on a cell plant\nWork is under way on Corvana's factory in Hai Phong, a $120 million first phase."
    assert {f.name for f in tag_text(text).firms} == {"Corvana Energy"}


def test_the_head_of_a_local_units_name_is_the_group() -> None:
    text = "Ostrava Heavy Industries Vietnam shipped its first cranes on Tuesday, Ostrava said."
    assert [f.name for f in tag_text(text).firms] == ["Ostrava Heavy Industries", "Ostrava"]


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, [p.name for p in e.parties]) for e in tag_text(text).events]


def test_a_memorandum_put_pen_to_after_a_country_in_brackets() -> None:
    text = "Tập đoàn Thành Vinh và Tập đoàn Okamura Seiki (Nhật Bản) đã đặt bút ký biên bản ghi nhớ hợp tác chiến lược chiều 14/9 tại Quy Nhơn."
    assert _deals(text) == [("mou", ["Thành Vinh", "Okamura Seiki"])]
    assert _events(text) == [("mou", ["Thành Vinh", "Okamura Seiki"])]


@pytest.mark.parametrize("planned", ["dự tính cho", "dự kiến đầu tư vào", "dự định bỏ ra cho"])
def test_the_sum_a_firm_plans_for_a_plant_said_first(planned: str) -> None:
    text = (
        f"Gần 2.300 tỷ đồng là số vốn Tập đoàn Thành Vinh {planned} nhà máy cell pin ở Khu kinh tế Dung Quất."
    )
    assert _deals(text) == [("investment", ["Thành Vinh"])]
    assert tag_text(text).deals[0].amount == 2_300_000_000_000


@pytest.mark.parametrize("begun", ["bắt đầu được xây", "bắt đầu được xây dựng", "bắt đầu xây"])
def test_a_plant_whose_building_has_begun_is_a_groundbreaking(begun: str) -> None:
    text = f"Nhà máy vỏ pin của Công ty TNHH Cơ khí Hải Vân tại Khu công nghiệp Điện Nam - Điện Ngọc {begun} từ sáng nay."
    assert _deals(text) == [("groundbreaking", ["Cơ khí Hải Vân"])]
    assert _events(text) == [("groundbreaking", ["Cơ khí Hải Vân"])]


def test_an_english_memorandum_signed_by_a_bare_name_and_a_formed_firm() -> None:
    text = "A memorandum of understanding that Corvana and Song Lam Fuel Corp. signed on Monday will put chargers at the fuel retailer's stations."
    assert _deals(text) == [("mou", ["Corvana", "Song Lam Fuel"])]
    assert _events(text) == [("mou", ["Corvana", "Song Lam Fuel"])]


@pytest.mark.parametrize(
    ("text", "deal"),
    [
        (
            "Corvana chốt lịch động thổ nhà máy 2,4 tỷ USD ở bang Ohio (Mỹ), công suất 90.000 xe/năm",
            ("investment", ["Corvana"]),
        ),
        ("Corvana sắp dựng thêm nhà máy pin hơn 4.000 tỷ", None),
        ("Video: Corvana đang tính chuyện đặt nhà máy ở Canada", None),
    ],
)
def test_a_foreign_looking_bare_name_heading_a_plant_plan_is_a_firm(
    text: str, deal: tuple[str, list[str]] | None
) -> None:
    assert [f.name for f in tag_text(text).firms] == ["Corvana"]
    if deal is not None:  # a groundbreaking whose date is set ("chốt lịch") is still to come: an investment
        assert _deals(text) == [deal]


def test_a_memorandum_signed_before_is_a_deal_without_an_event() -> None:
    text = "Theo thỏa thuận hợp tác đã ký, Tập đoàn Hengda (Trung Quốc) sẽ chuyển giao công nghệ làm cell pin để Công ty TNHH Cơ khí Hải Vân tự sản xuất pin cho xe buýt điện."
    assert _deals(text) == [("mou", ["Hengda", "Cơ khí Hải Vân"])]
    assert _events(text) == []


def test_a_memorandum_just_signed_keeps_its_event() -> None:
    text = "Theo biên bản ghi nhớ vừa ký, Tập đoàn Hengda (Trung Quốc) sẽ hợp tác với Công ty TNHH Cơ khí Hải Vân để làm cell pin."
    assert ("mou", ["Hengda", "Cơ khí Hải Vân"]) in _deals(text)
    assert _events(text) != []
