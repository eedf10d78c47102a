"""VND equivalents of amounts in other currencies, at a documented rate per year, never an invented one.

The rates are data: `search/data/fx_rates.csv`, one row per (currency, year) with the units of that currency
per US dollar, its `status`, the `period` it covers, the series it comes from, the page it was read from and
how it was retrieved; `search/data/fx_rates_notes.md` gives the searches behind each row. The `status` says
what the rate is, and the wording shown beside an equivalent follows it (`rate_label`):
- `annual_average` (period "2021"): a published average of the year. The World Bank / IMF International
  Financial Statistics series "Official exchange rate (LCU per US$, period average)" (PA.NUS.FCRF) for
  Vietnam (VND), Japan (JPY) and, for the euro, Austria (two decimals: EUR good to about ±0.6 %), 2010-2021;
  the Federal Reserve Board's G.5A annual averages for EUR and JPY, 2022-2023. Shown "tỷ giá bình quân 2021".
- `one_month` (period "2024-05"): an official rate set for one month of that year (VND 2024: the State
  Treasury's accounting rate for May). Shown "tỷ giá tháng 5/2024".
- `one_day` (period "2022-08-24"): an official rate of one day of that year (VND 2022, 2023, 2025: the State
  Bank of Vietnam's central rate, as a news page reports it). Shown "tỷ giá ngày 24/08/2022".
- `estimate` (period "carried forward from …"): no rate of that year was found; the latest cited rate is
  carried forward, and the row cites the page of that rate (VND 2026; EUR and JPY 2024-2026). Shown
  "tỷ giá ước tính 2026".
Every row cites a source URL. The dong has no published 2022-2026 annual average in the searched corpora,
so those years rest on a day's or a month's official rate: close to the year's average when the dong is
steady (it moved about 5 % a year in 2022-2025), and each equivalent says which rate it used. A year or a
currency without a row has no rate: `to_vnd` gives None and the UI says "không có tỷ giá".

Every currency other than VND goes through the dollar: VND per unit of X in year Y is
VND-per-USD(Y) / X-per-USD(Y), and only when BOTH legs are in the file for that same year (no leg is
borrowed from a neighbouring year). USD needs only the VND leg; VND needs none. A conversion is labelled by
its weakest leg (`conversion_basis`: an estimate before a day's rate before a month's before an average).

A minimum amount (`meets_minimum`) compares a deal's amount with the minimum the user typed:
- in the same currency, directly (no rate needed: 600 triệu USD >= 500 triệu USD in any year);
- otherwise both as VND at the rate of the deal's own year, whatever its status: a day's, a month's or an
  estimated rate too. Leaving such deals out would drop a 500 triệu USD investment from "≥ 100 tỷ" for
  want of an average, a far larger error than a rate a few per cent off; only a deal within that margin of
  the minimum can be misplaced, and the page names each equivalent's rate (decision kept by fx17, see
  fx_rates_notes.md);
- a deal that cannot be converted (no year, or no rate for its currency and year) does not meet a
  minimum in another currency: it is left out of the filtered list, and the page says how such deals
  are treated, instead of silently comparing raw numbers across currencies.
`minimum_clauses` states the same rule as a list of (currency, year, minimum in that currency) for a
store that filters in its query (OpenSearch, SQL) rather than in Python.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

RATES_FILE = Path(__file__).parent / "data" / "fx_rates.csv"
BASE = "VND"
# weakest last: a conversion is labelled by its weakest leg (`conversion_basis`)
STATUSES = ("annual_average", "one_month", "one_day", "estimate")
_PERIOD = {
    "annual_average": re.compile(r"(?P<year>\d{4})"),
    "one_month": re.compile(r"(?P<year>\d{4})-(0[1-9]|1[0-2])"),
    "one_day": re.compile(r"(?P<year>\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"),
    "estimate": re.compile(r"carried forward from (?P<year>\d{4})(-\d{2}){0,2}"),
}


@dataclass(frozen=True)
class Rate:
    """Units of `currency` per US dollar in `year`, with what it is (`status`, `period`: see the module)
    and where it comes from."""

    currency: str
    year: int
    per_usd: float
    series: str
    source_url: str
    status: str = "annual_average"
    period: str = ""


def _period_fits(status: str, period: str, year: int) -> bool:
    """Does `period` say what `status` claims, in `year` (an estimate: carried from an earlier year)?

    >>> _period_fits("one_day", "2022-08-24", 2022), _period_fits("one_day", "2022-08", 2022)
    (True, False)
    >>> _period_fits("annual_average", "2021", 2022)  # an average of another year
    False
    >>> _period_fits("estimate", "carried forward from 2025", 2026), _period_fits("estimate", "2025", 2026)
    (True, False)
    """
    match = _PERIOD[status].fullmatch(period)
    if not match:
        return False
    since = int(match["year"])
    return since < year if status == "estimate" else since == year


@functools.cache
def rates(path: Path = RATES_FILE) -> dict[tuple[str, int], Rate]:
    """Every rate by (currency, year). Each row needs its series, its source URL, and a period of the form
    its status says ("2021", "2024-05", "2022-08-24", "carried forward from 2025-12-18")."""
    out: dict[tuple[str, int], Rate] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            status = (row.get("status") or "").strip()
            series, url = (row.get("series") or "").strip(), (row.get("source_url") or "").strip()
            period = (row.get("period") or "").strip()
            if status not in STATUSES:
                raise ValueError(f"{path.name} line {n}: status {status!r} is not one of {STATUSES}")
            if not series or not url.startswith(("https://", "http://")):
                raise ValueError(f"{path.name} line {n}: a rate needs its series and source_url")
            rate = Rate(row["currency"].strip().upper(), int(row["year"]), float(row["per_usd"]), series, url,
                        status, period)  # fmt: skip
            if not _period_fits(status, period, rate.year):
                raise ValueError(f"{path.name} line {n}: period {period!r} does not fit {status} {rate.year}")
            if rate.per_usd <= 0 or (rate.currency, rate.year) in out:
                raise ValueError(f"{path.name} line {n}: rate not positive or given twice")
            out[(rate.currency, rate.year)] = rate
    return out


@functools.cache
def rates_fingerprint(path: Path = RATES_FILE) -> str:
    """Changes when the rate file changes: stores keep each deal's VND equivalent, so they rebuild then."""
    return hashlib.sha1(path.read_bytes()).hexdigest()[:8]


def vnd_per_unit(currency: str | None, year: int | None) -> float | None:
    """VND per one unit of `currency` in `year` (at that year's row), or None when a leg has no row.

    >>> vnd_per_unit("VND", None), vnd_per_unit("USD", 2021)
    (1.0, 23159.78)
    >>> round(vnd_per_unit("JPY", 2021), 2)  # 23,159.78 VND per USD / 109.75 JPY per USD
    211.02
    >>> vnd_per_unit("USD", 1900) is None, vnd_per_unit("XAU", 2021) is None, vnd_per_unit("USD", None)
    (True, True, None)
    """
    code = (currency or "").strip().upper()
    if code == BASE:
        return 1.0
    if not code or year is None:
        return None
    table = rates()
    vnd = table.get((BASE, year))
    if vnd is None:
        return None
    if code == "USD":
        return vnd.per_usd
    other = table.get((code, year))
    return vnd.per_usd / other.per_usd if other else None


def to_vnd(amount: float | None, currency: str | None, year: int | None) -> float | None:
    """`amount` of `currency` as VND at `year`'s rate; None if there is no such rate.

    >>> to_vnd(500_000_000, "USD", 2021)
    11579890000000.0
    >>> to_vnd(100, "VND", None), to_vnd(100, "USD", 2030), to_vnd(None, "USD", 2021)
    (100.0, None, None)
    """
    if amount is None:
        return None
    rate = vnd_per_unit(currency, year)
    return None if rate is None else float(amount) * rate


def cross_rate(from_currency: str, to_currency: str, year: int | None) -> float | None:
    """Units of `to_currency` per unit of `from_currency` in `year`, through the dollar, both legs in the file

    >>> round(cross_rate("USD", "JPY", 2020), 2), cross_rate("EUR", "EUR", None)
    (106.77, 1.0)
    """
    if from_currency.upper() == to_currency.upper():
        return 1.0
    a, b = vnd_per_unit(from_currency, year), vnd_per_unit(to_currency, year)
    return None if a is None or b is None else a / b


def rate_source(currency: str | None, year: int | None) -> list[Rate]:
    """The rows a conversion of `currency` in `year` rests on (VND leg first); [] when not convertible."""
    code = (currency or "").upper()
    if code == BASE or vnd_per_unit(code, year) is None or year is None:
        return []
    legs = [rates()[(BASE, year)]]
    return legs if code == "USD" else [*legs, rates()[(code, year)]]


def conversion_basis(currency: str | None, year: int | None) -> Rate | None:
    """The weakest row a conversion of `currency` in `year` rests on (None: VND, or not convertible).

    >>> conversion_basis("USD", 2021).status, conversion_basis("EUR", 2022).status  # the dong's leg: one day
    ('annual_average', 'one_day')
    >>> conversion_basis("VND", 2025), conversion_basis("USD", 2030)
    (None, None)
    """
    legs = rate_source(currency, year)
    return max(legs, key=lambda r: STATUSES.index(r.status)) if legs else None


def is_estimate(currency: str | None, year: int | None) -> bool:
    """Does a conversion of `currency` in `year` rest on an estimated (carried forward) rate?

    >>> is_estimate("USD", 2021), is_estimate("USD", 2022), is_estimate("USD", 2026), is_estimate("VND", 2026)
    (False, False, True, False)
    """
    basis = conversion_basis(currency, year)
    return basis is not None and basis.status == "estimate"


def rate_label(basis: Rate, year: int, lang: str = "vi") -> str:
    """What a VND equivalent says of the rate it used, as its status says it (`year`: the deal's year).

    >>> [rate_label(rates()[("VND", y)], y) for y in (2021, 2024, 2025, 2026)]
    ['tỷ giá bình quân 2021', 'tỷ giá tháng 5/2024', 'tỷ giá ngày 18/12/2025', 'tỷ giá ước tính 2026']
    >>> [rate_label(rates()[("VND", y)], y, "en") for y in (2021, 2024, 2025, 2026)]
    ['average rate 2021', 'rate of 2024-05', 'rate of 2025-12-18', 'estimated rate 2026']
    """
    if basis.status == "one_day":
        yyyy, mm, dd = basis.period.split("-")
        return f"tỷ giá ngày {dd}/{mm}/{yyyy}" if lang == "vi" else f"rate of {basis.period}"
    if basis.status == "one_month":
        yyyy, mm = basis.period.split("-")
        return f"tỷ giá tháng {int(mm)}/{yyyy}" if lang == "vi" else f"rate of {basis.period}"
    if basis.status == "estimate":
        return f"tỷ giá ước tính {year}" if lang == "vi" else f"estimated rate {year}"
    return f"tỷ giá bình quân {year}" if lang == "vi" else f"average rate {year}"


def year_of(day: str | None) -> int | None:
    """The year of an ISO date ("2021-03-04" -> 2021), None when there is none."""
    return int(day[:4]) if day and day[:4].isdigit() else None


def meets_minimum(
    amount: float | None, currency: str | None, year: int | None, minimum: float, minimum_currency: str
) -> bool:
    """Is a deal's amount at least `minimum` (in `minimum_currency`)? The rule is in the module docstring.

    >>> meets_minimum(500e6, "USD", 2021, 100e9, "VND")  # 11,580 tỷ đồng >= 100 tỷ
    True
    >>> meets_minimum(500e6, "USD", 2030, 100e9, "VND")  # no 2030 rate: not comparable, left out
    False
    >>> meets_minimum(600e6, "USD", None, 500e6, "usd"), meets_minimum(None, "VND", 2021, 0, "VND")
    (True, False)
    """
    if amount is None:
        return False
    if (currency or "").upper() == minimum_currency.upper():
        return float(amount) >= minimum
    mine, floor = to_vnd(amount, currency, year), to_vnd(minimum, minimum_currency, year)
    return mine is not None and floor is not None and mine >= floor


@dataclass(frozen=True)
class MinimumClause:
    """A deal meets the minimum if, for some clause, its currency is `currency`, its year is `year`
    (any year when None) and its amount is at least `minimum` (in `currency`)."""

    currency: str
    year: int | None
    minimum: float


def minimum_clauses(minimum: float, minimum_currency: str) -> list[MinimumClause]:
    """`meets_minimum` as OR-ed clauses over the file's rates, for stores that filter in their query.

    >>> clauses = minimum_clauses(100e9, "VND")
    >>> [(c.currency, c.year, round(c.minimum)) for c in clauses if c.year in (None, 2021)]
    [('VND', None, 100000000000), ('EUR', 2021, 3670156), ('JPY', 2021, 473881876), ('USD', 2021, 4317830)]
    """
    code = minimum_currency.upper()
    out = [MinimumClause(code, None, float(minimum))]
    currencies = sorted({c for c, _ in rates()} | {"USD", BASE})
    for year in sorted({y for _, y in rates()}):
        floor = to_vnd(minimum, code, year)
        if floor is None:
            continue
        for other in currencies:
            rate = vnd_per_unit(other, year)
            if other != code and rate is not None:
                out.append(MinimumClause(other, year, floor / rate))
    return out


def vnd_rates() -> dict[tuple[str, int], float]:
    """VND per unit of every (currency, year) this file can convert: a table a store can join its deals
    on to total them in VND in one aggregation (VND itself is 1 in any year and is not listed).

    >>> table = vnd_rates()
    >>> table[("USD", 2021)], ("USD", 2030) in table, ("VND", 2021) in table
    (23159.78, False, False)
    """
    out: dict[tuple[str, int], float] = {}
    for code, year in rates():
        for currency in ("USD", code):
            rate = vnd_per_unit(currency, year)
            if currency != BASE and rate is not None:
                out[(currency, year)] = rate
    return out


def _span(years: list[int]) -> str:
    return (f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])) if years else "không năm nào"


def rate_years() -> str:
    """The years the rate file covers for the dong, as the filters' help text says it ("2010–2026").

    >>> rate_years()
    '2010–2026'
    """
    return _span(sorted(y for c, y in rates() if c == BASE))


def _dong_years(*statuses: str) -> str:
    return _span(sorted(y for (c, y), r in rates().items() if c == BASE and r.status in statuses))


def estimate_years() -> str:
    """The years whose dong rate is an estimate (carried forward), as help text says it.

    >>> estimate_years()
    '2026'
    """
    return _dong_years("estimate")


def rate_kinds(lang: str = "vi") -> str:
    """Which kind of dong rate each span of years has, for the filters' help text.

    >>> for part in rate_kinds().split(", "):
    ...     print(part)
    bình quân năm cho các năm 2010–2021
    tỷ giá chính thức của một ngày hoặc một tháng cho các năm 2022–2025
    tỷ giá ước tính cho năm 2026
    >>> for part in rate_kinds("en").split(", "):
    ...     print(part)
    annual averages for 2010–2021
    one day's or one month's official rate for 2022–2025
    estimated for 2026
    """
    spans = (
        (_dong_years("annual_average"), "bình quân năm", "annual averages"),
        (_dong_years("one_day", "one_month"), "tỷ giá chính thức của một ngày hoặc một tháng",
         "one day's or one month's official rate"),
        (_dong_years("estimate"), "tỷ giá ước tính", "estimated"),
    )  # fmt: skip
    parts = []
    for years, vi, en in spans:
        if years == _span([]):
            continue
        if lang == "vi":
            parts.append(f"{vi} cho {'các năm' if '–' in years else 'năm'} {years}")
        else:
            parts.append(f"{en} for {years}")
    return ", ".join(parts)


def vnd_floors(minimum: float, minimum_currency: str) -> dict[int, float]:
    """`meets_minimum` for a store keeping each deal's VND equivalent (`amount_vnd`, at its year's rate):
    a deal meets the minimum iff its currency is `minimum_currency` and its amount >= `minimum`, or its
    year Y is in this table and its amount_vnd >= table[Y]. For a VND minimum every year's floor is the
    minimum itself, so `amount_vnd >= minimum` alone is the rule (VND deals' amount_vnd is their amount).

    >>> vnd_floors(500e6, "USD")[2021], 2030 in vnd_floors(500e6, "USD")
    (11579890000000.0, False)
    """
    out: dict[int, float] = {}
    for year in sorted({y for _, y in rates()}):
        floor = to_vnd(minimum, minimum_currency, year)
        if floor is not None:
            out[year] = floor
    return out
