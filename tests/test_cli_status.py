"""`cnht status` reads the crawl health files and flags sources whose crawl looks broken."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from click.testing import CliRunner, Result

from crawlers.sample_site import SOURCES_FILE
from crawlers.sample_site.server import serve_sample_site
from crawlers.sources import load_sources
from flows.cli import cli
from flows.stages.crawl import CrawlHealth, crawl_source

FAST = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}


def health(source: str, day: int, new: int, errors: dict[str, int] | None = None, ok: bool = True) -> str:
    at = dt.datetime(2026, 1, day, 6, 0, tzinfo=dt.UTC).isoformat()
    return CrawlHealth(
        source=source,
        run_id=f"r{day}",
        at=at,
        ok=ok,
        failure=None if ok else "exited 1",
        requests=10,
        pages_new=new,
        pages_already_archived=5,
        unchanged=2,
        errors=sum((errors or {}).values()),
        errors_by_kind=errors or {},
        retries=0,
        finish_reason="finished" if ok else "failed",
        seconds=1.0,
        last_new_at=at if new else None,
    ).model_dump_json()


def write_runs(data_dir: Path, source: str, lines: list[str]) -> None:
    folder = data_dir / "health"
    folder.mkdir(parents=True, exist_ok=True)
    # last_new_at carries over quiet runs, as write_health does
    runs, last_new = [], None
    for line in lines:
        record = json.loads(line)
        last_new = record["last_new_at"] or last_new
        record["last_new_at"] = last_new
        runs.append(json.dumps(record))
    (folder / f"{source}.jsonl").write_text("\n".join(runs) + "\n", encoding="utf-8")
    (folder / f"{source}.json").write_text(runs[-1], encoding="utf-8")


def status(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), "status", *args])


def test_status_flags_a_source_whose_yield_dropped_to_zero_and_not_a_steady_one(tmp_path: Path) -> None:
    write_runs(tmp_path, "broken", [health("broken", 1, 4), *(health("broken", d, 0) for d in (2, 3, 4))])
    write_runs(tmp_path, "lull", [health("lull", 1, 4), *(health("lull", d, 0) for d in (2, 3))])
    write_runs(tmp_path, "steady", [health("steady", d, 2) for d in (1, 2, 3, 4)])
    write_runs(tmp_path, "never", [health("never", d, 0) for d in (1, 2, 3, 4)])
    result = status(tmp_path, "--json", "--quiet-runs", "3")
    assert result.exit_code == 0, result.output
    rows = {row["source"]: row for row in json.loads(result.output)}
    assert rows["broken"]["flags"] == ["yield dropped to zero (3 runs without a new page)"]
    assert rows["steady"]["flags"] == [] and rows["never"]["flags"] == [] and rows["lull"]["flags"] == []
    by_default = {row["source"]: row for row in json.loads(status(tmp_path, "--json").output)}
    assert by_default["broken"]["flags"] == []  # 3 quiet runs are a lull under the default of 6
    assert rows["broken"]["last_new_at"] == "2026-01-01T06:00:00+00:00"
    assert rows["broken"]["runs"] == 4 and rows["broken"]["pages_new"] == 0


def test_status_flags_an_error_jump_and_a_failed_run(tmp_path: Path) -> None:
    usual = {"HTTP 404": 1}
    write_runs(
        tmp_path,
        "jumpy",
        [
            *(health("jumpy", d, 1, usual) for d in (1, 2, 3)),
            health("jumpy", 4, 1, {"HTTP 404": 1, "timeout": 6}),
        ],
    )
    write_runs(tmp_path, "calm", [health("calm", d, 1, usual) for d in (1, 2, 3, 4)])
    write_runs(tmp_path, "dead", [health("dead", 1, 1), health("dead", 2, 0, ok=False)])
    rows = {row["source"]: row for row in json.loads(status(tmp_path, "--json").output)}
    assert rows["jumpy"]["flags"] == ["errors jumped to 7"]
    assert rows["jumpy"]["errors_by_kind"] == {"HTTP 404": 1, "timeout": 6}
    assert rows["calm"]["flags"] == []
    assert rows["dead"]["flags"] == ["last run failed: exited 1"]


def test_status_table_shows_counts_errors_by_kind_and_flags(tmp_path: Path) -> None:
    write_runs(tmp_path, "broken", [health("broken", 1, 4, {"HTTP 404": 2}), health("broken", 2, 0)])
    result = status(tmp_path, "--quiet-runs", "1")
    assert result.exit_code == 0, result.output
    header, row, flag = result.output.splitlines()
    assert header.split()[:3] == ["source", "last", "run"]
    assert row.startswith("broken") and "2026-01-02 13:00" in row  # 06:00 UTC, in Vietnam time
    # requests, new, changed (re-published), unchanged (304), already archived, errors, drift (none recorded)
    assert row.split()[3:10] == ["10", "0", "0", "2", "5", "0", "-"]
    assert row.rstrip().endswith(" h") and " d " in row  # time since the last new page: "N d M h"
    assert flag.strip() == "! yield dropped to zero (1 run without a new page)"


def test_status_skips_a_torn_history_line_and_names_an_unknown_source(tmp_path: Path) -> None:
    write_runs(tmp_path, "s", [health("s", 1, 1), health("s", 2, 1)])
    with open(tmp_path / "health" / "s.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"source": "s", "run_id"')  # a crash mid-append
    assert [r["runs"] for r in json.loads(status(tmp_path, "--json").output)] == [2]
    missing = status(tmp_path, "--source", "nope")
    assert missing.exit_code == 1 and "no crawl health recorded for nope" in missing.output


def test_status_after_a_real_crawl_of_the_sample_site_shows_its_pages_and_dead_link(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with serve_sample_site() as base:
        registry = load_sources(SOURCES_FILE, {"base": base})
        source = next(s for s in registry.sources if s.id == "hcm-news")
        crawl_source(source, data_dir, "run-1", {**registry.settings, **FAST}, timeout=120)
    [row] = json.loads(status(data_dir, "--json").output)
    assert (row["source"], row["runs"], row["ok"]) == ("hcm-news", 1, True)
    assert row["pages_new"] == 6 and row["errors_by_kind"] == {"HTTP 404": 1}
    assert 0 <= row["seconds_since_last_new"] < 300 and row["flags"] == []


def test_an_unreachable_source_is_flagged_on_its_first_run_with_the_cause_in_words(tmp_path: Path) -> None:
    """A real crawl of a port where nothing listens: one run is enough, and the row is not `ok`."""
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data_dir = tmp_path / "data"
    registry = load_sources(SOURCES_FILE, {"base": f"http://127.0.0.1:{port}"})
    source = next(s for s in registry.sources if s.id == "hcm-news")
    settings = {**registry.settings, **FAST, "RETRY_TIMES": 0}
    crawl_source(source, data_dir, "run-1", settings, timeout=120)
    [row] = json.loads(status(data_dir, "--json").output)
    assert row["runs"] == 1 and row["ok"] is False
    assert row["unreachable"] == "máy chủ từ chối kết nối"
    assert row["flags"] == ["unreachable: connection refused"]
    assert row["flags_vi"] == ["không truy cập được nguồn: máy chủ từ chối kết nối"]


def test_status_times_are_vietnam_time(tmp_path: Path) -> None:
    write_runs(tmp_path, "s", [health("s", 1, 3)])  # 06:00 UTC
    table = status(tmp_path).output
    assert "last run (UTC+7)" in table and "2026-01-01 13:00" in table


def test_an_ingest_where_every_source_failed_exits_1_naming_the_cause(tmp_path: Path) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = CliRunner().invoke(
        cli,
        ["--data-dir", str(tmp_path / "d"), "ingest", "--sources", str(SOURCES_FILE), "--source", "hcm-news",
         "--var", f"base=http://127.0.0.1:{port}"],
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors[-1].endswith("every source failed: hcm-news: connection refused"), result.stderr
    assert "pages fetched" in result.stdout  # the summary is still printed
