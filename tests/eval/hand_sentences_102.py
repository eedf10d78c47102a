# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 102 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: supplier development and localisation by large FDI assemblers
(electronics, motorbikes, cars, appliances): vendor programmes, Vietnamese firms qualifying as tier-1/tier-2 suppliers,
supply contracts signed at business-matching events, localisation rates, and support programmes run by the Ministry of
Industry and Trade or provincial departments with those assemblers. Written and annotated for every field BEFORE any
tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section
comments: S1 "chương trình phát triển nhà cung ứng Samsung doanh nghiệp Việt Nam tư vấn cải tiến nhà máy", S2 "doanh
nghiệp Việt trở thành nhà cung cấp cấp 1 cho Samsung", S3 "tỷ lệ nội địa hóa xe máy Honda Yamaha linh kiện sản xuất
trong nước", S4 "tỷ lệ nội địa hóa ô tô Toyota Hyundai Thành Công nhà cung cấp linh kiện Việt", S5 "Bộ Công Thương phối
hợp Samsung chương trình tư vấn doanh nghiệp công nghiệp hỗ trợ nhà máy thông minh", S6 "ký kết hợp đồng cung ứng linh
kiện tại hội nghị kết nối doanh nghiệp FDI và doanh nghiệp Việt", S7 "nhà cung cấp cấp 2 linh kiện điện tử doanh nghiệp
Việt chuỗi cung ứng LG Electronics Hải Phòng", S8 "Canon Panasonic tìm kiếm nhà cung cấp Việt Nam linh kiện hội thảo
gặp gỡ doanh nghiệp Nhật Bản", S9 "Sở Công Thương phối hợp doanh nghiệp FDI hỗ trợ doanh nghiệp địa phương trở thành nhà
cung ứng linh kiện", S10 "Toyota Việt Nam chương trình hỗ trợ nhà cung cấp nội địa nâng cao năng lực chuyên gia", S11
"doanh nghiệp cơ khí Việt ký hợp đồng cung cấp linh kiện cho Honda Việt Nam", S12 "số lượng nhà cung cấp Việt Nam cấp 1
của Samsung tăng tỷ lệ nội địa hóa điện thoại", S13 "Trung tâm Hỗ trợ phát triển công nghiệp Cục Công nghiệp dự án tư
vấn cải tiến doanh nghiệp khởi động", S14 "triển lãm công nghiệp hỗ trợ doanh nghiệp FDI gặp gỡ nhà cung cấp trong nước
ký biên bản hợp tác cung ứng", S15 "linh kiện điều hòa tủ lạnh máy giặt nhà cung cấp nội địa Panasonic Daikin Việt Nam
nội địa hóa", S16 "doanh nghiệp Việt tham gia chuỗi cung ứng tập đoàn đa quốc gia sản xuất linh kiện ô tô xuất khẩu nhà
máy", and in English S17 "Vietnamese suppliers tier-1 Samsung supply chain number of local vendors", S18 "Vietnam
localisation rate automobile parts domestic suppliers Toyota Honda carmakers", S19 "Ministry of Industry and Trade
supplier development programme multinational corporations Vietnamese firms", S20 "Vietnamese company signs contract to
supply components to foreign-invested manufacturer". No sentence is taken or paraphrased from a page; the shapes are.
Firm and person names are invented (Tập đoàn Điện tử Hanseong and its unit Điện tử Hanseong Vina, Xe máy Kitamura,
Fujikawa, Vimax, Kỹ nghệ Vĩnh Tường, Nhựa kỹ thuật Phúc Hưng, the five southern and six northern programme firms, Nhựa
Hoàng Gia, Daewon/Sungjin/Hyojin Vina, Daesung Optics, Hwajin Vina, Minh Tri Precision, Hoang Phat Packaging, Viet Long
Mechanical, Tan Hoa Plastic, 46 Rubber, Dong A Casting, Daeho Electronics, Hoang Son Industrial Group, Hanoi Precision
Mechanics, Kyoto Circuit, Hanwa Power Tools, Chenghong Electronics, Phu Lam Mechanical Engineering, Soi Phuong Nam, and
every minister, deputy minister, chairman, director, author, student, photographer and reporter); well-known names
(Samsung, LG, LG Electronics, Canon, Honda, Toyota, Ford, Mitsubishi, Hyundai Thành Công, Bosch, Denso, Panasonic, the
ministries, the Industry Agency, JICA, KOICA, KOTRA, the IFC, VAMM, the General Statistics Office) appear only in
sentences of our own with figures, dates and places changed; decision, resolution and decree numbers are invented.

What the sample looked like (80 result slots, about 62 distinct pages: a policy article on supporting industry came
back four times, a techz tag, a baomoi licence blurb, a tinkinhte blurb, a student essay on scribd, a VOV tag page, a
vnindustry listing and two ministry-magazine video blurbs twice each, the Toyota-agency memorandum three times in two
outlets): 5 slots were spam (four betting keyword salads, a betting-domain mirror of an infographic on a ministry plan
with FDI groups); 22 were tag, listing, blurb, title and video pages (a tag with a plastics director's wish to supply an
electric-car maker, a firm-titled tag over a blurb on SMEs and FDI, a VOV tag with a committee's groundbreaking for a
carmaker's parts complex, a ministry-committee-Samsung memorandum and a sourcing fair, a blurb with a minister's request
to an electronics group, a listing with a question headline, video blurbs with byline pairs and junk lines, a minister's
action plan, a government page title, an unaccented tag, a newspaper tag on an expo press conference, a licence blurb
with the amount in the title, an appliance-market blurb, a programme blurb with counts, a wire tag with a timestamp); 11
were document stores, theses, a journal article and a policy article (a thesis on a group's supplier-selection steps,
an essay cover with a student list, a motorbike supply-chain report with page counters, a flying-geese thesis, the
policy article on imports, GDP shares and definitions, an FTU journal abstract, a repeated summary title); 22 were
Vietnamese news and portal pages (a consulting project at five southern firms with the centre director's quotes; a
group seeking local vendors with its counts and a caption; a 30-year feature on a group's total investment; a magazine
piece on motorbike makers' shares; a carmaker's milestone, recalled licence, daily output, caption, rivals' totals and
rates; a 2018 ministry view; a regional ranking with a supplier count; a smart-factory memorandum with attendees; a
summary conference with a firm list, caption and results; a ministry-group ceremony with the minister's resolutions and
the group's officials; a provincial portal's electronics page; an appliance maker's 30 years, complex and running total;
a survey of FDI electronics firms and their Korean suppliers; an association's 2010 working session with a camera
maker, its parks and capital; the carmaker-agency memorandum told twice; an interview on "made in Vietnam"; a 2007
motorbike maker's second-plant announcement; a prime minister receiving a group's CEO with totals and a caption; a fair
in a central province with captions and quotes, told twice; an air-conditioner market piece with a Japanese maker's
push); 1 was French (a Vietnam-Japan exchange in Cần Thơ); 19 were English (VNA/VNS/VietnamPlus, bizlive, viipip,
bizhub, vnauto, VCCI news, VOV, VEN, Nhân Dân, SGGP, telecomlive, VietNamNet: a province and a group visiting two
programme firms, a port city's networking day, a trade office at a Japanese fair, the carmaker-agency memorandum, a
consulting programme for four named firms, four pieces on a group's tier-1/tier-2 counts, a caption and tariff lines, a
carmaker's new line ending imports, regional output, an interview with a carmaker's director, the ministry-IFC supplier
programme told twice, a ministry workshop, a centre's sourcing list with a power-tool maker's plant, a contract maker's
agreement with a province, orders after Chinese supply stopped). About 19 of the 80 slots told a deal or an event with
a named party (the licence blurb twice, two group memoranda, the tag's groundbreaking and memorandum twice, the
carmaker-agency memorandum three times, the appliance group's running total, the camera maker's recalled capital, the
second-plant announcement, the carmaker's recalled licence, the group's total twice, the new line, the power-tool
plant, the agreement with a province), about 12 distinct; no supply contract was signed in any first four: S6, S11 and
S14 (the contract and matching-event searches) gave tags, features, fairs and blurbs, and suppliers appeared only as a
status (a lens maker supplying a tier-1 camera vendor, a stamper selling to tier-1 vendors) or with unnamed buyers, so
the batch has no supply contract at all.

Rows: 159 (hand-28801 to hand-28959); 16 carry a deal or an event (10%): 10 events (6 MoUs, 1 investment licence, 1
investment announcement, 1 groundbreaking, 1 inauguration) and 10 `deals` entries (9 investment, 1 groundbreaking); 6
rows hold a deal without an event (hand-28851 a recalled licence, 28883 and 28890 named running totals, 28898 a recalled
capital, 28916 a recalled plant, 28955 a plant in a sourcing line) and 6 an event without a deal (28866, 28875, 28899,
28923, 28939 support memoranda, 28942 a new line started). 143 rows are negatives and other fields. By page kind: 5
rows of spam (28801-28805), 15 of tag, listing, blurb, title and video pages (28806-28820; 1 with a deal), 13 of
document stores, theses, a journal and a policy article (28821-28833; 0), 83 of Vietnamese news and portal pages
(28834-28916; 9), two of them a French page rendered in Vietnamese (28911-28912), and 43 of English copy (28917-28959;
6); 43 rows are English (`english_copy`, 27%). 11 rows are stored in NFD (hand-28831, 28842, 28845, 28859, 28873,
28886, 28888, 28897, 28903, 28906, 28914); 6 use old tone placement (28804 "điều hoà", 28846 "Nội địa hoá", 28857
"nội địa hoá", 28861 "Nội địa hoá", 28875 "thoả thuận", 28912 "Hàng hoá"); 36 hold several lines (headlines and leads,
tag titles over blurbs, bylines and timestamps, essay covers, document-store counters, Q&A, captions with credits).

Own wording: on review of the first draft against the sampled pages, about 115 drafts followed a sampled sentence too
closely (same clause order with names and figures swapped, several nearly word for word) and were rewritten from
scratch with another order (amount-first, object-first, passive, effect-first, quote-first) and other facts: the
techz, baomoi, kinhtenet, vnindustry, video and action-plan blurbs, the expo press conference, the appliance-market and
washing-machine blurbs, the licence blurb (now passive with "hôm 17/4"), the programme blurb; the thesis grading step,
the car-parts count, the policy article's three lines and the journal's body; the consulting project's plan, tier
counts and quotes, the vendor counts, the mentoring line, the group official's view, the 30-year total and the 1990s
line; the magazine's association and sales lines; the carmaker's milestone, daily output, caption, rivals, model mix,
rates, the ministry's two lines, the output and supplier lines, the regional headline and the sedan's rate; the
second-plant announcement and capacity; the memorandum lead, attendees and next region; the summary conference's lead,
attendees, caption, schedule and results; the ministry-group headline, resolutions and officials; the portal page's
three lines; the appliance group's plant, complex, total and workforce; the survey and supplier lines; the CEO
reception, total, revenue and milestone; the association's working session, attendees, parks and capital; the
carmaker-agency lines and the interview answer; the fair's lead, totals, attendees and quotes; the exchange's stands;
the air-conditioner market lines; and nearly every English row (the visit, reject rate and chairman, the networking
day, KOTRA and the trade office, the memorandum and kaizen lines, the programme launch, firm list, supplier count and
caption, the vendor counts, headline, plant counts, quote, bizlive lead, values, stand and invitations, the forum, the
tag page's groundbreaking and fair, the caption and tariffs, the new line, imports and parts, the output, the
interview, the IFC programme's launch, members and quotes, the VEN lead, the workshop, the sourcing list, the agreement
lead, the orders, revenue and centre lines). Dropped: three English rows cut to bring the English share nearer the
sample's (a line on what vendors sell, the memorandum's year count, a count of recruited suppliers). Nothing was used
from ranks 5-8: not the RX Tradex explainer, the 190-vendor story, the group's newsroom vendor page or the 400-firm
programme total (S1 r5-r8); the students' group essay, the chaebol list or the two-billion-phone story (S2 r5, r6, r8;
the kinhtenet blurb at S2 r7 was used only from S6 r4); the motorbike supply-chain story, the Piaggio localisation piece
or the assembly-plant document (S3 r5-r7); the supply-chain blurb, the 80% target story, the carmaker's "hard parts"
story or the 287-parts tag (S4 r5-r8); the English smart-factory memorandum, the 12-business closing, the Bắc Ninh
launch or the semiconductor strategy (S5 r5-r8); the Lao Động tag (S6 r6; the infographic mirror, the car-parts video
and the Bphone interview at S6 r5, r7, r8 were used only from S9 r3, S16 r2 and S11 r3); the LG opening, its second
copy, the DHU vendor page or the shift of production lines (S7 r5-r8); the French and Aichi pages or the 2010 Hanoi
workshop (S8 r5-r8); the SDP and other video blurbs at S9 r5-r8 (the SDP blurb was used from S19 r1); the fourth-year
memorandum, the 61-supplier event, the government print page or the VASI memorandum (S10 r5-r8); the US plant story and
the rest of S11 r5-r8; the Goldsun story, the docx notes and the Nokia line (S12 r5, r7, r8); the tags, decision page,
thesis and e-book tag (S13 r5-r8); the SFS 2020 report, the FDI factory day and the 2020 supplier conference (S14 r5-r8);
the Japanese-language and freezer pages (S15 r5-r8); the tier-1 count feature, the SME thesis and the textile article
(S16 r5-r8); the 50-vendor target, the mentoring story, the 2018 localisation rate and the level-1 suppliers story with
its named vendor (S17 r5-r8); the localisation-program analysis, the scribd paper, the car-cost forum and the CIEM
seminar (S18 r5-r8); the tier-one count, the ministry plan, the OECD chapter and the "handshakes" feature (S19 r5-r8);
or the foreign-investment feature, the second orders story, the laptop-maker's factory and the small FDI projects (S20
r5-r8).

Conventions: exactly those of batches 10 and 12-100 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a state body's memorandum with a firm on supplier support is an MoU event with no deal, sited in the
province of a signing committee (batch 34) and otherwise unsited; a committee's agreement with a firm to build a plant is
the firm's investment deal and a signed MoU event; a committee holding a groundbreaking for a firm's project makes the
committee a government party; recalled licences, recalled capital and running totals written with the firm's name are
deals without events; totals of unnamed groups are money only; an opening or start of operation without capital is an
inauguration event only; programme launches, co-launches, reviews, visits, working sessions, co-organised forums,
supplier status, tier counts, customer lists, sourcing lists, wishes, requests and orders from unnamed buyers give no
deal; attendees are no parties; a deal date needs a day; vague amounts are no amounts, "khoảng", "chừng", "gần", "hơn",
"about", "some", "more than" approximate; capacities, daily output, durations, ordinals, counts in words and counts
without a noun are not counts, English counts keep their English noun phrase; m2 become hectares; foreign subsidiaries
drop "Việt Nam"/"Vietnam" and a trailing "Vina" unless a place follows ("Samsung Electronics Việt Nam Thái Nguyên"),
"Công ty Ô tô Toyota Việt Nam" is "Ô tô Toyota" with the form "Công ty" and a bare "Toyota Việt Nam" the brand; "Co
Ltd"/"Co.Ltd"/"Co., Ltd" are "Co., Ltd.", "Joint Stock Company"/"JSC" is "JSC"; a province inside an organisation's name
is a mention, inside a firm's name not; Vietnamese country words are countries, English adjectives are not, "X of
Singapore" and "Singapore's X" give the country; organisations expand UBND and KCN, bare units ("Sở Công Thương các
tỉnh", "the Government", "the city's industry department") are none; English parks and districts are no locations;
bylines, translators and photo credits naming people are persons with no role, agency and site credits nothing;
academic titles are no role; roles are taken as written. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A licence told in the passive with the amount and province only in the headline ("Hanseong có thêm dự án 420 triệu
  USD ở Thái Nguyên / Giấy chứng nhận đầu tư dự án ... đã được trao cho Công ty TNHH Điện tử Hanseong Vina hôm 17/4",
  hand-28819) is one licence without grantor with the headline's amount and site, dated by the lead (batch 60's
  headline-and-lead licence); the headline's short name "Hanseong" adds no firm.
- "Ba mươi năm sau giấy phép đầu tư năm 1995, Toyota Việt Nam đã có chiếc xe thứ 650.000 rời dây chuyền" (28851) is a
  recalled licence: an investment deal of the brand with no amount, site or date, no event; the ordinal is no count.
- An announcement told amount-first with the day it was made ("58 triệu USD là số vốn Công ty TNHH Xe máy Kitamura Việt
  Nam cho biết ngày 12.6 sẽ bỏ ra cho nhà máy thứ hai, đặt sát nhà máy cũ ở Hà Nam", 28864) is an announced investment
  sited in Hà Nam's current unit; the day is the announcement's, so the deal has no date (as batch 100's pledge).
- Running totals: "con số Tập đoàn Điện tử Hanseong đã đầu tư vào Việt Nam là 6,8 tỷ USD" (28890) and "Khoảng 8,5 tỷ
  USD đã được LG Electronics dồn vào dự án ..." (28883) are recalled deals with the amount and no site; "tập đoàn Hàn
  Quốc này" with 22 billion (28844) names no firm (money only). "Với 326,5 triệu USD vốn đầu tư ..., Công ty TNHH Canon
  Việt Nam, lập năm 2001, ..." (28898) is the recalled investment with that capital; "92.000 m2 nhà xưởng" is 9.2 ha.
- Support memoranda: three signers with a city committee (28866, "Bộ Công Thương, UBND thành phố Huế và Samsung Việt
  Nam vừa cùng ký", and the English passive "has been signed by the Ministry of Industry and Trade, the Vinh Phuc
  People's Committee and Daeho Electronics Vietnam", 28939) give one MoU event sited in the committee's current unit;
  a ministry or agency with a firm (28875, 28899 written in the passive, 28923) an unsited MoU event; the same agency's
  first memorandum recalled as "ký năm 2020, chỉ mang tính thí điểm" (28902) gives nothing; "Tổ hợp Samsung Việt Nam"
  is the firm Samsung.
- A groundbreaking told effect-first, "Work on a motorcycle parts complex of Hoang Son Industrial Group JSC began on
  October 14 with a groundbreaking ceremony held by the Nam Dinh People's Committee" (28938), is the group's
  groundbreaking with the committee as government party, dated that day, sited in Nam Định's current unit.
- "Imports of two compact models from Indonesia ended late last year when Toyota Motor Vietnam switched on a new
  assembly line for them" (28942) is an inauguration without capital (start of operation), no deal.
- "Hanwa Power Tools wants local moulds ... for its $480 million plant at Ho Chi Minh City's Hi-Tech Park, one of more
  than 350 products on a wish list ..." (28955) is the maker's recalled investment sited in HCM City (the city is
  written, unlike batch 100's bare "Saigon Hi-Tech Park"); the sourcing list gives no deal.
- "Chenghong Electronics of Singapore ... will build a factory at an industrial park in Thai Binh province under an
  agreement it signed with the Thai Binh People's Committee" (28956) is the firm's investment deal without amount and a
  signed MoU with the committee, both sited in Thái Bình's current unit (Hưng Yên); "Singapore's" in the headline is the
  same country; "the Vietnamese government" is none.
- Supplier status and orders: "Mô-đun camera của Samsung do Công ty TNHH Hwajin Vina độc quyền làm ở cấp 1, còn ống
  kính lắp trong đó đến từ Công ty TNHH Daesung Optics" (28887) and "a metal-bracket stamper selling to two of Samsung's
  first-tier vendors" (28918) are supplier status (no deal); "Twelve types of parts were ordered from Phu Lam Mechanical
  Engineering by a German equipment maker" (28957) has no named buyer; the programme firms lists (28835, 28871, 28926)
  are firm mentions only.
- Counts: in "Honda Việt Nam chiếm khoảng 2,3 triệu trong số 2,7 triệu xe" (28849) only the figure next to its noun is a
  count, as "26 are tier-1 vendors and 214 tier-2 vendors" (28929), "147 tier-2 vendors and five tier-1 vendors"
  (28931) and "55 nhà cung cấp, 11 trong số đó là doanh nghiệp thuần Việt" (28863); a coordinated pair "khoảng 280.000
  và 110.000 xe" (28855) is two approximate counts (batch 8's "21 và 9 dự án"), as "2,950 and 11,400 units" (28943);
  "xuất xưởng khoảng 110 xe" per day (28852) is a rate (no count); "Twenty-seven", "Eleven", "Forty", "Twelve",
  "Sáu", "Bảy" are counts in words.
- Persons and roles: a surname alone ("ông Dũng", "ông Jang") is no person; "chair Nguyen Van Loc", "strategy director
  Yamada Kenji", "the centre's deputy director" (after the name), "phó giám đốc sở" and "Provincial People's Committee
  Chairman Le Anh Duong" keep the role as written (the bare committee is no organisation); "Tổng Giám đốc Tổ hợp" and
  "Phó Tổng Giám đốc phụ trách Trung tâm mua hàng" likewise; "Chủ tịch UBND thành phố Huế" and "Phó Chủ tịch UBND tỉnh
  Thái Nguyên" in a role also give the committee as an organisation (batch 99); "TS.", "ThS." are titles; students
  listed with their numbers ("Trần Minh Khôi – 2041") are persons, the numbers no counts.
- Organisations: "Sở Công thương TP.HCM" is "Sở Công Thương TP.HCM"; "Ban Quản lý các KCN Thái Nguyên" is expanded;
  "Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)" and "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)" give no country; "Chi nhánh
  Liên đoàn Thương mại và Công nghiệp Việt Nam tại Cần Thơ" is one organisation with Cần Thơ as a mention; venues
  ("Trung tâm Hội nghị tỉnh Thái Nguyên", "Trụ sở Chính phủ", "Trung tâm Hội chợ và Triển lãm Sài Gòn") are no
  organisations, a province in a venue's name a mention; "Việt Nam Industry Agency", "Industry Agency", "Hai Duong
  Department of Industry and Trade", "the province's Centre for Industrial Promotion" (batch 100's "the city's Centre"),
  "HCM City Supporting Industry Development Centre" and "General Statistics Office" are organisations.
- Firms: a tag page titled by a firm ("Tập đoàn Kỹ nghệ Vĩnh Tường", "Kyoto Circuit Tag") gives that firm; "HONDA VIỆT
  NAM" in a caps essay title is the brand Honda; a new brand in apposition ("Vimax, thương hiệu máy giặt nội") is a
  firm; "46 Rubber Co., Ltd" keeps its digit; "Hyundai Thành Công"/"Hyundai Thanh Cong" is one name as written.
- Places and money: "TP Tuy Hòa (Phú Yên)" gives the district and the province, "quận 7" a district; "Phúc Yên (Vĩnh
  Phúc cũ, nay thuộc Phú Thọ)" gives both provinces and no location; "Khu kinh tế Nam Phú Yên" inside an organisation's
  name is no location; "Gian Khau Industrial Park, Gia Vien district" gives nothing; "160 tỷ yen (chừng 1,45 tỷ USD)"
  is JPY and USD, both approximate; "230-square-metre" is 0.023 ha; "Quyết định số 2217/QĐ-BCT ngày 14/9/2021" is a
  decision with its date, resolutions and a decree cited without a day have none."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_102(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    TN = cur("Thái Nguyên")
    HY = cur("Hưng Yên")
    HCM = cur("Hồ Chí Minh")
    HUE = cur("Huế")
    VP = cur("Vĩnh Phúc")
    ND = cur("Nam Định")
    HNam = cur("Hà Nam")
    TB = cur("Thái Bình")

    ids = iter(range(28801, 28801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword-salad spam and a betting-domain mirror of an infographic (S3 r1 r4, S15 r1 r2, S9 r3) ---
    rows += [
        h(
            n(),
            "kuwin bảng giá xe tay ga 2024lịch thi đấu v-leaguethay nhớt xe số bao lâu một lần",
            "2024-03-11",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin giá xe côn tay 150cckèo nhà cái hôm nayphụ tùng xe máy chính hãng ở đâu",
            "2023-11-27",
            "ministry",
            ["spam_keywords", "run_together_words", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin máy lạnh inverter loại nào tiết kiệm điệnsoi kèo serie bgiá tủ lạnh cũ hà nội",
            "2024-06-02",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin cách vệ sinh dàn nóng điều hoàbảng xếp hạng bóng chuyền nữnhà đất bắc ninh giảm giá",
            "2024-08-19",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Infographics | Tháng 2/2022: vốn FDI đăng ký mới vượt 3,1 tỷ USD\nTrong năm nay, Bộ Công Thương dự kiến cùng một số tập đoàn FDI như Samsung, Honda rà lại danh mục linh kiện nhập khẩu để tìm nhà sản xuất trong nước có thể làm thay.",
            "2022-03-01",
            "ministry",
            ["spam_domain_mirror", "headline_lead", "approx", "plan_no_event", "multiline"],
            organizations=["Bộ Công Thương"],
            firms=[f("Samsung"), f("Honda")],
            money=[m(3.1 * B, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- Tag pages, blurbs, listings, video blurbs and titles (S2 r1 r2, S6 r1 r2 r4, S9 r1 r2 r4, S11 r1, S12 r1 r2,
    # S13 r1-r4, S14 r4, S15 r4, S16 r2, S19 r1) ---
    rows += [
        h(
            n(),
            '"doanh nghiệp phụ trợ" - Xưởng ép nhựa muốn vào chuỗi cung ứng của hãng xe điện\n\n6 năm trước\n(Techz.vn) Tại hội nghị do Sở Công Thương Bắc Ninh tổ chức cuối tháng 10, đại diện một nhà máy ô tô điện nghe bà Lê Thị Hạnh, Phó Giám đốc Công ty TNHH Nhựa kỹ thuật Phúc Hưng, hứa: "Có đơn hàng là chúng tôi mua máy mới ngay".',
            "2019-11-04",
            "ministry",
            ["tag_page", "site_credit", "quote", "role_before_name", "wish_no_event", "multiline"],
            persons=[per("Lê Thị Hạnh", "Phó Giám đốc Công ty TNHH Nhựa kỹ thuật Phúc Hưng")],
            firms=[f("Nhựa kỹ thuật Phúc Hưng", "Công ty TNHH")],
            organizations=["Sở Công Thương Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Kỹ nghệ Vĩnh Tường\n\nLiên kết với khối FDI vẫn là bài toán khó của doanh nghiệp nhỏ và vừa: hàng điện tử xuất đi mỗi năm trị giá hàng chục tỷ USD, phần linh kiện Việt trong đó gần như không có.",
            "2021-05-17",
            "ministry",
            ["tag_page", "firm_titled_tag", "vague_amount", "question_lead", "no_event", "multiline"],
            firms=[f("Kỹ nghệ Vĩnh Tường", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "“Mong Hanseong đưa thêm nhà cung cấp linh kiện sang Việt Nam”\n\nBộ trưởng Bộ Công Thương Lương Văn Tân nêu đề nghị này khi tiếp Chủ tịch Tập đoàn Điện tử Hanseong Park Jae-min và Tổng Giám đốc Kim Dong-su.",
            "2019-10-22",
            "ministry",
            [
                "blurb",
                "quote_headline",
                "role_before_name",
                "headline_short_name",
                "request_no_event",
                "multiline",
            ],
            persons=[
                per("Lương Văn Tân", "Bộ trưởng Bộ Công Thương"),
                per("Park Jae-min", "Chủ tịch Tập đoàn Điện tử Hanseong"),
                per("Kim Dong-su", "Tổng Giám đốc"),
            ],
            organizations=["Bộ Công Thương"],
            firms=[f("Điện tử Hanseong", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Các hiệp hội ngành nghề có thể làm gì để đưa doanh nghiệp công nghiệp hỗ trợ vào chuỗi cung ứng?\n\nGần 5.200 doanh nghiệp công nghiệp hỗ trợ sẽ khó được tư vấn hết nếu chỉ trông vào mạng lưới chuyên gia mà Cục Công nghiệp (Bộ Công Thương) đã lập; tiếng nói của các hiệp hội vì thế rất cần.",
            "2023-06-08",
            "ministry",
            ["listing_page", "question_headline", "count", "approx", "no_event", "multiline"],
            organizations=["Cục Công nghiệp", "Bộ Công Thương"],
            quantities=[c(5200, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh coi công nghiệp hỗ trợ là cách giữ chân nhà đầu tư FDI, trong khi nâng phần nội địa hóa của hàng điện tử xuất khẩu vẫn là ưu tiên của Chính phủ.\n\nVIDEO LIÊN QUAN",
            "2022-09-14",
            "ministry",
            ["video_blurb", "page_junk_line", "organization", "no_event", "multiline"],
            organizations=["Chính phủ"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch triển khai chương trình phát triển nhà cung ứng của Bộ Công Thương\n\nSở Công Thương các tỉnh, thành phố phải chủ động cùng doanh nghiệp FDI tìm nhà cung cấp trong nước, theo kế hoạch Bộ trưởng Bộ Công Thương ban hành kèm Quyết định số 2217/QĐ-BCT ngày 14/9/2021.\nMinh Thư - Quốc Việt",
            "2021-09-20",
            "ministry",
            ["video_blurb", "decision_with_date", "bare_unit_no_org", "byline_pair", "no_event", "multiline"],
            organizations=["Bộ Công Thương"],
            decisions=[d("2217/QĐ-BCT", "2021-09-14")],
            persons=[per("Minh Thư", None), per("Quốc Việt", None)],
            events=[],
        ),
        h(
            n(),
            "Hình thành cụm công nghiệp chuyên ngành để nuôi doanh nghiệp hỗ trợ địa phương\n\nNhiều tỉnh đang trông vào cụm công nghiệp chuyên ngành và trung tâm kỹ thuật, chứ không chỉ ưu đãi trên giấy, để doanh nghiệp hỗ trợ có chỗ lớn lên.\nNhóm PV",
            "2020-12-03",
            "ministry",
            ["video_blurb", "group_byline", "no_fields", "no_event", "multiline"],
            events=[],
        ),
        h(
            n(),
            "Hỗ trợ doanh nghiệp nhỏ và vừa đổi mới công nghệ để làm linh kiện cho khối FDI",
            "2022-04-26",
            "ministry",
            ["title_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chuong trinh phat trien nha cung ung",
            "2023-02-13",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TT - Doanh nghiệp trong nước dự Triển lãm Công nghiệp hỗ trợ TP.HCM 2016 (12 đến 14-10, Trung tâm Hội chợ và Triển lãm Sài Gòn, quận 7) sẽ được Sở Công thương TP.HCM trả 40% tiền thuê gian hàng, bà Nguyễn Thị Ngọc Hân, phó giám đốc sở, cho biết tại buổi họp báo.",
            "2016-09-28",
            "ministry",
            [
                "tag_page",
                "outlet_prefix",
                "role_after_name",
                "lower_case_role",
                "district",
                "percentage",
                "no_event",
            ],
            persons=[per("Nguyễn Thị Ngọc Hân", "phó giám đốc sở")],
            organizations=["Sở Công Thương TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[40],
            locations=[district("quận 7")],
            events=[],
        ),
        h(
            n(),
            "(Tổ Quốc) - Vimax, thương hiệu máy giặt nội vừa ra mắt, muốn giành lại sân nhà từ tay các hãng Hàn Quốc, Nhật Bản và Trung Quốc trên một thị trường được dự báo lên khoảng 1,1 tỷ USD năm 2026.",
            "2024-07-30",
            "ministry",
            ["blurb", "outlet_prefix", "approx", "country_words", "bare_brand", "no_event"],
            firms=[f("Vimax")],
            money=[m(1.1 * B, "USD", approx=True)],
            locations=[country("Hàn Quốc"), country("Nhật Bản"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thị trường lắp ráp: tiền đề cho nhà cung cấp linh kiện ô tô\n\nLinh kiện Việt chỉ có đơn hàng đủ lớn để đầu tư khuôn, máy khi xe lắp trong nước bán được nhiều; đó là điều kiện đầu tiên để doanh nghiệp hỗ trợ thành nhà cung cấp của hãng xe.\nHoài An - Bảo Ngọc",
            "2020-08-18",
            "ministry",
            ["video_blurb", "byline_pair", "no_event", "multiline"],
            persons=[per("Hoài An", None), per("Bảo Ngọc", None)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 40% số máy giặt tập đoàn Hàn Quốc này bán trên thế giới ra đời ở hai khu sản xuất tại Bình Dương và Đồng Nai; 15% kỹ sư thiết kế của hãng cũng đang làm việc ở TP.HCM, điều ít người để ý.",
            "2021-01-25",
            "ministry",
            ["blurb", "unnamed_group", "percentage", "country_word", "no_event"],
            provinces=[pv("Bình Dương"), pv("Đồng Nai"), pv("Hồ Chí Minh")],
            percentages=[40, 15],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hanseong có thêm dự án 420 triệu USD ở Thái Nguyên\nGiấy chứng nhận đầu tư dự án mô-đun camera công suất 85 triệu sản phẩm/năm đã được trao cho Công ty TNHH Điện tử Hanseong Vina hôm 17/4.",
            "2016-04-18",
            "ministry",
            [
                "blurb",
                "headline_lead",
                "passive_licence",
                "amount_in_headline",
                "headline_short_name",
                "vina_dropped",
                "capacity_no_count",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Điện tử Hanseong", "Công ty TNHH")],
            provinces=[pv("Thái Nguyên")],
            money=[m(420 * M, "USD")],
            deals=[deal("investment", ["Điện tử Hanseong"], 420 * M, TN, "2016-04-17")],
            events=[ev("investment_licence", [F("Điện tử Hanseong")], 420 * M, "USD", TN, "licensed")],
        ),
        h(
            n(),
            "38 doanh nghiệp công nghiệp hỗ trợ Việt Nam đã được 6 tập đoàn đa quốc gia chọn để kèm cặp trong chương trình phát triển nhà cung ứng mà Cục Công nghiệp và Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA) chạy hơn một năm qua; chương trình sắp khép lại.\n\nTRỌN BỘ",
            "2020-11-10",
            "ministry",
            [
                "video_blurb",
                "programme_no_event",
                "country_in_org_name",
                "count",
                "page_junk_line",
                "multiline",
            ],
            organizations=["Cục Công nghiệp", "Cơ quan Hợp tác Quốc tế Hàn Quốc"],
            quantities=[c(6, "tập đoàn"), c(38, "doanh nghiệp")],
            events=[],
        ),
    ]
    # --- Document stores, theses, a journal abstract and a policy article (S1 r3, S2 r4, S3 r3, S4 r2, S5 r3, S7 r3,
    # S11 r2, S12 r3, S16 r1 r3 r4) ---
    rows += [
        h(
            n(),
            "Nguồn: Tác giả tổng hợp, 2021\n2.4.2.1 Vòng sàng lọc\nChỉ những ứng viên có hệ thống quản lý chất lượng ISO 9001 và báo cáo tài chính ba năm gần nhất mới được đội mua hàng đến thăm xưởng.",
            "2021-12-15",
            "ministry",
            [
                "document_store",
                "thesis_body",
                "source_line",
                "standard_no_count",
                "no_fields",
                "no_event",
                "multiline",
            ],
            events=[],
        ),
        h(
            n(),
            "2.4.2.3 Phân hạng nhà cung cấp\nĐiểm chấm lại sau 12 tuần kèm cặp, theo năm nhóm tiêu chí từ chất lượng tới điều kiện lao động, quyết định doanh nghiệp vào danh sách cấp 1 hay cấp 2.",
            "2021-12-15",
            "ministry",
            ["document_store", "thesis_body", "duration_no_count", "count_in_words", "no_event", "multiline"],
            events=[],
        ),
        h(
            n(),
            "You are on page 1of 28\n\nTRƯỜNG ĐẠI HỌC KINH TẾ ĐÀ NẴNG\nKHOA KINH DOANH QUỐC TẾ\nTIỂU LUẬN MÔN QUẢN TRỊ CUNG ỨNG\nĐề tài: CHIẾN LƯỢC PHÁT TRIỂN NHÀ CUNG CẤP NỘI ĐỊA CỦA HONDA VIỆT NAM\nNhóm 5: Trần Minh Khôi – 2041, Lê Thị Thu Hà – 1187, Võ Gia Bảo – 3302\nĐà Nẵng, ngày 6 tháng 12 năm 2022",
            "2023-01-09",
            "ministry",
            [
                "document_store",
                "essay_cover",
                "caps_organization",
                "caps_brand",
                "student_numbers_no_count",
                "persons_no_role",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Kinh tế Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Honda")],
            persons=[per("Trần Minh Khôi", None), per("Lê Thị Thu Hà", None), per("Võ Gia Bảo", None)],
            events=[],
        ),
        h(
            n(),
            "Mạng lưới nhà cung cấp ngành xe máy: so sánh Việt Nam, Thái Lan và Indonesia\n\n18 311 0\n\nĐang tải... (xem toàn văn)\n\nTHÔNG TIN TÀI LIỆU\nBáo cáo của Kenji Morita (Đại học Nagoya, 2006) so sánh cách các hãng xe máy Nhật Bản nội địa hóa linh kiện và cắt giảm giá thành ở ba nước.",
            "2015-05-21",
            "ministry",
            [
                "document_store",
                "page_counters_no_count",
                "person_no_role",
                "foreign_university",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            persons=[per("Kenji Morita", None)],
            organizations=["Đại học Nagoya"],
            locations=[country("Thái Lan"), country("Indonesia"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Theo mô hình “đàn nhạn bay”, ở bước thứ hai nước đi sau nhận vốn FDI để tự làm những sản phẩm trước đây phải nhập; đây cũng là lúc các nhà lắp ráp bắt đầu tìm nhà cung cấp tại chỗ.",
            "2019-04-02",
            "ministry",
            ["document_store", "thesis_body", "ordinal_not_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "NÂNG CAO NĂNG LỰC NHÀ CUNG CẤP NỘI ĐỊA TRONG CHUỖI CUNG ỨNG XE MÁY\nTS. Đỗ Minh Tuấn - ThS. Hà Thị Lan Anh (Trường Đại học Thương mại)\nTÓM TẮT:\nMỗi chiếc xe máy gồm khoảng 2.500 chi tiết, phần lớn do nhà cung cấp cấp 1, cấp 2 làm ra; bài viết đánh giá chỗ đứng của doanh nghiệp Việt trong mạng lưới này.",
            "2022-10-05",
            "ministry",
            [
                "journal_abstract",
                "caps_title",
                "academic_titles_no_role",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Đỗ Minh Tuấn", None), per("Hà Thị Lan Anh", None)],
            organizations=["Trường Đại học Thương mại"],
            quantities=[c(2500, "chi tiết", True)],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: nhà cung cấp cấp 2, nội địa hóa, xe máy, chuỗi cung ứng, doanh nghiệp FDI.",
            "2022-10-05",
            "ministry",
            ["journal_keywords", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thép, cao su, nhựa và kính làm nên chừng 30.000 chi tiết của một chiếc ô tô con, từ cụm động cơ tới con ốc.",
            "2022-10-05",
            "ministry",
            ["journal_body", "count", "approx", "no_event"],
            quantities=[c(30000, "chi tiết", True)],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt luận án: Liên kết giữa doanh nghiệp FDI và doanh nghiệp nội địa ngành điện tử.Tóm tắt luận án: Liên kết giữa doanh nghiệp FDI và doanh nghiệp nội địa ngành điện tử.Tóm tắt luận án: Liên kết giữa doanh nghiệp FDI và doanh nghiệp nội địa ngành điện tử.",
            "2023-03-30",
            "ministry",
            ["document_store", "repeated_title", "run_together_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thực trạng công nghiệp hỗ trợ\nGần 40% kim ngạch nhập khẩu vẫn là nguyên liệu, linh kiện, phụ tùng, một tỷ trọng hầu như đứng yên suốt mười năm.",
            "2021-07-12",
            "ministry",
            ["policy_article", "subhead", "percentage", "multiline", "no_event"],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Với chừng 17% GDP, chế biến, chế tạo của Việt Nam còn kém xa Malaysia (27%) và Hàn Quốc (33%).",
            "2021-07-12",
            "ministry",
            ["policy_article", "percentage", "country_words", "nfd", "no_event"],
            percentages=[17, 27, 33],
            locations=[country("Malaysia"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nghị định số 84/2014/NĐ-CP là văn bản đầu tiên định nghĩa công nghiệp hỗ trợ ở Việt Nam, rộng hơn cách hiểu ở Nhật Bản hay Hàn Quốc, nơi khái niệm này thường chỉ gồm linh kiện ô tô, xe máy, điện tử.",
            "2021-07-12",
            "ministry",
            ["policy_article", "decree_number", "country_words", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            decisions=[d("84/2014/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Dù được ưu đãi suốt hơn 25 năm, ngành ô tô Việt Nam, một trong năm ngành ô tô của Đông Nam Á, vẫn để nhà cung cấp trong nước đứng ở các tầng thấp.",
            "2022-10-05",
            "ministry",
            ["journal_body", "count_in_words", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: consulting programmes for suppliers, vendor counts (S1 r1 r4, S2 r3) ---
    rows += [
        h(
            n(),
            "Ngày 8/6/2021, Trung tâm Hỗ trợ phát triển công nghiệp (Cục Công nghiệp) cùng Samsung Việt Nam khởi động đợt tư vấn cải tiến cho năm doanh nghiệp phía Nam; đợt này kéo dài 10 tuần.",
            "2021-06-09",
            "ministry",
            ["programme_launch_no_event", "count_in_words", "duration_no_count", "vietnam_dropped"],
            organizations=["Trung tâm Hỗ trợ phát triển công nghiệp", "Cục Công nghiệp"],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Năm doanh nghiệp được chọn gồm Công ty TNHH Khuôn mẫu Tân Đạt, Công ty CP Nhựa kỹ thuật Sao Nam, Công ty TNHH In Bao bì Minh Khang, Công ty CP Cơ khí Chính xác Long Hậu và Công ty TNHH Cao su Kỹ thuật Đông Phú.",
            "2021-06-09",
            "ministry",
            ["firm_list", "count_in_words", "no_event"],
            firms=[
                f("Khuôn mẫu Tân Đạt", "Công ty TNHH"),
                f("Nhựa kỹ thuật Sao Nam", "Công ty CP"),
                f("In Bao bì Minh Khang", "Công ty TNHH"),
                f("Cơ khí Chính xác Long Hậu", "Công ty CP"),
                f("Cao su Kỹ thuật Đông Phú", "Công ty TNHH"),
            ],
            events=[],
        ),
        h(
            n(),
            "Mỗi doanh nghiệp sẽ có chuyên gia Hàn Quốc xuống xưởng khảo sát, rồi cùng làm tới khi quy trình và tiêu chuẩn giao hàng đạt yêu cầu.",
            "2021-06-09",
            "ministry",
            ["plan", "country_word", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "“Nhiều doanh nghiệp nhỏ ở phía Nam đã đủ sức làm linh kiện cho Samsung, Canon hay Honda; cái họ thiếu là cách quản trị xưởng”, ông Trịnh Quốc Dũng, Giám đốc Trung tâm Hỗ trợ phát triển công nghiệp, nhận xét.",
            "2021-06-09",
            "ministry",
            ["quote", "role_after_name", "customer_list_no_deal", "no_event"],
            persons=[per("Trịnh Quốc Dũng", "Giám đốc Trung tâm Hỗ trợ phát triển công nghiệp")],
            organizations=["Trung tâm Hỗ trợ phát triển công nghiệp"],
            firms=[f("Samsung"), f("Canon"), f("Honda")],
            events=[],
        ),
        h(
            n(),
            "Bảy năm trước hãng chỉ có 6 doanh nghiệp Việt ở cấp 1; nay con số là 41 doanh nghiệp.",
            "2021-06-09",
            "ministry",
            ["vendor_counts", "count", "duration_no_count", "no_event"],
            quantities=[c(6, "doanh nghiệp"), c(41, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "“Học được cách làm việc với Samsung rồi thì sang Honda hay Toyota cũng nhanh hơn”, ông Dũng nói thêm.",
            "2021-06-09",
            "ministry",
            ["quote", "surname_only_no_person", "customer_list_no_deal", "no_event"],
            firms=[f("Samsung"), f("Honda"), f("Toyota")],
            events=[],
        ),
        h(
            n(),
            "Chỉ 9 doanh nghiệp Việt giao hàng thẳng cho nhà máy Samsung, dù có tới 58 doanh nghiệp Việt góp mặt trong danh sách khoảng 230 nhà cung cấp đến từ 11 quốc gia.",
            "2016-10-03",
            "ministry",
            ["vendor_counts", "count", "approx", "no_event"],
            firms=[f("Samsung")],
            quantities=[
                c(9, "doanh nghiệp"),
                c(58, "doanh nghiệp"),
                c(230, "nhà cung cấp", True),
                c(11, "quốc gia"),
            ],
            events=[],
        ),
        h(
            n(),
            "Kỹ thuật viên kiểm tra vỏ nhựa tại xưởng ép của Công ty TNHH Nhựa Hoàng Gia (Bắc Ninh).",
            "2016-10-03",
            "ministry",
            ["caption", "province_bracket", "no_event"],
            firms=[f("Nhựa Hoàng Gia", "Công ty TNHH")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "14 doanh nghiệp Việt đã được chuyên gia người Hàn Quốc của hãng kèm cặp ngay tại xưởng kể từ tháng 3/2016.",
            "2016-10-03",
            "ministry",
            ["programme_no_event", "count", "country_word", "nfd"],
            quantities=[c(14, "doanh nghiệp")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một cán bộ mua hàng của Samsung nói doanh nghiệp Việt nào chịu bỏ vốn, chịu đổi cách làm thì vẫn có chỗ trong chuỗi.",
            "2016-10-03",
            "ministry",
            ["unnamed_official", "no_event"],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Hơn 22 tỷ USD đã được tập đoàn Hàn Quốc này đổ vào Việt Nam kể từ xưởng tivi đầu tiên ở TP HCM năm 1996, nay trải từ nhà máy tới trung tâm nghiên cứu.",
            "2025-12-02",
            "ministry",
            ["running_total_unnamed", "approx", "country_word", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(22 * B, "USD", approx=True)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khi đó, đầu những năm 1990, hiếm tập đoàn điện tử quốc tế nào tính chuyện đặt nhà máy ở một nền kinh tế vừa mở cửa.",
            "2025-12-02",
            "ministry",
            ["feature", "decade_no_count", "nfd", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: localisation in motorbikes and cars (S3 r2, S4 r1 r3 r4, S11 r4) ---
    rows += [
        h(
            n(),
            "Nội địa hoá chuỗi cung ứng: bài học từ ngành xe máy\n12/08/2023 lúc 09:40 (GMT)",
            "2023-08-12",
            "ministry",
            ["magazine_title", "timestamp", "old_tone", "no_fields", "no_event", "multiline"],
            events=[],
        ),
        h(
            n(),
            "Ít phụ thuộc hàng nhập hơn nghĩa là ít rủi ro đứt nguồn hơn, thêm việc làm và thêm đơn hàng cho doanh nghiệp hỗ trợ.",
            "2023-08-12",
            "ministry",
            ["magazine_body", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiệp hội Các nhà sản xuất xe máy Việt Nam (VAMM) chỉ có năm thành viên, nhưng họ bán ra hơn 94% số xe máy tiêu thụ trong nước.",
            "2023-08-12",
            "ministry",
            ["association_acronym", "count_in_words", "percentage", "no_event"],
            organizations=["Hiệp hội Các nhà sản xuất xe máy Việt Nam"],
            percentages=[94],
            events=[],
        ),
        h(
            n(),
            "Với 85,2% thị phần trong khối hiệp hội, Honda Việt Nam chiếm khoảng 2,3 triệu trong số 2,7 triệu xe các thành viên bán ra năm tài chính vừa qua.",
            "2023-08-12",
            "ministry",
            ["sales_figures", "count", "count_without_noun", "percentage", "vietnam_dropped", "no_event"],
            firms=[f("Honda")],
            quantities=[c(2.7 * M, "xe")],
            percentages=[85.2],
            events=[],
        ),
        h(
            n(),
            "Theo hiệp hội, lượng xe máy năm thành viên bán ra năm 2023 giảm khoảng 12%.",
            "2023-08-12",
            "ministry",
            ["statistics", "count_in_words", "percentage", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Ba mươi năm sau giấy phép đầu tư năm 1995, Toyota Việt Nam đã có chiếc xe thứ 650.000 rời dây chuyền, nhiều nhất trong các hãng đang lắp ráp ở Việt Nam.",
            "2025-03-14",
            "ministry",
            ["recalled_licence", "deal_no_event", "ordinal_not_count", "vietnam_dropped"],
            firms=[f("Toyota")],
            deals=[deal("investment", ["Toyota"])],
            events=[],
        ),
        h(
            n(),
            "Mỗi ngày, nhà máy ở Phúc Yên (Vĩnh Phúc cũ, nay thuộc Phú Thọ) giờ xuất xưởng khoảng 110 xe, gấp hàng chục lần những năm đầu.",
            "2025-03-14",
            "ministry",
            ["old_and_new_province", "bare_place_no_location", "capacity_no_count", "no_event"],
            provinces=[pv("Vĩnh Phúc"), pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 36% giá trị mẫu xe đa dụng này được làm trong nước (ảnh: Hoàng Lâm)",
            "2025-03-14",
            "ministry",
            ["caption", "photo_credit_person", "percentage", "no_event"],
            percentages=[36],
            persons=[per("Hoàng Lâm", None)],
            events=[],
        ),
        h(
            n(),
            "Năm 2024, hãng bán ra khoảng 27.500 xe, trong đó hơn một nửa là xe lắp ráp trong nước.",
            "2025-03-14",
            "ministry",
            ["sales_figures", "count", "approx", "fraction_no_count", "no_event"],
            quantities=[c(27500, "xe", True)],
            events=[],
        ),
        h(
            n(),
            "Mitsubishi không công bố sản lượng cộng dồn; hai hãng vào cùng thời là Ford và Honda ước đã lắp khoảng 280.000 và 110.000 xe.",
            "2025-03-14",
            "ministry",
            ["bare_brands", "count", "approx", "no_event"],
            firms=[f("Ford"), f("Honda"), f("Mitsubishi")],
            quantities=[c(280000, "xe", True), c(110000, "xe", True)],
            events=[],
        ),
        h(
            n(),
            "Hãng đang bán 14 mẫu xe; chỉ 5 mẫu được lắp ráp trong nước, số còn lại nhập từ Indonesia, Thái Lan và Nhật Bản.",
            "2025-03-14",
            "ministry",
            ["count", "country_words", "no_event"],
            quantities=[c(14, "mẫu xe"), c(5, "mẫu")],
            locations=[country("Indonesia"), country("Thái Lan"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Hyundai Thành Công không còn công bố tỷ lệ nội địa hoá, dù từng hướng tới 40%; còn theo Cục Công nghiệp, xe con dưới 9 chỗ lắp trong nước nhìn chung chỉ đạt 8-16%.",
            "2025-03-14",
            "ministry",
            ["percentage_range", "seats_no_count", "old_tone", "no_event"],
            organizations=["Cục Công nghiệp"],
            firms=[f("Hyundai Thành Công")],
            percentages=[40, 8, 16],
            events=[],
        ),
        h(
            n(),
            "Các tập đoàn đa quốc gia tự quyết từ khâu nghiên cứu tới nơi đặt nhà máy, nên một nước vào muộn như Việt Nam khó chen vào chuỗi xe con, Bộ Công Thương giải thích khi so với Thái Lan, Indonesia và Malaysia.",
            "2018-11-20",
            "ministry",
            ["ministry_view", "country_words", "no_event"],
            organizations=["Bộ Công Thương"],
            locations=[country("Thái Lan"), country("Indonesia"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Không hãng lớn nào đặt nhà máy xe con cỡ lớn ở đây khi thị trường trong nước chỉ bằng chừng 1/8 Thái Lan, 1/4 Indonesia.",
            "2018-11-20",
            "ministry",
            ["fractions_no_count", "country_words", "nfd", "no_event"],
            locations=[country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Tăng hơn 47% so với cùng kỳ, lượng ô tô lắp ráp trong nước 9 tháng đầu năm lên 312.600 xe.",
            "2024-10-21",
            "provincial",
            ["statistics", "count", "percentage", "duration_no_count", "no_event"],
            quantities=[c(312600, "xe")],
            percentages=[47],
            events=[],
        ),
        h(
            n(),
            "Nội địa hoá ô tô: đừng chỉ nhìn con số trung bình\nCác hãng lắp ráp lớn trong nước đang nội địa hoá nhanh hơn nhiều người nghĩ, dù cả ngành vẫn đứng sau Thái Lan, Indonesia và Malaysia.",
            "2024-10-21",
            "provincial",
            ["headline_lead", "old_tone", "country_words", "multiline", "no_event"],
            locations=[country("Thái Lan"), country("Indonesia"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "42% là tỷ lệ nội địa hóa của mẫu sedan bán chạy nhất hãng, tính theo giá trị gia tăng khu vực.",
            "2024-10-21",
            "provincial",
            ["percentage", "no_event"],
            percentages=[42],
            events=[],
        ),
        h(
            n(),
            "Khoảng 950 loại linh kiện của hãng xe Nhật Bản đã được làm trong nước, bởi 55 nhà cung cấp, 11 trong số đó là doanh nghiệp thuần Việt.",
            "2024-10-21",
            "provincial",
            [
                "vendor_counts",
                "unnamed_firm",
                "count",
                "approx",
                "count_without_noun",
                "country_word",
                "no_event",
            ],
            quantities=[c(950, "loại linh kiện", True), c(55, "nhà cung cấp")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "58 triệu USD là số vốn Công ty TNHH Xe máy Kitamura Việt Nam cho biết ngày 12.6 sẽ bỏ ra cho nhà máy thứ hai, đặt sát nhà máy cũ ở Hà Nam; khoảng 1.200 công nhân sẽ làm việc ở đây khi nhà máy chạy vào năm 2009.",
            "2008-06-13",
            "provincial",
            [
                "investment_announcement",
                "amount_first",
                "dotted_date",
                "announcement_day_not_deal_date",
                "vietnam_dropped",
                "count",
                "approx",
                "ordinal_not_count",
            ],
            firms=[f("Xe máy Kitamura", "Công ty TNHH")],
            provinces=[pv("Hà Nam")],
            money=[m(58 * M, "USD")],
            quantities=[c(1200, "công nhân", True)],
            deals=[deal("investment", ["Xe máy Kitamura"], 58 * M, HNam)],
            events=[ev("investment_announcement", [F("Xe máy Kitamura")], 58 * M, "USD", HNam, "announced")],
        ),
        h(
            n(),
            "Xe tay ga sẽ chiếm phần lớn trong 450.000 chiếc mỗi năm của nhà máy mới, đưa năng lực cả hãng lên 1,2 triệu xe; nhà máy thứ nhất chạy từ năm 1999.",
            "2008-06-13",
            "provincial",
            ["capacity_no_count", "recalled_start_no_capital", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: memoranda and smart-factory projects with the ministry and Samsung (S5 r1 r2 r4) ---
    rows += [
        h(
            n(),
            "Samsung mang dự án nhà máy thông minh vào Huế\nBộ Công Thương, UBND thành phố Huế và Samsung Việt Nam vừa cùng ký biên bản ghi nhớ, mở đường cho doanh nghiệp miền Trung tham gia dự án phát triển nhà máy thông minh.",
            "2024-08-22",
            "ministry",
            ["headline_lead", "three_party_mou_support", "support_no_deal", "vietnam_dropped", "multiline"],
            firms=[f("Samsung")],
            organizations=["Bộ Công Thương", "Ủy ban nhân dân thành phố Huế"],
            provinces=[pv("Huế")],
            events=[
                ev(
                    "mou",
                    [F("Samsung"), G("Bộ Công Thương"), G("UBND thành phố Huế")],
                    None,
                    None,
                    HUE,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Chứng kiến lễ ký sáng 21/8 tại Huế có Chủ tịch UBND thành phố Huế Phan Quý Thanh, Thứ trưởng Bộ Công Thương Lê Đình Thuận và Cục trưởng Cục Công nghiệp Võ Hoàng Phúc; Tổng Giám đốc Tổ hợp Samsung Việt Nam Park Ki-hoon ký thay phía doanh nghiệp.",
            "2024-08-22",
            "ministry",
            ["attendee_list", "roles_before_names", "attendees_no_party", "no_event"],
            persons=[
                per("Lê Đình Thuận", "Thứ trưởng Bộ Công Thương"),
                per("Võ Hoàng Phúc", "Cục trưởng Cục Công nghiệp"),
                per("Phan Quý Thanh", "Chủ tịch UBND thành phố Huế"),
                per("Park Ki-hoon", "Tổng Giám đốc Tổ hợp Samsung Việt Nam"),
            ],
            organizations=["Bộ Công Thương", "Cục Công nghiệp", "Ủy ban nhân dân thành phố Huế"],
            firms=[f("Samsung")],
            provinces=[pv("Huế")],
            events=[],
        ),
        h(
            n(),
            "Miền Trung là vùng thứ ba dự án đến, sau phía Bắc và phía Nam; mục tiêu năm nay là có thêm 60 chuyên gia tư vấn người Việt.",
            "2024-08-22",
            "ministry",
            ["programme_target", "count", "no_event"],
            quantities=[c(60, "chuyên gia tư vấn")],
            events=[],
        ),
        h(
            n(),
            "(PLVN) - Sáu doanh nghiệp phía Bắc đã đi hết hơn 4 tháng của dự án nhà máy thông minh năm 2024; hội nghị tổng kết do Bộ Công Thương, Samsung Việt Nam và Sở Công Thương Thái Nguyên tổ chức chiều 9/11 tại Trung tâm Hội nghị tỉnh Thái Nguyên.",
            "2024-11-10",
            "ministry",
            ["outlet_prefix", "review_no_event", "venue_province", "count_in_words", "duration_no_count"],
            organizations=["Bộ Công Thương", "Sở Công Thương Thái Nguyên"],
            firms=[f("Samsung")],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Các hiệp hội, đơn vị tư vấn, Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên, Ban Quản lý các KCN Thái Nguyên và Cục Công nghiệp đều cử người dự, cùng Phó Chủ tịch UBND tỉnh Thái Nguyên Nguyễn Huy Khang.",
            "2024-11-10",
            "ministry",
            ["attendee_list", "role_before_name", "kcn_expanded", "place_in_firm_name", "no_event"],
            persons=[per("Nguyễn Huy Khang", "Phó Chủ tịch UBND tỉnh Thái Nguyên")],
            organizations=[
                "Ủy ban nhân dân tỉnh Thái Nguyên",
                "Cục Công nghiệp",
                "Ban Quản lý các Khu công nghiệp Thái Nguyên",
            ],
            firms=[f("Samsung Electronics Việt Nam Thái Nguyên", "Công ty TNHH")],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Sáu doanh nghiệp gồm Công ty TNHH Nhựa Việt Thắng (Thái Nguyên), Công ty CP Cơ khí Đông Sơn (Bắc Giang), Công ty CP Khuôn mẫu Hòa Lạc (Hà Nội), Công ty TNHH Điện tử Sông Cầu (Bắc Ninh), Công ty CP Bao bì Kim Hoa (Hưng Yên) và Công ty TNHH Cao su Kỹ thuật Yên Phong.",
            "2024-11-10",
            "ministry",
            ["firm_list", "province_brackets", "place_in_firm_name", "count_in_words", "no_event"],
            firms=[
                f("Nhựa Việt Thắng", "Công ty TNHH"),
                f("Cơ khí Đông Sơn", "Công ty CP"),
                f("Khuôn mẫu Hòa Lạc", "Công ty CP"),
                f("Điện tử Sông Cầu", "Công ty TNHH"),
                f("Bao bì Kim Hoa", "Công ty CP"),
                f("Cao su Kỹ thuật Yên Phong", "Công ty TNHH"),
            ],
            provinces=[pv("Thái Nguyên"), pv("Bắc Giang"), pv("Hà Nội"), pv("Bắc Ninh"), pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Samsung Việt Nam nhận Bằng khen của Bộ Công Thương từ tay Phó Chủ tịch UBND tỉnh Thái Nguyên Nguyễn Huy Khang.",
            "2024-11-10",
            "ministry",
            ["caption", "award_no_event", "role_before_name", "vietnam_dropped"],
            persons=[per("Nguyễn Huy Khang", "Phó Chủ tịch UBND tỉnh Thái Nguyên")],
            organizations=["Ủy ban nhân dân tỉnh Thái Nguyên", "Bộ Công Thương"],
            firms=[f("Samsung")],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Cùng lúc với 6 doanh nghiệp phía Bắc, 6 doanh nghiệp phía Nam cũng đi theo dự án từ ngày 20/6.",
            "2024-11-10",
            "ministry",
            ["programme_start_no_event", "count", "nfd"],
            quantities=[c(6, "doanh nghiệp"), c(6, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Thời gian dừng máy ở các xưởng tham gia giảm 28%, một phần nhờ màn hình theo dõi sản lượng theo thời gian thực.",
            "2024-11-10",
            "ministry",
            ["programme_results", "duration_no_count", "percentage", "no_event"],
            percentages=[28],
            events=[],
        ),
        h(
            n(),
            "Thêm một thỏa thuận về nhà máy thông minh giữa Samsung và Bộ Công Thương\nSáng 10/3, tại Hà Nội, Tổ hợp Samsung Việt Nam và Bộ Công Thương ký thoả thuận hợp tác cho dự án phát triển nhà máy thông minh giai đoạn 2022-2024 dành cho doanh nghiệp Việt.",
            "2022-03-11",
            "ministry",
            ["headline_lead", "ministry_firm_mou", "support_no_deal", "old_tone", "multiline"],
            organizations=["Bộ Công Thương"],
            firms=[f("Samsung")],
            provinces=[pv("Hà Nội")],
            events=[ev("mou", [G("Bộ Công Thương"), F("Samsung")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Nghị quyết số 205/NQ-CP của Chính phủ và Nghị quyết số 31-NQ/TW của Bộ Chính trị đều đặt mục tiêu nâng năng lực công nghiệp hỗ trợ, Bộ trưởng Bộ Công Thương nhắc lại trong bài phát biểu.",
            "2022-03-11",
            "ministry",
            ["resolution_numbers", "role_without_name", "no_event"],
            organizations=["Bộ Công Thương", "Bộ Chính trị", "Chính phủ"],
            decisions=[d("31-NQ/TW"), d("205/NQ-CP")],
            events=[],
        ),
        h(
            n(),
            "Ông Lee Sang-woo, Phó Tổng Giám đốc phụ trách Trung tâm mua hàng, và ông Park Ki-hoon, Tổng Giám đốc Tổ hợp, đại diện Samsung Việt Nam tại buổi lễ.",
            "2022-03-11",
            "ministry",
            ["attendee_list", "roles_after_names", "vietnam_dropped", "no_event"],
            persons=[
                per("Park Ki-hoon", "Tổng Giám đốc Tổ hợp"),
                per("Lee Sang-woo", "Phó Tổng Giám đốc phụ trách Trung tâm mua hàng"),
            ],
            firms=[f("Samsung")],
            events=[],
        ),
    ]
    # --- Vietnamese news and a portal page: FDI electronics plants and their suppliers (S7 r1 r2 r4, S12 r4) ---
    rows += [
        h(
            n(),
            "Điện tử\n\nĐiện tử\n\nSamsung, LG là khách hàng lớn nhất của nhóm doanh nghiệp điện tử Hàn Quốc trong tỉnh (Daewon Vina, Sungjin Vina, Hyojin Vina...), phần còn lại gần như đi thẳng ra nước ngoài; nhóm này nắm khoảng 45% vốn FDI toàn tỉnh.",
            "2019-08-07",
            "provincial",
            [
                "portal_page",
                "repeated_title",
                "vina_dropped",
                "customer_list_no_deal",
                "percentage",
                "country_word",
                "multiline",
                "no_event",
            ],
            firms=[f("Daewon"), f("Sungjin"), f("Hyojin"), f("Samsung"), f("LG")],
            percentages=[45],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chưa doanh nghiệp nội nào của tỉnh chen được vào chuỗi linh kiện điện thoại: phần không nhập khẩu thì các công ty FDI tự bán cho nhau.",
            "2019-08-07",
            "provincial",
            ["portal_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vỏ nhựa và dây điện cho nhà máy đồ gia dụng FDI là mảng hiếm hoi vài doanh nghiệp trong tỉnh đã bắt đầu giao được.",
            "2019-08-07",
            "provincial",
            ["portal_page", "unnamed_suppliers", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hải Phòng đón nhà máy điện gia dụng của LG năm 1998, hai năm sau khi tập đoàn vào Việt Nam bằng một liên doanh lắp tivi ở Hưng Yên.",
            "2025-09-11",
            "ministry",
            ["recalled_venture_no_partner", "recalled_plant_no_capital", "no_event"],
            firms=[f("LG")],
            provinces=[pv("Hưng Yên"), pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền máy sấy quần áo sẽ chạy thử ngay năm nay trong khu phức hợp khoảng 80 ha ở Hải Phòng, nơi tổng vốn ước 1,7 tỷ USD sẽ được rót đủ vào năm 2029.",
            "2025-09-11",
            "ministry",
            ["no_firm_in_row", "area", "approx", "no_event"],
            provinces=[pv("Hải Phòng")],
            money=[m(1.7 * B, "USD", approx=True)],
            areas=[ha(80, True)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 8,5 tỷ USD đã được LG Electronics dồn vào dự án thiết bị nghe nhìn gắn trên ô tô, dự án lớn nhất của tập đoàn tại Việt Nam.",
            "2025-09-11",
            "ministry",
            ["running_total_named", "recalled_investment", "deal_no_event", "approx"],
            firms=[f("LG Electronics")],
            money=[m(8.5 * B, "USD", approx=True)],
            deals=[deal("investment", ["LG Electronics"], 8.5 * B)],
            events=[],
        ),
        h(
            n(),
            "Hơn 28.000 lao động đang làm việc cho các dự án của LG.",
            "2025-09-11",
            "ministry",
            ["count", "approx", "no_event"],
            firms=[f("LG")],
            quantities=[c(28000, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Ở Bắc Giang, các công ty Hàn Quốc trong tỉnh là nguồn hàng nội địa gần như duy nhất của doanh nghiệp FDI điện tử, vốn nhập khẩu phần lớn linh kiện.",
            "2022-12-19",
            "ministry",
            ["feature", "country_word", "no_event"],
            provinces=[pv("Bắc Giang")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chỉ 9% doanh nghiệp FDI điện tử trong tỉnh xuất khẩu dưới 20% doanh thu, trong khi 68% bán ra nước ngoài quá nửa, theo kết quả khảo sát.",
            "2022-12-19",
            "ministry",
            ["survey", "percentage", "fraction_no_percentage", "nfd", "no_event"],
            percentages=[9, 20, 68],
            events=[],
        ),
        h(
            n(),
            "Mô-đun camera của Samsung do Công ty TNHH Hwajin Vina độc quyền làm ở cấp 1, còn ống kính lắp trong đó đến từ Công ty TNHH Daesung Optics (Bắc Giang).",
            "2022-12-19",
            "ministry",
            ["supplier_status_no_contract", "province_bracket", "vina_dropped", "no_event"],
            firms=[f("Daesung Optics", "Công ty TNHH"), f("Hwajin", "Công ty TNHH"), f("Samsung")],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "Linh kiện điện tử nhỏ và nhẹ nên làm ở đâu cũng chở đi khắp thế giới được; nội địa hóa vì thế khó hơn ngành ô tô.",
            "2022-12-19",
            "ministry",
            ["feature", "no_fields", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch Tập đoàn Điện tử Hanseong Jang Min-seok và đoàn công tác được Thủ tướng tiếp chiều 14/9 tại Trụ sở Chính phủ.",
            "2025-09-15",
            "ministry",
            ["courtesy_visit_no_event", "role_before_name", "venue_no_org"],
            persons=[per("Jang Min-seok", "Phó Chủ tịch Tập đoàn Điện tử Hanseong")],
            firms=[f("Điện tử Hanseong", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Tới cuối năm ngoái, con số Tập đoàn Điện tử Hanseong đã đầu tư vào Việt Nam là 6,8 tỷ USD, và hai công ty thành viên còn mở rộng tiếp, ông Jang nói.",
            "2025-09-15",
            "ministry",
            [
                "running_total_named",
                "recalled_investment",
                "deal_no_event",
                "surname_only_no_person",
                "count_in_words",
            ],
            firms=[f("Điện tử Hanseong", "Tập đoàn")],
            money=[m(6.8 * B, "USD")],
            deals=[deal("investment", ["Điện tử Hanseong"], 6.8 * B)],
            events=[],
        ),
        h(
            n(),
            "Các công ty thuộc tập đoàn xuất khẩu 12,9 tỷ USD trong nửa đầu năm, trên doanh thu 14,2 tỷ USD.",
            "2025-09-15",
            "ministry",
            ["revenue", "duration_no_count", "no_event"],
            money=[m(12.9 * B, "USD"), m(14.2 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Chiếc điện thoại thứ 900 triệu của tập đoàn làm tại Việt Nam đã rời nhà máy ở Bắc Ninh cuối tháng 8; nhà máy Thái Nguyên góp phần lớn còn lại.",
            "2025-09-15",
            "ministry",
            ["milestone", "ordinal_not_count", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Thủ tướng tiếp Phó Chủ tịch Tập đoàn Điện tử Hanseong - Ảnh: VGP/Minh Khôi",
            "2025-09-15",
            "ministry",
            ["caption", "agency_and_person_credit", "role_without_name", "no_event"],
            firms=[f("Điện tử Hanseong", "Tập đoàn")],
            persons=[per("Minh Khôi", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: Canon and the electronics association, Toyota and the Industry Agency, an interview
    # (S8 r1, S10 r2 r4, S11 r3) ---
    rows += [
        h(
            n(),
            "Cập nhật: 22/03/2011 |\nHiệp hội Doanh nghiệp Điện tử Việt Nam làm việc với Canon Việt Nam về cung ứng linh kiện phụ trợ |",
            "2011-03-22",
            "ministry",
            [
                "association_page",
                "update_line",
                "table_pipe",
                "working_session_no_event",
                "vietnam_dropped",
                "multiline",
            ],
            organizations=["Hiệp hội Doanh nghiệp Điện tử Việt Nam"],
            firms=[f("Canon")],
            events=[],
        ),
        h(
            n(),
            "Buổi làm việc diễn ra ngày 18/3/2011 tại văn phòng Cơ quan Hợp tác Quốc tế Nhật Bản (JICA) ở Hà Nội, do JICA đứng ra mời hai bên.",
            "2011-03-22",
            "ministry",
            ["working_session_no_event", "acronym_repeated", "country_in_org_name"],
            organizations=["Cơ quan Hợp tác Quốc tế Nhật Bản"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Tham gia buổi làm việc, phía Canon có ông Hiroshi Sakamoto, Phó Tổng Giám đốc phụ trách mua hàng; phía hiệp hội có ông Đặng Văn Lâm, Phó Tổng Thư ký.",
            "2011-03-22",
            "ministry",
            ["attendee_list", "roles_after_names", "no_event"],
            firms=[f("Canon")],
            persons=[
                per("Hiroshi Sakamoto", "Phó Tổng Giám đốc phụ trách mua hàng"),
                per("Đặng Văn Lâm", "Phó Tổng Thư ký"),
            ],
            events=[],
        ),
        h(
            n(),
            "Các nhà máy của Canon ở KCN Thăng Long, KCN Quế Võ và KCN Tiên Sơn cần thêm nhà cung cấp Việt cho linh kiện máy in laser, hãng cho biết.",
            "2011-03-22",
            "ministry",
            ["sourcing_wish_no_event", "parks", "nfd"],
            firms=[f("Canon")],
            locations=[
                park("Khu công nghiệp Thăng Long"),
                park("Khu công nghiệp Quế Võ"),
                park("Khu công nghiệp Tiên Sơn"),
            ],
            events=[],
        ),
        h(
            n(),
            "Với 326,5 triệu USD vốn đầu tư và 92.000 m2 nhà xưởng, Công ty TNHH Canon Việt Nam, lập năm 2001, là doanh nghiệp chế xuất 100% vốn nước ngoài.",
            "2011-03-22",
            "ministry",
            ["recalled_investment", "deal_no_event", "percentage", "area_m2", "vietnam_dropped"],
            firms=[f("Canon", "Công ty TNHH")],
            money=[m(326.5 * M, "USD")],
            percentages=[100],
            areas=[ha(9.2)],
            deals=[deal("investment", ["Canon"], 326.5 * M)],
            events=[],
        ),
        h(
            n(),
            "Biên bản ghi nhớ về dự án hỗ trợ nhà cung cấp linh kiện ô tô trong nước giai đoạn 2024-2025 vừa được Công ty Ô tô Toyota Việt Nam và Cục Công nghiệp (Bộ Công Thương) ký kết.",
            "2024-06-28",
            "ministry",
            ["carmaker_agency_mou", "passive_signing", "support_no_deal", "vietnam_dropped"],
            firms=[f("Ô tô Toyota", "Công ty")],
            organizations=["Cục Công nghiệp", "Bộ Công Thương"],
            events=[ev("mou", [F("Ô tô Toyota"), G("Cục Công nghiệp")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Sau đợt thí điểm năm 2020, chương trình nay bước sang năm thứ năm.",
            "2024-06-28",
            "ministry",
            ["ordinal_not_count", "hai_ben_no_names", "recalled_mou_no_parties", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo biên bản, việc chia sẻ kinh nghiệm phát triển nhà cung cấp sẽ đi kèm danh sách nhà cung ứng tiềm năng được giới thiệu cho các nhà lắp ráp.",
            "2024-06-28",
            "ministry",
            ["mou_content", "hai_ben_no_names", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Biên bản đầu tiên giữa Toyota Việt Nam và Cục Công nghiệp, ký năm 2020, chỉ mang tính thí điểm.",
            "2024-06-28",
            "ministry",
            ["recalled_support_mou", "support_no_deal", "year_no_date", "vietnam_dropped", "no_event"],
            firms=[f("Toyota")],
            organizations=["Cục Công nghiệp"],
            events=[],
        ),
        h(
            n(),
            "Tổng Giám đốc Toyota Việt Nam Hiroshi Tanaka cho biết: “Chúng tôi sẽ cùng các nhà cung cấp tiềm năng tìm ra điểm nghẽn và kèm họ tới khi đạt chuẩn giao hàng”.",
            "2024-06-28",
            "ministry",
            ["quote", "role_before_name", "vietnam_dropped", "nfd", "no_event"],
            persons=[per("Hiroshi Tanaka", "Tổng Giám đốc Toyota Việt Nam")],
            firms=[f("Toyota")],
            events=[],
        ),
        h(
            n(),
            "PV: - Nhiều ý kiến cho rằng hàng điện tử gắn nhãn “Made in Vietnam” thực chất chỉ là lắp ráp linh kiện nhập khẩu. Ông nghĩ sao?\nTS. Nguyễn Hữu Phước: - Nếu chỉ vặn ốc lắp ráp thì phần giá trị ở lại rất mỏng; cái cần đếm là bao nhiêu linh kiện do doanh nghiệp Việt làm.",
            "2017-12-06",
            "ministry",
            ["interview", "academic_title_no_role", "multiline", "no_event"],
            persons=[per("Nguyễn Hữu Phước", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: fairs, exhibitions and the appliance market (S14 r1 r2, S15 r3, S8 r4 rendered) ---
    rows += [
        h(
            n(),
            "Hội chợ kết nối cung ứng linh kiện, phụ tùng của doanh nghiệp Nam Trung Bộ và TP.HCM đã mở cửa sáng 14-8 tại TP Tuy Hòa (Phú Yên).",
            "2023-08-15",
            "provincial",
            ["fair_opening_no_event", "district_city", "province_bracket"],
            provinces=[pv("Phú Yên"), pv("Hồ Chí Minh")],
            locations=[district("TP Tuy Hòa")],
            events=[],
        ),
        h(
            n(),
            "Linh kiện cơ khí, nhựa kỹ thuật, bao bì và hàng tiêu dùng được bày ở 110 gian hàng của khoảng 85 doanh nghiệp.",
            "2023-08-15",
            "provincial",
            ["fair_totals", "count", "approx", "nfd", "no_event"],
            quantities=[c(110, "gian hàng"), c(85, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo 9 tỉnh, thành phố Nam Trung Bộ, Tây Nguyên và TP.HCM cùng đại diện Bộ Công Thương dự khai mạc.",
            "2023-08-15",
            "provincial",
            ["attendees_no_party", "count", "no_event"],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(9, "tỉnh, thành phố")],
            events=[],
        ),
        h(
            n(),
            "Gian hàng linh kiện cơ khí của doanh nghiệp Bình Dương tại hội chợ. Ảnh: Thanh Tùng",
            "2023-08-15",
            "provincial",
            ["caption", "photo_credit_person", "no_event"],
            provinces=[pv("Bình Dương")],
            persons=[per("Thanh Tùng", None)],
            events=[],
        ),
        h(
            n(),
            "“Chúng tôi mong doanh nghiệp trong tỉnh tìm được khách mua linh kiện ổn định ngay tại hội chợ”, ông Lương Thế Hiển, Trưởng Ban Quản lý Khu kinh tế Nam Phú Yên, nói.",
            "2023-08-15",
            "provincial",
            ["quote", "role_after_name", "province_in_org_name", "wish_no_event"],
            persons=[per("Lương Thế Hiển", "Trưởng Ban Quản lý Khu kinh tế Nam Phú Yên")],
            organizations=["Ban Quản lý Khu kinh tế Nam Phú Yên"],
            provinces=[pv("Phú Yên")],
            events=[],
        ),
        h(
            n(),
            "“Khách mua ở miền Trung đang cần khung thép, bulông và chi tiết dập mà doanh nghiệp Bình Dương làm được”, bà Trần Thị Kim Liên, Giám đốc Sở Công Thương Bình Dương, nói bên lề hội chợ.",
            "2023-08-15",
            "provincial",
            ["quote", "role_after_name", "province_in_org_name", "no_event"],
            persons=[per("Trần Thị Kim Liên", "Giám đốc Sở Công Thương Bình Dương")],
            organizations=["Sở Công Thương Bình Dương"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Võ Thanh Liêm, Giám đốc Chi nhánh Liên đoàn Thương mại và Công nghiệp Việt Nam tại Cần Thơ, giao lưu thương mại Việt - Hàn lần thứ ba có hơn 90 doanh nghiệp hai nước tham dự, trong đó 25 doanh nghiệp Hàn Quốc.",
            "2022-11-07",
            "ministry",
            [
                "foreign_page_rendered",
                "role_after_name",
                "province_in_org_name",
                "count",
                "approx",
                "ordinal_not_count",
                "no_event",
            ],
            persons=[
                per(
                    "Võ Thanh Liêm",
                    "Giám đốc Chi nhánh Liên đoàn Thương mại và Công nghiệp Việt Nam tại Cần Thơ",
                )
            ],
            organizations=["Chi nhánh Liên đoàn Thương mại và Công nghiệp Việt Nam tại Cần Thơ"],
            provinces=[pv("Cần Thơ")],
            quantities=[c(90, "doanh nghiệp", True), c(25, "doanh nghiệp")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hàng hoá tiêu dùng, máy móc và linh kiện Hàn Quốc được giới thiệu ở khu trưng bày 60 gian hàng.",
            "2022-11-07",
            "ministry",
            ["foreign_page_rendered", "count", "country_word", "old_tone", "no_event"],
            quantities=[c(60, "gian hàng")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Việt Nam vượt Malaysia về lượng điều hòa bán ra năm 2017, khi con số lên 2,1 triệu, từ khoảng 720.000 máy năm 2012.",
            "2018-06-04",
            "ministry",
            ["market_figures", "count", "approx", "count_without_noun", "country_word", "no_event"],
            quantities=[c(720000, "máy", True)],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Châu Á tăng 31,6% trong khi cả thế giới chỉ nhích 3,1% giai đoạn 2012-2017, số liệu của Hiệp hội Công nghiệp Điện lạnh Nhật Bản cho thấy.",
            "2018-06-04",
            "ministry",
            ["market_figures", "country_in_org_name", "percentage", "nfd", "no_event"],
            organizations=["Hiệp hội Công nghiệp Điện lạnh Nhật Bản"],
            percentages=[31.6, 3.1],
            events=[],
        ),
        h(
            n(),
            "Khoảng 160 tỷ yen (chừng 1,45 tỷ USD) là doanh số máy lạnh ở Việt Nam năm ngoái, gần gấp ba năm năm trước.",
            "2018-06-04",
            "ministry",
            ["market_figures", "yen", "conversion_in_bracket", "approx", "no_event"],
            money=[m(160 * B, "JPY", approx=True), m(1.45 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Hãng điều hòa Nhật Bản Fujikawa đã rót khoảng 95 triệu USD xây nhà máy tại KCN Thăng Long II (Hưng Yên) để bớt phụ thuộc hàng nhập từ Thái Lan.",
            "2018-06-04",
            "ministry",
            ["recalled_investment", "deal_no_event", "approx", "park", "province_bracket", "country_words"],
            firms=[f("Fujikawa")],
            provinces=[pv("Hưng Yên")],
            money=[m(95 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Thăng Long II"), country("Nhật Bản"), country("Thái Lan")],
            deals=[deal("investment", ["Fujikawa"], 95 * M, HY)],
            events=[],
        ),
    ]
    # --- English: Samsung's supplier programme in the provinces, a networking day, a trade office (S1 r2, S8 r2 r3) ---
    rows += [
        h(
            n(),
            "Bac Giang (VNA) - Two local firms, Minh Tri Precision JSC and Hoang Phat Packaging Co Ltd, showed provincial leaders and Samsung Vietnam on September 9 what had changed on their shop floors after the company's supplier-improvement programme.",
            "2021-09-10",
            "ministry",
            [
                E,
                "dateline",
                "visit_no_event",
                "review_no_event",
                "vietnam_dropped",
                "count_in_words",
                "unaccented",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Samsung"), f("Minh Tri Precision", "JSC"), f("Hoang Phat Packaging", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "Rejects at Minh Tri Precision, a metal-bracket stamper selling to two of Samsung's first-tier vendors, are down 41 percent since the 12-week project, the company said.",
            "2021-09-10",
            "ministry",
            [E, "supplier_status_no_contract", "percentage", "duration_no_count"],
            firms=[f("Minh Tri Precision"), f("Samsung")],
            percentages=[41],
            events=[],
        ),
        h(
            n(),
            "More firms should now sign up, Provincial People's Committee Chairman Le Anh Duong said, with factories back at full speed.",
            "2021-09-10",
            "ministry",
            [E, "role_before_name", "bare_committee_role", "wish_no_event"],
            persons=[per("Le Anh Duong", "Provincial People's Committee Chairman")],
            events=[],
        ),
        h(
            n(),
            "A business-matching day run by the Hai Duong Department of Industry and Trade on October 20 drew nearly 80 Vietnamese and Korean enterprises from the province and its neighbours.",
            "2022-10-21",
            "provincial",
            [E, "matching_day_no_event", "count", "approx", "adjective_no_country", "province_in_org_name"],
            provinces=[pv("Hải Dương")],
            organizations=["Hai Duong Department of Industry and Trade"],
            quantities=[c(80, "Vietnamese and Korean enterprises", True)],
            events=[],
        ),
        h(
            n(),
            "How Korean buyers audit a new supplier before the first order was explained by experts from the Korea Trade-Investment Promotion Agency (KOTRA) in Hanoi.",
            "2022-10-21",
            "provincial",
            [E, "country_in_org_name", "adjective_no_country", "no_event"],
            organizations=["Korea Trade-Investment Promotion Agency"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Many Japanese parts buyers plan to shift some sourcing to Vietnam within two years, according to the Vietnam Trade Office, which ran a stand at the Intermold Nagoya 2022 fair in Japan.\n\nBy staff writers - Translated by Huu Tam",
            "2022-04-19",
            "ministry",
            [
                E,
                "video_blurb",
                "country_of",
                "adjective_no_country",
                "translator_byline",
                "multiline",
                "no_event",
            ],
            organizations=["Vietnam Trade Office"],
            locations=[country("Japan")],
            persons=[per("Huu Tam", None)],
            events=[],
        ),
    ]
    # --- English: Toyota and the Industry Agency (S10 r1 r3) ---
    rows += [
        h(
            n(),
            "Officials of the carmaker and the agency at the signing. — Photo courtesy of TMV\n\nHÀ NỘI — A memorandum of understanding on a 2024-2025 project to raise the capability of domestic auto parts suppliers has been signed by Toyota Motor Vietnam and the Việt Nam Industry Agency.",
            "2024-06-29",
            "ministry",
            [
                E,
                "caption",
                "site_credit_acronym",
                "dateline",
                "carmaker_agency_mou",
                "passive_signing",
                "support_no_deal",
                "vietnam_dropped",
                "multiline",
            ],
            firms=[f("Toyota Motor")],
            organizations=["Việt Nam Industry Agency"],
            provinces=[pv("Hà Nội")],
            events=[
                ev("mou", [F("Toyota Motor"), G("Việt Nam Industry Agency")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Engineers from the carmaker will spend days each month inside a few supplier plants this year under an “on-site kaizen” scheme, Toyota said.",
            "2024-06-29",
            "ministry",
            [E, "programme_no_event", "no_event"],
            firms=[f("Toyota")],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) – A consulting programme for auto parts makers got under way on October 3, run by Toyota Vietnam with the Industry Agency under the Ministry of Industry and Trade.",
            "2023-10-04",
            "ministry",
            [E, "dateline", "programme_launch_no_event", "vietnam_dropped"],
            firms=[f("Toyota")],
            organizations=["Industry Agency", "Ministry of Industry and Trade"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Viet Long Mechanical JSC, Tan Hoa Plastic Co.Ltd, 46 Rubber Co., Ltd and Dong A Casting JSC are the four firms that will host Toyota experts looking for ways to cut costs and defects.",
            "2023-10-04",
            "ministry",
            [
                E,
                "firm_list",
                "foreign_forms",
                "digit_in_name",
                "consulting_no_deal",
                "count_in_words",
                "no_event",
            ],
            firms=[
                f("Toyota"),
                f("Viet Long Mechanical", "JSC"),
                f("Tan Hoa Plastic", "Co., Ltd."),
                f("46 Rubber", "Co., Ltd."),
                f("Dong A Casting", "JSC"),
            ],
            events=[],
        ),
        h(
            n(),
            "More than 800 items in Toyota cars are now made locally by 52 suppliers, nine of them Vietnamese.",
            "2023-10-04",
            "ministry",
            [E, "vendor_counts", "count", "approx", "count_in_words", "no_event"],
            firms=[f("Toyota")],
            quantities=[c(800, "items", True), c(52, "suppliers")],
            events=[],
        ),
        h(
            n(),
            "Nguyen Thu Ha, deputy director of the Industry Agency, addresses the launch (Photo: VNA)",
            "2023-10-04",
            "ministry",
            [E, "caption", "agency_credit", "role_after_name", "no_event"],
            persons=[per("Nguyen Thu Ha", "deputy director of the Industry Agency")],
            organizations=["Industry Agency"],
            events=[],
        ),
    ]
    # --- English: Samsung's Vietnamese vendors (S17 r1-r4) ---
    rows += [
        h(
            n(),
            "This year's round of Samsung Vietnam's consulting programme for local parts makers opened on Thursday.\nOf about 240 Vietnamese firms now supplying the group's four plants in the country, 26 are tier-1 vendors and 214 tier-2 vendors.",
            "2018-03-02",
            "ministry",
            [
                E,
                "programme_launch_no_event",
                "vendor_counts",
                "count",
                "approx",
                "count_in_words",
                "count_without_noun",
                "vietnam_dropped",
                "multiline",
            ],
            firms=[f("Samsung")],
            quantities=[c(240, "Vietnamese firms", True), c(214, "tier-2 vendors")],
            events=[],
        ),
        h(
            n(),
            "Samsung vendors double\nParticipants at a supporting-industry workshop in Hanoi heard that Samsung's Vietnamese tier-1 vendors doubled in number last year, to 16.",
            "2017-06-23",
            "ministry",
            [E, "headline_lead", "count_without_noun", "vendor_counts", "multiline", "no_event"],
            firms=[f("Samsung")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "147 tier-2 vendors and five tier-1 vendors, all Vietnamese, supply the Samsung Electronics Vietnam Thai Nguyen plant alone.",
            "2017-06-23",
            "ministry",
            [E, "place_in_firm_name", "count", "count_in_words", "vendor_counts", "no_event"],
            firms=[f("Samsung Electronics Vietnam Thai Nguyen")],
            quantities=[c(147, "tier-2 vendors")],
            events=[],
        ),
        h(
            n(),
            "“Buyers like Samsung are the shortest road into global chains for a Vietnamese supplier,” deputy minister of industry and trade Pham Quang Trung said.",
            "2017-06-23",
            "ministry",
            [E, "quote", "role_before_name", "lower_case_role", "no_event"],
            firms=[f("Samsung")],
            persons=[per("Pham Quang Trung", "deputy minister of industry and trade")],
            events=[],
        ),
        h(
            n(),
            "Samsung's local supplier base reaches 215\nHoang Nam\n10:20 14/07/2017\n\nBizLIVE - Printing and packaging still dominate what local firms sell to Samsung, even as their number grows.",
            "2017-07-14",
            "ministry",
            [E, "headline_byline_timestamp", "count_without_noun", "site_credit", "multiline", "no_event"],
            firms=[f("Samsung")],
            persons=[per("Hoang Nam", None)],
            events=[],
        ),
        h(
            n(),
            "Tier-2 vendors sold about $85 million of goods and services to the group last year, tier-1 vendors $55 million.",
            "2017-07-14",
            "ministry",
            [E, "dollar_sign", "approx", "no_event"],
            money=[m(85 * M, "USD", approx=True), m(55 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Parts from seven of Samsung's first-tier suppliers filled its 230-square-metre stand, the largest among some 300 booths at the expo.",
            "2018-10-15",
            "ministry",
            [E, "area_m2", "count", "approx", "count_in_words", "no_event"],
            firms=[f("Samsung")],
            areas=[ha(0.023)],
            quantities=[c(300, "booths", True)],
            events=[],
        ),
        h(
            n(),
            "Of the 180 Vietnamese businesses Samsung invited to the expo, about 60 sat down with its buyers to talk about joining the supply chain.",
            "2018-10-15",
            "ministry",
            [E, "count", "count_without_noun", "matching_no_event"],
            firms=[f("Samsung")],
            quantities=[c(180, "Vietnamese businesses")],
            events=[],
        ),
        h(
            n(),
            "A supporting-industry forum on the sidelines was co-organised by Samsung Vietnam, the Dong Nai Department of Industry and Trade and the province's Centre for Industrial Promotion.",
            "2018-10-15",
            "ministry",
            [E, "co_organisers_no_event", "province_in_org_name", "vietnam_dropped"],
            firms=[f("Samsung")],
            organizations=["Dong Nai Department of Industry and Trade", "Centre for Industrial Promotion"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
    ]
    # --- English: the tag page of a state broadcaster with three blurbs (S6 r3, S14 r3) ---
    rows += [
        h(
            n(),
            "Supporting industry\n\nWork on a motorcycle parts complex of Hoang Son Industrial Group JSC began on October 14 with a groundbreaking ceremony held by the Nam Dinh People's Committee.",
            "2021-10-15",
            "ministry",
            [
                E,
                "tag_page",
                "province_hosts_groundbreaking",
                "government_party",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            organizations=["Nam Dinh People's Committee"],
            provinces=[pv("Nam Định")],
            firms=[f("Hoang Son Industrial Group", "JSC")],
            deals=[deal("groundbreaking", ["Hoang Son Industrial Group"], None, ND, "2021-10-14")],
            events=[
                ev(
                    "groundbreaking",
                    [G("Nam Dinh People's Committee"), F("Hoang Son Industrial Group")],
                    None,
                    None,
                    ND,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "A memorandum on helping local firms join the supply chain has been signed by the Ministry of Industry and Trade, the Vinh Phuc People's Committee and Daeho Electronics Vietnam.\nParts makers looking for foreign-invested buyers met them at the 2021 Sourcing Fair for Supporting Industries on October 5.",
            "2021-10-15",
            "ministry",
            [
                E,
                "tag_page",
                "three_party_mou_support",
                "passive_signing",
                "support_no_deal",
                "vietnam_dropped",
                "fair_no_event",
                "multiline",
            ],
            organizations=["Ministry of Industry and Trade", "Vinh Phuc People's Committee"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Daeho Electronics")],
            events=[
                ev(
                    "mou",
                    [
                        G("Ministry of Industry and Trade"),
                        G("Vinh Phuc People's Committee"),
                        F("Daeho Electronics"),
                    ],
                    None,
                    None,
                    VP,
                    "signed",
                )
            ],
        ),
    ]
    # --- English: car localisation (S18 r1-r4) ---
    rows += [
        h(
            n(),
            "A Hyundai Thanh Cong assembly line in Gian Khau Industrial Park, Gia Vien district, Ninh Binh province. Parts investment by domestic makers is rising. — VNA/VNS Photo",
            "2020-07-27",
            "ministry",
            [
                E,
                "caption",
                "agency_credit",
                "english_park_no_location",
                "english_district_no_location",
                "unaccented",
            ],
            firms=[f("Hyundai Thanh Cong")],
            provinces=[pv("Ninh Bình")],
            events=[],
        ),
        h(
            n(),
            "European cars will pay zero duty from 2029 as the EVFTA trims tariffs by about 7 per cent a year, while ASEAN-built cars have entered tax-free since 2018.",
            "2020-07-27",
            "ministry",
            [E, "percentage", "no_event"],
            percentages=[7],
            events=[],
        ),
        h(
            n(),
            "Imports of two compact models from Indonesia ended late last year when Toyota Motor Vietnam switched on a new assembly line for them at its plant.",
            "2023-02-17",
            "ministry",
            [E, "line_start_inauguration", "no_capital", "country_of", "vietnam_dropped", "count_in_words"],
            firms=[f("Toyota Motor")],
            locations=[country("Indonesia")],
            events=[ev("inauguration", [F("Toyota Motor")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Indonesia had shipped in 2,950 and 11,400 units of the two models between April and December.",
            "2023-02-17",
            "ministry",
            [E, "count", "country_of", "no_event"],
            quantities=[c(2950, "units"), c(11400, "units")],
            locations=[country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Twenty-seven Vietnam-based suppliers now make 310 parts for them, the carmaker said.",
            "2023-02-17",
            "ministry",
            [E, "count", "count_in_words", "no_event"],
            quantities=[c(310, "parts")],
            events=[],
        ),
        h(
            n(),
            "Output rose 38 percent year on year to 297,500 vehicles in the first nine months, General Statistics Office data show.",
            "2024-10-25",
            "ministry",
            [E, "statistics", "organization", "count", "percentage", "no_event"],
            organizations=["General Statistics Office"],
            quantities=[c(297500, "vehicles")],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "What did Toyota promise on localisation when it came to Vietnam?\nToyota Vietnam general director Keisuke Mori: Eleven makers selling 22 brands shared a market of a few thousand cars a year in 1995, so there was no volume for local parts.",
            "2016-05-09",
            "ministry",
            [
                E,
                "interview_qa",
                "role_before_name",
                "count",
                "count_in_words",
                "vague_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Toyota")],
            persons=[per("Keisuke Mori", "Toyota Vietnam general director")],
            quantities=[c(22, "brands")],
            events=[],
        ),
        h(
            n(),
            "Parts worth US$420 million have been exported by the Japanese suppliers we brought here, who since 2005 have also sold to other assemblers.",
            "2016-05-09",
            "ministry",
            [E, "interview_qa", "unnamed_investors", "adjective_no_country", "no_event"],
            money=[m(420 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: the supplier development programme with an international lender, a ministry workshop
    # (S19 r2 r3 r4) ---
    rows += [
        h(
            n(),
            "The Industry Agency and the International Finance Corporation (IFC) on June 12 started a two-year scheme in Hanoi to turn Vietnamese firms into suppliers for multinationals.",
            "2019-06-13",
            "ministry",
            [E, "programme_launch_no_event", "co_launchers_no_event", "passive"],
            organizations=["Industry Agency", "International Finance Corporation"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Forty local firms put forward by the groups and by trade associations will work with seven multinationals, among them Bosch, Canon, Denso, Panasonic and Toyota.",
            "2019-06-13",
            "ministry",
            [E, "customer_list_no_deal", "bare_brands", "count_in_words", "no_event"],
            firms=[f("Bosch"), f("Canon"), f("Denso"), f("Panasonic"), f("Toyota")],
            events=[],
        ),
        h(
            n(),
            "For Panasonic Vietnam, the aim is a pool of local partners it can buy from for years, strategy director Yamada Kenji said.",
            "2019-06-13",
            "ministry",
            [E, "role_before_name", "vietnam_dropped", "no_event"],
            persons=[per("Yamada Kenji", "strategy director")],
            firms=[f("Panasonic")],
            events=[],
        ),
        h(
            n(),
            "Local parts makers finally have a door into global value chains, said Nguyen Duc Hoa, director of Hanoi Precision Mechanics JSC.",
            "2019-06-13",
            "ministry",
            [E, "role_after_name", "place_in_firm_name", "no_event"],
            persons=[per("Nguyen Duc Hoa", "director of Hanoi Precision Mechanics JSC")],
            firms=[f("Hanoi Precision Mechanics", "JSC")],
            events=[],
        ),
        h(
            n(),
            "15:20 | 22/08/2019 Industry\n\n(VEN) - Precision-engineering plants at Ho Chi Minh City's Saigon Hi-Tech Park have drawn more than VND1.5 trillion from several suppliers, the city's industry department said.",
            "2019-08-22",
            "ministry",
            [
                E,
                "timestamp_section",
                "outlet_prefix",
                "unnamed_investors",
                "approx",
                "english_park_no_location",
                "bare_unit_no_org",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(1.5 * 1000 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "The ministry has asked the Government for money to link local suppliers with FDI assemblers, Deputy Minister of Industry and Trade Do Van Thanh told a workshop in Hanoi on November 2.",
            "2018-11-03",
            "ministry",
            [E, "role_before_name_after_verb", "government_word_no_org", "request_no_event"],
            persons=[per("Do Van Thanh", "Deputy Minister of Industry and Trade")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- English: a tag page, sourcing lists, an agreement with a province, orders after supply disruption
    # (S20 r1-r4) ---
    rows += [
        h(
            n(),
            "Kyoto Circuit Tag\n\nMore Japanese firms eye auto-parts projects in Vietnam\n\nIndustries - Tue, Mar 12, 2024 | 3:15 pm GMT+7",
            "2024-03-12",
            "ministry",
            [E, "tag_page", "firm_titled_tag", "adjective_no_country", "timestamp", "multiline", "no_event"],
            firms=[f("Kyoto Circuit")],
            events=[],
        ),
        h(
            n(),
            "Hanwa Power Tools wants local moulds, stamped metal, motors and plastic parts for its $480 million plant at Ho Chi Minh City's Hi-Tech Park, one of more than 350 products on a wish list foreign-invested manufacturers have sent the centre, she said.\n\nBy Thu Trang – Translated by Minh Hieu",
            "2022-08-28",
            "ministry",
            [
                E,
                "sourcing_list_no_deal",
                "possessive_plant_recalled_investment",
                "deal_no_event",
                "count",
                "approx",
                "byline_pair",
                "multiline",
            ],
            firms=[f("Hanwa Power Tools")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(480 * M, "USD")],
            quantities=[c(350, "products", True)],
            persons=[per("Thu Trang", None), per("Minh Hieu", None)],
            deals=[deal("investment", ["Hanwa Power Tools"], 480 * M, HCM)],
            events=[],
        ),
        h(
            n(),
            "Singapore's Chenghong Electronics plans Vietnam plant\nBy Ravi Menon\nChenghong Electronics of Singapore, a contract manufacturer, will build a factory at an industrial park in Thai Binh province under an agreement it signed with the Thai Binh People's Committee, the Vietnamese government said.",
            "2023-04-22",
            "ministry",
            [
                E,
                "headline_byline_lead",
                "investment_agreement_with_committee",
                "country_of",
                "mou",
                "multiline",
            ],
            persons=[per("Ravi Menon", None)],
            firms=[f("Chenghong Electronics")],
            organizations=["Thai Binh People's Committee"],
            provinces=[pv("Thái Bình")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Chenghong Electronics"], None, TB)],
            events=[
                ev(
                    "mou",
                    [F("Chenghong Electronics"), G("Thai Binh People's Committee")],
                    None,
                    None,
                    TB,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Twelve types of parts were ordered from Phu Lam Mechanical Engineering by a German equipment maker whose Chinese suppliers had stopped shipping, chair Nguyen Van Loc said.",
            "2020-04-15",
            "ministry",
            [
                E,
                "unnamed_buyer_no_deal",
                "role_before_name",
                "adjective_no_country",
                "count_in_words",
                "passive",
            ],
            persons=[per("Nguyen Van Loc", "chair")],
            firms=[f("Phu Lam Mechanical Engineering")],
            events=[],
        ),
        h(
            n(),
            "Extra orders from partners cut off from China lifted revenue at Soi Phuong Nam, a polyester yarn maker with plants in HCM City and Long An, by about 12 percent in the first two months.",
            "2020-04-15",
            "ministry",
            [E, "unnamed_buyers_no_deal", "percentage", "country_of", "no_event"],
            firms=[f("Soi Phuong Nam")],
            provinces=[pv("Hồ Chí Minh"), pv("Long An")],
            percentages=[12],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "At least six manufacturers, two of them from Japan and one from Germany, have asked the HCM City Supporting Industry Development Centre to find them suppliers, said Le Thi Ngoc Anh, the centre's deputy director.",
            "2020-04-15",
            "ministry",
            [
                E,
                "role_after_name",
                "province_in_org_name",
                "country_of",
                "count_in_words",
                "request_no_event",
            ],
            persons=[per("Le Thi Ngoc Anh", "the centre's deputy director")],
            organizations=["HCM City Supporting Industry Development Centre"],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Japan"), country("Germany")],
            events=[],
        ),
    ]
    return rows
