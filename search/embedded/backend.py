"""`EmbeddedStore`: the Store protocol over SQLite (store of record) and tantivy (full-text index).

On-disk layout under the data directory:
  store.sqlite3   documents, document_versions, url_aliases, meta, schema_migrations (WAL mode)
  index/          tantivy index, rebuilt from store.sqlite3 by `reindex()`
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType

from search.embedded.docstore import DocumentStore
from search.embedded.fulltext import SCHEMA_VERSION, FullTextIndex, Record, index_record
from search.embedded.matcher import match_all
from search.lookups import deal_rows, decision_lookup
from search.query import decision_keys
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

log = logging.getLogger(__name__)

STORE_FILE = "store.sqlite3"
DEAL_CANDIDATES = 10_000  # documents read at most per deals query
INDEX_DIR = "index"
_SCHEMA_KEY = "index_schema_version"


class EmbeddedStore:
    def __init__(self, data_dir: Path, *, read_only: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.read_only = read_only
        if not read_only:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        self.docs = DocumentStore(self.data_dir / STORE_FILE, read_only=read_only)
        index_path = self.data_dir / INDEX_DIR
        if read_only:
            if self.docs.get_meta(_SCHEMA_KEY) != str(SCHEMA_VERSION):
                raise RuntimeError(f"index under {self.data_dir} is outdated: open the store read-write once")
            self.index = FullTextIndex(index_path, read_only=True)
            return
        stale = self.docs.get_meta(_SCHEMA_KEY) != str(SCHEMA_VERSION) or not FullTextIndex.exists(index_path)
        self.index = FullTextIndex(index_path)
        if stale:
            self.reindex()
        else:
            self._catch_up()

    def _catch_up(self) -> None:
        """Index documents stored but not indexed (a crash between the SQLite commit and the index commit)."""
        pending = self.docs.not_indexed()
        if not pending:
            return
        try:
            self.index.write(self.docs.records(pending))
        except (OSError, ValueError) as exc:  # e.g. another process holds the index writer lock
            log.warning("could not index %d pending documents now: %s", len(pending), exc)
            return
        self.docs.mark_indexed(pending)

    # -- Store protocol ------------------------------------------------------------------------------

    def put_documents(self, docs: list[IndexedDocument]) -> PutResult:
        if self.read_only:
            raise PermissionError("store opened read-only")
        # Each new or changed document goes to tantivy's indexing thread as soon as it is prepared, while
        # the SQLite transaction goes on; the index commits after the store of record (a crash in between
        # leaves it unindexed, and `_catch_up` indexes it at the next open).
        with self.index.writing() as add:
            outcome = self.docs.put(docs, on_store=lambda d: add(index_record(d)))
        if outcome.to_index:
            self.docs.mark_indexed(list(outcome.to_index))
        return PutResult(new=outcome.new, changed=outcome.changed, unchanged=outcome.unchanged)

    def get(self, id_or_url: str) -> IndexedDocument | None:
        return self.docs.get(id_or_url)

    def search(self, q: SearchQuery) -> SearchResults:
        return self.index.search(q)

    def match_batch(self, queries: list[SearchQuery], ids: list[str]) -> list[list[SearchHit]]:
        """All saved searches at once over an in-memory index of the batch (`matcher.match_all`)."""
        return match_all(queries, self.docs.records(list(dict.fromkeys(ids))))

    def decision(self, number: str, limit: int = 100) -> DecisionLookup:
        keys = decision_keys(number)
        if not keys.full and not keys.partial:
            return DecisionLookup(query=number)
        decisions, total, citing = self.index.decision_ids(number, limit)
        return decision_lookup(number, keys, self.docs.get_many(decisions), self.docs.get_many(citing), total)

    def deals(self, q: DealsQuery) -> DealResults:
        firms = [f for f in (q.firm, q.counterparty) if f]
        candidates = self.index.deal_candidates(firms, q.province, DEAL_CANDIDATES)
        return deal_rows(q, self.docs.get_many(candidates))

    def count(self) -> int:
        return self.docs.count()

    def iter_documents(self) -> Iterator[IndexedDocument]:
        return self.docs.iter_documents()

    # -- ChangeFeed (search/store.py) ------------------------------------------------------------------

    def change_log_id(self) -> str:
        return self.docs.change_log_id()

    def last_change(self) -> int:
        return self.docs.last_change()

    def changes_since(self, after: int, limit: int = 1000) -> list[tuple[int, str]]:
        return self.docs.changes_since(after, limit)

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        if self.read_only:
            raise PermissionError("store opened read-only")
        records = self.docs.iter_records()
        if progress is not None:
            records = _counting(records, self.docs.count(), progress)
        n = self.index.rebuild(records)
        self.docs.mark_indexed()
        self.docs.set_meta(_SCHEMA_KEY, str(SCHEMA_VERSION))
        return n

    def close(self) -> None:
        self.docs.close()

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- embedded extras (not in the protocol) -------------------------------------------------------

    def versions(self, doc_id: str) -> list[IndexedDocument]:
        """Every stored version of a document, oldest first, the current one last."""
        return self.docs.versions(doc_id)

    def find_by_decision(self, number: str, limit: int = 100) -> list[IndexedDocument]:
        """Documents that cite or are the decision `number` (accents/case ignored), newest first."""
        return self.docs.get_many(self.index.ids_for_decision(number, limit))


def _counting(
    docs: Iterator[Record], total: int, progress: Callable[[int, int], None], every: int = 500
) -> Iterator[Record]:
    done = 0
    for d in docs:
        yield d
        done += 1
        if done % every == 0:
            progress(done, total)
    progress(done, total)
