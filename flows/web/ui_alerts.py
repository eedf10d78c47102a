"""Adding and removing saved searches from the alerts page: plain HTML forms, the token typed in the form.

Form bodies are parsed here (application/x-www-form-urlencoded), so no multipart package is needed.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from flows.web.api_alerts import AlertCreate, save
from flows.web.deps import settings, token_matches
from flows.web.ui import render_alerts
from search.alerts.state import AlertState

router = APIRouter(include_in_schema=False)
MAX_FORM_BYTES = 16_384


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


def alert_from_form(form: dict[str, str]) -> AlertCreate:
    """The saved search a submitted alerts form describes (pydantic ValidationError if it is wrong).

    E-mail addresses are separated by commas or spaces; a checkbox is on when it is sent at all.

    >>> a = alert_from_form({"id": "hp", "q": "linh kien", "email": "a@x.vn, b@x.vn", "digest": "daily"})
    >>> (a.query.text, a.email.to, a.email.smtp, a.digest, a.webhook)
    ('linh kien', ['a@x.vn', 'b@x.vn'], 'localhost:25', 'daily', None)
    """
    query = {k: form[k] for k in ("province", "kind", "firm", "decision") if form.get(k)}
    webhook = None
    if form.get("webhook_url"):
        webhook = {
            "url": form["webhook_url"],
            "secret": form.get("secret") or None,
            "allow_private": "allow_private" in form,
        }
    email = None
    if form.get("email"):
        email = {
            "to": form["email"].replace(",", " ").split(),
            "smtp": form.get("smtp") or "localhost:25",
            "sender": form.get("sender") or "cnht@localhost",
            "starttls": "starttls" in form,
        }
    return AlertCreate.model_validate(
        {
            "id": form.get("id", ""),
            "name": form.get("name") or None,
            "query": {"text": form.get("q", ""), **query},
            "webhook": webhook,
            "email": email,
            "digest": form.get("digest") or None,
            "stdout": "stdout" in form,
        }
    )


@router.post("/alerts")
async def create_from_form(request: Request) -> Response:
    form = await _form(request)
    try:
        _check(request, form)  # a wrong token: the form comes back as typed, with the error
        body = alert_from_form(form)
        saved = save(settings(request).data_dir, body.id, body, replace=False)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return render_alerts(
            request, error=f"{where}: {first['msg']}".removeprefix(": "), status=400, form=form
        )
    except HTTPException as exc:
        return render_alerts(request, error=str(exc.detail), status=exc.status_code, form=form)
    if saved.new_secret:  # shown once, on this page: not in a redirect URL
        return render_alerts(request, status=201, new_secret=(saved.id, saved.new_secret))
    return RedirectResponse(f"/alerts?added={body.id}", status_code=303)


@router.post("/alerts/{search_id}/delete")
async def delete_from_form(search_id: str, request: Request) -> Response:
    form = await _form(request)
    _check(request, form)
    with AlertState(settings(request).data_dir) as state:
        if not state.remove_search(search_id):
            raise HTTPException(404, f"Không có tìm kiếm đã lưu {search_id!r}.")
    return RedirectResponse("/alerts", status_code=303)
