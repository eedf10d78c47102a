"""The tantivy full-text index of the embedded backend (`DATA_DIR/index/`).

Fields:
  title, lead, text       "vi_fold" (simple -> remove_long -> ascii_fold -> lowercase), stored original
  title_exact, text_exact "default" analyzer (lower-case, accents kept), boosted so exact accents rank first;
                          text_exact holds the body's opening only (`EXACT_CHARS`, cut between words): the
                          body is indexed whole once (folded), the exact boost needs no second full copy
  attachments(_exact)     text of a decision's PDF/DOCX attachments, folded (whole) and exact (opening), not
                          stored (searched, never shown: snippets come from the title and the body)
  id, url, kind, source   raw keywords, stored
  province                folded keys of every name in `IndexedDocument.provinces` (filter)
  province_name           the names as given, stored and fast (facets, hits)
  decision_number         folded decision numbers (tags and own number), raw keywords
  published               date (local Vietnamese wall time, see `local_datetime`), indexed + fast
  published_raw           the ISO string as given, stored
  decision_own            full and partial keys of the document's own number (decision metadata)
  decision_partial        number/year/type keys ("26/2023/qd") of every number, for lookups without issuer
  year, month             "2024", "2024-05" of `published` (filters and facets)
  issuer, doc_type        folded words / key of the decision metadata; *_name: as given (facets)
  firm, firm_name         tagged firm names and deal parties: folded words (filter), as given (facets)
  amount_vnd, amount_usd  every amount of tags.money in that currency (multi-valued, range filters)
  amount_bucket           AMOUNT_BUCKETS keys of the VND amounts (facet)
  deal_firm, deal_province, has  deal parties (folded), deal province keys, "deal" when tags.deals
"""

from __future__ import annotations

import atexit
import datetime as dt
import logging
import os
import shutil
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path
from typing import Any

import tantivy

from search.gc_pause import cycle_collection_paused
from search.query import (
    MAX_TOKEN_CHARS,
    Clause,
    amount_bucket,
    any_of,
    decision_keys,
    fold_key,
    indexed_decision_keys,
    nfc,
    parse_query,
    province_keys,
    tokenize_folded,
    vn_wall_time,
)
from search.records import IndexedDocument, SearchHit, SearchQuery, SearchResults

log = logging.getLogger(__name__)

Record = dict[str, Any]  # an `IndexedDocument` as stored: its JSON, decoded by `json.loads`
# The parts of an `IndexedDocument` that `_to_tantivy` reads (see `index_record`).
RECORD_FIELDS: dict[str, Any] = {
    "id": True,
    "source": True,
    "provinces": True,
    "document": {
        **dict.fromkeys(
            ("url", "kind", "source", "title", "lead", "text", "attachment_texts", "published", "decision"),
            True,
        ),
        "tags": dict.fromkeys(("decisions", "firms", "money", "deals"), True),
    },
}

SCHEMA_VERSION = 7  # bump when fields, analyzers or what goes in them change: the backend then rebuilds
# Characters of the body (and of each attachment) also indexed with their accents: the opening, where a
# story names its subject. Indexing the whole body twice (folded and exact) cost a third of tantivy's
# indexing time for a ranking boost that the opening gives alike; matching always uses the whole body.
EXACT_CHARS = 1000
FOLD_ANALYZER = "vi_fold"
FOLDED_FIELDS = {"title": 2.0, "lead": 1.0, "text": 1.0, "attachments": 1.0}
EXACT_FIELDS = {"title_exact": 3.0, "text_exact": 1.5, "attachments_exact": 1.5}
UNSTORED_FIELDS = {"attachments"}  # searched, never shown: snippets come from the title and the body
SNIPPET_CHARS = 240
FACET_PROVINCE_SIZE = 500
DECISION_COPIES = 100  # documents being one decision (the same decision on several portals), at most
FACET_SIZE = 50  # buckets of the other facets (most frequent first)
AMOUNT_FIELDS = {"VND": "amount_vnd", "USD": "amount_usd"}
FACET_FIELDS = {
    "kind": ("kind", 10),
    "province": ("province_name", FACET_PROVINCE_SIZE),
    "source": ("source", FACET_SIZE),
    "year": ("year", 100),
    "month": ("month", 240),
    "issuer": ("issuer_name", FACET_SIZE),
    "doc_type": ("doc_type_name", FACET_SIZE),
    "firm": ("firm_name", FACET_SIZE),
    "amount": ("amount_bucket", 10),
}
WRITER_HEAP = 50_000_000
REBUILD_HEAP = 200_000_000  # a rebuild writes everything in one commit: fewer, larger segments to merge
REBUILD_THREADS = max(1, min(4, os.cpu_count() or 1))  # indexing threads of a rebuild (one per core)
BATCH_POS = "batch_pos"  # position of a document in its batch, only in `in_memory` batch indexes
WRITER_LOCK_WAIT = 30.0  # seconds to wait for another process's IndexWriter to finish
# Grouped commits (`writing(grouped=True)`, what `put_documents` uses): a commit costs tantivy about as much
# as indexing 150-300 documents (a new segment, then merging it), so the documents of consecutive writes
# share one commit, made when the group reaches COMMIT_DOCS documents, when its first document is
# COMMIT_SECONDS old (at the end of a write, or by a timer when no write follows), when a write starts
# COMMIT_SECONDS or more after the previous one ended (a caller that works between writes, as the ingest
# flow does, gains nothing from waiting), before any search of this process on the same index, and when
# the store closes or the process exits. Until then the documents are in the store of record, flagged
# not indexed: a process killed meanwhile leaves them to `EmbeddedStore._catch_up` at the next open.
COMMIT_DOCS = 2_000
COMMIT_SECONDS = 2.0
VN_TZ = dt.timezone(dt.timedelta(hours=7))


def build_schema(*, batch: bool = False) -> tantivy.Schema:
    """The index schema. `batch`: the schema of a throw-away index of new documents (alert matching):
    the same fields, nothing stored (hits are built from the records), plus their position (fast)."""
    sb = tantivy.SchemaBuilder()
    keep = not batch
    sb.add_text_field("id", stored=keep, tokenizer_name="raw")
    sb.add_text_field("url", stored=keep, tokenizer_name="raw")
    sb.add_text_field("kind", stored=keep, fast=True, tokenizer_name="raw")
    sb.add_text_field("source", stored=keep, fast=True, tokenizer_name="raw")
    sb.add_text_field("province", stored=False, tokenizer_name="raw")
    sb.add_text_field("province_name", stored=keep, fast=True, tokenizer_name="raw")
    sb.add_text_field("decision_number", stored=keep, tokenizer_name="raw")
    for name in FOLDED_FIELDS:
        sb.add_text_field(name, stored=keep and name not in UNSTORED_FIELDS, tokenizer_name=FOLD_ANALYZER)
    for name in EXACT_FIELDS:
        sb.add_text_field(name, stored=False, tokenizer_name="default")
    sb.add_date_field("published", stored=False, indexed=True, fast=True)
    sb.add_text_field("published_raw", stored=keep, tokenizer_name="raw")
    for name in ("decision_own", "decision_partial", "doc_type", "has"):
        sb.add_text_field(name, stored=False, tokenizer_name="raw")
    for name in ("year", "month", "issuer_name", "doc_type_name", "firm_name", "amount_bucket"):
        sb.add_text_field(name, stored=False, fast=True, tokenizer_name="raw")
    for name in ("issuer", "firm", "deal_firm"):
        sb.add_text_field(name, stored=False, tokenizer_name=FOLD_ANALYZER)
    sb.add_text_field("deal_province", stored=False, tokenizer_name="raw")
    for name in AMOUNT_FIELDS.values():
        sb.add_float_field(name, stored=False, indexed=True, fast=True)
    if batch:
        sb.add_unsigned_field(BATCH_POS, stored=False, indexed=False, fast=True)
    return sb.build()


def fold_analyzer() -> tantivy.TextAnalyzer:
    """Folded words. Folding comes before lower-casing: a folded Vietnamese word is ASCII, which tantivy
    lower-cases in place, where lower-casing a word with accents first went through Unicode's tables char
    by char (a fifth of tantivy's indexing CPU on Vietnamese text). The same tokens as lower-casing first
    on every Vietnamese letter and every code point below U+0250 but 7 (tests/search/test_reindex_same_
    answers.py); 70 code points differ in all, none Vietnamese ('İ', small capitals, IPA ...), where the
    new order agrees with the query side (`search.query.tokenize_folded`) 18 times, the old one 4 times.
    Schema 7 for it."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_CHARS + 1))  # bytes as written: before folding
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.lowercase())
        .build()
    )


def index_record(doc: IndexedDocument) -> Record:
    """What the index reads of a document, as `json.loads` of its stored JSON gives it (the other tags,
    persons, events ..., are left out: dumping them cost as much as indexing)."""
    return doc.model_dump(mode="json", include=RECORD_FIELDS)


def opening(text: str, limit: int = EXACT_CHARS) -> str:
    """The first `limit` characters of `text`, cut between words (a word cut in two would be indexed as
    another word).

    >>> opening("giá đồng tăng", 9), opening("giá đồng tăng", 8), opening("giá đồng", 8)
    ('giá đồng', 'giá đồng', 'giá đồng')
    >>> opening("giáđồngtăng", 5)
    'giáđồ'
    """
    if len(text) <= limit:
        return text
    head = text[: limit + 1]
    if head[-1].isspace():
        return head[:limit]
    words = head.rsplit(maxsplit=1)
    return words[0] if len(words) > 1 else head[:limit]


_MIN_DATETIME = tantivy.MIN_DATETIME.replace(tzinfo=None)
_MAX_DATETIME = tantivy.MAX_DATETIME.replace(tzinfo=None)


def local_datetime(value: str | None) -> dt.datetime | None:
    """ISO date/datetime -> naive wall-clock time in Asia/Ho_Chi_Minh (tantivy reads naive as UTC).

    Filtering `since`/`until` by calendar date then follows the Vietnamese date of publication."""
    parsed = vn_wall_time(value)
    if parsed is None or not (_MIN_DATETIME < parsed < _MAX_DATETIME):
        return None
    return parsed


TANTIVY_DAYS = (dt.date(1678, 1, 1), dt.date(2262, 4, 10))  # tantivy dates are i64 nanoseconds


def _date_bound(day: dt.date, *, end_of_day: bool = False) -> dt.datetime:
    """A filter bound as tantivy takes it (the day's start, or the next day's start with `end_of_day`),
    clamped to the dates tantivy can hold: it raises outside them.

    >>> _date_bound(dt.date(9999, 12, 31), end_of_day=True), _date_bound(dt.date(1, 1, 1)).year
    (datetime.datetime(2262, 4, 10, 0, 0), 1678)
    >>> _date_bound(dt.date(2024, 5, 1), end_of_day=True)
    datetime.datetime(2024, 5, 2, 0, 0)
    """
    low, high = TANTIVY_DAYS
    day = min(max(day, low), high - dt.timedelta(days=1))
    return dt.datetime.combine(day + dt.timedelta(days=1) if end_of_day else day, dt.time())


@dataclass
class _Group:
    """Documents fed to an open writer and not committed yet (grouped commits)."""

    writer: tantivy.IndexWriter
    since: float  # time.monotonic() of the first document
    ids: list[str] = dataclass_field(default_factory=list)
    timer: threading.Timer | None = None
    pid: int = dataclass_field(default_factory=os.getpid)  # a forked child never commits its parent's


# Indexes of this process holding uncommitted documents, by the resolved path of their directory: a
# search through any index of this process on that path commits them first (read-your-writes).
_UNCOMMITTED: weakref.WeakValueDictionary[str, FullTextIndex] = weakref.WeakValueDictionary()
_UNCOMMITTED_LOCK = threading.Lock()


def _path_key(path: Path) -> str:
    return str(path.resolve())


def commit_uncommitted(path: Path | None = None, *, but: FullTextIndex | None = None) -> None:
    """Commit the grouped documents this process holds for the index at `path` (every index: None),
    those of `but` excepted."""
    with _UNCOMMITTED_LOCK:
        key = None if path is None else _path_key(path)
        held = [ix for k, ix in list(_UNCOMMITTED.items()) if (key is None or k == key) and ix is not but]
    for ix in held:
        ix.commit()


@atexit.register
def _commit_at_exit() -> None:
    try:
        commit_uncommitted()
    except Exception:  # the documents stay flagged not indexed: the next open indexes them
        log.warning("could not commit the last documents to the index at exit", exc_info=True)


class FullTextIndex:
    """One tantivy index on disk. Thread-safe within a process; one writer at a time across processes."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.schema = build_schema()
        self._lock = threading.RLock()
        self._index = self._open(path)
        self._group: _Group | None = None
        self._idle_since: float | None = None  # time.monotonic() at the end of the last grouped write
        self.commit_docs = COMMIT_DOCS
        self.commit_seconds = COMMIT_SECONDS
        # called with the ids of each commit of `writing`, under its lock (the store flags them indexed)
        self.on_commit: Callable[[list[str]], None] | None = None

    @classmethod
    def in_memory(cls, records: Iterable[Record], *, batch: bool = False) -> FullTextIndex:
        """A throw-away index of `records` in RAM: saved searches are matched against a batch of new
        documents there instead of against the whole index. With `batch`, nothing is stored and each
        document carries its position in `records` (`BATCH_POS`); `self.batch_docs` keeps the tantivy
        documents for snippets."""
        self = cls.__new__(cls)
        self.path = Path()
        self.read_only = False
        self.schema = build_schema(batch=batch)
        self._lock = threading.RLock()
        self._group = None
        self._idle_since = None
        self.on_commit = None
        self._index = tantivy.Index(self.schema)
        self._index.register_tokenizer(FOLD_ANALYZER, fold_analyzer())
        self.batch_docs = []
        writer = self._index.writer(heap_size=WRITER_HEAP // 2, num_threads=1)
        for pos, r in enumerate(records):
            t = self._to_tantivy(r, pos if batch else None)
            if batch:
                self.batch_docs.append(t)
            writer.add_document(t)
        writer.commit()
        writer.wait_merging_threads()
        self._index.reload()
        return self

    # -- opening -------------------------------------------------------------------------------------

    @staticmethod
    def exists(path: Path) -> bool:
        return path.is_dir() and tantivy.Index.exists(str(path))

    def _open(self, path: Path) -> tantivy.Index:
        if self.exists(path):
            index = tantivy.Index.open(str(path))
        elif self.read_only:
            raise FileNotFoundError(
                f"no search index at {path}: open the store read-write once (it rebuilds)"
            )
        else:
            path.mkdir(parents=True, exist_ok=True)
            index = tantivy.Index(self.schema, path=str(path))
        # Analyzers are not persisted: register them on every open.
        index.register_tokenizer(FOLD_ANALYZER, fold_analyzer())
        return index

    # -- writing -------------------------------------------------------------------------------------

    @staticmethod
    def _writer(
        index: tantivy.Index, wait: float = WRITER_LOCK_WAIT, heap: int = WRITER_HEAP, threads: int = 1
    ) -> tantivy.IndexWriter:
        """An IndexWriter, waiting while another one (this or another process) holds the index lock."""
        deadline = time.monotonic() + wait
        delay = 0.05
        while True:
            try:
                return index.writer(heap_size=heap, num_threads=threads)
            except ValueError as exc:
                if "LockBusy" not in str(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)

    def _to_tantivy(self, r: Record, pos: int | None = None) -> tantivy.Document:
        """The tantivy document of a stored record (`IndexedDocument` as JSON-decoded by `json.loads`:
        reading the store's JSON this way costs a fifth of validating it into the pydantic model)."""
        doc = r["document"]
        t = tantivy.Document()
        t.add_text("id", r["id"])
        t.add_text("url", doc["url"])
        t.add_text("kind", doc["kind"])
        source = r.get("source") or doc.get("source")
        if source:
            t.add_text("source", source)
        keys: list[str] = []
        for name in r.get("provinces") or ():
            t.add_text("province_name", nfc(name))
            keys.extend(k for k in province_keys(name) if k not in keys)
        for key in keys:
            t.add_text("province", key)
        published = local_datetime(doc.get("published"))
        self._add_facts(t, doc, published)
        title, lead = nfc(doc.get("title") or ""), nfc(doc.get("lead") or "")
        text = nfc(doc.get("text") or "")
        if title:
            t.add_text("title", title)
            t.add_text("title_exact", title)
        if lead:
            t.add_text("lead", lead)
        if text:
            t.add_text("text", text)
            t.add_text("text_exact", opening(text))
        for attached in doc.get("attachment_texts") or ():  # a decision's PDF/DOCX text is searchable too
            if attached.get("text"):
                t.add_text("attachments", nfc(attached["text"]))
                t.add_text("attachments_exact", opening(nfc(attached["text"])))
        if published is not None:
            t.add_date("published", published)
        if doc.get("published"):
            t.add_text("published_raw", doc["published"])
        if pos is not None:
            t.add_unsigned(BATCH_POS, pos)
        return t

    @staticmethod
    def _add_facts(t: tantivy.Document, doc: Record, published: dt.datetime | None) -> None:
        """Decision numbers, dates, decision metadata, firms, amounts and deals as filter/facet fields
        (`published`: `local_datetime` of the document's date, computed once by the caller)."""
        tags = doc.get("tags") or {}
        deals = tags.get("deals") or ()
        numbers = [ref["number"] for ref in tags.get("decisions") or ()]
        meta = doc.get("decision") or {}
        own = meta.get("number") or None
        keys = [indexed_decision_keys(n) for n in [*numbers, *([own] if own else [])] if n]
        for full in dict.fromkeys(k[0] for k in keys):
            t.add_text("decision_number", full)
        for partial in dict.fromkeys(k[1] for k in keys if k[1]):
            t.add_text("decision_partial", partial)
        if own:
            for key in dict.fromkeys(k for k in indexed_decision_keys(own) if k):
                t.add_text("decision_own", key)
        if published is not None:
            t.add_text("year", f"{published.year:04d}")
            t.add_text("month", f"{published.year:04d}-{published.month:02d}")
        if meta.get("issuer"):
            t.add_text("issuer", nfc(meta["issuer"]))
            t.add_text("issuer_name", nfc(meta["issuer"]))
        if meta.get("doc_type"):
            t.add_text("doc_type", fold_key(meta["doc_type"]))
            t.add_text("doc_type_name", nfc(meta["doc_type"]))
        parties = [p for deal in deals for p in deal.get("parties") or ()]
        firms = [f["name"] for f in tags.get("firms") or ()]
        for name in dict.fromkeys(nfc(n) for n in [*firms, *parties] if n.strip()):
            t.add_text("firm", name)
            t.add_text("firm_name", name)
        buckets: list[str] = []
        for money in tags.get("money") or ():
            field = AMOUNT_FIELDS.get(money["currency"])
            if field is None:
                continue
            t.add_float(field, float(money["amount"]))
            if money["currency"] == "VND" and amount_bucket(money["amount"]) not in buckets:
                buckets.append(amount_bucket(money["amount"]))
        for bucket in buckets:
            t.add_text("amount_bucket", bucket)
        if deals:
            t.add_text("has", "deal")
        for name in dict.fromkeys(parties):
            t.add_text("deal_firm", nfc(name))
        deal_provinces = [deal["province"] for deal in deals if deal.get("province")]
        for key in dict.fromkeys(k for name in deal_provinces for k in province_keys(name)):
            t.add_text("deal_province", key)

    def write(self, records: Iterable[Record]) -> int:
        """Replace (delete by id, then add) the given documents in one commit."""
        latest = {r["id"]: r for r in records}
        with self.writing() as add:
            for record in latest.values():
                add(record)
        return len(latest)

    @contextmanager
    def writing(self, *, grouped: bool = False) -> Iterator[Callable[[Record], None]]:
        """A write of documents fed one at a time, committed in one commit when the block ends (rolled
        back if it raises). Each document replaces the one of its id (delete by id, then add), also one
        fed earlier in the same block. tantivy indexes each document in its own thread as soon as it is
        fed, while the caller goes on (e.g. writing the store of record). The writer, and with it the
        index lock, is taken at the first document: a block that feeds none commits nothing.

        With `grouped`, the documents join those of the previous grouped writes and are committed with
        them when the group is due (see COMMIT_DOCS); `on_commit` is called with their ids then. A block
        that raises rolls back the whole group, earlier writes' documents too: the caller indexes them
        again from its store of record."""
        if self.read_only:
            raise PermissionError("store opened read-only")
        with self._lock:
            if not grouped:
                self.commit()
            # another store of this process on this index may hold the writer: its commit writes its
            # store of record, which must happen before the caller's transaction there begins
            self._read_own_writes(but=self)
            started = time.monotonic()
            gap = started - self._idle_since if self._idle_since is not None else float("inf")

            def add(record: Record) -> None:
                group = self._group
                if group is None:
                    group = self._open_group()
                group.writer.delete_documents_by_term("id", record["id"])
                group.writer.add_document(self._to_tantivy(record))
                group.ids.append(record["id"])

            try:
                yield add
            except BaseException:
                self.discard()
                raise
            now = self._idle_since = time.monotonic()
            group = self._group
            if group is None:
                return
            due = (
                not grouped
                or len(group.ids) >= self.commit_docs
                or now - group.since >= self.commit_seconds
                or gap >= self.commit_seconds
            )
            if due:
                self.commit()
            elif group.timer is None:
                wait = group.since + self.commit_seconds - now
                group.timer = threading.Timer(wait, self._commit_by_timer, (group,))
                group.timer.daemon = True
                group.timer.start()

    def _open_group(self) -> _Group:
        group = self._group = _Group(self._writer(self._index), time.monotonic())
        if self.path != Path():
            with _UNCOMMITTED_LOCK:
                _UNCOMMITTED[_path_key(self.path)] = self
        return group

    def _close_group(self) -> _Group | None:
        """The group taken off this index (its timer stopped), or None."""
        group, self._group = self._group, None
        if group is None:
            return None
        if group.timer is not None:
            group.timer.cancel()
        if self.path != Path():
            with _UNCOMMITTED_LOCK:
                if _UNCOMMITTED.get(_path_key(self.path)) is self:
                    del _UNCOMMITTED[_path_key(self.path)]
        return group

    @property
    def uncommitted(self) -> int:
        """Documents fed by grouped writes and not committed yet (a commit under way: after it)."""
        with self._lock:
            return len(self._group.ids) if self._group is not None else 0

    def commit(self) -> list[str]:
        """Commit the documents of grouped writes not committed yet, then release the writer (and the
        index lock); `on_commit` is called with their ids. Returns them."""
        with self._lock:
            group = self._close_group()
            if group is None or group.pid != os.getpid():
                return []
            try:
                group.writer.commit()
            except BaseException:
                group.writer.rollback()
                raise
            finally:
                group.writer.wait_merging_threads()  # consumes the writer: the index lock is released
            self._index.reload()
            ids = list(dict.fromkeys(group.ids))
            if self.on_commit is not None:
                self.on_commit(ids)
            return ids

    def discard(self) -> list[str]:
        """Roll back the documents not committed yet and release the writer; returns their ids."""
        with self._lock:
            group = self._close_group()
            if group is None or group.pid != os.getpid():
                return []
            try:
                group.writer.rollback()
            finally:
                group.writer.wait_merging_threads()
            return list(dict.fromkeys(group.ids))

    def _commit_by_timer(self, group: _Group) -> None:
        try:
            with self._lock:
                if self._group is group:  # else committed meanwhile
                    self.commit()
        except Exception:  # the documents stay flagged not indexed: the next open indexes them
            log.warning("could not commit %s's last documents", self.path, exc_info=True)

    def close(self) -> None:
        """Commit what grouped writes left uncommitted."""
        self.commit()

    def _read_own_writes(self, but: FullTextIndex | None = None) -> None:
        """Before a search: commit what this process's grouped writes hold for this index."""
        if self.path != Path() and _UNCOMMITTED:
            commit_uncommitted(self.path, but=but)

    def rebuild(self, records: Iterable[Record]) -> int:
        """Build a fresh index next to the current one, then swap the directories."""
        if self.read_only:
            raise PermissionError("store opened read-only")
        with self._lock:
            self.commit()  # the writer of grouped writes holds the index lock
            self._read_own_writes()  # and so may another store of this process on this index
            fresh = self.path.with_name(self.path.name + ".new")
            old = self.path.with_name(self.path.name + ".old")
            shutil.rmtree(fresh, ignore_errors=True)
            shutil.rmtree(old, ignore_errors=True)
            fresh.mkdir(parents=True)
            index = tantivy.Index(self.schema, path=str(fresh))
            index.register_tokenizer(FOLD_ANALYZER, fold_analyzer())
            writer = self._writer(index, heap=REBUILD_HEAP, threads=REBUILD_THREADS)
            n = 0
            with cycle_collection_paused():  # each record is dropped as soon as it is fed: no cycles kept
                for r in records:
                    writer.add_document(self._to_tantivy(r))
                    n += 1
            writer.commit()
            writer.wait_merging_threads()
            del writer, index
            if self.path.exists():
                self.path.rename(old)
            fresh.rename(self.path)
            shutil.rmtree(old, ignore_errors=True)
            self._index = self._open(self.path)
        return n

    # -- reading -------------------------------------------------------------------------------------

    def searcher(self) -> tantivy.Searcher:
        self._read_own_writes()
        with self._lock:
            self._index.reload()
            return self._index.searcher()

    def _matching(self, field: str, tokens: tuple[str, ...]) -> tantivy.Query:
        if len(tokens) == 1:
            return tantivy.Query.term_query(self.schema, field, tokens[0])
        return tantivy.Query.phrase_query(self.schema, field, list(tokens))

    def clause_query(self, c: Clause, *, exact: bool = True) -> tantivy.Query:
        """Matches when the clause is in any folded field; scores higher when it is there with its accents."""
        subs = []
        for field, boost in FOLDED_FIELDS.items():
            subs.append((tantivy.Occur.Should, self._boost(self._matching(field, c.folded), boost)))
        if exact:
            for field, boost in EXACT_FIELDS.items():
                subs.append((tantivy.Occur.Should, self._boost(self._matching(field, c.exact), boost)))
        return tantivy.Query.boolean_query(subs)

    @staticmethod
    def _boost(q: tantivy.Query, boost: float) -> tantivy.Query:
        return q if boost == 1.0 else tantivy.Query.boost_query(q, boost)

    def filters(self, q: SearchQuery) -> list[tantivy.Query]:
        s = self.schema
        out: list[tantivy.Query] = []
        if q.province:
            keys = province_keys(q.province)
            out.append(
                tantivy.Query.term_set_query(s, "province", keys) if keys else tantivy.Query.empty_query()
            )
        if kinds := any_of(q.kind, q.kinds):
            out.append(tantivy.Query.term_set_query(s, "kind", kinds))
        if q.source:
            out.append(tantivy.Query.term_query(s, "source", q.source))
        if q.since or q.until:
            lower = _date_bound(q.since) if q.since else None
            upper = _date_bound(q.until, end_of_day=True) if q.until else None
            out.append(
                tantivy.Query.range_query(
                    s, "published", tantivy.FieldType.Date, lower, upper, include_upper=upper is None
                )
            )
        if q.ids is not None:
            ids = list(dict.fromkeys(q.ids))
            out.append(tantivy.Query.term_set_query(s, "id", ids) if ids else tantivy.Query.empty_query())
        if years := any_of(q.year, q.years):
            out.append(tantivy.Query.term_set_query(s, "year", [f"{y:04d}" for y in years]))
        if q.month:
            out.append(tantivy.Query.term_query(s, "month", q.month))
        if q.issuer:
            out.append(self.words_query("issuer", q.issuer))
        if doc_types := any_of(q.doc_type, q.doc_types):
            out.append(tantivy.Query.term_set_query(s, "doc_type", [fold_key(t) for t in doc_types]))
        if q.firm:
            out.append(self.words_query("firm", q.firm))
        if q.min_amount is not None or q.max_amount is not None:
            field = AMOUNT_FIELDS.get(q.currency.upper())
            if field is None:
                raise ValueError(f"amount filters support {', '.join(AMOUNT_FIELDS)}, not {q.currency!r}")
            out.append(
                tantivy.Query.range_query(
                    s, field, tantivy.FieldType.Float, q.min_amount, q.max_amount, True, True
                )
            )
        if q.decision:
            out.append(self.decision_query(q.decision))
        return out

    def words_query(self, field: str, words: str) -> tantivy.Query:
        """The folded words, next to each other, in one value of `field` (a name)."""
        tokens = tokenize_folded(words)
        if not tokens:
            return tantivy.Query.empty_query()
        return self._matching(field, tuple(tokens))

    def decision_query(self, number: str, *, own: bool = False) -> tantivy.Query:
        """Documents citing or being `number` (any spelling); with `own`, only those being it."""
        keys = decision_keys(number)
        key = keys.full or keys.partial
        if not key:
            return tantivy.Query.empty_query()
        field = "decision_own" if own else ("decision_number" if keys.full else "decision_partial")
        return tantivy.Query.term_query(self.schema, field, key)

    def decision_ids(self, number: str, limit: int) -> tuple[list[str], int, list[str]]:
        """(ids of the documents being `number`, number of the others citing it, the first `limit` of
        those), newest first."""
        own = self.decision_query(number, own=True)
        _, decisions = self.ids_where(own, DECISION_COPIES)
        citing = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, self.decision_query(number)), (tantivy.Occur.MustNot, own)]
        )
        total, ids = self.ids_where(citing, limit)
        return decisions, total, ids

    def build_query(
        self, q: SearchQuery, *, exact: bool = True
    ) -> tuple[tantivy.Query, tantivy.Query | None]:
        """(full query, positive text query for highlighting or None). `exact=False` leaves out the
        exact-accent fields: the same matching set (they only add score), cheaper for facets."""
        parsed = parse_query(q.text)
        must = [self.clause_query(c, exact=exact) for c in parsed.must]
        text_q = tantivy.Query.boolean_query([(tantivy.Occur.Must, m) for m in must]) if must else None
        subs = [(tantivy.Occur.Must, text_q if text_q is not None else tantivy.Query.all_query())]
        subs += [(tantivy.Occur.Must, tantivy.Query.const_score_query(f, 0.0)) for f in self.filters(q)]
        subs += [(tantivy.Occur.MustNot, self.clause_query(c, exact=False)) for c in parsed.must_not]
        return tantivy.Query.boolean_query(subs), text_q

    def search(self, q: SearchQuery) -> SearchResults:
        query, text_q = self.build_query(q)
        self._read_own_writes()
        with self._lock:
            self._index.reload()
            searcher = self._index.searcher()
        limit = max(q.limit, 0)
        offset = max(q.offset, 0)
        if q.sort == "date":
            res = searcher.search(
                query,
                max(limit, 1),
                count=True,
                order_by_field="published",
                offset=offset,
                order=tantivy.Order.Desc,
            )
        else:
            res = searcher.search(query, max(limit, 1), count=True, offset=offset)
        pairs = res.hits[:limit]
        gens = {}
        if text_q is not None and pairs:
            for field in ("text", "title"):
                gen = tantivy.SnippetGenerator.create(searcher, text_q, self.schema, field)
                gen.set_max_num_chars(SNIPPET_CHARS)
                gens[field] = gen
        hits = []
        for key, addr in pairs:
            doc = searcher.doc(addr)
            stored = doc.to_dict()
            highlights = []
            for gen in gens.values():
                snippet = gen.snippet_from_doc(doc)
                if snippet.highlighted():
                    highlights.append(snippet.to_html())
                    break
            hits.append(
                SearchHit.model_construct(  # trusted values: skip validation (~0.1 ms a hit)
                    id=stored["id"][0],
                    url=stored["url"][0],
                    title=(stored.get("title") or [None])[0],
                    kind=stored["kind"][0],
                    source=(stored.get("source") or [None])[0],
                    published=(stored.get("published_raw") or [None])[0],
                    provinces=stored.get("province_name", []),
                    score=float(key) if q.sort != "date" and key is not None else 0.0,
                    highlights=highlights,
                )
            )
        names = list(dict.fromkeys(q.facets))
        facets = (
            self._facets(searcher, self.build_query(q, exact=False)[0], res.count, names) if names else {}
        )
        return SearchResults(total=res.count, hits=hits, facets=facets)

    def _facets(
        self, searcher: tantivy.Searcher, query: tantivy.Query, total: int, names: list[str]
    ) -> dict[str, dict[str, int]]:
        if not total or not names:
            return {name: {} for name in names}
        aggs = searcher.aggregate(
            query,
            {
                name: {"terms": {"field": FACET_FIELDS[name][0], "size": FACET_FIELDS[name][1]}}
                for name in names
            },
        )
        return {
            name: {b["key"]: b["doc_count"] for b in aggs.get(name, {}).get("buckets", [])} for name in names
        }

    def ids_where(self, query: tantivy.Query, limit: int) -> tuple[int, list[str]]:
        """(total, ids of the first `limit` matches, newest first)."""
        self._read_own_writes()
        with self._lock:
            self._index.reload()
            searcher = self._index.searcher()
        res = searcher.search(
            query, max(limit, 1), count=True, order_by_field="published", order=tantivy.Order.Desc
        )
        return res.count, [searcher.doc(addr).to_dict()["id"][0] for _, addr in res.hits[:limit]]

    def ids_for_decision(self, number: str, limit: int = 100) -> list[str]:
        return self.ids_where(self.decision_query(number), limit)[1]

    def num_docs(self) -> int:
        self._read_own_writes()
        with self._lock:
            self._index.reload()
            return self._index.searcher().num_docs
