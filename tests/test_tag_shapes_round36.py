# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 36 (issue 12), each on sentences of our own:

- decisions' dates: an English clause opening with its date ("On March 3, 2025, the provincial People's
  Committee issued Notice 41/TB-UBND", "On 12 June 2024 the ministry issued Circular ...": were undated; a
  plan "implementing" a resolution leaves the resolution undated); a metadata table whose cells ran together
  ("Số hiệu:87/2019/QĐ-TTgNgày ban hành:14/05/2019": was no number at all); an aside in brackets between the
  number and its issuing clause ("Quyết định 15/2024/QĐ-UBND (thay thế Quyết định ...) được UBND tỉnh ban hành
  hôm 2/4/2024": was undated).

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
