"""The pure query parser (shared by every backend) and its agreement with the tantivy analyzer."""

from __future__ import annotations

import unicodedata

import pytest

from search.embedded.fulltext import fold_analyzer
from search.query import (
    decision_key,
    decision_keys,
    name_matches,
    parse_query,
    province_keys,
    sentence_around,
    tokenize,
    tokenize_folded,
)

SAMPLE = "Quyết định số 26/2023/QĐ-UBND: hỗ trợ 12 tỷ đồng cho công nghiệp hỗ trợ ĐẮK LẮK, Bà Rịa – Vũng Tàu"


def test_words_and_phrases() -> None:
    q = parse_query('công nghiệp "hỗ trợ vốn" -thép')
    assert [c.folded for c in q.clauses] == [("cong",), ("nghiep",), ("ho", "tro", "von"), ("thep",)]
    assert [c.exact for c in q.must] == [("công",), ("nghiệp",), ("hỗ", "trợ", "vốn")]
    assert [c.raw for c in q.must_not] == ["thép"]
    assert q.must[2].is_phrase and not q.must[0].is_phrase


def test_word_with_punctuation_is_a_phrase() -> None:
    (clause,) = parse_query("26/2023/QĐ-UBND").clauses
    assert clause.folded == ("26", "2023", "qd", "ubnd")
    assert clause.exact == ("26", "2023", "qđ", "ubnd")


def test_empty_and_punctuation_only() -> None:
    assert parse_query("").is_empty
    assert parse_query('  - "" ... ').is_empty


def test_unclosed_quote_runs_to_the_end() -> None:
    (clause,) = parse_query('"công nghiệp hỗ').clauses
    assert clause.folded == ("cong", "nghiep", "ho")


def test_nfd_input_is_normalised() -> None:
    assert parse_query(unicodedata.normalize("NFD", "Quyết định")).terms() == ["quyet", "dinh"]


def test_python_tokens_match_the_tantivy_analyzer() -> None:
    assert tokenize_folded(SAMPLE) == fold_analyzer().analyze(SAMPLE)
    assert "dong" in tokenize_folded(SAMPLE) and "đồng" in tokenize(SAMPLE)


def test_province_keys() -> None:
    assert province_keys("Thành phố Hải Phòng") == ["thanh pho hai phong", "hai phong"]
    assert province_keys("Tỉnh Hải Dương") == ["tinh hai duong", "hai duong"]
    assert province_keys("Bà Rịa - Vũng Tàu") == ["ba ria vung tau"]
    assert province_keys("  ") == []


def test_decision_key() -> None:
    assert decision_key("26/2023/QĐ-UBND") == decision_key("26/2023/qd-ubnd") == "26/2023/qd-ubnd"


@pytest.mark.parametrize(
    ("typed", "full", "partial"),
    [
        ("26/2023/QĐ-UBND", "26/2023/qd-ubnd", None),
        ("26/2023/QD-UBND", "26/2023/qd-ubnd", None),
        ("26/2023/qđ-ubnd", "26/2023/qd-ubnd", None),
        ("26/2023/QĐ - UBND", "26/2023/qd-ubnd", None),
        ("26/2023/Q\u00d0-UBND", "26/2023/qd-ubnd", None),  # Icelandic Eth for Đ, as some pages have
        ("QĐ 26/2023", None, "26/2023/qd"),
        ("qd số 26/2023", None, "26/2023/qd"),
        ("Quyết định 26/2023", None, "26/2023/qd"),
        ("26/2023/QĐ", None, "26/2023/qd"),
        ("73-nq/tw", "73-nq/tw", None),
        ("hello", None, None),
        ("", None, None),
    ],
)
def test_decision_keys_follow_the_taggers_canonical_rule(
    typed: str, full: str | None, partial: str | None
) -> None:
    keys = decision_keys(typed)
    assert (keys.full, keys.partial) == (full, partial)


def test_name_matches_whole_folded_words_in_order() -> None:
    assert name_matches("samsung", "Samsung Electronics Việt Nam")
    assert name_matches("electronics viet nam", "Samsung Electronics Việt Nam")
    assert not name_matches("sams", "Samsung Electronics")
    assert not name_matches("viet samsung", "Samsung Electronics Việt Nam")
    assert not name_matches("", "Samsung")


def test_sentence_around_a_span() -> None:
    text = "Câu một. Theo Quyết định 26/2023/QĐ-UBND, tỉnh hỗ trợ. Câu ba."
    start = text.index("26/")
    assert sentence_around(text, start, start + 15) == "Theo Quyết định 26/2023/QĐ-UBND, tỉnh hỗ trợ."
