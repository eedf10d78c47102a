"""A page's own publication and update times, in Asia/Ho_Chi_Minh, from its date markers only.

Order of trust: meta tags, JSON-LD, <time datetime>, short date-classed lines, the byline under the <h1>.
Body text is never read: it cites legal documents with their dates ("Quyết định số 26/2023/QĐ-UBND ngày
04/8/2023"), which are not the page's.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from lxml import html as lxml_html

from extract.dates import dateline_date, parse_iso, parse_vn_datetime, to_vn_iso
from extract.models import DecisionMeta
from extract.normalize import fold

SHORT_LINE_CHARS = 80  # a date line; longer blocks are body text
UPDATED_LINE_CHARS = 120  # "Ngày đăng: ... | Cập nhật lúc: ..." bylines are a little longer
# An update label at the start of a byline or after a separator ("... | Cập nhật lúc: ..."), never inside
# a sentence ("được cập nhật theo Quyết định ... ngày 04/8/2023"); matched on folded text.
_UPDATED_LABEL = re.compile(
    r"(?:^|[|·•–,;(\]-]\s*)(?:lan )?(?:cap nhat|chinh sua|updated?|last modified|modified)"
    r"(?:\s+(?:luc|ngay|vao))*\s*:?\s*"
)
UPDATED_WINDOW = 40  # the date-time must follow the label within this many characters
# A line without one of these (any case, with or without accents) has no update label: not folded at all.
_UPDATED_HINT = re.compile(r"c[aậ]p|ch[iỉ]nh|updat|modif", re.IGNORECASE)


def meta(tree: lxml_html.HtmlElement, *names: str) -> str | None:
    """The first non-empty <meta> content among `names` (property, name or itemprop)."""
    for name in names:
        for attr in ("property", "name", "itemprop"):
            values = tree.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            if values and values[0].strip():
                return values[0].strip()
    return None


def _class_tokens(element: lxml_html.HtmlElement) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}".lower()


def _first_parsed(candidates: list[str]) -> str | None:
    for value in candidates:
        parsed = parse_iso(value) or parse_vn_datetime(value)
        if parsed is not None:
            return to_vn_iso(parsed)
    return None


def published_time(
    tree: lxml_html.HtmlElement,
    article_ld: dict[str, Any] | None,
    decision: DecisionMeta | None,
    fallback: str | None,
    date_classes: list[str],
) -> str | None:
    """The page's own publication time: meta tags, JSON-LD, <time>, date-classed elements, in that order."""
    candidates: list[str] = []
    value = meta(tree, "article:published_time", "datePublished", "pubdate", "publishdate", "dc.date.issued")
    if value:
        candidates.append(value)
    if article_ld and isinstance(article_ld.get("datePublished"), str):
        candidates.append(article_ld["datePublished"])
    candidates.extend(
        t.get("datetime", "")
        for t in tree.iter("time")
        if "modified" not in (t.get("itemprop") or "").lower()
    )
    found = _first_parsed(candidates)
    if found:
        return found
    for element in tree.iter("span", "div", "p", "time", "small", "em"):
        if not any(tok in _class_tokens(element) for tok in date_classes):
            continue
        text = " ".join(element.text_content().split())
        if len(text) > SHORT_LINE_CHARS:  # a body block, not a date line
            continue
        parsed = parse_vn_datetime(text)
        if parsed is not None:
            return to_vn_iso(parsed)
    near = date_near_title(tree)
    if near is not None:
        return to_vn_iso(near)
    if decision is not None and decision.issued:
        return to_vn_iso(dt.date.fromisoformat(decision.issued))
    opening = dateline_near_top(tree)
    if opening is not None:
        return to_vn_iso(opening)
    if fallback:
        parsed_fallback = parse_iso(fallback)
        return to_vn_iso(parsed_fallback) if parsed_fallback else None
    return None


def updated_in_line(text: str) -> dt.datetime | dt.date | None:
    """The date-time after an update label in a short byline, or None without such a label.

    >>> updated_in_line("Ngày đăng: 12/03/2024 08:30 | Cập nhật lúc: 15:45 13/03/2024")
    datetime.datetime(2024, 3, 13, 15, 45)
    >>> updated_in_line("Cập nhật ngày 05-4-2025, 10h20")
    datetime.datetime(2025, 4, 5, 10, 20)
    >>> updated_in_line("Thứ ba, 12/03/2024 08:30") is None
    True
    >>> updated_in_line("Danh mục được cập nhật theo Quyết định số 26/2023/QĐ-UBND ngày 04/8/2023") is None
    True
    """
    folded = fold(text)  # same length as `text` for Vietnamese letters: offsets carry over
    label = _UPDATED_LABEL.search(folded)
    if label is None or len(folded) != len(text):
        return None
    return parse_vn_datetime(text[label.end() : label.end() + UPDATED_WINDOW])


def updated_time(tree: lxml_html.HtmlElement, article_ld: dict[str, Any] | None) -> str | None:
    """The page's own last-update time: article:modified_time / og:updated_time / dateModified metas,
    JSON-LD dateModified, <time itemprop=dateModified>, then a short "Cập nhật ..." line."""
    candidates: list[str] = []
    value = meta(tree, "article:modified_time", "og:updated_time", "dateModified", "dc.date.modified")
    if value:
        candidates.append(value)
    if article_ld and isinstance(article_ld.get("dateModified"), str):
        candidates.append(article_ld["dateModified"])
    candidates.extend(
        t.get("datetime", "") for t in tree.iter("time") if "modified" in (t.get("itemprop") or "").lower()
    )
    found = _first_parsed(candidates)
    if found:
        return found
    body = tree.find("body")
    for element in body.iter("span", "div", "p", "time", "small", "em", "li") if body is not None else ():
        if len(element) > 6:  # a container of many blocks
            continue
        text = " ".join(element.text_content().split())
        if len(text) > UPDATED_LINE_CHARS or not _UPDATED_HINT.search(text):
            continue
        parsed = updated_in_line(text)
        if parsed is not None:
            return to_vn_iso(parsed)
    return None


DATELINE_BLOCKS = 12  # blocks with text read after the <h1> (or from the body's start) for a dateline
_DATELINE_TAGS = frozenset({"p", "div", "span", "em", "i", "strong", "b", "h2", "h3", "td", "small", "time"})


def dateline_near_top(tree: lxml_html.HtmlElement) -> dt.date | None:
    """The dateline a page's text opens with ("Bắc Giang, ngày 12/3/2025", "(Ngày 12/3/2025)"), read in
    the first blocks after the <h1>: for pages whose metadata carries no date. A site's header bar shows
    today's date with a weekday, which `extract.dates.dateline_date` does not take for a dateline."""
    body = tree.find("body")
    if body is None:
        return None
    started = tree.find(".//h1") is None
    blocks = 0
    for element in body.iter():
        if element.tag == "h1":
            started = True
            continue
        if not started or element.tag not in _DATELINE_TAGS:
            continue
        text = " ".join(element.text_content().split())
        if not text:
            continue
        found = dateline_date(text)
        if found is not None:
            return found
        blocks += 1
        if blocks >= DATELINE_BLOCKS:
            break
    return None


def date_near_title(tree: lxml_html.HtmlElement) -> dt.datetime | None:
    """A short line with a date AND a time among the first blocks after the <h1> (the byline), whatever
    its class; a date alone is not trusted here (bodies cite legal documents' dates)."""
    for h1 in tree.iter("h1"):
        for sibling in list(h1.itersiblings())[:4]:
            for element in sibling.iter():
                if not isinstance(element.tag, str):
                    continue
                text = " ".join(element.text_content().split())
                if len(text) > SHORT_LINE_CHARS:
                    continue
                parsed = parse_vn_datetime(text)
                if isinstance(parsed, dt.datetime):
                    return parsed
        break
    return None
