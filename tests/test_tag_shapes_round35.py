# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 35 (issue 12), each on sentences of our own, seen in blind batches 119-121:

- English round-ups of stakes bought: "X paid $N for Y" and "... for the whole of Y" (Y bought whole), "...,
  with 75 percent sold to Korea's X", "The X purchase of 65 percent of Y", "X's acquisition of 51 percent of Y":
  X's investment, no event (were none);
- English plants told before their investor: "A cable plant in ... has been set up by X", "A new plant ... was
  unveiled by X on Tuesday", "A paper mill ... is next in line, planned by Korea's X", "A $60 million plant ...
  is what X has announced for Nghe An": X's announced investment (were none); "The committee was set up by X"
  (no plant) is none;
- a known firm whose name is also a company word ("Denso", a Japanese firm's word for electrical equipment, as
  "Denki" is) after a foreign name's word names that word's firm ("Shirane Denso", was "Denso"); Denso alone
  stays Denso;
- "Riêng" opening a sentence is no part of the foreign name after it ("Riêng Hebei X Co.,Ltd được miễn": was
  "Riêng Hebei X"), while "Sầu riêng" stays inside a firm's name (name_words.json "openers", not a stop word);
- an English possessive's plural or branch ("X's subsidiaries", "X's branches in Hanoi", "X's plants") says X
  is a firm, as "X's plant" did (known_firms.json "possessed"); a country's or a province's ("Vietnam's
  factories", "Binh Duong's plants") is none.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-34 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


def _deals(text: str) -> list[tuple[str, list[str], float | None]]:
    return [(d.kind, sorted(d.parties), d.amount) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, list[str]]]:
    return [(e.kind, sorted(p.name for p in e.parties)) for e in tag_text(text).events]


@pytest.mark.parametrize(
    ("text", "buyer", "amount"),
    [
        (
            "From Japan, Orvel Machines paid US$61.5 million for Hoa Son Carton (HSC), its biggest buy in the region so far.",
            "Orvel Machines",
            61_500_000,
        ),
        (
            "Brandt Logistics paid $12 million for the whole of Tan Cang Labels, a family-run printer.",
            "Brandt Logistics",
            12_000_000,
        ),
        (
            "Tan Khanh Plastics went the same way in 2017, with 75 percent sold to Korea's Sunwoo Pack for US$9.1 million.",
            "Sunwoo Pack",
            9_100_000,
        ),
        ("Lido Foods's acquisition of 51 percent of Hanh Phuc Dairy JSC closed in May.", "Lido Foods", None),
        (
            "The Halvik Group purchase of 65 percent of Hoa Son Carton JSC was put at about $30 million.",
            "Halvik Group",
            None,
        ),
    ],
)
def test_a_stake_or_a_firm_bought_told_in_a_round_up_is_the_buyers_investment(
    text: str, buyer: str, amount: float | None
) -> None:
    assert _deals(text) == [("investment", [buyer], amount)]
    assert _events(text) == []


def test_a_price_paid_for_a_plant_names_no_firm_bought() -> None:
    assert _deals("Orvel Machines paid US$6 million for new presses in March.") == []


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "A cable plant in southern Long An province, two hours from the port, has been set up by Tervo Group Vietnam.",
            "Tervo Group",
        ),
        (
            "A new switchgear plant in Bắc Ninh, costing about US$75 million, was unveiled by Halden Power on Tuesday at its annual forum.",
            "Halden Power",
        ),
        (
            "A paper mill in central Quang Tri province is next in line, planned by Korea's Seoam Paper.",
            "Seoam Paper",
        ),
        (
            "A $60 million plant for marine cables is what Vostra Energy has announced for Nghe An.",
            "Vostra Energy",
        ),
    ],
)
def test_a_plant_told_before_its_investor_is_the_investors_announced_investment(
    text: str, investor: str
) -> None:
    assert [(k, p) for k, p, _ in _deals(text)] == [("investment", [investor])]
    assert _events(text) == [("investment_announcement", [investor])]


def test_a_body_set_up_by_a_firm_is_no_plant() -> None:
    text = "The committee was set up by Tervo Group in 2019."
    assert _deals(text) == []
    assert _events(text) == []


def test_a_known_firm_that_is_a_company_word_after_a_foreign_word_names_that_firm() -> None:
    text = "Ogawa Motor Corp's small-motor unit Shirane Denso will build a third plant in northern Vietnam."
    assert _firms(text) == ["Ogawa Motor Corp", "Shirane Denso"]
    assert [p for _, p, _ in _deals(text)] == [["Shirane Denso"]]


@pytest.mark.parametrize(
    "text",
    ["Denso đầu tư thêm 50 triệu USD vào nhà máy ở Hà Nội.", "In Denso's plant, workers assemble parts."],
)
def test_the_known_firm_alone_stays_itself(text: str) -> None:
    assert _firms(text) == ["Denso"]


def test_rieng_opening_a_sentence_is_no_part_of_the_foreign_name_after_it() -> None:
    text = "Riêng Hebei Tianhe Steel Tower Co.,Ltd được miễn vì không bán phá giá."
    assert _firms(text) == ["Hebei Tianhe Steel Tower"]


def test_rieng_inside_a_firms_name_stays() -> None:
    text = "Sở Tài chính trao giấy chứng nhận cho Công ty TNHH Sầu riêng Krông Pắc Agri."
    assert _firms(text) == ["Sầu riêng Krông Pắc Agri"]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Halvik's branches in Hanoi sell overhead cranes to local plants.", "Halvik"),
        ("Torvane's subsidiaries include two dozen small yards.", "Torvane"),
        ("Kessbach's plants in Dong Nai run two shifts.", "Kessbach"),
    ],
)
def test_an_english_possessives_plural_or_branch_names_a_firm(text: str, firm: str) -> None:
    assert _firms(text) == [firm]


@pytest.mark.parametrize(
    "text",
    ["Vietnam's factories hired two million people last year.", "Binh Duong's plants use solar power."],
)
def test_a_places_plural_possessive_names_no_firm(text: str) -> None:
    assert _firms(text) == []
