"""`tokens()` and `sentences()` keep their plain definitions although they take short cuts on long texts:
a window's tokens are a slice of the whole text's (cached per text), and the word before a dot is read in
the last 20 characters only. Hypothesis compares both with the definitions they replace. `find_dates` answers
a sentence asked twice (by the deal and the event readers) from a memo of the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.tag._common import (
    _ABBREV,
    _SENT_END,
    WHOLE_TEXT_TOKENS,
    WORD_RE,
    _find_dates,
    find_dates,
    sentences,
    tokens,
)

# letters, marks of names and sentence ends, with the abbreviations and long words that decide sentences
WORDS = ["Công", "ty", "TNHH", "Co", "Ltd", "TP", "T", "Á", "x" * 25 + "TP", "Việt-Nam", "3M", "a_b", "’s"]
MARKS = [" ", " ", ". ", ".", ", ", "-", "–", "&", "\n", "; ", "(", ")", "!", "?", "\u00a0", "\t "]
PIECES = st.sampled_from([*WORDS, *MARKS])
TEXTS = st.lists(PIECES, max_size=400).map("".join)


def _plain_tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(text, start, end)]


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.lists(st.tuples(st.integers(0, 2000), st.integers(-5, 300)), min_size=1, max_size=20))
def test_a_windows_tokens_are_those_finditer_finds_in_it(text: str, windows: list[tuple[int, int]]) -> None:
    text = text * (1 + WHOLE_TEXT_TOKENS // max(1, len(text)))  # long enough to be tokenised whole
    for start, length in windows:  # windows that start and end inside words too
        start = min(start, len(text))
        end = min(len(text), start + length)
        assert [tuple(t) for t in tokens(text, start, end)] == _plain_tokens(text, start, max(end, 0))
    assert [tuple(t) for t in tokens(text)] == _plain_tokens(text, 0, len(text))


def _plain_sentences(text: str) -> list[tuple[int, int]]:
    """`sentences()` as first written: the word before a dot searched in the whole sentence so far."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        if m.group()[0] == ".":
            before = re.search(r"(\w+)$", text[start : m.start()])
            word = before.group(1) if before else ""
            if before and (word in _ABBREV or (len(word) == 1 and word.isupper() and word.isascii())):
                continue
        end = m.start() + len(m.group().rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_sentences_split_where_the_plain_definition_splits(text: str) -> None:
    assert sentences(text) == _plain_sentences(text)


def test_find_dates_answers_a_repeated_question_alike_and_the_caller_may_change_its_list() -> None:
    text = "Ngày 12/3/2025, A ký với B. Sáng 31/10 khởi công; ngày 18 tháng 4 năm 2026 khánh thành."
    first = find_dates(text, 0, len(text), 2025)
    assert [d[2] for d in first] == ["2025-03-12", "2025-10-31", "2026-04-18"]
    first.clear()
    assert find_dates(text, 0, len(text), 2025) == _find_dates(text, 0, len(text), 2025)
    assert find_dates(text, 0, 27, 2025) == [(0, 14, "2025-03-12")]
    assert find_dates(text, 28, len(text), 2024)[0][2] == "2024-10-31"  # another year, another answer
