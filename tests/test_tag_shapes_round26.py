"""Shapes fixed in session 26 (issue 12), each on sentences of our own.

- persons: the second name after a plural role ("hai Thứ trưởng A và B") holds the same role and is no firm,
  foreign-looking or not.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-25 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        (
            "Văn bản được hai Thứ trưởng Lê Quang Vinh và Sakamoto Kenji ký tại Osaka.",
            [("Lê Quang Vinh", "Thứ trưởng"), ("Sakamoto Kenji", "Thứ trưởng")],
        ),
        (
            "Các Phó Chủ tịch Hoàng Văn Tú và Đặng Thị Lan cùng dự lễ.",
            [("Hoàng Văn Tú", "Phó Chủ tịch"), ("Đặng Thị Lan", "Phó Chủ tịch")],
        ),
    ],
)
def test_a_plural_role_names_both_people_after_it(text: str, persons: list[tuple[str, str]]) -> None:
    tags = tag_text(text)
    assert [(p.name, p.role) for p in tags.persons] == persons
    assert tags.firms == []


def test_a_single_role_does_not_make_the_firm_after_and_a_person() -> None:
    tags = tag_text("Thứ trưởng Lê Quang Vinh và Công ty TNHH Sakamoto Kogyo Việt Nam ký kết thỏa thuận.")
    assert [p.name for p in tags.persons] == ["Lê Quang Vinh"]
    assert [f.name for f in tags.firms] == ["Sakamoto Kogyo"]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ông Liu Qiang, Tổng giám đốc Minghao, nói nhà máy sẽ chạy hết công suất.", ["Minghao"]),
        ("Bà Park Ji-eun, Phó Tổng Giám đốc Seowon Tech, cho biết đơn hàng đã kín.", ["Seowon Tech"]),
        (
            "Hiroshi Ono, Chủ tịch kiêm Tổng Giám đốc Kanto Reiki, nói hãng sẽ mở xưởng thứ hai.",
            ["Kanto Reiki"],
        ),
        ("Ông Đỗ Văn Hải, Chủ tịch VCCI, phát biểu khai mạc.", []),  # a body's acronym
        ("Đoàn do ông Choi Min-ho, Chủ tịch Phòng, dẫn đầu.", []),  # the chamber named before, by one word
        ("Tổng giám đốc Hendrik Maes cho biết.", []),  # no person before the role: the name is his
    ],
)
def test_the_firm_a_named_person_heads_is_read_from_the_apposition(text: str, named: list[str]) -> None:
    assert [f.name for f in tag_text(text).firms] == named
