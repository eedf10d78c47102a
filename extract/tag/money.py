"""Money amounts and percentages in Vietnamese number syntax ('.' groups thousands, ',' is the decimal mark).

Choices:
- an amount needs a currency word ("4.507 tỷ" alone is not money);
- "khoảng/hơn/gần/trên ... 50 tỷ đồng" -> approximate=True with the stated number (the qualifier word is not
  part of the mention);
- a vague order of magnitude ("hàng chục tỷ đồng", "hàng trăm tỷ", "hàng nghìn tỷ đồng") is NOT an amount: it
  states no figure, and a lower bound read as the amount misled filters and sums (real text, issue 12);
- a scale written against the number ("3,2tỷ USD", "500triệu đồng") is read as if spaced;
- integral amounts are int, others float; "/năm", "mỗi năm" or "/doanh nghiệp/năm" -> per="year";
- a range "5 – 10 tỷ đồng" or "từ 50 đến 70 triệu USD" gives two amounts, the low end taking the currency
  of the high end and its scale unless it states one (likewise "45-50%" gives two percentages);
- "Đồng" before a capitalised word ("năm 2025 Đồng Nai") is a place name, not the currency.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from extract.models import Money, Percentage
from extract.tag._common import UPPER, alternation, last_text_memo, load

# A number as Vietnamese texts write it: 4.507 | 1.020.000 | 32,5 | 1.234,56 | 1.5 ("." groups thousands,
# "," is the decimal mark, a dot followed by 1-2 digits is an English decimal point); read by `parse_number`.
# Public: the quantity tagger and the amount inputs of the search filters (search/amounts.py) use this rule.
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+[.,]\d{1,2}(?!\d)|\d+(?:,\d+)?"


_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")


def parse_number(s: str) -> Decimal:
    """'4.507' -> 4507, '32,5' -> 32.5, '1.234,5' -> 1234.5, '1.5' -> 1.5."""
    if _GROUPED.fullmatch(s):
        return Decimal(s.replace(".", "").replace(",", "."))
    return Decimal(s.replace(",", "."))


def as_amount(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _cap(word: str) -> str:
    return word[0].upper() + word[1:]


@functools.cache
def _range_low() -> re.Pattern[str]:
    """The low end of a range right before an amount: '5 – ', '50 đến ', '5 tỷ đến '."""
    data = load("money.json")
    return re.compile(
        rf"(?<![\w.,/])(?P<lo>{NUMBER})(?P<scales>(?:\s*(?:{alternation(data['scales'])}))*)"
        rf"\s*(?:{alternation(data['range_words'])})\s*$"
    )


@functools.cache
def _regex() -> re.Pattern[str]:
    data = load("money.json")
    scales = alternation(data["scales"])
    currencies = alternation(data["currencies"])
    approx_words = [w for k in data["approx_words"] for w in (k, _cap(k))]
    approx = alternation(approx_words)
    per = alternation(data["per"])
    # an amount starts with a digit or an approximation word: most places fail on that one class first
    first = "".join(sorted({re.escape(w[0]) for w in approx_words}))
    return re.compile(
        rf"(?=[\d{first}])(?<!\w)(?:(?P<approx>{approx})\s+)?"  # (?<!\w): every branch below needs it
        rf"(?<![\w.,/])(?P<num>{NUMBER})"  # "ngày 3/5/2025 đồng ý": a date's year is no amount
        rf"(?P<scales>(?:\s*(?:{scales}))*)"
        rf"\s*(?P<cur>{currencies})(?!\w)(?!\s+ý(?!\w))"  # "đồng ý" (agree) is no currency
        rf"(?:(?:\s*/\s*[^\W\d]+(?:\s[^\W\d]+){{0,2}}(?=\s*/))?\s*/\s*(?P<per>{per})(?!\w)"
        rf"|\s+(?:mỗi|một)\s+(?P<per2>{per})(?!\w))?"
    )


@functools.cache
def _compound_high() -> re.Pattern[str]:
    """The larger part of a compound amount right before it: '3 tỷ ' in '3 tỷ 200 triệu đồng'."""
    data = load("money.json")
    scales = alternation(data["scales"])
    approx = alternation([w for k in data["approx_words"] for w in (k, _cap(k))])
    return re.compile(
        rf"(?:(?<!\w)(?P<approx>{approx})\s+)?(?<![\w.,/])(?P<hi>{NUMBER})\s*"
        rf"(?P<scales>(?:{scales})(?:\s+(?:{scales}))*)\s+$"
    )


@functools.cache
def _start_parts() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, list[tuple[int, frozenset[str]]]]]:
    """What `number_starts` looks for: a number's first digit, a vague quantity, and the approximation words
    by their last letter and length. The two patterns begin with a character class, which the regex engine
    scans for in C."""
    data = load("money.json")
    approx_words = {w for k in data["approx_words"] for w in (k, _cap(k))}
    vague = [w for k in data["vague_quantities"] if not k.startswith("_") for w in (k, _cap(k))]
    approx: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for last in {w[-1] for w in approx_words}:
        lengths = sorted({len(w) for w in approx_words if w[-1] == last})
        approx[last] = [(n, frozenset(w for w in approx_words if len(w) == n)) for n in lengths]
    digit = re.compile(r"\d(?<!\d\d)")  # the first digit of a run
    return digit, re.compile(alternation(vague)), approx


@last_text_memo  # amounts, percentages, counts and areas start at the same places
def number_starts(text: str) -> list[int]:
    """Every position where an amount, a percentage, a count or an area may start, and some more: a number's
    first digit, a vague quantity ("hàng trăm"), and an approximation word that spaces alone part from either
    ("khoảng 50"). Every branch of those patterns starts so; their first-letter look-aheads pass at most word
    starts of a Vietnamese text ("c", "d", "h", "t" ...), where the whole patterns were tried."""
    digit, vague, approx = _start_parts()
    cores = [m.start() for m in digit.finditer(text)]
    m = vague.search(text)
    while m is not None:  # every start, one inside another's match too
        cores.append(m.start())
        m = vague.search(text, m.start() + 1)
    out = list(cores)
    for q in cores:
        r = q
        while r > 0 and text[r - 1].isspace():
            r -= 1
        if r < q and r > 0:
            out += [r - n for n, words in approx.get(text[r - 1], ()) if r >= n and text[r - n : r] in words]
    return sorted(set(out))


def number_matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)` for a pattern of an amount, a percentage, a count or an area, tried only where a
    match may start (`number_starts`): the leftmost match from the end of the last one, as `finditer` finds
    it (a look-behind sees before the position tried). The four patterns scanned every word of a text (~7%
    of tag_text); 2-4x less CPU so."""
    end = 0
    for pos in number_starts(text):
        if pos >= end and (m := rx.match(text, pos)) is not None:
            yield m
            end = m.end()


def _scale(words: str) -> Decimal:
    scale = Decimal(1)
    for word in words.split():
        scale *= load("money.json")["scales"][word]
    return scale


@functools.cache
def _english_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An amount of English copy: the currency first, English number syntax, an English scale word
    ('US$1.2 billion', 'VNĐ620 billion', 'VND1,250 billion'); and the approximation word that may come
    before it ('about'), looked for only before a match (money.json "english")."""
    data = load("money.json")["english"]
    currencies = data["currencies"]
    first = "".join(sorted({re.escape(c[0]) for c in currencies}))
    amount = re.compile(
        rf"(?=[{first}])(?<![\w$])(?P<cur>{alternation(currencies)})\s?"
        rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]\d)"
        rf"(?:(?:\s?|-)(?P<scale>{alternation([w for k in data['scales'] for w in (k, _cap(k))])}))?(?!\w)"
    )
    approx = re.compile(
        rf"(?<!\w)(?:{alternation([w for k in data['approx_words'] for w in (k, _cap(k))])})\s+$"
    )
    return amount, approx


def english_approx() -> re.Pattern[str]:
    """The approximation word before an English amount or area, ending where the number begins ('about ',
    'more than '): money.json "english" "approx_words", also read by `extract.tag.quantities`."""
    return _english_rx()[1]


@functools.cache
def _english_trailing_rx() -> re.Pattern[str]:
    """An amount of English wire copy with its currency after the scale word ('120 million USD', '10.2
    billion USD', '14 trillion VND', '5,120.6 million VND'; money.json "english" "trailing_currencies")."""
    data = load("money.json")["english"]
    scales = [w for k in data["scales"] for w in (k, _cap(k))]
    return re.compile(
        r"(?=\d)(?<![\w.,$])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d,.]\d)"
        # ("97-million-USD": hyphenated as one modifier before a noun)
        rf"(?:\s?|-)(?P<scale>{alternation(scales)})(?:\s+|-)(?P<cur>{alternation(data['trailing_currencies'])})(?!\w)"
    )


_ENGLISH_MARKERS = (
    *("$", "VN", "USD", "EUR", "€", "¥", "JPY", "CNY", "RMB", "KRW", "SGD"),
    *("yen", "euro", "yuan", "won"),
)


def _english_money(text: str, taken: list[Money]) -> list[Money]:
    """Amounts in English copy (`_english_rx`) not already read as Vietnamese ones; a bare number after
    "VNĐ"/"VND" with no scale word ("VND 2025") is no amount.

    >>> [(m.amount, m.currency, m.approximate) for m in _english_money("about US$21 million", [])]
    [(21000000, 'USD', True)]
    >>> [(m.amount, m.currency) for m in _english_money("a VNĐ1.2 trillion (US$47.5 million) loan", [])]
    [(1200000000000, 'VND'), (47500000, 'USD')]
    >>> [m.amount for m in _english_money("sales of VND1,250 billion", [])]
    [1250000000000]
    >>> [(m.amount, m.currency) for m in _english_money("14 trillion VND (600 million USD)", [])]
    [(14000000000000, 'VND'), (600000000, 'USD')]
    >>> [(m.amount, m.currency) for m in _english_money("JPY9.4 billion, then 28 million euros", [])]
    [(9400000000, 'JPY'), (28000000, 'EUR')]
    >>> [(m.amount, m.currency) for m in _english_money("the 97-million-USD plant", [])]
    [(97000000, 'USD')]
    """
    if not any(marker in text for marker in _ENGLISH_MARKERS):
        return []  # (most Vietnamese texts hold none of these; the trailing "dong" and "US dollars" are not
        # among them, so "14 trillion dong" alone is not read: issue 12's note)
    data = load("money.json")["english"]
    amount_rx, approx_rx = _english_rx()
    out: list[Money] = []
    trailing = _english_trailing_rx().finditer(text) if "illion" in text else ()
    for m in sorted([*amount_rx.finditer(text), *trailing], key=lambda m: m.start()):
        trails = m.start("cur") > m.start("num")  # "120 million USD", not "US$120 million"
        cur = data["trailing_currencies" if trails else "currencies"][m.group("cur")]
        if not m.group("scale") and "$" not in m.group("cur") and m.group("cur") != "€":
            continue
        start = m.start("num") if trails else m.start("cur")
        if any(t.start < m.end() and start < t.end for t in [*taken, *out]):
            continue
        value = Decimal(m.group("num").replace(",", ""))
        if m.group("scale"):
            value *= data["scales"][m.group("scale").lower()]
        out.append(
            Money(
                mention=text[start : m.end()],
                start=start,
                end=m.end(),
                amount=as_amount(value),
                currency=cur,
                approximate=approx_rx.search(text, max(0, start - 20), start) is not None,
            )
        )
    return out


# "tăng vốn từ 150 triệu USD lên 230 triệu USD": the first amount after "từ", the second after "lên"
_FROM = re.compile(r"(?<!\w)(?:từ|from)\s+(?:mức\s+)?$")
_UP_TO = re.compile(r"\s+(?:lên|to)\s+(?:mức\s+|thành\s+)?")  # English: "from $40 million to $72 million"


def increase(text: str, money: list[Money]) -> Money | None:
    """The increase "từ A lên B" states, B - A (in B's currency; both in one), from `money` in text order;
    None when no such pair is written. Every annotated batch takes a capital raised "từ 150 triệu USD lên
    230 triệu USD" as the 80 million added.

    >>> t = "tăng vốn từ 150 triệu USD lên 230 triệu USD"
    >>> increase(t, tag_money(t)).amount
    80000000
    """
    for a, b in itertools.pairwise(money):
        if (
            a.currency == b.currency
            and b.amount > a.amount
            and _FROM.search(text, max(0, a.start - 12), a.start)
            and _UP_TO.fullmatch(text, a.end, b.start)
        ):
            return b.model_copy(update={"amount": as_amount(Decimal(str(b.amount)) - Decimal(str(a.amount)))})
    return None


def tag_money(text: str) -> list[Money]:
    out = _vietnamese_money(text)
    english = _english_money(text, out)
    return sorted([*out, *english], key=lambda m: m.start) if english else out


def _vietnamese_money(text: str) -> list[Money]:
    data = load("money.json")
    out: list[Money] = []
    for m in number_matches(_regex(), text):
        value = parse_number(m.group("num"))
        scale = Decimal(1)
        for word in m.group("scales").split():
            scale *= data["scales"][word]
        value *= scale
        per_word = m.group("per") or m.group("per2")
        start = m.start("num")
        if m.group("cur") == "Đồng" and re.match(rf"\s+[{UPPER}]", text[m.end() :]):
            continue  # "năm 2025 Đồng Nai": a place name, not the currency
        approximate = bool(m.group("approx"))
        high = _compound_high().search(text, max(0, start - 40), start) if m.group("scales") else None
        if high and _scale(high.group("scales")) > scale:  # "3 tỷ 200 triệu đồng" is 3.2 billion
            value += parse_number(high.group("hi")) * _scale(high.group("scales"))
            start, approximate = high.start("hi"), approximate or bool(high.group("approx"))
        if m.group("cur") == "đô" and (not m.group("scales") or re.match(r"\s+thị(?!\w)", text[m.end() :])):
            continue  # "5 đô thị" (towns); a bare "đô" is dollars only after a scale ("5 triệu đô")
        low = _range_low().search(text, max(0, start - 30), start)
        if low:  # "5 – 10 tỷ đồng", "từ 50 đến 70 triệu USD": the low end shares the currency (and scale)
            low_scale = Decimal(1)
            for word in low.group("scales").split():
                low_scale *= data["scales"][word]
            out.append(
                Money(
                    mention=text[low.start("lo") : low.end("scales")],
                    start=low.start("lo"),
                    end=low.end("scales"),
                    amount=as_amount(
                        parse_number(low.group("lo")) * (low_scale if low.group("scales") else scale)
                    ),
                    currency=data["currencies"][m.group("cur")],
                    per=data["per"][per_word] if per_word else None,
                    approximate=bool(m.group("approx")),
                )
            )
        out.append(
            Money(
                mention=text[start : m.end()],
                start=start,
                end=m.end(),
                amount=as_amount(value),
                currency=data["currencies"][m.group("cur")],
                per=data["per"][per_word] if per_word else None,
                approximate=approximate,
            )
        )
    return out


_PERCENT_RE = re.compile(
    rf"(?=\d)(?<![\w.,])(?:(?P<lo>{NUMBER})\s*[-–]\s*)?(?P<num>{NUMBER})\s*(?:%|phần trăm(?!\w))"
)


def tag_percentages(text: str) -> list[Percentage]:
    """'35,5%' and both ends of a range '45-50%'."""
    out: list[Percentage] = []
    for m in number_matches(_PERCENT_RE, text):
        if m.group("lo"):
            lo = m.group("lo")
            out.append(
                Percentage(mention=lo, start=m.start("lo"), end=m.end("lo"), value=float(parse_number(lo)))
            )
        start = m.start("num")
        out.append(
            Percentage(
                mention=text[start : m.end()],
                start=start,
                end=m.end(),
                value=float(parse_number(m.group("num"))),
            )
        )
    return out
