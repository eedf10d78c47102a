"""Page chrome dropped before extraction: menus, footers, sidebars, related-link boxes, comments, ads.

Real pages weigh 150-400 KB, and most of it is chrome around a few KB of article. Every later step
(captions, trafilatura, dates, listing detection) walks the tree, so dropping the chrome once, first,
makes them cost what they cost on the article alone, and gives them the same tree on a light and a heavy
version of a page. trafilatura drops the same kinds of blocks itself, but only after copying and
cleaning the whole page, and a small main text in a big page sends it into its recall retries.

An element is chrome when its tag is <nav>, <footer> or <aside>, when it is hidden (display:none,
`hidden`), or when a word of its class or id is one of `chrome_words` (data/page_hints.yaml; words are
split at spaces, `-` and `_`, so `main-nav`, `box-lienquan` and `comment_list` match but `navy` does not).
It is kept whatever its name when it holds the page's <h1>, or prose: `chrome_keep_prose` paragraphs of
`long_paragraph_chars` or more that are not teasers (a heading link followed by its summary).

    >>> from lxml import html
    >>> tree = html.document_fromstring(
    ...     "<body><div class='main-menu'><a href='/'>Trang chủ</a></div><div class='title-nav'>"
    ...     "<h1>Tiêu đề</h1></div><p>Nội dung.</p><div class='box-lienquan'><a href='/a'>Tin khác</a></div>"
    ...     "<footer>Bản quyền</footer></body>")
    >>> drop_chrome(tree)
    3
    >>> [" ".join(e.text_content().split()) for e in tree.find("body")]
    ['Tiêu đề', 'Nội dung.']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from lxml import etree

CHROME_TAGS = frozenset({"nav", "footer", "aside"})
_WORD_SPLIT = re.compile(r"[\s_-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def is_chrome(element: etree._Element, words: frozenset[str]) -> bool:
    """By its name only: tag, hidden, or a class/id word from `words`."""
    if element.tag in CHROME_TAGS or element.get("hidden") is not None:
        return True
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    return _named_chrome(element.get("class"), element.get("id"), words)


@functools.lru_cache(maxsize=4096)
def _named_chrome(cls: str | None, id_: str | None, words: frozenset[str]) -> bool:
    """Class and id strings repeat across a page's thousands of elements: each pair is read once."""
    for value in (cls, id_):
        if value:
            parts = _WORD_SPLIT.split(value.lower())
            if any(p in words for p in parts) or any(a + b in words for a, b in pairwise(parts)):
                return True
    return False


def _text_len(element: etree._Element) -> int:
    return len(" ".join("".join(element.itertext()).split()))


def _protected(body: etree._Element, hints: dict[str, Any]) -> set[etree._Element]:
    """Elements holding the first <h1> or at least `chrome_keep_prose` prose paragraphs."""
    keep: set[etree._Element] = set()
    h1 = next(body.iter("h1"), None)
    if h1 is not None:
        keep.update(h1.iterancestors())
        keep.add(h1)
    counts: dict[etree._Element, int] = {}
    for p in body.iter("p"):
        if _text_len(p) < hints["long_paragraph_chars"] or is_teaser(p):
            continue
        for ancestor in p.iterancestors():
            counts[ancestor] = counts.get(ancestor, 0) + 1
    keep.update(e for e, n in counts.items() if n >= hints["chrome_keep_prose"])
    return keep


def is_teaser(p: etree._Element) -> bool:
    """A listing's teaser: the paragraph sits in a block whose heading is a link to another page."""
    parent = p.getparent()
    return parent is not None and bool(parent.xpath("./*[self::h2 or self::h3 or self::h4]//a[@href]"))


def drop_chrome(
    tree: etree._Element, hints: dict[str, Any] | None = None, keep: Iterable[etree._Element] = ()
) -> int:
    """Drop the chrome of the page's <body> in place (outermost blocks first; tails stay); returns how
    many blocks were dropped. `keep` (a site's selector matches) and their ancestors are never dropped."""
    if hints is None:
        from extract.page import hints as page_hints

        hints = page_hints()
    body = tree.find("body")
    if body is None:
        return 0
    words = frozenset(hints["chrome_words"])
    protected = _protected(body, hints)
    for element in keep:
        protected.add(element)
        protected.update(element.iterancestors())
    dropped = 0
    stack = list(reversed(body))
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str):
            continue
        if element not in protected and is_chrome(element, words):
            element.drop_tree()
            dropped += 1
            continue
        stack.extend(reversed(element))
    return dropped


def drop_link_lists(tree: etree._Element, hints: dict[str, Any]) -> int:
    """Drop the lists (<ul>, <ol>) of `link_list_min_items` items or more whose text is almost all link
    text (`link_list_link_share`): related, latest and most-read boxes whatever their names. Run after
    the readers that count links (listing detection, attachments), before the main-text extraction.
    A list holding an <h1> stays."""
    body = tree.find("body")
    if body is None:
        return 0
    dropped: list[etree._Element] = []
    for element in body.xpath(".//ul|.//ol"):
        if sum(1 for c in element if c.tag == "li") < hints["link_list_min_items"]:
            continue
        if any(a in dropped for a in element.iterancestors()) or next(element.iter("h1"), None) is not None:
            continue
        text = len("".join("".join(element.itertext()).split()))
        linked = len("".join("".join(element.xpath(".//a//text()")).split()))
        if text and linked >= hints["link_list_link_share"] * text:
            dropped.append(element)
    for element in dropped:
        element.drop_tree()
    return len(dropped)
