"""Saved searches and the alerts they raise."""

from __future__ import annotations

import hashlib
import re
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import BaseModel, Field, field_validator

from search.records import SearchQuery
from search.sqlite_util import utc_now

SEARCH_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"  # also a file name: DATA_DIR/alerts/<id>.atom


SECRET_MASK = "***"
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]*[^\s'\"<>.,;:)\]]")  # not its trailing punctuation


def _redact_url(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an invalid IPv6 literal: hide everything after the scheme
        return url.split("://", 1)[0] + "://" + SECRET_MASK
    netloc = parts.netloc
    if "@" in netloc:
        netloc = SECRET_MASK + "@" + netloc.rsplit("@", 1)[1]
    query = "&".join(
        (pair.split("=", 1)[0] + "=" + SECRET_MASK) if "=" in pair else SECRET_MASK
        for pair in parts.query.split("&")
        if pair
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, SECRET_MASK if parts.fragment else ""))


def redact(text: str) -> str:
    """`text` (a URL, or a message holding URLs) with every URL's user:password and query values masked:
    what webhook URLs may carry as secrets. The one function every display, log line and stored error of
    a webhook URL goes through; only a holder of the API token sees a URL whole.

    >>> redact("https://user:pa55@hooks.example.vn/cnht/in?token=abc&v=2#sig")
    'https://***@hooks.example.vn/cnht/in?token=***&v=***#***'
    >>> redact("webhook https://h.example.vn/x?k=s3cret: HTTP 500")
    'webhook https://h.example.vn/x?k=***: HTTP 500'
    >>> redact("https://hooks.example.vn/cnht")
    'https://hooks.example.vn/cnht'
    """
    return _URL.sub(lambda m: _redact_url(m.group(0)), text)


def delivery_id(search_id: str, document_id: str) -> str:
    """Deterministic id of one alert: the same search and document always give the same id."""
    return hashlib.sha1((search_id + document_id).encode("utf-8")).hexdigest()[:16]


class WebhookTarget(BaseModel):
    """POST JSON to `url`, signed: header X-Cnht-Signature = "sha256=" + hex HMAC-SHA256(secret, body)."""

    url: str
    secret: str
    allow_private: bool = False  # private, loopback and link-local targets are refused unless True

    @field_validator("url")
    @classmethod
    def _http_url(cls, url: str) -> str:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"webhook URL must start with http:// or https://, not {redact(url)!r}")
        return url


class EmailTarget(BaseModel):
    """Mail to `to` through the SMTP server `smtp` ("HOST:PORT"); login from CNHT_SMTP_USER/PASSWORD."""

    to: list[str]
    smtp: str = "localhost:25"
    sender: str = "cnht@localhost"
    starttls: bool = False

    @field_validator("smtp")
    @classmethod
    def _host_port(cls, value: str) -> str:
        host, sep, port = value.rpartition(":")
        if not sep or not host or not port.isdigit():
            raise ValueError(f"SMTP server must be HOST:PORT, not {value!r}")
        return value

    @field_validator("to")
    @classmethod
    def _addresses(cls, to: list[str]) -> list[str]:
        if not to or any("@" not in a for a in to):
            raise ValueError(f"e-mail addresses must look like name@example.vn, not {to!r}")
        return to


class SavedSearch(BaseModel):
    id: str = Field(pattern=SEARCH_ID_PATTERN)
    name: str
    query: SearchQuery
    channels: list[str] = Field(default_factory=lambda: ["atom", "stdout"])
    created_at: str = Field(default_factory=utc_now)
    # -- added with issue 6 (optional) --
    webhook: WebhookTarget | None = None  # used by the "webhook" channel
    email: EmailTarget | None = None  # used by the "email" channel
    digest: Literal["hourly", "daily"] | None = None  # webhook/email: one message per period, not per alert


class MatchReasons(BaseModel):
    """Why a document matched a saved search: what in the document hit which part of the query."""

    terms: list[str] = Field(default_factory=list)  # query words/phrases (all of them matched)
    decisions: list[str] = Field(default_factory=list)  # canonical decision numbers asked for and found
    firms: list[str] = Field(default_factory=list)  # firm names hit by the firm filter or the query words
    amounts: list[str] = Field(default_factory=list)  # amounts within the query's range, as written
    provinces: list[str] = Field(default_factory=list)  # names the province filter hit

    def summary(self) -> str:
        """One line: "terms: công nghiệp hỗ trợ; decisions: 26/2023/QĐ-UBND"."""
        parts = (
            ("terms", self.terms),
            ("decisions", self.decisions),
            ("firms", self.firms),
            ("amounts", self.amounts),
            ("provinces", self.provinces),
        )
        return "; ".join([f"{k}: {', '.join(v)}" for k, v in parts if v])


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
    reasons: MatchReasons = Field(default_factory=MatchReasons)  # added with issue 6
    other_sources: list[str] = Field(default_factory=list)  # URLs of copies of the story on other sites


class Digest(BaseModel):
    """Alerts of one saved search for one channel and one period (hour or day, Vietnamese time)."""

    digest_id: str  # the same period and alerts always give the same id
    search_id: str
    search_name: str
    period: str  # "2026-11-23T05" (hourly) or "2026-11-23" (daily)
    alerts: list[Alert]
