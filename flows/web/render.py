"""HTML fragments the templates cannot build safely on their own: highlights and tagged text."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from extract.models import Document

_B_TAG = re.compile(r"(</?b>)")
_HTTP_URL = re.compile(r"https?://[^\s/?#]", re.IGNORECASE)


def http_href(url: str | None) -> str | None:
    """`url` if it may be a link's href: an absolute http(s) URL with a host and no control character
    or whitespace a browser would drop before reading the scheme. None for anything else (`javascript:`,
    `data:`, `vbscript:`, relative or garbled), which templates then show as text, never as a link.

    >>> [http_href(u) for u in ("https://a.vn/x.pdf", "javascript:alert(1)", "java\tscript:alert(1)",
    ...     " data:text/html,x", "HTTP://A.VN/Y", "//evil.vn/x", "http:///x")]
    ['https://a.vn/x.pdf', None, None, None, 'HTTP://A.VN/Y', None, None]
    """
    if not url or any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        return None
    return url if _HTTP_URL.match(url) else None


def safe_highlight(snippet: str) -> Markup:
    """A snippet from the index as HTML: its `<b>`/`</b>` kept, every other character escaped.

    >>> safe_highlight("<b>Công</b> ty &amp; <script>x</script>")
    Markup('<b>Công</b> ty &amp; &lt;script&gt;x&lt;/script&gt;')
    """
    parts = []
    for part in _B_TAG.split(snippet):
        parts.append(part if part in ("<b>", "</b>") else html.escape(html.unescape(part), quote=False))
    text = "".join(parts)
    # an unbalanced <b> (cut snippet) is closed so it cannot bold the rest of the page
    text += "</b>" * max(0, text.count("<b>") - text.count("</b>"))
    return Markup(text)


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # css class suffix: firm, money, decision, province
    label: str  # tooltip: the canonical value
    href: str | None = None


TAG_LABELS = {
    "firm": "Doanh nghiệp",
    "money": "Số tiền",
    "decision": "Số văn bản",
    "province": "Tỉnh/thành",
    "deal": "Thương vụ",
}


def document_marks(doc: Document) -> list[Mark]:
    """The tagged spans of a document worth showing: firms, money, decision numbers, provinces."""
    from flows.deals_export import amount_text

    tags = doc.tags
    marks = [Mark(f.start, f.end, "firm", f.name) for f in tags.firms]
    marks += [Mark(m.start, m.end, "money", amount_text(m.amount, m.currency)) for m in tags.money]
    marks += [
        Mark(d.start, d.end, "decision", d.number, href="/decisions/" + quote(d.number, safe="/"))
        for d in tags.decisions
    ]
    marks += [Mark(p.start, p.end, "province", f"{p.name} → {p.current}") for p in tags.provinces]
    return marks


def marked_text(text: str, marks: list[Mark]) -> Markup:
    """`text` escaped, with each span wrapped in `<mark>` (or a link); overlapping spans: the earliest,
    then the longest, wins.

    >>> marked_text("Công ty A & B", [Mark(0, 9, "firm", "A")])
    Markup('<mark class="tag tag-firm" title="Doanh nghiệp: A">Công ty A</mark> &amp; B')
    """
    out: list[str] = []
    pos = 0
    for m in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start < pos or m.end <= m.start or m.end > len(text):
            continue
        out.append(str(escape(text[pos : m.start])))
        title = escape(f"{TAG_LABELS.get(m.kind, m.kind)}: {m.label}")
        inner = escape(text[m.start : m.end])
        if m.href:
            inner = Markup(f'<a href="{escape(m.href)}">{inner}</a>')
        out.append(f'<mark class="tag tag-{m.kind}" title="{title}">{inner}</mark>')
        pos = m.end
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def marked_sentence(sentence: str, spans: list[tuple[int, int]]) -> Markup:
    """A deal report's sentence escaped, with the deal's words (its parties and amount, `DealReport.marks`)
    in `<mark>`.

    >>> marked_sentence("A ký với B.", [(0, 1), (9, 10)])
    Markup('<mark class="tag tag-deal" title="Thương vụ: A">A</mark> ký với <mark class="tag tag-deal" title="Thương vụ: B">B</mark>.')
    """  # noqa: E501
    return marked_text(sentence, [Mark(s, e, "deal", sentence[s:e]) for s, e in spans])


def firm_href(name: str) -> str:
    """The page of a firm by its name.

    >>> firm_href("Alpha Việt / Beta")
    '/firms/Alpha%20Vi%E1%BB%87t%20%2F%20Beta'
    """
    return "/firms/" + quote(unicodedata.normalize("NFC", name).strip(), safe="")
