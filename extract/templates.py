"""A host's page template, learnt from its own pages: the text blocks most of them repeat.

Portals without site rules keep menus, login notices, related-document widgets and footers that no
generic rule names. But every source's archive holds many pages of the same site, and what repeats on
most of them is the site, not the document. `learn` reads parsed pages of one host and keeps the lines
(one per block: paragraph, list item, table cell, heading, `<br>`-separated line) found on at least
`share` of them; `Template.apply` drops, from a page, the outermost elements whose every line is such a
line. Pure functions: the flow stores one template per source (`flows.stages.templates`).

What is never dropped:
- a block carrying the document's own title (its <h1>, og:title or <title>) or own number (one written
  after "Số:" / "Số hiệu" on the page, or in its title), even when other pages list it in a widget;
- a block of repeated text standing among the document's own paragraphs: "QUYẾT ĐỊNH:" or "Nơi nhận:"
  repeat on every decision of a portal, but they sit beside paragraphs of the body (unique lines of
  `BODY_LINE_CHARS` or more), not beside other containers or a short counter line, so they are body;
- a block holding a link to an attachment file (.pdf, .doc, .docx): "Tải văn bản (PDF)" is on every
  page, but each page's link is to its own document;
- a table row one of whose cells is unique ("Số hiệu | 12/2024/QĐ-UBND" keeps its label), or a row
  of a table that has a unique row ("Cơ quan ban hành | UBND tỉnh" is the same on every decision).

    >>> from lxml import html
    >>> def page(n):
    ...     return html.document_fromstring(
    ...         f"<body><ul class='m'><li>Trang chủ</li><li>Văn bản</li></ul><h1>Quyết định {n}/QĐ-UBND</h1>"
    ...         f"<div class='c'><p>QUYẾT ĐỊNH:</p>"
    ...         f"<p>Điều {n}. Nội dung riêng của văn bản số {n}, đủ dài một dòng.</p></div>"
    ...         "<div>Bạn cần đăng nhập để tải văn bản.</div><p>© Cổng thông tin</p></body>")
    >>> template = learn([page(n) for n in range(1, 7)])
    >>> sorted(template.lines)
    ['Bạn cần đăng nhập để tải văn bản.', 'QUYẾT ĐỊNH:', 'Trang chủ', 'Văn bản', '© Cổng thông tin']
    >>> tree = page(9)
    >>> template.apply(tree)
    3
    >>> [" | ".join(e.itertext()) for e in tree.find("body")]
    ['Quyết định 9/QĐ-UBND', 'QUYẾT ĐỊNH: | Điều 9. Nội dung riêng của văn bản số 9, đủ dài một dòng.']
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from lxml import etree
from pydantic import BaseModel, Field

from extract.decision import ATTACHMENT_SUFFIXES
from extract.site_rules import BLOCK_TAGS, CELL_TAGS, SKIP_TAGS
from extract.tag.decisions import NUMBER_RE

UNIT_TAGS = BLOCK_TAGS | {"li"}  # a table row is one unit: a label cell goes with its value
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MIN_PAGES = 5  # fewer pages of a host than this teach nothing
SHARE = 0.6  # a line on at least this share of the pages is the host's template
MIN_TITLE_CHARS = 12  # shorter "titles" (a site name) protect nothing
BODY_LINE_CHARS = 50  # a repeated block beside a unique line this long sits in the body: it stays
_OWN_NUMBER = re.compile(r"\bSố\s*(?:(?:hiệu|ký hiệu)\s*:?|:)\s*", re.IGNORECASE)
_LICENCE_BEFORE = re.compile(r"(?:giấy\s+phép|GP)\s*$", re.IGNORECASE)  # a paper's "Giấy phép số: ..."


def _line(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def own_lines(element: etree._Element) -> list[str]:
    """The lines of a unit element's own text: its text and its inline descendants', up to nested
    units, split at <br>."""
    parts: list[str] = [element.text or ""]

    def inline(child: etree._Element) -> None:
        tag = child.tag if isinstance(child.tag, str) else None
        if tag == "br":
            parts.append("\n")
        elif tag in CELL_TAGS:  # each cell on a line of its own, in its row's unit
            parts.append("\n" + (child.text or ""))
            for grandchild in child:
                inline(grandchild)
            parts.append("\n")
        elif tag is not None and tag not in UNIT_TAGS and tag not in SKIP_TAGS:
            parts.append(child.text or "")
            for grandchild in child:
                inline(grandchild)
        elif tag in UNIT_TAGS:
            parts.append("\n")  # a nested unit ends the line; its own text is its own
        parts.append(child.tail or "")

    for child in element:
        inline(child)
    return [line for line in map(_line, "".join(parts).split("\n")) if line]


def _units(tree: etree._Element) -> list[tuple[etree._Element, list[str]]]:
    body = tree.find("body") if tree.tag != "body" else tree
    if body is None:
        return []
    return [(e, own_lines(e)) for e in body.iter() if isinstance(e.tag, str) and e.tag in UNIT_TAGS]


class Template(BaseModel):
    """The lines a host repeats on most of its pages."""

    lines: frozenset[str] = Field(default_factory=frozenset)
    pages: int = 0  # how many pages it was learnt from

    def apply(self, tree: etree._Element) -> int:
        """Drop from `tree` the outermost elements made only of template lines (see the module's rules);
        returns how many were dropped."""
        units = _units(tree)
        if not self.lines or not units:
            return 0
        protect = _own_strings(tree, units)

        def unique(line: str) -> bool:
            return line not in self.lines or any(s in line for s in protect)

        own_unique: dict[etree._Element, bool] = {}
        own_body: dict[etree._Element, bool] = {}  # a unique line of body length
        has_unique: dict[etree._Element, bool] = {}
        has_template: dict[etree._Element, bool] = {}
        for element, lines in units:
            own_unique[element] = any(unique(line) for line in lines)
            own_body[element] = any(len(line) >= BODY_LINE_CHARS and line not in self.lines for line in lines)
            if own_unique[element]:
                for e in (element, *element.iterancestors()):
                    if has_unique.get(e):
                        break
                    has_unique[e] = True
            if any(line in self.lines for line in lines):
                for e in (element, *element.iterancestors()):
                    if has_template.get(e):
                        break
                    has_template[e] = True

        for link in tree.iter("a"):  # the document's own files ("Tải văn bản (PDF)") stay with it
            if link.get("href", "").split("?")[0].lower().endswith(ATTACHMENT_SUFFIXES):
                for e in (link, *link.iterancestors()):
                    has_unique[e] = True

        def among_body(element: etree._Element) -> bool:
            parent = element.getparent()
            if parent is None:
                return False
            if (
                element.tag == "tr"
            ):  # a metadata row ("Cơ quan ban hành | UBND tỉnh") in a table of the page's
                return any(own_unique.get(s, False) for s in parent if s is not element)
            return any(own_body.get(s, False) and s.tag not in HEADINGS for s in parent if s is not element)

        dropped = 0
        body = tree.find("body") if tree.tag != "body" else tree
        stack = list(body) if body is not None else []
        while stack:
            element = stack.pop()
            if not isinstance(element.tag, str) or not has_template.get(element):
                continue
            if not has_unique.get(element) and not among_body(element):
                element.drop_tree()
                dropped += 1
            else:
                stack.extend(element)
        return dropped


def _own_strings(tree: etree._Element, units: Sequence[tuple[etree._Element, list[str]]]) -> set[str]:
    """The document's own title(s) and number(s): a line carrying one of them is never template."""
    titles = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    titles += tree.xpath("//meta[@property='og:title']/@content") + tree.xpath("//title/text()")
    titles = [_line(t) for t in titles]
    own = {t for t in titles if len(t) >= MIN_TITLE_CHARS}
    for title in titles:
        own.update(m.group() for m in NUMBER_RE.finditer(title))
    for _, lines in units:
        row = " ".join(lines)  # a table row: "Số hiệu" and its value are two cells
        for label in _OWN_NUMBER.finditer(row):
            match = NUMBER_RE.match(row, label.end())
            if match and not _LICENCE_BEFORE.search(row, 0, label.start()):
                own.add(match.group())
    return own


def learn(pages: Iterable[etree._Element], share: float = SHARE, min_pages: int = MIN_PAGES) -> Template:
    """The template of one host from its parsed pages: every line on at least `share` of them (and on
    two at least). Fewer than `min_pages` pages give an empty template."""
    counts: Counter[str] = Counter()
    n = 0
    for tree in pages:
        n += 1
        counts.update({line for _, lines in _units(tree) for line in lines})
    if n < min_pages:
        return Template(pages=n)
    floor = max(2, math.ceil(share * n))
    return Template(lines=frozenset(line for line, c in counts.items() if c >= floor), pages=n)
