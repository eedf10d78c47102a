"""Regenerate provinces.json (63 pre-2025 units -> 34 units after the 1 July 2025 merger) and districts.json
(the names of the pre-2025 districts, towns and cities, 'Kinh Môn', 'Ninh Kiều') from underthesea.

Run from the repository root:  .venv/bin/python -m extract.data.gen_provinces
The output is committed so that tagging never imports underthesea at run time.
Hand-written aliases (TP HCM, Sài Gòn, Thừa Thiên Huế, ...) live in province_aliases.json.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

OUT = Path(__file__).with_name("provinces.json")
DISTRICTS = Path(__file__).with_name("districts.json")
_DISTRICT = re.compile(r"(?:Quận|Huyện|Thị xã|Thành phố)\s+(.+)")


def _mapping() -> dict:
    import underthesea.address

    src = Path(underthesea.address.__file__).parent / "data" / "mapping.json"
    return json.loads(src.read_text(encoding="utf-8"))


def build_districts(data: dict) -> dict:
    """Names of the districts before 1 July 2025 (numbered urban districts left out: 'Quận 1')."""
    names = set()
    for ward in data["ward_mapping"]:
        m = _DISTRICT.fullmatch(ward.get("old_district") or "")
        if m and not m.group(1).isdigit():
            names.add(m.group(1))
    return {
        "source": f"underthesea.address mapping.json, old_district ({data['metadata'].get('source')} "
        f"{data['metadata'].get('version')})",
        "names": sorted(names),
    }


def build(data: dict | None = None) -> dict:
    data = data or _mapping()
    old, new, mapping = data["old_province_names"], data["province_names"], data["province_mapping"]
    units = []
    for key in sorted(old, key=lambda k: old[k]["code"]):
        info = old[key]
        units.append(
            {
                "name": info["short"],
                "full": info["name"],
                "code": info["code"],
                "current": new[mapping[key]]["name"],
                "still_exists": key in new,
            }
        )
    return {
        "source": f"underthesea.address mapping.json ({data['metadata'].get('source')} "
        f"{data['metadata'].get('version')}, effective {data['metadata'].get('effective_date')})",
        "units": units,
        "current_units": sorted(v["name"] for v in new.values()),
    }


if __name__ == "__main__":
    mapping = _mapping()
    OUT.write_text(json.dumps(build(mapping), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    DISTRICTS.write_text(
        json.dumps(build_districts(mapping), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"wrote {OUT} and {DISTRICTS}")
