"""Legal documents: the page's own number and metadata, from its metadata table and its header.

Portals show a table (Số hiệu, Loại văn bản, Cơ quan ban hành, Người ký, Ngày ban hành, Ngày hiệu lực,
Tình trạng) and a header ("Số: 1397/QĐ-UBND"). The body cites many other numbers ("Căn cứ Nghị định số
111/2015/NĐ-CP ..."), so the own number is never taken from the body text.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import urljoin

import yaml
from lxml import html as lxml_html

from extract.dates import parse_vn_date_iso
from extract.models import DecisionMeta
from extract.normalize import fold
from extract.tag.decisions import NUMBER_RE, canonical_number, parse_number

DATA = Path(__file__).parent / "data"
ATTACHMENT_SUFFIXES = (".pdf", ".doc", ".docx")
_HEADER_LABEL = re.compile(r"\bSố\s*(?:hiệu|ký hiệu)?\s*:\s*", re.IGNORECASE)


@functools.cache
def table_labels() -> dict[str, str]:
    with open(DATA / "decision_labels.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _cell_text(cell: lxml_html.HtmlElement) -> str:
    """Visible text with fragments joined by spaces (`<br>` separates words too)."""
    return " ".join(" ".join(cell.itertext()).split())


def metadata_table(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """Every labelled value found in the page's tables (rows of label/value cell pairs)."""
    labels = table_labels()
    found: dict[str, str] = {}
    for row in tree.iter("tr"):
        cells = [c for c in row if c.tag in ("th", "td")]
        for label_cell, value_cell in zip(cells[::2], cells[1::2], strict=False):
            field = labels.get(fold(_cell_text(label_cell)).rstrip(" :"))
            value = _cell_text(value_cell)
            if field == "number" and not NUMBER_RE.search(value):
                continue  # a register's column header ("Số ký hiệu | Trích yếu"), not a document's number
            if field and value and field not in found:
                found[field] = value
    return found


@functools.cache
def _licence_words() -> re.Pattern[str]:
    with open(DATA / "page_hints.yaml", encoding="utf-8") as fh:
        words = yaml.safe_load(fh)["licence_words"]
    return re.compile("|".join(re.escape(w) for w in words))


LICENCE_WINDOW = 80  # characters before a "số:" label searched for licence words


def header_number(tree: lxml_html.HtmlElement) -> str | None:
    """The number in a "Số: ..." header line, searched before the body text begins. A licence in a news
    site's footer ("Giấy phép hoạt động báo điện tử số: 123/GP-BTTTT") is not the page's own number."""
    for element in tree.iter("td", "div", "p", "span", "header"):
        text = _cell_text(element)
        if len(text) > 300:  # a body block: cited numbers live there
            continue
        for label in _HEADER_LABEL.finditer(text):
            match = NUMBER_RE.match(text, label.end())
            if not match or parse_number(match, typed=True) is None:
                continue
            if _licence_words().search(fold(text[max(0, label.start() - LICENCE_WINDOW) : label.start()])):
                continue
            return match.group()
    return None


_PLACE_AND_DATE = re.compile(
    r"(?<!\w)[^\W\d][^,\n|:;]{0,40},\s*ngày\s+(?P<d>\d{1,2})\s*(?:tháng\s+|[/.-]\s*)(?P<m>\d{1,2})"
    r"\s*(?:năm\s+|[/.-]\s*)(?P<y>(?:19|20)\d{2})"
)
HEADER_BLOCK_CHARS = 400  # a header row or block; longer ones are body text that cites other dates


def header_date(tree: lxml_html.HtmlElement) -> str | None:
    """The date of the "Bắc Ninh, ngày 5 tháng 3 năm 2024" line that stands beside the "Số: ..." header."""
    for element in tree.iter("td", "div", "p", "span", "header"):
        text = _cell_text(element)
        if len(text) > 300 or not any(NUMBER_RE.match(text, lb.end()) for lb in _HEADER_LABEL.finditer(text)):
            continue
        block = element
        for _ in range(4):  # the cell, its row, the table body, the table
            match = _PLACE_AND_DATE.search(_cell_text(block))
            if match:
                return parse_vn_date_iso(f"{match['d']}/{match['m']}/{match['y']}")
            parent = block.getparent()
            if parent is None or len(_cell_text(parent)) > HEADER_BLOCK_CHARS:
                break
            block = parent
        return None
    return None


def attachments(tree: lxml_html.HtmlElement, base_url: str | None) -> list[str]:
    links: list[str] = []
    for href in tree.xpath("//a/@href"):
        path = href.split("?")[0].lower()
        if path.endswith(ATTACHMENT_SUFFIXES):
            absolute = urljoin(base_url or "", href)
            if absolute not in links:
                links.append(absolute)
    return links


def extract_decision(tree: lxml_html.HtmlElement, base_url: str | None = None) -> DecisionMeta | None:
    """The document's own metadata, or None when the page carries neither a metadata table nor a header."""
    table = metadata_table(tree)
    number = table.get("number") or header_number(tree)
    if not number:
        return None
    return DecisionMeta(
        number=canonical_number(number),
        doc_type=table.get("doc_type"),
        issuer=table.get("issuer"),
        signer=table.get("signer"),
        issued=parse_vn_date_iso(table["issued"]) if "issued" in table else header_date(tree),
        effective=parse_vn_date_iso(table["effective"]) if "effective" in table else None,
        status=table.get("status"),
        attachments=attachments(tree, base_url),
    )
