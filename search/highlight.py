"""Snippets with the matched words in <b>...</b>, original accents kept (pure; used by the Elasticsearch
backend, whose own highlighters differ between versions in how they mark phrases).

A word is marked when its folded form is one of the query's folded tokens, so "quyet dinh" marks
"Quyết định" and "dong" marks "đồng", as the embedded backend's tantivy snippets do. The snippet is the
window of about `max_chars` characters holding the most marked words; text is HTML-escaped.
"""

from __future__ import annotations

import bisect
import html
import re

from search.query import nfc, tokenize_folded

SNIPPET_CHARS = 240
CONTEXT_CHARS = 30  # characters shown before the first marked word of the window
_TOKEN_RE = re.compile(r"[^\W_]+")


def marked_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of every word of `text` whose folded form is one of `terms` (folded tokens).

    >>> t = "Quyết định số 26/2023/QĐ-UBND"
    >>> [t[s:e] for s, e in marked_spans(t, ["quyet", "dinh", "qd"])]
    ['Quyết', 'định', 'QĐ']
    """
    wanted = set(terms)
    out = []
    for m in _TOKEN_RE.finditer(text):
        if " ".join(tokenize_folded(m.group())) in wanted:
            out.append((m.start(), m.end()))
    return out


def _densest(spans: list[tuple[int, int]], width: int) -> int:
    """Index of the first span of the earliest run of spans that fits in `width` characters from its start
    and holds the most spans. `spans` come sorted and disjoint (so their ends are sorted too): for each
    start, one binary search over the ends counts the spans ending in reach; O(n log n).

    >>> _densest([(0, 5), (100, 105), (110, 115), (120, 125)], 30)
    1
    >>> _densest([(0, 5), (40, 45)], 10), _densest([(0, 50)], 10)
    (0, 0)
    """
    ends = [end for _, end in spans]
    best, best_count = 0, 0
    for i, (start, _) in enumerate(spans):
        count = bisect.bisect_right(ends, start + width) - i
        if count > best_count:
            best, best_count = i, count
    return best


def _window(text: str, spans: list[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    """The [start, end) of about `max_chars` characters covering the most spans, cut at spaces."""
    best = _densest(spans, max_chars - CONTEXT_CHARS)
    first = spans[best][0]
    lo = max(0, first - CONTEXT_CHARS)
    if lo > 0:
        space = text.find(" ", lo, first)
        lo = space + 1 if space != -1 else lo
    hi = min(len(text), lo + max_chars)
    if hi < len(text):
        space = text.rfind(" ", max(first, lo), hi)
        hi = space if space > spans[best][1] else hi
    return lo, hi


def highlight(text: str, terms: list[str], max_chars: int = SNIPPET_CHARS) -> str | None:
    """One snippet of `text` with the words matching `terms` in <b>...</b>, or None when none matches.

    >>> highlight("Giá đồng trên thị trường <thế giới> tăng.", ["dong", "gioi"])
    'Giá <b>đồng</b> trên thị trường &lt;thế <b>giới</b>&gt; tăng.'
    >>> highlight("Quyết định số 26/2023/QĐ-UBND", ["26", "2023"])
    'Quyết định số <b>26</b>/<b>2023</b>/QĐ-UBND'
    >>> highlight("không có", ["dong"]) is None
    True
    """
    text = nfc(text)
    spans = marked_spans(text, terms) if terms else []
    if not spans:
        return None
    lo, hi = _window(text, spans, max_chars)
    parts, pos = [], lo
    for start, end in spans:
        if start < lo or end > hi:
            continue
        parts.append(html.escape(text[pos:start], quote=False))
        parts.append(f"<b>{html.escape(text[start:end], quote=False)}</b>")
        pos = end
    parts.append(html.escape(text[pos:hi], quote=False))
    return " ".join("".join(parts).split())


def highlights(text: str, terms: list[str], max_chars: int = SNIPPET_CHARS) -> list[str]:
    """`[highlight(...)]`, or [] when nothing matches (the shape of `SearchHit.highlights`)."""
    snippet = highlight(text, terms, max_chars)
    return [snippet] if snippet else []
