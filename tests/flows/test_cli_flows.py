"""The flow commands as a user runs them: `cnht backfill`, `cnht ingest --kind/--since`, `cnht reindex`,
`cnht alerts send`, and the global `--es-url`; real crawls of the sample site on 127.0.0.1."""

from __future__ import annotations

import json
import os
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from flows.cli import cli
from tests.test_cli_errors import assert_one_line_error, run_cnht


def test_backfill_command_prints_the_range_split_as_json(
    dated_sources: Path, data_dir: Path, sample_base: str
) -> None:
    added = run_cnht("--data-dir", str(data_dir), "alerts", "add", "all", "doanh nghiep")  # stdout channel on
    assert added.returncode == 0, added.stderr
    proc = run_cnht(
        "--data-dir", str(data_dir), "backfill", "hcm-news", "--sources", str(dated_sources),
        "--var", f"base={sample_base}", "--since", "2024-12-01", "--until", "2025-03-01", "--json",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)  # alert lines must not break the JSON: they go to stderr
    assert "[alert " in proc.stderr and summary["alerts"]
    assert summary["crawl"]["pages_fetched"] == 4
    assert len(summary["in_range"]) == 1 and len(summary["out_of_range"]) == 3
    assert "crawling hcm-news:" in proc.stderr and "response(s) archived" in proc.stderr  # progress


def test_backfill_text_summary_and_a_second_run(
    dated_sources: Path, data_dir: Path, sample_base: str
) -> None:
    args = ["--data-dir", str(data_dir), "backfill", "hcm-news", "--sources", str(dated_sources)]
    args += ["--var", f"base={sample_base}", "--since", "2025-01-01"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    assert "new documents        2 in range, 2 out of range, 0 undated" in first.stdout
    second = CliRunner().invoke(cli, args)
    assert "pages fetched        0 new, " in second.stdout and "alerts delivered     0" in second.stdout
    assert "in the store         2 document(s) of hcm-news, 2025-01-01 .. today" in second.stdout


def test_backfill_bad_ranges_are_one_line_errors(tmp_path: Path) -> None:
    sources = str(tmp_path / "none.yaml")
    proc = run_cnht(
        "backfill", "hcm-news", "--sources", sources, "--since", "2025-03-01", "--until", "2024-12-01"
    )
    assert_one_line_error(proc, "before --since")
    assert proc.returncode == 1
    proc = run_cnht("backfill", "hcm-news", "--sources", sources, "--since", "1/3/2025")
    assert proc.returncode == 2 and "--since" in proc.stderr and "Traceback" not in proc.stderr
    missing = run_cnht("backfill", "hcm-news", "--sources", sources, "--since", "2025-03-01")
    assert_one_line_error(missing, "cannot read sources file")


def test_ingest_kind_and_since_crawl_only_matching_sources(
    dated_sources: Path, data_dir: Path, sample_base: str
) -> None:
    args = ["--data-dir", str(data_dir), "ingest", "--sources", str(dated_sources)]
    args += ["--var", f"base={sample_base}", "--kind", "news", "--since", "2024-12-01", "--json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    crawls = {c["source"]: c for c in json.loads(result.stdout)["crawls"]}
    assert sorted(crawls) == ["haiduong-news", "hcm-news", "quangninh-news"]  # no decisions portal
    assert crawls["hcm-news"]["pages_fetched"] == 4  # the date floor stopped the listing at page 2
    assert crawls["haiduong-news"]["pages_fetched"] == 6  # a feed is read whole


def test_reindex_and_alerts_send_print_json(data_dir: Path, sample_base: str) -> None:
    from crawlers.sample_site import SOURCES_FILE

    runner = CliRunner()
    common = ["--data-dir", str(data_dir)]
    runner.invoke(cli, [*common, "alerts", "add", "qn", "cong nghiep ho tro", "--no-stdout"])
    ingest = [
        "ingest",
        "--sources",
        str(SOURCES_FILE),
        "--var",
        f"base={sample_base}",
        "--source",
        "quangninh-news",
    ]
    assert runner.invoke(cli, [*common, *ingest, "--json"]).exit_code == 0
    result = runner.invoke(cli, [*common, "reindex", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"] == 5
    assert "reindexing" in result.stderr  # the progress bar (drawn on stderr)
    sent = runner.invoke(cli, [*common, "alerts", "send", "--json"])
    assert sent.exit_code == 0, sent.output
    assert json.loads(sent.stdout) | {"seconds": 0} == {
        "data_dir": str(data_dir), "sent": [], "digests": [], "failing": [], "disabled": [], "seconds": 0
    }  # fmt: skip


def test_alerts_send_without_saved_searches_names_the_fix(tmp_path: Path) -> None:
    assert_one_line_error(run_cnht("--data-dir", str(tmp_path / "d"), "alerts", "send"), "cnht alerts add")


def test_es_url_option_and_env_reach_the_store_layer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CNHT_ES_URL", raising=False)
    runner = CliRunner()
    result = runner.invoke(
        cli, ["--data-dir", str(tmp_path), "--es-url", "http://127.0.0.1:9200", "alerts", "list"]
    )
    assert result.exit_code == 0, result.output
    assert os.environ["CNHT_ES_URL"] == "http://127.0.0.1:9200"
    os.environ.pop("CNHT_ES_URL")  # (monkeypatch removes it again after the test)
    seen = {}

    @cli.command("es-probe", hidden=True)
    def probe() -> None:
        seen["option"] = click.get_current_context().obj["es_url"]
        seen["env"] = os.environ.get("CNHT_ES_URL")

    try:
        result = runner.invoke(cli, ["es-probe"], env={"CNHT_ES_URL": "http://es.example.vn:9200"})
    finally:
        cli.commands.pop("es-probe")
    assert result.exit_code == 0, result.output
    assert seen == {"option": "http://es.example.vn:9200", "env": "http://es.example.vn:9200"}


def test_es_url_makes_commands_use_elasticsearch_and_an_unreachable_one_is_one_line(tmp_path: Path) -> None:
    from tests.test_cli import free_port

    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    proc = run_cnht("--data-dir", str(tmp_path / "none"), "--es-url", url, "search", "linh kien")
    # no "no store in ... run cnht demo" (that is the embedded store's check): the search went to url
    assert_one_line_error(proc, f"cannot reach Elasticsearch at {url}")
    assert proc.returncode == 1
