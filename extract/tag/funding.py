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
    r"(?<!\w)(?:vòng\s+(?:gọi vốn|huy động vốn|góp vốn|đầu tư|hạt giống|tiền Series [A-E]|Series [A-E])"
    r"[^.;]{0,80}?\s(?P<lead_vi>do\s+)"
    r"|(?:round|funding)\s+(?P<lead_en>led by\s+))",
)
_LEADS = re.compile(r"\s+(?:dẫn dắt|dẫn đầu|làm nhà đầu tư dẫn dắt|chủ trì)(?!\w)")
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


def funding_rounds(text: str, s: int, e: int, firms: list[Firm], money: list[Money]) -> list[Round]:
    """The funding rounds told in the clause text[s:e] (`firms` and `money` are the clause's, in order)."""
    out: list[Round] = []
    for m in ROUND.finditer(text, s, e):
        at = m.end()
        lead = next((f for f in firms if f.start == at or _FUND_WORDS.fullmatch(text, at, f.start)), None)
        if lead is None:
            continue
        if m.group("lead_vi") is not None and not _LEADS.match(text, lead.end):
            continue  # "vòng gọi vốn do công ty tổ chức": the organiser, not an investor
        company = next((f for f in reversed(firms) if f.end <= m.start() and f is not lead), None)
        told = _RAISED.search(text, company.end if company else s, m.start())
        if company is None or told is None:
            continue
        amount = next((x for x in money if told.end() <= x.start < lead.start), None)
        out.append(Round(lead, company, amount, closed="dự kiến" not in text[s : m.start()]))
    return out
