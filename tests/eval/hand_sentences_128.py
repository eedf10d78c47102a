# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 128 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: drones and UAV parts in Việt Nam's supporting industry (flight
controllers, small motors, propellers, batteries, airframes, the makers and their deals). Written and annotated for
every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches,
numbered S1-S20 in the section comments: S1 "nhà máy sản xuất drone UAV Việt Nam vốn đầu tư", S2 "linh kiện thiết bị bay
không người lái sản xuất trong nước", S3 "bộ điều khiển bay flight controller doanh nghiệp Việt", S4 "động cơ không chổi
than cánh quạt drone sản xuất", S5 "drone nông nghiệp phun thuốc doanh nghiệp Việt Nam sản xuất", S6 "Viettel UAV máy
bay không người lái nội địa hóa linh kiện", S7 "khởi công nhà máy sản xuất máy bay không người lái", S8 "cấp giấy chứng
nhận đầu tư dự án sản xuất drone khu công nghiệp", S9 "hợp tác sản xuất UAV ký kết biên bản ghi nhớ doanh nghiệp", S10
"công nghiệp hỗ trợ linh kiện hàng không Việt Nam nhà cung cấp", S11 "pin lithium động cơ drone nhà cung cấp Việt Nam",
S12 "quy định quản lý tàu bay không người lái nghị định cấp phép bay", S13 "doanh nghiệp Hàn Quốc đầu tư nhà máy drone
tại Việt Nam", S14 "chuyển sản xuất drone từ Trung Quốc sang Việt Nam linh kiện", S15 "startup drone Việt Nam gọi vốn
quỹ đầu tư", S16 "triển lãm UAV drone công nghệ Việt Nam doanh nghiệp trưng bày", and in English S17 "Vietnam drone
manufacturing factory investment million", S18 "Vietnam UAV components supply chain motors flight controllers", S19
"drone makers shift production to Vietnam propellers batteries suppliers", S20 "Vietnam unmanned aerial vehicle
cooperation agreement signed company". No sentence is taken or paraphrased from a page; the shapes are. Firm, unit,
product and person names are invented (Công nghệ Bay Vân Long / Vân Long / Vân Long Robotics Inc and its Kestrel drone,
Northbeam UAS, Sao Bắc Drone, Thế Giới Số Phương Nam, Tập đoàn Hưng Vũ / Hung Vu Group with Hưng Vũ UAV, Hưng Vũ
Semiconductor and the closed venture Skyra, Skyvera, Daon Semicon, UAV Thiên Dực, Thiết bị bay Nông Phát, Nông nghiệp
Cửu Long Xanh, Anatolia Aero, Aerolec and Sentra Avionics, Kansai Aerospace, Cascade Aerostructures, Kỹ thuật Hàng không
Phương Đông (OAEC), Meridian Aero, Kisoku, Jinfeng UAV, Sao Viet Technology Group, Corvid Dynamics, Drone Market
Insights, Nordic Drone Works and its Falcon-2, Viện Kỹ thuật Bay, Trường Đại học Công nghệ Nam Sài Gòn, the decree's
number and signer, every minister, chairman, director, officer, ambassador, founder, author, student, byline,
photographer and translator); well-known names (Viettel, Hanwha / Hanwha Aero Engines, Airbus, DJI, PwC, Markets &
Markets, Hiệp hội CropLife Việt Nam, Cục Trồng trọt và Bảo vệ thực vật, Viện Kỹ thuật Phòng không – Không quân, Viện Hàn
lâm Khoa học và Công nghệ Việt Nam / VAST, the Vietnam Aerospace Association, Tổng cục Công nghiệp quốc phòng, Tổng công
ty Quản lý bay Việt Nam, Hiệp hội Doanh nghiệp TP.HCM, Tổng cục Thống kê, the Department of Defense, the Khu Công nghệ
cao TP.HCM and Hòa Lạc, KCN Nội Bài) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 63 distinct pages: a 2013 forum essay on Vietnamese drones came back
7 times, a business magazine's interview with a drone maker's chief 4 times, a feature on the history of Vietnamese UAVs
3 times, a legal portal's title of a transport-ministry decision 3 times, an air-traffic corporation's fee title twice,
a national daily's story on UAV competitiveness twice and two English pages twice each): 4 slots were spam (betting
keyword salads on 50cc scooters, the whole of S11); 15 were titles, tags, slugs and one-line teasers (the air-traffic
corporation's titles on fees, shift plans and PBN approaches, legal-portal titles of a transport decision, a
consolidated text and a science-ministry decision, an unaccented tag slug on strategic technologies, a weekly's
"bay phun thuốc"-type tag with a teaser, a news aggregator's firm tag over a Chinese cargo-drone teaser, a video
teaser on drone warfare, a one-line Russian production target with an agency credit); 5 were pages in other languages
(two Bengali explainers on drone parts and motors, a Thai BLDC-noise page with author and view chrome, a Russian slide
deck on quadcopter frames, a French photo story on a defence expo; rendered here in Vietnamese); 7 were the forum essay
(breadcrumb, author and timestamp line, institute with an English bracket, footnote digits glued to words); 1 was a
document store's student project on a quadcopter (broken-font cover, GVHD/SVTH labels, student ids, task list, dates);
1 was a legal portal's decree on unmanned aircraft (attribute table with issuer, date and signer, header, legal bases,
article 1); 31 were Vietnamese news and features (the UAV history feature with a credit caption; the interview with an
export contract with a US-Canadian distributor worth about half a million dollars, earlier units sold to end users and a
caption with a foreign ex-official; a daily on a drone maker's chief at the city leaders' meeting with price and R&D
shares; a seminar of a farm-chemicals association and the plant-protection department on farm drones, with roles and
counts; a farm-drone seller's founder interview with provinces and a foreign trial customer; an investment magazine's
feature on an agri group's drone-spraying demonstration, savings shares, a chairman's quote and an importer's price
range; a group's UAV unit on flood flights and its closed first drone venture; a defence group's long-range UAV at an
exhibition told after a Russian agency, with a photo credit; a Turkish maker starting a drone plant in Ukraine with the
ambassador's schedule and a "Theo IZ" line; a business weekly's FDI round-up with related links; two firms' memorandum on
drone deliveries in the city's hi-tech park with a caption and quotes; a province and a group signing memoranda on a UAV
complex with a caps photo credit; a group's cooperation agreement with a named Korean drone firm to export cargo UAVs
and a chip-packaging order signed the same day; a list of foreign aircraft-parts investors with their capital; a
roundtable on the aviation supply chain; a city's aviation fair with audio-player chrome; three tellings of the 4,000
UAV memorandum with an unnamed Korean firm and the group chairman's progress report; a minister at a drone maker; drones
over Shenzhen; a drone maker's planned plant in the hi-tech park "with at least" its capital told by a magazine, its
repost and a megastory; a drone show in Busan); 16 were English (an economic daily's English edition on the unnamed-
partner memorandum; a broadcaster's market targets with a defence group's chairman; a Chinese portal's copy of them; a
tech group chairman's UAV-industry goal for the city; the drone unit's English story; a national daily's Q&A with an
aviation engineer; a Forbes repost on Chinese parts in US drones, a blog on drone hubs, a DoD budget item and a one-line
item on Chinese export cuts; a defence-daily item on a defence group's deal with the science academy, and an
association's 2012 cooperation agreement with a foreign drone firm told by three sites). About 11 of the 80 slots told a
deal or event with named parties (a signed export contract, two memoranda of firms, a province-group memorandum, a
firm-firm cooperation agreement and a supply order on one day, a planned plant with its capital, a plant started abroad,
recalled parts investments and a recalled venture, a firm-academy deal and the association's agreement three times); the
4,000-UAV memorandum came back four more times with its partner unnamed.

Rows: 164 (hand-39201 to hand-39364); 19 carry a deal or an event (12%): 14 events (9 MoUs, 2 supply contracts, 2
investment announcements, 1 groundbreaking) and 16 `deals` entries (10 investment, 3 mou, 2 supply_contract, 1
groundbreaking); 5 rows hold deals without an event (39268 and 39341 a recalled venture founding, 39295-39297 recalled
aircraft-parts investments; 39293 holds a recalled deal beside an announced one), 4 rows an event without a deal
(39356, 39359, 39361, 39363: memoranda of an academy or association with a firm). 145 rows are negatives and other
fields. By page kind: 4 rows of spam (39201-39204), 13 of titles, tags and teasers (39205-39217, one added title in the
legal-portal shape), 8 of pages in other languages rendered in Vietnamese (39218-39225), 7 of the forum essay
(39226-39232), 3 of the student project (39233-39235), 4 of the decree (39236-39239), 87 of Vietnamese news
(39240-39326; 14 with a deal or event) and 38 of English copy (39327-39364; 5); 38 rows are English (`english_copy`,
23%). 9 rows are stored in NFD (hand-39228, 39239, 39248, 39252, 39259, 39281, 39302, 39312, 39320); 5 use old tone
placement (39262 "cơ giới hoá", 39288 "thoả thuận", 39290 "nội địa hoá", 39306 "hàng hoá", 39309 "toạ đàm"); 34 hold
several lines (headlines and leads, tag and page chrome, timestamps and bylines, captions with credits, slide and thesis
covers, the decree's table, header and bases, related links).

Own wording: every row was drafted in its own order and wording (amount-first, object-first, effect-first, credit-first,
speaker-first, passive) with changed figures, names, dates and places; on review against the notes taken from the
sampled pages about 85 first drafts that still kept a page's clause order, its list of facts or a translation of it were
rewritten from scratch (among them the three foreign-language renders and the slide deck, the forum essay's lead, two
opinion lines and the general's line, the history feature's institute, night-flight and private-capital lines, the
interview's earlier-export line, the seminar's deputy-director and statistics lines, the founder's province and trial
lines, the agri feature's demonstration, trial-area, quote and price lines, the flood headline, lead and venture line,
the exhibition count, the Turkish quote and ambassador line, the FDI links and figures, the delivery memorandum's split
of roles and both quotes, the province's plan line, the Korean signing caption (whose photographer's name had been
kept), the parts list's revenue, Kansai and Cascade lines, the roundtable's bolt, count and gap lines, the Airbus and
approval lines, the 4,000-UAV headline, lead, context, list, progress headline, parts quote and TPO lead, the Shenzhen
lines and quote, the planned plant, the proposal, rent and client lines, the Busan headline and counts, and about 30
English drafts: the headline, memorandum, localisation and target lines, the farm, relay-drone and alliance lines, the
portal's export line, the venture, rescue and markets lines, the Q&A header and import line, the Forbes headline and
three lines, the hub, Ukraine plant and export-cut lines, the academy deal, the association's headline, lead, phase,
coast, signing and market lines). Dropped: four English drafts (a photo caption, a line on missing standards, a spec
line and a quote on open-source boards) to bring the English share near the sample's (20%). Nothing was used from ranks
5-8, among them: a minister's "drone hub" piece in other outlets and a viettimes copy (S1 r5, S14 r5), a law daily's
"runway for UAVs", the CT-type group's export and rescue stories and a Hanoi network of UAV experts (S1 r6-r8, S6 r7),
an inventor's helicopter drone (S2 r5), a farm-drone count story and a coconut-pest trial (S5 r6-r7), a defence
group's memorandum with a Gulf group (S9 r5), a German-Ukrainian drone plant opening (S7 r6), an aircraft-parts maker's
6.3-million-USD plant (S10 r8), a conglomerate's venture fund and startup-funding reports (S15 r5-r8), a defence expo's
schedule and a hi-tech park's drone workshop (S16 r6-r7), a deputy prime minister's UAV meeting and the tech chairman's
own page (S17 r5-r6), the maker's new facility in the hi-tech park (S18 r7), a US maker's battery sanctions (S19 r6), a
French association's mini-UAV agreement with a university (S20 r5).

Conventions: exactly those of batches 10 and 12-127 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a signed contract or order between two named firms is a supply_contract deal and signed event, seller
first, without site; an order from an unnamed buyer, units sold to end users, customer lists and supplier status without
a contract word give no deal; a firm-pair memorandum (a "thỏa thuận hợp tác" too) is an mou deal and event; an MoU
between a firm and a People's Committee is the firm's investment deal and an mou event with the committee (batch 102);
a memorandum of a school, an academy or an association with a firm is an mou event without a deal (batches 37, 113,
114); an agreement with an unnamed counterpart gives nothing (batch 118); a named firm's planned plant is an announced
investment; a held groundbreaking or construction start is a groundbreaking deal and event "started", dated only with a
day; a plan to raise a total with only the new total is an announced investment without amount (batch 112); recalled
plants, investments and units set up are deals without events; targets, forecasts, trials, demonstrations, working
sessions, visits, exhibitions, proposals, wishes and market shares give no deal; vague amounts are none; "khoảng",
"chừng", "gần", "hơn", "tối thiểu", "about", "some", "more than", "close to", "over" are approximate; bracketed
conversions are both money; money per unit keeps its unit ("mỗi tháng", "a year"); payloads, dimensions, altitudes,
durations, outputs per year, productivity per day, distances, ordinals, fractions, counts in words and counts without a
noun are no counts, English counts keep their English noun; m², ha and hectares of land are areas; Vietnamese legal
forms are normalised, foreign ones kept, "Group" stays in the name, "Việt Nam" is dropped from a foreign subsidiary's
name and kept in a state corporation's; a bracketed acronym or English name is no second firm or organisation;
organisations expand UBND and KCN, a bare unit ("UBND tỉnh", "Tỉnh", "cơ quan quản lý") is none; Vietnamese country
words ("(Hàn Quốc)", "hãng tin Nga", "tập đoàn cơ khí Nhật", "quan chức quốc phòng Mỹ") and English country nouns and
possessives ("Finland's", "Turkey's", "South Korea", "the US") are countries, English adjectives ("South Korean",
"Chinese", "Finnish", "Japanese") and "Việt Nam"/"Vietnam" none, a country inside an organisation's name none; regions,
foreign cities and venues ("miền Tây", "Tây Nam bộ", "Mekong Delta", "Seoul", "Busan", "Ankara", "Thâm Quyến",
"Shenzhen", "Tokyo", "BEXCO") nothing; parks written in Vietnamese are locations (KCN expanded), "Khu Công nghệ cao
TP.HCM" names its province, Hòa Lạc none; "TP. Thủ Đức" is a district, communes and bare places ("Cai Lậy") nothing;
bylines, photo credits, caps credits and translators are persons without role, outlets and agencies ("TTCT", "GD&TĐ",
"KTSG Online", "TPO", "(VOV)", "vna", "Báo QĐND", "ICTnews", "Forbes", "Bloomberg", "Reuters") nothing; "TS." and
"PGS.TS" give no role, a bare "Thủ tướng" or "Bộ trưởng Bộ Quốc phòng" no person, a given name alone ("ông Khải", "ông
Khang", "Vinh said") no person; decisions with their number and date where written, laws in a legal basis without date;
old tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- An export contract told amount-first with the distributor in apposition ("Khoảng 480.000 USD là giá trị hợp đồng Vân
  Long vừa ký với Northbeam UAS, nhà phân phối drone có văn phòng ở Mỹ và Canada", 39246) is a signed supply_contract of
  the maker and the distributor with the approximate amount, no site; earlier units that "reached end users" in the US
  (39247) give no deal.
- A firm-pair memorandum for a delivery trial "trong Khu Công nghệ cao TP.HCM" (39279) is sited in Hồ Chí Minh (the park
  names the province) and dated by its day; the caption "Đại diện A và B trao văn bản ghi nhớ" (39280) is the same mou
  deal and event again, without site or date (batch 127's same event told twice).
- A province-group memorandum told object-first ("Một khu liên hợp công nghệ UAV ở Đồng Tháp là mục tiêu của biên bản
  ghi nhớ mà Tập đoàn Hưng Vũ ký với UBND tỉnh Đồng Tháp chiều 12.12", 39284) is the group's investment deal without
  amount, dated and sited, and an mou event of G("UBND tỉnh Đồng Tháp") and the group; the caption "giữa lãnh đạo tỉnh
  Đồng Tháp và Hưng Vũ" (39286) gives G("tỉnh Đồng Tháp") (batch 58); the province's plan for "ít nhất một nhà máy lắp
  ráp" (39287) names no investor and gives nothing.
- A "thoả thuận hợp tác" under which a group's UAVs "sẽ được bán sang Hàn Quốc", signed with a named Korean drone firm in
  Seoul on 12/8 (39288), is a signed mou deal and event of the two firms, dated, no site (signed abroad); the chip
  packaging contract signed "cùng ngày" with another named Korean firm (39291) is a supply_contract, seller first,
  without date; the same memorandum told with the partner unnamed (39304, 39328, "an unnamed South Korean UAV start-up")
  and the export told without a buyer (39310, 39337) give no deal.
- A group's money in its unit told amount-first in the passive with a plan to raise it ("Hơn 180 triệu USD đã được Tập
  đoàn Hanwha (Hàn Quốc) đổ vào Công ty TNHH Hanwha Aero Engines ở Khu Công nghệ cao Hòa Lạc ... và tập đoàn tính nâng
  lên 240 triệu USD", 39293) gives two deals of the group: the recalled 180 million (no event) and an announced
  investment without amount (batch 112's raise to a total) with its event; the unit is a firm mention, Hòa Lạc no site.
- A parent setting up a unit with its registered capital ("Tập đoàn Aerolec (Pháp) thì lập Công ty TNHH Sentra Avionics
  Việt Nam ..., với vốn đăng ký ban đầu 15 triệu USD", 39295) is the parent's recalled investment; "Khoảng 6 triệu USD và
  17 ha trong KCN Nội Bài là những gì Kansai Aerospace Việt Nam ... bỏ ra năm 2008" (39296) the unit's recalled
  investment, "Việt Nam" dropped; "Ở Đà Nẵng, một công ty con của Tập đoàn Cascade Aerostructures (Mỹ) làm linh kiện máy
  bay trong dự án 150 triệu USD" (39297) the group's recalled investment sited in Đà Nẵng.
- A venture a group founded and later closed ("Skyra, công ty drone mà Tập đoàn Hưng Vũ lập năm 2019, chỉ trụ được hai
  năm", 39268; the English 39341) is read as the group's recalled investment without amount or event (a unit set up is
  an investment, batch 113's "thành lập"; its closing takes nothing away from the past deal, unlike a cancelled top-up).
- A construction start abroad told object-first ("Công trường nhà máy máy bay không người lái của Tập đoàn Anatolia Aero
  (Thổ Nhĩ Kỳ) ở Ukraine đã khởi động", 39272) is a groundbreaking deal and event "started" without site or date; the
  ambassador's schedule and the land already bought (39274) give nothing; the English blog's unnamed exporter (39352) no
  deal.
- "Tối thiểu 22 triệu USD sẽ được Vân Long dồn vào nhà máy drone ở Khu Công nghệ cao TP.HCM, công trình chỉ còn chờ vài
  thủ tục trước khi khởi công" (39320) is an announced investment with the approximate amount, sited in Hồ Chí Minh; the
  headlines "Giấc mơ drone Việt và khoản đầu tư 22 triệu USD" with no firm (39317, 39319) are money only.
- An academy's or association's cooperation agreement with a firm (39356 "under the deal, Viettel and the Vietnam Academy
  of Science and Technology (VAST) will share ...", 39359, 39361, 39363) is an mou event without a deal; the signing place
  "in Hanoi" sites it in Hà Nội (batch 113's call for memoranda, over batch 85's venue-as-mention for contracts); the
  parties keep the row's order; the headline "Finnish know-how for Vietnamese drones" (39358) gives nothing.
- Persons: a profession line under a byline ("TÔN THẤT Quý / Kỹ sư cơ khí", 39227) and "Aviation engineer Tran Quoc Vinh"
  (39344) give the profession as role (batches 79, 109); "trung tướng Hà Quang Vịnh" and "đội trưởng Đinh Văn Lực" keep
  the rank or function word; "Đại sứ Ukraine tại Ankara, ông Petro Hnatenko" keeps the whole function; "Professor Tran
  Van Hieu, president of VASA" takes "president of VASA".
- Firms: "Công ty Trách nhiệm Hữu hạn Vân Long Robotics Inc" (39321) is "Vân Long Robotics Inc" with "Công ty TNHH" (the
  English "Inc" stays in the name); a group's units written bare ("Hưng Vũ UAV", "Hưng Vũ Semiconductor") are firms; a
  defence plant's code ("nhà máy Z135") is no firm, "Tổng cục Công nghiệp quốc phòng" an organisation (batch 85); the
  state air-traffic corporation keeps "Việt Nam"; a title-case tag heading naming a firm ("Công ty UAV Thiên Dực", 39214)
  is that firm.
- Numbers and places: "45-55 ha một ngày" and "55-65 hectares a day" are productivity, no area, while "1.6 million
  hectares of farmland" and "khoảng 30.000 ha" of a raw-material zone are areas; "10 công ruộng" no area; "Four in five
  parts", "3/4", "1/15" no percentages; "4.000 UAV", "80 triệu chip" and "80 million semiconductor chips" are counts of
  the order's units, payloads ("50 đến 250 kg") and altitudes none; a defence expo's indoor and total space in m² are
  areas; "hơn 60 sản phẩm" a count.
- Organisations: "Bộ NN-MT" is an organisation as written (an acronym alone); "Hiệp hội Hệ thống không người lái Hàn
  Quốc" gives no country, "bốn bộ của Hàn Quốc" does; the decree's attribute table gives "Chính phủ" as organisation,
  the signer without role and the decision its date from "Ngày ban hành"; a consolidated-text code ("19/VBHN-BGTVT") is
  a decision without date; "(VAST, Vietnam Academy of Science and Technology)" adds no organisation.
- Foreign-language pages (Bengali, Thai, Russian, French) are rendered in Vietnamese (`foreign_page_rendered`, batches
  111-113); their product codes and venues give nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_128(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HCM = cur("Hồ Chí Minh")
    HN = cur("Hà Nội")
    DT = cur("Đồng Tháp")
    DNg = cur("Đà Nẵng")

    ids = iter(range(39201, 39201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads (S11 r1-r4: 4 of the 80 slots) ---
    rows += [
        h(
            n(),
            "kuwin giá xe số 50cc mới nhấtsoi kèo ngoại hạng anh tối naynhà cái đổi thưởng uy tín",
            "2024-08-12",
            "ministry",
            ["spam_line", "glued_words", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win cách thay pin chìa khóa xe tay gabảng xếp hạng cúp c2top nhà cái 2024",
            "2024-09-02",
            "ministry",
            ["spam_line", "glued_words", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xe ga 50cc cho học sinh giá rẻkết quả bóng đá đức hôm quatải app nhà cái",
            "2024-10-17",
            "ministry",
            ["spam_line", "glued_words", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win xe cub 50 cũ giá bao nhiêunhà cái uy tín nhất châu átrực tiếp bóng đá việt nam",
            "2024-11-05",
            "ministry",
            ["spam_line", "glued_words", "lowercase", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Titles, tags, slugs and one-line teasers (S2 r3, S3 r1-r4, S5 r2, S7 r1, S7 r3, S8 r1-r3, S10 r2, S12
    # r1-r3: the commonest kind after the news) ---
    rows += [
        h(
            n(),
            "Điều chỉnh giá dịch vụ điều hành bay qua vùng thông báo bay do Việt Nam quản lý từ quý III",
            "2023-06-20",
            "ministry",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thống nhất phương án trực ca tại các cơ sở bảo đảm hoạt động bay dịp cao điểm Tết",
            "2022-01-14",
            "ministry",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tổng công ty Quản lý bay Việt Nam đưa phương thức dẫn đường theo tính năng (PBN) vào khai thác ở Cảng hàng không Phù Cát",
            "2021-05-27",
            "ministry",
            [
                "title_page",
                "state_corporation_keeps_vietnam",
                "airport_nothing",
                "acronym_bracket_not_org",
                "no_event",
            ],
            firms=[f("Quản lý bay Việt Nam", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Phương thức bay PBN: những thay đổi với tổ lái khi tiếp cận hạ cánh",
            "2021-05-28",
            "ministry",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 112/QĐ-BGTVT 2023 công bố thủ tục hành chính được sửa đổi trong lĩnh vực hàng không dân dụng",
            "2023-02-09",
            "legal",
            ["title_page", "legal_portal_title", "year_no_date", "decision", "no_event"],
            decisions=[d("112/QĐ-BGTVT")],
            events=[],
        ),
        h(
            n(),
            "Văn bản hợp nhất 19/VBHN-BGTVT 2022 về kinh doanh vận chuyển hàng không và hoạt động hàng không chung",
            "2022-08-30",
            "legal",
            [
                "title_page",
                "legal_portal_title",
                "consolidated_text_code",
                "year_no_date",
                "decision",
                "no_event",
            ],
            decisions=[d("19/VBHN-BGTVT")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1873/QĐ-BKHCN 2019 về thủ tục hành chính trong lĩnh vực sở hữu trí tuệ",
            "2019-07-11",
            "legal",
            ["title_page", "legal_portal_title", "year_no_date", "decision", "no_event"],
            decisions=[d("1873/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "quyet dinh thu tuong ve danh muc cong nghe chien luoc va san pham cong nghe chien luoc",
            "2025-06-18",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tag:\n\nbay phun thuốc\n\nTTCT - Cuối tháng 11, trên những thửa ruộng mới sạ ở Cai Lậy, tiếng cánh quạt ù ù thay cho bình xịt đeo vai: nông dân thuê drone rải thuốc diệt cỏ theo giờ.",
            "2021-12-04",
            "ministry",
            [
                "tag_page",
                "outlet_prefix_nothing",
                "bare_place_nothing",
                "headline_lead",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Công ty UAV Thiên Dực\n\nTrung Quốc bay thử máy bay vận tải không người lái chở 1,5 tấn\n\nChiếc máy bay chở hàng không người lái lớn nhất nước này vừa cất cánh lần đầu, theo truyền thông Trung Quốc.",
            "2022-10-02",
            "ministry",
            [
                "tag_page",
                "firm_tag_heading",
                "headline_lead",
                "country_noun",
                "tonnage_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("UAV Thiên Dực", "Công ty")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Những cuộc xung đột gần đây cho thấy máy bay không người lái giá rẻ có thể thay đổi cục diện chiến trường theo cách ít ai ngờ,",
            "2023-04-13",
            "ministry",
            ["video_teaser", "cut_off", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gần gấp ba sản lượng hiện nay: đó là mức 30.000 máy bay không người lái mỗi năm mà Nga đặt ra, theo một phó thủ tướng nước này.\n\nTheo Reuters | Video: Reuters, WSJ",
            "2024-01-09",
            "ministry",
            [
                "one_line_teaser",
                "output_no_count",
                "bare_role_no_person",
                "agency_credit_nothing",
                "country_noun",
                "multiline",
                "no_event",
            ],
            locations=[country("Nga")],
            events=[],
        ),
        h(
            n(),
            "Thủ tục cấp phép bay cho tàu bay không người lái: hồ sơ gồm những gì?",
            "2024-03-22",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Pages in other languages, rendered here in Vietnamese (S2 r4 and S4 r2 Bengali, S4 r3 Thai, S4 r4 Russian,
    # S16 r2 French) ---
    rows += [
        h(
            n(),
            "Linh kiện của drone\nKhung là mục đầu tiên trong danh sách; sợi carbon được ưa chuộng nhất, sau đó mới tới nhôm và nhựa nhẹ.",
            "2024-05-06",
            "ministry",
            ["foreign_page_rendered", "explainer", "headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thời gian bay của một chiếc drone nhiều cánh quạt phụ thuộc trước hết vào hiệu suất động cơ, bài viết khẳng định.",
            "2024-05-06",
            "ministry",
            ["foreign_page_rendered", "explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở động cơ không chổi than, mạch điện tử đổi chiều dòng điện trong các cuộn stato, nên không cần cổ góp như động cơ chổi than.",
            "2024-05-06",
            "ministry",
            ["foreign_page_rendered", "explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lượt xem: 0 Tác giả: Biên tập viên Ngày đăng: 2025-08-27 Nguồn: Trang web\nVì sao động cơ BLDC kêu to và cách làm cho nó êm hơn",
            "2025-08-27",
            "ministry",
            ["foreign_page_rendered", "page_chrome", "views_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bài giảng: chọn linh kiện cho quadcopter\n2.\nKHUNG\nSợi carbon nhẹ và cứng nên được dùng nhiều nhất; nhựa, gỗ hay nhôm chỉ hợp với khung tập bay.\n3.\nTay đỡ động cơ phải chịu được va đập khi máy rơi",
            "2023-11-20",
            "ministry",
            [
                "foreign_page_rendered",
                "slide_deck",
                "slide_numbers_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "[Ảnh] Ngày đầu Triển lãm Quốc phòng quốc tế Việt Nam 2024 qua ống kính phóng viên\nBáo Nhân Dân•20/12/2024\nRiêng khu trong nhà đã khoảng 16.000 m², gấp đôi kỳ trước, trên tổng diện tích hơn 110.000 m².",
            "2024-12-20",
            "ministry",
            [
                "foreign_page_rendered",
                "photo_story",
                "outlet_nothing",
                "m2_to_ha",
                "area",
                "approx",
                "multiline",
                "no_event",
            ],
            areas=[ha(1.6, True), ha(11, True)],
            events=[],
        ),
        h(
            n(),
            "Trong ảnh, drone chữa cháy và cứu hộ do nhà máy Z135 (Tổng cục Công nghiệp quốc phòng) làm ra thu hút đông người xem.",
            "2024-12-20",
            "ministry",
            ["foreign_page_rendered", "caption", "plant_code_no_firm", "no_event"],
            organizations=["Tổng cục Công nghiệp quốc phòng"],
            events=[],
        ),
        h(
            n(),
            "Drone của Hưng Vũ UAV và chip của Hưng Vũ Semiconductor nằm cạnh nhau ở gian hàng Tập đoàn Hưng Vũ, nơi Thủ tướng dừng lại sau lễ khai mạc.",
            "2024-12-20",
            "ministry",
            ["foreign_page_rendered", "bare_title_no_person", "group_and_units", "visit_no_deal", "no_event"],
            firms=[f("Hưng Vũ", "Tập đoàn"), f("Hưng Vũ UAV"), f("Hưng Vũ Semiconductor")],
            events=[],
        ),
    ]
    # --- A forum essay from 2013 on Vietnamese drones (S1 r4 = S2 r1 = S6 r1 = S7 r4 = S9 r2 = S16 r4 = S18 r4:
    # one page, seven slots) ---
    rows += [
        h(
            n(),
            "Bạn đang ở: Trang chủ / Khoa học / Thiết bị bay không người lái",
            "2013-09-14",
            "ministry",
            ["breadcrumb", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Tôn Thất Quý — published 14/09/2013 08:20, cập nhật lần cuối 14/09/2013 08:31\n\nThiết bị bay không người lái\n\nTÔN THẤT Quý\n\nKỹ sư cơ khí",
            "2013-09-14",
            "ministry",
            [
                "byline_person",
                "caps_surname",
                "profession_line_role",
                "timestamp_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Tôn Thất Quý", "Kỹ sư cơ khí")],
            events=[],
        ),
        h(
            n(),
            "Năm chiếc máy bay không người lái cỡ nhỏ mà Viện Kỹ thuật Bay (Viện Hàn lâm Khoa học và Công nghệ Việt Nam – VAST, Vietnam Academy of Science and Technology) cho bay trình diễn hồi tháng 6 là cái cớ của bài viết này3.",
            "2013-09-14",
            "ministry",
            [
                "nfd",
                "institute_of_academy",
                "acronym_and_english_bracket_not_org",
                "count_in_words",
                "glued_footnote",
                "no_event",
            ],
            organizations=["Viện Kỹ thuật Bay", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Bình luận trên mạng chia hai phe: phe chê máy bay bé như đồ chơi, phe mừng vì trong nước rốt cuộc cũng tự làm được.",
            "2013-09-14",
            "ministry",
            ["essay_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tác giả chọn cách gọi “người máy bay”, vì theo ông thứ làm nên một chiếc UAV là bộ óc điện tử chứ không phải đôi cánh.",
            "2013-09-14",
            "ministry",
            ["essay_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Việc trung tướng Hà Quang Vịnh đứng tên chủ nhiệm dự án cũng bị đem ra bàn, dù theo tác giả người đứng đầu chỉ cần biết chọn người4.",
            "2013-09-14",
            "ministry",
            ["essay_line", "rank_as_role", "glued_footnote", "no_event"],
            persons=[per("Hà Quang Vịnh", "trung tướng")],
            events=[],
        ),
        h(
            n(),
            "3 Xem tin ngày 11/6/2013 trên trang của viện.\n4 Trích một bài báo năm 2011.",
            "2013-09-14",
            "ministry",
            ["footnotes", "date_no_decision", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A student project on a quadcopter in a document store (S4 r1) ---
    rows += [
        h(
            n(),
            "Tài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống\n1\n/ 72 trang\nBỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC CÔNG NGHỆ NAM SÀI GÒN KHOA CƠ ĐIỆN TỬ KHĨA LUẬN TỐT NGHIỆP NGÀNH CƠNG NGHỆ KỸ THUẬT CƠ ĐIỆN TỬ THIẾT KẾ VÀ CHẾ TẠO MÁY BAY BỐN CÁNH QUADCOPTER GVHD: PGS.TS LÊ VĂN THUẬN SVTH: TRẦN MINH HIẾU MSSV: 12146387 SVTH: PHAN QUỐC DUY MSSV: 12146402",
            "2016-09-05",
            "ministry",
            [
                "document_store",
                "thesis_cover",
                "broken_font",
                "caps_org",
                "caps_person",
                "label_roles",
                "student_id_nothing",
                "page_counts_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Giáo dục và Đào tạo", "Trường Đại học Công nghệ Nam Sài Gòn"],
            persons=[
                per("Lê Văn Thuận", "GVHD"),
                per("Trần Minh Hiếu", "SVTH"),
                per("Phan Quốc Duy", "SVTH"),
            ],
            events=[],
        ),
        h(
            n(),
            "1.2. NHIỆM VỤ: - Thiết kế, chế tạo khung quadcopter từ vật liệu sẵn có - Tìm hiểu giải thuật PID trên vi điều khiển ARM Cortex - Làm mạch đọc cảm biến để máy bay tự cân bằng - Làm tay điều khiển từ xa",
            "2016-09-05",
            "ministry",
            ["thesis_tasks", "bullet_run_on", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngày giao nhiệm vụ đề tài: 02/03/2016 Ngày hoàn thành nhiệm vụ: 30/06/2016 TP. Hồ Chí Minh, tháng 7 năm 2016",
            "2016-09-05",
            "ministry",
            ["thesis_dates", "place_line_province", "date_no_decision", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- A legal portal's text of a government decree on unmanned aircraft (S12 r4) ---
    rows += [
        h(
            n(),
            "Nghị định 274/2025/NĐ-CP quy định về quản lý tàu bay không người lái và phương tiện bay khác\nSố hiệu 274/2025/NĐ-CP\nCơ quan ban hành Chính phủ\nNgày ban hành 21/10/2025\nLoại văn bản Nghị định\nNgười ký Phan Quốc Dũng\nTình trạng Đã biết",
            "2025-10-24",
            "legal",
            [
                "legal_portal",
                "attribute_table",
                "issuer_org",
                "signer_no_role",
                "decision_date_next_line",
                "multiline",
                "no_event",
            ],
            organizations=["Chính phủ"],
            persons=[per("Phan Quốc Dũng", None)],
            decisions=[d("274/2025/NĐ-CP", "2025-10-21")],
            events=[],
        ),
        h(
            n(),
            "CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 274/2025/NĐ-CP\nHà Nội, ngày 21 tháng 10 năm 2025\nNGHỊ ĐỊNH\nQUY ĐỊNH VỀ QUẢN LÝ TÀU BAY KHÔNG NGƯỜI LÁI VÀ PHƯƠNG TIỆN BAY KHÁC",
            "2025-10-24",
            "legal",
            [
                "legal_header",
                "caps_org",
                "place_date_line",
                "decision_date_next_line",
                "multiline",
                "no_event",
            ],
            organizations=["Chính phủ"],
            provinces=[pv("Hà Nội")],
            decisions=[d("274/2025/NĐ-CP", "2025-10-21")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\nCăn cứ Luật Phòng không nhân dân số 49/2024/QH15;\nTheo đề nghị của Bộ trưởng Bộ Quốc phòng;",
            "2025-10-24",
            "legal",
            ["legal_basis_list", "law_as_decision", "bare_title_no_person", "multiline", "no_event"],
            organizations=["Bộ Quốc phòng"],
            decisions=[d("63/2025/QH15"), d("49/2024/QH15")],
            events=[],
        ),
        h(
            n(),
            "Điều 1. Phạm vi điều chỉnh\nNghị định này hướng dẫn việc nhập khẩu, nghiên cứu chế tạo, thử nghiệm, sản xuất, sửa chữa và kinh doanh tàu bay không người lái, động cơ, cánh quạt và trang thiết bị của chúng.",
            "2025-10-24",
            "legal",
            ["nfd", "legal_article", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a feature on the history of Vietnamese drones (S1 r1 = S2 r2 = S6 r2) ---
    rows += [
        h(
            n(),
            " date 2025-08-18 Trinh sát, tuần tra biên giới và tìm kiếm cứu nạn là những việc đầu tiên mà UAV làm trong nước được giao, từ hơn mười năm trước.",
            "2025-08-18",
            "ministry",
            ["page_date_chrome", "object_first", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Những người làm UAV đầu tiên trong nước là các viện quân sự như Viện Kỹ thuật Phòng không – Không quân; bộ điều khiển bay khi ấy phải viết gần như từ đầu.",
            "2025-08-18",
            "ministry",
            ["institute_dash_name", "no_event"],
            organizations=["Viện Kỹ thuật Phòng không – Không quân"],
            events=[],
        ),
        h(
            n(),
            "Mẫu UAV trinh sát VT-S2 trên bệ phóng. (Ảnh: Báo QĐND)",
            "2025-08-18",
            "ministry",
            ["caption", "product_code_no_firm", "outlet_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bay đêm chỉ thành chuyện thường khi camera hồng ngoại đủ nhẹ để gắn lên thân máy, vào quãng giữa những năm 2010.",
            "2025-08-18",
            "ministry",
            ["history_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vốn tư nhân chỉ thật sự chảy vào drone khi khách hàng dân sự xuất hiện: chủ ruộng cần phun thuốc, ngành điện cần soi đường dây.",
            "2025-08-18",
            "ministry",
            ["history_line", "unnamed_firms_no_deal", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business magazine's interview with a drone maker's chief executive (S1 r2 = S14 r1 = S15
    # r1 = S16 r3) ---
    rows += [
        h(
            n(),
            "Triển lãm Quốc phòng quốc tế Việt Nam 2022 vừa khép lại thì Công ty CP Công nghệ Bay Vân Long đã có thêm đơn hàng ở Bắc Mỹ, Tổng giám đốc Trịnh Gia Khải kể khi chúng tôi gặp ông ở TP.HCM.",
            "2022-12-19",
            "ministry",
            ["interview_lead", "person_role_before", "region_nothing", "orders_no_deal", "no_event"],
            persons=[per("Trịnh Gia Khải", "Tổng giám đốc")],
            firms=[f("Công nghệ Bay Vân Long", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 480.000 USD là giá trị hợp đồng Vân Long vừa ký với Northbeam UAS, nhà phân phối drone có văn phòng ở Mỹ và Canada; bên mua đã trả một nửa, hàng giao trước tháng 6/2023.",
            "2022-12-19",
            "ministry",
            [
                "supply_contract",
                "seller_first",
                "amount_first",
                "short_name",
                "country_list",
                "fraction_no_percentage",
                "month_no_date",
                "approx",
            ],
            firms=[f("Vân Long"), f("Northbeam UAS")],
            money=[m(480000, "USD", approx=True)],
            locations=[country("Mỹ"), country("Canada")],
            deals=[deal("supply_contract", ["Vân Long", "Northbeam UAS"], 480000)],
            events=[
                ev("supply_contract", [F("Vân Long"), F("Northbeam UAS")], 480000, "USD", None, "signed")
            ],
        ),
        h(
            n(),
            "Đây không phải lô đầu tiên sang Mỹ: mùa hè năm ấy, ba chiếc Kestrel đã đến tay người dùng cuối ở đó, ông Khải nói.",
            "2022-12-19",
            "ministry",
            [
                "unnamed_buyer_no_deal",
                "given_name_no_person",
                "product_name_no_firm",
                "count_in_words",
                "no_event",
            ],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "TS. Trịnh Gia Khải (phải) giới thiệu drone Kestrel với một cựu quan chức quốc phòng Mỹ tại gian hàng của công ty.",
            "2022-12-19",
            "ministry",
            ["nfd", "caption", "academic_title_no_role", "country_word", "no_event"],
            persons=[per("Trịnh Gia Khải", None)],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: drone makers at the city leaders' meeting with the science community (S1 r3 = S14 r4) ---
    rows += [
        h(
            n(),
            " date 2025-12-09 Giá thấp hơn hàng Mỹ cùng loại là lợi thế đầu tiên các hãng UAV Việt đang dựa vào khi chen chân ra thị trường thế giới.",
            "2025-12-09",
            "ministry",
            ["page_date_chrome", "lead", "country_word", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Tại buổi lãnh đạo TP.HCM gặp giới khoa học công nghệ tối 8/12, ông Trịnh Gia Khải, Tổng giám đốc Vân Long, nhớ lại lời can: làm drone thì sao đọ được với Trung Quốc.",
            "2025-12-09",
            "ministry",
            ["person_role_after", "short_name_in_role", "speaker_first", "country_noun", "no_event"],
            persons=[per("Trịnh Gia Khải", "Tổng giám đốc Vân Long")],
            firms=[f("Vân Long")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo ông, chi phí nghiên cứu của Vân Long chỉ khoảng 1/15 đối thủ Mỹ, nên drone đem sang bay thử vẫn rẻ hơn hàng cùng loại 25-35%.",
            "2025-12-09",
            "ministry",
            ["percentage_range", "fraction_no_percentage", "short_name", "country_noun", "no_event"],
            firms=[f("Vân Long")],
            percentages=[25, 35],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a seminar on farm drones (S5 r1) ---
    rows += [
        h(
            n(),
            "Tọa đàm về drone phun thuốc do Hiệp hội CropLife Việt Nam cùng Cục Trồng trọt và Bảo vệ thực vật (Bộ NN-MT) tổ chức hôm 16-9 kéo dài gần hết buổi sáng.",
            "2025-09-17",
            "provincial",
            ["nfd", "seminar_no_deal", "ministry_acronym_org", "date_dash", "no_event"],
            organizations=["Hiệp hội CropLife Việt Nam", "Cục Trồng trọt và Bảo vệ thực vật", "Bộ NN-MT"],
            events=[],
        ),
        h(
            n(),
            "Drone vào Việt Nam khoảng năm 2018 và nay đã quen thuộc trên đồng ruộng, theo ông Lã Văn Tùng, Trưởng nhóm Drone của CropLife Việt Nam.",
            "2025-09-17",
            "provincial",
            ["person_role_after", "short_org_in_role", "no_event"],
            organizations=["CropLife Việt Nam"],
            persons=[per("Lã Văn Tùng", "Trưởng nhóm Drone của CropLife Việt Nam")],
            events=[],
        ),
        h(
            n(),
            "Mỗi máy phun được chừng 45-55 ha một ngày, Cục trưởng Nguyễn Minh Đạo cho biết; Phó Cục trưởng Hồ Thanh Bình thì nhắc chuyện thuốc trôi sang ruộng bên cạnh khi bay lúc gió to.",
            "2025-09-17",
            "provincial",
            ["productivity_no_area", "bare_role_before_name", "two_persons", "no_event"],
            persons=[per("Nguyễn Minh Đạo", "Cục trưởng"), per("Hồ Thanh Bình", "Phó Cục trưởng")],
            events=[],
        ),
        h(
            n(),
            "Tây Nam bộ chiếm gần 3/4 trong số hơn 6.500 drone nông nghiệp cả nước tính tới đầu năm 2025, giám đốc kinh doanh của một công ty drone ước tính.\n\nTHANH HẢI",
            "2025-09-17",
            "provincial",
            [
                "statistics",
                "unnamed_firm",
                "bare_role_no_person",
                "region_nothing",
                "fraction_no_percentage",
                "caps_byline_person",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Thanh Hải", None)],
            quantities=[c(6500, "drone nông nghiệp", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a farm-drone seller's founder interviewed (S5 r3) ---
    rows += [
        h(
            n(),
            "Thả máy bay không người lái xuống ruộng lúa nghe như chuyện phim, nhưng ở miền Tây nay đã thành việc thường ngày của nhiều hợp tác xã.",
            "2021-03-30",
            "ministry",
            ["lead", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đồng Tháp, An Giang, Cần Thơ và Long An mua nhiều drone nhất của Công ty CP Thiết bị bay Nông Phát, anh Nguyễn Trọng Khoa, sinh năm 1993, kể với ICTnews.",
            "2021-03-30",
            "ministry",
            ["founder_no_role", "province_list", "outlet_nothing", "year_no_date", "no_event"],
            persons=[per("Nguyễn Trọng Khoa", None)],
            firms=[f("Thiết bị bay Nông Phát", "Công ty CP")],
            provinces=[pv("Đồng Tháp"), pv("An Giang"), pv("Cần Thơ"), pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "“Hồi đầu, nhiều chủ ruộng chỉ cho bay thử một công đất, thấy được mới trả tiền”.",
            "2021-03-30",
            "ministry",
            ["quote", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khách hàng đầu tiên chịu trả tiền thật là một công ty nông sản vốn ngoại ở Tiền Giang, sau gần một vụ bay thử, Nông Phát cho biết.",
            "2021-03-30",
            "ministry",
            ["nfd", "trial_no_deal", "unnamed_buyer_no_deal", "short_name", "no_event"],
            firms=[f("Nông Phát")],
            provinces=[pv("Tiền Giang")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an investment magazine's feature on drone spraying (S5 r4) ---
    rows += [
        h(
            n(),
            "Ảnh: TL\n\nMinh Châu Thứ Ba | 12/11/2019 09:15\n\nNông dân cầm tay điều khiển drone",
            "2019-11-12",
            "ministry",
            ["photo_credit_nothing", "byline_person", "timestamp_line", "headline", "multiline", "no_event"],
            persons=[per("Minh Châu", None)],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Nông nghiệp Cửu Long Xanh chọn cánh đồng xã Mỹ Hòa, Đồng Tháp, cho buổi bay phun trình diễn đầu tiên hồi tháng 10; chiếc drone sáu cánh phun hết 10 công ruộng trong chưa đầy một giờ.",
            "2019-11-12",
            "ministry",
            [
                "demonstration_no_deal",
                "commune_nothing",
                "month_no_date",
                "count_in_words",
                "land_unit_no_area",
                "no_event",
            ],
            firms=[f("Nông nghiệp Cửu Long Xanh", "Tập đoàn")],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Cửu Long Xanh tính bán cả dịch vụ bay phun cho hộ dân và hợp tác xã trồng lúa, sau khi thử trên vùng nguyên liệu cơ giới hoá khoảng 30.000 ha của mình.",
            "2019-11-12",
            "ministry",
            [
                "trial_plan_no_deal",
                "service_plan_no_deal",
                "old_tone",
                "short_name",
                "area",
                "approx",
                "no_event",
            ],
            firms=[f("Cửu Long Xanh")],
            areas=[ha(30000, True)],
            events=[],
        ),
        h(
            n(),
            "Theo tính toán của doanh nghiệp, drone giảm 15-25% lượng thuốc, bớt khoảng 85% lượng nước và giảm thất thoát chừng 120-180 kg lúa mỗi ha.",
            "2019-11-12",
            "ministry",
            ["percentage_range", "percentage", "per_ha_yield_no_count", "approx", "no_event"],
            percentages=[15, 25, 85],
            events=[],
        ),
        h(
            n(),
            "“Bà con đỡ phải đeo bình, còn công ty có thêm một dịch vụ để bán”, ông Võ Văn Thạnh, Chủ tịch HĐQT Cửu Long Xanh, nói gọn.",
            "2019-11-12",
            "ministry",
            ["quote", "person_role_after", "short_name_in_role", "no_event"],
            persons=[per("Võ Văn Thạnh", "Chủ tịch HĐQT Cửu Long Xanh")],
            firms=[f("Cửu Long Xanh")],
            events=[],
        ),
        h(
            n(),
            "Giá một bộ đủ pin và sạc dao động 450-550 triệu đồng, một đại lý nhập khẩu nói; nhiều hộ chọn thuê dịch vụ theo công thay vì mua.",
            "2019-11-12",
            "ministry",
            ["price_range", "money_range", "unnamed_importer", "no_event"],
            money=[m(450 * M, "VND"), m(550 * M, "VND")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a group's drone unit and its flood flights, with a venture it shut (S6 r3) ---
    rows += [
        h(
            n(),
            " date 2026-02-15 4.000 UAV xuất ngoại và những đêm bay cứu hộ\n\nÁo phao và thuốc được thả từ UAV xuống những nóc nhà bị nước cô lập ở Phú Yên trong một đêm lũ cuối năm ngoái.",
            "2026-02-15",
            "ministry",
            ["page_date_chrome", "headline_lead", "count", "province_old_name", "multiline", "no_event"],
            provinces=[pv("Phú Yên")],
            quantities=[c(4000, "UAV")],
            events=[],
        ),
        h(
            n(),
            "Điều phối các chuyến bay đêm ấy là đội trưởng Đinh Văn Lực của Hưng Vũ UAV; theo anh, pin dự phòng được thay ngay trên thuyền để máy bay kịp quay lại.",
            "2026-02-15",
            "ministry",
            ["rank_word_as_role", "unit_name_firm", "object_first", "no_event"],
            persons=[per("Đinh Văn Lực", "đội trưởng")],
            firms=[f("Hưng Vũ UAV")],
            events=[],
        ),
        h(
            n(),
            "Skyra, công ty drone mà Tập đoàn Hưng Vũ lập năm 2019, chỉ trụ được hai năm trước khủng hoảng tài chính và dịch bệnh.",
            "2026-02-15",
            "ministry",
            ["recalled_founding", "deal_no_event", "no_amount", "closed_venture", "object_first", "no_site"],
            firms=[f("Hưng Vũ", "Tập đoàn"), f("Skyra")],
            deals=[deal("investment", ["Hưng Vũ"])],
            events=[],
        ),
    ]
    # --- Vietnamese news: a defence group's drones at an exhibition, told after a Russian agency (S6 r4) ---
    rows += [
        h(
            n(),
            "Chưa lần nào Viettel mang nhiều thứ tới một triển lãm như lần này: hơn 60 sản phẩm, cả dân sự lẫn quân sự, theo ghi nhận của một hãng tin Nga.",
            "2025-08-30",
            "ministry",
            ["exhibition_no_deal", "country_word", "count", "approx", "no_event"],
            firms=[f("Viettel")],
            quantities=[c(60, "sản phẩm", True)],
            locations=[country("Nga")],
            events=[],
        ),
        h(
            n(),
            "Mẫu UAV tầm xa của Viettel sải cánh 16 m, cất cánh tối đa 1.400 kg và bay liên tục được hơn 20 giờ.",
            "2025-08-30",
            "ministry",
            ["specifications", "dimensions_no_count", "duration_no_count", "no_event"],
            firms=[f("Viettel")],
            events=[],
        ),
        h(
            n(),
            "UAV tầm xa của Viettel ở khu trưng bày ngoài trời. Ảnh: Hoàng Minh Khôi",
            "2025-08-30",
            "ministry",
            ["caption", "photo_credit_person", "no_event"],
            persons=[per("Hoàng Minh Khôi", None)],
            firms=[f("Viettel")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Turkish drone maker's plant in Ukraine (S7 r2) ---
    rows += [
        h(
            n(),
            "Hãng UAV Thổ Nhĩ Kỳ dựng nhà máy ở Ukraine\n\nGD&TĐ - Công trường nhà máy máy bay không người lái của Tập đoàn Anatolia Aero (Thổ Nhĩ Kỳ) ở Ukraine đã khởi động, Tổng giám đốc Kemal Arslan cho biết.",
            "2022-08-14",
            "ministry",
            [
                "headline_lead",
                "outlet_prefix_nothing",
                "groundbreaking",
                "construction_started",
                "plant_abroad",
                "no_site",
                "country_bracket",
                "person_role_before",
                "multiline",
            ],
            persons=[per("Kemal Arslan", "Tổng giám đốc")],
            firms=[f("Anatolia Aero", "Tập đoàn")],
            locations=[country("Thổ Nhĩ Kỳ"), country("Ukraine")],
            deals=[deal("groundbreaking", ["Anatolia Aero"])],
            events=[ev("groundbreaking", [F("Anatolia Aero")], None, None, None, "started")],
        ),
        h(
            n(),
            "“Bên cạnh xưởng lắp ráp sẽ có một trung tâm nghiên cứu”, ông Kemal Arslan nói.",
            "2022-08-14",
            "ministry",
            ["quote", "person_no_role", "no_event"],
            persons=[per("Kemal Arslan", None)],
            events=[],
        ),
        h(
            n(),
            "Mốc chạy máy là năm 2023, theo Đại sứ Ukraine tại Ankara, ông Petro Hnatenko, người hôm 11/8 còn cho biết khu đất đã thuộc về hãng.",
            "2022-08-14",
            "ministry",
            [
                "person_role_before",
                "country_in_role",
                "foreign_city_nothing",
                "schedule_no_event",
                "land_purchase_no_deal",
                "no_event",
            ],
            persons=[per("Petro Hnatenko", "Đại sứ Ukraine tại Ankara")],
            locations=[country("Ukraine")],
            events=[],
        ),
        h(
            n(),
            "Theo IZ\n\nTin tiêu điểm\n\nĐừng bỏ lỡ",
            "2022-08-14",
            "ministry",
            ["source_line", "page_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly on FDI in 2023 (S8 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Bán dẫn, công nghệ cao và hàng có giá trị gia tăng lớn được dự báo sẽ hút phần lớn vốn ngoại vào Việt Nam thời gian tới.",
            "2023-07-12",
            "ministry",
            ["outlet_prefix_nothing", "forecast", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- FDI vào Đông Nam bộ: 38% tổng vốn cả nước\n- Hàn Quốc rót hàng tỉ USD cho dây chuyền chip mới",
            "2023-07-12",
            "ministry",
            [
                "related_links",
                "region_nothing",
                "vague_amount",
                "country_noun",
                "percentage",
                "multiline",
                "no_event",
            ],
            percentages=[38],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Vốn ngoại đăng ký nửa đầu năm 2023 giảm 5,1% xuống khoảng 12,9 tỉ USD, sau khi đã hụt 9% trong cả năm 2022, số liệu Tổng cục Thống kê cho thấy.",
            "2023-07-12",
            "ministry",
            ["statistics", "duration_no_count", "approx", "percentage", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(12.9 * B, "USD", approx=True)],
            percentages=[5.1, 9],
            events=[],
        ),
    ]
    # --- Vietnamese news: two firms' memorandum on drone delivery in the city's hi-tech park (S9 r1) ---
    rows += [
        h(
            n(),
            "Giao hàng thử bằng UAV trong Khu Công nghệ cao TP.HCM là nội dung bản ghi nhớ hợp tác mà Công ty TNHH Sao Bắc Drone và Công ty CP Thế Giới Số Phương Nam ký ngày 24/12.",
            "2025-12-26",
            "provincial",
            ["mou", "firm_pair", "object_first", "park_names_province", "deal_date"],
            firms=[f("Sao Bắc Drone", "Công ty TNHH"), f("Thế Giới Số Phương Nam", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[park("Khu Công nghệ cao TP.HCM")],
            deals=[deal("mou", ["Sao Bắc Drone", "Thế Giới Số Phương Nam"], None, HCM, "2025-12-24")],
            events=[ev("mou", [F("Sao Bắc Drone"), F("Thế Giới Số Phương Nam")], None, None, HCM, "signed")],
        ),
        h(
            n(),
            "Đại diện Sao Bắc Drone và Thế Giới Số Phương Nam trao văn bản ghi nhớ. |",
            "2025-12-26",
            "provincial",
            ["caption", "mou", "firm_pair", "short_names", "no_site"],
            firms=[f("Sao Bắc Drone"), f("Thế Giới Số Phương Nam")],
            deals=[deal("mou", ["Sao Bắc Drone", "Thế Giới Số Phương Nam"])],
            events=[ev("mou", [F("Sao Bắc Drone"), F("Thế Giới Số Phương Nam")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Trong đợt thử, một bên lo bay, bên kia lo hàng: Sao Bắc Drone giữ phần điều khiển và an toàn kỹ thuật, Thế Giới Số Phương Nam đưa hàng tới điểm cất cánh.",
            "2025-12-26",
            "provincial",
            ["nfd", "scope_no_second_deal", "short_names", "no_event"],
            firms=[f("Sao Bắc Drone"), f("Thế Giới Số Phương Nam")],
            events=[],
        ),
        h(
            n(),
            "Mỗi chuyến bay thử đều được báo trước cho cơ quan quản lý vùng trời, ông Đỗ Minh Triết, Giám đốc Sao Bắc Drone, cho biết tại lễ ký.",
            "2025-12-26",
            "provincial",
            ["reported_speech", "person_role_after", "no_event"],
            persons=[per("Đỗ Minh Triết", "Giám đốc Sao Bắc Drone")],
            firms=[f("Sao Bắc Drone")],
            events=[],
        ),
        h(
            n(),
            "Ông Lưu Quốc Thịnh, Tổng Giám đốc Công ty CP Thế Giới Số Phương Nam, muốn thử trước với phụ kiện điện thoại, loại hàng nhẹ và ít rủi ro.",
            "2025-12-26",
            "provincial",
            ["person_role_after", "firm_in_role", "no_event"],
            persons=[per("Lưu Quốc Thịnh", "Tổng Giám đốc Công ty CP Thế Giới Số Phương Nam")],
            firms=[f("Thế Giới Số Phương Nam", "Công ty CP")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a province and a group sign memoranda on a drone complex (S9 r3) ---
    rows += [
        h(
            n(),
            "Một khu liên hợp công nghệ UAV ở Đồng Tháp là mục tiêu của biên bản ghi nhớ mà Tập đoàn Hưng Vũ ký với UBND tỉnh Đồng Tháp chiều 12.12.",
            "2025-12-13",
            "provincial",
            ["mou_with_committee", "firm_investment_deal", "object_first", "date_dot", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            firms=[f("Hưng Vũ", "Tập đoàn")],
            provinces=[pv("Đồng Tháp")],
            deals=[deal("investment", ["Hưng Vũ"], None, DT, "2025-12-12")],
            events=[ev("mou", [G("UBND tỉnh Đồng Tháp"), F("Hưng Vũ")], None, None, DT, "signed")],
        ),
        h(
            n(),
            "Động cơ điện, pin và bo mạch cho UAV là ba nhóm linh kiện tỉnh muốn có nhà máy trong khu, bên cạnh một hầm gió để thử cánh quạt.",
            "2025-12-13",
            "provincial",
            ["plan_detail_no_deal", "bare_unit_word", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lễ ký biên bản ghi nhớ giữa lãnh đạo tỉnh Đồng Tháp và Hưng Vũ. ẢNH: MINH TÂM",
            "2025-12-13",
            "provincial",
            ["caption", "mou_with_province_leaders", "firm_investment_deal", "caps_photo_credit_person"],
            persons=[per("Minh Tâm", None)],
            firms=[f("Hưng Vũ")],
            provinces=[pv("Đồng Tháp")],
            deals=[deal("investment", ["Hưng Vũ"], None, DT)],
            events=[ev("mou", [G("tỉnh Đồng Tháp"), F("Hưng Vũ")], None, None, DT, "signed")],
        ),
        h(
            n(),
            "Theo kế hoạch của tỉnh, tới năm 2030 khu liên hợp phải có ít nhất một nhà máy lắp ráp UAV hoàn chỉnh.",
            "2025-12-13",
            "provincial",
            ["plan_no_investor_no_deal", "bare_unit_word", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a group's cooperation agreement with a Korean drone firm, and a chip order, signed in
    # Seoul (S9 r4) ---
    rows += [
        h(
            n(),
            "UAV vận tải do Tập đoàn Hưng Vũ làm ra sẽ được bán sang Hàn Quốc theo thoả thuận hợp tác mà Hưng Vũ ký với Skyvera, một công ty công nghệ drone của nước này, ngày 12/8 tại Seoul.",
            "2025-08-12",
            "ministry",
            [
                "cooperation_agreement_as_mou",
                "old_tone",
                "firm_pair",
                "object_first",
                "signed_abroad_no_site",
                "foreign_city_nothing",
                "deal_date",
            ],
            firms=[f("Hưng Vũ", "Tập đoàn"), f("Skyvera")],
            locations=[country("Hàn Quốc")],
            deals=[deal("mou", ["Hưng Vũ", "Skyvera"], None, None, "2025-08-12")],
            events=[ev("mou", [F("Hưng Vũ"), F("Skyvera")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Văn kiện hợp tác được các doanh nghiệp trao cho nhau trước sự chứng kiến của lãnh đạo hai nước. Ảnh: Ngọc Lâm/TTXVN",
            "2025-08-12",
            "ministry",
            ["caption", "witnesses_no_party", "photo_credit_person", "agency_nothing", "no_event"],
            persons=[per("Ngọc Lâm", None)],
            events=[],
        ),
        h(
            n(),
            "Dòng UAV chở hàng của Hưng Vũ UAV, công ty con của tập đoàn, mang được từ 50 đến 250 kg, tỷ lệ nội địa hoá khoảng 80%.",
            "2025-08-12",
            "ministry",
            ["subsidiary_apposition", "old_tone", "payload_no_count", "percentage", "approx", "no_event"],
            firms=[f("Hưng Vũ UAV")],
            percentages=[80],
            events=[],
        ),
        h(
            n(),
            "Cùng ngày, Hưng Vũ còn ký hợp đồng lắp ráp, kiểm thử và đóng gói 80 triệu chip cho Công ty Daon Semicon (Hàn Quốc).",
            "2025-08-12",
            "ministry",
            [
                "supply_contract",
                "seller_first",
                "relative_day_no_date",
                "count",
                "country_bracket",
                "no_site",
            ],
            firms=[f("Hưng Vũ"), f("Daon Semicon", "Công ty")],
            quantities=[c(80 * M, "chip")],
            locations=[country("Hàn Quốc")],
            deals=[deal("supply_contract", ["Hưng Vũ", "Daon Semicon"])],
            events=[ev("supply_contract", [F("Hưng Vũ"), F("Daon Semicon")], None, None, None, "signed")],
        ),
    ]
    # --- Vietnamese news: aircraft-parts makers in Việt Nam, mostly foreign-invested (S10 r1) ---
    rows += [
        h(
            n(),
            "Làm linh kiện máy bay ở Việt Nam hiện vẫn chủ yếu là sân của doanh nghiệp FDI, với nhiều tên tuổi lớn.",
            "2025-09-23",
            "ministry",
            ["lead", "unnamed_firms_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hơn 180 triệu USD đã được Tập đoàn Hanwha (Hàn Quốc) đổ vào Công ty TNHH Hanwha Aero Engines ở Khu Công nghệ cao Hòa Lạc, nhà máy động cơ máy bay đầu tiên của Việt Nam, và tập đoàn tính nâng lên 240 triệu USD.",
            "2025-09-23",
            "ministry",
            [
                "recalled_investment",
                "deal_no_event",
                "raise_to_total_announced",
                "amount_first",
                "passive",
                "park_no_province",
                "country_bracket",
                "ordinal_not_count",
                "approx",
            ],
            firms=[f("Hanwha", "Tập đoàn"), f("Hanwha Aero Engines", "Công ty TNHH")],
            money=[m(180 * M, "USD", approx=True), m(240 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu Công nghệ cao Hòa Lạc")],
            deals=[deal("investment", ["Hanwha"], 180 * M), deal("investment", ["Hanwha"])],
            events=[ev("investment_announcement", [F("Hanwha")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Doanh thu năm 2024 của nhà máy, vốn đã xong cả hai giai đoạn, vào khoảng 150 triệu USD (hơn 3.700 tỷ đồng).",
            "2025-09-23",
            "ministry",
            ["revenue_no_deal", "no_firm", "conversion", "approx", "count_in_words", "no_event"],
            money=[m(150 * M, "USD", approx=True), m(3700 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Aerolec (Pháp) thì lập Công ty TNHH Sentra Avionics Việt Nam, chuyên cảm biến và bộ dây điện cho ngành hàng không, với vốn đăng ký ban đầu 15 triệu USD.",
            "2025-09-23",
            "ministry",
            [
                "recalled_investment",
                "deal_no_event",
                "parent_sets_up_unit",
                "vietnam_dropped",
                "country_bracket",
                "no_site",
            ],
            firms=[f("Aerolec", "Tập đoàn"), f("Sentra Avionics", "Công ty TNHH")],
            money=[m(15 * M, "USD")],
            locations=[country("Pháp")],
            deals=[deal("investment", ["Aerolec"], 15 * M)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 6 triệu USD và 17 ha trong KCN Nội Bài là những gì Kansai Aerospace Việt Nam, con của một tập đoàn cơ khí Nhật, bỏ ra năm 2008 để làm cánh tà máy bay.",
            "2025-09-23",
            "ministry",
            [
                "recalled_investment",
                "amount_first",
                "deal_no_event",
                "vietnam_dropped",
                "country_word",
                "park_no_province",
                "area",
                "approx",
            ],
            firms=[f("Kansai Aerospace")],
            money=[m(6 * M, "USD", approx=True)],
            areas=[ha(17)],
            locations=[country("Nhật"), park("Khu công nghiệp Nội Bài")],
            deals=[deal("investment", ["Kansai Aerospace"], 6 * M)],
            events=[],
        ),
        h(
            n(),
            "Ở Đà Nẵng, một công ty con của Tập đoàn Cascade Aerostructures (Mỹ) làm linh kiện máy bay trong dự án 150 triệu USD.",
            "2025-09-23",
            "ministry",
            ["recalled_investment", "deal_no_event", "country_bracket", "province_of_unit_site"],
            firms=[f("Cascade Aerostructures", "Tập đoàn")],
            provinces=[pv("Đà Nẵng")],
            money=[m(150 * M, "USD")],
            locations=[country("Mỹ")],
            deals=[deal("investment", ["Cascade Aerostructures"], 150 * M, DNg)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a roundtable on the aviation supply chain (S10 r3) ---
    rows += [
        h(
            n(),
            "Giá một con bu lông càng máy bay, chừng 120 USD, nói lên độ khó của chuẩn hàng không hơn mọi bài giảng, một đại biểu ví von.",
            "2025-12-18",
            "ministry",
            ["price_of_item", "approx", "no_event"],
            money=[m(120, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Ông Phùng Văn Hậu, Tổng Giám đốc Công ty CP Kỹ thuật Hàng không Phương Đông (OAEC), đếm được chừng 6 doanh nghiệp trong nước đã làm cấu kiện khung máy bay.",
            "2025-12-18",
            "ministry",
            ["person_role_after", "speaker_first", "acronym_bracket_not_firm", "count", "approx", "no_event"],
            persons=[per("Phùng Văn Hậu", "Tổng Giám đốc Công ty CP Kỹ thuật Hàng không Phương Đông")],
            firms=[f("Kỹ thuật Hàng không Phương Đông", "Công ty CP")],
            quantities=[c(6, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Những mảng đắt giá nhất, như điện tử hàng không hay vật liệu đặc chủng, thì doanh nghiệp Việt gần như chưa chạm tới, theo ông Hậu.",
            "2025-12-18",
            "ministry",
            ["reported_speech", "given_name_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: Hà Nội's aviation-industry fair (S10 r4) ---
    rows += [
        h(
            n(),
            "Hà Nội mở cửa cho doanh nghiệp vào chuỗi cung ứng hàng không\n\n0:00 / 0:00\n0:00\nDoanh nghiệp gặp nhau tại hội chợ quốc tế về sản xuất và cung ứng trong công nghiệp hàng không.\nDoanh nghiệp gặp nhau tại hội chợ quốc tế về sản xuất và cung ứng trong công nghiệp hàng không.",
            "2023-04-03",
            "provincial",
            ["headline", "audio_player_chrome", "caption_repeated", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Trong danh sách nhà cung cấp của Airbus, Việt Nam mới góp hai cái tên là Công ty TNHH Meridian Aero và Công ty TNHH Kisoku.",
            "2023-04-03",
            "provincial",
            ["nfd", "supplier_status_no_deal", "brand_firm", "count_in_words", "no_event"],
            firms=[f("Airbus"), f("Meridian Aero", "Công ty TNHH"), f("Kisoku", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Một con ốc muốn lên máy bay phải có giấy phê chuẩn, điều mà ngành ô tô hay điện tử không đòi hỏi khắt khe đến vậy.",
            "2023-04-03",
            "provincial",
            ["explainer_line", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the 4,000-drone memorandum with an unnamed Korean firm, and its progress (S13 r1-r3) ---
    rows += [
        h(
            n(),
            " date 2025-08-13 Hưng Vũ ký ghi nhớ bán 4.000 UAV cho đối tác Hàn Quốc\n\nPhía mua là một công ty công nghệ UAV mới nổi của Hàn Quốc, chưa được nêu tên; bản ghi nhớ với Tập đoàn Hưng Vũ được ký tại Seoul ngày 12/8.",
            "2025-08-13",
            "ministry",
            [
                "headline_lead",
                "mou_unnamed_partner_no_deal",
                "headline_short_name",
                "foreign_city_nothing",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Hưng Vũ", "Tập đoàn")],
            quantities=[c(4000, "UAV")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo cấp cao hai nước có mặt khi hai bên trao văn bản, trong khuôn khổ một diễn đàn doanh nghiệp Việt Nam - Hàn Quốc.",
            "2025-08-13",
            "ministry",
            ["event_context", "witnesses_no_party", "country_noun", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Từ tưới cây, chở hàng hoá tới thả đồ cứu trợ, danh sách việc UAV làm được dài thêm mỗi năm, bài viết nhận định.",
            "2025-08-13",
            "ministry",
            ["generic_list", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch Hưng Vũ kể chuyện đơn 4.000 UAV cho khách hàng Hàn Quốc\n\n29-09-2025 - 08:41 AM | Doanh nghiệp\n\nTiến độ đơn hàng UAV vận tải xuất sang Hàn Quốc vừa được ông Tôn Thất Khang, Chủ tịch Tập đoàn Hưng Vũ, cập nhật.",
            "2025-09-29",
            "ministry",
            [
                "headline_short_name",
                "timestamp_line",
                "section_label",
                "person_role_after",
                "passive",
                "count",
                "multiline",
                "no_event",
            ],
            persons=[per("Tôn Thất Khang", "Chủ tịch Tập đoàn Hưng Vũ")],
            firms=[f("Hưng Vũ", "Tập đoàn")],
            quantities=[c(4000, "UAV")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Gần như mọi chiếc UAV làm ở Việt Nam đều cần phụ tùng Trung Quốc vì ngành phụ trợ trong nước chưa có, ông Khang thừa nhận tại buổi cà phê doanh nhân của Hiệp hội Doanh nghiệp TP.HCM sáng 27-9.",
            "2025-09-29",
            "ministry",
            ["reported_speech", "given_name_no_person", "province_in_org_name", "country_noun", "no_event"],
            organizations=["Hiệp hội Doanh nghiệp TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ông Tôn Thất Khang (cầm micro) tại buổi toạ đàm.",
            "2025-09-29",
            "ministry",
            ["caption", "old_tone", "person_no_role", "no_event"],
            persons=[per("Tôn Thất Khang", None)],
            events=[],
        ),
        h(
            n(),
            "TPO - Hàn Quốc, một trong những thị trường công nghệ khó tính nhất, sẽ nhận 4.000 máy bay vận tải không người lái làm tại Việt Nam.",
            "2025-08-12",
            "ministry",
            ["outlet_prefix_nothing", "unnamed_firm_no_deal", "count", "country_noun", "no_event"],
            quantities=[c(4000, "máy bay vận tải không người lái")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a minister at a drone maker; drones over Shenzhen (S14 r2, S14 r3) ---
    rows += [
        h(
            n(),
            " date 2026-03-12 Việt Nam đủ điều kiện thành trung tâm sản xuất drone, Bộ trưởng Khoa học và Công nghệ Hoàng Đức Thắng nói trong buổi làm việc với Vân Long đầu tháng 3.",
            "2026-03-12",
            "ministry",
            ["page_date_chrome", "person_role_before", "working_session_no_deal", "short_name", "no_event"],
            persons=[per("Hoàng Đức Thắng", "Bộ trưởng Khoa học và Công nghệ")],
            firms=[f("Vân Long")],
            events=[],
        ),
        h(
            n(),
            "Ảnh: Quốc Bảo\nBộ trưởng Hoàng Đức Thắng (giữa) nghe kỹ sư giới thiệu bộ điều khiển bay, tháng 8/2025.",
            "2026-03-12",
            "ministry",
            [
                "nfd",
                "caption",
                "credit_first",
                "person_role_before",
                "photo_credit_person",
                "month_no_date",
                "multiline",
                "no_event",
            ],
            persons=[per("Quốc Bảo", None), per("Hoàng Đức Thắng", "Bộ trưởng")],
            events=[],
        ),
        h(
            n(),
            "Phần lớn linh kiện một chiếc drone cần, từ motor tới pin, được làm trong bán kính vài giờ bay quanh Việt Nam, ông Thắng lập luận.",
            "2026-03-12",
            "ministry",
            ["given_name_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2025-06 Cơm hộp đến bằng đường không đã là chuyện thường ở Thâm Quyến, nơi drone còn chở mẫu xét nghiệm giữa các bệnh viện.",
            "2025-06-20",
            "ministry",
            ["page_date_chrome", "foreign_city_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thành phố tự gọi mình là “thành phố bầu trời” và coi các chuyến bay dưới 1.000 m là một nền kinh tế riêng.",
            "2025-06-20",
            "ministry",
            ["bare_unit_word", "altitude_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Khách của chúng tôi giờ là trường học và đội cứu hỏa, không chỉ có quân đội”, ông Lý Minh Hạo, Giám đốc tiếp thị của Jinfeng UAV, nói.",
            "2025-06-20",
            "ministry",
            ["quote", "person_role_after", "foreign_firm_bare", "no_event"],
            persons=[per("Lý Minh Hạo", "Giám đốc tiếp thị của Jinfeng UAV")],
            firms=[f("Jinfeng UAV")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a drone maker's plant planned in the city's hi-tech park, told by an investment magazine,
    # its repost and a business magazine's megastory (S15 r2-r4) ---
    rows += [
        h(
            n(),
            "31/10/2024 lúc 14:42\n\nGiấc mơ drone Việt và khoản đầu tư 22 triệu USD\n\nTừ tuổi thơ nhặt ve chai bên kênh Tàu Hũ, Trịnh Gia Khải nay đứng đầu một công ty làm thiết bị bay không người lái có tiếng.",
            "2024-10-31",
            "ministry",
            [
                "repost_page",
                "timestamp_line",
                "headline_amount_no_firm",
                "person_no_role",
                "multiline",
                "no_event",
            ],
            persons=[per("Trịnh Gia Khải", None)],
            money=[m(22 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Mẫu drone Kestrel trong xưởng lắp ráp của công tyy\nẢnh: Nhịp cầu đầu tư",
            "2024-10-31",
            "ministry",
            [
                "caption",
                "typo",
                "outlet_credit_nothing",
                "product_name_no_firm",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Công Nghệ\n\nGiấc mơ drone Việt và khoản đầu tư 22 triệu USD\n\nMai Hương Thứ Năm | 31/10/2024 06:30",
            "2024-10-31",
            "ministry",
            [
                "section_label",
                "headline_amount_no_firm",
                "byline_person",
                "timestamp_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Mai Hương", None)],
            money=[m(22 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Tối thiểu 22 triệu USD sẽ được Vân Long dồn vào nhà máy drone ở Khu Công nghệ cao TP.HCM, công trình chỉ còn chờ vài thủ tục trước khi khởi công.",
            "2024-10-31",
            "ministry",
            [
                "nfd",
                "planned_groundbreaking",
                "announced_investment",
                "amount_first",
                "passive",
                "minimum_amount_approx",
                "park_names_province",
                "short_name",
            ],
            firms=[f("Vân Long")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(22 * M, "USD", approx=True)],
            locations=[park("Khu Công nghệ cao TP.HCM")],
            deals=[deal("investment", ["Vân Long"], 22 * M, HCM)],
            events=[ev("investment_announcement", [F("Vân Long")], 22 * M, "USD", HCM, "announced")],
        ),
        h(
            n(),
            "TS. Trịnh Gia Khải (58 tuổi), Tổng giám đốc Công ty Trách nhiệm Hữu hạn Vân Long Robotics Inc, cho rằng tiền ngân sách nên đi theo sáng chế, không theo hồ sơ xin vốn.",
            "2024-10-31",
            "ministry",
            [
                "opinion_no_deal",
                "person_role_after",
                "full_form_spelled_out",
                "inc_kept",
                "age_no_count",
                "no_event",
            ],
            persons=[
                per("Trịnh Gia Khải", "Tổng giám đốc Công ty Trách nhiệm Hữu hạn Vân Long Robotics Inc")
            ],
            firms=[f("Vân Long Robotics Inc", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Tiền thuê 28 triệu đồng mỗi tháng cho một căn nhà cấp bốn ở TP. Thủ Đức là khoản mặt bằng lớn nhất của Vân Long lúc ấy; xưởng, phòng thiết kế và phòng thử đều chen trong đó.",
            "2023-05-22",
            "ministry",
            ["megastory", "rent_money_per_month", "city_unit_district", "short_name", "no_event"],
            firms=[f("Vân Long")],
            money=[m(28 * M, "VND", "mỗi tháng")],
            locations=[district("TP. Thủ Đức")],
            events=[],
        ),
        h(
            n(),
            "Một công ty điện lực ở Mỹ là người nhận lô hàng kế tiếp; các kỹ sư vừa kiểm tra xong từng chiếc trước khi niêm phong thùng.",
            "2023-05-22",
            "ministry",
            ["megastory", "unnamed_buyer_no_deal", "country_noun", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a drone show in Busan (S16 r1) ---
    rows += [
        h(
            n(),
            "Busan đón triển lãm drone quy mô nhất châu Á\n\n“Drone Show Korea 2025” mở cửa tại trung tâm BEXCO từ ngày 26/2 đến hết 1/3.",
            "2025-02-27",
            "ministry",
            ["headline_lead", "foreign_city_nothing", "region_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiệp hội Hệ thống không người lái Hàn Quốc đứng ra tổ chức, cùng chính quyền Busan và bốn bộ của Hàn Quốc.",
            "2025-02-27",
            "ministry",
            ["organiser_no_deal", "country_in_org_name", "count_in_words", "country_noun", "no_event"],
            organizations=["Hiệp hội Hệ thống không người lái Hàn Quốc"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "905 gian hàng của 241 doanh nghiệp từ 12 nước góp mặt ở kỳ thứ 9 này.\n\nBài viết liên quan  Seoul siết quy định bay drone gần sân bay",
            "2025-02-27",
            "ministry",
            ["statistics", "ordinal_not_count", "count", "related_link_inserted", "multiline", "no_event"],
            quantities=[c(241, "doanh nghiệp"), c(12, "nước"), c(905, "gian hàng")],
            events=[],
        ),
    ]
    # --- English copy: an economic daily's English edition on the 4,000-drone memorandum (S13 r4) ---
    rows += [
        h(
            n(),
            "August 14, 2025 | 08:10\n\nSouth Korean buyers line up for Vietnamese cargo drones and chips\n\nThu Ha",
            "2025-08-14",
            "ministry",
            [E, "timestamp_line", "headline", "byline_person", "adjectives_nothing", "multiline", "no_event"],
            persons=[per("Thu Ha", None)],
            events=[],
        ),
        h(
            n(),
            "The memorandum, signed on August 12 at a business forum in Seoul, commits an unnamed South Korean UAV start-up to buy cargo drones from Vietnam's Hung Vu Group.",
            "2025-08-14",
            "ministry",
            [
                E,
                "mou_unnamed_partner_no_deal",
                "adjectives_nothing",
                "foreign_city_nothing",
                "group_kept",
                "no_event",
            ],
            firms=[f("Hung Vu Group")],
            events=[],
        ),
        h(
            n(),
            "Four in five parts of the group's cargo drones are made at home, says Hung Vu UAV, whose heaviest model lifts 250 kg.",
            "2025-08-14",
            "ministry",
            [E, "fraction_in_words_no_percentage", "payload_no_count", "no_event"],
            firms=[f("Hung Vu UAV")],
            events=[],
        ),
        h(
            n(),
            "A separate order covers 80 million semiconductor chips, also for a Korean buyer.",
            "2025-08-14",
            "ministry",
            [E, "unnamed_buyer_no_deal", "count", "adjectives_nothing", "no_event"],
            quantities=[c(80 * M, "semiconductor chips")],
            events=[],
        ),
    ]
    # --- English copy: a broadcaster's English site and a Chinese portal on Vietnam's drone market (S17 r1 = S18 r3,
    # S17 r2) ---
    rows += [
        h(
            n(),
            "By 2035 the drone sector should bring in US$12 billion a year and employ 1.2 million people, experts say, starting from a home market of US$2.5-3.5 billion in 2030.",
            "2025-12-22",
            "ministry",
            [E, "targets_no_deal", "money_range", "money_per_year", "count", "no_event"],
            money=[m(12 * B, "USD", "a year"), m(2.5 * B, "USD"), m(3.5 * B, "USD")],
            quantities=[c(1.2 * M, "people")],
            events=[],
        ),
        h(
            n(),
            "Global UAV sales are forecast at US$135 billion in 2030 and US$680 billion by 2035, according to Markets & Markets and PwC.",
            "2025-12-22",
            "ministry",
            [E, "forecast", "research_firms", "no_event"],
            firms=[f("Markets & Markets"), f("PwC")],
            money=[m(135 * B, "USD"), m(680 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "One machine sprays 55-65 hectares a day, which helps explain why the Mekong Delta's 1.6 million hectares of farmland now keep more than 3,400 drones busy.",
            "2025-12-22",
            "ministry",
            [E, "count", "approx", "area", "productivity_no_area", "region_nothing", "no_event"],
            quantities=[c(3400, "drones", True)],
            areas=[ha(1.6 * M)],
            events=[],
        ),
        h(
            n(),
            "Delivery trials in Cao Bang, Bac Kan and Ha Giang provinces showed drones cutting hours off trips over rough terrain.",
            "2025-12-22",
            "ministry",
            [E, "unaccented_province", "province_list", "trial_no_deal", "no_event"],
            provinces=[pv("Cao Bằng"), pv("Bắc Kạn"), pv("Hà Giang")],
            events=[],
        ),
        h(
            n(),
            "Up to 20 hours aloft, 60-120 metres high and a 5-kilometre signal radius: that is what Viettel's relay drones gave flood-hit villages, said Lieut. Gen. Pham Quang Duc, Chairman and General Director of Viettel.",
            "2025-12-22",
            "ministry",
            [
                E,
                "person_role_after",
                "rank_before_name",
                "dimensions_no_count",
                "possessive_firm",
                "no_event",
            ],
            persons=[per("Pham Quang Duc", "Chairman and General Director of Viettel")],
            firms=[f("Viettel")],
            events=[],
        ),
        h(
            n(),
            "Southeast Asia Trade Window (www.seatradewin.com) reports that Vietnam wants its drone market past US$2.5-3.5 billion by 2030.",
            "2025-12-24",
            "ministry",
            [E, "foreign_portal", "site_name_nothing", "money_range", "target_no_deal", "no_event"],
            money=[m(2.5 * B, "USD"), m(3.5 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "South Korea is where the 4,000 heavy-duty drones that Hung Vu Group agreed in August 2025 to export are headed.",
            "2025-12-24",
            "ministry",
            [
                E,
                "foreign_portal",
                "unnamed_buyer_no_deal",
                "month_no_date",
                "count",
                "country_noun",
                "no_event",
            ],
            firms=[f("Hung Vu Group")],
            quantities=[c(4000, "heavy-duty drones")],
            locations=[country("South Korea")],
            events=[],
        ),
    ]
    # --- English copy: a tech group's chairman on a drone industry for Ho Chi Minh City (S17 r3) ---
    rows += [
        h(
            n(),
            "A UAV industry worth $12 billion within ten years, with about 1.1 million jobs, is what an alliance for the low-altitude economy wants to build with Ho Chi Minh City, Le Trong Nghia, Chairman of Sao Viet Technology Group, told the city's leaders on December 8.",
            "2025-12-09",
            "ministry",
            [
                E,
                "person_role_after",
                "target_first",
                "target_no_deal",
                "count",
                "approx",
                "group_kept",
                "no_event",
            ],
            persons=[per("Le Trong Nghia", "Chairman of Sao Viet Technology Group")],
            firms=[f("Sao Viet Technology Group")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(12 * B, "USD")],
            quantities=[c(1.1 * M, "jobs", True)],
            events=[],
        ),
        h(
            n(),
            "That would take growth of 55-65% a year, about twice the world's pace, he said.",
            "2025-12-09",
            "ministry",
            [E, "percentage_range", "no_event"],
            percentages=[55, 65],
            events=[],
        ),
        h(
            n(),
            "Citing Japanese partners, Nghia said Tokyo would soon name 15 strategic technologies and had put Vietnam at the top of its Southeast Asian list.",
            "2025-12-09",
            "ministry",
            [E, "adjectives_nothing", "capital_city_nothing", "surname_alone_no_person", "count", "no_event"],
            quantities=[c(15, "strategic technologies")],
            events=[],
        ),
    ]
    # --- English copy: a news site's English edition on the group's drone unit (S17 r4 = S18 r2) ---
    rows += [
        h(
            n(),
            "Skyra, the drone venture Hung Vu Group set up in 2019, lasted just two years before money troubles and the pandemic closed it.",
            "2026-02-16",
            "ministry",
            [E, "recalled_founding", "deal_no_event", "no_amount", "closed_venture", "group_kept", "no_site"],
            firms=[f("Hung Vu Group"), f("Skyra")],
            deals=[deal("investment", ["Hung Vu Group"])],
            events=[],
        ),
        h(
            n(),
            "Spare batteries were swapped on a boat so the drones could go straight back up, said Dinh Van Luc, head of the rescue team.",
            "2026-02-16",
            "ministry",
            [E, "person_role_after", "no_event"],
            persons=[per("Dinh Van Luc", "head of the rescue team")],
            events=[],
        ),
        h(
            n(),
            "Buyers in South Korea and the US are now among the company's customers.",
            "2026-02-16",
            "ministry",
            [E, "country_list", "unnamed_buyers_no_deal", "no_event"],
            locations=[country("South Korea"), country("US")],
            events=[],
        ),
    ]
    # --- English copy: a national daily's Q&A with an aviation engineer (S18 r1) ---
    rows += [
        h(
            n(),
            "Drones could lift growth if localisation catches up\n\nFebruary 20, 2026 - 10:12\nAviation engineer Tran Quoc Vinh explains to Việt Nam News where local drone makers stand.",
            "2026-02-20",
            "ministry",
            [
                E,
                "headline",
                "timestamp_line",
                "person_role_before",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Tran Quoc Vinh", "Aviation engineer")],
            events=[],
        ),
        h(
            n(),
            "Drones spraying a rice field in the Mekong Delta. VNA/VNS Photo Lam Thanh Tung",
            "2026-02-20",
            "ministry",
            [E, "caption", "agency_photo_credit_person", "region_nothing", "no_event"],
            persons=[per("Lam Thanh Tung", None)],
            events=[],
        ),
        h(
            n(),
            "Flight controllers and radio links are the parts a Vietnamese maker is least likely to build itself, Vinh said; airframes are another matter.",
            "2026-02-20",
            "ministry",
            [E, "imports_no_deal", "given_name_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "DJI holds some 75-85 per cent of Vietnam's farm-drone market, in his estimate.",
            "2026-02-20",
            "ministry",
            [E, "brand_firm", "percentage_range", "no_event"],
            firms=[f("DJI")],
            percentages=[75, 85],
            events=[],
        ),
    ]
    # --- English copy: US drone makers' Chinese parts (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "US defence drones, Chinese insides\n\nViewers of Corvid Dynamics' new strike-drone video needed only a day to spot an engine that looked Chinese-made.",
            "2025-03-18",
            "ministry",
            [E, "repost_page", "headline_lead", "adjectives_nothing", "multiline", "no_event"],
            firms=[f("Corvid Dynamics")],
            events=[],
        ),
        h(
            n(),
            "Close to 88 percent of commercial drones sold worldwide come from China, and so do most of their batteries and radios, research firm Drone Market Insights estimates.",
            "2025-03-18",
            "ministry",
            [E, "country_noun", "research_firm", "percentage", "approx", "no_event"],
            firms=[f("Drone Market Insights")],
            percentages=[88],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Production units will be free of Chinese components, Corvid's chief executive, Wyatt Hale, insisted to Forbes.",
            "2025-03-18",
            "ministry",
            [E, "possessive_role", "outlet_nothing", "adjectives_nothing", "no_event"],
            persons=[per("Wyatt Hale", "Corvid's chief executive")],
            firms=[f("Corvid")],
            events=[],
        ),
        h(
            n(),
            "Motor, camera and battery suppliers sit within a short drive of each other in Shenzhen, which is why its drones are cheap.",
            "2024-06-20",
            "ministry",
            [E, "blog_essay", "foreign_city_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Several hundred Ukrainian jobs are promised by a plant that Turkey's best-known drone exporter has started building there.",
            "2024-06-20",
            "ministry",
            [
                E,
                "blog_essay",
                "unnamed_firm_no_deal",
                "vague_count",
                "country_possessive",
                "adjectives_nothing",
                "no_event",
            ],
            locations=[country("Turkey")],
            events=[],
        ),
        h(
            n(),
            "The Department of Defense's 2021 industrial capabilities report put drone-related spending at $3.4 billion for the fiscal year.",
            "2021-04-02",
            "ministry",
            [E, "possessive_org", "budget_money", "no_event"],
            organizations=["Department of Defense"],
            money=[m(3.4 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "DJI's share of the US market fell to 66%, five points lower than two years earlier, a sector report found.",
            "2021-04-02",
            "ministry",
            [E, "brand_firm", "possessive_firm", "country_noun", "percentage", "no_event"],
            firms=[f("DJI")],
            percentages=[66],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Shipments of Chinese drone motors, batteries and flight controllers to the US and Europe have been cut or stopped, Bloomberg says, as tighter export rules loom.",
            "2024-12-10",
            "ministry",
            [
                E,
                "one_line_item",
                "adjectives_nothing",
                "outlet_nothing",
                "region_nothing",
                "country_noun",
                "no_event",
            ],
            locations=[country("US")],
            events=[],
        ),
    ]
    # --- English copy: a defence group and the science academy; a drone agreement with a Finnish firm told by three
    # sites (S20 r1-r4) ---
    rows += [
        h(
            n(),
            "Satellites and drones top the list of work that Viettel and the Vietnam Academy of Science and Technology (VAST) will share under the deal, which also covers materials, automation and staff training.",
            "2019-03-08",
            "ministry",
            [E, "mou_firm_academy", "event_no_deal", "acronym_bracket_not_org", "no_site"],
            firms=[f("Viettel")],
            organizations=["Vietnam Academy of Science and Technology"],
            events=[
                ev(
                    "mou",
                    [F("Viettel"), O("Vietnam Academy of Science and Technology")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Translated by Minh Anh",
            "2019-03-08",
            "ministry",
            [E, "translator_person", "no_event"],
            persons=[per("Minh Anh", None)],
            events=[],
        ),
        h(
            n(),
            "JavaScript is off. Please enable to view full site.\n\nFinnish know-how for Vietnamese drones\n\nWednesday, December 4, 2013, 10:15 GMT+7",
            "2013-12-04",
            "ministry",
            [
                E,
                "page_chrome",
                "headline",
                "adjectives_nothing",
                "timestamp_line",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "The Vietnam Aerospace Association (VASA) and Finland's Nordic Drone Works signed a cooperation agreement in Hanoi on December 2 to build unmanned aerial vehicles in three phases.",
            "2013-12-04",
            "ministry",
            [
                E,
                "mou_org_firm",
                "event_no_deal",
                "cooperation_agreement_as_mou",
                "signed_in_city_site",
                "country_possessive",
                "acronym_bracket_not_org",
            ],
            firms=[f("Nordic Drone Works")],
            organizations=["Vietnam Aerospace Association"],
            provinces=[pv("Hà Nội")],
            locations=[country("Finland")],
            events=[
                ev(
                    "mou",
                    [O("Vietnam Aerospace Association"), F("Nordic Drone Works")],
                    None,
                    None,
                    HN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Three Falcon-2 drones are to be assembled in the first phase with Finnish money, equipment and engineers.",
            "2013-12-04",
            "ministry",
            [
                E,
                "phase_detail_no_deal",
                "adjectives_nothing",
                "count_in_words",
                "ordinal_not_count",
                "product_name_no_firm",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "(VOV) - An agreement signed in Hanoi on December 2 puts Nordic Drone Works behind Vietnam's plan to make its own drones, with the Vietnam Aerospace Association as the Vietnamese signatory.",
            "2013-12-03",
            "ministry",
            [
                E,
                "outlet_prefix_nothing",
                "mou_org_firm",
                "event_no_deal",
                "object_first",
                "firm_first",
                "signed_in_city_site",
            ],
            firms=[f("Nordic Drone Works")],
            organizations=["Vietnam Aerospace Association"],
            provinces=[pv("Hà Nội")],
            events=[
                ev(
                    "mou",
                    [F("Nordic Drone Works"), O("Vietnam Aerospace Association")],
                    None,
                    None,
                    HN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Sea, coast and border patrols are where drones would earn their keep first, VASA President Tran Van Hieu said, pointing to some 3,200 km of coastline.",
            "2013-12-03",
            "ministry",
            [E, "person_role_before", "acronym_org", "distance_no_count", "no_event"],
            organizations=["VASA"],
            persons=[per("Tran Van Hieu", "VASA President")],
            events=[],
        ),
        h(
            n(),
            "At the Hanoi ceremony the agreement bore the signatures of Nordic Drone Works officials and of Professor Tran Van Hieu, president of VASA.",
            "2013-12-05",
            "ministry",
            [
                E,
                "mou_org_firm",
                "event_no_deal",
                "signers_as_persons",
                "person_role_after",
                "signed_in_city_site",
            ],
            firms=[f("Nordic Drone Works")],
            organizations=["VASA"],
            persons=[per("Tran Van Hieu", "president of VASA")],
            provinces=[pv("Hà Nội")],
            events=[ev("mou", [O("VASA"), F("Nordic Drone Works")], None, None, HN, "signed")],
        ),
        h(
            n(),
            "The world UAV market, worth some 8 billion USD a year, has more than 40 countries making aircraft.\n\nvna",
            "2013-12-04",
            "ministry",
            [E, "count", "approx", "money_per_year", "agency_credit_nothing", "multiline", "no_event"],
            quantities=[c(40, "countries", True)],
            money=[m(8 * B, "USD", "a year", approx=True)],
            events=[],
        ),
    ]
    return rows
