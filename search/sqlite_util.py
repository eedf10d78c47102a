"""SQLite helpers shared by the document store, the alert state and the raw archive: connections and
migrations."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

Migration = tuple[int, Sequence[str]]  # (number, statements)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


WAL_SWITCH_WAIT = 30.0  # seconds to keep asking for WAL mode while other connections hold the file


def use_wal(conn: sqlite3.Connection, wait: float = WAL_SWITCH_WAIT) -> None:
    """Put the database in WAL mode, waiting up to `wait` seconds for other connections to let go.

    The switch needs the file to itself, and SQLite answers "database is locked" at once instead of calling
    the busy handler: four crawl processes opening a new archive together failed so (38 of 400 opens in a
    test of 100 rounds), and that crawl then fetched nothing. Once the file is in WAL mode the pragma only
    reads the mode, and other connections no longer matter."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Autocommit connection (transactions are explicit, see `transaction`), WAL mode when writable."""
    if read_only:
        if not path.exists():
            raise FileNotFoundError(f"no database at {path}")
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
        )
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        use_wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.row_factory = sqlite3.Row
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, ROLLBACK on error. Inside a transaction already open on `conn`, a
    savepoint instead: the work joins the outer transaction (many small writes, one commit)."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO nested")
            conn.execute("RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def applied_migrations(conn: sqlite3.Connection) -> set[int]:
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
    ).fetchone()
    if not exists:
        return set()
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> list[int]:
    """Apply the migrations not applied yet, in number order, each in its own transaction."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = applied_migrations(conn)
    applied = []
    for number, statements in sorted(migrations, key=lambda m: m[0]):
        if number in done:
            continue
        with transaction(conn):
            if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (number,)).fetchone():
                continue  # another process applied it meanwhile
            for stmt in statements:
                conn.execute(stmt)
            conn.execute(
                "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)", (number, utc_now())
            )
        applied.append(number)
    return applied


def check_migrated(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> None:
    """For read-only connections: fail clearly when the database lags behind the code."""
    missing = {n for n, _ in migrations} - applied_migrations(conn)
    if missing:
        raise RuntimeError(f"database needs migrations {sorted(missing)}: open it once read-write")
