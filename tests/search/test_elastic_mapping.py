"""Elasticsearch index settings, mappings, alias swap and `_source` documents (no server needed).

The field-consistency tests walk every `_source` the backend writes and every request body it sends, and
check each field against the mapping: with `"dynamic": "strict"` an unmapped field is a refused write,
and a query on an unmapped field silently matches nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any

import pytest
from elasticsearch.dsl import Mapping

from search.elastic import documents, mapping
from search.elastic.documents import published_fields, to_source
from search.records import IndexedDocument
from tests.search.conftest import base_docs, make_doc, rich_docs


def field(mappings: dict[str, Any], path: str) -> dict[str, Any]:
    """The mapping of a dotted field path ("deals.parties", "title.exact", "issuer.name")."""
    props: dict[str, Any] = mappings["properties"]
    node: dict[str, Any] = {}
    parts = path.split(".")
    for i, part in enumerate(parts):
        if part in props:
            node = props[part]
        elif part in node.get("fields", {}):
            node = node["fields"][part]
        else:
            raise KeyError(f"{'.'.join(parts[: i + 1])} is not mapped")
        props = node.get("properties", {})
    return node


def source_of(d: IndexedDocument) -> dict[str, Any]:
    return to_source(
        d, urls=[d.document.url, d.document.canonical_url], stored_at="2026-11-23T07:00:00+00:00"
    )


def all_docs() -> list[IndexedDocument]:
    return [*base_docs().values(), *rich_docs().values()]


# -- analysis --------------------------------------------------------------------------------------------


def test_fold_analyzer_lowercases_then_folds_accents_and_d_stroke() -> None:
    fold = mapping.analysis()["analyzer"]["vi_fold"]
    assert fold["type"] == "custom" and fold["tokenizer"] == "standard"
    # asciifolding after lowercase: "Đ" -> "đ" -> "d"; the length filter drops tokens the embedded drops
    assert fold["filter"][:2] == ["lowercase", "asciifolding"]
    assert mapping.analysis()["filter"]["vi_max_length"] == {"type": "length", "max": 100}


def test_exact_analyzer_keeps_accents() -> None:
    exact = mapping.analysis()["analyzer"]["vi_exact"]
    assert "asciifolding" not in exact["filter"] and "lowercase" in exact["filter"]


def test_icu_tokenizer_is_optional() -> None:
    icu = mapping.analysis(icu=True)["analyzer"]
    assert {a["tokenizer"] for a in icu.values()} == {"icu_tokenizer"}
    assert {a["tokenizer"] for a in mapping.analysis()["analyzer"].values()} == {"standard"}


def test_index_body_carries_analysis_shards_and_mappings() -> None:
    body = mapping.index_body(mapping.docs_mappings(), shards=3, replicas=0)
    assert body["settings"]["number_of_shards"] == 3 and body["settings"]["number_of_replicas"] == 0
    assert body["settings"]["analysis"] == mapping.analysis()
    assert body["mappings"]["_meta"] == {"cnht_schema": mapping.SCHEMA_VERSION}
    assert "number_of_replicas" not in mapping.index_body(mapping.docs_mappings())["settings"]


# -- mappings --------------------------------------------------------------------------------------------


def test_text_fields_are_folded_with_an_exact_sub_field() -> None:
    m = mapping.docs_mappings()
    for name in ("title", "text"):
        assert field(m, name)["analyzer"] == "vi_fold"
        assert field(m, f"{name}.exact")["analyzer"] == "vi_exact"
    for name in ("lead", "issuer", "firm"):
        assert field(m, name) == {**field(m, name), "type": "text", "analyzer": "vi_fold"}


@pytest.mark.parametrize(
    "name",
    [
        "decision_number",
        "decision_partial",
        "decision_own",
        "firm.name",
        "province",
        "province_name",
        "source",
        "kind",
        "issuer.name",
        "doc_type",
        "doc_type_name",
        "urls",
        "id",
    ],
)
def test_exact_value_fields_are_keywords(name: str) -> None:
    assert field(mapping.docs_mappings(), name)["type"] == "keyword"


def test_money_is_nested_dates_are_dates_and_deals_live_in_their_own_indices() -> None:
    m = mapping.docs_mappings()
    assert field(m, "money")["type"] == "nested" and field(m, "money.amount")["type"] == "double"
    assert field(m, "published")["type"] == "date"
    with pytest.raises(KeyError):  # deal records and reports have indices of their own
        field(m, "deals")
    assert m["dynamic"] == "strict"
    assert field(m, "record") == {"type": "object", "enabled": False}


# -- aliases ---------------------------------------------------------------------------------------------


def test_alias_swap_adds_the_new_index_and_removes_the_old_ones_in_one_request() -> None:
    actions = mapping.swap_actions("cnht-docs", "cnht-docs-2", ["cnht-docs-0", "cnht-docs-1"])
    assert actions[0] == {"add": {"index": "cnht-docs-2", "alias": "cnht-docs", "is_write_index": True}}
    assert actions[1:] == [
        {"remove": {"index": "cnht-docs-0", "alias": "cnht-docs"}},
        {"remove": {"index": "cnht-docs-1", "alias": "cnht-docs"}},
    ]
    assert mapping.swap_actions("a", "a-1", []) == [
        {"add": {"index": "a-1", "alias": "a", "is_write_index": True}}
    ]


def test_concrete_names_sort_by_creation_time() -> None:
    early = mapping.concrete_name("cnht-docs", dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC))
    late = mapping.concrete_name("cnht-docs", dt.datetime(2026, 1, 2, 3, 4, 6, tzinfo=dt.UTC))
    assert early.startswith("cnht-docs-2026") and early < late and early == early.lower()


@pytest.mark.parametrize("prefix", ["", "CNHT", "_x", "-x"])
def test_index_prefix_must_be_a_valid_index_name(prefix: str) -> None:
    with pytest.raises(ValueError, match="index prefix"):
        mapping.IndexNames(prefix)


# -- _source documents -----------------------------------------------------------------------------------


def _check_mapped(value: Any, props: dict[str, Any], path: str = "") -> None:
    for key, sub in value.items():
        where = f"{path}{key}"
        assert key in props, f"{where} is written but not mapped"
        node = props[key]
        if node.get("enabled") is False:
            continue
        items = sub if isinstance(sub, list) else [sub]
        for item in items:
            if isinstance(item, dict):
                _check_mapped(item, node["properties"], where + ".")
            elif item is not None and node["type"] == "date":
                dt.datetime.fromisoformat(item)
            elif item is not None and node["type"] in ("double", "integer"):
                assert isinstance(item, int | float), where
            elif item is not None:
                assert isinstance(item, str), where


@pytest.mark.parametrize("d", all_docs(), ids=lambda d: d.document.url.rsplit("/", 1)[-1])
def test_every_written_field_is_mapped_with_its_type(d: IndexedDocument) -> None:
    src = source_of(d)
    json.dumps(src)  # serialisable as the client will send it
    _check_mapped(src, mapping.docs_mappings()["properties"])


def test_record_round_trips_the_whole_document() -> None:
    for d in all_docs():
        assert documents.from_source(source_of(d)) == d


def test_source_files_provinces_under_old_and_current_names() -> None:
    src = source_of(rich_docs()["cite"])
    assert set(src["province"]) == {"hai duong", "thanh pho hai phong", "hai phong"}
    assert src["province_name"] == ["Hải Dương", "Thành phố Hải Phòng"]
    assert "deals" not in src  # deal reports are filed in the deal indices, not on the document


def test_source_decision_keys_for_every_spelling() -> None:
    src = source_of(rich_docs()["dec"])
    assert src["decision_number"] == ["26/2023/qd-ubnd"] and src["decision_partial"] == ["26/2023/qd"]
    assert src["decision_own"] == ["26/2023/qd-ubnd", "26/2023/qd"]
    assert src["issuer"] == "Ủy ban nhân dân tỉnh Hải Dương" and src["doc_type"] == "quyet dinh"
    assert src["money"] == [{"amount": 12e9, "currency": "VND"}] and src["amount_bucket"] == ["10-100 tỷ"]


def test_source_text_is_nfc_so_nfd_pages_fold_like_nfc() -> None:
    d = make_doc(
        "nfd", title=unicodedata.normalize("NFD", "Nghị quyết"), text=unicodedata.normalize("NFD", "đồng")
    )
    src = source_of(d)
    assert src["title"] == "Nghị quyết" and src["text"] == "đồng"
    assert documents.from_source(src).document.title == d.document.title  # the record keeps the original


@pytest.mark.parametrize(
    ("published", "month"),
    [
        ("2024-05-01T06:00:00+07:00", "2024-05"),  # 30 April in UTC
        ("2024-04-30T23:30:00+00:00", "2024-05"),
        ("2024-05-31T23:30:00", "2024-05"),  # no offset: Vietnamese time already
    ],
)
def test_published_month_follows_the_vietnamese_calendar(published: str, month: str) -> None:
    got = published_fields(published)
    assert got["month"] == month and got["published"].endswith("+07:00")


def test_unparseable_publication_date_is_left_out() -> None:
    src = source_of(make_doc("x", published="hôm qua"))
    assert "published" not in src and src["published_raw"] == "hôm qua"


@pytest.mark.parametrize(
    "mappings", [mapping.docs_mappings(), mapping.versions_mappings()], ids=["docs", "versions"]
)
def test_mappings_parse_with_the_clients_own_dsl(mappings: dict[str, Any]) -> None:
    """elasticsearch.dsl knows every field type: a misspelt type or parameter layout fails here."""
    parsed = Mapping()
    parsed._update_from_dict(mappings)
    assert parsed.to_dict() == mappings
