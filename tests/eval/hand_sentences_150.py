# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 150 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: water treatment equipment, filtration, membranes and environmental
equipment makers and their plants in Vietnam (pumps and valves left out: batch 135 had them). Written and annotated for
every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered
S1-S20 in the section comments: S1 "nhà máy sản xuất màng lọc nước khu công nghiệp vốn đầu tư", S2 "thiết bị xử lý nước
thải doanh nghiệp Việt Nam sản xuất trong nước", S3 "khánh thành nhà máy xử lý nước thải tập trung khu công nghiệp", S4
"màng lọc RO UF nhà máy Việt Nam đầu tư sản xuất", S5 "công ty môi trường ký hợp đồng cung cấp hệ thống xử lý nước", S6
"nhà máy nước sạch khởi công tổng vốn đầu tư tỷ đồng công suất", S7 "thiết bị lọc bụi xử lý khí thải doanh nghiệp chế tạo
Việt Nam", S8 "doanh nghiệp Nhật Bản công nghệ xử lý nước ký biên bản ghi nhớ hợp tác", S9 "hóa chất xử lý nước PAC nhà
máy sản xuất đầu tư công suất tấn/năm", S10 "trao giấy chứng nhận đăng ký đầu tư dự án sản xuất thiết bị môi trường khu
công nghiệp", S11 "phát triển ngành công nghiệp môi trường quyết định thiết bị xử lý chất thải doanh nghiệp", S12 "nhà máy
đốt rác phát điện thiết bị ký kết hợp đồng nhà thầu", S13 "bồn composite thiết bị lọc nước công ty sản xuất xưởng mở
rộng", S14 "nhà máy xử lý nước thải công suất m3/ngày đêm chủ đầu tư công ty cổ phần vận hành", S15 "mua lại cổ phần công
ty cấp nước môi trường thương vụ", S16 "khởi công nhà máy sản xuất máy lọc nước thiết bị lọc khu công nghiệp", and in
English S17 "Vietnam water treatment membrane factory investment industrial park", S18 "wastewater treatment equipment
company Vietnam contract signed", S19 "Vietnam environmental equipment manufacturer opens plant", S20 "Vietnam water
company acquisition stake filtration". No sentence is taken or paraphrased from a page; the shapes are. Firm, plant,
park, school, person and byline names are invented (KCN Phước Thiện, Tân Trường B and Phát triển hạ tầng Hồng Châu,
Khu chế xuất Tân Phú Trung, Trường Đại học Kỹ thuật Biên Hòa, Viện Kỹ thuật Môi trường Miền Trung, Thức ăn Chăn nuôi Phú
Hưng, Xây dựng Môi trường Seowon Eco, Ariake Kogyo and Đại học Kyushu Tây, Cấp nước Sông Thao, Cấp nước Bạch Đằng and
the water bureau of "Minamiura", the city "Kanazaki" with Liên đoàn Kinh tế vùng Hokuriku and Hokusei Plant Engineering,
Nước Đông Phương, Nhựa Đông Phương, Hạ tầng Nước Phương Nam and its units, Nước Lái Thiêu / LTW, Long Thành Xanh, Sông
Dinh, Nước sạch Sông Mã, Xây dựng Bạch Mai, Oceanus Water, Siam Aqua Utilities / SAU Water Holdings, Nước mặt sông Cầu /
Song Cau Surface Water, Nước Kinh Bắc Xanh / Kinh Bac Xanh Water Group, Đầu tư Nước Hoàng Gia / Hoang Gia Water, Cấp thoát
nước Tây Đô, Hòa Nguyên, Merlion Water Ventures, HydroTan, Hydrosep, Tan Phu Water Technology, Rheinauer Wasser,
SongHau Aqua Corporation, Vandermeer Water Technology, Phuong Nam Environment Engineering, Dowasco, Hung Long Group,
Weissbach Wassertechnik, Grunwald Recycling, Merrow Consulting, Phu Lam Engineering, Hoang Phuc Textile, Luzon Water and
its Asia unit, Saigon Hydro Infrastructure Corporation / SHI, Tan Thoi 2, Daeho Water Resources Corporation, Hiep Phuoc
Water, Tanjung Water Holdings, Hau Giang Water Supply, every official, author, student, photographer and byline); well-
known names (the ministries, Thủ tướng Chính phủ, Ban Kinh tế Trung ương, Học viện Nông nghiệp Việt Nam, Đại học Huế,
Đại học Cần Thơ, Trường Đại học Bách khoa TP.HCM, NEDO, MOSTE, the parks Quế Võ, Quang Châu, Châu Sơn, Nam Tân Uyên
mở rộng and the Đà Nẵng hi-tech park, decrees 08/2022/NĐ-CP and 35/2022/NĐ-CP cited by number) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 55 distinct pages; a student report on PAC and membrane filtration
filled five slots, a translation site's bilingual line three, an export-processing zone's wastewater page three, a US
export-market plan three, the Polish spam domains eleven): 13 slots were keyword spam (Polish and Italian domains with
sand-crusher, cement-silo, ferro-silicon and "pac là gì" salads, an .edu product title on dishwasher salt); 12 were
theses, reports and document stores (the student report five times, a vitamin-wastewater thesis with its uploader line, a
park's wastewater-management thesis, an EIA change table with a QĐ-BTNMT and a process chain in arrows, a chlorination
thesis behind page chrome, a university journal's English abstract on the environmental industry, an exhaust-gas
cost-benefit thesis, a hi-tech park authority's report on the opening of its central wastewater plant); 3 a translation
site's bilingual line; 3 the zone's wastewater page; 5 vendors' and consultants' explainers (an industrial-wastewater
guide with a table of contents, an absorption-tower page, a dated dust-filter article with a caps title, an investor's
construction-phase guide with a/b steps and a document list, an English RO explainer with bullets); 6 tag, category and
portal pages (a construction magazine's tag twice, a law paper's tag of a water group, an environment site's tag on a
waste-to-energy tender, a utility's category list with timestamps, a provincial park authority's page on construction
supervision with park lines); 4 magazines and journals (an industrial-park magazine with its view counter, an
environment-and-urban magazine with a caption and site credit, an industry-and-trade journal with its NCS author and
abstract, a clean-energy magazine on an e-book site); 2 legal-portal titles; 16 Vietnamese news pages (a park's central
wastewater plant twice, a contractor's reference line, a commune's water works, a delay snippet, an infographic caption,
a Japanese firm's survey, a three-party memorandum with a Japanese city's water bureau, a Japanese city's plan for a water
plant in HCMC, Japan's water-technology exports, a waste-to-energy site and video blurb, and four water-sector M&A
stories: a tender with cross sales, a stake won at auction, foreign buyers with a recalled transfer and a Thai purchase, a
tender offer for a city water company); 1 French agency page (a Taiwanese group's planned plant and its wastewater
pledge, rendered here in Vietnamese); 15 English (an RO explainer counted above, a trade site's item on eco-parks, an
army daily's copy of an agency item on a Singapore-funded water venture, the export plan three times, a business-office
summary of a German-Vietnamese water-plant agreement, a Dutch engineer's news on a sewer contract, a blog's copy of a
sewage proposal, a business daily on a steelmaker's appliance-and-purifier plant, an investment review on foreign
equipment groups, an e-paper case study with HTML breaks, a Philippine daily's water-stake filing, a finance magazine on a
Korean purchase, a feature on two water plants opened, a securities note on two stakes). About 19 of the 80 slots told a
deal or an event with a named party (the park developer's modules, the memorandum, the four M&A stories, a park investor
line, the authority's plant opening, the funded venture and its opening, the agreement, the contract, the appliance
plant, the placement, the purchase, the two openings, the two stakes, the Taiwanese plan); the searches for membrane,
filter-housing and filter plants (S1, S4, S13, S16) and for equipment licences (S10) gave only spam, theses, explainers
and portals, so no membrane-factory licence, groundbreaking or supply contract appears here.

Rows: 154 (hand-48001 to hand-48154); 22 carry a deal or an event (14.3%): 21 events (10 acquisitions, 4 inaugurations,
3 investment announcements, 3 MoUs, 1 supply contract) and 20 `deals` entries (15 investment, 3 mou, 2 supply_contract);
2 rows hold only deals (48020 a park's investor line, 48107 a recalled stake purchase), 3 an event without a deal (48047
a park authority's planned opening, 48123 and 48135 openings without capital) and 17 both. 132 rows are negatives and
other fields. By page kind: 12 rows of spam (48001-48012, none with a deal or event), 15 of tag, category, portal and
legal-title pages and a snippet (48013-48027; 1), 3 of the zone's wastewater page (48028-48030; 0), 27 of theses,
reports, document stores, journals and magazines (48031-48057, the English abstract 48054 among them; 1), 3 of the
translation site (48058-48060; 0), 9 of vendors' and consultants' explainers (48061-48069; 0), 48 of Vietnamese news and
the rendered French page (48070-48117; 10) and 37 of English copy (48118-48154; 10); 38 rows are English (`english_copy`,
24.7%). 8 rows are stored in NFD (hand-48017, 48072, 48081, 48085, 48091, 48100, 48104, 48116); 5 use old tone placement
(48051 "sức khoẻ", 48073 "Tân Hoá", 48080 "hoá chất", 48093 "hồ điều hoà", 48102 "Thuận Hoá", the last inside a firm
name, normalised in the gold); 64 hold several lines (headlines and leads, tag lines, timestamps, captions, doubled
captions, page chrome, report covers, process arrows, bullet lists, HTML breaks, source lines, bylines).

Own wording: every row was drafted in its own order (amount-first, count-first, object-first, passive, buyer-last,
price-first, quote-first, place-first), with changed figures, names, dates and places; on review against the notes taken
from the sampled pages, about 80 first drafts that still kept a page's run of facts, its order, a caption's or a list
item's wording or a boilerplate sentence were rewritten from scratch (the park's modules and cost, the contractor line,
the commune works, the infographic, the delay snippet, every line of the Japanese survey, the memorandum's attendees and
caption, every line of the Japanese city's plan and of the water-technology piece, the waste-to-energy lead, every M&A
line but the headline's amount, the Taiwanese plan and pledge, the tag leads, the category item, the park-authority
lines, the thesis declarations and acknowledgements, the EIA sentence and its process chain, the authority's opening
report and its items, the Party-congress line, the journal abstract, the clean-energy quote, the translation line, the
absorption-tower page and its bullets, the dust-filter lead, the guide's headline, steps and list, and nearly every English
row). Three drafted rows were dropped: a bag-filter efficiency and materials line (its shape came only from S7 r6), an
RO pore-size and pressure line (S4 r5, r6) and a recalled earlier agreement of the Japanese water bureau (no sampled page
gave it). Nothing else was used from ranks 5-8, among them: a park's licence round and a detergent-chemical plant opening
(S1 r6, r8), a HCMC plants tag, a park's delayed plant and a mine thesis (S3 r5-r8), RO/UF/NF and ceramic-membrane pages
(S4 r5-r8), a water-works "đắp chiếu" feature, an idle 1.000-tỷ plant, a 3.700-tỉ Hà Nội plant and the surface-water
plant's groundbreaking (S5 r8, S6 r5-r8), an electrostatic-filter page and a filter-upgrade article (S7 r5-r6), a textile
wastewater project co-funded by a trading house, a French HCMC cooperation item, an ODA water project with two named
firms and a French copy of the survey (S8 r5-r8), a PAC seminar (S9 r5), a waste-to-energy feasibility agreement with a
consortium, a PPP tag and a second waste-to-energy groundbreaking (S12 r5-r8), a wastewater-plant thesis, a 1.685-tỉ
plant, an industrial-wastewater plant opening with a chairman's 10.000-tỷ pledge and a sustainability article (S14
r5-r8), the utility acquisitions ranked 5-8 (S15 r5-r8), a bottled-water plant opening (S16 r7), the later English
pages (S17 r5-r8, S18 r5-r8 with a $130 million treatment-plant contract, S19 r5-r8 with three plants broken ground in
Ninh Thuận, S20 r5-r8 with a cancelled acquisition and a 49% purchase).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an acquisition's deal is the buyer's investment and its event lists buyer and target, and the seller
when named, without site; a tender offer, a registered purchase, a board-approved purchase and a placement to a named
investor are announced acquisitions (a signed placement agreement "signed"); recalled stake purchases and investor lines
are deals without events; sales whose buyer is unnamed, shareholdings, charter capital and founders' lists give no deal;
an opening with its capital is an investment deal and an inauguration "completed", dated only with a day, without capital
the event only; a named firm's planned plant or planned groundbreaking is an announced investment; a firm-pair agreement
or memorandum is an mou deal and event, sited only by a signing place in Vietnam, an agency's memorandum with a firm an
event without deal; an EPC or design-build contract is a supply_contract, contractor first, one deal per contractor-owner
pair and ONE event of all parties; government-only events keep the body as written (batch 76); surveys, trials, working
groups, working sessions, proposals, plans pending approval, calls for investors, investor selections naming no investor,
conditionals, pledges and wishes give no deal; attendees are no parties; vague amounts are none; "khoảng", "chừng", "gần",
"hơn", "trên", "about", "some", "around", "roughly", "more than" are approximate; bracketed conversions are both money,
the deal taking the first written; prices per share, unit prices per m3 and "đồng/m3" fees are no money, revenue targets
per year keep per="year"; capacities (m3/day, litres, tonnes of sludge or rubbish, MW, units a year, tank tonnes),
volumes, concentrations, durations, ordinals, fractions, page counts, view counters, phone numbers, counts in words and
counts without a noun are no counts, English counts keep their English noun; ha are areas; Vietnamese legal forms are
normalised ("Cty TNHH" -> "Công ty TNHH"), foreign ones kept as written ("Pte Ltd", "Pte. Ltd.", "Co.", "Co., Ltd.",
"AG", "GmbH", "JSC"), "Corporation" and "Group" stay in English names, "Việt Nam"/"Vietnam" is dropped from a foreign
subsidiary's name; a bracketed acronym after a name is no second entry, alone it is a firm (LTW, SHI) or an organisation
(MOSTE); tickers (UPCoM: CTW) are nothing; a short name written alone is a second entry ("Phương Nam", "Long Thành Xanh",
"Daeho", "Weissbach"); a province inside an organisation's or park's name is a mention, inside a firm's name none, in
brackets after a firm or park a mention; Vietnamese country words ("Nhật", "Nhật Bản" in "phía Nhật Bản") and English
country nouns, possessives and "based in"/"-based" are countries, English adjectives ("Dutch", "Philippine",
"Japanese-owned") and regions none; parks written in Vietnamese are locations (lower-case "khu công nghiệp" too), English
parks none; districts need "huyện" before July 2025, English districts none; datelines are mentions, not sites; bylines,
uploaders named in full and photo credits are persons without role, initials bylines, handles, outlet, site and agency
credits nothing; "TS.", "ThS.", "PGS.TS", "NCS.", "Professor" give no role, labels ("Giáo viên hướng dẫn:", "GVHD")
give theirs; a bare "Bộ trưởng", "the Government" or "Sở Tài nguyên và Môi trường" without a place is nothing; old tone
placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A park authority's planned opening of its own budget-funded central wastewater plant, told object-first in a report
  ("NMXLNT 3.000 m3/ngày đêm ... sẽ được Ban quản lý Khu công nghệ cao Đà Nẵng khánh thành ngày 15 tháng 08 năm 2018",
  48047) is an investment_announcement event of the board (government party) sited in Đà Nẵng, with no deal (no firm);
  the hi-tech park is a park location; its recalled start and budget (48048) give money, area and district only.
- A memorandum signed by two water companies and a Japanese city's water bureau ("... đã được Công ty CP Cấp nước Sông
  Thao, Cục Nước thành phố Minamiura (Nhật Bản) và Công ty CP Cấp nước Bạch Đằng ký chiều 14/3", 48083) is ONE mou deal of
  the two firms, dated, unsited, and ONE mou event of all three with the bureau typed government; the doubled caption
  (48084) is the same deal without date and the same event. The attendee line with "Phó Giám đốc Sở Xây dựng tỉnh Lê Thị
  Minh Nguyệt" (48085) keeps the role as written and gives no organisation from the bare unit.
- A park developer's expansion told object-first ("Ba mô đun mới, do Công ty CP KCN Phước Thiện bỏ vốn, sẽ giúp trạm xử
  lý 7.500 m³/ngày đêm trước Tết", 48070) is an announced investment without amount sited in Đồng Nai (the bracket after
  the park); "Ba mô đun" is a count in words; the cost row naming no investor (48071) is money only.
- A foreign city's plan to build and run a water plant with a business federation and an engineering firm, still to be
  put to a Japanese agency (48088-48090), is a proposal: no deal or event; foreign cities and prefectures ("Kanazaki",
  "tỉnh Kumamoto") are nothing; a sister-province agreement between two governments (48081) is no event.
- A survey, a trial with two universities and a joint working group (48078-48079) give no deal; "Pháp nhân của Ariake
  Kogyo ở Việt Nam được lập từ…" (48082) is a subsidiary without plant or sum.
- Water M&A: a registered purchase in a window with an estimated spend ("... đăng ký mua thêm cổ phần Công ty CP Hạ tầng
  Nước Phương Nam trong thời gian từ 18/3 đến 16/4/2024; ... khoảng 512 tỷ đồng", 48098) is an announced acquisition with
  the approximate amount, undated (a window, not a day); a board's approval of a transfer ("... được HĐQT chấp thuận nhận
  chuyển nhượng hôm 6/3", 48100) an announced acquisition whose approval day is not the deal date; a stake won at auction
  told object-first with the buyer last (48103) a completed acquisition with the seller as third party; an amount-first
  purchase by a subsidiary from a named individual (48108) a completed acquisition of the subsidiary and the target (the
  person no party, the parent a mention, the filing day no deal date, the exchange an organisation without country); a
  price-first tender offer (48112) an announced acquisition without amount; "Oceanus Water ... từng có 39,2% ... mua lại
  ... năm 2011 – trước khi bán sạch cho một doanh nghiệp trong nước" (48107) a recalled deal without event, the exit
  nothing; sales to unnamed buyers (48101-48102) and founders' lists (48110) nothing.
- English: money put into an unnamed venture ("A joint venture running a small drinking-water plant ... has taken 420,000
  SGD ... from Merlion Water Ventures", 48121) is a completed acquisition of the investor alone (batch 135's buyer-alone
  event) with an investment deal in SGD; the venture's opening without capital (48123) an inauguration sited in Long An;
  an agreement to build a plant together signed in Dresden (48129) an mou deal and event, unsited; a design-build
  contract "the water utility Dowasco signed with them on 9 March 2017" naming two consortium members (48131) two dated
  supply_contract deals sited in Đồng Nai and ONE event of all three; a steelmaker's appliance plant opened without
  capital in the row (48135) an inauguration, unsited (the dateline a mention), the next row's cost with no firm named
  (48136) money only; "a factory ... might follow ... within a year or two" (48138) conditional, no deal; a subsidiary
  saying water treatment "was the sector it meant to enter" (48140) no project, no deal; a placement "under an investment
  agreement signed on Monday" (48144) a signed acquisition of the unit and the issuer, the parent a mention and its bare
  headline name one entry with the lead's "Luzon Water Co."; "cut the ribbon ... a project of about VND5.2 trillion"
  (48149) and "switched on ... cost VND720 billion" (48152) investment deals and inaugurations, dated; two purchases with
  one combined spend (48154) one deal of the buyer with the amount and two completed acquisition events without amount.
- Document stores and reports: a caps label line above the name ("CÁN BỘ HƯỚNG DẪN / THẠC SĨ TRƯƠNG VĂN LỘC", 48043) gives
  the role "Cán bộ hướng dẫn"; "Viện trưởng, PGS.TS Đỗ Minh Khang," (48041) gives "Viện trưởng"; an author with "(NCS.
  Khoa ..., Học viện ...)" (48052) no role, the academy an organisation; lower-case document-store titles with lower-case
  place and firm names (48036, 48042) give nothing (batch 145's lower-case rule); "Biên Hòa" and "Hạ Long" are cities,
  no provinces.
- Numbers: "5 việc" in a guide's headline is a count; "19 công trình sai phạm – 8 trong số đó ..." counts the first only;
  "Mới 6,4 trong số 9,2 triệu cổ phần" counts the 9.2 million only; "Seventeen member companies" none; "a third less",
  "two-thirds" no percentage; "$800 million a year" revenue target money per year; "8.600 đồng/m3" no money."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_150(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    DNai = cur("Đồng Nai")
    DNg = cur("Đà Nẵng")
    LA = cur("Long An")
    BN = cur("Bắc Ninh")
    HNam = cur("Hà Nam")

    ids = iter(range(48001, 48001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam on Polish and Italian domains and a product title on an .edu domain (S1 r1, r2; S4 r2, r4;
    # S7 r1, r2; S9 r1; S13 r1, r3, r4; S16 r1, r3, r4) ---
    spam = [
        ("quy trình dây chuyền lọc cát thạch anh công suất lớn bán chạy nhất series hz8", "2022-03-14", []),
        ("nhà máy than hoạt tính quy mô nhỏ chi phí dự án chỉ số kỹ thuật", "2021-11-02", []),
        ("ro là gì màng thẩm thấu ngược tìm hiểu về lõi lọc ro", "2020-08-19", []),
        ("hạt làm mềm nước chuyên dụng cho máy giặt công nghiệp chính hãng", "2023-01-27", []),
        ("nhà máy xi măng lọc bụi túi vải sơ đồ nguyên lý làm việc", "2021-06-30", []),
        ("tinh chế hạt nhựa trao đổi ion mua nhà sản xuất giá sỉ", "2022-09-05", []),
        ("silo chứa vôi bột xử lý nước thải biểu tượng quy trình chi phí", "2021-06-30", []),
        (
            "máy sàng cát thạch anh 300 tấn/giờ nhà máy kỹ thuật quy trình",
            "2022-03-14",
            ["capacity_no_count"],
        ),
        ("lọc nước giếng khoan nhiễm phèn giá rẻ tại hà nội", "2023-05-11", ["lowercase_province_nothing"]),
        ("bể lắng lamen composite đúc sẵn nhận thi công toàn quốc", "2024-02-08", []),
        ("bột than hoạt tính pac là gì cách dùng trong bể lọc", "2020-12-20", []),
        ("nghiền quặng felspat trạm trộn nhà sản xuất ferro silic báo giá", "2022-07-17", []),
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
    # --- Tag pages, category lists, portal pages and legal-portal titles (S5 r2 = S14 r4, S6 r1, S12 r1, S5 r3,
    # S10 r2, S10 r3, S10 r4, S12 r4, S6 r3) ---
    rows += [
        h(
            n(),
            "nước thải đô thị\n\n  • Đẩy nhanh các nhà máy xử lý nước thải\n\n    Hà Nội cần thêm nhiều nhà máy, tổng cộng chừng 1,8 triệu m3/ngày, nếu muốn 70% nước thải sinh hoạt được xử lý đạt chuẩn vào năm 2030; thành phố sẽ mời nhà đầu tư.",
            "2023-07-21",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "call_for_investors_no_deal",
                "capacity_no_count",
                "percentage",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "nước thải đô thị\n\n  • Hơn 40% bệnh viện tuyến huyện chưa có hệ thống xử lý nước thải đạt chuẩn",
            "2023-07-21",
            "ministry",
            ["tag_page", "lowercase_tag", "percentage", "multiline", "no_event"],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "tập đoàn nước hải đăng\n\nNhà máy nước cho 2,5 triệu dân phía Đông thủ đô\n(PL) - Gần 4.200 tỷ đồng là vốn giai đoạn đầu của nhà máy nước mặt sông Lô, công trình rộng khoảng 48 ha; khi đủ hai phân kỳ, công suất đạt 250.000 m3/ngày đêm.",
            "2021-06-08",
            "ministry",
            [
                "tag_page",
                "lowercase_tag_no_firm",
                "plant_without_investor",
                "source_tag",
                "amount_first",
                "count",
                "approx",
                "area",
                "capacity_no_count",
                "multiline",
                "no_event",
            ],
            money=[m(4200 * B, "VND", approx=True)],
            quantities=[c(2_500_000, "dân")],
            areas=[ha(48, True)],
            events=[],
        ),
        h(
            n(),
            "công bố\n\nĐà Nẵng mời thầu nhà máy đốt rác phát điện ở Khánh Sơn\nLò đốt 1.200 tấn rác mỗi ngày, khoảng 25 MW điện, 25 năm khai thác: đó là dự án mà UBND TP Đà Nẵng vừa duyệt kế hoạch chọn nhà đầu tư.",
            "2022-10-04",
            "provincial",
            [
                "tag_page",
                "investor_selection_no_investor",
                "capacity_no_count",
                "duration_no_count",
                "headline_lead",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân TP Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Đầu tư\n\n  • Kế hoạch mở rộng mạng cấp nước năm 2012\n    12 Tháng 3, 2012 8:40 | Đầu tư\n\n    Khu đô thị mới mọc lên khắp vùng ven, nhu cầu nước tăng theo từng năm; Công ty Nước sạch Số 3 Hà Nội vì thế đã lên…",
            "2012-03-12",
            "ministry",
            [
                "category_list",
                "timestamp_line",
                "truncated_lead",
                "province_in_firm_name_no_mention",
                "digit_in_firm_name",
                "multiline",
                "nfd",
                "no_event",
            ],
            firms=[f("Nước sạch Số 3 Hà Nội", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "  • Nước sạch về thêm 12 xã ngoại thành\n    2 Tháng 8, 2011 9:05 | Đầu tư",
            "2012-03-12",
            "ministry",
            ["category_list", "timestamp_line", "count", "multiline", "no_event"],
            quantities=[c(12, "xã")],
            events=[],
        ),
        h(
            n(),
            "Hải Dương hiện có 11 KCN nằm trong quy hoạch tổng thể được Thủ tướng Chính phủ chấp thuận, rộng tổng cộng 3.120,4 ha; mới 4 khu có doanh nghiệp vào sản xuất, cụ thể:",
            "2020-06-10",
            "provincial",
            ["portal_statistics", "count", "area", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Hải Dương")],
            quantities=[c(11, "KCN"), c(4, "khu")],
            areas=[ha(3120.4)],
            events=[],
        ),
        h(
            n(),
            "- KCN Tân Trường B: chủ đầu tư là Công ty CP Phát triển hạ tầng Hồng Châu; 320 ha giai đoạn I đã đón 96 dự án, lấp đầy 78,4%.",
            "2020-06-10",
            "provincial",
            ["portal_list_item", "investor_line_deal_no_event", "area", "count", "percentage"],
            firms=[f("Phát triển hạ tầng Hồng Châu", "Công ty CP")],
            areas=[ha(320)],
            quantities=[c(96, "dự án")],
            percentages=[78.4],
            locations=[park("Khu công nghiệp Tân Trường B")],
            deals=[deal("investment", ["Phát triển hạ tầng Hồng Châu"])],
            events=[],
        ),
        h(
            n(),
            "Đường, điện, nước đang được làm trên khoảng 55 ha đã giải phóng xong đợt 1 của phần mở rộng 185,6 ha.",
            "2020-06-10",
            "provincial",
            ["portal_list_item", "unnamed_builder", "area", "approx", "no_event"],
            areas=[ha(55, True), ha(185.6)],
            events=[],
        ),
        h(
            n(),
            "19 công trình sai phạm – 8 trong số đó xây khi chưa có giấy phép – đã bị phát hiện qua 74 lượt giám sát mà Ban Quản lý các KCN tỉnh Hải Dương thực hiện từ năm 2010.",
            "2020-06-10",
            "provincial",
            [
                "portal_statistics",
                "count_first",
                "count_without_noun_none",
                "province_in_org_name",
                "count",
                "no_event",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Hải Dương"],
            provinces=[pv("Hải Dương")],
            quantities=[c(19, "công trình"), c(74, "lượt giám sát")],
            events=[],
        ),
        h(
            n(),
            "Nghiên cứu - Trao đổi\nCập nhật ngày: 12/05/2018, 09:40 SA - Số lần xem: 2306\nKinh nghiệm các nước về ưu đãi cho doanh nghiệp đầu tư thiết bị xử lý chất thải",
            "2018-05-12",
            "ministry",
            ["magazine_chrome", "view_counter_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1375/QĐ-BTNMT năm 2023 công bố thủ tục hành chính lĩnh vực môi trường",
            "2023-06-02",
            "legal",
            ["title_page", "year_only_no_date"],
            decisions=[d("1375/QĐ-BTNMT")],
            events=[],
        ),
        h(
            n(),
            "Nghị định 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường",
            "2022-01-10",
            "legal",
            ["title_page", "law_without_number_no_decision", "year_only_no_date"],
            decisions=[d("08/2022/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Nghị định 35/2022/NĐ-CP quy định về quản lý khu công nghiệp và khu kinh tế",
            "2022-05-28",
            "legal",
            ["title_page", "year_only_no_date"],
            decisions=[d("35/2022/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "TT - Hẹn phát nước từ năm ngoái, hai nhà máy nước ven đô ngốn hàng nghìn tỉ đồng đến giờ vẫn im lìm.",
            "2012-11-03",
            "ministry",
            [
                "snippet",
                "source_tag",
                "vague_amount_none",
                "ti_spelling",
                "count_in_words_none",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- An export-processing zone's wastewater page, three times (S2 r4 = S3 r1 = S14 r1) ---
    rows += [
        h(
            n(),
            "Trạm xử lý nước thải\n\nMỗi doanh nghiệp trong Khu chế xuất Tân Phú Trung phải tự xử lý nước thải tới ngưỡng loại B rồi mới nối vào đường ống chung; trạm của khu xử lý tiếp lên loại A trước khi xả ra kênh.",
            "2019-04-16",
            "ministry",
            ["park_page", "section_label", "multiline", "no_event"],
            locations=[park("Khu chế xuất Tân Phú Trung")],
            events=[],
        ),
        h(
            n(),
            "Trạm có công suất thiết kế 10.000 m3/ngày đêm, chạy liên tục 24/24, nước sau xử lý được quan trắc tự động và truyền dữ liệu về Sở Tài nguyên và Môi trường.",
            "2019-04-16",
            "ministry",
            ["park_page", "capacity_no_count", "bare_department_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phí xử lý nước thải: 8.600 đồng/m3 (chưa gồm VAT), áp dụng từ ngày 01/01/2025.",
            "2024-12-20",
            "ministry",
            ["park_page", "unit_price_no_money", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A student research report on PAC and membrane filtration, five times in the sample (S1 r3 = S4 r1 = S9 r4 =
    # S13 r2 = S16 r2) ---
    rows += [
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KỸ THUẬT BIÊN HÒA\nKHOA MÔI TRƯỜNG\nBÁO CÁO NGHIÊN CỨU KHOA HỌC\nĐỀ TÀI: ĐÁNH GIÁ HIỆU QUẢ LỌC MÀNG UF TRONG XỬ LÝ NƯỚC MẶT SÔNG LA NGÀ\nSinh viên thực hiện: Trần Minh Khoa, Lê Thị Ngọc Hân\nGiáo viên hướng dẫn: ThS. Phạm Quang Vinh\nBIÊN HÒA, THÁNG 5/2016",
            "2016-05-30",
            "ministry",
            [
                "report_cover",
                "caps_org",
                "label_role",
                "ths_no_role",
                "students_no_role",
                "city_not_province",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Kỹ thuật Biên Hòa"],
            persons=[
                per("Trần Minh Khoa", None),
                per("Lê Thị Ngọc Hân", None),
                per("Phạm Quang Vinh", "Giáo viên hướng dẫn"),
            ],
            events=[],
        ),
        h(
            n(),
            "LỜI CẢM ƠN\nChúng em xin cảm ơn Ban Giám hiệu Trường Đại học Kỹ thuật Biên Hòa, các thầy cô khoa Môi trường và nhất là thầy Phạm Quang Vinh, người đã trực tiếp hướng dẫn đề tài.",
            "2016-05-30",
            "ministry",
            ["acknowledgements", "honorific_person_no_role", "multiline", "no_event"],
            organizations=["Trường Đại học Kỹ thuật Biên Hòa"],
            persons=[per("Phạm Quang Vinh", None)],
            events=[],
        ),
        h(
            n(),
            "Biên Hòa, tháng 5 năm 2016\nTrần Minh Khoa",
            "2016-05-30",
            "ministry",
            ["signature_line", "city_not_province", "month_no_date", "multiline", "no_event"],
            persons=[per("Trần Minh Khoa", None)],
            events=[],
        ),
    ]
    # --- Document-store theses: a brewery-wastewater project, a park's wastewater management, a chlorination
    # thesis, an exhaust-gas cost-benefit thesis (S2 r2, S3 r3, S9 r3, S11 r4) ---
    rows += [
        h(
            n(),
            "112 trang |\nChia sẻ: lananh88 | Lượt xem: 1935 | Lượt tải: 2\nBạn đang xem trước 20 trang tài liệu Đề tài Xử lý nước thải nhà máy bia bằng công nghệ UASB kết hợp lọc sinh học, để xem tài liệu hoàn chỉnh bạn click vào nút DOWNLOAD ở trên",
            "2019-02-25",
            "ministry",
            [
                "document_store",
                "uploader_handle_no_person",
                "page_count_no_count",
                "view_counter_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Khoảng 130 nhà máy bia đang chạy, nhưng không ít nơi xử lý nước thải còn sơ sài. Bộ trưởng Bộ Công nghiệp ngày 20/11/2003 đã ký quyết đ",
            "2019-02-25",
            "ministry",
            [
                "document_store",
                "truncated_text",
                "decision_without_number",
                "bare_minister_no_person",
                "count",
                "approx",
                "no_event",
            ],
            organizations=["Bộ Công nghiệp"],
            quantities=[c(130, "nhà máy bia", True)],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.doc) (78 trang)\n\nđánh giá hiện trạng quản lý nước thải tại khu công nghiệp đồng văn iv, thị xã duy tiên, tỉnh hà nam",
            "2017-06-12",
            "ministry",
            [
                "document_store",
                "lowercase_title_nothing",
                "page_count_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "LỜI CAM ĐOAN\nKết quả trong khóa luận do tôi tự thực hiện; số liệu được các đơn vị cung cấp cho phép sử dụng.\nHà Nội, ngày …tháng … năm 2017\nSinh viên\n\nVũ Thị Thanh Hoa",
            "2017-06-12",
            "ministry",
            ["document_store", "place_date_line", "signature_name", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            persons=[per("Vũ Thị Thanh Hoa", None)],
            events=[],
        ),
        h(
            n(),
            "Số liệu của khóa luận có được nhờ Ban Quản lý các KCN tỉnh Hà Nam; phần phương pháp được ThS. Đinh Thị Lan Anh, giảng viên khoa Môi trường, Học viện Nông nghiệp Việt Nam, góp ý từng chương.",
            "2017-06-12",
            "ministry",
            ["acknowledgements", "role_after_name", "ths_no_role", "province_in_org_name", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Hà Nam", "Học viện Nông nghiệp Việt Nam"],
            persons=[per("Đinh Thị Lan Anh", "giảng viên khoa Môi trường")],
            provinces=[pv("Hà Nam")],
            events=[],
        ),
        h(
            n(),
            "Tài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống\n1\n/ 61 trang\nTHÔNG TIN TÀI LIỆU\nĐịnh dạng\nSố trang\n61\nDung lượng\n1,48 MB",
            "2018-03-09",
            "ministry",
            ["document_store", "page_chrome", "page_count_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ĐẠI HỌC HUẾ\nTRƯỜNG ĐẠI HỌC NÔNG LÂM\nHOÀNG THỊ MỸ LINH\nTên đề tài: “ĐÁNH GIÁ ẢNH HƯỞNG CỦA SẮT TRONG NƯỚC NGẦM TỚI HIỆU QUẢ KHỬ TRÙNG BẰNG CLO”\nKHÓA LUẬN TỐT NGHIỆP ĐẠI HỌC\nGiảng viên hướng dẫn: TS. Lê Văn Thuận\nHUẾ - 2016",
            "2018-03-09",
            "ministry",
            [
                "thesis_cover",
                "caps_org",
                "caps_author_title_case",
                "label_role",
                "ts_no_role",
                "province_in_org_name",
                "place_year_line",
                "multiline",
                "no_event",
            ],
            organizations=["Đại học Huế", "Trường Đại học Nông Lâm"],
            persons=[per("Hoàng Thị Mỹ Linh", None), per("Lê Văn Thuận", "Giảng viên hướng dẫn")],
            provinces=[pv("Huế")],
            events=[],
        ),
        h(
            n(),
            "Thời gian thực tập ở Viện Kỹ thuật Môi trường Miền Trung, tôi được Viện trưởng, PGS.TS Đỗ Minh Khang, tiếp nhận và được ThS. Ngô Thị Hải Yến, Phó trưởng phòng Hóa lý môi trường, kèm cặp.",
            "2018-03-09",
            "ministry",
            ["acknowledgements", "role_before_name_comma", "role_after_name", "pgs_ts_no_role", "no_event"],
            organizations=["Viện Kỹ thuật Môi trường Miền Trung"],
            persons=[
                per("Đỗ Minh Khang", "Viện trưởng"),
                per("Ngô Thị Hải Yến", "Phó trưởng phòng Hóa lý môi trường"),
            ],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (81 trang)\n\nđánh giá hiệu quả chi phí và lợi ích của hệ thống xử lý khí thải tại công ty tnhh thức ăn chăn nuôi phú hưng",
            "2015-07-20",
            "ministry",
            [
                "document_store",
                "lowercase_title_nothing",
                "lowercase_firm_no_firm",
                "page_count_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "ĐẠI HỌC CẦN THƠ\nKHOA KINH TẾ\n\nLUẬN VĂN TỐT NGHIỆP\nNgành Kinh tế Tài nguyên Thiên nhiên\n\nCÁN BỘ HƯỚNG DẪN\nTHẠC SĨ TRƯƠNG VĂN LỘC\n\n07-2015",
            "2015-07-20",
            "ministry",
            [
                "thesis_cover",
                "caps_org",
                "label_role_line_above",
                "degree_no_role",
                "caps_name_title_case",
                "multiline",
                "no_event",
            ],
            organizations=["Đại học Cần Thơ"],
            persons=[per("Trương Văn Lộc", "Cán bộ hướng dẫn")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Em nhận được nhiều giúp đỡ khi thu số liệu tại Công ty TNHH Thức ăn Chăn nuôi Phú Hưng và Chi cục Bảo vệ Môi trường TP Cần Thơ.",
            "2015-07-20",
            "ministry",
            ["acknowledgements", "province_in_org_name", "no_event"],
            firms=[f("Thức ăn Chăn nuôi Phú Hưng", "Công ty TNHH")],
            organizations=["Chi cục Bảo vệ Môi trường TP Cần Thơ"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
    ]
    # --- An environmental impact report's change table on a PAC workshop, and a central wastewater plant report on a
    # document store (S9 r2; S14 r2) ---
    rows += [
        h(
            n(),
            "Bảng dưới đây liệt kê những điểm dự án đã điều chỉnh so với báo cáo ĐTM được Bộ Tài nguyên và Môi trường phê duyệt tại Quyết định số 1947/QĐ-BTNMT ngày 08/10/2021.\nBảng 3.27. Hạng mục điều chỉnh so với ĐTM đã duyệt",
            "2023-04-18",
            "legal",
            ["eia_report", "decision_with_date", "table_number_no_count", "multiline", "no_event"],
            organizations=["Bộ Tài nguyên và Môi trường"],
            decisions=[d("1947/QĐ-BTNMT", "2021-10-08")],
            events=[],
        ),
        h(
            n(),
            "- Nước rửa bồn phản ứng PAC → hố thu → song chắn rác → bể trung hòa → bể keo tụ → bể lắng → về hệ thống xử lý chung.\n+ Bùn → bể nén bùn → máy ép khung bản → giao đơn vị xử lý chất thải nguy hại.",
            "2023-04-18",
            "legal",
            ["eia_report", "process_arrows", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "NHÀ MÁY XỬ LÝ NƯỚC THẢI TẬP TRUNG KHU CÔNG NGHỆ CAO ĐÀ NẴNG I. Tổng quan Nhà máy xử lý nước thải tập trung (NMXLNT) 3.000 m3/ngày đêm, trước mắt dành cho doanh nghiệp đang hoạt động ở giai đoạn 1, sẽ được Ban quản lý Khu công nghệ cao Đà Nẵng khánh thành ngày 15 tháng 08 năm 2018.",
            "2018-08-02",
            "ministry",
            [
                "document_store",
                "caps_title",
                "planned_opening_of_board",
                "government_party_no_deal",
                "object_first_passive",
                "province_in_org_name",
                "capacity_no_count",
                "acronym_bracket_not_org",
            ],
            organizations=["Ban quản lý Khu công nghệ cao Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            locations=[park("Khu công nghệ cao Đà Nẵng")],
            events=[
                ev(
                    "investment_announcement",
                    [G("Ban quản lý Khu công nghệ cao Đà Nẵng")],
                    None,
                    None,
                    DNg,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Vốn ngân sách hơn 92 tỷ đồng, 2,6 ha đất, thi công từ năm 2014; nước sau xử lý chảy ra sông Cu Đê ở xã Hòa Liên, huyện Hòa Vang.",
            "2018-08-02",
            "ministry",
            [
                "document_store",
                "recalled_start_no_party",
                "area",
                "approx",
                "district",
                "commune_nothing",
                "no_event",
            ],
            money=[m(92 * B, "VND", approx=True)],
            areas=[ha(2.6)],
            locations=[district("huyện Hòa Vang")],
            events=[],
        ),
        h(
            n(),
            "Ngoài cụm bể và thiết bị xử lý, dự án còn có tuyến ống gom, nhà điều hành, một hồ sinh học và trạm quan trắc tự động.",
            "2018-08-02",
            "ministry",
            ["document_store", "item_list", "count_in_words_none", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Journals and magazines: an environment-and-urban magazine, an industry-and-trade journal, a university
    # journal's English abstract, a clean-energy magazine on an e-book site (S11 r1, r2, r3; S5 r4) ---
    rows += [
        h(
            n(),
            "Nâng cao hiệu quả quản lý môi trường tại các khu công nghiệp tỉnh Bắc Giang\n\n  • Cập nhật: Thứ ba, 14/3/2023 | 9:12:40 AM\n\nMột góc khu công nghiệp Quang Châu, huyện Việt Yên, tỉnh Bắc Giang - Ảnh: bacgiang.gov.vn",
            "2023-03-14",
            "ministry",
            [
                "magazine",
                "timestamp_line",
                "caption",
                "site_credit_nothing",
                "district",
                "lowercase_park_word",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Quang Châu"), district("huyện Việt Yên")],
            events=[],
        ),
        h(
            n(),
            "Theo định hướng của Đại hội XIII, môi trường sống và sức khoẻ người dân phải được đặt lên trên những dự án gây ô nhiễm.",
            "2023-03-14",
            "ministry",
            ["magazine", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thực trạng thu gom, xử lý nước thải sinh hoạt trên địa bàn tỉnh Hải Dương\n\nPHẠM THỊ HỒNG NHUNG (NCS. Khoa Kinh tế, Học viện Chính sách và Phát triển)\n\nTÓM TẮT:\nBài viết phân tích việc thực hiện chính sách thu gom, xử lý nước thải sinh hoạt ở Hải Dương giai đoạn 2018-2022.",
            "2023-02-06",
            "ministry",
            [
                "journal_article",
                "caps_author_title_case",
                "ncs_no_role",
                "abstract_label",
                "multiline",
                "no_event",
            ],
            organizations=["Học viện Chính sách và Phát triển"],
            persons=[per("Phạm Thị Hồng Nhung", None)],
            provinces=[pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: thu gom, xử lý nước thải, Hải Dương, chính sách công.\n\n1. Nội dung chính sách\n- Chính sách thu gom, xử lý chất thải rắn sinh hoạt: trọng tâm là giảm chôn lấp, tăng tái chế và đốt rác phát điện.",
            "2023-02-06",
            "ministry",
            ["journal_article", "keywords_line", "bullet", "multiline", "no_event"],
            provinces=[pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "Assessment of the environmental industry of Vietnam\nHazardous waste (13% of needs met), solid waste (about 16%) and urban and industrial wastewater (6%) are all underserved by the roughly 940 companies and some 84,100 workers of Vietnam's environmental industry, the study finds.",
            "2022-07-14",
            "ministry",
            [E, "journal_abstract", "count", "approx", "percentage", "multiline", "no_event"],
            quantities=[c(940, "companies", True), c(84_100, "workers", True)],
            percentages=[13, 16, 6],
            events=[],
        ),
        h(
            n(),
            "pdf8 trang | Chia sẻ: minhchau95 | Ngày: 14/07/2022 | Lượt xem: 388 | Lượt tải: 0download",
            "2022-07-14",
            "ministry",
            ["document_store", "uploader_handle_no_person", "view_counter_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tạp chí Năng lượng Sạch Việt Nam - Số 51 - Tháng 4+5+6/2021\n\n“Năng lượng phải đi trước, nhưng không được đánh đổi môi trường”, ông Trần Quốc Khánh, Phó trưởng ban Kinh tế Trung ương, nói khi khai mạc diễn đàn.",
            "2021-07-02",
            "ministry",
            [
                "ebook_page",
                "magazine_issue_no_count",
                "quote_first",
                "role_after_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Quốc Khánh", "Phó trưởng ban Kinh tế Trung ương")],
            organizations=["Ban Kinh tế Trung ương"],
            events=[],
        ),
        h(
            n(),
            "Trên phạm vi toàn cầu, đầu tư cho tiết kiệm năng lượng có thể cần khoảng 350 tỷ USD, theo các tham luận tại diễn đàn.",
            "2021-07-02",
            "ministry",
            ["ebook_page", "approx", "no_event"],
            money=[m(350 * B, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- A translation site's bilingual lines, three times (S1 r4 = S2 r3 = S3 r2) ---
    rows += [
        h(
            n(),
            "Mỗi tháng các trạm xử lý nước thải tập trung của khu công nghiệp trong tỉnh, công suất 2.000-5.000 m3/ngày, sinh ra chừng 250 tấn bùn\nEvery month the province's central industrial-zone wastewater plants, of 2,000-5,000 m3/day, produce around 250 tonnes of sludge",
            "2020-09-23",
            "ministry",
            [
                "translation_site",
                "bilingual",
                "capacity_no_count",
                "tonnage_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Bùn thải được ép khô rồi giao cho đơn vị có giấy phép xử lý chất thải nguy hại\nThe sludge is pressed dry and handed to licensed hazardous-waste handlers",
            "2020-09-23",
            "ministry",
            ["translation_site", "bilingual", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy xử lý nước thải KCN Quế Võ được mở rộng thêm 6.000 m3/ngày\nThe Que Vo IZ wastewater plant has been expanded by 6,000 m3 a day",
            "2020-09-23",
            "ministry",
            [
                "translation_site",
                "bilingual",
                "expansion_no_investor",
                "english_park_no_location",
                "multiline",
                "no_event",
            ],
            locations=[park("Khu công nghiệp Quế Võ")],
            events=[],
        ),
    ]
    # --- Vendors' and consultants' explainers: an industrial-wastewater guide with a table of contents, an absorption
    # tower page, a dust-filter article, an investor's construction guide, a membrane guide (S2 r1, S7 r3, S7 r4, S10 r1;
    # the English RO explainer S4 r3 is in the English section) ---
    rows += [
        h(
            n(),
            "Mục lục bài viết\nXử lý nước thải dệt nhuộm: công nghệ và chi phí\n1. Vì sao nước thải dệt nhuộm khó xử lý\n1.1. Độ màu và COD cao",
            "2024-10-02",
            "ministry",
            [
                "vendor_blog",
                "table_of_contents",
                "section_numbers_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy nhuộm thải 1.000 m3/ngày có thể phải chi 8-12 tỷ đồng cho hệ thống xử lý đạt cột A của QCVN 13-MT:2015/BTNMT.",
            "2024-10-02",
            "ministry",
            ["vendor_blog", "money_range", "standard_no_decision", "capacity_no_count", "no_event"],
            money=[m(8 * B, "VND"), m(12 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "1.2. Giữ cho nước ngầm sạch\nThuốc nhuộm và chất trợ nhuộm khó phân hủy; xả bừa ra mương, chúng có thể theo mạch ngầm đến tận giếng của dân.",
            "2024-10-02",
            "ministry",
            ["vendor_blog", "section_numbers_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khí axit như SO₂, HCl, khí bazơ như NH₃ và cả VOC đều có thể bị giữ lại khi dòng khí thải đi ngược chiều dung dịch trong tháp hấp thụ (Absorption Tower) – thiết bị mà nhà máy hóa chất hay lò hơi nào cũng cần.",
            "2025-03-19",
            "ministry",
            ["vendor_blog", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một tháp tiêu chuẩn có bốn phần chính:\n- lớp vật liệu đệm (vòng, tấm hoặc tổ ong)\n- giàn phun dung dịch\n- quạt dẫn khí thải vào đáy tháp\n- bồn tuần hoàn hóa chất",
            "2025-03-19",
            "ministry",
            ["vendor_blog", "bullet_list", "count_in_words_none", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "11\n2024\n\nLỌC BỤI TÚI VẢI CHO NHÀ MÁY THÉP: CẤU TẠO, VẬT LIỆU VÀ CHI PHÍ 2024 - 2028\n\nPhổi và tim là hai cơ quan chịu trận đầu tiên khi bụi mịn PM2.5 trong không khí tăng, dù chỉ thêm vài chục μg/m³.",
            "2024-11-06",
            "ministry",
            [
                "vendor_blog",
                "date_blocks",
                "caps_title",
                "year_range_nothing",
                "concentration_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Xây nhà máy trong KCN: 5 việc nhà đầu tư hay bỏ sót\nQuy định ở mỗi khu, mỗi tỉnh một khác, nên xong IRC, ERC và giấy phép môi trường vẫn chưa phải là xong thủ tục.",
            "2023-08-28",
            "ministry",
            ["consultant_guide", "headline_lead", "count", "multiline", "no_event"],
            quantities=[c(5, "việc")],
            events=[],
        ),
        h(
            n(),
            "1. Giấy phép xây dựng:\na. Mốc giới, biên bản giao đất và thông số đấu nối được chủ đầu tư hạ tầng bàn giao ngay khi hợp đồng thuê đất có hiệu lực;\nb. Phép xây dựng do ban quản lý khu cấp, sau khi nhà đầu tư nộp đủ hồ sơ.",
            "2023-08-28",
            "ministry",
            [
                "consultant_guide",
                "generic_lease_no_parties",
                "lowercase_board_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Trước khi đào móng, chủ đầu tư khu cần nhận được:\n  • bản vẽ điểm đấu nối nước mưa, nước thải;\n  • giấy phép xây dựng (bản sao);\n  • kết quả thẩm duyệt phòng cháy chữa cháy.",
            "2023-08-28",
            "ministry",
            ["consultant_guide", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a park's central wastewater plant, told twice (S3 r4 = S14 r3) ---
    rows += [
        h(
            n(),
            "Cả 64 doanh nghiệp ở KCN Phước Thiện (Đồng Nai) đã đấu nối nước thải về trạm tập trung\n\nTính đến ngày 20-9, không nhà máy nào trong KCN Phước Thiện còn xả thải riêng. Ba mô đun mới, do Công ty CP KCN Phước Thiện bỏ vốn, sẽ giúp trạm xử lý 7.500 m³/ngày đêm trước Tết.",
            "2024-09-24",
            "provincial",
            [
                "headline_lead",
                "announced_investment_no_amount",
                "object_first",
                "province_bracket_after_park",
                "firm_name_with_kcn",
                "count",
                "count_in_words_none",
                "capacity_no_count",
                "multiline",
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("KCN Phước Thiện", "Công ty CP")],
            quantities=[c(64, "doanh nghiệp")],
            locations=[park("Khu công nghiệp Phước Thiện")],
            deals=[deal("investment", ["KCN Phước Thiện"], None, DNai)],
            events=[ev("investment_announcement", [F("KCN Phước Thiện")], None, None, DNai, "announced")],
        ),
        h(
            n(),
            "Phần nâng công suất cùng tuyến ống gom mới ngốn gần 72 tỷ đồng.\nĐ. KHANG",
            "2024-09-24",
            "provincial",
            ["no_investor_named", "initials_byline_nothing", "approx", "multiline", "no_event"],
            money=[m(72 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Hiện trạm chạy 2 mô đun, mỗi mô đun xử lý 2.250 m³/ngày đêm; nước ra đạt cột A trước khi đổ vào sông Thị Vải.",
            "2024-09-24",
            "provincial",
            ["count", "capacity_no_count", "river_nothing", "nfd", "no_event"],
            quantities=[c(2, "mô đun")],
            events=[],
        ),
    ]
    # --- A contractor's project-reference page (S5 r1) ---
    rows += [
        h(
            n(),
            "Hạng mục: nâng công suất Nhà máy xử lý nước thải Tân Hoá, huyện Bình Chánh (nhà thầu chính: Cty TNHH Xây dựng Môi trường Seowon Eco)",
            "2019-08-15",
            "ministry",
            ["project_reference", "contractor_no_owner_no_deal", "cty_abbreviation", "district", "old_tone"],
            firms=[f("Xây dựng Môi trường Seowon Eco", "Công ty TNHH")],
            locations=[district("huyện Bình Chánh")],
            events=[],
        ),
        h(
            n(),
            "Công trình: trạm xử lý nước thải 2.000 m3/ngày đêm cho KCN Nam Tân Uyên mở rộng – Bình Dương – hoàn thành năm 2018",
            "2019-08-15",
            "ministry",
            ["project_reference", "works_without_contract_word", "capacity_no_count", "no_event"],
            provinces=[pv("Bình Dương")],
            locations=[park("Khu công nghiệp Nam Tân Uyên mở rộng")],
            events=[],
        ),
    ]
    # --- A police paper on a commune's clean-water works, a snippet on an infographic (S6 r2, S6 r4) ---
    rows += [
        h(
            n(),
            "Hơn 39 tỷ đồng khôi phục công trình nước sạch xã Tân Lập\n\nKhoảng 2.800 m3/ngày đêm là công suất trạm cấp nước của xã sẽ lấy lại sau khi bể lắng, bể lọc được sửa, thiết bị khử trùng được thay và đường ống tới từng hộ được làm mới.",
            "2016-03-02",
            "provincial",
            [
                "headline_lead",
                "no_named_party",
                "approx",
                "capacity_no_count",
                "commune_nothing",
                "multiline",
                "no_event",
            ],
            money=[m(39 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Thi công kéo dài 6 tháng, từ tháng 3/2016; tổng mức đầu tư hơn 39,5 tỷ đồng.\n\nH.Lâm",
            "2016-03-02",
            "provincial",
            [
                "duration_no_count",
                "month_no_date",
                "approx",
                "initials_byline_nothing",
                "multiline",
                "no_event",
            ],
            money=[m(39.5 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Infographic: Mạng lưới nước sạch cho hơn 8 triệu dân thành phố\n\nDân nội đô được cấp đủ, còn ngoại thành mới khoảng 55%: toàn thành phố hiện dùng trên 1,1 triệu m3 nước sạch mỗi ngày.\n\nTheo Tuổi Trẻ",
            "2019-05-07",
            "ministry",
            [
                "infographic_caption",
                "outlet_credit_nothing",
                "count",
                "approx",
                "volume_no_count",
                "percentage",
                "multiline",
                "no_event",
            ],
            quantities=[c(8_000_000, "dân", True)],
            percentages=[55],
            events=[],
        ),
    ]
    # --- An environment-economy magazine on a Japanese firm's survey (S8 r1) ---
    rows += [
        h(
            n(),
            "Doanh nghiệp Nhật Bản tính chuyện xử lý chất thải ở Việt Nam\n\nCác khu công nghiệp của Quảng Ngãi là nơi Công ty Ariake Kogyo nhắm tới cho hệ thống xử lý bùn thải công nghiệp đậm đặc; doanh nghiệp đang khảo sát thực địa.",
            "2017-09-11",
            "ministry",
            ["headline_lead", "survey_no_deal", "country_word", "multiline", "no_event"],
            firms=[f("Ariake Kogyo", "Công ty")],
            provinces=[pv("Quảng Ngãi")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Hai trường – Đại học Kyushu Tây và Trường Đại học Bách khoa TP.HCM – đang cùng doanh nghiệp chạy thử công nghệ ở TP.HCM và góp người vào một tổ công tác chung, vừa thử kỹ thuật vừa dò thị trường xử lý nước thải.",
            "2017-09-11",
            "ministry",
            [
                "trial_no_deal",
                "working_group_no_event",
                "count_in_words_none",
                "province_in_org_name",
                "no_event",
            ],
            organizations=["Đại học Kyushu Tây", "Trường Đại học Bách khoa TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Ở Trung Quốc, Ariake Kogyo đã dùng cách ép bớt nước trong bùn rồi xử lý tiếp bằng hoá chất và vi sinh.",
            "2017-09-11",
            "ministry",
            ["old_tone", "country_word", "no_event"],
            firms=[f("Ariake Kogyo")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Quảng Ngãi, nơi hồi tháng 7 đã ký văn bản hợp tác với tỉnh Kumamoto, chỉ có hệ thống chính thức khi bài toán chi phí và quy chuẩn môi trường được giải xong.",
            "2017-09-11",
            "ministry",
            [
                "conditional_no_deal",
                "sister_province_no_event",
                "foreign_prefecture_nothing",
                "nfd",
                "no_event",
            ],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Pháp nhân của Ariake Kogyo ở Việt Nam được lập từ…",
            "2017-09-11",
            "ministry",
            ["truncated_text", "subsidiary_no_plant_no_deal", "no_event"],
            firms=[f("Ariake Kogyo")],
            events=[],
        ),
    ]
    # --- A water magazine on a memorandum of two water companies and a Japanese city's water bureau (S8 r2) ---
    rows += [
        h(
            n(),
            "Liên hệ quảng cáo: 0903 218 466\nEmail: quangcao@nganhnuoc.vn\n\nKý MOU nâng cao năng lực quản lý cấp nước Việt Nam – Nhật Bản\n\n14/03/2024 20:15\n\nMột biên bản ghi nhớ về vận hành mạng lưới và giảm thất thoát nước đã được Công ty CP Cấp nước Sông Thao, Cục Nước thành phố Minamiura (Nhật Bản) và Công ty CP Cấp nước Bạch Đằng ký chiều 14/3.",
            "2024-03-14",
            "ministry",
            [
                "ad_chrome",
                "phone_no_count",
                "headline_lead",
                "object_first_passive",
                "three_signers",
                "foreign_agency_party",
                "deal_date",
                "country_bracket",
                "multiline",
            ],
            firms=[f("Cấp nước Sông Thao", "Công ty CP"), f("Cấp nước Bạch Đằng", "Công ty CP")],
            organizations=["Cục Nước thành phố Minamiura"],
            locations=[country("Nhật Bản")],
            deals=[deal("mou", ["Cấp nước Sông Thao", "Cấp nước Bạch Đằng"], None, None, "2024-03-14")],
            events=[
                ev(
                    "mou",
                    [F("Cấp nước Sông Thao"), G("Cục Nước thành phố Minamiura"), F("Cấp nước Bạch Đằng")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Lễ ký biên bản ghi nhớ giữa Cấp nước Sông Thao, Cấp nước Bạch Đằng và Cục Nước thành phố Minamiura\nLễ ký biên bản ghi nhớ giữa Cấp nước Sông Thao, Cấp nước Bạch Đằng và Cục Nước thành phố Minamiura",
            "2024-03-14",
            "ministry",
            ["caption", "doubled_caption", "three_signers", "mou_signed", "multiline"],
            firms=[f("Cấp nước Sông Thao"), f("Cấp nước Bạch Đằng")],
            organizations=["Cục Nước thành phố Minamiura"],
            deals=[deal("mou", ["Cấp nước Sông Thao", "Cấp nước Bạch Đằng"])],
            events=[
                ev(
                    "mou",
                    [F("Cấp nước Sông Thao"), F("Cấp nước Bạch Đằng"), G("Cục Nước thành phố Minamiura")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Phía Nhật Bản, Cục trưởng Cục Nước thành phố Minamiura Sakamoto Hiroki dẫn đoàn; phía Việt Nam có Phó Chủ tịch UBND tỉnh Phú Thọ Nguyễn Hữu Thắng và Phó Giám đốc Sở Xây dựng tỉnh Lê Thị Minh Nguyệt chứng kiến lễ ký.",
            "2024-03-14",
            "ministry",
            [
                "attendee_list",
                "role_before_name",
                "attendees_no_parties",
                "bare_unit_in_role",
                "country_word",
                "nfd",
                "no_event",
            ],
            persons=[
                per("Sakamoto Hiroki", "Cục trưởng Cục Nước thành phố Minamiura"),
                per("Nguyễn Hữu Thắng", "Phó Chủ tịch UBND tỉnh Phú Thọ"),
                per("Lê Thị Minh Nguyệt", "Phó Giám đốc Sở Xây dựng tỉnh"),
            ],
            organizations=["Cục Nước thành phố Minamiura", "Ủy ban nhân dân tỉnh Phú Thọ"],
            provinces=[pv("Phú Thọ")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch HĐQT Công ty CP Cấp nước Sông Thao Đào Văn Kiên phát biểu tại buổi ký. Ảnh: Bảo Ngọc",
            "2024-03-14",
            "ministry",
            ["caption", "role_before_name", "photo_credit_person", "no_event"],
            persons=[
                per("Đào Văn Kiên", "Chủ tịch HĐQT Công ty CP Cấp nước Sông Thao"),
                per("Bảo Ngọc", None),
            ],
            firms=[f("Cấp nước Sông Thao", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Kiên, văn bản mở đường cho chuyên gia Nhật sang hướng dẫn giảm tỷ lệ thất thoát nước, hiện còn quanh 17%, và đào tạo kỹ sư vận hành trong ba năm.",
            "2024-03-14",
            "ministry",
            [
                "surname_alone_no_person",
                "agreement_details_no_event",
                "country_word",
                "percentage",
                "duration_no_count",
                "no_event",
            ],
            percentages=[17],
            locations=[country("Nhật")],
            events=[],
        ),
    ]
    # --- A news agency's Vietnamese site on a Japanese city's plan for a water plant, and a Party daily on Japan's water
    # technology (S8 r3, S8 r4) ---
    rows += [
        h(
            n(),
            "Khoảng 3.500 hộ dân TP.HCM có thể dùng nước từ một nhà máy do thành phố Kanazaki (Nhật Bản) dựng và vận hành, với Liên đoàn Kinh tế vùng Hokuriku và hãng cơ khí Hokusei Plant Engineering cùng tham gia.",
            "2012-02-14",
            "ministry",
            [
                "plan_pending_approval_no_deal",
                "count_first",
                "foreign_city_nothing",
                "country_bracket",
                "count",
                "approx",
                "no_event",
            ],
            quantities=[c(3500, "hộ dân", True)],
            provinces=[pv("Hồ Chí Minh")],
            organizations=["Liên đoàn Kinh tế vùng Hokuriku"],
            firms=[f("Hokusei Plant Engineering")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch cần NEDO – Tổ chức Phát triển Công nghệ Công nghiệp và Năng lượng mới – gật đầu; hồ sơ sẽ được gửi cuối tháng 3/2012 và nếu suôn sẻ, dự án khởi động tháng 6.",
            "2012-02-14",
            "ministry",
            ["proposal_no_deal", "acronym_then_full_name_one_entry", "month_no_date", "no_event"],
            organizations=["Tổ chức Phát triển Công nghệ Công nghiệp và Năng lượng mới"],
            events=[],
        ),
        h(
            n(),
            "Chưa địa phương Nhật nào tự xây và vận hành nhà máy nước ở nước ngoài; Kanazaki muốn là nơi đầu tiên, với các bể 1.800 tấn điều khiển bằng máy tính.",
            "2012-02-14",
            "ministry",
            ["ambition_no_deal", "tank_size_no_count", "ordinal_no_count", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp Nhật ít khi được tự vận hành nhà máy nước trong nước – việc đó là của chính quyền địa phương – nên muốn đi thầu dự án ở nước ngoài, họ cần các thành phố đi cùng.",
            "2012-02-14",
            "ministry",
            ["background", "country_word", "nfd", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Nhật Bản đẩy mạnh bán công nghệ xử lý nước ra nước ngoài\n\nCá được nuôi trong kênh dẫn nước thải đã làm sạch tại một thị trấn Nhật Bản. Ảnh: NIKKEI ASIA\nCá được nuôi trong kênh dẫn nước thải đã làm sạch tại một thị trấn Nhật Bản. Ảnh: NIKKEI ASIA",
            "2019-08-30",
            "ministry",
            ["headline", "doubled_caption", "outlet_credit_nothing", "country_word", "multiline", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Vài hồ điều hoà ở TP Hạ Long (Quảng Ninh) là nơi chuyên gia Nhật thử công nghệ lò phản ứng sinh học nano, trước khi mang nó lên sông Kim Ngưu, Hà Nội.",
            "2019-08-30",
            "ministry",
            ["trial_no_deal", "old_tone", "country_word", "province_bracket", "no_event"],
            provinces=[pv("Quảng Ninh"), pv("Hà Nội")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Lắp nhanh, rẻ, không cần đất xây nhà máy – đó là lý do các thành phố chật chội chuộng loại thiết bị lọc đặt ngay giữa dòng nước bẩn này.",
            "2019-08-30",
            "ministry",
            ["explainer_line", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Waste-to-energy: an online paper's headline and lead, a video blurb (S12 r2, S12 r3) ---
    rows += [
        h(
            n(),
            "Công trường điện rác 6.500 tỉ đồng ở Nam Sơn chạy nước rút\n\nMỗi ngày Hà Nội thải ra hàng nghìn tấn rác, bãi chôn lấp đã quá tải; nhà thầu đang làm ba ca để lò đốt kịp đỏ lửa trước cuối năm.\n\nMinh Hiếu",
            "2021-04-12",
            "ministry",
            [
                "headline_lead",
                "plant_without_investor",
                "ti_spelling",
                "vague_count_none",
                "unnamed_contractor",
                "byline_person",
                "multiline",
                "no_event",
            ],
            money=[m(6500 * B, "VND")],
            provinces=[pv("Hà Nội")],
            persons=[per("Minh Hiếu", None)],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch, 9 giờ sáng nay lò đốt đầu tiên của nhà máy điện rác Tây Bắc (huyện Củ Chi, TP.HCM) sẽ nối lưới, mở đầu giai đoạn 1; mỗi ngày nhà máy nhận chừng 2.000 tấn rác sinh hoạt.\n\nXEM THÊM",
            "2024-10-16",
            "ministry",
            [
                "video_blurb",
                "plant_without_investor",
                "district",
                "tonnage_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            locations=[district("huyện Củ Chi")],
            events=[],
        ),
    ]
    # --- Water-sector M&A: a bidding paper's story on a tender and cross sales (S15 r1) ---
    rows += [
        h(
            n(),
            "Một công ty chứng khoán cho rằng chi phí dựng nhà máy nước mới quá cao nên mua lại công ty sẵn có là đường tắt. Ảnh minh họa: Hoài Nam |",
            "2024-03-05",
            "ministry",
            ["caption", "photo_credit_person", "unnamed_firm", "no_event"],
            persons=[per("Hoài Nam", None)],
            events=[],
        ),
        h(
            n(),
            "Nước Đông Phương đăng ký mua thêm cổ phần Công ty CP Hạ tầng Nước Phương Nam trong thời gian từ 18/3 đến 16/4/2024; tạm tính theo thị giá, số tiền phải chi vào khoảng 512 tỷ đồng.",
            "2024-03-05",
            "ministry",
            ["registered_purchase", "announced_acquisition", "date_range_no_deal_date", "approx"],
            firms=[f("Nước Đông Phương"), f("Hạ tầng Nước Phương Nam", "Công ty CP")],
            money=[m(512 * B, "VND", approx=True)],
            deals=[deal("investment", ["Nước Đông Phương"], 512 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Nước Đông Phương"), F("Hạ tầng Nước Phương Nam")],
                    512 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Hai công ty con – Công ty CP Cấp nước Đà Lạt Xanh và Công ty CP Cấp nước Kon Tum Mới – cùng 42% ở Công ty CP Nước Bến Lức sẽ gián tiếp thuộc về bên mua nếu thương vụ trọn vẹn; khi đó bên mua giữ 51,2% vốn Phương Nam.",
            "2024-03-05",
            "ministry",
            [
                "conditional_no_deal",
                "short_name_alone",
                "shareholding_no_deal",
                "province_in_firm_name_no_mention",
                "count_in_words_none",
                "percentage",
            ],
            firms=[
                f("Cấp nước Đà Lạt Xanh", "Công ty CP"),
                f("Cấp nước Kon Tum Mới", "Công ty CP"),
                f("Nước Bến Lức", "Công ty CP"),
                f("Phương Nam"),
            ],
            percentages=[42, 51.2],
            events=[],
        ),
        h(
            n(),
            "Phương Nam cũng sắp sở hữu trọn Công ty CP Cấp thoát nước Tân Uyên: gần 21,4 triệu cổ phần còn lại được HĐQT chấp thuận nhận chuyển nhượng hôm 6/3.",
            "2024-03-05",
            "ministry",
            [
                "board_approved_purchase",
                "announced_acquisition",
                "short_name_alone",
                "approval_day_not_deal_date",
                "count",
                "approx",
                "nfd",
            ],
            firms=[f("Phương Nam"), f("Cấp thoát nước Tân Uyên", "Công ty CP")],
            quantities=[c(21_400_000, "cổ phần", True)],
            deals=[deal("investment", ["Phương Nam"])],
            events=[
                ev(
                    "acquisition",
                    [F("Phương Nam"), F("Cấp thoát nước Tân Uyên")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Nước Đông Phương thì đang rút khỏi nơi khác: 3,91 triệu cổ phần Công ty CP Cấp thoát nước Mỹ Tho (32,6% vốn điều lệ) và 2,85 triệu cổ phần Công ty CP Cấp nước Sóc Trăng Xanh (21,8%) đã được bán hết.",
            "2024-03-05",
            "ministry",
            [
                "sale_unnamed_buyer_no_deal",
                "passive",
                "province_in_firm_name_no_mention",
                "count",
                "percentage",
            ],
            firms=[
                f("Nước Đông Phương"),
                f("Cấp thoát nước Mỹ Tho", "Công ty CP"),
                f("Cấp nước Sóc Trăng Xanh", "Công ty CP"),
            ],
            quantities=[c(3_910_000, "cổ phần"), c(2_850_000, "cổ phần")],
            percentages=[32.6, 21.8],
            events=[],
        ),
        h(
            n(),
            "Mới 6,4 trong số 9,2 triệu cổ phần Công ty CP Cấp nước Thuận Hoá (10,8% vốn) mà Tập đoàn Nhựa Đông Phương – công ty mẹ – đăng ký bán là đã tìm được người mua.",
            "2024-03-05",
            "ministry",
            ["sale_unnamed_buyer_no_deal", "count_without_noun_none", "old_tone", "count", "percentage"],
            firms=[f("Cấp nước Thuận Hóa", "Công ty CP"), f("Nhựa Đông Phương", "Tập đoàn")],
            quantities=[c(9_200_000, "cổ phần")],
            percentages=[10.8],
            events=[],
        ),
    ]
    # --- A water utility's site on a stake won at auction (S15 r2) ---
    rows += [
        h(
            n(),
            "Lô 2,4 triệu cổ phần (24% vốn điều lệ) mà Công ty CP Xây dựng Cấp thoát nước Sông Dinh nắm ở Công ty CP Cấp nước Long Thành Xanh (Đồng Nai) đã về tay Công ty CP Nước Lái Thiêu (LTW) sau phiên đấu giá.",
            "2022-06-17",
            "ministry",
            [
                "auction_won",
                "completed_acquisition",
                "object_first",
                "buyer_last",
                "seller_named",
                "acronym_bracket_one_entry",
                "province_bracket_after_firm",
                "count",
                "percentage",
            ],
            firms=[
                f("Xây dựng Cấp thoát nước Sông Dinh", "Công ty CP"),
                f("Cấp nước Long Thành Xanh", "Công ty CP"),
                f("Nước Lái Thiêu", "Công ty CP"),
            ],
            provinces=[pv("Đồng Nai")],
            quantities=[c(2_400_000, "cổ phần")],
            percentages=[24],
            deals=[deal("investment", ["Nước Lái Thiêu"])],
            events=[
                ev(
                    "acquisition",
                    [
                        F("Nước Lái Thiêu"),
                        F("Cấp nước Long Thành Xanh"),
                        F("Xây dựng Cấp thoát nước Sông Dinh"),
                    ],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Thành lập năm 2016, Long Thành Xanh phải kéo ống qua một vùng rộng nên lỗ mấy năm liền; từ năm nay, ghế Chủ tịch HĐQT của công ty do ông Lương Văn Tài – Chủ tịch HĐQT Công ty CP Nước Lái Thiêu – kiêm nhiệm.",
            "2022-06-17",
            "ministry",
            ["founding_no_deal", "short_name_alone", "role_between_dashes", "nfd", "no_event"],
            firms=[f("Long Thành Xanh"), f("Nước Lái Thiêu", "Công ty CP")],
            persons=[per("Lương Văn Tài", "Chủ tịch HĐQT Công ty CP Nước Lái Thiêu")],
            events=[],
        ),
        h(
            n(),
            "Nắm 24% vốn, LTW có thể cùng các cổ đông khác kéo kết quả kinh doanh của Long Thành Xanh đi lên sớm hơn.\nThu Hà (Diễn đàn Doanh nghiệp)",
            "2022-06-17",
            "ministry",
            [
                "shareholding_no_deal",
                "acronym_alone_firm",
                "byline_person",
                "outlet_credit_nothing",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("LTW"), f("Long Thành Xanh")],
            persons=[per("Thu Hà", None)],
            percentages=[24],
            events=[],
        ),
    ]
    # --- An online paper on foreign and private buyers of water companies (S15 r3) ---
    rows += [
        h(
            n(),
            "2.100 tỷ đồng đổi lấy 35% cổ phần nhà máy nước lớn nhất miền Bắc\n\nNhà nước rút vốn đến đâu, tư nhân và khối ngoại nhảy vào gom cổ phần các công ty nước sạch đến đó.",
            "2019-08-21",
            "ministry",
            [
                "headline_lead",
                "amount_first",
                "no_named_firm",
                "region_nothing",
                "percentage",
                "multiline",
                "no_event",
            ],
            money=[m(2100 * B, "VND")],
            percentages=[35],
            events=[],
        ),
        h(
            n(),
            "Oceanus Water Pte Ltd (Singapore) từng có 39,2% Công ty CP Nước sạch Sông Mã – 19,6 triệu cổ phần mua lại từ Tổng công ty Xây dựng Bạch Mai năm 2011 – trước khi bán sạch cho một doanh nghiệp trong nước vào tháng 5/2017.",
            "2019-08-21",
            "ministry",
            [
                "recalled_acquisition",
                "deal_no_event",
                "buyer_first",
                "exit_unnamed_buyer_no_deal",
                "country_bracket",
                "count",
                "percentage",
            ],
            firms=[
                f("Oceanus Water", "Pte Ltd"),
                f("Nước sạch Sông Mã", "Công ty CP"),
                f("Xây dựng Bạch Mai", "Tổng công ty"),
            ],
            quantities=[c(19_600_000, "cổ phần")],
            percentages=[39.2],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Oceanus Water"])],
            events=[],
        ),
        h(
            n(),
            "Hơn 2.100 tỷ đồng là số tiền SAU Water Holdings, công ty con của Tập đoàn Siam Aqua Utilities (Thái Lan), đã trả ông Trịnh Quốc Bảo cho 35 triệu cổ phiếu, tức 35% vốn Công ty CP Nước mặt sông Cầu, theo thông báo gửi Sở Giao dịch Chứng khoán Thái Lan ngày 12/8.",
            "2019-08-21",
            "ministry",
            [
                "amount_first",
                "completed_acquisition",
                "subsidiary_buyer",
                "parent_mention",
                "person_seller_no_party",
                "filing_day_not_deal_date",
                "country_in_org_name_nothing",
                "count",
                "approx",
                "percentage",
            ],
            money=[m(2100 * B, "VND", approx=True)],
            firms=[
                f("SAU Water Holdings"),
                f("Siam Aqua Utilities", "Tập đoàn"),
                f("Nước mặt sông Cầu", "Công ty CP"),
            ],
            persons=[per("Trịnh Quốc Bảo", None)],
            organizations=["Sở Giao dịch Chứng khoán Thái Lan"],
            quantities=[c(35_000_000, "cổ phiếu")],
            percentages=[35],
            locations=[country("Thái Lan")],
            deals=[deal("investment", ["SAU Water Holdings"], 2100 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("SAU Water Holdings"), F("Nước mặt sông Cầu")],
                    2100 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "{keywords}\nCơ cấu cổ đông Nước mặt sông Cầu sau khi SAU Water Holdings vào 35% (nguồn: báo cáo thường niên).",
            "2019-08-21",
            "ministry",
            ["template_artefact", "caption", "shareholding_no_deal", "percentage", "multiline", "no_event"],
            firms=[f("Nước mặt sông Cầu"), f("SAU Water Holdings")],
            percentages=[35],
            events=[],
        ),
        h(
            n(),
            "Danh sách cổ đông sáng lập của Nước mặt sông Cầu cho thấy Công ty CP Nước Kinh Bắc Xanh có 55%, Công ty CP Đầu tư Việt – Qatar 28% và Công ty Nước sạch Số 2 Hà Nội 12%.",
            "2019-08-21",
            "ministry",
            [
                "shareholding_no_deal",
                "province_in_firm_name_no_mention",
                "country_in_firm_name_nothing",
                "percentage",
            ],
            firms=[
                f("Nước mặt sông Cầu"),
                f("Nước Kinh Bắc Xanh", "Công ty CP"),
                f("Đầu tư Việt – Qatar", "Công ty CP"),
                f("Nước sạch Số 2 Hà Nội", "Công ty"),
            ],
            percentages=[55, 28, 12],
            events=[],
        ),
        h(
            n(),
            "Nước Kinh Bắc Xanh, nơi bà Đặng Thị Thu Hương làm Chủ tịch HĐQT, vẫn là cổ đông lớn nhất; SAU Water Holdings đứng ngay sau.",
            "2019-08-21",
            "ministry",
            ["shareholding_no_deal", "role_in_relative_clause", "no_event"],
            firms=[f("Nước Kinh Bắc Xanh"), f("SAU Water Holdings")],
            persons=[per("Đặng Thị Thu Hương", "Chủ tịch HĐQT")],
            events=[],
        ),
    ]
    # --- A business site on a tender offer for a city water company (S15 r4) ---
    rows += [
        h(
            n(),
            "Giá chào là 26.500 đồng/cổ phiếu cho 6,9 triệu cổ phiếu Công ty CP Cấp thoát nước Tây Đô (24,8% số đang lưu hành) mà Công ty CP Đầu tư Nước Hoàng Gia muốn gom bằng vốn kinh doanh của mình, theo công bố thông tin.",
            "2018-11-06",
            "ministry",
            [
                "tender_offer",
                "announced_acquisition",
                "price_first",
                "price_per_share_no_money",
                "count",
                "percentage",
            ],
            firms=[f("Cấp thoát nước Tây Đô", "Công ty CP"), f("Đầu tư Nước Hoàng Gia", "Công ty CP")],
            quantities=[c(6_900_000, "cổ phiếu")],
            percentages=[24.8],
            deals=[deal("investment", ["Đầu tư Nước Hoàng Gia"])],
            events=[
                ev(
                    "acquisition",
                    [F("Đầu tư Nước Hoàng Gia"), F("Cấp thoát nước Tây Đô")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Thành công, bên chào mua sẽ có 12,8 triệu cổ phiếu, tức 46,1% thay vì 21,3% như hiện nay.",
            "2018-11-06",
            "ministry",
            ["conditional_no_deal", "unnamed_buyer", "percentage", "count"],
            quantities=[c(12_800_000, "cổ phiếu")],
            percentages=[46.1, 21.3],
            events=[],
        ),
        h(
            n(),
            "Vốn điều lệ 260 tỷ đồng, gần 26 triệu cổ phần lưu hành, trụ sở ở TP Cần Thơ từ khi ra đời năm 2005 – đó là Công ty CP Cấp thoát nước Tây Đô. Bên chào mua trẻ hơn nhiều: lập tháng 6/2018, nay đã góp vốn vào 17 doanh nghiệp ở 11 địa phương.",
            "2018-11-06",
            "ministry",
            ["company_profile", "charter_capital_money_only", "count", "approx", "no_event"],
            money=[m(260 * B, "VND")],
            quantities=[c(26_000_000, "cổ phần", True), c(17, "doanh nghiệp"), c(11, "địa phương")],
            provinces=[pv("Cần Thơ")],
            firms=[f("Cấp thoát nước Tây Đô", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Nước ngầm bị hút quá mức làm đất lún, mặn vào sâu; các nhà máy nước mặt vì thế có giá, và Đầu tư Nước Hoàng Gia là một trong những tay chơi tư nhân theo hướng này.",
            "2018-11-06",
            "ministry",
            ["background", "no_event"],
            firms=[f("Đầu tư Nước Hoàng Gia")],
            events=[],
        ),
    ]
    # --- A news agency's French page on a Taiwanese group's planned textile plant, rendered in Vietnamese (S17 r4) ---
    rows += [
        h(
            n(),
            "Khoảng 600 chỗ làm sẽ có khi nhà máy dệt của Tập đoàn Hòa Nguyên (Đài Loan) trên 22 ha ở KCN Châu Sơn, tỉnh Hà Nam đi vào hoạt động; tập đoàn tính khởi công từ tháng 9 và xây trong một năm. -TTXVN",
            "2018-06-20",
            "provincial",
            [
                "foreign_language_rendered",
                "planned_groundbreaking_announced_investment",
                "count_first",
                "agency_credit_nothing",
                "area",
                "count",
                "approx",
                "country_bracket",
                "nfd",
            ],
            quantities=[c(600, "chỗ làm", True)],
            firms=[f("Hòa Nguyên", "Tập đoàn")],
            provinces=[pv("Hà Nam")],
            areas=[ha(22)],
            locations=[country("Đài Loan"), park("Khu công nghiệp Châu Sơn")],
            deals=[deal("investment", ["Hòa Nguyên"], None, HNam)],
            events=[ev("investment_announcement", [F("Hòa Nguyên")], None, None, HNam, "announced")],
        ),
        h(
            n(),
            "Xử lý nước thải đúng chuẩn Việt Nam là điều ông Lin Chia-wei, phó tổng giám đốc Hòa Nguyên, hứa với lãnh đạo tỉnh tại buổi làm việc.",
            "2018-06-20",
            "provincial",
            [
                "foreign_language_rendered",
                "role_after_name",
                "pledge_no_deal",
                "working_session_no_event",
                "no_event",
            ],
            persons=[per("Lin Chia-wei", "phó tổng giám đốc Hòa Nguyên")],
            firms=[f("Hòa Nguyên")],
            events=[],
        ),
    ]
    # --- English: a treatment-firm's RO explainer, a knitting-trade site's short item (S4 r3, S17 r1) ---
    rows += [
        h(
            n(),
            "I. Technology:\nThink of an RO (REVERSE OSMOSIS) membrane as a very fine polyamide sieve: water molecules get through under pressure, dissolved salts mostly do not.",
            "2020-04-09",
            "ministry",
            [E, "explainer", "caps_term", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Why plants choose membranes:\n\n  • fewer chemicals than coagulation\n  • compact, modular skids\n  • steady water quality",
            "2020-04-09",
            "ministry",
            [E, "explainer", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Investors looking at Vietnam's industrial parks now ask for wastewater plants along with roads and power, and a growing number want eco-industrial parks that cut waste; several parks still run without a central treatment plant.\n\nShare",
            "2021-10-12",
            "ministry",
            [E, "trade_site_item", "share_button", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: an army daily's copy of a news-agency item on a Singapore-backed water venture (S17 r2) ---
    rows += [
        h(
            n(),
            "June 3, 2014 | 18:12 (GMT+7)\nSingapore money for a water start-up's first plant in Vietnam\nA joint venture running a small drinking-water plant in southern Vietnam has taken 420,000 SGD (about 335,000 USD) from Merlion Water Ventures, an investment house based in Singapore.",
            "2014-06-03",
            "ministry",
            [
                E,
                "timestamp_line",
                "headline_lead",
                "funding_into_venture",
                "completed_acquisition_buyer_alone",
                "sgd_amount",
                "bracketed_conversion",
                "approx",
                "multiline",
            ],
            firms=[f("Merlion Water Ventures")],
            money=[m(420_000, "SGD"), m(335_000, "USD", approx=True)],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Merlion Water Ventures"], 420_000)],
            events=[ev("acquisition", [F("Merlion Water Ventures")], 420_000, "SGD", None, "completed")],
        ),
        h(
            n(),
            "HydroTan, as the venture is called, pairs Hydrosep, a membrane start-up spun out of a university in Singapore, with local firm Tan Phu Water Technology; its plant turns out 1.2 million litres of drinking water a day.",
            "2014-06-03",
            "ministry",
            [E, "existing_venture_no_deal", "capacity_no_count", "no_event"],
            firms=[f("HydroTan"), f("Hydrosep"), f("Tan Phu Water Technology")],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Households in Can Giuoc district, Long An province, now pay roughly a third less for drinking water since HydroTan's plant opened there recently, about an hour from Ho Chi Minh City.",
            "2014-06-03",
            "ministry",
            [
                E,
                "inauguration_no_capital",
                "possessive_firm",
                "english_district_nothing",
                "fraction_no_percentage",
                "duration_no_count",
            ],
            provinces=[pv("Long An"), pv("Hồ Chí Minh")],
            firms=[f("HydroTan")],
            events=[ev("inauguration", [F("HydroTan")], None, None, LA, "completed")],
        ),
        h(
            n(),
            "Day-to-day oversight happens remotely from Singapore, and on site the plant needs only one worker.\nSource: VNA",
            "2014-06-03",
            "ministry",
            [E, "agency_credit_nothing", "count_in_words_none", "multiline", "no_event"],
            locations=[country("Singapore")],
            events=[],
        ),
    ]
    # --- English: a US export-market plan's wastewater chapter, three times (S17 r3 = S18 r3 = S19 r4) ---
    rows += [
        h(
            n(),
            "Vietnam Environmental Export Market Plan\nChapter 6 - Wastewater Treatment\nDebt-laden state enterprises rarely spend on pollution control, so factory effluent still reaches Vietnam's canals and rivers untreated.",
            "2001-03-15",
            "ministry",
            [E, "report_page", "chapter_number_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Treatment plants do exist at most export zones and at foreign-owned factories, but anecdotes abound of operators switching them off to cut costs.",
            "2001-03-15",
            "ministry",
            [E, "report_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hanoi was dumping some 280,000 m3 of untreated wastewater a day and Ho Chi Minh City 690,000 m3, according to a June 1998 estimate by Tran Van Hieu, then a vice minister at MOSTE.",
            "2001-03-15",
            "ministry",
            [E, "role_after_name", "acronym_alone_org", "volume_no_count", "month_no_date", "no_event"],
            provinces=[pv("Hà Nội"), pv("Hồ Chí Minh")],
            persons=[per("Tran Van Hieu", "vice minister at MOSTE")],
            organizations=["MOSTE"],
            events=[],
        ),
        h(
            n(),
            "Around 650 big factories and 28,000 workshops empty their waste into the city's canals.",
            "2001-03-15",
            "ministry",
            [E, "count", "approx", "no_event"],
            quantities=[c(650, "big factories", True), c(28_000, "workshops")],
            events=[],
        ),
    ]
    # --- English: a business-office site's summary of a German-Vietnamese water-plant agreement (S18 r1) ---
    rows += [
        h(
            n(),
            "Long An: German and Vietnamese water firms to build surface-water plant\n\nDescription\n\nAn agreement to build the Vam Co Tay River surface-water plant in Long An province together was signed in Dresden, Saxony, by Germany's Rheinauer Wasser AG and Vietnam's SongHau Aqua Corporation.",
            "2021-04-22",
            "ministry",
            [
                E,
                "headline_lead",
                "object_first_passive",
                "firm_pair_agreement",
                "signed_abroad_no_site",
                "possessive_country",
                "corporation_kept",
                "multiline",
            ],
            firms=[f("Rheinauer Wasser", "AG"), f("SongHau Aqua Corporation")],
            provinces=[pv("Long An")],
            locations=[country("Germany")],
            deals=[deal("mou", ["Rheinauer Wasser", "SongHau Aqua Corporation"])],
            events=[
                ev("mou", [F("Rheinauer Wasser"), F("SongHau Aqua Corporation")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Output is planned to climb in steps – 150,000 m3 a day from 2024, 400,000 m3 from 2026 – toward a final 1 million m3.\n\nSource & further information: “German, Vietnamese firms to build water plant in Long An” at https://vietnamnews.vn, accessed on 22 Apr 2021",
            "2021-04-22",
            "ministry",
            [E, "capacity_no_count", "source_line", "url_nothing", "multiline", "no_event"],
            provinces=[pv("Long An")],
            events=[],
        ),
    ]
    # --- English: a Dutch engineering firm's news on a sewer contract (S18 r2) ---
    rows += [
        h(
            n(),
            "Contract signed for Dong Nai sewer project\n\nSewers and a treatment plant for three towns in Dong Nai Province will be designed and built by the Dutch-Vietnamese consortium of Vandermeer Water Technology and Phuong Nam Environment Engineering (PNE), under a contract the water utility Dowasco signed with them on 9 March 2017.",
            "2017-03-20",
            "ministry",
            [
                E,
                "headline_lead",
                "design_build_contract",
                "consortium_contractors_first",
                "one_event_all_parties",
                "acronym_bracket_one_entry",
                "adjective_no_country",
                "deal_date",
                "count_in_words_none",
                "multiline",
            ],
            firms=[
                f("Vandermeer Water Technology"),
                f("Phuong Nam Environment Engineering"),
                f("Dowasco"),
            ],
            provinces=[pv("Đồng Nai")],
            deals=[
                deal("supply_contract", ["Vandermeer Water Technology", "Dowasco"], None, DNai, "2017-03-09"),
                deal(
                    "supply_contract",
                    ["Phuong Nam Environment Engineering", "Dowasco"],
                    None,
                    DNai,
                    "2017-03-09",
                ),
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Vandermeer Water Technology"), F("Phuong Nam Environment Engineering"), F("Dowasco")],
                    None,
                    None,
                    DNai,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "About 130,000 residents and 550 small businesses should be connected by 2021 to the new sewers, which end at a 12,000 m3/day treatment plant.",
            "2017-03-20",
            "ministry",
            [E, "contract_scope_no_event", "capacity_no_count", "count", "approx", "no_event"],
            quantities=[c(130_000, "residents", True), c(550, "small businesses")],
            events=[],
        ),
        h(
            n(),
            "Loans cover 60% of the roughly 32 million euro bill, Dowasco said; the other 40% is a grant from a Dutch infrastructure facility.",
            "2017-03-20",
            "ministry",
            [
                E,
                "grant_unnamed_donor_no_deal",
                "adjective_no_country",
                "euro_word",
                "approx",
                "percentage",
                "no_event",
            ],
            percentages=[60, 40],
            money=[m(32 * M, "EUR", approx=True)],
            firms=[f("Dowasco")],
            events=[],
        ),
    ]
    # --- English: a blog's copy of a provincial sewage proposal (S18 r4) ---
    rows += [
        h(
            n(),
            "Nga Nam town could get drainage and sewage treatment for 6,500 cubic metres a day under a 9 million EUR project that Soc Trang, in the Mekong Delta, has sent to the Government for approval; building would run from the second quarter to March 2013.\nNo comments:\nPost a Comment",
            "2010-01-18",
            "ministry",
            [
                E,
                "proposal_no_deal",
                "government_bare_nothing",
                "region_nothing",
                "conditional",
                "volume_no_count",
                "blog_chrome",
                "multiline",
                "no_event",
            ],
            money=[m(9 * M, "EUR")],
            provinces=[pv("Sóc Trăng")],
            events=[],
        ),
    ]
    # --- English: a business daily on a steel group's appliance plant (S19 r1) ---
    rows += [
        h(
            n(),
            "HANOI -- Water and air purifiers will come off the same lines as air conditioners at a new household-appliance plant opened by steelmaker Hung Long Group, which wants the appliance arm to earn $800 million a year by 2030.",
            "2024-01-19",
            "ministry",
            [
                E,
                "dateline_mention",
                "inauguration_no_capital",
                "object_first",
                "revenue_target_money_per_year",
                "group_kept",
            ],
            firms=[f("Hung Long Group")],
            provinces=[pv("Hà Nội")],
            money=[m(800 * M, "USD", per="year")],
            events=[ev("inauguration", [F("Hung Long Group")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Capacity is 1.5 million units a year, and building the plant at Dong Van III Industrial Park in Ha Nam province took more than 1.2 trillion dong ($50 million).",
            "2024-01-19",
            "ministry",
            [
                E,
                "plant_without_firm_no_deal",
                "english_park_no_location",
                "dong_word",
                "bracketed_conversion",
                "approx",
                "capacity_no_count",
                "no_event",
            ],
            provinces=[pv("Hà Nam")],
            money=[m(1200 * B, "VND", approx=True), m(50 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: an investment review on foreign environmental-equipment groups (S19 r2) ---
    rows += [
        h(
            n(),
            "Air, dust and wastewater treatment in Vietnam is drawing foreign equipment makers such as Germany's Weissbach Wassertechnik.",
            "2016-05-23",
            "ministry",
            [E, "possessive_country", "interest_no_deal", "no_event"],
            locations=[country("Germany")],
            firms=[f("Weissbach Wassertechnik")],
            events=[],
        ),
        h(
            n(),
            "Klaus Reinhardt, head of new projects at Weissbach, said a factory for its equipment might follow its Ho Chi Minh City representative office “within a year or two”.",
            "2016-05-23",
            "ministry",
            [E, "conditional_no_deal", "role_after_name", "short_name", "duration_no_count", "no_event"],
            persons=[per("Klaus Reinhardt", "head of new projects at Weissbach")],
            firms=[f("Weissbach")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Grunwald Recycling GmbH, present at more than 180 sites in Germany and nine other European countries, has put Vietnam on its export list, deputy spokesperson Petra Vogel said.",
            "2016-05-23",
            "ministry",
            [E, "role_before_name", "count", "approx", "count_in_words_none", "region_nothing", "no_event"],
            firms=[f("Grunwald Recycling", "GmbH")],
            quantities=[c(180, "sites", True)],
            locations=[country("Germany")],
            persons=[per("Petra Vogel", "deputy spokesperson")],
            events=[],
        ),
        h(
            n(),
            "Merrow Consulting Vietnam, the local arm of an engineering group, sees pollution as an opening too; a representative said water treatment was the sector it meant to enter.",
            "2016-05-23",
            "ministry",
            [
                E,
                "unnamed_speaker_no_person",
                "sector_plan_no_project_no_deal",
                "vietnam_dropped_from_name",
                "no_event",
            ],
            firms=[f("Merrow Consulting")],
            events=[],
        ),
        h(
            n(),
            "Among some 300 environmental-technology firms in Ho Chi Minh City is Phu Lam Engineering Co., Ltd., whose sales manager Le Thi Thu Ha said Japanese-owned factories had been ordering its wastewater units since last year, in contracts “worth hundreds of thousands of dollars each”.",
            "2016-05-23",
            "ministry",
            [
                E,
                "unnamed_buyers_no_deal",
                "vague_amount_none",
                "adjective_no_country",
                "role_before_name",
                "count",
                "approx",
                "no_event",
            ],
            quantities=[c(300, "environmental-technology firms", True)],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Phu Lam Engineering", "Co., Ltd.")],
            persons=[per("Le Thi Thu Ha", "sales manager")],
            events=[],
        ),
    ]
    # --- English: an e-paper copy of the export plan's case study, with its HTML breaks (S19 r3) ---
    rows += [
        h(
            n(),
            "Case Study 6.3 When Aid Pays for Treatment<br />\n\nFew firms polluted Ho Chi Minh City's canals as badly as dyer<br />\n\nHoang Phuc Textile Co. did in the late 1990s.<br />",
            "2014-03-09",
            "ministry",
            [E, "html_markup", "case_number_no_count", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Hoang Phuc Textile", "Co.")],
            events=[],
        ),
        h(
            n(),
            "A grant from Dutch aid covered 70 percent of the<br />\n\n$2.2 million plant it finally installed in December 1999;<br />\n\nthe rest came from local bank loans.<br />",
            "2014-03-09",
            "ministry",
            [
                E,
                "html_markup",
                "installation_no_contract_no_deal",
                "grant_no_deal",
                "adjective_no_country",
                "percentage",
                "multiline",
                "no_event",
            ],
            percentages=[70],
            money=[m(2.2 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: a property site's copy of a Philippine daily on a water stake (S20 r1) ---
    rows += [
        h(
            n(),
            "Luzon Water lifts stake in Vietnamese water firm\nBy Maria Santos (The Manila Chronicle)\nUpdated June 12, 2018 – 12:00am\n\nMANILA – Saigon Hydro Infrastructure Corporation (SHI) will issue 5.2 million new shares to Luzon Water Asia Holdings Pte. Ltd., the Singapore-based unit of Luzon Water Co., taking the unit's stake to 36.4 percent under an investment agreement signed on Monday, the Philippine company said in a regulatory filing.",
            "2018-06-12",
            "ministry",
            [
                E,
                "repost_chrome",
                "byline_person",
                "outlet_nothing",
                "signed_acquisition",
                "placement_to_named_investor",
                "subsidiary_buyer",
                "headline_name_same_canonical",
                "weekday_no_date",
                "based_country",
                "count",
                "percentage",
                "multiline",
            ],
            firms=[
                f("Luzon Water", "Co."),
                f("Saigon Hydro Infrastructure Corporation"),
                f("Luzon Water Asia Holdings", "Pte. Ltd."),
            ],
            persons=[per("Maria Santos", None)],
            quantities=[c(5_200_000, "new shares")],
            percentages=[36.4],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Luzon Water Asia Holdings"])],
            events=[
                ev(
                    "acquisition",
                    [F("Luzon Water Asia Holdings"), F("Saigon Hydro Infrastructure Corporation")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Listed in Ho Chi Minh City, SHI wants to be the one Vietnamese group that does supply, wastewater, engineering and operations together.",
            "2018-06-12",
            "ministry",
            [E, "acronym_alone_firm", "adjective_no_country", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("SHI")],
            events=[],
        ),
        h(
            n(),
            "Tan Thoi 2, its bulk-water unit, pumps 280 million litres daily into the state network at Cu Chi on the edge of Ho Chi Minh City, an area of 68,000 connections.",
            "2018-06-12",
            "ministry",
            [E, "digit_in_firm_name", "volume_no_count", "count", "no_event"],
            firms=[f("Tan Thoi 2")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(68_000, "connections")],
            events=[],
        ),
    ]
    # --- English: a finance magazine on a Korean water corporation's purchase (S20 r2) ---
    rows += [
        h(
            n(),
            "For 79.5 million ringgit (US$18.8 million), South Korea's state-run Daeho Water Resources Corporation has taken 28% of Hiep Phuoc Water, a Long An province utility, from Malaysia's Tanjung Water Holdings, its first step into Vietnam's water market.",
            "2024-05-28",
            "ministry",
            [
                E,
                "amount_first",
                "completed_acquisition",
                "seller_named",
                "ringgit_word",
                "bracketed_conversion",
                "possessive_country",
                "corporation_kept",
                "percentage",
                "ordinal_no_count",
            ],
            firms=[
                f("Daeho Water Resources Corporation"),
                f("Hiep Phuoc Water"),
                f("Tanjung Water Holdings"),
            ],
            provinces=[pv("Long An")],
            money=[m(79.5 * M, "MYR"), m(18.8 * M, "USD")],
            percentages=[28],
            locations=[country("South Korea"), country("Malaysia")],
            deals=[deal("investment", ["Daeho Water Resources Corporation"], 79.5 * M)],
            events=[
                ev(
                    "acquisition",
                    [
                        F("Daeho Water Resources Corporation"),
                        F("Hiep Phuoc Water"),
                        F("Tanjung Water Holdings"),
                    ],
                    79.5 * M,
                    "MYR",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Daeho will help run the waterworks until 2061 and wants to test its smart leak-detection system there first, said Kim Sung-min, its head of overseas business.",
            "2024-05-28",
            "ministry",
            [E, "short_name", "year_no_count", "role_after_name_its", "no_event"],
            firms=[f("Daeho")],
            persons=[per("Kim Sung-min", "head of overseas business")],
            events=[],
        ),
    ]
    # --- English: a news site's feature on money for clean water (S20 r3) ---
    rows += [
        h(
            n(),
            "{keywords}\n\nKinh Bac Xanh Water Group cut the ribbon on October 8 on phase one of its Cau River surface-water plant in Bac Ninh, a project of about VND5.2 trillion ($225 million) that can deliver 280,000 cu m a day.",
            "2019-10-20",
            "ministry",
            [
                E,
                "template_artefact",
                "inauguration_with_capital",
                "ribbon_cutting",
                "bracketed_conversion",
                "approx",
                "deal_date",
                "capacity_no_count",
                "multiline",
            ],
            firms=[f("Kinh Bac Xanh Water Group")],
            provinces=[pv("Bắc Ninh")],
            money=[m(5200 * B, "VND", approx=True), m(225 * M, "USD")],
            deals=[deal("investment", ["Kinh Bac Xanh Water Group"], 5200 * B, BN, "2019-10-08")],
            events=[ev("inauguration", [F("Kinh Bac Xanh Water Group")], 5200 * B, "VND", BN, "completed")],
        ),
        h(
            n(),
            "“Surface water lets us stop land subsidence and keep supply secure,” Ms Dang Thi Thu Huong, chairwoman of Song Cau Surface Water JSC, told VET.",
            "2019-10-20",
            "ministry",
            [E, "quote_first", "role_after_name", "outlet_nothing", "no_event"],
            persons=[per("Dang Thi Thu Huong", "chairwoman of Song Cau Surface Water JSC")],
            firms=[f("Song Cau Surface Water", "JSC")],
            events=[],
        ),
        h(
            n(),
            "No chemicals are needed with the uBCF biological filter the plant uses, and its water passes Ministry of Health standards.",
            "2019-10-20",
            "ministry",
            [E, "technology_line", "org_in_english", "no_event"],
            organizations=["Ministry of Health"],
            events=[],
        ),
        h(
            n(),
            "Hoang Gia Water switched on its 90,000 cu m-a-day plant in Long Dinh commune, Can Duoc district, Long An province, on April 22; the 28-ha project cost VND720 billion ($31 million).",
            "2019-10-20",
            "ministry",
            [
                E,
                "inauguration_with_capital",
                "switched_on",
                "bracketed_conversion",
                "deal_date",
                "english_district_nothing",
                "area",
                "capacity_no_count",
            ],
            firms=[f("Hoang Gia Water")],
            provinces=[pv("Long An")],
            areas=[ha(28)],
            money=[m(720 * B, "VND"), m(31 * M, "USD")],
            deals=[deal("investment", ["Hoang Gia Water"], 720 * B, LA, "2019-04-22")],
            events=[ev("inauguration", [F("Hoang Gia Water")], 720 * B, "VND", LA, "completed")],
        ),
        h(
            n(),
            "Seventeen member companies in 11 provinces, more than 1 million cu m a day of designed capacity and about VND1.65 trillion of charter capital make up Hoang Gia Water today.",
            "2019-10-20",
            "ministry",
            [
                E,
                "charter_capital_money_only",
                "count_in_words_none",
                "approx",
                "count",
                "capacity_no_count",
                "no_event",
            ],
            quantities=[c(11, "provinces")],
            money=[m(1650 * B, "VND", approx=True)],
            firms=[f("Hoang Gia Water")],
            events=[],
        ),
    ]
    # --- English: a securities firm's sector note on two stakes (S20 r4) ---
    rows += [
        h(
            n(),
            "Water Sector Update - Investments in Can Tho water companies add value\nSector Reports\nAbout VND310bn went into two purchases, LTW said: 47.5% of the unlisted Hau Giang Water Supply JSC and 23.9% of Can Tho Water Supply – Sewerage (UPCoM: CTW).\nPowered by Froala Editor",
            "2022-05-09",
            "ministry",
            [
                E,
                "research_note",
                "amount_first",
                "two_completed_acquisitions",
                "one_deal_per_buyer",
                "combined_amount_on_deal",
                "ticker_no_firm",
                "province_in_firm_name_no_mention",
                "approx",
                "percentage",
                "page_chrome",
                "multiline",
            ],
            provinces=[pv("Cần Thơ")],
            money=[m(310 * B, "VND", approx=True)],
            firms=[
                f("LTW"),
                f("Hau Giang Water Supply", "JSC"),
                f("Can Tho Water Supply – Sewerage"),
            ],
            percentages=[47.5, 23.9],
            deals=[deal("investment", ["LTW"], 310 * B)],
            events=[
                ev("acquisition", [F("LTW"), F("Hau Giang Water Supply")], None, None, None, "completed"),
                ev(
                    "acquisition",
                    [F("LTW"), F("Can Tho Water Supply – Sewerage")],
                    None,
                    None,
                    None,
                    "completed",
                ),
            ],
        ),
    ]
    return rows
