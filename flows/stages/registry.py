"""The sources a data directory was filled from, kept beside the data so that stages run later without the
original sources file (re-extraction needs each source's province) see what the crawl saw."""

from __future__ import annotations

import json
import os
from pathlib import Path

from crawlers.sources import Source

FILE = "sources.json"


def remember_sources(data_dir: Path, sources: list[Source]) -> None:
    """Merge `sources` into DATA_DIR/sources.json (by id; the newest declaration wins)."""
    known = remembered_sources(data_dir)
    known.update({s.id: s for s in sources})
    path = Path(data_dir) / FILE
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(
        json.dumps(
            {k: v.model_dump(mode="json") for k, v in sorted(known.items())}, ensure_ascii=False, indent=1
        ),
        encoding="utf-8",
    )
    os.replace(tmp, path)


def remembered_sources(data_dir: Path) -> dict[str, Source]:
    path = Path(data_dir) / FILE
    if not path.exists():
        return {}
    return {k: Source.model_validate(v) for k, v in json.loads(path.read_text(encoding="utf-8")).items()}
