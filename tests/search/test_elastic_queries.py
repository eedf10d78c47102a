"""Elasticsearch request bodies built from the shared query records (no server needed)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from elasticsearch.dsl import Search

from search.elastic import deals as deal_index
from search.elastic import mapping, queries
from search.records import ALL_FACETS, DealsQuery, SearchQuery
from tests.search.test_elastic_mapping import field

LEAF_QUERIES = ("match_phrase", "term", "terms", "range")


def fields_queried(body: Any) -> Iterator[str]:
    """Every field a request body queries, sorts or aggregates on (nested paths included)."""
    if isinstance(body, list):
        for item in body:
            yield from fields_queried(item)
        return
    if not isinstance(body, dict):
        return
    for key, value in body.items():
        if key == "terms" and isinstance(value, dict) and "field" in value:  # an aggregation
            yield value["field"]
        elif key in LEAF_QUERIES and isinstance(value, dict):
            yield from (k for k in value if k not in ("time_zone", "boost"))
        elif key == "nested":
            yield value["path"]
            yield from fields_queried(value["query"])
        elif key == "sort":
            yield from (next(iter(s)) for s in value)
        else:
            yield from fields_queried(value)


def filter_of(**kw: Any) -> list[dict[str, Any]]:
    return queries.filters(SearchQuery(**kw))


# -- full text ---------------------------------------------------------------------------------------------


def test_every_word_must_match_and_negated_words_must_not() -> None:
    q = queries.bool_query(SearchQuery(text='công nghiệp "hỗ trợ" -thép'))["bool"]
    assert len(q["must"]) == 3  # AND: one required clause per word or phrase
    assert [c["bool"]["should"][0]["match_phrase"]["title"]["query"] for c in q["must"]] == [
        "công",
        "nghiệp",
        "hỗ trợ",
    ]
    (negated,) = q["must_not"]
    assert {next(iter(s["match_phrase"])) for s in negated["bool"]["should"]} == {
        "title",
        "lead",
        "text",
        "attachments",
    }


def test_a_clause_matches_on_folded_fields_and_ranks_exact_accents_higher() -> None:
    (clause,) = queries.bool_query(SearchQuery(text="đồng"))["bool"]["must"]
    should = {f: v for s in clause["bool"]["should"] for f, v in s["match_phrase"].items()}
    assert clause["bool"]["minimum_should_match"] == 1
    assert set(should) == {
        "title",
        "lead",
        "text",
        "attachments",
        "title.exact",
        "text.exact",
        "attachments.exact",
    }
    assert all(v["query"] == "đồng" for v in should.values())  # each field analyses it its own way
    assert should["title.exact"]["boost"] > should["title"]["boost"]
    assert should["text.exact"]["boost"] > should["text"].get("boost", 1.0)


def test_a_decision_number_typed_as_a_word_is_one_phrase() -> None:
    (clause,) = queries.bool_query(SearchQuery(text="26/2023/QĐ-UBND"))["bool"]["must"]
    assert clause["bool"]["should"][2] == {"match_phrase": {"text": {"query": "26/2023/QĐ-UBND"}}}


def test_empty_text_matches_everything_under_the_filters() -> None:
    q = queries.bool_query(SearchQuery(text="  ", kind="article"))["bool"]
    assert q["must"] == [{"match_all": {}}] and q["filter"] == [{"term": {"kind": "article"}}]


# -- filters -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Hải Dương", "hai duong", "HAI DUONG"])
def test_province_filter_uses_folded_keys(name: str) -> None:
    assert filter_of(province=name) == [{"terms": {"province": ["hai duong"]}}]


def test_province_filter_with_city_prefix_also_tries_the_bare_name() -> None:
    assert filter_of(province="Thành phố Hải Phòng") == [
        {"terms": {"province": ["thanh pho hai phong", "hai phong"]}}
    ]
    assert filter_of(province="!!") == [{"match_none": {}}]


def test_kind_source_year_month_doc_type_are_exact_terms() -> None:
    assert filter_of(kind="decision", source="moit", year=2024, month="2024-05", doc_type="Quyết Định") == [
        {"term": {"kind": "decision"}},
        {"term": {"source": "moit"}},
        {"term": {"year": "2024"}},
        {"term": {"month": "2024-05"}},
        {"term": {"doc_type": "quyet dinh"}},
    ]


def test_dates_are_whole_vietnamese_days() -> None:
    (only_since,) = filter_of(since=dt.date(2024, 5, 2))
    assert only_since == {"range": {"published": {"time_zone": "+07:00", "gte": "2024-05-02"}}}
    (only_until,) = filter_of(until=dt.date(2023, 12, 31))
    assert only_until == {"range": {"published": {"time_zone": "+07:00", "lte": "2023-12-31||/d"}}}


def test_ids_filter_and_an_empty_ids_list_matches_nothing() -> None:
    assert filter_of(ids=["a", "b", "a"]) == [{"ids": {"values": ["a", "b"]}}]
    assert filter_of(ids=[]) == [{"match_none": {}}]


def test_issuer_and_firm_are_phrases_within_one_name() -> None:
    assert filter_of(issuer="uy ban nhan dan tinh hai duong", firm="Alpha Việt") == [
        {"match_phrase": {"issuer": {"query": "uy ban nhan dan tinh hai duong"}}},
        {"match_phrase": {"firm": {"query": "Alpha Việt"}}},
    ]
    assert filter_of(firm="--") == [{"match_none": {}}]
    # "viet beta" must not match across two names: the mapping keeps the default position gap between values
    assert "position_increment_gap" not in field(mapping.docs_mappings(), "firm")


def test_amount_range_hits_one_amount_in_the_currency() -> None:
    (amount,) = filter_of(min_amount=12e9, max_amount=12e9)
    nested = amount["nested"]
    assert nested["path"] == "money"
    assert nested["query"]["bool"]["filter"] == [
        {"term": {"money.currency": "VND"}},
        {"range": {"money.amount": {"gte": 12e9, "lte": 12e9}}},
    ]
    (usd,) = filter_of(min_amount=1e6, currency="usd")
    assert usd["nested"]["query"]["bool"]["filter"][0] == {"term": {"money.currency": "USD"}}
    assert usd["nested"]["query"]["bool"]["filter"][1] == {"range": {"money.amount": {"gte": 1e6}}}


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("26/2023/QD-UBND", {"term": {"decision_number": "26/2023/qd-ubnd"}}),
        ("26/2023/qđ-ubnd", {"term": {"decision_number": "26/2023/qd-ubnd"}}),
        ("26/2023/QĐ - UBND", {"term": {"decision_number": "26/2023/qd-ubnd"}}),
        ("QĐ 26/2023", {"term": {"decision_partial": "26/2023/qd"}}),
        ("Quyết định số 26/2023", {"term": {"decision_partial": "26/2023/qd"}}),
        ("not a number", {"match_none": {}}),
    ],
)
def test_decision_filter_in_any_spelling(typed: str, expected: dict) -> None:
    assert filter_of(decision=typed) == [expected]


# -- sort, paging, facets ----------------------------------------------------------------------------------


def test_search_body_paging_total_and_sort() -> None:
    body = queries.search_body(SearchQuery(text="thép", limit=20, offset=40, sort="date"))
    assert body["from"] == 40 and body["size"] == 20 and body["track_total_hits"] is True
    assert body["sort"][0] == {"published": {"order": "desc", "missing": "_last"}}
    assert "sort" not in queries.search_body(SearchQuery(text="thép"))  # relevance: by _score
    assert "record" not in body["_source"]


def test_facets_are_named_like_the_embedded_backend_and_aggregate_keywords() -> None:
    body = queries.search_body(SearchQuery(facets=list(ALL_FACETS)))
    assert list(body["aggs"]) == list(ALL_FACETS)
    m = mapping.docs_mappings()
    for name, agg in body["aggs"].items():
        assert field(m, agg["terms"]["field"])["type"] == "keyword", name
    assert "aggs" not in queries.search_body(SearchQuery(facets=[]))


def test_facet_counts_from_aggregations() -> None:
    aggs = {
        "province": {"buckets": [{"key": "Hải Dương", "doc_count": 1}, {"key": "Bắc Ninh", "doc_count": 2}]},
        "year": {"buckets": [{"key": "2023", "doc_count": 3}]},
    }
    assert queries.facets_from(aggs, ["province", "year", "firm"]) == {
        "province": {"Hải Dương": 1, "Bắc Ninh": 2},
        "year": {"2023": 3},
        "firm": {},
    }
    assert queries.facets_from(None, ["kind"]) == {"kind": {}}


# -- decision lookup, deals, alert batches -----------------------------------------------------------------


def test_decision_lookup_bodies_split_being_from_citing() -> None:
    being, citing = queries.decision_bodies("QĐ 26/2023", limit=5)
    assert being["query"] == {"term": {"decision_own": "26/2023/qd"}}
    assert citing["query"]["bool"] == {
        "filter": [{"term": {"decision_partial": "26/2023/qd"}}],
        "must_not": [{"term": {"decision_own": "26/2023/qd"}}],
    }
    assert citing["size"] == 5 and citing["track_total_hits"] is True
    assert citing["sort"][0] == {"published": {"order": "desc", "missing": "_last"}}


DEAL_QUERY = DealsQuery(
    firm="alpha",
    counterparty="beta",
    party="Alpha Việt",
    province="Hải Dương",  # that old unit only, as a search filter (issue 6), not all of Hải Phòng
    min_vnd=1e11,
    since=dt.date(2024, 1, 1),
    until=dt.date(2024, 12, 31),
    kind="supply_contract",
)


def test_deal_record_filters_state_every_condition_on_one_record() -> None:
    assert deal_index.filters(DEAL_QUERY) == [
        {
            "bool": {
                "should": [
                    {"term": {"kind_group": "supply_contract"}},
                    {"term": {"kinds": "supply_contract"}},
                ]
            }
        },
        {"wildcard": {"party_pairs": {"value": "* alpha *" + deal_index.PAIR + "* beta *"}}},
        {"term": {"party_names": " alpha viet "}},
        {"terms": {"province_keys": ["hai duong"]}},
        {"range": {"amount_vnd": {"gte": 1e11}}},
        {"range": {"announced": {"gte": "2024-01-01"}}},
        {"range": {"announced": {"gt": "", "lte": "2024-12-31"}}},
    ]
    assert deal_index.filters(DealsQuery()) == []


def _deal_bodies() -> Iterator[dict[str, Any]]:
    yield deal_index.page_body(DEAL_QUERY)[0]
    yield deal_index.page_body(DEAL_QUERY.model_copy(update={"offset": 900}), total=1000)[0]
    yield deal_index.stats_body(DEAL_QUERY)
    yield deal_index.buckets_body(DEAL_QUERY, vnd=False, after={"currency": "VND", "month": "2024-01"})
    yield deal_index.buckets_body(DealsQuery(min_amount=5e8, currency="USD"), vnd=True, after=None)


@pytest.mark.parametrize(
    "body", list(_deal_bodies()), ids=["page", "page-from-the-end", "stats", "buckets", "vnd-buckets"]
)
def test_deal_bodies_use_mapped_fields_and_parse_with_the_clients_dsl(body: dict[str, Any]) -> None:
    m = deal_index.deals_body()["mappings"]
    for name in {f for f in fields_queried(body)} - {"_score"}:
        assert name in m["properties"], name
    assert Search.from_dict(body).to_dict() == body


def test_batch_bodies_restrict_each_saved_search_to_the_new_ids() -> None:
    bodies = queries.batch_bodies(
        [SearchQuery(text="thép", limit=3, offset=9), SearchQuery(ids=["b", "z"]), SearchQuery(ids=["z"])],
        ["a", "b", "a"],
    )
    first, second, third = bodies
    assert {"ids": {"values": ["a", "b"]}} in first["query"]["bool"]["filter"]
    assert first["size"] == 2 and first["from"] == 0 and "aggs" not in first
    assert "text" not in first["_source"]  # read once per batch for the snippets, not once per hit
    assert {"ids": {"values": ["b"]}} in second["query"]["bool"]["filter"]
    assert third is None


# -- every field a body uses is mapped ---------------------------------------------------------------------


def _bodies() -> Iterator[dict[str, Any]]:
    yield queries.search_body(
        SearchQuery(
            text='"công nghiệp" -thép 26/2023',
            province="hai duong",
            kind="decision",
            source="x",
            since=dt.date(2024, 1, 1),
            until=dt.date(2024, 2, 1),
            ids=["a"],
            sort="date",
            year=2024,
            month="2024-01",
            issuer="bo cong thuong",
            doc_type="quyet dinh",
            firm="alpha",
            min_amount=1,
            max_amount=2,
            decision="QĐ 26/2023",
            facets=list(ALL_FACETS),
        )
    )
    yield from queries.decision_bodies("26/2023/QĐ-UBND", 10)


def test_every_field_a_request_uses_is_mapped() -> None:
    m = mapping.docs_mappings()
    used = {f for body in _bodies() for f in fields_queried(body)}
    assert {"title.exact", "money.amount", "decision_own", "firm.name"} <= used
    for name in used - {"_score"}:
        field(m, name)  # raises KeyError naming an unmapped field


@pytest.mark.parametrize("body", list(_bodies()), ids=["search", "being", "citing"])
def test_request_bodies_parse_with_the_clients_own_dsl(body: dict[str, Any]) -> None:
    """elasticsearch.dsl knows every query type of the server API: a misspelt or unknown query type
    (or a malformed nesting) fails here, and the body survives the round trip unchanged."""
    assert Search.from_dict(body).to_dict() == body
    batch = queries.batch_bodies([SearchQuery(text="đồng", province="hai duong")], ["a"])[0]
    assert Search.from_dict(batch).to_dict() == batch
