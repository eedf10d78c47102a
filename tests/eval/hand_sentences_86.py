# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 86 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: news from after the 1 July 2025 province mergers about electronics and
EMS suppliers in the North (the merged Bắc Ninh, Phú Thọ, Thái Nguyên, Hải Phòng and Hưng Yên): how articles name the new
units beside the old ones ("tỉnh Bắc Ninh (mới)", "Bắc Giang cũ", "xã ... thuộc tỉnh ...", "(trước là huyện ..., tỉnh
...)", "the former Vinh Phuc area"), FDI licence rounds, supplier-matching events and capital increases. Written and
annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes.
Searches, numbered S1-S20 in the section comments: S1 "tỉnh Bắc Ninh (mới) cấp giấy chứng nhận đầu tư dự án điện tử",
S2 "Bắc Giang cũ khu công nghiệp nhà máy linh kiện điện tử 2025", S3 "xã thuộc tỉnh Bắc Ninh nhà máy linh kiện điện tử
khởi công", S4 "Phú Thọ sau sáp nhập Vĩnh Phúc dự án FDI điện tử tăng vốn", S5 "Thái Nguyên sau hợp nhất Bắc Kạn thu
hút FDI linh kiện điện tử", S6 "Hải Phòng Hải Dương cũ khu công nghiệp cấp phép dự án điện tử", S7 "Hưng Yên Thái Bình
cũ dự án điện tử trao giấy chứng nhận đầu tư", S8 "hội nghị kết nối cung cầu doanh nghiệp điện tử Bắc Ninh 2025", S9
"điều chỉnh tăng vốn dự án linh kiện điện tử Bắc Ninh sau sáp nhập", S10 "doanh nghiệp EMS lắp ráp điện tử miền Bắc
nhà cung ứng linh kiện", S11 "trao giấy chứng nhận đăng ký đầu tư cấp mới dự án FDI tỉnh Bắc Ninh tổng vốn đăng ký",
S12 "Samsung Thái Nguyên doanh nghiệp Việt nhà cung cấp kết nối 2025", S13 "Foxconn Goertek Luxshare mở rộng nhà máy
Bắc Ninh tăng vốn 2025", S14 "phường thuộc tỉnh Phú Thọ khu công nghiệp Bá Thiện Bình Xuyên dự án điện tử", S15 "Ban
Quản lý các khu công nghiệp tỉnh Bắc Ninh sau sáp nhập thu hút vốn FDI tháng", S16 "doanh nghiệp công nghiệp hỗ trợ
điện tử Hải Phòng ký kết hợp đồng cung ứng linh kiện", and in English E1 "Bac Ninh province merged with Bac Giang
electronics FDI investment certificates", E2 "Hai Phong electronics plant capital increase after merger with Hai
Duong", E3 "Vietnam electronics supplier matching event northern provinces Samsung local suppliers", E4 "Thai Nguyen
Phu Tho Hung Yen electronics project investment licence million USD". No sentence is taken or paraphrased from a page;
the shapes are. Firm, park-company, person and most project names are invented (the contract maker "Hồng Vận" / "Hong
Van Interconnect" and its units "Vĩnh Tín", "Kết nối Hồng Vận Tân Phong", the acoustics group "Thái Hòa", the PCB
makers "Hoa Thịnh", "Kaneda Circuit Hong Kong", "Zhenhua Electronics", the display makers "Hanseong Display", "Vạn
Khang Display", the park companies "Cầu Lồ", "Tam Dương Green", "Thuận Thành Xanh", "Dong Hai Industrial Park
Corporation", the provincial leaders and the Deputy Prime Minister); well-known names (Samsung, LG and its three Hải
Phòng units, Apple, FPT, Viettel, VNPT, VCCI, the 2025 merger resolution 202/2025/QH15) appear only in sentences of our
own, with figures, dates and wording changed.

What the sample looked like (80 result slots, about 68 distinct pages: a Prime Minister's 2024 Bắc Ninh investment
conference came back three times, a one-line Samsung licence blurb and a reposted park-policy decision three times
each, the Phú Thọ capital-increase story twice in Vietnamese and once in English, the Thái Nguyên FDI league table
twice, a Bắc Giang reopening blurb twice, a ShunSin chip-line story twice): 6 were spam and junk (gambling keyword
salads with "sáp nhập với tỉnh nào", an image-file line, and two spam domains carrying a Phú Thọ FDI headline and an
old park groundbreaking with its comment widget); 26 were tag, hashtag, title, legal-title, blurb and repost pages
(law-firm questions, "đơn vị hành chính mới hải phòng", a merger-vote tag, park-planning tags, a Bắc Giang reopening
blurb, an unnamed Korean group's licence blurb, a 2008 Samsung licence blurb, a display maker's proposal to add
capital on conditions, a disclosure title, a Thanh Hóa QĐ-UBND title, Prime Minister's policy approvals for parks
reposted with a "source" line, a Foxconn-Apple relocation blurb, a display maker's land plan, a Thái Nguyên-Bắc Kạn
road tag with its glued by-line, a supporting-industry tag with a director's quote); 4 were a service page on
investment certificates, a course-paper cover with its member table, an internship report and a provincial investment
portal page; 28 were Vietnamese news and features (the conference with Samsung's pledge, attendees, licences and
memoranda; a PCB maker's groundbreaking in VSIP Bắc Ninh II with its phases and patents; Phú Thọ's two capital
increases told as "Dự án thứ nhất / thứ hai" with wards named phường Vĩnh Phúc and phường Hòa Bình; Thái Nguyên after
the merger and at the top of the FDI table with the other provinces' figures; Hải Phòng's new parks; a VCCI-Bắc Ninh
working session on an FDI forum, a science forum, a startup day and a Hưng Yên data forum; Samsung's 30 years, its
first Bắc Ninh (cũ) plant and a Thái Nguyên working session; a ShunSin chip line in Quang Châu with its sublease and
timeline; a Foxconn unit's stake purchase in a Goertek company pending approval; Luxshare's tenth adjustment; a
monthly Bắc Ninh FDI tally with its by-line; a planned groundbreaking of a 290-ha park on named communes of Phú Thọ
with its by-line; a Phú Thọ industry feature; a supporting-industry essay; a "Made by Vietnam" interview; a KTSG FDI
feature); 14 were English (VietnamPlus and a copy on Bắc Ninh's FDI, Bắc Ninh's English portal with a six-project
licence list, an FDI feature with a department director's quote, a park's land-sublease contract with an LG vendor,
The Investor on Hải Phòng's seven licences at a Shenzhen conference and memoranda, a capital-increase list for Hải
Phòng, three Samsung supplier-programme and exhibition pieces and a sourcing fair caption, a tag on a Hải Phòng
licence round, a Hưng Yên FDI report with its largest projects and investor countries) and 2 French (an LG Innotek
increase, a Thái Nguyên licence; read for their shapes, told here in English). About 28 slots told a deal or an event
(licences, capital increases and licence lists, a pledge, groundbreakings held and planned, a stake purchase, a land
sublease, a named firm's land plan, recalled licences and plants, memoranda with unnamed firms), several the same
story on two or three pages; no signed supply contract between a Vietnamese supplier and a buyer appeared in any first
four (the supplier pages told tiers, counts and fairs), so the batch has none.

Rows: 163 (hand-22401 to hand-22563); 40 carry a deal or an event (25%): 33 events in 31 rows (19 licences, 5
investment announcements, 4 groundbreakings, 2 MoUs, 2 acquisitions, 1 cooperation) and 48 `deals` entries (42
investment, 4 groundbreaking, 1 mou, 1 cooperation); 9 rows hold a deal without an event (hand-22474, 22530 and 22552
verbless round and report lines; 22486, 22487, 22492, 22504 and 22507 recalled plants and running totals; 22532 a
recalled licence), none an event without a deal. 123 rows are negatives and other fields. By page kind: 8 rows in the
shapes of spam, junk and spam domains carrying news (1 with a deal or event), 23 of tag, title, legal-title, blurb and
repost pages (1), 14 of service pages, theses, reports, document stores, portal pages and legal text (0), 83 of
Vietnamese news and features (25), 35 English rows plus one English tag headline (`english_copy`, 36 in all, 22%; 13).
9 rows are stored in NFD (hand-22448, 22457, 22463, 22467, 22494, 22506, 22514, 22518, 22563); 6 use old tone placement
(hand-22403 "hoá", 22445 "nội địa hoá", 22518 "KCN Hoà Phú", 22561 "nội địa hoá", 22562 "Thoả thuận", 22563 "Hoà
Bình"); 35 hold a headline and a lead, a tag line, a caption with its credit, a timestamp, a by-line or several lines.

Own wording: on review of the first draft against the sampled pages, about 70 rows followed a sampled sentence too
closely (same clause order with names and figures swapped: the conference's pledge and round, the PCB groundbreaking,
its phases and patents, both tellings of Phú Thọ's increases, the FDI league table and its running total, the Hải
Phòng new-parks headline, the VCCI working session and its attendee line, the startup-day lead, the data-forum line,
Samsung's staff, plants, working session, quote, market value and running total, LG's three units, the EMS portal
lines, the ShunSin lessor, capacity and timeline lines, the stake purchase, its filing and the group's totals,
Luxshare's adjustment, site and total, the planned park groundbreaking and its ready-built factories, the Phú Thọ
feature and cluster lines, the Hà Nội park, the monthly tally and running total, the KTSG lead, the spam-domain leads,
the reopening, supplier-count, park-count, unnamed-licence and proposal tags, the reposted approvals, the road tag,
the supporting-industry tag, the service page's title and statistics, the portal's electronics lines, the document
store's UI lines, and nearly every English paragraph: the VNA lead and monthly figures, the certificate count, the
portal headline and lead, the flagship-project line and quote, the LG Innotek increase and its total, the sublease and
the vendor's plan, the Shenzhen round's lead, the HEZA memoranda, the Samsung programme, stand and tier lines, the
fair caption, the Hưng Yên report and investor countries, the Thái Nguyên licence and its jobs, the Phú Thọ lead); every
one was rewritten from scratch (other clause order, other facts around it, other figures or places) and its gold redone.
10 first-draft rows were dropped or reshaped: five because their shape or facts came only from results ranked 5 or
lower (a provincial party secretary's tax-share quote and a new/adjusted FDI round count from S1's rank-8 page -- the
round row was recast in the rank-1 conference's shape --, a Fushan capacity tag from S13's rank 5, an EMS definition
from S10's rank 6, a digital-strategy decision from S8's rank 5), and five because they stayed too close even after
rewording (the 2008 Samsung licence blurb, the supporting-industry definition by country, Phú Thọ's park statistics
and its 2026 target, a second unnamed display-maker plan).

Conventions: exactly those of batches 10 and 12-85 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or capital increase is an investment deal and a licence event about the increase, the
granting committee or board a government party as written, a passive or active increase without a grantor a licence
with no grantor; a round line with its own licensing verb is a licence, a verbless round or report line a deal
without an event and without site (batch 73, 78); a committee's investment memorandum with a named firm and an amount
is the firm's investment deal and a signed MoU with the amount; a park developer's lease memorandum with a tenant is a
firm-pair MoU, a lease contract a cooperation deal and event, lessor first; a conference commitment by a named firm is
an announced investment (batch 70, 79); a named firm's planned groundbreaking with its capital is an announced
investment, the future day no deal date (batch 22, 81); a held groundbreaking is a groundbreaking deal and event
"started"; an acquisition's deal is the buyer's investment, its event lists buyer and target, "announced" while pending
(batch 62); recalled plants, licences and a named firm's running total in a province are deals without events (batch
71, 79); supplier status, tiers, fair and conference totals, unnamed investors and memoranda, proposals, plans of
parks with no investor named, working sessions and wishes give no deal; "(cũ)", "nay thuộc" and "the former X area"
give the old province as mention and the current unit as site; a province inside a firm's name is no mention, inside
an organisation's or park's name it is; wards named after a former province (phường Bắc Giang) are neither province
nor district (batch 71); "huyện X" is a district, xã and phường none; English parks are no locations, a park name
holding the province sites the deal; Vietnamese country adjectives and "(Korea)", "of South Korea" are countries,
English adjectives ("South Korean", "Korean money", "Japanese investors") are not; "Việt Nam"/"Vietnam" and a trailing
"Vina" are dropped from a foreign subsidiary's name, a group's unit of one province keeps its place ("Samsung
Electronics Vietnam Thai Nguyen", "LG Display Việt Nam Hải Phòng", "Điện tử Yusheng Hải Dương"); "X Corporation" keeps
the word; organisations expand UBND, KCN, KKT, HĐND and VCCI, government parties keep the text's spelling, bare units
("UBND tỉnh", "Sở Công Thương", "the Provincial People's Committee", "the provincial statistics office") are none;
capacities, durations, row numbers and counts in words are no counts, English counts keep their English noun phrase;
km2 and m2 are converted to hectares; photo credits and by-lines are persons with no role, site and agency credits
("Chinhphu.vn", "Techz.vn", "KTSG Online", "Ảnh: Tư liệu", "Photo courtesy of Phu Tho newspaper") nothing; "TS." and
"ThS." are no roles, a label "Giảng viên hướng dẫn:" / "Giáo viên hướng dẫn:" is (batch 73). Every row with no event
carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- New-unit markers: "tỉnh Bắc Ninh (mới)", "Phú Thọ mới", "Hải Phòng (mới)", "Thái Nguyên (mới)" are mentions of the
  current unit's key; "Bắc Giang cũ", "khu vực Vĩnh Phúc cũ", "khu vực Thái Bình cũ", "Hoà Bình cũ" mentions of the old
  province; a row naming both gives both. "xã Xuân Cẩm, tỉnh Bắc Ninh (trước đây thuộc huyện Hiệp Hòa, tỉnh Bắc
  Giang)" (hand-22416) and "(trước là huyện Lạng Giang, tỉnh Bắc Giang)" (22449) give both provinces and the huyện as a
  district; "khi đó thuộc tỉnh Bắc Ninh cũ" (22486) the province; "Việt Yên cũ" (a former town, 22478) nothing.
- "KCN Quang Châu (nay thuộc tỉnh Bắc Ninh)" in a lead whose headline says "ở Bắc Giang cũ" (22498) gives both
  provinces and sites the announced investment in Bắc Ninh; a group's total "ở Bắc Giang cũ" (22504, 22507) is sited in
  the current unit.
- Communes and wards of the new units (xã Bình Xuyên, xã Tân Dĩnh, xã Như Quỳnh, xã Cẩm Giàng, phường Tân An, phường
  Bá Xuyên, phường Vĩnh Yên, phường Kinh Bắc, phường Nếnh) are no locations; "phường Bắc Giang" (22483, 22525) gives no
  Bắc Giang mention, while "Sở Công Thương Bắc Ninh" and "Sở Tài chính Bắc Ninh" (without "tỉnh") are organisations as
  written and give Bắc Ninh.
- A passive approval with the developer in a second clause ("KCN Tân Dĩnh 2 ..., vốn hơn 4.200 tỷ đồng, đã có chủ
  trương đầu tư; quyết định được trao cho Công ty CP X", 22449) is X's licence without grantor, sited in the current
  unit; "Quyết định số 1348/QĐ-TTg ngày 3/9 của Thủ tướng đã chấp thuận chủ trương ... khu công nghiệp Nam Thanh Miện"
  with no investor (22427) is a dated decision and no event.
- "Phần lớn nhất, 120 triệu USD, được cấp thêm cho nhà máy ... của Công ty TNHH X" (22456) and "The largest top-up was
  granted to X, which added $60 million" (22539) are licences of the increase without grantor (batch 78's "Khoản tăng
  vốn lớn nhất ... được cấp cho"); "Other licensed projects: a $22 million ... plant of A ... and an $18 million ...
  line of B" (22540) two licences; "Among firms topping up, A ... added US$27 million and B ... put in US$34 million
  more" (22542) two licences; "They include a US$78 million ... plant of A ...; ..." after a round lead (22530) and
  "Bốn dự án còn lại gồm ... của A (38 triệu USD), ..." (22474) verbless: deals without events, the one in "VSIP Bac
  Ninh Industrial Park" sited in Bắc Ninh.
- A stake purchase told target first ("30% vốn Công ty TNHH B Việt Nam sẽ về tay Công ty TNHH A, đơn vị của Hồng Vận
  ..., với giá 42 triệu USD" under a headline "Hồng Vận mua cổ phần một công ty con của Thái Hòa tại Bắc Ninh", 22502)
  is A's investment deal and an announced acquisition of A and B, sited in Bắc Ninh by the headline; the headline's
  short names are firm mentions; the English filing ("Hong Van Interconnect said its Vietnamese arm would pay $42
  million for a 30 per cent stake in B", 22559) names only the parent, which is then the buyer, without site; the
  exchange ("Sở Giao dịch Chứng khoán Đài Loan", "Taiwan Stock Exchange") is an organisation and its country no location.
- A land sublease told tenant first ("Jinwoo Electronics Co. will take 11.2 ha ... under a sublease contract it signed
  with Dong Hai Industrial Park Corporation on October 21", 22536) is a dated cooperation deal and signed event, lessor
  first, no site (English park); the next row's "The LG Display supplier has budgeted about 140 million USD ...,
  Jinwoo said" (22537) is Jinwoo's announced investment.
- A developer-tenant memorandum at a matching event ("Công ty CP KCN A ký biên bản ghi nhớ với Tập đoàn B (Trung Quốc)
  về việc cho thuê 12 ha", 22484) is a firm-pair MoU deal and event without date ("Cùng ngày") and without site.
- A forum agreed at a working session ("... sẽ do VCCI và tỉnh Bắc Ninh cùng đứng ra tổ chức ..., theo kết luận buổi
  làm việc", 22475) is a working session, not an MoU (unlike batch 79's "thoả thuận cùng sàng lọc"); the province is
  a mention, not an organisation.
- Presence lines ("Mạch dẻo Sungwoo Vina và Ăng-ten Daeho là hai trong chừng 14 xưởng ... giao linh kiện cho Samsung",
  22417; "Ở Hải Phòng, LG Display Việt Nam Hải Phòng làm màn hình, ...", 22493; "Doanh thu ... dựa phần lớn vào ...,
  đứng đầu là Công ty TNHH Điện tử Tân Hưng Việt Nam", 22511) give firms only; a plant placed with its worth ("Năm
  2008, Samsung chọn Yên Phong ... đặt nhà máy điện thoại đầu tiên ..., trị giá 700 triệu USD", 22486) or opened with
  its year ("Samsung mở tiếp tổ hợp điện thoại ở Thái Nguyên vào năm 2014", 22487) is a recalled investment deal, no
  event; "Samsung đã đưa vào Việt Nam chừng 24 tỷ USD" (22492) a recalled running total without site.
- A group's commitment total ("Lập Tín nay đã cam kết hơn 640 triệu USD cho các nhà máy ở Bắc Giang cũ", 22507) is a
  recalled investment with that amount (approximate), like batch 71's brand totals, not a pledge.
- A headline short name identical to the normalised name ("Lập Tín Precision tăng vốn lần thứ 11 ..." over "Công ty TNHH
  Lập Tín Precision Việt Nam", 22505) is listed once; the passive "được Ban Quản lý các KCN tỉnh Bắc Ninh cấp giấy
  chứng nhận điều chỉnh hôm 6/11" names the board as government party; "lần thứ 11" is an ordinal.
- A headline with "hơn 200 triệu USD" over a lead with 212,4 triệu USD (22519) gives both amounts, the first
  approximate; "21 lượt tăng vốn" is a count in "lượt tăng vốn".
- A named display maker planning "thuê 80 ha ở Bắc Ninh để dựng hai nhà máy" (22495) is an announced investment
  without amount, sited in Bắc Ninh; a display maker's conditional proposal to add capital (22421) gives no deal.
- Spam keyword lines with a lower-case province ("kuwin thái bình sáp nhập với tỉnh nào ...") give no mention (batch
  85), lower-case tag lines ("đơn vị hành chính mới thái nguyên", "hải phòng sáp nhập xã phường", "điều kiện thành lập
  công ty vốn nước ngoài tại hưng yên") give the province (batch 71); an unaccented image-file line gives nothing.
- A spam domain carrying an old groundbreaking ("Khởi công khu công nghiệp gần 1.500 tỷ đồng" + "Tổng công ty X là chủ
  đầu tư KCN Y ở huyện Phù Ninh, tỉnh Phú Thọ; ...", 22407) is read as the news it carries: X's groundbreaking with the
  amount, sited in Phú Thọ; its comment prompt gives nothing.
- "Nine of Samsung's first-tier suppliers shared its 180-square-metre stand" (22547) gives 0.018 ha and no count; "2.500
  - 25.000 m2" (22509) both ends as areas; "1/2000" (a planning scale) is no decision.
- Unaccented English names of units ("Samsung Electronics Vietnam Thai Nguyen") are kept as written; "Samsung Việt
  Nam" / "Samsung Vietnam" is "Samsung"; "SEVT" in brackets gives no new firm; "Phu Tho Province Chairman" before a
  name is the English role as written."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_86(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    BN = cur("Bắc Ninh")  # also Bắc Giang (cũ)
    PT = cur("Phú Thọ")  # also Vĩnh Phúc, Hòa Bình (cũ)
    TN = cur("Thái Nguyên")  # also Bắc Kạn (cũ)
    HP = cur("Hải Phòng")  # also Hải Dương (cũ)
    HY = cur("Hưng Yên")  # also Thái Bình (cũ)

    ids = iter(range(22401, 22800))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam, keyword salads, junk lines and spam domains carrying news (S4, S7, S9, S14: 6 of the 80 slots) ---
    rows += [
        h(
            n(),
            "kuwin soi cầu xsmb hôm nay bảng giá linh kiện điện tử cũ tỷ số việt nam lào",
            "2025-08-02",
            "ministry",
            ["spam_keywords", "lowercase", "lowercase_country_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin thái bình sáp nhập với tỉnh nào thịt rang cháy cạnh kết quả bóng đá anh",
            "2025-07-14",
            "ministry",
            ["spam_keywords", "lowercase_province_no_mention", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win tra cứu hoá đơn điện tử cục thuế nhà ở xã hội quế võ lịch âm hôm nay",
            "2025-09-21",
            "ministry",
            ["spam_keywords", "old_tone", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tp bac ninh moi cong bo quy hoach khu cong nghiep sau sap nhap/dji_0213-jpg-4/",
            "2025-08-30",
            "ministry",
            ["junk_image_line", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xổ số miền bắc thứ ba giá sạc dự phòng 20000mah bảng xếp hạng serie a",
            "2025-10-07",
            "ministry",
            ["spam_keywords", "lowercase", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vì sao Hưng Yên hút mạnh vốn ngoại sau hợp nhất?\n\n(Chinhphu.vn) - Linh kiện điện tử ở khu vực Thái Bình cũ chiếm phần lớn trong khoảng 812,6 triệu USD vốn FDI Hưng Yên thu hút sau mười tháng.",
            "2025-11-08",
            "ministry",
            [
                "spam_domain_news",
                "headline_lead",
                "site_credit_no_org",
                "old_province_cu",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hưng Yên"), pv("Thái Bình")],
            money=[m(812.6 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Khởi công khu công nghiệp gần 1.500 tỷ đồng\nTổng công ty Đầu tư Hạ tầng Sông Lô là chủ đầu tư KCN Phù Ninh Xanh ở huyện Phù Ninh, tỉnh Phú Thọ; giai đoạn I chiếm 310 ha, vốn gần 1.500 tỷ đồng.\nViết bình luận của bạn...",
            "2017-04-12",
            "provincial",
            [
                "spam_domain_news",
                "headline_lead",
                "groundbreaking_headline",
                "developer_named",
                "district",
                "comment_widget",
                "pre2025",
                "area",
                "approx",
                "multiline",
            ],
            provinces=[pv("Phú Thọ")],
            firms=[f("Đầu tư Hạ tầng Sông Lô", "Tổng công ty")],
            money=[m(1500 * B, "VND", approx=True)],
            areas=[ha(310)],
            locations=[park("Khu công nghiệp Phù Ninh Xanh"), district("huyện Phù Ninh")],
            deals=[deal("groundbreaking", ["Đầu tư Hạ tầng Sông Lô"], 1500 * B, PT)],
            events=[ev("groundbreaking", [F("Đầu tư Hạ tầng Sông Lô")], 1500 * B, "VND", PT, "started")],
        ),
        h(
            n(),
            "kuwin trực tiếp kqxs miền nam lô gan mb tai nghe bluetooth chính hãng giá rẻ",
            "2025-12-19",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, hashtag, title, legal-title and blurb pages (S1, S2, S4, S5, S6, S7, S9, S11, S12, S15, S16: about 22 slots) ---
    rows += [
        h(
            n(),
            "Quy trình xin giấy phép môi trường cho xưởng SMT tại Bắc Ninh như thế nào?",
            "2025-08-19",
            "provincial",
            ["tag_page", "law_firm_question", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "điều kiện thành lập công ty vốn nước ngoài tại hưng yên",
            "2025-09-03",
            "provincial",
            ["tag_page", "lowercase_tag_province", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "đơn vị hành chính mới thái nguyên",
            "2025-07-02",
            "provincial",
            ["tag_page", "lowercase_tag_province", "no_event"],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "hải phòng sáp nhập xã phường",
            "2025-06-20",
            "provincial",
            ["tag_page", "lowercase_tag_province", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "sáp nhập phú thọ\n\nCả ba kỳ họp HĐND ở Vĩnh Phúc, Hòa Bình và Phú Thọ đều thông qua đề án nhập tỉnh; tỉnh mới giữ tên Phú Thọ, đặt trụ sở ở Việt Trì.",
            "2025-05-09",
            "provincial",
            ["tag_page", "merger_vote", "bare_unit_no_org", "city_not_province", "multiline", "no_event"],
            provinces=[pv("Vĩnh Phúc"), pv("Hòa Bình"), pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy trong 3 khu công nghiệp Bắc Giang được mở lại dần từ 2/6, đợt đầu gồm 11 doanh nghiệp\nMỗi nơi chỉ được dùng khoảng 1.200 công nhân lúc đầu.",
            "2021-05-30",
            "provincial",
            [
                "tag_blurb",
                "headline_lead",
                "reopening",
                "pre2025",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Giang")],
            quantities=[c(11, "doanh nghiệp"), c(3, "khu công nghiệp"), c(1200, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "kcn hòa phú\n\nHiệp Hòa thêm 240 ha đất công nghiệp\nQuy hoạch chi tiết phần mở rộng của KCN Hòa Phú vừa được Hội đồng nhân dân tỉnh Bắc Giang thông qua, vài tuần trước khi tỉnh nhập vào Bắc Ninh.",
            "2025-06-11",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "planning_approval_no_event",
                "bare_place_no_district",
                "area",
                "multiline",
            ],
            organizations=["Hội đồng nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang"), pv("Bắc Ninh")],
            areas=[ha(240)],
            locations=[park("Khu công nghiệp Hòa Phú")],
            events=[],
        ),
        h(
            n(),
            "quy hoạch phân khu\nDuyệt quy hoạch 1/2000 phần mở rộng gần 190 ha của KCN Xuân Cẩm\nKhu công nghiệp thuộc xã Xuân Cẩm, tỉnh Bắc Ninh (trước đây thuộc huyện Hiệp Hòa, tỉnh Bắc Giang), ưu tiên điện tử, cơ khí chính xác và logistics.",
            "2025-10-16",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "commune_of_new_province",
                "truoc_day_thuoc",
                "district",
                "planning_approval_no_event",
                "scale_not_decision",
                "area",
                "approx",
                "multiline",
            ],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            areas=[ha(190, True)],
            locations=[park("Khu công nghiệp Xuân Cẩm"), district("huyện Hiệp Hòa")],
            events=[],
        ),
        h(
            n(),
            "Bắc Giang cũ: nơi chuỗi cung ứng Apple và Samsung gặp nhau\nMạch dẻo Sungwoo Vina và Ăng-ten Daeho là hai trong chừng 14 xưởng ở Bắc Giang cũ đang giao linh kiện cho Samsung.",
            "2025-09-25",
            "ministry",
            [
                "gaming_site_feature",
                "headline_lead",
                "supplier_status_no_deal",
                "bare_names",
                "vina_dropped",
                "old_province_cu",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Apple"), f("Samsung"), f("Mạch dẻo Sungwoo"), f("Ăng-ten Daeho")],
            quantities=[c(14, "cơ sở", True)],
            events=[],
        ),
        h(
            n(),
            "Sáu khu công nghiệp của Bắc Giang cũ đã chạy, ba khu khác mới có chủ trương; tổng diện tích chừng 1.850 ha, theo Ban Quản lý các KCN tỉnh Bắc Giang trước hợp nhất.",
            "2025-09-25",
            "ministry",
            [
                "gaming_site_feature",
                "province_in_org_name",
                "old_province_cu",
                "count_in_words_no_count",
                "area",
                "approx",
                "no_event",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            areas=[ha(1850, True)],
            events=[],
        ),
        h(
            n(),
            "24H - Một tập đoàn linh kiện Đài Loan vừa có chứng nhận đầu tư từ Ban Quản lý các KCN tỉnh Bắc Ninh (sáng 12/8) cùng ưu đãi thuế, đất; tháng 10 sẽ động thổ.",
            "2025-08-12",
            "ministry",
            ["blurb", "unnamed_investor_no_event", "province_in_org_name", "country_adjective_vi"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy mô-đun camera 48 triệu sản phẩm/năm của Công ty TNHH Quang học Seowon Việt Nam ở KCN Yên Bình, tỉnh Thái Nguyên, có giấy chứng nhận đầu tư từ hôm 18/9.",
            "2025-09-19",
            "ministry",
            [
                "blurb",
                "object_first",
                "licence_no_grantor",
                "vietnam_suffix_dropped",
                "capacity_no_count",
                "deal_date",
            ],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Quang học Seowon", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Yên Bình")],
            deals=[deal("investment", ["Quang học Seowon"], None, TN, "2025-09-18")],
            events=[ev("investment_licence", [F("Quang học Seowon")], None, None, TN, "licensed")],
        ),
        h(
            n(),
            "Tăng vốn FDI\nMuốn được xếp vào nhóm dự án quy mô lớn để hưởng ưu đãi, Công ty TNHH Hanseong Display Việt Nam đề xuất bỏ thêm 1,2 tỷ USD, đưa vốn dự án ở Yên Phong lên 4,2 tỷ USD.",
            "2025-11-27",
            "ministry",
            [
                "tag_page",
                "proposal_no_deal",
                "conditional",
                "bare_place_no_province",
                "multiline",
                "no_event",
            ],
            firms=[f("Hanseong Display", "Công ty TNHH")],
            money=[m(1.2 * B, "USD"), m(4.2 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1532/QĐ-UBND Bắc Ninh 2025 danh mục dự án kêu gọi đầu tư vào khu công nghiệp",
            "2025-10-02",
            "legal",
            ["legal_title", "decision_year_only", "no_event"],
            provinces=[pv("Bắc Ninh")],
            decisions=[d("1532/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "CBTT Nghị quyết HĐQT về góp vốn thành lập công ty con tại tỉnh Bắc Ninh (mới)",
            "2025-08-05",
            "ministry",
            ["title_page", "disclosure_title", "new_province_moi", "no_firm", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Chủ trương đầu tư hạ tầng KCN Quế Võ III, tỉnh Bắc Ninh được điều chỉnh, tổng vốn lên gần 3.100 tỷ đồng, theo quyết định Phó Thủ tướng Lương Quốc Bình vừa ký.\n\nsource https://dautubds.baodautu.vn/dieu-chinh-chu-truong-kcn-que-vo-iii-d214552.html",
            "2025-09-09",
            "ministry",
            [
                "repost",
                "source_url",
                "approval_no_investor",
                "passive",
                "person_role_before",
                "running_total",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Lương Quốc Bình", "Phó Thủ tướng")],
            provinces=[pv("Bắc Ninh")],
            money=[m(3100 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Quế Võ III")],
            events=[],
        ),
        h(
            n(),
            "Thái Nguyên – Bắc Kạn: Nối quốc lộ 3 mới để kéo công nghiệp lên phía Bắc bởi Minh Ngọc 27 Tháng 6, 2025 Khu công nghiệp ở Bắc Kạn cũ sẽ chỉ còn cách các nhà máy điện tử Phổ Yên chừng 90 phút đường bộ khi tuyến nối hoàn thành …",
            "2025-06-27",
            "provincial",
            [
                "tag_page",
                "byline_glued",
                "person_no_role",
                "old_province_cu",
                "duration_no_count",
                "no_event",
            ],
            persons=[per("Minh Ngọc", None)],
            provinces=[pv("Thái Nguyên"), pv("Bắc Kạn")],
            events=[],
        ),
        h(
            n(),
            '"doanh nghiệp phụ trợ" - Xưởng Việt muốn vào chuỗi của các hãng điện thoại\n(Techz.vn) Giám đốc Công ty TNHH Ép nhựa Thịnh Phát Hà Văn Thịnh cho rằng xưởng của ông có thể mua thêm máy ép ngay khi có đơn hàng từ các hãng điện thoại.',
            "2025-10-21",
            "ministry",
            [
                "tag_page",
                "person_role_before",
                "role_with_firm",
                "site_credit_no_org",
                "wish_no_event",
                "multiline",
            ],
            persons=[per("Hà Văn Thịnh", "Giám đốc Công ty TNHH Ép nhựa Thịnh Phát")],
            firms=[f("Ép nhựa Thịnh Phát", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "khu công nghiệp Nam Thanh Miện\nQuyết định số 1348/QĐ-TTg ngày 3/9 của Thủ tướng đã chấp thuận chủ trương đầu tư hạ tầng khu công nghiệp Nam Thanh Miện ở xã Thanh Miện, thành phố Hải Phòng (Hải Dương cũ).",
            "2025-09-04",
            "ministry",
            [
                "tag_page",
                "approval_no_investor",
                "bare_title_no_person",
                "decision_with_date",
                "old_province_cu",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng"), pv("Hải Dương")],
            decisions=[d("1348/QĐ-TTg", "2025-09-03")],
            locations=[park("Khu công nghiệp Nam Thanh Miện")],
            events=[],
        ),
        h(
            n(),
            "Đơn hàng quý III của doanh nghiệp FDI lẫn DDI trong các khu công nghiệp đều giữ được mức cùng kỳ, ban quản lý cho biết.",
            "2025-10-05",
            "provincial",
            ["blurb", "bare_unit_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tai nghe cho Apple sẽ được lắp ở miền Bắc nhiều hơn sau khi một đối tác Đài Loan dời bớt dây chuyền sang, theo thông tin Văn phòng Chính phủ đưa ra.",
            "2020-11-28",
            "ministry",
            ["blurb", "unnamed_firm", "relocation_no_event", "country_adjective_vi"],
            organizations=["Văn phòng Chính phủ"],
            firms=[f("Apple")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh\n\nBắc Ninh chuẩn bị phương án cho khu công nghệ thông tin tập trung ở phía Bắc tỉnh, ưu tiên thiết kế vi mạch và kiểm thử thiết bị.",
            "2025-11-13",
            "provincial",
            ["tag_page", "plan_no_investor", "headline_lead", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Chip investors eye Bắc Ninh's enlarged land bank after Bắc Giang merger",
            "2025-08-14",
            "ministry",
            ["english_copy", "tag_headline", "no_firm", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            events=[],
        ),
    ]
    # --- Theses, reports, document stores, service pages, portal pages and legal text (S2, S5, S10, S11, S16: about 8 slots) ---
    rows += [
        h(
            n(),
            "Thủ tục cấp mới giấy chứng nhận đăng ký đầu tư cho dự án FDI (cập nhật 2025)\nCăn cứ pháp lý: Luật Đầu tư 2020; Nghị định 31/2021/NĐ-CP; Thông tư 25/2023/TT-BKHĐT.",
            "2025-08-01",
            "legal",
            ["service_page", "legal_basis_list", "law_without_number", "multiline", "no_event"],
            decisions=[d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Chín tháng năm 2025 ghi nhận khoảng 132.500 doanh nghiệp lập mới; số dự án FDI mới được cấp giấy là 2.140.",
            "2025-10-03",
            "ministry",
            ["service_page", "statistics", "count", "approx", "no_event"],
            quantities=[c(132_500, "doanh nghiệp", True), c(2140, "dự án")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nKHOA ĐẦU TƯ\nTIỂU LUẬN HỌC PHẦN KINH TẾ ĐẦU TƯ\nĐề tài: Thu hút FDI vào ngành điện tử tỉnh Bắc Ninh giai đoạn 2020 - 2025\nGiảng viên hướng dẫn: Trịnh Thu Phương\nNhóm: 4",
            "2025-11-18",
            "ministry",
            ["thesis_cover", "upper_case_org", "label_role", "several_lines", "no_event"],
            organizations=["Trường Đại học Kinh tế Quốc dân"],
            persons=[per("Trịnh Thu Phương", "Giảng viên hướng dẫn")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "STT Mã sinh viên Họ và tên Lớp\n31 22D140112 Hoàng Thị Lan Anh K58F2\n32 22D140115 Phùng Đức Bảo K58F2\n33 22D140207 Lưu Ngọc Diệp K58F3",
            "2025-11-18",
            "ministry",
            ["thesis_member_table", "persons_no_role", "row_numbers_no_count", "several_lines", "no_event"],
            persons=[per("Hoàng Thị Lan Anh", None), per("Phùng Đức Bảo", None), per("Lưu Ngọc Diệp", None)],
            events=[],
        ),
        h(
            n(),
            "BÁO CÁO THỰC TẬP TỔNG HỢP\nĐơn vị thực tập: Công ty CP Thiết bị Điện tử Đông Kinh\nChương 1: Tổng quan về Công ty CP Thiết bị Điện tử Đông Kinh",
            "2024-05-20",
            "ministry",
            ["internship_report", "firm_repeated", "several_lines", "no_event"],
            firms=[f("Thiết bị Điện tử Đông Kinh", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Sinh viên thực hiện: Ngô Thị Hồng Nhung – Lớp CQ59/08.3\nGiáo viên hướng dẫn: ThS. Lê Phương Thảo",
            "2024-05-20",
            "ministry",
            [
                "internship_report",
                "label_role",
                "ths_no_role",
                "class_code_no_decision",
                "several_lines",
                "no_event",
            ],
            persons=[per("Ngô Thị Hồng Nhung", None), per("Lê Phương Thảo", "Giáo viên hướng dẫn")],
            events=[],
        ),
        h(
            n(),
            "Điện tử\n\nGần một nửa vốn FDI của Vĩnh Phúc (cũ) nằm ở ngành điện tử; linh kiện đầu vào phần lớn được nhập qua các công ty thương mại.",
            "2025-08-22",
            "provincial",
            [
                "portal_page",
                "section_label",
                "old_province_cu",
                "fraction_in_words_no_percentage",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp nội của tỉnh mới chen được vào khâu bao bì, in ấn và vận chuyển; khâu linh kiện chế tạo vẫn để trống.",
            "2025-08-22",
            "provincial",
            ["portal_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo Viện Nghiên cứu Chiến lược, Chính sách Công Thương, giá trị gia tăng trong nước của một chiếc điện thoại lắp ở Việt Nam chỉ khoảng 18%, phần còn lại nằm ở linh kiện nhập.",
            "2025-09-12",
            "ministry",
            [
                "feature",
                "theo_agency",
                "org_with_comma",
                "home_country_no_location",
                "percentage",
                "no_event",
            ],
            organizations=["Viện Nghiên cứu Chiến lược, Chính sách Công Thương"],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội (sắp xếp các tỉnh, thành phố)",
            "2025-06-12",
            "legal",
            ["legal_title", "resolution_number", "decision_with_date", "no_event"],
            organizations=["Quốc hội"],
            decisions=[d("202/2025/QH15", "2025-06-12")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh Bắc Ninh mới được lập trên toàn bộ diện tích tự nhiên và dân số của hai tỉnh Bắc Giang và Bắc Ninh; trung tâm chính trị - hành chính đặt tại tỉnh Bắc Giang hiện nay.",
            "2025-06-12",
            "legal",
            ["legal_text", "merged_province", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "Tài liệu chỉ hiển thị một phần, tải về để xem đủ\nGiải pháp phát triển công nghiệp hỗ trợ ngành điện tử trên địa bàn tỉnh Thái Nguyên",
            "2023-03-14",
            "ministry",
            ["document_store", "several_lines", "no_event"],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Tác giả xin cảm ơn Ban Quản lý các KCN tỉnh Thái Nguyên và Sở Tài chính tỉnh Thái Nguyên đã cung cấp số liệu cho luận văn.",
            "2023-03-14",
            "ministry",
            ["thesis_preface", "province_in_org_name", "no_event"],
            organizations=[
                "Ban Quản lý các Khu công nghiệp tỉnh Thái Nguyên",
                "Sở Tài chính tỉnh Thái Nguyên",
            ],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Nhập khẩu linh kiện điện tử vẫn chiếm hơn 40% kim ngạch nhập khẩu của các tỉnh phía Bắc trong 9 tháng, cho thấy mức nội địa hoá còn thấp.",
            "2025-10-10",
            "ministry",
            ["feature", "old_tone", "percentage", "approx_percentage", "no_event"],
            percentages=[40],
            events=[],
        ),
    ]
    # --- Vietnamese news: Bắc Ninh (mới) investor conference and licence round (S1, S3, S15) ---
    rows += [
        h(
            n(),
            "Tại hội nghị gặp mặt doanh nghiệp đầu năm hôm 2/3, tỉnh Bắc Ninh (mới) trao 31 văn bản đầu tư các loại, tổng vốn khoảng 1,3 tỷ USD.",
            "2026-03-03",
            "provincial",
            ["conference_total", "new_province_moi", "unnamed_projects", "count", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.3 * B, "USD", approx=True)],
            quantities=[c(31, "văn bản đầu tư")],
            events=[],
        ),
        h(
            n(),
            "Khoản lớn nhất thuộc về Samsung: tập đoàn hứa bổ sung 1,1 tỷ USD cho các nhà máy ở Yên Phong trong năm 2026.",
            "2026-03-03",
            "provincial",
            ["conference_commitment", "named_firm_plan", "lowercase_group_word", "bare_place_no_province"],
            firms=[f("Samsung")],
            money=[m(1.1 * B, "USD")],
            deals=[deal("investment", ["Samsung"], 1.1 * B)],
            events=[ev("investment_announcement", [F("Samsung")], 1.1 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Cùng dự có Bí thư Tỉnh ủy Bắc Ninh Quách Văn Sơn, Chủ tịch UBND tỉnh Lại Minh Khôi và lãnh đạo các xã, phường có khu công nghiệp.",
            "2026-03-03",
            "provincial",
            ["nfd", "attendance", "person_role_before", "two_persons", "bare_unit_in_role"],
            persons=[
                per("Quách Văn Sơn", "Bí thư Tỉnh ủy Bắc Ninh"),
                per("Lại Minh Khôi", "Chủ tịch UBND tỉnh"),
            ],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "KCN Tân Dĩnh 2 ở xã Tân Dĩnh, tỉnh Bắc Ninh (trước là huyện Lạng Giang, tỉnh Bắc Giang), vốn hơn 4.200 tỷ đồng, đã có chủ trương đầu tư; quyết định được trao cho Công ty CP Phát triển Hạ tầng Cầu Lồ.",
            "2026-03-03",
            "provincial",
            [
                "licence_passive",
                "policy_approval",
                "licence_no_grantor",
                "commune_of_new_province",
                "truoc_la",
                "district",
                "approx",
            ],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            firms=[f("Phát triển Hạ tầng Cầu Lồ", "Công ty CP")],
            money=[m(4200 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Tân Dĩnh 2"), district("huyện Lạng Giang")],
            deals=[deal("investment", ["Phát triển Hạ tầng Cầu Lồ"], 4200 * B, BN)],
            events=[
                ev("investment_licence", [F("Phát triển Hạ tầng Cầu Lồ")], 4200 * B, "VND", BN, "licensed")
            ],
        ),
        h(
            n(),
            "UBND tỉnh Thái Nguyên và Tập đoàn Điện tử Kyungil (Hàn Quốc) ký biên bản ghi nhớ về dự án nhà máy linh kiện 300 triệu USD tại KCN Yên Bình 2, bên lề hội nghị xúc tiến đầu tư ngày 11/3.",
            "2026-03-12",
            "provincial",
            ["government_mou", "investment_mou", "country_bracket", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Điện tử Kyungil", "Tập đoàn")],
            money=[m(300 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Yên Bình 2")],
            deals=[deal("investment", ["Điện tử Kyungil"], 300 * M, TN, "2026-03-11")],
            events=[
                ev(
                    "mou",
                    [G("UBND tỉnh Thái Nguyên"), F("Điện tử Kyungil")],
                    300 * M,
                    "USD",
                    TN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh Bắc Ninh trao giấy chứng nhận cho các nhà đầu tư. Ảnh: Đỗ Hải",
            "2026-03-03",
            "provincial",
            ["caption", "photo_credit_person", "unnamed_investors", "no_event"],
            persons=[per("Đỗ Hải", None)],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- S3: a PCB plant's groundbreaking in the enlarged Bắc Ninh, with its figures ---
    rows += [
        h(
            n(),
            "Bắc Ninh (mới) đón thêm nhà máy bảng mạch vốn Trung Quốc\n\n15:20 14/08/2025\n\nSáng 13/8, nhà máy PCB nhiều lớp 480 triệu USD của Công ty TNHH Công nghệ Hoa Thịnh Việt Nam được động thổ tại KCN VSIP Bắc Ninh III; chủ đầu tư là thành viên một tập đoàn bảng mạch Trung Quốc.",
            "2025-08-14",
            "ministry",
            [
                "headline_lead",
                "timestamp_line",
                "new_province_moi",
                "groundbreaking",
                "groundbreaking_passive",
                "park_holds_province",
                "country_in_headline",
                "vietnam_suffix_dropped",
                "multiline",
                "deal_date",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Công nghệ Hoa Thịnh", "Công ty TNHH")],
            money=[m(480 * M, "USD")],
            locations=[country("Trung Quốc"), park("Khu công nghiệp VSIP Bắc Ninh III")],
            deals=[deal("groundbreaking", ["Công nghệ Hoa Thịnh"], 480 * M, BN, "2025-08-13")],
            events=[ev("groundbreaking", [F("Công nghệ Hoa Thịnh")], 480 * M, "USD", BN, "started")],
        ),
        h(
            n(),
            "Giai đoạn đầu, khoảng 210 triệu USD, sẽ cho ra sản phẩm từ quý IV/2026 và dùng chừng 3.500 lao động.",
            "2025-08-14",
            "ministry",
            ["phase_amount", "no_firm", "approx", "count", "no_event"],
            money=[m(210 * M, "USD", approx=True)],
            quantities=[c(3500, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Hoa Thịnh có 310 bằng sáng chế về bảng mạch và hơn 850 kỹ sư nghiên cứu.",
            "2025-08-14",
            "ministry",
            ["group_profile", "short_name_firm", "count", "approx", "no_event"],
            firms=[f("Hoa Thịnh")],
            quantities=[c(310, "bằng sáng chế"), c(850, "kỹ sư", True)],
            events=[],
        ),
    ]
    # --- S4: Phú Thọ's adjusted certificates for the former Vĩnh Phúc area (told by two papers, one in English below) ---
    rows += [
        h(
            n(),
            "Phú Thọ trao giấy chứng nhận điều chỉnh cho 3 dự án FDI, tăng thêm 265 triệu USD\nBa doanh nghiệp linh kiện điện tử ở khu vực Vĩnh Phúc cũ nhận giấy chứng nhận điều chỉnh từ tay lãnh đạo UBND tỉnh Phú Thọ sáng 15/10.",
            "2025-10-15",
            "provincial",
            [
                "headline_lead",
                "licence_round_total",
                "projects_named_later",
                "count_in_words_no_count",
                "old_province_cu",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Phú Thọ"],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc")],
            money=[m(265 * M, "USD")],
            quantities=[c(3, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Phần lớn nhất, 120 triệu USD, được cấp thêm cho nhà máy mạch in dẻo của Công ty TNHH Hansung Flex Vina (Hàn Quốc) tại KCN Bá Thiện II, xã Bình Xuyên, nay có tổng vốn 290 triệu USD.",
            "2025-10-15",
            "provincial",
            [
                "project_line",
                "capital_increase_passive",
                "licence_no_grantor",
                "vina_dropped",
                "commune_no_location",
                "running_total",
            ],
            firms=[f("Hansung Flex", "Công ty TNHH")],
            money=[m(120 * M, "USD"), m(290 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Bá Thiện II")],
            deals=[deal("investment", ["Hansung Flex"], 120 * M)],
            events=[ev("investment_licence", [F("Hansung Flex")], 120 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Kế đến, Kaneda Circuit Hong Kong Co., Ltd (Nhật Bản) được điều chỉnh tăng 95 triệu USD cho nhà máy bảng mạch ở KCN Khai Quang, phường Vĩnh Yên; dự án trước đó đã có vốn 160 triệu USD.",
            "2025-10-15",
            "provincial",
            [
                "nfd",
                "project_line",
                "capital_increase_passive",
                "licence_no_grantor",
                "place_in_firm_name",
                "ward_no_location",
            ],
            firms=[f("Kaneda Circuit Hong Kong", "Co., Ltd")],
            money=[m(95 * M, "USD"), m(160 * M, "USD")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Khai Quang")],
            deals=[deal("investment", ["Kaneda Circuit Hong Kong"], 95 * M)],
            events=[
                ev("investment_licence", [F("Kaneda Circuit Hong Kong")], 95 * M, "USD", None, "licensed")
            ],
        ),
        h(
            n(),
            "Dự án thứ ba là xưởng cuộn cảm của Công ty TNHH Linh kiện Từ tính Yongfa, được bổ sung 50 triệu USD.",
            "2025-10-15",
            "provincial",
            [
                "project_line",
                "du_an_thu_ba",
                "capital_increase_passive",
                "licence_no_grantor",
                "ordinal_not_count",
            ],
            firms=[f("Linh kiện Từ tính Yongfa", "Công ty TNHH")],
            money=[m(50 * M, "USD")],
            deals=[deal("investment", ["Linh kiện Từ tính Yongfa"], 50 * M)],
            events=[
                ev("investment_licence", [F("Linh kiện Từ tính Yongfa")], 50 * M, "USD", None, "licensed")
            ],
        ),
        h(
            n(),
            "Chủ tịch UBND tỉnh Phú Thọ Đàm Quang Vinh (thứ 3 từ trái) trao giấy chứng nhận cho các nhà đầu tư.",
            "2025-10-15",
            "provincial",
            ["caption", "person_role_before", "unnamed_investors", "ordinal_not_count", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Phú Thọ"],
            persons=[per("Đàm Quang Vinh", "Chủ tịch UBND tỉnh Phú Thọ")],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Riêng khu vực Vĩnh Phúc cũ đang chiếm hơn 80% số dự án FDI điện tử của tỉnh Phú Thọ mới.",
            "2025-10-15",
            "provincial",
            ["old_province_cu", "new_province_moi", "percentage", "no_event"],
            provinces=[pv("Vĩnh Phúc"), pv("Phú Thọ")],
            percentages=[80],
            events=[],
        ),
    ]
    # --- S5: Thái Nguyên after the merger with Bắc Kạn; the FDI league table (S4, S5) ---
    rows += [
        h(
            n(),
            "Quý I: Thái Nguyên đứng đầu bảng vốn FDI, TP.HCM xếp sau\nTrong ba tháng, tỉnh hút khoảng 2,1 tỷ USD vốn ngoại, chiếm gần 22% cả nước, theo Cục Đầu tư nước ngoài (Bộ Tài chính).",
            "2026-04-06",
            "ministry",
            [
                "headline_lead",
                "statistics",
                "theo_agency",
                "parent_in_bracket",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Cục Đầu tư nước ngoài", "Bộ Tài chính"],
            provinces=[pv("Thái Nguyên"), pv("Hồ Chí Minh")],
            money=[m(2.1 * B, "USD", approx=True)],
            percentages=[22],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh (1,04 tỷ USD), Hà Nội (716,3 triệu USD), Hưng Yên (402,8 triệu USD) và Hải Phòng (288 triệu USD) cũng lọt nhóm dẫn đầu.",
            "2026-04-06",
            "ministry",
            ["ranking_list", "four_provinces", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Hà Nội"), pv("Hưng Yên"), pv("Hải Phòng")],
            money=[m(1.04 * B, "USD"), m(716.3 * M, "USD"), m(402.8 * M, "USD"), m(288 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh hiện có 271 dự án vốn ngoại còn hiệu lực; tổng vốn đăng ký cộng dồn khoảng 12,6 tỷ USD.",
            "2026-04-06",
            "ministry",
            ["nfd", "cumulative_total", "bare_unit_no_province", "count", "approx", "no_event"],
            money=[m(12.6 * B, "USD", approx=True)],
            quantities=[c(271, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Phần lớn vốn mới nằm ở hai dự án linh kiện tại KCN Yên Bình và KCN Sông Công II.",
            "2026-04-06",
            "ministry",
            ["two_parks", "count_in_words_no_count", "no_event"],
            locations=[park("Khu công nghiệp Yên Bình"), park("Khu công nghiệp Sông Công II")],
            events=[],
        ),
        h(
            n(),
            "Thanh Bình\n08/04/2026, 10:12",
            "2026-04-08",
            "ministry",
            ["byline", "timestamp_line", "person_no_role", "no_event"],
            persons=[per("Thanh Bình", None)],
            events=[],
        ),
        h(
            n(),
            "Bắc Kạn chính thức nhập vào Thái Nguyên từ ngày 1/7/2025; tỉnh mới giữ tên Thái Nguyên và đặt trung tâm hành chính tại phường Phan Đình Phùng.",
            "2025-07-03",
            "provincial",
            ["merged_province", "ward_no_location", "no_event"],
            provinces=[pv("Bắc Kạn"), pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2021-2025, công nghiệp - xây dựng của Thái Nguyên (cũ) tăng bình quân 7,1%/năm, còn Bắc Kạn (cũ) đạt 6,2%/năm.",
            "2025-07-03",
            "provincial",
            ["nfd", "old_province_cu", "two_old_provinces", "percentage", "no_event"],
            provinces=[pv("Thái Nguyên"), pv("Bắc Kạn")],
            percentages=[7.1, 6.2],
            events=[],
        ),
        h(
            n(),
            "UBND tỉnh Thái Nguyên vừa cấp phép cho Công ty TNHH Điện tử Hanbit Vina (Hàn Quốc) làm nhà máy vỏ máy tính bảng 210 triệu USD trên 9 ha tại KCN Sông Công II, thuộc phường Bá Xuyên, tỉnh Thái Nguyên (mới).",
            "2025-12-09",
            "provincial",
            [
                "licence",
                "government_party",
                "vina_dropped",
                "country_bracket",
                "ward_of_new_province",
                "new_province_moi",
                "area",
            ],
            organizations=["Ủy ban nhân dân tỉnh Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Điện tử Hanbit", "Công ty TNHH")],
            money=[m(210 * M, "USD")],
            areas=[ha(9)],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Sông Công II")],
            deals=[deal("investment", ["Điện tử Hanbit"], 210 * M, TN)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Thái Nguyên"), F("Điện tử Hanbit")],
                    210 * M,
                    "USD",
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Khi chạy hết công suất, nhà máy cần khoảng 4.300 lao động.",
            "2025-12-09",
            "provincial",
            ["projection", "count", "approx", "no_event"],
            quantities=[c(4300, "lao động", True)],
            events=[],
        ),
    ]
    # --- S6: Hải Phòng after taking in Hải Dương (new parks; a licence round in the former Hải Dương area) ---
    rows += [
        h(
            n(),
            "Quỹ đất công nghiệp Hải Phòng (mới) vượt 16.000 ha sau hợp nhất\n19 khu công nghiệp nữa đang chờ triển khai tới năm 2030, phần lớn ở khu vực Hải Dương cũ.",
            "2025-09-17",
            "provincial",
            [
                "headline_lead",
                "new_province_moi",
                "old_province_cu",
                "plan_no_investor",
                "count",
                "area",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng"), pv("Hải Dương")],
            quantities=[c(19, "khu công nghiệp")],
            areas=[ha(16000, True)],
            events=[],
        ),
        h(
            n(),
            "Một góc KCN Nam Đình Vũ, TP Hải Phòng. Ảnh: Tư liệu",
            "2025-09-17",
            "provincial",
            ["caption", "archive_credit_no_person", "no_event"],
            provinces=[pv("Hải Phòng")],
            locations=[park("Khu công nghiệp Nam Đình Vũ")],
            events=[],
        ),
        h(
            n(),
            "Hải Phòng trao giấy chứng nhận cho 5 dự án tại khu vực Hải Dương cũ\nChiều 24/9, UBND TP Hải Phòng trao giấy chứng nhận đăng ký đầu tư cho năm dự án điện tử tại các KCN Tân Trường, Phúc Điền và Đại An, tổng vốn 176 triệu USD.",
            "2025-09-25",
            "provincial",
            [
                "headline_lead",
                "licence_round_total",
                "three_parks",
                "old_province_cu",
                "count",
                "count_in_words_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân TP Hải Phòng"],
            provinces=[pv("Hải Phòng"), pv("Hải Dương")],
            money=[m(176 * M, "USD")],
            quantities=[c(5, "dự án")],
            locations=[
                park("Khu công nghiệp Tân Trường"),
                park("Khu công nghiệp Phúc Điền"),
                park("Khu công nghiệp Đại An"),
            ],
            events=[],
        ),
        h(
            n(),
            "Trong đó, Công ty TNHH Điện tử Yusheng Hải Dương nhận giấy cho nhà máy bộ nguồn 64 triệu USD ở KCN Phúc Điền, xã Cẩm Giàng.",
            "2025-09-25",
            "provincial",
            [
                "project_line",
                "trong_do",
                "licence_received",
                "licence_no_grantor",
                "place_in_firm_name",
                "commune_no_location",
            ],
            firms=[f("Điện tử Yusheng Hải Dương", "Công ty TNHH")],
            money=[m(64 * M, "USD")],
            locations=[park("Khu công nghiệp Phúc Điền")],
            deals=[deal("investment", ["Điện tử Yusheng Hải Dương"], 64 * M)],
            events=[
                ev("investment_licence", [F("Điện tử Yusheng Hải Dương")], 64 * M, "USD", None, "licensed")
            ],
        ),
        h(
            n(),
            "Bốn dự án còn lại gồm xưởng loa của Orient Acoustic Co., Ltd (Singapore, 38 triệu USD), nhà máy cáp đồng trục của Công ty TNHH Dây cáp Hưng Thịnh (29 triệu USD), xưởng ăng-ten của Công ty TNHH RF Link Việt Nam (25 triệu USD) và dự án khuôn nhựa của Công ty TNHH Khuôn mẫu Gia Lộc (20 triệu USD).",
            "2025-09-25",
            "provincial",
            [
                "round_list_verbless",
                "four_investors",
                "deal_no_event",
                "vietnam_suffix_dropped",
                "country_bracket",
                "count_in_words_no_count",
            ],
            firms=[
                f("Orient Acoustic", "Co., Ltd"),
                f("Dây cáp Hưng Thịnh", "Công ty TNHH"),
                f("RF Link", "Công ty TNHH"),
                f("Khuôn mẫu Gia Lộc", "Công ty TNHH"),
            ],
            money=[m(38 * M, "USD"), m(29 * M, "USD"), m(25 * M, "USD"), m(20 * M, "USD")],
            locations=[country("Singapore")],
            deals=[
                deal("investment", ["Orient Acoustic"], 38 * M),
                deal("investment", ["Dây cáp Hưng Thịnh"], 29 * M),
                deal("investment", ["RF Link"], 25 * M),
                deal("investment", ["Khuôn mẫu Gia Lộc"], 20 * M),
            ],
            events=[],
        ),
    ]
    # --- S8: supplier-connection forum planned with VCCI, a startup day, a data forum in Hưng Yên; a matching event ---
    rows += [
        h(
            n(),
            "Diễn đàn Kết nối chuỗi cung ứng điện tử 2026 sẽ do VCCI và tỉnh Bắc Ninh cùng đứng ra tổ chức vào cuối tháng 5, theo kết luận buổi làm việc giữa hai bên chiều 9/3.",
            "2026-03-09",
            "ministry",
            ["working_session_no_event", "vcci_expanded", "event_name_no_org", "province_not_party"],
            organizations=["Liên đoàn Thương mại và Công nghiệp Việt Nam"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Buổi làm việc do ông Mạc Văn Tài, Phó Chủ tịch UBND tỉnh, và ông Trịnh Quốc Hưng, Phó Chủ tịch VCCI, đồng chủ trì.",
            "2026-03-09",
            "ministry",
            ["co_chairs", "person_role_after", "two_persons", "bare_unit_in_role", "vcci_expanded"],
            organizations=["Liên đoàn Thương mại và Công nghiệp Việt Nam"],
            persons=[
                per("Mạc Văn Tài", "Phó Chủ tịch UBND tỉnh"),
                per("Trịnh Quốc Hưng", "Phó Chủ tịch VCCI"),
            ],
            events=[],
        ),
        h(
            n(),
            "Ban tổ chức kỳ vọng khoảng 700 đại biểu, trong đó có 120 doanh nghiệp FDI điện tử đang tìm nhà cung cấp linh kiện nội địa.",
            "2026-03-09",
            "ministry",
            ["event_target", "count", "approx", "no_event"],
            quantities=[c(700, "đại biểu", True), c(120, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Bên lề diễn đàn sẽ có khu gặp gỡ B2B ở phường Kinh Bắc và chuyến thăm nhà máy ở phường Nếnh (Việt Yên cũ).",
            "2026-03-09",
            "ministry",
            ["ward_no_location", "old_town_cu_no_province", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "12 dự án, trong đó 5 dự án về thiết bị điện tử và IoT, nhận giải tại lễ bế mạc Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Bắc Ninh 2025 sáng 20/12.",
            "2025-12-20",
            "provincial",
            ["event_closing", "event_name_no_org", "count", "no_event"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(12, "dự án"), c(5, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Dự có bà Hà Thị Thu Trang, Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh, cùng lãnh đạo các xã, phường và hiệp hội doanh nghiệp.",
            "2025-12-20",
            "provincial",
            ["attendance", "person_role_after", "province_in_role"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            persons=[per("Hà Thị Thu Trang", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "FPT, Viettel và VNPT là ba doanh nghiệp công nghệ lớn góp mặt tại diễn đàn dữ liệu UBND tỉnh Hưng Yên tổ chức hôm 28/10, bên cạnh hơn 450 đại biểu.",
            "2025-10-29",
            "provincial",
            ["forum", "bare_brand_firms", "count", "approx", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            firms=[f("FPT"), f("Viettel"), f("VNPT")],
            quantities=[c(450, "đại biểu", True)],
            events=[],
        ),
        h(
            n(),
            "“Dữ liệu phải trở thành hạ tầng như điện, nước cho các khu công nghiệp ở Thái Bình cũ”, ông Trương Văn Lực, Phó Chủ tịch UBND tỉnh Hưng Yên, phát biểu.",
            "2025-10-29",
            "provincial",
            ["quote", "person_role_after", "old_province_cu", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            persons=[per("Trương Văn Lực", "Phó Chủ tịch UBND tỉnh Hưng Yên")],
            provinces=[pv("Thái Bình"), pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Hội nghị kết nối cung cầu linh kiện điện tử do Sở Công Thương Bắc Ninh tổ chức ngày 16/10 tại phường Bắc Giang có 86 doanh nghiệp FDI và 140 nhà cung ứng Việt tham gia, với khoảng 420 cuộc gặp song phương.",
            "2025-10-17",
            "provincial",
            [
                "matching_event_totals",
                "ward_named_after_old_province",
                "province_in_org_name",
                "count",
                "approx",
                "no_event",
            ],
            organizations=["Sở Công Thương Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            quantities=[
                c(86, "doanh nghiệp FDI"),
                c(140, "nhà cung ứng Việt"),
                c(420, "cuộc gặp song phương", True),
            ],
            events=[],
        ),
        h(
            n(),
            "Cùng ngày, Công ty CP KCN Thuận Thành Xanh ký biên bản ghi nhớ với Tập đoàn Huayang Electronics (Trung Quốc) về việc cho thuê 12 ha đất làm nhà máy bo mạch chủ.",
            "2025-10-17",
            "provincial",
            ["firm_pair_mou", "lease_memorandum", "country_bracket", "area", "same_day_no_date"],
            firms=[f("KCN Thuận Thành Xanh", "Công ty CP"), f("Huayang Electronics", "Tập đoàn")],
            areas=[ha(12)],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["KCN Thuận Thành Xanh", "Huayang Electronics"])],
            events=[
                ev("mou", [F("KCN Thuận Thành Xanh"), F("Huayang Electronics")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Theo Sở Tài chính Bắc Ninh, sau hợp nhất, địa bàn Bắc Giang cũ chiếm khoảng 41% số dự án điện tử mới được cấp phép từ tháng 7 tới nay; phần còn lại tập trung quanh Yên Phong, Quế Võ và Tiên Du.",
            "2025-12-02",
            "provincial",
            [
                "theo_agency",
                "province_in_org_name",
                "old_province_cu",
                "bare_places_no_district",
                "percentage",
                "no_event",
            ],
            organizations=["Sở Tài chính Bắc Ninh"],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            percentages=[41],
            events=[],
        ),
    ]
    # --- S10, S12: electronics features (Samsung's plants and supplier base, LG's units in Hải Phòng, a display maker's plan) ---
    rows += [
        h(
            n(),
            "Năm 2008, Samsung chọn Yên Phong, khi đó thuộc tỉnh Bắc Ninh cũ, đặt nhà máy điện thoại đầu tiên của mình, trị giá 700 triệu USD.",
            "2026-02-10",
            "ministry",
            ["recalled_investment", "old_province_cu", "khi_do_thuoc", "deal_no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Samsung")],
            money=[m(700 * M, "USD")],
            deals=[deal("investment", ["Samsung"], 700 * M, BN)],
            events=[],
        ),
        h(
            n(),
            "Sau Bắc Ninh, Samsung mở tiếp tổ hợp điện thoại ở Thái Nguyên vào năm 2014.",
            "2026-02-10",
            "ministry",
            ["recalled_opening_no_capital", "deal_no_event"],
            provinces=[pv("Bắc Ninh"), pv("Thái Nguyên")],
            firms=[f("Samsung")],
            deals=[deal("investment", ["Samsung"], None, TN)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 85.000 người đang làm cho Samsung ở Việt Nam, phần lớn trong 6 nhà máy.",
            "2026-02-10",
            "ministry",
            ["group_profile", "home_country_no_location", "count", "approx", "no_event"],
            firms=[f("Samsung")],
            quantities=[c(85000, "người", True), c(6, "nhà máy")],
            events=[],
        ),
        h(
            n(),
            "Phòng thí nghiệm đào tạo nhân lực mà Samsung đặt tại Đại học Thái Nguyên là chủ đề buổi làm việc với Ban Chỉ đạo thực hiện Nghị quyết 57-NQ/TW tỉnh Thái Nguyên hôm 10/2/2026.",
            "2026-02-12",
            "ministry",
            ["working_session_no_event", "resolution_in_org_name", "province_in_org_name"],
            organizations=[
                "Ban Chỉ đạo thực hiện Nghị quyết 57-NQ/TW tỉnh Thái Nguyên",
                "Đại học Thái Nguyên",
            ],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung")],
            decisions=[d("57-NQ/TW")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Park Jun-seo, Phó Tổng Giám đốc Samsung Việt Nam, năm đầu sẽ có khoảng 300 sinh viên kỹ thuật theo học.",
            "2026-02-12",
            "ministry",
            ["person_role_after", "foreign_person", "role_with_firm", "count", "approx", "no_event"],
            persons=[per("Park Jun-seo", "Phó Tổng Giám đốc Samsung Việt Nam")],
            firms=[f("Samsung")],
            quantities=[c(300, "sinh viên kỹ thuật", True)],
            events=[],
        ),
        h(
            n(),
            "Samsung Electronics, trị giá khoảng 355 tỷ USD trên sàn, chiếm một phần rất lớn kim ngạch xuất khẩu của Hàn Quốc.",
            "2025-08-12",
            "ministry",
            ["group_profile", "market_cap_money_only", "country", "approx", "no_event"],
            firms=[f("Samsung Electronics")],
            money=[m(355 * B, "USD", approx=True)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Samsung đã đưa vào Việt Nam chừng 24 tỷ USD, nhiều hơn bất kỳ nhà đầu tư nước ngoài nào.",
            "2026-02-10",
            "ministry",
            ["running_total", "recalled_investment", "home_country_no_location", "approx", "deal_no_event"],
            firms=[f("Samsung")],
            money=[m(24 * B, "USD", approx=True)],
            deals=[deal("investment", ["Samsung"], 24 * B)],
            events=[],
        ),
        h(
            n(),
            "Ở Hải Phòng, LG Display Việt Nam Hải Phòng làm màn hình, LG Innotek Việt Nam Hải Phòng làm mô-đun camera, còn LG Electronics Việt Nam Hải Phòng lắp tivi và đồ gia dụng.",
            "2025-08-28",
            "ministry",
            ["feature", "units_with_place_kept", "presence_no_deal", "no_event"],
            provinces=[pv("Hải Phòng")],
            firms=[
                f("LG Electronics Việt Nam Hải Phòng"),
                f("LG Innotek Việt Nam Hải Phòng"),
                f("LG Display Việt Nam Hải Phòng"),
            ],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên (SEVT) năm 2025 đạt doanh thu khoảng 31 tỷ USD.",
            "2026-02-10",
            "ministry",
            [
                "nfd",
                "unit_with_place_kept",
                "bracket_alias_no_firm",
                "revenue_money_only",
                "approx",
                "no_event",
            ],
            firms=[f("Samsung Electronics Việt Nam Thái Nguyên", "Công ty TNHH")],
            money=[m(31 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Nhà sản xuất màn hình Trung Quốc Vạn Khang Display dự kiến thuê 80 ha ở Bắc Ninh để dựng hai nhà máy, phần lớn diện tích dành cho dây chuyền màn hình.",
            "2025-09-02",
            "ministry",
            [
                "named_firm_plan",
                "announced_investment",
                "country_adjective_vi",
                "area",
                "count_in_words_no_count",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Vạn Khang Display")],
            areas=[ha(80)],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Vạn Khang Display"], None, BN)],
            events=[ev("investment_announcement", [F("Vạn Khang Display")], None, None, BN, "announced")],
        ),
        h(
            n(),
            "Samsung và LG ở Bắc Ninh, Thái Nguyên, Hải Phòng là khách hàng chính của nhóm FDI điện tử Vĩnh Phúc cũ, phần hàng còn lại đi thẳng ra nước ngoài.",
            "2025-08-22",
            "ministry",
            ["supplier_status_no_deal", "old_province_cu", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Thái Nguyên"), pv("Hải Phòng"), pv("Vĩnh Phúc")],
            firms=[f("Samsung"), f("LG")],
            events=[],
        ),
    ]
    # --- S13: a contract maker's unit adds a chip line in the former Bắc Giang; a stake purchase; a tenth-plus adjustment ---
    rows += [
        h(
            n(),
            "Thứ năm 21/08/2025 09:12\nHotline: 024.3995.1122\nDoanh nghiệp - Doanh nhân",
            "2025-08-21",
            "ministry",
            ["page_header", "phone_no_count", "several_lines", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công ty con của Hồng Vận rót thêm 65 triệu USD làm chip ở Bắc Giang cũ\nCông ty TNHH Công nghệ Vĩnh Tín Việt Nam, thuộc tập đoàn Hồng Vận (Đài Loan), sẽ đầu tư thêm 65 triệu USD vào KCN Quang Châu (nay thuộc tỉnh Bắc Ninh) để đóng gói bản mạch tích hợp.",
            "2025-08-21",
            "ministry",
            [
                "headline_lead",
                "announced_investment",
                "parent_group_mention",
                "lowercase_group_word",
                "old_province_cu",
                "nay_thuoc",
                "headline_short_name",
                "multiline",
            ],
            provinces=[pv("Bắc Giang"), pv("Bắc Ninh")],
            firms=[f("Hồng Vận"), f("Công nghệ Vĩnh Tín", "Công ty TNHH")],
            money=[m(65 * M, "USD")],
            locations=[country("Đài Loan"), park("Khu công nghiệp Quang Châu")],
            deals=[deal("investment", ["Công nghệ Vĩnh Tín"], 65 * M, BN)],
            events=[ev("investment_announcement", [F("Công nghệ Vĩnh Tín")], 65 * M, "USD", BN, "announced")],
        ),
        h(
            n(),
            "Khu đất hơn 4,6 ha của dự án được thuê lại từ Công ty CP Hạ tầng Quang Châu Xanh; giấy chứng nhận đầu tư có từ ngày 14/5/2025.",
            "2025-08-21",
            "ministry",
            ["recalled_licence_no_firm", "lessor_only", "area", "approx", "no_event"],
            firms=[f("Hạ tầng Quang Châu Xanh", "Công ty CP")],
            areas=[ha(4.6, True)],
            events=[],
        ),
        h(
            n(),
            "Mỹ, châu Âu và Hàn Quốc sẽ nhận toàn bộ sản lượng, dự kiến 5,2 triệu sản phẩm mỗi năm.",
            "2025-08-21",
            "ministry",
            ["capacity_no_count", "countries", "no_event"],
            locations=[country("Mỹ"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy cần chừng 1.400 người, 30 trong số đó là chuyên gia nước ngoài; Vĩnh Tín muốn chạy thương mại trước cuối năm 2026.",
            "2025-08-21",
            "ministry",
            [
                "timeline_no_event",
                "short_name_firm",
                "count",
                "count_without_noun_none",
                "approx",
                "no_event",
            ],
            firms=[f("Vĩnh Tín")],
            quantities=[c(1400, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Hồng Vận mua cổ phần một công ty con của Thái Hòa tại Bắc Ninh\n30% vốn Công ty TNHH Điện tử Âm học Thái Hòa Việt Nam sẽ về tay Công ty TNHH Kết nối Hồng Vận Tân Phong, đơn vị của Hồng Vận ở Bắc Giang cũ, với giá 42 triệu USD.",
            "2025-05-14",
            "ministry",
            [
                "headline_lead",
                "announced_acquisition",
                "stake_purchase",
                "target_first",
                "headline_short_names",
                "old_province_cu",
                "vietnam_suffix_dropped",
                "percentage",
                "multiline",
            ],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            firms=[
                f("Hồng Vận"),
                f("Thái Hòa"),
                f("Kết nối Hồng Vận Tân Phong", "Công ty TNHH"),
                f("Điện tử Âm học Thái Hòa", "Công ty TNHH"),
            ],
            money=[m(42 * M, "USD")],
            percentages=[30],
            deals=[deal("investment", ["Kết nối Hồng Vận Tân Phong"], 42 * M, BN)],
            events=[
                ev(
                    "acquisition",
                    [F("Kết nối Hồng Vận Tân Phong"), F("Điện tử Âm học Thái Hòa")],
                    42 * M,
                    "USD",
                    BN,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Một công ty liên kết của Hồng Vận sẽ giữ nốt 70%; hồ sơ gửi Sở Giao dịch Chứng khoán Đài Loan cho biết thương vụ chưa được duyệt.",
            "2025-05-14",
            "ministry",
            [
                "exchange_filing",
                "country_in_org_name_no_location",
                "pending_approval",
                "percentage",
                "no_event",
            ],
            organizations=["Sở Giao dịch Chứng khoán Đài Loan"],
            firms=[f("Hồng Vận")],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Ở Bắc Giang cũ, Hồng Vận đã gom 12 dự án, hơn 2,4 tỷ USD vốn và khoảng 85.000 công nhân sau gần hai thập kỷ.",
            "2025-05-14",
            "ministry",
            ["running_total", "recalled_investment", "old_province_cu", "count", "approx", "deal_no_event"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Hồng Vận")],
            money=[m(2.4 * B, "USD", approx=True)],
            quantities=[c(12, "dự án"), c(85000, "công nhân", True)],
            deals=[deal("investment", ["Hồng Vận"], 2.4 * B, BN)],
            events=[],
        ),
        h(
            n(),
            "Lập Tín Precision tăng vốn lần thứ 11 ở Bắc Ninh\nCông ty TNHH Lập Tín Precision Việt Nam được Ban Quản lý các KCN tỉnh Bắc Ninh cấp giấy chứng nhận điều chỉnh hôm 6/11, bổ sung 285 triệu USD.",
            "2025-11-07",
            "provincial",
            [
                "headline_lead",
                "licence_passive_with_grantor",
                "capital_increase",
                "government_party",
                "province_in_org_name",
                "ordinal_not_count",
                "vietnam_suffix_dropped",
                "multiline",
                "deal_date",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Lập Tín Precision", "Công ty TNHH")],
            money=[m(285 * M, "USD")],
            deals=[deal("investment", ["Lập Tín Precision"], 285 * M, BN, "2025-11-06")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Bắc Ninh"), F("Lập Tín Precision")],
                    285 * M,
                    "USD",
                    BN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Nhà xưởng mới sẽ mọc trên 27,4 ha ở KCN Vân Trung, phường Tân An, và phải xong trong vòng 30 tháng.",
            "2025-11-07",
            "provincial",
            ["nfd", "area", "ward_no_location", "months_no_count", "no_event"],
            areas=[ha(27.4)],
            locations=[park("Khu công nghiệp Vân Trung")],
            events=[],
        ),
        h(
            n(),
            "Lập Tín nay đã cam kết hơn 640 triệu USD cho các nhà máy ở Bắc Giang cũ.",
            "2025-11-07",
            "provincial",
            ["running_total", "recalled_investment", "old_province_cu", "approx", "deal_no_event"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Lập Tín")],
            money=[m(640 * M, "USD", approx=True)],
            deals=[deal("investment", ["Lập Tín"], 640 * M, BN)],
            events=[],
        ),
    ]
    # --- S14: parks and clusters in the enlarged Phú Thọ and around Hà Nội ---
    rows += [
        h(
            n(),
            "Công ty TNHH Phát triển KCN Tam Dương Green sẽ động thổ hạ tầng KCN Tam Dương Xanh vào ngày 25/9; dự án 275 ha nằm trọn trong xã Tam Dương, tỉnh Phú Thọ (trước là huyện Tam Dương, Vĩnh Phúc), vốn khoảng 2.350 tỷ đồng.",
            "2025-09-08",
            "provincial",
            [
                "planned_groundbreaking",
                "announced_investment",
                "future_date",
                "commune_of_new_province",
                "truoc_la",
                "district",
                "area",
                "approx",
            ],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc")],
            firms=[f("Phát triển KCN Tam Dương Green", "Công ty TNHH")],
            money=[m(2350 * B, "VND", approx=True)],
            areas=[ha(275)],
            locations=[park("Khu công nghiệp Tam Dương Xanh"), district("huyện Tam Dương")],
            deals=[deal("investment", ["Phát triển KCN Tam Dương Green"], 2350 * B, PT)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Phát triển KCN Tam Dương Green")],
                    2350 * B,
                    "VND",
                    PT,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Khách thuê có thể chọn xưởng dựng sẵn 2.500 - 25.000 m2 hoặc đặt xưởng theo thiết kế riêng cho dây chuyền bán dẫn.",
            "2025-09-08",
            "provincial",
            ["ready_built_factories", "area_m2", "range_both_ends", "no_event"],
            areas=[ha(0.25), ha(2.5)],
            events=[],
        ),
        h(
            n(),
            "Minh Khuê - Đức Toàn",
            "2025-09-08",
            "provincial",
            ["byline", "two_persons_no_role", "no_event"],
            persons=[per("Minh Khuê", None), per("Đức Toàn", None)],
            events=[],
        ),
        h(
            n(),
            "Doanh thu công nghiệp của Phú Thọ mới dựa phần lớn vào vài nhà máy điện tử, quang học ở khu vực Vĩnh Phúc cũ, đứng đầu là Công ty TNHH Điện tử Tân Hưng Việt Nam.",
            "2025-09-15",
            "ministry",
            [
                "feature",
                "presence_no_deal",
                "old_province_cu",
                "new_province_moi",
                "domestic_name_keeps_vietnam",
            ],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc")],
            firms=[f("Điện tử Tân Hưng Việt Nam", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh đang lấp đầy Cụm công nghiệp Đồng Lạc - Tiên Kiên ở Phú Thọ bằng các xưởng linh kiện nhỏ.",
            "2025-09-15",
            "ministry",
            ["feature", "cluster_as_park", "no_event"],
            provinces=[pv("Phú Thọ")],
            locations=[park("Cụm công nghiệp Đồng Lạc - Tiên Kiên")],
            events=[],
        ),
        h(
            n(),
            "Từ một cụm công nghiệp cũ, KCN hỗ trợ Phú Xuyên Xanh ở xã Phú Xuyên, TP Hà Nội đã được nâng lên 460 ha.",
            "2025-09-30",
            "provincial",
            ["park_from_cluster", "commune_no_location", "area", "no_event"],
            provinces=[pv("Hà Nội")],
            areas=[ha(460)],
            locations=[park("Khu công nghiệp hỗ trợ Phú Xuyên Xanh")],
            events=[],
        ),
        h(
            n(),
            "Sáng 7/11, tại xã Bình Xuyên, tỉnh Phú Thọ (Vĩnh Phúc cũ), Công ty TNHH Camtek Optical Vina khởi công xưởng mô-đun camera, vốn 46 triệu USD.",
            "2025-11-08",
            "provincial",
            [
                "nfd",
                "groundbreaking",
                "commune_of_new_province",
                "old_province_cu",
                "vina_dropped",
                "deal_date",
            ],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc")],
            firms=[f("Camtek Optical", "Công ty TNHH")],
            money=[m(46 * M, "USD")],
            deals=[deal("groundbreaking", ["Camtek Optical"], 46 * M, PT, "2025-11-07")],
            events=[ev("groundbreaking", [F("Camtek Optical")], 46 * M, "USD", PT, "started")],
        ),
    ]
    # --- Hưng Yên with the former Thái Bình; Bắc Ninh (mới) licences written with the new commune names ---
    rows += [
        h(
            n(),
            "Hưng Yên: Công ty TNHH Điện tử Daesan Thái Bình được tăng vốn thêm 75 triệu USD\nBan Quản lý các KKT và KCN tỉnh Hưng Yên vừa trao giấy chứng nhận điều chỉnh cho doanh nghiệp tại KCN Liên Hà Thái, nâng vốn dự án lên 215 triệu USD.",
            "2025-10-28",
            "provincial",
            [
                "region_prefix",
                "headline_lead",
                "capital_increase",
                "government_party",
                "abbreviated_authority",
                "province_in_firm_name",
                "running_total",
                "multiline",
            ],
            organizations=["Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Điện tử Daesan Thái Bình", "Công ty TNHH")],
            money=[m(75 * M, "USD"), m(215 * M, "USD")],
            locations=[park("Khu công nghiệp Liên Hà Thái")],
            deals=[deal("investment", ["Điện tử Daesan Thái Bình"], 75 * M, HY)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KKT và KCN tỉnh Hưng Yên"), F("Điện tử Daesan Thái Bình")],
                    75 * M,
                    "USD",
                    HY,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Công ty TNHH Mạch in Kyoden Hưng Yên động thổ nhà máy thứ hai tại KCN Phố Nối A, xã Như Quỳnh, tỉnh Hưng Yên, vốn 68 triệu USD.",
            "2025-11-20",
            "provincial",
            ["groundbreaking", "place_in_firm_name", "commune_of_new_province", "ordinal_not_count"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Mạch in Kyoden Hưng Yên", "Công ty TNHH")],
            money=[m(68 * M, "USD")],
            locations=[park("Khu công nghiệp Phố Nối A")],
            deals=[deal("groundbreaking", ["Mạch in Kyoden Hưng Yên"], 68 * M, HY)],
            events=[ev("groundbreaking", [F("Mạch in Kyoden Hưng Yên")], 68 * M, "USD", HY, "started")],
        ),
        h(
            n(),
            "Ngày 20/10, UBND tỉnh Bắc Ninh trao giấy chứng nhận đăng ký đầu tư cho dự án nhà máy linh kiện loa của Công ty TNHH Âm thanh Jiahe Việt Nam tại KCN Hòa Phú, xã Hiệp Hòa, thuộc tỉnh Bắc Ninh (mới), vốn 52 triệu USD.",
            "2025-10-21",
            "provincial",
            [
                "licence",
                "government_party",
                "commune_of_new_province",
                "xa_thuoc_tinh",
                "new_province_moi",
                "vietnam_suffix_dropped",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Âm thanh Jiahe", "Công ty TNHH")],
            money=[m(52 * M, "USD")],
            locations=[park("Khu công nghiệp Hòa Phú")],
            deals=[deal("investment", ["Âm thanh Jiahe"], 52 * M, BN, "2025-10-20")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Bắc Ninh"), F("Âm thanh Jiahe")],
                    52 * M,
                    "USD",
                    BN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Đây là dự án FDI thứ 9 vào KCN Hoà Phú kể từ khi Bắc Giang và Bắc Ninh hợp nhất.",
            "2025-10-21",
            "provincial",
            ["nfd", "old_tone", "park_name_normalised", "ordinal_not_count", "no_event"],
            provinces=[pv("Bắc Giang"), pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Hòa Phú")],
            events=[],
        ),
    ]
    # --- S11, S16, E4: monthly figures, a by-line, an interview, a business-weekly opening ---
    rows += [
        h(
            n(),
            "Bắc Ninh hút thêm hơn 200 triệu USD vốn FDI trong tháng 8\nRiêng tháng 8/2025, 38 dự án FDI mới với 212,4 triệu USD vốn đăng ký và 21 lượt tăng vốn được ghi nhận ở tỉnh Bắc Ninh (mới).",
            "2025-09-04",
            "provincial",
            [
                "headline_lead",
                "monthly_statistics",
                "new_province_moi",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            money=[m(200 * M, "USD", approx=True), m(212.4 * M, "USD")],
            quantities=[c(38, "dự án"), c(21, "lượt tăng vốn")],
            events=[],
        ),
        h(
            n(),
            "Số dự án FDI còn hiệu lực của tỉnh lên 2.460, vốn đăng ký cộng dồn khoảng 46,8 tỷ USD.\nHOÀNG LINH",
            "2025-09-04",
            "provincial",
            ["cumulative_total", "caps_byline_person", "count", "approx", "multiline", "no_event"],
            persons=[per("Hoàng Linh", None)],
            money=[m(46.8 * B, "USD", approx=True)],
            quantities=[c(2460, "dự án")],
            events=[],
        ),
        h(
            n(),
            "PV: Theo ông, vì sao linh kiện do doanh nghiệp Việt làm vẫn khó được ghi nhãn “Made by Vietnam”?\nTS. Đặng Quốc Hưng: Vì phần giá trị cốt lõi, từ chip đến màn hình, vẫn phải nhập gần hết.",
            "2025-08-07",
            "ministry",
            ["interview_qa", "ts_no_role", "person_no_role", "multiline", "no_event"],
            persons=[per("Đặng Quốc Hưng", None)],
            events=[],
        ),
        h(
            n(),
            "(KTSG Online) - Bản đồ hành chính mới đang khiến nhà đầu tư chip và linh kiện điện tử tính lại địa điểm ở phía Bắc, theo nhiều chuyên gia.",
            "2025-08-18",
            "ministry",
            ["site_credit_no_org", "forecast", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm 2023, vốn FDI đăng ký vào cả nước đạt khoảng 36,6 tỉ đô la Mỹ, tăng 32% so với năm trước.",
            "2025-08-18",
            "ministry",
            ["statistics", "do_la_my", "approx", "percentage", "no_event"],
            money=[m(36.6 * B, "USD", approx=True)],
            percentages=[32],
            events=[],
        ),
        h(
            n(),
            "Tỉnh Bắc Ninh sau hợp nhất có 99 đơn vị hành chính cấp xã, rộng gần 4.700 km2, dân số khoảng 3,6 triệu người.",
            "2025-07-05",
            "provincial",
            ["merged_province", "km2_to_ha", "count", "approx"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(99, "đơn vị hành chính cấp xã"), c(3_600_000, "người", True)],
            areas=[ha(470_000, True)],
            events=[],
        ),
        h(
            n(),
            "Trụ sở Tỉnh ủy và UBND tỉnh Bắc Ninh mới đặt tại phường Bắc Giang; cơ quan cũ ở phường Kinh Bắc chuyển thành trung tâm hành chính công.",
            "2025-07-05",
            "provincial",
            ["new_province_moi", "ward_named_after_old_province", "ward_no_location", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- English copy: VNA/VietnamPlus, the province's English portal, VNS, The Investor-style lists (E1-E4, S4) ---
    rows += [
        h(
            n(),
            "Bac Ninh (VNA) – The enlarged Bac Ninh province, which absorbed Bac Giang on July 1, drew 2.37 billion USD in foreign direct investment in the first ten months, its statistics office said.",
            "2025-11-06",
            "ministry",
            [
                "english_copy",
                "dateline",
                "unaccented_province",
                "merged_province",
                "bare_unit_no_org",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            money=[m(2.37 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "October brought 19 new FDI licences worth 64.8 million USD, plus 97.2 million USD added by 11 existing projects.",
            "2025-11-06",
            "ministry",
            ["english_copy", "monthly_statistics", "unnamed_projects", "count", "no_event"],
            money=[m(64.8 * M, "USD"), m(97.2 * M, "USD")],
            quantities=[c(19, "new FDI licences"), c(11, "existing projects")],
            events=[],
        ),
        h(
            n(),
            "Counting domestic and foreign investors alike, 2,214 projects now hold certificates from the Bac Ninh Industrial Zones Authority, three quarters of them foreign-invested.",
            "2025-11-06",
            "ministry",
            [
                "english_copy",
                "english_org_as_written",
                "province_in_org_name",
                "fraction_in_words_no_percentage",
                "count",
                "no_event",
            ],
            organizations=["Bac Ninh Industrial Zones Authority"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(2214, "projects")],
            events=[],
        ),
        h(
            n(),
            "Electronics investors receive registration certificates\n14/10/2025 15:20\n(BNP) – Five electronics projects received investment registration certificates from the Provincial People's Committee at an October 13 ceremony.",
            "2025-10-14",
            "ministry",
            [
                "english_copy",
                "portal_page",
                "timestamp_line",
                "bare_unit_no_org",
                "unnamed_projects",
                "count_in_words_no_count",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "They include a US$78 million printed circuit board assembly plant of Zhenhua Electronics Co., Ltd. (China) in Yen Phong II-C Industrial Park; a US$31 million connector factory of Kohwa Tech Co., Ltd. (Korea) in Que Vo Industrial Park; and a US$12 million speaker module project of Harmon Sound Pte. Ltd. (Singapore) in VSIP Bac Ninh Industrial Park.",
            "2025-10-14",
            "ministry",
            [
                "english_copy",
                "portal_page",
                "round_list_verbless",
                "three_investors",
                "deal_no_event",
                "country_bracket",
                "english_park_no_location",
                "park_holds_province",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[
                f("Zhenhua Electronics", "Co., Ltd."),
                f("Kohwa Tech", "Co., Ltd."),
                f("Harmon Sound", "Pte. Ltd."),
            ],
            money=[m(78 * M, "USD"), m(31 * M, "USD"), m(12 * M, "USD")],
            locations=[country("China"), country("Korea"), country("Singapore")],
            deals=[
                deal("investment", ["Zhenhua Electronics"], 78 * M),
                deal("investment", ["Kohwa Tech"], 31 * M),
                deal("investment", ["Harmon Sound"], 12 * M, BN),
            ],
            events=[],
        ),
        h(
            n(),
            "The authority also granted a certificate for the VND3.1 trillion expansion of Que Vo III Industrial Park, developed by Tan Hong Infrastructure JSC.",
            "2025-10-14",
            "ministry",
            [
                "english_copy",
                "portal_page",
                "licence",
                "bare_unit_no_party",
                "developer_named",
                "english_park_no_location",
            ],
            firms=[f("Tan Hong Infrastructure", "JSC")],
            money=[m(3.1e12, "VND")],
            deals=[deal("investment", ["Tan Hong Infrastructure"], 3.1e12)],
            events=[
                ev("investment_licence", [F("Tan Hong Infrastructure")], 3.1e12, "VND", None, "licensed")
            ],
        ),
        h(
            n(),
            "Hanseong Display Vietnam Co., Ltd., whose US$4 billion licence dates from April 3, 2015, remains the single biggest reason Korea tops Bac Ninh's investor table.",
            "2025-10-20",
            "ministry",
            [
                "english_copy",
                "recalled_licence",
                "vietnam_suffix_dropped",
                "country",
                "deal_no_event",
                "deal_date",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Hanseong Display", "Co., Ltd.")],
            money=[m(4 * B, "USD")],
            locations=[country("Korea")],
            deals=[deal("investment", ["Hanseong Display"], 4 * B, BN, "2015-04-03")],
            events=[],
        ),
        h(
            n(),
            '"Japan and Singapore trail far behind; Korean money is 74 projects and US$10.2 billion after adjustments," said Tran Dinh Khoa, director of the provincial Department of Planning and Investment.',
            "2025-10-20",
            "ministry",
            [
                "english_copy",
                "quote",
                "person_role_after",
                "bare_unit_in_role",
                "countries",
                "english_adjective_no_country",
                "count",
                "no_event",
            ],
            persons=[
                per("Tran Dinh Khoa", "director of the provincial Department of Planning and Investment")
            ],
            money=[m(10.2 * B, "USD")],
            quantities=[c(74, "projects")],
            locations=[country("Japan"), country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Hai Phong (VNA) – The municipal People's Committee on September 29 handed an adjusted investment certificate to Sunmoon Optics, allowing the South Korean camera-module maker to add 720 million USD to its plant in Hai Phong's Trang Due Industrial Park.",
            "2025-09-30",
            "ministry",
            [
                "english_copy",
                "dateline",
                "capital_increase",
                "bare_unit_no_party",
                "english_adjective_no_country",
                "possessive_province",
                "deal_date",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Sunmoon Optics")],
            money=[m(720 * M, "USD")],
            deals=[deal("investment", ["Sunmoon Optics"], 720 * M, HP, "2025-09-29")],
            events=[ev("investment_licence", [F("Sunmoon Optics")], 720 * M, "USD", HP, "licensed")],
        ),
        h(
            n(),
            "That lifts the plant's licensed capital past 2.3 billion USD, with the new money to be spent by 2027.",
            "2025-09-30",
            "ministry",
            ["english_copy", "running_total", "approx", "no_event"],
            money=[m(2.3 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Jinwoo Electronics Co. will take 11.2 ha in the second phase of Trang Due Industrial Park under a sublease contract it signed with Dong Hai Industrial Park Corporation on October 21; the lease is worth nearly 9 million USD.",
            "2025-10-23",
            "ministry",
            [
                "english_copy",
                "sublease_contract",
                "tenant_first_lessor_first_in_gold",
                "cooperation",
                "corporation_kept",
                "english_park_no_location",
                "area",
                "approx",
                "deal_date",
            ],
            firms=[f("Dong Hai Industrial Park Corporation"), f("Jinwoo Electronics", "Co.")],
            money=[m(9 * M, "USD", approx=True)],
            areas=[ha(11.2)],
            deals=[
                deal(
                    "cooperation",
                    ["Dong Hai Industrial Park Corporation", "Jinwoo Electronics"],
                    9 * M,
                    None,
                    "2025-10-21",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Dong Hai Industrial Park Corporation"), F("Jinwoo Electronics")],
                    9 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "The LG Display supplier has budgeted about 140 million USD for LED backlight and touch-panel lines there, Jinwoo said.",
            "2025-10-23",
            "ministry",
            ["english_copy", "announced_investment", "supplier_description", "short_name_firm", "approx"],
            firms=[f("LG Display"), f("Jinwoo")],
            money=[m(140 * M, "USD", approx=True)],
            deals=[deal("investment", ["Jinwoo"], 140 * M)],
            events=[ev("investment_announcement", [F("Jinwoo")], 140 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Hai Phong city licenses 6 Chinese projects worth $214 mln at Shenzhen conference\nSix Chinese-backed projects took home Hai Phong investment certificates on Tuesday, handed over not in the city but at a promotion event in Shenzhen, China.",
            "2025-11-12",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "licence_round_total",
                "unnamed_projects",
                "country",
                "count",
                "count_in_words_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            money=[m(214 * M, "USD")],
            quantities=[c(6, "Chinese projects")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "The largest top-up was granted to Huaxin Glass Company Limited, which added $60 million to its display-glass line in Deep C Industrial Park, bringing that project to $260 million.",
            "2025-11-12",
            "ministry",
            [
                "english_copy",
                "round_line_licence",
                "capital_increase",
                "licence_no_grantor",
                "running_total",
                "english_park_no_location",
            ],
            firms=[f("Huaxin Glass", "Company Limited")],
            money=[m(60 * M, "USD"), m(260 * M, "USD")],
            deals=[deal("investment", ["Huaxin Glass"], 60 * M)],
            events=[ev("investment_licence", [F("Huaxin Glass")], 60 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Other licensed projects: a $22 million high-frequency board plant of Cosmo Circuit Technology Company Limited in An Duong Industrial Park and an $18 million earphone-parts line of Shenlan Acoustics Co., Ltd at Nam Dinh Vu.",
            "2025-11-12",
            "ministry",
            [
                "english_copy",
                "round_line_licence",
                "two_investors",
                "licence_no_grantor",
                "english_park_no_location",
            ],
            firms=[f("Cosmo Circuit Technology", "Company Limited"), f("Shenlan Acoustics", "Co., Ltd")],
            money=[m(22 * M, "USD"), m(18 * M, "USD")],
            deals=[
                deal("investment", ["Cosmo Circuit Technology"], 22 * M),
                deal("investment", ["Shenlan Acoustics"], 18 * M),
            ],
            events=[
                ev("investment_licence", [F("Cosmo Circuit Technology")], 22 * M, "USD", None, "licensed"),
                ev("investment_licence", [F("Shenlan Acoustics")], 18 * M, "USD", None, "licensed"),
            ],
        ),
        h(
            n(),
            "Two Chinese companies also put their names to investment memoranda with the Hai Phong Economic Zone Authority (HEZA) during the trip.",
            "2025-11-12",
            "ministry",
            [
                "english_copy",
                "unnamed_mou_no_event",
                "bracket_acronym",
                "province_in_org_name",
                "count_in_words_no_count",
                "no_event",
            ],
            organizations=["Hai Phong Economic Zone Authority"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Among firms topping up, Seohan Precision Vina in Trang Due added US$27 million and Tongxin Electronics in An Duong put in US$34 million more.",
            "2025-10-02",
            "ministry",
            [
                "english_copy",
                "capital_increase_active",
                "licence_no_grantor",
                "vina_dropped",
                "two_investors",
                "bare_park_names",
            ],
            firms=[f("Seohan Precision"), f("Tongxin Electronics")],
            money=[m(27 * M, "USD"), m(34 * M, "USD")],
            deals=[
                deal("investment", ["Seohan Precision"], 27 * M),
                deal("investment", ["Tongxin Electronics"], 34 * M),
            ],
            events=[
                ev("investment_licence", [F("Seohan Precision")], 27 * M, "USD", None, "licensed"),
                ev("investment_licence", [F("Tongxin Electronics")], 34 * M, "USD", None, "licensed"),
            ],
        ),
        h(
            n(),
            "Hai Phong's economic zone board gave out five investment certificates on October 2, the biggest for a 3.8-trillion-VND industrial park in the former Hai Duong area.",
            "2025-10-03",
            "ministry",
            [
                "english_copy",
                "tag_page",
                "unnamed_developer",
                "former_province_area",
                "count_in_words_no_count",
                "no_event",
            ],
            provinces=[pv("Hải Phòng"), pv("Hải Dương")],
            money=[m(3.8e12, "VND")],
            events=[],
        ),
    ]
    # --- English copy: supplier programmes and sourcing fairs (E3), Hưng Yên and Thái Nguyên licences (E4), Phú Thọ (S4) ---
    rows += [
        h(
            n(),
            "Twenty-eight Vietnamese firms have been picked for Samsung's 2026 supplier consulting round, in which Korean experts spend 12 weeks on their shop floors.",
            "2026-03-18",
            "ministry",
            [
                "english_copy",
                "supplier_programme_no_event",
                "possessive_firm",
                "english_adjective_no_country",
                "count_in_words_no_count",
            ],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Samsung now buys from 47 Vietnamese tier-1 vendors in the north, six more than a year earlier, a deputy trade minister told a supplier workshop in Bac Ninh on Thursday.",
            "2025-11-21",
            "ministry",
            ["english_copy", "supplier_status_no_deal", "unnamed_official_no_person", "count", "no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Samsung")],
            quantities=[c(47, "Vietnamese tier-1 vendors")],
            events=[],
        ),
        h(
            n(),
            '"Local firms have the skills; what they lack is capital for clean rooms," said Choi Min-ho, general director of Samsung Electronics Vietnam Thai Nguyen.',
            "2025-11-21",
            "ministry",
            ["english_copy", "quote", "person_role_after", "unit_with_place_kept", "no_event"],
            persons=[per("Choi Min-ho", "general director of Samsung Electronics Vietnam Thai Nguyen")],
            firms=[f("Samsung Electronics Vietnam Thai Nguyen")],
            events=[],
        ),
        h(
            n(),
            "Nine of Samsung's first-tier suppliers shared its 180-square-metre stand, beside a shelf of phones made in Thai Nguyen.",
            "2025-11-21",
            "ministry",
            ["english_copy", "possessive_firm", "area_m2", "count_in_words_no_count", "no_event"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung")],
            areas=[ha(0.018)],
            events=[],
        ),
        h(
            n(),
            "Parts on show in Bac Ninh, where some 340 business-to-business meetings paired 31 foreign manufacturers with about 95 Vietnamese parts makers at this year's sourcing fair. — VNS Photo Minh Chau",
            "2025-11-21",
            "ministry",
            ["english_copy", "caption", "fair_totals_no_event", "photo_credit_person", "count", "approx"],
            persons=[per("Minh Chau", None)],
            provinces=[pv("Bắc Ninh")],
            quantities=[
                c(340, "business-to-business meetings", True),
                c(31, "foreign manufacturers"),
                c(95, "Vietnamese parts makers", True),
            ],
            events=[],
        ),
        h(
            n(),
            "Nguyen Thi Lan Huong, deputy director of the Bac Ninh Department of Industry and Trade, said the fair was part of the province's 2026 supporting-industry programme.",
            "2025-11-21",
            "ministry",
            ["english_copy", "person_role_after", "province_in_org_name", "no_event"],
            organizations=["Bac Ninh Department of Industry and Trade"],
            persons=[
                per(
                    "Nguyen Thi Lan Huong", "deputy director of the Bac Ninh Department of Industry and Trade"
                )
            ],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Printing, packaging and plastic moulding still account for most of the roughly 210 Vietnamese firms in Samsung's northern supply chain.",
            "2025-11-21",
            "ministry",
            ["english_copy", "supplier_status_no_deal", "possessive_firm", "count", "approx", "no_event"],
            firms=[f("Samsung")],
            quantities=[c(210, "Vietnamese firms", True)],
            events=[],
        ),
        h(
            n(),
            "Third-quarter figures from the provincial statistics office put Hung Yen, which took in Thai Binh on July 1, at 41 foreign-invested projects and 612 million USD.",
            "2025-10-08",
            "ministry",
            ["english_copy", "merged_province", "statistics", "bare_unit_no_org", "count", "no_event"],
            provinces=[pv("Hưng Yên"), pv("Thái Bình")],
            money=[m(612 * M, "USD")],
            quantities=[c(41, "foreign-invested projects")],
            events=[],
        ),
        h(
            n(),
            "Among the largest running projects are a 240 million USD printed circuit board plant of Nitto Mektron Vietnam Co., Ltd. and a 190 million USD hard-disk glass line of Sakura Glass Disk II Vietnam Co., Ltd.",
            "2025-10-08",
            "ministry",
            [
                "english_copy",
                "report_line_verbless",
                "two_investors",
                "vietnam_suffix_dropped",
                "deal_no_event",
            ],
            firms=[f("Nitto Mektron", "Co., Ltd."), f("Sakura Glass Disk II", "Co., Ltd.")],
            money=[m(240 * M, "USD"), m(190 * M, "USD")],
            deals=[
                deal("investment", ["Nitto Mektron"], 240 * M),
                deal("investment", ["Sakura Glass Disk II"], 190 * M),
            ],
            events=[],
        ),
        h(
            n(),
            "Japanese investors still dominate: 181 projects and over 3.9 billion USD, against far smaller South Korean and Chinese totals.",
            "2025-10-08",
            "ministry",
            ["english_copy", "english_adjective_no_country", "count", "approx", "no_event"],
            money=[m(3.9 * B, "USD", approx=True)],
            quantities=[c(181, "projects")],
            events=[],
        ),
        h(
            n(),
            "The People's Committee of Thai Nguyen province has licensed Daeil Electronics Vietnam Co., Ltd., a Samsung supplier, to build a 95 million USD camera-bracket plant on 4.1 ha in Diem Thuy Industrial Park.",
            "2025-12-16",
            "ministry",
            [
                "english_copy",
                "licence",
                "government_party_english",
                "vietnam_suffix_dropped",
                "supplier_apposition",
                "english_park_no_location",
                "area",
            ],
            organizations=["People's Committee of Thai Nguyen province"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Daeil Electronics", "Co., Ltd."), f("Samsung")],
            money=[m(95 * M, "USD")],
            areas=[ha(4.1)],
            deals=[deal("investment", ["Daeil Electronics"], 95 * M, TN)],
            events=[
                ev(
                    "investment_licence",
                    [G("People's Committee of Thai Nguyen province"), F("Daeil Electronics")],
                    95 * M,
                    "USD",
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "The company expects to hire about 2,800 local workers once the line is running.",
            "2025-12-16",
            "ministry",
            ["english_copy", "projection", "count", "approx", "no_event"],
            quantities=[c(2800, "local workers", True)],
            events=[],
        ),
        h(
            n(),
            "Three electronics makers in the former Vinh Phuc area are putting another $265 million into their plants, under adjusted certificates the People's Committee of Phu Tho Province handed them on October 15.",
            "2025-10-16",
            "ministry",
            [
                "english_copy",
                "licence_round_total",
                "former_province_area",
                "count_in_words_no_count",
                "no_event",
            ],
            organizations=["People's Committee of Phu Tho Province"],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc")],
            money=[m(265 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "The largest, Hansung Flex Co., Ltd of South Korea, raised its flexible circuit board plant in Ba Thien II Industrial Park, Binh Xuyen Commune, by $120 million to $290 million.",
            "2025-10-16",
            "ministry",
            [
                "english_copy",
                "capital_increase_active",
                "licence_no_grantor",
                "of_country",
                "english_park_no_location",
                "running_total",
            ],
            firms=[f("Hansung Flex", "Co., Ltd")],
            money=[m(120 * M, "USD"), m(290 * M, "USD")],
            locations=[country("South Korea")],
            deals=[deal("investment", ["Hansung Flex"], 120 * M)],
            events=[ev("investment_licence", [F("Hansung Flex")], 120 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Phu Tho Province Chairman Dam Quang Vinh (third from left) hands over the certificates. Photo courtesy of Phu Tho newspaper",
            "2025-10-16",
            "ministry",
            ["english_copy", "caption", "person_role_before", "paper_credit_no_org", "no_event"],
            persons=[per("Dam Quang Vinh", "Phu Tho Province Chairman")],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "In a filing to the Taiwan Stock Exchange, Hong Van Interconnect said its Vietnamese arm would pay $42 million for a 30 per cent stake in Thai Hoa Acoustic Electronics Vietnam, pending approval.",
            "2025-05-15",
            "ministry",
            [
                "english_copy",
                "announced_acquisition",
                "exchange_filing",
                "parent_buyer",
                "country_in_org_name_no_location",
                "vietnam_suffix_dropped",
                "percentage",
            ],
            organizations=["Taiwan Stock Exchange"],
            firms=[f("Hong Van Interconnect"), f("Thai Hoa Acoustic Electronics")],
            money=[m(42 * M, "USD")],
            percentages=[30],
            deals=[deal("investment", ["Hong Van Interconnect"], 42 * M)],
            events=[
                ev(
                    "acquisition",
                    [F("Hong Van Interconnect"), F("Thai Hoa Acoustic Electronics")],
                    42 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Bac Giang's electronics cluster now counts toward Bac Ninh's FDI figures",
            "2025-08-01",
            "ministry",
            ["english_copy", "tag_headline", "possessive_province", "no_event"],
            provinces=[pv("Bắc Giang"), pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- Context lines in the sampled shapes with old tone placement (S10, S16, S4) ---
    rows += [
        h(
            n(),
            "Tỷ lệ nội địa hoá linh kiện trong các nhà máy điện tử FDI ở Thái Nguyên mới đạt chừng 15%, theo khảo sát của Sở Công Thương tỉnh.",
            "2025-12-05",
            "provincial",
            ["old_tone", "bare_unit_no_org", "percentage", "no_event"],
            provinces=[pv("Thái Nguyên")],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "Hội thảo “Thoả thuận khung cung ứng linh kiện: cơ hội cho doanh nghiệp Việt” diễn ra tại Hải Phòng ngày 14/11.",
            "2025-11-10",
            "provincial",
            ["old_tone", "event_title_no_parties", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Ở khu vực Hoà Bình cũ, KCN Bờ trái sông Đà mới có 9 nhà đầu tư, chủ yếu làm bảng mạch và dây cáp.",
            "2025-11-25",
            "provincial",
            ["nfd", "old_tone", "old_province_cu", "province_key_normalised", "count", "no_event"],
            provinces=[pv("Hòa Bình")],
            quantities=[c(9, "nhà đầu tư")],
            locations=[park("Khu công nghiệp Bờ trái sông Đà")],
            events=[],
        ),
    ]
    return rows
