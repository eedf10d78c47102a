"""A reindex answers as the index built the way before it (issue 16 item 4: reindex of 100k documents).

The reference index is built here with the recipe of the rebuild before that work: the same documents
(`FullTextIndex._to_tantivy` of the stored records), one writer of `REBUILD_HEAP` and `REBUILD_THREADS`, and
the folding analyzer as it was (lower-case, then ASCII folding). Every search of a query mix, with every
facet, must give the same total, hits (ids, scores, highlights) and facet counts.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
import tantivy

from benchmarks.search_bench import QUERY_MIX, generate
from search.embedded import EmbeddedStore
from search.embedded import fulltext as ft
from search.query import MAX_TOKEN_CHARS
from search.records import ALL_FACETS, SearchQuery, SearchResults

DOCS = 400


def old_fold_analyzer() -> tantivy.TextAnalyzer:
    """The folding analyzer before issue 16's reindex work: lower-case first, then ASCII folding."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_CHARS + 1))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .build()
    )


def vietnamese_letters() -> str:
    """Every letter of the Vietnamese alphabet with every tone mark, lower and upper case, NFC."""
    marks = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # none, huyền, sắc, ngã, hỏi, nặng
    out = []
    for base in "aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz":
        for mark in marks:
            letter = unicodedata.normalize("NFC", base + mark)
            out += [letter, letter.upper()]
    return "".join(dict.fromkeys(out))


def test_the_folding_analyzer_gives_the_tokens_of_the_one_before_on_vietnamese_and_latin_text() -> None:
    new, old = ft.fold_analyzer(), old_fold_analyzer()
    letters = vietnamese_letters()
    assert len(letters) > 300
    for ch in letters:
        text = f"x{ch}y {ch} Đ{ch}"
        assert new.analyze(text) == old.analyze(text), (hex(ord(ch)), ch)
    differ = {cp for cp in range(0x20, 0x250) if new.analyze(f"x{chr(cp)}y") != old.analyze(f"x{chr(cp)}y")}
    assert differ == {0x130, 0x196, 0x1A6, 0x1E4, 0x1E5, 0x1E6, 0x1E7}  # İ Ɩ Ʀ Ǥ ǥ Ǧ ǧ: none Vietnamese
    sentence = "Quyết định số 26/2023/QĐ-UBND về ĐẦU TƯ nhà máy linh kiện điện tử ở Hải Dương, Ngọc Sơn"
    assert new.analyze(sentence) == old.analyze(sentence) == [
        "quyet", "dinh", "so", "26", "2023", "qd", "ubnd", "ve", "dau", "tu", "nha", "may", "linh", "kien",
        "dien", "tu", "o", "hai", "duong", "ngoc", "son",
    ]  # fmt: skip
    long_word = "đ" * 60  # 120 bytes: dropped by remove_long before folding, as before
    assert new.analyze(long_word) == old.analyze(long_word) == []


def _results(res: SearchResults) -> tuple:
    hits = sorted((h.id, round(h.score, 4), tuple(h.highlights), h.published) for h in res.hits)
    return res.total, hits, res.facets


def _old_way_index(store: EmbeddedStore, path: Path) -> None:
    """The index of the store's records as the rebuild before issue 16's reindex work built it."""
    index = tantivy.Index(ft.build_schema(), path=str(path))
    index.register_tokenizer(ft.FOLD_ANALYZER, old_fold_analyzer())
    writer = index.writer(heap_size=ft.REBUILD_HEAP, num_threads=ft.REBUILD_THREADS)
    maker = ft.FullTextIndex.__new__(ft.FullTextIndex)
    maker.schema = ft.build_schema()
    for r in store.docs.iter_records():
        writer.add_document(maker._to_tantivy(r))
    writer.commit()
    writer.wait_merging_threads()


def test_a_reindex_answers_as_the_index_built_the_way_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = list(generate(DOCS, seed=23))
    with EmbeddedStore(tmp_path / "new") as store:
        for start in range(0, DOCS, 200):
            store.put_documents(docs[start : start + 200])
        assert store.reindex() == DOCS
        old_path = tmp_path / "old-index"
        old_path.mkdir()
        _old_way_index(store, old_path)
        queries = [
            *QUERY_MIX,
            SearchQuery(text="nhà máy", facets=list(ALL_FACETS)),
            SearchQuery(text="DONG THEP", sort="date"),
            SearchQuery(firm="samsung", facets=list(ALL_FACETS)),
            SearchQuery(facets=list(ALL_FACETS)),
        ]
        queries = [q.model_copy(update={"limit": DOCS, "facets": list(ALL_FACETS)}) for q in queries]
        new_answers = [_results(store.search(q)) for q in queries]
    monkeypatch.setattr(ft, "fold_analyzer", old_fold_analyzer)  # snippets of the old index: its analyzer
    old = ft.FullTextIndex(old_path, read_only=True)
    assert old.num_docs() == DOCS
    old_answers = [_results(old.search(q)) for q in queries]
    assert sum(a[0] for a in new_answers) > DOCS  # the mix finds documents: the comparison means something
    for q, a, b in zip(queries, new_answers, old_answers, strict=True):
        assert a == b, q.model_dump(exclude_defaults=True)
    shutil.rmtree(old_path)
