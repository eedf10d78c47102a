"""Crawl health per source for the API and the status page, from `DATA_DIR/health/` (as `cnht status`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from flows.cli_status import DRIFT_JUMP, SourceStatus, read_history, source_status

QUIET_RUNS = 3  # the defaults of `cnht status`
ERROR_JUMP = 3


def crawl_status(data_dir: Path) -> list[SourceStatus]:
    """One row per source that has crawl health recorded, sorted by source id."""
    folder = data_dir / "health"
    history = read_history(folder) if folder.is_dir() else {}
    now = dt.datetime.now(dt.UTC)
    return [
        source_status(runs, now, QUIET_RUNS, ERROR_JUMP, DRIFT_JUMP) for _, runs in sorted(history.items())
    ]
