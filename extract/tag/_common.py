"""Shared helpers for the taggers: data loading, tokens, sentences and dates (all on normalised text)."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import json
import operator
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple, TypeVar

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

# the capital letters of Vietnamese, for a character class "[{UPPER}]" (not "[A-ZĐÀ-Ỹ]": the range À-Ỹ holds
# the lower-case letters too, "đ", "ở", "ạ", so "đã" would pass for a capitalised word)
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
# English copy's month names, January first (a month's number is its index + 1), and their alternation
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")  # fmt: skip
ENGLISH_MONTH_NAMES = "|".join(ENGLISH_MONTHS)
# a branch after a firm's name, before a chaining "," or "và" ("Ngân hàng X (XBank) chi nhánh Nhà Bè và ...")
# any character of one sentence: not ';', not a full stop (a dot between digits groups thousands: "1.200 tỷ")
IN_SENTENCE = r"(?:[^.;]|(?<=\d)\.(?=\d))"

BRANCH = rf"(?:(?:[–-]\s*)?[Cc]hi nhánh(?:\s+[{UPPER}]\w*){{1,4}}\s*)?"
WORD_RE = re.compile(r"\w+(?:[-'’&.]\w+)*|[^\w\s]")


@functools.cache
def load(name: str) -> dict:
    """Load a JSON data file from extract/data (once)."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def alternation(words: list[str] | set[str]) -> str:
    """Regex alternation of literal words, longest first (so 'Công ty TNHH' wins over 'Công ty')."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def is_cap(token: str) -> bool:
    """Starts with an upper-case letter, or is a digit-led code ('3M') or a camel-case brand ('eMotor',
    'iPhone'), i.e. can be part of a proper name."""
    return bool(token) and (
        token[0].isupper()
        or (token[0].isdigit() and any(c.isalpha() for c in token))
        or (len(token) > 2 and token[0].islower() and token[1].isupper() and token.isascii())
    )


def is_word(token: str) -> bool:
    return bool(token) and token[0].isalnum()


class Token(NamedTuple):  # a tuple: the taggers make hundreds of thousands of them on a long page
    text: str
    start: int
    end: int


# a token with the spaces before it: only spaces lie between two tokens (any other character is one), so the
# lengths of these pairs, summed from `start`, are every token's start and end
_SPACED_WORD_RE = re.compile(rf"(\s*)({WORD_RE.pattern})")
_TOKEN_TEXT = operator.itemgetter(1)


def _scan_tokens(text: str, start: int, end: int) -> list[Token]:
    """`Token`s of `WORD_RE.finditer(text, start, end)`, built in C loops (one `findall`, sums of lengths,
    `tuple.__new__` mapped): a Python loop over match objects cost a fifth more on the benchmark pages."""
    pairs = _SPACED_WORD_RE.findall(text, start, end)
    at = list(itertools.accumulate(map(len, itertools.chain.from_iterable(pairs)), initial=start))
    fields = zip(map(_TOKEN_TEXT, pairs), at[1::2], at[2::2], strict=True)
    return list(map(tuple.__new__, itertools.repeat(Token), fields))


def _scan_text_tokens(text: str) -> list[Token]:
    """`_scan_tokens(text, 0, len(text))` read between the spaces: a stretch of letters and digits alone is
    one token, any other stretch (punctuation, "_", a new line) is tokenised by `WORD_RE` in place. A token
    holds no whitespace, so the spaces cut no token: 40% less CPU than one regex pass over a whole text."""
    out: list[Token] = []
    append = out.append
    new = tuple.__new__
    finditer = WORD_RE.finditer
    pos = 0
    for piece in text.split(" "):
        n = len(piece)
        if piece.isalnum():  # `\w` is a letter, a digit or "_"
            append(new(Token, (piece, pos, pos + n)))
        elif n:
            for m in finditer(text, pos, pos + n):
                append(new(Token, (m.group(), m.start(), m.end())))
        pos += n + 1
    return out


# The last text asked for twice, with all its tokens and their starts and ends: the taggers ask for the
# tokens of a window (up to 200 characters) at thousands of places of the same text, windows that overlap,
# so the text is tokenised once and a window is a slice found by binary search. One tuple, replaced whole.
_text_tokens: tuple[str, list[Token], list[int], list[int]] | None = None
_asked_once: str | None = None  # a text asked for once only is not tokenised whole
WHOLE_TEXT_TOKENS = 400  # shorter texts are not worth it, and must not push the long text out


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens of text[start:end], as `WORD_RE.finditer(text, start, end)` finds them
    (a word cut by `end` is cut)."""
    global _text_tokens, _asked_once
    stop = len(text) if end is None else end
    if len(text) < WHOLE_TEXT_TOKENS:  # a short text (a window a reader cut out) is tokenised as asked
        return _scan_tokens(text, start, stop)
    cached = _text_tokens
    if cached is None or cached[0] is not text:
        if _asked_once is not text:
            _asked_once = text
            return _scan_tokens(text, start, stop)
        whole = _scan_text_tokens(text)
        cached = _text_tokens = (text, whole, [t[1] for t in whole], [t[2] for t in whole])
    if stop <= start:
        return []
    _, whole, starts, ends = cached
    first = bisect.bisect_left(starts, start)
    if first and ends[first - 1] > start:  # `start` inside a word: its tail is a token of its own
        return _scan_tokens(text, start, stop)
    past = bisect.bisect_right(ends, stop)  # the first token that ends after `stop`
    window = whole[first:past]
    if past < len(whole) and starts[past] < stop:  # the word that `stop` cuts
        cut = text[starts[past] : stop]
        if cut.isalnum():  # letters and digits (most cuts): one token, as `WORD_RE` reads it
            window.append(Token(cut, starts[past], stop))
        else:
            window += _scan_tokens(text, starts[past], stop)
    return window


# --- sentences ---------------------------------------------------------------------------------------

# abbreviated words inside foreign firms' names ("Nissei Elec. Hong Kong Co., Ltd"): no sentence ends there
NAME_ABBREVIATIONS = ("Elec", "Ind", "Mfg", "Eng", "Tech", "Intl", "Mach", "Chem", "Prec", "Elect")
_ABBREV = {
    *NAME_ABBREVIATIONS,
    "TP",
    "Tp",
    "Q",
    "P",
    "TS",
    "ThS",
    "PGS",
    "GS",
    "Mr",
    "Mrs",
    "Ms",
    "Co",
    "Ltd",
    "Inc",
    "Corp",
    "Pte",
    "PTE",
    "CO",
    "LTD",
    "Pvt",
    "Sdn",
    "St",
    "TX",
    "H",
}
_LAST_WORD = re.compile(r"(\w+)$")
# ("[.!?…]+[\"”»)]*\s+|\n+|;\s+" with its first character as one class: a pattern that opens with a class is
# scanned for it in C, a fourth of the CPU of the alternation tried at every position)
_SENT_END = re.compile(r"[.!?…;\n](?:(?<=[.!?…])[.!?…]*[\"”»)]*\s+|(?<=\n)\n*|(?<=;)\s+)")


# what opens a sentence after a park's or a block's letter ("... tại KCN Phố Nối A. Công ty CP X ký ..."),
# never a name after an initial ("Nguyễn V. Anh")
_OPENS_AFTER_LETTER = re.compile(
    r"(?:Công ty|Tập đoàn|Tổng công ty|Ngân hàng|UBND|Ngày|Theo|Trong|Tại|Dự án)(?!\w)"
)
_ARTICLE_LABEL = re.compile(r"(?:^|(?<=\n))(?:Điều|Khoản|Mục|Chương)\s+\d{1,3}$")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence (and ';'-clause) spans; an abbreviation such as 'TP.' or an initial 'T.' does not end a
    sentence, a one-letter word such as 'Á' ('Đông Á.') does, and so does a park's letter before a firm or a
    sentence opener ('KCN Phố Nối A. Công ty ...'); a line's article label ('Điều 1.') does not."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group()[0] == ".":
            # the word before the dot, read in the last 20 characters (not the sentence so far); a longer
            # word is no abbreviation and no initial
            lo = max(start, m.start() - 20)
            before = _LAST_WORD.search(text, lo, m.start())
            if before and before.start() == lo and lo > start and _LAST_WORD.match(text, lo - 1, lo):
                before = None
            if before and (
                before.group(1) in _ABBREV
                or (
                    len(before.group(1)) == 1
                    and before.group(1).isupper()
                    and before.group(1).isascii()
                    and not _OPENS_AFTER_LETTER.match(text, m.end())
                )
            ):
                continue
            if _ARTICLE_LABEL.search(text, max(start, m.start() - 12), m.start()):
                continue  # "Điều 1. Thông qua việc ký ...": a legal article's label opens its sentence
        end = m.start() + len(m.group().rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


# --- dates -------------------------------------------------------------------------------------------

_DATE_NUMERIC = r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})(?:\s*[/.-]\s*(?P<y>(?:19|20)\d{2}))?(?![\d/])"
_DATE_WORDS = r"(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})(?:\s*(?:năm|,|/)\s*(?P<y2>(?:19|20)\d{2}))?"
_DATE_BODY = rf"(?:{_DATE_WORDS}|{_DATE_NUMERIC})"
DATE_RE = re.compile(
    rf"(?=[NnSsCcTtHh])(?<!\w)(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Hh]ôm)\s+{_DATE_BODY}"
)
FULL_DATE_RE = re.compile(r"(?=\d)(?<![\w/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\w/])")


def published_year(published: str | None) -> int | None:
    if not published:
        return None
    m = re.match(r"\s*(\d{4})", published)
    return int(m.group(1)) if m else None


def iso_date(day: str | None, month: str | None, year: int | str | None) -> str | None:
    if not (day and month and year):
        return None
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def date_from_match(m: re.Match[str], default_year: int | None) -> str | None:
    g = m.groupdict()
    day = g.get("d2") or g.get("d")
    month = g.get("m2") or g.get("m")
    year = g.get("y2") or g.get("y") or default_year
    return iso_date(day, month, year)


_T = TypeVar("_T")
_ABSENT = object()


def last_text_memo(fn: Callable[..., _T]) -> Callable[..., _T]:
    """`fn(text, *args)` remembered for the last text asked about (by identity) and each `args`: the taggers
    ask the same sentences of one text from several sides (the deal and event readers, the model's review).
    The memo is one tuple, replaced whole when another text comes, so a thread tagging another text meanwhile
    never sees half of it."""
    last: list[tuple[str, dict] | None] = [None]

    @functools.wraps(fn)
    def remembered(text: str, *args: object) -> _T:
        memo = last[0]
        if memo is None or memo[0] is not text:
            memo = last[0] = (text, {})
        found = memo[1].get(args, _ABSENT)
        if found is _ABSENT:
            found = memo[1][args] = fn(text, *args)
        return found

    return remembered


def find_dates(text: str, start: int, end: int, default_year: int | None) -> list[tuple[int, int, str]]:
    """ISO dates in text[start:end]: 'ngày 04/8/2023', 'ngày 18 tháng 4 năm 2025', 'sáng 31/10'. The deal
    and the event readers ask for the same sentences' dates (4 in 10 calls on the benchmark texts)."""
    return list(_find_dates(text, start, end, default_year))  # a copy: the caller may change its list


@last_text_memo
def _find_dates(text: str, start: int, end: int, default_year: int | None) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for rx in (DATE_RE, FULL_DATE_RE):
        for m in rx.finditer(text, start, end):
            iso = date_from_match(m, default_year)
            if iso and not any(s <= m.start() < e for s, e, _ in found):
                found.append((m.start(), m.end(), iso))
    return sorted(found)


def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def starts_within(starts: list[int], s: int, e: int) -> bool:
    """One of the sorted `starts` lies in [s, e)."""
    i = bisect.bisect_left(starts, s)
    return i < len(starts) and starts[i] < e


class SpanSet:
    """Spans kept merged and sorted, so that 'is this position (or span) covered?' costs a binary search:
    the taggers ask it for every match, and a linear scan over all spans made long texts quadratic.
    Empty spans cover nothing."""

    __slots__ = ("ends", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        starts: list[int] = []
        ends: list[int] = []  # local names in the loop: the taggers make a dozen sets per text
        for s, e in sorted(spans):
            if s >= e:
                continue
            if ends and s <= ends[-1]:
                if e > ends[-1]:
                    ends[-1] = e
            else:
                starts.append(s)
                ends.append(e)
        self.starts = starts
        self.ends = ends

    def add(self, start: int, end: int) -> None:
        if start >= end:
            return
        lo = bisect.bisect_left(self.ends, start)  # the first span that ends at or after `start`
        hi = bisect.bisect_right(self.starts, end)  # spans from lo to hi touch [start, end]
        if lo < hi:
            start = min(start, self.starts[lo])
            end = max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]

    def covers(self, pos: int) -> bool:
        """Some span has start <= pos < end."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with [start, end)."""
        i = bisect.bisect_left(self.starts, end) - 1  # the last span that starts before `end`
        return i >= 0 and self.ends[i] > start and start < end


def word_start_alternation(words: Iterable[str], not_after: str = r"\w", trie: bool = False) -> str:
    """`(?<!{not_after})(?:{alternation(words)})` (with `trie`, of `trie_alternation(words)`) written so
    that the pattern begins with the words' first letters: each branch takes its first letter, then looks
    behind it for what may not come before the word (`(?<!{not_after}X)` after the letter X). Python's `re`
    scans a text for a pattern's first characters in C only when the pattern begins with literals; with
    the look-behind first it tried the pattern at every position (2-3x the CPU on a whole text)."""
    if trie:
        return trie_alternation(words, not_after=not_after)
    return "|".join(
        re.escape(w[0]) + rf"(?<!{not_after}{re.escape(w[0])})" + re.escape(w[1:])
        for w in sorted(set(words), key=len, reverse=True)
    )


def trie_alternation(words: Iterable[str], not_after: str | None = None) -> str:
    """Regex matching any of `words` (longest first at each branch), built as a character trie: Python's
    `re` tries the branches of a plain alternation one by one at every position, a trie only the branch
    the next character selects. With `not_after`, each word's first letter is followed by a look-behind
    that nothing matching it comes before the word (`word_start_alternation`)."""
    root: dict = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, top: bool = False) -> str:
        def behind(ch: str) -> str:
            return rf"(?<!{not_after}{re.escape(ch)})" if top and not_after is not None else ""

        branches = [re.escape(ch) + behind(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root, top=True)


def first_letters(words: dict[str, str] | list[str]) -> str:
    """A character class body of the words' first letters in both cases."""
    return "".join(sorted({c for w in words for c in (w[0].lower(), w[0].upper())})).replace("-", r"\-")


def folded_alternation(words: list[str]) -> str:
    """`alternation(words)` for an IGNORECASE pattern, as a trie of their lower-case forms: the flag folds
    case letter by letter, so the same words match; the words that match at one place are prefixes of one
    another, which the trie tries longest first, as the alternation does; and the engine takes the one
    branch the next letter selects instead of trying every word (it skips a branch on its first letter only
    when that letter is case-sensitive): 10-40% less CPU on the deal and event word lists."""
    if any(len(w.lower()) != len(w) for w in words):  # a letter that lowers to two ("İ"): as written
        return alternation(words)
    return trie_alternation({w.lower() for w in words})
