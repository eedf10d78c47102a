"""Extract stage: archived pages -> Documents (with tags) -> the store of record and its index.

Reads only the raw archive, so it serves both a fresh crawl and `reextract` after an extractor upgrade.
Every page ends in one recorded outcome: stored, skipped (with why) or failed (with why).

A decision's attachment files (archived by the crawl with the role "attachment") are read here too: the
text of each one the decision page links to joins the document as `attachment_texts`. An attachment
archived after its page was handled (a retry that succeeded on a later run) makes the page pending again,
so its document gains the text as a new version.

For each source, the pages its crawl fetched in this run are counted for the layout-drift signal (items
without a title, without a date, with an empty or very short body) and the counts are written into that
run's crawl health (`flows.stages.crawl.record_drift`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pydantic import BaseModel, Field

from crawlers.archive import RawArchive, RawPage
from crawlers.sources import Source
from crawlers.urls import canonicalize
from extract.attachments import attachment_text
from extract.models import AttachmentText, Document
from extract.page import EXTRACTOR_VERSION, ExtractionError, decode_html, extract_document, hints
from extract.tag.places import filing_names
from extract.templates import Template
from flows.stages.crawl import DriftCounts, record_drift
from flows.stages.templates import SourceTemplates
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
    """The province names a document is filed under: for its source's province and every province it
    names, today's unit and, when it was another one, the pre-2025 unit (`filing_names`). So "Hải Dương"
    is found under "Hải Phòng" too, and a facet lists "TP HCM", "TP.HCM" and "Hồ Chí Minh" once."""
    named = [p.name for p in document.tags.provinces]
    if source is not None:
        named.insert(0, source.province)
    names: list[str] = []
    for name in named:
        for value in filing_names(name):
            if value not in names:
                names.append(value)
    return names


def document_hash(document: Document) -> str:
    """Version key of a stored document: its extracted content, not the raw bytes, so that a better
    extractor run over the same archived page makes a new version, and an unchanged one does not."""
    return hashlib.sha256(document.model_dump_json().encode("utf-8")).hexdigest()


def extract_page(
    archive: RawArchive,
    page: RawPage,
    selectors: dict[str, str] | None = None,
    template: Template | None = None,
) -> Document | str:
    """The Document of an archived HTML page, whatever its kind, or why there is none (`outcome:reason`).

    `selectors` are the source's own CSS selectors (`Source.selectors`), passed to the extractor only
    when the source declares some; `template` is the source's learnt page template
    (`flows.stages.templates`).
    """
    if page.status != 200:
        return f"failed:HTTP {page.status}"
    if page.content_type and not page.content_type.lower().startswith(HTML_TYPES):
        return f"skipped:not HTML ({page.content_type.split(';')[0]})"
    try:
        html = decode_html(archive.read_body(page), page.content_type)
        options = {k: v for k, v in (("selectors", selectors), ("template", template)) if v}
        return extract_document(html, url=page.final_url, **options)  # type: ignore[arg-type]
    except ExtractionError as exc:
        return f"failed:{exc}"
    except Exception as exc:  # an extractor bug must not stop the run: record it, keep the raw page
        return f"failed:{type(exc).__name__}: {exc}"


def page_outcome(
    archive: RawArchive, page: RawPage, selectors: dict[str, str] | None = None
) -> Document | str:
    """The Document of an archived page to store, or the reason it yields none."""
    result = extract_page(archive, page, selectors)
    if isinstance(result, Document) and result.kind in ("listing", "other"):
        return f"skipped:{result.kind} page"
    return result


def attachment_texts(archive: RawArchive, document: Document) -> list[AttachmentText]:
    """The text of each attachment of a decision that the archive holds a 200 answer for, in the order
    the page links them. Attachments not archived (yet) are left out: when one arrives, its page is
    extracted again (`RawArchive.pending_pages`)."""
    if document.decision is None:
        return []
    texts = []
    for url in document.decision.attachments:
        record = archive.last_ok(canonicalize(url))
        if record is None or record.role != "attachment":
            continue
        try:
            body = archive.read_body(record)
        except OSError as exc:
            texts.append(
                AttachmentText(url=url, media_type="other", error=f"unreadable archive record: {exc}")
            )
            continue
        texts.append(attachment_text(body, url, record.content_type))
    return texts


def drift_of(result: Document | str) -> DriftCounts | None:
    """What one fetched page adds to the layout-drift signal; None for pages that are not items (errors,
    non-HTML answers). A page the extractor could not classify as an article or decision is counted as an
    item with what it lacks: a layout change often turns articles into "other" pages.

    >>> drift_of(Document(url="u", canonical_url="u", kind="article", title="T", text="x" * 300,
    ...     published="2025-01-01T00:00:00+07:00")).flawed
    0
    >>> d = drift_of(Document(url="u", canonical_url="u", kind="other", text="x" * 20))
    >>> (d.items, d.no_title, d.no_date, d.short_body, d.flawed)
    (1, 1, 1, 1, 1)
    >>> drift_of("failed:HTTP 404") is None
    True
    """
    if not isinstance(result, Document):
        return None
    if result.kind == "listing":
        return None  # listing pages are discovery, not items
    short = len(result.text.strip()) < hints()["article_min_chars"]  # too short to be an article
    return DriftCounts.of_item(
        has_title=bool(result.title), has_date=bool(result.published), short_body=short
    )


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
    drift: dict[str, DriftCounts] = {}
    with RawArchive(data_dir / "archive") as archive:
        pending = archive.pending_pages(EXTRACTOR_VERSION)
        templates = SourceTemplates(data_dir, archive)  # learnt from the archive on first use
        attachments = archive.pending_attachments(EXTRACTOR_VERSION)
        report.pages = len(pending)
        for start in range(0, len(pending), BATCH):
            batch = pending[start : start + BATCH]
            outcomes: list[tuple[int, str, str | None, str | None]] = []
            docs: list[IndexedDocument] = []
            for page in batch:
                source = sources.get(page.source)
                selectors = source.selectors if source else None
                extracted = extract_page(archive, page, selectors, templates.get(page.source))
                if run_id is not None and page.run_id == run_id:  # fetched by this run's crawl
                    counts = drift_of(extracted)
                    if counts is not None:
                        drift[page.source] = drift.get(page.source, DriftCounts()) + counts
                result: Document | str = extracted
                if isinstance(extracted, Document) and extracted.kind in ("listing", "other"):
                    result = f"skipped:{extracted.kind} page"
                if isinstance(result, str):
                    status, reason = result.split(":", 1)
                    (failed if status == "failed" else skipped)[reason] += 1
                    outcomes.append((page.id, status, reason, None))
                    if status == "failed":
                        archive.record_error(
                            "extract", reason, source=page.source, url=page.url, run_id=run_id
                        )
                    continue
                result.source = page.source
                result.attachment_texts = attachment_texts(archive, result)
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
        # every pending attachment has now been read by the documents that link to it (or none does)
        archive.mark_extracted(
            [
                (a.id, "stored" if a.via else "skipped", None if a.via else "no page links it", None)
                for a in attachments
            ],
            EXTRACTOR_VERSION,
        )
    for source_id, counts in sorted(drift.items()):
        record_drift(data_dir, run_id or "", source_id, counts)
    report.skipped, report.failed, report.entities = dict(skipped), dict(failed), dict(entities)
    return report
