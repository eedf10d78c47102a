"""Deals as events: who signed, licensed, invested, broke ground or opened what, one sentence at a time.

Parties are chosen by syntax, not by nearness:
- the subject: the party (firm, government body, organisation) or the chain of parties ("A và B", "A, B
  cùng C") that ends right before the verb, with only auxiliaries between ("đã", "vừa chính thức" ...);
  an apposition between commas ("Công ty A, nhà cung cấp của Samsung, đã ký ...") is passed over;
- the objects: the chain right after "với", "cho", "giữa", "của" or "do ... làm chủ đầu tư" following the
  verb; "giữa A và B" names both sides;
- passive forms: "A (đã) được (B) cấp phép ..." makes A the investor and B the grantor.
Triggers, their kinds and priorities are data (extract/data/deals.json, "events").

A licence or groundbreaking given to several projects at once ("trao giấy chứng nhận cho 12 dự án",
"khởi công hàng loạt dự án, gồm ...") is read as a list: each firm named after it in the same sentence,
or in the item sentences below ("Dự án X do Công ty Y làm chủ đầu tư, vốn Z", "Một là ..."), is one event
with the list's kind and grantor. Running totals ("lũy kế đến nay ...") are not events, and one event told
again (headline, lead, body) is kept once, its missing details filled from the retellings.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import NamedTuple

from extract.models import DealEvent, DecisionRef, Firm, Money, Organization, Party, Province
from extract.tag._common import (
    BRANCH,
    IN_SENTENCE,
    UPPER,
    SpanSet,
    alternation,
    find_dates,
    first_letters,
    folded_alternation,
    last_text_memo,
    load,
    published_year,
    sentences,
    trie_alternation,
    word_start_alternation,
)
from extract.tag.money import increase
from extract.tag.not_investment import AWARD_AFTER, BUYS_SHARES, STAKE_TRANSFER, not_an_investment
from extract.tag.places import _country_regex as country_regex
from extract.tag.signing import (
    CAPITAL_THEN_AND,
    COMPARED,
    CONTRACT_THAT,
    CREDITED,
    PASSIVE_GAP,
    PUT_INTO_SERVICE,
    SUPPLIED_UNDER,
    TEAM_JOIN,
    WHEN,
    deal_words,
    negated_signing,
    said_cooperation,
    signing_kind,
)

_MAX_LIST_SENTENCES = 30
# "A và đối tác Nhật Bản B": a nationality between the chained parties (any country of places.json)
_NATIONS = f"(?:{country_regex().pattern})"
# what a chained party is, before it: "A và đối tác Nhật Bản B", "liên doanh giữa A và hãng xe Trung Quốc B",
# "A, văn phòng JETRO Hà Nội và B", "A và hãng máy kéo B" (a maker and up to two words of what it makes)
PARTNER_BEFORE = (
    r"(?:(?:đối tác|(?:hãng|nhà sản xuất)(?:\s+[a-zà-ỹđ]\w*){0,2}|nhà đầu tư|văn phòng)"
    rf"\s+(?:{_NATIONS}\s+)?)?"
)
_CONTRACT = re.compile(r"(?=[hđ])(?:hợp đồng|đơn hàng)", re.IGNORECASE)
_PREP_END = re.compile(r"(?:với|giữa|cho)$", re.IGNORECASE)
_GIVES = re.compile(r"trao|cấp", re.IGNORECASE)
_LISTED = re.compile(
    rf"{IN_SENTENCE}{{0,60}}(?:gồm|bao gồm|:)"
)  # a ceremony's list of projects ends within this many sentences


class PartyMention(NamedTuple):
    name: str
    type: str  # "firm" | "government" | "organization"
    start: int
    end: int


@functools.cache
def _data() -> dict:
    return load("deals.json")["events"]


# a document's name is often written with a capital inside a trigger: "trao Giấy chứng nhận đăng ký đầu tư"
_DOCUMENTS = ("giấy", "quyết định", "biên bản", "bản ghi nhớ", "hợp đồng", "thỏa thuận")


def _cased(words: dict[str, str]) -> list[str]:
    """Each trigger as written, with a capital first letter (a sentence may start with it) and with the
    document it names capitalised."""
    out = []
    for w in words:
        forms = {w}
        for doc in _DOCUMENTS:
            if f" {doc}" in w:
                forms.add(w.replace(f" {doc}", f" {doc[0].upper()}{doc[1:]}", 1))
        out += [v for f in forms for v in (f, f[0].upper() + f[1:])]
    return out


@functools.cache
def _rx() -> dict[str, re.Pattern[str]]:
    data = _data()
    aux = alternation(data["aux"])

    def listed(key: str) -> re.Pattern[str]:
        """One of the word lists searched in every sentence ("future", "revoked" ...), its first letters
        tested before the look-behind and the alternation, as the triggers' are: most positions fail there."""
        words = data[key]
        return re.compile(
            rf"(?=[{first_letters(words)}])(?<!\w)(?:{folded_alternation(words)})(?!\w)", re.IGNORECASE
        )

    return {
        "trigger": re.compile(
            # a trigger's first letter before the look-behinds (most positions fail there, cheaply); not
            # "đăng ký", "nhà cung cấp", "vốn đầu tư" (nouns)
            rf"(?=[{first_letters(data['triggers'])}])"
            rf"(?<![\w])(?<!đăng )(?<!Đăng )(?<!chữ )(?<!nhà )(?<!Nhà )(?<!vốn )"
            rf"(?:{trie_alternation(_cased(data['triggers']))})(?!\w)",
        ),
        "aux_gap": re.compile(
            # "A và hãng B của Belarus sẽ cùng lập ...": the subject's country, said in passing
            rf"\s*(?:\([^()]{{1,80}}\)\s*)?(?:của\s+{_NATIONS}\s+)?{BRANCH}"
            r"(?:(?:tại|ở|trên địa bàn)\s+[^,;()]{1,60}?\s*)?"
            # "Tập đoàn X (Hà Lan) sáng 20/10 đã khánh thành ...": the time between subject and verb
            rf"(?:{WHEN}\s*,?\s+)?"
            # "sẽ góp 49% vốn vào liên doanh với ..."; the time may come after a word of saying: "X báo hồi
            # tháng 3 sẽ rót thêm ..."
            rf"(?:(?:{aux})\s+)*(?:{WHEN}\s*,?\s+(?:(?:{aux})\s+)*)?(?:góp\s+(?:\d+(?:,\d+)?\s*%\s+)?vốn\s+vào\s+)?"
            # "đã chốt ngày 12/4 để động thổ ...": the day set for the verb (a planned event, "future")
            r"(?:(?:chốt|ấn định|lên lịch)\s+(?:ngày|thời điểm|sáng|chiều)\s+(?:ngày\s+)?[\d/-]{1,10}\s+"
            r"(?:để\s+)?)?"
            # "dự kiến chi khoảng 1.900 tỷ đồng (để) mua ..."
            rf"(?:chi\s+(?:khoảng\s+|hơn\s+)?[\d.,]+\s+(?:nghìn\s+)?(?:tỷ|triệu)\s+(?:đồng|USD)\s+(?:để\s+)?)?",
            re.IGNORECASE,
        ),
        # "Công ty A (Hàn Quốc), doanh nghiệp sản xuất vi mạch, vừa ...": the bracket before it too
        "apposition": re.compile(
            rf"\s*(?:\([^()]{{1,40}}\)\s*)?,\s*[a-zà-ỹđ][^,;]{{0,90}},\s*(?:(?:{aux})\s+)*"
        ),
        # ("Công ty A, một trong những nhà sản xuất sợi lớn nhất, vừa được UBND tỉnh B cấp phép ...": an
        # apposition between commas too)
        "passive": re.compile(
            rf"\s*(?:\([^()]{{1,80}}\)\s*)?(?:[–-]\s[^–;]{{1,60}}?\s[–-]\s*|,\s*[a-zà-ỹđ][^,;]{{0,90}},\s*)?"
            rf"(?:(?:{aux})\s+)*được\s+",
            re.IGNORECASE,
        ),
        "future": listed("future"),
        "negated": re.compile(
            rf"(?<!\w)(?:{alternation(data['negations'])})\s+(?:(?:hề|kịp|được)\s+)?$", re.IGNORECASE
        ),
        "cumulative": listed("cumulative"),
        "running_total": listed("running_total"),
        "government": re.compile(rf"(?:{alternation(data['government'])})(?!\w)"),
        "plural": re.compile(
            # "trao quyết định chủ trương đầu tư và giấy chứng nhận (đăng ký đầu tư) cho 19 dự án": two papers
            rf"(?:\s+và\s+(?:giấy chứng nhận|quyết định|giấy phép)(?:\s+[^\s,;.]+){{0,5}}?(?=\s+cho\s))?"
            rf"\s*(?:điều chỉnh(?:\s+tăng vốn)?\s+)?(?:(?:cho|với|gồm|bao gồm)\s+)?"
            rf"(?:\d+\s+|(?:các|nhiều|hàng loạt|loạt|đồng loạt)\s+"
            rf"|(?:mười\s+)?(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+)"
            rf"(?:{alternation(data['plural_objects'])})",
            re.IGNORECASE,
        ),
        "anaphora": re.compile(
            rf"(?<![\w])(?:{alternation(data['anaphora'])})(?:\s+(?:này|đó))?\s+(?:(?:{aux})\s+)*$"
        ),
        "investor_label": re.compile(rf"(?:{word_start_alternation(data['investor_labels'])})\s*:\s*"),
        # "Một là ...; hai là ...": an item marker opens a clause in lower case too
        "items": re.compile(rf"(?<!\w)(?:{alternation(_both_cases(data['item_markers']))})(?!\w)"),
        "chain": re.compile(
            rf"\s*(?:\([^()]{{1,80}}\)\s*)?{BRANCH}(?:,\s*và|,|và|cùng với|cùng|&|\s[–-])\s*"
            rf"{PARTNER_BEFORE}$"
        ),
        "revoked": listed("revoked"),
        "dash_apposition": re.compile(rf"\s+[–-]\s+[a-zà-ỹđ][^–;.]{{0,90}}?\s[–-]\s*(?:(?:{aux})\s+)*"),
    }


# "... cho Công ty B thuê 14 ha", "... cho B vay 300 tỷ đồng": the counterpart leases or borrows
_LEASES = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:thuê|vay)(?!\w)")


# "ký thỏa thuận cho vay ...": an agreement named by what it does, not an MoU ("thỏa thuận hợp tác/khung")
_BARE_PACT = re.compile(r"(?<!\w)th(?:ỏa|oả) thuận(?!\s+(?:hợp tác|khung|ghi nhớ))", re.IGNORECASE)


def _both_cases(words: list[str]) -> list[str]:
    """Each word as written and with a lower-case first letter ('Hai là', 'hai là')."""
    return [*words, *(w[0].lower() + w[1:] for w in words)]


# "Lào Cai - ...", "Hà Giang (cũ) - ...", "Sơn La: ..." opening a line: the place a report is filed from
_DATELINE_AFTER = re.compile(r"(?:\s*\((?:cũ|mới)\))?\s*(?:[-–—]\s|:\s)")


_AT_PLACE = re.compile(
    r"(?<!\w)(?:tại|ở)\s+(?:(?:trụ sở|hội trường|văn phòng|khuôn viên)\s+(?:UBND\s+|Ủy ban nhân dân\s+)?)?$",
    re.IGNORECASE,
)


def _files_report(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] opens its line and a dash or colon follows: where the report is filed
    from or whom it is credited to ("Lào Cai - ...", "Tạp chí Cơ khí Việt Nam - ..."), not a party."""
    return bool(_DATELINE_AFTER.match(text, end)) and not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _at_venue(text: str, start: int) -> bool:
    """The name at `start` is where something took place ("tại Trụ sở UBND tỉnh X", "tại Ban Quản lý ...")."""
    return _AT_PLACE.search(text, max(0, start - 40), start) is not None


_OPEN_BRACKET = re.compile(r" ?\(")
_UNIT_WORD_BEFORE = re.compile(r"(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?)\s+$")
_PLACE_WORD_BEFORE = re.compile(r"(?:của|tại|ở|vào|trên|thuộc|từ)\s+$", re.IGNORECASE)
_CLAUSE_OPENS_BEFORE = re.compile(r"(?:^|[.,;:\n])\s*$")


def party_mentions(
    text: str, firms: list[Firm], organizations: list[Organization], provinces: list[Province]
) -> list[PartyMention]:
    """Who can be a party of a deal event, in text order: firms, government bodies and other organisations
    (their `type`), and provinces acting as a party ('tỉnh Trà Vinh ký ...')."""
    out = [PartyMention(f.name, "firm", f.start, f.end) for f in firms]
    gov = _rx()["government"]
    ends = {o.end for o in organizations}
    for o in organizations:
        if _OPEN_BRACKET.fullmatch(text[max(0, o.start - 2) : o.start]) and text.startswith(")", o.end):
            opened = o.start - (2 if text[o.start - 2] == " " else 1)
            if opened in ends:
                continue  # "Cục Công nghiệp (Bộ Công Thương) và Tập đoàn X": whose department it is
        if _files_report(text, o.start, o.end) or _at_venue(text, o.start):
            continue  # "Tạp chí Cơ khí Việt Nam - Công ty X ký ...", "tại Trụ sở UBND thành phố Hải Phòng"
        kind = "government" if gov.match(o.mention) or gov.match(o.name) else "organization"
        out.append(PartyMention(" ".join(o.mention.split()), kind, o.start, o.end))
    taken = SpanSet((m.start, m.end) for m in out)
    for p in provinces:  # "tỉnh Trà Vinh ký biên bản ghi nhớ với ...": the province acting as a party
        if taken.overlaps(p.start, p.end):
            continue
        start = p.start
        prefix = _UNIT_WORD_BEFORE.search(text[max(0, start - 12) : start])
        if prefix and not p.mention[:1].islower():
            start -= len(prefix.group())
        before = text[max(0, start - 12) : start]
        if _PLACE_WORD_BEFORE.search(before) or _IN_SITE.search(text, max(0, start - 60), start):
            continue  # "doanh nghiệp của Hải Phòng", "tại KCN Nam Cam Ranh, tỉnh Khánh Hòa": a place
        if _at_venue(text, start):
            continue  # "tại Trụ sở UBND tỉnh Thái Nguyên": where it was signed
        if not (prefix or p.mention[:1].islower()) and not _CLAUSE_OPENS_BEFORE.search(before):
            continue  # a bare province name acts only at the start of a clause ("Bắc Ninh trao ...")
        if _files_report(text, start, p.end):
            continue  # "Lào Cai - Tập đoàn X và Công ty Y ký ...": the dateline of a report, not a party
        out.append(PartyMention(" ".join(text[start : p.end].split()), "government", start, p.end))
    taken = SpanSet((m.start, m.end) for m in out)
    for m in _FOREIGN_LOCAL.finditer(text):  # "thành phố Shizuoka (Nhật Bản)": a foreign local government
        if not taken.overlaps(m.start(), m.end(1)) and country_regex().fullmatch(m.group(2)):
            out.append(PartyMention(m.group(1), "government", m.start(), m.end(1)))
    return sorted(out, key=lambda m: m.start)


# a foreign city or prefecture, its country in brackets: "thành phố Shizuoka (Nhật Bản)", "tỉnh Gunma (Nhật)"
_FOREIGN_LOCAL = re.compile(  # (first letters tested first: most positions fail there, cheaply)
    r"(?=[CctTbB])(?<!\w)((?:[Cc]hính quyền )?(?:thành phố|tỉnh|bang|Thành phố|Tỉnh|Bang) [A-Z][a-z]+"
    r"(?:[ -][A-Z][a-z]+)?) \(([^()]{2,20})\)"
)


def _chain_back(text: str, ms: list[PartyMention], last: int, floor: int) -> list[PartyMention]:
    """The mentions chained to ms[last] backwards by ',', 'và', 'cùng' ('A, B và C')."""
    chain = [ms[last]]
    for j in range(last - 1, -1, -1):
        if ms[j].start < floor:
            break
        shared = ms[j].start == chain[0].start  # the two firms of one "hai bên" (extract/tag/anaphora.py)
        if not shared and not _rx()["chain"].fullmatch(" " + text[ms[j].end : chain[0].start]):
            if len(chain) >= 2 and TEAM_JOIN.fullmatch(text, ms[j].end, chain[0].start):
                chain.insert(0, ms[j])  # the buyer before "và liên danh gồm": `_team_split` parts them
            break
        chain.insert(0, ms[j])
    return chain


def _chain_forward(text: str, ms: list[PartyMention], first: int, ceiling: int) -> list[PartyMention]:
    chain = [ms[first]]
    for j in range(first + 1, len(ms)):
        gap = text[chain[-1].end : ms[j].start]
        if ms[j].end > ceiling or not re.fullmatch(
            rf"\s*(?:\([^()]{{1,80}}\)\s*)?{BRANCH}(?:,\s*và|,|và|&)\s*", gap
        ):
            break
        chain.append(ms[j])
    return chain


def _bisect_start(ms: list[PartyMention], pos: int) -> int:
    """Index of the first mention starting at or after `pos` (`ms` sorted by start)."""
    lo, hi = 0, len(ms)
    while lo < hi:
        mid = (lo + hi) // 2
        if ms[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _representatives(text: str, ms: list[PartyMention], before: list[int], gs: int) -> list[PartyMention]:
    """'ông A, Tổng giám đốc Công ty X, và ông B, Giám đốc Y, đã ký ...', 'do ông A, Giám đốc X, và đại diện Y
    ký kết': the firms of the persons who sign, when two or more are named that way right before the verb."""
    reps = [
        ms[i]
        for i in before
        if ms[i].type == "firm" and _REPRESENTS.search(text, max(0, ms[i].start - 30), ms[i].start)
    ]
    if len(reps) < 2 or len({m.name for m in reps}) < 2:
        return []
    gap = text[reps[-1].end : gs]
    return reps[-4:] if _rx()["aux_gap"].fullmatch(gap.lstrip(" ,")) and len(gap) < 40 else []


# a bracket right after the subject: who it is ("Công ty X (Việt Nam) - Malaysia vừa ...": its country after)
_LEADING_BRACKET = re.compile(
    rf"^\s*(?:\([^()]{{1,120}}\))?(?:\s*[-–]\s[{UPPER}]\w*(?: [{UPPER}]\w*)?(?=\s))?"
)


def _subject(
    text: str, ms: list[PartyMention], floor: int, gs: int
) -> tuple[list[PartyMention], list[PartyMention], bool]:
    """(subject chain, grantor named in a passive, passive?) for a verb starting at `gs`."""
    rx = _rx()
    before = [i for i in range(_bisect_start(ms, floor), _bisect_start(ms, gs)) if ms[i].end <= gs]
    if (
        len(before) > 1
        and ms[before[-2]].type == "firm"
        and _OPENS_BRACKET.fullmatch(text, ms[before[-2]].end, ms[before[-1]].start)
        and text.startswith(")", ms[before[-1]].end)
    ):
        before.pop()  # "Công ty X (tỉnh Đồng Nai) đã nhận ...": where X is from, not a party
    if not before:
        return [], [], False
    last = before[-1]
    gap = text[ms[last].end : gs]
    for i in reversed(before):  # "Công ty A, nhà cung cấp cấp 1 của Samsung, đã ký ...": A, not Samsung
        am = rx["apposition"].match(text, ms[i].end) or rx["dash_apposition"].match(text, ms[i].end)
        if am and am.end() == gs:  # "A - một doanh nghiệp vệ tinh của Canon - ký ...": A
            return _chain_back(text, ms, i, floor), [], False
    if ms[last].type == "government" and gap.startswith(",") and rx["aux_gap"].fullmatch(gap[1:]):
        for i in reversed(before[:-1]):  # "A được ông X, Phó Chủ tịch UBND tỉnh Y, trao ...": Y grants A
            if ms[i].type == "firm" and _PASSIVE_BY_LEADER.fullmatch(text, ms[i].end, ms[last].start):
                return _chain_back(text, ms, i, floor), [ms[last]], True
    if (
        ms[last].type == "government"
        and _LEADER_BEFORE.search(text, max(0, ms[last].start - 40), ms[last].start)
        and (_NAME_GAP.fullmatch(gap) or _rx()["aux_gap"].fullmatch(gap.lstrip(" ,")))
    ):  # "Ông X, Phó Chủ tịch UBND tỉnh Y, trao ..."
        # "Chủ tịch UBND tỉnh X Trần Văn A trao giấy chứng nhận ...": the body its leader speaks for
        return _chain_back(text, ms, last, floor), [], False
    reps = _representatives(text, ms, before, gs)
    if reps:
        return reps, [], False
    if (
        ms[last].type == "firm"
        and gap.lstrip().startswith(",")
        and rx["aux_gap"].fullmatch(gap.lstrip(" ,"))
        and _SPOKESMAN.search(text, max(0, ms[last].start - 40), ms[last].start)
        and _ACTS.match(text, gs)
    ):  # "Ông A (bên phải), Chủ tịch Tập đoàn X, nhận giấy chứng nhận ...": X, for whom A acts
        return [ms[last]], [], False
    if rx["aux_gap"].fullmatch(gap) or rx["aux_gap"].fullmatch(_LEADING_BRACKET.sub("", gap, count=1)):
        # "A được B cấp ...": B is the grantor, A the subject; "A (đầu tư bởi C) động thổ ...": A
        for i in reversed(before[:-1]):
            pm = rx["passive"].match(text, ms[i].end)
            if pm and pm.end() == ms[last].start:
                return _chain_back(text, ms, i, floor), [ms[last]], True
        return _chain_back(text, ms, last, floor), [], False
    pm = rx["passive"].fullmatch(gap)
    if pm:
        return _chain_back(text, ms, last, floor), [], True
    return [], [], False


_OBJECT_PREP = re.compile(  # never after "so" ("so với biểu giá của EVN": a comparison)
    r"(?=[vcgdt])(?<!\w)(?<!so )(với|cho|giữa|của|do|từ)\s+(?:(?:đại diện|phía)\s+|(?<=giữa )lãnh đạo\s+)?"
    r"(?:(?:hãng(?:\s+(?:tàu|xe|bay|hàng không|bán lẻ|thời trang|dược|ô tô))?|chủ tàu|đối tác|khách hàng"
    r"|chuỗi\s+(?:siêu thị|bán lẻ|cửa hàng)|(?:nhà|tập đoàn)\s+bán lẻ)\s+)?"  # "cho hãng tàu X"
    r"(?:(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"(?:doanh nghiệp|công ty|đối tác|nhà cung cấp|nhà cung ứng|đơn vị)[^,;.]{0,40}?(?:là|gồm|:)\s*)?",
    re.IGNORECASE,
)


def _objects(
    text: str, ms: list[PartyMention], ge: int, ceiling: int
) -> tuple[str | None, list[PartyMention]]:
    """(preposition, chain) of the first prepositional object after the verb."""
    for pm in _OBJECT_PREP.finditer(text, ge, ceiling):
        if pm.start() - ge > 160 or COMPARED.search(text, ge, pm.start()):
            break  # "... thấp hơn 12% so với biểu giá của EVN": a comparison, no counterpart after it
        i = _bisect_start(ms, pm.end())
        if i < len(ms) and ms[i].start == pm.end() and ms[i].end <= ceiling:
            prep = pm.group(1).lower()
            chain = _chain_forward(text, ms, i, ceiling)
            if prep == "giữa" and len(chain) == 1:  # "giữa UBND tỉnh X với Tập đoàn Y"
                j = _bisect_start(ms, chain[0].end)
                if (
                    j < len(ms)
                    and ms[j].end <= ceiling
                    and _BETWEEN_AND.fullmatch(text, chain[0].end, ms[j].start)
                ):
                    chain.append(ms[j])
            if prep == "do" and not re.match(
                r"\s*(?:làm|là)\s+(?:chủ|nhà)\s+đầu\s+tư", text[chain[-1].end :]
            ):
                continue
            return prep, chain
    return None, []


_PARK_BROKEN = re.compile(r"\s+(?:(?:dự án|Dự án)\s+)?(?:KCN|CCN|[Kk]hu công nghiệp|[Cc]ụm công nghiệp)\s")
_OPENS_BRACKET = re.compile(r"\s*\(\s*")
_DESCRIBES = re.compile(r",\s*(?:là\s+)?(?:một\s+|công ty\s+)?$")
_WITH = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?với\s+")
# "giữa đại diện Tập đoàn A và (đại diện) Công ty B", "giữa UBND tỉnh X với Tập đoàn Y"
_BETWEEN_AND = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?,?\s*(?:với|và)\s+(?:(?:đại diện|phía)\s+)?")
_LEADERS_OF = re.compile(r"(?<!\w)[Ll]ãnh đạo\s+$")
_LEADER_BEFORE = re.compile(
    r"(?:[Cc]hủ tịch|[Pp]hó [Cc]hủ tịch|[Tt]rưởng ban|[Pp]hó [Tt]rưởng ban|[Bb]í thư|[Gg]iám đốc"
    r"|[Bb]ộ trưởng)(?:\s+[Tt]hường trực)?\s+$"
)
# "A được ông X, Phó Chủ tịch UBND tỉnh Y, trao quyết định ...": the leader hands it over for the body
_PASSIVE_BY_LEADER = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:(?:đã|vừa)\s+)?được\s+(?:ông|bà)\s+[^,;]{2,40},\s*"
    r"(?:[Pp]hó\s+)?(?:[Cc]hủ tịch|[Tt]rưởng ban|[Gg]iám đốc|[Bb]í thư|[Bb]ộ trưởng)(?:\s+[Tt]hường trực)?\s+"
)
_LEADER_NAME = rf"\s+(?:[{UPPER}][a-zà-ỹđ]*\s+){{2,4}}"  # "Trần Văn A " after a body its leader speaks for
_NAME_GAP = re.compile(rf"{_LEADER_NAME}(?:(?:đã|vừa|cũng)\s+)*")
# "..., sau đó (tiếp tục) đề xuất ...": the same subject goes on after a comma
_THEN = re.compile(
    r"[^,;.]{0,60}?,\s*(?:sau đó|rồi|đồng thời|và)\s+(?:(?:tiếp tục|sẽ|đã|cũng|vừa)\s+)*(?:đề xuất\s+)?"
)
# "tại KCN Nam Cam Ranh, tỉnh Khánh Hòa, X khởi công ...", "Cụm công nghiệp Cẩm Lý, huyện Lục Nam, tỉnh Bắc
# Giang": the province closes an address
# "tại KCN Nam Cam Ranh, tỉnh Khánh Hòa", "ở KCN Hòa Phú, TP Buôn Ma Thuột, tỉnh Đắk Lắk": the site's units
_IN_SITE = re.compile(
    r"(?<!\w)(?:KCN|CCN|KKT|[Kk]hu công nghiệp|[Cc]ụm công nghiệp|[Kk]hu kinh tế|xã|phường|huyện|thị xã)"
    r"(?:\s+[^,;.()]{1,50},){1,3}\s*$"
)
_ACTS = re.compile(
    r"(?:nhận|ký|khởi công|động thổ|khánh thành|trao|đầu tư|rót|tăng vốn)(?!\w)", re.IGNORECASE
)
# the offices of a person who acts for a firm named right after them
_FOR_FIRM = (
    r"(?:[Đđ]ại diện|[Tt]ổng [Gg]iám đốc|[Pp]hó [Tt]ổng [Gg]iám đốc|[Gg]iám đốc"
    r"|[Cc]hủ tịch(?: HĐQT| Hội đồng quản trị)?|CEO|[Tt]rưởng đại diện)\s+$"
)
# "Ông A (bên phải), Chủ tịch Tập đoàn X, nhận ...": the office in an apposition after a person
_SPOKESMAN = re.compile(rf",\s*{_FOR_FIRM}")
# "ông A, Tổng giám đốc Công ty X, và ông B, Giám đốc Y, đã ký ...": the firms of the signing persons
_REPRESENTS = re.compile(rf"(?=[ĐđTtPpGgCc]){_FOR_FIRM}")
_DIRECT = re.compile(
    r"\s*(?:thêm\s+)?(?:(?:toàn bộ|phần lớn|\d+(?:,\d+)?\s*%)\s*)?(?:cổ phần|phần vốn|vốn)?(?:\s+chi phối)?"
    r"\s*(?:của|tại)?\s*"
)


def _direct_object(text: str, ms: list[PartyMention], ge: int, e: int) -> PartyMention | None:
    """The party right after the verb, with no preposition ('mua lại Công ty Y')."""
    gap = _DIRECT.match(text, ge)
    return next((m for m in ms if m.start == gap.end() and m.end <= e), None) if gap else None


# "trao quyết định chủ trương cho 14 dự án và ký 9 biên bản ghi nhớ": two papers, each for its own count
_COUNTED_AND = re.compile(r"\s+(?:cho|với)\s+\d+\s+[^,;.]{1,30}?\s*(?:,\s*|\s+)và\s+")


_ABOUT = re.compile(r"\s+về(?:\s+việc)?\s+")
_SET_TO = re.compile(r"bắt tay(?:\s+vào)?\s+", re.IGNORECASE)
_SET_TO_KINDS = ("investment_announcement", "groundbreaking")


def _group_triggers(
    text: str, s: int, e: int, ms: list[PartyMention], found: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """(start, end, kind) of trigger groups: triggers following each other with no party in between.
    `found` are the sentence's trigger matches (start, end, kind)."""
    spans = SpanSet((m.start, m.end) for m in ms)
    priority = _priority()
    groups: list[list] = []
    for start, end, kind in found:
        if spans.covers(start):
            continue
        if (
            groups
            and not spans.overlaps(groups[-1][1], start)
            and start - groups[-1][1] < 40
            and not _THEN.fullmatch(text, groups[-1][1], start)  # "hoàn thành nhà máy, sau đó tăng vốn": two
            and not _COUNTED_AND.fullmatch(text, groups[-1][1], start)  # "trao ... cho 14 dự án và ký 9 ..."
        ):
            g = groups[-1]
            about = _ABOUT.fullmatch(text, g[1], start) is not None  # "ký biên bản ghi nhớ về việc thành lập
            # "bắt tay (vào) xây nhà máy": set to work on what follows, no handshake with anyone
            set_to = _SET_TO.fullmatch(text, g[0], start) is not None and kind in _SET_TO_KINDS
            g[1] = end  # liên doanh": the memorandum's topic, not a venture signed
            if (priority[kind] < priority[g[2]] and not about) or set_to:
                g[2] = kind
        else:
            groups.append([start, end, kind])
    contract = _CONTRACT.search(text, s, e) is not None
    # "A, nhà cung cấp của B, đã ký ...": 'cung cấp' is a supply only where a contract is said
    return [(a, b, k) for a, b, k in groups if k != "supply_verb" or contract]


@functools.cache
def _priority() -> dict[str, int]:
    return {k: i for i, k in enumerate(_data()["priority"])}


@functools.cache
def _trigger_keys() -> dict[str, str]:
    return {k.lower(): k for k in _data()["triggers"]}


def _canon_trigger(surface: str) -> str:
    return _trigger_keys()[surface.lower()]


def _amount(text: str, s: int, e: int, ge: int, money: list[Money], starts: list[int]) -> Money | None:
    """The amount the event is about: the first after the verb that is not a running total ('nâng tổng vốn
    lên ...'), else the first in the sentence that is not one, else the first."""
    cum = _rx()["cumulative"]  # "nâng tổng vốn lên ...", "lũy kế ...": a running total

    def own(x: Money) -> bool:  # "tăng vốn từ A lên B, tăng C": C (the 'lên' of B is not C's)
        running = [m for m in cum.finditer(text, max(s, x.start - 30), x.start)]
        if running and not any(c.isdigit() for c in text[running[-1].end() : x.start]):
            return False
        return not _FROM_TO.search(text, max(s, x.start - 6), x.start)

    lo, mid, hi = (bisect.bisect_left(starts, pos) for pos in (s, ge, e))
    after = next((x for x in money[max(lo, mid) : hi] if own(x)), None)
    own_any = next((x for x in money[lo:hi] if own(x)), None)
    return after or own_any or increase(text, money[lo:hi]) or (money[lo] if lo < hi else None)


def _role(kind: str, party: PartyMention, subject: bool, gives: bool) -> str | None:
    if party.type != "firm":
        if kind == "investment_licence" or (gives and kind == "mou"):
            return "grantor"
        return "partner" if kind in ("mou", "cooperation", "supply_contract", "joint_venture") else None
    if kind in ("investment_licence", "investment_announcement", "groundbreaking", "inauguration"):
        return "investor"
    if kind == "acquisition":
        return "buyer" if subject else "seller"
    return "partner"


class _Builder:
    def __init__(self, text: str, money: list[Money], provinces: list[Province], year: int | None) -> None:
        self.text = text
        self.money = sorted(money, key=lambda x: x.start)
        self.money_starts = [x.start for x in self.money]
        self.provinces = sorted(provinces, key=lambda p: p.start)
        self.province_starts = [p.start for p in self.provinces]
        self.year = year
        self.out: list[DealEvent] = []
        self._dates: dict[tuple[int, int], list[tuple[int, int, str]]] = {}

    def add(
        self,
        kind: str,
        parties: list[tuple[PartyMention, str | None]],
        s: int,
        e: int,
        *,
        ge: int,
        status: str,
        amount: Money | None = None,
        decision_ends: list[int] | None = None,
        province: str | None = None,
        until: int | None = None,
    ) -> None:
        """`until`: where the next event's verb starts; the amount is looked for before it."""
        seen: set[str] = set()
        unique = []
        for m, role in parties:
            if m.name not in seen:
                seen.add(m.name)
                unique.append(Party(name=m.name, type=m.type, role=role, start=m.start, end=m.end))
        if not unique:
            return
        money = amount or _amount(self.text, s, until or e, ge, self.money, self.money_starts)
        in_parties = SpanSet((p.start, p.end) for p in unique if p.type == "firm")
        lo, hi = bisect.bisect_left(self.province_starts, s), bisect.bisect_left(self.province_starts, e)
        province = next(
            (p.current for p in self.provinces[lo:hi] if not in_parties.covers(p.start)),
            province,
        )
        if (s, e) not in self._dates:  # once per sentence: a long sentence has many events
            self._dates[s, e] = [
                d
                for d in find_dates(self.text, s, e, self.year)
                if not any(0 <= d[0] - end <= 30 for end in decision_ends or [])
            ]
        dates = self._dates[s, e]
        self.out.append(
            DealEvent(
                kind=kind,
                parties=unique,
                amount=money.amount if money else None,
                currency=money.currency if money else None,
                province=province,
                date=dates[0][2] if dates else None,
                status=status,
                start=s,
                end=e,
            )
        )


# a time still to come right after a groundbreaking's or an opening's verb: "..., động thổ cuối năm nay",
# "khánh thành nhà máy vào quý tới", "khởi công trong năm sau" (not "đầu năm nay", which may have passed)
_FUTURE_AFTER = re.compile(
    r"\s+(?:[^.;,:\n\d]{1,40}?\s)?(?:vào\s+|trong\s+)?(?P<t>cuối năm nay|năm sau|năm tới|sang năm|tháng tới"
    r"|tháng sau|quý tới|quý sau|đầu năm sau|giữa năm sau|cuối năm sau)(?!\w)"
)
# a count before "năm sau" makes it a span of time ("mười ba năm sau khi ...": thirteen years after)
_COUNT_BEFORE = re.compile(r"(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|vài|mấy|nhiều)\s+$")
_ALREADY_BEFORE = re.compile(r"(?<!\w)(?:đã|vừa|mới)(?!\w)")


def _planned_after(text: str, lo: int, gs: int, ge: int) -> bool:
    """The verb at `gs`..`ge` is followed by a time still to come, with no "đã"/"vừa" before it (from
    `lo`): a planned groundbreaking or opening ("Nhà máy thứ hai của X ..., động thổ cuối năm nay")."""
    after = _FUTURE_AFTER.match(text, ge)
    return (
        after is not None
        and _COUNT_BEFORE.search(text, max(0, after.start("t") - 8), after.start("t")) is None
        and _ALREADY_BEFORE.search(text, lo, gs) is None
    )


def tag_events(
    text: str,
    firms: list[Firm],
    organizations: list[Organization],
    money: list[Money],
    provinces: list[Province],
    published: str | None = None,
    decisions: list[DecisionRef] | None = None,
    clauses: list[tuple[int, int]] | None = None,
    mentions: list[PartyMention] | None = None,
) -> list[DealEvent]:
    """Deal events of `text`; `clauses` are its `sentences()` and `mentions` its `party_mentions()` when the
    caller has them already."""
    rx = _rx()
    data = _data()
    if mentions is None:
        mentions = party_mentions(text, firms, organizations, provinces)
    ms = [m for m in mentions if not in_brackets(text, m.start)]
    starts = [m.start for m in ms]
    build = _Builder(text, money, provinces, published_year(published))
    decision_ends = [d.end for d in decisions or []]
    sentence_kind: dict[tuple[int, int], str] = {}
    listing: dict | None = None  # a ceremony's list of projects: kind, grantors, status, sentences left
    kinds = _data()["triggers"]
    named = SpanSet((o.start, o.end) for o in organizations)  # "Báo Đầu tư - ...": no trigger inside a name
    described = SpanSet(_descriptions(text, ms))  # "X, doanh nghiệp do Y rót vốn, động thổ ...": no trigger
    triggers: list[tuple[int, int, str]] = []
    for m in rx["trigger"].finditer(text):
        key = _canon_trigger(m.group())  # (its kind looked up once)
        kind = kinds[key]
        if not (
            named.covers(m.start())
            or described.covers(m.start())
            or _bracketed(text, m.start())
            or AWARD_AFTER.match(text, m.end())  # "trao chứng nhận nhà cung cấp xuất sắc": an award
            # the certificate named first is a licence only when it was just handed over
            or (key == "giấy chứng nhận đăng ký đầu tư" and not _CERTIFICATE_GIVEN.match(text, m.end()))
            # "đã chạy từ năm 2007", "đi vào hoạt động từ năm 2014": long in service
            or (kind == "inauguration" and _long_in_service(text, m, published))
            # "Tại lễ khởi công, tỉnh X trao ...": where it happened, not who broke ground
            or (
                _AT_CEREMONY.search(text, max(0, m.start() - 25), m.start()) and text.startswith(",", m.end())
            )
            # "18 tháng sau khi khởi công, ...": a time, not a groundbreaking
            or (kind == "groundbreaking" and ground_as_time(text, m.start()))
        ):
            triggers.append((m.start(), m.end(), kind))
    # "Hợp đồng trị giá N giữa A và B ... được ký": the contract named before the parties
    triggers += [(m.start(), m.end(), "signing") for m in _CONTRACT_BETWEEN.finditer(text)]
    triggers += [(m.start(), m.end(), "inauguration") for m in PUT_INTO_SERVICE.finditer(text)]
    triggers.sort()
    trigger_starts = [t[0] for t in triggers]
    labels = SpanSet((m.start(), m.end()) for m in rx["investor_label"].finditer(text))
    spans: list[tuple[int, int]] = []  # sentences without the ';' split, made when a label needs them
    for s, e in clauses if clauses is not None else sentences(text):
        lo, hi = bisect.bisect_left(starts, s), bisect.bisect_left(starts, e)
        sms = [m for m in ms[lo:hi] if m.end <= e]
        if not sms:  # no party, no event (a list's item names its investor)
            if listing is not None:
                listing["left"] -= 1
            if (told := _investor_told_after(text, s, e, ms, starts, triggers, trigger_starts)) is not None:
                # "Nhà máy X đã được động thổ ngày 20/8 ...; chủ đầu tư CTCP Y dự chi ...": Y's groundbreaking
                kind, ge, owner, stop = told
                build.add(
                    kind, [(owner, "investor")], s, stop, ge=ge, status=_data()["status"][kind], until=stop
                )
            opened = build.out[-1] if build.out else None
            if opened is not None and opened.end <= s and _capital_next(text, opened.end, s, e):
                # "X khánh thành nhà máy ... . Nhà máy có vốn đầu tư N": the capital told right after
                money = _amount(text, s, e, s, build.money, build.money_starts)
                if money is not None and opened.amount is None and opened.kind in _OPENINGS:
                    build.out[-1] = opened.model_copy(
                        update={"amount": money.amount, "currency": money.currency}
                    )
            continue
        if unstated(text, s, e):
            continue  # "Dự án ... của X đã bị thu hồi giấy chứng nhận đầu tư": no event
        for lender, borrower in _lending(text, sms):  # "BIDV cho Công ty X vay 420 tỷ đồng"
            build.add(
                "cooperation",
                [(lender, "partner"), (borrower, "partner")],
                s,
                e,
                ge=borrower.end,
                status="signed",
                decision_ends=decision_ends,
            )
        ta, tb = bisect.bisect_left(trigger_starts, s), bisect.bisect_left(trigger_starts, e)
        if ta == tb and listing is None:
            for firm, money in _project_items(text, s, e, sms, build.money):
                # "Các dự án gồm: nhà máy ... của Công ty A, vốn 120 triệu USD; nhà máy ... của B, vốn ..."
                build.add(
                    "investment_announcement",
                    [(firm, "investor")],
                    s,
                    e,
                    ge=firm.end,
                    status="announced",
                    amount=money,
                    decision_ends=decision_ends,
                )
        if ta == tb and listing is None and _ITEM_START.match(text, s):
            item = {
                "kind": "investment_announcement",
                "grantors": [],
                "status": "announced",
                "province": None,
            }
            _list_items(build, text, s, e, s, sms, item, decision_ends)
            continue
        if ta == tb and listing is None and not labels.overlaps(s, e):
            continue  # no verb of a deal, no list going on
        groups = _group_triggers(text, s, e, sms, [t for t in triggers[ta:tb] if t[1] <= e])
        if listing is not None:
            listing["left"] -= 1
            if listing["left"] <= 0 or (groups and not _is_item(text, s, e, sms)):
                listing = None
        if listing is not None and (not groups or _is_item(text, s, e, sms)):
            _list_items(build, text, s, e, s, sms, listing, decision_ends)
            continue
        for m in (
            _labelled_investors(text, sms, s, e) if labels.overlaps(s, e) else ()
        ):  # "Nhà đầu tư: Công ty X; ... vốn đầu tư ..."
            spans = spans or _full_sentences(text)
            se = next((b for a, b in spans if a <= s < b), e)
            build.add(
                "investment_announcement",
                [(m, "investor")],
                s,
                se,
                ge=m.end,
                status="announced",
                decision_ends=decision_ends,
            )
        last_subject: list[PartyMention] = []
        for gi, (gs, ge, kind) in enumerate(groups):
            floor = groups[gi - 1][1] if gi else s
            ceiling = groups[gi + 1][0] if gi + 1 < len(groups) else e
            if rx["negated"].search(text[max(s, gs - 20) : gs]):
                continue
            cumulative = rx["running_total"].search(text, floor, gs) is not None
            subject, grantor, passive = _subject(text, sms, floor, gs)
            tail = _PREP_END.search(text, gs, ge)  # "có thỏa thuận với"
            obj_from = ge - len(tail.group()) if tail else ge
            prep, objects = _objects(text, sms, obj_from, e if kind != "signing" else ceiling)
            if "nhà cung" in text[gs:ge].lower() and (
                not _CONTRACT.search(text, s, e) or negated_signing(text, s, e)
            ):
                # "A trở thành nhà cung cấp cho B": a supplier's status, no contract said; "..., nhưng chưa
                # ký hợp đồng trực tiếp nào với B": one said not to be signed
                continue
            if kind == "supply_verb":  # "A ... cung cấp thép cho B theo hợp đồng ..."
                if prep != "cho" or not _CONTRACT.search(text, s, e):
                    continue
                kind = "supply_contract"
            if not subject and gi and last_subject and _THEN.fullmatch(text, groups[gi - 1][1], gs):
                subject = last_subject  # "X hoàn thành nhà máy thứ hai, sau đó tiếp tục đề xuất tăng vốn"
            if not subject:
                subject = _anaphora(text, sms, floor, gs) or _both_sides(text, sms, floor, gs)
            if not subject and not objects and text[s:gs].strip(" \n\"'") == "":
                subject = _fronted_verb_subject(
                    text, sms, ge, e
                )  # "Ký kết hợp tác chiến lược, A và B sẽ ..."
            if not subject and objects and kind in ("signing", "mou", "cooperation", "supply_contract"):
                if len(objects) >= 2 and _clause_subject_after(text, sms, objects[-2].end, e) == objects[-1:]:
                    objects = objects[:-1]  # "với A, B sẽ ...": the chain's last name is the next clause's
                after = _clause_subject_after(text, sms, objects[-1].end, e)  # "Sau lễ ký với A, B sẽ ..."
                if after:
                    subject = after
                    if _SUPPLY_AFTER.search(text, after[-1].end, e):
                        kind = "supply_contract"
            last_subject = subject
            if kind == "cooperation" and re.search(r"(?<!\w)k[ýí](?!\w)", text[gs:ge]):
                kind = "signing"  # "ký biên bản hợp tác với": the words signed say the kind
            what = text[gs : objects[0].start if objects and objects[0].start > gs else min(e, ge + 60)]
            if kind == "supply_contract" and said_cooperation(what):
                kind = "cooperation"  # "ký hợp đồng nguyên tắc thuê đất", "ký hợp đồng thu xếp vốn"
            elif kind == "mou" and _BARE_PACT.search(what) and said_cooperation(what):
                kind = "cooperation"  # "ký thỏa thuận cho vay 520 tỷ đồng với B": credit, as for deals
            elif (
                kind == "mou"
                and "thỏa thuận" in text[gs:ge].lower()
                and signing_kind(what) == "supply_contract"
            ):
                kind = "supply_contract"  # "ký thỏa thuận cung ứng quặng sắt"
            if subject and (
                _WISH.search(text, max(floor, subject[0].start - 20), subject[0].start)
                or (kind == "investment_announcement" and _WANTS.search(text, subject[-1].end, gs))
                or IF_BEFORE.search(text, max(floor, subject[0].start - 25), subject[0].start)
            ):
                continue  # "Tỉnh X mong muốn Tập đoàn Y ... đầu tư", "Y muốn đầu tư", "nếu Y quyết định"
            if kind == "joint_venture" and text[gs:ge].lower().startswith("liên doanh"):
                d = _DESCRIBES.search(text, max(floor, gs - 20), gs)
                if d and any(m.end == d.start() for m in sms):
                    continue  # "Công ty X, liên doanh giữa A và B, vừa ...": what X is, no new event
                if objects and _JV_TOLD.match(text, objects[-1].end):
                    continue  # "Liên doanh giữa A và B được cấp ...": the venture is the subject, not signed
            if kind == "investment_announcement" and not_an_investment(text, floor, gs, ge):
                continue  # a loan, charter capital, a loan's purpose: as the deal reader (not_investment.py)
            if kind in ("signing", "supply_contract", "mou", "cooperation") and STAKE_TRANSFER.search(
                text, gs, min(e, ge + 80)
            ):
                continue  # "A và B ký hợp đồng chuyển nhượng 35% cổ phần": the deal reader names the buyer
            if kind in ("signing", "supply_contract") and BUYS_SHARES.search(
                text, gs, objects[0].start if objects and objects[0].start > ge else min(e, ge + 60)
            ):
                kind = "acquisition"  # "X ký hợp đồng mua lại toàn bộ mảng dây cáp của Công ty Y"
            if kind == "signing":
                window = text[gs : objects[0].start] if objects else text[gs:e]
                kind = signing_kind(window)
                if (
                    kind == "cooperation"
                    and "hợp đồng" in text[gs:ge].lower()
                    and objects
                    and deal_words()["contract_supply"].search(text, objects[-1].end, e)
                ):
                    kind = "supply_contract"  # "Hợp đồng ... giữa A và B về chế tạo thiết bị"
                if kind == "cooperation" and not said_cooperation(window):
                    if (s, e) not in sentence_kind:
                        sentence_kind[s, e] = signing_kind(text[s:e])
                    kind = sentence_kind[s, e]
                named = CONTRACT_THAT.search(text, max(s, gs - 120), gs) if kind == "cooperation" else None
                if named and named.group("jv"):
                    kind = "joint_venture"  # "hợp đồng liên doanh mà A và B ký"
                elif named and not said_cooperation(text[s:e]):
                    kind = "supply_contract"  # "hợp đồng mà A ký với B": as "A ký hợp đồng với B"
            if kind == "cooperation" and SUPPLIED_UNDER.search(text, s, ge):
                kind = "supply_contract"  # "... do A cung cấp theo hợp đồng ... ký với B"
            if kind == "supply_contract" and objects and _LEASES.match(text, objects[-1].end):
                kind = "cooperation"  # "ký hợp đồng nguyên tắc cho Công ty B thuê 14 ha": a lease
            if kind == "acquisition" and objects:
                # "mua lại Công ty B, đơn vị con của Tổng công ty C": the firm right after the verb is bought,
                # not the owner its description names
                k = _bisect_start(sms, ge)
                if k < len(sms) and sms[k].type == "firm" and not text[ge : sms[k].start].strip():
                    objects = [sms[k]]
            future = rx["future"].search(text, max(floor, gs - 25), gs) is not None or (
                kind in ("groundbreaking", "inauguration")
                and _planned_after(text, max(floor, gs - 25), gs, ge)
            )
            status = "announced" if future else data["status"][kind]
            trigger_text = text[gs:ge].lower()
            if (
                kind in ("acquisition", "supply_contract")
                or trigger_text.endswith("bắt tay")
                or (kind == "joint_venture" and trigger_text.endswith(("cùng", "với")))
            ) and (not objects or (kind == "acquisition" and not subject)):
                # "X mua lại Công ty Y", "đặt hàng Y", "bắt tay Y", "góp vốn cùng Y", "thâu tóm Y của X"
                direct = _direct_object(text, sms, ge, e)
                objects = [direct] if direct else objects if kind == "acquisition" else []
                if direct and not subject and kind == "acquisition":
                    buyer = _owner_after(text, sms, direct.end, e)  # "Thương vụ thâu tóm Y của X"
                    subject = [buyer] if buyer else []
            if (
                kind in ("mou", "cooperation")
                and trigger_text.endswith("bắt tay")
                and _JV.search(text, ge, e)
            ):
                kind = "joint_venture"  # "A bắt tay B thành lập liên doanh"
            goods = (
                prep == "của"
                and objects
                and not _SHARES.search(text, ge, objects[0].start)
                and not BUYS_SHARES.search(text, gs, objects[0].start)  # "mua lại toàn bộ mảng ... của Y"
            )
            if kind == "acquisition" and trigger_text.endswith(("mua", "mua thêm")) and goods:
                # "X sẽ mua dây điện của Công ty Y": goods bought under an agreement, not shares
                if not _AGREED.search(text, text.rfind(".", 0, s) + 1, e):  # "Lễ ký ...; theo đó X sẽ mua"
                    continue
                kind = "supply_contract"
            if not objects and kind == "acquisition" and trigger_text.endswith(("mua", "mua thêm")):
                continue  # "mua linh kiện": a purchase, not an acquisition
            if not subject and not objects and not grantor and kind in _OWNED:
                owner = next(
                    (
                        m
                        for m in reversed(sms)
                        if m.end <= gs and m.type == "firm" and _PROJECT_OF.search(text, s, m.start)
                    ),
                    None,
                )  # "Dự án nhà máy ... của X đã được cấp giấy chứng nhận"
                subject = [owner] if owner is not None else []
            if kind == "investment_licence" and passive and subject and prep not in (None, "cho"):
                objects = []  # "X được Sở ... chấp thuận góp vốn, mua 25% phần vốn của Y": X is licensed
            if kind == "investment_announcement" and prep not in (None, "do", "của"):
                objects = []  # "X đầu tư vào ... cho Y": Y is not a party of X's investment
            if kind == "investment_announcement" and not subject and prep in ("do", "của"):
                subject, objects = objects, []  # "dự án do Công ty X làm chủ đầu tư"
            if prep == "giữa" and not subject:
                subject, objects = objects[:1], objects[1:]
            if kind == "investment_announcement" and passive and any(m.type == "government" for m in grantor):
                kind = "investment_licence"  # "X được Ban Quản lý ... điều chỉnh tăng vốn thêm 40 triệu USD"
                status = "announced" if future else data["status"][kind]
            if kind == "investment_licence" and (subject or objects) and not grantor:
                # "X nhận giấy chứng nhận đầu tư cho nhà máy ..., do Ban Quản lý KKT Y trao": Y grants it
                grantor = _granted_by_after(text, ge, ms, starts)
            gives = bool(_GIVES.match(text, gs)) and not passive
            if kind == "investment_licence" and passive and not grantor:
                pass  # "X đã được cấp phép đầu tư": the investor alone
            parties = [(m, _role(kind, m, True, gives)) for m in grantor]
            parties += [(m, _role(kind, m, True, gives)) for m in subject]
            parties += [(m, _role(kind, m, False, gives)) for m in objects]
            if kind in _OPENINGS and any(m.type == "firm" for m, _ in parties):
                # "Lãnh đạo tỉnh X và Công ty Y cắt băng khánh thành nhà máy": the province's leaders attend
                # the firm's ceremony, the opening is the firm's
                parties = [
                    (m, r)
                    for m, r in parties
                    if not (
                        m.type == "government" and _LEADERS_OF.search(text, max(s, m.start - 12), m.start)
                    )
                ]
            firms_in = [m for m, _ in parties if m.type == "firm"]
            plural = rx["plural"].match(text, ge, e) is not None or bool(_LISTED.match(text, ge, e))
            actors = [m for m in subject + grantor if m.type == "firm"]
            if kind in ("investment_licence", "groundbreaking", "inauguration") and not actors and plural:
                listing = {
                    "kind": kind,
                    "grantors": [m for m in subject + grantor if m.type != "firm"],
                    "status": status,
                    "left": _MAX_LIST_SENTENCES,
                    "province": next((p.current for p in provinces if s <= p.start < e), None),
                }
                _list_items(build, text, s, e, ge, sms, listing, decision_ends)
                continue
            if kind == "investment_announcement" and (cumulative or _TOTAL_AFTER.match(text, ge)):
                continue  # "Đến nay, Samsung đã đầu tư tổng cộng 23,2 tỷ USD": a running total
            park_ground = (  # "tỉnh Quảng Trị làm lễ khởi công Khu công nghiệp Triệu Phong 2": its own park
                kind == "groundbreaking"
                and not cumulative
                and len(subject) == 1
                and subject[0].type == "government"
                # (not a headline's bare province, "Long An động thổ khu công nghiệp ...": its developer is
                # named below)
                and subject[0].name.startswith(("tỉnh", "UBND", "Ủy ban", "Uỷ ban", "thành phố", "TP"))
                and _PARK_BROKEN.match(text, ge) is not None
                # (no firm before it: "Tổng công ty X cùng lãnh đạo tỉnh Y động thổ KCN ...": X's)
                and not any(m.type == "firm" and s <= m.start < gs for m in sms)
            )
            if not firms_in and not park_ground and (cumulative or kind not in ("mou", "cooperation")):
                continue  # "Lũy kế đến nay, Ban đã cấp phép cho 270 dự án": a total, not an event
            if kind in ("mou", "cooperation", "supply_contract", "joint_venture", "acquisition") and (
                not subject or (len(parties) < 2 and not firms_in)
            ):
                continue  # "... đã trở thành nhà cung cấp cho A và B": A and B did not sign with each other
            more = (
                _more_recipients(text, sms, objects, e)
                if kind == "investment_licence" and prep == "cho"
                else []
            )
            if (  # "trao giấy chứng nhận cho A và B": one event each
                kind == "investment_licence"
                and prep == "cho"
                and len(objects) > 1
                and not actors
                and all(o.type == "firm" for o in objects)
            ):
                objects, more = objects[:1], objects[1:] + more
            if more:  # "trao giấy chứng nhận cho A với vốn X và cho B với vốn Y": one event each
                others = [(m, r) for m, r in parties if m.type != "firm"]
                for firm, nxt in zip([*objects[-1:], *more], [*more, None], strict=True):
                    money = _amount(
                        text, firm.end, nxt.start if nxt else e, firm.end, build.money, build.money_starts
                    )
                    build.add(
                        kind,
                        [*others, (firm, "investor")],
                        s,
                        e,
                        ge=firm.end,
                        status=status,
                        amount=money,
                        decision_ends=decision_ends,
                    )
                continue
            team = _team_split(text, subject) if not objects and not grantor else None
            if (
                team is None
                and kind == "supply_contract"
                and not grantor
                and len(objects) == 1
                and len(subject) >= 2
                and all(m.type == "firm" for m in [*subject, *objects])
            ):
                team = objects[0], subject  # "A và B đã ký với C hợp đồng tổng thầu EPC": each contractor's
            if team is not None:  # one contract event per member of the consortium, with the buyer
                buyer, members = team
                for member in members:
                    build.add(
                        "supply_contract" if kind in ("signing", "cooperation") else kind,
                        [
                            (member, _role(kind, member, True, gives)),
                            (buyer, _role(kind, buyer, True, gives)),
                        ],
                        s,
                        e,
                        ge=ge,
                        status=status,
                        decision_ends=decision_ends,
                    )
                continue
            if kind in ("mou", "cooperation") and prep == "với" and len(subject) == 1 and len(objects) > 1:
                # "Cục X ký biên bản ghi nhớ với Trường A, Viện B và Hiệp hội C": one memorandum each
                for other in objects:
                    build.add(
                        kind,
                        [(m, r) for m, r in parties if m is subject[0] or m is other or m in grantor],
                        s,
                        e,
                        ge=ge,
                        status=status,
                        decision_ends=decision_ends,
                    )
                continue
            build.add(
                kind,
                parties,
                s,
                e,
                ge=ge,
                status=status,
                decision_ends=decision_ends,
                until=ceiling if gi + 1 < len(groups) and _THEN.fullmatch(text, ge, ceiling) else None,
            )
    return one_per_kind_and_parties(build.out)


def _team_split(text: str, subject: list[PartyMention]) -> tuple[PartyMention, list[PartyMention]] | None:
    """(buyer, members) when the subject chain is "A và liên danh gồm B, C và D" (`_chain_back`)."""
    if len(subject) < 3 or not TEAM_JOIN.fullmatch(text, subject[0].end, subject[1].start):
        return None
    return subject[0], subject[1:]


# a government body deciding on a project, its leader's name possibly between: "UBND tỉnh X (vừa) ban hành
# Quyết định ...", "UBND TP X quyết định thành lập ...", "Chủ tịch UBND tỉnh X Nguyễn Văn A vừa ký ..."
_DECIDES = re.compile(
    rf"(?:{_LEADER_NAME})?\s*(?:(?:đã|vừa|chính thức|cũng)\s+)*"
    r"(?:ban hành|ký|có|quyết định|chấp thuận|đồng ý|phê duyệt|điều chỉnh|thống nhất|lựa chọn|chọn)(?!\w)"
)
# the investor named as the decision's object: "chủ đầu tư là X", "nhà đầu tư là X", "(đổi chủ đầu tư)
# sang X", "cho phép X (triển khai ...)", "giao X làm chủ đầu tư"
# "UBND tỉnh X đã có Công văn số ... đồng ý để Công ty Y đầu tư nhà máy ...": the body's licence to Y; "giao
# liên danh Công ty A và Công ty B làm chủ đầu tư hạ tầng": the pair is the investor
_DECIDED_FOR = re.compile(
    r"(?:(?:chủ|nhà) đầu tư (?:(?:hạ tầng|dự án) )?(?:là|:)|sang|cho phép|giao|đồng ý (?:để|cho))"
    r"(?:\s+liên danh)?\s*$"
)
_BY_FIRM = re.compile(r"(?<!\w)do\s*$")
# "UBND tỉnh X chấp thuận / lựa chọn Công ty Y làm chủ đầu tư": the body chose the investor
_CHOSEN = re.compile(r"(?<!\w)(?:chấp thuận|lựa chọn|chọn)\s*$")
_AS_INVESTOR = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?làm chủ đầu tư(?!\w)")


def decided_licences(text: str, ms: list[PartyMention], events: list[DealEvent]) -> list[DealEvent]:
    """An investor's announcement that a government body decided in the same sentence ('UBND tỉnh X vừa ban
    hành Quyết định ... thành lập CCN Y ...; chủ đầu tư là Công ty Z', '... thành lập KCN Y ..., do Công ty Z
    làm chủ đầu tư') is that body's licence to it; a firm's
    lease that a body's decision grants ('Quyết định số ... của UBND tỉnh X cho Công ty Y thuê 3 ha đất') or
    that the body itself grants ('UBND TP Hà Nội cho Công ty Y thuê 9.846m² đất') has that body as its other
    side."""
    out = []
    spans: list[tuple[int, int]] = []
    for ev in events:
        firm = ev.parties[0] if len(ev.parties) == 1 else None
        investors = ev.parties if all(p.type == "firm" for p in ev.parties) else []
        if ev.kind == "investment_announcement" and investors:
            firm, last = (
                investors[0],
                investors[-1],
            )  # a joint venture's members: the first and the last named
            spans = spans or _full_sentences(text)  # the sentence with its ';' clauses
            floor = next((a for a, b in spans if a <= ev.start < b), ev.start)
            near = text[max(floor, firm.start - 30) : firm.start]
            body = next(
                (
                    m
                    for m in ms
                    if m.type == "government"
                    and floor <= m.start
                    and m.end <= firm.start
                    and _DECIDES.match(text, m.end)
                ),
                None,
            )
            named = _DECIDED_FOR.search(near) or (
                (_BY_FIRM.search(near) or _CHOSEN.search(near))  # "do / chấp thuận Công ty Z làm chủ đầu tư"
                and _AS_INVESTOR.match(text, last.end)
            )
            if body is not None and named:
                grantor = Party(
                    name=body.name, type="government", role="grantor", start=body.start, end=body.end
                )
                ev = ev.model_copy(
                    update={
                        "kind": "investment_licence",
                        "status": "licensed",
                        "parties": [grantor, *investors],
                    }
                )
        elif ev.kind == "investment_licence" and firm is not None and firm.type == "firm":
            # "UBND tỉnh X vừa ban hành quyết định chấp thuận chủ trương đầu tư dự án ... của Công ty Y": the
            # deciding body is the grantor the licence reader did not name
            spans = spans or _full_sentences(text)
            floor = next((a for a, b in spans if a <= ev.start < b), ev.start)
            body = next(
                (
                    m
                    for m in ms
                    if m.type == "government"
                    and floor <= m.start
                    and m.end <= firm.start
                    and _DECIDES.match(text, m.end)
                ),
                None,
            )
            if body is None:  # "... nhận giấy chứng nhận đầu tư từ Phó Chủ tịch UBND tỉnh X Y": X's committee
                end = next((b for a, b in spans if a <= ev.start < b), ev.end)
                body = next(
                    (
                        m
                        for m in ms
                        if m.type == "government"
                        and firm.end <= m.start < end
                        and _FROM_GRANTOR.search(text, max(0, m.start - 40), m.start)
                    ),
                    None,
                )
            if body is not None:
                grantor = Party(
                    name=body.name, type="government", role="grantor", start=body.start, end=body.end
                )
                ev = ev.model_copy(update={"parties": [grantor, firm]})
        elif (
            ev.kind == "cooperation"
            and firm is not None
            and firm.type == "firm"
            and _LEASES.match(text, firm.end)
        ):
            spans = spans or _full_sentences(text)
            floor = next((a for a, b in spans if a <= ev.start < b), ev.start)
            body = next(
                (
                    m
                    for m in ms
                    if m.type == "government"
                    and floor <= m.start
                    and m.end <= firm.start
                    and (
                        _DECIDES.match(text, m.end)
                        or _DECISION_OF.search(text, floor, m.start)
                        or (_LETS.fullmatch(text, m.end, firm.start) and _LEASED_LAND.match(text, firm.end))
                    )
                ),
                None,
            )
            if body is not None and _FOR_LEASE.search(text, max(floor, firm.start - 20), firm.start):
                lessor = Party(
                    name=body.name, type="government", role="partner", start=body.start, end=body.end
                )
                ev = ev.model_copy(update={"parties": [lessor, firm]})
        out.append(ev)
    return out


# "UBND TP Hà Nội cho Công ty X thuê 9.846 m² đất ...": the body, its subject, lets the firm lease state land
_LETS = re.compile(r"\s+(?:(?:đã|vừa|chính thức|đồng ý|quyết định)\s+)*cho(?:\s+phép)?\s+$")
_LEASED_LAND = re.compile(
    r"\s*thuê(?:\s+(?:lại|thêm|gần|hơn|khoảng))*\s+\d[\d.,]*\s*(?:ha|m²|m2|hecta)(?!\w)"
)


_FROM_GRANTOR = re.compile(
    r"(?<!\w)(?:nhận|nhận được)\s[^.;]{0,60}?\btừ\s+(?:(?:Phó\s+)?Chủ tịch|lãnh đạo|đại diện)?\s*$"
)
# "Quyết định số 2041/QĐ-UBND ngày 9/10/2025 của UBND tỉnh X cho Công ty Y thuê 3,4 ha": the body leases
_DECISION_OF = re.compile(rf"(?<!\w)Quyết định{IN_SENTENCE}{{0,80}}?\bcủa\s+$")
_FOR_LEASE = re.compile(r"\bcho(?:\s+phép)?\s+$")


_DOCUMENT = r"(?:[Gg]iấy|[Qq]uyết định|[Tt]hỏa thuận|[Tt]hoả thuận|[Vv]ăn bản)"
_AND_FOR = re.compile(
    rf"{IN_SENTENCE}{{0,80}}?(?:,|\bvà)\s+(?:{_DOCUMENT}[^,;.()]{{0,50}}?\s)?cho\s+$|{CAPITAL_THEN_AND}$"
)  # or "cho A, vốn X, và B", "cho A (...) và Giấy chứng nhận đầu tư cho B"


def _more_recipients(
    text: str, ms: list[PartyMention], objects: list[PartyMention], e: int
) -> list[PartyMention]:
    """Firms given the same licence further on: '... cho A với vốn X và cho B với vốn Y' -> [B]."""
    if not objects:
        return []
    out: list[PartyMention] = []
    last = objects[-1]
    for m in ms:
        if m.start <= last.end or m.end > e or m.type != "firm":
            continue
        if _AND_FOR.fullmatch(text, last.end, m.start):
            out.append(m)
            last = m
    return out


_TOTAL_AFTER = re.compile(r"\s*(?:tổng cộng|tổng số|lũy kế|luỹ kế)(?!\w)")
_OPENINGS = ("inauguration", "groundbreaking")
_OWNED = ("investment_licence", "inauguration", "groundbreaking")
_CAPITAL_NEXT = re.compile(
    rf"\s*(?:[Nn]hà máy|[Dd]ự án|[Cc]ông trình)\b{IN_SENTENCE}{{0,40}}?(?:vốn đầu tư|tổng vốn|vốn)\b"
)


def _capital_next(text: str, prev_end: int, s: int, e: int) -> bool:
    """The sentence (or ';'-clause: "...; dự án có tổng vốn N") at `s` follows the one ending at `prev_end`
    and states the plant's capital."""
    return not text[prev_end:s].strip(" .;\n") and bool(_CAPITAL_NEXT.match(text, s, e))


# "Cảng X đã ký hợp đồng với hãng tàu Y?": a claim asked, not stated (but "Vì sao X đầu tư ...?" presumes it)
_ASKED = re.compile(r"\?\s*$")
_WHY = re.compile(
    r"(?<!\w)(?:vì sao|tại sao|vì đâu|như thế nào|ra sao|thế nào|bao nhiêu)(?!\w)", re.IGNORECASE
)


def unstated(text: str, s: int, e: int) -> bool:
    """The sentence `text[s:e]` states no deal event: it says a licence or project was withdrawn ("đã bị thu
    hồi giấy chứng nhận đầu tư"), a deal denied ("Tin đồn ... là không có cơ sở") or called off, or it asks
    whether one happened ("A đã ký hợp đồng với B?"). The deal rules, the event rules and the model's review
    ask about the same sentences of one text (~3% of tag_text when asked three times): remembered."""
    return _unstated(text, s, e)


@last_text_memo
def _unstated(text: str, s: int, e: int) -> bool:
    if _rx()["revoked"].search(text, s, e):
        return True
    return bool(_ASKED.search(text, s, e)) and not _WHY.search(text, s, e)


# ", doanh nghiệp do Y rót vốn," after a firm: what the firm is, not what it does (also "X, nhà làm vải đặt
# trụ sở ở Singapore, sẽ bỏ ...", "X, hãng ... Nhật Bản, ...")
DESCRIPTION = re.compile(
    r",\s*(?:là\s+)?(?:một\s+(?:trong\s+(?:những|các)\s+)?)?"  # "X, một trong những hãng ..., đổ vào"
    r"(?:doanh nghiệp|đơn vị|công ty con|thành viên|liên doanh"
    r"|nhà (?:làm|sản xuất|cung cấp|cung ứng)|hãng)\s[^,;.]{1,90},"
)


def _descriptions(text: str, ms: list[PartyMention]) -> list[tuple[int, int]]:
    """Spans of the descriptions set off by commas right after a firm's name ("Công ty X, doanh nghiệp do
    Y rót vốn, động thổ ..."): a verb inside one tells what the firm is, not an event of the sentence."""
    out = []
    for m in ms:
        if m.type == "firm" and (d := DESCRIPTION.match(text, m.end)) is not None:
            out.append((d.start(), d.end()))
    return out


def _bracketed(text: str, start: int) -> bool:
    """A verb in a bracket right after a firm's name says who the firm is ('Công ty X (đầu tư bởi Y) động thổ
    ...'), not an event of the sentence: its opening bracket is the nearest one before it, within 60
    characters, after a name (a capitalised word)."""
    opening = text.rfind("(", max(0, start - 60), start)
    return (
        opening > 1
        and text.find(")", opening, start) < 0
        and text[opening - 2 : opening - 1].isalnum()
        and _first_letter_before(text, opening - 1).isupper()
        and text.find(")", start) >= 0
    )


def _first_letter_before(text: str, end: int) -> str:
    """The first character of the last word of `text[:end]` (found without copying that prefix)."""
    first = text.rfind(" ", 0, end) + 1
    return text[first : first + 1] if first < end else ""


def in_brackets(text: str, start: int) -> bool:
    """A name inside an apposition in brackets ('Công ty X (thành viên Tập đoàn Y) và ...'): not a party."""
    opened = text.rfind("(", max(0, start - 60), start)
    return (
        opened >= 0
        and text.rfind(")", opened, start) < 0
        and not text[opened + 1 : start].isspace()
        and opened + 1 < start
    )


# "Tỉnh X mong muốn Tập đoàn Y mở rộng đầu tư": a wish, not an event
_WISH = re.compile(r"(?:mong muốn|mong|đề nghị|kêu gọi|mời|đề xuất)\s+$", re.IGNORECASE)
# "Tập đoàn Y muốn đầu tư ...": between an investor and its verb, a wish, not an investment; so is a pledge
# to go on ("Y cam kết sẽ tiếp tục mở rộng đầu tư": no new project; "Y cam kết tăng vốn thêm N" is one)
# "nếu doanh nghiệp X quyết định đầu tư": a condition, no investment
IF_BEFORE = re.compile(r"(?<!\w)[Nn]ếu\s+(?:\w+\s+){0,2}$")
_WANTS = re.compile(r"(?<!\w)(?:mong muốn|muốn|có ý định|ngỏ ý|cam kết (?:sẽ )?tiếp tục)(?!\w)")
# "Một là, dự án ... của Công ty X, vốn N": an item of a list of projects with no verb of its own
_ITEM_START = re.compile(
    r"\s*(?:[Mm]ột là|[Hh]ai là|[Bb]a là|[Bb]ốn là|[Nn]ăm là|[Ss]áu là"
    r"|[Tt]hứ nhất|[Tt]hứ hai|[Tt]hứ ba|[Tt]hứ tư|[Tt]hứ năm)\s*,?\s*"
    r"(?:là\s+)?(?:dự án|Dự án|nhà máy|Nhà máy)"
)
_BY_BEFORE = re.compile(r"(?<!\w)(?:do|(?:đã|vừa)\s+được)\s+$")  # "do X cấp", "đã được X trao"
# "Giấy chứng nhận đăng ký đầu tư cho dự án ... của X đã được UBND tỉnh Y trao hôm 16/10": the certificate
# told first, handed over in the same clause (not "được cấp từ 5/7/2017", a certificate held for years)
_CERTIFICATE_GIVEN = re.compile(
    r"[^.;\n]{0,160}?\s(?:đã|vừa)\s+được\s+(?:[^.;\n]{0,80}?\s)?(?:trao|cấp)(?!\w)(?!\s+từ\s)"
)
_GRANTS_AFTER = re.compile(r"\s+(?:trực tiếp\s+)?(?:trao|cấp)(?!\w)")


def _granted_by_after(text: str, ge: int, ms: list[PartyMention], starts: list[int]) -> list[PartyMention]:
    """The government body a licence is "do X trao" or "do X cấp" by, after the licence's verb (ending at
    `ge`) in the same sentence; [] when none."""
    stop = _SENTENCE_STOP.search(text, ge)
    end = stop.start() if stop else len(text)
    for m in ms[bisect.bisect_left(starts, ge) :]:
        if m.start >= end:
            break
        if (
            m.type == "government"
            and _BY_BEFORE.search(text, max(ge, m.start - 12), m.start)
            and _GRANTS_AFTER.match(text, m.end)
        ):
            return [m]
    return []


_INVESTOR_NAMED = re.compile(r"(?<!\w)[Cc]hủ đầu tư(?: là)?\s+$")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)|\n")
_PASSIVE_BEFORE = re.compile(r"(?<!\w)được\s+(?:chính thức\s+)?$")


def _investor_told_after(
    text: str,
    s: int,
    e: int,
    ms: list[PartyMention],
    starts: list[int],
    triggers: list[tuple[int, int, str]],
    trigger_starts: list[int],
) -> tuple[str, int, PartyMention, int] | None:
    """A clause [s, e) naming no party whose plant "được động thổ" or "được khánh thành", its investor named
    later in the sentence ("...; chủ đầu tư (là) CTCP Y ..."): (kind, the verb's end, Y, the sentence's end),
    else None."""
    ta, tb = bisect.bisect_left(trigger_starts, s), bisect.bisect_left(trigger_starts, e)
    verb = next(
        (
            t
            for t in triggers[ta:tb]
            if t[2] in ("groundbreaking", "inauguration")
            and t[1] <= e
            and _PASSIVE_BEFORE.search(text, max(s, t[0] - 20), t[0])
        ),
        None,
    )
    if verb is None:
        return None
    stop = _SENTENCE_STOP.search(text, e)
    end = stop.start() if stop else len(text)
    owner = next(
        (
            m
            for m in ms[bisect.bisect_left(starts, e) :]
            if m.start < end
            and m.type == "firm"
            and _INVESTOR_NAMED.search(text, max(e, m.start - 20), m.start)
        ),
        None,
    )
    return (verb[2], verb[1], owner, end) if owner is not None else None


# "Dự án nhà máy ... của X đã được cấp phép", "Nhà máy ... của X đi vào hoạt động": the project's owner
# (a figure's "." or "," is no clause's end: "nhà máy 4.500 tấn/năm của X")
_PROJECT_OF = re.compile(r"(?:[Dd]ự án|[Nn]hà máy)(?:[^,;.]|[.,](?=\d)){0,80}?\bcủa\s+(?:nhà đầu tư\s+)?$")
# an amount the capital rose from or to, not what was added (English copy: "from $40 million to $72 million")
_FROM_TO = re.compile(r"(?:từ|lên|(?<!\w)from|(?<!\w)to)\s+$", re.IGNORECASE)


def _full_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences without the ';' split: 'Nhà đầu tư: X; ...; vốn đầu tư Y' is one record."""
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+\s+|\n+", text):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(text)))
    return out


# the letter first, then the look-behind: re scans for the letter in C (`_common.word_start_alternation`)
_CONTRACT_BETWEEN = re.compile(rf"[Hh](?<!\w[Hh])ợp đồng(?={IN_SENTENCE}{{0,60}}?\sgiữa\s)")
# "Liên doanh giữa A và B được cấp ...": what was done to the venture (not "... được ký kết", its signing)
_JV_TOLD = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:đã\s+|vừa\s+|sẽ\s+)?được\s+(?!ký|kí|thành lập)")
_JV = re.compile(r"(?<!\w)liên doanh(?!\w)", re.IGNORECASE)
_SHARES = re.compile(r"(?<!\w)(?:cổ phần|cổ phiếu|phần vốn|vốn|công ty)(?!\w)", re.IGNORECASE)
_AGREED = re.compile(r"(?<!\w)(?:thỏa thuận|thoả thuận|hợp đồng|đơn hàng|ký)(?!\w)", re.IGNORECASE)
_SUPPLY_AFTER = re.compile(r"(?<!\w)(?:cung cấp|cung ứng|bán|gia công)(?!\w)")
_AT_CEREMONY = re.compile(r"(?<!\w)(?:[Tt]rong|[Tt]ại|[Bb]ên lề|[Nn]hân dịp)\s+(?:buổi\s+)?lễ\s+$")
# after an opening's verb, when it began: "đã chạy từ| năm 2007", "đi vào hoạt động| từ tháng 3/2025"
_SINCE_A_YEAR = re.compile(
    r"(?P<from>\s+từ)?\s+(?:năm\s+(?P<y>\d{4})|(?P<y2>\d{4})|tháng\s+(?P<m>\d{1,2})/(?P<y3>\d{4}))(?!\w)"
)


def _long_in_service(text: str, m: re.Match[str], published: str | None) -> bool:
    """The opening verb `m` dates the plant's start more than two months before the text was published: a
    plant long in service, not an opening now ("Nhà máy ... đã chạy từ năm 2007", "đi vào hoạt động từ tháng
    3/2025" in October 2025). "đưa vào sản xuất từ tháng 12/2023" in January 2024 is still news. Without a
    publication date, or without "từ" ("khánh thành năm 2024": when it opened), nothing is dropped."""
    since = _SINCE_A_YEAR.match(text, m.end())
    pub = re.match(r"\s*(\d{4})-(\d{2})", published or "")
    if since is None or pub is None or not (since.group("from") or m.group().endswith("từ")):
        return False
    year = int(since.group("y") or since.group("y2") or since.group("y3"))
    month = int(since.group("m") or 12)  # a year alone: its last month, the latest it can mean
    return (int(pub.group(1)) * 12 + int(pub.group(2))) - (year * 12 + month) > 2


_SINCE = re.compile(r"(?<!\w)(?:[Ss]au|[Tt]ừ|[Kk]ể từ)\s+(?:khi|ngày)\s+$")
_STARTED_WHEN = re.compile(
    r"(?:[Kk]hởi công|[Đđ]ộng thổ)\s+từ\s+(?:tháng|năm|ngày|quý|cuối|đầu|giữa)(?!\w)[^,;.]{0,30},"
)
# "được khởi công từ tháng 3", "Được khởi công từ ...", "đã khởi công từ ...": a groundbreaking told
_DONE_BEFORE = re.compile(r"(?<!\w)(?:[Đđ]ược|[Đđ]ã)\s+$")
_ALONGSIDE = re.compile(r"(?<!\w)(?:[Cc]ùng với|[Bb]ên cạnh)\s+việc\s+$")


def ground_as_time(text: str, start: int) -> bool:
    """The groundbreaking word at `start` tells a time or an occasion, not a groundbreaking of its sentence:
    "18 tháng sau khi khởi công, ...", "Khởi công từ tháng 10 năm ngoái, nhà máy ... nay đã có sản phẩm" (but
    "được khởi công từ tháng 3/2025", "đã khởi công từ ...": told as a groundbreaking, batches 12, 26, 67),
    "Cùng với việc động thổ tuyến đường ..., tỉnh X khánh thành ..." (the deal and event readers both ask)."""
    return bool(
        _SINCE.search(text, max(0, start - 12), start)
        or (_STARTED_WHEN.match(text, start) and not _DONE_BEFORE.search(text, max(0, start - 6), start))
        or _ALONGSIDE.search(text, max(0, start - 20), start)
    )


_BANK_NAME = re.compile(
    r"[A-Z][A-Za-z]*[Bb]ank\b|BIDV\b|Vietcombank|VietinBank|Agribank"
)  # party names lack forms
_LENDS = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?(?:(?:đã|vừa|sẽ|cũng|tiếp tục)\s+)*cho\s+")
_BOTH = re.compile(
    r"(?<!\w)(?:hai bên|cả hai bên|hai doanh nghiệp|hai công ty|hai tập đoàn|hai đơn vị)\s+"
    r"(?:(?:đã|sẽ|vừa|cũng|cùng|chính thức)\s+)*$",
    re.IGNORECASE,
)


def _lending(text: str, ms: list[PartyMention]) -> list[tuple[PartyMention, PartyMention]]:
    """'BIDV cho Công ty X vay 420 tỷ đồng': (lender, borrower)."""
    out = []
    for a, b in itertools.pairwise(ms):
        lends = a.type == "firm" and b.type == "firm" and _LENDS.fullmatch(text, a.end, b.start)
        if lends and re.match(r"\s+vay(?!\w)", text[b.end : b.end + 8]):
            out.append((a, b))
        elif (  # "B vừa được BIDV chi nhánh X cấp hạn mức tín dụng 120 tỷ đồng"
            a.type == "firm"
            and b.type == "firm"
            and (_BANK_NAME.match(b.name) or text.startswith("Ngân hàng", b.start))
            and PASSIVE_GAP.fullmatch(text, a.end, b.start)
            and CREDITED.match(text, b.end)
        ):
            out.append((b, a))
    return out


# "... nhà máy linh kiện của (nhà đầu tư) " right before the owner's name
_OWNER_TAIL = r"(?:[Dd]ự án|[Nn]hà máy)(?!\w)[^,;.]{0,80}?(?<!\w)của\s+(?:nhà đầu tư\s+)?$"
# an item of a list: after ':', ';', ',', 'gồm', 'là', 'có', 'và' ...
_ITEM_OF = re.compile(rf"(?:[:;,]|(?<!\w)(?:gồm|là|có|và))\s*(?:(?:các|một)\s+)?(?:dự án\s+)?{_OWNER_TAIL}")
# ... or at the start of its clause
_ITEM_HEAD = re.compile(rf"\s*(?:(?:các|một)\s+)?(?:dự án\s+)?{_OWNER_TAIL}")
_CAPITAL_AFTER = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?,?\s*(?:với\s+)?(?:tổng\s+)?(?:số\s+)?vốn(?:\s+đầu tư)?"
    r"(?:\s+(?:là|khoảng|hơn|gần|dự kiến|đăng ký))?\s*$"
)


# "Các dự án gồm:", "bao gồm:" opening a list of projects in the same sentence (no full stop since)
_LIST_LEAD = re.compile(
    r"(?:dự án|Dự án)[^.;:]{0,60}?(?:gồm|bao gồm)\s*:(?![^;]*?[.!?]\s+[A-ZĐ][^\s;]*\s+[a-zà-ỹđ])"
)


def _project_items(
    text: str, s: int, e: int, sms: list[PartyMention], money: list[Money]
) -> list[tuple[PartyMention, Money | None]]:
    """Projects listed with no verb: '... gồm: nhà máy X của Công ty A, vốn 120 triệu USD; ...', 'Dự án thứ
    nhất là nhà máy ... của B, vốn N', 'Trong số này có dự án ... của C, vốn N' -> (firm, capital)."""
    out = []
    prev = s
    for m in sms:
        if m.type != "firm":
            continue
        if text.find("của", prev, m.start) < 0:  # an item names its owner with "của" right before it
            prev = m.end
            continue
        item = _ITEM_OF.search(text, prev, m.start)
        if item is None and prev == s:  # the clause starts with the project: "; nhà máy ... của B, vốn N"
            item = _ITEM_HEAD.match(text, s, m.start)
        prev = m.end
        if item is None or item.end() != m.start:
            continue
        capital = next(
            (x for x in money if m.end < x.start < e and _CAPITAL_AFTER.fullmatch(text, m.end, x.start)), None
        )
        # "Các dự án gồm: nhà máy ... của nhà đầu tư X; ...": listed, capital or not
        if capital is not None or _LIST_LEAD.search(text, max(0, s - 300), m.start):
            out.append((m, capital))
    return out


def _both_sides(text: str, ms: list[PartyMention], floor: int, gs: int) -> list[PartyMention]:
    """'Đối tác của A ... là B, hai bên đã ký ...': the two firms named before the verb."""
    if not _BOTH.search(text, max(floor, gs - 40), gs):
        return []
    named: list[PartyMention] = []
    for m in ms:
        if floor <= m.start and m.end <= gs and m.type == "firm" and m.name not in {x.name for x in named}:
            named.append(m)
    return named[-2:] if len(named) >= 2 else []


def _fronted_verb_subject(text: str, ms: list[PartyMention], ge: int, e: int) -> list[PartyMention]:
    """'Ký kết hợp tác chiến lược, A và B sẽ cùng ...': the chain of two or more parties after the comma."""
    comma = re.compile(r"[^,;.]{0,60},\s*").match(text, ge)
    if comma is None:
        return []
    i = _bisect_start(ms, comma.end())
    if i >= len(ms) or ms[i].start != comma.end():
        return []
    chain = _chain_forward(text, ms, i, e)
    return chain if len(chain) >= 2 else []


def _clause_subject_after(text: str, ms: list[PartyMention], end: int, e: int) -> list[PartyMention]:
    """'Sau lễ ký với A, B sẽ cung cấp ...': B, the subject of the clause after the counterpart."""
    m = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?,\s*").match(text, end)
    if m is None:
        return []
    i = _bisect_start(ms, m.end())
    if i >= len(ms) or ms[i].start != m.end() or ms[i].type != "firm":
        return []
    return (
        [ms[i]]
        if re.match(r"\s*(?:\([^()]{1,80}\)\s*)?(?:sẽ|đã|vừa|cam kết|dự kiến)\s", text[ms[i].end :])
        else []
    )


def _owner_after(text: str, ms: list[PartyMention], end: int, e: int) -> PartyMention | None:
    """'thâu tóm Công ty Y của Tập đoàn X': X, named after the company bought."""
    m = re.compile(r"\s*(?:\([^()]{1,80}\)\s*)?của\s+").match(text, end)
    if m is None:
        return None
    i = _bisect_start(ms, m.end())
    return (
        ms[i] if i < len(ms) and ms[i].start == m.end() and ms[i].end <= e and ms[i].type == "firm" else None
    )


def _anaphora(text: str, ms: list[PartyMention], floor: int, gs: int) -> list[PartyMention]:
    """'Chủ tịch Tập đoàn X ... cho biết tập đoàn sẽ đầu tư ...': the one firm named before the verb."""
    m = _rx()["anaphora"].search(text, max(floor, gs - 60), gs)
    if m is None:
        return []
    named = [x for x in ms if floor <= x.start and x.end <= m.start() and x.type == "firm"]
    return named[-1:] if len({x.name for x in named}) == 1 else []


def _labelled_investors(text: str, ms: list[PartyMention], s: int, e: int) -> list[PartyMention]:
    """'Nhà đầu tư: Công ty X; ...': the firm right after an investor label."""
    out = []
    for m in _rx()["investor_label"].finditer(text, s, e):
        out += [x for x in ms if x.start == m.end() and x.type == "firm"]
    return out


def _is_item(text: str, s: int, e: int, sms: list[PartyMention]) -> bool:
    """An item of a list of projects: it starts with an item marker or names an investor."""
    return bool(_rx()["items"].match(text, s) or re.search(r"(?:làm|là)\s+chủ\s+đầu\s+tư", text[s:e]))


# the paper an item of a ceremony's list names before its investor: a memorandum, or a licence
_ITEM_PAPER = re.compile(
    r"(?<!\w)(?:(biên bản ghi nhớ|bản ghi nhớ|thỏa thuận|MoU|MOU)|quyết định chủ trương|chủ trương đầu tư"
    rf"|giấy chứng nhận)(?!\w){IN_SENTENCE}*$"
)


def _list_items(
    build: _Builder,
    text: str,
    s: int,
    e: int,
    after: int,
    sms: list[PartyMention],
    listing: dict,
    decision_ends: list[int],
) -> None:
    """One event per firm named in text[after:e], each with the amount between it and the next firm."""
    firms = [m for m in sms if m.type == "firm" and m.start >= after]
    grantor_names = {g.name for g in listing["grantors"]}
    for i, f in enumerate(firms):
        nxt = firms[i + 1].start if i + 1 < len(firms) else e
        item_start = firms[i - 1].end if i else after
        k = bisect.bisect_left(build.money_starts, item_start)
        near = []
        for x in build.money[k:]:
            if x.start >= nxt:
                break
            near.append(x)
        amount = next((x for x in near if x.start >= f.end), None) or next(
            (x for x in near if x.start < f.start), None
        )
        # "Trong đó có quyết định chủ trương cho A ..., và biên bản ghi nhớ với B ...": each its own paper
        kind, status = listing["kind"], listing["status"]
        paper = _ITEM_PAPER.search(text, item_start, f.start) if kind == "investment_licence" else None
        if paper is not None:
            memo = paper.group(1) is not None
            kind, status = ("mou", "signed") if memo else ("investment_licence", "licensed")
        parties = [(g, "grantor" if kind == "investment_licence" else None) for g in listing["grantors"]]
        parties.append((f, "investor"))
        if f.name in grantor_names:
            continue
        build.add(
            kind,
            parties,
            s,
            e,
            ge=f.end,
            status=status,
            amount=amount,
            decision_ends=decision_ends,
            province=listing.get("province"),
        )


_STRONG = ("investment_licence", "groundbreaking", "inauguration", "mou", "joint_venture", "supply_contract")


def one_per_kind_and_parties(events: list[DealEvent]) -> list[DealEvent]:
    """One event per kind and set of parties; an announcement already told as a licence, groundbreaking,
    opening or agreement of the same firms (same or no amount) is not a second event."""
    kept: dict[tuple[str, frozenset[str]], DealEvent] = {}
    for ev in events:
        key = (ev.kind, frozenset(p.name for p in ev.parties))
        if key in kept:
            old = kept[key]
            fill = {
                k: getattr(ev, k)
                for k in ("amount", "currency", "province", "date")
                if getattr(old, k) is None and getattr(ev, k) is not None
            }
            if fill.get("amount") is not None and old.currency is None:
                fill["currency"] = ev.currency
            if fill:
                kept[key] = old.model_copy(update=fill)
            continue
        kept[key] = ev
    out = []
    for ev in kept.values():
        names = {p.name for p in ev.parties}
        if any(  # "Biên bản ghi nhớ giữa A với B được ký": the passive 'được ký' names B again, alone
            other is not ev
            and other.kind == ev.kind
            and (other.start, other.end) == (ev.start, ev.end)
            and names < {p.name for p in other.parties}
            for other in kept.values()
        ):
            continue
        if ev.kind == "investment_announcement":
            firms = {p.name for p in ev.parties if p.type == "firm"}
            if any(
                other.kind in _STRONG
                and firms <= {p.name for p in other.parties}
                and (ev.amount is None or other.amount in (None, ev.amount))
                and not (  # "X hoàn thành nhà máy, sau đó tăng vốn thêm N": N was kept for the second verb
                    other.amount is None
                    and ev.amount is not None
                    and (other.start, other.end) == (ev.start, ev.end)
                )
                for other in kept.values()
            ):
                continue
        out.append(ev)
    return out
