# ruff: noqa: E501  (hand-written Vietnamese sentences: long string literals)
"""Shapes fixed in session 24 (issue 12), each on sentences of our own.

A foreign group's unit of one province keeps its place in its name when it is written bare, as it does after a
legal form ("LG Display Việt Nam Hải Phòng"; firms.py's docstring): "Tổng Giám đốc Kestrel Optics Việt Nam Hải
Phòng", a known brand's "Samsung Electronics Việt Nam Thái Nguyên", and English copy's unaccented "Vietnam Thai
Nguyen"; "Vietnam" alone stays the country.

The tests read the rules alone (`CNHT_DEAL_MODEL=off`), as round 23's do."""

from __future__ import annotations

import pytest

from extract.tag.deal_model import load_model
from tests.deal_shapes import firms


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch):
    """The taggers with the learned deal model off, for the length of one test."""
    load_model.cache_clear()
    monkeypatch.setenv("CNHT_DEAL_MODEL", "off")
    yield
    load_model.cache_clear()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "Chất lượng và giá là hai tiêu chí LG Electronics Việt Nam Hải Phòng dùng để chọn nhà cung ứng, ông Kim nói.",
            ["LG Electronics Việt Nam Hải Phòng"],
        ),
        (
            "Nhà máy lớn nhất của tập đoàn là ở Hải Phòng, ông Park Min-su, Tổng Giám đốc Kestrel Optics Việt Nam Hải Phòng, nói.",
            ["Kestrel Optics Việt Nam Hải Phòng"],
        ),
        (
            "Local vendors mostly sell cartons and labels to Samsung Electronics Vietnam Thai Nguyen, the survey found.",
            ["Samsung Electronics Vietnam Thai Nguyen"],
        ),
        ("Samsung Vietnam said it would buy more parts from local firms.", ["Samsung"]),
        ("Samsung Electronics Việt Nam ký hợp đồng với ba nhà cung ứng.", ["Samsung Electronics"]),
    ],
)
def test_a_groups_unit_of_a_province_keeps_its_place_written_bare(text: str, named: list[str]) -> None:
    assert firms(text) == named


def test_vietnam_alone_after_a_capitalised_word_is_the_country_not_a_firms_suffix() -> None:
    assert firms("Since Vietnam opened its market in the 1990s, shipyards have grown fast.") == []
