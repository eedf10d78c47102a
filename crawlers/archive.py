"""The raw archive: every fetched response, stored before anything parses it.

Bodies and headers go into gzipped WARC files (`archive/warc/*.warc.gz`, readable by any web-archiving
tool); an SQLite index (`archive/index.sqlite3`) records for each response its URL, source, role, status,
content hash and the WARC file and offset, plus what the extraction stage did with it and every error met
on the way. Re-extraction reads only this archive: no network.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import os
import sqlite3
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import GzippingWrapper, WARCWriter

from extract.charset import indexed_content_type
from search.sqlite_util import use_wal

# gzip level of WARC records (setting CNHT_WARC_GZIP_LEVEL). warcio's fixed 9 made the archive cost about
# 40 % of a loopback crawl's throughput on 32 KB pages (benchmarks/crawl_throughput.py). On 180 KB pages,
# the size of real news pages, compression is most of the archive's cost: measured in one benchmark run
# (1,000 pages x 3 runs), level 3 gave 100 pages per CPU second of the crawl process and level 1 gave 119
# (parse-only: 200), for an archive 8 % larger (54.4 against 50.3 MB). Each record stays its own gzip
# member, as WARC readers expect.
DEFAULT_GZIP_LEVEL = 1

Role = Literal["page", "feed", "sitemap", "listing", "robots", "attachment"]

# Client-error answers that only say "not now": the page is asked for again on the next run.
NOT_FINAL_4XX = (408, 429)

# Headers that describe the transfer, not the stored body (Scrapy hands us the decoded body).
_TRANSFER_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,            -- canonical URL that was requested
    final_url TEXT NOT NULL,      -- URL of the response, after redirects
    source TEXT NOT NULL,
    role TEXT NOT NULL,
    status INTEGER NOT NULL,
    fetched_at TEXT NOT NULL,
    content_type TEXT,            -- as declared, with the charset corrected to the one the body is in
    sha256 TEXT NOT NULL,
    warc_file TEXT NOT NULL,
    warc_offset INTEGER NOT NULL,
    warc_length INTEGER NOT NULL,
    run_id TEXT,
    via TEXT                      -- attachments: the URL of the page that links to them
);
CREATE INDEX IF NOT EXISTS records_url ON records(url);
CREATE INDEX IF NOT EXISTS records_source_role ON records(source, role);
CREATE TABLE IF NOT EXISTS extractions (
    record_id INTEGER NOT NULL REFERENCES records(id),
    extractor_version TEXT NOT NULL,
    outcome TEXT NOT NULL,        -- stored | skipped | failed
    reason TEXT,
    document_id TEXT,
    at TEXT NOT NULL,
    PRIMARY KEY (record_id, extractor_version)
);
CREATE TABLE IF NOT EXISTS url_state (  -- the latest answer per URL: what a conditional GET sends back
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    etag TEXT,                    -- of the latest 200 (kept when a 304 confirms it)
    last_modified TEXT,
    sha256 TEXT,                  -- of the latest 200 body
    last_status INTEGER NOT NULL,
    last_fetch TEXT NOT NULL,
    last_change TEXT,             -- when the 200 body last differed from the one before
    announced TEXT                -- the date discovery announced that our latest refetch answered (ISO)
);
CREATE TABLE IF NOT EXISTS attachment_queue (  -- attachment files asked for and not yet settled
    source TEXT NOT NULL,
    url TEXT NOT NULL,            -- canonical URL, as in records.url
    via TEXT,                     -- the page that links to it
    queued_at TEXT NOT NULL,
    PRIMARY KEY (source, url)
);
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY,
    run_id TEXT,
    source TEXT,
    url TEXT,
    stage TEXT NOT NULL,          -- crawl | extract | index | alert
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
"""


def is_final(status: int) -> bool:
    """Whether an answer settles a page (it joins the seen-set) or the page must be asked for again."""
    return status < 500 and status not in NOT_FINAL_4XX


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


class RawPage(BaseModel):
    """One archived response: the record the extraction stage reads."""

    id: int
    url: str
    final_url: str
    source: str
    role: Role
    status: int
    fetched_at: str
    content_type: str | None
    sha256: str
    warc_file: str
    warc_offset: int
    warc_length: int
    run_id: str | None = None
    via: str | None = None  # attachments: the page that links to them


class UrlState(BaseModel):
    """The latest answer about one URL (table `url_state`): what a conditional GET sends back."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    last_status: int
    last_fetch: str
    last_change: str | None = None
    # when we last held the page's current body: the latest 200 or 304 (a 5xx since then confirms nothing)
    last_confirmed: str | None = None
    # the date discovery announced that our latest refetch was made for and answered (200, 304, 404 ...)
    announced: str | None = None


def read_warc_body(root: Path, page: RawPage) -> bytes:
    """The body of one archived response, read from its WARC file under `root` (no index needed)."""
    with open(Path(root) / page.warc_file, "rb") as fh:
        fh.seek(page.warc_offset)
        for record in ArchiveIterator(fh):
            return record.content_stream().read()
    raise OSError(f"no WARC record at {page.warc_file}:{page.warc_offset}")


class RawArchive:
    """Index and reader of the archive under `root`; `writer()` appends new responses."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        (self.root / "warc").mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.root / "index.sqlite3", timeout=30, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        use_wal(self.db)  # several crawl processes may open a new archive at once
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self._migrate()

    def _migrate(self) -> None:
        """Columns added after an archive may have been created: added in place, NULL for old rows."""
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(records)")}
        if "via" not in columns:
            self.db.execute("ALTER TABLE records ADD COLUMN via TEXT")
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(url_state)")}
        if "announced" not in columns:
            self.db.execute("ALTER TABLE url_state ADD COLUMN announced TEXT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> RawArchive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------------

    def writer(
        self, name: str, run_id: str | None = None, gzip_level: int = DEFAULT_GZIP_LEVEL
    ) -> ArchiveWriter:
        return ArchiveWriter(self, name, run_id, gzip_level)

    def record_error(
        self,
        stage: str,
        reason: str,
        *,
        source: str | None = None,
        url: str | None = None,
        run_id: str | None = None,
    ) -> None:
        self.db.execute(
            "INSERT INTO errors(run_id, source, url, stage, reason, at) VALUES (?,?,?,?,?,?)",
            (run_id, source, url, stage, reason, now_iso()),
        )

    def queue_attachment(self, source: str, url: str, via: str | None) -> None:
        """Remember that an attachment file was asked for: it stays queued until it is settled (a final
        answer archived, or refused for a reason that will not change), so a run that fails to fetch it
        below HTTP, or is killed before fetching it, does not lose it."""
        self.db.execute(
            "INSERT INTO attachment_queue(source, url, via, queued_at) VALUES (?,?,?,?)"
            " ON CONFLICT(source, url) DO UPDATE SET via = COALESCE(excluded.via, attachment_queue.via)",
            (source, url, via, now_iso()),
        )

    def settle_attachment(self, source: str, url: str) -> None:
        """Take an attachment file off the queue: it is not to be asked for again."""
        self.db.execute("DELETE FROM attachment_queue WHERE source = ? AND url = ?", (source, url))

    def queued_attachments(self, source: str) -> dict[str, str | None]:
        """Attachment URLs of `source` asked for and not settled yet, with the page that links each."""
        rows = self.db.execute(
            "SELECT url, via FROM attachment_queue WHERE source = ? ORDER BY queued_at, url", (source,)
        )
        return {row[0]: row[1] for row in rows}

    # -- reading -------------------------------------------------------------------------------------

    def seen_urls(self, source: str | None = None) -> set[str]:
        """URLs of pages already archived with a final answer (2xx/3xx/4xx): not to be fetched again.

        Server errors (5xx), 408 Request Timeout and 429 Too Many Requests are not final: those pages are
        asked for again on the next run.
        """
        sql = (
            "SELECT DISTINCT url FROM records WHERE role IN ('page', 'attachment')"
            f" AND status < 500 AND status NOT IN ({', '.join(map(str, NOT_FINAL_4XX))})"
        )
        args: tuple[str, ...] = ()
        if source is not None:
            sql += " AND source = ?"
            args = (source,)
        return {row[0] for row in self.db.execute(sql, args)}

    def unsettled_attachments(self, source: str) -> dict[str, str | None]:
        """Attachment URLs of `source` answered only with "not now" (5xx, 408, 429), with the page that
        links each: asked for again on the next run, since their page (already archived) is not."""
        rows = self.db.execute(
            "SELECT url, MAX(via) FROM records WHERE role = 'attachment' AND source = ? GROUP BY url"
            f" HAVING SUM(status < 500 AND status NOT IN ({', '.join(map(str, NOT_FINAL_4XX))})) = 0",
            (source,),
        )
        return {row[0]: row[1] for row in rows}

    def read_body(self, page: RawPage) -> bytes:
        return read_warc_body(self.root, page)

    def pages(self, *, run_id: str | None = None) -> list[RawPage]:
        sql = "SELECT * FROM records"
        args: tuple[str, ...] = ()
        if run_id is not None:
            sql += " WHERE run_id = ?"
            args = (run_id,)
        return [RawPage(**dict(row)) for row in self.db.execute(sql + " ORDER BY id", args)]

    def count(self, *, run_id: str | None = None, role: Role | None = None) -> int:
        """How many records `pages(run_id=...)` would list (of one role, if given), counted in SQL: a
        progress counter polls this while a crawl writes, without loading every row."""
        conditions = [(column, value) for column, value in (("run_id", run_id), ("role", role)) if value]
        where = " AND ".join(f"{column} = ?" for column, _ in conditions)
        sql = "SELECT COUNT(*) FROM records" + (f" WHERE {where}" if where else "")
        return int(self.db.execute(sql, tuple(value for _, value in conditions)).fetchone()[0])

    def pending_pages(self, extractor_version: str) -> list[RawPage]:
        """The newest record of each page URL that this extractor version has not handled yet, and of each
        page that links to an attachment this version has not handled yet (its document gains the text).

        A 304 Not Modified is no newer page: the body it confirms is the last 200's, already handled.
        """
        rows = self.db.execute(
            """
            SELECT r.* FROM records r
            JOIN (SELECT url, MAX(id) AS id FROM records WHERE role = 'page' AND status != 304
                  GROUP BY url) latest
              ON latest.id = r.id
            WHERE NOT EXISTS (SELECT 1 FROM extractions e
                              WHERE e.record_id = r.id AND e.extractor_version = ?1)
               OR r.url IN (SELECT a.via FROM records a
                            WHERE a.role = 'attachment' AND a.status = 200 AND a.via IS NOT NULL
                              AND NOT EXISTS (SELECT 1 FROM extractions e
                                              WHERE e.record_id = a.id AND e.extractor_version = ?1))
            ORDER BY r.id
            """,
            (extractor_version,),
        )
        return [RawPage(**dict(row)) for row in rows]

    def pending_attachments(self, extractor_version: str) -> list[RawPage]:
        """Attachment records (200) this extractor version has not attached to a document yet."""
        rows = self.db.execute(
            """
            SELECT r.* FROM records r
            WHERE r.role = 'attachment' AND r.status = 200
              AND NOT EXISTS (SELECT 1 FROM extractions e
                              WHERE e.record_id = r.id AND e.extractor_version = ?)
            ORDER BY r.id
            """,
            (extractor_version,),
        )
        return [RawPage(**dict(row)) for row in rows]

    def mark_extracted(
        self, outcomes: Iterable[tuple[int, str, str | None, str | None]], extractor_version: str
    ) -> None:
        """Record (record_id, outcome, reason, document_id) for each handled page, in one transaction."""
        at = now_iso()
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT OR REPLACE INTO extractions"
                "(record_id, extractor_version, outcome, reason, document_id, at) VALUES (?,?,?,?,?,?)",
                [
                    (rid, extractor_version, outcome, reason, doc, at)
                    for rid, outcome, reason, doc in outcomes
                ],
            )

    def errors(self, run_id: str | None = None) -> list[dict[str, str]]:
        sql = "SELECT run_id, source, url, stage, reason, at FROM errors"
        args: tuple[str, ...] = ()
        if run_id is not None:
            sql += " WHERE run_id = ?"
            args = (run_id,)
        return [dict(row) for row in self.db.execute(sql + " ORDER BY id", args)]

    def validators(self, source: str) -> dict[str, tuple[str | None, str | None]]:
        """(ETag, Last-Modified) of each URL of `source` last answered with either: for conditional GETs."""
        rows = self.db.execute(
            "SELECT url, etag, last_modified FROM url_state WHERE source = ?"
            " AND (etag IS NOT NULL OR last_modified IS NOT NULL)",
            (source,),
        )
        return {row[0]: (row[1], row[2]) for row in rows}

    def url_states(self, source: str) -> dict[str, UrlState]:
        """The latest state of every URL of `source`: when it was last fetched, its validators, its hash."""
        rows = self.db.execute(
            "SELECT s.*, c.at AS last_confirmed FROM url_state s LEFT JOIN"
            " (SELECT url, MAX(fetched_at) AS at FROM records WHERE source = ?1 AND status IN (200, 304)"
            "  GROUP BY url) c ON c.url = s.url WHERE s.source = ?1",
            (source,),
        )
        return {row["url"]: UrlState(**{k: v for k, v in dict(row).items() if k != "source"}) for row in rows}

    def last_ok(self, url: str) -> RawPage | None:
        """The newest 200 record of `url` (the body a 304 Not Modified refers to)."""
        row = self.db.execute(
            "SELECT * FROM records WHERE url = ? AND status = 200 ORDER BY id DESC LIMIT 1", (url,)
        ).fetchone()
        return RawPage(**dict(row)) if row else None

    def url_state(self, url: str) -> dict[str, object] | None:
        row = self.db.execute("SELECT * FROM url_state WHERE url = ?", (url,)).fetchone()
        return dict(row) if row else None


class _LevelGzip(GzippingWrapper):
    def __init__(self, out: io.BufferedWriter, level: int) -> None:
        self.compressor = zlib.compressobj(level, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        self.out = out


class _LevelWARCWriter(WARCWriter):
    """warcio's WARCWriter with a chosen gzip level: each record is still its own gzip member."""

    def __init__(self, filebuf: io.BufferedWriter, level: int) -> None:
        super().__init__(filebuf, gzip=False)  # we wrap the output in gzip ourselves
        self.level = level

    def write_record(self, record: object, params: object = None) -> None:
        self._write_warc_record(_LevelGzip(self.out, self.level), record)


class ArchiveWriter:
    """Appends responses to one WARC file (one per crawl process) and indexes each record at once."""

    def __init__(
        self, archive: RawArchive, name: str, run_id: str | None, gzip_level: int = DEFAULT_GZIP_LEVEL
    ) -> None:
        self.archive = archive
        self.run_id = run_id
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
        self.relpath = f"warc/{name}-{stamp}-{os.getpid()}.warc.gz"
        self._fh = open(archive.root / self.relpath, "ab")  # noqa: SIM115 - kept open for the crawl
        self._warc = _LevelWARCWriter(self._fh, gzip_level)

    def write(
        self,
        *,
        url: str,
        final_url: str,
        source: str,
        role: Role,
        status: int,
        headers: list[tuple[str, str]],
        body: bytes,
        protocol: str = "HTTP/1.1",
        via: str | None = None,
        announced: str | None = None,
    ) -> RawPage:
        """Append one response and index it; returns the stored record. Flushed before returning.

        `announced`: for a page asked for again because discovery announced a change, the date announced
        (ISO); a final answer remembers it in `url_state`, so the same announcement is acted on once. A
        final answer to an attachment takes it off the attachment queue."""
        kept = [(k, v) for k, v in headers if k.lower() not in _TRANSFER_HEADERS]
        kept.append(("Content-Length", str(len(body))))
        http_headers = StatusAndHeaders(f"{status} -", kept, protocol=protocol)
        sha = hashlib.sha256(body)
        digest = sha.hexdigest()
        fetched_at = now_iso()
        record = self._warc.create_warc_record(
            final_url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict={
                "WARC-Date": fetched_at.replace("+00:00", "Z"),
                # the index's hash, so warcio does not hash the body a second time (WARC 1.1 allows sha256)
                "WARC-Payload-Digest": "sha256:" + base64.b32encode(sha.digest()).decode("ascii"),
            },
        )
        offset = self._fh.tell()
        self._warc.write_record(record)
        self._fh.flush()
        length = self._fh.tell() - offset
        declared = next((v for k, v in headers if k.lower() == "content-type"), None)
        content_type = indexed_content_type(declared, body)  # the WARC keeps the header as received
        db = self.archive.db
        with db:  # the record and the URL's state in one commit
            db.execute("BEGIN")
            cur = db.execute(
                "INSERT INTO records(url, final_url, source, role, status, fetched_at, content_type, sha256,"
                " warc_file, warc_offset, warc_length, run_id, via) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    url,
                    final_url,
                    source,
                    role,
                    status,
                    fetched_at,
                    content_type,
                    digest,
                    self.relpath,
                    offset,
                    length,
                    self.run_id,
                    via,
                ),
            )
            self._update_state(url, source, status, headers, digest, fetched_at)
            if is_final(status):
                if announced is not None:
                    db.execute("UPDATE url_state SET announced = ? WHERE url = ?", (announced, url))
                if role == "attachment":
                    self.archive.settle_attachment(source, url)
        return RawPage(
            id=cur.lastrowid or 0,
            url=url,
            final_url=final_url,
            source=source,
            role=role,
            status=status,
            fetched_at=fetched_at,
            content_type=content_type,
            sha256=digest,
            warc_file=self.relpath,
            warc_offset=offset,
            warc_length=length,
            run_id=self.run_id,
            via=via,
        )

    def _update_state(
        self, url: str, source: str, status: int, headers: list[tuple[str, str]], digest: str, at: str
    ) -> None:
        db = self.archive.db
        if status != 200:  # a 304 or an error: the validators and hash of the last 200 still hold
            db.execute(
                "INSERT INTO url_state(url, source, last_status, last_fetch) VALUES (?,?,?,?)"
                " ON CONFLICT(url) DO UPDATE SET last_status = excluded.last_status,"
                " last_fetch = excluded.last_fetch",
                (url, source, status, at),
            )
            return
        lower = {k.lower(): v for k, v in headers}
        db.execute(
            "INSERT INTO url_state(url, source, etag, last_modified, sha256, last_status, last_fetch,"
            " last_change) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET"
            " etag = excluded.etag, last_modified = excluded.last_modified, sha256 = excluded.sha256,"
            " last_status = excluded.last_status, last_fetch = excluded.last_fetch,"
            " last_change = CASE WHEN url_state.sha256 IS excluded.sha256 THEN url_state.last_change"
            " ELSE excluded.last_change END",
            (url, source, lower.get("etag"), lower.get("last-modified"), digest, status, at, at),
        )

    def close(self) -> None:
        if not self._fh.closed:
            self._fh.flush()
            os.fsync(self._fh.fileno())
            self._fh.close()
