"""The sources registry: every site cnht crawls is a declaration in a YAML file, validated here.

A source says where it is (start URLs), how new pages are discovered (RSS/Atom feed, sitemap, or paginated
listing pages with CSS selectors), which province it covers and whether it publishes news or legal
documents. No site knowledge lives in code paths: the generic spider reads these records.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from crawlers.urls import FETCHED_SCHEMES, is_robots_url, robots_url_problem


class SourcesError(ValueError):
    """The sources file is missing or invalid; the message names the file and the bad field."""


# A host name as allowed_domains takes it: labels of letters, digits and '-', joined by dots.
_DOMAIN = re.compile(
    r"^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$"
)


def check_domain(value: str) -> str:
    """A domain as Scrapy's `allowed_domains` reads it (it also covers subdomains), lower-cased; a URL,
    a port or a path is refused with the fix.

    >>> check_domain("Files.HaNoi.gov.vn")
    'files.hanoi.gov.vn'
    >>> check_domain("https://cdn.tinh.gov.vn/files/")
    Traceback (most recent call last):
    ValueError: 'https://cdn.tinh.gov.vn/files/' is not a domain: write the host alone, e.g. 'cdn.tinh.gov.vn'
    """
    domain = value.strip().lower()
    if _DOMAIN.match(domain):
        return domain
    host = urlsplit(domain if "//" in domain else "//" + domain).hostname or ""
    hint = f", e.g. {host!r}" if host and _DOMAIN.match(host) else ""
    raise ValueError(f"{value!r} is not a domain: write the host alone{hint}")


class Discovery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["feed", "sitemap", "listing"]
    # feed URLs, sitemap URLs (or a site's https://host/robots.txt: the sitemaps its `Sitemap:` lines
    # list are read, index or urlset, gzipped or not), or first listing pages
    urls: list[str] = Field(min_length=1)
    links: str | None = None  # listing: CSS selector of article links (ending in ::attr(href))
    next_page: str | None = None  # listing: CSS selector of the next listing page link
    max_pages: int = Field(default=5, ge=1)  # listing: how many listing pages to follow per start URL
    # listing: CSS selector of each item's date text (e.g. "div.item span.date::text"). With the setting
    # CNHT_SINCE (ISO date), next pages stop being followed once every dated item on a page is older. Each
    # link's own date (crawlers/listing.py) asks for an archived article again when it is later than our
    # last fetch, as a feed's date does.
    dates: str | None = None

    @field_validator("urls")
    @classmethod
    def _http_only(cls, value: list[str]) -> list[str]:
        """Only http(s) is ever fetched: a `file:` start URL would read the crawling machine's disk. A URL
        still holding a `{name}` placeholder and no scheme is a template awaiting its variables."""
        for url in value:
            scheme = urlsplit(url.strip()).scheme.lower()
            if scheme in FETCHED_SCHEMES or (not scheme and re.match(r"\{\w+\}", url.strip())):
                continue
            raise ValueError(f"{url!r}: only http:// and https:// URLs are fetched")
        return value

    @field_validator("urls")
    @classmethod
    def _robots_txt_names_sitemaps(cls, value: list[str], info: ValidationInfo) -> list[str]:
        """A robots.txt is discovery only for a sitemap source, and only at a site's root."""
        for url in value:
            if not is_robots_url(url):
                continue
            if info.data.get("type") != "sitemap":
                raise ValueError(f"{url!r}: a robots.txt is read for its sitemaps: use `type: sitemap`")
            problem = robots_url_problem(url)
            if problem:
                raise ValueError(f"{url!r}: {problem}")
        return value

    @model_validator(mode="after")
    def _links_needed_for_listing(self) -> Discovery:
        if self.type == "listing" and not self.links:
            raise ValueError("a listing discovery needs `links`, the CSS selector of article links")
        return self


SelectorKey = Literal["title", "lead", "body", "published", "remove"]


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    province: str  # as the site names it; mapped to today's unit when indexed
    kind: Literal["news", "decisions"]
    discovery: Discovery
    allowed_domains: list[str] = Field(default_factory=list)  # default: the hosts of the start URLs
    # decision sources: hosts (and their subdomains) that may serve attachment files, and nothing else
    attachment_domains: list[str] = Field(default_factory=list)
    article_pattern: str | None = None  # regex an article URL must match (feeds and sitemaps list others too)
    settings: dict[str, Any] = Field(default_factory=dict)  # Scrapy setting overrides for this source
    # Site rules for the extractor, CSS selectors: title, lead, body, published (the element holding the
    # date text), remove (elements to drop before extraction). Only where generic extraction gets it wrong.
    selectors: dict[SelectorKey, str] | None = None
    verified: bool = (
        False  # discovery and page shape confirmed (how: crawlers/SOURCES.md); False: a best guess
    )
    notes: str | None = None  # evidence, caveats, what to check before relying on the source

    @field_validator("attachment_domains")
    @classmethod
    def _bare_host_names_on_decision_sources(cls, value: list[str], info: ValidationInfo) -> list[str]:
        if value and info.data.get("kind") == "news":
            raise ValueError("only `kind: decisions` sources fetch attachments")
        return [check_domain(v) for v in value]

    @field_validator("selectors")
    @classmethod
    def _selectors_are_css(cls, value: dict[str, str] | None) -> dict[str, str] | None:
        """Checked by the extractor's own compiler, so what loads here is what extraction can use."""
        from extract.site_rules import SelectorError, compile_selectors  # the extractor, on demand

        try:
            compile_selectors(value or {})
        except SelectorError as exc:
            raise ValueError(str(exc)) from None
        return value or None

    def domains(self) -> list[str]:
        if self.allowed_domains:
            return self.allowed_domains
        return sorted({urlsplit(u).hostname or "" for u in self.discovery.urls} - {""})


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    settings: dict[str, Any] = Field(default_factory=dict)  # Scrapy setting overrides for every source
    sources: list[Source]


def _substitute(value: Any, variables: dict[str, str]) -> Any:
    if isinstance(value, str):
        for name, replacement in variables.items():
            value = value.replace("{" + name + "}", replacement)
        return value
    if isinstance(value, list):
        return [_substitute(v, variables) for v in value]
    if isinstance(value, dict):
        return {k: _substitute(v, variables) for k, v in value.items()}
    return value


def _describe(error: ValidationError, raw: dict[str, Any]) -> str:
    """Each problem as `source 'id': field.path: message`, joined with '; '."""
    problems = []
    for item in error.errors():
        loc = list(item["loc"])
        where = ".".join(str(p) for p in loc)
        if len(loc) >= 2 and loc[0] == "sources" and isinstance(loc[1], int):
            try:
                name = raw["sources"][loc[1]].get("id", loc[1])
            except (KeyError, IndexError, AttributeError):
                name = loc[1]
            where = f"source {name!r}: " + ".".join(str(p) for p in loc[2:])
        problems.append(f"{where}: {item['msg']}")
    return "; ".join(problems)


def parse_sources(
    text: str, origin: str = "<string>", variables: dict[str, str] | None = None
) -> SourcesFile:
    """Parse a sources YAML document; `{name}` placeholders are replaced from `variables`."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourcesError(f"{origin}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise SourcesError(f"{origin}: expected a mapping with a `sources:` list")
    raw = _substitute(raw, variables or {})
    try:
        parsed = SourcesFile.model_validate(raw)
    except ValidationError as exc:
        raise SourcesError(f"{origin}: {_describe(exc, raw)}") from exc
    ids = [s.id for s in parsed.sources]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise SourcesError(f"{origin}: duplicate source id(s): {', '.join(duplicates)}")
    return parsed


def load_sources(path: Path, variables: dict[str, str] | None = None) -> SourcesFile:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SourcesError(f"cannot read sources file {path}: {exc.strerror}") from exc
    return parse_sources(text, origin=str(path), variables=variables)
