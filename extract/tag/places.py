"""Provinces (63 pre-2025 units mapped to the 34 current ones), industrial parks/zones and countries."""

from __future__ import annotations

import functools
import re

from extract.models import Location, Province
from extract.normalize import fold, unaccented
from extract.tag._common import (
    UPPER,
    alternation,
    is_cap,
    load,
    tokens,
    trie_alternation,
    word_start_alternation,
)

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
    for unit in units:  # English copy writes names unaccented: "Bac Ninh", "Quang Ngai", "Binh Duong"
        bare = unaccented(unit["name"])
        if bare != unit["name"] and " " in bare:
            surface.setdefault(bare, unit["name"])
    surface.update(extra["english_cities"])  # "Hanoi", "Saigon": English copy's one-word city names
    for form, name in list(surface.items()):
        surface.setdefault(form.upper(), name)
    prefixes = alternation(extra["prefixes"])
    # the first letters tested before the look-behind: most positions fail there, cheaply
    first = re.escape("".join(sorted({w[0] for w in [*extra["prefixes"], *surface]})))
    rx = re.compile(
        rf"(?=[{first}])(?<!\w)(?:(?P<prefix>{prefixes})\s*)?(?P<name>{trie_alternation(surface)})(?!\w)"
    )
    return surface, current, rx


# a capitalised word after an English city name carries on a park's or a firm's name, unless it names the
# city or its bodies ("Hanoi City", "Hanoi People's Committee", "Hanoi Department of ...")
_NAME_GOES_ON = re.compile(r" (?!City\b|People|Province\b|Department\b)[A-Z]")


@functools.cache
def english_city_forms() -> frozenset[str]:
    """English copy's city names ("Hanoi", "HANOI", "Saigon"): provinces, which site no deal or event
    (`tag_text` leaves them out of the provinces it sites deals by)."""
    cities = load("province_aliases.json")["english_cities"]
    return frozenset(cities) | frozenset(c.upper() for c in cities)


@functools.cache
def _blocked_rx() -> re.Pattern[str]:
    """Phrases that contain a province name without meaning the province ('Thái Bình Dương')."""
    return re.compile(rf"(?:{word_start_alternation(load('province_aliases.json')['blocked'])})(?!\w)")


@functools.cache
def _surnames() -> frozenset[str]:
    data = load("persons.json")
    return frozenset(data["surnames"]) | frozenset(data["middle_names"])


_LAST_WORD = re.compile(r"(\w+)\W*$")
_SPACES = re.compile(r"\s*")


def _prev_word(text: str, pos: int) -> str:
    before = text[max(0, pos - 40) : pos]
    m = _LAST_WORD.search(before)
    return m.group(1) if m and _SPACES.fullmatch(before, m.end(1)) else ""


def tag_provinces(text: str) -> list[Province]:
    surface, current, rx = province_table()
    surnames = _surnames()
    blocked = [(b.start(), b.end()) for b in _blocked_rx().finditer(text)]
    out: list[Province] = []
    for m in rx.finditer(text):
        if any(s <= m.start("name") and m.end() <= e for s, e in blocked):
            continue
        name = surface[m.group("name")]
        if m.group("name") in english_city_forms() and _NAME_GOES_ON.match(text, m.end()):
            continue  # "Saigon Hi-Tech Park", "Hanoi Precision Casting": a park's or a firm's name
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
    return re.compile(rf"(?P<prefix>{word_start_alternation(prefixes)})(?!\w)")


_PARK_STOP = {"KCN", "CCN", "KKT", "KCX", "Khu", "Cụm", "Công", "Ban", "UBND", "Sở", "CNHT", "FDI", "DN"}


@functools.cache
def _descriptor_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{alternation(load('places.json')['park_descriptors'])}) )*")


def _park_name(text: str, start: int) -> tuple[int, int] | None:
    """[start, end) of a park's name after `start` (one space allowed first): optional lower-case
    descriptors from places.json ("cơ khí ô tô"), then up to five capitalised words, numbers or hyphens."""
    name_start = start + 1 if text.startswith(" ", start) else start
    pos = _descriptor_regex().match(text, name_start).end()
    name_toks = []
    for tok in tokens(text, pos, min(len(text), pos + 80)):
        between = text[(name_toks[-1].end if name_toks else pos) : tok.start]
        if between not in (" ", "") or not (is_cap(tok.text) or tok.text.isdigit() or tok.text in _DASHES):
            break
        if tok.text == "Công" and not re.match(r" (?:ty|Ty|nghiệp)\b", text[tok.end : tok.end + 9]):
            pass  # "KCN Thành Thành Công": a name, not "Công ty"
        elif tok.text in _PARK_STOP or (tok.text in _DASHES and not name_toks):
            break
        name_toks.append(tok)
        if len(name_toks) >= 5:
            break
    while name_toks and name_toks[-1].text in _DASHES:
        name_toks.pop()
    return (name_start, name_toks[-1].end) if name_toks else None


_DASHES = ("-", "–")
_LIST_NEXT = re.compile(r"(?:,\s*|\s+và\s+)")
_SAME_BASE_NEXT = re.compile(r"\s+và\s+")


def tag_parks(text: str) -> list[Location]:
    """Parks and zones: 'KCN Đại An', 'Khu công nghiệp cơ khí ô tô Chu Lai - Trường Hải', and each park of
    a list after a plural prefix.

    >>> [p.name for p in tag_parks("tại các KCN Quế Võ, Yên Phong và VSIP Bắc Ninh, sử dụng")]
    ['Khu công nghiệp Quế Võ', 'Khu công nghiệp Yên Phong', 'Khu công nghiệp VSIP Bắc Ninh']
    """
    prefixes = load("places.json")["park_prefixes"]
    out: list[Location] = []
    for m in _park_regex().finditer(text):
        canon, kind = prefixes[m.group("prefix")]
        span = _park_name(text, m.end())
        plural = text[max(0, m.start() - 4) : m.start()].lower().endswith("các ")
        first = True
        while span is not None:
            name_start, end = span
            start = m.start() if first else name_start
            out.append(
                Location(
                    mention=text[start:end],
                    start=start,
                    end=end,
                    name=f"{canon} {text[name_start:end].replace(' – ', ' - ')}",
                    type=kind,
                )
            )
            first = False
            nxt = _LIST_NEXT.match(text, end) if plural else _SAME_BASE_NEXT.match(text, end)
            span = _park_name(text, nxt.end()) if nxt else None
            if span is not None and not plural:  # "KCN Trà Nóc 1 và Trà Nóc 2": the same base name again
                base = text[name_start:end].split()[0]
                span = span if text[span[0] : span[1]].split()[0] == base else None
    return out


# --- countries ---------------------------------------------------------------------------------------


@functools.cache
def _country_regex() -> re.Pattern[str]:
    return re.compile(rf"(?:{word_start_alternation(load('places.json')['countries'], trie=True)})(?!\w)")


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
            bracketed = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
            person = re.search(r"(?:ông|bà|anh|chị)\s+(?:\S+\s+){0,3}\S+\s*\($", before, re.IGNORECASE)
            if bracketed and not person:
                prev_ok = True  # "Tập đoàn Bosch (Đức)": a firm's country in brackets, not "ông A (Đức)"
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


def filing_names(name: str) -> list[str]:
    """The province names a document naming `name` is filed under (search facets and filters): today's
    unit, preceded by the pre-2025 unit when that was another one. Aliases collapse into one name, so a
    facet lists each unit once. A name the tagger does not know is kept as given.

    >>> filing_names("Hải Dương"), filing_names("Bắc Giang")
    (['Hải Dương', 'Thành phố Hải Phòng'], ['Bắc Giang', 'Tỉnh Bắc Ninh'])
    >>> filing_names("TP.HCM"), filing_names("TP Hồ Chí Minh"), filing_names("Bắc Ninh")
    (['Thành phố Hồ Chí Minh'], ['Thành phố Hồ Chí Minh'], ['Tỉnh Bắc Ninh'])
    >>> filing_names("Atlantis")
    ['Atlantis']
    """
    return list(_filing_names(name.strip()))


@functools.lru_cache(maxsize=4096)
def _filing_names(name: str) -> tuple[str, ...]:
    """`filing_names`, cached: the store files every deal report of every batch under these names."""
    found = tag_provinces(name)
    if not found:
        return (name,) if name else ()
    old, current = found[0].name, found[0].current
    same_unit = fold(current).endswith(fold(old))  # "Tỉnh Bắc Ninh" is Bắc Ninh's own successor
    return (current,) if same_unit else (old, current)


# --- districts ---------------------------------------------------------------------------------------

_DISTRICT_STOP = {"KCN", "CCN", "KKT", "UBND", "HĐND", "Sở", "Ban", "Công", "Tỉnh", "Huyện", "Quận"}


@functools.cache
def _district_regex() -> re.Pattern[str]:
    prefixes = load("places.json")["district_prefixes"]
    words = word_start_alternation(prefixes, not_after=r"[\w.]")  # not after a letter or a dot
    return re.compile(rf"(?P<prefix>{words})(?=\s)")


def tag_districts(text: str) -> list[Location]:
    """Districts, towns and provincial cities: 'huyện Quế Võ', 'thị xã Kinh Môn', 'TP Chí Linh', 'Quận 1'.

    >>> [(d.name, d.mention) for d in tag_districts("tại huyện Yên Phong, TX. Quế Võ và thành phố Hải Phòng")]
    [('huyện Yên Phong', 'huyện Yên Phong'), ('thị xã Quế Võ', 'TX. Quế Võ')]
    >>> [d.name for d in tag_districts("huyện Núi Thành, TP HCM và Quận 1 Thành phố Hồ Chí Minh")]
    ['huyện Núi Thành', 'quận 1']
    """
    prefixes = load("places.json")["district_prefixes"]
    surface, _, province_rx = province_table()
    out: list[Location] = []
    for m in _district_regex().finditer(text):
        if province_rx.match(text, m.start()):
            continue  # "TP HCM", "Thành phố Hải Phòng": a province
        name_toks = []
        for tok in tokens(text, m.end(), min(len(text), m.end() + 60)):
            between = text[(name_toks[-1].end if name_toks else m.end()) : tok.start]
            if (
                between not in (" ",)
                or not (is_cap(tok.text) or tok.text.isdigit())
                or tok.text in _DISTRICT_STOP
                or (tok.text == "Thành" and text.startswith(" phố", tok.end))
            ):
                break
            name_toks.append(tok)
            if len(name_toks) >= 4:
                break
        if not name_toks:
            continue
        name = text[name_toks[0].start : name_toks[-1].end]
        if name in surface or any(text[name_toks[0].start : t.end] in surface for t in name_toks):
            continue  # "thành phố Hải Phòng", "TP Hồ Chí Minh": a province
        out.append(
            Location(
                mention=text[m.start() : name_toks[-1].end],
                start=m.start(),
                end=name_toks[-1].end,
                name=f"{prefixes[m.group('prefix')]} {name}",
                type="district",
            )
        )
    return out
