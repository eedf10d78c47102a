"""Counts of things ("1.020 dự án", "hơn 150 doanh nghiệp") and areas ("2.738 ha", "25.000 m2").

Same number syntax and approximation rules as money (extract/tag/money.py): '.' groups thousands, ',' is
the decimal mark; "hơn/khoảng/gần/dưới ..." before the number -> approximate with the stated number;
"hàng trăm/nghìn ..." -> approximate, lower bound; a range "từ 25 lên 60 doanh nghiệp" / "5 - 10 ha"
gives both ends. A count needs a countable noun from data/quantities.json right after the number (so
durations, measures, ages and article numbers are not counts), and a number right after "năm", "Điều",
"cấp" ... is an ordinal or a date part, never a count.

    >>> [(q.value, q.unit, q.approximate) for q in tag_quantities("Hơn 150 doanh nghiệp và 6 KCN")]
    [(150, 'doanh nghiệp', True), (6, 'khu công nghiệp', False)]
    >>> [(a.hectares, a.unit) for a in tag_areas("Xưởng rộng 25.000 m2 trong KKT rộng 2.171 km2")]
    [(2.5, 'm2'), (217100.0, 'km2')]
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from extract.models import Area, Quantity
from extract.tag._common import alternation, load, trie_alternation
from extract.tag.money import NUMBER, as_amount, english_approx, number_matches, parse_number

_RANGE_WORDS = r"(?:-|–|đến|tới|lên|lên tới|lên đến|xuống|và)"  # "lần lượt 21 và 9 dự án": two counts


def _cap(word: str) -> str:
    return word[0].upper() + word[1:]


@functools.cache
def _parts() -> dict[str, str]:
    money = load("money.json")
    approx_words = [w for k in money["approx_words"] for w in (k, _cap(k))]
    vague_words = [w for k in money["vague_quantities"] if not k.startswith("_") for w in (k, _cap(k))]
    approx = trie_alternation(approx_words)  # tries: the same words, longest first (no IGNORECASE)
    vague = trie_alternation(vague_words)
    scales = alternation([k for k in money["scales"] if k not in ("tỷ", "tỉ")] + ["tỷ", "tỉ"])
    # the characters a match can start with (an approximation word, a digit, a vague word): the regex tests
    # them first, so that the many places where no count starts fail on one character class
    first = "".join(sorted({re.escape(w[0]) for w in approx_words + vague_words} - set("0123456789")))
    return {"approx": approx, "vague": vague, "scales": scales, "first": first}


def _compile(units: str) -> re.Pattern[str]:
    p = _parts()
    return re.compile(
        rf"(?=[\d{p['first']}])(?<!\w)(?:(?P<approx>{p['approx']})\s+)?"  # (?<!\w): every branch needs it
        rf"(?:(?<![\w.,/])(?:(?P<lo>{NUMBER})\s*{_RANGE_WORDS}\s*)?(?P<num>{NUMBER})(?![.,/]?\d)"
        rf"|(?<!\w)(?P<vague>{p['vague']}))"
        rf"(?P<scales>(?:\s+(?:{p['scales']}))*)"
        rf"\s*(?P<unit>{units})(?!\w)"
    )


@functools.cache
def _count_regex() -> re.Pattern[str]:
    nouns = load("quantities.json")["count_nouns"]
    return _compile(trie_alternation([w for k in nouns for w in {k, _cap(k)}]))


@functools.cache
def _area_regex() -> re.Pattern[str]:
    return _compile(trie_alternation(load("quantities.json")["area_units"]))


@functools.cache
def _not_after() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(load('quantities.json')['not_after'])})\s*$")


def _values(m: re.Match[str]) -> list[tuple[int, int, Decimal]]:
    """(start, end, value) of each number the match states: the low end of a range first."""
    data = load("money.json")
    scale = Decimal(1)
    for word in m.group("scales").split():
        scale *= data["scales"][word]
    if m.group("vague"):
        return [(m.start("vague"), m.end(), Decimal(data["vague_quantities"][m.group("vague").lower()]))]
    out = []
    if m.group("lo"):
        out.append((m.start("lo"), m.end("lo"), parse_number(m.group("lo")) * scale))
    out.append((m.start("num"), m.end(), parse_number(m.group("num")) * scale))
    return out


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[re.Match[str], int, int, Decimal]]:
    out = []
    for m in number_matches(rx, text):
        first = m.start("lo") if m.group("lo") else m.start("num") if m.group("num") else m.start("vague")
        if m.group("num") and not m.group("approx") and _not_after().search(text, max(0, first - 20), first):
            continue
        out.extend((m, start, end, value) for start, end, value in _values(m))
    return out


def tag_quantities(text: str) -> list[Quantity]:
    nouns = load("quantities.json")["count_nouns"]
    out = []
    for m, start, end, value in _matches(_count_regex(), text):
        unit = m.group("unit")
        out.append(
            Quantity(
                mention=text[start:end],
                start=start,
                end=end,
                value=as_amount(value),
                unit=nouns.get(unit) or nouns[unit[0].lower() + unit[1:]],
                approximate=bool(m.group("approx") or m.group("vague")),
            )
        )
    return out


# English copy's areas: "a 40-hectare site", "28 more hectares", "38,200 square metres", "100,000ha" (','
# groups thousands there, '.' is the decimal point)
_ENGLISH_AREA = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s*|-)(?:more\s+)?"
    r"(?P<unit>hectares?|ha|m2|m²|km2|sq\.? ?m|square[- ]met(?:re|er)s?|square[- ]kilomet(?:re|er)s?)(?!\w)"
)
_SENTENCE_EDGE = re.compile(r"[.!?\n](?:\s|$)")


def _english_unit(unit: str) -> tuple[str, float]:
    """'hectares' -> ('ha', 1); 'square metres', 'm2', 'sq m' -> ('m2', 0.0001); 'km2' and 'square
    kilometres' -> ('km2', 100)."""
    if unit.startswith(("hectare", "ha")):
        return "ha", 1
    if unit.startswith("km") or "kilomet" in unit:
        return "km2", 100
    return "m2", 0.0001


def _sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence holding `pos`: from the end of the last `_SENTENCE_EDGE` before it to the end of the
    first one from it (looked for near `pos` first: a sentence is rarely longer than a few hundred
    characters)."""
    start = 0
    for lo in (max(0, pos - 600), 0):
        edges = list(_SENTENCE_EDGE.finditer(text, lo, pos))
        if edges or lo == 0:
            start = edges[-1].end() if edges else 0
            break
    after = _SENTENCE_EDGE.search(text, pos)
    return start, after.end() if after else len(text)


def _english_areas(text: str, found: list[Area]) -> list[Area]:
    """The areas of English sentences: those `tag_areas` read with a comma in Vietnamese number syntax read
    again ("2,800m2" is 2,800 square metres there, not 2.8), and English units it does not know ("a 40-hectare
    site", "38,200 square metres") added. Only the sentences that hold such an area are asked whether they are
    English."""
    from extract.tag.english import is_english  # (english imports the taggers' common parts only)

    starts = [a.start for a in found if "," in a.mention]
    if "hectare" in text or "square" in text or "sq" in text:
        starts += [m.start() for m in _ENGLISH_AREA.finditer(text)]
    asked: list[tuple[int, int, bool]] = []  # each sentence asked once: (start, end, English)
    for pos in sorted(starts):
        if asked and asked[-1][0] <= pos < asked[-1][1]:
            continue
        s, e = _sentence_at(text, pos)
        asked.append((s, e, is_english(text[s:e])))
    out = list(found)
    for s, e, english in asked:
        if not english:
            continue
        for m in _ENGLISH_AREA.finditer(text, s, e):
            if "," not in m.group("num") and any(a.start < m.end() and m.start() < a.end for a in found):
                continue  # "40 ha": read alike in both syntaxes
            out = [a for a in out if not (a.start < m.end() and m.start() < a.end)]  # read again
            unit, factor = _english_unit(m.group("unit"))
            value = Decimal(m.group("num").replace(",", ""))
            out.append(
                Area(
                    mention=m.group(),
                    start=m.start(),
                    end=m.end(),
                    value=as_amount(value),
                    unit=unit,
                    hectares=float(value * Decimal(str(factor))),
                    approximate=english_approx().search(text, max(s, m.start() - 20), m.start()) is not None,
                )
            )
    return sorted(out, key=lambda a: a.start)


def tag_areas(text: str) -> list[Area]:
    """Areas, in Vietnamese number syntax, and in English sentences in theirs (`_english_areas`).

    >>> [(a.hectares, a.unit) for a in tag_areas("It covers 38,200 square metres on a 5-hectare site.")]
    [(3.82, 'm2'), (5.0, 'ha')]
    """
    units = load("quantities.json")["area_units"]
    out = []
    for m, start, end, value in _matches(_area_regex(), text):
        unit, factor = units[m.group("unit")]
        out.append(
            Area(
                mention=text[start:end],
                start=start,
                end=end,
                value=as_amount(value),
                unit=unit,
                hectares=float(value * Decimal(str(factor))),
                approximate=bool(m.group("approx") or m.group("vague")),
            )
        )
    return (
        _english_areas(text, out)
        if "," in text or "hectare" in text or "square" in text or "sq" in text
        else out
    )
