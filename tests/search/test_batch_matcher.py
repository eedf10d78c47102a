"""The all-at-once alert matcher gives exactly what matching each saved search on its own gives."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

import pytest

from benchmarks.search_bench import FOREIGN, PROVINCES, generate, saved_searches
from search.embedded.matcher import match_all, match_each
from search.records import IndexedDocument, SearchHit, SearchQuery
from search.store import open_store
from tests.search.conftest import make_doc


def _record(d: IndexedDocument) -> dict:
    return json.loads(d.model_dump_json())


def _mixed_queries(ids: list[str], seed: int) -> list[SearchQuery]:
    """Saved searches of every shape: the benchmark's monitoring mix plus dates, negations, ids, sorting
    by date, empty text, issuers, amounts and decision numbers."""
    rng = random.Random(seed)
    out = [s.query for s in saved_searches(80, seed)]
    out += [SearchQuery(ids=ids), SearchQuery(text="thép", ids=ids), SearchQuery(ids=ids[:3], sort="date")]
    texts = ["công nghiệp hỗ trợ", "cong nghiep ho tro -khuon", "", "linh kiện", '"ky ket" -"ô tô"', "thép"]
    for i in range(60):
        out.append(
            SearchQuery(
                text=rng.choice(texts),
                province=rng.choice(PROVINCES)[rng.randint(0, 1)] if rng.random() < 0.5 else None,
                since=dt.date(2021, 1, 1) if rng.random() < 0.3 else None,
                until=dt.date(2024, 6, 30) if rng.random() < 0.2 else None,
                firm=rng.choice(FOREIGN) if rng.random() < 0.2 else None,
                issuer="ủy ban nhân dân" if rng.random() < 0.1 else None,
                doc_type="quyet dinh" if rng.random() < 0.1 else None,
                max_amount=500e9 if rng.random() < 0.15 else None,
                ids=rng.sample(ids, 25) if i % 10 == 3 else None,
                sort="date" if i % 10 == 7 else "relevance",
            )
        )
    return out


def _dump(results: list[list[SearchHit]]) -> list[list[dict]]:
    return [[h.model_dump() for h in hits] for hits in results]


def test_all_at_once_equals_each_query_alone_on_a_generated_mix() -> None:
    docs = list(generate(160, seed=11))
    docs.append(make_doc("no-title", text="Công nghiệp hỗ trợ ở Hải Dương", provinces=["Hải Dương"]))
    records = [_record(d) for d in docs]
    queries = _mixed_queries([d.id for d in docs], seed=5)
    fast, reference = match_all(queries, records), match_each(queries, records)
    assert _dump(fast) == _dump(reference)
    assert sum(map(len, fast)) > 500  # the mix hits plenty: ids, order, scores and snippets compared
    assert sum(1 for hits in fast if hits and hits[0].highlights) > 20


def test_store_match_batch_is_the_all_at_once_matcher(tmp_path: Path) -> None:
    docs = list(generate(60, seed=3))
    queries = _mixed_queries([d.id for d in docs], seed=9)
    with open_store(tmp_path / "data") as store:
        store.put_documents(docs)
        ids = [d.id for d in docs] + [docs[0].id, "not-stored"]  # repeated and unknown ids are ignored
        got = store.match_batch(queries, ids)
    assert _dump(got) == _dump(match_each(queries, [_record(d) for d in docs]))


@pytest.mark.parametrize("queries", [[], [SearchQuery(text="thép")]])
def test_empty_batch_or_no_searches(queries: list[SearchQuery]) -> None:
    assert match_all(queries, []) == [[] for _ in queries]
    assert match_all([], [_record(make_doc("a", text="thép"))]) == []


def test_deferred_matching_makes_snippets_only_when_asked(tmp_path: Path) -> None:
    docs = list(generate(60, seed=4))
    queries = _mixed_queries([d.id for d in docs], seed=2)
    with open_store(tmp_path / "data") as store:
        store.put_documents(docs)
        ids = [d.id for d in docs]
        found = store.match_deferred(queries, ids)
        full = store.match_batch(queries, ids)
    assert [[h.id for h in hits] for hits in found.hits] == [[h.id for h in hits] for hits in full]
    assert not any(h.highlights for hits in found.hits for h in hits)  # nothing made yet
    highlighted = [[found.highlight(i, h) for h in hits] for i, hits in enumerate(found.hits)]
    assert _dump(highlighted) == _dump(full)
    assert sum(1 for hits in highlighted for h in hits if h.highlights) > 100
