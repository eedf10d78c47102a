# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 41 (issue 12), drawn from blind batches 140-142 (and 143-145) after they were
scored, each on sentences of our own:

- a nationality said in one word after a legal form is no firm ("Công ty Nhật rót 21 triệu USD ...": a
  Japanese company; was the firm "Nhật" and its investment); "Công ty Nhật Minh" stays a firm;
- an English sentence's opening word before a comma ("Having received ..., X", "Despite ...") is no firm
  (was the firm "Having" and its licence);
- English plans priced before the plant ("X plans a 900 million USD rod and wire plant"; "X plans a $64
  million plant" was read already, a guard) and "X is about to start work on a $N complex": X's announced
  investment (were none);
- an opening or a groundbreaking that states no amount takes the capital the next sentence opens with
  ("... vừa khánh thành. Vốn bỏ ra 3,6 triệu USD, ..."): the investment deal of its firm with that amount
  (was none); a next sentence about turnover gives none;
- foreign words before "Việt Nam" are a subsidiary's name whatever follows ("X Việt Nam cho biết", "Lãnh
  đạo X Việt Nam"; were none), not a plant, a project or a show named so ("nhà máy lốp X Việt Nam", "trên
  sóng X Việt Nam");
- from blind batches 143-145 (after they were scored): "X is committing around 1.3 trillion won (some $N) to
  ..." and "... shows US$N earmarked by X for a plant": X's announced investment (were none); land "set aside
  for tenants" stays none; "About 120 machinists ..." names no firm "About 120".

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-40 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _deals(text: str) -> list[tuple[str, list[str], float | None]]:
    return [(d.kind, sorted(d.parties), d.amount) for d in tag_text(text).deals]


def _events(text: str) -> list[tuple[str, str, list[str]]]:
    return [(e.kind, e.status, sorted(p.name for p in e.parties)) for e in tag_text(text).events]


def _firms(text: str) -> list[str]:
    return [f.name for f in tag_text(text).firms]


def test_a_company_named_by_a_one_word_nationality_is_no_firm() -> None:
    text = "Công ty Hàn chi 14 triệu USD dựng xưởng sơn tĩnh điện ở Hưng Yên"
    assert _firms(text) == []
    assert _deals(text) == []


def test_a_firm_whose_name_starts_with_a_nationality_word_stays_a_firm() -> None:
    text = "Công ty TNHH Nhật Quang ký hợp đồng cung cấp bột sơn với Công ty CP Cơ khí Đông Anh."
    assert _firms(text) == ["Nhật Quang", "Cơ khí Đông Anh"]


def test_an_english_sentence_opening_with_having_names_no_firm_having() -> None:
    text = "Having received an investment certificate in May for a $45 million cable plant, Corvale Wire is keen to start work."
    assert "Having" not in _firms(text)
    assert all("Having" not in parties for _, parties, _ in _deals(text))


def test_an_english_sentence_opening_with_despite_names_no_firm_despite() -> None:
    text = "Despite received orders, Corvale said."
    assert "Despite" not in _firms(text)


def test_a_plan_for_a_plant_priced_before_it_is_an_announced_investment() -> None:
    text = "Singapore's Ardent Metals plans a 640 million USD rod and wire mill in the Nghi Son Economic Zone of Thanh Hoa province."
    assert _deals(text) == [("investment", ["Ardent Metals"], 640_000_000)]
    assert _events(text) == [("investment_announcement", "announced", ["Ardent Metals"])]


def test_a_plan_for_a_plant_priced_in_dollars_stays_an_announced_investment() -> None:
    # (read before this round too: the guard that the price before the plant keeps it)
    text = "Japan's Orikawa Cable plans a $64 million plant in the Dinh Vu Industrial Zone of Hai Phong, the company said on Friday."
    assert _deals(text) == [("investment", ["Orikawa Cable"], 64_000_000)]


def test_a_firm_about_to_start_work_on_a_complex_announces_it() -> None:
    text = "Thailand's Sarakit Steel is about to start work on a 1.3 billion USD wire-rod complex in the Vung Ang Economic Zone of Ha Tinh province."
    assert _deals(text) == [("investment", ["Sarakit Steel"], 1_300_000_000)]
    assert _events(text) == [("investment_announcement", "announced", ["Sarakit Steel"])]


def test_an_opening_takes_the_capital_the_next_sentence_opens_with() -> None:
    text = (
        "Nhà máy keo dán công nghiệp của Công ty TNHH Hoàng Phong Chemical tại KCN Hòa Khánh, TP Đà Nẵng vừa khánh thành. "
        "Vốn bỏ ra 4,2 triệu USD, nhà xưởng rộng 9.000 m2."
    )
    assert _deals(text) == [("investment", ["Hoàng Phong Chemical"], 4_200_000)]
    assert [e.amount for e in tag_text(text).events] == [4_200_000]


def test_an_opening_takes_the_total_capital_of_the_plant_said_next() -> None:
    text = (
        "Công ty CP Sơn Minh Long vừa khánh thành nhà máy sơn gốc nước tại KCN Tân Hương, tỉnh Tiền Giang. "
        "Tổng vốn đầu tư của nhà máy là 120 tỷ đồng."
    )
    assert _deals(text) == [("investment", ["Sơn Minh Long"], 120_000_000_000)]


def test_an_opening_followed_by_turnover_takes_no_amount() -> None:
    text = (
        "Công ty CP Sơn Minh Long vừa khánh thành nhà máy sơn gốc nước tại KCN Tân Hương, tỉnh Tiền Giang. "
        "Doanh thu năm ngoái của công ty đạt 120 tỷ đồng."
    )
    assert _deals(text) == []
    assert [e.amount for e in tag_text(text).events] == [None]


def test_a_foreign_name_before_viet_nam_is_a_subsidiary_whatever_follows() -> None:
    assert _firms("Korvell Việt Nam cho biết tỷ lệ linh kiện mua trong nước đã lên 41%.") == ["Korvell"]
    assert _firms("Lãnh đạo Korvell Việt Nam và các nhà cung cấp cắt băng khai mạc hội chợ.") == ["Korvell"]


def test_a_plant_or_a_show_named_by_a_foreign_word_before_viet_nam_is_no_firm() -> None:
    assert _firms("Dự án nhà máy lốp Haxin Việt Nam rộng 40 ha sẽ khởi công trong quý III.") == []
    assert (
        _firms("Hai năm trước, nhóm kỹ sư trẻ gọi vốn trên sóng Dragon Den Việt Nam nhưng không thành.") == []
    )


def test_a_firm_committing_a_sum_in_won_announces_its_investment() -> None:
    text = "Buyers wanted chips made outside China, so South Korea's Daerim Semicon is committing around 1.3 trillion won (some $950 million) to its Vietnamese test lines through 2028."
    assert _deals(text) == [("investment", ["Daerim Semicon"], 1_300_000_000_000)]
    assert _events(text) == [("investment_announcement", "announced", ["Daerim Semicon"])]


def test_a_sum_earmarked_by_a_firm_for_a_plant_is_its_announced_investment() -> None:
    text = "HANOI: A filing seen by reporters shows US$1.2 billion earmarked by Gyeon Electronics for a chip packaging plant in Bac Giang."
    assert _deals(text) == [("investment", ["Gyeon Electronics"], 1_200_000_000)]


def test_land_set_aside_for_tenants_is_no_investment() -> None:
    text = "Hiro Tanabe, deputy director of Amberly Industrial Park Co., Ltd, said a third of the park's second phase had been set aside for tenants from Japan."
    assert _deals(text) == []


def test_an_english_sentence_opening_with_about_and_a_count_names_no_firm() -> None:
    text = (
        "From alley shop to chipmakers' supplier\n\n"
        "About 120 machinists turn out springs and fixtures for foreign chip plants in a workshop that Hoa Khanh Mechanical runs in Da Nang."
    )
    assert _firms(text) == ["Hoa Khanh Mechanical"]
