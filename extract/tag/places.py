"""Provinces (63 pre-2025 units mapped to the 34 current ones), industrial parks/zones and countries."""

from __future__ import annotations

import functools
import re

from extract.models import Location, Province
from extract.tag._common import UPPER, alternation, is_cap, load, tokens

_LETTER = rf"[\w{UPPER}]"


@functools.cache
def province_table() -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """(surface form -> canonical short name, short name -> current full name, regex)."""
    units = load("provinces.json")["units"]
    extra = load("province_aliases.json")
    surface: dict[str, str] = {}
    current: dict[str, str] = {}
    for unit in units:
        current[unit["name"]] = unit["current"]
        for form in (unit["name"], unit["full"]):
            surface[form] = unit["name"]
    surface.update(extra["aliases"])
    for form, name in list(surface.items()):
        surface.setdefault(form.upper(), name)
    prefixes = alternation(extra["prefixes"])
    rx = re.compile(rf"(?<!\w)(?:(?P<prefix>{prefixes})\s*)?(?P<name>{alternation(surface)})(?!\w)")
    return surface, current, rx


@functools.cache
def _blocked_rx() -> re.Pattern[str]:
    """Phrases that contain a province name without meaning the province ('Thái Bình Dương')."""
    return re.compile(rf"(?<!\w)(?:{alternation(load('province_aliases.json')['blocked'])})(?!\w)")


@functools.cache
def _surnames() -> frozenset[str]:
    data = load("persons.json")
    return frozenset(data["surnames"]) | frozenset(data["middle_names"])


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, pos - 40) : pos])
    return m.group(1) if m and re.fullmatch(r"\s*", text[max(0, pos - 40) : pos][m.end(1) :]) else ""


def tag_provinces(text: str) -> list[Province]:
    surface, current, rx = province_table()
    surnames = _surnames()
    blocked = [(b.start(), b.end()) for b in _blocked_rx().finditer(text)]
    out: list[Province] = []
    for m in rx.finditer(text):
        if any(s <= m.start("name") and m.end() <= e for s, e in blocked):
            continue
        name = surface[m.group("name")]
        if not m.group("prefix"):
            prev = _prev_word(text, m.start())
            # "Hoàng Long An", "Nguyễn Thái Bình": part of a person's name, not the province
            if prev in surnames and m.group("name") == name:
                continue
        out.append(
            Province(mention=m.group(), start=m.start(), end=m.end(), name=name, current=current[name])
        )
    return out


# --- industrial parks / zones ------------------------------------------------------------------------


@functools.cache
def _park_regex() -> re.Pattern[str]:
    prefixes = load("places.json")["park_prefixes"]
    return re.compile(rf"(?<!\w)(?P<prefix>{alternation(prefixes)})(?!\w)")


_PARK_STOP = {"KCN", "CCN", "KKT", "KCX", "Khu", "Cụm", "Công", "Ban", "UBND", "Sở", "CNHT", "FDI", "DN"}


def tag_parks(text: str) -> list[Location]:
    prefixes = load("places.json")["park_prefixes"]
    out: list[Location] = []
    for m in _park_regex().finditer(text):
        canon, kind = prefixes[m.group("prefix")]
        name_toks = []
        for tok in tokens(text, m.end(), min(len(text), m.end() + 80)):
            between = text[(name_toks[-1].end if name_toks else m.end()) : tok.start]
            if between not in (" ", "") or not (is_cap(tok.text) or tok.text.isdigit() or tok.text in ("-",)):
                break
            if tok.text in _PARK_STOP or (tok.text == "-" and not name_toks):
                break
            name_toks.append(tok)
            if len(name_toks) >= 5:
                break
        while name_toks and name_toks[-1].text == "-":
            name_toks.pop()
        if not name_toks:
            continue
        end = name_toks[-1].end
        out.append(
            Location(
                mention=text[m.start() : end],
                start=m.start(),
                end=end,
                name=f"{canon} {text[name_toks[0].start : end]}",
                type=kind,
            )
        )
    return out


# --- countries ---------------------------------------------------------------------------------------


@functools.cache
def _country_regex() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(load('places.json')['countries'])})(?!\w)")


def tag_countries(text: str) -> list[Location]:
    data = load("places.json")
    ambiguous = set(data["ambiguous_countries"])
    stop = set(load("name_words.json")["stop"])
    out: list[Location] = []
    for m in _country_regex().finditer(text):
        word = m.group()
        if word in ambiguous:
            before = text[max(0, m.start() - 30) : m.start()]
            prev = re.search(r"(\S+)\s+$", before)
            nxt = re.match(r"\s+(\S+)", text[m.end() : m.end() + 30])
            prev_ok = prev is not None and (prev.group(1)[0].islower() or prev.group(1) in {",", "-", "–"})
            if before.rstrip().endswith(","):
                prev_ok = True
            if prev and prev.group(1) in {"ông", "bà", "anh", "chị", "em"}:
                prev_ok = False
            # "Pháp luật", "Mỹ Phước": an ambiguous country needs punctuation or a function word next
            nxt_ok = nxt is None or not nxt.group(1)[0].isalpha() or nxt.group(1).rstrip(",.;:)") in stop
            if not prev_ok or not nxt_ok:
                continue
        out.append(
            Location(mention=word, start=m.start(), end=m.end(), name=data["countries"][word], type="country")
        )
    return out


def current_unit(name: str) -> str | None:
    """Today's unit for a province named in any form the tagger knows.

    >>> current_unit("Hải Dương"), current_unit("TP.HCM"), current_unit("Atlantis")
    ('Thành phố Hải Phòng', 'Thành phố Hồ Chí Minh', None)
    """
    found = tag_provinces(name.strip())
    return found[0].current if found else None
