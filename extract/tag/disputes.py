"""Contracts recalled by a dispute, a ruling, a termination or work done under them: a deal of the two
firms, never a new event.

Court, arbitration and business pages name a contract only to say what went wrong with it:

- "Tòa án ... thụ lý vụ kiện của Công ty A đòi Công ty B thanh toán ... theo hợp đồng mua bán kho lạnh";
- "Trọng tài ... ra phán quyết buộc Công ty A bồi thường ... cho Công ty B do giao máy chậm so với hợp đồng";
- "Công ty A đã khởi kiện Công ty B ... vì chậm thanh toán theo hợp đồng cung cấp ...";
- "... công nhận sự thỏa thuận giữa Công ty A và Công ty B về tranh chấp hợp đồng mua bán linh kiện" (the
  settlement is not a memorandum of understanding);
- "Công ty A thông báo chấm dứt trước hạn hợp đồng thuê nhà xưởng ... với Công ty B";
- "Ngân hàng A đã giải ngân ... cho Công ty B theo hợp đồng tín dụng ký hồi tháng 4", "A vừa bàn giao cho B
  tàu thứ hai theo hợp đồng đóng mới ký năm 2024", "hợp đồng thuê 30 ha với B ký năm 2024 đã được thanh
  toán 70%": what is done under a contract signed before.

The two firms did have that contract, so the evaluation's deals hold it (a supply contract, or cooperation
for a lease or a loan); nothing was signed that day, so its events hold none. `recalled` reads the pair and
the kind; `in_dispute` tells the event pass which clauses only recall a contract.
"""

from __future__ import annotations

import re

from extract.models import Firm
from extract.tag._common import IN_SENTENCE, last_text_memo

# what makes a clause a dispute, a ruling or a settlement
_DISPUTE = re.compile(
    r"(?<!\w)(?:khởi kiện|vụ kiện|đơn kiện|thắng kiện|bị kiện|kiện\s+(?=[A-ZĐ])|trọng tài|phán quyết|bản án"
    r"|tranh chấp|nguyên đơn|bị đơn|bồi thường"
    rf"|đòi\s{IN_SENTENCE}{{0,80}}?thanh toán|phải trả|chậm thanh toán|còn nợ"
    # work done under a contract signed before: "giải ngân ... theo hợp đồng tín dụng ký hồi tháng 4" (not a
    # supply still to come, "sẽ cung cấp ... theo hợp đồng ký tháng trước": that reports the contract)
    rf"|(?:giải ngân|bàn giao|hạ thủy|thanh toán|giao lô|giao hàng)\s{IN_SENTENCE}{{0,120}}?"
    rf"theo hợp đồng{IN_SENTENCE}{{0,60}}?"
    r"(?<!\w)ký(?:\s+kết)?\s+(?:từ\s+|hồi\s+|vào\s+)?(?:năm|tháng|hồi|cuối|đầu)"
    # a concession about a contract signed before: "Dù A đã ký hợp đồng EPC với B từ tháng 3, đến nay ..."
    rf"|(?:^|(?<=[.;\n])\s*|(?<=[.;]\s))(?:Dù|Mặc dù|Tuy|Dẫu)\s{IN_SENTENCE}{{0,80}}?(?<!\w)đã\s+ký"
    rf"{IN_SENTENCE}{{0,120}}?\s(?:từ|hồi|vào)\s+(?:đầu\s+|cuối\s+|giữa\s+)?(?:năm|tháng)"
    # a contract signed in an earlier year, now the subject of what is told: "hợp đồng thuê 30 ha với B ký
    # năm 2024 đã được thanh toán 70%"
    rf"|hợp đồng\s{IN_SENTENCE}{{0,80}}?(?<!\w)ký(?:\s+kết)?\s+(?:từ\s+|vào\s+)?năm\s+(?:19|20)\d\d\s+"
    r"(?:đã|đang|vẫn|mới)(?=\s)"
    # "phần lớn đến từ hợp đồng cho thuê 55 ha đất ký với B hồi đầu năm": what a contract signed before
    # brings; "xuất lô hàng đầu tiên theo hợp đồng đã ký với B từ tháng 9": a delivery under it
    rf"|(?:đến từ|nhờ|từ|theo)\s+hợp đồng\s{IN_SENTENCE}{{0,80}}?(?<!\w)ký(?:\s+kết)?\s+với\s"
    rf"(?:{IN_SENTENCE}|\.(?=[A-Z]\.)|(?<=\.[A-Z])\.){{1,60}}?\s"  # the name may end in "B.V."
    r"(?:hồi|từ|vào)\s+(?:đầu\s+|cuối\s+|giữa\s+)?(?:năm|tháng)"
    r")(?!\w)",
    re.IGNORECASE,
)
# a firm ending a contract it had: "A (thông báo) (đã) (đơn phương) chấm dứt (trước hạn) hợp đồng ..."
_ENDS_CONTRACT = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:thông báo\s+|cho biết\s+)?(?:đã\s+|vừa\s+)?(?:đơn phương\s+)?"
    r"(?:chấm dứt|thanh lý|hủy|huỷ)\s+(?:trước hạn\s+)?hợp đồng(?!\w)",
    re.IGNORECASE,
)
_CONTRACT = re.compile(r"(?=[hH])(?<!\w)hợp đồng(?!\w)", re.IGNORECASE)  # first letter first: scanned in C
# the kind of contract recalled: a lease, a loan or a cooperation contract is cooperation; a transfer of a
# plant or a stake is the buyer's investment (the deal reader's own rules), left alone here
_LEASE_OR_LOAN = re.compile(
    r"(?<!\w)hợp đồng\s+(?:(?:cho\s+)?thuê|tín dụng|vay|cho vay|hợp tác|liên doanh)(?!\w)", re.IGNORECASE
)
_TRANSFER = re.compile(r"(?<!\w)hợp đồng\s+(?:chuyển nhượng|mua lại|mua bán cổ phần)(?!\w)", re.IGNORECASE)


def names_contract(text: str) -> bool:
    """The text names a contract at all ("hợp đồng"): most texts do not, and have no clause to read here."""
    return _CONTRACT.search(text) is not None


def in_dispute(text: str, s: int, e: int, firms: list[Firm]) -> bool:
    """The clause text[s:e] names a contract only to recall it: a dispute, a ruling, a settlement, or a firm
    ending it ("A chấm dứt hợp đồng ..."; not "Sau khi chấm dứt hợp đồng với nhà cung cấp cũ, A ký ...")."""
    contract, disputed = _contract_words(text, s, e)
    if not contract:
        return False
    if disputed:
        return True
    return any(s <= f.start and f.end <= e and _ENDS_CONTRACT.match(text, f.end) for f in firms)


@last_text_memo
def _contract_words(text: str, s: int, e: int) -> tuple[bool, bool]:
    """Whether the clause text[s:e] names a contract, and (when it does) a dispute's words: the passes of
    `extract.tag.reconcile` ask `in_dispute` of the same clauses, each with its own firms."""
    if not _CONTRACT.search(text, s, e):
        return False, False
    return True, _DISPUTE.search(text, s, e) is not None


def recalled(text: str, s: int, e: int, firms: list[Firm]) -> tuple[str, list[Firm]] | None:
    """The kind and the two firms of the contract a dispute clause text[s:e] recalls, when it names exactly
    two firms (the court, the arbitration centre and a bank are organisations, not firms)."""
    inside = [f for f in firms if s <= f.start and f.end <= e]
    names = list(dict.fromkeys(f.name for f in inside))
    if len(names) != 2 or not in_dispute(text, s, e, inside) or _TRANSFER.search(text, s, e):
        return None
    pair = [next(f for f in inside if f.name == name) for name in names]
    return ("cooperation" if _LEASE_OR_LOAN.search(text, s, e) else "supply_contract"), pair
