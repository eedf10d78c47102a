"""The store of record of the embedded backend: SQLite at `DATA_DIR/store.sqlite3` (WAL mode)."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from search.records import IndexedDocument
from search.sqlite_util import Migration, check_migrated, connect, migrate, transaction, utc_now

SQL_VARS = 500  # ids per `IN (...)` query

MIGRATIONS: list[Migration] = [
    (
        1,
        [
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                url TEXT NOT NULL,
                canonical_url TEXT NOT NULL,
                source TEXT,
                kind TEXT NOT NULL,
                published TEXT,
                fetched_at TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                version INTEGER NOT NULL,
                json TEXT NOT NULL,
                stored_at TEXT NOT NULL,
                indexed INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX documents_published ON documents (published)",
            "CREATE INDEX documents_not_indexed ON documents (indexed) WHERE indexed = 0",
            """CREATE TABLE document_versions (
                id TEXT NOT NULL,
                version INTEGER NOT NULL,
                content_hash TEXT NOT NULL,
                fetched_at TEXT NOT NULL,
                json TEXT NOT NULL,
                superseded_at TEXT NOT NULL,
                PRIMARY KEY (id, version)
            )""",
        ],
    ),
    (
        2,
        [
            "CREATE TABLE url_aliases (url TEXT PRIMARY KEY, id TEXT NOT NULL)",
            "CREATE INDEX url_aliases_id ON url_aliases (id)",
            "INSERT OR IGNORE INTO url_aliases (url, id) SELECT url, id FROM documents",
            "INSERT OR IGNORE INTO url_aliases (url, id) SELECT canonical_url, id FROM documents",
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        ],
    ),
    (
        3,
        [
            # the change feed alert matching reads (see `ChangeFeed` in search/store.py): every write of a
            # new or changed document takes the next `seq`, in the transaction that writes the document
            "ALTER TABLE documents ADD COLUMN seq INTEGER",
            "CREATE INDEX documents_seq ON documents (seq) WHERE seq IS NOT NULL",
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('change_log_id', lower(hex(randomblob(8))))",
            "INSERT OR IGNORE INTO meta (key, value) VALUES ('change_seq', '0')",
        ],
    ),
]


@dataclass
class PutOutcome:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    to_index: dict[str, IndexedDocument] = field(default_factory=dict)  # id -> the version stored, to index


class DocumentStore:
    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._lock = threading.RLock()
        self.conn = connect(path, read_only=read_only)
        if read_only:
            check_migrated(self.conn, MIGRATIONS)
        else:
            migrate(self.conn, MIGRATIONS)

    def close(self) -> None:
        self.conn.close()

    # -- writes --------------------------------------------------------------------------------------

    def put(
        self,
        docs: list[IndexedDocument],
        on_store: Callable[[IndexedDocument], None] | None = None,
        on_stored: Callable[[sqlite3.Connection, list[IndexedDocument]], None] | None = None,
    ) -> PutOutcome:
        """Store a batch in one transaction, with one read of the rows it replaces and one bulk write
        per table. A document given twice in the batch is handled in order, as if put one by one. Each new
        or changed document takes the next change sequence number in the same transaction, so a crash
        keeps both the document and its place in the change feed, or neither. `on_store` is called with
        each new or changed version as it is prepared, before the transaction commits (the full-text
        index starts on it meanwhile; it commits after this transaction, see `EmbeddedStore`).
        `on_stored(conn, docs)` is called in that transaction with the new and changed documents as
        stored (the deal records)."""
        out = PutOutcome()
        now = utc_now()
        new, changed, unchanged = set(), set(), set()
        with self._lock, transaction(self.conn) as c:
            current = self._current_rows(c, list(dict.fromkeys(d.id for d in docs)))
            versions: list[tuple] = []
            rows: dict[str, tuple] = {}  # id -> documents row to write (the last version of the batch)
            written: dict[str, IndexedDocument] = {}
            aliases: dict[str, str] = {}
            seq = first_seq = int(c.execute("SELECT value FROM meta WHERE key = 'change_seq'").fetchone()[0])
            for d in docs:
                for url in (d.document.url, d.document.canonical_url):
                    if url:
                        aliases.pop(url.strip(), None)  # re-inserted last: INSERT OR REPLACE order
                        aliases[url.strip()] = d.id
                row = current.get(d.id)
                if row is not None and row[1] == d.content_hash:
                    if d.id not in new and d.id not in changed and d.id not in unchanged:
                        unchanged.add(d.id)
                        out.unchanged.append(d.id)
                    continue
                if row is None:
                    version = 1
                    new.add(d.id)
                    out.new.append(d.id)
                else:
                    version = row[0] + 1
                    versions.append((d.id, row[0], row[1], row[2], row[3], now))
                    if d.id not in new and d.id not in changed:
                        changed.add(d.id)
                        out.changed.append(d.id)
                    if d.id in unchanged:
                        unchanged.discard(d.id)
                        out.unchanged.remove(d.id)
                stored = d.model_copy(update={"version": version})
                doc = stored.document
                body = stored.model_dump_json()
                seq += 1
                rows.pop(d.id, None)
                rows[d.id] = (
                    d.id, doc.url, doc.canonical_url, stored.source or doc.source, doc.kind, doc.published,
                    d.fetched_at, d.content_hash, version, body, now, seq,
                )  # fmt: skip
                current[d.id] = (version, d.content_hash, d.fetched_at, body)
                written[d.id] = stored
                out.to_index[d.id] = stored
                if on_store is not None:
                    on_store(stored)
            c.executemany(
                "INSERT OR IGNORE INTO document_versions"
                " (id, version, content_hash, fetched_at, json, superseded_at) VALUES (?, ?, ?, ?, ?, ?)",
                versions,
            )
            c.executemany(
                "INSERT OR REPLACE INTO documents (id, url, canonical_url, source, kind, published,"
                " fetched_at, content_hash, version, json, stored_at, indexed, seq)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                list(rows.values()),
            )
            c.executemany("INSERT OR REPLACE INTO url_aliases (url, id) VALUES (?, ?)", list(aliases.items()))
            if seq != first_seq:
                c.execute("UPDATE meta SET value = ? WHERE key = 'change_seq'", (str(seq),))
            if on_stored is not None and written:
                on_stored(c, list(written.values()))
        return out

    @staticmethod
    def _current_rows(c: sqlite3.Connection, ids: list[str]) -> dict[str, tuple]:
        """id -> (version, content_hash, fetched_at, json) of the stored documents among `ids`."""
        out: dict[str, tuple] = {}
        for start in range(0, len(ids), SQL_VARS):
            chunk = ids[start : start + SQL_VARS]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, version, content_hash, fetched_at, json FROM documents WHERE id IN ({marks})"
            for r in c.execute(sql, chunk):
                out[r[0]] = (r[1], r[2], r[3], r[4])
        return out

    def mark_indexed(self, ids: list[str] | None = None) -> None:
        """Flag documents as present in the full-text index (all of them when `ids` is None)."""
        with self._lock, transaction(self.conn) as c:
            if ids is None:
                c.execute("UPDATE documents SET indexed = 1 WHERE indexed = 0")
            else:
                c.executemany("UPDATE documents SET indexed = 1 WHERE id = ?", [(i,) for i in ids])

    def set_meta(self, key: str, value: str) -> None:
        with self._lock, transaction(self.conn) as c:
            c.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- reads ---------------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def change_log_id(self) -> str:
        return self.get_meta("change_log_id") or ""

    def last_change(self) -> int:
        return int(self.get_meta("change_seq") or 0)

    def changes_since(self, after: int, limit: int = 1000) -> list[tuple[int, str]]:
        """(seq, id) of the documents written with a sequence number above `after`, in order; a document
        written again since appears once, at its latest number."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT seq, id FROM documents WHERE seq > ? ORDER BY seq LIMIT ?", (after, limit)
            ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def get(self, id_or_url: str) -> IndexedDocument | None:
        key = id_or_url.strip()
        with self._lock:
            row = self.conn.execute("SELECT json FROM documents WHERE id = ?", (key,)).fetchone()
            if row is None:
                row = self.conn.execute(
                    "SELECT d.json FROM url_aliases a JOIN documents d ON d.id = a.id WHERE a.url = ?", (key,)
                ).fetchone()
        return IndexedDocument.model_validate_json(row[0]) if row else None

    def versions(self, doc_id: str) -> list[IndexedDocument]:
        with self._lock:
            rows = self.conn.execute(
                "SELECT json FROM document_versions WHERE id = ? ORDER BY version", (doc_id,)
            ).fetchall()
        out = [IndexedDocument.model_validate_json(r[0]) for r in rows]
        current = self.get(doc_id)
        return out + ([current] if current else [])

    def count(self) -> int:
        with self._lock:
            return self.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def not_indexed(self) -> list[str]:
        with self._lock:
            return [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE indexed = 0")]

    def _iter_json(self, batch: int) -> Iterator[str]:
        """Every current document's stored JSON in id order, read in keyset-paginated batches (no
        long-lived cursor)."""
        last = ""
        while True:
            with self._lock:
                rows = self.conn.execute(
                    "SELECT id, json FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
                ).fetchall()
            if not rows:
                return
            for r in rows:
                yield r[1]
            last = rows[-1][0]

    def iter_documents(self, batch: int = 500) -> Iterator[IndexedDocument]:
        """Every current document in id order."""
        for raw in self._iter_json(batch):
            yield IndexedDocument.model_validate_json(raw)

    def records(self, ids: list[str]) -> list[dict[str, Any]]:
        """The stored JSON of the documents `ids` (those that exist, in the order asked), decoded by
        `json.loads`: what the full-text index is built from, without pydantic's validation cost."""
        found: dict[str, str] = {}
        with self._lock:
            for start in range(0, len(ids), SQL_VARS):
                chunk = ids[start : start + SQL_VARS]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT id, json FROM documents WHERE id IN ({marks})"
                found.update(self.conn.execute(sql, chunk))
        return [json.loads(found[i]) for i in ids if i in found]

    def iter_records(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        """`iter_documents`, as decoded JSON (see `records`)."""
        for raw in self._iter_json(batch):
            yield json.loads(raw)

    def get_many(self, ids: list[str]) -> list[IndexedDocument]:
        out = []
        for doc_id in ids:
            d = self.get(doc_id)
            if d is not None:
                out.append(d)
        return out
