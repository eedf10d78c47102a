"""Deals between firms, one sentence (or ';'-clause) at a time.

- Signing: "A ký kết (biên bản ghi nhớ | hợp đồng cung ứng ...) với B, C và D" -> (A,B), (A,C), (A,D).
  Signers are the firm right before the verb plus firms chained to it by "," or "và"; counterparts are all
  firms after the verb (up to the next signing verb).  Kind: supply_contract > mou > cooperation, read
  between the verb and the counterpart, then in the clause, then in the whole sentence.
- "A và B (đã) ký ..." and "lễ ký kết ... giữa A và B": the two firms are the pair; "A, B và C ký ..."
  gives every pair of them. A negated signing ("chưa ký", "không ký") is no deal.
- Investment / groundbreaking: a firm followed within a few words by an investment verb ("đầu tư",
  "rót vốn", ...), or a licence granted to a firm, or "khởi công/động thổ" with a firm -> one party.
Amount/currency, province (its current unit) and date come from the first such mention in the sentence.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
from collections.abc import Callable, Iterator

from extract.models import Deal, DecisionRef, Firm, Money, Province
from extract.tag._common import (
    BRANCH,
    IN_SENTENCE,
    UPPER,
    SpanSet,
    alternation,
    find_dates,
    folded_alternation,
    load,
    published_year,
    sentences,
    trie_alternation,
)
from extract.tag.events import (
    _FROM_TO,
    _LEASES,
    _WANTS,
    _WISH,
    DESCRIPTION,
    IF_BEFORE,
    PARTNER_BEFORE,
    _capital_next,
    ground_as_time,
    in_brackets,
    unstated,
)
from extract.tag.events import _rx as _event_rx
from extract.tag.firms import looks_foreign
from extract.tag.money import increase
from extract.tag.not_investment import AWARD_AFTER, BUYS_SHARES, STAKE_TRANSFER, not_an_investment
from extract.tag.places import _country_regex as country_regex
from extract.tag.signing import (
    CAPITAL_THEN_AND,
    COMPARED,
    CONTRACT_THAT,
    CREDITED,
    PASSIVE_GAP,
    SUPPLIED_UNDER,
    TEAM_JOIN,
    WHEN,
    deal_words,
    negated_before,
    negated_signing,
    said_cooperation,
    signing_kind,
    signing_verbs,
)

_MAX_PARTIES = 12
# `tag_deals`' clause gate `_may_hold_deal` and its per-rule cue skips, on unless `CNHT_DEAL_GATE=off` (read
# once; a test sets it False to check that the gate changes no deal: tests/test_deal_gate.py)
DEAL_GATE = os.environ.get("CNHT_DEAL_GATE", "").lower() not in {"off", "0", "no", "false"}


def _before(firms: list[Firm], starts: list[int], pos: int, n: int = 4) -> list[Firm]:
    """The last `n` of `firms` (sorted, `starts` their starts) that end before `pos`."""
    k = bisect.bisect_left(starts, pos)
    return [f for f in firms[max(0, k - n) : k] if f.end <= pos]


# "Hợp đồng trị giá ... (vừa) được ký giữa A và B ...": the contract named before its verb
# "ký hợp đồng liên doanh thành lập Công ty TNHH X": the company to be founded is no party of the pact
_FOUNDED = re.compile(r"(?<!\w)thành lập\s+$")
_LEASE_WORD = re.compile(r"(?<!\w)(?:thuê|vay)(?!\w)")
_CONTRACT_FIRST = re.compile(
    r"(?:^|(?<=\s))[Hh]ợp đồng\b" + IN_SENTENCE + r"{0,80}?(?:được|đã được|vừa được)\s+$"
)


# a table flattened into text with an investor column:
# "| STT | Nhà đầu tư | Vốn | 1 | Công ty TNHH X | 68 triệu USD |"
_INVESTOR_COLUMN = re.compile(r"\|\s*(?:Nhà đầu tư|Chủ đầu tư|Doanh nghiệp)\s*\|")
_CELL_START = re.compile(r"\|\s*$")
_CELL_END = re.compile(r"\s*\|")


def table_investors(text: str, firms: list[Firm], money: list[Money]) -> list[Firm]:
    """The firms a flattened table lists in its investor column, each in a cell of its own with an amount
    in the row ("Bảng: Các dự án lớn tại KCN X | Nhà đầu tư | Vốn" then "... | Công ty TNHH Y | 200 triệu
    USD"): each row is that investor's project."""
    if "|" not in text or not _INVESTOR_COLUMN.search(text):
        return []
    out = []
    for f in firms:
        if not (_CELL_START.search(text, max(0, f.start - 4), f.start) and _CELL_END.match(text, f.end)):
            continue
        row_end = text.find("\n", f.end)
        row_end = len(text) if row_end < 0 else row_end
        nxt = next((g.start for g in firms if g.start > f.end), len(text))
        if any(f.end <= x.start < min(row_end, nxt) for x in money):
            out.append(f)
    return out


def is_bank(f: Firm) -> bool:
    """A bank by its legal form or its brand ("Ngân hàng TMCP ...", "Vietcombank", "BIDV")."""
    return (f.legal_form or "").startswith("Ngân hàng") or f.name.lower().endswith("bank") or f.name == "BIDV"


def _no_firm_between(firm_starts: list[int], a: int, b: int) -> bool:
    return bisect.bisect_left(firm_starts, a) == bisect.bisect_left(firm_starts, b)


def _dash_apposition(text: str, end: int, verb: int) -> bool:
    """text[end:verb] is an apposition between dashes (' - một doanh nghiệp vệ tinh của Canon - ')."""
    m = _event_rx()["dash_apposition"].match(text, end)
    return m is not None and m.end() == verb


def _inside(pos: int, firms: list[Firm]) -> bool:
    return any(f.start <= pos < f.end for f in firms)


def _context(
    text: str,
    s: int,
    e: int,
    money: list[Money],
    provinces: list[Province],
    dates: list[tuple[int, int, str]],
) -> dict:
    inside = [x for x in money if s <= x.start < e]
    m = next((x for x in inside if not _FROM_TO.search(text, max(s, x.start - 6), x.start)), None)
    m = (
        m or increase(text, inside) or next(iter(inside), None)
    )  # "từ A lên B, tăng C": C; "từ A lên B": B - A
    p = next((x for x in provinces if s <= x.start < e), None)
    d = next((x for x in dates if s <= x[0] < e), None)
    return {
        "amount": m.amount if m else None,
        "currency": m.currency if m else None,
        "province": p.current if p else None,
        "date": d[2] if d else None,
    }


def _clause_context(
    text: str,
    s: int,
    e: int,
    money: list[Money],
    near: list[Province],
    year: int | None,
    decision_ends: list[int],
) -> tuple[dict, list[Province]]:
    """A clause's deal context (`_context`) and the provinces it may take one from: `near` without those
    named as witnesses ("dưới sự chứng kiến của UBND tỉnh X"), dates without a legal number's own."""
    dates = [d for d in find_dates(text, s, e, year) if not _legal_date(text, d[0], decision_ends)]
    witness = [(w.start(), w.end()) for w in _WITNESS.finditer(text, s, e)]
    places = [p for p in near if not any(ws <= p.start < we for ws, we in witness)]
    return _context(text, s, e, money, places, dates), places


_BOUNDARY = re.compile(r"[.!?\n]")
_OWNED_PASSIVE = re.compile(r"[^;.]{0,100}?\s(?:đã\s+|vừa\s+|chính thức\s+)?được\s+")
# "Nhà máy ... của Công ty X tại KCN Y đã đi vào hoạt động": the owner's plant opened, told actively
_OWNED_OPENED = re.compile(
    r"[^;.]{0,100}?\s(?:(?:đã|vừa|chính thức)\s+(?:chính thức\s+)?|(?:vận hành|chạy máy)\s+sau\s+(?:lễ\s+)?)"
)  # "... của Công ty X chính thức vận hành sau lễ khánh thành", "... bắt đầu chạy máy sau lễ khánh thành"
# where a firm is, said in passing between it and its verb: "Công ty X ở KCN Mỹ Phước 2 nâng thêm ..."
_LOCATED = (
    r"\s+(?:ở|tại)\s+(?:KCN|khu công nghiệp|CCN|cụm công nghiệp|khu chế xuất|KCX|KKT)\s+[A-ZĐ0-9][\w-]*"
    r"(?:\s+[A-ZĐ0-9][\w-]*){0,4}"
)


@functools.cache
def _gap_filler() -> re.Pattern[str]:
    """What may sit between a firm and its verb without counting as words: "(Hà Lan) sáng 20/10", "của Mỹ",
    "của Belarus" (any country of places.json)."""
    return re.compile(
        rf"\([^()]{{1,40}}\)|{WHEN}"
        rf"|\s+của\s+{country_regex().pattern}"
        # "Công ty X ở KCN Y (TP. Z) nâng thêm ...": where the firm is, said in passing
        rf"|{_LOCATED}"
        # "X vừa được tỉnh Y chọn làm chủ đầu tư": who chose it, said in passing
        r"|\s+được\s+(?:UBND\s+)?(?:tỉnh|thành phố|TP)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,2}(?=\s+(?:chọn|giao)\s)"
    )


_TOPIC = re.compile(r"(?<!\w)(?:về|cơ hội|tìm hiểu|khảo sát)(?!\w)")


def _gap_words(text: str, start: int, end: int) -> int:
    """The words between a firm and its verb, less a country or a time said in passing ('Tập đoàn X của Mỹ
    đã quyết định đầu tư': 3; 'Công ty X (Hà Lan) sáng 20/10 khánh thành': 0); all of them before a topic
    ('Tập đoàn X (Trung Quốc) về cơ hội đầu tư': 5)."""
    gap = text[start:end]
    if _TOPIC.search(gap):
        return len(gap.split())
    return len(_gap_filler().sub(" ", gap).split())


_CAPITAL_THEN_AND = re.compile(rf"{CAPITAL_THEN_AND}(?:cho\s+)?")
_CAME_IN = re.compile(r"(?<!\w)vào (?:khu|KCN|CCN|cụm|tỉnh|đây)(?!\w)")
_INVESTORS_LISTED = re.compile(
    r"(?=[nN])\bnhà đầu tư\b[^.;:]{0,60}?\b(?:gồm|gồm có|bao gồm|là)\s*:?\s*", re.IGNORECASE
)
# a licence round's list: "Hai doanh nghiệp vừa được cấp phép trong tháng 9 là A (Đài Loan), vốn N cho xưởng
# ..., và B, vốn M", "Bốn dự án nhận giấy lần này thuộc về A, B và C", "Dự án tăng vốn còn lại thuộc A"
_PLANT_OF = r"(?:(?:nhà máy|xưởng|dự án|trung tâm)\s+[^,;.()]{1,40}?\s+của\s+)"  # "xưởng cáp quang của "
_ROUND_LISTED = re.compile(  # also "Nổi bật trong nhóm ký ghi nhớ là A với dự án N, B (M) và C, P"
    r"(?=[dDnN])\b(?:doanh nghiệp|dự án|nhóm)\b[^.;:]{0,60}?\b(?:gồm|bao gồm|là|thuộc về|thuộc)\s*:?\s*"
    rf"{_PLANT_OF}?",
    re.IGNORECASE,
)
# "Khoản tăng vốn lớn nhất, 410 triệu USD, được cấp cho Công ty X": a round's grant, named before its firm
# "Giấy phép vừa cấp cho Tập đoàn X": the licence itself, with no word of what it permits (a "giấy phép môi
# trường" or "xây dựng" is no investment licence, and is not read)
_GRANT_NAMED_BEFORE = re.compile(
    r"(?<!\w)(?:(?:[Kk]hoản|[Gg]iấy phép|[Gg]iấy chứng nhận)\s+(?:tăng vốn|đầu tư|đăng ký đầu tư|cấp mới)\b"
    r"[^.;]{0,80}?\sđược\s+(?:cấp|trao)\s+cho\s+"
    r"|[Gg]iấy phép\s+(?:vừa|mới|đã)\s+(?:được\s+)?(?:cấp|trao)\s+cho\s+)$"
)
_ROUND_WORDS = re.compile(
    r"(?<!\w)(?:cấp phép|nhận giấy|tăng vốn|giấy chứng nhận|chủ trương đầu tư|ký ghi nhớ)(?!\w)"
)
# between two firms of such a list: each one's country and capital ("A (Hàn Quốc), vốn 2,3 triệu USD cho
# xưởng ép vỏ ổ cắm, và B")
_ROUND_GAP = re.compile(
    r"(?:\s*\([^()]{1,40}\))?(?:,\s*(?:với\s+)?(?:(?:tổng\s+)?vốn(?:\s+đầu tư)?\s+|(?=[\d]|gần|hơn|khoảng))"
    r"[^;()]{1,60}?|\s+với\s+(?:dự án|nhà máy|tổ hợp|khu)\s[^;(),]{1,60}?)?"  # "A với dự án điện gió N, B"
    rf"\s*(?:,|và|,\s*và)\s*{_PLANT_OF}?{PARTNER_BEFORE}"
)  # also each one's plant named before it: "... là trung tâm dữ liệu của A (Singapore), 120,5 triệu USD, và
# xưởng cáp quang của Công ty B"
_BELONGS_TO = re.compile(r"(?<!\w)thuộc về\s+$")
_LICENCE_WORDS = re.compile(
    r"\b(?:quyết định|giấy chứng nhận|giấy phép|chủ trương|cấp phép|GCNĐKĐT)\b", re.IGNORECASE
)
_LICENSED = re.compile(
    r"(?<!\w)(?:cấp phép|giấy chứng nhận (?:đăng ký )?đầu tư|giấy phép đầu tư|GCNĐKĐT)(?!\w)", re.IGNORECASE
)
_MEMO = re.compile(r"\b(?:biên bản ghi nhớ|bản ghi nhớ|MoU|MOU)\b")
_HANDED_OVER = re.compile(
    IN_SENTENCE
    + r"{0,60}?\bbàn giao\s"
    + IN_SENTENCE
    + r"{0,30}?\b(?:đất|nhà xưởng|mặt bằng|xưởng)\b"
    + IN_SENTENCE
    + r"{0,20}?\bcho\s+"
)
_DELIVERED_TO = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:đã\s+|vừa\s+|sẽ\s+)?bàn giao\s+cho\s+(?:[^\s,.;]+\s+){0,4}?"
)
# a ship built by one firm for another: "tàu 58.000 DWT mà A đóng cho (Công ty) B", "B đã nhận chiếc tàu hàng
# thứ năm do A (Hải Phòng) đóng": A's supply contract with B (told through the ship, no event of its own)
_BUILT_FOR = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:đã\s+|đang\s+|sẽ\s+|vừa\s+)?đóng\s+(?:mới\s+)?cho\s+"
    r"(?:(?:chủ tàu|hãng tàu|hãng vận tải)\s+)?(?:[A-ZĐa-zà-ỹđ]+\s+){0,2}?"
)
_RECEIVED_SHIP = re.compile(
    r"(?:đã\s+|vừa\s+|sẽ\s+)?(?:nhận|tiếp nhận)\s+(?:chiếc\s+|con\s+)?tàu\b"
    + IN_SENTENCE
    + r"{0,80}?\bdo\s+$"
)
_BUILDS_IT = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?đóng(?!\w)")
_LEASED_TO = re.compile(r"\s*(?:đã\s+|vừa\s+|sẽ\s+)?cho\s+")
_LEASE_AFTER = re.compile(r"\s+(?:thuê|thuê lại)(?!\w)")
# "HĐQT A quyết nghị phê duyệt chủ trương mua 100% vốn Công ty B", "A cho biết thương vụ nhận 65% cổ phần B"
_BUY_STAKE = re.compile(
    r"(?=[mnc])(?<!\w)(?:(?:mua|mua lại|nhận|nhận chuyển nhượng|chào mua(?: công khai)?)\s+"
    r"(?:thêm\s+)?(?:toàn bộ\s+)?(?:\d[\d,]*\s*%\s+)?"
    r"(?:vốn|cổ phần|phần vốn|cổ phiếu)\b"
    r"|nâng\s+(?:tỷ lệ\s+|tỉ lệ\s+)?sở hữu\s+(?:lên|tại)\b)"  # "cổ đông lớn X nâng sở hữu lên 100%"
)
_BUYER_LEAD = re.compile(
    r"(?![^,;.]*\b(?:sau|trước|(?<!thông )qua|với|khi|bán|bằng cách|hồ sơ"
    r"|nhận (?:được )?(?:thông báo|đề nghị))\b)[^,;.]{0,60}"
)  # "thông qua phương án mua lại ..." is the board approving its own purchase, not "qua" (through); "B nhận
# thông báo chào mua 30% cổ phần từ A": B is bid for (`_BID_FROM`)
_BY_MEANS = re.compile(r"(?<!\w)bằng cách(?!\w)")
# "A công bố kế hoạch nắm 51% Công ty B": A means to take the stake (the buyer's investment)
_TO_HOLD = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?[^,;.]{0,40}?(?:kế hoạch|sẽ|dự kiến|để|nhằm)\s+(?:nắm|nắm giữ|sở hữu)\s+"
    r"(?:thêm\s+)?\d[\d,]*\s*%\s+(?:cổ phần\s+|vốn\s+)?(?:(?:tại|của)\s+)?"
)
_SOLD_TO = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:đã\s+|vừa\s+|sẽ\s+)?"
    r"(?:(?:thông qua|phê duyệt|quyết định|hoàn tất|hoàn thành)\s+"
    r"(?:việc\s+|phương án\s+|kế hoạch\s+)?)?"
    r"(?:bán|chuyển nhượng|phát hành)\s+(?:lại\s+)?" + IN_SENTENCE + r"{0,40}?"
    r"(?:cổ phần|cổ phiếu|phần vốn|vốn|nhà máy|nhà xưởng|dự án)" + IN_SENTENCE + r"{0,40}?\bcho\s+"
)
# "A chuyển nhượng 51% vốn tại Công ty B cho C", "A ký hợp đồng chuyển nhượng 65% vốn Công ty B cho C": the
# stake's company between the seller and the buyer
# a stake sold: "bán 49% vốn", "chuyển nhượng toàn bộ phần vốn" (`_SOLD_STAKE_IN`, `STAKE_SOLD`)
_STAKE_SOLD_WORDS = (
    r"(?:bán|chuyển nhượng)\s+(?:lại\s+)?(?:toàn bộ\s+)?(?:\d[\d,]*\s*%\s+)?(?:cổ phần|phần vốn|vốn góp|vốn)"
)
_SOLD_STAKE_IN = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:đã\s+|vừa\s+|sẽ\s+)?"
    r"(?:(?:thông qua|phê duyệt|quyết định)\s+(?:phương án\s+|việc\s+)?|(?:ký|ký kết)\s+hợp đồng\s+)?"
    rf"{_STAKE_SOLD_WORDS}\s+(?:(?:tại|của|trong)\s+)?"
)
_TO_BUYER = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?cho\s+")
_NEW_INVESTOR = re.compile(
    r"(?=[tđc])(?<!\w)(?:thay đổi|đổi|chuyển)\s+(?:chủ|nhà)\s+đầu\s+tư\b" + IN_SENTENCE + r"{0,100}?\bsang\s+"
)
# "N là số vốn X bỏ vào ...", "là khoản đầu tư (khoảng) N mà X bỏ ra": the firm after, the amount before
_SUM_NAMED = re.compile(
    r"(?<!\w)là (?:số vốn|số tiền|khoản (?:đầu tư|vốn|tiền))(?: [^,;.]{0,30}?)?(?: mà)? $"
)
# "Hơn 8.270 tỷ đồng là vốn Công ty X đăng ký cho nhà máy ...", "N là tổng vốn đăng ký của hai dự án X": the
# capital named as the firm's, with or without a verb after it
_CAPITAL_NAMED = re.compile(
    r"(?<!\w)là (?:tổng )?vốn(?: đầu tư| đăng ký)?(?: của)?(?: (?:hai|ba|bốn|các|những|\d+) dự án| dự án)? $"
)
_FIRM_SEAT = re.compile(
    r"\s*(?:ở|tại)\s+(?:[^,;.()]{1,40}?\s*\([^()]{1,30}\)"
    rf"|(?:thị trấn|xã|huyện|phường|thị xã|tỉnh|TP\.?|KCN|cụm công nghiệp)(?:\s+[{UPPER}]\w*){{1,4}})(?=\s)"
)
# "118 triệu USD mà Công ty X đã bỏ vào ...", "phần vốn 1.472 tỷ đồng do Công ty X tự thu xếp": the amount
# said right before the firm that put it in
_SUM_THEN_FIRM = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?P<by>mà|do)\s+")
_ASIDE = re.compile(r",\s*một\s+[^,;.()]{1,40},")  # ", một nhà đầu tư Hàn Quốc,": what the firm is
_BUILDING = re.compile(r"\s*(?:đang\s+|đã\s+)?(?:xây dựng|xây|dựng)(?!\w)")  # "... mà X đang xây ở KCN Y"
_FUNDED_BY = re.compile(r"\s*(?:đã\s+|sẽ\s+)?(?:tự\s+)?(?:thu xếp|bỏ ra|góp|chi ra|huy động)(?!\w)")
# also "N sẽ được X dồn vào ...", "N vốn ngoại đã được X đổ vào ..."
_SUM_PASSIVE = re.compile(
    r"(?:\s+vốn(?:\s+(?:ngoại|FDI|nước ngoài|mới))?)?\s+(?:đã\s+|vừa\s+|sẽ\s+|đang\s+)?được\s+"
    r"(?:hãng(?:\s+[a-zà-ỹđ]+){0,2}\s+)?"
)  # ("Khoảng 240 triệu USD đang được X đổ vào ...", "N vốn mới vừa được X đăng ký cho nhà máy ...", "N đã
# được hãng van X đổ vào": the kind of maker before its name)
# (also through what the firm said: "là số vốn X cho biết ngày 12.6 sẽ bỏ ra cho ...")
_SPENT_BY = re.compile(
    rf"\s*(?:\([^()]{{1,30}}\)\s*)?(?:cho biết\s+(?:{WHEN}\s+)?)?(?:đã\s+|sẽ\s+)?(?:định\s+|tính\s+|muốn\s+)?"
    r"(?:(?:bỏ|đổ|rót|chi|dồn|dành)(?:\s+ra|\s+vào)?(?!\w)"
    # "N vốn mới vừa được X đăng ký cho nhà máy ...": capital registered for a plant
    r"|đăng ký(?:\s+thêm)?\s+cho\s+(?:nhà máy|dự án|xưởng|giai đoạn)(?!\w)"
    # "là số vốn Tập đoàn X dự tính cho nhà máy ...": the sum planned for a plant
    r"|(?:dự tính|dự kiến|dự định)(?:\s+(?:bỏ ra|đầu tư|rót|chi))?\s+(?:cho|vào)(?!\w))"
)
# ("X chốt khoản 180 triệu USD cho một nhà máy mới": the sum settled on; "chốt đơn hàng", an order, is not)
_SPEND = re.compile(
    r"(?=[cbdđ])(?<!\w)(?:chi|bỏ ra|bỏ|dồn|đổ|dành|chốt khoản)(?:\s+thêm)?(?=\s)", re.IGNORECASE
)
# (an amount in another currency in brackets may come first: "bỏ 24.600 tỷ đồng (1,08 tỷ USD) mở rộng")
_SPENT_ON = re.compile(
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:,[^,;.()]{1,40},\s*)?"
    r"(?:(?:để\s+)?(?:xây|xây dựng|dựng|đầu tư|vào|mở rộng|mua|lập|thành lập|nâng cấp|lắp"
    r"|nâng sở hữu|nâng tỷ lệ sở hữu)"
    r"|cho (?:một |hai |ba )?(?:dự án|nhà máy|xưởng|dây chuyền|dàn máy|máy|hệ thống|cụm)"
    r"|thay (?:lò|máy|dây chuyền|dàn máy))\b"
)  # "đã chi 21 triệu USD cho dự án 5,5 ha", "chi 650 tỉ đồng để nâng sở hữu tại Công ty Y", "dành 640 tỉ đồng
# cho dàn máy gắn chip", "bỏ 515 tỉ đồng thay lò kéo sợi", "chi 75 tỷ đồng lắp thêm 14.000 cọc sợi": new
# equipment is an investment too; "định dồn 3.200 tỷ đồng, chia hai đợt đến năm 2032, cho một cụm sợi": the
# plan's terms may stand between
# a firm that puts up a plant of stated worth: "X làm xưởng máy sấy nông sản 85 tỷ đồng ở KCN Y", "Z đặt kho
# lạnh 210 tỷ đồng", "X thì chọn KCN Y cho xưởng bu lông 142 triệu USD"
# a firm named with its plant and the plant's worth, in a list: "là A với nhà máy xơ hơn 900 triệu USD và Tập
# đoàn B (Hàn Quốc) với tổ hợp dây đai 850 triệu USD"
_WITH_PLANT = re.compile(
    r"(?:\s*\([^()]{1,30}\))?,?\s+với\s+(?:nhà máy|xưởng|kho|dây chuyền|tổ hợp)\b[^,;.()\d]{0,50}?\s(?=\d)"
)
# "nhà máy ... mà Công ty X (100% vốn nước ngoài) dựng với hơn 21 triệu USD": what X built it with
_BUILT_WITH = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:đã\s+)?(?:dựng|xây|xây dựng)\s+với\s+(?:hơn\s+|khoảng\s+|gần\s+)?(?=\d)"
)
_PUTS_PLANT = re.compile(
    # ("X, có mặt từ năm 2005, đã có một nhà máy 11 triệu USD trong tỉnh": a plant it has, its worth after it)
    r"\s+(?:thì\s+|cũng\s+)?(?:sẽ\s+|đã\s+|vừa\s+)?(?:(?:đặt|làm|dựng|xây|mở|(?<=đã )có)(?:\s+thêm)?"
    r"|chọn\s+(?:KCN|khu công nghiệp|cụm công nghiệp)\s+[^;.,()\d]{1,40}?(?:\s*\([^()]{1,30}\))?\s+cho)\s+"
    r"(?:một\s+)?"
    r"(?:nhà máy|xưởng|kho lạnh|kho|dây chuyền|tổ hợp)\b[^;.,()\d]{0,50}?\s"
    r"(?:\d+(?:,\d+)?\s*(?:ha|m2|m²)\s+với\s+)?(?=\d)"  # "cho nhà máy 40 ha với 420 triệu USD"
)
# "KCN Nhơn Trạch 3 là nơi Tập đoàn X (Malaysia) đặt nhà máy găng tay đầu tiên": where X put its plant
_PLACE_OF = re.compile(r"(?<!\w)là nơi\s+(?:(?:tập đoàn|công ty|hãng)\s+[^\s,;.]+\s+)?$")
_PLACE_PUT = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:đã\s+)?(?:đặt|xây|dựng|mở)\s+(?:nhà máy|xưởng|tổ hợp)(?!\w)"
)


_COMMA_ASIDE = re.compile(r",\s*[^,;.()]{1,60},")  # ", cũng thuộc tốp đầu ngành lốp Trung Quốc,"


def _puts_past_aside(text: str, firm_end: int) -> re.Match[str] | None:
    """`_PUTS_PLANT` past an aside set off by commas after the firm: "X, cũng thuộc tốp đầu ngành lốp, đã
    chọn KCN Y cho nhà máy 40 ha với 420 triệu USD"."""
    aside = _COMMA_ASIDE.match(text, firm_end)
    return _PUTS_PLANT.match(text, aside.end()) if aside else None


def _past_descriptions(text: str, near: list[Firm], verb: int) -> tuple[list[Firm], dict[int, int]]:
    """The firms `near` a verb at `verb`, less those inside a description set off by commas after one of them
    ("Công ty X, một thành viên của tập đoàn Y, được tăng vốn ...": Y is not the subject), and where the words
    after each described firm start (its start -> the description's end)."""
    past = {f.start: end for f in near if (end := _past_description(text, f.end, verb)) != f.end}
    if past:
        near = [f for f in near if not any(a < f.start < b for a, b in past.items())]
    return near, past


def _past_description(text: str, end: int, verb: int) -> int:
    """Where the words after a firm ending at `end` start, past a description set off by commas before the
    verb at `verb` ("X, một thành viên của tập đoàn Y, được ..."); `end` when there is none."""
    d = DESCRIPTION.match(text, end)
    return d.end() if d is not None and d.end() <= verb else end


def _past_seat(text: str, end: int) -> int:
    """Past where the firm ending at `end` is ("ở thị trấn Cẩm Xuyên (Hà Tĩnh)"), if that follows it."""
    seat = _FIRM_SEAT.match(text, end)
    return seat.end() if seat is not None else end


def puts_plant(text: str, firm_end: int) -> bool:
    """The firm ending at `firm_end` puts up a plant of stated worth ("X làm xưởng ... 85 tỷ đồng ở KCN"), a
    round-up names it with one, no comma between ("là A với nhà máy xơ hơn 900 triệu USD và B với ..."; not
    "Ruiyang Tire, với nhà máy ... tổng vốn 236 triệu USD": the news of its licence), or a plant is described
    by what it built it with ("... mà X dựng với hơn 21 triệu USD")."""
    listed = _WITH_PLANT.match(text, firm_end)
    return (
        _PUTS_PLANT.match(text, firm_end) is not None
        or _puts_past_aside(text, firm_end) is not None
        or (listed is not None and "," not in listed.group())
        or _BUILT_WITH.match(text, firm_end) is not None  # "... mà X dựng với hơn 21 triệu USD": described
    )


def plant_placed(text: str, start: int, end: int) -> int:
    """Where the words "là nơi X đặt nhà máy" end, for the firm X at [start, end) ("KCN Y là nơi Tập đoàn X
    (Malaysia) đặt nhà máy đầu tiên": where its plant is, an investment told as a fact); 0 when not so."""
    if not _PLACE_OF.search(text, max(0, start - 30), start):
        return 0
    put = _PLACE_PUT.match(text, end)
    return put.end() if put else 0


_PROJECT_OF = re.compile(
    r"(?=[dnxkt])(?<!\w)(dự án|nhà máy|xưởng|kho lạnh|tổ hợp)\s"
    r"(?:(?:[^,;.(]|(?<=\d)[.,](?=\d)|\([^()]{0,40}\)){0,80}?\b(?:của|thuộc về)\s+"
    r"(?:nhà đầu tư\s+)?|(?<=[Nn]hà máy\s)(?=(?:Công ty|Tập đoàn)\s))",
    re.IGNORECASE,
)  # "Dự án ... của (nhà đầu tư) X", "nhà máy điện rác 3.200 tỷ đồng của X", "dự án lớn nhất thuộc về X",
# "dự án Nhà máy Công ty TNHH X (đến từ Singapore) ..." (the plant named by its owner)
# a place's examples of what it drew in: "Dung Quất đã (thu) hút nhiều dự án lớn như/gồm ... của X"
_DRAWN_IN = re.compile(r"(?<!\w)(?:đã\s+)(?:thu hút|hút|đón)\s[^.;:]{0,60}?\b(?:như|gồm)\s")
# the owner's capital right after its name: ", vốn 57 triệu USD", " (vốn 19 triệu USD)", " (6,2 triệu USD)",
# "... tại KCN Y, vốn đăng ký 48 triệu USD", "... tại KCN Y có vốn đăng ký 260 triệu USD"
_OWNER_CAPITAL = re.compile(
    r"(?:\s*\([^()]{0,80}\))?(?:[^;.()]{0,120}?(?:,|\scó|\svới|(?=\svốn\s))\s*(?:với\s+)?(?:tổng\s+)?vốn\s+"
    r"(?:đăng ký\s+|đầu tư\s+)?(?:gần\s+|khoảng\s+|hơn\s+|trên\s+)?"
    r"|[^;.()]{0,120}?(?<!\d),\s*(?=\d)"  # "... của Công ty X (Nhật Bản) tại KCN Y, 33 triệu USD": a row's
    # capital (not a decimal comma: "khoảng 21,5 triệu")
    # "Nhà máy đầu tiên của Tập đoàn X (Malaysia) tại Việt Nam sẽ tốn khoảng 21,5 triệu USD": what it costs
    r"|[^;.()]{0,60}?\s(?:sẽ\s+|dự kiến\s+)?(?:tốn|ngốn)"
    r"\s+(?:khoảng\s+|gần\s+|hơn\s+|chừng\s+)?(?=\d)"
    r"|\s*\((?:vốn\s+)?"
    r"|[^;.()]{0,40}?\s+với\s+(?:tổng\s+)?(?:vốn\s+)?(?:đăng ký\s+)?)"
)  # "... thuộc về Công ty X (Hàn Quốc) với 95 triệu", "... của Công ty X (Hàn Quốc) tại KCN Y với 120 triệu",
# "... của Công ty X (thuộc Tập đoàn Y, Trung Quốc), tại KCN Z chuyên sản xuất lốp, có vốn đăng ký ..."
# what a licence round says of a project: licensed, approved or its capital raised
_PROJECT_LICENSED = re.compile(
    r"(?<!\w)(?:(?:được\s+)?(?:chấp thuận chủ trương|cấp phép|cấp giấy chứng nhận)"
    r"|(?:bổ sung|tăng vốn|tăng thêm)(?:\s+thêm)?(?=\s+\d)"  # not "nâng tổng vốn ... lên": a total
    r"|được\s+cấp\s+giấy(?=\s*[,;.]|\s+cho\s))(?!\w)"  # "... cũng được cấp giấy, đặt tại KCN Y"
)
_AND_GAP = re.compile(r"\s+và\s+")
_SIDE = re.compile(r"bên\s+(?:bán|mua|cung cấp|nhận|thuê|cho thuê|A|B)\s+là\s+")
_PACT_BETWEEN = re.compile(
    r"(?=[htbm])\b((?:hợp đồng|thỏa thuận|biên bản ghi nhớ|bản ghi nhớ|biên bản hợp tác|MoU|MOU)"
    + IN_SENTENCE
    + r"{0,40}?)\bgiữa\s+",
    re.IGNORECASE,
)


# "đề xuất xây xưởng kiểm thử chip 1.250 tỷ đồng": a plant to build, its price its capital (not "Nhà máy 300
# triệu USD của X đang tuyển công nhân", what a plant is worth)
_BUILDS = re.compile(
    r"(?<!\w)(?:xây|xây dựng|lập|mở|đặt|làm|về|nghiên cứu|đề xuất)\s+(?:thêm\s+|mới\s+|một\s+)?$",
    re.IGNORECASE,
)


@functools.cache
def _label_rx() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    def rx(labels: list[str]) -> re.Pattern[str]:
        # "Bên bán: A", and with the side's letter first: "Bên A (bên mua): B"; one label per line, or the
        # lines run together into sentences ("Bên mời thầu: A. Nhà thầu trúng thầu: B. Giá trúng thầu: ...")
        side = r"(?:Bên\s+[A-D]\s*\(\s*)?"
        start = r"(?:^|\n|(?<=[.;] ))"
        return re.compile(rf"{start}\s*{side}(?:{alternation(labels)})\s*\)?\s*:\s*", re.IGNORECASE)

    return [(kind, rx(a), rx(b)) for kind, a, b in load("deals.json")["labelled_parties"]["pairs"]]


@functools.cache
def _label_words() -> tuple[str, ...]:
    """Every label of deals.json labelled_parties, lower case."""
    pairs = load("deals.json")["labelled_parties"]["pairs"]
    return tuple({label.lower() for _, a, b in pairs for label in (*a, *b)})


def _has_label(text: str) -> bool:
    """A label of a party ("bên bán", "nhà thầu trúng thầu") occurs in `text` before a colon: a plain
    substring test for each, far cheaper than scanning for the label patterns."""
    if ":" not in text:
        return False
    low = text.lower()
    return any(label in low for label in _label_words())


def _labelled_pairs(text: str, firms: list[Firm], have: set[frozenset[str]]) -> list[Deal]:
    """'Bên mời thầu: A' ... 'Nhà thầu trúng thầu: B' in one notice: A and B, of the labels' kind
    (deals.json labelled_parties)."""
    out: list[Deal] = []
    if not _has_label(text):
        return out  # no label anywhere: nearly every text (the label patterns are slow to scan for)
    at = {f.start: f for f in firms}
    for kind, side_a, side_b in _label_rx():
        a = next((at[m.end()] for m in side_a.finditer(text) if m.end() in at), None)
        b = next((at[m.end()] for m in side_b.finditer(text) if m.end() in at), None)
        if a and b and a.name != b.name and frozenset((a.name, b.name)) not in have:
            out.append(
                Deal(kind=kind, parties=[a.name, b.name], start=min(a.start, b.start), end=max(a.end, b.end))
            )
    return out


# a contract's own header: "HỢP ĐỒNG MUA BÁN" (its number, its subject on the lines after), then "GIỮA" on a
# line of its own, the first party, "VÀ", the second
_CONTRACT_HEADER = re.compile(
    r"(?=[Hh])(?:^|(?<=\n))[ \t]*(?P<title>(?:HỢP ĐỒNG|Hợp đồng)\b[^\n]{0,80}\n(?:[^\n]{0,120}\n){0,4}?)"
    r"[ \t]*(?:GIỮA|[Gg]iữa)[ \t]*:?[ \t]*\n[ \t]*"
)
_HEADER_AND = re.compile(r"[ \t]*[,.]?[ \t]*\n[ \t]*(?:VÀ|[Vv]à)[ \t]*:?[ \t]*\n[ \t]*")
_HEADER_KINDS = (
    ("liên doanh", "cooperation"),
    ("thuê", "cooperation"),
    ("ghi nhớ", "mou"),
    ("hợp tác", "cooperation"),
)


def _contract_header(text: str, firms: list[Firm], have: set[frozenset[str]]) -> list[Deal]:
    """A contract's header naming its two parties on lines of their own ("HỢP ĐỒNG MUA BÁN ... GIỮA / A / VÀ /
    B"): their deal, a supply contract unless its title names another kind (a joint venture, a lease, a
    memorandum: a cooperation or a memorandum)."""
    out: list[Deal] = []
    if "\n" not in text or not ("GIỮA" in text or "iữa\n" in text or "iữa \n" in text):
        return out
    at = {f.start: f for f in firms}
    for m in _CONTRACT_HEADER.finditer(text):
        a = at.get(m.end())
        join = _HEADER_AND.match(text, a.end) if a is not None else None
        b = at.get(join.end()) if join is not None else None
        if a is None or b is None or a.name == b.name or frozenset((a.name, b.name)) in have:
            continue
        title = m.group("title").lower()
        kind = next((k for word, k in _HEADER_KINDS if word in title), "supply_contract")
        out.append(Deal(kind=kind, parties=[a.name, b.name], start=a.start, end=b.end))
    return out


# "Theo thỏa thuận hợp tác đã ký, A sẽ chuyển giao công nghệ để B ...": a memorandum signed before, told as
# the ground of what the sentence says
UNDER_SIGNED_MEMO = re.compile(  # (the first letter first: most positions fail there, cheaply)
    r"(?=[Tt])(?<!\w)[Tt]heo\s+(?:bản\s+)?(?:th[ỏo][aả]\s+thuận|biên\s+bản\s+ghi\s+nhớ|bản\s+ghi\s+nhớ)"
    r"(?:\s+hợp\s+tác)?(?:\s+chiến\s+lược)?\s+(?P<when>đã|vừa)\s+(?:được\s+)?ký(?:\s+kết)?\s*,\s*"
)


def _under_signed_memo(text: str, firms: list[Firm], have: set[frozenset[str]]) -> list[Deal]:
    """A sentence opened by "Theo thỏa thuận (hợp tác) đã ký," that names two firms: the memorandum they
    signed, a deal (with no event when it was signed before, "đã ký": what the sentence tells is its terms;
    "vừa ký" is news, and its event is the pair's as any signing's)."""
    out: list[Deal] = []
    if "heo" not in text:
        return out
    for m in UNDER_SIGNED_MEMO.finditer(text):
        if text[: m.start()].rstrip(" \t")[-1:] not in ("", ".", ";", "\n"):
            continue  # not the sentence's first words
        end = _sentence_end(text, m.end())
        names = list(dict.fromkeys(f.name for f in firms if m.end() <= f.start < end))
        if len(names) == 2 and frozenset(names) not in have:
            out.append(Deal(kind="mou", parties=names, start=m.start(), end=end))
    return out


# "Vốn của dự án do ba cổ đông cùng góp: A, B và C": the shareholders funding a project, listed after a colon
_CONTRIBUTED_BY = re.compile(
    r"(?<!\w)do\s+(?:hai|ba|bốn|năm|\d)\s+(?:cổ đông|nhà đầu tư|doanh nghiệp|công ty)\s+"
    r"(?:cùng\s+)?góp(?:\s+vốn)?\s*:\s*"
)
_LISTED = re.compile(r"\s*(?:,|và)\s*")


def _contributors(text: str, firms: list[Firm], have: set[frozenset[str]]) -> list[Deal]:
    """The firms listed after "do ba cổ đông cùng góp:" fund the project together: ONE investment of them
    all, as a consortium's is."""
    out: list[Deal] = []
    if "góp" not in text:
        return out
    at = {f.start: f for f in firms}
    ordered = sorted(firms, key=lambda f: f.start)
    for m in _CONTRIBUTED_BY.finditer(text):
        first = at.get(m.end())
        if first is None:
            continue
        listed = _chained(text, first, ordered, _LISTED)
        names = list(dict.fromkeys(f.name for f in listed))
        if len(names) > 1 and frozenset(names) not in have:
            out.append(Deal(kind="investment", parties=names, start=m.start(), end=listed[-1].end))
    return out


@functools.cache
def _frame_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load("deals.json")["capital_frame"]
    project = re.compile(rf"(?<!\w)(?:{folded_alternation(data['projects'])})(?!\w)", re.IGNORECASE)
    cue = re.compile(
        rf"(?<!\w)(?:{folded_alternation(data['cues'])})(?:\s+(?:khoảng|hơn|gần|trên|là|lên|đến|tới|thêm))?\s*$",
        re.IGNORECASE,
    )
    not_capital = re.compile(rf"(?<!\w)(?:{folded_alternation(data['not_capital'])})(?!\w)", re.IGNORECASE)
    return project, cue, not_capital


# premises rented from a firm under a lease the clause names: "nhà xưởng xây sẵn thuê của B", "thuê lại từ B"
_RENTED_FROM = re.compile(r"(?<!\w)thuê(?:\s+lại)?\s+(?:của|từ)\s+$")
_LEASE_CONTRACT = re.compile(r"(?<!\w)hợp đồng\s+(?:nguyên tắc\s+)?thuê(?!\w)")
# "A (Hồng Kông) vừa thuê 16.000 m2 nhà xưởng xây sẵn của Công ty B": A rents premises of B, a lease
_RENTS_OF = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:đã\s+|vừa\s+|sẽ\s+)?thuê(?:\s+lại)?\s[^.;]{0,60}?"
    r"(?:nhà xưởng|xưởng|kho|văn phòng|mặt bằng|đất)[^.;]{0,40}?\s(?:của|từ)\s+"
)
_OF_OWNER = re.compile(r"\s+của\s+")
_FOR_PROJECT = re.compile(r"\s+(?:cho|vào)\s+(?:một\s+|việc\s+xây(?:\s+dựng)?\s+)?")
_CAPITAL_BEFORE = re.compile(
    r"(?<!\w)(?:tổng vốn|vốn đầu tư|tổng mức đầu tư|vốn)(?:\s+(?:khoảng|hơn|gần|trên|là|lên|đến|tới))?\s*$"
)
_NEW_PROJECT = re.compile(
    r"(?<!\w)(?:dự án (?:lớn nhất|mới|đầu tư mới)|thu hút|cấp mới|đăng ký mới)(?!\w)", re.I
)


def _capital_frame(text: str, s: int, e: int, sfirms: list[Firm], smoney: list[Money]) -> Money | None:
    """The capital of the one firm's project in the clause, stated with no investment verb (deals.json
    capital_frame): 'Ruiyang Tire ..., với nhà máy săm lốp tổng vốn 236 triệu USD', 'X đề xuất xây xưởng
    kiểm thử chip 1.250 tỷ đồng', 'nhà máy van của Y chiếm 86 triệu USD', 'trung tâm dữ liệu 1,2 tỷ USD của
    Tập đoàn X'. None when the clause names two
    firms or speaks of revenue, trade, loans, charter capital or contracts."""
    if len({f.name for f in sfirms}) != 1 or (DEAL_GATE and not any(s <= x.start < e for x in smoney)):
        return None  # (the loop below reads only the amounts in [s, e))
    project, cue, not_capital = _frame_rx()
    if not_capital.search(text, s, e):
        return None
    owner = sfirms[0]
    for x in smoney:
        if not s <= x.start < e:
            continue
        if (
            (after := _FOR_PROJECT.match(text, x.end, e))
            and project.match(text, after.end())
            and _CAPITAL_BEFORE.search(text, max(s, x.start - 30), x.start)
        ):
            return x  # "X, chủ đầu tư, dự tính tổng vốn 415 tỷ đồng cho nhà máy ...": the project after it
        projects = list(project.finditer(text, s, x.start))
        if not projects:
            continue
        last = projects[-1]
        if ":" in text[min(owner.end, last.start()) : max(owner.start, last.start())]:
            continue  # "Đối thủ của X: dự án thép 53.500 tỷ đồng được đề xuất": a headline about another
        between = text[last.end() : x.start]
        if cue.search(text, max(s, x.start - 30), x.start) or (
            len(between) < 60
            and not re.search(r"[,;()]", between)
            and _BUILDS.search(text, max(s, last.start() - 25), last.start())
        ):
            return x  # with a cue, or a plant to be built with its price ("xây xưởng ... 1.250 tỷ đồng")
        if (
            len(between) < 40
            and not re.search(r"[,;()]", between)
            and _OF_OWNER.fullmatch(text, x.end, owner.start)
            and _NEW_PROJECT.search(text, s, x.start)
        ):
            # "dự án lớn nhất là trung tâm dữ liệu 1,2 tỷ USD của Tập đoàn X" in a round-up of new projects
            # (not "Nhà máy 300 triệu USD của Tập đoàn Y đang tuyển thêm công nhân": a worth in passing)
            return x
    return None


def _priced(ctx: dict, money: Money) -> dict:
    """A deal's context with the amount and currency of `money` instead of the sentence's first amount."""
    return {**ctx, "amount": money.amount, "currency": money.currency}


def same_group(a: str, b: str) -> bool:
    """'Toyota' and 'Toyota Motor Corporation', 'Panasonic' and 'Panasonic Life Solutions': one name is the
    other's first words, so they are one group (a parent and its subsidiary), never two sides of a deal."""
    return a != b and (a.startswith(b + " ") or b.startswith(a + " "))


def _sentence_start(text: str, pos: int) -> int:
    """Just after the last '.', '!', '?' or newline before `pos`, looking back at most 2,000 characters
    (a scan to the start of the text for each verb made a long text quadratic)."""
    before = [m.end() for m in _BOUNDARY.finditer(text, max(0, pos - 2000), pos)]
    return before[-1] if before else max(0, pos - 2000)


def _sentence_end(text: str, pos: int) -> int:
    """The first '.', '!', '?' or newline at or after `pos` (the end of the text if none)."""
    m = _BOUNDARY.search(text, pos)
    return m.start() if m else len(text)


# what every stake sale of `stake_sales` says, looked for once per text before anything else
STAKE_SOLD = re.compile(  # either order; the first letter first (most positions fail there, cheaply)
    rf"(?=[bc])(?:{_STAKE_SOLD_WORDS}(?!\w)|(?<!\w)(?:chuyển nhượng|bán) cho\s)"
)
# "X vừa nhận từ tỉnh Y quyết định ...", "X sáng 18-3 nhận từ UBND TP Y quyết định ...", "X hôm 6/3 đã nhận từ
# tay Chủ tịch UBND tỉnh Y giấy chứng nhận ...", "X chiều 12.5 nhận từ UBND TP.Y giấy ...": what X received,
# from whom, before the grant's own words
_GRANT_RECEIVED_FROM = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?,?\s*(?:đã\s+|vừa\s+|chính thức\s+)?"
    rf"(?:{WHEN}\s+)?(?:đã\s+|vừa\s+)?nhận\s+(?:được\s+)?(?P<giver>từ\s+(?:[^,;.()]|(?<=TP)\.){{3,60}}?\s+)?"
    r"(?:quyết định\s+)?"
)  # ("X (tỉnh Y) đã nhận giấy chứng nhận ... từ Z": the giver after the grant, or none named)
_JOINED_BEFORE = re.compile(r"(?<!\w)(?:và|với|cùng|liên danh|liên doanh)\s+(?:[^,;.()]{0,45}\s)?$")


def _joined_before(text: str, s: int, start: int) -> bool:
    """A firm at `start` joined to one before it ("liên danh A và B", "A cùng B")."""
    return _JOINED_BEFORE.search(text, max(s, start - 50), start) is not None


# "Trong lễ khởi công, ...", "Tại buổi lễ động thổ, ...": the ceremony as the setting of what follows; "X lo
# âm thanh cho lễ khởi công ...", "... phục vụ lễ khởi động KCN Y": a service to the ceremony, not its owner's
_AT_CEREMONY = re.compile(
    r"(?<!\w)(?:[Tt]rong|[Tt]ại|[Bb]ên lề|[Nn]hân dịp|[Ss]au|[Tt]rước|cho|phục vụ)\s+(?:buổi\s+)?lễ\s+$"
)  # where a groundbreaking was held; a time ("18 tháng sau khi khởi công") is `ground_as_time`'s
# the owner of the plant a ceremony is for: "lễ động thổ nhà máy của Công ty X", "lễ khởi công dự án mở rộng
# của X"
_CEREMONY_OF = re.compile(r"\s+(?:nhà máy|dự án|xưởng|tổ hợp|dây chuyền)\b[^,;.()]{0,40}?\scủa\s+$")


def _ceremony_owner(text: str, sfirms: list[Firm], end: int) -> Firm | None:
    """The firm named as the owner right after a ceremony's groundbreaking word ending at `end`, if any."""
    return next(
        (f for f in sfirms if 0 < f.start - end <= 60 and _CEREMONY_OF.fullmatch(text, end, f.start)), None
    )


_SALE_DONE = re.compile(r"(?<!\w)(?:đã|vừa|hoàn tất|hoàn thành)(?!\w)")
_SALE_PLANNED = re.compile(r"(?<!\w)(?:sẽ|dự kiến|thông qua|phê duyệt|kế hoạch|phương án)(?!\w)")


def _stakes_sold(text: str, firms: list[Firm]) -> Iterator[tuple[Firm, Firm, Firm, str]]:
    """(seller, company, buyer, the words between seller and company) of each 'A (đã) chuyển nhượng/bán N%
    vốn (tại) Công ty B cho C' among consecutive `firms` (`_SOLD_STAKE_IN`, `_TO_BUYER`)."""
    for a, stake, b in zip(firms, firms[1:], firms[2:], strict=False):
        how = _SOLD_STAKE_IN.fullmatch(text, a.end, stake.start)
        if how is not None and _TO_BUYER.fullmatch(text, stake.end, b.start):
            yield a, stake, b, how.group()
        # the buyer named first: "A đã ký hợp đồng chuyển nhượng cho C 35% cổ phần Công ty B"
        how = _TRANSFER_TO_FIRST.fullmatch(text, a.end, stake.start)
        if how is not None and _STAKE_BEFORE_COMPANY.fullmatch(text, stake.end, b.start):
            yield a, b, stake, how.group()


def stake_sales(text: str, firms: list[Firm]) -> list[tuple[Firm, Firm, Firm, str]]:
    """(seller, company, buyer, status) of each stake sold in the shape 'A (đã) chuyển nhượng/bán N% vốn
    (tại) Công ty B cho C' (`_stakes_sold`): 'ký hợp đồng' -> signed, 'đã', 'hoàn tất' -> completed,
    'sẽ', 'thông qua phương án' -> announced. `firms` in text order, brackets skipped by the caller."""
    out = []
    for a, stake, b, words in _stakes_sold(text, firms):
        status = (
            "signed"
            if "hợp đồng" in words
            else "announced"
            if _SALE_PLANNED.search(words)
            else "completed"
            if _SALE_DONE.search(words)
            else None
        )
        if status is not None:
            out.append((a, stake, b, status))
    return out


# "A (đã) thông qua phương án ...", "A hoàn tất việc ...": how far a placement or a merger has gone
_DECIDED = (
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:ngày\s+\d{1,2}/\d{1,2}(?:/\d{4})?\s+)?(?:đã\s+|vừa\s+|sẽ\s+)?"
    r"(?:(?:thông qua|phê duyệt|quyết định|hoàn tất|hoàn thành)\s+(?:việc\s+|phương án\s+|kế hoạch\s+)?)?"
)
# "A (thông qua phương án) phát hành riêng lẻ 18% cổ phần cho B": B buys into A
_PLACED_TO = re.compile(
    _DECIDED
    + r"(?:phát hành|chào bán)\s+(?:riêng lẻ\s+)?"
    + IN_SENTENCE
    + r"{0,40}?(?:cổ phần|cổ phiếu)"
    + IN_SENTENCE
    + r"{0,40}?\bcho\s+(?:nhà đầu tư chiến lược\s+(?:là\s+)?)?"
)
# "A (thông qua phương án) sáp nhập Công ty B (vào công ty)": A takes B over
_MERGES = re.compile(rf"{_DECIDED}sáp nhập\s+")
# "A đã rót 30 triệu USD để sở hữu 20% cổ phần Công ty B": A buys into B
_PAID_FOR_STAKE = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:đã\s+|vừa\s+)?(?:rót|chi|bỏ ra|dùng)\s+"
    + IN_SENTENCE
    + r"{0,40}?(?<!\w)để\s+"
    r"(?:sở hữu|nắm giữ|giữ|mua|mua lại|nhận)\s+(?:(?:gần|hơn|khoảng|trên)\s+)?\d[\d,]*\s*%\s+"
    r"(?:cổ phần|vốn|cổ phiếu)\s+(?:(?:của|tại)\s+)?$"
)
# "A (...) đã hoàn tất chuyển nhượng 70% vốn cho C": C buys into A; "A vừa bán cổ phần cho hai nhà đầu tư
# chiến lược Nhật Bản là C và D": C and D do (`_BUYERS_JOINED`)
_SHARES_SOLD_TO = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:đã\s+|vừa\s+)?(?:hoàn tất\s+|hoàn thành\s+)?(?:bán|chuyển nhượng)\s+"
    r"(?:\d[\d,]*\s*%\s+(?:cổ phần|vốn|cổ phiếu)|cổ phần)\s+cho\s+"
    r"(?:(?:(?:hai|ba|bốn|năm|\d+)\s+)?(?:nhà đầu tư|cổ đông|đối tác)(?:\s+chiến lược)?"
    r"(?:\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)?)?(?:\s+là)?\s+)?$"
)
# "... cho C và D", "... cho C, D và E": each buyer of one sale (`_SHARES_SOLD_TO`, `_PLACED_TO`)
_BUYERS_JOINED = re.compile(r"\s*(?:,|và|,\s*và)\s*")
# "B (sẽ) sáp nhập vào A": A takes B over
_MERGES_INTO = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:đã\s+|vừa\s+|sẽ\s+)?(?:được\s+)?sáp nhập vào\s+")


# "A (đã) ký thỏa thuận mua gần 62% cổ phần (của) Công ty B", "A nắm hơn 94% cổ phần của B", "A thâu tóm B",
# "A tiếp quản B": A buys B or into it
_BUYS_INTO = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:,\s*)?(?:đã\s+|vừa\s+|sẽ\s+|chính thức\s+)*"
    r"(?:(?:ký|đạt|ký kết)\s+thỏa thuận\s+|hoàn tất(?:\s+việc)?\s+)?"
    # "chi hơn 2.300 tỷ đồng (để) mua ..."
    r"(?:chi\s+(?:ra\s+)?(?:[^.;,()]|(?<=\d)[.,](?=\d)){0,40}?\s+(?:để\s+)?)?"
    # a business of B ("mua mảng khuôn mẫu của B", "tiếp quản nhà máy thép của B") or B itself named by its
    # trade ("mua hãng van công nghiệp B")
    r"(?:(?:mua(?:\s+lại)?|tiếp quản|thâu tóm)\s+(?:toàn bộ\s+)?(?:mảng|nhà máy|chuỗi|dây chuyền|cơ sở|xưởng)"
    r"[^.;,()]{0,50}?\s+của\s+"
    r"|mua(?:\s+lại)?\s+(?:hãng|doanh nghiệp|nhà sản xuất)(?:\s+[a-zà-ỹđ]+){0,4}\s+"
    r"|(?:mua|thâu tóm|nắm|nắm giữ|sở hữu)\s+(?:(?:gần|hơn|khoảng|trên|toàn bộ|trọn)\s+)?"
    r"(?:\d[\d,.]*\s*%\s+)?(?:cổ phần|vốn|phần vốn|cổ phiếu)\s+(?:(?:của|tại)\s+)?"
    r"|(?:thâu tóm|tiếp quản)\s+(?:toàn bộ\s+)?"
    r"|trở thành cổ đông (?:lớn nhất|chi phối|lớn|chiến lược)\s+(?:của|tại)\s+)"
)
# "B (cũng đã) về tay A": A bought B; "B (KSC), tức 6,8% vốn, vừa về tay A", "B, tương đương 12,4 triệu cổ
# phần, đã thuộc về A": the stake said between (a share "thuộc về" A with no "đã/vừa/sẽ" is who owns it now)
_PASSED_TO = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:,\s*(?:tức|tương đương)\s+(?:[^,;.()]|(?<=\d)[.,](?=\d)){1,40},\s*)?"
    r"(?:(?:cũng\s+|đã\s+|sẽ\s+|vừa\s+|chính thức\s+)*về tay|(?:cũng\s+)?(?:đã|vừa|sẽ)\s+thuộc về)\s+"
)
# "B (mã CK: BLP) vừa nhận thông báo chào mua công khai từ A": A bids for B (announced)
_BID_FROM = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:đã\s+|vừa\s+|mới\s+)?nhận\s+(?:được\s+)?"
    r"(?:thông báo\s+|đề nghị\s+|hồ sơ\s+)?chào mua(?:\s+công khai)?"
    r"(?:\s+(?:[^.;,()]|(?<=\d)[.,](?=\d)){1,40}?)?\s+(?:từ|của)\s+"
)
_AGREED_WORDS = re.compile(r"(?<!\w)(?:thỏa thuận|ký)(?!\w)")
_BECAME = re.compile(r"(?<!\w)(?:trở thành|về tay|nắm)(?!\w)")


# a purchase told first, its buyer as the subject after: "Với hợp đồng mua lại 100% vốn Công ty B hoàn tất hôm
# 14/11, Công ty A chính thức ...", "Sau thương vụ mua lại Công ty B, Tập đoàn A ..."
_BOUGHT_FIRST = re.compile(
    r"(?:^|[.;\n]\s*|,\s*)(?:[Vv]ới|[Ss]au|[Nn]hờ)\s+(?:hợp đồng|thương vụ|việc)\s+"
    r"(?:mua lại|thâu tóm|mua)\s+"
    r"(?:(?:toàn bộ|\d[\d,]*\s*%)\s+)?(?:(?:vốn|cổ phần|phần vốn)\s+(?:(?:của|tại)\s+)?)?$"
)
_THEN_BUYER = re.compile(r"(?:\s*\([^()]{1,80}\))?[^.;,]{0,60}?,\s*")


def ownership_changes(text: str, firms: list[Firm]) -> list[tuple[Firm, Firm, str]]:
    """(buyer, company, status) of each share placement and merger between consecutive `firms` (in text
    order): 'A phát hành riêng lẻ 18% cổ phần cho B' (B buys into A), 'A thông qua phương án sáp nhập Công
    ty B vào công ty' and 'B sáp nhập vào A' (A takes B over), 'Với hợp đồng mua lại 100% vốn B hoàn tất ...,
    A ...' (A bought B). 'thông qua', 'phương án', 'sẽ' -> announced;
    'đã', 'hoàn tất' -> completed; else signed."""
    out = []
    for a, b in itertools.pairwise(firms):
        m = _PLACED_TO.fullmatch(text, a.end, b.start)
        if m is not None:
            buyer, company = b, a
        elif (m := _MERGES.fullmatch(text, a.end, b.start)) is not None:
            buyer, company = a, b
        elif (m := _MERGES_INTO.fullmatch(text, a.end, b.start)) is not None:
            buyer, company = b, a
        elif (m := _PAID_FOR_STAKE.fullmatch(text, a.end, b.start)) is not None:
            buyer, company = a, b
        elif (m := _SHARES_SOLD_TO.fullmatch(text, a.end, b.start)) is not None:
            buyer, company = b, a
        elif _BOUGHT_FIRST.search(text, max(0, a.start - 70), a.start) and (
            m := _THEN_BUYER.fullmatch(text, a.end, b.start)
        ):
            buyer, company = b, a  # "Với hợp đồng mua lại 100% vốn Công ty B hoàn tất ..., Công ty A ..."
        elif (m := _BUYS_INTO.fullmatch(text, a.end, b.start)) is not None:
            buyer, company = a, b
        elif (
            m := _PASSED_TO.fullmatch(text, a.end, b.start) or _BID_FROM.fullmatch(text, a.end, b.start)
        ) is not None:
            buyer, company = b, a
        else:
            continue
        if m.re in (_BUYS_INTO, _PASSED_TO) and unstated(
            text, _sentence_start(text, a.start), _sentence_end(text, b.end)
        ):
            continue  # "Thông tin A thâu tóm B là không có cơ sở": denied
        words = m.group()
        planned, done = _SALE_PLANNED.search(words), _SALE_DONE.search(words)
        status = "announced" if planned or m.re is _BID_FROM else "completed" if done else "signed"
        if m.re in (_BUYS_INTO, _PASSED_TO):
            status = (
                "signed"
                if _AGREED_WORDS.search(words)
                else "announced"
                if planned
                else "completed"
                if done or _BECAME.search(words)
                else "signed"
            )
        out.append((buyer, company, status))
        if m.re in (_SHARES_SOLD_TO, _PLACED_TO):  # "... cho hai nhà đầu tư là C và D": D buys too
            last = b
            for more in firms[firms.index(b) + 1 :]:
                if not _BUYERS_JOINED.fullmatch(text, last.end, more.start):
                    break
                out.append((more, company, status))
                last = more
    return out


_STAKE_OF = re.compile(r"\d[\d,.]*\s*%\s+(?:cổ phần|vốn|phần vốn)\s+(?:(?:của|tại)\s+)?$")
_SOLD_PASSIVE = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:đã\s+|vừa\s+)?được\s+(?:bán|chuyển nhượng)\s+(?:lại\s+)?cho\s+"
)


def _stake_buyer(text: str, sfirms: list[Firm]) -> Firm | None:
    """The buyer C of a stake sold in a signed contract, 'A (đã) ký hợp đồng chuyển nhượng N% vốn (tại)
    Công ty B cho C' or 'A đã ký hợp đồng chuyển nhượng cho C 35% cổ phần Công ty B', or told in the passive,
    'N% cổ phần Công ty B được bán cho C': the sentence states C's investment, not a contract of A with B or
    C."""
    for a, c in itertools.pairwise(sfirms):
        if _TRANSFER_TO_FIRST.fullmatch(text, a.end, c.start) and _STAKE_AFTER.match(text, c.end):
            return c
        stake_of_a = _STAKE_OF.search(text, max(0, a.start - 30), a.start)
        if stake_of_a and _SOLD_PASSIVE.fullmatch(text, a.end, c.start):
            return c  # "75% cổ phần Công ty B được bán cho Tập đoàn C": C buys, B signs nothing
    return next((b for _, _, b, words in _stakes_sold(text, sfirms) if "hợp đồng" in words), None)


# "Dưới sự chứng kiến của lãnh đạo UBND tỉnh X, A và B ký ...": the witness's province is not the deal's
_WITNESS = re.compile(r"(?=[DdVv])(?:[Dd]ưới|[Vv]ới)\s+sự\s+chứng\s+kiến\s+của[^,;.]*")


# ", vốn 2,5 triệu USD", "với vốn ...", "nhà máy lắp ráp pin vốn 620 tỷ đồng" (not a loan: "vay vốn")
_BARE_CAPITAL = re.compile(
    r"(?:,|\bvới|(?<![Vv]ay)(?<!động)(?<!góp)\s)\s*vốn\s+(?:giai đoạn\s+(?:1|I|một|đầu)\s+(?:là\s+)?)?"
    r"(?:(?:khoảng|hơn|gần|trên)\s+)?\d"  # ", vốn giai đoạn 1 là 50 triệu USD"
)
# "khánh thành nhà máy chế biến tôm 460 tỷ đồng": the plant's worth written right after what opens
_PLANT_WORTH = re.compile(
    r"\s+(?:giai đoạn\s+\S+\s+(?:của\s+)?)?(?:nhà máy|xưởng|dây chuyền|tổ hợp|dự án|công trình|kho)\b"
    # "khánh thành nhà máy gioăng, phớt ô tô 420 tỷ đồng": goods listed with commas (not "..., nâng tổng vốn
    # đầu tư lên 140 triệu USD": the running total)
    r"(?:(?!nâng|đưa|vốn)[^;.()\d]){0,70}"
)


# "nâng tổng vốn (đầu tư) lên ...": the running total after a new phase, not what the phase cost
_RAISES_TOTAL = re.compile(r"(?:nâng|đưa)\s+$")


def states_capital(text: str, s: int, e: int) -> bool:
    """The clause says what is invested ('vốn đầu tư', 'tổng vốn', ', vốn 2,5 triệu USD'), not only what a
    plant is worth ('nhà máy 65 triệu USD') nor the running total ('nâng tổng vốn đầu tư lên 190 triệu
    USD')."""
    if _BARE_CAPITAL.search(text, s, e) is not None:
        return True
    return any(
        not _RAISES_TOTAL.search(text, max(s, m.start() - 6), m.start())
        for m in deal_words()["capital"].finditer(text, s, e)
    )


def plant_worth(text: str, verb_end: int, e: int, money: list[Money]) -> Money | None:
    """The amount written right after the plant an opening names ("khánh thành nhà máy chế biến tôm 460 tỷ
    đồng", "Khánh thành nhà máy linh kiện ô tô 50 triệu USD"): what was invested in it."""
    x = next((x for x in money if verb_end <= x.start < e), None)
    return x if x is not None and _PLANT_WORTH.fullmatch(text, verb_end, x.start) else None


def _headline_worth(
    text: str, span: tuple[int, int], money: list[Money], firm_starts: list[int]
) -> Money | None:
    """A headline naming no firm that opens a plant of stated worth ("Khánh thành nhà máy bao bì 750 tỷ
    đồng tại Vĩnh Long"), above a lead where a firm opens it."""
    s, e = span
    m = deal_words()["inauguration"].search(text, s, e) or _HEADLINE_RUNS.search(text, s, e)
    if m is None or not _no_firm_between(firm_starts, s, e):
        return None
    after = money[bisect.bisect_left([x.start for x in money], s) :]
    worth = plant_worth(text, m.end(), e, after)
    inside = [x for x in after if x.start < e]
    # "Nhà máy sợi 85 triệu USD ... vận hành giai đoạn 1", "X đưa nhà máy 85 triệu USD ... vào vận hành"
    if (
        worth is None
        and len(inside) == 1
        and _PLANT_BEFORE.search(text, max(s, inside[0].start - 80), inside[0].start)
    ):
        worth = inside[0]
    return worth


# a headline's verb of a plant that runs ("Nhà máy sợi 85 triệu USD ở Thái Bình vận hành giai đoạn 1")
_HEADLINE_RUNS = re.compile(r"(?<!\w)vận hành(?!\w)", re.IGNORECASE)
# a plant named right before its worth, in a headline ("nhà máy xe điện 85 triệu USD")
_PLANT_BEFORE = re.compile(
    r"(?<!\w)(?:nhà máy|xưởng|dây chuyền|tổ hợp|dự án|công trình|kho)\b(?:(?!nâng|đưa|vốn)[^;.()\d]){0,70}$",
    re.IGNORECASE,
)


def _capital_before(text: str, pos: int) -> bool:
    """The words right before an amount say it is invested capital ("tổng vốn đầu tư 1.850 tỷ đồng")."""
    return bool(deal_words()["capital"].search(text, max(0, pos - 25), pos))


def _legal_date(text: str, start: int, decision_ends: list[int]) -> bool:
    """A date written right after a legal number ("Quyết định số X ngày 30/10/2024") is the document's."""
    return any(0 <= start - end <= 30 and re.fullmatch(r"[\s,(]*", text[end:start]) for end in decision_ends)


# "cho các mẫu xe máy điện của VinFast", "cho các dự án của Tập đoàn X": the buyer after what it is for
_FOR_BUYER = re.compile(
    r"\bcho\s*$|\bcho\s[^,;.]{0,60}\bcủa\s*$"
    # "cho hãng vận tải X", "cho khách hàng Nhật Bản X": a common noun describing the buyer
    r"|\bcho\s+(?:hãng|đối tác|khách hàng|chủ tàu|nhà mua hàng)(?:\s+[a-zà-ỹđ]+){0,3}"
    r"(?:\s+[A-ZÀ-ỸĐ][a-zà-ỹđ]+){0,2}\s*$"
)
# "Đơn hàng ... mà A nhận từ B", "A nhận đơn hàng ... từ B": A supplies B
_RECEIVED_FROM = re.compile(
    r"\s*(?:đã\s+|vừa\s+|tiếp tục\s+)?(?:nhận|giành|giành được|ký được|trúng)\b[^,;.]{0,50}?\btừ\s*$"
)
# "B chọn A làm nhà cung cấp ...": B buys from A
_CHOSEN_SUPPLIER = re.compile(
    r"\s*(?:đã\s+|vừa\s+|chính thức\s+)*(?:chọn|lựa chọn)\s+(?:liên danh\s+|nhà thầu\s+)?$"
)
# "A (vừa) được chọn làm nhà cung cấp keo tản nhiệt cho B": A supplies B
_CHOSEN_FOR = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:đã\s+|vừa\s+)?được\s+(?:chọn|lựa chọn)\s+(?:làm|là)\s+"
    r"(?:nhà cung cấp|nhà cung ứng|đối tác cung ứng|nhà thầu|tổng thầu)\b"
    + IN_SENTENCE
    + r"{0,60}?(?<!\w)(?:cho|của)\s+$"  # "... tổng thầu EPC nhà máy điện mặt trời của B": B's plant
)
# "Được B chọn làm nhà cung cấp ..., A ký ...": the sentence opens with the choice, the chosen firm follows
_CHOSEN_OPENING = re.compile(r"\s*(?:[Đđ]ược|[Ss]au khi được)\s+$")
_PASSIVE_BY = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:sẽ\s+|đã\s+|vừa\s+)?được\s+")
_CHOSEN_AS = re.compile(
    r"\s+(?:chọn|lựa chọn)\s+(?:làm|là)\s+(?:tổng thầu|nhà thầu|nhà cung cấp|nhà cung ứng|đối tác cung ứng)\b"
)
_DONE_BY = re.compile(r"\s+(?:cung cấp|cung ứng|lắp đặt|thi công|xây dựng|chế tạo|gia công|sản xuất)\b")
_AS_SUPPLIER = re.compile(
    r"\s*(?:làm|là)\s+(?:nhà cung cấp|nhà cung ứng|đối tác cung ứng|nhà thầu|tổng thầu)\b"
)
# "loạt 6 tàu mà A nhận đóng cho B": an order taken
_TAKEN_ORDER = re.compile(r"(?<!\w)nhận\s+(?:đóng|gia công|sản xuất|chế tạo|may)(?!\w)")
# "Nhà cung cấp của B là A, hai bên đã ký hợp đồng khung": a supplier's role said before the signing
_SUPPLIER_ROLE = re.compile(r"(?<!\w)[Nn]hà\s+(?:cung cấp|cung ứng)(?!\w)")
# "Hợp đồng EPC ... của A được trao cho liên danh B – C": the awarded contractors supply A
_AWARDED = re.compile(r"\s*(?:đã\s+|vừa\s+)?được\s+(?:trao|giao)\s+cho\s+(?:liên danh\s+|nhà thầu\s+)?$")
# "A (51%) và B", "A (Trung Quốc) và B"
_CHAIN = re.compile(
    rf"(?:\s*\((?:\d[\d,]*\s*%|[^()\d,;]{{2,20}})\))?\s*(?:,|và|–|-|,\s*và)\s*{PARTNER_BEFORE}"
)
_FUNDED_TOGETHER = re.compile(
    r"(?<!\w)(?:cùng|hai bên cùng|hai bên)\s+(?:bỏ vốn|góp vốn|rót vốn|đầu tư)(?!\w)"
    r"|(?<!\w)liên doanh giữa(?!\w)"
)
_CO_ACTOR = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:và|cùng|cùng với)\s+(?:đối tác\s+[^,.;]{0,20}?\s*là\s+)?"
)
# "A ký hợp đồng với 14 doanh nghiệp cung ứng trong nước, trong đó có B và C": A with each named one
_AMONG = re.compile(r",?\s*trong đó có\s*$")


# what a signing between one firm and a government body is about when it is the firm's investment (a training
# or support project is none)
PROJECT_TALK = re.compile(
    r"\b(?<!nhà )(?<!chủ )(?:dự án(?! đào tạo| hỗ trợ| tư vấn| nghiên cứu)|đầu tư"
    r"|phát triển (?:KCN|khu công nghiệp|cụm công nghiệp)"
    r"|khu đô thị - công nghiệp|khu công nghiệp)\b"
)
# "A thông qua việc vay Ngân hàng B 700 tỷ đồng": a loan, the two of them a cooperation
_BORROWS_FROM = re.compile(
    IN_SENTENCE + r"{0,40}?(?<!\w)vay\s+(?:vốn\s+)?$"  # "A ... vay Ngân hàng B 700 tỷ đồng"
    # a board's resolution: "A công bố nghị quyết HĐQT ... về việc vay Ngân hàng B ..."
    r"|" + IN_SENTENCE + r"{0,140}?(?<!\w)(?:về việc|phương án|kế hoạch|chủ trương)\s+vay\s+(?:vốn\s+)?$"
    r"|\s*(?:đã\s+|vừa\s+)?vay\s+"
    + IN_SENTENCE
    + r"{0,40}?(?<!\w)từ\s+$"  # "A đã vay 420 tỷ đồng từ Ngân hàng B"
    # "A công bố nghị quyết HĐQT thông qua khoản vay 1.200 tỷ đồng từ Ngân hàng B"
    r"|(?:[.:]\s*)?"
    + IN_SENTENCE
    + r"{0,140}?(?<!\w)(?:thông qua|phê duyệt|chấp thuận)\s+khoản vay\s+"
    + IN_SENTENCE
    + r"{0,40}?(?<!\w)(?:từ|tại)\s+$"  # "1.200 tỷ đồng": a dot between digits
    # "Điều 3. Thông qua việc vay vốn tối đa 800 tỷ đồng tại Ngân hàng B" (the board's firm borrows)
    r"|(?:[.:]\s*)?"
    + IN_SENTENCE
    + r"{0,140}?(?<!\w)(?:việc|phương án|kế hoạch|chủ trương)\s+vay\s+"
    + IN_SENTENCE
    + r"{0,60}?"
    r"(?<!\w)(?:tại|từ)\s+$"
    # "A ... nhận khoản vay 200 tỷ đồng từ Ngân hàng B"
    r"|"
    + IN_SENTENCE
    + r"{0,200}?(?<!\w)(?:nhận|được cấp|được giải ngân)\s+khoản vay\s+"
    + IN_SENTENCE
    + r"{0,40}?(?<!\w)từ\s+$"
)
# "Hệ thống băng tải do A cung cấp theo hợp đồng ... ký với B": the contract is A's supply to B
# "Khoản vay ... của Công ty A đã được thu xếp bởi Ngân hàng B và Ngân hàng C": A borrows from each
_ARRANGED_BY = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:đã\s+|vừa\s+)?được\s+(?:thu xếp|cấp|tài trợ|thu xếp vốn)\s+bởi\s+$"
)
_LOAN = re.compile(r"(?<!\w)[Kk]hoản vay(?!\w)")
# "A đã ký hợp đồng chuyển nhượng cho C 35% cổ phần Công ty B": C buys
_TRANSFER_TO_FIRST = re.compile(
    r"\s*(?:\([^()]{1,60}\)\s*)?(?:đã\s+|vừa\s+)?(?:ký|ký kết)\s+hợp đồng\s+(?:chuyển nhượng|bán)\s+cho\s+$"
)
_STAKE_BEFORE_COMPANY = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?\d[\d,]*\s*%\s+(?:cổ phần|vốn|phần vốn)\s+(?:(?:của|tại)\s+)?"
)
_STAKE_AFTER = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?\d[\d,]*\s*%\s+(?:cổ phần|vốn|phần vốn)(?!\w)")
# "Ngân hàng A (Vietcombank) chi nhánh X đã giải ngân 180 tỷ đồng cho Công ty B": a bank lends
_LENDS_TO = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:chi nhánh\s+[^,.;()]{1,30}?\s+)?(?:đã\s+|vừa\s+)?"
    r"(?:giải ngân|cho vay|cấp tín dụng)\s+" + IN_SENTENCE + r"{0,40}?(?<!\w)cho\s+$"
)
# "UBND tỉnh X quyết định thành lập CCN Y; chủ đầu tư hạ tầng là Công ty Z": Z's investment, decided (a park's
# developer named in passing, "chủ đầu tư hạ tầng là Công ty Z chưa ký ...", is not)
# a project, then "do" and who carries it out: "Dự án do Công ty X thực hiện", "Cụm nhà máy ... do liên danh A
# và B phát triển", "KCN Y ..., do CTCP X, thành viên Z, đảm trách" (the verb after the firm: `_CARRIES`)
_CARRIED_BY = re.compile(  # (first letters tested first)
    r"(?=[DdNnKkCc])"
    r"(?<!\w)(?:[Dd]ự án|[Nn]hà máy|KCN|[Kk]hu công nghiệp|[Cc]ụm công nghiệp|[Cc]ụm nhà máy|[Kk]hu đô thị)"
    r"(?:[^;.]|(?<=\d)\.(?=\d)){0,120}?\bdo\s+(?P<team>liên danh\s+(?:gồm\s+|giữa\s+)?)?"
)
_CARRIES = re.compile(
    r"(?:,\s+(?:thành viên|công ty con|đơn vị thành viên) [^,;.]{1,40},)?\s+"
    r"(?:thực hiện|phát triển|đảm trách|triển khai|làm chủ đầu tư|đầu tư xây dựng)(?!\w)"
)


def carried_by(text: str, s: int, e: int) -> bool:
    """text[s:e] tells who carries a project out ('Dự án do Công ty X thực hiện'): a description, which
    the evaluation rows give a deal and no event (4 of 4)."""
    return any(_CARRIES.search(text, m.end(), e) for m in _CARRIED_BY.finditer(text, s, e))


_QUALIFIED_BACKED = re.compile(
    r"(?<!\w)(?:quyết định|ban hành|chấp thuận|phê duyệt|thành lập|giấy chứng nhận|giấy phép|GCNĐKĐT)(?!\w)",
    re.I,
)  # "... trao giấy chứng nhận đăng ký đầu tư dự án Y; chủ đầu tư dự án là X": decided
# "trao cho Công ty X giấy chứng nhận đăng ký đầu tư": the recipient before the certificate
_NOT_YET_HELD = re.compile(r"(?<!\w)chưa (?:có|được cấp|nhận)\s+$")
_GRANTED_TO = re.compile(r"(?<!\w)(?:trao|cấp|trao tặng)\s+cho\s+$")
_LICENCE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?(?:giấy chứng nhận (?:đăng ký )?đầu tư|giấy phép đầu tư|GCNĐKĐT"
    r"|quyết định chấp thuận (?:chủ trương đầu tư|nhà đầu tư))(?!\w)",
    re.IGNORECASE,
)
_CONSORTIUM_OF = re.compile(r"liên danh\s+(?:(?:giữa|gồm|của)\s+)?")
_JOINT_OWNERS = re.compile(r"(?<!liên doanh )[Cc]hủ đầu tư\s+gồm(?:\s+(?:hai|ba|bốn)\s+bên)?\s*:?\s*")
_CONSORTIUM_BEFORE = re.compile(rf"\b{_CONSORTIUM_OF.pattern}$")  # "... cho liên danh " before a member
# "Liên danh A - B", "Liên doanh giữa A (51%) và B (49%)": the members invest together, one deal
_CONSORTIUM = re.compile(r"(?<!\w)[Ll]iên (?:danh|doanh)\s+(?:gồm\s+|giữa\s+)?(?:các\s+)?(?:nhà đầu tư\s+)?")
# "..., Công ty Y tăng 50 triệu USD": the verb of the clause before, left out, then the amount
_ELLIPTIC = re.compile(
    rf"(?:{_LOCATED})?\s*(?:\([^()]{{1,80}}\)\s*)?(?:(?:cũng|đã|sẽ)\s+)?(?:đăng ký\s+|được\s+)?"
    r"(?:(?:tăng|bổ sung|rót|góp|nâng)(?:\s+thêm)?|thêm)"
    r"(?:\s+vốn)?\s+(?:khoảng\s+|hơn\s+|gần\s+)?\d"
)


def _consortium(text: str, s: int, investor: Firm, firms: list[Firm]) -> list[str]:
    """The members of 'Liên danh A, B và C' when `investor` is one of them, else []."""
    for m in _CONSORTIUM.finditer(text, s, investor.start):
        first = next((f for f in firms if f.start == m.end()), None)
        chain = _chained(text, first, firms) if first else []
        if investor in chain and len(chain) > 1:
            return list(dict.fromkeys(f.name for f in chain))
    return []


def _chained(text: str, first: Firm, firms: list[Firm], gap: re.Pattern[str] = _CHAIN) -> list[Firm]:
    """`first` and the firms (sorted by start) joined to it by ',', 'và' or a dash ('liên danh B – C'), or by
    another `gap` between one and the next."""
    out = [first]
    for f in firms:
        if f.start > out[-1].end and gap.fullmatch(text[out[-1].end : f.start]):
            out.append(f)
    return out


def _members(text: str, first: Firm, firms: list[Firm]) -> list[str]:
    """The names of a consortium's members, `first` and those chained to it ('liên danh A và B'), once each:
    the parties of its one investment deal."""
    return list(dict.fromkeys(f.name for f in _chained(text, first, firms)))


# '"Chúng tôi vừa ký hợp đồng với Toyota", ông A, Giám đốc Công ty X cho biết': X signed
_WE = re.compile(
    r"(?:(?:công ty|doanh nghiệp|tập đoàn)\s+)?chúng tôi\s+(?:(?:đã|vừa|sẽ|mới|cũng)\s+){0,2}$",
    re.IGNORECASE,
)
_CLOSING_QUOTE = re.compile(r"[\"”]")


def _speaker_signs(text: str, ge: int, after: list[Firm]) -> tuple[list[Firm], list[Firm]]:
    """In a quote that starts with 'chúng tôi', the firms inside the quote are the counterparts and the one
    firm named after it (the speaker's) signs; anything else: nobody is known to sign."""
    close = _CLOSING_QUOTE.search(text, ge, after[-1].start) if after else None
    if close is None:
        return [], after
    inside = [f for f in after if f.end <= close.start()]
    speakers = {f.name for f in after if f.start > close.start()}
    if inside and len(speakers) == 1:
        return [f for f in after if f.start > close.start()][:1], inside
    return [], after


_CONTRACT_WORD = re.compile(r"\bhợp đồng\b")
_PACT_WORD = re.compile(r"\b(?:hợp đồng|thỏa thuận|ghi nhớ|MoU|MOU)\b")


def _supply(text: str, s: int, e: int, sfirms: list[Firm], add: Callable[..., None]) -> bool:
    """ "A ... cung cấp/cung ứng ... cho (... của) B" in a sentence that names a contract, an order or an
    agreement -> (A, B); also an order A received from B, and a contract of A awarded to B."""
    rx = deal_words()
    found = False
    for i, a in enumerate(sfirms[:-1]):  # a supplier chosen: no contract word needed
        b = sfirms[i + 1]
        gap = text[a.end : b.start]
        team = _chained(text, b, sfirms) if len(gap) < 90 and _CHOSEN_SUPPLIER.fullmatch(gap) else []
        if team and _AS_SUPPLIER.match(text, team[-1].end):
            for member in team:  # "A đã chọn liên danh B và C làm tổng thầu EPC": A with each member
                add("supply_contract", [a.name, member.name])
            found = True
        elif len(gap) < 160 and _CHOSEN_FOR.fullmatch(gap):
            add("supply_contract", [a.name, b.name])  # "A vừa được chọn làm nhà cung cấp ... cho B"
            found = True
        elif (
            i == 0
            and _CHOSEN_OPENING.fullmatch(text, s, a.start)
            and _CHOSEN_AS.match(text, a.end)
            and re.fullmatch(IN_SENTENCE + r"{0,100},\s*", text[a.end : b.start])
        ):  # "Được Honda Việt Nam chọn làm nhà cung cấp tay phanh, Công ty B ký hợp đồng ..."
            add("supply_contract", [a.name, b.name])
            found = True
        elif _PASSIVE_BY.fullmatch(gap) and (
            _CHOSEN_AS.match(text, b.end)  # "A được B chọn làm tổng thầu"
            or (_CONTRACT_WORD.search(text, s, e) and _DONE_BY.match(text, b.end))
        ):  # "Nhà máy của A sẽ được B lắp đặt ... theo hợp đồng EPC"
            add("supply_contract", [a.name, b.name])
            found = True
    # "loạt 6 tàu mà A nhận đóng cho B": an order taken is a contract
    contract = rx["supply"].search(text, s, e) is not None or _TAKEN_ORDER.search(text, s, e) is not None
    if not contract and not _PACT_WORD.search(text, s, e):
        return found
    starts = [f.start for f in sfirms]
    for m in rx["supply_verb"].finditer(text, s, e):
        if _inside(m.start(), sfirms):
            continue
        # "A vừa công bố thông tin về hợp đồng cung cấp ... cho B": a contract's supply verb reaches further
        reach = 12 if text[max(s, m.start() - 9) : m.start()] == "hợp đồng " else 6
        subj = [f for f in sfirms if f.end <= m.start() and len(text[f.end : m.start()].split()) <= reach]
        obj = next(
            (
                f
                for f in sfirms
                if f.start > m.end()
                and _FOR_BUYER.search(text[m.end() : f.start])
                and _no_firm_between(starts, m.end(), f.start)
            ),
            None,
        )
        if subj and obj and "," not in text[subj[-1].end : m.start()] and len(text[m.end() : obj.start]) < 80:
            # "A sẽ cung cấp ... cho B theo biên bản ghi nhớ vừa ký": supplies promised in an MoU
            memo = _MEMO.search(text, s, e) and not contract
            add("mou" if memo else "supply_contract", [subj[-1].name, obj.name])
            found = True
    if not found and (contract or _CONTRACT_WORD.search(text, s, e)):
        for i, a in enumerate(sfirms):
            for b in sfirms[i + 1 :]:
                gap = text[a.end : b.start]
                if len(gap) < 80 and _RECEIVED_FROM.fullmatch(gap) and not said_cooperation(gap):
                    add("supply_contract", [a.name, b.name])
                    found = True
                elif len(gap) < 60 and _AWARDED.fullmatch(gap) and re.search(r"\bcủa\s*$", text[s : a.start]):
                    team = _chained(text, b, sfirms)
                    for x, y in itertools.combinations([a, *team], 2):
                        add("supply_contract", [x.name, y.name])
                    found = True
    return found


@functools.cache
def _group_rx() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    data = load("deals.json")["counterpart_groups"]
    numbers = data["numbers"]
    count = rf"(?P<n>\d+|{alternation(numbers)})"
    nouns = alternation(data["nouns"])
    group = re.compile(rf"\bvới\s+{count}\s+(?:{nouns})(?!\w)", re.IGNORECASE)
    listing = re.compile(rf"(?:\b(?:{alternation(data['list_words'])})\s*:?\s*)$")
    return group, listing, numbers


def _named_next(text: str, ge: int, e: int, nxt: tuple[int, int], firms: list[Firm]) -> list[Firm]:
    """Counterparts counted in one sentence and named in the next: "... với ba doanh nghiệp ..." then
    "Ba doanh nghiệp được chọn là B, C và D" -> [B, C, D] when the count matches."""
    group_rx, list_rx, numbers = _group_rx()
    g = group_rx.search(text, ge, e)
    if g is None:
        return []
    n = int(g.group("n")) if g.group("n").isdigit() else numbers[g.group("n").lower()]
    named = [f for f in firms if nxt[0] <= f.start and f.end <= nxt[1]]
    if len(named) != n or not list_rx.search(text, nxt[0], named[0].start):
        return []
    chained = all(
        re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", text[a.end : b.start]) for a, b in itertools.pairwise(named)
    )
    return named if chained else []


# A clause of `tag_deals` that names a firm is read by some 30 rules, each a regex pass or more; most such
# clauses give no deal. `_may_hold_deal` is a cheap test that is true of every clause where some rule could
# add a deal (true of more: a superset), so the rules skip the rest; its proof, rule by rule, is its
# docstring. A cue is a literal that every match of a rule's deciding pattern holds. The loop also skips a
# single rule's pass when its cue is missing (each skip says its cue where it stands).


def _cover(words: list[str]) -> tuple[str, ...]:
    """The words in lower case, less each one that holds a shorter one of them: a text that holds any of
    `words` (or, lowered, one of them case-folded) holds one of these.

    >>> _cover(["ký kết", "Ký", "hợp đồng", "ký hợp đồng"])
    ('ký', 'hợp đồng')
    """
    out: list[str] = []
    for w in sorted({w.lower() for w in words}, key=len):
        if not any(c in w for c in out):
            out.append(w)
    return tuple(out)


def _lowered(text: str, s: int, e: int) -> str:
    """text[s:e] in lower case, such that an IGNORECASE match of a cue word in text[s:e] is that word in it.
    A match takes one character per letter of the word, a character that lowers to the letter, or (sre's
    case-folding extras) "İ", "ı" or "ſ" for "i", "i", "s" (of the cue words' letters, checked below over
    every cased character: an uncased one matches itself only); "İ" lowers to "i" and a combining dot, and
    "ı", "ſ" stay, so these three are mapped to "i", "i", "s" (no cue holds a combining dot: dropping the one
    after an "i" cuts no cue). Case-sensitive matches hold lower-case cue words, which lowering keeps.

    >>> _lowered("KÝ KẾT Vİ ſ", 0, 11)
    'ký kết vi s'
    >>> {c for words in _cue_words() for w in words for c in w} - set(CUE_LETTERS)  # and those written out
    set()
    >>> cased = [c for c in map(chr, range(0x110000)) if c.lower() != c or c.upper() != c]
    >>> odd = [(x, c) for x in CUE_LETTERS for c in cased if re.fullmatch(re.escape(x), c, re.I)]
    >>> odd = [(x, c) for x, c in odd if c.lower() != x]
    >>> odd
    [('i', 'İ'), ('i', 'ı'), ('s', 'ſ')]
    >>> [(x, c) for x, c in odd if _lowered(c, 0, 1) != x]
    []
    """
    low = text[s:e].lower()
    if "ı" in low or "ſ" in low or "\u0307" in low:
        low = low.replace("i\u0307", "i").replace("ı", "i").replace("ſ", "s")
    return low


# the letters of every cue word (of `_cue_words` and those written out in `_may_hold_deal` and its helpers)
CUE_LETTERS = (
    "abcdefghijklmnopqrstuvwxyz0123456789 %"
    "đàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
)


@functools.cache
def _cues() -> tuple[re.Pattern[str], ...]:
    """Each list of `_cue_words` as one trie, to search in a `_lowered` clause."""
    return tuple(re.compile(trie_alternation(words)) for words in _cue_words())


@functools.cache
def _cue_words() -> tuple[tuple[str, ...], ...]:
    """The cue words (`_cover`ed) of `_may_hold_deal` with any firm, with two firms or more, and the
    capital frame's project nouns; of rx["groundbreaking"], rx["investment_grant"] and rx["inauguration"]
    alone (the loop of `tag_deals` skips their passes without one)."""
    data = load("deals.json")
    alone = [
        *data["signing"],  # rx["signing"] (signing_verbs): every signing rule
        *data["investment"],  # rx["investment"]
        *data["investment_grant"],  # rx["investment_grant"]
        *data["groundbreaking"],  # rx["groundbreaking"]
        *data["inauguration"],  # rx["inauguration"], and PUT_INTO_SERVICE's "đưa"
        "đưa",
        *data["investor_labels"],  # rx["investor_label"]; _INVESTORS_LISTED's "nhà đầu tư"
        "nhà đầu tư",
        "là số",  # _SUM_NAMED: "là số vốn", "là số tiền", "là khoản ..."
        "là khoản",
        "là vốn",  # _CAPITAL_NAMED
        "là tổng vốn",
        *(
            "cấp phép",
            "nhận giấy",
            "tăng vốn",
            "giấy chứng nhận",
            "chủ trương đầu tư",
            "ký ghi nhớ",
        ),  # _ROUND_WORDS
    ]
    paired = [
        *data["supply"],  # _supply: rx["supply"], _TAKEN_ORDER "nhận", _PACT_WORD, _CONTRACT_WORD
        *("nhận", "hợp đồng", "thỏa thuận", "ghi nhớ", "mou"),
        "chọn",  # _supply: _CHOSEN_SUPPLIER, _CHOSEN_FOR, _CHOSEN_AS after _CHOSEN_OPENING
        "giữa",  # _PACT_BETWEEN
        "thuê",  # _RENTS_OF, _LEASE_CONTRACT
        # _SOLD_TO, _stakes_sold, _stake_buyer, _SHARES_SOLD_TO; _PLACED_TO ("phát hành", "chào bán")
        *("bán", "chuyển nhượng", "phát hành"),
        *("sáp nhập", "%", "mua", "thâu tóm", "tiếp quản", "nắm", "sở hữu", "cổ đông", "về tay"),
        "bàn giao",  # _HANDED_OVER, _DELIVERED_TO
        "đóng",  # _BUILT_FOR, _RECEIVED_SHIP (with _BUILDS_IT)
        *("vay", "giải ngân", "tín dụng"),  # _BORROWS_FROM, _ARRANGED_BY (_LOAN), _LENDS_TO
    ]
    lists = (
        alone,
        paired,
        data["capital_frame"]["projects"],
        data["groundbreaking"],
        data["investment_grant"],
        [*data["inauguration"], "đưa"],
    )
    return tuple(_cover(words) for words in lists)


def _may_hold_deal(
    text: str, low: str, s: int, e: int, se: int, sfirms: list[Firm], smoney: list[Money]
) -> bool:
    """False only when no rule of `tag_deals` can add a deal for the clause text[s:e] (`low`: `_lowered`)
    with its firms `sfirms` and amounts `smoney` (those in [s, max(e, se))); `se` is where its sentence ends.

    Each rule adds a deal only when its deciding pattern matches inside [s, e) (searched with pos s and
    endpos e, or fullmatched between two of `sfirms`), so the match's literal words are in `low` (IGNORECASE
    or not: `_lowered`); the patterns and the cues are the same NFC literals. The rules and the cue each
    needs (one of the words listed, in `low` unless said):

    - any number of firms (`alone`, one trie): signing verbs (deals.json signing; every signing rule, the
      groundbreaking after a signing too); rx["investment"], rx["investment_grant"], rx["groundbreaking"]
      (the licence after it: `_LICENSED` in the same branch), rx["inauguration"] (its words, "đưa" of
      PUT_INTO_SERVICE; the headline and next-sentence amounts only follow such a match); rx["investor_label"]
      and _INVESTORS_LISTED ("nhà đầu tư", "chủ đầu tư" hold "đầu tư"); _SUM_NAMED ("là số", "là khoản");
      _ROUND_WORDS before _ROUND_LISTED;
    - _BUY_STAKE: "mua" or "nhận", and "vốn", "cổ phần" or "cổ phiếu"; or "nâng" and "sở hữu" ("nâng (tỷ lệ)
      sở hữu lên");
    - _PROJECT_OF: "dự án", "nhà máy", "xưởng", "kho lạnh" or "tổ hợp", and "của", "thuộc về", or its
      look-ahead's "công ty" / "tập đoàn" (a look-ahead sees no further than e);
    - _GRANT_NAMED_BEFORE: "khoản", "giấy phép" or "giấy chứng nhận", and "được";
    - _CARRIED_BY: "do" and "dự án", "nhà máy", "kcn", "khu công nghiệp", "cụm công nghiệp", "cụm nhà máy" or
      "khu đô thị" (the verb after, _CARRIES, may lie past e: not needed);
    - _NEW_INVESTOR: "sang", and "đổi" or "chuyển";
    - _GRANTED_TO (before a firm, in [s, f.start)): "cho", and "trao" or "cấp" (_LICENCE_AFTER may lie
      past e);
    - an amount in `smoney` and: _SPEND ("chi", "bỏ", "dồn", "đổ", "dành"); _SUM_THEN_FIRM ("mà" or "do"
      and their verbs, `_sum_then_firm_cued`); _SUM_PASSIVE ("được", between an
      amount and the firm); _PUTS_PLANT ("nhà máy", "xưởng", "kho", "dây chuyền", "tổ hợp", between the firm
      and its amount, which may lie in [e, se): looked for in text[s:max(e, se)]); `_capital_frame` (one
      firm name, an amount in [s, e) and a project noun of deals.json capital_frame before it);
    - two firms or more (`paired`, one trie; every rule over pairs or triples of `sfirms`, every two-party
      deal): `_stake_buyer`, `_stakes_sold`, _SOLD_TO, _SHARES_SOLD_TO ("bán", "chuyển nhượng", "phát hành");
      `ownership_changes`: _PLACED_TO ("phát hành", or "chào bán", which holds "bán"), _MERGES, _MERGES_INTO
      ("sáp nhập"), _PAID_FOR_STAKE ("%"), _BUYS_INTO ("mua", "tiếp quản", "thâu tóm", "nắm", "sở hữu", "cổ
      đông"), _PASSED_TO ("về tay"), _BOUGHT_FIRST ("mua", "thâu tóm" in text[max(0, first firm's start -
      70):e], the window it is searched in); _TO_HOLD ("nắm", "sở hữu", "%"); _BUILT_FOR, _RECEIVED_SHIP
      ("đóng"); _HANDED_OVER, _DELIVERED_TO
      ("bàn giao"); _BORROWS_FROM, _ARRANGED_BY with _LOAN, _LENDS_TO ("vay", "giải ngân", "tín dụng");
      _RENTS_OF, _LEASE_CONTRACT ("thuê"); _PACT_BETWEEN ("giữa"); `_supply`: a chosen supplier
      (_CHOSEN_SUPPLIER, _CHOSEN_FOR: "chọn" in the gap; _CHOSEN_OPENING: _CHOSEN_AS's "chọn" lies before the
      comma that the gap to the next firm must hold), the rest only after a contract word (deals.json supply,
      "nhận" of _TAKEN_ORDER, "hợp đồng", "thỏa thuận", "ghi nhớ", "mou");
    - rules whose only other words may lie past e, tested as they are (anchored, cheap): PASSIVE_GAP then
      CREDITED ("được" and a bank after the first firm), _PASSIVE_BY then _CHOSEN_AS ("được" and _CHOSEN_AS
      right after a firm after the first; its other branch needs "hợp đồng"), _LEASED_TO then _LEASE_AFTER
      ("cho" and _LEASE_AFTER right after a firm after the first).
    """
    alone, paired, frame = _cues()[:3]
    if alone.search(low):
        return True
    if _buy_stake_cued(low):
        return True
    if _project_of_cued(low):
        return True
    if "được" in low and ("khoản" in low or "giấy phép" in low):
        return True
    if _carried_by_cued(low):
        return True
    if "sang" in low and ("đổi" in low or "chuyển" in low):
        return True
    if "cho" in low and ("trao" in low or "cấp" in low):
        return True
    if smoney:
        if "được" in low or _spend_cued(low) or _sum_then_firm_cued(low):
            return True
        wide = text[s : max(e, se)]  # (case-sensitive: no need to lower it)
        if any(w in wide for w in ("nhà máy", "xưởng", "kho", "dây chuyền", "tổ hợp")):
            return True
        if len({f.name for f in sfirms}) == 1 and any(s <= x.start < e for x in smoney) and frame.search(low):
            return True
    if len(sfirms) < 2:
        return False
    if paired.search(low):
        return True
    before = text[max(0, sfirms[0].start - 70) : e]
    if "mua" in before or "thâu tóm" in before:
        return True
    later = sfirms[1:]
    if "được" in low and any(is_bank(f) or _CHOSEN_AS.match(text, f.end) for f in later):
        return True
    return "cho" in low and any(_LEASE_AFTER.match(text, f.end) for f in later)


def _sum_then_firm_cued(low: str) -> bool:
    """_SUM_THEN_FIRM's rule can add: "mà" then a verb of _SPENT_BY (those _SPEND lacks: "rót") or of
    _BUILDING ("xây", "dựng"), or "do" then one of _FUNDED_BY's ("thu xếp", "góp", "huy động"; "bỏ ra", "chi
    ra" hold _SPEND's)."""
    return ("mà" in low and ("rót" in low or "xây" in low or "dựng" in low)) or (
        "do" in low and any(w in low for w in ("thu xếp", "góp", "huy động"))
    )


def _project_of_cued(low: str) -> bool:
    """`_PROJECT_OF` can match: a project noun, and "của", "thuộc về" or (its look-ahead) "công ty", "tập
    đoàn"."""
    return ("của" in low or "thuộc về" in low or "công ty" in low or "tập đoàn" in low) and any(
        w in low for w in ("dự án", "nhà máy", "xưởng", "kho lạnh", "tổ hợp")
    )


def _carried_by_cued(low: str) -> bool:
    """`_CARRIED_BY` can match: its "do" and a project noun."""
    return "do" in low and any(
        w in low
        for w in (
            "dự án",
            "nhà máy",
            "kcn",
            "khu công nghiệp",
            "cụm công nghiệp",
            "cụm nhà máy",
            "khu đô thị",
        )
    )


def _buy_stake_cued(low: str) -> bool:
    """`_BUY_STAKE` can match: "mua" or "nhận" (every verb of its first branch holds one), and "vốn", "cổ
    phần" or "cổ phiếu"; or (its second branch, "nâng (tỷ lệ) sở hữu lên") "nâng" and "sở hữu"."""
    return (("mua" in low or "nhận" in low) and ("vốn" in low or "cổ phần" in low or "cổ phiếu" in low)) or (
        "nâng" in low and "sở hữu" in low
    )


def _spend_cued(low: str) -> bool:
    """`_SPEND` can match: one of its verbs."""
    return any(w in low for w in ("chi", "bỏ", "dồn", "đổ", "dành", "chốt khoản"))


def tag_deals(
    text: str,
    firms: list[Firm],
    money: list[Money],
    provinces: list[Province],
    published: str | None = None,
    decisions: list[DecisionRef] | None = None,
    clauses: list[tuple[int, int]] | None = None,
) -> list[Deal]:
    """Deals in `text`; `decisions` (legal numbers) keep their own dates out of the deals' dates."""
    rx = deal_words()
    cues = _cues()
    off = not DEAL_GATE  # (CNHT_DEAL_GATE=off: every clause read by every rule, as before the gate)
    year = published_year(published)
    decision_ends = [d.end for d in decisions or []]
    out: list[Deal] = []
    firms = sorted(firms, key=lambda f: f.start)
    firm_starts = [f.start for f in firms]
    firm_spans = SpanSet((f.start, f.end) for f in firms)
    free_provinces = [p for p in provinces if not firm_spans.covers(p.start)]  # not "Công ty ... Hà Nội"
    spans = clauses if clauses is not None else sentences(text)
    money = sorted(money, key=lambda x: x.start)  # sliced per sentence by bisect: no scan of the whole text
    money_starts = [x.start for x in money]
    free_provinces.sort(key=lambda p: p.start)
    place_starts = [p.start for p in free_provinces]
    for si, (s, e) in enumerate(spans):
        lo, hi = bisect.bisect_left(firm_starts, s), bisect.bisect_left(firm_starts, e)
        sfirms = [
            f
            for f in firms[lo:hi]
            if f.end <= e
            and not in_brackets(text, f.start)
            and not _FOUNDED.search(text, max(s, f.start - 14), f.start)
        ]
        if not sfirms or unstated(text, s, e):  # "... đã bị thu hồi giấy chứng nhận đầu tư": no deal
            continue
        sstarts = [f.start for f in sfirms]
        se = _sentence_end(text, e - 1)
        smoney = money[bisect.bisect_left(money_starts, s) : bisect.bisect_left(money_starts, max(e, se))]
        low = _lowered(text, s, e)  # (below, a pass of a pattern is skipped, as `if off or cue else ()`, only
        # when `low` lacks a cue that every match of the pattern in [s, e) holds: `_may_hold_deal`'s list)
        if not off and not _may_hold_deal(text, low, s, e, se, sfirms, smoney):
            continue  # no rule below can add a deal to this clause (the cue of each: `_may_hold_deal`)
        near = free_provinces[
            bisect.bisect_left(place_starts, s) : bisect.bisect_left(place_starts, max(e, se))
        ]
        ctx, places = _clause_context(text, s, e, smoney, near, year, decision_ends)
        capital_later = False  # the capital stated in a later ';'-clause (below)
        if ctx["amount"] is None and len(sfirms) == 1:
            # "Nhà đầu tư: X; mục tiêu: ...; tổng vốn đầu tư 1.850 tỷ đồng": the capital in a later ';'-clause
            # of the same sentence, when that clause names no other firm and says it is capital
            capital = next((x for x in smoney if e <= x.start < se and _capital_before(text, x.start)), None)
            if capital is not None and _no_firm_between(firm_starts, e, capital.start):
                ctx, capital_later = _priced(ctx, capital), True
        if ctx["province"] is None and len(sfirms) == 1:
            # "Nhà đầu tư: X; địa điểm: KCN ..., tỉnh Y; ...": the place in a later ';'-clause, likewise
            place = next((p for p in places if e <= p.start < se), None)
            if place is not None and _no_firm_between(firm_starts, e, place.start):
                ctx = {**ctx, "province": place.current}
        seen: set[tuple[str, frozenset[str]]] = set()

        def add(
            kind: str, parties: list[str], *, ctx: dict = ctx, s: int = s, e: int = e, seen: set = seen
        ) -> None:
            key = (kind, frozenset(parties))  # "B là đối tác của A, hai bên đã ký ...": one deal
            if len(parties) == 2 and same_group(*parties):
                return  # "Toyota Motor Corporation ... hợp đồng liên doanh Toyota Việt Nam": one group
            if key not in seen and (len(parties) == 1 or parties[0] != parties[1]):
                seen.add(key)
                out.append(Deal(kind=kind, parties=parties, start=s, end=e, **ctx))

        buyer = _stake_buyer(text, sfirms)
        if buyer is not None:  # "A ký hợp đồng chuyển nhượng 65% vốn Công ty B cho C": C buys, no pair signs
            add("investment", [buyer.name])
            continue
        # group signing verbs that follow each other without a firm in between ("ký kết ghi nhớ hợp tác với")
        groups: list[list[int]] = []
        for m in signing_verbs(text, s, e):
            if firm_spans.covers(m.start()):
                continue
            if groups and _no_firm_between(sstarts, groups[-1][1], m.start()):
                groups[-1][1] = m.end()
            else:
                groups.append([m.start(), m.end()])
        signed = False
        for gi, (gs, ge) in enumerate(groups):
            prev_end = groups[gi - 1][1] if gi else s
            next_start = groups[gi + 1][0] if gi + 1 < len(groups) else e
            a, b = bisect.bisect_left(sstarts, prev_end), bisect.bisect_left(sstarts, gs)
            before = [f for f in sfirms[a:b] if f.end <= gs]
            a, b = bisect.bisect_left(sstarts, ge), bisect.bisect_left(sstarts, next_start)
            after = [f for f in sfirms[a:b] if f.end <= next_start]
            compared = COMPARED.search(text, ge, next_start)  # "... thấp hơn 12% so với biểu giá của EVN"
            if compared:
                after = [f for f in after if f.start < compared.start()]
            if not before and len(after) >= 2 and re.search(r"giữa\s*$", text[ge : after[0].start]):
                before, after = after[:1], after[1:]  # "lễ ký kết ... giữa A và B"
            elif (
                not before
                and len(after) >= 2
                and re.search(rf"giữa\s+{_SIDE.pattern}$", text[ge : after[0].start])
            ):
                before, after = after[:1], after[1:]  # "ký giữa bên bán là A và bên mua là B"
            if not before and after and _WE.search(text, max(s, gs - 30), gs):
                before, after = _speaker_signs(text, ge, after)
            # "chưa ký hợp đồng ..." states no deal
            if not before or negated_before(text, s, gs):
                continue
            if len(sfirms) == 1 and not after and PROJECT_TALK.search(text, ge, e):
                # "Tập đoàn X và UBND tỉnh Y ký biên bản ghi nhớ về dự án ...": X's investment
                add("investment", [before[-1].name])
                signed = True
                continue
            after = after[:_MAX_PARTIES]  # a list of dozens of firms is not one deal with each
            if len(before) >= 2 and _dash_apposition(text, before[-2].end, gs):
                before = before[:-1]  # "A - một doanh nghiệp vệ tinh của Canon - ký với B": A signs
            signers = [before[-1]]
            team_buyer: Firm | None = None  # "A và liên danh gồm B, C và D ký hợp đồng": A buys from each
            for f in reversed(before[:-1]):
                if (
                    f.start == signers[0].start
                    or re.fullmatch(  # the same span: "hai bên" (anaphora.py)
                        rf"\s*(?:\([^()]{{1,20}}\))?\s*{BRANCH}(?:,|và|VÀ)\s*", text[f.end : signers[0].start]
                    )
                ):
                    signers.insert(0, f)
                    if len(signers) == _MAX_PARTIES:
                        break
                elif TEAM_JOIN.fullmatch(text, f.end, signers[0].start):
                    team_buyer = f
                    break
                else:
                    break
            if not after and len(signers) == 1 and si + 1 < len(spans):
                # "A ký hợp đồng ... với ba doanh nghiệp ... Ba doanh nghiệp được chọn là B, C và D."
                after = _named_next(text, ge, e, spans[si + 1], firms)
            if not after:
                # "A và B (đã) ký ...": the chained subjects are the parties
                if len(signers) < 2 or len(text[signers[-1].end : gs].split()) > 3:
                    continue
                if STAKE_TRANSFER.search(text, gs, e):  # "A và B ký hợp đồng chuyển nhượng 35% cổ phần"
                    foreign = [
                        f
                        for f in signers
                        if f.legal_form in (None, "Tập đoàn")
                        and any(looks_foreign(w) for w in f.name.split())
                    ]
                    if len(foreign) == 1:
                        add("investment", [foreign[0].name])  # the foreign side buys, as it mostly does
                    signed = True
                    continue
                window = text[gs:e]
                kind = (
                    signing_kind(window)
                    if signing_kind(window) != "cooperation" or said_cooperation(window)
                    else signing_kind(text[s:e])
                )
                if (
                    kind == "cooperation"
                    and "hợp đồng" in text[gs:ge]
                    and not said_cooperation(window)
                    and (rx["contract_supply"].search(text, ge, e) or _SUPPLIER_ROLE.search(text, s, gs))
                ):
                    # "A và B ký hợp đồng 3 năm cung cấp vỏ nhựa", "Nhà cung cấp của B là A, hai bên đã ký
                    # hợp đồng khung"
                    kind = "supply_contract"
                elif kind == "cooperation" and SUPPLIED_UNDER.search(text, s, ge):
                    kind = "supply_contract"  # "Lô hàng của A được giao cho B theo hợp đồng hai bên ký ..."
                if team_buyer is not None:
                    for member in signers:  # each member of the consortium supplies the buyer
                        add(
                            "supply_contract" if kind == "cooperation" else kind,
                            [member.name, team_buyer.name],
                        )
                    signed = True
                    continue
                for i, a in enumerate(signers):  # "A, B và C ký ...": one deal per pair of co-signers
                    for b in signers[i + 1 :]:
                        add(kind, [a.name, b.name])
                        signed = True
                continue
            window = text[gs : after[0].start]
            if BUYS_SHARES.search(window):
                continue
            if STAKE_TRANSFER.search(window) and re.search(r"\bcho\s*$", window):
                add("investment", [after[0].name])  # "ký hợp đồng chuyển nhượng 51% cổ phần cho B": B buys
                signed = True
                continue
            kind = signing_kind(window)
            if kind == "cooperation" and not said_cooperation(window):  # the clause, then the sentence
                kind = signing_kind(text[s:e])
            if kind == "cooperation" and not said_cooperation(text[s:e]):
                kind = signing_kind(text[_sentence_start(text, s) : _sentence_end(text, e - 1)])
            if (
                kind == "cooperation"
                and (
                    "hợp đồng" in text[gs:ge]
                    or _CONTRACT_FIRST.search(text, s, gs)
                    or CONTRACT_THAT.search(text, max(s, gs - 120), gs)
                )
                and not said_cooperation(text[s:e])
                and not _LEASE_WORD.search(text, ge, e)  # "ký hợp đồng cho B, hãng ..., thuê 45 ha": a lease
            ):
                # a contract between firms supplies, named bare or with its goods: "A ký hợp đồng với B",
                # "hợp đồng mà A ký với B", "ký hợp đồng với B về cung cấp máy nén", "Hợp đồng trị giá 40
                # triệu USD vừa được ký giữa A và B về cung cấp bản mạch" (not a lease's or a credit's)
                kind = "supply_contract"
            elif kind == "cooperation" and SUPPLIED_UNDER.search(text, s, gs):
                kind = "supply_contract"  # "... do A cung cấp theo hợp đồng trị giá 65 tỷ đồng ký với B"
            if kind == "supply_contract" and any(_LEASES.match(text, b.end) for b in after):
                kind = "cooperation"  # "ký hợp đồng nguyên tắc cho Công ty B thuê 14 ha": a lease
            kinds = [kind] * len(after)
            for i in range(1, len(after)):
                # "ký hợp đồng tín dụng ... với Ngân hàng B và hợp đồng EPC ... với Công ty C": each
                # counterpart's own contract
                own = text[after[i - 1].end : after[i].start]
                if re.search(r"(?<!\w)hợp đồng(?!\w)", own):
                    kinds[i] = signing_kind(own)
                elif re.search(r"(?<!\w)(?:khoản vay|vay)(?!\w)", own):
                    kinds[i] = "cooperation"  # "..., đồng thời nhận khoản vay 200 tỷ đồng từ Ngân hàng C"
            for a in signers:
                for b, k in zip(after, kinds, strict=True):
                    add(k, [a.name, b.name])
                    signed = True
        # "..., nhưng chưa ký hợp đồng nào với B"; (`_supply` adds and finds nothing with one firm: its every
        # rule pairs two mentions)
        if not signed and (off or len(sfirms) > 1) and not negated_signing(text, s, e):
            signed = _supply(text, s, e, sfirms, add)
        if not signed:
            # "hợp đồng giữa A và B có giá trị ...": no verb (the pattern holds "giữa")
            for m in _PACT_BETWEEN.finditer(text, s, e) if off or "giữa" in low else ():
                side = _SIDE.match(text, m.end())  # "giữa bên bán là A và bên mua là B": a sale
                a = next((f for f in sfirms if f.start == (side.end() if side else m.end())), None)
                b = next((f for f in sfirms if a and f.start > a.end), None)
                if a and b and re.fullmatch(rf"\s*và\s*(?:{_SIDE.pattern})?", text[a.end : b.start]):
                    pact = text[m.start() : b.start]  # "bên bán ... bên mua": a sale (deals.json supply)
                    kind = (
                        signing_kind(pact) if signing_kind(pact) != "cooperation" else signing_kind(text[s:e])
                    )
                    if (
                        kind == "cooperation"
                        and re.match(r"hợp đồng", pact, re.IGNORECASE)
                        and not said_cooperation(text[s:e])
                        and rx["contract_supply"].search(text, b.end, e)
                    ):
                        kind = "supply_contract"  # "Hợp đồng ... giữa A và B về chế tạo thiết bị"
                    add(kind, [a.name, b.name])
                    signed = True
        if (
            not signed
            and len({f.name for f in sfirms}) == 2
            and _RENTS_OF.fullmatch(text, sfirms[0].end, sfirms[1].start)
        ):
            add("cooperation", [sfirms[0].name, sfirms[1].name])  # "A vừa thuê ... nhà xưởng ... của B"
            signed = True
        if (
            not signed
            and len({f.name for f in sfirms}) == 2
            and (off or "thuê" in low)
            and _LEASE_CONTRACT.search(text, s, e)
        ):
            # "Nhà máy của A sẽ đặt trong nhà xưởng thuê của B ..., theo hợp đồng thuê ký hôm 21/1": A rents
            tenant, owner = sfirms[0], next(f for f in sfirms if f.name != sfirms[0].name)
            if owner.start > tenant.end and _RENTED_FROM.search(text, max(s, owner.start - 20), owner.start):
                add("cooperation", [tenant.name, owner.name])
                signed = True
        if signed:
            # "X khởi công xưởng thứ hai ... và cùng ngày ký hợp đồng thuê ... với Y": the groundbreaking too
            ground = rx["groundbreaking"].search(text, sfirms[0].end, groups[0][0]) if groups else None
            if ground and not negated_before(text, s, ground.start()):
                add("groundbreaking", [sfirms[0].name])
            continue
        # (no match without a word of cues[3], rx["groundbreaking"]'s words)
        ground = rx["groundbreaking"].search(text, s, e) if off or cues[3].search(low) else None
        if ground is not None:
            # "Trong lễ khởi công, 5 doanh nghiệp ký ...": where, not who broke ground (a licence handed there
            # is still read below); the trigger "lễ khởi động KCN" holds its own "lễ"
            held = ground.start() + 3 if text.startswith("lễ ", ground.start()) else ground.start()
            at_ceremony = _AT_CEREMONY.search(text, max(s, ground.start() - 25), held)
            served = at_ceremony is not None and at_ceremony.group().startswith(("cho", "phục vụ"))
            if served and (owner := _ceremony_owner(text, sfirms, ground.end())) is not None:
                # "(X lo âm thanh) cho lễ động thổ nhà máy của Công ty Y, vốn N": Y's groundbreaking, read as
                # if Y were the subject (its amount too; no investment of Y besides)
                add("groundbreaking", [owner.name])
                continue
            if at_ceremony or ground_as_time(text, ground.start()):
                ground = None
        if ground is not None and negated_before(text, s, ground.start()):
            # "Nhà máy ... của X chưa thể khởi công", "... chờ thủ tục trước khi khởi công": not started (the
            # sentence may still tell the investment: "N sẽ được X dồn vào nhà máy ..., trước khi khởi công")
            ground = None
        if ground is not None:
            co = sfirms[1] if len(sfirms) > 1 else None  # "A cùng B làm lễ động thổ": B breaks ground too
            if (
                co is not None
                and co.end <= ground.start()
                and _CO_ACTOR.fullmatch(text, sfirms[0].end, co.start)
            ):
                if _FUNDED_TOGETHER.search(text, s, se):
                    # "A và B cùng bỏ vốn cho dự án, khởi công sáng 12/3", "... mà hai bên cùng đầu tư": one
                    # project of both, one groundbreaking of the pair (else each its own: "A và B động thổ")
                    add("groundbreaking", [sfirms[0].name, co.name])
                else:
                    add("groundbreaking", [sfirms[0].name])
                    add("groundbreaking", [co.name])
            else:
                add("groundbreaking", [sfirms[0].name])
            if _LICENSED.search(text, s, e):  # "Được cấp phép hôm 12/3, dự án ... của X đã khởi công": both
                add("investment", [sfirms[0].name])
            continue
        for f in sfirms:  # "UBND TP X đã trao cho Công ty Y giấy chứng nhận đăng ký đầu tư ...": Y invests
            if _GRANTED_TO.search(text, max(s, f.start - 12), f.start) and _LICENCE_AFTER.match(text, f.end):
                add("investment", [f.name])
        for m in rx["investment_grant"].finditer(text, s, e) if off or cues[4].search(low) else ():
            if AWARD_AFTER.match(text, m.end()):
                continue  # "trao chứng nhận nhà cung cấp xuất sắc cho X": an award
            if _NOT_YET_HELD.search(text, max(s, m.start() - 12), m.start()):
                continue  # "KCN X chưa có giấy chứng nhận điều chỉnh nhưng Y ...": no licence yet
            target = next((f for f in sfirms if f.start >= m.end() and f.start - m.end() < 20), None)
            if target is None:  # "... chủ trương đầu tư dự án nhà máy ... của Tập đoàn X"
                target = next(
                    (
                        f
                        for f in sfirms
                        if f.start >= m.end()
                        and f.start - m.end() < 160
                        and re.search(r"\b(?:của|cho)(?:\s+liên danh)?\s*$", text[m.end() : f.start])
                        and not re.search(r"[;.]", text[m.end() : f.start])
                    ),
                    None,
                )
            if target is None:  # "Công ty X được Ban Quản lý ... cấp điều chỉnh tăng vốn": passive
                target = next(
                    (
                        f
                        for f in reversed(sfirms)
                        if f.end <= m.start()
                        and re.match(
                            r"\s*(?:\([^()]{1,80}\)\s*)?,?\s*(?:đã\s+|vừa\s+)?được\b", text[f.end : m.start()]
                        )
                        and len(text[f.end : m.start()]) < 100
                    ),
                    None,
                )
            # "Công ty X vừa nhận từ tỉnh Y quyết định chấp thuận chủ trương đầu tư ...": X's
            if target is None:  # "X, đơn vị của Tập đoàn Y (Đài Loan), sáng 7/2 nhận từ ...": X's, not Y's
                near, past = _past_descriptions(text, _before(sfirms, sstarts, m.start()), m.start())
                target = next(
                    (
                        f
                        for f in reversed(near)
                        if (got := _GRANT_RECEIVED_FROM.fullmatch(text, past.get(f.start, f.end), m.start()))
                        and (got.group("giver") or not _joined_before(text, s, f.start))
                        # (with no giver before the grant, not a joint receiver: "liên danh A và B nhận
                        # quyết định ..." is read as the pair's elsewhere)
                    ),
                    None,
                )
            if target and _CONSORTIUM_BEFORE.search(text[m.end() : target.start]):
                # "trao giấy chứng nhận đăng ký đầu tư cho liên danh A và B": the consortium invests, one deal
                add("investment", _members(text, target, sfirms))
            elif target:  # "Liên danh A - B được UBND tỉnh chọn làm nhà đầu tư": the consortium, one deal
                add("investment", _consortium(text, s, target, sfirms) or [target.name])
                last = target  # "... cho A, tổng vốn X, và B, tổng vốn Y": each its own licence and capital
                for f in sfirms:
                    if f.start > last.end and _CAPITAL_THEN_AND.fullmatch(text, last.end, f.start):
                        own = next((x for x in smoney if f.end <= x.start), None)
                        add("investment", [f.name], ctx=_priced(ctx, own) if own is not None else ctx)
                        last = f
        for m in rx["inauguration"].finditer(text, s, e) if off or cues[5].search(low) else ():
            # "Công ty X, đơn vị của tập đoàn Y cùng tên, đã cắt băng nhà máy": what X is, skipped
            near, past = _past_descriptions(text, _before(sfirms, sstarts, m.start()), m.start())
            subj = [f for f in near if _gap_words(text, past.get(f.start, f.end), m.start()) <= 4]
            if subj and len(near) >= 2 and re.search(r",\s*thuộc\s+$", text[s : subj[-1].start]):
                subj = [near[-2]]  # "Công ty X, thuộc Y (Nhật Bản), vừa đi vào hoạt động": X, not its group
            if (
                not subj
                and near
                and (
                    _OWNED_PASSIVE.fullmatch(text, near[-1].end, m.start())
                    or _OWNED_OPENED.fullmatch(text, near[-1].end, m.start())
                )
                and re.search(r"\bcủa\s*$", text[s : near[-1].start])
            ):
                subj = near[-1:]  # "nhà máy ... của Công ty X tại KCN Y, tỉnh Z được khánh thành"
            owned_worth = (  # "Nhà máy bao bì 320 tỷ đồng của Công ty X ... đã đi vào hoạt động"
                next((x for x in smoney if _OF_OWNER.fullmatch(text, x.end, subj[-1].start)), None)
                if subj
                else None
            )
            if owned_worth is not None:
                add("investment", [subj[-1].name], ctx=_priced(ctx, owned_worth))
                continue
            # "X khánh thành nhà máy ... vốn đầu tư ...", "X khánh thành nhà máy ...; dự án có tổng vốn ..."
            worth = plant_worth(text, m.end(), e, smoney) if subj else None
            if subj and (states_capital(text, m.end(), e) or capital_later):
                add("investment", [subj[-1].name])
            elif worth is not None:
                add("investment", [subj[-1].name], ctx=_priced(ctx, worth))
            elif subj and si and (headline := _headline_worth(text, spans[si - 1], money, firm_starts)):
                add("investment", [subj[-1].name], ctx=_priced(ctx, headline))  # headline, then the lead
            elif subj and ctx["amount"] is None and si + 1 < len(spans):
                ns, ne = spans[si + 1]  # "... . Nhà máy có vốn đầu tư hơn 800 tỷ đồng."
                k = bisect.bisect_left(money_starts, ns)
                capital = money[k] if k < len(money) and money[k].start < ne else None
                if capital and _capital_next(text, e, ns, ne) and _no_firm_between(firm_starts, ns, ne):
                    add(
                        "investment",
                        [subj[-1].name],
                        ctx=_priced(ctx, capital),
                    )
        for m in _BUY_STAKE.finditer(text, s, e) if off or _buy_stake_cued(low) else ():
            buyer = [
                f
                for f in _before(sfirms, sstarts, m.start())
                if _BUYER_LEAD.fullmatch(text, f.end, m.start())
            ]
            if buyer and len(text[buyer[-1].end : m.start()].split()) <= 8:
                add("investment", [buyer[-1].name])  # the buyer of a stake invests
        for a, b in itertools.pairwise(sfirms):
            if _HANDED_OVER.fullmatch(text, a.end, b.start) and re.search(r"\bthuê\b", text[s:e]):
                add("cooperation", [a.name, b.name])  # "A bàn giao 12 ha đất cho B theo hợp đồng thuê"
            elif (
                _DELIVERED_TO.fullmatch(text, a.end, b.start)
                and "hợp đồng" in text[s:e]
                and not re.search(r"\b(?:đất|mặt bằng|nhà xưởng)\b", text[s:e])
            ):
                add("supply_contract", [a.name, b.name])  # "A vừa bàn giao cho B hai tàu ... theo hợp đồng"
            elif _BUILT_FOR.fullmatch(text, a.end, b.start):
                add("supply_contract", [a.name, b.name])  # "tàu ... mà A đóng cho Công ty B"
            elif _LEASED_TO.fullmatch(text, a.end, b.start) and _LEASE_AFTER.match(text, b.end):
                add("cooperation", [a.name, b.name])  # "Công ty CP KCN X cho Công ty Y thuê 5 ha đất"
            elif _BORROWS_FROM.fullmatch(text, a.end, b.start):
                add("cooperation", [a.name, b.name])  # "A ... vay Ngân hàng B 700 tỷ đồng"
            elif _ARRANGED_BY.fullmatch(text, a.end, b.start) and _LOAN.search(text, s, a.start):
                for bank in _chained(text, b, sfirms):  # "... đã được thu xếp bởi Ngân hàng B và Ngân hàng C"
                    add("cooperation", [a.name, bank.name])
            elif _LENDS_TO.fullmatch(text, a.end, b.start) and is_bank(a):
                add("cooperation", [a.name, b.name])  # "Ngân hàng A ... đã giải ngân 180 tỷ đồng cho B"
            elif is_bank(b) and PASSIVE_GAP.fullmatch(text, a.end, b.start) and CREDITED.match(text, b.end):
                add("cooperation", [b.name, a.name])  # "B được BIDV chi nhánh X cấp hạn mức tín dụng ..."
            elif _SOLD_TO.fullmatch(text, a.end, b.start):
                add("investment", [b.name])  # "A bán 40% cổ phần cho B": the buyer's investment
            elif _TO_HOLD.fullmatch(text, a.end, b.start):
                add("investment", [a.name])  # "A công bố kế hoạch nắm 51% Công ty B"
        # "A, thành viên của Y, đã nhận chiếc tàu ... do B đóng": B built it for A
        for b in sfirms[1:] if "đóng" in low else ():
            got = _RECEIVED_SHIP.search(text, max(s, b.start - 120), b.start)
            if got and _BUILDS_IT.match(text, b.end) and sfirms[0].end <= got.start():
                add("supply_contract", [b.name, sfirms[0].name])  # the clause's first firm received it
        for acquirer, _, _ in ownership_changes(text, sfirms):
            add("investment", [acquirer.name])  # a placement's buyer, a merger's acquirer
        for _, _, b, _ in _stakes_sold(text, sfirms):
            add("investment", [b.name])  # "A chuyển nhượng 51% vốn tại Công ty B cho C": C buys
        # "Foxconn chi 250 triệu USD xây nhà máy ...": spent on a plant
        for m in _SPEND.finditer(text, s, e) if off or _spend_cued(low) else ():
            # (a description set off by commas may stand between: "X, nhà làm vải ở Singapore, sẽ bỏ ...")
            near = [
                f
                for f in _before(sfirms, sstarts, m.start())
                if len(text[_past_seat(text, _past_description(text, f.end, m.start())) : m.start()].split())
                <= 3
            ]  # (where the firm is may stand between: "Công ty X ở thị trấn Y (Hà Tĩnh) mới bỏ ...")
            spent = next((x for x in smoney if 0 <= x.start - m.end() <= 12), None)
            if near and spent and _SPENT_ON.search(text[spent.end : min(e, spent.end + 90)]):
                add(
                    "investment",
                    [near[-1].name],
                    ctx=_priced(ctx, spent),
                )
        # "Hơn 210 tỷ đồng là số vốn Công ty X bỏ vào nhà máy ...", "... là khoản đầu tư khoảng 9 triệu USD
        # mà X bỏ ra": the amount said first (before its equivalent in brackets) is what X put in
        for f in sfirms:
            named = _SUM_NAMED.search(text, max(s, f.start - 60), f.start)
            # (a description between: "... là số tiền Tổng công ty X, thành viên Vinatex, đã chi cho ...")
            if named is None or not _SPENT_BY.match(text, _past_description(text, f.end, e)):
                named = _CAPITAL_NAMED.search(text, max(s, f.start - 60), f.start)
            if named is None:
                continue
            said = [x for x in smoney if named.start() - 80 <= x.start and x.end <= f.start]
            if said and _no_firm_between(sstarts, said[0].end, f.start):
                add("investment", [f.name], ctx=_priced(ctx, said[0]))
        # "... là 118 triệu USD mà Công ty X đã bỏ vào ...", "phần vốn 1.472 tỷ đồng do X tự thu xếp"
        for f in sfirms:
            then = next(
                ((x, t) for x in smoney if (t := _SUM_THEN_FIRM.fullmatch(text, x.end, f.start))), None
            )
            if then is None:
                continue
            said, by = then[0], then[1].group("by")
            capital = "vốn" in text[max(s, said.start - 12) : said.start]
            aside = _ASIDE.match(text, f.end)  # "mà X Co., Ltd, một nhà đầu tư Hàn Quốc, đang xây"
            past = aside.end() if aside else _past_description(text, f.end, e)
            if (by == "mà" and (_SPENT_BY.match(text, past) or _BUILDING.match(text, past))) or (
                by == "do" and capital and _FUNDED_BY.match(text, f.end)
            ):
                add("investment", [f.name], ctx=_priced(ctx, said))
        # "Hơn 120 tỷ đồng đã được Công ty X đổ vào nhà máy cấp đông": the amount, passive, then who put it in
        for f in sfirms:  # (past a description: "được X, một trong những hãng ..., đổ vào")
            if _SPENT_BY.match(text, _past_description(text, f.end, e)) is None:
                continue
            put = next((x for x in smoney if _SUM_PASSIVE.fullmatch(text, x.end, f.start)), None)
            if put is not None:
                add("investment", [f.name], ctx=_priced(ctx, put))
        # "X làm xưởng máy sấy 85 tỷ đồng ở KCN Y, còn Z đặt kho lạnh 210 tỷ đồng ...": X's plant; "A với nhà
        # máy xơ hơn 900 triệu USD": A's
        for f in sfirms:
            put = _PUTS_PLANT.match(text, f.end) or _WITH_PLANT.match(text, f.end)
            if put is None:
                put = _puts_past_aside(text, f.end)
            if put is None and text.endswith("mà ", 0, f.start):
                put = _BUILT_WITH.match(text, f.end)
            if put is None:
                continue
            worth = next((x for x in smoney if x.start == put.end()), None)
            if worth is not None and _no_firm_between(sstarts, f.end, worth.start):
                add("investment", [f.name], ctx=_priced(ctx, worth))
        # "KCN Y là nơi X đặt nhà máy găng tay đầu tiên, hơn 10 triệu USD": X's plant, its worth after it
        for f in sfirms if "là nơi" in low else ():
            if put := plant_placed(text, f.start, f.end):
                worth = next((x for x in smoney if put < x.start < put + 40), None)
                add("investment", [f.name], ctx=_priced(ctx, worth) if worth else ctx)
        # "đón dự án 100 triệu USD của Tập đoàn X": X's project
        for m in _PROJECT_OF.finditer(text, s, e) if off or _project_of_cued(low) else ():
            owner = next((f for f in sfirms if f.start == m.end()), None)
            if owner is None or not _no_firm_between(sstarts, m.start(), owner.start):
                continue
            if any(_AND_GAP.fullmatch(text, owner.end, f.start) for f in sfirms if f.start > owner.end):
                continue  # "9 dự án của A và B có tổng vốn ...": whose, and how much each, is not said
            stake = next((x for x in smoney if m.start() <= x.start < m.end()), None)
            if (
                stake is not None
                and m.group(1).lower() != "dự án"
                and "vốn" not in text[s:e]
                and not text.startswith("(", stake.start - 1)
            ):  # "Nhà máy 500 triệu USD của X chưa thể vận hành": what a plant is worth (but "tổ hợp Y (1.350
                # tỷ đồng, 42 ha) của X" is a listed project's capital)
                stake = None
            # "nhà máy ... của Công ty X, vốn 57 triệu USD"
            after_owner = _OWNER_CAPITAL.match(text, owner.end)
            if stake is None and after_owner is not None:
                stake = next((x for x in smoney if x.start == after_owner.end()), None)
            if stake is None and _BELONGS_TO.search(text, max(s, m.start() - 12), m.start()):
                # "Vốn lớn nhất trong số dự án mới, 95 triệu USD, thuộc về nhà máy ... của Công ty X"
                stake = next((x for x in reversed(smoney) if s <= x.start < m.start()), None)
            if stake is None and _DRAWN_IN.search(text, s, owner.start):
                # "KKT đã hút nhiều dự án như tổ hợp thép của A hay nhà máy cơ khí của B": each came in
                add("investment", [owner.name], ctx=ctx)
                continue
            if stake is None:
                # "nhà máy ... của X (Hàn Quốc) tại KCN Y, tăng vốn thêm 40 triệu USD": a licence round's row
                said = _PROJECT_LICENSED.search(text, owner.end, e)
                if said is None or not _no_firm_between(sstarts, owner.end, said.start()):
                    continue
                raised = next((x for x in smoney if said.end() <= x.start < said.end() + 12), None)
                stake = raised or next((x for x in smoney if m.start() <= x.start < m.end()), None)
            add("investment", [owner.name], ctx=_priced(ctx, stake) if stake else ctx)
        for m in _INVESTORS_LISTED.finditer(text, s, e) if off or "nhà đầu tư" in low else ():
            first = next((f for f in sfirms if f.start == m.end()), None)
            # "Nhà đầu tư Nhật Bản đầu tiên vào khu là Công ty X": an investor that came in
            if first is not None and (_LICENCE_WORDS.search(text, s, e) or _CAME_IN.search(m.group())):
                for f in _chained(text, first, sfirms):  # "Các nhà đầu tư nhận quyết định gồm A, B và C"
                    add("investment", [f.name])
        for f in sfirms:  # "Khoản tăng vốn lớn nhất, 410 triệu USD, được cấp cho Công ty X để ..."
            if granted := _GRANT_NAMED_BEFORE.search(text, max(s, f.start - 130), f.start):
                amount = next((x for x in smoney if granted.start() <= x.start < f.start), None)
                add("investment", [f.name], ctx=_priced(ctx, amount) if amount else ctx)
        if _ROUND_WORDS.search(text, s, e):
            for m in _ROUND_LISTED.finditer(text, s, e):
                first = next((f for f in sfirms if f.start == m.end()), None)
                # "... cấp phép trong tháng 9 là A (Đài Loan), vốn N, và B, vốn M": each its own amount
                for member in _chained(text, first, sfirms, _ROUND_GAP) if first is not None else []:
                    amount = next((x for x in smoney if member.end <= x.start < member.end + 60), None)
                    add("investment", [member.name], ctx=_priced(ctx, amount) if amount else ctx)
        # "Dự án ... do Công ty X thực hiện": X invests
        for m in _CARRIED_BY.finditer(text, s, e) if off or _carried_by_cued(low) else ():
            first = next((f for f in sfirms if f.start == m.end()), None)
            if first is None:
                continue
            team = _chained(text, first, sfirms) if m.group("team") else [first]
            if _CARRIES.match(text, team[-1].end):
                add("investment", list(dict.fromkeys(f.name for f in team)))
        # "Nhà đầu tư: Công ty X", "chủ đầu tư là X", "đổi chủ đầu tư dự án ... sang Công ty X": X invests
        # (every label holds "đầu tư", and every _NEW_INVESTOR match "sang")
        labels = rx["investor_label"].finditer(text, s, e) if off or "đầu tư" in low else ()
        for m in itertools.chain(labels, _NEW_INVESTOR.finditer(text, s, e) if off or "sang" in low else ()):
            opening = _sentence_start(text, s)  # "Cụm ... tổng vốn 820 tỷ đồng; chủ đầu tư hạ tầng là X"
            if m.groupdict().get("qualified") and not (
                smoney
                or any(opening <= x.start < e for x in money)
                or _QUALIFIED_BACKED.search(text, opening, max(e, se))
            ):
                continue  # "chủ đầu tư hạ tầng là X chưa ký được ...": a role recalled, nothing decided (the
                # decision may follow in the sentence's next clause: "...; khu được lập theo Quyết định số")
            team = _CONSORTIUM_OF.match(text, m.end())  # "chủ đầu tư là liên danh giữa A và B"
            start = team.end() if team else m.end()
            target = next((f for f in sfirms if f.start == start), None)
            if target and team:
                add("investment", _members(text, target, sfirms))
            elif target:
                add("investment", [target.name])
        # "Chủ đầu tư gồm ba bên: A, B và C": one investment of all the owners
        for m in _JOINT_OWNERS.finditer(text, s, e) if off or "đầu tư gồm" in low else ():
            target = next((f for f in sfirms if f.start == m.end()), None)
            if target is not None:
                add("investment", _members(text, target, sfirms))
        for m in rx["investment"].finditer(text, s, e):
            if firm_spans.covers(m.start()):
                continue
            # "Công ty X, một thành viên của tập đoàn Y, được tăng vốn thêm ...": what X is, skipped
            near, past = _past_descriptions(text, _before(sfirms, sstarts, m.start()), m.start())
            subj = [f for f in near if _gap_words(text, past.get(f.start, f.end), m.start()) <= 4]
            if subj and _BY_MEANS.search(text, subj[-1].end, m.start()):
                subj = []  # "A nắm 51% Công ty B bằng cách mua lại cổ phần": B is the target, not the buyer
            pointed = rx["anaphora"].search(text, s, m.start())  # "tập đoàn", "công ty" pointing back
            if not (subj and "," not in text[past.get(subj[-1].start, subj[-1].end) : m.start()]) and pointed:
                # "Chủ tịch Tập đoàn X Nguyễn A cho biết tập đoàn sẽ đầu tư ...": the one firm named before
                named = {f.name for f in sfirms if f.end <= m.start()}
                subj = [f for f in sfirms if f.end <= m.start()] if len(named) == 1 else []
            if subj and (
                _WISH.search(text, max(s, subj[-1].start - 20), subj[-1].start)
                or _WANTS.search(text, subj[-1].end, m.start())
                or IF_BEFORE.search(text, max(s, subj[-1].start - 25), subj[-1].start)
            ):
                continue  # "Tỉnh X mong muốn Tập đoàn Y ... đầu tư", "Y muốn đầu tư", "nếu Y quyết định"
            if not_an_investment(text, s, m.start(), m.end()):
                continue  # a loan, charter capital or a loan's purpose (extract/tag/not_investment.py)
            if subj and ("," not in text[past.get(subj[-1].start, subj[-1].end) : m.start()] or pointed):
                # "Tổng vốn vào tỉnh đạt X, trong đó Công ty Y rót Z": the amount the firm's verb governs
                own = next((x for x in smoney if m.end() <= x.start < e and x.start - m.end() < 40), None)
                rise = own is not None and _FROM_TO.search(text, max(s, own.start - 6), own.start)
                if rise and increase(text, [x for x in smoney if x.start >= own.start]) is not None:
                    own = None  # "tăng vốn từ A lên B": the clause's amount says (C after it, else B - A)
                investors = _consortium(text, s, subj[-1], sfirms) or [subj[-1].name]
                own_ctx = _priced(ctx, own) if own is not None and own.amount != ctx["amount"] else ctx
                add("investment", investors, ctx=own_ctx)
                for later in sfirms:  # "A đăng ký tăng vốn 100 triệu USD, B tăng 50 triệu USD": B's too
                    if later.start > m.end() and _ELLIPTIC.match(text, later.end):
                        amount = next((x for x in smoney if x.start >= later.end), None)
                        add("investment", [later.name], ctx=_priced(ctx, amount) if amount else ctx)
        if not seen:
            stake = _capital_frame(text, s, e, sfirms, smoney)
            if stake is not None:
                add("investment", [sfirms[0].name], ctx=_priced(ctx, stake))
    out.extend(_labelled_pairs(text, firms, {frozenset(d.parties) for d in out}))
    out.extend(_contract_header(text, firms, {frozenset(d.parties) for d in out}))
    out.extend(_contributors(text, firms, {frozenset(d.parties) for d in out}))
    out.extend(_under_signed_memo(text, firms, {frozenset(d.parties) for d in out}))
    out.extend(_bracketed_projects(text, firms, money, {frozenset(d.parties) for d in out}))
    return out


def project_in_brackets(text: str, end: int) -> bool:
    """The firm ending at `end` is followed by its project's amount and park in brackets ("Kumsung Tech (24
    triệu USD, KCN Sông Công II)"): a row of a round-up, no news of its own."""
    return _PROJECT_ROW.match(text, end) is not None


_PROJECT_ROW = re.compile(
    r"\s*\(\s*(?:khoảng\s+|hơn\s+|gần\s+)?[\d.,]+\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)?\s*(?:đồng|USD)"
    r"\s*,\s*(?:KCN|CCN|KKT|Khu công nghiệp|Cụm công nghiệp|Khu kinh tế)(?!\w)"
)


def _bracketed_projects(
    text: str, firms: list[Firm], money: list[Money], have: set[frozenset[str]]
) -> list[Deal]:
    """A firm followed by its project's amount and park in brackets ("Xếp sau là Kumsung Tech (24 triệu USD,
    KCN Sông Công II) và Brightlens Việt Nam (8,2 triệu USD, KCN Điềm Thụy)"): the firm's investment, no
    event (`project_in_brackets`: the event reconciler leaves the row alone)."""
    if "(" not in text:
        return []
    out: list[Deal] = []
    for f in firms:
        if frozenset([f.name]) in have or not project_in_brackets(text, f.end):
            continue
        amount = next((x for x in money if f.end < x.start < f.end + 12), None)  # the bracket's amount
        if amount is None:
            continue
        out.append(
            Deal(
                kind="investment",
                parties=[f.name],
                amount=amount.amount,
                currency=amount.currency,
                start=f.start,
                end=amount.end,
            )
        )
        have.add(frozenset([f.name]))
    return out


def deal_at(
    text: str,
    parties: list[Firm],
    firms: list[Firm],
    money: list[Money],
    provinces: list[Province],
    published: str | None,
    decisions: list[DecisionRef],
    clauses: list[tuple[int, int]],
) -> Deal:
    """A deal of `parties` (their first mentions; the caller sets its kind) with the context the rules give
    a deal: the span of the clauses holding the mentions, and there the amount, the project's province and
    the date. One party's amount is the first one between its name and the next firm, else the last one
    between the firm before and its name ("dự án A (1.850 tỷ đồng) cho Công ty X và dự án B (980 tỷ đồng) cho
    Công ty Y": Y's is 980 tỷ đồng), else the clauses' first."""
    starts = [s for s, _ in clauses]
    first = clauses[max(0, bisect.bisect_right(starts, parties[0].start) - 1)] if clauses else (0, len(text))
    last = clauses[max(0, bisect.bisect_right(starts, parties[-1].start) - 1)] if clauses else (0, len(text))
    s, e = first[0], max(first[1], last[1])
    firm_spans = SpanSet((f.start, f.end) for f in firms)
    near = [p for p in provinces if s <= p.start < e and not firm_spans.covers(p.start)]
    smoney = sorted((x for x in money if s <= x.start < e), key=lambda x: x.start)
    if len(parties) == 1:  # its own stretch: from the firm before it to the firm after it
        p = parties[0]
        prev = max((f.end for f in firms if s <= f.end <= p.start), default=s)
        nxt = min((f.start for f in firms if p.end <= f.start < e), default=e)
        after = [x for x in smoney if p.end <= x.start < nxt]
        before = [x for x in smoney if prev <= x.start < p.start][-1:]
        smoney = after or before or smoney
    ends = [d.end for d in decisions]
    ctx, _ = _clause_context(text, s, e, smoney, near, published_year(published), ends)
    return Deal(kind="investment", parties=[p.name for p in parties], start=s, end=e, **ctx)
