# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 153 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: rubber and tyre parts, rubber seals, gaskets and technical rubber (cao su
kỹ thuật, lốp xe, gioăng, săm lốp) in Vietnam's supporting industry. Written and annotated for every field BEFORE any
tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section
comments: S1 "cao su kỹ thuật công nghiệp hỗ trợ doanh nghiệp Việt Nam sản xuất", S2 "gioăng cao su sản xuất nhà máy
linh kiện ô tô", S3 "săm lốp xe đạp xe máy công ty cao su sản xuất tiêu thụ", S4 "nhà máy lốp xe tải bus radial toàn
thép đầu tư khu công nghiệp", S5 "phớt chắn dầu cao su gioăng làm kín doanh nghiệp cung ứng", S6 "dự án sản xuất săm lốp
tăng vốn đầu tư nhà đầu tư Trung Quốc", S7 "Cao su Đà Nẵng DRC lốp radial sản lượng kế hoạch", S8 "Casumina hợp tác sản
xuất lốp đối tác", S9 "Cao su Sao Vàng dự án nhà máy lốp di dời", S10 "linh kiện cao su cho ngành điện tử doanh nghiệp
Việt nhà cung cấp cho FDI", S11 "khởi công nhà máy sản xuất lốp ô tô năm 2024", S12 "Kumho Bridgestone nhà máy lốp Việt
Nam mở rộng sản xuất", S13 "ống cao su chịu nhiệt băng tải cao su doanh nghiệp Việt xuất khẩu", S14 "sản phẩm cao su
đúc ép khuôn doanh nghiệp nhỏ và vừa công nghiệp hỗ trợ", S15 "xuất khẩu lốp xe Việt Nam sang Mỹ thị trường doanh
nghiệp tăng trưởng", S16 "trao giấy chứng nhận đầu tư dự án sản xuất sản phẩm cao su kỹ thuật", and in English S17
"Vietnam tire plant opening capacity million tires per year", S18 "rubber seals gaskets manufacturer Vietnam factory",
S19 "Chinese tire makers build plants in Vietnam to avoid US tariffs", S20 "Vietnam technical rubber products supplier
automotive parts company". (Batches 100 and 111 had rubber and tyre themes with other searches; a few of the same stories
came back, among them the Cambodia tyre plan, the all-steel plant tail and the contractor's site ritual, and none of
their rows was reused: every row here was drafted from this sample and checked against those batches too.) No sentence
is taken or paraphrased from a page; the shapes are. Firm, plant, bank, association, person and byline names are
invented (Cao su Hải Vân / Hai Van Rubber, Công nghiệp Cao su Tân Định / Tadirub / Tan Dinh Industrial Rubber, Lốp Minh
Quang, Xây dựng Hưng Phát An, Lốp Vương Đạt, Lốp Sanjiang, Đầu tư Phát triển Hạ tầng Miền Trung, Cao su Hồng Hà, Thiên
Ân and Hồng Hà - Thiên Ân, Ngân hàng TMCP Đông Đô, Kitagawa Rubber, Reinhardt, Nordway Tire, Hanmi, Seowon, Daejin and
DKT, Yeonsu Tire / Yeonsu / Yeonsu Group, Shiranami Tire / Shiranami Tire Corp / Shiranami, Shandong Jinhe Tyre / Jinhe,
Kaiyuan Rubber / Kaiyuan, Jiahe Tire, Brayfield Tire & Rubber / Brayfield, Huachen Group / Huachen / BHTR, Halvorsen
Tire, Dai Viet Auto Corporation and Dai Viet Rubber and Plastic Components Company, Phu An Rubber, the Int'l Rubber
Consortium, the stock round-up's and related posts' firms, the decision and contract numbers 118/QĐ-UBND, 5260/QĐ-UBND,
1587/QĐ-BCT and 09/2016/HĐHT-HH, and every official, director, speaker, author, photographer and byline); well-known
names (VinFast, Samsung, LG, Tập đoàn Hóa chất Việt Nam, Hiệp hội Cao su Việt Nam / Vietnam Rubber Association, Hội Cao
su Nhựa TP.HCM, VietnamPlas, Bloomberg, the USITC, the Tay Ninh Economic Zone Authority, the Đà Nẵng hi-tech and
industrial zones board, the committees of Hà Nội and Bình Phước, Hà Nội's land registration office, Tire Cologne, the
parks of Hòa Khánh mở rộng, Đất Cuốc, Liên Hà Thái, Tân Đức, Đồng Văn II, Bắc Đồng Phú, Long Duc, Tam Phuoc, Nam Dinh
Vu and Tan Dong Hiep B, and Decree 111/2015/NĐ-CP cited by number) appear only in sentences of our own, with figures,
dates and places changed.

What the sample looked like (80 result slots, about 71 distinct pages; the all-steel plant's page tail came back three
times, the plastics-and-rubber fair tag three times, the state group member's truck-tyre opening and the contractor's
site ritual twice each): 11 slots were spam (five betting-domain salads, S2 r2 and S3 r1-r4; two Italian-domain
ferro-alloy titles, S5 r3-r4; four Polish and Dutch crusher, conveyor and sand titles, S13 r1-r4); 17 were one-line tags
and titles (a broadcaster's tag, a materials tag, a bearing shop's title with its phone number glued on twice, a
scandal tag, an image slug, an image title on a carmaker's US groundbreaking date, a video title from Bloomberg twice,
four SME hashtags and ebook tags, four legal-advice tags and a decision title); 6 were tag pages with a headline or lead
(the fair tag with a rubber-plastic association's export hope three times, a trade magazine's tag on a southern maker's
radial tyre, a "bắt tay" tag on an old Hà Nội maker's cooperation contract, a stock site's tyre tag over a ticker
round-up); 4 were explainers and document stores (a supporting-industry explainer with footnote markers twice, the
rubber association's 2008 bulletin with broken glyphs, a research page on local content in electronics); 21 were
Vietnamese news (an all-steel tyre plant's page tail with its park developer and initials byline, three times; a state
group member's truck-tyre opening with related posts, twice; a contractor's ritual at a passenger-tyre site, twice; a
radial groundbreaking in a northern province with its lines per day; a Chinese maker's planned plant in Cambodia; a
listed maker's expansion opened, in a finance daily and a construction site's repost with attendees; the same maker
speeding up a car- and truck-tyre project, with an agency credit; an advertorial timeline of the southern maker; the old
maker's land decision and the story of its plant relocation, joint venture and bank credit; a northern province's
electronics supply chain; an interview with Q&A labels; a Korean tyre plant opened; a Japanese group setting up a
company, with page chrome; tyre exports to the US with a weather widget, byline and caption; the association's
certification mark); 3 were foreign-language copies (a Chinese tyre maker's Russian page on a Bình Phước licence, its
German page on two filings, a German trade weekly on a Korean plant's expansion), rendered here in Vietnamese; 18 were
English (a state chemicals group's English page on a 2011 truck-tyre groundbreaking with glued commas, a chamber site's
interview with the southern maker's director, a rubber journal on a Japanese maker's licence top-up, a provincial paper's
English round-up with related links glued in, an investment weekly's round-up, a tyre trade site's round-up, four gasket
product and "about" pages with no Vietnamese content, a finance site on tariffs and Chinese-owned plants in Tây Ninh, a
search snippet, a tag on a trade-remedy ruling, a tyre trade site on off-shoring, a logistics firm's news listing, an
army daily on a carmaker's parts arm, a chamber's 2008 item on a technical rubber maker, an export portal's overview).
About 29 of the 80 slots told a deal or an event with a named party (openings 7, groundbreakings and recalled site starts
5, licences and top-ups 4, announced plants and expansions 7, joint ventures, cooperation contracts and a credit
agreement 4, a land decision, an off-shore filing); no supply contract for seals, gaskets or technical rubber parts came
up in any first four (S2, S5, S10, S13, S14, S16 and S18 gave spam, tags, product pages, an explainer and a research
page), so the batch has none.

Rows: 160 (hand-49201 to hand-49360); 33 carry a deal or an event (20.6%): 20 events (9 investment announcements, 4
inaugurations, 3 investment licences, 2 groundbreakings, 1 cooperation, 1 joint venture) and 34 `deals` entries (26
investment, 4 groundbreaking, 4 cooperation); 13 rows hold only deals (49250 a park developer line, 49255 a recalled
site start, 49276 and 49288 recalled joint ventures, 49277 and 49290 recalled cooperation contracts, 49289 a recalled
credit agreement, 49330 a recalled opening, 49331, 49335 and 49340 recalled spends, 49338 a recalled opening, 49343 a
recalled acquisition and joint venture), 1 an event without a deal (49265, an opening without capital) and 19 both. 127
rows are negatives and other fields. By page kind: 11 rows of spam (49201-49211; 0 with a deal or event), 16 of one-line
tags and titles (49212-49227; 1), 8 of tag pages with a lead (49228-49235; 1), 11 of explainers, a bulletin and a
research page (49236-49246; 0), 66 of Vietnamese news (49247-49312; 16), 6 renderings of the Russian and German copies
(49313-49318; 2) and 42 of English copy (49319-49360; 13); 42 rows are English (`english_copy`, 26%, the sample's 18
English slots plus two English pages from Vietnamese searches). 10 rows are stored in NFD (hand-49245, 49248, 49252,
49258, 49266, 49273, 49285, 49292, 49299, 49310); 6 use old tone placement (49230 "lưu hoá", 49244 "nội địa hoá", 49247
"Hoà Khánh", 49267 "Hoá chất", 49278 "cổ phần hoá", 49289 "thoả thuận"); 31 hold several lines (headlines and leads,
tag lines, timestamps and bylines, page chrome, a weather widget, captions repeated, related posts, a timeline's header,
a bulletin header, Q&A labels, a numbered list, glued related links).

Own wording: every row was drafted in its own order (amount-first, capacity-first, site-first, object-first, passive,
quote-first with the speaker last, label lines), with changed figures, names, dates and places; on review against the
notes taken from the sampled pages (and against batches 100 and 111), about 85 drafts that still kept a page's run of
facts, its order, a quote's wording or a headline's words, or read as a translation of a foreign copy, were rewritten
from scratch (nearly every row of the groundbreaking and its lines, jobs and province hopes; the Cambodia plan's
ownership and statistics; the expansion opening's bridge points and quote; the speeded-up project's cost, profit and
outlook; the timeline's last year; the land decision's follow-up, the relocation history, joint venture, loan, contract
and shares; the supply-chain feature's three rows; the interview answer; the Korean opening's workforce, quote, raw
material plan and parent; the Japanese group's lead and plant figures; the export feature's lead, press conference,
record, half-year figures and certification mark; the explainer's imports, GDP shares and conclusion; the bulletin's
export and grade lines; the research page's three rows; the fair tag's headline, the trade-magazine tag's lead and
market line, the tyre tag's lead; the image title; all six Russian and German renderings; and nearly every English row:
the groundbreaking's cost and jobs, the interview's intro and answer, the licence top-up and its exports, the licence
round-up's first plant, linked opening and spend, the weekly's announcement, building, quote, spend and joint venture,
the tariff piece's headline, spend, survey and ownership, the snippet, the ruling tag, the off-shoring lines, the four
gasket pages, the listing, the parts arm, the technical rubber maker's three rows and the portal's cost line). Two more
drafts were dropped as too close (a dealer-network line of the Korean opening, S12 r1, and a "first overseas base" line
of the weekly, S17 r3) and two replaced (the southern maker's plant-goal line, S4 r2, by a sourcing line; a
local-purchase line of the supply-chain feature, S10 r3, by a seals line). No row was drafted from results ranked 5 or
lower, and nothing was used from them, among them: the Bình Phước tyre plant's opening and its VNS copy and the
licence's Vietnamese and just-auto copies (S6 r7, S11 r6-r7, S17 r7, S17 r8 = S20 r6), the Thanh Hóa opening (S4 r8 =
S11 r8), the Yokohama plant (S4 r5), the 2022 expansion groundbreaking in English (S7 r6), Casumina's Đồng Nai radial,
Patagonia line and 2014 opening (S8 r5-r8), Sao Vàng's cafef item (S9 r8), the province's electronics page and the
FDI feature (S10 r5-r6), the Bridgestone licence and Kumho's 2008 opening with its phase-2 memorandum (S12 r5-r8), the
Guizhou Tyre plan (S6 r6), the Cooper-Sailun opening (S17 r6), the US tyre market page (S15 r5), and the CGTN, tire
trade and tariff pieces (S19 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital
the event only; a held groundbreaking is a groundbreaking deal and event "started", dated only with a day; a named
firm's plan, a plant it is building, a planned groundbreaking date, a project it speeds up and a top-up are announced
investments (batches 100, 109, 111); a licence naming its investor is an investment deal and an `investment_licence`
event "licensed", the granting committee a government party as written, the firm alone when no body is the actor; a
licence top-up is about the increase; a firm-firm cooperation contract with its value is a cooperation deal and a signed
cooperation event (batch 10); a bank's credit agreement with a firm is a cooperation deal (batch 126); a joint venture
or joint plant of two firms is ONE investment deal of both and an announced `joint_venture` event (batches 73, 111,
113, 145; batch 100 read one as a cooperation deal); recalled plants, site starts, spends, joint ventures, contracts,
credit agreements and acquisitions, and park-developer investor lines, are deals without events (an acquisition's deal
is the buyer's); land-use decisions, approvals that name no investor, charter capital, shareholdings, customer and
supplier chains without a contract word, forecasts, wishes, statistics, trade remedies, trademarks and plans of an
unnamed "hãng" give no deal; attendees are no parties; vague amounts are none; "khoảng", "chừng", "gần", "hơn", "trên",
"ước", "about", "some", "roughly", "more than", "over", "45-plus" are approximate; bracketed conversions are both money,
the deal taking the one written first; money per year and per ton keep their unit, "đô la"/"đô la Mỹ" is USD;
capacities, outputs, tonnages, durations, ordinals, quarters, multipliers, fractions and counts in words, phone numbers,
addresses, issue numbers, grade numbers and comment counters are no counts or percentages, English counts keep their
English noun; m2 and ha are areas in ha; percentage ranges give both ends; Vietnamese legal forms are normalised ("CTCP
Tập đoàn X" is "Công ty CP" X), foreign ones kept as written ("Co.", "Co., Ltd.", "Inc.", "JSC"), "Corp",
"Corporation", "Group" and "Company" stay in an English name, "Việt Nam"/"Vietnam" and "Vina" are dropped from a foreign
subsidiary's name; a bracketed or dashed acronym or ticker after a name is no second entry; a bare headline name and the
lead's full name with the same canonical name are one entry, with different names two; Vietnamese country words and
English country nouns are countries, English adjectives ("JAPANESE", "Korean", "Chinese", "American", "Taiwanese") and
regions nothing, "Taiwan (China)" both, Việt Nam none; parks written in Vietnamese are locations (KCN expanded), English
parks none; districts keep their unit word as batches 138-145 write them ("huyện Bàu Bàng", "thị xã Duy Tiên"), wards
nothing; a province inside an organisation's name or a role is a mention, inside a firm's name none; organisations as
written with UBND expanded, bare units none; lower-case and unaccented places in spam and slugs nothing; bylines, Q&A
labels and photo credits are persons without role, initials ("P.Q.Huy", "N.H"), outlet, agency and archive credits
("(TBTCO)", "(KTSG Online)", "TTXVN", "TL", "TT") nothing, "PGS.TS" no role; old tone placement is normalised in the
gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- The old Hà Nội maker's land: "Hơn 54.200 m2 đất tại số 74 Trường Chinh ... sẽ được Công ty CP Cao su Hồng Hà chuyển
  mục đích sử dụng ..., theo Quyết định số 118/QĐ-UBND của UBND TP. Hà Nội" (49283) is a land-use change, no deal and no
  event (no investment is licensed by it), the area approximate, the decision without date; the approval "chấp thuận chủ
  trương đầu tư đồng thời chấp thuận nhà đầu tư cho dự án" that names no investor (49284) gives the dated decision only;
  the registry follow-up (49286) an organisation mention.
- Its partners: the tag lead "Một hợp đồng hợp tác 450 tỷ đồng với CTCP Tập đoàn Thiên Ân là lối ra Cao su Hồng Hà
  chọn ..." (49233) is a cooperation deal and a signed cooperation event with the amount, undated and unsited, "đại gia
  Nghệ An" a province mention; the site-first joint venture "KCN Đồng Văn II ở thị xã Duy Tiên (Hà Nam) là nơi dây
  chuyền ... sẽ chuyển tới, với sự giúp sức của Công ty TNHH Hồng Hà - Thiên Ân – liên doanh Cao su Hồng Hà lập năm 2016
  cùng CTCP Tập đoàn Thiên Ân, vốn điều lệ dự kiến 1.520 tỷ đồng" (49288) is a recalled joint venture, one investment
  deal of both without amount (the charter capital is money only) or site (the venture serves a Hà Nội project and a
  move to Hà Nam), the venture a firm mention; "2.900 tỷ đồng ... là khoản vay Cao su Hồng Hà thu xếp được từ Ngân hàng
  TMCP Đông Đô qua một thoả thuận tín dụng ký trước đó" (49289) a recalled cooperation deal with the amount; "hợp đồng
  hợp tác số 09/2016/HĐHT-HH mà Cao su Hồng Hà và Thiên Ân ký cùng năm" (49290) a recalled cooperation deal, the number a
  document number (batch 111); the 26% share and the charter capital "từ 120 tỷ lên 450 tỷ đồng" (49291) money and a
  percentage only, the bare "120 tỷ" read in VND.
- The southern maker's timeline: "1998 – Tadirub lập liên doanh với Kitagawa Rubber (Nhật Bản) ..." (49276) is a
  recalled joint venture (investment deal of both, no event), "2006 – Tadirub và Tập đoàn Reinhardt (Đức) ký hợp đồng
  hợp tác ..." (49277) a recalled cooperation deal; lines without a subject ("2014 – khánh thành nhà máy ...", "2017-2018
  – ... gia công lốp PCR cho Nordway Tire Inc. (Mỹ)", 49279, 49281) give no deal, the outsourcing also lacking a
  contract word; "2007 – cổ phần hoá, vốn điều lệ ban đầu 110 tỷ đồng" (49278) money only.
- Openings and their pages: the headline "Nhà máy lốp toàn thép 2.750 tỉ đồng cắt băng ở Đà Nẵng" over a passive lead
  naming the firm and the day (49247) is an inauguration with the headline's capital, dated and sited by the headline's
  city; "Chủ đầu tư hạ tầng của khu công nghiệp 160 ha này là Công ty CP ..." (49250) an investor line without park
  name, a deal without event or site; the finance daily's "Nâng công suất ... lên 1,2 triệu chiếc mỗi năm, dự án mở rộng
  của Công ty CP Cao su Hải Vân (HVR) đã về đích với lễ khánh thành chiều 26/12/2025" (49265) the inauguration without
  capital, unsited; "Vốn 185 triệu USD, rộng 29 ha, mỗi năm ra 2,9 triệu lốp: nhà máy của Yeonsu Tire tại KCN Tân Đức
  (Long An) vừa được khánh thành" (49298) an inauguration with capital, undated, sited in Long An's current unit.
- Site starts: the contractor's "... vừa làm lễ tạ đất (14/05/2021) ở công trường ... tại huyện Bàu Bàng, Bình Dương,
  thi công từ năm 2019" (49255) is the investor's recalled groundbreaking without event or date (batch 111), the
  contractor a firm mention; the English "Construction of a ... plant was started by Hai Van Rubber Joint Stock Company
  on April 19,2012 at Hoa Khanh Industrial Zone,Da Nang city" (49319) a held groundbreaking, dated and sited, without
  amount (the cost is in the next row, which names no firm).
- Plans: "Xưởng 120.000 xe/năm ở Mỹ: VinFast định ngày động thổ, vốn 3,2 tỷ USD" (49218) is an announced investment
  abroad, unsited; "Lốp PCR, TBR: Cao su Hải Vân muốn về đích sớm ... dự định rút ngắn thời gian làm nhà máy ..."
  (49270) an announced investment without amount (batch 100); "Nhà máy lốp đang xây ở Hải Phòng sẽ do một công ty TNHH
  100% vốn của Tập đoàn Shiranami Tire (Nhật Bản) điều hành từ tháng 3/2013" (49303) the group's announced investment
  sited in Hải Phòng, the bare headline "Shiranami" a second entry; "Để khỏi phụ thuộc người bán mủ, Yeonsu tính dựng
  thêm một xưởng sơ chế cao su ở Việt Nam" (49301) an announced investment without amount or site; "Hãng tính nâng ..."
  (49299) names no firm; the Cambodia plan told capacity-first (49262) an announced investment without site.
- Licences: the rendered Russian lead "Giấy chứng nhận đăng ký đầu tư cho dự án lốp 3,4 tỷ nhân dân tệ của Shandong
  Jinhe Tyre Co., Ltd. đã được UBND tỉnh Bình Phước trao hôm 16/10" (49313) is a licence of the committee (as written)
  and the firm in CNY, dated and sited in Bình Phước's current unit; "A licence now lets JAPANESE tyre giant Shiranami
  Tire Corp put more than US$960 million, up from US$410 million, into the Hai Phong plant it broke ground for last
  year" (49325) a licence without grantor for the 550 million increase and a recalled groundbreaking deal without event
  or date; "A second Vietnamese plant for Kaiyuan Rubber ... got its investment licence in mid-October: US$175 million at
  Long Duc Industrial Zone in Dong Nai province" (49327) a licence without grantor or date; "Kaiyuan's October licence
  has drawn fresh attention ...; the Taiwanese firm is set to put between US$175 million and US$210 million into the new
  plant" (49337) one announced investment with the low end, the recalled licence no second deal.
- Spends, joint ventures and owners in English: "Output at Yeonsu Tire's Long An factory is rising ..., paid for with
  another US$90 million the Korean firm has already put in" (49331), "First truck and bus radials are now coming off the
  line in Tay Ninh at Jiahe Tire, which has added $296 million to the facility" (49335) and "About US$1.3 billion has gone
  into southern Vietnam from Huachen Group ..." (49340, two provinces, unsited) are recalled spends, deals without events
  (batch 145); "A joint venture agreed between Ohio-based Brayfield Tire & Rubber Co. and Huachen Vietnam Co., Ltd. will
  build a plant near Ho Chi Minh City ..." (49336) one investment deal of both and an announced joint_venture, "near Ho
  Chi Minh City" a mention, not the site, "Ohio-based" nothing; "Halvorsen Tire has owned Brayfield since mid-2021, two
  years after the American firm and Huachen formed the venture" (49343) two deals without events (the buyer's recalled
  acquisition, the recalled joint venture of both); the related links glued before "Hai Phong City has had a US$455
  million radial tyre plant of Shiranami Vietnam ... since late 2014" (49330) give their money and organisation, the plant
  a recalled deal without event; "Tadirub opened a US$150 million radial plant ... in late 2014" (49338) the same.
- Renderings of foreign copies: the three foreign pages are rendered in Vietnamese with fresh wording; "vốn quy ra đô la
  là 470 triệu USD" (49314) money only; "Một dự án ở Nội Mông, một ở Bắc Phi" (49317) no places and no firm; the German
  weekly's expansion told through "Báo chí Việt Nam đưa tin ... nhờ khoản mở rộng 90 triệu USD" (49318) an announced
  investment of the short name, unsited.
- Persons: "theo Phó Chủ tịch hội Lâm Quốc Bảo" keeps "Phó Chủ tịch hội"; "giám đốc nhà máy Kim Dong-soo", "Kaiyuan
  chairman Lin Chao-wei", "managing director Tran Van Loc" and "General Director Pham Quang Vu" keep their wording; the
  attendee list's "Bí thư Đảng ủy, Tổng Giám đốc Công ty CP Cao su Hải Vân" is one role; the Q&A labels "PGS.TS Lê Văn
  Khiêm:" and "Pham Quang Vu:" are persons without role, "PV:" and "Q:" nothing; "Le Minh Khoa   24 Apr 2025" and "Hà
  Linh" bylines, "Ảnh: Lê Minh Tuấn - TTXVN" a credit person.
- Organisations and places: "USITC" alone and "US International Trade Commission" are two entries, the country inside
  the name none; "Int'l Rubber Consortium" in a glued link an organisation; the weather widget's "Ho Chi Minh City" a
  province mention, "31 C" nothing; "xưởng Long An" a province mention; "tỉnh Kampot", "Busan", "Nội Mông", "Bắc Phi",
  "Đông Nam Á", "miền Đông Nam Bộ", "Trung Đông", "Nam Á", "Bắc Mỹ", "châu Âu", "EU", "New York" and "Washington"
  nothing; the stock round-up's names (49235) and the related posts' "Cao su Lộc Hưng" and "Tổng công ty Cao su Đồng
  Nai" (49254) are firm mentions, the province inside the last none.
- Numbers: "Cứ mười chiếc lốp xuất khẩu thì gần sáu chiếc sang Mỹ", "Nine-tenths or more", "gần một nửa", "about a
  third" no percentage; "Chín nhà máy", "Bốn triển lãm", "seven plants" no counts; "hàng chục doanh nghiệp" nothing;
  "45-plus countries" an approximate count; the bulletin's broken "khong 658.000 tn" a tonnage (nothing) beside money
  read as meant ("2.470 USD/tấn" per ton); "Số 34" an issue number; "(2)", "(3)" footnote markers; "Đại hội XIV",
  "giai đoạn 3", "Quý IV/2025", "I. Overview" nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_153(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    DN = cur("Đà Nẵng")
    HCM = cur("Hồ Chí Minh")
    HY = cur("Thái Bình")
    TNi = cur("Tây Ninh")
    DNai = cur("Đồng Nai")
    HP = cur("Hải Phòng")

    ids = iter(range(49201, 49201 + 399))

    rows: list[dict] = []

    def r(text: str, published: str, style: str, phenomena: list[str], **gold: Any) -> None:
        """One row; a row given no `events` is annotated as having none."""
        gold.setdefault("events", [])
        if not gold["events"] and "no_event" not in phenomena:
            phenomena = [*phenomena, "no_event"]
        rows.append(h(next(ids), text, published, style, phenomena, **gold))

    # --- Betting salads and spam-domain keyword titles (S3 r1-r4, S2 r2, S5 r3, S5 r4, S13 r1-r4) ---
    spam = [
        ("kuwin kqxs miền bắc hôm qua thống kê lô gan lâu chưa về", "2024-05-11", ["betting_domain"]),
        (
            "kuwin soi cầu xsmn bảng tần suất loto 30 ngày gần nhất",
            "2024-05-11",
            ["betting_domain", "duration_no_count"],
        ),
        (
            "kuwin tin chuyển nhượng công thức tính chu vi hình thang tỉ số u23 xe cub 82",
            "2024-06-02",
            ["betting_domain", "model_number_no_count"],
        ),
        ("kuwin xsmb tổng hợp thứ bảy tần suất cặp lô miền bắc", "2024-06-02", ["betting_domain"]),
        (
            "kuwin phụ tùng xe ga cũ công thức tính khối lượng riêng thời tiết đà lạt cuối tuần",
            "2024-07-19",
            ["betting_domain", "lowercase_city_nothing"],
        ),
        ("Hệ số ma sát thấp cao su nitrile ferro mangan Bảng giá", "2023-10-03", ["foreign_domain"]),
        ("tinh chế bột talc siêu mịn phía bắc ferro crom pvt báo giá", "2019-03-24", ["foreign_domain"]),
        (
            "sổ tay kỹ thuật của hiệp hội nhà sản xuất máy nghiền côn",
            "2021-06-24",
            ["foreign_domain", "lowercase_association_nothing"],
        ),
        ("băng tải ống ước tính chi phí lắp đặt băng tải đá vôi saimh", "2021-04-30", ["foreign_domain"]),
        ("nghiền vật liệu dạng hạt cho đường băng cát sỏi đá mi", "2021-06-24", ["foreign_domain"]),
        (
            "dây chuyền sản xuất cát nhân tạo đạt chứng nhận ce công suất lớn dòng vsi7x",
            "2022-02-11",
            ["foreign_domain", "model_number_no_count"],
        ),
    ]
    for text, date, extra in spam:
        r(text, date, "ministry", ["spam_title", *extra, "no_fields"])

    # --- One-line tags, product titles, an image slug and video titles (S1 r2, S2 r1, S2 r4 = S5 r1, S5 r2, S9 r1,
    # S11 r2, S12 r3 = S15 r1, S14 r1-r4, S16 r1-r4) ---
    r("giải pháp tháo gỡ khó khăn cho doanh nghiệp", "2023-02-14", "ministry", ["tag_title", "no_fields"])
    r("vật tư đầu vào ngành cao su", "2022-09-06", "ministry", ["tag_title", "no_fields"])
    r(
        "Cách phân biệt gioăng cao su NBR, EPDM và silicone0938157420",
        "2021-11-15",
        "ministry",
        ["product_title", "phone_glued_no_count", "no_fields"],
    )
    r(
        "Bảng tra kích thước phớt chắn dầu TC, TB, SC0938157420",
        "2021-11-15",
        "ministry",
        ["product_title", "phone_glued_no_count", "no_fields"],
    )
    r("ăn bớt cốt thép móng nhà xưởng", "2022-08-30", "ministry", ["tag_title", "no_fields"])
    r(
        "tp hcm dong y giao du an duong vanh dai 3 cho tinh long an thi cong/dji_0078-jpg-3/",
        "2020-10-08",
        "provincial",
        ["image_slug", "unaccented_lowercase_province_nothing", "no_fields"],
    )
    r(
        "Xưởng 120.000 xe/năm ở Mỹ: VinFast định ngày động thổ, vốn 3,2 tỷ USD",
        "2023-07-12",
        "ministry",
        [
            "image_title",
            "planned_groundbreaking_announced",
            "plant_abroad_no_province",
            "capacity_no_count",
            "amount_last",
        ],
        firms=[f("VinFast")],
        money=[m(3.2 * B, "USD")],
        locations=[country("Mỹ")],
        deals=[deal("investment", ["VinFast"], 3.2 * B)],
        events=[ev("investment_announcement", [F("VinFast")], 3.2 * B, "USD", None, "announced")],
    )
    r(
        "Bloomberg: hãng xe điện Việt Nam tính mở xưởng lắp ráp ở Indonesia",
        "2023-03-28",
        "ministry",
        ["video_title", "outlet_prefix_nothing", "no_named_firm", "country"],
        locations=[country("Indonesia")],
    )
    r("doanh nghiệp nhỏ và vừa ngành cơ khí", "2022-05-17", "ministry", ["hashtag_title", "no_fields"])
    r(
        "Ho tro lai suat cho doanh nghiep nho va vua",
        "2022-05-17",
        "ministry",
        ["tag_title", "unaccented", "no_fields"],
    )
    r(
        "sách trắng công nghiệp hỗ trợ việt nam 2023 ebook pdf",
        "2023-12-01",
        "ministry",
        ["ebook_tag", "year_no_count", "no_fields"],
    )
    r("doanh nghiệp nho v vừa", "2023-04-09", "ministry", ["tag_title", "typo", "no_fields"])
    r("giấy chứng nhận hợp quy sản phẩm săm lốp xe máy", "2022-03-21", "legal", ["legal_tag", "no_fields"])
    r(
        "Quyết định 1587/QĐ-BCT 2021 công bố thủ tục hành chính lĩnh vực hóa chất",
        "2021-07-02",
        "legal",
        ["legal_title", "decision_year_only", "ministry_code_no_org"],
        decisions=[d("1587/QĐ-BCT")],
    )
    r(
        "Trình tự cấp lại giấy phép sản xuất hóa chất công nghiệp",
        "2022-03-21",
        "legal",
        ["legal_tag", "no_fields"],
    )
    r(
        "quy tắc cộng gộp xuất xứ trong hiệp định cptpp ebook pdf",
        "2023-12-01",
        "ministry",
        ["ebook_tag", "lowercase_acronym_nothing", "no_fields"],
    )

    # --- Tag pages with a headline or lead: the plastics-and-rubber fair tag three times, a trade magazine's tag on a
    # tyre maker's radial line, a "bắt tay" tag and a stock site's tyre tag (S2 r3 = S11 r3 = S15 r2, S8 r4, S9 r2,
    # S15 r4) ---
    r(
        "Triển lãm VietnamPlas 2024\n\nKhoảng 4,3 tỉ USD là con số xuất khẩu sản phẩm cao su kỹ thuật mà Hội Cao su Nhựa TP.HCM kỳ vọng cho năm 2024, theo Phó Chủ tịch hội Lâm Quốc Bảo, phát biểu chiều 17/10 bên lề triển lãm.",
        "2024-10-18",
        "ministry",
        [
            "tag_page",
            "amount_first",
            "approx",
            "role_before_name",
            "province_in_org_name",
            "fair_name_nothing",
            "multiline",
        ],
        money=[m(4.3 * B, "USD", approx=True)],
        organizations=["Hội Cao su Nhựa TP.HCM"],
        persons=[per("Lâm Quốc Bảo", "Phó Chủ tịch hội")],
        provinces=[pv("Hồ Chí Minh")],
    )
    r(
        "VietnamPlas 2024\n\nVì sao các hãng lốp lớn đổ về Việt Nam?\n\n18/10/2024 | 08:05",
        "2024-10-18",
        "ministry",
        ["tag_page", "headline_only", "timestamp_line", "multiline", "no_fields"],
    )
    r(
        "Hơn 500 gian hàng của doanh nghiệp từ 20 quốc gia và vùng lãnh thổ có mặt ở VietnamPlas năm nay, trong đó máy cán luyện, máy ép lưu hoá có khu trưng bày riêng.",
        "2024-10-18",
        "ministry",
        ["tag_page", "old_tone", "count", "approx"],
        quantities=[c(500, "gian hàng", True), c(20, "quốc gia và vùng lãnh thổ")],
    )
    r(
        "Lốp Ôtô Radial\n\nSăm lốp xe đạp, xe máy rồi băng tải, ống cao su: danh mục của Công ty Công nghiệp Cao su Tân Định – TADIRUB – dài dần sau hơn 25 năm, và lốp",
        "2004-05-10",
        "ministry",
        ["tag_page", "dashed_acronym_one_entry", "duration_no_count", "truncated_lead", "multiline"],
        firms=[f("Công nghiệp Cao su Tân Định", "Công ty")],
    )
    r(
        "Hàng Tadirub đã sang 19 nước, nhưng trên sân nhà, lốp xe du lịch – loại có nhu cầu tăng trên 25% mỗi năm – vẫn gần như thuộc về hàng ngoại.",
        "2004-05-10",
        "ministry",
        ["tag_page", "percentage", "count", "bare_short_name"],
        percentages=[25],
        quantities=[c(19, "nước")],
        firms=[f("Tadirub")],
    )
    r(
        "bắt tay\n\nCao su Hồng Hà bắt tay đại gia Nghệ An\n\nMột hợp đồng hợp tác 450 tỷ đồng với CTCP Tập đoàn Thiên Ân là lối ra Cao su Hồng Hà chọn khi thiếu vốn để dời nhà máy và làm dự án mới.",
        "2016-05-23",
        "ministry",
        [
            "tag_page",
            "headline_lead",
            "cooperation_contract",
            "amount_first",
            "province_as_origin_mention",
            "multiline",
        ],
        firms=[f("Cao su Hồng Hà"), f("Thiên Ân", "Công ty CP")],
        provinces=[pv("Nghệ An")],
        money=[m(450 * B, "VND")],
        deals=[deal("cooperation", ["Cao su Hồng Hà", "Thiên Ân"], 450 * B)],
        events=[ev("cooperation", [F("Cao su Hồng Hà"), F("Thiên Ân")], 450 * B, "VND", None, "signed")],
    )
    r(
        "săm lốp\n\nDoanh số quý IV của nhiều hãng săm lốp nội đi ngang; bán sang Mỹ là cửa còn rộng khi lốp TBS nhập từ Trung Quốc chào giá quá thấp.",
        "2019-02-01",
        "ministry",
        ["tag_page", "country", "no_named_firm", "multiline"],
        locations=[country("Mỹ"), country("Trung Quốc")],
    )
    r(
        "Cập nhật ngày 3/2: tăng mạnh có Nhựa Bến Lức, Cấp nước Phú Hòa, Thủy sản Năm Căn; giảm sâu có Cao su Đồng Phú Xanh, Taxi Sông Hàn; báo lỗ có Thép Vạn Lợi và Xây lắp Sông Đà 27.",
        "2019-02-03",
        "ministry",
        ["tag_page", "stock_roundup", "firm_list", "number_in_firm_name"],
        firms=[
            f("Nhựa Bến Lức"),
            f("Cấp nước Phú Hòa"),
            f("Thủy sản Năm Căn"),
            f("Cao su Đồng Phú Xanh"),
            f("Taxi Sông Hàn"),
            f("Thép Vạn Lợi"),
            f("Xây lắp Sông Đà 27"),
        ],
    )

    # --- Explainer on supporting industry with footnote markers, a rubber association bulletin on a document store
    # with broken glyphs, a research page on local content in electronics (S1 r1 = S10 r1, S1 r4, S10 r2) ---
    r(
        "Phát triển công nghiệp hỗ trợ: cần một cách tiếp cận khác\nThực trạng công nghiệp hỗ trợ Việt Nam những năm qua",
        "2021-04-12",
        "ministry",
        ["explainer", "headline_subheading", "multiline", "no_fields"],
    )
    r(
        "Năm nào cũng vậy, phần lớn kim ngạch nhập khẩu rơi vào linh kiện, phụ tùng và vật liệu đầu vào cho sản xuất.",
        "2021-04-12",
        "ministry",
        ["explainer", "no_fields"],
    )
    r(
        "Ở Hàn Quốc, chế biến, chế tạo chiếm tới 27% GDP, ở Malaysia 23%, còn ở ta chừng 17%(2).",
        "2021-04-12",
        "ministry",
        ["explainer", "footnote_marker_no_count", "percentage", "country"],
        percentages=[27, 23, 17],
        locations=[country("Hàn Quốc"), country("Malaysia")],
    )
    r(
        "Nhật Bản và vài nước chỉ coi linh kiện, phụ tùng cho ô tô, xe máy, điện tử là công nghiệp hỗ trợ(3); văn bản đầu tiên của Việt Nam gọi tên khái niệm này là Nghị định 111/2015/NĐ-CP.",
        "2021-04-12",
        "ministry",
        ["explainer", "footnote_marker_no_count", "decree_number", "country"],
        locations=[country("Nhật Bản")],
        decisions=[d("111/2015/NĐ-CP")],
    )
    r(
        "Không có nhà cung cấp trong nước đủ mạnh, phần giá trị giữ lại sau mỗi sản phẩm xuất khẩu sẽ còn mỏng.",
        "2021-04-12",
        "ministry",
        ["explainer", "no_fields"],
    )
    r(
        "BẢN TIN CAO SU VIỆT NAM\nHIỆP HỘI CAO SU VIỆT NAM\nSố 34 Ngày 16 tháng 03 năm 2009\nTIN TRONG NƯỚC",
        "2009-03-16",
        "ministry",
        ["document_store", "caps_header", "issue_number_no_count", "multiline"],
        organizations=["Hiệp hội Cao su Việt Nam"],
    )
    r(
        "Đơn giá bình quân 2.470 USD/tấn giúp kim ngạch cao su năm 2008 vượt 1,6 tỷ USD, dù lượng xut khu ch tăng 2,7%, lên khong 658.000 tn.",
        "2009-03-16",
        "ministry",
        ["document_store", "broken_glyphs", "tonnage_no_count", "money_per_unit", "approx"],
        money=[m(2470, "USD", "tấn"), m(1.6 * B, "USD", approx=True)],
        percentages=[2.7],
    )
    r(
        "Latex chiếm 11,9% lượng xuất, SVR 10 được 20,4%, phần lớn nhất vẫn thuộc SVR 3L với 43,8%.",
        "2009-03-16",
        "ministry",
        ["document_store", "grade_number_no_count", "percentage"],
        percentages=[11.9, 20.4, 43.8],
    )
    r(
        "Linh kiện cung ứng nội địa cho điện tử gia dụng\n86% nguyên vật liệu cho các hãng lắp ráp điện tử gia dụng vẫn phải mua từ nước ngoài, trong khi với bao bì, khâu được nội địa hoá nhiều nhất, con số này chỉ chừng 28%.",
        "2018-09-27",
        "ministry",
        ["research_page", "headline_lead", "old_tone", "percentage", "multiline"],
        percentages=[86, 28],
    )
    r(
        "Doanh nghiệp trong nước góp 4% ở nhóm linh kiện kim loại, 2% ở nhựa - cao su và 1% ở điện - điện tử; khối FDI thì nặng nhất ở nhựa - cao su (43%), sau đó là kim loại (34%) và điện - điện tử (21%).",
        "2018-09-27",
        "ministry",
        ["research_page", "nfd", "percentage"],
        percentages=[4, 2, 1, 43, 34, 21],
    )
    r(
        "Một nhà cung cấp FDI ở Bắc Ninh mà tác giả phỏng vấn cho biết gần như toàn bộ linh kiện của họ đi thẳng ra cảng Hải Phòng.",
        "2018-09-27",
        "ministry",
        ["research_page", "province_list"],
        provinces=[pv("Bắc Ninh"), pv("Hải Phòng")],
    )

    # --- Vietnamese news: an all-steel tyre plant opened, the tail of the page with its park developer and initials
    # byline (S4 r1 = S6 r1 = S11 r1) ---
    r(
        "Nhà máy lốp toàn thép 2.750 tỉ đồng cắt băng ở Đà Nẵng\nNhà máy lốp ô tô radial toàn thép của Công ty CP Cao su Hải Vân tại KCN Hoà Khánh mở rộng được khánh thành sáng 11/10.",
        "2013-10-11",
        "provincial",
        [
            "headline_lead",
            "headline_amount",
            "province_from_headline",
            "inauguration_with_capital",
            "object_first_passive",
            "old_tone",
            "deal_date",
            "multiline",
        ],
        firms=[f("Cao su Hải Vân", "Công ty CP")],
        provinces=[pv("Đà Nẵng")],
        money=[m(2750 * B, "VND")],
        locations=[park("Khu công nghiệp Hòa Khánh mở rộng")],
        deals=[deal("investment", ["Cao su Hải Vân"], 2750 * B, DN, "2013-10-11")],
        events=[ev("inauguration", [F("Cao su Hải Vân")], 2750 * B, "VND", DN, "completed")],
    )
    r(
        "Công suất 320.000 lốp mỗi năm ở giai đoạn đầu sẽ được nhân đôi vào năm 2016, khi chủ đầu tư hoàn tất phần công nghệ còn lại.",
        "2013-10-11",
        "provincial",
        ["nfd", "capacity_no_count", "bare_investor_word"],
    )
    r(
        "Loại lốp này dành cho xe tải đường dài, xe khách và xe công trình chạy tải nặng.",
        "2013-10-11",
        "provincial",
        ["product_line", "no_fields"],
    )
    r(
        "Chủ đầu tư hạ tầng của khu công nghiệp 160 ha này là Công ty CP Đầu tư Phát triển Hạ tầng Miền Trung.\nP.Q.Huy\nBình luận (0)",
        "2013-10-11",
        "provincial",
        [
            "park_developer_line",
            "deal_no_event",
            "initials_byline_nothing",
            "comment_counter_no_count",
            "area",
            "multiline",
        ],
        firms=[f("Đầu tư Phát triển Hạ tầng Miền Trung", "Công ty CP")],
        areas=[ha(160)],
        deals=[deal("investment", ["Đầu tư Phát triển Hạ tầng Miền Trung"])],
    )

    # --- Vietnamese news: a state group member's truck-tyre plant opened, with related posts (S4 r2 = S8 r3) ---
    r(
        "Nhà máy lốp xe tải toàn thép lớn nhất của Tập đoàn Hóa chất Việt Nam, vốn 3.120 tỷ đồng, được thành viên Công ty CP Công nghiệp Cao su Tân Định cắt băng sáng 22/4 tại KCN Đất Cuốc, huyện Bắc Tân Uyên, Bình Dương.",
        "2015-04-23",
        "provincial",
        [
            "inauguration_with_capital",
            "object_first_passive",
            "parent_group_mention",
            "district",
            "deal_date",
        ],
        firms=[f("Hóa chất Việt Nam", "Tập đoàn"), f("Công nghiệp Cao su Tân Định", "Công ty CP")],
        provinces=[pv("Bình Dương")],
        money=[m(3120 * B, "VND")],
        locations=[park("Khu công nghiệp Đất Cuốc"), district("huyện Bắc Tân Uyên")],
        deals=[deal("investment", ["Công nghiệp Cao su Tân Định"], 3120 * B, HCM, "2015-04-22")],
        events=[ev("inauguration", [F("Công nghiệp Cao su Tân Định")], 3120 * B, "VND", HCM, "completed")],
    )
    r(
        "Trên 11,6 ha, xưởng chạy hết công suất sẽ làm ra 900.000 lốp mỗi năm, trước hết cho thị trường trong nước rồi Trung Đông, Nam Á và cả Bắc Mỹ, châu Âu.",
        "2015-04-23",
        "provincial",
        ["nfd", "area", "capacity_no_count", "region_nothing"],
        areas=[ha(11.6)],
    )
    r(
        "Xưởng dùng chủ yếu mủ khối của các công ty cao su miền Đông, theo đại diện doanh nghiệp.",
        "2015-04-23",
        "provincial",
        ["sourcing_no_deal", "region_nothing", "no_fields"],
    )
    r(
        "N.H\nBài viết liên quan:\nCao su Lộc Hưng vượt kế hoạch sản lượng mủ quý I\nThi tay nghề cạo mủ khối miền Đông Nam Bộ\nTổng công ty Cao su Đồng Nai khen thưởng 95 tập thể",
        "2015-04-23",
        "provincial",
        ["initials_byline_nothing", "related_posts", "province_in_firm_name", "count", "multiline"],
        firms=[f("Cao su Lộc Hưng"), f("Cao su Đồng Nai", "Tổng công ty")],
        quantities=[c(95, "tập thể")],
    )

    # --- Vietnamese news: a contractor's page on a ritual at a passenger-tyre site (S4 r3 = S11 r4) ---
    r(
        "Nhà thầu Công ty CP Xây dựng Hưng Phát An và chủ đầu tư Công ty CP Lốp Minh Quang vừa làm lễ tạ đất (14/05/2021) ở công trường nhà máy lốp xe du lịch tại huyện Bàu Bàng, Bình Dương, thi công từ năm 2019.",
        "2021-05-15",
        "provincial",
        [
            "contractor_page",
            "ritual_no_event",
            "recalled_groundbreaking",
            "deal_no_event",
            "contractor_no_contract",
            "district",
        ],
        firms=[f("Xây dựng Hưng Phát An", "Công ty CP"), f("Lốp Minh Quang", "Công ty CP")],
        provinces=[pv("Bình Dương")],
        locations=[district("huyện Bàu Bàng")],
        deals=[deal("groundbreaking", ["Lốp Minh Quang"], None, HCM)],
    )
    r(
        "Thiết bị cho dây chuyền 850.000 lốp/năm đang vào vị trí; chủ đầu tư muốn chạy thử trước cuối năm.",
        "2021-05-15",
        "provincial",
        ["contractor_page", "capacity_no_count", "bare_investor_word", "no_fields"],
    )

    # --- Vietnamese news: a radial-tyre groundbreaking in a northern province (S4 r4) ---
    r(
        "Thái Bình có thêm nhà máy lốp Radial 71,4 triệu USD\n\n10:15 | 09/09/2023\nLễ khởi công Nhà máy lốp ô tô Radial của Công ty TNHH Lốp Vương Đạt Việt Nam đã diễn ra sáng 8/9 tại KCN Liên Hà Thái, huyện Thái Thụy.",
        "2023-09-09",
        "provincial",
        [
            "headline_lead",
            "timestamp_line",
            "headline_amount",
            "groundbreaking",
            "foreign_subsidiary_viet_nam",
            "province_from_headline",
            "district",
            "deal_date",
            "multiline",
        ],
        firms=[f("Lốp Vương Đạt", "Công ty TNHH")],
        provinces=[pv("Thái Bình")],
        money=[m(71.4 * M, "USD")],
        locations=[park("Khu công nghiệp Liên Hà Thái"), district("huyện Thái Thụy")],
        deals=[deal("groundbreaking", ["Lốp Vương Đạt"], 71.4 * M, HY, "2023-09-08")],
        events=[ev("groundbreaking", [F("Lốp Vương Đạt")], 71.4 * M, "USD", HY, "started")],
    )
    r(
        "Khoảng 71,4 triệu USD sẽ được rót vào 26,5 ha đất ở giai đoạn đầu.",
        "2023-09-09",
        "provincial",
        ["nfd", "amount_first", "no_named_firm", "approx", "area"],
        money=[m(71.4 * M, "USD", approx=True)],
        areas=[ha(26.5)],
    )
    r(
        "Mỗi ngày xưởng TBR dự kiến ra chừng 600 lốp xe tải, xe khách; xưởng PCR gấp hơn bốn lần.",
        "2023-09-09",
        "provincial",
        ["capacity_no_count", "multiplier_no_count", "no_fields"],
    )
    r(
        "Hơn 25 nước là đích xuất khẩu dự kiến; trong nước, nhà máy cần chừng 1.100 lao động.",
        "2023-09-09",
        "provincial",
        ["count", "approx"],
        quantities=[c(25, "nước", True), c(1100, "lao động", True)],
    )
    r(
        "Thái Bình mong có thêm các xưởng phụ trợ ngành cao su quanh KCN Liên Hà Thái sau dự án này.",
        "2023-09-09",
        "provincial",
        ["wish_no_deal", "province_mention"],
        provinces=[pv("Thái Bình")],
        locations=[park("Khu công nghiệp Liên Hà Thái")],
    )

    # --- Vietnamese news: a Chinese tyre maker's planned plant in Cambodia (S6 r3) ---
    r(
        "6,5 triệu lốp radial mỗi năm từ tỉnh Kampot: đó là mục tiêu dự án 438 triệu USD mà Công ty TNHH Lốp Sanjiang (Trung Quốc) vừa công bố cho Campuchia.",
        "2026-01-23",
        "ministry",
        [
            "announced_investment",
            "capacity_first",
            "plant_abroad_no_province",
            "foreign_province_no_location",
        ],
        firms=[f("Lốp Sanjiang", "Công ty TNHH")],
        money=[m(438 * M, "USD")],
        locations=[country("Trung Quốc"), country("Campuchia")],
        deals=[deal("investment", ["Lốp Sanjiang"], 438 * M)],
        events=[ev("investment_announcement", [F("Lốp Sanjiang")], 438 * M, "USD", None, "announced")],
    )
    r(
        "Pháp nhân vận hành ở Campuchia sẽ thuộc sở hữu gián tiếp 100% của tập đoàn; động thổ dự kiến vào tháng 4.",
        "2026-01-23",
        "ministry",
        ["bare_group_word", "percentage", "country"],
        percentages=[100],
        locations=[country("Campuchia")],
    )
    r(
        "Chín nhà máy lốp đang chạy ở Campuchia; xuất khẩu lốp năm 2025 của nước này ước khoảng 1,5 tỷ USD.",
        "2026-01-23",
        "ministry",
        ["statistics", "count_in_words", "approx"],
        money=[m(1.5 * B, "USD", approx=True)],
        locations=[country("Campuchia")],
    )

    # --- Vietnamese news: a listed tyre maker's expansion opened, in a finance daily and a construction site's repost
    # with its attendees (S7 r1, S7 r2) ---
    r(
        "(TBTCO) - Nâng công suất nhà máy lốp xe tải Radial lên 1,2 triệu chiếc mỗi năm, dự án mở rộng của Công ty CP Cao su Hải Vân (HVR) đã về đích với lễ khánh thành chiều 26/12/2025.",
        "2025-12-27",
        "ministry",
        [
            "outlet_prefix_nothing",
            "inauguration_without_capital",
            "bracketed_ticker_one_entry",
            "no_site",
            "capacity_no_count",
        ],
        firms=[f("Cao su Hải Vân", "Công ty CP")],
        events=[ev("inauguration", [F("Cao su Hải Vân")], None, None, None, "completed")],
    )
    r(
        "81 điểm cầu trực tuyến nối các lễ khởi công, khánh thành trên cả nước hôm đó, hội trường Radial của công ty là một; tổng cộng 250 công trình được chọn chào mừng Đại hội XIV của Đảng.",
        "2025-12-27",
        "ministry",
        ["nfd", "count", "roman_ordinal_no_count"],
        quantities=[c(81, "điểm cầu"), c(250, "công trình")],
    )
    r(
        "Dự lễ có ông Hồ Quang Vinh, Phó Trưởng Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng; ông Trịnh Văn Lực, Tổng Giám đốc Tập đoàn Hoá chất Việt Nam; ông Lương Đức Hiếu, Bí thư Đảng ủy, Tổng Giám đốc Công ty CP Cao su Hải Vân.",
        "2025-12-28",
        "ministry",
        ["attendee_list", "role_after_name", "old_tone", "province_in_org_name", "attendees_no_party"],
        persons=[
            per("Hồ Quang Vinh", "Phó Trưởng Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"),
            per("Trịnh Văn Lực", "Tổng Giám đốc Tập đoàn Hóa chất Việt Nam"),
            per("Lương Đức Hiếu", "Bí thư Đảng ủy, Tổng Giám đốc Công ty CP Cao su Hải Vân"),
        ],
        organizations=["Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"],
        firms=[f("Hóa chất Việt Nam", "Tập đoàn"), f("Cao su Hải Vân", "Công ty CP")],
        provinces=[pv("Đà Nẵng")],
    )
    r(
        "“Nửa thế kỷ làm lốp, giờ chúng tôi mới có một dây chuyền radial đủ tầm xuất khẩu”, ông Lương Đức Hiếu, Tổng Giám đốc Cao su Hải Vân, nói.",
        "2025-12-28",
        "ministry",
        ["quote_first", "role_after_name", "duration_in_words"],
        persons=[per("Lương Đức Hiếu", "Tổng Giám đốc Cao su Hải Vân")],
        firms=[f("Cao su Hải Vân")],
    )
    r(
        "Các đại biểu bấm nút khánh thành\nCác đại biểu bấm nút khánh thành",
        "2025-12-28",
        "ministry",
        ["caption_repeated", "multiline", "no_fields"],
    )

    # --- Vietnamese news: the same maker speeding up a car- and truck-tyre project, with an agency photo credit
    # (S7 r4) ---
    r(
        "Lốp PCR, TBR: Cao su Hải Vân muốn về đích sớm\n\nSau khi rà soát lại tính khả thi, Công ty CP Cao su Hải Vân (HVR) dự định rút ngắn thời gian làm nhà máy lốp xe con và lốp tải đường dài.",
        "2025-05-06",
        "ministry",
        [
            "headline_lead",
            "announced_investment_no_amount",
            "project_sped_up",
            "bracketed_ticker_one_entry",
            "no_site",
            "multiline",
        ],
        firms=[f("Cao su Hải Vân", "Công ty CP")],
        deals=[deal("investment", ["Cao su Hải Vân"])],
        events=[ev("investment_announcement", [F("Cao su Hải Vân")], None, None, None, "announced")],
    )
    r(
        "Vì tận dụng được nhà xưởng sẵn có, chi phí thêm cho dự án được cho là nhỏ.",
        "2025-05-06",
        "ministry",
        ["vague_cost_no_money", "no_fields"],
    )
    r(
        "Kiểm tra lốp thành phẩm tại xưởng Radial của Cao su Hải Vân. Ảnh: Lê Minh Tuấn - TTXVN",
        "2025-05-06",
        "ministry",
        ["caption", "photo_credit_person", "agency_credit_nothing"],
        firms=[f("Cao su Hải Vân")],
        persons=[per("Lê Minh Tuấn", None)],
    )
    r(
        "Lốp radial hiện đem về khoảng 72% lợi nhuận gộp, phần lớn nhờ công suất tăng 60% sau khi giai đoạn 3 chạy năm 2024.",
        "2025-05-06",
        "ministry",
        ["nfd", "percentage", "ordinal_no_count"],
        percentages=[72, 60],
    )
    r(
        "Lốp nhập giá rẻ là mối lo lớn nhất mà ban lãnh đạo nêu cho năm 2025.",
        "2025-05-06",
        "ministry",
        ["forecast_no_deal", "no_fields"],
    )

    # --- Vietnamese news: an advertorial's timeline of a southern tube-and-tyre maker (S8 r1) ---
    r(
        "Tadirub: gần nửa thế kỷ lăn bánh\nNăm 1977 – Tadirub ra đời ở TP.HCM.",
        "2021-04-20",
        "ministry",
        ["advertorial", "timeline", "headline_lead", "year_no_count", "multiline"],
        firms=[f("Tadirub")],
        provinces=[pv("Hồ Chí Minh")],
    )
    r(
        "1998 – Tadirub lập liên doanh với Kitagawa Rubber (Nhật Bản) làm săm lốp xe máy.",
        "2021-04-20",
        "ministry",
        ["advertorial", "timeline", "recalled_joint_venture", "deal_no_event"],
        firms=[f("Tadirub"), f("Kitagawa Rubber")],
        locations=[country("Nhật Bản")],
        deals=[deal("investment", ["Tadirub", "Kitagawa Rubber"])],
    )
    r(
        "2006 – Tadirub và Tập đoàn Reinhardt (Đức) ký hợp đồng hợp tác sản xuất lốp xe tải nhẹ.",
        "2021-04-20",
        "ministry",
        ["advertorial", "timeline", "recalled_cooperation_contract", "deal_no_event"],
        firms=[f("Tadirub"), f("Reinhardt", "Tập đoàn")],
        locations=[country("Đức")],
        deals=[deal("cooperation", ["Tadirub", "Reinhardt"])],
    )
    r(
        "2007 – cổ phần hoá, vốn điều lệ ban đầu 110 tỷ đồng.",
        "2021-04-20",
        "ministry",
        ["advertorial", "timeline", "old_tone", "charter_capital_no_deal"],
        money=[m(110 * B, "VND")],
    )
    r(
        "2014 – khánh thành nhà máy lốp Radial toàn thép công suất 1 triệu lốp/năm.",
        "2021-04-20",
        "ministry",
        ["advertorial", "timeline", "recalled_opening_no_subject", "capacity_no_count", "no_fields"],
    )
    r(
        "2016-2017 – thêm dây chuyền lốp radial bán thép 600.000 chiếc/năm.",
        "2021-04-20",
        "ministry",
        ["advertorial", "timeline", "year_range_no_count", "capacity_no_count", "no_fields"],
    )
    r(
        "2017-2018 – chuyển giao công nghệ và gia công lốp PCR cho Nordway Tire Inc. (Mỹ), một nhà phân phối lốp lớn ở Bắc Mỹ.",
        "2021-04-20",
        "ministry",
        ["advertorial", "timeline", "outsourcing_no_contract_word", "no_subject_no_deal", "region_nothing"],
        firms=[f("Nordway Tire", "Inc.")],
        locations=[country("Mỹ")],
    )
    r(
        "2021 – xuất khẩu gần 1.900 tỷ đồng (+11%) trên doanh thu thuần hơn 4.760 tỷ đồng (+9%); 5 nhà máy.",
        "2021-04-20",
        "ministry",
        ["advertorial", "timeline", "count", "approx", "percentage"],
        money=[m(1900 * B, "VND", approx=True), m(4760 * B, "VND", approx=True)],
        percentages=[11, 9],
        quantities=[c(5, "nhà máy")],
    )

    # --- Vietnamese news: a Hà Nội land decision for an old rubber maker, and the story of its plant relocation
    # (S9 r3, S9 r4) ---
    r(
        "(TBTCO) - Hơn 54.200 m2 đất tại số 74 Trường Chinh, phường Kim Liên, sẽ được Công ty CP Cao su Hồng Hà chuyển mục đích sử dụng để xây tổ hợp thương mại, dịch vụ và nhà ở cao tầng, theo Quyết định số 118/QĐ-UBND của UBND TP. Hà Nội.",
        "2026-01-10",
        "ministry",
        [
            "outlet_prefix_nothing",
            "land_use_change_no_deal",
            "m2_to_ha",
            "approx",
            "ward_nothing",
            "address_number_no_count",
        ],
        firms=[f("Cao su Hồng Hà", "Công ty CP")],
        areas=[ha(5.42, True)],
        decisions=[d("118/QĐ-UBND")],
        organizations=["Ủy ban nhân dân TP. Hà Nội"],
        provinces=[pv("Hà Nội")],
    )
    r(
        "Trước đó, ngày 18/9/2025, thành phố đã có Quyết định 5260/QĐ-UBND chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư cho dự án.",
        "2026-01-10",
        "ministry",
        ["approval_no_named_investor", "decision_with_date"],
        decisions=[d("5260/QĐ-UBND", "2025-09-18")],
    )
    r(
        "Trong khu đất, 15.900 m2 là đất hỗn hợp, 9.400 m2 đất công cộng, 7.100 m2 đất cây xanh và 6.300 m2 đất trường học.",
        "2026-01-10",
        "ministry",
        ["nfd", "m2_to_ha"],
        areas=[ha(1.59), ha(0.94), ha(0.71), ha(0.63)],
    )
    r(
        "Hồ sơ địa chính của khu đất sẽ được cập nhật sau khi Cao su Hồng Hà nộp đủ giấy tờ cho Văn phòng Đăng ký đất đai Hà Nội.",
        "2026-01-10",
        "ministry",
        ["province_in_org_name", "passive"],
        firms=[f("Cao su Hồng Hà")],
        organizations=["Văn phòng Đăng ký đất đai Hà Nội"],
        provinces=[pv("Hà Nội")],
    )
    r(
        "Dời nhà máy, chuyện chưa dễ\nÝ tưởng biến khu nhà máy 5,8 ha thành tổ hợp bất động sản đã có ở Cao su Hồng Hà từ năm 2010, ngay khi Hà Nội yêu cầu cơ sở gây ô nhiễm rời nội đô.",
        "2024-03-18",
        "ministry",
        ["subheading", "recalled_plan_no_event", "area", "multiline"],
        firms=[f("Cao su Hồng Hà")],
        provinces=[pv("Hà Nội")],
        areas=[ha(5.8)],
    )
    r(
        "KCN Đồng Văn II ở thị xã Duy Tiên (Hà Nam) là nơi dây chuyền lốp radial sẽ chuyển tới, với sự giúp sức của Công ty TNHH Hồng Hà - Thiên Ân – liên doanh Cao su Hồng Hà lập năm 2016 cùng CTCP Tập đoàn Thiên Ân, vốn điều lệ dự kiến 1.520 tỷ đồng.",
        "2024-03-18",
        "ministry",
        [
            "site_first",
            "recalled_joint_venture",
            "deal_no_event",
            "charter_capital_not_deal_amount",
            "jv_company_mention",
            "district",
        ],
        firms=[f("Hồng Hà - Thiên Ân", "Công ty TNHH"), f("Cao su Hồng Hà"), f("Thiên Ân", "Công ty CP")],
        money=[m(1520 * B, "VND")],
        provinces=[pv("Hà Nam")],
        locations=[park("Khu công nghiệp Đồng Văn II"), district("thị xã Duy Tiên")],
        deals=[deal("investment", ["Cao su Hồng Hà", "Thiên Ân"])],
    )
    r(
        "2.900 tỷ đồng cho việc dời xưởng và lắp dây chuyền mới là khoản vay Cao su Hồng Hà thu xếp được từ Ngân hàng TMCP Đông Đô qua một thoả thuận tín dụng ký trước đó.",
        "2024-03-18",
        "ministry",
        ["recalled_credit_agreement", "deal_no_event", "amount_first", "old_tone"],
        firms=[f("Cao su Hồng Hà"), f("Đông Đô", "Ngân hàng TMCP")],
        money=[m(2900 * B, "VND")],
        deals=[deal("cooperation", ["Cao su Hồng Hà", "Đông Đô"], 2900 * B)],
    )
    r(
        "Khu đất hơn 5 ha ở Trường Chinh là đối tượng của hợp đồng hợp tác số 09/2016/HĐHT-HH mà Cao su Hồng Hà và Thiên Ân ký cùng năm, theo đó hai bên sẽ xin phép khai thác.",
        "2024-03-18",
        "ministry",
        [
            "recalled_cooperation_contract",
            "deal_no_event",
            "object_first",
            "contract_number_document",
            "approx",
            "area",
        ],
        firms=[f("Cao su Hồng Hà"), f("Thiên Ân")],
        decisions=[d("09/2016/HĐHT-HH")],
        areas=[ha(5, True)],
        deals=[deal("cooperation", ["Cao su Hồng Hà", "Thiên Ân"])],
    )
    r(
        "Phần của Cao su Hồng Hà trong liên doanh chỉ là 26%, kể cả sau khi vốn điều lệ tăng từ 120 tỷ lên 450 tỷ đồng năm 2018.",
        "2024-03-18",
        "ministry",
        ["charter_capital_no_deal", "percentage", "shared_unit_range"],
        firms=[f("Cao su Hồng Hà")],
        money=[m(120 * B, "VND"), m(450 * B, "VND")],
        percentages=[26],
    )

    # --- Vietnamese news: the electronics supply chain of a northern province (S10 r3) ---
    r(
        "Hanmi Vina, Seowon Vina, Daejin Vina là vài trong số hàng chục doanh nghiệp điện tử vốn ngoại ở Vĩnh Phúc, khối chiếm gần một nửa FDI của tỉnh.",
        "2022-11-02",
        "ministry",
        ["nfd", "vina_dropped", "firm_list", "fraction_in_words_no_percentage", "vague_count_no_count"],
        firms=[f("Hanmi"), f("Seowon"), f("Daejin")],
        provinces=[pv("Vĩnh Phúc")],
    )
    r(
        "68% doanh nghiệp được khảo sát xuất khẩu quá nửa doanh thu, phần hàng còn lại chủ yếu vào tay Samsung và LG.",
        "2022-11-02",
        "ministry",
        ["customer_list_no_deal", "percentage"],
        percentages=[68],
        firms=[f("Samsung"), f("LG")],
    )
    r(
        "Một chuỗi điển hình: camera cho Samsung ở Thái Nguyên do Hanmi Vina làm, đệm cao su chống rung của Hanmi lấy từ Seowon Vina (Vĩnh Phúc), băng keo từ DKT (Hàn Quốc) ở Bắc Ninh.",
        "2022-11-02",
        "ministry",
        [
            "supply_without_contract_no_deal",
            "product_first",
            "vina_dropped",
            "province_bracket_after_firm",
            "country",
        ],
        firms=[f("Samsung"), f("Hanmi"), f("Seowon"), f("DKT")],
        provinces=[pv("Thái Nguyên"), pv("Vĩnh Phúc"), pv("Bắc Ninh")],
        locations=[country("Hàn Quốc")],
    )
    r(
        "Với đệm, gioăng cao su, nhiều nhà máy Hàn Quốc ở Vĩnh Phúc vẫn đặt hàng từ công ty mẹ bên kia biển.",
        "2022-11-02",
        "ministry",
        ["unnamed_buyers_no_deal", "country"],
        locations=[country("Hàn Quốc")],
        provinces=[pv("Vĩnh Phúc")],
    )

    # --- Vietnamese news: an interview with Q&A labels (S10 r4) ---
    r(
        "PV: Thưa ông, vì sao ghi “Made in Vietnam” hay “Made by Vietnam” trên hàng công nghiệp hỗ trợ lại quan trọng?",
        "2017-08-14",
        "ministry",
        ["interview", "qa_label_nothing", "no_fields"],
    )
    r(
        "PGS.TS Lê Văn Khiêm: Một dòng chữ trên nhãn kéo theo cả thuế suất lẫn quyền vào thị trường, vì thế C/O không chỉ là chuyện thủ tục.",
        "2017-08-14",
        "ministry",
        ["interview", "qa_label_person", "academic_title_no_role"],
        persons=[per("Lê Văn Khiêm", None)],
    )

    # --- Vietnamese news: a Korean tyre plant opened in the South (S12 r1) ---
    r(
        "Vốn 185 triệu USD, rộng 29 ha, mỗi năm ra 2,9 triệu lốp: nhà máy của Yeonsu Tire tại KCN Tân Đức (Long An) vừa được khánh thành.",
        "2008-04-10",
        "ministry",
        ["inauguration_with_capital", "amount_first", "passive", "area", "province_bracket_after_park"],
        firms=[f("Yeonsu Tire")],
        provinces=[pv("Long An")],
        money=[m(185 * M, "USD")],
        areas=[ha(29)],
        locations=[park("Khu công nghiệp Tân Đức")],
        deals=[deal("investment", ["Yeonsu Tire"], 185 * M, TNi)],
        events=[ev("inauguration", [F("Yeonsu Tire")], 185 * M, "USD", TNi, "completed")],
    )
    r(
        "Số công nhân, nay 750, sẽ gần gấp đôi lên 1.400 khi sản lượng được nâng dần tới 11 triệu lốp/năm.",
        "2008-04-10",
        "ministry",
        ["nfd", "plan_no_named_firm", "capacity_no_count", "count"],
        quantities=[c(750, "công nhân"), c(1400, "công nhân")],
    )
    r(
        "“Cao su và kỹ sư ở đây đều sẵn, nên xưởng Long An sẽ là mũi nhọn để chúng tôi vào Đông Nam Á”, giám đốc nhà máy Kim Dong-soo nói.",
        "2008-04-10",
        "ministry",
        ["quote_first", "role_before_name", "region_nothing"],
        persons=[per("Kim Dong-soo", "giám đốc nhà máy")],
        provinces=[pv("Long An")],
    )
    r(
        "Để khỏi phụ thuộc người bán mủ, Yeonsu tính dựng thêm một xưởng sơ chế cao su ở Việt Nam.",
        "2008-04-10",
        "ministry",
        ["announced_investment_no_amount", "bare_short_name", "no_site"],
        firms=[f("Yeonsu")],
        deals=[deal("investment", ["Yeonsu"])],
        events=[ev("investment_announcement", [F("Yeonsu")], None, None, None, "announced")],
    )
    r(
        "Xây dựng, hóa chất, hàng không đều có trong danh mục của Yeonsu Group, tập đoàn đi lên từ một công ty xe khách ở Busan.",
        "2008-04-10",
        "ministry",
        ["company_history", "group_in_name", "foreign_city_nothing"],
        firms=[f("Yeonsu Group")],
    )

    # --- Vietnamese news: a Japanese tyre group to set up its own company, with page chrome (S12 r2) ---
    r(
        "Hãng lốp Shiranami tự lập công ty ở Việt Nam\n\nTT 09/11/2012 10:24\n\nNhà máy lốp đang xây ở Hải Phòng sẽ do một công ty TNHH 100% vốn của Tập đoàn Shiranami Tire (Nhật Bản) điều hành từ tháng 3/2013; công ty này lo luôn việc bán hàng.",
        "2012-11-09",
        "ministry",
        [
            "headline_lead",
            "outlet_initials_nothing",
            "timestamp_line",
            "plant_being_built_announced",
            "object_first",
            "bare_headline_name",
            "percentage",
            "multiline",
        ],
        firms=[f("Shiranami"), f("Shiranami Tire", "Tập đoàn")],
        percentages=[100],
        locations=[country("Nhật Bản")],
        provinces=[pv("Hải Phòng")],
        deals=[deal("investment", ["Shiranami Tire"], None, HP)],
        events=[ev("investment_announcement", [F("Shiranami Tire")], None, None, HP, "announced")],
    )
    r(
        "Đến năm 2016, khi chạy 22.000 lốp/ngày, xưởng sẽ cần 1.800 công nhân; chi phí ước khoảng 410 triệu USD cho 96 ha.",
        "2012-11-09",
        "ministry",
        ["plant_details_no_firm", "approx", "area", "count", "capacity_no_count"],
        quantities=[c(1800, "công nhân")],
        money=[m(410 * M, "USD", approx=True)],
        areas=[ha(96)],
    )
    r(
        "Nổi bật\nMới nhất\nMặc định\nPOWERED BY ONECMS",
        "2012-11-09",
        "ministry",
        ["page_chrome", "multiline", "no_fields"],
    )

    # --- Vietnamese news: tyre exports to the US, with a weather widget, byline and caption (S15 r3) ---
    r(
        "Thứ năm, 18/07/2024\n31 C\nHo Chi Minh City\n\nLốp xe Việt tăng tốc vào Mỹ\n\nHà Linh\n\nKinh tế Sài Gòn Online",
        "2024-07-18",
        "ministry",
        [
            "page_chrome",
            "weather_widget_no_count",
            "english_city_name_mention",
            "byline",
            "outlet_name_nothing",
            "multiline",
        ],
        provinces=[pv("Hồ Chí Minh")],
        persons=[per("Hà Linh", None)],
        locations=[country("Mỹ")],
    )
    r(
        "(KTSG Online) - Cứ mười chiếc lốp xuất khẩu thì gần sáu chiếc sang Mỹ, thị trường vẫn đang mua thêm hàng Việt.",
        "2024-07-18",
        "ministry",
        ["outlet_prefix_nothing", "count_in_words", "fraction_in_words_no_percentage", "country"],
        locations=[country("Mỹ")],
    )
    r(
        "Bốn triển lãm chuyên ngành (sơn, bao bì, cao su, nhựa) sắp mở ở TPHCM là chủ đề buổi họp báo hôm 10-7, nơi các số liệu này được đưa ra.",
        "2024-07-18",
        "ministry",
        ["press_conference", "count_in_words", "province_mention"],
        provinces=[pv("Hồ Chí Minh")],
    )
    r(
        "Ông Đặng Minh Quân, Phó chủ tịch kiêm Tổng thư ký Hiệp hội Cao su Việt Nam, nhắc lại con số 8,9 tỉ đô la Mỹ của năm 2023 – mức xuất khẩu cao nhất mười năm của ngành.",
        "2024-07-18",
        "ministry",
        ["statistics", "role_after_name", "dollar_word", "duration_in_words"],
        persons=[per("Đặng Minh Quân", "Phó chủ tịch kiêm Tổng thư ký Hiệp hội Cao su Việt Nam")],
        organizations=["Hiệp hội Cao su Việt Nam"],
        money=[m(8.9 * B, "USD")],
    )
    r(
        "Lốp xe vẫn là mặt hàng lớn nhất trong nhóm sản phẩm cao su: 52,3% kim ngạch nửa đầu năm, ước hơn 1,05 tỉ đô la, cao hơn cùng kỳ 27,4%.",
        "2024-07-18",
        "ministry",
        ["nfd", "statistics", "dollar_word", "approx", "percentage"],
        percentages=[52.3, 27.4],
        money=[m(1.05 * B, "USD", approx=True)],
    )
    r(
        "Lốp xe Việt Nam đang có mặt tại hơn 130 quốc gia. Ảnh minh họa: TL",
        "2024-07-18",
        "ministry",
        ["caption", "archive_credit_nothing", "count", "approx"],
        quantities=[c(130, "quốc gia", True)],
    )

    # --- Vietnamese news: the rubber association's certification mark (S1 r3) ---
    r(
        "Sản phẩm đạt chuẩn của hội viên sẽ được gắn nhãn chứng nhận “Cao su Việt Nam”, nhãn mà Hiệp hội Cao su Việt Nam vừa đăng ký bảo hộ.",
        "2022-06-09",
        "ministry",
        ["trademark_no_deal", "quoted_mark_nothing"],
        organizations=["Hiệp hội Cao su Việt Nam"],
    )

    # --- Renderings of a Russian tyre-maker page on a licence, a German one on two filings and a German trade
    # weekly on a Korean plant's expansion (S6 r2, S6 r4, S12 r4) ---
    r(
        "Thêm một nhà máy lốp Trung Quốc nhận giấy phép ở Việt Nam\n\n18-10-2023\n\nGiấy chứng nhận đăng ký đầu tư cho dự án lốp 3,4 tỷ nhân dân tệ của Shandong Jinhe Tyre Co., Ltd. đã được UBND tỉnh Bình Phước trao hôm 16/10.",
        "2023-10-18",
        "ministry",
        [
            "rendered_foreign_copy",
            "headline_lead",
            "licence",
            "object_first_passive",
            "amount_in_cny",
            "date_line",
            "deal_date",
            "multiline",
        ],
        locations=[country("Trung Quốc")],
        firms=[f("Shandong Jinhe Tyre", "Co., Ltd.")],
        money=[m(3.4 * B, "CNY")],
        organizations=["Ủy ban nhân dân tỉnh Bình Phước"],
        provinces=[pv("Bình Phước")],
        deals=[deal("investment", ["Shandong Jinhe Tyre"], 3.4 * B, DNai, "2023-10-16")],
        events=[
            ev(
                "investment_licence",
                [G("UBND tỉnh Bình Phước"), F("Shandong Jinhe Tyre")],
                3.4 * B,
                "CNY",
                DNai,
                "licensed",
            )
        ],
    )
    r(
        "Quý IV/2025 là mốc vận hành dự kiến của nhà máy 40 ha ở KCN Bắc Đồng Phú; vốn quy ra đô la là 470 triệu USD.",
        "2023-10-18",
        "ministry",
        ["rendered_foreign_copy", "no_named_firm", "area", "quarter_no_count"],
        areas=[ha(40)],
        locations=[park("Khu công nghiệp Bắc Đồng Phú")],
        money=[m(470 * M, "USD")],
    )
    r(
        "Giá trị sản lượng có thể lên 720 triệu USD mỗi năm với 13,2 triệu lốp bán thép và toàn thép, ông Vương Khắc Minh, tổng giám đốc Jinhe, cho biết.",
        "2023-10-18",
        "ministry",
        ["rendered_foreign_copy", "speaker_last", "role_after_name", "capacity_no_count", "money_per_year"],
        money=[m(720 * M, "USD", "năm")],
        persons=[per("Vương Khắc Minh", "tổng giám đốc Jinhe")],
        firms=[f("Jinhe")],
    )
    r(
        "Hơn 1.500 người địa phương sẽ có việc, tỉnh Bình Phước kỳ vọng.",
        "2023-10-18",
        "ministry",
        ["rendered_foreign_copy", "count", "approx"],
        quantities=[c(1500, "người", True)],
        provinces=[pv("Bình Phước")],
    )
    r(
        "Một dự án ở Nội Mông, một ở Bắc Phi: hai hãng lốp Trung Quốc vừa xong thủ tục đăng ký, tổng vốn hơn 3,2 tỷ nhân dân tệ.",
        "2023-06-12",
        "ministry",
        ["rendered_foreign_copy", "no_named_firm", "region_nothing", "count_in_words", "approx"],
        locations=[country("Trung Quốc")],
        money=[m(3.2 * B, "CNY", approx=True)],
    )
    r(
        "Yeonsu mở rộng xưởng lốp xe con\nBáo chí Việt Nam đưa tin công suất nhà máy lốp xe con của Yeonsu sẽ lên 4,6 triệu chiếc/năm nhờ khoản mở rộng 90 triệu USD; hiện xưởng ra 2,9 triệu chiếc.",
        "2013-09-12",
        "ministry",
        [
            "rendered_foreign_copy",
            "headline_lead",
            "announced_investment",
            "headline_short_name",
            "no_site",
            "multiline",
        ],
        firms=[f("Yeonsu")],
        money=[m(90 * M, "USD")],
        deals=[deal("investment", ["Yeonsu"], 90 * M)],
        events=[ev("investment_announcement", [F("Yeonsu")], 90 * M, "USD", None, "announced")],
    )

    # --- English: a state chemicals group's English page on a truck-tyre groundbreaking, with its glued commas
    # (S7 r3) ---
    r(
        "Construction of a 640,000-tire-a-year Radial truck tire plant was started by Hai Van Rubber Joint Stock Company on April 19,2012 at Hoa Khanh Industrial Zone,Da Nang city.",
        "2012-04-20",
        "ministry",
        [
            E,
            "groundbreaking",
            "passive",
            "glued_commas",
            "english_park_no_location",
            "capacity_no_count",
            "deal_date",
        ],
        firms=[f("Hai Van Rubber", "JSC")],
        provinces=[pv("Đà Nẵng")],
        deals=[deal("groundbreaking", ["Hai Van Rubber"], None, DN, "2012-04-19")],
        events=[ev("groundbreaking", [F("Hai Van Rubber")], None, None, DN, "started")],
    )
    r(
        "Commercial loans cover 65% of the VND2,750 billion cost,the company's own money the rest; buildings take up 9.6ha.",
        "2012-04-20",
        "ministry",
        [E, "glued_commas", "project_total_no_firm", "percentage", "area"],
        percentages=[65],
        money=[m(2750 * B, "VND")],
        areas=[ha(9.6)],
    )
    r(
        "Some VND180 billion a year should go to the state budget once output peaks in 2016,and 950 local people will have jobs there.",
        "2012-04-20",
        "ministry",
        [E, "glued_commas", "count", "money_per_year", "approx"],
        money=[m(180 * B, "VND", "year", True)],
        quantities=[c(950, "local people")],
    )

    # --- English: a chamber's news site interviewing the southern tube-and-tyre maker's director (S8 r2) ---
    r(
        "3:10:22 PM | 10/02/2025\nGeneral Director Pham Quang Vu explains how Tan Dinh Industrial Rubber JSC (Tadirub), set up in 1977, came to lead Vietnam's tube and tyre trade.",
        "2025-10-02",
        "ministry",
        [
            E,
            "timestamp_line",
            "interview_intro",
            "role_before_name",
            "bracketed_acronym_one_entry",
            "multiline",
        ],
        persons=[per("Pham Quang Vu", "General Director")],
        firms=[f("Tan Dinh Industrial Rubber", "JSC")],
    )
    r(
        "Q: Which milestones stand out in the company's nearly 50 years?",
        "2025-10-02",
        "ministry",
        [E, "qa_label_nothing", "duration_no_count", "no_fields"],
    )
    r(
        "Pham Quang Vu: Germany, Japan and the US are among the 45-plus countries that buy our tyres, and every one of the 34 provinces and cities has Tadirub dealers.",
        "2025-10-02",
        "ministry",
        [E, "qa_label_person", "count", "approx", "country"],
        persons=[per("Pham Quang Vu", None)],
        locations=[country("Germany"), country("Japan"), country("US")],
        quantities=[c(45, "countries", True), c(34, "provinces and cities")],
        firms=[f("Tadirub")],
    )

    # --- English: a rubber trade journal on a Japanese tyre maker's licence top-up (S17 r1) ---
    r(
        "A licence now lets JAPANESE tyre giant Shiranami Tire Corp put more than US$960 million, up from US$410 million, into the Hai Phong plant it broke ground for last year.",
        "2013-03-12",
        "ministry",
        [
            E,
            "licence_top_up",
            "increase_not_total",
            "licence_without_grantor",
            "recalled_groundbreaking",
            "caps_adjective_no_country",
            "corp_in_name",
            "approx",
        ],
        firms=[f("Shiranami Tire Corp")],
        money=[m(960 * M, "USD", approx=True), m(410 * M, "USD")],
        provinces=[pv("Hải Phòng")],
        deals=[
            deal("investment", ["Shiranami Tire Corp"], 550 * M, HP),
            deal("groundbreaking", ["Shiranami Tire Corp"], None, HP),
        ],
        events=[ev("investment_licence", [F("Shiranami Tire Corp")], 550 * M, "USD", HP, "licensed")],
    )
    r(
        "Most of the 44,000 radial tyres a day it should make from 2016 will go abroad, to Japan, the US and Europe.",
        "2013-03-12",
        "ministry",
        [E, "capacity_no_count", "country", "region_nothing"],
        locations=[country("Japan"), country("US")],
    )

    # --- English: a provincial paper's English page on foreign tyre makers, with related links glued to the lead
    # (S17 r2) ---
    r(
        "A second Vietnamese plant for Kaiyuan Rubber, the tyre maker from Taiwan (China), got its investment licence in mid-October: US$175 million at Long Duc Industrial Zone in Dong Nai province, with about 4,000 jobs.",
        "2015-11-20",
        "provincial",
        [E, "licence_without_grantor", "taiwan_china_both", "english_park_no_location", "count", "approx"],
        firms=[f("Kaiyuan Rubber")],
        provinces=[pv("Đồng Nai")],
        money=[m(175 * M, "USD")],
        quantities=[c(4000, "jobs", True)],
        locations=[country("Taiwan"), country("China")],
        deals=[deal("investment", ["Kaiyuan Rubber"], 175 * M, DNai)],
        events=[ev("investment_licence", [F("Kaiyuan Rubber")], 175 * M, "USD", DNai, "licensed")],
    )
    r(
        "Local latex will feed both Dong Nai plants, whose tyres are meant mainly for export, said Kaiyuan chairman Lin Chao-wei.",
        "2015-11-20",
        "provincial",
        [E, "speaker_last", "role_before_name", "sourcing_no_deal"],
        provinces=[pv("Đồng Nai")],
        persons=[per("Lin Chao-wei", "Kaiyuan chairman")],
        firms=[f("Kaiyuan")],
    )
    r(
        "Tam Phuoc Industrial Zone, also in Dong Nai, already hosts the US$90 million first plant.",
        "2015-11-20",
        "provincial",
        [E, "anaphoric_no_firm", "english_park_no_location"],
        provinces=[pv("Đồng Nai")],
        money=[m(90 * M, "USD")],
    )
    r(
        "Rubber exports may top US$1.8 billion Vietnam bids to join Int'l Rubber Consortium Hai Phong City has had a US$455 million radial tyre plant of Shiranami Vietnam, the Japanese group's local arm, since late 2014, in Nam Dinh Vu Industrial Zone.",
        "2015-11-20",
        "provincial",
        [
            E,
            "related_links_glued",
            "recalled_opening_with_capital",
            "deal_no_event",
            "vietnam_dropped",
            "adjective_no_country",
            "place_first",
        ],
        organizations=["Int'l Rubber Consortium"],
        money=[m(1.8 * B, "USD"), m(455 * M, "USD")],
        provinces=[pv("Hải Phòng")],
        firms=[f("Shiranami")],
        deals=[deal("investment", ["Shiranami"], 455 * M, HP)],
    )
    r(
        "Output at Yeonsu Tire's Long An factory is rising from 2.9 million to 4.6 million tyres a year, paid for with another US$90 million the Korean firm has already put in.",
        "2015-11-20",
        "provincial",
        [
            E,
            "recalled_spend",
            "deal_no_event",
            "possessive_name",
            "adjective_no_country",
            "capacity_no_count",
        ],
        firms=[f("Yeonsu Tire")],
        provinces=[pv("Long An")],
        money=[m(90 * M, "USD")],
        deals=[deal("investment", ["Yeonsu Tire"], 90 * M, TNi)],
    )

    # --- English: an investment weekly on foreign tyre makers' new capacity (S17 r3) ---
    r(
        "Foreign tyre makers add Vietnam capacity |\nDoubling output to at least 8.8 million tyres a year by 2023 will cost Yeonsu Tire $290 million, the company said today of its Vietnam plant.",
        "2021-06-22",
        "ministry",
        [
            E,
            "headline_lead",
            "announced_investment",
            "capacity_first",
            "no_site",
            "capacity_no_count",
            "multiline",
        ],
        firms=[f("Yeonsu Tire")],
        money=[m(290 * M, "USD")],
        deals=[deal("investment", ["Yeonsu Tire"], 290 * M)],
        events=[ev("investment_announcement", [F("Yeonsu Tire")], 290 * M, "USD", None, "announced")],
    )
    r(
        "A new wing will rise on empty ground inside the compound.",
        "2021-06-22",
        "ministry",
        [E, "no_fields"],
    )
    r(
        '"Customers should never have to wait for tyres," said Park Jae-won, president and CEO of Yeonsu Tire, whose other plants are in South Korea, China and the US.',
        "2021-06-22",
        "ministry",
        [E, "quote_first", "speaker_last", "role_after_name", "country"],
        persons=[per("Park Jae-won", "president and CEO of Yeonsu Tire")],
        firms=[f("Yeonsu Tire")],
        locations=[country("South Korea"), country("China"), country("US")],
    )
    r(
        "First truck and bus radials are now coming off the line in Tay Ninh at Jiahe Tire, which has added $296 million to the facility.",
        "2021-06-22",
        "ministry",
        [E, "recalled_spend", "deal_no_event", "place_first"],
        provinces=[pv("Tây Ninh")],
        firms=[f("Jiahe Tire")],
        money=[m(296 * M, "USD")],
        deals=[deal("investment", ["Jiahe Tire"], 296 * M, TNi)],
    )
    r(
        "A joint venture agreed between Ohio-based Brayfield Tire & Rubber Co. and Huachen Vietnam Co., Ltd. will build a plant near Ho Chi Minh City for more than 2 million TBR tyres a year.",
        "2021-06-22",
        "ministry",
        [
            E,
            "joint_venture_plant",
            "us_state_no_location",
            "vietnam_dropped",
            "near_city_mention_no_site",
            "capacity_no_count",
        ],
        firms=[f("Brayfield Tire & Rubber", "Co."), f("Huachen", "Co., Ltd.")],
        provinces=[pv("Hồ Chí Minh")],
        deals=[deal("investment", ["Brayfield Tire & Rubber", "Huachen"])],
        events=[
            ev("joint_venture", [F("Brayfield Tire & Rubber"), F("Huachen")], None, None, None, "announced")
        ],
    )

    # --- English: a tyre trade site's round-up of the licence and the domestic makers (S17 r4) ---
    r(
        "Vietnam increasingly attractive to tyre makers\n\nKaiyuan's October licence has drawn fresh attention to Vietnam; the Taiwanese firm is set to put between US$175 million and US$210 million into the new plant.",
        "2015-11-24",
        "ministry",
        [
            E,
            "headline_lead",
            "announced_investment_range_low_end",
            "possessive_name",
            "adjective_no_country",
            "no_site",
            "multiline",
        ],
        firms=[f("Kaiyuan")],
        money=[m(175 * M, "USD"), m(210 * M, "USD")],
        deals=[deal("investment", ["Kaiyuan"], 175 * M)],
        events=[ev("investment_announcement", [F("Kaiyuan")], 175 * M, "USD", None, "announced")],
    )
    r(
        "Local makers are scaling up too: Tadirub opened a US$150 million radial plant rated at one million tyres a year in late 2014, while Hai Van Rubber's radial line still runs at 180,000 tyres a year.",
        "2015-11-24",
        "ministry",
        [E, "recalled_opening_with_capital", "deal_no_event", "possessive_name", "capacity_no_count"],
        firms=[f("Tadirub"), f("Hai Van Rubber")],
        money=[m(150 * M, "USD")],
        deals=[deal("investment", ["Tadirub"], 150 * M)],
    )

    # --- English: a finance site on tariffs and Chinese tyre plants in the South, a search snippet, a tag and a tyre
    # trade site on off-shoring (S19 r1, r2, r3, r4) ---
    r(
        "Treasury & Capital Markets\nTariff storm reaches Tay Ninh's tyre plants\nLosses loom for Chinese-owned makers\nLe Minh Khoa   24 Apr 2025",
        "2025-04-24",
        "ministry",
        [
            E,
            "section_label",
            "headline_deck",
            "possessive_province_mention",
            "adjective_no_country",
            "byline",
            "multiline",
        ],
        provinces=[pv("Tây Ninh")],
        persons=[per("Le Minh Khoa", None)],
    )
    r(
        "About US$1.3 billion has gone into southern Vietnam from Huachen Group since the Chinese firm arrived, split between Huachen Vietnam, the BHTR joint venture in Tay Ninh province and a research centre in Ho Chi Minh City.",
        "2025-04-24",
        "ministry",
        [
            E,
            "recalled_spend",
            "deal_no_event",
            "amount_first",
            "two_provinces_no_site",
            "group_in_name",
            "vietnam_dropped",
            "approx",
        ],
        money=[m(1.3 * B, "USD", approx=True)],
        firms=[f("Huachen Group"), f("Huachen"), f("BHTR")],
        provinces=[pv("Tây Ninh"), pv("Hồ Chí Minh")],
        deals=[deal("investment", ["Huachen Group"], 1.3 * B)],
    )
    r(
        "Vietnam was handed a 46% rate on April 2, one of the highest in the region, before a 90-day pause was granted to every country but China.",
        "2025-04-24",
        "ministry",
        [E, "tariff_rate", "duration_no_count", "country"],
        percentages=[46],
        locations=[country("China")],
    )
    r(
        "Nine-tenths or more of what BHTR makes goes to American buyers, the Tay Ninh Economic Zone Authority's survey shows; Huachen Vietnam sends about 30% there.",
        "2025-04-24",
        "ministry",
        [
            E,
            "survey",
            "fraction_in_words_no_percentage",
            "province_in_org_name",
            "adjective_no_country",
            "vietnam_dropped",
        ],
        firms=[f("BHTR"), f("Huachen")],
        organizations=["Tay Ninh Economic Zone Authority"],
        provinces=[pv("Tây Ninh")],
        percentages=[30],
    )
    r(
        "Halvorsen Tire has owned Brayfield since mid-2021, two years after the American firm and Huachen formed the venture.",
        "2025-04-24",
        "ministry",
        [E, "recalled_acquisition", "recalled_joint_venture", "deal_no_event", "adjective_no_country"],
        firms=[f("Halvorsen Tire"), f("Brayfield"), f("Huachen")],
        deals=[deal("investment", ["Halvorsen Tire"]), deal("investment", ["Brayfield", "Huachen"])],
    )
    r(
        "... Producers who set up lines in nearby Vietnam can skip the levy, economists argue, though the gain to American shoppers ...",
        "2025-05-02",
        "ministry",
        [E, "search_snippet", "adjective_no_country", "no_fields"],
    )
    r(
        "USITC rules on Vietnamese truck tyres\n\nAmerican tyre producers are 'materially injured' by dumped truck and bus tyres from Vietnam, the US International Trade Commission decided in a final vote…",
        "2025-03-10",
        "ministry",
        [
            E,
            "tag_page",
            "trade_remedy_no_deal",
            "acronym_alone_org",
            "country_in_org_name_nothing",
            "adjective_no_country",
            "multiline",
        ],
        organizations=["USITC", "US International Trade Commission"],
    )
    r(
        "Chinese tyre makers move output offshore\n\nFlat per-tyre duties, not percentages, are what surprised distributors most when Washington's new truck-tyre tariffs began.",
        "2018-07-12",
        "ministry",
        [
            E,
            "headline_lead",
            "adjective_no_country",
            "capital_for_government_nothing",
            "multiline",
            "no_fields",
        ],
    )
    r(
        "Thailand, Vietnam and Malaysia already host lines of most big Chinese makers, as exhibitors at Tire Cologne made clear.",
        "2018-07-12",
        "ministry",
        [E, "fair_name_nothing", "country"],
        locations=[country("Thailand"), country("Malaysia")],
    )

    # --- English: gasket product and factory pages with no Vietnamese content (S18 r1, r2, r3, r4) ---
    r(
        "Rubber Gasket\n\nA gasket closes the joint between two flanges so that no liquid or gas escapes; EPDM and neoprene grades cope with heat, cold and ozone.",
        "2023-02-08",
        "ministry",
        [E, "product_page", "multiline", "no_fields"],
    )
    r(
        "About us\nEvery seal we ship passes four steps:\n1. Compound weighing and milling\n2. Preforming blanks\n3. Pressing and vulcanising\n4. Deflashing and inspection",
        "2023-06-19",
        "ministry",
        [E, "about_page", "numbered_list_no_count", "count_in_words", "multiline", "no_fields"],
    )
    r(
        "Certainly! Below is a detailed description of a seal factory's day, from the morning compound check to the last shipment out.",
        "2023-06-19",
        "ministry",
        [E, "about_page", "generated_text", "no_fields"],
    )
    r(
        "Where two metal faces meet unevenly – a pump casing, a valve bonnet, a gearbox cover – a soft gasket fills the gap.",
        "2022-09-14",
        "ministry",
        [E, "product_page", "no_fields"],
    )

    # --- English: a logistics firm's news listing, an army daily on a carmaker's parts arm, a chamber's 2008 item on
    # a technical rubber maker, an export portal's overview (S20 r1, r2, r3, r4) ---
    r(
        "Processors now import rubber because plantations at home meet only 40% of their needs, the Vietnam Rubber Association notes; exports for January-April were $768 million […]",
        "2024-05-20",
        "ministry",
        [E, "news_listing", "statistics", "percentage"],
        percentages=[40],
        organizations=["Vietnam Rubber Association"],
        money=[m(768 * M, "USD")],
    )
    r(
        "Seals, hoses and trim made in-house by Dai Viet Rubber and Plastic Components Company kept Dai Viet Auto Corporation's lines running through the pandemic.",
        "2021-08-05",
        "ministry",
        [
            E,
            "corporation_in_name",
            "company_in_name",
            "and_in_name",
            "possessive_name",
            "in_house_supply_no_deal",
        ],
        firms=[f("Dai Viet Rubber and Plastic Components Company"), f("Dai Viet Auto Corporation")],
    )
    r(
        "Home-appliance and motorbike makers became its first outside customers last year; the moulds are cut in its own shop.",
        "2021-08-05",
        "ministry",
        [E, "anaphoric_no_firm", "no_fields"],
    )
    r(
        "Rubber and plastic parts account for 30-45 percent of a car's localised content, the group says.",
        "2021-08-05",
        "ministry",
        [E, "percentage_range"],
        percentages=[30, 45],
    )
    r(
        "Technical Rubber Maker Expands\n\n3:52:10 PM | 10/21/2008\n\nA new plant in Tan Dong Hiep B Industrial Park, its first phase due to run in the spring, is how Phu An Rubber Joint Stock Company plans to keep up with orders.",
        "2008-10-21",
        "ministry",
        [
            E,
            "headline_lead",
            "timestamp_line",
            "plant_being_built_announced",
            "object_first",
            "english_park_no_location",
            "no_site",
            "multiline",
        ],
        firms=[f("Phu An Rubber", "JSC")],
        deals=[deal("investment", ["Phu An Rubber"])],
        events=[ev("investment_announcement", [F("Phu An Rubber")], None, None, None, "announced")],
    )
    r(
        "Water utilities are the main buyers of its pipe seals, said managing director Tran Van Loc, adding that exports to Australia have begun.",
        "2008-10-21",
        "ministry",
        [E, "role_before_name", "speaker_mid", "unnamed_buyers_no_deal", "country"],
        persons=[per("Tran Van Loc", "managing director")],
        locations=[country("Australia")],
    )
    r(
        "Most natural rubber still leaves the country raw; local factories take 15-20 per cent, he said.",
        "2008-10-21",
        "ministry",
        [E, "percentage_range"],
        percentages=[15, 20],
    )
    r(
        "Rubber\n\nE-mail Print PDF\n\nI. Overview\n\nOnly Thailand, Indonesia and Malaysia shipped more natural rubber than Vietnam in 2008, when plantations covered some 530,000 ha.",
        "2009-06-15",
        "ministry",
        [E, "portal_page", "page_chrome", "roman_numeral_no_count", "country", "area", "approx", "multiline"],
        locations=[country("Thailand"), country("Indonesia"), country("Malaysia")],
        areas=[ha(530000, True)],
    )
    r(
        "Few firms make finished rubber goods: a tube factory of a million pieces a year costs roughly USD 140 million, and payback is slow.",
        "2009-06-15",
        "ministry",
        [E, "portal_page", "approx", "capacity_no_count"],
        money=[m(140 * M, "USD", approx=True)],
    )
    return rows
