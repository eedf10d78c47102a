"""Bad input to the CLI gives one readable line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def run_cnht(*args: str, stdin: str = "", cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        check=False,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *fragments: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_extract_missing_file(tmp_path: Path) -> None:
    assert_one_line_error(run_cnht("extract", str(tmp_path / "nope.html")), "nope.html", "no such file")


def test_extract_not_html(tmp_path: Path) -> None:
    page = tmp_path / "notes.html"
    page.write_text("just a line of plain text, no markup", encoding="utf-8")
    assert_one_line_error(run_cnht("extract", str(page)), "not HTML")


def test_extract_empty_file(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_bytes(b"")
    assert_one_line_error(run_cnht("extract", str(page)), "empty")


def test_tag_empty_stdin() -> None:
    assert_one_line_error(run_cnht("tag", stdin="  \n"), "no text on stdin")


def test_tag_bad_published_date() -> None:
    proc = run_cnht("tag", "--published", "18/4/2025", stdin="Công ty CP A")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and "--published" in proc.stderr


def test_search_without_a_store_says_how_to_make_one(tmp_path: Path) -> None:
    assert_one_line_error(run_cnht("--data-dir", str(tmp_path / "empty"), "search", "cnht"), "cnht demo")


def test_ingest_with_missing_sources_file(tmp_path: Path) -> None:
    proc = run_cnht("--data-dir", str(tmp_path / "d"), "ingest", "--sources", str(tmp_path / "none.yaml"))
    assert_one_line_error(proc, "cannot read sources file")


def test_ingest_and_backfill_with_an_unknown_source_name_the_declared_ones(tmp_path: Path) -> None:
    from crawlers.sample_site import SOURCES_FILE

    data = ["--data-dir", str(tmp_path / "d")]
    proc = run_cnht(*data, "ingest", "--sources", str(SOURCES_FILE), "--source", "nope")
    assert_one_line_error(proc, "unknown source id(s): nope", "hcm-news")
    proc = run_cnht(*data, "backfill", "nope", "--sources", str(SOURCES_FILE), "--since", "2024-01-01")
    assert_one_line_error(proc, "unknown source id(s): nope", "hcm-news")


def test_reextract_and_reindex_without_data_say_how_to_make_it(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "empty")]
    assert_one_line_error(run_cnht(*data, "reextract"), "no raw archive", "cnht ingest")
    assert_one_line_error(run_cnht(*data, "reindex"), "no store", "cnht demo")


@pytest.mark.parametrize(
    "command",
    ["demo", "ingest", "backfill", "reextract", "reindex", "search", "show", "extract", "tag", "alerts"],
)
def test_every_command_has_help_with_usage(command: str) -> None:
    proc = run_cnht(command, "--help")
    assert proc.returncode == 0 and proc.stdout.startswith("Usage: cnht " + command)
