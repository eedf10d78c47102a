"""Deals between firms, one sentence (or ';'-clause) at a time.

- Signing: "A ký kết (biên bản ghi nhớ | hợp đồng cung ứng ...) với B, C và D" -> (A,B), (A,C), (A,D).
  Signers are the firm right before the verb plus firms chained to it by "," or "và"; counterparts are all
  firms after the verb (up to the next signing verb).  Kind: supply_contract > mou > cooperation, read
  between the verb and the counterpart, then in the clause, then in the whole sentence.
- "A và B (đã) ký ..." and "lễ ký kết ... giữa A và B": the two firms are the pair.
- Investment / groundbreaking: a firm followed within a few words by an investment verb ("đầu tư",
  "rót vốn", ...), or a licence granted to a firm, or "khởi công/động thổ" with a firm -> one party.
Amount/currency, province (its current unit) and date come from the first such mention in the sentence.
"""

from __future__ import annotations

import bisect
import functools
import re

from extract.models import Deal, Firm, Money, Province
from extract.tag._common import alternation, find_dates, load, published_year, sentences


@functools.cache
def _rx() -> dict[str, re.Pattern[str]]:
    data = load("deals.json")

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(
            rf"(?<![\w])(?<!đăng )(?<!Đăng )(?<!chữ )(?:{alternation(data[key])})(?!\w)", re.IGNORECASE
        )

    return {
        key: rx(key)
        for key in ("signing", "mou", "supply", "investment", "investment_grant", "groundbreaking")
    }


def _inside(pos: int, firms: list[Firm]) -> bool:
    return any(f.start <= pos < f.end for f in firms)


def _context(
    s: int, e: int, money: list[Money], provinces: list[Province], dates: list[tuple[int, int, str]]
) -> dict:
    m = next((x for x in money if s <= x.start < e), None)
    p = next((x for x in provinces if s <= x.start < e), None)
    d = next((x for x in dates if s <= x[0] < e), None)
    return {
        "amount": m.amount if m else None,
        "currency": m.currency if m else None,
        "province": p.current if p else None,
        "date": d[2] if d else None,
    }


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def _sentence_end(text: str, pos: int) -> int:
    ends = [i for i in (text.find(c, pos) for c in ".!?\n") if i >= 0]
    return min(ends) if ends else len(text)


def _kind(window: str) -> str:
    rx = _rx()
    if rx["supply"].search(window):
        return "supply_contract"
    if rx["mou"].search(window):
        return "mou"
    return "cooperation"


def tag_deals(
    text: str,
    firms: list[Firm],
    money: list[Money],
    provinces: list[Province],
    published: str | None = None,
) -> list[Deal]:
    rx = _rx()
    year = published_year(published)
    out: list[Deal] = []
    firms = sorted(firms, key=lambda f: f.start)
    firm_starts = [f.start for f in firms]
    free_provinces = [p for p in provinces if not _inside(p.start, firms)]  # not "Công ty ... Hà Nội"
    for s, e in sentences(text):
        lo, hi = bisect.bisect_left(firm_starts, s), bisect.bisect_left(firm_starts, e)
        sfirms = [f for f in firms[lo:hi] if f.end <= e]
        if not sfirms:
            continue
        ctx = _context(s, e, money, free_provinces, find_dates(text, s, e, year))
        seen: set[tuple[str, tuple[str, ...]]] = set()

        def add(
            kind: str, parties: list[str], *, ctx: dict = ctx, s: int = s, e: int = e, seen: set = seen
        ) -> None:
            key = (kind, tuple(parties))
            if key not in seen and (len(parties) == 1 or parties[0] != parties[1]):
                seen.add(key)
                out.append(Deal(kind=kind, parties=parties, start=s, end=e, **ctx))

        # group signing verbs that follow each other without a firm in between ("ký kết ghi nhớ hợp tác với")
        groups: list[list[int]] = []
        for m in rx["signing"].finditer(text, s, e):
            if _inside(m.start(), sfirms):
                continue
            if groups and not any(groups[-1][1] <= f.start < m.start() for f in sfirms):
                groups[-1][1] = m.end()
            else:
                groups.append([m.start(), m.end()])
        signed = False
        for gi, (gs, ge) in enumerate(groups):
            prev_end = groups[gi - 1][1] if gi else s
            next_start = groups[gi + 1][0] if gi + 1 < len(groups) else e
            before = [f for f in sfirms if prev_end <= f.start and f.end <= gs]
            after = [f for f in sfirms if ge <= f.start and f.end <= next_start]
            if not before and len(after) >= 2 and re.search(r"giữa\s*$", text[ge : after[0].start]):
                before, after = after[:1], after[1:]  # "lễ ký kết ... giữa A và B"
            if not before:
                continue
            signers = [before[-1]]
            for f in reversed(before[:-1]):
                if re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*(?:,|và)\s*", text[f.end : signers[0].start]):
                    signers.insert(0, f)
                else:
                    break
            if not after:
                # "A và B (đã) ký ...": the chained subjects are the parties
                if len(signers) < 2 or len(text[signers[-1].end : gs].split()) > 3:
                    continue
                signers, after = signers[:1], signers[1:]
            window = text[gs : after[0].start]
            kind = _kind(window)
            if kind == "cooperation":  # the clause, then the whole sentence around a ';'-clause
                kind = _kind(text[s:e])
            if kind == "cooperation":
                kind = _kind(text[_sentence_start(text, s) : _sentence_end(text, e - 1)])
            for a in signers:
                for b in after:
                    add(kind, [a.name, b.name])
                    signed = True
        if signed:
            continue
        if rx["groundbreaking"].search(text, s, e):
            add("groundbreaking", [sfirms[0].name])
            continue
        for m in rx["investment_grant"].finditer(text, s, e):
            target = next((f for f in sfirms if f.start >= m.end() and f.start - m.end() < 20), None)
            if target:
                add("investment", [target.name])
        for m in rx["investment"].finditer(text, s, e):
            if _inside(m.start(), sfirms):
                continue
            subj = [f for f in sfirms if f.end <= m.start() and len(text[f.end : m.start()].split()) <= 4]
            if subj and "," not in text[subj[-1].end : m.start()]:
                add("investment", [subj[-1].name])
    return out
