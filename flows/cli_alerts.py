"""`cnht alerts ...`: saved searches that alert once per new matching document."""

from __future__ import annotations

import secrets
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
    from search.alerts.channels import AtomFeedChannel

    with AlertState(ctx.obj["data_dir"]) as state:
        state.add_search(saved)
    AtomFeedChannel(ctx.obj["data_dir"]).create(saved.id, saved.name)  # an empty feed to subscribe to now
    click.echo(
        f"saved search {search_id!r} added: {', '.join(channels)}" + (f", {digest} digest" if digest else "")
    )
    if generated and webhook is not None:
        click.echo(f"webhook secret (verify X-Cnht-Signature with it): {webhook.secret}")


QUERY_OPTIONS = ("province", "kind", "source", "firm", "decision", "min_amount")


def edited(search: Any, changes: dict[str, Any]) -> Any:
    """`search` with `changes` applied: query fields (an empty string clears one), "name", "webhook_url"
    (None: unchanged, "": removed), "secret", "allow_private", "emails" (() unchanged, ("",): removed),
    "smtp", "email_from", "starttls", "digest" ("none" clears), "stdout". Validated like `add`.

    >>> from search.alerts.models import SavedSearch
    >>> from search.records import SearchQuery
    >>> s = SavedSearch(id="a", name="a", query=SearchQuery(text="x", province="Hải Phòng"))
    >>> e = edited(s, {"text": "linh kien", "province": "", "emails": ("b@x.vn",)})
    >>> (e.query.text, e.query.province, e.channels, e.email.to)
    ('linh kien', None, ['atom', 'stdout', 'email'], ['b@x.vn'])
    """
    from search.alerts.models import EmailTarget, SavedSearch, WebhookTarget

    data = search.model_dump()
    query = data["query"]
    if changes.get("text") is not None:
        query["text"] = changes["text"]
    for key in QUERY_OPTIONS:
        if changes.get(key) is not None:
            query[key] = changes[key] if changes[key] != "" else None
    if changes.get("name"):
        data["name"] = changes["name"]
    channels = [c for c in search.channels if c not in ("webhook", "email")]
    if changes.get("stdout") is not None:
        channels = ["atom"] + (["stdout"] if changes["stdout"] else [])
    webhook = search.webhook
    url = changes.get("webhook_url")
    if url == "":
        webhook = None
    elif url is not None or webhook is not None:
        webhook = WebhookTarget(
            url=url or webhook.url,  # type: ignore[union-attr]
            secret=changes.get("secret") or (webhook.secret if webhook else secrets.token_hex(16)),
            allow_private=changes["allow_private"]
            if changes.get("allow_private") is not None
            else bool(webhook and webhook.allow_private),
        )
    email = search.email
    emails = tuple(changes.get("emails") or ())
    if emails == ("",):
        email = None
    elif emails or email is not None:
        email = EmailTarget(
            to=list(emails) if emails else email.to,  # type: ignore[union-attr]
            smtp=changes.get("smtp") or (email.smtp if email else "localhost:25"),
            sender=changes.get("email_from") or (email.sender if email else "cnht@localhost"),
            starttls=changes["starttls"]
            if changes.get("starttls") is not None
            else bool(email and email.starttls),
        )
    channels += (["webhook"] if webhook else []) + (["email"] if email else [])
    digest = changes.get("digest")
    data.update(
        channels=channels,
        webhook=webhook.model_dump() if webhook else None,
        email=email.model_dump() if email else None,
        digest=search.digest if digest is None else (None if digest == "none" else digest),
    )
    if data["digest"] and not (webhook or email):
        raise ValueError("--digest applies to --webhook and --email: the search has neither")
    return SavedSearch.model_validate(data)


@alerts.command("edit")
@click.argument("search_id")
@click.option("--query", "text", help='New query words ("" for none).')
@click.option("--name", help="New name.")
@click.option("--province", help='New province filter ("" removes it).')
@click.option("--kind", type=click.Choice(["article", "decision", ""]), help='"" removes it.')
@click.option("--source", help='Only this source id ("" removes it).')
@click.option("--firm", help='Words of a firm name ("" removes it).')
@click.option("--decision", help='A decision number ("" removes it).')
@click.option("--min-amount", type=float, help="Some amount >= this, in VND.")
@click.option("--webhook", "webhook_url", metavar="URL", help='New webhook URL ("" removes the webhook).')
@click.option("--secret", help="New HMAC-SHA256 key of the webhook signature.")
@click.option("--allow-private/--no-allow-private", default=None, help="Allow a private or loopback webhook.")
@click.option("--email", "emails", multiple=True, metavar="ADDR", help='Recipients ("" removes).')
@click.option("--smtp", metavar="HOST:PORT", help="New SMTP server.")
@click.option("--email-from", help="New sender address.")
@click.option("--starttls/--no-starttls", default=None, help="Use STARTTLS.")
@click.option("--digest", type=click.Choice(["hourly", "daily", "none"]), help="Webhook/e-mail digest.")
@click.option("--stdout/--no-stdout", default=None, help="Print alerts on stdout during ingest.")
@click.pass_context
@friendly_errors
def alerts_edit(ctx: click.Context, search_id: str, **changes: Any) -> None:
    """Change a saved search: its query, filters or channels; what is not given stays as it is.

    What was sent stays sent; the change applies to documents stored from now on. Pause, status and
    delivery history are kept.

    \b
    Examples:
      cnht alerts edit hp-cnht --query "linh kien" --province ""
      cnht alerts edit hp-cnht --webhook https://hooks.example.vn/new --digest none
      cnht alerts edit hp-cnht --email a@example.vn --email b@example.vn --smtp mail.example.vn:25
    """
    from pydantic import ValidationError

    from search.alerts.push import DeliveryError, check_target
    from search.alerts.state import AlertState

    with AlertState(ctx.obj["data_dir"]) as state:
        search = state.get_search(search_id)
        if search is None:
            raise click.ClickException(f"no saved search {search_id!r}: see `cnht alerts list`")
        generated = changes.get("webhook_url") and not changes.get("secret") and search.webhook is None
        try:
            new = edited(search, changes)
        except ValidationError as exc:
            raise _one_line(exc) from exc
        if new.webhook is not None and changes.get("webhook_url"):
            try:
                check_target(new.webhook.url, allow_private=new.webhook.allow_private)
            except DeliveryError as exc:
                click.echo(f"warning: {exc}", err=True)
        state.add_search(new)
    click.echo(f"saved search {search_id!r} changed: {', '.join(new.channels)}")
    if generated and new.webhook is not None:
        click.echo(f"webhook secret (verify X-Cnht-Signature with it): {new.webhook.secret}")


def _redacted(search: Any) -> dict[str, Any]:
    """A saved search as shown: the webhook secret masked, the URL's credentials and query values too."""
    from search.alerts.models import SECRET_MASK, redact

    data = search.model_dump(mode="json")
    if data.get("webhook"):
        data["webhook"]["secret"] = SECRET_MASK
        data["webhook"]["url"] = redact(data["webhook"]["url"])
    return data


def health_note(health: Any, max_failures: int) -> str:
    """One line on a saved search that does not deliver normally ("" when it does)."""
    from flows.cli_status import vietnam_time

    if health is None:
        return ""
    if health.disabled_at:
        return (
            f"DISABLED since {vietnam_time(health.disabled_at)} (UTC+7) after {max_failures} failed attempts "
            f"in a row ({health.disabled_reason}); fix it, then `cnht alerts resume {health.search_id}`"
        )
    if health.paused_at:
        return f"paused since {vietnam_time(health.paused_at)} (UTC+7)"
    return "; ".join(
        f"{c.channel} failing: {c.failures} attempt(s) in a row ({c.last_reason}), next try after "
        f"{vietnam_time(c.next_attempt_at)} (UTC+7)"
        for c in health.channels
    )


@alerts.command("list")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print saved searches as JSON (secrets and URL credentials hidden), with their status.",
)
@click.pass_context
@friendly_errors
def alerts_list(ctx: click.Context, as_json: bool) -> None:
    """List saved searches, their channels and status (paused, failing, disabled), and deliveries
    pending or failing.

    A saved search is disabled by itself after 7 failed attempts in a row on its webhook or e-mail;
    `cnht alerts resume ID` enables it again.

    \b
    Example:
      cnht alerts list --json
    """
    from search.alerts.models import redact
    from search.alerts.state import MAX_FAILURES, AlertState

    with AlertState(ctx.obj["data_dir"]) as state:
        searches = state.list_searches()
        pending = [a.search_id for a, _ in state.pending()]
        failures = state.failures()
        healths = state.healths()
    if as_json:
        rows = []
        for s in searches:
            h = healths.get(s.id)
            rows.append(
                {
                    **_redacted(s),
                    "state": h.state if h else "active",
                    "status": h.model_dump(mode="json") if h else None,
                }
            )
        dump(rows)
        return
    for s in searches:
        extra = f"\t{s.digest} digest" if s.digest else ""
        line = f"{s.id}\t{s.name}\t{s.query.text!r}\t{', '.join(s.channels)}{extra}"
        if pending.count(s.id):
            line += f"\t{pending.count(s.id)} pending"
        note = health_note(healths.get(s.id), MAX_FAILURES)
        click.echo(line + (f"\t{note}" if note else ""))
    for h in healths.values():
        if h.disabled_at:
            click.echo(f"DISABLED {h.search_id}: {health_note(h, MAX_FAILURES)}", err=True)
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
    from search.alerts.manage import sample_alert
    from search.store import open_store

    if uses_elasticsearch() or (data_dir / "store.sqlite3").exists():
        with open_store(data_dir, read_only=True) as store:
            return sample_alert(search, store)
    return sample_alert(search, None)


@alerts.command("test")
@click.argument("search_id")
@click.pass_context
@friendly_errors
def alerts_test(ctx: click.Context, search_id: str) -> None:
    """Send one test alert through every channel of a saved search now and say which worked.

    The test alert is the newest stored document matching the search (or a made-up one), with a
    delivery id starting with "test-"; it is tried once per channel, whatever the channel's backoff,
    and each outcome goes into the search's delivery history as a test (`cnht alerts history`). It is
    not recorded as delivered and never counts toward disabling the search. The Atom feed is not
    written by a test.

    \b
    Example:
      cnht alerts test hp-cnht
    """
    from search.alerts.channels import StdoutChannel
    from search.alerts.manage import send_test
    from search.alerts.state import AlertState

    data_dir: Path = ctx.obj["data_dir"]
    with AlertState(data_dir) as state:
        search = state.get_search(search_id)
        if search is None:
            raise click.ClickException(f"no saved search {search_id!r}: see `cnht alerts list`")
        alert = _test_alert(data_dir, search)
        if "atom" in search.channels:
            click.echo(f"atom: {data_dir / 'alerts' / (search.id + '.atom')} (not written by a test)")
        done = send_test(state, search, alert, stdout=lambda a: StdoutChannel().send(a))
    failed = []
    for d in done:
        if d.outcome == "sent":
            click.echo(f"{d.channel}: ok (delivery id {d.delivery_id})")
        else:
            failed.append(d.channel)
            click.echo(f"{d.channel}: FAILED: {d.reason}: {d.error}")
    if failed:
        raise click.ClickException(f"test alert failed on {', '.join(failed)}")


@alerts.command("pause")
@click.argument("search_id")
@click.pass_context
@friendly_errors
def alerts_pause(ctx: click.Context, search_id: str) -> None:
    """Stop a saved search from alerting until `cnht alerts resume`.

    Documents stored while it is paused never alert it; alerts recorded before and not yet sent wait.

    \b
    Example:
      cnht alerts pause hp-cnht
    """
    from search.alerts.state import AlertState

    with AlertState(ctx.obj["data_dir"]) as state:
        if state.get_search(search_id) is None:
            raise click.ClickException(f"no saved search {search_id!r}: see `cnht alerts list`")
        state.pause(search_id)
    click.echo(f"saved search {search_id!r} paused")


@alerts.command("resume")
@click.argument("search_id")
@click.pass_context
@friendly_errors
def alerts_resume(ctx: click.Context, search_id: str) -> None:
    """Enable a paused or automatically disabled saved search again.

    The count of failed attempts in a row starts again from 0, and alerts waiting in the outbox go out
    on the next `cnht alerts send` or ingest.

    \b
    Example:
      cnht alerts resume hp-cnht
    """
    from search.alerts.state import AlertState

    with AlertState(ctx.obj["data_dir"]) as state:
        if state.get_search(search_id) is None:
            raise click.ClickException(f"no saved search {search_id!r}: see `cnht alerts list`")
        state.resume(search_id)
    click.echo(f"saved search {search_id!r} enabled")


@alerts.command("history")
@click.argument("search_id", required=False)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 500), help="Attempts shown.")
@click.option("--json", "as_json", is_flag=True, help="Print the attempts as JSON.")
@click.pass_context
@friendly_errors
def alerts_history(ctx: click.Context, search_id: str | None, limit: int, as_json: bool) -> None:
    """Delivery attempts, newest first: of one saved search, or of all.

    Each attempt: time (UTC+7), saved search, channel, sent or FAILED with the reason in Vietnamese and
    the channel's error; "test" marks a `cnht alerts test`.

    \b
    Example:
      cnht alerts history hp-cnht --limit 50
    """
    from flows.cli_status import vietnam_time
    from search.alerts.models import redact
    from search.alerts.state import AlertState

    with AlertState(ctx.obj["data_dir"]) as state:
        if search_id is not None and state.get_search(search_id) is None:
            raise click.ClickException(f"no saved search {search_id!r}: see `cnht alerts list`")
        history = state.history(search_id, limit)
    for d in history:
        d.error = redact(d.error) if d.error else None
    if as_json:
        dump([d.model_dump(mode="json") for d in history])
        return
    for d in history:
        outcome = "sent" if d.outcome == "sent" else f"FAILED: {d.reason} ({d.error})"
        test = " test" if d.test else ""
        title = d.title or d.document_id or ""
        click.echo(f"{vietnam_time(d.at)}\t{d.search_id}\t{d.channel}{test}\t{outcome}\t{title}")


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
    from search.alerts.state import MAX_FAILURES

    for search_id in summary.disabled:
        click.echo(
            f"DISABLED {search_id}: {MAX_FAILURES} failed attempts in a row; see "
            f"`cnht alerts history {search_id}`, "
            f"then `cnht alerts resume {search_id}`",
            err=True,
        )
