"""Alert state in SQLite (`DATA_DIR/alerts.sqlite3`): saved searches and the delivery outbox.

The outbox has one row per (search_id, document_id, channel), UNIQUE, with status 'recorded' -> 'sent'.
A row is recorded before the channel is called and marked sent after it returns, so a crash in
between leaves a 'recorded' row that `pending()` returns for the next run. The alert itself (title,
URL, snippets, reasons) is stored once per (search_id, document_id) in the `alerts` table, which the
channel rows refer to: recording writes it once, marking sent rewrites only the small channel row.

The alert state is local SQLite with either search backend. With Elasticsearch (CNHT_ES_URL) the
documents live in the cluster, but the state refers to them by id only and each alert is stored
as sent (title, URL, snippets), so the outbox never needs the cluster to resend; a reindex, which
only swaps the documents index behind its alias, cannot touch it. Deliver alerts from one machine (the
one holding DATA_DIR): the outbox is what makes delivery exactly-once, and it is not shared.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import BaseModel

from search.alerts.models import Alert, SavedSearch
from search.alerts.reasons import failure_reason
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
    (
        5,
        [
            # paused by a person, or disabled after MAX_FAILURES failed attempts in a row on one channel
            """CREATE TABLE search_status (
                search_id TEXT PRIMARY KEY,
                paused_at TEXT,
                disabled_at TEXT,
                disabled_reason TEXT,
                updated_at TEXT NOT NULL
            )""",
            # per saved search and push channel: failed attempts in a row, and when to try again
            """CREATE TABLE channel_health (
                search_id TEXT NOT NULL,
                channel TEXT NOT NULL,
                failures INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT,
                last_reason TEXT,
                updated_at TEXT NOT NULL,
                PRIMARY KEY (search_id, channel)
            )""",
            # every delivery attempt, sent or failed (tests too), newest kept per saved search
            """CREATE TABLE deliveries (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                search_id TEXT NOT NULL,
                channel TEXT NOT NULL,
                delivery_id TEXT NOT NULL,
                document_id TEXT,
                title TEXT,
                at TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('sent', 'failed')),
                test INTEGER NOT NULL DEFAULT 0,
                reason TEXT,
                error TEXT
            )""",
            "CREATE INDEX deliveries_by_search ON deliveries (search_id, id)",
        ],
    ),
    (
        6,
        [
            # each alert's payload (title, URL, snippets: 1-2 KB of JSON) stored once, not once per channel
            # row: marking a row sent rewrites a row of ~100 bytes (issue 16). The alert first recorded
            # for a (search, document) is the one kept; an older ledger's rows keep their state.
            """CREATE TABLE alerts (
                search_id TEXT NOT NULL,
                document_id TEXT NOT NULL,
                delivery_id TEXT NOT NULL,
                title TEXT,
                json TEXT NOT NULL,
                PRIMARY KEY (search_id, document_id)
            )""",
            "INSERT OR IGNORE INTO alerts (search_id, document_id, delivery_id, title, json)"
            " SELECT search_id, document_id, delivery_id, json_extract(alert_json, '$.title'), alert_json"
            " FROM outbox ORDER BY rowid",
            """CREATE TABLE outbox_6 (
                search_id TEXT NOT NULL,
                document_id TEXT NOT NULL,
                channel TEXT NOT NULL,
                delivery_id TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('recorded', 'sent')),
                recorded_at TEXT NOT NULL,
                sent_at TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                last_error TEXT,
                UNIQUE (search_id, document_id, channel)
            )""",
            "INSERT INTO outbox_6 (rowid, search_id, document_id, channel, delivery_id, status, recorded_at,"
            " sent_at, attempts, last_error) SELECT rowid, search_id, document_id, channel, delivery_id,"
            " status, recorded_at, sent_at, attempts, last_error FROM outbox",
            "DROP TABLE outbox",
            "ALTER TABLE outbox_6 RENAME TO outbox",
            "CREATE INDEX outbox_status ON outbox (status) WHERE status = 'recorded'",
        ],
    ),
]

PUSH_CHANNELS = ("webhook", "email")  # remote channels: retried with backoff, disabled when dead
MAX_FAILURES = 7  # failed attempts in a row on one channel that disable a saved search (as CourtListener)
BACKOFF_FIRST_S = 300  # wait after the first failed attempt; doubled after each further one
BACKOFF_MAX_S = 6 * 3600
HISTORY_KEPT = 500  # delivery attempts kept per saved search (up to PRUNE_EVERY more between prunings)
PRUNE_EVERY = 100  # successful deliveries prune the history of their search once per this many rows


def backoff_seconds(failures: int) -> int:
    """How long to wait before the next attempt after `failures` failed ones in a row: 5 min, doubled
    each time, at most 6 h.

    >>> [backoff_seconds(n) // 60 for n in range(1, 8)]
    [5, 10, 20, 40, 80, 160, 320]
    """
    return int(min(BACKOFF_FIRST_S * 2 ** max(failures - 1, 0), BACKOFF_MAX_S))


class Delivery(BaseModel):
    """One delivery attempt of an alert (or a test) on one channel."""

    search_id: str
    channel: str
    delivery_id: str
    document_id: str | None = None
    title: str | None = None
    at: str  # UTC ISO 8601
    outcome: str  # "sent" | "failed"
    test: bool = False
    reason: str | None = None  # Vietnamese, failures only
    error: str | None = None  # the channel's own error (URLs redacted), failures only


class ChannelHealth(BaseModel):
    channel: str
    failures: int  # failed attempts in a row
    next_attempt_at: str | None = None
    last_reason: str | None = None


class SearchHealth(BaseModel):
    """Whether a saved search delivers: paused by a person, disabled after failures, or active."""

    search_id: str
    paused_at: str | None = None
    disabled_at: str | None = None
    disabled_reason: str | None = None  # Vietnamese
    channels: list[ChannelHealth] = []

    @property
    def active(self) -> bool:
        return self.paused_at is None and self.disabled_at is None

    @property
    def state(self) -> str:
        """One of "active", "paused" or "disabled"."""
        return "disabled" if self.disabled_at else "paused" if self.paused_at else "active"


_SENT_CHANNELS = "SELECT channel FROM outbox WHERE search_id = ? AND document_id = ? AND status = 'sent'"
# the outbox rows with their alert; add "WHERE" and "ORDER BY" as needed
_WITH_ALERT = (
    "SELECT a.json, o.channel, o.attempts, o.last_error, o.search_id, o.document_id FROM outbox AS o"
    " JOIN alerts AS a ON a.search_id = o.search_id AND a.document_id = o.document_id"
)


def _alerts(rows: list[sqlite3.Row]) -> list[Alert]:
    """The alerts of `_WITH_ALERT` rows, each JSON parsed once (a row per channel shares one)."""
    parsed: dict[tuple[str, str], Alert] = {}
    out = []
    for r in rows:
        key = (r[4], r[5])
        if key not in parsed:
            parsed[key] = Alert.model_validate_json(r[0])
        out.append(parsed[key])
    return out


def _after(seconds: int) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)).isoformat(timespec="seconds")


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
            c.execute(
                "DELETE FROM alerts WHERE search_id = ? AND NOT EXISTS (SELECT 1 FROM outbox AS o"
                " WHERE o.search_id = alerts.search_id AND o.document_id = alerts.document_id)",
                (search_id,),
            )
            c.execute("DELETE FROM search_status WHERE search_id = ?", (search_id,))
            c.execute("DELETE FROM channel_health WHERE search_id = ?", (search_id,))
        return n > 0

    # -- outbox --------------------------------------------------------------------------------------

    def record(self, alert: Alert, channels: list[str]) -> list[str]:
        """Record the alert for each channel (no-op where a row exists); return the channels not yet sent."""
        return self.record_many([(alert, channels)])[0]

    def mark_sent(self, search_id: str, document_id: str, channel: str) -> bool:
        """Flag a row sent; False if it was already sent (or never recorded). The attempt goes into the
        delivery history and ends the channel's run of failures, in the same transaction."""
        return self.mark_sent_many([(search_id, document_id, channel)])[0]

    def record_many(self, alerts: list[tuple[Alert, list[str]]]) -> list[list[str]]:
        """`record` for many (alert, channels) in one transaction: each alert stored once (the one
        recorded first is kept), one small row per channel; per alert, the channels not yet sent."""
        now = utc_now()
        rows = []
        payloads = []
        for alert, channels in alerts:
            sid, doc, did = alert.search_id, alert.document_id, alert.delivery_id
            payloads.append((sid, doc, did, alert.title, alert.model_dump_json()))
            rows += [(sid, doc, ch, did, now) for ch in channels]
        with self._lock, transaction(self.conn) as c:
            c.executemany(
                "INSERT OR IGNORE INTO alerts (search_id, document_id, delivery_id, title, json)"
                " VALUES (?, ?, ?, ?, ?)",
                payloads,
            )
            added = c.executemany(
                "INSERT OR IGNORE INTO outbox (search_id, document_id, channel, delivery_id, status,"
                " recorded_at) VALUES (?, ?, ?, ?, 'recorded', ?)",
                rows,
            ).rowcount
            if added == len(rows):  # every row is new, hence none sent yet
                return [list(channels) for _, channels in alerts]
            out = []
            for alert, channels in alerts:
                sent = {r[0] for r in c.execute(_SENT_CHANNELS, (alert.search_id, alert.document_id))}
                out.append([ch for ch in channels if ch not in sent])
        return out

    def mark_sent_many(
        self, rows: list[tuple[str, str, str]], titles: dict[tuple[str, str], str | None] | None = None
    ) -> list[bool]:
        """`mark_sent` for many (search_id, document_id, channel) rows in one transaction and a few
        statements (the rows go through a temporary table), the history pruned as `mark_sent` prunes it.
        `titles`: the alerts' titles by (search_id, document_id), for the history, when the caller has
        them (else they are read from the ledger). Per row, whether it was marked now (False: sent
        already, never recorded, or a repeat)."""
        if not rows:
            return []
        now = utc_now()
        with self._lock, transaction(self.conn) as c:
            c.execute(
                "CREATE TEMP TABLE IF NOT EXISTS to_mark (search_id TEXT, document_id TEXT, channel TEXT)"
            )
            c.execute("DELETE FROM to_mark")
            c.executemany("INSERT INTO to_mark VALUES (?, ?, ?)", rows)
            changed = {
                (r[0], r[1], r[2]): r[3]
                for r in c.execute(
                    "UPDATE outbox SET status = 'sent', sent_at = ?, attempts = attempts + 1,"
                    " last_error = NULL FROM to_mark AS m WHERE outbox.search_id = m.search_id"
                    " AND outbox.document_id = m.document_id AND outbox.channel = m.channel"
                    " AND outbox.status = 'recorded'"
                    " RETURNING search_id, document_id, channel, delivery_id",
                    (now,),
                )
            }
            titles = (
                {
                    (r[0], r[1]): r[2]
                    for r in c.execute(
                        "SELECT a.search_id, a.document_id, a.title FROM to_mark AS m"
                        " JOIN alerts AS a ON a.search_id = m.search_id AND a.document_id = m.document_id"
                    )
                }
                if changed and titles is None
                else titles or {}
            )
            c.execute("DELETE FROM to_mark")
            marked = []
            history = []
            for row in rows:
                got = changed.pop(row, None)  # a repeated row was marked by its first occurrence
                marked.append(got is not None)
                if got is not None:
                    history.append((row[0], row[2], got, row[1], titles.get((row[0], row[1])), now))
            if not history:
                return marked
            c.executemany(
                "INSERT INTO deliveries (search_id, channel, delivery_id, document_id, title, at, outcome)"
                " VALUES (?, ?, ?, ?, ?, ?, 'sent')",
                history,
            )
            last = c.execute("SELECT seq FROM sqlite_sequence WHERE name = 'deliveries'").fetchone()[0]
            first = last - len(history) + 1  # AUTOINCREMENT ids, consecutive within this transaction
            prune = {h[0] for i, h in enumerate(history) if (first + i) % PRUNE_EVERY == 0}
            for search_id in sorted(prune):
                self._prune(c, search_id)
            push = {(h[0], h[1]) for h in history if h[1] in PUSH_CHANNELS}
            c.executemany(
                "UPDATE channel_health SET failures = 0, next_attempt_at = NULL, updated_at = ?"
                " WHERE search_id = ? AND channel = ?",
                [(now, search_id, channel) for search_id, channel in sorted(push)],
            )
        return marked

    def mark_failed(
        self, search_id: str, document_id: str, channel: str, error: str, *, attempted: bool = True
    ) -> None:
        """Keep the row 'recorded' with the error. An `attempted` failure (the channel really tried;
        not one skipped because its endpoint failed earlier in the run) goes into the delivery history
        and, on a push channel, counts toward the channel's run of failures: the next attempt waits
        `backoff_seconds`, and MAX_FAILURES in a row disable the saved search."""
        now = utc_now()
        reason = failure_reason(channel, error)
        with self._lock, transaction(self.conn) as c:
            n = c.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?"
                " WHERE search_id = ? AND document_id = ? AND channel = ? AND status = 'recorded'",
                (error[:1000], search_id, document_id, channel),
            ).rowcount
            if not n or not attempted:
                return
            c.execute(
                "INSERT INTO deliveries (search_id, channel, delivery_id, document_id, title, at, outcome,"
                " reason, error) SELECT o.search_id, o.channel, o.delivery_id, o.document_id, a.title, ?,"
                " 'failed', ?, ? FROM outbox AS o LEFT JOIN alerts AS a ON a.search_id = o.search_id"
                " AND a.document_id = o.document_id"
                " WHERE o.search_id = ? AND o.document_id = ? AND o.channel = ?",
                (now, reason, error[:1000], search_id, document_id, channel),
            )
            self._prune(c, search_id)
            if channel in PUSH_CHANNELS:
                self._count_failure(c, search_id, channel, reason, now)

    def _count_failure(
        self, c: sqlite3.Connection, search_id: str, channel: str, reason: str, now: str
    ) -> None:
        c.execute(
            "INSERT INTO channel_health (search_id, channel, failures, updated_at) VALUES (?, ?, 0, ?)"
            " ON CONFLICT (search_id, channel) DO NOTHING",
            (search_id, channel, now),
        )
        failures = c.execute(
            "UPDATE channel_health SET failures = failures + 1, last_reason = ?, updated_at = ?"
            " WHERE search_id = ? AND channel = ? RETURNING failures",
            (reason, now, search_id, channel),
        ).fetchone()[0]
        c.execute(
            "UPDATE channel_health SET next_attempt_at = ? WHERE search_id = ? AND channel = ?",
            (_after(backoff_seconds(failures)), search_id, channel),
        )
        if failures >= MAX_FAILURES:
            why = f"lần cuối: {reason} (kênh {channel})"
            c.execute(
                "INSERT INTO search_status (search_id, disabled_at, disabled_reason, updated_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (search_id) DO UPDATE SET"
                " disabled_at = COALESCE(disabled_at, excluded.disabled_at),"
                " disabled_reason = COALESCE(disabled_reason, excluded.disabled_reason),"
                " updated_at = excluded.updated_at",
                (search_id, now, why, now),
            )

    @staticmethod
    def _prune(c: sqlite3.Connection, search_id: str) -> None:
        c.execute(
            "DELETE FROM deliveries WHERE search_id = ? AND id <= (SELECT id FROM deliveries"
            " WHERE search_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
            (search_id, search_id, HISTORY_KEPT),
        )

    def record_test(self, alert: Alert, channel: str, error: str | None) -> Delivery:
        """Put a test send in the history (it has no outbox row and never counts toward disabling)."""
        entry = Delivery(
            search_id=alert.search_id,
            channel=channel,
            delivery_id=alert.delivery_id,
            document_id=alert.document_id,
            title=alert.title,
            at=utc_now(),
            outcome="failed" if error is not None else "sent",
            test=True,
            reason=failure_reason(channel, error) if error is not None else None,
            error=error[:1000] if error is not None else None,
        )
        with self._lock, transaction(self.conn) as c:
            c.execute(
                "INSERT INTO deliveries (search_id, channel, delivery_id, document_id, title, at, outcome,"
                " test, reason, error) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)",
                (
                    entry.search_id,
                    entry.channel,
                    entry.delivery_id,
                    entry.document_id,
                    entry.title,
                    entry.at,
                    entry.outcome,
                    entry.reason,
                    entry.error,
                ),
            )
            self._prune(c, alert.search_id)
        return entry

    def history(self, search_id: str | None = None, limit: int = 50) -> list[Delivery]:
        """Delivery attempts, newest first: of one saved search, or of all."""
        where, args = ("WHERE search_id = ?", [search_id]) if search_id else ("", [])
        with self._lock:
            rows = self.conn.execute(
                "SELECT search_id, channel, delivery_id, document_id, title, at, outcome, test, reason, error"
                f" FROM deliveries {where} ORDER BY id DESC LIMIT ?",
                (*args, limit),
            ).fetchall()
        keys = ("search_id", "channel", "delivery_id", "document_id", "title", "at", "outcome", "test")
        return [Delivery(**dict(zip((*keys, "reason", "error"), r, strict=True))) for r in rows]

    # -- pause, resume, health -----------------------------------------------------------------------

    def pause(self, search_id: str) -> None:
        now = utc_now()
        with self._lock, transaction(self.conn) as c:
            c.execute(
                "INSERT INTO search_status (search_id, paused_at, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (search_id) DO UPDATE SET paused_at = COALESCE(paused_at, excluded.paused_at),"
                " updated_at = excluded.updated_at",
                (search_id, now, now),
            )

    def resume(self, search_id: str) -> None:
        """Active again: not paused, not disabled, every channel's count of failures back to 0 and its
        backoff over, so what waits in the outbox goes out on the next run."""
        with self._lock, transaction(self.conn) as c:
            c.execute("DELETE FROM search_status WHERE search_id = ?", (search_id,))
            c.execute("DELETE FROM channel_health WHERE search_id = ?", (search_id,))

    def health(self, search_id: str) -> SearchHealth:
        return self.healths().get(search_id) or SearchHealth(search_id=search_id)

    def healths(self) -> dict[str, SearchHealth]:
        """The health of every saved search that is paused, disabled or has a channel failing."""
        with self._lock:
            status = self.conn.execute(
                "SELECT search_id, paused_at, disabled_at, disabled_reason FROM search_status"
            ).fetchall()
            channels = self.conn.execute(
                "SELECT search_id, channel, failures, next_attempt_at, last_reason FROM channel_health"
                " WHERE failures > 0 ORDER BY search_id, channel"
            ).fetchall()
        out = {
            r[0]: SearchHealth(search_id=r[0], paused_at=r[1], disabled_at=r[2], disabled_reason=r[3])
            for r in status
        }
        for sid, channel, failures, next_at, reason in channels:
            out.setdefault(sid, SearchHealth(search_id=sid)).channels.append(
                ChannelHealth(channel=channel, failures=failures, next_attempt_at=next_at, last_reason=reason)
            )
        return out

    def held(self, now: dt.datetime | None = None) -> set[tuple[str, str | None]]:
        """What must not be sent at `now`: (search_id, None) for a paused or disabled saved search,
        (search_id, channel) for a push channel waiting out its backoff."""
        at = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).isoformat(timespec="seconds")
        with self._lock:
            stopped = self.conn.execute("SELECT search_id FROM search_status").fetchall()
            waiting = self.conn.execute(
                "SELECT search_id, channel FROM channel_health WHERE next_attempt_at > ?", (at,)
            ).fetchall()
        return {(r[0], None) for r in stopped} | {(r[0], r[1]) for r in waiting}

    def pending(self) -> list[tuple[Alert, str]]:
        """(alert, channel) for every row recorded but not sent, oldest first (the rows of one alert
        share one `Alert`)."""
        with self._lock:
            rows = self.conn.execute(
                f"{_WITH_ALERT} WHERE o.status = 'recorded' ORDER BY o.recorded_at, o.rowid"
            ).fetchall()
        return [(alert, r[1]) for alert, r in zip(_alerts(rows), rows, strict=True)]

    def pending_for(self, search_id: str, document_id: str) -> list[tuple[Alert, str]]:
        with self._lock:
            rows = self.conn.execute(
                f"{_WITH_ALERT} WHERE o.search_id = ? AND o.document_id = ? AND o.status = 'recorded'",
                (search_id, document_id),
            ).fetchall()
        return [(alert, r[1]) for alert, r in zip(_alerts(rows), rows, strict=True)]

    def failures(self) -> list[tuple[Alert, str, int, str]]:
        """(alert, channel, attempts, last error) of every row not sent whose last attempt failed."""
        with self._lock:
            rows = self.conn.execute(
                f"{_WITH_ALERT} WHERE o.status = 'recorded' AND o.last_error IS NOT NULL"
                " ORDER BY o.recorded_at, o.rowid"
            ).fetchall()
        return [(alert, r[1], r[2], r[3]) for alert, r in zip(_alerts(rows), rows, strict=True)]

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

    def claim_stories(self, search_id: str, claims: list[tuple[str, str]]) -> dict[str, str]:
        """`claim_story` for many (story_key, document_id) of one saved search, in one transaction:
        {story_key: the document it alerts with}."""
        now = utc_now()
        with self._lock, transaction(self.conn) as c:
            c.executemany(
                "INSERT OR IGNORE INTO stories (search_id, story_key, document_id, claimed_at)"
                " VALUES (?, ?, ?, ?)",
                [(search_id, key, doc, now) for key, doc in claims],
            )
            keys = json.dumps([key for key, _ in claims], ensure_ascii=False)
            return {
                r[0]: r[1]
                for r in c.execute(
                    "SELECT story_key, document_id FROM stories WHERE search_id = ?"
                    " AND story_key IN (SELECT value FROM json_each(?))",
                    (search_id, keys),
                )
            }

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
