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

from extract.relations import LABELS as RELATION_LABELS
from extract.relations import relations
from flows.cli_status import vietnam_time
from flows.deals_export import KIND_LABELS as DEAL_KINDS
from flows.deals_export import amount_text, deal_date
from flows.web.api import StoreDep, lookup_decision
from flows.web.chart import bar_chart, investment_series
from flows.web.deps import settings
from flows.web.limits import MAX_OFFSET, expensive_slot, filter_problem, query_problem
from flows.web.render import document_marks, http_href, marked_text, safe_highlight
from flows.web.status import crawl_status
from search.alerts.models import redact
from search.query import fold_key
from search.records import DealsQuery, IndexedDocument, SearchHit, SearchQuery
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
DEAL_KIND_LABELS = {  # the kinds the deals filter offers, labelled as in the exports
    k: DEAL_KINDS[k] for k in ("mou", "supply_contract", "investment", "groundbreaking", "cooperation")
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
DECISION_FIELDS = ("q", "doc_type", "issuer", "province", "year", "status")
DEAL_FIELDS = ("firm", "counterparty", "province", "since", "until", "min_amount", "kind")

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
templates = Jinja2Templates(
    env=jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES_DIR), autoescape=True)
)
templates.env.filters.update(
    highlight=safe_highlight,
    amount=lambda value, currency=None: amount_text(value, currency),
    day=lambda value: (value or "")[:10] or "—",
    vntime=vietnam_time,
    vndate=lambda value: "/".join(reversed(value[:10].split("-"))) if value else "",
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


class FormProblem(ValueError):
    """A form value a person typed wrong; its message is Vietnamese and names the field."""


def _date(value: str | None, label: str = "Ngày") -> dt.date | None:
    """A YYYY-MM-DD form value.

    >>> try:
    ...     _date("2024-02-30", "Từ ngày")
    ... except FormProblem as exc:
    ...     print(str(exc).split(" (")[0])
    Từ ngày không hợp lệ: “2024-02-30”
    """
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FormProblem(
            f"{label} không hợp lệ: “{value}” (cần một ngày có thật, dạng năm-tháng-ngày, ví dụ 2024-01-31)."
        ) from None


def _offset(request: Request) -> int:
    value = request.query_params.get("offset", "0").strip() or "0"
    if not value.isdigit():
        raise FormProblem(f"Vị trí trang không hợp lệ: “{value}” (cần một số nguyên không âm).")
    if int(value) > MAX_OFFSET:
        raise FormProblem(
            f"Vị trí trang quá xa: {value}, tối đa {MAX_OFFSET} / offset {value}: at most {MAX_OFFSET}"
        )
    return int(value)


def _year(value: str | None) -> int | None:
    if not value:
        return None
    if not value.isdigit() or not 1900 <= int(value) <= 2100:
        raise FormProblem(f"Năm không hợp lệ: “{value}” (cần bốn chữ số, ví dụ 2024).")
    return int(value)


def _search_query(params: dict[str, str], offset: int) -> SearchQuery:
    return SearchQuery(
        text=params.get("q", ""),
        province=params.get("province"),
        kind=params.get("kind"),  # type: ignore[arg-type]
        source=params.get("source"),
        since=_date(params.get("since"), "Từ ngày"),
        until=_date(params.get("until"), "Đến ngày"),
        year=_year(params.get("year")),
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


def _pages(base: str, params: dict[str, str], offset: int, total: int) -> dict[str, str | None]:
    """Links to the previous and next page of results (None where there is none).

    >>> _pages("/", {"q": "a"}, 10, 25)
    {'prev': '/?q=a', 'next': '/?q=a&offset=20'}
    """
    before = offset - PAGE_SIZE
    return {
        "prev": _link(base, params, offset=str(before) if before > 0 else None) if offset else None,
        "next": _link(base, params, offset=str(offset + PAGE_SIZE)) if offset + PAGE_SIZE < total else None,
    }


def _problem(exc: Exception) -> str:
    if isinstance(exc, FormProblem):
        return str(exc)
    if isinstance(exc, ValidationError):
        first = exc.errors()[0]
        return f"{'.'.join(map(str, first['loc']))}: {first['msg']}".removeprefix(": ")
    return str(exc)


@router.get("/", dependencies=[Depends(expensive_slot)])
def search_page(request: Request, store: StoreDep) -> HTMLResponse:
    params = _filled(request, SEARCH_FIELDS)
    try:
        _limits(params)
        offset = _offset(request)
        results = store.search(_search_query(params, offset))
    except (ValueError, ValidationError) as exc:  # the chips stay, so a wrong filter is one click away
        return page(
            request,
            "search.html",
            400,
            params=params,
            results=None,
            error=_problem(exc),
            chips=_chips(params),
        )
    facets = [
        (label, param, params.get(param), results.facets.get(name, {}))
        for name, (param, label) in FACETS.items()
    ]
    pages = _pages("/", params, offset, results.total)
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
        meta=_decision_meta(store, results.hits),
        chips=_chips(params),
        exports={
            "CSV": _link("/api/search.csv", params, limit=str(EXPORT_LIMIT)),
            "JSON": _link("/api/search", _api_params(params), limit="100"),
        },
        save_link=_link("/alerts", {k: v for k, v in params.items() if k in ALERT_PREFILL}) + "#add",
    )


EXPORT_LIMIT = 10_000
CHIP_LABELS = {
    "q": "Từ khóa",
    "province": "Tỉnh/thành",
    "kind": "Loại",
    "source": "Nguồn",
    "since": "Từ ngày",
    "until": "Đến ngày",
    "year": "Năm",
    "issuer": "Cơ quan",
    "doc_type": "Loại văn bản",
    "firm": "Doanh nghiệp",
}


def _chips(params: dict[str, str]) -> list[tuple[str, str, str]]:
    """The active filters as (label, value, link without it): each can be removed with one click."""
    return [
        (
            label,
            KIND_LABELS.get(params[k], params[k]) if k == "kind" else params[k],
            _link("/", params, **{k: None}),
        )
        for k, label in CHIP_LABELS.items()
        if params.get(k)
    ]


def _api_params(params: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in params.items() if k in SEARCH_FIELDS}


@router.get("/documents/{doc_id}")
def document_page(doc_id: str, request: Request, store: StoreDep) -> HTMLResponse:
    found = store.get(doc_id)
    if found is None:
        return page(
            request, "error.html", 404, title="Không tìm thấy", message=f"Không có tài liệu {doc_id!r}."
        )
    doc = found.document
    return page(request, "document.html", doc=found, body=marked_text(doc.text, document_marks(doc)))


def _decision_meta(store: Store, hits: list[SearchHit]) -> dict[str, Any]:
    """The decision metadata (number, type, status ...) of the decision hits, by document id."""
    found = {hit.id: store.get(hit.id) for hit in hits if hit.kind == "decision"}
    return {i: d.document.decision for i, d in found.items() if d is not None and d.document.decision}


REGISTER_SCAN = 500  # decisions read per register page when a status filter is set (status is not indexed)


@router.get("/decisions", dependencies=[Depends(expensive_slot)])
def decisions_page(request: Request, store: StoreDep) -> HTMLResponse:
    """The register: stored legal documents, newest first, by type, issuer, province, year, status, text."""
    params = _filled(request, DECISION_FIELDS)
    status = params.get("status", "")
    try:
        _limits(params)
        offset = _offset(request)
        query = _search_query({**params, "kind": "decision", "sort": "date"}, 0 if status else offset)
        if status:  # filter a bounded scan by status, then page within it
            query = query.model_copy(update={"limit": REGISTER_SCAN})
        results = store.search(query)
    except (ValueError, ValidationError) as exc:
        return page(request, "decisions.html", 400, params=params, results=None, error=_problem(exc))
    meta = _decision_meta(store, results.hits)
    hits, total = results.hits, results.total
    if status:
        wanted = fold_key(status)
        hits = [h for h in hits if h.id in meta and wanted in fold_key(meta[h.id].status or "")]
        total, hits = len(hits), hits[offset : offset + PAGE_SIZE]
    pages = _pages("/decisions", params, offset, total)
    facets = [
        (label, param, params.get(param), results.facets.get(name, {}))
        for name, (param, label) in FACETS.items()
        if name != "kind"
    ]
    return page(
        request,
        "decisions.html",
        params=params,
        error=None,
        hits=hits,
        total=total,
        meta=meta,
        facets=facets,
        pages=pages,
        link=lambda **changes: _link("/decisions", params, offset=None, **changes),
    )


def _relations_of(doc: IndexedDocument) -> list[Any]:
    own = doc.document.decision.number if doc.document.decision else None
    return relations(f"{doc.document.title or ''}\n{doc.document.text}", own)


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
    decision = found.decision
    outgoing = _relations_of(decision) if decision else []
    incoming = []  # (relation, the citing document) for the citing texts that amend, replace ... this one
    for mention in found.citing:
        if mention.kind != "decision" or not (other := store.get(mention.id)):
            continue
        incoming += [(r, mention) for r in _relations_of(other) if r.number in found.numbers]
    cited = decision.document.decision.cited if decision and decision.document.decision else []
    stored = {c.number: store.decision(c.number, limit=1).decision is not None for c in cited if c.number}
    return page(
        request,
        "decision.html",
        found=found,
        decision=decision,
        outgoing=outgoing,
        incoming=incoming,
        cited=cited,
        stored=stored,
        relation_labels=RELATION_LABELS,
    )


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
    charts = [(s.currency, bar_chart(s)) for s in investment_series(results.rows)]
    return page(
        request,
        "deals.html",
        params=params,
        error=None,
        results=results,
        charts=charts,
        kinds=DEAL_KIND_LABELS,
        csv_link=_link("/api/deals.csv", params, limit="10000"),
        xlsx_link=_link("/api/deals.xlsx", params, limit="10000"),
        deal_date=deal_date,
    )


ALERT_PREFILL = ("q", "province", "kind", "firm", "decision")


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
