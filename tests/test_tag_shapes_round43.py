# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 43 (issue 12), each on sentences of our own:

- a plant that "đã chạy từ" or "đã vận hành từ" a recent time ("từ tuần trước", "từ giữa tháng 9", "từ ngày
  3/5") has opened: its owner's inauguration (was none); running "từ năm 2007" or "từ tháng 5/2023" is a plant
  long in service when that is more than two months before the text's publication, no opening (nor
  "đã chạy máy từ tháng 4/2019", "đi vào hoạt động từ năm 2014", which were); "từ tháng 12/2024" in an
  article of January 2025 is still its opening.

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
