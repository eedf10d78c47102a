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

from extract.models import Deal
from extract.tag.decisions import canonical_number
from search.embedded.docstore import DocumentStore
from search.embedded.fulltext import SCHEMA_VERSION, FullTextIndex
from search.query import decision_keys, indexed_decision_keys, name_matches, province_keys, sentence_around
from search.records import (
    DealResults,
    DealRow,
    DealsQuery,
    DecisionLookup,
    DecisionMention,
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
            self.index.write(self.docs.get_many(pending))
        except (OSError, ValueError) as exc:  # e.g. another process holds the index writer lock
            log.warning("could not index %d pending documents now: %s", len(pending), exc)
            return
        self.docs.mark_indexed(pending)

    # -- Store protocol ------------------------------------------------------------------------------

    def put_documents(self, docs: list[IndexedDocument]) -> PutResult:
        if self.read_only:
            raise PermissionError("store opened read-only")
        outcome = self.docs.put(docs)
        if outcome.to_index:
            self.index.write(outcome.to_index.values())
            self.docs.mark_indexed(list(outcome.to_index))
        return PutResult(new=outcome.new, changed=outcome.changed, unchanged=outcome.unchanged)

    def get(self, id_or_url: str) -> IndexedDocument | None:
        return self.docs.get(id_or_url)

    def search(self, q: SearchQuery) -> SearchResults:
        return self.index.search(q)

    def match_batch(self, queries: list[SearchQuery], ids: list[str]) -> list[list[SearchHit]]:
        batch = self.docs.get_many(list(dict.fromkeys(ids)))
        if not batch or not queries:
            return [[] for _ in queries]
        small = FullTextIndex.in_memory(batch)
        out = []
        for q in queries:
            allowed = set(q.ids) if q.ids is not None else None
            wanted = [d.id for d in batch if allowed is None or d.id in allowed]
            if not wanted:
                out.append([])
                continue
            only = None if len(wanted) == len(batch) else wanted  # the batch index holds nothing else
            restricted = q.model_copy(update={"ids": only, "limit": len(wanted), "offset": 0, "facets": []})
            out.append(small.search(restricted).hits)
        return out

    def decision(self, number: str, limit: int = 100) -> DecisionLookup:
        keys = decision_keys(number)
        out = DecisionLookup(query=number)
        if not keys.full and not keys.partial:
            return out
        decisions, out.total_citing, citing = self.index.decision_ids(number, limit)
        out.decisions = self.docs.get_many(decisions)
        numbers = {
            canonical_number(d.document.decision.number): None for d in out.decisions if d.document.decision
        }
        for d in self.docs.get_many(citing):
            refs = [r for r in d.document.tags.decisions if _hits(r.number, keys.full, keys.partial)]
            numbers.update((canonical_number(r.number), None) for r in refs)
            text = d.document.text or ""
            out.citing.append(
                DecisionMention(
                    id=d.id,
                    url=d.document.url,
                    title=d.document.title,
                    kind=d.document.kind,
                    source=d.source or d.document.source,
                    published=d.document.published,
                    numbers=list(dict.fromkeys(canonical_number(r.number) for r in refs)),
                    contexts=list(dict.fromkeys(sentence_around(text, r.start, r.end) for r in refs)),
                )
            )
        out.numbers = list(numbers)
        return out

    def deals(self, q: DealsQuery) -> DealResults:
        firms = [f for f in (q.firm, q.counterparty) if f]
        rows: list[DealRow] = []
        wanted_provinces = set(province_keys(q.province)) if q.province else set()
        if q.province:
            from extract.tag.places import current_unit

            wanted_provinces |= set(province_keys(current_unit(q.province) or ""))
        for d in self.docs.get_many(self.index.deal_candidates(firms, q.province, DEAL_CANDIDATES)):
            doc = d.document
            for deal in doc.tags.deals:
                if not _deal_matches(q, deal, d, wanted_provinces):
                    continue
                rows.append(
                    DealRow(
                        document_id=d.id,
                        url=doc.url,
                        title=doc.title,
                        source=d.source or doc.source,
                        published=doc.published,
                        kind=deal.kind,
                        parties=deal.parties,
                        amount=deal.amount,
                        currency=deal.currency,
                        province=deal.province,
                        date=deal.date,
                        sentence=" ".join(doc.text[deal.start : deal.end].split()),
                    )
                )
        rows.sort(key=lambda r: r.date or (r.published or "")[:10], reverse=True)
        return DealResults(total=len(rows), rows=rows[: max(q.limit, 0)])

    def count(self) -> int:
        return self.docs.count()

    def iter_documents(self) -> Iterator[IndexedDocument]:
        return self.docs.iter_documents()

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        if self.read_only:
            raise PermissionError("store opened read-only")
        docs = self.docs.iter_documents()
        if progress is not None:
            docs = _counting(docs, self.docs.count(), progress)
        n = self.index.rebuild(docs)
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


def _hits(number: str, full: str | None, partial: str | None) -> bool:
    got_full, got_partial = indexed_decision_keys(number)
    return got_full == full if full else got_partial == partial


def _parties_match(q: DealsQuery, parties: list[str]) -> bool:
    """The firm is one party and the counterparty another one (each optional)."""
    pairs = [
        (a, b) for i, a in enumerate(parties) for j, b in enumerate(parties) if i != j or len(parties) == 1
    ]
    return any(
        (not q.firm or name_matches(q.firm, a))
        and (not q.counterparty or (name_matches(q.counterparty, b) and a != b))
        for a, b in pairs
    )


def _deal_matches(q: DealsQuery, deal: Deal, d: IndexedDocument, provinces: set[str]) -> bool:
    if q.kind and deal.kind != q.kind:
        return False
    if (q.firm or q.counterparty) and not _parties_match(q, deal.parties):
        return False
    if provinces:
        names = [deal.province] if deal.province else list(d.provinces)
        doc_keys = {k for n in d.provinces for k in province_keys(n)}
        if deal.province and set(province_keys(deal.province)) & doc_keys:
            names += d.provinces  # filed under old and current names: "hai duong" finds Hải Phòng deals
        if not provinces & {k for n in names for k in province_keys(n)}:
            return False
    if q.min_amount is not None and (
        deal.amount is None
        or (deal.currency or "").upper() != q.currency.upper()
        or deal.amount < q.min_amount
    ):
        return False
    day = deal.date or (d.document.published or "")[:10]
    if q.since and (not day or day < q.since.isoformat()):
        return False
    return not (q.until and (not day or day > q.until.isoformat()))


def _counting(
    docs: Iterator[IndexedDocument], total: int, progress: Callable[[int, int], None], every: int = 500
) -> Iterator[IndexedDocument]:
    done = 0
    for d in docs:
        yield d
        done += 1
        if done % every == 0:
            progress(done, total)
    progress(done, total)
