"""Amount inputs ("100 tỷ", "500 triệu USD"), sourced exchange rates, and the minimum-amount filter that
compares deals across currencies on their VND equivalent (issue 15, item 3)."""

from __future__ import annotations

import csv
import io
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.models import Tags
from extract.tag.money import tag_money
from search.amounts import AmountError, input_pattern, minimum_filter, parse_amount
from search.fx import (
    RATES_FILE,
    STATUSES,
    cross_rate,
    estimate_years,
    is_estimate,
    meets_minimum,
    minimum_clauses,
    rate_years,
    rates,
    rates_fingerprint,
    to_vnd,
    vnd_floors,
    vnd_per_unit,
)
from search.records import DealsQuery
from search.store import Store
from tests.search.conftest import _deal, make_doc

TY = 1_000_000_000


@pytest.mark.parametrize(
    ("typed", "value", "currency"),
    [
        ("100 tỷ", 100 * TY, "VND"),
        ("1,5 nghìn tỷ", 1500 * TY, "VND"),
        ("1.500 tỷ đồng", 1500 * TY, "VND"),
        ("500 triệu USD", 500_000_000, "USD"),
        ("2 tỷ usd", 2 * TY, "USD"),
        ("50000000000", 50 * TY, "VND"),
        ("100 ty", 100 * TY, "VND"),
        ("1,5 ngàn tỷ", 1500 * TY, "VND"),
        ("100 TỶ VNĐ", 100 * TY, "VND"),
        ("3 tỷ 200 triệu đồng", 3_200_000_000, "VND"),
        ("12 triệu euro", 12_000_000, "EUR"),
        ("7 tỷ yên", 7 * TY, "JPY"),
        ("1e11", 100 * TY, "VND"),
    ],
)
def test_amount_inputs_read_with_vietnamese_number_rules(typed: str, value: int, currency: str) -> None:
    assert parse_amount(typed) == (value, currency)


@pytest.mark.parametrize("number", ["4.507", "1.020.000", "32,5", "1.234,56", "1.5", "120", "0,75"])
def test_amount_input_numbers_read_as_the_money_tagger_reads_them(number: str) -> None:
    tagged = tag_money(f"Dự án vốn {number} tỷ đồng.")
    assert len(tagged) == 1
    assert parse_amount(f"{number} tỷ đồng").value == pytest.approx(float(tagged[0].amount))


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("nhiều tiền", "Không đọc được số tiền “nhiều tiền”"),
        ("", "Chưa nhập số tiền"),
        ("-5 tỷ", "không được âm"),
        ("500 triệu bitcoin", "Không biết đơn vị tiền “bitcoin”"),
        ("200 triệu 3 tỷ", "từ lớn đến nhỏ"),
        ("1" * 100, "quá dài"),
    ],
)
def test_garbage_amounts_get_one_vietnamese_line(typed: str, says: str) -> None:
    with pytest.raises(AmountError) as err:
        parse_amount(typed)
    assert says in str(err.value) and "\n" not in str(err.value)


YEARS_THE_CORPUS_HOLDS = range(2019, 2027)  # the generated corpus spans 2019-2025; the crawl runs in 2026


def test_every_year_the_corpus_holds_has_a_rate_with_its_source_in_every_currency_of_the_file() -> None:
    with RATES_FILE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and len(rows) == len(rates())
    for row in rows:  # what it is, from where, found how: never a bare number
        assert row["status"] in STATUSES and float(row["per_usd"]) > 0, row
        assert row["series"].strip() and row["period"].strip() and row["retrieved"].strip(), row
        assert row["source_url"].startswith(("http://", "https://")), row
    currencies = {c for c, _ in rates()}
    assert currencies == {"VND", "EUR", "JPY"}
    for currency, year in itertools.product(currencies, YEARS_THE_CORPUS_HOLDS):
        assert rates()[(currency, year)].source_url, (currency, year)
        assert to_vnd(1.0, "EUR" if currency == "VND" else currency, year) is not None
    # the dong's years: published averages to 2021, then a day's or a month's official rate, then estimates
    dong = {y: r.status for (c, y), r in rates().items() if c == "VND"}
    assert {dong[y] for y in range(2010, 2022)} == {"annual_average"}
    assert {dong[y] for y in range(2022, 2026)} == {"one_day", "one_month"} and dong[2026] == "estimate"
    # an estimate cites the row it carries forward, with that row's value
    for (currency, year), rate in rates().items():
        if rate.status == "estimate":
            since = int(rate.period.removeprefix("carried forward from ")[:4])
            carried = rates()[(currency, since)]
            assert (carried.per_usd, carried.source_url) == (rate.per_usd, rate.source_url), (currency, year)


@pytest.mark.parametrize(
    "row",
    [
        "VND,2030,30000,annual_average,2030,,https://example.org/x",  # no series
        "VND,2030,30000,annual_average,2030,Some series,",  # no source URL
        "VND,2030,30000,estimate,carried forward from 2029,guessed,",  # an estimate needs its source too
        "VND,2030,30000,annual_average,2029,Some series,https://example.org/x",  # another year's average
        "VND,2030,30000,one_day,2030-05,Some series,https://example.org/x",  # a month is not a day
        "VND,2030,30000,one_month,2029-12,Some series,https://example.org/x",  # a month of another year
        "VND,2030,30000,estimate,2030,Some series,https://example.org/x",  # an estimate says what it carries
        "VND,2030,30000,estimate,carried forward from 2031,Some series,https://example.org/x",  # a later year
        "VND,2030,30000,guessed,2030,Some series,https://example.org/",  # unknown status
    ],
)
def test_a_rate_file_row_without_its_source_or_a_period_fitting_its_status_is_refused(
    tmp_path: Path, row: str
) -> None:
    bad = tmp_path / "fx.csv"
    bad.write_text(f"currency,year,per_usd,status,period,series,source_url\n{row}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"needs its series and source_url|is not one of|does not fit"):
        rates(bad)


def test_each_equivalent_names_its_rate_as_the_rate_file_says_it_is() -> None:
    """An official annual average is shown as the year's average, a day's or a month's official rate as that
    day or month, and only a carried-forward rate as an estimate ("ước tính"): on the page, in the CLI and
    in both export header sets, for every year the corpus holds."""
    from flows.deals_export import vnd_equivalent, vnd_equivalent_text

    assert vnd_equivalent(5e8, "USD", "2021-03-01").note() == "tỷ giá bình quân 2021"
    assert vnd_equivalent(5e8, "USD", "2021-03-01").note("en") == "average rate 2021"
    assert vnd_equivalent(5e8, "USD", "2022-03-01").note() == "tỷ giá ngày 24/08/2022"
    assert vnd_equivalent(5e8, "USD", "2024-03-01").note() == "tỷ giá tháng 5/2024"
    assert vnd_equivalent(5e8, "USD", "2024-03-01").note("en") == "rate of 2024-05"
    assert vnd_equivalent(5e8, "USD", "2026-03-01").note() == "tỷ giá ước tính 2026"
    assert vnd_equivalent(5e8, "USD", "2026-03-01").note("en") == "estimated rate 2026"
    # a euro amount of 2022 rests on an annual average (the euro's leg) and a day's rate (the dong's): the
    # weaker one names it; from 2024 the euro's leg is an estimate
    assert vnd_equivalent(1e6, "EUR", "2022-06-01").note() == "tỷ giá ngày 24/08/2022"
    assert vnd_equivalent(1e6, "EUR", "2024-06-01").note() == "tỷ giá ước tính 2024"
    for year in YEARS_THE_CORPUS_HOLDS:
        status = rates()[("VND", year)].status
        text = vnd_equivalent_text(5e8, "USD", f"{year}-06-01")
        assert text.startswith("≈ ") and text.endswith(")"), year
        assert ("ước tính" in text) == (status == "estimate") == is_estimate("USD", year), year
        assert ("bình quân" in text) == (status == "annual_average"), year
        assert ("ngày" in text) == (status == "one_day"), year
        assert ("tháng" in text) == (status == "one_month"), year
    assert to_vnd(1e6, "USD", 2024) == pytest.approx(1e6 * rates()[("VND", 2024)].per_usd)
    assert not is_estimate("VND", 2026)  # đồng needs no rate
    assert rate_years() == "2010–2026" and estimate_years() == "2026"


def test_no_rate_gives_none_never_a_neighbouring_year() -> None:
    assert ("VND", 2021) in rates() and ("VND", 2030) not in rates() and ("VND", 2009) not in rates()
    assert to_vnd(1_000_000, "USD", 2021) == pytest.approx(1_000_000 * rates()[("VND", 2021)].per_usd)
    assert to_vnd(1_000_000, "USD", 2030) is None and to_vnd(1_000_000, "USD", 2009) is None
    assert to_vnd(1_000_000, "USD", None) is None
    assert to_vnd(5 * TY, "VND", None) == 5 * TY  # đồng needs no rate


def test_cross_rates_go_through_the_dollar_only_when_both_legs_are_sourced() -> None:
    vnd, jpy, eur = (rates()[(c, 2021)].per_usd for c in ("VND", "JPY", "EUR"))
    assert vnd_per_unit("JPY", 2021) == pytest.approx(vnd / jpy)
    assert cross_rate("EUR", "JPY", 2021) == pytest.approx(jpy / eur)
    assert ("KRW", 2021) not in rates()
    assert vnd_per_unit("KRW", 2021) is None and cross_rate("KRW", "USD", 2021) is None


def test_minimum_clauses_state_exactly_the_minimum_rule() -> None:
    """What a store filtering in its query (OpenSearch, SQL) must do gives the same answer as the rule."""
    currencies = ["VND", "USD", "EUR", "JPY", "KRW"]
    years = [None, 2009, 2015, 2021, 2024, 2030]
    amounts = [1e6, 4e8, 5e9, 1.2e11, 3e13]
    minimums = [(100 * TY, "VND"), (500e6, "USD"), (2e6, "EUR")]
    for (minimum, cur), deal_cur, year, amount in itertools.product(minimums, currencies, years, amounts):
        clauses = minimum_clauses(minimum, cur)
        by_clause = any(
            c.currency == deal_cur and c.year in (None, year) and amount >= c.minimum * (1 - 1e-12)
            for c in clauses
        )
        assert by_clause == meets_minimum(amount, deal_cur, year, minimum, cur), (deal_cur, year, amount)


def _deal_doc(slug: str, amount: float, currency: str, date: str, party: str):
    text = f"Công ty {party} ký hợp đồng trị giá {amount:g} {currency} với Công ty Đối Tác."
    return make_doc(
        slug,
        title=f"{party} ký hợp đồng",
        text=text,
        published=f"{date}T08:00:00+07:00",
        tags=Tags(
            deals=[
                _deal(
                    text,
                    text,
                    kind="supply_contract",
                    parties=[party, "Đối Tác"],
                    amount=amount,
                    currency=currency,
                    date=date,
                )
            ]
        ),
    )


def parties_over(store: Store, typed: str) -> set[str]:
    """The first party of every deal record at least `typed` ("100 tỷ"), as the page and CLI ask."""
    q = DealsQuery(**minimum_filter(parse_amount(typed)))
    return {d.parties[0].name for d in store.iter_deal_records(q)}


def test_min_amount_compares_deals_in_any_currency_on_their_vnd_equivalent(deal_store: Store) -> None:
    deal_store.put_documents(
        [
            _deal_doc("usd-2021", 500e6, "USD", "2021-06-01", "Đô Lớn"),  # ≈ 11.580 tỷ đồng at 2021's rate
            _deal_doc("vnd-2021", 50 * TY, "VND", "2021-06-02", "Đồng Nhỏ"),
            _deal_doc("usd-2030", 600e6, "USD", "2030-06-01", "Đô Chưa Giá"),  # no 2030 rate
            _deal_doc("jpy-2020", 1e9, "JPY", "2020-06-01", "Yên Vừa"),  # ≈ 217 tỷ đồng at 2020's rates
            _deal_doc("usd-2024", 5e6, "USD", "2024-06-01", "Đô Ước Tính"),  # ≈ 120,5 tỷ at 2024's rate
            _deal_doc("usd-2024b", 4e6, "USD", "2024-06-02", "Đô Nhỏ"),  # ≈ 96,4 tỷ at 2024's rate
        ]
    )
    assert parties_over(deal_store, "100 tỷ") == {"Đô Lớn", "Yên Vừa", "Đô Ước Tính"}
    # same currency: compared as is, rate or not; the VND and JPY deals are below 550 triệu USD of their year
    assert parties_over(deal_store, "550 triệu USD") == {"Đô Chưa Giá"}


def test_a_foreign_currency_minimum_takes_other_currencies_above_its_floor_of_their_year(
    deal_store: Store,
) -> None:
    """ "500 triệu USD" also matches VND, JPY and EUR deals whose VND equivalent at the rate of the deal's
    year is at least 500 million dollars at that same year's rate (`search.fx.vnd_floors`); in a year with
    no sourced rate only USD deals can meet it."""
    floors = vnd_floors(500e6, "USD")
    above, below = 1 + 1e-6, 1 - 1e-6

    def at(share: float, currency: str, year: int) -> float:
        """`share` of the year's floor, in `currency` at that year's rate."""
        return floors[year] * share / vnd_per_unit(currency, year)

    between = (floors[2020] + floors[2021]) / 2  # under 2020's floor, over 2021's
    assert floors[2021] < between < floors[2020]
    docs = [
        _deal_doc(p, amount, cur, day, p)
        for p, amount, cur, day in [
            ("VND trên 2021", at(above, "VND", 2021), "VND", "2021-06-15"),
            ("VND dưới 2021", at(below, "VND", 2021), "VND", "2021-06-16"),
            ("JPY trên 2020", at(above, "JPY", 2020), "JPY", "2020-02-01"),
            ("JPY dưới 2020", at(below, "JPY", 2020), "JPY", "2020-02-02"),
            ("EUR trên 2015", at(above, "EUR", 2015), "EUR", "2015-03-01"),
            ("VND giữa 2020", between, "VND", "2020-07-01"),  # the floor is the deal year's, not another's
            ("VND giữa 2021", between, "VND", "2021-07-01"),
            ("VND năm không giá", 1e18, "VND", "2030-05-01"),  # no 2030 rate: not comparable with dollars
            ("USD năm không giá", 600e6, "USD", "2030-05-02"),  # same currency: as is
            ("USD dưới", 499e6, "USD", "2021-05-03"),
        ]
    ]
    deal_store.put_documents(docs)
    want = {"VND trên 2021", "JPY trên 2020", "EUR trên 2015", "VND giữa 2021", "USD năm không giá"}
    assert parties_over(deal_store, "500 triệu USD") == want
    for d in deal_store.iter_deal_records(DealsQuery()):  # the stores' query is `meets_minimum` itself
        a = d.amounts[0]
        year = int(d.date[:4]) if d.date else None
        assert meets_minimum(a.value, a.currency, year, 500e6, "USD") == (d.parties[0].name in want)
    assert parties_over(deal_store, "500 triệu usd") == want
    summary = deal_store.deal_summary(DealsQuery(**minimum_filter(parse_amount("500 triệu USD"))))
    assert summary.total == len(want) and summary.totals["USD"] == 600e6


def test_exports_show_the_vnd_equivalent_as_such_with_the_rate_year_or_no_rate() -> None:
    from flows.deals_export import deals_csv as csv_of_records
    from search.deal_merge import merge_reports
    from search.records import DealParty, DealReport

    def row(n: int, amount: float, currency: str | None, date: str) -> DealReport:
        return DealReport(
            document_id=f"d{n}", url=f"https://bao.example.vn/{n}", kind="investment",
            parties=[DealParty(name=f"Bên {n}")], amount=amount, currency=currency, date=date,
            sentence=f"Câu {n}.",
        )  # fmt: skip

    def deals_csv(reports: list[DealReport], headers: str = "vi") -> str:
        return csv_of_records(merge_reports(reports), headers)  # type: ignore[arg-type]

    rows = [
        row(1, 500e6, "USD", "2021-03-01"),
        row(2, 500e6, "USD", "2030-03-01"),
        row(3, 120 * TY, "VND", "2030-03-02"),
        row(5, 500e6, "USD", "2024-03-04"),
        row(6, 500e6, "USD", "2026-03-04"),
        row(4, 7, None, "2021-03-03"),
    ]
    out = {r["parties"]: r for r in csv.DictReader(io.StringIO(deals_csv(rows, "en").removeprefix("\ufeff")))}
    assert float(out["Bên 1"]["amount_vnd"]) == pytest.approx(500e6 * rates()[("VND", 2021)].per_usd)
    assert out["Bên 1"]["fx"] == "average rate 2021" and out["Bên 1"]["amount"] == "500000000"
    assert out["Bên 2"]["amount_vnd"] == "" and out["Bên 2"]["fx"] == "no rate"
    assert out["Bên 3"]["amount_vnd"] == str(120 * TY) and out["Bên 3"]["fx"] == ""
    assert out["Bên 4"]["amount_vnd"] == "" and out["Bên 4"]["fx"] == "no currency"
    assert float(out["Bên 5"]["amount_vnd"]) == pytest.approx(500e6 * rates()[("VND", 2024)].per_usd)
    assert out["Bên 5"]["fx"] == "rate of 2024-05"  # a month's official rate, said to be one
    assert out["Bên 6"]["fx"] == "estimated rate 2026"  # a carried-forward rate, said to be an estimate
    assert "tỷ giá tháng 5/2024" in deals_csv(rows) and "tỷ giá ước tính 2026" in deals_csv(rows)
    vietnamese = deals_csv(rows).removeprefix("\ufeff").splitlines()[0]
    assert "Giá trị quy đổi (đồng),Tỷ giá quy đổi" in vietnamese
    assert "tỷ giá bình quân 2021" in deals_csv(rows) and "không có tỷ giá" in deals_csv(rows)


def test_vnd_floors_state_the_minimum_rule_for_stores_keeping_amount_vnd() -> None:
    for (minimum, cur), deal_cur, year, amount in itertools.product(
        [(100 * TY, "VND"), (500e6, "USD"), (2e6, "EUR")],
        ["VND", "USD", "EUR", "JPY", "KRW"],
        [None, 2009, 2015, 2021, 2024, 2030],
        [1e6, 4e8, 5e9, 1.2e11, 3e13],
    ):
        floors = vnd_floors(minimum, cur)
        amount_vnd = to_vnd(amount, deal_cur, year)
        by_floor = (deal_cur == cur and amount >= minimum) or (
            year in floors and amount_vnd is not None and amount_vnd >= floors[year] * (1 - 1e-12)
        )
        assert by_floor == meets_minimum(amount, deal_cur, year, minimum, cur), (deal_cur, year, amount)


@settings(max_examples=300, deadline=None)
@given(st.from_regex(input_pattern(), fullmatch=True).filter(lambda s: len(s) <= 80))
def test_every_amount_the_api_schema_allows_is_read(typed: str) -> None:
    """The API publishes `input_pattern()` for min_amount: whatever it lets through must parse."""
    amount = parse_amount(typed)
    assert amount.value >= 0 and amount.currency.isupper()


def test_the_deal_stores_rebuild_their_records_when_the_rate_file_changes() -> None:
    """Records keep `amount_vnd`: a new or corrected rate must reach them, so both stores' deal fingerprints
    carry the rate file's."""
    from search.elastic import deals as elastic_deals
    from search.embedded import deals as embedded_deals

    assert embedded_deals.fingerprint().endswith(":" + rates_fingerprint())
    assert elastic_deals.fingerprint().endswith(":" + rates_fingerprint())
