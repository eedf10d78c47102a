"""The JSON API under /api: search, documents, decisions, deals, status (saved searches: api_alerts.py)."""

from __future__ import annotations

import contextlib
import csv
import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import PlainTextResponse, Response, StreamingResponse
from pydantic import BaseModel

from flows.deals_export import Headers, deals_xlsx, iter_deals_csv
from flows.web.deps import ALERTS_FILE, has_store, read_store, settings
from flows.web.limits import MAX_QUERY_CHARS, check_request, expensive_slot
from flows.web.status import SourceStatus, crawl_status
from flows.web.validation import IsoDate, known_query_params_only
from search.alerts.state import AlertState
from search.amounts import MAX_INPUT_CHARS as MAX_AMOUNT_CHARS
from search.amounts import AmountError, minimum_filter, parse_amount
from search.amounts import input_pattern as amount_input_pattern
from search.fx import rate_kinds, rate_years
from search.query import decision_keys
from search.records import (
    ALL_FACETS,
    DealKind,
    DealPage,
    DealRecord,
    DealsQuery,
    DealSummary,
    DecisionLookup,
    FacetName,
    IndexedDocument,
    Kind,
    SearchQuery,
    SearchResults,
)
from search.store import Store

router = APIRouter(dependencies=[Depends(known_query_params_only)])
StoreDep = Annotated[Store, Depends(read_store)]
MAX_DEALS_WINDOW = 1_000_000  # offset + limit of one page of deals
RATE_KINDS = rate_kinds("en")  # the kinds of dong rate by year, for the min_amount description


class Health(BaseModel):
    status: Literal["ok", "no store"]
    documents: int
    saved_searches: int


class ErrorBody(BaseModel):
    error: str


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody},
    422: {"model": ErrorBody},
    503: {"model": ErrorBody, "description": "Busy: too many searches at once; retry after `Retry-After`."},
}
MAX_FACET_VALUES = 20  # values of one repeated filter (kind, year, doc_type) in one search
EXPENSIVE = [Depends(expensive_slot)]  # at most a few at once per process (flows/web/limits.py)


@router.get("/api/health", response_model=Health, tags=["status"])
def health(request: Request) -> Health:
    """Whether the server is up, with how many documents and saved searches it serves."""
    data_dir = settings(request).data_dir
    documents = 0
    if has_store(data_dir):
        with contextlib.closing(read_store(request)) as stores:  # 503 if it cannot be read
            documents = next(stores).count()
    searches = 0
    if (data_dir / ALERTS_FILE).exists():
        with AlertState(data_dir) as state:
            searches = len(state.list_searches())
    status: Literal["ok", "no store"] = "ok" if has_store(data_dir) else "no store"
    return Health(status=status, documents=documents, saved_searches=searches)


@router.get("/api/status", response_model=list[SourceStatus], tags=["status"])
def status(request: Request) -> list[SourceStatus]:
    """Crawl health per source (last run, pages, errors by kind, flags), as `cnht status --json`."""
    return crawl_status(settings(request).data_dir)


CSV_RESPONSE: dict[int | str, dict[str, Any]] = {200: {"content": {"text/csv": {}}}}


def search_filters(
    q: Annotated[
        str,
        Query(
            description=f'Words (all must match), "phrases"; accents optional. At most {MAX_QUERY_CHARS:,} '
            "characters, 32 words and phrases, 8 phrases."
        ),
    ] = "",
    province: Annotated[str | None, Query(description="Old or current name, accents optional.")] = None,
    kind: Annotated[
        list[Kind],
        Query(max_length=MAX_FACET_VALUES, description="Repeat for several kinds: any of them matches."),
    ] = [],  # noqa: B006
    source: str | None = None,
    since: IsoDate | None = None,
    until: IsoDate | None = None,
    year: Annotated[
        list[int],
        Query(max_length=MAX_FACET_VALUES, description="Repeat for several years: any of them matches."),
    ] = [],  # noqa: B006
    issuer: str | None = None,
    doc_type: Annotated[
        list[str],
        Query(max_length=MAX_FACET_VALUES, description="Repeat for several types: any of them matches."),
    ] = [],  # noqa: B006
    firm: str | None = None,
    min_amount: Annotated[float | None, Query(description="Some amount >= this, VND base units.")] = None,
    sort: Literal["relevance", "date"] = "relevance",
) -> SearchQuery:
    """The filters shared by the search routes (JSON and CSV), within the request limits."""
    types = {f"doc_type[{i}]": t for i, t in enumerate(doc_type or [])}
    check_request(q, province=province, source=source, issuer=issuer, firm=firm, **types)
    return SearchQuery(
        text=q,
        province=province,
        kinds=kind or [],
        source=source,
        since=since,
        until=until,
        years=year or [],
        issuer=issuer,
        doc_types=doc_type or [],
        firm=firm,
        min_amount=min_amount,
        sort=sort,
    )


SearchFilters = Annotated[SearchQuery, Depends(search_filters)]


@router.get(
    "/api/search", response_model=SearchResults, responses=ERRORS, tags=["search"], dependencies=EXPENSIVE
)
def search(
    store: StoreDep,
    filters: SearchFilters,
    limit: Annotated[int, Query(ge=0, le=100)] = 10,
    offset: Annotated[int, Query(ge=0, le=10_000)] = 0,
    facets: Annotated[list[FacetName] | None, Query(description="Facets to count (default: all).")] = None,
) -> SearchResults:
    """Full-text search with filters; `facets` counts the whole matching set; highlights use `<b>`."""
    query = filters.model_copy(
        update={
            "limit": limit,
            "offset": offset,
            "facets": list(facets if facets is not None else ALL_FACETS),
        }
    )
    return store.search(query)


SEARCH_CSV_COLUMNS = ["published", "kind", "title", "url", "source", "provinces", "score", "snippet"]


@router.get(
    "/api/search.csv",
    response_class=PlainTextResponse,
    responses=CSV_RESPONSE,
    tags=["search"],
    dependencies=EXPENSIVE,
)
def search_as_csv(
    store: StoreDep, filters: SearchFilters, limit: Annotated[int, Query(ge=1, le=10_000)] = 1000
) -> PlainTextResponse:
    """The hits of a search as CSV (UTF-8 with BOM, one line per hit), with `/api/search`'s filters."""
    found = store.search(filters.model_copy(update={"limit": limit, "offset": 0, "facets": []}))
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(SEARCH_CSV_COLUMNS)
    for hit in found.hits:
        snippet = " … ".join(hit.highlights[:2]).replace("<b>", "").replace("</b>", "")
        writer.writerow(
            [(hit.published or "")[:10], hit.kind, hit.title or "", hit.url, hit.source or "",
             " ; ".join(hit.provinces), round(hit.score, 4), snippet]
        )  # fmt: skip
    return PlainTextResponse(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="cnht-search.csv"'},
    )


@router.get("/api/documents/{doc_id}", response_model=IndexedDocument, responses=ERRORS, tags=["documents"])
def document(doc_id: str, store: StoreDep) -> IndexedDocument:
    """One stored document (current version) with its text, metadata and tags."""
    found = store.get(doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return found


def lookup_decision(store: Store, number: str, limit: int = 100) -> DecisionLookup:
    """The decision and what cites it; 404 if nothing stored is or cites it, or if `number` is no decision
    number at all (then the message says so)."""
    keys = decision_keys(number)
    if not keys.full and not keys.partial:
        raise HTTPException(404, f"{number!r} is not a decision number (e.g. 26/2023/QĐ-UBND, QĐ 26/2023)")
    found = store.decision(number, limit=limit)
    if not found.decisions and not found.citing:
        raise HTTPException(404, f"no stored document is or cites {number!r}")
    return found


@router.get(
    "/api/decisions/{number:path}",
    response_model=DecisionLookup,
    responses=ERRORS,
    tags=["decisions"],
    dependencies=EXPENSIVE,
)
def decision(
    number: str, store: StoreDep, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> DecisionLookup:
    """A decision by number in any spelling (26/2023/QD-UBND, QĐ 26/2023) with the documents citing it."""
    check_request(number=number)
    return lookup_decision(store, number, limit)


def deals_query(
    firm: str | None = None,
    counterparty: str | None = None,
    province: str | None = None,
    since: IsoDate | None = None,
    until: IsoDate | None = None,
    min_amount: Annotated[
        str | None,
        Query(
            max_length=MAX_AMOUNT_CHARS,
            pattern=amount_input_pattern(),
            description='At least this amount: "100 tỷ", "1,5 nghìn tỷ", "500 triệu USD" or base units '
            "(100000000000). Deals in the minimum's currency are compared as they are, deals in other "
            "currencies in VND at the rate of the deal's year (search/fx.py, rates for "
            f"{rate_years()}: {RATE_KINDS}); in a year without a rate only deals in the "
            "minimum's currency can meet it.",
        ),
    ] = None,
    currency: Annotated[str, Query(max_length=8, description="Currency of a bare min_amount.")] = "VND",
    kind: DealKind | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_DEALS_WINDOW)] = 0,
) -> DealsQuery:
    check_request(firm=firm, counterparty=counterparty, province=province)
    minimum = None
    if min_amount is not None and min_amount.strip():
        try:
            minimum = parse_amount(min_amount, currency)
        except AmountError as exc:
            raise HTTPException(422, str(exc)) from None
    return DealsQuery(
        firm=firm,
        counterparty=counterparty,
        province=province,
        since=since,
        until=until,
        **minimum_filter(minimum),
        kind=kind,
        limit=min(limit, MAX_DEALS_WINDOW - offset) or 1,
        offset=offset,
    )


DealsDep = Annotated[DealsQuery, Depends(deals_query)]


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_RESPONSE: dict[int | str, dict[str, Any]] = {200: {"content": {XLSX: {}}}}


def _csv(store: Store, query: DealsQuery, headers: Headers = "vi") -> StreamingResponse:
    """Every deal matching the query (not one page) as CSV, streamed one deal at a time."""
    return StreamingResponse(
        iter_deals_csv(store.iter_deal_records(query), headers),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="cnht-deals.csv"'},
    )


@router.get(
    "/api/deals",
    response_model=DealPage,
    responses={**ERRORS, **CSV_RESPONSE},
    tags=["deals"],
    dependencies=EXPENSIVE,
)
def deals(store: StoreDep, query: DealsDep, format: Literal["json", "csv"] = "json") -> Any:
    """One page of deal records (`offset`, `limit` ≤ 1000), newest announcement first, each with every
    report of it (document, sentence) and `total`: every matching deal. `format=csv` gives every matching
    deal as CSV."""
    return _csv(store, query) if format == "csv" else store.deal_records(query)


@router.get(
    "/api/deals/summary",
    response_model=DealSummary,
    responses=ERRORS,
    tags=["deals"],
    dependencies=EXPENSIVE,
)
def deals_summary(store: StoreDep, query: DealsDep) -> DealSummary:
    """Totals and announced amounts by currency, month and province over every matching deal (the chart)."""
    return store.deal_summary(query)


@router.get(
    "/api/deals.csv",
    response_class=PlainTextResponse,
    responses=CSV_RESPONSE,
    tags=["deals"],
    dependencies=EXPENSIVE,
)
def deals_as_csv(store: StoreDep, query: DealsDep, headers: Headers = "vi") -> StreamingResponse:
    """Every matching deal as CSV, one row per deal (UTF-8 with BOM; `headers=en` for machine headers)."""
    return _csv(store, query, headers)


@router.get(
    "/api/deals.xlsx",
    response_class=Response,
    responses=XLSX_RESPONSE,
    tags=["deals"],
    dependencies=EXPENSIVE,
)
def deals_as_xlsx(store: StoreDep, query: DealsDep, headers: Headers = "vi") -> Response:
    """Every matching deal as an .xlsx workbook: a sheet of deals, a sheet of every report of each."""
    return Response(
        deals_xlsx(store.iter_deal_records(query), headers),
        media_type=XLSX,
        headers={"Content-Disposition": 'attachment; filename="cnht-deals.xlsx"'},
    )


@router.get(
    "/api/deals/{deal_id}",
    response_model=DealRecord,
    responses=ERRORS,
    tags=["deals"],
)
def deal(deal_id: str, store: StoreDep) -> DealRecord:
    """One deal record by id, with every report of it."""
    found = store.deal(deal_id)
    if found is None:
        raise HTTPException(404, f"không có thương vụ {deal_id} / no deal {deal_id}")
    return found
