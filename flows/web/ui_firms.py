"""Firm pages, /firms/{name}: every deal of one firm, the documents that name it, and its other names.

A firm is its canonical name as the tagger gives it (`extract/tag/firms.py`: legal form and "(Việt Nam)"
dropped). Its deals are the deal records (`Store.deal_records`, one per deal however many papers report it)
with a party of that name, accents and case aside (`DealsQuery.party`); parties whose name
only contains its words ("Samsung Electronics" on the page of "Samsung") are listed as other firms, with
their own pages. Its aliases are the bare names the gazetteer (`extract/data/known_firms.json`) files under
it ("SEV" for Samsung Electronics) and the ways the documents on the page write it ("Công ty TNHH ...").
"""

from __future__ import annotations

import functools
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from pydantic import ValidationError

from extract.tag._common import load
from flows.web.api import StoreDep
from flows.web.limits import expensive_slot, filter_problem
from flows.web.render import firm_href
from flows.web.ui import PAGE_SIZE, FormProblem, _offset, _pages, _problem, page
from search.query import fold_key, nfc
from search.records import DealRecord, DealsQuery, SearchQuery

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
FIRM_DEALS = 100  # deal records shown on one firm page; every one is reachable from /deals?firm=...


@functools.cache
def _gazetteer() -> dict[str, list[str]]:
    """Folded canonical name -> every surface form the gazetteer files under it."""
    out: dict[str, list[str]] = {}
    for surface, canon in load("known_firms.json")["firms"].items():
        out.setdefault(fold_key(canon), []).append(surface)
    return out


def gazetteer_aliases(name: str) -> list[str]:
    """The other names `extract/data/known_firms.json` gives the firm `name`.

    >>> "SEV" in gazetteer_aliases("samsung electronics")
    True
    """
    key = fold_key(name)
    return [a for a in _gazetteer().get(key, []) if fold_key(a) != key]


def other_parties(name: str, deals: list[DealRecord]) -> list[str]:
    """Parties of `deals` whose name contains the words of `name` without being it, sorted.

    >>> from search.records import DealParty
    >>> d = DealRecord(id="1", kind="mou", parties=[DealParty(name="Samsung Electronics"),
    ...     DealParty(name="Samsung"), DealParty(name="Viettel")])
    >>> other_parties("samsung", [d])
    ['Samsung Electronics']
    """
    key = fold_key(name)
    others: dict[str, str] = {}
    for d in deals:
        for p in d.parties:
            k = fold_key(p.name)
            if k != key and f" {key} " in f" {k} ":
                others.setdefault(k, p.name)
    return sorted(others.values(), key=fold_key)


@router.get("/firms/{name:path}", dependencies=[Depends(expensive_slot)])
def firm_page(name: str, request: Request, store: StoreDep) -> HTMLResponse:
    name = " ".join(nfc(name).split())
    problem = filter_problem("firm", name) or (None if fold_key(name) else "Tên doanh nghiệp trống.")
    if problem:
        return page(request, "error.html", 400, title="Lỗi", message=problem)
    try:
        offset = _offset(request)
        own = store.deal_records(DealsQuery(party=name, limit=FIRM_DEALS))
        related = store.deal_records(DealsQuery(firm=name, limit=FIRM_DEALS))
        docs = store.search(SearchQuery(firm=name, sort="date", limit=PAGE_SIZE, offset=offset, facets=[]))
    except (FormProblem, ValueError, ValidationError) as exc:
        return page(request, "error.html", 400, title="Lỗi", message=_problem(exc))
    key = fold_key(name)
    written: dict[str, str] = {}  # how the documents on this page write the firm
    for hit in docs.hits:
        found = store.get(hit.id)
        for firm in found.document.tags.firms if found else []:
            if fold_key(firm.name) == key and fold_key(firm.mention) != key:
                written.setdefault(fold_key(firm.mention), " ".join(firm.mention.split()))
    if not own.total and not docs.total:
        return page(
            request,
            "error.html",
            404,
            title="Không tìm thấy doanh nghiệp",
            message=f"Không có thương vụ hay tài liệu nào nhắc đến “{name}”.",
        )
    return page(
        request,
        "firm.html",
        firm=name,
        aliases=gazetteer_aliases(name),
        written=list(written.values()),
        deals=own,
        others=other_parties(name, related.deals),
        docs=docs,
        offset=offset,
        pages=_pages(firm_href(name), {}, offset, docs.total),
        deals_link="/deals?" + f"firm={quote(name)}",
    )
