# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 27 (issue 12), each on sentences of our own.

- a day set for a groundbreaking ("đã chốt ngày 12/4 để động thổ ...") is a planned event: an announced
  investment, not a groundbreaking;
- the group a Vietnamese unit is named after ("công ty con Kestrel Aero Việt Nam"), written alone elsewhere in
  the text ("... mà Kestrel bỏ ra"), is a firm of its own (the head of any other name is that firm again).

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-26 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "text",
    [
        "Tập đoàn Bellwood Composites (Canada) đã chốt ngày 18/9 để động thổ nhà máy vỏ toa xe ở KCN Phú Bài.",
        "Công ty TNHH Orimatsu Kiki Việt Nam lên lịch ngày 3/11 để khởi công xưởng thứ hai tại KCN Đình Vũ.",
    ],
)
def test_a_day_set_for_a_groundbreaking_is_an_announced_investment(text: str) -> None:
    tags = tag_text(text)
    assert [d.kind for d in tags.deals] == ["investment"]
    assert [(e.kind, e.status) for e in tags.events] == [("investment_announcement", "announced")]


def test_a_groundbreaking_that_happened_stays_one() -> None:
    tags = tag_text("Tập đoàn Bellwood Composites (Canada) sáng 18/9 đã động thổ nhà máy vỏ toa xe ở KCN Phú Bài.")
    assert [d.kind for d in tags.deals] == ["groundbreaking"]


def test_the_group_a_local_unit_is_named_after_is_a_firm_where_written_alone() -> None:
    tags = tag_text(
        "Nhà xưởng 12 ha ở KCN Quế Võ là số vốn khoảng 14 triệu USD mà Halvorsen bỏ ra từ năm 2011, "
        "thông qua công ty con Halvorsen Marine Việt Nam."
    )
    assert [f.name for f in tags.firms] == ["Halvorsen", "Halvorsen Marine"]
    assert [(d.kind, d.parties, d.amount) for d in tags.deals] == [("investment", ["Halvorsen"], 14_000_000)]


@pytest.mark.parametrize(
    "text",
    [
        # the head of a name that is no local unit is the same firm, not a group
        "Daeho Heavy Industries đã đề nghị mua 41% cổ phần; Daeho cho biết sẽ trả bằng tiền mặt.",
        # the head before another capitalised word is a longer name of its own
        "Công ty TNHH Halvorsen Marine Việt Nam và Halvorsen Offshore cùng dự hội chợ.",
    ],
)
def test_the_head_of_other_names_makes_no_group(text: str) -> None:
    assert "Halvorsen" not in [f.name for f in tag_text(text).firms]
    assert "Daeho" not in [f.name for f in tag_text(text).firms]
