"""An archived page made inert: what the web UI serves as "the copy as fetched".

`inert_html(html, base_url)` keeps the page's text, structure and inline styling, and removes everything
that could run or fetch: scripts, event handlers, frames, objects, forms' targets, `<meta>` (refresh),
`<base>`, `<link>` (style sheets, preloads), every URL attribute (`src`, `href`, `srcset`, `action`,
`poster`, `background` ...) and every `url(...)` and `@import` in CSS. Attributes are kept from an allow
list, so an attribute this module does not know is dropped. Links keep their text and show where they led
(absolute, in `title`); images that are not `data:` become their alt text.

It is the first of three layers: the page is also served with a Content-Security-Policy that forbids
scripts and every fetch but `data:` images (`ARCHIVE_CSP`), and shown inside `<iframe sandbox>`.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree

# Served with the page (flows/web/ui.py): no script, no fetch but data: images, no form, no navigation of
# the top page; `sandbox` gives it an opaque origin even when opened outside the frame.
ARCHIVE_CSP = (
    "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; "
    "base-uri 'none'; frame-ancestors 'self'; sandbox"
)
ARCHIVE_HEADERS = {
    "Content-Security-Policy": ARCHIVE_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "private, no-store",
}

# Elements removed with their content: they run code, embed other documents or fetch.
DROPPED = frozenset(
    {
        "script", "noscript", "template", "iframe", "frame", "frameset", "object", "applet", "svg", "math",
        "video", "audio", "canvas", "portal", "fencedframe",
    }
)  # fmt: skip
# Empty (void) elements that fetch or redirect: removed, but what the parser put inside them is kept
# (cleaned like the rest): libxml2 does not know `<source>` or `<track>` as void and nests the rest of
# the page in them.
DROPPED_VOID = frozenset({"link", "meta", "base", "embed", "param", "source", "track"})
# Elements replaced by their content: a form must not submit anywhere.
UNWRAPPED = frozenset({"form"})
# Attributes kept on any element; every other one (on*, src, href, srcset, action ...) is dropped.
KEPT_ATTRIBUTES = frozenset(
    {
        "class", "id", "title", "lang", "dir", "style", "alt", "width", "height", "align", "valign",
        "colspan", "rowspan", "headers", "scope", "span", "border", "cellpadding", "cellspacing", "start",
        "reversed", "type", "value", "datetime", "abbr", "summary", "name", "role", "hidden", "open",
    }
)  # fmt: skip
_ATTRIBUTE_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_TYPE_OK = frozenset({"ol", "ul", "li"})  # `type` elsewhere (input type=image, button type=submit) goes
_CSS_URL = re.compile(r"url\s*\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_CSS_IMPORT = re.compile(r"@import\b[^;]*;?", re.IGNORECASE)
_CSS_DANGER = re.compile(  # what is left that could fetch or run: escapes, image-set("http://...") ...
    r"\\|expression\s*\(|@import|-moz-binding|behavior\s*:|url\s*\(|image-set\s*\(|\bimage\s*\(|src\s*:",
    re.IGNORECASE,
)
_DATA_IMAGE = re.compile(r"^\s*data:image/(png|gif|jpe?g|webp);base64,[A-Za-z0-9+/=\s]*$", re.IGNORECASE)


def inert_css(css: str) -> str:
    """CSS with every `url(...)` that is not a data: image and every `@import` removed; CSS that still
    has an escape, an old script hook, an `image-set()`/`image()` (they take bare URL strings) or a
    `src:` descriptor after that is dropped whole (escapes can spell `url(`).

    >>> inert_css("p{color:red;background:url(http://evil.example/x.png)} @import url('http://e/a.css');")
    'p{color:red;background:none} '
    >>> inert_css("p{background:u\\\\72l(http://evil.example/)}"), inert_css("p{width:expression(alert(1))}")
    ('', '')
    """
    kept = _CSS_IMPORT.sub("", css)
    kept = _CSS_URL.sub(lambda m: m.group(0) if _DATA_IMAGE.match(m.group(2)) else "none", kept)
    probe = _CSS_URL.sub("none", kept) if "data:image" in kept else kept
    return "" if _CSS_DANGER.search(probe) else kept


def _absolute(base_url: str, href: str) -> str | None:
    """Where a link led, absolute, when it is an http(s) URL (shown as text, never followed)."""
    url = urljoin(base_url, href.strip())
    return url if url.lower().startswith(("http://", "https://")) else None


def _clean_element(el: etree._Element, base_url: str) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    attrs = dict(el.attrib)
    for name in list(el.attrib):
        del el.attrib[name]
    for name, value in attrs.items():
        key = name.lower()
        if key not in KEPT_ATTRIBUTES or not _ATTRIBUTE_NAME.match(key):
            continue
        if key == "type" and tag not in _TYPE_OK:
            continue
        if key == "style":
            value = inert_css(value)
            if not value.strip():
                continue
        el.set(key, value)
    if tag in ("a", "area") and attrs.get("href"):
        target = _absolute(base_url, attrs["href"])
        if target:
            el.set("title", f"Liên kết gốc (không mở): {target}")
    if tag == "img":
        src = attrs.get("src", "")
        if _DATA_IMAGE.match(src):
            el.set("src", src)
    if tag == "style":
        el.text = inert_css(el.text or "")
        for child in list(el):
            el.remove(child)


def inert_html(html: str, base_url: str = "") -> str:
    """The page as a complete HTML document that runs nothing and fetches nothing (see the module doc).

    >>> out = inert_html('<p onclick="x()">Hi <img src="http://e.example/a.png" onerror="x()" alt="logo">'
    ...                  '<script>x()</script><a href="/b">b</a></p>', "https://site.vn/a/")
    >>> "script" in out, "onerror" in out, "e.example" in out, 'href' in out, "https://site.vn/b" in out
    (False, False, False, False, True)
    """
    if not html.strip():
        return "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body></body></html>"
    root = lxml.html.document_fromstring(html.encode("utf-8"), parser=_PARSER)
    for node in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(node)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        tag = el.tag.lower().rpartition("}")[2]
        if tag in DROPPED or ":" in el.tag:
            _drop(el)
        elif tag in DROPPED_VOID and el.getparent() is not None:
            el.drop_tag()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or (el.getparent() is None and el is not root):
            continue
        if el.tag.lower() in UNWRAPPED:
            el.drop_tag()
            continue
        if el.tag.lower() == "img" and not _DATA_IMAGE.match(el.get("src", "")):
            alt = (el.get("alt") or "").strip()
            replacement = lxml.html.Element("span")
            replacement.set("class", "cnht-image")
            replacement.text = f"[ảnh: {alt}]" if alt else "[ảnh]"
            replacement.tail = el.tail
            el.getparent().replace(el, replacement)
            continue
        _clean_element(el, base_url)
    head = root.find("head")
    if head is None:
        head = lxml.html.Element("head")
        root.insert(0, head)
    charset = lxml.html.Element("meta")
    charset.set("charset", "utf-8")
    head.insert(0, charset)
    return "<!DOCTYPE html>\n" + lxml.html.tostring(root, encoding="unicode", method="html")


_PARSER = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True)


def _drop(node: etree._Element) -> None:
    """Remove a node and its content, keeping the text that follows it."""
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    previous = node.getprevious()
    parent.remove(node)
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
