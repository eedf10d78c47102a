# ruff: noqa: E501  (hand-written sentences: long string literals)
"""Shapes fixed in session 28 (issue 12), each on sentences of our own.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as rounds 23-27 do."""

from __future__ import annotations

import pytest

from extract import tag_text
from tests.deal_shapes import rules_alone  # noqa: F401 (a fixture, used by name)

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Xưởng khuôn mới chạy máy\nbởi Thu Trang 27 Tháng 6, 2025\nSáng nay xưởng chạy thử.", ["Thu Trang"]),
        (
            "Giá thép tấm nhích lên\nĐăng bởi: Quang Vinh | 12/05/2025\nCác xưởng đúc cho biết.",
            ["Quang Vinh"],
        ),
        (
            "Linh kiện y tế\nViết bởi Minh Khôi 08:15 14/03/2025\nDoanh nghiệp trong tỉnh đã ...",
            ["Minh Khôi"],
        ),
    ],
)
def test_vietnamese_by_lines_with_boi_and_a_date_after_the_name(text: str, names: list[str]) -> None:
    assert [p.name for p in tag_text(text).persons] == names


def test_boi_inside_a_sentence_is_no_by_line() -> None:
    text = "Nhà máy được vận hành\nbởi Công ty TNHH Cơ khí Hòa Phát Đạt từ tháng 6."
    assert tag_text(text).persons == []
