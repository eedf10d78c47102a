# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 98 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: shipbuilding, marine equipment and steel structures in the North
(Hải Phòng, Quảng Ninh, Thái Bình, Nam Định): shipyard orders and contracts with foreign owners, steel-structure and
crane makers, FDI licences in coastal economic zones, and provincial news on local suppliers. Written and annotated for
every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered
S1-S20 in the section comments: S1 "nhà máy đóng tàu Hải Phòng ký hợp đồng đóng mới tàu chủ tàu nước ngoài", S2 "đóng
tàu Bạch Đằng Nam Triệu bàn giao tàu xuất khẩu", S3 "đóng tàu Hạ Long Quảng Ninh hạ thủy tàu", S4 "nhà máy kết cấu thép
Hải Phòng khu công nghiệp cấp giấy chứng nhận đầu tư", S5 "sản xuất cần cẩu cầu trục Hải Phòng doanh nghiệp cơ khí", S6
"Khu kinh tế Đình Vũ - Cát Hải dự án FDI cấp phép", S7 "Khu kinh tế Thái Bình nhà máy cơ khí đóng tàu đầu tư", S8 "Nam
Định đóng tàu Nghĩa Hưng Hải Hậu doanh nghiệp đóng tàu", S9 "Quảng Ninh khu công nghiệp nhà máy thiết bị hàng hải vốn
đầu tư", S10 "Damen Sông Cấm đóng tàu xuất khẩu châu Âu", S11 "tổng đoạn block tàu xuất khẩu Hải Phòng chế tạo", S12
"doanh nghiệp cung ứng vật tư thiết bị đóng tàu nội địa hóa phía Bắc", S13 "Sở Công Thương Hải Phòng công nghiệp hỗ trợ
cơ khí chế tạo doanh nghiệp địa phương", S14 "Thái Bình khởi công nhà máy kết cấu thép", S15 "Quảng Ninh UBND tỉnh trao
giấy chứng nhận đầu tư nhà máy cơ khí", S16 "nhà máy sửa chữa tàu biển Phà Rừng Hải Phòng hợp đồng", and in English S17
"Hai Phong shipyard contract vessels foreign shipowner", S18 "Vietnam northern shipbuilding steel structure factory
investment Hai Phong", S19 "Quang Ninh shipyard delivers vessel Europe", S20 "Thai Binh Nam Dinh economic zone FDI
licence mechanical factory". No sentence is taken or paraphrased from a page; the shapes are. Firm, yard, ship and
person names are invented (Đóng tàu Lạch Tray / Lach Tray Shipyard, Seoyang Tanker, K-Ship Design, Đóng tàu Cửa Lục /
Cua Luc Shipyard, Ashcombe / Ashcombe Investments, Vận tải Biển Bắc, Công nghiệp tàu thủy Kinh Thầy / Kinh Thay
Shipbuilding, Vận tải biển Thiên Ân / Thien An Shipping, Hàng hải Đông Bắc / Dong Bac Maritime Corp, Dong Bac Lines,
Phát triển Khu công nghiệp Kiền Bái, Hanshin Deck Machinery, Kohwa Marine, Marinex Coatings, Hạ tầng Trà Lý, Baoxin
Chain, Cơ khí tàu thủy Trà Lý, Kyowa Frame, Minh Phú Coating, Đóng tàu Đá Bạc, Vận tải biển Hưng Thịnh, Thiết kế tàu
thủy Sao Biển, Nordic Hull Design, Đóng tàu Ninh Cơ, Cơ khí hàng hải Bái Tử Long, Thương mại Hòn Gai, Verhoef and its
joint venture with Đóng tàu Văn Úc / Van Uc Shipbuilding, Đóng tàu Tam Bạc / Tam Bac Shipbuilding, Sửa chữa tàu biển
Bến Rừng, Phát triển hạ tầng Hòa Bình Xanh, Hải Thăng, Cơ khí hàng hải Lập Lễ, Cơ khí Duyên Hải, Kanemura Marine, Hai
Au Maritime, Sanwa Trading, KD Marine, Hakuyo Design / Engineering, Daesung Steel,
Norrhavn Cargo Systems, Lindgren Home, Autowerk Brandt, Fjordline Offshore, Zeestroom Lines, Rusviet Offshore, Jiaming
Marine Equipment, Zhongtai Auto, Hexin Investment Consulting, the parks Vinh Quang, Nam Kiền Bái, Sông Giá, Lại Xuân,
Trà Lý, Sơn Hà, and every official, director, byline, minister and (Deputy) Prime Minister); well-known names (Vinashin,
Shinec, the state shipbuilding corporation SBIC, Tập đoàn Dầu khí Quốc gia Việt Nam, Tổng công ty Hàng hải Việt Nam,
Lloyd's Register, the OECD, Cục Đăng kiểm Việt Nam, the ministries, real parks such as Nam Đình
Vũ, Liên Hà Thái, Tiền Hải, Hải Long, Hoa Xa, Bao Minh, My Trung, and Resolution 09-NQ/TW cited by number) appear only in
sentences of our own with changed figures; decision numbers other than 09-NQ/TW are invented.

What the sample looked like (80 result slots, about 52 distinct pages: a TV tag on compensation for a broken steel-hulled
boat came back six times, a kuwin keyword salad six times, a lower-case road-works tag three times, a shipyard thesis
chapter three times, and a launch for a British group, an OECD report cover, a steel-structure contractor's project
page, a developer's park page, a Russian maritime wire's round-up, a Quảng Ninh licence story and a bare headline on an
abandoned steel mill twice each): 11 slots were spam and junk (kuwin salads with run-together words, three
Polish-hosted Chinese crane-parameter titles, a clickbait headline list, a lower-case unaccented image-file line); 23
were tag, title, headline and listing pages (the TV tag six times, the road-works tag three times, an ebook tag, a TV tag
on foreign capital for an expressway, a Prime Minister's port approval, the abandoned-mill headline twice, a forum price
title, a province-history tag, a law-firm tag, a port-fee tag, a Deputy Prime Minister's park approval, a plant's phase 1
starting with its capital, a minister's line on Hải Phòng, an industrial listing on a Quảng Ninh cluster, leaders
checking preparations for openings); 13 were theses, reports, gazetteers and project pages (the thesis chapter with its
head office, founding decision and periods, a caps technology report with download furniture, a supporting-industry
thesis on imports, a district gazetteer flipbook with a park's approval, developers and secondary projects, the OECD
cover twice, a defence site's overview, the developer's park page twice, the contractor's page twice); 19 were
Vietnamese news (a Hải Phòng yard's chemical-tanker orders for a Korean owner with market figures, a Quảng Ninh yard's
launch for a British group twice and its keel for a state line, a Hải Phòng corporation's handover, a city chairman's
park licence with its capital, Hải Phòng's new parks with a repeated caption, a Thái Bình licence round told "Một là,
Hai là", a 65,000 DWT launch for a domestic owner with designer, class, director and ownership lines, a Nam Định yard
feature, a Quảng Ninh licence story with byline and investor lines twice, a marine-engineering delegation abroad, a
Dutch joint-venture yard's opening with phases, chairman, contract and history, the state group's restructuring with
decisions, transfers and a caption, a trade magazine on the city department, a 70-year feature with a weather widget,
the department's 20-year page, an infographic lead); 13 were English (Nhân Dân on a Dutch group's service centre at its
Hải Phòng joint venture, the maritime round-up twice, a trade weekly's new order with a price, a shipping portal's
negotiation item, a blog copy of a steel-mill joint venture in Hải Phòng's shipbuilding park, a business site's
steel-cutting tag, a chamber's delivery and launch item, a yard's barge handover with attendees, a chamber's Nam Định
parks item, a trade portal's Thái Bình zone master plan, a consultancy's delegation copy, an interview with the Thái
Bình zone board) and 1 a Japanese business-news item on the state group's Nam Định projects (read for its shape only,
written here in English). About 24 of the 80 slots told a deal or an event with a named party: orders and signings (the
tanker series, the trade weekly's order, the round-up's contracts), orders told through a launch, keel, handover,
delivery or steel cutting (about 9), licences (the chairman's park licence, the Thái Bình round, the Quảng Ninh pair
twice), openings (the phase 1 start, the joint-venture yard, the service centre), investor and developer lines (the
gazetteer, the contractor's page twice) and joint ventures (the steel mill and its park neighbours); the Prime
Minister's and Deputy Prime Minister's approvals named no investor.

Rows: 157 (hand-27201 to hand-27357); 33 carry a deal or an event (21%): 15 events in 14 rows (8 investment
announcements, 4 supply contracts, 2 inaugurations, 1 investment licence) and 35 `deals` entries (17 investment, 15
supply_contract, 3 cooperation); 19 rows hold a deal without an event (orders told through a launch, keel, handover,
delivery or steel cutting, investor and developer lines, recalled investments and joint ventures, a contractor's
project page); 1 row holds an event whose deal is of another kind (27324: a service-hub opening without capital beside
its recalled joint venture). 124 rows are negatives and other fields. By page kind: 11 rows of spam and junk, 24 of
tag, title, headline and listing pages (1 with a deal or event), 25 of theses, reports, gazetteers and project pages (3
in English; 4 with a deal), 63 of Vietnamese news (15), 34 of English news and the Japanese-shaped copy (13); 37 rows
are English (`english_copy`, 24%). 10 rows are stored in NFD (hand-27205, 27214, 27239, 27263, 27286, 27297, 27299,
27303, 27314, 27321); 6 use old tone placement (hand-27247 "nội địa hoá", 27265 "hoá chất", 27291 and 27293 "tàu
thuỷ", 27313 "thoả thuận", 27323 "hiện đại hoá"); 38 hold several lines (headlines and leads, bylines, timestamps,
captions, page furniture, headings, lists, a weather widget).

Own wording: on review of the first draft against the sampled pages, about 85 drafts followed a sampled sentence too
closely and were rewritten from scratch with other facts, figures and clause order: the tanker-series headline, market
and Europe lines, the signings and the eighth ship; the launch for the British group and the keel; the handover and its
ship line; the park licence lead and its capital line; the new-parks lead; the licence round's lead and its "Hai là",
"Ba là", "Bốn là", "Năm là" lines; the 65,000 DWT launch, its director's remark and the ownership line; the Nam Định
feature's lead, subheading, director and licence lines; the Quảng Ninh headline, licence, investor, area and second
investor lines; the delegation; the joint-venture yard's phases, chairman, contract, history and first ships; the
restructuring headline, transfers and caption; the department's statistics, context, resolution and working-group
lines, its programme totals and fairs; the infographic lead; the thesis founding line and periods; the report's
coastline, congress and strategy lines; the supporting-industry thesis lines; the gazetteer's park, secondary projects,
road line and second park; the park page; the contractor's line; the phase-1 tag, the park-approval tag, the port
approval, the minister tag, the listing, the preparations tag, the expressway, law-firm and port-fee tags; and nearly
every English row (the service hub, the ambassador, the round-up's five items, the trade weekly's headline and
delivery line, the negotiation, the Japanese-shaped pair, the blog's headline, joint venture, site, Hai Duong plant,
tenants and car plant, the steel cutting, the chamber's handover, price, launch and revenue, the barge handover, the Nam
Định parks, projects and revocations, the master plan, the delegation, the interview lines, the OECD note and the
overview). Dropped: four rows too close to be saved (a subsidy-era retail line, a "01 hiệp hội" line, "the Dutch group
also works with other yards", "the yard is investing for 70,000 DWT") and seven English rows cut to bring the English
share down (a site footer, the 2002-2012 programme, a mill schedule, a local-steel share, the zone's borders, a trade
figure, a news list). The Quảng Ninh licence is told with the province as actor, as in S9 r2; the economic-zone board
named as grantor only in S9 r5 was not used. Nothing was used from ranks 5-8: not the second Graig-like handover and the
Japanese export with its follow-on order (S2 r6, r8), the launch for a Thai owner and the cruise-ship build (S3 r6, r8),
the biodegradable-materials licence round and the park groundbreaking with a power plant (S4 r7, r8), the crane maker's
history (S5 r7), the zone planning and the 2020 national project list (S6 r6, r7), the shipbuilding-park investment
decision, the LNG licence and the fan-plant licence (S7 r5, r7, r8), the Nam Định steel-boat decisions (S8 r5, r7), the
second Quảng Ninh copy (S9 r5), the Dutch stake talks (S10 r6), the 2007 Dutch joint-venture contract, the Danish and
Japanese orders and the Italian owner's tankers (S17 r5, r6, r8), the Korean tanker delivery (S19 r6), or the Thái Bình
FDI year and the French copy (S20 r6, r8).

Conventions: exactly those of batches 10 and 12-97 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an order told through its delivery, launch, keel or handover is a recalled supply contract, seller
first, without event and without date (batches 72, 77); a per-ship price is money, not the contract's amount (batch
77); a signing whose buyer or seller is unnamed ("hai bên", "the two companies", "a sister yard", an unnamed buyer)
gives no deal; a licence is an investment deal and an `investment_licence` event "licensed", the granting body a
government party as written (a leader's committee as grantor), dated with its day and sited in the granting province; a
licence or approval naming no investor gives no event; "Một là, Hai là" licence lines are investment deals with
announced events, sited only where a province is written; an opening with its capital is an investment deal and an
inauguration, without capital the event only; investor lines ("do X làm chủ đầu tư", "X là chủ đầu tư"), developer lines
without a verb and recalled plants are deals without events; a recalled joint venture is a cooperation deal of its
partners without event (batches 90, 96); a joint venture's planned plant with an amount is an announced investment of
both partners (batch 83); state transfers of yards and subsidiaries are no acquisitions (batch 77); starting a ship
(keel, steel cutting) is no groundbreaking (batch 77); designers and class societies give no deal, class societies
written by name are firms (batch 77's Bureau Veritas); "Việt Nam"/"Vietnam" is dropped from a foreign subsidiary's name,
a domestic group keeps it; "X Corporation", "X Corp" keep the word without form; a bracketed acronym is no new firm, the
acronym written alone is the firm ("TBS"); a province inside an organisation's or zone's name is a mention, not a deal's
site; a dateline is a mention; English parks, zones and districts are no locations, "KCN X", "CCN X", caps park
headings and capitalised "Khu công nghiệp X" are parks, bare park names ("Trà Lý", "khu Nam Đình Vũ") none; "huyện X"
is a district, communes, wards, townships and bare towns ("Xuân Trường", "Thủy Nguyên", "Cửa Ông") nothing; Vietnamese
country names, also as adjectives ("hãng tư vấn Mỹ", "tàu Ba Lan"), and English possessives and "of Norway" are
countries, English adjectives ("Dutch", "Greek", "Swedish", "Japanese") and "Rotterdam-based" not; tonnages, DWT,
capacities, lengths, durations, ordinals and counts in words are no counts; "hơn", "trên", "khoảng", "chừng", "gần",
"more than", "around", "about", "some" approximate, a forecast ("có thể lên") not; bylines are persons without role,
agency and site credits ("Theo TTXVN", "LNV", "(Labour)") nothing; a given name alone ("anh Thắng", "ông Trung",
"Lich") is no person. Every row with no event carries `events=[]` and the phenomenon "no_event".

Calls made here in the same spirit (new or sharpened shapes):

- Main-clause signings retold in a feature, months or years back ("Hợp đồng đầu tiên được ký vào tháng 11/2022: Công ty
  Đóng tàu Lạch Tray nhận đóng 3 tàu chở hoá chất ... cho Công ty Seoyang Tanker (Hàn Quốc)", hand-27265; "Đơn thứ
  hai ... đến vào tháng 7/2023 khi Seoyang Tanker ký phụ lục với Lạch Tray", 27266; "Britain's Ashcombe Investments
  signed with Vinashin in March 2004 for 12 bulk carriers", 27328) are signed supply contracts, seller first, undated
  (batch 77's year-review signing); a signing told in a relative clause or through a ship stays recalled. "Chiếc thứ 8
  được chốt ngay hôm tàu SY01 xuống nước" (27267) names no party. In 27328 the yard that builds the ships ("Cua Luc
  Shipyard shares the work") is a mention, the contract is Vinashin's.
- Buyer-first orders told through a ship ("tàu ... mà tập đoàn Ashcombe của Anh đặt Công ty Đóng tàu Cửa Lục, đã xuống
  nước", 27269; "Tổng công ty Vận tải Biển Bắc sẽ có thêm tàu ...: thân tàu CL-21 được Công ty Đóng tàu Cửa Lục đặt
  ky", 27270; "Hai Au Maritime Company is due to take a ... bulk carrier from Haiphong's Lach Tray Shipyard", 27329;
  "Work on a walk-to-work vessel for Fjordline Offshore of Norway began at Van Uc Shipyard with a steel cutting
  ceremony", 27343) are recalled supply contracts, seller first; a future delivery counts like a past one; a headline
  naming one side ("Korea's Daesung and Vietnamese shipbuilder to make ship steel", 27337) gives none.
- A launch co-hosted by the yard's parent ("... đã xuống nước ở Hải Phòng hôm 24/12 trong buổi lễ do nhà máy và công ty
  mẹ là Tổng công ty Công nghiệp tàu thủy (SBIC) tổ chức", 27285) is the yard's and buyer's recalled deal; the parent is
  a firm mention; " date 2025-12-25" page furniture gives nothing.
- A licence received "từ tay Chủ tịch UBND thành phố Hải Phòng Đặng Quốc Trung chiều 29/5/2008" (27273) is a licence
  with G("UBND thành phố Hải Phòng"), dated and sited in Hải Phòng, the chairman a person with role; the split capital
  row (27274) is money and area only.
- The licence round: "Năm trong 7 dự án ..." (27279) counts only the numeral; two projects in one row ("Ba là ... Bốn là
  ...", 27282) give two deals and two events; a project run "trong xưởng B07 mà công ty thuê lại từ Công ty TNHH Hạ
  tầng Trà Lý" (27281) gives the lessor as a firm but no lease deal (the site of a listed project, not a signing);
  "Địa điểm ở CCN Thụy Sơn, huyện Thái Thụy" (27284) the cluster and the district.
- A plant's first line starting, the amount in a glued headline ("Nhà máy thiết bị boong 85 triệu USD ở Khu kinh tế
  Thái Bình bắt đầu sản xuất Công ty TNHH Hanshin Deck Machinery Việt Nam vừa cho chạy dây chuyền ...", 27232) is an
  inauguration with the headline amount and an investment deal, without site (the province is inside the zone's name).
- Developer and investor lines: two developers of one park (27250) give one investment deal of both; amount-first
  spending on a park ("Gần 1.150 tỷ đồng là vốn mà Công ty TNHH MTV Cơ khí Duyên Hải bỏ vào Khu công nghiệp Lại
  Xuân", 27253) a recalled deal (batch 87); "X là chủ của 2 dự án thứ cấp ..., cộng lại 1.386 tỷ đồng; xưởng tời neo
  của công ty đã động thổ từ tháng 8/2020" (27251) X's recalled investment, the month-only groundbreaking no deal of its
  own; "Kho hậu cần ..., khoảng 68 tỷ đồng, là dự án của Công ty TNHH MTV X" (27298) an investor line.
- A contractor's project page "Dự án nhà máy của Kanemura Marine tại Hải Phòng" over "Vốn 230 triệu USD, đặt ở khu Nam
  Đình Vũ trong khu kinh tế Đình Vũ - Cát Hải - Hải Phòng" (27256) is the firm's deal without event (batch 90), sited
  by the "- Hải Phòng" that follows the lower-case zone (the zone is a location, "khu Nam Đình Vũ" none).
- A service hub opened at a joint-venture yard ("A new Verhoef service hub ... has opened at the Verhoef Van Uc yard in
  Hai Phong, which the group runs as a joint venture with Van Uc Shipbuilding JSC", 27324) is an inauguration of
  Verhoef without deal (no capital), sited in Hải Phòng, and the recalled joint venture a cooperation deal without event;
  the yard's name is no firm; "110 countries" a count.
- Joint ventures: "US$38 million will go into a steel mill in Hai Phong under a joint venture that Vinashin has formed
  with South Korea's Daesung Steel" (27338) an announced investment of both, sited; "Germany's Autowerk Brandt and
  Shinec plan to put US$11 million into a car assembly line there" (27342) announced, unsited ("there" is an English
  park); "The partners already have a US$32 million plant rising in Hai Duong" (27340) names no firm; "tenants ...
  include Lindgren Home, a Swedish retailer with a US$90 million project, and a Vinashin joint venture with Finland's
  Norrhavn Cargo Systems" (27341) a recalled investment and a recalled cooperation; a joint company born of a contract
  naming only itself ("Công ty TNHH Đóng tàu Verhoef - Văn Úc ra đời từ một hợp đồng liên doanh ký ở Rotterdam (Hà
  Lan)", 27305) gives the firm and no deal; "Công ty CP Đóng tàu Văn Úc đã làm ăn với Tập đoàn Verhoef (Hà Lan) từ năm
  2003" (27306) a recalled cooperation.
- A plant named in a headline and a caption ("Khánh thành Nhà máy Đóng tàu Verhoef - Văn Úc", 27301; "Nhà điều hành Nhà
  máy Đóng tàu Verhoef – Văn Úc |", 27303) gives no firm and no event; "4 tàu tìm kiếm cứu nạn theo mẫu của Verhoef,
  giao cho Cục Hàng hải Việt Nam" (27307) names no seller.
- Design and class: "Thiết kế do Công ty CP A phối hợp với hãng B (Phần Lan) thực hiện; Lloyd's Register và Cục Đăng
  kiểm Việt Nam giám sát" (27287) gives the firms, the class society as a firm, the registry as an organisation, no
  deal; "đăng kiểm Hàn Quốc" is the country.
- A weather widget ("Hà Nội: 14°C Hà Nội / Đà Nẵng: 19°C ... / TP Hồ Chí Minh: 25°C ...", 27317) gives its cities as
  province mentions; a history line "nhà máy cơ khí như Cơ khí Hạ Lý, Cơ khí Thượng Lý, Cơ khí Cầu Rào" (27319) gives
  the factories as firms without form.
- Legal and state: "Chỉ thị số 1502/CT-TTg ngày 20/8/2010" is a decision with its date (27308); "theo Quyết định số
  931/QĐ-TTg" without date (27309); "Nghị quyết số 09-NQ/TW ngày 9/2/2007 của Ban Chấp hành Trung ương" a dated party
  resolution and the organisation (27244); the two strategies cited by title (27243) none; "quyết định số
  418/QĐ/TCCB-LĐ ngày 12 tháng 6 năm 1993" kept as printed (27238); a Prime Minister's approval of a port or a park with
  no investor (27224, 27231) no event, the decision signed "ký ngày 14/9" dated with the row's year and "ký cùng ngày"
  the same date; "C/WP6(2009)4" no decision.
- Persons: "ông Vũ Đình Thắng, giám đốc công ty" (27292) the role as written; "yard director Pham Van Lich" (27326)
  role before; "Thai Binh's Provincial Party Secretary Pham Quoc Hung" (27355) the role without the province; "Dr Tran
  Van Lam, head of the Nam Dinh Industrial Zone Authority" (27353) the role as written with its organisation; "Mr.
  Petrov A.S." and "Mr. Lee S.H." (27350) keep their initials; "Ông Đỗ Văn Khiêm" cut off at a page end (27267) a person
  without role; "Hoàng Minh" and "Nguyễn Thị Thanh Mai" bylines.
- Places and counts: "Dinh Vu Industrial Park, ... Hai An District, Hai Phong City" (27348) gives the province only; the
  "Hanoi:" dateline (27332) a mention, "on the Quang Ninh coast" a mention and not the contract's site; "Hai Duong
  province" the old unit; ship names ("Northern Star", "Thien An Star", "Hưng Thịnh Star 03", "Bright Sakura",
  "CL07-Silver Heron") no firms; "Tám chiếc", "Chín xưởng", "Sixteen ships", "Seven newcomers", "Eleven industrial
  parks" no counts; "152 projects", "30 communes", "12 bulk carriers", "8 tàu" counts; "19 of them", "27" and "14 187 0"
  none; per-ship prices ("US$33 million", "around US$19 million") money without a deal amount."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_98(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HP = cur("Hải Phòng")

    ids = iter(range(27201, 27201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads and junk lines (S1 r4, S2 r1, S3 r4, S8 r1, S11 r3, S16 r3 kuwin; S5 r2-r4 crane titles; S10 r1; S6 r1) ---
    rows += [
        h(
            n(),
            "kuwin thái bình nhập về tỉnh nào năm 2025kết quả bóng đá đêm quacá thu kho tiêu ngon",
            "2025-07-02",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin giá thép tấm đóng tàu hôm naylịch thi đấu ngoại hạng anhmẹo luộc ngô nếp dẻo",
            "2025-03-11",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_country_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin hạ long đi đâu chơibảng xếp hạng bundesligabánh đa cua hải phòng ngon rẻ",
            "2025-05-19",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin quảng ninh có mấy thành phốsoi kèo hôm nayrau muống xào tỏi giòn xanh",
            "2025-04-08",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin mô hình tàu gỗ thủ côngxổ số miền bắc thứ bảynam định có gì chơi",
            "2025-06-21",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin cần cẩu bánh xích cũ giá rẻlịch âm tháng 9thịt kho tàu trứng cút",
            "2025-02-27",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "起重机型号参数表门式起重机年检周期规定",
            "2024-11-05",
            "ministry",
            ["spam_title", "chinese_script", "no_event"],
            events=[],
        ),
        h(
            n(),
            "danh sách thông số mẫu cầu trục tiêu chuẩn quốc gia kiểm tra móc cẩu định kỳ",
            "2024-11-05",
            "ministry",
            ["spam_title", "machine_translated", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bảng thông số cần trục cáp thép loại bỏ tiêu chuẩn quốc gia bao lâu kiểm định một lần",
            "2024-11-06",
            "ministry",
            ["spam_title", "machine_translated", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            'Mẹ chồng bất ngờ "tặng" con dâu sổ đỏ ngày ra Tết -\nGió mùa đông bắc tràn về, Bắc Bộ rét đậm từ đêm mai -\nPhân luồng giao thông quanh cầu Hoàng Văn Thụ từ 6/2 -\nMẹ chồng bất ngờ "tặng" con dâu...\nGió mùa đông bắc tràn về, Bắc Bộ...\nGiá vàng hôm nay 5/2: Trong nước tăng nhẹ,...',
            "2025-02-05",
            "ministry",
            ["page_furniture", "clickbait_list", "person_in_bridge_name", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tp hai phong de xuat giao ben pha cu cho tinh thai binh quan ly dcim100media",
            "2019-08-14",
            "ministry",
            ["image_file_line", "unaccented", "lowercase", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title, headline and listing pages (S1 r1, S2 r2 r4, S3 r3, S4 r1 r4, S5 r1, S6 r2 r4, S7 r1, S9 r1, S11 r1-r2, S12 r4, S13 r1, S14 r1 r3, S15 r1-r4, S16 r1 r4) ---
    rows += [
        h(
            n(),
            "hỗ trợ ngư dân sửa tàu vỏ thép nằm bờ",
            "2020-06-15",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tàu vỏ thép hỏng máy sau nửa năm ra khơi",
            "2020-06-15",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "trách nhiệm bảo hành tàu cá vỏ thép của xưởng đóng",
            "2020-06-16",
            "ministry",
            ["tag_page", "lowercase", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xưởng đóng tàu vỏ thép bị kiện vì giao tàu chậm",
            "2020-06-17",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đền bù tàu cá vỏ thép chìm sau bão",
            "2020-06-18",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sửa chữa tàu vỏ thép cho ngư dân Nam Định",
            "2020-06-18",
            "ministry",
            ["tag_page", "province", "no_event"],
            provinces=[pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "tiến độ thi công cầu vượt ngã ba đình vũ hải phòng",
            "2023-09-02",
            "ministry",
            ["tag_page", "lowercase", "lower_case_province", "lowercase_park_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tiến độ nâng cấp đê biển giao thủy nam định",
            "2023-09-02",
            "ministry",
            ["tag_page", "lowercase", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tiến độ xây dựng nhà máy đóng tàu thủy nguyên",
            "2023-09-03",
            "ministry",
            ["tag_page", "lowercase", "lowercase_district_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kỹ thuật hàn vỏ tàu thép và kết cấu nổi ebook pdf",
            "2022-03-30",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình quản lý đóng mới và sửa chữa tàu thủy pdf",
            "2022-03-30",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ODA cho đường ven biển qua Hải Phòng, Thái Bình",
            "2021-10-12",
            "ministry",
            ["tag_page", "province", "no_event"],
            provinces=[pv("Hải Phòng"), pv("Thái Bình")],
            events=[],
        ),
        h(
            n(),
            "Bến cảng Nam Đồ Sơn được Thủ tướng chấp thuận chủ trương đầu tư Khu bến rộng khoảng 418 ha; tổng vốn sẽ tính theo hồ sơ của nhà đầu tư được chọn…",
            "2024-12-18",
            "ministry",
            [
                "tag_page",
                "approval_no_investor",
                "bare_role_no_person",
                "truncated_tag",
                "area",
                "approx",
                "no_event",
            ],
            areas=[ha(418, True)],
            events=[],
        ),
        h(
            n(),
            "Hải Phòng: Xưởng đóng tàu trăm tỉ bỏ không bên sông Cấm",
            "2019-04-13",
            "provincial",
            ["headline_only", "vague_amount", "province", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Nam Định: Cụm công nghiệp đóng tàu nghìn tỉ vẫn nằm chờ nhà đầu tư",
            "2019-04-20",
            "provincial",
            ["headline_only", "vague_amount", "province", "no_event"],
            provinces=[pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "giá thép hình Nam Định tháng 3+4+5+6 năm 2019",
            "2019-07-01",
            "ministry",
            ["forum_title", "province", "month_list_no_count", "no_event"],
            provinces=[pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "lịch sử ngành cơ khí Hải Phòng",
            "2022-05-13",
            "ministry",
            ["tag_page", "province", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ xin phép mở cơ sở đóng tàu ở Quảng Ninh năm 2020",
            "2020-02-24",
            "ministry",
            ["tag_page", "law_firm_tag", "province", "no_event"],
            provinces=[pv("Quảng Ninh")],
            events=[],
        ),
        h(
            n(),
            "phí neo đậu tàu ở cảng Cái Lân tăng từ tháng 7",
            "2022-11-09",
            "ministry",
            ["tag_page", "lowercase", "port_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp Vinh Quang ở huyện Tiên Lãng, thành phố Hải Phòng, đã có chủ trương đầu tư hạ tầng theo Quyết định số 1183/QĐ-TTg mà Phó Thủ tướng Trịnh Minh Quân ký ngày 14/9.\nQuyết định số 1184/QĐ-TTg ký cùng ngày dành cho một khu ở Thái Bình.",
            "2021-09-16",
            "ministry",
            [
                "tag_page",
                "approval_no_investor",
                "role_before_name",
                "decision_signed_date",
                "district",
                "multiline",
                "no_event",
            ],
            persons=[per("Trịnh Minh Quân", "Phó Thủ tướng")],
            provinces=[pv("Hải Phòng"), pv("Thái Bình")],
            decisions=[d("1183/QĐ-TTg", "2021-09-14"), d("1184/QĐ-TTg", "2021-09-14")],
            locations=[park("Khu công nghiệp Vinh Quang"), district("huyện Tiên Lãng")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy thiết bị boong 85 triệu USD ở Khu kinh tế Thái Bình bắt đầu sản xuất Công ty TNHH Hanshin Deck Machinery Việt Nam vừa cho chạy dây chuyền tời neo đầu tiên của nhà máy ở Khu kinh tế Thái Bình, phần việc của giai đoạn 1.",
            "2024-10-28",
            "ministry",
            [
                "tag_page",
                "headline_glued_to_lead",
                "inauguration_with_capital",
                "amount_in_headline",
                "province_in_zone_name",
                "vietnam_suffix_dropped",
                "zone",
            ],
            provinces=[pv("Thái Bình")],
            firms=[f("Hanshin Deck Machinery", "Công ty TNHH")],
            money=[m(85 * M, "USD")],
            locations=[zone("Khu kinh tế Thái Bình")],
            deals=[deal("investment", ["Hanshin Deck Machinery"], 85 * M)],
            events=[ev("inauguration", [F("Hanshin Deck Machinery")], 85 * M, "USD", None, "completed")],
        ),
        h(
            n(),
            "Hải Phòng: Cực tăng trưởng công nghiệp của vùng duyên hải Bắc Bộ\nNhà đầu tư công nghệ, cơ khí và logistics của cả phía Bắc đang dồn về Hải Phòng, Bộ trưởng Bộ Công Thương Lương Đức Khải nhận định…",
            "2023-05-26",
            "ministry",
            ["tag_page", "role_before_name", "truncated_tag", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            persons=[per("Lương Đức Khải", "Bộ trưởng Bộ Công Thương")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Đông Triều Quảng Ninh: CCN Kim Sơn chờ mặt bằng sạch để đón nhà đầu tư\n\nTỉnh Quảng Ninh muốn gom các xưởng cơ khí, sửa tàu nhỏ lẻ vào cụm tập trung và đã vẽ quy hoạch các cụm công nghiệp từ nhiều năm trước.",
            "2022-08-17",
            "ministry",
            ["listing_page", "bare_town_no_location", "cluster_abbreviation", "multiline", "no_event"],
            provinces=[pv("Quảng Ninh")],
            locations=[park("Cụm công nghiệp Kim Sơn")],
            events=[],
        ),
        h(
            n(),
            "Quảng Ninh chạy nước rút cho lễ khánh thành cuối năm... Lãnh đạo UBND tỉnh Quảng Ninh đi kiểm tra từng hạng mục chiều 20/12, mười ngày trước buổi lễ gắn biển các công trình hạ tầng lớn.",
            "2023-12-21",
            "ministry",
            ["tag_page", "inspection_no_deal", "unnamed_projects_no_event", "count_in_words", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            events=[],
        ),
    ]
    # --- Theses, reports, gazetteers and project pages (S8 r3, S12 r2, S16 r2 thesis chapter; S11 r4 report; S12 r1 thesis; S9 r3 gazetteer; S7 r2, S14 r4 park pages; S6 r3, S7 r4 contractor page; English: S17 r4, S18 r1 report cover, S18 r4 overview) ---
    rows += [
        h(
            n(),
            "CHƯƠNG 2: THỰC TRẠNG SẢN XUẤT KINH DOANH Ở CÔNG TY SỬA CHỮA TÀU BIỂN BẾN RỪNG\n2.1. Khái quát về Công ty Sửa chữa tàu biển Bến Rừng\n+ Trụ sở: thị trấn Minh Tân, huyện Thủy Nguyên, thành phố Hải Phòng\n+ Điện thoại: 84-0225.3875 419 - Fax: 84-0225.3875 420",
            "2015-10-04",
            "ministry",
            [
                "thesis_text",
                "caps_heading",
                "caps_firm",
                "district",
                "commune_no_location",
                "phone_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Sửa chữa tàu biển Bến Rừng", "Công ty")],
            locations=[district("huyện Thủy Nguyên")],
            events=[],
        ),
        h(
            n(),
            "+ Tên giao dịch: BEN RUNG SHIP REPAIR COMPANY\n+ Email: benrung@vnn.vn  Website: www.benrungyard.com.vn",
            "2015-10-04",
            "ministry",
            ["thesis_text", "caps_firm", "english_trade_name", "email", "multiline", "no_event"],
            firms=[f("Ben Rung Ship Repair", "Company")],
            events=[],
        ),
        h(
            n(),
            "Do Na Uy giúp vốn và chuyên gia, xưởng sửa tàu Bến Rừng cắt băng giai đoạn I ngày 2 tháng 9 năm 1986; năm 1993, Bộ Giao thông Vận tải tổ chức lại đơn vị bằng quyết định số 418/QĐ/TCCB-LĐ ngày 12 tháng 6 năm 1993.",
            "2015-10-04",
            "ministry",
            [
                "thesis_text",
                "yard_name_no_firm",
                "recalled_opening_no_deal",
                "foreign_aid_no_deal",
                "decision_with_date",
                "country",
                "no_event",
            ],
            organizations=["Bộ Giao thông Vận tải"],
            decisions=[d("418/QĐ/TCCB-LĐ", "1993-06-12")],
            locations=[country("Na Uy")],
            events=[],
        ),
        h(
            n(),
            "(1) Giai đoạn thứ nhất: Từ năm 1986 đến năm 1991\nKhách chính khi ấy là các đội tàu quốc doanh; thỉnh thoảng mới có tàu Ba Lan hay Bungari vào ụ.",
            "2015-10-04",
            "ministry",
            [
                "thesis_text",
                "numbered_heading_no_count",
                "country_adjective_vietnamese",
                "nfd",
                "multiline",
                "no_event",
            ],
            locations=[country("Ba Lan"), country("Bungari")],
            events=[],
        ),
        h(
            n(),
            "BÁO CÁO THỰC TRẠNG CÔNG NGHỆ CƠ KHÍ HÀNG HẢI KHU VỰC PHÍA BẮC\n\n14 187 0\n\nĐang tải... (xem toàn văn)\n\nTài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống",
            "2016-05-22",
            "ministry",
            [
                "document_store",
                "caps_title",
                "page_counters_no_count",
                "page_furniture",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "PHẦN I TỔNG QUAN Năng lực đóng và sửa tàu cỡ lớn của cả nước dồn về cặp Hải Phòng – Quảng Ninh, dù bờ biển trải hơn 3.260 km tới tận Hà Tiên (Kiên Giang).",
            "2016-05-22",
            "ministry",
            [
                "report_text",
                "caps_heading_glued",
                "city_no_province",
                "province_in_bracket",
                "distance_no_count",
                "no_event",
            ],
            provinces=[pv("Hải Phòng"), pv("Quảng Ninh"), pv("Kiên Giang")],
            events=[],
        ),
        h(
            n(),
            "Kinh tế biển, với công nghiệp tàu thủy ở trung tâm, được văn kiện Đại hội X của Đảng xếp vào nhóm ngành mũi nhọn.",
            "2016-05-22",
            "ministry",
            ["report_text", "roman_numeral_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cả hai văn bản “Chiến lược phát triển ngành cơ khí đến năm 2010” và “Chiến lược biển Việt Nam đến năm 2020” đều nhắc tới đóng tàu như một chuyên ngành cơ khí quan trọng.",
            "2016-05-22",
            "ministry",
            ["report_text", "strategy_title_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết số 09-NQ/TW ngày 9/2/2007 của Ban Chấp hành Trung ương về Chiến lược biển Việt Nam đến năm 2020 cũng coi đóng tàu là một khâu cần tạo đột phá.",
            "2016-05-22",
            "ministry",
            ["report_text", "party_resolution", "decision_with_date", "no_event"],
            organizations=["Ban Chấp hành Trung ương"],
            decisions=[d("09-NQ/TW", "2007-02-09")],
            events=[],
        ),
        h(
            n(),
            "Khách đặt tàu trong nước chủ yếu là Tổng công ty Hàng hải Việt Nam, Công ty Vận tải biển Hoàng Sa và Công ty Vận tải Viễn Dương Bắc Việt.",
            "2014-04-18",
            "ministry",
            ["thesis_text", "buyer_list_no_seller_no_deal", "no_event"],
            firms=[
                f("Hàng hải Việt Nam", "Tổng công ty"),
                f("Vận tải biển Hoàng Sa", "Công ty"),
                f("Vận tải Viễn Dương Bắc Việt", "Công ty"),
            ],
            events=[],
        ),
        h(
            n(),
            "2.1.2. Khái quát về công nghiệp phụ trợ cho ngành đóng tàu\nXưởng trong nước chủ yếu nhận gia công: bản vẽ, máy chính, thép tấm và cả người giám sát thường đến từ nước ngoài, theo đánh giá của giới chuyên môn.",
            "2014-04-18",
            "ministry",
            ["thesis_text", "numbered_heading_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phần nội địa hoá của một con tàu mới chưa tới 30%; khoảng 85% vật tư, thiết bị vẫn mua từ nước ngoài.",
            "2014-04-18",
            "ministry",
            ["thesis_text", "percentage", "old_tone", "no_event"],
            percentages=[30, 85],
            events=[],
        ),
        h(
            n(),
            "Trong khi Trung Quốc chỉ riêng năm 2008 đã mở thêm 21 ụ khô cỡ lớn, các nhà máy trong nước mới nhắm tới tàu 250.000 DWT vào giữa thập kỷ sau.",
            "2014-04-18",
            "ministry",
            ["thesis_text", "tonnage_no_count", "count", "country", "no_event"],
            quantities=[c(21, "ụ khô")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Page 388 - Dia chi Thuy Nguyen (ban dien tu 2021)\nP. 388\n\nPhần IV: Kinh tế    388",
            "2021-11-30",
            "ministry",
            ["flipbook_page", "unaccented", "page_numbers_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Phát triển hạ tầng Hòa Bình Xanh và Tập đoàn Hải Thăng cùng làm chủ đầu tư Khu công nghiệp Sông Giá, khoảng 960 ha, có chủ trương đầu tư từ Quyết định số 1634/QĐ-TTg ngày 20/10/2017 của Thủ tướng Chính phủ.",
            "2021-11-30",
            "ministry",
            [
                "gazetteer",
                "developer_line_without_verb",
                "two_developers_one_deal",
                "deal_no_event",
                "decision_with_date",
                "area",
                "approx",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            firms=[f("Phát triển hạ tầng Hòa Bình Xanh", "Công ty CP"), f("Hải Thăng", "Tập đoàn")],
            decisions=[d("1634/QĐ-TTg", "2017-10-20")],
            areas=[ha(960, True)],
            locations=[park("Khu công nghiệp Sông Giá")],
            deals=[deal("investment", ["Phát triển hạ tầng Hòa Bình Xanh", "Hải Thăng"])],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Cơ khí hàng hải Lập Lễ là chủ của 2 dự án thứ cấp lớn nhất khu, cộng lại 1.386 tỷ đồng; xưởng tời neo của công ty đã động thổ từ tháng 8/2020. Tổng cộng 6 nhà đầu tư đã thuê trên 71 ha.",
            "2021-11-30",
            "ministry",
            [
                "gazetteer",
                "recalled_investment",
                "recalled_start_month_no_event",
                "count",
                "area",
                "approx",
                "deal_no_event",
                "no_event",
            ],
            firms=[f("Cơ khí hàng hải Lập Lễ", "Công ty CP")],
            money=[m(1386 * B, "VND")],
            quantities=[c(2, "dự án thứ cấp"), c(6, "nhà đầu tư")],
            areas=[ha(71, True)],
            deals=[deal("investment", ["Cơ khí hàng hải Lập Lễ"], 1386 * B)],
            events=[],
        ),
        h(
            n(),
            "Quốc lộ 10 chạy sát hàng rào Khu công nghiệp Sông Giá, còn cảng Lạch Huyện chỉ cách chừng 15 km; khu ưu tiên cơ khí hàng hải, logistics và vật liệu mới.",
            "2021-11-30",
            "ministry",
            ["gazetteer", "distance_no_count", "road_no_location", "no_event"],
            locations=[park("Khu công nghiệp Sông Giá")],
            events=[],
        ),
        h(
            n(),
            "Gần 1.150 tỷ đồng là vốn mà Công ty TNHH MTV Cơ khí Duyên Hải bỏ vào Khu công nghiệp Lại Xuân (182,6 ha), dự án có chủ trương đầu tư của Thủ tướng Chính phủ từ năm 2019.",
            "2021-11-30",
            "ministry",
            [
                "gazetteer",
                "amount_first_recalled_investment",
                "deal_no_event",
                "year_no_date",
                "approx",
                "area",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            firms=[f("Cơ khí Duyên Hải", "Công ty TNHH MTV")],
            money=[m(1150 * B, "VND", approx=True)],
            areas=[ha(182.6)],
            locations=[park("Khu công nghiệp Lại Xuân")],
            deals=[deal("investment", ["Cơ khí Duyên Hải"], 1150 * B)],
            events=[],
        ),
        h(
            n(),
            "KHU CÔNG NGHIỆP TRÀ LÝ TỈNH THÁI BÌNH\nTrong 30.460 ha của Khu kinh tế Thái Bình, 7.980 ha để làm công nghiệp, theo quy hoạch chung mà Thủ tướng Chính phủ duyệt bằng Quyết định số 1527/QĐ-TTg ngày 11/11/2019; Trà Lý là một trong những khu được mở đầu tiên …",
            "2022-02-08",
            "ministry",
            [
                "project_list_page",
                "caps_heading",
                "caps_park",
                "bare_park_name_no_location",
                "province_in_zone_name",
                "decision_with_date",
                "area",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Thái Bình")],
            decisions=[d("1527/QĐ-TTg", "2019-11-11")],
            areas=[ha(30460), ha(7980)],
            locations=[park("Khu công nghiệp Trà Lý"), zone("Khu kinh tế Thái Bình")],
            events=[],
        ),
        h(
            n(),
            "KHU CÔNG NGHIỆP TRÀ LÝ TỈNH THÁI BÌNH\nXem chi tiết »\nCỤM CÔNG NGHIỆP ĐÔNG LA\nXem chi tiết »\nNHÀ XƯỞNG CHO THUÊ KCN TIỀN HẢI\nXem chi tiết »",
            "2022-02-08",
            "ministry",
            ["project_list_page", "caps_park", "caps_cluster", "multiline", "no_event"],
            provinces=[pv("Thái Bình")],
            locations=[
                park("Khu công nghiệp Trà Lý"),
                park("Cụm công nghiệp Đông La"),
                park("Khu công nghiệp Tiền Hải"),
            ],
            events=[],
        ),
        h(
            n(),
            "Dự án nhà máy của Kanemura Marine tại Hải Phòng\n\nVốn 230 triệu USD, đặt ở khu Nam Đình Vũ trong khu kinh tế Đình Vũ - Cát Hải - Hải Phòng; nhà máy chạy máy từ tháng 9-2019.",
            "2018-10-02",
            "provincial",
            [
                "project_page",
                "heading_names_investor",
                "verbless_project_line",
                "deal_no_event",
                "bare_park_no_location",
                "lowercase_zone",
                "trailing_province_site",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Kanemura Marine")],
            money=[m(230 * M, "USD")],
            locations=[zone("Khu kinh tế Đình Vũ - Cát Hải")],
            deals=[deal("investment", ["Kanemura Marine"], 230 * M, HP)],
            events=[],
        ),
        h(
            n(),
            "Phạm vi gói thầu: thiết kế, chế tạo và lắp dựng khoảng 6.800 tấn kết cấu thép nhà xưởng và nhà văn phòng ba tầng.",
            "2018-10-02",
            "provincial",
            ["project_page", "attribute_line", "tonnage_no_count", "storeys_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "For Official Use C/WP6(2009)4\nOrganisation for Economic Co-operation and Development 12-Feb-2009\n___________________________\nEnglish - Or. English\nWORKING PARTY ON SHIPBUILDING\n\nSHIP REPAIR AND NEWBUILDING CAPACITY IN NORTHERN VIETNAM",
            "2009-02-12",
            "ministry",
            [E, "report_cover", "document_code_no_decision", "caps_title", "multiline", "no_event"],
            organizations=["Organisation for Economic Co-operation and Development"],
            events=[],
        ),
        h(
            n(),
            "Officials at the Hai Phong Department of Transport and at the state shipbuilding corporation read a draft of this note; any later comments from them will go into a revised edition.",
            "2009-02-12",
            "ministry",
            [E, "report_text", "province_in_org_name", "no_event"],
            organizations=["Hai Phong Department of Transport"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Vietnamese Shipbuilding\n\nMeasured by order book Vietnam now sits sixth in world shipbuilding, having been 14th not long ago -- a flattering picture, since each of the top three builds scores of times its tonnage.",
            "2012-01-15",
            "ministry",
            [E, "overview_page", "ordinal_not_count", "ratio_no_count", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Hải Phòng yard's chemical-tanker series for a Korean owner (S1 r2) ---
    rows += [
        h(
            n(),
            "Đóng tàu Lạch Tray đủ việc tới năm 2029\nTám chiếc tàu hóa chất đặt từ Hàn Quốc, cộng thêm đơn sửa chữa và đóng mới trong nước, đã lấp kín lịch đà tàu của nhà máy cho bốn năm tới...",
            "2025-01-15",
            "ministry",
            [
                "headline_lead",
                "unnamed_buyer_no_deal",
                "bare_firm",
                "count_in_words",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Đóng tàu Lạch Tray")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thị trường đóng tàu thế giới có thể chạm 231 tỷ USD vào năm 2033, từ mức khoảng 149,6 tỷ USD năm 2023, theo ước tính của một hãng tư vấn Mỹ.",
            "2025-01-15",
            "ministry",
            ["statistics", "approx", "forecast_not_approx", "country", "no_event"],
            money=[m(231 * B, "USD"), m(149.6 * B, "USD", approx=True)],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc và Hàn Quốc gần như nắm trọn mảng tàu container và tàu hàng rời; các xưởng châu Âu, với 6% đơn hàng thế giới, sống nhờ tàu khách, du thuyền và tàu quân sự.",
            "2025-01-15",
            "ministry",
            ["statistics", "percentage", "country", "region_no_location", "nfd", "no_event"],
            percentages=[6],
            locations=[country("Trung Quốc"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Những phân khúc các cường quốc đóng tàu bỏ ngỏ, như tàu hóa chất cỡ nhỏ, là chỗ để các nhà máy trong nước chen chân.",
            "2025-01-15",
            "ministry",
            ["analysis_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hợp đồng đầu tiên được ký vào tháng 11/2022: Công ty Đóng tàu Lạch Tray nhận đóng 3 tàu chở hoá chất 12.800 tấn cho Công ty Seoyang Tanker (Hàn Quốc).",
            "2025-01-15",
            "ministry",
            [
                "supply_contract_signed",
                "seller_first",
                "month_no_day",
                "count",
                "tonnage_no_count",
                "country_bracket",
                "old_tone",
            ],
            firms=[f("Đóng tàu Lạch Tray", "Công ty"), f("Seoyang Tanker", "Công ty")],
            quantities=[c(3, "tàu chở hoá chất")],
            locations=[country("Hàn Quốc")],
            deals=[deal("supply_contract", ["Đóng tàu Lạch Tray", "Seoyang Tanker"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Đóng tàu Lạch Tray"), F("Seoyang Tanker")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Đơn thứ hai, 2 tàu cùng cỡ, đến vào tháng 7/2023 khi Seoyang Tanker ký phụ lục với Lạch Tray; tàu số 6 và số 7 được chốt vào tháng 3/2024.",
            "2025-01-15",
            "ministry",
            [
                "supply_contract_signed",
                "buyer_first_in_text",
                "short_names",
                "month_no_day",
                "ordinal_not_count",
                "count",
            ],
            firms=[f("Seoyang Tanker"), f("Lạch Tray")],
            quantities=[c(2, "tàu")],
            deals=[deal("supply_contract", ["Lạch Tray", "Seoyang Tanker"])],
            events=[ev("supply_contract", [F("Lạch Tray"), F("Seoyang Tanker")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Chiếc thứ 8 được chốt ngay hôm tàu SY01 xuống nước, nâng loạt tàu này thành đơn hàng nhiều chiếc nhất trong lịch sử nhà máy.\nÔng Đỗ Văn Khiêm",
            "2025-01-15",
            "ministry",
            [
                "parties_unnamed_no_deal",
                "ordinal_not_count",
                "bare_person_no_role",
                "truncated",
                "multiline",
                "no_event",
            ],
            persons=[per("Đỗ Văn Khiêm", None)],
            events=[],
        ),
        h(
            n(),
            "Loạt tàu chở hóa chất do hãng K-Ship Design (Hàn Quốc) lập thiết kế, đăng kiểm Hàn Quốc giám sát thi công.",
            "2025-01-15",
            "ministry",
            ["designer_no_deal", "country_bracket", "country_adjective_vietnamese", "no_event"],
            firms=[f("K-Ship Design")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Quảng Ninh yard's launch and keel for British and state owners (S1 r3, S3 r1, S3 r2) ---
    rows += [
        h(
            n(),
            "Xuống nước tàu hàng thứ tư cho chủ tàu Anh\n\n    Gốc\n\n    Tàu hàng CL07-Silver Heron, chiếc thứ tư trong 8 tàu 56.000 tấn mà tập đoàn Ashcombe của Anh đặt Công ty Đóng tàu Cửa Lục, đã xuống nước chiều 16/11.\n\n    Theo TTXVN",
            "2009-11-17",
            "provincial",
            [
                "headline_lead",
                "launch",
                "buyer_first_in_text",
                "object_first",
                "recalled_supply_contract",
                "ordinal_not_count",
                "count",
                "tonnage_no_count",
                "country_of",
                "agency_credit_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Đóng tàu Cửa Lục", "Công ty"), f("Ashcombe", "Tập đoàn")],
            quantities=[c(8, "tàu")],
            locations=[country("Anh")],
            deals=[deal("supply_contract", ["Đóng tàu Cửa Lục", "Ashcombe"])],
            events=[],
        ),
        h(
            n(),
            "Tổng công ty Vận tải Biển Bắc sẽ có thêm tàu 10.200 tấn thứ ba: thân tàu CL-21 được Công ty Đóng tàu Cửa Lục đặt ky hôm 9/5/2008. Chi tiết...",
            "2008-05-10",
            "provincial",
            [
                "keel_not_groundbreaking",
                "buyer_first_in_text",
                "ordinal_not_count",
                "recalled_supply_contract",
                "tonnage_no_count",
                "read_more",
                "no_event",
            ],
            firms=[f("Đóng tàu Cửa Lục", "Công ty"), f("Vận tải Biển Bắc", "Tổng công ty")],
            deals=[deal("supply_contract", ["Đóng tàu Cửa Lục", "Vận tải Biển Bắc"])],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Hải Phòng corporation's bulk-carrier handover (S2 r3) ---
    rows += [
        h(
            n(),
            "Công ty CP Vận tải biển Thiên Ân, thành viên Tổng công ty Hàng hải Đông Bắc, đã nhận chiếc tàu hàng 22.000 tấn thứ năm do Tổng công ty Công nghiệp tàu thủy Kinh Thầy (Hải Phòng) đóng, trong buổi bàn giao sáng 23/12.",
            "2010-12-24",
            "provincial",
            [
                "delivery",
                "recalled_supply_contract",
                "province_in_bracket",
                "buyer_first_in_text",
                "parent_mention",
                "ordinal_not_count",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[
                f("Công nghiệp tàu thủy Kinh Thầy", "Tổng công ty"),
                f("Vận tải biển Thiên Ân", "Công ty CP"),
                f("Hàng hải Đông Bắc", "Tổng công ty"),
            ],
            deals=[deal("supply_contract", ["Công nghiệp tàu thủy Kinh Thầy", "Vận tải biển Thiên Ân"])],
            events=[],
        ),
        h(
            n(),
            "Con tàu dài 153 m, chạy 14 hải lý/giờ, thuộc hợp đồng 8 tàu hai bên ký năm 2008; đại diện Cục Đăng kiểm Việt Nam dự lễ bàn giao.",
            "2010-12-24",
            "provincial",
            ["dimensions", "hai_ben_unnamed_no_deal", "count", "no_event"],
            organizations=["Cục Đăng kiểm Việt Nam"],
            quantities=[c(8, "tàu")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an industrial-park licence handed over by the city chairman (S4 r2) ---
    rows += [
        h(
            n(),
            "Khu công nghiệp Nam Kiền Bái có giấy chứng nhận đầu tư\n\nCông ty CP Phát triển Khu công nghiệp Kiền Bái đã nhận Giấy chứng nhận đầu tư cho dự án hạ tầng Khu công nghiệp Nam Kiền Bái từ tay Chủ tịch UBND thành phố Hải Phòng Đặng Quốc Trung chiều 29/5/2008.",
            "2008-06-01",
            "ministry",
            [
                "headline_lead",
                "licence_received",
                "investor_first",
                "leader_committee_grantor",
                "role_before_name",
                "park_developer_licence",
                "deal_date",
                "multiline",
            ],
            organizations=["Ủy ban nhân dân thành phố Hải Phòng"],
            persons=[per("Đặng Quốc Trung", "Chủ tịch UBND thành phố Hải Phòng")],
            provinces=[pv("Hải Phòng")],
            firms=[f("Phát triển Khu công nghiệp Kiền Bái", "Công ty CP")],
            locations=[park("Khu công nghiệp Nam Kiền Bái")],
            deals=[deal("investment", ["Phát triển Khu công nghiệp Kiền Bái"], None, HP, "2008-05-29")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND thành phố Hải Phòng"), F("Phát triển Khu công nghiệp Kiền Bái")],
                    None,
                    None,
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Hai năm là thời hạn để xong đường, điện, nước và trạm xử lý nước thải trên hơn 240 ha của giai đoạn đầu; cả dự án cần hơn 812 tỷ đồng.",
            "2008-06-01",
            "ministry",
            ["split_detail_no_firm", "approx", "area", "duration_no_count", "count_in_words", "no_event"],
            money=[m(812 * B, "VND", approx=True)],
            areas=[ha(240, True)],
            events=[],
        ),
        h(
            n(),
            "Phát biểu tại buổi lễ, ông Trung đề nghị chủ đầu tư sớm lấp đầy khu bằng các dự án cơ khí và phụ trợ đóng tàu.",
            "2008-06-01",
            "ministry",
            ["given_name_no_person", "wish_no_deal", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: Hải Phòng's new industrial parks (S4 r3) ---
    rows += [
        h(
            n(),
            "Hải Phòng dựng thêm khu công nghiệp mới chờ “đại bàng”\n\nKhoảng 5.900 ha đất sẽ được chuyển thành 14 khu công nghiệp mới trước năm 2025, theo kế hoạch của thành phố.",
            "2021-03-10",
            "provincial",
            ["headline_lead", "plan_no_deal", "count", "area", "approx", "multiline", "no_event"],
            provinces=[pv("Hải Phòng")],
            quantities=[c(14, "khu công nghiệp")],
            areas=[ha(5900, True)],
            events=[],
        ),
        h(
            n(),
            "Công nhân trong một nhà máy cơ khí ở KCN Nam Đình Vũ\nCông nhân trong một nhà máy cơ khí ở KCN Nam Đình Vũ\n\nNăm 2020, vốn FDI vào Hải Phòng đạt gần 2,1 tỷ USD, đứng thứ",
            "2021-03-10",
            "provincial",
            ["repeated_caption", "truncated", "statistics", "approx", "park", "multiline", "no_event"],
            provinces=[pv("Hải Phòng")],
            money=[m(2.1 * B, "USD", approx=True)],
            locations=[park("Khu công nghiệp Nam Đình Vũ")],
            events=[],
        ),
        h(
            n(),
            "Thành phố đang gấp rút làm hạ tầng các khu mới để đón dòng vốn dịch chuyển từ Trung Quốc và Hàn Quốc.",
            "2021-03-10",
            "provincial",
            ["caption_like_line", "country", "no_event"],
            locations=[country("Trung Quốc"), country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a licence round in Thái Bình, listed "Một là, Hai là" (S7 r3) ---
    rows += [
        h(
            n(),
            "Thái Bình đón thêm vốn vào cơ khí hàng hải và phụ trợ\nNăm trong 7 dự án được trao giấy đợt này thuộc về nhà đầu tư nước ngoài.",
            "2024-05-20",
            "provincial",
            ["headline_lead", "licence_round_total", "count", "count_in_words", "multiline", "no_event"],
            provinces=[pv("Thái Bình")],
            quantities=[c(7, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Một là, dự án nhà máy tời neo và cần cẩu boong của Công ty TNHH Kohwa Marine Việt Nam, công suất 3.600 bộ/năm, tổng vốn 36 triệu USD, đặt tại KCN Liên Hà Thái; phần đầu chạy từ quý III/2025, phần sau từ quý I/2027.",
            "2024-05-20",
            "provincial",
            ["licence_list", "mot_la_hai_la", "vietnam_suffix_dropped", "capacity_no_count", "park"],
            firms=[f("Kohwa Marine", "Công ty TNHH")],
            money=[m(36 * M, "USD")],
            locations=[park("Khu công nghiệp Liên Hà Thái")],
            deals=[deal("investment", ["Kohwa Marine"], 36 * M)],
            events=[ev("investment_announcement", [F("Kohwa Marine")], 36 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Hai là, dự án sơn chống hà cho vỏ tàu của Công ty TNHH Marinex Coatings, vốn 4,8 triệu USD, sẽ chạy trong xưởng B07 mà công ty thuê lại từ Công ty TNHH Hạ tầng Trà Lý ở KCN Tiền Hải.",
            "2024-05-20",
            "provincial",
            ["licence_list", "mot_la_hai_la", "rented_site_no_lease_deal", "park"],
            firms=[f("Marinex Coatings", "Công ty TNHH"), f("Hạ tầng Trà Lý", "Công ty TNHH")],
            money=[m(4.8 * M, "USD")],
            locations=[park("Khu công nghiệp Tiền Hải")],
            deals=[deal("investment", ["Marinex Coatings"], 4.8 * M)],
            events=[
                ev("investment_announcement", [F("Marinex Coatings")], 4.8 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Ba là, dự án xích neo và phụ kiện chằng buộc của Công ty TNHH Baoxin Chain, 18,5 triệu USD, ở KCN Tiền Hải thuộc Khu kinh tế Thái Bình, vận hành từ quý II/2025. Bốn là, dự án gia công chân vịt và trục chân vịt của Công ty CP Cơ khí tàu thủy Trà Lý, tổng vốn 62 tỷ đồng, xây tại KCN Sơn Hà (huyện Thái Thụy).",
            "2024-05-20",
            "provincial",
            [
                "licence_list",
                "mot_la_hai_la",
                "two_projects_one_row",
                "province_in_zone_name",
                "district",
                "multi_sentence",
            ],
            provinces=[pv("Thái Bình")],
            firms=[f("Baoxin Chain", "Công ty TNHH"), f("Cơ khí tàu thủy Trà Lý", "Công ty CP")],
            money=[m(18.5 * M, "USD"), m(62 * B, "VND")],
            locations=[
                park("Khu công nghiệp Tiền Hải"),
                zone("Khu kinh tế Thái Bình"),
                park("Khu công nghiệp Sơn Hà"),
                district("huyện Thái Thụy"),
            ],
            deals=[
                deal("investment", ["Baoxin Chain"], 18.5 * M),
                deal("investment", ["Cơ khí tàu thủy Trà Lý"], 62 * B),
            ],
            events=[
                ev("investment_announcement", [F("Baoxin Chain")], 18.5 * M, "USD", None, "announced"),
                ev(
                    "investment_announcement", [F("Cơ khí tàu thủy Trà Lý")], 62 * B, "VND", None, "announced"
                ),
            ],
        ),
        h(
            n(),
            "Năm là, dự án khung kết cấu thép và ống thép hàn của Công ty TNHH Kyowa Frame Việt Nam, vốn 2,9 triệu USD, tại KCN Hải Long (huyện Tiền Hải), dự kiến chạy từ tháng 8/2024.",
            "2024-05-20",
            "provincial",
            ["licence_list", "mot_la_hai_la", "vietnam_suffix_dropped", "district", "month_no_day"],
            firms=[f("Kyowa Frame", "Công ty TNHH")],
            money=[m(2.9 * M, "USD")],
            locations=[park("Khu công nghiệp Hải Long"), district("huyện Tiền Hải")],
            deals=[deal("investment", ["Kyowa Frame"], 2.9 * M)],
            events=[ev("investment_announcement", [F("Kyowa Frame")], 2.9 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Sáu là, dự án sơn tĩnh điện cho kết cấu thép của Công ty TNHH Minh Phú Coating, tổng vốn 41 tỷ đồng. Địa điểm ở CCN Thụy Sơn, huyện Thái Thụy.",
            "2024-05-20",
            "provincial",
            ["licence_list", "mot_la_hai_la", "cluster_abbreviation", "district"],
            firms=[f("Minh Phú Coating", "Công ty TNHH")],
            money=[m(41 * B, "VND")],
            locations=[park("Cụm công nghiệp Thụy Sơn"), district("huyện Thái Thụy")],
            deals=[deal("investment", ["Minh Phú Coating"], 41 * B)],
            events=[ev("investment_announcement", [F("Minh Phú Coating")], 41 * B, "VND", None, "announced")],
        ),
    ]
    # --- Vietnamese news: a 58,000 DWT launch at a Hải Phòng yard for a domestic owner (S8 r2) ---
    rows += [
        h(
            n(),
            " date 2025-12-25 Hưng Thịnh Star 03, tàu hàng 58.000 DWT mà Công ty Đóng tàu Đá Bạc (DABASCO) đóng cho Công ty CP Vận tải biển Hưng Thịnh, đã xuống nước ở Hải Phòng hôm 24/12 trong buổi lễ do nhà máy và công ty mẹ là Tổng công ty Công nghiệp tàu thủy (SBIC) tổ chức.",
            "2025-12-25",
            "ministry",
            [
                "date_prefix_furniture",
                "launch",
                "object_first",
                "recalled_supply_contract",
                "parent_cohost_no_party",
                "acronym_bracket",
                "tonnage_no_count",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[
                f("Công nghiệp tàu thủy", "Tổng công ty"),
                f("Đóng tàu Đá Bạc", "Công ty"),
                f("Vận tải biển Hưng Thịnh", "Công ty CP"),
            ],
            deals=[deal("supply_contract", ["Đóng tàu Đá Bạc", "Vận tải biển Hưng Thịnh"])],
            events=[],
        ),
        h(
            n(),
            "Với 58.000 DWT, Hưng Thịnh Star 03 vượt mọi con tàu mà đội ngũ kỹ sư trong nước từng tự đóng; thân tàu dài gần 200 m.",
            "2025-12-25",
            "ministry",
            ["ship_name_no_firm", "tonnage_no_count", "distance_no_count", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thiết kế do Công ty CP Thiết kế tàu thủy Sao Biển phối hợp với hãng Nordic Hull Design (Phần Lan) thực hiện; Lloyd's Register và Cục Đăng kiểm Việt Nam giám sát thi công.",
            "2025-12-25",
            "ministry",
            ["designer_no_deal", "class_society_firm", "country_bracket", "no_event"],
            organizations=["Cục Đăng kiểm Việt Nam"],
            firms=[
                f("Thiết kế tàu thủy Sao Biển", "Công ty CP"),
                f("Nordic Hull Design"),
                f("Lloyd's Register"),
            ],
            locations=[country("Phần Lan")],
            events=[],
        ),
        h(
            n(),
            "“Có tuần anh em phải làm ba ca giữa mùa bão để giữ mốc hạ thủy”, ông Lê Hoàng Sơn, Tổng giám đốc Tổng công ty Công nghiệp tàu thủy, kể.",
            "2025-12-25",
            "ministry",
            ["person_role_after", "quote", "count_in_words", "no_event"],
            persons=[per("Lê Hoàng Sơn", "Tổng giám đốc Tổng công ty Công nghiệp tàu thủy")],
            firms=[f("Công nghiệp tàu thủy", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Khởi đầu năm 1968 là một công trường đóng thuyền gỗ, Công ty TNHH MTV Đóng tàu Đá Bạc nay là công ty con toàn phần (100% vốn) của Tổng công ty Công nghiệp tàu thủy từ lần tổ chức lại giữa năm 2007.",
            "2025-12-25",
            "ministry",
            [
                "ownership_no_deal",
                "percentage",
                "no_event",
            ],
            firms=[f("Đóng tàu Đá Bạc", "Công ty TNHH MTV"), f("Công nghiệp tàu thủy", "Tổng công ty")],
            percentages=[100],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Nam Định yard feature (S8 r4) ---
    rows += [
        h(
            n(),
            "Đóng tàu được tỉnh chọn làm ngành mũi nhọn vì có sẵn hơn 70 km bờ biển, các cửa sông lớn và những làng rèn, làng cơ khí có tiếng.",
            "2017-01-20",
            "provincial",
            ["feature_text", "distance_no_count", "region_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công trường vào Tết sớm\nĐơn đóng mới, sửa chữa sà lan và tàu thuỷ chạy sông biển quay lại từ năm 2015, sau mấy năm xưởng nằm im.",
            "2017-01-20",
            "provincial",
            ["subheading", "old_tone", "unnamed_contracts_no_deal", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hơn 4 ha của Cty CP Đóng tàu Ninh Cơ ở CCN Đóng tàu Xuân Ninh (Xuân Trường) những ngày giáp Tết kín người: khoảng 120 thợ chạy đua để kịp giao 2 sà lan 3.000 tấn, ông Vũ Đình Thắng, giám đốc công ty, cho biết.",
            "2017-01-20",
            "provincial",
            [
                "person_role_after",
                "cty_abbreviation",
                "unnamed_buyer_no_deal",
                "cluster_abbreviation",
                "bare_town_no_location",
                "area",
                "approx",
                "count",
                "no_event",
            ],
            persons=[per("Vũ Đình Thắng", "giám đốc công ty")],
            firms=[f("Đóng tàu Ninh Cơ", "Công ty CP")],
            quantities=[c(120, "thợ", True), c(2, "sà lan")],
            areas=[ha(4, True)],
            locations=[park("Cụm công nghiệp Đóng tàu Xuân Ninh")],
            events=[],
        ),
        h(
            n(),
            "Được Cục Đăng kiểm Việt Nam cấp phép đóng tàu thuỷ chạy tuyến quốc tế cỡ tới 6.500 tấn, doanh nghiệp 10 năm tuổi này có đơn kín đến giữa năm, anh Thắng nói thêm.",
            "2017-01-20",
            "provincial",
            ["given_name_no_person", "tonnage_no_count", "duration_no_count", "old_tone", "no_event"],
            organizations=["Cục Đăng kiểm Việt Nam"],
            events=[],
        ),
    ]
    # --- Vietnamese news: two Quảng Ninh projects licensed by the province (S9 r2, S9 r4) ---
    rows += [
        h(
            n(),
            "Gần 860 tỷ đồng đổ vào xưởng sửa tàu và kho vật tư ở Cửa Ông, Quảng Ninh\n\nNguyễn Thị Thanh Mai\n\n09/08/2025, 16:05\n\nHai dự án mở thêm chỗ cho nghề sửa tàu vốn đang thiếu ụ ở vùng Đông Bắc...",
            "2025-08-09",
            "ministry",
            [
                "headline_lead",
                "byline",
                "timestamp",
                "total_of_projects_no_deal",
                "bare_town_no_location",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyễn Thị Thanh Mai", None)],
            provinces=[pv("Quảng Ninh")],
            money=[m(860 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Ảnh minh họa.\nẢnh minh họa.\n\nTỉnh Quảng Ninh vừa cấp giấy chứng nhận đầu tư cho một xưởng sửa chữa tàu và một kho vật tư ở phường Cửa Ông; hai dự án cần gần 860 tỷ đồng.",
            "2025-08-09",
            "ministry",
            [
                "image_placeholder",
                "licence_no_investor_no_event",
                "ward_no_location",
                "count_in_words",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Quảng Ninh")],
            money=[m(860 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Cơ khí hàng hải Bái Tử Long là chủ đầu tư xưởng sửa chữa và hoán cải tàu biển, với hơn 791 tỷ đồng trên khu đất chừng 38,6 ha.",
            "2025-08-09",
            "ministry",
            ["investor_line", "deal_no_event", "approx", "area", "no_event"],
            firms=[f("Cơ khí hàng hải Bái Tử Long", "Công ty CP")],
            money=[m(791 * B, "VND", approx=True)],
            areas=[ha(38.6, True)],
            deals=[deal("investment", ["Cơ khí hàng hải Bái Tử Long"], 791 * B)],
            events=[],
        ),
        h(
            n(),
            "Nhà xưởng, ụ nổi và cầu tàu chiếm 34,2 ha; đường nối dài gần 2 km trên 4,4 ha sẽ được làm xong rồi trả cho phường.",
            "2025-08-09",
            "ministry",
            ["split_detail_no_firm", "area", "distance_no_count", "nfd", "no_event"],
            areas=[ha(34.2), ha(4.4)],
            events=[],
        ),
        h(
            n(),
            "Kho hậu cần và bãi vật tư đóng tàu, khoảng 68 tỷ đồng, là dự án của Công ty TNHH MTV Thương mại Hòn Gai.",
            "2025-08-09",
            "ministry",
            ["investor_line", "deal_no_event", "approx", "no_event"],
            firms=[f("Thương mại Hòn Gai", "Công ty TNHH MTV")],
            money=[m(68 * B, "VND", approx=True)],
            deals=[deal("investment", ["Thương mại Hòn Gai"], 68 * B)],
            events=[],
        ),
        h(
            n(),
            "Xưởng sửa tàu và kho vật tư sẽ giúp phường Cửa Ông đưa các cơ sở cơ khí, hàn tàu nhỏ lẻ gây ô nhiễm ra khỏi khu dân cư.",
            "2025-08-09",
            "ministry",
            ["purpose_line", "nfd", "ward_no_location", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a marine-engineering delegation abroad (S10 r3) ---
    rows += [
        h(
            n(),
            "Chín xưởng đóng tàu và chế tạo thiết bị boong của Hải Phòng, Quảng Ninh vừa kết thúc chuyến khảo sát Na Uy, Đan Mạch, mang về vài đầu mối đóng du thuyền và tàu dịch vụ.",
            "2016-06-02",
            "ministry",
            ["trade_mission_no_deal", "count_in_words", "country", "no_event"],
            provinces=[pv("Hải Phòng"), pv("Quảng Ninh")],
            locations=[country("Na Uy"), country("Đan Mạch")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Dutch joint-venture yard's opening (S10 r4) ---
    rows += [
        h(
            n(),
            "Khánh thành Nhà máy Đóng tàu Verhoef - Văn Úc\n\nMỗi năm 36 con tàu có thể rời giai đoạn 1 của nhà máy, vốn chỉ gồm một sàn nâng 2.500 tấn, một xưởng hoàn thiện và nhà điều hành.",
            "2012-10-20",
            "provincial",
            [
                "headline_lead",
                "plant_name_no_firm",
                "inauguration_plant_only_no_event",
                "capacity_no_count",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Hai giai đoạn sau sẽ gấp đôi sản lượng rồi thêm một dây chuyền vỏ tàu làm hộ Đóng tàu Văn Úc và các xưởng trong nước; lúc ấy nhà máy cần chừng 1.300 người.",
            "2012-10-20",
            "provincial",
            [
                "plant_phases",
                "capacity_no_count",
                "bare_firm",
                "count",
                "approx",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Đóng tàu Văn Úc")],
            quantities=[c(1300, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Nhà điều hành Nhà máy Đóng tàu Verhoef – Văn Úc |",
            "2012-10-20",
            "provincial",
            ["caption", "plant_name_no_firm", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngoài Hà Lan, Verhoef chưa đặt ở đâu một xưởng liên doanh lớn như ở đây, ông Joost van Dijk, Chủ tịch Hội đồng thành viên của nhà máy, nói; tàu kéo và tàu công trình sẽ là sản phẩm chính.",
            "2012-10-20",
            "provincial",
            ["person_role_after", "shareholding_no_deal", "country", "no_event"],
            persons=[per("Joost van Dijk", "Chủ tịch Hội đồng thành viên của nhà máy")],
            firms=[f("Verhoef")],
            locations=[country("Hà Lan")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Đóng tàu Verhoef - Văn Úc ra đời từ một hợp đồng liên doanh ký ở Rotterdam (Hà Lan) hồi tháng 9/2010, có đại diện hai chính phủ dự.",
            "2012-10-20",
            "provincial",
            [
                "recalled_joint_venture",
                "joint_company_only_no_deal",
                "foreign_city_no_location",
                "country_bracket",
                "month_no_day",
                "no_event",
            ],
            firms=[f("Đóng tàu Verhoef - Văn Úc", "Công ty TNHH")],
            locations=[country("Hà Lan")],
            events=[],
        ),
        h(
            n(),
            "Ông Trịnh Quốc Bảo, Tổng giám đốc Đóng tàu Văn Úc, nhắc rằng Công ty CP Đóng tàu Văn Úc đã làm ăn với Tập đoàn Verhoef (Hà Lan) từ năm 2003, trước khi hai bên góp vốn chung.",
            "2012-10-20",
            "provincial",
            ["recalled_cooperation", "deal_no_event", "person_role_after", "country_bracket", "no_event"],
            persons=[per("Trịnh Quốc Bảo", "Tổng giám đốc Đóng tàu Văn Úc")],
            firms=[f("Đóng tàu Văn Úc", "Công ty CP"), f("Verhoef", "Tập đoàn")],
            locations=[country("Hà Lan")],
            deals=[deal("cooperation", ["Đóng tàu Văn Úc", "Verhoef"])],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm đầu tay của mối quan hệ ấy là 4 tàu tìm kiếm cứu nạn theo mẫu của Verhoef, giao cho Cục Hàng hải Việt Nam năm 2006.",
            "2012-10-20",
            "provincial",
            ["seller_unnamed_no_deal", "designer_no_deal", "government_buyer", "count", "no_event"],
            organizations=["Cục Hàng hải Việt Nam"],
            firms=[f("Verhoef")],
            quantities=[c(4, "tàu tìm kiếm cứu nạn")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the state shipbuilding group's restructuring (S12 r3) ---
    rows += [
        h(
            n(),
            "Tái cơ cấu ngành đóng tàu: ổn định trước, tăng tốc sau\n\nSau Chỉ thị số 1502/CT-TTg ngày 20/8/2010 và Quyết định số 2117/QĐ-TTg ngày 22/11/2010 của Thủ tướng Chính phủ về đề án tái cơ cấu, sản xuất ở các nhà máy của tập đoàn đã dần trở lại.",
            "2010-12-10",
            "ministry",
            [
                "headline_lead",
                "directive_is_decision",
                "decisions_with_dates",
                "lowercase_group_no_firm",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1502/CT-TTg", "2010-08-20"), d("2117/QĐ-TTg", "2010-11-22")],
            events=[],
        ),
        h(
            n(),
            "Tài sản chuyển sang Tập đoàn Dầu khí Quốc gia Việt Nam và Tổng công ty Hàng hải Việt Nam theo Quyết định số 931/QĐ-TTg lên tới 19.860 tỷ đồng, gồm 6 công ty con, 19 công ty cháu và 4 dự án.",
            "2010-12-10",
            "ministry",
            ["state_transfer_no_acquisition", "decision_no_date", "count", "no_event"],
            firms=[f("Dầu khí Quốc gia Việt Nam", "Tập đoàn"), f("Hàng hải Việt Nam", "Tổng công ty")],
            decisions=[d("931/QĐ-TTg")],
            money=[m(19860 * B, "VND")],
            quantities=[c(6, "công ty con"), c(19, "công ty cháu"), c(4, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Đến tháng 10/2010, phần lớn doanh nghiệp và dự án được bàn giao đã chạy lại; chiếc tàu khách lớn nhất của tập đoàn cũng đã được giao cho Tổng công ty Hàng hải Việt Nam khai thác.",
            "2010-12-10",
            "ministry",
            ["state_transfer_no_acquisition", "month_no_day", "no_event"],
            firms=[f("Hàng hải Việt Nam", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Công nhân Công ty Đóng tàu Tam Bạc đón Phó Thủ tướng Thường trực Hà Văn Lộc tại ụ nổi.",
            "2010-12-10",
            "ministry",
            ["caption", "role_before_name", "visit_no_deal", "no_event"],
            persons=[per("Hà Văn Lộc", "Phó Thủ tướng Thường trực")],
            firms=[f("Đóng tàu Tam Bạc", "Công ty")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the city's industry and trade department (S13 r2, S13 r4) a 70-year feature (S13 r3) and an infographic lead (S14 r2) ---
    rows += [
        h(
            n(),
            "Nửa đầu năm, công nghiệp Hải Phòng tăng ước 12,06%, xuất khẩu 14,8%, còn bán lẻ và dịch vụ tiêu dùng 11,5%, đều so với cùng kỳ.",
            "2022-07-15",
            "ministry",
            ["statistics", "percentage", "no_event"],
            provinces=[pv("Hải Phòng")],
            percentages=[12.06, 14.8, 11.5],
            events=[],
        ),
        h(
            n(),
            "Con số ấy có được dù quý I vẫn vướng dịch và giá nhiên liệu leo thang, khiến doanh nghiệp khó thoả thuận giá với khách.",
            "2022-07-15",
            "ministry",
            ["statistics_context", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Danh mục dự án công nghiệp được khuyến khích đến năm 2025 và bản sơ kết ba năm Nghị quyết số 07-NQ/TU về phát triển công nghiệp đều do Sở Công Thương soạn để Thành ủy, HĐND, UBND thành phố ban hành.",
            "2022-07-15",
            "ministry",
            ["bare_units_no_org", "party_resolution", "count_in_words", "nfd", "no_event"],
            decisions=[d("07-NQ/TU")],
            events=[],
        ),
        h(
            n(),
            "Việc chọn đất cho các dự án công nghiệp, thương mại trong quy hoạch thành phố 2021 - 2030 cũng do Sở rà soát trước.",
            "2022-07-15",
            "ministry",
            ["planning_no_deal", "year_range_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cán bộ của Sở cũng xuống tận hai nhà máy đóng tàu ở Thủy Nguyên và một số doanh nghiệp lớn khác để nghe vướng mắc.",
            "2022-07-15",
            "ministry",
            ["working_session_no_deal", "bare_town_no_location", "count_in_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hà Nội: 14°C Hà Nội\nĐà Nẵng: 19°C Đà Nẵng\nTP Hồ Chí Minh: 25°C TP Hồ Chí Minh\n\nNgành Công Thương Hải Phòng: 70 năm một chặng đường",
            "2025-05-10",
            "ministry",
            ["weather_widget", "widget_cities_provinces", "headline", "multiline", "no_event"],
            provinces=[pv("Hà Nội"), pv("Đà Nẵng"), pv("Hồ Chí Minh"), pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "LNV - Từ những xí nghiệp cơ khí thời chiến đến các khu công nghiệp hôm nay, ngành Công Thương Hải Phòng đã đi qua bảy thập kỷ.",
            "2025-05-10",
            "ministry",
            ["standfirst", "site_credit_nothing", "count_in_words", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Những năm sau ngày giải phóng, bên cạnh các xí nghiệp đóng tàu, thành phố có hàng loạt nhà máy cơ khí như Cơ khí Hạ Lý, Cơ khí Thượng Lý, Cơ khí Cầu Rào, làm máy bơm, tời và phụ tùng cho cả miền Bắc.",
            "2025-05-10",
            "ministry",
            ["feature_history", "bare_firm_list", "region_no_location", "no_event"],
            firms=[f("Cơ khí Hạ Lý"), f("Cơ khí Thượng Lý"), f("Cơ khí Cầu Rào")],
            events=[],
        ),
        h(
            n(),
            "24/08/2023\n\nSở Công Thương TP Hải Phòng: 20 năm đồng hành cùng doanh nghiệp",
            "2023-08-24",
            "ministry",
            ["date_line", "headline", "province_in_org_name", "duration_no_count", "multiline", "no_event"],
            organizations=["Sở Công Thương TP Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Trong 20 năm, 52 đề án khuyến công quốc gia đã về Hải Phòng với 19.760 triệu đồng kinh phí, phần lớn qua Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Phòng; 21 cơ sở công nghiệp nông thôn nhờ đó có máy mới.",
            "2023-08-24",
            "ministry",
            [
                "support_totals_no_deal",
                "province_in_org_name",
                "count",
                "duration_no_count",
                "nfd",
                "no_event",
            ],
            organizations=["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            money=[m(19760 * M, "VND")],
            quantities=[c(52, "đề án khuyến công quốc gia"), c(21, "cơ sở công nghiệp nông thôn")],
            events=[],
        ),
        h(
            n(),
            "Bốn kỳ hội chợ hàng công nghiệp nông thôn phía Bắc, kỳ gần nhất năm 2019, đã được Sở cùng Cục Công Thương địa phương dựng ở thành phố, tổng cộng 1.420 gian hàng.",
            "2023-08-24",
            "ministry",
            ["fair_totals_no_deal", "count_in_words", "count", "no_event"],
            organizations=["Cục Công Thương địa phương"],
            quantities=[c(1420, "gian hàng")],
            events=[],
        ),
        h(
            n(),
            "Hoàng Minh\n\nThái Bình lấy công nghiệp hỗ trợ làm bệ phóng\n\nDoanh nghiệp phụ trợ cơ khí, điện tử bám được vào chuỗi cung ứng của các tập đoàn lớn là điều tỉnh kỳ vọng trong chặng tới năm 2025, khi công nghiệp được hiện đại hoá.",
            "2023-02-15",
            "ministry",
            ["infographic_lead", "byline", "headline", "target_no_deal", "old_tone", "multiline", "no_event"],
            persons=[per("Hoàng Minh", None)],
            provinces=[pv("Thái Bình")],
            events=[],
        ),
    ]
    # --- English: a Dutch group's service hub at its Hải Phòng joint venture (S10 r2) ---
    rows += [
        h(
            n(),
            "A new Verhoef service hub, the Dutch group's 11th in Southeast Asia, has opened at the Verhoef Van Uc yard in Hai Phong, which the group runs as a joint venture with Van Uc Shipbuilding JSC; Verhoef sells in 110 countries.",
            "2023-06-12",
            "ministry",
            [
                E,
                "inauguration_no_capital",
                "recalled_joint_venture",
                "deal_and_event_differ",
                "object_first",
                "yard_name_no_firm",
                "adjective_no_country",
                "count",
                "ordinal_not_count",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Verhoef"), f("Van Uc Shipbuilding", "JSC")],
            quantities=[c(110, "countries")],
            deals=[deal("cooperation", ["Verhoef", "Van Uc Shipbuilding"])],
            events=[ev("inauguration", [F("Verhoef")], None, None, HP, "completed")],
        ),
        h(
            n(),
            "The evening would help members of both business associations find partners, Do Thanh Hai, Vietnamese Ambassador to the Netherlands, told guests.",
            "2023-06-12",
            "ministry",
            [E, "person_role_after", "country_in_role", "count_in_words", "no_event"],
            persons=[per("Do Thanh Hai", "Vietnamese Ambassador to the Netherlands")],
            locations=[country("Netherlands")],
            events=[],
        ),
    ]
    # --- English: a maritime wire round-up of northern yards' orders (S17 r1, S19 r2) ---
    rows += [
        h(
            n(),
            "Northern Star, a container ship now fitting out, is the first of four that Dong Bac Lines has ordered from a sister yard inside the state shipbuilding group and should reach the line by the end of next year's first quarter, yard director Pham Van Lich said.",
            "2006-11-20",
            "ministry",
            [
                E,
                "role_before_name",
                "seller_unnamed_no_deal",
                "count_in_words",
                "ship_name_no_firm",
                "no_event",
            ],
            persons=[per("Pham Van Lich", "yard director")],
            firms=[f("Dong Bac Lines")],
            events=[],
        ),
        h(
            n(),
            "Priced at US$33 million, the 21,000 DWT vessel carries European engines and was checked throughout by a German classification society.",
            "2006-11-20",
            "ministry",
            [E, "per_unit_amount_not_deal", "tonnage_no_count", "adjective_no_country", "no_event"],
            money=[m(33 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Britain's Ashcombe Investments signed with Vinashin in March 2004 for 12 bulk carriers of 56,000 DWT, to be delivered within six years; Cua Luc Shipyard shares the work with one other yard.",
            "2006-11-20",
            "ministry",
            [
                E,
                "supply_contract_signed_main_clause",
                "years_back",
                "buyer_first_in_text",
                "builder_not_party",
                "month_no_day",
                "english_possessive",
                "count",
                "count_in_words",
            ],
            firms=[f("Ashcombe Investments"), f("Vinashin"), f("Cua Luc Shipyard")],
            quantities=[c(12, "bulk carriers")],
            locations=[country("Britain")],
            deals=[deal("supply_contract", ["Vinashin", "Ashcombe Investments"])],
            events=[
                ev("supply_contract", [F("Vinashin"), F("Ashcombe Investments")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Hai Au Maritime Company is due to take a 20,000 DWT bulk carrier from Haiphong's Lach Tray Shipyard in December.",
            "2006-11-20",
            "ministry",
            [
                E,
                "future_delivery",
                "buyer_first_in_text",
                "recalled_supply_contract",
                "one_word_city",
                "month_no_day",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hai Au Maritime", "Company"), f("Lach Tray Shipyard")],
            deals=[deal("supply_contract", ["Lach Tray Shipyard", "Hai Au Maritime"])],
            events=[],
        ),
        h(
            n(),
            "Last month Sanwa Trading, a Japanese trading house, took delivery of the 7,900 DWT Bright Sakura, drawn by Japan's KD Marine and built at Tam Bac Shipyard, also in Haiphong.",
            "2006-11-20",
            "ministry",
            [
                E,
                "delivery",
                "recalled_supply_contract",
                "buyer_first_in_text",
                "adjective_no_country",
                "designer_no_deal",
                "english_possessive",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Sanwa Trading"), f("KD Marine"), f("Tam Bac Shipyard")],
            locations=[country("Japan")],
            deals=[deal("supply_contract", ["Tam Bac Shipyard", "Sanwa Trading"])],
            events=[],
        ),
        h(
            n(),
            "Next in line is the Bac Son, a 22,000 DWT bulker for Thien An Shipping from Kinh Thay Shipbuilding Industry Corporation in Haiphong, one of eight the shipping line has on order there; Hakuyo Design, which the group owns with Japan's Hakuyo Engineering, did the drawings.",
            "2006-11-20",
            "ministry",
            [
                E,
                "future_delivery",
                "recalled_supply_contract",
                "corporation_keeps_word",
                "unnamed_group_no_joint_venture",
                "ship_name_no_firm",
                "count_in_words",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[
                f("Kinh Thay Shipbuilding Industry Corporation"),
                f("Thien An Shipping"),
                f("Hakuyo Design"),
                f("Hakuyo Engineering"),
            ],
            locations=[country("Japan")],
            deals=[
                deal("supply_contract", ["Kinh Thay Shipbuilding Industry Corporation", "Thien An Shipping"])
            ],
            events=[],
        ),
    ]
    # --- English: a trade weekly on a Quảng Ninh yard's new order (S17 r2) ---
    rows += [
        h(
            n(),
            "Dong Bac Lines orders record-size bulker from Quang Ninh yard\n\nHanoi: A US$31m contract signed this week commits Cua Luc Shipyard, on the Quang Ninh coast, to building a 56,000-tonne bulk carrier for Dong Bac Lines.",
            "2006-09-20",
            "ministry",
            [
                E,
                "headline_lead",
                "supply_contract_signed",
                "object_first",
                "headline_buyer_first",
                "dateline",
                "province_mention_not_site",
                "multiline",
            ],
            provinces=[pv("Hà Nội"), pv("Quảng Ninh")],
            firms=[f("Cua Luc Shipyard"), f("Dong Bac Lines")],
            money=[m(31 * M, "USD")],
            deals=[deal("supply_contract", ["Cua Luc Shipyard", "Dong Bac Lines"], 31 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cua Luc Shipyard"), F("Dong Bac Lines")],
                    31 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Delivery is pencilled in for late 2008; the drawings are by the Institute of Ship Science and Technology, whose engineers have not designed a larger hull before.  [20/09/06]",
            "2006-09-20",
            "ministry",
            [E, "date_stamp", "designer_no_deal", "no_event"],
            organizations=["Institute of Ship Science and Technology"],
            events=[],
        ),
    ]
    # --- English: a shipping portal's item on a negotiation, (S17 r3) ---
    rows += [
        h(
            n(),
            "News Content\nCapesize talks under way for northern yard\nA Greek owner is the likeliest buyer as Vinashin haggles over what would be its first capesize contract, Seatrade Asia Online has learned.",
            "2007-03-05",
            "ministry",
            [
                E,
                "negotiation_no_deal",
                "adjective_no_country",
                "source_credit_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Vinashin")],
            events=[],
        ),
    ]
    # --- English in the shape of a Japanese business-news item on Nam Định projects (S18 r2) ---
    rows += [
        h(
            n(),
            "Tens of trillions of dong are riding on Vinashin's plans for northern Nam Dinh province, which take in a port, a shipbuilding cluster, a coal-fired power plant and a new town.",
            "2007-05-20",
            "ministry",
            [E, "japanese_copy_shape", "vague_amount", "several_projects_no_deal", "no_event"],
            provinces=[pv("Nam Định")],
            firms=[f("Vinashin")],
            events=[],
        ),
        h(
            n(),
            "More than VND2.7 trillion is already committed to the first three -- a yard at Thinh An, a ship-equipment works and a 200 MW power station.",
            "2007-05-20",
            "ministry",
            [
                E,
                "japanese_copy_shape",
                "total_of_projects_no_deal",
                "power_rating_no_count",
                "count_in_words",
                "approx",
                "no_event",
            ],
            money=[m(2700 * B, "VND", approx=True)],
            events=[],
        ),
    ]
    # --- English: a blog copy of a steel-mill joint venture in Hải Phòng's shipbuilding park (S18 r3) ---
    rows += [
        h(
            n(),
            "Sunday, August 26, 2007\n\nKorea's Daesung and Vietnamese shipbuilder to make ship steel in Hai Phong",
            "2007-08-26",
            "ministry",
            [
                E,
                "date_line",
                "headline",
                "one_side_named_no_deal",
                "english_possessive",
                "multiline",
                "no_event",
            ],
            firms=[f("Daesung")],
            provinces=[pv("Hải Phòng")],
            locations=[country("Korea")],
            events=[],
        ),
        h(
            n(),
            "US$38 million will go into a steel mill in Hai Phong under a joint venture that Vinashin has formed with South Korea's Daesung Steel.",
            "2007-08-26",
            "ministry",
            [E, "joint_venture_investment", "announced_investment", "amount_first", "english_possessive"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Vinashin"), f("Daesung Steel")],
            money=[m(38 * M, "USD")],
            locations=[country("South Korea")],
            deals=[deal("investment", ["Vinashin", "Daesung Steel"], 38 * M, HP)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Vinashin"), F("Daesung Steel")],
                    38 * M,
                    "USD",
                    HP,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Sited on 20.4 hectares of the Shinec Shipbuilding Industrial Park, the mill is designed for 98,500 tonnes a year of plate and sections for shipyards.",
            "2007-08-26",
            "ministry",
            [E, "english_park_no_location", "area", "capacity_no_count", "no_event"],
            areas=[ha(20.4)],
            events=[],
        ),
        h(
            n(),
            "The partners already have a US$32 million plant rising in Hai Duong province next door, due to start rolling in mid-2008.",
            "2007-08-26",
            "ministry",
            [E, "unnamed_investor_no_deal", "pre2025", "no_event"],
            provinces=[pv("Hải Dương")],
            money=[m(32 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Other tenants of the Shinec-run park include Lindgren Home, a Swedish retailer with a US$90 million project, and a Vinashin joint venture with Finland's Norrhavn Cargo Systems.",
            "2007-08-26",
            "ministry",
            [
                E,
                "recalled_joint_venture",
                "recalled_investment",
                "two_deals",
                "english_possessive",
                "adjective_no_country",
                "deal_no_event",
                "no_event",
            ],
            firms=[f("Shinec"), f("Lindgren Home"), f("Vinashin"), f("Norrhavn Cargo Systems")],
            money=[m(90 * M, "USD")],
            locations=[country("Finland")],
            deals=[
                deal("cooperation", ["Vinashin", "Norrhavn Cargo Systems"]),
                deal("investment", ["Lindgren Home"], 90 * M),
            ],
            events=[],
        ),
        h(
            n(),
            "Germany's Autowerk Brandt and Shinec plan to put US$11 million into a car assembly line there as well.",
            "2007-08-26",
            "ministry",
            [E, "joint_venture_investment", "announced_investment", "english_possessive", "plan_with_amount"],
            firms=[f("Autowerk Brandt"), f("Shinec")],
            money=[m(11 * M, "USD")],
            locations=[country("Germany")],
            deals=[deal("investment", ["Autowerk Brandt", "Shinec"], 11 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Autowerk Brandt"), F("Shinec")],
                    11 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
    ]
    # --- English: a business site's tag on a steel cutting for a Norwegian owner (S19 r1) ---
    rows += [
        h(
            n(),
            "Steel cut for Norwegian owner's service vessel in Hai Phong\n\nWork on a walk-to-work vessel for Fjordline Offshore of Norway began at Van Uc Shipyard with a steel cutting ceremony.\n\nCompanies - Wed, Dec 22, 2021 | 10:45 am GMT+7",
            "2021-12-22",
            "ministry",
            [
                E,
                "tag_page",
                "headline_lead",
                "steel_cutting_not_groundbreaking",
                "recalled_supply_contract",
                "buyer_first_in_text",
                "adjective_no_country",
                "country_of",
                "timestamp",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Fjordline Offshore"), f("Van Uc Shipyard")],
            locations=[country("Norway")],
            deals=[deal("supply_contract", ["Van Uc Shipyard", "Fjordline Offshore"])],
            events=[],
        ),
    ]
    # --- English: a chamber's news on a bulk-carrier handover and a launch (S19 r3) ---
    rows += [
        h(
            n(),
            "Thien An Shipping Takes Fifth Bulker From Haiphong Yard\nThien An Shipping JSC, part of Dong Bac Maritime Corp, took over a 22,000-ton bulk carrier from Kinh Thay Shipbuilding Co, a Vinashin unit, on July 17, according to state media.",
            "2009-07-20",
            "ministry",
            [
                E,
                "headline_lead",
                "delivery",
                "buyer_first_in_text",
                "ordinal_not_count",
                "one_word_city",
                "recalled_supply_contract",
                "parent_mention",
                "corp_keeps_word",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[
                f("Thien An Shipping", "JSC"),
                f("Kinh Thay Shipbuilding", "Co"),
                f("Vinashin"),
                f("Dong Bac Maritime Corp"),
            ],
            deals=[deal("supply_contract", ["Kinh Thay Shipbuilding", "Thien An Shipping"])],
            events=[],
        ),
        h(
            n(),
            "Sixteen ships, each around US$19 million, were ordered under the deal between the two companies, and Thien An Star is the fifth to leave the yard, the Labour newspaper said.",
            "2009-07-20",
            "ministry",
            [
                E,
                "two_companies_unnamed_no_deal",
                "per_unit_amount_not_deal",
                "ordinal_not_count",
                "count_in_words",
                "approx",
                "no_event",
            ],
            money=[m(19 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Rotterdam-based Zeestroom Lines also saw the first of its five 8,800-ton container ships float out at Tam Bac Shipbuilding Co. that day.",
            "2009-07-20",
            "ministry",
            [
                E,
                "launch",
                "buyer_first_in_text",
                "recalled_supply_contract",
                "city_based_no_country",
                "count_in_words",
                "tonnage_no_count",
                "no_event",
            ],
            firms=[f("Zeestroom Lines"), f("Tam Bac Shipbuilding", "Co.")],
            deals=[deal("supply_contract", ["Tam Bac Shipbuilding", "Zeestroom Lines"])],
            events=[],
        ),
        h(
            n(),
            "A group official put first-half revenue at VND9.1 trillion (US$511 million), 79.4 per cent more than a year earlier. (Labour)",
            "2009-07-20",
            "ministry",
            [E, "revenue_no_deal", "bracketed_conversion", "percentage", "no_event"],
            money=[m(9100 * B, "VND"), m(511 * M, "USD")],
            percentages=[79.4],
            events=[],
        ),
    ]
    # --- English: a yard's own news page on a barge handover (S19 r4) ---
    rows += [
        h(
            n(),
            "(+84) 225 3771 046\n\ninfo@tambacyard.vn\nDinh Vu Industrial Park, Dong Hai Ward, Hai An District, Hai Phong City, Vietnam",
            "2016-04-12",
            "ministry",
            [
                E,
                "corporate_footer",
                "english_park_no_location",
                "english_district_no_location",
                "phone_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Rusviet Offshore takes delivery of accommodation barge TB-08\n\nTam Bac Shipbuilding Company Limited (TBS) handed the accommodation barge TB-08 to its owner, Rusviet Offshore, at the yard in Hai An district, Hai Phong city, on 9th April.",
            "2016-04-12",
            "ministry",
            [
                E,
                "headline_lead",
                "delivery",
                "recalled_supply_contract",
                "acronym_bracket",
                "english_district_no_location",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Rusviet Offshore"), f("Tam Bac Shipbuilding", "Company Limited")],
            deals=[deal("supply_contract", ["Tam Bac Shipbuilding", "Rusviet Offshore"])],
            events=[],
        ),
        h(
            n(),
            "Attending were Mr. Nguyen Quang Vinh, General Director of Rusviet Offshore; Mr. Petrov A.S., First Deputy General Director; Mr. Do Minh Khoa, chairman of TBS; and Mr. Lee S.H., Country Manager for Vietnam of the classification society.",
            "2016-04-12",
            "ministry",
            [E, "attendees", "person_role_after", "initials_in_name", "acronym_alone_firm", "no_event"],
            persons=[
                per("Nguyen Quang Vinh", "General Director of Rusviet Offshore"),
                per("Petrov A.S.", "First Deputy General Director"),
                per("Do Minh Khoa", "chairman of TBS"),
                per("Lee S.H.", "Country Manager for Vietnam of the classification society"),
            ],
            firms=[f("Rusviet Offshore"), f("TBS")],
            events=[],
        ),
    ]
    # --- English: a chamber's item on Nam Định's industrial parks (S20 r1) ---
    rows += [
        h(
            n(),
            "Of the eight industrial parks the Prime Minister has approved for Nam Dinh province (1,480 ha in all), only Hoa Xa, Bao Minh and My Trung -- 575.6 ha together -- are running.",
            "2014-09-15",
            "ministry",
            [
                E,
                "statistics",
                "count_in_words",
                "bare_park_names_no_location",
                "prime_minister_no_org",
                "area",
                "no_event",
            ],
            provinces=[pv("Nam Định")],
            areas=[ha(1480), ha(575.6)],
            events=[],
        ),
        h(
            n(),
            "Seven newcomers with VND298.5 billion of registered capital arrived in the first eight months; the parks now hold 152 projects, 19 of them foreign.",
            "2014-09-15",
            "ministry",
            [
                E,
                "statistics",
                "total_of_projects_no_deal",
                "count",
                "count_without_noun",
                "count_in_words",
                "no_event",
            ],
            money=[m(298.5 * B, "VND")],
            quantities=[c(152, "projects")],
            events=[],
        ),
        h(
            n(),
            "Dr Tran Van Lam, head of the Nam Dinh Industrial Zone Authority, said six idle projects had lost their investment certificates this year, bringing the number withdrawn to 27.",
            "2014-09-15",
            "ministry",
            [
                E,
                "revocation_no_investor_no_deal",
                "person_role_after",
                "province_in_org_name",
                "count_without_noun",
                "no_event",
            ],
            organizations=["Nam Dinh Industrial Zone Authority"],
            persons=[per("Tran Van Lam", "head of the Nam Dinh Industrial Zone Authority")],
            provinces=[pv("Nam Định")],
            events=[],
        ),
    ]
    # --- English: a trade portal's copy of the Thái Bình economic-zone master plan (S20 r2) ---
    rows += [
        h(
            n(),
            "Thai Binh economic zone master plan to 2040, vision to 2050\n\nSome 30,600 ha along the coast of Thai Thuy and Tien Hai districts, taking in 30 communes and a town, make up the zone.",
            "2020-01-13",
            "ministry",
            [
                E,
                "legal_summary",
                "english_zone_no_location",
                "english_district_no_location",
                "count",
                "area",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Thái Bình")],
            quantities=[c(30, "communes")],
            areas=[ha(30600, True)],
            events=[],
        ),
    ]
    # --- English: a consultancy's copy of a provincial delegation in Shenzhen (S20 r3) ---
    rows += [
        h(
            n(),
            "Jiaming Marine Equipment, Zhongtai Auto and Hexin Investment Consulting hosted Thai Binh's Provincial Party Secretary Pham Quoc Hung and his delegation in Shenzhen on 19 August.",
            "2024-08-23",
            "ministry",
            [
                E,
                "working_session_no_deal",
                "role_before_name",
                "foreign_city_no_location",
                "three_firms",
                "no_event",
            ],
            persons=[per("Pham Quoc Hung", "Provincial Party Secretary")],
            provinces=[pv("Thái Bình")],
            firms=[f("Jiaming Marine Equipment"), f("Zhongtai Auto"), f("Hexin Investment Consulting")],
            events=[],
        ),
    ]
    # --- English: an interview with the Thái Bình zone board (S20 r4) ---
    rows += [
        h(
            n(),
            "Vu Dinh Khoa, Deputy Director of the Management Board of Thai Binh Economic Zone and Industrial Parks, answers our questions on how the parks have drawn investors.",
            "2024-03-05",
            "ministry",
            [E, "interview_lead", "person_role_after", "province_in_org_name", "no_event"],
            organizations=["Management Board of Thai Binh Economic Zone and Industrial Parks"],
            persons=[
                per(
                    "Vu Dinh Khoa",
                    "Deputy Director of the Management Board of Thai Binh Economic Zone and Industrial Parks",
                )
            ],
            provinces=[pv("Thái Bình")],
            events=[],
        ),
        h(
            n(),
            "Eleven industrial parks covering 2,610 ha now exist in Thai Binh, against seven on about 1,230 ha in 2017; the board itself, first called the Thai Binh Industrial Parks Management Board, dates from 2004.",
            "2024-03-05",
            "ministry",
            [E, "interview_answer", "former_org_name", "count_in_words", "area", "approx", "no_event"],
            organizations=["Thai Binh Industrial Parks Management Board"],
            provinces=[pv("Thái Bình")],
            areas=[ha(2610), ha(1230, True)],
            events=[],
        ),
    ]
    return rows
