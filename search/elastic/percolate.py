"""Saved searches as percolator queries: which new documents can match which saved search, in one request.

Alert evaluation (`ElasticStore.match_batch`) asks, for a batch of new documents, the hits of every saved
search. Running every saved search over the batch costs one search per saved search; the percolator turns
it around: each saved search is stored once, as its query, in `<prefix>-searches` (a `percolator` field
next to the documents index's own mapping and analysis), and one `percolate` request with the batch's
documents returns the saved searches that match, with the documents each one matched
(`_percolator_document_slot`). Only those run afterwards (restricted to those documents) for hits, scores
and highlights, so the hits are exactly what the searches give.

A saved search is stored under a key computed from its query (`query_key`): the index follows the saved
searches without being told (a new or edited search gets a new key, registered before it is percolated),
and the percolate request names the keys it wants, so a deleted search is never matched again. The
search's own `ids` restriction is applied after percolation, in Python (it is not part of the stored query).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from search.elastic import mapping, queries
from search.records import SearchQuery

PERCOLATE_DOCS = 200  # documents per percolate request
PERCOLATE_KEYS = 5000  # saved searches per percolate request (hits: at most one per search)
REGISTER_BATCH = 1000


def query_key(q: SearchQuery) -> str:
    """A stable key of what a saved search matches (text and filters; paging, sort, facets, ids left out).

    >>> query_key(SearchQuery(text="thép", limit=5)) == query_key(SearchQuery(text="thép", facets=[]))
    True
    >>> query_key(SearchQuery(text="thép")) == query_key(SearchQuery(text="thép", province="Hà Nội"))
    False
    """
    what = q.model_dump(mode="json", exclude={"limit", "offset", "sort", "facets", "ids"})
    return hashlib.sha256(json.dumps(what, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:24]


def stored_query(q: SearchQuery) -> dict[str, Any]:
    """The query stored for a saved search: its text clauses and filters, without its own ids.

    >>> stored_query(SearchQuery(text="thép", ids=["a"]))["bool"]["must"][0]["bool"]["should"][0]
    {'match_phrase': {'title': {'query': 'thép', 'boost': 2.0}}}
    """
    return queries.bool_query(q.model_copy(update={"ids": None}))


def searches_mappings() -> dict[str, Any]:
    """The documents index's fields (a percolated query is parsed against them), plus the key and query."""
    docs = mapping.docs_mappings()
    return {
        **docs,
        "properties": {**docs["properties"], "key": mapping.KEYWORD, "query": {"type": "percolator"}},
    }


def document_fields() -> list[str]:
    """The `_source` fields a percolated document needs: everything indexed (not the stored record)."""
    return [f for f in mapping.docs_mappings()["properties"] if f != "record"]


def percolate_body(keys: list[str], sources: list[dict[str, Any]]) -> dict[str, Any]:
    """One percolate request: the saved searches `keys` against the documents `sources` (slots in order).

    >>> body = percolate_body(["k1"], [{"title": "a"}])
    >>> body["query"]["bool"]["filter"][0], body["query"]["bool"]["must"][0]["percolate"]["field"]
    ({'terms': {'key': ['k1']}}, 'query')
    """
    return {
        "query": {
            "bool": {
                "filter": [{"terms": {"key": keys}}],
                "must": [{"percolate": {"field": "query", "documents": sources}}],
            }
        },
        "size": len(keys),
        "_source": ["key"],
    }


def slots_by_key(response: dict[str, Any], ids: list[str]) -> dict[str, set[str]]:
    """{saved search key: ids of the documents it matched} from a percolate response over `ids` (slots).

    >>> hit = {"_source": {"key": "k"}, "fields": {"_percolator_document_slot": [0, 2]}}
    >>> sorted(slots_by_key({"hits": {"hits": [hit]}}, ["a", "b", "c"])["k"])
    ['a', 'c']
    """
    out: dict[str, set[str]] = {}
    for hit in response["hits"]["hits"]:
        slots = hit.get("fields", {}).get("_percolator_document_slot", [0])
        out.setdefault(hit["_source"]["key"], set()).update(ids[s] for s in slots)
    return out
