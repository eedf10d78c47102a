# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 92 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: the automotive supporting industry in central Vietnam (Đà Nẵng with the
former Quảng Nam after the 2025 mergers, Huế, Quảng Ngãi): wire harnesses, seats, glass, tyres, body parts and
castings, suppliers to the assembly plants at Chu Lai and Chân Mây, and the deals around them. Written and annotated for
every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches,
numbered S1-S20 in the section comments: S1 "Thaco Chu Lai nhà máy sản xuất dây điện ô tô linh kiện Quảng Nam", S2 "khu
công nghiệp cơ khí ô tô Chu Lai Trường Hải doanh nghiệp vệ tinh", S3 "Đà Nẵng nhà máy dây dẫn điện ô tô vốn đầu tư Nhật
Bản khu công nghiệp", S4 "nhà máy sản xuất ghế ô tô Chu Lai xuất khẩu", S5 "nhà máy kính ô tô Thaco Chu Lai", S6 "Công ty
Cao su Đà Nẵng DRC nhà máy lốp radial săm lốp", S7 "Quảng Ngãi khu kinh tế Dung Quất dự án linh kiện ô tô cấp giấy chứng
nhận đầu tư", S8 "Huế khu công nghiệp Phú Bài nhà máy sản xuất linh kiện ô tô", S9 "Quảng Nam thu hút đầu tư công nghiệp
hỗ trợ ngành ô tô khu kinh tế mở Chu Lai", S10 "hợp đồng cung cấp linh kiện ô tô xuất khẩu Thaco Industries", S11 "nhà
máy thân vỏ xe ô tô khuôn dập Chu Lai", S12 "Đà Nẵng sau sáp nhập Quảng Nam khu công nghiệp ô tô cơ khí dự án đầu tư
2025", S13 "doanh nghiệp Nhật Bản Đà Nẵng sản xuất dây điện ô tô khu công nghiệp Hòa Khánh", S14 "Thaco ký kết hợp tác sản
xuất linh kiện ô tô đối tác nước ngoài", S15 "khởi công nhà máy sản xuất phụ tùng ô tô miền Trung", S16 "Quảng Ngãi nhà
máy lắp ráp ô tô nhà cung cấp linh kiện tăng vốn đầu tư", and in English S17 "Thaco Chu Lai auto parts export wire
harness seats factory", S18 "Da Nang Japanese automotive wire harness factory investment license", S19 "Quang Nam Chu
Lai automotive supporting industry investment project million USD", S20 "Danang Rubber DRC radial tyre plant expansion".
No sentence is taken or paraphrased from a page; the shapes are. Firm, park and person names are invented (Sông Tranh
Auto / Song Tranh Automobile Corporation / Song Tranh Industries / Song Tranh Group, Kính Sông Tranh, KCN phụ trợ Tam
Anh, Hải Vân Motors, Cao su Hải Vân / Hai Van Rubber, Ô tô An Cựu, Sợi Hương Trà, Ô tô Trà Khúc, Cơ khí Điện Ngọc, Kurobe
Kogyo, Oyama Netsu, Cơ điện Thanh Khê, Fujisaki Kinzoku, Tenryu Seat, Himawari, Sakaide, Ridgeway Trailer Works, Southern
Tyre, Nagase Seiki, Hokuto Casting, Voss Garn, Kumsung, Seorin, Phuoc Thinh Group, Daerim Wire Tech, Hanil Pack, Valvex,
Jiahe Homeware, and every official, author, reporter and photographer); well-known names (Vinachem / Tập đoàn Hóa chất
Việt Nam, VAMA, the ministries, a real 2011 decision cited by number) appear only in sentences of our own. The
theme's real carmaker and tyre maker are replaced by invented ones throughout.

What the sample looked like (80 result slots, about 52 distinct pages: a one-line title on a carmaker fixing the date of
a $4 billion groundbreaking abroad filled six slots; the carmaker's own page on a Chu Lai seminar came back four times; a
KTSG FDI feature four times; the park-expansion groundbreaking in five copies across a tag page and three papers; a
Japanese brief on the carmaker's spending plan three times; the tyre maker's 2011 and 2022 groundbreakings twice each):
5 slots were spam keyword salads (three pages); 27 were one-line titles, video titles, unaccented tags, an image-page
slug, tag pages with a headline and a lead (the park groundbreaking, an engine plant opened in Huế with its capital), a
techz tag with a supplier's wish, a video blurb on a province's simultaneous groundbreakings, a category page, a video
page with a two-name byline, two listing pages (a car plant's corrected capital with a minister's truncated quote, a
plant entering production), a portal stub with "Copy link" lines and a zone authority's home page with round totals; 9
were the carmaker's own site (Vietnamese seminar and visit pages with image file names and "Đồng chí" roles, two English
pages: a caps headline with a caps firm dateline, a working session with 32 business leaders); 5 were foreign-language
pages (the Japanese brief three times, two French VNA items: a semi-trailer manufacturing and export contract with a US
maker, the seat plant's export revenue; read for their shapes only and rendered in Vietnamese); 1 a thesis summary on a
document store; 17 Vietnamese news and features (the FDI feature with related links and a subheading, the park
groundbreaking told by three papers with captions, a timestamped headline, the vice-chairman's speech and the item list,
a 2011 printed magazine page on a Japanese parts plant announced to the city's leaders with its "Posted By" line,
"Theo ..." byline and footer, the tyre maker's expansion opened and its car-tyre plan, Huế's industry feature, a
supporting-industry feature, a zone-planning proposal with a visit caption, a 2014 Đà Nẵng feature on Japanese parts
makers with a purchase-contract caption, an investment portal's item on a relocated plant starting up and a
groundbreaking with its earlier licence and running total); 16 English (the parts park told by three sites, the tyre
maker's 2011 groundbreaking in glued-word English, its 2022 groundbreaking with a doubled caption, its 2013 opening told
by two trade papers with a rival's plant, two copies each of a Japanese-investment feature and a 2014 Da Nang Today
item, a Quang Nam investment call, a Chu Lai investment round-up and a certificate round with its named projects). About
37 of the 80 slots told a deal or an event with a named party, but only about 20 distinct stories (the title six times,
the park groundbreaking five times, the Japanese plan three times); no joint venture, acquisition or MoU with named
parties came up in any first four, so the batch has none.

Rows: 160 (hand-24801 to hand-24960); 34 carry a deal or an event (21%, below the slots' share because repeated stories
were written once or twice): 32 events (13 investment announcements, 10 groundbreakings, 6 inaugurations, 2 supply
contracts, 1 investment licence) and 35 `deals` entries (22 investment, 11 groundbreaking, 2 supply_contract); 5 rows
hold deals without an event (a corrected capital, a recalled relocation approval, a named firm's running total, a
rival's recalled groundbreaking, two recalled investments in one row), 3 an event without a deal (a first commercial lot,
an expansion opened without its worth, a plant started up as the board reports). 126 rows are negatives and other
fields. By page kind: 6 rows in the shapes of spam (0 with a deal or event), 28 of titles, tags, listing, category,
video and portal pages (7), 10 of the carmaker's own site (0; 3 in English), 6 rendering foreign-language pages (2), 4
of the thesis page (0), 72 of Vietnamese news and features (12), 34 of English news and features (13); 37 rows are
English (`english_copy`, 23%). 9 rows are stored in NFD (hand-24826, 24859, 24866, 24872, 24881, 24892, 24898, 24905,
24921); 8 use old tone placement (hand-24803 "hoà vốn", 24831 "Nội địa hoá", "hoà vốn", 24836, 24837 and 24839 "toạ
đàm", 24838 "điều hoà", 24866 "tự động hoá", 24910 "hàng hoá"); 36 hold a headline and a lead, a caption with its
credit, a timestamp or byline, image file names, footer or link lines, or several lines.

Own wording: on review of the first draft against the sampled pages, about 85 drafts followed a sampled sentence too
closely (same clause order with names and figures swapped, or a translation of a foreign brief) and were rewritten from
scratch with other facts and order: the planned-groundbreaking title, the tag page's headline, the engine-plant tag, the
techz quote, the category and listing items, the cafef stub, the video page's lead, the video blurb, the zone home
page's totals; the carmaker's seminar, visit and working-session rows and the caps headline; both French items and the
Japanese brief; the FDI feature's lead, statistics and forecast; the groundbreaking's leads, headlines, item list,
"AI" line and high-tech-park line; the magazine page's announcement, amount, vice-chairman and statistics rows; the tyre
maker's opening, plan, capacity, profit, market and risk rows; the Huế feature's phase, textile and plan rows; the
supporting-industry feature's import, GDP-share and definition rows; the zone-planning rows; the 2014 feature's lead,
caption, manager and plant rows; the portal's start-up, approval, jobs, caption, licence and running-total rows; and
nearly all English rows (the park lead, product list and buyers, the opening, equipment, market share and rival plant,
the glued-word groundbreaking and its funding, the 2022 groundbreaking and its director, the Japanese-investment
headline, caption, investor pair, licence totals and ranking, the manager and plant of 2014, the investment call, the
chairman, the estate totals, the round-up's yarn mill, and every item of the certificate round). 2 planned rows were
dropped (an eight-month licence total and a 2018 bus-export count that stayed too close to S18 r1 and S19 r2 after
rewording) and 1 replaced (the tyre maker's export markets, a shape seen only at ranks 6 and 8 of S6 and S20). Nothing
was used from ranks 5-8: not the carmaker's 32 units and 80,500-billion total (S2 r8), Kim Long's 3,300-billion licence
and its engine-plant groundbreaking (S8 r6-r7), the southern tyre maker's opening (S6 r5), the tyre maker's EV-tyre
partnership and its 48th anniversary (S6 r6-r8, S20 r8), a float-glass opening (S5 r6), the zone's 27,040 ha (S9 r7), a
Yazaki harness plant in Quảng Ninh (S13 r8), the Fujikura and Hoya licences in Dung Quất (S18 r7), a Japanese JV's
licence in Đà Nẵng (S18 r8), the Indian parts makers' visit or the 287 localised parts (S15 r7-r8).

Conventions: exactly those of batches 10 and 12-91 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking ("động thổ", "khởi công", "broke ground", "began construction", "Work began on")
is a groundbreaking deal and event "started", dated only when the row gives a day; a province written as its actor is a
government party as written with the firm; an opening or start of operation with its capital is an investment deal and
an inauguration "completed", without capital the event only; a named firm's plan or decision with or without an amount
(a planned groundbreaking, "sẽ xây", "định dồn", "will spend", "plans to start building", "had decided to add", "due to
open") is an announced investment; a licence without grantor is an investment_licence with no government party;
recalled plants, approvals, groundbreakings and a named firm's running total are deals without events; a purchase or
delivery under a contract states a supply contract, seller first, an export or shipment without one states none;
totals of unnamed projects, round totals, cumulative figures, rankings, shares, targets, proposals, plans without a
decision, wishes, visits, seminars and working sessions give no deal; attendees are no parties; a split row without
the firm is money only; vague amounts are no amounts, "hơn", "khoảng", "chừng", "gần", "more than", "about", "some" are
approximate; capacities (lốp/năm, xe/năm, tires a year), seat ranges, durations, ordinals, counts in words and counts
without a noun are no counts, m2 of land are areas in hectares; a dateline is a province mention, not a site, and a
park name holding the province ("Khu công nghệ cao Đà Nẵng", "Da Nang High-Tech Park") sites the deal; "(cũ)" and old
provinces (Quảng Nam, Bình Dương) are mentions with the current unit as site; "huyện X" before 2025 is a district, xã and
phường none; English parks and zones are no locations; a province inside an organisation's or park's name is a mention,
inside a firm's name it is not; Vietnamese country names and adjectives ("vốn Nhật Bản", "hãng Hàn Quốc", "nhà đầu tư
Đài Loan") are countries, English adjectives ("Japanese", "Korean") are not, "Japan's", "of South Korea", "from Japan"
are; "Việt Nam"/"Vietnam" and a trailing "Vina" are dropped from a foreign subsidiary's name and are no country;
"Công ty CP Tập đoàn X" is X with "Công ty CP"; "X Company" / "X Corporation" / "X Group" keep the word; foreign legal
forms are kept as written; organisations expand UBND and KCN, government parties keep the text's spelling, bare units
("Ban Quản lý", "Sở Kế hoạch và Đầu tư", "the provincial People's Committee", "the municipal People's Committee") are
none; bylines, video credits and photo credits are persons without a role (caps names in title case), initials and
organiser credits ("Ảnh: H.V", "Ảnh: TL.", "(Ảnh: Ban Quản lý)") and agency or site credits ("TTXVN", "VNA", "QNO",
"KTSG Online", "Techz.vn", "TBTCO") nothing; "TS.", "PGS.TS" give no role; newspapers and portals are nothing. Every row
with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Post-merger place lines: "Xã Tam Anh (TP. Đà Nẵng) sáng 16/9 có thêm một công trường lớn: Công ty CP Tập đoàn Ô tô
  Sông Tranh (Sông Tranh Auto) động thổ giai đoạn 2 Khu công nghiệp phụ trợ Tam Anh" (hand-24862) is the developer's
  dated groundbreaking sited in Đà Nẵng, the commune no location, the bracketed alias no firm of its own; "Các xã Núi
  Thành, Tam Anh và Tam Hải của TP Đà Nẵng hiện nay trước kia thuộc huyện Núi Thành, tỉnh Quảng Nam" (24875) gives both
  provinces and the former huyện as a district (batch 86).
- The same groundbreaking told without a province in a tag page (24823) has no site; a headline with a timestamp and a
  caption naming no investor ("Khu phụ trợ ô tô hơn 6.000 tỉ đồng khởi động ở phía nam Đà Nẵng ... / Nhà đầu tư và lãnh
  đạo thành phố bấm nút động thổ", 24871), a video title naming only the park (24822) and a scene caption (24872) give
  no deal; the headline "Đà Nẵng: động thổ giai đoạn 2 ..., vốn hơn 6.200 tỷ đồng" gives its amount to the lead's
  groundbreaking (24867).
- A passive groundbreaking with the province as agent ("Nhà máy kính ... của Công ty CP Kính Sông Tranh và tuyến đường
  ... cùng được tỉnh Quảng Nam động thổ sáng 12.6", 24832) is the firm's dated groundbreaking with G("tỉnh Quảng Nam"),
  sited in the current unit; the road is no deal; "Thực hiện: MINH CHÂU - QUỐC TUẤN" gives two persons.
- Starts without capital: a first commercial lot "hai mươi sáu tháng sau ngày khởi công" (24829), an expansion
  "chính thức được khánh thành" (24884) and a relocated plant that "đã chạy máy ..., Ban Quản lý Khu công nghệ cao và các
  khu công nghiệp Đà Nẵng cho hay" (24919) are inaugurations without a deal, the last sited by the reporting board's
  province (as batch 75 sited Sanyo Gomu by UBND TP Đà Nẵng); a tag page "Huế có nhà máy hộp số ô tô 185 triệu USD đi vào
  hoạt động / ... dây chuyền chạy từ ngày 18/11" (24824) is an inauguration with the headline's capital, dated.
- A groundbreaking a few weeks before the item ("đã động thổ từ cuối tháng 12" in a January item, "đã khởi công ... từ
  tháng 8-2014" in October, "began construction in August" in September) is current ("started"), without a date; a
  licence "vừa được cấp phép vào KCN Hòa Khánh với vốn 6 triệu USD" (24917) is a licence without grantor or site.
- A delivery caption "Lô dàn ngưng đầu tiên của Oyama Netsu Việt Nam được giao cho Cơ điện Thanh Khê theo hợp đồng hai
  bên ký tháng trước. |" (24912) is a signed supply contract, seller first; a rendered French item "Lô 54 sơ mi rơ moóc
  đầu tiên sẽ rời cảng Chu Lai đi Mỹ ..., theo hợp đồng gia công – xuất khẩu mà Sông Tranh Auto và hãng Ridgeway Trailer
  Works (bang Ohio) ký hồi tháng 3" (24848) is a signed supply contract with the maker first; "60 xe buýt ... được xếp lên
  tàu ... để xuất sang Philippines" and "xuất lô sơ mi rơ moóc đầu tiên sang Mỹ" state no contract (batch 77).
- "Himawari làm băng dính ...; khoản 148,6 tỷ đồng cho việc dời xưởng đã được duyệt từ tháng 3/2020" (24920) is a
  recalled investment with the amount, no event, no site; "Cộng cả hai xưởng trước, Sakaide đã rót 82 triệu USD vào KCN
  Hòa Khánh" (24925) a named firm's running total, deal without event; "Hơn 2.900 chỗ làm sẽ mở ra khi nhà máy 36 triệu
  USD (khoảng 835 tỷ đồng) này chạy; giấy chứng nhận đầu tư được trao từ đầu năm 2019" (24924) without the firm is money
  only, the count in "chỗ làm".
- A capital-correction listing that names the firm ("Vốn thật của nhà máy xe tải ở Dung Quất chỉ 6.400 tỷ đồng, không
  phải 15.000 tỷ như lời giới thiệu của Ô tô Trà Khúc", 24827) is a recalled investment with the corrected amount, both
  amounts money, no site (Dung Quất bare); the listing's second item, a vice-minister at "lễ ký giữa Ô tô Trà Khúc và một
  hãng Hàn Quốc", has one named party and gives no deal.
- The Japanese brief rendered object-first ("Hai nhà máy mới ... sẽ được Sông Tranh Auto dựng ở Quảng Nam, nằm trong gói
  chi tiêu khoảng 21.500 tỷ đồng (chừng 1 tỷ USD) của hãng đến hết năm 2021", 24845) is an announced investment of the
  VND amount, sited in Đà Nẵng; its sales target "105.000 xe" is a count, "41,2% thị phần trong khối thành viên VAMA"
  gives VAMA as an organisation.
- English openings: "DA NANG, Vietnam—A $128 million radial truck tire plant built over three years by Hai Van Rubber
  JSC is now running in the city" (24932) is an inauguration with capital and no site (dateline only); "Equipment took
  VND 1,540 billion of the VND 2,710 billion (£88.6 million) that Hai Van Rubber Company spent on the 98,400-square-metre
  plant in Da Nang, which began commercial output after a ceremony on 27 June" (24934) is an inauguration with the total
  (not the first amount), dated, sited in Đà Nẵng, the pounds money in GBP; "Hai Van Rubber is not alone: a $145 million
  ... plant that Southern Tyre JSC, better known as Sotyco, started building in Binh Duong Province last year" (24937) is
  a recalled groundbreaking sited in Hồ Chí Minh, no event, the alias no firm; "the Hai Van brand" is no firm.
- "Work began on Tuesday on a VND 860 billion expansion that will lift Hai Van Rubber JSC's radial truck tyre output, at
  a ceremony attended by Ngo Thanh Hai, vice chairman of the municipal People's Committee" (24940) is the firm's
  groundbreaking, the attendee no party, his role as written with no organisation (bare unit); the newspaper "DA NANG
  Today" gives no province; the glued-word "Hai Van Rubber Joint Stock Company broke ground,on March 9, 2011(9/3),for
  ... at Hoa Khanh Industrial Zone,Da Nang city" (24938) is dated and sited in Đà Nẵng.
- "Hokuto Casting Company's US$18 million foundry in the Da Nang High-Tech Park came on the advice of Nagase Seiki Inc.,
  which had already sunk US$35 million there" (24945) gives two recalled investments sited in Đà Nẵng by the park's
  name, no events; "Oyama Netsu, from Japan, has put US$8.5 million into a ... works in Hoa Khanh IP that began
  construction in August" (24947) is a groundbreaking with the amount and the country.
- The certificate round's items: "An R&D centre worth VNĐ260 billion is on Song Tranh Auto's list; Phuoc Thinh Group's
  is VNĐ5.8 trillion of roads, power and drainage for two industrial parks" (24957) two announced investments; "Wiring
  harnesses ... will come from a plant Daerim Wire Tech plans to start building soon, and cartons ... from one by Hanil
  Pack Vina" (24958) and "Brake and fuel hoses will be made there by Valvex Company of Spain, and ready-built factories
  ... by Jiahe Homeware Co., Ltd. of China" (24960) two announced investments each without amount; "A VNĐ6.1 trillion
  dredging plan ... has been put forward by Song Tranh Group" (24959) a proposal, no deal; the round's lead with "ten
  sets of papers ... worth more than VNĐ38 trillion" (24956) money only under a caps "QUẢNG NAM —" dateline that gives
  the province. In the Chu Lai round-up, "a 12-million-USD yarn mill ... built by Voss Garn Vietnam, a unit of Germany's
  Voss Group, is due to open in July" (24953) is an announced investment of "Voss Garn", the parent a firm mention;
  "Kumsung Corporation of South Korea broke ground this month on the first phase of a US$190 million tyre-cord project"
  (24954) a groundbreaking with the country; "Seorin Corporation chairman Park Jae Hoon said the group had decided to
  add a car-window coating line" (24955) an announced investment without amount, the role before the name as written.
- Firms: "Công ty TNHH Đà Nẵng Himawari" keeps its place in the name and gives no province; its parent "Himawari Tape
  Co., Ltd" keeps the foreign form; "Tập đoàn Hóa chất Việt Nam (Vinachem)" keeps "Việt Nam" (a Vietnamese state group),
  the bracketed acronym no firm, the English "state chemical group Vinachem" a firm; the caps dateline "SONG TRANH AUTO
  14/09/2019" gives the firm in title case; "Stamping presses at Song Tranh Industries ... — Photo courtesy of Song Tranh
  Industries" lists the firm once; the stock code "(HVR)" is nothing; "Hải Vân Motors" / "Hai Van Rubber" are no Đà Nẵng
  mention (a pass, not a province).
- Persons and organisations: "Đồng chí Nguyễn Hữu Lâm, Ủy viên Trung ương Đảng, Phó Trưởng ban Kinh tế Trung ương"
  keeps both roles with the comma and gives "Ban Kinh tế Trung ương"; "Ông Lê Hoàng Phúc - Phó Chủ tịch UBND TP Đà Nẵng
  phát biểu" takes the role after the dash; a name repeated without a role in its own row ("Ông Lê Hoàng Phúc kỳ vọng")
  is a person without role; "Chủ tịch Quốc hội Trần Đình Khôi" gives "Quốc hội"; "Sở Công Thương Quảng Nam" is an
  organisation with the province, "Sở Kế hoạch và Đầu tư" alone none, a lower-case "ban quản lý khu" none; the English
  "Da Nang University of Technology" is an organisation and a Đà Nẵng mention; "Provincial People's Committee Chairman Le
  Van Dung" keeps the English role before the name, no organisation.
- Places and counts: "Khu công nghệ cao Đà Nẵng" gives the province only (batch 75); "phường Hải Vân", "bang Ohio",
  "Tây Nguyên", "miền Trung", bare "Chu Lai", "Dung Quất", "Chân Mây" and unaccented "da nang", "hue" in tags and slugs
  give nothing; "Khu kinh tế mở Chu Lai" in the zone home page is a zone; "Mười bảy nhà máy", "Thirteen plants",
  "Twenty-seven heads", "six certificates" and "ba doanh nghiệp" are counts in words; "Some 10,000 people", "the 38
  firms", "81 projects", "Its 14 parts factories", "khoảng 4.500 lao động", "250 công trình" are counts; "one truck tyre
  in five", "một phần năm", "about a fifth" are no percentages; "khoảng 250 triệu USD mỗi năm" is money per year."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_92(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    DN = cur("Đà Nẵng")  # also Quảng Nam (cũ)
    HUE = cur("Huế")
    BD = cur("Bình Dương")

    ids = iter(range(24801, 24801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads (S4 r2 r4, S5 r4, S7 r4, S11 r2: 5 of the 80 slots) ---
    rows += [
        h(
            n(),
            "máy cán luyện cao su mini giá xưởng chi phí dựng nhà máy tái chế lốp trung quốc chỉ số",
            "2024-03-11",
            "ministry",
            ["spam_keywords", "lowercase", "lowercase_country_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nghiền đá vôi rajasthan nhà máy kính nổi tiêu chuẩn chứng chỉ giá thấp trung tâm bảo hành",
            "2024-05-02",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mô hình xưởng tuyển quặng đồng hộ gia đình vốn bao nhiêu thì hoà vốn",
            "2023-10-19",
            "ministry",
            ["spam_keywords", "lowercase", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "lắp đặt dây chuyền ép lốp đặc xe nâng giá rẻ bihar chi phí chỉ số nhà máy",
            "2024-01-27",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dây chuyền sơn tĩnh điện khung xe gujarat nhà máy quy trình báo giá mới nhất",
            "2024-06-30",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "phụ tùng xe tải chính hãng giá sỉ 88vin nổ hũ đổi thưởng uy tín",
            "2025-02-03",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
    ]
    # --- One-line titles, video titles, unaccented tags, image slugs (S3 r1, S4 r1 r3, S5 r1 r3, S7 r1-r3, S11 r1,
    # S12 r1, S14 r1, S15 r1, S16 r1 r3: the planned-groundbreaking title came back six times) ---
    rows += [
        h(
            n(),
            "Ngày động thổ đã định cho nhà máy xe điện 2,6 tỷ USD của Hải Vân Motors ở Ấn Độ",
            "2025-01-14",
            "ministry",
            ["title_only", "planned_groundbreaking_with_amount", "country_no_province"],
            firms=[f("Hải Vân Motors")],
            money=[m(2.6 * B, "USD")],
            locations=[country("Ấn Độ")],
            deals=[deal("investment", ["Hải Vân Motors"], 2.6 * B)],
            events=[ev("investment_announcement", [F("Hải Vân Motors")], 2.6 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Ấn Độ: tổ hợp xe điện 2,6 tỷ USD của Hải Vân Motors sẽ động thổ ngày 20/2",
            "2025-01-15",
            "ministry",
            [
                "title_only",
                "country_dateline",
                "planned_groundbreaking_with_amount",
                "future_day_no_deal_date",
            ],
            firms=[f("Hải Vân Motors")],
            money=[m(2.6 * B, "USD")],
            locations=[country("Ấn Độ")],
            deals=[deal("investment", ["Hải Vân Motors"], 2.6 * B)],
            events=[ev("investment_announcement", [F("Hải Vân Motors")], 2.6 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Nikkei: Hải Vân Motors cân nhắc đặt xưởng lắp ráp thứ hai ở Indonesia",
            "2024-11-02",
            "ministry",
            ["video_title", "wire_source", "plan_without_amount", "ordinal_not_count", "no_event"],
            firms=[f("Hải Vân Motors")],
            locations=[country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "quy hoach khu cong nghiep ho tro o to tam anh den nam 2035",
            "2024-09-18",
            "ministry",
            ["tag_page", "unaccented_tag", "no_event"],
            events=[],
        ),
        h(
            n(),
            "san luong lop radial xuat khau sang hoa ky quy 1",
            "2025-04-22",
            "ministry",
            ["tag_page", "unaccented_tag", "unaccented_country_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nghi dinh uu dai dau tu dac biet cho du an linh kien o to",
            "2024-07-08",
            "ministry",
            ["tag_page", "unaccented_tag", "no_event"],
            events=[],
        ),
        h(
            n(),
            "linh kien o to da nang",
            "2025-03-01",
            "ministry",
            ["tag_page", "unaccented_tag", "unaccented_province_no_mention", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hue cho phep mo rong ben so 3 cang chan may dji_0217 jpg",
            "2023-12-05",
            "ministry",
            ["image_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dcim100media dji_0088 khu cong nghiep tam thang nhin tu tren cao",
            "2023-12-05",
            "ministry",
            ["image_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quốc lộ 1 qua Núi Thành-Đơn vị thi công nút giao Tam Hiệp bị nhắc vì để xe chở linh kiện ô tô ùn ứ",
            "2024-10-29",
            "ministry",
            ["tag_page", "glued_tag_headline", "bare_place_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kính ô tô an toàn tam anh",
            "2025-06-14",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "#bódâyđiện #ChuLai #linhkiệnôtô",
            "2025-06-14",
            "ministry",
            ["hashtag_line", "glued_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bloomberg: Sông Tranh Auto tính tách mảng linh kiện để niêm yết riêng",
            "2023-03-09",
            "ministry",
            ["video_title", "wire_source", "plan_without_amount", "no_event"],
            firms=[f("Sông Tranh Auto")],
            events=[],
        ),
        h(
            n(),
            "Sông Tranh Auto xuất lô sơ mi rơ moóc đầu tiên sang Mỹ",
            "2020-06-02",
            "ministry",
            ["title_only", "export_no_contract", "no_event"],
            firms=[f("Sông Tranh Auto")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Cao su Hải Vân báo lãi quý III giảm 41% vì giá cao su thiên nhiên tăng",
            "2025-10-21",
            "ministry",
            ["title_only", "bare_vietnamese_name", "percentage", "no_event"],
            firms=[f("Cao su Hải Vân")],
            percentages=[41],
            events=[],
        ),
        h(
            n(),
            "Video: Lễ động thổ KCN phụ trợ Tam Anh giai đoạn 2",
            "2025-09-16",
            "ministry",
            ["video_title", "groundbreaking_no_firm", "no_event"],
            locations=[park("Khu công nghiệp phụ trợ Tam Anh")],
            events=[],
        ),
    ]
    # --- Tag, listing, category and video pages with a headline and a lead (S2 r1, S8 r1, S9 r2, S10 r1, S11 r3,
    # S12 r3, S14 r4, S15 r2-r4, S16 r2 r4) ---
    rows += [
        h(
            n(),
            "# Khu công nghiệp phụ trợ Tam Anh\n\nĐộng thổ giai đoạn 2 KCN phụ trợ Tam Anh của Sông Tranh Auto\nGiai đoạn 2 rộng 96 ha, cần hơn 6.200 tỉ đồng; riêng đường, điện, nước nội khu ngốn 1.150 tỉ đồng.",
            "2025-09-17",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "groundbreaking",
                "park_developer",
                "tỉ_spelling",
                "approx",
                "area",
                "multiline",
            ],
            firms=[f("Sông Tranh Auto")],
            money=[m(6200 * B, "VND", approx=True), m(1150 * B, "VND")],
            areas=[ha(96)],
            locations=[park("Khu công nghiệp phụ trợ Tam Anh")],
            deals=[deal("groundbreaking", ["Sông Tranh Auto"], 6200 * B)],
            events=[ev("groundbreaking", [F("Sông Tranh Auto")], 6200 * B, "VND", None, "started")],
        ),
        h(
            n(),
            "Chế tạo hộp số ô tô\n\nHuế có nhà máy hộp số ô tô 185 triệu USD đi vào hoạt động\nCông ty CP Ô tô An Cựu cho biết 85% công đoạn ở nhà máy hộp số mới tại KKT Chân Mây - Lăng Cô do robot đảm nhận; dây chuyền chạy từ ngày 18/11.",
            "2025-11-20",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "inauguration_with_capital",
                "headline_amount_to_lead",
                "percentage",
                "deal_date",
                "multiline",
            ],
            firms=[f("Ô tô An Cựu", "Công ty CP")],
            provinces=[pv("Huế")],
            money=[m(185 * M, "USD")],
            percentages=[85],
            locations=[zone("Khu kinh tế Chân Mây - Lăng Cô")],
            deals=[deal("investment", ["Ô tô An Cựu"], 185 * M, HUE, "2025-11-18")],
            events=[ev("inauguration", [F("Ô tô An Cựu")], 185 * M, "USD", HUE, "completed")],
        ),
        h(
            n(),
            '"nhà cung cấp nội địa" - Nhiều xưởng cơ khí miền Trung muốn vào chuỗi của các hãng xe\n\n5 năm trước\n(Techz.vn) Tại hội thảo của Sở Công Thương Quảng Nam tuần trước, bà Lê Thị Hạnh Dung, Giám đốc Công ty TNHH Cơ khí Điện Ngọc, nói xưởng của bà có thể mua thêm máy dập ngay nếu các hãng xe cam kết đơn hàng hai năm.',
            "2020-10-12",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "wish_no_deal",
                "person_role_after",
                "site_credit",
                "org_with_province",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Thị Hạnh Dung", "Giám đốc Công ty TNHH Cơ khí Điện Ngọc")],
            firms=[f("Cơ khí Điện Ngọc", "Công ty TNHH")],
            organizations=["Sở Công Thương Quảng Nam"],
            provinces=[pv("Quảng Nam")],
            events=[],
        ),
        h(
            n(),
            "Quảng Ngãi muốn chọn xong nhà đầu tư cho hai KCN rộng hơn 700 ha trước quý IV/2024, khi hồ sơ chấp thuận chủ trương đầu tư đang chờ Thủ tướng.\nBa dây chuyền lắp ráp mới cùng chạy trong năm 2023 là điểm sáng của công nghiệp ô tô miền Trung.",
            "2024-02-06",
            "ministry",
            [
                "category_page",
                "nfd",
                "approval_pending_no_investor",
                "role_no_name",
                "count_in_words",
                "approx",
                "area",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Quảng Ngãi")],
            areas=[ha(700, True)],
            events=[],
        ),
        h(
            n(),
            "Vốn thật của nhà máy xe tải ở Dung Quất chỉ 6.400 tỷ đồng, không phải 15.000 tỷ như lời giới thiệu của Ô tô Trà Khúc",
            "2024-08-15",
            "ministry",
            [
                "listing_page",
                "capital_correction",
                "recalled_investment",
                "bare_place_no_location",
                "no_site",
                "no_event",
            ],
            firms=[f("Ô tô Trà Khúc")],
            money=[m(6400 * B, "VND"), m(15000 * B, "VND")],
            deals=[deal("investment", ["Ô tô Trà Khúc"], 6400 * B)],
            events=[],
        ),
        h(
            n(),
            "Xe tải điện là hướng đi không thể khác, Thứ trưởng Bộ Công Thương Hồ Sỹ Nguyên nói khi dự lễ ký giữa Ô tô Trà Khúc và một hãng Hàn Quốc...",
            "2024-08-15",
            "ministry",
            [
                "listing_page",
                "truncated",
                "role_before_name",
                "recalled_signing_unnamed_partner",
                "country_adjective",
                "no_event",
            ],
            persons=[per("Hồ Sỹ Nguyên", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            firms=[f("Ô tô Trà Khúc")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Lô lốp radial thương mại đầu tiên rời nhà máy Cao su Hải Vân\n\nHai mươi sáu tháng sau ngày khởi công, dây chuyền lốp xe tải toàn thép của Công ty CP Cao su Hải Vân đã giao lô hàng đầu tiên cho đại lý sáng 3/7.",
            "2013-07-04",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "start_of_operation",
                "inauguration_no_capital",
                "duration_no_count",
                "multiline",
            ],
            firms=[f("Cao su Hải Vân", "Công ty CP")],
            events=[ev("inauguration", [F("Cao su Hải Vân")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Xe buýt Chu Lai lăn bánh sang Philippines\n\nSáng 2/10, 60 xe buýt đầu tiên của Sông Tranh Auto được xếp lên tàu tại cảng Chu Lai để xuất sang Philippines.",
            "2019-10-03",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "export_no_contract",
                "bare_place_no_location",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Sông Tranh Auto")],
            quantities=[c(60, "xe buýt")],
            locations=[country("Philippines")],
            events=[],
        ),
        h(
            n(),
            "Nội địa hoá ghế và kính: cửa vào chuỗi cung ứng cho xưởng linh kiện miền Trung\n\nMột nhà máy kính ô tô chỉ hoà vốn khi đơn hàng đủ lớn và đều, điều mà các hãng lắp ráp ở miền Trung chưa bảo đảm được.\nMinh Thư - Hoàng Yến",
            "2023-05-25",
            "ministry",
            ["video_page", "headline_lead", "old_tone", "byline_two_names", "multiline", "no_event"],
            persons=[per("Minh Thư", None), per("Hoàng Yến", None)],
            events=[],
        ),
        h(
            n(),
            "(QNO) - Nhà máy kính an toàn ô tô của Công ty CP Kính Sông Tranh và tuyến đường nối KCN Tam Anh với cảng Kỳ Hà cùng được tỉnh Quảng Nam động thổ sáng 12.6.\nThực hiện: MINH CHÂU - QUỐC TUẤN",
            "2019-06-13",
            "provincial",
            [
                "video_blurb",
                "groundbreaking",
                "province_actor",
                "dotted_date",
                "caps_credit",
                "deal_date",
                "multiline",
            ],
            firms=[f("Kính Sông Tranh", "Công ty CP")],
            provinces=[pv("Quảng Nam")],
            persons=[per("Minh Châu", None), per("Quốc Tuấn", None)],
            locations=[park("Khu công nghiệp Tam Anh")],
            deals=[deal("groundbreaking", ["Kính Sông Tranh"], None, DN, "2019-06-12")],
            events=[
                ev("groundbreaking", [G("tỉnh Quảng Nam"), F("Kính Sông Tranh")], None, None, DN, "started")
            ],
        ),
        h(
            n(),
            "Không chỉ có 'Giga' ở Hải Phòng: những nhà máy ô tô cỡ lớn của miền Trung\nChu Lai và Chân Mây đã có dây chuyền hàn, sơn tự động không kém các nhà máy trong khu vực.\nĐầu tư Chứng khoán\nTheo Đầu tư Chứng khoán\nCopy link\nLink bài gốc\nLấy link!",
            "2021-09-02",
            "ministry",
            ["portal_stub", "headline_lead", "newspaper_no_org", "copy_link_junk", "multiline", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Một góc KCN Tam Thăng. Ảnh: TL.\nVượt 31% kế hoạch năm, 27 dự án mới với 392 triệu USD vốn đăng ký đã vào Khu kinh tế mở Chu Lai trong năm 2025; ban quản lý khu cũng duyệt chủ trương cho 4 dự án hạ tầng KCN, tổng vốn hơn 4.900 tỷ đồng.\nÔn...",
            "2026-01-08",
            "provincial",
            [
                "portal_home",
                "caption",
                "initials_credit",
                "approval_no_investor_named",
                "round_totals_no_deal",
                "lowercase_board_no_org",
                "count",
                "approx",
                "percentage",
                "truncated",
                "multiline",
                "no_event",
            ],
            money=[m(392 * M, "USD"), m(4900 * B, "VND", approx=True)],
            percentages=[31],
            quantities=[c(27, "dự án"), c(4, "dự án")],
            locations=[park("Khu công nghiệp Tam Thăng"), zone("Khu kinh tế mở Chu Lai")],
            events=[],
        ),
    ]
    # --- The carmaker's own site, Vietnamese and English (S1 r1 r2 r4, S2 r2, S9 r1, S10 r3, S11 r4, S14 r2 r3: 9 slots) ---
    rows += [
        h(
            n(),
            "DA NANG UNIVERSITY OF TECHNOLOGY LECTURERS TOUR CHU LAI PLANTS\nSONG TRANH AUTO 14/09/2019\nAfter the talks, the visiting lecturers walked through the seat, wire-harness and glass lines of the complex.",
            "2019-09-14",
            "ministry",
            [
                E,
                "corporate_page",
                "caps_headline",
                "caps_firm_dateline",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            firms=[f("Song Tranh Auto")],
            organizations=["Da Nang University of Technology"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Toa_dam_CNHT_2.jpg\n\nMười bảy nhà máy linh kiện của Sông Tranh Auto là lý do Hội Cơ khí miền Trung và UBND tỉnh Quảng Nam chọn Chu Lai làm nơi thử mô hình khu công nghiệp hỗ trợ cơ khí, theo kết luận buổi toạ đàm.",
            "2016-11-24",
            "provincial",
            ["corporate_page", "image_filename", "old_tone", "count_in_words", "multiline", "no_event"],
            organizations=["Hội Cơ khí miền Trung", "Ủy ban nhân dân tỉnh Quảng Nam"],
            provinces=[pv("Quảng Nam")],
            firms=[f("Sông Tranh Auto")],
            events=[],
        ),
        h(
            n(),
            "Buổi toạ đàm do UBND tỉnh Quảng Nam phối hợp với Sông Tranh Auto tổ chức tại Chu Lai ngày 23/11.",
            "2016-11-24",
            "provincial",
            ["corporate_page", "co_organiser_no_deal", "old_tone", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Nam"],
            provinces=[pv("Quảng Nam")],
            firms=[f("Sông Tranh Auto")],
            events=[],
        ),
        h(
            n(),
            "Các nhà máy này làm ghế, kính, bó dây điện, cản xe, khung gầm và điều hoà cho cả xe tải, xe buýt lẫn xe du lịch.",
            "2016-11-24",
            "provincial",
            ["corporate_page", "product_list", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo các nhà khoa học dự toạ đàm, muốn giữ chân nhà cung cấp, Chu Lai còn thiếu nhà ở công nhân và một trung tâm thử nghiệm linh kiện.",
            "2016-11-24",
            "provincial",
            ["corporate_page", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "IMG_2231.jpg\n\nĐồng chí Nguyễn Hữu Lâm, Ủy viên Trung ương Đảng, Phó Trưởng ban Kinh tế Trung ương, cùng đoàn công tác đã đi thăm xưởng ghế và xưởng bó dây điện của Sông Tranh Auto tại Chu Lai.",
            "2021-04-09",
            "provincial",
            [
                "corporate_page",
                "image_filename",
                "dong_chi",
                "two_roles_after_name",
                "visit_no_deal",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyễn Hữu Lâm", "Ủy viên Trung ương Đảng, Phó Trưởng ban Kinh tế Trung ương")],
            organizations=["Ban Kinh tế Trung ương"],
            firms=[f("Sông Tranh Auto")],
            events=[],
        ),
        h(
            n(),
            "Đoàn ghi nhận Sông Tranh Auto nhiều năm liền là doanh nghiệp nộp ngân sách lớn nhất của Quảng Nam.",
            "2021-04-09",
            "provincial",
            ["corporate_page", "ranking_no_deal", "no_event"],
            firms=[f("Sông Tranh Auto")],
            provinces=[pv("Quảng Nam")],
            events=[],
        ),
        h(
            n(),
            "_DSC4410.jpg\n\nDây chuyền sơn thân vỏ là điểm dừng lâu nhất của Chủ tịch Quốc hội Trần Đình Khôi khi thăm Sông Tranh Auto; lãnh đạo hãng trình bày kế hoạch bán xe buýt sang Philippines.\n\n_DSC4425.jpg",
            "2015-03-27",
            "provincial",
            [
                "corporate_page",
                "image_filename",
                "role_before_name",
                "export_plan_no_deal",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Đình Khôi", "Chủ tịch Quốc hội")],
            organizations=["Quốc hội"],
            firms=[f("Sông Tranh Auto")],
            locations=[country("Philippines")],
            events=[],
        ),
        h(
            n(),
            "SONG-TRANH-AUTO-gặp-gỡ-đối-tác-1 SONG-TRANH-AUTO-gặp-gỡ-đối-tác-2\n\nTwenty-seven heads of Korean and Vietnamese parts makers spent April 8 at Song Tranh Auto's Chu Lai complex in Quang Nam Province, hearing Standing Vice Chairman Pham Minh Khoa lay out the group's new stamping and moulding lines.",
            "2023-04-10",
            "ministry",
            [
                E,
                "corporate_page",
                "image_filename",
                "working_session_no_deal",
                "role_before_name",
                "adjective_no_country",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            firms=[f("Song Tranh Auto")],
            provinces=[pv("Quảng Nam")],
            persons=[per("Pham Minh Khoa", "Standing Vice Chairman")],
            events=[],
        ),
        h(
            n(),
            "Several of the visitors said they would look at putting money into the moulding shop together, though no agreement was signed on the day.",
            "2023-04-10",
            "ministry",
            [E, "corporate_page", "no_agreement", "no_event"],
            events=[],
        ),
    ]
    # --- Foreign-language briefs rendered in Vietnamese (S1 r3, S5 r2, S19 r3: one Japanese brief; S10 r2, S17 r4: two
    # French VNA items) ---
    rows += [
        h(
            n(),
            "Hai nhà máy mới, một cho xe du lịch và một cho xe tải, xe buýt, sẽ được Sông Tranh Auto dựng ở Quảng Nam, nằm trong gói chi tiêu khoảng 21.500 tỷ đồng (chừng 1 tỷ USD) của hãng đến hết năm 2021.",
            "2018-09-20",
            "ministry",
            [
                "foreign_page_rendered",
                "announced_investment",
                "object_first",
                "conversion_bracket",
                "approx",
                "pre2025",
                "count_in_words",
            ],
            firms=[f("Sông Tranh Auto")],
            provinces=[pv("Quảng Nam")],
            money=[m(21500 * B, "VND", approx=True), m(1 * B, "USD", approx=True)],
            deals=[deal("investment", ["Sông Tranh Auto"], 21500 * B, DN)],
            events=[ev("investment_announcement", [F("Sông Tranh Auto")], 21500 * B, "VND", DN, "announced")],
        ),
        h(
            n(),
            "Với 41,2% thị phần trong khối thành viên VAMA, hãng nhắm bán 105.000 xe năm nay, doanh thu trên 68.000 tỷ đồng.",
            "2018-09-20",
            "ministry",
            ["foreign_page_rendered", "acronym_org", "percentage", "count", "approx", "no_event"],
            organizations=["VAMA"],
            percentages=[41.2],
            quantities=[c(105000, "xe")],
            money=[m(68000 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Trụ sở của Sông Tranh Auto đặt tại Quảng Nam; hãng đang lắp ráp xe cho các thương hiệu Hàn Quốc, Nhật Bản và Pháp.",
            "2018-09-20",
            "ministry",
            ["foreign_page_rendered", "country_list", "pre2025", "no_event"],
            firms=[f("Sông Tranh Auto")],
            provinces=[pv("Quảng Nam")],
            locations=[country("Hàn Quốc"), country("Nhật Bản"), country("Pháp")],
            events=[],
        ),
        h(
            n(),
            "Lô 54 sơ mi rơ moóc đầu tiên sẽ rời cảng Chu Lai đi Mỹ vào tháng 6, theo hợp đồng gia công – xuất khẩu mà Sông Tranh Auto và hãng Ridgeway Trailer Works (bang Ohio) ký hồi tháng 3.",
            "2020-04-14",
            "ministry",
            [
                "foreign_page_rendered",
                "supply_contract",
                "contract_in_relative_clause",
                "seller_first",
                "count",
                "bare_state_no_location",
            ],
            firms=[f("Sông Tranh Auto"), f("Ridgeway Trailer Works")],
            quantities=[c(54, "sơ mi rơ moóc")],
            locations=[country("Mỹ")],
            deals=[deal("supply_contract", ["Sông Tranh Auto", "Ridgeway Trailer Works"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Sông Tranh Auto"), F("Ridgeway Trailer Works")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Năm ngoái, riêng tiền bán ghế và áo ghế ô tô ra nước ngoài đã đem về cho xưởng của Sông Tranh Auto ở Chu Lai 5,1 triệu USD; khách lớn nhất là Hàn Quốc, rồi đến Malaysia.",
            "2020-05-11",
            "ministry",
            ["foreign_page_rendered", "export_revenue", "country_list", "no_event"],
            firms=[f("Sông Tranh Auto")],
            money=[m(5.1 * M, "USD")],
            locations=[country("Hàn Quốc"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Hãng muốn gần gấp đôi con số ấy trong năm nay, lên 9,2 triệu USD, phần lớn nhờ đơn áo ghế.",
            "2020-05-11",
            "ministry",
            ["foreign_page_rendered", "target", "no_event"],
            money=[m(9.2 * M, "USD")],
            events=[],
        ),
    ]
    # --- A master's thesis summary on a document store (S3 r3) ---
    rows += [
        h(
            n(),
            "Tài liệu hạn chế xem trước, bấm Tải xuống để xem toàn văn\nĐịnh dạng: PDF | Dung lượng: 312,4 KB",
            "2020-03-02",
            "ministry",
            ["document_store", "metadata_line", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO ĐẠI HỌC ĐÀ NẴNG NGUYỄN THỊ BÍCH TRÂM PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ NGÀNH Ô TÔ Ở QUẢNG NAM Chuyên ngành: Quản lý kinh tế Mã số: 8.31.01.10 TÓM TẮT LUẬN VĂN THẠC SĨ Đà Nẵng – Năm 2019",
            "2020-03-02",
            "ministry",
            ["thesis_cover", "caps_orgs", "caps_author", "caps_province", "no_event"],
            organizations=["Bộ Giáo dục và Đào tạo", "Đại học Đà Nẵng"],
            persons=[per("Nguyễn Thị Bích Trâm", None)],
            provinces=[pv("Đà Nẵng"), pv("Quảng Nam")],
            events=[],
        ),
        h(
            n(),
            "1. Tính cấp thiết của đề tài\nQuảng Nam muốn sớm thành tỉnh công nghiệp, nhưng các nhà máy ô tô ở Chu Lai vẫn phải nhập phần lớn linh kiện vì thiếu hàng nghìn nhà cung cấp tại chỗ.",
            "2020-03-02",
            "ministry",
            ["thesis_body", "vague_count", "multiline", "no_event"],
            provinces=[pv("Quảng Nam")],
            events=[],
        ),
        h(
            n(),
            "Người hướng dẫn khoa học: TS. Lê Quốc Hưng Phản biện 1: PGS.TS. Trần Thị Mai Phản biện 2: TS. Đặng Văn Sơn Luận văn được bảo vệ ngày 15 tháng 12 năm 2019.",
            "2020-03-02",
            "ministry",
            ["thesis_cover", "labelled_persons", "academic_title_no_role", "no_event"],
            persons=[per("Lê Quốc Hưng", None), per("Trần Thị Mai", None), per("Đặng Văn Sơn", None)],
            events=[],
        ),
    ]
    # --- An FDI feature (S2 r3, S3 r4, S8 r4, S13 r4: one KTSG page, four slots) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Linh kiện điện tử và phụ tùng ô tô là hai ngành hút vốn ngoại đều nhất năm 2023, trong khi nhiều lĩnh vực khác chững lại.",
            "2023-12-18",
            "ministry",
            ["feature_lead", "site_credit", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Vốn ngoại vào Đông Nam bộ vẫn chiếm gần nửa cả nước\n- Doanh nghiệp Hàn Quốc dồn vốn vào bó dây điện và ghế ô tô ở miền Trung",
            "2023-12-18",
            "ministry",
            ["related_links", "country_adjective", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Về đích mạnh\nVốn FDI cam kết sáu tháng đầu năm 2023 mới khoảng 12,8 tỉ đô la Mỹ (giảm 3,6%), nối tiếp cú sụt gần 9% của năm 2022.",
            "2023-12-18",
            "ministry",
            ["subheading", "statistics", "dollar_words", "approx", "percentage", "multiline", "no_event"],
            money=[m(12.8 * B, "USD", approx=True)],
            percentages=[9, 3.6],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư chưa rời đi, chỉ chậm lại vì lãi suất cao, Cục Thống kê nhận định.",
            "2023-12-18",
            "ministry",
            ["org_source", "no_event"],
            organizations=["Cục Thống kê"],
            events=[],
        ),
        h(
            n(),
            "Riêng miền Trung, Đà Nẵng và Quảng Ngãi hút thêm bốn dự án linh kiện ô tô vốn Nhật Bản và Hàn Quốc trong quý III.",
            "2023-12-18",
            "ministry",
            ["nfd", "unnamed_projects_no_deal", "count_in_words", "country_adjective", "no_event"],
            provinces=[pv("Đà Nẵng"), pv("Quảng Ngãi")],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hàn Quốc, Singapore và Nhật Bản vẫn là ba nguồn vốn lớn nhất vào công nghiệp hỗ trợ ô tô.",
            "2023-12-18",
            "ministry",
            ["country_list", "ranking_no_deal", "count_in_words", "no_event"],
            locations=[country("Hàn Quốc"), country("Singapore"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Vốn Hàn Quốc vào miền Trung chủ yếu là các xưởng bó dây điện cần nhiều lao động nữ.",
            "2023-12-18",
            "ministry",
            ["country_adjective", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- The parts park's second phase broken ground, told by three papers (S2 r4, S12 r2, S12 r4; its tag page is above) ---
    rows += [
        h(
            n(),
            "Xã Tam Anh (TP. Đà Nẵng) sáng 16/9 có thêm một công trường lớn: Công ty CP Tập đoàn Ô tô Sông Tranh (Sông Tranh Auto) động thổ giai đoạn 2 Khu công nghiệp phụ trợ Tam Anh.",
            "2025-09-16",
            "provincial",
            [
                "groundbreaking",
                "tap_doan_after_form",
                "alias_in_brackets",
                "commune_no_location",
                "post2025_province",
                "deal_date",
            ],
            firms=[f("Ô tô Sông Tranh", "Công ty CP")],
            provinces=[pv("Đà Nẵng")],
            locations=[park("Khu công nghiệp phụ trợ Tam Anh")],
            deals=[deal("groundbreaking", ["Ô tô Sông Tranh"], None, DN, "2025-09-16")],
            events=[ev("groundbreaking", [F("Ô tô Sông Tranh")], None, None, DN, "started")],
        ),
        h(
            n(),
            "Đại diện Sông Tranh Auto nhận hoa chúc mừng từ lãnh đạo thành phố. Ảnh: H.V",
            "2025-09-16",
            "provincial",
            ["caption", "initials_no_person", "no_event"],
            firms=[f("Sông Tranh Auto")],
            events=[],
        ),
        h(
            n(),
            "Ông Lê Hoàng Phúc, Phó Chủ tịch UBND TP Đà Nẵng, nói thành phố sẽ giao nốt phần mặt bằng còn lại trước tháng 3/2026 để nhà đầu tư kịp dựng xưởng.",
            "2025-09-16",
            "provincial",
            ["person_role_after", "ubnd_expanded", "no_event"],
            persons=[per("Lê Hoàng Phúc", "Phó Chủ tịch UBND TP Đà Nẵng")],
            organizations=["Ủy ban nhân dân thành phố Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Ông Lê Hoàng Phúc - Phó Chủ tịch UBND TP Đà Nẵng phát biểu tại lễ động thổ.",
            "2025-09-16",
            "provincial",
            ["caption", "role_after_dash", "no_event"],
            persons=[per("Lê Hoàng Phúc", "Phó Chủ tịch UBND TP Đà Nẵng")],
            organizations=["Ủy ban nhân dân thành phố Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Ông Lê Hoàng Phúc kỳ vọng khu công nghiệp mở rộng sẽ kéo thêm nhà đầu tư vào thiết bị điện – điện tử, tự động hoá và linh kiện, đồng thời tăng hàng qua cảng Chu Lai.",
            "2025-09-16",
            "provincial",
            ["nfd", "old_tone", "person_no_role_repeat", "no_event"],
            persons=[per("Lê Hoàng Phúc", None)],
            events=[],
        ),
        h(
            n(),
            "Đà Nẵng: động thổ giai đoạn 2 khu công nghiệp phụ trợ ô tô, vốn hơn 6.200 tỷ đồng\n\nSáng 16/9, trong đợt công trình chào mừng Quốc khánh 2/9 của thành phố, Sông Tranh Auto động thổ KCN phụ trợ Tam Anh giai đoạn 2.",
            "2025-09-16",
            "provincial",
            [
                "headline_lead",
                "groundbreaking",
                "headline_amount_to_lead",
                "approx",
                "deal_date",
                "multiline",
            ],
            firms=[f("Sông Tranh Auto")],
            provinces=[pv("Đà Nẵng")],
            money=[m(6200 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp phụ trợ Tam Anh")],
            deals=[deal("groundbreaking", ["Sông Tranh Auto"], 6200 * B, DN, "2025-09-16")],
            events=[ev("groundbreaking", [F("Sông Tranh Auto")], 6200 * B, "VND", DN, "started")],
        ),
        h(
            n(),
            "Giai đoạn 2 sẽ có xưởng đúc nhôm chi tiết động cơ, xưởng ép nhựa nội thất và một dây chuyền lắp pin cho xe buýt điện.",
            "2025-09-16",
            "provincial",
            ["item_list", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư cam kết dùng điện mặt trời mái nhà cho ít nhất 30% nhu cầu điện của khu.",
            "2025-09-16",
            "provincial",
            ["commitment_no_deal", "percentage", "no_event"],
            percentages=[30],
            events=[],
        ),
        h(
            n(),
            "Một phần linh kiện điện tử cho khu sẽ được đặt từ các nhà máy trong Khu công nghệ cao Đà Nẵng, cách đó khoảng 90 km.",
            "2025-09-16",
            "provincial",
            ["hitech_park_names_province", "no_event"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Khu phụ trợ ô tô hơn 6.000 tỉ đồng khởi động ở phía nam Đà Nẵng 16/09/2025 10:52\n\nNhà đầu tư và lãnh đạo thành phố bấm nút động thổ giai đoạn 2. Ảnh: KH",
            "2025-09-16",
            "provincial",
            [
                "headline_timestamp",
                "caption",
                "initials_no_person",
                "groundbreaking_no_firm",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Đà Nẵng")],
            money=[m(6000 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Quang cảnh lễ động thổ giai đoạn 2 KCN phụ trợ Tam Anh sáng 16/9. Ảnh: Đức Minh",
            "2025-09-16",
            "provincial",
            ["nfd", "caption", "photo_credit_person", "groundbreaking_no_firm", "no_event"],
            persons=[per("Đức Minh", None)],
            locations=[park("Khu công nghiệp phụ trợ Tam Anh")],
            events=[],
        ),
        h(
            n(),
            "Mô hình KCN phụ trợ Tam Anh giai đoạn 2 được đặt ngay lối vào khu lễ.",
            "2025-09-16",
            "provincial",
            ["caption_like", "no_event"],
            locations=[park("Khu công nghiệp phụ trợ Tam Anh")],
            events=[],
        ),
        h(
            n(),
            "Theo lộ trình, giai đoạn 2 vận hành từng phần trong các năm 2027 – 2029, tạo việc làm cho khoảng 4.500 lao động.",
            "2025-09-16",
            "provincial",
            ["schedule", "count", "approx", "no_event"],
            quantities=[c(4500, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Các xã Núi Thành, Tam Anh và Tam Hải của TP Đà Nẵng hiện nay trước kia thuộc huyện Núi Thành, tỉnh Quảng Nam.",
            "2025-09-16",
            "provincial",
            ["post2025_naming", "commune_no_location", "former_district", "old_province", "no_event"],
            provinces=[pv("Đà Nẵng"), pv("Quảng Nam")],
            locations=[district("huyện Núi Thành")],
            events=[],
        ),
    ]
    # --- A printed magazine page on a Japanese parts plant chosen for Đà Nẵng (S3 r2, S13 r1) ---
    rows += [
        h(
            n(),
            "- Xe & Phụ tùng Online - https://xephutung.net -\n\nNhà máy linh kiện Nhật Bản thứ ba chọn Đà Nẵng\n\nĐăng bởi BTV3 lúc Tháng Sáu 8, 2011 @ 9:15 sáng Mục Kinh tế | 0 bình luận",
            "2011-06-08",
            "ministry",
            [
                "print_page",
                "site_header",
                "posted_by_line",
                "headline_only",
                "ordinal_not_count",
                "pre2025",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Đà Nẵng")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Kurobe Kogyo (Nhật Bản) sẽ xây nhà máy ống dẫn phanh và ống dầu ô tô tại KCN Hòa Cầm – quyết định được báo cho lãnh đạo UBND TP Đà Nẵng trong buổi làm việc đầu tháng 6.",
            "2011-06-08",
            "ministry",
            ["announced_investment_no_amount", "decision_told_to_leaders", "country_bracket", "pre2025"],
            organizations=["Ủy ban nhân dân thành phố Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Kurobe Kogyo", "Tập đoàn")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Hòa Cầm")],
            deals=[deal("investment", ["Kurobe Kogyo"], None, DN)],
            events=[ev("investment_announcement", [F("Kurobe Kogyo")], None, None, DN, "announced")],
        ),
        h(
            n(),
            "Kurobe Kogyo hiện có sáu nhà máy ngoài Nhật Bản, lớn nhất ở Mexico và Thái Lan.",
            "2011-06-08",
            "ministry",
            ["short_name_alone", "count_in_words", "country_list", "no_event"],
            firms=[f("Kurobe Kogyo")],
            locations=[country("Nhật Bản"), country("Mexico"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 16 triệu USD sẽ được rót vào nhà máy, dự kiến chiếm chừng 3 ha; khách hàng là các hãng xe đang lắp ráp tại Việt Nam.",
            "2011-06-08",
            "ministry",
            ["split_row_no_investor", "approx", "area", "buyers_no_contract", "no_event"],
            money=[m(16 * M, "USD", approx=True)],
            areas=[ha(3, True)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy dự kiến khởi công vào tháng 2/2012 và chạy máy trong năm 2013.",
            "2011-06-08",
            "ministry",
            ["schedule", "planned_groundbreaking_no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND TP Đà Nẵng Trần Văn Khải giao Sở Kế hoạch và Đầu tư lập tổ công tác riêng lo thủ tục cho dự án.\n\nTheo Thu Hằng (Báo Lao Động)",
            "2011-06-08",
            "ministry",
            [
                "nfd",
                "role_before_name",
                "bare_department_no_org",
                "byline",
                "newspaper_no_org",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Văn Khải", "Phó Chủ tịch UBND TP Đà Nẵng"), per("Thu Hằng", None)],
            organizations=["Ủy ban nhân dân thành phố Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Cứ năm đồng vốn FDI ở Đà Nẵng thì gần một đồng đến từ Nhật Bản, với hơn 55 dự án đang chạy.",
            "2011-06-08",
            "ministry",
            ["statistics", "country_from", "count", "approx", "no_event"],
            provinces=[pv("Đà Nẵng")],
            locations=[country("Nhật Bản")],
            quantities=[c(55, "dự án", True)],
            events=[],
        ),
        h(
            n(),
            "Bài in từ Xe & Phụ tùng Online: https://xephutung.net\nĐường dẫn bài: https://xephutung.net/kinh-te/nha-may-linh-kien-nhat-ban-thu-ba-chon-da-nang/\nBản quyền © 2013 Xe & Phụ tùng Online.",
            "2011-06-08",
            "ministry",
            ["print_footer", "url_line", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- The tyre maker: an expansion opened and a car-tyre plan (S6 r1, S6 r4) ---
    rows += [
        h(
            n(),
            "(TBTCO) - Dây chuyền lốp radial mở rộng của Cao su Hải Vân chính thức được khánh thành hôm 20/12, đưa công suất nhà máy ở phường Hải Vân lên 1,2 triệu lốp mỗi năm.",
            "2025-12-21",
            "provincial",
            ["inauguration_no_capital", "passive_inauguration", "ward_no_location", "capacity_no_count"],
            firms=[f("Cao su Hải Vân")],
            events=[ev("inauguration", [F("Cao su Hải Vân")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Nhà máy là một trong các điểm cầu truyền hình của đợt khánh thành 250 công trình chào mừng Đại hội XIV của Đảng.",
            "2025-12-21",
            "provincial",
            ["count", "roman_numeral_no_count", "no_event"],
            quantities=[c(250, "công trình")],
            events=[],
        ),
        h(
            n(),
            "Cao su Hải Vân cho biết phần công suất tăng thêm sẽ dành chủ yếu cho lốp xe tải xuất khẩu.",
            "2025-12-21",
            "provincial",
            ["bare_vietnamese_name", "no_event"],
            firms=[f("Cao su Hải Vân")],
            events=[],
        ),
        h(
            n(),
            "Các đại biểu cắt băng khánh thành dây chuyền mới",
            "2025-12-21",
            "provincial",
            ["caption", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cao su Hải Vân là thành viên của Tập đoàn Hóa chất Việt Nam (Vinachem) và năm nay tròn 50 năm thành lập.",
            "2025-12-21",
            "provincial",
            [
                "parent_group",
                "state_group_keeps_vietnam",
                "alias_in_brackets",
                "duration_no_count",
                "no_event",
            ],
            firms=[f("Cao su Hải Vân"), f("Hóa chất Việt Nam", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy sẽ tuyển thêm công nhân vận hành cho ca ba từ quý I/2026.",
            "2025-12-21",
            "provincial",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lốp xe con sẽ là mảng mới của Cao su Hải Vân\n\nĐại hội cổ đông Công ty CP Cao su Hải Vân (HVR) vừa giao ban điều hành lập phương án làm lốp PCR cho xe con, dự kiến tận dụng mặt bằng sẵn có của nhà máy radial.",
            "2025-05-06",
            "ministry",
            ["headline_lead", "plan_without_amount", "stock_code_bracket", "multiline", "no_event"],
            firms=[f("Cao su Hải Vân", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Công nhân kiểm tra lốp xe tải trước khi xuất xưởng. Ảnh: Hồ Văn Tâm - TTXVN",
            "2025-05-06",
            "ministry",
            ["caption", "photo_credit_person", "agency_credit", "no_event"],
            persons=[per("Hồ Văn Tâm", None)],
            events=[],
        ),
        h(
            n(),
            "Chi phí được cho là nhẹ vì dùng lại nhà xưởng; mục tiêu là 3 triệu lốp PCR một năm, cộng thêm 0,8 triệu lốp TBR.",
            "2025-05-06",
            "ministry",
            ["nfd", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lợi nhuận gộp của công ty giờ dựa phần lớn vào lốp radial – gần 70% – kể từ khi giai đoạn 3 chạy máy năm 2024.",
            "2025-05-06",
            "ministry",
            ["recalled_start_no_firm", "percentage", "no_event"],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Các lô lốp radial chờ đóng container tại kho thành phẩm của công ty.",
            "2025-05-06",
            "ministry",
            ["caption", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trên các tuyến đường dài, chủ xe tải giờ gần như chỉ lắp lốp radial, nên nhu cầu lốp bias cứ giảm dần.",
            "2025-05-06",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lốp giá rẻ nhập khẩu và giá thép tanh lên xuống thất thường là hai nỗi lo lớn nhất mà ban lãnh đạo nêu trước cổ đông.",
            "2025-05-06",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Huế's industry feature, a supporting-industry feature, a zone-planning proposal (S8 r2, S8 r3, S10 r4, S9 r3) ---
    rows += [
        h(
            n(),
            "Khai thác cát trắng tại KCN Phong Điền\n\nDoanh nghiệp dẫn dắt\n\nỞ TP. Huế, cơ khí ô tô đang nổi lên bên cạnh dệt may, với Công ty CP Ô tô An Cựu là đầu tàu.",
            "2025-08-26",
            "provincial",
            ["caption", "subheading", "city_province", "multiline", "no_event"],
            locations=[park("Khu công nghiệp Phong Điền")],
            provinces=[pv("Huế")],
            firms=[f("Ô tô An Cựu", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Trên 150 ha ở Khu kinh tế Chân Mây - Lăng Cô, xưởng của An Cựu mới lấp đầy giai đoạn 1, chủ yếu lắp xe khách 29 – 47 chỗ.",
            "2025-08-26",
            "provincial",
            ["nfd", "short_name_alone", "phase_no_amount", "area", "seat_range_no_count", "no_event"],
            firms=[f("An Cựu")],
            areas=[ha(150)],
            locations=[zone("Khu kinh tế Chân Mây - Lăng Cô")],
            events=[],
        ),
        h(
            n(),
            "Không dừng ở xe khách, An Cựu còn tính làm cầu xe và hộp số cho xe tải nhẹ, nhưng chưa công bố vốn.",
            "2025-08-26",
            "provincial",
            ["short_name_alone", "plan_without_amount", "no_event"],
            firms=[f("An Cựu")],
            events=[],
        ),
        h(
            n(),
            "Dệt may vẫn giữ chừng một phần năm kim ngạch xuất khẩu của Huế, khoảng 250 triệu USD mỗi năm, nhờ ba doanh nghiệp lớn.",
            "2025-08-26",
            "provincial",
            ["statistics", "fraction_words", "count_in_words", "approx", "per_year", "no_event"],
            money=[m(250 * M, "USD", "year", True)],
            provinces=[pv("Huế")],
            events=[],
        ),
        h(
            n(),
            "Ở KCN Phú Bài, Tổng công ty Sợi Hương Trà định dồn 3.200 tỷ đồng, chia hai đợt đến năm 2032, cho một cụm sợi tái chế.",
            "2025-08-26",
            "provincial",
            ["announced_investment", "park_first", "no_site"],
            firms=[f("Sợi Hương Trà", "Tổng công ty")],
            money=[m(3200 * B, "VND")],
            locations=[park("Khu công nghiệp Phú Bài")],
            deals=[deal("investment", ["Sợi Hương Trà"], 3200 * B)],
            events=[ev("investment_announcement", [F("Sợi Hương Trà")], 3200 * B, "VND", None, "announced")],
        ),
        h(
            n(),
            "Ngoài ô tô, KCN Phong Điền đang hút các dự án chế biến cát thạch anh làm kính, trong đó có dây chuyền kính ô tô của một nhà đầu tư Đài Loan.",
            "2025-08-26",
            "provincial",
            ["unnamed_investor_no_deal", "country_adjective", "no_event"],
            locations=[park("Khu công nghiệp Phong Điền"), country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Sau sáp nhập, TP. Huế đặt mục tiêu công nghiệp chiếm 30% GRDP vào năm 2030.",
            "2025-08-26",
            "provincial",
            ["target_no_deal", "percentage", "no_event"],
            provinces=[pv("Huế")],
            percentages=[30],
            events=[],
        ),
        h(
            n(),
            "Thực trạng công nghiệp hỗ trợ\nVới mỗi chiếc xe lắp trong nước, phần lớn giá trị vẫn nằm ở linh kiện nhập, nên phần giữ lại trong nước còn mỏng.",
            "2022-11-14",
            "ministry",
            ["subheading", "feature", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tỷ trọng chế tạo trong GDP của Hàn Quốc (27%) và Malaysia (23%) vẫn cao hơn nhiều so với mức khoảng 17% của Việt Nam.",
            "2022-11-14",
            "ministry",
            ["nfd", "percentage", "country_list", "no_event"],
            percentages=[17, 23, 27],
            locations=[country("Malaysia"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Mỗi nước hiểu công nghiệp hỗ trợ một kiểu; ở Việt Nam, khái niệm này chỉ được định nghĩa chính thức từ Quyết định số 12/2011/QĐ-TTg.",
            "2022-11-14",
            "ministry",
            ["decision_number", "no_event"],
            decisions=[d("12/2011/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            "Nhiều doanh nghiệp phụ trợ nhỏ cho biết họ thiếu vốn mua máy CNC hơn là thiếu đơn hàng.",
            "2022-11-14",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy hoạch chung Khu kinh tế mở Chu Lai có thể được bổ sung một trung tâm cơ khí – phụ trợ, theo đề xuất tỉnh Quảng Nam vừa gửi các bộ.",
            "2023-06-19",
            "ministry",
            ["proposal_no_deal", "zone", "no_event"],
            provinces=[pv("Quảng Nam")],
            locations=[zone("Khu kinh tế mở Chu Lai")],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Lê Minh Đạt cùng Bộ trưởng Bộ Công Thương Vũ Minh Sang thăm dây chuyền lắp ráp xe buýt tại Chu Lai, tháng 5/2023",
            "2023-06-19",
            "ministry",
            ["caption", "two_roles_before_names", "visit_no_deal", "no_event"],
            persons=[per("Lê Minh Đạt", "Phó Thủ tướng"), per("Vũ Minh Sang", "Bộ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Cảng Kỳ Hà và sân bay Chu Lai giúp khu này đưa hàng hoá từ Tây Nguyên ra biển.",
            "2023-06-19",
            "ministry",
            ["old_tone", "region_no_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo tỉnh, trung tâm mới sẽ giúp Chu Lai giữ chân các nhà cung cấp cấp 2 đang phải mua phôi từ phía Bắc.",
            "2023-06-19",
            "ministry",
            ["bare_province_word", "no_event"],
            events=[],
        ),
    ]
    # --- A Đà Nẵng feature on Japanese parts makers, 2014 (S13 r2) ---
    rows += [
        h(
            n(),
            "Lô dàn ngưng đầu tiên của Oyama Netsu Việt Nam được giao cho Cơ điện Thanh Khê theo hợp đồng hai bên ký tháng trước. |",
            "2014-10-06",
            "provincial",
            [
                "caption",
                "table_pipe",
                "supply_contract",
                "delivery_under_contract",
                "seller_first",
                "vietnam_dropped",
            ],
            firms=[f("Oyama Netsu"), f("Cơ điện Thanh Khê")],
            deals=[deal("supply_contract", ["Oyama Netsu", "Cơ điện Thanh Khê"])],
            events=[
                ev("supply_contract", [F("Oyama Netsu"), F("Cơ điện Thanh Khê")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Công nghiệp phụ trợ là nơi vốn Nhật Bản ở Đà Nẵng tăng nhanh nhất năm nay, dù kinh tế chung còn chật vật.",
            "2014-10-06",
            "provincial",
            ["feature_lead", "country_from", "no_event"],
            provinces=[pv("Đà Nẵng")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Lấp “khoảng trống” phụ trợ\nỞ KCN Hòa Khánh, Công ty TNHH Fujisaki Kinzoku phải nhập gần hết phôi thép từ Thái Lan vì chưa tìm được nhà cán thép tấm nào trong vùng.",
            "2014-10-06",
            "provincial",
            ["subheading", "country_from", "multiline", "no_event"],
            firms=[f("Fujisaki Kinzoku", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Hòa Khánh"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Oyama Netsu đã khởi công xưởng dàn trao đổi nhiệt hơn 190 tỷ đồng ở KCN Hòa Khánh từ tháng 8-2014; khi xong, xưởng làm khoảng 2.400 sản phẩm một năm.",
            "2014-10-06",
            "provincial",
            ["groundbreaking", "month_only_no_date", "approx", "capacity_no_count", "no_site"],
            firms=[f("Oyama Netsu")],
            money=[m(190 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Hòa Khánh")],
            deals=[deal("groundbreaking", ["Oyama Netsu"], 190 * B)],
            events=[ev("groundbreaking", [F("Oyama Netsu")], 190 * B, "VND", None, "started")],
        ),
        h(
            n(),
            "Ông Kenji Murata, Tổng Giám đốc Công ty Oyama Netsu Việt Nam, nói sản phẩm của công ty sẽ thay hàng nhập cho cả khách Nhật lẫn khách Việt.",
            "2014-10-06",
            "provincial",
            ["person_role_after", "vietnam_dropped", "no_event"],
            persons=[per("Kenji Murata", "Tổng Giám đốc Công ty Oyama Netsu Việt Nam")],
            firms=[f("Oyama Netsu", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Ngoài Oyama Netsu, nhà máy ghế massage ô tô của Công ty TNHH Tenryu Seat cũng vừa được cấp phép vào KCN Hòa Khánh với vốn 6 triệu USD.",
            "2014-10-06",
            "provincial",
            ["licence_passive", "no_grantor", "no_site"],
            firms=[f("Oyama Netsu"), f("Tenryu Seat", "Công ty TNHH")],
            money=[m(6 * M, "USD")],
            locations=[park("Khu công nghiệp Hòa Khánh")],
            deals=[deal("investment", ["Tenryu Seat"], 6 * M)],
            events=[ev("investment_licence", [F("Tenryu Seat")], 6 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Mới đây, tại Khu công nghệ cao Đà Nẵng, một nhà máy van điện từ 40 triệu USD của doanh nghiệp Nhật Bản cũng đã khởi công.",
            "2014-10-06",
            "provincial",
            ["groundbreaking_unnamed_firm", "hitech_park_names_province", "country_adjective", "no_event"],
            provinces=[pv("Đà Nẵng")],
            money=[m(40 * M, "USD")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- The investment portal's item on a relocated plant and a groundbreaking in Hòa Khánh (S13 r3) ---
    rows += [
        h(
            n(),
            "Nhà xưởng mới của Công ty TNHH Đà Nẵng Himawari ở KCN Hòa Khánh đã chạy máy từ giữa tháng 1, Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng cho hay; công ty là đơn vị của Himawari Tape Co., Ltd (Nhật Bản).",
            "2021-01-23",
            "provincial",
            [
                "start_of_operation",
                "inauguration_no_capital",
                "province_in_firm_name",
                "foreign_legal_form",
                "country_bracket",
                "board_reports",
            ],
            organizations=["Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Đà Nẵng Himawari", "Công ty TNHH"), f("Himawari Tape", "Co., Ltd")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Hòa Khánh")],
            events=[ev("inauguration", [F("Đà Nẵng Himawari")], None, None, DN, "completed")],
        ),
        h(
            n(),
            "Himawari làm băng dính bọc bó dây điện ô tô; khoản 148,6 tỷ đồng cho việc dời xưởng đã được duyệt từ tháng 3/2020.",
            "2021-01-23",
            "provincial",
            ["short_name_alone", "recalled_approval", "bare_board_no_org", "no_site", "no_event"],
            firms=[f("Himawari")],
            money=[m(148.6 * B, "VND")],
            deals=[deal("investment", ["Himawari"], 148.6 * B)],
            events=[],
        ),
        h(
            n(),
            "Xưởng cần hơn 160 lao động; công ty đặt mục tiêu xuất khẩu chừng 3,8 triệu USD ngay năm đầu.",
            "2021-01-23",
            "provincial",
            ["nfd", "count", "approx", "target", "no_event"],
            quantities=[c(160, "lao động", True)],
            money=[m(3.8 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Công nhân Himawari cuộn băng dính tại xưởng mới. (Ảnh: Ban Quản lý).",
            "2021-01-23",
            "provincial",
            ["caption", "organiser_credit_no_org", "short_name_alone", "no_event"],
            firms=[f("Himawari")],
            events=[],
        ),
        h(
            n(),
            "Cũng ở KCN Hòa Khánh, nhà máy khuôn dập khung ghế ô tô của Công ty TNHH Sakaide Việt Nam (vốn Nhật Bản) đã động thổ từ cuối tháng 12.",
            "2021-01-23",
            "provincial",
            [
                "groundbreaking",
                "passive_groundbreaking",
                "last_month_current",
                "vietnam_dropped",
                "country_adjective",
                "no_site",
            ],
            firms=[f("Sakaide", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Hòa Khánh"), country("Nhật Bản")],
            deals=[deal("groundbreaking", ["Sakaide"])],
            events=[ev("groundbreaking", [F("Sakaide")], None, None, None, "started")],
        ),
        h(
            n(),
            "Hơn 2.900 chỗ làm sẽ mở ra khi nhà máy 36 triệu USD (khoảng 835 tỷ đồng) này chạy; giấy chứng nhận đầu tư được trao từ đầu năm 2019.",
            "2021-01-23",
            "provincial",
            ["split_row_no_firm", "recalled_licence", "conversion_bracket", "count", "approx", "no_event"],
            money=[m(36 * M, "USD"), m(835 * B, "VND", approx=True)],
            quantities=[c(2900, "chỗ làm", True)],
            events=[],
        ),
        h(
            n(),
            "Cộng cả hai xưởng trước, Sakaide đã rót 82 triệu USD vào KCN Hòa Khánh.",
            "2021-01-23",
            "provincial",
            ["named_firm_running_total", "count_in_words", "no_site", "no_event"],
            firms=[f("Sakaide")],
            money=[m(82 * M, "USD")],
            locations=[park("Khu công nghiệp Hòa Khánh")],
            deals=[deal("investment", ["Sakaide"], 82 * M)],
            events=[],
        ),
        h(
            n(),
            "Ông Mori Takeshi, Giám đốc Công ty TNHH Đà Nẵng Himawari, cho biết công ty sẽ tuyển thêm công nhân nữ cho ca đêm từ tháng 3.",
            "2021-01-23",
            "provincial",
            ["person_role_after", "province_in_firm_name", "no_event"],
            persons=[per("Mori Takeshi", "Giám đốc Công ty TNHH Đà Nẵng Himawari")],
            firms=[f("Đà Nẵng Himawari", "Công ty TNHH")],
            events=[],
        ),
    ]
    # --- English: the parts park in Chu Lai (S17 r1-r3) ---
    rows += [
        h(
            n(),
            "A 90-hectare park for car parts in Chu Lai\n\n(QNO) - Nowhere in Quang Nam is the push for locally made car parts as visible as at Song Tranh Automobile Corporation.\n\nA welding line at the company's plant\nA welding line at the company's plant",
            "2020-08-12",
            "provincial",
            [E, "headline_lead", "corporation_kept", "doubled_caption", "area", "multiline", "no_event"],
            firms=[f("Song Tranh Automobile Corporation")],
            provinces=[pv("Quảng Nam")],
            areas=[ha(90)],
            events=[],
        ),
        h(
            n(),
            "Its 14 parts factories share the site with a machining complex; seat covers and wire harnesses are the biggest export lines.",
            "2020-08-12",
            "provincial",
            [E, "count", "no_event"],
            quantities=[c(14, "parts factories")],
            events=[],
        ),
        h(
            n(),
            "Buyers in Japan and the US now take about a fifth of the park's output, the company says.",
            "2020-08-12",
            "provincial",
            [E, "buyers_no_contract", "country_list", "fraction_words", "no_event"],
            locations=[country("Japan"), country("US")],
            events=[],
        ),
        h(
            n(),
            "Stamping presses at Song Tranh Industries in Chu Lai. — Photo courtesy of Song Tranh Industries",
            "2020-08-20",
            "ministry",
            [E, "caption", "firm_credit", "no_event"],
            firms=[f("Song Tranh Industries")],
            events=[],
        ),
        h(
            n(),
            "Song Tranh Industries Steps Up Parts and Machining Output\n\n09:41:20 AM | 18/10/2021\n\nThirteen plants, a tool room and a test track now sit on the company's 95 ha at Chu Lai.",
            "2021-10-18",
            "ministry",
            [E, "headline_lead", "timestamp_line", "count_in_words", "area", "multiline", "no_event"],
            firms=[f("Song Tranh Industries")],
            areas=[ha(95)],
            events=[],
        ),
    ]
    # --- English: the tyre maker's plants, opened and broken ground (S6 r2 r3, S20 r1 r4) ---
    rows += [
        h(
            n(),
            "DA NANG, Vietnam—A $128 million radial truck tire plant built over three years by Hai Van Rubber JSC is now running in the city, with room for 700,000 tires a year.",
            "2013-07-15",
            "ministry",
            [E, "dateline_no_site", "inauguration_with_capital", "object_first", "capacity_no_count"],
            firms=[f("Hai Van Rubber", "JSC")],
            provinces=[pv("Đà Nẵng")],
            money=[m(128 * M, "USD")],
            deals=[deal("investment", ["Hai Van Rubber"], 128 * M)],
            events=[ev("inauguration", [F("Hai Van Rubber")], 128 * M, "USD", None, "completed")],
        ),
        h(
            n(),
            "Most of the curing presses came from Italy and Germany, said the firm, in which state chemical group Vinachem holds a majority.",
            "2013-07-15",
            "ministry",
            [E, "parent_group", "country_list", "no_event"],
            firms=[f("Vinachem")],
            locations=[country("Italy"), country("Germany")],
            events=[],
        ),
        h(
            n(),
            "Equipment took VND 1,540 billion of the VND 2,710 billion (£88.6 million) that Hai Van Rubber Company spent on the 98,400-square-metre plant in Da Nang, which began commercial output after a ceremony on 27 June.",
            "2013-07-09",
            "ministry",
            [
                E,
                "inauguration_with_capital",
                "amount_first",
                "pound_conversion",
                "m2_to_ha",
                "company_kept",
                "deal_date",
            ],
            firms=[f("Hai Van Rubber Company")],
            provinces=[pv("Đà Nẵng")],
            money=[m(1540 * B, "VND"), m(2710 * B, "VND"), m(88.6 * M, "GBP")],
            areas=[ha(9.84)],
            deals=[deal("investment", ["Hai Van Rubber Company"], 2710 * B, DN, "2013-06-27")],
            events=[ev("inauguration", [F("Hai Van Rubber Company")], 2710 * B, "VND", DN, "completed")],
        ),
        h(
            n(),
            "Deputy Prime Minister Hoang Trung Kien told the ceremony the plant would let the country cut its imports of truck tyres.",
            "2013-07-09",
            "ministry",
            [E, "role_before_name", "no_event"],
            persons=[per("Hoang Trung Kien", "Deputy Prime Minister")],
            events=[],
        ),
        h(
            n(),
            "Roughly one truck tyre in five sold in Vietnam, and about 12 per cent of motorcycle tyres, now carry the Hai Van brand.",
            "2013-07-09",
            "ministry",
            [E, "market_share", "brand_no_firm", "percentage", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Hai Van Rubber is not alone: a $145 million truck radial plant that Southern Tyre JSC, better known as Sotyco, started building in Binh Duong Province last year should be finished by December.",
            "2013-07-09",
            "ministry",
            [E, "recalled_groundbreaking", "alias_no_firm", "unaccented", "no_event"],
            firms=[f("Hai Van Rubber"), f("Southern Tyre", "JSC")],
            provinces=[pv("Bình Dương")],
            money=[m(145 * M, "USD")],
            deals=[deal("groundbreaking", ["Southern Tyre"], 145 * M, BD)],
            events=[],
        ),
        h(
            n(),
            "Hai Van Rubber Joint Stock Company broke ground,on March 9, 2011(9/3),for a bias tyre plant of450,000tyres per year at Hoa Khanh Industrial Zone,Da Nang city.",
            "2011-03-10",
            "ministry",
            [
                E,
                "glued_words",
                "date_twice",
                "groundbreaking",
                "english_park_no_location",
                "capacity_no_count",
                "deal_date",
            ],
            firms=[f("Hai Van Rubber", "Joint Stock Company")],
            provinces=[pv("Đà Nẵng")],
            deals=[deal("groundbreaking", ["Hai Van Rubber"], None, DN, "2011-03-09")],
            events=[ev("groundbreaking", [F("Hai Van Rubber")], None, None, DN, "started")],
        ),
        h(
            n(),
            "Bank loans will cover65% of the 2,450billionVND cost,the rest coming from the company.",
            "2011-03-10",
            "ministry",
            [E, "glued_words", "split_row_no_firm", "percentage", "no_event"],
            money=[m(2450 * B, "VND")],
            percentages=[65],
            events=[],
        ),
        h(
            n(),
            "Radial line to reach 1.2 million tyres a year\n\nBy DA NANG Today / DA NANG Today\nMay 17, 2022, 16:05 [GMT+7]\n\nWork began on Tuesday on a VND 860 billion expansion that will lift Hai Van Rubber JSC's radial truck tyre output, at a ceremony attended by Ngo Thanh Hai, vice chairman of the municipal People's Committee.",
            "2022-05-17",
            "provincial",
            [
                E,
                "headline_lead",
                "newspaper_byline",
                "groundbreaking",
                "work_began",
                "weekday_no_date",
                "attendee_no_party",
                "person_role_after",
                "bare_unit_no_org",
                "multiline",
            ],
            firms=[f("Hai Van Rubber", "JSC")],
            money=[m(860 * B, "VND")],
            persons=[per("Ngo Thanh Hai", "vice chairman of the municipal People's Committee")],
            deals=[deal("groundbreaking", ["Hai Van Rubber"], 860 * B)],
            events=[ev("groundbreaking", [F("Hai Van Rubber")], 860 * B, "VND", None, "started")],
        ),
        h(
            n(),
            "Vice Chairman Ngo Thanh Hai (3rd, right) at the ceremony. Photo: MINH QUANG\nVice Chairman Ngo Thanh Hai (3rd, right) at the ceremony. Photo: MINH QUANG",
            "2022-05-17",
            "provincial",
            [E, "doubled_caption", "role_before_name", "caps_credit", "multiline", "no_event"],
            persons=[per("Ngo Thanh Hai", "Vice Chairman"), per("Minh Quang", None)],
            events=[],
        ),
        h(
            n(),
            "Exports now take more than half of the radial line's output, General Director Tran Khanh Linh said, with the US the largest buyer.",
            "2022-05-17",
            "provincial",
            [E, "role_before_name", "no_event"],
            persons=[per("Tran Khanh Linh", "General Director")],
            locations=[country("US")],
            events=[],
        ),
    ]
    # --- English: Japanese investors in Đà Nẵng (S18 r1-r4) ---
    rows += [
        h(
            n(),
            "Japan's stake in Da Nang climbs past US$410 million\n\nWith 95 projects, Japanese firms account for about 27% of the foreign capital registered in the city.",
            "2016-11-03",
            "ministry",
            [
                E,
                "headline_lead",
                "possessive_country",
                "count",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            locations=[country("Japan")],
            provinces=[pv("Đà Nẵng")],
            quantities=[c(95, "projects")],
            money=[m(410 * M, "USD", approx=True)],
            percentages=[27],
            events=[],
        ),
        h(
            n(),
            "Workers assemble brake hoses at Kurobe's factory in Hoa Cam Industrial Park\nWorkers assemble brake hoses at Kurobe's factory in Hoa Cam Industrial Park",
            "2016-11-03",
            "ministry",
            [
                E,
                "doubled_caption",
                "bare_name_before_trade",
                "english_park_no_location",
                "multiline",
                "no_event",
            ],
            firms=[f("Kurobe")],
            events=[],
        ),
        h(
            n(),
            "Hokuto Casting Company's US$18 million foundry in the Da Nang High-Tech Park came on the advice of Nagase Seiki Inc., which had already sunk US$35 million there.",
            "2016-11-03",
            "ministry",
            [
                E,
                "recalled_investment",
                "investor_brings_investor",
                "park_names_province",
                "foreign_legal_form",
                "company_kept",
                "no_event",
            ],
            firms=[f("Nagase Seiki", "Inc."), f("Hokuto Casting Company")],
            provinces=[pv("Đà Nẵng")],
            money=[m(35 * M, "USD"), m(18 * M, "USD")],
            deals=[
                deal("investment", ["Nagase Seiki"], 35 * M, DN),
                deal("investment", ["Hokuto Casting Company"], 18 * M, DN),
            ],
            events=[],
        ),
        h(
            n(),
            "Japanese investment in support industries keeps rising\n\nDA NANG Today\nPublished: September 29, 2014\n\nFujisaki Kinzoku, which stamps metal parts in Hoa Khanh IP, still buys most of its steel blanks abroad for want of a local supplier, a manager said.",
            "2014-09-29",
            "provincial",
            [
                E,
                "headline_lead",
                "newspaper_byline",
                "bare_name_apposition",
                "english_park_no_location",
                "multiline",
                "no_event",
            ],
            firms=[f("Fujisaki Kinzoku")],
            events=[],
        ),
        h(
            n(),
            "Oyama Netsu, from Japan, has put US$8.5 million into a heat-exchanger works in Hoa Khanh IP that began construction in August on a 1.1-hectare lot.",
            "2014-09-29",
            "provincial",
            [E, "groundbreaking", "construction_began", "country_from", "area", "no_site"],
            firms=[f("Oyama Netsu")],
            locations=[country("Japan")],
            money=[m(8.5 * M, "USD")],
            areas=[ha(1.1)],
            deals=[deal("groundbreaking", ["Oyama Netsu"], 8.5 * M)],
            events=[ev("groundbreaking", [F("Oyama Netsu")], 8.5 * M, "USD", None, "started")],
        ),
        h(
            n(),
            "Six Japanese projects already in the city added US$7.6 million between them this year, on top of eight new licences.",
            "2014-09-29",
            "provincial",
            [E, "round_totals_no_deal", "count_in_words", "bare_unit_no_org", "no_event"],
            money=[m(7.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Only Singapore has put more money into the city than Japan, whose 81 projects total US$388 million.",
            "2014-09-29",
            "provincial",
            [E, "ranking_no_deal", "country_list", "count", "no_event"],
            locations=[country("Japan"), country("Singapore")],
            quantities=[c(81, "projects")],
            money=[m(388 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: Quảng Nam courting parts makers, Chu Lai's investors, a certificate round (S19 r1 r2 r4) ---
    rows += [
        h(
            n(),
            "Quang Nam woos parts makers for its mechanical hub\n\nA view of Song Tranh Auto's Chu Lai complex\n\nQuang Nam (VNA) – Land at Chu Lai and a one-stop desk for permits were on offer to southern mechanical firms at an online conference on Monday, where Provincial People's Committee Chairman Le Van Dung made the pitch.",
            "2021-10-26",
            "ministry",
            [
                E,
                "headline_lead",
                "caption",
                "dateline_agency",
                "role_before_name",
                "bare_unit_no_org",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Quảng Nam")],
            firms=[f("Song Tranh Auto")],
            persons=[per("Le Van Dung", "Provincial People's Committee Chairman")],
            events=[],
        ),
        h(
            n(),
            "A new subsidiary for machining and parts will carry the group's supporting-industry plans, said Tran Quoc Bao, Chairman of Song Tranh Automobile Corporation.",
            "2021-10-26",
            "ministry",
            [E, "person_role_after", "new_unit_no_deal", "corporation_kept", "no_event"],
            persons=[per("Tran Quoc Bao", "Chairman of Song Tranh Automobile Corporation")],
            firms=[f("Song Tranh Automobile Corporation")],
            events=[],
        ),
        h(
            n(),
            "Some 10,000 people now work for the 38 firms on the group's 1,150-hectare Chu Lai estate, which has absorbed US$3.2 billion since 2003.",
            "2021-10-26",
            "ministry",
            [E, "cumulative_no_deal", "area", "count", "approx", "no_event"],
            areas=[ha(1150)],
            money=[m(3.2 * B, "USD")],
            quantities=[c(38, "firms"), c(10000, "people", True)],
            events=[],
        ),
        h(
            n(),
            "In Tam Thang Industrial Park, a 12-million-USD yarn mill for seat belts and airbags built by Voss Garn Vietnam, a unit of Germany's Voss Group, is due to open in July and employ 220.",
            "2019-03-04",
            "provincial",
            [
                E,
                "announced_investment",
                "planned_opening",
                "vietnam_dropped",
                "possessive_country",
                "group_in_name",
                "count_without_noun",
                "no_site",
            ],
            firms=[f("Voss Garn"), f("Voss Group")],
            locations=[country("Germany")],
            money=[m(12 * M, "USD")],
            deals=[deal("investment", ["Voss Garn"], 12 * M)],
            events=[ev("investment_announcement", [F("Voss Garn")], 12 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Kumsung Corporation of South Korea broke ground this month on the first phase of a US$190 million tyre-cord project nearby.",
            "2019-03-04",
            "provincial",
            [E, "groundbreaking", "corporation_kept", "country_of", "no_site"],
            firms=[f("Kumsung Corporation")],
            locations=[country("South Korea")],
            money=[m(190 * M, "USD")],
            deals=[deal("groundbreaking", ["Kumsung Corporation"], 190 * M)],
            events=[ev("groundbreaking", [F("Kumsung Corporation")], 190 * M, "USD", None, "started")],
        ),
        h(
            n(),
            "Seorin Corporation chairman Park Jae Hoon said the group had decided to add a car-window coating line to its float-glass works at Chu Lai.",
            "2019-03-04",
            "provincial",
            [E, "role_before_name", "decided_investment_no_amount", "corporation_kept", "no_site"],
            persons=[per("Park Jae Hoon", "Seorin Corporation chairman")],
            firms=[f("Seorin Corporation")],
            deals=[deal("investment", ["Seorin Corporation"])],
            events=[ev("investment_announcement", [F("Seorin Corporation")], None, None, None, "announced")],
        ),
        h(
            n(),
            "QUẢNG NAM — Investors walked away with ten sets of papers on Saturday – six certificates and four in-principle approvals – for projects worth more than VNĐ38 trillion (US$1.5 billion).",
            "2023-04-17",
            "provincial",
            [
                E,
                "caps_dateline",
                "round_totals_no_deal",
                "count_in_words",
                "vnd_symbol",
                "approx",
                "no_event",
            ],
            provinces=[pv("Quảng Nam")],
            money=[m(38000 * B, "VND", approx=True), m(1.5 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "An R&D centre worth VNĐ260 billion is on Song Tranh Auto's list; Phuoc Thinh Group's is VNĐ5.8 trillion of roads, power and drainage for two industrial parks.",
            "2023-04-17",
            "provincial",
            [
                E,
                "announced_investment",
                "two_firms_two_amounts",
                "group_in_name",
                "count_in_words",
                "no_site",
            ],
            firms=[f("Song Tranh Auto"), f("Phuoc Thinh Group")],
            money=[m(260 * B, "VND"), m(5800 * B, "VND")],
            deals=[
                deal("investment", ["Song Tranh Auto"], 260 * B),
                deal("investment", ["Phuoc Thinh Group"], 5800 * B),
            ],
            events=[
                ev("investment_announcement", [F("Song Tranh Auto")], 260 * B, "VND", None, "announced"),
                ev("investment_announcement", [F("Phuoc Thinh Group")], 5800 * B, "VND", None, "announced"),
            ],
        ),
        h(
            n(),
            "Wiring harnesses for export will come from a plant Daerim Wire Tech plans to start building soon, and cartons for parts makers from one by Hanil Pack Vina; both investors are Korean.",
            "2023-04-17",
            "provincial",
            [
                E,
                "planned_groundbreaking_no_amount",
                "trailing_vina_dropped",
                "adjective_no_country",
                "count_in_words",
            ],
            firms=[f("Daerim Wire Tech"), f("Hanil Pack")],
            deals=[deal("investment", ["Daerim Wire Tech"]), deal("investment", ["Hanil Pack"])],
            events=[
                ev("investment_announcement", [F("Daerim Wire Tech")], None, None, None, "announced"),
                ev("investment_announcement", [F("Hanil Pack")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "A VNĐ6.1 trillion dredging plan for the estuary channel, so that bigger car carriers can call, has been put forward by Song Tranh Group.",
            "2023-04-17",
            "provincial",
            [E, "proposal_no_deal", "group_in_name", "tonnage_no_count", "no_event"],
            firms=[f("Song Tranh Group")],
            money=[m(6100 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Brake and fuel hoses will be made there by Valvex Company of Spain, and ready-built factories for lease put up by Jiahe Homeware Co., Ltd. of China.",
            "2023-04-17",
            "provincial",
            [
                E,
                "announced_investment_no_amount",
                "country_of",
                "company_kept",
                "foreign_legal_form",
                "no_site",
            ],
            firms=[f("Valvex Company"), f("Jiahe Homeware", "Co., Ltd.")],
            locations=[country("Spain"), country("China")],
            deals=[deal("investment", ["Valvex Company"]), deal("investment", ["Jiahe Homeware"])],
            events=[
                ev("investment_announcement", [F("Valvex Company")], None, None, None, "announced"),
                ev("investment_announcement", [F("Jiahe Homeware")], None, None, None, "announced"),
            ],
        ),
    ]
    return rows
