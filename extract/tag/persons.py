"""Persons: 'ông/bà + Name' with an apposition role ('ông A, Phó Chủ tịch UBND tỉnh X';
'bà B – Giám đốc Sở ...'; 'ông C Chủ tịch VCCI'), or a role before a name
('Chủ tịch UBND tỉnh Quảng Ninh Phạm Đức Ấn')."""

from __future__ import annotations

import functools
import re

from extract.models import Person
from extract.tag._common import Token, alternation, load, tokens
from extract.tag.firms import _scan_name


@functools.cache
def _tables() -> tuple[dict, re.Pattern[str], re.Pattern[str]]:
    data = load("persons.json")
    roles = list(data["roles"])
    roles += [r[0].lower() + r[1:] for r in roles if not r.isupper()]
    honor = re.compile(rf"(?<!\w)(?P<h>{alternation(data['honorifics'])})\s+(?=[A-ZĐÀ-Ỹ])")
    role_rx = re.compile(rf"(?<!\w)(?P<role>{alternation(roles)})(?!\w)")
    return data, honor, role_rx


def _name_tokens(text: str, pos: int, max_tokens: int = 4) -> list[Token]:
    _, _, role_rx = _tables()
    out: list[Token] = []
    for tok in tokens(text, pos, min(len(text), pos + 60)):
        gap = text[(out[-1].end if out else pos) : tok.start]
        if (
            gap not in ("", " ")
            or not tok.text.isalpha()
            or not tok.text[0].isupper()
            or (tok.text.isupper() and len(tok.text) > 1)
        ):
            break
        if role_rx.match(text, tok.start) and tok.text[0].isupper():
            break
        out.append(tok)
        if len(out) >= max_tokens:
            break
    return out


def _role_at(text: str, pos: int) -> tuple[int, int] | None:
    """Span of a role phrase starting exactly at `pos` (role keyword + organisation words)."""
    _, _, role_rx = _tables()
    m = role_rx.match(text, pos)
    if not m:
        return None
    end = m.end()
    if text[end : end + 1] == " ":
        rest, _ = _scan_name(text, end + 1, max_tokens=14, lower_start=True, org=True)
        if rest:
            end = rest[-1].end
    return m.start(), end


def tag_persons(text: str) -> list[Person]:
    from extract.tag.places import province_table

    data, honor, role_rx = _tables()
    province_rx = province_table()[2]
    surnames = set(data["surnames"])
    found: dict[tuple[int, int], Person] = {}

    for m in honor.finditer(text):
        if m.group("h")[0].isupper() and province_rx.match(text, m.start()):
            continue  # "Bà Rịa - Vũng Tàu"
        name = _name_tokens(text, m.end())
        if not name or province_rx.match(text, name[0].start):
            continue
        start, end = name[0].start, name[-1].end
        role = None
        after = re.match(r"\s*(?:,|–|-|—|:)?\s*", text[end : end + 5])
        if after is not None:
            span = _role_at(text, end + after.end())
            if span:
                role = text[span[0] : span[1]]
        found[(start, end)] = Person(
            mention=text[start:end], start=start, end=end, name=text[start:end], role=role
        )

    for m in role_rx.finditer(text):
        if not m.group("role")[0].isupper():
            continue
        span = _role_at(text, m.start())
        if not span or text[span[1] : span[1] + 1] != " ":
            continue
        name = _name_tokens(text, span[1] + 1)
        if len(name) < 2 or name[0].text not in surnames or province_rx.match(text, name[0].start):
            continue
        start, end = name[0].start, name[-1].end
        if any(s <= start < e for s, e in found):
            continue
        found[(start, end)] = Person(
            mention=text[start:end], start=start, end=end, name=text[start:end], role=text[span[0] : span[1]]
        )
    return sorted(found.values(), key=lambda p: p.start)
