"""Adding and removing saved searches from the alerts page: plain HTML forms, the token typed in the form.

Form bodies are parsed here (application/x-www-form-urlencoded), so no multipart package is needed.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import ValidationError

from flows.web.api import AlertCreate, add_saved_search
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


@router.post("/alerts")
async def create_from_form(request: Request) -> Response:
    form = await _form(request)
    _check(request, form)
    query = {k: form[k] for k in ("province", "kind", "firm", "decision") if form.get(k)}
    try:
        body = AlertCreate(
            id=form.get("id", ""), name=form.get("name") or None, query={"text": form.get("q", ""), **query}
        )
        add_saved_search(settings(request).data_dir, body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        return render_alerts(request, error=f"{where}: {first['msg']}", status=400, form=form)
    except HTTPException as exc:
        return render_alerts(request, error=str(exc.detail), status=exc.status_code, form=form)
    return RedirectResponse(f"/alerts?added={body.id}", status_code=303)


@router.post("/alerts/{search_id}/delete")
async def delete_from_form(search_id: str, request: Request) -> Response:
    form = await _form(request)
    _check(request, form)
    with AlertState(settings(request).data_dir) as state:
        if not state.remove_search(search_id):
            raise HTTPException(404, f"Không có tìm kiếm đã lưu {search_id!r}.")
    return RedirectResponse("/alerts", status_code=303)
