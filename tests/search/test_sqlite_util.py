"""SQLite helpers: the switch to WAL mode waits for other connections instead of failing at once."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from search.sqlite_util import use_wal


def _holder(path: Path) -> sqlite3.Connection:
    """Another process's connection in the middle of a write to the new database."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # writing: SQLite refuses the switch at once, without a busy wait
    other.execute("CREATE TABLE t (x)")
    return other


def test_switch_to_wal_fails_at_once_while_another_connection_holds_the_file_and_no_wait_is_allowed(
    tmp_path: Path,
) -> None:
    path = tmp_path / "index.sqlite3"
    other = _holder(path)
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)  # the busy timeout does not apply
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        use_wal(conn, wait=0)
    other.execute("ROLLBACK")


def test_switch_to_wal_waits_until_the_other_connection_lets_go(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite3"
    other = _holder(path)
    threading.Timer(0.3, lambda: other.execute("COMMIT")).start()
    conn = sqlite3.connect(path, isolation_level=None)
    use_wal(conn, wait=10)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
