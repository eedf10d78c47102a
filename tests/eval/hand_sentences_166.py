# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 166 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: industrial gases and specialty chemicals for electronics and
semiconductor plants in Vietnam (nitrogen, hydrogen, high-purity gases, wet chemicals, and their supply contracts and
plants). Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data,
tests or notes. Searches, numbered S1-S20 in the section comments: S1 "khí công nghiệp cho nhà máy điện tử bán dẫn Việt
Nam", S2 "nhà máy sản xuất khí nitơ tinh khiết khu công nghiệp Bắc Ninh", S3 "khí siêu tinh khiết ngành bán dẫn nhà
cung cấp Việt Nam", S4 "hóa chất ướt độ tinh khiết cao cho sản xuất chip bán dẫn", S5 "hợp đồng cung cấp khí nitơ hydro
dài hạn cho nhà máy điện tử", S6 "Air Liquide Việt Nam nhà máy khí công nghiệp đầu tư", S7 "Messer Việt Nam khánh thành
nhà máy tách khí", S8 "Taiyo Nippon Sanso Linde nhà máy khí Việt Nam", S9 "hóa chất chuyên dụng ngành điện tử nhà máy
khu công nghiệp giấy chứng nhận đầu tư", S10 "axit sunfuric axit photphoric tinh khiết điện tử nhà máy Việt Nam", S11
"nhà máy sản xuất hydro cung cấp cho nhà máy điện tử khu công nghiệp", S12 "khí đặc biệt argon heli NF3 chuỗi cung ứng
bán dẫn Việt Nam", S13 "doanh nghiệp Hàn Quốc đầu tư nhà máy hóa chất điện tử Bắc Giang Thái Nguyên", S14 "nhà cung cấp
hóa chất cho Samsung Display LG Innotek doanh nghiệp Việt Nam", S15 "Hóa chất Đức Giang axit photphoric tinh khiết điện
tử dự án", S16 "khởi công nhà máy khí công nghiệp tỷ đồng khu công nghiệp oxy nitơ argon lỏng", and in English S17
"Vietnam high-purity gases semiconductor plant supply", S18 "industrial gas company nitrogen supply contract electronics
factory Vietnam", S19 "electronic grade chemicals plant Vietnam investment", S20 "Vietnam air separation unit
commissioning industrial park nitrogen oxygen". (Batches 114 and 141 had neighbouring themes and several of the same
pages came back: a German gas group's contracts and units at a steel complex, a Japanese gas joint venture's onsite
order, a French group's two air separation units, the document-store QĐ page and the building-steps explainer; every row
here was drafted from this sample and checked against those batches, and rows that came out near theirs were rewritten
or dropped.) No sentence is taken or paraphrased from a page; the shapes are. Firm, plant, park-lot, person, site and
byline names are invented (Kaltberg / Kaltberg Group / Khí Công nghiệp Kaltberg SE & Co. KGaA and its units Khí Công
nghiệp Kaltberg Hải Phòng and Kaltberg Gas Vietnam, Orvalle, Kasumi Air, Viet Hoshi Gas / VHG with Hoshizora Sanso and
Mizuta Shokai, Tập đoàn Năng lượng Hồng Lam, Tổng Công ty Hóa chất và Dịch vụ Hồng Lam / HLChem, HLGas, Hóa chất Bạch
Hạc / Bahachem, Tập đoàn Hóa chất Trường Sơn, Khí Công nghiệp Tân Thành, Yeonhwa Display, Cheongsol Materials, Daeil
Chemical Vina, Kinwa / Kinwa Chemical, Hanul Electronics, Hóa chất Hyeonsan Vina / Hyeonsan Vina Chemicals, Chao Phraya
Chemicals and its Bãi Trước complex, Thép Lam Sơn / Lam Son Steel, Song Thu Marine, Tay Do Steel, Vermeulen Assembly
Systems, Kitayama Corporation, Thinh Phat Phu My JSC, Asahiyama Kasei, Kurobe Chemical and its two units, Saigon Quartz
Materials, Hydro Phong Diệp, Hằng Dương, Năng lượng Long Trạch, KTN, Minh Giáp, the association ISMA, the institute,
the decision 1735/QĐ-TTg and its submissions, 1948/QĐ-TTg, TCVN 11264:2015, every official including a Deputy Prime
Minister, and every author, student, uploader, contact and byline); well-known names (Samsung, the ministries and the
statistics office, Viện Chiến lược, Chính sách Công Thương, the parks Vân Trung, Quế Võ, Tràng Duệ, Quang Châu, Châu
Sơn, Nomura, Phú Mỹ 3, Saigon Hi-Tech Park, Hoa Lac, Dinh Vu, Thang Long II and the Vung Ang zone, the real decree
111/2015/NĐ-CP and strategy decision 1018/QĐ-TTg cited by number) appear only in sentences of our own, with figures,
dates and places changed.

What the sample looked like (80 result slots, about 45 distinct pages; a Japanese report of a German gas group's unit
starting at a steel complex filled six slots, a trade magazine's report of a French group's two new air separation units
four, an Italian-domain ferro-silicon salad five, a Japanese JV's onsite order three, a green-hydrogen video page two):
23 slots were keyword salads on foreign domains and betting domains (14 distinct pages: ferro-silicon, silicon, cement
silo, ore-plant cost, sand-crusher and coagulant strings, three betting strings, and a betting domain mirroring an
agency's English tag, S17 r3, whose row 54440 sits with the tags; all four results of S10 and S15 and three of S2, S4
and S12 were such salads); 17 were snippet, tag, title, video and listing pages (an agency's snippet on a
Deputy Prime Minister receiving a US chip association, an unaccented tag twice, a university faculty's snippet, a
tag-page title "Hợp đồng dự án PPP", an LNG tag with run-together related headlines, the green-hydrogen video twice, a
standard's title, a consultancy's question title, an aggregator snippet on a licence to an unnamed Korean group, a
portal tag with a Taiwanese group's licence, a mirrored tag on a Korean chemical director waiting for land, an English
tag on a display maker's project launch, an aggregator snippet on a phone plant's licence, an event company's tag on a
petrochemical stone-laying, an English business tag); 7 were explainers, journals, document stores and theses (the
chip-strategy explainer with its formula, a supporting-industry journal feature with footnote markers, a student report
on ammonia with its cover and group list, an LPG-station thesis page with download chrome, the QĐ-TTg on a document site
with uploader chrome, header and preamble, a consultancy's building-steps explainer, a medical-oxygen feasibility study
in HTML markup with contents); 2 were blogs (a translated hydrogen-investment analysis with byline and key points, a
quartz start-up's blog reposting a Japanese agency's English story); 5 were Vietnamese news (a state chemical arm and a
chemical maker signing a contract to supply a refinery, with its caption, tonnage and recalled tenders; a state chemical
arm and a German gas group signing a joint-venture contract for a gas plant, with capacity, schedule, technology,
profile and revenue; a business weekly's FDI feature with related links; a Korean electronics supplier expanding in Bắc
Ninh with a recalled Thái Nguyên plant and its customer; a display maker's licensed capital increase with its history,
a caption and a supplier's top-up); 11 were foreign-language pages (the Japanese gas-unit report six times, a Japanese
note on a gas maker's second filling plant, a Chinese explainer on wet electronic chemicals, a French paywalled brief on
a gas group's plants in Taiwan, a Thai hydrogen handbook on a document site, a Thai page on a Chinese hydrogen
groundbreaking; read for their shapes only and rendered here in Vietnamese with other names and figures); 15 were
English (the two air separation units four times; the German group's newsroom on a 20-year contract and its outlay, and
its corporate page on a 25-year contract for two plants with cookie banner and press contacts; the Japanese JV's order
as a paywalled brief twice and a news site's copy with its credit line; a trade-promotion page on a Dutch equipment
maker's top-up after a chip-expo panel; a developer's page on a Japanese polysilicon plan with a recalled land
memorandum, a vice chairman and a list of the province's chemical projects; a newsletter on a Japanese chemical maker's
proposal; a provincial paper's English page on a Japanese group's two units; the gas group's third unit on stream; a
photo story on its medical-oxygen plant). About 32 of the 80 slots told a deal or an event with a named party (the gas
unit's start six times, the two units four, the order three, the contracts 2, the joint venture, the supply contract,
the licences and capital increases 4, the groundbreakings 4 (the video twice), the plans and top-ups 4, the filling
plant, the Korean expansion, the third unit), several the same story; no wet-chemicals plant licensed for a chip plant, no high-purity-gas supply
contract with a named chip or display maker and no memorandum between a gas firm and an electronics firm came up in any
first four (S3, S4, S10, S12 and S15 returned salads, tags and a Chinese explainer), so the batch has none of those
beyond what the sampled shapes carry over (the refinery supply contract is told here of electronic-grade acid for a
display plant, the Korean supplier's products as cleaning chemicals).

Rows: 160 (hand-54401 to hand-54560); 36 carry a deal or an event (22.5%): 29 events (9 investment announcements, 6
inaugurations, 5 supply contracts, 4 investment licences, 3 groundbreakings, 2 joint ventures) and 31 `deals` entries
(21 investment, 7 supply_contract, 2 groundbreaking, 1 mou); 7 rows hold only deals (54434 a stalled project told by
its director, 54482 a recalled tender won, 54500 a recalled plant, 54517 a recalled first plant, 54522 a recalled
supply contract, 54548 a recalled land memorandum, 54550 an investor line in a list) and 5 an event without a deal
(54427 a province-hosted groundbreaking, 54515 and 54519 headline openings without capital, 54516 an opening without
capital, 54556 a unit on stream), 24 both. 124 rows are negatives and other fields. By page kind: 17 rows of keyword
salads and betting strings (54401-54417, 0 with a deal or event), 23 of snippet, tag, title, video and listing pages
(54418-54440, 6; three English), 27 of explainers, journals, document stores and theses (54441-54467, 0), 8 of blogs
(54468-54475, 1; three English), 34 of Vietnamese news (54476-54509, 8), 17 of the foreign-language pages rendered in
Vietnamese (54510-54526, 6) and 34 of English pages (54527-54560, 15); 40 rows are English (`english_copy`, 25%). 10
rows are stored in NFD (hand-54427, 54433, 54445, 54458, 54490, 54495, 54499, 54501, 54512, 54516); 8 use old tone
placement (54409, 54414 and 54416 "hoá học", 54484 "nội địa hoá", 54489 "thoả thuận", 54497 and 54507 "hoá chất",
54520 "Thanh Hoá"); 40 hold several lines (headlines and leads, tag and section labels, timestamps, related links,
captions, covers, contents, uploader, preview and download chrome, HTML markup, legal headers and signatures, bullet
lists, bylines, language menus, newsletter, cookie and paywall chrome, credit lines).

Own wording: every row was drafted in its own order (object-first, amount-first, place-first, passive, clause-first,
quote-first with the speaker last, label lines) with changed figures, names, dates, places and products (the refinery's
caustic soda became electronic-grade acid for a display plant, the phone-parts supplier a cleaning-chemicals maker, the
display maker's top-up and supplier an OLED maker and an etching-chemicals supplier, the polysilicon and rare-earth
plans chip materials and specialty gases); on review against the notes taken from the sampled pages and against
batches 114 and 141, about 60 drafts that still kept a page's run of facts, its order, a quote's wording or its opening
words were rewritten from scratch (the supply contract's lead and significance line, the joint venture's lead,
schedule, profile and revenue lines, the FDI feature's figures and related links, the Korean expansion, the capital
increase and its history, the chemical director's complaint, the licence snippets, the video lead, the strategy
explainer and journal lines, the student report, every rendered Japanese, Chinese, French and Thai line, and nearly
every English row: the two units, their customer and capacities, the executive's quote and the award, both contract
leads, outlays and quotes, the order, its share and founding, the top-up and the supporting-industry quote, the
polysilicon plan, the memorandum, the province's chemical projects, the proposal, the two units of the Japanese group,
the third unit and its engineer, the photo story). Seven drafted rows were dropped: the signers of the supply contract
and of the joint venture and a caption of the joint venture (no sampled excerpt told those stories through signers or
a joint-venture caption; deal rows no sample suggested), the gas group's 2008 first unit for the steelmaker and its
sales in Vietnam (too close to batch 141's rows), and two English lines without fields (to keep English near a quarter).
Nothing was used from ranks 5-8, among them: a newspaper's German-language page on a French gas group's wish to invest
in green hydrogen with a deputy minister (S6 r5), the German gas group's newsroom pages on its first unit's opening, a
cylinder-filling plant and earlier contracts, a trade magazine's third-unit report and a chemistry site's second-unit
contract (S7 r5-r8), a German daily on a gas rival's air separation unit for a steel group at Phú Mỹ and two Japanese
notes on the Japanese JV's new unit (S8 r6-r8), an LAS chemical plant opening at Đình Vũ (S9 r7), a chip packager's
plant openings, a chaebol feature and a Korean group's 1.5-billion plan (S13 r5-r8), other-language copies of the display
top-up (S14 r6-r8), a French gas group's supply deal with a Singapore wafer fab and a real-estate item (S17 r6-r7), a US
gas group's Chinese plants, a business site's provincial investment certificate for the German gas group in Thái Nguyên
and its in-principle approval in Quảng Ngãi (S18 r5, r6), the polysilicon plan's wire copy, a chemistry magazine's
feature and a trade agency's chemicals page (S19 r5-r7), and a gasworld round-up (S20 r6); so the batch has no
gas-plant certificate with a named grantor.

Conventions: exactly those of batches 10 and 12-163 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital
the event only; a held groundbreaking is a groundbreaking deal and event "started", dated only with a day; the province
as the only actor of a groundbreaking is a groundbreaking event of G("tỉnh X") alone, without deal (batch 95); a
licence is an investment deal and an investment_licence event with the grantor first when written ("tỉnh Bắc Giang"
as written), the increase and not the new total for a capital increase; a named firm's plan, outlay, pledge or top-up
is an announced investment; a planned joint plant of two firms is ONE investment deal of both and an announced
joint_venture (batch 145), a joint-venture contract ONE investment deal of the partners and a signed joint_venture
event (batch 83), the new joint-venture company no party; a supply contract has the supplier first and an order won is
a signed contract (batches 114, 141); contracts and orders with unnamed customers, proposals, plants abroad, existing
plants in a profile, founding and a partner's exit, shareholdings, running totals, forecasts, wishes, promises,
meetings and receptions give no deal; recalled plants, projects, contracts, tenders won, memoranda and investor lines
are deals without events; attendees, hosts, customers and the bodies allocating land are no parties; signing cities and
datelines are mentions, not sites; vague amounts are none; "khoảng", "chừng", "gần", "hơn", "trên", "around", "about",
"close to", "almost", "more than" are approximate, "tới", "up to", "as much as" are not; bracketed conversions are both
money, the deal taking the one written first; money per year keeps its unit; yen JPY, euro EUR; capacities, tonnages,
volumes, durations, ordinals, page and view counts, counts in words and vague counts are no counts, English counts
keep their English noun; m2, sq m and square metres are areas in ha; Vietnamese legal forms are normalised ("Công ty cổ
phần" -> "Công ty CP", "Tổng Công ty ... - CTCP" -> "Tổng công ty"), foreign ones kept as written ("Co.", "Co., Ltd.",
"JSC"), "Corporation" stays in an English name, "Việt Nam"/"Vietnam" and a trailing "Vina" are dropped from a foreign
subsidiary's name; a bracketed acronym after a name is no second entry, alone it is a firm; a bare headline name and
the lead's full name are one entry when their canonical names agree, two otherwise; site brands and firm photo credits
are firms, outlet and agency prefixes and credit lines nothing; a province inside an organisation's, a park's or a
plant's heading is a mention, inside a firm's name none; Vietnamese country words and brackets ("Nhật", "(Đài Loan)",
"CHLB Đức", "người Đức") and English country nouns and possessives are countries, English adjectives ("French",
"Dutch", "German", "Japanese") and regions nothing, foreign cities nothing, a language ("tiếng Anh") nothing; parks and
zones written in Vietnamese are locations, English ones none; districts need "huyện"/"thị xã" before July 2025; bylines,
uploaders, authors and contacts are persons without role unless a label gives one ("GVHD", "Press Officer"), "TS.",
"PGS.TS" no role, caps signature roles as written; a given name or surname alone is no person; a law's or a standard's
code is no decision, a decision with only its year has no date, a flattened header's "THỦ TƯỚNG CHÍNH PHỦ" gives the
organisation Thủ tướng Chính phủ (batch 141); old tone placement is normalised in the gold. Every row with no event
carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A two-signer supply contract for a third party's plant, told object-first ("Axit sunfuric và hydro peroxit cấp điện tử
  cho nhà máy tấm nền của Yeonhwa Display ở Hải Phòng sẽ do Công ty cổ phần Hóa chất Bạch Hạc (Bahachem) sản xuất và
  Tổng Công ty Hóa chất và Dịch vụ Hồng Lam - CTCP (HLChem) giao nhận, theo hợp đồng hai bên ký chiều 24/2 tại Hà Nội",
  hand-54476), is ONE signed supply_contract of the two signers, producer first, dated, unsited; the plant's owner is a
  firm mention and no party; "- CTCP" after a Tổng Công ty's name is dropped with the form normalised to "Tổng công
  ty"; the caption "Đại diện HLChem và Bahachem trao văn bản hợp đồng sau lễ ký" (54478) is the same contract, undated,
  producer first although written second; "HLChem đã trúng gói thầu cung ứng hóa chất cho nhà máy của Yeonhwa Display
  từ tháng 12/2025" (54482) a recalled supply_contract of HLChem and the plant's owner without event, the producer
  "chọn ... làm nhà sản xuất" no further deal.
- A joint venture told through the new company ("Một nhà máy khí công nghiệp 41 triệu USD ở KCN Phú Mỹ 3 sẽ do Công ty
  TNHH Khí Công nghiệp Tân Thành xây và vận hành: đây là liên doanh mà ... HLChem và tập đoàn Khí Công nghiệp Kaltberg SE
  & Co. KGaA (CHLB Đức) ký hợp đồng thành lập sáng 11/11", 54485) is ONE investment deal of the two partners with the
  plant's 41 million and a signed joint_venture event, dated, unsited (a park without its province); "SE & Co. KGaA" is
  a foreign legal form kept as written, the descriptive "Khí Công nghiệp" part of the name (as after "Công ty TNHH");
  the JV company is a firm mention; "HLChem nắm 51% vốn liên doanh, phần còn lại 49% thuộc Kaltberg" (54489) gives
  percentages only.
- The Japanese gas-unit page rendered place-first with the amount last ("Nhà máy khí lớn nhất cả nước đã chạy từ ngày 5
  trong khu liên hợp gang thép của Thép Lam Sơn ở Nghi Sơn (Thanh Hoá): chủ đầu tư là Công ty TNHH Khí Công nghiệp
  Kaltberg Hải Phòng ..., với 18 triệu USD (khoảng 1,5 tỷ yen)", 54520) is the unit's inauguration with capital, sited in
  Thanh Hóa, undated (a day without month); its headline alone ("Tập đoàn Đức Kaltberg chạy nhà máy khí công nghiệp lớn
  nhất Việt Nam", 54519) the group's inauguration without capital or site; the contract "đã được Kaltberg và Thép Lam
  Sơn ký từ tháng 11/2007" (54522) a recalled supply_contract, gas supplier first.
- A filling plant's start announced the day before ("KCN Châu Sơn ở Hà Nam sẽ có nhà máy nạp khí thứ hai của Kasumi Air
  Việt Nam từ ngày 1/10", 54516) is an inauguration without capital sited in the current unit of Hà Nam (batch 114's
  Sanwa Air), the headline alone (54515) the same event unsited; the first plant "ở Bà Rịa - Vũng Tàu từ năm 2015"
  (54517) a recalled investment without event, the Hà Nội office nothing; a plan told of "công ty" (54518) nothing.
- The German group's newsroom: an object-first contract under a "Bad Soden, Germany," dateline (54532) is a dated
  supply_contract, the dateline's country a location; "Kaltberg has budgeted around EUR 11 million for the separator"
  (54533) and "is putting more than 85 million US dollars into the two plants" (54539) announced investments apart from
  the contracts; "A second separator ... is being planned by Kaltberg together with Song Thu Marine" (54535) ONE
  investment deal of both and an announced joint_venture without amount; "said owner and managing director Conrad
  Kaltberg" (54534) a person only, the surname no firm; "Ha Tinh's Vung Ang Economic Zone" (54538) the province, no zone.
- Openings and units without capital in English: "Two air separation units have just been brought on stream by Orvalle
  in southern Vietnam, where the French gases group has put close to €34m into the plants and the supply chain around
  them" (54527) is Orvalle's inauguration with the €34m as capital, unsited; the first unit's long-term contract with "a
  leading chipmaker" (54528) gives nothing (unnamed customer), the second unit told without the firm (54529) the province
  mention only; "Lam Son Steel's works near Thanh Hoa city now draw gas from a third Kaltberg air separation unit"
  (54556) Kaltberg's inauguration without capital or site, the steelmaker no party.
- Orders: "An onsite oxygen order from Tay Do Steel ... has gone to Viet Hoshi Gas (VHG), the joint venture of
  Hoshizora Sanso and Mizuta Shokai" (54540) is a signed supply_contract of VHG and the steelmaker, supplier first, the
  parents mentions; the copy's headline without the buyer over its credit line (54541) gives the firm only; "a trading
  house that later sold its stake to Hoshizora Sanso" (54542) a partner's exit, no deal.
- Licences and top-ups: "Kinwa rót 22 triệu USD vào KCN Vân Trung" over "tỉnh Bắc Giang đã trao giấy chứng nhận đầu tư
  cho Công ty TNHH Kinwa Chemical Việt Nam, thuộc Tập đoàn Kinwa (Đài Loan)" (54432) is a licence event of G("tỉnh Bắc
  Giang") and the subsidiary, the headline's amount its capital, "Kinwa" in the headline and "Tập đoàn Kinwa" one entry;
  "Giấy phép cho nhà máy ... đã về tay Công ty TNHH Hanul Electronics Việt Nam hôm 21/5" under a headline with the
  amount (54436) a licence without grantor, the bare "Hanul" a second entry; "Thêm 1,2 tỷ USD cho nhà máy ... của Yeonhwa
  Display ... vừa được cấp phép, ..., theo Ban Quản lý Khu kinh tế Hải Phòng" (54503) a licence of the increase without
  grantor (the board is the source, an organisation and a province mention), the new total money only; the supplier's
  "được điều chỉnh tăng vốn thêm 110 triệu USD, lên 265 triệu USD" at "Tràng Duệ" alone (54506) a licence of the 110
  million, unsited; a snippet's licence "cho một tập đoàn hóa chất Nhật Bản" (54431) no event (no firm).
- English plans and lists: "A $30 million plant ... is planned by Japan's Kitayama Corporation at the Phu My 3
  Specialized Industrial Park in Ba Ria-Vung Tau" (54547) an announced investment sited in the current unit; "the company
  had already signed a memorandum with park developer Thinh Phat Phu My JSC last month" (54548) a recalled mou deal
  without event; in "South Korea's Hyeonsan Vina Chemicals runs a polypropylene plant ..., and the $5.1 billion Bai
  Truoc complex was invested by Thailand's Chao Phraya Chemicals" (54550) the running plant gives no deal and the
  investor line a recalled deal without site; "Asahiyama Kasei has proposed a 15-hectare factory" (54552) no deal;
  "Kurobe Chemical Co. will put 5.4 billion JPY (about 70 million USD) into two new companies" (54553) an announced
  investment in JPY, the two units in the next rows (54554, 54555) announced investments of their own, each sited by
  its province; a quartz start-up that "wants a high-purity quartz plant running in Thanh Hoa province by 2027" (54474)
  an announced investment without amount.
- Tags: an event company's caps heading "LỄ ĐỘNG THỔ TỔ HỢP HÓA CHẤT ĐIỆN TỬ BÃI TRƯỚC" over "Tổ hợp do Tập đoàn Chao
  Phraya Chemicals (Thái Lan) làm chủ đầu tư, vốn đăng ký chừng 2,1 tỷ USD" (54437) is the group's undated, unsited
  groundbreaking with that amount (batch 114's heading call); "Yeonhwa breaks ground on $1.2 billion ... complex" over
  "Yeonhwa Display Vietnam started building ... in the central city of Hai Phong" (54435) a dated groundbreaking sited in
  Hải Phòng (the wrong region word ignored); a mirrored tag on a director waiting for land for "dự án 1,4 tỉ USD ở Bà Rịa
  – Vũng Tàu" (54434) a recalled investment of his firm, the en dash read as the province; the video lead "Xã Vĩnh Hải,
  thị xã Vĩnh Châu sáng 12/4 là nơi tỉnh Sóc Trăng làm lễ khởi công nhà máy hydro xanh" (54427) the province's
  groundbreaking alone, sited in Cần Thơ, with the district.
- Page furniture: an ad banner's "acecook" and "zunia.vn Tuyển sinh 2025 ADSENSE" are nothing (ads, not the site's brand;
  batch 97); "Minh Giáp" naming the consultancy whose series it is (54462) is a site brand, a firm; "Ảnh: HLChem"-style
  and "Photo by Kaltberg Gas Vietnam" credits are firms ("Vietnam" dropped); "• | Gas World |", "(TBTCO)", "(KTSG
  Online)", "ThienNhien.Net –", "24H.COM.VN -", "TTTĐ" and "The NNA Daily (Kyodo News Group)" are outlets, nothing;
  the uploader "hoangnt" is a username, no person.
- Numbers and places: "90–120 triệu đô la" and "10–15 triệu đô la" (54469) give both ends in USD; "trên 50 tỷ USD/năm"
  money per year, approximate; "almost 100 million people" a count; "99,999%", "tới 30%" and "As much as 90 per cent"
  percentages; "mất quá nửa" and "gấp đôi" nothing; "lô C4, KCN Quang Châu, huyện Việt Yên, tỉnh Bắc Giang" (2022)
  gives the park, the district and the province; "Cái Mép Hạ", "Nghi Sơn", "Tràng Duệ", "Thuan An" and "Lạc Dương"
  alone nothing; "Near Ho Chi Minh City" and "near Thanh Hoa city" province mentions, no sites."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_166(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HCM = cur("Hồ Chí Minh")
    HP = cur("Hải Phòng")
    BN = cur("Bắc Ninh")
    TN = cur("Thái Nguyên")
    TH = cur("Thanh Hóa")
    NB = cur("Hà Nam")
    HY = cur("Hưng Yên")
    CT = cur("Sóc Trăng")

    ids = iter(range(54401, 54401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword salads on foreign domains and betting domains (S1 r2; S2 r2-r4; S3 r1, r4; S4 r1, r2, r4; S10 r1-r4;
    # S12 r1-r3; S14 r2; S15 r1-r4; S16 r1: 23 slots, 13 distinct pages) ---
    spam = [
        ("luyện ferro silic 75 cho lò hồ quang tài liệu pdf mẫu miễn phí", "2021-03-06", []),
        ("hạt silic ferro tinh chế mua tận xưởng giá gốc nhà sản xuất", "2022-07-17", []),
        ("silo chứa clinker nhà máy xi măng sơ đồ nguyên lý làm việc ký hiệu", "2021-11-02", []),
        ("xưởng tuyển quặng sắt quy mô nhỏ chi phí đầu tư bao nhiêu chỉ số kỹ thuật", "2022-01-19", []),
        (
            "quy trình sản xuất cát nghiền vsi8x đạt chứng nhận ce năng suất 280 tấn/giờ",
            "2022-01-19",
            ["capacity_no_count"],
        ),
        (
            "kim loại silic 97 phụ gia nhôm đúc giá xuất xưởng mới nhất",
            "2016-12-09",
            ["grade_number_no_count"],
        ),
        ("cách tẩy cặn canxi khỏi ống silicon chịu nhiệt co ngót thấp bảng giá", "2023-04-20", []),
        ("bột silicon là kim loại hay phi kim nhà cung cấp uy tín", "2019-12-24", []),
        ("hàm lượng lưu huỳnh thấp ferro silic ký hiệu hoá học mẫu tải về", "2019-12-27", ["old_tone"]),
        ("poly aluminium chloride là gì hóa chất keo tụ nước thải xi mạ tìm hiểu", "2020-12-20", []),
        ("sơ đồ pha canxi silic giá co ngót tối thiểu lô 2 tấn", "2016-08-18", ["tonnage_no_count"]),
    ]
    for text, date, extra in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_title", "foreign_domain", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    rows += [
        h(
            n(),
            "chi phí dựng nhà máy tuyển quặng mangan công suất nhỏ khoảng 3 triệu usd",
            "2022-01-19",
            "ministry",
            ["spam_title", "foreign_domain", "lowercase_currency_money", "approx", "no_event"],
            money=[m(3 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "độ ổn định ph mã hs ferro silic canxi nhà sản xuất tại Trung Quốc xuất khẩu",
            "2020-01-04",
            "ministry",
            ["spam_title", "foreign_domain", "capitalised_country", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "kuwin bảng tuần hoàn nguyên tố hoá học giá vàng sáng nay bảng xếp hạng ngoại hạng anh",
            "2024-05-02",
            "ministry",
            ["spam_title", "betting_domain", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin khu đô thị mới thủy nguyên công thức tính khối lượng riêng khí nitơ cháy chung cư hà nội",
            "2024-05-02",
            "ministry",
            ["spam_title", "betting_domain", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin điểm chuẩn bách khoa 2026 văn khấn mùng 1 công thức hoá học lớp 10 tin công nghệ",
            "2024-05-02",
            "ministry",
            ["spam_title", "betting_domain", "old_tone", "year_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mua bình khí argon 40 lít cũ giá cao thu mua tận nơi toàn quốc",
            "2023-04-20",
            "ministry",
            ["spam_title", "foreign_domain", "volume_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Snippet, tag, title, video and listing pages (S1 r4; S3 r2 = S12 r4; S3 r3; S5 r1; S5 r3; S5 r4 = S11 r1;
    # S8 r2; S9 r1; S13 r1, r3, r4; S14 r1, r4; S16 r3; S17 r3; S19 r4) ---
    rows += [
        h(
            n(),
            "Mời hãng khí và hóa chất bán dẫn vào Việt Nam\n\nTiếp Chủ tịch Hiệp hội Vật liệu Bán dẫn Quốc tế (ISMA) Daniel Whitford, Phó Thủ tướng Lâm Hữu Tín đề nghị hiệp hội giới thiệu các nhà sản xuất khí đặc chủng và hóa chất ướt sang đặt nhà máy.",
            "2023-09-15",
            "ministry",
            [
                "agency_snippet",
                "headline_lead",
                "reception_no_event",
                "role_before_name",
                "bracketed_acronym_no_second_entry",
                "wish_no_event",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Daniel Whitford", "Chủ tịch Hiệp hội Vật liệu Bán dẫn Quốc tế"),
                per("Lâm Hữu Tín", "Phó Thủ tướng"),
            ],
            organizations=["Hiệp hội Vật liệu Bán dẫn Quốc tế"],
            events=[],
        ),
        h(
            n(),
            "gia khi heli tang vot nha may chip lo thieu nguon",
            "2026-03-14",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "khi nito sieu sach cho nha may ban dan bac ninh",
            "2026-03-14",
            "ministry",
            ["tag_page", "unaccented", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngành Công nghệ vật liệu bán dẫn tuyển khóa đầu: sinh viên được thực hành trong phòng sạch với nitơ, argon và hóa chất ướt do doanh nghiệp tài trợ, ra trường có thể làm kỹ sư quy trình ở các nhà máy chip…",
            "2025-05-28",
            "ministry",
            ["faculty_snippet", "truncated_lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin tức\nSinh viên năm ba thực tập ở nhà máy khí của một doanh nghiệp Nhật tại KCN Nomura",
            "2025-05-28",
            "ministry",
            ["news_list_item", "ordinal_no_count", "country_word", "park", "multiline", "no_event"],
            locations=[country("Nhật"), park("Khu công nghiệp Nomura")],
            events=[],
        ),
        h(
            n(),
            "Hợp đồng mua bán khí công nghiệp",
            "2024-02-07",
            "ministry",
            ["tag_title", "headline_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tag\n\nNhiệt lạnh từ kho LNG: lời giải tiết kiệm điện cho nhà máy tách khí\n\nDoanh nghiệp 14/05/2024 09:41\naa\nTTTĐ - Tận dụng nhiệt lạnh thải ra khi tái hóa khí LNG, một nhà máy tách khí có thể bớt tới 30% điện năng, giới kỹ thuật tính toán.",
            "2024-05-14",
            "ministry",
            [
                "tag_page",
                "timestamp",
                "outlet_prefix_nothing",
                "ceiling_not_approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            percentages=[30],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch HĐTV Tập đoàn Năng lượng Hồng Lam Phan Đức Thắng kiểm tra tiến độ kho LNG Cái Mép Hạ HLGas chạy thử bồn chứa 250.000 m3 đúng hẹn HLGas ký hợp đồng mua chuyến LNG thứ hai",
            "2024-05-14",
            "ministry",
            [
                "tag_page",
                "related_links_glued",
                "role_before_name",
                "contract_unnamed_seller_no_deal",
                "volume_no_count",
                "ordinal_no_count",
                "no_event",
            ],
            persons=[per("Phan Đức Thắng", "Chủ tịch HĐTV Tập đoàn Năng lượng Hồng Lam")],
            firms=[f("Năng lượng Hồng Lam", "Tập đoàn"), f("HLGas")],
            events=[],
        ),
        h(
            n(),
            "Tin khác\nKhí hóa lỏng nhập khẩu quý I tăng 18%",
            "2024-05-14",
            "ministry",
            ["tag_page", "related_link", "percentage", "multiline", "no_event"],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Hydro xanh: Sóc Trăng động thổ nhà máy đầu tiên\n\nXã Vĩnh Hải, thị xã Vĩnh Châu sáng 12/4 là nơi tỉnh Sóc Trăng làm lễ khởi công nhà máy hydro xanh; theo giới thiệu của ban tổ chức, hydro từ đây sẽ được bán cho cả các nhà máy điện tử phía Nam.(đọc thêm)",
            "2023-04-12",
            "ministry",
            [
                "nfd",
                "video_page",
                "headline_lead",
                "place_first",
                "province_host_groundbreaking",
                "event_no_deal",
                "district",
                "read_more_chrome",
                "multiline",
            ],
            provinces=[pv("Sóc Trăng")],
            locations=[district("thị xã Vĩnh Châu")],
            events=[ev("groundbreaking", [G("tỉnh Sóc Trăng")], None, None, CT, "started")],
        ),
        h(
            n(),
            "Video: Sóc Trăng động thổ nhà máy hydro xanh",
            "2023-04-12",
            "ministry",
            ["video_page", "title_only", "province_only", "no_event"],
            provinces=[pv("Sóc Trăng")],
            events=[],
        ),
        h(
            n(),
            "TCVN 11264:2015 Nitơ lỏng dùng trong công nghiệp – Yêu cầu kỹ thuật và phương pháp thử",
            "2020-06-03",
            "legal",
            ["standard_title", "standard_code_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giấy phép sản xuất hóa chất công nghiệp: cần điều kiện gì, chờ bao lâu?",
            "2022-08-10",
            "ministry",
            ["consultancy_title", "question_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "24H.COM.VN - Sáng 18/4, Ban quản lý các khu công nghiệp tỉnh Bắc Ninh đã trao giấy chứng nhận đầu tư cho một tập đoàn hóa chất Nhật Bản, kèm cam kết gỡ vướng thủ tục; nhà máy axit tinh khiết của hãng dự kiến động thổ ngay trong tháng 5.",
            "2013-04-19",
            "ministry",
            [
                "aggregator_snippet",
                "outlet_prefix_nothing",
                "licence_no_firm",
                "planned_groundbreaking_no_firm",
                "country_word",
                "no_event",
            ],
            organizations=["Ban quản lý các khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Kinh tế\n\nKinwa rót 22 triệu USD vào KCN Vân Trung\n\nSáng 9/3, tỉnh Bắc Giang đã trao giấy chứng nhận đầu tư cho Công ty TNHH Kinwa Chemical Việt Nam, thuộc Tập đoàn Kinwa (Đài Loan), để sản xuất hóa chất tẩy rửa bảng mạch tại Khu công nghiệp Vân Trung.",
            "2021-03-10",
            "ministry",
            [
                "tag_page",
                "section_label",
                "headline_lead",
                "licence_province_grantor",
                "headline_and_lead_one_entry",
                "vietnam_dropped",
                "country_bracket",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Kinwa", "Tập đoàn"), f("Kinwa Chemical", "Công ty TNHH")],
            provinces=[pv("Bắc Giang")],
            money=[m(22 * M, "USD")],
            locations=[park("Khu công nghiệp Vân Trung"), country("Đài Loan")],
            deals=[deal("investment", ["Kinwa Chemical"], 22 * M, BN, "2021-03-09")],
            events=[
                ev(
                    "investment_licence",
                    [G("tỉnh Bắc Giang"), F("Kinwa Chemical")],
                    22 * M,
                    "USD",
                    BN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Kinh tế\n\nBắc Giang: 9 dự án điện tử mới trong hai tháng\n\nVốn đăng ký mới và tăng thêm của các dự án FDI trong tỉnh từ đầu năm đạt gần 310 triệu USD.",
            "2021-03-10",
            "ministry",
            ["nfd", "tag_page", "running_total_no_deal", "count", "approx", "multiline", "no_event"],
            provinces=[pv("Bắc Giang")],
            quantities=[c(9, "dự án")],
            money=[m(310 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư tỉ đô vẫn ngồi chờ đất\nDự án 1,4 tỉ USD ở Bà Rịa – Vũng Tàu chưa thể chạy vì phần mặt nước cho cảng hóa chất chưa được giao, ông Park Jun-ho – tổng giám đốc Công ty TNHH Hóa chất Hyeonsan Vina (100% vốn Hàn Quốc) – than phiền […]",
            "2019-11-05",
            "ministry",
            [
                "tag_page_mirror",
                "headline_lead",
                "recalled_project_deal_no_event",
                "role_after_name_dashes",
                "vina_dropped",
                "en_dash_province",
                "percentage",
                "country_word",
                "truncated_lead",
                "multiline",
            ],
            persons=[per("Park Jun-ho", "tổng giám đốc Công ty TNHH Hóa chất Hyeonsan Vina")],
            firms=[f("Hóa chất Hyeonsan", "Công ty TNHH")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(1.4 * B, "USD")],
            percentages=[100],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Hóa chất Hyeonsan"], 1.4 * B, HCM)],
            events=[],
        ),
        h(
            n(),
            "Industrial complex\n\nYeonhwa breaks ground on $1.2 billion display-materials complex in Hai Phong\n\nOn April 27, Yeonhwa Display Vietnam started building its $1.2 billion complex for high-end panel materials in the central city of Hai Phong.",
            "2016-04-28",
            "ministry",
            [
                E,
                "tag_page",
                "headline_lead",
                "groundbreaking_started",
                "headline_short_name_two_entries",
                "vietnam_dropped",
                "wrong_region_word",
                "deal_date",
                "multiline",
            ],
            firms=[f("Yeonhwa"), f("Yeonhwa Display")],
            provinces=[pv("Hải Phòng")],
            money=[m(1.2 * B, "USD")],
            deals=[deal("groundbreaking", ["Yeonhwa Display"], 1.2 * B, HP, "2016-04-27")],
            events=[ev("groundbreaking", [F("Yeonhwa Display")], 1.2 * B, "USD", HP, "started")],
        ),
        h(
            n(),
            "540 triệu USD cho nhà máy của Hanul ở Thái Nguyên\nGiấy phép cho nhà máy thiết bị điện tử công suất 45 triệu sản phẩm mỗi năm đã về tay Công ty TNHH Hanul Electronics Việt Nam hôm 21/5.",
            "2009-05-22",
            "ministry",
            [
                "aggregator_snippet",
                "headline_lead",
                "headline_amount",
                "object_first",
                "licence_no_grantor",
                "headline_short_name_two_entries",
                "vietnam_dropped",
                "capacity_no_count",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Hanul"), f("Hanul Electronics", "Công ty TNHH")],
            provinces=[pv("Thái Nguyên")],
            money=[m(540 * M, "USD")],
            deals=[deal("investment", ["Hanul Electronics"], 540 * M, TN, "2009-05-21")],
            events=[ev("investment_licence", [F("Hanul Electronics")], 540 * M, "USD", TN, "licensed")],
        ),
        h(
            n(),
            "LỄ ĐỘNG THỔ TỔ HỢP HÓA CHẤT ĐIỆN TỬ BÃI TRƯỚC\n\nTổ hợp do Tập đoàn Chao Phraya Chemicals (Thái Lan) làm chủ đầu tư, vốn đăng ký chừng 2,1 tỷ USD, chiếm gần 180 ha đất cùng 60 ha mặt nước làm cảng. Các hạng mục thi công […]",
            "2019-01-22",
            "ministry",
            [
                "event_company_tag",
                "caps_heading",
                "groundbreaking_heading_investor_line",
                "country_bracket",
                "area",
                "approx",
                "no_site",
                "truncated_lead",
                "multiline",
            ],
            firms=[f("Chao Phraya Chemicals", "Tập đoàn")],
            money=[m(2.1 * B, "USD", approx=True)],
            areas=[ha(180, True), ha(60)],
            locations=[country("Thái Lan")],
            deals=[deal("groundbreaking", ["Chao Phraya Chemicals"], 2.1 * B)],
            events=[ev("groundbreaking", [F("Chao Phraya Chemicals")], 2.1 * B, "USD", None, "started")],
        ),
        h(
            n(),
            "hóa chất điện tử\n\nHóa chất Bạch Hạc chạy thử axit sunfuric 99,999% cho dây chuyền tấm nền",
            "2025-10-02",
            "ministry",
            ["tag_page", "lowercase_tag", "percentage", "trial_run_no_event", "multiline", "no_event"],
            firms=[f("Hóa chất Bạch Hạc")],
            percentages=[99.999],
            events=[],
        ),
        h(
            n(),
            "More foreign firms eye specialty gas projects in Vietnam\n\nSuppliers of process gases and wet chemicals are looking at Vietnam as chip and display makers expand here.\n\nIndustries - Tue, Mar 8, 2022 | 10:05 am GMT+7",
            "2022-03-08",
            "ministry",
            [
                E,
                "tag_page",
                "headline_lead",
                "timestamp",
                "no_party_no_deal",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "൲ Gas and chemical suppliers courted at chip expo\nMakers of ultra-pure gases and chemicals will find buyers waiting in Vietnam, Deputy Minister of Industry and Trade Ngo Van Khiem told the opening of SEMIExpo Vietnam 2025 on November 5.",
            "2025-11-06",
            "ministry",
            [
                E,
                "spam_domain_mirror",
                "glyph_prefix",
                "role_before_name",
                "expo_name_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Ngo Van Khiem", "Deputy Minister of Industry and Trade")],
            events=[],
        ),
    ]
    # --- Explainers, journals, document stores and theses (S1 r1, S1 r3, S2 r1, S8 r4, S9 r2, S9 r4, S16 r2) ---
    rows += [
        h(
            n(),
            "acecook\n\nKhí và hóa chất siêu sạch trong chiến lược bán dẫn\n\nDiễn đàn\n27/09/2024 08:15\nNhóm vật liệu đầu vào – khí đặc chủng, hóa chất ướt, tấm wafer – được Chiến lược phát triển công nghiệp bán dẫn ban hành kèm Quyết định số 1018/QĐ-TTg xếp vào các khâu cần thu hút FDI có chọn lọc.",
            "2024-09-27",
            "ministry",
            [
                "explainer",
                "ad_word_nothing",
                "section_label",
                "timestamp",
                "decision_no_date",
                "multiline",
                "no_event",
            ],
            decisions=[d("1018/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            "Trong công thức “C = SET + 1”, vế “+1” được hiểu là chính Việt Nam – một điểm đến an toàn cho chuỗi cung ứng bán dẫn toàn cầu.",
            "2024-09-27",
            "ministry",
            ["explainer", "formula_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khí hiếm cho ngành chip: Việt Nam có lợi thế gì Lập tổ công tác về vật liệu bán dẫn Hóa chất siêu sạch cần cơ chế riêng",
            "2024-09-27",
            "ministry",
            ["explainer", "related_links_glued", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 1 (2024 - 2030): thu hút có chọn lọc FDI vào khâu vật liệu, trong đó có nhà máy khí đặc chủng và hóa chất phục vụ đóng gói, kiểm thử.",
            "2024-09-27",
            "ministry",
            ["explainer", "phase_label", "year_range_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đến năm 2040, doanh thu ngành bán dẫn trong nước được đặt mục tiêu trên 50 tỷ USD/năm, kéo nhu cầu nitơ siêu tinh khiết lên hàng trăm tấn mỗi ngày.",
            "2024-09-27",
            "ministry",
            [
                "explainer",
                "target_no_deal",
                "money_per_year",
                "approx",
                "vague_quantity_none",
                "nfd",
                "no_event",
            ],
            money=[m(50 * B, "USD", "year", True)],
            events=[],
        ),
        h(
            n(),
            "Ở Nhật Bản và Thái Lan, hóa chất cho ngành điện tử được tính vào công nghiệp hỗ trợ(2); tại Việt Nam, nhóm vật liệu điện tử mới được đưa vào danh mục ưu tiên từ Nghị định số 111/2015/NĐ-CP.",
            "2021-06-17",
            "ministry",
            ["journal_feature", "footnote_marker", "country_list", "decree_no_date", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            decisions=[d("111/2015/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Giá trị nội địa của ngành điện tử chỉ quanh 5-8%: phần lớn khí tinh khiết và hóa chất ướt cho các nhà máy FDI vẫn phải nhập(3).",
            "2021-06-17",
            "ministry",
            ["journal_feature", "footnote_marker", "percentage_range", "no_event"],
            percentages=[5, 8],
            events=[],
        ),
        h(
            n(),
            "PGS.TS Hoàng Văn Lực – Viện Chiến lược, Chính sách Công Thương",
            "2021-06-17",
            "ministry",
            ["journal_feature", "author_line", "title_no_role", "no_event"],
            persons=[per("Hoàng Văn Lực", None)],
            organizations=["Viện Chiến lược, Chính sách Công Thương"],
            events=[],
        ),
        h(
            n(),
            "CÔNG NGHỆ SẢN XUẤT HYDRO TỪ KHÍ THIÊN NHIÊN GVHD: PGS. TS. Đỗ Thị Hạnh Nhóm 9: Trần Văn Khải Lê Minh Tú Hồ Quang Vinh Phạm Thu Trang GVHD: PGS. TS. Đỗ Thị Hạnh",
            "2016-11-30",
            "ministry",
            [
                "document_store",
                "student_report_cover",
                "cover_label_role",
                "glued_names",
                "repeated_label",
                "no_event",
            ],
            persons=[
                per("Đỗ Thị Hạnh", "GVHD"),
                per("Trần Văn Khải", None),
                per("Lê Minh Tú", None),
                per("Hồ Quang Vinh", None),
                per("Phạm Thu Trang", None),
            ],
            events=[],
        ),
        h(
            n(),
            "Trong nhà máy chip, hydro vừa là khí mang vừa là khí khử ở các lò epitaxy. Quy trình reforming hơi nước được đưa lên quy mô công nghiệp ở Mỹ từ năm 1931, với sản lượng ban đầu 15 tấn/ngày.",
            "2016-11-30",
            "ministry",
            [
                "document_store",
                "student_report_body",
                "country_word",
                "capacity_no_count",
                "year_no_count",
                "no_event",
            ],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "MỞ ĐẦU Hydro (H2) là khí công nghiệp có ý nghĩa đặc biệt; năm 1923, người Đức đã đưa điện phân nước lên quy mô nhà máy để lấy hydro cho tổng hợp amoniac.",
            "2016-11-30",
            "ministry",
            ["document_store", "student_report_body", "country_word", "year_no_count", "no_event"],
            locations=[country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Nhóm 9 – Lớp Kỹ thuật Hóa học 2 – K62",
            "2016-11-30",
            "ministry",
            ["document_store", "class_label", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đề tài Phân tích hiệu quả dự án đầu tư trạm chiết nạp nitơ lỏng tại Bình Dương của công ty TNHH KTN\n\npdf74 trang | Chia sẻ: hoangnt | Lượt xem: 2041 | Lượt tải: 2download",
            "2014-05-09",
            "ministry",
            [
                "document_store",
                "thesis_title",
                "study_no_deal",
                "lowercase_legal_form",
                "username_nothing",
                "page_count_no_count",
                "view_counter_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("KTN", "Công ty TNHH")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Xem trước 18 trang | Tải bản đầy đủ để đọc tiếp\nCHƯƠNG 1 TỔNG QUAN 1.1 Lý do chọn đề tài: từ năm 2005, nhu cầu nitơ lỏng của các KCN quanh TP.HCM tăng nhanh.",
            "2014-05-09",
            "ministry",
            [
                "document_store",
                "preview_chrome",
                "chapter_heading",
                "generic_park_no_location",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Theo tính toán của đề tài, trạm nạp 3.600 chai mỗi tháng, vốn khoảng 6,8 tỷ đồng và hoàn vốn sau 4 năm.",
            "2014-05-09",
            "ministry",
            [
                "document_store",
                "study_no_deal",
                "capacity_no_count",
                "duration_no_count",
                "approx",
                "no_event",
            ],
            money=[m(6.8 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "zunia.vn Tuyển sinh 2025 ADSENSE\n\nQuyết định 1735/QĐ-TTg năm 2013\n\nChia sẻ: Lê Hoàng Yến | Ngày: | Loại File: PDF | Số trang:23\n\n91\nlượt xem\n4\ndownload",
            "2014-02-11",
            "legal",
            [
                "document_store",
                "uploader_chrome",
                "uploader_person",
                "year_only_no_date",
                "page_count_no_count",
                "view_counter_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Hoàng Yến", None)],
            decisions=[d("1735/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            "THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ------- Độc lập - Tự do - Hạnh phúc --------------- Số: 1735/QĐ-TTg Hà Nội, ngày 02 tháng 10 năm 2013 QUYẾT ĐỊNH PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN NGÀNH KHÍ CÔNG NGHIỆP VÀ HÓA CHẤT ĐIỆN TỬ ĐẾN NĂM 2025",
            "2014-02-11",
            "legal",
            ["flattened_legal_header", "place_date_line", "decision_dated", "planning_no_deal", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Hà Nội")],
            decisions=[d("1735/QĐ-TTg", "2013-10-02")],
            events=[],
        ),
        h(
            n(),
            "Xét đề nghị của Bộ trưởng Bộ Công Thương tại Tờ trình số 3920/TTr-BCT ngày 14 tháng 6 năm 2013 và công văn số 6518/BCT-HC ngày 30 tháng 7 năm 2013,",
            "2014-02-11",
            "legal",
            [
                "flattened_legal_preamble",
                "submission_number",
                "official_letter_code",
                "role_without_name",
                "nfd",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            decisions=[d("3920/TTr-BCT", "2013-06-14"), d("6518/BCT-HC", "2013-07-30")],
            events=[],
        ),
        h(
            n(),
            "a) Khí công nghiệp: đến năm 2025 có thêm 4 tổ hợp tách khí công suất từ 500 tấn/ngày trở lên tại Quảng Ninh, Hà Tĩnh và Bà Rịa - Vũng Tàu;",
            "2014-02-11",
            "legal",
            [
                "flattened_legal_body",
                "planning_no_deal",
                "count",
                "capacity_no_count",
                "province_list",
                "no_event",
            ],
            provinces=[pv("Quảng Ninh"), pv("Hà Tĩnh"), pv("Bà Rịa - Vũng Tàu")],
            quantities=[c(4, "tổ hợp")],
            events=[],
        ),
        h(
            n(),
            "Điều 2. Bộ Công Thương chủ trì, phối hợp với các bộ, ngành và UBND các tỉnh, thành phố tổ chức thực hiện Quy hoạch.",
            "2014-02-11",
            "legal",
            ["flattened_legal_body", "bare_units_none", "planning_no_deal", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nVũ Đức Thịnh",
            "2014-02-11",
            "legal",
            [
                "flattened_legal_signature",
                "caps_signature_role",
                "effective_date_no_decision",
                "multiline",
                "no_event",
            ],
            persons=[per("Vũ Đức Thịnh", "PHÓ THỦ TƯỚNG")],
            events=[],
        ),
        h(
            n(),
            "Dựng nhà máy hóa chất trong KCN: những thủ tục sau khi có IRC\n\nNgoài ERC và giấy phép môi trường, chủ dự án còn phải có thẩm duyệt PCCC và kế hoạch phòng ngừa, ứng phó sự cố hóa chất trước ngày khởi công, Minh Giáp lưu ý trong bài thứ ba của loạt tư vấn.",
            "2022-04-06",
            "ministry",
            [
                "consultancy_explainer",
                "headline_lead",
                "site_brand_firm",
                "speaker_last",
                "multiline",
                "no_event",
            ],
            firms=[f("Minh Giáp")],
            events=[],
        ),
        h(
            n(),
            "• Bản sao giấy phép xây dựng;\n• Hồ sơ thẩm duyệt PCCC kèm bản vẽ tổng mặt bằng;\n• Biên bản bàn giao mốc đất của chủ đầu tư hạ tầng.",
            "2022-04-06",
            "ministry",
            ["consultancy_explainer", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.docx) (71 trang)\n\nDự án nhà máy sản xuất khí nitơ tinh khiết\n\n<b>THUYẾT MINH DỰ ÁN</b>\n\n<b>NHÀ MÁY SẢN XUẤT KHÍ NITƠ TINH KHIẾT</b>\n\n<b>Địa điểm: </b>\n\nBắc Giang",
            "2022-09-14",
            "ministry",
            [
                "document_store",
                "html_markup",
                "feasibility_study_no_deal",
                "page_count_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "<b>CHỦ ĐẦU TƯCÔNG TY </b>\n\n<i>Giám đốc</i>\n\n<b>...</b>\n\nMỤC LỤC...1\n\nCHƯƠNG I. MỞ ĐẦU...4\n\n2.2. Tình hình cung ứng nitơ cho các KCN điện tử...16",
            "2022-09-14",
            "ministry",
            [
                "document_store",
                "html_markup",
                "placeholder_investor_no_firm",
                "table_of_contents",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "II. ĐÁNH GIÁ NHU CẦU THỊ TRƯỜNG...14\n\n2.1. Nhu cầu nitơ tinh khiết của các nhà máy điện tử tại Bắc Giang...14\n\n2.2. Tình hình cung ứng khí trên cả nước...17",
            "2022-09-14",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "province_in_heading",
                "page_number_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "4.1. Địa điểm xây dựng: lô C4, KCN Quang Châu, huyện Việt Yên, tỉnh Bắc Giang; diện tích khu đất 12.500 m2.",
            "2022-09-14",
            "ministry",
            ["document_store", "site_line", "park", "district", "area", "no_event"],
            provinces=[pv("Bắc Giang")],
            areas=[ha(1.25)],
            locations=[park("Khu công nghiệp Quang Châu"), district("huyện Việt Yên")],
            events=[],
        ),
    ]
    # --- Blogs: a translated hydrogen-investment analysis (S11 r3); a start-up's blog reposting a Japanese agency's
    # English story (S17 r4) ---
    rows += [
        h(
            n(),
            "Sau cơn thanh lọc, nhà đầu tư hydro nên nhìn vào đâu?\nNgày 9 tháng 2 năm 2026\nBởi Gareth Lowe",
            "2026-02-09",
            "ministry",
            ["translated_blog", "headline_date_byline", "byline_person", "multiline", "no_event"],
            persons=[per("Gareth Lowe", None)],
            events=[],
        ),
        h(
            n(),
            "Những điểm chính\nCác vòng gọi vốn 90–120 triệu đô la đã nhường chỗ cho những khoản 10–15 triệu đô la chỉ để trụ lại; định giá nhiều công ty mất quá nửa.",
            "2026-02-09",
            "ministry",
            [
                "translated_blog",
                "bullet_heading",
                "money_range",
                "fraction_no_percentage",
                "multiline",
                "no_event",
            ],
            money=[m(90 * M, "USD"), m(120 * M, "USD"), m(10 * M, "USD"), m(15 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Khách hàng có hợp đồng bao tiêu – từ nhà máy lọc dầu tới xưởng bán dẫn cần hydro siêu sạch – mới là thứ quyết định dự án nào sống sót.",
            "2026-02-09",
            "ministry",
            ["translated_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo tác giả, ba năm tới là lúc sàng lọc: dự án có nhà nước hậu thuẫn và hợp đồng bao tiêu sẽ được rót vốn trước, phần còn lại phải chờ.",
            "2026-02-09",
            "ministry",
            ["translated_blog", "counts_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bài viết được dịch tự động từ tiếng Anh; số liệu có thể chưa cập nhật.",
            "2026-02-09",
            "ministry",
            ["translated_blog", "machine_translation_note", "language_no_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "The NNA Daily (Kyodo News Group): Quartz First – The Long Road of Saigon Quartz Materials (Part 1)\n- SQM Contact\n- Oct 2\n- 4 min read",
            "2025-10-02",
            "ministry",
            [
                E,
                "startup_blog",
                "repost_title",
                "outlet_nothing",
                "firm_in_title",
                "blog_chrome",
                "multiline",
                "no_event",
            ],
            firms=[f("Saigon Quartz Materials")],
            events=[],
        ),
        h(
            n(),
            "Founded in 2023 and based in Ho Chi Minh City, Saigon Quartz Materials wants a high-purity quartz plant running in Thanh Hoa province by 2027, the first link of a chain that ends in wafers and the gases etched onto them.",
            "2025-10-02",
            "ministry",
            [
                E,
                "startup_blog",
                "planned_plant_announced",
                "no_amount",
                "province_in_firm_name_none",
                "no_date",
            ],
            firms=[f("Saigon Quartz Materials")],
            provinces=[pv("Hồ Chí Minh"), pv("Thanh Hóa")],
            deals=[deal("investment", ["Saigon Quartz Materials"], None, TH)],
            events=[
                ev("investment_announcement", [F("Saigon Quartz Materials")], None, None, TH, "announced")
            ],
        ),
        h(
            n(),
            "“Forming circuits on wafers eats enormous capital; a start-up has to come in further upstream,” chief executive Tran Bao Long told NNA.",
            "2025-10-02",
            "ministry",
            [E, "startup_blog", "quote_first", "role_before_name", "outlet_nothing", "no_event"],
            persons=[per("Tran Bao Long", "chief executive")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a state chemical arm and a chemical maker sign a contract to supply electronic-grade acid to a
    # display plant (S5 r2) ---
    rows += [
        h(
            n(),
            " date 2026-02-25 (TBTCO) - Axit sunfuric và hydro peroxit cấp điện tử cho nhà máy tấm nền của Yeonhwa Display ở Hải Phòng sẽ do Công ty cổ phần Hóa chất Bạch Hạc (Bahachem) sản xuất và Tổng Công ty Hóa chất và Dịch vụ Hồng Lam - CTCP (HLChem) giao nhận, theo hợp đồng hai bên ký chiều 24/2 tại Hà Nội.",
            "2026-02-25",
            "ministry",
            [
                "page_date_chrome",
                "outlet_prefix_nothing",
                "object_first",
                "supply_contract_signed",
                "producer_first",
                "customer_no_party",
                "ctcp_suffix",
                "bracketed_acronym_no_second_entry",
                "signing_city_no_site",
                "deal_date",
            ],
            firms=[
                f("Yeonhwa Display"),
                f("Hóa chất Bạch Hạc", "Công ty CP"),
                f("Hóa chất và Dịch vụ Hồng Lam", "Tổng công ty"),
            ],
            provinces=[pv("Hải Phòng"), pv("Hà Nội")],
            deals=[
                deal(
                    "supply_contract",
                    ["Hóa chất Bạch Hạc", "Hóa chất và Dịch vụ Hồng Lam"],
                    None,
                    None,
                    "2026-02-24",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Hóa chất Bạch Hạc"), F("Hóa chất và Dịch vụ Hồng Lam")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Hai bên đều là đơn vị nòng cốt của hai tập đoàn nhà nước: HLChem thuộc Tập đoàn Năng lượng Hồng Lam, còn Bahachem là thành viên Tập đoàn Hóa chất Trường Sơn (Truongson Chem).",
            "2026-02-25",
            "ministry",
            ["parent_groups", "bracketed_acronym_no_second_entry", "no_event"],
            firms=[
                f("HLChem"),
                f("Năng lượng Hồng Lam", "Tập đoàn"),
                f("Bahachem"),
                f("Hóa chất Trường Sơn", "Tập đoàn"),
            ],
            events=[],
        ),
        h(
            n(),
            "Đại diện HLChem và Bahachem trao văn bản hợp đồng sau lễ ký.",
            "2026-02-25",
            "ministry",
            ["caption", "supply_contract_signed", "producer_first", "caption_order_changed"],
            firms=[f("HLChem"), f("Bahachem")],
            deals=[deal("supply_contract", ["Bahachem", "HLChem"])],
            events=[ev("supply_contract", [F("Bahachem"), F("HLChem")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Khối lượng cả hợp đồng là 41.500 tấn, giao trong ba năm 2026 - 2028 bằng xe bồn chuyên dụng tới kho hóa chất của nhà máy.",
            "2026-02-25",
            "ministry",
            ["terms_of_same_contract", "tonnage_no_count", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm nhà máy màn hình này dùng chừng 14.000 tấn axit các loại, xưa nay phần lớn nhập từ Hàn Quốc và Nhật Bản.",
            "2026-02-25",
            "ministry",
            ["customer_plant_no_firm", "tonnage_no_count", "country_list", "no_event"],
            locations=[country("Hàn Quốc"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Trước đây, hai đơn vị từng phối hợp trong một số gói thầu hóa chất cơ bản cho ngành lọc dầu.",
            "2026-02-25",
            "ministry",
            ["past_cooperation_vague_no_deal", "anaphoric_parties", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "HLChem đã trúng gói thầu cung ứng hóa chất cho nhà máy của Yeonhwa Display từ tháng 12/2025 và chọn Bahachem làm nhà sản xuất.",
            "2026-02-25",
            "ministry",
            ["tender_won_recalled", "supply_deal_no_event", "supplier_first", "month_no_date"],
            firms=[f("HLChem"), f("Yeonhwa Display"), f("Bahachem")],
            deals=[deal("supply_contract", ["HLChem", "Yeonhwa Display"])],
            events=[],
        ),
        h(
            n(),
            "Chứng kiến lễ ký có ông Vũ Đình Khang, Phó Tổng giám đốc Tập đoàn Năng lượng Hồng Lam, và bà Trịnh Mai Anh, Chủ tịch HĐQT Tập đoàn Hóa chất Trường Sơn.",
            "2026-02-25",
            "ministry",
            ["attendee_list", "attendee_no_party", "role_after_name", "no_event"],
            persons=[
                per("Vũ Đình Khang", "Phó Tổng giám đốc Tập đoàn Năng lượng Hồng Lam"),
                per("Trịnh Mai Anh", "Chủ tịch HĐQT Tập đoàn Hóa chất Trường Sơn"),
            ],
            firms=[f("Năng lượng Hồng Lam", "Tập đoàn"), f("Hóa chất Trường Sơn", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "“Lần đầu hóa chất cấp điện tử làm trong nước lọt vào chuỗi cung ứng của một nhà máy màn hình FDI,” ông Bảo nói, và cho biết dự án nội địa hoá này bám theo Quyết định số 1948/QĐ-TTg ngày 14/11/2025.",
            "2026-02-25",
            "ministry",
            ["quote_first", "surname_alone_no_person", "old_tone", "decision_dated", "no_event"],
            decisions=[d("1948/QĐ-TTg", "2025-11-14")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a state chemical arm and a German gas group sign a joint-venture contract for a gas plant
    # (S7 r2) ---
    rows += [
        h(
            n(),
            " date 2025-11-12 Một nhà máy khí công nghiệp 41 triệu USD ở KCN Phú Mỹ 3 sẽ do Công ty TNHH Khí Công nghiệp Tân Thành xây và vận hành: đây là liên doanh mà Tổng Công ty Hóa chất và Dịch vụ Hồng Lam - CTCP (HLChem) và tập đoàn Khí Công nghiệp Kaltberg SE & Co. KGaA (CHLB Đức) ký hợp đồng thành lập sáng 11/11.",
            "2025-11-12",
            "ministry",
            [
                "page_date_chrome",
                "amount_first",
                "joint_venture_contract",
                "consortium_one_deal",
                "jv_company_no_party",
                "foreign_legal_form_kept",
                "ctcp_suffix",
                "park_names_no_province",
                "country_bracket",
                "deal_date",
            ],
            firms=[
                f("Khí Công nghiệp Tân Thành", "Công ty TNHH"),
                f("Hóa chất và Dịch vụ Hồng Lam", "Tổng công ty"),
                f("Khí Công nghiệp Kaltberg", "SE & Co. KGaA"),
            ],
            money=[m(41 * M, "USD")],
            locations=[park("Khu công nghiệp Phú Mỹ 3"), country("CHLB Đức")],
            deals=[
                deal(
                    "investment",
                    ["Hóa chất và Dịch vụ Hồng Lam", "Khí Công nghiệp Kaltberg"],
                    41 * M,
                    None,
                    "2025-11-11",
                )
            ],
            events=[
                ev(
                    "joint_venture",
                    [F("Hóa chất và Dịch vụ Hồng Lam"), F("Khí Công nghiệp Kaltberg")],
                    41 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Công suất thiết kế 180.000 tấn/năm; nếu đúng lịch, nhà máy khởi công cuối năm 2027 và bán khí thương mại từ cuối năm 2029.",
            "2025-11-12",
            "ministry",
            ["capacity_no_count", "planned_groundbreaking_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điểm khác biệt: nhiệt lạnh thừa từ kho LNG kề bên của HLGas được dùng để làm lạnh sâu không khí, thay cho một phần máy nén.",
            "2025-11-12",
            "ministry",
            ["technology_line", "no_event"],
            firms=[f("HLGas")],
            events=[],
        ),
        h(
            n(),
            "Theo HLChem, đây sẽ là nhà máy khí đầu tiên trong nước kết hợp tách khí lạnh sâu với thu hồi nhiệt lạnh của LNG.",
            "2025-11-12",
            "ministry",
            ["source_first", "ordinal_no_count", "no_event"],
            firms=[f("HLChem")],
            events=[],
        ),
        h(
            n(),
            "Theo thoả thuận, HLChem nắm 51% vốn liên doanh, phần còn lại 49% thuộc Kaltberg.",
            "2025-11-12",
            "ministry",
            ["old_tone", "shareholding_no_deal", "percentage", "no_event"],
            firms=[f("HLChem"), f("Kaltberg")],
            percentages=[51, 49],
            events=[],
        ),
        h(
            n(),
            "Có mặt ở Việt Nam từ năm 1998, Kaltberg hiện vận hành nhà máy ở Hải Phòng, Thái Nguyên, Quảng Ngãi, Bình Dương và Tây Ninh; tập đoàn hoạt động tại hơn 50 quốc gia.",
            "2025-11-12",
            "ministry",
            ["nfd", "profile", "existing_plants_no_deal", "province_list", "count", "approx", "no_event"],
            firms=[f("Kaltberg")],
            provinces=[
                pv("Hải Phòng"),
                pv("Thái Nguyên"),
                pv("Quảng Ngãi"),
                pv("Bình Dương"),
                pv("Tây Ninh"),
            ],
            quantities=[c(50, "quốc gia", True)],
            events=[],
        ),
        h(
            n(),
            "Gần 112.000 tỷ đồng, tức chừng 4,1 tỷ euro: đó là doanh thu năm ngoái của tập đoàn Đức.",
            "2025-11-12",
            "ministry",
            ["profile", "amount_first", "revenue_no_deal", "country_word", "approx", "no_event"],
            money=[m(112_000 * B, "VND", approx=True), m(4.1 * B, "EUR", approx=True)],
            locations=[country("Đức")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI feature with related links (S9 r3) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Năm 2023 nhiều khó khăn, nhưng dòng vốn ngoại vào vật liệu điện tử, khí và hóa chất phục vụ sản xuất chip vẫn được giới phân tích chờ đợi sẽ tăng.",
            "2023-08-02",
            "ministry",
            [
                "feature_lead",
                "outlet_prefix_nothing",
                "forecast_no_deal",
                "year_no_count",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "- Vốn ngoại vào khí công nghiệp: 7 tháng bằng cả năm 2022\n- Nhật Bản dồn tiền cho vật liệu bán dẫn",
            "2023-08-02",
            "ministry",
            ["related_links", "duration_no_count", "country_word", "multiline", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Xem thêm: Nhà máy khí 2.000 tỷ đồng ở phía Bắc lùi tiến độ",
            "2023-08-02",
            "ministry",
            ["related_link", "plant_without_firm", "region_nothing", "no_event"],
            money=[m(2_000 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Theo Tổng cục Thống kê, vốn ngoại đăng ký sáu tháng đầu năm lùi 5,1% so với cùng kỳ, còn khoảng 12,9 tỉ đô la Mỹ.",
            "2023-08-02",
            "ministry",
            [
                "nfd",
                "feature",
                "source_first",
                "running_total_no_deal",
                "ti_spelling",
                "percentage",
                "approx",
                "no_event",
            ],
            organizations=["Tổng cục Thống kê"],
            percentages=[5.1],
            money=[m(12.9 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Riêng Bắc Ninh và Bắc Giang đã hút chừng 40% vốn ngoại vào ngành điện tử của cả nước năm qua.",
            "2023-08-02",
            "ministry",
            ["feature", "province_pair", "percentage", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Cơ hội nằm ở các nhà cung cấp khí và hoá chất đi theo khách hàng chip, theo ông Đỗ Văn Hiển, Viện trưởng Viện Nghiên cứu Hóa chất Công nghiệp.",
            "2023-08-02",
            "ministry",
            ["feature", "speaker_last", "role_after_name", "old_tone", "no_event"],
            persons=[per("Đỗ Văn Hiển", "Viện trưởng Viện Nghiên cứu Hóa chất Công nghiệp")],
            organizations=["Viện Nghiên cứu Hóa chất Công nghiệp"],
            events=[],
        ),
        h(
            n(),
            "Một nhà cung cấp khí Nhật cho biết đã có ba khách hàng bán dẫn hỏi về nguồn nitơ đường ống ở phía Bắc.",
            "2023-08-02",
            "ministry",
            ["feature", "firm_unnamed", "count_in_words", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean cleaning-chemicals maker expanding in Bắc Ninh, with a recalled Thái Nguyên plant
    # (S13 r2) ---
    rows += [
        h(
            n(),
            "ThienNhien.Net – Được UBND tỉnh Bắc Ninh giao thêm đất ở KCN Quế Võ, Công ty TNHH Daeil Chemical Vina (Hàn Quốc) đang chuẩn bị mở rộng xưởng pha chế hóa chất tẩy rửa cho các dây chuyền điện tử.",
            "2013-07-18",
            "provincial",
            [
                "nfd",
                "outlet_prefix_nothing",
                "expansion_plan_announced",
                "no_amount",
                "land_allocation_no_party",
                "vina_dropped",
                "country_bracket",
                "park",
            ],
            firms=[f("Daeil Chemical", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Quế Võ"), country("Hàn Quốc")],
            deals=[deal("investment", ["Daeil Chemical"], None, BN)],
            events=[ev("investment_announcement", [F("Daeil Chemical")], None, None, BN, "announced")],
        ),
        h(
            n(),
            "Có mặt ở Bắc Ninh từ năm 2008, hồi tháng 3 Daeil còn dựng thêm một xưởng 9 triệu USD ở Thái Nguyên.",
            "2013-07-18",
            "provincial",
            ["recalled_plant", "deal_no_event", "month_no_date", "year_no_count"],
            firms=[f("Daeil")],
            provinces=[pv("Bắc Ninh"), pv("Thái Nguyên")],
            money=[m(9 * M, "USD")],
            deals=[deal("investment", ["Daeil"], 9 * M, TN)],
            events=[],
        ),
        h(
            n(),
            "Khách hàng lớn nhất của Daeil là hai tổ hợp điện thoại của Samsung ở Bắc Ninh và Thái Nguyên.",
            "2013-07-18",
            "provincial",
            ["customer_no_deal", "count_in_words", "nfd", "no_event"],
            firms=[f("Daeil"), f("Samsung")],
            provinces=[pv("Bắc Ninh"), pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Hiện công ty có khoảng 650 công nhân, con số dự kiến lên 1.100 người khi xưởng mới chạy.",
            "2013-07-18",
            "provincial",
            ["anaphoric_firm_no_firm", "count", "approx", "no_event"],
            quantities=[c(650, "công nhân", True), c(1100, "người")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a display maker's capital increase in Hải Phòng and its etching-chemicals supplier's top-up
    # (S14 r3) ---
    rows += [
        h(
            n(),
            "Yeonhwa Display được rót thêm 1,2 tỷ USD ở Hải Phòng\nThêm 1,2 tỷ USD cho nhà máy tấm nền OLED của Yeonhwa Display ở KCN Tràng Duệ vừa được cấp phép, nâng vốn của hãng Hàn Quốc tại Việt Nam lên 5,4 tỷ USD, theo Ban Quản lý Khu kinh tế Hải Phòng.",
            "2024-11-16",
            "ministry",
            [
                "headline_lead",
                "capital_increase_licensed",
                "amount_first",
                "passive",
                "licence_no_grantor",
                "source_not_grantor",
                "new_total_money_only",
                "country_word",
                "province_in_org_name",
                "park",
                "multiline",
            ],
            firms=[f("Yeonhwa Display")],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            money=[m(1.2 * B, "USD"), m(5.4 * B, "USD")],
            locations=[park("Khu công nghiệp Tràng Duệ"), country("Hàn Quốc")],
            deals=[deal("investment", ["Yeonhwa Display"], 1.2 * B, HP)],
            events=[ev("investment_licence", [F("Yeonhwa Display")], 1.2 * B, "USD", HP, "licensed")],
        ),
        h(
            n(),
            "Từ 1,3 tỷ USD ban đầu năm 2016, dự án đã qua nhiều lần tăng vốn; nhà máy hiện có trên 21.000 công nhân, xuất khẩu bình quân 5,2 tỷ USD/năm và nộp ngân sách khoảng 950 tỷ đồng mỗi năm.",
            "2024-11-16",
            "ministry",
            ["project_history_no_firm", "money_per_year", "count", "approx", "no_event"],
            money=[
                m(1.3 * B, "USD"),
                m(5.2 * B, "USD", "year"),
                m(950 * B, "VND", "year", True),
            ],
            quantities=[c(21000, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Hóa chất ăn mòn, khí NF3 và nitơ siêu sạch cho dây chuyền mới sẽ được mua của các nhà cung cấp sẵn có trong KCN, đại diện Yeonhwa cho biết.",
            "2024-11-16",
            "ministry",
            ["sourcing_plan_no_deal", "generic_park_no_location", "speaker_last", "no_event"],
            firms=[f("Yeonhwa")],
            events=[],
        ),
        h(
            n(),
            "Cũng tại Tràng Duệ, Công ty TNHH Cheongsol Materials, đối tác cung ứng hóa chất khắc của Yeonhwa, được điều chỉnh tăng vốn thêm 110 triệu USD, lên 265 triệu USD.",
            "2024-11-16",
            "ministry",
            [
                "capital_increase_licensed",
                "licence_no_grantor",
                "place_alone_nothing",
                "increase_not_total",
                "supplier_apposition",
                "no_site",
            ],
            firms=[f("Cheongsol Materials", "Công ty TNHH"), f("Yeonhwa")],
            money=[m(110 * M, "USD"), m(265 * M, "USD")],
            deals=[deal("investment", ["Cheongsol Materials"], 110 * M)],
            events=[ev("investment_licence", [F("Cheongsol Materials")], 110 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Khi mở rộng xong, xưởng của Cheongsol dự kiến pha chế khoảng 9.500 tấn hoá chất khắc mỗi năm, gấp đôi hiện nay.",
            "2024-11-16",
            "ministry",
            ["capacity_no_count", "multiplier_nothing", "old_tone", "no_event"],
            firms=[f("Cheongsol")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền tấm nền của Yeonhwa Display ở Hải Phòng. Ảnh: Yeonhwa",
            "2024-11-16",
            "ministry",
            ["caption", "firm_photo_credit", "short_name_credit_second_entry", "no_event"],
            firms=[f("Yeonhwa Display"), f("Yeonhwa")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Hãng tấm nền lớn thứ hai thế giới này có nhà máy ở Hàn Quốc, Trung Quốc và Việt Nam; màn hình của họ dùng cho TV, máy tính bảng và bảng điều khiển ô tô.",
            "2024-11-16",
            "ministry",
            ["profile", "anaphoric_firm_no_firm", "ordinal_no_count", "country_list", "no_event"],
            locations=[country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Foreign-language pages read for their shapes only, rendered here in Vietnamese: a Chinese explainer on wet
    # electronic chemicals (S4 r3), a French paywalled brief on a gas group's plants in Taiwan (S6 r2), a Japanese note on
    # a gas maker's second filling plant (S6 r3), a Japanese report of a German gas group's plant started inside a steel
    # complex (S6 r4 = S7 r1 = S8 r1 = S16 r4 = S18 r3 = S20 r4: one page six times), a Thai hydrogen handbook on a
    # document site (S11 r2), a Thai page on a Chinese hydrogen groundbreaking (S11 r4) ---
    rows += [
        h(
            n(),
            "Khắc, rửa, hiện hình, bóc lớp cản quang: công đoạn nào trong nhà máy chip cũng cần hóa chất ướt, loại có độ tinh khiết từ 99,99% trở lên.",
            "2023-12-14",
            "ministry",
            ["foreign_page_rendered", "list_first", "percentage", "no_event"],
            percentages=[99.99],
            events=[],
        ),
        h(
            n(),
            "• Dùng nhiều nhất là hydro peroxit, axit flohydric và axit sunfuric; nhóm hóa chất thông dụng chiếm khoảng 86% tổng nhu cầu.",
            "2023-12-14",
            "ministry",
            ["foreign_page_rendered", "bullet", "percentage", "no_event"],
            percentages=[86],
            events=[],
        ),
        h(
            n(),
            "Năm 2022, vi mạch chiếm 44% lượng tiêu thụ, tấm nền hiển thị 28% và pin mặt trời 19%.",
            "2023-12-14",
            "ministry",
            ["foreign_page_rendered", "percentage_list", "nfd", "no_event"],
            percentages=[44, 28, 19],
            events=[],
        ),
        h(
            n(),
            "Loại thông dụng càng lên cấp tinh khiết cao, giá trị gia tăng càng lớn; nhóm hóa chất chức năng thì được pha theo từng công đoạn.",
            "2023-12-14",
            "ministry",
            ["foreign_page_rendered", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Orvalle rót 180 triệu euro vào Đài Loan\nDù dịch bệnh, hãng khí công nghiệp Pháp vẫn dựng bốn dây chuyền trên hai khu công nghiệp của hòn đảo, gồm hai cụm tách khí và hai cụm làm hydro.\n[...] Bài viết dành cho độc giả trả phí",
            "2020-05-19",
            "ministry",
            [
                "foreign_page_rendered",
                "paywall_chrome",
                "plant_abroad_no_deal",
                "country_word",
                "counts_in_words",
                "multiline",
                "no_event",
            ],
            firms=[f("Orvalle")],
            money=[m(180 * M, "EUR")],
            locations=[country("Đài Loan"), country("Pháp")],
            events=[],
        ),
        h(
            n(),
            "Kasumi Air mở nhà máy nạp khí thứ hai ở Việt Nam, tiến ra miền Bắc",
            "2019-09-30",
            "ministry",
            [
                "foreign_page_rendered",
                "headline_only",
                "inauguration_no_capital",
                "no_site",
                "ordinal_no_count",
                "no_date",
            ],
            firms=[f("Kasumi Air")],
            events=[ev("inauguration", [F("Kasumi Air")], None, None, None, "completed")],
        ),
        h(
            n(),
            "KCN Châu Sơn ở Hà Nam sẽ có nhà máy nạp khí thứ hai của Kasumi Air Việt Nam từ ngày 1/10: công ty con của tập đoàn khí Nhật Bản này vừa báo tin, cho biết cơ sở rộng chừng 1,8 ha và có cả dàn nạp heli.",
            "2019-09-30",
            "ministry",
            [
                "nfd",
                "foreign_page_rendered",
                "place_first",
                "inauguration_no_capital",
                "start_of_operation",
                "vietnam_dropped",
                "country_word",
                "area",
                "approx",
            ],
            firms=[f("Kasumi Air")],
            provinces=[pv("Hà Nam")],
            areas=[ha(1.8, True)],
            locations=[park("Khu công nghiệp Châu Sơn"), country("Nhật Bản")],
            events=[ev("inauguration", [F("Kasumi Air")], None, None, NB, "completed")],
        ),
        h(
            n(),
            "Cơ sở đầu tiên của Kasumi Air ở Việt Nam nằm ở Bà Rịa - Vũng Tàu từ năm 2015, gồm dây chuyền hóa lỏng oxy, nitơ, argon và trạm nạp; năm 2017 công ty mở thêm văn phòng ở Hà Nội.",
            "2019-09-30",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_plant",
                "deal_no_event",
                "office_no_deal",
                "ordinal_no_count",
            ],
            firms=[f("Kasumi Air")],
            provinces=[pv("Bà Rịa - Vũng Tàu"), pv("Hà Nội")],
            deals=[deal("investment", ["Kasumi Air"], None, HCM)],
            events=[],
        ),
        h(
            n(),
            "Trong tương lai, công ty tính dựng thêm một dây chuyền khí hóa lỏng ngay trong khuôn viên nhà máy mới.",
            "2019-09-30",
            "ministry",
            ["foreign_page_rendered", "anaphoric_firm_no_firm", "plan_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Đức Kaltberg chạy nhà máy khí công nghiệp lớn nhất Việt Nam\n08/10/2010 07:16 JST",
            "2010-10-08",
            "ministry",
            [
                "foreign_page_rendered",
                "headline_only",
                "inauguration_no_capital",
                "no_site",
                "country_word",
                "timestamp",
                "multiline",
            ],
            firms=[f("Kaltberg", "Tập đoàn")],
            locations=[country("Đức")],
            events=[ev("inauguration", [F("Kaltberg")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Nhà máy khí lớn nhất cả nước đã chạy từ ngày 5 trong khu liên hợp gang thép của Thép Lam Sơn ở Nghi Sơn (Thanh Hoá): chủ đầu tư là Công ty TNHH Khí Công nghiệp Kaltberg Hải Phòng, đơn vị của tập đoàn Kaltberg (Đức), với 18 triệu USD (khoảng 1,5 tỷ yen).",
            "2010-10-08",
            "ministry",
            [
                "foreign_page_rendered",
                "inauguration_with_capital",
                "host_firm_mention",
                "day_without_month_no_date",
                "province_in_firm_name_none",
                "old_tone",
                "bracketed_conversion",
                "approx",
            ],
            firms=[
                f("Thép Lam Sơn"),
                f("Khí Công nghiệp Kaltberg Hải Phòng", "Công ty TNHH"),
                f("Kaltberg", "Tập đoàn"),
            ],
            provinces=[pv("Thanh Hóa")],
            money=[m(18 * M, "USD"), m(1.5 * B, "JPY", approx=True)],
            locations=[country("Đức")],
            deals=[deal("investment", ["Khí Công nghiệp Kaltberg Hải Phòng"], 18 * M, TH)],
            events=[
                ev(
                    "inauguration",
                    [F("Khí Công nghiệp Kaltberg Hải Phòng")],
                    18 * M,
                    "USD",
                    TH,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Mỗi ngày nhà máy tách được 480 tấn nitơ và 290 tấn oxy dạng khí, cùng 95 tấn oxy, nitơ lỏng và 9 tấn argon lỏng, cấp cho khu gang thép và thị trường miền Bắc.",
            "2010-10-08",
            "ministry",
            ["foreign_page_rendered", "capacities_no_count", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hợp đồng cấp khí dài hạn cho khu gang thép đã được Kaltberg và Thép Lam Sơn ký từ tháng 11/2007, tiền đề của dự án.",
            "2010-10-08",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_contract",
                "supply_deal_no_event",
                "gas_supplier_first",
                "passive",
                "month_no_date",
            ],
            firms=[f("Kaltberg"), f("Thép Lam Sơn")],
            deals=[deal("supply_contract", ["Kaltberg", "Thép Lam Sơn"])],
            events=[],
        ),
        h(
            n(),
            "Sổ tay kiến thức về năng lượng hydro\n\nUpload: others\n\nPost on 21-Sep-2020\n\n3 views\n\nCategory:\n\nDocuments\n\n\n0 download",
            "2020-09-21",
            "ministry",
            [
                "foreign_page_rendered",
                "document_store",
                "english_chrome",
                "view_counter_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Ngày 18/10, dự án tận dụng hydro cấp pin nhiên liệu theo chu trình xanh khép kín do Công ty Hydro Phong Diệp, Tập đoàn Hằng Dương (mã 002517) và Công ty Năng lượng Long Trạch cùng phát triển đã chính thức khởi công ở Lạc Dương (Trung Quốc).",
            "2024-10-20",
            "ministry",
            [
                "foreign_page_rendered",
                "groundbreaking_abroad_no_deal",
                "stock_code_nothing",
                "foreign_city_nothing",
                "country_bracket",
                "no_event",
            ],
            firms=[
                f("Hydro Phong Diệp", "Công ty"),
                f("Hằng Dương", "Tập đoàn"),
                f("Năng lượng Long Trạch", "Công ty"),
            ],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Dự lễ có Chủ tịch Hydro Phong Diệp Tần Hiểu Phong, Phó Bí thư kiêm Tổng giám đốc Hằng Dương Hàn Nghị Tùng cùng lãnh đạo huyện sở tại.",
            "2024-10-20",
            "ministry",
            ["foreign_page_rendered", "attendee_list", "role_before_name", "no_event"],
            persons=[
                per("Tần Hiểu Phong", "Chủ tịch Hydro Phong Diệp"),
                per("Hàn Nghị Tùng", "Phó Bí thư kiêm Tổng giám đốc Hằng Dương"),
            ],
            firms=[f("Hydro Phong Diệp"), f("Hằng Dương")],
            events=[],
        ),
        h(
            n(),
            "Hydro được tách từ khí lò cốc rồi tinh chế lên cấp pin nhiên liệu, cấp cho đội xe tải chạy trong khu công nghiệp.",
            "2024-10-20",
            "ministry",
            ["foreign_page_rendered", "generic_park_no_location", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a trade magazine on a French gas group's two new air separation units (S6 r1 = S17 r1 = S18 r4 =
    # S20 r1: one page four times) ---
    rows += [
        h(
            n(),
            "Two air separation units have just been brought on stream by Orvalle in southern Vietnam, where the French gases group has put close to €34m into the plants and the supply chain around them.",
            "2013-03-20",
            "ministry",
            [
                E,
                "object_first",
                "inauguration_with_capital",
                "adjective_no_country",
                "region_nothing",
                "euro_sign",
                "approx",
                "no_site",
            ],
            firms=[f("Orvalle")],
            money=[m(34 * M, "EUR", approx=True)],
            deals=[deal("investment", ["Orvalle"], 34 * M)],
            events=[ev("inauguration", [F("Orvalle")], 34 * M, "EUR", None, "completed")],
        ),
        h(
            n(),
            "The first, at Saigon Hi-Tech Park, feeds gaseous nitrogen to the biggest assembly and test plant of a leading chipmaker under a long-term contract, and can also turn out 110 tpd of liquid oxygen, nitrogen and argon.",
            "2013-03-20",
            "ministry",
            [
                E,
                "contract_unnamed_customer_no_deal",
                "english_park_no_location",
                "capacity_no_count",
                "ordinal_no_count",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Near Ho Chi Minh City, at the Phu My 1 industrial park, the second unit pipes air gases and hydrogen to steelmakers and can make 170 tpd of liquefied product.",
            "2013-03-20",
            "ministry",
            [
                E,
                "place_first",
                "unit_no_firm",
                "near_city_mention",
                "english_park_no_location",
                "capacity_no_count",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "“Five ASUs in the country’s two big industrial basins give us the largest installed capacity in Vietnam,” said Laurent Mercadier, Orvalle’s senior vice-president for Asia-Pacific.",
            "2013-03-20",
            "ministry",
            [
                E,
                "quote_first",
                "role_after_name",
                "possessive_role",
                "counts_in_words",
                "region_in_role",
                "no_event",
            ],
            persons=[per("Laurent Mercadier", "Orvalle’s senior vice-president for Asia-Pacific")],
            firms=[f("Orvalle")],
            events=[],
        ),
        h(
            n(),
            "Orvalle was handed Vietnam's first Golden FDI Award earlier this year, and calls the country, with almost 100 million people, a market it cannot ignore.",
            "2013-03-20",
            "ministry",
            [E, "award_no_deal", "ordinal_no_count", "count", "approx", "no_event"],
            firms=[f("Orvalle")],
            quantities=[c(100 * M, "people", True)],
            events=[],
        ),
    ]
    # --- English: a German gas group's newsroom on a 20-year supply contract with a steelmaker (S7 r3) ---
    rows += [
        h(
            n(),
            "Bad Soden, Germany,\n\nKaltberg to supply Lam Son Steel for 20 years\n\nOxygen, nitrogen and argon for Lam Son Steel's new works in Thanh Hoa will come by pipeline from an air separator that Kaltberg is to build on the steelmaker's site, under a contract the two signed in Hanoi on 23 October.",
            "2007-10-24",
            "ministry",
            [
                E,
                "dateline_country",
                "headline_lead",
                "object_first",
                "supply_contract_signed",
                "gas_supplier_first",
                "signing_city_no_site",
                "duration_no_count",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Kaltberg"), f("Lam Son Steel")],
            provinces=[pv("Thanh Hóa"), pv("Hà Nội")],
            locations=[country("Germany")],
            deals=[deal("supply_contract", ["Kaltberg", "Lam Son Steel"], None, None, "2007-10-23")],
            events=[ev("supply_contract", [F("Kaltberg"), F("Lam Son Steel")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Kaltberg has budgeted around EUR 11 million for the separator and a liquefier beside it, enough for 14,000 cubic metres of oxygen an hour.",
            "2007-10-24",
            "ministry",
            [
                E,
                "announced_investment",
                "plant_outlay_apart_from_contract",
                "capacity_no_count",
                "approx",
                "no_site",
            ],
            firms=[f("Kaltberg")],
            money=[m(11 * M, "EUR", approx=True)],
            deals=[deal("investment", ["Kaltberg"], 11 * M)],
            events=[ev("investment_announcement", [F("Kaltberg")], 11 * M, "EUR", None, "announced")],
        ),
        h(
            n(),
            "“North Vietnam is about to take off, and this contract puts us in the middle of it,” said owner and managing director Conrad Kaltberg.",
            "2007-10-24",
            "ministry",
            [E, "quote_first", "role_before_name", "person_sharing_firm_name", "region_nothing", "no_event"],
            persons=[per("Conrad Kaltberg", "owner and managing director")],
            events=[],
        ),
        h(
            n(),
            "A second separator, for shipyards in central Vietnam, is being planned by Kaltberg together with Song Thu Marine, a unit of the state shipbuilding group.",
            "2007-10-24",
            "ministry",
            [
                E,
                "planned_joint_plant",
                "consortium_one_deal",
                "joint_venture_announced",
                "passive",
                "ordinal_no_count",
                "no_site",
            ],
            firms=[f("Kaltberg"), f("Song Thu Marine")],
            deals=[deal("investment", ["Kaltberg", "Song Thu Marine"])],
            events=[
                ev("joint_venture", [F("Kaltberg"), F("Song Thu Marine")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "Kaltberg has sold gases in Vietnam for ten years, mostly from cylinder-filling sites, Vietnam general manager Miguel Ortega said.",
            "2007-10-24",
            "ministry",
            [E, "profile", "count_in_words", "role_before_name", "no_event"],
            persons=[per("Miguel Ortega", "Vietnam general manager")],
            firms=[f("Kaltberg")],
            events=[],
        ),
    ]
    # --- English: the same group's corporate news page on a 25-year contract for two plants, with cookie banner and
    # press contact (S7 r4) ---
    rows += [
        h(
            n(),
            "This site uses cookies for statistics and to tailor content; by staying on it you accept them.\n\nHannah Roth\n\nCorporate Communications\n\nPress Officer\n\n+49 2151 4407-118",
            "2017-04-18",
            "ministry",
            [
                E,
                "cookie_banner",
                "press_contact",
                "label_role_below_name",
                "department_nothing",
                "phone_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Hannah Roth", "Press Officer")],
            events=[],
        ),
        h(
            n(),
            "Two gas plants able to deliver a combined 75,000 standard cubic metres of oxygen an hour will rise in Ha Tinh's Vung Ang Economic Zone for Lam Son Steel, which signed a 25-year pipeline supply contract with Kaltberg in Hanoi on 17 April.",
            "2017-04-18",
            "ministry",
            [
                E,
                "object_first",
                "supply_contract_signed",
                "gas_supplier_first",
                "english_zone_no_location",
                "province_possessive",
                "signing_city_no_site",
                "capacity_no_count",
                "counts_in_words",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Lam Son Steel"), f("Kaltberg")],
            provinces=[pv("Hà Tĩnh"), pv("Hà Nội")],
            deals=[deal("supply_contract", ["Kaltberg", "Lam Son Steel"], None, None, "2017-04-17")],
            events=[ev("supply_contract", [F("Kaltberg"), F("Lam Son Steel")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Kaltberg is putting more than 85 million US dollars into the two plants, the biggest industrial-gas project in the country; start-up is set for late 2018.",
            "2017-04-18",
            "ministry",
            [E, "announced_investment", "plant_outlay_apart_from_contract", "approx", "no_site"],
            firms=[f("Kaltberg")],
            money=[m(85 * M, "USD", approx=True)],
            deals=[deal("investment", ["Kaltberg"], 85 * M)],
            events=[ev("investment_announcement", [F("Kaltberg")], 85 * M, "USD", None, "announced")],
        ),
    ]
    # --- English: a trade magazine's paywalled brief and a news site's copy with its credit line on a Japanese gas joint
    # venture's onsite order from a steelmaker (S8 r3 = S18 r1; S18 r2) ---
    rows += [
        h(
            n(),
            "An onsite oxygen order from Tay Do Steel, the country's largest electric-arc steelmaker, has gone to Viet Hoshi Gas (VHG), the joint venture of Hoshizora Sanso and Mizuta Shokai.\n... to continue reading you must be subscribed",
            "2010-03-18",
            "ministry",
            [
                E,
                "object_first",
                "order_won_supply_contract",
                "supplier_first",
                "jv_parents_mentions",
                "bracketed_acronym_no_second_entry",
                "paywall_chrome",
                "multiline",
            ],
            firms=[
                f("Tay Do Steel"),
                f("Viet Hoshi Gas"),
                f("Hoshizora Sanso"),
                f("Mizuta Shokai"),
            ],
            deals=[deal("supply_contract", ["Viet Hoshi Gas", "Tay Do Steel"])],
            events=[
                ev("supply_contract", [F("Viet Hoshi Gas"), F("Tay Do Steel")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Viet Hoshi Gas wins order for 10,000m3/h onsite facility\n  • | Gas World | March 18, 2010 04:25 PM",
            "2010-03-18",
            "ministry",
            [
                E,
                "headline_only",
                "order_no_buyer_no_deal",
                "credit_line_outlet_nothing",
                "capacity_no_count",
                "timestamp",
                "multiline",
                "no_event",
            ],
            firms=[f("Viet Hoshi Gas")],
            events=[],
        ),
        h(
            n(),
            "The order lifts VHG's share of Vietnam's liquid gas market above 40%; the company was set up in 1997 by Mizuta Shokai and a trading house that later sold its stake to Hoshizora Sanso.",
            "2010-03-18",
            "ministry",
            [
                E,
                "market_share",
                "founding_no_deal",
                "past_stake_sale_unnamed_seller",
                "percentage",
                "no_event",
            ],
            firms=[f("VHG"), f("Mizuta Shokai"), f("Hoshizora Sanso")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "“Heavy industry here will keep growing, which is why Vietnam comes first for us,” said Hoshizora Sanso president Kenta Arakawa.",
            "2010-03-18",
            "ministry",
            [E, "quote_first", "role_before_name", "no_event"],
            persons=[per("Kenta Arakawa", "Hoshizora Sanso president")],
            firms=[f("Hoshizora Sanso")],
            events=[],
        ),
    ]
    # --- English: a trade-promotion page on a chip-equipment maker's top-up after a panel at a chip expo (S17 r2) ---
    rows += [
        h(
            n(),
            "Back\n\nLocal suppliers wanted for chip-tool makers\n\nPanelists at SemiExpo Vietnam in Hoa Lac High-Tech Park said the supply chain behind semiconductor equipment is vast, and Vietnamese firms could sell it parts, gases and chemicals.",
            "2024-11-20",
            "ministry",
            [
                E,
                "page_chrome",
                "headline_lead",
                "english_park_no_location",
                "expo_name_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Having opened a 1,800 square-metre plant at Saigon Hi-Tech Park only months ago, Dutch packaging-equipment maker Vermeulen Assembly Systems now plans to add $38 million to it.",
            "2024-11-20",
            "ministry",
            [
                E,
                "clause_first",
                "announced_investment",
                "recalled_opening_no_event",
                "adjective_no_country",
                "english_park_no_location",
                "square_metres_to_ha",
            ],
            firms=[f("Vermeulen Assembly Systems")],
            money=[m(38 * M, "USD")],
            areas=[ha(0.18)],
            deals=[deal("investment", ["Vermeulen Assembly Systems"], 38 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Vermeulen Assembly Systems")],
                    38 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "As much as 90 per cent of a finished machine's value could come from supporting industry, said Willem de Groot, Vermeulen's Asia operations director, adding that the firm must train its Vietnamese suppliers first.",
            "2024-11-20",
            "ministry",
            [E, "percentage_per_cent", "role_after_name", "possessive_role", "no_event"],
            persons=[per("Willem de Groot", "Vermeulen's Asia operations director")],
            firms=[f("Vermeulen")],
            percentages=[90],
            events=[],
        ),
    ]
    # --- English: a developer's site reposting a plan for a polysilicon plant (S19 r1), a newsletter on a Japanese
    # chemical maker's proposal (S19 r2), a provincial paper's English page on a Japanese group's two units (S19 r3) ---
    rows += [
        h(
            n(),
            "A $30 million plant making polysilicon for chips and solar cells is planned by Japan's Kitayama Corporation at the Phu My 3 Specialized Industrial Park in Ba Ria-Vung Tau, the provincial newspaper reported.",
            "2024-08-17",
            "ministry",
            [
                E,
                "object_first",
                "announced_investment",
                "possessive_country",
                "english_park_no_location",
                "source_last",
                "passive",
            ],
            firms=[f("Kitayama Corporation")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(30 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Kitayama Corporation"], 30 * M, HCM)],
            events=[
                ev("investment_announcement", [F("Kitayama Corporation")], 30 * M, "USD", HCM, "announced")
            ],
        ),
        h(
            n(),
            "Kitayama executive Hiroshi Nagata laid out the plan to provincial leaders on Thursday; the company had already signed a memorandum with park developer Thinh Phat Phu My JSC last month to lease 5 hectares.",
            "2024-08-17",
            "ministry",
            [
                E,
                "role_before_name",
                "recalled_memorandum",
                "deal_no_event",
                "weekday_no_date",
                "area",
                "meeting_no_deal",
            ],
            persons=[per("Hiroshi Nagata", "Kitayama executive")],
            firms=[f("Kitayama"), f("Thinh Phat Phu My", "JSC")],
            areas=[ha(5)],
            deals=[deal("mou", ["Kitayama", "Thinh Phat Phu My"])],
            events=[],
        ),
        h(
            n(),
            "Tran Quoc Hung, vice chairman of the Ba Ria-Vung Tau People's Committee, promised quick paperwork and asked the developer to work with local agencies.",
            "2024-08-17",
            "ministry",
            [E, "role_after_name", "province_in_org_name", "promise_no_event", "no_event"],
            persons=[per("Tran Quoc Hung", "vice chairman of the Ba Ria-Vung Tau People's Committee")],
            organizations=["Ba Ria-Vung Tau People's Committee"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            events=[],
        ),
        h(
            n(),
            "Chemicals already lead the province's industry: South Korea's Hyeonsan Vina Chemicals runs a polypropylene plant and LPG terminal there, and the $5.1 billion Bai Truoc complex was invested by Thailand's Chao Phraya Chemicals.",
            "2024-08-17",
            "ministry",
            [
                E,
                "existing_plant_no_deal",
                "investor_line_recalled",
                "deal_no_event",
                "possessive_country",
                "no_site",
            ],
            firms=[f("Hyeonsan Vina Chemicals"), f("Chao Phraya Chemicals")],
            money=[m(5.1 * B, "USD")],
            locations=[country("South Korea"), country("Thailand")],
            deals=[deal("investment", ["Chao Phraya Chemicals"], 5.1 * B)],
            events=[],
        ),
        h(
            n(),
            "Ba Ria-Vung Tau's industrial production index rose 4.1% in the first seven months, against a 0.9% fall nationwide, the statistics office said.",
            "2024-08-17",
            "ministry",
            [E, "province_possessive", "percentage", "bare_office_no_org", "no_event"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            percentages=[4.1, 0.9],
            events=[],
        ),
        h(
            n(),
            "A different view of business in Vietnam. Subscribe here.\n\nJapanese chemical firm eyes 15-hectare plant in Ba Ria-Vung Tau\n\nAsahiyama Kasei has proposed a 15-hectare factory in the southern province, according to The Investor.",
            "2023-06-02",
            "ministry",
            [
                E,
                "newsletter_chrome",
                "headline_lead",
                "proposal_no_deal",
                "adjective_no_country",
                "outlet_nothing",
                "area",
                "multiline",
                "no_event",
            ],
            firms=[f("Asahiyama Kasei")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            areas=[ha(15)],
            events=[],
        ),
        h(
            n(),
            "Vietnamese |  English |  中文 |  Báo In\n\nJapanese chemical giant to set up two Vietnam units\n\nUpdate: 28-01-2012 | 00:00:00\n\nKurobe Chemical Co. will put 5.4 billion JPY (about 70 million USD) into two new companies in Vietnam, one purifying specialty gases for chipmaking and one making silicone for LED lights.",
            "2012-01-28",
            "ministry",
            [
                E,
                "language_menu_chrome",
                "headline_lead",
                "timestamp",
                "announced_investment",
                "bracketed_conversion",
                "foreign_legal_form_kept",
                "counts_in_words",
                "no_site",
                "multiline",
            ],
            firms=[f("Kurobe Chemical", "Co.")],
            money=[m(5.4 * B, "JPY"), m(70 * M, "USD", approx=True)],
            deals=[deal("investment", ["Kurobe Chemical"], 5.4 * B)],
            events=[ev("investment_announcement", [F("Kurobe Chemical")], 5.4 * B, "JPY", None, "announced")],
        ),
        h(
            n(),
            "Kurobe Specialty Gases Vietnam Co., Ltd. will purify nitrogen trifluoride and other etching gases on an 85,000 sq.m site in Dinh Vu Industrial Park, Hai Phong; the 2.4 billion JPY plant is due on stream in March 2013.",
            "2012-01-28",
            "ministry",
            [
                E,
                "announced_investment",
                "subsidiary_plant",
                "vietnam_dropped",
                "english_park_no_location",
                "sq_m_to_ha",
                "month_no_date",
            ],
            firms=[f("Kurobe Specialty Gases", "Co., Ltd.")],
            provinces=[pv("Hải Phòng")],
            money=[m(2.4 * B, "JPY")],
            areas=[ha(8.5)],
            deals=[deal("investment", ["Kurobe Specialty Gases"], 2.4 * B, HP)],
            events=[
                ev("investment_announcement", [F("Kurobe Specialty Gases")], 2.4 * B, "JPY", HP, "announced")
            ],
        ),
        h(
            n(),
            "Its sister, Kurobe Electronics Materials Vietnam Co., Ltd., will spend 3 billion JPY on a 45,000 sq.m silicone facility in Hung Yen's Thang Long II Industrial Park. /.",
            "2012-01-28",
            "ministry",
            [
                E,
                "announced_investment",
                "subsidiary_plant",
                "vietnam_dropped",
                "province_possessive",
                "english_park_no_location",
                "sq_m_to_ha",
                "end_mark",
            ],
            firms=[f("Kurobe Electronics Materials", "Co., Ltd.")],
            provinces=[pv("Hưng Yên")],
            money=[m(3 * B, "JPY")],
            areas=[ha(4.5)],
            deals=[deal("investment", ["Kurobe Electronics Materials"], 3 * B, HY)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Kurobe Electronics Materials")],
                    3 * B,
                    "JPY",
                    HY,
                    "announced",
                )
            ],
        ),
    ]
    # --- English: a gas magazine on the German group's third unit at the steelworks (S20 r2), a news site's photo story
    # on its medical-oxygen plant (S20 r3) ---
    rows += [
        h(
            n(),
            "Lam Son Steel's works near Thanh Hoa city now draw gas from a third Kaltberg air separation unit, which the German group says is in stable operation after 14 months of building.",
            "2016-03-02",
            "ministry",
            [
                E,
                "inauguration_no_capital",
                "near_city_no_site",
                "customer_no_party",
                "adjective_no_country",
                "ordinal_no_count",
                "duration_no_count",
            ],
            firms=[f("Lam Son Steel"), f("Kaltberg")],
            provinces=[pv("Thanh Hóa")],
            events=[ev("inauguration", [F("Kaltberg")], None, None, None, "completed")],
        ),
        h(
            n(),
            "“This is the first cold box we have built in Vietnam from pre-assembled modules,” said Peter Lindner, Kaltberg's head of plant construction.",
            "2016-03-02",
            "ministry",
            [E, "quote_first", "role_after_name", "possessive_role", "no_event"],
            persons=[per("Peter Lindner", "Kaltberg's head of plant construction")],
            firms=[f("Kaltberg")],
            events=[],
        ),
        h(
            n(),
            "Inside a medical oxygen plant\n\nBy Minh Tam   July 27, 2021 | 06:12 am PT\nKaltberg Gas Vietnam's plant in central Quang Ngai, one of the country's two largest gas works, fills hundreds of oxygen cylinders a day for hospitals in the south.",
            "2021-07-27",
            "ministry",
            [
                E,
                "photo_story",
                "headline_byline_lead",
                "byline_person",
                "vietnam_dropped",
                "vague_count_none",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Tam", None)],
            firms=[f("Kaltberg Gas")],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Air is filtered and chilled until its impurities freeze out, then fed to the distillation column, where oxygen, nitrogen and argon are split apart. Photo by Kaltberg Gas Vietnam.",
            "2021-07-27",
            "ministry",
            [E, "caption", "firm_photo_credit", "vietnam_dropped", "no_event"],
            firms=[f("Kaltberg Gas")],
            events=[],
        ),
        h(
            n(),
            "Tankers of liquid oxygen line up at Kaltberg's filling station in Thuan An, Binh Duong, on July 22; each carries 16 to 20 cubic metres.",
            "2021-07-27",
            "ministry",
            [E, "caption", "town_nothing", "volume_no_count", "no_event"],
            firms=[f("Kaltberg")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
    ]
    return rows
