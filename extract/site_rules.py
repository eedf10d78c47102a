"""Per-site CSS selectors from the sources registry: where a site's title, lead, body and date are, and
which nodes to drop before anything reads the page.

A selector that matches wins over trafilatura and the generic hints for its field; one that matches
nothing leaves the field to them (a site that changed its markup degrades to generic extraction, it does
not lose the field). Keys: title, lead, body, published, remove.

    >>> from lxml import html
    >>> tree = html.document_fromstring(
    ...     "<div class='art'><h2>Tin</h2><p>Một <b>hai</b></p>ba<br>bốn<script>x()</script></div>")
    >>> rules = compile_selectors({"body": "div.art"})
    >>> block_text(rules["body"](tree))
    'Tin\\nMột hai\\nba\\nbốn'
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from cssselect import SelectorError as CssSyntaxError
from lxml import etree
from lxml.cssselect import CSSSelector

SELECTOR_KEYS = ("title", "lead", "body", "published", "remove")
BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "figure", "footer", "form"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section"}
    | {"table", "tbody", "thead", "tfoot", "tr", "ul"}
)
CELL_TAGS = frozenset({"td", "th"})
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "button", "select"})


class SelectorError(ValueError):
    """A site rule cannot be used: unknown key or invalid CSS; the message names both."""


@functools.lru_cache(maxsize=512)
def _compile(css: str) -> CSSSelector:
    return CSSSelector(css, translator="html")


def compile_selectors(selectors: Mapping[str, str]) -> dict[str, CSSSelector]:
    """Validate and compile a site's selectors. Raises SelectorError naming the bad key or selector.

    >>> sorted(compile_selectors({"title": "h1.title", "remove": ".ads, .related"}))
    ['remove', 'title']
    >>> def error(selectors):
    ...     try:
    ...         compile_selectors(selectors)
    ...     except SelectorError as exc:
    ...         return str(exc)
    >>> error({"headline": "h1"})
    "unknown selector key 'headline': expected one of title, lead, body, published, remove"
    >>> error({"title": "h1[["})[:40]
    "invalid CSS selector for title: 'h1[[': "
    """
    compiled: dict[str, CSSSelector] = {}
    for key, css in selectors.items():
        if key not in SELECTOR_KEYS:
            raise SelectorError(f"unknown selector key {key!r}: expected one of {', '.join(SELECTOR_KEYS)}")
        if not isinstance(css, str) or not css.strip():
            raise SelectorError(f"empty CSS selector for {key}")
        try:
            compiled[key] = _compile(css.strip())
        except CssSyntaxError as exc:
            raise SelectorError(f"invalid CSS selector for {key}: {css!r}: {exc}") from exc
    return compiled


def outermost(elements: Iterable[etree._Element]) -> list[etree._Element]:
    """Matches without those nested inside another match (so no text is taken twice)."""
    chosen = list(elements)
    ids = {id(e) for e in chosen}
    return [e for e in chosen if not any(id(a) in ids for a in e.iterancestors())]


def remove_nodes(tree: etree._Element, selector: CSSSelector) -> int:
    """Drop every matching node (its tail text stays); returns how many were dropped."""
    matches = outermost(selector(tree))
    for element in matches:
        element.drop_tree()
    return len(matches)


def _walk(element: etree._Element, out: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else None
    if tag is not None and tag not in SKIP_TAGS:
        block = tag in BLOCK_TAGS
        if block or tag == "br":
            out.append("\n")
        elif tag in CELL_TAGS:
            out.append(" ")
        out.append(element.text or "")
        for child in element:
            _walk(child, out)
        if block:
            out.append("\n")
    out.append(element.tail or "")


def block_text(elements: Iterable[etree._Element]) -> str:
    """Text of the elements, one line per block (paragraph, heading, list item, table row, <br>), with
    whitespace collapsed, scripts and styles skipped."""
    out: list[str] = []
    for element in outermost(elements):
        tail, element.tail = element.tail, None  # the text after a match is not part of it
        try:
            _walk(element, out)
        finally:
            element.tail = tail
        out.append("\n")
    lines = (" ".join(line.split()) for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def line_text(elements: Iterable[etree._Element]) -> str | None:
    """All matched text on one line (title, lead), or None when the selector matched nothing visible."""
    text = " ".join(block_text(elements).split())
    return text or None


def date_text(elements: Iterable[etree._Element]) -> list[str]:
    """Candidate date strings from the matches: machine-readable attributes first, then visible text."""
    candidates: list[str] = []
    for element in elements:
        for attr in ("datetime", "content", "title"):
            value = element.get(attr)
            if value and value.strip():
                candidates.append(value.strip())
        text = " ".join(element.text_content().split())
        if text:
            candidates.append(text)
    return candidates
