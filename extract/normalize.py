"""Vietnamese text normalisation: one place for every Unicode rule the taggers and search rely on."""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from dataclasses import dataclass

_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})


def fold(text: str) -> str:
    """Accent-free lower-case form used for accent-insensitive matching.

    >>> fold("Quyết định số 26/2023/QĐ-UBND")
    'quyet dinh so 26/2023/qd-ubnd'
    >>> fold("đồng") == fold("dong") == fold("Đồng")
    True
    """
    if "Σ" in text:  # the one letter `str.lower` reads in context (a final sigma): the text folded whole
        return _fold_whole(text)
    return text.translate(_FOLD_CHARS)


class _FoldedChars(dict):
    """The folded form of each character met so far, by code point, for one `str.translate` of a text: fold
    works character by character (NFD decomposes each character alone and every mark its reordering moves is
    dropped; `str.lower` is per character but for "Σ"), and one translate is 4x faster than the three passes
    on a long text (the decision tagger folds every text whole). At most `_FOLD_CACHED` characters kept."""

    def __missing__(self, code: int) -> str:
        folded = _fold_whole(chr(code))
        if len(self) < _FOLD_CACHED:
            self[code] = folded
        return folded


_FOLD_CACHED = 20_000
_FOLD_CHARS = _FoldedChars()


def _fold_whole(text: str) -> str:
    return unaccented(text).lower()


def unaccented(text: str) -> str:
    """The text without its marks, capitals kept (`fold` lowers them too).

    >>> unaccented("Bắc Ninh, Đồng Nai")
    'Bac Ninh, Dong Nai'
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    return _marks(_ASTRAL.search(decomposed) is not None).sub("", decomposed)


@functools.cache
def _marks(astral: bool) -> re.Pattern[str]:
    """Every combining mark (`unicodedata.combining` not 0); without `astral` only those of the Basic
    Multilingual Plane (a bitmap class: see `_odd_chars`)."""
    return re.compile(f"[{_char_class([c for c in _mark_codes() if astral or c <= 0xFFFF])}]")


@functools.cache
def _mark_codes() -> list[int]:
    return [c for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))]


# --- normalisation with an offset map ------------------------------------------------------------
#
# Convention: the "new" tone placement (kiểu mới), as used by underthesea's administrative data and by
# most current government text: in an open syllable "oa", "oe", "uy" a tone mark written on the SECOND
# vowel is moved to the FIRST one: "hoà" -> "hòa", "thuý" -> "thúy", "khoẻ" -> "khỏe", "uỷ" -> "ủy".
# Precisely: "oà/oè/uỳ" written with the mark on the last vowel of an open syllable is rewritten to carry
# the mark on the first vowel ("òa", "òe", "ùy"); "qu" + "y" ("quý") is left alone because "qu" is the
# onset.  Closed syllables ("hoàng", "thuyết") are unaffected: both conventions agree there.

_SPACE_LIKE = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",  # figure space
    "\u202f": " ",  # narrow no-break space
    "\u2009": " ",  # thin space
    "\u200a": " ",  # hair space
    "\u3000": " ",  # ideographic space
}
_REMOVED = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}  # zero-width chars, soft hyphen
_CHAR_FIX = {"\u00d0": "\u0110", "\u00f0": "\u0111"}  # Ð (Icelandic eth) -> Đ, ð -> đ

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
# ("oà", "uý" not after "q", before no letter; the class of first letters opens the pattern, so re scans
# for it in C: 40% less CPU than a look-ahead tried at every position)
_OLD_TONE = re.compile(
    r"([oOuU](?<![qQ][oOuU])(?:(?<=[oO])[àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|(?<=[uU])[ỳýỷỹỵỲÝỶỸỴ]))(?!\w)"
)


@dataclass(frozen=True)
class Normalized:
    """A normalised string plus, for each of its characters, the original [start, end) it came from."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text back to the original text.

        >>> n = normalize("Hoà Bình")
        >>> n.text
        'Hòa Bình'
        >>> n.span(0, 3)
        (0, 3)
        """
        if end <= start:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def _fix_tone(match: re.Match[str]) -> str:
    """'oà' -> 'òa' (same length, so the offset map stays valid)."""
    first, second = match.group(1)[0], match.group(1)[1]
    parts = unicodedata.normalize("NFD", second)
    tones = [c for c in parts if c in _TONES]
    if not tones:
        return match.group(1)
    base = "".join(c for c in parts if c not in _TONES)
    new_first = unicodedata.normalize("NFC", first + tones[0])
    return new_first + unicodedata.normalize("NFC", base)


def normalize(text: str) -> Normalized:
    """NFC, Đ fix, space clean-up and new-style tone placement, keeping an offset map.

    >>> normalize("Thanh Hoá, Khánh Hoà, thuỷ sản, Uỷ ban").text
    'Thanh Hóa, Khánh Hòa, thủy sản, Ủy ban'
    >>> nfd = unicodedata.normalize("NFD", "Hải Dương")
    >>> n = normalize(nfd)
    >>> n.text, len(nfd) > len(n.text)
    ('Hải Dương', True)
    >>> s, e = n.span(4, 9)
    >>> nfd[s:e] == unicodedata.normalize("NFD", "Dương")
    True
    """
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for m in _odd_chars(_ASTRAL.search(text) is not None).finditer(text):
        # between the clusters found here every character stays as it is
        k = m.start()
        if k < done:
            continue  # a mark already taken into the cluster before it
        if ord(text[k]) > 0xFFFF and not _odd_char(text[k]):
            continue  # the astral class takes every astral character: most are clusters of one NFC keeps
        i = k - 1 if k > done and unicodedata.combining(text[k]) else k  # a mark joins the character before
        j = _mark_run().match(text, k + 1).end()  # type: ignore[union-attr]  # `*` always matches
        out.append(text[done:i])
        starts.extend(range(done, i))
        ends.extend(range(done + 1, i + 1))
        done = j
        cluster = text[i:j]
        if cluster in _REMOVED:
            continue
        cluster = _SPACE_LIKE.get(cluster, cluster)
        composed = unicodedata.normalize("NFC", cluster)
        composed = "".join(_CHAR_FIX.get(c, c) for c in composed)
        out.append(composed)
        starts.extend([i] * len(composed))
        ends.extend([j] * len(composed))
    out.append(text[done:])
    starts.extend(range(done, len(text)))
    ends.extend(range(done + 1, len(text) + 1))
    normalised = _OLD_TONE.sub(_fix_tone, "".join(out))
    return Normalized(normalised, tuple(starts), tuple(ends), text)


def normalized_text(text: str) -> str:
    """`normalize(text).text` without the offset map where no cluster changes (most texts): the map holds
    two ints per character, most of the cost of normalising a long clean text, and `tag_text` needs it
    only when the text changed."""
    if _ASTRAL.search(text) is None and _odd_chars(False).search(text) is None:  # `normalize`'s loop does
        return _OLD_TONE.sub(_fix_tone, text)  # nothing (with astral characters the loop decides)
    return normalize(text).text


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


@functools.cache
def _odd_chars(astral: bool) -> re.Pattern[str]:
    """The characters `_normalize_clusters` would change or group with the one before: a combining mark
    (by `unicodedata.combining`, whatever the Unicode version), a zero-width or space-like character, Ð/ð,
    and a character NFC rewrites on its own ('Å' the ångström sign). Every other character not followed by
    a mark is a cluster of one that NFC leaves alone. The class lists the Basic Multilingual Plane's
    (a class that small compiles to a bitmap, about 40 times faster to scan than one with astral ranges);
    with `astral` it takes every astral character too, and `normalize` asks `_odd_char` of each one met
    (listing the astral planes' own cost a tenth of a second of `unicodedata` calls, once per process)."""
    codes = [c for c in range(0x10000) if _odd_char(chr(c))]
    extra = "".join(map(re.escape, [*_REMOVED, *_SPACE_LIKE, *_CHAR_FIX]))
    return re.compile(f"[{_char_class(codes)}{_ASTRAL.pattern[1:-1] if astral else ''}{extra}]")


def _odd_char(char: str) -> bool:
    """A combining mark, or a character NFC rewrites on its own (the test `_odd_chars` lists in its class)."""
    return bool(unicodedata.combining(char)) or not unicodedata.is_normalized("NFC", char)


@functools.cache
def _mark_run() -> re.Pattern[str]:
    return re.compile(f"[{_char_class(_mark_codes())}]*")


def _char_class(codes: list[int]) -> str:
    ranges: list[list[int]] = []
    for c in codes:
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)


def _normalize_clusters(text: str) -> Normalized:
    """`normalize` one character cluster (a base and its combining marks) at a time: the reference the
    property tests hold `normalize` to."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if cluster in _REMOVED:
            i = j
            continue
        cluster = _SPACE_LIKE.get(cluster, cluster)
        composed = unicodedata.normalize("NFC", cluster)
        composed = "".join(_CHAR_FIX.get(c, c) for c in composed)
        for ch in composed:
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    normalised = _OLD_TONE.sub(_fix_tone, "".join(out))
    return Normalized(normalised, tuple(starts), tuple(ends), text)
