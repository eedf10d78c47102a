"""The alerts pages: the list (with notices of failing and disabled alerts and the latest deliveries), a
page per saved search (its status, delivery history, pause/resume and test-send), an edit form, and a
confirmation page before deleting. Plain HTML forms, the token typed in each form that changes something.

No page shows a recipient (webhook URL, e-mail address): a GET carries no token. The edit form leaves
them blank, and a blank field keeps what is saved.

Form bodies are parsed here (application/x-www-form-urlencoded), so no multipart package is needed.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from flows.web.api_alerts import AlertCreate, AlertSettings, sample_for, save
from flows.web.deps import ALERTS_FILE, settings, token_matches
from flows.web.ui import ALERT_PREFILL, KIND_LABELS, _filled, page
from search.alerts.manage import send_test
from search.alerts.models import SavedSearch
from search.alerts.state import MAX_FAILURES, AlertState, Delivery, SearchHealth

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
MAX_FORM_BYTES = 16_384
RECENT_DELIVERIES = 20  # on the list page, all saved searches together
HISTORY_SHOWN = 50  # on a saved search's own page
QUERY_FIELDS = ("province", "kind", "firm", "decision", "source")


async def _form(request: Request) -> dict[str, str]:
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise HTTPException(413, "Biểu mẫu quá lớn.")
    pairs = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: v[0].strip() for k, v in pairs.items()}


def _check(request: Request, form: dict[str, str]) -> None:
    if not settings(request).token:
        raise HTTPException(
            403, "Máy chủ chưa cấu hình token: chạy `cnht serve --token ...` để bật thao tác ghi."
        )
    if not token_matches(request, form.get("token", "")):
        raise HTTPException(401, "Token không đúng.")


def _problem(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}".removeprefix(": ")


def _settings_dict(form: dict[str, str], before: SavedSearch | None = None) -> dict[str, Any]:
    """The AlertSettings fields a submitted form describes. Editing (`before` given): a blank webhook
    URL or e-mail field keeps the saved one, unless its "remove" box is ticked; query settings the form
    has no field for (amounts, dates, ...) are kept as saved."""
    query: dict[str, Any] = before.query.model_dump(exclude_defaults=True) if before is not None else {}
    query |= {k: form.get(k) or None for k in QUERY_FIELDS}
    webhook = email = None
    if form.get("webhook_url"):
        webhook = {
            "url": form["webhook_url"],
            "secret": form.get("secret") or None,
            "allow_private": "allow_private" in form,
        }
    elif before is not None and before.webhook is not None and "drop_webhook" not in form:
        webhook = {
            "url": before.webhook.url,
            "secret": form.get("secret") or None,
            "allow_private": "allow_private" in form,
        }
    if form.get("email"):
        email = {"to": form["email"].replace(",", " ").split()}
    elif before is not None and before.email is not None and "drop_email" not in form:
        email = {"to": list(before.email.to)}
    if email is not None:
        email |= {
            "smtp": form.get("smtp") or "localhost:25",
            "sender": form.get("sender") or "cnht@localhost",
            "starttls": "starttls" in form,
        }
    return {
        "name": form.get("name") or None,
        "query": {**query, "text": form.get("q", "")},
        "webhook": webhook,
        "email": email,
        "digest": form.get("digest") or None,
        "stdout": "stdout" in form,
    }


def alert_from_form(form: dict[str, str]) -> AlertCreate:
    """The saved search a submitted alerts form describes (pydantic ValidationError if it is wrong).

    E-mail addresses are separated by commas or spaces; a checkbox is on when it is sent at all.

    >>> a = alert_from_form({"id": "hp", "q": "linh kien", "email": "a@x.vn, b@x.vn", "digest": "daily"})
    >>> (a.query.text, a.email.to, a.email.smtp, a.digest, a.webhook)
    ('linh kien', ['a@x.vn', 'b@x.vn'], 'localhost:25', 'daily', None)
    """
    return AlertCreate.model_validate({"id": form.get("id", ""), **_settings_dict(form)})


def edit_from_form(form: dict[str, str], before: SavedSearch) -> AlertSettings:
    """The new settings of `before` from its edit form; blank recipients keep the saved ones.

    >>> from search.alerts.models import EmailTarget
    >>> from search.records import SearchQuery
    >>> old = SavedSearch(id="a", name="a", query=SearchQuery(text="x"), email=EmailTarget(to=["a@x.vn"]))
    >>> edit_from_form({"q": "y", "email": ""}, old).email.to
    ['a@x.vn']
    >>> edit_from_form({"q": "y", "drop_email": "on"}, old).email is None
    True
    """
    return AlertSettings.model_validate(_settings_dict(form, before))


def _form_of(search: SavedSearch) -> dict[str, str]:
    """The edit form's fields for a saved search, recipients left out (never shown on a page)."""
    q = search.query
    form = {"q": q.text, "name": search.name, "digest": search.digest or ""}
    form |= {k: str(getattr(q, k)) for k in QUERY_FIELDS if getattr(q, k)}
    if "stdout" in search.channels:
        form["stdout"] = "on"
    if search.webhook is not None and search.webhook.allow_private:
        form["allow_private"] = "on"
    if search.email is not None:
        form |= {"smtp": search.email.smtp, "sender": search.email.sender}
        if search.email.starttls:
            form["starttls"] = "on"
    return form


def _open_state(request: Request) -> AlertState | None:
    data_dir = settings(request).data_dir
    return AlertState(data_dir) if (data_dir / ALERTS_FILE).exists() else None


def _lookup(request: Request, search_id: str) -> tuple[SavedSearch, SearchHealth, list[Delivery]]:
    """The saved search, its health and its history; a Vietnamese 404 when there is no such search."""
    state = _open_state(request)
    found = None
    if state is not None:
        with state:
            found = state.get_search(search_id)
            health = state.health(search_id)
            history = state.history(search_id, HISTORY_SHOWN)
    if found is None:
        raise HTTPException(404, f"Không có tìm kiếm đã lưu “{search_id}”.")
    return found, health, history


def _not_found(request: Request, exc: HTTPException) -> HTMLResponse:
    return page(request, "error.html", exc.status_code, title="Không tìm thấy", message=exc.detail)


# -- the list --------------------------------------------------------------------------------------------


@router.get("/alerts")
def alerts_page(request: Request) -> HTMLResponse:
    """The alerts page; `?q=...&province=...` (the search page's "save as alert") fills the add form."""
    return render_alerts(request, form=_filled(request, ALERT_PREFILL) or None)


def render_alerts(
    request: Request,
    error: str | None = None,
    status: int = 200,
    form: dict[str, str] | None = None,
    new_secret: tuple[str, str] | None = None,
) -> HTMLResponse:
    """The alerts page; after a failed form, with the error and the fields as typed (never the token);
    after creating a webhook without a secret, the (search id, generated secret), shown this once."""
    from flows.web.feeds import recent_alerts

    data_dir = settings(request).data_dir
    searches: list[SavedSearch] = []
    healths: dict[str, SearchHealth] = {}
    deliveries: list[Delivery] = []
    state = _open_state(request)
    if state is not None:
        with state:
            searches = state.list_searches()
            healths = state.healths()
            deliveries = state.history(limit=RECENT_DELIVERIES)
    recent = {s.id: recent_alerts(data_dir, s.id) for s in searches}
    typed = {k: v for k, v in (form or {}).items() if k not in ("token", "secret")}
    names = {s.id: s.name for s in searches}
    return page(
        request,
        "alerts.html",
        status,
        searches=searches,
        healths=healths,
        deliveries=deliveries,
        names=names,
        recent=recent,
        writable=bool(settings(request).token),
        error=error,
        form=typed,
        added=request.query_params.get("added") if new_secret is None else new_secret[0],
        new_secret=new_secret[1] if new_secret else None,
        kinds=KIND_LABELS,
        max_failures=MAX_FAILURES,
    )


@router.post("/alerts")
async def create_from_form(request: Request) -> Response:
    form = await _form(request)
    try:
        _check(request, form)  # a wrong token: the form comes back as typed, with the error
        body = alert_from_form(form)
        saved = save(settings(request).data_dir, body.id, body, replace=False)
    except ValidationError as exc:
        return render_alerts(request, error=_problem(exc), status=400, form=form)
    except HTTPException as exc:
        return render_alerts(request, error=str(exc.detail), status=exc.status_code, form=form)
    if saved.new_secret:  # shown once, on this page: not in a redirect URL
        return render_alerts(request, status=201, new_secret=(saved.id, saved.new_secret))
    return RedirectResponse(f"/alerts?added={body.id}", status_code=303)


# -- one saved search ------------------------------------------------------------------------------------

DONE = {
    "paused": "Đã tạm dừng: tài liệu mới không được báo cho tới khi bật lại.",
    "resumed": "Đã bật lại: số lần thất bại liên tiếp về 0; cảnh báo đang chờ sẽ được gửi ở lượt sau.",
    "edited": "Đã lưu thay đổi.",
}


def render_alert(
    request: Request,
    search_id: str,
    *,
    error: str | None = None,
    status: int = 200,
    tested: list[Delivery] | None = None,
) -> HTMLResponse:
    try:
        search, health, history = _lookup(request, search_id)
    except HTTPException as exc:
        return _not_found(request, exc)
    return page(
        request,
        "alert.html",
        status,
        s=search,
        health=health,
        history=history,
        writable=bool(settings(request).token),
        error=error,
        done=DONE.get(request.query_params.get("done", "")),
        tested=tested,
        max_failures=MAX_FAILURES,
    )


@router.get("/alerts/{search_id}")
def alert_page(search_id: str, request: Request) -> HTMLResponse:
    return render_alert(request, search_id)


async def _act(request: Request, search_id: str, action: str) -> Response:
    form = await _form(request)
    try:
        _check(request, form)
    except HTTPException as exc:
        return render_alert(request, search_id, error=str(exc.detail), status=exc.status_code)
    try:
        _lookup(request, search_id)
    except HTTPException as exc:
        return _not_found(request, exc)
    with AlertState(settings(request).data_dir) as state:
        if action == "pause":
            state.pause(search_id)
            return RedirectResponse(f"/alerts/{search_id}?done=paused", status_code=303)
        if action == "resume":
            state.resume(search_id)
            return RedirectResponse(f"/alerts/{search_id}?done=resumed", status_code=303)
        search = state.get_search(search_id)
        assert search is not None
        done = send_test(state, search, sample_for(request, search))
    if not done:
        return render_alert(
            request, search_id, error="Tìm kiếm này không có webhook hay e-mail để gửi thử.", status=400
        )
    return render_alert(request, search_id, tested=done)


@router.post("/alerts/{search_id}/pause")
async def pause_from_form(search_id: str, request: Request) -> Response:
    return await _act(request, search_id, "pause")


@router.post("/alerts/{search_id}/resume")
async def resume_from_form(search_id: str, request: Request) -> Response:
    return await _act(request, search_id, "resume")


@router.post("/alerts/{search_id}/test")
async def test_from_form(search_id: str, request: Request) -> Response:
    return await _act(request, search_id, "test")


# -- edit --------------------------------------------------------------------------------------------------


def render_edit(
    request: Request,
    search_id: str,
    form: dict[str, str] | None = None,
    error: str | None = None,
    status: int = 200,
) -> HTMLResponse:
    try:
        search, _, _ = _lookup(request, search_id)
    except HTTPException as exc:
        return _not_found(request, exc)
    typed = {k: v for k, v in (form or _form_of(search)).items() if k not in ("token", "secret")}
    return page(
        request,
        "alert_edit.html",
        status,
        s=search,
        form=typed,
        error=error,
        kinds=KIND_LABELS,
        writable=bool(settings(request).token),
    )


@router.get("/alerts/{search_id}/edit")
def edit_page(search_id: str, request: Request) -> HTMLResponse:
    return render_edit(request, search_id)


@router.post("/alerts/{search_id}/edit")
async def edit_from_post(search_id: str, request: Request) -> Response:
    form = await _form(request)
    try:
        _check(request, form)
        before, _, _ = _lookup(request, search_id)
        body = edit_from_form(form, before)
        save(settings(request).data_dir, search_id, body, replace=True)
    except ValidationError as exc:
        return render_edit(request, search_id, form, _problem(exc), 400)
    except HTTPException as exc:
        return render_edit(request, search_id, form, str(exc.detail), exc.status_code)
    return RedirectResponse(f"/alerts/{search_id}?done=edited", status_code=303)


# -- delete, after a confirmation -------------------------------------------------------------------


@router.get("/alerts/{search_id}/delete")
def delete_page(search_id: str, request: Request) -> HTMLResponse:
    """The confirmation step: what deleting removes, and a form that does it."""
    return render_delete(request, search_id)


def render_delete(
    request: Request, search_id: str, error: str | None = None, status: int = 200
) -> HTMLResponse:
    try:
        search, _, _ = _lookup(request, search_id)
    except HTTPException as exc:
        return _not_found(request, exc)
    with AlertState(settings(request).data_dir) as state:
        waiting = sum(1 for a, _ in state.pending() if a.search_id == search_id)
    return page(
        request,
        "alert_delete.html",
        status,
        s=search,
        waiting=waiting,
        error=error,
        writable=bool(settings(request).token),
    )


@router.post("/alerts/{search_id}/delete")
async def delete_from_form(search_id: str, request: Request) -> Response:
    """Delete once confirmed: the confirmation page sends `confirm=yes`; anything else shows it."""
    form = await _form(request)
    if form.get("confirm") != "yes":
        return RedirectResponse(f"/alerts/{search_id}/delete", status_code=303)
    try:
        _check(request, form)
    except HTTPException as exc:
        return render_delete(request, search_id, str(exc.detail), exc.status_code)
    with AlertState(settings(request).data_dir) as state:
        if not state.remove_search(search_id):
            return _not_found(request, HTTPException(404, f"Không có tìm kiếm đã lưu “{search_id}”."))
    return RedirectResponse(f"/alerts?deleted={search_id}", status_code=303)
