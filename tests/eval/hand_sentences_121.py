# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 121 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: electric motors, power transformers, cables and electrical equipment
manufacturing (motor, transformer, cable and switchgear plants, their investors and licences, equipment supply contracts
for the grid, exports and trade-remedy news on wire). Written and annotated for every field BEFORE any tagger was run on
them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà
máy sản xuất máy biến áp khu công nghiệp vốn đầu tư", S2 "khánh thành nhà máy dây cáp điện công suất", S3 "động cơ điện
nhà máy FDI Nhật Bản khu công nghiệp tăng vốn", S4 "hợp đồng cung cấp máy biến áp 500kV cho EVN ký kết", S5 "Thibidi máy
biến áp xuất khẩu doanh thu", S6 "dự án sản xuất mô tơ điện được cấp giấy chứng nhận đăng ký đầu tư", S7 "Cadivi Lion
Group dây cáp điện thị phần nhà máy mới", S8 "khởi công nhà máy sản xuất thiết bị điện tủ điện trung thế", S9 "doanh
nghiệp Hàn Quốc đầu tư nhà máy cáp điện cao thế Việt Nam", S10 "xuất khẩu dây điện cáp điện kim ngạch tăng thị trường
Mỹ", S11 "Bộ Công Thương điều tra chống bán phá giá dây cáp đồng máy biến áp nhập khẩu", S12 "Nidec Mabuchi nhà máy động
cơ nhỏ mở rộng sản xuất Việt Nam", S13 "Tổng công ty Thiết bị điện Đông Anh máy biến áp 500kV chế tạo", S14 "nhà máy dây
điện từ dây đồng khu công nghiệp Bắc Ninh Hải Dương đầu tư nước ngoài", S15 "máy phát điện động cơ điện doanh nghiệp Việt
nội địa hóa công nghiệp hỗ trợ ngành điện", S16 "ký kết hợp tác sản xuất thiết bị điện liên doanh Việt Nam Nhật Bản Hàn
Quốc nhà máy", and in English S17 "Vietnam transformer manufacturer plant investment export", S18 "Vietnam electric cable
wire maker new factory industrial park million USD", S19 "Japanese motor maker expands factory in Vietnam production",
S20 "Vietnam electrical equipment switchgear company signs contract supply substation". No sentence is taken or
paraphrased from a page; the shapes are. Firm and person names are invented (Thiết bị điện Hưng Long, Kaiyo Motor, Điện
lực Quảng Ngãi as a utility's name, Cơ điện Sơn Tịnh, Kurata Denki, Shiomi Seiki, Cơ điện Phú Lâm, Kisaragi / Kisaragi
Corporation and its units Kisaragi Seimitsu, Sankō, Tosei, Servo, Precision Motor (KPMV) and Tosei Precision, Sakuma
Shoji, Daiho Realty, Kobayashi Eco-Engineering, Kobayashi Steel Group, Đại Hưng / Thiết bị điện Đại Hưng / Điện lực Đại
Hưng, Canavi / Dây cáp điện Nam Việt, Hocab / Dây cáp điện Hòa Khánh, Dây đồng Sài Gòn, Hanbit Cable & Systems / Hanbit
Vina, Seorin, Seorin Electro-Mechanics, Daeyang Electric, PNEC / Chế tạo Thiết bị điện Phố Nối, Điện tử Fortune Wave,
Daesan Motor Tech, Harwell Appliances, Westbrook Electric, Ridgeway Magnet Wire, Thép Kỹ thuật điện Bảo Tín, Tôn Điện từ
Kim Thành, Lõi thép Phước Lộc, Truong An Electric Cable (TACAB), Viet Hung Electric Wire Corporation (VIHWIRE), Norcastle
Energy, Sao Mai Industrial Group, Kumsan Electric, Hoa Lam Group, Shirane Denso, Ogawa Motor Corp, Halvard Grid, Hoang Son
Power Construction, Thanh Dat Power Consulting, Hangzhou Electric Equipment International Corporation, Bac Ha Energy
Technology, Thac Lam Power Technology, Sejin Cable & System, Phuoc Thanh, Changzhou Huaxin Cable, Song Da Power
Construction, Truong Phat, the Học viện Kinh tế Kỹ thuật Hà Thành, the Viện Nghiên cứu Cơ điện, the parks Tân Hưng Đông
and Lai Cách mở rộng as used here, and every official, director, researcher, uploader, photographer, translator and
byline); well-known names (EVN / Tập đoàn Điện lực Việt Nam / Vietnam Electricity, Tổng công ty Truyền tải điện Quốc gia,
the National Power Transmission Corporation, Bộ Công Thương, Cục Phòng vệ thương mại, Bộ Khoa học và Công nghệ, Bộ Thương
mại Hoa Kỳ, CBSA, DGTR, JETRO, Tổng cục Hải quan, Tổng cục Thống kê, Bộ Chính trị and Nghị quyết 68-NQ/TW, the World Bank,
ADB, Trường Đại học Điện lực, Luật Đầu tư 61/2020/QH14, Nghị định 31/2021/NĐ-CP and 239/2025/NĐ-CP, the parks and zones
Tịnh Phong, Thọ Lộc, Đông Nam Nghệ An, Nhơn Trạch 3, Quế Võ, Yên Phong, Việt Nam - Singapore II, Amata, Trang Due, Pho Noi
A and the Saigon hi-tech park) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; a cable maker's machine-English phase-2 release, a business weekly's FDI
feature, a transmission corporation's ten-year review, a Japanese-FDI thesis in broken OCR and a forum repost of a motor
group's interview came back three times each, the supporting-industry analysis twice, and a Vietnamese-language newspaper
page rarely matched its own search words): 7 slots were spam (a Polish slug on plant costs, an Italian "pdf Mẫu miễn
phí" slug, a Polish domain carrying a real utility paragraph with "Đọc thêm", four kuwin keyword salads with run-together
words); 12 were tag, title and list pages (a 500kV line tag with its length and tower count, a legal-signer tag with a
circular, a power-price title, a lower-case law tag, an unaccented decision tag, a list page's substation lead, a
stock-analysis headline with tickers, an export-statistics one-liner, a coated-steel anti-dumping hashtag with its
petitioners, a petition tag, a betting-domain tag on a foreign probe, a solar title on a property domain); 11 were
theses, explainers, document stores and an interview (the OCR thesis three times with its page metadata and broken table,
a consultancy's explainer on investment certificates with glued footnotes and a legal list, lecture notes in a font that
drops letters, a transformer-research document store, a student paper's caps cover and contents, the supporting-industry
analysis twice with GDP shares and footnotes, a document store with ad chrome and an uploader, a "Made by Vietnam"
interview in PV:/answer form); 31 were Vietnamese news (an electrical-equipment plant licensed by a zone authority with
its capital split, lots, products, capacities, schedule and requirements; a utility wiring two plants; a broadcaster's
500kV blurb twice; the FDI feature three times with related links; a Japanese park consortium with a caption and JETRO
figures; the interview repost three times; the transmission review three times; an investment weekly on a cable maker
under its parent with caption, byline, divestment, stake-building and an analyst; a sponsored fiftieth-year story with a
caption and a project list; a Korean cable group's extra-high-voltage plan with a recalled opening and caption; a
finance site's map of Korean groups with a recalled groundbreaking, running totals and a subsidiary list; a theory
journal's breadcrumb, view counter and cumulative figures; an aggregator's Korean packages; an overseas paper and a trade
portal's export tables twice; a Canadian duty story; a motor group's first plant abroad; its fourth hi-tech-park project;
a home-made 500 kV transformer switched on and released from the works; a Samoan-owned plant and a Korean motor maker
licensed by a park board and a provincial vice chairman); 16 were English (the phase-2 release three times with its board
decision, an anniversary press release, a US group's HVDC transformer plant told by a trade site, VIR and VNS with
an EVN memorandum, a Korean cable plant told by an index site and a Seoul daily, a motor maker's larger budget, a
joint venture's new plant, a Japanese unit's next plant with its recalled plants, a Swedish substation award, a consortium's
submarine-cable contract with EVN, a VNS package signing with members on the next line, a transmission company's three
awards); 3 were foreign copies (a French wire story on a US group's second plant, twice, with an unrelated teaser; a
Japanese business daily on a plant expansion near Hà Nội; read for their shapes and rendered here in Vietnamese). About 31
of the 80 slots told a deal or an event with a named party (announced plants, budgets and expansions 17, licences 3,
openings 4 counting the three tellings of the phase-2 release, supply contracts and awards 4, a project line, a recalled
groundbreaking and a stake-building; the MoU rides on one of the announcements), several of them the same story; the
searches on Thibidi, transformer contracts and switchgear groundbreakings (S4, S5, S8) returned spam, titles and grid
portals, and no held groundbreaking of a motor or cable plant, no firm-to-firm cable supply contract and no joint-venture
signing came up in any first four, so the batch has none.

Rows: 159 (hand-36401 to hand-36559); 32 carry a deal or an event (20%): 27 events (16 investment announcements, 5 supply
contracts, 3 investment licences, 2 inaugurations, 1 MoU) and 35 `deals` entries (29 investment, 4 supply_contract, 1
groundbreaking, 1 mou); 8 rows hold only deals without events (hand-36421 two recalled investments in the thesis, 36469
a recalled stake-building, 36478 a recalled opening, 36481 a recalled groundbreaking, 36499 a project line, 36513 an
investor line, 36545 two recalled plants, 36551 an English investor line) and 2 an event without a deal (36542 a joint
venture's opening without capital, 36546 an award whose buyer is a project management board). 127 rows are negatives and
other fields. By page kind: 8 rows of spam (36401-36408, 0 with a deal or event), 12 of tag, title, hashtag and list
pages (36409-36420, 0), 19 of theses, explainers, document stores, a student paper and an interview (36421-36439, 1), 76
of Vietnamese news (36440-36515, 15), 4 of the foreign copies rendered in Vietnamese (36516-36519, 2) and 40 of English
news (36520-36559, 14); 40 rows are English (`english_copy`, 25%). 9 rows are stored in NFD (hand-36406, 36419, 36430,
36446, 36464, 36482, 36493, 36504, 36514); 6 use old tone placement (36431 "tiêu chuẩn hoá", 36450 "Thanh Hoá", 36471
"chuẩn hoá", 36473 "ngầm hoá", 36474 and 36507 "tự động hoá"); 46 hold several lines (headlines and leads, timestamps and
page chrome, captions, bylines, breadcrumbs, related links, lists, document metadata, covers and tables).

Own wording: on review of the first draft against the sampled pages, about 95 drafts followed a sampled sentence too
closely (same clause order, the same run of facts with names and figures swapped, or a rendering of a foreign copy in
its own order) and were rewritten from scratch with another order (amount-first, object-first, place-first,
conclusion-first, passive, reported speech) and changed figures: the utility paragraph on the Polish domain, the 500kV
tag, the list page's lead, the petition tag and the foreign-probe tag; the thesis's investments and its HCMC line, the
explainer's statistics and legal list, the transformer document's intro, the GDP-share line, the interview's headline,
question and answer; the licence standfirst, lead, capital split, products, capacities, schedule and requirements; both
utility stories and the export-and-jobs line; the 500kV blurb; the FDI feature's lead, statistics and source line; the
caption and the JETRO line; the interview repost's amount, interviewee, question and answer, planned plant and company
history; the transmission review's lead, staff and priority lines; the cable-maker weekly's standfirst, divestment,
stake-building and analyst; the fiftieth-year lead, caption, project list and modernisation; the Korean cable plan's
headline, lead, amount and recalled opening; the Korean map's headline, groundbreaking, totals and subsidiary item; the
theory journal's lead and totals; the Korean packages and the GDP line; both export stories and the three table lines;
the first-plant-abroad lead and the sales target; the fourth project's lead, the director and the export line; the
switch-on headline, lead and capacity line; the release, the director and the production line; the Samoan licence and
its schedule; the Bắc Ninh licence, project, park-board head and investor lines; the French and Japanese renderings; and
nearly every English row (the release's grid-plan line, the anniversary's markets, the HVDC plant's schedule, jobs,
developer, VNS lead, memorandum, footprint and CEO quote, the Korean plant's four lines, the budget and subsidiaries, the
joint venture's opening and capacity, the next plant and the recalled plants, the award, its quote and scope, the
submarine-cable contract, cost and investor line, the package's headline, lead, members, cost and value, the three
awards). Dropped: two English drafts (the release's staff-and-equipment line, the next plant's hiring line) to keep the
English share near the sample's; a groundbreaking-date line for the Korean cable plant was not written since it came only
from a Korean site at rank 5 (S9 r5). Nothing was used from ranks 5-8, among them: the FDI feature and the licence page
again (S1 r5-r6), a glass plant's grid hookup (S1 r8), the transmission review and a submarine-cable teaser (S2 r5-r6), a
Bình Dương roundup of Japanese openings and a Japanese FDI quarter with tyre and shipyard licences (S3 r6, S3 r8), a
transformer research document and the Thanh Niên telling of the hydropower package (S4 r7-r8), a motor exporter's thesis
with its legal representative's passport details (S5 r5), a Taiwanese and a Laotian copy of the cable anniversary and
the cable maker's delisting (S7 r5-r7), substation portals (S8 r5-r8), the Korean site's groundbreaking date, a
conglomerate chairman with the Prime Minister and a cross-border line (S9 r5-r8), more export tables and a "gold mine"
story (S10 r5-r8), four more trade-remedy tags (S11 r5-r8), Japanese-language items on the motor group and its $100
million expansion (S12 r5-r8), utility and party-site tellings of the transformer (S13 r5-r8), a phone maker's licence,
a Singapore glass plan, a TV-maker's project and a wiring-harness groundbreaking (S14 r5-r8), a procurement paper's
transformer release and a railway-localisation interview (S15 r5-r8), a transformer group's wish to the Prime Minister
and a joint-venture table (S16 r5-r6), a French auto-parts plant, a US business council and a market report (S17
r5-r8), a French electronics groundbreaking, a precision-parts groundbreaking and a glove plant (S18 r5-r8), US and
Japanese car and wiring-device expansions (S19 r5-r8), and a Chinese group's visit to EVN and a hydro emulation drive
(S20 r5-r8).

Conventions: exactly those of batches 10 and 12-118 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an investment deal and an investment_licence event "licensed", the granting board a
government party as written, a person handing the certificate no party (batch 111), sited in the granting body's
province, dated only with a day; a named firm's plan, budget or planned groundbreaking is an announced investment,
undated; an opening with its capital is an investment deal and an inauguration "completed", without capital the event
only, a joint venture's opening one event of both partners; recalled plants, openings, groundbreakings and stake
purchases, project lines ("dự án ... của X") and investor lines are deals without events; a firm-firm memorandum is an
mou deal and a signed event; a contract signed or awarded is a supply_contract deal and signed event, seller first,
without site, one pair per consortium member with the buyer, a buyer that is not a firm giving the event only (batch
39), a consortium named only by its acronym or members listed without a buyer no deal (batch 39), a one-party headline
none; deliveries and works "do X chế tạo" without a contract word, grid hookups by a utility (batches 62, 97), sales
figures, statistics, shareholdings, divestments without a buyer, petitions, duties, schedules, orders from unnamed
buyers, research assignments and product releases give no deal; vague amounts are none; "khoảng", "chừng", "gần", "hơn",
"trên", "about", "some", "more than", "over" are approximate, "up to" and "dự kiến" not; "/năm" money is per "năm";
bracketed and appositive conversions are both money; a raise "to X from Y" states no amount (the increase is not
written); capacities, lengths, durations, ordinals, ratios, page metadata, counts in words and counts without a noun are
no counts, English counts keep their English noun; m2, m² and hectares are areas; Vietnamese legal forms are normalised
("Công ty cổ phần" -> "Công ty CP", "Tổng công ty CP" kept), foreign ones kept as written ("Inc.", "JSC", "Co., Ltd",
"Joint Stock Company"), "Corporation", "Corp" and "Group" stay in the name, "Việt Nam"/"Vietnam" and a trailing "Vina"
are dropped from a foreign subsidiary's name (so "Hanbit Vina" is "Hanbit"), a bracketed acronym is no second firm, a
bare "EVN" and "Vietnam Electricity (EVN)" are the firm "Điện lực Việt Nam" (batch 107); Vietnamese country words
("Nhật", "doanh nghiệp Hàn Quốc", "Tập đoàn Mỹ X", "(Hàn Quốc)") and English country nouns ("the UK", "Korea", "of
Sweden", "of South Korea", "Kazakhstan project") are countries, English adjectives ("Korean", "Japanese", "Swedish",
"Vietnamese") and "Việt Nam"/"Vietnam" none, a country inside an organisation's or a park's name none; regions, blocs
and bare places ("miền Bắc", "Đông Nam Á", "ASEAN", "Phú Mỹ", "Dung Quất", "Ly Son", "Mỹ Tho") and foreign cities
nothing; parks and zones written in Vietnamese are locations (KCN and KKT expanded), "Khu công nghệ cao TP.HCM" a park
location naming the province (batch 112), English parks none, a zone inside a board's name no location; districts need
"huyện"/"TP" ("Cẩm Giàng" alone nothing); a dateline ("HÀ NỘI —", "HANOI --", "HANOI, Vietnam, Nov. 5, 2024") and a
signing city are province mentions, not the site; a province inside an organisation's name or a role is a mention, inside
a firm's name not; organisations as written with UBND expanded, caps covers in title case, bare units ("ban quản lý",
"Ban Quản lý các khu công nghiệp tỉnh", "Tổng công ty") none; full-name bylines, photo credits, uploaders and translators
are persons without role, initial bylines ("H.NGUYÊN", "T.Lộc", "T.H.", "HT", batch 97's "T.Hải"), usernames, outlets
and agencies ("TTO", "(GDVN)", "(LLCT)", "(VNF)", "(QNgO)", "(Chinhphu.vn)", "Vietnam+", "-VNA", "— VNS", "VITIC",
"vnanet.vn", "PRNewswire") nothing; "TS.", "PGS.TS" no role; a role before a name keeps its text ("Tổng giám đốc",
"Chairman", "Chuyên gia chứng khoán"); tickers ("DHG", "CNV", "TBD") nothing; old tone placement is normalised in the
gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A licence told investor-first ("Công ty CP Thiết bị điện Hưng Long (TP.HCM) là chủ đầu tư dự án vừa nhận Giấy chứng
  nhận đăng ký đầu tư từ Ban Quản lý Khu kinh tế Đông Nam Nghệ An", hand-36441) is the board's licence, sited in Nghệ An;
  the standfirst with the amount and the zone but no firm (36440) is money, zone and province only (the amount is not
  carried to the next row). The equity split "Hưng Long tự góp 41,2 tỷ đồng (27,1%), phần còn lại là vốn vay" (36442) is
  money and percentage, no deal.
- An amount-first passive licence ("12 triệu USD, 28.000 m2: đó là quy mô dự án của Công ty TNHH Điện tử Fortune Wave ...
  vừa được Ban Quản lý các khu công nghiệp Hải Dương cấp giấy chứng nhận", 36509) is the board's licence with the amount,
  sited in Hải Dương's current unit; a certificate received "từ tay Phó Chủ tịch UBND tỉnh Bắc Ninh X ... tại trụ sở Ban
  Quản lý các khu công nghiệp tỉnh" (36511) has the firm as its only party and the day as deal date.
- A utility paying for a hookup ("toàn bộ chi phí do Công ty Điện lực Quảng Ngãi chịu", 36447; "Với 1,9 tỷ đồng, Điện
  lực Quảng Ngãi đã dựng xong trạm ...", 36449) gives the firms and the money, no deal; the headline's "ở Quảng Ngãi" is a
  province mention though the utility's name holds it too.
- In an interview repost, "800 triệu USD ... là khoản mà chủ tịch Tập đoàn Kisaragi Corporation hứa rót thêm vào Việt
  Nam" (36458) is the group's announced investment without site (the unnamed chairman is no person); the answer naming
  two units' plants with their amounts ("Hai nhà máy đã có mặt bằng là của Kisaragi Sankō, cần 90 triệu USD, và của
  Kisaragi Tosei, 45 triệu USD", 36460) gives one announced investment each, sited by the question's TP.HCM; a planned
  plant with no firm in the row (36461) is money, park and province only.
- A lead naming a group's fourth project under a schedule headline ("Sắp chạy máy nhà máy mô tơ chính xác 64 triệu USD
  ... Tập đoàn Kisaragi có dự án thứ tư tại Khu công nghệ cao TP.HCM: Kisaragi Precision Motor Việt Nam (KPMV)",
  36499) is the group's investment deal with the headline's amount, no event; the project company is a firm mention.
- Stake-building told conclusion-first ("Mã CNV gần như không còn ai giao dịch ... sau bảy năm Điện lực Đại Hưng lặng lẽ
  gom cổ phiếu Canavi", 36469) is a recalled purchase, the buyer's deal without event; the caption's "kiểm soát Canavi
  ... với hơn 95% vốn điều lệ" (36466) is a shareholding and the state's "thoái hết vốn" (36468) a sale without buyer:
  none.
- A recalled opening told object-first ("nhà máy 35 triệu USD mà Hanbit khai trương ở KCN Nhơn Trạch 3 (Đồng Nai)",
  36478) and a recalled groundbreaking in the passive ("Nhà máy ... của Tập đoàn Seorin ở Bắc Ninh, vốn ban đầu 540 triệu
  USD, được khởi công năm 2009", 36481) are deals without events; "Một khoản đầu tư lớn gần TP.HCM ... đang được Hanbit
  Cable & Systems chuẩn bị" (36476) is announced without site ("gần TP.HCM" a mention only); a recalled first plant under
  a lower-case "tập đoàn" with no name in the row (36517) gives none.
- A Japanese daily's expansion rendered amount-last ("Từ 12.000 lên 35.000 bộ mỗi năm: đó là công suất mà Tập đoàn Mỹ
  Westbrook Electric nhắm tới khi chi 76,4 triệu USD mở rộng cơ sở ... ở Hưng Yên", 36519) is an announced investment
  sited in Hưng Yên; "ngày 26" alone is no deal date.
- English: "would take its Vietnam investment past 900 million USD from 450 million USD now" (36540) is an announced
  investment without amount; "Kumsan Electric of South Korea and ... Hoa Lam Group have opened a second motor factory
  for their joint venture" (36542) one inauguration of both without deal or site (the province comes in the next row);
  "Shirane Denso's earlier plants are a 2006 one in Hai Duong and a $21.3-million one opened last August at ... Hung Yen
  province" (36545) two recalled investments without events.
- An award by a utility's board ("A USD 14 million order ... has gone to Halvard Grid, which was picked by the Southern
  Power Projects Management Board, a unit of Electricity of Vietnam", 36546) is a signed supply_contract event with the
  board as government party and no deal (batch 39's board buyer); EVN there is a firm mention.
- A contract told object-first with the consortium's members ("was signed ... by Vietnam Electricity (EVN) and the
  HSC-TDC Consortium of A JSC and B JSC", 36549) is one supply pair per member with EVN as buyer, dated with the
  publication's year; "an $18.7 million NPT order ... went to A and B, bidding together" (36558) likewise, the order noun
  naming the buyer; "will come from a joint venture of A and B" and "takes the ... package" without a buyer (36559) give
  none; "Acting for the investor, EVN, is the ... Board" (36551) is EVN's investor line, a deal without event.
- A non-binding memorandum signed in the passive by a firm and EVN (36532) is an mou deal and signed event.
- Counts: "2.018(2)" after "là" has no noun and is none, "104.260(1) doanh nghiệp" keeps its noun across the footnote;
  "420 jobs", "900 staff", "30 people", "6 countries", "more than 11 markets", "17 free trade agreements" keep their
  English noun; "214 vị trí móng cột", "hơn 120 tổ đội", "trên 1.600 kỹ sư và công nhân" their noun phrase.
- A thesis in broken OCR ("đẩu tư", "phía Bác", "cùa") is read as a careful reader would (36421-36423): its recalled
  investments are deals sited in the provinces named (Hải Dương -> Hải Phòng); a lecture-notes header glued three times
  gives the institute once; a student paper's caps cover gives the university in title case, the faculty nothing.
- "Made in Vietnam"/"Made by Vietnam" labels, "C/O", standards ("IE2", "IE3"), package codes ("XL-LS01", "TB01-DNMR"),
  consortium acronyms, substation and line names ("trạm 500 kV Thường Tín", "Chiêm Hóa – Na Hang", "Quang Trach–Pho
  Noi") and plant aliases ("TACAB Central Phase 2") give nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_121(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    NA = cur("Nghệ An")
    BN = cur("Bắc Ninh")
    HD = cur("Hải Dương")
    HP = cur("Hải Phòng")
    DNai = cur("Đồng Nai")
    BDg = cur("Bình Dương")
    BDi = cur("Bình Định")
    BG = cur("Bắc Giang")
    HCM = cur("Hồ Chí Minh")
    HY = cur("Hưng Yên")

    ids = iter(range(36401, 36401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword slugs and salads on foreign and betting domains (S1 r1, S1 r4, S4 r3, S5 r1-r4: 7 of the 80
    # slots; S4 r3 is a Polish domain carrying a real utility paragraph) ---
    rows += [
        h(
            n(),
            "nhà máy quấn dây đồng stator quy trình chi phí chỉ số ấn độ",
            "2023-11-02",
            "ministry",
            ["foreign_domain_slug", "lowercase", "lowercase_country_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy trình sản xuất lõi thép silic máy biến áp pdf Mẫu miễn phí",
            "2021-03-06",
            "ministry",
            ["foreign_domain_slug", "spam_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các công trình đấu nối Nhà máy điện khí Long Phước (Trạm biến áp 500kV Long Phước, đường dây 500kV Long Phước – Mỹ Tho...) phải về đích trước mùa khô, ông Trần Quang Hiệp, Phó Tổng giám đốc EVN, yêu cầu tại cuộc giao ban ...\nĐọc thêm",
            "2022-06-11",
            "ministry",
            [
                "foreign_domain_real_text",
                "person_role_after",
                "bare_evn_firm",
                "project_names_nothing",
                "truncated_read_more",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Quang Hiệp", "Phó Tổng giám đốc EVN")],
            firms=[f("Điện lực Việt Nam")],
            events=[],
        ),
        h(
            n(),
            "kuwin dây cáp điện 3 pha giá bao nhiêukết quả xổ số miền namthuế trước bạ xe máy cũ",
            "2024-05-19",
            "ministry",
            ["spam_keywords", "run_together_words", "region_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin kèo ngoại hạng anh tối naymô tơ quạt trần chính hãngcách tính tiền điện bậc thang",
            "2024-08-03",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_country_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xsmn thứ bảymáy biến áp cách ly 1 pha giá rẻsoi cầu bạch thủ",
            "2024-10-26",
            "ministry",
            ["spam_keywords", "run_together_words", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin lương tối thiểu vùng 2025bảng giá ổn áp lioa 10kvalịch thi đấu cúp c1",
            "2025-01-08",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_brand_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá thành lò ủ dây đồng liên tục quy mô nhỏ ở nông thôn",
            "2023-11-02",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title, hashtag and list pages (S2 r4, S4 r2, S4 r4, S6 r3, S6 r4, S8 r1, S8 r3, S10 r2, S11 r1-r3,
    # S15 r4: 12 slots) ---
    rows += [
        h(
            n(),
            "đường dây 220kV\nĐường dây 220kV Chiêm Hóa – Na Hang mang điện sớm 5 tháng\n214 vị trí móng cột, 86,4 km mạch kép, trải trên đất Tuyên Quang và Hà Giang: công trình vừa đóng điện hôm qua.",
            "2023-09-20",
            "provincial",
            [
                "tag_page",
                "tag_word_line",
                "headline_lead",
                "line_name_nothing",
                "length_no_count",
                "count",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Tuyên Quang"), pv("Hà Giang")],
            quantities=[c(214, "vị trí móng cột")],
            events=[],
        ),
        h(
            n(),
            "Văn bản do Thứ trưởng Bộ Công Thương Lưu Minh Đạo ký\nThông tư 21/2019/TT-BCT quy định phương pháp lập khung giá dịch vụ truyền tải điện",
            "2021-05-14",
            "legal",
            ["legal_signer_tag", "person_role_before", "circular_number", "multiline", "no_event"],
            persons=[per("Lưu Minh Đạo", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            decisions=[d("21/2019/TT-BCT")],
            events=[],
        ),
        h(
            n(),
            "Vì sao hóa đơn tiền điện tháng 5 tăng vọt? EVN giải thích",
            "2023-06-06",
            "ministry",
            ["title_page", "question_headline", "bare_evn_firm", "no_event"],
            firms=[f("Điện lực Việt Nam")],
            events=[],
        ),
        h(
            n(),
            "luật điện lực sửa đổi 2024",
            "2024-12-02",
            "legal",
            ["tag_slug", "lowercase", "law_without_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quyet dinh ve danh muc san pham co khi trong diem duoc uu dai",
            "2022-02-15",
            "ministry",
            ["tag_slug", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gấp rút hoàn thành ngăn lộ mới tại trạm biến áp 500kV Đức Hòa\n\n(Chinhphu.vn) - Trong tháng 8, ngăn lộ mới phải được đóng điện; để kịp, các ban quản lý dự án được lãnh đạo Tập đoàn Điện lực Việt Nam (EVN) yêu cầu dồn thêm người và máy.",
            "2024-07-22",
            "ministry",
            [
                "list_page",
                "headline_lead",
                "outlet_prefix_nothing",
                "acronym_bracket",
                "project_name_nothing",
                "bare_units_none",
                "multiline",
                "no_event",
            ],
            firms=[f("Điện lực Việt Nam", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Soi nhóm cổ phiếu thiết bị điện: TBD, DCL, MBA, HLC\n(ATPvietnam.com) - Khi sản lượng công nghiệp tăng, nhóm doanh nghiệp làm máy biến áp và dây cáp được nhà đầu tư chú ý trở lại.",
            "2012-03-14",
            "ministry",
            ["list_item", "tickers_nothing", "outlet_prefix_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gần 413 triệu USD dây điện, cáp điện Việt Nam sang Nhật Bản trong 9 tháng, đưa thị trường này lên đầu bảng với 29% kim ngạch.",
            "2016-10-21",
            "ministry",
            ["tag_page", "statistics", "amount_first", "approx", "country", "percentage", "no_event"],
            money=[m(413 * M, "USD", approx=True)],
            locations=[country("Nhật Bản")],
            percentages=[29],
            events=[],
        ),
        h(
            n(),
            "#tôn silic\nTôn silic giá rẻ từ Trung Quốc và Hàn Quốc bị đề nghị điều tra: hồ sơ do Thép Kỹ thuật điện Bảo Tín, Tôn Điện từ Kim Thành và Lõi thép Phước Lộc gửi lên Bộ Công Thương.",
            "2023-04-11",
            "ministry",
            [
                "hashtag_page",
                "trade_remedy",
                "petitioners_no_deal",
                "bare_names",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Thép Kỹ thuật điện Bảo Tín"), f("Tôn Điện từ Kim Thành"), f("Lõi thép Phước Lộc")],
            organizations=["Bộ Công Thương"],
            locations=[country("Trung Quốc"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "TTO - Dây đồng tráng men nhập vào Mỹ từ 5 nước, trong đó có Việt Nam, có thể bị điều tra chống bán phá giá sau đơn kiện của Ridgeway Magnet Wire Inc. gửi Bộ Thương mại Hoa Kỳ (DOC), Cục Phòng vệ thương mại (Bộ Công Thương) cho biết ngày 14-6.",
            "2019-06-15",
            "ministry",
            [
                "tag_page",
                "outlet_prefix_nothing",
                "trade_remedy",
                "petition_no_deal",
                "org_in_brackets",
                "acronym_bracket",
                "foreign_legal_form",
                "country_in_org_name",
                "country",
                "count",
                "no_event",
            ],
            organizations=["Cục Phòng vệ thương mại", "Bộ Công Thương", "Bộ Thương mại Hoa Kỳ"],
            firms=[f("Ridgeway Magnet Wire", "Inc.")],
            locations=[country("Mỹ")],
            quantities=[c(5, "nước")],
            events=[],
        ),
        h(
            n(),
            "Kết luận cuối vụ dây đồng tráng men tại Ấn Độ bị lùi\nVụ điều tra chống bán phá giá dây đồng tráng men từ nhiều nước, có Việt Nam, sẽ có kết luận muộn hơn dự kiến, theo thông báo của Tổng vụ Phòng vệ thương mại Ấn Độ (DGTR) mà Cục Phòng vệ thương mại, Bộ Công Thương, vừa nhận.",
            "2022-08-30",
            "ministry",
            [
                "betting_domain_tag",
                "headline_lead",
                "trade_remedy",
                "country_in_org_name",
                "acronym_bracket",
                "country",
                "nfd",
                "multiline",
                "no_event",
            ],
            organizations=["Tổng vụ Phòng vệ thương mại Ấn Độ", "Cục Phòng vệ thương mại", "Bộ Công Thương"],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Máy biến áp hợp bộ hay trạm treo: chọn loại nào đỡ tốn tiền hơn",
            "2022-04-18",
            "ministry",
            ["unrelated_domain_title", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Theses, explainers, document stores, a student paper and an interview (S3 r1, S6 r1, S6 r2, S13 r1, S14 r4,
    # S15 r1-r3, S16 r1-r3: 11 slots; the same OCR thesis came back three times) ---
    rows += [
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (11.62 MB, 96 trang )\nKurata Denki với hơn 86 triệu USD cho mô tơ máy giặt ở Hải Dương và Công ty Shiomi Seiki với 120 triệu USD ở Bắc Ninh là hai ví dụ về các hãng điện cơ Nhật Bản đẩu tư vào phía Bác (số liệu năm 2009).",
            "2013-05-10",
            "ministry",
            [
                "doc_store_preview",
                "thesis",
                "broken_ocr",
                "recalled_investments",
                "deal_no_event",
                "page_metadata_nothing",
                "region_no_location",
                "approx",
                "country",
                "multiline",
            ],
            firms=[f("Kurata Denki"), f("Shiomi Seiki", "Công ty")],
            provinces=[pv("Hải Dương"), pv("Bắc Ninh")],
            money=[m(86 * M, "USD", approx=True), m(120 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Kurata Denki"], 86 * M, HD),
                deal("investment", ["Shiomi Seiki"], 120 * M, BN),
            ],
            events=[],
        ),
        h(
            n(),
            "Hà Nội và các tỉnh lân cận gần đây mới là nơi các hãng điện cơ Nhật Bản tìm đến, dù Thành phố Hồ Chí Minh vẫn hút vốn đẩu tư nước ngoài nhiều nhất cùa cả nước.",
            "2013-05-10",
            "ministry",
            ["thesis", "broken_ocr", "country", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Hà Nội")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "2.3 C ơ cấu đ ầ u tư theo ngành\nBảng 6: FDI của Nhật vào khu vực phía Bấc theo ngành tính đến hết\ntháng 6 năm\n2009.\nCơ khí điện\n41\n(triệu USD)\n318\nĐiện tử\n27\n205",
            "2013-05-10",
            "ministry",
            ["thesis", "broken_ocr", "table_numbers_nothing", "country_short_form", "multiline", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư là gì? Nhà máy mô tơ điện có vốn ngoại xin cấp ra sao? Mời bạn đọc theo dõi phần dưới đây.",
            "2025-08-12",
            "ministry",
            ["consultancy_explainer", "question_heading", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiểu đơn giản, đây là tờ giấy (hoặc bản điện tử) mà cơ quan nhà nước cấp để ghi lại những gì nhà đầu tư đăng ký cho dự án của mình.",
            "2025-08-12",
            "ministry",
            ["consultancy_explainer", "definition", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "18 ngành và 104.260(1) doanh nghiệp mới là bức tranh 7 tháng đầu năm 2025; số dự án FDI cấp mới là 2.018(2).",
            "2025-08-12",
            "ministry",
            ["consultancy_explainer", "footnote_glued", "count", "count_without_noun_none", "no_event"],
            quantities=[c(104260, "doanh nghiệp"), c(18, "ngành")],
            events=[],
        ),
        h(
            n(),
            "Cơ sở pháp lý:\n- Luật Đầu tư số 61/2020/QH14;\n- Nghị định 31/2021/NĐ-CP hướng dẫn chi tiết Luật Đầu tư;\n- Nghị định 239/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 31/2021/NĐ-CP.",
            "2025-08-12",
            "legal",
            ["consultancy_explainer", "dash_list", "law_numbers_no_date", "multiline", "no_event"],
            decisions=[d("61/2020/QH14"), d("31/2021/NĐ-CP"), d("239/2025/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Học viện Kinh tế Kỹ thuật Hà ThànhHọc viện Kinh tế Kỹ thuật Hà ThànhHọc viện Kinh tế Kỹ thuật Hà Thành\nCHƯƠNG II: ĐẦU TƯ VÀO NGÀNH ĐIỆN Nguồn: TS. Lê Hồng Quân I KHÁI NIỆM • Lưới truyền tải: nhà nước giữ vai trị chủ đạo (đường dây 500 kV Bắc – Nam, …) • Thiết bị điện: khu vực tư nhân và FDI chiếm phần lớn",
            "2022-10-03",
            "ministry",
            [
                "doc_store",
                "repeated_header_glued",
                "broken_font",
                "academic_title_no_role",
                "multiline",
                "no_event",
            ],
            organizations=["Học viện Kinh tế Kỹ thuật Hà Thành"],
            persons=[per("Lê Hồng Quân", None)],
            events=[],
        ),
        h(
            n(),
            "Nghiên cứu chế tạo máy biến áp lực 220 kV – 250 MVA\n\npdf18 trang | Chia sẻ: minhthu92 | Lượt xem: 2086 | Lượt tải: 3download\nBạn đang xem trước 15 trang tài liệu Nghiên cứu chế tạo máy biến áp lực 220 kV – 250 MVA, để xem tài liệu hoàn chỉnh bạn click vào nút DOWNLOAD ở trên",
            "2016-07-25",
            "ministry",
            [
                "doc_store",
                "username_no_person",
                "page_metadata_nothing",
                "repeated_title",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Dung lượng máy biến áp trên lưới thường lớn gấp 6-8 lần công suất nguồn, nên mỗi năm điện thương phẩm tăng chừng 9% là nhu cầu máy biến áp lại phình theo.",
            "2016-07-25",
            "ministry",
            ["doc_store", "percentage", "ratio_no_count", "nfd", "no_event"],
            percentages=[9],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC ĐIỆN LỰC\nKHOA KỸ THUẬT ĐIỆN\n————\nBÀI TẬP LỚN HỌC PHẦN: VẬT LIỆU KỸ THUẬT ĐIỆN\nĐỀ TÀI: SO SÁNH TIÊU CHUẨN HIỆU SUẤT ĐỘNG CƠ ĐIỆN IE2 VÀ IE3\nTrang 2MỤC LỤC\nA Mở đầu 3\nChương 1: Cơ sở lý luận 4\n1.1 Khái niệm tiêu chuẩn hoá 4",
            "2023-12-05",
            "ministry",
            [
                "student_paper",
                "caps_cover",
                "faculty_no_org",
                "table_of_contents",
                "old_tone",
                "standard_codes_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Điện lực"],
            events=[],
        ),
        h(
            n(),
            "Malaysia có 23%, Hàn Quốc 27%, còn ở ta công nghiệp chế biến, chế tạo mới góp chừng 17% GDP; mô tơ, tôn silic và vật liệu cách điện cho máy điện phần lớn vẫn phải mua ngoài(1).",
            "2022-06-09",
            "ministry",
            ["explainer", "statistics", "footnote_glued", "country", "no_event"],
            percentages=[17, 23, 27],
            locations=[country("Malaysia"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Phạm vi công nghiệp hỗ trợ mỗi nước hiểu một kiểu: nơi tính cả vật liệu, nơi chỉ kể linh kiện cho xe và đồ điện tử(2).",
            "2022-06-09",
            "ministry",
            ["explainer", "footnote_glued", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "intTypePromotion=1\nADSENSE\n\nNăng lực chế tạo máy điện quay trong nước: hiện trạng và kiến nghị\n\nChia sẻ: Trần Văn Long | Ngày: | Loại File: PDF | Số trang:11\n\n98\nlượt xem\n7\ndownload",
            "2019-09-17",
            "ministry",
            ["doc_store", "ad_chrome", "uploader_person", "view_counter_no_count", "multiline", "no_event"],
            persons=[per("Trần Văn Long", None)],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp trong nước đã làm chủ mô tơ công suất nhỏ nhưng còn yếu ở máy phát và động cơ cao áp, theo PGS.TS Đỗ Quang Vinh, Phó Viện trưởng Viện Nghiên cứu Cơ điện.",
            "2019-09-17",
            "ministry",
            ["doc_store", "conclusion_first", "person_role_after", "academic_title_no_role", "no_event"],
            persons=[per("Đỗ Quang Vinh", "Phó Viện trưởng Viện Nghiên cứu Cơ điện")],
            organizations=["Viện Nghiên cứu Cơ điện"],
            events=[],
        ),
        h(
            n(),
            "Mô tơ Việt bị chê có tổ chức? Chuyện nhãn xuất xứ đáng bàn hơn\nPhần lợi trong thương mại chia thế nào phụ thuộc vào việc món hàng được coi là 'Made in Vietnam' hay 'Made by Vietnam', TS. Hà Minh Đức nói.",
            "2017-08-24",
            "ministry",
            ["interview", "headline_lead", "academic_title_no_role", "multiline", "no_event"],
            persons=[per("Hà Minh Đức", None)],
            events=[],
        ),
        h(
            n(),
            "PV: - Ông Trịnh Văn Khải, Giám đốc Công ty CP Cơ điện Phú Lâm, nghi có hãng ngoại trả tiền cho người đi nói xấu mô tơ Phú Lâm. Ông thấy nghi vấn ấy thế nào?",
            "2017-08-24",
            "ministry",
            ["interview", "pv_label_nothing", "person_role_after", "no_event"],
            persons=[per("Trịnh Văn Khải", "Giám đốc Công ty CP Cơ điện Phú Lâm")],
            firms=[f("Cơ điện Phú Lâm", "Công ty CP"), f("Phú Lâm")],
            events=[],
        ),
        h(
            n(),
            "PV: - Vậy doanh nghiệp mô tơ trong nước nên làm gì để khỏi bị lép vế ngay trên sân nhà?",
            "2017-08-24",
            "ministry",
            ["interview", "pv_label_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TS. Hà Minh Đức: - Tờ C/O quyết định ai được hưởng ưu đãi thuế, nên giành nhau quanh nó là chuyện dễ hiểu, kể cả bằng cách không sòng phẳng.",
            "2017-08-24",
            "ministry",
            ["interview", "speaker_label", "academic_title_no_role", "no_event"],
            persons=[per("Hà Minh Đức", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a zone authority licenses a transformer and switchgear plant (S1 r2) ---
    rows += [
        h(
            n(),
            " date 2025-09-17 Gần 152 tỷ đồng sẽ được rót vào một nhà máy máy biến áp và tủ trung thế ở Khu kinh tế Đông Nam Nghệ An; nếu đúng hẹn, xưởng chạy máy cuối năm 2027...",
            "2025-09-17",
            "provincial",
            [
                "page_date_chrome",
                "standfirst",
                "licence_no_firm",
                "zone",
                "province_in_zone_name",
                "approx",
                "no_event",
            ],
            provinces=[pv("Nghệ An")],
            locations=[zone("Khu kinh tế Đông Nam Nghệ An")],
            money=[m(152 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Thiết bị điện Hưng Long (TP.HCM) là chủ đầu tư dự án vừa nhận Giấy chứng nhận đăng ký đầu tư từ Ban Quản lý Khu kinh tế Đông Nam Nghệ An: một nhà máy chế tạo máy biến áp phân phối và tủ điện trung thế.",
            "2025-09-17",
            "provincial",
            [
                "licence_by_zone_board",
                "board_grantor",
                "investor_first",
                "province_in_org_name",
                "investor_home_province_mention",
                "zone_in_org_name_no_location",
            ],
            organizations=["Ban Quản lý Khu kinh tế Đông Nam Nghệ An"],
            firms=[f("Thiết bị điện Hưng Long", "Công ty CP")],
            provinces=[pv("Nghệ An"), pv("Hồ Chí Minh")],
            deals=[deal("investment", ["Thiết bị điện Hưng Long"], None, NA)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Đông Nam Nghệ An"), F("Thiết bị điện Hưng Long")],
                    None,
                    None,
                    NA,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Trong gần 152 tỷ đồng vốn đăng ký, Hưng Long tự góp 41,2 tỷ đồng (27,1%), phần còn lại là vốn vay; nhà xưởng dựng trên 3,1 ha tại KCN Thọ Lộc.",
            "2025-09-17",
            "provincial",
            ["equity_split_no_deal", "bare_short_name", "approx", "percentage", "area", "park", "no_event"],
            firms=[f("Hưng Long")],
            money=[m(152 * B, "VND", approx=True), m(41.2 * B, "VND")],
            percentages=[27.1],
            areas=[ha(3.1)],
            locations=[park("Khu công nghiệp Thọ Lộc")],
            events=[],
        ),
        h(
            n(),
            "Ngoài máy biến áp phân phối đến 2.500 kVA, xưởng sẽ làm tủ trung và hạ thế, thang máng cáp, vỏ tủ; phần diện tích còn dư được cho thuê lại.",
            "2025-09-17",
            "provincial",
            ["product_list", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm, khi chạy đủ tải, xưởng có thể làm 2.500 – 3.000 bộ tủ điện, 4.000 – 6.000 máy biến áp và chừng 90.000 – 110.000 mét thang máng cáp.",
            "2025-09-17",
            "provincial",
            ["capacity_list", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hạn hoàn thành là 27 tháng tính từ ngày cấp giấy; trong thời gian đó, dự án được áp ưu đãi như mọi dự án khác trong khu kinh tế.",
            "2025-09-17",
            "provincial",
            ["schedule_no_event", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hưng Long phải tự lo đủ vốn, giữ đúng tiến độ đã hứa và không được lơi các khâu môi trường, phòng cháy, theo yêu cầu của ban quản lý.",
            "2025-09-17",
            "provincial",
            ["bare_unit_none", "requirements_no_deal", "bare_short_name", "nfd", "no_event"],
            firms=[f("Hưng Long")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial utility wires up plants in its parks (S1 r3, S2 r3) ---
    rows += [
        h(
            n(),
            "Gần 2,6 tỷ đồng đưa điện trung thế vào nhà máy mô tơ ở Quảng Ngãi\nMột trạm biến áp (630 + 1.000) kVA và 210 m đường dây 22 kV vừa được đóng điện ở KCN Tịnh Phong để nhà máy mô tơ của Công ty TNHH Kaiyo Motor kịp chạy thử; toàn bộ chi phí do Công ty Điện lực Quảng Ngãi chịu.",
            "2019-10-08",
            "provincial",
            [
                "headline_lead",
                "grid_connection_no_deal",
                "amount_in_headline",
                "province_in_headline",
                "province_in_firm_name",
                "length_no_count",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Điện lực Quảng Ngãi", "Công ty"), f("Kaiyo Motor", "Công ty TNHH")],
            provinces=[pv("Quảng Ngãi")],
            money=[m(2.6 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Tịnh Phong")],
            events=[],
        ),
        h(
            n(),
            "Kaiyo Motor định bán phần lớn mô tơ ra nước ngoài, nhiều nhất sang châu Âu và Bắc Mỹ; khi xưởng chạy vào quý IV, đợt tuyển đầu cần 380 lao động.\nH.NGUYÊN",
            "2019-10-08",
            "provincial",
            [
                "export_markets",
                "schedule_no_event",
                "region_no_location",
                "count",
                "initial_byline_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Kaiyo Motor")],
            quantities=[c(380, "lao động")],
            events=[],
        ),
        h(
            n(),
            "(QNgO) - Với 1,9 tỷ đồng, Điện lực Quảng Ngãi đã dựng xong trạm 2.500 kVA và hơn 150 m dây 22 kV; nhà máy lõi tôn của Công ty CP Cơ điện Sơn Tịnh nhờ đó có điện từ tuần này.\nT.Lộc",
            "2020-05-21",
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
            firms=[f("Điện lực Quảng Ngãi"), f("Cơ điện Sơn Tịnh", "Công ty CP")],
            money=[m(1.9 * B, "VND")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a broadcaster's blurb on the third 500kV circuit (S2 r2, S8 r4) ---
    rows += [
        h(
            n(),
            "Hơn 120 tổ đội, trên 1.600 kỹ sư và công nhân đang thay ca ngày đêm trên các đoạn tuyến 500kV mạch 3 qua Thanh Hoá và Nghệ An, với hạn chót đóng điện là cuối tháng 7.\n\nVIDEO LIÊN QUAN",
            "2024-06-10",
            "ministry",
            ["video_blurb", "count", "approx", "old_tone", "video_chrome", "multiline", "no_event"],
            quantities=[c(120, "tổ đội", True), c(1600, "kỹ sư và công nhân", True)],
            provinces=[pv("Thanh Hóa"), pv("Nghệ An")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI feature with related links (S3 r2, S14 r3, S16 r4) ---
    rows += [
        h(
            n(),
            "- Sáu phần mười vốn ngoại vào thiết bị điện đổ về miền Bắc\n- Hàn Quốc tăng tốc đầu tư cáp ngầm siêu cao áp\nTăng tốc nửa cuối năm\n(KTSG Online) - Bán dẫn, thiết bị điện và hàng giá trị gia tăng cao được giới phân tích chọn là nơi vốn ngoại sẽ còn đổ vào, dù năm 2023 khó khăn ở hầu hết các mảng khác.",
            "2024-01-15",
            "ministry",
            [
                "related_links",
                "share_in_words_no_percentage",
                "region_no_location",
                "subhead",
                "outlet_prefix_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chỉ khoảng 13,2 tỉ đô la Mỹ vốn ngoại được cam kết trong nửa đầu năm 2023, ít hơn cùng kỳ 4,6%, nối tiếp cú sụt 10,8% của cả năm 2022.",
            "2024-01-15",
            "ministry",
            ["statistics", "do_la_my", "approx", "percentage", "no_event"],
            percentages=[10.8, 4.6],
            money=[m(13.2 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Lãi suất cao và xung đột ở nhiều nơi khiến nhà đầu tư ngoại chùn tay, Tổng cục Thống kê giải thích.",
            "2024-01-15",
            "ministry",
            ["statistics_source", "no_event"],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a caption, three Japanese firms to build a park, JETRO figures (S3 r3) ---
    rows += [
        h(
            n(),
            " date 2017-03 Dây chuyền cuộn stator của Công ty Kisaragi Seimitsu, doanh nghiệp 100% vốn Nhật Bản ở Khu công nghệ cao TP.HCM. (Nguồn: Internet)",
            "2017-03-10",
            "ministry",
            [
                "page_date_chrome",
                "caption",
                "hitech_park_location",
                "source_line_nothing",
                "percentage",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Kisaragi Seimitsu", "Công ty")],
            locations=[park("Khu công nghệ cao TP.HCM"), country("Nhật Bản")],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "120 triệu USD là số vốn mà ba doanh nghiệp Nhật – Tập đoàn Sakuma Shoji, Tập đoàn Daiho Realty và Công ty Kobayashi Eco-Engineering (thuộc Kobayashi Steel Group) – dự tính bỏ ra để cùng xây Khu công nghiệp Tân Hưng Đông, rộng 240ha, tại huyện Lạng Giang, tỉnh Bắc Giang.",
            "2017-03-10",
            "ministry",
            [
                "announced_investment",
                "amount_first",
                "consortium_one_deal",
                "three_parties",
                "parent_in_brackets",
                "dash_apposition",
                "country_short_form",
                "district",
                "area",
            ],
            firms=[
                f("Sakuma Shoji", "Tập đoàn"),
                f("Daiho Realty", "Tập đoàn"),
                f("Kobayashi Eco-Engineering", "Công ty"),
                f("Kobayashi Steel Group"),
            ],
            locations=[
                country("Nhật"),
                park("Khu công nghiệp Tân Hưng Đông"),
                district("huyện Lạng Giang"),
            ],
            provinces=[pv("Bắc Giang")],
            areas=[ha(240)],
            money=[m(120 * M, "USD")],
            deals=[
                deal("investment", ["Sakuma Shoji", "Daiho Realty", "Kobayashi Eco-Engineering"], 120 * M, BG)
            ],
            events=[
                ev(
                    "investment_announcement",
                    [F("Sakuma Shoji"), F("Daiho Realty"), F("Kobayashi Eco-Engineering")],
                    120 * M,
                    "USD",
                    BG,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Nửa đầu năm 2011, doanh nghiệp Nhật rót 1,24 tỷ USD vào Việt Nam, gấp 7,9 lần cùng kỳ, theo Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO).",
            "2017-03-10",
            "ministry",
            [
                "statistics",
                "acronym_bracket",
                "country_in_org_name",
                "country_short_form",
                "source_last",
                "no_event",
            ],
            organizations=["Tổ chức Xúc tiến Thương mại Nhật Bản"],
            locations=[country("Nhật")],
            money=[m(1.24 * B, "USD")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a forum repost of a Japanese motor group's interview (S3 r4, S12 r2, S12 r4) ---
    rows += [
        h(
            n(),
            "Tập đoàn Kisaragi Corporation: “Kế hoạch ở Việt Nam của chúng tôi đã đổi khác”\n\nTập đoàn Kisaragi Corporation: “Kế hoạch ở Việt Nam của chúng tôi đã đổi khác”",
            "2005-09-20",
            "ministry",
            [
                "forum_repost",
                "repeated_headline",
                "quote_headline",
                "corporation_kept",
                "multiline",
                "no_event",
            ],
            firms=[f("Kisaragi Corporation", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "800 triệu USD trong 5 năm tới là khoản mà chủ tịch Tập đoàn Kisaragi Corporation hứa rót thêm vào Việt Nam, trong cuộc phỏng vấn đăng hôm 12-9 trên một nhật báo kinh tế ở Tokyo.",
            "2005-09-20",
            "ministry",
            [
                "announced_investment",
                "amount_first",
                "foreign_city_nothing",
                "role_without_name_no_person",
                "duration_no_count",
                "no_site",
            ],
            firms=[f("Kisaragi Corporation", "Tập đoàn")],
            money=[m(800 * M, "USD")],
            deals=[deal("investment", ["Kisaragi Corporation"], 800 * M)],
            events=[
                ev("investment_announcement", [F("Kisaragi Corporation")], 800 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Người giải thích kế hoạch này với Tuổi Trẻ là ông Shunsuke Aoyama, tổng giám đốc Kisaragi Tosei, đơn vị thành viên của tập đoàn ở Việt Nam.",
            "2005-09-20",
            "ministry",
            ["outlet_nothing", "person_role_after", "lowercase_role", "no_event"],
            persons=[per("Shunsuke Aoyama", "tổng giám đốc Kisaragi Tosei")],
            firms=[f("Kisaragi Tosei")],
            events=[],
        ),
        h(
            n(),
            "* Thưa ông, TP.HCM được bao nhiêu trong số đó?\n- 420 triệu USD. Hai nhà máy đã có mặt bằng là của Kisaragi Sankō, cần 90 triệu USD, và của Kisaragi Tosei, 45 triệu USD; phần còn lại chúng tôi chưa chốt.",
            "2005-09-20",
            "ministry",
            [
                "interview_qa",
                "planned_plants_of_named_firms",
                "announced_investment",
                "two_deals",
                "multiline",
            ],
            firms=[f("Kisaragi Sankō"), f("Kisaragi Tosei")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(420 * M, "USD"), m(90 * M, "USD"), m(45 * M, "USD")],
            deals=[
                deal("investment", ["Kisaragi Sankō"], 90 * M, HCM),
                deal("investment", ["Kisaragi Tosei"], 45 * M, HCM),
            ],
            events=[
                ev("investment_announcement", [F("Kisaragi Sankō")], 90 * M, "USD", HCM, "announced"),
                ev("investment_announcement", [F("Kisaragi Tosei")], 45 * M, "USD", HCM, "announced"),
            ],
        ),
        h(
            n(),
            "Một dự án lớn hơn, nhà máy mô tơ ô tô khoảng 300 triệu USD, vẫn đang được cân nhắc; Khu công nghệ cao TP.HCM chỉ là một trong các địa điểm được tính tới.",
            "2005-09-20",
            "ministry",
            [
                "planned_plant_no_firm",
                "approx",
                "hitech_park_location",
                "no_event",
            ],
            locations=[park("Khu công nghệ cao TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(300 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "ImageView.aspx\n\nTrước khi mang tên hiện nay, Công ty Kisaragi Tosei Việt Nam được đăng ký năm 1995 dưới tên Tosei Precision, với nhà máy đầu tiên ở",
            "2005-09-20",
            "ministry",
            [
                "image_file_name_nothing",
                "company_history",
                "vietnam_dropped",
                "former_name_firm",
                "truncated",
                "multiline",
                "no_event",
            ],
            firms=[f("Kisaragi Tosei", "Công ty"), f("Tosei Precision")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an education paper on the transmission corporation's ten years (S4 r1, S8 r2, S13 r2) ---
    rows += [
        h(
            n(),
            "Tổng công ty Truyền tải điện Quốc gia: mười năm vững vàng trên lưới 500kV\n\n14/06/2018 08:15\nMinh Thư\n(GDVN) - Quy mô lưới lớn gấp mấy lần, sự cố giảm rõ rệt: đó là những gì Tổng công ty Truyền tải điện Quốc gia làm được trong giai đoạn 2008 - 2018.",
            "2018-06-14",
            "ministry",
            [
                "headline_timestamp_byline",
                "byline_person",
                "outlet_prefix_nothing",
                "year_range_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Truyền tải điện Quốc gia", "Tổng công ty")],
            persons=[per("Minh Thư", None)],
            events=[],
        ),
        h(
            n(),
            "Khẩu hiệu “điện đi trước một bước” được hơn 7.900 người lao động của đơn vị nhắc tới như một lời tự dặn hằng ngày.",
            "2018-06-14",
            "ministry",
            ["count", "approx", "bare_unit_none", "nfd", "no_event"],
            quantities=[c(7900, "người lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Giữ cho lưới truyền tải chạy an toàn vẫn là việc đứng đầu danh sách của đơn vị thành viên này thuộc Tập đoàn Điện lực Việt Nam.",
            "2018-06-14",
            "ministry",
            ["parent_group", "no_event"],
            firms=[f("Điện lực Việt Nam", "Tập đoàn")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an investment weekly on a cable maker under its parent group (S7 r2) ---
    rows += [
        h(
            n(),
            "Tập đoàn Đại Hưng kiểm soát Canavi qua công ty con Điện lực Đại Hưng, với hơn 95% vốn điều lệ. Ảnh: Hoàng Long.\n\nMinh Châu Thứ Năm | 21/09/2023 09:12\n\nCanavi dưới trướng Đại Hưng",
            "2023-09-21",
            "ministry",
            [
                "caption",
                "shareholding_no_deal",
                "photo_credit_person",
                "byline_person",
                "timestamp_line",
                "approx_percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Đại Hưng", "Tập đoàn"), f("Canavi"), f("Điện lực Đại Hưng")],
            persons=[per("Hoàng Long", None), per("Minh Châu", None)],
            percentages=[95],
            events=[],
        ),
        h(
            n(),
            "Công ty mẹ đã thành tập đoàn tư nhân đa ngành; Canavi, con gà đẻ trứng vàng của Đại Hưng, sẽ được dùng vào việc gì?",
            "2023-09-21",
            "ministry",
            ["standfirst_question", "bare_names", "no_event"],
            firms=[f("Canavi"), f("Đại Hưng")],
            events=[],
        ),
        h(
            n(),
            "Cuối năm 2016, Bộ Công Thương thoái hết vốn, và Tổng công ty CP Thiết bị điện Đại Hưng (mã DHG) – nơi sáng lập rồi làm công ty mẹ của Công ty CP Dây cáp điện Nam Việt (Canavi) – thành doanh nghiệp tư nhân.",
            "2023-09-21",
            "ministry",
            [
                "state_divestment_no_buyer",
                "ticker_nothing",
                "acronym_bracket_not_firm",
                "tong_cong_ty_cp",
                "no_event",
            ],
            firms=[f("Thiết bị điện Đại Hưng", "Tổng công ty CP"), f("Dây cáp điện Nam Việt", "Công ty CP")],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Mã CNV gần như không còn ai giao dịch, có phiên trắng lệnh như 22/8/2023, sau bảy năm Điện lực Đại Hưng lặng lẽ gom cổ phiếu Canavi.",
            "2023-09-21",
            "ministry",
            [
                "recalled_stake_purchase",
                "deal_no_event",
                "ticker_nothing",
                "session_date_no_deal_date",
                "duration_in_words",
            ],
            firms=[f("Điện lực Đại Hưng"), f("Canavi")],
            deals=[deal("investment", ["Điện lực Đại Hưng"])],
            events=[],
        ),
        h(
            n(),
            "Chuyên gia chứng khoán Phan Hữu Nghĩa cho rằng rời sàn sẽ giúp Canavi dễ tìm cổ đông chiến lược, đổi lại cổ đông nhỏ chịu thiệt về minh bạch.",
            "2023-09-21",
            "ministry",
            ["reported_speech", "person_role_before", "hypothetical_sale_no_deal", "no_event"],
            persons=[per("Phan Hữu Nghĩa", "Chuyên gia chứng khoán")],
            firms=[f("Canavi")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a cable maker's fiftieth year, sponsored (S7 r3) ---
    rows += [
        h(
            n(),
            " date 2025-10-02 Nửa thế kỷ với ba việc: chuẩn hoá quy trình, thay công nghệ và tìm thị trường mới – Hocab kể lại hành trình của mình.\n\nRa đời năm 1975 từ Công ty Dây đồng Sài Gòn, Công ty cổ phần Dây cáp điện Hòa Khánh (Hocab) nay có hai nhà máy ở hai đầu đất nước.",
            "2025-10-02",
            "ministry",
            [
                "page_date_chrome",
                "advertorial",
                "old_tone",
                "acronym_bracket_not_firm",
                "place_in_firm_name",
                "former_name_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("Hocab"), f("Dây cáp điện Hòa Khánh", "Công ty CP"), f("Dây đồng Sài Gòn", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Xưởng bọc cáp trung thế của Hocab ở Hưng Yên Ảnh: DN cung cấp",
            "2025-10-02",
            "ministry",
            ["caption_glued_credit", "credit_nothing", "no_event"],
            firms=[f("Hocab")],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Đường dây 500 kV mạch 3, metro Nhổn – Ga Hà Nội, ngầm hoá lưới điện ở trung tâm TP Đà Nẵng... đều có cáp Hocab.",
            "2025-10-02",
            "ministry",
            ["project_list", "project_names_nothing", "old_tone", "province_after_tp", "no_event"],
            firms=[f("Hocab")],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền kéo và bọc cáp được thay mới dần sau năm 2000, cùng lúc Hocab phủ đại lý ra cả ba miền; khâu đo kiểm nay đã tự động hoá.",
            "2025-10-02",
            "ministry",
            ["company_history", "old_tone", "region_no_location", "no_event"],
            firms=[f("Hocab")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean cable group to build an extra-high-voltage line (S9 r1) ---
    rows += [
        h(
            n(),
            " date 2025-09-16 Chủ đề nóng\n\nGần 50 triệu USD cho cáp siêu cao áp: doanh nghiệp cáp Hàn Quốc đặt cược vào Việt Nam\n\nMinh Khang Thứ ba, ngày 16/09/2025 10:30 GMT+7",
            "2025-09-16",
            "ministry",
            [
                "page_chrome",
                "headline_no_firm",
                "byline_person",
                "weekday_timestamp",
                "approx",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            money=[m(50 * M, "USD", approx=True)],
            persons=[per("Minh Khang", None)],
            events=[],
        ),
        h(
            n(),
            "Một khoản đầu tư lớn gần TP.HCM, dành cho cáp siêu cao áp 500kV, đang được Hanbit Cable & Systems chuẩn bị, tờ Korea JoongAng Daily cho hay; đây là hãng cáp lâu đời nhất Hàn Quốc.",
            "2025-09-16",
            "ministry",
            [
                "announced_investment",
                "object_first_passive",
                "ampersand_in_name",
                "near_city_no_site",
                "vague_amount",
                "outlet_nothing",
                "country",
            ],
            firms=[f("Hanbit Cable & Systems")],
            locations=[country("Hàn Quốc")],
            provinces=[pv("Hồ Chí Minh")],
            deals=[deal("investment", ["Hanbit Cable & Systems"])],
            events=[
                ev("investment_announcement", [F("Hanbit Cable & Systems")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "Nhà máy mới, nằm sát cơ sở của công ty con Hanbit Vina, sẽ ngốn 68 tỷ won (khoảng 49,1 triệu USD) tiền của Hanbit Cable & Systems.",
            "2025-09-16",
            "ministry",
            [
                "announced_investment",
                "won_first",
                "bracketed_conversion",
                "approx",
                "trailing_vina_dropped",
                "no_site",
            ],
            firms=[f("Hanbit Cable & Systems"), f("Hanbit")],
            money=[m(68 * B, "KRW"), m(49.1 * M, "USD", approx=True)],
            deals=[deal("investment", ["Hanbit Cable & Systems"], 68 * B)],
            events=[
                ev("investment_announcement", [F("Hanbit Cable & Systems")], 68 * B, "KRW", None, "announced")
            ],
        ),
        h(
            n(),
            "Cơ sở ấy không mới: từ tháng 5/2008, nhà máy 35 triệu USD mà Hanbit khai trương ở KCN Nhơn Trạch 3 (Đồng Nai) đã làm ra chừng 22.000 tấn cáp điện lực và 5.000 tấn cáp viễn thông mỗi năm, cho hơn 550 công nhân việc làm; Hanbit Vina, công ty con của Hanbit, thì đặt văn phòng ở TP.HCM.",
            "2025-09-16",
            "ministry",
            [
                "recalled_opening",
                "deal_no_event",
                "recalled_opening_object_first",
                "trailing_vina_dropped",
                "month_no_date",
                "capacity_no_count",
                "count",
                "approx",
                "park",
            ],
            firms=[f("Hanbit")],
            provinces=[pv("Hồ Chí Minh"), pv("Đồng Nai")],
            locations=[park("Khu công nghiệp Nhơn Trạch 3")],
            money=[m(35 * M, "USD")],
            quantities=[c(550, "công nhân", True)],
            deals=[deal("investment", ["Hanbit"], 35 * M, DNai)],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền bọc cáp ở nhà máy Hanbit Vina (Hàn Quốc), KCN Nhơn Trạch 3, Đồng Nai. Nguồn: Hanbit Vina",
            "2025-09-16",
            "ministry",
            ["caption", "source_credit", "trailing_vina_dropped", "country_bracket", "park", "no_event"],
            firms=[f("Hanbit")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Nhơn Trạch 3")],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a finance site's map of Korean electrical groups (S9 r2) ---
    rows += [
        h(
            n(),
            "Các tập đoàn điện – điện tử Hàn Quốc đang đặt nhà máy ở đâu tại Việt Nam?\n(VNF) - Hàng trăm nghìn việc làm và một nền công nghiệp điện tử lớn nhanh: đó là phần Việt Nam nhận được từ những khoản rót vốn tỷ USD của các tập đoàn Hàn Quốc.\n- Các tập đoàn Hàn Quốc bỏ vốn nhiều nhất vào Việt Nam 11/03/2025 09:40",
            "2025-03-11",
            "ministry",
            [
                "headline_lead",
                "outlet_prefix_nothing",
                "vague_amount",
                "related_link_timestamp",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy mô tơ và máy nén đầu tiên của Tập đoàn Seorin ở Bắc Ninh, vốn ban đầu 540 triệu USD, được khởi công năm 2009 – mười ba năm sau khi tập đoàn mở văn phòng đại diện ở TP.HCM.",
            "2025-03-11",
            "ministry",
            [
                "company_history",
                "recalled_groundbreaking",
                "object_first_passive",
                "deal_no_event",
                "year_only_no_date",
                "ordinal_no_count",
            ],
            firms=[f("Seorin", "Tập đoàn")],
            provinces=[pv("Hồ Chí Minh"), pv("Bắc Ninh")],
            money=[m(540 * M, "USD")],
            deals=[deal("groundbreaking", ["Seorin"], 540 * M, BN)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 28% doanh thu toàn cầu năm 2023 của Seorin đến từ Việt Nam, nơi tập đoàn đã dồn 14,7 tỷ USD cho 5 nhà máy ở Bắc Ninh, Thái Nguyên, Đồng Nai cùng một trung tâm R&D ở Hà Nội.",
            "2025-03-11",
            "ministry",
            ["running_total_no_deal", "count", "count_in_words", "percentage", "nfd", "no_event"],
            firms=[f("Seorin")],
            provinces=[pv("Bắc Ninh"), pv("Thái Nguyên"), pv("Đồng Nai"), pv("Hà Nội")],
            quantities=[c(5, "nhà máy")],
            money=[m(14.7 * B, "USD")],
            percentages=[28],
            events=[],
        ),
        h(
            n(),
            "Seorin Electro-Mechanics Việt Nam (SEMV) – mô tơ rung, cuộn cảm, tụ điện; ở KCN Quế Võ, Bắc Ninh từ năm 2011.",
            "2025-03-11",
            "ministry",
            [
                "subsidiary_list_item",
                "vietnam_dropped",
                "acronym_bracket_not_firm",
                "founding_no_deal",
                "park",
            ],
            firms=[f("Seorin Electro-Mechanics")],
            locations=[park("Khu công nghiệp Quế Võ")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a political-theory journal on Korean capital (S9 r3) ---
    rows += [
        h(
            n(),
            "Trang chủ    Quốc tế    Vốn Hàn Quốc vào Việt Nam sau 15 năm Đối tác hợp tác chiến lược\nThứ năm, 13 Tháng 10 2022 09:20\n4871 Lượt xem\n\n(LLCT) - Không tỉnh thành nào vắng bóng doanh nghiệp Hàn Quốc, và đã nhiều năm nước này giữ ngôi nhà đầu tư lớn nhất.",
            "2022-10-13",
            "ministry",
            [
                "breadcrumb",
                "timestamp_line",
                "view_counter_no_count",
                "outlet_prefix_nothing",
                "duration_no_count",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Sản xuất mô tơ tại nhà máy của Tập đoàn Seorin ở Bắc Ninh - vnanet.vn\n\nLũy kế đến cuối năm 2008, vốn Hàn Quốc ở Việt Nam đạt 17,84 tỷ USD, qua 2.060 doanh nghiệp(1).",
            "2022-10-13",
            "ministry",
            [
                "caption",
                "site_credit_nothing",
                "statistics",
                "footnote_glued",
                "count",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Seorin", "Tập đoàn")],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(2060, "doanh nghiệp")],
            locations=[country("Hàn Quốc")],
            money=[m(17.84 * B, "USD")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an aggregator on Korean groups' big packages (S9 r4) ---
    rows += [
        h(
            n(),
            "Tập đoàn Hàn Quốc và những khoản rót vốn tỷ đô vào Việt Nam\n\nASEAN, trong đó có Việt Nam, đang là nơi nhiều doanh nghiệp Hàn Quốc chọn để mở rộng sản xuất và giữ sức cạnh tranh, tờ Korea Herald nhận định.",
            "2018-11-02",
            "ministry",
            ["headline_lead", "outlet_nothing", "bloc_nothing", "country", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thêm 4,5 tỷ USD, phần lớn cho máy biến áp và thiết bị đóng cắt, là kế hoạch Tập đoàn Daeyang Electric dành cho Việt Nam.",
            "2018-11-02",
            "ministry",
            ["announced_investment", "amount_first", "no_site"],
            firms=[f("Daeyang Electric", "Tập đoàn")],
            money=[m(4.5 * B, "USD")],
            deals=[deal("investment", ["Daeyang Electric"], 4.5 * B)],
            events=[
                ev("investment_announcement", [F("Daeyang Electric")], 4.5 * B, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "GDP quý III tăng 7,12%, một phần nhờ mô tơ và linh kiện điện của doanh nghiệp Hàn Quốc, nhóm hàng chiếm gần 18% xuất khẩu quý này.",
            "2018-11-02",
            "ministry",
            ["statistics", "percentage", "country", "no_event"],
            percentages=[18, 7.12],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an overseas paper relays cable export figures (S10 r1) ---
    rows += [
        h(
            n(),
            " date 2017-11 Úc bất ngờ thành điểm nóng: tháng 9, dây điện và cáp điện VN xuất cảng sang đây gấp gần 15 lần tháng 8 và gấp 19 lần cùng tháng năm ngoái, bản tin VnEconomy viết.",
            "2017-11-05",
            "ministry",
            [
                "page_date_chrome",
                "overseas_vietnamese_wording",
                "outlet_nothing",
                "ratio_no_count",
                "country",
                "no_event",
            ],
            locations=[country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Số liệu Tổng cục Hải quan: tháng 9 mang về 131,4 triệu USD (+7,9% so với tháng 8), nâng tổng 9 tháng lên 918,6 triệu USD, hơn cùng kỳ trên 38%.",
            "2017-11-05",
            "ministry",
            ["statistics", "percentage", "no_event"],
            money=[m(918.6 * M, "USD"), m(131.4 * M, "USD")],
            percentages=[38, 7.9],
            organizations=["Tổng cục Hải quan"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a trade-information portal's monthly cable export tables (S10 r3, S10 r4) ---
    rows += [
        h(
            n(),
            "Cộng dồn 4 tháng đầu năm 2022, dây điện và cáp điện xuất khẩu được 902,7 triệu USD (+28,4%); riêng tháng 4 là 238,4 triệu USD, hụt 12,6% so với tháng 3 dù vẫn hơn tháng 4/2021 là 9,8%.",
            "2022-05-20",
            "ministry",
            ["statistics", "percentage", "no_event"],
            money=[m(238.4 * M, "USD"), m(902.7 * M, "USD")],
            percentages=[12.6, 9.8, 28.4],
            events=[],
        ),
        h(
            n(),
            "Ba thị trường lớn nhất: Trung Quốc 276,3 triệu USD (30,6%, +41,2%), Mỹ 188,9 triệu USD (20,9%), Nhật Bản 112,5 triệu USD (12,5%).",
            "2022-05-20",
            "ministry",
            ["statistics", "country_list", "ranking_line", "percentage", "no_event"],
            locations=[country("Trung Quốc"), country("Mỹ"), country("Nhật Bản")],
            money=[m(276.3 * M, "USD"), m(188.9 * M, "USD"), m(112.5 * M, "USD")],
            percentages=[30.6, 41.2, 20.9, 12.5],
            events=[],
        ),
        h(
            n(),
            "Philippines là thị trường tăng nhanh nhất, 84,3%, dù kim ngạch mới 14,6 triệu USD.",
            "2022-05-20",
            "ministry",
            ["statistics", "country", "percentage", "nfd", "no_event"],
            locations=[country("Philippines")],
            percentages=[84.3],
            money=[m(14.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Các nước Đông Nam Á mua 79,6 triệu USD, tức 11,8% tổng kim ngạch, nhiều hơn cùng kỳ 19,3%.",
            "2022-05-20",
            "ministry",
            ["statistics", "region_no_location", "percentage", "no_event"],
            money=[m(79.6 * M, "USD")],
            percentages=[19.3, 11.8],
            events=[],
        ),
        h(
            n(),
            "Xuất khẩu dây điện và cáp điện 4 tháng đầu năm 2022\n\n(Tính toán theo số liệu công bố ngày 12/5/2022 của Tổng cục Hải quan)\n\nĐVT: USD\n\nNguồn: VITIC",
            "2022-05-20",
            "ministry",
            ["table_caption", "unit_line_nothing", "source_credit_nothing", "multiline", "no_event"],
            organizations=["Tổng cục Hải quan"],
            events=[],
        ),
    ]
    # --- Vietnamese news: Canada's preliminary duties on enamelled wire (S11 r4) ---
    rows += [
        h(
            n(),
            "Mức thuế chống bán phá giá tạm thời 4,8% - 31,2% mà Cơ quan Dịch vụ biên giới Canada (CBSA) áp cho dây đồng tráng men của doanh nghiệp Việt Nam là thấp nhất trong ba nước bị điều tra, dưới xa Trung Quốc (47,3% - 68,9%) và Thái Lan (22,5% - 54,1%), Cục Phòng vệ thương mại cho biết.",
            "2024-09-12",
            "ministry",
            [
                "trade_remedy",
                "duty_first",
                "duty_ranges_both_ends",
                "country_in_org_name",
                "acronym_bracket",
                "count_in_words",
                "country",
                "no_event",
            ],
            organizations=["Cơ quan Dịch vụ biên giới Canada", "Cục Phòng vệ thương mại"],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            percentages=[4.8, 31.2, 47.3, 68.9, 22.5, 54.1],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese motor group's first plant in Indonesia, wire copy (S12 r1) ---
    rows += [
        h(
            n(),
            "Nhà máy đầu tiên của Tập đoàn Kisaragi (Nhật Bản) ở Indonesia, tổng vốn dự kiến 12 tỷ yen, sẽ bắt đầu làm mô tơ điện cho ô tô và đồ gia dụng từ tháng 11/2014, tập đoàn cho biết ngày 24/4.",
            "2014-04-25",
            "ministry",
            [
                "announced_investment",
                "plant_abroad",
                "object_first",
                "yen",
                "country_bracket",
                "ordinal_no_count",
                "no_site",
            ],
            firms=[f("Kisaragi", "Tập đoàn")],
            locations=[country("Nhật Bản"), country("Indonesia")],
            money=[m(12 * B, "JPY")],
            deals=[deal("investment", ["Kisaragi"], 12 * B)],
            events=[ev("investment_announcement", [F("Kisaragi")], 12 * B, "JPY", None, "announced")],
        ),
        h(
            n(),
            "Phó Chủ tịch Kisaragi Hideo Kanemura nói ở Tokyo rằng đến năm thứ ba, nhà máy phải bán được 45 tỷ yen; tập đoàn cũng để mắt tới các vụ mua lại ở những thị trường mới nổi./.\nHuy Hoàng (Vietnam+)",
            "2014-04-25",
            "ministry",
            [
                "sales_target_no_deal",
                "vague_acquisitions_no_deal",
                "person_role_before",
                "foreign_city_nothing",
                "byline_person",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            money=[m(45 * B, "JPY")],
            persons=[per("Hideo Kanemura", "Phó Chủ tịch Kisaragi"), per("Huy Hoàng", None)],
            firms=[f("Kisaragi")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a police daily on the group's fourth hi-tech-park project (S12 r3) ---
    rows += [
        h(
            n(),
            "Sắp chạy máy nhà máy mô tơ chính xác 64 triệu USD ở Khu công nghệ cao\n\nSau Kisaragi Sankō Việt Nam, Kisaragi Tosei Việt Nam và Kisaragi Servo Việt Nam, Tập đoàn Kisaragi có dự án thứ tư tại Khu công nghệ cao TP.HCM: Kisaragi Precision Motor Việt Nam (KPMV).",
            "2011-01-18",
            "ministry",
            [
                "headline_lead",
                "project_line_investor",
                "amount_in_headline",
                "deal_no_event",
                "vietnam_dropped",
                "acronym_bracket_not_firm",
                "ordinal_no_count",
                "hitech_park_location",
                "multiline",
            ],
            firms=[
                f("Kisaragi Precision Motor"),
                f("Kisaragi", "Tập đoàn"),
                f("Kisaragi Sankō"),
                f("Kisaragi Tosei"),
                f("Kisaragi Servo"),
            ],
            money=[m(64 * M, "USD")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            deals=[deal("investment", ["Kisaragi"], 64 * M, HCM)],
            events=[],
        ),
        h(
            n(),
            "Đơn hàng đã về khá nhiều, nên nhà máy phải kịp chạy máy đầu tháng 5/2011, ông Tetsuya Kondo, Tổng giám đốc KPMV, nói.",
            "2011-01-18",
            "ministry",
            ["person_role_after", "acronym_firm", "orders_unnamed_buyers", "schedule_no_event", "no_event"],
            persons=[per("Tetsuya Kondo", "Tổng giám đốc KPMV")],
            firms=[f("KPMV")],
            events=[],
        ),
        h(
            n(),
            "Hàng xuất khẩu của KPMV – môtơ chính xác cao, linh kiện môtơ cho điện thoại và máy ảnh số – ước hơn 55 triệu USD/năm trong hai năm đầu, rồi trên 110 triệu USD/năm khi sản xuất ổn định.\n\nT.H.",
            "2011-01-18",
            "ministry",
            ["acronym_firm", "money_per_year", "approx", "initials_nothing", "multiline", "no_event"],
            firms=[f("KPMV")],
            money=[m(55 * M, "USD", "năm", approx=True), m(110 * M, "USD", "năm", approx=True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a finance site on a home-made 500 kV transformer switched on (S13 r3) ---
    rows += [
        h(
            n(),
            " date 2025-11-20 Bảng giá điện tử Danh mục đầu tư\n\n0 giờ 47 phút: máy biến áp 500 kV nội địa lớn nhất lần đầu mang tải\n\n20-11-2025 - 09:15 AM | Kinh tế vĩ mô - Đầu tư",
            "2025-11-20",
            "ministry",
            [
                "page_chrome",
                "headline_no_firm",
                "timestamp_line",
                "section_label",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Một tổ máy biến áp 500 kV – 3×300 MVA do Tổng công ty Chế tạo Thiết bị điện Phố Nối (PNEC) làm ra đã mang điện lúc 0h47 ngày 18/11/2025 ở trạm 500 kV Thường Tín, TP Hà Nội, trong sự chứng kiến của Tổng công ty Truyền tải điện Quốc gia (EVNNPT).",
            "2025-11-20",
            "ministry",
            [
                "energisation_no_deal",
                "made_by_no_contract_word",
                "acronym_bracket_not_firm",
                "place_in_firm_name",
                "substation_name_nothing",
                "province_after_tp",
            ],
            firms=[
                f("Truyền tải điện Quốc gia", "Tổng công ty"),
                f("Chế tạo Thiết bị điện Phố Nối", "Tổng công ty"),
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "PNEC nhận nhiệm vụ chế tạo từ Bộ Khoa học và Công nghệ, theo một dự án cấp quốc gia; trạm Thường Tín nhờ đó lên 1.800 MVA, gấp đôi trước.",
            "2025-11-20",
            "ministry",
            ["capacity_no_count", "research_assignment_no_deal", "acronym_firm", "nfd", "no_event"],
            organizations=["Bộ Khoa học và Công nghệ"],
            firms=[f("PNEC")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the same transformer leaves the works (S13 r4) ---
    rows += [
        h(
            n(),
            "Loại máy biến áp 500 kV lớn nhất trên lưới, 3×300 MVA, đã rời xưởng của PNEC hôm 17/11 sau lễ xuất xưởng và gắn biển công trình, lần đầu một doanh nghiệp trong nước tự thiết kế gam máy này.",
            "2025-11-17",
            "ministry",
            ["factory_release_no_deal", "acronym_firm", "ordinal_no_count", "no_event"],
            firms=[f("PNEC")],
            events=[],
        ),
        h(
            n(),
            "Lưới 500 kV đang bỏ dần các gam 3×150 và 3×200 MVA để chuyển sang 3×300 MVA, nên PNEC phải có sẵn gam máy này trước khi thị trường cần, theo Tổng giám đốc Vũ Đình Khải.",
            "2025-11-17",
            "ministry",
            ["person_role_before", "conclusion_first", "acronym_firm", "capacity_no_count", "no_event"],
            persons=[per("Vũ Đình Khải", "Tổng giám đốc")],
            firms=[f("PNEC")],
            events=[],
        ),
        h(
            n(),
            "Phải có phòng thí nghiệm 500 kV và xưởng cao hơn trước, PNEC mới bắt đầu quấn dây từ tháng 10/2024; một phần khâu này nay đã tự động hoá.",
            "2025-11-17",
            "ministry",
            ["production_history", "acronym_firm", "old_tone", "month_no_date", "no_event"],
            firms=[f("PNEC")],
            events=[],
        ),
        h(
            n(),
            "Giá thành máy thấp hơn hàng nhập cùng loại khoảng 20-25%, theo PNEC.",
            "2025-11-17",
            "ministry",
            ["percentage_range_both_ends", "acronym_firm", "no_event"],
            firms=[f("PNEC")],
            percentages=[20, 25],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial paper on a Samoan-owned speaker and vibration-motor plant (S14 r1) ---
    rows += [
        h(
            n(),
            "Loa và mô tơ rung sẽ là mặt hàng của nhà đầu tư Samoa mới nhất ở KCN Lai Cách mở rộng (Cẩm Giàng, Hải Dương).\n12 triệu USD, 28.000 m2: đó là quy mô dự án của Công ty TNHH Điện tử Fortune Wave (100% vốn Samoa) vừa được Ban Quản lý các khu công nghiệp Hải Dương cấp giấy chứng nhận đăng ký đầu tư.",
            "2025-03-28",
            "provincial",
            [
                "standfirst_lead",
                "licence_passive_with_grantor",
                "amount_first",
                "licence_by_park_board",
                "board_grantor",
                "bare_district_nothing",
                "province_in_org_name",
                "country_bracket",
                "percentage",
                "m2_to_ha",
                "park",
                "multiline",
            ],
            organizations=["Ban Quản lý các khu công nghiệp Hải Dương"],
            firms=[f("Điện tử Fortune Wave", "Công ty TNHH")],
            provinces=[pv("Hải Dương")],
            locations=[country("Samoa"), park("Khu công nghiệp Lai Cách mở rộng")],
            percentages=[100],
            money=[m(12 * M, "USD")],
            areas=[ha(2.8)],
            deals=[deal("investment", ["Điện tử Fortune Wave"], 12 * M, HD)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các khu công nghiệp Hải Dương"), F("Điện tử Fortune Wave")],
                    12 * M,
                    "USD",
                    HD,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Giai đoạn 2 nối tiếp từ quý I/2027 đến quý III/2028, sau khi phần đầu xong vào cuối quý II/2026.\nHT",
            "2025-03-28",
            "provincial",
            [
                "schedule_no_event",
                "quarter_no_date",
                "initials_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean motor maker licensed in Bắc Ninh (S14 r2) ---
    rows += [
        h(
            n(),
            " date 2017-04 Công ty TNHH Daesan Motor Tech (Hàn Quốc) nhận giấy chứng nhận đăng ký đầu tư 85 triệu USD, tương đương gần 1.930 tỷ đồng, từ tay Phó Chủ tịch UBND tỉnh Bắc Ninh Đào Quang Hưng sáng 6/4 tại trụ sở Ban Quản lý các khu công nghiệp tỉnh.",
            "2017-04-07",
            "provincial",
            [
                "page_date_chrome",
                "licence",
                "person_grantor_no_party",
                "bare_board_none",
                "person_role_before",
                "appositive_conversion",
                "approx",
                "country_bracket",
                "deal_date",
                "year_inferred",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            persons=[per("Đào Quang Hưng", "Phó Chủ tịch UBND tỉnh Bắc Ninh")],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Daesan Motor Tech", "Công ty TNHH")],
            locations=[country("Hàn Quốc")],
            money=[m(85 * M, "USD"), m(1930 * B, "VND", approx=True)],
            deals=[deal("investment", ["Daesan Motor Tech"], 85 * M, BN, "2017-04-06")],
            events=[ev("investment_licence", [F("Daesan Motor Tech")], 85 * M, "USD", BN, "licensed")],
        ),
        h(
            n(),
            "Kiểm tra cuộn dây tại một nhà máy điện tử ở KCN Yên Phong (Bắc Ninh)",
            "2017-04-07",
            "provincial",
            ["caption", "no_firm", "park", "province_bracket", "no_event"],
            locations=[park("Khu công nghiệp Yên Phong")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Mô tơ bước, mô tơ rung và bộ điều khiển cho thiết bị điện tử sẽ ra đời trên 5,5 ha ở KCN Quế Võ II, trong dự án 85 triệu USD của Daesan.",
            "2017-04-07",
            "provincial",
            ["investor_line", "object_first", "deal_no_event", "bare_short_name", "area", "park", "no_site"],
            firms=[f("Daesan")],
            money=[m(85 * M, "USD")],
            areas=[ha(5.5)],
            locations=[park("Khu công nghiệp Quế Võ II")],
            deals=[deal("investment", ["Daesan"], 85 * M)],
            events=[],
        ),
        h(
            n(),
            "Điện, điện tử, cơ khí chế tạo cùng các doanh nghiệp công nghiệp hỗ trợ là những ngành Bắc Ninh chọn trước tiên trong giai đoạn 2016-2020, ông Trần Văn Chiến, Trưởng Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh, nói.",
            "2017-04-07",
            "provincial",
            ["person_role_after", "quote_first", "province_in_org_name", "nfd", "no_event"],
            persons=[per("Trần Văn Chiến", "Trưởng Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh")],
            organizations=["Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Gần khách hàng điện tử là lý do Daesan Motor Tech, một nhà cung cấp mô tơ lớn của Hàn Quốc, chọn Bắc Ninh, Tổng giám đốc KIM SEONG HO nói.",
            "2017-04-07",
            "provincial",
            [
                "caps_name_kept",
                "person_role_before",
                "conclusion_first",
                "customers_unnamed",
                "country",
                "no_event",
            ],
            persons=[per("KIM SEONG HO", "Tổng giám đốc")],
            firms=[f("Daesan Motor Tech")],
            locations=[country("Hàn Quốc")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- French wire copy (S17 r4, S18 r1) and a Japanese business daily (S19 r1), rendered here in Vietnamese ---
    rows += [
        h(
            n(),
            "Ba dây chuyền quạt điện và mô tơ nhỏ sẽ nằm trong nhà máy thứ hai của Tập đoàn Mỹ Harwell Appliances tại Việt Nam – 58.200 m² ở KCN Việt Nam - Singapore II (Bình Dương), động thổ cuối năm nay.",
            "2013-06-04",
            "ministry",
            [
                "french_copy_rendered",
                "announced_investment",
                "planned_groundbreaking",
                "country_adjective_vi",
                "country_in_park_name_no_location",
                "ordinal_no_count",
                "count_in_words",
                "m2_to_ha",
            ],
            firms=[f("Harwell Appliances", "Tập đoàn")],
            locations=[country("Mỹ"), park("Khu công nghiệp Việt Nam - Singapore II")],
            provinces=[pv("Bình Dương")],
            areas=[ha(5.82)],
            deals=[deal("investment", ["Harwell Appliances"], None, BDg)],
            events=[ev("investment_announcement", [F("Harwell Appliances")], None, None, BDg, "announced")],
        ),
        h(
            n(),
            "Doanh số của tập đoàn ở Việt Nam tăng bình quân 32% mỗi năm kể từ khi nhà máy đầu tiên, hơn 14 triệu USD, đi vào hoạt động năm 2008 tại KCN Amata (Đồng Nai). -VNA",
            "2013-06-04",
            "ministry",
            [
                "french_copy_rendered",
                "recalled_plant_no_firm",
                "lowercase_group_no_firm",
                "agency_credit_nothing",
                "approx",
                "percentage",
                "park",
                "no_event",
            ],
            money=[m(14 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Amata")],
            provinces=[pv("Đồng Nai")],
            percentages=[32],
            events=[],
        ),
        h(
            n(),
            "Kinh tế tư nhân trước vận hội mới\nNghị quyết 68-NQ/TW của Bộ Chính trị về phát triển kinh tế tư nhân được kỳ vọng khơi thêm nguồn lực và đẩy nhanh đổi mới mô hình tăng trưởng.",
            "2013-06-04",
            "ministry",
            ["french_copy_rendered", "unrelated_teaser", "party_resolution", "multiline", "no_event"],
            decisions=[d("68-NQ/TW")],
            organizations=["Bộ Chính trị"],
            events=[],
        ),
        h(
            n(),
            "Từ 12.000 lên 35.000 bộ mỗi năm: đó là công suất mà Tập đoàn Mỹ Westbrook Electric nhắm tới khi chi 76,4 triệu USD mở rộng cơ sở tủ điện và thiết bị đóng cắt ở Hưng Yên, gần Hà Nội, để chạy từ năm 2027, báo Vietnam News đưa tin ngày 26.",
            "2019-11-27",
            "ministry",
            [
                "japanese_copy_rendered",
                "announced_expansion",
                "country_adjective_vi",
                "capacity_no_count",
                "outlet_nothing",
                "day_only_no_deal_date",
            ],
            firms=[f("Westbrook Electric", "Tập đoàn")],
            locations=[country("Mỹ")],
            provinces=[pv("Hưng Yên"), pv("Hà Nội")],
            money=[m(76.4 * M, "USD")],
            deals=[deal("investment", ["Westbrook Electric"], 76.4 * M, HY)],
            events=[
                ev("investment_announcement", [F("Westbrook Electric")], 76.4 * M, "USD", HY, "announced")
            ],
        ),
    ]
    # --- English: a cable maker's machine-English release on its central plant's phase 2 (S2 r1, S7 r1, S18 r3) ---
    rows += [
        h(
            n(),
            " date 2019-08-02 TACAB Central Phase 2 Inaugurated\n\nWith 176 billion VND poured into phase 2, Truong An Electric Cable has lifted the investment in its central plant in Quy Nhon (Binh Dinh) to more than 380 billion VND; the line was completed 14 months after it began and is now in use.",
            "2019-08-02",
            "ministry",
            [
                E,
                "machine_english",
                "page_date_chrome",
                "headline_lead",
                "plant_alias_no_firm",
                "inauguration_with_capital",
                "amount_first",
                "city_bracket_province",
                "approx",
                "multiline",
            ],
            firms=[f("Truong An Electric Cable")],
            provinces=[pv("Bình Định")],
            money=[m(176 * B, "VND"), m(380 * B, "VND", approx=True)],
            deals=[deal("investment", ["Truong An Electric Cable"], 176 * B, BDi)],
            events=[ev("inauguration", [F("Truong An Electric Cable")], 176 * B, "VND", BDi, "completed")],
        ),
        h(
            n(),
            "Decision No. 27/2019 / QD-HDQT on the capacity project was approved unanimously by the Board of Directors of Truong An Electric Cable Joint Stock Company on April 9, 2019.",
            "2019-08-02",
            "ministry",
            [E, "machine_english", "board_decision", "spaced_slashes", "ascii_code", "passive", "no_event"],
            firms=[f("Truong An Electric Cable", "Joint Stock Company")],
            decisions=[d("27/2019/QĐ-HĐQT", "2019-04-09")],
            events=[],
        ),
        h(
            n(),
            "Grid plans calling for some 12,000 km of 500 KV lines and 17,000 km of 220 KV lines are why TACAB chose to grow its cable capacity, the release says.",
            "2019-08-02",
            "ministry",
            [E, "machine_english", "acronym_firm", "lengths_no_count", "approx", "no_event"],
            firms=[f("TACAB")],
            events=[],
        ),
    ]
    # --- English: a wire maker's anniversary release on a newswire (S7 r4) ---
    rows += [
        h(
            n(),
            "HANOI, Vietnam, Nov. 5, 2024 /PRNewswire/ — Viet Hung Electric Wire Corporation (VIHWIRE) has marked its 40th anniversary (1984–2024), half of which it has spent among the country's top three magnet-wire makers.",
            "2024-11-05",
            "ministry",
            [
                E,
                "press_release_dateline",
                "newswire_nothing",
                "corporation_kept",
                "acronym_bracket_not_firm",
                "ordinal_no_count",
                "count_in_words",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Viet Hung Electric Wire Corporation")],
            events=[],
        ),
        h(
            n(),
            "Mr. Dang Quoc Thai, General Director of VIHWIRE, said: “Forty years ago we were a workshop of 30 people winding copper by hand.”",
            "2024-11-05",
            "ministry",
            [E, "person_role_after", "acronym_firm", "count", "no_event"],
            persons=[per("Dang Quoc Thai", "General Director of VIHWIRE")],
            firms=[f("VIHWIRE")],
            quantities=[c(30, "people")],
            events=[],
        ),
        h(
            n(),
            "Chairman Nguyen Huu Tam said VIHWIRE wire now reaches more than 11 markets, with Mexico, Thailand, Japan and the United States the largest, and that its brand is registered in 6 countries.",
            "2024-11-05",
            "ministry",
            [E, "export_markets", "person_role_before", "country_list", "count", "approx", "no_event"],
            firms=[f("VIHWIRE")],
            locations=[
                country("Mexico"),
                country("Thailand"),
                country("Japan"),
                country("United States"),
            ],
            quantities=[c(6, "countries"), c(11, "markets", True)],
            persons=[per("Nguyen Huu Tam", "Chairman")],
            events=[],
        ),
    ]
    # --- English: a US group's transformer plant in Hải Phòng, told by a trade site, VIR and VNS (S17 r1-r3) ---
    rows += [
        h(
            n(),
            "Norcastle Energy builds transformer capacity in Vietnam\nA $180 million plant for large power transformers, mostly for HVDC links, is what Norcastle Energy has announced for Hai Phong.",
            "2026-02-20",
            "ministry",
            [E, "trade_site", "headline_lead", "announced_investment", "object_first", "multiline"],
            firms=[f("Norcastle Energy")],
            provinces=[pv("Hải Phòng")],
            money=[m(180 * M, "USD")],
            deals=[deal("investment", ["Norcastle Energy"], 180 * M, HP)],
            events=[ev("investment_announcement", [F("Norcastle Energy")], 180 * M, "USD", HP, "announced")],
        ),
        h(
            n(),
            "Regulators still have to sign off, but the company expects full output at the Hai Phong site in 2028; its other HVDC transformer works are in the UK and Brazil.",
            "2026-02-20",
            "ministry",
            [E, "trade_site", "schedule_no_event", "company_word_no_firm", "country", "no_event"],
            provinces=[pv("Hải Phòng")],
            locations=[country("UK"), country("Brazil")],
            events=[],
        ),
        h(
            n(),
            "“Power networks everywhere are being stretched, and this plant puts capacity where demand is growing fastest,” said Laura Pennington, CEO of Norcastle Energy's Grid Solutions unit.",
            "2026-02-20",
            "ministry",
            [E, "trade_site", "quote_first", "person_role_after", "possessive_firm", "no_event"],
            persons=[per("Laura Pennington", "CEO of Norcastle Energy's Grid Solutions unit")],
            firms=[f("Norcastle Energy")],
            events=[],
        ),
        h(
            n(),
            " date 2026-02-24 The launch ceremony at Trang Due IP\n\nMore than 420 jobs are promised once the Haiphong plant is fully running in 2028, along with training schemes for Vietnamese engineers, the company said.",
            "2026-02-24",
            "ministry",
            [
                E,
                "page_date_chrome",
                "caption",
                "english_park_no_location",
                "schedule_no_event",
                "company_word_no_firm",
                "count",
                "approx",
                "adjective_no_country",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            quantities=[c(420, "jobs", True)],
            events=[],
        ),
        h(
            n(),
            "The choice of Trang Due Industrial Park shows what Haiphong's infrastructure can offer, said Tran Quoc Hung, CEO of Sao Mai Industrial Group, the park's developer.",
            "2026-02-24",
            "ministry",
            [
                E,
                "quote_first",
                "person_role_after",
                "park_developer",
                "group_kept",
                "english_park_no_location",
                "no_event",
            ],
            persons=[per("Tran Quoc Hung", "CEO of Sao Mai Industrial Group")],
            firms=[f("Sao Mai Industrial Group")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            " date 2026-02-19 HÀ NỘI — A new transformer plant in Hải Phòng, costing about US$180 million, was unveiled by Norcastle Energy on Wednesday at the group's Grid Forward Forum in Hà Nội.",
            "2026-02-19",
            "ministry",
            [
                E,
                "page_date_chrome",
                "dateline",
                "announced_investment",
                "object_first_passive",
                "approx",
                "weekday_no_date",
                "event_name_nothing",
            ],
            provinces=[pv("Hà Nội"), pv("Hải Phòng")],
            firms=[f("Norcastle Energy")],
            money=[m(180 * M, "USD", approx=True)],
            deals=[deal("investment", ["Norcastle Energy"], 180 * M, HP)],
            events=[ev("investment_announcement", [F("Norcastle Energy")], 180 * M, "USD", HP, "announced")],
        ),
        h(
            n(),
            "A non-binding memorandum on HVDC links for Việt Nam's grid was signed at the same forum by Norcastle Energy and Vietnam Electricity (EVN).",
            "2026-02-19",
            "ministry",
            [E, "firm_firm_mou", "passive", "non_binding_still_mou", "evn_english_name"],
            firms=[f("Norcastle Energy"), f("Điện lực Việt Nam")],
            deals=[deal("mou", ["Norcastle Energy", "Điện lực Việt Nam"])],
            events=[ev("mou", [F("Norcastle Energy"), F("Điện lực Việt Nam")], None, None, None, "signed")],
        ),
        h(
            n(),
            "With a turbine repair shop in Phú Mỹ, a boiler plant in Dung Quất and more than 900 staff at eight sites, Norcastle says its equipment already makes up to 25 per cent of Việt Nam's electricity.",
            "2026-02-19",
            "ministry",
            [
                E,
                "short_name",
                "percentage",
                "count",
                "approx",
                "count_in_words",
                "bare_place_nothing",
                "no_event",
            ],
            firms=[f("Norcastle")],
            percentages=[25],
            quantities=[c(900, "staff", True)],
            events=[],
        ),
        h(
            n(),
            "“The grid here has to double in a decade, and we want to be building the equipment for it locally,” said Marcus Hale, President and CEO of Norcastle Energy.",
            "2026-02-19",
            "ministry",
            [E, "quote_first", "person_role_after", "no_event"],
            persons=[per("Marcus Hale", "President and CEO of Norcastle Energy")],
            firms=[f("Norcastle Energy")],
            events=[],
        ),
    ]
    # --- English: a Korean cable group's extra-high-voltage plant, told by an index site and a Seoul daily
    # (S18 r2, S18 r4) ---
    rows += [
        h(
            n(),
            "Betting on Vietnam's fast-rising power demand, Hanbit Cable & Systems of South Korea is putting 68 billion won ($49.1 million) into the country's first 500-kilovolt cable line.",
            "2025-07-31",
            "ministry",
            [
                E,
                "announced_investment",
                "reason_first",
                "won_first",
                "bracketed_conversion",
                "country_of",
                "no_site",
            ],
            firms=[f("Hanbit Cable & Systems")],
            locations=[country("South Korea")],
            money=[m(68 * B, "KRW"), m(49.1 * M, "USD")],
            deals=[deal("investment", ["Hanbit Cable & Systems"], 68 * B)],
            events=[
                ev("investment_announcement", [F("Hanbit Cable & Systems")], 68 * B, "KRW", None, "announced")
            ],
        ),
        h(
            n(),
            "Output from the Dong Nai province line is due in 2027, in a country that needs about $136 billion of power-sector spending by 2030 as demand climbs 10-12% a year.",
            "2025-07-31",
            "ministry",
            [E, "plant_details_no_firm", "approx", "percentage_range_both_ends", "no_event"],
            provinces=[pv("Đồng Nai")],
            money=[m(136 * B, "USD", approx=True)],
            percentages=[10, 12],
            events=[],
        ),
        h(
            n(),
            "Not everything is smooth: the World Bank barred the group for 24 months in March 2024 over bid collusion in a Kazakhstan project, though Hanbit Vina, in business since 2006, still sold 131.6 billion won ($94.9 million) of cable last year.",
            "2025-07-31",
            "ministry",
            [
                E,
                "trailing_vina_dropped",
                "sales_no_deal",
                "bracketed_conversion",
                "country_noun_as_modifier",
                "no_event",
            ],
            firms=[f("Hanbit")],
            organizations=["World Bank"],
            money=[m(131.6 * B, "KRW"), m(94.9 * M, "USD")],
            locations=[country("Kazakhstan")],
            events=[],
        ),
        h(
            n(),
            " date 2025-07-30 Hanbit Vina's plant in Dong Nai province will get 68 billion won ($49.1 million) of new lines for extra-high-voltage cable, the first such plant Hanbit Cable & Systems has built outside Korea, the company said Wednesday.",
            "2025-07-30",
            "ministry",
            [
                E,
                "page_date_chrome",
                "announced_investment",
                "object_first",
                "won_first",
                "bracketed_conversion",
                "trailing_vina_dropped",
                "weekday_no_date",
                "ordinal_no_count",
                "country",
            ],
            firms=[f("Hanbit"), f("Hanbit Cable & Systems")],
            provinces=[pv("Đồng Nai")],
            locations=[country("Korea")],
            money=[m(68 * B, "KRW"), m(49.1 * M, "USD")],
            deals=[deal("investment", ["Hanbit Cable & Systems"], 68 * B, DNai)],
            events=[
                ev("investment_announcement", [F("Hanbit Cable & Systems")], 68 * B, "KRW", DNai, "announced")
            ],
        ),
        h(
            n(),
            "Exports to Europe, North America and Oceania are part of the plan, helped by the 17 free trade agreements Vietnam has in force, a company official said.",
            "2025-07-30",
            "ministry",
            [E, "reported_speech", "unnamed_official", "region_no_location", "count", "no_event"],
            quantities=[c(17, "free trade agreements")],
            events=[],
        ),
    ]
    # --- English: a wire brief on a Japanese motor group's larger Vietnam budget (S19 r2) ---
    rows += [
        h(
            n(),
            "Chairman Ryoichi Matsuda said Kisaragi Corporation, the Japanese motor maker, would take its Vietnam investment past 900 million USD from 450 million USD now.",
            "2014-03-12",
            "ministry",
            [
                E,
                "announced_investment",
                "raise_to_from_no_amount",
                "approx",
                "person_role_before",
                "adjective_no_country",
                "no_site",
            ],
            firms=[f("Kisaragi Corporation")],
            money=[m(900 * M, "USD", approx=True), m(450 * M, "USD")],
            persons=[per("Ryoichi Matsuda", "Chairman")],
            deals=[deal("investment", ["Kisaragi Corporation"])],
            events=[
                ev("investment_announcement", [F("Kisaragi Corporation")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "Four new subsidiaries, a research centre and training stints in Japan for local engineers are in the plan; Kisaragi Corporation, founded in 1976, came to Vietnam in 1993.-VNA",
            "2014-03-12",
            "ministry",
            [
                E,
                "plan_details",
                "count_in_words",
                "country",
                "company_history",
                "agency_credit_nothing",
                "no_event",
            ],
            locations=[country("Japan")],
            firms=[f("Kisaragi Corporation")],
            events=[],
        ),
    ]
    # --- English: a Korean-Vietnamese joint venture opens a motor plant (S19 r3) ---
    rows += [
        h(
            n(),
            " date 2023-10-08 HANOI -- Kumsan Electric of South Korea and Vietnamese conglomerate Hoa Lam Group have opened a second motor factory for their joint venture in northern Vietnam, aiming to keep the venture ahead of its rivals at home.",
            "2023-10-08",
            "ministry",
            [
                E,
                "page_date_chrome",
                "wire_dateline",
                "joint_venture_opening",
                "inauguration_no_capital",
                "country_of",
                "adjective_no_country",
                "ordinal_no_count",
                "region_no_location",
                "no_site",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Kumsan Electric"), f("Hoa Lam Group")],
            locations=[country("South Korea")],
            events=[
                ev("inauguration", [F("Kumsan Electric"), F("Hoa Lam Group")], None, None, None, "completed")
            ],
        ),
        h(
            n(),
            "Ha Nam province hosts the new plant, rated at 1.2 million industrial motors a year, which takes the venture toward 2 million units by 2025.",
            "2023-10-08",
            "ministry",
            [E, "plant_details_no_firm", "capacity_no_count", "no_event"],
            provinces=[pv("Hà Nam")],
            events=[],
        ),
    ]
    # --- English: a Japanese motor unit's third plant in the north (S19 r4) ---
    rows += [
        h(
            n(),
            " date 2020-10-21 Ogawa Motor Corp's small-motor unit Shirane Denso will build a third plant in northern Vietnam, starting work in March 2021; the company said on Tuesday the plant would take it to 18 million motors a year by late 2022.",
            "2020-10-21",
            "ministry",
            [
                E,
                "page_date_chrome",
                "announced_investment",
                "parent_possessive",
                "corp_kept",
                "region_no_site",
                "capacity_no_count",
                "weekday_no_date",
            ],
            firms=[f("Ogawa Motor Corp"), f("Shirane Denso")],
            deals=[deal("investment", ["Shirane Denso"])],
            events=[ev("investment_announcement", [F("Shirane Denso")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Shirane Denso's earlier plants are a 2006 one in Hai Duong and a $21.3-million one opened last August at Pho Noi A Industrial Park in Hung Yen province.",
            "2020-10-21",
            "ministry",
            [
                E,
                "recalled_plant",
                "recalled_opening",
                "deal_no_event",
                "two_deals",
                "possessive_firm",
                "english_park_no_location",
                "ordinal_no_count",
            ],
            firms=[f("Shirane Denso")],
            provinces=[pv("Hải Dương"), pv("Hưng Yên")],
            money=[m(21.3 * M, "USD")],
            deals=[
                deal("investment", ["Shirane Denso"], None, HD),
                deal("investment", ["Shirane Denso"], 21.3 * M, HY),
            ],
            events=[],
        ),
    ]
    # --- English: a regional site on a Swedish substation award (S20 r1) ---
    rows += [
        h(
            n(),
            "Vietnam awards USD 14 million substation contract to Halvard Grid of Sweden\n\nA USD 14 million order for a 500/220 kV substation in southern Vietnam has gone to Halvard Grid, which was picked by the Southern Power Projects Management Board, a unit of Electricity of Vietnam, the Swedish group said on Wednesday.",
            "2004-06-17",
            "ministry",
            [
                E,
                "headline_lead",
                "award_signed",
                "object_first_passive",
                "board_buyer_government_party",
                "event_without_deal",
                "country_of",
                "evn_english_name",
                "weekday_no_date",
                "multiline",
            ],
            firms=[f("Halvard Grid"), f("Điện lực Việt Nam")],
            organizations=["Southern Power Projects Management Board"],
            locations=[country("Sweden")],
            money=[m(14 * M, "USD")],
            events=[
                ev(
                    "supply_contract",
                    [F("Halvard Grid"), G("Southern Power Projects Management Board")],
                    14 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Erik Lindqvist, head of the transmission division at Halvard Grid, said Vietnam's 500 kV build-out would keep growing and that the company wanted a bigger share of it.",
            "2004-06-17",
            "ministry",
            [E, "reported_speech", "person_role_after", "no_event"],
            persons=[per("Erik Lindqvist", "head of the transmission division at Halvard Grid")],
            firms=[f("Halvard Grid")],
            events=[],
        ),
        h(
            n(),
            "Transformers at 500 kV and 220 kV, a series capacitor bank and switchyard gear are on the list, due in 14 months; the group has only just handed over an earlier 500 kV system in the country.\n\nLeave a Reply\n\nYour email address will not be published.",
            "2004-06-17",
            "ministry",
            [
                E,
                "scope_list",
                "delivery_no_contract_word",
                "duration_no_count",
                "comment_chrome",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- English: a city daily's translated story on a submarine cable package (S20 r2) ---
    rows += [
        h(
            n(),
            "A contract for package XL-LS01 – design, equipment and construction of a 22kV submarine cable to Ly Son island off Quang Ngai province – was signed in Hanoi on the afternoon of March 4 by Vietnam Electricity (EVN) and the HSC-TDC Consortium of Hoang Son Power Construction JSC and Thanh Dat Power Consulting JSC.",
            "2025-03-05",
            "ministry",
            [
                E,
                "consortium_of_contractors",
                "supply_pair_per_member",
                "object_first_passive",
                "signing_city_mention",
                "package_code_nothing",
                "bare_place_nothing",
                "deal_date",
                "year_inferred",
            ],
            firms=[
                f("Điện lực Việt Nam"),
                f("Hoang Son Power Construction", "JSC"),
                f("Thanh Dat Power Consulting", "JSC"),
            ],
            provinces=[pv("Hà Nội"), pv("Quảng Ngãi")],
            deals=[
                deal(
                    "supply_contract",
                    ["Hoang Son Power Construction", "Điện lực Việt Nam"],
                    None,
                    None,
                    "2025-03-04",
                ),
                deal(
                    "supply_contract",
                    ["Thanh Dat Power Consulting", "Điện lực Việt Nam"],
                    None,
                    None,
                    "2025-03-04",
                ),
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Hoang Son Power Construction"), F("Điện lực Việt Nam")],
                    None,
                    None,
                    None,
                    "signed",
                ),
                ev(
                    "supply_contract",
                    [F("Thanh Dat Power Consulting"), F("Điện lực Việt Nam")],
                    None,
                    None,
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            n(),
            "Grid power should reach the island in the third quarter of 2026, with the VND2,410 billion (US$95 million) project wrapped up in 2027.",
            "2025-03-05",
            "ministry",
            [E, "project_cost_no_firm", "bracketed_conversion", "quarter_no_date", "no_event"],
            money=[m(2410 * B, "VND"), m(95 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Acting for the investor, EVN, is the Central Power Projects Management Board.\n\nBy Minh Tam - Translated by Thu Ha",
            "2025-03-05",
            "ministry",
            [
                E,
                "investor_line",
                "deal_no_event",
                "bare_evn_firm",
                "byline_person",
                "translator_person",
                "multiline",
            ],
            firms=[f("Điện lực Việt Nam")],
            organizations=["Central Power Projects Management Board"],
            persons=[per("Minh Tam", None), per("Thu Ha", None)],
            deals=[deal("investment", ["Điện lực Việt Nam"])],
            events=[],
        ),
    ]
    # --- English: the national news agency's English service on a hydropower equipment package (S20 r3) ---
    rows += [
        h(
            n(),
            "Home Economy\n\nĐa Nhim expansion gets its equipment contractor as EVN signs main package\n\nFebruary 12, 2026 - 10:05\nWork under the package runs for 24 months, with the plant due in the third quarter of 2027.\nThe signing ceremony. — VNA/VNS Photo",
            "2026-02-12",
            "ministry",
            [
                E,
                "breadcrumb",
                "one_party_headline_no_deal",
                "bare_evn_firm",
                "timestamp_line",
                "duration_no_count",
                "photo_credit_agency_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Điện lực Việt Nam")],
            events=[],
        ),
        h(
            n(),
            "HÀ NỘI — Package TB01-DNMR, covering electromechanical equipment for the expanded Đa Nhim hydropower plant in Lâm Đồng Province, was signed on Wednesday by Vietnam Electricity (EVN) and the HEC-BHE-TLP consortium.",
            "2026-02-12",
            "ministry",
            [
                E,
                "dateline",
                "consortium_acronym_only",
                "no_members_named",
                "weekday_no_date",
                "plant_name_nothing",
                "no_event",
            ],
            firms=[f("Điện lực Việt Nam")],
            provinces=[pv("Hà Nội"), pv("Lâm Đồng")],
            events=[],
        ),
        h(
            n(),
            "Behind the HEC-BHE-TLP name are Hangzhou Electric Equipment International Corporation, Bac Ha Energy Technology JSC and Thac Lam Power Technology JSC.",
            "2026-02-12",
            "ministry",
            [E, "consortium_members_split_row", "no_buyer_named", "corporation_kept", "no_event"],
            firms=[
                f("Hangzhou Electric Equipment International Corporation"),
                f("Bac Ha Energy Technology", "JSC"),
                f("Thac Lam Power Technology", "JSC"),
            ],
            events=[],
        ),
        h(
            n(),
            "Commercial loans are to cover about 70 per cent of the VNĐ4.35 trillion (US$167.2 million) cost, the investor's own capital the other 30 per cent or so.",
            "2026-02-12",
            "ministry",
            [E, "project_cost_no_firm", "trillion_vnd", "bracketed_conversion", "percentage", "no_event"],
            money=[m(4350 * B, "VND"), m(167.2 * M, "USD")],
            percentages=[30, 70],
            events=[],
        ),
        h(
            n(),
            "After open international bidding, the consortium's offer of VNĐ1.2 trillion – 30.4 million EUR plus VNĐ265 billion – won. — VNS",
            "2026-02-12",
            "ministry",
            [
                E,
                "award_no_named_party",
                "trillion_vnd",
                "mixed_currency_parts",
                "agency_credit_nothing",
                "no_event",
            ],
            money=[m(1200 * B, "VND"), m(30.4 * M, "EUR"), m(265 * B, "VND")],
            events=[],
        ),
    ]
    # --- English: an infrastructure site on three transmission-equipment awards (S20 r4) ---
    rows += [
        h(
            n(),
            "Three high-voltage equipment contracts worth $41.26 million in all have been handed out by the National Power Transmission Corporation (NPT), EVN's transmission arm, under an ADB-funded programme.",
            "2019-05-06",
            "ministry",
            [
                E,
                "awards_no_counterpart",
                "acronym_bracket_not_firm",
                "possessive_firm",
                "bare_acronym_org",
                "count_in_words",
                "no_event",
            ],
            firms=[f("National Power Transmission Corporation"), f("Điện lực Việt Nam")],
            organizations=["ADB"],
            money=[m(41.26 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "The largest, an $18.7 million NPT order for conductors and ground wires, went to Sejin Cable & System and Phuoc Thanh Co., Ltd, bidding together.",
            "2019-05-06",
            "ministry",
            [
                E,
                "consortium_of_contractors",
                "supply_pair_per_member",
                "object_first",
                "buyer_in_order_noun",
                "ampersand_in_name",
                "acronym_firm",
            ],
            firms=[f("Sejin Cable & System"), f("Phuoc Thanh", "Co., Ltd"), f("NPT")],
            money=[m(18.7 * M, "USD")],
            deals=[
                deal("supply_contract", ["Sejin Cable & System", "NPT"], 18.7 * M),
                deal("supply_contract", ["Phuoc Thanh", "NPT"], 18.7 * M),
            ],
            events=[
                ev("supply_contract", [F("Sejin Cable & System"), F("NPT")], 18.7 * M, "USD", None, "signed"),
                ev("supply_contract", [F("Phuoc Thanh"), F("NPT")], 18.7 * M, "USD", None, "signed"),
            ],
        ),
        h(
            n(),
            "Steel towers for the 500 kV Pho Noi substation will come from a joint venture of Song Da Power Construction JSC and Truong Phat JSC, while Changzhou Huaxin Cable Co., Ltd takes the $14.2 million conductor package for the Quang Trach–Pho Noi line.",
            "2019-05-06",
            "ministry",
            [E, "awards_no_buyer_named", "line_name_nothing", "joint_venture_supplier_no_buyer", "no_event"],
            firms=[
                f("Song Da Power Construction", "JSC"),
                f("Truong Phat", "JSC"),
                f("Changzhou Huaxin Cable", "Co., Ltd"),
            ],
            money=[m(14.2 * M, "USD")],
            events=[],
        ),
    ]
    return rows
