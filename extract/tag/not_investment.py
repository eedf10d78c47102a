"""Money words that look like an investment but are not one, shared by the deal reader (extract/tag/deals.py)
and the event reader (extract/tag/events.py), so that `tag_text` gives the same answer from both sides.

- A loan: "HSBC giải ngân khoản vay 300 tỷ đồng cho Công ty Y", "HSBC đã giải ngân 1.500 tỷ đồng cho các
  doanh nghiệp FDI" (money lent *to* someone) is credit, read as a cooperation where two firms are named.
- Charter capital: "Công ty X nâng vốn điều lệ từ 20 lên 50 tỷ đồng" is the firm's own equity, not a project.
- A purpose: "Ngân hàng X tài trợ 200 tỷ đồng cho Công ty Y để đầu tư dây chuyền" (the loan's purpose).
- Invested in: "Sau khi mua lại, Cơ khí Tân Định sẽ được đầu tư thêm dây chuyền dập" (no investor named).
- A stake transfer signed by both sides: "A và B ký hợp đồng chuyển nhượng 35% cổ phần" is the buyer's
  investment (the foreign side, when one is), not a pact between partners.
- An award: "Samsung trao chứng nhận nhà cung cấp xuất sắc cho Công ty Y" is no licence.
- A proposal: "Tập đoàn X đang đề xuất đầu tư nhà máy 1 tỷ USD", "Công ty Y đề xuất nâng vốn dự án lên ..."
  asks for a licence; no investment is decided (proposals under review are no deal in every batch since 19);
  nor is one weighed ("đang cân nhắc mở rộng nhà máy ... nếu đơn hàng tăng").
- A condition: "X cam kết sẽ đầu tư thêm 200 triệu USD nếu tỉnh sớm bàn giao mặt bằng" pledges, no more.
- A grant: "Sở Công Thương hỗ trợ 1,4 tỷ đồng cho Công ty X đầu tư dây chuyền" is public support, not X's
  deal.
- An acquisition signed as a contract: "X ký hợp đồng mua lại toàn bộ mảng dây cáp của Công ty Y" is shares or
  a business bought (the buyer's investment), not goods supplied.
"""

from __future__ import annotations

import re

from extract.tag._common import UPPER

# "giải ngân 1.500 tỷ đồng cho các doanh nghiệp FDI": lent to someone (not "đầu tư thêm 45 tỷ đồng cho dây
# chuyền mới", money spent on a thing)
_LENT_TO = re.compile(
    r"\s+(?:khoảng\s+|hơn\s+|gần\s+)?\d[\d.,]*\s+\S+(?:\s+(?:đồng|USD))?\s+cho\s+"
    rf"(?:[{UPPER}]|(?:các|nhiều|hơn|\d)[\s\d]|doanh nghiệp|công ty|khách hàng|nhà máy của)"
)
_CHARTER = re.compile(r"\s+điều lệ\b")
_LOAN_AFTER = re.compile(r"\s+(?:khoản vay|khoản tín dụng|vốn vay|gói tín dụng)(?!\w)")
_PURPOSE = re.compile(r"(?<!\w)(?:để|nhằm)\s+$")
# "Cơ khí Tân Định sẽ được đầu tư thêm dây chuyền": the firm is invested in, by someone not named; "Nhà máy
# được đầu tư bởi Tập đoàn X" names the investor and stays an investment
_PASSIVE = re.compile(r"(?<!\w)được\s+$")
_BY = re.compile(r"(?<!\w)(?:bởi|do)\s")
_RAISED = re.compile(r"(?:tăng vốn|điều chỉnh tăng vốn|bổ sung vốn|nâng vốn)\s+(?:thêm\s+)?\d")
# "đang đề xuất đầu tư ...", "về đề xuất đầu tư 4 dự án": asked for, not decided; "đang cân nhắc mở rộng
# nhà máy ... nếu": weighed, not decided
# "đề xuất nghiên cứu đầu tư KCN ...", "đang nghiên cứu đầu tư ...": a study of investing, not an investment
_PROPOSED = re.compile(
    r"(?<!\w)(?:(?:đề xuất|cân nhắc|xem xét)\s+(?:việc\s+)?(?:nghiên cứu\s+)?|nghiên cứu\s+(?:việc\s+)?)$"
)
# "... sẽ đầu tư thêm 20 triệu USD nếu được giao thêm đất": a pledge on a condition (up to the sentence's end)
_IF = re.compile(r"[^.;]*?(?<!\w)nếu(?!\w)")
# "Sở Công Thương hỗ trợ 1,4 tỷ đồng cho Công ty X đầu tư dây chuyền": a grant's purpose, not X's deal
_SUPPORTED = re.compile(
    r"(?<!\w)hỗ trợ\s[^.;]{0,80}?\bcho\s[^.;]{1,80}$"
    # "về việc hỗ trợ Công ty X mở rộng đầu tư": the province's help, not X's deal
    r"|(?<!\w)hỗ trợ\s+(?:[Cc]ông ty|[Tt]ập đoàn|doanh nghiệp)\s[^.;]{1,80}$"
)
# "ký thỏa thuận mua 35% cổ phần Công ty Y từ Z": shares bought, the buyer's investment, no pair signed
BUYS_SHARES = re.compile(
    r"(?<!\w)(?:(?:mua|mua lại|thâu tóm|nhận chuyển nhượng)\s[^.;]{0,40}?(?:cổ phần|phần vốn|vốn)"
    r"|mua lại\s+(?:toàn bộ\s+)?(?:mảng|nhà máy|công ty|doanh nghiệp)\b)"
)

# "trao chứng nhận nhà cung cấp xuất sắc cho Công ty X", "cấp giấy chứng nhận hợp chuẩn": an award or a
# product's certificate, no investment licence
AWARD_AFTER = re.compile(
    r"\s+(?:(?:là|cho)\s+)?(?:nhà cung cấp|nhà cung ứng|doanh nghiệp xuất sắc|sản phẩm|chất lượng|ISO"
    r"|hợp chuẩn|hợp quy|đạt chuẩn|thương hiệu|danh hiệu|xuất sắc|top|Top|đối tác"
    # "cấp giấy chứng nhận doanh nghiệp công nghệ cao": a status the firm earns, no licence to invest
    r"|doanh nghiệp công nghệ cao|doanh nghiệp khoa học|công nghệ cao)(?!\w)"
)

# "A và B ký hợp đồng chuyển nhượng 35% cổ phần": a stake changes hands; no pair of partners signed
STAKE_TRANSFER = re.compile(
    r"(?<!\w)chuyển nhượng\s+(?:lại\s+)?(?:toàn bộ\s+)?(?:\d[\d,]*\s*%\s+)?(?:cổ phần|phần vốn|vốn)(?!\w)"
    # "ký hợp đồng chuyển nhượng cho C 35% cổ phần ...": the buyer named before the stake
    r"|(?<!\w)chuyển nhượng\s+cho\s+[^.;]{1,80}?\d[\d,]*\s*%\s+(?:cổ phần|phần vốn|vốn)(?!\w)"
)


def not_an_investment(text: str, floor: int, start: int, end: int) -> str | None:
    """Why the investment verb at text[start:end] is none ('loan', 'charter capital', 'purpose',
    'invested in', 'proposed', 'conditional', 'supported'), or None; `floor` is where its clause begins.

    >>> t = "X giải ngân khoản vay 5 tỷ đồng cho Y"
    >>> not_an_investment(t, 0, t.index("giải"), t.index(" khoản"))
    'loan'
    >>> t = "X nâng vốn điều lệ lên 9 tỷ đồng"
    >>> not_an_investment(t, 0, t.index("nâng"), t.index(" điều"))
    'charter capital'
    >>> t = "X sẽ được đầu tư thêm dây chuyền"
    >>> not_an_investment(t, 0, t.index("đầu"), t.index(" dây"))
    'invested in'
    >>> t = "X được tăng vốn thêm 40 triệu USD"
    >>> not_an_investment(t, 0, t.index("tăng"), t.index(" 40")) is None
    True
    >>> t = "X đang đề xuất đầu tư nhà máy 1 tỷ USD"
    >>> not_an_investment(t, 0, t.index("đầu tư"), t.index(" nhà"))
    'proposed'
    >>> t = "X đầu tư 9 tỷ đồng cho dây chuyền mới"
    >>> not_an_investment(t, 0, t.index("đầu"), t.index(" 9")) is None
    True
    """
    if _LOAN_AFTER.match(text, end) or _LENT_TO.match(text, end):
        return "loan"
    if _CHARTER.match(text, end):
        return "charter capital"
    if _PURPOSE.search(text, max(floor, start - 8), start):
        return "purpose"
    if (
        _PASSIVE.search(text, max(floor, start - 8), start)
        and not _BY.search(text, end, end + 80)
        and not _RAISED.match(text, start)  # "X được tăng vốn thêm 120 triệu USD": X's licence raised
    ):
        return "invested in"
    if _PROPOSED.search(text, max(floor, start - 16), start):
        return "proposed"
    if _IF.match(text, end, min(len(text), end + 120)):
        return "conditional"  # "cam kết sẽ đầu tư thêm 200 triệu USD nếu tỉnh sớm bàn giao mặt bằng"
    if _SUPPORTED.search(text, max(floor, start - 160), start):
        return "supported"
    return None
