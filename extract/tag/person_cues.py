"""Persons named outside the Vietnamese grammar of `extract.tag.persons` (honorific or role, then a name):
English copy and credit lines.

English copy writes Vietnamese names without accents, after an English role or around a speech verb:
- a role before the name: "Deputy Prime Minister Tran Minh Quan", "Minister of Industry and Trade Đỗ Thành
  Nam", "BSR general director Pham Van Tu", "Mr Nguyen Van An", "Dr. Kenji Ota";
- the role after it, in apposition: "Vo Thanh Long, head of the Hi-tech Park management board, said",
  "Kenji Ota, a Japan International Cooperation Agency official";
- a speech verb: "said Nguyen Van Suu, vice chairman of ...", "Le Thi Hoa told exhibitors";
- for Vietnamese names only, a relative clause ("Hoang Van Quy, who runs ...") or a role set off by a comma
  before the name ("its director, Tran Van Tuan, still ..."; "its owner, Rusviet Offshore" is a firm).
A Vietnamese name is a known surname then known given-name syllables (extract/data/persons.json, compared
accent-free); a foreign name ("Sato Hiroshi") is taken only after a role or honorific, or in apposition to
one. A name is the tail of its run of capitalised words, so "Ho Chi Minh City" and "Nguyen Van Linh Street"
are no person.

Credit lines name the reporter or photographer: "Ảnh: Hoàng Lộc", "(Ảnh: Minh Tâm/TTXVN)", "Photo by
VnExpress/Minh Duc", "VNS Photo Thu Trang", "Translated by Le Thu Ha", a by-line "By Minh Tue", and a line
that holds only a name ("Hải Yến", "HOÀI THU", "Thu Hà (tổng hợp) - 14/06/2025"): there two or three name
syllables do, surname or not, and never a province or a district. A paper's "Bài viết mới nhất từ Hải Yến"
names its writer; a patent's "(72) Người sáng chế: ..." and the lines under a patent page's "Inventor" (Latin
names, or two to four Chinese characters) its inventors."""

from __future__ import annotations

import bisect
import functools
import re

from extract.normalize import fold
from extract.tag._common import UPPER, load, trie_alternation

# English roles, lower or title case, with their modifiers ("deputy general director", "Vice Chairman")
_MODIFIER = (
    r"(?:[Dd]eputy|[Vv]ice|[Ff]ormer|[Aa]cting|[Ss]enior|[Gg]eneral|[Mm]anaging|[Ee]xecutive|[Pp]arty)"
)
_ROLE = (
    r"(?:[Pp]rime [Mm]inister|PM|[Mm]inister|[Pp]resident|[Cc]hairman|[Cc]hairwoman|[Cc]hair|[Aa]mbassador"
    r"|[Gg]overnor|[Ss]ecretary|[Dd]irector(?:[- ][Gg]eneral)?|CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?"
    r"|[Cc]hief|[Hh]ead|[Ss]pokes(?:man|woman|person)|[Cc]onsul [Gg]eneral|[Oo]fficial|[Ee]conomist"
    r"|[Aa]nalyst|[Ff]ounder|[Cc]o-founder|[Mm]anager|[Rr]epresentative|[Cc]ommissioner|[Mm]ayor|[Oo]wner"
    r"|[Pp]lanner|[Ee]ngineer|[Pp]rofessor|[Rr]esearcher|[Ee]ditor"
    # military ranks ("Senior Colonel Ngo Van Hai", "Lieutenant General X", "Major General X")
    r"|[Cc]olonel|[Ll]ieutenant(?:[- ](?:[Gg]eneral|[Cc]olonel))?|[Mm]ajor[- ][Gg]eneral)"
)
# a role's word anywhere (found once per text): only a name within 80 characters after one asks
# `_ROLE_BEFORE`; its first character tested first (most places fail there), then a trie of the words in
# either case of their first letter (half the CPU of the plain alternation on the benchmark's texts)
_ROLE_WORDS = [
    "Minister",
    "President",
    "Chair",
    "Ambassador",
    "Governor",
    "Secretary",
    "Director",
    "Chief",
    "Spokes",
    "Consul",
    "Official",
    "Economist",
    "Analyst",
    "Founder",
    "Co-founder",
    "Manager",
    "Representative",
    "Commissioner",
    "Mayor",
    "Owner",
    "Planner",
    "Engineer",
    "Professor",
    "Researcher",
    "Editor",
    "Colonel",
    "Lieutenant",
]
_ROLE_WORD = re.compile(
    r"(?=[MmPpCcAaGgSsDdHhOoEeFfRrLl])(?:(?:PM|[Hh]ead)\b|CEO|[Mm]ajor[- ][Gg]en|"
    + trie_alternation({w for word in _ROLE_WORDS for w in (word, word[0].lower() + word[1:])})
    + ")"
)
# any cue of this module in a text: most Vietnamese texts have none, and are read no further
_ANY_CUE = re.compile(
    rf"{_ROLE_WORD.pattern}|(?=[MDPstaenrb])(?<!\w)(?:Mr|Mrs|Ms|Dr|Madam|Prof|said|says|told|added|noted"
    r"|stressed|explained|remarked|according to|by)\b"
)
# a piece of every word `_ANY_CUE` matches ("inister" of "Minister" and "minister"), looked for with `in`
# first: a text holding none of them holds no cue, and most Vietnamese texts hold none; `in` scans a text in
# C for a whole string, the pattern tries its alternation at every "c", "h", "m" ... (a third of its cost)
_CUE_PIECES = (
    *("inister", "PM", "resident", "hair", "mbassador", "overnor", "ecretary", "irector", "CEO", "hief"),
    *("ead", "pokes", "onsul", "fficial", "conomist", "nalyst", "ounder", "anager", "epresentative"),
    *("ommissioner", "ayor", "Mr", "Ms", "Dr", "Madam", "Prof", "said", "says", "told", "added", "noted"),
    *("olonel", "ieutenant", "ajor", "wner", "lanner", "ngineer", "rofessor", "esearcher", "ditor"),
    *("stressed", "explained", "remarked", "according to", "by"),
)
# ("its director, Tran Van Tuan, still hopes ...": the role set off before a Vietnamese name by a comma)
_ROLE_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_MODIFIER}[ -])*{_ROLE}(?: of (?:the )?[A-Z][\w'-]*(?: (?:and|of|for) [A-Z][\w'-]*"
    r"| [A-Z][\w'-]*){0,5})?,? $"
)
_HONORIFIC_BEFORE = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Dr|Madam|Prof)\.? $")
# ("Le Huu Khang, co-founder and CEO of X, ...", "Kenta Mori, production planner at X, ...": two roles, or a
# trade's word before the role)
_APPOSED_ROLE_AFTER = re.compile(  # (a caption's place of the person first: "X (front, left), CEO of Y")
    r"(?: \((?:(?:(?:front|back|second|third|first)(?:,? | from ))?(?:left|right)"
    r"|front|back|cent(?:re|er)|middle)\))?"
    rf", (?:(?:a|an|the|its|their|his|her) )?(?:[A-Z][\w'&-]*(?: [A-Z][\w'&-]*){{0,5}} )?(?:{_MODIFIER}[ -])*"
    rf"(?:{_ROLE} and (?:{_MODIFIER}[ -])*|[a-z]+ (?=(?:{_MODIFIER}[ -])*{_ROLE} (?:of|at) ))?{_ROLE}(?!\w)"
)
_SPEECH_AFTER = re.compile(r",? (?:said|says|told|added|noted|stressed|explained|remarked)(?!\w)")
# "Hoang Van Quy, who runs a machine distributor's branch, says ...": a relative clause of a person ("which"
# is a firm's)
_WHO_AFTER = re.compile(r", who(?!\w)")
_SPEECH_AFTER_APPOSITION = re.compile(
    r"[^,;.()]{0,70}, (?:said|says|told|added|noted|stressed|explained|remarked)(?!\w)"
)
# "Tran Minh Duc of Hepza told reporters", "X of the Leather Association said": where the speaker works
_OF_BODY_SPEECH = re.compile(
    r" of (?:the )?[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,6},? (?:said|says|told|added|noted)(?!\w)"
)
_SPEECH_BEFORE = re.compile(r"(?<!\w)(?:said|says|told|according to|by)\s+$")
_SAID_BEFORE = re.compile(r"(?<!\w)(?:said|says)\s+$")
_CAPITALISED = re.compile(rf"[{UPPER}][a-zà-ỹđ]*(?:-[A-Za-zà-ỹđ]+)?")  # "Joon-ho"; not "JETRO"
_RUN = re.compile(rf"(?<![\w'-])[{UPPER}][\w'-]*(?: [{UPPER}][\w'-]*)*")

_CREDIT = re.compile(  # its first character tested first: most places fail there
    r"(?=[ẢPITWREBĐVSAT\nbả(N])"
    r"(?:(?<![\w-])(?:Ảnh|ẢNH|Photo|Photos|PHOTO|Image|Ảnh minh họa|(?<=\()ảnh)\s*:\s*"  # "(ảnh: X)"
    r"(?:[A-ZĐ][A-Za-z.]{1,12}/)?"  # "Ảnh: VGP/X"
    # "Photo by VnExpress/Minh Duc", "Photo by The Investor/Minh Chau"
    r"|(?<![\w-])(?:Photo|Photos) by (?:[A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}/)?"
    r"|(?<=[A-Z] )Photo "  # "VNS Photo Thu Trang"
    r"|(?P<wire>(?<![\w-])(?:Translated|Written|Reported|Reporting|Edited|Editing) by "
    r"|(?:^|\n)[Bb]y "
    # "Writer: Jonas Richter", "Signer: Tran Quang Vinh": English labels, foreign names allowed as for wires
    r"|(?:^|\n)(?:Writer|Author|Signer|Reporter)\s*:\s*)"
    # "bởi Minh Ngọc 27 Tháng 6, 2025", "Đăng bởi: Lê Tuấn | 12/05/2025", "Thực hiện: Hồng Nhung - Minh Tuấn"
    r"|(?:^|\n)(?:Đăng |Viết )?[Bb]ởi:? "
    r"|(?:^|\n)(?:Thực hiện|Tác giả)\s*:\s*"
    # "Bài viết mới nhất từ Hải Yến": a paper's widget naming the writer; "(72) Người sáng chế: Lưu Kiến
    # Quân": a patent's inventor
    r"|(?:^|\n)Bài viết mới nhất (?:từ|của) "
    r"|(?:^|\n)(?:\(72\)\s*)?(?:Người sáng chế|Tác giả sáng chế)\s*:\s*"
    r")"
)
# a patent page's inventors, one a line after "Inventor", up to the next field ("Current Assignee", ...)
_INVENTORS = re.compile(r"(?m)^Inventors?\n((?:[^\n]{2,40}\n){1,8})")
_PATENT_FIELD = re.compile(r"(?:Current|Original) Assignee|Priority|Application|Worldwide|Events|Info")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z]+)?(?: (?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Za-z]+)?)){1,3}")
_DIGIT_AFTER = re.compile(r" \d")
_WIDE_GAP = re.compile(r"[ \t]{2,}|\t")
_CREDIT_END = re.compile(r"\s*(?:$|\n|[/)\],;.|]| [-–] )")
_NAME_LINE = re.compile(
    rf"(?m)^(?:[{UPPER}][a-zà-ỹđ]+|[{UPPER}]+)(?: (?:[{UPPER}][a-zà-ỹđ]+|[{UPPER}]+)){{1,2}}"
    # "Thu Hà (tổng hợp) - 14/06/2025", "Hoàng Lâm, Báo Mới Online, 03/03/2022", "MINH TÂM 18/07/2023 09:10",
    # "THẢO NGUYÊN 06:12, 21/11/2023": the name, then the date or the time
    r"(?:(?= \(tổng hợp\)| [-–] \d{1,2}/\d{1,2}/\d{4}|, [^,\n]{2,40}, \d{1,2}/\d{1,2}/\d{4}$"
    r"| \d{1,2}/\d{1,2}/\d{4}(?: \d{1,2}:\d{2})?$| \d{1,2}:\d{2},? \d{1,2}/\d{1,2}/\d{4}$"
    r"| [-–] \d{1,2}:\d{2},? \d{1,2}/\d{1,2}/\d{4}$"  # "Hải Đăng - 09:12, 18/05/2023"
    # "Minh Châu Thứ Năm | 21/09/2023 09:12", "Minh Khang Thứ ba, ngày 16/09/2025": the weekday, then the date
    r"| (?:[Tt]hứ (?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy)|[Cc]hủ [Nn]hật)(?:,| \|) (?:ngày )?"
    r"\d{1,2}/\d{1,2}/\d{4}"
    rf"| / [{UPPER}][\w.+]{{1,15}}$| \|$"  # "Khánh Trân / VIR", "Thu Trang |": the paper, a bar
    r"| \((?:Vietnam\+|TTXVN|VNA|VOV|TTXVN/Vietnam\+)\)$)|$)"  # "Minh Khôi (Vietnam+)": the agency
)
# a line of two writers ("Thu Hằng - Hữu Phước", "Hoài Thương, Minh Đức"; no digits: "Biên Hòa, ngày 27 ..."
# is none), and "Theo Minh Khôi / VIR" (a writer and the paper)
_TWO_NAMES_LINE = re.compile(r"(?m)^([^\W\d_][^\n/–,\d-]{2,25}?)(?: [-–]|,) ([^\W\d_][^\n/–,\d-]{2,25}?)$")
# ... or "Theo MINH KHA (TN)" (the paper in brackets)
_THEO_WRITER = re.compile(r"(?m)^Theo ([^\W\d_][^\n/()]{2,25}?) ?(?:/ ?[A-Z][\w.]*|\([A-ZĐ][\w.]{0,12}\))$")
# an English by-line's date after the name: "Tom Whitfield April 2, 2022", "by Kate Moreland Jul 9, 2024"
_ENGLISH_DATE_AFTER = re.compile(
    r" (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}$", re.MULTILINE
)
# a line's credit in brackets at its end: two writers ("(Hoàng Lâm - Đức Minh)"), or a photographer and a
# licence or agency ("(Nguyen Duc/CC BY-SA 4.0)")
_BRACKET_CREDIT = re.compile(r"(?m)\(([^()\n/–-]{3,30})(?: [-–] ([^()\n/–-]{3,30})|/[^()\n]{1,30})\)[ \t]*$")


@functools.cache
def _word_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Title-case words of bodies, firms and places that are never a foreign person's name ("Authority",
    "Vietnam"); accent-free headings whose words are also name syllables ("QUYẾT ĐỊNH", "PHÓ CHỦ TỊCH")."""
    data = load("persons.json")
    return frozenset(data["english_not_name_words"]), frozenset(data["name_line_headings"])


@functools.cache
def foreign_surnames() -> frozenset[str]:
    """Foreign surnames that stand alone for a person ("Giám đốc Tanaka", "ông Suzuki"): persons.json."""
    return frozenset(load("persons.json")["foreign_surnames"])


@functools.cache
def _syllables() -> tuple[frozenset[str], frozenset[str]]:
    """Accent-free surnames, and every name syllable (given, middle and surnames)."""
    data = load("persons.json")
    surnames = frozenset(fold(s) for s in data["surnames"])
    given = frozenset(fold(s) for s in [*data["given_syllables"], *data["middle_names"]]) | surnames
    return surnames, given


def name_syllables() -> frozenset[str]:
    """Every Vietnamese name syllable known (surnames, middle and given names), accent-free."""
    return _syllables()[1]


def is_surname(word: str) -> bool:
    """A known Vietnamese surname, with or without accents, in any case ("Nguyen", "NGUYỄN")."""
    return fold(word) in _syllables()[0]


def vietnamese_name(words: list[str]) -> bool:
    """Two to four words, a known surname then known name syllables, with or without accents: "Nguyen Huu
    Tam", "Đỗ Thành Nam"; not "Ho Chi Minh City" (City is no syllable) nor "Phuc Thinh" (no surname)."""
    given = _syllables()[1]
    return 2 <= len(words) <= 4 and is_surname(words[0]) and all(fold(w) in given for w in words[1:])


@functools.cache
def _accented_syllables() -> tuple[frozenset[str], frozenset[str]]:
    data = load("persons.json")
    surnames = frozenset(data["surnames"])
    return surnames, frozenset([*data["given_syllables"], *data["middle_names"], *surnames])


def _accented_name(words: list[str]) -> bool:
    """A Vietnamese name written with its accents, in any case: a surname then name syllables compared with
    their accents ("PHAN VĂN HẬU"; not "ĐỒ ÁN TỐT NGHIỆP" nor "CHỦ NGHĨA VIỆT NAM", whose accent-free forms
    would pass)."""
    surnames, syllables = _accented_syllables()
    titled = [w.capitalize() for w in words]
    return 3 <= len(words) <= 4 and titled[0] in surnames and all(w in syllables for w in titled[1:])


def _foreign_name(words: list[str]) -> bool:
    """Two or three title-case words ("Sato Hiroshi", "Park Joon-ho"), none a word of a body, firm or place:
    a foreign person after a sure cue."""
    not_names = _word_lists()[0]
    if len(words) == 3 and words[0] == "Park" and all(_KOREAN_SYLLABLE.fullmatch(w) for w in words[1:]):
        return True  # "Park Jae Hoon": the Korean surname, not a park's word, before two short syllables
    if len(words) == 2 and words[0] == "Park" and _KOREAN_GIVEN.fullmatch(words[1]):
        return True  # "Park Jin-woo": the surname before a hyphenated given name
    return 2 <= len(words) <= 3 and all(_CAPITALISED.fullmatch(w) and w not in not_names for w in words)


_KOREAN_SYLLABLE = re.compile(r"[A-Z][a-z]{1,4}")
_KOREAN_GIVEN = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,4}")


def english_persons(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, role) of each person that English copy names (module docstring)."""
    from extract.tag.places import tag_provinces

    out: list[tuple[int, int, str | None]] = []
    if not any(piece in text for piece in _CUE_PIECES) or not _ANY_CUE.search(text):
        return out
    role_ends = [r.end() for r in _ROLE_WORD.finditer(text)]
    for m in _RUN.finditer(text):
        if " " not in m.group():
            continue  # one word: no name of two
        words = m.group().split(" ")
        starts = [m.start()]
        for w in words[:-1]:
            starts.append(starts[-1] + len(w) + 1)
        end = m.end()
        for i in range(max(0, len(words) - 4), len(words) - 1):  # the longest tail first
            name = words[i:]
            vietnamese = vietnamese_name(name)
            if not vietnamese and not _foreign_name(name):
                continue  # the set lookups first: most runs are no name at all
            if vietnamese and tag_provinces(" ".join(name)):
                break  # "Local authorities in Hà Tĩnh said": a province
            head = text[m.start() : starts[i]]  # capitalised words before the name, in its run
            k = bisect.bisect_right(role_ends, starts[i])
            role_m = (  # a role's word in the 80 characters before: then where the role starts
                _ROLE_BEFORE.search(text, max(0, starts[i] - 80), starts[i])
                if k and role_ends[k - 1] > starts[i] - 80
                else None
            )
            role = role_m.group().strip() if role_m and role_m.start() >= m.start() - 60 else None
            comma_role = role is not None and role.endswith(",")  # "its director, Tran Van Tuan"
            role = role.rstrip(",") if role else role
            honorific = _HONORIFIC_BEFORE.search(text, max(0, starts[i] - 8), starts[i])
            if head and role is None and not honorific:
                continue  # "Tan Binh Precision Mould": the tail of a longer name
            after = text[end : end + 120]
            apposed = _APPOSED_ROLE_AFTER.match(after)

            def spoken(
                after: str = after, at: int = m.start(), apposed: re.Match[str] | None = apposed
            ) -> bool:  # asked last: its regexes cost most
                return bool(
                    _SPEECH_AFTER.match(after)
                    or _SPEECH_BEFORE.search(text, max(0, at - 14), at)
                    # "Kenji Morita, chief executive of Japan's X Holdings, told the paper": after the role
                    or (apposed and _SPEECH_AFTER_APPOSITION.match(after, apposed.end()))
                    or _OF_BODY_SPEECH.match(after)
                )

            if vietnamese:
                sure = role or honorific or apposed or _WHO_AFTER.match(after) or spoken()
            else:  # a foreign name: its role right before it ("Minister Sato ...", not "director of X Sato")
                own_role = (  # (never set off by a comma: "its owner, Rusviet Offshore" is a firm)
                    role_m is not None
                    and role is not None
                    and not comma_role
                    and (not head or role_m.start() >= m.start())
                )
                sure = (
                    own_role
                    or honorific
                    or (apposed and (spoken() or _opens(text, m.start())))
                    # '"...," said Mark Delaney, who ...': a quote's speaker, the name ending a clause
                    or (
                        not head
                        and _SAID_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
                        and text[end : end + 1] in (",", ".")
                    )
                )
            if sure:
                out.append((starts[i], end, role))
                break
    return out


def _opens(text: str, pos: int) -> bool:
    """`pos` opens a sentence or a line."""
    before = text[max(0, pos - 3) : pos]
    return pos == 0 or before.endswith(("\n", ". ", "? ", "! ", "\n ", "— ", "- "))


# a whole line of three or four capitalised words (a Vietnamese full name, read by `_accented_name`)
_WHOLE_NAME_LINE = re.compile(rf"(?m)^[{UPPER}][\w]*(?: [{UPPER}][\w]*){{2,3}}$")
_STARRED_AUTHOR = re.compile(rf"(?<![\w*])([{UPPER}]+(?: [{UPPER}]+){{1,3}}) \*{{1,4}}(?=\s|$)")
_STAMP = re.compile(r"[\d:/.,|() -]+(?:GMT[+-]?\d*)?")
# the heading of the page's other stories, after the article and its by-line: "Video khác", "Tin liên quan"
_MORE_STORIES = re.compile(r"(?:Video|Tin|Bài|Tin tức|Bài viết) (?:khác|liên quan|cùng chuyên mục):?")


def credited_persons(text: str) -> list[tuple[int, int]]:
    """Spans of the names that credit lines and by-lines give (module docstring)."""
    from extract.tag.places import tag_provinces

    _, given = _syllables()
    out: list[tuple[int, int]] = []

    def name_at(start: int, stop: int, foreign: bool = False, full: bool = False) -> None:
        """A name of two or three name syllables; with `foreign` (a wire's "Reporting by", an English
        by-line), any two or three title-case words that are no body's, firm's or place's words."""
        span = text[start:stop]
        words = span.split(" ")
        if (
            2 <= len(words) <= (4 if full else 3)
            and all(
                (w.istitle() or w.isupper())
                and (fold(w) in given or (foreign and w.isalpha() and w not in _word_lists()[0]))
                for w in words
            )
            and fold(span) not in _word_lists()[1]
            and not tag_provinces(span.title() if span.isupper() else span)
        ):
            out.append((start, stop))

    for m in _CREDIT.finditer(text):
        start = m.end()
        end = _CREDIT_END.search(text, start)
        stop = end.start() if end else len(text)
        dated = _ENGLISH_DATE_AFTER.search(text, start, stop + 40) if m.group("wire") else None
        if dated is not None and dated.start() < stop + 1:
            stop = dated.start()  # "by Kate Moreland Jul 9, 2024"
        if (digit := _DIGIT_AFTER.search(text, start, stop)) is not None:
            stop = digit.start()  # "bởi Minh Ngọc 27 Tháng 6, 2025": the date after the name
        if (wide := _WIDE_GAP.search(text, start, stop)) is not None:
            stop = wide.start()  # "By Minh Chau   June 14, 2017": a wide gap before the date
        if 0 < stop - start <= 40:
            name_at(start, stop, foreign=m.group("wire") is not None)
    if "Inventor" in text:
        for m in _INVENTORS.finditer(text):
            pos = m.start(1)
            for line in m.group(1).split("\n")[:-1]:
                if _PATENT_FIELD.match(line):
                    break
                if _CJK_NAME.fullmatch(line) or _LATIN_NAME.fullmatch(line):
                    out.append((pos, pos + len(line)))
                pos += len(line) + 1
    for m in _TWO_NAMES_LINE.finditer(text):
        name_at(m.start(1), m.end(1))
        name_at(m.start(2), m.end(2))
    if "Theo " in text:
        for m in _THEO_WRITER.finditer(text):
            name_at(m.start(1), m.end(1))
    for m in _ENGLISH_DATE_AFTER.finditer(text):  # "Tom Whitfield April 2, 2022" on a line of its own
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start : line_start + 3].lower().startswith("by "):
            name_at(line_start, m.start(), foreign=True)
    if ")" in text:
        for m in _BRACKET_CREDIT.finditer(text):
            name_at(m.start(1), m.end(1))
            if m.group(2):
                name_at(m.start(2), m.end(2))
    # the lines that hold words: a time stamp over the headline ("16:40 09/05/2023") is none of them
    split = text.split("\n")
    lines = [i for i, line in enumerate(split) if line.strip() and not _STAMP.fullmatch(line.strip())]
    if "khác" in text or "liên quan" in text:  # the page's list of other stories after the by-line
        lines = next(
            (lines[:k] for k, i in enumerate(lines) if _MORE_STORIES.fullmatch(split[i].strip())), lines
        )
    if "*" in text:  # a journal's authors in capitals, each starred: "TRẦN THU HÀ * LÊ MINH ĐỨC **"
        for m in _STARRED_AUTHOR.finditer(text):
            if _accented_name(m.group(1).split(" ")):
                name_at(m.start(1), m.end(1), full=True)
    for m in _WHOLE_NAME_LINE.finditer(text):  # "PHAN VĂN HẬU" alone on a thesis cover's line
        if _accented_name(m.group().split(" ")):
            name_at(m.start(), m.end(), full=True)
    for m in _NAME_LINE.finditer(text):
        line = text.count("\n", 0, m.start())
        # "Thu Hà (tổng hợp) - 14/06/2025", or a name over a line of its date and time ("08/04/2026, 10:12")
        after = text[m.end() : m.end() + 30].split("\n")
        dated = (m.end() < len(text) and text[m.end()] != "\n") or (
            len(after) > 1 and bool(after[1].strip()) and _STAMP.fullmatch(after[1].strip()) is not None
        )
        # under the headline (in title case: an all-caps line there is a heading), or signing off
        # (no line left when the page opens with its list of other stories: "Video khác" first)
        last, second = bool(lines) and line == lines[-1], len(lines) > 1 and line == lines[1]
        if dated or (len(lines) > 1 and (last or (second and not m.group().isupper()))):
            name_at(m.start(), m.end())
    return out
