"""The Store protocol every search backend implements, and `open_store` to get one."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Protocol, runtime_checkable

from search.records import (
    BatchMatches,
    DealPage,
    DealRecord,
    DealsQuery,
    DealSummary,
    DecisionLookup,
    IndexedDocument,
    PutResult,
    SearchHit,
    SearchQuery,
    SearchResults,
)


@runtime_checkable
class Store(Protocol):
    """Store of record plus full-text index. Use as a context manager, or call `close()`."""

    def put_documents(self, docs: list[IndexedDocument]) -> PutResult:
        """Store and index documents. Idempotent: same id and content_hash -> unchanged;
        new id -> new (version 1); same id, other content_hash -> changed (version + 1, old kept)."""
        ...

    def get(self, id_or_url: str) -> IndexedDocument | None:
        """The current version of a document, by id, URL or canonical URL (any URL ever seen)."""
        ...

    def search(self, q: SearchQuery) -> SearchResults: ...

    def match_batch(self, queries: list[SearchQuery], ids: list[str]) -> list[list[SearchHit]]:
        """For each query (a saved search), all its hits among the documents `ids` (alert evaluation).
        Same matching as `search` restricted to `ids`; scores are not comparable to `search` scores."""
        ...

    def match_deferred(self, queries: list[SearchQuery], ids: list[str]) -> BatchMatches:
        """`match_batch`'s hits, their snippets made only on demand (`BatchMatches.highlight`), for the
        hits an alert is sent on (a backend whose snippets cost little may give them already made)."""
        ...

    def decision(self, number: str, limit: int = 100) -> DecisionLookup:
        """The decision `number` (any spelling: 26/2023/QD-UBND, 26/2023/qđ-ubnd, QĐ 26/2023) and the
        documents that cite or mention it, newest first (at most `limit` of them)."""
        ...

    # -- deal records (issue 15): reports of one deal in several documents merged into one record,
    # persisted and kept up to date by put_documents and reindex (search/deal_merge.py) ----------------

    def deal_records(self, q: DealsQuery) -> DealPage:
        """One page of the deal records matching `q` (`q.offset`, `q.limit`), newest announcement first,
        with the total of every matching deal."""
        ...

    def iter_deal_records(self, q: DealsQuery) -> Iterator[DealRecord]:
        """Every deal record matching `q` (offset and limit ignored), in `deal_records` order, read in
        batches: memory does not grow with the number of deals (exports)."""
        ...

    def deal_summary(self, q: DealsQuery) -> DealSummary:
        """Totals and the chart's buckets (announced amount by currency, month and province) over every
        deal matching `q`, computed by the store (SQL GROUP BY, aggregations)."""
        ...

    def deal(self, deal_id: str) -> DealRecord | None:
        """One deal record by its id, with every report."""
        ...

    def rebuild_deals(self) -> int:
        """Merge every document's deal reports again; returns the number of deals (reindex does it).
        Readers keep seeing the previous records until the new ones are complete."""
        ...

    def put_deal_records(self, records: Iterable[DealRecord]) -> int:
        """Write deal records as they are, with no reports behind them: generated corpora for volume
        tests and benchmarks (`benchmarks.deals_corpus.deal_records`); returns how many. The next write
        of documents with their merge keys, or `rebuild_deals`, replaces them."""
        ...

    def count(self) -> int: ...

    def iter_documents(self) -> Iterator[IndexedDocument]:
        """Every current document, in id order."""
        ...

    def reindex(self, progress: Callable[[int, int], None] | None = None, *, deals: bool = False) -> int:
        """Rebuild the full-text index from the store of record; returns the number of documents.
        `progress(done, total)` is called now and then while documents are indexed. The deal records are
        merged again from scratch when `deals` asks for it or when they are not current (the embedded
        store keeps records of the current merge rules; OpenSearch always merges them again)."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


@runtime_checkable
class ChangeFeed(Protocol):
    """What a store provides so that alert matching follows what it stored, not what a run remembered.

    Every write of a new or changed document takes a sequence number greater than every earlier one, in
    the same atomic write as the document: after a crash the store holds both or neither. The alert
    state keeps a cursor per `change_log_id()` and advances it only after the outbox rows of the
    documents up to it are recorded (search/alerts/feed.py), so no crash between "stored" and "queued
    for alerts" can lose an alert. A store without it, or whose `change_log_id()` is "" (an engine index
    of several shards has no single order), falls back to the ids a run hands over."""

    def change_log_id(self) -> str:
        """Identity of this sequence: a store recreated from nothing starts a new one (and a new cursor);
        "" when the store keeps no sequence."""
        ...

    def last_change(self) -> int:
        """The highest sequence number given so far (0: none)."""
        ...

    def changes_since(self, after: int, limit: int = 1000) -> list[tuple[int, str]]:
        """(seq, document id) of documents written with a number above `after`, lowest first, at most
        `limit`; a document written again since appears once, at its latest number."""
        ...


ES_URL_ENV = "CNHT_ES_URL"
ES_PREFIX_ENV = "CNHT_ES_INDEX_PREFIX"


def elasticsearch_url(es_url: str | None = None) -> str | None:
    """The Elasticsearch URL `open_store` will use (`es_url`, else CNHT_ES_URL), or None for embedded.

    Callers that check for an embedded store on disk (`DATA_DIR/store.sqlite3`) should skip the check
    when this is not None: the documents then live in Elasticsearch."""
    return (es_url or os.environ.get(ES_URL_ENV, "")).strip() or None


def open_store(data_dir: Path | str, *, read_only: bool = False, es_url: str | None = None) -> Store:
    """Open the store: the search engine (Elasticsearch 8/9 or OpenSearch 2/3, told apart by the server;
    several node URLs may be given, separated by commas) when `es_url` is given or CNHT_ES_URL is set,
    else the embedded (SQLite + tantivy) store under `data_dir`, created if needed.

    `read_only=True` never creates anything: the embedded store opens SQLite read-only and never creates
    an index writer (use it from processes, e.g. the CLI's `search`, that only read while another may
    write); the Elasticsearch store refuses writes and fails if its indices do not exist yet.

    With Elasticsearch, documents live in the indices `<prefix>-docs` and `<prefix>-versions` (prefix
    from CNHT_ES_INDEX_PREFIX, default "cnht"); `data_dir` still holds the alert state (alerts.sqlite3)
    and the Atom feeds; saved searches are also stored, as percolator queries, in `<prefix>-searches`
    (alert matching). An unreachable server raises `ConnectionError` with one readable line:
    "cannot reach Elasticsearch at URL: ...; unset CNHT_ES_URL to use the embedded store".
    """
    url = elasticsearch_url(es_url)
    if url:
        from search.elastic import open_store as open_elastic

        prefix = os.environ.get(ES_PREFIX_ENV, "").strip() or "cnht"
        return open_elastic(url, index_prefix=prefix, read_only=read_only)

    from search.embedded.backend import EmbeddedStore

    return EmbeddedStore(Path(data_dir), read_only=read_only)
