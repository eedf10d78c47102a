"""Request bodies of the Elasticsearch backend, built from the shared query records (pure functions).

Full text: every positive clause of `search.query.parse_query` must match (AND); each clause is a
`match_phrase` (a single word is a one-word phrase) over the folded fields, plus the unfolded `.exact`
sub-fields as boosted alternatives, so matching ignores accents while exact accents rank first. A
negated clause goes to `must_not`. Filters go to `bool.filter` (no score). Facets are `terms`
aggregations named like the embedded backend's facets.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from search.elastic.documents import BATCH_HIT_FIELDS, HIT_FIELDS
from search.query import (
    Clause,
    any_of,
    decision_keys,
    fold_key,
    parse_query,
    province_keys,
    tokenize_folded,
)
from search.records import FacetName, SearchQuery

FOLDED_FIELDS = {"title": 2.0, "lead": 1.0, "text": 1.0, "attachments": 1.0}
EXACT_FIELDS = {"title.exact": 3.0, "text.exact": 1.5, "attachments.exact": 1.5}
FACET_FIELDS: dict[FacetName, tuple[str, int]] = {
    "kind": ("kind", 10),
    "province": ("province_name", 500),
    "source": ("source", 50),
    "year": ("year", 100),
    "month": ("month", 240),
    "issuer": ("issuer.name", 50),
    "doc_type": ("doc_type_name", 50),
    "firm": ("firm.name", 50),
    "amount": ("amount_bucket", 10),
}
MATCH_NONE: dict[str, Any] = {"match_none": {}}
MATCH_ALL: dict[str, Any] = {"match_all": {}}
VN_OFFSET = "+07:00"
DECISION_COPIES = 100  # documents being one decision (copies on several portals), at most


def _phrase(field: str, text: str, boost: float = 1.0) -> dict[str, Any]:
    body: dict[str, Any] = {"query": text}
    if boost != 1.0:
        body["boost"] = boost
    return {"match_phrase": {field: body}}


def clause_query(c: Clause, *, exact: bool = True) -> dict[str, Any]:
    """One clause: in any folded field (required), scoring more when also in an exact-accent field.

    >>> from search.query import parse_query
    >>> q = clause_query(parse_query("đồng").clauses[0])
    >>> q["bool"]["minimum_should_match"], [next(iter(s["match_phrase"])) for s in q["bool"]["should"]]
    (1, ['title', 'lead', 'text', 'attachments', 'title.exact', 'text.exact', 'attachments.exact'])
    >>> q["bool"]["should"][4]
    {'match_phrase': {'title.exact': {'query': 'đồng', 'boost': 3.0}}}
    """
    should = [_phrase(f, c.raw, b) for f, b in FOLDED_FIELDS.items()]
    if exact:
        should += [_phrase(f, c.raw, b) for f, b in EXACT_FIELDS.items()]
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _terms(field: str, values: list[str]) -> dict[str, Any]:
    return {"terms": {field: values}} if values else MATCH_NONE


def _one_of(field: str, values: list[str]) -> dict[str, Any]:
    """A keyword equal to one of `values` (a `term` query when there is one).

    >>> _one_of("year", ["2024"]), _one_of("year", ["2024", "2025"])
    ({'term': {'year': '2024'}}, {'terms': {'year': ['2024', '2025']}})
    """
    return {"term": {field: values[0]}} if len(values) == 1 else _terms(field, values)


def _words(field: str, words: str) -> dict[str, Any]:
    """The words next to each other in one value of a folded text field (a name); none: no match."""
    return _phrase(field, words) if tokenize_folded(words) else MATCH_NONE


def date_range(field: str, since: dt.date | None, until: dt.date | None) -> dict[str, Any]:
    """Whole Vietnamese calendar days: since 00:00 (+07:00) to the end of `until` (date math `||/d` rounds
    an inclusive upper bound up to the day's last millisecond; the day after would overflow 9999-12-31).

    >>> date_range("published", dt.date(2024, 5, 1), dt.date(9999, 12, 31))
    {'range': {'published': {'time_zone': '+07:00', 'gte': '2024-05-01', 'lte': '9999-12-31||/d'}}}
    """
    bounds: dict[str, Any] = {"time_zone": VN_OFFSET}
    if since:
        bounds["gte"] = since.isoformat()
    if until:
        bounds["lte"] = f"{until.isoformat()}||/d"
    return {"range": {field: bounds}}


def decision_query(number: str, *, own: bool = False) -> dict[str, Any]:
    """Documents citing or being `number` (any spelling); with `own`, only those being it.

    >>> decision_query("26/2023/qđ-ubnd"), decision_query("QĐ 26/2023")
    ({'term': {'decision_number': '26/2023/qd-ubnd'}}, {'term': {'decision_partial': '26/2023/qd'}})
    >>> decision_query("QĐ 26/2023", own=True), decision_query("hello")
    ({'term': {'decision_own': '26/2023/qd'}}, {'match_none': {}})
    """
    keys = decision_keys(number)
    key = keys.full or keys.partial
    if not key:
        return MATCH_NONE
    field = "decision_own" if own else ("decision_number" if keys.full else "decision_partial")
    return {"term": {field: key}}


def amount_query(low: float | None, high: float | None, currency: str) -> dict[str, Any]:
    """Some single amount of the document, in `currency`, within [low, high] (nested: same amount)."""
    bounds = {k: v for k, v in (("gte", low), ("lte", high)) if v is not None}
    return {
        "nested": {
            "path": "money",
            "query": {
                "bool": {
                    "filter": [
                        {"term": {"money.currency": currency.upper()}},
                        {"range": {"money.amount": bounds}},
                    ]
                }
            },
        }
    }


def filters(q: SearchQuery) -> list[dict[str, Any]]:
    """The query's filters as `bool.filter` clauses (all must hold).

    >>> filters(SearchQuery(province="tỉnh Hải Dương", kind="decision"))
    [{'terms': {'province': ['tinh hai duong', 'hai duong']}}, {'term': {'kind': 'decision'}}]
    >>> filters(SearchQuery(ids=[])), filters(SearchQuery(doc_type="Quyết định"))
    ([{'match_none': {}}], [{'term': {'doc_type': 'quyet dinh'}}])
    """
    out: list[dict[str, Any]] = []
    if q.province:
        out.append(_terms("province", province_keys(q.province)))
    if kinds := any_of(q.kind, q.kinds):
        out.append(_one_of("kind", kinds))
    if q.source:
        out.append({"term": {"source": q.source}})
    if q.since or q.until:
        out.append(date_range("published", q.since, q.until))
    if q.ids is not None:
        ids = list(dict.fromkeys(q.ids))
        out.append({"ids": {"values": ids}} if ids else MATCH_NONE)
    if years := any_of(q.year, q.years):
        out.append(_one_of("year", [f"{y:04d}" for y in years]))
    if q.month:
        out.append({"term": {"month": q.month}})
    if q.issuer:
        out.append(_words("issuer", q.issuer))
    if doc_types := any_of(q.doc_type, q.doc_types):
        out.append(_one_of("doc_type", [fold_key(t) for t in doc_types]))
    if q.firm:
        out.append(_words("firm", q.firm))
    if q.min_amount is not None or q.max_amount is not None:
        out.append(amount_query(q.min_amount, q.max_amount, q.currency))
    if q.decision:
        out.append(decision_query(q.decision))
    return out


def bool_query(q: SearchQuery) -> dict[str, Any]:
    """The whole query: text clauses (scored), filters, negated clauses."""
    parsed = parse_query(q.text)
    must = [clause_query(c) for c in parsed.must] or [MATCH_ALL]
    body: dict[str, Any] = {"must": must}
    fs = filters(q)
    if fs:
        body["filter"] = fs
    if parsed.must_not:
        body["must_not"] = [clause_query(c, exact=False) for c in parsed.must_not]
    return {"bool": body}


def facet_aggs(names: list[FacetName]) -> dict[str, Any]:
    """`terms` aggregations, one per asked facet, named as the facet.

    >>> facet_aggs(["province", "firm"])
    {'province': {'terms': {'field': 'province_name', 'size': 500}}, \
'firm': {'terms': {'field': 'firm.name', 'size': 50}}}
    """
    return {
        name: {"terms": {"field": FACET_FIELDS[name][0], "size": FACET_FIELDS[name][1]}} for name in names
    }


def facets_from(aggregations: dict[str, Any] | None, names: list[FacetName]) -> dict[str, dict[str, int]]:
    """{facet: {value: document count}} from the response's aggregations (empty when nothing matched).

    >>> facets_from({"kind": {"buckets": [{"key": "article", "doc_count": 2}]}}, ["kind", "province"])
    {'kind': {'article': 2}, 'province': {}}
    """
    aggs = aggregations or {}
    return {
        name: {str(b["key"]): int(b["doc_count"]) for b in aggs.get(name, {}).get("buckets", [])}
        for name in names
    }


DATE_SORT: list[Any] = [{"published": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]


def search_body(q: SearchQuery) -> dict[str, Any]:
    """The body of a search request: query, paging, sort, facets, the fields a hit needs."""
    names = list(dict.fromkeys(q.facets))
    body: dict[str, Any] = {
        "query": bool_query(q),
        "from": max(q.offset, 0),
        "size": max(q.limit, 0),
        "track_total_hits": True,
        "_source": HIT_FIELDS,
    }
    if q.sort == "date":
        body["sort"] = DATE_SORT
    if names:
        body["aggs"] = facet_aggs(names)
    return body


def batch_bodies(queries: list[SearchQuery], ids: list[str]) -> list[dict[str, Any] | None]:
    """One body per saved search restricted to `ids` (and to its own ids), or None when none is left.

    >>> batch_bodies([SearchQuery(text="thép"), SearchQuery(ids=["x"])], ["a", "b"])[1] is None
    True
    """
    out: list[dict[str, Any] | None] = []
    for q in queries:
        allowed = set(q.ids) if q.ids is not None else None
        wanted = [i for i in dict.fromkeys(ids) if allowed is None or i in allowed]
        if not wanted:
            out.append(None)
            continue
        restricted = q.model_copy(update={"ids": wanted, "limit": len(wanted), "offset": 0, "facets": []})
        body = search_body(restricted)
        body["track_total_hits"] = False
        body["_source"] = BATCH_HIT_FIELDS
        out.append(body)
    return out


def decision_bodies(number: str, limit: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """(documents being `number`, documents citing it but not being it), each newest first."""
    own = decision_query(number, own=True)
    being = {"query": own, "size": DECISION_COPIES, "sort": DATE_SORT, "_source": ["record"]}
    citing = {
        "query": {"bool": {"filter": [decision_query(number)], "must_not": [own]}},
        "size": max(limit, 0),
        "sort": DATE_SORT,
        "track_total_hits": True,
        "_source": ["record"],
    }
    return being, citing
