"""The web UI: server-rendered pages (Jinja2, one CSS file, no JavaScript), labels in Vietnamese."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from flows.deals_export import amount_text, deal_date
from flows.web.api import StoreDep, lookup_decision
from flows.web.chart import bar_chart, investment_series
from flows.web.deps import ALERTS_FILE, settings
from flows.web.limits import MAX_OFFSET, expensive_slot, filter_problem, query_problem
from flows.web.render import document_marks, http_href, marked_text, safe_highlight
from flows.web.status import crawl_status
from search.alerts.models import redact
from search.alerts.state import AlertState
from search.records import DealResults, DealsQuery, SearchQuery
from search.store import Store

TEMPLATES_DIR = Path(__file__).parent / "templates"
PAGE_SIZE = 10
# facet name -> (query parameter, Vietnamese label), in the order shown
FACETS: dict[str, tuple[str, str]] = {
    "province": ("province", "Tỉnh/thành"),
    "kind": ("kind", "Loại tài liệu"),
    "year": ("year", "Năm"),
    "issuer": ("issuer", "Cơ quan ban hành"),
    "doc_type": ("doc_type", "Loại văn bản"),
}
KIND_LABELS = {"article": "Tin bài", "decision": "Văn bản", "listing": "Danh sách", "other": "Khác"}
DEAL_KIND_LABELS = {
    "mou": "Ghi nhớ (MoU)",
    "supply_contract": "Hợp đồng cung ứng",
    "investment": "Đầu tư",
    "groundbreaking": "Khởi công",
    "cooperation": "Hợp tác",
}
SEARCH_FIELDS = (
    "q",
    "province",
    "kind",
    "source",
    "since",
    "until",
    "year",
    "issuer",
    "doc_type",
    "firm",
    "sort",
)
DEAL_FIELDS = ("firm", "counterparty", "province", "since", "until", "min_amount", "kind")

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(
    env=jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True)
)
templates.env.filters.update(
    highlight=safe_highlight,
    amount=lambda value, currency=None: amount_text(value, currency),
    day=lambda value: (value or "")[:10] or "—",
    kind_label=lambda kind: KIND_LABELS.get(kind, kind),
    deal_kind=lambda kind: DEAL_KIND_LABELS.get(kind, kind),
    path=lambda value: quote(value, safe="/"),
    redact=redact,
    href=http_href,
)


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _filled(request: Request, fields: tuple[str, ...]) -> dict[str, str]:
    """The form fields the request gives a non-blank value."""
    return {k: v.strip() for k in fields if (v := request.query_params.get(k, "")).strip()}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _search_query(params: dict[str, str], offset: int) -> SearchQuery:
    return SearchQuery(
        text=params.get("q", ""),
        province=params.get("province"),
        kind=params.get("kind"),  # type: ignore[arg-type]
        source=params.get("source"),
        since=_date(params.get("since")),
        until=_date(params.get("until")),
        year=int(params["year"]) if "year" in params else None,
        issuer=params.get("issuer"),
        doc_type=params.get("doc_type"),
        firm=params.get("firm"),
        sort=params.get("sort", "relevance" if params.get("q") else "date"),  # type: ignore[arg-type]
        limit=PAGE_SIZE,
        offset=offset,
        facets=list(FACETS),  # type: ignore[arg-type]
    )


def _link(base: str, params: dict[str, str], **changes: str | None) -> str:
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v}
    return base + ("?" + urlencode(kept) if kept else "")


def _limits(params: dict[str, str]) -> None:
    """ValueError with the one-line reason when the query or a filter is over its limit."""
    problem = query_problem(params.get("q", "")) or next(
        (p for k, v in params.items() if k != "q" and (p := filter_problem(k, v))), None
    )
    if problem:
        raise ValueError(problem)


def _problem(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(map(str, first['loc']))}: {first['msg']}".removeprefix(": ")
    return str(exc)


@router.get("/", dependencies=[Depends(expensive_slot)])
def search_page(request: Request, store: StoreDep) -> HTMLResponse:
    params = _filled(request, SEARCH_FIELDS)
    try:
        _limits(params)
        offset = max(0, int(request.query_params.get("offset", "0") or 0))
        if offset > MAX_OFFSET:
            raise ValueError(f"offset {offset}: tối đa / at most {MAX_OFFSET}")
        results = store.search(_search_query(params, offset))
    except (ValueError, ValidationError) as exc:
        return page(request, "search.html", 400, params=params, results=None, error=_problem(exc))
    facets = [
        (label, param, params.get(param), results.facets.get(name, {}))
        for name, (param, label) in FACETS.items()
    ]
    pages = {
        "prev": _link("/", params, offset=str(offset - PAGE_SIZE) if offset > PAGE_SIZE else None)
        if offset
        else None,
        "next": _link("/", params, offset=str(offset + PAGE_SIZE))
        if offset + PAGE_SIZE < results.total
        else None,
    }
    return page(
        request,
        "search.html",
        params=params,
        results=results,
        error=None,
        facets=facets,
        offset=offset,
        pages=pages,
        link=lambda **changes: _link("/", params, offset=None, **changes),
    )


@router.get("/documents/{doc_id}")
def document_page(doc_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    found = store.get(doc_id)
    if found is None:
        return page(
            request, "error.html", 404, title="Không tìm thấy", message=f"Không có tài liệu {doc_id!r}."
        )
    doc = found.document
    return page(request, "document.html", doc=found, body=marked_text(doc.text, document_marks(doc)))


@router.get("/decisions/{number:path}", dependencies=[Depends(expensive_slot)])
def decision_page(number: str, request: Request, store: StoreDep) -> HTMLResponse:
    problem = filter_problem("number", number)
    if problem:
        return page(request, "error.html", 400, title="Lỗi", message=problem)
    try:
        found = lookup_decision(store, number)
    except HTTPException as exc:
        return page(
            request, "error.html", exc.status_code, title="Không tìm thấy văn bản", message=exc.detail
        )
    return page(request, "decision.html", found=found, decision=found.decision)


def _doc_provinces(store: Store, results: DealResults) -> dict[str, str]:
    """For deals without a province: their document's first filing province (its source's), today's unit."""
    from extract.tag.places import current_unit

    out = {}
    for doc_id in {r.document_id for r in results.rows if r.province is None and r.amount is not None}:
        found = store.get(doc_id)
        if found is not None and found.provinces:
            out[doc_id] = current_unit(found.provinces[0]) or found.provinces[0]
    return out


@router.get("/deals", dependencies=[Depends(expensive_slot)])
def deals_page(request: Request, store: StoreDep) -> HTMLResponse:
    params = _filled(request, DEAL_FIELDS)
    try:
        _limits(params)
        query = DealsQuery(
            firm=params.get("firm"),
            counterparty=params.get("counterparty"),
            province=params.get("province"),
            since=_date(params.get("since")),
            until=_date(params.get("until")),
            min_amount=float(params["min_amount"]) if "min_amount" in params else None,
            kind=params.get("kind"),  # type: ignore[arg-type]
            limit=1000,
        )
    except (ValueError, ValidationError) as exc:
        return page(request, "deals.html", 400, params=params, error=_problem(exc), kinds=DEAL_KIND_LABELS)
    results = store.deals(query)
    charts = [
        (s.currency, bar_chart(s)) for s in investment_series(results.rows, _doc_provinces(store, results))
    ]
    return page(
        request,
        "deals.html",
        params=params,
        error=None,
        results=results,
        charts=charts,
        kinds=DEAL_KIND_LABELS,
        csv_link=_link("/api/deals.csv", params, limit="10000"),
        deal_date=deal_date,
    )


@router.get("/alerts")
def alerts_page(request: Request) -> HTMLResponse:
    return render_alerts(request)


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
    searches = []
    if (data_dir / ALERTS_FILE).exists():
        with AlertState(data_dir) as state:
            searches = state.list_searches()
    recent = {s.id: recent_alerts(data_dir, s.id) for s in searches}
    typed = {k: v for k, v in (form or {}).items() if k not in ("token", "secret")}
    return page(
        request,
        "alerts.html",
        status,
        searches=searches,
        recent=recent,
        writable=bool(settings(request).token),
        error=error,
        form=typed,
        added=request.query_params.get("added") if new_secret is None else new_secret[0],
        new_secret=new_secret[1] if new_secret else None,
        kinds=KIND_LABELS,
    )


@router.get("/status")
def status_page(request: Request) -> HTMLResponse:
    from flows.cli_status import ago

    return page(request, "status.html", rows=crawl_status(settings(request).data_dir), ago=ago)


@router.get("/api")
def api_page(request: Request) -> HTMLResponse:
    """The API's routes, rendered from the OpenAPI schema (no Swagger UI: it would load from a CDN)."""
    schema = request.app.openapi()
    operations = [(path, method, op) for path, ops in schema["paths"].items() for method, op in ops.items()]
    return page(request, "api.html", operations=operations, writable=bool(settings(request).token))
