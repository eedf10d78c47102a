# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 157 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: electrical equipment makers, switchgear, transformers and electric
meters (thiết bị điện, tủ điện, máy biến áp, công tơ điện) and their suppliers in Vietnam. Written and annotated for every
field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered
S1-S20 in the section comments: S1 "công tơ điện tử nhà máy sản xuất Việt Nam", S2 "tủ điện trung thế hạ thế doanh
nghiệp sản xuất nhà máy", S3 "máy biến áp phân phối xuất khẩu doanh nghiệp Việt Nam", S4 "gói thầu cung cấp công tơ điện
tử tổng công ty điện lực trúng thầu", S5 "nhà máy sản xuất thiết bị đóng cắt khu công nghiệp khởi công", S6 "Schneider
Electric nhà máy Việt Nam thiết bị điện", S7 "LS Electric Việt Nam nhà máy Bắc Ninh đầu tư mở rộng", S8 "Hitachi Energy
máy biến áp Việt Nam hợp đồng cung cấp", S9 "tôn silic lõi thép máy biến áp nhà cung cấp nguyên liệu", S10 "vỏ tủ điện
gia công cơ khí sơn tĩnh điện nhà cung cấp doanh nghiệp", S11 "công tơ điện thông minh đo xa lắp đặt điện lực thay thế
công tơ cơ", S12 "ký hợp đồng cung cấp máy biến áp 110kV trạm biến áp", S13 "trao giấy chứng nhận đầu tư dự án sản xuất
thiết bị điện khí cụ điện", S14 "Gelex thiết bị điện công ty con mua lại cổ phần", S15 "cầu dao aptomat thiết bị điện
dân dụng nhà máy đầu tư khánh thành", S16 "sứ cách điện dầu máy biến áp doanh nghiệp sản xuất cung ứng ngành điện", and
in English S17 "Vietnam smart electricity meter manufacturer contract", S18 "switchgear factory Vietnam investment
opens", S19 "transformer maker Vietnam export order United States", S20 "Vietnam electrical equipment company
acquisition stake deal". (Batches 97 and 121 had a near theme with other searches; one story came back here too, the
economic-zone licence of a switchboard and cable-tray plant, S5 r1, which batch 121 sited in Nghệ An; it is written anew
here from this sample, in another order and province, and no row of either batch was reused.) No sentence is taken or
paraphrased from a page; the shapes are. Firm, plant, brand, park-lot and person names are invented (EVNNPC's tender
winners Chế tạo Biến thế Nam Hải, Thiết bị điện Kinh Bắc / KBE / Kinh Bac Electrical Equipment Corporation, Thiết bị
điện Hòa Phước and Thương mại Kỹ thuật Bến Nghé; Cơ điện Vĩnh Hưng; Kessel Switchgear, Đo lường Trường An; Seohan
Electric; Daemyung Electric; Khí cụ điện Lam Sơn and Tập đoàn Lam Sơn Power; Delorme / Delorme Electric; the group Hưng
Đạo with Điện lực Hưng Đạo, Thiết bị điện Hưng Đạo, Năng lượng Hưng Đạo, its brands Sacavi, Bitraco, Hametco, Ducovi,
its targets Gốm sứ Kim Sơn and Đầu tư Hạ tầng Hòa Mạc, the funds Mekong Harbor Capital and Song Hong Capital; Meitek;
Tủ điện Phúc Hưng, Tủ điện Sao Việt, Điện Thành Công; Norden Grid, Hai Phong Power Company, Okuda Switchgear, Sanwa Denko,
Kawabe Electric Works, Harlan Grid Systems, Blue Ridge Transformer, Cardinal Transformers, Ridgeline Electric, Zhejiang
Hengda Electric, Takeda Electric Corp / Takeda Asia / Saigon Star Electric Corp, Binh Trieu Electric, Kohler Transformer
Holdings, Tan Mai Mechanical Company, Hoa Binh Securities, Daeil Investment & Securities, Truong Thinh Electric Group /
Truong Thinh Metering, Minh Phat, Lotus Group, Power Construction and Mechanical Corporation, Daehan Heavy Industries;
every official, author, student, photographer and byline); well-known names (EVN / Tập đoàn Điện lực Việt Nam / Vietnam
Electricity, EVNNPC / Tổng công ty Điện lực miền Bắc, EVNNPT / Tổng công ty Truyền tải điện Quốc gia, Central and
Southern Power Corporation, Siemens, the ministries, USTDA, the World Bank, the Hanoi and HCM City exchanges, Trường Đại
học Điện lực, Trường Đại học Bách khoa Hà Nội, Viện Năng lượng, the parks Quán Ngang, Phú Tài, Nhơn Hòa, Thăng Long II,
Tien Hai and VSIP, the Đông Nam Quảng Trị zone, and the decree, circular and decision numbers cited) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 75 distinct pages; a student paper on voltage balancing, a vendor's
substation explainer, a meter explainer, a meter-procedure tag and a transmission company's ten-year review each came
back twice): 11 slots were spam (two betting salads run together, S3 r2-r3;
a Polish keyword slug on plant costs, S5 r2; eight Italian-domain slugs on ferro-silicon, silico-manganese, calcined coke
and a sand crusher, every first four of S9 and S16); 18 were tag, hashtag, title, legal-title and author pages (a
"quy trình đo điện lượng" tag twice, a content-farm bill-calculator title, a power-price tag, a decree title, a tender
hashtag, a law-ebook tag, a Korean battery maker's tag with a headline and a won-and-dollar lead, an author page with a
headline and an investment-policy approval, a substation tag with a glued section label, a roof-truss price tag, a
Chinese smart-meter title, a legal-signer page with a circular, a PPP-law tag, a food-safety certificate tag, a
ministry's administrative-procedure decision title, an unaccented download slug, an "Aptomat là gì?" title); 18 were
student papers, vendor explainers and blogs, document stores, a translation site, a forum thread and a thesis (a
commerce-university discussion paper's cover and contents; a meter explainer dated 2020-06, twice; an industrial
switchboard vendor's bullets; a vendor blog on low-voltage board types; a journal paper with "Trang 1 ... Trang 6"
chrome, twice; a substation explainer with caps questions, a quoted rule and a numbered document list, twice; a
500 kV transformer study on a document store with uploader and counters; a powder-coating blog with a split date; a
switchboard maker's "Xem thêm" explainer; a steel supplier's enclosure blog with emoji bullets; a Vietnamese line with
two machine translations; a technical university's course-project cover with e-mail and supervisor; a breaker vendor's
explainer with date, reading time and views; a construction forum post with member counters and an acronym list; a
master's thesis in a broken font with its declaration and thanks); 14 were Vietnamese news (a procurement paper's tender
results for six transformer and grid-gear packages with winners, prices and cuts; a business daily's licence of a
switchboard and cable-tray plant by an economic-zone board, with lots, equity share, products, capacities, schedule,
incentives and requirements; two provincial-utility hookups of plants with initials bylines; a sports-site tag on a
French group's 25 years with html markup; an interview with a French group's country head at a forum in a port city; a
Korean group's plant opening with a provincial chairman and an ambassador, its profile, recalled groundbreaking, capital,
jobs and revenue; an education site's ten-year review of the transmission company, twice; a home-made 500 kV
transformer energised at night; a group registering to sell part of its electrical subsidiary; the group's unit buying
into a building-materials maker on the exchange, with the inferred seller, a caption and the ministry's divestment
plan; the group's history from a state corporation with its 2015 sale; a business site's tag page of the group's leads);
2 were Japanese pages (a 1996 newsletter item on a French maker's breaker plant in VSIP; a 2009 item on recalled
electronic meters), rendered here in Vietnamese; 17 were English (a machine-English interview on a French group in
China; a zones authority's year in review with a 25-million-dollar switchgear plant running; a city portal's 15-million
utility contract with a consortium; a provincial paper's aid agreement for a smart-grid study; a stock site's meter
readers with camera sticks; a news agency's Japanese switchgear-parts plant opening; an electronics site's breaker plant
opening and an agency's groundbreaking of its extension; an investment weekly's feature with a planned R&D centre and a
sales target; a trade site's 200-million transformer plant planned for Hải Phòng; three pages on transformer plants in
Mexico, Texas and a Chinese maker's US sales; a Japanese agency's stake purchase in a switchboard maker; a forum repost
of a wire round-up of four deals; a deals site's weekly dealbook with a stake purchase; a city daily's offer for a
transformer maker's state stake). About 20 of the 80 slots told a deal or an event with a named party (the tender
results, the zone licence, the approval on the author page, the won-and-dollar plan, the French breaker plant, the
Korean opening with its recalled groundbreaking and the English operation line, the utility contract, the two openings
and the groundbreaking in English, the R&D centre, the Hải Phòng plant, the plants abroad, the stake purchases in both
languages, the round-up's deals, the switchboard stake); the hookups, the energised transformer, the share sales
without buyers, the aid agreement and the offer letter gave none. No firm-to-firm supply contract for meters, switchgear
or core steel came up in any first four (S4 and S12 gave a tender result, tags and explainers; S9 and S16 only spam), so
the batch's only contracts are the tender award and the English automation contract.

Rows: 160 (hand-50801 to hand-50960); 24 carry a deal or an event (15.0%): 22 events (7 acquisitions, 5 investment
announcements, 5 inaugurations, 2 investment licences, 2 supply contracts, 1 groundbreaking) and 19 `deals` entries (15
investment, 2 supply_contract, 2 groundbreaking); 2 rows hold only a deal (hand-50881 a recalled groundbreaking with its
capital, 50924 a recalled opening with its capital) and 5 an event without a deal (50877 and 50883 an opening and its
caption without capital, 50933 and 50936 English openings without capital, 50946 a joint opening abroad). 136 rows are
negatives and other fields. By page kind: 12 rows of spam (50801-50812; 0 with a deal or event), 18 of tag, title,
legal-title, author and listing pages (50813-50830; 2), 30 of student papers, vendor explainers and blogs, document
stores, a translation site, a forum thread and a thesis (50831-50860; 0), 55 of Vietnamese news (50861-50915; 7), 6 of
the two Japanese pages rendered in Vietnamese (50916-50921; 1) and 39 of English copy (50922-50960; 14); 39 rows are
English (`english_copy`, 24%). 10 rows are stored in NFD (hand-50815, 50836, 50856, 50864, 50869, 50880, 50895, 50905,
50910, 50921); 6 use old tone placement (50843 and 50891 "thoả thuận", 50849 "hoá chất", 50879 "tự động hoá", 50888
"giải toả", 50904 "cổ phần hoá"); 52 hold several lines (headlines and leads, timestamps and page chrome, bylines,
captions, covers and contents, bullet and dash lists, forum counters, html markup, chrome lines).

Own wording: on review of the first draft against the sampled pages, about 90 drafts followed a sampled sentence too
closely (same clause order, the same run of facts with names and figures swapped, or a rendering of a foreign page in its
own order) and were rewritten from scratch with another order (amount-first, object-first, conclusion-first, passive,
question) and changed figures: the author-page headline and lead; the substation tag; the meter explainer's three
lines; the switchboard bullets and both board-type lines; the substation explainer's rule and list; the enclosure and
steel-blog lines; the translation line; the forum post (now a question and a reply); the thesis declaration and thanks;
three tender-result lines; the licence's requirements and incentives; both hookups and the export line; the Korean
opening's profile, history, capital and jobs lines; the energised transformer's headline, capacity, assignment and
first-in-region lines; every line of the share sale, the stake purchase (its caption now names no buyer), the history
and the tag-page leads; the interview's figures, question and closing line; all six Japanese renderings; and nearly
every English row (the China interview, the year-in-review lines, the aid agreement, the meter quote, the Thai Binh
opening and its three lines, the Dong Nai opening and groundbreaking, the feature's headline, R&D centre and sales
target, the Mexico, Tulsa and Chinese-maker lines, the Kyodo stake and its two lines, the four round-up deals, the
dealbook's three lines and the offer's three lines). Taken out (3 rows): a provincial leader's wish for the Korean group
to keep expanding (its shape came only from S7 r7, a party secretary's reception), a subsidiary-profile line whose
power-plant ownership came from S14 r6, and the review's "priority is safe operation" line, which stayed too close to
S8 r1 after two rewrites. Nothing else was used from ranks 5-8, among them: the SPC remote-reading report and the
supporting-industry feature (S1 r5-r6), a 2007 fake-meter story (S1 r7), an ATS thesis and two switchboard vendors (S2
r5-r8, S15 r8), betting salads and a conductor-sizing paper (S3 r5-r8), a betting tag, a PVC bidding circular and two
legal tags (S4 r5-r8), the ferro-silicon slug, a cluster plan and a cable-plant approval (S5 r5-r8), the Shanghai plant
visit and the Panasonic opening in Vietnamese (S6 r5-r8), the Korean chairman's reception and a phone-plant licence (S7
r5-r8), an energy journal, a thermal-plant synchronisation, a Japanese transformer order in Myanmar and a rail-car
contract (S8 r5-r8), more spam slugs (S9 r5-r8, S16 r5-r8), the enclosure vendors and a tag (S10 r5-r8), the Đồng
Tháp meter roll-out, a utility's RF meter, the HCMC meter programme and a bill-calculator title (S11 r5-r8), a
substation project, a journal and a price-deal hashtag (S12 r5-r8), download and legal tags and a certificate explainer
(S13 r5-r8), the state exit, the tender offer for cable and transformer shares, a founder's mother's purchase and a
treasury buyback (S14 r5-r8), a thesis, a generator blog and two course projects (S15 r5-r7), a metering regulation, a
cooperation meeting, a smart-meter conference paper and an Indian meter tender (S17 r5-r8), a chip-plant groundbreaking,
a Vietnamese copy of the breaker plant, a Spanish page on a visiting group and a Japanese phone-plant item (S18 r5-r8),
the transformer seizure, a Korean US expansion, a repeat press release and a Korean US plant purchase (S19 r5-r8), and
the law-firm newsletters and the Japanese copy of the switchboard stake (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or an investment-policy approval ("chấp thuận chủ trương đầu tư") is an investment deal and
an investment_licence event "licensed", the granting body a government party as written, the headline's amount in the
same row the licence amount, sited in the grantor's province; a named firm's plan or planned plant is an announced
investment, undated; an opening with its capital is an investment deal and an inauguration "completed", without capital
the event only, a caption restating the opening the same event; a held groundbreaking is a groundbreaking deal and event
"started"; recalled plants, openings and groundbreakings are deals without events; a contract signed or awarded is a
supply_contract deal and signed event, seller first, without site (batch 112's tender award with the buyer named in the
row; a winner named without its buyer gives none, batch 121); an acquisition's deal is the buyer's investment and its
event lists buyer and target (and the seller when named), a tender offer or a private placement to a named investor an
announced acquisition, a subsidiary named as the buyer in the next row no second event (batch 89); share sales and
divestments without a buyer, treasury and bond issues, shareholdings, proposals to shareholders, inferred sellers,
conditionals, grants and aid agreements, grid hookups by a utility, deliveries "do X chế tạo", research assignments,
sales targets, revenue and profit give no deal; attendees are no parties; a deal date needs a day; vague amounts are
none; "khoảng", "chừng", "gần", "hơn", "trên", "about", "some", "nearly", "more than", "at least" approximate;
bracketed conversions are both money, the deal taking the one written first; prices per share are no money; capacities,
ratings (kVA, MVA, kA, kV), lengths, durations, ordinals, multipliers, page and forum counters, counts in words and
counts without a noun are no counts; shares are counted, English counts keep their English noun; m2, m² and sq m are
areas in ha; Vietnamese legal forms are normalised ("CTCP" -> "Công ty CP", "CTCP Tập đoàn X" -> "Công ty CP" X), foreign
ones kept ("JSC", "Co., Ltd." from "Co., Ltd", "Pte. Ltd."), "Corp", "Corporation", "Company", "Group" and "Holdings"
stay in an English name; "Việt Nam"/"Vietnam" and a trailing "Vina" are dropped from a foreign subsidiary's name; a bare
"EVN" and "Vietnam Electricity"/"Electricity of Vietnam" are the firm "Điện lực Việt Nam" (batch 107), "EVNNPC",
"EVNNPT", "EVNCPC", "EVNSPC" and "KBE" bare acronyms firms, a bracketed acronym after a name no second entry; a bare
headline name and the lead's full name with the same canonical name are one entry; a province inside a firm's name is
no mention, inside an organisation's, a park's or a zone's name it is; Vietnamese country words and English country
nouns and possessives are countries, English adjectives ("Japanese-owned", "US-owned", "Korean") and lower-case
countries in spam slugs nothing; parks written in Vietnamese are locations, English parks and bare park names ("ở Thăng
Long II") none; datelines are mentions, not sites; bylines, authors and photo credits are persons in title case without
role, initials bylines, usernames, outlets and site credits nothing; "TS", "PGS.TS." no role; a bare "Thủ tướng" is no
person and "Tỉnh ủy" in a role no organisation; organisations expand UBND, government parties keep the text's spelling;
old tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Tender results of a power corporation (S4 r1): the amount-first lead "Gần 210 tỷ đồng là tổng giá trúng của 7 gói thầu
  ... mà Tổng công ty Điện lực miền Bắc (EVNNPC) vừa công bố kết quả" (hand-50861) names no winner: money, counts (the
  headline's "7 gói" and the lead's "7 gói thầu" both) and the firms only; "cả ba gói máy biến áp 1 pha của EVNNPC (...)
  đều về Công ty CP Chế tạo Biến thế Nam Hải, tổng giá trúng hơn 117 tỷ đồng" (50862) is a signed supply_contract deal
  and event of the winner and EVNNPC (a firm buyer, so a deal too, unlike batch 112's hospital) with the approximate
  amount, the opening short name "Biến thế Nam Hải" a second entry; winners named without the buyer in their row
  (50863, 50864) give firms and money only; package codes ("gói 03/2024", "MBA 1P 25kVA") nothing; "19 nhà thầu" a count.
- The investor-first zone licence "Chủ đầu tư là Công ty CP Cơ điện Vĩnh Hưng (Hà Nội); Ban Quản lý Khu kinh tế tỉnh
  Quảng Trị đã trao giấy chứng nhận ..." under a headline with the province and the amount (50867) is the board's
  licence with the headline's approximate amount, sited in Quảng Trị, Hà Nội a mention; the equity line (50868) money
  and area only; "Khu kinh tế Đông Nam Quảng Trị" in the incentives line (50872) a zone location naming the province.
- An author page's headline "Thanh Hóa gật đầu với nhà máy ... hơn 1.150 tỷ đồng" over "UBND tỉnh Thanh Hóa vừa chấp
  thuận chủ trương đầu tư cho dự án của Công ty CP Khí cụ điện Lam Sơn" (50820) is a licence of G("UBND tỉnh Thanh Hóa")
  with the headline's amount; the member's group a firm mention; the planned groundbreaking no second event; the page
  label's author a person without role.
- A tag page's won-first plan abroad ("410 tỷ won, chừng 305 triệu USD, là số tiền Daemyung Electric định bỏ ra ... ở
  bang Alabama (Mỹ)", 50819) is an announced investment in KRW without site; the US state nothing, "Mỹ" a country.
- The Korean opening (S7 r1): a headline naming the group over a lead of attendees (50877) is its inauguration without
  capital, sited by the lead's "UBND tỉnh Hưng Yên"; the bare "ở Thăng Long II" is no park; a consul general's role
  "Tổng Lãnh sự Hàn Quốc tại Hải Phòng" gives the country and Hải Phòng as a mention; the caption "Lãnh đạo tỉnh Hưng Yên
  và Tập đoàn Seohan Electric bấm nút vận hành nhà máy" (50883) the same event, sited by the host province (batch 73);
  "32 triệu USD và khoảng 2,8 ha là quy mô nhà máy mới mà Seohan khởi công từ tháng 9-2023" (50881) a recalled
  groundbreaking deal with the amount, no event, no date, no site; the revenue target (50882) money per year only; the
  English year-in-review line "The 32 million USD Seohan Electric Vietnam factory ... has been running since November
  2024" (50924) a recalled opening with capital: a deal without event, the English park none.
- Group share dealings (S14): a registration to sell part of a listed subsidiary (50891) and the state's 2015 sale on
  UPCoM (50905) have no buyer: counts, percentages, money only; the unit's fresh purchase told object-first ("31 triệu cổ
  phiếu Tổng công ty Gốm sứ Kim Sơn (KSC), tức 6,8% vốn, vừa về tay Công ty TNHH Thiết bị điện Hưng Đạo", 50897) a
  completed acquisition of the unit and the target without amount, the parent a mention; the inferred seller
  ("người mua gần như chắc là nhóm Hưng Đạo", 50899) speculation, no deal; a caption naming the buyer only as "công ty con
  của Hưng Đạo" (50900) no event; the dated tag-page lead "17,6% vốn điều lệ CTCP Đầu tư Hạ tầng Hòa Mạc ... đã thuộc về
  Công ty TNHH MTV Năng lượng Hưng Đạo sau giao dịch ngày 9/6" (50908) a completed acquisition dated 2020-06-09 with the
  page's year; the AGM question on owning 100% without a tender offer (50909) a proposal to shareholders, no deal; brands
  listed with their products in brackets (50894) are firms.
- Offers and aid: "VND82,000 (US$3.52) a share, 27% above the market: that is what ... Daehan Heavy Industries has offered
  for 11.2 million shares ... of Kinh Bac Electrical Equipment Corporation (KBE)" (50958) is an offer letter to the state
  holder still unanswered: a proposal, no deal (unlike a filed tender offer, batch 89); the headline's "Kinh Bac
  Electrical Equipment" and the lead's name with "Corporation" are two entries; "at least VND918 billion" approximate; a
  non-refundable aid agreement of USTDA with EVNSPC (50929-50930) a grant, no deal.
- English deals: the object-first "Thirty-eight substations ... under an 11 million USD contract that Norden Grid of
  Sweden has signed with Central Power Corporation (EVNCPC)" (50926) a signed supply_contract of the two, undated, the
  headline's lower-case "Central power" no firm; the Kyodo lead "Vietnam is to become the global switchboard base of
  Takeda Electric Corp ..., announcing that it would take 38 percent of local switchboard producer Saigon Star Electric
  Corp" (50948) an announced acquisition; the Singapore unit paying under the agreement signed "on Tuesday" (50949) no
  second event and no date; the round-up's seller-first "Tan Mai Mechanical Company is to sell its 35 per cent of a Dong
  Nai transformer joint venture to ... Kohler Transformer Holdings" (50952) Kohler's announced acquisition with the seller
  as second party (the joint venture unnamed), "a strategic partner" (50951) no party; "will end up with 49 per cent ...
  under a signed deal" (50953) a signed acquisition of the placee; "now owns 99.6 per cent ... after buying out the
  minority holders last week" (50954) and "About 7.4 million shares of ... (PCM) have gone to Minh Phat JSC" (50955)
  completed acquisitions; "Lotus may simply be tidying up its holdings" (50957) speculation, "Lotus" a short-name entry.
- English openings and plans: the object-first "Switchgear cabinets ... will come off the lines of a new Japanese-owned
  factory ..., which Okuda Switchgear Vietnam opened in ... Thai Binh on March 21" (50933) an inauguration without capital
  sited in Thái Bình's current unit, "Japanese-owned" no country, the capital line without the firm (50934) money and
  area, "from Japan" a country; "Full production is under way at the ... factory that Sanwa Denko Vietnam has just
  opened in Dong Nai Province" (50936) an inauguration; "Work has begun on a second building at Sanwa Denko Vietnam Co.,
  Ltd's ... factory ..., the Japanese parent Sanwa Denko said" (50938) a started groundbreaking sited in Đồng Nai, one
  firm entry with "Co., Ltd."; "A grid-software centre in Hanoi, costing Siemens $180 million, should open before the
  year is out" (50941) and "A $240 million factory ... is coming to Hai Phong: Harlan Grid Systems ... said ... it would
  build it" (50943) announced investments sited in Hà Nội and Hải Phòng; a ribbon-cutting still to come for a plant in
  Monterrey, Mexico (50945) an announced investment without site; "whose grand opening Cardinal Transformers and
  Ridgeline Electric have just held" in Oklahoma (50946) one inauguration of both without site or deal; a sales target
  ("about 3.2 times ..., adding $310 million", 50942) no deal.
- Rendered Japanese pages: the 1996 item "Khu công nghiệp Việt Nam - Singapore, cách TP.HCM khoảng 20 km về phía bắc, sẽ
  có nhà máy cầu dao tự động của hãng ... Delorme (Pháp)" (50916) is an announced investment without site (the park
  names no province, the distance line a mention of HCM City, the bracketed "【Hà Nội】" dateline a mention); "đô la
  Singapore" is SGD; recalled meters re-approved by the Prime Minister (50919) and a court letting "Meitek Vina" keep
  using them (50920) give no deal, "Vina" dropped, the bare court none; kWh are not money.
- Others: the legal-signer page "Thứ trưởng Bộ Công Thương Hồ Minh Tân / Thông tư 12/2025/TT-BCT ..." (50824) gives the
  person with role and the circular without date; vendors naming themselves ("Tủ điện Phúc Hưng", "Tủ điện Sao Việt",
  "Điện Thành Công") are firm mentions; a course cover's "Giảng viên hướng dẫn: TS Phạm Văn Hùng" gives that role
  (batch 73), the student and the thesis writer ("Học viên: Đỗ Văn Thắng") none; "Công ty Truyền tải điện 1" keeps its
  digit; substation names ("trạm biến áp 220kV Bắc Giang", "trạm 500 kV Nho Quan") give nothing, the province after them
  ("tỉnh Ninh Bình") a mention; "Ban QLDA Phát triển điện lực miền Bắc" is an organisation as written; a utility's
  hookup ("Công ty Điện lực Bình Định đã chi gần 1,8 tỷ đồng dựng một trạm ...", 50873) money and firms only; standards
  and grades ("IP55", "IEC 61439", "SPCC"), model codes ("DT-55") and ratings nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, ev, f, ha, park, per, zone


def hand_sentences_157(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    K = 1_000
    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HN = cur("Hà Nội")
    HP = cur("Hải Phòng")
    HY = cur("Hưng Yên")
    TH = cur("Thanh Hóa")
    QT = cur("Quảng Trị")
    DNai = cur("Đồng Nai")
    TB = cur("Thái Bình")

    ids = iter(range(50801, 50801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam: betting salads and keyword slugs on foreign domains (S3 r2-r3, S5 r2, S9 r1-r4, S16 r1-r4:
    # 11 of the 80 slots) ---
    spam = [
        (
            "vn68 soi cầu lô miền bắc hôm naythống kê giải đặc biệtkết quả xổ số 3 miềnnổ hũ 79",
            "2024-05-11",
            ["betting_salad", "run_together", "region_nothing"],
        ),
        (
            "xsmb thứ sáuvn68 dự đoán lô đềtần suất lô tô miền namquay thử xsmt",
            "2024-05-11",
            ["betting_salad", "run_together", "region_nothing"],
        ),
        (
            "nhà máy máy biến áp chi phí chỉ số quy trình trung quốc",
            "2023-02-17",
            ["foreign_domain_slug", "lowercase_country_nothing"],
        ),
        (
            "tôn silic cán nguội định hướng giá mỗi kg nhà máy hệ số tổn hao thấp",
            "2020-12-20",
            ["foreign_domain_slug"],
        ),
        (
            "quy trình sản xuất sứ cách điện đường dây pdf Mẫu miễn phí",
            "2021-03-06",
            ["foreign_domain_slug"],
        ),
        (
            "tinh chế bột alumin mua nhà sản xuất sứ cao thế",
            "2022-07-17",
            ["foreign_domain_slug"],
        ),
        (
            "báo giá thép kỹ thuật điện indonesia hàm lượng silic cao",
            "2021-02-19",
            ["foreign_domain_slug", "lowercase_country_nothing"],
        ),
        (
            "dầu cách điện máy biến áp gốc naphten bảng giá 2022",
            "2022-03-21",
            ["foreign_domain_slug", "year_no_count"],
        ),
        (
            "hệ số giãn nở nhiệt thấp nhà cung cấp nhựa epoxy đúc biến dòng",
            "2018-04-11",
            ["foreign_domain_slug"],
        ),
        (
            "máy nghiền sứ phế thải được chứng nhận ce công suất lớn phổ biến nhất dòng hx7",
            "2023-08-30",
            ["foreign_domain_slug", "model_code_nothing"],
        ),
        (
            "Độ bền điện môi giá giấy cách điện nhúng dầu bảng giá 2021",
            "2021-03-21",
            ["foreign_domain_slug", "year_no_count"],
        ),
        (
            "sứ đỡ thanh cái hạ thế giá mỗi cái nhà máy 2019 Mẫu miễn phí",
            "2019-05-22",
            ["foreign_domain_slug", "year_no_count"],
        ),
    ]
    for text, date, extra in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- Tag, hashtag, title, legal-title, author and listing pages, some with a headline and a lead (S1 r1, S1 r3,
    # S2 r4, S4 r2-r4, S6 r1, S7 r2, S7 r4, S8 r4, S10 r2, S11 r1, S11 r4, S12 r4, S13 r1-r4, S15 r1) ---
    rows += [
        h(
            n(),
            "quy trình kiểm định công tơ điện",
            "2023-09-14",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cách tự tính tiền điện theo số kWh trên công tơ điện tử chuẩn nhất",
            "2024-04-02",
            "ministry",
            ["title_page", "content_farm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "biểu giá bán lẻ điện sinh hoạt",
            "2024-10-12",
            "ministry",
            ["tag_page", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nghị định 214/2025/NĐ-CP hướng dẫn lựa chọn nhà thầu mua sắm hàng hóa, thiết bị",
            "2025-08-05",
            "legal",
            ["legal_title", "year_in_number_no_date", "no_event"],
            decisions=[d("214/2025/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "#mời thầu cung cấp công tơ điện tử 3 pha",
            "2024-03-18",
            "ministry",
            ["hashtag_page", "phase_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sổ tay hướng dẫn luật đấu thầu 2023 ebook pdf",
            "2023-11-26",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thêm một hãng Hàn Quốc mở rộng sản xuất máy biến áp ở Mỹ\n410 tỷ won, chừng 305 triệu USD, là số tiền Daemyung Electric định bỏ ra trong hai năm tới để nâng công suất xưởng máy biến áp siêu cao áp ở bang Alabama (Mỹ), hãng cho hay hôm 9/4.",
            "2025-04-10",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "amount_first",
                "announced_investment_abroad",
                "krw_first_then_usd",
                "approx",
                "foreign_state_nothing",
                "multiline",
            ],
            firms=[f("Daemyung Electric")],
            money=[m(410 * B, "KRW"), m(305 * M, "USD", approx=True)],
            locations=[country("Hàn Quốc"), country("Mỹ")],
            deals=[deal("investment", ["Daemyung Electric"], 410 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Daemyung Electric")],
                    410 * B,
                    "KRW",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Bài viết mới nhất từ Quỳnh Chi\nThanh Hóa gật đầu với nhà máy thiết bị đóng cắt trung thế hơn 1.150 tỷ đồng\nUBND tỉnh Thanh Hóa vừa chấp thuận chủ trương đầu tư cho dự án của Công ty CP Khí cụ điện Lam Sơn; doanh nghiệp thuộc Tập đoàn Lam Sơn Power muốn động thổ trước cuối quý III.",
            "2024-05-08",
            "ministry",
            [
                "author_page",
                "author_person",
                "headline_lead",
                "investment_policy_approval",
                "committee_grantor_first",
                "headline_amount_licence_amount",
                "planned_groundbreaking_no_second_event",
                "approx",
                "multiline",
            ],
            persons=[per("Quỳnh Chi", None)],
            organizations=["Ủy ban nhân dân tỉnh Thanh Hóa"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Lam Sơn Power", "Tập đoàn"), f("Khí cụ điện Lam Sơn", "Công ty CP")],
            money=[m(1150 * B, "VND", approx=True)],
            deals=[deal("investment", ["Khí cụ điện Lam Sơn"], 1150 * B, TH)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Thanh Hóa"), F("Khí cụ điện Lam Sơn")],
                    1150 * B,
                    "VND",
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Trạm 110kV Yên Mỹ 2 có điện, các khu công nghiệp phía nam Hưng Yên bớt lo quá tải\nNăng lượngMáy biến áp T1 63 MVA của trạm cùng nhánh rẽ đấu nối đã mang điện từ 22h40 ngày 18/8/2024, sau khi Ban QLDA Phát triển điện lực miền Bắc phối hợp các đơn vị thi công hoàn tất thử nghiệm.",
            "2024-08-19",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "section_label_glued",
                "energisation_no_deal",
                "substation_name_nothing",
                "board_as_written",
                "multiline",
                "no_event",
            ],
            organizations=["Ban QLDA Phát triển điện lực miền Bắc"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "giá tủ điện composite ngoài trời",
            "2024-12-03",
            "ministry",
            ["tag_page", "vendor_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nguyên lý hoạt động của công tơ điện thông minh",
            "2022-06-09",
            "ministry",
            ["title_page", "foreign_title_rendered", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thứ trưởng Bộ Công Thương Hồ Minh Tân\nThông tư 12/2025/TT-BCT quy định đo đếm điện năng trong hệ thống điện",
            "2025-06-02",
            "legal",
            ["legal_signer_page", "person_role_before", "legal_title", "multiline", "no_event"],
            persons=[per("Hồ Minh Tân", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            decisions=[d("12/2025/TT-BCT")],
            events=[],
        ),
        h(
            n(),
            "luật đầu tư theo phương thức đối tác công tư",
            "2024-01-22",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy phép hoạt động điện lực trong lĩnh vực phân phối điện",
            "2023-06-27",
            "ministry",
            ["tag_page", "law_firm_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 2781/QĐ-BKHCN 2024 công bố thủ tục hành chính lĩnh vực tiêu chuẩn đo lường chất lượng",
            "2024-10-15",
            "legal",
            ["legal_title", "year_only_no_date", "no_event"],
            decisions=[d("2781/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "download phap luat thong tu 24 2021 tt bkhcn quy dinh do luong doi voi cong to dien",
            "2021-12-09",
            "ministry",
            ["download_slug", "unaccented", "unaccented_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Aptomat, cầu dao tự động MCB, MCCB là gì? Khác nhau ra sao?",
            "2023-07-19",
            "ministry",
            ["title_page", "question", "acronyms_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            'Tag Archives: MOU\n\nHành trình 30 năm của Delorme Electric tại Việt Nam\n\n<p style="text-align: justify">Công trình đầu tay của Delorme Electric ở Việt Nam là trạm biến áp 220 kV Hòa Khánh, đóng điện năm 1995 cho thành phố Đà Nẵng; từ đó hãng gắn bó với Tập đoàn Điện lực Việt Nam (EVN) qua hàng chục dự án lưới điện.<br> </p>',
            "2024-11-20",
            "ministry",
            [
                "tag_page",
                "html_markup",
                "recalled_works_no_deal",
                "substation_name_nothing",
                "vague_count_none",
                "acronym_in_brackets",
                "multiline",
                "no_event",
            ],
            firms=[f("Delorme Electric"), f("Điện lực Việt Nam", "Tập đoàn")],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
    ]
    # --- Student papers, vendor explainers and blogs, a translation site, document stores, a forum thread and a
    # master's thesis (S1 r2, S1 r4, S2 r1-r3, S3 r1, S3 r4, S8 r2, S10 r1, S10 r3-r4, S11 r2-r3, S12 r2-r3, S15 r2-r4) ---
    rows += [
        h(
            n(),
            "Trang 1TRƯỜNG ĐẠI HỌC ĐIỆN LỰC\nKHOA QUẢN LÝ CÔNG NGHIỆP VÀ NĂNG LƯỢNG\n————\nBÀI THẢO LUẬN HỌC PHẦN: QUẢN LÝ CHẤT LƯỢNG\nĐỀ TÀI: THỰC TRẠNG TIÊU CHUẨN ĐO LƯỜNG ĐỐI VỚI CÔNG TƠ ĐIỆN TỬ TẠI VIỆT NAM\nTrang 2MỤC LỤC\nA Mở đầu 3\nB Nội dung 5\nChương 1: Cơ sở lý luận 5",
            "2024-04-25",
            "ministry",
            [
                "course_paper_cover",
                "caps_cover",
                "page_marker_glued",
                "faculty_nothing",
                "table_of_contents",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Điện lực"],
            events=[],
        ),
        h(
            n(),
            "Công tơ cơ đang dần nhường chỗ cho công tơ điện tử, nhưng bộ tiêu chuẩn quốc gia (TCVN) và quy chuẩn kỹ thuật (QCVN) cho loại công tơ đo xa vẫn chạy theo sau thực tế; vì thế nhóm 4 chọn đề tài này.",
            "2024-04-25",
            "ministry",
            ["course_paper", "group_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2020-07 Không cần công nhân gõ cửa từng nhà: chỉ số của công tơ điện tử có thể tự về trung tâm qua sóng RF, qua đường dây tải điện (PLC) hay qua mạng di động, tùy mô-đun lắp kèm.",
            "2020-07-15",
            "ministry",
            ["page_date_chrome", "explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mỗi giờ, trung tâm nhận một bộ số liệu về dòng, áp, tần số và hệ số công suất của từng công tơ; biểu đồ dựng từ đó cho khách hàng tự xem điện nhà mình có ổn định không.",
            "2020-07-15",
            "ministry",
            ["explainer", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một lợi thế khác: mạch đo tự ghi lại những lần nắp công tơ bị mở hay dây bị đấu sai pha.",
            "2020-07-15",
            "ministry",
            ["explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đặc điểm của tủ điện công nghiệp\n- Vỏ dày, chia nhiều ngăn riêng cho máy cắt, thanh cái và cáp.\n- Xưởng nhiều bụi, hơi nước thì nên chọn tủ đạt IP55 trở lên.\n- Điện áp làm việc thường là 400V ba pha.",
            "2025-02-14",
            "ministry",
            [
                "vendor_explainer",
                "dash_list",
                "standard_code_nothing",
                "nfd",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Tủ điện công nghiệp thường chia ba loại phổ biến: tủ phân phối tổng, tủ động lực và tủ điều khiển, mỗi loại giữ một nhiệm vụ riêng trong nhà máy.",
            "2025-02-14",
            "ministry",
            ["vendor_explainer", "count_in_words_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chọn sai loại tủ là chuyện nhiều chủ đầu tư từng gặp. Trong bài này, Tủ điện Phúc Hưng giới thiệu lần lượt từng loại tủ hạ thế và chỗ dùng của chúng.\n1. Tủ phân phối tổng (MSB)",
            "2025-05-06",
            "ministry",
            ["vendor_blog", "vendor_self_name", "numbered_heading", "multiline", "no_event"],
            firms=[f("Tủ điện Phúc Hưng")],
            events=[],
        ),
        h(
            n(),
            "Trong tủ MSB là máy cắt tổng loại lớn – ACB hoặc MCCB – đủ sức chịu dòng ngắn mạch cao, vì mọi mạch ra của tòa nhà đều đi qua đây.",
            "2025-05-06",
            "ministry",
            ["vendor_blog", "acronyms_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2. Tủ phân phối nhánh (DB)\nMỗi tầng hay mỗi khu vực thường có một tủ DB riêng, nhỏ gọn, lấy điện từ MSB và bảo vệ các mạch bằng aptomat tép (MCB).",
            "2025-05-06",
            "ministry",
            ["vendor_blog", "numbered_heading", "acronyms_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bộ tự động chuyển nấc phân áp cho máy biến áp phân phối trang 1\n\nTrang 1\n\nBộ tự động chuyển nấc phân áp cho máy biến áp phân phối trang 2\n\nTrang 2",
            "2021-11-03",
            "ministry",
            ["document_store", "page_chrome_repeated", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điện áp cuối lưới hạ thế dao động mạnh làm hỏng thiết bị và tăng tổn thất; bài báo đề xuất một bộ điều khiển đổi nấc máy biến áp khi đang mang tải, đã chạy thử ở hai trạm biến áp tại Đồng Tháp.",
            "2021-11-03",
            "ministry",
            ["journal_abstract", "count_in_words_none", "no_event"],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "PHẢI LẮP TRẠM BIẾN ÁP RIÊNG KHI NÀO?\n\nI/ Từ bao nhiêu kW thì cần trạm riêng?\n\nNhiều chủ xưởng hỏi chúng tôi câu này. Theo quy trình cấp điện của Tổng công ty Điện lực, từ mức 50 kW đăng ký trở lên, chuyện ai bỏ tiền làm đường dây trung áp và trạm biến áp sẽ do khách hàng và điện lực thoả thuận.",
            "2023-03-09",
            "ministry",
            [
                "vendor_explainer",
                "caps_question",
                "roman_heading",
                "bare_unit_none",
                "old_tone",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "II/ HỒ SƠ XIN LẮP TRẠM\n\n  • Đơn (hoặc công văn) xin mua điện;\n  • Giấy tờ chứng minh nơi sử dụng điện;\n  • Bộ hồ sơ đấu nối: sơ đồ nguyên lý, tài liệu thiết bị, tiến độ dự kiến – theo quy định của Bộ Công Thương.",
            "2023-03-09",
            "ministry",
            ["vendor_explainer", "bullet_list", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "III/ XƯỞNG NHỎ NÊN CHỌN MÁY BIẾN ÁP NÀO?\n\nVới phụ tải dưới 400 kVA, máy biến áp dầu 3 pha kiểu kín được chọn nhiều nhất vì giá vừa phải và dễ bảo dưỡng.",
            "2023-03-09",
            "ministry",
            ["vendor_explainer", "roman_heading", "rating_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nghiên cứu chế tạo máy biến áp 220 kV – 250 MVA\n\npdf 26 trang | Chia sẻ: hoangmai92 | Lượt xem: 1872 | Lượt tải: 0download\nXem trước 20/26 trang, bấm DOWNLOAD để tải bản đầy đủ.",
            "2022-02-16",
            "ministry",
            [
                "document_store",
                "uploader_username_nothing",
                "page_metadata_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Nhu cầu điện tăng khoảng 10%/năm khiến lưới 220 kV mỗi năm cần thêm hàng trăm máy biến áp lực, phần lớn vẫn phải nhập khẩu.",
            "2022-02-16",
            "ministry",
            ["document_store", "percentage_per_year", "vague_count_none", "no_event"],
            percentages=[10],
            events=[],
        ),
        h(
            n(),
            "10\n2025\n\n5 CÁCH GIẢM LỖI BỀ MẶT KHI SƠN TĨNH ĐIỆN VỎ TỦ ĐIỆN\n\n1. VÌ SAO VỎ TỦ HAY BỊ RỖ, CHẤM KIM?\nBột sơn tích điện không đều, nhiệt độ sấy lệch 10-15°C hoặc bề mặt còn dầu đều để lại vết trên lớp phủ.",
            "2025-10-08",
            "ministry",
            [
                "vendor_blog",
                "date_chrome_split",
                "caps_headings",
                "temperature_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Xem thêm: Tủ điện Sao Việt kiểm tra tủ theo IEC 61439 ra sao tại nhà máy\nVì sao vỏ tủ quan trọng?\nVỏ giữ cho aptomat, contactor, đồng hồ bên trong khỏi bụi, nước, hoá chất và va đập; chọn sai độ dày tôn là tủ nhanh xuống cấp.",
            "2024-08-12",
            "ministry",
            [
                "vendor_explainer",
                "see_also_line",
                "vendor_self_name",
                "standard_code_nothing",
                "old_tone",
                "multiline",
                "no_event",
            ],
            firms=[f("Tủ điện Sao Việt")],
            events=[],
        ),
        h(
            n(),
            "Với thiết bị không bắt vít thẳng vào vỏ được, thợ phải hàn hoặc bắt thêm thanh gá ở mặt trong; tủ càng nhiều thiết bị thì càng cần nhiều thanh gá.",
            "2024-08-12",
            "ministry",
            ["vendor_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "3) Thép vỏ tủ: đừng chỉ hỏi mác\n👉 Hai lô SPCC cùng mác vẫn có thể khác lớp bề mặt; lô nào không truy được nguồn gốc thì đừng nhận.\n👉 Tủ đặt ngoài trời ven biển cần thép mạ hoặc inox, không dùng chung tiêu chí với tủ trong nhà.",
            "2025-12-01",
            "ministry",
            ["vendor_blog", "emoji", "steel_grade_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công tơ tổng của nhà xưởng thường đặt trong tủ có niêm phong của điện lực, khách hàng không được tự mở\nThe total meter of the factory usually put in the cabinet have seal of electricity, customer is not allowed self open",
            "2022-09-30",
            "ministry",
            ["translation_site", "machine_english", "mixed_language", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang 1TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI\nBÀI TẬP LỚN\nThiết kế cung cấp điện cho một nhà máy cán thép\nTrần Quốc Việt\nviet.tq215500@sis.hust.edu.vn\nNgành Kỹ thuật điện\nGiảng viên hướng dẫn: TS Phạm Văn Hùng",
            "2024-01-08",
            "ministry",
            [
                "course_paper_cover",
                "caps_cover",
                "student_no_role",
                "cover_label_role",
                "email_nothing",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Quốc Việt", None), per("Phạm Văn Hùng", "Giảng viên hướng dẫn")],
            organizations=["Trường Đại học Bách khoa Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Cầu dao chống giật là gì? Cấu tạo, nguyên lý, cách chọn\n\n14/01/2026\n27 Phút đọc\n2318 Lượt xem\n\nỞ Điện Thành Công, chúng tôi gặp không ít khách lắp aptomat thường cho bình nóng lạnh rồi mới hỏi vì sao nó không bảo vệ được người dùng.",
            "2026-01-14",
            "ministry",
            [
                "vendor_explainer",
                "read_time_views_chrome",
                "vendor_self_name",
                "view_counter_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Điện Thành Công")],
            events=[],
        ),
        h(
            n(),
            "1. Cầu dao chống giật là gì?\nĐó là thiết bị tự ngắt mạch khi dòng rò xuống đất vượt ngưỡng, thường 30 mA với mạch sinh hoạt, nhờ vậy bảo vệ người chạm phải vỏ thiết bị bị rò điện.",
            "2026-01-14",
            "ministry",
            ["vendor_explainer", "numbered_heading", "rating_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thảo luận An toàn điện - chọn aptomat cho nhà phố\n\ndienhaiphong88\n\nThành viên mới\n12/5/15\n86\n3\nNhà mình ba tầng, mỗi tầng nên đặt một aptomat riêng hay dùng chung một cái tổng? Mong các bác có kinh nghiệm chỉ giúp.",
            "2015-05-12",
            "ministry",
            [
                "forum_post",
                "forum_question",
                "username_nothing",
                "forum_counters_no_count",
                "count_in_words_none",
                "nfd",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Trả lời: Bác nên dùng một MCCB tổng cho cả nhà, mỗi tầng một MCB riêng, thêm RCBO cho mạch nhà tắm; đừng ham loại dòng cắt 4,5kA giá rẻ.",
            "2015-05-12",
            "ministry",
            ["forum_post", "acronym_list", "rating_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "LỜI CAM ĐOAN\n\nHọc viên: Đỗ Văn Thắng – Kỹ thuật điện\nLuận văn “Nâng cao độ tin cậy vận hành trạm biến áp 220kV Bắc Giang của Công ty Truyền tải điện 1” do tôi tự thực hiện, các số liệu đều trung thực và có trích nguồn; tơi xin chịu trách nhiệm về lời cam đoan này.",
            "2019-04-02",
            "ministry",
            [
                "thesis",
                "broken_font",
                "label_person_no_role",
                "substation_name_nothing",
                "number_in_firm_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Đỗ Văn Thắng", None)],
            firms=[f("Truyền tải điện 1", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nLỜI CAM ĐOAN i\nLỜI CẢM ƠN ii\nCHƯƠNG 1. TỔNG QUAN VỀ ĐỘ TIN CẬY TRẠM BIẾN ÁP 1\n1.1. Khái niệm độ tin cậy 1",
            "2019-04-02",
            "ministry",
            ["thesis", "table_of_contents", "page_numbers_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Luận văn hoàn thành nhờ sự hướng dẫn của PGS.TS. Lê Thị Hoa và sự giúp đỡ của đồng nghiệp ở Viện Năng lượng.\n\nHà Nội, ngày 18 tháng 03 năm 2019",
            "2019-04-02",
            "ministry",
            ["thesis", "academic_title_no_role", "place_date_line", "multiline", "no_event"],
            persons=[per("Lê Thị Hoa", None)],
            organizations=["Viện Năng lượng"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a power corporation's tender results for transformers and grid gear (S4 r1) ---
    rows += [
        h(
            n(),
            "EVNNPC chọn xong nhà thầu cho 7 gói máy biến áp, dao cách ly và phụ kiện cáp\n\n(BĐT) - Gần 210 tỷ đồng là tổng giá trúng của 7 gói thầu mua sắm tập trung năm 2024 mà Tổng công ty Điện lực miền Bắc (EVNNPC) vừa công bố kết quả.",
            "2024-07-16",
            "ministry",
            [
                "headline_lead",
                "tender_result_no_winner",
                "outlet_prefix_nothing",
                "amount_first",
                "acronym_in_brackets",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("EVNNPC"), f("Điện lực miền Bắc", "Tổng công ty")],
            money=[m(210 * B, "VND", approx=True)],
            quantities=[c(7, "gói"), c(7, "gói thầu")],
            events=[],
        ),
        h(
            n(),
            "Biến thế Nam Hải là nhà thầu thắng nhiều nhất: cả ba gói máy biến áp 1 pha của EVNNPC (gói 03/2024 – MBA 1P 25kVA, gói 04/2024 – MBA 1P 50kVA, gói 05/2024 – MBA 1P 75kVA) đều về Công ty CP Chế tạo Biến thế Nam Hải, tổng giá trúng hơn 117 tỷ đồng.",
            "2024-07-16",
            "ministry",
            [
                "tender_award_firm_buyer",
                "supply_contract",
                "short_name_then_full",
                "package_code_nothing",
                "count_in_words_none",
                "approx",
            ],
            firms=[
                f("Biến thế Nam Hải"),
                f("EVNNPC"),
                f("Chế tạo Biến thế Nam Hải", "Công ty CP"),
            ],
            money=[m(117 * B, "VND", approx=True)],
            deals=[deal("supply_contract", ["Chế tạo Biến thế Nam Hải", "EVNNPC"], 117 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Chế tạo Biến thế Nam Hải"), F("EVNNPC")],
                    117 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Kinh Bắc, tức Tổng công ty Thiết bị điện Kinh Bắc, cắt giá sâu hơn cả: 3,12 tỷ đồng ở gói 06/2024 (trúng 38,46 tỷ đồng) và 1,58 tỷ đồng ở gói 08/2024 (trúng hơn 24,9 tỷ đồng).",
            "2024-07-16",
            "ministry",
            [
                "tender_award_no_buyer_in_row",
                "supply_contract_no_event",
                "package_code_nothing",
                "count_in_words_none",
                "approx",
                "no_event",
            ],
            firms=[f("Kinh Bắc"), f("Thiết bị điện Kinh Bắc", "Tổng công ty")],
            money=[
                m(3.12 * B, "VND"),
                m(38.46 * B, "VND"),
                m(1.58 * B, "VND"),
                m(24.9 * B, "VND", approx=True),
            ],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Thiết bị điện Hòa Phước (3,05 tỷ đồng) và Công ty TNHH Thương mại Kỹ thuật Bến Nghé (1,94 tỷ đồng) chia nhau hai gói nhỏ nhất là dao cách ly và hộp nối cáp hạ thế.",
            "2024-07-16",
            "ministry",
            [
                "tender_award_no_buyer_in_row",
                "object_first",
                "amount_in_brackets",
                "count_in_words_none",
                "nfd",
                "no_event",
            ],
            firms=[
                f("Thiết bị điện Hòa Phước", "Công ty CP"),
                f("Thương mại Kỹ thuật Bến Nghé", "Công ty TNHH"),
            ],
            money=[m(3.05 * B, "VND"), m(1.94 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Theo EVNNPC, tổng giá trúng thấp hơn tổng giá các gói khoảng 5,1%, tức gần 11 tỷ đồng được tiết kiệm.",
            "2024-07-16",
            "ministry",
            ["tender_savings", "percentage", "approx", "no_event"],
            firms=[f("EVNNPC")],
            money=[m(11 * B, "VND", approx=True)],
            percentages=[5.1],
            events=[],
        ),
        h(
            n(),
            "Các gói đều đấu thầu rộng rãi trong nước qua mạng; có 19 nhà thầu nộp hồ sơ, nhiều gói chỉ hai hoặc ba nhà thầu đạt vòng kỹ thuật.",
            "2024-07-16",
            "ministry",
            ["tender_process", "count", "count_in_words_none", "no_event"],
            quantities=[c(19, "nhà thầu")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a zone board licenses a switchboard and cable-tray plant (S5 r1) ---
    rows += [
        h(
            n(),
            "Quảng Trị: Nhà máy tủ điện, máng cáp gần 118 tỷ đồng được cấp phép\n\nChủ đầu tư là Công ty CP Cơ điện Vĩnh Hưng (Hà Nội); Ban Quản lý Khu kinh tế tỉnh Quảng Trị đã trao giấy chứng nhận đăng ký đầu tư cho dự án, đặt tại KCN Quán Ngang.",
            "2025-10-03",
            "provincial",
            [
                "headline_lead",
                "licence_by_zone_board",
                "board_grantor",
                "headline_amount_licence_amount",
                "investor_home_province_mention",
                "province_in_org_name",
                "approx",
                "multiline",
            ],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Quảng Trị"],
            provinces=[pv("Quảng Trị"), pv("Hà Nội")],
            firms=[f("Cơ điện Vĩnh Hưng", "Công ty CP")],
            money=[m(118 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Quán Ngang")],
            deals=[deal("investment", ["Cơ điện Vĩnh Hưng"], 118 * B, QT)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Quảng Trị"), F("Cơ điện Vĩnh Hưng")],
                    118 * B,
                    "VND",
                    QT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Trong gần 118 tỷ đồng ấy, phần Vĩnh Hưng tự góp là 29,5 tỷ đồng; nhà xưởng chiếm 2,2 ha trên các lô C3 đến C6 của khu công nghiệp.",
            "2025-10-03",
            "provincial",
            ["equity_split_no_deal", "short_name", "lot_codes_nothing", "area", "approx", "no_event"],
            firms=[f("Vĩnh Hưng")],
            money=[m(118 * B, "VND", approx=True), m(29.5 * B, "VND")],
            areas=[ha(2.2)],
            events=[],
        ),
        h(
            n(),
            "Từ 2.000 đến 4.000 bộ tủ điện hạ thế mỗi năm, cùng 90.000 – 120.000 mét máng và thang cáp, là công suất nhà đầu tư đăng ký; khoảng 6.000 m² xưởng sẽ được cho thuê lại.",
            "2025-10-03",
            "provincial",
            ["capacity_list", "capacity_no_count", "m2_to_ha", "approx", "nfd", "no_event"],
            areas=[ha(0.6, True)],
            events=[],
        ),
        h(
            n(),
            "Ngoài tủ điện, dây chuyền còn làm vỏ tủ kim loại, giá đỡ cáp và phụ kiện cơ khí cho các công trình điện.",
            "2025-10-03",
            "provincial",
            ["product_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chậm nhất 24 tháng sau ngày nhận giấy, nhà máy phải chạy; nhà đầu tư tự lo vốn và không được đổi mục tiêu, quy mô đã đăng ký, ban quản lý lưu ý.",
            "2025-10-03",
            "provincial",
            [
                "schedule_no_event",
                "requirements_no_deal",
                "bare_unit_none",
                "duration_no_count",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Thuế thu nhập doanh nghiệp và tiền thuê đất của dự án được ưu đãi theo khung chung của Khu kinh tế Đông Nam Quảng Trị.",
            "2025-10-03",
            "provincial",
            ["incentives_no_deal", "zone", "province_in_zone_name", "no_event"],
            provinces=[pv("Quảng Trị")],
            locations=[zone("Khu kinh tế Đông Nam Quảng Trị")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial utility wires up a switchgear plant and a meter plant (S5 r3, S5 r4) ---
    rows += [
        h(
            n(),
            "KCN Phú Tài: xưởng tủ đóng cắt có điện trung thế trước ngày chạy thử\nĐể nhà máy của Công ty TNHH Kessel Switchgear kịp chạy thử, Công ty Điện lực Bình Định đã chi gần 1,8 tỷ đồng dựng một trạm biến áp (560 + 1.000) kVA và kéo 240 m đường dây 22 kV vào tận hàng rào.",
            "2021-06-22",
            "provincial",
            [
                "headline_lead",
                "grid_connection_no_deal",
                "province_in_firm_name",
                "park_in_headline",
                "length_no_count",
                "rating_no_count",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Kessel Switchgear", "Công ty TNHH"), f("Điện lực Bình Định", "Công ty")],
            money=[m(1.8 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Phú Tài")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 420 lao động sẽ được tuyển ngay đợt đầu; Kessel Switchgear tính chạy chính thức vào quý I năm tới và xuất phần lớn tủ đóng cắt sang Đức, Ba Lan, các nước ASEAN.\nT.HOÀI",
            "2021-06-22",
            "provincial",
            [
                "schedule_no_event",
                "export_markets",
                "bloc_nothing",
                "count",
                "approx",
                "initial_byline_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Kessel Switchgear")],
            quantities=[c(420, "lao động", True)],
            locations=[country("Đức"), country("Ba Lan")],
            events=[],
        ),
        h(
            n(),
            "(BĐO) - Nhà máy công tơ điện tử của Công ty CP Đo lường Trường An ở KCN Nhơn Hòa đã có điện: trạm 2.500 kVA và hơn 160 m dây 22 kV, tổng cộng 1,35 tỷ đồng, vừa được Điện lực Bình Định nghiệm thu, đóng điện.\nH.Vy",
            "2021-09-08",
            "provincial",
            [
                "outlet_prefix_nothing",
                "grid_connection_no_deal",
                "province_in_firm_name",
                "length_no_count",
                "initial_byline_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Điện lực Bình Định"), f("Đo lường Trường An", "Công ty CP")],
            money=[m(1.35 * B, "VND")],
            locations=[park("Khu công nghiệp Nhơn Hòa")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy của Trường An làm công tơ 1 pha, 3 pha và bộ tập trung dữ liệu đo xa, phần lớn bán cho các công ty điện lực miền Trung.",
            "2021-09-08",
            "provincial",
            ["product_list", "customers_unnamed_no_deal", "short_name", "region_nothing", "no_event"],
            firms=[f("Trường An")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean group opens its switchgear and transformer plant in Hưng Yên (S7 r1) ---
    rows += [
        h(
            n(),
            "Seohan Electric đưa nhà máy thiết bị điện ở Thăng Long II vào vận hành\n\nLễ khánh thành sáng 14-11 có ông Trần Quốc Hưng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hưng Yên, và ông Park Jae-won, Tổng Lãnh sự Hàn Quốc tại Hải Phòng; hai vị khách cùng lãnh đạo tập đoàn bấm nút khởi động dây chuyền.",
            "2024-11-14",
            "provincial",
            [
                "headline_lead",
                "inauguration_no_capital",
                "firm_in_headline_only",
                "attendee_not_party",
                "person_role_after",
                "country_in_role",
                "bare_park_name_nothing",
                "multiline",
            ],
            persons=[
                per("Trần Quốc Hưng", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hưng Yên"),
                per("Park Jae-won", "Tổng Lãnh sự Hàn Quốc tại Hải Phòng"),
            ],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên"), pv("Hải Phòng")],
            firms=[f("Seohan Electric")],
            locations=[country("Hàn Quốc")],
            events=[ev("inauguration", [F("Seohan Electric")], None, None, HY, "completed")],
        ),
        h(
            n(),
            "Lẵng hoa chúc mừng được gửi tới từ Bí thư Tỉnh ủy Nguyễn Văn Phong.",
            "2024-11-14",
            "provincial",
            ["person_role_before", "party_committee_no_org", "no_event"],
            persons=[per("Nguyễn Văn Phong", "Bí thư Tỉnh ủy")],
            events=[],
        ),
        h(
            n(),
            "Pháp nhân Seohan Electric Việt Nam có mặt ở Hà Nội từ năm 1999, còn công ty mẹ – một hãng thiết bị điện và tự động hoá lớn của Hàn Quốc – vận hành 5 nhà máy trong nước và một nhà máy ở Trung Quốc.",
            "2024-11-14",
            "provincial",
            [
                "company_profile",
                "subsidiary_vietnam_dropped",
                "establishment_no_deal",
                "count",
                "count_in_words_none",
                "old_tone",
                "no_event",
            ],
            firms=[f("Seohan Electric")],
            provinces=[pv("Hà Nội")],
            quantities=[c(5, "nhà máy")],
            locations=[country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Từ một văn phòng bán hàng, đơn vị này đã lớn thành nhà cung cấp tủ trung thế, tủ hạ thế và thiết bị đóng cắt có tiếng ở miền Bắc.",
            "2024-11-14",
            "provincial",
            ["company_profile", "duration_no_count", "region_nothing", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "32 triệu USD và khoảng 2,8 ha là quy mô nhà máy mới mà Seohan khởi công từ tháng 9-2023; theo tập đoàn, chưa nhà máy nào ở phía Bắc đưa công nghệ năng lượng thông minh vào dây chuyền sớm như vậy.",
            "2024-11-14",
            "provincial",
            [
                "recalled_groundbreaking",
                "deal_no_event",
                "short_name",
                "month_no_day",
                "area",
                "approx",
                "ordinal_no_count",
            ],
            firms=[f("Seohan")],
            money=[m(32 * M, "USD")],
            areas=[ha(2.8, True)],
            deals=[deal("groundbreaking", ["Seohan"], 32 * M)],
            events=[],
        ),
        h(
            n(),
            "Doanh thu kỳ vọng 420 triệu USD/năm và khoảng 450 chỗ làm khi chạy hết công suất là những con số tập đoàn đưa ra cho nhà máy làm tủ trung, hạ thế và máy biến áp này.",
            "2024-11-14",
            "provincial",
            ["product_list", "target_no_deal", "count", "approx", "money_per_year", "no_event"],
            money=[m(420 * M, "USD", per="năm")],
            quantities=[c(450, "chỗ làm", True)],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh Hưng Yên và Tập đoàn Seohan Electric bấm nút vận hành nhà máy. Ảnh: Minh Quân",
            "2024-11-14",
            "provincial",
            ["photo_caption", "inauguration_caption", "province_host_mention", "photo_credit_person"],
            persons=[per("Minh Quân", None)],
            provinces=[pv("Hưng Yên")],
            firms=[f("Seohan Electric", "Tập đoàn")],
            events=[ev("inauguration", [F("Seohan Electric")], None, None, HY, "completed")],
        ),
        h(
            n(),
            "Seohan Electric cho biết sẽ dùng nhà máy mới để giành thêm thị phần trong nước trước khi xuất tủ điện sang các thị trường khác trong khu vực.",
            "2024-11-14",
            "provincial",
            ["plan_no_amount_no_site", "export_plan_no_deal", "no_event"],
            firms=[f("Seohan Electric")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an education site's ten-year look at the national transmission company (S8 r1, S12 r1) ---
    rows += [
        h(
            n(),
            "Truyền tải điện sau 10 năm: lưới 500 kV dài gấp đôi\n\n14/06/2019 08:15\nHải Yến\n(GDVN) - Từ 2009 đến nay, chiều dài đường dây 500 kV do Tổng công ty Truyền tải điện Quốc gia quản lý đã tăng từ khoảng 3.400 km lên gần 7.800 km.",
            "2019-06-14",
            "ministry",
            [
                "headline_lead",
                "timestamp_line",
                "byline_person",
                "outlet_prefix_nothing",
                "length_no_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Hải Yến", None)],
            firms=[f("Truyền tải điện Quốc gia", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Hơn 8.300 người lao động của đơn vị, một trụ cột của Tập đoàn Điện lực Việt Nam, đang vận hành hơn 160 trạm biến áp 500 kV và 220 kV trên cả nước.",
            "2019-06-14",
            "ministry",
            ["staff_count", "count", "approx", "no_event"],
            firms=[f("Điện lực Việt Nam", "Tập đoàn")],
            quantities=[c(8300, "người lao động", True), c(160, "trạm biến áp", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a home-made 500 kV transformer switched on (S8 r3) ---
    rows += [
        h(
            n(),
            "Thêm một máy biến áp 500 kV 'made in Vietnam' lên lưới lúc nửa đêm\n\n22-09-2025 - 10:05 AM | Kinh tế vĩ mô - Đầu tư\n\nĐúng 2h17 ngày 20/9/2025, tổ máy biến áp 500 kV – 3×200 MVA do Tổng công ty Thiết bị điện Kinh Bắc (KBE) chế tạo đã được EVNNPT đóng điện tại trạm 500 kV Nho Quan, tỉnh Ninh Bình.",
            "2025-09-22",
            "ministry",
            [
                "headline_lead",
                "timestamp_section_chrome",
                "delivery_no_contract_word",
                "energisation_no_deal",
                "made_in_label_nothing",
                "substation_name_nothing",
                "acronym_in_brackets",
                "multiline",
                "no_event",
            ],
            firms=[f("Thiết bị điện Kinh Bắc", "Tổng công ty"), f("EVNNPT")],
            provinces=[pv("Ninh Bình")],
            events=[],
        ),
        h(
            n(),
            "Trạm Nho Quan nhờ đó có 1.500 MVA thay vì 900 MVA, thêm dư địa giải toả điện cho các nhà máy phía nam đồng bằng sông Hồng.",
            "2025-09-22",
            "ministry",
            ["capacity_no_money", "region_nothing", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phải qua hội đồng nghiệm thu cấp Nhà nước và được Tập đoàn Điện lực Việt Nam chấp thuận, bộ máy mà KBE làm theo nhiệm vụ khoa học của Bộ Khoa học và Công nghệ mới được nối lưới.",
            "2025-09-22",
            "ministry",
            ["research_assignment_no_deal", "bare_acronym_firm", "no_event"],
            organizations=["Bộ Khoa học và Công nghệ"],
            firms=[f("KBE"), f("Điện lực Việt Nam", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Chưa nước Đông Nam Á nào khác tự làm được máy biến áp 500 kV, theo EVNNPT.",
            "2025-09-22",
            "ministry",
            ["claim", "region_nothing", "ordinal_no_count", "no_event"],
            firms=[f("EVNNPT")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a group registers to sell part of its electrical-equipment subsidiary (S14 r1) ---
    rows += [
        h(
            n(),
            "Giá gấp 5 lần từ đầu năm, Hưng Đạo đăng ký bán bớt 12 triệu cổ phiếu HDE\n\nTừ 7/11 đến 5/12, Tập đoàn Hưng Đạo dự kiến bán 3,15% vốn Công ty CP Điện lực Hưng Đạo qua khớp lệnh hoặc thoả thuận, theo đăng ký gửi sở giao dịch ngày 3/11.",
            "2025-11-04",
            "ministry",
            [
                "headline_lead",
                "share_sale_no_buyer",
                "ticker_nothing",
                "multiplier_nothing",
                "count",
                "percentage",
                "old_tone",
                "multiline",
                "no_event",
            ],
            firms=[f("Hưng Đạo", "Tập đoàn"), f("Điện lực Hưng Đạo", "Công ty CP")],
            percentages=[3.15],
            quantities=[c(12 * M, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Hiện tập đoàn giữ 79,4% công ty con (296 triệu cổ phiếu) và sẽ không để tỷ lệ biểu quyết xuống dưới 75%; tiền bán cổ phiếu dùng để cơ cấu lại danh mục đầu tư.",
            "2025-11-04",
            "ministry",
            ["shareholding_no_deal", "bare_unit_none", "count", "percentage", "no_event"],
            percentages=[75, 79.4],
            quantities=[c(296 * M, "cổ phiếu")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 1.820 tỷ đồng là số tiền Hưng Đạo có thể thu nếu bán hết ở mức giá đóng cửa 152.000 đồng của phiên 2/11.",
            "2025-11-04",
            "ministry",
            ["price_per_share_no_money", "ticker_nothing", "conditional_no_deal", "approx", "no_event"],
            firms=[f("Hưng Đạo")],
            money=[m(1820 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Sacavi (dây cáp), Bitraco (máy biến áp), Hametco (công tơ) và Ducovi (dây đồng) đều là thương hiệu thuộc công ty con này.",
            "2025-11-04",
            "ministry",
            ["brand_list_firms", "no_event"],
            firms=[f("Sacavi"), f("Bitraco"), f("Hametco"), f("Ducovi")],
            events=[],
        ),
        h(
            n(),
            "Bất động sản khu công nghiệp, điện tái tạo, nước sạch là những mảng Hưng Đạo lấn sang sau khi Bộ Công Thương rút hết 79% vốn Nhà nước năm 2015; tập đoàn được lập từ năm 1991.",
            "2025-11-04",
            "ministry",
            ["company_history", "state_divestment_no_buyer", "percentage", "nfd", "no_event"],
            organizations=["Bộ Công Thương"],
            firms=[f("Hưng Đạo")],
            percentages=[79],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn lãi trước thuế 2.964 tỷ đồng sau 9 tháng, trên doanh thu thuần 27.410 tỷ đồng.",
            "2025-11-04",
            "ministry",
            ["results_no_deal", "bare_unit_none", "no_event"],
            money=[m(2964 * B, "VND"), m(27410 * B, "VND")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the group's unit buys into a ceramics maker on the exchange (S14 r2) ---
    rows += [
        h(
            n(),
            "31 triệu cổ phiếu Tổng công ty Gốm sứ Kim Sơn (KSC), tức 6,8% vốn, vừa về tay Công ty TNHH Thiết bị điện Hưng Đạo – công ty con của Tập đoàn Hưng Đạo, theo dữ liệu của Sở Giao dịch Chứng khoán Hà Nội.",
            "2019-08-27",
            "ministry",
            [
                "stake_purchase_completed",
                "exchange_source",
                "object_first",
                "ticker_nothing",
                "parent_mention",
                "count",
                "percentage",
            ],
            organizations=["Sở Giao dịch Chứng khoán Hà Nội"],
            provinces=[pv("Hà Nội")],
            firms=[
                f("Thiết bị điện Hưng Đạo", "Công ty TNHH"),
                f("Gốm sứ Kim Sơn", "Tổng công ty"),
                f("Hưng Đạo", "Tập đoàn"),
            ],
            percentages=[6.8],
            quantities=[c(31 * M, "cổ phiếu")],
            deals=[deal("investment", ["Thiết bị điện Hưng Đạo"])],
            events=[
                ev(
                    "acquisition",
                    [F("Thiết bị điện Hưng Đạo"), F("Gốm sứ Kim Sơn")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Cộng với 16,4 triệu cổ phiếu (3,6%) công ty mẹ có sẵn, nhóm Hưng Đạo nay kiểm soát 10,4% Kim Sơn, tức gần 47,4 triệu cổ phiếu.",
            "2019-08-27",
            "ministry",
            ["shareholding_no_deal", "count", "approx", "percentage", "no_event"],
            firms=[f("Hưng Đạo"), f("Kim Sơn")],
            percentages=[3.6, 10.4],
            quantities=[c(16_400_000, "cổ phiếu"), c(47.4 * M, "cổ phiếu", True)],
            events=[],
        ),
        h(
            n(),
            "Quỹ ngoại Mekong Harbor Capital vừa báo bán đúng ngần ấy cổ phiếu Kim Sơn với giá 21.500 đồng, nên người mua gần như chắc là nhóm Hưng Đạo; lô hàng trị giá gần 670 tỷ đồng.\n{keywords}",
            "2019-08-27",
            "ministry",
            [
                "inferred_seller_no_deal",
                "price_per_share_no_money",
                "template_chrome",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Mekong Harbor Capital"), f("Kim Sơn"), f("Hưng Đạo")],
            money=[m(670 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Kim Sơn có thêm cổ đông lớn là công ty con của Hưng Đạo. (Ảnh minh họa)",
            "2019-08-27",
            "ministry",
            ["photo_caption", "buyer_unnamed_no_event", "illustration_label", "no_event"],
            firms=[f("Kim Sơn"), f("Hưng Đạo")],
            events=[],
        ),
        h(
            n(),
            "Hàng nghìn tỷ đồng nữa là cái giá nếu Hưng Đạo muốn ôm trọn lô 17,5% vốn Kim Sơn mà Bộ Xây dựng sắp thoái với giá khởi điểm 24.000 đồng/cổ phần.",
            "2019-08-27",
            "ministry",
            ["conditional_no_deal", "vague_amount", "price_per_share_no_money", "percentage", "no_event"],
            organizations=["Bộ Xây dựng"],
            firms=[f("Kim Sơn"), f("Hưng Đạo")],
            percentages=[17.5],
            events=[],
        ),
        h(
            n(),
            "Sau đợt thoái đầu 78,2 triệu cổ phần (17,5% vốn), phần của Bộ Xây dựng ở Kim Sơn sẽ chỉ còn 36,1%, từ mức 53,6% hiện nay, theo phương án đã duyệt.",
            "2019-08-27",
            "ministry",
            ["state_divestment_plan_no_buyer", "count", "percentage", "no_event"],
            organizations=["Bộ Xây dựng"],
            firms=[f("Kim Sơn")],
            percentages=[17.5, 36.1, 53.6],
            quantities=[c(78.2 * M, "cổ phần")],
            events=[],
        ),
    ]
    # --- Vietnamese news: how the group left the state (S14 r3) ---
    rows += [
        h(
            n(),
            "Hưng Đạo: từ tổng công ty nhà nước thành tập đoàn đa ngành\n\nNăm 1991, các đơn vị sản xuất và nghiên cứu thiết bị điện của Bộ Công nghiệp nặng được gom lại thành Tổng công ty Thiết bị kỹ thuật điện – tiền thân của Công ty CP Tập đoàn Hưng Đạo (mã HDG) ngày nay.",
            "2021-09-10",
            "ministry",
            ["headline_lead", "company_history", "ctcp_tap_doan", "ticker_nothing", "multiline", "no_event"],
            organizations=["Bộ Công nghiệp nặng"],
            firms=[f("Hưng Đạo", "Công ty CP"), f("Thiết bị kỹ thuật điện", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Cái tên hiện nay chỉ có từ tháng 7/2021; trước đó, từ khi cổ phần hoá tháng 12/2010 với gần 80% vốn của Bộ Công Thương, doanh nghiệp mang tên Tổng công ty Thiết bị điện Hưng Đạo.",
            "2021-09-10",
            "ministry",
            ["company_history", "renaming_no_deal", "percentage", "old_tone", "no_event"],
            organizations=["Bộ Công Thương"],
            firms=[f("Thiết bị điện Hưng Đạo", "Tổng công ty")],
            percentages=[80],
            events=[],
        ),
        h(
            n(),
            "Hơn 120 triệu cổ phiếu HDG – 78,1% vốn, trị giá trên 2.050 tỷ đồng – được Bộ Công Thương bán sạch trên UPCoM chỉ chừng 25 phút sau giờ mở cửa phiên 28/12/2015, phần lớn ở giá 17.600 - 17.900 đồng.",
            "2021-09-10",
            "ministry",
            [
                "state_sale_no_buyer",
                "exchange_acronym_nothing",
                "duration_no_count",
                "count",
                "approx",
                "percentage",
                "price_per_share_no_money",
                "nfd",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            percentages=[78.1],
            money=[m(2050 * B, "VND", approx=True)],
            quantities=[c(120 * M, "cổ phiếu", True)],
            events=[],
        ),
        h(
            n(),
            "Máy biến áp và cáp điện của Hưng Đạo tại một triển lãm ngành điện. Ảnh: THU HIỀN",
            "2021-09-10",
            "ministry",
            ["photo_caption", "caps_photographer", "no_event"],
            persons=[per("Thu Hiền", None)],
            firms=[f("Hưng Đạo")],
            events=[],
        ),
    ]
    # --- A business site's tag page on the group: a list of leads (S14 r4) ---
    rows += [
        h(
            n(),
            "Giảm giá bán để giữ khách và nhà đầu tư chiến lược là lựa chọn bắt buộc khi đầu ra co lại vì dịch, ông Đặng Minh Khôi, Chủ tịch HĐQT kiêm Tổng giám đốc Hưng Đạo, nói.",
            "2020-06-12",
            "ministry",
            ["tag_page_lead", "person_role_after", "reported_speech", "no_event"],
            persons=[per("Đặng Minh Khôi", "Chủ tịch HĐQT kiêm Tổng giám đốc Hưng Đạo")],
            firms=[f("Hưng Đạo")],
            events=[],
        ),
        h(
            n(),
            "17,6% vốn điều lệ CTCP Đầu tư Hạ tầng Hòa Mạc (mã: HMC), tương đương 12,4 triệu cổ phần, đã thuộc về Công ty TNHH MTV Năng lượng Hưng Đạo sau giao dịch ngày 9/6.",
            "2020-06-12",
            "ministry",
            [
                "tag_page_lead",
                "stake_purchase_completed",
                "deal_date",
                "year_inferred",
                "ctcp_normalised",
                "ticker_nothing",
                "count",
                "percentage",
            ],
            firms=[
                f("Năng lượng Hưng Đạo", "Công ty TNHH MTV"),
                f("Đầu tư Hạ tầng Hòa Mạc", "Công ty CP"),
            ],
            percentages=[17.6],
            quantities=[c(12.4 * M, "cổ phần")],
            deals=[deal("investment", ["Năng lượng Hưng Đạo"], None, None, "2020-06-09")],
            events=[
                ev(
                    "acquisition",
                    [F("Năng lượng Hưng Đạo"), F("Đầu tư Hạ tầng Hòa Mạc")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Cổ đông sẽ được hỏi ở đại hội tới có đồng ý để Công ty CP Thiết bị điện Hưng Đạo nắm tới 100% vốn Kim Sơn mà khỏi chào mua công khai hay không.",
            "2020-06-12",
            "ministry",
            ["tag_page_lead", "proposal_to_shareholders_no_deal", "percentage", "no_event"],
            firms=[f("Thiết bị điện Hưng Đạo", "Công ty CP"), f("Kim Sơn")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Gần 2.600 tỉ đồng trái phiếu doanh nghiệp đã được Hưng Đạo phát hành trong khoảng sáu tháng qua.",
            "2020-06-12",
            "ministry",
            ["tag_page_lead", "bond_issue_no_deal", "ti_spelling", "approx", "nfd", "no_event"],
            firms=[f("Hưng Đạo")],
            money=[m(2600 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Nhóm quỹ Song Hong Capital tiếp tục xả khoảng 7,6 triệu cổ phiếu HDG đầu tháng 12, nối tiếp hơn 3,9 triệu cổ phiếu đã bán trong tháng 11.",
            "2020-06-12",
            "ministry",
            ["tag_page_lead", "share_sale_no_buyer", "ticker_nothing", "count", "approx", "no_event"],
            firms=[f("Song Hong Capital")],
            quantities=[c(7.6 * M, "cổ phiếu", True), c(3.9 * M, "cổ phiếu", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: an interview with a French group's country head at a smart-factory forum (S6 r4) ---
    rows += [
        h(
            n(),
            "Bên lề Diễn đàn Nhà máy thông minh 2025 ở Quảng Ninh, ông Lương Hữu Tín, Tổng Giám đốc Delorme Electric Việt Nam và Lào, cho rằng làn sóng khu công nghiệp mới ở miền Bắc đang biến Việt Nam thành nơi đặt nhà máy của nhiều tập đoàn.\n\nweb_07.png",
            "2025-06-20",
            "ministry",
            [
                "interview_lead",
                "person_role_after",
                "country_in_role",
                "image_file_name",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Lương Hữu Tín", "Tổng Giám đốc Delorme Electric Việt Nam và Lào")],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Delorme Electric")],
            locations=[country("Lào")],
            events=[],
        ),
        h(
            n(),
            "Tăng trưởng hai con số đã thành quen với Quảng Ninh, nơi vốn FDI năm 2024 đạt 3,1 tỷ USD.",
            "2025-06-20",
            "ministry",
            ["statistics", "ordinal_no_count", "no_event"],
            provinces=[pv("Quảng Ninh")],
            money=[m(3.1 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "PV: Vì sao Quảng Ninh, chứ không phải Hà Nội hay TP.HCM, được chọn cho diễn đàn năm nay?",
            "2025-06-20",
            "ministry",
            ["interview", "pv_label_nothing", "province_list", "no_event"],
            provinces=[pv("Quảng Ninh"), pv("Hà Nội"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Hơn 30 năm ở Việt Nam, theo ông Tín, đã cho Delorme thấy bán thiết bị thôi là chưa đủ: hãng muốn cùng các nhà cung cấp trong nước dựng một hệ sinh thái.",
            "2025-06-20",
            "ministry",
            ["interview", "surname_alone_no_person", "wish_no_event", "duration_no_count", "no_event"],
            firms=[f("Delorme")],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered in Vietnamese: a Japanese newsletter on a French breaker plant (1996) and a
    # Japanese page on recalled meters (2009) (S6 r2, S17 r1) ---
    rows += [
        h(
            n(),
            "1996-12-10 ArtNo.4127\n◆Hãng điện Pháp Delorme vào khu công nghiệp Việt – Sing\n【Hà Nội】Khu công nghiệp Việt Nam - Singapore, cách TP.HCM khoảng 20 km về phía bắc, sẽ có nhà máy cầu dao tự động của hãng thiết bị điện Delorme (Pháp).",
            "1996-12-10",
            "ministry",
            [
                "foreign_rendered",
                "newsletter_chrome",
                "announced_investment",
                "park_no_province",
                "distance_from_city_mention",
                "country_in_park_name_nothing",
                "dateline_bracket",
                "pre2025",
                "multiline",
            ],
            provinces=[pv("Hà Nội"), pv("Hồ Chí Minh")],
            firms=[f("Delorme")],
            locations=[country("Pháp"), park("Khu công nghiệp Việt Nam - Singapore")],
            deals=[deal("investment", ["Delorme"])],
            events=[ev("investment_announcement", [F("Delorme")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Doanh số Đông Nam Á của Delorme được dự báo gấp đôi trong bốn năm, lên 450 triệu đô la Singapore, khi xưởng Việt Nam nối vào chuỗi nhà máy khu vực: cầu dao ở Surabaya và Thái Lan, thiết bị điều khiển ở Batam, bộ điều tốc và cảm biến ở Singapore. (LZ:12/9)",
            "1996-12-10",
            "ministry",
            [
                "foreign_rendered",
                "forecast_no_deal",
                "foreign_city_nothing",
                "sgd",
                "source_code_nothing",
                "pre2025",
                "no_event",
            ],
            firms=[f("Delorme")],
            money=[m(450 * M, "SGD")],
            locations=[country("Singapore"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Trụ sở bán hàng khu vực của hãng đặt ở Singapore; châu Á, nay mới chiếm 9% doanh số toàn cầu của Delorme, được kỳ vọng lên 20% vào năm 2000.",
            "1996-12-10",
            "ministry",
            ["foreign_rendered", "target_no_deal", "percentage", "continent_nothing", "pre2025", "no_event"],
            firms=[f("Delorme")],
            percentages=[9, 20],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 298.000 công tơ điện tử “DT-55”, thu hồi sau vụ tham nhũng năm 2005 ở Công ty Điện lực TP.HCM, sẽ được lắp lại: Thủ tướng đã đồng ý sau khi Bộ Công nghiệp (nay là Bộ Công Thương) kiểm tra và không thấy lỗi chất lượng.",
            "2009-07-01",
            "ministry",
            [
                "foreign_rendered",
                "role_no_name",
                "model_code_nothing",
                "province_in_firm_name",
                "count",
                "approx",
                "pre2025",
                "no_event",
            ],
            organizations=["Bộ Công nghiệp", "Bộ Công Thương"],
            firms=[f("Điện lực TP.HCM", "Công ty")],
            quantities=[c(298000, "công tơ điện tử", True)],
            events=[],
        ),
        h(
            n(),
            "Tòa án thành phố hôm 5/6 đã cho Meitek Vina tiếp tục dùng loại công tơ này nếu làm lại thủ tục nhãn hiệu – loại được mua như hàng của hãng Meitek (Singapore) nhưng thật ra lắp trong nước bằng linh kiện rẻ từ Trung Quốc.",
            "2009-07-01",
            "ministry",
            [
                "foreign_rendered",
                "court_ruling_no_deal",
                "vina_dropped",
                "country_bracket",
                "bare_court_none",
                "pre2025",
                "no_event",
            ],
            firms=[f("Meitek")],
            locations=[country("Singapore"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chừng 6,5 tỷ kWh mỗi năm, khoảng một nửa lượng điện TP.HCM tiêu thụ, hiện đã đi qua công tơ điện tử, theo điện lực thành phố.",
            "2009-07-01",
            "ministry",
            ["foreign_rendered", "energy_not_money", "fraction_no_percentage", "nfd", "pre2025", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- English: a group's China business told in an interview (S6 r3) ---
    rows += [
        h(
            n(),
            "Delorme Electric's China business: from factory floor to market\n\nOnly the United States buys more from Delorme Electric than China does, and not by much, global senior vice president Marc Aubert said, smiling, in an interview.",
            "2012-05-14",
            "ministry",
            [
                E,
                "headline_lead",
                "person_role_before",
                "country_noun",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Marc Aubert", "global senior vice president")],
            firms=[f("Delorme Electric")],
            locations=[country("China"), country("United States")],
            events=[],
        ),
        h(
            n(),
            "Nearly 21,000 people work for the group in China, spread over 64 offices, 19 factories and 5 logistics centres.",
            "2012-05-14",
            "ministry",
            [E, "count", "approx", "country_noun", "no_event"],
            quantities=[
                c(64, "offices"),
                c(19, "factories"),
                c(5, "logistics centres"),
                c(21000, "people", True),
            ],
            locations=[country("China")],
            events=[],
        ),
    ]
    # --- English: a provincial zones authority's year in review (S7 r3) ---
    rows += [
        h(
            n(),
            "The 32 million USD Seohan Electric Vietnam factory in the expanded Thang Long II Industrial Park has been running since November 2024.",
            "2025-01-06",
            "ministry",
            [E, "recalled_opening_with_capital", "deal_no_event", "english_park_nothing", "vietnam_dropped"],
            firms=[f("Seohan Electric")],
            money=[m(32 * M, "USD")],
            deals=[deal("investment", ["Seohan Electric"], 32 * M)],
            events=[],
        ),
        h(
            n(),
            "Licences of 29 projects, with 87.4 million USD of registered capital between them, were revoked by the Hung Yen Industrial Zones Authority during the year, taking the number of terminated projects to 318 (more than 1.21 billion USD)./.",
            "2025-01-06",
            "ministry",
            [E, "revocations_no_deal", "province_in_org_name", "count", "approx", "no_event"],
            organizations=["Hung Yen Industrial Zones Authority"],
            provinces=[pv("Hưng Yên")],
            money=[m(87.4 * M, "USD"), m(1.21 * B, "USD", approx=True)],
            quantities=[c(29, "projects"), c(318, "projects")],
            events=[],
        ),
    ]
    # --- English: a city portal's story on a substation-automation contract (S17 r2) ---
    rows += [
        h(
            n(),
            "Central power, Norden Grid ink 11 mln USD automation deal\nThứ ba, 14/04/2015, 07:20 SA\nCỡ chữ Màu chữ image\n\nThirty-eight substations across the central region are to run unmanned by June 2017 under an 11 million USD contract that Norden Grid of Sweden has signed with Central Power Corporation (EVNCPC), a unit of Electricity of Vietnam.",
            "2015-04-14",
            "ministry",
            [
                E,
                "headline_lead",
                "portal_chrome",
                "supply_contract",
                "object_first",
                "seller_first",
                "country_of",
                "count_in_words_none",
                "evn_english_name",
                "acronym_in_brackets",
                "multiline",
            ],
            firms=[
                f("Norden Grid"),
                f("Central Power Corporation"),
                f("Điện lực Việt Nam"),
            ],
            money=[m(11 * M, "USD")],
            locations=[country("Sweden")],
            deals=[deal("supply_contract", ["Norden Grid", "Central Power Corporation"], 11 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Norden Grid"), F("Central Power Corporation")],
                    11 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "EVNCPC general director Tran Quoc Bao said unmanned stations would cut night-shift costs and let crews reach faults faster.",
            "2015-04-14",
            "ministry",
            [E, "person_role_before", "reported_speech", "no_event"],
            persons=[per("Tran Quoc Bao", "EVNCPC general director")],
            firms=[f("EVNCPC")],
            events=[],
        ),
        h(
            n(),
            "Three more automation projects are being prepared, said Le Hoang Phuc, head of Norden Grid in Vietnam; the work is paid for from a World Bank loan for distribution efficiency.\n\nSố lượng lượt xem: 23",
            "2015-04-14",
            "ministry",
            [E, "person_role_after", "count_in_words_none", "view_counter_no_count", "multiline", "no_event"],
            persons=[per("Le Hoang Phuc", "head of Norden Grid in Vietnam")],
            organizations=["World Bank"],
            firms=[f("Norden Grid")],
            events=[],
        ),
    ]
    # --- English: a provincial paper's aid agreement for a grid study (S17 r3) ---
    rows += [
        h(
            n(),
            "Nearly 640,000 USD for a study on grid automation\n\nBy H.AN |\n\n(QNO) - A study on automating the distribution grid of Southern Power Corporation (EVNSPC), a member of Vietnam Electricity, will be paid for mostly by the US Trade and Development Agency (USTDA) under a non-refundable aid agreement the two have signed.",
            "2016-08-30",
            "ministry",
            [
                E,
                "headline_lead",
                "grant_no_deal",
                "initial_byline_nothing",
                "outlet_prefix_nothing",
                "country_in_org_name_nothing",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["US Trade and Development Agency"],
            firms=[f("Southern Power Corporation"), f("Điện lực Việt Nam")],
            money=[m(640 * K, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "USTDA's share is 561,200 USD of the 638,420 USD cost, with EVNSPC covering the balance; the study is to be finished by September 2017, ten months after it starts.",
            "2016-08-30",
            "ministry",
            [E, "grant_split_no_deal", "bare_acronym_org", "no_event"],
            organizations=["USTDA"],
            firms=[f("EVNSPC")],
            money=[m(561_200, "USD"), m(638_420, "USD")],
            events=[],
        ),
    ]
    # --- English: a stock site's piece on meter reading with camera poles (S17 r4) ---
    rows += [
        h(
            n(),
            "Hai Phong power utility reads meters with camera poles\n\nJun 22nd at 10:12\n22-06-2015 10:12:41+07:00\n\nMeter readers at Hai Phong Power Company no longer need ladders: the utility has handed out nearly 900 poles with cameras on top so they can photograph meters mounted high on power poles.",
            "2015-06-22",
            "ministry",
            [
                E,
                "headline_lead",
                "timestamp_lines",
                "province_in_headline",
                "company_kept",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hai Phong Power Company")],
            quantities=[c(900, "poles", True)],
            events=[],
        ),
        h(
            n(),
            "Anyone who doubts a bill can now ask for the photo of their own meter, which the company hopes will win back customers' trust./.",
            "2015-06-22",
            "ministry",
            [E, "quote", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a news agency's copy of a Japanese switchgear plant's opening (S18 r1) ---
    rows += [
        h(
            n(),
            "THAI BINH, VNA – Switchgear cabinets and busbar parts will come off the lines of a new Japanese-owned factory in Tien Hai industrial park, which Okuda Switchgear Vietnam opened in the northern province of Thai Binh on March 21.",
            "2022-03-22",
            "ministry",
            [
                E,
                "dateline_caps",
                "inauguration_no_capital",
                "object_first",
                "adjective_no_country",
                "english_park_nothing",
                "vietnam_dropped",
                "unaccented_english",
            ],
            provinces=[pv("Thái Bình")],
            firms=[f("Okuda Switchgear")],
            events=[ev("inauguration", [F("Okuda Switchgear")], None, None, TB, "completed")],
        ),
        h(
            n(),
            "The 6.2 million USD plant covers 13,000 sq.m and is the 64th project from Japan in the province.",
            "2022-03-22",
            "ministry",
            [E, "capital_no_firm", "area", "ordinal_no_count", "country_noun", "no_event"],
            money=[m(6.2 * M, "USD")],
            areas=[ha(1.3)],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Keeping to local rules and caring for workers were the two requests that Pham Van Tuan, Vice Chairman of the provincial People's Committee, made of Okuda Switchgear Vietnam./.- VNA",
            "2022-03-22",
            "ministry",
            [
                E,
                "person_role_after",
                "bare_unit_none",
                "vietnam_dropped",
                "agency_credit_nothing",
                "no_event",
            ],
            persons=[per("Pham Van Tuan", "Vice Chairman of the provincial People's Committee")],
            firms=[f("Okuda Switchgear")],
            events=[],
        ),
    ]
    # --- English: an electronics site on a breaker plant's opening, and an agency on its expansion (S18 r2, S18 r3) ---
    rows += [
        h(
            n(),
            " date 2015-03-04 © stock photo agency\n\nBreakers and sockets roll off Sanwa Denko's new Dong Nai lines\n\nFull production is under way at the moulded-case breaker and wiring-accessory factory that Sanwa Denko Vietnam has just opened in Dong Nai Province.",
            "2015-03-04",
            "ministry",
            [
                E,
                "page_date_chrome",
                "image_credit_nothing",
                "headline_lead",
                "inauguration_no_capital",
                "vietnam_dropped",
                "multiline",
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("Sanwa Denko")],
            events=[ev("inauguration", [F("Sanwa Denko")], None, None, DNai, "completed")],
        ),
        h(
            n(),
            "Its general director, Hoshino Kenta, said the home market came first: demand for safe electrical fittings in Vietnamese homes was growing fast.",
            "2015-03-04",
            "ministry",
            [E, "person_role_before_appositive", "adjective_no_country", "no_event"],
            persons=[per("Hoshino Kenta", "general director")],
            events=[],
        ),
        h(
            n(),
            "Breaking ground on the extension (Photo courtesy of the company)\n\n- Work has begun on a second building at Sanwa Denko Vietnam Co., Ltd's breaker and wiring-accessory factory in the southern province of Dong Nai, the Japanese parent Sanwa Denko said.",
            "2018-02-27",
            "ministry",
            [
                E,
                "photo_caption",
                "credit_nothing",
                "groundbreaking_held",
                "object_first",
                "same_canonical_one_entry",
                "vietnam_dropped",
                "multiline",
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("Sanwa Denko", "Co., Ltd.")],
            deals=[deal("groundbreaking", ["Sanwa Denko"], None, DNai)],
            events=[ev("groundbreaking", [F("Sanwa Denko")], None, None, DNai, "started")],
        ),
        h(
            n(),
            "Output should roughly double by fiscal 2021 once the 4,200 sq m building beside the old one is running; a further 15,000 sq m next door may be bought later.-VNA",
            "2018-02-27",
            "ministry",
            [
                E,
                "area",
                "land_purchase_plan_no_deal",
                "multiplier_nothing",
                "agency_credit_nothing",
                "no_event",
            ],
            areas=[ha(0.42), ha(1.5)],
            events=[],
        ),
    ]
    # --- English: an investment weekly's feature on equipment makers scaling up (S18 r4) ---
    rows += [
        h(
            n(),
            "Equipment majors widen Vietnam footprint\n\nSiemens and other global makers of electrical gear are adding capacity in Vietnam as the country climbs the equipment supply chain.",
            "2023-08-02",
            "ministry",
            [E, "headline_lead", "no_deal", "multiline", "no_event"],
            firms=[f("Siemens")],
            events=[],
        ),
        h(
            n(),
            "A grid-software centre in Hanoi, costing Siemens $180 million, should open before the year is out and will employ 1,500 engineers.",
            "2023-08-02",
            "ministry",
            [E, "announced_investment", "under_construction", "count"],
            provinces=[pv("Hà Nội")],
            firms=[f("Siemens")],
            money=[m(180 * M, "USD")],
            quantities=[c(1500, "engineers")],
            deals=[deal("investment", ["Siemens"], 180 * M, HN)],
            events=[ev("investment_announcement", [F("Siemens")], 180 * M, "USD", HN, "announced")],
        ),
        h(
            n(),
            "Kawabe aims higher\n\nSales of switchgear and wiring devices in Vietnam should reach about 3.2 times today's level within ten years, adding $310 million, according to Japan's Kawabe Electric Works.",
            "2023-08-02",
            "ministry",
            [
                E,
                "subheading",
                "sales_target_no_deal",
                "country_possessive",
                "multiplier_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Kawabe Electric Works")],
            money=[m(310 * M, "USD")],
            locations=[country("Japan")],
            events=[],
        ),
    ]
    # --- English: a trade site on a US group's planned HVDC transformer plant (S19 r1) ---
    rows += [
        h(
            n(),
            "A $240 million factory for large HVDC power transformers is coming to Hai Phong: Harlan Grid Systems of the United States said on Tuesday it would build it in phases, with full output due in 2029.",
            "2025-11-19",
            "ministry",
            [E, "amount_first", "announced_investment", "country_of", "weekday_no_date"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Harlan Grid Systems")],
            money=[m(240 * M, "USD")],
            locations=[country("United States")],
            deals=[deal("investment", ["Harlan Grid Systems"], 240 * M, HP)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Harlan Grid Systems")],
                    240 * M,
                    "USD",
                    HP,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "“Grid spending is rising fast across Asia,” said Julia Brandt, chief executive of Harlan's electrification business, adding that the plant would back up its transformer works in Britain and Brazil.",
            "2025-11-19",
            "ministry",
            [E, "quote", "person_role_after", "possessive_firm", "country_noun", "no_event"],
            persons=[per("Julia Brandt", "chief executive of Harlan's electrification business")],
            firms=[f("Harlan")],
            locations=[country("Britain"), country("Brazil")],
            events=[],
        ),
    ]
    # --- English: transformer plants abroad: a press release, a company page, a Chinese daily (S19 r2-r4) ---
    rows += [
        h(
            n(),
            "MEXICO PLANT ADDS CAPACITY FOR UTILITY ORDERS\n\nSTAUNTON, Va., March 4, 2024 /PRNewswire/ -- Production at Blue Ridge Transformer's new plant in Monterrey, Mexico, began in December; the ribbon will be cut on April 12, the US-owned distribution-transformer maker said.",
            "2024-03-04",
            "ministry",
            [
                E,
                "caps_headline",
                "press_release",
                "wire_dateline",
                "planned_opening_announced",
                "plant_abroad_no_site",
                "adjective_no_country",
                "multiline",
            ],
            firms=[f("Blue Ridge Transformer")],
            locations=[country("Mexico")],
            deals=[deal("investment", ["Blue Ridge Transformer"])],
            events=[
                ev("investment_announcement", [F("Blue Ridge Transformer")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "Some 650 jobs over five years are expected from a 40,000-square-metre transformer plant in Tulsa, Oklahoma, whose grand opening Cardinal Transformers and Ridgeline Electric have just held.",
            "2025-04-25",
            "ministry",
            [
                E,
                "joint_opening_abroad",
                "object_first",
                "inauguration_no_capital",
                "foreign_city_nothing",
                "area",
                "count",
                "approx",
            ],
            firms=[f("Cardinal Transformers"), f("Ridgeline Electric")],
            areas=[ha(4)],
            quantities=[c(650, "jobs", True)],
            events=[
                ev(
                    "inauguration",
                    [F("Cardinal Transformers"), F("Ridgeline Electric")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Chinese breaker maker rejects foreign media report\n\nSource:Global Times Published: 2021/4/8 21:10:05\n\nUtilities in the US and Canada account for about 70 of the more than 8,000 switchgear sets Zhejiang Hengda Electric has shipped abroad in 15 years, a company spokesman said.",
            "2021-04-08",
            "ministry",
            [
                E,
                "headline_lead",
                "source_line_nothing",
                "sales_no_deal",
                "unnamed_buyers",
                "count",
                "approx",
                "count_without_noun_none",
                "multiline",
                "no_event",
            ],
            firms=[f("Zhejiang Hengda Electric")],
            quantities=[c(8000, "switchgear sets", True)],
            locations=[country("US"), country("Canada")],
            events=[],
        ),
    ]
    # --- English: a Japanese news agency on a switchboard maker buying into a Vietnamese one (S20 r1) ---
    rows += [
        h(
            n(),
            "HO CHI MINH CITY, Feb. 21 Kyodo - Vietnam is to become the global switchboard base of Takeda Electric Corp, the Japanese power-equipment maker said on Wednesday, announcing that it would take 38 percent of local switchboard producer Saigon Star Electric Corp.",
            "2020-02-21",
            "ministry",
            [
                E,
                "wire_dateline",
                "announced_acquisition",
                "corp_kept",
                "adjective_no_country",
                "percentage",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Takeda Electric Corp"), f("Saigon Star Electric Corp")],
            percentages=[38],
            deals=[deal("investment", ["Takeda Electric Corp"])],
            events=[
                ev(
                    "acquisition",
                    [F("Takeda Electric Corp"), F("Saigon Star Electric Corp")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Takeda Asia Pte. Ltd., Takeda's Singapore unit, is to pay an undisclosed sum for the shares by the end of April; the share purchase agreement was signed on Tuesday.",
            "2020-02-21",
            "ministry",
            [E, "subsidiary_buyer_no_second_event", "weekday_no_date", "possessive_firm", "no_event"],
            firms=[f("Takeda"), f("Takeda Asia", "Pte. Ltd.")],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Sales at Saigon Star rose 22 percent in 2019 to 1.72 billion yen ($15.6 million), mostly from low-voltage switchboards; the company dates from 2004. (NNA/Kyodo)",
            "2020-02-21",
            "ministry",
            [
                E,
                "company_profile",
                "jpy",
                "bracketed_conversion",
                "percentage",
                "agency_credit_nothing",
                "no_event",
            ],
            firms=[f("Saigon Star")],
            money=[m(1.72 * B, "JPY"), m(15.6 * M, "USD")],
            percentages=[22],
            events=[],
        ),
    ]
    # --- English: a forum repost of a wire round-up of the week's deals (S20 r2) ---
    rows += [
        h(
            n(),
            "A strategic partner is expected to sign up tomorrow for a stake in Binh Trieu Electric, the HCM City-listed switchgear and meter maker, which will issue it 12 million new shares; charter capital will rise to VND280 billion (US$14.5 million) from VND160 billion.",
            "2010-08-16",
            "ministry",
            [
                E,
                "forum_repost",
                "unnamed_partner_no_deal",
                "charter_capital_no_deal",
                "province_mention",
                "bracketed_conversion",
                "count",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Binh Trieu Electric")],
            money=[m(280 * B, "VND"), m(14.5 * M, "USD"), m(160 * B, "VND")],
            quantities=[c(12 * M, "new shares")],
            events=[],
        ),
        h(
            n(),
            "Tan Mai Mechanical Company is to sell its 35 per cent of a Dong Nai transformer joint venture to its foreign partner, Kohler Transformer Holdings, which said last Thursday it would buy the local side out.",
            "2010-08-16",
            "ministry",
            [
                E,
                "forum_repost",
                "announced_acquisition",
                "seller_named",
                "target_unnamed",
                "company_kept",
                "weekday_no_date",
                "percentage",
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("Kohler Transformer Holdings"), f("Tan Mai Mechanical Company")],
            percentages=[35],
            deals=[deal("investment", ["Kohler Transformer Holdings"])],
            events=[
                ev(
                    "acquisition",
                    [F("Kohler Transformer Holdings"), F("Tan Mai Mechanical Company")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Korea's Daeil Investment & Securities will end up with 49 per cent of Hoa Binh Securities, the most the law allows, under a signed deal by which the broker issues it 13.4 million new shares and doubles its charter capital to VND290 billion.",
            "2010-08-16",
            "ministry",
            [
                E,
                "forum_repost",
                "private_placement_named_investor",
                "signed_acquisition",
                "country_possessive",
                "count",
                "percentage",
            ],
            firms=[f("Hoa Binh Securities"), f("Daeil Investment & Securities")],
            money=[m(290 * B, "VND")],
            percentages=[49],
            quantities=[c(13.4 * M, "shares")],
            locations=[country("Korea")],
            deals=[deal("investment", ["Daeil Investment & Securities"])],
            events=[
                ev(
                    "acquisition",
                    [F("Daeil Investment & Securities"), F("Hoa Binh Securities")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Truong Thinh Electric Group now owns 99.6 per cent of its meter unit, Truong Thinh Metering JSC, up from 51 per cent, after buying out the minority holders last week; as usual, the price was not disclosed.",
            "2010-08-16",
            "ministry",
            [E, "forum_repost", "completed_acquisition", "stake_top_up", "group_kept", "percentage"],
            firms=[f("Truong Thinh Electric Group"), f("Truong Thinh Metering", "JSC")],
            percentages=[51, 99.6],
            deals=[deal("investment", ["Truong Thinh Electric Group"])],
            events=[
                ev(
                    "acquisition",
                    [F("Truong Thinh Electric Group"), F("Truong Thinh Metering")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
    ]
    # --- English: a deals site's weekly dealbook (S20 r3) ---
    rows += [
        h(
            n(),
            "PCM has a new second-largest shareholder\n\nVisual from Lotus Group website\n\nAbout 7.4 million shares of Power Construction and Mechanical Corporation (PCM) have gone to Minh Phat JSC, an electrical-equipment distributor based in Da Nang, the Ho Chi Minh City Stock Exchange said.",
            "2018-10-05",
            "ministry",
            [
                E,
                "headline_lead",
                "image_credit_nothing",
                "completed_acquisition",
                "exchange_source",
                "province_in_org_name",
                "ordinal_no_count",
                "count",
                "approx",
                "multiline",
            ],
            organizations=["Ho Chi Minh City Stock Exchange"],
            provinces=[pv("Đà Nẵng"), pv("Hồ Chí Minh")],
            firms=[
                f("Lotus Group"),
                f("Minh Phat", "JSC"),
                f("Power Construction and Mechanical Corporation"),
            ],
            quantities=[c(7.4 * M, "shares", True)],
            deals=[deal("investment", ["Minh Phat"])],
            events=[
                ev(
                    "acquisition",
                    [F("Minh Phat"), F("Power Construction and Mechanical Corporation")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "At VND14,200 a share, paid in negotiated trades on the exchange, the purchase leaves Minh Phat with 11.9 per cent, second only to Lotus Group's 18.3 per cent.",
            "2018-10-05",
            "ministry",
            [
                E,
                "shareholding_no_deal",
                "price_per_share_no_money",
                "possessive_firm",
                "percentage",
                "no_event",
            ],
            firms=[f("Minh Phat"), f("Lotus Group")],
            percentages=[11.9, 18.3],
            events=[],
        ),
        h(
            n(),
            "Lotus may simply be tidying up its holdings: Vu Duc Hanh, chief executive of Lotus Group, is also listed as Minh Phat's legal representative on a company-registry site.",
            "2018-10-05",
            "ministry",
            [E, "site_name_nothing", "person_role_after", "speculation_no_deal", "no_event"],
            persons=[per("Vu Duc Hanh", "chief executive of Lotus Group")],
            firms=[f("Minh Phat"), f("Lotus Group"), f("Lotus")],
            events=[],
        ),
    ]
    # --- English: a city daily on a Korean group's offer for a transformer maker's state stake (S20 r4) ---
    rows += [
        h(
            n(),
            "Smart City Summit 2019 | 30th SEA Games\nJune 4, 2019 / 09:12\n\nDaehan Heavy Industries eyes stake in Kinh Bac Electrical Equipment\n\nVND82,000 (US$3.52) a share, 27% above the market: that is what South Korea's Daehan Heavy Industries has offered for 11.2 million shares, or 40%, of Kinh Bac Electrical Equipment Corporation (KBE).",
            "2019-06-04",
            "ministry",
            [
                E,
                "nav_chrome",
                "headline_lead",
                "purchase_offer_proposal_no_deal",
                "price_per_share_no_money",
                "country_possessive",
                "count",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[
                f("Daehan Heavy Industries"),
                f("Kinh Bac Electrical Equipment"),
                f("Kinh Bac Electrical Equipment Corporation"),
            ],
            percentages=[27, 40],
            quantities=[c(11.2 * M, "shares")],
            locations=[country("South Korea")],
            events=[],
        ),
        h(
            n(),
            "The offer went in a letter to Vietnam Electricity (EVN), which holds the stake; Daehan would need at least VND918 billion (US$39.4 million) to complete it.",
            "2019-06-04",
            "ministry",
            [E, "proposal_no_deal", "conditional_amount", "at_least_approx", "evn_english_name", "no_event"],
            firms=[f("Điện lực Việt Nam"), f("Daehan")],
            money=[m(918 * B, "VND", approx=True), m(39.4 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "A 220kV power transformer made by KBE.\n\nNo reply has come from EVN to Daehan's first letter of March 28, which asked for all 11.6 million KBE shares the state group owns, its Vietnam unit said.",
            "2019-06-04",
            "ministry",
            [
                E,
                "photo_caption",
                "earlier_offer_no_deal",
                "bare_acronym_firm",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("KBE"), f("Daehan"), f("Điện lực Việt Nam")],
            quantities=[c(11.6 * M, "shares")],
            events=[],
        ),
    ]
    return rows
