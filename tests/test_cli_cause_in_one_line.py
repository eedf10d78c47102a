"""A full disk, a locked or corrupt store and an unreachable Elasticsearch each end a command with one
line on stderr naming the cause, exit code 1, and no traceback (real processes, a real full filesystem)."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawlers.sample_site import SOURCES_FILE

CNHT = [sys.executable, "-m", "flows.cli"]


def _cnht(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CNHT, *args], capture_output=True, text=True, timeout=timeout)


def _error_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The one error line of a failed command (progress lines, drawn with \\r, aside)."""
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    errors = [line for line in proc.stderr.replace("\r", "\n").splitlines() if line.startswith("Error:")]
    others = [
        line
        for line in proc.stderr.replace("\r", "\n").splitlines()
        if line.strip() and not line.startswith(("Error:", "crawling ", "extracting"))
    ]
    assert len(errors) == 1 and others == [], proc.stderr
    return errors[0]


@contextlib.contextmanager
def nearly_full_filesystem(where: Path, free_kb: int) -> Iterator[Path]:
    """A 2 MB tmpfs mounted at `where` with only `free_kb` KB left (needs root; skipped otherwise)."""
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here to fill it: {mounted.stderr.decode().strip()}")
    try:
        free = shutil.disk_usage(where).free
        with open(where / "filler", "wb") as fh:
            fh.write(b"\0" * max(0, free - free_kb * 1024))
        yield where
    finally:
        subprocess.run(["umount", str(where)], check=False)


def test_a_full_disk_during_ingest_is_one_line_naming_it(tmp_path: Path, sample_base: str) -> None:
    with nearly_full_filesystem(tmp_path / "small", free_kb=150) as disk:
        proc = _cnht(
            "--data-dir",
            str(disk / "d"),
            "ingest",
            "--sources",
            str(SOURCES_FILE),
            "--var",
            f"base={sample_base}",
        )
    line = _error_line(proc)
    assert line.startswith("Error: disk full: no space left on the device")


def test_a_corrupt_store_is_one_line_naming_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    data_dir.mkdir()
    (data_dir / "store.sqlite3").write_bytes(b"this is not an SQLite file at all " * 100)
    for args in (["reindex"], ["search", "quyet dinh"], ["show", "abc"]):
        line = _error_line(_cnht("--data-dir", str(data_dir), *args))
        assert "store unavailable" in line and "corrupt (file is not a database)" in line, args


def test_a_store_locked_by_another_program_is_one_line_naming_it(tmp_path: Path) -> None:
    data_dir = tmp_path / "d"
    import sqlite3

    data_dir.mkdir()
    sqlite3.connect(data_dir / "store.sqlite3").execute("CREATE TABLE t (x)").connection.close()
    hold = (
        "import sqlite3, sys, time\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\ntime.sleep(120)\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", hold, str(data_dir / "store.sqlite3")], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        line = _error_line(_cnht("--data-dir", str(data_dir), "reindex"))
    finally:
        holder.kill()
        holder.wait()
    assert "store unavailable" in line and "locked by another program" in line


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_elasticsearch_down_is_one_line_before_anything_is_crawled(tmp_path: Path, sample_base: str) -> None:
    es = f"http://127.0.0.1:{_closed_port()}"
    data_dir = tmp_path / "d"
    ingest = _cnht(
        "--es-url",
        es,
        "--data-dir",
        str(data_dir),
        "ingest",
        "--sources",
        str(SOURCES_FILE),
        "--var",
        f"base={sample_base}",
    )
    line = _error_line(ingest)
    assert f"cannot reach Elasticsearch at {es}" in line and "Connection refused" in line
    assert "crawling" not in ingest.stdout  # refused before the crawl, not after it
    for args in (["reindex"], ["search", "x"]):
        assert "cannot reach Elasticsearch" in _error_line(
            _cnht("--es-url", es, "--data-dir", str(data_dir), *args)
        )
