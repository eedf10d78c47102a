"""How a legal text relates to the documents it names: it rests on (căn cứ), amends (sửa đổi, bổ sung),
replaces (thay thế), repeals (bãi bỏ) or guides (hướng dẫn, quy định chi tiết) them.

The rule, in one place: a decision number belongs to the relation whose cue comes last before it within
its clause (a sentence, or a line of the preamble), when no other number sits between the cue and it that
the cue already took, or the numbers are a list ("A, B và C"). Cues are data (`CUES`), matched on the
folded text, so accents and NFD do not matter. A number with no cue before it in its clause is cited only
(`mentions`), not related.

Examples:
- "Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ" -> based_on 111/2015/NĐ-CP
- "Quyết định sửa đổi, bổ sung một số điều của Quyết định số 18/2023/QĐ-UBND" -> amends 18/2023/QĐ-UBND
- "Quyết định này thay thế Quyết định số 12/2019/QĐ-UBND" -> replaces 12/2019/QĐ-UBND
- "Bãi bỏ các Quyết định số 5/2015/QĐ-UBND và 9/2016/QĐ-UBND" -> repeals both
- "Thông tư hướng dẫn Nghị định số 111/2015/NĐ-CP" -> guides 111/2015/NĐ-CP
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from pydantic import BaseModel

from extract.normalize import fold
from extract.tag.decisions import tag_decisions

RelationKind = Literal["based_on", "amends", "replaces", "repeals", "guides"]

# folded cue -> relation; longer cues first so "sua doi, bo sung" wins over "bo sung"
CUES: dict[str, RelationKind] = {
    "can cu": "based_on",
    "sua doi, bo sung": "amends",
    "sua doi bo sung": "amends",
    "sua doi": "amends",
    "dinh chinh": "amends",
    "thay the": "replaces",
    "bai bo": "repeals",
    "het hieu luc": "repeals",
    "huong dan thi hanh": "guides",
    "huong dan thuc hien": "guides",
    "quy dinh chi tiet": "guides",
    "huong dan": "guides",
}

LABELS: dict[RelationKind, tuple[str, str]] = {  # (this document ... it, it ... this document)
    "based_on": ("Căn cứ", "Làm căn cứ cho"),
    "amends": ("Sửa đổi, bổ sung", "Được sửa đổi, bổ sung bởi"),
    "replaces": ("Thay thế", "Được thay thế bởi"),
    "repeals": ("Bãi bỏ", "Bị bãi bỏ bởi"),
    "guides": ("Hướng dẫn", "Được hướng dẫn bởi"),
}

_CUE_RE = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(CUES, key=len, reverse=True)) + r")\b")
_CLAUSE_END = re.compile(r"[.;:!?\n]")
_DOC_TYPES = r"(?:quyết định|nghị định|thông tư|chỉ thị|nghị quyết|công văn|kế hoạch|văn bản|luật)"
# what may stand between two numbers of one list: its date and issuer, a comma or "và", a type word
_LIST_GAP = re.compile(
    r"^(?:\s*ngày\s+[\d/.\-]+)?(?:\s+của\s+[^,;.]{0,40}?)?[\s,]*(?:(?:và|hoặc)\s+)?(?:các\s+)?"
    + _DOC_TYPES
    + r"?\s*(?:số\s*)?$",
    re.IGNORECASE,
)


class Relation(BaseModel):
    kind: RelationKind
    number: str  # canonical number of the other document
    mention: str  # the clause it was read from, trimmed


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding position `at` starts (after the last sentence or line break before it)."""
    found = [m.end() for m in _CLAUSE_END.finditer(text, 0, at)]
    return found[-1] if found else 0


def relations(text: str, own_number: str | None = None) -> list[Relation]:
    """The relations `text` states, in order, one per (kind, number); never to its own number.

    >>> [(r.kind, r.number) for r in relations("Quyết định sửa đổi, bổ sung Quyết định số 18/2023/QĐ-UBND.")]
    [('amends', '18/2023/QĐ-UBND')]
    >>> [(r.kind, r.number) for r in relations("Bãi bỏ Quyết định số 5/2015/QĐ-UBND và số 9/2016/QĐ-UBND.")]
    [('repeals', '5/2015/QĐ-UBND'), ('repeals', '9/2016/QĐ-UBND')]
    >>> relations("Theo Quyết định số 5/2015/QĐ-UBND, tỉnh đã hỗ trợ 20 doanh nghiệp.")
    []
    >>> line = "Căn cứ Nghị định số 57/2024/NĐ-CP sửa đổi Nghị định số 111/2015/NĐ-CP;"
    >>> [(r.kind, r.number) for r in relations(line)]
    [('based_on', '57/2024/NĐ-CP')]
    """
    text = unicodedata.normalize("NFC", text)
    folded = fold(text)
    if len(folded) != len(text):  # a letter fold() turns into two (none in Vietnamese): match unfolded
        folded = text.lower()
    out: list[Relation] = []
    seen: set[tuple[str, str]] = set()
    previous_end: dict[int, int] = {}  # clause start -> end of the last number related in that clause
    for ref in tag_decisions(text):
        if own_number and ref.number == own_number:
            continue
        start = _clause_start(text, ref.start)
        cues = list(_CUE_RE.finditer(folded, start, ref.start))
        if not cues:
            continue
        # in a preamble line ("Căn cứ A về việc sửa đổi B") the words after A describe A, not this text
        cue = cues[0] if CUES[cues[0].group(1)] == "based_on" else cues[-1]
        last = previous_end.get(start)
        if last is not None and last > cue.end() and not _LIST_GAP.match(text[last : ref.start]):
            continue  # another document's words stand between the cue and this number
        kind = CUES[cue.group(1)]
        previous_end[start] = ref.end
        if (kind, ref.number) in seen:
            continue
        seen.add((kind, ref.number))
        end = min((m.start() for m in _CLAUSE_END.finditer(text, ref.end)), default=len(text))
        out.append(Relation(kind=kind, number=ref.number, mention=" ".join(text[start:end].split())[:300]))
    return out
