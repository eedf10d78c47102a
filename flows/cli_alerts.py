"""`cnht alerts ...`: saved searches that alert once per new matching document."""

from __future__ import annotations

import click

from flows.cli_common import dump, friendly_errors


@click.group()
def alerts() -> None:
    """Saved searches that alert once per new matching document (stdout and an Atom feed)."""


@alerts.command("add")
@click.argument("search_id")
@click.argument("query")
@click.option("--name", help="A human name (default: the query).")
@click.option("--province")
@click.option("--kind", type=click.Choice(["article", "decision"]))
@click.pass_context
@friendly_errors
def alerts_add(
    ctx: click.Context, search_id: str, query: str, name: str | None, province: str | None, kind: str | None
) -> None:
    """Save a search; new documents matching it will alert.

    \b
    Example:
      cnht alerts add hp-cnht "cong nghiep ho tro" --province "Hải Phòng"
    """
    from pydantic import ValidationError

    from search.alerts.models import SavedSearch
    from search.alerts.state import AlertState
    from search.records import SearchQuery

    try:
        saved = SavedSearch(
            id=search_id, name=name or query, query=SearchQuery(text=query, province=province, kind=kind)
        )  # type: ignore[arg-type]
    except ValidationError as exc:
        first = exc.errors()[0]
        raise click.ClickException(f"{'.'.join(map(str, first['loc']))}: {first['msg']}") from exc
    with AlertState(ctx.obj["data_dir"]) as state:
        state.add_search(saved)
    click.echo(f"saved search {search_id!r} added")


@alerts.command("list")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def alerts_list(ctx: click.Context, as_json: bool) -> None:
    """List saved searches."""
    from search.alerts.state import AlertState

    with AlertState(ctx.obj["data_dir"]) as state:
        searches = state.list_searches()
    if as_json:
        dump([s.model_dump(mode="json") for s in searches])
        return
    for s in searches:
        click.echo(f"{s.id}\t{s.name}\t{s.query.text!r}\t{', '.join(s.channels)}")


@alerts.command("remove")
@click.argument("search_id")
@click.pass_context
def alerts_remove(ctx: click.Context, search_id: str) -> None:
    """Remove a saved search."""
    from search.alerts.state import AlertState

    with AlertState(ctx.obj["data_dir"]) as state:
        if not state.remove_search(search_id):
            raise click.ClickException(f"no saved search {search_id!r}: see `cnht alerts list`")
    click.echo(f"saved search {search_id!r} removed")
