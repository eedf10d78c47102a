"""Records the search layer takes and gives, shared by every backend (embedded, Elasticsearch)."""

from __future__ import annotations

import datetime as dt
import hashlib
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


class DealsQuery(BaseModel):
    firm: str | None = None  # words of one party's name, accents optional
    counterparty: str | None = None  # words of another party's name
    province: str | None = None  # old or current name
    since: dt.date | None = None  # deal date (or publication date when the deal has none)
    until: dt.date | None = None
    min_amount: float | None = None  # in `currency`, base units
    currency: str = "VND"
    kind: Literal["mou", "supply_contract", "investment", "groundbreaking", "cooperation"] | None = None
    limit: int = 100


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


class DealResults(BaseModel):
    total: int
    rows: list[DealRow] = Field(default_factory=list)
