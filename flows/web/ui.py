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
from flows.deals_export import amount_text, deal_date, vnd_equivalent_text
from flows.web.api import MAX_DEALS_WINDOW, MAX_FACET_VALUES, StoreDep, lookup_decision
from flows.web.chart import bar_chart, currency_label, investment_series
from flows.web.deps import settings
from flows.web.limits import MAX_OFFSET, expensive_slot, filter_problem, query_problem
from flows.web.render import (
    document_marks,
    firm_href,
    http_href,
    marked_sentence,
    marked_text,
    safe_highlight,
)
from flows.web.status import crawl_status
from search.alerts.models import redact
from search.amounts import Amount, minimum_filter, parse_amount
from search.fx import rate_kinds, rate_years
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
DEAL_KIND_LABELS = dict(DEAL_KINDS)  # the kinds the deals filter offers, labelled as in the exports
PARTY_TYPES = {"firm": "Doanh nghiệp", "government": "Cơ quan nhà nước", "organization": "Tổ chức"}
PARTY_ROLES = {
    "investor": "nhà đầu tư",
    "grantor": "cơ quan cấp phép",
    "partner": "đối tác",
    "buyer": "bên mua",
    "seller": "bên bán",
}
STATUSES = {
    "announced": "Đã công bố",
    "signed": "Đã ký kết",
    "licensed": "Đã cấp phép",
    "started": "Đã khởi công",
    "completed": "Đã hoàn thành, đi vào hoạt động",
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
# search-page facets where several values can be chosen at once: repeated in the URL (`year=2024&year=2025`),
# any of them matches (OR), and each facet must match (AND)
MULTI_FIELDS = ("kind", "year", "doc_type")
MULTI_QUERY_FIELDS = {"kind": "kinds", "year": "years", "doc_type": "doc_types"}  # their SearchQuery fields
FACET_SHOWN = 12  # facet values listed per facet (the chosen ones always are)
Params = dict[str, Any]  # field -> value as typed; a list of values for MULTI_FIELDS on the search page
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
    party_role=lambda role: PARTY_ROLES.get(role or "", role or ""),
    path=lambda value: quote(value, safe="/"),
    redact=redact,
    href=http_href,
    firm_href=firm_href,
)
templates.env.globals.update(
    deal_date=deal_date,
    vnd_equivalent=vnd_equivalent_text,
    fx_years=rate_years(),
    fx_kinds=rate_kinds(),
)


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status)


def _filled(request: Request, fields: tuple[str, ...], multi: tuple[str, ...] = ()) -> Params:
    """The form fields the request gives a non-blank value; for the `multi` fields, the list of every
    value given (repeated parameter), each once, in order."""
    out: Params = {}
    for k in fields:
        if k in multi:
            values = list(dict.fromkeys(v.strip() for v in request.query_params.getlist(k) if v.strip()))
            if values:
                out[k] = values
        elif (v := request.query_params.get(k, "")).strip():
            out[k] = v.strip()
    return out


def _values(params: Params, key: str) -> list[str]:
    """A field's values as a list, whether it was given once or several times."""
    value = params.get(key)
    return value if isinstance(value, list) else [value] if value else []


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


def _kind(value: str) -> str:
    if value not in KIND_LABELS:
        kinds = ", ".join(KIND_LABELS)
        raise FormProblem(f"Loại tài liệu không hợp lệ: “{value}” (chọn một trong: {kinds}).")
    return value


def _search_query(params: Params, offset: int) -> SearchQuery:
    for key in MULTI_FIELDS:
        if len(_values(params, key)) > MAX_FACET_VALUES:
            raise FormProblem(f"Chọn quá nhiều giá trị cho {CHIP_LABELS[key]}: tối đa {MAX_FACET_VALUES}.")
    return SearchQuery(
        text=params.get("q", ""),
        province=params.get("province"),
        kinds=[_kind(k) for k in _values(params, "kind")],  # type: ignore[misc]
        source=params.get("source"),
        since=_date(params.get("since"), "Từ ngày"),
        until=_date(params.get("until"), "Đến ngày"),
        years=[y for v in _values(params, "year") if (y := _year(v)) is not None],
        issuer=params.get("issuer"),
        doc_types=_values(params, "doc_type"),
        firm=params.get("firm"),
        sort=params.get("sort", "relevance" if params.get("q") else "date"),  # type: ignore[arg-type]
        limit=PAGE_SIZE,
        offset=offset,
        facets=list(FACETS),  # type: ignore[arg-type]
    )


def _link(base: str, params: Params, **changes: str | list[str] | None) -> str:
    """`base` with the params (a list repeats its parameter), changed by `changes` (None: left out).

    >>> _link("/", {"q": "a", "year": ["2024", "2025"]}, kind="decision")
    '/?q=a&year=2024&year=2025&kind=decision'
    """
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v}
    return base + ("?" + urlencode(kept, doseq=True) if kept else "")


def _toggled(params: Params, key: str, value: str) -> list[str]:
    """The values of a multi-valued field with `value` added, or removed when it was chosen (in any
    spelling: "quyet dinh" is the facet's "Quyết định").

    >>> _toggled({"doc_type": ["quyet dinh"]}, "doc_type", "Quyết định"), _toggled({}, "year", "2024")
    ([], ['2024'])
    """
    values = _values(params, key)
    kept = [v for v in values if fold_key(v) != fold_key(value)]
    return kept if len(kept) < len(values) else [*values, value]


def _limits(params: Params) -> None:
    """ValueError with the one-line reason when the query or a filter is over its limit."""
    problem = query_problem(params.get("q", "")) or next(
        (p for k in params if k != "q" for v in _values(params, k) if (p := filter_problem(k, v))), None
    )
    if problem:
        raise ValueError(problem)


def _pages(base: str, params: Params, offset: int, total: int) -> dict[str, str | None]:
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
    params = _filled(request, SEARCH_FIELDS, MULTI_FIELDS)
    try:
        _limits(params)
        offset = _offset(request)
        query = _search_query(params, offset)
        results = store.search(query)
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
    facets = _search_facets(store, query, params, results.facets)
    pages = _pages("/", params, offset, results.total)
    save_link, not_kept = _alert_link(params)
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
        save_link=save_link,
        not_kept=not_kept,
    )


def _search_facets(
    store: Store, query: SearchQuery, params: Params, counts: dict[str, dict[str, int]]
) -> list[dict[str, Any]]:
    """The search page's facets: label, whether several values can be chosen, and entries of (value,
    count, link, chosen). A link of a multi-valued facet adds or removes its value. The counts of a
    multi-valued facet with a choice are those of the search without that facet (one more count-only
    search each), so the values not chosen yet keep their counts and can be added."""
    out = []
    for name, (param, label) in FACETS.items():
        chosen = _values(params, param)
        multi = param in MULTI_FIELDS
        shown = counts.get(name, {})
        if multi and chosen:
            update = {MULTI_QUERY_FIELDS[param]: [], "limit": 0, "offset": 0, "facets": [name]}
            without = query.model_copy(update=update)
            shown = store.search(without).facets.get(name, {})
        keys = {fold_key(v) for v in chosen}
        values = sorted(shown, reverse=True)[:FACET_SHOWN]
        values += [v for v in chosen if fold_key(v) not in {fold_key(s) for s in values}]
        entries = []
        for value in values:
            on = fold_key(value) in keys
            if multi:
                href = _link("/", params, offset=None, **{param: _toggled(params, param, value)})
            else:
                href = _link("/", params, offset=None, **{param: None if on else value})
            entries.append({"value": value, "count": shown.get(value, 0), "link": href, "on": on})
        if entries:
            out.append({"label": label, "param": param, "multi": multi, "entries": entries})
    return out


def _alert_link(params: Params) -> tuple[str, list[str]]:
    """The alerts page's add form filled with this search, and the labels of the active filters an alert
    cannot hold (the alert form takes one kind and no year, type, issuer, source or dates): said on the
    page, so saving never silently widens the search."""
    kept = {k: v for k, v in params.items() if k in ALERT_PREFILL and len(_values(params, k)) == 1}
    not_kept = [CHIP_LABELS[k] for k in CHIP_LABELS if k in params and k not in kept]
    return _link("/alerts", kept) + "#add", not_kept


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


def _chips(params: Params) -> list[tuple[str, str, str]]:
    """The active filters as (label, value, link without it): each can be removed with one click; a
    multi-valued filter gives one chip per value.

    >>> [(label, value) for label, value, _ in _chips({"q": "a", "kind": ["article", "decision"]})]
    [('Từ khóa', 'a'), ('Loại', 'Tin bài'), ('Loại', 'Văn bản')]
    """
    return [
        (
            label,
            KIND_LABELS.get(value, value) if k == "kind" else value,
            _link("/", params, **{k: _toggled(params, k, value) if k in MULTI_FIELDS else None}),
        )
        for k, label in CHIP_LABELS.items()
        for value in _values(params, k)
    ]


def _api_params(params: Params) -> Params:
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


DEALS_PAGE = 50  # deals per page of the table


def _deal_offset(request: Request) -> int:
    value = request.query_params.get("offset", "0").strip() or "0"
    if not value.isdigit() or int(value) > MAX_DEALS_WINDOW:
        raise FormProblem(
            f"Vị trí trang không hợp lệ: “{value}” (cần một số nguyên từ 0 đến {MAX_DEALS_WINDOW})."
        )
    return int(value)


def _deals_query(params: dict[str, str], offset: int, minimum: Amount | None = None) -> DealsQuery:
    return DealsQuery(
        firm=params.get("firm"),
        counterparty=params.get("counterparty"),
        province=params.get("province"),
        since=_date(params.get("since"), "Từ ngày"),
        until=_date(params.get("until"), "Đến ngày"),
        **minimum_filter(minimum),
        kind=params.get("kind"),  # type: ignore[arg-type]
        limit=DEALS_PAGE,
        offset=offset,
    )


@router.get("/deals", dependencies=[Depends(expensive_slot)])
def deals_page(request: Request, store: StoreDep) -> HTMLResponse:
    """The deals table, one page of DEALS_PAGE deal records, with the chart and totals of every matching
    deal (`Store.deal_summary`) and exports of every matching deal."""
    params = _filled(request, DEAL_FIELDS)
    minimum = None
    try:
        _limits(params)
        offset = _deal_offset(request)
        minimum = parse_amount(params["min_amount"]) if "min_amount" in params else None
        query = _deals_query(params, offset, minimum)
    except (ValueError, ValidationError) as exc:
        return page(request, "deals.html", 400, params=params, error=_problem(exc), kinds=DEAL_KIND_LABELS)
    results = store.deal_records(query)
    summary = store.deal_summary(query)
    charts = [(s.currency, bar_chart(s)) for s in investment_series(summary)]
    before = offset - DEALS_PAGE
    return page(
        request,
        "deals.html",
        params=params,
        error=None,
        results=results,
        summary=summary,
        charts=charts,
        kinds=DEAL_KIND_LABELS,
        minimum=minimum,
        csv_link=_link("/api/deals.csv", params),
        xlsx_link=_link("/api/deals.xlsx", params),
        prev_link=_link("/deals", params, offset=str(before) if before > 0 else None) if offset else None,
        next_link=_link("/deals", params, offset=str(offset + DEALS_PAGE))
        if offset + DEALS_PAGE < results.total
        else None,
        currency_label=currency_label,
    )


@router.get("/deals/{deal_id}")
def deal_page(request: Request, deal_id: str, store: StoreDep) -> HTMLResponse:
    """One deal: parties with their type, kind, status, amounts, province, and the timeline of its reports
    (date, source, link to the document) with the sentence and the deal's words marked."""
    found = store.deal(deal_id)
    if found is None:
        return page(
            request,
            "error.html",
            404,
            title="Không tìm thấy thương vụ",
            message=f"Không có thương vụ mã “{deal_id}” "
            "(có thể nguồn tin của nó đã bị xoá hoặc trích xuất lại).",
        )
    timeline = [(r, marked_sentence(r.sentence, r.marks)) for r in found.reports]
    return page(
        request, "deal.html", deal=found, timeline=timeline, party_types=PARTY_TYPES, statuses=STATUSES
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
