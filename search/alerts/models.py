"""Saved searches and the alerts they raise."""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, Field

from search.records import SearchQuery
from search.sqlite_util import utc_now

SEARCH_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"  # also a file name: DATA_DIR/alerts/<id>.atom


def delivery_id(search_id: str, document_id: str) -> str:
    """Deterministic id of one alert: the same search and document always give the same id."""
    return hashlib.sha1((search_id + document_id).encode("utf-8")).hexdigest()[:16]


class SavedSearch(BaseModel):
    id: str = Field(pattern=SEARCH_ID_PATTERN)
    name: str
    query: SearchQuery
    channels: list[str] = Field(default_factory=lambda: ["atom", "stdout"])
    created_at: str = Field(default_factory=utc_now)


class Alert(BaseModel):
    search_id: str
    search_name: str
    document_id: str
    url: str
    title: str | None = None
    published: str | None = None
    matched: list[str] = Field(default_factory=list)  # highlight snippets (HTML, <b>) or the matched terms
    delivery_id: str
    alerted_at: str = Field(default_factory=utc_now)
