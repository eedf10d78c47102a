"""`cnht reindex`, `cnht decision`, `cnht deals`: rebuild the index, look decisions and deals up."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, get_args

import click

from flows.cli_common import dump, friendly_errors, need_store, parse_date, preflight_store
from flows.deals_export import amount_text, deals_xlsx, iter_deals_csv, vnd_equivalent_text
from search.fx import rate_kinds, rate_years
from search.records import DealKind, DealRecord, DealsQuery

if TYPE_CHECKING:
    from search.amounts import Amount


@click.command()
@click.option(
    "--deals",
    is_flag=True,
    help="Also merge every deal record again from scratch (done anyway after new merge rules).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.pass_context
@friendly_errors
def reindex(ctx: click.Context, deals: bool, as_json: bool) -> None:
    """Rebuild the full-text index from the store of record, with a progress bar.

    Saved searches and what was already alerted are kept: alerts never repeat after a reindex.
    Searches keep working on the old index until the new one is swapped in. Deal records are kept
    as they are (each ingest merged them) unless the merge rules changed or --deals asks.

    \b
    Example:
      cnht reindex
    """
    from flows import prefect_env
    from flows.lock import writer_lock
    from flows.reindex import reindex as reindex_flow

    data_dir: Path = ctx.obj["data_dir"]
    need_store(data_dir)
    preflight_store(data_dir)
    with writer_lock(data_dir):  # one writer: flows/lock.py
        summary = prefect_env.run_flow(reindex_flow, data_dir=data_dir, progress=True, deals=deals)
    if as_json:
        dump(summary.model_dump(mode="json"))
        return
    click.echo(f"{summary.documents} document(s) indexed")


@click.command()
@click.argument("number")
@click.option(
    "--limit", type=click.IntRange(1, 10000), default=100, show_default=True, help="Citing documents."
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print the lookup (decision, citing documents) as JSON."
)
@click.pass_context
@friendly_errors
def decision(ctx: click.Context, number: str, limit: int, as_json: bool) -> None:
    """Look a decision up by number, in any spelling, with every document citing it.

    \b
    Examples:
      cnht decision 26/2023/QD-UBND
      cnht decision "QĐ 26/2023" --json          # without the issuer: every issuer's 26/2023/QĐ-...
    """
    from search.query import decision_keys
    from search.store import open_store

    data_dir: Path = ctx.obj["data_dir"]
    need_store(data_dir)
    keys = decision_keys(number)
    if not keys.full and not keys.partial:
        raise click.ClickException(f"{number!r} is not a decision number (e.g. 26/2023/QĐ-UBND, QĐ 26/2023)")
    with open_store(data_dir, read_only=True) as store:
        found = store.decision(number, limit=limit)
    if as_json:
        dump(found.model_dump(mode="json"))
        return
    if not found.decisions and not found.citing:
        raise click.ClickException(f"no stored document is or cites {number!r}")
    click.echo(f"{', '.join(found.numbers)}")
    if not found.decisions:
        click.echo("\n(the decision itself is not stored; documents citing it are)")
    for d in found.decisions:
        meta = d.document.decision
        click.echo(f"\n[decision] {d.document.title or '(no title)'}")
        if meta:
            fields = [meta.number, meta.doc_type, meta.issuer, meta.issued and f"issued {meta.issued}"]
            click.echo("  " + " | ".join(f for f in fields if f))
        click.echo(f"  {d.document.url}   id={d.id}")
    click.echo(f"\n{found.total_citing} document(s) cite it" + (":" if found.citing else ""))
    for m in found.citing:
        click.echo(f"\n{(m.published or '')[:10] or '----------'}  [{m.kind}] {m.title or '(no title)'}")
        click.echo(f"  {m.url}   id={m.id}")
        for context in m.contexts[:2]:
            click.echo(f"  … {context}")


@click.command()
@click.option("--firm", help="Words of one party's name, accents optional.")
@click.option("--counterparty", help="Words of another party's name.")
@click.option("--province", help="Old or current province name.")
@click.option("--since", help="Deal (or publication) date on or after YYYY-MM-DD.")
@click.option("--until", help="Deal (or publication) date on or before YYYY-MM-DD.")
@click.option(
    "--min-amount",
    help='Amount at least this: "100 tỷ", "1,5 nghìn tỷ", "500 triệu USD" or base units (1e11). Deals in '
    "the minimum's currency are compared as they are, deals in other currencies in VND at the rate of the "
    f"deal's year (rates for {rate_years()}: {rate_kinds('en')}); in a year without a rate "
    "only deals in the minimum's currency can meet it.",
)
@click.option("--currency", help="Currency of a bare --min-amount number.  [default: VND]")
@click.option(
    "--kind",
    type=click.Choice(list(get_args(DealKind))),
    help="A kind, or a group: investment includes licences and announcements, mou includes cooperation.",
)
@click.option("--limit", type=click.IntRange(1, 100000), default=100, show_default=True, help="Deals listed.")
@click.option("--offset", type=click.IntRange(0), default=0, help="Skip this many deals first (next pages).")
@click.option("--json", "as_json", is_flag=True, help="Print the deals, with every report, as JSON.")
@click.option(
    "--csv", "as_csv", is_flag=True, help="Print every matching deal as CSV (UTF-8 with BOM, for Excel)."
)
@click.option(
    "--xlsx",
    "xlsx_path",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write every matching deal to an .xlsx file: a sheet of deals and a sheet of their reports.",
)
@click.option(
    "--english-headers", is_flag=True, help="CSV/.xlsx headers and kinds as machine names, not Vietnamese."
)
@click.pass_context
@friendly_errors
def deals(
    ctx: click.Context,
    firm: str | None,
    counterparty: str | None,
    province: str | None,
    since: str | None,
    until: str | None,
    min_amount: str | None,
    currency: str | None,
    kind: str | None,
    limit: int,
    offset: int,
    as_json: bool,
    as_csv: bool,
    xlsx_path: Path | None,
    english_headers: bool,
) -> None:
    """Deals (MoUs, contracts, investments, licences ...), newest announcement first, one line per deal.

    \b
    Examples:
      cnht deals --firm samsung --since 2024-01-01
      cnht deals --province "hai duong" --min-amount "100 tỷ" --csv > deals.csv
      cnht deals --min-amount "500 triệu USD"     # VND deals too, compared at the deal year's rate
      cnht deals --since 2024-01-01 --xlsx deals.xlsx

    Reports of the same deal in several papers (same parties, compatible kind, within 45 days) are one
    deal, with every report kept. --csv and --xlsx write every matching deal; the list and --json show
    --limit of them from --offset, with the total. The web page /deals and /api/deals run the same query.
    """
    from search.amounts import minimum_filter
    from search.store import open_store

    if sum((as_json, as_csv, xlsx_path is not None)) > 1:
        raise click.UsageError("choose one of --json, --csv and --xlsx")
    minimum = minimum_amount(min_amount, currency)
    data_dir: Path = ctx.obj["data_dir"]
    need_store(data_dir)
    q = DealsQuery(
        firm=firm,
        counterparty=counterparty,
        province=province,
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        **minimum_filter(minimum),
        kind=kind,  # type: ignore[arg-type]
        limit=limit,
        offset=offset,
    )
    headers = "en" if english_headers else "vi"
    with open_store(data_dir, read_only=True) as store:
        if as_csv:
            for line in iter_deals_csv(store.iter_deal_records(q), headers):
                sys.stdout.write(line)
            return
        if xlsx_path is not None:
            count = 0

            def counted() -> Iterator[DealRecord]:
                nonlocal count
                for record in store.iter_deal_records(q):
                    count += 1
                    yield record

            xlsx_path.write_bytes(deals_xlsx(counted(), headers))
            click.echo(f"{count} deal(s) written to {xlsx_path}")
            return
        res = store.deal_records(q)
    if as_json:
        dump(res.model_dump(mode="json"))
        return
    shown = f", {offset + 1}-{offset + len(res.deals)} shown" if len(res.deals) < res.total else ""
    click.echo(f"{res.total} deal(s){shown}")
    for d in res.deals:
        amounts = " / ".join(amount_text(a.value, a.currency) for a in d.amounts) or "-"
        if len(d.amounts) == 1 and (d.amounts[0].currency or "VND") != "VND":
            amounts += f" ({vnd_equivalent_text(d.amounts[0].value, d.amounts[0].currency, d.date)})"
        parties = " × ".join(p.name for p in d.parties)
        click.echo(f"\n{d.date or '----------'}  {d.kind}  {parties}  {amounts}")
        first = d.reports[0]
        click.echo(
            f"  {d.province or '-'}  {len(d.reports)} report(s)  {first.title or '(no title)'}  {first.url}"
        )
        click.echo(f"  “{' '.join(first.sentence.split())}”  [{d.id}]")


def minimum_amount(text: str | None, currency: str | None) -> Amount | None:
    """--min-amount as typed ("100 tỷ", "500 triệu USD", 1e11) in --currency when it names none."""
    from search.amounts import AmountError, parse_amount

    if text is None or not text.strip():
        return None
    try:
        amount = parse_amount(text, currency or "VND")
    except AmountError as exc:
        raise click.BadParameter(str(exc), param_hint="--min-amount") from None
    if currency and amount.currency != currency.upper():
        raise click.BadParameter(
            f"“{text}” is in {amount.currency}, not --currency {currency.upper()}", param_hint="--min-amount"
        )
    return amount


def register(cli: click.Group) -> None:
    """Add `reindex`, `decision` and `deals` to the `cnht` command group."""
    for command in (reindex, decision, deals):
        cli.add_command(command)
