"""Extract stage: archived pages -> Documents (with tags) -> the store of record and its index.

Reads only the raw archive, so it serves both a fresh crawl and `reextract` after an extractor upgrade.
Every page ends in one recorded outcome: stored, skipped (with why) or failed (with why).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from crawlers.archive import RawArchive, RawPage
from crawlers.sources import Source
from extract.models import Document
from extract.page import EXTRACTOR_VERSION, ExtractionError, decode_html, extract_document
from extract.tag.places import current_unit
from search.records import IndexedDocument, document_id
from search.store import Store

HTML_TYPES = ("text/html", "application/xhtml")
BATCH = 200


class ExtractReport(BaseModel):
    pages: int = 0
    stored_new: list[str] = Field(default_factory=list)
    stored_changed: list[str] = Field(default_factory=list)
    unchanged: int = 0
    skipped: dict[str, int] = Field(default_factory=dict)  # reason -> count
    failed: dict[str, int] = Field(default_factory=dict)  # reason -> count
    entities: dict[str, int] = Field(default_factory=dict)  # tag kind -> count over stored documents


def filed_provinces(document: Document, source: Source | None) -> list[str]:
    """The names a document is filed under: its source's province and every province it names,
    each with today's unit (so "Hải Dương" is found under "Hải Phòng" too)."""
    names: list[str] = []
    pairs = [(p.name, p.current) for p in document.tags.provinces]
    if source is not None:
        pairs.insert(0, (source.province, current_unit(source.province)))
    for name, current in pairs:
        for value in (name, current):
            if value and value not in names:
                names.append(value)
    return names


def document_hash(document: Document) -> str:
    """Version key of a stored document: its extracted content, not the raw bytes, so that a better
    extractor run over the same archived page makes a new version, and an unchanged one does not."""
    return hashlib.sha256(document.model_dump_json().encode("utf-8")).hexdigest()


def page_outcome(archive: RawArchive, page: RawPage) -> Document | str:
    """The Document of an archived page, or the reason it yields none."""
    if page.status != 200:
        return f"failed:HTTP {page.status}"
    if page.content_type and not page.content_type.lower().startswith(HTML_TYPES):
        return f"skipped:not HTML ({page.content_type.split(';')[0]})"
    try:
        html = decode_html(archive.read_body(page), page.content_type)
        document = extract_document(html, url=page.final_url)
    except ExtractionError as exc:
        return f"failed:{exc}"
    except Exception as exc:  # an extractor bug must not stop the run: record it, keep the raw page
        return f"failed:{type(exc).__name__}: {exc}"
    if document.kind in ("listing", "other"):
        return f"skipped:{document.kind} page"
    return document


def extract_archived(
    data_dir: Path,
    store: Store,
    sources: dict[str, Source],
    run_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_stored: Callable[[list[str]], None] | None = None,
) -> ExtractReport:
    """Extract every archived page this extractor version has not handled yet, and store the documents.

    Per batch: store, then `on_stored(new and changed ids)`, then mark the pages handled, so a crash
    between batches loses nothing: unmarked pages are extracted again by the next run.
    """
    report = ExtractReport()
    entities: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    with RawArchive(data_dir / "archive") as archive:
        pending = archive.pending_pages(EXTRACTOR_VERSION)
        report.pages = len(pending)
        for start in range(0, len(pending), BATCH):
            batch = pending[start : start + BATCH]
            outcomes: list[tuple[int, str, str | None, str | None]] = []
            docs: list[IndexedDocument] = []
            for page in batch:
                result = page_outcome(archive, page)
                if isinstance(result, str):
                    status, reason = result.split(":", 1)
                    (failed if status == "failed" else skipped)[reason] += 1
                    outcomes.append((page.id, status, reason, None))
                    if status == "failed":
                        archive.record_error(
                            "extract", reason, source=page.source, url=page.url, run_id=run_id
                        )
                    continue
                source = sources.get(page.source)
                result.source = page.source
                doc_id = document_id(result.canonical_url)
                docs.append(
                    IndexedDocument(
                        id=doc_id,
                        document=result,
                        source=page.source,
                        provinces=filed_provinces(result, source),
                        fetched_at=page.fetched_at,
                        content_hash=document_hash(result),
                    )
                )
                outcomes.append((page.id, "stored", None, doc_id))
                entities.update({k: v for k, v in result.tags.counts().items() if v})
            put = store.put_documents(docs)
            if on_stored is not None:  # e.g. queue for alerts before the pages count as handled
                on_stored(put.new + put.changed)
            report.stored_new += put.new
            report.stored_changed += put.changed
            report.unchanged += len(put.unchanged)
            archive.mark_extracted(outcomes, EXTRACTOR_VERSION)
            if progress is not None:
                progress(min(start + BATCH, len(pending)), len(pending))
    report.skipped, report.failed, report.entities = dict(skipped), dict(failed), dict(entities)
    return report
