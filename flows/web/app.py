"""`create_app(data_dir, token)`: the FastAPI app serving the JSON API, the Atom feeds and the web UI."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from flows.web import api, api_alerts, ui, ui_alerts, ui_archive, ui_firms
from flows.web.deps import NoStoreError, WebSettings
from flows.web.limits import new_gate
from flows.web.stores import SharedStore
from flows.web.validation import allowed_methods

STATIC_DIR = Path(__file__).parent / "static"


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith(("/api/", "/feeds/", "/openapi", "/docs"))


def _readable(errors: list[Any]) -> str:
    """Pydantic/FastAPI validation errors as one line: "query.limit: Input should be ... (got 'x')"."""
    lines = []
    for e in errors:
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body" or len(e.get("loc", ())) == 1)
        got = f" (got {e['input']!r})" if "input" in e and not isinstance(e["input"], dict | list) else ""
        lines.append(f"{where}: {e.get('msg', 'invalid')}{got}".removeprefix(": "))
    return "; ".join(lines) or "invalid request"


def _error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    titles = {404: "Không tìm thấy", 405: "Phương thức không được hỗ trợ", 503: "Chưa có dữ liệu"}
    answer = ui.page(request, "error.html", status, title=titles.get(status, "Lỗi"), message=message)
    answer.headers.update(headers or {})
    return answer


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Open the shared store when the server starts (if there is one yet), close it when it stops."""
    stores: SharedStore = app.state.store
    # no store yet, or Elasticsearch not up yet: requests answer 503 until there is one
    with suppress(FileNotFoundError, RuntimeError, ConnectionError):
        stores.release(stores.acquire())
    yield
    stores.close()


def create_app(data_dir: Path, token: str | None) -> FastAPI:
    """The app for `data_dir`, whose store each server process opens once, read-only, and shares between
    requests. Without `token` the write endpoints (POST/PUT/DELETE /api/alerts) answer 403; with it they
    need `Authorization: Bearer <token>`."""
    app = FastAPI(
        lifespan=lifespan,
        title="cnht",
        summary="Vietnamese supporting-industry news and decisions: search, decisions, deals, alerts.",
        version="0.1.0",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN: /api renders the schema server-side instead
        redoc_url=None,
    )
    app.state.settings = WebSettings(data_dir=Path(data_dir), token=token or None)
    app.state.store = SharedStore(Path(data_dir))
    app.state.gate = new_gate()  # expensive requests at once (flows/web/limits.py)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = getattr(exc, "headers", None)
        if exc.status_code == 405:  # every method of the path, not only those of the first route matched
            headers = {
                **(headers or {}),
                "Allow": ", ".join(allowed_methods(app.router.routes, request.scope)),
            }
        return _error(request, exc.status_code, str(exc.detail), headers)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 422, _readable(list(exc.errors())))

    @app.exception_handler(ValidationError)
    async def bad_value(request: Request, exc: ValidationError) -> Response:
        return _error(request, 422, _readable(list(exc.errors())))

    @app.exception_handler(NoStoreError)
    async def no_store(request: Request, exc: NoStoreError) -> Response:
        return _error(request, 503, str(exc))

    app.include_router(api.router)
    app.include_router(api_alerts.router)
    app.include_router(ui.router)
    app.include_router(ui_alerts.router)
    app.include_router(ui_firms.router)
    app.include_router(ui_archive.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
