"""Documents a legal text cites in its preamble: "Căn cứ ...;", "Thực hiện ...;", "Xét đề nghị ... tại
Tờ trình số ...", each with its canonical number, type, issuer and date when given.

The preamble is the run of clauses that open with one of `PREAMBLE_OPENERS`, from the first such clause
to the first clause that does not. A clause may cite several documents ("Nghị quyết 73-NQ/TW và Công điện
194/CĐ-TTg"); a document type word starts a new document only after a separator ("," ";" "và" "tại"),
and only once the document before it has its number or date, so "Luật sửa đổi, bổ sung một số điều của
Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019" stays one law,
and "Nghị định số 31/2021/NĐ-CP ... hướng dẫn thi hành Luật Đầu tư" one decree.

    >>> [c.number for c in cited_documents(
    ...     "Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ;\\n"
    ...     "Xét đề nghị của Sở Công Thương tại Tờ trình số 45/TTr-SCT ngày 2/5/2024;\\n"
    ...     "QUYẾT ĐỊNH:\\nĐiều 1. Theo Quyết định số 9/QĐ-UBND ...")]
    ['111/2015/NĐ-CP', '45/TTr-SCT']
    >>> c = cited_documents("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;")[0]
    >>> c.title, c.doc_type, c.issuer, c.date
    ('Luật Tổ chức chính quyền địa phương', 'Luật', 'Quốc hội', '2015-06-19')
"""

from __future__ import annotations

import re

from extract.models import CitedDocument
from extract.normalize import normalize
from extract.tag._common import _DATE_BODY, date_from_match, published_year
from extract.tag.decisions import tag_decisions

PREAMBLE_OPENERS = ("Căn cứ", "Thực hiện", "Xét", "Theo đề nghị", "Trên cơ sở", "Thi hành")
_OPENER = re.compile(rf"^\s*(?:{'|'.join(PREAMBLE_OPENERS)})\b", re.IGNORECASE)
# Document type words that can open a cited document, with the type and issuer a name-only citation gets.
NAMED_TYPES = {
    "Hiến pháp": ("Hiến pháp", "Quốc hội"),
    "Bộ luật": ("Bộ luật", "Quốc hội"),
    "Luật": ("Luật", "Quốc hội"),
    "Pháp lệnh": ("Pháp lệnh", "Ủy ban Thường vụ Quốc hội"),
}
_TYPE_WORDS = (
    "Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|Quyết định|Thông tư liên tịch|Thông tư|"
    "Chỉ thị|Công văn|Công điện|Kế hoạch|Kết luận|Thông báo|Tờ trình|Báo cáo|Văn bản hợp nhất|[Vv]ăn bản|"
    "Chương trình|Đề án|Quy chế|Hướng dẫn"
)
# Types cited with a number may be written in lower case ("Căn cứ quyết định số 1135/QĐ-TTg"); a lower-case
# name-only type ("... của luật") is prose, not a citation.
_NUMBERED_LOWER = "|".join(
    w[0].lower() + w[1:] for w in _TYPE_WORDS.split("|") if w not in NAMED_TYPES and w[0].isupper()
)
_TYPE_START = re.compile(rf"(?<!\w)(?P<type>{_TYPE_WORDS}|{_NUMBERED_LOWER})(?!\w)")


def _canonical_type(word: str) -> str:
    """The type word as type names are written: capitalised, except the generic "văn bản".

    >>> _canonical_type("quyết định"), _canonical_type("Nghị định"), _canonical_type("văn bản")
    ('Quyết định', 'Nghị định', 'văn bản')
    """
    return word if word in GENERIC_TYPE_WORDS else word[0].upper() + word[1:]


_SEPARATOR_BEFORE = re.compile(r"(?:^|[,;:(]|\bvà|\btại|\btheo|\bcủa các|\bcác)\s*$")
_DATE = re.compile(rf"(?<!\w)ngày\s+{_DATE_BODY}")
# A name-only law's title runs to its number, date or the clause's end ("Luật sửa đổi, bổ sung ... của
# Luật Tổ chức Chính phủ và Luật ... ngày 22 tháng 11 năm 2019" is one title).
_NAME_END = re.compile(r"\s+(?:số\s*(?=\d)|ngày\b|năm\b|đã được\b|được\b|có hiệu lực\b)|[;(]")
GENERIC_TYPE_WORDS = {"văn bản", "Văn bản", "Văn bản hợp nhất"}  # the number's codes say more


def preamble_clauses(text: str) -> list[str]:
    """The preamble's clauses: split on new lines and ';', from the first opener to the first clause that
    neither opens with an opener nor, inside the preamble, with a document type ("...; Luật Đầu tư ...")."""
    clauses = [c.strip() for line in text.splitlines() for c in line.split(";")]
    out: list[str] = []
    for clause in clauses:
        if not clause:
            continue
        if _OPENER.match(clause) or (out and _TYPE_START.match(clause)):
            out.append(clause)
        elif out:
            break
    return out


def _segments(clause: str) -> list[tuple[str, str]]:
    """(type word, segment text) for each document the clause cites, in order."""
    starts: list[tuple[int, str]] = []
    for m in _TYPE_START.finditer(clause):
        if not starts:
            starts.append((m.start(), _canonical_type(m.group("type"))))
            continue
        previous = clause[starts[-1][0] : m.start()]
        complete = bool(_DATE.search(previous) or re.search(r"\d+\s*[/-]\s*\w", previous))
        if complete and _SEPARATOR_BEFORE.search(clause[: m.start()]):
            starts.append((m.start(), _canonical_type(m.group("type"))))
    bounds = [s for s, _ in starts] + [len(clause)]
    return [(word, clause[bounds[i] : bounds[i + 1]]) for i, (_, word) in enumerate(starts)]


def _cited(word: str, segment: str, published: str | None) -> CitedDocument | None:
    refs = tag_decisions(segment, published)
    date_match = _DATE.search(segment)
    date = date_from_match(date_match, published_year(published)) if date_match else None
    if refs:
        ref = refs[0]
        # the type written right before the number wins over the one its codes imply ("Nghị quyết số
        # 202/2025/QH15" is no "Luật"); a type word further away may name another document
        written = re.fullmatch(rf"{re.escape(word)}(?:\s+số)?\s*", segment[: ref.start], re.IGNORECASE)
        doc_type = word if written and word not in GENERIC_TYPE_WORDS else ref.doc_type
        return CitedDocument(number=ref.number, doc_type=doc_type, issuer=ref.issuer, date=ref.date or date)
    if word not in NAMED_TYPES:
        return None  # "Kế hoạch của tỉnh" without number or name: nothing to cite
    doc_type, issuer = NAMED_TYPES[word]
    name_end = _NAME_END.search(segment, len(word))
    title = " ".join(segment[: name_end.start() if name_end else len(segment)].split()).rstrip(" .,")
    if title == word:
        return None
    return CitedDocument(doc_type=doc_type, issuer=issuer, date=date, title=title)


def cited_documents(
    text: str, own_number: str | None = None, published: str | None = None
) -> list[CitedDocument]:
    """Documents cited in the preamble of `text`, each once, in order; never `own_number`."""
    text = normalize(text).text
    out: list[CitedDocument] = []
    seen: set[str] = set()
    for clause in preamble_clauses(text):
        for i, (word, segment) in enumerate(_segments(clause)):
            doc = _cited(word, segment, published)
            if doc is None or (own_number and doc.number == own_number):
                continue
            if i and doc.number is None and doc.date is None:
                continue  # "... hướng dẫn Luật Đầu tư, Luật Doanh nghiệp": named in a title, not cited
            key = doc.number or (doc.title or "").lower()
            if key not in seen:
                seen.add(key)
                out.append(doc)
    return out
