"""Shapes fixed in session 37 (issue 12), each on sentences of our own:

- deals: money spent to fit new equipment ("Công ty X chi 60 tỷ đồng lắp thêm 9.000 cọc sợi", "bỏ 12 tỷ
  đồng lắp đặt dây chuyền sơn"): X's investment, as "chi N thay lò" already was (was none).

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-36 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


def _deals(text: str) -> list[tuple[str, list[str], float | None]]:
    return [(d.kind, sorted(d.parties), d.amount) for d in tag_text(text).deals]


@pytest.mark.parametrize(
    ("text", "firm", "amount"),
    [
        (
            "Công ty CP Sợi Hòa Lâm chi 60 tỷ đồng lắp thêm 9.000 cọc sợi cho nhà máy ở Nam Định.",
            "Sợi Hòa Lâm",
            60e9,
        ),
        (
            "Công ty TNHH Kim khí Đông Phát vừa bỏ 12 tỷ đồng lắp đặt dây chuyền sơn tĩnh điện mới.",
            "Kim khí Đông Phát",
            12e9,
        ),
    ],
)
def test_money_spent_to_fit_new_equipment_is_the_firms_investment(
    text: str, firm: str, amount: float
) -> None:
    assert _deals(text) == [("investment", [firm], amount)]


def test_money_spent_on_anything_but_plant_is_no_investment() -> None:
    assert _deals("Công ty CP Sợi Hòa Lâm chi 2 tỷ đồng may đồng phục cho công nhân.") == []
