"""Firms (legal form + capitalised name, or a known group written bare) and organisations (agencies,
People's Committees, management boards, associations).  Agencies never go to firms."""

from __future__ import annotations

import functools
import re

from extract.models import Firm, Organization
from extract.tag._common import Token, alternation, is_cap, load, tokens

_VIET_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aeiouyăâêôơư]{1,3}(?:ch|ng|nh|[cmnpt])?",
    re.IGNORECASE,
)


_ADMIN_WORDS = {"tỉnh", "huyện", "quận", "xã", "phường", "thị", "thành", "phố", "các"}


def looks_foreign(word: str) -> bool:
    """'Kosame', 'SKV', 'Electronics' -> True; 'Long', 'Hùng' -> False (a Vietnamese syllable)."""
    if not word.isascii() or not word.isalpha():
        return False
    return len(word) >= 2 and not _VIET_SYLLABLE.fullmatch(word)


@functools.cache
def _forms() -> tuple[dict[str, str], re.Pattern[str]]:
    data = load("legal_forms.json")["forms"]
    forms: dict[str, str] = {}
    for surface, canon in data.items():
        forms[surface] = canon
        forms.setdefault(surface[0].lower() + surface[1:], canon)
    return forms, re.compile(rf"(?<!\w)(?P<form>{alternation(forms)})(?!\w)")


@functools.cache
def _org_tables() -> tuple[dict, re.Pattern[str], re.Pattern[str]]:
    data = load("organizations.json")
    prefix_rx = re.compile(rf"(?<!\w)(?P<prefix>{alternation(data['prefixes'])})(?!\w)")
    whole_rx = re.compile(
        rf"(?<!\w)(?:{alternation(list(data['standalone']) + list(data['acronyms']))})(?!\w)"
    )
    return data, prefix_rx, whole_rx


@functools.cache
def _stop_words() -> frozenset[str]:
    return frozenset(load("name_words.json")["stop"])


def _province_at(text: str, pos: int) -> re.Match[str] | None:
    from extract.tag.places import province_table

    return province_table()[2].match(text, pos)


def _scan_name(
    text: str, pos: int, *, max_tokens: int, lower_start: bool, org: bool, max_lower: int = 3
) -> tuple[list[Token], bool]:
    """Tokens of the proper name starting at `pos`; also whether a '(Việt Nam)'-style group was consumed."""
    _, form_rx = _forms()
    odata, org_prefix_rx, _ = _org_tables()
    stop = _stop_words()
    in_name = set(load("legal_forms.json")["in_name_words"])
    strong_surnames = set(odata["name_stop_surnames"])
    toks = tokens(text, pos, min(len(text), pos + 200))
    name: list[Token] = []
    lowers = 0
    i = 0
    while i < len(toks) and len(name) < max_tokens:
        tok = toks[i]
        gap = text[(name[-1].end if name else pos) : tok.start]
        if gap not in (" ", "") and not (name and gap == " " and tok.text in "-–"):
            break
        if name or org:
            pm = _province_at(text, tok.start)
            if pm and org:
                name.extend(t for t in toks[i:] if t.end <= pm.end())
                return name, False
        if name and form_rx.match(text, tok.start) and is_cap(tok.text):
            break
        if tok.text == "(":
            close = text.find(")", tok.start, tok.start + 20)
            inner = text[tok.start + 1 : close].strip() if close > 0 else ""
            if name and inner in ("Việt Nam", "Vietnam", "Viet Nam", "VN"):
                name.append(Token(text[tok.start : close + 1], tok.start, close + 1))
                return name, True
            break
        if tok.text in "-–":
            if not (org and name and i + 1 < len(toks) and is_cap(toks[i + 1].text)):
                break
            name.append(tok)
            i += 1
            continue
        if tok.text in ("và", "&"):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if (
                nxt is None
                or not name
                or not is_cap(nxt.text)
                or _known_rx().match(text, nxt.start)
                or form_rx.match(text, nxt.start)
                or org_prefix_rx.match(text, nxt.start)
            ):
                break
            last_words = {text[name[j].start : name[-1].end] for j in range(max(0, len(name) - 3), len(name))}
            descriptive = not is_cap(name[-1].text)  # "Máy động lực và Máy nông nghiệp"
            if not org and not (last_words & in_name) and not descriptive and tok.text == "và":
                break
            name.append(tok)
            i += 1
            continue
        if is_cap(tok.text) or tok.text[0].isdigit():
            if (
                org
                and name
                and tok.text in strong_surnames
                and i + 1 < len(toks)
                and is_cap(toks[i + 1].text)
            ):
                break
            name.append(tok)
            lowers = 0
        elif tok.text[0].isalpha():
            if not name and lower_start and tok.text == "các":
                name.append(tok)
                i += 1
                continue
            if tok.text in stop or (not name and not lower_start) or lowers >= max_lower:
                break
            name.append(tok)
            lowers += 1
        else:
            break
        i += 1
    keep_one = (
        org
        and len(name) >= 2
        and not is_cap(name[-1].text)
        and is_cap(name[-2].text)
        and (name[-1].text not in _ADMIN_WORDS or name[-2].text == "Thành")
    )
    if not keep_one:
        while name and (
            (not is_cap(name[-1].text) and not name[-1].text[0].isdigit()) or name[-1].text in "-–"
        ):
            name.pop()
    return name, False


def canonical_firm_name(raw: str) -> str:
    """Drop '(Việt Nam)', and a trailing 'Việt Nam'/'Vina' when the rest is clearly a foreign brand."""
    suffixes = load("legal_forms.json")["country_suffixes"]
    name = raw.strip()
    changed = True
    while changed:
        changed = False
        for suffix in suffixes:
            if name.endswith(" " + suffix) or (suffix.startswith("(") and name.endswith(suffix)):
                rest = name[: -len(suffix)].rstrip()
                if rest and (
                    suffix.startswith("(") or suffix == "Vina" or any(looks_foreign(w) for w in rest.split())
                ):
                    name, changed = rest, True
                    break
    return name


def tag_organizations(text: str, skip: list[tuple[int, int]] | None = None) -> list[Organization]:
    data, prefix_rx, whole_rx = _org_tables()
    expand = data["expand"]
    need_name = set(data["need_name"])
    lower_start = set(data["lower_start"])
    skip = skip or []
    out: list[Organization] = []
    taken: list[tuple[int, int]] = []
    for m in prefix_rx.finditer(text):
        if any(s <= m.start() < e for s, e in skip + taken):
            continue
        prefix = m.group("prefix")
        name, _ = _scan_name(
            text, m.end() + 1, max_tokens=14, lower_start=prefix in lower_start, org=True, max_lower=4
        )
        if text[m.end() : m.end() + 1] != " ":
            name = []
        if not name and prefix in need_name:
            continue
        if not name and not prefix.isupper() and prefix not in lower_start:
            continue
        end = name[-1].end if name else m.end()
        mention = text[m.start() : end]
        words = [expand.get(prefix, prefix)] + [expand.get(t.text, t.text) for t in name]
        canon = " ".join(words).replace(" - ", " - ")
        out.append(Organization(mention=mention, start=m.start(), end=end, name=canon))
        taken.append((m.start(), end))
    for m in whole_rx.finditer(text):
        if any(s <= m.start() < e for s, e in skip + taken):
            continue
        canon = data["acronyms"].get(m.group(), m.group())
        out.append(Organization(mention=m.group(), start=m.start(), end=m.end(), name=canon))
    return sorted(out, key=lambda o: o.start)


@functools.cache
def _known_rx() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(load('known_firms.json')['firms'])})(?![\w-])")


def tag_firms(text: str, skip: list[tuple[int, int]] | None = None) -> list[Firm]:
    """Firms; `skip` are spans (organisations) inside which no firm starts."""
    forms, form_rx = _forms()
    not_names = set(load("legal_forms.json")["not_names"])
    known = load("known_firms.json")["firms"]
    skip = list(skip or [])
    out: list[Firm] = []
    aliases: dict[str, str] = {}
    for m in form_rx.finditer(text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        if text[m.end() : m.end() + 1] != " ":
            continue
        name, _ = _scan_name(text, m.end() + 1, max_tokens=12, lower_start=False, org=False)
        if not name:
            continue
        raw = text[name[0].start : name[-1].end]
        canon = canonical_firm_name(raw)
        if canon in not_names or raw in not_names:
            continue
        canon = known.get(canon, canon)
        end = name[-1].end
        out.append(
            Firm(
                mention=text[m.start() : end],
                start=m.start(),
                end=end,
                name=canon,
                legal_form=forms[m.group("form")],
            )
        )
        skip.append((m.start(), end))
        acro = re.match(r"\s*\(([A-Z][A-Z0-9&]{1,9})\)", text[end : end + 14])
        if acro:
            aliases[acro.group(1)] = canon
    for m in _known_rx().finditer(text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        end = m.end()
        extra = re.match(r"(?: [A-Z][A-Za-z0-9-]+)+", text[end : end + 60])
        if extra:
            words = extra.group().split()
            keep = 0
            for w in words:
                if not (looks_foreign(w) or w.isupper()) or w in not_names:
                    break
                keep += 1
            if keep:
                end = m.end() + len(" ".join(words[:keep])) + 1
        raw = text[m.start() : end]
        canon = known.get(raw) or known[m.group()] + raw[len(m.group()) :]
        out.append(
            Firm(mention=raw, start=m.start(), end=end, name=canonical_firm_name(canon), legal_form=None)
        )
        skip.append((m.start(), end))
    if aliases:
        rx = re.compile(rf"(?<![\w(])(?:{alternation(aliases)})(?![\w)])")
        for m in rx.finditer(text):
            if not any(s <= m.start() < e for s, e in skip):
                out.append(Firm(mention=m.group(), start=m.start(), end=m.end(), name=aliases[m.group()]))
    return sorted(out, key=lambda f: f.start)
