"""The Store protocol every search backend implements, and `open_store` to get one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Protocol, runtime_checkable

from search.records import (
    DealResults,
    DealsQuery,
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

    def decision(self, number: str, limit: int = 100) -> DecisionLookup:
        """The decision `number` (any spelling: 26/2023/QD-UBND, 26/2023/qđ-ubnd, QĐ 26/2023) and the
        documents that cite or mention it, newest first (at most `limit` of them)."""
        ...

    def deals(self, q: DealsQuery) -> DealResults:
        """Deal rows (tags.deals) matching the query, newest first, each with its source sentence."""
        ...

    def count(self) -> int: ...

    def iter_documents(self) -> Iterator[IndexedDocument]:
        """Every current document, in id order."""
        ...

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Rebuild the full-text index from the store of record; returns the number of documents.
        `progress(done, total)` is called now and then while documents are indexed."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def open_store(data_dir: Path | str, *, read_only: bool = False) -> Store:
    """Open the embedded (SQLite + tantivy) store under `data_dir`, creating it if needed.

    `read_only=True` opens the SQLite database read-only and never creates an index writer: use it
    from processes (e.g. the CLI's `search`) that only read while another process may write.
    """
    from search.embedded.backend import EmbeddedStore

    return EmbeddedStore(Path(data_dir), read_only=read_only)
