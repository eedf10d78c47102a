"""A listing page's article links, each with the date text of its own item when the source declares one.

A source's `discovery.links` and `discovery.dates` are two independent CSS selectors, so which date
belongs to which link is read from the page's structure: a link's item is the smallest element around it
that holds any matched date. When that element holds exactly one date and links to one URL only (an item's
picture and title may both link it), that date is the link's. Otherwise (the link's own item has no date,
and the walk up reached the whole list) the link is undated: no date is better than a neighbour's. An
undated link is fetched as before; it is only never asked for again on a date's word.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from lxml import etree
from parsel import css2xpath


def _owner(result: Any) -> Any:
    """The element a text or attribute result belongs to (a tail text belongs to the parent)."""
    if isinstance(result, etree._Element):
        return result
    owner = result.getparent()
    if owner is not None and getattr(result, "is_tail", False):
        owner = owner.getparent()
    return owner


def _value(result: Any) -> str:
    """What the selector selected: the text or attribute value; of an element, its `href`."""
    if isinstance(result, etree._Element):
        return str(result.get("href") or "")
    return str(result)


def _date_text(result: Any, owner: Any) -> str:
    """An attribute's value (`time::attr(datetime)`), else the whole text of the element holding the
    selected text, so a date split over child elements reads as written."""
    text = str(result) if getattr(result, "is_attribute", False) else "".join(owner.itertext())
    return " ".join(text.split())


def listing_links(root: etree._Element, links: str, dates: str | None = None) -> list[tuple[str, str | None]]:
    """(link, date text of its item or None) for every result of the `links` CSS selector, in page order.

    >>> from lxml import html
    >>> page = html.fromstring('''<div>
    ...   <div class="item"><a href="/a.html">A</a><span class="date">12/05/2025 08:30</span></div>
    ...   <div class="item"><span class="date">11/05/<b>2025</b></span><h3><a href="/b.html">B</a></h3></div>
    ...   <div class="item"><a href="/c.html">C (no date)</a></div>
    ... </div>''')
    >>> for link in listing_links(page, "div.item a::attr(href)", "span.date ::text"):
    ...     print(link)
    ('/a.html', '12/05/2025 08:30')
    ('/b.html', '11/05/2025')
    ('/c.html', None)
    >>> listing_links(page, "h3 a::attr(href)")
    [('/b.html', None)]
    """
    found = [(_value(r), _owner(r)) for r in root.xpath(css2xpath(links), smart_strings=True)]
    if not dates:
        return [(value, None) for value, _ in found]
    texts: dict[Any, str] = {}  # element holding a date -> the date's text
    for result in root.xpath(css2xpath(dates), smart_strings=True):
        owner = _owner(result)
        if owner is not None and owner not in texts:
            texts[owner] = _date_text(result, owner)
    # a date written across nested elements ("11/05/<b>2025</b>") is one date: its outermost holder's
    holders = [h for h in texts if not any(a in texts for a in h.iterancestors())]
    within: dict[Any, list[Any]] = defaultdict(list)  # element -> the date holders inside it (or itself)
    for holder in holders:
        within[holder].append(holder)
        for ancestor in holder.iterancestors():
            within[ancestor].append(holder)
    links_within: dict[Any, set[str]] = defaultdict(set)  # element -> the distinct links inside it
    for value, owner in found:
        if owner is not None:
            links_within[owner].add(value)
            for ancestor in owner.iterancestors():
                links_within[ancestor].add(value)
    out: list[tuple[str, str | None]] = []
    for value, owner in found:
        date = None
        element = owner
        while element is not None:
            holders = within.get(element)
            if holders:
                if len(holders) == 1 and len(links_within[element]) == 1:
                    date = texts[holders[0]] or None
                break
            element = element.getparent()
        out.append((value, date))
    return out
