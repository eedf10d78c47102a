"""Money amounts and percentages in Vietnamese number syntax ('.' groups thousands, ',' is the decimal mark).

Choices:
- an amount needs a currency word ("4.507 tỷ" alone is not money);
- "khoảng/hơn/gần/trên ... 50 tỷ đồng" -> approximate=True with the stated number (the qualifier word is not
  part of the mention);
- "hàng trăm tỷ đồng" -> approximate=True and amount = the LOWER BOUND (100 × 1e9); "hàng tỷ USD" -> 1e9;
- integral amounts are int, others float; "/năm" or "mỗi năm" -> per="year".
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from extract.models import Money, Percentage
from extract.tag._common import alternation, load

# 4.507 | 1.020.000 | 32,5 | 1.234,56 | 1.5 (a dot followed by 1-2 digits is read as an English decimal point)
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+[.,]\d{1,2}(?!\d)|\d+(?:,\d+)?"


def parse_number(s: str) -> Decimal:
    """'4.507' -> 4507, '32,5' -> 32.5, '1.234,5' -> 1234.5, '1.5' -> 1.5."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        return Decimal(s.replace(".", "").replace(",", "."))
    return Decimal(s.replace(",", "."))


def as_amount(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


@functools.cache
def _regex() -> re.Pattern[str]:
    data = load("money.json")
    scales = alternation(data["scales"])
    currencies = alternation(data["currencies"])
    vague = alternation([k for k in data["vague_quantities"] if not k.startswith("_")])
    approx = alternation(data["approx_words"])
    per = alternation(data["per"])
    return re.compile(
        rf"(?:(?<!\w)(?P<approx>{approx})\s+)?"
        rf"(?:(?<![\w.,])(?P<num>{_NUMBER})|(?<!\w)(?P<vague>{vague}))"
        rf"(?P<scales>(?:\s+(?:{scales}))*)"
        rf"\s*(?P<cur>{currencies})(?!\w)"
        rf"(?:\s*/\s*(?P<per>{per})(?!\w)|\s+(?:mỗi|một)\s+(?P<per2>{per})(?!\w))?"
    )


def tag_money(text: str) -> list[Money]:
    data = load("money.json")
    out: list[Money] = []
    for m in _regex().finditer(text):
        value = (
            parse_number(m.group("num"))
            if m.group("num")
            else Decimal(data["vague_quantities"][m.group("vague")])
        )
        for word in m.group("scales").split():
            value *= data["scales"][word]
        per_word = m.group("per") or m.group("per2")
        start = m.start("num") if m.group("num") else m.start("vague")
        out.append(
            Money(
                mention=text[start : m.end()],
                start=start,
                end=m.end(),
                amount=as_amount(value),
                currency=data["currencies"][m.group("cur")],
                per=data["per"][per_word] if per_word else None,
                approximate=bool(m.group("approx") or m.group("vague")),
            )
        )
    return out


_PERCENT_RE = re.compile(rf"(?<![\w.,])(?P<num>{_NUMBER})\s*(?:%|phần trăm(?!\w))")


def tag_percentages(text: str) -> list[Percentage]:
    return [
        Percentage(mention=m.group(), start=m.start(), end=m.end(), value=float(parse_number(m.group("num"))))
        for m in _PERCENT_RE.finditer(text)
    ]
