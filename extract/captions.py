"""Image captions: found in the page, kept out of the main text, listed in `Document.captions`.

A caption is a <figcaption>, an element whose class names a caption (`caption_classes` in
data/page_hints.yaml: PhotoCMS_Caption, image_desc, chuthich ...) or a short block that is a photo credit
line ("Ảnh: Hoàng Hà", "Ảnh minh họa", "... (Ảnh: TTXVN)"), whatever its markup.

    >>> is_credit_line("Ảnh: Hoàng Hà")
    True
    >>> is_credit_line("Lãnh đạo tỉnh thăm dây chuyền sản xuất. (Ảnh: TTXVN)")
    True
    >>> is_credit_line("Ảnh minh hoạ")  # old tone placement
    True
    >>> is_credit_line("Anh Nguyễn Văn A cho biết: công ty đã ký hợp đồng.")
    False
    >>> is_credit_line("Nguồn: Bộ Công Thương")  # the article's source, not a photo credit
    False
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from lxml import etree

from extract.normalize import normalize
from extract.site_rules import line_text, outermost

_LABEL = r"(?:Ảnh|Ảnh minh họa|Ảnh tư liệu|Nguồn ảnh|Đồ họa|Video|Clip)"  # not "Nguồn:": the article's source
# A line that is nothing but a credit, or text ending with one: "Ảnh: Hoàng Hà", "(Ảnh: TTXVN)".
_CREDIT_ONLY = re.compile(
    rf"^[(\[]?\s*(?:{_LABEL}\s*[:–-]\s*\S.{{0,80}}|Ảnh minh họa|Ảnh tư liệu)\s*[)\]]?\.?$"
)
_CREDIT_END = re.compile(
    r"[(\[]?\s*(?:Ảnh|Ảnh minh họa|Ảnh tư liệu|Nguồn ảnh|Đồ họa)\s*:\s*[^()\[\]:]{1,60}[)\]]?\.?$"
)
# Every credit line holds one of these words (any case, any tone placement): lines without one are not
# normalised at all, which is most of a page's blocks.
_LABEL_WORD = re.compile(r"ảnh|[đð]ồ\s*ho|video|clip", re.IGNORECASE)
_CANDIDATE_TAGS = ("p", "div", "td", "span", "em", "i", "small", "figcaption", "h6")
_MAX_CHILDREN = 4  # a div with more children is a container, not a caption line


def is_credit_line(text: str, max_chars: int = 300) -> bool:
    """A short line that credits or describes a photo (matched after tone-placement normalisation)."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    if not text or len(text) > max_chars or not _LABEL_WORD.search(text):
        return False
    text = normalize(text).text
    return bool(_CREDIT_ONLY.match(text) or _CREDIT_END.search(text))


# Blocks inside a credit-line candidate: then the candidate is a container, tested block by block instead.
_BLOCK_DESCENDANTS = ".//p|.//div|.//figure|.//figcaption|.//table|.//ul|.//ol|.//h1|.//h2|.//h3|.//h4"


def _class_tokens(element: etree._Element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}".lower()


def _is_caption(element: etree._Element, hints: dict[str, Any]) -> bool:
    if element.tag == "figcaption":
        return True
    tokens = _class_tokens(element)
    if any(tok in tokens for tok in hints["caption_classes"]):
        return True
    if element.tag == "div" and len(element) > _MAX_CHILDREN:
        return False
    if not is_credit_line(element.text_content(), hints["caption_max_chars"]):  # cheap for most blocks
        return False
    # a short body ending in "Ảnh: X" is no caption: its last block is
    return not element.xpath(_BLOCK_DESCENDANTS)


def pop_captions(tree: etree._Element, hints: dict[str, Any]) -> list[str]:
    """Texts of the page's captions, in page order and each once; the caption nodes are removed from
    `tree` (their tail text stays) so that no later stage reads them as body text."""
    body = tree.find("body")
    if body is None:
        return []
    matches = outermost(e for e in body.iter(*_CANDIDATE_TAGS) if _is_caption(e, hints))
    captions: list[str] = []
    for element in matches:
        text = line_text([element])
        if text and text not in captions:
            captions.append(text)
        element.drop_tree()
    return captions
