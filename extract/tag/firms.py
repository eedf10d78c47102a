"""Firms (legal form + capitalised name, or a known group written bare) and organisations (agencies,
People's Committees, management boards, associations).  Agencies never go to firms.

A name runs over capitalised words and a few lower-case ones ("Cơ khí chính xác Minh Long") and ends at a stop
word (extract/data/name_words.json), a person found after a role, or a parenthesised alias ("(Thaco)", which
then names the same firm later). Canonical firm names drop the legal form, "(Việt Nam)", and a trailing
"Việt Nam" after a foreign brand ("Samsung Display Việt Nam" -> "Samsung Display"); a trailing province stays,
since it names the subsidiary registered there ("Hitachi Astemo Hà Nam", "LG Display Việt Nam Hải Phòng").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from extract.models import Firm, Organization
from extract.normalize import fold
from extract.tag._common import (
    ENGLISH_MONTH_NAMES,
    NAME_ABBREVIATIONS,
    UPPER,
    SpanSet,
    Token,
    alternation,
    is_cap,
    load,
    tokens,
    word_start_alternation,
)
from extract.tag.header_orgs import header_organizations
from extract.tag.person_cues import foreign_surnames, is_surname, name_syllables
from extract.tag.places import tag_provinces

_WORD_OR_DASH = r"[\w-]"  # what may not come before a name or a prefix (`word_start_alternation`)
_WORD_OR_DOT = r"[\w.]"

_VIET_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:oai|oay|oeo|uay|uoi|uya|uye|uyu|ieu|yeu|uou|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui|uo|uy|ya|ye"
    r"|yu|[aeiouy]|[ăâêôơư][aeiouyăâêôơư]{0,2}|[aeiouy][ăâêôơư][aeiouyăâêôơư]?)"
    r"(?:ch|ng|nh|[cmnpt])?",
    re.IGNORECASE,
)


_ADMIN_WORDS = {"tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành", "phố", "các"}


# a capitalised word after a short name that is no legal form's: a longer name goes on ("Himawari Tape Co.")
_NAME_GOES_ON = re.compile(
    rf" (?!(?:Private|Limited|Pte|Ltd|Co|Company|Corporation|Corp|Inc|JSC|LLC|GmbH|PLC)\b)[{UPPER}][a-z]"
)


def _short_names(text: str, named: list[Firm], taken: SpanSet) -> list[Firm]:
    """A firm named in full with a legal form and, before or after, by its foreign last word(s) alone
    ("Công ty TNHH Chế biến Gỗ Kaiyuan ..., Kaiyuan sẽ đầu tư ..."): the short name is that firm again, under
    its full name."""
    shorts: dict[str, Firm] = {}
    for f in named:
        words = f.name.split()
        k = 0
        while k < len(words) and looks_foreign(words[-1 - k]):
            k += 1
        if f.legal_form and 0 < k < len(words):
            shorts.setdefault(" ".join(words[-k:]), f)
    out: list[Firm] = []
    for short, f in shorts.items():
        # (before the full name too, as in a headline: "Kitaura khởi công ...\nTập đoàn Kính tấm Kitaura ...",
        # unless another firm holds the short name: "Kaneshiro" before "Sơn Kaneshiro" and "Kaneshiro Paint")
        found = word_matches(text, [short], 0, not_before="-", not_after="-")
        parent = any(_NAME_GOES_ON.match(text, at + len(short)) and not taken.covers(at) for at, _ in found)
        for start, _ in found:
            if parent and start < f.end:
                continue
            if _NAME_GOES_ON.match(text, start + len(short)):
                continue  # "Đà Nẵng Himawari ..., đơn vị của Himawari Tape Co., Ltd": another firm
            if not taken.covers(start):
                out.append(
                    Firm(
                        mention=short,
                        start=start,
                        end=start + len(short),
                        name=f.name,
                        legal_form=None,  # written bare here: the name is the full one, the mention is not
                    )
                )
                taken.add(start, start + len(short))
    return out


def _parent_names(text: str, named: list[Firm], taken: SpanSet, not_names: set[str]) -> list[Firm]:
    """A foreign word written alone that starts the name of a Vietnamese unit found in the text ("... mà
    Mitsuwa bỏ ra từ năm 2008, qua công ty con Mitsuwa Aero Việt Nam"): the group the unit is named after, a
    firm of its own. (The head of any other name is that firm again, "Daeho" for "Daeho Heavy Industries",
    and is left to the readers of short names.)

    >>> text = "vốn mà Kestrel bỏ ra, qua Kestrel Aero Vina"
    >>> unit = Firm(mention="Kestrel Aero Vina", start=26, end=43, name="Kestrel Aero Vina")
    >>> [f.name for f in _parent_names(text, [unit], SpanSet([(26, 43)]), set())]
    ['Kestrel']
    """
    heads = {
        words[0]
        for f in named
        if len(words := f.name.split()) >= 2
        and _LOCAL_UNIT.search(f.mention)
        and len(words[0]) >= 4
        and words[0][0].isupper()
        and not words[0].isupper()
        and looks_foreign(words[0])
        and words[0] not in not_names
        and not _country_regex().fullmatch(words[0])
    }
    out: list[Firm] = []
    for start, head in word_matches(text, heads, not_before="-", not_after="-"):
        end = start + len(head)
        if taken.overlaps(start, end) or _CAPITALISED_NEXT.match(text, end):
            continue  # a longer name of its own ("Mitsuwa Seiki"), found or not
        if _PLANT_NAMED_BEFORE.search(text, max(0, start - 50), start):
            continue  # "dự án Nhà máy sản xuất lốp xe Sunda của Công ty TNHH Sunda Tyre Việt Nam": a plant
        out.append(Firm(mention=head, start=start, end=end, name=head))
        taken.add(start, end)
    return out


# the words that open a list of firms when one of its items is a firm: "gồm" ("bao gồm", "gồm có"), "như",
# "including", "includes", "include", "such as" (looked for with `str.find`: "như" is in most texts)
_LIST_CUES = ("gồm ", "như ", "including ", "include ", "includes ", "such as ")
_KINDS_THEN_COLON = re.compile(  # (looked for only before a colon: `_colon_lists`)
    r"(?<!\w)(?:doanh nghiệp|công ty|hãng|nhà sản xuất|nhà đầu tư|makers|companies|firms|producers"
    r"|manufacturers|suppliers|investors|exporters)(?!\w)[^.:;\n()]{0,60}:[ \t]*(?=[A-ZĐ])"
)


def _cued_lists(text: str) -> list[int]:
    """Where the list after each of `_LIST_CUES` starts, when a capitalised word follows it ("như Tân Hiệp
    Phát, ..."); "gồm có" is one cue."""
    out: list[int] = []
    for cue in _LIST_CUES:
        at = text.find(cue)
        while at >= 0:
            end = at + len(cue)
            if cue == "gồm " and text.startswith("có ", end):
                end += 3
            if (at == 0 or not text[at - 1].isalnum()) and text[end : end + 1].isupper():
                out.append(end)
            at = text.find(cue, at + 1)
    return out


def _colon_lists(text: str) -> list[int]:
    """Where the list after each colon that follows a kind of firms starts (`_KINDS_THEN_COLON`): the
    pattern asked only in the 80 characters before each colon, colons being few."""
    out: list[int] = []
    at = text.find(":")
    while at >= 0:
        m = _KINDS_THEN_COLON.search(text, max(0, at - 80), min(len(text), at + 3))
        if m is not None and m.end() > at:
            out.append(m.end())
        at = text.find(":", at + 1)
    return out


_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:(?P<and1>và|and)[ \t]+)?|[ \t]+(?P<and2>và|and)[ \t]+")
_LIST_ITEM = re.compile(rf"[{UPPER}][\w&'’-]*(?: [{UPPER}][\w&'’-]*){{0,3}}(?=[ \t]*(?:[,.;:)]|và |and |$))")


def _list_items(text: str, pos: int) -> list[tuple[int, int]]:
    """Spans of the items of a list that starts at `pos`: one to four capitalised words each, split by
    commas and "và"/"and"; the item that "và"/"and" opens is the last."""
    items: list[tuple[int, int]] = []
    item = _LIST_ITEM.match(text, pos)
    while item is not None:
        items.append(item.span())
        sep = _LIST_SEP.match(text, item.end())
        last = len(items) > 1 and text[items[-2][1] : items[-1][0]].strip(" \t,") in ("và", "and")
        if sep is None or last:
            break
        item = _LIST_ITEM.match(text, sep.end())
    return items


def _listed_firms(text: str, named: list[Firm], taken: SpanSet, not_names: set[str]) -> list[Firm]:
    """The names of a list of firms: after "gồm"/"như"/"including"/"such as" when one of them is a firm
    found otherwise ("... như Tân Hiệp Phát, Bia Sài Gòn và Masan"), or after a colon that says what kind
    of firms follow ("Nine tile makers filed the petition: A, B, ... and I"); each a firm unless it is
    wholly a province, a country or a word that is no name.

    >>> t = "Chín hãng gạch nộp đơn: Hoàng Gia, Á Đông và Đất Lành."
    >>> [f.name for f in _listed_firms(t, [], SpanSet(), set())]
    ['Hoàng Gia', 'Á Đông', 'Đất Lành']
    """
    lists = [(pos, True) for pos in _colon_lists(text)]
    lists += [(pos, False) for pos in _cued_lists(text)]
    found = {(f.start, f.end) for f in named}
    out: list[Firm] = []
    for pos, sure in lists:
        items = _list_items(text, pos)
        if len(items) < 2 or not (sure or any(span in found for span in items)):
            continue
        for start, end in items:
            name = text[start:end]
            if (start, end) in found or taken.overlaps(start, end):
                continue
            if (
                name in not_names
                or any(p.start == 0 and p.end == len(name) for p in tag_provinces(name))
                or _country_regex().fullmatch(name)
                or name.split()[0] in _ADMIN_WORDS
            ):
                break  # "như Nhật Bản, Hàn Quốc và ...": a list of places
            out.append(Firm(mention=name, start=start, end=end, name=canonical_firm_name(name)))
            taken.add(start, end)
    return out


_CAPITALISED_NEXT = re.compile(rf" [{UPPER}0-9]")
_LOCAL_UNIT = re.compile(r" (?:Việt Nam|Vietnam|Vina)$")
_PLANT_NAMED_BEFORE = re.compile(r"(?<!\w)(?:nhà máy|xưởng|dự án)(?: [^\s,;.()“”\"]+)*\s$", re.IGNORECASE)


def word_matches(
    text: str, words: Iterable[str], pos: int = 0, *, not_before: str = "", not_after: str = ""
) -> list[tuple[int, str]]:
    """(start, word) of each match of `rf"(?<![\\w{not_before}])(?:{alternation(words)})(?![\\w{not_after}])"`
    from `pos`, as `finditer` finds them, but by `str.find`: no pattern compiled for a text's own names (a
    few per text, which pushed each other out of the `re` cache) and no look-behind tried at every position
    (the alias and short-name scans were ~3% of tag_text)."""
    order = sorted(set(words), key=len, reverse=True)  # the alternation's order: longest first
    found: set[int] = set()
    for word in order:
        at = text.find(word, pos)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    out: list[tuple[int, str]] = []
    end = pos
    for at in sorted(found):
        if at < end or (at > 0 and _edge(text[at - 1], not_before)):
            continue
        for word in order:
            stop = at + len(word)
            if text.startswith(word, at) and not (stop < len(text) and _edge(text[stop], not_after)):
                out.append((at, word))
                end = stop
                break
    return out


def _edge(char: str, also: str) -> bool:
    """`char` is a word character (`\\w`: alphanumeric or "_") or one of `also`."""
    return char.isalnum() or char == "_" or char in also


@functools.lru_cache(maxsize=65536)
def looks_foreign(word: str) -> bool:
    """'Kosame', 'SKV', 'Electronics' -> True; 'Long', 'Hùng' -> False (a Vietnamese syllable)."""
    if not word.isascii() or not word.isalpha():
        return False
    return len(word) >= 2 and not _VIET_SYLLABLE.fullmatch(word)


@functools.cache
def _forms() -> tuple[dict[str, str], re.Pattern[str]]:
    data = load("legal_forms.json")["forms"]
    forms: dict[str, str] = {}
    capital_only = set(load("legal_forms.json").get("capital_only", []))
    for surface, canon in data.items():
        forms[surface] = canon
        if surface not in capital_only:
            forms.setdefault(surface[0].lower() + surface[1:], canon)
    return forms, re.compile(rf"(?P<form>{word_start_alternation(forms, trie=True)})(?!\w)")


@functools.cache
def _foreign_forms() -> tuple[dict[str, str], re.Pattern[str]]:
    """Legal forms written after a foreign name: 'Co., Ltd.', 'LTD', 'Inc.', 'JSC', 'GmbH', 'S.A.' ..."""
    forms = load("legal_forms.json")["foreign_forms"]
    written = word_start_alternation(forms, not_after=_WORD_OR_DOT, trie=True)
    return forms, re.compile(rf"(?:{written})(?![\w])")


@functools.cache
def _org_tables() -> tuple[dict, re.Pattern[str], re.Pattern[str]]:
    data = load("organizations.json")
    prefixes = word_start_alternation(data["prefixes"], not_after=_WORD_OR_DASH, trie=True)
    prefix_rx = re.compile(rf"(?P<prefix>{prefixes})(?![\w-])")
    whole_rx = re.compile(
        rf"(?:{word_start_alternation([*data['standalone'], *data['acronyms']], trie=True)})(?!\w)"
    )
    return data, prefix_rx, whole_rx


@functools.cache
def _full_names_rx() -> re.Pattern[str]:
    names = load("organizations.json")["full_names"]
    return re.compile(rf"(?:{word_start_alternation(names, not_after=_WORD_OR_DASH, trie=True)})(?![\w-])")


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset(load("name_words.json")["stop"])


@functools.cache
def _caps_stop_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The words and the phrases ("công bố") that end an upper-case name (name_words.json `caps_stop`)."""
    stops = load("name_words.json")["caps_stop"]
    return frozenset(w for w in stops if " " not in w), tuple(w + " " for w in stops if " " in w)


def _caps_stop_at(text: str, tok: Token) -> bool:
    words, phrases = _caps_stop_words()
    return tok.text.lower() in words or text[tok.start : tok.start + 24].lower().startswith(phrases)


@functools.cache
def _stop_phrases() -> tuple[str, ...]:
    return tuple(load("name_words.json")["stop_phrases"])


@functools.cache
def _compounds() -> frozenset[str]:
    """'Kinh doanh', 'Hàng không', 'Quân đội': two syllables of one word of a name, the second lower-case."""
    return frozenset(load("name_words.json")["compounds"])


@functools.cache
def _compound_tails() -> frozenset[str]:
    return frozenset(c.split()[1] for c in _compounds())


# a number right before one of these is an amount or a count, not the number in a firm's name ("MTS 1 triệu")
_UNIT_AFTER = re.compile(
    r"\d{1,3}(?:[.,]\d+)?\s*(?:triệu|tỷ|tỉ|nghìn|ngàn|trăm|chục|USD|đồng|%|tấn|ha\b|m2|sản phẩm"
    r"|chi tiết|chiếc|lao động|người|dự án|năm|tháng|ngày|nhà máy|bo mạch|bộ)"
)


@functools.cache
def _scan_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Words that may sit inside a firm name ('và' after them joins), surnames that end a name: built once,
    not on each of the thousands of `_scan_name` calls on a long page."""
    return (
        frozenset(load("legal_forms.json")["in_name_words"]),
        frozenset(_org_tables()[0]["name_stop_surnames"]),
    )


@functools.cache
def _province_rx() -> re.Pattern[str]:
    from extract.tag.places import province_table  # places imports this module

    return province_table()[2]


def _province_at(text: str, pos: int) -> re.Match[str] | None:
    return _province_rx().match(text, pos)


def _starts_org(text: str, pos: int) -> bool:
    """An organisation prefix at `pos`: a several-word one ('Ủy ban nhân dân'), an acronym ('UBND'), or one
    word that a name follows ('Sở Tài chính', not the words 'Hội nhập', 'Hội chợ', 'Ban hành')."""
    m = _org_tables()[1].match(text, pos)
    if m is None:
        return False
    prefix = m.group("prefix")
    nxt = re.match(r" (\w+)", text[m.end() : m.end() + 40])
    compound = nxt is not None and not is_cap(nxt.group(1)) and nxt.group(1) in _org_tails()
    return " " in prefix or prefix.isupper() or not compound  # "Hội nhập" is a word, "Hội chợ ..." a body


_DASHED = re.compile(r"[-–](?=[A-ZĐ\u00c0-\u1ef9])")


_CLAUSE_OPENERS = frozenset({"Sáng", "Chiều", "Tối", "Trưa", "Ngày", "Hôm", "Theo", "Tại", "Trong", "Năm"})


def _trades_joined(name: list[Token], toks: list[Token], dash: int) -> bool:
    """A trade of two syllables on each side of the dash at `toks[dash]` ("Công ty TNHH Thương mại - Dịch vụ
    Minh Phát", "Công ty CP Đầu tư - Xây dựng X"): one name, its trades joined, as Vietnamese names often
    are."""
    after = toks[dash + 1 : dash + 3]
    return (
        len(name) >= 2
        and is_cap(name[-2].text)
        and name[-1].text.isalpha()
        and name[-1].text.islower()
        and len(after) == 2
        and is_cap(after[0].text)
        and after[0].text not in _CLAUSE_OPENERS  # "Công ty CP Xây dựng - Sáng nay ...": a new clause
        and after[1].text.isalpha()
        and after[1].text.islower()
    )


def _split_dashed(toks: list[Token]) -> list[Token]:
    """'nghiệp-Công' -> 'nghiệp', '-', 'Công': a dash before a capital joins two names' words
    ('Lao động-Thương binh', 'Doanh nghiệp-Công nghiệp hỗ trợ'), it is not one hyphenated word."""
    if not any("-" in t.text or "–" in t.text for t in toks):
        return toks
    out: list[Token] = []
    for tok in toks:
        if "-" not in tok.text and "–" not in tok.text:  # most tokens: nothing to cut
            out.append(tok)
            continue
        cuts = [m.start() for m in _DASHED.finditer(tok.text) if tok.text[m.start() + 1].isupper()]
        if tok.text[0].isupper():  # "Sews-Components", "Mercedes-Benz": one name
            cuts = []
        if not cuts:
            out.append(tok)
            continue
        at = 0
        for cut in cuts:
            if cut > at:
                out.append(Token(tok.text[at:cut], tok.start + at, tok.start + cut))
            out.append(Token(tok.text[cut], tok.start + cut, tok.start + cut + 1))
            at = cut + 1
        out.append(Token(tok.text[at:], tok.start + at, tok.end))
    return out


def _all_caps(name: list[Token]) -> bool:
    """Every word of `name` so far is upper case (digits and dashes aside): a name in an upper-case line."""
    return all(t.text.isupper() or not t.text[0].isalpha() for t in name)


_UNIT_WORDS = frozenset({"tỉnh", "huyện", "phố", "TP", "TP."})


def _person_after_unit(text: str, toks: list[Token], i: int) -> bool:
    """Whether toks[i:i+3] after 'tỉnh'/'huyện'/'thành phố' are a person's name rather than the unit's: a
    surname and two given syllables that no province starts with ('Hồ Sĩ Khang'; not 'Hồ Chí Minh')."""
    from extract.tag.person_cues import is_surname, name_syllables

    if i + 2 >= len(toks) or not is_surname(toks[i].text) or _province_rx().match(text, toks[i].start):
        return False
    given = name_syllables()
    return all(t.text[:1].isupper() and fold(t.text) in given for t in toks[i + 1 : i + 3])


# the coal and minerals group's name after its units' own ("Công ty CP Than Hà Lầm - Vinacomin", "Công ty Kho
# vận Hòn Gai - TKV"): part of the unit's name, though the group alone is a known firm
_GROUP_SUFFIX = re.compile(r"(?:Vinacomin|TKV)(?![\w-])")
# an acronym that ends the name after a dash is its alias, not a part ("Tập đoàn Shinwa Printing – SWP (Nhật
# Bản)"): the group's units above excepted
_ALIAS_ACRONYM = re.compile(r"[A-Z]{2,5}(?![\w-])(?!\s+[A-ZĐ])")


def _scan_name(
    text: str,
    pos: int,
    *,
    max_tokens: int,
    lower_start: bool,
    org: bool,
    max_lower: int = 3,
    stops: frozenset[int] = frozenset(),
) -> tuple[list[Token], bool]:
    """Tokens of the proper name starting at `pos`; also whether a '(Việt Nam)'-style group was consumed."""
    _, form_rx = _forms()
    stop = _stop_words()
    in_name, strong_surnames = _scan_sets()
    province_at = _province_rx().match  # asked at every token: one lookup per call
    toks = tokens(text, pos, min(len(text), pos + 200))
    if org and (text.find("-", pos, pos + 200) >= 0 or text.find("–", pos, pos + 200) >= 0):
        toks = _split_dashed(toks)
    name: list[Token] = []
    lowers = 0
    i = 0
    while i < len(toks) and len(name) < max_tokens:
        tok = toks[i]
        if tok.start in stops:
            break
        gap = text[(name[-1].end if name else pos) : tok.start]
        if gap not in (" ", "") and not (name and gap == " " and tok.text in "-–"):
            break
        if name or org:
            pm = province_at(text, tok.start)
            if pm and org:
                name.extend(t for t in toks[i:] if t.end <= pm.end())
                return name, False
        if name and form_rx.match(text, tok.start) and is_cap(tok.text):
            break
        if name and tok.text.isupper() and _caps_stop_at(text, tok) and _all_caps(name):
            break  # "CÔNG TY TNHH ĐIỆN TỬ X VÀ CÔNG TY CP Y KÝ HỢP ĐỒNG": an upper-case name ends at "VÀ"
        if name and not org and _foreign_forms()[1].match(text, tok.start):
            break  # "Kyocera Co., Ltd.": the foreign form ends the name
        if name and not org and text.startswith("Chi nhánh", tok.start):
            break  # "Ngân hàng TMCP X Chi nhánh Đà Nẵng": the firm is the bank, not its branch
        if tok.text == "(":
            close = text.find(")", tok.start, tok.start + 20)
            inner = text[tok.start + 1 : close].strip() if close > 0 else ""
            if name and inner in ("Việt Nam", "Vietnam", "Viet Nam", "VN"):
                name.append(Token(text[tok.start : close + 1], tok.start, close + 1))
                return name, True
            break
        if tok.text in "-–":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            group = nxt is not None and _GROUP_SUFFIX.match(text, nxt.start) is not None  # "... - TKV"
            joins = (
                name
                and nxt is not None
                and is_cap(nxt.text)
                and not _CTCP_AFTER.match(text, name[-1].end)  # "... Đồng Nai - TNHH MTV": its form
                and not text.startswith("Chi nhánh", nxt.start)  # "Ngân hàng X - Chi nhánh Y": a branch
                and (
                    org
                    or (
                        gap == " "
                        and text[tok.end : nxt.start] == " "
                        and (is_cap(name[-1].text) or _trades_joined(name, toks, i))
                        and not form_rx.match(text, nxt.start)
                        and not _foreign_forms()[1].match(text, nxt.start)
                        and (not _known_rx().match(text, nxt.start) or group)
                        and (not _ALIAS_ACRONYM.match(text, nxt.start) or group)
                        and not _starts_org(text, nxt.start)
                    )
                )
            )
            if not joins:
                break
            name.append(tok)
            i += 1
            continue
        if org and name and tok.text == "tại" and text.startswith("tại Việt Nam", tok.start):
            name.extend(t for t in toks[i : i + 3] if t.end <= tok.start + len("tại Việt Nam"))
            return name, False
        if tok.text in ("và", "&"):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                nxt is None
                or not name
                or not is_cap(nxt.text)
                or _known_rx().match(text, nxt.start)
                or form_rx.match(text, nxt.start)
                # (a fair is a trade a firm's name joins: "Công ty CP Quảng cáo và Hội chợ Thương mại")
                or (_starts_org(text, nxt.start) and (org or not text.startswith("Hội chợ", nxt.start)))
            ):
                break
            last_words = {text[name[j].start : name[-1].end] for j in range(max(0, len(name) - 3), len(name))}
            descriptive = not is_cap(name[-1].text)  # "Máy động lực và Máy nông nghiệp"
            if not org and not (last_words & in_name) and not descriptive and tok.text == "và":
                break
            name.append(tok)
            i += 1
            continue
        numbered = (  # "Cơ khí 17", "Xây dựng 47", "Lắp máy 45-7", "Lắp máy 18.5"
            _DESIGNATOR.fullmatch(tok.text) is not None
            and len(name) >= 2
            and is_cap(name[-2].text)
            and name[-1].text in _firm_tails()
        )
        if tok.text[0].isdigit() and _UNIT_AFTER.match(text, tok.start):
            break  # "Công ty X 1 triệu chi tiết": an amount after the name
        if is_cap(tok.text) or (
            tok.text[0].isdigit() and name and (lowers == 0 or (lowers == 1 and numbered))
        ):
            if (
                org
                and name
                and tok.text in strong_surnames
                and i + 1 < len(toks)
                and is_cap(toks[i + 1].text)
            ):
                break
            if org and name and name[-1].text in _UNIT_WORDS and _person_after_unit(text, toks, i):
                break  # "UBND tỉnh Hồ Sĩ Khang": no province is named so, the chairman is
            name.append(tok)
            lowers = 0
        elif (
            tok.text in _compound_tails()
            and name
            and f"{name[-1].text} {tok.text}" in _compounds()
            and text[name[-1].end : tok.start] == " "
        ):
            name.append(tok)  # "Kinh doanh", "Hàng không": the lower-case half of a capitalised word
            lowers = 0
        elif tok.text[0].isalpha():
            if not name and lower_start and org and tok.text == "các":
                name.append(tok)
                i += 1
                continue
            phrase = _name_phrase_rx().match(text, tok.start) if name else None
            if org and name and not phrase:
                # "Trung tâm Xúc tiến đầu tư tỉnh X": a domain phrase that the capitalised word begins, or
                # one right after a capitalised compound ("Trung tâm Hỗ trợ doanh nghiệp thuộc ...")
                at = name[-1].start if is_cap(name[-1].text) else None
                compound = len(name) >= 2 and is_cap(name[-2].text) and name[-1].text in _org_tails()
                if at is None and compound and lowers == 1:
                    at = tok.start
                pm = _tail_phrase_rx().match(text, at) if at is not None else None
                phrase = pm if pm and pm.end() > tok.start else None
            if phrase and not any(t.end == phrase.end() for t in toks[i:]):
                # the phrase ends inside a hyphenated token ("Lao động-Thương binh" is one token): taking
                # the tokens up to it would take none, and the scan would stand still on that token
                phrase = None
            if phrase:  # "Vật liệu xây dựng Bắc Sơn", "Doanh nghiệp nhỏ và vừa Việt Nam", "... số 20"
                inner = [t for t in toks[i:] if t.end <= phrase.end()]
                name.extend(inner)
                i += len(inner)
                lowers = 0
                continue
            if name and text.startswith(_stop_phrases(), tok.start):
                break
            opening = not name and not org and text.startswith("đầu tư ", tok.start)  # "Công ty CP đầu tư X"
            if (tok.text in stop and not opening) or (not name and not lower_start) or lowers >= max_lower:
                break
            name.append(tok)
            lowers += 1
        else:
            break
        i += 1
    run = 0  # lower-case words after the last capitalised one: a firm name ends with at most three
    while run < len(name) and not is_cap(name[-1 - run].text):
        run += 1
    tails = frozenset() if org else _firm_tails() if run <= 3 else frozenset()
    single = _org_tails() if org else _firm_tails()

    def compound_end(toks: list[Token]) -> bool:
        """'... Chính trị', '... Xây dựng': one lower-case syllable completing a capitalised word."""
        last, prev = toks[-1].text, toks[-2].text
        if last in _compound_tails() and f"{prev} {last}" in _compounds():
            return True
        if not org and prev.isascii():  # "Posco E&C triển khai": 'triển' completes 'Phát', not a brand
            return False
        return (
            is_cap(prev)
            and last in single
            and _tail_after(prev, last)
            and (last not in _ADMIN_WORDS or prev == "Thành")
        )

    def phrase_end(toks: list[Token]) -> bool:
        """An organisation ending with a lower-case domain phrase ('... Phát triển công nghiệp hỗ trợ')."""
        return org and any(
            text[toks[-k].start : toks[-1].end].lower() in _org_tail_phrases()  # "Xúc tiến đầu tư"
            for k in range(2, min(4, len(toks)) + 1)
        )

    while name and (
        name[-1].text in "-–"
        or (name[-1].text == "Theo" and len(name) > 1 and name[-2].text in "-–")  # "X - Theo báo Đầu tư"
        or _MEASURE_TOKEN.search(name[-1].text)
        or (
            not is_cap(name[-1].text)
            and not name[-1].text[0].isdigit()
            and (
                name[-1].text not in tails
                or (
                    len(name) >= 2
                    and (name[-2].text.isascii() or not _tail_after(name[-2].text, name[-1].text))
                )
            )
            and not (len(name) >= 2 and (compound_end(name) or phrase_end(name)))
        )
    ):
        name.pop()
    return name, False


_MEASURE_TOKEN = re.compile(r"\d(?:m²|m2|ha|%)$")  # "thuê 9.846m² đất": an area, never a name's number


@functools.cache
def _tail_phrase_rx() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(_org_tail_phrases())})(?!\w)", re.IGNORECASE)


@functools.cache
def _org_tail_phrases() -> frozenset[str]:
    return frozenset(load("organizations.json")["tail_phrases"])


@functools.cache
def _name_phrase_rx() -> re.Pattern[str]:
    """Lower-case phrases (some with a stop word) inside names, kept when a capitalised word or a number
    follows them."""
    phrases = alternation(load("name_words.json")["inner_phrases"])
    return re.compile(rf"(?:{phrases})(?= [{UPPER}\d])")


@functools.cache
def _tail_heads() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load("legal_forms.json")["lower_tail_heads"].items()}


def _tail_after(prev: str, last: str) -> bool:
    """`last` completes `prev` ('Thiết bị'), or is a tail whose heads are not listed."""
    heads = _tail_heads().get(last)
    return heads is None or prev in heads


@functools.cache
def _firm_tails() -> frozenset[str]:
    """Lower-case second syllables that may end a firm name ('Xây dựng', 'Thiết bị công nghiệp')."""
    return frozenset(load("legal_forms.json")["lower_tails"])


@functools.cache
def _org_tails() -> frozenset[str]:
    """Lower-case syllables that may end an organisation name ('... Phát triển công nghiệp hỗ trợ')."""
    return frozenset(load("organizations.json")["lower_tails"])


def _foreignish(name: str) -> bool:
    """A foreign brand: a non-Vietnamese word ('Sews-Components') or no Vietnamese letter ('Pou Yuen'); a
    lower-case Vietnamese syllable makes an unaccented name Vietnamese ('Cao su', as in 'Cao su Đà Nẵng')."""
    words = name.split()
    if name.isascii() and not any(w[:1].islower() and _VIET_SYLLABLE.fullmatch(w) for w in words):
        return True
    return any(looks_foreign(part) for w in words for part in w.split("-"))


@functools.cache
def _country_suffixes() -> tuple[tuple[str, str, str], ...]:
    """(suffix, " " + lower-case suffix, lower-case suffix) of each country suffix, lowered once."""
    return tuple((s, " " + s.lower(), s.lower()) for s in load("legal_forms.json")["country_suffixes"])


def canonical_firm_name(raw: str) -> str:
    """Drop '(Việt Nam)', and a trailing 'Việt Nam'/'Vina' when the rest is clearly a foreign brand; a
    trailing province is the registered subsidiary's own ('Hyosung Đồng Nai')."""
    name = raw.strip()
    changed = True
    while changed:  # "Goertek Vina (Việt Nam)": one suffix after another
        changed = False
        folded = name.lower()  # "CÔNG TY TNHH GOERTEK ... VIỆT NAM": an upper-case name
        for suffix, spaced, lower in _country_suffixes():
            if folded.endswith(spaced) or (suffix.startswith("(") and folded.endswith(lower)):
                rest = name[: -len(suffix)].rstrip()
                if rest and (suffix.startswith("(") or suffix == "Vina" or _foreignish(rest)):
                    name, changed = rest, True
                    break
    return name


@functools.cache
def _known_suffix_rx() -> re.Pattern[str]:
    from extract.tag.places import province_table

    provinces = alternation(province_table()[0])
    # English copy's "Vietnam" only before a province ("Samsung Electronics Vietnam Thai Nguyen"): alone, it
    # is the country ("Since Vietnam opened ...")
    vietnam = rf"Vietnam(?= (?:{provinces})(?!\w))"
    return re.compile(rf"(?: (?:Việt Nam|{vietnam}|Vina)(?: ({provinces}))?| (?:{provinces}))(?!\w)")


# a private fund's foreign name after "Quỹ": a firm that invests, not a public body
_FUND_FIRM = re.compile(
    r" (?:đầu tư )?(?:[A-Z][A-Za-z]+ ){1,3}(?:Capital|Ventures|Partners|Fund|Investment|Investments)(?!\w)"
)
_SEAT = re.compile(r" tại ")  # an association's seat: "Hiệp hội Doanh nghiệp Hàn Quốc tại Hưng Yên"
_SEATED = frozenset({"Hiệp hội", "Hội", "Liên đoàn", "Câu lạc bộ"})
# or abroad: "Hội Doanh nghiệp Việt Nam tại Chubu" (a foreign-looking place; a country, "... tại Nhật Bản",
# is asked of places.json's countries, `_country_regex`)
_FOREIGN_SEAT = re.compile(r"[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?(?![\w-])")
# the courts and procuracies of an area since July 2025: "Tòa án nhân dân khu vực 2 - Thái Nguyên"
_AREA = re.compile(r" khu vực \d{1,2}\s*[-–]\s*")
_AREA_COURTS = frozenset({"Tòa án nhân dân", "Viện kiểm sát nhân dân"})
_OWN_UNIT = re.compile(
    r" (?:tỉnh|thành phố)"
    r"(?=,|\s+(?:đã|vừa|sẽ|cũng|đang|trao|cấp|ký|chấp thuận|phê duyệt|điều chỉnh|và)(?!\w))"
)
_CROP_SEASON = re.compile(r" (?:Đông Xuân|Hè Thu|Thu Đông|Xuân Hè|Mùa|Chiêm|Xuân)(?!\w)", re.IGNORECASE)
_GENERIC_AFTER = re.compile(
    r" (?:(?:các|những) (?:tỉnh|thành phố|huyện|quận|xã|phường|địa phương|bộ|ngành|sở|cấp)"
    r"|cấp (?:tỉnh|huyện|xã))\b"
)


@functools.cache
def _org_prefix_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], re.Pattern[str]]:
    """Prefixes that need a name, that a lower-case word may follow, that a bare unit may follow, and that
    unit ("UBND tỉnh ban hành"): built once, not on each call (`_org_at` tags a window per role)."""
    data = _org_tables()[0]
    bare_rx = re.compile(rf" ({alternation(data['bare_unit_words'])})(?![\w.])(?! [{UPPER}\d])")
    return (
        frozenset(data["need_name"]),
        frozenset(data["lower_start"]),
        frozenset(data["bare_unit_prefixes"]),
        bare_rx,
    )


_AND_PARKS = re.compile(
    r" và các (?:KCN|khu công nghiệp|Khu công nghiệp)(?: tỉnh)?(?: [A-ZĐ][\wÀ-ỹ]*){0,3}(?![\wÀ-ỹ])"
)


def _place_before_hoi(text: str, start: int) -> bool:
    """'Hội' at `start` right after a capitalised word that opens no sentence and is no stop word ('Nhơn Hội',
    'Cửa Hội'): the end of a place's name, not an association ('Tại Hội nghị' keeps its opener). In the
    evaluation rows every such 'Hội' (23) ends a place's or a firm's name."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group()[:-1].lower() not in _stop_words()


def _matches(rx: re.Pattern[str], text: str, at_start: bool) -> Iterable[re.Match[str]]:
    """`rx`'s matches in `text`, or only the one at its start (the first `finditer` would yield there)."""
    if not at_start:
        return rx.finditer(text)
    first = rx.match(text)
    return [first] if first else []


def tag_organizations(
    text: str, skip: list[tuple[int, int]] | None = None, at_start: bool = False
) -> list[Organization]:
    """Organisations in `text`; with `at_start`, only those that start where `text` does: what a role's
    window asks (`persons._org_at`), without scanning a name at every later prefix of the window (an
    organisation at 0 is found, or covered, before any later match)."""
    data, prefix_rx, whole_rx = _org_tables()
    expand = data["expand"]
    need_name, lower_start, bare_prefixes, bare_rx = _org_prefix_sets()
    skipped = SpanSet(skip or [])
    out: list[Organization] = []
    taken = SpanSet(skip or [])  # the skipped spans and the organisations found so far
    for m in _matches(_full_names_rx(), text, at_start):  # "Bộ Ngoại giao", "Bộ Giao thông vận tải": whole
        if not skipped.covers(m.start()):
            out.append(Organization(mention=m.group(), start=m.start(), end=m.end(), name=m.group()))
            taken.add(m.start(), m.end())
    for m in _matches(prefix_rx, text, at_start):
        if taken.covers(m.start()):
            continue
        prefix = m.group("prefix")
        name, _ = _scan_name(
            text, m.end() + 1, max_tokens=14, lower_start=prefix in lower_start, org=True, max_lower=6
        )
        if text[m.end() : m.end() + 1] != " ":
            name = []
        if name and prefix.endswith(("ủy", "uỷ")) and _person_after_unit(text, name, 0):
            name = []  # "Bí thư Tỉnh ủy Đào Văn Lực": the secretary's name, not the committee's province
        if _GENERIC_AFTER.match(text, m.end()):
            continue  # "UBND các tỉnh", "Sở cấp tỉnh": a kind of body, not one organisation
        if prefix == "Hội" and _place_before_hoi(text, m.start()):
            continue  # "Nhơn Hội Solar JSC", "KKT Nhơn Hội": a place's second syllable, not an association
        if prefix == "Vụ" and _CROP_SEASON.match(text, m.end()):
            continue  # "Vụ Đông Xuân 2025-2026": a crop season, not a ministry's department
        if prefix == "Quỹ" and _FUND_FIRM.match(text, m.end()):
            continue  # "Quỹ VinaCapital Ventures", "Quỹ Dragon Capital": an investment fund, a firm
        if not name and prefix in need_name:
            continue
        if not name and not prefix.isupper() and prefix not in lower_start:
            continue
        if not name and prefix in bare_prefixes:  # "UBND tỉnh ban hành ...": the committee of the province
            unit = bare_rx.match(text, m.end())
            if unit:
                name = [Token(unit.group(1), unit.start(1), unit.end(1))]
        end = name[-1].end if name else m.end()
        canon = expand.get(prefix, prefix)
        for i, t in enumerate(name):  # the text's own spacing between the words: "TP. Đà Nẵng"
            canon += (" " if i == 0 else text[name[i - 1].end : t.start]) + expand.get(t.text, t.text)
        own_unit = _OWN_UNIT.match(text, end) if name else None
        if own_unit:  # "Ban Quản lý các KCN tỉnh đã trao ...": the body of the province the text is about
            canon += own_unit.group()
            end = own_unit.end()
        parks = _AND_PARKS.match(text, end) if name and canon.startswith("Ban Quản lý") else None
        if parks:  # "Ban Quản lý KKT Nghi Sơn và các KCN Thanh Hóa": one board for the zone and the parks
            canon += parks.group()
            end = parks.end()
        seat = _SEAT.match(text, end) if name and prefix in _SEATED else None
        place = None
        if seat:
            at = seat.end()
            place = _province_at(text, at) or _country_regex().match(text, at)
            place = place or _FOREIGN_SEAT.match(text, at)
        if seat and place:  # "Hiệp hội Doanh nghiệp Nhật Bản tại Hà Nội": the seat is part of the name
            canon += seat.group() + place.group()
            end = place.end()
        area = _AREA.match(text, end) if not name and prefix in _AREA_COURTS else None
        place = _province_at(text, area.end()) if area else None
        if area and place:
            canon += area.group() + place.group()
            end = place.end()
        mention = text[m.start() : end]
        canon = canon.replace(" – ", " - ")  # one dash in names: "Bà Rịa – Vũng Tàu"
        out.append(Organization(mention=mention, start=m.start(), end=end, name=canon))
        taken.add(m.start(), end)
    by_end = {o.end: o for o in out}
    for m in _matches(whole_rx, text, at_start):
        if taken.covers(m.start()):
            continue
        canon = data["acronyms"].get(m.group(), m.group())
        end = m.end()
        prev = by_end.get(m.start() - 2) if text[m.start() - 2 : m.start()] == " (" else None
        if prev is not None:  # "Phòng Thương mại và Công nghiệp Việt Nam (VCCI)": an alias
            canon = prev.name
        elif m.group() in data["city_offices"] and not _ROLE_OF.search(
            text, max(0, m.start() - 40), m.start()
        ):
            # (after a role, "Trưởng đại diện JETRO Hà Nội", "director general of KOTRA Hanoi": the agency)
            city = _province_at(text, end + 1) if text[end : end + 1] == " " else None
            city = city or _ENGLISH_CITY.match(text, end)
            if city is not None:  # "JETRO Hà Nội", "KOTRA Hanoi": the agency's office in that city
                end = city.end()
                canon = text[m.start() : end]
        out.append(Organization(mention=text[m.start() : end], start=m.start(), end=end, name=canon))
    if not at_start:  # "ỦY BAN NHÂN DÂN" / "TỈNH BẮC GIANG": a header's body in capitals
        found = SpanSet((o.start, o.end) for o in out)
        out += [o for o in header_organizations(text, found) if not skipped.covers(o.start)]
    return sorted(out, key=lambda o: o.start)


_ROLE_OF = re.compile(
    r"(?:[Đđ]ại diện|[Gg]iám đốc|[Dd]irector(?: general)?(?: of)?|[Rr]epresentative(?: of)?) $"
)
_ENGLISH_CITY = re.compile(r" (?:Hanoi|Ha Noi|HCM City|Ho Chi Minh City|Da Nang)(?!\w)")


_FOREIGN_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")


def _known_as_tail(text: str, m: re.Match[str], not_names: set[str]) -> bool:
    """A known firm whose name is also a company word of `tails`, after a foreign name's word: that word's
    firm ("Shirane Denso", a Japanese firm's "electrical equipment" like "Denki", not Denso itself)."""
    if m.group() not in _corporate_tails():
        return False
    before = _FOREIGN_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
    return before is not None and looks_foreign(before.group(1)) and before.group(1) not in not_names


@functools.cache
def _known_rx() -> re.Pattern[str]:
    firms = word_start_alternation(load("known_firms.json")["firms"], not_after=_WORD_OR_DASH, trie=True)
    return re.compile(rf"(?:{firms})(?!\w)(?!-[a-z\d])")


@functools.cache
def _role_before_rx() -> re.Pattern[str]:
    roles = load("persons.json")["roles"]
    return re.compile(rf"(?<!\w)(?:{alternation(roles)})(?:\s+(?:HĐQT|HĐTV))?\s+$")


def _without_person_after_role(text: str, start: int, name: list[Token]) -> list[Token]:
    """'Chủ tịch HĐQT Tập đoàn Thaco Trần Bá Dương': after a role, a firm's name ends before the person's
    name: a common Vietnamese surname and two or three more capitalised words that end the scanned name
    ('Thép Kim Ngân', 'Công nghệ chính xác Kim Sơn Việt Nam' are firms' own names)."""
    if not _role_before_rx().search(text, max(0, start - 50), start):
        return name
    if len(name) > 3 and _person_name(name[-2].text, name[-1].text):
        return name[:-2]  # "Tổng Giám đốc Tập đoàn Hanseong Construction Park Jun-ho": a Korean name after it
    surnames = set(load("organizations.json")["name_stop_surnames"])  # never a brand's word ("Kim Sơn")
    for i in range(1, len(name) - 1):
        tail = name[i:]
        words = " ".join(t.text for t in tail)
        if (
            (name[i].text in surnames or (is_surname(name[i].text) and name[i + 1].text in ("Văn", "Thị")))
            and 3 <= len(tail) <= 4
            and all(t.text[0].isupper() for t in tail)
            and "Việt Nam" not in words
        ):
            return name[:i]  # (any surname before "Văn" or "Thị": "... Thịnh Phát Hà Văn Thịnh")
    return name


def _without_country_suffix(text: str, name: list[Token]) -> list[Token]:
    """'Tập đoàn Panko Hàn Quốc': a country written in Vietnamese after a foreign name is its nationality,
    not part of its name ('Foxconn Singapore' keeps its own)."""
    for i in range(1, len(name)):
        m = _country_regex().match(text, name[i].start)
        if m and m.end() == name[-1].end:  # 'Hàn Quốc' in Vietnamese, not a name's own word ('Singapore')
            foreign = _foreignish(text[name[0].start : name[i - 1].end]) and not m.group().isascii()
            # right after the foreign word: "Posco Phú Mỹ" is a place (Phú Mỹ), "Posco Hàn Quốc" a nationality
            return name[:i] if foreign and looks_foreign(name[i - 1].text) else name
    return name


def _without_nationality_before(text: str, name: list[Token]) -> list[Token]:
    """'Tập đoàn Nhật Bản Mitsubishi Corporation': a country written in Vietnamese right after the legal form,
    then a foreign name, is the firm's nationality ('Thép Việt Nam' and 'Singapore Telecom' keep theirs)."""
    m = _country_regex().match(text, name[0].start) if len(name) > 1 else None
    for i in range(1, len(name)):
        if m and m.end() == name[i - 1].end:
            rest = text[name[i].start : name[-1].end]
            if not m.group().isascii() and any(looks_foreign(w) for w in rest.replace("-", " ").split()):
                return name[i:]
            return name
    return name


@functools.cache
def _brand_place_rx() -> re.Pattern[str]:
    """One or two capitalised words after a known brand, then a lower-case word, punctuation or a foreign
    legal form; not a branch ("Agribank Chi nhánh X")."""
    word = rf"[{UPPER}][a-zà-ỹđ]+"
    # ("TKV Đông Triều JSC": a foreign legal form after the place ends the name too)
    form = r"\s+(?:JSC|Joint Stock Company|Co\.|Company|Corporation|Ltd)(?!\w)"
    return re.compile(rf" (?![Cc]hi nhánh)({word}(?: {word})?)(?=[,.;:)]|\s+[a-zà-ỹđ\d]|\s*$|{form})")


@functools.cache
def _brand_services() -> frozenset[str]:
    """A known brand's web services named after it ("X - Google Patents", "Theo Google News"): a service
    cited as a source, so no firm at all, not even the brand."""
    return frozenset(load("known_firms.json")["brand_services"])


def _place_is_other(words: str) -> bool:
    """Words after a brand that are not its plant's place: a person's surname, a role, a stop word."""
    first = words.split()[0]
    surnames = set(load("organizations.json")["name_stop_surnames"])
    return first in surnames or first in _stop_words() or bool(_org_tables()[1].match(words))


def _foreign_tail(text: str, end: int) -> tuple[int, str] | None:
    """The end and canonical form of a foreign legal form right after a name ending at `end`."""
    gap = 2 if text.startswith(", ", end) else 1 if text.startswith(" ", end) else 0
    if not gap:
        return None
    forms, rx = _foreign_forms()
    m = rx.match(text, end + gap)
    return (m.end(), forms[m.group()]) if m else None


_DESIGNATOR = re.compile(r"\d{1,3}(?:[-.]\d{1,2})?")  # a unit's number in its firm's name: 17, 45-7, 18.5
_NAME_NUMBER = re.compile(r" (\d{1,2})(?![\d.,]\d)(?!\w)(?!\s*(?:%|per ?cent|percent|phần trăm))")


@functools.cache
def _name_ends() -> frozenset[str]:
    return frozenset(load("known_firms.json")["bare_cues"]["name_ends"])


@functools.cache
def _last_name_ends() -> frozenset[str]:
    """Words that end a name only as the last of its run (known_firms.json bare_cues last_name_ends)."""
    return frozenset(load("known_firms.json")["bare_cues"]["last_name_ends"])


@functools.cache
def _foreign_form_heads() -> frozenset[str]:
    """First words of the foreign legal forms as a run of capitalised words splits them ('CO', 'Pte')."""
    return frozenset(form.split()[0].split(",")[0].rstrip(".") for form in _foreign_forms()[0])


_CTCP_AFTER = re.compile(r" ?[-–] ?(?:CTCP|TNHH MTV|TNHH một thành viên|TNHH)(?!\w)")
_FOREIGN_WORD = re.compile(r"[A-Z0-9][A-Za-z0-9&]*(?:-[A-Za-z0-9]+)*\.?")


@functools.lru_cache(maxsize=65536)
def _foreignish_token(word: str) -> bool:
    """A word of a foreign firm's name: 'Denko', 'Techcombank', 'IDC', '3M' (not 'Long', 'Minh')."""
    return bool(_FOREIGN_WORD.fullmatch(word)) and (
        looks_foreign(word.replace("-", "")) or (word.isupper() and len(word) >= 2) or word[0].isdigit()
    )


def _ruled_out_by_what_precedes(text: str, run: re.Match[str]) -> bool:
    """What stands before the run makes it no firm: a person's office or a body's field ("general director
    Kenji Sato said", "Department of Finance"; but "general director Sakura Seiki Vietnam": a company's word
    ends the run, the firm is his), a tender package ("gói thầu TB02-HBMR", "Package XL-05"), a foreign
    government ("thành phố Yokohama", "Chính quyền tỉnh Gifu")."""
    at = run.start()
    role_before = _ROLE_OR_BODY_BEFORE.search(text, max(0, at - 30), at)
    return bool(
        # (a body's field even when it ends in a company's word: "Association for Building Materials")
        (role_before and (not _company_worded(run.group()) or role_before.group().rstrip().endswith(" for")))
        or _PACKAGE_BEFORE.search(text, max(0, at - 20), at)
        or _FOREIGN_PLACE_BEFORE.search(text, max(0, at - 24), at)
    )


@functools.lru_cache(maxsize=65536)
def _may_name_firm(word: str) -> bool:
    """A word `_bare_firms` could keep in a name: foreign-looking, an acronym or a code, a company's word, the
    head of a foreign legal form, "&". A run with none, and no registered bracket before a legal form after it
    ("Heng Tai (Hong Kong) Co., Ltd"), is no firm whatever its cues, so it is dropped before they are looked
    for: every other way to a name below keeps at least one such word."""
    return (
        word == "&"
        or _foreignish_token(word)
        or looks_foreign(word)
        or word in _corporate_tails()
        or word.rstrip(".,") in _foreign_form_heads()
    )


@functools.cache
def _bare_cues() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """Words before (a preposition, a kind of firm) or after (a deal verb) a foreign name with no legal
    form that make it a firm: 'Nhà máy của Nitto Denko', 'Hosiden đầu tư thêm ...'."""
    data = load("known_firms.json")["bare_cues"]
    # "hãng dược Hàn Quốc Daewon Bio": the maker's country may stand between the kind and the name ("một tập
    # đoàn Thụy Sĩ, Alpenrad, ...": and a comma after it)
    countries = alternation(load("places.json")["countries"])
    before = re.compile(
        rf"(?<!\w)(?:(?:{alternation(data['before'])})\s+(?:(?:{countries})\s+)?"
        rf"|(?:tập đoàn|công ty|hãng|nhà sản xuất|nhà đầu tư)\s+(?:{countries}),\s+"
        # "Hãng sợi hóa học Hàn Quốc Daesung Fibers": a kind of firm, its trade, then its country
        rf"|(?:tập đoàn|công ty|hãng|nhà sản xuất)\s+(?:[a-zà-ỹđ]+\s+){{1,4}}(?:{countries})\s+)$",
        re.IGNORECASE,
    )
    aux = alternation(data["aux"])
    after = re.compile(
        rf"\s*(?:\([^()]{{1,30}}\)\s*)?(?:,\s*)?(?:(?:{aux})\s+){{0,3}}(?:{alternation(data['verbs'])})(?!\w)"
        rf"|\s*(?:\([^()]{{1,30}}\)\s*)?(?:,|\s[-–])\s*(?:một\s+)?(?:{alternation(data['appositions'])})(?!\w)"
        # "X's plant", "X's new plant", "X's first battery factory": up to two words before what it owns
        # ("Meridian's Hanoi branch", "X's Binh Duong plant": a place between, in English copy)
        rf"|['’]s?\s+(?:(?:Vietnam|[a-z][a-z-]*|[A-Z][a-z]+)\s+){{0,2}}"
        rf"(?:{alternation(data['possessed'])})(?!\w)"
        r"|['’]s\s+(?:US)?\$\d"  # "Daehan Aerospace's $180 million factory": what it spends on
        # "Seiwa Trim put $19.8m", "X has put USD 118 million"
        r"|\s+(?:has\s+|have\s+|had\s+)?put\s+(?:an?\s+)?(?:(?:additional|extra|another)\s+)?"
        r"(?:US\s?\$|\$|USD\s?|EUR\s?|€|VND\s?)\d"
        r"|\s*\((?:MST|[Mm]ã số thuế)\s*:?\s*\d{10}"  # "Medilink (MST: 0108457312, ...)": its tax code
        # "Harlow Cable, the group's wiring unit, ...", "X, its Japanese partner's arm": an English apposition
        # naming what the firm is to another
        r"|,\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,3}?(?:unit|subsidiary|arm|affiliate|venture)(?!\w)"
        # "Kestrel Minerals, an Australian junior, says", "Orvane Analytics, a consultancy for ...": what kind
        # of firm it is
        # ("Hoshimura, the largest zipper maker in the world, ...": which of them it is)
        rf"|,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alternation(data['english_kinds'])})(?!\w)"
    )
    return before, after, frozenset(data["not_firms"])


@functools.cache
def _country_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """English copy's country before a bare name ("Japan's Sakura Metals", "Korea-based Daesung Wire") and
    after it ("Rederiet Nordhavn of Denmark"): cues that the name is a firm's."""
    names = load("known_firms.json")["bare_cues"]["english_countries"]
    # "Singapore-based Lumen Renewables": where it is based, a cue as good as the possessive
    # and a city's "-based" too ("Ha Noi-based Rotech", "Osaka-based Kameda"); who owns it ("Taiwan-owned X",
    # "Turkish-owned Y")
    possessive = re.compile(
        rf"(?<![\w-])(?:(?:{alternation(names)})['’]s"
        rf"|(?!(?:State|Foreign|Family|Privately|Government|Employee)-)"  # ("State-owned Banks": no owner)
        rf"[A-Z][a-z]+(?: [A-Z][a-z]+){{0,2}}-(?:based|owned))\s+$"
    )
    the = ("Netherlands", "Philippines", "UK", "US", "USA")  # countries English names with "the"
    plain = alternation([n for n in names if n != "Vietnam"])
    of = re.compile(rf"\s+of\s+(?:{plain}|the\s+(?:{alternation(the)}))(?![\w-])")
    return possessive, of


@functools.cache
def _headline_words() -> tuple[frozenset[str], frozenset[str]]:
    """A title-case headline's verbs after a firm's name ("Kazeyama Plans Air Conditioner Factory In
    Vietnam"), and the subjects before them that name no firm ("Foreign Investors Eyes ...")."""
    cues = load("known_firms.json")["bare_cues"]
    return frozenset(cues["headline_verbs"]), frozenset(cues["headline_not_firms"])


@functools.cache
def _english_countries() -> frozenset[str]:
    """Countries as English copy names them, with "The" where it may lead ("The Netherlands"): no firm."""
    names = load("known_firms.json")["bare_cues"]["english_countries"]
    return frozenset([*names, *(f"The {n}" for n in names)])


@functools.cache
def _corporate_tails() -> frozenset[str]:
    """Last words that name a company ('Kangaroo Group', 'Jinko Solar'): a cue of their own."""
    return frozenset(load("known_firms.json")["bare_cues"]["tails"])


@functools.cache
def _tails_or_ends() -> frozenset[str]:
    return _corporate_tails() | _name_ends()


_ALIAS = re.compile(r"\s*\(([A-ZĐ][\w&-]{1,14}(?: [A-Z][\w&-]{1,14}){0,2})\)")
# "Nhà sản xuất Đài Loan Compeq", "nhà đầu tư Thái Lan SCG": a nationality written before a bare name
_COUNTRY_TAIL = re.compile(r"(?:Đài|Thái)\s+$")


_COUNTRY_BRACKET = re.compile(r" \(([A-ZĐ][\w ]{1,20})\)")
_CODE_BRACKET = re.compile(r"[A-Z]{2,3}")  # "Prosper Knit (BVI) Limited", "Rich Fabric Mill (VN) Co., LTD"
_AND_FIRM = re.compile(  # "PV Power và Công ty TNHH X ký", "được Daehan Semitech và UBND tỉnh Bắc Ninh ký"
    r",? (?:và|cùng) (?:Công ty|Tập đoàn|Tổng công ty|Tổng Công ty|Ngân hàng|UBND|Ủy ban nhân dân"
    r"|Ban Quản lý) "
)
# "Nissei Elec. Hong Kong Co., Ltd": a few abbreviations keep their dot inside a foreign name
_ABBREVIATED = rf"(?:{'|'.join(NAME_ABBREVIATIONS)})\.(?= [A-Z])"
_RUN_WORD = (  # not "China-based", "Korean-owned": where a firm is based or who owns it is not its name
    rf"(?:{_ABBREVIATED}|(?![A-Z][A-Za-z]+-(?:based|owned|invested|funded)(?!\w))"
    r"[A-Z0-9][A-Za-z0-9&]*(?:-[A-Za-z0-9]+)*(?![\w&-]))"
)
# an English verb or function word after a name: the sentence is English copy
_ENGLISH_AFTER = re.compile(
    r"\s+(?:has|have|had|is|was|will|said|signed|and|of|to|invests|plans|broke|opened|inaugurated|began|won"
    r"|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?!\w)"
    r"|,\s+(?:a|an)\s+(?:member|subsidiary|unit|affiliate|arm)(?!\w)"  # "X Motors, a member of Y Group,"
)
_BRAND_HYPHEN = re.compile(r"[A-Za-z]+(?:-[A-Z][A-Za-z]*)+")  # "E-Mobility", "LP-Charge", "M-Tech"
_RUN = re.compile(  # "LS Cable & System"; its first character tested first (most positions fail there)
    rf"(?=[A-Z0-9])(?<![\w&.-]){_RUN_WORD}(?: (?:& )?{_RUN_WORD})*"
)


_REGION_AFTER = re.compile(r" (?:province|state|prefecture|region|county|district)(?!\w)")
_CHAINED = re.compile(r"(?:\s*\([^()]{1,30}\))?\s*(?:,|và|cùng|với)\s*$")


_VIETNAM_NAMES = frozenset({"Vietnam", "Viet Nam", "Việt Nam"})


def _registered_bracket(text: str, end: int, coded: int) -> str:
    """The bracket `_coded_bracket` found, as the name keeps it: ' (Singapore)', ' (VN)'; not ' (Vietnam)'
    ('Ruiheng Trimmings (Vietnam) Co Ltd' is Ruiheng Trimmings, as 'Công ty TNHH X Việt Nam' is X)."""
    inner = text[end:coded].strip(" ()")
    return "" if inner in _VIETNAM_NAMES else text[end:coded]


def _coded_bracket(text: str, end: int) -> int | None:
    """The end of ' (Singapore)', ' (BVI)' or ' (VN)' after a name ending at `end`, when a foreign legal
    form follows it ('Ruiyang Tire (Singapore) Pte. Ltd.'), else None."""
    bracket = _COUNTRY_BRACKET.match(text, end)
    if (
        bracket
        and (
            _country_regex().fullmatch(bracket.group(1))
            or _CODE_BRACKET.fullmatch(bracket.group(1))
            or bracket.group(1) in _VIETNAM_NAMES
        )
        and _foreign_tail(text, bracket.end())
    ):
        return bracket.end()
    return None


_SUCH_AS = re.compile(r"(?<!\w)(?:như|gồm|bao gồm)\s+$")


def _listed_with_country(text: str, start: int, end: int) -> bool:
    """The name text[start:end] opens a list of firms with their countries: 'doanh nghiệp nước ngoài như
    Sanwa Board (Nhật Bản), ...' (the names after it are chained to it, `_after_a_firm`)."""
    bracket = _COUNTRY_BRACKET.match(text, end)
    return (
        bracket is not None
        and _country_regex().fullmatch(bracket.group(1)) is not None
        and _SUCH_AS.search(text, max(0, start - 10), start) is not None
    )


def _after_a_firm(text: str, start: int, taken: SpanSet) -> bool:
    """The name at `start` is chained by ',', 'và', 'cùng', 'với' or, in an English list, 'and' to a name
    found before it ("Exhibitors include Mitutoyo, Yamazaki Mazak and Hiwin")."""
    m = _CHAINED.search(text, max(0, start - 40), start)
    if m is None:
        m = _LISTED_AND.search(text, max(0, start - 40), start)
        if m is not None and _title_case_line(text, start):
            return False  # "... Steps Up Parts and Machining Output": a headline's words, not a list
    return m is not None and m.start() > 0 and taken.covers(m.start() - 1)


# an English list's last item: "Mitutoyo, Yamazaki Mazak and Hiwin", "Viglacera Corporation and Tianrun put"
_LISTED_AND = re.compile(r"(?:\s*\([^()]{1,30}\))?,? and\s*$")
# a name that holds "and" before a company word: "Ky Anh Iron and Steel", "X Fertilizer and Chemicals
# Corporation" (the capitalised words after the company word go with it)
_AND_TRADE = re.compile(r" and ([A-Z][a-z]+)((?: [A-Z][A-Za-z]+)*)(?![\w&-])")
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"})


def _title_case_line(text: str, pos: int) -> bool:
    """The line around `pos` is an English headline in title case: four words or more, every one but the
    small words capitalised ("Song Tranh Industries Steps Up Parts and Machining Output")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[0].isalpha()]
    return len(words) >= 4 and all(w[0].isupper() or w in _SMALL_WORDS for w in words)


_AND_NEXT = re.compile(r" (?:and|và|&) ")


def _before_a_firm(text: str, end: int, not_names: set[str]) -> bool:
    """The name ending at `end` is joined by 'and' or 'và' to a name before a foreign legal form ("a
    memorandum that Lumio and BD Oil Corp. signed"); not to any name found already ("Lloyd's Register và
    Cục Đăng kiểm": a body), which `_AND_FIRM` reads when it has a Vietnamese form."""
    m = _AND_NEXT.match(text, end)
    return m is not None and _words_before_form(text, m.end(), not_names) > 0


def _form_index(text: str, start: int, words: list[str]) -> int:
    """How many of the run's `words` (starting at `start`) come before a foreign legal form ('Co., Ltd',
    'Pte. Ltd'); 0 when none follows within the run."""
    at = start
    for i, w in enumerate(words):
        if i and w.rstrip(".,") in _foreign_form_heads() and _foreign_forms()[1].match(text, at):
            return i
        at += len(w) + 1
    return 0


def _words_before_form(text: str, start: int, not_names: set[str]) -> int:
    """The end of the capitalised words from `start` up to a foreign legal form ('Nissei Elec. Hong Kong'
    in 'Nissei Elec. Hong Kong Co., Ltd'), or -1 when no such form follows within the run or a word before
    it is not a name's."""
    run = _RUN.match(text, start)
    words = run.group().split(" ") if run else []
    form_at = _form_index(text, start, words)
    if not form_at or set(words[:form_at]) & not_names:
        return -1
    return start + len(" ".join(words[:form_at]))


_WORD_BEFORE = re.compile(rf"(?<![\w&.-])[{UPPER}][^\W\d_]* $")
_ACCENTED_BEFORE = re.compile(rf"(?<![\w&.-])[{UPPER}][^\W\d_]*[^\x00-\x7f][^\W\d_]* $")  # "Hải ", "Đông "
_OPENS = re.compile(r"(?:^|[.!?:;\n(]\s*)$")  # a sentence's first word (a dateline's dash does not count)


def _opener(text: str, word: str, start: int) -> bool:
    """`word`, at `start`, is a stop word of names opening a sentence ('Theo', 'Sáng'): no part of a name
    after it. Inside a sentence a capital says a name ('Thành', 'Đồng')."""
    low = word.lower()
    return (low in _stop_words() or low in _openers()) and (
        _OPENS.search(text, max(0, start - 3), start) is not None
    )


@functools.cache
def _openers() -> frozenset[str]:
    return frozenset(load("name_words.json")["openers"])


def _capitalised_before(text: str, start: int, taken: SpanSet, not_names: set[str], most: int = 4) -> int:
    """The start of the capitalised words, Vietnamese ones included, right before a foreign name at
    `start` that a foreign legal form ends: English copy writes a Vietnamese firm's name so ('Hòa Thành
    Phát Textile JSC', 'Hà Tĩnh Port Services Co., Ltd'), and a run of foreign-looking words stops at the
    first accented one. At most `most` words; not over a sentence's opener (`_opener`), an acronym in
    capitals ('HÀ NAM' of a dateline) or a name found before.

    >>> t = "Hòa Thành Phát Textile JSC"
    >>> t[_capitalised_before(t, t.index("Textile"), SpanSet(), set()):]
    'Hòa Thành Phát Textile JSC'
    >>> t = "Theo Đồng Văn Precision Co., Ltd"
    >>> t[_capitalised_before(t, t.index("Precision"), SpanSet(), set()):]
    'Đồng Văn Precision Co., Ltd'
    """
    at = start
    for _ in range(most):
        m = _WORD_BEFORE.search(text, max(0, at - 16), at)
        if m is None:
            break
        word = m.group()[:-1]
        if (
            _opener(text, word, m.start())
            or word in ("Hãng", "hãng")  # "Hãng Kessler Prozesstechnik GmbH": what it is, never a name's word
            or word in not_names
            or (len(word) > 1 and word.isupper())
            or taken.overlaps(m.start(), at)
        ):
            break
        at = m.start()
    return at


_POSSESSIVE_CUE = re.compile(r"['’]s\s")
_DASHED_PARTNER = re.compile(r"(?<![\w&.-])([A-Z][a-z]+) [-–] $")  # an unaccented first half: "Saigon - "
_ACRONYM_BEFORE = re.compile(r"(?:^|\b(?:of|by|to|with|and|the|từ|của|cho|với|và)\s)([A-Z]{2,5}) $")
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w&.-])[{UPPER}0-9][\w&-]* $")


def _vietnamese_before_foreign_forms(text: str, taken: SpanSet, not_names: set[str]) -> list[Firm]:
    """English copy of a Vietnamese firm's name, accented words anywhere in it, then a foreign legal form:
    'Amata City Long Thành JSC', 'Sunrise Optical Vina Co., Ltd', 'Nam Cầu Kiền Logistics JSC'. The name is
    the capitalised words before the form (`_capitalised_before`, up to six), when they start at a clear
    boundary (not right after another name-like word, which `_bare_firms` reads) and one of them is
    accented or "Vina"; names of other foreign words only are `_bare_firms`' to read."""
    if not any(" " + head in text for head in _foreign_form_heads()):
        return []
    forms, rx = _foreign_forms()
    out: list[Firm] = []
    allowed = not_names - {"Vina", "VN", "Việt Nam"}
    for m in rx.finditer(text):
        end = m.start() - 1
        if end <= 0 or text[end] != " " or taken.overlaps(end - 1, m.end()):
            continue
        start = _capitalised_before(text, end + 1, taken, allowed, most=6)
        if start > end:
            continue
        dashed = _DASHED_PARTNER.search(text, max(0, start - 24), start)
        if (
            dashed
            and not _opener(text, dashed.group(1), dashed.start())
            and not taken.overlaps(dashed.start(), start)
        ):
            start = dashed.start()  # "Saigon - Nhơn Hội Industrial Park JSC": a joint name across its dash
        named = _NAME_WORD_BEFORE.search(text, max(0, start - 20), start)
        acronym = _ACRONYM_BEFORE.search(text, max(0, start - 12), start)
        if acronym and not taken.overlaps(acronym.start(1), start) and start < end:
            start, named = acronym.start(1), None  # "plant of VRG Phước Hòa JSC": a group's acronym leads
        if named and not _opener(text, named.group()[:-1], named.start()):
            continue  # after "Hi-Tech", "PV" or a name found before: not a clear start
        name = text[start:end]
        words = name.split()
        if (name.isascii() and not {"Vina", "VN"} & set(words)) or set(words) & allowed:
            continue  # foreign words only: `_bare_firms` reads them (but not around "Vina")
        if all(w in _bare_cues()[2] for w in words):
            continue
        if _country_regex().fullmatch(name):
            continue
        out.append(
            Firm(
                mention=text[start : m.end()],
                start=start,
                end=m.end(),
                name=canonical_firm_name(name),
                legal_form=forms[m.group()],
            )
        )
        taken.add(start, m.end())
    return out


_FOREIGN_PLACE_BEFORE = re.compile(
    r"(?=[TtBbCcQqHh])(?<!\w)(?:[Tt]hành phố|[Tt]ỉnh|[Bb]ang|[Cc]hính quyền|[Qq]uận|[Hh]uyện)\s+$"
)
_FOREIGN_PLACE_NAMED = re.compile(r"(?=[TtBb])(?<!\w)(?:[Tt]hành phố|[Tt]ỉnh|[Bb]ang) ([A-Z][a-z]+) \(")
_PARK_WORDS = re.compile(  # a name that ends as a park's does, not "... Industrial Park JV Co., Ltd."
    r"(?<!\w)(?:Industrial|Economic|Export Processing|Hi-Tech) (?:Zone|Park|Cluster)s?(?: [0-9IVX]{1,4})?$"
)
# developers whose name is their parks' ("VSIP Bắc Ninh"), and where a park is named ("at", "tại")
_PARK_BRANDS = frozenset({"VSIP", "Amata", "WHA", "DEEP C"})
_AT_PLACE = re.compile(r"(?<!\w)(?:at|in|tại|ở)\s$")
# the park word a known brand's name stopped before: "Amata City Industrial| Park 3"
_PARK_TAIL = re.compile(r" (?:Zone|Park|Cluster)s?(?: [0-9IVX]{1,4})?(?!\w)")
# "New York-listed X", "Singapore-registered X": where X is listed, based or registered, no part of its name
_LISTED_WORD = re.compile(r"-(?:listed|based|owned|headquartered|ranked|registered)$")
_ENGLISH_KINDS = frozenset({"Manufacturer", "Supplier", "Developer", "Conglomerate", "Retailer", "Producer"})
# "Hãng cảm ứng TPK Touch", "nhà sản xuất chip Ardent Micro": a maker and what it makes, then its name
_MAKER_OF = re.compile(r"(?<!\w)(?:[Hh]ãng|[Nn]hà sản xuất)(?:\s+[a-zà-ỹđ]+(?:-[a-zà-ỹđ]+)?){1,3}\s+$")
# "Ningbo Jinci Magnetic, hãng nam châm Trung Quốc": a Vietnamese apposition saying the name is a maker's
_MAKER_APPOSED = re.compile(r",\s*(?:một\s+)?(?:hãng|nhà sản xuất|tập đoàn)\s")
_GIVEN_NAME = re.compile(
    r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}"
)  # a Korean or Chinese given name: Hyuk-soo, Chih-Ming


# an English officer's title after a bare firm's name, and the officer's name after it: "Lumio chief executive
# Mark Haller said", "Xinyue Vietnam General Director Wang Lei told ..." (the wire copy's way of naming a
# firm's head; the unit's "Vietnam" is dropped from the name as for any bare name). In lower case "chairman"
# too: a city's head is written "HCMC chairman" (capitals alone, read as no firm) or by a city's name
_OFFICER_TITLES = (
    ("Country", "Managing", "Director"),
    ("General", "Director"),
    ("Managing", "Director"),
    ("Country", "Director"),
    ("Chief", "Executive"),
    ("CEO",),
)  # not "Chairman", "President": a city's or a province's too ("HCMC Vice Chairman Nguyen Van Dung")
# "Lãnh đạo Voltra cho biết", "Theo Tổng giám đốc Voltra, ...": one foreign word after a firm's officer,
# then a lower-case word or a stop, is the firm he leads (two words may be his own name: "Tổng giám đốc
# Hendrik Maes"; a foreign surname alone is too: "Giám đốc Tanaka cho biết"); the office capitalised, as
# a title is (not "khóa đào tạo giám đốc Keieijuku": a course for directors)
_OFFICER_BEFORE_ONE = re.compile(
    r"(?<!\w)(?:[Ll]ãnh đạo|(?:Phó\s+)?Tổng\s+[Gg]iám\s+đốc|Giám\s+đốc|Chủ\s+tịch)\s+$"
)


@functools.cache
def _acronym_cues() -> re.Pattern[str]:
    """What makes an acronym of three letters or more a firm after it: an English apposition saying what
    kind of firm it is ("SYM, the Taiwanese motorbike maker, ..."), or its country in brackets ("DKT (Hàn
    Quốc)")."""
    kinds = alternation(load("known_firms.json")["bare_cues"]["english_kinds"])
    return re.compile(
        rf",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{kinds})(?!\w)"
        rf"|\s*\((?:{alternation(load('places.json')['countries'])})\)"
    )


_OFFICER_AFTER = re.compile(
    r"(?: Vietnam)? (?:chief executive|general director|managing director|chairman|chairwoman|CEO|president)"
    r"(?: [A-Z][a-z]+(?:-[a-z]+)?){2,4}(?![\w-])"
)


def _officer_at(words: list[str]) -> int:
    """Where an officer's title starts in a run of capitalised words that ends with the officer's name (two
    to four words after it), with a name before it; 0 when the run holds none."""
    for i in range(1, len(words) - 2):
        # "Daemyung Steel Vice Chairman Choi Sung-ho": a chairman's firm ends with a company's word (a city's
        # "HCMC Vice Chairman" does not)
        titles = _OFFICER_TITLES + (_CHAIR_TITLES if words[i - 1] in _corporate_tails() else ())
        for title in titles:
            n = len(title)
            if tuple(words[i : i + n]) == title and 2 <= len(words) - i - n <= 4 and words[i - 1] != "Deputy":
                return i
    return 0


_CHAIR_TITLES = (("Vice", "Chairman"), ("Chairman",), ("Vice", "President"), ("President",))


def _person_name(surname: str, given: str) -> bool:
    """'Moon Hyuk-soo', 'Park Jun-ho': a short surname and a hyphenated given name, a person after a firm's
    name and no part of it."""
    return len(surname) <= 5 and _GIVEN_NAME.fullmatch(given) is not None


# a plant or a project named by its brand: "nhà máy kính siêu trắng Phú Lộc Glass", not the firm
_PLANT_NAMED = re.compile(
    rf"(?<!\w)(?:[Nn]hà máy|[Dd]ự án|[Xx]ưởng|[Tt]rung tâm|mang tên)"
    rf"(?: (?!của |do |cho |với )[a-zà-ỹđ-]+){{0,6}}"
    rf" (?:[{UPPER}][\w]* ){{0,3}}$"
)
# "nhà máy máy bơm gia dụng Kingsway Pumps": a plant named by its brand (not a project, a venture, "mang tên")
_PLANT_OF_BRAND = re.compile(r"(?<!\w)[Nn]hà máy(?: [a-zà-ỹđ-]+){0,6} $")
_SYLLABLE_NOT_FIRMS = frozenset(
    {"Nam", "Viet", "Vina"}
)  # "Sao Nam Auto": syllables of a brand, not a country
_LOWER_NEXT = re.compile(r" [a-zà-ỹđ]")  # a lower-case word next: the name ends here
_CAPITAL_NEXT = re.compile(rf" ([{UPPER}][^\W\d_]*)")


def _name_goes_on(text: str, end: int) -> bool:
    """A capitalised word follows `end` and is not a surname: 'Phú Lộc Motor Huế' goes on past 'Motor';
    'Hoa Lư Auto Nguyễn Hữu Tài' ends before its chairman's name."""
    m = _CAPITAL_NEXT.match(text, end)
    return m is not None and m.group(1) not in _bare_subject_words()[1]


_GLUED_BANK = re.compile(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?Bank")
_NUMBERED = re.compile(r"\d+(?:[-/.]\d+)+")
_MONTH_NAME = f"(?:{ENGLISH_MONTH_NAMES})"
_VIETNAM_NAMED = re.compile(r"Vietnam(?: [A-Z][a-z]+){1,3} (?:Corporation|Group|Company)|Vietnam Railways")
_VIETNAM_JOINED = re.compile(
    r"Vietnam(?: [A-Z][a-z]+){1,2} and(?: [A-Z][a-z]+){1,2} (?:Corporation|Group|Company)(?!\w)"
)
_MONTH_RANGE = re.compile(rf"{_MONTH_NAME}(?:-{_MONTH_NAME})+")
_ROLE_OR_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:director|chairman|chairwoman|president|CEO|minister|secretary|spokesman|spokeswoman"
    r"|(?<![Ff]und )manager|ambassador|economist|analyst|founder"  # "Fund manager X" is a firm
    r"|(?:Department|Ministry|Association|Federation|Chamber|Council|Institute|Society|Union) of"
    # "the Institute for Energy Transition Policy", "the Vietnam Association for Building Materials"
    r"|(?:Institute|Centre|Center|Agency|Council|Fund|Association|Society) for"
    r"|(?:Department|Ministry) of [A-Z][a-z]+(?: [A-Z][a-z]+)? and)\s+$"
)  # "... the Ministry of Industry and Trade": a ministry's second field, not a firm
_PACKAGE_BEFORE = re.compile(r"(?<!\w)(?:gói thầu(?: số)?|[Pp]ackage(?: No\.)?)\s+$", re.IGNORECASE)


def _company_worded(run: str) -> bool:
    """A run of capitalised words whose last (before a "Vietnam"/"Việt Nam" suffix) is a company's word:
    "Sakura Seiki Vietnam", "Jinko Solar"."""
    words = run.removesuffix(" Vietnam").removesuffix(" Việt Nam").split(" ")
    return len(words) >= 2 and words[-1] in _corporate_tails()


_TRADE_JOINED_BEFORE = re.compile(r"(?:\band|(?<=\w)\s?[-–&])\s*$")  # not a dateline's "(VNA) - "


# a firm's own officer after a possessive: "Kim Phat's general director", "Song Lam's CEO" (not "chairman" or
# "president": a town's or a district's too, "Thu Duc's chairman")
_OWN_OFFICER = re.compile(
    r"['’]s (?:deputy |acting )?(?:general director|chief executive|CEO|managing director)(?!\w)"
)


def _syllable_firm(run: str, not_names: set[str]) -> bool:
    """A run of one to four capitalised unaccented syllables that may name a firm in English copy: no province
    ("Binh Duong's general director" would be none), no country, no word that names none."""
    words = run.split(" ")
    return (
        run.isascii()
        and len(words) <= 4
        and not set(words) & not_names
        and not _country_regex().fullmatch(run)
        and not tag_provinces(run)
    )


_CITED_YEAR = re.compile(r" \((?:19|20)\d\d[a-z]?\)")


# what a foreign name before "Việt Nam" may name instead of a firm: a plant or a project ("cho nhà máy gioăng,
# phớt cao su Sealtech Việt Nam"), a show ("trên sóng Shark Tank Việt Nam")
_UNIT_NAMES_OTHER = re.compile(
    r"(?<!\w)(?:[Nn]hà máy|[Dd]ự án|[Xx]ưởng|mang tên|chương trình|sóng|cuộc thi|giải)(?!\w)[^.;:()]{0,60}$"
)


def _bare_firms(text: str, taken: SpanSet, not_names: set[str]) -> list[Firm]:
    """Foreign firm names with no Vietnamese legal form and not in the gazetteer: before a foreign legal
    form ('Meiko Electronics Co., Ltd.'), after a cue ('của Nitto Denko') or before a deal verb
    ('Hosiden đầu tư thêm ...')."""
    before_rx, after_rx, not_firms = _bare_cues()
    possessive_rx, of_country_rx = _country_cues()
    verbs, not_subjects = _headline_words()
    out: list[Firm] = []
    for m in _RUN.finditer(text):
        run = m.group()
        if run[0].isdigit() and (run.replace(" ", "").isdigit() or _NUMBERED.fullmatch(run)):
            continue  # numbers ("12", "2025", "11-2011": 4 runs in 10) are never a name ("quý IV/2026")
        if "-" in run and _MONTH_RANGE.fullmatch(run):
            continue  # "over January-May": months, not a firm
        if taken.overlaps(m.start(), m.end()):
            continue  # half the runs left: a firm found already (asked first, it is the cheapest test)
        if not any(map(_may_name_firm, run.split(" "))) and _coded_bracket(text, m.end()) is None:
            if _OWN_OFFICER.match(text, m.end()) and _syllable_firm(m.group(), not_names):
                # English copy's "Kim Phat's general director X said": a name of unaccented syllables
                out.append(
                    Firm(mention=m.group(), start=m.start(), end=m.end(), name=canonical_firm_name(m.group()))
                )
                taken.add(m.start(), m.end())
            continue  # "Long An", "Nam": no word any rule below would keep (a third of the runs)
        if _PARK_WORDS.search(m.group()):
            continue  # "WHA Industrial Zone 1", "Nam Cầu Kiền Industrial Park": a park, not its developer
        words = m.group().split(" ")
        run_start = m.start()
        if words[0][0].isdigit() and len(words) > 1 and _NUMBERED.fullmatch(words[0]):
            run_start += len(words[0]) + 1  # "2025-07-30 Hanbit Vina's plant": a date before the name
            words = words[1:]
        joined = words[0] == "Vietnam" and _VIETNAM_JOINED.match(text, m.start(), m.end() + 60)
        if (joined or _VIETNAM_NAMED.fullmatch(m.group())) and not set(words) & not_names:
            if _ruled_out_by_what_precedes(text, m):
                continue
            # "Vietnam Steel Corporation", "Vietnam Metal Group", "Vietnam Leather and Footwear Corporation":
            # the country is the name's first word
            end = joined.end() if joined else m.end()
            out.append(
                Firm(
                    mention=text[m.start() : end],
                    start=m.start(),
                    end=end,
                    name=canonical_firm_name(text[m.start() : end]),
                )
            )
            taken.add(m.start(), end)
            continue
        officer = _officer_at(words)  # "Xinyue Vietnam General Director Wang Lei": the firm, its officer
        if officer:
            words = words[:officer]
        headline = next((i for i, w in enumerate(words) if i and w in verbs), 0)
        if headline and _title_case_line(text, run_start) and not not_subjects.intersection(words[:headline]):
            words = words[:headline]  # "Kazeyama Plans Air Conditioner Factory In Vietnam": the verb ends it
        else:
            headline = 0
        if len(words) > 2 and _country_regex().fullmatch(" ".join(words[:2])):
            run_start += len(words[0]) + len(words[1]) + 2  # "chủ tàu Na Uy Odfjell": the name follows
            words = words[2:]
        while words and (
            _country_regex().fullmatch(words[0])
            or (words[0] in ("Loan", "Lan") and _COUNTRY_TAIL.search(text, max(0, run_start - 6), run_start))
        ):
            run_start += len(words[0]) + 1  # "Đài Loan Compeq", "Singapore Sembcorp": the name follows
            words = words[1:]
        if len(words) >= 3 and _person_name(words[-2], words[-1]):
            words = words[:-2]  # "Chủ tịch LG Innotek Moon Hyuk-soo": the chairman's name after the firm's
        listed = next((i for i, w in enumerate(words[:3]) if _LISTED_WORD.search(w)), None)
        if listed is not None and listed + 1 < len(words):
            run_start += len(" ".join(words[: listed + 1])) + 1  # "New York-listed Lijiang Power Holdings"
            words = words[listed + 1 :]
        if len(words) > 1 and (words[0].endswith("maker") or words[0] in _ENGLISH_KINDS):
            run_start += len(words[0]) + 1  # "Shoemaker Feng Yu Footwear": what it makes
            words = words[1:]
        if (
            len(words) > 1
            and _MONTH.fullmatch(words[0] + " ")
            and _ENGLISH_MONTH_BEFORE.search(text, max(0, run_start - 8), run_start)
        ):
            run_start += len(words[0]) + 1  # "in May Kestrel Foods opened": the month is no part of the name
            words = words[1:]
        if len(words) > 1 and _opener(text, words[0], run_start):
            run_start += len(words[0]) + 1  # "Theo Minh Long Packaging Co., Ltd": a sentence's opener
            words = words[1:]
        if not words:
            continue
        keep = 0
        form_at = _form_index(text, run_start, words)  # the number of words before a foreign legal form
        if not form_at and _coded_bracket(text, run_start + len(" ".join(words))) is not None:
            form_at = len(words)  # "Heng Tai (Hong Kong) Co., Ltd": the form after the registered bracket
        # "China's Ningbo Jinci Magnetic", "Ningbo Jinci Magnetic, hãng nam châm ...": after a country's
        # possessive or before a cue, a city may open the firm's name
        city_first = (
            len(words) > 2
            and words[0] in not_firms
            and _foreignish_token(words[0])
            and (
                possessive_rx.search(text, max(0, run_start - 16), run_start) is not None
                or _MAKER_APPOSED.match(text, run_start + len(" ".join(words))) is not None
            )
        )
        for i, w in enumerate(words[: form_at or len(words)]):
            if w == "Vina" and keep and i + 1 < len(words) and words[i + 1] not in not_firms:
                keep += 1  # "CJ Vina Agri", "Hyosung Vina Chemicals": "Vina" inside a name, not its suffix
                continue
            if (
                w != "&"
                and (
                    not _foreignish_token(w)
                    or w in not_names
                    or w in not_firms
                    or ("-" in w and all(p in not_firms for p in w.split("-")))  # "Swiss-Chinese"
                )
                and not (city_first and i == 0)
            ):
                break
            keep += 1  # "NATURE HEALTH ... CO., LIMITED": the foreign form ends the name
        if city_first and keep == 1:
            keep = 0  # the city alone ("China's Ningbo port"): no name after it
        if (
            not keep
        ):  # "Siam Cement", "Han Sung Textile": a word like a Vietnamese syllable, then a foreign one
            lead = 0
            for w in words[: form_at or len(words)]:
                # ("Lam Hong E-Mobility": a hyphenated brand word too; not "Sung-ho", a given name)
                if not (w.isascii() and (w.isalpha() or _BRAND_HYPHEN.fullmatch(w))) or w in not_names:
                    break
                if w in not_firms:
                    break
                lead += 1
            run_end = run_start + len(" ".join(words))
            if lead >= 2 and any(looks_foreign(w.replace("-", "")) for w in words[1:lead]):
                keep = lead
            elif (
                len(words) >= 2
                and words[-1] in _corporate_tails()
                and (
                    _LOWER_NEXT.match(text, run_end)
                    or (  # "... signed with Bac Viet Bank.": a sentence's (or the text's) end after a cue
                        text[run_end : run_end + 1] in ".,;"
                        and before_rx.search(text, max(0, run_start - 30), run_start) is not None
                    )
                )
                and all(w.isascii() and w.isalpha() and w not in not_names for w in words)
                and not set(words) & (not_firms - _SYLLABLE_NOT_FIRMS)
                and not _WORD_BEFORE.search(text, max(0, run_start - 16), run_start)
                and not _PLANT_NAMED.search(text, max(0, run_start - 60), run_start)
            ):
                keep = len(words)  # "Sao Nam Auto chốt ngày ...": a brand of syllables and a trade word
        while keep and (words[keep - 1] in not_firms or words[keep - 1] == "&"):
            keep -= 1
        if keep and keep < len(words) and keep != form_at and words[keep] in _name_ends():
            keep += 1  # "Sailun Group", "Siam Cement Group" (not into a foreign form: "X Company Limited")
        elif keep and keep + 1 == len(words) and not form_at and words[keep] in _last_name_ends():
            keep += 1  # "hãng khai thác cảng PortLink Global phát triển ..." (not "S&P Global Market ...")
        elif (
            keep
            and keep + 1 < len(words)
            and keep + 1 != form_at  # "Kumjin Vietnam Company Limited": the company word opens the form
            and words[keep] in not_firms
            and words[keep + 1] in _corporate_tails()
        ):
            keep += 2  # "Haitian International Holdings": a generic word before a company word
        if (
            form_at
            and keep < form_at
            and not set(words[:form_at]) & not_names
            and not (set(words[:form_at]) <= not_firms)
        ):
            keep = form_at  # "Han Sung Textile Co., Ltd.", "Viet Duc Steel JSC": before a foreign form,
            # every capitalised word, generic ones too, when one of them is not generic
        elif form_at and 0 < keep < form_at and not set(words[:form_at]) & not_names:
            keep = form_at  # "Nature Health Development International Co., Limited": a generic word inside
        span = form_at or len(words)
        while not form_at and span > 2 and words[span - 1] in ("Vietnam", "VN", "Vina"):
            span -= 1  # "Orion Tech Vietnam have signed": the name before its country's suffix
        if (
            0 < keep < span
            and span > 1
            and words[span - 1] in _corporate_tails()
            and all(
                (w == "&" and 0 < i < span - 1 and words[i + 1] in _corporate_tails())
                or (w.isascii() and w.replace("-", "").isalpha() and w not in not_names)
                for i, w in enumerate(words[:span])
            )
        ):
            keep = span  # "Zhen Ding Technology": a word like a Vietnamese syllable inside a company's name
            # ("Hsin Lung Electric & Machinery": two trades joined by "&")
        run_end = run_start + len(" ".join(words))
        if (
            0 < keep < len(words)
            and not form_at
            and (
                (_POSSESSIVE_CUE.match(text, run_end) and after_rx.match(text, run_end))
                or (
                    before_rx.search(text, max(0, run_start - 30), run_start)
                    and _LOWER_NEXT.match(text, run_end)
                )
            )
            and all(w.isascii() and w.isalpha() and w not in not_names and w not in not_firms for w in words)
        ):
            # "Helios Thin Film's $280 million plant", "chủ đầu tư Helios Thin Film tìm ...": English words
            # inside a name, up to the possessive that says what the firm owns or after a cue, to its end
            keep = len(words)
        if not keep or _ruled_out_by_what_precedes(text, m):  # (the words first: most runs keep none)
            continue
        name = " ".join(words[:keep])
        if name.replace(" ", "").isdigit():
            continue  # "quý IV/2026, ...": a year, never a firm
        end = run_start + len(name)
        if keep == 1 and text.startswith(" (", end) and _CITED_YEAR.match(text, end):
            continue  # "được Sheffi (2005) đưa ra": an author cited with the year of the work (not a
            # research firm's report: "Northgate Research (2024) ghi nhận")
        extended = False  # a name grown back over Vietnamese words before an English company word
        english_tail = (
            keep >= 1
            and words[keep - 1] in _tails_or_ends()
            and (
                _ENGLISH_AFTER.match(text, run_start + len(name))
                or (  # "Phú Lộc Motor vận hành", not a plant's name ("nhà máy kính Phú Lộc Glass")
                    keep == len(words) == 1
                    and _LOWER_NEXT.match(text, run_start + len(name))
                    and not _PLANT_NAMED.search(text, max(0, run_start - 80), run_start)
                )
                or (keep == 1 and after_rx.match(text, run_start + len(name)))  # "Sợi Trảng Bàng Fiber đã"
                or words[keep - 1] in _name_ends()  # "Xuân Cầu Logistics Group", "Phúc Lợi Footwear Group"
            )
        )
        accent_cut = (  # "Hải Long Auto", "Phú An Land": the run began after the name's accented first word
            keep >= 1
            and run_start == m.start()
            and (
                not looks_foreign(words[0])
                or (keep == 1 and not _name_goes_on(text, run_start + len(words[0])))
            )  # "Phú Lộc Motor Huế" goes on past the one word, and other rules read it
            and words[keep - 1] in _tails_or_ends()
            and _ACCENTED_BEFORE.search(text, max(0, run_start - 12), run_start) is not None
        )
        if accent_cut and _PLANT_NAMED.search(text, max(0, run_start - 80), run_start):
            continue  # "nhà máy kính Phú Lộc Glass": a plant named by its brand, not the firm
        if run_start == m.start() and (keep == form_at or english_tail or accent_cut):
            # "Hòa Thành Phát Textile JSC"; in English copy "Hạ Long Shipbuilding Corporation has signed";
            # "Thành Công Textile has signed": Vietnamese words before one English company word
            start = _capitalised_before(text, run_start, taken, not_names)
            extended = keep != form_at and keep < 2  # the one English word is a firm only with them
            if extended and start == run_start:
                continue  # "Textile has ..." alone names no firm
            name, run_start = text[start:run_start] + name, start
        if (
            not extended
            and (name in _corporate_tails() or name in _joined_trades_rx()[0])
            and not _TRADE_JOINED_BEFORE.search(text, max(0, run_start - 6), run_start)
        ):
            continue  # "Construction began on April 8": a company's word alone names none (but "X Investment
            # and Construction Ltd": the joined trades run back, _with_joined_trades)
        if (
            not extended
            and all(w in _corporate_tails() for w in name.split(" "))
            and name.rsplit(" ", 1)[-1] not in _name_ends()  # ("X Construction and Trading Company")
            and not _foreign_tail(text, end)
        ):
            continue  # "Report on Label and Packaging Printing in Vietnam": company words only, no form
        coded = _coded_bracket(text, end)
        if coded is not None:  # "Ruiyang Tire (Singapore) Pte. Ltd.": the registered name keeps it
            name += _registered_bracket(text, end, coded)
            end = coded
        if (
            not extended
            and not any(not w.isupper() and not w[0].isdigit() for w in words[:keep])
            and not (
                _foreign_tail(text, end)
                or (len(name) >= 4 and " " not in name and after_rx.match(text, end))
                or (len(name) >= 3 and " " not in name and _acronym_cues().match(text, end))
            )
        ):
            continue  # all capitals ('FDI', 'USD', 'VCCI'): a firm before a foreign legal form or, when an
            # acronym of four letters or more, before a deal verb ('EVNNPC cũng ký ...')
        if _country_regex().fullmatch(name) or name in not_firms or name in _english_countries():
            continue  # "Rijnmond Shipping of the Netherlands has ordered ...": the country orders nothing
        if _REGION_AFTER.match(text, end):
            continue  # "Indonesia's Central Java province": a place, whatever cue is before it
        tail = _foreign_tail(text, end)
        cue = (
            tail is not None
            or headline
            or before_rx.search(text, max(0, run_start - 30), run_start)
            or _MAKER_OF.search(text, max(0, run_start - 40), run_start)
            or (run_start != m.start() and before_rx.search(text, max(0, m.start() - 30), m.start()))
            or after_rx.match(text, end)
            or possessive_rx.search(text, max(0, run_start - 16), run_start)  # "India's Rajputana"
            or of_country_rx.match(text, end)  # "Rederiet Nordhavn of Denmark"
            or _AND_FIRM.match(text, end)  # "PV Power và Công ty TNHH X ký ..."
            or _after_a_firm(text, run_start, taken)  # "giữa Oji Holdings (Nhật Bản) và Siam Cement"
            or _before_a_firm(text, end, not_names)  # "Lumio and BD Oil Corp. signed"
            or (  # "Kangaroo Group", "Jinko Solar", "Daeyang Vina"; not "Dự án Kyungil Vina" (a project)
                keep > 1
                and (
                    (  # ("nhà máy máy bơm Kingsway Pumps Việt Nam": a plant named by its brand, not the firm)
                        words[keep - 1] in _corporate_tails()
                        and not _PLANT_OF_BRAND.search(text, max(0, run_start - 60), run_start)
                    )
                    or (
                        words[keep - 1] == "Vina"
                        and not _PLANT_NAMED.search(text, max(0, run_start - 80), run_start)
                    )
                )
            )
            or (keep == 1 and _GLUED_BANK.fullmatch(words[0]) is not None)  # "MekongBank", "SaigonBank"
            # "như Sanwa Board (Nhật Bản), Hualong Pack (Đài Loan)"
            or _listed_with_country(text, run_start, end)
            or extended
            or officer
            or _OFFICER_AFTER.match(text, end)  # "Lumio chief executive Mark Haller said"
            or (  # "Lãnh đạo Voltra cho biết": the firm its officer leads
                len(words) == 1
                and _OFFICER_BEFORE_ONE.search(text, max(0, run_start - 24), run_start) is not None
                and (
                    text[end : end + 1] in (",", ".", ";", ":") or re.match(r" [^\W\d_]", text[end : end + 2])
                )
                and not text[end + 1 : end + 2].isupper()
                and name not in foreign_surnames()
            )
        )
        capital_next = text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
        suffix = _known_suffix_rx().match(text, end) if capital_next and not tail else None  # "... Việt Nam"
        # English copy's "Oyama Netsu Vietnam has put ...": the cue after the country word ending the name
        alone = keep > 1 and not tail and not cue  # (a cue already found needs no verb past the country)
        country_end = _verb_past_vietnam(text, end, words[keep - 1], after_rx) if alone else None
        # "Sakurai Việt Nam cho biết ...", "Lãnh đạo Hanbit Việt Nam ...": foreign words before "Việt Nam"
        # are a subsidiary's name, whatever follows; not a plant, a project or a show named so ("nhà máy lốp
        # Fuxin Việt Nam"), nor the tail of a name begun in Vietnamese ("Giày Dongil Việt Nam")
        local_unit = (
            suffix is not None
            and suffix.group() == " Việt Nam"
            and all(looks_foreign(w) for w in words[:keep])
            and not _UNIT_NAMES_OTHER.search(text, max(0, run_start - 70), run_start)
            and not _ACCENTED_BEFORE.search(text, max(0, run_start - 16), run_start)
        )
        if (
            not cue
            and not (suffix is not None and after_rx.match(text, suffix.end()))
            and not country_end
            and not local_unit
        ):
            continue  # no cue, not even after its suffix ("HSBC Việt Nam thu xếp ...")
        mention_end = tail[0] if tail else country_end or end
        joined = _AND_TRADE.match(text, end) if not tail and not suffix and not country_end else None
        if joined is not None and joined.group(1) in _corporate_tails():
            # "Ky Anh Iron and Steel": one name, not "Ky Anh Iron" and a list; up to a foreign legal form
            # ("Binh Son Refining and Petrochemical JSC")
            more = joined.group(2).split()
            cut = next((i for i, w in enumerate(more) if w in _foreign_form_heads()), len(more))
            grown = " and " + " ".join([joined.group(1), *more[:cut]])
            name += grown
            tail = _foreign_tail(text, end + len(grown))
            mention_end = tail[0] if tail else end + len(grown)
        if suffix:
            mention_end = suffix.end()
            if suffix.group(1):  # "Hanwoo Optics Việt Nam Hải Phòng": the group's company of that province
                name += suffix.group()
        out.append(
            Firm(
                mention=text[run_start:mention_end],
                start=run_start,
                end=mention_end,
                name=canonical_firm_name(name),
                legal_form=tail[1] if tail else None,
            )
        )
        taken.add(run_start, mention_end)
    return out


# "Tập đoàn sợi Hằng Phong (Trung Quốc)", "tập đoàn giày Lực Thái (Đài Loan)", "Nhà may sơ mi Liên Nghiệp
# (Hồng Kông)": a firm's kind and its trade in lower case, then its name and its country in brackets
_TRADED_WITH_COUNTRY = re.compile(
    r"(?=[TtCcHhNn])"  # the first letters first: most positions fail there, in C
    rf"(?<!\w)(?:[Tt]ập đoàn|[Cc]ông ty|[Hh]ãng|[Nn]hà (?:sản xuất|may|làm))((?: [a-zà-ỹđ]+){{1,3}})"
    rf" ([{UPPER}]\w+(?: [{UPPER}]\w+){{0,3}}) \(([^()]{{2,20}})\)"
)


def _traded_with_country(text: str, taken: SpanSet) -> list[Firm]:
    """A firm named after its kind and trade in lower case, with its country in brackets (the bracket says
    the name is a firm's, not a product's or a place's)."""
    out: list[Firm] = []
    for m in _TRADED_WITH_COUNTRY.finditer(text):
        start, end = m.span(2)
        if taken.overlaps(start, end) or not _country_regex().fullmatch(m.group(3)):
            continue
        if _country_regex().fullmatch(m.group(2)) or _province_at(text, start):
            continue  # "tập đoàn xe điện Trung Quốc (...)": a country, no name
        # "Tập đoàn" written as a name's form; "tập đoàn giày X" in lower case is a common noun
        legal = "Tập đoàn" if m.group().startswith("Tập đoàn") else None
        name = canonical_firm_name(m.group(2))
        out.append(Firm(mention=m.group(2), start=start, end=end, name=name, legal_form=legal))
        taken.add(start, end)
    return out


# "Sao Đỏ Group", "Kinh Bắc City Group", "Đông Á Holdings": capitalised words, Vietnamese ones included,
# before an English group word, with no legal form (English copy writes Vietnamese groups so)
_OPENING = ("(", "“", '"', "(“", '("')
_MONTH = re.compile(rf"(?:{ENGLISH_MONTH_NAMES}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) ")
_GROUP_WORD = re.compile(r"(?=[GH])(?<![\w&-])(?:Group|Holdings|Holding)(?!\w)")


def _group_names(text: str, taken: SpanSet, not_names: set[str]) -> list[Firm]:
    """Firms named by capitalised words and 'Group' / 'Holdings' with no legal form, not found before.

    >>> [f.name for f in _group_names("with the park's developer, Sao Đỏ Group, to build", SpanSet(), set())]
    ['Sao Đỏ Group']
    """
    out: list[Firm] = []
    for m in _GROUP_WORD.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        start = _capitalised_before(text, m.start(), taken, not_names)
        month = _MONTH.match(text, start)  # "in June Mavin Group opened ...": the month is no part of it
        if month and month.end() < m.start():
            start = month.end()
        head = text[start : m.start()].strip()
        opened = text[max(0, start - 2) : start].strip() in _OPENING
        if not head or _country_regex().fullmatch(head) or opened:
            continue  # "Group" alone, "Việt Nam Group", an alias ("Công ty CP X (“X Group”)")
        name = text[start : m.end()]
        firm = Firm(mention=name, start=start, end=m.end(), name=canonical_firm_name(name), legal_form=None)
        out.append(firm)
        taken.add(start, m.end())
    return out


# "Nhà máy Nhựa Long Thành", "ngành Dệt may": a plant's or an industry's name, not a firm's; "Hội đồng Ắc quy
# Quốc tế", "Câu lạc bộ Cơ khí Hà Nội": an association's
_NOT_INDUSTRY_FIRM = re.compile(
    r"(?<!\w)(?:nhà máy|xưởng|ngành|lĩnh vực|hiệp hội|hội đồng|hội|liên đoàn|câu lạc bộ|sản phẩm|mặt hàng"
    r"|hội chợ)\s+$",
    re.IGNORECASE,
)


@functools.cache
def _industry_rx() -> re.Pattern[str]:
    """An industry word, then capitalised words: 'Nhựa Tiền Phong', 'Cơ khí Chính xác Hà Đông'."""
    words = load("known_firms.json")["industry_heads"]
    first = "".join(sorted({w[0] for w in words}))  # a look-ahead on first letters: most positions fail fast
    # a capitalised word, or two that are one ("Hóa chất Cơ bản Bình Minh": `_compounds`, checked after)
    word = rf"[{UPPER}][\w-]*(?: (?:{alternation(sorted(_compound_tails()))}))?"
    return re.compile(rf"(?=[{first}])(?<![\w-])(?P<head>{alternation(words)})(?: {word}){{1,4}}(?![\w-])")


# "Lắp máy 45-7 vừa ký ...": an erection unit written bare by its number (not "May 10": English "on May 10")
_NUMBERED_UNIT = re.compile(rf"(?=L)(?<![\w-])Lắp máy ({_DESIGNATOR.pattern})(?![\w.,-]?\d)(?![\w-])")


def _numbered_units(text: str, taken: SpanSet) -> list[Firm]:
    out: list[Firm] = []
    for m in _NUMBERED_UNIT.finditer(text):
        if taken.overlaps(m.start(), m.end()) or _UNIT_AFTER.match(text, m.start(1)):
            continue  # "Lắp máy 10 tháng đầu năm": a count of months
        if _NOT_INDUSTRY_FIRM.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        out.append(Firm(mention=m.group(), start=m.start(), end=m.end(), name=m.group()))
        taken.add(m.start(), m.end())
    return out


_ENGLISH_MONTH_BEFORE = re.compile(
    r"(?<!\w)(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?|[Ll]ast)\s+$"
)


def _industry_firms(text: str, taken: SpanSet, not_names: set[str]) -> list[Firm]:
    """Vietnamese firms written bare by the business press, an industry word before their proper name
    (known_firms.json industry_heads): 'Kết thúc quý III, Nhựa Tiền Phong ghi nhận ...'. The proper name
    may not be a country ('Dệt may Việt Nam' is the industry) and ends at a stop word of names."""
    stop = _stop_words()
    out: list[Firm] = []
    for m in _industry_rx().finditer(text):
        lead = text[max(0, m.start() - 20) : m.start()]
        if taken.overlaps(m.start(), m.end()) or _NOT_INDUSTRY_FIRM.search(lead):
            continue
        if m.group("head") == "May" and _ENGLISH_MONTH_BEFORE.search(lead):
            continue  # "while in May Kestrel Foods opened ...": the English month, not a garment maker
        before = _WORD_BEFORE.search(lead)
        if before and before.group().strip().lower() not in stop:
            continue  # "Lạng Sơn People's Committee": the head ends another name ("Sơn" of a province)
        rest = text[m.end("head") + 1 : m.end()].split(" ")
        keep = 0
        for i, w in enumerate(rest):
            # a stop word right after the head names nothing ("Thép Ngày: 22/11"), unless a capitalised word
            # follows it ("Ô tô Thành Châu", "Đóng tàu Cam Ranh"); inside a name it is the name's ("Khuôn mẫu
            # Thành Đạt"), as a place's "Đồng" is ("Cao su Đồng Xoài")
            next_cap = i + 1 < len(rest) and rest[i + 1][:1].isupper()
            money_word = w.lower() in stop and w != "Đồng" and keep == 0 and not next_cap
            lower_half = not w[:1].isupper()  # the lower-case half of a compound ("Cơ bản") or no name
            if lower_half and not (keep and f"{rest[keep - 1]} {w}" in _compounds()):
                break
            if (money_word and not lower_half) or w in not_names:
                break
            keep += 1
        proper = " ".join(rest[:keep])
        if not keep or _country_regex().fullmatch(proper) or proper in ("Việt Nam", "Nam", "Bắc", "Trung"):
            continue
        end = m.end("head") + 1 + len(proper)
        name = text[m.start() : end]
        out.append(Firm(mention=name, start=m.start(), end=end, name=canonical_firm_name(name)))
        taken.add(m.start(), end)
    return out


@functools.cache
def _bare_subject_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load("known_firms.json")["bare_subject"]
    run = re.compile(rf"(?<![\w-])[{UPPER}]\w+(?: [{UPPER}]\w+){{1,3}}$")  # right before the verb
    verb = re.compile(rf" (?:(?:{alternation(data['aux'])}) ){{0,2}}(?:{alternation(data['verbs'])})(?!\w)")
    place = re.compile(rf"(?<!\w)(?:{alternation(data['after_place'])})\s+$")
    return run, verb, place


@functools.cache
def _bare_subject_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that never open a bare firm's name: sentence openers (bare_subject not_first), surnames."""
    return frozenset(load("known_firms.json")["bare_subject"]["not_first"]), frozenset(
        load("persons.json")["surnames"]
    )


@functools.cache
def _district_names() -> frozenset[str]:
    return frozenset(load("districts.json")["names"])


@functools.cache
def _regions() -> frozenset[str]:
    return frozenset(load("places.json")["regions"])


def _bare_vietnamese_name(text: str, start: int, name: str, openers: bool = False) -> bool:
    """Capitalised words at `start` that may be a Vietnamese firm's bare name: every word title-case, not a
    person (a surname first), not opened by a sentence's or a body's word (bare_subject not_first; with
    `openers`, the few of them that also open firms' names may, "Đại Phong cho biết"), not a province, a
    region, a town ("Kinh Môn", districts.json) or a country, and no foreign word (foreign names have rules
    of their own, `_bare_firms`)."""
    not_first, surnames = _bare_subject_words()
    words = name.split(" ")
    return not (
        (words[0] in not_first and not (openers and words[0] in _NAME_OPENERS and len(words) > 1))
        or name in _regions()
        or words[0] in surnames
        or not all(w[1:].islower() for w in words)
        or any(looks_foreign(w) for w in words)
        or _province_at(text, start)
        or name in _district_names()
        or _country_regex().fullmatch(name)
    )


# a capitalised word right before a run, or one and a lower-case word: the run is the tail of a longer name
_NAME_GOES_BACK = re.compile(rf"(?<![\w-])[{UPPER}]\w*(?: [a-zà-ỹđ]\w*)? $")


def _bare_subjects(text: str, taken: SpanSet, named: list[Firm]) -> list[Firm]:
    """Vietnamese firms written bare as the subject of a deal verb (known_firms.json bare_subject):
    'Tháng trước, Hảo Vũ đã ký hợp đồng ...'. Not a person ('Trần Minh ký'), a place ('Bắc Ninh ký kết')
    or a country. A name that ends a firm `named` in the text is that firm again, under its full name
    ('Công ty CP Xi măng Thành Thắng ..., Thành Thắng cho biết')."""
    run_rx, verb_rx, place_rx = _bare_subject_rx()
    out: list[Firm] = []
    for v in verb_rx.finditer(text):  # the verbs first (few), then the capitalised words right before one
        m = run_rx.search(text, max(0, v.start() - 60), v.start())
        if m is None or taken.overlaps(m.start(), m.end()):
            continue
        if place_rx.search(text, max(0, m.start() - 12), m.start()) or not _bare_vietnamese_name(
            text, m.start(), m.group(), openers=True
        ):
            continue
        if _NAME_GOES_BACK.search(text, max(0, m.start() - 40), m.start()):
            continue  # the tail of a longer name ("Hà Nội Nguyễn Quang Lâm", "Năng lượng Xanh Kỳ Anh")
        if m.group() in _VIETNAM_NAMES:
            continue  # "phía Việt Nam nắm 51%": the country's side
        name = canonical_firm_name(m.group())
        name = next((f.name for f in named if f.name.endswith(f" {name}")), name)
        out.append(Firm(mention=m.group(), start=m.start(), end=m.end(), name=name))
        taken.add(m.start(), m.end())
    return out


# "ông X, Chủ tịch Sao Việt, nói", "Tổng giám đốc Hon Lin tại Việt Nam": the firm its head speaks for
_HEAD_OF = re.compile(
    r"(?=[TPCNn])(?<!\w)(?:(?:Phó )?Tổng [Gg]iám đốc|(?:Phó )?Chủ tịch|[Nn](?:gười|hà) sáng lập)"
    rf" ([{UPPER}]\w+(?: [{UPPER}]\w+){{1,3}})"
    r"(?=\s*[,.;)]|\s+(?:nói|cho biết|chia sẻ|khẳng định|tại Việt Nam)(?!\w))"
)


_UNIT_HERE = re.compile(r" (?:Việt Nam|Vietnam)$")
# "Ông Zhou Wenbo, Tổng giám đốc Hengtai, nói": the role in apposition to a person named right before it,
# so the words after the role are the body he heads, foreign or not, one word or more
_HEAD_OF_NAMED = re.compile(
    rf"(?=[{UPPER}])(?<![\w-])[{UPPER}][\w-]+(?: [{UPPER}][\w-]+){{1,3}}, "
    r"(?:(?:Phó )?Chủ tịch(?: HĐQT)? kiêm |Phó )?"
    r"(?:[Tt]ổng [Gg]iám đốc|Chủ tịch(?: HĐQT)?|Giám đốc(?: điều hành| kinh doanh| sản xuất| kỹ thuật)?"
    r"|[Tt]hành viên HĐQT) "
    # "Phó Tổng Giám đốc Găng tay Bến Cát Xanh,": a trade whose second syllable is lower-case may open it
    rf"([{UPPER}][\w-]+(?: [a-zđà-ỹ][\w-]*)?(?: [{UPPER}][\w-]+){{0,3}}),"
)


# sentence or body openers (bare_subject not_first) that also open firms' names ("Đại Phong", "Việt Thắng")
_NAME_OPENERS = frozenset(
    {"Đại", "Đồng", "Liên", "Việt", "Nam", "Bắc", "Đông", "Tây", "Thành", "Hợp", "Hàng"}
)


@functools.cache
def _trades() -> frozenset[str]:
    """Trades a bare firm's name may open with ('Dược phẩm Ba Vì'): legal_forms.json in_name_words and
    head_trades."""
    data = load("legal_forms.json")
    return frozenset(data["in_name_words"]) | frozenset(data["head_trades"])


def _headed_firms(text: str, taken: SpanSet) -> list[Firm]:
    """Vietnamese firms written bare after the role of their head ("Chủ tịch Sao Việt, nói"), two to four
    capitalised words before a comma or a speech verb; never a person (a surname first: "Chủ tịch Lê Văn
    An"), a body ("Chủ tịch Hội đồng ..."), a place, a country, nor foreign or unaccented words ("Chủ tịch
    Tsai Ming Hung", "Chen Ming Hua": a person as likely as a firm). After a person's name and a comma the
    role is his, and the words after it are the firm he heads, foreign ones too ("Ông Zhou Wenbo, Tổng giám
    đốc Hengtai, nói"), unless an acronym (a body: "Chủ tịch VCCI"), a body's word, a place or a country."""
    out: list[Firm] = []
    for m in _HEAD_OF.finditer(text):
        start, end = m.span(1)
        name = m.group(1)
        if taken.overlaps(start, end):
            continue
        # "Tổng Giám đốc Kurose Việt Nam": a foreign group's unit here, never a person's name
        head = _UNIT_HERE.sub("", name)
        unit = head != name and not _country_regex().fullmatch(head)
        if not unit and not _bare_vietnamese_name(text, start, name):
            continue
        if name.isascii() and not unit:
            continue  # "Chủ tịch Chen Ming Hua": unaccented syllables are a Chinese person's name as often
        out.append(Firm(mention=name, start=start, end=end, name=canonical_firm_name(name)))
        taken.add(start, end)
    for m in _HEAD_OF_NAMED.finditer(text):
        start, end = m.span(1)
        name = m.group(1)
        words = name.split(" ")
        if len(words) > 1 and words[1].islower() and (len(words) < 3 or " ".join(words[:2]) not in _trades()):
            continue  # "Giám đốc Kinh doanh của ...": a lower-case word only as a trade's tail, before a name
        if (
            taken.overlaps(start, end)
            or any(w.isupper() and len(w) > 1 for w in words)  # "Chủ tịch VCCI", "JETRO TP": bodies' acronyms
            or (  # "Hội", "Sở" (but "Tổng giám đốc Đại Phong,": a syllable names open with, then a capital)
                words[0] in _bare_subject_words()[0]
                and not looks_foreign(words[0])
                and not (words[0] in _NAME_OPENERS and len(words) > 1 and words[1][0].isupper())
            )
            # "do ông X, Chủ tịch Phòng, dẫn đầu": the body ("Phó tổng giám đốc LP-Charge,": a brand)
            or (len(words) == 1 and not looks_foreign(name.replace("-", "")))
            or _province_at(text, start)
            or _country_regex().fullmatch(name)
        ):
            continue
        out.append(Firm(mention=name, start=start, end=end, name=canonical_firm_name(name)))
        taken.add(start, end)
    return out


# its ticker, with the exchange or not: "(KBC)", "(UpCOM: TAM)", "(HoSE: HPG)"
_TICKER = re.compile(r" \((?P<exchange>(?:HoSE|HOSE|HSX|HNX|UPCoM|UpCOM|UPCOM|Upcom)\s*:\s*)?[A-ZĐ]{3}\)")
_ROLE_WORDS = {"Giám", "Tổng", "Chủ", "Phó", "Trưởng", "Hội", "Ban"}  # a role's words before a ticker's name
_TICKER_NAMED = re.compile(rf"(?<![\w-])((?:[{UPPER}][\w-]* ){{1,4}}[{UPPER}][\w-]*)$")


def _ticker_firms(text: str, taken: SpanSet, not_names: set[str]) -> list[Firm]:
    """A listed firm written bare with its three-letter stock ticker: 'Phó Tổng Giám đốc Kinh Bắc (KBC)',
    'Điện máy Hòa Bình (HBE) thông qua ...'. Not when the words are a place, a country or a name of
    agencies (those are taken first)."""
    stop = _stop_words()
    out: list[Firm] = []
    for t in _TICKER.finditer(text):  # the ticker first, then the capitalised words right before it
        m = _TICKER_NAMED.search(text, max(0, t.start() - 80), t.start())
        if m is None:
            continue
        words = m.group(1).split(" ")
        while words and (words[0] in stop or words[0] in not_names or words[0] in _ROLE_WORDS):
            words = words[1:]  # "Giám đốc Kinh Bắc (KBC)": the role is not part of the name
        start = m.end(1) - len(" ".join(words))
        if len(words) < 2 or taken.overlaps(start, m.end(1)) or any(w.isupper() for w in words):
            continue
        name = " ".join(words)
        if _country_regex().fullmatch(name) or (_province_at(text, start) and not t.group("exchange")):
            continue  # (a name listed on an exchange may open with its province: "Thai Nguyen Advanced ...")
        out.append(Firm(mention=name, start=start, end=m.end(1), name=canonical_firm_name(name)))
        taken.add(start, t.end())
    return out


@functools.cache
def _country_regex() -> re.Pattern[str]:
    from extract.tag.places import _country_regex as countries

    return countries()


@functools.cache
def _short_nationalities() -> frozenset[str]:
    """A nationality said in one word ("Nhật", "Hàn"), never a firm's whole name (places.json)."""
    return frozenset(load("places.json")["short_nationalities"])


# forms that state the firm's type: a name may begin lower-case after them (a bare "công ty"/"tập đoàn" is a
# common noun: "công ty con Foxconn Singapore", "tập đoàn vận tải biển CMA CGM")
_CLOSING_VERB = re.compile(r"(?:phát triển|thực hiện|đảm trách|triển khai)[.;,]")
_TNHH = frozenset({"Công ty TNHH", "Công ty TNHH MTV"})
_TYPED_FORMS = frozenset({"Công ty CP", "Công ty TNHH", "Công ty TNHH MTV", "Công ty hợp danh"})


def _proper_after_lower_start(name: list[Token]) -> bool:
    """A name may begin with lower-case words after a capitalised legal form that states the type, as
    sentence-case writing has it ("Công ty TNHH phát triển hạ tầng Cửu Long Xanh", "Công ty cổ phần khu
    công nghiệp Bình Tân"), when a capitalised word follows within four words; "Công ty cổ phần hóa" names
    no firm."""
    return next((j for j, t in enumerate(name) if is_cap(t.text)), 99) <= 4


_SHARED_FORM = re.compile(r"(?=[Cc])(?<!\w)[Cc]ác\s+[Cc]ông\s+ty\s*:\s*")
_LISTED_FORM = re.compile(
    rf"(?:(?<=:\s)|(?<=,\s)|(?<=\svà\s))(?P<form>TNHH MTV|TNHH|CP|Cổ phần)(?=\s[{UPPER}])"
)


class _ListedForm:
    """A legal form that a list shares ('các Công ty: TNHH A, TNHH B và CP C'): each item's 'TNHH' stands
    for 'Công ty TNHH', read like a match of the legal-form pattern (`start`, `end`, `group`)."""

    def __init__(self, m: re.Match[str], form: str) -> None:
        self._m, self._form = m, form

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()

    def group(self, name: int | str = 0) -> str:
        return self._form if name == "form" else self._m.group()


def _shared_forms(text: str, forms: dict[str, str]) -> list[_ListedForm]:
    """The items of lists of firms sharing 'Công ty' ('lễ động thổ nhà máy của các Công ty: TNHH Hanil
    Adhesive Vina, TNHH Khuôn mẫu Jeil Precision và TNHH Bao bì Seowon'), up to the sentence's end."""
    out: list[_ListedForm] = []
    for head in _SHARED_FORM.finditer(text):
        stop = next((i for i in (text.find(c, head.end()) for c in ".;\n") if i >= 0), len(text))
        for m in _LISTED_FORM.finditer(text, head.end(), stop):
            full = "Công ty " + m.group("form")
            if full in forms:
                out.append(_ListedForm(m, full))
    return out


_DESCRIPTOR = re.compile(r"((?:[a-zđà-ỹ]+ ){1,2})(?=[A-Z])")  # lower-case words, then a Latin capital


@functools.cache
def _not_descriptors() -> frozenset[str]:
    return frozenset(load("name_words.json")["not_descriptors"])


def _after_descriptor(text: str, pos: int, stops: frozenset[int]) -> list[Token]:
    """A foreign name after a lower-case word or two saying what the firm does, right after a form that
    does not open a lower-case name ('Tập đoàn đóng tàu Vroon Werft', 'Công ty đầu tư Halvard Marine'):
    the name is the foreign words alone, never a Vietnamese one ('Công ty đã ký với Samsung' has stop
    words between, so no name)."""
    m = _DESCRIPTOR.match(text, pos)
    if not m or any(w in _not_descriptors() for w in m.group(1).split()):
        return []
    name, _ = _scan_name(text, m.end(), max_tokens=6, lower_start=False, org=False, stops=stops)
    if not name or not all(t.text.isascii() for t in name) or not any(looks_foreign(t.text) for t in name):
        return []
    return name


def tag_firms(
    text: str, skip: list[tuple[int, int]] | None = None, stops: frozenset[int] = frozenset()
) -> list[Firm]:
    """Firms; `skip` are spans (organisations) inside which no firm starts; a name ends before `stops`."""
    forms, form_rx = _forms()
    not_names = set(load("legal_forms.json")["not_names"])
    known = load("known_firms.json")["firms"]
    taken = SpanSet(skip or [])
    out: list[Firm] = []
    aliases: dict[str, str] = {}
    alias_forms: dict[str, str] = {}
    hits: list[re.Match[str] | _ListedForm] = list(form_rx.finditer(text))
    if "ông ty:" in text or "ông ty :" in text:
        hits = sorted([*hits, *_shared_forms(text, forms)], key=lambda h: h.start())
    for m in hits:
        if taken.covers(m.start()):
            continue
        if text[m.end() : m.end() + 1] != " ":
            continue
        typed = forms[m.group("form")] in _TYPED_FORMS and m.group()[0].isupper()
        name, _ = _scan_name(
            text, m.end() + 1, max_tokens=12, lower_start=typed, org=False, max_lower=5, stops=stops
        )
        if not name and not typed and m.group()[0].isupper():
            name = _after_descriptor(text, m.end() + 1, stops)  # "Tập đoàn đóng tàu Vroon Werft"
        if not name or not _proper_after_lower_start(name):
            continue
        name = _without_country_suffix(text, _without_person_after_role(text, m.start(), name))
        name = _without_nationality_before(text, name)
        if len(name) > 3 and _CLOSING_VERB.fullmatch(text, name[-2].start, name[-1].end + 1):
            name = name[:-2]  # "do Công ty CP Hạ tầng Bảo Long phát triển.": the verb closing the clause
        raw = text[name[0].start : name[-1].end]
        canon = canonical_firm_name(raw)
        if canon in not_names or raw in not_names:
            continue
        canon = known.get(canon, canon)
        if forms[m.group("form")] in _TNHH and canon.endswith(" Việt Nam") and canon.count(" ") >= 3:
            canon = canon[: -len(" Việt Nam")]  # "Công ty TNHH Lốp xe Hạo Thịnh Việt Nam": a subsidiary's
            # country suffix (the evaluation rows drop it after "Công ty TNHH" 368 times in 369)
        if _country_regex().fullmatch(canon) or canon in _short_nationalities():
            continue  # "Các tập đoàn Nhật Bản đã rót ...", "Công ty Nhật rót ...": a nationality, not a firm
        end = name[-1].end
        coded = _coded_bracket(text, end)
        if coded is not None:  # "Công ty Rich Fabric Mill (VN) Co., LTD": the registered name keeps it
            canon, end = canon + _registered_bracket(text, end, coded), coded
        tail = _foreign_tail(text, end)  # "Công ty Kyocera Co., Ltd.": the mention takes the foreign form
        if tail:
            end = tail[0]
        ctcp = _CTCP_AFTER.match(text, end)  # "Tổng công ty Thép Việt Nam - CTCP (VNSTEEL)"
        if ctcp:
            end = ctcp.end()
        out.append(
            Firm(
                mention=text[m.start() : end],
                start=m.start(),
                end=end,
                name=canon,
                legal_form=forms[m.group("form")],
            )
        )
        taken.add(m.start(), end)
        acro = _ALIAS.match(text[end : end + 40])  # "(VPI)", "(Thaco)", "(TC Group)"
        if acro and " " in acro.group(1) and not any(looks_foreign(w) for w in acro.group(1).split()):
            acro = None  # "(Hàn Quốc)", "(Bắc Ninh)": a country or a place, not another name
        if acro and acro.group(1) not in not_names and not _country_regex().fullmatch(acro.group(1)):
            aliases[acro.group(1)] = canon
            alias_forms[acro.group(1)] = forms[m.group("form")]
            taken.add(end, end + acro.end())  # the alias itself is not a second firm
    for m in _known_rx().finditer(text):
        if taken.covers(m.start()) or _known_as_tail(text, m, not_names):
            continue
        end = m.end()
        dash = re.match(r"-[A-Z][A-Za-z0-9]*", text[end : end + 20])  # "Luxshare-ICT"
        if dash:
            end += dash.end()
        before_form = _words_before_form(text, m.start(), not_names)
        if before_form > end:  # "Nissei Elec. Hong Kong Co., Ltd": every word before a foreign legal form
            end = before_form
        extra = (
            None
            if before_form > m.end()
            else re.match(r"(?: [A-Z][A-Za-z0-9-]+(?!\w))+", text[end : end + 60])
        )
        if extra:
            words = extra.group().split()
            if words[0] in _brand_services():
                continue  # "... - Google Patents", "Theo Google News": the brand's web service, a source
            if len(words) >= 2 and _person_name(words[0], words[1]):
                words = []  # "LG Innotek Moon Hyuk-soo": its chairman's name, not more of the brand
            keep = 0
            at = end + 1
            for w in words:
                if (
                    not (looks_foreign(w) or w.isupper())
                    or w in not_names
                    or w == "Vietnam"  # the country's suffix (read below), not more of the brand
                    or _foreign_forms()[1].match(text, at)
                ):
                    break
                keep += 1
                at += len(w) + 1
            if keep:
                end += len(" ".join(words[:keep])) + 1
        park_tail = _PARK_TAIL.match(text, end)
        if _PARK_WORDS.search(text, m.start(), park_tail.end() if park_tail else end):
            continue  # "WHA Industrial Zone 1", "Amata City Industrial Park 3": the park, not its developer
        if m.group() in _PARK_BRANDS and _AT_PLACE.search(text, max(0, m.start() - 5), m.start()):
            continue  # "its plant at VSIP Quang Ngai", "tại VSIP Bắc Ninh": the park, not its developer
        number = _NAME_NUMBER.match(text, end)  # "Hana Micron Vina 2", not "Samsung 1 tỷ USD"
        if number and (extra or dash) and not _UNIT_AFTER.match(text, number.start(1)):
            end = number.end(1)
        place = _brand_place_rx().match(text, end)
        if (
            place
            and not _known_suffix_rx().match(text, end)
            and not _place_is_other(place.group(1))
            and not _country_regex().fullmatch(place.group(1))  # "LG Innotek Hàn Quốc": the nationality
            and not _foreign_forms()[1].match(text, place.start(1))
        ):
            end = place.end(1)  # "Canon Thăng Long", "Canon Quế Võ": the brand's plant by its place name
        raw = text[m.start() : end]
        tail = _foreign_tail(text, end)  # "Apple Inc.", "Meiko Electronics Co., Ltd."
        canon = known.get(raw) or known[m.group()] + raw[len(m.group()) :]
        suffix = (
            None if tail else _known_suffix_rx().match(text, end)
        )  # "Samsung Electronics Việt Nam Thái Nguyên"
        if suffix:
            end = suffix.end()
            if not suffix.group().startswith((" Việt Nam", " Vietnam", " Vina")) or suffix.group(1):
                # "Agribank An Giang": the bank's branch; "Foxconn Bắc Giang", "Becamex Bình Định", "Samsung
                # Electronics Việt Nam Thái Nguyên": the group's company of that province, as it is registered
                canon += suffix.group()
            plant = _NAME_NUMBER.match(text, end)  # "Hana Micron Vina 2": a numbered plant keeps "Vina"
            if plant and suffix.group().strip() == "Vina" and not _UNIT_AFTER.match(text, plant.start(1)):
                end = plant.end(1)
                canon = f"{canon} Vina {plant.group(1)}"
        if tail:
            end = tail[0]
        out.append(
            Firm(
                mention=text[m.start() : end],
                start=m.start(),
                end=end,
                name=canonical_firm_name(canon),
                legal_form=tail[1] if tail else None,
            )
        )
        taken.add(m.start(), end)
        same = _ALIAS.match(text[end : end + 40])  # "Vietnam Electricity (EVN)": one firm, its short name
        if same and known.get(same.group(1)) == canon:
            taken.add(end, end + same.end())
    out.extend(_short_names(text, out, taken))
    out.extend(_numbered_units(text, taken))
    out.extend(_vietnamese_before_foreign_forms(text, taken, not_names))
    out.extend(_bare_firms(text, taken, not_names))
    out.extend(_group_names(text, taken, not_names))
    out.extend(_traded_with_country(text, taken))
    out.extend(_industry_firms(text, taken, not_names))
    out.extend(_ticker_firms(text, taken, not_names))
    out.extend(_bare_subjects(text, taken, out))
    out.extend(_headed_firms(text, taken))
    out.extend(_parent_names(text, out, taken, not_names))
    out.extend(_listed_firms(text, out, taken, not_names))
    out = _heads_as_full_names(text, out, _known_names())
    for start, alias in word_matches(text, aliases, not_before="(", not_after=")"):
        if not taken.covers(start):
            out.append(
                Firm(
                    mention=alias,
                    start=start,
                    end=start + len(alias),
                    name=aliases[alias],
                    legal_form=alias_forms.get(alias),
                )
            )
    places = {m.group(1) for m in _FOREIGN_PLACE_NAMED.finditer(text)} if "(" in text else set()
    out = [  # "thành phố Yokohama (Nhật Bản) đã ký ...": a foreign government, whichever reader took it, and
        # that place named again ("... doanh nghiệp của Ibaraki")
        f
        for f in out
        if f.legal_form is not None
        or not (_FOREIGN_PLACE_BEFORE.search(text, max(0, f.start - 24), f.start) or f.name in places)
    ]
    out = [
        _without_share_figure(text, _without_leading_year_or_country(_without_opening_article(text, f)))
        for f in out
    ]
    # "the Vietnam Glass and Ceramics Association", "the World Health Organization": a body, not a firm
    out = [f for f in out if f.legal_form is not None or f.name.rsplit(" ", 1)[-1] not in _BODY_ENDS]
    # "© 2025 Asia News Network Bhd": a page's copyright line names its publisher, no firm of the news
    out = [f for f in out if not _COPYRIGHT_BEFORE.search(text, max(0, f.start - 24), f.start)]
    return _with_joined_trades(text, _bracket_aliases(text, sorted(out, key=lambda f: f.start)))


def one_form_per_name(firms: list[Firm]) -> list[Firm]:
    """A firm named bare before the text names it with its legal form ("... của Hóa chất Cam Đường" in the
    headline, "Công ty CP Hóa chất Cam Đường" in the body) is that firm: its mentions take the form (as
    `firms_named_again` gives it to the bare mentions after). Only where the text gives the name one form."""
    forms: dict[str, set[str]] = {}
    for f in firms:
        if f.legal_form:
            forms.setdefault(f.name, set()).add(f.legal_form)
    if not forms:
        return firms
    return [
        f.model_copy(update={"legal_form": next(iter(forms[f.name]))})
        if not f.legal_form and len(forms.get(f.name, ())) == 1
        else f
        for f in firms
    ]


_COPYRIGHT_BEFORE = re.compile(
    r"(?:©|\([cC]\)|[Cc]opyright)\s*(?:[Cc]opyright\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s*)?$"
)


def _bracket_aliases(text: str, firms: list[Firm]) -> list[Firm]:
    """A bare firm in brackets right after another ("Central Power Corporation (EVNCPC) signed ...") is
    that firm's short name, no firm of its own (as an unknown alias is not one), and the text's later mentions
    of it take the firm's name (firms in text order).

    >>> text = "Central Power Corporation (EVNCPC) signed it; EVNCPC said so."
    >>> full = Firm(mention="Central Power Corporation", start=0, end=25, name="Central Power Corporation")
    >>> short = [Firm(mention="EVNCPC", start=s, end=s + 6, name="EVNCPC") for s in (27, 46)]
    >>> [(f.start, f.name) for f in _bracket_aliases(text, [full, *short])]
    [(0, 'Central Power Corporation'), (46, 'Central Power Corporation')]
    """
    renamed: dict[str, Firm] = {}
    for g, f in itertools.pairwise(firms):
        if (
            f.legal_form is None
            and f.name != g.name
            and text[g.end : f.start] == " ("
            and text[f.end : f.end + 1] == ")"
            and f.mention not in renamed
        ):
            renamed[f.mention] = g
    if not renamed:
        return firms
    out = []
    for f in firms:
        full = renamed.get(f.mention)
        if full is None or f.start < full.end:
            out.append(f)
        elif f.start > full.end + 2:  # (the bracketed alias itself is dropped)
            out.append(f.model_copy(update={"name": full.name, "legal_form": full.legal_form}))
    return out


_UNIT_OR_FORM_WORDS = frozenset(  # a local unit's country word, a legal form's words
    {"Vietnam", "Viet", "Việt", "Vina", "VN"}
    | {"Limited", "Company", "Co", "Co.", "Ltd", "Ltd.", "JSC", "Corp", "Inc"}
)


@functools.cache
def _known_names() -> frozenset[str]:
    """The gazetteer's canonical names."""
    return frozenset(load("known_firms.json")["firms"].values())


_UNIT_AFTER_NAME = re.compile(r" (?:Việt Nam|Viet Nam|Vietnam|Vina)(?!\w)")


def _heads_as_full_names(text: str, firms: list[Firm], known: frozenset[str]) -> list[Firm]:
    """A bare name that is the head of another bare firm's name in the same text is that firm again, under
    its full name ("Northstar Photovoltaics breaks ground ...; ... on Northstar's factory"), unless the longer
    name is a local unit's or holds a legal form ("Daeyang" and "Daeyang Heavy Industries Viet Nam": the group
    and its company, as `_parent_names` reads them; "Hoa Sen Woodcraft Limited Company" is read apart) or the
    head is a firm of the gazetteer ("Samsung" and "Samsung Display" are two).

    >>> full = Firm(mention="Northstar Photovoltaics", start=0, end=23, name="Northstar Photovoltaics")
    >>> text = "Northstar Photovoltaics breaks ground. Work is under way on Northstar's factory."
    >>> head = Firm(mention="Northstar", start=60, end=69, name="Northstar")
    >>> [f.name for f in _heads_as_full_names(text, [full, head], frozenset())]
    ['Northstar Photovoltaics', 'Northstar Photovoltaics']
    """
    longer = [
        f
        for f in firms
        if f.legal_form is None
        and " " in f.name
        and not _UNIT_OR_FORM_WORDS.intersection(f.name.split())
        and not _UNIT_OR_FORM_WORDS.intersection(f.mention.split())
        and not _UNIT_AFTER_NAME.match(text, f.end)
    ]
    if not longer:
        return firms
    out = []
    for f in firms:
        if f.legal_form is None and f.name not in known:
            full = {g.name for g in longer if g.name.startswith(f.name + " ")}
            if len(full) == 1:
                f = f.model_copy(update={"name": full.pop()})
        out.append(f)
    return out


_SCHOOL_ENDS = frozenset(("University", "College", "School", "Academy"))


def _verb_past_vietnam(text: str, end: int, last_word: str, after_rx: re.Pattern[str]) -> int | None:
    """The end of " Vietnam" right after a foreign name ending at `end` (its last word `last_word`) when a
    deal verb follows it ("Oyama Netsu Vietnam has put ..."), else None; never after a school ("RMIT
    University Vietnam on Friday signed ...") nor inside a longer word ("Vietnamese")."""
    stop = end + len(" Vietnam")
    if not text.startswith(" Vietnam", end) or text[stop : stop + 1].isalnum() or last_word in _SCHOOL_ENDS:
        return None
    return stop if after_rx.match(text, stop) else None


_BODY_ENDS = frozenset(
    (
        "Association",
        "Organization",
        "Organisation",
        "Federation",
        "Council",
        "Committee",
        "Ministry",
        "Institute",
        "University",
        "College",
        "Academy",
    )
)


def _without_opening_article(text: str, f: Firm) -> Firm:
    """A name of three words or more without the "The" that opens its sentence ("The Sao Phương Nam Vaccine
    JSC has signed ..."); inside a sentence the article may be the name's ("công ty ... The Blue Circle")."""
    if not (f.mention.startswith("The ") and f.name.startswith("The ") and f.name.count(" ") >= 2):
        return f
    before = text[max(0, f.start - 4) : f.start].rstrip(" ")
    if before and not before.endswith(("\n", ".", ":")):
        return f
    return f.model_copy(update={"start": f.start + 4, "mention": f.mention[4:], "name": f.name[4:]})


# "© 2016 X Corporation", "Since 2016 X JSC has ...": a year (and the English word that opens it) first
_LEADING_YEAR = re.compile(r"(?:(?:Since|In|By|From|After|Before|Until|Through) )?(?:19|20)\d\d ")
_SHARE_FIGURE = re.compile(r" \d{1,3}(?:[.,]\d+)?$")
_SHARE_AFTER = re.compile(r"\s*(?:%|per ?cent|percent|phần trăm)")


def _without_share_figure(text: str, f: Firm) -> Firm:
    """A share after a bare name is no number of its ("Oman's Al Qamar Petroleum 30 per cent")."""
    figure = _SHARE_FIGURE.search(f.mention)
    if figure is None or f.legal_form is not None or not _SHARE_AFTER.match(text, f.end):
        return f
    mention = f.mention[: figure.start()]
    return f.model_copy(
        update={"end": f.start + len(mention), "mention": mention, "name": _SHARE_FIGURE.sub("", f.name)}
    )


def _without_leading_year_or_country(f: Firm) -> Firm:
    """A year or a country before a foreign name is no part of it ("© 2016 Indochina Insight
    Corporation", "Nhà đầu tư Hàn Quốc Seong Aero Co., Ltd."); a country before a Vietnamese name's syllable
    stays ("Đức Long Gia Lai", "Mỹ Xuyên Mechanical Engineering": "Đức" and "Mỹ" are also Germany and the
    US)."""
    if f.legal_form is not None and f.mention.startswith(f.legal_form):
        return f
    lead = _LEADING_YEAR.match(f.mention) or _country_regex().match(f.mention)
    if lead is None or not f.name.startswith(lead.group()):
        return f
    rest = f.name[lead.end() :].strip()
    first = rest.split(" ", 1)[0]
    foreign = first.isascii() and (looks_foreign(first) or fold(first) not in name_syllables())
    # "Đài Loan Hưng Long Paper": a country of two words or more starts no Vietnamese name
    if not rest or (not lead.group()[0].isdigit() and not foreign and " " not in lead.group().strip()):
        return f  # "Mỹ Xuyên Mechanical", "Đức Hòa Cold Chain", "Đức Long Gia Lai": Vietnamese names
    cut = f.mention.index(rest, lead.end())
    return f.model_copy(update={"start": f.start + cut, "mention": f.mention[cut:], "name": rest})


@functools.cache
def _joined_trades_rx() -> tuple[frozenset[str], re.Pattern[str]]:
    """The trade words, and the head of a name that ends with them and a joiner right before a firm."""
    trades = load("known_firms.json")["bare_cues"]["joined_trades"]
    word = rf"[{UPPER}][\w-]*"
    alt = alternation(trades)
    head = re.compile(
        rf"(?<![\w-])(?!The )(?:{word} ){{1,4}}?(?:{alt})(?: (?:and|&|-|–) (?:{alt}))* (?:and|&|-|–) $"
    )
    return frozenset(trades), head


def _with_joined_trades(text: str, firms: list[Firm]) -> list[Firm]:
    """An English name that joins the firm's trades ("Binh An Investment and Construction Ltd", "Hoa Phat
    Construction - Trading Co., Ltd.", "Minh Long Trading and Construction Company") is one firm: the firm
    found from the last trade on runs back over the proper name and the trades before it, and a firm found
    inside that stretch ("Minh Long Trading") is no firm of its own."""
    trades, head_rx = _joined_trades_rx()
    grown: dict[int, Firm] = {}  # index -> the firm grown back over its name
    for i, f in enumerate(firms):
        if f.name.split(" ", 1)[0] in trades and (
            head := head_rx.search(text, max(0, f.start - 90), f.start)
        ):
            start = head.start()
            name = canonical_firm_name(text[start : f.start] + f.name)
            grown[i] = f.model_copy(update={"start": start, "mention": text[start : f.end], "name": name})
    if not grown:
        return firms
    inside = [(g.start, firms[i].start) for i, g in grown.items()]
    return [
        grown.get(i, f)
        for i, f in enumerate(firms)
        if i in grown or not any(s <= f.start and f.end <= e for s, e in inside)
    ]


def firms_named_again(text: str, firms: list[Firm], taken: SpanSet) -> list[Firm]:
    """A firm named once with its legal form and later by its name alone ("Tập đoàn Hưng Thịnh vừa ... Lượng
    bán của Hưng Thịnh ..."): each later bare mention of that name outside `taken` (the spans of the text's
    firms, persons, organisations, parks and provinces), as the same firm (its legal form too, though the
    mention does not write it). Only names of two or more capitalised words that hold no province ("Nhựa Hà
    Nội" stays a firm where it is named, "Hà Nội" a city).

    >>> t = "Tập đoàn Hưng Thịnh vừa báo lãi. Lượng bán của Hưng Thịnh tăng 12%."
    >>> f = Firm(mention="Tập đoàn Hưng Thịnh", start=0, end=19, name="Hưng Thịnh", legal_form="Tập đoàn")
    >>> [(x.name, x.start, x.legal_form) for x in firms_named_again(t, [f], SpanSet([(0, 19)]))]
    [('Hưng Thịnh', 47, 'Tập đoàn')]
    """
    out: list[Firm] = []
    done: set[str] = set()
    for f in firms:
        name = f.name
        if not f.legal_form or name in done or text.find(name, f.end) < 0:
            continue
        done.add(name)
        words = name.split()
        if len(words) < 2 or not all(w[:1].isupper() for w in words) or tag_provinces(name):
            continue
        for at, _ in word_matches(text, [name], f.end):  # (no pattern compiled per name)
            end = at + len(name)
            if not taken.overlaps(at, end):
                out.append(Firm(mention=name, start=at, end=end, name=name, legal_form=f.legal_form))
    return out
