# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 94 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: semiconductors, chip packaging and testing (OSAT), printed circuit
boards and their local suppliers (Bắc Ninh, Bắc Giang, Hà Nội, the HCMC hi-tech park), plus government decisions and
programmes on supporting industry for electronics (decision numbers, dates, issuers). Written and annotated for every
field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered
S1-S20 in the section comments: S1 "nhà máy đóng gói kiểm thử chip bán dẫn khu công nghiệp vốn đầu tư", S2 "sản xuất
bảng mạch in PCB Bắc Giang dự án cấp giấy chứng nhận đầu tư", S3 "doanh nghiệp Việt cung ứng linh kiện điện tử Bắc Ninh
nhà cung cấp cấp 1 Samsung", S4 "Khu công nghệ cao TP.HCM dự án bán dẫn vi mạch đầu tư", S5 "Hà Nội phát triển công
nghiệp bán dẫn thiết kế vi mạch doanh nghiệp", S6 "Quyết định phê duyệt chương trình phát triển công nghiệp hỗ trợ
linh kiện điện tử Thủ tướng Chính phủ", S7 "chiến lược phát triển công nghiệp bán dẫn Việt Nam đến năm 2030 quyết định
1018/QĐ-TTg", S8 "Bắc Giang khu công nghiệp Quang Châu Vân Trung điện tử tăng vốn nhà máy", S9 "khánh thành nhà máy sản
xuất bảng mạch điện tử linh kiện Bắc Ninh tổng vốn", S10 "ký kết hợp tác đào tạo nhân lực bán dẫn doanh nghiệp trường
đại học biên bản ghi nhớ", S11 "Nghị định 111/2015/NĐ-CP công nghiệp hỗ trợ danh mục sản phẩm linh kiện điện tử ưu tiên
phát triển", S12 "UBND tỉnh Bắc Ninh kế hoạch phát triển công nghiệp hỗ trợ ngành điện tử giai đoạn", S13 "doanh nghiệp
nội địa trở thành nhà cung cấp linh kiện cho tập đoàn điện tử đa quốc gia công nghiệp hỗ trợ", S14 "tập đoàn Hàn Quốc
tăng vốn nhà máy linh kiện bán dẫn Bắc Ninh giấy chứng nhận điều chỉnh", S15 "Khu Công nghệ cao TP.HCM nhà máy lắp ráp
kiểm định chip Intel mở rộng", S16 "hội chợ triển lãm công nghiệp hỗ trợ điện tử kết nối doanh nghiệp Hà Nội ký kết",
and in English S17 "Vietnam semiconductor chip packaging testing plant investment Bac Ninh Bac Giang", S18 "printed
circuit board PCB factory Vietnam industrial park million USD licence", S19 "Saigon Hi-Tech Park semiconductor project
investment certificate", S20 "Vietnam electronics supporting industry local suppliers government programme decision".
No sentence is taken or paraphrased from a page; the shapes are. Firm and person names are invented (Việt Hưng / Viet
Hung Technology Group, Viễn thông Hồng Lạc / Hong Lac Telecom, Khải Hoa, Kaiwei, Tân Hoa, Daewon Hitech, Quang học
Kitano, Daesung Circuit, Sejin Semicon, Nexchip Korea, KICDA, VietChip, Sao Mai, Kyungil Semicon, Minh Phương Group,
Unitek, Lotus Circuits, Saigon Tech Land, Veldhoven Semiconductor Systems, Binh An Tech, Viet Duc Pharma, Phuong Nam
Microchip Corporation, Thang Long Logistics, Cadenza Systems, and every official, signer, author, photographer and
reporter, including a fictional Prime Minister and Deputy Prime Ministers); well-known names (Samsung and its units,
Intel, Jabil, Nidec, FPT, CMC, Hòa Phát, Trường Hải, Panasonic, the ministries, real decrees, resolutions and the
1018/QĐ-TTg strategy cited by number) appear only in sentences of our own, with figures changed; provincial decision,
plan and letter numbers are invented.

What the sample looked like (80 result slots; a Saigon Times FDI feature came back three times, a Chinese circuit-board
maker's Bắc Ninh licence, a Hải Phòng board-maker licence, a Bắc Giang "reopen the parks" embed, a Quang Châu tag, the
HCMC hi-tech park's chip-centre tag, the ministry's strategy page and a Bắc Ninh planning-decision page twice each, and
one Vietnamese group's new chip test-and-packaging plant filled five slots in three Vietnamese and two English
papers): 9 slots were download titles, SEO blogs, a paywall stub and a student essay cover (four document-site titles,
two of them unaccented slugs, for S11; a Title-Case listicle on Hà Nội as a chip hub; two English "PCB manufacturer in
Vietnam" SEO pages; a DigiTimes paywall stub; a Scribd essay cover with the lecturer, group members and a table of
contents); 13 were tag, embed, topic and title pages (one-line leads on a licence in Quang Châu, the chip-centre launch,
the park's capital total, HCMC's chip priority with a vice chairman, a steering-committee meeting, an unaccented
decision tag, an opinion topic page, a video blurb with its bylines, a university's programme line); 4 were legal
texts and decision-portal pages (the national strategy decision's header and preamble on a legal database, a Bắc Ninh
plan's header with its Căn cứ list of a QĐ-TTg, a Thông báo and two Công văn, and the ministry's news of the strategy
twice); 6 were journal, library and reference pages (an author block with an abstract and keywords, a blog essay with
glued footnote numbers, a library abstract on localisation, an analysis with footnotes and GDP shares, a bilingual
abstract recalling a ministry decision, an English paper's author block); 33 were Vietnamese news and features (the
plant-establishment story with its deputy minister, cited decisions, phase-one details, chairman and caption; the
board-maker's licence, land-lease signing, groundbreaking, profile and schedule; the Hải Phòng licence with outputs;
Samsung's projects, exports and supplier call on a party site and a magazine's recalled licence; Hà Nội's chip plans on
VOV5 and in a magazine; training memoranda of a university with a Korean association and of a university, a hi-tech
park and a firm, an education forum with its firms, an interview; a Bắc Ninh investment conference with its attendees,
a committee's commitment and an approval; a Korean business forum's memoranda; a Korean memory-chip packager's second
plant in Bắc Giang told twice with its capital history, plans, chairman and captions; Intel's shifting work and its
2006 licence with related links and a caption; a fair in Quảng Ngãi with captions and quotes); 13 were English news and
blogs (the plant story in VIR and the Hanoi Times, a regional wire on Samsung's and Intel's chip plants, a PM's visit to
the Korean packager, a PCB shop owner's interview blog on a new estate in the hi-tech park, three hi-tech-park items on
capital top-ups, licences and tenants and a park-statistics page, a ministry target report, a deputy minister and an
association chairman on electronics, a Vietrade workshop, two Hà Nội fair items); 2 were French VNA copies (a fair, a
Dutch chip firm licensed in the hi-tech park), read for their shapes only. About 27 of the 80 slots told a deal or an
event with a named party (licences, a lease, groundbreakings, an inauguration, memoranda, commitments, recalled
plants), several of them the same story.

Rows: 156 (hand-25601 to hand-25756); 34 carry a deal or an event (22%): 31 events (12 investment licences, 8 investment
announcements, 4 groundbreakings, 4 MoUs, 2 inaugurations, 1 cooperation) and 36 `deals` entries (29 investment, 4
groundbreaking, 2 mou, 1 cooperation); 4 rows hold deals without an event (a split project-company row, a group's
three projects with their worth, a recalled 2008 licence, an English developer line) and three more hold a recalled
deal beside an event; 4 rows hold an event without a deal (a school-association MoU, a future school-firm MoU, two
inaugurations without capital). 122 rows are negatives and other fields. By page kind: 13 rows in the shapes of
download titles, SEO blogs, a paywall stub, an essay cover, a caption tail and related links (0 with a deal or event;
4 in English), 13 of tag, topic and short-lead pages (3), 12 of legal texts and decision news (0), 13 of journal,
library and reference pages (0; 2 in English), 74 of Vietnamese news and features (20), 31 of English news and blogs
(11); 37 rows are English (`english_copy`, 24%). 9 rows are stored in NFD (hand-25623, 25631, 25635, 25643, 25657,
25677, 25692, 25702, 25724); 5 use old tone placement (hand-25624 "hoá thân", 25641 "nội địa hoá", 25654 "hiện thực
hoá", 25667 "thoả thuận", 25698 "thoả thuận"); 43 hold a headline and a lead, a legal header, a tag line, a caption
with its credit, a byline, a list, a transcript or several lines.

Own wording: on review of the first draft against the sampled pages, about 95 drafts followed a sampled sentence too
closely and were rewritten from scratch with other facts and order (the Quang Châu tag lead, the Hải Phòng and Samsung
licence leads, the groundbreaking of an optics plant, the short licence lead on a Japanese group, the chip-centre and
capital tags, the steering-committee tag; the plant-establishment lead, deputy minister, phase-one line, caption and
the "three stages" line in both languages; the board-maker's headline and lead, project company, schedule, profile,
lease caption, groundbreaking lead, R&D counts and workforce; the Hải Phòng outputs; Samsung's projects, exports,
supplier list, output target, recalled licence, GRDP history and the director's quote; the VOV5 lead and caption, the
venture-fund and magazine lines; the university memorandum, delegation and hosts, the forum and its guest list; the
conference attendees, plan display, commitment and approval; the forum's memoranda and wishes; the Korean packager's
inauguration, capital per hectare, chairman, plan, ranking, headline and revenue; Intel's shift, visit, exports, wish,
2006 licence, caption and first phase; the fair's totals, captions and quotes; the journal abstract, library abstract,
footnoted analysis and import line; the planning decision and its growth targets; and most English rows: the VIR
headline and attendees, the Hanoi Times plant line, chairman, regional-wire plants and agency head, the PM's visit and
the plant's figures, the blog's owner, estate, interview and first phase, the hi-tech park's top-ups, tally, Samsung
licence, chip plant, warehouse, graduates, licences of 2013 and tenants, the SEO market figures, the VEIA output line,
the paywall stub, the deputy minister, export series, association chairman, workshop and fair lines). 16 planned rows
were dropped or replaced: a phase-amount line for the board-maker (its shape only in S9 r5), a plan's "II. NHIỆM VỤ,
GIẢI PHÁP" task list and a decision's executors article with its signer (shapes in no first four), the English Korean
packager's 2027 plan (too close to S17 r3 and already told in Vietnamese), and 12 English rows cut to bring the English
share down to the sample's (the deputy minister's quote, an SEO capabilities list, a chairman's remark, a pandemic line,
park land figures, a second-factory line, a licensee's schedule and board head, certified key products, an association
vice chairman, ten-month FDI figures, fair booths). Nothing was used from ranks 5-8: not the Hana-like $930 million
and Amkor $1.6 billion plans (S17 r6-r8), the English report of the board-maker's groundbreaking with the province's
totals (S2 r6, S18 r6), a two-phase amount split (S9 r5), a land-lease caption as first told (S2 r5), the Sanyo licence
and Kinh Bắc developer (S8 r6-r8), the Capital Law's incentives (S5 r6), the khuyến công decision text (S6 r5), the NIC
and CMC training visits (S10 r5-r8), the park's design-software memoranda (S19 r7), the Silicon City groundbreaking
(S19 r5), LG Innotek and Seojin (S14 r7-r8), a phase-two expansion (S1 r7) or a fair opening dated in its first line
(S16 r7).

Conventions: exactly those of batches 10 and 12-91 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or capital increase is an investment deal and an `investment_licence` event "licensed",
the granting body a government party as written, a passive licence a licence without grantor; the headline's amount
goes to the licence in its lead; a held groundbreaking is a groundbreaking deal and event "started", dated only with a
day; an opening with its capital is an investment deal and an inauguration, without capital the event only; a named
firm's plan or commitment with or without amount is an announced investment; recalled licences, plants and running
totals are deals without events; a split row naming the project company with no verb of its own is a deal without
event and site; a lease agreement of developer and tenant is a cooperation deal and signed event, lessor first; a
firm-pair memorandum is an mou deal and event, a memorandum of a school with an association or a firm an mou event
without deal; a consortium is ONE deal of its members; totals of unnamed projects, round totals, cumulative figures,
statistics, programmes, plans, strategies, planning decisions, working sessions, visits, wishes, supplier calls and
fairs give no deal; attendees and witnesses are no parties; a deal date needs a day; vague amounts are no amounts,
"hơn", "khoảng", "gần", "vượt", "over", "nearly" approximate, "tới" and "tối đa" not, "tối thiểu" approximate;
capacities, outputs, durations, ordinals and counts in words are no counts, English counts keep their English noun
phrase; m2 and hectares are areas; legal headers give the issuing body, the province of the place-and-date line and the
document with its date, numbered Công văn, Thông báo, Kế hoạch and party resolutions are decisions, a law cited by title
is none, "ND-CP" / lower-case codes are read canonically; organisations expand UBND and KCN, government parties keep the
text's spelling, bare units ("UBND tỉnh", "Sở Công Thương", "the park's management board") are none; "Việt Nam",
"Vietnam" and a trailing "Vina" are dropped from a foreign subsidiary's name; "X Group" and "X Corporation" keep the
word in English; Vietnamese country names, adjectives and brackets are countries, English adjectives ("Dutch",
"Korean-owned", "Taiwanese", "Japanese") are not, "of the US" is; a province inside an organisation's, park's or
event's name is a mention, inside a firm's name not; "Khu công nghệ cao TP.HCM" and "Khu công nghệ cao Hòa Lạc" written
as places are park locations, English parks none; bylines and photo credits are persons in title case without role,
site and agency credits nothing; "TS.", "PGS.TS", "Dr" give no role; a bare "Phó Thủ tướng" is no person. Every row
with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A domestic group launching a plant that will run later ("Tập đoàn Công nghệ Việt Hưng sáng 14/1 ra mắt nhà máy đóng
  gói và kiểm thử vi mạch đặt ở Bắc Ninh; dây chuyền đầu tiên sẽ chạy trước cuối năm 2026", hand-25652; English
  25726, and the Hanoi Times plan line 25728) is an announced investment without amount sited in Bắc Ninh, not an
  inauguration; the headline's short "Viet Hung" beside the full name is listed as its own mention.
- A groundbreaking recalled weeks later ("Trước đó, giữa tháng 1, Tập đoàn X đã khởi công nhà máy chế tạo chip ... tại
  Khu công nghệ cao Hòa Lạc (Hà Nội)", 25659; "X broke ground on the country's first wafer fab earlier this month",
  25730) is a groundbreaking deal and "started" event (batch 81's weeks-later call), undated, sited by the bracket in
  Vietnamese and unsited in English.
- A tag lead with the province as grantor ("Tỉnh Bắc Giang sáng 9/4 trao giấy chứng nhận đầu tư cho Công ty Kaiwei Việt
  Nam – đơn vị của Tập đoàn điện tử Tân Hoa (Đài Loan) – ...", 25615) is Kaiwei's licence with G("tỉnh Bắc Giang")
  (batch 91), dated with the publication's year; the parent is a mention with "Tập đoàn" past the trade word.
- A passive adjusted certificate under a priced headline ("Giấy chứng nhận điều chỉnh cho nhà máy ... của Công ty TNHH
  X Việt Nam được trao hôm 18/3", 25616) is a dated licence without grantor with the headline's amount; a park-first
  groundbreaking ("KCN Quang Châu (Bắc Giang) sáng 9/10 có thêm một công trường: Công ty TNHH X động thổ ...", 25617) is
  X's dated groundbreaking sited in Bắc Giang's current unit; "250 triệu USD mỗi năm" is money per year.
- A land-lease signing told witness first ("Phó Chủ tịch UBND tỉnh ... chứng kiến A và B ký thoả thuận thuê đất hôm
  22/4 ở Thâm Quyến", 25667) is a dated cooperation deal and signed event, lessor first, without site (batch 47).
- A passive groundbreaking with VND in apposition ("Nhà máy ... của Tập đoàn X ... đã được động thổ sáng 17/6; tổng vốn
  480 triệu USD, tương đương hơn 12.000 tỷ đồng", 25668) takes the USD amount written first; its clickbait headline
  gives nothing.
- A licence received from the committee under a headline with the amount ("Công ty điện tử Hàn Quốc đầu tư 120 triệu
  USD vào Hải Phòng / Công ty TNHH X chiều 12.5 nhận từ UBND TP.Hải Phòng giấy chứng nhận ...", 25671) gives the
  committee and the headline's amount; "Công ty điện tử Hàn Quốc" is a country.
- A group's three projects with their worth ("Ba dự án của Samsung ở Bắc Ninh cộng lại gần 9 tỷ USD: lớn nhất là
  Samsung Display Việt Nam với 6,2 tỷ USD, ...", 25673) give three recalled investment deals sited in Bắc Ninh and the
  total as money only; "Năm 2008, Samsung Electronics Việt Nam (SEV) nhận giấy phép cho tổ hợp 2,7 tỷ USD" (25678) is a
  recalled licence without event; "cứ 100 USD hàng xuất khẩu ... thì gần 14 USD" two amounts (batch 80's ratio).
- A conference commitment beside a running total ("cam kết của Samsung: thêm 1,4 tỷ USD ..., bên cạnh 6,2 tỷ USD đã nằm
  ở KCN Yên Phong", 25696) gives the announced investment and a recalled deal, both unsited (the park names no
  province); a passive approval "Quyết định chấp thuận chủ trương đầu tư ... được trao cho Công ty CP X" (25697) is X's
  licence without grantor, "thị xã Quế Võ" a district.
- Memoranda: a university and a foreign association (25686) are an O-O "signed" mou without deal; a university and a
  firm that "sẽ ký ... vào ngày 26/3 tới tại TP. Đà Nẵng" (25689) an "announced" mou event of both, sited in Đà Nẵng,
  without deal; an object-first firm-pair memorandum ("Một biên bản ghi nhớ về liên doanh ... cũng được A và B ký",
  25701) and "Biên bản ghi nhớ giá trị nhất thuộc về A và B: tới 450 triệu USD" (25702) are mou deals and events, the
  latter with its amount; "31 thoả thuận hợp tác" is a count; "Hai tập đoàn A và B bày tỏ mong muốn" a wish, the
  lower-case "tập đoàn" no legal form.
- An inauguration told object-first without capital ("Nhà máy thứ hai của Công ty TNHH X Vina (Hàn Quốc) ... đã khánh
  thành ngày 20/9 tại KCN Quang Châu, huyện Việt Yên (Bắc Giang)", 25703) and a bare "X Vina vừa cắt băng nhà máy số 2"
  (25708) are inauguration events without deals; the capital history, targets and revenue rows without the firm are
  money and counts only; "85 triệu USD/ha"-type lines are money per ha.
- Intel's 2006 licence told twice: "Dự án 650 triệu USD của Intel ... chính thức có giấy phép đầu tư sáng nay (28/2)"
  (25716) a dated licence without grantor, and the caption "Đại diện Intel nhận giấy phép từ Thứ trưởng Bộ Kế hoạch và
  Đầu tư X" (25718) a licence of G("Bộ Kế hoạch và Đầu tư") and Intel without amount or site; "hạng mục đầu tiên, Intel
  dự tính rót 280 triệu USD" (25719) an announced investment; moving work from Malaysia, a working session and the
  city's wish give no deal.
- English: "Samsung has put a date on chip packaging ... and an extra US$780 million behind it, while Intel already
  runs ... a $1.2 billion plant, in Ho Chi Minh City" (25731) is Samsung's unsited announcement and Intel's recalled
  deal sited in HCMC; a developer line in the passive ("The new 52-hectare electronics estate ... in Ho Chi Minh City is
  being built by two developers, A Vietnam LTD and B", 25736) is ONE investment deal of both, sited, without amount
  (the $1.2 billion is tenants' hoped investment) and without event (batch 80's developer line), "LTD" kept.
- English hi-tech-park items: "The Saigon Hi-Tech Park Management Board has handed an investment registration
  certificate to ... X B.V., whose first project there is worth over 140 billion VND (5.6 million USD)" (25739) is a
  licence of the board with the VND amount (approximate); a headline "Three SHTP projects add 615 million USD" with a
  lead "more than 615 million USD" lists both amounts, "the park's management board" is bare; "The biggest top-up, 590
  million USD, went to X" (25741) and "A added 125 billion VND ..., and B put another 27 billion VND into ..." (25742) are
  licences without grantor or site (batches 78, 86); "X's complex, licensed last month at $1.1 billion" (25744) a
  licence, "Intel's chip plant, approved in 2006" a recalled deal without amount; "X has also committed this year: it
  plans a $240 million plant" and "A VND280 billion ... warehouse ... planned by X" (25745-25746) announced investments.
- Legal and decision shapes: "Quyết định số 1274/QĐ-TTg, do Thủ tướng Chính phủ ký ngày 18/8/2025" takes the date after
  "ký ngày"; "Công văn số 6217/VPCP-KTTH ngày 28/8/2025" and "Thông báo số 45-TB/TU ngày 15/10/2025 của Ban Thường vụ
  Tỉnh ủy Bắc Ninh" are dated decisions, the party standing committee with its province an organisation; "tối thiểu 3
  dự án" is an approximate count; "Luật Thủ đô (sửa đổi)" no decision.
- An essay cover's "GVHD: TRẦN MINH CHÂU" gives the role "GVHD" (the abbreviation of batch 86's "Giảng viên hướng dẫn"
  label), the name in title case; the group members are persons without role, "Nhóm 5" no count; the essay's subject
  "SAMSUNG" a firm; the university from its caps line.
- Persons: the English role before the name in "Viet Hung Chairman Phan Quoc Bao" is kept as written;
  "the deputy minister said", "the chairman said", "người đứng đầu thành phố" name no person; "đồng chí X, Bí thư Tỉnh
  ủy Bắc Ninh" gives the role after the name; "Tổng thư ký KICDA Park Sung Ho" the role before it, "KICDA" a bare
  acronym organisation.
- Places: "KCN Quế Võ III (xã Phù Lãng, tỉnh Bắc Ninh)" gives the park and the province, not the commune; "Việt Yên,
  Bắc Giang" in a caption the province only; Seoul, Incheon, Thâm Quyến and California nothing; "Quanh Hà Nội, Bắc
  Ninh, Thái Nguyên và Vĩnh Phúc (cũ)" four province mentions; "Fourteen Taiwanese PCB firms ..., with Japanese and
  South Korean makers close behind" gives no count and no country."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_94(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BN = cur("Bắc Ninh")
    HN = cur("Hà Nội")
    HCM = cur("Hồ Chí Minh")
    HP = cur("Hải Phòng")
    DNg = cur("Đà Nẵng")

    ids = iter(range(25601, 25601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Download titles, SEO blogs, a paywall stub, an essay cover, a caption tail and related links
    # (S11 r1-r4, S5 r3, S18 r2-r4, S3 r4, S8 r4, S1 r1) ---
    rows += [
        h(
            n(),
            "download phap luat nghi dinh 82 2018 nd cp quy dinh ve quan ly khu cong nghiep va khu kinh te",
            "2019-03-02",
            "legal",
            ["download_slug", "unaccented", "number_without_slashes", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat quyet dinh 1146 qd ttg ke hoach phat trien nganh dien tu giai doan 2021 2025",
            "2021-06-11",
            "legal",
            ["download_slug", "unaccented", "number_without_slashes", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nghị định 57/2021/NĐ-CP Ưu đãi thuế thu nhập doanh nghiệp đối với dự án sản xuất sản phẩm công nghiệp hỗ trợ",
            "2021-06-20",
            "legal",
            ["title_page", "decree_number", "no_event"],
            decisions=[d("57/2021/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1738/QĐ-BCT 2022 công bố thủ tục hành chính lĩnh vực công nghiệp hỗ trợ",
            "2022-09-14",
            "legal",
            ["title_page", "decision_number", "year_not_date", "no_event"],
            decisions=[d("1738/QĐ-BCT")],
            events=[],
        ),
        h(
            n(),
            "2. Vì Sao Bắc Ninh Có Thể Thành Công Xưởng Đóng Gói Chip\nGần Sân Bay, Gần Cảng\nTừ các khu công nghiệp của tỉnh chỉ mất chưa tới một giờ xe để đưa linh kiện ra sân bay Nội Bài.",
            "2024-11-20",
            "ministry",
            ["seo_blog", "title_case_headings", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Nguồn Nhân Lực Dồi Dào\nMỗi năm các trường kỹ thuật quanh Hà Nội cho ra hàng nghìn kỹ sư điện tử – nguồn cung lý tưởng cho các nhà máy chip.",
            "2024-11-20",
            "ministry",
            ["seo_blog", "title_case_headings", "vague_quantity", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "PCB Manufacturing in Vietnam: A Buyer's Guide\n\nWhy buyers are moving orders here:\n\n  • Labour costs well below coastal Chinese levels\n  • Young engineers from local technical colleges\n  • Tax holidays for high-tech projects",
            "2024-02-08",
            "ministry",
            [E, "seo_blog", "bullet_list", "adjective_no_country", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Analysts expect Vietnam's PCB market to grow 12.8% a year, from $4.6 billion in 2022 to $10.9 billion in 2029.",
            "2024-02-08",
            "ministry",
            [E, "seo_blog", "market_forecast", "percentage", "no_event"],
            money=[m(4.6 * B, "USD"), m(10.9 * B, "USD")],
            percentages=[12.8],
            events=[],
        ),
        h(
            n(),
            "PCB output hit $1.4 billion in 2021, the Vietnam Electronic Industries Association (VEIA) estimates, having grown about 14% a year since 2016.",
            "2023-07-30",
            "ministry",
            [E, "seo_blog", "org_with_acronym", "percentage", "no_event"],
            organizations=["Vietnam Electronic Industries Association"],
            money=[m(1.4 * B, "USD")],
            percentages=[14],
            events=[],
        ),
        h(
            n(),
            "Fourteen Taiwanese PCB firms now have plants under construction in northern Vietnam, with Japanese and South Korean makers close behind, the Taiwan Printed Circuit Association (TPCA) says...\nThe article requires paid subscription. Subscribe Now",
            "2024-04-02",
            "ministry",
            [
                E,
                "paywall_stub",
                "count_in_words",
                "adjective_no_country",
                "country_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Taiwan Printed Circuit Association"],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\n------\nTIỂU LUẬN\nMÔN: QUẢN TRỊ CHUỖI CUNG ỨNG\nCHIẾN LƯỢC THUÊ NGOÀI LINH KIỆN CỦA SAMSUNG\nGVHD: TRẦN MINH CHÂU\nNhóm 5: Lê Thảo Vy, Đỗ Gia Huy, Phạm Khánh Linh\nHà Nội, ngày 12 tháng 5 năm 2023",
            "2023-05-12",
            "ministry",
            [
                "essay_cover",
                "caps_org",
                "gvhd_label_role",
                "caps_person",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Kinh tế Quốc dân"],
            firms=[f("Samsung")],
            persons=[
                per("Trần Minh Châu", "GVHD"),
                per("Lê Thảo Vy", None),
                per("Đỗ Gia Huy", None),
                per("Phạm Khánh Linh", None),
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Bên trong một nhà máy điện tử ở KCN Vân Trung (Việt Yên, Bắc Giang). Ảnh: Minh Khôi.\nBên trong một nhà máy điện tử ở KCN Vân Trung (Việt Yên, Bắc Giang). Ảnh: Minh Khôi.\nLên top",
            "2021-05-27",
            "provincial",
            [
                "caption",
                "repeated_caption",
                "photo_credit_person",
                "bare_town",
                "junk_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Khôi", None)],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Vân Trung")],
            events=[],
        ),
        h(
            n(),
            "- Cứ 10 đô la vốn FDI vào miền Bắc thì có 4 đô la chảy về Bắc Ninh\n- Hàn Quốc rót hàng tỉ đô la cho cuộc đua chip nhớ thế hệ mới",
            "2024-07-15",
            "ministry",
            ["related_links", "ratio_money", "vague_amount", "country", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(10, "USD"), m(4, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Tag, hashtag, topic and short-lead pages (S2 r2-r3, S3 r2, S4 r1 r2 r4, S5 r1, S6 r1 r3 r4, S8 r2, S13 r2,
    # S14 r1) ---
    rows += [
        h(
            n(),
            "Bắc Giang mở lại ba khu công nghiệp từ ngày 2/6\n\nTỉnh chọn 8 nhà máy được chạy thử trước, mỗi nơi dùng từ 400 đến 3.200 công nhân.",
            "2021-05-30",
            "provincial",
            [
                "embed_tag",
                "headline_lead",
                "count_in_words",
                "count_range",
                "no_firm",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Giang")],
            quantities=[c(8, "nhà máy"), c(400, "công nhân"), c(3200, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Kinh tế\n\nThêm dự án điện tử Đài Loan vào Bắc Giang\n\nTỉnh Bắc Giang sáng 9/4 trao giấy chứng nhận đầu tư cho Công ty Kaiwei Việt Nam – đơn vị của Tập đoàn điện tử Tân Hoa (Đài Loan) – để làm nhà máy bộ nguồn 22 triệu USD ở Khu công nghiệp Vân Trung.",
            "2019-04-10",
            "provincial",
            [
                "tag_page",
                "section_label",
                "licence",
                "province_as_grantor",
                "trade_word_in_group_name",
                "vietnam_suffix_dropped",
                "year_inferred",
                "deal_date",
                "multiline",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Kaiwei", "Công ty"), f("Tân Hoa", "Tập đoàn")],
            money=[m(22 * M, "USD")],
            locations=[country("Đài Loan"), park("Khu công nghiệp Vân Trung")],
            deals=[deal("investment", ["Kaiwei"], 22 * M, BN, "2019-04-09")],
            events=[
                ev("investment_licence", [G("tỉnh Bắc Giang"), F("Kaiwei")], 22 * M, "USD", BN, "licensed")
            ],
        ),
        h(
            n(),
            "Daewon Hitech đặt thêm 520 triệu USD vào Bắc Ninh\nGiấy chứng nhận điều chỉnh cho nhà máy mô-đun camera của Công ty TNHH Daewon Hitech Việt Nam được trao hôm 18/3, nâng công suất thêm 80 triệu sản phẩm mỗi năm.",
            "2019-03-19",
            "provincial",
            [
                "headline_lead",
                "licence_passive_no_grantor",
                "amount_in_headline",
                "capacity_no_count",
                "short_name_same_as_firm",
                "deal_date",
                "multiline",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Daewon Hitech", "Công ty TNHH")],
            money=[m(520 * M, "USD")],
            deals=[deal("investment", ["Daewon Hitech"], 520 * M, BN, "2019-03-18")],
            events=[ev("investment_licence", [F("Daewon Hitech")], 520 * M, "USD", BN, "licensed")],
        ),
        h(
            n(),
            "Khu công nghiệp Quang Châu (Bắc Giang) sáng 9/10 có thêm một công trường: Công ty TNHH Quang học Kitano Việt Nam động thổ xưởng làm cụm ống kính cho camera điện thoại.\nCông ty tính khi chạy đủ công suất sẽ cần chừng 9.000 công nhân và xuất khẩu trên 250 triệu USD mỗi năm.",
            "2008-10-10",
            "provincial",
            [
                "groundbreaking",
                "park_first",
                "no_amount",
                "per_year",
                "approx",
                "count",
                "deal_date",
                "pre2025",
                "multiline",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Quang học Kitano", "Công ty TNHH")],
            money=[m(250 * M, "USD", "năm", True)],
            quantities=[c(9000, "công nhân", True)],
            locations=[park("Khu công nghiệp Quang Châu")],
            deals=[deal("groundbreaking", ["Quang học Kitano"], None, BN, "2008-10-09")],
            events=[ev("groundbreaking", [F("Quang học Kitano")], None, None, BN, "started")],
        ),
        h(
            n(),
            "Trung tâm Thiết kế và Kiểm thử vi mạch (Chip Design and Test Center – CDTC) chính thức hoạt động từ sáng 12/3 dưới sự quản lý của Ban Quản lý Khu công nghệ cao TP.HCM.",
            "2025-03-12",
            "ministry",
            ["tag_page", "board_in_org_name", "english_name_in_brackets", "no_event"],
            organizations=["Ban Quản lý Khu công nghệ cao TP.HCM", "Trung tâm Thiết kế và Kiểm thử vi mạch"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Khu công nghệ cao TP.HCM hướng tới đô thị khoa học Khoa học TPO - Hơn 11 tỷ USD trong số trên 13 tỷ USD vốn đổ vào Khu công nghệ cao TP.HCM đến từ nhà đầu tư nước ngoài.",
            "2025-05-06",
            "ministry",
            ["tag_page", "glued_section_label", "cumulative_total_no_event", "approx", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(11 * B, "USD", approx=True), m(13 * B, "USD", approx=True)],
            locations=[park("Khu công nghệ cao TP.HCM")],
            events=[],
        ),
        h(
            n(),
            "vi mạch\nTP.HCM dồn lực cho công nghiệp bán dẫn\nThành phố sẽ ưu tiên hoàn thiện chính sách ưu đãi để kéo vốn chiến lược vào ngành bán dẫn, Phó Chủ tịch UBND TP.HCM Lâm Quốc Thịnh nhấn mạnh…",
            "2025-04-17",
            "provincial",
            ["hashtag_page", "role_before_name", "policy_no_deal", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân TP.HCM"],
            persons=[per("Lâm Quốc Thịnh", "Phó Chủ tịch UBND TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Vi mạch bán dẫn – ngành mũi nhọn Khoa Điện tử, Trường Đại học Kỹ thuật Phương Nam tuyển sinh từ năm 2025",
            "2025-03-01",
            "ministry",
            ["university_page", "title_page", "no_event"],
            organizations=["Trường Đại học Kỹ thuật Phương Nam"],
            events=[],
        ),
        h(
            n(),
            "quyet dinh ve chinh sach uu dai dac biet cho du an ban dan",
            "2024-12-02",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các bộ phải trình cơ chế ưu đãi cho ngành bán dẫn trước tháng 6, Phó Thủ tướng Hồ Quang Vinh yêu cầu tại phiên họp thứ hai của Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn chiều 9-3.",
            "2025-03-10",
            "ministry",
            ["tag_page", "role_before_name", "steering_committee", "request_no_deal", "nfd", "no_event"],
            organizations=["Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn"],
            persons=[per("Hồ Quang Vinh", "Phó Thủ tướng")],
            events=[],
        ),
        h(
            n(),
            "Điện tử Việt: vì sao nhiều năm ưu đãi vẫn chưa sinh ra nhà cung cấp lớn?\nHàng chục năm được xếp vào nhóm ngành ưu tiên, công nghiệp điện tử trong nước vẫn chủ yếu gia công, lắp ráp và chưa hoá thân thành chuỗi cung ứng…",
            "2023-08-22",
            "ministry",
            ["topic_page", "opinion_headline", "old_tone", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đưa doanh nghiệp linh kiện Việt vào chuỗi cung ứng điện tử\n\nMuốn làm nhà cung cấp cho các hãng điện tử lớn, doanh nghiệp công nghiệp hỗ trợ phải đạt chuẩn chất lượng, giá và thời gian giao hàng của họ.\nMinh Thư - Quang Vũ",
            "2022-11-03",
            "ministry",
            ["video_blurb", "byline_pair", "multiline", "no_event"],
            persons=[per("Minh Thư", None), per("Quang Vũ", None)],
            events=[],
        ),
        h(
            n(),
            "24H.COM.VN - Một tập đoàn linh kiện Nhật Bản vừa nhận chứng nhận đầu tư từ Ban quản lý các KCN tỉnh Bắc Ninh hôm 14/5 và được hưởng ưu đãi thuế, tiền thuê đất; công trường dự kiến mở vào tháng 6.",
            "2012-05-15",
            "provincial",
            ["short_lead", "site_prefix", "unnamed_investor_no_event", "country_adjective", "pre2025"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Legal texts and decision news (S7 r4, S12 r4, S6 r2 / S7 r3, S13 r4, S12 r2) ---
    rows += [
        h(
            n(),
            "THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 1274/QĐ-TTg\nHà Nội, ngày 18 tháng 8 năm 2025\nQUYẾT ĐỊNH\nPHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ NGÀNH ĐIỆN TỬ ĐẾN NĂM 2030",
            "2025-08-19",
            "legal",
            ["legal_header", "caps_issuer", "place_date_line", "decision_with_date", "multiline", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Hà Nội")],
            decisions=[d("1274/QĐ-TTg", "2025-08-18")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nCăn cứ Nghị định số 111/2015/NĐ-CP ngày 03 tháng 11 năm 2015 của Chính phủ về phát triển công nghiệp hỗ trợ;\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;\nTheo đề nghị của Bộ trưởng Bộ Công Thương.",
            "2025-08-19",
            "legal",
            [
                "preamble",
                "law_title_no_number",
                "decisions_with_dates",
                "minister_without_name",
                "multiline",
                "no_event",
            ],
            organizations=["Chính phủ", "Bộ Chính trị", "Bộ Công Thương"],
            decisions=[d("111/2015/NĐ-CP", "2015-11-03"), d("57-NQ/TW", "2024-12-22")],
            events=[],
        ),
        h(
            n(),
            "Điều 1. Phê duyệt Chương trình phát triển công nghiệp hỗ trợ ngành điện tử đến năm 2030 (sau đây gọi là Chương trình) với các nội dung sau:\n1. Mục tiêu đến năm 2030\na) Có khoảng 450 doanh nghiệp trong nước đủ năng lực cung ứng trực tiếp cho các tập đoàn điện tử đa quốc gia;\nb) Sản phẩm công nghiệp hỗ trợ ngành điện tử đáp ứng 40% nhu cầu sản xuất trong nước.",
            "2025-08-19",
            "legal",
            [
                "legal_article",
                "programme_target_no_deal",
                "count",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            percentages=[40],
            quantities=[c(450, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 142/KH-UBND\nBắc Ninh, ngày 03 tháng 11 năm 2025\nKẾ HOẠCH\nPHÁT TRIỂN CÔNG NGHIỆP BÁN DẪN VÀ CÔNG NGHIỆP HỖ TRỢ NGÀNH ĐIỆN TỬ TỈNH BẮC NINH GIAI ĐOẠN 2026 - 2030",
            "2025-11-05",
            "legal",
            ["legal_header", "caps_org", "place_date_line", "plan_number", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            decisions=[d("142/KH-UBND", "2025-11-03")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Quyết định số 1018/QĐ-TTg ngày 21/9/2024 của Thủ tướng Chính phủ ban hành Chiến lược phát triển công nghiệp bán dẫn Việt Nam đến năm 2030 và tầm nhìn 2050; Công văn số 6217/VPCP-KTTH ngày 28/8/2025 của Văn phòng Chính phủ về việc triển khai Chiến lược; Thông báo số 45-TB/TU ngày 15/10/2025 của Ban Thường vụ Tỉnh ủy Bắc Ninh;",
            "2025-11-05",
            "legal",
            [
                "preamble",
                "official_letter_number",
                "party_notice_number",
                "decisions_with_dates",
                "nfd",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ", "Văn phòng Chính phủ", "Ban Thường vụ Tỉnh ủy Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            decisions=[
                d("1018/QĐ-TTg", "2024-09-21"),
                d("6217/VPCP-KTTH", "2025-08-28"),
                d("45-TB/TU", "2025-10-15"),
            ],
            events=[],
        ),
        h(
            n(),
            "UBND tỉnh ban hành Kế hoạch phát triển công nghiệp bán dẫn với mục tiêu thu hút tối thiểu 3 dự án đóng gói, kiểm thử chip và thêm 12 doanh nghiệp sản xuất bảng mạch in vào các KCN của tỉnh đến năm 2030.",
            "2025-11-05",
            "legal",
            ["bare_units_no_org", "plan_target_no_deal", "toi_thieu_approx", "count", "no_event"],
            quantities=[c(3, "dự án", True), c(12, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Thủ tướng Chính phủ ban hành Chương trình phát triển công nghiệp hỗ trợ ngành điện tử\nQuyết định số 1274/QĐ-TTg, do Thủ tướng Chính phủ ký ngày 18/8/2025, phê duyệt Chương trình phát triển công nghiệp hỗ trợ ngành điện tử đến năm 2030; kinh phí thực hiện dự kiến khoảng 2.400 tỷ đồng.",
            "2025-08-20",
            "ministry",
            [
                "decision_news",
                "decision_date_after_ky_ngay",
                "programme_no_deal",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1274/QĐ-TTg", "2025-08-18")],
            money=[m(2400 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Bộ Khoa học và Công nghệ được Chính phủ giao soạn riêng một gói chính sách để mời chuyên gia bán dẫn, kể cả người Việt ở nước ngoài, về làm việc.",
            "2025-08-20",
            "ministry",
            ["decision_news", "policy_no_deal", "no_event"],
            organizations=["Chính phủ", "Bộ Khoa học và Công nghệ"],
            events=[],
        ),
        h(
            n(),
            "Chiến lược phát triển công nghiệp bán dẫn Việt Nam đến năm 2030, tầm nhìn 2050 được ban hành kèm Quyết định số 1018/QĐ-TTg ngày 21/9/2024 của Thủ tướng Chính phủ, với lộ trình ba giai đoạn.",
            "2024-09-23",
            "ministry",
            ["decision_news", "decision_with_date", "count_in_words", "nfd", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1018/QĐ-TTg", "2024-09-21")],
            events=[],
        ),
        h(
            n(),
            "Ngày 24/2/2011, Thủ tướng Chính phủ ban hành Quyết định số 12/2011/QĐ-TTg về chính sách phát triển một số ngành công nghiệp hỗ trợ, lần đầu đưa linh kiện điện tử vào nhóm ưu tiên.",
            "2019-06-14",
            "ministry",
            ["journal_recall", "decision_date_before", "pre2025", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("12/2011/QĐ-TTg", "2011-02-24")],
            events=[],
        ),
        h(
            n(),
            "Bắc Giang chọn ba ngành công nghiệp mũi nhọn\n\n(BĐT) - Điện tử, cơ khí chính xác và chế biến nông sản là ba ngành Bắc Giang dồn lực, theo Quyết định số 2207/QĐ-UBND điều chỉnh Quy hoạch phát triển công nghiệp tỉnh mà UBND tỉnh Bắc Giang vừa ký.\nẢnh Internet\nẢnh Internet",
            "2017-12-06",
            "provincial",
            [
                "decision_news",
                "planning_no_deal",
                "source_prefix",
                "count_in_words",
                "image_placeholder",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            decisions=[d("2207/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "Công nghiệp - xây dựng phải tăng 12,5% mỗi năm để kéo GRDP của tỉnh lên mức 10,2% - 11%/năm trong giai đoạn 2021 - 2025.\n\nHoài Nam",
            "2017-12-06",
            "provincial",
            ["growth_target", "percentage_range", "byline", "multiline", "no_event"],
            persons=[per("Hoài Nam", None)],
            percentages=[12.5, 10.2, 11],
            events=[],
        ),
    ]
    # --- Journal, library and reference pages (S7 r1-r2, S13 r1 r3 r4, S20 r1, S10 r2, S5 r2) ---
    rows += [
        h(
            n(),
            "Giải pháp thu hút đầu tư vào khâu đóng gói, kiểm thử chip ở Việt Nam\n\nTS. Lương Thị Hồng Nhung\nTrường Đại học Kinh tế - Kỹ thuật Công nghiệp\n\n(Quanlynhanuoc.vn) – Từ số liệu các dự án đóng gói, kiểm thử chip giai đoạn 2019-2024, tác giả chỉ ra những điểm nghẽn trong thu hút đầu tư và gợi ý cách tháo gỡ.\n\nTừ khóa: bán dẫn; đóng gói; kiểm thử; FDI.",
            "2024-05-10",
            "ministry",
            ["journal_article", "author_block", "ts_no_role", "keywords_line", "multiline", "no_event"],
            organizations=["Trường Đại học Kinh tế - Kỹ thuật Công nghiệp"],
            persons=[per("Lương Thị Hồng Nhung", None)],
            events=[],
        ),
        h(
            n(),
            "Thứ hai, Việt Nam có lợi thế tài nguyên: trữ lượng đất hiếm của nước ta lớn thứ hai thế giới2, nguồn vật liệu quan trọng cho chuỗi bán dẫn; Chính phủ cũng đặt mục tiêu đào tạo 50.000 kỹ sư cho ngành bán dẫn vào năm 2030.",
            "2024-06-02",
            "ministry",
            ["blog_article", "footnote_marker_glued", "ordinal_not_count", "count", "no_event"],
            organizations=["Chính phủ"],
            quantities=[c(50000, "kỹ sư")],
            events=[],
        ),
        h(
            n(),
            "Công nghiệp hỗ trợ ngành điện tử Việt Nam: cơ hội và thách thức\n\nTỷ lệ nội địa hoá sản phẩm điện tử mới khoảng 18%; trong chừng 400 doanh nghiệp của ngành, cứ năm doanh nghiệp mới có một làm linh kiện, phụ tùng.",
            "2016-09-12",
            "ministry",
            [
                "library_abstract",
                "ratio_in_words_no_count",
                "old_tone",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            percentages=[18],
            quantities=[c(400, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Phạm vi công nghiệp hỗ trợ ở Việt Nam rộng hơn nhiều so với Hàn Quốc hay Đài Loan, nơi khái niệm này gần như chỉ gồm linh kiện ô tô, xe máy và điện tử(2).",
            "2020-04-21",
            "ministry",
            ["analysis", "footnote_marker", "country_list", "no_event"],
            locations=[country("Hàn Quốc"), country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Malaysia có 33% GDP từ công nghiệp chế biến, chế tạo, Thái Lan 27%, còn Việt Nam mới chừng 17%.",
            "2020-04-21",
            "ministry",
            ["analysis", "percentage", "country_list", "nfd", "no_event"],
            percentages=[33, 27, 17],
            locations=[country("Malaysia"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Nhập khẩu phần lớn linh kiện nên phần giá trị giữ lại trong nước của mỗi sản phẩm điện tử vẫn mỏng.",
            "2020-04-21",
            "ministry",
            ["analysis", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt\nBài viết đánh giá thực trạng công nghiệp hỗ trợ ngành điện tử ở vùng Thủ đô và đề xuất giải pháp cho giai đoạn tới.\nTừ khóa: công nghiệp hỗ trợ, điện tử, Việt Nam\nSummary\nThe article assesses the supporting industry for electronics in the Capital Region and proposes solutions.\nKeywords: supporting industry, electronics, Vietnam",
            "2021-03-18",
            "ministry",
            ["journal_abstract", "bilingual", "home_country_no_location", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Supporting Industries for Electronics in Northern Vietnam: Linkages and Policy Options\n\nTran Quoc Dung and Keiko Sasaki*\nNagoya University, Japan\n*Corresponding Author: Keiko Sasaki, Tel: +81 52 789 4952",
            "2019-01-15",
            "ministry",
            [E, "academic_paper", "author_block", "phone_no_count", "country", "multiline", "no_event"],
            organizations=["Nagoya University"],
            persons=[per("Tran Quoc Dung", None), per("Keiko Sasaki", None)],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Abstract\nThe paper examines how local suppliers enter the electronics supply chain, using survey data from 212 firms in Bac Ninh, Thai Nguyen and Hai Phong.\nKeywords: Supporting industry; Electronics; FDI linkages",
            "2019-01-15",
            "ministry",
            [E, "academic_paper", "count", "unaccented", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Thái Nguyên"), pv("Hải Phòng")],
            quantities=[c(212, "firms")],
            events=[],
        ),
        h(
            n(),
            "PGS.TS Đinh Văn Hải: Muốn có kỹ sư đóng gói chip, nhà trường phải vào tận nhà máy\n\nPGS.TS Đinh Văn Hải (Ảnh: Ngọc Minh)",
            "2024-06-18",
            "ministry",
            ["interview_headline", "pgs_ts_no_role", "photo_credit_in_brackets", "multiline", "no_event"],
            persons=[per("Đinh Văn Hải", None), per("Ngọc Minh", None)],
            events=[],
        ),
        h(
            n(),
            "Chương trình 2 triệu USD từ Nhật Bản đào tạo kỹ sư kiểm thử vi mạch cho Việt Nam",
            "2024-06-18",
            "ministry",
            ["related_headline", "grant_no_deal", "country_from", "no_event"],
            money=[m(2 * M, "USD")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Để kéo nhà đầu tư bán dẫn, chính quyền Thủ đô phải làm việc chặt hơn với viện nghiên cứu và trường đại học, TS. Vũ Đình Lâm, Chủ tịch Hiệp hội Doanh nghiệp điện tử Thủ đô, nhận định.",
            "2025-09-09",
            "ministry",
            ["magazine", "person_role_after", "ts_no_role", "no_event"],
            organizations=["Hiệp hội Doanh nghiệp điện tử Thủ đô"],
            persons=[per("Vũ Đình Lâm", "Chủ tịch Hiệp hội Doanh nghiệp điện tử Thủ đô")],
            events=[],
        ),
        h(
            n(),
            "Quanh Hà Nội, Bắc Ninh, Thái Nguyên và Vĩnh Phúc (cũ) đã có nhà máy đóng gói và linh kiện bán dẫn.",
            "2025-09-09",
            "ministry",
            ["magazine", "province_list", "old_province_marker", "no_event"],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh"), pv("Thái Nguyên"), pv("Vĩnh Phúc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a local group's chip test-and-packaging plant (S1 r2-r4, S1 r1 / S4 r3 / S15 r2) ---
    rows += [
        h(
            n(),
            "Một tập đoàn công nghệ Việt mở nhà máy đóng gói, kiểm thử chip ở Bắc Ninh\n\nThứ Tư, 14/01/2026\nHồng Nhung\n14/01/2026, 21:40\nTập đoàn Công nghệ Việt Hưng sáng 14/1 ra mắt nhà máy đóng gói và kiểm thử vi mạch đặt ở Bắc Ninh; dây chuyền đầu tiên sẽ chạy trước cuối năm 2026.",
            "2026-01-14",
            "ministry",
            [
                "headline_lead",
                "date_lines",
                "byline",
                "plant_established_announced",
                "no_amount",
                "multiline",
            ],
            persons=[per("Hồng Nhung", None)],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Công nghệ Việt Hưng", "Tập đoàn")],
            deals=[deal("investment", ["Công nghệ Việt Hưng"], None, BN)],
            events=[ev("investment_announcement", [F("Công nghệ Việt Hưng")], None, None, BN, "announced")],
        ),
        h(
            n(),
            "Thứ trưởng Bộ Khoa học và Công nghệ Đỗ Minh Khải nói trước nay các nhà máy đóng gói chip ở Việt Nam đều mang vốn ngoại, nên dự án của một doanh nghiệp trong nước có ý nghĩa riêng.",
            "2026-01-14",
            "ministry",
            ["role_before_name", "quote_paraphrase", "no_event"],
            organizations=["Bộ Khoa học và Công nghệ"],
            persons=[per("Đỗ Minh Khải", "Thứ trưởng Bộ Khoa học và Công nghệ")],
            events=[],
        ),
        h(
            n(),
            "Theo Việt Hưng, nhà máy là bước hiện thực hoá Nghị quyết số 57-NQ/TW của Bộ Chính trị và Quyết định số 1018/QĐ-TTg về Chiến lược phát triển công nghiệp bán dẫn.",
            "2026-01-14",
            "ministry",
            ["short_name_alone", "decisions_without_dates", "old_tone", "no_event"],
            organizations=["Bộ Chính trị"],
            firms=[f("Việt Hưng")],
            decisions=[d("57-NQ/TW"), d("1018/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            "Tám dây chuyền kiểm tra chức năng và một khu thử độ tin cậy sẽ được lắp trong 2.400 m2 nhà xưởng ở KCN Quế Võ III (xã Phù Lãng, tỉnh Bắc Ninh) cho giai đoạn 2026-2027.",
            "2026-01-14",
            "ministry",
            ["plant_details_no_firm", "commune_no_location", "m2_to_ha", "count_in_words", "no_event"],
            provinces=[pv("Bắc Ninh")],
            areas=[ha(0.24)],
            locations=[park("Khu công nghiệp Quế Võ III")],
            events=[],
        ),
        h(
            n(),
            "Công suất hàng trăm triệu chip mỗi năm\n\nPhát biểu tại lễ ra mắt, ông Phan Quốc Bảo cho rằng nhà máy giúp doanh nghiệp Việt đi sâu hơn vào chuỗi cung ứng bán dẫn toàn cầu.",
            "2026-01-14",
            "ministry",
            ["subheading", "person_without_role", "vague_quantity", "multiline", "no_event"],
            persons=[per("Phan Quốc Bảo", None)],
            events=[],
        ),
        h(
            n(),
            "“Làm chủ khâu đóng gói, kiểm thử là mảnh ghép để con chip Việt đi trọn vòng đời ngay trong nước”, ông Phan Quốc Bảo, Chủ tịch Tập đoàn Công nghệ Việt Hưng, nói tại lễ công bố sáng 14/1 ở Hà Nội.",
            "2026-01-14",
            "ministry",
            ["quote_first", "person_role_after", "venue_province", "nfd", "no_event"],
            persons=[per("Phan Quốc Bảo", "Chủ tịch Tập đoàn Công nghệ Việt Hưng")],
            firms=[f("Công nghệ Việt Hưng", "Tập đoàn")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo Việt Hưng và khách mời bấm nút ra mắt nhà máy. Ảnh: Thanh Tùng",
            "2026-01-14",
            "ministry",
            ["caption", "photo_credit_person", "no_event"],
            persons=[per("Thanh Tùng", None)],
            firms=[f("Việt Hưng")],
            events=[],
        ),
        h(
            n(),
            "Trước đó, giữa tháng 1, Tập đoàn Viễn thông Hồng Lạc đã khởi công nhà máy chế tạo chip bán dẫn đầu tiên của Việt Nam tại Khu công nghệ cao Hòa Lạc (Hà Nội).",
            "2026-01-14",
            "ministry",
            ["groundbreaking_weeks_before", "no_amount", "month_no_date", "ordinal_not_count"],
            provinces=[pv("Hà Nội")],
            firms=[f("Viễn thông Hồng Lạc", "Tập đoàn")],
            locations=[park("Khu công nghệ cao Hòa Lạc")],
            deals=[deal("groundbreaking", ["Viễn thông Hồng Lạc"], None, HN)],
            events=[ev("groundbreaking", [F("Viễn thông Hồng Lạc")], None, None, HN, "started")],
        ),
        h(
            n(),
            "(KTSG Online) - Vốn ngoại vào chip và công nghệ cao là một trong ít tin vui của kinh tế năm 2024, khi nhiều ngành khác còn chật vật.",
            "2025-01-08",
            "ministry",
            ["feature_lead", "source_prefix", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cục Thống kê ghi nhận khoảng 15,2 tỉ đô la Mỹ vốn FDI cam kết trong nửa đầu năm, thấp hơn cùng kỳ 3,6%.",
            "2025-01-08",
            "ministry",
            ["statistics", "do_la_my", "approx", "percentage", "no_event"],
            organizations=["Cục Thống kê"],
            money=[m(15.2 * B, "USD", approx=True)],
            percentages=[3.6],
            events=[],
        ),
        h(
            n(),
            "Trước đó một năm, vốn FDI đăng ký mới còn hụt tới 9%.",
            "2025-01-08",
            "ministry",
            ["statistics", "percentage", "no_event"],
            percentages=[9],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Chinese circuit-board group in Bắc Ninh; a Hải Phòng licence (S2 r1 r4, S9 r1-r4) ---
    rows += [
        h(
            n(),
            "Nhà máy mạch in nhiều lớp 240 triệu USD được cấp phép ở Bắc Ninh\nDự án của Tập đoàn Công nghệ Khải Hoa (Trung Quốc) vừa có giấy phép; chủ đầu tư dự kiến tuyển hơn 1.900 lao động khi chạy máy năm 2027.",
            "2024-10-03",
            "ministry",
            [
                "headline_lead",
                "licence_passive_no_grantor",
                "amount_in_headline",
                "count",
                "approx",
                "multiline",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Công nghệ Khải Hoa", "Tập đoàn")],
            money=[m(240 * M, "USD")],
            quantities=[c(1900, "lao động", True)],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Công nghệ Khải Hoa"], 240 * M, BN)],
            events=[ev("investment_licence", [F("Công nghệ Khải Hoa")], 240 * M, "USD", BN, "licensed")],
        ),
        h(
            n(),
            "Pháp nhân thực hiện là Công ty TNHH Khải Hoa Circuit (Việt Nam); nhà máy chiếm 87.450 m2 đất trong KCN Đại Đồng - Hoàn Sơn.",
            "2024-10-03",
            "ministry",
            ["split_row", "project_company", "vietnam_bracket_dropped", "m2_to_ha", "park"],
            firms=[f("Khải Hoa Circuit", "Công ty TNHH")],
            areas=[ha(8.745)],
            locations=[park("Khu công nghiệp Đại Đồng - Hoàn Sơn")],
            deals=[deal("investment", ["Khải Hoa Circuit"])],
            events=[],
        ),
        h(
            n(),
            "Công trường cần chừng 350 công nhân, 60% là người địa phương; máy sẽ chạy thử từ tháng 5/2027 và vào sản xuất thương mại ba tháng sau.",
            "2024-10-03",
            "ministry",
            ["schedule_no_firm", "count", "approx", "percentage", "no_event"],
            percentages=[60],
            quantities=[c(350, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Ra đời ở Thâm Quyến năm 2004, Khải Hoa góp mặt trong nhóm sáng lập Hiệp hội Mạch in Trung Quốc (CPCA) và bán bảng mạch cho các hãng máy chủ, ô tô, thiết bị y tế.",
            "2024-10-03",
            "ministry",
            ["profile", "short_name_alone", "country_in_org_name", "foreign_city_no_location", "no_event"],
            organizations=["Hiệp hội Mạch in Trung Quốc"],
            firms=[f("Khải Hoa")],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND tỉnh Bắc Ninh Trịnh Hữu Tâm (thứ ba từ phải) chứng kiến Công ty CP Phát triển KCN Đại Đồng và Khải Hoa ký thoả thuận thuê đất hôm 22/4 ở Thâm Quyến.",
            "2024-10-03",
            "ministry",
            [
                "land_lease_agreement",
                "witness_first",
                "old_tone",
                "lessor_first",
                "witness_not_party",
                "caption",
                "deal_date",
                "year_inferred",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            persons=[per("Trịnh Hữu Tâm", "Phó Chủ tịch UBND tỉnh Bắc Ninh")],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Phát triển KCN Đại Đồng", "Công ty CP"), f("Khải Hoa")],
            deals=[deal("cooperation", ["Phát triển KCN Đại Đồng", "Khải Hoa"], None, None, "2024-04-22")],
            events=[
                ev("cooperation", [F("Phát triển KCN Đại Đồng"), F("Khải Hoa")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Bắc Ninh vừa đón tin vui gì mà hàng nghìn người sắp có việc làm?\n\n10:12 18/06/2025\n\nNhà máy bảng mạch in của Tập đoàn Công nghệ Khải Hoa (Trung Quốc) ở KCN Đại Đồng - Hoàn Sơn, tỉnh Bắc Ninh đã được động thổ sáng 17/6; tổng vốn 480 triệu USD, tương đương hơn 12.000 tỷ đồng, rót theo hai giai đoạn.",
            "2025-06-18",
            "ministry",
            [
                "clickbait_headline",
                "timestamp",
                "groundbreaking_passive",
                "approx",
                "vague_count",
                "deal_date",
                "multiline",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Công nghệ Khải Hoa", "Tập đoàn")],
            money=[m(480 * M, "USD"), m(12000 * B, "VND", approx=True)],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Đại Đồng - Hoàn Sơn")],
            deals=[deal("groundbreaking", ["Công nghệ Khải Hoa"], 480 * M, BN, "2025-06-17")],
            events=[ev("groundbreaking", [F("Công nghệ Khải Hoa")], 480 * M, "USD", BN, "started")],
        ),
        h(
            n(),
            "Hãng giữ 274 bằng sáng chế về bảng mạch, có đội nghiên cứu 850 kỹ sư và bán hàng cho hơn 140 khách hàng lớn.",
            "2025-06-18",
            "ministry",
            ["profile_no_name", "count", "approx", "no_event"],
            quantities=[c(274, "bằng sáng chế"), c(850, "kỹ sư"), c(140, "khách hàng", True)],
            events=[],
        ),
        h(
            n(),
            "Nhân sự khi nhà máy chạy đủ công suất khoảng 1.900 người, trong đó có chuyên gia Trung Quốc.",
            "2025-06-18",
            "ministry",
            ["workforce_no_firm", "count", "approx", "country_adjective", "no_event"],
            quantities=[c(1900, "người", True)],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Công ty điện tử Hàn Quốc đầu tư 120 triệu USD vào Hải Phòng\nCông ty TNHH Daesung Circuit Việt Nam chiều 12.5 nhận từ UBND TP.Hải Phòng giấy chứng nhận đăng ký đầu tư cho nhà máy bo mạch điện tử ở KCN Tràng Duệ.",
            "2016-05-13",
            "provincial",
            [
                "headline_lead",
                "licence",
                "licence_received_from_committee",
                "amount_in_headline",
                "date_with_dot",
                "country_adjective",
                "deal_date",
                "multiline",
            ],
            organizations=["Ủy ban nhân dân TP.Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Daesung Circuit", "Công ty TNHH")],
            money=[m(120 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Tràng Duệ")],
            deals=[deal("investment", ["Daesung Circuit"], 120 * M, HP, "2016-05-12")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND TP.Hải Phòng"), F("Daesung Circuit")],
                    120 * M,
                    "USD",
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy dự kiến tuyển hơn 700 lao động; đến năm 2018, sản lượng mỗi năm khoảng 8,2 triệu bo mạch, phần lớn cho điện thoại.\nTheo Vietnam+",
            "2016-05-13",
            "provincial",
            ["output_no_count", "count", "approx", "agency_credit", "multiline", "no_event"],
            quantities=[c(700, "lao động", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean group's presence in Bắc Ninh, a recalled licence, Hà Nội's chip plans (S3 r1 r3,
    # S5 r4) ---
    rows += [
        h(
            n(),
            "Ba dự án của Samsung ở Bắc Ninh cộng lại gần 9 tỷ USD: lớn nhất là Samsung Display Việt Nam với 6,2 tỷ USD, tiếp đến Samsung Electronics Việt Nam (SEV) 2,7 tỷ USD, còn Samsung SDI hơn 120 triệu USD.",
            "2019-01-22",
            "provincial",
            [
                "party_site_feature",
                "presence_with_worth",
                "recalled_investments",
                "acronym_in_brackets",
                "approx",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Samsung"), f("Samsung Display"), f("Samsung Electronics"), f("Samsung SDI")],
            money=[
                m(9 * B, "USD", approx=True),
                m(6.2 * B, "USD"),
                m(2.7 * B, "USD"),
                m(120 * M, "USD", approx=True),
            ],
            deals=[
                deal("investment", ["Samsung Display"], 6.2 * B, BN),
                deal("investment", ["Samsung Electronics"], 2.7 * B, BN),
                deal("investment", ["Samsung SDI"], 120 * M, BN),
            ],
            events=[],
        ),
        h(
            n(),
            "Riêng xuất khẩu, tổ hợp Samsung ở Bắc Ninh đóng góp hơn 26 tỷ USD trong năm 2018 – cứ 100 USD hàng xuất khẩu của cả nước thì gần 14 USD đến từ đây.",
            "2019-01-22",
            "provincial",
            ["export_figure", "approx", "ratio_money", "no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Samsung")],
            money=[m(26 * B, "USD", approx=True), m(100, "USD"), m(14, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Danh sách 190 linh kiện, phụ kiện mà tập đoàn đang tìm nhà cung ứng trong nước vừa được công bố, mở cửa cho doanh nghiệp công nghiệp hỗ trợ của tỉnh.",
            "2019-01-22",
            "provincial",
            ["supplier_call_no_deal", "count", "no_event"],
            quantities=[c(190, "linh kiện")],
            events=[],
        ),
        h(
            n(),
            "Sản lượng điện thoại của tổ hợp năm 2019 có thể chạm mốc 1,1 tỷ chiếc.",
            "2019-01-22",
            "provincial",
            ["output_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ông Park Jae Won, Tổng Giám đốc Samsung Việt Nam, cho biết tập đoàn sẽ tiếp tục đào tạo và kết nối nhà cung cấp Việt vào chuỗi sản xuất của mình.",
            "2019-01-22",
            "provincial",
            ["person_role_after", "vietnam_dropped_bare_brand", "nfd", "no_event"],
            persons=[per("Park Jae Won", "Tổng Giám đốc Samsung Việt Nam")],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Năm 2008, Samsung Electronics Việt Nam (SEV) nhận giấy phép cho tổ hợp 2,7 tỷ USD trên 105 ha ở KCN Yên Phong 1 (Bắc Ninh) – nhà máy điện thoại đầu tiên của hãng tại Việt Nam.",
            "2022-10-18",
            "ministry",
            [
                "recalled_licence",
                "year_no_date",
                "ordinal_not_count",
                "area",
                "park_with_province_bracket",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Samsung Electronics")],
            money=[m(2.7 * B, "USD")],
            areas=[ha(105)],
            locations=[park("Khu công nghiệp Yên Phong 1")],
            deals=[deal("investment", ["Samsung Electronics"], 2.7 * B, BN)],
            events=[],
        ),
        h(
            n(),
            "“Bắc Ninh đã đáp ứng mọi điều kiện chúng tôi đặt ra từ ngày đầu”, ông Lee Dong Hyun, Tổng giám đốc Samsung Việt Nam, nói về lựa chọn năm 2008.",
            "2022-10-18",
            "ministry",
            ["quote_first", "person_role_after", "year_no_date", "no_event"],
            persons=[per("Lee Dong Hyun", "Tổng giám đốc Samsung Việt Nam")],
            firms=[f("Samsung")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Đến nay, nhà máy ở Yên Phong có trên 42.000 lao động và là nơi đặt trung tâm nghiên cứu lớn nhất của tập đoàn ở khu vực.",
            "2022-10-18",
            "ministry",
            ["bare_town_no_location", "count", "approx", "no_event"],
            quantities=[c(42000, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "GRDP của Bắc Ninh từ 1.620 tỷ đồng năm 2005 đã vọt lên khoảng 231.000 tỷ đồng năm 2021.",
            "2022-10-18",
            "ministry",
            ["statistics", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(1620 * B, "VND"), m(231000 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Hà Nội – điểm đến mới của nhà đầu tư bán dẫn\n\n(VOV5) - Chuyên gia cho rằng Thủ đô đã có đủ điều kiện để đón các nhà máy đóng gói, kiểm thử chip, nếu giải được bài toán mặt bằng.\n\nNghe âm thanh bài tại đây:",
            "2025-02-19",
            "ministry",
            ["headline_lead", "source_prefix", "audio_prompt", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Gian trưng bày chip tại một sự kiện kết nối đầu tư của Hà Nội năm 2025. Ảnh: Quốc Khánh/Báo Hànộimới",
            "2025-02-19",
            "ministry",
            ["caption", "photo_credit_with_paper", "province_possessive", "no_event"],
            persons=[per("Quốc Khánh", None)],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Một quỹ đầu tư mạo hiểm dùng tiền ngân sách – điều Luật Thủ đô (sửa đổi) cho phép thí điểm – có thể góp vốn vào các công ty thiết kế chip của thành phố.",
            "2025-02-19",
            "ministry",
            ["law_title_no_number", "policy_no_deal", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bên cạnh những con số đó, Samsung còn mở cửa cho doanh nghiệp nội địa ở Bắc Ninh bước vào chuỗi giá trị của mình.",
            "2019-01-22",
            "provincial",
            ["bare_brand", "no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Samsung")],
            events=[],
        ),
    ]
    # --- Vietnamese news: training memoranda and forums on chip manpower (S10 r1 r3 r4) ---
    rows += [
        h(
            n(),
            "Trường Đại học Bách khoa Đà Nẵng và Hiệp hội Thiết kế vi mạch Hàn Quốc (KICDA) ký biên bản hợp tác hôm 21/5/2025 ở Seoul; sau lễ ký, đoàn trường sang Incheon thăm xưởng đóng gói chip của Tập đoàn Nexchip Korea.",
            "2025-05-23",
            "ministry",
            [
                "school_association_mou",
                "no_deal",
                "country_in_org_name",
                "country_in_firm_name",
                "province_in_org_name",
            ],
            organizations=["Trường Đại học Bách khoa Đà Nẵng", "Hiệp hội Thiết kế vi mạch Hàn Quốc"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Nexchip Korea", "Tập đoàn")],
            events=[
                ev(
                    "mou",
                    [O("Trường Đại học Bách khoa Đà Nẵng"), O("Hiệp hội Thiết kế vi mạch Hàn Quốc")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Dẫn đoàn là PGS.TS. Lê Quang Huy, Hiệu trưởng nhà trường; đi cùng có TS. Nguyễn Thị Bích Vân, Phó Hiệu trưởng.",
            "2025-05-23",
            "ministry",
            ["delegation_list", "person_role_after", "ts_no_role", "no_event"],
            persons=[
                per("Lê Quang Huy", "Hiệu trưởng nhà trường"),
                per("Nguyễn Thị Bích Vân", "Phó Hiệu trưởng"),
            ],
            events=[],
        ),
        h(
            n(),
            "Tiếp đoàn có Tổng thư ký KICDA Park Sung Ho và Giám đốc nhà máy Nexchip Korea Lee Min Jae.",
            "2025-05-23",
            "ministry",
            ["hosts_list", "role_before_name", "acronym_org", "no_event"],
            organizations=["KICDA"],
            persons=[
                per("Park Sung Ho", "Tổng thư ký KICDA"),
                per("Lee Min Jae", "Giám đốc nhà máy Nexchip Korea"),
            ],
            firms=[f("Nexchip Korea")],
            events=[],
        ),
        h(
            n(),
            "Trường Đại học Quốc tế Sông Hàn và Công ty CP Giáo dục Bán dẫn VietChip sẽ ký biên bản ghi nhớ về đào tạo kỹ sư vi mạch vào ngày 26/3 tới tại TP. Đà Nẵng.",
            "2025-03-20",
            "ministry",
            ["school_firm_mou", "future_signing", "no_deal"],
            organizations=["Trường Đại học Quốc tế Sông Hàn"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Giáo dục Bán dẫn VietChip", "Công ty CP")],
            events=[
                ev(
                    "mou",
                    [O("Trường Đại học Quốc tế Sông Hàn"), F("Giáo dục Bán dẫn VietChip")],
                    None,
                    None,
                    DNg,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "VietChip chuyên đào tạo kỹ sư thiết kế, kiểm thử vi mạch và tư vấn chương trình cho các trường; trước đó công ty đã hợp tác với nhiều trường ở TP.HCM.",
            "2025-03-20",
            "ministry",
            ["profile", "short_name_alone", "no_event"],
            firms=[f("VietChip")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 45 cơ sở đào tạo và hơn 90 doanh nghiệp dự Diễn đàn hợp tác nhà trường – doanh nghiệp về nhân lực bán dẫn do Bộ Giáo dục và Đào tạo cùng Đại học Đà Nẵng tổ chức ngày 12/9 tại Đà Nẵng.",
            "2025-09-13",
            "ministry",
            ["forum_no_deal", "count", "approx", "province_in_org_name"],
            organizations=["Bộ Giáo dục và Đào tạo", "Đại học Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            quantities=[c(45, "cơ sở đào tạo", True), c(90, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Trong danh sách khách mời có Tập đoàn Hòa Phát, Tập đoàn Trường Hải và Công ty TNHH Panasonic Việt Nam.",
            "2025-09-13",
            "ministry",
            ["attendee_firms_no_deal", "vietnam_suffix_dropped", "nfd", "no_event"],
            firms=[f("Hòa Phát", "Tập đoàn"), f("Trường Hải", "Tập đoàn"), f("Panasonic", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Thứ trưởng Bộ Giáo dục và Đào tạo Phạm Thanh Sơn nhấn mạnh Nhà nước, nhà trường và doanh nghiệp phải “cùng ngồi một bàn” khi thiết kế chương trình đào tạo.",
            "2025-09-13",
            "ministry",
            ["role_before_name", "quote_fragment", "no_event"],
            organizations=["Bộ Giáo dục và Đào tạo"],
            persons=[per("Phạm Thanh Sơn", "Thứ trưởng Bộ Giáo dục và Đào tạo")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Bắc Ninh investment conference, a Korean forum's memoranda (S12 r1, S14 r2) ---
    rows += [
        h(
            n(),
            "Dự hội nghị có Bộ trưởng Bộ Khoa học và Công nghệ Trần Đức Hòa, Chủ tịch Tổng Liên đoàn Lao động Việt Nam Lưu Văn Khải và đồng chí Đặng Xuân Phúc, Bí thư Tỉnh ủy Bắc Ninh.",
            "2024-09-23",
            "provincial",
            ["attendee_list", "dong_chi", "role_before_name", "role_after_name", "tinh_uy_no_org"],
            organizations=["Bộ Khoa học và Công nghệ", "Tổng Liên đoàn Lao động Việt Nam"],
            persons=[
                per("Trần Đức Hòa", "Bộ trưởng Bộ Khoa học và Công nghệ"),
                per("Lưu Văn Khải", "Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
                per("Đặng Xuân Phúc", "Bí thư Tỉnh ủy Bắc Ninh"),
            ],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng dành ít phút xem bản đồ quy hoạch và gian sản phẩm đặc trưng của Bắc Ninh trước khi vào hội nghị.",
            "2024-09-23",
            "provincial",
            ["bare_role_no_person", "planning_display", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Điểm nhấn của hội nghị là cam kết của Samsung: thêm 1,4 tỷ USD vốn mở rộng ngay trong năm, bên cạnh 6,2 tỷ USD đã nằm ở KCN Yên Phong.",
            "2024-09-23",
            "provincial",
            ["commitment_announced", "recalled_running_total", "park"],
            firms=[f("Samsung")],
            money=[m(1.4 * B, "USD"), m(6.2 * B, "USD")],
            locations=[park("Khu công nghiệp Yên Phong")],
            deals=[
                deal("investment", ["Samsung"], 1.4 * B),
                deal("investment", ["Samsung"], 6.2 * B),
            ],
            events=[ev("investment_announcement", [F("Samsung")], 1.4 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Quyết định chấp thuận chủ trương đầu tư khu đô thị công nghệ hơn 8.600 tỷ đồng ở thị xã Quế Võ được trao cho Công ty CP Đầu tư Kinh Bắc Xanh.",
            "2024-09-23",
            "provincial",
            ["licence_passive_no_grantor", "district_thi_xa", "approx"],
            firms=[f("Đầu tư Kinh Bắc Xanh", "Công ty CP")],
            money=[m(8600 * B, "VND", approx=True)],
            locations=[district("thị xã Quế Võ")],
            deals=[deal("investment", ["Đầu tư Kinh Bắc Xanh"], 8600 * B)],
            events=[ev("investment_licence", [F("Đầu tư Kinh Bắc Xanh")], 8600 * B, "VND", None, "licensed")],
        ),
        h(
            n(),
            "31 thoả thuận hợp tác – từ bán dẫn, năng lượng tới logistics – được trao tại Diễn đàn Doanh nghiệp Việt Nam – Hàn Quốc ở Seoul.",
            "2024-07-02",
            "ministry",
            [
                "forum_total_no_deal",
                "country_in_event_name",
                "foreign_city_no_location",
                "old_tone",
                "count",
                "no_event",
            ],
            quantities=[c(31, "thoả thuận hợp tác")],
            events=[],
        ),
        h(
            n(),
            "Lễ trao các văn bản diễn ra trước sự chứng kiến của Thủ tướng Chính phủ cùng lãnh đạo Bộ Công Thương và Phòng Thương mại và Công nghiệp Hàn Quốc (KCCI).",
            "2024-07-02",
            "ministry",
            ["witness_no_party", "country_in_org_name", "org_with_acronym", "no_event"],
            organizations=[
                "Thủ tướng Chính phủ",
                "Bộ Công Thương",
                "Phòng Thương mại và Công nghiệp Hàn Quốc",
            ],
            events=[],
        ),
        h(
            n(),
            "Hai tập đoàn Đông Á Holdings và Daesang Chemical bày tỏ mong muốn cùng tìm cơ hội ở trung tâm dữ liệu và vật liệu bán dẫn.",
            "2024-07-02",
            "ministry",
            ["wish_no_deal", "lowercase_tap_doan", "no_event"],
            firms=[f("Đông Á Holdings"), f("Daesang Chemical")],
            events=[],
        ),
        h(
            n(),
            "Một biên bản ghi nhớ về liên doanh lắp ráp mô-đun nhớ cũng được Tổng công ty Điện tử Sao Mai và Công ty TNHH Kyungil Semicon ký tại diễn đàn.",
            "2024-07-02",
            "ministry",
            ["firm_pair_mou", "mou_about_joint_venture", "mou_object_first"],
            firms=[f("Điện tử Sao Mai", "Tổng công ty"), f("Kyungil Semicon", "Công ty TNHH")],
            deals=[deal("mou", ["Điện tử Sao Mai", "Kyungil Semicon"])],
            events=[ev("mou", [F("Điện tử Sao Mai"), F("Kyungil Semicon")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Biên bản ghi nhớ giá trị nhất thuộc về Công ty CP Minh Phương Group và Công ty TNHH Unitek: tới 450 triệu USD trong 5 năm.",
            "2024-07-02",
            "ministry",
            [
                "firm_pair_mou",
                "mou_amount",
                "mou_named_after_colon",
                "toi_not_approx",
                "duration_no_count",
                "nfd",
            ],
            firms=[f("Minh Phương Group", "Công ty CP"), f("Unitek", "Công ty TNHH")],
            money=[m(450 * M, "USD")],
            deals=[deal("mou", ["Minh Phương Group", "Unitek"], 450 * M)],
            events=[ev("mou", [F("Minh Phương Group"), F("Unitek")], 450 * M, "USD", None, "signed")],
        ),
    ]
    # --- Vietnamese news: a Korean memory-chip packager's second plant in Bắc Giang (S14 r3-r4) ---
    rows += [
        h(
            n(),
            "Nhà máy thứ hai của Công ty TNHH Sejin Semicon Vina (Hàn Quốc), chuyên đóng gói và kiểm định chip nhớ, đã khánh thành ngày 20/9 tại KCN Quang Châu, huyện Việt Yên (Bắc Giang).",
            "2025-09-21",
            "provincial",
            [
                "inauguration_no_capital",
                "vina_dropped",
                "country_bracket",
                "district_huyen",
                "ordinal_not_count",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Sejin Semicon", "Công ty TNHH")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Quang Châu"), district("huyện Việt Yên")],
            events=[ev("inauguration", [F("Sejin Semicon")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "Mỗi ha của dự án gánh khoảng 85 triệu USD vốn, gấp 7 lần mức thường thấy ở các dự án FDI trong KCN của tỉnh; tổng vốn đã được điều chỉnh lên khoảng 640 triệu USD từ năm 2023.",
            "2025-09-21",
            "provincial",
            ["recalled_increase_no_firm", "per_hectare", "approx", "multiplier_no_count", "no_event"],
            money=[m(85 * M, "USD", "ha", True), m(640 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Theo ông Kim Tae Hoon, Chủ tịch Tập đoàn Sejin (Hàn Quốc), khu đất 71.000 m2 giờ đã có hai nhà máy, nhà máy đầu tiên chạy từ năm 2023.",
            "2025-09-21",
            "provincial",
            [
                "person_role_after",
                "country_bracket",
                "m2_to_ha",
                "count_in_words",
                "ordinal_not_count",
                "no_event",
            ],
            persons=[per("Kim Tae Hoon", "Chủ tịch Tập đoàn Sejin")],
            firms=[f("Sejin", "Tập đoàn")],
            areas=[ha(7.1)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Mục tiêu đến năm 2027: tổng vốn vượt 1,1 tỷ USD, doanh thu 850 triệu USD, khoảng 4.500 chỗ làm.",
            "2025-09-21",
            "provincial",
            ["plan_no_name", "approx", "count", "no_event"],
            money=[m(1.1 * B, "USD", approx=True), m(850 * M, "USD")],
            quantities=[c(4500, "chỗ làm", True)],
            events=[],
        ),
        h(
            n(),
            "Với Sejin, xưởng ở Việt Nam nay là cơ sở lớn nhất toàn cầu; người Việt sẽ chiếm 75% lực lượng lao động.",
            "2025-09-21",
            "provincial",
            ["short_name_alone", "home_country_no_location", "percentage", "no_event"],
            firms=[f("Sejin")],
            percentages=[75],
            events=[],
        ),
        h(
            n(),
            "Chip nhớ Hàn Quốc nhắm mốc 1,1 tỷ USD ở Bắc Giang\n\nPhương Linh - 20/09/2025 15:30 (GMT+7)\n\n(VNF) - Sejin Semicon Vina vừa cắt băng nhà máy số 2 tại KCN Quang Châu, tỉnh Bắc Giang, sáng 20/9.",
            "2025-09-20",
            "provincial",
            [
                "headline_target_unnamed",
                "bare_vina_name",
                "byline_with_time",
                "source_prefix",
                "inauguration_no_capital",
                "multiline",
            ],
            persons=[per("Phương Linh", None)],
            provinces=[pv("Bắc Giang")],
            firms=[f("Sejin Semicon")],
            money=[m(1.1 * B, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Quang Châu")],
            events=[ev("inauguration", [F("Sejin Semicon")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "Doanh thu năm nay ước khoảng 320 triệu USD, lãnh đạo doanh nghiệp cho biết.",
            "2025-09-20",
            "provincial",
            ["revenue_no_firm", "no_event"],
            money=[m(320 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "VNF\nPhó Thủ tướng Lê Minh Khang phát biểu tại buổi lễ.",
            "2025-09-20",
            "provincial",
            ["caption", "site_credit", "role_before_name", "multiline", "no_event"],
            persons=[per("Lê Minh Khang", "Phó Thủ tướng")],
            events=[],
        ),
        h(
            n(),
            "Tại lễ khánh thành, Chủ tịch UBND tỉnh Bắc Giang Ngô Văn Tuấn cho biết dự án thuộc nhóm có suất đầu tư trên mỗi ha cao nhất tỉnh.",
            "2025-09-20",
            "provincial",
            ["role_before_name", "old_province", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Giang"],
            persons=[per("Ngô Văn Tuấn", "Chủ tịch UBND tỉnh Bắc Giang")],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a US chipmaker's plant in the HCMC hi-tech park, then and now (S15 r3-r4) ---
    rows += [
        h(
            n(),
            "Một phần công việc đóng gói, kiểm định chip của Intel ở Malaysia có thể được dời về các nhà máy khác của tập đoàn, trong đó có Việt Nam.\n\nKhu nhà xưởng của Intel ở Khu công nghệ cao TP.HCM. Ảnh: Intel.",
            "2025-10-25",
            "ministry",
            ["plan_shift_no_deal", "caption", "firm_credit", "country", "multiline", "no_event"],
            firms=[f("Intel")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Malaysia"), park("Khu công nghệ cao TP.HCM")],
            events=[],
        ),
        h(
            n(),
            "Buổi làm việc giữa Chủ tịch UBND TP.HCM Trần Văn Lực và lãnh đạo Intel Products Việt Nam diễn ra ngay tại nhà máy, xoay quanh đào tạo nhân lực và mở rộng đầu tư.",
            "2025-10-25",
            "ministry",
            ["working_session_no_deal", "role_before_name", "vietnam_suffix_dropped", "no_event"],
            organizations=["Ủy ban nhân dân TP.HCM"],
            persons=[per("Trần Văn Lực", "Chủ tịch UBND TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Intel Products")],
            events=[],
        ),
        h(
            n(),
            "Tính cộng dồn, hàng xuất khẩu từ nhà máy đã hơn 110 tỷ USD, theo thành phố.",
            "2025-10-25",
            "ministry",
            ["cumulative_exports", "approx", "no_event"],
            money=[m(110 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Thành phố muốn nhà máy này thành nơi Intel hoàn thiện những dòng chip phức tạp nhất, người đứng đầu thành phố nói.",
            "2025-10-25",
            "ministry",
            ["wish_no_deal", "unnamed_official", "no_event"],
            firms=[f("Intel")],
            events=[],
        ),
        h(
            n(),
            "(VietNamNet) - Dự án 650 triệu USD của Intel ở Khu công nghệ cao TP.HCM chính thức có giấy phép đầu tư sáng nay (28/2), trong lễ trao có mặt Phó Thủ tướng thường trực Lê Hoàng Minh và Chủ tịch HĐQT tập đoàn Intel Robert Hale.",
            "2006-02-28",
            "ministry",
            [
                "source_prefix",
                "licence_passive_no_grantor",
                "witness_not_party",
                "lowercase_tap_doan",
                "deal_date",
                "pre2025",
            ],
            persons=[
                per("Lê Hoàng Minh", "Phó Thủ tướng thường trực"),
                per("Robert Hale", "Chủ tịch HĐQT tập đoàn Intel"),
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Intel")],
            money=[m(650 * M, "USD")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            deals=[deal("investment", ["Intel"], 650 * M, HCM, "2006-02-28")],
            events=[ev("investment_licence", [F("Intel")], 650 * M, "USD", HCM, "licensed")],
        ),
        h(
            n(),
            ">> Nhà máy chip đầu tiên: TP.HCM đã chuẩn bị những gì?\n>> Nhà cung cấp của Intel có theo chân về Việt Nam?",
            "2006-02-28",
            "ministry",
            ["related_links", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Intel")],
            events=[],
        ),
        h(
            n(),
            "Đại diện Intel (phải) nhận giấy phép từ Thứ trưởng Bộ Kế hoạch và Đầu tư Hoàng Văn Khiêm. (Ảnh: Hữu Phước) |",
            "2006-02-28",
            "ministry",
            ["caption", "licence_handed_by_ministry", "photo_credit_in_brackets", "table_pipe"],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            persons=[per("Hoàng Văn Khiêm", "Thứ trưởng Bộ Kế hoạch và Đầu tư"), per("Hữu Phước", None)],
            firms=[f("Intel")],
            deals=[deal("investment", ["Intel"])],
            events=[
                ev(
                    "investment_licence",
                    [G("Bộ Kế hoạch và Đầu tư"), F("Intel")],
                    None,
                    None,
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Khoảng 1.100 người sẽ làm việc trong nhà máy lắp ráp và kiểm tra chip (ATM) – hạng mục đầu tiên, Intel dự tính rót 280 triệu USD.",
            "2006-02-28",
            "ministry",
            [
                "first_phase_plan",
                "count_first",
                "announced_investment",
                "acronym_in_brackets",
                "count",
                "approx",
            ],
            firms=[f("Intel")],
            money=[m(280 * M, "USD")],
            quantities=[c(1100, "người", True)],
            deals=[deal("investment", ["Intel"], 280 * M)],
            events=[ev("investment_announcement", [F("Intel")], 280 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Khi ấy, chưa có nhà đầu tư bán dẫn nước ngoài nào khác đặt nhà máy ở Việt Nam.",
            "2006-02-28",
            "ministry",
            ["context_line", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a supporting-industry fair in Quảng Ngãi (S16 r4) ---
    rows += [
        h(
            n(),
            "Hội chợ sản phẩm công nghiệp hỗ trợ các tỉnh miền Trung – Tây Nguyên khai mạc ở Quảng Ngãi với 75 doanh nghiệp, 96 gian hàng; dự lễ có đại diện 11 tỉnh, thành phố và Bộ Công Thương.",
            "2023-07-08",
            "provincial",
            ["fair_totals_no_deal", "count", "no_event"],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Quảng Ngãi")],
            quantities=[c(75, "doanh nghiệp"), c(96, "gian hàng"), c(11, "tỉnh")],
            events=[],
        ),
        h(
            n(),
            "Khách tham quan tại lễ khai mạc. Ảnh: NGỌC TRÂM |",
            "2023-07-08",
            "provincial",
            ["caption", "caps_photo_credit", "table_pipe", "no_event"],
            persons=[per("Ngọc Trâm", None)],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm cơ khí của một doanh nghiệp TP.HCM được trưng bày. Ảnh: NGỌC TRÂM |",
            "2023-07-08",
            "provincial",
            ["caption", "caps_photo_credit", "table_pipe", "no_event"],
            persons=[per("Ngọc Trâm", None)],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Hội chợ là dịp để doanh nghiệp tìm bạn hàng, theo ông Trương Công Định, Trưởng Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi.",
            "2023-07-08",
            "provincial",
            ["person_role_after", "province_in_org_name", "zone_in_board_name", "nfd", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"],
            persons=[
                per("Trương Công Định", "Trưởng Ban Quản lý Khu kinh tế Dung Quất và các KCN Quảng Ngãi")
            ],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Các nhà máy ở TP.HCM đang cần thêm nguồn vật tư ổn định từ miền Trung, ông Lê Hữu Phước, Giám đốc Sở Công Thương TP.HCM, nói.",
            "2023-07-08",
            "provincial",
            ["person_role_after", "province_in_org_name", "no_event"],
            organizations=["Sở Công Thương TP.HCM"],
            persons=[per("Lê Hữu Phước", "Giám đốc Sở Công Thương TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- English: the local group's plant told by two English papers; a regional wire; a PM's plant visit (S17 r1-r4) ---
    rows += [
        h(
            n(),
            "Corporate\n\nViet Hung launches Bac Ninh chip back-end plant\n\nJanuary 14, 2026 | 18:25\n(0) user say\nViet Hung Technology Group has set up a chip testing and packaging plant in Bac Ninh that should run its first lines before the end of 2026, filling a gap in the country's chip chain.",
            "2026-01-14",
            "ministry",
            [
                E,
                "section_label",
                "headline_lead",
                "short_name_in_headline",
                "comment_counter",
                "plant_established_announced",
                "group_in_name",
                "multiline",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Viet Hung"), f("Viet Hung Technology Group")],
            deals=[deal("investment", ["Viet Hung Technology Group"], None, BN)],
            events=[
                ev("investment_announcement", [F("Viet Hung Technology Group")], None, None, BN, "announced")
            ],
        ),
        h(
            n(),
            "Deputy Minister of Science and Technology Do Minh Khai joined company executives and several foreign chip buyers at the launch on January 14.",
            "2026-01-14",
            "ministry",
            [E, "role_before_name", "attendee_no_party", "unaccented", "no_event"],
            persons=[per("Do Minh Khai", "Deputy Minister of Science and Technology")],
            events=[],
        ),
        h(
            n(),
            "THE HANOI TIMES — The first phase of Viet Hung Technology Group's new chip back-end plant will occupy 2,400 square metres at Que Vo III Industrial Park in Bac Ninh, the group said on January 14.\nGuests at the launch. Photo courtesy of the group",
            "2026-01-15",
            "ministry",
            [
                E,
                "dateline_caps_paper",
                "plant_plan_announced",
                "possessive_firm",
                "english_park_no_location",
                "m2_to_ha",
                "group_credit",
                "multiline",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Viet Hung Technology Group")],
            areas=[ha(0.24)],
            deals=[deal("investment", ["Viet Hung Technology Group"], None, BN)],
            events=[
                ev("investment_announcement", [F("Viet Hung Technology Group")], None, None, BN, "announced")
            ],
        ),
        h(
            n(),
            "Eight test lines with automated test equipment will be installed first, and every engineer on the floor will be Vietnamese, Viet Hung Chairman Phan Quoc Bao told reporters.",
            "2026-01-15",
            "ministry",
            [E, "role_before_name_english", "short_name_in_role", "count_in_words", "no_event"],
            persons=[per("Phan Quoc Bao", "Viet Hung Chairman")],
            events=[],
        ),
        h(
            n(),
            "Hong Lac Telecom broke ground on the country's first wafer fab earlier this month, so a local back-end plant was the missing link, the chairman said.",
            "2026-01-15",
            "ministry",
            [E, "groundbreaking_weeks_before", "no_amount", "no_site", "ordinal_not_count"],
            firms=[f("Hong Lac Telecom")],
            deals=[deal("groundbreaking", ["Hong Lac Telecom"])],
            events=[ev("groundbreaking", [F("Hong Lac Telecom")], None, None, None, "started")],
        ),
        h(
            n(),
            "Samsung has put a date on chip packaging in Vietnam – next July – and an extra US$780 million behind it, while Intel already runs its largest assembly and test site, a $1.2 billion plant, in Ho Chi Minh City.",
            "2022-11-08",
            "ministry",
            [E, "announced_investment", "recalled_investment", "two_deals"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Samsung"), f("Intel")],
            money=[m(780 * M, "USD"), m(1.2 * B, "USD")],
            deals=[deal("investment", ["Samsung"], 780 * M), deal("investment", ["Intel"], 1.2 * B, HCM)],
            events=[ev("investment_announcement", [F("Samsung")], 780 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "A chip design centre at the Saigon Hi-Tech Park will get software from Cadenza Systems of the US, said Tran Quang Hieu, head of the Foreign Investment Agency under the Ministry of Finance.",
            "2022-11-08",
            "ministry",
            [E, "person_role_after", "of_country", "support_no_deal", "english_park_no_location", "no_event"],
            organizations=["Foreign Investment Agency", "Ministry of Finance"],
            persons=[
                per("Tran Quang Hieu", "head of the Foreign Investment Agency under the Ministry of Finance")
            ],
            firms=[f("Cadenza Systems")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "PM tours Bac Giang chip packager\nPrime Minister Tran Hoai Nam on December 21 toured the memory-chip lines of Sejin Semicon Vina Co., Ltd., a Korean-owned firm in Quang Chau industrial park in the northern province of Bac Giang.",
            "2025-12-21",
            "ministry",
            [
                E,
                "visit_no_deal",
                "role_before_name",
                "vina_dropped",
                "adjective_no_country",
                "english_park_no_location",
                "multiline",
                "no_event",
            ],
            persons=[per("Tran Hoai Nam", "Prime Minister")],
            provinces=[pv("Bắc Giang")],
            firms=[f("Sejin Semicon", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "Company leaders put spending on the site so far at 640 million USD and this year's sales at about 310 million USD.",
            "2025-12-21",
            "ministry",
            [E, "plant_worth_no_firm", "no_event"],
            money=[m(640 * M, "USD"), m(310 * M, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- English: a board-shop owner's blog interview (S18 r1) ---
    rows += [
        h(
            n(),
            "Minh Truong, owner of Lotus Circuits, keeps one board shop in California and another outside Ho Chi Minh City, which is rare in our trade.",
            "2016-05-19",
            "ministry",
            [E, "blog_interview", "person_role_after", "us_state_no_location", "no_event"],
            persons=[per("Minh Truong", "owner of Lotus Circuits")],
            firms=[f("Lotus Circuits")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "The new 52-hectare electronics estate inside the Saigon Hi-Tech Park in Ho Chi Minh City is being built by two developers, Lotus Circuits Vietnam LTD and Saigon Tech Land, and could hold $1.2 billion of tenant investment when full.",
            "2016-05-19",
            "ministry",
            [
                E,
                "developer_line_passive",
                "consortium_one_deal",
                "vietnam_dropped",
                "area",
                "attracted_total_not_deal_amount",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Lotus Circuits", "LTD"), f("Saigon Tech Land")],
            money=[m(1.2 * B, "USD")],
            areas=[ha(52)],
            deals=[deal("investment", ["Lotus Circuits", "Saigon Tech Land"], None, HCM)],
            events=[],
        ),
        h(
            n(),
            "Dan Keller: How far along is the estate?\nMinh Truong: Roads and power are in, and we expect the first buildings to be handed over next spring.",
            "2016-05-19",
            "ministry",
            [E, "qa_transcript", "speaker_labels", "multiline", "no_event"],
            persons=[per("Dan Keller", None), per("Minh Truong", None)],
            events=[],
        ),
        h(
            n(),
            "Our own PCB and PCBA lines will be among the first tenants on a 6-hectare opening phase.",
            "2016-05-19",
            "ministry",
            [E, "area", "no_event"],
            areas=[ha(6)],
            events=[],
        ),
    ]
    # --- English: licences and top-ups in the Saigon Hi-Tech Park; park statistics (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "HCM City (VNA) – The Saigon Hi-Tech Park Management Board has handed an investment registration certificate to Dutch chip-equipment maker Veldhoven Semiconductor Systems B.V., whose first project there is worth over 140 billion VND (5.6 million USD).",
            "2025-11-12",
            "ministry",
            [
                E,
                "dateline_agency",
                "licence_from_board",
                "adjective_no_country",
                "foreign_legal_form",
                "approx",
            ],
            organizations=["Saigon Hi-Tech Park Management Board"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Veldhoven Semiconductor Systems", "B.V.")],
            money=[m(140 * B, "VND", approx=True), m(5.6 * M, "USD")],
            deals=[deal("investment", ["Veldhoven Semiconductor Systems"], 140 * B, HCM)],
            events=[
                ev(
                    "investment_licence",
                    [G("Saigon Hi-Tech Park Management Board"), F("Veldhoven Semiconductor Systems")],
                    140 * B,
                    "VND",
                    HCM,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Three SHTP projects add 615 million USD\nHCM City (VNA) – Investors in three projects at the Saigon Hi-Tech Park walked away from a June 20 investment forum with certificates adding more than 615 million USD to their capital, the park's management board said.",
            "2023-06-21",
            "ministry",
            [
                E,
                "headline_lead",
                "round_total_no_firm",
                "bare_board_no_org",
                "approx",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(615 * M, "USD"), m(615 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "The biggest top-up, 590 million USD, went to Samsung Electronics HCMC CE Complex Co., Ltd., taking its total investment to over 2.6 billion USD.",
            "2023-06-21",
            "ministry",
            [E, "round_line_licence", "largest_top_up", "province_in_firm_name", "approx"],
            firms=[f("Samsung Electronics HCMC CE Complex", "Co., Ltd.")],
            money=[m(590 * M, "USD"), m(2.6 * B, "USD", approx=True)],
            deals=[deal("investment", ["Samsung Electronics HCMC CE Complex"], 590 * M)],
            events=[
                ev(
                    "investment_licence",
                    [F("Samsung Electronics HCMC CE Complex")],
                    590 * M,
                    "USD",
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Binh An Tech JSC added 125 billion VND (5.3 million USD) to its innovation centre, and Viet Duc Pharma Co. put another 27 billion VND into its drug plant.",
            "2023-06-21",
            "ministry",
            [E, "round_line_two_licences", "foreign_legal_form"],
            firms=[f("Binh An Tech", "JSC"), f("Viet Duc Pharma", "Co.")],
            money=[m(125 * B, "VND"), m(5.3 * M, "USD"), m(27 * B, "VND")],
            deals=[
                deal("investment", ["Binh An Tech"], 125 * B),
                deal("investment", ["Viet Duc Pharma"], 27 * B),
            ],
            events=[
                ev("investment_licence", [F("Binh An Tech")], 125 * B, "VND", None, "licensed"),
                ev("investment_licence", [F("Viet Duc Pharma")], 27 * B, "VND", None, "licensed"),
            ],
        ),
        h(
            n(),
            "The park's tally now stands at 168 licensed projects and more than 12.5 billion USD./.",
            "2023-06-21",
            "ministry",
            [E, "cumulative_total_no_event", "count", "approx", "end_mark", "no_event"],
            money=[m(12.5 * B, "USD", approx=True)],
            quantities=[c(168, "projects")],
            events=[],
        ),
        h(
            n(),
            "Samsung's consumer-electronics complex, licensed last month at $1.1 billion, is only the park's second project of that size; Intel's chip plant, approved in 2006, was the first.",
            "2014-11-04",
            "ministry",
            [
                E,
                "licence_last_month",
                "recalled_approval",
                "ordinal_not_count",
                "possessive_firm",
                "ordinal_in_words",
                "pre2025",
            ],
            firms=[f("Samsung"), f("Intel")],
            money=[m(1.1 * B, "USD")],
            deals=[deal("investment", ["Samsung"], 1.1 * B), deal("investment", ["Intel"])],
            events=[ev("investment_licence", [F("Samsung")], 1.1 * B, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Phuong Nam Microchip Corporation has also committed this year: it plans a $240 million plant for RFID and bank-card chips, with construction to start soon.",
            "2014-11-04",
            "ministry",
            [E, "announced_investment", "corporation_in_name", "pre2025"],
            firms=[f("Phuong Nam Microchip Corporation")],
            money=[m(240 * M, "USD")],
            deals=[deal("investment", ["Phuong Nam Microchip Corporation"], 240 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Phuong Nam Microchip Corporation")],
                    240 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "A VND280 billion (over $13 million) bonded warehouse is next on the list, planned by Thang Long Logistics Co for chipmakers' imports.",
            "2014-11-04",
            "ministry",
            [E, "announced_investment", "amount_first", "vnd_prefix", "approx", "pre2025"],
            firms=[f("Thang Long Logistics", "Co")],
            money=[m(280 * B, "VND"), m(13 * M, "USD", approx=True)],
            deals=[deal("investment", ["Thang Long Logistics"], 280 * B)],
            events=[
                ev("investment_announcement", [F("Thang Long Logistics")], 280 * B, "VND", None, "announced")
            ],
        ),
        h(
            n(),
            "Dr Tran Van Quy, head of the SHTP, said graduates make up close to 38 per cent of the park's workforce.",
            "2014-11-04",
            "ministry",
            [E, "person_role_after", "dr_no_role", "per_cent", "no_event"],
            persons=[per("Tran Van Quy", "head of the SHTP")],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "New licences in 2013 went to seven projects worth a combined 131.4 million USD, 48 percent more capital than a year earlier, according to the SHTP Authority.",
            "2014-02-17",
            "ministry",
            [E, "round_total_no_firm", "count_in_words", "percentage", "pre2025", "no_event"],
            organizations=["SHTP Authority"],
            money=[m(131.4 * M, "USD")],
            percentages=[48],
            events=[],
        ),
        h(
            n(),
            "Its tenant roll mixes multinationals – Intel, Jabil, Nidec – with Vietnamese technology firms like FPT and CMC.",
            "2014-02-17",
            "ministry",
            [E, "tenant_list_no_deal", "bare_brands", "no_event"],
            firms=[f("Intel"), f("Jabil"), f("Nidec"), f("FPT"), f("CMC")],
            events=[],
        ),
    ]
    # --- English: supporting-industry policy, associations and fairs (S20 r2-r4, S16 r2-r3) ---
    rows += [
        h(
            n(),
            "Under the industry ministry's plan, local supporting industries should cover 65 per cent of domestic demand for parts by 2030, with 18 component brands known abroad.",
            "2022-03-25",
            "ministry",
            [E, "programme_target_no_deal", "unnamed_ministry", "per_cent", "count", "no_event"],
            percentages=[65],
            quantities=[c(18, "component brands")],
            events=[],
        ),
        h(
            n(),
            "Electronics parts makers need more targeted state help to grow, Deputy Minister of Industry and Trade Nguyen Sinh Nhat told a conference in Ha Noi.",
            "2014-07-21",
            "ministry",
            [E, "role_before_name", "policy_no_deal", "pre2025", "no_event"],
            persons=[per("Nguyen Sinh Nhat", "Deputy Minister of Industry and Trade")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Electronics exports jumped from 7.4 billion USD in 2011 to 33.8 billion USD in 2013, earned by an industry of some 520 companies.",
            "2014-07-21",
            "ministry",
            [E, "statistics", "count", "approx", "money_series", "no_event"],
            money=[m(7.4 * B, "USD"), m(33.8 * B, "USD")],
            quantities=[c(520, "companies", True)],
            events=[],
        ),
        h(
            n(),
            "Foreign-invested firms earn over 90 percent of the sector's export revenue, noted Ho Duc Thanh, chairman of the Vietnam Electronic Industries Association.",
            "2014-07-21",
            "ministry",
            [E, "person_role_after", "percentage", "no_event"],
            organizations=["Vietnam Electronic Industries Association"],
            persons=[per("Ho Duc Thanh", "chairman of the Vietnam Electronic Industries Association")],
            percentages=[90],
            events=[],
        ),
        h(
            n(),
            "Vietrade – the Viet Nam Trade Promotion Agency – and the ASEAN-Japan Centre brought FDI buyers and local suppliers together for a workshop in Ha Noi on Tuesday.",
            "2023-11-14",
            "ministry",
            [E, "vns_spelling", "org_with_acronym", "no_event"],
            organizations=["Viet Nam Trade Promotion Agency", "ASEAN-Japan Centre"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) – Nearly 210 suppliers and 25 large buyers are taking part in the 2025 Hanoi Supporting Industry Fair, which runs for two days from September 24.",
            "2025-09-24",
            "provincial",
            [
                E,
                "dateline_agency",
                "fair_totals_no_deal",
                "province_in_event_name",
                "count",
                "approx",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            quantities=[c(210, "suppliers", True), c(25, "large buyers")],
            events=[],
        ),
        h(
            n(),
            "The fair should help local suppliers get into multinational supply chains, said Pham Thu Ha, deputy director of the Hanoi Department of Industry and Trade.",
            "2025-09-24",
            "provincial",
            [E, "person_role_after", "province_in_org_name", "no_event"],
            organizations=["Hanoi Department of Industry and Trade"],
            persons=[per("Pham Thu Ha", "deputy director of the Hanoi Department of Industry and Trade")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    return rows
