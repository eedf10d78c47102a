"""Persons: 'ông/bà/TS. + Name' with an apposition role ('ông A, Phó Chủ tịch UBND tỉnh X';
'bà B – Giám đốc Sở ...'; 'ông C, nguyên Thứ trưởng ...'; 'ông C Chủ tịch VCCI'), a role written before the
honorific ('Theo Giám đốc Sở X, ông A, ...'), a role before a name ('Chủ tịch UBND tỉnh Quảng Ninh
Phạm Đức Ấn', 'Đại sứ Nhật Bản Ito Naoki'), or a signer line ('Người ký: ...'). Hyphenated foreign names
are kept whole."""

from __future__ import annotations

import functools
import re
from contextvars import ContextVar

from extract.models import Person
from extract.normalize import fold
from extract.tag._common import (
    UPPER,
    SpanSet,
    Token,
    alternation,
    load,
    tokens,
    word_start_alternation,
)
from extract.tag.firms import (
    _district_names,
    _forms,
    _full_names_rx,
    _scan_name,
    _without_person_after_role,
    looks_foreign,
)
from extract.tag.person_cues import (
    credited_persons,
    english_persons,
    foreign_surnames,
    is_surname,
    name_syllables,
)


def _lower_after_first(role: str) -> str:
    """'Phó Chủ tịch HĐND' -> 'Phó chủ tịch HĐND': roles as many papers spell them."""
    head, *tail = role.split(" ")
    return " ".join([head, *(w if w.isupper() else w.lower() for w in tail)])


@functools.cache
def _tables() -> tuple[dict, re.Pattern[str], re.Pattern[str]]:
    data = load("persons.json")
    roles = list(data["roles"])
    roles += [r[0].lower() + r[1:] for r in roles if not r.isupper()]
    # "Phó chủ tịch HĐND tỉnh X", "Tổng giám đốc": the words after the first in lower case (acronyms kept)
    roles += [_lower_after_first(r) for r in roles if " " in r and r[0].isupper()]
    roles = list(dict.fromkeys(roles))
    honorifics = list(data["honorifics"]) + list(data["titles"])
    honorific = word_start_alternation(honorifics, not_after=r"[\w.]", trie=True)
    # the name on the honorific's own line ("... tuyến Cát Bà\nCông ty ...": a place ends the line)
    honor = re.compile(rf"(?P<h>{honorific})[^\S\n]*(?<=[^\S\n]|\.)(?=[{UPPER}])")
    role_rx = re.compile(rf"(?P<role>{word_start_alternation(roles, trie=True)})(?!\w)")
    return data, honor, role_rx


_INITIAL_DOT = re.compile(r"\. [A-Z]")


def _name_tokens(text: str, pos: int, max_tokens: int = 4) -> list[Token]:
    _, _, role_rx = _tables()
    out: list[Token] = []
    for tok in tokens(text, pos, min(len(text), pos + 60)):
        if out and tok.start < out[-1].end:
            continue  # the dot of a middle initial, taken with it
        gap = text[(out[-1].end if out else pos) : tok.start]
        if (
            gap not in ("", " ")
            or not tok.text.replace("-", "").isalpha()
            or not tok.text[0].isupper()
            or (tok.text.isupper() and len(tok.text) > 1)
        ):
            break
        if out and len(tok.text) == 1 and _INITIAL_DOT.match(text, tok.end):
            out.append(Token(tok.text + ".", tok.start, tok.end + 1))  # "Grace H. Lim": a middle initial
            continue
        if role_rx.match(text, tok.start) and tok.text[0].isupper():
            break
        out.append(tok)
        if len(out) >= max_tokens:
            break
    return out


def _capitals_name(text: str, pos: int) -> list[Token]:
    """A name written in capitals after an honorific ("Ông CHO MIN WOO, đại diện nhà đầu tư"): two to four
    upper-case words of letters; led by a Vietnamese surname, only as far as its words are name syllables
    ("TS. NGUYỄN HOÀNG LONG, ..."); none when fewer, and none in a heading of five capital words or more
    ("TS. NGUYỄN HOÀNG LONG HỌC VIÊN: ...": where the name ends is unknown)."""
    out: list[Token] = []
    for tok in tokens(text, pos, min(len(text), pos + 80)):
        gap = text[(out[-1].end if out else pos) : tok.start]
        if gap not in ("", " ") or not (tok.text.isalpha() and tok.text.isupper()):
            break
        if len(out) == 4:
            return []  # five capital words or more: a heading, its name's end unknown
        out.append(tok)
    syllables = name_syllables()
    if out and is_surname(out[0].text):  # a Vietnamese surname first
        kept = 1
        while kept < len(out) and fold(out[kept].text) in syllables:
            kept += 1
        out = out[:kept] if kept >= 2 else out  # "PARK JI HOON": a Korean name, its syllables not ours
    return out if len(out) >= 2 else []


_ROLE_MEMO: ContextVar[tuple[str, dict[int, tuple[int, int] | None]] | None] = ContextVar(
    "role_memo", default=None
)


def _role_at(text: str, pos: int) -> tuple[int, int] | None:
    """Span of a role phrase starting exactly at `pos` (role keyword + organisation words); remembered for
    the text `tag_persons` is reading, which asks for the same positions from several sides."""
    current = _ROLE_MEMO.get()
    if current is None or current[0] is not text:
        return _role_span(text, pos)
    memo = current[1]
    if pos not in memo:
        memo[pos] = _role_span(text, pos)
    return memo[pos]


_WORD_THEN_CAP = re.compile(rf" (\w+) [{UPPER}]")
_FORMER_AFTER = re.compile(r" \(?cũ\)?(?!\w)")
_CAP_AFTER = re.compile(rf" [{UPPER}]")
_STANDING = re.compile(r" [Tt]hường trực(?= )")


def _role_span(text: str, pos: int) -> tuple[int, int] | None:
    _, _, role_rx = _tables()
    m = role_rx.match(text, pos)
    if not m:
        return None
    end = m.end()
    standing = _STANDING.match(text, end)  # "Phó Thủ tướng thường trực Lê Hoàng Minh": part of the office
    if standing:
        end = standing.end()
    if text.startswith(" kiêm ", end):  # "Phó Chủ tịch kiêm Tổng Thư ký Hiệp hội ..."
        second = _role_at(text, end + len(" kiêm "))
        if second:
            return m.start(), second[1]
    head = _WORD_THEN_CAP.match(text[end : end + 40])
    if head and head.group(1) in _tables()[0]["surnames"]:
        return m.start(), end  # "Phó Thủ tướng Trần Hồng Hà"
    full = _full_names_rx().match(text, end + 1) if text[end : end + 1] == " " else None
    if full:  # "Viện trưởng Viện Nghiên cứu Chiến lược, Chính sách Công Thương": a known whole name
        return m.start(), full.end()
    if text[end : end + 1] == " ":
        form = _forms()[1].match(text, end + 1)  # "Giám đốc Công ty TNHH một thành viên X": the firm's name
        if form and text[form.end() : form.end() + 1] == " ":
            rest, _ = _scan_name(text, form.end() + 1, max_tokens=12, lower_start=False, org=False)
            rest = _without_person_after_role(text, form.start(), rest) if rest else rest
        else:
            rest, _ = _scan_name(text, end + 1, max_tokens=14, lower_start=True, org=True, max_lower=6)
        if rest:
            end = rest[-1].end
        org = _org_at(text, m.end() + 1)  # "Giám đốc Ban Quản lý các KCN Cần Thơ": the organisation, whole
        if org is not None and org > end:
            end = org
        if text.startswith(" thuộc ", end):  # "Giám đốc Trung tâm WTO và Hội nhập thuộc VCCI"
            parent = _org_at(text, end + len(" thuộc "))
            end = parent if parent is not None else end
        former = _FORMER_AFTER.match(text[end : end + 6])  # "Phó Chủ tịch UBND tỉnh Hoà Bình cũ"
        if former:
            end += former.end()
    if text.startswith(", ", end) and role_rx.match(text, end + 2):
        second = _role_at(text, end + 2)  # "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An": both offices
        if second and not _CAP_AFTER.match(text[second[1] : second[1] + 2]):
            end = second[1]  # (but "..., Bộ trưởng Nguyễn Hồng Diên khẳng định": the next person's office)
    return m.start(), end


def _org_at(text: str, pos: int) -> int | None:
    """End of the organisation name that starts exactly at `pos`, if one does."""
    from extract.tag.firms import tag_organizations

    window = text[pos : pos + 160]
    first = next(iter(tag_organizations(window, at_start=True)), None)
    return pos + first.end if first is not None and first.start == 0 else None


@functools.cache
def _strong_surnames() -> frozenset[str]:
    return frozenset(load("organizations.json")["name_stop_surnames"])


@functools.cache
def _country_end_rx() -> re.Pattern[str]:
    # a role ending with a country or "Việt Nam" ("Tổng Giám đốc Samsung Việt Nam Choi Joo Ho")
    return re.compile(rf"(?:{alternation([*load('places.json')['countries'], 'Việt Nam', 'Vina'])})$")


def _envoy_role(role: str) -> bool:
    """'Phó Đại sứ', 'Tổng Lãnh sự': a government's office, so the foreign words after it are its holder's."""
    return role in _tables()[0]["envoy_roles"]


def _split_role_name(
    text: str, span: tuple[int, int], surnames: set[str]
) -> tuple[tuple[int, int], list[Token]]:
    """A role phrase that swallowed the name after it ('Đại sứ Nhật Bản Ito Naoki') -> (role span, name)."""
    toks = [t for t in tokens(text, span[0], span[1]) if t.text[0].isalpha()]
    for k in (3, 2):
        if len(toks) < k + 2:
            continue
        cand, prev = toks[-k:], toks[-k - 1]
        if not all(t.text[0].isupper() and t.text.replace("-", "").isalpha() for t in cand):
            continue
        foreign = (
            all(looks_foreign(t.text.replace("-", "")) for t in cand)
            or (
                cand[0].text
                in surnames  # "Choi Young-sam", "Choi Joo Ho": a surname, then a foreign syllable
                and ("-" in cand[-1].text or any(looks_foreign(t.text) for t in cand[1:]))
            )
        )
        strong = cand[0].text in _strong_surnames() and not looks_foreign(prev.text)
        # "Phó Vụ trưởng Mori Takuya", "Phó Chủ tịch Hiệp hội Sato Masaki": a common foreign surname and
        # foreign-looking words after it, the holder of the role whatever stands before
        held = foreign and cand[0].text in foreign_surnames()
        if (
            strong
            or held
            or (
                foreign
                and (
                    _country_end_rx().search(text, span[0], prev.end) or _envoy_role(text[span[0] : prev.end])
                )
            )
        ):
            return (span[0], prev.end), cand
    return span, []


def _role_before(text: str, pos: int) -> str | None:
    """The role phrase that ends with ', ' right before `pos` ('Theo Giám đốc Sở X, ông A')."""
    _, _, role_rx = _tables()
    lo = max(0, pos - 160)
    if not text[lo:pos].endswith(", "):
        return None
    best = None
    for m in role_rx.finditer(text, lo, pos):
        if not m.group("role")[0].isupper():
            continue
        span = _role_at(text, m.start())
        if span and span[1] == pos - 2 and "," not in text[span[0] : span[1]]:
            best = best or text[span[0] : span[1]]
    return best


def _role_after(text: str, end: int) -> str | None:
    """The apposition after a name: ", Giám đốc Sở X", " – Phó Cục trưởng ...", " (nguyên Thứ trưởng ...)"."""
    caption = _CAPTION.match(text[end : end + _CAPTION_MAX])  # "Ông A (bên phải), Chủ tịch Tập đoàn X"
    if caption:
        end += caption.end()
    after = _apposition_rx().match(text[end : end + 14])
    if after is None:
        return None
    span = _role_at(text, end + after.end())
    return text[end : span[1]].lstrip(" ,–-—:(") if span else None  # "nguyên Thứ trưởng ..." keeps "nguyên"


# where a photo caption places a person: "(bên phải)", "(thứ hai từ trái sang)", "(giữa)"
_CAPTION = re.compile(
    r"\s*\((?:bên phải|bên trái|giữa|đứng giữa|ngồi giữa|thứ \w+ từ (?:trái|phải)(?: sang)?)\)"
)


@functools.cache
def _apposition_rx() -> re.Pattern[str]:
    """What opens an apposition after a name: ", ", " – ", " (", with "nguyên" (former) before the role."""
    former = "|".join(_tables()[0]["former"])
    return re.compile(rf"\s*(?:,|–|-|—|:|\()?\s*(?:(?:{former})\s+)?")


_CAPTION_MAX = 30


@functools.cache
def _honorific_places() -> tuple[str, ...]:
    """Pre-2025 districts whose name starts like an honorific: "Bà Rịa", "Cô Tô", "Bác Ái", "Anh Sơn"."""
    words = {"Bà", "Ông", "Cô", "Chị", "Anh", "Em", "Cậu", "Chú", "Bác"}
    return tuple(sorted(n for n in _district_names() if n.split()[0] in words))


def _district_at(text: str, pos: int) -> bool:
    return any(
        text.startswith(name, pos) and not text[pos + len(name) : pos + len(name) + 1].isalnum()
        for name in _honorific_places()
    )


def tag_persons(text: str) -> list[Person]:
    token = _ROLE_MEMO.set((text, {}))
    try:
        return _tag_persons(text)
    finally:
        _ROLE_MEMO.reset(token)


def _tag_persons(text: str) -> list[Person]:
    from extract.tag.places import province_table

    data, honor, role_rx = _tables()
    province_rx = province_table()[2]
    surnames = set(data["surnames"])
    found: dict[tuple[int, int], Person] = {}

    for m in honor.finditer(text):
        if m.group("h")[0].isupper() and (
            province_rx.match(text, m.start()) or _district_at(text, m.start())
        ):
            continue  # "Bà Rịa - Vũng Tàu", "Công ty CP Thép Bà Rịa", "huyện Cô Tô"
        name = _name_tokens(text, m.end()) or _capitals_name(text, m.end())
        if not name or province_rx.match(text, name[0].start):
            continue
        if m.group("h") in data["titles"] and len(name) < 2:
            continue  # "TS" alone before one capitalised word is not a name
        start, end = name[0].start, name[-1].end
        role = _role_after(text, end) or _role_before(text, m.start())
        if len(name) < 2 and role is None:
            continue  # "ông Khôi lưu ý ...": a person named in full before, not a name of its own
        found[(start, end)] = Person(
            mention=text[start:end], start=start, end=end, name=text[start:end], role=role
        )

    order = {key: i for i, key in enumerate(found)}
    covered = SpanSet(found)
    by_end: dict[int, list[Person]] = {}  # in the order found: the role scan looks up the person before it
    for p in found.values():
        by_end.setdefault(p.end, []).append(p)
    for m in role_rx.finditer(text):
        if not m.group("role")[0].isupper():
            continue
        span = _role_at(text, m.start())
        if not span:
            continue
        # the apposition of a person found above, unless that person already has a role and this one
        # names its own person ("Bộ trưởng X Nguyễn A, Thứ trưởng Bộ Y Nguyễn B")
        near = [p for e in range(m.start() - 3, m.start() + 1) for p in by_end.get(e, ())]
        after = sorted(near, key=lambda p: order[p.start, p.end])
        if after and (after[0].role is None or text[after[0].end : m.start()].strip() != ","):
            continue
        span, name = _split_role_name(text, span, surnames)
        unit = _UNIT_THEN_NAME.match(text, span[1])  # "Chủ tịch UBND tỉnh Trần Văn Quân": the unit unnamed
        if not name and unit and text[unit.end() : unit.end() + 12].split(" ", 1)[0] in surnames:
            span = (span[0], unit.end() - 1)
        if not name and text[span[1] : span[1] + 1] == " ":
            name = _name_tokens(text, span[1] + 1)
        foreign = len(name) >= 2 and all(looks_foreign(t.text.replace("-", "")) for t in name)
        if (
            len(name) < 2
            or (name[0].text not in surnames and not foreign)
            or province_rx.match(text, name[0].start)
        ):
            continue
        start, end = name[0].start, name[-1].end
        if covered.covers(start):
            continue
        order[start, end] = len(order)
        found[(start, end)] = Person(
            mention=text[start:end], start=start, end=end, name=text[start:end], role=text[span[0] : span[1]]
        )
        covered.add(start, end)
        by_end.setdefault(end, []).append(found[(start, end)])
    for p in [p for p in found.values() if p.role]:  # "hai Thứ trưởng A và B ký": B holds the same role
        if (second := _second_of_plural_role(text, p, surnames)) and not covered.covers(second[0]):
            start, end = second
            found[second] = Person(
                mention=text[start:end], start=start, end=end, name=text[start:end], role=p.role
            )
            covered.add(start, end)
    for start, end, english_role in english_persons(text):  # English copy: "Minister Tran Quoc Khanh"
        if not covered.overlaps(start, end):
            found[(start, end)] = Person(
                mention=text[start:end], start=start, end=end, name=text[start:end], role=english_role
            )
            covered.add(start, end)
    for start, end in credited_persons(text):  # "Ảnh: Hoàng Lộc", "VNS Photo Thu Trang", a by-line
        if not covered.overlaps(start, end):
            found[(start, end)] = Person(mention=text[start:end], start=start, end=end, name=text[start:end])
            covered.add(start, end)
    for start, end in _bare_names(text, found):
        role = _role_after(text, end)
        found[(start, end)] = Person(
            mention=text[start:end], start=start, end=end, name=text[start:end], role=role
        )
    for m in _SIGNER_RE.finditer(text):  # metadata lines: "Người ký: Nguyễn Văn A"
        name = _name_tokens(text, m.end())
        if len(name) >= 2 and not any(s <= name[0].start < e for s, e in found):
            start, end = name[0].start, name[-1].end
            found[(start, end)] = Person(mention=text[start:end], start=start, end=end, name=text[start:end])
    return sorted(found.values(), key=lambda p: p.start)


# "hai Thứ trưởng", "các Bộ trưởng", "2 Chủ tịch" right before the role: it names two people or more
_PLURAL_BEFORE_ROLE = re.compile(r"(?<!\w)(?:hai|các|những|2|ba|3) $", re.IGNORECASE)


def _second_of_plural_role(text: str, p: Person, surnames: set[str]) -> tuple[int, int] | None:
    """The span of the name after "và" that shares `p`'s plural role ("Hai Thứ trưởng Trần Văn A và Matsuo
    Ryota ký ...": Matsuo Ryota is a Thứ trưởng too, no firm): two to four capitalised words, led by a
    Vietnamese surname or all foreign-looking."""
    role_at = text.rfind(p.role or "", max(0, p.start - 60), p.start)
    if role_at < 0 or not _PLURAL_BEFORE_ROLE.search(text, max(0, role_at - 8), role_at):
        return None
    if not text.startswith(" và ", p.end):
        return None
    name = _name_tokens(text, p.end + 4)
    foreign = len(name) >= 2 and all(looks_foreign(t.text.replace("-", "")) for t in name)
    if len(name) < 2 or (name[0].text not in surnames and not foreign):
        return None
    return name[0].start, name[-1].end


_UNIT_THEN_NAME = re.compile(rf" (?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường) (?=[{UPPER}])")
_SIGNER_RE = re.compile(r"(?=N)(?<!\w)Người ký\s*:?\s*")


# --- names with no honorific and no role before them (general news) ------------------------------------
# "Nguyễn Văn Minh, Giám đốc Sở ..., cho biết", "Theo Trần Thị Hoa, ...", "chị Lê Thu Hà", "... - Phạm Văn
# Tuấn chia sẻ": a surname and given-name syllables from extract/data/persons.json, guarded against streets,
# wards, schools and firms named after people ("đường Nguyễn Văn Linh", "Công ty TNHH Trần Anh Tuấn").

_NOT_BARE_START = frozenset({"Văn", "Kim", "La", "Park", "Lee", "Choi"})  # "Văn Lâm", "Kim Thành": places
_CLAUSE_STOP = re.compile(r"[,.;:!?()“”\"\n–—]| - ")
HEAD_WINDOW_WORDS = 6  # a street, ward or firm word this close before a name makes the name part of it


@functools.cache
def _bare_tables() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = load("persons.json")
    surnames = frozenset(data["surnames"])
    given = frozenset(data["given_syllables"]) | surnames
    starts = sorted(surnames - _NOT_BARE_START, key=len, reverse=True)
    first = "".join(sorted({w[0] for w in starts}))  # tested first: most positions fail there, cheaply
    # (a list's number glued before it, "1.Lê Thị Hồng Nhung 2.Vũ Minh Quân": a name still; "TP.Hồ ...": none)
    start_rx = re.compile(
        rf"(?=[{first}])(?:(?<![\w.])|(?<=(?<!\w)\d\.)|(?<=(?<!\w)\d\d\.))"
        rf"(?:{'|'.join(map(re.escape, starts))})(?= [{UPPER}])"
    )
    heads = sorted({fold(h) for h in data["place_heads"]}, key=len, reverse=True)
    head_rx = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, heads))})(?!\w)")
    stop = frozenset(load("name_words.json")["stop"]) | {"theo", "với", "cùng", "và", "còn", "khi", "sau"}
    return given, start_rx, head_rx, stop


def _capitalised(tok: Token) -> bool:
    return tok.text[0].isupper() and tok.text.isalpha() and not (tok.text.isupper() and len(tok.text) > 1)


def _bare_names(text: str, found: dict[tuple[int, int], Person]) -> list[tuple[int, int]]:
    from extract.tag.places import province_table

    data = _tables()[0]
    given, start_rx, head_rx, stop = _bare_tables()
    kin = set(data["kin_honorifics"])
    speech = tuple(data["speech_verbs"])
    province_rx = province_table()[2]
    _, _, role_rx = _tables()
    out: list[tuple[int, int]] = []
    covered = SpanSet(found)
    for m in start_rx.finditer(text):
        if covered.covers(m.start()) or province_rx.match(text, m.start()):
            continue
        toks = tokens(text, m.start(), min(len(text), m.start() + 60))
        name: list[Token] = []
        for tok in toks:
            if name and text[name[-1].end : tok.start] != " ":
                break
            if not _capitalised(tok) or (name and tok.text not in given) or len(name) == 4:
                break
            name.append(tok)
        if len(name) < 2:
            continue
        end = name[-1].end
        if any((pm := province_rx.match(text, t.start)) and pm.end() <= end for t in name[1:]):
            continue  # "Hoàng Anh Gia Lai" (a group), "Trần Thái Bình": a province inside, not a bare name
        nxt = re.match(rf" ([{UPPER}]\w*)", text[end : end + 30])
        if nxt and not role_rx.match(text, end + 1):
            continue  # "Lê Quý Đôn", "Hồ Chí Minh City": more capitalised words, a name of something else
        before = text[max(0, m.start() - 80) : m.start()]
        words = before.split()
        prev = words[-1] if words else ""
        joined = prev and prev[-1].isalnum() and (prev[0].isupper() or prev[0].isdigit())
        if joined and prev.lower() not in stop and prev not in kin:
            continue  # "Tập đoàn Hoàng Anh ...", "12 Nguyễn Văn Linh": part of a longer name or an address
        clause = _CLAUSE_STOP.split(before)[-1]
        if head_rx.search(fold(" ".join(clause.split()[-HEAD_WINDOW_WORDS:]))):
            continue
        if (
            len(name) == 2
        ):  # "Theo Trần Hoa, ...", "chị Lê Hà", "Phạm Tuấn chia sẻ": only where a person is sure
            rest = text[end : end + 30].lstrip(" ,")
            if not (
                prev in kin or prev.lower() == "theo" or rest.startswith(speech) or _role_after(text, end)
            ):
                continue
        out.append((name[0].start, end))
    return out
