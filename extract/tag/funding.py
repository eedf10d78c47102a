"""Funding rounds: a start-up or a manufacturer raising capital in a round that an investor leads.

The lead investor buys into the company: in the evaluation rows that is an investment deal of the lead and
an acquisition event of the lead and the company, completed when the round is closed.

>>> [m.group() for m in ROUND.finditer("X vừa hoàn tất vòng gọi vốn 40 triệu USD do Y dẫn dắt.")]
['vòng gọi vốn 40 triệu USD do ']
>>> [m.group() for m in ROUND.finditer("X has raised $18 million in a Series A round led by Y.")]
['round led by ']
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extract.models import Firm, Money

# "vòng gọi vốn 40 triệu USD do X dẫn dắt", "vòng Series A ... do X dẫn đầu"; "a Series A round led by X",
# "a $18 million round led by X": the words before the lead investor's name
ROUND = re.compile(
    r"(?<!\w)(?:[Vv]òng\s+(?:gọi vốn|huy động vốn|góp vốn|đầu tư|hạt giống|tiền Series [A-E]|Series [A-E])"
    r"[^.;]{0,80}?\s(?P<lead_vi>do\s+)"
    r"|(?:round|funding)\s+(?P<lead_en>led by\s+))",
)
_LEADS = re.compile(
    r"(?:\s*\([^()]{1,60}\))?\s+(?:cùng\s+|đồng\s+)?(?:dẫn dắt|dẫn đầu|làm nhà đầu tư dẫn dắt|chủ trì)(?!\w)"
)
# a second lead after the first: "do Công ty A, niêm yết ở Tokyo, và quỹ B (Singapore) đồng dẫn dắt", "led
# by A and B" (between them: a bracket or an apposition in lower case, then "và"/"and", then a fund's word)
_CO_LEAD = re.compile(
    r"(?:\s*\([^()]{1,60}\))?(?:,\s*[a-zà-ỹđ][^,;()]{0,60},)?\s*(?:và|and)\s+"
    r"(?:[Qq]uỹ(?: đầu tư)?(?: mạo hiểm)? |(?:the )?(?:fund|investor|venture firm) "
    r"|[Cc]ông ty |[Tt]ập đoàn )?$"
)
# what a lead investor's name may follow: "do Quỹ đầu tư X dẫn dắt", "led by the fund X"
_FUND_WORDS = re.compile(r"(?:[Qq]uỹ(?: đầu tư)?(?: mạo hiểm)? |(?:the )?(?:fund|investor|venture firm) )")
# the company before the round: "X vừa hoàn tất vòng ...", "X has raised $18 million in ..."
_RAISED = re.compile(
    r"(?<!\w)(?:hoàn tất|huy động(?: thành công)?|gọi(?: thành công)?(?: được)?|nhận|công bố|"
    r"has raised|raised|has closed|closed|secured|has secured)(?!\w)"
)


class Round(NamedTuple):
    lead: Firm
    company: Firm | None
    amount: Money | None
    closed: bool
    co_leads: tuple[Firm, ...] = ()  # "do A và B đồng dẫn dắt": the leads after the first


def funding_rounds(text: str, s: int, e: int, firms: list[Firm], money: list[Money]) -> list[Round]:
    """The funding rounds told in the clause text[s:e] (`firms` and `money` are the clause's, in order)."""
    out: list[Round] = []
    for m in ROUND.finditer(text, s, e):
        at = m.end()
        lead = next((f for f in firms if f.start == at or _FUND_WORDS.fullmatch(text, at, f.start)), None)
        if lead is None:
            continue
        co_leads: list[Firm] = []
        last = lead
        for f in firms:  # "do A, ..., và B đồng dẫn dắt": each lead named before the verb
            if f.start > last.end and _CO_LEAD.fullmatch(text, last.end, f.start):
                co_leads.append(f)
                last = f
        if m.group("lead_vi") is not None and not _LEADS.match(text, last.end):
            continue  # "vòng gọi vốn do công ty tổ chức": the organiser, not an investor
        company = next((f for f in reversed(firms) if f.end <= m.start() and f is not lead), None)
        told = _RAISED.search(text, company.end if company else s, m.start())
        if company is None or told is None:
            # "Vòng Series B 24 triệu USD mà X công bố hoàn tất ... do A dẫn dắt": the company in the round
            company = next((f for f in firms if m.start() < f.start and f.end < at), None)
            told = _RAISED.search(text, company.end, m.end()) if company else None
            if company is None or told is None:
                continue
        amount = next((x for x in money if s <= x.start < lead.start and x.start != told.start()), None)
        if company.start < m.start():
            amount = next((x for x in money if told.end() <= x.start < lead.start), None)
        out.append(Round(lead, company, amount, "dự kiến" not in text[s : m.start()], tuple(co_leads)))
    return out
