"""Investments told by an amount alone: a Vietnamese sentence that names one firm and an amount it puts into
a plant, with no deal verb the rules read and no deal or event found in it.

- "Nhờ khoản 45 triệu USD, Công ty TNHH Linh kiện Phước Tân mở rộng xưởng dập" -> the firm's investment of
  45 million USD;
- "Nhà máy phôi thép 2.400 tỷ đồng của Công ty CP Thép An Khánh nâng công suất lên gấp đôi" -> the firm's
  investment of 2,400 billion VND;
- "Thêm 800 tỷ đồng sẽ được dành cho giai đoạn 2, Công ty CP Nhôm X cho biết" -> the firm's investment of 800
  billion VND (the plant named in the next clause).

Not read: figures that are no money put in (revenue, exports, taxes, a contract's value, wages, support from
a programme, shares), plans not yet made (considered, proposed, asked about with "?"), projects revoked or
stopped, totals over several projects, and a sentence that names two firms or more (a deal between them is
the rules' and the model's to read). Measured over batches 1-157 of `tests/eval/` (rules alone): the pass
finds 62 deals the rules missed and 8 the batches do not hold (rules alone, deals 0.853 -> 0.862 with the
English pass `english._amount_put_in`).
"""

from __future__ import annotations

import bisect
import re

from extract.models import Deal, DealEvent, DecisionRef, Firm, Money, Province
from extract.tag._common import starts_within
from extract.tag.deal_model import firm_key
from extract.tag.deals import deal_at
from extract.tag.english import is_english

# what puts money into a plant ("rót", "bỏ ra", "chi"), or what the money goes to ("nhà máy", "dây chuyền")
_PUT_IN = re.compile(
    r"(?<!\w)(?:nhà máy|xưởng|dự án|mở rộng|đầu tư|rót|nâng công suất|dây chuyền|bỏ ra|chi"
    r"|dành cho giai đoạn \d)(?!\w)",
    re.IGNORECASE,
)
# what makes an amount something else, or the deal not yet (or no longer) one
_NOT_PUT_IN = re.compile(
    r"(?<!\w)(?:doanh thu|doanh số|lợi nhuận|lãi|lỗ|xuất khẩu|nhập khẩu|kim ngạch|ngân sách|nộp|thuế|phạt"
    r"|hợp đồng|đơn hàng|gói thầu|nhà thầu|thi công|vay|tín dụng|trái phiếu|cổ tức|cổ phiếu|cổ phần|vốn hóa"
    r"|định giá|giá trị|giá thuê|tổng|lũy kế|gồm|các dự án|doanh nghiệp|nhà đầu tư|công ty con|bán|mua"
    r"|hỗ trợ|khuyến công|nhận|công nhân|lao động|thưởng|lương|vốn điều lệ|thu về|bản quyền|báo cáo"
    r"|thông tin|tin đồn|bác bỏ"
    r"|nếu|có thể|dự kiến|đề xuất|muốn|tìm|tính|xem xét|cân nhắc|ý tưởng|làm việc|kế hoạch|thẩm định"
    r"|thu hồi|hủy|tạm dừng|chưa|không|đã chạy|vận hành|hoạt động|động thổ|khởi công|khánh thành"
    r"|dự chi)(?!\w)|[%?]",
    re.IGNORECASE,
)


def amount_stated_deals(
    text: str,
    deals: list[Deal],
    events: list[DealEvent],
    firms: list[Firm],
    money: list[Money],
    provinces: list[Province],
    published: str | None,
    decisions: list[DecisionRef],
    clauses: list[tuple[int, int]],
) -> list[Deal]:
    """The investments of the clauses that hold no deal or event, name one firm and an amount put into a
    plant (module docstring), with their amount, province and date as the rules give them."""
    if not money or not firms:
        return []
    firms = sorted(firms, key=lambda f: f.start)
    taken = sorted([*(d.start for d in deals), *(e.start for e in events)])
    firm_starts = [f.start for f in firms]
    money_starts = sorted(m.start for m in money if m.per is None)  # not "2 triệu USD mỗi năm": a rate
    out: list[Deal] = []
    for s, e in clauses:
        if not starts_within(money_starts, s, e) or starts_within(taken, s, e):
            continue
        lo, hi = bisect.bisect_left(firm_starts, s), bisect.bisect_left(firm_starts, e)
        inside = firms[lo:hi]
        if not inside or len({firm_key(f.name) for f in inside}) != 1:
            continue
        if not _PUT_IN.search(text, s, e) or _NOT_PUT_IN.search(text, s, e) or is_english(text[s:e]):
            continue
        deal = deal_at(text, inside[:1], firms, money, provinces, published, decisions, clauses)
        out.append(deal.model_copy(update={"kind": "investment"}))
    return out
