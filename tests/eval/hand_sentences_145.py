# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 145 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: semiconductors (chip packaging and testing plants, semiconductor
equipment and materials suppliers, chip design firms and their partners in Vietnam). Written and annotated for every
field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20
in the section comments: S1 "nhà máy đóng gói kiểm thử chip bán dẫn khu công nghiệp vốn đầu tư", S2 "Amkor Technology
Bắc Ninh nhà máy bán dẫn mở rộng", S3 "Hana Micron Vina Bắc Giang đóng gói chip nhớ", S4 "Intel Products Việt Nam nhà
máy lắp ráp kiểm định chip", S5 "nhà cung cấp thiết bị bán dẫn đặt nhà máy tại Việt Nam", S6 "vật liệu bán dẫn hóa chất
khí tinh khiết nhà máy Việt Nam đầu tư", S7 "doanh nghiệp thiết kế vi mạch Việt Nam hợp tác đối tác nước ngoài", S8
"Viettel nhà máy chế tạo chip bán dẫn khởi công", S9 "FPT Semiconductor chip ký kết hợp tác đối tác", S10 "Synopsys
Cadence trung tâm thiết kế vi mạch Việt Nam đào tạo kỹ sư", S11 "Marvell Qualcomm Nvidia trung tâm nghiên cứu phát triển
Việt Nam bán dẫn", S12 "khu công nghệ cao Đà Nẵng dự án bán dẫn giấy chứng nhận đăng ký đầu tư", S13 "khởi công nhà máy
linh kiện bán dẫn khu công nghiệp 2024 triệu USD", S14 "doanh nghiệp Việt tham gia chuỗi cung ứng bán dẫn cơ khí chính
xác nhà cung cấp", S15 "nhà máy sản xuất tấm wafer silic đế bán dẫn Việt Nam", S16 "ký biên bản ghi nhớ hợp tác bán dẫn
doanh nghiệp Hàn Quốc Nhật Bản Việt Nam", and in English S17 "Vietnam chip packaging and testing plant investment", S18
"semiconductor equipment supplier opens factory in Vietnam", S19 "Vietnamese chip design company partnership
agreement", S20 "semiconductor materials supplier Vietnam plant investment certificate". (Batches 94 and 113 had this
theme with other searches; several of the same stories came back, and none of their rows was reused: every row here was
drafted from this sample and checked against those batches too.) No sentence is taken or paraphrased from a page; the
shapes are. Firm, plant, park-building, person and byline names are invented (Tập đoàn Công nghệ Đông Sơn / Đông Sơn /
Dong Son and Đông Sơn Semiconductor / Đông Sơn IS, Tập đoàn Viễn thông Phương Bắc / PBT, Altamont / Altamont Technology,
Seonjin Micron, Hwaseong Memory, Norwell / Norwell Products / NPV, Castellan Research / Castellan and Daesung Precision,
Auralis, Kinsei Denki / Kinsei Denki Corporation, Hsinwa Pac, Sơn Trà Lab, Cheongwoo / Cheongwoo Semiconductor and Đại
học Seorak, Quillon, Tập đoàn Công nghệ Hải Long and Trường Đại học Hải Long, Pellham / Pellham Technology, Northgate
Materials, Takane Valve International, Kohoku Packaging, Hiệp hội Thiết kế Chip Hàn Quốc / Korea Chip Design
Association, Seorin Electronics, Hoang Sa Holdings, Lumatrix Corporation, Van Houten, Eindwerk / Eindwerk Semiconductor
Systems, Hanbyeol / Hanbyeol Semiconductor, Microchip Design and Training Centre / MDTC, Tokiwa Engineering, Kaizu
Radio, tòa Sông Vàng 2, KCN Yên Phong II-A and KCN Thuận Thành III, every official including a Party General Secretary,
Prime Minister and Deputy Prime Minister, every author, speaker, photographer and byline); well-known names (Samsung,
Renesas, Vingroup, Apple, Foxconn, Luxshare, Goertek, IMEC, the ministries and agencies, Viet Nam National University-HCM
City, Đại học Đà Nẵng, the US Semiconductor Industry Association, the parks of Song Khê - Nội Hoàng, Hòa Khánh, Hoàng Mai
I, Tân Thuận and the hi-tech parks, the real decisions 57-NQ/TW, 1131/QĐ-TTg and 1018/QĐ-TTg cited by number) appear only
in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 70 distinct pages; the domestic group's new test-and-packaging plant,
the US packager's Bắc Ninh opening, the Korean packager's second plant, the state group's fab groundbreaking and the
domestic group's partner agreements each filled three to five slots): 3 slots were spam (two Italian-domain keyword
titles on silicon and ferro-silicon, S6 r1 r4; a betting domain mirroring a news agency's SEMIExpo tag, S20 r4); 14 were
tag, snippet and listing pages (a trade site's tag with a packager's second plant and its capital plan; a university
faculty's news snippet twice; a price site's "công nghệ số" tag twice; a trade magazine's tag on a US equipment maker's
planned plant with a Korean partner three times; two unaccented business-news tags; two listing pages with the state
group's fab groundbreaking; a tag with the Prime Minister's groundbreaking speech; a ministry snippet on a Deputy Prime
Minister receiving the US chip association); 8 were journals, theses and explainers (a state-management journal article
twice, with caps in its title, an author with "TS.", abstract and keywords; a strategy explainer with footnote markers; a
master's thesis summary on a document store; the 1018/QĐ-TTg strategy explainer with page chrome and its formula; a
supporting-industry feature with footnoted figures; a research institute's page on Korea's chip plan with phone and fax
lines; a chip explainer with a bullet summary); 4 were blogs and forums (a photographer's blog on the first CPU made in
Vietnam, a blog on a US design house's ten years, a car forum's thread pasting snippets with their source labels, a
defence forum reposting an English story); 32 were Vietnamese news and features (the domestic group's plant announced,
with a deputy minister's words, its table of phase-one figures, a caption, the chairman and three decisions, three
outlets; a business weekly's FDI feature with related links twice; the US packager's plant opened, in a school site's caps
repost and a provincial S&T department's repost, and its signing with the province in 2021; the Korean packager's plant
opened, with attendees, history, capital per hectare and plan, two outlets; a US chipmaker's first CPU batch in 2014 and
a 2022 launch; a business portal's "eagles" feature with running totals, a recalled agreement and a forecast; a design
startup's interview; a ministry's working session with a research centre; the fab groundbreaking and its related
headline; the domestic group's agreements with the state group and three partners, three outlets, and its earlier
agreements with a Korean chip firm and a university; a design-software maker's graduation, its director's interview and
a technology group's working session with its university; a US design house's three new offices, three outlets; a Đà
Nẵng licence round of 2021 and a 2025 call for an investor in a packaging lab; a supply-chain seminar with the Dutch
ambassador; a short item on the wafer-fab plan; an agency-association memorandum signed in Seoul); 1 was a Bengali page
(the wafer-fab plan), rendered here in Vietnamese; 18 were English (a news agency's copy of the Bắc Ninh opening, a
parts site's copy of the second Bắc Giang plant with an embedded related link, a press-wire copy of a hi-tech park's
memorandum with a design-software maker, the agency's copy of the Seoul memorandum, a wire plan from a proposal
document, two tech-site round-ups of packaging investments, a Thai daily's regional round-up twice, a business weekly's
interview with a materials maker, a Reuters item on a Dutch parts plant, a trade-promotion page on an equipment maker's
top-up, a Korean business daily on an equipment maker's new unit, a stock site's 2015 design order of a university chip
centre, a provincial site's 2013 development deal of the same centre, a tech site on a US chip group's planned meetings,
a police daily's investment piece, a business site on a Deputy Prime Minister's meeting with the US association). About
42 of the 80 slots told a deal or an event with a named party (openings 10, announced plants, plans and top-ups 12,
agreements and memoranda 9, groundbreakings 4, a licence round, recalled plants and spends 4, a design order, a
co-development deal); no supply contract between a local supplier and a chip plant came up in any first four (S6 and S14 returned spam,
tags, strategy pages and a seminar), so the batch has none.

Rows: 160 (hand-46001 to hand-46160); 40 carry a deal or an event (25.0%): 41 events (12 investment announcements, 12
MoUs, 9 inaugurations, 4 groundbreakings, 1 joint venture, 1 investment licence, 1 supply contract, 1 cooperation) and
34 `deals` entries (23 investment, 7 mou, 4 groundbreaking); 5 rows hold only deals (46041 a recalled programme, 46067 a
registered capital, 46072 a recalled spend, 46076 a recalled agreement, 46106 round lines without a verb), 12 an event
without a deal (46056, 46063, 46069, 46099, 46104 and 46125 openings without capital, 46112, 46128, 46131 and 46155
memoranda of an agency or a board, 46149 a university centre's design order, 46151 its co-development deal) and 23
both. 120 rows are negatives and other fields. By page kind: 6 rows of spam (46001-46006, 0 with a deal or event), 16 of
tag, snippet and listing pages (46007-46022; 4), 17 of journals, theses and explainers (46023-46039; 0), 9 of Vietnamese
blogs and a forum (46040-46048; 1), 73 of Vietnamese news and features (46049-46121; 21), 1 of the Bengali page rendered
(46122; 0) and 38 of English copy (46123-46160, the defence-forum repost at 46155-46156; 14); 39 rows are English
(`english_copy`, 24.4%, with the betting mirror 46005). 10 rows are stored in NFD (hand-46049, 46065, 46073, 46079,
46093, 46097, 46103, 46105, 46111, 46115); 7 use old tone placement (46062 "Tỉnh uỷ", 46076 and 46090 "thoả thuận",
46078 and 46088 "thương mại hoá", 46084 "Hoà Lạc", 46102 "hiện thực hoá"); 51 hold several lines (headlines and leads,
tag lines, bylines and timestamps, page chrome, captions, a pipe table, bullet summaries, Q&A labels, related links,
source labels, wire chrome).

Own wording: every row was drafted in its own order (amount-first, count-first, object-first, place-first, passive,
quote-first with the speaker last, label lines, a pipe table), with changed figures, names, dates and places; on review
against the notes taken from the sampled pages (and against batches 94 and 113, which had some of the same stories),
about 75 drafts that still kept a page's run of facts, its order, a quote's wording or its opening words were rewritten
from scratch (nearly every row of the US packager's opening and signing, the Korean packager's opening, capital per
hectare and plan, the first-CPU story and its reception, the design startup's interview, the working session, the
partner agreements and their details, the graduation, the director's interview and the university session, the office
openings and the city chairman's quote, the licence round and its caption, the lab call, the Seoul memorandum and
seminar, the ambassador, the FDI feature, the forum lines, the blogs, the explainer bullets, the thesis defence line, the
strategy explainer's lead, and every English row but the bare links). Eight planned rows or facts were dropped because
they came only from results ranked 5 or lower: the US equipment maker's China revenue share and its vice president's
reception by the Prime Minister (S18 r5), the fab's area and the sectors it will serve (S8 r5, r7), the state group
chairman's account of designing chips abroad (S8 r6), the packaging plant's phase-two floor area (S1 r7), the province of
the proposed chip-testing plant (S17 r8, cut from 46133), the lab call's filing deadlines (S12 r6) and the groundbreaking
attendee list (S8 r8). Three more were replaced to avoid undecided shapes: a study approval for a 3D-printer plant in the
licence round (replaced by the round's caption), a chipmaker "mulling" a top-up and a group's recalled substrate plan
(S18 r4). Nothing else was used from ranks 5-8, among them: a chairman's "as far as they make, we package" pledge and the
state group chief's words at the announcement (S1 r5, r8), the contractor's groundbreaking of the packaging plant (S1 r7),
the US packager's tripled capacity plan and its other outlets (S2 r5-r8), the Prime Minister's visit to the Korean
packager (S3 r5), a chipmaker's plant expansion in China and its 2006 licence (S4 r6-r8), a forum's wire summary, a
rare-earth page and a packaging-lab story (S5 r5-r8, S6 r5-r8), the memorandum of a Hà Nội supporting-industry association with a Korean
council (S16 r5), the Cadence memoranda and the AI-chip group's pages (S10 r5-r6, S19 r5-r8) and the later Marvell-like centre pages (S11 r5-r8).

Conventions: exactly those of batches 10 and 12-142 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital
the event only; a committed total named with the opening is its capital; a held groundbreaking is a groundbreaking deal
and event "started", dated only with a day, one recalled weeks later a groundbreaking without date or site (batch 94); a
named firm's plan, pledge, top-up or planned plant is an announced investment, a plan to raise the total with only the
new total one without amount (batch 112), a plant "established" to run later one dated with the announcement day (batch
113); a planned joint plant of two firms is ONE investment deal of both and an announced joint_venture with the low end of
a range (batch 113); a province-firm project agreement is the firm's investment deal and an mou event of the committee
and the firm; a firm-pair agreement or memorandum is an mou deal and event, dated with a day, sited only by a signing
place in Vietnam; a memorandum of an agency, a board or a school with a firm or an association is an mou event without
deal (batches 94, 102, 113); recalled plants, registered capital, spends, licences and agreements are deals without
events; round lines without a verb are deals without events; a licence received without grantor is a licence event of
the firm; proposals, calls for investors, training programmes, visits, working sessions, seminars, wishes, forecasts,
running totals, product launches and subsidiaries without a plant or sum give no deal; attendees and witnesses are no
parties; vague amounts ("millions of euros", "tỷ USD" without a figure) are none; "khoảng", "chừng", "gần", "hơn", "trên",
"around", "about", "some", "close to", "nearly", "more than", "above" are approximate; bracketed conversions are both
money, the deal taking the one written first; money per ha and per year keep their unit; capacities, nodes, rates,
durations, ordinals, fractions, multipliers, page counts, phone numbers, view counters, counts in words and counts
without a noun are no counts, English counts keep their English noun; m2, sq m and square metres are areas in ha;
percentage ranges give both ends; Vietnamese legal forms are normalised, foreign ones kept ("Inc.", "Co.", "Co., Ltd."),
"Corporation" and "Holdings" stay in an English name, "Việt Nam"/"Vietnam" and a trailing "Vina" are dropped from a
foreign subsidiary's name; a bracketed acronym after a name is no second entry, alone it is a firm or an organisation; a
bare headline name and the lead's full name with the same canonical name are one entry, with different names two;
Vietnamese country words and adjectives ("tập đoàn Mỹ", "doanh nghiệp Hàn Quốc", "Nhật") and English country nouns and
possessives are countries, English adjectives and regions nothing, a country inside an organisation's name none, in a
role a country; a province inside an organisation's or park's name is a mention, inside a firm's name none; parks written
in Vietnamese are locations, English parks none; datelines are mentions, not sites; bylines and photo credits are persons
in title case without role, outlet, agency, site and organiser credits nothing; "TS.", "ThS.", "PGS.TS." give no role;
a bare "Thủ tướng", "Tổng Bí thư" or "Đại sứ" is no person; old tone placement is normalised in the gold. Every row with
no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Office openings: "Hơn 520 kỹ sư ...: đó là quy mô tập đoàn Mỹ này có ở Việt Nam sau khi khai trương thêm hai văn phòng
  ở TP.HCM và một ở Đà Nẵng sáng 29/9" (46099) is Pellham Technology's inauguration without capital, unsited because the
  offices are in two cities, no deal; the caption "Các đại biểu cắt băng văn phòng mới của Pellham" (46104) the same
  event; the first office "mở năm 2013 ở khu chế xuất Tân Thuận" (46103) a recalled opening without event, the lower-case
  "khu chế xuất Tân Thuận" a park as written.
- The domestic group's plant: "quyết định thành lập được tập đoàn công bố sáng 22/1 tại Hà Nội" for a plant "ở Bắc Ninh"
  (46050) is an announced investment dated 2026-01-22 and sited in Bắc Ninh, Hà Nội a mention; the caption "Nghi thức
  công bố nhà máy ... của Đông Sơn sáng 22/1" (46052) the same announcement, dated, unsited; the pipe table "Quy mô giai
  đoạn 1 | 1.900 m2 / Dây chuyền kiểm tra chức năng | 7 / Địa điểm | KCN Thuận Thành III (Bắc Ninh)" (46051) gives area,
  park and province only, the bare "7" no count; the chairman's quote row naming "xưởng chế tạo chip của PBT vừa động thổ
  hồi giữa tháng" (46053) gives PBT's undated, unsited groundbreaking.
- The fab groundbreaking: a listing lead "sáng 15/1, Tập đoàn Viễn thông Phương Bắc (PBT) bấm nút khởi công ở Hà Nội"
  (46017) is dated and sited in Hà Nội; "PBT đặt móng xưởng chip ở Hòa Lạc" over a lead at "Khu Công nghệ cao Hòa Lạc"
  (46018) and the dateline "Hòa Lạc, 15/1 – ... dự lễ khởi công xưởng chip mà PBT xây theo nhiệm vụ Bộ Quốc phòng giao"
  (46083) are dated and unsited ("Hòa Lạc" alone and a park without its province give none); the assigning ministry is no
  party; a related headline and a tag with no firm (46019, 46021, 46085) give no event.
- Tag and headline-only rows: "Hãng thiết bị bán dẫn Mỹ tính chuyện nhà máy tỷ USD ở Việt Nam" (46016) names no firm and
  no figure: the country only; the label headline "Castellan Research: đối tác Hàn Quốc, nhà máy tỷ USD và chuỗi cung ứng
  tại Việt Nam" (46015) has no verb and gives no event; the amount-first "Từ 1 đến 2 tỷ USD là số vốn giai đoạn đầu mà
  Castellan Research và đối tác Hàn Quốc Daesung Precision tính bỏ ra ..." (46014) is one deal of both at 1 tỷ USD and an
  announced joint venture.
- Openings: the caps school-site headline "NHÀ MÁY CHIP 1,45 TỶ USD CỦA TẬP ĐOÀN MỸ CẮT BĂNG Ở BẮC NINH" over a "(VNF)"
  lead naming Altamont (46055) is Altamont's inauguration with the committed total, sited by the headline's province; the
  department repost "Cơ sở lớn nhất toàn cầu của Altamont – nhà máy Altamont Technology Việt Nam ở KCN Yên Phong II-A – đã
  cắt băng khánh thành sáng 18/10/2024" (46056) is Altamont Technology's opening without capital and unsited, the bare
  "Altamont" a second entry; the object-first passive "Nhà máy Seonjin Micron Vina 2 ở KCN Song Khê - Nội Hoàng (Bắc
  Gian) vừa được doanh nghiệp Hàn Quốc Seonjin Micron Vina khánh thành" (46069) reads the typo as Bắc Giang (batch notes'
  "typos are read as meant") and sites the opening there; a plant's name holding the firm's name is no second firm; the
  English "Yen Phong II-A became home on Friday to one of Vietnam's biggest chip plants, as Altamont Technology Vietnam
  opened a facility that is to absorb 1.45 billion USD through 2036" under a "Bac Ninh province" headline (46123) an
  inauguration with capital sited in Bắc Ninh.
- Capital lines: "Khoảng 92 triệu USD cho mỗi hécta ...: đó là suất đầu tư của Seonjin Micron, dự án có gần 560 triệu USD
  vốn đăng ký" (46067) is a recalled investment of 560 triệu USD without event; the English telling without the firm
  (46126) money only; "Doanh thu 720 triệu USD và hơn 3.800 chỗ làm là những gì Seonjin Micron chờ đợi khi tổng vốn được
  nâng lên trên 950 triệu USD vào năm 2026" (46068) an announced investment without amount; "Hơn 420 triệu USD là số tiền
  Norwell đã bỏ thêm để có dòng CPU này" (46072) a recalled spend (deal, no event); "Dự án 1,1 tỷ USD mà Norwell công bố
  từ năm 2007 đã cho ra đời nhà máy Norwell Products Việt Nam ở Khu công nghệ cao TP.HCM" (46041) a recalled investment
  sited by the park's city, the plant's start in 2010 no event.
- Agreements: "Các văn bản với PBT, Kinsei Denki (Nhật Bản), Hsinwa Pac (Đài Loan) và Sơn Trà Lab được ký hôm 22/1"
  (46086) are four mou deals and four signed events of Đông Sơn with each, dated; the caption "Đông Sơn và PBT ký thỏa
  thuận hợp tác toàn diện" (46091) one of them, undated; "tập đoàn ký thỏa thuận chiến lược với Cheongwoo Semiconductor
  ..., và một văn bản khác với Đại học Seorak" in Seoul (46092) one dated mou deal and event of the firms and a firm-school
  mou event without deal, both unsited; "Auralis vốn đã có đối tác chiến lược trong nước: thoả thuận với Đông Sơn được hai
  bên ký từ tháng 4/2024" (46076) a recalled mou deal without event or date; the agreements' contents (46087, 46088,
  46093) and the earlier memorandum told through "hai công ty" (46089) give no event.
- Memoranda of agencies and boards: the caption "Cục trưởng Cục Công nghiệp công nghệ thông tin Nguyễn Trọng Nghĩa và Phó
  Chủ tịch Hiệp hội Thiết kế Chip Hàn Quốc Choi Hyun-woo ký bản ghi nhớ ..." (46112) and the English "AI and
  semiconductors are the subject of a memorandum of understanding signed here by Việt Nam's Information Technology
  Industry Department and the Korea Chip Design Association (KCDA)" (46131) are signed mou events of the agency
  (government) and the association (organisation), no deal; "Quillon will supply course material ... to the Saigon Hi-Tech
  Park Management Board for a new design centre, under a memorandum ... the two signed on Thursday" (46128) and "Quillon
  and the Department of Information Technology Industry signed a memorandum on Sept. 18 at the company's California head
  office" (46155) signed mou events of board or department and firm, unsited, no deal; "A second memorandum, with the
  National Innovation Center, ..." (46156) names no firm and gives no event; "Ảnh: Bộ KH&CN" is a credit, nothing.
- A university chip centre's deals: "Power-supply circuits for Tokiwa Engineering of Japan are the subject of the first
  outsourcing contract that the Microchip Design and Training Centre (MDTC) of Vietnam National University-HCM City has
  signed with a foreign firm" (46149) is a signed supply_contract event of the centre (organisation, contractor first) and
  the firm with US$55,000, no deal (a school-side signer, as with memoranda); "Around US$7 million will go into a 4G
  wireless chip that the MDTC and Kaizu Radio Co. have agreed to develop together by 2014" (46151) a signed cooperation
  event without deal; the joint venture "still to be set up" without parties (46152) nothing.
- English round-ups: "State-run PBT is planning the country's first foundry. Dong Son has about $28 million going into a
  test facility outside Hanoi, and in Danang, Hoang Sa Holdings wants a foreign partner ..." (46135) gives two unsited
  announced investments ("outside Hanoi" a mention) and a partner search without deal; "Clients wanted supply from
  outside China, so South Korea's Seonjin Micron is committing around 1.1 trillion won (some $800 million) ..." (46136) an
  announced investment in KRW; "Altamont has pledged $1.45 billion to a 210,000-square-metre complex" (46137) an announced
  investment with 21 ha; "Another US$880 million from Seorin Electronics is to start semiconductor output next June, and
  Norwell's largest assembly and test plant, a US$1.5 billion site, is already here" (46138) an announcement and a
  recalled deal; the proposal-document plan (46133) takes the VND figure written first in the lead and is unsited.
- Suppliers: "A factory for chip-equipment parts is coming to northern Vietnam, Dutch high-tech group Van Houten said"
  (46143) is an announced investment without amount or site; "A further $40 million is earmarked by Eindwerk
  Semiconductor Systems of the Netherlands for its packaging-equipment plant at Saigon Hi-Tech Park, where a 2,200 sq m
  factory opened a few months ago" (46145) an announced top-up, the recalled opening no event; "Hanbyeol Vietnam, a new
  subsidiary in Bac Ninh, will handle local sales and service for ... Hanbyeol Semiconductor Co." (46147) a sales unit
  without plant or sum, no deal (batch 130); the materials maker's plant told with "its" and "the company" (46142) money,
  area and provinces only.
- The Đà Nẵng round: the amount-first total over "7 dự án: 3 trong nước, 4 có vốn Nhật Bản và Hoa Kỳ" (46105) gives money,
  one count and the countries; "Northgate Materials Inc. (Hoa Kỳ) mang tới dự án lớn nhất: 104 triệu USD ...; 32 triệu
  USD còn lại thuộc về ... Công ty TNHH Takane Valve International (Nhật Bản), cũng trong Khu công nghệ cao Đà Nẵng"
  (46106) two deals without events sited in Đà Nẵng; "Tại KCN Hòa Khánh mở rộng, Công ty TNHH Kohoku Packaging (Nhật Bản)
  nhận chứng nhận cho dự án 0,4 triệu USD" (46107) a licence without grantor, unsited; the call for investors and its
  proposer (46109-46110) no event, "Công viên phần mềm số 2" no park location (a software park), "quận Hải Châu" a
  district (May 2025), "bốn tầng nổi" a count in words.
- Persons: "Chủ tịch tập đoàn Yoon Min-seok", "Bí thư Tỉnh uỷ Vũ Minh Đạo" (no organisation from the bare unit), "người
  đứng đầu nhà máy lắp ráp và kiểm định của Norwell Products Việt Nam", "người phụ trách Norwell ở Đông Nam Á, Úc và New
  Zealand" (countries), "Eindwerk's vice president for strategic projects" and "Chief executive" keep their wording;
  "its deputy director Lam Quoc Huy" gives "deputy director"; Q&A labels "Anh Vũ Quang Thắng:" and the western-order "Ông
  An Trịnh:" are persons without role, "anh Thắng" alone none; caps credits "MINH KHA", "ĐỖ VINH" are title-cased; "Vinh
  added" (a surname alone) is no person.
- Organisations and places: "IMEC" and "MDTC" alone are organisations; "Thành ủy TP.HCM" and "Sở Tài chính TP. Đà Nẵng"
  as written; countries inside "Hiệp hội Công nghiệp Bán dẫn Hoa Kỳ", "Cơ quan Xúc tiến CNTT Hàn Quốc", "Korea Chip Design
  Association" and "US Semiconductor Industry Association" give none; "Khu công nghệ cao TPHCM" is a park and a mention of
  HCM City; "Seoul", "AMSTERDAM", "California", "Ohio (Mỹ)" (the country only), "Đông Nam bộ", "Đông Á", "châu Á" and
  "northern Vietnam" nothing.
- Numbers: "28 học viên" in a headline and "28 người" in its lead are two counts; "Dây chuyền kiểm tra chức năng | 7",
  "Số trang: 24", "512" view counters and phone numbers nothing; "một phần mười", "một phần tư", "gần một nửa" no
  percentage; "gấp gần 9 lần", "nearly nine times" nothing; "22-28 nm", "180 nano", "1,6 Tbps", "15.100 tấn thanh
  silic mỗi năm" nothing; "210 tỷ USD xuất khẩu chip mỗi năm" money per year; "92 triệu USD cho mỗi hécta" and "92
  million USD per hectare" money per ha."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_145(
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

    ids = iter(range(46001, 46001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam on an Italian domain and a betting domain mirroring a news agency's tag page (S6 r1, S6 r4,
    # S20 r4) ---
    spam = [
        (
            "tinh luyện silic kim loại 553 giá bao nhiêu một tấn nhà cung cấp uy tín",
            "2022-07-17",
            ["grade_number_no_count"],
        ),
        ("bột silic siêu mịn cho gốm kỹ thuật mẫu báo giá miễn phí", "2021-03-06", []),
        ("quy trình tinh chế khí argon tinh khiết cho xưởng chip pdf tải về", "2021-03-06", []),
        (
            "mua tấm silic đa tinh thể cũ số lượng lớn hà nội giá cao",
            "2022-12-09",
            ["lowercase_province_nothing"],
        ),
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
            "൲ Chip parts makers get a stand of their own at this year's expo\nSome 60 suppliers of machined parts and gases will show next to foreign equipment makers, organisers said on the eve of the November 6 opening.",
            "2024-11-05",
            "ministry",
            [E, "spam_domain_mirror", "glyph_prefix", "count", "approx", "multiline", "no_event"],
            quantities=[c(60, "suppliers", True)],
            events=[],
        ),
        h(
            n(),
            "ufabet88 link vào mới nhất không bị chặn 2025 tin bán dẫn hôm nay",
            "2025-01-14",
            "ministry",
            ["spam_title", "betting_domain", "year_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, snippet and listing pages (S3 r1; S5 r1 = S15 r2; S5 r2 = S13 r4; S6 r3; S12 r2; S5 r3 = S6 r2 =
    # S13 r2 one tag page three times; S8 r2, S8 r3 listings; S13 r3; S16 r4; S15 r1) ---
    rows += [
        h(
            n(),
            "nhà máy đóng gói chip seonjin micron vina\n\nTrước năm 2027, Seonjin Micron Vina dự kiến nâng tổng vốn lên chừng 950 triệu USD; nhà máy số 2 của công ty vừa vào guồng, doanh thu tính đạt 720 triệu USD và cần thêm khoảng 3.800 lao động.",
            "2023-09-19",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_no_firm",
                "plan_new_total_no_amount",
                "inauguration_no_capital",
                "vina_dropped",
                "approx",
                "count",
                "multiline",
            ],
            firms=[f("Seonjin Micron")],
            money=[m(950 * M, "USD", approx=True), m(720 * M, "USD")],
            quantities=[c(3800, "lao động", True)],
            deals=[deal("investment", ["Seonjin Micron"])],
            events=[
                ev("inauguration", [F("Seonjin Micron")], None, None, None, "completed"),
                ev("investment_announcement", [F("Seonjin Micron")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "Khoa Điện – Điện tử tuyển khóa đầu ngành thiết kế vi mạch: sinh viên học trên phần mềm bản quyền và được gửi tới doanh nghiệp chip thực tập ngay từ năm ba…",
            "2025-06-10",
            "ministry",
            ["snippet", "faculty_nothing", "truncated_lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin tức\nNữ sinh năm hai giành giải nhì cuộc thi thiết kế mạch số toàn quốc",
            "2025-06-10",
            "ministry",
            ["news_list_item", "ordinal_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "công nghệ số\nChip là “mạch máu” của kinh tế số; với nhân lực trẻ, đất hiếm và vị trí giữa châu Á, Việt Nam đang giành một chỗ trong chuỗi giá trị ấy.",
            "2024-08-27",
            "ministry",
            ["tag_page", "lowercase_tag", "region_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin công nghệ số mới nhất: giá chip nhớ tăng lần thứ ba trong quý, nhà máy đóng gói ở Bắc Giang tuyển thêm 1.200 công nhân",
            "2024-08-27",
            "ministry",
            ["tag_page", "ordinal_no_count", "count", "plant_without_firm", "no_event"],
            provinces=[pv("Bắc Giang")],
            quantities=[c(1200, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "doanh thu chip nho han quoc giam",
            "2023-04-11",
            "ministry",
            ["tag_page", "unaccented", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy hoach khu cong nghe cao da nang giai doan 2030",
            "2023-04-11",
            "ministry",
            ["tag_page", "unaccented", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tập đoàn castellan research\n\nTừ 1 đến 2 tỷ USD là số vốn giai đoạn đầu mà Castellan Research và đối tác Hàn Quốc Daesung Precision tính bỏ ra cho một nhà máy linh kiện thiết bị chip, theo ông Marcus Hale, phó chủ tịch phụ trách vận hành toàn cầu; những bước sau Castellan có thể tự làm…",
            "2024-03-21",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_no_firm",
                "amount_first",
                "planned_joint_plant",
                "one_deal_of_both",
                "money_range",
                "short_name_alone",
                "country_word",
                "role_after_name",
                "truncated_lead",
                "multiline",
            ],
            persons=[per("Marcus Hale", "phó chủ tịch phụ trách vận hành toàn cầu")],
            firms=[f("Castellan Research"), f("Daesung Precision"), f("Castellan")],
            money=[m(1 * B, "USD"), m(2 * B, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Castellan Research", "Daesung Precision"], 1 * B)],
            events=[
                ev(
                    "joint_venture",
                    [F("Castellan Research"), F("Daesung Precision")],
                    1 * B,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "tập đoàn castellan research\n\nCastellan Research: đối tác Hàn Quốc, nhà máy tỷ USD và chuỗi cung ứng tại Việt Nam",
            "2024-03-21",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_no_firm",
                "label_headline_no_verb",
                "vague_amount_none",
                "country_word",
                "multiline",
                "no_event",
            ],
            firms=[f("Castellan Research")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hãng thiết bị bán dẫn Mỹ tính chuyện nhà máy tỷ USD ở Việt Nam",
            "2024-03-21",
            "ministry",
            [
                "tag_page",
                "headline_only",
                "firm_unnamed",
                "vague_amount_none",
                "country_adjective",
                "no_event",
            ],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Năng lượng - Cuộc sống\nNhà máy chế tạo chip đầu tiên trong nước đã có lễ động thổ: sáng 15/1, Tập đoàn Viễn thông Phương Bắc (PBT) bấm nút khởi công ở Hà Nội trước sự chứng kiến của lãnh đạo cấp cao Đảng, Nhà nước ...",
            "2026-01-16",
            "ministry",
            [
                "listing_page",
                "section_label",
                "groundbreaking_started",
                "bracketed_acronym_one_entry",
                "deal_date",
                "truncated_lead",
                "multiline",
            ],
            firms=[f("Viễn thông Phương Bắc", "Tập đoàn")],
            provinces=[pv("Hà Nội")],
            deals=[deal("groundbreaking", ["Viễn thông Phương Bắc"], None, HN, "2026-01-15")],
            events=[ev("groundbreaking", [F("Viễn thông Phương Bắc")], None, None, HN, "started")],
        ),
        h(
            n(),
            "Công nghệ\nPBT đặt móng xưởng chip ở Hòa Lạc\nDNVN - Tổng Bí thư Lương Minh Khôi và Thủ tướng Đặng Quốc Thành có mặt sáng 15/1 ở Khu Công nghệ cao Hòa Lạc khi công trình được khởi công.",
            "2026-01-16",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "acronym_alone_firm",
                "groundbreaking_started",
                "park_names_no_province",
                "place_alone_nothing",
                "outlet_prefix_nothing",
                "deal_date",
                "multiline",
            ],
            firms=[f("PBT")],
            persons=[per("Lương Minh Khôi", "Tổng Bí thư"), per("Đặng Quốc Thành", "Thủ tướng")],
            locations=[park("Khu Công nghệ cao Hòa Lạc")],
            deals=[deal("groundbreaking", ["PBT"], None, None, "2026-01-15")],
            events=[ev("groundbreaking", [F("PBT")], None, None, None, "started")],
        ),
        h(
            n(),
            "thủ tướng đặng quốc thành\n\nXưởng chip công nghệ cao đầu tiên – mắt xích để Việt Nam bước vào khâu chế tạo…\nTại lễ khởi công, người đứng đầu Chính phủ nói ông chờ ngày con chip đầu tiên ra khỏi dây chuyền này…",
            "2026-01-17",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_no_person",
                "groundbreaking_no_firm",
                "truncated_lead",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "“Chiếc bánh bán dẫn” phải lớn lên và Việt Nam muốn góp tay làm nó lớn, Phó Thủ tướng Hồ Văn Khang nói khi tiếp người đứng đầu Hiệp hội Công nghiệp Bán dẫn Hoa Kỳ.",
            "2023-01-13",
            "ministry",
            ["snippet", "quote_first", "role_before_name", "country_in_org_name_nothing", "no_event"],
            persons=[per("Hồ Văn Khang", "Phó Thủ tướng")],
            organizations=["Hiệp hội Công nghiệp Bán dẫn Hoa Kỳ"],
            events=[],
        ),
        h(
            n(),
            "Năng lượng - Cuộc sống\nGiá điện bậc thang điều chỉnh từ tháng 5 | Nhà máy chip đầu tiên động thổ ở Hà Nội | Xăng giảm phiên thứ tư liên tiếp",
            "2026-01-16",
            "ministry",
            [
                "listing_page",
                "pipe_list",
                "groundbreaking_no_firm",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Thêm hai xưởng wafer trong giai đoạn 2030-2040?\n2025-03-06 18:01  512\nSau hai xưởng của thập niên 2030, lộ trình quốc gia tính thêm ba xưởng nữa tới 2050, để Việt Nam đi ngược lên khâu chế tạo thay vì dừng ở đóng gói và kiểm thử.",
            "2025-03-06",
            "ministry",
            ["short_news", "timestamp_views", "counts_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A state-management journal article twice, a strategy explainer with footnotes, a thesis summary on a document
    # store, a strategy explainer with page chrome, a supporting-industry feature, an institute's page on Korea's chip
    # plan, a chip explainer with a bullet summary (S7 r1 = S14 r4, S7 r2, S12 r1, S14 r1, S14 r2, S16 r1, S4 r3) ---
    rows += [
        h(
            n(),
            "Một số hướng đi cho ngành sản xuất CHIP bán dẫn Việt Nam\n\nThS. Đỗ Minh Khuê\nTrường Đại học Kinh tế - Kỹ thuật Công nghiệp",
            "2024-04-09",
            "ministry",
            ["journal_article", "caps_word_in_title", "author_title_no_role", "multiline", "no_event"],
            persons=[per("Đỗ Minh Khuê", None)],
            organizations=["Trường Đại học Kinh tế - Kỹ thuật Công nghiệp"],
            events=[],
        ),
        h(
            n(),
            "(Tạp chí Quản trị công) – Bài viết điểm lại vị trí của chip trong sản xuất, chỉ ra những nút thắt ở khâu chế tạo trong nước và đề xuất bốn nhóm giải pháp tới năm 2030.",
            "2024-04-09",
            "ministry",
            ["journal_abstract", "outlet_prefix_nothing", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: chip bán dẫn; chuỗi cung ứng; đóng gói; kiểm thử; nhân lực.",
            "2024-04-09",
            "ministry",
            ["keywords_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1. Vị trí của con chip trong sản xuất hiện đại\nTừ tủ lạnh, ô tô tới máy chủ ngân hàng, hầu như thiết bị nào cũng cần một bộ xử lý nhỏ để lưu và tính toán dữ liệu.",
            "2024-04-09",
            "ministry",
            ["section_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thứ ba, Việt Nam nằm giữa các trung tâm chip của Đông Á, chỉ vài giờ bay tới Đài Loan (Trung Quốc), Hàn Quốc và Nhật Bản5.",
            "2024-03-12",
            "ministry",
            ["explainer", "footnote_marker", "country_bracket", "region_nothing", "no_event"],
            locations=[
                country("Đài Loan"),
                country("Trung Quốc"),
                country("Hàn Quốc"),
                country("Nhật Bản"),
            ],
            events=[],
        ),
        h(
            n(),
            "Bản xem trước có giới hạn – tải tài liệu về để đọc toàn văn\nSố trang: 24 · Dung lượng: 312,4 KB · Định dạng: PDF",
            "2015-12-02",
            "ministry",
            ["document_store", "download_chrome", "page_count_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hội đồng chấm luận văn thạc sĩ nghe bảo vệ đề tài này ở Đại học Đà Nẵng ngày 14 tháng 11 năm 2015; bản tóm tắt lưu tại thư viện nhà trường.",
            "2015-12-02",
            "ministry",
            ["thesis_cover", "province_in_org_name", "no_event"],
            organizations=["Đại học Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "1. Tính cấp thiết của đề tài\nTới cuối năm 2014, khu công nghệ cao của thành phố mới có 6 dự án được cấp phép với khoảng 130 triệu USD, trong khi diện tích quy hoạch lên tới 1.128 ha.",
            "2015-12-02",
            "ministry",
            ["thesis_text", "section_heading", "count", "approx", "area", "multiline", "no_event"],
            quantities=[c(6, "dự án")],
            money=[m(130 * M, "USD", approx=True)],
            areas=[ha(1128)],
            events=[],
        ),
        h(
            n(),
            "Diễn đàn\n22/09/2024 07:15\nChiến lược phát triển công nghiệp bán dẫn Việt Nam đến năm 2030 và tầm nhìn 2050 đã có văn bản chính thức: Quyết định số 1018/QĐ-TTg, ký ngày 21/9/2024.",
            "2024-09-22",
            "ministry",
            [
                "explainer",
                "section_label",
                "timestamp",
                "decision_date_after_ky",
                "title_first",
                "multiline",
                "no_event",
            ],
            decisions=[d("1018/QĐ-TTg", "2024-09-21")],
            events=[],
        ),
        h(
            n(),
            "Công thức của chiến lược: C = SET + 1 – chip chuyên dụng, điện tử, nhân tài, cộng thêm Việt Nam như một điểm đến an toàn của chuỗi cung ứng.",
            "2024-09-22",
            "ministry",
            ["explainer", "formula", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2 (2030 - 2040): từ năng lực cơ bản, ngành chuyển sang vừa thiết kế, vừa chế tạo, vừa đóng gói ở quy mô lớn hơn.",
            "2024-09-22",
            "ministry",
            ["explainer", "year_range_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở ta, công nghiệp chế biến, chế tạo đóng góp khoảng 17% GDP; tỷ lệ này ở Thái Lan là 27%, ở Trung Quốc 33%(2).",
            "2022-05-18",
            "ministry",
            ["feature", "footnote_marker", "percentage", "country_word", "no_event"],
            percentages=[17, 27, 33],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Mỗi nước khoanh vùng công nghiệp hỗ trợ một kiểu: có nơi chỉ tính linh kiện cho xe và đồ điện tử, có nơi gộp cả nguyên vật liệu, khuôn mẫu và máy móc.",
            "2022-05-18",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điện thoại: (024) 3776 1120 | Fax: (024) 3776 1121\n\nHÀN QUỐC VÀ GIẤC MƠ SIÊU CƯỜNG CHIP",
            "2022-09-05",
            "ministry",
            ["institute_page", "phone_numbers_nothing", "caps_headline", "country", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thêm khoảng 250.000 chỗ làm và 210 tỷ USD xuất khẩu chip mỗi năm là cái đích Seoul đặt ra khi công bố kế hoạch “vành đai bán dẫn” ngày 8/6/2021[2].",
            "2022-09-05",
            "ministry",
            [
                "institute_page",
                "foreign_city_nothing",
                "money_per_year",
                "footnote_bracket",
                "count",
                "approx",
                "no_event",
            ],
            money=[m(210 * B, "USD", "năm")],
            quantities=[c(250000, "chỗ làm", True)],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt:\n• Norwell tự vận hành các xưởng chế tạo ở Mỹ, Ireland và Israel, khác hẳn đối thủ chỉ thiết kế rồi thuê ngoài.\n• Khâu cuối – lắp ráp, kiểm thử – có phần lớn ở NPV, nhà máy của hãng tại TP. Hồ Chí Minh.\n• Một số dòng mới được đặt gia công ở Đài Loan.",
            "2025-06-02",
            "ministry",
            ["explainer", "bullet_summary", "acronym_alone_firm", "country_word", "multiline", "no_event"],
            firms=[f("Norwell"), f("NPV")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Mỹ"), country("Ireland"), country("Israel"), country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Ohio (Mỹ) là nơi hai xưởng chế tạo kế tiếp của hãng đang được xây.",
            "2025-06-02",
            "ministry",
            [
                "explainer",
                "anaphoric_firm_no_firm",
                "plant_abroad_no_deal",
                "us_state_no_location",
                "count_in_words",
                "no_event",
            ],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- A photographer's blog on the first CPU made in Vietnam, a blog on a US design house's ten years, a car forum's
    # thread with quoted snippets and source labels (S4 r2, S11 r4, S15 r3) ---
    rows += [
        h(
            n(),
            "Thứ bảy ngày 14 tháng 6 năm 2025\n\nChip máy tính để bàn bắt đầu mang dòng chữ “Vietnam”\n\n140730-norwell-cpu-dau-tien-resize",
            "2014-07-30",
            "ministry",
            ["blog", "date_chrome", "filename_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dự án 1,1 tỷ USD mà Norwell công bố từ năm 2007 đã cho ra đời nhà máy Norwell Products Việt Nam ở Khu công nghệ cao TP.HCM; dây chuyền đầu tiên chạy từ cuối năm 2010.",
            "2014-07-30",
            "ministry",
            [
                "blog",
                "amount_first",
                "recalled_investment",
                "recalled_opening_no_event",
                "park_in_name_sites",
                "vietnam_dropped",
                "deal_no_event",
            ],
            firms=[f("Norwell"), f("Norwell Products")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(1.1 * B, "USD")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            deals=[deal("investment", ["Norwell"], 1.1 * B, HCM)],
            events=[],
        ),
        h(
            n(),
            "Norwell có sáu nhà máy lắp ráp và kiểm thử: hai ở Malaysia, hai ở Trung Quốc, còn Philippines và Việt Nam mỗi nơi một.",
            "2014-07-30",
            "ministry",
            ["blog", "counts_in_words", "country_word", "no_event"],
            firms=[f("Norwell")],
            locations=[country("Malaysia"), country("Trung Quốc"), country("Philippines")],
            events=[],
        ),
        h(
            n(),
            "8 dòng chipset trong 4 năm là thành tích của đội ngũ nhà máy, bà Trần Mỹ Dung, Giám đốc Đối ngoại của Norwell Việt Nam, nói.",
            "2014-07-30",
            "ministry",
            ["blog", "role_after_name", "vietnam_dropped", "duration_no_count", "count", "no_event"],
            persons=[per("Trần Mỹ Dung", "Giám đốc Đối ngoại của Norwell Việt Nam")],
            firms=[f("Norwell")],
            quantities=[c(8, "dòng")],
            events=[],
        ),
        h(
            n(),
            "Mười năm của Pellham ở Việt Nam: chuyện vui nối chuyện vui\n96% trong số hơn 420 người của Pellham Việt Nam là kỹ sư – con số khởi đầu năm 2013 chỉ vài chục.",
            "2024-05-20",
            "ministry",
            [
                "blog",
                "headline_lead",
                "percentage_first",
                "vague_count_none",
                "vietnam_dropped",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Pellham")],
            percentages=[96],
            quantities=[c(420, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Kỹ sư Việt có phần trong thiết kế, mô phỏng và kiểm thử con chip DSP quang 1,6 Tbps mà Pellham công bố ngày 12-3-2024, loại đầu tiên của ngành.",
            "2024-05-20",
            "ministry",
            ["blog", "product_launch_no_deal", "rate_no_count", "no_event"],
            firms=[f("Pellham")],
            events=[],
        ),
        h(
            n(),
            "Bán dẫn giờ thành mốt, hội nghị nào cũng nói, còn làm được bao nhiêu thì chưa biết.",
            "2023-11-02",
            "ministry",
            ["forum_post", "colloquial", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bắc Giang thì có Seonjin Micron\n(ĐCSVN) - Với Seonjin Micron Vina, 72% nhân lực sẽ là người Việt và nhà máy ở đây là cơ sở sản xuất lớn nhất toàn cầu của tập đoàn.\ndangcongsan.vn",
            "2023-11-02",
            "ministry",
            [
                "forum_post",
                "quoted_snippet",
                "source_label_nothing",
                "outlet_prefix_nothing",
                "vina_dropped",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Seonjin Micron")],
            provinces=[pv("Bắc Giang")],
            percentages=[72],
            events=[],
        ),
        h(
            n(),
            "Còn Nghệ An có xưởng silic đơn tinh thể đây.\nVốn 287 triệu USD, công suất 15.100 tấn thanh silic mỗi năm, đặt ở KCN Hoàng Mai I (Nghệ An).\nnhadautu.vn",
            "2023-11-02",
            "ministry",
            [
                "forum_post",
                "plant_without_firm_no_deal",
                "capacity_no_count",
                "source_label_nothing",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Nghệ An")],
            money=[m(287 * M, "USD")],
            locations=[park("Khu công nghiệp Hoàng Mai I")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a domestic group announces its test-and-packaging plant (S1 r2, r3, r4) ---
    rows += [
        h(
            n(),
            "Giá vàng trong nước và thế giới\nThứ Năm, 22/01/2026\nPhạm Thu Hà\n22/01/2026, 21:40\nTheo Thứ trưởng Bộ Khoa học và Công nghệ Nguyễn Đình Khoa, có nhà máy kiểm thử, đóng gói của Đông Sơn, chip làm trong nước sẽ không phải gửi ra nước ngoài để đóng vỏ nữa.",
            "2026-01-22",
            "ministry",
            ["page_chrome", "byline", "timestamp", "role_before_name", "nfd", "multiline", "no_event"],
            persons=[
                per("Phạm Thu Hà", None),
                per("Nguyễn Đình Khoa", "Thứ trưởng Bộ Khoa học và Công nghệ"),
            ],
            organizations=["Bộ Khoa học và Công nghệ"],
            firms=[f("Đông Sơn")],
            events=[],
        ),
        h(
            n(),
            "Đông Sơn sẽ có nhà máy kiểm thử, đóng gói chip của riêng mình ở Bắc Ninh: quyết định thành lập được tập đoàn công bố sáng 22/1 tại Hà Nội, trước cuối năm, những máy kiểm thử đầu tiên sẽ chạy.",
            "2026-01-22",
            "ministry",
            ["plant_established_announced", "announcement_place_mention", "passive", "deal_date"],
            firms=[f("Đông Sơn")],
            provinces=[pv("Bắc Ninh"), pv("Hà Nội")],
            deals=[deal("investment", ["Đông Sơn"], None, BN, "2026-01-22")],
            events=[ev("investment_announcement", [F("Đông Sơn")], None, None, BN, "announced")],
        ),
        h(
            n(),
            "Quy mô giai đoạn 1 | 1.900 m2\nDây chuyền kiểm tra chức năng | 7\nĐịa điểm | KCN Thuận Thành III (Bắc Ninh)",
            "2026-01-22",
            "ministry",
            [
                "table_pipe",
                "m2_to_ha",
                "count_without_noun_none",
                "plant_details_no_firm",
                "multiline",
                "no_event",
            ],
            areas=[ha(0.19)],
            locations=[park("Khu công nghiệp Thuận Thành III")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Nghi thức công bố nhà máy kiểm thử, đóng gói chip của Đông Sơn sáng 22/1. Ảnh: Ngô Hữu Tài",
            "2026-01-22",
            "ministry",
            ["caption", "announcement_caption", "photo_credit_person", "deal_date"],
            firms=[f("Đông Sơn")],
            persons=[per("Ngô Hữu Tài", None)],
            deals=[deal("investment", ["Đông Sơn"], None, None, "2026-01-22")],
            events=[ev("investment_announcement", [F("Đông Sơn")], None, None, None, "announced")],
        ),
        h(
            n(),
            "“Có nhà máy đóng gói rồi thì chuỗi từ thiết kế, chế tạo tới kiểm thử mới liền mạch”, ông Lê Khắc Vĩnh, Chủ tịch Đông Sơn, nói, nhắc tới xưởng chế tạo chip của PBT vừa động thổ hồi giữa tháng.",
            "2026-01-22",
            "ministry",
            ["quote_first", "speaker_mid", "recalled_groundbreaking_weeks_later", "no_day_no_date"],
            persons=[per("Lê Khắc Vĩnh", "Chủ tịch Đông Sơn")],
            firms=[f("Đông Sơn"), f("PBT")],
            deals=[deal("groundbreaking", ["PBT"])],
            events=[ev("groundbreaking", [F("PBT")], None, None, None, "started")],
        ),
        h(
            n(),
            "Nghị quyết 57-NQ/TW, Quyết định 1131/QĐ-TTg về công nghệ chiến lược và Quyết định 1018/QĐ-TTg về chiến lược bán dẫn là ba văn bản Đông Sơn nêu làm định hướng cho dự án.",
            "2026-01-22",
            "ministry",
            ["decisions_list", "count_in_words", "no_event"],
            decisions=[d("57-NQ/TW"), d("1131/QĐ-TTg"), d("1018/QĐ-TTg")],
            firms=[f("Đông Sơn")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a US packager's Bắc Ninh plant opened, reposted by a school site and a provincial department
    # site, and its signing with the province three years before (S2 r1, r2, r4) ---
    rows += [
        h(
            n(),
            "NHÀ MÁY CHIP 1,45 TỶ USD CỦA TẬP ĐOÀN MỸ CẮT BĂNG Ở BẮC NINH\n\n(VNF) - Nằm trong KCN Yên Phong II-A, nhà máy của Altamont trải trên chừng 21 ha; 1,45 tỷ USD là tổng vốn tập đoàn cam kết tới năm 2036.",
            "2024-10-19",
            "ministry",
            [
                "school_site_repost",
                "caps_headline",
                "headline_lead",
                "inauguration_with_capital",
                "outlet_prefix_nothing",
                "country_adjective",
                "approx",
                "area",
                "multiline",
            ],
            firms=[f("Altamont")],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.45 * B, "USD")],
            areas=[ha(21, True)],
            locations=[country("Mỹ"), park("Khu công nghiệp Yên Phong II-A")],
            deals=[deal("investment", ["Altamont"], 1.45 * B, BN)],
            events=[ev("inauguration", [F("Altamont")], 1.45 * B, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Thứ tư - 23/10/2024 09:12  512  0\nCơ sở lớn nhất toàn cầu của Altamont – nhà máy Altamont Technology Việt Nam ở KCN Yên Phong II-A – đã cắt băng khánh thành sáng 18/10/2024.",
            "2024-10-23",
            "provincial",
            [
                "department_site_repost",
                "timestamp_views",
                "inauguration_no_capital",
                "park_names_no_province",
                "short_name_alone",
                "vietnam_dropped",
                "multiline",
            ],
            firms=[f("Altamont Technology"), f("Altamont")],
            locations=[park("Khu công nghiệp Yên Phong II-A")],
            events=[ev("inauguration", [F("Altamont Technology")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND tỉnh Bắc Ninh Đào Quang Vịnh gọi nhà máy của Công ty TNHH Altamont Technology Việt Nam là “cú hích” cho công nghiệp công nghệ cao của tỉnh trong nhiều năm tới.",
            "2024-10-23",
            "provincial",
            ["department_site_repost", "role_before_name", "quote_no_event", "vietnam_dropped", "no_event"],
            persons=[per("Đào Quang Vịnh", "Phó Chủ tịch UBND tỉnh Bắc Ninh")],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Altamont Technology", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Thêm việc làm cho người lao động địa phương là điều bà Helen J. Park, Phó Chủ tịch Tập đoàn Altamont Technology, hứa hẹn nếu nhà máy tiếp tục được tỉnh hỗ trợ để mở rộng.",
            "2024-10-23",
            "provincial",
            ["department_site_repost", "wish_no_event", "role_after_name", "bare_units_none", "no_event"],
            persons=[per("Helen J. Park", "Phó Chủ tịch Tập đoàn Altamont Technology")],
            firms=[f("Altamont Technology", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "1,45 tỷ USD tới năm 2036 cho khoảng 21 ha ở KCN Yên Phong II-A là nội dung chính của thỏa thuận phát triển dự án lắp ráp, thử nghiệm vật liệu bán dẫn mà Altamont và UBND tỉnh Bắc Ninh ký hôm 12/11/2021; người đặt bút là ông Robert Ji, Chủ tịch Altamont, và bà Nguyễn Thu Hằng, Chủ tịch UBND tỉnh.",
            "2021-11-13",
            "ministry",
            [
                "province_firm_agreement",
                "amount_first",
                "signers_named",
                "mou_with_amount",
                "deal_date",
                "approx",
                "area",
            ],
            persons=[
                per("Robert Ji", "Chủ tịch Altamont"),
                per("Nguyễn Thu Hằng", "Chủ tịch UBND tỉnh"),
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Altamont")],
            money=[m(1.45 * B, "USD")],
            areas=[ha(21, True)],
            locations=[park("Khu công nghiệp Yên Phong II-A")],
            deals=[deal("investment", ["Altamont"], 1.45 * B, BN, "2021-11-12")],
            events=[ev("mou", [G("UBND tỉnh Bắc Ninh"), F("Altamont")], 1.45 * B, "USD", BN, "signed")],
        ),
        h(
            n(),
            "Giai đoạn đầu: khoảng 480 triệu USD, giải ngân hết trong 5 năm sau ngày cấp giấy chứng nhận đăng ký đầu tư.\nĐộng thổ: quý I/2022 (dự kiến).",
            "2021-11-13",
            "ministry",
            [
                "label_lines",
                "phase_amount_no_firm",
                "planned_groundbreaking_no_firm",
                "duration_no_count",
                "approx",
                "multiline",
                "no_event",
            ],
            money=[m(480 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Là hãng Mỹ, Altamont bắt đầu từ năm 1970 bằng việc gia công vỏ chip, nay đứng trong nhóm đầu thế giới về đóng gói, thử nghiệm thuê ngoài.",
            "2021-11-13",
            "ministry",
            ["profile", "year_no_count", "country_word", "no_event"],
            firms=[f("Altamont")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Ưu tiên tuyển người Bắc Ninh là đề nghị Bí thư Tỉnh uỷ Vũ Minh Đạo gửi tới công ty, khi ông gọi dự án là điểm mở đầu cho một làn sóng đầu tư chip mới.",
            "2024-10-19",
            "ministry",
            [
                "school_site_repost",
                "old_tone",
                "object_first",
                "role_before_name",
                "bare_unit_in_role",
                "wish_no_event",
                "no_event",
            ],
            persons=[per("Vũ Minh Đạo", "Bí thư Tỉnh ủy")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean memory packager's second plant opened in Bắc Giang (S3 r2, r4) ---
    rows += [
        h(
            n(),
            "Seonjin Micron Vina cắt băng nhà máy chip ở Bắc Giang\nĐức Thịnh\n(Dân trí) - Công ty TNHH Seonjin Micron Vina đưa nhà máy đóng gói và kiểm định chip vào hoạt động chính thức bằng lễ khánh thành sáng 14/9 ở Khu công nghiệp Song Khê - Nội Hoàng, tỉnh Bắc Giang.",
            "2023-09-14",
            "ministry",
            [
                "headline_byline_lead",
                "inauguration_no_capital",
                "province_after_park",
                "headline_and_lead_one_entry",
                "vina_dropped",
                "outlet_prefix_nothing",
                "multiline",
            ],
            firms=[f("Seonjin Micron", "Công ty TNHH")],
            persons=[per("Đức Thịnh", None)],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Song Khê - Nội Hoàng")],
            events=[ev("inauguration", [F("Seonjin Micron")], None, None, BG, "completed")],
        ),
        h(
            n(),
            "Dự lễ có ông Ngô Văn Thạch, Bí thư Tỉnh ủy Bắc Giang; ông Trịnh Hữu Lộc, Chủ tịch UBND tỉnh; ông Park Jae-won, Đại sứ Hàn Quốc tại Việt Nam; ông Kang Tae-il, giám đốc Hwaseong Memory; phía doanh nghiệp có Chủ tịch tập đoàn Yoon Min-seok.",
            "2023-09-14",
            "ministry",
            ["attendee_list", "bare_unit_in_role", "country_in_role", "attendee_no_party", "no_event"],
            persons=[
                per("Ngô Văn Thạch", "Bí thư Tỉnh ủy Bắc Giang"),
                per("Trịnh Hữu Lộc", "Chủ tịch UBND tỉnh"),
                per("Park Jae-won", "Đại sứ Hàn Quốc tại Việt Nam"),
                per("Kang Tae-il", "giám đốc Hwaseong Memory"),
                per("Yoon Min-seok", "Chủ tịch tập đoàn"),
            ],
            organizations=["Tỉnh ủy Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Hwaseong Memory")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ba giai đoạn xây dựng trên 6,4 ha: dây chuyền đầu chạy năm 2020 và được công nhận công nghệ cao năm sau đó; hai dây chuyền nữa xong vào giữa năm 2023.",
            "2023-09-14",
            "ministry",
            ["plant_history_no_firm", "counts_in_words", "area", "nfd", "no_event"],
            areas=[ha(6.4)],
            events=[],
        ),
        h(
            n(),
            "Lễ khánh thành sáng 14/9 tại KCN Song Khê - Nội Hoàng (Ảnh: Phạm Khuê).",
            "2023-09-14",
            "ministry",
            ["caption", "inauguration_no_firm", "photo_credit_in_brackets", "no_event"],
            persons=[per("Phạm Khuê", None)],
            locations=[park("Khu công nghiệp Song Khê - Nội Hoàng")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 92 triệu USD cho mỗi hécta – gần gấp 9 lần mức bình quân của dự án FDI trong tỉnh: đó là suất đầu tư của Seonjin Micron, dự án có gần 560 triệu USD vốn đăng ký.",
            "2023-09-16",
            "ministry",
            [
                "registered_capital_recalled",
                "deal_no_event",
                "money_per_ha",
                "multiplier_nothing",
                "approx",
            ],
            firms=[f("Seonjin Micron")],
            money=[m(560 * M, "USD", approx=True), m(92 * M, "USD", "ha", True)],
            deals=[deal("investment", ["Seonjin Micron"], 560 * M)],
            events=[],
        ),
        h(
            n(),
            "Doanh thu 720 triệu USD và hơn 3.800 chỗ làm là những gì Seonjin Micron chờ đợi khi tổng vốn được nâng lên trên 950 triệu USD vào năm 2026, theo Chủ tịch tập đoàn Yoon Min-seok.",
            "2023-09-16",
            "ministry",
            [
                "plan_new_total_no_amount",
                "targets_first",
                "role_before_name",
                "speaker_last",
                "approx",
                "count",
            ],
            persons=[per("Yoon Min-seok", "Chủ tịch tập đoàn")],
            firms=[f("Seonjin Micron")],
            money=[m(950 * M, "USD", approx=True), m(720 * M, "USD")],
            quantities=[c(3800, "chỗ làm", True)],
            deals=[deal("investment", ["Seonjin Micron"])],
            events=[ev("investment_announcement", [F("Seonjin Micron")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Nhà máy Seonjin Micron Vina 2 ở KCN Song Khê - Nội Hoàng (Bắc Gian) vừa được doanh nghiệp Hàn Quốc Seonjin Micron Vina khánh thành; công ty gia công bảng vi mạch tích hợp cho điện thoại.",
            "2023-09-16",
            "ministry",
            [
                "typo_read_as_meant",
                "inauguration_no_capital",
                "plant_name_no_second_firm",
                "object_first",
                "passive",
                "country_word",
                "vina_dropped",
            ],
            firms=[f("Seonjin Micron")],
            provinces=[pv("Bắc Giang")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Song Khê - Nội Hoàng")],
            events=[ev("inauguration", [F("Seonjin Micron")], None, None, BG, "completed")],
        ),
        h(
            n(),
            "Đơn hàng tăng nhanh là lý do nhà máy thứ hai mọc lên chỉ chừng một năm sau khi xưởng đầu tiên chạy máy.",
            "2023-09-16",
            "ministry",
            ["anaphoric_firm_no_firm", "ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a US chipmaker's first CPU batch from its HCM City plant in 2014 and a 2022 launch (S4 r1,
    # S4 r4) ---
    rows += [
        h(
            n(),
            "Norwell xuất xưởng lô CPU đầu tiên làm tại Việt Nam\nThứ năm, 31/07/2014 08:05\n(Cadn.com.vn) - Lô bộ vi xử lý đầu tiên ra lò từ nhà máy ở Khu công nghệ cao TPHCM đã được Công ty TNHH Norwell Products Việt Nam giới thiệu chiều 30-7.",
            "2014-07-31",
            "provincial",
            [
                "headline_lead",
                "product_launch_no_deal",
                "site_prefix_nothing",
                "timestamp",
                "province_in_park_name",
                "multiline",
                "no_event",
            ],
            firms=[f("Norwell"), f("Norwell Products", "Công ty TNHH")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[park("Khu công nghệ cao TPHCM")],
            events=[],
        ),
        h(
            n(),
            "Hơn 420 triệu USD là số tiền Norwell đã bỏ thêm để có dòng CPU này, ông Tan Wei Ming, người đứng đầu nhà máy lắp ráp và kiểm định của Norwell Products Việt Nam, cho hay.",
            "2014-07-31",
            "provincial",
            ["recalled_spend_deal_no_event", "amount_first", "role_after_name", "speaker_last", "approx"],
            persons=[
                per(
                    "Tan Wei Ming",
                    "người đứng đầu nhà máy lắp ráp và kiểm định của Norwell Products Việt Nam",
                )
            ],
            firms=[f("Norwell"), f("Norwell Products")],
            money=[m(420 * M, "USD", approx=True)],
            deals=[deal("investment", ["Norwell"], 420 * M)],
            events=[],
        ),
        h(
            n(),
            "Nghiên cứu và phát triển là mảng lãnh đạo thành phố muốn hãng rót thêm tiền, Bí thư Thành ủy TP.HCM Trương Công Minh nói khi tiếp Tổng giám đốc Norwell Products Việt Nam Laura Bates.",
            "2014-07-31",
            "provincial",
            ["reception", "wish_no_event", "object_first", "role_before_name", "nfd", "no_event"],
            persons=[
                per("Trương Công Minh", "Bí thư Thành ủy TP.HCM"),
                per("Laura Bates", "Tổng giám đốc Norwell Products Việt Nam"),
            ],
            organizations=["Thành ủy TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Norwell Products")],
            events=[],
        ),
        h(
            n(),
            "Ảnh minh họa.\nMột phần quy trình làm ra dòng chip thế hệ 14 diễn ra ở nhà máy Việt Nam, theo bà Chloe Randall, người phụ trách Norwell ở Đông Nam Á, Úc và New Zealand.",
            "2022-11-20",
            "ministry",
            [
                "caption_stub",
                "country_in_role",
                "region_nothing",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Chloe Randall", "người phụ trách Norwell ở Đông Nam Á, Úc và New Zealand")],
            firms=[f("Norwell")],
            locations=[country("Úc"), country("New Zealand")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business portal's "eagles" feature, a startup interview, a working session with a research
    # centre (S5 r4, S7 r3, S7 r4) ---
    rows += [
        h(
            n(),
            "Trên 11,2 tỷ USD, chia cho 168 dự án FDI: đó là quy mô ngành bán dẫn có vốn ngoại ở Việt Nam khi năm 2024 khép lại.",
            "2025-02-18",
            "ministry",
            ["feature", "running_total_no_deal", "count", "approx", "no_event"],
            quantities=[c(168, "dự án")],
            money=[m(11.2 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Auralis vốn đã có đối tác chiến lược trong nước: thoả thuận với Đông Sơn được hai bên ký từ tháng 4/2024.",
            "2025-02-18",
            "ministry",
            ["feature", "recalled_agreement", "deal_no_event", "month_no_date", "old_tone"],
            firms=[f("Đông Sơn"), f("Auralis")],
            deals=[deal("mou", ["Đông Sơn", "Auralis"])],
            events=[],
        ),
        h(
            n(),
            "Năm 2032, tỷ trọng của Việt Nam trong khâu lắp ráp, kiểm thử và đóng gói chip toàn cầu có thể lên 8-9%, từ mức 1% năm 2022, theo dự báo của giới công nghiệp bán dẫn Mỹ.",
            "2025-02-18",
            "ministry",
            ["feature", "forecast_no_deal", "percentage_range", "country_word", "no_event"],
            percentages=[8, 9, 1],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Con chip IoT y tế đầu tiên mang thương hiệu Đông Sơn Semiconductor – công ty thiết kế chip thuộc hệ sinh thái Tập đoàn Đông Sơn – ra mắt tháng 10/2022, mở đường thương mại hoá chip do người Việt thiết kế.",
            "2023-01-03",
            "ministry",
            ["interview_lead", "product_launch_no_deal", "parent_in_apposition", "old_tone", "no_event"],
            firms=[f("Đông Sơn Semiconductor"), f("Đông Sơn", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Thưa anh Thắng, vì sao một công ty phần mềm lại lấn sang làm chip?\nAnh Vũ Quang Thắng: Vì khách hàng IoT của chúng tôi cần những con chip chuyên dụng mà thị trường không bán sẵn.",
            "2023-01-03",
            "ministry",
            [
                "interview",
                "qa_labels",
                "speaker_label_no_role",
                "given_name_alone_no_person",
                "nfd",
                "multiline",
                "no_event",
            ],
            persons=[per("Vũ Quang Thắng", None)],
            events=[],
        ),
        h(
            n(),
            "Hai người được nhắc nhiều nhất trong hành trình ấy là CEO Đông Sơn Semiconductor Hoàng Minh Trí và người phụ trách khối hệ thống thông tin, ông Vũ Quang Thắng.",
            "2023-01-03",
            "ministry",
            ["interview_lead", "role_before_name", "role_then_name", "no_event"],
            persons=[
                per("Hoàng Minh Trí", "CEO Đông Sơn Semiconductor"),
                per("Vũ Quang Thắng", "người phụ trách khối hệ thống thông tin"),
            ],
            firms=[f("Đông Sơn Semiconductor")],
            events=[],
        ),
        h(
            n(),
            "Hơn 5.000 nhà nghiên cứu từ khoảng 95 nước, trong đó có 6 người Việt, đang làm việc ở IMEC – trung tâm R&D vi điện tử mà Bộ Thông tin và Truyền thông vừa ngồi lại bàn chuyện hợp tác.",
            "2022-10-12",
            "ministry",
            ["count_first", "working_session_no_event", "acronym_alone_org", "approx", "no_event"],
            quantities=[c(5000, "nhà nghiên cứu", True), c(95, "nước", True), c(6, "người")],
            organizations=["IMEC", "Bộ Thông tin và Truyền thông"],
            events=[],
        ),
        h(
            n(),
            "Một phòng thí nghiệm ở mức 180 nano là đủ cho việc dạy thiết kế, theo lời khuyên IMEC dành cho các trường.",
            "2022-10-12",
            "ministry",
            ["node_no_count", "advice_no_event", "no_event"],
            organizations=["IMEC"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the state group's chip fab broken ground at Hòa Lạc, with a related headline (S8 r1 = S8 r4) ---
    rows += [
        h(
            n(),
            "Hòa Lạc, 15/1 – Lãnh đạo cao nhất của Đảng và Nhà nước dự lễ khởi công xưởng chip mà PBT xây theo nhiệm vụ Bộ Quốc phòng giao.",
            "2026-01-16",
            "ministry",
            [
                "place_dateline_no_province",
                "groundbreaking_started",
                "acronym_alone_firm",
                "assigning_ministry_no_party",
                "deal_date",
            ],
            firms=[f("PBT")],
            organizations=["Bộ Quốc phòng"],
            deals=[deal("groundbreaking", ["PBT"], None, None, "2026-01-15")],
            events=[ev("groundbreaking", [F("PBT")], None, None, None, "started")],
        ),
        h(
            n(),
            "Với ngành chip, lễ động thổ ở Hoà Lạc được coi là lời cam kết bằng việc làm, hướng về đích năm 2030 của chiến lược quốc gia./.",
            "2026-01-16",
            "ministry",
            ["closing_line", "old_tone", "place_alone_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tổng Bí thư, Thủ tướng bấm nút động thổ xưởng chip\nTừ nay trong nước sẽ có chỗ chế tạo chip, thay vì chỉ thiết kế rồi gửi đi gia công.",
            "2026-01-16",
            "ministry",
            [
                "related_item",
                "bare_roles_no_person",
                "groundbreaking_no_firm",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: the domestic group's agreements with the state group and foreign partners, and an earlier
    # Korean agreement (S9 r1, r2, r3, r4) ---
    rows += [
        h(
            n(),
            "Bốn thỏa thuận chip trong một buổi sáng của Đông Sơn\nCác văn bản với PBT, Kinsei Denki (Nhật Bản), Hsinwa Pac (Đài Loan) và Sơn Trà Lab được ký hôm 22/1, tới chiều 24/1 mới được công bố.",
            "2026-01-24",
            "ministry",
            [
                "headline_lead",
                "one_signer_many",
                "passive",
                "deal_date",
                "country_bracket",
                "count_in_words",
                "multiline",
            ],
            firms=[f("Đông Sơn"), f("PBT"), f("Kinsei Denki"), f("Hsinwa Pac"), f("Sơn Trà Lab")],
            locations=[country("Nhật Bản"), country("Đài Loan")],
            deals=[
                deal("mou", ["Đông Sơn", "PBT"], None, None, "2026-01-22"),
                deal("mou", ["Đông Sơn", "Kinsei Denki"], None, None, "2026-01-22"),
                deal("mou", ["Đông Sơn", "Hsinwa Pac"], None, None, "2026-01-22"),
                deal("mou", ["Đông Sơn", "Sơn Trà Lab"], None, None, "2026-01-22"),
            ],
            events=[
                ev("mou", [F("Đông Sơn"), F("PBT")], None, None, None, "signed"),
                ev("mou", [F("Đông Sơn"), F("Kinsei Denki")], None, None, None, "signed"),
                ev("mou", [F("Đông Sơn"), F("Hsinwa Pac")], None, None, None, "signed"),
                ev("mou", [F("Đông Sơn"), F("Sơn Trà Lab")], None, None, None, "signed"),
            ],
        ),
        h(
            n(),
            "Chip SoC AI-on-Edge ở tiến trình 22-28 nm cho camera, drone và thiết bị thông minh sẽ là sản phẩm chung đầu tiên của Đông Sơn và PBT.",
            "2026-01-24",
            "ministry",
            ["agreement_details_no_event", "node_no_count", "no_event"],
            firms=[f("Đông Sơn"), f("PBT")],
            events=[],
        ),
        h(
            n(),
            "Phần việc của Kinsei Denki Corporation, nhà phân phối linh kiện điện tử Nhật, là đưa những con chip Đông Sơn đóng gói ra thị trường ngoài nước và cùng nghiên cứu công nghệ đóng gói mới, để việc thương mại hoá nhanh hơn.",
            "2026-01-24",
            "ministry",
            ["agreement_details_no_event", "corporation_in_name", "country_word", "old_tone", "no_event"],
            firms=[f("Kinsei Denki Corporation"), f("Đông Sơn")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Năm 2025, chính thủ tướng hai nước đã chứng kiến hai công ty trao nhau biên bản ghi nhớ đầu tiên về bán dẫn.",
            "2026-01-24",
            "ministry",
            ["anaphoric_parties", "recalled_mou_no_names", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ky-ket-dong-son.jpg)\nMột loạt thoả thuận phát triển chip bán dẫn.",
            "2026-01-24",
            "ministry",
            ["image_markup_nothing", "caption", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đông Sơn và PBT ký thỏa thuận hợp tác toàn diện. Ảnh: Trịnh Hoàng",
            "2026-01-24",
            "ministry",
            ["caption", "mou_signed", "photo_credit_person"],
            firms=[f("Đông Sơn"), f("PBT")],
            persons=[per("Trịnh Hoàng", None)],
            deals=[deal("mou", ["Đông Sơn", "PBT"])],
            events=[ev("mou", [F("Đông Sơn"), F("PBT")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Một công ty chip Hàn Quốc và một trường đại học ở Seoul là hai đối tác mới của Đông Sơn: hôm 12/8, tập đoàn ký thỏa thuận chiến lược với Cheongwoo Semiconductor về phát triển chip, và một văn bản khác với Đại học Seorak về đào tạo nhân lực.",
            "2025-08-13",
            "ministry",
            [
                "two_agreements",
                "firm_school_mou_no_deal",
                "signing_abroad_no_site",
                "foreign_city_nothing",
                "country_word",
                "deal_date",
            ],
            firms=[f("Đông Sơn"), f("Cheongwoo Semiconductor")],
            organizations=["Đại học Seorak"],
            locations=[country("Hàn Quốc")],
            deals=[deal("mou", ["Đông Sơn", "Cheongwoo Semiconductor"], None, None, "2025-08-12")],
            events=[
                ev("mou", [F("Đông Sơn"), F("Cheongwoo Semiconductor")], None, None, None, "signed"),
                ev("mou", [F("Đông Sơn"), O("Đại học Seorak")], None, None, None, "signed"),
            ],
        ),
        h(
            n(),
            "Thị trường Hàn Quốc sẽ là nơi đầu tiên dùng chip thiết kế bởi Đông Sơn, qua kênh của Cheongwoo – hãng chuyên vi điều khiển và chip nhớ.",
            "2025-08-13",
            "ministry",
            ["use_without_contract_no_deal", "short_name_alone", "country_word", "nfd", "no_event"],
            firms=[f("Cheongwoo"), f("Đông Sơn")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a design-software maker's training course, an interview with its director, a technology
    # group's working session with its university (S10 r1, r3, r4) ---
    rows += [
        h(
            n(),
            "Quillon trao chứng chỉ cho 28 học viên khóa thiết kế vi mạch hè 2025\n(PLO)- Sau 12 tuần học và một vòng thi thực hành, 28 người – lọt qua vòng hồ sơ với hơn 600 ứng viên – đã nhận chứng chỉ.",
            "2025-09-12",
            "ministry",
            [
                "headline_lead",
                "training_no_deal",
                "count",
                "duration_no_count",
                "outlet_prefix_nothing",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Quillon")],
            quantities=[c(28, "học viên"), c(28, "người"), c(600, "ứng viên", True)],
            events=[],
        ),
        h(
            n(),
            "Ông Trịnh Phúc An, Trưởng nhóm kỹ sư ứng dụng của Quillon tại Việt Nam. Ảnh: MINH KHA",
            "2025-09-12",
            "ministry",
            ["caption", "role_after_name", "caps_credit_title_case", "no_event"],
            persons=[
                per("Trịnh Phúc An", "Trưởng nhóm kỹ sư ứng dụng của Quillon tại Việt Nam"),
                per("Minh Kha", None),
            ],
            firms=[f("Quillon")],
            events=[],
        ),
        h(
            n(),
            "PV: Thị trường thiếu kỹ sư vi mạch đến mức nào?\nÔng An Trịnh: Mỗi năm doanh nghiệp cần nhiều hơn số kỹ sư các trường đào tạo được; khoảng trống đó sẽ còn lớn dần.",
            "2023-09-05",
            "ministry",
            ["interview", "qa_labels", "western_order_name", "multiline", "no_event"],
            persons=[per("An Trịnh", None)],
            events=[],
        ),
        h(
            n(),
            "Toàn cảnh buổi làm việc\nNhân lực cho mảng gia công thiết kế vi mạch mà Tập đoàn Công nghệ Hải Long sắp mở sẽ do Trường Đại học Hải Long lo, TS. Lê Quốc Bảo, Trưởng ban Đầu tư của tập đoàn, nói.",
            "2023-10-31",
            "ministry",
            [
                "caption_then_text",
                "plan_business_line_no_deal",
                "title_no_role",
                "role_after_name",
                "nfd",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Quốc Bảo", "Trưởng ban Đầu tư của tập đoàn")],
            firms=[f("Công nghệ Hải Long", "Tập đoàn")],
            organizations=["Trường Đại học Hải Long"],
            events=[],
        ),
        h(
            n(),
            "Các khóa ngắn, từ 2 đến 6 tháng, giúp người học điện tử, viễn thông, tin học chuyển sang thiết kế chip sẽ do nhà trường mở cùng Quillon, theo PGS.TS. Nguyễn Hữu Cường, Phó hiệu trưởng Trường Đại học Hải Long.",
            "2023-10-31",
            "ministry",
            ["training_no_deal", "future_no_event", "duration_no_count", "speaker_last", "no_event"],
            persons=[per("Nguyễn Hữu Cường", "Phó hiệu trưởng Trường Đại học Hải Long")],
            organizations=["Trường Đại học Hải Long"],
            firms=[f("Quillon")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a US design house opens three offices in HCM City and Đà Nẵng (S11 r1, r2, r3) ---
    rows += [
        h(
            n(),
            "Hơn 520 kỹ sư, lớn thứ ba trong mạng lưới R&D toàn cầu của Pellham Technology: đó là quy mô tập đoàn Mỹ này có ở Việt Nam sau khi khai trương thêm hai văn phòng ở TP.HCM và một ở Đà Nẵng sáng 29/9.",
            "2025-09-29",
            "ministry",
            [
                "office_opening_no_capital",
                "two_cities_no_site",
                "counts_in_words",
                "ordinal_no_count",
                "count_first",
                "country_adjective",
                "approx",
            ],
            firms=[f("Pellham Technology")],
            provinces=[pv("Hồ Chí Minh"), pv("Đà Nẵng")],
            locations=[country("Mỹ")],
            quantities=[c(520, "kỹ sư", True)],
            events=[ev("inauguration", [F("Pellham Technology")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Phòng lab thử nghiệm chip đặt ở văn phòng mới tại tòa Sông Vàng 2, nơi rộng nhất trong ba địa điểm.",
            "2025-09-29",
            "ministry",
            ["building_name_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Ba nhà – Nhà nước, nhà trường, doanh nghiệp – cần những đối tác như Pellham”, Chủ tịch UBND TP.HCM Nguyễn Văn Toàn nói tại lễ khai trương.",
            "2025-09-30",
            "ministry",
            ["quote_first", "speaker_last", "role_before_name", "no_event"],
            persons=[per("Nguyễn Văn Toàn", "Chủ tịch UBND TP.HCM")],
            organizations=["Ủy ban nhân dân TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Pellham")],
            events=[],
        ),
        h(
            n(),
            "TP.HCM đang theo kế hoạch đào tạo 8.500 kỹ sư vi mạch tới năm 2030 để hiện thực hoá mục tiêu trung tâm bán dẫn.",
            "2025-09-30",
            "ministry",
            ["plan_no_deal", "count", "old_tone", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(8500, "kỹ sư")],
            events=[],
        ),
        h(
            n(),
            "Kiểm định thiết kế là việc 6 kỹ sư đầu tiên của Pellham Việt Nam làm trong một văn phòng nhỏ ở khu chế xuất Tân Thuận năm 2013, công ty nhắc lại ngày 29.9.",
            "2025-09-30",
            "ministry",
            ["recalled_opening_no_event", "lowercase_park", "vietnam_dropped", "count", "nfd", "no_event"],
            firms=[f("Pellham")],
            locations=[park("khu chế xuất Tân Thuận")],
            quantities=[c(6, "kỹ sư")],
            events=[],
        ),
        h(
            n(),
            "Các đại biểu cắt băng văn phòng mới của Pellham. ẢNH: ĐỖ VINH",
            "2025-09-30",
            "ministry",
            ["caption", "office_opening_caption", "caps_credit_title_case"],
            persons=[per("Đỗ Vinh", None)],
            firms=[f("Pellham")],
            events=[ev("inauguration", [F("Pellham")], None, None, None, "completed")],
        ),
    ]
    # --- Vietnamese news: a Đà Nẵng licence round in 2021 and a 2025 call for a packaging-lab investor (S12 r3, r4) ---
    rows += [
        h(
            n(),
            "Gần 270 triệu USD đổ vào khu công nghệ cao và các KCN Đà Nẵng trong đợt trao chứng nhận đầu năm, trải trên 7 dự án: 3 trong nước, 4 có vốn Nhật Bản và Hoa Kỳ.",
            "2021-02-03",
            "ministry",
            [
                "amount_first",
                "round_total_no_deal",
                "count",
                "count_without_noun_none",
                "approx",
                "country_word",
                "nfd",
                "no_event",
            ],
            money=[m(270 * M, "USD", approx=True)],
            provinces=[pv("Đà Nẵng")],
            quantities=[c(7, "dự án")],
            locations=[country("Nhật Bản"), country("Hoa Kỳ")],
            events=[],
        ),
        h(
            n(),
            "Northgate Materials Inc. (Hoa Kỳ) mang tới dự án lớn nhất: 104 triệu USD cho nhà máy vật liệu bán dẫn; 32 triệu USD còn lại thuộc về trung tâm nghiên cứu và sản xuất của Công ty TNHH Takane Valve International (Nhật Bản), cũng trong Khu công nghệ cao Đà Nẵng.",
            "2021-02-03",
            "ministry",
            [
                "round_lines_no_verb",
                "deals_no_event",
                "foreign_legal_form",
                "country_bracket",
                "park_names_province",
            ],
            firms=[
                f("Northgate Materials", "Inc."),
                f("Takane Valve International", "Công ty TNHH"),
            ],
            money=[m(104 * M, "USD"), m(32 * M, "USD")],
            provinces=[pv("Đà Nẵng")],
            locations=[country("Hoa Kỳ"), country("Nhật Bản"), park("Khu công nghệ cao Đà Nẵng")],
            deals=[
                deal("investment", ["Northgate Materials"], 104 * M, DNg),
                deal("investment", ["Takane Valve International"], 32 * M, DNg),
            ],
            events=[],
        ),
        h(
            n(),
            "Tại KCN Hòa Khánh mở rộng, Công ty TNHH Kohoku Packaging (Nhật Bản) nhận chứng nhận cho dự án 0,4 triệu USD; ba dự án trong nước cộng lại 76,5 tỷ đồng (gần 3,3 triệu USD).",
            "2021-02-03",
            "ministry",
            [
                "place_first",
                "licence_without_grantor",
                "park_names_no_province",
                "bracketed_conversion",
                "counts_in_words",
                "approx",
            ],
            firms=[f("Kohoku Packaging", "Công ty TNHH")],
            money=[m(0.4 * M, "USD"), m(76.5 * B, "VND"), m(3.3 * M, "USD", approx=True)],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Hòa Khánh mở rộng")],
            deals=[deal("investment", ["Kohoku Packaging"], 0.4 * M)],
            events=[ev("investment_licence", [F("Kohoku Packaging")], 0.4 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Các nhà đầu tư vào KCN nhận giấy chứng nhận từ lãnh đạo UBND TP Đà Nẵng (ảnh: Hoài Thương - danang.gov.vn)",
            "2021-02-03",
            "ministry",
            ["caption", "licence_no_firm", "site_credit_nothing", "photo_credit_person", "no_event"],
            organizations=["Ủy ban nhân dân TP Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            persons=[per("Hoài Thương", None)],
            events=[],
        ),
        h(
            n(),
            "Phòng thí nghiệm đóng gói chip 1.750 tỷ đồng ở Đà Nẵng cần nhà đầu tư\nHồ sơ đề nghị chấp thuận chủ trương đầu tư kèm chấp thuận nhà đầu tư đang được Sở Tài chính TP. Đà Nẵng mời nộp.",
            "2025-05-13",
            "ministry",
            ["call_for_investors_no_deal", "headline_lead", "multiline", "no_event"],
            organizations=["Sở Tài chính TP. Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            money=[m(1750 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Ý tưởng dự án đến từ Công ty CP Sơn Trà Lab, đơn vị muốn dựng công trình bốn tầng nổi trên chừng 2.300 m2 tại Công viên phần mềm số 2 (quận Hải Châu).",
            "2025-05-13",
            "ministry",
            [
                "proposal_no_event",
                "software_park_no_location",
                "m2_to_ha",
                "district",
                "count_in_words",
                "approx",
                "no_event",
            ],
            firms=[f("Sơn Trà Lab", "Công ty CP")],
            areas=[ha(0.23, True)],
            locations=[district("quận Hải Châu")],
            events=[],
        ),
        h(
            n(),
            "Nếu được chọn, nhà đầu tư có 50 năm vận hành và phải làm xong công trình trong khoảng từ quý II/2025 tới quý IV/2026.",
            "2025-05-13",
            "ministry",
            ["quarters_no_date", "duration_no_count", "nfd", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: an agency-association memorandum signed in Seoul, a supply-chain seminar with an ambassador,
    # an FDI feature with related links (S16 r3, S14 r3, S1 r1 = S13 r1) ---
    rows += [
        h(
            n(),
            "Cục trưởng Cục Công nghiệp công nghệ thông tin Nguyễn Trọng Nghĩa và Phó Chủ tịch Hiệp hội Thiết kế Chip Hàn Quốc Choi Hyun-woo ký bản ghi nhớ hợp tác bán dẫn. Ảnh: Bộ KH&CN",
            "2025-09-19",
            "ministry",
            [
                "caption",
                "agency_association_mou_no_deal",
                "role_before_name",
                "ministry_credit_nothing",
                "country_in_org_name_nothing",
                "two_persons",
            ],
            persons=[
                per("Nguyễn Trọng Nghĩa", "Cục trưởng Cục Công nghiệp công nghệ thông tin"),
                per("Choi Hyun-woo", "Phó Chủ tịch Hiệp hội Thiết kế Chip Hàn Quốc"),
            ],
            organizations=["Cục Công nghiệp công nghệ thông tin", "Hiệp hội Thiết kế Chip Hàn Quốc"],
            events=[
                ev(
                    "mou",
                    [G("Cục Công nghiệp công nghệ thông tin"), O("Hiệp hội Thiết kế Chip Hàn Quốc")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Hội thảo quốc tế về AI và bán dẫn do Cục Công nghiệp công nghệ thông tin và Cơ quan Xúc tiến CNTT Hàn Quốc (NIPA) tổ chức ở Seoul hôm 18/9 là lần đầu tiên một sự kiện như vậy diễn ra tại Hàn Quốc.",
            "2025-09-19",
            "ministry",
            [
                "seminar_no_event",
                "foreign_city_nothing",
                "bracketed_acronym_one_entry",
                "country_in_org_name_nothing",
                "ordinal_no_count",
                "no_event",
            ],
            organizations=["Cục Công nghiệp công nghệ thông tin", "Cơ quan Xúc tiến CNTT Hàn Quốc"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Samsung, Altamont, Seonjin Micron, Norwell, Quillon hay Renesas là những tên tuổi đã chọn Việt Nam làm điểm đến.",
            "2025-09-19",
            "ministry",
            ["firm_list", "no_event"],
            firms=[
                f("Samsung"),
                f("Altamont"),
                f("Seonjin Micron"),
                f("Norwell"),
                f("Quillon"),
                f("Renesas"),
            ],
            events=[],
        ),
        h(
            n(),
            "Ở Hà Lan, ngành chip đứng được là nhờ các nhà làm máy móc, thiết bị, ông Joost van Dam, Đại sứ Hà Lan tại Việt Nam, nói tại tọa đàm về chuỗi cung ứng nội địa cho sản xuất thiết bị bán dẫn.",
            "2025-11-08",
            "ministry",
            ["seminar_no_event", "country_in_role", "role_after_name", "nfd", "no_event"],
            persons=[per("Joost van Dam", "Đại sứ Hà Lan tại Việt Nam")],
            locations=[country("Hà Lan")],
            events=[],
        ),
        h(
            n(),
            "Nhà sản xuất máy chỉ làm ra chừng một phần mười giá trị; phần còn lại nằm ở hàng trăm nhà cung ứng gia công kim loại, cơ điện tử, quang học.",
            "2025-11-08",
            "ministry",
            ["fraction_no_percentage", "vague_count_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đại sứ Hà Lan phát biểu tại tọa đàm. Ảnh: BTC",
            "2025-11-08",
            "ministry",
            ["caption", "bare_role_no_person", "organiser_credit_nothing", "country_in_role", "no_event"],
            locations=[country("Hà Lan")],
            events=[],
        ),
        h(
            n(),
            "(KTSG Online) - Vi mạch, công nghệ cao và hàng có giá trị gia tăng lớn là nơi tiền ngoại được chờ đợi sẽ chảy vào nhiều nhất năm 2024, sau một năm FDI giữ được sắc xanh hiếm hoi.",
            "2024-01-05",
            "ministry",
            ["feature", "outlet_prefix_nothing", "forecast", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Gần một nửa vốn ngoại năm qua đổ về Đông Nam bộ\n- Đài Loan (Trung Quốc) chi thêm cho cuộc đua chip 2nm",
            "2024-01-05",
            "ministry",
            [
                "related_links",
                "region_nothing",
                "fraction_no_percentage",
                "country_bracket",
                "multiline",
                "no_event",
            ],
            locations=[country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo Tổng cục Thống kê, 13,4 tỉ đô la Mỹ là vốn ngoại cam kết nửa đầu năm 2023, hụt khoảng 4% so với một năm trước.",
            "2024-01-05",
            "ministry",
            ["feature", "currency_in_words", "ti_spelling", "statistics_no_deal", "approx", "no_event"],
            money=[m(13.4 * B, "USD")],
            percentages=[4],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
        h(
            n(),
            "Về đích sớm\nNỗi lo vốn ngoại tiếp tục giảm lớn dần khi xung đột ở nhiều nơi kéo dài và tài chính toàn cầu thắt lại.",
            "2024-01-05",
            "ministry",
            ["feature", "section_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A Bengali page on the wafer-fab plan, rendered in Vietnamese (S15 r4) ---
    rows += [
        h(
            n(),
            "Việt Nam đặt mục tiêu có thêm hai nhà máy wafer trong giai đoạn 2030–2040 và ba nhà máy nữa trong 2040–2050, để đi từ khâu đóng gói, thử nghiệm lên khâu sản xuất chip.",
            "2025-03-06",
            "ministry",
            ["foreign_page_rendered", "counts_in_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a news agency's copy on the Bắc Ninh opening; a parts site's copy on the Bắc Giang plant (S2 r3,
    # S3 r3) ---
    rows += [
        h(
            n(),
            "Altamont Technology inaugurates factory in Bac Ninh province\nYen Phong II-A became home on Friday to one of Vietnam's biggest chip plants, as Altamont Technology Vietnam opened a facility that is to absorb 1.45 billion USD through 2036.",
            "2024-10-18",
            "ministry",
            [
                E,
                "headline_lead",
                "inauguration_with_capital",
                "english_park_no_location",
                "vietnam_dropped",
                "multiline",
            ],
            firms=[f("Altamont Technology")],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.45 * B, "USD")],
            deals=[deal("investment", ["Altamont Technology"], 1.45 * B, BN)],
            events=[ev("inauguration", [F("Altamont Technology")], 1.45 * B, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Some 10,000 people could eventually work there, the group said; the opening phase, 480 million USD, is about system-in-package assembly and test./.\nVNA",
            "2024-10-18",
            "ministry",
            [E, "anaphoric_no_firm", "agency_credit_nothing", "approx", "count", "multiline", "no_event"],
            money=[m(480 * M, "USD")],
            quantities=[c(10000, "people", True)],
            events=[],
        ),
        h(
            n(),
            "Not Samsung, this Korean firm runs the North's first chip plant\nBac Giang province's Song Khe - Noi Hoang Industrial Park now has a second Seonjin Micron Vina Co., Ltd. factory, opened this month.",
            "2023-09-25",
            "ministry",
            [
                E,
                "clickbait_headline",
                "inauguration_no_capital",
                "english_park_no_location",
                "adjective_no_country",
                "region_nothing",
                "place_first",
                "vina_dropped",
                "multiline",
            ],
            firms=[f("Samsung"), f("Seonjin Micron", "Co., Ltd.")],
            provinces=[pv("Bắc Giang")],
            events=[ev("inauguration", [F("Seonjin Micron")], None, None, BG, "completed")],
        ),
        h(
            n(),
            "Nearly nine times the provincial FDI average: that is the capital per hectare – about 92 million USD – the project carries, on close to 560 million USD in total.",
            "2023-09-25",
            "ministry",
            [E, "no_firm_money_only", "money_per_ha", "multiplier_nothing", "approx", "no_event"],
            money=[m(92 * M, "USD", "ha", True), m(560 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Chip testers at work - Sputnik Vietnam, 1920, 03.02.2023",
            "2023-09-25",
            "ministry",
            [E, "embedded_related_link", "outlet_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a press-wire copy of a hi-tech park's memorandum with a design-software maker; an agency's copy of
    # the agency-association memorandum (S10 r2, S16 r2) ---
    rows += [
        h(
            n(),
            "VIETNAM, September 3 - HCM CITY — Chip-design software maker Quillon will supply course material and its university software to the Saigon Hi-Tech Park Management Board for a new design centre, under a memorandum of understanding the two signed on Thursday (September 1).",
            "2022-09-03",
            "ministry",
            [E, "vns_copy", "dateline", "board_firm_mou_no_deal", "weekday_with_date"],
            firms=[f("Quillon")],
            organizations=["Saigon Hi-Tech Park Management Board"],
            provinces=[pv("Hồ Chí Minh")],
            events=[
                ev(
                    "mou",
                    [G("Saigon Hi-Tech Park Management Board"), F("Quillon")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "“A design centre is only as good as the software its students practise on,” said Nguyen Van Khiem, head of the board.",
            "2022-09-03",
            "ministry",
            [E, "quote_first", "role_after_name", "no_event"],
            persons=[per("Nguyen Van Khiem", "head of the board")],
            events=[],
        ),
        h(
            n(),
            "The centre's first intake will be teaching staff, drawn from three schools under Viet Nam National University-HCM City.",
            "2022-09-03",
            "ministry",
            [E, "province_in_org_name", "count_in_words", "no_event"],
            organizations=["Viet Nam National University-HCM City"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "SEOUL — AI and semiconductors are the subject of a memorandum of understanding signed here by Việt Nam's Information Technology Industry Department and the Korea Chip Design Association (KCDA).",
            "2025-09-20",
            "ministry",
            [
                E,
                "vns_copy",
                "foreign_dateline_nothing",
                "agency_association_mou_no_deal",
                "bracketed_acronym_one_entry",
                "country_in_org_name_nothing",
            ],
            organizations=["Information Technology Industry Department", "Korea Chip Design Association"],
            events=[
                ev(
                    "mou",
                    [G("Information Technology Industry Department"), O("Korea Chip Design Association")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Under it, the two sides will swap information, run joint R&D and train people.",
            "2025-09-20",
            "ministry",
            [E, "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a wire plan from a proposal document, two round-ups of packaging investments, a Thai daily's regional
    # round-up twice (S17 r1, r2, r3, r4 = S20 r2) ---
    rows += [
        h(
            n(),
            "Seorin Electronics sets aside US$1.6 billion for Vietnam chip testing\nHANOI: A proposal document seen by reporters shows 41 trillion dong (US$1.6 billion) earmarked by Seorin Electronics for a semiconductor testing plant, as AI demand drains memory-chip supply.\nOriginal source: The Straits Times",
            "2025-11-12",
            "ministry",
            [
                E,
                "wire_headline_lead",
                "proposal_document_plan",
                "dateline",
                "bracketed_conversion",
                "passive",
                "outlet_nothing",
                "no_site",
                "multiline",
            ],
            firms=[f("Seorin Electronics")],
            provinces=[pv("Hà Nội")],
            money=[m(41000 * B, "VND"), m(1.6 * B, "USD")],
            deals=[deal("investment", ["Seorin Electronics"], 41000 * B)],
            events=[
                ev("investment_announcement", [F("Seorin Electronics")], 41000 * B, "VND", None, "announced")
            ],
        ),
        h(
            n(),
            "- Packaging money keeps arriving\n- Two local groups move into testing and fabs\n- A 2032 target for back-end share",
            "2024-11-20",
            "ministry",
            [E, "bullet_summary", "count_in_words", "year_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "State-run PBT is planning the country's first foundry. Dong Son has about $28 million going into a test facility outside Hanoi, and in Danang, Hoang Sa Holdings wants a foreign partner for an assembly, test and packaging plant.",
            "2024-11-20",
            "ministry",
            [
                E,
                "announced_investments",
                "partner_search_no_deal",
                "outside_city_no_site",
                "ordinal_no_count",
                "approx",
            ],
            firms=[f("PBT"), f("Dong Son"), f("Hoang Sa Holdings")],
            provinces=[pv("Hà Nội"), pv("Đà Nẵng")],
            money=[m(28 * M, "USD", approx=True)],
            deals=[deal("investment", ["Dong Son"], 28 * M), deal("investment", ["PBT"])],
            events=[
                ev("investment_announcement", [F("Dong Son")], 28 * M, "USD", None, "announced"),
                ev("investment_announcement", [F("PBT")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "publive-image\n\nClients wanted supply from outside China, so South Korea's Seonjin Micron is committing around 1.1 trillion won (some $800 million) to its Vietnamese packaging lines for older memory chips through 2027.",
            "2024-11-21",
            "ministry",
            [
                E,
                "image_placeholder_nothing",
                "announced_investment",
                "possessive_country",
                "country_noun",
                "approx",
                "multiline",
            ],
            firms=[f("Seonjin Micron")],
            money=[m(1.1 * 1000 * B, "KRW", approx=True), m(800 * M, "USD", approx=True)],
            locations=[country("South Korea"), country("China")],
            deals=[deal("investment", ["Seonjin Micron"], 1.1 * 1000 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Seonjin Micron")],
                    1.1 * 1000 * B,
                    "KRW",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Altamont has pledged $1.45 billion to a 210,000-square-metre complex, its most advanced; machines from its plants in China are reportedly being moved there.",
            "2024-11-21",
            "ministry",
            [E, "pledge_announced", "sq_m_to_ha", "country_noun", "no_site"],
            firms=[f("Altamont")],
            money=[m(1.45 * B, "USD")],
            areas=[ha(21)],
            locations=[country("China")],
            deals=[deal("investment", ["Altamont"], 1.45 * B)],
            events=[ev("investment_announcement", [F("Altamont")], 1.45 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Another US$880 million from Seorin Electronics is to start semiconductor output next June, and Norwell's largest assembly and test plant, a US$1.5 billion site, is already here.",
            "2022-11-08",
            "ministry",
            [E, "announced_investment", "recalled_deal_no_event", "possessive_firm", "month_no_date"],
            firms=[f("Seorin Electronics"), f("Norwell")],
            money=[m(880 * M, "USD"), m(1.5 * B, "USD")],
            deals=[
                deal("investment", ["Seorin Electronics"], 880 * M),
                deal("investment", ["Norwell"], 1.5 * B),
            ],
            events=[
                ev("investment_announcement", [F("Seorin Electronics")], 880 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "The best ten-month result in five years, US$17.2 billion of FDI disbursed, up 14.8 per cent, was cited by Do Quang Vinh, head of the Foreign Investment Agency under the Ministry of Planning and Investment.",
            "2022-11-08",
            "ministry",
            [E, "statistics_no_deal", "speaker_last", "role_after_name", "no_event"],
            money=[m(17.2 * B, "USD")],
            percentages=[14.8],
            persons=[
                per(
                    "Do Quang Vinh",
                    "head of the Foreign Investment Agency under the Ministry of Planning and Investment",
                )
            ],
            organizations=["Foreign Investment Agency", "Ministry of Planning and Investment"],
            events=[],
        ),
        h(
            n(),
            "Software sponsorship from Quillon of the US will help the HCM City Hi-Tech Park open a chip design centre, Vinh added, and the firm will train electrical engineers too.",
            "2022-11-08",
            "ministry",
            [
                E,
                "support_no_deal",
                "of_country",
                "province_in_park_name",
                "english_park_no_location",
                "surname_alone_no_person",
                "no_event",
            ],
            firms=[f("Quillon")],
            locations=[country("US")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- English: a materials maker's interview, a wire on a Dutch parts plant, a trade-promotion page on an equipment
    # maker's top-up, a Korean business daily on an equipment maker's unit (S18 r1, r2, r3, r4) ---
    rows += [
        h(
            n(),
            "About 2,100 people work for Lumatrix Corporation in Vietnam today, a number the engineered-materials maker – present at 110 sites in 24 countries – wants above 6,500 people by fiscal 2028.",
            "2025-11-14",
            "ministry",
            [E, "corporation_in_name", "count", "approx", "no_event"],
            firms=[f("Lumatrix Corporation")],
            quantities=[
                c(110, "sites"),
                c(24, "countries"),
                c(2100, "people", True),
                c(6500, "people", True),
            ],
            events=[],
        ),
        h(
            n(),
            "The company's newest plant went up in Dong Nai province in 2024: 45,000 sq m, VND2.9 trillion ($112 million), built in 17 months; its Vietnamese story began in 2006 at VSIP in Binh Duong.",
            "2025-11-14",
            "ministry",
            [
                E,
                "anaphoric_no_firm",
                "bracketed_conversion",
                "sq_m_to_ha",
                "duration_no_count",
                "english_park_no_location",
                "no_event",
            ],
            money=[m(2.9 * 1000 * B, "VND"), m(112 * M, "USD")],
            areas=[ha(4.5)],
            provinces=[pv("Đồng Nai"), pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "AMSTERDAM, March 18 (Reuters) - A factory for chip-equipment parts is coming to northern Vietnam, Dutch high-tech group Van Houten said on Monday.",
            "2024-03-18",
            "ministry",
            [
                E,
                "wire_dateline",
                "foreign_city_nothing",
                "announced_investment",
                "adjective_no_country",
                "region_no_site",
            ],
            firms=[f("Van Houten")],
            deals=[deal("investment", ["Van Houten"])],
            events=[ev("investment_announcement", [F("Van Houten")], None, None, None, "announced")],
        ),
        h(
            n(),
            'About 70 people will work there; a spokesman put the cost only at "millions" of euros.',
            "2024-03-18",
            "ministry",
            [E, "vague_amount_none", "count", "approx", "no_event"],
            quantities=[c(70, "people", True)],
            events=[],
        ),
        h(
            n(),
            "A further $40 million is earmarked by Eindwerk Semiconductor Systems of the Netherlands for its packaging-equipment plant at Saigon Hi-Tech Park, where a 2,200 sq m factory opened a few months ago.",
            "2024-11-15",
            "ministry",
            [
                E,
                "announced_investment",
                "of_country",
                "english_park_no_location",
                "recalled_opening_no_event",
                "sq_m_to_ha",
            ],
            firms=[f("Eindwerk Semiconductor Systems")],
            money=[m(40 * M, "USD")],
            areas=[ha(0.22)],
            locations=[country("Netherlands")],
            deals=[deal("investment", ["Eindwerk Semiconductor Systems"], 40 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Eindwerk Semiconductor Systems")],
                    40 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            '"Our customers are here, so we are here," said Ong Kok Leong, Eindwerk\'s vice president for strategic projects, who wants local suppliers trained in process and qualification rules.',
            "2024-11-15",
            "ministry",
            [E, "quote_first", "role_after_name", "short_name_alone", "no_event"],
            persons=[per("Ong Kok Leong", "Eindwerk's vice president for strategic projects")],
            firms=[f("Eindwerk")],
            events=[],
        ),
        h(
            n(),
            "Hanbyeol Vietnam, a new subsidiary in Bac Ninh, will handle local sales and service for South Korean chip equipment maker Hanbyeol Semiconductor Co., the parent said on Wednesday.",
            "2023-05-31",
            "ministry",
            [E, "subsidiary_without_plant_no_deal", "adjective_no_country", "vietnam_dropped", "no_event"],
            firms=[f("Hanbyeol"), f("Hanbyeol Semiconductor", "Co.")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Chief executive Lim Sung-ho said engineers based in the country would shorten repair times for customers' machines.",
            "2023-05-31",
            "ministry",
            [E, "reported_speech", "role_before_name", "no_event"],
            persons=[per("Lim Sung-ho", "Chief executive")],
            events=[],
        ),
    ]
    # --- English: a 2015 design order and a 2013 development deal of a university chip centre, a tech site and a forum
    # repost on a US chip group's visit and memoranda (S19 r1, r3, r4, r2) ---
    rows += [
        h(
            n(),
            "Japanese order for Vietnam chip-design centre: US$55,000\nPower-supply circuits for Tokiwa Engineering of Japan are the subject of the first outsourcing contract that the Microchip Design and Training Centre (MDTC) of Vietnam National University-HCM City has signed with a foreign firm, on Tuesday.",
            "2015-06-10",
            "ministry",
            [
                E,
                "headline_lead",
                "design_contract_org_firm",
                "contractor_first",
                "object_first",
                "of_country",
                "province_in_org_name",
                "bracketed_acronym_one_entry",
                "weekday_no_date",
                "multiline",
            ],
            organizations=["Microchip Design and Training Centre", "Vietnam National University-HCM City"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Tokiwa Engineering")],
            money=[m(55000, "USD")],
            locations=[country("Japan")],
            events=[
                ev(
                    "supply_contract",
                    [O("Microchip Design and Training Centre"), F("Tokiwa Engineering")],
                    55000,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Half the year it has been given is all the centre wants to use, its deputy director Lam Quoc Huy told Tuoi Tre.",
            "2015-06-10",
            "ministry",
            [E, "role_by_pronoun", "outlet_nothing", "fraction_no_count", "no_event"],
            persons=[per("Lam Quoc Huy", "deputy director")],
            events=[],
        ),
        h(
            n(),
            "A 4G chip, made with Japanese help\n14/11/2013\nAround US$7 million will go into a 4G wireless chip that the MDTC and Kaizu Radio Co. have agreed to develop together by 2014.",
            "2013-11-14",
            "provincial",
            [
                E,
                "headline_lead",
                "date_line",
                "org_firm_codevelopment_no_deal",
                "acronym_alone_org",
                "adjective_no_country",
                "approx",
                "multiline",
            ],
            organizations=["MDTC"],
            firms=[f("Kaizu Radio", "Co.")],
            money=[m(7 * M, "USD", approx=True)],
            events=[
                ev("cooperation", [O("MDTC"), F("Kaizu Radio")], 7 * M, "USD", None, "signed"),
            ],
        ),
        h(
            n(),
            "Selling the chip at home, in Japan and beyond would fall to a joint venture still to be set up, said centre head Pham Minh Triet.",
            "2013-11-14",
            "provincial",
            [E, "future_jv_no_parties_no_event", "role_before_name", "country_noun", "no_event"],
            persons=[per("Pham Minh Triet", "centre head")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Auralis to talk chip deals in Vietnam next week\nDec 06, 2023\nAn invitation letter shows Auralis chief executive Daniel Voss holding a private meeting in Hanoi on December 11 with government officials and local tech firms, on chips and possible partnerships.",
            "2023-12-06",
            "ministry",
            [E, "headline_lead", "future_meeting_no_event", "role_before_name", "multiline", "no_event"],
            firms=[f("Auralis")],
            persons=[per("Daniel Voss", "Auralis chief executive")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "No comment on possible deals came from the attendees named so far – Dong Son, Vingroup and state-owned PBT.",
            "2023-12-06",
            "ministry",
            [E, "firm_list", "no_event"],
            firms=[f("Dong Son"), f("Vingroup"), f("PBT")],
            events=[],
        ),
        h(
            n(),
            "Chip giant Quillon to help Vietnam build semiconductor research centre - VnExpress International\nWith Prime Minister Dang Quoc Thanh present, Quillon and the Department of Information Technology Industry signed a memorandum on Sept. 18 at the company's California head office.",
            "2023-09-22",
            "ministry",
            [
                E,
                "forum_repost",
                "outlet_suffix_nothing",
                "agency_firm_mou_no_deal",
                "signing_abroad_no_site",
                "us_state_no_location",
                "multiline",
            ],
            firms=[f("Quillon")],
            organizations=["Department of Information Technology Industry"],
            persons=[per("Dang Quoc Thanh", "Prime Minister")],
            events=[
                ev(
                    "mou",
                    [F("Quillon"), G("Department of Information Technology Industry")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "A second memorandum, with the National Innovation Center, covers chip-design training, including a centre at Hoa Lac Hi-tech Park in Hanoi.",
            "2023-09-22",
            "ministry",
            [E, "second_memorandum_no_named_firm", "english_park_no_location", "no_event"],
            organizations=["National Innovation Center"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- English: a police daily's investment piece, and a business site on a Deputy Prime Minister's meeting with an
    # industry association (S20 r1, r3) ---
    rows += [
        h(
            n(),
            "Chipmakers' big projects wanted\nUp 14.2 per cent, the first ten months of 2023 brought US$25.1 billion of foreign direct investment, figures from the Ministry of Planning and Investment show.",
            "2024-02-09",
            "ministry",
            [E, "headline_lead", "statistics_no_deal", "multiline", "no_event"],
            money=[m(25.1 * B, "USD")],
            percentages=[14.2],
            organizations=["Ministry of Planning and Investment"],
            events=[],
        ),
        h(
            n(),
            "Foxconn, Luxshare and Goertek, all suppliers to Apple, are bigger in Vietnam than they were a year ago, according to Nguyen Thi Hoa, deputy director of the Foreign Investment Agency.",
            "2024-02-09",
            "ministry",
            [E, "vague_expansion_no_deal", "role_after_name", "adjective_no_country", "no_event"],
            firms=[f("Foxconn"), f("Luxshare"), f("Goertek"), f("Apple")],
            persons=[per("Nguyen Thi Hoa", "deputy director of the Foreign Investment Agency")],
            organizations=["Foreign Investment Agency"],
            events=[],
        ),
        h(
            n(),
            "Getting more chip companies to invest in Vietnam is something the US Semiconductor Industry Association (SIA) can help with, Deputy Prime Minister Ho Van Khang told its chief on Thursday.",
            "2023-01-13",
            "ministry",
            [
                E,
                "wish_no_event",
                "role_before_name",
                "bracketed_acronym_one_entry",
                "country_in_org_name_nothing",
                "no_event",
            ],
            persons=[per("Ho Van Khang", "Deputy Prime Minister")],
            organizations=["US Semiconductor Industry Association"],
            events=[],
        ),
        h(
            n(),
            "High-tech projects pay 10 per cent corporate income tax for 15 years, with four years of exemption and a 50 per cent cut for the next nine years, he noted.",
            "2023-01-13",
            "ministry",
            [E, "incentive_terms", "duration_no_count", "percentage", "no_event"],
            percentages=[10, 50],
            events=[],
        ),
    ]
    return rows
