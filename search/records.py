"""Records the search layer takes and gives, shared by every backend (embedded, Elasticsearch)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, Field

from extract.models import Document


def document_id(canonical_url: str) -> str:
    """Stable id of a page: the same canonical URL always gives the same id."""
    return hashlib.sha1(canonical_url.encode("utf-8")).hexdigest()[:16]


class IndexedDocument(BaseModel):
    """A Document as stored: with its id, where it came from and the names it is filed under."""

    id: str
    document: Document
    source: str | None = None
    # every name the document is filed under, old and current: "Hải Dương", "Thành phố Hải Phòng"
    provinces: list[str] = Field(default_factory=list)
    fetched_at: str  # ISO 8601
    content_hash: str  # sha256 of the raw body this version was extracted from
    version: int = 1


FacetName = Literal["kind", "province", "source", "year", "month", "issuer", "doc_type", "firm", "amount"]
DEFAULT_FACETS: tuple[FacetName, ...] = ("kind", "province")
ALL_FACETS: tuple[FacetName, ...] = (
    "kind",
    "province",
    "source",
    "year",
    "month",
    "issuer",
    "doc_type",
    "firm",
    "amount",
)


Kind = Literal["article", "decision", "listing", "other"]


class SearchQuery(BaseModel):
    text: str = ""  # full text; words are ANDed; "quoted phrases"; accents optional
    province: str | None = None  # old or current name, accents optional
    kind: Kind | None = None
    source: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    ids: list[str] | None = None  # restrict to these document ids (alert evaluation)
    sort: Literal["relevance", "date"] = "relevance"
    limit: int = 10
    offset: int = 0
    # -- added with issue 6 (all optional) --
    year: int | None = None  # year of publication (Vietnamese calendar)
    month: str | None = Field(default=None, pattern=r"^\d{4}-(0[1-9]|1[0-2])$")  # "2024-05"
    issuer: str | None = None  # words of the issuing body (decision metadata), accents optional
    doc_type: str | None = None  # "Quyết định", "quyet dinh", ...
    firm: str | None = None  # words of a firm name tagged in the document ("samsung", "Alpha")
    min_amount: float | None = None  # some amount in `currency` in the document is >= this (base units)
    max_amount: float | None = None  # ... and <= this
    currency: str = "VND"  # currency of min_amount/max_amount and of the "amount" facet
    decision: str | None = None  # documents that are or cite this decision number (any spelling)
    facets: list[FacetName] = Field(default_factory=lambda: list(DEFAULT_FACETS))
    # -- added with issue 14: several values of one facet; a document matches any of them (with `kind`,
    # `year`, `doc_type` when those are set too: `search.query.any_of`), and every facet must match --
    kinds: list[Kind] = Field(default_factory=list)
    years: list[int] = Field(default_factory=list)
    doc_types: list[str] = Field(default_factory=list)


class SearchHit(BaseModel):
    id: str
    url: str
    title: str | None
    kind: str
    source: str | None
    published: str | None
    provinces: list[str]
    score: float
    highlights: list[str]  # snippets with matched words in <b>...</b>, original accents kept


@dataclass(frozen=True)
class BatchMatches:
    """The hits of saved searches over a batch of new documents (`Store.match_deferred`), before their
    snippets: `hits[i]` are query i's hits with `highlights` possibly empty; `highlight(i, hit)` gives
    the hit with the snippets `match_batch` gives it. Alert evaluation makes snippets only for the hits
    it alerts on."""

    hits: list[list[SearchHit]]
    highlight: Callable[[int, SearchHit], SearchHit]


class SearchResults(BaseModel):
    total: int
    hits: list[SearchHit]
    # counts over the whole matching set: {"kind": {"article": 12}, "province": {...}}
    facets: dict[str, dict[str, int]] = Field(default_factory=dict)


class PutResult(BaseModel):
    new: list[str] = Field(default_factory=list)  # ids stored for the first time
    changed: list[str] = Field(default_factory=list)  # ids whose content hash changed (version + 1)
    unchanged: list[str] = Field(default_factory=list)


# -- decision lookup and deals (issue 6) -----------------------------------------------------------------


class DecisionMention(BaseModel):
    """A document that cites or mentions a decision, with the sentences where it does."""

    id: str
    url: str
    title: str | None = None
    kind: str
    source: str | None = None
    published: str | None = None
    numbers: list[str] = Field(default_factory=list)  # the canonical numbers cited that matched
    contexts: list[str] = Field(default_factory=list)  # the sentence around each mention


class DecisionLookup(BaseModel):
    query: str  # as typed
    numbers: list[str] = Field(default_factory=list)  # canonical numbers found (several if no issuer given)
    decisions: list[IndexedDocument] = Field(default_factory=list)  # documents that ARE it, newest first
    citing: list[DecisionMention] = Field(default_factory=list)  # documents citing it, newest first
    total_citing: int = 0  # all citing documents (citing holds at most `limit`)

    @property
    def decision(self) -> IndexedDocument | None:
        return self.decisions[0] if self.decisions else None


DealKind = Literal[
    "mou",
    "supply_contract",
    "investment",
    "groundbreaking",
    "cooperation",
    "joint_venture",
    "acquisition",
    "investment_licence",
    "investment_announcement",
    "inauguration",
]


class DealsQuery(BaseModel):
    firm: str | None = None  # words of one party's name, accents optional
    party: str | None = None  # one party's whole name, accents and case aside (a firm's page)
    counterparty: str | None = None  # words of another party's name
    province: str | None = None  # old or current name
    since: dt.date | None = None  # deal date (or publication date when the deal has none)
    until: dt.date | None = None
    # at least this, in `currency` base units; deals in other currencies compared in VND at the deal
    # year's sourced rate, deals of a year without one only in `currency` (search/fx.py `meets_minimum`,
    # `vnd_floors`)
    min_amount: float | None = None
    currency: str = "VND"
    kind: DealKind | None = None  # a kind, or a merge group's name ("investment": licences too)
    limit: int = 100
    offset: int = 0  # deal records: the page starts after this many (`Store.deal_records`)
    # deal records whose VND equivalent (`DealRecord.amount_vnd`) is at least this; see search/deal_merge.py
    min_vnd: float | None = None


class DealRow(BaseModel):
    document_id: str
    url: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    kind: str
    parties: list[str]
    amount: float | int | None = None
    currency: str | None = None
    province: str | None = None
    date: str | None = None
    sentence: str  # document.text[start:end]: the sentence the deal was found in


# -- deal records: one deal, many reports (issue 15) ------------------------------------------------------


class DealParty(BaseModel):
    name: str  # a firm's canonical name, or a government body / organisation as written
    type: Literal["firm", "government", "organization"] = "firm"
    role: str | None = None  # investor, grantor, partner, buyer, seller


class DealReport(BaseModel):
    """One report of a deal: one deal event in one document's sentence (the evidence of a deal record)."""

    document_id: str
    url: str
    title: str | None = None
    source: str | None = None
    published: str | None = None
    kind: str
    parties: list[DealParty]
    amount: float | int | None = None
    currency: str | None = None
    province: str | None = None  # today's unit of the project or plant, as the tagger gives it
    province_keys: list[str] = Field(default_factory=list)  # keys the report is filed under (filters)
    date: str | None = None  # the event's own date (ISO), when the text gives one
    status: str | None = None
    sentence: str  # document.text[start:end]
    start: int = 0  # the sentence's place in document.text (with document_id: the report's identity)
    end: int = 0
    marks: list[tuple[int, int]] = Field(default_factory=list)  # spans of `sentence`: parties and amount

    @property
    def day(self) -> str:
        """The event's date, else its document's publication date (YYYY-MM-DD), else ""."""
        return self.date or (self.published or "")[:10]


class DealAmount(BaseModel):
    value: float | int
    currency: str | None = None


class DealRecord(BaseModel):
    """One deal however many papers report it (`search.deal_merge`): stable id, every report as evidence
    (earliest first), the earliest date as the announcement date, every distinct amount."""

    id: str  # stable: the same reports always give the same id
    kind: str  # the earliest report's kind
    kinds: list[str] = Field(default_factory=list)  # every kind reported (a licence and an announcement)
    parties: list[DealParty] = Field(default_factory=list)
    status: str | None = None  # the furthest status reported (announced < signed < licensed < started ...)
    date: str | None = None  # announcement date: the earliest report's day
    province: str | None = None  # the earliest report's province that names one; None: unknown
    province_keys: list[str] = Field(default_factory=list)
    amounts: list[DealAmount] = Field(default_factory=list)  # every distinct amount reported, earliest first
    amount_vnd: float | None = None  # VND equivalent of the announced amount (`amounts[0]`), when known
    reports: list[DealReport] = Field(default_factory=list)

    @property
    def amount(self) -> DealAmount | None:
        """The amount when every report that gives one agrees, else None (see `amounts`)."""
        return self.amounts[0] if len(self.amounts) == 1 else None

    @property
    def announced_amount(self) -> DealAmount | None:
        """The first amount reported: what the chart and the totals add up."""
        return self.amounts[0] if self.amounts else None

    @property
    def first_url(self) -> str:
        return self.reports[0].url if self.reports else ""


class DealPage(BaseModel):
    total: int  # every deal matching the query
    offset: int = 0
    limit: int = 100
    deals: list[DealRecord] = Field(default_factory=list)


class DealBucket(BaseModel):
    """Announced amounts of the matching deals of one month and province, in one currency."""

    currency: str  # an ISO code, or "VND≈" for VND equivalents (`DealRecord.amount_vnd`)
    month: str  # "2025-03"
    province: str | None = None  # None: the deals whose province is unknown
    amount: float
    deals: int


class DealSummary(BaseModel):
    """Totals over every deal matching a query, computed by the store (never over a page of rows)."""

    total: int  # deals
    with_amount: int = 0  # deals giving an amount
    first_day: str | None = None  # earliest announcement date among them
    last_day: str | None = None
    totals: dict[str, float] = Field(default_factory=dict)  # currency -> sum of announced amounts
    buckets: list[DealBucket] = Field(default_factory=list)  # by currency, month and province
