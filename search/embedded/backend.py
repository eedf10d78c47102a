"""`EmbeddedStore`: the Store protocol over SQLite (store of record) and tantivy (full-text index).

On-disk layout under the data directory:
  store.sqlite3   documents, document_versions, url_aliases, meta, schema_migrations (WAL mode)
  index/          tantivy index, rebuilt from store.sqlite3 by `reindex()`
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

from search.embedded import deals as deal_tables
from search.embedded.docstore import DocumentStore
from search.embedded.fulltext import SCHEMA_VERSION, FullTextIndex, Record, index_record
from search.embedded.matcher import match_all, match_deferred
from search.gc_pause import cycle_collection_paused
from search.lookups import decision_lookup
from search.query import decision_keys
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
from search.sqlite_util import transaction

log = logging.getLogger(__name__)

STORE_FILE = "store.sqlite3"
SUMMARY_CACHE = 32  # deal summaries kept (filters x store state)
INDEX_DIR = "index"
_SCHEMA_KEY = "index_schema_version"
# Documents from which `reindex` merges the deal records in a second process while it builds the index:
# below, starting that process (~0.5 s) costs more than the overlap saves.
PARALLEL_REINDEX = 5_000


class EmbeddedStore:
    def __init__(self, data_dir: Path, *, read_only: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.read_only = read_only
        if not read_only:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        self.docs = DocumentStore(self.data_dir / STORE_FILE, read_only=read_only)
        self._summaries: OrderedDict[tuple, DealSummary] = OrderedDict()  # see deal_summary
        index_path = self.data_dir / INDEX_DIR
        self.index: FullTextIndex
        if read_only:
            if self.docs.get_meta(_SCHEMA_KEY) != str(SCHEMA_VERSION):
                raise RuntimeError(f"index under {self.data_dir} is outdated: open the store read-write once")
            self.index = FullTextIndex(index_path, read_only=True)
            return
        stale = self.docs.get_meta(_SCHEMA_KEY) != str(SCHEMA_VERSION) or not FullTextIndex.exists(index_path)
        self.index = FullTextIndex(index_path)
        self.index.on_commit = self.docs.mark_indexed  # grouped commits (see `put_documents`)
        if stale:
            self.reindex()
        else:
            self._catch_up()
            if not self.deals_current():
                self.rebuild_deals()  # deal records of an older store, or of other merge rules
            else:
                with self.docs._lock, transaction(self.docs.conn) as c:
                    deal_tables.create_tables(c)  # indexes added since (IF NOT EXISTS: nothing to do)

    def _catch_up(self) -> None:
        """Index documents stored but not indexed (a crash between the SQLite commit and the index commit)."""
        pending = self.docs.not_indexed()
        if not pending:
            return
        try:
            self.index.write(self.docs.records(pending))  # `on_commit` flags them indexed
        except (OSError, ValueError) as exc:  # e.g. another process holds the index writer lock
            log.warning("could not index %d pending documents now: %s", len(pending), exc)

    # -- Store protocol ------------------------------------------------------------------------------

    def put_documents(self, docs: list[IndexedDocument]) -> PutResult:
        if self.read_only:
            raise PermissionError("store opened read-only")
        # Each new or changed document goes to tantivy's indexing thread as soon as it is prepared, while
        # the SQLite transaction goes on (and writes the deal records). The index commits after the store
        # of record, and consecutive puts share one commit (`FullTextIndex.writing(grouped=True)`: every
        # COMMIT_DOCS documents or COMMIT_SECONDS, before a search, at close): until then the documents
        # are flagged not indexed, and a crash leaves them to `_catch_up` at the next open.
        try:
            with cycle_collection_paused(), self.index.writing(grouped=True) as add:
                outcome = self.docs.put(
                    docs, on_store=lambda d: add(index_record(d)), on_stored=deal_tables.update
                )
        except Exception:
            # the index rolled back its uncommitted documents, earlier puts' too: index them again
            try:
                self._catch_up()
            except Exception:  # flagged not indexed, they wait for the next open
                log.warning("could not index the documents stored before a failed put", exc_info=True)
            raise
        return PutResult(new=outcome.new, changed=outcome.changed, unchanged=outcome.unchanged)

    def commit(self) -> None:
        """Commit to the full-text index what puts left uncommitted (close and searches do it too)."""
        if not self.read_only:
            self.index.commit()

    def get(self, id_or_url: str) -> IndexedDocument | None:
        return self.docs.get(id_or_url)

    def search(self, q: SearchQuery) -> SearchResults:
        return self.index.search(q)

    def match_batch(self, queries: list[SearchQuery], ids: list[str]) -> list[list[SearchHit]]:
        """All saved searches at once over an in-memory index of the batch (`matcher.match_all`)."""
        return match_all(queries, self.docs.records(list(dict.fromkeys(ids))))

    def match_deferred(self, queries: list[SearchQuery], ids: list[str]) -> BatchMatches:
        """`match_batch` with the snippets made on demand (`matcher.match_deferred`)."""
        return match_deferred(queries, self.docs.records(list(dict.fromkeys(ids))))

    def decision(self, number: str, limit: int = 100) -> DecisionLookup:
        keys = decision_keys(number)
        if not keys.full and not keys.partial:
            return DecisionLookup(query=number)
        decisions, total, citing = self.index.decision_ids(number, limit)
        return decision_lookup(number, keys, self.docs.get_many(decisions), self.docs.get_many(citing), total)

    # -- deal records (issue 15) ------------------------------------------------------------------------

    def _deals_ready(self) -> bool:
        """Deal records of this code's table layout exist (records of older merge rules are still read)."""
        stored = self.docs.get_meta(deal_tables.META_KEY) or ""
        ready = stored.split(":")[0] == str(deal_tables.DEALS_SCHEMA) and deal_tables.has_tables(
            self.docs.conn
        )
        if not ready:
            log.warning(
                "no deal records in %s yet: open the store read-write once (cnht reindex)", self.data_dir
            )
        return ready

    def deal_records(self, q: DealsQuery) -> DealPage:
        if not self._deals_ready():
            return DealPage(total=0, offset=q.offset, limit=q.limit)
        with self.docs._lock:
            return deal_tables.page(self.docs.conn, q)

    def iter_deal_records(self, q: DealsQuery) -> Iterator[DealRecord]:
        if not self._deals_ready():
            return iter(())
        return _locked(self.docs._lock, deal_tables.iterate(self.docs.conn, q))

    def deal_summary(self, q: DealsQuery) -> DealSummary:
        """Computed once per filters and state of the store: the pages of one filtered list (offsets) share
        it until a write changes the change sequence (or a rebuild the merge rules)."""
        if not self._deals_ready():
            return DealSummary(total=0)
        with self.docs._lock:
            key = (
                q.model_dump_json(exclude={"offset", "limit"}),
                self.docs.last_change(),
                self.docs.get_meta(deal_tables.META_KEY),
            )
            found = self._summaries.get(key)
            if found is None:
                found = deal_tables.summary(self.docs.conn, q)
                self._summaries[key] = found
                while len(self._summaries) > SUMMARY_CACHE:
                    self._summaries.popitem(last=False)
            else:
                self._summaries.move_to_end(key)
            return found  # shared: callers read it, never change it

    def deal(self, deal_id: str) -> DealRecord | None:
        if not self._deals_ready():
            return None
        with self.docs._lock:
            return deal_tables.get(self.docs.conn, deal_id.strip())

    def put_deal_records(self, records: Iterable[DealRecord]) -> int:
        """Write generated deal records as they are (`Store.put_deal_records`), in one transaction."""
        if self.read_only:
            raise PermissionError("store opened read-only")
        with self.docs._lock, transaction(self.docs.conn) as c:
            n = deal_tables.put_records(c, records)
            self._summaries.clear()  # no document changed: the cache key would not see these
        return n

    def rebuild_deals(self) -> int:
        """Merge every document's deal reports again (after a change of the merge rules)."""
        if self.read_only:
            raise PermissionError("store opened read-only")
        with self.docs._lock, transaction(self.docs.conn) as c:
            return deal_tables.rebuild(c, self.docs.iter_documents())

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

    def reindex(self, progress: Callable[[int, int], None] | None = None, *, deals: bool = False) -> int:
        """The full-text index built anew from the store of record. The deal records are merged again from
        scratch only when they are not current (`deals_current`: another table layout, other merge rules
        or rate file) or when `deals` asks for it: every put merges the reports of its documents in its
        own transaction, so current records are the ones a merge from scratch gives
        (tests/search/test_bulk_rebuild.py compares them), and merging 100,000 documents' deals again cost
        more than building the index. From `PARALLEL_REINDEX` documents on, that merge runs in a second
        process (its own connection and transaction) while this one builds the index: the two take about
        as long, and neither needs the other."""
        if self.read_only:
            raise PermissionError("store opened read-only")
        total = self.docs.count()
        records = self.docs.iter_records()
        if progress is not None:
            records = _counting(records, total, progress)
        keep_deals = not deals and self.deals_current()
        if keep_deals or total < PARALLEL_REINDEX or (os.cpu_count() or 1) < 2:
            n = self.index.rebuild(records)
            self._mark_rebuilt()
            if not keep_deals:
                self.rebuild_deals()
            return n
        merging = _start_rebuild_deals(self.docs.path)
        try:
            n = self.index.rebuild(records)
        except BaseException:
            merging.kill()  # its transaction is rolled back: the deal records stay as they were
            merging.wait()
            raise
        _, err = merging.communicate()  # waits: it holds the write transaction until it is done
        self._mark_rebuilt()
        if merging.returncode != 0:
            last = (err or "").strip().splitlines()[-1:] or [f"exit code {merging.returncode}"]
            raise RuntimeError(f"deal records not merged again: {last[0]}")
        return n

    def deals_current(self) -> bool:
        """The deal tables exist and were merged under this code's table layout, merge rules and rate file
        (`deals.fingerprint`): what the store wrote since then it merged as it wrote."""
        with self.docs._lock:
            return deal_tables.has_tables(self.docs.conn) and (
                self.docs.get_meta(deal_tables.META_KEY) == deal_tables.fingerprint()
            )

    def _mark_rebuilt(self) -> None:
        """Every document is in the index just built, of this code's schema."""
        self.docs.mark_indexed()
        self.docs.set_meta(_SCHEMA_KEY, str(SCHEMA_VERSION))

    def close(self) -> None:
        try:
            if not self.read_only:
                self.index.close()  # what grouped puts left uncommitted
        finally:
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


def _start_rebuild_deals(path: Path) -> subprocess.Popen[str]:
    """`rebuild_deals_at(path)` in a new interpreter with this one's import path (a process started by
    `multiprocessing` would import the caller's main script again)."""
    code = (
        "import sys; from pathlib import Path; "
        "from search.embedded.backend import rebuild_deals_at; rebuild_deals_at(Path(sys.argv[1]))"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    return subprocess.Popen(
        [sys.executable, "-c", code, str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def rebuild_deals_at(path: Path) -> int:
    """`EmbeddedStore.rebuild_deals` on the store file `path`, through a connection of its own (run in
    another process by `reindex`); returns the number of deals."""
    docs = DocumentStore(path)
    try:
        with docs._lock, transaction(docs.conn) as c:
            return deal_tables.rebuild(c, docs.iter_documents())
    finally:
        docs.close()


def _locked(lock: Any, rows: Iterator[DealRecord]) -> Iterator[DealRecord]:
    """Each step of `rows` (SQL on the shared connection) under the store's lock."""
    while True:
        with lock:
            row = next(rows, None)
        if row is None:
            return
        yield row


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
