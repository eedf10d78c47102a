# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 113 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: semiconductor assembly, packaging and testing (OSAT), chip design and
electronic-components plants in Vietnam and the local suppliers around them (investment licences, groundbreakings,
openings, supply and training agreements). Written and annotated for every field BEFORE any tagger was run on them,
without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "dự án OSAT
lắp ráp kiểm thử đóng gói bán dẫn cấp giấy chứng nhận đầu tư", S2 "Amkor Bắc Ninh nhà máy bán dẫn khánh thành", S3 "Hana
Micron Bắc Giang tăng vốn nhà máy đóng gói chip", S4 "khởi công nhà máy sản xuất chip bán dẫn", S5 "doanh nghiệp thiết kế
vi mạch Việt Nam khai trương trung tâm thiết kế chip", S6 "ký kết thỏa thuận hợp tác đào tạo nhân lực vi mạch bán dẫn
trường đại học doanh nghiệp", S7 "nhà máy linh kiện điện tử khu công nghiệp Vĩnh Phúc Phú Thọ cấp giấy chứng nhận đầu
tư", S8 "doanh nghiệp Việt cung ứng vật tư hóa chất khí công nghiệp cho nhà máy bán dẫn", S9 "Đà Nẵng dự án vi mạch bán
dẫn khu công nghệ cao trao quyết định chủ trương đầu tư", S10 "Khu công nghệ cao Hòa Lạc dự án bán dẫn nhận giấy chứng
nhận đăng ký đầu tư", S11 "nhà máy sản xuất tụ điện điện trở linh kiện thụ động Việt Nam vốn đầu tư", S12 "Thái Nguyên
nhà máy linh kiện điện tử FDI tăng vốn điều chỉnh 2024", S13 "biên bản ghi nhớ hợp tác bán dẫn doanh nghiệp Mỹ Việt Nam
ký kết", S14 "đóng gói chip tiên tiến nhà máy Bình Dương Đồng Nai triệu USD kiểm thử", S15 "doanh nghiệp cơ khí chính
xác trong nước trở thành nhà cung cấp cho tập đoàn bán dẫn", S16 "Intel Việt Nam khu công nghệ cao TP.HCM mở rộng nhà
máy lắp ráp kiểm định chip vốn", and in English S17 "Vietnam semiconductor assembly and test plant opens OSAT
investment", S18 "Vietnam chip design company investment certificate Hanoi Da Nang", S19 "semiconductor workforce
training agreement Vietnam university company signed", S20 "Vietnam electronic components factory groundbreaking
industrial park million USD". (Batch 94 had this theme with other searches; S6's first results overlap its S10's, and
none of its sentences was looked at while writing.) No sentence is taken or paraphrased from a page; the shapes are.
Firm and person names are invented (Tập đoàn Công nghệ Hồng Lam and its contractor Cơ điện Việt Thành, Daehan Semitech,
Sungwon Micron, Tổng công ty Vi mạch Thăng Long, Sao Khuê / Sao Khuê Semi, Corvane Systems, Haesung Precision, Trung tâm
Đào tạo Vi mạch Sông Thu, TSP Lab, Đào tạo Vi mạch Bình Minh, Kanzo Tech, Daejin Package, KSDA, NASMA, Helion Solar /
Helion Solar Cell / Helion Wafer, Kumsung Tech, Brightlens, Veltrix / Veltrix Products Việt Nam, Kanemori, Tohsei Seiko,
Daewon Electronics, Kestrel Design Automation, Lumicore Silicon, Ardent Microsystems, Sao Mai Group / Sao Mai University,
VMS Technology, Oregon Polytechnic University, Sunjin Glass, An Khanh Industrial, the schools Hải Vân, Hà Thành and the
banks Hanbit and Seorin, every official including the Party General Secretary, Prime Minister and Deputy Prime Ministers,
every author, photographer and byline, and every decision number except the real national ones cited by number: 57-NQ/TW,
50-NQ/TW, 1131/QĐ-TTg, 1018/QĐ-TTg of 21/9/2024, 136/2024/QH15); well-known names (Bộ Khoa học và Công nghệ, Bộ Quốc
phòng, JETRO, Thaco, Hòa Phát, Viettel Group, FPT IS, Agribank, PV Power, VIR, Nikkei, VNS, The Star) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 55 distinct pages: a business weekly's 2023 FDI feature came back
five times, a domestic group's test-and-packaging plant filled six slots in five outlets, a national-strategy explainer,
a PM-quote tag page, an unaccented stock-news tag, a Vĩnh Phúc thesis excerpt and a Thai wire round-up two or three
times each): 17 slots were tag, title, snippet and spam pages (a tag with a chip packager's second plant and its plan to
raise capital, a tag with a US equipment maker's planned joint plant, a government headline with a lead on a reception,
hi-tech-park tags with project totals, a JETRO quote snippet, a betting-domain title, keyword spam, a lathe-shop product
line, unaccented stock tags, a university news snippet); 10 were theses, document-store pages, a journal article, a
training centre's bullet newsletter, a strategy explainer and a supporting-industry feature (a Vĩnh Phúc thesis excerpt
with its table, a Phú Thọ doctoral cover with broken PDF diacritics, a Đà Nẵng master's summary cover, an OCR'd
Japanese-FDI document, a chip-production journal article, the 1018/QĐ-TTg explainer twice); 5 were the FDI feature; 30
were Vietnamese news and features (the domestic group's plant announced and broken ground, with a deputy minister's
words, its cited decisions, phases, chairman, attendees, a contractor's story and a news ticker; a Korean-US packager's
Bắc Ninh plant opened, its signing with the province two years before and a school site's caps repost; a Korean memory
packager's second plant in Bắc Giang told by four papers; the first chip fab broken ground at Hòa Lạc told by three; a
chip-design unit's interview; a ministry decision setting up a national chip centre; a tech-brand interview; three
training memoranda, a working session and a university-business forum; Thái Nguyên licences and FDI rankings; Đà Nẵng
calling for an investor in a lab a firm proposed, twice; a US chipmaker's work shift to its HCM City plant and its plant
expansion in China); 1 was a Russian page on the US-Vietnam memorandum (read for its shape, rendered here in
Vietnamese); 17 were English (a wire plan from a proposal document, a forum repost of a Nikkei opening story, a Thai paper
round-up twice, the VNS opening copy, a VNS chip-design certificate in Đà Nẵng, the city's policy page, an English
provincial paper, a business weekly's tags, a workforce-training agreement, an expo's speakers, a current-affairs page
on the memorandum, two groundbreakings of component plants, a provincial paper's FDI round-up, a cached top-up story).
About 24 of the 80 slots told a deal or an event with a named party (openings 6, announced plants and plans 6,
groundbreakings 4, licences 3, memoranda 4, a top-up), several of them the same story; no supply contract between a
local supplier and a chip plant came up in any first four (S8 and S15 returned strategy pages, tags, spam and a lathe
shop), so the batch has none.

Rows: 160 (hand-33201 to hand-33360); 34 carry a deal or an event (21%): 30 events (11 investment announcements, 8
inaugurations, 4 groundbreakings, 4 MoUs, 2 investment licences, 1 joint venture) and 32 `deals` entries (27 investment,
4 groundbreaking, 1 mou); 5 rows carry deals without an event (hand-33229 two recalled 2008 investments, 33256 a split
project-company line, 33302 round lines without a verb, 33326 a phase's amount, 33347 a recalled licence) and 6 an event
without a deal (33266, 33270, 33272 and 33325 openings without capital, 33287 a future school-board-firm memorandum,
33294 a school-association memorandum). 126 rows are negatives and other fields. By page kind: 17 rows of tag, title,
snippet and spam pages and a government headline (33201-33217, 2 with a deal or event), 17 of the newsletter, journal,
theses, OCR pages, strategy explainer and feature (33218-33234, 2), 5 of the FDI feature (33235-33239, 0), 77 of
Vietnamese news and features (33240-33316, 18) plus 5 more lines of them (33355-33358, 33360, 0), 2 of the Russian page
rendered in Vietnamese (33317-33318, 0), 37 English (33319-33354 and 33359, `english_copy`, 23%; 12 with a deal or
event). 10 rows are stored in NFD (hand-33233, 33238, 33241, 33260, 33270, 33287, 33292, 33298, 33314, 33355); 7 use old
tone placement (33208 "hoá chất", 33210 "Hoà Lạc", 33247 "thương mại hoá", 33253 "cụ thể hoá", 33265 "Tỉnh uỷ", 33303
"luỹ kế", 33357 "công nghiệp hoá"); 48 hold several lines (headlines and leads, tag lines, bylines and timestamps,
captions, bullet lists, covers, tables, tickers, related links, page chrome).

Own wording: the first draft was checked row by row against the sampled pages, and about 110 drafts that followed a
sampled sentence too closely (the same clause order or run of facts with names and figures swapped) were rewritten from
scratch in another order (object-first, amount-first, place-first, passive, attribution-first) and with other facts:
nearly every row of the domestic group's plant, the Bắc Ninh opening and signing, the Bắc Giang second plant, the fab
groundbreaking, the design interview, the centre decision, the training memoranda and forum, the Thái Nguyên licences and
rankings, the Đà Nẵng lab call, the US chipmaker's rows, the FDI feature and its links, the newsletter bullets, the
journal lead, the thesis lines and table, the OCR lines, the tag leads, and nearly every English row (the wire plan, the
repost's subheading and lead, the Thai round-up, the VNS copy, the Đà Nẵng certificate, policy items and caption, the
training agreement, its caption and alliance, the expo quotes, the seed funding, both groundbreakings, the business
tags, the provincial round-up and caption, the cached top-up). Dropped or replaced: a forum reply line (its shape only in
S20 r7), a caption credited "name/TTXVN" (S2 r6), a keyword-spam line with a betting prefix (S8 r6), an attendee line
naming a department head and a chairman's "as far as they make, we package" pledge (S14 r5-r7), and a "file drawn up on"
date in the Đà Nẵng lab row (S9 r6, r8). Nothing was used from ranks 5-8, among them: the Phú Thọ adjusted certificates
of a flex-board and a PCB maker (S7 r5-r6), a Vĩnh Phúc top-up and a supplier's capital history (S7 r8), Samsung's
Thái Nguyên top-up (S12 r5), a 2.5-billion-dollar memorandum with an optics group (S12 r7), the Nghệ An component plant
in French (S20 r6), the Vĩnh Phúc circuit-board groundbreaking with its earlier land-lease memorandum (S20 r7), a Đà Nẵng
MEMS investor (S20 r8), the NIC-Cadence and ministry-Intel memoranda (S13 r6, S19 r7), the training alliance's other
partners (S19 r5-r8) and the other outlets of the domestic plant (S14 r5-r7).

Conventions: exactly those of batches 10 and 12-112 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or capital increase is an investment deal and an `investment_licence` event "licensed", a
board or committee handing it a government party as written, a passive or grantor-less licence the firm alone, a board
whose name carries the province sites it there; an opening with its capital is an investment deal and an inauguration
"completed", without capital the event only; a held groundbreaking is a groundbreaking deal and event "started", dated
only with a day; a named firm's plan, commitment or plant it "establishes" that will run later is an announced
investment (batch 94), a plan to raise the total with only the new total an announced investment without amount (batch
112); recalled licences, plants and phase amounts, split project-company lines and round lines without a verb are deals
without events; a province-firm agreement on a project is the firm's investment deal and an `mou` event of the committee
and the firm; a firm-pair memorandum is an mou deal and event, a memorandum of a school with an association, a board or a
firm an mou event without a deal, a future signing "announced" and sited where it will be signed; proposals, calls for
investors, approvals without an investor, wishes, pledges, working sessions, visits, product launches, training
programmes and pledges, supplier visits, alliances, round totals, cumulative figures and statistics give no deal;
attendees and witnesses are no parties; a deal date needs a day; vague amounts are no amounts; "khoảng", "gần", "hơn",
"trên", "chừng", "vượt", "~", "nearly", "more than", "some", "minimum", "at least" are approximate, "tới" / "up to" not;
bracketed conversions are both money, the deal taking the one written first; money per ha and per year keep their unit;
capacities, outputs, durations, ordinals, fractions, phone numbers, page ranges, years and counts in words are no counts,
minimum counts are approximate, English counts keep their English noun; m2 and hectares are areas; organisations expand
UBND, bare units ("UBND tỉnh", "ban quản lý", "the board", "the city's information and communications department") are
none; Vietnamese legal forms are normalised ("CTCP" -> "Công ty CP"), "JSC" and "Co., Ltd" kept, "X Group" and "X
Corporation" keep the word, "Việt Nam", "Vietnam" and a trailing "Vina" are dropped from a foreign subsidiary's name but
kept before a place ("Kumsung Tech Vina Thai Nguyen"); lower-case tag lines give no firm; Vietnamese country names and
adjectives ("doanh nghiệp Nhật", "tập đoàn chip Mỹ", "vốn Trung Quốc") and English country nouns and possessives ("South
Korea's", "of the US") are countries, English adjectives and regions ("Bắc Mỹ", "Washington") none; a province inside an
organisation's or park's name is a mention, inside a firm's name not; "Khu công nghệ cao Hòa Lạc" and "Khu Công nghệ cao
TP.HCM" written as places are park locations, English parks none; datelines and signing places are province mentions,
not sites; bylines and photographer credits are persons in title case without role, outlet, agency, archive, portal and
screenshot credits nothing; "TS.", "ThS.", "PGS.TS" give no role, a bare "Thủ tướng" or "Chủ tịch Quốc hội" is no person;
real decisions cited without a date carry none, "NQ-HDND" is read "NQ-HĐND". Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A domestic group "công bố thành lập" a test-and-packaging plant that will run later (hand-33241, 33244) is an announced
  investment (batch 94's launch call), dated with the announcement day and sited by the headline's province; the
  ceremony's place in the caption ("ở Hà Nội") is a mention. The contractor's caption "Động thổ nhà máy chip của Hồng Lam
  ở Bắc Ninh, ngày 20/2/2026" (33251) is a dated groundbreaking; "tổng thầu cơ điện" with no contract word (33252) gives
  the firm only.
- An inauguration co-hosted by the People's Committee ("do UBND tỉnh Bắc Ninh và doanh nghiệp cùng tổ chức", 33264) lists
  the committee as a government party beside the firm (batch 42's co-hosting committee; unlike batch 73's province
  written as a place); a caps headline with no firm named (33263) gives money, country and province only.
- The province-firm "thỏa thuận phát triển dự án" signed by the committee chair and the company chair (33260) is the
  firm's investment deal with the total to 2034 and an mou event of UBND and the firm with that amount, dated by "hôm
  16/12"; signers' roles are kept as written ("Chủ tịch công ty", "Chủ tịch UBND tỉnh").
- A tag line "Sungwon Micron Vina vừa đưa nhà máy số 2 vào chạy máy; ... tổng vốn trên 900 triệu USD vào năm 2027"
  (33201) is an inauguration without capital and an announced investment without amount; the newsletter's bullet "Tổng
  vốn hứa hẹn: 900 triệu USD (đến 2027)" under "Sungwon Micron – Bắc Giang" (33220) is an announced investment with the
  amount, sited by the list heading, and "Daehan Semitech – Bắc Ninh / Vốn 1,2 tỷ USD" a recalled deal sited there.
- A US equipment maker's planned first phase "do Tập đoàn Corvane Systems làm cùng Công ty Haesung Precision" with about
  1,5 tỷ USD (33215) is ONE investment deal of both and an announced joint_venture event with the amount (batch 73's
  partner-share call); the lower-case tag line gives no firm.
- A licence round told firm-first ("Công ty TNHH Helion Solar Cell ... đã nhận từ Ban Quản lý các khu công nghiệp tỉnh
  Thái Nguyên giấy chứng nhận cho dự án 438,6 triệu USD", 33298) is a licence of the board and the firm; the round's
  total and count in the same row are money and count only. The largest project of a half-year round written without a
  licence verb but with a planned groundbreaking ("Helion Wafer ... mang về dự án lớn nhất: 252 triệu USD ... định khởi
  công trong tháng 8", 33301) is an announced investment (batch 42's planned groundbreaking), unsited (the park names no
  province); "doanh nghiệp vốn Trung Quốc" gives the country.
- A firm's proposal under a city's call for investors ("Người đề xuất dự án là CTCP TSP Lab: 1.650 tỷ đồng ...", 33306)
  is no event (proposals, batches 42-45, over batch 14's older call); the notice and its deadlines give the department
  and dates only; "quận Hải Châu" is a district (May 2025).
- A state-to-state memorandum named only by countries ("Bản ghi nhớ bán dẫn Mỹ – Việt ký ở Hà Nội ngày 10/9", 33317)
  and the US government's seed money (33318, 33342) give countries, an organisation and money, no event.
- A school, a management board and a firm to sign "ngày 14.3.2025 tại TP.Đà Nẵng" (33287) is one announced mou event of
  O, G and F sited in Đà Nẵng, no deal; a school-association memorandum signed in Seongnam (33294) a signed O-O mou
  without site; an English three-signer training agreement of two firms and a university "signed in Hanoi on May 9"
  (33337) one mou event of the three, dated, and one mou deal of the two firms; an alliance a university "set up with
  Danang city" (33339) is no event.
- A chipmaker's top-up reported as done ("Veltrix tops up Vietnam plant with US$390 million", "Another US$390 million from
  ... Veltrix Corporation has gone into Veltrix Products Vietnam ... in HCMC", 33352-33353) is an investment deal and an
  announced investment (batch 8's disbursed investment), the second sited in HCM City, the "more than US$1 billion since
  2006" money only; a plant expansion abroad ("Veltrix bơm 260 triệu USD cho nhà máy ... ở Trung Quốc", 33315) is an
  announced investment without site.
- English: "A $1.2 billion packaging and testing factory opened on Thursday in Vietnam, where South Korea's Daehan
  Semitech joins ..." (33321) is Daehan's inauguration with capital, unsited; "Penang-headquartered" gives no
  country; "Lumicore Silicon ... now holds an investment certificate for a design project in Đà Nẵng's software park"
  (33328) a licence without grantor sited in Đà Nẵng; "The Management Board of Da Nang Hi-Tech Park and Industrial Parks
  licensed An Khanh Industrial JSC's ... project on June 18 of 2018" (33347) a recalled licence deal, dated and sited by
  the board's name, no event; the caption "groundbreaking ceremony of An Khanh's high-tech factory in Da Nang" (33346) a
  groundbreaking of the possessive firm, undated.
- Persons: a role by pronoun ("Pham Thu Trang, its director of Vietnam government affairs", 33340) keeps the words after
  "its"; label lines of a thesis cover ("Người hướng dẫn khoa học: TS. X", "Phản biện 1: PGS.TS. Y", 33228) give the label
  as role (batch 73's "Giảng viên hướng dẫn:"); "anh X:" speaker labels and "PGS.TS X: -" answers give persons without
  role; "Nikkei staff writer" after a caps byline is no role.
- Places and numbers: "Bảng 3.4. ... tỉnh Vĩnh Phúcchia theo khu vực" (33226) still names the province; "7,000 to 9,000 chip
  engineers" gives both counts; "Mỗi hécta ở đây gánh khoảng 75 triệu USD" is money per ha; "0912.446.208" and hotline
  numbers are nothing; OCR'd "phía Bác"/"Bấc" give no place."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_113(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BN = cur("Bắc Ninh")
    BG = cur("Bắc Giang")
    HN = cur("Hà Nội")
    HCM = cur("Hồ Chí Minh")
    DNg = cur("Đà Nẵng")
    TN = cur("Thái Nguyên")
    VP = cur("Vĩnh Phúc")

    ids = iter(range(33201, 33201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Tag, title and snippet pages, spam lines, a government headline with its lead (S3 r1, S4 r2 / S13 r4 /
    # S15 r1, S5 r1 / S8 r4, S7 r2, S8 r3, S9 r2, S10 r1-r4, S13 r1-r2, S15 r2, S15 r4) ---
    rows += [
        h(
            n(),
            "nhà máy sản xuất chất bán dẫn sungwon micron vina\n\nSungwon Micron Vina vừa đưa nhà máy số 2 vào chạy máy; công ty đặt mục tiêu 650 triệu USD doanh thu, khoảng 3.500 chỗ làm và tổng vốn trên 900 triệu USD vào năm 2027.",
            "2023-10-23",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_no_firm",
                "inauguration_no_capital",
                "new_total_plan_no_amount",
                "vina_dropped",
                "approx",
                "count",
                "multiline",
            ],
            firms=[f("Sungwon Micron")],
            money=[m(900 * M, "USD", approx=True), m(650 * M, "USD")],
            quantities=[c(3500, "chỗ làm", True)],
            deals=[deal("investment", ["Sungwon Micron"])],
            events=[
                ev("inauguration", [F("Sungwon Micron")], None, None, None, "completed"),
                ev("investment_announcement", [F("Sungwon Micron")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "Chip “made in Vietnam” từ khâu chế tạo: bước ngoặt của chuỗi giá trị…\nVới Thủ tướng Trịnh Văn Hòa, công trình vừa khởi công là “cột mốc”, hơn là một dự án thông thường…",
            "2026-03-06",
            "ministry",
            [
                "tag_page",
                "truncated_lead",
                "groundbreaking_no_firm",
                "role_before_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Trịnh Văn Hòa", "Thủ tướng")],
            events=[],
        ),
        h(
            n(),
            "Thủ tướng Trịnh Văn Hòa\n\nNhà máy chip đầu tiên: “Không chỉ là một khoản đầu tư”…",
            "2026-03-06",
            "ministry",
            ["tag_page", "tag_name_line", "headline_quote", "multiline", "no_event"],
            persons=[per("Trịnh Văn Hòa", "Thủ tướng")],
            events=[],
        ),
        h(
            n(),
            "gia chip nho dram tang manh",
            "2024-04-18",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "linh kien dien tu thai nguyen fdi",
            "2024-04-18",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "khu công nghiệp vĩnh phúc\nThêm 5.000 việc làm mỗi năm nhờ dự án mới vào khu công nghiệp Vĩnh Phúc\n(NĐ&ĐS) - Chừng 30 dự án mới là con số tỉnh muốn đón vào các khu công nghiệp mỗi năm.",
            "2022-07-14",
            "provincial",
            [
                "tag_page",
                "lowercase_tag",
                "outlet_prefix",
                "target_counts",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Vĩnh Phúc")],
            quantities=[c(5000, "việc làm"), c(30, "dự án mới", True)],
            events=[],
        ),
        h(
            n(),
            "tinh luyện silic đa tinh thể mua máy nghiền bi giá xưởng",
            "2022-07-17",
            "ministry",
            ["spam_keywords", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bột silic kim loại giá rẻ nhà cung cấp hoá chất tẩy rửa wafer báo giá",
            "2023-03-02",
            "ministry",
            ["spam_keywords", "old_tone", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy hoach phan khu cong nghe cao da nang den nam 2035",
            "2023-05-09",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khu công nghệ cao Hoà Lạc xin thêm 7.900 tỷ vốn ngân sách",
            "2021-11-30",
            "ministry",
            ["spam_domain_title", "old_tone", "park_as_place", "bare_ty", "no_event"],
            money=[m(7900 * B, "VND")],
            locations=[park("Khu công nghệ cao Hoà Lạc")],
            events=[],
        ),
        h(
            n(),
            "công ty cổ phần hệ thống công nghệ etc\n\nKhu công nghệ cao Hòa Lạc đã có 79 dự án được chấp thuận\nCác dự án này chiếm khoảng 345 ha, vốn đăng ký cộng lại 68.310 tỷ đồng.",
            "2023-12-12",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_no_firm",
                "round_total_no_event",
                "count",
                "area",
                "approx",
                "multiline",
            ],
            quantities=[c(79, "dự án")],
            money=[m(68310 * B, "VND")],
            areas=[ha(345, True)],
            locations=[park("Khu công nghệ cao Hòa Lạc")],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết số 50-NQ/TW\n\nHướng đi mới để hút vốn vào Khu công nghệ cao Hòa Lạc\nĐề án phát triển khu tới năm 2030 đang được Bộ Khoa học và Công nghệ soạn theo giao việc của Thủ tướng, ông Lưu Văn Khang, Phó trưởng Ban quản lý Khu công nghệ cao Hòa Lạc, cho hay.",
            "2020-09-24",
            "ministry",
            [
                "tag_page",
                "tag_decision_line",
                "person_role_after",
                "bare_pm_no_person",
                "multiline",
                "no_event",
            ],
            decisions=[d("50-NQ/TW")],
            persons=[per("Lưu Văn Khang", "Phó trưởng Ban quản lý Khu công nghệ cao Hòa Lạc")],
            organizations=["Ban quản lý Khu công nghệ cao Hòa Lạc", "Bộ Khoa học và Công nghệ"],
            locations=[park("Khu công nghệ cao Hòa Lạc")],
            events=[],
        ),
        h(
            n(),
            "Ông Kenji Morimoto, Trưởng đại diện JETRO Hà Nội, cho rằng doanh nghiệp Nhật ngày càng hỏi nhiều về Hòa Lạc; ông phát biểu ở hội nghị xúc tiến đầu tư ngày 14/12 tại Hà Nội.",
            "2017-03-02",
            "ministry",
            [
                "search_snippet",
                "person_role_after",
                "country_adjective",
                "province_in_org_name",
                "no_event",
            ],
            persons=[per("Kenji Morimoto", "Trưởng đại diện JETRO Hà Nội")],
            organizations=["JETRO Hà Nội"],
            provinces=[pv("Hà Nội")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "NASMA được mời đưa doanh nghiệp vật liệu chip vào Việt Nam\n\nPhó Thủ tướng Đặng Quốc Thái mời các hội viên của Hiệp hội Vật liệu Bán dẫn Bắc Mỹ (NASMA) đặt xưởng vật liệu ở Việt Nam khi tiếp chủ tịch hiệp hội hôm qua.",
            "2024-05-21",
            "ministry",
            [
                "government_headline_lead",
                "wish_no_deal",
                "acronym_bracket",
                "region_no_country",
                "multiline",
                "no_event",
            ],
            persons=[per("Đặng Quốc Thái", "Phó Thủ tướng")],
            organizations=["Hiệp hội Vật liệu Bán dẫn Bắc Mỹ", "NASMA"],
            events=[],
        ),
        h(
            n(),
            "tập đoàn corvane systems\n\nNhà máy tỷ USD của một hãng thiết bị chip Mỹ có thể đặt ở Việt Nam\nGiai đoạn 1 của nhà máy linh kiện thiết bị chip, khoảng 1,5 tỷ USD, sẽ do Tập đoàn Corvane Systems làm cùng Công ty Haesung Precision, ông Daniel Whitfield cho biết; về sau Corvane có thể đầu tư riêng…",
            "2023-12-15",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_no_firm",
                "planned_joint_plant",
                "one_deal_of_both",
                "short_name_alone",
                "country_adjective",
                "approx",
                "multiline",
            ],
            persons=[per("Daniel Whitfield", None)],
            firms=[f("Corvane Systems", "Tập đoàn"), f("Haesung Precision", "Công ty"), f("Corvane")],
            money=[m(1.5 * B, "USD", approx=True)],
            locations=[country("Mỹ")],
            deals=[deal("investment", ["Corvane Systems", "Haesung Precision"], 1.5 * B)],
            events=[
                ev(
                    "joint_venture",
                    [F("Corvane Systems"), F("Haesung Precision")],
                    1.5 * B,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Ngành Vi mạch Bán dẫn tuyển sinh khóa mới: học gì, ra trường làm ở đâu? Sinh viên năm nhất đã được vào phòng lab thiết kế…",
            "2025-04-02",
            "ministry",
            ["snippet", "truncated_lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhận tiện CNC trục, bạc, chốt định vị cho đồ gá máy kiểm thử chip – dung sai ±0,005 mm",
            "2024-08-08",
            "ministry",
            ["product_page", "tolerance_no_quantity", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A training centre's newsletter, a journal article, theses and document-store pages, a strategy explainer and a
    # supporting-industry feature (S1 r1, S5 r3, S7 r1 / S11 r2, S7 r4, S9 r1, S11 r3, S8 r1 / S15 r3, S8 r2) ---
    rows += [
        h(
            n(),
            "Bản tin vi mạch – Trung tâm Đào tạo Vi mạch Sông Thu (STIC)\n1. Phòng lab đóng gói vi mạch đầu tiên ở miền Trung\nMiền Trung sắp có cơ sở OSAT đầu tiên theo mô hình R&D: một phòng thí nghiệm đóng gói vi mạch vừa được TP. Đà Nẵng duyệt.",
            "2025-06-02",
            "ministry",
            [
                "newsletter",
                "numbered_heading",
                "approval_no_investor",
                "acronym_bracket",
                "multiline",
                "no_event",
            ],
            organizations=["Trung tâm Đào tạo Vi mạch Sông Thu"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "2. Con số chính\n- Vốn: khoảng 66 triệu USD (1.650 tỷ VND)\n- Sàn xây dựng 2.150 m² trên bốn tầng\n- Sản lượng thiết kế mỗi năm: 9 triệu sản phẩm\n- Động thổ dự kiến trong quý 3/2025",
            "2025-06-02",
            "ministry",
            [
                "newsletter",
                "bullet_list",
                "bracketed_conversion",
                "m2_to_ha",
                "capacity_no_count",
                "multiline",
                "no_event",
            ],
            money=[m(66 * M, "USD", approx=True), m(1650 * B, "VND")],
            areas=[ha(0.215)],
            events=[],
        ),
        h(
            n(),
            "4. Những dự án đóng gói lớn khác\n4.1 Daehan Semitech – Bắc Ninh\n- Vốn 1,2 tỷ USD\n- Dây chuyền SiP chạy từ cuối 2023\n4.2 Sungwon Micron – Bắc Giang\n- Tổng vốn hứa hẹn: 900 triệu USD (đến 2027)",
            "2025-06-02",
            "ministry",
            [
                "newsletter",
                "bullet_list",
                "recalled_investment",
                "commitment_announced",
                "province_in_list_heading",
                "multiline",
            ],
            firms=[f("Daehan Semitech"), f("Sungwon Micron")],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            money=[m(1.2 * B, "USD"), m(900 * M, "USD")],
            deals=[
                deal("investment", ["Daehan Semitech"], 1.2 * B, BN),
                deal("investment", ["Sungwon Micron"], 900 * M, BG),
            ],
            events=[ev("investment_announcement", [F("Sungwon Micron")], 900 * M, "USD", BG, "announced")],
        ),
        h(
            n(),
            "5. Vị trí của Việt Nam\n- Thị phần đóng gói – kiểm thử toàn cầu: khoảng 1% (2022)\n- Kỳ vọng năm 2032: 7%",
            "2025-06-02",
            "ministry",
            ["newsletter", "bullet_list", "percentage", "multiline", "no_event"],
            percentages=[1, 7],
            events=[],
        ),
        h(
            n(),
            "Giải pháp phát triển ngành sản xuất chip bán dẫn ở Việt Nam\n\nThS. Ngô Thị Hạnh\nTrường Đại học Kinh tế – Kỹ thuật Công nghiệp\n\n(Quanlynhanuoc.vn) – Từ số liệu nhập khẩu linh kiện giai đoạn 2015-2023, tác giả chỉ ra những nút thắt của ngành chip và gợi ý hướng tháo gỡ.",
            "2024-05-14",
            "ministry",
            ["journal_article", "author_block", "ths_no_role", "outlet_prefix", "multiline", "no_event"],
            persons=[per("Ngô Thị Hạnh", None)],
            organizations=["Trường Đại học Kinh tế – Kỹ thuật Công nghiệp"],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: chip bán dẫn; công nghiệp điện tử; chuỗi cung ứng; công nghiệp 4.0.",
            "2024-05-14",
            "ministry",
            ["journal_keywords", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một phần của tài liệu Công nghiệp điện tử tỉnh Vĩnh Phúc thời kỳ 2005 – 2015 (Trang 42 - 51)\n\n3.1.2. Cơ cấu theo thành phần kinh tế",
            "2016-04-11",
            "ministry",
            ["document_store", "page_range_no_count", "section_number", "multiline", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Giá trị sản xuất công nghiệp của khối FDI năm 2013 là 98.316,4 tỉ đồng, trong khi khu vực nhà nước chưa bằng một phần sáu mươi con số đó.",
            "2016-04-11",
            "ministry",
            ["thesis_statistic", "fraction_in_words_no_percentage", "ti_spelling", "no_event"],
            money=[m(98316.4 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Bảng 3.4. Giá trị sản xuất điện tử tỉnh Vĩnh Phúcchia theo khu vực\n(Đơn vị: tỉ đồng)\nNăm 2005 2008 2011 2015",
            "2016-04-11",
            "ministry",
            ["table_header", "glued_words", "years_no_count", "multiline", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "NGÂN HÀNG NHÀ NƢỚC VIỆT NAM BỘ GIÁO DỤC VÀ ĐÀO TẠO HỌC VIỆN NGÂN HÀNG TRẦN THU HIỀN THU HÚT VỐN CHO KHU, CỤM CÔNG NGHIỆP TỈNH PHÚ THỌ LUẬN ÁN TIẾN SĨ KINH TẾ Hà Nội, năm 2021",
            "2022-01-19",
            "ministry",
            ["thesis_cover", "broken_diacritics", "caps_name_title_case", "flattened_lines", "no_event"],
            persons=[per("Trần Thu Hiền", None)],
            organizations=["Ngân hàng Nhà nước Việt Nam", "Bộ Giáo dục và Đào tạo", "Học viện Ngân hàng"],
            provinces=[pv("Phú Thọ"), pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "ĐẠI HỌC ĐÀ NẴNG\nLÊ THỊ NGỌC DIỆP\nTHU HÚT FDI VÀO KHU CÔNG NGHỆ CAO ĐÀ NẴNG\nChuyên ngành: Kinh tế phát triển – Mã số: 60.31.05\nNgười hướng dẫn khoa học: TS. Hồ Văn Lâm\nPhản biện 1: PGS.TS. Đinh Công Hậu",
            "2015-11-20",
            "ministry",
            [
                "thesis_cover",
                "caps_name_title_case",
                "label_role",
                "code_no_decision",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Lê Thị Ngọc Diệp", None),
                per("Hồ Văn Lâm", "Người hướng dẫn khoa học"),
                per("Đinh Công Hậu", "Phản biện 1"),
            ],
            organizations=["Đại học Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Kanemori rót hơn 118 triệu USD vào Hà Nội cho xe\nmáy và linh kiện điện tử, Công ty Tohsei Seiko đẩu tư 140 triệu USD ở\nVĩnh Phúc; các đại gia Nhật Bản khác cũng dồn về phía Bác (số\nliệu năm 2008).",
            "2012-06-05",
            "ministry",
            ["ocr_text", "broken_lines", "recalled_investment", "deal_no_event", "approx", "multiline"],
            firms=[f("Kanemori"), f("Tohsei Seiko", "Công ty")],
            provinces=[pv("Hà Nội"), pv("Vĩnh Phúc")],
            money=[m(118 * M, "USD", approx=True), m(140 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Kanemori"], 118 * M, HN),
                deal("investment", ["Tohsei Seiko"], 140 * M, VP),
            ],
            events=[],
        ),
        h(
            n(),
            "Bảng 6: Cơ cấu vốn Nhật ở các tỉnh phía Bấc, chia theo ngành\nSõi dự án\nCN nặng\n214\n(triệu USD)",
            "2012-06-05",
            "ministry",
            ["ocr_table", "broken_lines", "number_without_unit", "multiline", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Diễn đàn\n25/09/2024 07:15\nChiến lược bán dẫn quốc gia tới năm 2030, tầm nhìn 2050 đã ra đời cùng Quyết định số 1018/QĐ-TTg, ký ngày 21/9/2024.",
            "2024-09-25",
            "ministry",
            ["section_label", "timestamp_line", "decision_with_date", "multiline", "no_event"],
            decisions=[d("1018/QĐ-TTg", "2024-09-21")],
            events=[],
        ),
        h(
            n(),
            "Công thức “C = SET + 1” tóm tắt chiến lược: chip, chuyên dụng, điện tử, nhân tài, cộng Việt Nam.",
            "2024-09-25",
            "ministry",
            ["formula", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mốc doanh thu hơn 100 tỷ USD mỗi năm cho ngành bán dẫn được đặt cho năm 2050.",
            "2024-09-25",
            "ministry",
            ["target", "money_per_year", "approx", "nfd", "no_event"],
            money=[m(100 * B, "USD", "năm", True)],
            events=[],
        ),
        h(
            n(),
            "Tỷ trọng chế biến, chế tạo trong GDP của Thái Lan (27%) hay Trung Quốc (33%) đều cao xa so với mức chừng 17% của Việt Nam.",
            "2023-08-16",
            "ministry",
            ["feature", "percentage", "country_list", "approx", "no_event"],
            percentages=[27, 33, 17],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- A business weekly's FDI feature that came back five times, with its related links (S1 r3, S7 r3, S11 r1,
    # S12 r1, S20 r1) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Vốn ngoại đổ vào chip và điện tử công nghệ cao được kỳ vọng kéo tổng FDI năm 2023 đi lên sau một năm giảm, dù nửa đầu năm con số vẫn thấp hơn cùng kỳ.",
            "2023-08-03",
            "ministry",
            ["outlet_prefix", "feature_lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- 38 đô la trong mỗi 100 đô la FDI đổ về Đông Nam bộ\n- Cuộc đua chip 2nm: Hàn Quốc không tiếc tiền",
            "2023-08-03",
            "ministry",
            [
                "related_links",
                "ratio_two_amounts",
                "region_no_province",
                "multiline",
                "no_event",
            ],
            money=[m(38, "USD"), m(100, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bứt tốc chặng cuối\nMức giảm 12% của vốn FDI năm 2022 là lần đi lùi hiếm hoi sau nhiều năm tăng liền.",
            "2023-08-03",
            "ministry",
            ["subheading", "percentage", "multiline", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Số liệu của Tổng cục Thống kê: vốn ngoại đăng ký nửa đầu năm 2023 chừng 12,9 tỉ đô la Mỹ, hụt 4,8% so với cùng kỳ.",
            "2023-08-03",
            "ministry",
            ["statistics", "approx", "usd_in_words", "percentage", "nfd", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(12.9 * B, "USD", approx=True)],
            percentages=[4.8],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư ngoại dè dặt hơn khi lãi suất thế giới còn cao và đơn hàng điện tử chững lại.",
            "2023-08-03",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a domestic group announces its chip test-and-packaging plant in Bắc Ninh, told by five
    # outlets, then its groundbreaking told by the contractor (S1 r2, S14 r1-r4, S1 r4) ---
    rows += [
        h(
            n(),
            "Giá vàng hôm nay\nThứ Ba, 09/12/2025\nMinh Khuê\n09/12/2025, 21:47",
            "2025-12-09",
            "ministry",
            ["page_chrome", "byline", "timestamp_line", "multiline", "no_event"],
            persons=[per("Minh Khuê", None)],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy kiểm thử và đóng gói chip hoàn toàn do doanh nghiệp Việt sở hữu đã được Tập đoàn Công nghệ Hồng Lam công bố thành lập hôm 9/12.",
            "2025-12-09",
            "ministry",
            [
                "object_first",
                "plant_established_announced",
                "not_inauguration",
                "no_amount",
                "no_site",
                "nfd",
            ],
            firms=[f("Công nghệ Hồng Lam", "Tập đoàn")],
            deals=[deal("investment", ["Công nghệ Hồng Lam"], None, None, "2025-12-09")],
            events=[ev("investment_announcement", [F("Công nghệ Hồng Lam")], None, None, None, "announced")],
        ),
        h(
            n(),
            "“Đây là lần đầu một doanh nghiệp trong nước bước vào khâu mà xưa nay chỉ hãng ngoại làm”, Thứ trưởng Bộ Khoa học và Công nghệ Lý Minh Khôi nhận xét.",
            "2025-12-09",
            "ministry",
            ["quote_first", "role_before_name", "no_event"],
            persons=[per("Lý Minh Khôi", "Thứ trưởng Bộ Khoa học và Công nghệ")],
            organizations=["Bộ Khoa học và Công nghệ"],
            events=[],
        ),
        h(
            n(),
            "Hồng Lam dẫn ba văn bản làm căn cứ: Nghị quyết số 57-NQ/TW của Bộ Chính trị, Quyết định số 1131/QĐ-TTg và Quyết định số 1018/QĐ-TTg.",
            "2025-12-09",
            "ministry",
            ["cited_decisions_no_date", "short_name", "no_event"],
            firms=[f("Hồng Lam")],
            organizations=["Bộ Chính trị"],
            decisions=[d("57-NQ/TW"), d("1131/QĐ-TTg"), d("1018/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy chip đầu tiên của Hồng Lam đặt ở Bắc Ninh, sẽ chạy trong năm 2026\n\nKhách mời chụp ảnh sau lễ công bố ở Hà Nội sáng 9/12. Ảnh: Hữu Tài",
            "2025-12-09",
            "ministry",
            [
                "headline_caption",
                "announced_investment",
                "headline_site",
                "signing_place_mention",
                "photo_credit_person",
                "multiline",
            ],
            firms=[f("Hồng Lam")],
            provinces=[pv("Bắc Ninh"), pv("Hà Nội")],
            persons=[per("Hữu Tài", None)],
            deals=[deal("investment", ["Hồng Lam"], None, BN, "2025-12-09")],
            events=[ev("investment_announcement", [F("Hồng Lam")], None, None, BN, "announced")],
        ),
        h(
            n(),
            "Bước đầu (2026–2027), 8 dây chuyền kiểm tra chức năng (ATE tester & handler) cùng một khu thử độ tin cậy sẽ được lắp trên 1.800 m2 ở Khu công nghiệp Gia Bình II, xã Gia Bình, tỉnh Bắc Ninh.",
            "2025-12-09",
            "ministry",
            ["plant_details_no_firm", "park_and_commune", "m2_to_ha", "count", "no_event"],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Gia Bình II")],
            areas=[ha(0.18)],
            quantities=[c(8, "dây chuyền")],
            events=[],
        ),
        h(
            n(),
            "Tới 2028-2030, mặt bằng được tính mở lên khoảng 7.000 m2, đủ cho sản lượng hàng tỷ con chip mỗi năm.",
            "2025-12-09",
            "ministry",
            ["phase_plan_no_firm", "m2_to_ha", "approx", "vague_capacity", "no_event"],
            areas=[ha(0.7, True)],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch HĐQT Tập đoàn Công nghệ Hồng Lam Đoàn Quang Vĩnh coi nhà máy là mắt xích để tập đoàn thương mại hoá những con chip do chính kỹ sư của mình thiết kế.",
            "2025-12-09",
            "ministry",
            ["role_before_name", "firm_in_role", "old_tone", "no_event"],
            persons=[per("Đoàn Quang Vĩnh", "Chủ tịch HĐQT Tập đoàn Công nghệ Hồng Lam")],
            firms=[f("Công nghệ Hồng Lam", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Dự lễ có đồng chí Lý Minh Khôi - Ủy viên dự khuyết Trung ương Đảng, Thứ trưởng Bộ Khoa học và Công nghệ, cùng lãnh đạo Tập đoàn Công nghệ Hồng Lam và đại diện nhiều doanh nghiệp, viện, trường.",
            "2025-12-09",
            "ministry",
            ["attendee_list", "dong_chi", "role_after_dash", "attendee_no_party", "no_event"],
            persons=[
                per("Lý Minh Khôi", "Ủy viên dự khuyết Trung ương Đảng, Thứ trưởng Bộ Khoa học và Công nghệ")
            ],
            organizations=["Bộ Khoa học và Công nghệ"],
            firms=[f("Công nghệ Hồng Lam", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Công suất tính bằng tỷ sản phẩm\n\nHồng Lam muốn nhà máy thành điểm đóng gói, kiểm thử tiên tiến có tiếng trong khu vực.",
            "2025-12-10",
            "ministry",
            ["subheading", "vague_capacity", "multiline", "wish_no_deal", "no_event"],
            firms=[f("Hồng Lam")],
            events=[],
        ),
        h(
            n(),
            "Agribank mở gói vay xanh 2026 -\nPV Power chốt kế hoạch lợi nhuận -\nHà Đô Land giới thiệu bộ nhận diện mới -",
            "2026-03-02",
            "ministry",
            ["news_ticker", "page_chrome", "multiline", "no_event"],
            firms=[f("Agribank"), f("PV Power"), f("Hà Đô Land")],
            events=[],
        ),
        h(
            n(),
            "Động thổ nhà máy chip của Hồng Lam ở Bắc Ninh, ngày 20/2/2026 |",
            "2026-03-02",
            "ministry",
            ["caption", "groundbreaking", "deal_date", "table_pipe"],
            firms=[f("Hồng Lam")],
            provinces=[pv("Bắc Ninh")],
            deals=[deal("groundbreaking", ["Hồng Lam"], None, BN, "2026-02-20")],
            events=[ev("groundbreaking", [F("Hồng Lam")], None, None, BN, "started")],
        ),
        h(
            n(),
            "Công ty CP Cơ điện Việt Thành (VTE) là tổng thầu cơ điện cho nhà máy, từ phòng sạch tới hệ thống khí và nước siêu tinh khiết.",
            "2026-03-02",
            "ministry",
            ["contractor_role_no_contract", "acronym_bracket", "no_event"],
            firms=[f("Cơ điện Việt Thành", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Mười nhà máy đóng gói, kiểm thử vào năm 2030 là con số tối thiểu mà Chiến lược 1018/QĐ-TTg đặt ra; Bắc Ninh nay có thêm một bước cụ thể hoá.",
            "2026-03-02",
            "ministry",
            ["decision_no_date", "count_in_words", "old_tone", "no_event"],
            decisions=[d("1018/QĐ-TTg")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean group's packaging-and-test plant opened in Bắc Ninh, its signing with the province
    # two years before, and a school site's caps repost (S2 r1-r4) ---
    rows += [
        h(
            n(),
            "Tags: technology\n\nKhánh thành Nhà máy Daehan Semitech Việt Nam\n\nNhà máy đóng gói và kiểm thử bán dẫn giai đoạn I của Tập đoàn Daehan Semitech, khoảng 410 triệu USD, chính thức khánh thành ngày 24/8 ở Khu công nghiệp Quế Võ II.",
            "2023-08-25",
            "provincial",
            [
                "event_company_tag",
                "headline_lead",
                "inauguration_with_capital",
                "park_names_no_province",
                "vietnam_dropped",
                "deal_date",
                "approx",
                "multiline",
            ],
            firms=[f("Daehan Semitech", "Tập đoàn")],
            money=[m(410 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Quế Võ II")],
            deals=[deal("investment", ["Daehan Semitech"], 410 * M, None, "2023-08-24")],
            events=[ev("inauguration", [F("Daehan Semitech")], 410 * M, "USD", None, "completed")],
        ),
        h(
            n(),
            "Nút khánh thành do Phó Thủ tướng Hà Minh Đức cùng lãnh đạo tỉnh và tập đoàn bấm.",
            "2023-08-25",
            "provincial",
            ["attendee_no_party", "role_before_name", "no_event"],
            persons=[per("Hà Minh Đức", "Phó Thủ tướng")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Daehan Semitech Việt Nam, pháp nhân của dự án 19 ha, đăng ký khoảng 410 triệu USD cho giai đoạn I; con số cam kết tới năm 2034 là 1,2 tỷ USD, kể từ quyết định đầu tư tháng 12/2021.",
            "2023-08-25",
            "provincial",
            ["recalled_decision", "project_company", "deal_no_event", "area", "approx", "month_no_date"],
            firms=[f("Daehan Semitech", "Công ty TNHH")],
            areas=[ha(19)],
            money=[m(410 * M, "USD", approx=True), m(1.2 * B, "USD")],
            deals=[deal("investment", ["Daehan Semitech"], 410 * M)],
            events=[],
        ),
        h(
            n(),
            "Theo bà Grace H. Lim, Phó Chủ tịch Tập đoàn Daehan Semitech, Bắc Ninh sẽ là một trụ cột trong mạng lưới nhà máy toàn cầu của tập đoàn.",
            "2023-08-25",
            "provincial",
            ["person_role_after", "firm_in_role", "no_event"],
            persons=[per("Grace H. Lim", "Phó Chủ tịch Tập đoàn Daehan Semitech")],
            firms=[f("Daehan Semitech", "Tập đoàn")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Dự lễ có các đồng chí: Hà Minh Đức, Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ; Phan Đình Khải, Bí thư Tỉnh ủy; Lương Thị Thu Hà, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; ông David R. Miller, Đại sứ Hoa Kỳ tại Việt Nam.",
            "2023-08-24",
            "provincial",
            ["attendee_list", "dong_chi", "tinh_uy_role", "bare_unit_in_role", "country_in_role", "no_event"],
            persons=[
                per("Hà Minh Đức", "Ủy viên Trung ương Đảng, Phó Thủ tướng Chính phủ"),
                per("Phan Đình Khải", "Bí thư Tỉnh ủy"),
                per("Lương Thị Thu Hà", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"),
                per("David R. Miller", "Đại sứ Hoa Kỳ tại Việt Nam"),
            ],
            locations=[country("Hoa Kỳ")],
            events=[],
        ),
        h(
            n(),
            "Lẵng hoa mừng của Chủ tịch Quốc hội được đặt ở sảnh nhà máy.",
            "2023-08-24",
            "provincial",
            ["bare_role_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thỏa thuận phát triển dự án đóng gói, kiểm thử bán dẫn ở KCN Quế Võ II, tổng vốn 1,2 tỷ USD tới năm 2034, được Daehan Semitech và UBND tỉnh Bắc Ninh ký hôm 16/12; ký thay hai bên là ông Kim Tae-soo, Chủ tịch công ty, và bà Lương Thị Thu Hà, Chủ tịch UBND tỉnh.",
            "2021-12-17",
            "provincial",
            [
                "province_firm_agreement",
                "object_first",
                "deal_date",
                "mou_with_amount",
                "two_persons",
                "park_names_no_province",
                "nfd",
            ],
            persons=[
                per("Lương Thị Thu Hà", "Chủ tịch UBND tỉnh"),
                per("Kim Tae-soo", "Chủ tịch công ty"),
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Daehan Semitech")],
            money=[m(1.2 * B, "USD")],
            locations=[park("Khu công nghiệp Quế Võ II")],
            deals=[deal("investment", ["Daehan Semitech"], 1.2 * B, BN, "2021-12-16")],
            events=[ev("mou", [G("UBND tỉnh Bắc Ninh"), F("Daehan Semitech")], 1.2 * B, "USD", BN, "signed")],
        ),
        h(
            n(),
            "Quý I/2022 là mốc khởi công dự kiến; khoảng 400 triệu USD của giai đoạn đầu phải giải ngân xong trong vòng 5 năm sau khi dự án có giấy chứng nhận.",
            "2021-12-17",
            "provincial",
            [
                "phase_amount_no_firm",
                "planned_groundbreaking_no_firm",
                "duration_no_count",
                "approx",
                "no_event",
            ],
            money=[m(400 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Thành lập ở Seoul năm 1971, Daehan Semitech nay thuộc nhóm hãng gia công đóng gói, kiểm thử chip lớn của thế giới.",
            "2021-12-17",
            "provincial",
            ["profile", "foreign_city_nothing", "year_no_count", "no_event"],
            firms=[f("Daehan Semitech")],
            events=[],
        ),
        h(
            n(),
            "0912.446.208\n\nNHÀ MÁY CHIP 1,2 TỶ USD CỦA HÀN QUỐC CHÍNH THỨC CHẠY Ở BẮC NINH\n\n25/08/2023",
            "2023-08-25",
            "provincial",
            [
                "school_site_repost",
                "phone_number_no_count",
                "caps_headline",
                "total_in_headline",
                "country_adjective",
                "multiline",
            ],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.2 * B, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "(VNF) - Lễ khánh thành nhà máy của Công ty TNHH Daehan Semitech Việt Nam ở KCN Quế Võ II do UBND tỉnh Bắc Ninh và doanh nghiệp cùng tổ chức sáng 24/8; riêng giai đoạn I đã là 410 triệu USD.",
            "2023-08-25",
            "provincial",
            [
                "outlet_prefix",
                "co_host_committee_party",
                "inauguration_with_capital",
                "vietnam_dropped",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Daehan Semitech", "Công ty TNHH")],
            money=[m(410 * M, "USD")],
            locations=[park("Khu công nghiệp Quế Võ II")],
            deals=[deal("investment", ["Daehan Semitech"], 410 * M, BN, "2023-08-24")],
            events=[
                ev(
                    "inauguration",
                    [G("UBND tỉnh Bắc Ninh"), F("Daehan Semitech")],
                    410 * M,
                    "USD",
                    BN,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Khi đủ công suất, nhà máy có thể dùng khoảng 9.000 lao động; Bí thư Tỉnh uỷ Phan Đình Khải mong dự án kéo thêm các nhà đầu tư chip về tỉnh.",
            "2023-08-25",
            "provincial",
            ["count", "approx", "old_tone", "role_before_name", "no_event"],
            persons=[per("Phan Đình Khải", "Bí thư Tỉnh uỷ")],
            quantities=[c(9000, "lao động", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean memory-chip packager's second plant in Bắc Giang, told by four papers (S3 r2-r4) ---
    rows += [
        h(
            n(),
            "Nhà máy số 2 ở KCN Đình Trám (Bắc Giang) của Công ty TNHH Sungwon Micron Vina (Hàn Quốc) vừa được khánh thành; công ty đóng gói vi mạch nhớ cho điện thoại và thiết bị thông minh.",
            "2023-10-22",
            "provincial",
            [
                "inauguration_no_capital",
                "object_first",
                "vina_dropped",
                "country_bracket",
                "province_bracket",
            ],
            firms=[f("Sungwon Micron", "Công ty TNHH")],
            provinces=[pv("Bắc Giang")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Đình Trám")],
            events=[ev("inauguration", [F("Sungwon Micron")], None, None, BG, "completed")],
        ),
        h(
            n(),
            "Đơn hàng dồn về khiến công ty phải tính tới xưởng thứ hai chỉ chừng một năm sau khi xưởng đầu tiên chạy máy vào năm 2021.",
            "2023-10-22",
            "provincial",
            ["recalled_expansion_no_firm", "ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mỗi hécta ở đây gánh khoảng 75 triệu USD vốn, gấp chừng 7 lần mức bình quân của dự án FDI trong tỉnh; tổng vốn dự án gần 480 triệu USD.",
            "2023-10-22",
            "provincial",
            ["total_no_firm", "money_per_ha", "ratio_no_count", "approx", "no_event"],
            money=[m(75 * M, "USD", "ha", True), m(480 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Tới năm 2027, theo Chủ tịch Tập đoàn Sungwon Micron Park Jong-hyun, vốn sẽ được nâng quá 900 triệu USD và doanh thu nhắm mốc 650 triệu USD.",
            "2023-10-22",
            "provincial",
            ["new_total_plan_no_amount", "role_before_name", "firm_in_role", "approx"],
            persons=[per("Park Jong-hyun", "Chủ tịch Tập đoàn Sungwon Micron")],
            firms=[f("Sungwon Micron", "Tập đoàn")],
            money=[m(900 * M, "USD", approx=True), m(650 * M, "USD")],
            deals=[deal("investment", ["Sungwon Micron"])],
            events=[ev("investment_announcement", [F("Sungwon Micron")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Sungwon Micron Vina khánh thành nhà máy đóng gói và kiểm định bán dẫn\n\nQuốc Trung\n\n(Dân trí) - Sungwon Micron Vina cắt băng nhà máy mới ở KCN Đình Trám, Bắc Giang, sáng 21/10, nâng năng lực đóng gói, kiểm định chip nhớ.",
            "2023-10-22",
            "provincial",
            [
                "headline_byline_lead",
                "outlet_prefix",
                "inauguration_no_capital",
                "bare_vina_name",
                "nfd",
                "multiline",
            ],
            persons=[per("Quốc Trung", None)],
            firms=[f("Sungwon Micron")],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Đình Trám")],
            events=[ev("inauguration", [F("Sungwon Micron")], None, None, BG, "completed")],
        ),
        h(
            n(),
            "Dự lễ có ông Vũ Đức Thành, Bí thư Tỉnh ủy Bắc Giang; ông Kang Min-jun, Đại sứ Hàn Quốc tại Việt Nam; ông Shin Dong-ho, Chủ tịch Ngân hàng Phát triển Hanbit; ông Oh Se-hoon, Giám đốc Tập đoàn Bán dẫn Seorin.",
            "2023-10-22",
            "provincial",
            ["attendee_list", "person_role_after", "province_in_role", "attendee_no_party", "no_event"],
            persons=[
                per("Vũ Đức Thành", "Bí thư Tỉnh ủy Bắc Giang"),
                per("Kang Min-jun", "Đại sứ Hàn Quốc tại Việt Nam"),
                per("Shin Dong-ho", "Chủ tịch Ngân hàng Phát triển Hanbit"),
                per("Oh Se-hoon", "Giám đốc Tập đoàn Bán dẫn Seorin"),
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Phát triển Hanbit", "Ngân hàng"), f("Bán dẫn Seorin", "Tập đoàn")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Lễ khánh thành nhà máy Sungwon Micron Vina sáng 21/10 ở KCN Đình Trám (Ảnh: Lê Hiếu).",
            "2023-10-22",
            "provincial",
            ["caption", "inauguration_no_capital", "photo_credit_in_brackets", "park_names_no_province"],
            persons=[per("Lê Hiếu", None)],
            firms=[f("Sungwon Micron")],
            locations=[park("Khu công nghiệp Đình Trám")],
            events=[ev("inauguration", [F("Sungwon Micron")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Trên 58.000m2 đất, dây chuyền 1-1 chạy từ tháng 1/2021, còn dây chuyền 1-2 và dây chuyền 2 được dựng liền từ tháng 4/2022 tới tháng 6/2023.",
            "2023-10-22",
            "provincial",
            ["timeline_no_firm", "m2_glued", "line_codes_no_count", "no_event"],
            areas=[ha(5.8)],
            events=[],
        ),
        h(
            n(),
            "Lần điều chỉnh năm 2022 đưa tổng vốn lên gần 480 triệu USD, ba năm sau khi dự án chọn đất ở KCN Đình Trám (huyện Việt Yên, Bắc Giang).",
            "2023-10-22",
            "provincial",
            ["capital_history_no_firm", "district", "province_bracket", "approx", "no_event"],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Đình Trám"), district("huyện Việt Yên")],
            money=[m(480 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 65% người làm cho tập đoàn trên toàn cầu sẽ là lao động tuyển ở Việt Nam, ông Park nói.",
            "2023-10-22",
            "provincial",
            ["percentage", "surname_alone_no_person", "approx", "no_event"],
            percentages=[65],
            events=[],
        ),
    ]
    # --- Vietnamese news: the first chip fab broken ground at the Hòa Lạc hi-tech park (S4 r1, r3, r4) ---
    rows += [
        h(
            n(),
            "Khởi công nhà máy chế tạo chip bán dẫn đầu tiên của Việt Nam 05/03/2026 10:42\n\n(PLO)- Công trường nhà máy chế tạo chip của Tổng công ty Vi mạch Thăng Long chính thức khởi động sáng 5-3 ở Hà Nội, lấp khoảng trống cuối cùng của quy trình làm chip trong nước.",
            "2026-03-05",
            "ministry",
            ["headline_timestamp", "outlet_prefix", "groundbreaking", "deal_date", "dash_date", "multiline"],
            firms=[f("Vi mạch Thăng Long", "Tổng công ty")],
            provinces=[pv("Hà Nội")],
            deals=[deal("groundbreaking", ["Vi mạch Thăng Long"], None, HN, "2026-03-05")],
            events=[ev("groundbreaking", [F("Vi mạch Thăng Long")], None, None, HN, "started")],
        ),
        h(
            n(),
            "Bộ Quốc phòng giao nhiệm vụ; khu đất 24 ha trong Khu Công nghệ cao Hòa Lạc sẽ thành một cơ sở dùng chung cho cả giới nghiên cứu lẫn sản xuất chip.",
            "2026-03-05",
            "ministry",
            ["plant_details_no_firm", "area", "park_location", "no_event"],
            areas=[ha(24)],
            organizations=["Bộ Quốc phòng"],
            locations=[park("Khu Công nghệ cao Hòa Lạc")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo Đảng, Nhà nước, trong đó có Tổng Bí thư Nguyễn Thế Quang và Thủ tướng Trịnh Văn Hòa, bấm nút khởi công. Ảnh: QUANG VINH",
            "2026-03-05",
            "ministry",
            ["caption", "attendee_no_party", "role_before_name", "caps_photo_credit", "no_event"],
            persons=[
                per("Nguyễn Thế Quang", "Tổng Bí thư"),
                per("Trịnh Văn Hòa", "Thủ tướng"),
                per("Quang Vinh", None),
            ],
            events=[],
        ),
        h(
            n(),
            "Chế tạo là khâu duy nhất trong 6 công đoạn làm chip mà các doanh nghiệp Việt chưa tự làm được, theo chủ đầu tư.",
            "2026-03-05",
            "ministry",
            ["process_steps", "count", "no_event"],
            quantities=[c(6, "công đoạn")],
            events=[],
        ),
        h(
            n(),
            "Chip cho quốc phòng, viễn thông và ô tô là những đơn hàng đầu tiên nhà máy nhắm tới./.",
            "2026-03-05",
            "ministry",
            ["end_mark", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a chip-design unit's interview, a ministry decision setting up a national chip centre, a
    # tech-brand interview (S5 r2, S5 r4, S11 r4) ---
    rows += [
        h(
            n(),
            "Dòng chip IoT đầu tiên của Sao Khuê Semi, dành cho cảm biến nông nghiệp, ra mắt tháng 10/2022; đơn vị này thuộc hệ sinh thái Tập đoàn Sao Khuê.",
            "2023-02-14",
            "ministry",
            ["product_launch_no_deal", "unit_of_group", "month_no_date", "no_event"],
            firms=[f("Sao Khuê Semi"), f("Sao Khuê", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Chúng tôi trò chuyện với anh Lâm Đức Trọng, Chủ tịch Công ty Hệ thống Sao Khuê, và anh Vũ Hoài Nam, Giám đốc điều hành Sao Khuê Semi.",
            "2023-02-14",
            "ministry",
            ["interview_intro", "person_role_after", "firm_in_role", "no_event"],
            persons=[
                per("Lâm Đức Trọng", "Chủ tịch Công ty Hệ thống Sao Khuê"),
                per("Vũ Hoài Nam", "Giám đốc điều hành Sao Khuê Semi"),
            ],
            firms=[f("Hệ thống Sao Khuê", "Công ty"), f("Sao Khuê Semi")],
            events=[],
        ),
        h(
            n(),
            "Anh Lâm Đức Trọng: Tôi nghĩ đợt thiếu chip chỉ làm lộ ra điều đã có sẵn: chuỗi cung ứng dồn vào quá ít nơi, chủ yếu ở Mỹ và Hàn Quốc.",
            "2023-02-14",
            "ministry",
            ["interview_answer", "speaker_label", "country", "no_event"],
            persons=[per("Lâm Đức Trọng", None)],
            locations=[country("Mỹ"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Cục Công nghiệp công nghệ thông tin (Bộ Khoa học và Công nghệ) có thêm một đơn vị sự nghiệp: trung tâm hỗ trợ làm thử chip, lập theo Quyết định số 3712/QĐ-BKHCN.",
            "2026-01-12",
            "ministry",
            ["decision_no_date", "public_unit_no_deal", "org_in_brackets", "no_event"],
            decisions=[d("3712/QĐ-BKHCN")],
            organizations=["Cục Công nghiệp công nghệ thông tin", "Bộ Khoa học và Công nghệ"],
            events=[],
        ),
        h(
            n(),
            "Startup thiết kế chip sẽ được dùng chung công cụ EDA, khối IP và thiết bị đo kiểm của trung tâm thay vì tự mua.\n\nLễ công bố quyết định lập trung tâm Ảnh: Chụp màn hình MST",
            "2026-01-12",
            "ministry",
            [
                "service_list",
                "caption_glued_credit",
                "screenshot_credit_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "PV: - Thưa ông, một chiếc điện thoại lắp ráp ở đây có thể gọi là hàng Việt đến mức nào?\n\nPGS.TS Đỗ Văn Thuận: - Nhãn nào thì cũng phải đi kèm phần giá trị làm ra trong nước; không có nó, chữ “Việt Nam” trên vỏ máy chẳng nói lên nhiều.",
            "2017-09-12",
            "ministry",
            ["interview_qa", "pv_label", "pgs_ts_no_role", "multiline", "no_event"],
            persons=[per("Đỗ Văn Thuận", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: chip-workforce memoranda, a university's working session, a university-business forum, a
    # university delegation signing with a Korean association (S6 r1-r4) ---
    rows += [
        h(
            n(),
            "Một biên bản ghi nhớ ba bên về nhân lực vi mạch sẽ được ký ngày 14.3.2025 tại TP.Đà Nẵng giữa Trường Đại học Kỹ thuật Hải Vân, Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng và Công ty CP Đào tạo Vi mạch Bình Minh.",
            "2025-03-06",
            "provincial",
            [
                "future_mou",
                "object_first",
                "three_signers_school_board_firm",
                "date_dot",
                "province_in_org_name",
                "no_deal",
                "nfd",
            ],
            organizations=[
                "Trường Đại học Kỹ thuật Hải Vân",
                "Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng",
            ],
            firms=[f("Đào tạo Vi mạch Bình Minh", "Công ty CP")],
            provinces=[pv("Đà Nẵng")],
            events=[
                ev(
                    "mou",
                    [
                        O("Trường Đại học Kỹ thuật Hải Vân"),
                        G("Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"),
                        F("Đào tạo Vi mạch Bình Minh"),
                    ],
                    None,
                    None,
                    DNg,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Ảnh trên: buổi trao đổi giữa Công ty Bình Minh và nhà trường; ảnh dưới: đoàn nhà trường ở ban quản lý khu công nghệ cao",
            "2025-03-06",
            "provincial",
            ["caption", "bare_company_word", "bare_unit", "no_event"],
            firms=[f("Bình Minh", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Bình Minh đã soạn giáo trình thiết kế vi mạch cho một số trường phía Nam trước khi ra miền Trung.",
            "2025-03-06",
            "provincial",
            ["profile", "short_name", "no_event"],
            firms=[f("Bình Minh")],
            events=[],
        ),
        h(
            n(),
            "Trường Đại học Kỹ thuật số Hà Thành tìm đường đào tạo kỹ sư thiết kế chip cùng Viện Nghiên cứu Thiết bị Điện tử (Bộ Công Thương)",
            "2025-04-02",
            "ministry",
            ["headline", "working_session_no_event", "org_dash_ministry", "no_deal"],
            organizations=[
                "Trường Đại học Kỹ thuật số Hà Thành",
                "Viện Nghiên cứu Thiết bị Điện tử",
                "Bộ Công Thương",
            ],
            events=[],
        ),
        h(
            n(),
            "Tham dự có TS. Phan Hữu Tài – Chủ tịch Kanzo Tech Co., Ltd; PGS.TS Đặng Thị Mai – Phó Hiệu trưởng; ông Hà Văn Khôi – Phó Giám đốc cùng giảng viên Khoa Vi điện tử & Viễn thông.",
            "2025-04-02",
            "ministry",
            ["attendee_list", "role_after_dash", "foreign_legal_form", "ts_no_role", "no_event"],
            persons=[
                per("Phan Hữu Tài", "Chủ tịch Kanzo Tech Co., Ltd"),
                per("Đặng Thị Mai", "Phó Hiệu trưởng"),
                per("Hà Văn Khôi", "Phó Giám đốc"),
            ],
            firms=[f("Kanzo Tech", "Co., Ltd")],
            events=[],
        ),
        h(
            n(),
            "Hơn 120 doanh nghiệp (Thaco, Hòa Phát, Thép Hòa Bình, Điện tử Ánh Dương…) và lãnh đạo 45 cơ sở giáo dục đại học ngồi chung Diễn đàn hợp tác nhà trường – doanh nghiệp mà Bộ Giáo dục và Đào tạo cùng Đại học Huế tổ chức ở Huế ngày 12/9.",
            "2025-09-13",
            "ministry",
            ["forum_no_event", "firm_list", "count", "approx", "nfd"],
            organizations=["Bộ Giáo dục và Đào tạo", "Đại học Huế"],
            provinces=[pv("Huế")],
            quantities=[c(120, "doanh nghiệp", True), c(45, "cơ sở giáo dục đại học")],
            firms=[f("Thaco"), f("Hòa Phát"), f("Thép Hòa Bình"), f("Điện tử Ánh Dương")],
            events=[],
        ),
        h(
            n(),
            "Thứ trưởng Bộ Giáo dục và Đào tạo Trần Quốc Bảo đề nghị doanh nghiệp đặt hàng đào tạo ngay từ năm nhất, thay vì chờ sinh viên ra trường.",
            "2025-09-13",
            "ministry",
            ["role_before_name", "no_event"],
            persons=[per("Trần Quốc Bảo", "Thứ trưởng Bộ Giáo dục và Đào tạo")],
            organizations=["Bộ Giáo dục và Đào tạo"],
            events=[],
        ),
        h(
            n(),
            "Biên bản hợp tác giữa Đại học Huế và Hiệp hội Thiết kế Hệ thống bán dẫn Hàn Quốc (KSDA) được ký ngày 11/6/2024 tại Seongnam; chiều cùng ngày, đoàn trường tới xưởng đóng gói chip của Tập đoàn Daejin Package.",
            "2024-06-14",
            "ministry",
            [
                "school_association_mou",
                "signed_abroad",
                "object_first",
                "foreign_city_nothing",
                "visit_no_event",
                "country_in_org_name",
                "province_in_org_name",
                "no_deal",
            ],
            organizations=["Đại học Huế", "Hiệp hội Thiết kế Hệ thống bán dẫn Hàn Quốc", "KSDA"],
            provinces=[pv("Huế")],
            firms=[f("Daejin Package", "Tập đoàn")],
            locations=[country("Hàn Quốc")],
            events=[
                ev(
                    "mou",
                    [O("Đại học Huế"), O("Hiệp hội Thiết kế Hệ thống bán dẫn Hàn Quốc")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Trưởng đoàn là PGS.TS. Lê Anh Dũng, Giám đốc Đại học Huế; đi cùng có TS. Nguyễn Hoàng Yến, Trưởng ban Khoa học và Hợp tác quốc tế. Ông Choi Jae-hoon, Tổng thư ký KSDA, tiếp đoàn.",
            "2024-06-14",
            "ministry",
            ["delegation_list", "person_role_after", "pgs_ts_no_role", "acronym_org", "no_event"],
            persons=[
                per("Lê Anh Dũng", "Giám đốc Đại học Huế"),
                per("Nguyễn Hoàng Yến", "Trưởng ban Khoa học và Hợp tác quốc tế"),
                per("Choi Jae-hoon", "Tổng thư ký KSDA"),
            ],
            organizations=["Đại học Huế", "KSDA"],
            provinces=[pv("Huế")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: licences and FDI figures in Thái Nguyên and the North (S12 r3-r4) ---
    rows += [
        h(
            n(),
            "Tổng vốn FDI hai tháng đầu năm 2024 vượt 4,1 tỷ USD, cao hơn 35,2% so với cùng kỳ, trải trên 36 tỉnh, thành.",
            "2024-03-07",
            "ministry",
            ["statistics", "count", "percentage", "approx", "no_event"],
            money=[m(4_100 * M, "USD", approx=True)],
            percentages=[35.2],
            quantities=[c(36, "tỉnh, thành")],
            events=[],
        ),
        h(
            n(),
            "Thái Nguyên, với 447,2 triệu USD (10,8%), chỉ xếp sau Hà Nội (gần 905 triệu USD) và Quảng Ninh (hơn 466 triệu USD).",
            "2024-03-07",
            "ministry",
            ["province_ranking", "approx", "percentage", "no_event"],
            provinces=[pv("Thái Nguyên"), pv("Hà Nội"), pv("Quảng Ninh")],
            money=[m(447.2 * M, "USD"), m(905 * M, "USD", approx=True), m(466 * M, "USD", approx=True)],
            percentages=[10.8],
            events=[],
        ),
        h(
            n(),
            "Riêng Công ty TNHH Helion Solar Cell (thuộc Tập đoàn Helion Solar) đã nhận từ Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên giấy chứng nhận cho dự án 438,6 triệu USD, gần trọn số vốn FDI mới của tỉnh trong hai tháng (447,2 triệu USD, 3 dự án).",
            "2024-03-07",
            "provincial",
            [
                "licence_received_from_board",
                "firm_first",
                "board_grantor",
                "parent_in_brackets",
                "count",
                "nfd",
            ],
            organizations=["Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            quantities=[c(3, "dự án")],
            money=[m(438.6 * M, "USD"), m(447.2 * M, "USD")],
            firms=[f("Helion Solar Cell", "Công ty TNHH"), f("Helion Solar", "Tập đoàn")],
            deals=[deal("investment", ["Helion Solar Cell"], 438.6 * M, TN)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các khu công nghiệp tỉnh Thái Nguyên"), F("Helion Solar Cell")],
                    438.6 * M,
                    "USD",
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy tấm pin ở Thái Nguyên |\n>> Hút FDI: một tỉnh phía Bắc đã đi được 58% chặng đường cả năm",
            "2024-03-07",
            "ministry",
            ["caption", "related_link", "percentage", "multiline", "no_event"],
            provinces=[pv("Thái Nguyên")],
            percentages=[58],
            events=[],
        ),
        h(
            n(),
            "Các khu công nghiệp Thái Nguyên đón 9 dự án mới trong nửa đầu năm 2022: 3 dự án FDI góp 286,4 triệu USD, 6 dự án trong nước góp 948,2 tỷ đồng.",
            "2022-06-28",
            "provincial",
            ["round_total_no_event", "count", "no_event"],
            provinces=[pv("Thái Nguyên")],
            quantities=[c(9, "dự án mới"), c(3, "dự án FDI"), c(6, "dự án trong nước")],
            money=[m(286.4 * M, "USD"), m(948.2 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Helion Wafer, doanh nghiệp vốn Trung Quốc, mang về dự án lớn nhất: 252 triệu USD (5.800 tỷ đồng) cho dây chuyền phôi và tấm silic ở KCN Yên Bình, định khởi công trong tháng 8.",
            "2022-06-28",
            "provincial",
            [
                "round_line_no_verb",
                "bare_firm",
                "country_adjective",
                "planned_groundbreaking_announced",
                "bracketed_conversion",
                "park_names_no_province",
            ],
            firms=[f("Helion Wafer")],
            money=[m(252 * M, "USD"), m(5800 * B, "VND")],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Yên Bình")],
            deals=[deal("investment", ["Helion Wafer"], 252 * M)],
            events=[ev("investment_announcement", [F("Helion Wafer")], 252 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Xếp sau là Kumsung Tech (24 triệu USD, KCN Sông Công II) và Brightlens Việt Nam (8,2 triệu USD, KCN Điềm Thụy).",
            "2022-06-28",
            "provincial",
            ["round_lines_no_verb", "deals_no_event", "vietnam_dropped", "park_names_no_province"],
            firms=[f("Kumsung Tech"), f("Brightlens")],
            money=[m(24 * M, "USD"), m(8_200_000, "USD")],
            locations=[park("Khu công nghiệp Sông Công II"), park("Khu công nghiệp Điềm Thụy")],
            deals=[
                deal("investment", ["Kumsung Tech"], 24 * M),
                deal("investment", ["Brightlens"], 8_200_000),
            ],
            events=[],
        ),
        h(
            n(),
            "Tính luỹ kế, 131 dự án FDI (hơn 10,2 tỷ USD) và 134 dự án trong nước (trên 17.100 tỷ đồng) đang có mặt ở các khu công nghiệp của tỉnh.",
            "2022-06-28",
            "provincial",
            ["cumulative_no_event", "old_tone", "count", "approx", "no_event"],
            quantities=[c(131, "dự án FDI"), c(134, "dự án trong nước")],
            money=[m(10.2 * B, "USD", approx=True), m(17100 * B, "VND", approx=True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: Đà Nẵng calls for an investor in an advanced-packaging lab a firm proposed (S9 r3-r4) ---
    rows += [
        h(
            n(),
            "Phòng lab đóng gói chip 1.650 tỷ ở Đà Nẵng chờ nhà đầu tư",
            "2025-05-13",
            "provincial",
            ["headline", "call_for_investor_no_event", "bare_ty", "no_event"],
            provinces=[pv("Đà Nẵng")],
            money=[m(1650 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ của nhà đầu tư quan tâm sẽ do Sở Tài chính TP. Đà Nẵng nhận; dự án được chọn theo hình thức chấp thuận chủ trương, đồng thời chấp thuận nhà đầu tư, không qua đấu giá hay đấu thầu.",
            "2025-05-13",
            "provincial",
            ["call_for_investor_no_event", "province_in_org_name", "no_event"],
            organizations=["Sở Tài chính TP. Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Người đề xuất dự án là CTCP TSP Lab: 1.650 tỷ đồng cho một tòa nhà bốn tầng nổi trên khu đất hơn 2.100 m2 ở quận Hải Châu, công suất thiết kế 9 triệu sản phẩm mỗi năm.",
            "2025-05-13",
            "provincial",
            [
                "proposal_no_event",
                "ctcp_normalised",
                "district",
                "m2_to_ha",
                "capacity_no_count",
                "approx",
                "no_event",
            ],
            firms=[f("TSP Lab", "Công ty CP")],
            money=[m(1650 * B, "VND")],
            areas=[ha(0.21, True)],
            locations=[district("quận Hải Châu")],
            events=[],
        ),
        h(
            n(),
            "Hạn nộp hồ sơ là hết ngày 26/5; nếu được chấp thuận, dự án chạy 50 năm, xây từ quý III/2025 và xong trong quý I/2027.",
            "2025-05-13",
            "provincial",
            ["schedule", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "w dsc07731jpg 55210.jpg\nKhu đất dự kiến xây phòng thí nghiệm ở quận Hải Châu. Ảnh: Hồ Giang",
            "2025-05-13",
            "provincial",
            ["image_file_name", "caption", "district", "photo_credit_person", "multiline", "no_event"],
            persons=[per("Hồ Giang", None)],
            locations=[district("quận Hải Châu")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a US chipmaker's assembly-and-test plant in the HCMC hi-tech park, a working session with
    # the city, and its plant expansion in China (S16 r1-r3) ---
    rows += [
        h(
            n(),
            "Chủ nhật, ngày 19/10/2025 08:12 GMT+7\n\nTP.HCM có thể nhận thêm việc đóng gói chip từ Veltrix",
            "2025-10-19",
            "ministry",
            ["timestamp_line", "headline", "work_shift_no_deal", "multiline", "no_event"],
            firms=[f("Veltrix")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Một phần việc lắp ráp, kiểm định đang làm ở Philippines có thể được Veltrix, tập đoàn chip Mỹ, dồn sang nhà máy TP.HCM trong đợt sắp xếp lại sản xuất toàn cầu.",
            "2025-10-19",
            "ministry",
            ["work_shift_no_deal", "lowercase_tap_doan", "country_adjective", "country", "no_event"],
            firms=[f("Veltrix")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Mỹ"), country("Philippines")],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch UBND TP.HCM Lê Thanh Tùng nghe ông Marcus Teo, Tổng giám đốc Công ty Veltrix Products Việt Nam (VPV), báo cáo kế hoạch này khi tới nhà máy trong Khu Công nghệ cao TP.HCM.",
            "2025-10-19",
            "ministry",
            [
                "working_session_no_event",
                "person_role_after",
                "role_before_name",
                "park_names_province",
                "vietnam_dropped",
            ],
            persons=[
                per("Marcus Teo", "Tổng giám đốc Công ty Veltrix Products Việt Nam"),
                per("Lê Thanh Tùng", "Chủ tịch UBND TP.HCM"),
            ],
            firms=[f("Veltrix Products", "Công ty")],
            organizations=["Ủy ban nhân dân TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            locations=[park("Khu Công nghệ cao TP.HCM")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền kiểm định ở nhà máy VPV. Ảnh TL\n\nLãnh đạo thành phố và Veltrix trao đổi ngày 17/10/2025. Ảnh: Cổng thông tin điện tử TP.HCM",
            "2025-10-19",
            "ministry",
            [
                "caption",
                "archive_credit_nothing",
                "portal_credit_nothing",
                "acronym_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("VPV"), f("Veltrix")],
            events=[],
        ),
        h(
            n(),
            "Bà Laura Brenner, Phó Chủ tịch phụ trách quan hệ chính phủ của Veltrix, nhắc tại cuộc gặp ở Washington ngày 9/10 rằng nhiều nhà cung ứng của tập đoàn đã sang Việt Nam hồi tháng 4 để tìm đối tác địa phương.",
            "2025-10-19",
            "ministry",
            ["supplier_programme_no_deal", "person_role_after", "foreign_city_nothing", "no_event"],
            persons=[per("Laura Brenner", "Phó Chủ tịch phụ trách quan hệ chính phủ của Veltrix")],
            firms=[f("Veltrix")],
            events=[],
        ),
        h(
            n(),
            "Ông Lê Thanh Tùng đề nghị VPV đưa những dòng chip khó nhất của tập đoàn về hoàn thiện ở TP.HCM.",
            "2025-10-19",
            "ministry",
            ["wish_no_deal", "acronym_firm", "nfd", "no_event"],
            persons=[per("Lê Thanh Tùng", None)],
            firms=[f("VPV")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Thứ năm 12/02/2026 05:10\nHotline: 024.388.41.207\nDoanh nghiệp - Doanh nhân\n\nVeltrix bơm 260 triệu USD cho nhà máy đóng gói chip ở Trung Quốc",
            "2026-02-12",
            "ministry",
            ["page_chrome", "hotline_no_count", "section_label", "investment_abroad", "no_site", "multiline"],
            firms=[f("Veltrix")],
            money=[m(260 * M, "USD")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Veltrix"], 260 * M)],
            events=[ev("investment_announcement", [F("Veltrix")], 260 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Xưởng ở Tô Châu, hoạt động từ 2004, là nơi kiểm thử phần lớn chip máy tính xách tay của Veltrix.",
            "2026-02-12",
            "ministry",
            ["foreign_city_nothing", "no_event"],
            firms=[f("Veltrix")],
            events=[],
        ),
    ]
    # --- A Russian-language page on a US-Vietnam semiconductor memorandum, rendered in Vietnamese (S13 r3) ---
    rows += [
        h(
            n(),
            "Bản ghi nhớ bán dẫn Mỹ – Việt ký ở Hà Nội ngày 10/9 nhắm vào chuỗi cung ứng và kỹ năng lao động, theo một trang tin tiếng Nga.",
            "2023-09-11",
            "ministry",
            ["foreign_page_rendered", "state_memorandum_countries_only", "country", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Khoản khởi động tới 1,5 triệu USD do Chính phủ Mỹ bỏ ra sẽ dùng mở phòng thực hành về kiểm thử, đóng gói chip.",
            "2023-09-11",
            "ministry",
            [
                "foreign_page_rendered",
                "seed_funding_no_deal",
                "up_to_not_approx",
                "country_in_org_name",
                "no_event",
            ],
            organizations=["Chính phủ Mỹ"],
            money=[m(1.5 * M, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- English: a wire headline on a planned testing plant, a forum repost of a Nikkei story, a Thai paper's
    # round-up, the VNS copy of the Bắc Ninh opening (S17 r1-r4, S18 r3) ---
    rows += [
        h(
            n(),
            "A US$1.3 billion chip-testing plant is on Daewon's Vietnam list\nHANOI: A proposal document puts Daewon Electronics' planned testing plant at 33 trillion dong (US$1.3 billion), money it hopes will help it keep up with AI-driven orders for memory chips.\nOriginal source: The Star",
            "2025-11-04",
            "ministry",
            [
                E,
                "wire_headline_lead",
                "announced_investment",
                "dateline",
                "bracketed_conversion",
                "outlet_nothing",
                "short_name",
                "no_site",
                "multiline",
            ],
            firms=[f("Daewon"), f("Daewon Electronics")],
            provinces=[pv("Hà Nội")],
            money=[m(33000 * B, "VND"), m(1.3 * B, "USD")],
            deals=[deal("investment", ["Daewon Electronics"], 33000 * B)],
            events=[
                ev("investment_announcement", [F("Daewon Electronics")], 33000 * B, "VND", None, "announced")
            ],
        ),
        h(
            n(),
            "Plant will test memory and sensor chips for carmakers\n|Daehan Semitech's factory in Bac Ninh Province. Photo courtesy of Daehan Semitech",
            "2023-08-24",
            "ministry",
            [
                E,
                "forum_repost",
                "subheading",
                "possessive_firm",
                "caption",
                "courtesy_credit_firm",
                "unaccented_province",
                "multiline",
                "no_event",
            ],
            firms=[f("Daehan Semitech")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "MINH THU, Nikkei staff writer August 24, 2023 17:31 JST\nHO CHI MINH CITY -- A $1.2 billion packaging and testing factory opened on Thursday in Vietnam, where South Korea's Daehan Semitech joins a growing crowd of foreign chip investors.",
            "2023-08-24",
            "ministry",
            [
                E,
                "byline_caps",
                "dateline",
                "inauguration_with_capital",
                "possessive_country",
                "object_first",
                "no_site",
                "multiline",
            ],
            persons=[per("Minh Thu", None)],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Daehan Semitech")],
            money=[m(1.2 * B, "USD")],
            locations=[country("South Korea")],
            deals=[deal("investment", ["Daehan Semitech"], 1.2 * B)],
            events=[ev("inauguration", [F("Daehan Semitech")], 1.2 * B, "USD", None, "completed")],
        ),
        h(
            n(),
            "Daewon Electronics has pledged an extra US$780 million to start chip-substrate output next June, while Veltrix's biggest assembly and test site, a $1.4 billion plant, is already in the country.",
            "2022-11-10",
            "ministry",
            [E, "announced_investment", "recalled_investment", "possessive_firm", "no_site"],
            firms=[f("Daewon Electronics"), f("Veltrix")],
            money=[m(780 * M, "USD"), m(1.4 * B, "USD")],
            deals=[
                deal("investment", ["Daewon Electronics"], 780 * M),
                deal("investment", ["Veltrix"], 1.4 * B),
            ],
            events=[
                ev("investment_announcement", [F("Daewon Electronics")], 780 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Software sponsorship from US design-tool maker Kestrel Design Automation will help HCM City Hi-Tech Park open a chip design centre, and the firm will train local electrical engineers, said Vu Thanh Long, head of the Foreign Investment Agency under the Ministry of Planning and Investment.",
            "2022-11-10",
            "ministry",
            [
                E,
                "training_pledge_no_deal",
                "person_role_after",
                "said_name_last",
                "english_park_no_location",
                "adjective_no_country",
            ],
            persons=[
                per(
                    "Vu Thanh Long",
                    "head of the Foreign Investment Agency under the Ministry of Planning and Investment",
                )
            ],
            organizations=["Ministry of Planning and Investment", "Foreign Investment Agency"],
            firms=[f("Kestrel Design Automation")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Disbursed FDI for January-October, at $17.1 billion, was the best in five years (+14.8 per cent); factories absorbed 64 per cent of it.",
            "2022-11-10",
            "ministry",
            [E, "statistics", "per_cent", "no_event"],
            money=[m(17_100 * M, "USD")],
            percentages=[14.8, 64],
            events=[],
        ),
        h(
            n(),
            "VIETNAM, August 24 - HÀ NỘI — A 19-hectare chip packaging and test factory of South Korea's Daehan Semitech was inaugurated on Thursday in the northern province of Bắc Ninh.",
            "2023-08-24",
            "ministry",
            [E, "vns_copy", "dateline", "inauguration_no_capital", "passive", "possessive_country", "area"],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh")],
            firms=[f("Daehan Semitech")],
            locations=[country("South Korea")],
            areas=[ha(19)],
            events=[ev("inauguration", [F("Daehan Semitech")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "The first $410 million phase will do system-in-package (SiP) assembly and testing; spending at Daehan Semitech Việt Nam in Quế Võ II is to reach $1.2 billion by 2034.",
            "2023-08-24",
            "ministry",
            [
                E,
                "vns_copy",
                "total_by_year_recalled",
                "phase_amount",
                "vietnam_dropped",
                "english_park_no_location",
            ],
            firms=[f("Daehan Semitech")],
            money=[m(410 * M, "USD"), m(1.2 * B, "USD")],
            deals=[deal("investment", ["Daehan Semitech"], 410 * M)],
            events=[],
        ),
        h(
            n(),
            "The province hopes the plant will pull other chip investors to Bắc Ninh, Party Committee secretary Phan Đình Khải said. — VNS",
            "2023-08-24",
            "ministry",
            [E, "role_before_name", "agency_credit_nothing", "no_event"],
            persons=[per("Phan Đình Khải", "Party Committee secretary")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- English: a chip-design certificate in Đà Nẵng, the city's policy page and an English provincial paper on its
    # semiconductor drive (S18 r1, r2, r4) ---
    rows += [
        h(
            n(),
            "ĐÀ NẴNG — Lumicore Silicon, a Penang-headquartered chip designer, now holds an investment certificate for a design project in Đà Nẵng's software park.",
            "2025-02-09",
            "ministry",
            [
                E,
                "dateline",
                "licence_held_no_grantor",
                "possessive_place",
                "foreign_city_nothing",
                "vns_copy",
            ],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Lumicore Silicon")],
            deals=[deal("investment", ["Lumicore Silicon"], None, DNg)],
            events=[ev("investment_licence", [F("Lumicore Silicon")], None, None, DNg, "licensed")],
        ),
        h(
            n(),
            "The certificate changed hands at a ceremony on Tuesday, according to the Đà Nẵng Semiconductor and AI Research and Training Centre (DSRC).",
            "2025-02-09",
            "ministry",
            [
                E,
                "source_attribution",
                "acronym_bracket",
                "province_in_org_name",
                "weekday_no_date",
                "no_event",
            ],
            organizations=["Đà Nẵng Semiconductor and AI Research and Training Centre", "DSRC"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Ardent Microsystems of the US opened a design office there last April; the city wants 5,000 engineers, 2,000 of them chip designers, by 2030.",
            "2025-02-09",
            "ministry",
            [
                E,
                "recalled_opening_no_capital",
                "month_no_date",
                "count",
                "country_of",
                "no_event",
            ],
            firms=[f("Ardent Microsystems")],
            locations=[country("US")],
            quantities=[c(5000, "engineers"), c(2000, "chip designers")],
            events=[],
        ),
        h(
            n(),
            "Kestrel Design Automation, Viettel Group and FPT IS were among partners that inked memorandums with the city's information and communications department at last year's chip and AI conference.",
            "2025-02-09",
            "ministry",
            [E, "recalled_memoranda_no_event", "bare_unit_department", "firm_list", "no_event"],
            firms=[f("Kestrel Design Automation"), f("Viettel Group"), f("FPT IS")],
            events=[],
        ),
        h(
            n(),
            "Pursuant to Resolution No. 136/2024/QH15 (Da Nang pilot mechanisms).\nDETAILPursuant to Resolution No. 57/2024/NQ-HDND (support for chip and AI human resources in Da Nang City).",
            "2025-01-20",
            "legal",
            [
                E,
                "policy_page",
                "glued_words",
                "resolution_numbers",
                "unaccented_province",
                "multiline",
                "no_event",
            ],
            decisions=[d("136/2024/QH15"), d("57/2024/NQ-HĐND")],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "b) Chips, ICs, flexible electronics (PE) and next-generation batteries: strategic investors must bring at least VND 4,000 billion.",
            "2025-01-20",
            "legal",
            [E, "policy_page", "list_item", "minimum_approx", "no_event"],
            money=[m(4000 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "By DA NANG Today / DA NANG Today\nAugust 12, 2024, 09:40 [GMT+7]",
            "2024-08-12",
            "ministry",
            [E, "outlet_byline_nothing", "timestamp_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mr. Yoon Hae-sung (left), Deputy General Director of Daewon Electronics's chip division, receives a gift from Da Nang Party Committee Secretary Tran Duc Minh in Suwon, South Korea.",
            "2024-08-12",
            "ministry",
            [
                E,
                "caption",
                "role_before_name",
                "person_role_after",
                "possessive_firm",
                "foreign_city_nothing",
                "country",
            ],
            persons=[
                per("Yoon Hae-sung", "Deputy General Director of Daewon Electronics's chip division"),
                per("Tran Duc Minh", "Da Nang Party Committee Secretary"),
            ],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Daewon Electronics")],
            locations=[country("South Korea")],
            events=[],
        ),
    ]
    # --- English: a workforce-training agreement, an expo's speakers, a current-affairs page on the US-Vietnam
    # memorandum, and a business weekly's tag page (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "Chip training gets a US push\n\nChip training gets a US push\n\nWashington is funding more semiconductor courses in Vietnam under a fresh cooperation framework.",
            "2024-10-02",
            "ministry",
            [
                E,
                "tag_page",
                "headline_repeated",
                "country_noun",
                "capital_city_nothing",
                "multiline",
                "no_event",
            ],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "A deal to train chip workers was signed in Hanoi on May 9 by Sao Mai Group, VMS Technology JSC and Oregon Polytechnic University (USA), on the sidelines of a semiconductor workforce conference.",
            "2024-05-10",
            "ministry",
            [
                E,
                "three_signers_firms_and_school",
                "mou_pair_of_firms",
                "country_bracket",
                "passive",
                "deal_date",
            ],
            firms=[f("Sao Mai Group"), f("VMS Technology", "JSC")],
            organizations=["Oregon Polytechnic University"],
            provinces=[pv("Hà Nội")],
            locations=[country("USA")],
            deals=[deal("mou", ["Sao Mai Group", "VMS Technology"], None, HN, "2024-05-09")],
            events=[
                ev(
                    "mou",
                    [F("Sao Mai Group"), O("Oregon Polytechnic University"), F("VMS Technology")],
                    None,
                    None,
                    HN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Sao Mai Group and its partners at the signing. Photo: moet.gov.vn |",
            "2024-05-10",
            "ministry",
            [E, "caption", "site_credit_nothing", "table_pipe", "no_event"],
            firms=[f("Sao Mai Group")],
            events=[],
        ),
        h(
            n(),
            "A chip workforce alliance that Sao Mai University set up with Danang city as a public-private partnership was also launched, with Deputy Prime Minister Le Hoang Son looking on.",
            "2024-05-10",
            "ministry",
            [
                E,
                "alliance_launch_no_deal",
                "witness_not_party",
                "role_before_name",
                "unaccented_province",
                "no_event",
            ],
            persons=[per("Le Hoang Son", "Deputy Prime Minister")],
            organizations=["Sao Mai University"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Veltrix says it has helped train 7,000 to 9,000 chip engineers in Vietnam so far, Pham Thu Trang, its director of Vietnam government affairs, told SEMIExpo Vietnam 2024 at the National Innovation Centre (NIC) on November 7.",
            "2024-11-12",
            "ministry",
            [E, "expo_no_event", "pronoun_firm_role", "range_count", "acronym_bracket"],
            persons=[per("Pham Thu Trang", "director of Vietnam government affairs")],
            organizations=["National Innovation Centre", "NIC"],
            firms=[f("Veltrix")],
            quantities=[c(7000, "chip engineers"), c(9000, "chip engineers")],
            events=[],
        ),
        h(
            n(),
            "“Students who spend a semester on a real tape-out come to us ready to work,” Dang Quoc Hung, general director of Ardent Microsystems Vietnam, told VIR.",
            "2024-11-12",
            "ministry",
            [E, "quote_first", "person_role_after", "vietnam_dropped", "outlet_nothing", "no_event"],
            persons=[per("Dang Quoc Hung", "general director of Ardent Microsystems Vietnam")],
            firms=[f("Ardent Microsystems")],
            events=[],
        ),
        h(
            n(),
            "Category : International Published on: September 14 2023\nTeaching labs for chip assembly, testing and packaging in Vietnam will get 1.8 million US Dollars of US government seed money to start with.",
            "2023-09-14",
            "ministry",
            [
                E,
                "current_affairs_page",
                "seed_funding_no_deal",
                "dollars_spelt_out",
                "country_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["US government"],
            money=[m(1.8 * M, "USD")],
            locations=[country("US")],
            events=[],
        ),
    ]
    # --- English: two groundbreakings of component plants, a business weekly's tag page, a provincial paper's FDI
    # round-up and a cached copy of a chipmaker's top-up (S20 r2-r4, S12 r2, S16 r4) ---
    rows += [
        h(
            n(),
            "Sunjin Glass breaks ground on US$185-million component plant\nBy Hoang Minh\nMarch 12, 2019 | 09:10 AM GMT+7",
            "2019-03-12",
            "ministry",
            [E, "headline_byline", "groundbreaking", "multiline"],
            persons=[per("Hoang Minh", None)],
            firms=[f("Sunjin Glass")],
            money=[m(185 * M, "USD")],
            deals=[deal("groundbreaking", ["Sunjin Glass"], 185 * M)],
            events=[ev("groundbreaking", [F("Sunjin Glass")], 185 * M, "USD", None, "started")],
        ),
        h(
            n(),
            "Prime Minister Tran Van Nghia was at the ceremony for the 5.8-hectare Phu Tho plant, which will cost nearly VND4.3 trillion (US$185 million).",
            "2019-03-12",
            "ministry",
            [
                E,
                "plant_details_no_firm",
                "area",
                "bracketed_conversion",
                "approx",
                "attendee_no_party",
                "unaccented_province",
            ],
            persons=[per("Tran Van Nghia", "Prime Minister")],
            provinces=[pv("Phú Thọ")],
            areas=[ha(5.8)],
            money=[m(4300 * B, "VND", approx=True), m(185 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Sunjin Glass expects 1,300 local hires, annual sales of US$700 million and output of 48 million cover-glass pieces a year once the plant runs from May 2020.",
            "2019-03-12",
            "ministry",
            [E, "capacity_no_count", "count", "money_per_year", "no_event"],
            firms=[f("Sunjin Glass")],
            quantities=[c(1300, "local hires")],
            money=[m(700 * M, "USD", "year")],
            events=[],
        ),
        h(
            n(),
            "At groundbreaking ceremony of An Khanh's high-tech factory in Da Nang",
            "2019-09-27",
            "ministry",
            [E, "caption", "groundbreaking", "possessive_firm", "unaccented_province"],
            firms=[f("An Khanh")],
            provinces=[pv("Đà Nẵng")],
            deals=[deal("groundbreaking", ["An Khanh"], None, DNg)],
            events=[ev("groundbreaking", [F("An Khanh")], None, None, DNg, "started")],
        ),
        h(
            n(),
            "The Management Board of Da Nang Hi-Tech Park and Industrial Parks licensed An Khanh Industrial JSC's VND980 billion (US$42 million), 27.5-hectare project on June 18 of 2018.",
            "2019-09-27",
            "ministry",
            [
                E,
                "recalled_licence",
                "deal_no_event",
                "deal_date",
                "bracketed_conversion",
                "area",
                "province_in_org_name",
            ],
            firms=[f("An Khanh Industrial", "JSC")],
            organizations=["Management Board of Da Nang Hi-Tech Park and Industrial Parks"],
            provinces=[pv("Đà Nẵng")],
            money=[m(980 * B, "VND"), m(42 * M, "USD")],
            areas=[ha(27.5)],
            deals=[deal("investment", ["An Khanh Industrial"], 980 * B, DNg, "2018-06-18")],
            events=[],
        ),
        h(
            n(),
            "Le Van Phuc, head of the board, said local suppliers could use the 8,400-square-metre plant, to be built in three phases, to get into high-tech supply chains.\n\nBy Thu Ha - Translated by Bao Anh",
            "2019-09-27",
            "ministry",
            [
                E,
                "count_in_words",
                "m2_to_ha",
                "person_role_after",
                "bare_board_role",
                "byline_translator",
                "multiline",
                "no_event",
            ],
            persons=[per("Le Van Phuc", "head of the board"), per("Thu Ha", None), per("Bao Anh", None)],
            areas=[ha(0.84)],
            events=[],
        ),
        h(
            n(),
            "Chip-part makers look at Vietnam\n\nChip-part makers look at Vietnam\n\nIndustries - Tue, Nov 16, 2021 | 10:20 am GMT+7",
            "2021-11-16",
            "ministry",
            [E, "tag_page", "headline_repeated", "section_timestamp", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Some 205 FDI projects worth 10.61 billion USD now operate in Thai Nguyen, after 38 new projects (over 241.6 million USD) and 15 capital top-ups (129.4 million USD) last year.",
            "2024-01-22",
            "provincial",
            [E, "statistics", "count", "approx", "unaccented_province", "no_event"],
            provinces=[pv("Thái Nguyên")],
            quantities=[c(205, "FDI projects", True), c(38, "new projects"), c(15, "capital top-ups")],
            money=[m(10.61 * B, "USD"), m(241.6 * M, "USD", approx=True), m(129.4 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Electronic parts on the line at Kumsung Tech Vina Thai Nguyen in Diem Thuy Industrial Park. |\nThông tin bạn đọc\nĐóng Lưu thông tin",
            "2024-01-22",
            "provincial",
            [
                E,
                "caption",
                "unit_keeps_place_in_name",
                "english_park_no_location",
                "page_chrome",
                "multiline",
                "no_event",
            ],
            firms=[f("Kumsung Tech Vina Thai Nguyen")],
            events=[],
        ),
        h(
            n(),
            "Investment Veltrix tops up Vietnam plant with US$390 million By Ngoc Lan Thursday, Feb 11, 2021,10:05 (GMT+7)",
            "2021-02-11",
            "ministry",
            [E, "cached_page", "flattened_lines", "byline", "top_up_reported", "no_site"],
            persons=[per("Ngoc Lan", None)],
            firms=[f("Veltrix")],
            money=[m(390 * M, "USD")],
            deals=[deal("investment", ["Veltrix"], 390 * M)],
            events=[ev("investment_announcement", [F("Veltrix")], 390 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "HCMC – Another US$390 million from U.S. chipmaker Veltrix Corporation has gone into Veltrix Products Vietnam (VPV), its assembly and test plant at the Saigon Hi-Tech Park in HCMC, which has taken more than US$1 billion since 2006. – PHOTO: VAN KHOA",
            "2021-02-11",
            "ministry",
            [
                E,
                "dateline",
                "amount_first",
                "top_up_reported",
                "recalled_total",
                "corporation_kept",
                "english_park_no_location",
                "caps_photo_credit",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Veltrix Corporation"), f("Veltrix Products")],
            persons=[per("Van Khoa", None)],
            money=[m(390 * M, "USD"), m(1 * B, "USD", approx=True)],
            deals=[deal("investment", ["Veltrix Corporation"], 390 * M, HCM)],
            events=[
                ev("investment_announcement", [F("Veltrix Corporation")], 390 * M, "USD", HCM, "announced")
            ],
        ),
        h(
            n(),
            "Read full this story\n\n(276 words, first posted on english.sgtimes.vn, February 11, 2021; cached copy)",
            "2021-02-11",
            "ministry",
            [
                E,
                "cache_footer",
                "word_count_no_count",
                "site_name_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- More lines of the stories above: the signing's chairman, the packager's revenue, the workforce MoU's context,
    # the working session's purpose (S2 r3, S3 r2, S6 r1, S16 r1), the English provincial paper's parks (S12 r2)
    # and the plant-announcement caption (S1 r4) ---
    rows += [
        h(
            n(),
            "Ông Kim Tae-soo nói công ty chọn Bắc Ninh vì hạ tầng khu công nghiệp và nguồn lao động trẻ.",
            "2021-12-17",
            "provincial",
            ["reason_no_deal", "person_no_role", "nfd", "no_event"],
            persons=[per("Kim Tae-soo", None)],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Năm nay nhà máy ở Bắc Giang của Sungwon Micron Vina nhắm khoảng 240 triệu USD doanh thu.",
            "2023-10-22",
            "provincial",
            ["revenue_money_only", "vina_dropped", "approx", "no_event"],
            firms=[f("Sungwon Micron")],
            provinces=[pv("Bắc Giang")],
            money=[m(240 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Đà Nẵng coi vi mạch là ngành phải tăng nhanh trong thập niên này, nhưng thiếu kỹ sư vẫn là điểm nghẽn lớn nhất của quá trình công nghiệp hoá ở thành phố.",
            "2025-03-06",
            "provincial",
            ["context_line", "old_tone", "no_event"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Hai bên cũng rà lại các vướng mắc về thủ tục mà Veltrix nêu ở cuộc gặp bên Mỹ và bàn chuyện đào tạo kỹ sư cho nhà máy.",
            "2025-10-19",
            "ministry",
            ["working_session_no_event", "country", "no_event"],
            firms=[f("Veltrix")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Thai Nguyen's plan now counts 40 industrial clusters on 2,050 hectares and 12 industrial parks, one of them for IT, on 4,100 hectares.",
            "2024-01-22",
            "provincial",
            [
                E,
                "planning_no_event",
                "count",
                "possessive_province",
                "area",
                "unaccented_province",
                "no_event",
            ],
            provinces=[pv("Thái Nguyên")],
            quantities=[c(40, "industrial clusters"), c(12, "industrial parks")],
            areas=[ha(2050), ha(4100)],
            events=[],
        ),
        h(
            n(),
            "Người đứng đầu Hồng Lam trình bày lộ trình nhà máy trước khách mời |",
            "2026-03-02",
            "ministry",
            ["caption", "bare_role_no_person", "short_name", "table_pipe", "no_event"],
            firms=[f("Hồng Lam")],
            events=[],
        ),
    ]
    return rows
