"""After each crawl, the source's health (requests, new and unchanged pages, errors by kind, when a new
page was last found) is written to the data dir, one file for the latest run and one line per run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawlers.sources import Discovery, Source
from flows.stages.crawl import CrawlError, CrawlHealth, CrawlReport, crawl_source, write_health
from tests.crawl.hostile_server import serve_hostile

SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}


def test_crawl_health_is_written_per_run_and_remembers_the_last_new_page(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_hostile() as server:
        source = Source(
            id="health",
            name="health",
            province="Bắc Ninh",
            kind="news",
            discovery=Discovery(
                type="feed", urls=[server.base + "/cond/etag.xml", server.base + "/missing.xml"]
            ),
        )
        crawl_source(source, data_dir, "run-1", SETTINGS, timeout=60)
        crawl_source(source, data_dir, "run-2", SETTINGS, timeout=60)

    history = [
        CrawlHealth.model_validate_json(line)
        for line in (data_dir / "health" / "health.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    latest = CrawlHealth.model_validate_json(
        (data_dir / "health" / "health.json").read_text(encoding="utf-8")
    )
    assert [h.run_id for h in history] == ["run-1", "run-2"] and latest == history[-1]
    first, second = history
    assert (first.pages_new, first.unchanged, first.errors_by_kind) == (1, 0, {"HTTP 404": 1})
    assert (second.pages_new, second.unchanged, second.errors_by_kind) == (0, 1, {"HTTP 404": 1})
    assert first.ok and second.ok
    assert first.last_new_at == first.at and second.last_new_at == first.at


def test_health_keeps_the_last_new_page_time_through_runs_without_new_pages(tmp_path: Path) -> None:
    old = "2020-01-01T00:00:00+00:00"
    (tmp_path / "health").mkdir()
    (tmp_path / "health" / "s.json").write_text(json.dumps({"last_new_at": old}), encoding="utf-8")
    quiet = write_health(tmp_path, CrawlReport(source="s", finish_reason="finished"), "r1")
    assert quiet.last_new_at == old
    fresh = write_health(tmp_path, CrawlReport(source="s", pages_fetched=3, finish_reason="finished"), "r2")
    assert fresh.last_new_at == fresh.at != old
    failed = write_health(tmp_path, CrawlReport(source="s", finish_reason="failed"), "r3", failure="exited 1")
    assert (failed.ok, failed.last_new_at) == (False, fresh.at)


def test_a_crawl_that_cannot_start_fails_and_health_records_why(tmp_path: Path) -> None:
    source = Source(
        id="broken",
        name="broken",
        province="Bắc Ninh",
        kind="news",
        discovery=Discovery(type="feed", urls=["http://127.0.0.1:9/rss.xml"]),
    )
    with pytest.raises(CrawlError, match="exited with 1"):
        crawl_source(source, tmp_path, "run-1", {"DOWNLOADER_MIDDLEWARES": {"no.such.Middleware": 1}})
    health = CrawlHealth.model_validate_json(
        (tmp_path / "health" / "broken.json").read_text(encoding="utf-8")
    )
    assert not health.ok and health.failure is not None and "No module named 'no'" in health.failure
