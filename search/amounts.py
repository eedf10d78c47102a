"""Amounts as people type them into a filter: "100 tỷ", "1,5 nghìn tỷ", "500 triệu USD" -> (value, currency).

Vietnamese number syntax, read by the money tagger's own rules (`extract.tag.money.parse_number`, one place
for it): "." groups thousands ("1.500" is 1500), "," is the decimal mark ("1,5"), and a dot followed by one
or two digits is an English decimal point ("1.5"). Scale words multiply, accents optional: nghìn/ngàn 1e3,
triệu 1e6, tỷ/tỉ 1e9 ("1,5 nghìn tỷ" is 1.5e12; "100 ty" is 1e11). A compound amount adds its parts from
the largest scale down ("3 tỷ 200 triệu" is 3.2e9). A currency may close the amount, written as the money
tagger knows it (`extract/data/money.json`: đồng, VNĐ, USD, đô la Mỹ, EUR, yên, won, nhân dân tệ, ...),
case and accents optional; without one the amount is in `default_currency` (VND).

>>> parse_amount("100 tỷ")
Amount(value=100000000000, currency='VND')
>>> parse_amount("1,5 nghìn tỷ")
Amount(value=1500000000000, currency='VND')
>>> parse_amount("1.500 tỷ đồng")
Amount(value=1500000000000, currency='VND')
>>> parse_amount("500 triệu USD")
Amount(value=500000000, currency='USD')
>>> parse_amount("2 tỷ usd"), parse_amount("100 ty"), parse_amount("50000000000")
(Amount(value=2000000000, currency='USD'), Amount(value=100000000000, currency='VND'), \
Amount(value=50000000000, currency='VND'))
>>> parse_amount("nhiều tiền")
Traceback (most recent call last):
...
search.amounts.AmountError: Không đọc được số tiền “nhiều tiền”: cần một số, có thể kèm nghìn, triệu, tỷ và \
đơn vị tiền, ví dụ 100 tỷ, 1,5 nghìn tỷ, 500 triệu USD.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from extract.normalize import fold
from extract.tag._common import load
from extract.tag.money import NUMBER, as_amount, parse_number  # the tagger's number rule, not a copy
from search.query import nfc

MAX_INPUT_CHARS = 80
EXAMPLES = "ví dụ 100 tỷ, 1,5 nghìn tỷ, 500 triệu USD"


class Amount(NamedTuple):
    value: int | float  # in base units of `currency` (đồng, dollars ...); whole amounts are int
    currency: str  # ISO 4217 code: VND, USD, EUR, JPY, ...


class AmountError(ValueError):
    """An amount that cannot be read; the message is Vietnamese, one line, and quotes the input."""


def _folded(word: str) -> str:
    return " ".join(fold(nfc(word)).lower().split())


@functools.cache
def _tables() -> tuple[dict[str, Decimal], dict[str, str]]:
    """(folded scale word -> factor, folded currency surface -> ISO code), from the tagger's money.json."""
    data = load("money.json")
    scales = {_folded(w): Decimal(v) for w, v in data["scales"].items()}
    currencies = {_folded(w): code for w, code in data["currencies"].items()}
    currencies.update({code.lower(): code for code in data["currencies"].values()})
    return scales, currencies


@functools.cache
def _regex() -> re.Pattern[str]:
    scales, currencies = _tables()
    scale = "|".join(re.escape(w) for w in sorted(scales, key=len, reverse=True))
    currency = "|".join(re.escape(w) for w in sorted(currencies, key=len, reverse=True))
    part = rf"(?:{NUMBER})(?:\s*(?:{scale})(?![a-z]))*"
    return re.compile(
        rf"(?P<parts>{part}(?:\s+{part})*)(?:\s*(?P<cur>{currency}))?",
    )


def _literal(word: str) -> str:
    return re.escape(word).replace("\\ ", " ")


@functools.cache
def input_pattern() -> str:
    """A regular expression (for the API schema) that every amount it matches is read by `parse_amount`:
    a number, scale words, a currency, separated by plain spaces. The parser takes a little more ("1e11")."""
    data = load("money.json")
    scales = sorted({*data["scales"], *_tables()[0]}, key=len, reverse=True)
    currencies = sorted({*data["currencies"], *_tables()[1]}, key=len, reverse=True)
    scale = "|".join(map(_literal, scales))
    currency = "|".join(map(_literal, currencies))
    number = NUMBER.replace("(?!\\d)", "")  # no look-around: the schema's regex engine has none
    return rf"^ *(?:{number})(?: ?(?:{scale}))?(?: +(?:{scale}))*(?: +(?:{currency}))? *$"


def known_currencies() -> list[str]:
    """The ISO codes an amount may be written in, VND first."""
    codes = sorted(set(_tables()[1].values()))
    return sorted(codes, key=lambda c: (c != "VND", c))


def parse_amount(text: str, default_currency: str = "VND") -> Amount:
    """An amount typed by a person, as (value in base units, ISO currency); AmountError if unreadable.

    >>> parse_amount("3 tỷ 200 triệu đồng"), parse_amount("1,5 ngàn tỷ"), parse_amount("1.5 tỷ")
    (Amount(value=3200000000, currency='VND'), Amount(value=1500000000000, currency='VND'), \
Amount(value=1500000000, currency='VND'))
    >>> parse_amount("1e11"), parse_amount("2.5e6 usd")
    (Amount(value=100000000000, currency='VND'), Amount(value=2500000, currency='USD'))
    >>> parse_amount("10 triệu đô la Mỹ"), parse_amount("5 tỷ yên"), parse_amount("200", "usd")
    (Amount(value=10000000, currency='USD'), Amount(value=5000000000, currency='JPY'), \
Amount(value=200, currency='USD'))
    """
    shown = " ".join(str(text).split())[:MAX_INPUT_CHARS]
    folded = _folded(str(text))
    if not folded:
        raise AmountError(f"Chưa nhập số tiền ({EXAMPLES}).")
    if len(folded) > MAX_INPUT_CHARS:
        raise AmountError(f"Số tiền quá dài: “{shown}…” (tối đa {MAX_INPUT_CHARS} ký tự).")
    if folded.startswith("-"):
        raise AmountError(f"Số tiền không được âm: “{shown}”.")
    if sci := re.fullmatch(r"(\d+(?:\.\d+)?e\d{1,2})(?:\s*([a-z]+))?", folded):  # "1e11", as scripts write
        code = _tables()[1].get(sci.group(2) or "", default_currency.upper())
        if not sci.group(2) or sci.group(2) in _tables()[1]:
            return Amount(as_amount(Decimal(sci.group(1))), code)
    m = _regex().fullmatch(folded)
    if m is None:
        head = _regex().match(folded)
        rest = folded[head.end() :].strip() if head else ""
        if head and head.group("cur") is None and re.fullmatch(r"[a-z$€¥₩£]+(?: [a-z]+)*", rest):
            unit = " ".join(shown.split()[-len(rest.split()) :])
            raise AmountError(
                f"Không biết đơn vị tiền “{unit}” trong “{shown}”: dùng đồng hoặc "
                f"{', '.join(known_currencies()[1:])}."
            )
        raise AmountError(
            f"Không đọc được số tiền “{shown}”: cần một số, có thể kèm nghìn, triệu, tỷ và đơn vị tiền, "
            f"{EXAMPLES}."
        )
    value = _sum_parts(m.group("parts"), shown)
    currency = _tables()[1][m.group("cur")] if m.group("cur") else default_currency.upper()
    return Amount(as_amount(value), currency)


def _sum_parts(parts: str, shown: str) -> Decimal:
    """'3 tỷ 200 triệu' -> 3.2e9: each part a number and its scale words, scales strictly decreasing."""
    scales = _tables()[0]
    number = re.compile(NUMBER)
    total, last_scale = Decimal(0), None
    pos = 0
    while pos < len(parts):
        m = number.match(parts, pos)
        if m is None:  # only whitespace is left between parts
            pos += 1
            continue
        try:
            value = parse_number(m.group())
        except InvalidOperation:  # pragma: no cover - the pattern only lets numbers through
            raise AmountError(f"Không đọc được số “{m.group()}” trong “{shown}”.") from None
        scale, pos = Decimal(1), m.end()
        while (w := re.match(r"\s*([a-z]+)", parts[pos:])) and w.group(1) in scales:
            scale *= scales[w.group(1)]
            pos += w.end()
        if last_scale is not None and scale >= last_scale:
            raise AmountError(
                f"Không đọc được số tiền “{shown}”: các phần phải từ lớn đến nhỏ, như “3 tỷ 200 triệu”."
            )
        total += value * scale
        last_scale = scale
    return total


def minimum_filter(minimum: Amount | None) -> dict[str, Any]:
    """The `DealsQuery` fields of a minimum amount typed by a user. A minimum in đồng is compared with
    every deal's VND equivalent (`DealRecord.amount_vnd`: a VND amount itself, another currency at the
    sourced rate of the deal's year, none when there is no such rate); a minimum in another currency is
    compared as is with the deals in that currency, and in VND at the rate of their year with the deals in
    other currencies (the stores apply `search.fx.vnd_floors`; a year without a rate: same currency only).

    >>> minimum_filter(parse_amount("100 tỷ"))
    {'min_vnd': 100000000000.0}
    >>> minimum_filter(parse_amount("500 triệu USD"))
    {'min_amount': 500000000.0, 'currency': 'USD'}
    >>> minimum_filter(None)
    {}
    """
    if minimum is None:
        return {}
    if minimum.currency == "VND":
        return {"min_vnd": float(minimum.value)}
    return {"min_amount": float(minimum.value), "currency": minimum.currency}
