"""Alert state in SQLite (`DATA_DIR/alerts.sqlite3`): saved searches and the delivery outbox.

The outbox has one row per (search_id, document_id, channel), UNIQUE, with status 'recorded' -> 'sent'.
A row is recorded before the channel is called and marked sent after it returns, so a crash in
between leaves a 'recorded' row that `pending()` returns for the next run.

The alert state is local SQLite with either search backend. With Elasticsearch (CNHT_ES_URL) the
documents live in the cluster, but the state refers to them by id only and each alert row carries the
alert as sent (title, URL, snippets), so the outbox never needs the cluster to resend; a reindex, which
only swaps the documents index behind its alias, cannot touch it. Deliver alerts from one machine (the
one holding DATA_DIR): the outbox is what makes delivery exactly-once, and it is not shared.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from search.alerts.models import Alert, SavedSearch
from search.sqlite_util import Migration, connect, migrate, transaction, utc_now

ALERTS_FILE = "alerts.sqlite3"
PRIVATE_MODE = 0o600  # the file holds webhook secrets and URLs: its owner alone reads it


def make_private(path: Path) -> None:
    """Create `path` (and its SQLite -wal/-shm companions, if any) readable by its owner alone, or take
    group and other permissions away from one that exists. SQLite gives the -wal and -shm files it
    creates later the database file's mode."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_MODE))
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            if stat.S_IMODE(p.stat().st_mode) & 0o077:
                os.chmod(p, PRIVATE_MODE)
        except FileNotFoundError:
            continue


MIGRATIONS: list[Migration] = [
    (
        1,
        [
            """CREATE TABLE saved_searches (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                json TEXT NOT NULL,
                created_at TEXT NOT NULL
            )""",
            """CREATE TABLE outbox (
                search_id TEXT NOT NULL,
                document_id TEXT NOT NULL,
                channel TEXT NOT NULL,
                delivery_id TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('recorded', 'sent')),
                alert_json TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                sent_at TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                UNIQUE (search_id, document_id, channel)
            )""",
            "CREATE INDEX outbox_status ON outbox (status) WHERE status = 'recorded'",
        ],
    ),
    (
        2,
        [
            # new documents handed to deliver_new, kept until every saved search was evaluated on them
            "CREATE TABLE to_evaluate (document_id TEXT PRIMARY KEY, queued_at TEXT NOT NULL)",
        ],
    ),
    (
        3,
        [
            # one story (syndicated copies on several sites) alerts once per saved search
            """CREATE TABLE stories (
                search_id TEXT NOT NULL,
                story_key TEXT NOT NULL,
                document_id TEXT NOT NULL,
                claimed_at TEXT NOT NULL,
                PRIMARY KEY (search_id, story_key)
            )""",
        ],
    ),
    (
        4,
        [
            # how far alert matching has gone in a store's change feed (search/store.py `ChangeFeed`)
            """CREATE TABLE alert_cursors (
                log_id TEXT PRIMARY KEY,
                upto INTEGER NOT NULL,
                updated_at TEXT NOT NULL
            )""",
        ],
    ),
]


class AlertState:
    def __init__(self, data_dir: Path | str) -> None:
        self.path = Path(data_dir) / ALERTS_FILE
        self._lock = threading.RLock()
        make_private(self.path)
        self.conn = connect(self.path)
        migrate(self.conn, MIGRATIONS)
        make_private(self.path)  # the -wal and -shm files connecting created

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """One transaction around many calls (each joins it as a savepoint): one commit for a batch."""
        with self._lock, transaction(self.conn):
            yield

    def __enter__(self) -> AlertState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- saved searches ------------------------------------------------------------------------------

    def add_search(self, search: SavedSearch) -> None:
        """Add or replace a saved search (same id: query and channels updated, outbox kept)."""
        with self._lock, transaction(self.conn) as c:
            c.execute(
                "INSERT OR REPLACE INTO saved_searches (id, name, json, created_at) VALUES (?, ?, ?, ?)",
                (search.id, search.name, search.model_dump_json(), search.created_at),
            )

    def get_search(self, search_id: str) -> SavedSearch | None:
        with self._lock:
            row = self.conn.execute("SELECT json FROM saved_searches WHERE id = ?", (search_id,)).fetchone()
        return SavedSearch.model_validate_json(row[0]) if row else None

    def list_searches(self) -> list[SavedSearch]:
        with self._lock:
            rows = self.conn.execute("SELECT json FROM saved_searches ORDER BY created_at, id").fetchall()
        return [SavedSearch.model_validate_json(r[0]) for r in rows]

    def remove_search(self, search_id: str) -> bool:
        """Remove a saved search and its unsent outbox rows; sent rows stay as history."""
        with self._lock, transaction(self.conn) as c:
            n = c.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,)).rowcount
            c.execute("DELETE FROM outbox WHERE search_id = ? AND status = 'recorded'", (search_id,))
        return n > 0

    # -- outbox --------------------------------------------------------------------------------------

    def record(self, alert: Alert, channels: list[str]) -> list[str]:
        """Record the alert for each channel (no-op where a row exists); return the channels not yet sent."""
        now = utc_now()
        with self._lock, transaction(self.conn) as c:
            c.executemany(
                "INSERT OR IGNORE INTO outbox (search_id, document_id, channel, delivery_id, status,"
                " alert_json, recorded_at) VALUES (?, ?, ?, ?, 'recorded', ?, ?)",
                [
                    (alert.search_id, alert.document_id, ch, alert.delivery_id, alert.model_dump_json(), now)
                    for ch in channels
                ],
            )
            sent = {
                r[0]
                for r in c.execute(
                    "SELECT channel FROM outbox WHERE search_id = ? AND document_id = ? AND status = 'sent'",
                    (alert.search_id, alert.document_id),
                )
            }
        return [ch for ch in channels if ch not in sent]

    def mark_sent(self, search_id: str, document_id: str, channel: str) -> bool:
        """Flag a row sent; False if it was already sent (or never recorded)."""
        with self._lock, transaction(self.conn) as c:
            n = c.execute(
                "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1, last_error = NULL"
                " WHERE search_id = ? AND document_id = ? AND channel = ? AND status = 'recorded'",
                (utc_now(), search_id, document_id, channel),
            ).rowcount
        return n > 0

    def mark_failed(self, search_id: str, document_id: str, channel: str, error: str) -> None:
        with self._lock, transaction(self.conn) as c:
            c.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?"
                " WHERE search_id = ? AND document_id = ? AND channel = ? AND status = 'recorded'",
                (error[:1000], search_id, document_id, channel),
            )

    def pending(self) -> list[tuple[Alert, str]]:
        """(alert, channel) for every row recorded but not sent, oldest first."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT alert_json, channel FROM outbox WHERE status = 'recorded' ORDER BY recorded_at, rowid"
            ).fetchall()
        return [(Alert.model_validate_json(r[0]), r[1]) for r in rows]

    def pending_for(self, search_id: str, document_id: str) -> list[tuple[Alert, str]]:
        with self._lock:
            rows = self.conn.execute(
                "SELECT alert_json, channel FROM outbox"
                " WHERE search_id = ? AND document_id = ? AND status = 'recorded'",
                (search_id, document_id),
            ).fetchall()
        return [(Alert.model_validate_json(r[0]), r[1]) for r in rows]

    def failures(self) -> list[tuple[Alert, str, int, str]]:
        """(alert, channel, attempts, last error) of every row not sent whose last attempt failed."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT alert_json, channel, attempts, last_error FROM outbox"
                " WHERE status = 'recorded' AND last_error IS NOT NULL ORDER BY recorded_at, rowid"
            ).fetchall()
        return [(Alert.model_validate_json(r[0]), r[1], r[2], r[3]) for r in rows]

    def claim_story(self, search_id: str, story_key: str, document_id: str) -> str:
        """The document a story alerts with for this search: the first one ever claimed, else this one."""
        with self._lock, transaction(self.conn) as c:
            c.execute(
                "INSERT OR IGNORE INTO stories (search_id, story_key, document_id, claimed_at)"
                " VALUES (?, ?, ?, ?)",
                (search_id, story_key, document_id, utc_now()),
            )
            row = c.execute(
                "SELECT document_id FROM stories WHERE search_id = ? AND story_key = ?",
                (search_id, story_key),
            ).fetchone()
        return row[0]

    # -- documents waiting for evaluation (a crash before their alerts were recorded) --------------------

    def queue(self, document_ids: list[str]) -> None:
        now = utc_now()
        with self._lock, transaction(self.conn) as c:
            c.executemany(
                "INSERT OR IGNORE INTO to_evaluate (document_id, queued_at) VALUES (?, ?)",
                [(i, now) for i in document_ids],
            )

    def queued(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self.conn.execute("SELECT document_id FROM to_evaluate ORDER BY rowid")]

    def dequeue(self, document_ids: list[str]) -> None:
        with self._lock, transaction(self.conn) as c:
            c.executemany("DELETE FROM to_evaluate WHERE document_id = ?", [(i,) for i in document_ids])

    # -- the cursor over a store's change feed --------------------------------------------------------

    def start_cursor(self, log_id: str, at: int) -> int:
        """The cursor of the change log `log_id`, created at `at` if there is none yet (documents stored
        before this alert state knew the store are not alerted); returns its position."""
        with self._lock, transaction(self.conn) as c:
            c.execute(
                "INSERT OR IGNORE INTO alert_cursors (log_id, upto, updated_at) VALUES (?, ?, ?)",
                (log_id, at, utc_now()),
            )
            return int(c.execute("SELECT upto FROM alert_cursors WHERE log_id = ?", (log_id,)).fetchone()[0])

    def cursor(self, log_id: str) -> int | None:
        with self._lock:
            row = self.conn.execute("SELECT upto FROM alert_cursors WHERE log_id = ?", (log_id,)).fetchone()
        return int(row[0]) if row else None

    def advance_cursor(self, log_id: str, upto: int) -> None:
        """Move the cursor to `upto` (never back): call it only once the outbox rows of every document up
        to `upto` are recorded."""
        with self._lock, transaction(self.conn) as c:
            c.execute(
                "UPDATE alert_cursors SET upto = MAX(upto, ?), updated_at = ? WHERE log_id = ?",
                (upto, utc_now(), log_id),
            )

    def status(self, search_id: str, document_id: str, channel: str) -> str | None:
        with self._lock:
            row = self.conn.execute(
                "SELECT status FROM outbox WHERE search_id = ? AND document_id = ? AND channel = ?",
                (search_id, document_id, channel),
            ).fetchone()
        return row[0] if row else None
