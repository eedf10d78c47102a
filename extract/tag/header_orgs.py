"""Bodies named in capitals on a line of their own: the header of a decision, a letter or a contract.

A legal document opens with its issuer in capitals, often over two lines ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC
GIANG", "SỞ TÀI CHÍNH" / "TỈNH QUẢNG NGÃI"), and a contract names its parties so ("GIỮA" / "BỆNH VIỆN ĐA KHOA
TỈNH HÀ TĨNH" / "VÀ" / "CÔNG TY CỔ PHẦN ..."). The organisation reader of `extract.tag.firms` needs
capitalised words after a lower-case prefix and reads none of these; here a line (or a table's cell, "HỘI
ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI ...") with no lower-case letter that opens with a body's prefix is that body,
with the next line's "TỈNH X" or "THÀNH PHỐ X" when its own line has none:

>>> [o.name for o in header_organizations("ỦY BAN NHÂN DÂN\\nTỈNH BẮC GIANG\\n-------\\nSố: 12/QĐ-UBND")]
['Ủy ban nhân dân tỉnh Bắc Giang']
>>> [o.name for o in header_organizations("GIỮA\\nBỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH\\nVÀ\\nCÔNG TY CỔ PHẦN X")]
['Bệnh viện Đa Khoa tỉnh Hà Tĩnh']
>>> [o.name for o in header_organizations("BỘ CÔNG THƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")]
['Bộ Công Thương']

The name keeps the prefix as organizations.json writes it and the rest in title case ("Đa Khoa"), with
"tỉnh", "thành phố", "các" and "và" in lower case; the mention is the text as written, in capitals."""

from __future__ import annotations

import functools
import re

from extract.models import Organization
from extract.tag._common import SpanSet, load

# the prefixes of organizations.json that open a body on a line of capitals (not "BỘ", "VỤ", "TỔ CHỨC",
# "VĂN PHÒNG": "BỘ MÔN", "BỘ LUẬT", "TỔ CHỨC THỰC HIỆN" are headings; a ministry's whole name is read),
# and a header's own: a hospital ("BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH")
_HEADER_PREFIXES = (
    "Ủy ban nhân dân",
    "UBND",
    "Hội đồng nhân dân",
    "HĐND",
    "Ban Quản lý",
    "Sở",
    "Cục",
    "Tổng cục",
    "Chi cục",
    "Trung tâm",
    "Hiệp hội",
    "Trường Đại học",
    "Trường Cao đẳng",
    "Đại học",
    "Học viện",
    "Viện",
    "Bệnh viện",
    "Tỉnh ủy",
    "Thành ủy",
)
_NOT_AFTER = {"Sở": ("hữu",)}  # "SỞ HỮU NƯỚC NGOÀI ...": ownership, a title's words
_MAX_WORDS = 14  # a longer run of capitals is a page flattened into one line, not a header's line
_LOWER_WORDS = frozenset({"tỉnh", "thành", "phố", "các", "và", "tại"})
_UNIT_LINE = re.compile(r"[ \t]*(?P<unit>(?:TỈNH|THÀNH PHỐ)[ \t]+[^\n|]+?)[ \t]*(?:\||\n|$)")
_CELL = re.compile(r"[^\n|]+")
_DASH = re.compile(r"\s+[-–]\s+")
_VOWEL = re.compile(r"[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)


@functools.cache
def _heads() -> tuple[tuple[str, str, bool], ...]:
    """(folded, as written, complete) for each name a header's cell may open with, longest first: the
    complete names of organizations.json ("Bộ Tài chính", "Chính phủ") and its prefixes ("Sở", "Ủy ban nhân
    dân"), which need a name or a unit after them."""
    data = load("organizations.json")
    whole = [(n, True) for n in [*data["full_names"], *data["standalone"]]]
    opening = [(p, False) for p in _HEADER_PREFIXES]
    heads = {n.casefold(): (n, complete) for n, complete in [*opening, *whole]}
    return tuple(sorted(((k, n, c) for k, (n, c) in heads.items()), key=lambda h: -len(h[0])))


def _render(words: list[str]) -> str:
    """Title case, but for the unit words ("tỉnh", "thành phố") and acronyms: "TP.HCM" as written, "TP.HỒ
    CHÍ MINH" as "TP. Hồ Chí Minh"."""
    out: list[str] = []
    for w in words:
        if w.lower() in _LOWER_WORDS:
            out.append(w.lower())
            continue
        first, *more = [_cased(p) for p in w.split(".")]
        out.append(first + "".join((". " if _VOWEL.search(p) else ".") + p for p in more))
    return " ".join(out)


def _cased(word: str) -> str:
    """A word's title case, or capitals for an acronym with no vowel ("TP", "HCM" of "TP.HCM")."""
    return word if not _VOWEL.search(word) else word.title()


def _body(cell: str) -> tuple[str, bool] | None:
    """The body a cell of capitals names, and whether it is complete (a whole name, or a prefix with words
    after it); None when the cell opens with no name or prefix."""
    folded = " ".join(cell.split()).casefold()
    for key, written, complete in _heads():
        if folded == key or folded.startswith(key + " "):
            rest = cell.split()[len(key.split()) :]  # (as written: "TP.HCM" keeps its capitals)
            if rest and rest[0].lower() in _NOT_AFTER.get(written, ()):
                return None
            return " ".join([written, _render(rest)]).strip(), complete or bool(rest)
    return None


def _bodies_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of a cell split at each dash that a school follows: a university system, then its school ("ĐẠI
    HỌC QUỐC GIA TP.HCM - TRƯỜNG ĐẠI HỌC KINH TẾ - LUẬT": two, the second with its "- LUẬT"); a school, then
    its university, is one name ("TRƯỜNG ĐẠI HỌC BÁCH KHOA - ĐẠI HỌC ĐÀ NẴNG"); [] when no dash splits it."""
    cuts = [
        m
        for m in _DASH.finditer(text, start, end)
        if (body := _body(text[m.end() : end])) and body[0].startswith("Trường")
    ]
    if not cuts:
        return []
    edges = [start, *(x for m in cuts for x in (m.start(), m.end())), end]
    return list(zip(edges[::2], edges[1::2], strict=True))


def _has_unit(name: str) -> bool:
    return " tỉnh " in f" {name} " or " thành phố " in f" {name} "


def header_organizations(text: str, taken: SpanSet | None = None) -> list[Organization]:
    """Organisations written in capitals as a line or a table's cell (module docstring); none that overlaps
    `taken`."""
    taken = taken or SpanSet()
    out: list[Organization] = []
    for m in _CELL.finditer(text):
        cell = m.group()
        if not cell.isupper():  # (a cell with a lower-case letter, or none at all)
            continue
        start = m.start() + len(cell) - len(cell.lstrip())
        end = m.start() + len(cell.rstrip())
        if len(cell.split()) > _MAX_WORDS:
            continue
        spans = _bodies_in(text, start, end)  # "ĐẠI HỌC QUỐC GIA TP.HCM - TRƯỜNG ĐẠI HỌC ...": two bodies
        for a, b in spans:
            body = _body(text[a:b])
            if body is not None and body[1] and not taken.overlaps(a, b):
                out.append(Organization(mention=text[a:b], start=a, end=b, name=body[0]))
                taken.add(a, b)
        if spans:
            continue
        body = _body(text[start:end])
        if body is None or taken.overlaps(start, end):
            continue
        name, complete = body
        first_cell = m.start() == 0 or text[m.start() - 1] == "\n"
        line_end = text.find("\n", end)
        unit = (
            _UNIT_LINE.match(text, line_end + 1)
            if first_cell and line_end >= 0 and not _has_unit(name)
            else None
        )
        if unit is not None and not unit.group("unit").isupper():
            unit = None  # "TỈNH" in capitals, then words in lower case: no header's line
        if unit is not None:  # "ỦY BAN NHÂN DÂN" / "TỈNH BẮC GIANG": the unit on the next line
            name += " " + _render(unit.group("unit").split())
            end = unit.end("unit")
        elif not complete:
            continue  # "ỦY BAN NHÂN DÂN", "SỞ" alone: which one is not said
        out.append(Organization(mention=text[start:end], start=start, end=end, name=name))
        taken.add(start, end)
    return out
