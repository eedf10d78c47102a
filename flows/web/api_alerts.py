"""Saved searches over HTTP (/api/alerts: list, read, create, replace, delete, pause, resume, test-send,
delivery history) and their Atom feeds.

Every channel of the alert engine can be set: the Atom feed (always), the output of `cnht ingest`, a
signed webhook, e-mail, and an hourly or daily digest for the webhook and e-mail. Writing needs the
Bearer token. Reading is open but shows no recipient without the token: the list and the detail of a
saved search give `webhook.url` and `email.to` as null (and `recipients_hidden: true`), and the history
gives each failure's reason in words without the channel's own error text. Webhook secrets are never
shown again after creation: a generated one is returned once.

A saved search's Atom feed exists from its creation (an empty, valid feed until its first alert).
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi import Path as PathParam
from fastapi.responses import FileResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from flows.web.api import ErrorBody
from flows.web.deps import ALERTS_FILE, has_token, require_token, settings, shared_store
from flows.web.limits import check_request
from flows.web.validation import clamp_day, known_query_params_only, strict_json
from search.alerts.channels import AtomFeedChannel, empty_feed
from search.alerts.manage import sample_alert, send_test
from search.alerts.models import (
    SEARCH_ID_PATTERN,
    SECRET_MASK,
    EmailTarget,
    SavedSearch,
    WebhookTarget,
    redact,
)
from search.alerts.push import DeliveryError, check_target
from search.alerts.state import AlertState, Delivery, SearchHealth
from search.records import SearchQuery

router = APIRouter(dependencies=[Depends(known_query_params_only)], tags=["alerts"])
SearchId = Annotated[str, PathParam(pattern=SEARCH_ID_PATTERN, examples=["hp-cnht"])]


class StrictIn(BaseModel):
    """A JSON body part that names a field it does not have is refused (422 naming it), never ignored:
    a typo such as `provnce` must not silently widen a saved search."""

    model_config = ConfigDict(extra="forbid")


class QueryIn(SearchQuery):
    """A saved search's query as the API takes it: `SearchQuery`, refusing fields it does not have."""

    model_config = ConfigDict(extra="forbid")


class WebhookIn(StrictIn):
    """Where to POST each alert (or digest) as JSON, signed with `X-Cnht-Signature: sha256=<HMAC>`."""

    url: str = Field(pattern=r"^https?://[^/\s?#]+", examples=["https://hooks.example.vn/cnht"])
    secret: str | None = Field(
        default=None,
        min_length=8,
        max_length=200,
        description="HMAC-SHA256 key. Omitted: generated and returned once in the answer "
        "(on replace: the current secret is kept).",
    )
    allow_private: bool = Field(
        default=False, description="Allow a private or loopback target (refused otherwise)."
    )


# `digest` needs `webhook` or `email`, said in the schema too (JSON Schema if/then, OpenAPI 3.1)
DIGEST_NEEDS_A_PUSH_CHANNEL = {
    "if": {"properties": {"digest": {"type": "string"}}, "required": ["digest"]},
    "then": {
        "anyOf": [
            {"properties": {"webhook": {"type": "object"}}, "required": ["webhook"]},
            {"properties": {"email": {"type": "object"}}, "required": ["email"]},
        ]
    },
}


class EmailIn(StrictIn):
    """Mail each alert (or digest) to `to` through the SMTP server `smtp`; login from the server's
    CNHT_SMTP_USER/CNHT_SMTP_PASSWORD."""

    to: list[Annotated[str, Field(pattern=r"^[^@\s]+@[^@\s]+$")]] = Field(
        min_length=1, max_length=50, examples=[["a@example.vn"]]
    )
    smtp: str = Field(default="localhost:25", pattern=r"^[^\s:]+:[0-9]{1,5}$", description="HOST:PORT")
    sender: str = Field(default="cnht@localhost", pattern=r"^[^@\s]+@[^@\s]+$")
    starttls: bool = False

    def target(self) -> EmailTarget:
        return EmailTarget(to=self.to, smtp=self.smtp, sender=self.sender, starttls=self.starttls)


class AlertSettings(StrictIn):
    """A saved search: new documents matching `query` alert once, to the Atom feed `/feeds/{id}.atom`
    and to the webhook and e-mail given here, each alert or one digest per hour/day."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=DIGEST_NEEDS_A_PUSH_CHANNEL)

    name: str | None = Field(default=None, max_length=200, description="Default: the query text.")
    query: QueryIn
    webhook: WebhookIn | None = None
    email: EmailIn | None = None
    digest: Literal["hourly", "daily"] | None = Field(
        default=None, description="Webhook and e-mail: one message per period instead of one per alert."
    )
    stdout: bool = Field(default=False, description="Also print each alert in the output of `cnht ingest`.")

    @field_validator("query", mode="before")
    @classmethod
    def _query_from_code(cls, value: object) -> object:
        """A `SearchQuery` built in code is taken as its fields (it cannot carry unknown ones)."""
        return value.model_dump() if type(value) is SearchQuery else value

    @model_validator(mode="after")
    def _digest_needs_a_push_channel(self) -> AlertSettings:
        if self.digest and not (self.webhook or self.email):
            raise ValueError("digest applies to the webhook and e-mail channels: give one of them")
        return self


class AlertCreate(AlertSettings):
    id: str = Field(pattern=SEARCH_ID_PATTERN, examples=["hp-cnht"])


class WebhookShown(BaseModel):
    url: str | None = Field(description="null without the token (a recipient).")
    secret: str = Field(default=SECRET_MASK, description="Always masked.")
    allow_private: bool = False


class EmailShown(BaseModel):
    to: list[str] | None = Field(description="null without the token (recipients).")
    recipients: int = Field(description="How many addresses `to` holds.")
    smtp: str
    sender: str
    starttls: bool = False


class ChannelStatus(BaseModel):
    channel: str
    failures: int = Field(description="Failed attempts in a row.")
    next_attempt_at: str | None = Field(default=None, description="Not retried before (UTC).")
    last_reason: str | None = Field(default=None, description="Why the last attempt failed, in Vietnamese.")


class AlertStatus(BaseModel):
    state: Literal["active", "paused", "disabled"]
    paused_at: str | None = None
    disabled_at: str | None = Field(default=None, description="Set after 7 failed attempts in a row.")
    disabled_reason: str | None = None
    failing: list[ChannelStatus] = Field(default_factory=list)


class SavedAlert(SavedSearch):
    """A saved search as answered: the webhook secret masked, except `new_secret` once on creation;
    recipients (webhook URL, e-mail addresses) only to a holder of the token."""

    webhook: WebhookShown | None = None  # type: ignore[assignment]
    email: EmailShown | None = None  # type: ignore[assignment]
    recipients_hidden: bool = Field(default=False, description="True: asked without the token.")
    status: AlertStatus = Field(default_factory=lambda: AlertStatus(state="active"))
    new_secret: str | None = Field(
        default=None, description="The generated webhook secret: shown in this answer only."
    )


def alert_status(health: SearchHealth | None) -> AlertStatus:
    if health is None:
        return AlertStatus(state="active")
    return AlertStatus(
        state=health.state,  # type: ignore[arg-type]
        paused_at=health.paused_at,
        disabled_at=health.disabled_at,
        disabled_reason=health.disabled_reason,
        failing=[ChannelStatus(**c.model_dump()) for c in health.channels],
    )


def saved_search(
    search_id: str, body: AlertSettings, before: SavedSearch | None = None
) -> tuple[SavedSearch, str | None]:
    """The SavedSearch `body` describes, and the webhook secret if one was generated for it.

    Replacing `before` keeps its creation time, and its secret when the body gives none.

    >>> s, new = saved_search("a", AlertSettings(query=SearchQuery(text="linh kien")))
    >>> (s.name, s.channels, new)
    ('linh kien', ['atom'], None)
    """
    webhook = generated = None
    if body.webhook is not None:
        secret = body.webhook.secret or (before.webhook.secret if before and before.webhook else None)
        if secret is None:
            secret = generated = secrets.token_hex(16)
        webhook = WebhookTarget(url=body.webhook.url, secret=secret, allow_private=body.webhook.allow_private)
    channels = ["atom"] + [
        name for name, on in (("stdout", body.stdout), ("webhook", webhook), ("email", body.email)) if on
    ]
    query = body.query.model_copy(
        update={"since": clamp_day(body.query.since), "until": clamp_day(body.query.until)}
    )
    saved = SavedSearch(
        id=search_id,
        name=body.name or body.query.text or search_id,
        query=query,
        channels=channels,
        webhook=webhook,
        email=body.email.target() if body.email else None,
        digest=body.digest,
    )
    if before is not None:
        saved.created_at = before.created_at
    return saved, generated


def shown(
    search: SavedSearch,
    new_secret: str | None = None,
    *,
    reveal: bool = False,
    health: SearchHealth | None = None,
) -> SavedAlert:
    """`search` as answered: its webhook secret masked; its recipients (webhook URL, e-mail addresses)
    shown only when `reveal` (the request carries the API token)."""
    data = search.model_dump(exclude={"webhook", "email"})
    webhook = email = None
    if search.webhook is not None:
        webhook = WebhookShown(
            url=search.webhook.url if reveal else None, allow_private=search.webhook.allow_private
        )
    if search.email is not None:
        e = search.email
        email = EmailShown(
            to=list(e.to) if reveal else None,
            recipients=len(e.to),
            smtp=e.smtp,
            sender=e.sender,
            starttls=e.starttls,
        )
    return SavedAlert(
        **data,
        webhook=webhook,
        email=email,
        recipients_hidden=not reveal and (webhook is not None or email is not None),
        status=alert_status(health),
        new_secret=new_secret,
    )


def check_webhook(webhook: WebhookIn | None) -> None:
    """422 for a webhook on a private or loopback address unless allowed; an unresolvable host is
    accepted (this machine may be offline): the target is checked again before every send."""
    if webhook is None:
        return
    try:
        check_target(webhook.url, allow_private=webhook.allow_private)
    except DeliveryError:
        pass
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc


def save(data_dir: Path, search_id: str, body: AlertSettings, *, replace: bool) -> SavedAlert:
    """Create (409 if the id is taken) or replace (404 if it is not) a saved search."""
    q = body.query
    check_request(q.text, province=q.province, source=q.source, firm=q.firm, decision=q.decision)
    check_webhook(body.webhook)
    with AlertState(data_dir) as state:
        before = state.get_search(search_id)
        if before is not None and not replace:
            raise HTTPException(409, f"saved search {search_id!r} exists: replace it with PUT or delete it")
        if before is None and replace:
            raise HTTPException(404, f"no saved search {search_id!r}")
        saved, generated = saved_search(search_id, body, before)
        state.add_search(saved)
        health = state.health(search_id)
    AtomFeedChannel(data_dir).create(saved.id, saved.name)  # subscribable at once, empty until an alert
    return shown(saved, generated, reveal=True, health=health)  # only token holders write


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "The body is not JSON."},
    401: {"model": ErrorBody},
    403: {"model": ErrorBody},
    422: {"model": ErrorBody},
}


@router.get("/api/alerts", response_model=list[SavedAlert])
def list_alerts(request: Request) -> list[SavedAlert]:
    """Saved searches with their channels (webhook secrets masked; webhook URLs' credentials and query
    values masked too, unless the request carries the token as `Authorization: Bearer`)."""
    data_dir = settings(request).data_dir
    if not (data_dir / ALERTS_FILE).exists():
        return []
    reveal = has_token(request)
    with AlertState(data_dir) as state:
        healths = state.healths()
        return [shown(s, reveal=reveal, health=healths.get(s.id)) for s in state.list_searches()]


@router.get(
    "/api/alerts/{search_id}",
    response_model=SavedAlert,
    responses={404: {"model": ErrorBody}, 422: {"model": ErrorBody}},
)
def get_alert(search_id: SearchId, request: Request) -> SavedAlert:
    """One saved search with its status (webhook secret masked; recipients only with the token)."""
    data_dir = settings(request).data_dir
    found = health = None
    if (data_dir / ALERTS_FILE).exists():
        with AlertState(data_dir) as state:
            found = state.get_search(search_id)
            health = state.health(search_id)
    if found is None:
        raise HTTPException(404, f"no saved search {search_id!r}")
    return shown(found, reveal=has_token(request), health=health)


@router.post(
    "/api/alerts",
    status_code=201,
    response_model=SavedAlert,
    responses={**ERRORS, 409: {"model": ErrorBody}},
    dependencies=[Depends(require_token)],
)
def create_alert(
    body: AlertCreate, strict: Annotated[AlertCreate, Depends(strict_json(AlertCreate))], request: Request
) -> SavedAlert:
    """Add a saved search. Needs `Authorization: Bearer`. A generated webhook secret is in `new_secret`."""
    return save(settings(request).data_dir, strict.id, strict, replace=False)


@router.put(
    "/api/alerts/{search_id}",
    response_model=SavedAlert,
    responses={**ERRORS, 404: {"model": ErrorBody}},
    dependencies=[Depends(require_token)],
)
def replace_alert(
    search_id: SearchId,
    body: AlertSettings,
    strict: Annotated[AlertSettings, Depends(strict_json(AlertSettings))],
    request: Request,
) -> SavedAlert:
    """Replace a saved search's name, query and channels; what was sent stays sent. Needs `Bearer`."""
    return save(settings(request).data_dir, search_id, strict, replace=True)


@router.delete(
    "/api/alerts/{search_id}",
    status_code=204,
    responses={**ERRORS, 404: {"model": ErrorBody}},
    dependencies=[Depends(require_token)],
)
def delete_alert(search_id: SearchId, request: Request) -> Response:
    """Remove a saved search and its unsent alerts. Needs `Authorization: Bearer`."""
    with AlertState(settings(request).data_dir) as state:
        if not state.remove_search(search_id):
            raise HTTPException(404, f"no saved search {search_id!r}")
    return Response(status_code=204)


def _existing(state: AlertState, search_id: str) -> SavedSearch:
    found = state.get_search(search_id)
    if found is None:
        raise HTTPException(404, f"no saved search {search_id!r}")
    return found


@router.post(
    "/api/alerts/{search_id}/pause",
    response_model=SavedAlert,
    responses={**ERRORS, 404: {"model": ErrorBody}},
    dependencies=[Depends(require_token)],
)
def pause_alert(search_id: SearchId, request: Request) -> SavedAlert:
    """Stop alerting: documents stored while paused never alert; unsent alerts wait. Needs `Bearer`."""
    with AlertState(settings(request).data_dir) as state:
        found = _existing(state, search_id)
        state.pause(search_id)
        return shown(found, reveal=True, health=state.health(search_id))


@router.post(
    "/api/alerts/{search_id}/resume",
    response_model=SavedAlert,
    responses={**ERRORS, 404: {"model": ErrorBody}},
    dependencies=[Depends(require_token)],
)
def resume_alert(search_id: SearchId, request: Request) -> SavedAlert:
    """Alert again after a pause or an automatic disable; the count of failed attempts starts again
    from 0 and waiting alerts go out on the next run. Needs `Bearer`."""
    with AlertState(settings(request).data_dir) as state:
        found = _existing(state, search_id)
        state.resume(search_id)
        return shown(found, reveal=True, health=state.health(search_id))


class DeliveryOut(BaseModel):
    search_id: str
    channel: str
    delivery_id: str
    document_id: str | None = None
    title: str | None = None
    at: str = Field(description="UTC, ISO 8601.")
    outcome: Literal["sent", "failed"]
    test: bool = False
    reason: str | None = Field(default=None, description="Why it failed, in Vietnamese.")
    error: str | None = Field(default=None, description="The channel's own error: with the token only.")


def delivery_out(entry: Delivery, reveal: bool) -> DeliveryOut:
    data = entry.model_dump()
    if not reveal:
        data["error"] = None
    else:
        data["error"] = redact(data["error"]) if data["error"] else None
    return DeliveryOut(**data)


@router.post(
    "/api/alerts/{search_id}/test",
    response_model=list[DeliveryOut],
    responses={**ERRORS, 404: {"model": ErrorBody}},
    dependencies=[Depends(require_token)],
)
def test_alert(search_id: SearchId, request: Request) -> list[DeliveryOut]:
    """Send one sample entry (the newest stored document matching the search) through the webhook and
    e-mail of the saved search now, once each, and record each outcome in its history. Needs `Bearer`."""
    with AlertState(settings(request).data_dir) as state:
        found = _existing(state, search_id)
        done = send_test(state, found, sample_for(request, found))
    return [delivery_out(d, reveal=True) for d in done]


def sample_for(request: Request, search: SavedSearch) -> Any:
    """The sample entry of a test send, from the server's shared store when there is one."""
    try:
        lease = shared_store(request).acquire()
    except (FileNotFoundError, RuntimeError, ConnectionError):
        return sample_alert(search, None)
    try:
        return sample_alert(search, lease.store)
    finally:
        shared_store(request).release(lease)


@router.get(
    "/api/alerts/{search_id}/deliveries",
    response_model=list[DeliveryOut],
    responses={404: {"model": ErrorBody}, 422: {"model": ErrorBody}},
)
def alert_deliveries(search_id: SearchId, request: Request) -> list[DeliveryOut]:
    """Every delivery attempt of a saved search, newest first (the last 500): time, channel, outcome,
    and for a failure its reason in Vietnamese (the channel's own error only with the token)."""
    data_dir = settings(request).data_dir
    if not (data_dir / ALERTS_FILE).exists():
        raise HTTPException(404, f"no saved search {search_id!r}")
    with AlertState(data_dir) as state:
        _existing(state, search_id)
        history = state.history(search_id, limit=500)
    reveal = has_token(request)
    return [delivery_out(d, reveal) for d in history]


@router.get(
    "/feeds/{search_id}.atom",
    response_class=FileResponse,
    responses={200: {"content": {"application/atom+xml": {}}}, 404: {"model": ErrorBody}},
)
def feed(search_id: str, request: Request) -> Response:
    """The Atom feed of a saved search: one entry per alert, newest first; empty until the first one."""
    data_dir = settings(request).data_dir
    if not re.fullmatch(SEARCH_ID_PATTERN, search_id):
        raise HTTPException(404, f"no Atom feed for {search_id!r}")
    path = data_dir / "alerts" / f"{search_id}.atom"
    if path.is_file():
        return FileResponse(path, media_type=ATOM_TYPE)
    found = None
    if (data_dir / ALERTS_FILE).exists():
        with AlertState(data_dir) as state:
            found = state.get_search(search_id)
    if found is None:
        raise HTTPException(404, f"no saved search {search_id!r}, hence no Atom feed")
    return Response(empty_feed(found.id, found.name, found.created_at), media_type=ATOM_TYPE)


ATOM_TYPE = "application/atom+xml; charset=utf-8"
