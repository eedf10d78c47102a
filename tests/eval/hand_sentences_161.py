# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 161 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: plastic injection moulding for home appliances, printers and office
equipment. Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code,
data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "ép nhựa linh kiện đồ gia dụng nhà máy khu
công nghiệp", S2 "linh kiện nhựa máy in nhà cung cấp Việt Nam Canon Brother Kyocera", S3 "công ty ép phun nhựa chính xác
vốn đầu tư triệu USD", S4 "nhà máy sản xuất linh kiện nhựa cho thiết bị văn phòng khởi công", S5 "doanh nghiệp Việt cung
ứng linh kiện nhựa cho Samsung LG Panasonic", S6 "khuôn mẫu ép nhựa vỏ máy giặt tủ lạnh điều hòa", S7 "nhựa kỹ thuật
linh kiện máy photocopy máy in xuất khẩu", S8 "cấp giấy chứng nhận đầu tư dự án sản xuất linh kiện nhựa ép phun", S9
"máy ép nhựa đầu tư dây chuyền sản xuất đồ gia dụng", S10 "công nghiệp hỗ trợ ngành nhựa đồ gia dụng điện tử", S11 "nhà
đầu tư Nhật Bản nhà máy ép nhựa linh kiện máy in Hải Phòng", S12 "Canon Việt Nam nhà cung cấp linh kiện nhựa nội địa
hóa", S13 "tăng vốn dự án sản xuất sản phẩm nhựa ép phun khu công nghiệp", S14 "hợp đồng cung cấp linh kiện nhựa cho nhà
máy điện tử", S15 "ép nhựa gia công vỏ thiết bị điện gia dụng doanh nghiệp nhỏ", S16 "nhà máy linh kiện nhựa nồi cơm
điện quạt điện máy hút bụi", and in English S17 "plastic injection moulding plant Vietnam home appliances", S18 "printer
parts plastic injection factory Vietnam investment", S19 "Vietnam plastic components supplier office equipment
Japanese", S20 "injection molding company expands Vietnam factory". (Batches 107 and 130, among others with neighbouring
themes, met some of the same pages: the tax agent's certificate page, an internship report, the press maker's plan. None
of their rows was reused, and rows that came out near a batch-145 row were rewritten too.) No sentence is taken or
paraphrased from a page; the shapes are. Firm, plant, park developer, school, person and byline names are invented (Kanemura / Kanemura Việt Nam, Hưng Thái Build / Xây dựng Hưng
Thái, Khuôn mẫu Đại Phát, Hanseong / Điện tử Hanseong / Hanseong Electronics / Hanseong Display / Hanseong Vietnam, Kyowa,
Meisei / Meisei Document, Hóa chất Sanwa, Grand Harvest Pacific Holdings, Hoshino / Hoshino Việt Nam, Tamura Seiki, Cơ
khí Việt Trung, Lọc khí Đông Phong, Kroneberg, Sông Đà Xanh, Cửu Long Phát / Nhựa gia dụng Cửu Long Phát, Nuvelle, Nhựa
Gia Định, Thiết bị điện Bảo Tín, TECOM, Nhựa Gia dụng Phương Đông, Sao Phương Nam, Nhựa Hòa Thịnh, Nhựa kỹ thuật Bình
Phát, Điện lạnh Kim Phát, Kenwei / Kenwei Industries Berhad / Kenwei International Group, Tamaplas, An Khanh Industries,
Yung Fa Machinery Works, Kirameki / Kirameki Corporation, Yamabuki Note, Corvent, Ridgeway Plastics, Kết Cấu Thép Số 9,
Trường Cao đẳng Cơ điện Tây Nam, every official, manager, student, lecturer, poster and byline); well-known names (the
ministries, Văn phòng Chính phủ, JETRO, the Hong Kong Stock Exchange, Reuters, VnExpress, the universities, the parks and
zones Mỹ Phước 2, VSIP I, Quang Minh, Yên Phong, VSIP Hải Phòng, Nam Cầu Kiền, Đình Vũ - Cát Hải, Tràng Duệ, Thăng Long,
Thăng Long II, Phố Nối A, Bình Minh, Việt Nam - Singapore, Amata, and the circulars, decrees and the 68-NQ/TW resolution
cited by number) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 50 distinct pages; a Polish-domain spam title came back 5 times, a
one-line tag page on production materials 5 times, a legal-signer page of a deputy minister of industry 5 times, a
business-news tag on plastics firms 3 times, the mould-wiki repost and a chamber's plastics story 3 times each): 16 slots
were spam (Polish and Belgian domains with machine-made titles on crushers and plants, kuwin betting salads with
run-together words, a detergent-recipe site); 21 were tag, snippet, legal-signer, product and listing pages (the tag
page five times, the signer page with a plastics-energy circular five times, the plastics tag three times, a plastics
maker's process page, a dishwasher-salt product page, a law site's tag and a legal portal's decision title, a packaging
vendor's tag with its blurb, an e-book tag, a technology listing page with a line move confirmed by the Government
Office); 9 were document-store pages (an internship report at a plastics company twice, with its download chrome and
thanks; a course project on plastics output with forecasts and the generations of injection presses; a student essay on
plastics with its cover, group list and contents; an off-topic business essay; a thesis on Japanese FDI in the North with
recalled investments and a broken table; an internship report at an electrical-products maker; a graduation thesis on
supply-contract pricing; an energy-efficiency essay on a food company); 3 were explainers, a feature and a vendor blog (a
tax agent's page on investment certificates with footnoted statistics and legal bases; a supporting-industry feature
with shares of GDP and a caption of a leader's factory visit; a powder-coating vendor's blog with date chrome and
numbered tips); 12 were Vietnamese news (a Japanese parts maker's fourth Bình Dương plant opened with area and capital,
and its history; a builder's page on handing over a mould and plastic-parts plant; a Korean electronics maker's licence
in Bắc Ninh; a bulletin on that maker denying a line move; a feature on the same group's capital, revenue, exports and
suppliers; a Japanese copier maker's licence in Hải Phòng with byline, caption, capital in yen and dollars, plans and a
second licence the same week; a steel-structure builder's project page; an economic-zone board's adjusted licence for a
Hong Kong plastics investor, twice; a printer maker's hunt for local suppliers at a JETRO forum with chrome, related link
and named proposers; the printer maker's plants, licences, capital, output, revenue and budget payments; a Vĩnh Long
packaging plant's capital increase with timestamp and caps byline); 19 were English or foreign copy (a consultation
programme for a Korean group's local suppliers; the printer maker's supplier hunt in a stock site's English; a toner
forum's archived post on its biggest laser-printer plant with banner chrome; a mould site's repost of a Malaysian
molder's top-up, three times; a chamber's story on the plastics industry and an early Japanese-Singaporean investor,
three times; a sourcing agent's page; a vehicle group's plastic workshop; a Taiwanese press maker's plan; a French-
language agency page on a US consumer-goods group's second plant, rendered here in Vietnamese; a Japanese stationery
maker's interview; a Japanese wire on a notebook plant; a blog repost on Japanese makers unable to find local suppliers;
a connector maker's Hanoi expansion twice; a US molder's new presses at home). About 23 of the 80 slots told a deal or
an event with a named party (licences and adjusted licences 7, announced plants, plans and top-ups 8, openings 2,
recalled plants, registered capital and recalled investments 5, a recalled groundbreaking); no supply contract between a
moulder and an appliance or printer maker came up in any first four (S14 returned theses, a tag and a listing), so the
batch has none.

Rows: 160 (hand-52401 to hand-52560); 24 carry a deal or an event (15.0%, below the usual range because the sample
was mostly spam, tags and document stores): 18 events (9 investment announcements, 6 investment licences, 3
inaugurations) and 23 `deals` entries (22 investment, 1 groundbreaking); 6 rows hold only deals (52448 two recalled
investments in a thesis, 52473 a recalled groundbreaking, 52481 and 52510 registered capital, 52494 a builder's project
line, 52536 recalled plants), 2 an event without a deal (52471 a caption of an opening, 52549 an opening whose capital
follows) and 16 both. 136 rows are negatives and other fields. By page kind: 12 rows of spam (52401-52412, 0 with a deal
or event), 23 of tag, snippet, legal-signer, product and listing pages (52413-52435; 0), 21 of document-store pages
(52436-52456; 1), 11 of explainers, a feature and a vendor blog (52457-52467; 0), 50 of Vietnamese news (52468-52517;
13), 3 of the French page rendered in Vietnamese with its related headline (52518-52520; 1) and 40 of English copy
(52521-52560; 9); 40 rows are English (`english_copy`, 25.0%). 10 rows are stored in NFD (hand-52424, 52468, 52476,
52481, 52488, 52497, 52503, 52504, 52509, 52515); 6 use old tone placement (52416 "thoả thuận", 52431 "hoá chất", 52443
"tự động hoá", 52446 "hoá học", 52502 and 52505 "nội địa hoá"); 49 hold several lines (headlines and leads, tag lines,
bylines and timestamps, page and banner chrome, covers, student lists, contents, legal bases, captions, related links,
breadcrumbs, Q&A).

Own wording: every row was drafted in its own order (amount-first, count-first, area-first, schedule-first,
object-first, passive, quote-first, place-first, label lines), with changed figures, names, dates and places; on review
against the notes taken from the sampled pages (and against batch 145's rows), about 65 drafts that still kept a page's
run of facts, its order, a quote's wording or its opening words were rewritten from scratch (nearly every row of the
supplier hunt in both languages, the printer maker's profile, licences and capital, the forum post's plan, quote and
inkjet plant, the copier licence's headline, capital, reason and second licence, the adjusted licence's headline and
new total, the Vĩnh Long headline, scale and staff, the group feature's capital, vendors and suppliers, the bulletin's
headline and denial, the appliance licence's lead, the builder's scope, the French page's two rows, the molder's filing
and outlook, the chamber story's figures, plants and quote, the sourcing page, the workshop rows, the stationery
interview's answer and profile, the notebook plant's lead, the blog repost's four rows, the connector maker's rows, the
US molder's rows, the plastics tag lead, the packaging blurb, the listing item, the internship thanks, the forecast and
press-generation lines, the thesis list and its "two big Japanese names" line, both internship and thesis openings, the
statistics line of the tax agent's page, the GDP shares, which had come out close to a batch-145 row, and the vendor
tip). One planned row was dropped because it came only from a result ranked 5 or lower: a display maker's plan to rent
land for two plants, a second item for the listing page (S14 r7). Nothing else was used from ranks 5-8, among them: a
law-firm feature on the supporting industry (S4 r5, S5 r7), Samsung's parts list and supplier counts (S5 r5-r8), a
Nippon-paint opening and a Japanese plastics maker's start in Amata (S3 r5-r6), the Toyo Ink groundbreaking, a printing
group's licence and a lubricant plant (S11 r5-r7), a Japanese FDI overview (S11 r8), the electronics association's
meeting with the printer maker and the maker's Japanese-language subsidiary note (S12 r5, r7), a plastics group's joint
project, a packaging groundbreaking, a Quảng Ninh park round-up and a carton licence (S13 r5-r8), a parts maker's
pitch to a carmaker (S14 r5), a mould-design report and thesis (S15 r5, r8), a dehumidifier plant's insides (S16 r8),
recycling-plant openings, a film plant and a blow-mould plant (S17 r5-r8), a Japanese stationery moulding plant and a
Taiwanese paper plant (S18 r6-r7), a support-centre story and Japanese buyers' demands (S19 r5-r6) and the connector
maker's further copies (S20 r5-r6).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital
the event only; a licence handed over or received is an investment deal and an `investment_licence` event, the board
as government party when it is named, the firm alone when not, dated with its day, sited by the park's or board's
province; an adjusted licence's amount is the increase (from-to), and a headline "X rót thêm / tăng vốn thêm N" is an
announced investment of N; a named firm's plan, pledge, top-up or planned plant is an announced investment; recalled
plants, registered capital, spends and licences are deals without events, unsited when several provinces are named; a
recalled groundbreaking is a groundbreaking deal without date or site (batches 94, 111); proposals, partner searches,
supplier hunts, coaching programmes, visits, forecasts, running totals, revenue, output and dividends give no deal;
plants and spends abroad give none; attendees and builders are no parties; vague amounts ("mốc tỷ USD") are none;
"khoảng", "chừng", "gần", "hơn", "xấp xỉ", "about", "some", "roughly", "upwards of", "more than", "-odd" are approximate;
bracketed or apposed conversions are both money, the deal taking the one written first; money per year keeps its unit;
capacities, outputs, tonnages, durations, ordinals, fractions, multipliers, page counts, student numbers, view counters,
counts in words and counts without a noun are no counts, English counts keep their English noun; m2 and square metres
are areas in ha; percentage ranges give both ends; Vietnamese legal forms are normalised ("Công ty cổ phần" -> "Công ty
CP"), foreign ones kept ("Co., Ltd.", "Co. Ltd.", "Co.", "Ltd.", "Limited", "Berhad"), "Corporation" and "Holdings"
stay in an English name, "Việt Nam"/"Vietnam" is dropped from a foreign subsidiary's name; a bare headline name and the
lead's full name with the same canonical name are one entry, with different names two; a bracketed acronym after a name
is no second entry; Vietnamese country words ("Nhật", "vốn Nhật", "Hàn Quốc") and English country nouns and possessives
are countries, English adjectives and regions nothing, a country inside an organisation's name none; a province inside
an organisation's or park's name is a mention, inside a firm's name none; parks written in Vietnamese are locations,
English parks none; datelines are mentions, not sites; bylines, posters and caps credits are persons in title case
without role, outlet, agency, unit and site credits nothing; "TS.", "ThS.", "PGS.TS." give no role, course-cover labels
("Giảng viên:") and "Chức vụ:" do; a given name or surname alone is no person; old tone placement is normalised in the
gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A denied move: "Bản tin [08 – 09 – 2021] – DÂY CHUYỀN PHOTOCOPY VỀ HẢI PHÒNG? KYOWA NÓI KHÔNG" (52478) and "Trả lời
  Reuters, trụ sở Kyowa ở Osaka gọi tin dời dây chuyền ... về Hải Phòng là “không có cơ sở”" (52479) give no deal: the
  move is announced by the unit and denied by the parent, so nothing is asserted (like a negated deal); the caps province
  in the headline is a mention; "Thâm Quyến", "Osaka" and "Reuters" nothing.
- A builder's pages: the caps headline "HƯNG THÁI BUILD BÀN GIAO NHÀ MÁY KHUÔN MẪU VÀ LINH KIỆN NHỰA ĐẠI PHÁT" (52472)
  gives the builder as a firm and no deal (a handover); "Chín tháng sau lễ khởi công ngày 10/9/2021, công trình đã được
  Công ty CP Xây dựng Hưng Thái giao lại cho chủ đầu tư – Công ty TNHH Khuôn mẫu Đại Phát" (52473) is the investor's
  recalled groundbreaking, without date, site or event, the builder no party; "Khu kinh tế Đình Vũ - Cát Hải (Hải Phòng):
  tại đây Hanseong Display (Hàn Quốc) đặt tổ hợp 1,2 tỷ USD, phần khung nhà xưởng do chúng tôi thi công" (52494) is
  Hanseong Display's investment deal without event, sited in Hải Phòng; the site header "Kết Cấu Thép Số 9 | Dự án tiêu
  biểu | ..." nothing.
- Licences: the headline "Hanseong rót 450 triệu USD làm nhà máy đồ gia dụng ở Bắc Ninh" over an object-first lead
  "Giấy chứng nhận đầu tư ... đã về tay Công ty TNHH Điện tử Hanseong Việt Nam hôm 18/4" (52475) is ONE licence of the
  lead's firm with the headline's amount and province, dated 2011-04-18; the bare "Hanseong" a second firm entry; the
  caption "Trao giấy chứng nhận đầu tư cho dự án của Meisei Document" (52487) a licence of the firm without grantor,
  amount or site; "Nhà máy thiết bị văn phòng của Meisei Document Co., Ltd. (Nhật Bản) tại Khu công nghiệp VSIP Hải Phòng
  đã có giấy chứng nhận đầu tư, trao cuối tuần qua" (52488) the same, sited by the park's province, undated; the
  anaphoric "dự án ... này đăng ký khoảng 11 tỷ yên, gần 140 triệu USD" (52489) money only; the amount-first "Hơn 26
  triệu USD ở KCN Nam Cầu Kiền là dự án của Công ty TNHH Hóa chất Sanwa Việt Nam, cũng vừa nhận chứng nhận từ Ban Quản lý
  Khu kinh tế Hải Phòng trong tuần" (52492) a licence of board and firm with the amount, undated.
- Adjusted licences: the project-first passive "Dự án “Sản xuất linh kiện nhựa ...” của nhà đầu tư Grand Harvest Pacific
  Holdings Limited (Hồng Kông) tại KCN Tràng Duệ được điều chỉnh ... theo Giấy chứng nhận ... do Ban Quản lý Khu kinh tế
  Hải Phòng cấp ngày 29/3/2016" (52497) is a licence without amount (the new total follows in the next row, told
  without the investor, 52498: money only), dated, sited in Hải Phòng; its headline naming no firm (52496) gives none;
  the amount-first "Từ 64 tỷ đồng, vốn dự án ở lô B3 KCN Bình Minh được nâng lên 92 tỷ đồng theo giấy chứng nhận điều
  chỉnh mà Ban Quản lý các khu công nghiệp tỉnh Vĩnh Long cấp cho Công ty CP Nhựa gia dụng Cửu Long Phát ngày 24/6"
  (52515) a licence of 28 tỷ đồng (the increase), dated 2020-06-24; its headline "Cửu Long Phát rót thêm 28 tỷ đồng vào
  nhà máy đồ nhựa gia dụng" (52514) an announced investment of 28 tỷ đồng, unsited.
- Registered capital and recalled investments: "Với 18,2 tỷ USD vốn đăng ký dồn vào các nhà máy ở Bắc Ninh, Hải Phòng và
  Đồng Nai, Tập đoàn Hanseong (Hàn Quốc) là nhà đầu tư nước ngoài số một" (52481) and "296,4 triệu USD – đó là toàn bộ
  vốn đăng ký của Hoshino ở Việt Nam" (52510) are unsited investment deals without events; the thesis line "hơn 280 triệu
  USD của Hoshino vào Hà Nội cho máy in, 95 triệu USD của Tamura Seiki vào Hải Dương" (52448) two recalled deals, each
  sited; "Two plants, in Dong Nai and Hanoi, cost Japanese-Singaporean venture Tamaplas US$28 million" (52536) one
  unsited deal (two provinces), the venture described, not a joint-venture event; recalled licences told without a firm
  ("Giấy phép lần lượt đến vào tháng 5-2002 (KCN Thăng Long), ...", 52509), a recalled first plant without amount (52470,
  52477) and a recalled spend without a named party ("xưởng đầu tiên, hơn 14 triệu USD, chạy ở KCN Amata (Đồng Nai)",
  52519) give none.
- Announcements: the breadcrumb title "Malaysian molder Kenwei tops up Vietnam plant" (52531) is an announced
  investment without amount; "Capacity and a new warehouse are behind Kenwei Industries Berhad's plan to take spending
  on its Vietnam ... plant from US$5 million to US$8.4 million (38.6 million yuan to 64.8 million yuan)" (52532) one of
  3.4 million USD (the increase), unsited, the dateline "JOHOR, MALAYSIA" giving the country; "Hung Yen will host the
  biggest laser printer factory Hoshino has built anywhere, with work due to begin in May" (52527) an announced
  investment sited in Hưng Yên (not a groundbreaking: it is still to come); "Hanoi already has a Hoshino inkjet plant,
  running since mid-2004 ... – step one of a three-year, US$90 million inkjet programme" (52530) an announced investment
  of 90 million USD, unsited, the plant's opening no event; "Nuvelle (Mỹ), tập đoàn hàng tiêu dùng, sẽ khởi công nhà
  máy thứ hai ở Việt Nam vào cuối năm, ... tại KCN Việt Nam - Singapore (Bình Dương)" (52518) an announced investment
  sited in Bình Dương, the lower-case apposition no legal form; "A 14,000 square metre building will be added to
  Corvent's Hanoi plant" (52555) an announced investment without amount sited in Hà Nội; "Taiwan's Yung Fa Machinery
  Works Co. Ltd. will open a factory in Vietnam next year" (52543) one without amount or site.
- Openings: "Exercise books for Asian schools will now come from Dong Nai Province, where Yamabuki Note Corporation ...
  has opened its first factory abroad" (52549) is an inauguration without capital sited in Đồng Nai; the next row's "A
  first US$4.6 million is going into the 2,870-square-metre site at Nhon Trach 3 Industrial Zone, run by Yamabuki Note
  Vietnam Co." (52550) an announced investment of the subsidiary (batch 145's "going into"), unsited, "Yamabuki Note" and
  "Yamabuki Note Corporation" two entries; the caption "Các đại biểu cắt băng khánh thành xưởng ép mới của Kanemura"
  (52471) the Kanemura opening again, without capital.
- No deal: the Government Office's word that part of an unnamed Japanese printer maker's assembly "đã về Việt Nam"
  (52435); a stake bought by an unnamed Thai investor and foreign holders' 49% (52425, 52426); a dividend (52427); three
  firms' proposals to the printer maker (52504); a group's partner search (52506); a coaching scheme for suppliers
  (52521); Ridgeway Plastics' presses in Erie, Pa. (52559, a spend abroad); a Deputy Prime Minister's factory visit
  (52464); vendors following a group (52485).
- Persons: "Người ký: Đặng Quốc Khải | Chức vụ: Thứ trưởng" gives "Thứ trưởng"; "Giảng viên: PGS.TS. Đoàn Văn Lộc" gives
  "Giảng viên", "ThS Vũ Thanh Hoa" none; "anh Tùng", "cô Ngân", "ông Mori", "Hsu said" and the Q&A label "Sakamaki:" are
  no persons; "Mori Takashi of Hoshino Vietnam" a person without role; "Posted by: Lan Chi", "By Daniel Ruark", "Hải Yến
  - 15/05/2013 10:21", "THU TRANG", "TRÚC LINH" persons without role; "planning chief", "vice general manager", "general
  director", "chief executive", "chairman" keep their wording.
- Organisations and places: "Trường ĐH Bách Khoa Tp.HCM" as written with a mention of HCM City, its faculties nothing;
  caps covers ("TRƯỜNG CAO ĐẲNG CƠ ĐIỆN TÂY NAM", "BỘ TÀI CHÍNH") in their usual spelling; "Thực hiện: Trung tâm Xúc tiến
  đầu tư", "-TTXVN", "(BDO)", "(NNA/Kyodo)", "Khoa học công nghệ ngành Công Thương" credits and site names, nothing;
  "Hochiminh City" and "HCM City" one mention; "Hưng Yên", "Hà Nội" written with diacritics in English copy are
  provinces; "Erie, Pa.", "Chicago", "Osaka", "Thâm Quyến" nothing; lower-case provinces and countries in spam nothing.
- Numbers: "1,4 triệu tỷ đồng (xấp xỉ 58 tỷ USD)" two approximate amounts (1.4e15 VND); "45–60% RH" both ends;
  "18 – 22% mỗi năm" both ends; "Sales top 2,300 billion VND a year" money per year; "230-odd Vietnamese suppliers",
  "upwards of 2,200 producers", "Some 150 export markets" approximate counts with their nouns; "26 tier-1 vendors" and
  "204 tier-2 vendors" counts; "Số văn bản đã ký: 14", "Views: 58", "MSHV: 1180200412", "Phan Quốc Bảo 21003017", "9
  triệu sản phẩm/năm", "6.500 tấn linh kiện quạt/năm", "120 to 2,800 tonnes", "450,000 printers a month", "11,8 triệu
  chiếc năm 2010" nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, ev, f, ha, park, per, zone


def hand_sentences_161(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BD = cur("Bình Dương")
    HP = cur("Hải Phòng")
    DN = cur("Đồng Nai")
    BN = cur("Bắc Ninh")
    HN = cur("Hà Nội")
    VL = cur("Vĩnh Long")
    HY = cur("Hưng Yên")

    ids = iter(range(52401, 52401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam: Polish and Belgian domains with machine-made titles, kuwin salads with run-together words, a
    # detergent-recipe site (S1 r1 = S3 r2 = S4 r1 = S16 r2; S2 r1, S2 r2, S6 r1 = S16 r3, S6 r2; S2 r3 = S7 r1; S6 r3;
    # S9 r1-r4) ---
    spam = [
        (
            "nhà máy ép phun quy trình giá thành chỉ số hàn quốc",
            "2021-05-11",
            ["foreign_domain", "lowercase_country_nothing"],
        ),
        ("cẩm nang hội các hãng chế tạo máy ép nhựa trục vít", "2022-02-03", ["foreign_domain"]),
        (
            "kuwin máy in laser cũ giá rẻbảng lương khu công nghiệp 2024xổ số bình dươngnhựa duy tân",
            "2024-06-19",
            ["run_together_words", "lowercase_province_nothing", "lowercase_firm_nothing", "year_no_count"],
        ),
        (
            "kuwin quạt hơi nước cũ thanh lýtỷ số bóng đá đêm naylịch vạn niên 2026",
            "2025-11-02",
            ["run_together_words", "year_no_count"],
        ),
        (
            "kuwin nồi cơm điện tử 1,8 lítsoi cầu miền trungmáy hút bụi cầm tay cũ",
            "2025-11-02",
            ["run_together_words", "capacity_no_count", "region_nothing"],
        ),
        (
            "kuwin tủ đông cũ hải dươngđá gà trực tiếpbảng tính lô đề hàng ngày",
            "2024-08-30",
            ["run_together_words", "lowercase_province_nothing"],
        ),
        (
            "tiêu chuẩn thiết kế xưởng nghiền nhựa phế liệu 20 tấn h",
            "2022-10-14",
            ["foreign_domain", "capacity_no_count"],
        ),
        (
            "máy băm hạt nhựa tái sinh chế tạo tại ấn độ đơn giá pdf",
            "2022-10-14",
            ["foreign_domain", "lowercase_country_nothing"],
        ),
        ("welline tiết kiệm thiết kế máy xay nhựa hàm kép", "2023-01-27", ["foreign_domain"]),
        (
            "Công thức nước xả vải dam dac cac buoc pha che nguyen lieu hoa chat san xuat",
            "2020-07-08",
            ["recipe_site", "half_unaccented"],
        ),
        (
            "sổ tay hiệp hội nhà sản xuất băng tải và máy ép",
            "2021-09-15",
            ["foreign_domain", "lowercase_org_nothing"],
        ),
        (
            "kuwin máy ép nhựa mini cũhà nội giá rẻtử vi tuổi dần 2026",
            "2025-12-04",
            ["run_together_words", "lowercase_province_nothing", "year_no_count"],
        ),
    ]
    for text, date, extra in spam:
        rows.append(
            h(n(), text, date, "ministry", ["spam_title", *extra, "no_fields", "no_event"], events=[])
        )
    # --- Tag, snippet, legal-signer, product and listing pages (S1 r2 = S2 r4 = S7 r2 = S14 r2 = S16 r1 one tag page
    # five times; S1 r3 = S4 r4 = S10 r4 = S13 r4 = S15 r3 one legal-signer page five times; S3 r1 = S4 r3 = S13 r1 one
    # tag page three times; S4 r2; S6 r4; S8 r1, r3, r4; S10 r2; S14 r4; S15 r4) ---
    rows += [
        h(
            n(),
            "vật tư đầu vào ngành nhựa",
            "2023-03-02",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "vật tư đầu vào ngành nhựa\nGiá hạt PP nhập về nhích thêm 3% trong tháng, nhiều xưởng ép đồ gia dụng ở phía Nam tính chuyện điều chỉnh giá bán…",
            "2023-03-02",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "percentage",
                "region_nothing",
                "truncated_lead",
                "multiline",
                "no_event",
            ],
            percentages=[3],
            events=[],
        ),
        h(
            n(),
            "vật tư đầu vào ngành nhựa\nHạt ABS làm vỏ máy in, máy hút bụi: doanh nghiệp trong nước vẫn phải mua gần như toàn bộ từ bên ngoài",
            "2023-03-02",
            "ministry",
            ["tag_page", "lowercase_tag", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "vật tư đầu vào ngành nhựa\nHãng hạt màu và các xưởng ép đồ gia dụng ký thoả thuận giữ giá tới hết quý",
            "2023-03-02",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "unnamed_parties_no_deal",
                "old_tone",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Thứ trưởng Bộ Công Thương Đặng Quốc Khải\n\nThông tư 38/2016/TT-BCT về định mức tiêu hao năng lượng trong sản xuất nhựa",
            "2017-02-20",
            "legal",
            ["legal_signer_page", "role_before_name", "circular_number", "multiline", "no_event"],
            persons=[per("Đặng Quốc Khải", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            decisions=[d("38/2016/TT-BCT")],
            events=[],
        ),
        h(
            n(),
            "Người ký: Đặng Quốc Khải | Chức vụ: Thứ trưởng | Số văn bản đã ký: 14 | Còn hiệu lực: 9",
            "2017-02-20",
            "legal",
            ["legal_signer_page", "label_fields", "pipe_list", "counts_without_noun_nothing", "no_event"],
            persons=[per("Đặng Quốc Khải", "Thứ trưởng")],
            events=[],
        ),
        h(
            n(),
            "Ban hành ngày 28/12/2016, Thông tư 38/2016/TT-BCT đặt trần điện năng cho mỗi tấn bao bì, màng và đồ nhựa gia dụng thành phẩm.",
            "2017-02-20",
            "legal",
            ["legal_signer_page", "date_first", "circular_with_date", "no_event"],
            decisions=[d("38/2016/TT-BCT", "2016-12-28")],
            events=[],
        ),
        h(
            n(),
            "Thông tư 19/2016/TT-BCT quy định định mức tiêu hao năng lượng trong ngành sản xuất bia và nước giải khát",
            "2017-02-20",
            "legal",
            ["legal_signer_page", "circular_number", "no_event"],
            decisions=[d("19/2016/TT-BCT")],
            events=[],
        ),
        h(
            n(),
            "Thứ trưởng Đặng Quốc Khải cũng ký Thông tư 29/2016/TT-BCT ngày 13/12/2016 về thủ tục kiểm tra chuyên ngành hàng nhựa nhập khẩu.",
            "2017-02-20",
            "legal",
            ["legal_signer_page", "role_before_name", "circular_with_date", "no_event"],
            persons=[per("Đặng Quốc Khải", "Thứ trưởng")],
            decisions=[d("29/2016/TT-BCT", "2016-12-13")],
            events=[],
        ),
        h(
            n(),
            "định mức tiêu hao năng lượng ngành nhựa",
            "2017-02-20",
            "legal",
            ["legal_signer_tag", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiệp ngành nhựa\nKhối ngoại bắt đầu để ý tới các hãng nhựa có sổ đơn hàng dày và nhà máy chạy đủ ca.",
            "2019-08-12",
            "ministry",
            ["tag_page", "lowercase_tag", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiệp ngành nhựa\nNhựa Hòa Thịnh lãi quý III gấp đôi cùng kỳ nhờ đơn hàng khay và nắp máy giặt",
            "2019-10-28",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "bare_firm",
                "multiplier_nothing",
                "ordinal_no_count",
                "multiline",
                "no_event",
                "nfd",
            ],
            firms=[f("Nhựa Hòa Thịnh")],
            events=[],
        ),
        h(
            n(),
            "doanh nghiệp ngành nhựa\nMột nhà đầu tư Thái Lan vừa gom thêm 5% vốn của một hãng nhựa gia dụng niêm yết",
            "2019-10-28",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "stake_purchase_no_named_party",
                "percentage",
                "country_word",
                "multiline",
                "no_event",
            ],
            percentages=[5],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "doanh nghiệp ngành nhựa\nKhối ngoại đã nắm tới 49% một doanh nghiệp nhựa kỹ thuật ở Đồng Nai",
            "2019-11-18",
            "ministry",
            ["tag_page", "lowercase_tag", "stake_no_named_party", "percentage", "multiline", "no_event"],
            percentages=[49],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "doanh nghiệp ngành nhựa\nCông ty CP Nhựa kỹ thuật Bình Phát dự kiến trả cổ tức 15% bằng tiền cho năm 2019",
            "2020-03-09",
            "ministry",
            ["tag_page", "lowercase_tag", "dividend_no_deal", "percentage", "multiline", "no_event"],
            firms=[f("Nhựa kỹ thuật Bình Phát", "Công ty CP")],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "Sơ đồ các công đoạn làm ra một chi tiết nhựa ép phun: sấy hạt, phối màu, ép, cắt đuôi keo, kiểm tra",
            "2022-04-05",
            "ministry",
            ["process_page", "list_colon", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "viên vệ sinh lồng máy giặt dùng cho cửa trước và cửa trên, hộp 12 viên",
            "2024-01-16",
            "ministry",
            ["product_page", "count", "no_event"],
            quantities=[c(12, "viên")],
            events=[],
        ),
        h(
            n(),
            "thủ tục cấp giấy phép đủ điều kiện sản xuất đồ chơi nhựa",
            "2021-12-01",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1705/QĐ-BCT 2019 công bố thủ tục hành chính lĩnh vực hoá chất",
            "2019-07-02",
            "legal",
            ["legal_portal_title", "decision_year_no_date", "old_tone", "no_event"],
            decisions=[d("1705/QĐ-BCT")],
            events=[],
        ),
        h(
            n(),
            "Xuất khẩu tăng đều mỗi năm, nhựa giờ là một trụ đỡ của công nghiệp hỗ trợ – từ túi đóng gói tới linh kiện điện gia dụng",
            "2022-06-24",
            "ministry",
            ["tag_page", "tag_blurb", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "túi zip đáy đứng",
            "2022-06-24",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình thiết kế khuôn ép nhựa ebook pdf",
            "2020-11-09",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công nghệ - Trang 2\nHãng máy in Nhật dời bớt khâu lắp ráp khỏi Trung Quốc\nTheo Văn phòng Chính phủ, một phần việc lắp ráp đã về Việt Nam; quy mô chưa được công bố.",
            "2020-11-20",
            "ministry",
            [
                "listing_page",
                "section_label",
                "headline_lead",
                "firm_unnamed",
                "vague_move_no_deal",
                "country_word",
                "multiline",
                "no_event",
            ],
            organizations=["Văn phòng Chính phủ"],
            locations=[country("Nhật"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Document-store pages: an internship report at a plastics company twice, a course project on injection
    # moulding, a student essay on plastics, an off-topic business essay, a thesis on Japanese FDI in the North with a
    # broken table, an internship report at an electrical-products maker, a graduation thesis on supply-contract pricing,
    # an energy-efficiency essay (S1 r4 = S15 r1, S7 r3, S7 r4, S10 r3, S11 r2, S14 r1, S14 r3, S16 r4) ---
    rows += [
        h(
            n(),
            "Tải bản đầy đủ (.doc) (12 trang)\nbáo cáo thực tập tại Công ty cổ phần Nhựa Gia Định",
            "2016-05-03",
            "ministry",
            [
                "document_store",
                "download_chrome",
                "page_count_nothing",
                "lowercase_title",
                "multiline",
                "no_event",
            ],
            firms=[f("Nhựa Gia Định", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Trường ĐH Bách Khoa Tp.HCM          Công ty Cổ phần Nhựa Gia Định\nLỜI CẢM ƠN",
            "2016-05-03",
            "ministry",
            ["document_store", "running_header", "province_in_org_name", "multiline", "no_event"],
            organizations=["Trường ĐH Bách Khoa Tp.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Nhựa Gia Định", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Bốn tuần ở phân xưởng ép của Xí nghiệp, nhóm chúng em được anh Tùng – Phó phòng Kỹ thuật (PKT) – và các cô chú công nhân chỉ cho từng công đoạn.",
            "2016-05-03",
            "ministry",
            [
                "internship_report",
                "given_name_only_no_person",
                "department_acronym_nothing",
                "duration_no_count",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Bài viết này có được cũng nhờ thầy cô Khoa Cơ khí – Trường ĐH Bách Khoa Tp.HCM giới thiệu nhóm tới Xí nghiệp, và nhờ cô Ngân đọc, sửa từng trang.",
            "2016-05-03",
            "ministry",
            [
                "internship_report",
                "faculty_nothing",
                "province_in_org_name",
                "given_name_only_no_person",
                "no_event",
            ],
            organizations=["Trường ĐH Bách Khoa Tp.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "ĐỒ ÁN MÔN HỌC: Công nghệ ép phun vỏ quạt điện năng suất 900 tấn/năm\nCHƯƠNG 1: TỔNG QUAN",
            "2014-12-18",
            "ministry",
            ["course_project", "capacity_no_count", "chapter_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tăng 18 – 22% mỗi năm, theo dự báo của Bộ Thương mại, hàng nhựa xuất khẩu sẽ đi từ khoảng 620 triệu USD năm 2007 lên 1,5 tỷ USD năm 2012.",
            "2014-12-18",
            "ministry",
            ["course_project", "forecast_no_deal", "approx", "percentage_range", "no_event"],
            organizations=["Bộ Thương mại"],
            money=[m(620 * M, "USD", approx=True), m(1.5 * B, "USD")],
            percentages=[18, 22],
            events=[],
        ),
        h(
            n(),
            "2.1.1 Giới thiệu\nMáy ép điện hoàn toàn – đời máy mới nhất – bớt tới 60% điện năng so với máy thủy lực cùng cỡ.",
            "2014-12-18",
            "ministry",
            ["course_project", "section_heading", "percentage", "multiline", "no_event"],
            percentages=[60],
            events=[],
        ),
        h(
            n(),
            "Cùng với thế hệ máy thứ tư là tự động hoá khâu gắp sản phẩm bằng tay máy, bớt được một nửa số người đứng máy.",
            "2014-12-18",
            "ministry",
            [
                "course_project",
                "old_tone",
                "ordinal_no_count",
                "fraction_in_words_no_percentage",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG CAO ĐẲNG CƠ ĐIỆN TÂY NAM\nKHOA CƠ KHÍ\nTIỂU LUẬN\nVẬT LIỆU VÀ CÔNG NGHỆ GIA CÔNG CHẤT DẺO",
            "2023-05-22",
            "ministry",
            [
                "student_essay",
                "caps_cover",
                "caps_org_usual_spelling",
                "faculty_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Cao đẳng Cơ điện Tây Nam"],
            events=[],
        ),
        h(
            n(),
            "Sinh viên thực hiện – nhóm 4:\nPhan Quốc Bảo 21003017\nLê Thị Diễm My\nTrần Hữu Nghĩa\nLớp: 2CKM21B",
            "2023-05-22",
            "ministry",
            ["student_essay", "student_list", "student_number_nothing", "multiline", "no_event"],
            persons=[per("Phan Quốc Bảo", None), per("Lê Thị Diễm My", None), per("Trần Hữu Nghĩa", None)],
            events=[],
        ),
        h(
            n(),
            "Mục lục\nI. NHỰA LÀ GÌ?\n1. Nhựa nhiệt dẻo, nhựa nhiệt rắn\n2. Những loại nhựa hay gặp trong đồ gia dụng và ký hiệu hoá học của chúng",
            "2023-05-22",
            "ministry",
            ["student_essay", "table_of_contents", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BỘ TÀI CHÍNH\nTRƯỜNG ĐẠI HỌC TÀI CHÍNH – MARKETING\nTIỂU LUẬN QUẢN TRỊ KINH DOANH QUỐC TẾ\nĐỀ TÀI: ĐƯA NƯỚC GIẢI KHÁT ĐÓNG LON CỦA CÔNG TY SAO PHƯƠNG NAM SANG THỊ TRƯỜNG LÀO",
            "2018-10-30",
            "ministry",
            [
                "student_essay",
                "off_topic",
                "caps_cover",
                "caps_org_usual_spelling",
                "caps_firm_usual_spelling",
                "country",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Tài chính", "Trường Đại học Tài chính – Marketing"],
            firms=[f("Sao Phương Nam", "Công ty")],
            locations=[country("Lào")],
            events=[],
        ),
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu (9.8 MB, 96 trang)\nSố liệu năm 2009 cho thấy miền Bắc hút được những khoản lớn từ Nhật Bản: hơn 280 triệu USD của Hoshino vào Hà Nội cho máy in, 95 triệu USD của Tamura Seiki vào Hải Dương.",
            "2011-04-14",
            "ministry",
            [
                "thesis_text",
                "download_chrome",
                "page_count_nothing",
                "recalled_investment",
                "amount_first",
                "two_deals",
                "region_nothing",
                "approx",
                "multiline",
                "deal_no_event",
            ],
            firms=[f("Hoshino"), f("Tamura Seiki")],
            provinces=[pv("Hà Nội"), pv("Hải Dương")],
            money=[m(280 * M, "USD", approx=True), m(95 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Hoshino"], 280 * M, HN),
                deal("investment", ["Tamura Seiki"], 95 * M, cur("Hải Dương")),
            ],
            events=[],
        ),
        h(
            n(),
            "Bảng 4: FDI của Nhật vào khu vực phía Bấc theo lĩnh vục, tính đến hết tháng 6 năm\n2009.\nCN nhẹ\n48\n173\n301\n912",
            "2011-04-14",
            "ministry",
            ["thesis_text", "ocr_noise", "table_cells_no_count", "country_short", "multiline", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Cả Hoshino lẫn Tamura Seiki chọn miền Bắc làm nơi đặt văn phòng chính, rồi cứ vài năm lại xây thêm xưởng.",
            "2011-04-14",
            "ministry",
            ["thesis_text", "vague_expansion_no_deal", "region_nothing", "no_event"],
            firms=[f("Hoshino"), f("Tamura Seiki")],
            events=[],
        ),
        h(
            n(),
            "LỜI NÓI ĐẦU\nỔ cắm, công tắc và vỏ nhựa cho đồ điện dân dụng là mặt hàng chính của Công ty Cổ phần Thiết bị điện Bảo Tín, nơi em thực tập sáu tuần.",
            "2017-04-11",
            "ministry",
            ["internship_report", "preface", "duration_no_count", "multiline", "no_event"],
            firms=[f("Thiết bị điện Bảo Tín", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Ba chương của báo cáo lần lượt nói về lịch sử công ty, đặc điểm kinh tế – kỹ thuật và kết quả kinh doanh; ThS Vũ Thanh Hoa là người hướng dẫn.",
            "2017-04-11",
            "ministry",
            ["internship_report", "count_in_words", "author_title_no_role", "no_event"],
            persons=[per("Vũ Thanh Hoa", None)],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.doc) (58 trang)\nđịnh giá hợp đồng cung ứng khuôn mẫu tại Công ty TECOM: thực trạng và giải pháp",
            "2012-09-07",
            "ministry",
            ["document_store", "download_chrome", "page_count_nothing", "multiline", "no_event"],
            firms=[f("TECOM", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Luận văn tốt nghiệp Ngô Thu Trang – QTKD 45A\n1. Lý do chọn đề tài\nPhần lớn doanh thu của TECOM đến từ các gói thầu khuôn ép và đồ gá cho xưởng lắp ráp đồ điện gia dụng.",
            "2012-09-07",
            "ministry",
            [
                "thesis_text",
                "author_line",
                "generic_contracts_no_event",
                "section_heading",
                "multiline",
                "no_event",
            ],
            persons=[per("Ngô Thu Trang", None)],
            firms=[f("TECOM")],
            events=[],
        ),
        h(
            n(),
            "TIỂU LUẬN: QUẢN LÝ BỀN VỮNG NĂNG LƯỢNG\nĐề tài: Tiết kiệm điện cho Công ty CP Nhựa Gia dụng Phương Đông\nGiảng viên: PGS.TS. Đoàn Văn Lộc – Học viên: Lê Thị Hồng Nhung – MSHV: 1180200412",
            "2012-06-15",
            "ministry",
            [
                "student_essay",
                "course_cover_label_role",
                "student_no_role",
                "student_number_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Nhựa Gia dụng Phương Đông", "Công ty CP")],
            persons=[per("Đoàn Văn Lộc", "Giảng viên"), per("Lê Thị Hồng Nhung", None)],
            events=[],
        ),
        h(
            n(),
            "Mỗi tháng xưởng ra chừng 140 tấn thau, rổ, ghế nhựa và 900.000 móc áo; công ty vốn là doanh nghiệp nhà nước, lập năm 1988.",
            "2012-06-15",
            "ministry",
            ["student_essay", "anaphoric_firm_no_firm", "output_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A law firm's explainer on investment registration certificates, a supporting-industry feature, an equipment
    # vendor's blog (S8 r2, S10 r1, S15 r2) ---
    rows += [
        h(
            n(),
            "2.104 dự án FDI(2) được cấp giấy chứng nhận đăng ký đầu tư trong chín tháng đầu năm 2024, khi số doanh nghiệp lập mới lên 121.530(1).",
            "2024-10-21",
            "ministry",
            ["explainer", "footnote_marker", "statistics_no_deal", "count_first", "count", "no_event"],
            quantities=[c(2104, "dự án"), c(121530, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ pháp lý:\n- Luật Đầu tư năm 2020;\n- Nghị định số 31/2021/NĐ-CP hướng dẫn Luật Đầu tư;\n- Thông tư 03/2021/TT-BKHĐT về mẫu văn bản, báo cáo.",
            "2024-10-21",
            "ministry",
            ["explainer", "legal_basis_list", "law_no_number", "multiline", "no_event"],
            decisions=[d("31/2021/NĐ-CP"), d("03/2021/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư là gì? Nhà đầu tư nước ngoài muốn mở xưởng ép nhựa cần giấy này trước khi thành lập doanh nghiệp – mời bạn đọc tiếp.",
            "2024-10-21",
            "ministry",
            ["explainer", "question_heading", "generic_investor_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giấy này không có thời hạn riêng mà theo thời hạn hoạt động của dự án: không quá 50 năm, hoặc 70 năm ở địa bàn kinh tế – xã hội khó khăn.",
            "2024-10-21",
            "ministry",
            ["explainer", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khoa học công nghệ ngành Công Thương\nThứ sáu, 14/06/2024 | 09:12\nCông nghiệp hỗ trợ: đã đến lúc nghĩ theo cách khác",
            "2024-06-14",
            "ministry",
            ["feature", "site_chrome", "timestamp", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc 34%, Thái Lan 28%, Việt Nam chừng 17%: đó là phần của chế biến, chế tạo trong GDP mỗi nước(1).",
            "2024-06-14",
            "ministry",
            [
                "feature",
                "footnote_marker",
                "approx_percentage",
                "percentage_first",
                "country_word",
                "no_event",
            ],
            percentages=[34, 28, 17],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Linh kiện nhập về vẫn chiếm phần lớn giá trị mỗi chiếc máy giặt, tủ lạnh lắp ở Việt Nam.",
            "2024-06-14",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Chính phủ Lưu Đức Cảnh xem dây chuyền ép vỏ điều hòa tại nhà máy của Tập đoàn Điện lạnh Kim Phát ở KCN Phố Nối A (Hưng Yên).",
            "2024-06-14",
            "ministry",
            ["feature", "caption", "visit_no_deal", "role_before_name", "park_with_province", "no_event"],
            persons=[per("Lưu Đức Cảnh", "Phó Thủ tướng Chính phủ")],
            firms=[f("Điện lạnh Kim Phát", "Tập đoàn")],
            provinces=[pv("Hưng Yên")],
            locations=[park("Khu công nghiệp Phố Nối A")],
            events=[],
        ),
        h(
            n(),
            "11\n2025\n\nNĂM CÁCH GIẢM LỖI BỀ MẶT KHI SƠN TĨNH ĐIỆN VỎ MÁY GIẶT, TỦ LẠNH",
            "2025-11-06",
            "ministry",
            [
                "vendor_blog",
                "date_chrome",
                "caps_headline",
                "count_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Chấm kim và rỗ trên vỏ tủ lạnh thường bắt đầu từ buồng phun quá khô hoặc quá ẩm; nên giữ trong khoảng 45–60% RH.",
            "2025-11-06",
            "ministry",
            ["vendor_blog", "percentage_range", "no_event"],
            percentages=[45, 60],
            events=[],
        ),
        h(
            n(),
            "2.1. Kiểm soát nhiệt độ sấy\nNhiệt lò lệch quá 5 °C so với thông số của nhà cung cấp bột là lớp phủ đổi màu ngay trên mẻ đầu.",
            "2025-11-06",
            "ministry",
            ["vendor_blog", "section_heading", "temperature_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese parts maker opens its third Bình Dương plant (S3 r3) ---
    rows += [
        h(
            n(),
            "(BDO) Nhà máy thứ ba của Kanemura ở Bình Dương – rộng 31.000m2, vốn đầu tư khoảng 620 tỷ đồng – đã được Công ty TNHH Kanemura Việt Nam khánh thành sáng 22-9 tại KCN Mỹ Phước 2.",
            "2023-09-23",
            "provincial",
            [
                "inauguration_with_capital",
                "object_first",
                "passive",
                "outlet_prefix_nothing",
                "bare_and_full_name_one_entry",
                "vietnam_dropped",
                "area",
                "approx",
                "deal_date",
                "nfd",
            ],
            firms=[f("Kanemura", "Công ty TNHH")],
            provinces=[pv("Bình Dương")],
            money=[m(620 * B, "VND", approx=True)],
            areas=[ha(3.1)],
            locations=[park("Khu công nghiệp Mỹ Phước 2")],
            deals=[deal("investment", ["Kanemura"], 620 * B, BD, "2023-09-22")],
            events=[ev("inauguration", [F("Kanemura")], 620 * B, "VND", BD, "completed")],
        ),
        h(
            n(),
            "Chạy thử từ tháng 6-2023, xưởng mới ép khay, nắp và vỏ nhựa cho máy giặt, máy in của các hãng Nhật.",
            "2023-09-23",
            "provincial",
            ["recalled_start_no_event", "plant_without_firm", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Hai nhà máy đầu tiên của doanh nghiệp vốn Nhật này nằm trong KCN VSIP I, nơi Kanemura đặt chân từ tháng 3-2003; khoảng bảy phần mười sản lượng đi Nhật Bản và Thái Lan.",
            "2023-09-23",
            "provincial",
            [
                "recalled_plants_no_amount_no_deal",
                "fraction_in_words_no_percentage",
                "counts_in_words",
                "country_word",
                "no_event",
            ],
            firms=[f("Kanemura")],
            locations=[
                park("Khu công nghiệp VSIP I"),
                country("Nhật"),
                country("Nhật Bản"),
                country("Thái Lan"),
            ],
            events=[],
        ),
        h(
            n(),
            "Các đại biểu cắt băng khánh thành xưởng ép mới của Kanemura.\nTHU TRANG",
            "2023-09-23",
            "provincial",
            ["caption", "inauguration_no_capital", "caps_byline", "multiline"],
            firms=[f("Kanemura")],
            persons=[per("Thu Trang", None)],
            events=[ev("inauguration", [F("Kanemura")], None, None, None, "completed")],
        ),
    ]
    # --- Vietnamese news: a builder's page on handing over a mould and plastic-parts plant (S3 r4) ---
    rows += [
        h(
            n(),
            "HƯNG THÁI BUILD BÀN GIAO NHÀ MÁY KHUÔN MẪU VÀ LINH KIỆN NHỰA ĐẠI PHÁT",
            "2022-06-20",
            "provincial",
            [
                "contractor_page",
                "caps_headline",
                "caps_firm_usual_spelling",
                "handover_no_deal",
                "plant_name_no_firm",
                "no_event",
            ],
            firms=[f("Hưng Thái Build")],
            events=[],
        ),
        h(
            n(),
            "Chín tháng sau lễ khởi công ngày 10/9/2021, công trình đã được Công ty CP Xây dựng Hưng Thái giao lại cho chủ đầu tư – Công ty TNHH Khuôn mẫu Đại Phát – hôm 14/6/2022.",
            "2022-06-20",
            "provincial",
            [
                "contractor_page",
                "recalled_groundbreaking",
                "handover_no_deal",
                "builder_no_party",
                "duration_no_count",
                "deal_no_event",
            ],
            firms=[f("Xây dựng Hưng Thái", "Công ty CP"), f("Khuôn mẫu Đại Phát", "Công ty TNHH")],
            deals=[deal("groundbreaking", ["Khuôn mẫu Đại Phát"])],
            events=[],
        ),
        h(
            n(),
            "18.640m2 sàn tại KCN Quang Minh (Hà Nội) chia cho xưởng ép, khu phối liệu và văn phòng.",
            "2022-06-20",
            "provincial",
            ["contractor_page", "area_first", "area", "park_with_province", "no_event"],
            provinces=[pv("Hà Nội")],
            areas=[ha(1.864)],
            locations=[park("Khu công nghiệp Quang Minh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean appliance maker's licence in Bắc Ninh (S5 r1) ---
    rows += [
        h(
            n(),
            "Hanseong rót 450 triệu USD làm nhà máy đồ gia dụng ở Bắc Ninh\nGiấy chứng nhận đầu tư cho nhà máy tủ lạnh, máy giặt 9 triệu sản phẩm/năm đã về tay Công ty TNHH Điện tử Hanseong Việt Nam hôm 18/4.",
            "2011-04-19",
            "provincial",
            [
                "headline_lead",
                "licence_no_grantor",
                "object_first",
                "headline_amount_lead_licence",
                "bare_and_full_name_two_entries",
                "capacity_no_count",
                "vietnam_dropped",
                "deal_date",
                "multiline",
            ],
            firms=[f("Hanseong"), f("Điện tử Hanseong", "Công ty TNHH")],
            provinces=[pv("Bắc Ninh")],
            money=[m(450 * M, "USD")],
            deals=[deal("investment", ["Điện tử Hanseong"], 450 * M, BN, "2011-04-18")],
            events=[ev("investment_licence", [F("Điện tử Hanseong")], 450 * M, "USD", BN, "licensed")],
        ),
        h(
            n(),
            "Dự án nằm trong KCN Yên Phong, dự kiến chạy máy từ quý II/2012 và cần khoảng 7.500 công nhân.",
            "2011-04-19",
            "provincial",
            ["project_no_firm", "park", "quarter_no_count", "count", "approx", "no_event", "nfd"],
            locations=[park("Khu công nghiệp Yên Phong")],
            quantities=[c(7500, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Đây là dự án thứ hai của Hanseong tại tỉnh, sau nhà máy điện thoại đã hoạt động từ năm 2009.",
            "2011-04-19",
            "provincial",
            ["recalled_plant_no_amount_no_deal", "ordinal_no_count", "no_event"],
            firms=[f("Hanseong")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a bulletin on a copier maker denying a line move (S5 r2) ---
    rows += [
        h(
            n(),
            "Bản tin [08 – 09 – 2021] – DÂY CHUYỀN PHOTOCOPY VỀ HẢI PHÒNG? KYOWA NÓI KHÔNG",
            "2021-09-08",
            "ministry",
            [
                "bulletin",
                "date_brackets",
                "caps_headline",
                "caps_province_mention",
                "caps_firm_usual_spelling",
                "denied_move_no_deal",
                "no_event",
            ],
            firms=[f("Kyowa")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Trả lời Reuters, trụ sở Kyowa ở Osaka gọi tin dời dây chuyền photocopy từ Thâm Quyến về Hải Phòng là “không có cơ sở”, dù đơn vị tại Việt Nam hôm 6/9 đã nói điều ngược lại.",
            "2021-09-08",
            "ministry",
            ["bulletin", "denied_move_no_deal", "foreign_city_nothing", "outlet_nothing", "no_event"],
            firms=[f("Kyowa")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Để lại bình luận\nEmail của bạn sẽ không hiển thị công khai. Các trường bắt buộc có dấu *",
            "2021-09-08",
            "ministry",
            ["comment_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean electronics group's weight in Việt Nam and its suppliers (S5 r4) ---
    rows += [
        h(
            n(),
            "Với 18,2 tỷ USD vốn đăng ký dồn vào các nhà máy ở Bắc Ninh, Hải Phòng và Đồng Nai, Tập đoàn Hanseong (Hàn Quốc) là nhà đầu tư nước ngoài số một tại Việt Nam.",
            "2023-09-26",
            "ministry",
            ["registered_capital", "several_provinces_unsited", "country_bracket", "nfd", "deal_no_event"],
            firms=[f("Hanseong", "Tập đoàn")],
            provinces=[pv("Bắc Ninh"), pv("Hải Phòng"), pv("Đồng Nai")],
            money=[m(18.2 * B, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Hanseong"], 18.2 * B)],
            events=[],
        ),
        h(
            n(),
            "Hơn 1,4 triệu tỷ đồng (xấp xỉ 58 tỷ USD) là doanh thu năm 2023 cộng lại của Hanseong Electronics Việt Nam, Hanseong Display Việt Nam và hai pháp nhân khác của tập đoàn.",
            "2023-09-26",
            "ministry",
            [
                "revenue_no_deal",
                "amount_first",
                "bracketed_conversion",
                "vietnam_dropped",
                "approx",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Hanseong Electronics"), f("Hanseong Display")],
            money=[m(1.4 * 1_000_000 * B, "VND", approx=True), m(58 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "30,2 tỷ USD từ điện thoại – linh kiện, 29,5 tỷ USD từ máy tính – điện tử: hai nhóm này vẫn dẫn đầu xuất khẩu tám tháng đầu năm.",
            "2023-09-26",
            "ministry",
            ["statistics_no_deal", "amount_first", "count_in_words", "no_event"],
            money=[m(30.2 * B, "USD"), m(29.5 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "31 nhà cung ứng – nhóm chiếm khoảng 85% giá trị mua hàng của Hanseong – có xưởng ở Việt Nam, gần như tất cả vốn ngoại: Hàn Quốc, Nhật Bản, Trung Quốc.",
            "2023-09-26",
            "ministry",
            ["count_first", "percentage", "approx_percentage", "country_list", "no_event"],
            firms=[f("Hanseong")],
            quantities=[c(31, "nhà cung ứng")],
            percentages=[85],
            locations=[country("Hàn Quốc"), country("Nhật Bản"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo chân tập đoàn, từng lớp vendor Hàn Quốc dựng xưởng quanh Bắc Ninh và Hải Phòng.",
            "2023-09-26",
            "ministry",
            ["suppliers_follow_no_deal", "country_word", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Hải Phòng")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese office-equipment maker's licence in Hải Phòng, and a second licence the same week
    # (S11 r1) ---
    rows += [
        h(
            n(),
            "Hải Phòng đón thêm nhà máy thiết bị văn phòng vốn Nhật\n\nNguyễn Minh Khuê\n\n22/07/2013, 08:40",
            "2013-07-22",
            "ministry",
            ["headline_byline", "plant_without_firm", "country_word", "timestamp", "multiline", "no_event"],
            persons=[per("Nguyễn Minh Khuê", None)],
            provinces=[pv("Hải Phòng")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Trao giấy chứng nhận đầu tư cho dự án của Meisei Document",
            "2013-07-22",
            "ministry",
            ["caption", "caption_handover_licence", "licence_no_grantor"],
            firms=[f("Meisei Document")],
            deals=[deal("investment", ["Meisei Document"])],
            events=[ev("investment_licence", [F("Meisei Document")], None, None, None, "licensed")],
        ),
        h(
            n(),
            "Nhà máy thiết bị văn phòng của Meisei Document Co., Ltd. (Nhật Bản) tại Khu công nghiệp VSIP Hải Phòng đã có giấy chứng nhận đầu tư, trao cuối tuần qua.",
            "2013-07-22",
            "ministry",
            [
                "licence_no_grantor",
                "object_first",
                "foreign_legal_form",
                "country_bracket",
                "park_with_province_name",
                "nfd",
            ],
            firms=[f("Meisei Document", "Co., Ltd.")],
            provinces=[pv("Hải Phòng")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp VSIP Hải Phòng")],
            deals=[deal("investment", ["Meisei Document"], None, HP)],
            events=[ev("investment_licence", [F("Meisei Document")], None, None, HP, "licensed")],
        ),
        h(
            n(),
            "Động thổ cuối năm nay, chạy máy từ cuối 2014: dự án máy photocopy màu và máy in đa năng này đăng ký khoảng 11 tỷ yên, gần 140 triệu USD.",
            "2013-07-22",
            "ministry",
            [
                "anaphoric_project_money_only",
                "appositive_conversion",
                "schedule_first",
                "approx",
                "planned_groundbreaking_no_firm",
                "no_event",
            ],
            money=[m(11 * B, "JPY", approx=True), m(140 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 800 lao động và chừng 2,5 triệu máy mỗi năm, gần hết để xuất khẩu: đó là quy mô khi nhà máy chạy đủ công suất.",
            "2013-07-22",
            "ministry",
            ["count_first", "count", "approx", "output_no_count", "no_event"],
            quantities=[c(800, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Meisei nói xưởng ở Hải Phòng sẽ gánh phần đơn hàng tăng thêm mà các nhà máy bên Trung Quốc không kham nổi.",
            "2013-07-22",
            "ministry",
            ["reason_no_deal", "short_name_alone", "country_word", "no_event"],
            firms=[f("Meisei")],
            provinces=[pv("Hải Phòng")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hơn 26 triệu USD ở KCN Nam Cầu Kiền là dự án của Công ty TNHH Hóa chất Sanwa Việt Nam, cũng vừa nhận chứng nhận từ Ban Quản lý Khu kinh tế Hải Phòng trong tuần.",
            "2013-07-22",
            "ministry",
            [
                "licence_with_grantor",
                "amount_first",
                "province_in_org_name",
                "vietnam_dropped",
                "approx",
                "park",
            ],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hóa chất Sanwa", "Công ty TNHH")],
            money=[m(26 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Nam Cầu Kiền")],
            deals=[deal("investment", ["Hóa chất Sanwa"], 26 * M, HP)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Hải Phòng"), F("Hóa chất Sanwa")],
                    26 * M,
                    "USD",
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Vốn Nhật vẫn chảy về Hải Phòng đều đặn năm nay, bất chấp thị trường tài chính đang căng.",
            "2013-07-22",
            "ministry",
            ["trend_no_named_party", "country_word", "no_event"],
            provinces=[pv("Hải Phòng")],
            locations=[country("Nhật")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a steel-structure builder's project page (S11 r3) ---
    rows += [
        h(
            n(),
            "Khu kinh tế Đình Vũ - Cát Hải (Hải Phòng): tại đây Hanseong Display (Hàn Quốc) đặt tổ hợp 1,2 tỷ USD, phần khung nhà xưởng do chúng tôi thi công; sản xuất dự kiến bắt đầu tháng 10-2016.",
            "2015-03-10",
            "provincial",
            [
                "contractor_page",
                "project_line",
                "builder_no_party",
                "place_first",
                "zone",
                "country_bracket",
                "deal_no_event",
            ],
            firms=[f("Hanseong Display")],
            provinces=[pv("Hải Phòng")],
            money=[m(1.2 * B, "USD")],
            locations=[zone("Khu kinh tế Đình Vũ - Cát Hải"), country("Hàn Quốc")],
            deals=[deal("investment", ["Hanseong Display"], 1.2 * B, HP)],
            events=[],
        ),
        h(
            n(),
            "Kết Cấu Thép Số 9 | Dự án tiêu biểu | Dự án miền Bắc | Liên hệ | Tuyển dụng",
            "2015-03-10",
            "provincial",
            [
                "contractor_page",
                "site_header_nothing",
                "pipe_list",
                "region_nothing",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: an economic-zone board adjusts a Hong Kong investor's licence (S11 r4 = S13 r2) ---
    rows += [
        h(
            n(),
            "Dự án linh kiện quạt vốn Hồng Kông ở KCN Tràng Duệ được nâng vốn",
            "2016-04-04",
            "provincial",
            ["headline", "adjustment_no_named_firm", "country_word", "park", "no_event"],
            locations=[country("Hồng Kông"), park("Khu công nghiệp Tràng Duệ")],
            events=[],
        ),
        h(
            n(),
            "Dự án “Sản xuất linh kiện nhựa cho quạt và máy hút bụi” của nhà đầu tư Grand Harvest Pacific Holdings Limited (Hồng Kông) tại KCN Tràng Duệ được điều chỉnh mục tiêu, quy mô và tổng vốn theo Giấy chứng nhận đăng ký đầu tư do Ban Quản lý Khu kinh tế Hải Phòng cấp ngày 29/3/2016.",
            "2016-04-04",
            "provincial",
            [
                "licence_with_grantor",
                "adjusted_licence",
                "amount_next_sentence",
                "holdings_in_name",
                "foreign_legal_form",
                "country_bracket",
                "province_in_org_name",
                "deal_date",
                "nfd",
            ],
            firms=[f("Grand Harvest Pacific Holdings", "Limited")],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            locations=[country("Hồng Kông"), park("Khu công nghiệp Tràng Duệ")],
            deals=[deal("investment", ["Grand Harvest Pacific Holdings"], None, HP, "2016-03-29")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Hải Phòng"), F("Grand Harvest Pacific Holdings")],
                    None,
                    None,
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Gần 8,5 triệu USD là tổng vốn mới, so với hơn 6 triệu USD trước đó; xưởng linh kiện quạt đã chạy từ tháng 8/2014, còn dây chuyền vỏ máy hút bụi chờ tới tháng 7/2016.",
            "2016-04-04",
            "provincial",
            ["anaphoric_project_money_only", "new_total_first", "approx", "no_event"],
            money=[m(8.5 * M, "USD", approx=True), m(6 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Công suất khi ổn định: 6.500 tấn linh kiện quạt/năm; 9.000 tấn vỏ máy hút bụi/năm./.\nThực hiện: Trung tâm Xúc tiến đầu tư",
            "2016-04-04",
            "provincial",
            ["capacity_no_count", "unit_credit_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a printer maker still short of local suppliers after a JETRO forum (S12 r2) ---
    rows += [
        h(
            n(),
            "Đặt mua báo in | Đọc báo in bản số | Thứ Tư, ngày 15 tháng 05 năm 2013\nHoshino vẫn chật vật tìm nhà cung cấp Việt",
            "2013-05-15",
            "ministry",
            ["page_chrome", "date_chrome", "headline", "multiline", "no_event"],
            firms=[f("Hoshino")],
            events=[],
        ),
        h(
            n(),
            "Hải Yến - 15/05/2013 10:21\nHoshino Việt Nam lại đi tìm nhà cung cấp trong nước, lần này cho cả linh kiện điện tử; kết quả đến giờ vẫn mỏng.",
            "2013-05-15",
            "ministry",
            ["byline_timestamp", "vietnam_dropped", "multiline", "no_event"],
            persons=[per("Hải Yến", None)],
            firms=[f("Hoshino")],
            events=[],
        ),
        h(
            n(),
            "TIN LIÊN QUAN\nSau chi tiết cơ khí, tới lượt tụ điện, biến áp được Hoshino tính nội địa hoá",
            "2013-05-15",
            "ministry",
            ["related_link", "old_tone", "multiline", "no_event"],
            firms=[f("Hoshino")],
            events=[],
        ),
        h(
            n(),
            "Cần gấp linh kiện điện tử\n“Chúng tôi cần người làm được biến áp và cuộn cảm ngay tại đây”, ông Mori Takashi, Giám đốc bộ phận mua hàng máy in laser của Công ty Hoshino Việt Nam, nói tại diễn đàn do Cơ quan Xúc tiến Thương mại Nhật Bản (JETRO) tổ chức.",
            "2013-05-15",
            "ministry",
            [
                "subheading",
                "quote_first",
                "role_after_name",
                "firm_in_role",
                "country_in_org_name_nothing",
                "bracketed_acronym_one_entry",
                "nfd",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Mori Takashi", "Giám đốc bộ phận mua hàng máy in laser của Công ty Hoshino Việt Nam")
            ],
            firms=[f("Hoshino", "Công ty")],
            organizations=["Cơ quan Xúc tiến Thương mại Nhật Bản"],
            events=[],
        ),
        h(
            n(),
            "Ba doanh nghiệp gửi đề nghị hợp tác ngay trong buổi: Cơ khí Việt Trung (xưởng đúc khuôn 10.000 tấn/năm), Lọc khí Đông Phong của Hà Nội và nhà cung cấp inox Kroneberg.",
            "2013-05-15",
            "ministry",
            ["proposals_no_deal", "bare_firms", "capacity_no_count", "count_in_words", "no_event", "nfd"],
            firms=[f("Cơ khí Việt Trung"), f("Lọc khí Đông Phong"), f("Kroneberg")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "34 nhà cung cấp người Việt đã giúp hãng nội địa hoá 61% vào năm 2012, ông Mori nói.",
            "2013-05-15",
            "ministry",
            ["surname_alone_no_person", "old_tone", "count_first", "percentage", "count", "no_event"],
            percentages=[61],
            quantities=[c(34, "nhà cung cấp")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Sông Đà Xanh thì đến diễn đàn với mục đích khác: tìm đối tác Nhật Bản góp vốn vào xưởng khuôn.",
            "2013-05-15",
            "ministry",
            ["partner_search_no_deal", "country_word", "no_event"],
            firms=[f("Sông Đà Xanh", "Tập đoàn")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Vietnamese news: what the printer maker's plants make, earn and pay (S12 r3) ---
    rows += [
        h(
            n(),
            "Ba nhà máy ở Hà Nội và Hưng Yên, vốn nước ngoài 100%, hưởng chế độ chế xuất: đó là Hoshino Việt Nam.",
            "2014-11-25",
            "ministry",
            ["firm_profile", "percentage", "count_in_words", "vietnam_dropped", "no_event"],
            firms=[f("Hoshino")],
            percentages=[100],
            provinces=[pv("Hà Nội"), pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Ba nhà máy làm ra máy in phun, máy in laser và máy quét, gần như toàn bộ để xuất khẩu.",
            "2014-11-25",
            "ministry",
            ["counts_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giấy phép lần lượt đến vào tháng 5-2002 (KCN Thăng Long), tháng 2-2006 (KCN Phố Nối A) và tháng 4-2007 (KCN Thăng Long II).",
            "2014-11-25",
            "ministry",
            ["recalled_licences_no_named_party", "three_parks", "nfd", "no_event"],
            locations=[
                park("Khu công nghiệp Thăng Long"),
                park("Khu công nghiệp Phố Nối A"),
                park("Khu công nghiệp Thăng Long II"),
            ],
            events=[],
        ),
        h(
            n(),
            "296,4 triệu USD – đó là toàn bộ vốn đăng ký của Hoshino ở Việt Nam.",
            "2014-11-25",
            "ministry",
            ["registered_capital", "amount_first", "unsited", "deal_no_event"],
            firms=[f("Hoshino")],
            money=[m(296.4 * M, "USD")],
            deals=[deal("investment", ["Hoshino"], 296.4 * M)],
            events=[],
        ),
        h(
            n(),
            "Máy in phun ra lò đều đặn: 11,8 triệu chiếc năm 2010, 12,4 triệu năm 2011, 13,1 triệu năm 2012, 13,9 triệu năm 2013 và 10,2 triệu trong 10 tháng năm 2014.",
            "2014-11-25",
            "ministry",
            ["output_no_count", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh thu của Hoshino cũng qua mốc tỷ USD: 1,3 tỷ USD năm 2010, 1,5 tỷ USD năm 2011, 1,72 tỷ USD năm 2012, 1,79 tỷ USD năm 2013 và 1,28 tỷ USD trong 10 tháng 2014.",
            "2014-11-25",
            "ministry",
            ["revenue_no_deal", "vague_amount_none", "money_list", "no_event"],
            firms=[f("Hoshino")],
            money=[
                m(1.3 * B, "USD"),
                m(1.5 * B, "USD"),
                m(1.72 * B, "USD"),
                m(1.79 * B, "USD"),
                m(1.28 * B, "USD"),
            ],
            events=[],
        ),
        h(
            n(),
            "Số nộp ngân sách thì khiêm tốn hơn nhiều: 5,2 triệu USD năm 2010, gần 9,1 triệu USD năm 2013.",
            "2014-11-25",
            "ministry",
            ["statistics_no_deal", "approx", "no_event"],
            money=[m(5.2 * M, "USD"), m(9.1 * M, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a household-plastics maker's licence adjusted in Vĩnh Long (S13 r3) ---
    rows += [
        h(
            n(),
            "Cửu Long Phát rót thêm 28 tỷ đồng vào nhà máy đồ nhựa gia dụng\nCập nhật, 15:05, Thứ Sáu, 03/07/2020 (GMT+7)",
            "2020-07-03",
            "provincial",
            ["headline", "capital_increase_headline", "bare_firm", "timestamp", "multiline"],
            firms=[f("Cửu Long Phát")],
            money=[m(28 * B, "VND")],
            deals=[deal("investment", ["Cửu Long Phát"], 28 * B)],
            events=[ev("investment_announcement", [F("Cửu Long Phát")], 28 * B, "VND", None, "announced")],
        ),
        h(
            n(),
            "Từ 64 tỷ đồng, vốn dự án ở lô B3 KCN Bình Minh được nâng lên 92 tỷ đồng theo giấy chứng nhận điều chỉnh mà Ban Quản lý các khu công nghiệp tỉnh Vĩnh Long cấp cho Công ty CP Nhựa gia dụng Cửu Long Phát ngày 24/6.",
            "2020-07-03",
            "provincial",
            [
                "licence_with_grantor",
                "capital_increase",
                "from_to_amount",
                "amount_first",
                "passive",
                "province_in_org_name",
                "deal_date",
                "nfd",
            ],
            organizations=["Ban Quản lý các khu công nghiệp tỉnh Vĩnh Long"],
            provinces=[pv("Vĩnh Long")],
            firms=[f("Nhựa gia dụng Cửu Long Phát", "Công ty CP")],
            money=[m(64 * B, "VND"), m(92 * B, "VND")],
            locations=[park("Khu công nghiệp Bình Minh")],
            deals=[deal("investment", ["Nhựa gia dụng Cửu Long Phát"], 28 * B, VL, "2020-06-24")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các khu công nghiệp tỉnh Vĩnh Long"), F("Nhựa gia dụng Cửu Long Phát")],
                    28 * B,
                    "VND",
                    VL,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Cho thuê 5.420m2 nhà xưởng trở thành mục tiêu mới của dự án; sản lượng thiết kế cũng lên 34 triệu sản phẩm mỗi năm.",
            "2020-07-03",
            "provincial",
            ["output_no_count", "area", "no_event"],
            areas=[ha(0.542)],
            events=[],
        ),
        h(
            n(),
            "180 lao động đang làm ở nhà máy, vốn hoạt động từ năm 2009 với 64 tỷ đồng đã giải ngân.\nTRÚC LINH",
            "2020-07-03",
            "provincial",
            ["anaphoric_project_money_only", "count_first", "count", "caps_byline", "multiline", "no_event"],
            money=[m(64 * B, "VND")],
            quantities=[c(180, "lao động")],
            persons=[per("Trúc Linh", None)],
            events=[],
        ),
    ]
    # --- A French-language agency page on a US consumer-goods group's second plant, rendered in Vietnamese, with a
    # related headline (S18 r4) ---
    rows += [
        h(
            n(),
            "Nuvelle (Mỹ), tập đoàn hàng tiêu dùng, sẽ khởi công nhà máy thứ hai ở Việt Nam vào cuối năm, trên khu đất 58.300 m2 tại KCN Việt Nam - Singapore (Bình Dương).",
            "2013-08-21",
            "ministry",
            [
                "foreign_language_rendered",
                "announced_plant",
                "lowercase_apposition_no_form",
                "planned_groundbreaking_in_announcement",
                "area",
                "country_bracket",
                "count_in_words",
            ],
            firms=[f("Nuvelle")],
            provinces=[pv("Bình Dương")],
            areas=[ha(5.83)],
            locations=[park("Khu công nghiệp Việt Nam - Singapore"), country("Mỹ")],
            deals=[deal("investment", ["Nuvelle"], None, BD)],
            events=[ev("investment_announcement", [F("Nuvelle")], None, None, BD, "announced")],
        ),
        h(
            n(),
            "Doanh số tăng bình quân 31% mỗi năm là lý do tập đoàn mở rộng; xưởng đầu tiên, hơn 14 triệu USD, chạy ở KCN Amata (Đồng Nai) từ 2008. -TTXVN",
            "2013-08-21",
            "ministry",
            [
                "foreign_language_rendered",
                "anaphoric_firm_no_firm",
                "recalled_spend_no_party",
                "agency_credit_nothing",
                "approx",
                "percentage",
                "no_event",
            ],
            provinces=[pv("Đồng Nai")],
            money=[m(14 * M, "USD", approx=True)],
            percentages=[31],
            locations=[park("Khu công nghiệp Amata")],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết 68-NQ/TW: kinh tế tư nhân được chờ đợi sẽ thành một động lực tăng trưởng chính",
            "2025-06-02",
            "ministry",
            ["related_headline", "resolution_number", "no_event"],
            decisions=[d("68-NQ/TW")],
            events=[],
        ),
    ]
    # --- English: a Korean group's advisory programme for local suppliers (S5 r3) ---
    rows += [
        h(
            n(),
            "Local firms picked for Hanseong Vietnam's 2018 supplier coaching scheme met the group's advisers for the first time on Tuesday.",
            "2018-03-21",
            "ministry",
            [E, "programme_no_deal", "vietnam_dropped", "possessive_firm", "weekday_no_date", "no_event"],
            firms=[f("Hanseong")],
            events=[],
        ),
        h(
            n(),
            "Of the 230-odd Vietnamese suppliers on the group's books, 26 tier-1 vendors sell to it directly and 204 tier-2 vendors sell through them.",
            "2018-03-21",
            "ministry",
            [E, "count", "approx", "adjective_no_country", "no_event"],
            quantities=[c(230, "suppliers", True), c(26, "tier-1 vendors"), c(204, "tier-2 vendors")],
            events=[],
        ),
    ]
    # --- English: the printer maker's supplier hunt in a stock site's English copy (S12 r1) ---
    rows += [
        h(
            n(),
            "Hoshino looks for suppliers at home\nLocal parts would make its printers cheaper, but few Vietnamese factories can yet make them to spec.",
            "2013-05-17",
            "ministry",
            [E, "headline_lead", "adjective_no_country", "multiline", "no_event"],
            firms=[f("Hoshino")],
            events=[],
        ),
        h(
            n(),
            "The appeal came at a forum on technology transfer run by the Japan External Trade Organisation in Hanoi, where parts makers from both countries had gathered.",
            "2013-05-17",
            "ministry",
            [E, "country_in_org_name_nothing", "anaphoric_no_firm", "no_event"],
            organizations=["Japan External Trade Organisation"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "“Motors and moulds first, then rollers and resin – that is where local buying could grow fastest,” said Mori Takashi, general manager of laser-printer purchasing at Hoshino Vietnam.",
            "2013-05-17",
            "ministry",
            [E, "quote_first", "role_after_name", "firm_in_role", "no_event"],
            persons=[per("Mori Takashi", "general manager of laser-printer purchasing at Hoshino Vietnam")],
            firms=[f("Hoshino")],
            events=[],
        ),
    ]
    # --- English: a toner forum's archived post on a laser-printer plant plan (S12 r4) ---
    rows += [
        h(
            n(),
            "• cartridge-banner-03-11-2016\n• Print\n• toner-depot-banner-902x177\nuser 2005-03-02 at 9:14:00 am Views: 58",
            "2005-03-02",
            "ministry",
            [
                E,
                "forum_archive",
                "banner_chrome",
                "view_counter_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Hoshino picks Vietnam for its biggest laser printer plant\nHANOI, Feb 28 – Hung Yen will host the biggest laser printer factory Hoshino has built anywhere, with work due to begin in May, the Japanese maker said yesterday.",
            "2005-03-02",
            "ministry",
            [
                E,
                "forum_archive",
                "headline_lead",
                "announced_plant",
                "dateline_mention",
                "place_first",
                "adjective_no_country",
                "multiline",
            ],
            firms=[f("Hoshino")],
            provinces=[pv("Hà Nội"), pv("Hưng Yên")],
            deals=[deal("investment", ["Hoshino"], None, HY)],
            events=[ev("investment_announcement", [F("Hoshino")], None, None, HY, "announced")],
        ),
        h(
            n(),
            "Seven million cheap printers a year, every one exported, are to come out of the Pho Noi A Industrial Zone site, costing about 6 billion yen (roughly US$57 million).",
            "2005-03-02",
            "ministry",
            [
                E,
                "forum_archive",
                "anaphoric_project_money_only",
                "bracketed_conversion",
                "english_park_no_location",
                "output_first",
                "output_no_count",
                "approx",
                "no_event",
            ],
            money=[m(6 * B, "JPY", approx=True), m(57 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "“China is full,” planning chief Sugimoto Hiro said, adding that wages and a steady government had tipped the choice.",
            "2005-03-02",
            "ministry",
            [E, "forum_archive", "quote_first", "role_before_name", "country_noun", "no_event"],
            persons=[per("Sugimoto Hiro", "planning chief")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Hanoi already has a Hoshino inkjet plant, running since mid-2004 at 450,000 printers a month – step one of a three-year, US$90 million inkjet programme.",
            "2005-03-02",
            "ministry",
            [
                E,
                "forum_archive",
                "recalled_opening_no_event",
                "named_programme_announced",
                "place_first",
                "output_no_count",
            ],
            firms=[f("Hoshino")],
            provinces=[pv("Hà Nội")],
            money=[m(90 * M, "USD")],
            deals=[deal("investment", ["Hoshino"], 90 * M)],
            events=[ev("investment_announcement", [F("Hoshino")], 90 * M, "USD", None, "announced")],
        ),
    ]
    # --- English: a moulding site's repost of a trade-paper item on a Malaysian molder's top-up (S17 r1 = S18 r2 =
    # S20 r1) ---
    rows += [
        h(
            n(),
            "Home » Plastic Injection Guide » Malaysian molder Kenwei tops up Vietnam plant\nPosted by: Lan Chi 2019-02-11 Comments Off",
            "2019-02-11",
            "ministry",
            [E, "breadcrumb", "headline_top_up", "poster_name_person", "adjective_no_country", "multiline"],
            firms=[f("Kenwei")],
            persons=[per("Lan Chi", None)],
            deals=[deal("investment", ["Kenwei"])],
            events=[ev("investment_announcement", [F("Kenwei")], None, None, None, "announced")],
        ),
        h(
            n(),
            "By Daniel Ruark\nJOHOR, MALAYSIA (April 30, 2007) — Capacity and a new warehouse are behind Kenwei Industries Berhad's plan to take spending on its Vietnam injection molding and toolmaking plant from US$5 million to US$8.4 million (38.6 million yuan to 64.8 million yuan).",
            "2019-02-11",
            "ministry",
            [
                E,
                "byline",
                "dateline_foreign",
                "caps_country",
                "top_up_from_to",
                "foreign_legal_form",
                "possessive_firm",
                "bracketed_conversion",
                "multiline",
            ],
            persons=[per("Daniel Ruark", None)],
            firms=[f("Kenwei Industries", "Berhad")],
            money=[m(5 * M, "USD"), m(8.4 * M, "USD"), m(38.6 * M, "CNY"), m(64.8 * M, "CNY")],
            locations=[country("Malaysia")],
            deals=[deal("investment", ["Kenwei Industries"], 3.4 * M)],
            events=[
                ev("investment_announcement", [F("Kenwei Industries")], 3.4 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "A Hong Kong Stock Exchange filing on April 20 by Kenwei International Group Ltd., the listed associate that holds the Vietnam unit, set out the plan; the wider group employs 12,500 people in China, Thailand and Malaysia.",
            "2019-02-11",
            "ministry",
            [E, "count", "country_noun", "country_in_org_name_nothing", "foreign_legal_form", "no_event"],
            quantities=[c(12500, "people")],
            locations=[country("China"), country("Thailand"), country("Malaysia")],
            organizations=["Hong Kong Stock Exchange"],
            firms=[f("Kenwei International Group", "Ltd.")],
            events=[],
        ),
        h(
            n(),
            "Costs in China, where Kenwei runs 12 factories, keep climbing, and the board sees Vietnam's injection-moulding market growing for years, the filing said.",
            "2019-02-11",
            "ministry",
            [E, "reported_filing", "count", "country_noun", "no_event"],
            firms=[f("Kenwei")],
            quantities=[c(12, "factories")],
            locations=[country("China")],
            events=[],
        ),
    ]
    # --- English: a chamber's news site on the plastics industry and an early Japanese-Singaporean investor (S17 r2 =
    # S18 r3 = S19 r4) ---
    rows += [
        h(
            n(),
            "US$492 million: that was 2006's plastics export bill, up 34.8 per cent, with buyers in 43 countries.",
            "2007-03-14",
            "ministry",
            [E, "statistics_no_deal", "count", "percentage", "amount_first", "no_event"],
            quantities=[c(43, "countries")],
            money=[m(492 * M, "USD")],
            percentages=[34.8],
            events=[],
        ),
        h(
            n(),
            "Two plants, in Dong Nai and Hanoi, cost Japanese-Singaporean venture Tamaplas US$28 million in the late 1990s.",
            "2007-03-14",
            "ministry",
            [E, "recalled_investment", "two_provinces_unsited", "adjective_no_country", "deal_no_event"],
            firms=[f("Tamaplas")],
            provinces=[pv("Đồng Nai"), pv("Hà Nội")],
            money=[m(28 * M, "USD")],
            deals=[deal("investment", ["Tamaplas"], 28 * M)],
            events=[],
        ),
        h(
            n(),
            "“Nobody else was in the parks yet, and we had to learn the market from zero,” said general director Kenji Morimoto.",
            "2007-03-14",
            "ministry",
            [E, "quote_first", "role_before_name", "no_event"],
            persons=[per("Kenji Morimoto", "general director")],
            events=[],
        ),
    ]
    # --- English: a sourcing agent's page on Vietnamese plastics (S17 r3) ---
    rows += [
        h(
            n(),
            "Plastic products\nSome 150 export markets and upwards of 2,200 producers: Vietnam's plastics trade in two figures.",
            "2022-01-10",
            "ministry",
            [
                E,
                "sourcing_page",
                "count_first",
                "count",
                "counts_in_words",
                "approx",
                "multiline",
                "no_event",
            ],
            quantities=[c(150, "export markets", True), c(2200, "producers", True)],
            events=[],
        ),
        h(
            n(),
            "By product, the split is roughly 48 per cent packaging, 35 per cent construction and engineering plastics and 17 per cent household ware.",
            "2022-01-10",
            "ministry",
            [E, "sourcing_page", "percentage", "no_event"],
            percentages=[48, 35, 17],
            events=[],
        ),
    ]
    # --- English: a vehicle group's page on its plastic-parts workshop (S17 r4) ---
    rows += [
        h(
            n(),
            "Blow moulders from Germany and Japan stand beside presses of 120 to 2,800 tonnes in An Khanh Industries' plastic workshop.",
            "2023-05-29",
            "ministry",
            [
                E,
                "company_page",
                "possessive_firm",
                "object_first",
                "tonnage_no_count",
                "country_noun",
                "no_event",
            ],
            firms=[f("An Khanh Industries")],
            locations=[country("Germany"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Bumpers, dashboards and mudguards make up most of the work for its 38 staff, with crates and tanks for farms on the side.",
            "2023-05-29",
            "ministry",
            [E, "company_page", "count", "no_event"],
            quantities=[c(38, "staff")],
            events=[],
        ),
        h(
            n(),
            "Nguyen Van Tam and Le Minh Hieu, two of the workshop's improvement award winners",
            "2023-05-29",
            "ministry",
            [E, "caption", "persons_no_role", "count_in_words", "no_event"],
            persons=[per("Nguyen Van Tam", None), per("Le Minh Hieu", None)],
            events=[],
        ),
    ]
    # --- English: a Taiwanese press maker's plan for a Vietnamese plant (S18 r1) ---
    rows += [
        h(
            n(),
            "Following its customers, Taiwan's Yung Fa Machinery Works Co. Ltd. will open a factory in Vietnam next year to build injection presses.",
            "2006-07-20",
            "ministry",
            [E, "announced_plant", "country_possessive", "foreign_legal_form", "no_amount"],
            firms=[f("Yung Fa Machinery Works", "Co. Ltd.")],
            locations=[country("Taiwan")],
            deals=[deal("investment", ["Yung Fa Machinery Works"])],
            events=[
                ev("investment_announcement", [F("Yung Fa Machinery Works")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "A first-year run of about 120 presses should grow to 500-600 a year, vice general manager Jerry Hsu said at the company's stand at a Chicago trade show.",
            "2006-07-20",
            "ministry",
            [E, "output_no_count", "role_before_name", "foreign_city_nothing", "no_event"],
            persons=[per("Jerry Hsu", "vice general manager")],
            events=[],
        ),
    ]
    # --- English: a news portal's interview with a Japanese stationery maker's chairman (S19 r1) ---
    rows += [
        h(
            n(),
            "Eng English\nWednesday, 16/7/2025 | 09:47 GMT+7\nThirty years on, a Japanese stationery maker still calls Vietnam its best bet",
            "2025-07-16",
            "ministry",
            [E, "menu_chrome", "date_chrome", "adjective_no_country", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Staplers, tape dispensers and plastic file folders from Kirameki Vietnam's two Dong Nai plants keep some 1,900 people in work; the Kirameki Corporation unit set up here in 1995.",
            "2025-07-16",
            "ministry",
            [
                E,
                "recalled_entry_no_amount_no_deal",
                "object_first",
                "possessive_firm",
                "corporation_in_name",
                "vietnam_dropped",
                "count",
                "approx",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Kirameki"), f("Kirameki Corporation")],
            provinces=[pv("Đồng Nai")],
            quantities=[c(1900, "people", True)],
            events=[],
        ),
        h(
            n(),
            "Sales top 2,300 billion VND a year, chairman Hideo Sakamaki told VnExpress ahead of the anniversary.",
            "2025-07-16",
            "ministry",
            [E, "money_per_year", "role_before_name", "outlet_nothing", "no_event"],
            money=[m(2300 * B, "VND", "year")],
            persons=[per("Hideo Sakamaki", "chairman")],
            events=[],
        ),
        h(
            n(),
            "Why did Kirameki pick Vietnam in 1995?\nSakamaki: Being different is how a stationery brand survives, so we went where our rivals were not.",
            "2025-07-16",
            "ministry",
            [E, "qa_question", "qa_label_surname_no_person", "multiline", "no_event"],
            firms=[f("Kirameki")],
            events=[],
        ),
    ]
    # --- English: a Japanese wire's item on a notebook maker's first overseas plant (S19 r2) ---
    rows += [
        h(
            n(),
            "HO CHI MINH CITY, NNA – Exercise books for Asian schools will now come from Dong Nai Province, where Yamabuki Note Corporation, owned by stationery group Kirameki Corporation, has opened its first factory abroad.",
            "2021-07-15",
            "ministry",
            [
                E,
                "dateline_mention",
                "object_first",
                "inauguration_no_capital",
                "corporation_in_name",
                "agency_prefix_nothing",
                "adjective_no_country",
            ],
            firms=[f("Yamabuki Note Corporation"), f("Kirameki Corporation")],
            provinces=[pv("Hồ Chí Minh"), pv("Đồng Nai")],
            events=[ev("inauguration", [F("Yamabuki Note Corporation")], None, None, DN, "completed")],
        ),
        h(
            n(),
            "A first US$4.6 million is going into the 2,870-square-metre site at Nhon Trach 3 Industrial Zone, run by Yamabuki Note Vietnam Co., set up in February.",
            "2021-07-15",
            "ministry",
            [
                E,
                "capital_next_sentence",
                "announced_spend",
                "english_park_no_location",
                "area",
                "vietnam_dropped",
                "foreign_legal_form",
            ],
            firms=[f("Yamabuki Note", "Co.")],
            money=[m(4.6 * M, "USD")],
            areas=[ha(0.287)],
            deals=[deal("investment", ["Yamabuki Note"], 4.6 * M)],
            events=[ev("investment_announcement", [F("Yamabuki Note")], 4.6 * M, "USD", None, "announced")],
        ),
    ]
    # --- English: a blog's repost on Japanese makers unable to find local suppliers (S19 r3) ---
    rows += [
        h(
            n(),
            "Parts hunt at HCM City fair leaves Japanese buyers wanting\nMost of what Vietnamese vendors showed at last week's supporting-industries fair in Hochiminh City was too basic for them, Japanese buyers said.",
            "2012-10-15",
            "ministry",
            [
                E,
                "blog_repost",
                "headline_lead",
                "adjective_no_country",
                "city_spelling",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Every year Hoshino takes a stand at the fair, hunting for parts makers for its printer plants in Hưng Yên and Hà Nội.",
            "2012-10-15",
            "ministry",
            [E, "blog_repost", "diacritics_in_english", "no_event"],
            firms=[f("Hoshino")],
            provinces=[pv("Hưng Yên"), pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Foreign-invested suppliers based in Vietnam still account for roughly 58 per cent of its parts, even with local content now about 68 per cent.",
            "2012-10-15",
            "ministry",
            [E, "blog_repost", "anaphoric_firm_no_firm", "percentage", "no_event"],
            percentages=[58, 68],
            events=[],
        ),
        h(
            n(),
            "What local firms can sell it, Mori Takashi of Hoshino Vietnam said, is still mostly cartons, bags and simple moulded pieces.",
            "2012-10-15",
            "ministry",
            [E, "blog_repost", "person_of_firm_no_role", "vietnam_dropped", "no_event"],
            persons=[per("Mori Takashi", None)],
            firms=[f("Hoshino")],
            events=[],
        ),
    ]
    # --- English: a US connector maker's Hanoi expansion in two trade sites (S20 r2, S20 r3) ---
    rows += [
        h(
            n(),
            "Corvent expands Hanoi manufacturing site\nA 14,000 square metre building will be added to Corvent's Hanoi plant, the connector maker said on Monday.",
            "2022-10-03",
            "ministry",
            [
                E,
                "headline_lead",
                "announced_expansion",
                "passive",
                "possessive_firm",
                "area",
                "weekday_no_date",
                "multiline",
            ],
            firms=[f("Corvent")],
            provinces=[pv("Hà Nội")],
            areas=[ha(1.4)],
            deals=[deal("investment", ["Corvent"], None, HN)],
            events=[ev("investment_announcement", [F("Corvent")], None, None, HN, "announced")],
        ),
        h(
            n(),
            "About 250 jobs come with it; the parts go into phones, TV sets, washing machines and hospital equipment.",
            "2022-10-03",
            "ministry",
            [E, "count_first", "count", "approx", "no_event"],
            quantities=[c(250, "jobs", True)],
            events=[],
        ),
        h(
            n(),
            "“We intend to be here for decades, not years,” chief executive Paul Renner said.",
            "2022-10-03",
            "ministry",
            [E, "quote_first", "role_before_name", "no_event"],
            persons=[per("Paul Renner", "chief executive")],
            events=[],
        ),
        h(
            n(),
            "Moulding, stamping and plating will all be done under the new roof; Corvent's first Vietnamese plant dates from 2007.",
            "2022-10-02",
            "ministry",
            [E, "recalled_opening_no_event", "adjective_no_country", "ordinal_no_count", "no_event"],
            firms=[f("Corvent")],
            events=[],
        ),
    ]
    # --- English: a US molder's new presses at home (S20 r4) ---
    rows += [
        h(
            n(),
            "Seven presses of 180 to 650 tons and more hires will cost Ridgeway Plastics, an injection molder in Erie, Pa., $2.6 million.",
            "2022-05-24",
            "ministry",
            [
                E,
                "spend_abroad_no_deal",
                "us_state_no_location",
                "tonnage_no_count",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Ridgeway Plastics")],
            money=[m(2.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Ridgeway already runs upward of 110 molding machines across the US, Mexico and Brazil.",
            "2022-05-24",
            "ministry",
            [E, "count", "approx", "country_noun", "no_event"],
            firms=[f("Ridgeway")],
            quantities=[c(110, "molding machines", True)],
            locations=[country("US"), country("Mexico"), country("Brazil")],
            events=[],
        ),
    ]
    return rows
