"""districts.json (names of the pre-2025 districts, used to tell a town from a firm written bare) is what
extract/data/gen_provinces.py builds from underthesea.address, and holds the towns articles name."""

from __future__ import annotations

import json
from pathlib import Path

from extract.data.gen_provinces import _mapping, build_districts

DISTRICTS = Path(__file__).parents[1] / "extract" / "data" / "districts.json"


def test_districts_json_is_what_the_generator_builds_from_underthesea() -> None:
    assert json.loads(DISTRICTS.read_text(encoding="utf-8")) == build_districts(_mapping())


def test_districts_hold_towns_and_leave_out_numbered_urban_districts() -> None:
    names = set(json.loads(DISTRICTS.read_text(encoding="utf-8"))["names"])
    assert {"Kinh Môn", "Ninh Kiều", "Tân Uyên", "Phổ Yên"} <= names
    assert not any(name.isdigit() for name in names)
