"""Snippet window of search.highlight: same output as the old quadratic count (issue 6), found in
O(n log n).

Figures (this machine, 2 cores, `PYTHONPATH=. .venv/bin/python tests/search/test_highlight.py`): a 198 KB
body where "đồng" is every 8th word (7,616 marked words): window 1.725 s with the old count, 0.002 s now;
the whole `highlight()` 0.106 s, nearly all of it `marked_spans`. (The reviewer measured 9 s on a 192 KB
body with more marked words.) Timings are printed by the script, never asserted.
"""

from __future__ import annotations

import random
import time

import pytest

from search import highlight as hl
from search.highlight import CONTEXT_CHARS, highlight, marked_spans

SAMPLE = (
    "Giá đồng trên thị trường thế giới tăng mạnh trong quý III doanh nghiệp công nghiệp hỗ trợ "
    "Hải Dương ký kết hợp đồng cung ứng linh kiện trị giá 120 tỷ đồng với Công ty CP Beta"
)
WORDS = SAMPLE.split()


def old_window(text: str, spans: list[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    """The window as search.highlight computed it before issue 6: every later span counted for each span."""
    best, best_count = 0, 0
    for i, (start, _) in enumerate(spans):
        count = sum(1 for _, end in spans[i:] if end <= start + max_chars - CONTEXT_CHARS)
        if count > best_count:
            best, best_count = i, count
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


def body(seed: int, n_words: int, frequent: str | None = None, every: int = 8) -> str:
    """Random Vietnamese-ish text; `frequent` inserted every `every` words when given."""
    rng = random.Random(seed)
    out = []
    for i in range(n_words):
        out.append(frequent if frequent and i % every == 0 else rng.choice(WORDS))
        if rng.random() < 0.05:
            out[-1] += "."
    return " ".join(out)


BODIES = [
    ("short", "Giá đồng trên thị trường <thế giới> tăng.", ["dong", "gioi"], 240),
    ("match at the very start", "Đồng " + body(1, 200), ["dong"], 240),
    ("sparse clusters", body(2, 2_000), ["beta", "linh", "kien"], 240),
    ("frequent word", body(3, 2_000, frequent="đồng"), ["dong", "gia"], 240),
    ("frequent word, narrow window", body(4, 2_000, frequent="hỗ trợ", every=3), ["ho", "tro"], 45),
    ("one long word wider than the window", "a " + "x" * 300 + " b", ["x" * 300, "b"], 60),
    ("numbers", "Quyết định số 26/2023/QĐ-UBND, " * 300, ["26", "2023", "qd"], 120),
]


@pytest.mark.parametrize(("text", "terms", "max_chars"), [b[1:] for b in BODIES], ids=[b[0] for b in BODIES])
def test_window_is_the_one_the_old_quadratic_count_chose(text: str, terms: list[str], max_chars: int) -> None:
    spans = marked_spans(text, terms)
    assert spans
    assert hl._window(text, spans, max_chars) == old_window(text, spans, max_chars)


@pytest.mark.parametrize(("text", "terms", "max_chars"), [b[1:] for b in BODIES], ids=[b[0] for b in BODIES])
def test_snippet_is_identical_to_the_old_algorithms(
    monkeypatch: pytest.MonkeyPatch, text: str, terms: list[str], max_chars: int
) -> None:
    new = highlight(text, terms, max_chars)
    monkeypatch.setattr(hl, "_window", old_window)
    assert new is not None and "<b>" in new
    assert new == highlight(text, terms, max_chars)


def test_snippet_takes_the_densest_window_not_the_first_match() -> None:
    text = "đồng " + "khác " * 100 + "đồng đồng đồng " + "khác " * 100
    snippet = highlight(text, ["dong"])
    assert snippet is not None and snippet.count("<b>đồng</b>") == 3


if __name__ == "__main__":  # benchmark-ish: prints, never asserts
    big = body(5, 32_000, frequent="đồng")  # ~192 KB
    terms = ["dong", "gia"]
    spans = marked_spans(big, terms)
    print(f"body {len(big.encode()) / 1024:.0f} KB, {len(spans)} marked words")
    for name, fn in (("new", hl._window), ("old", old_window)):
        t0 = time.perf_counter()
        fn(big, spans, 240)
        print(f"{name} window: {time.perf_counter() - t0:.3f} s")
    t0 = time.perf_counter()
    highlight(big, terms)
    print(f"highlight() with the new window, spans included: {time.perf_counter() - t0:.3f} s")
