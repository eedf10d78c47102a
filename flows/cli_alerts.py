"""`cnht alerts ...`: saved searches that alert once per new matching document."""

from __future__ import annotations

import secrets
import uuid
from pathlib import Path
from typing import Any

import click

from flows.cli_common import dump, friendly_errors, preflight_store, uses_elasticsearch


def _one_line(exc: Exception) -> click.ClickException:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        return click.ClickException(f"{where}: {first['msg']}".removeprefix(": "))
    return click.ClickException(str(exc))


@click.group()
def alerts() -> None:
    """Saved searches that alert once per new matching document.

    \b
    Channels: an Atom feed (DATA_DIR/alerts/<id>.atom) and stdout by default; a signed webhook
    (--webhook) and e-mail (--email) on request, each alert or one digest per hour/day.
    \b
    Example:
      cnht alerts add hp "cong nghiep ho tro" --province "Hải Phòng" --webhook https://hooks.example.vn/cnht
    """


@alerts.command("add")
@click.argument("search_id")
@click.argument("query")
@click.option("--name", help="A human name (default: the query).")
@click.option("--province", help="Old or current province name, accents optional.")
@click.option("--kind", type=click.Choice(["article", "decision"]))
@click.option("--source", help="Only this source id.")
@click.option("--firm", help="Words of a firm name tagged in the document.")
@click.option("--decision", help="Documents that are or cite this decision number (any spelling).")
@click.option("--min-amount", type=float, help="Some amount >= this, in VND (base units).")
@click.option("--webhook", "webhook_url", metavar="URL", help="POST each alert as signed JSON to URL.")
@click.option("--secret", help="HMAC-SHA256 key of the webhook signature (default: generated, printed once).")
@click.option("--allow-private", is_flag=True, help="Allow a webhook on a private or loopback address.")
@click.option(
    "--email", "emails", multiple=True, metavar="ADDR", help="Mail each alert to ADDR (repeatable)."
)
@click.option("--smtp", default="localhost:25", show_default=True, metavar="HOST:PORT", help="SMTP server.")
@click.option("--email-from", default="cnht@localhost", show_default=True, help="Sender address.")
@click.option("--starttls", is_flag=True, help="Use STARTTLS (login from CNHT_SMTP_USER/CNHT_SMTP_PASSWORD).")
@click.option(
    "--digest", type=click.Choice(["hourly", "daily"]), help="Webhook/e-mail: one message per period."
)
@click.option("--no-stdout", is_flag=True, help="Do not print alerts on stdout during ingest.")
@click.pass_context
@friendly_errors
def alerts_add(
    ctx: click.Context,
    search_id: str,
    query: str,
    name: str | None,
    province: str | None,
    kind: str | None,
    source: str | None,
    firm: str | None,
    decision: str | None,
    min_amount: float | None,
    webhook_url: str | None,
    secret: str | None,
    allow_private: bool,
    emails: tuple[str, ...],
    smtp: str,
    email_from: str,
    starttls: bool,
    digest: str | None,
    no_stdout: bool,
) -> None:
    """Save a search (query + filters + channels); new documents matching it will alert once.

    \b
    Examples:
      cnht alerts add hp-cnht "cong nghiep ho tro" --province "Hải Phòng"
      cnht alerts add qd26 "" --decision "QĐ 26/2023" --email me@example.vn --smtp mail.example.vn:25
      cnht alerts add deals "ky ket" --min-amount 100000000000 --webhook https://h.example.vn/x --digest daily
    Adding an existing id replaces its query and channels; what was sent stays sent.
    """
    from pydantic import ValidationError

    from search.alerts.models import EmailTarget, SavedSearch, WebhookTarget
    from search.alerts.push import DeliveryError, check_target
    from search.alerts.state import AlertState
    from search.records import SearchQuery

    if (secret or allow_private) and not webhook_url:
        raise click.UsageError("--secret and --allow-private need --webhook URL")
    if digest and not (webhook_url or emails):
        raise click.UsageError("--digest applies to --webhook and --email: give one of them")
    channels = ["atom"] + ([] if no_stdout else ["stdout"])
    generated = webhook_url is not None and not secret
    try:
        q = SearchQuery(
            text=query,
            province=province,
            kind=kind,  # type: ignore[arg-type]
            source=source,
            firm=firm,
            decision=decision,
            min_amount=min_amount,
        )
        webhook = None
        if webhook_url:
            webhook = WebhookTarget(
                url=webhook_url, secret=secret or secrets.token_hex(16), allow_private=allow_private
            )
            channels.append("webhook")
        email = (
            EmailTarget(to=list(emails), smtp=smtp, sender=email_from, starttls=starttls) if emails else None
        )
        if email:
            channels.append("email")
        saved = SavedSearch(
            id=search_id,
            name=name or query or search_id,
            query=q,
            channels=channels,
            webhook=webhook,
            email=email,
            digest=digest,  # type: ignore[arg-type]
        )
    except ValidationError as exc:
        raise _one_line(exc) from exc
    if webhook is not None:
        try:
            check_target(webhook.url, allow_private=webhook.allow_private)
        except DeliveryError as exc:  # e.g. offline: checked again before every send
            click.echo(f"warning: {exc}", err=True)
    with AlertState(ctx.obj["data_dir"]) as state:
        state.add_search(saved)
    click.echo(
        f"saved search {search_id!r} added: {', '.join(channels)}" + (f", {digest} digest" if digest else "")
    )
    if generated and webhook is not None:
        click.echo(f"webhook secret (verify X-Cnht-Signature with it): {webhook.secret}")


def _redacted(search: Any) -> dict[str, Any]:
    """A saved search as shown: the webhook secret masked, the URL's credentials and query values too."""
    from search.alerts.models import SECRET_MASK, redact

    data = search.model_dump(mode="json")
    if data.get("webhook"):
        data["webhook"]["secret"] = SECRET_MASK
        data["webhook"]["url"] = redact(data["webhook"]["url"])
    return data


@alerts.command("list")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print saved searches as JSON (secrets and URL credentials hidden).",
)
@click.pass_context
@friendly_errors
def alerts_list(ctx: click.Context, as_json: bool) -> None:
    """List saved searches, their channels, and deliveries pending or failing.

    \b
    Example:
      cnht alerts list --json
    """
    from search.alerts.models import redact
    from search.alerts.state import AlertState

    with AlertState(ctx.obj["data_dir"]) as state:
        searches = state.list_searches()
        pending = [a.search_id for a, _ in state.pending()]
        failures = state.failures()
    if as_json:
        dump([_redacted(s) for s in searches])
        return
    for s in searches:
        extra = f"\t{s.digest} digest" if s.digest else ""
        line = f"{s.id}\t{s.name}\t{s.query.text!r}\t{', '.join(s.channels)}{extra}"
        if pending.count(s.id):
            line += f"\t{pending.count(s.id)} pending"
        click.echo(line)
    for alert, channel, attempts, error in failures:
        click.echo(
            f"FAILING {alert.search_id} via {channel} ({attempts} attempt(s)): {redact(error)}", err=True
        )


@alerts.command("remove")
@click.argument("search_id")
@click.pass_context
@friendly_errors
def alerts_remove(ctx: click.Context, search_id: str) -> None:
    """Remove a saved search (and its unsent alerts).

    \b
    Example:
      cnht alerts remove hp-cnht
    """
    from search.alerts.state import AlertState

    with AlertState(ctx.obj["data_dir"]) as state:
        if not state.remove_search(search_id):
            raise click.ClickException(f"no saved search {search_id!r}: see `cnht alerts list`")
    click.echo(f"saved search {search_id!r} removed")


def _test_alert(data_dir: Path, search: Any) -> Any:
    """An alert for the newest stored document matching the search, or a made-up one; never recorded."""
    from search.alerts.engine import make_alert
    from search.alerts.models import Alert
    from search.store import open_store

    test_id = "test-" + uuid.uuid4().hex[:11]
    if uses_elasticsearch() or (data_dir / "store.sqlite3").exists():
        with open_store(data_dir, read_only=True) as store:
            hits = store.search(
                search.query.model_copy(update={"limit": 1, "sort": "date", "facets": []})
            ).hits
            if hits:
                alert = make_alert(search, hits[0], store.get(hits[0].id))
                return alert.model_copy(update={"delivery_id": test_id})
    return Alert(
        search_id=search.id,
        search_name=search.name,
        document_id="test",
        url="https://example.vn/cnht-test",
        title="cnht test alert",
        delivery_id=test_id,
    )


@alerts.command("test")
@click.argument("search_id")
@click.pass_context
@friendly_errors
def alerts_test(ctx: click.Context, search_id: str) -> None:
    """Send one test alert through every channel of a saved search and say which worked.

    The test alert is the newest stored document matching the search (or a made-up one), with a
    delivery id starting with "test-"; it is not recorded, so it never counts as delivered. The Atom
    feed is not written by a test.

    \b
    Example:
      cnht alerts test hp-cnht
    """
    from search.alerts.channels import StdoutChannel
    from search.alerts.engine import push_channels
    from search.alerts.state import AlertState

    data_dir: Path = ctx.obj["data_dir"]
    with AlertState(data_dir) as state:
        search = state.get_search(search_id)
        if search is None:
            raise click.ClickException(f"no saved search {search_id!r}: see `cnht alerts list`")
        alert = _test_alert(data_dir, search)
        channels = {**push_channels(state), "stdout": StdoutChannel()}
        failed = []
        for name in search.channels:
            if name == "atom":
                click.echo(f"atom: {data_dir / 'alerts' / (search.id + '.atom')} (not written by a test)")
                continue
            try:
                channels[name].send(alert)
            except Exception as exc:
                failed.append(name)
                click.echo(f"{name}: FAILED: {exc}")
            else:
                click.echo(f"{name}: ok (delivery id {alert.delivery_id})")
    if failed:
        raise click.ClickException(f"test alert failed on {', '.join(failed)}")


@alerts.command("send")
@click.option("--json", "as_json", is_flag=True, help="Print what was sent and what is failing as JSON.")
@click.pass_context
@friendly_errors
def alerts_send(ctx: click.Context, as_json: bool) -> None:
    """Send the hourly/daily digests that are due, and alerts left unsent (failed channel, crash).

    A digest goes out once its period (hour or day, Vietnamese time) is over; running this again sends
    nothing twice. Ingest also does it at the start of every run; the `alerts-digests` deployment in
    prefect.yaml runs it every hour.

    \b
    Example:
      cnht alerts send            # e.g. from cron at 5 past every hour
    """
    from flows import prefect_env
    from flows.alerts import alerts as alerts_flow
    from flows.alerts import check_alert_state
    from flows.lock import writer_lock

    check_alert_state(ctx.obj["data_dir"])  # before Prefect starts: one line, no flow-run log
    preflight_store(ctx.obj["data_dir"], elastic=False)  # the outbox is local: Elasticsearch is not needed
    with writer_lock(ctx.obj["data_dir"]):
        summary = prefect_env.run_flow(alerts_flow, data_dir=ctx.obj["data_dir"], alert_stdout=not as_json)
    if as_json:
        dump(summary.model_dump(mode="json"))
        return
    click.echo(f"{len(summary.sent)} alert(s) sent, {len(summary.failing)} failing")
    for digest in summary.digests:
        click.echo(f"  in the digest {digest}")
    for f in summary.failing:
        click.echo(f"FAILING {f.search_id} via {f.channel} ({f.attempts} attempt(s)): {f.error}", err=True)
