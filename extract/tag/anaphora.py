"""Firms named again without their name: "công ty" and "hai bên" standing for firms named before.

Disclosures and follow-up sentences rarely repeat a firm's name:

- "CÔNG TY CỔ PHẦN THÉP X / CÔNG BỐ THÔNG TIN / Công ty thông báo đã ký hợp đồng ... cho Công ty TNHH Y":
  the heading firm signs;
- "Nhà máy của Công ty CP X đã chạy thử; trước đó, công ty đã ký hợp đồng mua ... của Công ty Y": X signs;
- "Bên bán là Công ty A; bên mua là Công ty B. Ngày 3/4, hai bên ký hợp đồng ...": A and B sign.

`company_anaphors` gives a mention of the firm at each "công ty" that stands alone as a subject, so the deal
and event readers see the firm right before its verb; `both_sides` gives two mentions, of the two firms a
"hai bên" stands for, sharing its span (the deal and event readers take mentions that share a span as
co-signers). Both resolve only when the antecedent is plain: one firm (exactly two, for "hai bên") named in
the nearest sentence before that names any; after a sentence naming several firms "công ty" stays unread.
(A lower-case "tập đoàn ... sẽ đầu tư" inside one sentence is the deal reader's own `anaphora` rule.)
"""

from __future__ import annotations

import bisect
import re

from extract.models import Firm
from extract.tag.events import in_brackets

# "công ty" / "doanh nghiệp" / "đơn vị" as a subject: at the start of a sentence, clause or line, after an
# opening adverbial ("trước đó, ", "ngày 14/2, ") or a reporting verb ("ông X cho biết đơn vị đã ký ..."),
# followed by what a subject is followed by, never by a name
_ONE = re.compile(  # (the word's first letter first: most positions fail there, cheaply)
    r"(?=[CcDdĐđ])(?P<word>[Cc]ông ty|[Dd]oanh nghiệp|[Đđ]ơn vị)(?:\s+(?:này|nói trên))?"
    r"(?=\s+(?:đã|vừa|sẽ|cũng|đang|chính thức|tiếp tục|thông báo|cho biết|công bố|ký|ký kết)(?!\w)"
    r"|\s+và\s+(?:Công ty|Tổng công ty|Tập đoàn|Ngân hàng)\s)",  # "Công ty và Tổng công ty X đã ký ..."
)
_CUES_BEFORE = (",", "cho biết", "khẳng định", "thông báo")


def _opens_clause(text: str, start: int) -> bool:
    """The word at `start` opens a text, a line, a sentence or a clause (after ".", ";" or ":"), or follows
    a comma or a reporting verb and a space: asked only where `_ONE` matched (a look-behind before the
    spaces tried at every space cost a percent of the tagging)."""
    q = start
    while q and text[q - 1].isspace():
        q -= 1
    if not q or text[q - 1] in ".;:\n" or "\n" in text[q:start]:
        return True
    return q < start and text.endswith(_CUES_BEFORE, 0, q)


# "hai bên" / "đôi bên" / "hai doanh nghiệp" / "hai công ty" / "cả hai" right before a signing verb
_BOTH = re.compile(  # (first letters tested first)
    r"(?=[HhĐđCc])(?<!\w)(?:[Hh]ai|[Đđ]ôi|[Cc]ả hai)\s+(?:bên|doanh nghiệp|công ty|đơn vị)"
    r"(?=(?:\s+(?:đã|vừa|sẽ|cũng|chính thức|tiến hành|cùng|cùng nhau|dự kiến|tiếp tục|có kế hoạch))*"
    r"\s+(?:ký|ký kết|trao)(?!\w))"
)
_STRETCH = re.compile(r"[.!?\n]")  # where "the nearest stretch before" begins
# a board's resolution: "CÔNG TY CP X / NGHỊ QUYẾT HỘI ĐỒNG QUẢN TRỊ / Điều 1. Phê duyệt ... ký hợp đồng ...
# với Công ty Y": the article's approval is the heading firm's deed
_RESOLUTION = re.compile(r"(?i:nghị quyết)[^\n]{0,60}?(?i:hội đồng quản trị|HĐQT|đại hội đồng cổ đông|ĐHĐCĐ)")
_ARTICLE = re.compile(
    r"^(?P<word>Điều\s+\d{1,2})[.:]\s*(?:Phê duyệt|Thông qua|Chấp thuận|Đồng ý)(?!\w)", re.MULTILINE
)


def named_before(text: str, firms: list[Firm], starts: list[int], pos: int) -> list[Firm]:
    """The firms (not in brackets) of the nearest stretch before `pos` that names one: the clause holding
    `pos` up to `pos`, else the stretches before it. Found from the nearest firm back, not by walking the
    text back (a long text between a firm and "công ty" made that a loop over every character)."""
    for i in range(bisect.bisect_left(starts, pos) - 1, -1, -1):
        f = firms[i]
        stop = _STRETCH.search(text, f.start, pos)  # `f`'s stretch ends at the next boundary, or at `pos`
        end = stop.start() if stop else pos
        if f.end <= end and not in_brackets(text, f.start):
            begin = max(text.rfind(c, 0, f.start) for c in ".!?\n") + 1
            lo, hi = bisect.bisect_left(starts, begin), bisect.bisect_left(starts, end)
            return [g for g in firms[lo:hi] if g.end <= end and not in_brackets(text, g.start)]
    return []


def _is_bank(firm: Firm) -> bool:
    """A bank is named again as "ngân hàng", never as "công ty" or "doanh nghiệp": 'A và Ngân hàng B ký hợp
    đồng tín dụng; cùng ngày, công ty ký ...' is A."""
    return (firm.legal_form or "").startswith("Ngân hàng")


def company_anaphors(text: str, firms: list[Firm], starts: list[int]) -> list[Firm]:
    """A mention of the firm each subject "công ty" ("doanh nghiệp") stands for, spanning those words,
    when the nearest stretch before it that names a firm names exactly one (by name; a bank does not
    count, `_is_bank`). `firms` in text order, `starts` their starts."""
    out: list[Firm] = []
    for m in _ONE.finditer(text):
        if not _opens_clause(text, m.start()):
            continue
        before = [f for f in named_before(text, firms, starts, m.start("word")) if not _is_bank(f)]
        if len({f.name for f in before}) == 1:
            span = {"start": m.start("word"), "end": m.end(), "mention": m.group().strip()}
            out.append(before[0].model_copy(update=span))
    return out


def both_sides(text: str, firms: list[Firm], starts: list[int]) -> list[Firm]:
    """Two mentions, of the two firms each "hai bên" before a verb stands for, both spanning those words,
    when the nearest stretch before it names exactly two firms (by name). `firms` in text order."""
    out: list[Firm] = []
    for m in _BOTH.finditer(text):
        before = named_before(text, firms, starts, m.start())
        names = list(dict.fromkeys(f.name for f in before))
        if len(names) == 2:
            span = {"start": m.start(), "end": m.end(), "mention": m.group()}
            out += [next(f for f in before if f.name == n).model_copy(update=span) for n in names]
    return out


def resolved_by_board(text: str, firms: list[Firm], starts: list[int]) -> list[Firm]:
    """A mention of the resolving firm at each approving article of a board's (or shareholders') resolution
    ("Điều 1. Phê duyệt ..."), spanning "Điều 1" (no sentence ends there): the firm the nearest stretch
    before the first article names, when it names exactly one (the heading "CÔNG TY CP X" above or under
    "NGHỊ QUYẾT HỘI ĐỒNG QUẢN TRỊ")."""
    heading = _RESOLUTION.search(text)
    if heading is None:
        return []
    out: list[Firm] = []
    before: list[Firm] | None = None
    for m in _ARTICLE.finditer(text, heading.end()):
        if before is None:  # the firm named above the first article, under or over the title
            before = [f for f in named_before(text, firms, starts, m.start()) if not _is_bank(f)]
        if len({f.name for f in before}) == 1:
            span = {"start": m.start("word"), "end": m.end("word"), "mention": m.group("word")}
            out.append(before[0].model_copy(update=span))
    return out


def anaphors(text: str, firms: list[Firm]) -> list[Firm]:
    """`firms` with the mentions "công ty", "hai bên" and a resolution's articles stand for, in text order."""
    if not firms:
        return firms
    firms = sorted(firms, key=lambda f: f.start)
    starts = [f.start for f in firms]
    found = company_anaphors(text, firms, starts) + both_sides(text, firms, starts)
    found += resolved_by_board(text, firms, starts)
    return sorted(firms + found, key=lambda f: f.start) if found else firms
