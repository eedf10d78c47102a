"""HTML page -> Document: main text, lead, dates, kind and, for legal documents, their metadata.

trafilatura does the main-text extraction and the generic metadata; this module adds what Vietnamese
news and legal portals need on top: the sapo kept as the lead, dates in Asia/Ho_Chi_Minh taken from the
page's own date markers (never from a legal number's date in the body), listing pages told apart from
articles, and the legal document's own metadata.
"""

from __future__ import annotations

import codecs
import functools
import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import trafilatura
import yaml
from lxml import etree
from lxml import html as lxml_html
from w3lib.encoding import html_to_unicode

from crawlers.urls import canonicalize
from extract.captions import pop_captions
from extract.charset import effective_charset
from extract.chrome import drop_chrome, drop_link_lists, is_teaser
from extract.citations import cited_documents
from extract.dates import parse_iso, parse_vn_datetime, to_vn_iso
from extract.decision import extract_decision
from extract.models import Document, DocumentKind, Tags
from extract.page_dates import meta, published_time, updated_time
from extract.relevance import relevance_score
from extract.site_rules import (
    SelectorError,
    block_text,
    compile_selectors,
    date_text,
    line_text,
    remove_nodes,
)
from extract.templates import Template

DATA = Path(__file__).parent / "data"
# Bump when extraction output changes: the ingest flow re-extracts archived pages of older versions.
# page-3: Document.relevance; page-4: captions kept apart, updated time, site selectors, one parse, cited
# documents, Tags.quantities/areas and district locations, the deal and role rules of batches 5-7;
# page-5: table rows as "key: value", batch-8 tagger rules, lower-case cited types, province filing names
# page-6: page chrome dropped before extraction (extract/chrome.py), learnt host templates, trafilatura's
# fast path
EXTRACTOR_VERSION = "page-6"

_VI_LETTERS = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_TAG = re.compile(r"<\s*(html|head|body|div|p|article|title|table|h1|span)\b", re.IGNORECASE)


class ExtractionError(ValueError):
    """The input cannot be read as an HTML page; the message says why."""


@functools.cache
def hints() -> dict[str, Any]:
    with open(DATA / "page_hints.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Bytes to text in the charset the body is really in (`extract.charset.effective_charset`): valid
    UTF-8 first, then a declared charset (header or <meta>) that decodes it, then windows-1258.
    A byte-order mark decides before anything else (w3lib)."""
    if body.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _, text = html_to_unicode(content_type, body)
        return text
    return body.decode(effective_charset(body, content_type), errors="replace")


def _nfc(value: str | None) -> str | None:
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).strip()
    return value or None


def _class_tokens(element: etree._Element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}".lower()


def _json_ld(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        items = (
            data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        )
        objects.extend(item for item in items if isinstance(item, dict))
    return objects


def _ld_article(tree: lxml_html.HtmlElement) -> dict[str, Any] | None:
    for item in _json_ld(tree):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(k in ("NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting") for k in kinds):
            return item
    return None


def _canonical(tree: lxml_html.HtmlElement, url: str | None) -> str | None:
    href = next(iter(tree.xpath("//link[@rel='canonical']/@href")), None) or meta(tree, "og:url")
    if href and url:
        href = urljoin(url, href)
    chosen = href or url
    return canonicalize(chosen) if chosen else None


def _lead(tree: lxml_html.HtmlElement, title: str | None) -> str | None:
    tokens = hints()["lead_classes"]
    for element in tree.iter("p", "div", "h2", "strong", "span"):
        if any(tok in _class_tokens(element) for tok in tokens):
            text = " ".join(element.text_content().split())
            if 30 <= len(text) <= 1200 and text != title:
                return text
    return None


def _is_listing(tree: lxml_html.HtmlElement, article_ld: dict[str, Any] | None) -> bool:
    """Many links to other pages and little prose, and nothing marking the page as one article."""
    if article_ld is not None or meta(tree, "article:published_time") or meta(tree, "og:type") == "article":
        return False
    h = hints()
    links = {
        href
        for href in tree.xpath("//body//a/@href")
        if href.strip() and not href.startswith(("#", "javascript:"))
    }
    long_paragraphs = sum(
        1
        for p in tree.iter("p")
        if len(" ".join(p.text_content().split())) >= h["long_paragraph_chars"] and not is_teaser(p)
    )
    return len(links) >= h["listing_min_links"] and long_paragraphs < h["article_min_long_paragraphs"]


_TABLE_RULE = re.compile(r"^\|[\s|:-]*\|$")
KEY_CELL_MAX = 40  # a two-cell row whose first cell is at most this long reads as "key: value"


def table_row_text(line: str) -> str:
    """A table row as trafilatura writes it in text ("| a | b |") in the words a reader expects: a
    metadata row as "key: value", other rows with their cells joined by " · ", rule rows dropped.

    >>> table_row_text("| Số hiệu | 52/2025/QĐ-UBND |"), table_row_text("| Người ký: | Nguyễn Văn A |")
    ('Số hiệu: 52/2025/QĐ-UBND', 'Người ký: Nguyễn Văn A')
    >>> table_row_text("|---|---|"), table_row_text("| KCN | Diện tích | Lấp đầy |")
    ('', 'KCN · Diện tích · Lấp đầy')
    >>> table_row_text("Doanh thu tăng 12%, không phải một hàng bảng")
    'Doanh thu tăng 12%, không phải một hàng bảng'
    """
    stripped = line.strip()
    if not (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1):
        return line
    if _TABLE_RULE.match(stripped):
        return ""
    cells = [c.strip() for c in stripped[1:-1].split("|") if c.strip()]
    if len(cells) == 2 and len(cells[0]) <= KEY_CELL_MAX:
        return f"{cells[0].rstrip(':').rstrip()}: {cells[1]}"
    return " · ".join(cells)


def _main_text(text: str | None, title: str | None, lead: str | None) -> str:
    lines = [table_row_text(line.strip()) for line in (text or "").splitlines() if line.strip()]
    lines = [line for line in lines if line]
    if lines and title and lines[0] == title:
        lines = lines[1:]
    if lead and not any(lead in line or line in lead for line in lines[:2]):
        lines.insert(0, lead)
    return "\n".join(lines)


def _language(tree: lxml_html.HtmlElement, text: str) -> str | None:
    lang = (tree.get("lang") or "").split("-")[0].lower()
    if lang:
        return lang
    return "vi" if len(_VI_LETTERS.findall(text[:2000])) > 20 else None


def parse_html(html: str) -> lxml_html.HtmlElement:
    if not html or not html.strip():
        raise ExtractionError("empty input: expected an HTML page")
    if not _TAG.search(html[:20000]):
        raise ExtractionError("not HTML: no <html>, <body> or block tags found")
    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"unparseable HTML: {exc}") from exc
    return tree


def _selected_time(tree: lxml_html.HtmlElement, selector: Any) -> str | None:
    for value in date_text(selector(tree)):
        parsed = parse_iso(value) or parse_vn_datetime(value)
        if parsed is not None:
            return to_vn_iso(parsed)
    return None


def _protected_by_rules(tree: lxml_html.HtmlElement, rules: Mapping[str, Any]) -> list[etree._Element]:
    """What the site's field selectors match: never dropped as chrome, whatever its class says."""
    return [e for key, selector in rules.items() if key != "remove" for e in selector(tree)]


def extract_document(
    html: str,
    url: str | None = None,
    *,
    selectors: Mapping[str, str] | None = None,
    template: Template | None = None,
) -> Document:
    """Extract one page. Raises ExtractionError when `html` is not an HTML page, SelectorError (a
    ValueError) when `selectors` has an unknown key or invalid CSS.

    `selectors` are the site's rules from the sources registry (keys title, lead, body, published,
    remove; CSS): `remove` drops nodes before anything reads the page; a field selector that matches wins
    over trafilatura and the generic hints, one that matches nothing leaves the field to them.
    `template` holds the text blocks learnt as the host's template (`extract.templates`): they are
    dropped before anything reads the page, except a block that carries the document's own title.
    Tags are filled by `extract.tag_text` on the document's text.

    One tree serves every step, in this order: site removals, generic chrome (`extract.chrome`), learnt
    template, captions, then trafilatura's fast path and our own readers on what is left, so
    that a page costs about what its article costs, and a page and the same page in heavy chrome give
    the same document.
    """
    from extract.tag import tag_text  # the taggers load their gazetteers on first use

    rules = compile_selectors(selectors) if selectors else {}
    html = unicodedata.normalize("NFC", html)  # NFD pages: one form for every comparison below
    tree = parse_html(html)
    if "remove" in rules:
        remove_nodes(tree, rules["remove"])
    drop_chrome(tree, hints(), keep=_protected_by_rules(tree, rules))
    if template is not None:  # after the generic chrome: it has less to read
        template.apply(tree)
    captions = [c for c in map(_nfc, pop_captions(tree, hints())) if c]
    # readers that count links or read a site's own fields run before the link boxes go
    article_ld = _ld_article(tree)
    decision = extract_decision(tree, url)
    body = block_text(rules["body"](tree)) if "body" in rules else ""
    rule_title = "title" in rules and line_text(rules["title"](tree))
    rule_lead = "lead" in rules and line_text(rules["lead"](tree))
    listing = not body and _is_listing(tree, article_ld)  # a site's body selector that matched: an article
    drop_link_lists(tree, hints())
    # trafilatura reads the same tree (it works on its own copy): the page is parsed once. The chrome is
    # gone, so its fast path (no readability/justext comparison) finds the same text as the full cascade
    # on every article and decision of the sample site and the evaluation pages; a text too short for an
    # article is asked of the full cascade again.
    options: dict[str, Any] = {
        "url": url,
        "with_metadata": True,
        "include_comments": False,
        "include_tables": True,
        "date_extraction_params": {"extensive_search": False, "original_date": True},
    }
    result = trafilatura.bare_extraction(tree, fast=True, **options)
    if result is None or len(result.text or "") < hints()["article_min_chars"]:
        result = trafilatura.bare_extraction(tree, fast=False, **options) or result
    h1 = next((" ".join(h.text_content().split()) for h in tree.xpath("//h1")), None)
    title = _nfc(rule_title or getattr(result, "title", None) or meta(tree, "og:title") or h1)
    lead = _nfc(rule_lead or _lead(tree, title))
    text = _nfc(_main_text(body or (result.text if result is not None else ""), title, lead)) or ""
    if lead is None and text:
        lead = text.split("\n", 1)[0]

    kind: DocumentKind
    if decision is not None:
        kind = "decision"
    elif listing:
        kind = "listing"
    elif title and len(text) >= hints()["article_min_chars"]:
        kind = "article"
    else:
        kind = "other"

    author = getattr(result, "author", None)
    if not author and article_ld:
        ld_author = article_ld.get("author")
        author = ld_author.get("name") if isinstance(ld_author, dict) else ld_author
    canonical = _canonical(tree, url)
    published = ("published" in rules and _selected_time(tree, rules["published"])) or published_time(
        tree, article_ld, decision, getattr(result, "date", None), hints()["date_classes"]
    )
    if decision is not None:
        decision.cited = cited_documents(text, decision.number, published)
    content = kind in ("article", "decision")
    return Document(
        url=url or canonical or "",
        canonical_url=canonical or url or "",
        kind=kind,
        title=title,
        lead=lead if content else None,
        text=text,
        published=published,
        author=_nfc(author) if isinstance(author, str) else None,
        language=_language(tree, text),
        decision=decision,
        tags=tag_text(text, published=published) if content else Tags(),
        relevance=relevance_score(title, text) if content else None,
        updated=updated_time(tree, article_ld),
        captions=captions,
    )


__all__ = ["EXTRACTOR_VERSION", "ExtractionError", "SelectorError", "decode_html", "extract_document"]
