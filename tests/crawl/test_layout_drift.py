"""The layout-drift signal: per source per run, the pages fetched that extraction found without a title,
a date or a body are counted into that run's crawl health, and `cnht status` flags a jump."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from crawlers.sources import Discovery, Source
from flows.cli import cli
from flows.stages.crawl import CrawlReport, DriftCounts, crawl_source, record_drift, write_health
from flows.stages.extract import extract_archived
from search.store import open_store
from tests.crawl.changing_site import serve_changing_site

SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING", "RETRY_TIMES": 0}
TEXT = "Công ty TNHH Linh kiện Bắc Ninh khởi công nhà máy công nghiệp hỗ trợ vốn {n}00 tỷ đồng."
DATE = "2025-05-12T08:30:00+07:00"


def _run(data_dir: Path, source: Source, run_id: str) -> None:
    crawl_source(source, data_dir, run_id, SETTINGS, timeout=60)
    with open_store(data_dir) as store:
        extract_archived(data_dir, store, {source.id: source}, run_id=run_id)


def test_a_redesigned_site_shows_as_a_drift_jump_in_health_and_status(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_changing_site() as site:
        source = Source(
            id="drifty",
            name="drifty",
            province="Bắc Ninh",
            kind="news",
            discovery=Discovery(type="sitemap", urls=[site.base + "/sitemap.xml"]),
        )
        for n in (1, 2, 3):
            site.publish(f"/tin/{n}.html", f"Tin số {n} về công nghiệp hỗ trợ", TEXT.format(n=n), DATE)
        _run(data_dir, source, "run-1")
        for n in (4, 5, 6):
            site.publish(f"/tin/{n}.html", f"Tin số {n}", TEXT.format(n=n), DATE, redesigned=True)
        _run(data_dir, source, "run-2")
        _run(data_dir, source, "run-3")  # nothing new: no items, the signal of run-2 stands

    lines = [json.loads(line) for line in (data_dir / "health" / "drifty.jsonl").read_text().splitlines()]
    assert [line["run_id"] for line in lines] == ["run-1", "run-2", "run-3"]
    assert lines[0]["drift"] == {"items": 3, "no_title": 0, "no_date": 0, "short_body": 0, "flawed": 0}
    assert lines[1]["drift"] == {"items": 3, "no_title": 3, "no_date": 3, "short_body": 3, "flawed": 3}
    assert lines[2]["drift"] is None
    latest = json.loads((data_dir / "health" / "drifty.json").read_text())
    assert latest["run_id"] == "run-3" and latest["drift"] is None

    result = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "status", "--json"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert row["drift"]["flawed"] == 3
    flag = "layout drift jumped: 3 of 3 page(s) without title, date or body"
    assert row["flags"] == [flag + " (no title 3, no date 3, short body 3)"]
    table = CliRunner().invoke(cli, ["--data-dir", str(data_dir), "status"]).output
    assert "drift" in table.splitlines()[0] and " 3/3 " in table.splitlines()[1]
    assert "! layout drift jumped" in table


def test_record_drift_updates_only_the_line_of_its_run(tmp_path: Path) -> None:
    for run_id in ("a", "b"):
        write_health(tmp_path, CrawlReport(source="s", finish_reason="finished"), run_id)
    counts = DriftCounts(items=4, no_title=1, no_date=0, short_body=0, flawed=1)
    assert record_drift(tmp_path, "a", "s", counts) is True
    assert record_drift(tmp_path, "reextract-run", "s", counts) is False  # no crawl of that run
    assert record_drift(tmp_path, "a", "unknown-source", counts) is False
    lines = [json.loads(x) for x in (tmp_path / "health" / "s.jsonl").read_text().splitlines()]
    assert [(x["run_id"], x["drift"]) for x in lines] == [("a", counts.model_dump()), ("b", None)]
    assert json.loads((tmp_path / "health" / "s.json").read_text())["drift"] is None  # latest is run b
