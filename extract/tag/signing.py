"""What a signing's words say, shared by the deal reader (deals.py) and the event reader (events.py).

- `deal_words()`: the deal vocabulary of extract/data/deals.json compiled once (signing, memorandum, supply,
  investment, grant, groundbreaking, inauguration verbs; "cooperation first" words; negations ...);
- `signing_kind(window)`: the kind the words after a signing verb name: supply_contract > mou > cooperation
  ("ký hợp đồng cung cấp" supply, "ký biên bản ghi nhớ" mou, "ký hợp đồng nguyên tắc thuê đất" cooperation);
- `said_cooperation(window)`: the words say a lease, a credit, a technology transfer or a joint venture;
- `negated_signing(text, s, e)`: "A chưa ký được hợp đồng với B" states that no deal was signed;
- `SUPPLIED_UNDER`: "do B cung cấp theo hợp đồng ...";
- `CONTRACT_THAT`: "hợp đồng mà A ký với B", a contract named before its signer;
- `PUT_INTO_SERVICE`: "đưa Nhà máy X vào hoạt động", an opening told around the plant's name;
- `PASSIVE_GAP`, `CREDITED`: "B vừa được BIDV chi nhánh X cấp hạn mức tín dụng ...": credit, passive;
- `COMPARED`, `TEAM_JOIN`, `CAPITAL_THEN_AND`, `WHEN`: "so với", "A và liên danh gồm B, C", "cho A, tổng vốn
  X, và B", "sáng 20/10": pieces both readers use.
"""

from __future__ import annotations

import functools
import re

from extract.tag._common import (
    alternation,
    first_letters,
    folded_alternation,
    last_text_memo,
    load,
    word_start_alternation,
)

# "Công ty B vừa được BIDV chi nhánh X cấp hạn mức tín dụng 120 tỷ đồng": a bank lends, told from the borrower
PASSIVE_GAP = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:(?:đã|vừa|mới|cũng)\s+)*được\s+")
CREDITED = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:[-–]?\s*chi nhánh\s+[^,.;()]{1,30}?\s+)?(?:cấp|giải ngân|cho vay|tài trợ)"
    r"(?:\s+(?:hạn mức\s+)?(?:tín dụng|khoản vay|vốn vay|vốn))?(?!\w)"
)
# "hợp đồng (mà) A ký với B": the contract named before its signer (a bare contract between firms is a supply
# contract, as "A ký hợp đồng với B" is; "hợp đồng liên doanh mà A và B ký" a joint venture)
CONTRACT_THAT = re.compile(r"(?<!\w)hợp đồng(?P<jv> liên doanh)?(?: mà)?\s+[^,;.]{1,110}?\s+$")
# "... thấp hơn 12% so với biểu giá của EVN": a comparison names no counterpart after it
COMPARED = re.compile(r"(?<!\w)so với(?!\w)", re.IGNORECASE)
# "EVN và liên danh gồm A, B và C ký hợp đồng": the buyer, then the members of the consortium it buys from
TEAM_JOIN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,|và)\s*liên danh\s+(?:gồm\s+(?:có\s+)?|giữa\s+)?")
# "trao giấy chứng nhận cho A, tổng vốn X, và B": between one recipient and the next
CAPITAL_THEN_AND = (
    r",\s*(?:với\s+)?(?:tổng\s+)?vốn(?:\s+đầu tư)?\s+(?:[^,;.]|(?<=\d)[.,](?=\d)){1,40}?,?\s*(?:và|,)\s+"
)
# "sáng 20/10", "sáng 18-3" (some papers write the day and month with a dash), "hôm qua": a time between a
# subject and its verb
WHEN = (  # "sáng nay", "chiều 12/5", "ngày 18-3-2024", "chiều 12.5" (a paper's own date style), "hồi tháng 3"
    r"(?:(?:sáng|chiều|tối|trưa|ngày|hôm)\s+"
    r"(?:nay|qua|\d{1,2}/\d{1,2}(?:/\d{4})?|\d{1,2}-\d{1,2}(?:-\d{4})?|\d{1,2}\.\d{1,2}(?:\.\d{4})?(?![\d,]))"
    r"|(?:hồi|vào|trong|đầu|cuối|giữa)\s+tháng\s+(?:\d{1,2}(?:/\d{4})?(?![\d/.,])|trước|này))"
)
# "đưa Nhà máy sản xuất que hàn Kỳ Anh vào hoạt động": an opening with the plant named inside the verb,
# its products listed too ("đưa nhà máy dệt kim, nhuộm vào vận hành")
PUT_INTO_SERVICE = re.compile(
    r"(?=[đĐ])(?<!\w)đưa\s+(?:nhà máy|xưởng|dây chuyền|giai đoạn|dự án|tổ hợp)(?!\w)"
    r"(?:[^,.;:\n]|,(?=\s[a-zà-ỹđ])){0,70}?\s+vào\s+"
    r"(?:hoạt động|vận hành|sản xuất)(?!\w)",
    re.IGNORECASE,
)


@functools.cache
def deal_words() -> dict[str, re.Pattern[str]]:
    data = load("deals.json")

    def rx(key: str) -> re.Pattern[str]:
        return re.compile(
            rf"(?=[{first_letters(data[key])}])(?<![\w])(?<!đăng )(?<!Đăng )(?<!chữ )(?<!nhà )(?<!Nhà )"
            rf"(?:{folded_alternation(data[key])})(?!\w)",
            re.IGNORECASE,
        )

    out = {
        key: rx(key)
        for key in ("signing", "mou", "supply", "investment", "investment_grant", "groundbreaking")
    }
    out["inauguration"] = re.compile(
        f"{rx('inauguration').pattern}|{PUT_INTO_SERVICE.pattern}", re.IGNORECASE
    )
    out["cooperation_first"] = rx("cooperation_first")
    out["capital"] = rx("capital_words")
    out["contract_supply"] = re.compile(rf"(?<!\w)(?:{alternation(data['contract_supply_verbs'])})(?!\w)")
    # "Nhà đầu tư: Công ty X", "chủ đầu tư là Công ty X" (gold: an investment in every batch that has it)
    out["investor_label"] = re.compile(
        rf"(?:{word_start_alternation(data['investor_labels'])})"
        r"(?:\s*:\s*|(?P<qualified>\s+(?:hạ tầng|dự án|xây dựng|của|trúng thầu|được lựa chọn|được chọn"
        r"|được chấp thuận)"
        rf"\b(?:[^,;:.()]|\([^()]{{1,20}}\)){{0,60}}?"
        rf"(?:,\s*(?:vốn|tổng vốn|quy mô)\b(?:[^,;:()]|(?<=\d),(?=\d)){{1,40}},)?)?\s+là\s+"
        r"|(?<=[;:,] chủ đầu tư)\s+(?=(?:Công ty|Tổng công ty|Tập đoàn)\s))"
    )  # also "chủ đầu tư xây dựng hạ tầng kỹ thuật là X", "Nhà đầu tư dự án Y, vốn N, là X" (see deals.py),
    # "Chủ đầu tư hạ tầng KCN Y (1.150 ha) là X"; "- KCN Y: 165 ha, lấp đầy 62%; chủ đầu tư Công ty X" (a
    # park's row naming its developer)
    out["supply_verb"] = re.compile(rf"(?<!\w)(?:{alternation(data['supply_verbs'])})(?!\w)")
    out["anaphora"] = re.compile(
        rf"(?<!\w)(?:{alternation(data['anaphora'])})(?:\s+(?:này|đó))?"
        rf"(?:\s+(?:{alternation(data['aux_before_verb'])})){{0,2}}\s+$"
    )
    out["negated"] = re.compile(
        rf"(?<!\w)(?:{alternation(data['negations'])})\s+(?:(?:hề|kịp|được)\s+)?$", re.IGNORECASE
    )
    return out


@functools.lru_cache(maxsize=256)
def signing_kind(window: str) -> str:
    rx = deal_words()
    # "ký hợp đồng nguyên tắc thuê đất": a lease (credit, transfer, joint venture), not a supply contract
    if rx["supply"].search(window) and not rx["cooperation_first"].search(window):
        return "supply_contract"
    memo = rx["mou"].search(window)
    bare = memo is not None and memo.group().lower() in ("thỏa thuận", "thoả thuận")
    if memo and not (bare and rx["cooperation_first"].search(window)):
        return "mou"  # but "ký thỏa thuận cấp hạn mức tín dụng", "thỏa thuận khung về chuyển giao công nghệ"
    return "cooperation"


def said_cooperation(window: str) -> bool:
    """The words say a lease, a credit, a technology transfer or a joint venture: cooperation, decided."""
    return deal_words()["cooperation_first"].search(window) is not None


def negated_before(text: str, s: int, pos: int) -> bool:
    """A negation ends right before `pos` (within 30 characters, not before the clause start `s`): "chưa ký
    hợp đồng ...", "chưa thể khởi công"."""
    return deal_words()["negated"].search(text[max(s, pos - 30) : pos]) is not None


@last_text_memo
def signing_verbs(text: str, s: int, e: int) -> tuple[re.Match[str], ...]:
    """`deal_words()["signing"].finditer(text, s, e)`, found once per clause: the deal reader walks them and
    then asks `negated_signing` of the same clause (1 in 3 of their searches was the same one twice)."""
    return tuple(deal_words()["signing"].finditer(text, s, e))


@last_text_memo
def negated_signing(text: str, s: int, e: int) -> bool:
    """Every signing verb of the clause [s, e) comes right after a negation ("A chưa ký được hợp đồng với
    B"), and there is one: the clause states that no deal was signed. The deal and event readers and the
    model's review ask it of the same clauses."""
    verbs = signing_verbs(text, s, e)
    return bool(verbs) and all(negated_before(text, s, m.start()) for m in verbs)


SUPPLIED_UNDER = re.compile(
    r"(?<!\w)(?:(?:cung cấp|cung ứng|lắp đặt|chế tạo|thi công)\s+theo\s+"
    r"|(?:xuất|xuất khẩu|giao|bàn giao)\s+(?:lô|chuyến|đợt|\d+)(?!\w)[^.;\n]{0,80}?(?:theo|trong)\s+"
    r"|(?:xuất|giao|bàn giao)\s+(?:hàng\s+)?cho\s+[^.;\n]{1,80}?\stheo\s+)"
    r"hợp đồng(?!\w)"
)  # also a lot shipped under a contract: "xuất lô ống nhựa đầu tiên sang Mỹ theo hợp đồng ký với B", "xuất 3
# cẩu sang Indonesia, lô thứ hai trong hợp đồng 9 cẩu ký với B", "Lô dàn ngưng của A được giao cho B theo hợp
# đồng hai bên ký"
