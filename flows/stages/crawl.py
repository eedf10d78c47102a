"""Crawl stage: one source, one Scrapy process, every response into the raw archive."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from crawlers.sources import Source


class CrawlError(RuntimeError):
    """The crawl process failed; what it fetched before failing is in the archive."""


class CrawlReport(BaseModel):
    source: str
    requests: int = 0
    responses: int = 0
    archived: int = 0
    pages_fetched: int = 0
    pages_already_archived: int = 0
    errors: int = 0
    retries: int = 0
    robots_forbidden: int = 0
    finish_reason: str = "unknown"
    seconds: float = 0.0


def crawl_source(
    source: Source, data_dir: Path, run_id: str, settings: dict[str, Any] | None = None, timeout: float = 3600
) -> CrawlReport:
    """Run `python -m crawlers.run` for `source` and return its figures. Raises CrawlError on failure."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cnht-crawl-") as tmp:
        stats_path = Path(tmp) / "stats.json"
        command = [
            sys.executable,
            "-m",
            "crawlers.run",
            "--source-json",
            source.model_dump_json(),
            "--settings-json",
            json.dumps(settings or {}),
            "--data-dir",
            str(data_dir),
            "--run-id",
            run_id,
            "--stats-out",
            str(stats_path),
        ]
        try:
            proc = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise CrawlError(f"crawl of {source.id} did not finish in {timeout:.0f} s") from exc
        if proc.returncode != 0 or not stats_path.exists():
            tail = (proc.stderr or "").strip().splitlines()[-5:]
            raise CrawlError(f"crawl of {source.id} exited with {proc.returncode}: " + " | ".join(tail))
        stats = json.loads(stats_path.read_text(encoding="utf-8"))
    return CrawlReport(source=source.id, seconds=round(time.monotonic() - started, 2), **stats)
