"""VND equivalents of amounts in other currencies, at a documented annual rate, never an invented one.

The rates are data: `search/data/fx_rates.csv`, one row per (currency, year) with the units of that currency
per US dollar, its `status`, the `period` it covers, the series it comes from and the page it was read from:
- `sourced`: the World Bank / IMF International Financial Statistics series "Official exchange rate (LCU per
  US$, period average)" (PA.NUS.FCRF), annual average, for Vietnam (VND), Japan (JPY) and, for the euro,
  Austria (EUR: that page gives two decimals, so EUR equivalents are good to about ±0.6 %), years 2010-2021;
- `estimate`: a cited rate that is not the year's average (VND 2022 and 2023: one day's State Bank of
  Vietnam central rate, as a news page reports it), because no annual average for those years was found;
- `unsourced`: no rate for that year was found at all (VND 2024, 2025); the row says how its value was
  made (the latest cited rate carried forward) and has no URL.
A VND equivalent resting on an `estimate` or `unsourced` row is an estimate (`is_estimate`), and the UI and
exports say so ("tỷ giá ước tính 2024"). A year or a currency without a row has no rate: `to_vnd` gives
None and the UI says "không có tỷ giá"; add a row with its source to cover it.

Every currency other than VND goes through the dollar: VND per unit of X in year Y is
VND-per-USD(Y) / X-per-USD(Y), and only when BOTH legs are in the file for that same year (no leg is
borrowed from a neighbouring year). USD needs only the VND leg; VND needs none.

A minimum amount (`meets_minimum`) compares a deal's amount with the minimum the user typed:
- in the same currency, directly (no rate needed: 600 triệu USD >= 500 triệu USD in any year);
- otherwise both as VND at the rate of the deal's own year (an estimated rate too: the page says which years);
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
from dataclasses import dataclass
from pathlib import Path

RATES_FILE = Path(__file__).parent / "data" / "fx_rates.csv"
BASE = "VND"
STATUSES = ("sourced", "estimate", "unsourced")


@dataclass(frozen=True)
class Rate:
    """Units of `currency` per US dollar in `year`, with where it comes from (`status`: see the module)."""

    currency: str
    year: int
    per_usd: float
    series: str
    source_url: str
    status: str = "sourced"
    period: str = ""


@functools.cache
def rates(path: Path = RATES_FILE) -> dict[tuple[str, int], Rate]:
    """Every rate by (currency, year). A `sourced` or `estimate` row needs its series and URL; an
    `unsourced` one needs its series (how the value was made) and has no URL (no citation is invented)."""
    out: dict[tuple[str, int], Rate] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), start=2):
            status = (row.get("status") or "sourced").strip()
            series, url = (row.get("series") or "").strip(), (row.get("source_url") or "").strip()
            if status not in STATUSES:
                raise ValueError(f"{path.name} line {n}: status {status!r} is not one of {STATUSES}")
            if not series or (status == "unsourced") == bool(url):
                raise ValueError(
                    f"{path.name} line {n}: a rate needs its series and source_url (none if unsourced)"
                )
            rate = Rate(
                row["currency"].strip().upper(),
                int(row["year"]),
                float(row["per_usd"]),
                series,
                url,
                status,
                (row.get("period") or "").strip(),
            )
            if rate.per_usd <= 0 or (rate.currency, rate.year) in out:
                raise ValueError(f"{path.name} line {n}: rate not positive or given twice")
            out[(rate.currency, rate.year)] = rate
    return out


@functools.cache
def rates_fingerprint(path: Path = RATES_FILE) -> str:
    """Changes when the rate file changes: stores keep each deal's VND equivalent, so they rebuild then."""
    return hashlib.sha1(path.read_bytes()).hexdigest()[:8]


def vnd_per_unit(currency: str | None, year: int | None) -> float | None:
    """VND per one unit of `currency` in `year` (annual average), or None when a leg is not sourced.

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
    """`amount` of `currency` as VND at `year`'s sourced rate; None if there is no such rate.

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
    """Units of `to_currency` per unit of `from_currency` in `year`, through the dollar, both legs sourced.

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


def is_estimate(currency: str | None, year: int | None) -> bool:
    """Does a conversion of `currency` in `year` rest on a rate that is not a sourced annual average?

    >>> is_estimate("USD", 2021), is_estimate("USD", 2022), is_estimate("USD", 2025), is_estimate("VND", 2025)
    (False, True, True, False)
    """
    return any(r.status != "sourced" for r in rate_source(currency, year))


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
    """`meets_minimum` as OR-ed clauses over the sourced rates, for stores that filter in their query.

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
    """The years the rate file covers for the dong, as the filters' help text says it ("2010–2025").

    >>> rate_years()
    '2010–2025'
    """
    return _span(sorted(y for c, y in rates() if c == BASE))


def estimate_years() -> str:
    """The years whose dong rate is an estimate (`estimate` or `unsourced` rows), as help text says it.

    >>> estimate_years()
    '2022–2025'
    """
    return _span(sorted(y for (c, y), r in rates().items() if c == BASE and r.status != "sourced"))


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
