"""The archived response a stored document was extracted from, read from the WARC archive, read-only.

The web process never writes the archive: the index (`archive/index.sqlite3`) is opened with
`mode=ro`, and the body is read from its WARC record (`crawlers.archive.read_warc_body`), as re-extraction
does. The record is the newest page the extraction stage stored under the document's id; failing that
(an archive indexed before that table existed), the newest 200 answer for one of the document's URLs.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from crawlers.archive import RawPage, read_warc_body
from search.records import IndexedDocument

ARCHIVE_DIR = "archive"
MAX_BODY_BYTES = 8 * 1024 * 1024  # a larger archived body is not rendered


@dataclass(frozen=True)
class ArchivedCopy:
    record: RawPage
    body: bytes


_BY_DOCUMENT = """
SELECT r.* FROM records r JOIN extractions e ON e.record_id = r.id
WHERE e.document_id = ? AND e.outcome = 'stored' AND r.role = 'page' AND r.status = 200
ORDER BY r.id DESC LIMIT 1
"""
_BY_URL = """
SELECT * FROM records WHERE role = 'page' AND status = 200 AND (url IN (?, ?) OR final_url IN (?, ?))
ORDER BY id DESC LIMIT 1
"""


def archived_record(data_dir: Path, doc: IndexedDocument) -> RawPage | None:
    """The archive's record of the page `doc` was extracted from, or None (no archive, not archived)."""
    index = Path(data_dir) / ARCHIVE_DIR / "index.sqlite3"
    if not index.is_file():
        return None
    urls = (doc.document.url, doc.document.canonical_url or doc.document.url)
    with contextlib.closing(sqlite3.connect(index.resolve().as_uri() + "?mode=ro", uri=True)) as db:
        db.row_factory = sqlite3.Row
        try:
            row = db.execute(_BY_DOCUMENT, (doc.id,)).fetchone() or db.execute(_BY_URL, urls * 2).fetchone()
        except sqlite3.OperationalError:  # an archive of an older layout, or one being created
            return None
    return RawPage(**dict(row)) if row else None


def archived_copy(data_dir: Path, doc: IndexedDocument) -> ArchivedCopy | None:
    """The record and its body as fetched; None when there is none or its WARC file is gone."""
    record = archived_record(data_dir, doc)
    if record is None:
        return None
    root = (Path(data_dir) / ARCHIVE_DIR).resolve()
    if not (root / record.warc_file).resolve().is_relative_to(root):  # the index names files under root
        return None
    try:
        return ArchivedCopy(record=record, body=read_warc_body(root, record))
    except OSError:
        return None
