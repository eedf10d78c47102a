"""One firm, several deeds in one sentence: coordinated predicates that share the sentence's subject.

Business news often packs a firm's quarter into one sentence:

- "Công ty CP A khánh thành nhà máy ..., vốn 520 tỷ đồng, và ký hợp đồng cung cấp ống ... cho Tổng công ty
  B": an opening of A's (with its capital) and a supply contract between A and B;
- "Công ty A vừa khánh thành nhà máy thứ hai ..., vừa ký hợp đồng ... cho Công ty B, đồng thời nhận khoản
  vay 200 tỷ đồng từ Ngân hàng C": three deeds of A.

Read as one clause, the readers give one event of both firms and one amount. `coordinated` cuts such a
clause before each further predicate (", và ký", ", vừa ký", ", đồng thời nhận" ...) and gives a mention of
the subject spanning the conjunction, so each piece reads as "A ký ... cho B" (the same device as
`extract.tag.anaphora`). The subject is the clause's first firm, and only when a deed verb follows it
(after at most a bracketed alias and an adverb: "Công ty A (PTE) vừa khánh thành"); a conjunction followed
by another subject ("..., và Công ty B sẽ khởi công") is no shared predicate and is left alone.
"""

from __future__ import annotations

import bisect
import re

from extract.models import Firm
from extract.tag.events import in_brackets

_ADVERBS = r"(?:(?:đã|vừa|sẽ|cũng|chính thức|tiếp tục|còn|cùng lúc)\s+)*"
_DEEDS = (
    r"(?:ký kết|ký|khánh thành|khởi công|động thổ|nhận|được cấp|được trao|tăng vốn|rót|mua lại|thuê"
    r"|khai trương|đưa vào)(?!\w)"
)
# the deed verb right after the subject: "Công ty A (PTE) vừa khánh thành", "A đã ký"
_SUBJECT_DEED = re.compile(rf"\s*(?:\([^()]{{1,80}}\)\s*)?(?:,\s*)?{_ADVERBS}{_DEEDS}")
# a further predicate of the same subject: ", và ký", ", vừa ký", ", đồng thời nhận", "; đồng thời ký"
_NEXT_DEED = re.compile(
    rf"(?:,\s+(?P<conj>và|vừa|đồng thời|và đồng thời|cùng với đó là)|\s+(?P<conj2>và đồng thời))\s+"
    rf"(?={_ADVERBS}{_DEEDS})"
)


def coordinated(
    text: str, clauses: list[tuple[int, int]], firms: list[Firm]
) -> tuple[list[tuple[int, int]], list[Firm]]:
    """`clauses` with each clause cut before the further predicates of its subject, and the mentions of the
    subject at each cut (spanning the conjunction). `firms` in text order."""
    if not firms or not _NEXT_DEED.search(text):
        return clauses, []
    starts = [f.start for f in firms]
    out: list[tuple[int, int]] = []
    mentions: list[Firm] = []
    for s, e in clauses:
        cuts = [m for m in _NEXT_DEED.finditer(text, s, e)]
        i = bisect.bisect_left(starts, s)
        subject = firms[i] if i < len(firms) and firms[i].end <= e else None
        if not cuts or subject is None or in_brackets(text, subject.start):
            out.append((s, e))
            continue
        deed = _SUBJECT_DEED.match(text, subject.end)
        cuts = [m for m in cuts if deed is not None and m.start() >= deed.end()]
        if not cuts:
            out.append((s, e))
            continue
        begin = s
        for m in cuts:
            out.append((begin, m.start()))
            conj = "conj" if m.group("conj") else "conj2"
            begin = m.start(conj)
            span = {"start": m.start(conj), "end": m.end(conj), "mention": m.group(conj)}
            mentions.append(subject.model_copy(update=span))
        out.append((begin, e))
    return out, mentions
