"""`tokens()` and `sentences()` keep their plain definitions although they take short cuts on long texts:
a window's tokens are a slice of the whole text's (cached per text), and the word before a dot is read in
the last 20 characters only. Hypothesis compares both with the definitions they replace."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.tag._common import _ABBREV, _SENT_END, WHOLE_TEXT_TOKENS, WORD_RE, sentences, tokens

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
