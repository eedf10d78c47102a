"""Deal records on the search engine: two plain indices next to the documents' aliases (pure functions:
mappings, sources and request bodies; the requests themselves are made by `ElasticStore`).

  <prefix>-deal-reports  one entry per report (`<document id>#<n>`): its merge key, day, the columns
                         `search.deal_merge.plan_merge` reads, the record it is in (`deal_id`) and the
                         report itself (JSON, not indexed)
  <prefix>-deals         one entry per deal record: the filterable fields and the record (not indexed)

One entry per report with its day lets a write read only the reports from the window before its earliest
change (`plan_merge`'s `since`), as the embedded store's `deal_reports` rows do.

The same reports, merge (`search.deal_merge.merge_reports`) and filters as the embedded store's SQL
(search/embedded/deals.py): firm words match a party's folded name between spaces (`wildcard` on a
keyword, as SQL's LIKE), a counterparty another party of the same deal (`party_pairs`), the chart and
totals are aggregations over every matching deal.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from search.deal_merge import MERGE_RULES, cutoff, merge_key, order_key, rules_fingerprint
from search.fx import rates_fingerprint, vnd_floors
from search.lookups import wanted_provinces
from search.query import fold_key
from search.records import DealRecord, DealReport, DealsQuery

DEALS_SCHEMA = 4  # 2: amount_vnd from sourced rates; 3: members, rank; 4: one entry per report, with its day
MAX_WINDOW = 1_000_000  # deepest page of the deals table (from + size); exports read by search_after
PAIR = "\u0001"  # between the two names of an ordered pair of parties
SORT = [{"announced": "desc"}, {"id": "desc"}]
KEYWORD = {"type": "keyword"}


def fingerprint(rules: dict = MERGE_RULES) -> str:
    """Schema, merge rules and rate file: a change of any rebuilds the deal indices (records keep
    amount_vnd)."""
    return f"{DEALS_SCHEMA}:{rules_fingerprint(rules)}:{rates_fingerprint()}"


def reports_body(rules: dict = MERGE_RULES) -> dict[str, Any]:
    return {
        "settings": {"number_of_shards": 1},
        "mappings": {
            "dynamic": "strict",
            "_meta": {"cnht_deals": fingerprint(rules)},
            "properties": {
                "id": KEYWORD,  # "<document id>#<n>"
                "document_id": KEYWORD,
                "n": {"type": "integer"},
                "merge_key": KEYWORD,
                "day": KEYWORD,  # YYYY-MM-DD, "" when undated
                "deal_id": KEYWORD,  # the record it is in; none: not merged yet, or a repeat left out
                # what `plan_merge` reads of a report, and the report's identity (`report_digest`)
                "ord": {"type": "keyword", "index": False},
                "province": {"type": "keyword", "index": False},
                "sent": {"type": "keyword", "index": False},
                "digest": {"type": "keyword", "index": False},
                "report": {"type": "object", "enabled": False},
            },
        },
    }


def deals_body(rules: dict = MERGE_RULES) -> dict[str, Any]:
    return {
        "settings": {"number_of_shards": 1, "max_result_window": MAX_WINDOW},
        "mappings": {
            "dynamic": "strict",
            "_meta": {"cnht_deals": fingerprint(rules)},
            "properties": {
                "id": KEYWORD,
                "merge_key": KEYWORD,
                "kind": KEYWORD,
                "kind_group": KEYWORD,
                "kinds": KEYWORD,
                "announced": KEYWORD,  # YYYY-MM-DD, "" when unknown (sorts last)
                "day": {"type": "date", "format": "yyyy-MM-dd"},
                "month": KEYWORD,
                "province": KEYWORD,
                "province_keys": KEYWORD,
                "amount": {"type": "double"},
                "currency": KEYWORD,
                "amount_vnd": {"type": "double"},
                "status": KEYWORD,
                "parties": {"type": "integer"},
                "party_names": KEYWORD,  # " folded name "
                "party_pairs": KEYWORD,  # " a " PAIR " b " for every ordered pair of two parties
                "documents": KEYWORD,
                "reports": {"type": "integer"},
                "record": {"type": "object", "enabled": False},
                # for `search.deal_merge.plan_merge`: creation order in its merge key, province from its
                # dated reports; read back, never searched
                "rank": {"type": "integer", "index": False},
                "dated_province": {"type": "keyword", "index": False, "doc_values": False},
            },
        },
    }


def report_digest(raw: dict[str, Any]) -> str:
    """A report's identity for the merge: its content (a report written again unchanged keeps it)."""
    return hashlib.blake2b(json.dumps(raw, sort_keys=True).encode(), digest_size=10).hexdigest()


def entry_id(doc_id: str, n: int) -> str:
    """The reports index's id of a document's `n`th report."""
    return f"{doc_id}#{n}"


def report_sources(doc_id: str, reports: list[DealReport], rules: dict = MERGE_RULES) -> list[dict[str, Any]]:
    """The entries of one document's reports (no record yet: `deal_id` is set once they are merged)."""
    out = []
    for n, r in enumerate(reports):
        raw = r.model_dump(mode="json")
        out.append(
            {
                "id": entry_id(doc_id, n),
                "document_id": doc_id,
                "n": n,
                "merge_key": merge_key(r, rules),
                "day": r.day,
                "deal_id": None,
                "ord": order_key(r),
                "province": r.province,
                "sent": hashlib.blake2b(r.sentence.encode(), digest_size=8).hexdigest(),
                "digest": report_digest(raw),
                "report": raw,
            }
        )
    return out


LIGHT = ["id", "document_id", "merge_key", "day", "ord", "province", "sent", "deal_id"]


def rows_query(key: str, since: str | None) -> dict[str, Any]:
    """The entries `plan_merge` needs of `key` (its docstring): every one when `since` is None, else those
    of day >= `cutoff(since)` and the undated ones (their documents' older dated ones: `older_query`)."""
    if since is None:
        return {"term": {"merge_key": key}}
    low = cutoff(since)
    return {
        "bool": {
            "filter": [{"term": {"merge_key": key}}],
            "should": [{"range": {"day": {"gte": low}}}, {"term": {"day": ""}}],
            "minimum_should_match": 1,
        }
    }


def older_query(key: str, since: str, documents: list[str]) -> dict[str, Any]:
    """The dated entries before `cutoff(since)` of `key` in these documents (a repeat counts once)."""
    return {
        "bool": {
            "filter": [
                {"term": {"merge_key": key}},
                {"terms": {"document_id": documents}},
                {"range": {"day": {"gt": "", "lt": cutoff(since)}}},
            ]
        }
    }


def deal_source(
    r: DealRecord,
    rules: dict = MERGE_RULES,
    rank: int | None = None,
    dated_province: str | None = None,
) -> dict[str, Any]:
    key = merge_key(r.reports[0], rules)
    first = r.announced_amount
    names = [f" {fold_key(p.name)} " for p in r.parties]
    return {
        "id": r.id,
        "merge_key": key,
        "kind": r.kind,
        "kind_group": key.split("|")[0],
        "kinds": r.kinds,
        "announced": r.date or "",
        "day": r.date or None,
        "month": (r.date or "")[:7],
        "province": r.province,
        "province_keys": r.province_keys,
        "amount": float(first.value) if first else None,
        "currency": first.currency if first else None,
        "amount_vnd": r.amount_vnd,
        "status": r.status,
        "parties": len(r.parties),
        "party_names": names,
        "party_pairs": [a + PAIR + b for i, a in enumerate(names) for j, b in enumerate(names) if i != j],
        "documents": list(dict.fromkeys(rep.document_id for rep in r.reports)),
        "reports": len(r.reports),
        "record": r.model_dump(mode="json"),
        "rank": rank,
        "dated_province": dated_province,
    }


def _like(words: str) -> str:
    """A wildcard pattern for a folded name containing these words next to each other."""
    escaped = fold_key(words).replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")
    return f"* {escaped} *"


def filters(q: DealsQuery) -> list[dict[str, Any]]:
    """The conditions of `q` on the deals index (as search/embedded/deals.py `_where`)."""
    out: list[dict[str, Any]] = []
    if q.kind:
        out.append({"bool": {"should": [{"term": {"kind_group": q.kind}}, {"term": {"kinds": q.kind}}]}})
    firm = fold_key(q.firm) if q.firm else ""
    other = fold_key(q.counterparty) if q.counterparty else ""
    if firm and other:
        pattern = _like(firm) + PAIR + _like(other)
        out.append({"wildcard": {"party_pairs": {"value": pattern}}})
    elif firm or other:
        out.append({"wildcard": {"party_names": {"value": _like(firm or other)}}})
        if other:
            out.append({"range": {"parties": {"gte": 2}}})
    elif q.firm or q.counterparty:
        out.append({"bool": {"must_not": [{"match_all": {}}]}})
    if q.party is not None:
        out.append({"term": {"party_names": f" {fold_key(q.party) or PAIR} "}})  # PAIR: in no name
    if q.province:
        keys = sorted(wanted_provinces(q.province))
        out.append(
            {"terms": {"province_keys": keys}} if keys else {"bool": {"must_not": [{"match_all": {}}]}}
        )
    if q.min_amount is not None:
        out.append(minimum_filter(q.min_amount, q.currency))
    if q.min_vnd is not None:
        out.append({"range": {"amount_vnd": {"gte": q.min_vnd}}})
    if q.since:
        out.append({"range": {"announced": {"gte": q.since.isoformat()}}})
    if q.until:
        out.append({"range": {"announced": {"gt": "", "lte": q.until.isoformat()}}})
    return out


def minimum_filter(minimum: float, currency: str) -> dict[str, Any]:
    """`search.fx.meets_minimum` on deal records: the deals in `currency` whose amount is at least
    `minimum`, or the deals of a year with a sourced rate whose VND equivalent (at that year's rate) is at
    least the minimum's (`search.fx.vnd_floors`): one OR of a clause per year. A deal of a year without a
    rate, or without a date, meets it only in the minimum's own currency.

    >>> f = minimum_filter(500e6, "usd")["bool"]
    >>> f["should"][0]["bool"]["filter"], f["minimum_should_match"]
    ([{'term': {'currency': 'USD'}}, {'range': {'amount': {'gte': 500000000.0}}}], 1)
    >>> f["should"][1]["bool"]["filter"]
    [{'prefix': {'announced': '2010-'}}, {'range': {'amount_vnd': {'gte': 9306460000000.0}}}]
    """
    code = currency.upper()
    should: list[dict[str, Any]] = [
        {"bool": {"filter": [{"term": {"currency": code}}, {"range": {"amount": {"gte": minimum}}}]}}
    ]
    for year, floor in vnd_floors(minimum, code).items():
        in_year = [{"prefix": {"announced": f"{year}-"}}, {"range": {"amount_vnd": {"gte": floor}}}]
        should.append({"bool": {"filter": in_year}})
    return {"bool": {"should": should, "minimum_should_match": 1}}


def query(q: DealsQuery, *extra: dict[str, Any]) -> dict[str, Any]:
    return {"bool": {"filter": [*filters(q), *extra]}}


REVERSE_AFTER = 1_000  # pages from this offset on may be read from the other end (`page_body`)


def page_body(q: DealsQuery, total: int | None = None) -> tuple[dict[str, Any], bool]:
    """The request of one page, and whether its hits come in reverse order. Given the `total` of matching
    deals, a page in the far half is read from the other end (the same sort reversed, from the end), so the
    engine collects at most half the deals rather than `offset + limit` of them: the last page of 50,000
    deals costs what the first does. The sort is a total order (the id breaks ties), so both ways agree.

    >>> body, back = page_body(DealsQuery(offset=49_950, limit=50), total=50_000)
    >>> back, body["from"], body["size"], body["sort"][0]
    (True, 0, 50, {'announced': 'asc'})
    >>> page_body(DealsQuery(offset=100, limit=50), total=50_000)[0]["from"]
    100
    """
    offset, limit = max(q.offset, 0), max(q.limit, 0)
    body: dict[str, Any] = {"query": query(q), "track_total_hits": True, "_source": ["record"]}
    if total is not None and offset + limit > total - offset:
        end = min(offset + limit, total)
        flipped = [{k: "asc" if v == "desc" else "desc" for k, v in key.items()} for key in SORT]
        return {**body, "from": total - end, "size": max(end - offset, 0), "sort": flipped}, True
    return {**body, "from": offset, "size": limit, "sort": SORT}, False


def stats_body(q: DealsQuery) -> dict[str, Any]:
    return {
        "query": query(q),
        "size": 0,
        "track_total_hits": True,
        "aggs": {
            "with_amount": {"value_count": {"field": "amount"}},
            "first": {"min": {"field": "day", "format": "yyyy-MM-dd"}},
            "last": {"max": {"field": "day", "format": "yyyy-MM-dd"}},
            "totals": {
                "terms": {"field": "currency", "size": 1000},
                "aggs": {"sum": {"sum": {"field": "amount"}}},
            },
        },
    }


BUCKETS_PAGE = 10_000  # composite buckets a request (84 months x 35 provinces x 3 currencies: one or two)


def buckets_body(
    q: DealsQuery, vnd: bool, after: dict[str, Any] | None, size: int = BUCKETS_PAGE
) -> dict[str, Any]:
    """One page of (currency,) month, province buckets with their sums (composite aggregation); a page of
    fewer than `size` buckets is the last (under the engine's search.max_buckets, 65,535)."""
    value = "amount_vnd" if vnd else "amount"
    sources: list[dict[str, Any]] = [] if vnd else [{"currency": {"terms": {"field": "currency"}}}]
    sources += [
        {"month": {"terms": {"field": "month"}}},
        {"province": {"terms": {"field": "province", "missing_bucket": True}}},
    ]
    composite: dict[str, Any] = {"size": size, "sources": sources}
    if after:
        composite["after"] = after
    extra = [{"exists": {"field": value}}, {"range": {"month": {"gt": ""}}}]
    if not vnd:
        extra.append({"exists": {"field": "currency"}})
    return {
        "query": query(q, *extra),
        "size": 0,
        "aggs": {"b": {"composite": composite, "aggs": {"sum": {"sum": {"field": value}}}}},
    }
