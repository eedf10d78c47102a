"""Index settings, mappings, names and alias actions of the Elasticsearch backend (pure functions).

Two indices per deployment, each behind an alias so it can be rebuilt without downtime:
  <prefix>-docs      -> <prefix>-docs-<UTC timestamp>      current documents (search, facets, lookups)
  <prefix>-versions  -> <prefix>-versions-<UTC timestamp>  superseded versions (store of record history)

Text analysis (`analysis`):
  vi_fold   standard (or icu_tokenizer) -> lowercase -> asciifolding: "Quyết định" -> quyet, dinh;
            asciifolding folds đ/Đ (and Ð, U+00D0) to d, so "dong" finds "đồng".
  vi_exact  the same tokenizer -> lowercase, accents kept: the `.exact` sub-fields, boosted at query
            time so a query typed with accents ranks documents with those accents first.
Text is NFC-normalised in Python before indexing (and query text by search.query.parse_query), so
NFD input folds like NFC without the analysis-icu plugin's normalizer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

SCHEMA_VERSION = 2  # bump when mappings, analysis or indexed fields change: the backend then reindexes
FOLD_ANALYZER = "vi_fold"
EXACT_ANALYZER = "vi_exact"
MAX_TOKEN_CHARS = 100  # as search.query.MAX_TOKEN_CHARS: longer tokens are dropped


def analysis(*, icu: bool = False) -> dict[str, Any]:
    """The analysis settings. `icu=True` needs the analysis-icu plugin on every node.

    >>> a = analysis()
    >>> a["analyzer"]["vi_fold"]["filter"]
    ['lowercase', 'asciifolding', 'vi_max_length']
    >>> a["analyzer"]["vi_exact"]["filter"], a["analyzer"]["vi_fold"]["tokenizer"]
    (['lowercase', 'vi_max_length'], 'standard')
    >>> analysis(icu=True)["analyzer"]["vi_fold"]["tokenizer"]
    'icu_tokenizer'
    """
    tokenizer = "icu_tokenizer" if icu else "standard"
    length = {"type": "length", "max": MAX_TOKEN_CHARS}
    return {
        "filter": {"vi_max_length": length},
        "analyzer": {
            FOLD_ANALYZER: {
                "type": "custom",
                "tokenizer": tokenizer,
                "filter": ["lowercase", "asciifolding", "vi_max_length"],
            },
            EXACT_ANALYZER: {
                "type": "custom",
                "tokenizer": tokenizer,
                "filter": ["lowercase", "vi_max_length"],
            },
        },
    }


def _text(*, exact: bool = False, keyword: str | None = None) -> dict[str, Any]:
    """A folded text field, with an unfolded `.exact` sub-field and/or a keyword sub-field for facets."""
    field: dict[str, Any] = {"type": "text", "analyzer": FOLD_ANALYZER}
    subs: dict[str, Any] = {}
    if exact:
        subs["exact"] = {"type": "text", "analyzer": EXACT_ANALYZER}
    if keyword:
        subs[keyword] = {"type": "keyword", "ignore_above": 1024}
    if subs:
        field["fields"] = subs
    return field


KEYWORD = {"type": "keyword"}
NOT_INDEXED_KEYWORD = {"type": "keyword", "index": False, "doc_values": False}


def docs_mappings() -> dict[str, Any]:
    """Mappings of the documents index. `record` holds the whole IndexedDocument, stored, not indexed.

    >>> m = docs_mappings()["properties"]
    >>> m["title"]["fields"]["exact"]["analyzer"], m["text"]["analyzer"]
    ('vi_exact', 'vi_fold')
    >>> m["money"]["type"], m["published"]["type"], m["record"]["enabled"], "deals" in m
    ('nested', 'date', False, False)
    >>> [m[k]["type"] for k in ("decision_number", "province", "province_name", "source", "kind")]
    ['keyword', 'keyword', 'keyword', 'keyword', 'keyword']
    """
    return {
        "dynamic": "strict",
        "_meta": {"cnht_schema": SCHEMA_VERSION},
        "properties": {
            "id": KEYWORD,
            "url": NOT_INDEXED_KEYWORD,
            "urls": KEYWORD,  # every URL the document was seen under (get by URL)
            "kind": KEYWORD,
            "source": KEYWORD,
            "title": _text(exact=True),
            "lead": _text(),
            "text": _text(exact=True),
            "attachments": _text(exact=True),  # text of a decision's PDF/DOCX attachments
            "published": {"type": "date", "format": "strict_date_optional_time"},
            "published_raw": NOT_INDEXED_KEYWORD,
            "year": KEYWORD,
            "month": KEYWORD,
            "province": KEYWORD,  # folded keys of every name, old and current ("hai duong", "hai phong")
            "province_name": KEYWORD,  # the names as given (facet, hits)
            "decision_number": KEYWORD,  # full keys of every number cited or own ("26/2023/qd-ubnd")
            "decision_partial": KEYWORD,  # number/year/type keys ("26/2023/qd") for lookups without issuer
            "decision_own": KEYWORD,  # full and partial keys of the document's own number
            "issuer": _text(keyword="name"),
            "doc_type": KEYWORD,  # folded key: "quyet dinh"
            "doc_type_name": KEYWORD,
            "firm": _text(keyword="name"),  # firm names and deal parties; phrases do not span two names
            "money": {
                "type": "nested",
                "properties": {"amount": {"type": "double"}, "currency": KEYWORD},
            },
            "amount_bucket": KEYWORD,
            # no `deals`: deal records live in their own indices (search/elastic/deals.py); an index made
            # before keeps the unused nested mapping until its next reindex (documents no longer carry it)
            "content_hash": KEYWORD,
            "version": {"type": "integer"},
            "fetched_at": NOT_INDEXED_KEYWORD,
            "stored_at": {"type": "date", "format": "strict_date_optional_time"},
            "reindex_copy": NOT_INDEXED_KEYWORD,  # set by a reindex's copies, never by a writer
            "record": {"type": "object", "enabled": False},
        },
    }


def versions_mappings() -> dict[str, Any]:
    """Superseded versions: looked up by document id, ordered by version; the record is not indexed."""
    return {
        "dynamic": "strict",
        "_meta": {"cnht_schema": SCHEMA_VERSION},
        "properties": {
            "id": KEYWORD,
            "version": {"type": "integer"},
            "content_hash": KEYWORD,
            "superseded_at": {"type": "date", "format": "strict_date_optional_time"},
            "record": {"type": "object", "enabled": False},
        },
    }


def index_body(
    mappings: dict[str, Any], *, icu: bool = False, shards: int = 1, replicas: int | None = None
) -> dict[str, Any]:
    """Keyword arguments of `indices.create` (settings and mappings) for a new concrete index.

    One shard by default: BM25 statistics are then exact, which keeps ranking (exact accents first)
    the same as the embedded backend's; use more shards beyond some tens of millions of documents.
    """
    settings: dict[str, Any] = {"number_of_shards": shards, "analysis": analysis(icu=icu)}
    if replicas is not None:
        settings["number_of_replicas"] = replicas
    return {"settings": settings, "mappings": mappings}


def concrete_name(alias: str, now: dt.datetime | None = None) -> str:
    """A new concrete index behind `alias`: the alias plus a UTC timestamp (sortable, lower case).

    >>> concrete_name("cnht-docs", dt.datetime(2026, 11, 23, 7, 5, 9, 123456, tzinfo=dt.UTC))
    'cnht-docs-20261123t070509123456'
    """
    now = now or dt.datetime.now(dt.UTC)
    return f"{alias}-{now.astimezone(dt.UTC).strftime('%Y%m%dt%H%M%S%f')}"


def swap_actions(alias: str, new_index: str, old_indices: list[str]) -> list[dict[str, Any]]:
    """`indices.update_aliases` actions moving `alias` to `new_index` in one atomic step.

    >>> swap_actions("cnht-docs", "cnht-docs-2", ["cnht-docs-1"])
    [{'add': {'index': 'cnht-docs-2', 'alias': 'cnht-docs', 'is_write_index': True}}, \
{'remove': {'index': 'cnht-docs-1', 'alias': 'cnht-docs'}}]
    """
    actions: list[dict[str, Any]] = [{"add": {"index": new_index, "alias": alias, "is_write_index": True}}]
    actions += [{"remove": {"index": old, "alias": alias}} for old in old_indices if old != new_index]
    return actions


class IndexNames:
    """The aliases of one deployment: `prefix` lets tests (and several deployments) share a cluster."""

    def __init__(self, prefix: str = "cnht") -> None:
        if not prefix or prefix != prefix.lower() or prefix.startswith(("-", "_", "+")):
            raise ValueError(f"index prefix must be lower case and start with a letter or digit: {prefix!r}")
        self.prefix = prefix
        self.docs = f"{prefix}-docs"
        self.versions = f"{prefix}-versions"
        self.searches = f"{prefix}-searches"  # saved searches as percolator queries (alerts)
