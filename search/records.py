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


class SearchQuery(BaseModel):
    text: str = ""  # full text; words are ANDed; "quoted phrases"; accents optional
    province: str | None = None  # old or current name, accents optional
    kind: Literal["article", "decision", "listing", "other"] | None = None
    source: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    ids: list[str] | None = None  # restrict to these document ids (alert evaluation)
    sort: Literal["relevance", "date"] = "relevance"
    limit: int = 10
    offset: int = 0


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
