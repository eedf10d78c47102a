"""`ElasticStore`: the Store protocol over Elasticsearch (8.x or 9.x), with elasticsearch-py's bulk helpers.

Elasticsearch is the store of record of documents here: the documents index holds the current version of
each document (`record` in `_source`: the whole IndexedDocument, so nothing is lost to the mapping), and
the versions index every superseded version. Request bodies come from `queries`, `_source` documents from
`documents`, the write plan from `plan`, settings and alias actions from `mapping` (all pure). Alert
state (saved searches, outbox, stories, queue) stays in SQLite under the data directory, see
search/alerts/state.py: it refers to documents by id only, so it is the same with either backend.

Writes are refreshed before `put_documents` returns, so alerts evaluated right after see the documents.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from types import TracebackType
from typing import Any, TypeVar

from search.deal_merge import (
    UNDATED,
    StoredRecord,
    StoredReport,
    build_record,
    plan_merge,
    reports_of,
)
from search.elastic import deals as deal_index
from search.elastic import documents, mapping, percolate, queries
from search.elastic.lease import EngineLeases
from search.elastic.plan import (
    Copied,
    PutPlan,
    Stored,
    archive_actions,
    bulk_actions,
    catchup_actions,
    plan_put,
)
from search.lookups import decision_lookup
from search.query import decision_keys, parse_query
from search.records import (
    BatchMatches,
    DealBucket,
    DealPage,
    DealRecord,
    DealReport,
    DealsQuery,
    DealSummary,
    DecisionLookup,
    IndexedDocument,
    PutResult,
    SearchHit,
    SearchQuery,
    SearchResults,
)
from search.sqlite_util import utc_now

log = logging.getLogger(__name__)

CONFLICT_ROUNDS = 5  # re-plans of documents another writer changed meanwhile (409), at most
DEAL_LEASE = "deals"  # the lease every merge of the deal records holds (`_file_deals`, a rebuild's swap)
RACE_ROUNDS = 5  # deal updates run again because the deal indices moved under them (a rebuild), at most
BULK_CHUNK = 500
SCAN_BATCH = 500
MGET_BATCH = 1000
MSEARCH_BATCH = 100
STORED_FIELDS = ["record", "urls", "stored_at", "reindex_copy"]
RETRY_ITEM_STATUSES = {429, 503}  # bulk items refused for now: queue full, shard not available
RETRY_SECONDS = 180.0  # how long writes wait for an unavailable engine before stopping with one line
FIRST_BACKOFF, MAX_BACKOFF = 0.5, 15.0
T = TypeVar("T")


class ElasticError(RuntimeError):
    """Elasticsearch refused a request (the message names the index and the reason)."""


class EngineDown(ElasticError, ConnectionError):
    """The search engine did not answer (or answered "unavailable") for RETRY_SECONDS: nothing of the
    batch is lost (the archive holds the pages; the next run stores what this one could not)."""


class DealsRaced(ElasticError):
    """The deal indices changed under an update of the deals: a rebuild moved the aliases onto new indices
    meanwhile, or another writer removed an entry this update had read. The update is run again, from
    scratch for its merge keys (`ElasticStore._file_deals`)."""


class ElasticStore:
    def __init__(
        self,
        client: Any,
        *,
        index_prefix: str = "cnht",
        read_only: bool = False,
        icu: bool = False,
        shards: int = 1,
        replicas: int | None = None,
        owns_client: bool = True,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self.client = client
        self.retry_seconds = retry_seconds
        self.retries = 0  # transient failures waited out (reported by benchmarks/engine_failures.py)
        self.names = mapping.IndexNames(index_prefix)
        self.read_only = read_only
        self.icu = icu
        self.shards = shards
        self.replicas = replicas
        self._owns_client = owns_client
        self._registered: set[str] = set()  # saved-search keys known to be in the percolator index
        self.deals_index = f"{self.names.prefix}-deals"
        self.deal_reports_index = f"{self.names.prefix}-deal-reports"
        self.leases = EngineLeases(client, f"{self.names.prefix}-locks", retrying=self._retrying)
        if read_only:
            if not self._alias_indices(self.names.docs):
                raise FileNotFoundError(
                    f"no index {self.names.docs} in Elasticsearch: open the store read-write once"
                )
            if self._schema() != mapping.SCHEMA_VERSION:
                raise RuntimeError(f"index {self.names.docs} is outdated: open the store read-write once")
            return
        for alias, mappings in (
            (self.names.docs, mapping.docs_mappings()),
            (self.names.versions, mapping.versions_mappings()),
        ):
            if not self._alias_indices(alias):
                self._refuse_squatter(alias)
                self._create(alias, mappings, with_alias=True)
        if self._schema() != mapping.SCHEMA_VERSION:
            self.reindex()
        elif any(
            self._deals_meta(name) != deal_index.fingerprint()
            for name in (self.deals_index, self.deal_reports_index)
        ):
            self.rebuild_deals()  # deal records of an older store, or of other merge rules

    # -- indices and aliases ----------------------------------------------------------------------------

    def _alias_indices(self, alias: str) -> list[str]:
        return sorted(self.client.get_alias(alias))

    def _refuse_squatter(self, alias: str) -> None:
        """One clear line when an index (not an alias) already has the alias's name: an index written
        by an older cnht, or by another tool, that cnht will neither overwrite nor write into."""
        if alias in self.client.indices(alias):
            raise ElasticError(
                f"index {alias} exists and is not an alias: an older cnht or another tool made it; cnht "
                f"writes nothing into it. Move it aside (e.g. _reindex it into {alias}-old, then delete "
                f"it) or choose other indices with CNHT_ES_INDEX_PREFIX"
            )

    def _create(self, alias: str, mappings: dict[str, Any], *, with_alias: bool) -> str:
        name = mapping.concrete_name(alias)
        body = mapping.index_body(mappings, icu=self.icu, shards=self.shards, replicas=self.replicas)
        aliases = {alias: {"is_write_index": True}} if with_alias else None
        self.client.create_index(name, body, aliases)
        return name

    def _schema(self) -> int | None:
        got = self.client.get_mapping(self.names.docs)
        metas = [v.get("mappings", {}).get("_meta", {}).get("cnht_schema") for v in got.values()]
        return metas[0] if len(set(metas)) == 1 else None

    def drop(self) -> None:
        """Delete every index of this prefix (tests, `cnht` uninstall). Irreversible."""
        names: set[str] = set()
        for alias in (self.names.docs, self.names.versions):
            names.update(self._alias_indices(alias))
            names.update(self.client.indices(f"{alias}-*"))
        names.update(self.client.indices(self.names.searches))
        names.update(self.client.indices(self.leases.index))
        for alias in (self.deals_index, self.deal_reports_index):  # with any left half-built by a crash
            names.update(self.client.indices(alias))
            names.update(self.client.indices(f"{alias}-*"))
        self.client.delete_indices(sorted(names))
        self._registered.clear()

    # -- requests -----------------------------------------------------------------------------------------

    def _search(
        self, body: dict[str, Any], index: str | None = None, preference: str | None = None
    ) -> dict[str, Any]:
        return self.client.search(index or self.names.docs, body, preference=preference)

    def _scan(
        self,
        index: str,
        fields: list[str],
        query: dict[str, Any] | None = None,
        preference: str | None = None,
    ) -> Iterator[dict]:
        """Every hit of `query`, in id order (keyset pagination with search_after); `preference`
        "_shards:N" reads one shard only."""
        after: list[Any] | None = None
        while True:
            body: dict[str, Any] = {
                "query": query or queries.MATCH_ALL,
                "size": SCAN_BATCH,
                "sort": [{"id": "asc"}],
                "_source": fields,
            }
            if after is not None:
                body["search_after"] = after
            hits = self._search(body, index, preference)["hits"]["hits"]
            if not hits:
                return
            yield from hits
            after = hits[-1]["sort"]

    def _retrying(self, what: str, call: Callable[[], T]) -> T:
        """`call()`, again after a growing pause while the engine does not answer or answers 429/50x,
        for at most `retry_seconds`; then EngineDown, one line."""
        delay, deadline = FIRST_BACKOFF, time.monotonic() + self.retry_seconds
        while True:
            try:
                return call()
            except Exception as exc:
                if not self.client.transient(exc):
                    raise
                if time.monotonic() + delay > deadline:
                    raise EngineDown(
                        f"search engine unavailable for {self.retry_seconds:.0f} s ({what}): "
                        f"{_one_line(exc)}; nothing is lost: run the same command again once it is back"
                    ) from exc
                self.retries += 1
                log.warning(
                    "search engine unavailable (%s), retrying in %.1f s: %s", what, delay, _one_line(exc)
                )
                time.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF)

    def _bulk(
        self, actions: Iterable[dict[str, Any]], *, conflicts_ok: bool = False, missing_ok: bool = False
    ) -> set[str]:
        """Run bulk actions, BULK_CHUNK at a time; returns the ids refused with 409; raises on any other
        failure. A chunk the engine did not answer is sent again, and items refused as unavailable
        (429/503: a shard moving to another node) again, with backoff (`_retrying`). An action applied
        before its answer was lost comes back as 409 (create, or an outdated sequence number): the caller
        plans it again and finds it written (see `put_documents`). `missing_ok`: an update of a document
        that is not there (404) is skipped."""
        conflicts: set[str] = set()
        errors: list[str] = []
        pending = list(actions)
        for start in range(0, len(pending), BULK_CHUNK):
            chunk = pending[start : start + BULK_CHUNK]
            delay, deadline = FIRST_BACKOFF, time.monotonic() + self.retry_seconds
            while chunk:
                results = self._retrying("bulk", partial(self._bulk_once, chunk))
                again: list[dict[str, Any]] = []
                for action, (ok, item) in zip(chunk, results, strict=True):
                    if ok:
                        continue
                    result = next(iter(item.values()))
                    status = result.get("status")
                    if status == 409:
                        conflicts.add(str(result.get("_id")))
                    elif status == 404 and missing_ok:
                        continue
                    elif status in RETRY_ITEM_STATUSES and time.monotonic() + delay <= deadline:
                        again.append(action)
                    else:
                        errors.append(f"{result.get('_id')}: {status} {_one_line(result.get('error'))}")
                if again:
                    self.retries += 1
                    log.warning(
                        "%d bulk item(s) refused as unavailable, retrying in %.1f s", len(again), delay
                    )
                    time.sleep(delay)
                    delay = min(delay * 2, MAX_BACKOFF)
                chunk = again
        if errors:
            raise ElasticError(f"{len(errors)} document(s) not written, first: {errors[0]}")
        return set() if conflicts_ok else conflicts

    def _bulk_once(self, chunk: list[dict[str, Any]]) -> list[tuple[bool, dict[str, Any]]]:
        return list(
            self.client.streaming_bulk(
                chunk, chunk_size=len(chunk), raise_on_error=False, raise_on_exception=True, max_retries=0
            )
        )

    def _existing(self, ids: list[str], index: str | None = None) -> dict[str, Stored]:
        out: dict[str, Stored] = {}
        for i in range(0, len(ids), MGET_BATCH):
            some = ids[i : i + MGET_BATCH]
            resp = self._retrying(
                "read", lambda some=some: self.client.mget(index or self.names.docs, some, STORED_FIELDS)
            )
            for d in resp["docs"]:
                if d.get("found"):
                    out[d["_id"]] = Stored(
                        doc=documents.from_source(d["_source"]),
                        urls=list(d["_source"].get("urls") or []),
                        seq_no=d["_seq_no"],
                        primary_term=d["_primary_term"],
                        stored_at=d["_source"].get("stored_at"),
                        copied=bool(d["_source"].get("reindex_copy")),
                    )
        return out

    # -- Store protocol -------------------------------------------------------------------------------

    def put_documents(self, docs: list[IndexedDocument]) -> PutResult:
        if self.read_only:
            raise PermissionError("store opened read-only")
        result = PutResult()
        pending = list(docs)
        tried: dict[str, tuple[str, IndexedDocument]] = {}  # id -> (new/changed, what this call wrote)
        for _ in range(CONFLICT_ROUNDS):
            if not pending:
                break
            existing = self._existing(list(dict.fromkeys(d.id for d in pending)))
            plan = plan_put(pending, existing)
            _own_writes(plan, existing, tried)
            now = utc_now()
            # superseded versions first: a crash before the new version is written loses nothing
            self._bulk(archive_actions(plan, self.names.versions, now), conflicts_ok=True)
            conflicts = self._bulk(bulk_actions(plan, self.names.docs, _source, now))
            _merge(result, plan, conflicts)
            pending = [d for d in pending if d.id in conflicts]
        if pending:
            raise ElasticError(f"{len(pending)} document(s) kept changing under concurrent writers")
        self._retrying("refresh", partial(self.client.refresh, f"{self.names.docs},{self.names.versions}"))
        written = set(result.new) | set(result.changed)
        if written:  # idempotent: run again whole while the engine does not answer
            self._file_deals(list({d.id: d for d in docs if d.id in written}.values()))
        return result

    def _file_deals(self, docs: list[IndexedDocument]) -> None:
        """`_update_deals(docs)` under the deployment's deal lease (one merge of the deals at a time, across
        processes: `search/elastic/lease.py`)."""
        with self.leases.hold(DEAL_LEASE):
            self._file_deals_held(docs)

    def _file_deals_held(self, docs: list[IndexedDocument]) -> None:
        """`_update_deals(docs)`, again from scratch for their keys (idempotent) while the engine does not
        answer (`_retrying`) or the deal indices moved under it (`DealsRaced`: a rebuild swapped them)."""
        tries = iter(range(1_000_000))
        for _ in range(RACE_ROUNDS - 1):
            try:
                return self._retrying("deals", lambda: self._update_deals(docs, again=next(tries) > 0))
            except DealsRaced as exc:
                log.info("deals of %d document(s) filed again: %s", len(docs), exc)
        self._retrying("deals", lambda: self._update_deals(docs, again=next(tries) > 0))

    def get(self, id_or_url: str) -> IndexedDocument | None:
        key = id_or_url.strip()
        if not key:
            return None
        found = self.client.get(self.names.docs, key, ["record"])
        if found is not None:
            return documents.from_source(found["_source"])
        body = {
            "query": {"term": {"urls": key}},
            "size": 1,
            "sort": [{"stored_at": "desc"}],
            "_source": ["record"],
        }
        hits = self._search(body)["hits"]["hits"]
        return documents.from_source(hits[0]["_source"]) if hits else None

    def search(self, q: SearchQuery) -> SearchResults:
        body = queries.search_body(q)
        resp = self._search(body)
        terms = parse_query(q.text).terms()
        hits = [documents.to_hit(h, terms, by_date=q.sort == "date") for h in resp["hits"]["hits"]]
        names = list(dict.fromkeys(q.facets))
        return SearchResults(
            total=resp["hits"]["total"]["value"],
            hits=hits[: max(q.limit, 0)],
            facets=queries.facets_from(resp.get("aggregations"), names) if names else {},
        )

    def match_deferred(self, queries_: list[SearchQuery], ids: list[str]) -> BatchMatches:
        """`match_batch`, snippets included (they come with each hit's source, `documents.to_hit`)."""
        return BatchMatches(hits=self.match_batch(queries_, ids), highlight=lambda _i, hit: hit)

    def match_batch(self, queries_: list[SearchQuery], ids: list[str]) -> list[list[SearchHit]]:
        """The saved searches are percolated against the batch first (`search.elastic.percolate`): a
        search matching one document has its hit; only those matching several then run (for ranking),
        restricted to the documents they matched (a read-only store, which cannot register queries, runs
        every search)."""
        out: list[list[SearchHit]] = [[] for _ in queries_]
        batch = list(dict.fromkeys(ids))
        bodies = queries.batch_bodies(queries_, batch)
        todo = [i for i, b in enumerate(bodies) if b is not None]
        if not todo:
            return out
        sources = self._sources(batch)
        if not self.read_only:
            matched = self._percolate([queries_[i] for i in todo], sources)
            narrowed: list[int] = []
            for i, hit_ids in zip(todo, matched, strict=True):
                allowed = set(queries_[i].ids) if queries_[i].ids is not None else None
                wanted = [d for d in batch if d in hit_ids and (allowed is None or d in allowed)]
                if len(wanted) == 1:  # one hit: nothing to rank, the percolator's answer is the hit
                    terms = parse_query(queries_[i].text).terms()
                    out[i] = [
                        documents.to_hit({"_source": sources[wanted[0]], "_score": 0.0}, terms, by_date=True)
                    ]
                elif wanted:
                    bodies[i] = queries.batch_bodies([queries_[i]], wanted)[0]
                    narrowed.append(i)
            todo = narrowed
        texts = {doc_id: src.get("text") or "" for doc_id, src in sources.items()}
        for start in range(0, len(todo), MSEARCH_BATCH):
            chunk = todo[start : start + MSEARCH_BATCH]
            searches: list[dict[str, Any]] = []
            for i in chunk:
                searches += [{}, bodies[i]]  # type: ignore[list-item]
            resp = self.client.msearch(self.names.docs, searches)
            for i, r in zip(chunk, resp["responses"], strict=True):
                if "error" in r:
                    raise ElasticError(f"saved search {i}: {r['error']}")
                terms = parse_query(queries_[i].text).terms()
                out[i] = [
                    documents.to_hit(h, terms, by_date=False, text=texts.get(h["_id"], ""))
                    for h in r["hits"]["hits"]
                ]
        return out

    def _sources(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The indexed fields of each document of an alert batch (percolated; its text gives snippets)."""
        out: dict[str, dict[str, Any]] = {}
        fields = percolate.document_fields()
        for i in range(0, len(ids), MGET_BATCH):
            resp = self.client.mget(self.names.docs, ids[i : i + MGET_BATCH], fields)
            out.update((d["_id"], d["_source"]) for d in resp["docs"] if d.get("found"))
        return out

    def _percolate(self, saved: list[SearchQuery], sources: dict[str, dict[str, Any]]) -> list[set[str]]:
        """For each saved search, the ids of `sources` its stored query matches (one request per
        PERCOLATE_DOCS documents and PERCOLATE_KEYS searches)."""
        keys = [percolate.query_key(q) for q in saved]
        self._register(dict(zip(keys, saved, strict=True)))
        wanted, ids = sorted(set(keys)), list(sources)
        matched: dict[str, set[str]] = {}
        for k in range(0, len(wanted), percolate.PERCOLATE_KEYS):
            for d in range(0, len(ids), percolate.PERCOLATE_DOCS):
                chunk = ids[d : d + percolate.PERCOLATE_DOCS]
                body = percolate.percolate_body(
                    wanted[k : k + percolate.PERCOLATE_KEYS], [sources[i] for i in chunk]
                )
                for key, hit_ids in percolate.slots_by_key(
                    self._search(body, self.names.searches), chunk
                ).items():
                    matched.setdefault(key, set()).update(hit_ids)
        return [matched.get(key, set()) for key in keys]

    def _register(self, by_key: dict[str, SearchQuery]) -> None:
        """Store the saved searches the percolator index lacks (it is created, or rebuilt when its schema
        is outdated, first)."""
        if not self._registered:
            self._searches_index()
        missing = [k for k in by_key if k not in self._registered]
        for i in range(0, len(missing), percolate.REGISTER_BATCH):
            chunk = missing[i : i + percolate.REGISTER_BATCH]
            found = self.client.mget(self.names.searches, chunk, ["key"])["docs"]
            self._registered.update(d["_id"] for d in found if d.get("found"))
        todo = [k for k in missing if k not in self._registered]
        if todo:
            self._bulk(
                {
                    "_op_type": "index",
                    "_index": self.names.searches,
                    "_id": k,
                    "_source": {"key": k, "query": percolate.stored_query(by_key[k])},
                }
                for k in todo
            )
            self.client.refresh(self.names.searches)
            self._registered.update(todo)

    def _searches_index(self) -> None:
        name = self.names.searches
        if self.client.indices(name):
            meta = self.client.get_mapping(name).get(name, {}).get("mappings", {}).get("_meta", {})
            if meta.get("cnht_schema") == mapping.SCHEMA_VERSION:
                return
            self.client.delete_indices([name])  # rebuilt: saved searches are registered again on use
        body = mapping.index_body(
            percolate.searches_mappings(), icu=self.icu, shards=1, replicas=self.replicas
        )
        self.client.create_index(name, body, None)

    def decision(self, number: str, limit: int = 100) -> DecisionLookup:
        keys = decision_keys(number)
        if not keys.full and not keys.partial:
            return DecisionLookup(query=number)
        being, citing = queries.decision_bodies(number, limit)
        own = [documents.from_source(h["_source"]) for h in self._search(being)["hits"]["hits"]]
        resp = self._search(citing)
        cites = [documents.from_source(h["_source"]) for h in resp["hits"]["hits"]]
        return decision_lookup(number, keys, own, cites[: max(limit, 0)], resp["hits"]["total"]["value"])

    # -- deal records (issue 15; search/elastic/deals.py) ------------------------------------------------

    def _deals_meta(self, name: str) -> str | None:
        if not self.client.indices(name):
            return None
        metas = {
            v.get("mappings", {}).get("_meta", {}).get("cnht_deals")
            for v in self.client.get_mapping(name).values()
        }  # keyed by the concrete index behind the alias
        return metas.pop() if len(metas) == 1 else None

    def _deals_ready(self) -> bool:
        ready = bool(self.client.indices(self.deals_index))
        if not ready:
            log.warning("no index %s yet: open the store read-write once (cnht reindex)", self.deals_index)
        return ready

    def rebuild_deals(self) -> int:
        """File every document's reports into new deal indices and merge them, key by key, beside the
        indices readers use; then move both aliases onto the new ones in one `_aliases` request and delete
        the old ones. A reader sees the old deals until the new ones are complete, never a missing or
        half-built index. Documents written meanwhile (the documents' change feed from before the build)
        are filed again after the swap, as any write is (`_update_deals`)."""
        if self.read_only:
            raise PermissionError("store opened read-only")
        feed, start = self.change_log_id(), self.last_change()
        new: dict[str, str] = {}
        try:
            for alias, body in (
                (self.deal_reports_index, deal_index.reports_body()),
                (self.deals_index, deal_index.deals_body()),
            ):
                if self.replicas is not None:
                    body["settings"]["number_of_replicas"] = self.replicas
                new[alias] = mapping.concrete_name(alias)
                self.client.create_index(new[alias], body, None)
            self._build_deals(new[self.deal_reports_index], new[self.deals_index])
        except BaseException:
            self.client.delete_indices(list(new.values()))
            raise
        # the swap and the filing of what was written meanwhile under the deal lease: no writer's merge runs
        # beside them (a writer whose merge began in the old indices finished it before the swap, and its
        # documents are in the change feed)
        with self.leases.hold(DEAL_LEASE) as lease:
            try:
                old = self._swap_deal_aliases(new)
            except BaseException:
                self.client.delete_indices(list(new.values()))
                raise
            self.client.delete_indices([i for i in old if i not in new.values()])
            if self.change_log_id() == feed:  # else a reindex of the documents is running: it rebuilds again
                while changed := self.changes_since(start):
                    docs = [d for _, i in changed if (d := self.get(i)) is not None]
                    self._file_deals_held(docs)
                    start = changed[-1][0]
                    lease.renew()
        return self.client.count(self.deals_index)

    def _swap_deal_aliases(self, new: dict[str, str]) -> list[str]:
        """Move the deal aliases onto the `new` indices (alias -> index) in one request; the indices they
        left, to delete."""
        actions: list[dict[str, Any]] = []
        old: list[str] = []
        for alias, name in new.items():
            if alias in self.client.indices(alias):  # a plain index of an older cnht: replaced
                actions += [
                    {"remove_index": {"index": alias}},
                    {"add": {"index": name, "alias": alias, "is_write_index": True}},
                ]
            else:
                old += self._alias_indices(alias)
                actions += mapping.swap_actions(alias, name, self._alias_indices(alias))
        self.client.update_aliases(actions)
        return old

    def _build_deals(self, reports: str, deals: str) -> None:
        """Fill the new indices `reports` and `deals` from every current document."""
        batch: list[dict[str, Any]] = []
        for hit in self._scan(self.names.docs, ["record"]):
            doc = documents.from_source(hit["_source"])
            for entry in deal_index.report_sources(doc.id, reports_of(doc)):
                batch.append({"_op_type": "index", "_index": reports, "_id": entry["id"], "_source": entry})
            if len(batch) >= BULK_CHUNK:
                self._bulk(batch)
                batch = []
        self._bulk(batch)
        self.client.refresh(reports)
        after: dict[str, Any] | None = None
        while True:
            composite: dict[str, Any] = {
                "size": 500,
                "sources": [{"key": {"terms": {"field": "merge_key"}}}],
            }
            if after:
                composite["after"] = after
            agg = self._search({"size": 0, "aggs": {"k": {"composite": composite}}}, reports)["aggregations"][
                "k"
            ]
            keys = [b["key"]["key"] for b in agg["buckets"]]
            if keys:
                self._remerge(dict.fromkeys(keys), {}, reports, deals)
            after = agg.get("after_key")
            if not keys or not after:
                break
        self.client.refresh(deals)
        self.client.refresh(reports)

    def put_deal_records(self, records: Iterable[DealRecord]) -> int:
        """Write deal records as they are, with no reports filed behind them: generated corpora for volume
        tests and benchmarks (`benchmarks.deals_corpus.deal_records`). A later write of documents with
        their merge keys, or `rebuild_deals`, replaces them by what the documents report."""
        if self.read_only:
            raise PermissionError("store opened read-only")
        if not self.client.indices(self.deals_index):
            self.rebuild_deals()
        n, batch = 0, []
        for r in records:
            source = deal_index.deal_source(r)
            batch.append({"_op_type": "index", "_index": self.deals_index, "_id": r.id, "_source": source})
            n += 1
            if len(batch) >= BULK_CHUNK * 4:
                self._bulk(batch)
                batch = []
        self._bulk(batch)
        self.client.refresh(self.deals_index)
        return n

    def _update_deals(self, docs: list[IndexedDocument], again: bool = False) -> None:
        """File the reports of the documents just written, one entry each, and merge again, incrementally,
        the merge keys whose reports changed (`plan_merge` from the earliest changed day, as the embedded
        store does): a document written again with the same reports merges nothing. `again`: a retry after
        a failure part-way (entries may already be written, the records not): the keys of these documents,
        old and new, are merged from scratch instead, which is right whatever was left behind."""
        if not self.client.indices(self.deals_index):
            return
        generation = self._deal_generation()
        try:
            self._update_deals_in(docs, again)
        except DealsRaced:
            raise
        except Exception as exc:  # reads that straddled a swap may not fit together
            if self._deal_generation() != generation:
                raise DealsRaced(
                    f"a rebuild moved the deal indices during this update ({_one_line(exc)})"
                ) from exc
            raise
        if self._deal_generation() != generation:  # read and written partly in indices now gone
            raise DealsRaced("a rebuild moved the deal indices during this update")

    def _update_deals_in(self, docs: list[IndexedDocument], again: bool) -> None:
        """`_update_deals` in the deal indices behind the aliases (which a rebuild may move meanwhile)."""
        reports = self.deal_reports_index
        docs = list({d.id: d for d in docs}.values())
        ids = [d.id for d in docs]
        old: dict[str, list[dict[str, Any]]] = {}
        fields = ["id", "document_id", "n", "merge_key", "day", "deal_id", "digest"]
        for i in range(0, len(ids), MGET_BATCH):
            for hit in self._scan(reports, fields, {"terms": {"document_id": ids[i : i + MGET_BATCH]}}):
                old.setdefault(hit["_source"]["document_id"], []).append(hit["_source"])
        since: dict[str, str | None] = {}
        touched: dict[str, set[str]] = {}
        known: dict[str, DealReport] = {}
        fresh: dict[str, list[dict[str, Any]]] = {}
        actions: list[dict[str, Any]] = []
        changed: list[str] = []
        for doc in docs:
            found = reports_of(doc)
            entries = deal_index.report_sources(doc.id, found)
            before = sorted(old.get(doc.id, []), key=lambda e: e["n"])
            if not again and [(e["merge_key"], e["digest"]) for e in entries] == [
                (e["merge_key"], e["digest"]) for e in before
            ]:
                continue  # the same reports: nothing to merge
            changed.append(doc.id)
            for e in before:
                since[e["merge_key"]] = min(since.get(e["merge_key"]) or UNDATED, e["day"] or UNDATED)
                if e.get("deal_id"):
                    touched.setdefault(e["merge_key"], set()).add(e["deal_id"])
                actions.append({"_op_type": "delete", "_index": reports, "_id": e["id"]})
            for e, report in zip(entries, found, strict=True):
                since[e["merge_key"]] = min(since.get(e["merge_key"]) or UNDATED, e["day"] or UNDATED)
                known[e["id"]] = report
                fresh.setdefault(e["merge_key"], []).append(e)
                actions.append({"_op_type": "index", "_index": reports, "_id": e["id"], "_source": e})
        if again and changed:  # and the keys of records still naming these documents (old keys lost)
            for i in range(0, len(changed), MGET_BATCH):
                query = {"terms": {"documents": changed[i : i + MGET_BATCH]}}
                since.update(
                    (h["_source"]["merge_key"], None)
                    for h in self._scan(self.deals_index, ["id", "merge_key"], query)
                )
            since = dict.fromkeys(since)
        rewritten = {a["_id"] for a in actions if a["_op_type"] == "index"}  # overwritten, not deleted
        self._bulk([a for a in actions if a["_op_type"] == "index" or a["_id"] not in rewritten])
        self.client.refresh(reports)
        ordered = sorted(since)
        for i in range(0, len(ordered), 500):
            part = {k: since[k] for k in ordered[i : i + 500]}
            self._remerge(part, touched, known=known, fresh=fresh)
        self.client.refresh(self.deals_index)
        self.client.refresh(reports)

    def _deal_generation(self) -> tuple[list[str], list[str]]:
        """The concrete indices behind the deal aliases now: they change when a rebuild swaps them."""
        return self._alias_indices(self.deal_reports_index), self._alias_indices(self.deals_index)

    def _light_rows(
        self,
        reports: str,
        query: dict[str, Any],
        refs: list[str],
        known: dict[str, DealReport] | None = None,
        by_key: dict[str, list[StoredReport]] | None = None,
    ) -> list[StoredReport]:
        """The entries of `query` as `plan_merge` reads them; `refs` maps its int handles to entry ids.
        With `known`, their reports are read too (into it); with `by_key`, the rows are also grouped."""
        out = []
        fields = deal_index.LIGHT + (["report"] if known is not None else [])
        for hit in self._scan(reports, fields, query):
            e = hit["_source"]
            refs.append(e["id"])
            if known is not None:
                known[e["id"]] = DealReport.model_validate(e["report"])
            row = StoredReport(len(refs) - 1, e["ord"], e["day"] or "", e.get("province"), e["document_id"],
                               e["sent"], e.get("deal_id"))  # fmt: skip
            out.append(row)
            if by_key is not None:
                by_key.setdefault(e["merge_key"], []).append(row)
        return out

    def _remerge(
        self,
        since: dict[str, str | None],
        touched: dict[str, set[str]],
        reports: str | None = None,
        deals: str | None = None,
        known: dict[str, DealReport] | None = None,
        fresh: dict[str, list[dict[str, Any]]] | None = None,
    ) -> None:
        """Bring the records of these merge keys up to date with their report entries (in the indices readers
        use, or in the `reports` and `deals` being built): key -> the earliest day of the reports added or
        removed (`plan_merge`'s `since`; None: from scratch), key -> records that lost one. Only the entries
        `plan_merge` needs are read (from the window before `since`), only the records it changes are
        written, and each entry keeps the record it is in (`deal_id`). `known`: reports just written, by
        entry id (not read back); `fresh`: key -> entries just written (a key with no record has no other)."""
        reports, deals = reports or self.deal_reports_index, deals or self.deals_index
        keys = sorted(since)
        known = dict(known or {})
        held: dict[str, list[tuple[str, int | None, str, str | None]]] = {}
        fields = ["id", "merge_key", "rank", "announced", "dated_province"]
        for h in self._scan(deals, fields, {"terms": {"merge_key": keys}}):
            src = h["_source"]
            held.setdefault(src["merge_key"], []).append(
                (src["id"], src.get("rank"), src.get("announced") or "", src.get("dated_province"))
            )
        refs: list[str] = []  # int handle -> entry id
        current: dict[int, str | None] = {}  # handle -> the record its entry names now
        whole: dict[str, list[StoredReport]] = {}  # keys merged from scratch: every entry, read with its body
        scratch = [k for k in keys if since[k] is None or any(r is None for _, r, _, _ in held.get(k, []))]
        for i in range(0, len(scratch), 500):
            self._light_rows(reports, {"terms": {"merge_key": scratch[i : i + 500]}}, refs, known, whole)
        plans: list[tuple[str, Any]] = []
        for key in keys:
            records = held.get(key, [])
            start = None if key in scratch else since[key]
            stored = [StoredRecord(i, rank or 0, day, p) for i, rank, day, p in records]
            if start is None:
                rows = whole.get(key, [])
            elif not records and fresh is not None:
                rows = []
                for e in fresh.get(key, []):
                    refs.append(e["id"])
                    row = (e["ord"], e["day"], e["province"], e["document_id"], e["sent"], None)
                    rows.append(StoredReport(len(refs) - 1, *row))
            else:
                rows = self._light_rows(reports, deal_index.rows_query(key, start), refs)
                undated = sorted({r.document_id for r in rows if not r.day})
                for j in range(0, len(undated), MGET_BATCH):
                    query = deal_index.older_query(key, start, undated[j : j + MGET_BATCH])
                    rows += self._light_rows(reports, query, refs)
            plan = plan_merge(key, stored, rows, start, touched.get(key, set()))
            if plan is None:
                rows = self._light_rows(reports, deal_index.rows_query(key, None), refs)
                plan = plan_merge(key, stored, rows, None, touched.get(key, set()))
            assert plan is not None  # from scratch, ids are numbered as merge_reports does
            current.update((r.ref, r.deal_id) for r in rows)
            plans.append((key, plan))
        extended = [p.extends for _, plan in plans for p in plan.write if p.extends]
        dated: dict[str, list[int]] = {}
        for i in range(0, len(extended), MGET_BATCH):
            query = {"bool": {"filter": [{"terms": {"deal_id": extended[i : i + MGET_BATCH]}}],
                              "must_not": [{"term": {"day": ""}}]}}  # fmt: skip
            for row in sorted(self._light_rows(reports, query, refs), key=lambda r: r.order):
                dated.setdefault(row.deal_id or "", []).append(row.ref)
                current[row.ref] = row.deal_id
        members = {p.id: [*dated.get(p.extends or "", []), *p.refs] for _, plan in plans for p in plan.write}
        missing = sorted({refs[r] for m in members.values() for r in m} - set(known))
        for i in range(0, len(missing), MGET_BATCH):
            for d in self.client.mget(reports, missing[i : i + MGET_BATCH], ["report"])["docs"]:
                if not d.get("found"):  # read a moment ago: the indices moved, or a writer removed it
                    raise DealsRaced(f"deal report {d['_id']} went away during the merge")
                known[d["_id"]] = DealReport.model_validate(d["_source"]["report"])
        actions: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        written: set[str] = set()
        for key, plan in plans:
            for p in plan.write:
                record = build_record(key, [known[refs[r]] for r in members[p.id]], p.id)
                source = deal_index.deal_source(record, rank=p.rank, dated_province=p.dated_province)
                actions.append({"_op_type": "index", "_index": deals, "_id": p.id, "_source": source})
                written.add(p.id)
            updates += [
                {"_op_type": "update", "_index": deals, "_id": i, "doc": {"rank": rank}}
                for i, rank in plan.rerank
            ]
        gone = {i for _, plan in plans for i in plan.delete} | set(extended)
        actions += [{"_op_type": "delete", "_index": deals, "_id": i} for i in sorted(gone - written)]
        marks = [(refs[r], deal) for deal, m in members.items() for r in m if current.get(r) != deal]
        marks += [(refs[r], None) for _, plan in plans for r in plan.dropped if current.get(r) is not None]
        updates += [
            {"_op_type": "update", "_index": reports, "_id": e, "doc": {"deal_id": d}} for e, d in marks
        ]
        self._bulk(actions)
        # an entry or record missing here was written to indices a concurrent `rebuild_deals` has just
        # swapped out: the rebuild files that document again from the change feed, so it is skipped
        self._bulk(updates, missing_ok=True)

    def deal_records(self, q: DealsQuery) -> DealPage:
        if not self._deals_ready():
            return DealPage(total=0, offset=q.offset, limit=q.limit)
        total = None
        if q.offset >= deal_index.REVERSE_AFTER:  # a deep page: read it from the nearer end
            counted = {"query": deal_index.query(q), "size": 0, "track_total_hits": True}
            total = self._search(counted, self.deals_index)["hits"]["total"]["value"]
        body, backwards = deal_index.page_body(q, total)
        resp = self._search(body, self.deals_index)
        hits = resp["hits"]["hits"][::-1] if backwards else resp["hits"]["hits"]
        return DealPage(
            total=resp["hits"]["total"]["value"],
            offset=q.offset,
            limit=q.limit,
            deals=[DealRecord.model_validate(h["_source"]["record"]) for h in hits],
        )

    def iter_deal_records(self, q: DealsQuery) -> Iterator[DealRecord]:
        if not self._deals_ready():
            return
        body, _ = deal_index.page_body(q.model_copy(update={"offset": 0, "limit": SCAN_BATCH}))
        body["track_total_hits"] = False
        while True:
            hits = self._search(body, self.deals_index)["hits"]["hits"]
            for h in hits:
                yield DealRecord.model_validate(h["_source"]["record"])
            if len(hits) < SCAN_BATCH:
                return
            body["search_after"] = hits[-1]["sort"]

    def deal_summary(self, q: DealsQuery) -> DealSummary:
        if not self._deals_ready():
            return DealSummary(total=0)
        resp = self._search(deal_index.stats_body(q), self.deals_index)
        aggs = resp["aggregations"]
        out = DealSummary(
            total=resp["hits"]["total"]["value"],
            with_amount=int(aggs["with_amount"]["value"]),
            first_day=aggs["first"].get("value_as_string")
            if aggs["first"].get("value") is not None
            else None,
            last_day=aggs["last"].get("value_as_string") if aggs["last"].get("value") is not None else None,
            totals={
                b["key"]: b["sum"]["value"] for b in sorted(aggs["totals"]["buckets"], key=lambda b: b["key"])
            },
        )
        page = deal_index.BUCKETS_PAGE
        for vnd in (False, True):
            after: dict[str, Any] | None = None
            while True:
                agg = self._search(deal_index.buckets_body(q, vnd, after, page), self.deals_index)[
                    "aggregations"
                ]["b"]
                out.buckets += [
                    DealBucket(
                        currency="VND≈" if vnd else b["key"]["currency"],
                        month=b["key"]["month"],
                        province=b["key"]["province"],
                        amount=b["sum"]["value"],
                        deals=b["doc_count"],
                    )
                    for b in agg["buckets"]
                ]
                after = agg.get("after_key")
                if len(agg["buckets"]) < page or not after:
                    break  # a short page is the last: no request for an empty one
        return out

    def deal(self, deal_id: str) -> DealRecord | None:
        if not deal_id.strip() or not self._deals_ready():
            return None
        found = self.client.get(self.deals_index, deal_id.strip(), ["record"])
        return DealRecord.model_validate(found["_source"]["record"]) if found else None

    def count(self) -> int:
        return self.client.count(self.names.docs)

    def iter_documents(self) -> Iterator[IndexedDocument]:
        for hit in self._scan(self.names.docs, ["record"]):
            yield documents.from_source(hit["_source"])

    def reindex(self, progress: Callable[[int, int], None] | None = None, *, deals: bool = False) -> int:
        """Copy every document into a new index (fields recomputed from `record` with today's rules and
        mapping), switch the alias to it in one `_aliases` request, then delete the old index. Searches
        never see a missing or half-built index; documents written meanwhile are copied after the switch,
        except over what a writer stored in the new index since the switch (`_catch_up`).

        What "written meanwhile" means is read from the server, not from a clock: each shard's highest
        sequence number before the copy starts; every later write (new version or URL) has a higher one."""
        if self.read_only:
            raise PermissionError("store opened read-only")
        del deals  # the deal indices are merged again on every reindex (`rebuild_deals` below)
        alias = self.names.docs
        old = self._alias_indices(alias)
        total = self.count() if old else 0
        marks = self.client.max_seq_nos(",".join(old)) if old else {}
        if old:
            self.client.refresh(",".join(old))  # every operation up to the marks is visible to the copy
        new = self._create(alias, mapping.docs_mappings(), with_alias=False)
        try:
            done = self._copy(old, new, None, total, progress)
            self.client.refresh(new)
            self.client.update_aliases(mapping.swap_actions(alias, new, old))
        except BaseException:
            self.client.delete_indices([new])
            raise
        if old:  # documents written to the old index while the new one was built
            self.client.refresh(",".join(old))
            self._catch_up(marks, new)
            self.client.refresh(new)
            self.client.delete_indices(old)
        self.rebuild_deals()
        if progress is not None:
            progress(done, done)
        return done

    def _copy(
        self,
        old: list[str],
        new: str,
        query: dict[str, Any] | None,
        total: int,
        progress: Callable[[int, int], None] | None,
    ) -> int:
        done = 0

        def actions() -> Iterator[dict[str, Any]]:
            nonlocal done
            for index in old:
                for hit in self._scan(index, ["record", "urls", "stored_at"], query):
                    src = hit["_source"]
                    doc = documents.from_source(src)
                    stored_at = src.get("stored_at") or utc_now()
                    urls = src.get("urls") or []
                    yield {
                        "_op_type": "index",
                        "_index": new,
                        "_id": doc.id,
                        "_source": documents.to_source(doc, urls=urls, stored_at=stored_at, copy_of=new),
                    }
                    done += 1
                    if progress is not None and done % BULK_CHUNK == 0:
                        progress(done, total)

        self._bulk(actions())
        return done

    def _catch_up(self, marks: dict[tuple[str, int], int], new: str) -> int:
        """Copy into `new` what was written to the old indices after `marks` (each shard's highest sequence
        number before the copy), keeping what writers stored in `new` since the switch
        (`plan.catchup_actions`); ids a writer changed between read and write (409) are read and planned
        again, at most CONFLICT_ROUNDS times. Returns the number of documents written."""
        copies: dict[str, Copied] = {}
        for (index, shard), mark in sorted(marks.items()):
            query = {"range": {"_seq_no": {"gt": mark}}}
            for hit in self._scan(index, ["record", "urls", "stored_at"], query, f"_shards:{shard}"):
                src = hit["_source"]
                doc = documents.from_source(src)
                copies[doc.id] = Copied(doc, list(src.get("urls") or []), src.get("stored_at") or utc_now())
        copy_source = partial(_source, copy_of=new)
        pending, written, skipped = list(copies.values()), 0, 0
        for _ in range(CONFLICT_ROUNDS):
            if not pending:
                break
            existing = self._existing([c.doc.id for c in pending], index=new)
            actions, kept = catchup_actions(pending, existing, new, copy_source)
            conflicts = self._bulk(actions)
            written += len(actions) - len(conflicts)
            skipped += len(kept)
            pending = [c for c in pending if c.doc.id in conflicts]
        if pending:
            raise ElasticError(f"reindex catch-up: {len(pending)} document(s) kept changing under writers")
        if skipped:
            log.info("reindex catch-up: %d document(s) kept as written after the switch", skipped)
        return written

    # -- ChangeFeed (search/store.py) ------------------------------------------------------------------
    # The engine numbers every write of a shard itself (`_seq_no`, in the same operation as the document),
    # so the feed is read from the server: change n is the document written with `_seq_no` n - 1 (0 means
    # none, as in the protocol). One shard gives one sequence; an index of several shards has no single
    # order, and then `change_log_id` is "" (no feed: alerts fall back to the ids a run hands over).

    def _feed(self) -> tuple[str, int, int] | None:
        """(the concrete index, its highest `_seq_no`, its global checkpoint) when the alias holds one
        index of one shard, read in one stats request; else None (no single order, no feed)."""
        names = self._alias_indices(self.names.docs)
        if len(names) != 1:
            return None
        highest, checkpoints = self.client.seq_no_stats(names[0])
        if {shard for (_, shard) in checkpoints} != {0}:
            return None
        return names[0], highest[(names[0], 0)], checkpoints[(names[0], 0)]

    def change_log_id(self) -> str:
        """The concrete index behind the alias: a reindex builds a new index, hence a new sequence."""
        feed = self._feed()
        return feed[0] if feed else ""

    def last_change(self) -> int:
        feed = self._feed()
        return feed[1] + 1 if feed else 0

    def changes_since(self, after: int, limit: int = 1000) -> list[tuple[int, str]]:
        """Documents whose latest write has `_seq_no` >= `after`, lowest first, up to the global checkpoint
        read before a refresh: a write still in flight on a copy (a higher number can be searchable
        before a lower one) is left for the next call instead of being skipped for good."""
        feed = self._feed()
        if feed is None or limit <= 0:
            return []
        index, _, upto = feed
        if upto < after:
            return []
        self.client.refresh(index)
        body = {
            "query": {"range": {"_seq_no": {"gte": after, "lte": upto}}},
            "size": limit,
            "sort": [{"_seq_no": "asc"}],
            "seq_no_primary_term": True,
            "_source": False,
        }
        hits = self._search(body, index)["hits"]["hits"]
        return [(int(h["_seq_no"]) + 1, str(h["_id"])) for h in hits]

    def close(self) -> None:
        if self._owns_client:
            self.client.close()

    def __enter__(self) -> ElasticStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- extras (not in the protocol) ----------------------------------------------------------------

    def versions(self, doc_id: str) -> list[IndexedDocument]:
        """Every stored version of a document, oldest first, the current one last."""
        body = {"query": {"term": {"id": doc_id}}, "size": 10_000, "sort": [{"version": "asc"}]}
        hits = self._search({**body, "_source": ["record"]}, self.names.versions)["hits"]["hits"]
        current = self.get(doc_id)
        return [documents.from_source(h["_source"]) for h in hits] + ([current] if current else [])


def _source(
    doc: IndexedDocument, urls: list[str], stored_at: str, copy_of: str | None = None
) -> dict[str, Any]:
    return documents.to_source(doc, urls=urls, stored_at=stored_at, copy_of=copy_of)


def _one_line(error: object) -> str:
    """An error (exception, or a bulk item's error object) as one short line."""
    if isinstance(error, dict):
        reason = error.get("reason") or ""
        cause = (error.get("caused_by") or {}).get("reason")
        text = f"{error.get('type', 'error')}: {reason}" + (f" ({cause})" if cause else "")
    else:
        text = str(error)
    return " ".join(text.split())[:300]


def _own_writes(
    plan: PutPlan, existing: dict[str, Stored], tried: dict[str, tuple[str, IndexedDocument]]
) -> None:
    """Keep the outcome of ids this call already wrote in an earlier round whose answer was lost (a retried
    bulk chunk gets 409 for them): found written as planned, they are new/changed, not unchanged. Then
    record what this round plans to write."""
    for doc_id in list(plan.unchanged):
        earlier = tried.get(doc_id)
        if earlier is not None and doc_id in existing and existing[doc_id].doc == earlier[1]:
            plan.unchanged.remove(doc_id)
            getattr(plan, earlier[0]).append(doc_id)
    for bucket in ("new", "changed"):
        for doc_id in getattr(plan, bucket):
            write = plan.writes.get(doc_id)
            if write is not None and doc_id not in tried:
                tried[doc_id] = (bucket, write.doc)


def _merge(result: PutResult, plan: PutPlan, conflicts: set[str]) -> None:
    """Add the plan's outcome to `result`, leaving out ids refused with 409 (they are planned again)."""
    for name in ("new", "changed", "unchanged"):
        bucket = getattr(result, name)
        bucket.extend(i for i in getattr(plan, name) if i not in conflicts and i not in bucket)
