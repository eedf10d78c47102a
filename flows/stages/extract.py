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
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from crawlers.archive import RawArchive, RawPage
from crawlers.sources import Source
from crawlers.urls import canonicalize, link_refused
from extract.attachments import attachment_text
from extract.models import AttachmentText, Document
from extract.page import (
    EXTRACTOR_VERSION,
    MAX_PAGE_BYTES,
    ExtractionError,
    decode_html,
    extract_document,
    format_mb,
    hints,
)
from extract.sniff import binary_kind
from extract.tag.places import filing_names
from extract.templates import Template
from flows.stages.crawl import DriftCounts, record_drift
from flows.stages.extract_pool import Budget, ExtractorPool
from flows.stages.templates import SourceTemplates
from search.records import IndexedDocument, document_id
from search.store import Store

HTML_TYPES = ("text/html", "application/xhtml")
# What each extraction worker extracts once before its first page: every lazy load happens here, not in
# a page's time budget.
WARMUP_PAGE = (
    "<html><head><title>Khởi động</title></head><body><article><h1>Khởi động</h1><p>Ngày 12/3/2025, Công"
    " ty TNHH A ký kết với Công ty CP B tại tỉnh Bắc Ninh, vốn 4.507 tỷ đồng, theo Quyết định số"
    " 26/2023/QĐ-UBND về công nghiệp hỗ trợ.</p></article></body></html>"
)
WARMUP = (
    "page",
    WARMUP_PAGE.encode("utf-8"),
    "text/html; charset=utf-8",
    "http://127.0.0.1/warmup.html",
    None,
)
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


def page_check(page: RawPage, body: bytes | None) -> str | None:
    """Why an archived answer yields no Document before any parsing (`outcome:reason`), None when it is
    to be extracted: an HTTP error, a non-HTML Content-Type, a body that is no text whatever its
    Content-Type says (`extract.sniff`), or a page over the size the extractor takes on."""
    if page.status != 200:
        return f"failed:HTTP {page.status}"
    if page.content_type and not page.content_type.lower().startswith(HTML_TYPES):
        return f"skipped:not HTML ({page.content_type.split(';')[0]})"
    if body is None:
        return "failed:unreadable archive record"
    kind = binary_kind(body)
    if kind is not None:
        served = f" (served as {page.content_type.split(';')[0]})" if page.content_type else ""
        return f"skipped:not HTML: {kind}{served}"
    if len(body) > MAX_PAGE_BYTES:
        return f"failed:too large for extraction: {format_mb(len(body))} > {format_mb(MAX_PAGE_BYTES)}"
    return None


def extract_html(
    body: bytes,
    content_type: str | None,
    url: str,
    selectors: dict[str, str] | None = None,
    template: Template | None = None,
) -> Document | str:
    """The Document of an HTML body, or why there is none (`failed:reason`). What a worker process runs
    (`flows.stages.extract_pool`); MemoryError is left to the worker, which names its budget.

    `selectors` are the source's own CSS selectors (`Source.selectors`), passed to the extractor only
    when the source declares some; `template` is the source's learnt page template
    (`flows.stages.templates`)."""
    try:
        html = decode_html(body, content_type)
        options = {k: v for k, v in (("selectors", selectors), ("template", template)) if v}
        return extract_document(html, url=url, **options)  # type: ignore[arg-type]
    except ExtractionError as exc:
        return f"failed:{exc}"
    except MemoryError:
        raise
    except Exception as exc:  # an extractor bug must not stop the run: record it, keep the raw page
        if out_of_memory(exc):
            raise MemoryError(str(exc)) from exc
        return f"failed:{type(exc).__name__}: {exc}"


def out_of_memory(exc: Exception) -> bool:
    """Whether libxml2 failed for want of memory: lxml then raises a parse error whose log says
    ERR_NO_MEMORY ("unknown error"), not MemoryError."""
    log = getattr(exc, "error_log", None) or []
    return any(entry.type_name == "ERR_NO_MEMORY" for entry in log)


def extract_page(
    archive: RawArchive,
    page: RawPage,
    selectors: dict[str, str] | None = None,
    template: Template | None = None,
) -> Document | str:
    """The Document of an archived HTML page, whatever its kind, or why there is none (`outcome:reason`),
    extracted in this process, without a time budget (`extract_archived` gives one)."""
    body = _read(archive, page)
    problem = page_check(page, body)
    if problem is not None:
        return problem
    return extract_html(body or b"", page.content_type, page.final_url, selectors, template)


def page_outcome(
    archive: RawArchive, page: RawPage, selectors: dict[str, str] | None = None
) -> Document | str:
    """The Document of an archived page to store, or the reason it yields none."""
    result = extract_page(archive, page, selectors)
    if isinstance(result, Document) and result.kind in ("listing", "other"):
        return f"skipped:{result.kind} page"
    return result


def trusted_canonical(document: Document, own_url: str, domains: list[str]) -> str:
    """The URL a page's document is kept under: the canonical URL it declares when that is on one of its
    source's own hosts (`domains`, subdomains included), else its own URL. A page may not claim a page
    of another site as its canonical: its text would replace that page's document.

    >>> d = Document(url="https://a.vn/x?utm_source=z", canonical_url="https://www.a.vn/x", kind="article")
    >>> trusted_canonical(d, d.url, ["a.vn"])
    'https://www.a.vn/x'
    >>> trusted_canonical(d.model_copy(update={"canonical_url": "https://b.vn/y"}), d.url, ["a.vn"])
    'https://a.vn/x'
    """
    own = canonicalize(own_url)
    declared = document.canonical_url
    if declared and declared != own and link_refused(declared, domains) is None:
        return declared
    return own


def _read(archive: RawArchive, page: RawPage) -> bytes | None:
    if page.status != 200:
        return None
    try:
        return archive.read_body(page)
    except OSError:
        return None


def attachment_texts(
    archive: RawArchive, document: Document, pool: ExtractorPool | None = None
) -> list[AttachmentText]:
    """The text of each attachment of a decision that the archive holds a 200 answer for, in the order
    the page links them, read by `pool`'s workers under its budget (in this process without a pool).
    Attachments not archived (yet) are left out: when one arrives, its page is extracted again
    (`RawArchive.pending_pages`)."""
    if document.decision is None:
        return []
    texts: dict[int, AttachmentText] = {}
    tasks: list[tuple[int, tuple[str, bytes, str, str | None]]] = []
    for i, url in enumerate(document.decision.attachments):
        record = archive.last_ok(canonicalize(url))
        if record is None or record.role != "attachment":
            continue
        try:
            body = archive.read_body(record)
        except OSError as exc:
            texts[i] = AttachmentText(url=url, media_type="other", error=f"unreadable archive record: {exc}")
            continue
        tasks.append((i, ("attachment", body, url, record.content_type)))
    results = pool.run(tasks) if pool is not None else {i: extract_work(*task) for i, task in tasks}
    for i, task in tasks:
        result = results[i]
        if isinstance(result, str):  # over the time or memory budget
            result = AttachmentText(url=task[2], media_type="other", error=result.removeprefix("failed:"))
        texts[i] = result
    return [texts[i] for i in sorted(texts)]


def extract_work(kind: str, *args: Any) -> Document | AttachmentText | str:
    """What an extraction worker runs (`flows.stages.extract_pool`): a page, `("page", body, content type,
    url, selectors)` (`extract_html`), or an attachment file, `("attachment", body, url, content type)`
    (`extract.attachments.attachment_text`)."""
    if kind == "attachment":
        return attachment_text(*args)
    return extract_html(*args)


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


def extract_batch(
    archive: RawArchive,
    batch: list[RawPage],
    sources: dict[str, Source],
    pool: ExtractorPool,
    templates: SourceTemplates,
) -> dict[int, Document | str]:
    """Each page's Document or reason, by page id: checked here, extracted by the pool's workers with its
    source's selectors and learnt template. Bodies are read from the archive as workers become free, not
    all at once."""
    results: dict[int, Document | str] = {}

    def tasks() -> Iterator[tuple[int, tuple[Any, ...]]]:
        for page in batch:
            body = _read(archive, page)
            problem = page_check(page, body)
            if problem is not None:
                results[page.id] = problem
                continue
            source = sources.get(page.source)
            selectors = dict(source.selectors) if source and source.selectors else None
            template = templates.get(page.source)
            yield page.id, ("page", body or b"", page.content_type, page.final_url, selectors, template)

    results.update(pool.run(tasks()))
    return results


def kept_url(
    document: Document, page: RawPage, source: Source | None, store: Store, claimed: dict[str, str]
) -> str:
    """The URL a page's document is kept under (its id is `document_id` of it): the canonical URL it
    declares only when that is on the source's own hosts (`trusted_canonical`) and no other source's
    document, stored (`store`) or earlier in this batch (`claimed`: id -> source), has it. Otherwise the
    page's own URL: a page never replaces another source's document."""
    own = canonicalize(page.final_url)
    domains = source.domains() if source else [urlsplit(page.final_url).hostname or ""]
    url = trusted_canonical(document, page.final_url, domains)
    if url == own:
        return own
    doc_id = document_id(url)
    owner = claimed.get(doc_id)
    if owner is None:
        existing = store.get(doc_id)
        owner = (existing.source or existing.document.source) if existing is not None else None
    return url if owner in (None, page.source) else own


def extract_archived(
    data_dir: Path,
    store: Store,
    sources: dict[str, Source],
    run_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    on_stored: Callable[[list[str]], None] | None = None,
    budget: Budget | None = None,
) -> ExtractReport:
    """Extract every archived page this extractor version has not handled yet, and store the documents.

    Pages are extracted in `budget.workers` worker processes, each page within `budget.seconds` and
    `budget.memory_mb` (`flows.stages.extract_pool`): a page over budget is recorded as failed, with the
    budget it broke, and the run goes on.

    Per batch: store, then `on_stored(new and changed ids)`, then mark the pages handled, so a crash
    between batches loses nothing: unmarked pages are extracted again by the next run.
    """
    report = ExtractReport()
    entities: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    drift: dict[str, DriftCounts] = {}
    with (
        RawArchive(data_dir / "archive") as archive,
        ExtractorPool(extract_work, budget, warmup=WARMUP) as pool,
    ):
        pending = archive.pending_pages(EXTRACTOR_VERSION)
        templates = SourceTemplates(data_dir, archive)  # learnt from the archive on first use
        attachments = archive.pending_attachments(EXTRACTOR_VERSION)
        report.pages = len(pending)
        for start in range(0, len(pending), BATCH):
            batch = pending[start : start + BATCH]
            outcomes: list[tuple[int, str, str | None, str | None]] = []
            docs: list[IndexedDocument] = []
            extracted_batch = extract_batch(archive, batch, sources, pool, templates)
            claimed: dict[str, str] = {}  # document id -> source, for the documents of this batch
            for page in batch:
                source = sources.get(page.source)
                extracted = extracted_batch[page.id]
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
                result.canonical_url = kept_url(result, page, source, store, claimed)
                result.attachment_texts = attachment_texts(archive, result, pool)
                doc_id = document_id(result.canonical_url)
                claimed[doc_id] = page.source
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
