# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 143 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: precision mechanical parts (springs, fasteners, screws, stamped parts,
watches and watch parts, precision components; CNC machining shops supplying FDI firms in Việt Nam). Written and
annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes.
Searches, numbered S1-S20 in the section comments: S1 "lò xo nhà máy sản xuất lò xo khu công nghiệp đầu tư", S2 "bu
lông ốc vít doanh nghiệp sản xuất Việt Nam xuất khẩu", S3 "gia công cơ khí chính xác CNC cung ứng doanh nghiệp FDI", S4
"dập kim loại linh kiện nhà máy dập chi tiết khu công nghiệp", S5 "nhà máy sản xuất đồng hồ linh kiện đồng hồ Việt
Nam", S6 "cơ khí chính xác doanh nghiệp Việt trở thành nhà cung cấp cho Samsung Canon", S7 "trao giấy chứng nhận đầu tư
dự án sản xuất linh kiện cơ khí chính xác", S8 "ốc vít Nhật Bản nhà máy Việt Nam vốn đầu tư triệu USD", S9 "khánh
thành nhà máy cơ khí chính xác khu công nghiệp", S10 "xưởng tiện phay CNC gia công chi tiết máy đơn hàng nước ngoài",
S11 "công nghiệp hỗ trợ cơ khí chính xác kết nối cung cầu hội chợ", S12 "sản xuất khuôn mẫu linh kiện chính xác Bắc
Ninh Hải Phòng FDI", S13 "động thổ nhà máy linh kiện cơ khí chính xác Nhật Bản", S14 "ký hợp đồng cung cấp linh kiện cơ
khí cho tập đoàn nước ngoài", S15 "dây thép lò xo vít linh kiện nhập khẩu nội địa hóa công nghiệp hỗ trợ", S16 "Hiệp
hội doanh nghiệp cơ khí chính xác Hà Nội công nghiệp hỗ trợ chuỗi cung ứng", and in English S17 "Vietnam precision
engineering CNC machining suppliers for foreign-invested manufacturers", S18 "fastener screw spring manufacturer plant
Vietnam investment", S19 "Japanese precision components factory Vietnam industrial park investment certificate", S20
"Vietnamese supporting industry firms precision parts join Samsung Canon supply chain". No sentence is taken or
paraphrased from a page; the shapes are. Firm, plant, park-company, site and person names are invented (Bu lông Vĩnh
Hưng, Hongtai Precision, Jinghe Industrial, Cơ khí Kim Oanh, Mabori Seiki, Tohzai Precision, Đồng hồ Sao Việt, Seowon /
Seowon Precision, Nippo Seiki, Kanemitsu / Kanemitsu Spring / Lò xo Kanemitsu Phú Thọ, Đông Đô / Máy động lực Đông Đô,
Cơ khí Tân Phước, Thiết bị Hoàng Gia, Sakamoto Hatsujo, Marchetti Molle, Tan Khoa Mechanical, Hoshino Seimitsu / Hoshino,
Phuoc Thanh Construction and Trading, Sanwa Seiki and Sanwa Holdings, Jinn Feng Screw, Takumi Seiki, Hamada Seimitsu,
Nhon Trach Precision Park, Bien Hoa Industrial Corporation, Kyowa Holdings, Long Binh Logistics, Sato Tools and Sato Kogu
Group, Koyama / Koyama Imaging, Hung Thinh Precision, every official, director, author, lecturer, student and byline);
well-known names (Apple, Samsung, Brother, Yamaha, Seiko, Citizen, Makita, Shimano, Mabuchi, the ministries and
agencies, VCCI, JETRO, the Japan Bank for International Cooperation, the Government Office, the Politburo, the parks
Quang Minh, Điện Nam - Điện Ngọc, Hòa Khánh, Nam Tân Uyên, Nhơn Trạch 2, Tra Noc 2, Dai An, My Phuoc 3, and the decrees,
decisions and circulars cited) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; the index answered this theme mostly with keyword spam, one vendor page
and one supporting-industry feature over and over, and only S9, S18 and S19 brought plant news in their first four): 15
slots were keyword-title spam (a crusher site's "nhà máy kỹ thuật quy trình chi phí" title seven times, ferro-silicon
and quarry titles, a jig-design "pdf" title twice, a lottery run); 24 were tag, keyword, title, vendor, listing, teaser
and video pages (a bolt and turned-parts vendor's product page seven times, two machining explainer titles, a vendor's
translated blog on 5-axis machining, a listing page on a supplier's line moved to Việt Nam, a tag page with a lead on
suppliers' trial production of smart watches, a tech site's tag page with a workshop owner's wish quoted at a
department's conference, a steel-skimping tag twice, unaccented and keyword tags, a steel-grade keyword page, a teaser
and a video blurb); 6 were document stores and explainers (a tax agent's explainer on investment certificates with
footnoted counts and legal bases, a thesis on Japanese FDI in the North with OCR slips and a flattened table twice, an
encyclopedia entry on precision machinery, a student essay cover with lecturer and student, a course syllabus with the
lecturer's contacts); 20 were Vietnamese news and features (a quality magazine's supporting-industry feature six times,
a finance site's interview on "Made in"/"Made by" twice, a business weekly's FDI piece with related links three times,
an aggregator's title and lead on a licence, a bulletin on a denied line move with comment chrome, a securities paper
on a Japanese maker's expansion and plant purchase with a repeated caption, an aggregator's 2005 copy on a state
group's first precision plant starting up, a portal's groundbreaking of a local firm's sintered-parts plant with a
placeholder caption and the city's support, a dealer's copy on a machine-tool exhibition with an association official
and an editor credit, a mirror of a daily's series on Japan's supporting industry in a broken font, a ministry paper's
interview on localising rail equipment with glued related links and a caption, a business-forum print page on the
chamber's congress); 1 was French (a news agency's page on a second plant with the first recalled and a related
resolution), rendered here in Vietnamese (four rows); 14 were English (a sourcing consultant's tolerance guide, a CNC
explainer title, a news site's feature on a local machining shop supplying a US chip plant, a news agency's
groundbreaking with its contractor and customers, a zipper maker's second plant with byline, tags and related item, a
fastener magazine's flip-book, a provincial English page on a Party secretary's visit to a Japanese pump maker, an
investment portal on what Japanese investors want, a city paper on a ready-built park's first tenant, a provincial
English page on a ready-built park joint venture and a tool maker's opening, and four pieces on an electronics maker's
local suppliers: a consulting programme, a localisation rate with a tier-1 supplier, a ministry programme with its
decree and decisions, and supplier counts). About 12 of the 80 slots told a deal or an event with a named party (the
licence; the expansion and plant purchase; the recalled investments in the thesis, twice; the start-up with capital;
the groundbreaking with capital; the VNA groundbreaking; the second plant with capital; the French second plant with the
first recalled; the park's first tenant; the park joint venture and the tool plant opening), and two more told a line
move, confirmed or denied, which gives no deal. No supply contract or order between a named supplier and a buyer came
up in any first four (S14 returned tags, an essay and a syllabus; S6 and S20 supplier status and programmes), so the
batch has none; supplier status, programmes, visits, exhibitions and counts give no deal.

Rows: 160 (hand-45201 to hand-45360); 12 carry a deal or an event (7.5%): 10 events (4 inaugurations, 2 investment
announcements, 2 groundbreakings, 1 investment licence, 1 acquisition) and 13 `deals` entries (11 investment, 2
groundbreaking); 3 rows hold only deals (45246 two recalled investments in a thesis, 45285 a recalled first investment,
45347 a recalled park joint venture), 1 row an event without a deal (45344 a first tenant's start without capital) and 8
both (45279, 45284, 45289, 45292, 45317, 45328, 45333, 45350). 148 rows are negatives and other fields. By page kind: 16
rows of spam (45201-45216; 0 with a deal or event), 25 of tag, keyword, vendor, title, listing, teaser and video pages
(45217-45241; 0), 15 of document stores, explainers, a thesis, an essay and a syllabus (45242-45256; 1), 60 of
Vietnamese news, features and interviews (45257-45316, with the bulletin's English comment chrome 45282; 5), 4 of the
French page rendered in Vietnamese (45317-45320; 1) and 40 of English copy (45321-45360; 5); 41 rows are English
(`english_copy`, 25.6%). 10 rows are stored in NFD (hand-45248, 45260, 45264, 45267, 45278, 45286, 45294, 45300, 45310,
45318); 6 use old tone placement (45262 "tuỳ", 45265 "hoá", 45268 "thoả", 45290 "hoá", 45299 "thoả", 45316 "khoá"); 42
hold several lines (headlines and leads, breadcrumbs, contact lines, covers, contents, legal bases, tables, related
links, captions, bylines, chrome).

Own wording: every row was drafted in its own order and wording (object-first, amount-first, place-first, count-first,
person-first, quote-first with the speaker last, split rows), with changed figures, names, dates and places and the
product moved onto the theme (springs, screws, bolts, stamped brackets, shafts, watch cases and parts, sintered
gears); on review against the notes taken from the sampled pages, about 30 drafts that still kept a page's run of facts,
its order or its opening words were rewritten from scratch (among them the licence title and lead, the denied move, the
expansion and purchase lead, the rail-localisation lead and its related links, the series headline and its
broken-font rows, the tax explainer's count line and its legal-bases label, the essay cover, the sourcing feature's
lead, the VNA groundbreaking, its contractor and customer lines, the second-plant lead, the Party secretary's visit, the
French page's first-plant and sales lines, the association president's remark, the ministry programme's lead and its
decree line, the supplier counts, the tier-1 supplier's profile). Four drafts were dropped: two whose shape came only
from results ranked 5 or lower (the remark that FDI and local firms alike buy sintered parts from China, Korea and
Japan, S9 r6; a line that nearly 80 per cent of materials and parts are imported, S20 r6) and two that stayed too close
to a sampled sentence however reworded (the groundbreaking's completion and first-delivery timeline, S9 r4; the
feature's opening on the import structure, replaced by a row on firm size). Nothing else was used from ranks 5-8, among
them: the same local firm's plant opening in a hi-tech park and a precision maker's third plant in an export zone (S9 r6,
r7), a Japanese watch-parts maker's fourth plant, a Japanese maker's plant expansion and a Korean page on a steering
plant in Japan (S13 r5, r7, r8), a Japanese airbag plant in Thái Bình and a Taiwanese fastener and stamping plan in
Quảng Ninh (S18 r7, r8), lens, pipe-fitting and harness licences in Quảng Ngãi and a circuit-breaker plant in Đồng Nai
(S19 r7, r8), an electronics maker's first plant and tier-1 supplier profiles (S20 r5-r8), mechanical-enterprise counts
and FDI totals (S17 r5-r8) and a bolt-market essay (S2 r6). Several pages (the tax explainer, the FDI weekly, the tech
site's tag page, the bulletin, the French agency page) also came up for earlier batches; their rows here are new.

Conventions: exactly those of batches 10 and 12-142 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence (certificate received) is an investment deal and an investment_licence event, status
licensed, with the grantor as written or none, dated only when the day is written; a held groundbreaking is a
groundbreaking deal and event "started"; an opening or start of production with its capital is an investment deal and
an inauguration "completed", without capital the event only; a named firm's planned plant or announced top-up is an
announced investment, a planned groundbreaking too; an acquisition's deal is the buyer's investment and its event lists
buyer and target, an unnamed target leaves the buyer alone (batch 135); recalled plants, investments and joint ventures
are deals without events, a recalled joint venture with its capital ONE investment deal of all partners (batch 126);
line moves, denied moves, trial runs, plants abroad, existing plants, exports, sales, supplier status, customers,
contractors, programmes, consulting schemes, exhibitions, visits, wishes, targets and national or provincial totals give
no deal; anaphoric "hãng"/"tập đoàn"/"its" rows and project names give money, areas and counts only; vague amounts and
counts are none; "khoảng", "chừng", "gần", "hơn", "some", "about", "nearly" are approximate; bracketed conversions are
both money; capacities, tonnages, distances, durations, specs, scores, ages, ordinals, fractions, page counts, counts in
words and counts without a noun are no counts, counts keep their noun phrase ("quốc gia và vùng lãnh thổ", "dự án
FDI"), English counts keep their English noun; m², sq.m and ha are areas; percentage ranges give both ends; Vietnamese
legal forms are normalised, foreign ones kept as written ("Co. Ltd.", "Co. Ltd", "Co., Ltd.", "Co.", "JSC", "Joint
Stock Company"), "Corporation" and "Group" stay in an English name, "Việt Nam"/"Vietnam" are dropped from a foreign
subsidiary's name; a bracketed acronym after a name is no second firm, alone it is a firm or an organisation ("VCCI",
"JETRO"); a bare headline name and a different full name in the lead are two entries, the same name one; site brands
and firms named as editor credits are firms, outlets, agencies and magazine titles nothing; a province inside an
organisation's name is a mention, inside a firm's name none; datelines are mentions and site nothing alone; Vietnamese
country words ("Nhật") and English country nouns and possessives are countries, English adjectives, regions and foreign
prefectures nothing, lower-case countries in spam nothing; parks written in Vietnamese are locations (KCN expanded),
English parks none; a place without "huyện"/"thị xã" is no district; bylines and photo credits with a full name are
persons without role, "TS.", "ThS." are no roles, cover labels ("Giảng viên", "Sinh viên thực hiện") are, roles as
written; laws without a number and standards (ISO, JIS) are no decisions, decrees, circulars, decisions and resolutions
by number are; broken-font text is read as a careful reader would; old tone placement is normalised in the gold. Every
row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A lead joining a completed plant purchase with an unnamed seller and an announced top-up ("Vừa mua một xưởng dập ở
  Bắc Giang, Tập đoàn Kanemitsu Spring (Nhật Bản) lại công bố rót thêm vốn để tăng gấp ba công suất nhà máy lò xo ở
  Phú Thọ", 45284) gives two events of the buyer: an acquisition "completed" with the buyer alone (batch 135) and an
  investment announcement without amount; each gives the buyer's investment deal, the purchase sited in Bắc Giang's
  current unit (the shop's province is written, unlike batch 135's stake in a firm), the top-up in Phú Thọ. "Vốn Nhật"
  in the headline is the country "Nhật".
- The unit's recalled first investment in a park written without its province ("Công ty TNHH Lò xo Kanemitsu Phú Thọ
  chỉ thuê nhà xưởng dựng sẵn ở Khu công nghiệp Trung Hà, ... tổng vốn chừng 4,5 triệu USD", 45285) is a deal without
  province and without event; "Phú Thọ" inside the name is no mention; the repeated caption with "Kanemitsu" (45283) is
  one firm entry and no deal.
- An object-first licence received without grantor ("Nhà máy ... của Công ty TNHH Seowon Precision Việt Nam ở Thái
  Nguyên ... đã nhận giấy chứng nhận đăng ký đầu tư hôm 18/4", 45279) is the firm's investment_licence with the
  headline's 215 million USD, dated 2008-04-18; the headline's "Seowon" and the lead's "Seowon Precision" are two
  entries; the plant figures in the next row (45280) give area, count and countries only.
- An aggregator's place-first start-up with capital ("Đặt tại Khu công nghiệp Điện Nam - Điện Ngọc (Quảng Nam) với số
  vốn 86 tỉ đồng, xưởng ... của Tổng công ty Máy động lực Đông Đô đã chạy máy từ sáng qua (9.8)", 45289) is an
  inauguration with capital sited in Quảng Nam's current unit and dated 2006-08-09 (the day before the page's date
  line); the headline's "Đông Đô" is a separate entry; "Tin tổng hợp - 10/08/2006" is chrome.
- A groundbreaking whose headline and lead give the same name ("Cơ khí Tân Phước", 45292) has one firm entry; the
  apposition "doanh nghiệp hơn 25 năm làm khuôn dập" is no form and no count; technology "do hai đối tác Nhật Bản và Đài
  Loan (Trung Quốc) chuyển giao" (45294) names no partner: countries only, no deal; the city's loan cap (45295) is
  money, and its approval of a 290 ha supporting-industry park without developer (45296) an area only.
- A trial run of a line by two named suppliers (45237, "Chạy thử dây chuyền ... là bước mà hai nhà cung cấp ... đã
  làm") is no inauguration and no deal; a line moved from China confirmed by the Government Office (45236) and a move
  denied by the parent (45281) give no deal; the buyer "Apple" is a firm mention, no party.
- Recalled investments told amount-first in a thesis with OCR slips ("118 triệu USD của Mabori Seiki đã vào Hải Dương,
  còn Công ty Tohzai Precision đẩu tư 96 triệu USD vào Hưng Yên", 45246) are two deals without events, each sited in its
  province's current unit; "(sô\nliệu năm 2009)" is nothing; the flattened table (45247) gives the country only.
- English groundbreaking with the site in the body ("Can Tho (VNA) - Work is under way at Tra Noc 2 Industrial Park in
  Can Tho city on a factory where Hoshino Seimitsu Vietnam Co. Ltd. will turn out ...", 45328) is a groundbreaking
  deal and event "started" without amount, sited in Cần Thơ, undated; the cost told with the plant's name in the next
  row (45329, "Building the Hoshino Mekong Plant will cost 296 billion VND (12.6 million USD)") gives money only; the
  contractor (45330) and the customers (45331) give firms and no deal.
- An object-first opening with capital and a possessive site ("A $38.4 million plant in Hai Duong's Dai An Industrial
  Park, about 60 kilometers east of Hanoi, became Sanwa Seiki Vietnam Co.'s second in the country when it started up on
  May 10", 45333) is an inauguration with capital sited in Hải Dương's current unit and dated 2019-05-10; Hanoi is a
  mention; the parent "Sanwa Holdings" a firm mention; the first plant told with "Its" (45334) no deal; a related
  headline on an unnamed firm's licence (45335) money only.
- "Hamada Seimitsu started its lines there in January" (45344) is an inauguration without capital and without site
  (the park's province is only in the headline row, 45343); Yamaha, whose plants buy the parts, is no party.
- A ready-built park company told shareholders-first ("Three shareholders stand behind Nhon Trach Precision Park JSC:
  Bien Hoa Industrial Corporation holds 51 per cent, Japan's Kyowa Holdings 39 per cent and Long Binh Logistics JSC the
  rest; its charter capital is VND690 billion ($30.8 million)", 45347) is ONE recalled investment deal of the three
  shareholders with the VND amount, no event, no site; "the rest" is no percentage; the company is a firm mention.
- An opening told object-first with a "since ... when X opened it" clause ("A $4.2 million plant ... has been running
  at Nhon Trach 2 industrial park since May 2016, when Sato Tools Vietnam Co. Ltd. ... opened it", 45350) is an
  inauguration with capital, unsited (English park) and undated (a month only).
- The French page rendered: "Nhà máy thứ hai của Tập đoàn Marchetti Molle (Ý) ... sẽ nằm trên 41.300 m² của Khu công
  nghiệp Nam Tân Uyên (Bình Dương), ..., và được khởi công vào cuối năm nay" (45317) is an announced investment without
  amount sited in Bình Dương's current unit; the first plant built "bởi tập đoàn" (45318) gives no deal; the related
  resolution line (45320) is a decision ("68-NQ/TW") and the organisation "Bộ Chính trị".
- Site brands and credits: the vendor's caps banner "BU LÔNG VĨNH HƯNG" (45225) is the firm "Bu lông Vĩnh Hưng"; the
  editor credit "(Biên tập viên: Thiết bị Hoàng Gia, nguồn tổng hợp)" (45301) the firm "Thiết bị Hoàng Gia"; "Fastener
  World" as a magazine title and byline role is no firm (the role "Editor of Fastener World" is kept as written).
- Persons: the broken-font photo credit "nh: MINH KHANG" (45305) is the person "Minh Khang"; "Tác giả: doanh nhân
  Nguyễn Đức Thuận, Ủy viên Ban Chấp hành VCCI khoá VI" (45316) keeps the role with "khóa" normalised; "PV:" is nothing;
  English roles before the name ("chief executive", "production director", "general director", "Deputy Minister of
  Industry and Trade") and after it ("deputy director of the park") as written.
- Counts: "2.106 dự án FDI(2)" keeps "dự án" across the footnote (batch 142), "2.220 dự án FDI" keeps "dự án FDI"; "14
  quốc gia và vùng lãnh thổ", "8 tuyến metro", "180 lò xo và 260 con vít", "420 lao động" are counts; "30 triệu lên 90
  triệu chiếc lò xo mỗi năm", "240 triệu sản phẩm mỗi năm", "6 trạm", "12 trục", "5 trục" none; "Twenty-five local
  parts makers", "Five more Japanese firms", "seven" none; "31 of which" none; "14 Vietnamese companies" is 14
  "companies"; "163 local suppliers", "about 20 local firms", "about 230 Vietnamese firms" keep the head noun
  ("suppliers", "firms") as batch 142's "some 600 local firms"; "4 points out of 10" none.
- Places: "KCN Quang Minh, Mê Linh, Hà Nội" (45228) gives the park and the province, no district; "Hai Duong's" a
  province; "TP.HCM" inside a university's name (45251) is a mention."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, ev, f, ha, park, per


def hand_sentences_143(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    TN = cur("Thái Nguyên")
    BG = cur("Bắc Giang")
    PT = cur("Phú Thọ")
    QNam = cur("Quảng Nam")
    DaN = cur("Đà Nẵng")
    HD = cur("Hải Dương")
    HY = cur("Hưng Yên")
    BDg = cur("Bình Dương")
    CT = cur("Cần Thơ")

    ids = iter(range(45201, 45201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword-title spam on crusher, ferro-alloy and quarry domains and a lottery run (S1 r1 r2 r4, S2 r1 r2 r4, S3
    # r4, S4 r2 r3 r4, S9 r2, S10 r2, S11 r2, S12 r2, S13 r3: 15 slots, one domain seven times) ---
    spam = [
        (
            "máy cuộn lò xo cnc 12 trục giá xuất xưởng trung quốc",
            "2024-03-11",
            ["spec_no_count", "lowercase_country_nothing"],
        ),
        ("chi phí đầu tư xưởng mạ kẽm bu lông quy mô nhỏ", "2024-05-02", []),
        ("bảng tra độ cứng thép lò xo 65mn sau tôi ram", "2023-12-19", []),
        (
            "kuwin xổ số miền nam thứ bảysoi cầu lô tô đẹp nhấtốc vít inox 304 giá sỉ",
            "2024-07-30",
            ["glued_words", "grade_no_count"],
        ),
        ("hạt thép tròn làm bi vòng bi kích thước tiêu chuẩn trên thế giới", "2023-09-05", []),
        (
            "báo giá ferro mangan luyện thép lò xo nhà cung cấp ấn độ",
            "2024-01-23",
            ["lowercase_country_nothing"],
        ),
        (
            "mã hs dây thép không gỉ làm lò xo sản xuất tại hàn quốc",
            "2024-06-14",
            ["lowercase_country_nothing"],
        ),
        ("quy trình sản xuất vít tự khoan pdf mẫu miễn phí", "2024-02-08", []),
        ("pdf thiết kế khuôn dập liên hoàn vỏ đồng hồ đeo tay", "2023-11-27", []),
        ("nghiên cứu trường hợp đồ gá tiện trục nhỏ dạng pdf", "2024-08-19", []),
        (
            "nhà máy dập nguội ốc vít chi phí thấp công suất lớn phổ biến nhất 6 trạm",
            "2024-04-04",
            ["spec_no_count"],
        ),
        ("chi phí xưởng cán ren bu lông 2 tỷ đồng quy mô gia đình", "2024-10-12", ["money_in_spam"]),
        ("máy mài vô tâm chốt đồng hồ nhà máy kỹ thuật giá rẻ", "2023-10-16", []),
        (
            "lò xử lý nhiệt lò xo ô tô tiêu chuẩn nhật bản giá mỗi bộ",
            "2024-09-09",
            ["lowercase_country_nothing"],
        ),
        ("bánh răng đồng hồ cơ micro gia công laser chi phí mỗi chiếc", "2025-01-15", []),
        ("máy ép 200 tấn dập chi tiết linh kiện chỉ số tiêu thụ điện", "2024-11-21", ["tonnage_no_count"]),
    ]
    for text, date, extra in spam:
        money = [m(2 * B, "VND")] if "money_in_spam" in extra else []
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_line", "keyword_title", *extra, *([] if money else ["no_fields"]), "no_event"],
                money=money,
                events=[],
            )
        )
    # --- Tag and keyword pages (S1 r3, S2 r3 = S15 r2, S7 r2, S7 r3, S11 r3, S14 r1, S15 r4) ---
    rows += [
        h(
            n(),
            "chỉ số sản xuất công nghiệp ngành cơ khí",
            "2024-06-29",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "gian lận mác thép lò xo giảm chấn",
            "2023-04-17",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bớt xén thép làm bu lông cường độ cao",
            "2023-04-17",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "luật phát triển công nghiệp hỗ trợ",
            "2024-06-29",
            "ministry",
            ["keyword_page", "law_without_number_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nghi dinh ve khuyen khich phat trien cong nghiep ho tro",
            "2024-08-05",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chợ thiết bị và công nghệ cơ khí",
            "2022-10-03",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hợp đồng khung mua sắm linh kiện",
            "2023-02-20",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thành phần hóa học dây thép lò xo SWP-B theo JIS",
            "2023-07-07",
            "ministry",
            ["keyword_page", "standard_no_decision", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A bolt and turned-parts vendor's product pages (S3 r1 = S4 r1 = S6 r3 = S9 r3 = S10 r1 = S13 r1 = S17 r3, seven
    # times) and explainer titles (S3 r2 = S10 r3, S3 r3) ---
    rows += [
        h(
            n(),
            "BU LÔNG VĨNH HƯNG\nTrang chủ » Sản phẩm » Chi tiết tiện CNC",
            "2023-05-18",
            "ministry",
            [
                "vendor_page",
                "site_brand_firm",
                "caps_firm_usual_spelling",
                "breadcrumb",
                "multiline",
                "no_event",
            ],
            firms=[f("Bu lông Vĩnh Hưng")],
            events=[],
        ),
        h(
            n(),
            "Trục, chốt, bạc và ốc đặc chủng được tiện trên máy tự động CNC, vật liệu từ inox 316 đến đồng thau và nhôm 6061.",
            "2023-05-18",
            "ministry",
            ["vendor_page", "grade_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhận gia công theo bản vẽ, đơn lẻ hay hàng loạt, giao trong 7-10 ngày.",
            "2023-05-18",
            "ministry",
            ["vendor_page", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hotline: 0912 468 357 - Email: kinhdoanh@bulongvinhhung.vn\nĐịa chỉ: Lô C5, KCN Quang Minh, Mê Linh, Hà Nội",
            "2023-05-18",
            "ministry",
            ["vendor_page", "contact_line", "park_abbrev", "no_huyen_no_district", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[park("Khu công nghiệp Quang Minh")],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm liên quan: Bu lông neo móng • Ty ren mạ kẽm • Vít cấy • Chốt định vị",
            "2023-05-18",
            "ministry",
            ["vendor_page", "related_products", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tiện, phay, mài hay cắt dây: chọn cách nào cho chi tiết nhỏ?",
            "2022-08-24",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bảng giá gia công cơ khí theo bản vẽ năm 2022 được cập nhật ở cuối bài.",
            "2022-08-24",
            "ministry",
            ["explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vì sao chi tiết phay CNC lệch dung sai dù máy còn mới?",
            "2023-01-30",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chứng nhận ISO 9001:2015 – xưởng đạt chuẩn cung ứng cho khách hàng Nhật từ năm 2018.",
            "2023-05-18",
            "ministry",
            ["vendor_page", "standard_no_decision", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
    ]
    # --- A machining vendor's translated blog explainer (S10 r4) ---
    rows += [
        h(
            n(),
            "Với máy 5 trục, dao tiếp cận phôi từ hầu hết mọi phía, nên một vỏ đồng hồ có nhiều mặt vát chỉ cần hai lần gá thay vì năm.",
            "2024-11-08",
            "ministry",
            ["vendor_blog", "spec_no_count", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Với lô nhỏ, phay 5 trục thường rẻ hơn việc làm riêng một bộ đồ gá cho máy 3 trục.",
            "2024-11-08",
            "ministry",
            ["vendor_blog", "spec_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A listing page on a line move and a tag page with a trial run (S5 r3, S5 r4) ---
    rows += [
        h(
            n(),
            "Vỏ nhôm đồng hồ thông minh sắp được gia công ở Bắc Giang\n\nMột phần dây chuyền của Hongtai Precision, nhà cung cấp linh kiện cho Apple, đã được dời từ Trung Quốc sang Việt Nam, theo xác nhận của Văn phòng Chính phủ.",
            "2020-11-26",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "relocation_no_deal",
                "customer_no_party",
                "multiline",
                "no_event",
            ],
            firms=[f("Hongtai Precision"), f("Apple")],
            organizations=["Văn phòng Chính phủ"],
            provinces=[pv("Bắc Giang")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "đồng hồ thông minh\n\nChạy thử dây chuyền đồng hồ thông minh ở miền Bắc là bước mà hai nhà cung cấp Jinghe Industrial và Hongtai Precision đã làm, theo Nikkei Asia ngày 9-5; hàng đại trà dự kiến ra vào cuối năm...",
            "2021-05-11",
            "ministry",
            ["tag_page", "trial_run_no_event", "outlet_nothing", "region_nothing", "multiline", "no_event"],
            firms=[f("Jinghe Industrial"), f("Hongtai Precision")],
            events=[],
        ),
        h(
            n(),
            "Xem thêm » Công nghệ\n« Trang trước | Trang sau »",
            "2020-11-26",
            "ministry",
            ["listing_page", "nav_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A tech site's tag page with a workshop owner's wish (S14 r2), a teaser (S16 r3) and a video blurb (S16 r4) ---
    rows += [
        h(
            n(),
            '"doanh nghiệp cơ khí" - Xưởng tiện Việt xin một chỗ trong chuỗi cung ứng điện tử Hàn Quốc\n\n5 năm trước\n(Techz.vn) “Chỉ cần đơn hàng đều, chúng tôi sẽ mua thêm máy ngay”, bà Trần Thị Kim Oanh, Giám đốc Công ty TNHH Cơ khí Kim Oanh, nói với các nhà mua hàng FDI tại hội nghị do Sở Công Thương Bắc Ninh tổ chức cuối tháng 10.',
            "2020-11-09",
            "ministry",
            [
                "tag_page",
                "relative_time",
                "site_credit_nothing",
                "quote_first",
                "wish_no_event",
                "role_after_name",
                "host_no_party",
                "country",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Thị Kim Oanh", "Giám đốc Công ty TNHH Cơ khí Kim Oanh")],
            firms=[f("Cơ khí Kim Oanh", "Công ty TNHH")],
            organizations=["Sở Công Thương Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Cơ khí chính xác được ví là “bộ rễ” của công nghiệp chế tạo, vậy mà phần lớn xưởng Việt vẫn loay hoay tìm đơn hàng đầu tiên.",
            "2019-12-02",
            "ministry",
            ["teaser", "ordinal_not_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hà Nội muốn dùng công nghiệp hỗ trợ để kéo thêm vốn FDI, nhất là các dự án cần lò xo, ốc vít và chi tiết dập tại chỗ.\n\nVIDEO LIÊN QUAN",
            "2020-07-21",
            "ministry",
            ["video_blurb", "related_video_chrome", "province_mention", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- A tax agent's explainer on investment certificates with footnoted counts and legal bases (S7 r1) ---
    rows += [
        h(
            n(),
            "2.106 dự án FDI(2) đã nhận giấy chứng nhận đăng ký đầu tư trong 9 tháng đầu năm 2024, cùng lúc với 122.410(1) doanh nghiệp mới ra đời.",
            "2024-10-15",
            "legal",
            ["explainer", "footnote_markers", "count_across_footnote", "count", "no_event"],
            quantities=[c(122410, "doanh nghiệp"), c(2106, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Một xưởng gia công CNC vốn Nhật muốn thuê nhà xưởng trong khu công nghiệp cũng phải có giấy chứng nhận này trước khi đưa máy về lắp.",
            "2024-10-15",
            "legal",
            ["explainer", "country_word", "generic_park_no_location", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Cơ sở pháp lý:\n- Luật Đầu tư năm 2020;\n- Nghị định số 31/2021/NĐ-CP hướng dẫn Luật Đầu tư;\n- Thông tư số 25/2023/TT-BKHĐT sửa đổi các mẫu văn bản về đầu tư.",
            "2024-10-15",
            "legal",
            [
                "explainer",
                "legal_bases",
                "law_without_number_no_decision",
                "decree_number",
                "circular_number",
                "multiline",
                "no_event",
            ],
            decisions=[d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
    ]
    # --- A thesis on Japanese FDI in the North on a document store, with OCR slips and a flattened table (S8 r4 = S12
    # r3) ---
    rows += [
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (96 trang)\n\nKhóa luận: Đầu tư trực tiếp của Nhật Bản vào cơ khí chính xác ở miền Bắc",
            "2010-05-06",
            "ministry",
            [
                "document_store",
                "download_chrome",
                "page_count_no_count",
                "country",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Riêng mảng linh kiện chính xác, 118 triệu USD của Mabori Seiki đã vào Hải Dương, còn Công ty Tohzai Precision đẩu tư 96 triệu USD vào Hưng Yên để làm lò xo và trục máy in (sô\nliệu năm 2009).",
            "2010-05-06",
            "ministry",
            [
                "thesis",
                "ocr_slips",
                "amount_first",
                "recalled_investments_list",
                "deal_no_event",
                "multiline",
            ],
            firms=[f("Mabori Seiki"), f("Tohzai Precision", "Công ty")],
            provinces=[pv("Hải Dương"), pv("Hưng Yên")],
            money=[m(118 * M, "USD"), m(96 * M, "USD")],
            deals=[
                deal("investment", ["Mabori Seiki"], 118 * M, HD),
                deal("investment", ["Tohzai Precision"], 96 * M, HY),
            ],
            events=[],
        ),
        h(
            n(),
            "Bảng 6: FDI của Nhật vào miền Bắc theo ngành tính đến hết\ntháng 6 năm\n2009.\nCơ khí chính xác\n41\n(triệu USD)\n512\nĐiện tử\n63\n1 204",
            "2010-05-06",
            "ministry",
            ["thesis", "flattened_table", "numbers_without_noun", "country_word", "multiline", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp Nhật chọn miền Bắc vì ở gần các nhà máy lắp ráp xe máy và máy in, nơi mỗi tháng cần tới hàng trăm triệu con vít, lò xo.",
            "2010-05-06",
            "ministry",
            ["thesis", "country_word", "vague_count_no_count", "nfd", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
    ]
    # --- An encyclopedia-style explainer on precision machinery (S13 r4) ---
    rows += [
        h(
            n(),
            "Ngành cơ khí chính xác thường được hiểu là nhóm sản xuất chi tiết có dung sai tính bằng micromet: lò xo, vít nhỏ, bánh răng đồng hồ, trục động cơ mini.",
            "2023-04-02",
            "ministry",
            ["encyclopedia", "definition", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở Thụy Sĩ, cái tên này gần như đồng nghĩa với nghề đồng hồ; ở Nhật Bản, nó bao cả máy đo, ống kính và thiết bị y tế.",
            "2023-04-02",
            "ministry",
            ["encyclopedia", "country", "no_event"],
            locations=[country("Thụy Sĩ"), country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- A student essay on a document store (S14 r3) and a course syllabus on a document site (S14 r4) ---
    rows += [
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC NGÂN HÀNG TP.HCM\nKHOA THƯƠNG MẠI QUỐC TẾ\nBÀI TIỂU LUẬN\nHỢP ĐỒNG GIA CÔNG CHI TIẾT CƠ KHÍ CHO ĐỐI TÁC NƯỚC NGOÀI\nGiảng viên: ThS Đinh Thị Ngọc Hà\nSinh viên thực hiện: Vũ Quốc Bảo\nMSSV: 31201024517",
            "2022-11-28",
            "ministry",
            [
                "cover_page",
                "caps_university",
                "province_in_org_name",
                "faculty_nothing",
                "cover_label_role",
                "title_no_role",
                "student_id_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Ngân hàng TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            persons=[per("Đinh Thị Ngọc Hà", "Giảng viên"), per("Vũ Quốc Bảo", "Sinh viên thực hiện")],
            events=[],
        ),
        h(
            n(),
            "1. PHAN TICH NGHIA VU CUA BEN DAT GIA CONG VA BEN NHAN GIA CONG TRONG HOP DONG QUOC TE\n1.1 Khai niem hop dong gia cong",
            "2022-11-28",
            "ministry",
            ["student_paper", "unaccented_caps", "contents_lines", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "You are on page 1of 12\n\nBỘ MÔN CÔNG NGHỆ CHẾ TẠO MÁY\n\nĐỀ CƯƠNG HỌC PHẦN GIA CÔNG CNC\n\nGiảng viên: ThS. Lương Văn Tài Tel: 098.314.2276 Email: tailv.ckm@gmail.com",
            "2019-09-03",
            "ministry",
            [
                "syllabus",
                "page_count_no_count",
                "department_nothing",
                "cover_label_role",
                "contact_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Lương Văn Tài", "Giảng viên")],
            events=[],
        ),
        h(
            n(),
            "4. Thang điểm\nĐiểm quá trình chiếm 40%, bài thi cuối kỳ 60% tổng điểm; bài tập lớn là một chi tiết trục do sinh viên tự lập trình và gia công.",
            "2019-09-03",
            "ministry",
            ["syllabus", "section_heading", "percentage", "multiline", "no_event"],
            percentages=[40, 60],
            events=[],
        ),
        h(
            n(),
            "Trang 2MỤC LỤC\nPhân tích nghĩa vụ của bên đặt gia công -:- c5 22 c2 ........ 3\nRủi ro khi soạn thảo hợp đồng gia công quốc tế và cách phòng ngừa ........ 9",
            "2022-11-28",
            "ministry",
            [
                "student_paper",
                "contents_lines",
                "glued_words",
                "page_numbers_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Sinh viên phải nộp bản vẽ và chương trình G-code trước buổi thực hành thứ ba; thiếu một trong hai thì không được vào xưởng.",
            "2019-09-03",
            "ministry",
            ["syllabus", "ordinal_not_count", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese features: a quality magazine's piece on supporting industry (S5 r1 = S6 r4 = S11
    # r4 = S12 r4 = S15 r1 = S16 r1, six times) ---
    rows += [
        h(
            n(),
            "Công nghiệp hỗ trợ cơ khí: cần một cách đi khác\nXuất khẩu lớn, nhưng phần giá trị giữ lại trong nước nhỏ, vì lõi của rất nhiều sản phẩm vẫn là linh kiện nhập.",
            "2022-07-14",
            "ministry",
            ["feature", "headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Với chưa đầy 17% GDP, khu vực chế biến, chế tạo của ta còn kém xa Trung Quốc (hơn 30%) và Thái Lan (khoảng 26%).",
            "2022-07-14",
            "ministry",
            ["feature", "percentage", "country_bracketed_figures", "home_country_no_location", "no_event"],
            percentages=[17, 30, 26],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Lò xo, bu lông, chi tiết dập hay bánh răng nhỏ đều nằm trong danh mục sản phẩm công nghiệp hỗ trợ ưu tiên(2), nhưng phần lớn vẫn được nhập về.",
            "2022-07-14",
            "ministry",
            ["feature", "footnote_marker", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khung chính sách chính cho nhóm linh kiện kim loại vẫn là Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 về phát triển công nghiệp hỗ trợ.",
            "2022-07-14",
            "ministry",
            ["feature", "decision_with_date", "nfd", "no_event"],
            decisions=[d("111/2015/NĐ-CP", "2015-11-03")],
            events=[],
        ),
        h(
            n(),
            "Thứ doanh nghiệp FDI mua trong nước chủ yếu là bao bì, chi tiết nhựa và vài loại ốc vít tiêu chuẩn; phần cần độ chính xác cao vẫn đặt từ công ty mẹ.",
            "2022-07-14",
            "ministry",
            ["feature", "supply_without_contract_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nếu chỉ đếm số doanh nghiệp, chính sách dễ chạy theo thành tích; thứ cần đo là bao nhiêu chi tiết được mua trong nước, tuỳ theo từng ngành.",
            "2022-07-14",
            "ministry",
            ["feature", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một xưởng dập ở Bắc Ninh có thể làm vỏ pin cho nhà máy điện thoại, nhưng khuôn và thép tấm lại phải nhập từ Nhật Bản, Hàn Quốc.",
            "2022-07-14",
            "ministry",
            ["feature", "province_mention", "country", "no_event"],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tính theo giá trị, linh kiện kim loại chỉ chiếm khoảng 12% kim ngạch nhập khẩu linh kiện; phần còn lại gần như là điện tử.",
            "2022-07-14",
            "ministry",
            ["feature", "percentage", "nfd", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Tự động hoá từng khâu cuộn, tôi, mài là cách duy nhất để xưởng lò xo Việt cạnh tranh giá với hàng Trung Quốc, theo nhóm tác giả.",
            "2022-07-14",
            "ministry",
            ["feature", "old_tone", "country", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bức tranh hiện nay\nDoanh nghiệp cơ khí Việt đông về số lượng nhưng nhỏ về quy mô: phần lớn chỉ có vài chục lao động và dăm ba máy CNC.",
            "2022-07-14",
            "ministry",
            ["feature", "subheading", "vague_count_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một chiếc máy in làm tại Hải Phòng có thể chứa tới 180 lò xo và 260 con vít, nhưng số chi tiết kim loại mua được trong nước đếm trên đầu ngón tay.",
            "2022-07-14",
            "ministry",
            ["feature", "province_mention", "count", "vague_count_no_count", "nfd", "no_event"],
            provinces=[pv("Hải Phòng")],
            quantities=[c(180, "lò xo"), c(260, "con vít")],
            events=[],
        ),
        h(
            n(),
            "Muốn vào chuỗi, xưởng Việt phải thoả cùng lúc ba điều kiện: chất lượng ổn định, giá cạnh tranh và giao hàng đúng hẹn.",
            "2022-07-14",
            "ministry",
            ["feature", "old_tone", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a finance site's interview on "Made in" and "Made by" (S5 r2 = S8 r1) ---
    rows += [
        h(
            n(),
            "Đồng hồ lắp ở Việt Nam thì ghi “Made in” hay “Made by”?\nMột chiếc đồng hồ có máy Nhật, vỏ Đài Loan, dây Trung Quốc và được lắp ở Bình Dương thì là hàng nước nào? Chúng tôi hỏi TS. Lê Quang Hưng, nguyên chuyên gia Viện Nghiên cứu Chiến lược, Chính sách Công Thương.",
            "2017-08-22",
            "ministry",
            [
                "interview",
                "headline_lead",
                "question",
                "title_no_role",
                "role_after_name",
                "country_word",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Lê Quang Hưng", "nguyên chuyên gia Viện Nghiên cứu Chiến lược, Chính sách Công Thương")
            ],
            organizations=["Viện Nghiên cứu Chiến lược, Chính sách Công Thương"],
            provinces=[pv("Bình Dương")],
            locations=[country("Nhật"), country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "PV: - Giám đốc Công ty CP Đồng hồ Sao Việt Phạm Đăng Khoa vừa cho rằng sản phẩm của ông bị một đối thủ ngoại thuê người chê bai có tổ chức. Ông nghĩ sao?",
            "2017-08-22",
            "ministry",
            ["interview", "qa_label_nothing", "role_before_name", "question", "no_event"],
            persons=[per("Phạm Đăng Khoa", "Giám đốc Công ty CP Đồng hồ Sao Việt")],
            firms=[f("Đồng hồ Sao Việt", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "TS. Lê Quang Hưng: - Tôi không bình luận chuyện riêng của một hãng. Nhưng giấy chứng nhận xuất xứ (C/O) quyết định hàng được hưởng thuế suất ưu đãi nào khi xuất đi.",
            "2017-08-22",
            "ministry",
            ["interview", "qa_speaker_label", "title_no_role", "no_event"],
            persons=[per("Lê Quang Hưng", None)],
            events=[],
        ),
        h(
            n(),
            "Theo ông, một doanh nghiệp chỉ lắp máy nhập vào vỏ nhập thì chưa nên được ghi “Made in Vietnam”, dù luật có thể cho phép.",
            "2017-08-22",
            "ministry",
            ["interview", "law_word_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "PV: - Vậy xưởng cơ khí chính xác nên làm gì để không mãi đứng ở khâu gia công thuê?",
            "2017-08-22",
            "ministry",
            ["interview", "qa_label_nothing", "question", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI piece with related links (S7 r4 = S8 r3 = S12 r1, three times) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Linh kiện chính xác và bán dẫn tiếp tục hút vốn ngoại trong năm 2024, dù tổng vốn FDI đăng ký nhích chậm.\n- Bình Dương, Đồng Nai giành nhau nhà đầu tư linh kiện kim loại\n- Nhật Bản chi hàng tỉ đô la Mỹ cho máy công cụ thế hệ mới",
            "2024-01-08",
            "ministry",
            [
                "feature",
                "outlet_prefix_nothing",
                "related_links",
                "vague_amount_none",
                "country",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Thống kê ghi nhận 9 tháng năm 2023 có 2.220 dự án FDI mới, nhiều hơn cùng kỳ 56,6%.",
            "2024-01-08",
            "ministry",
            ["feature", "statistics", "count", "percentage", "no_event"],
            organizations=["Tổng cục Thống kê"],
            quantities=[c(2220, "dự án FDI")],
            percentages=[56.6],
            events=[],
        ),
        h(
            n(),
            "Nước rút cuối năm\nVốn ngoại cam kết vào chế biến, chế tạo chiếm khoảng 64% tổng vốn đăng ký, cao nhất trong các ngành.",
            "2024-01-08",
            "ministry",
            ["feature", "subheading", "percentage", "multiline", "no_event"],
            percentages=[64],
            events=[],
        ),
        h(
            n(),
            "Xung đột địa chính trị và lãi suất cao ở nhiều nước vẫn khiến nhà đầu tư dè dặt với các dự án lớn.",
            "2024-01-08",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Riêng Bình Dương hút gần 1,6 tỉ đô la Mỹ vốn ngoại trong 11 tháng, phần lớn đổ vào linh kiện kim loại và điện tử.",
            "2024-01-08",
            "ministry",
            [
                "feature",
                "statistics",
                "province_total_no_deal",
                "approx",
                "duration_no_count",
                "nfd",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            money=[m(1.6 * B, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: an aggregator's title and lead on a licence (S6 r1) ---
    rows += [
        h(
            n(),
            "Seowon được cấp phép nhà máy linh kiện chính xác 215 triệu USD\nNhà máy trục, bánh răng và lò xo cho camera điện thoại của Công ty TNHH Seowon Precision Việt Nam ở Thái Nguyên, công suất 240 triệu sản phẩm mỗi năm, đã nhận giấy chứng nhận đăng ký đầu tư hôm 18/4.",
            "2008-04-19",
            "ministry",
            [
                "headline_lead",
                "object_first",
                "licence_received",
                "no_grantor",
                "bare_headline_name_and_full_name_two_entries",
                "vietnam_dropped",
                "capacity_no_count",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Seowon"), f("Seowon Precision", "Công ty TNHH")],
            provinces=[pv("Thái Nguyên")],
            money=[m(215 * M, "USD")],
            deals=[deal("investment", ["Seowon Precision"], 215 * M, TN, "2008-04-18")],
            events=[ev("investment_licence", [F("Seowon Precision")], 215 * M, "USD", TN, "licensed")],
        ),
        h(
            n(),
            "Nhà máy rộng 12 ha, dự kiến tuyển 3.500 lao động, phần lớn sản phẩm xuất sang Hàn Quốc và Mỹ.",
            "2008-04-19",
            "ministry",
            ["project_figures_no_firm", "area", "count", "export_no_deal", "country", "no_event"],
            areas=[ha(12)],
            quantities=[c(3500, "lao động")],
            locations=[country("Hàn Quốc"), country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a bulletin on a denied line move, with comment chrome (S6 r2) ---
    rows += [
        h(
            n(),
            "Bản tin [09 – 11 – 2022] – NIPPO SEIKI PHỦ NHẬN ĐƯA DÂY CHUYỀN VÍT SIÊU NHỎ VỀ ĐỒNG NAI\n\nCông ty mẹ ở Osaka nói với Nikkei rằng chưa có quyết định nào về việc đưa dây chuyền vít siêu nhỏ từ Thái Lan về Đồng Nai, dù hôm 7/11 một nguồn tin tại Nippo Seiki Việt Nam khẳng định việc này sẽ xong trong năm sau.",
            "2022-11-09",
            "ministry",
            [
                "news_bulletin",
                "caps_headline",
                "caps_firm_usual_spelling",
                "denied_relocation_no_deal",
                "vietnam_dropped",
                "city_abroad_nothing",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Nippo Seiki")],
            provinces=[pv("Đồng Nai")],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Leave a Comment\n\nYou must be logged in to post a comment.",
            "2022-11-09",
            "ministry",
            [E, "comment_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a securities paper on a Japanese spring maker buying a plant and expanding, with a repeated
    # caption (S8 r2) ---
    rows += [
        h(
            n(),
            "Xưởng cuộn lò xo của Kanemitsu ở Phú Thọ.\n\nXưởng cuộn lò xo của Kanemitsu ở Phú Thọ.",
            "2016-05-17",
            "ministry",
            ["caption", "repeated_caption", "short_name", "existing_plant_no_deal", "multiline", "no_event"],
            firms=[f("Kanemitsu")],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Vốn Nhật giăng lưới lò xo\n\nVừa mua một xưởng dập ở Bắc Giang, Tập đoàn Kanemitsu Spring (Nhật Bản) lại công bố rót thêm vốn để tăng gấp ba công suất nhà máy lò xo ở Phú Thọ.",
            "2016-05-17",
            "ministry",
            [
                "headline_lead",
                "acquisition_target_unnamed",
                "announced_topup_no_amount",
                "country_bracket",
                "country_word",
                "multiline",
            ],
            firms=[f("Kanemitsu Spring", "Tập đoàn")],
            provinces=[pv("Bắc Giang"), pv("Phú Thọ")],
            locations=[country("Nhật"), country("Nhật Bản")],
            deals=[
                deal("investment", ["Kanemitsu Spring"], None, BG),
                deal("investment", ["Kanemitsu Spring"], None, PT),
            ],
            events=[
                ev("acquisition", [F("Kanemitsu Spring")], None, None, BG, "completed"),
                ev("investment_announcement", [F("Kanemitsu Spring")], None, None, PT, "announced"),
            ],
        ),
        h(
            n(),
            "Lúc mới vào Việt Nam năm 2012, Công ty TNHH Lò xo Kanemitsu Phú Thọ chỉ thuê nhà xưởng dựng sẵn ở Khu công nghiệp Trung Hà, lắp dây chuyền cuộn với tổng vốn chừng 4,5 triệu USD.",
            "2016-05-17",
            "ministry",
            ["recalled_investment", "deal_no_event", "place_in_firm_name_no_province", "park", "approx"],
            firms=[f("Lò xo Kanemitsu Phú Thọ", "Công ty TNHH")],
            money=[m(4.5 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Trung Hà")],
            deals=[deal("investment", ["Lò xo Kanemitsu Phú Thọ"], 4.5 * M)],
            events=[],
        ),
        h(
            n(),
            "Sau mở rộng, công suất sẽ từ 30 triệu lên 90 triệu chiếc lò xo mỗi năm, và nhà máy phải tuyển thêm khoảng 1.800 lao động.",
            "2016-05-17",
            "ministry",
            ["capacity_no_count", "count", "approx", "nfd", "no_event"],
            quantities=[c(1800, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "“Ca đêm đang thiếu người đứng máy cuộn”, ông Nguyễn Văn Toản, đại diện Công ty TNHH Lò xo Kanemitsu Phú Thọ, nói với phóng viên Báo Đầu tư.",
            "2016-05-17",
            "ministry",
            ["quote_first", "role_after_name", "outlet_nothing", "no_event"],
            persons=[per("Nguyễn Văn Toản", "đại diện Công ty TNHH Lò xo Kanemitsu Phú Thọ")],
            firms=[f("Lò xo Kanemitsu Phú Thọ", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Từ lúc có giấy phép đến khi chạy máy chỉ mất bảy tháng; giai đoạn đầu, xưởng làm 25 triệu lò xo/năm với 420 lao động.",
            "2016-05-17",
            "ministry",
            ["recalled_start_no_firm", "count_in_words", "capacity_no_count", "count", "no_event"],
            quantities=[c(420, "lao động")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an aggregator's 2006 copy on a state group's first spring shop starting up (S9 r1) ---
    rows += [
        h(
            n(),
            "Xưởng lò xo nhíp đầu tiên của Đông Đô vào guồng\nTin tổng hợp - 10/08/2006\n\nĐặt tại Khu công nghiệp Điện Nam - Điện Ngọc (Quảng Nam) với số vốn 86 tỉ đồng, xưởng lò xo nhíp đầu tiên của Tổng công ty Máy động lực Đông Đô đã chạy máy từ sáng qua (9.8).\n\nHoài Thu",
            "2006-08-10",
            "provincial",
            [
                "aggregator_page",
                "headline_lead",
                "source_chrome_nothing",
                "place_first",
                "inauguration_with_capital",
                "bare_headline_name_and_full_name_two_entries",
                "park",
                "province_bracket",
                "dotted_date",
                "deal_date",
                "byline_person",
                "ordinal_not_count",
                "multiline",
            ],
            firms=[f("Đông Đô"), f("Máy động lực Đông Đô", "Tổng công ty")],
            provinces=[pv("Quảng Nam")],
            persons=[per("Hoài Thu", None)],
            money=[m(86 * B, "VND")],
            locations=[park("Khu công nghiệp Điện Nam - Điện Ngọc")],
            deals=[deal("investment", ["Máy động lực Đông Đô"], 86 * B, QNam, "2006-08-09")],
            events=[ev("inauguration", [F("Máy động lực Đông Đô")], 86 * B, "VND", QNam, "completed")],
        ),
        h(
            n(),
            "Trước đó, nhíp và lò xo giảm chấn cho xe tải nặng đều phải nhập, chủ yếu từ Trung Quốc; nay tỉ lệ nội địa hoá của dòng xe này có thể tăng thêm vài điểm.",
            "2006-08-10",
            "provincial",
            ["old_tone", "country", "vague_no_percentage", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch, năm 2007 xưởng sẽ làm đủ nhíp cho khoảng 6.000 xe tải của tổng công ty và bán một phần ra ngoài.",
            "2006-08-10",
            "provincial",
            ["plan_no_deal", "count", "approx", "anaphora_no_firm", "no_event"],
            quantities=[c(6000, "xe tải", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a national portal on a local firm's groundbreaking for a sintered-parts plant, with a
    # placeholder caption and the city's support (S9 r4) ---
    rows += [
        h(
            n(),
            "Cơ khí Tân Phước khởi công nhà máy linh kiện thiêu kết\n\nSáng 14/5, Công ty TNHH Cơ khí Tân Phước, doanh nghiệp hơn 25 năm làm khuôn dập và máy tự động, đã động thổ nhà máy linh kiện luyện kim bột 176 tỷ đồng tại Khu công nghiệp Hòa Khánh (Đà Nẵng).",
            "2021-05-15",
            "provincial",
            [
                "headline_lead",
                "groundbreaking_started",
                "same_name_headline_one_entry",
                "apposition_not_form",
                "duration_no_count",
                "park",
                "province_bracket",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Cơ khí Tân Phước", "Công ty TNHH")],
            provinces=[pv("Đà Nẵng")],
            money=[m(176 * B, "VND")],
            locations=[park("Khu công nghiệp Hòa Khánh")],
            deals=[deal("groundbreaking", ["Cơ khí Tân Phước"], 176 * B, DaN, "2021-05-14")],
            events=[ev("groundbreaking", [F("Cơ khí Tân Phước")], 176 * B, "VND", DaN, "started")],
        ),
        h(
            n(),
            "Sản phẩm là bánh răng, bạc lót và cam cho dụng cụ điện cầm tay, xe máy và máy may.",
            "2021-05-15",
            "provincial",
            ["product_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền ép bột – thiêu kết do hai đối tác Nhật Bản và Đài Loan (Trung Quốc) chuyển giao; riêng lò thiêu kết chiếm gần một nửa giá trị thiết bị.",
            "2021-05-15",
            "provincial",
            [
                "technology_transfer_unnamed_no_deal",
                "country",
                "fraction_nothing",
                "count_in_words",
                "nfd",
                "no_event",
            ],
            locations=[country("Nhật Bản"), country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "{keywords}\nLễ động thổ.\n\nMức vay ưu đãi tối đa cho một dự án công nghiệp hỗ trợ ở Đà Nẵng nay là 150 tỷ đồng, gần gấp đôi trước đây, theo ông Trần Văn Sơn, Giám đốc Sở Công Thương Đà Nẵng.",
            "2021-05-15",
            "provincial",
            [
                "template_placeholder",
                "caption",
                "loan_cap_no_deal",
                "speaker_last",
                "role_after_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Văn Sơn", "Giám đốc Sở Công Thương Đà Nẵng")],
            organizations=["Sở Công Thương Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            money=[m(150 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Thành phố cũng đã đồng ý cho đầu tư một khu công nghiệp chuyên ngành công nghiệp hỗ trợ rộng 290 ha.",
            "2021-05-15",
            "provincial",
            ["park_plan_no_firm", "area", "no_event"],
            areas=[ha(290)],
            events=[],
        ),
        h(
            n(),
            "Ưu điểm của thiêu kết là làm hàng loạt lớn với giá thấp, ít phế liệu, hợp với chi tiết hình dáng phức tạp, theo đại diện doanh nghiệp.",
            "2021-05-15",
            "provincial",
            ["speaker_unnamed", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a machinery dealer's copy on a machine-tool exhibition with an association official (S11 r1) ---
    rows += [
        h(
            n(),
            "Hơn 420 doanh nghiệp từ 14 quốc gia và vùng lãnh thổ mang máy công cụ, dao cắt và thiết bị đo tới triển lãm năm nay, theo ông Đỗ Văn Hòa, Phó Chủ tịch Hiệp hội Doanh nghiệp Cơ khí Việt Nam.",
            "2019-06-20",
            "ministry",
            ["exhibition", "count", "approx", "speaker_last", "role_after_name", "org_in_role"],
            persons=[per("Đỗ Văn Hòa", "Phó Chủ tịch Hiệp hội Doanh nghiệp Cơ khí Việt Nam")],
            organizations=["Hiệp hội Doanh nghiệp Cơ khí Việt Nam"],
            quantities=[c(420, "doanh nghiệp", True), c(14, "quốc gia và vùng lãnh thổ")],
            events=[],
        ),
        h(
            n(),
            "Bên lề triển lãm có diễn đàn về cách doanh nghiệp cơ khí Việt bán kèm dịch vụ bảo trì, hiệu chuẩn để thoả mãn và giữ chân khách FDI.",
            "2019-06-20",
            "ministry",
            ["exhibition", "forum_no_event", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Riêng nhóm lò xo, ốc vít và chi tiết dập có khoảng 1.900 doanh nghiệp, phần lớn là xưởng gia đình.",
            "2019-06-20",
            "ministry",
            ["statistics", "count", "approx", "nfd", "no_event"],
            quantities=[c(1900, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "(Biên tập viên: Thiết bị Hoàng Gia, nguồn tổng hợp)",
            "2019-06-20",
            "ministry",
            ["editor_credit_firm", "site_brand_firm", "no_event"],
            firms=[f("Thiết bị Hoàng Gia")],
            events=[],
        ),
        h(
            n(),
            "Gian hàng Nhật Bản và Đài Loan đông nhất, mỗi bên hơn 60 doanh nghiệp, phần lớn bán máy tiện tự động và máy cuộn lò xo.",
            "2019-06-20",
            "ministry",
            ["exhibition", "country", "count", "approx", "no_event"],
            locations=[country("Nhật Bản"), country("Đài Loan")],
            quantities=[c(60, "doanh nghiệp", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a mirror of a daily's series on Japan's supporting industry, with a broken font (S13 r2) ---
    rows += [
        h(
            n(),
            "Học gì từ công nghiệp hỗ trợ xứ người? – Kỳ 3: Ở xứ sở của những chiếc lò xo\n\nTTO – Bên trong xưởng, tiếng máy cun chy đu đu, nhưng gn như không thy bóng công nhân.",
            "2019-11-12",
            "ministry",
            [
                "mirror_page",
                "series_headline",
                "outlet_prefix_nothing",
                "broken_font",
                "ordinal_not_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Ở tnh Aichi, lò xo cho xe ti ca Sakamoto Hatsujo Co. Ltd gn như được cun và tôi hoàn toàn bng máy, dù công ty vn do mt gia đình điu hành.",
            "2019-11-12",
            "ministry",
            [
                "mirror_page",
                "broken_font",
                "place_first",
                "foreign_form",
                "foreign_prefecture_nothing",
                "no_event",
            ],
            firms=[f("Sakamoto Hatsujo", "Co. Ltd")],
            events=[],
        ),
        h(
            n(),
            "Bên trong mt xưởng cun lò xo ti Aichi – nh: MINH KHANG",
            "2019-11-12",
            "ministry",
            ["caption", "broken_font", "photo_credit_person", "caps_name", "no_event"],
            persons=[per("Minh Khang", None)],
            events=[],
        ),
        h(
            n(),
            "Xe t hành ch phôi gia các máy, nên mt ca ch cn ba người giám sát.",
            "2019-11-12",
            "ministry",
            ["mirror_page", "broken_font", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a ministry paper's interview on localising rail fastenings, with related links and a caption
    # (S15 r3) ---
    rows += [
        h(
            n(),
            "Làm chủ thiết bị nâng hạ cho cảng biển Cơ khí trong nước trước bài toán đường sắt tốc độ cao\n\nNội địa hóa phụ kiện liên kết ray: cần cơ chế đặt hàng",
            "2020-10-05",
            "ministry",
            ["related_links_glued", "headline", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cóc đàn hồi, bu lông và lò xo cho đường sắt đô thị có làm được trong nước? TS. Nguyễn Hữu Tâm, Viện trưởng Viện Cơ khí Năng lượng và Mỏ (Bộ Công Thương), trả lời Báo Công Thương.",
            "2020-10-05",
            "ministry",
            [
                "interview_lead",
                "question",
                "outlet_nothing",
                "title_no_role",
                "role_after_name",
                "parent_org_bracket",
                "no_event",
            ],
            persons=[per("Nguyễn Hữu Tâm", "Viện trưởng Viện Cơ khí Năng lượng và Mỏ")],
            organizations=["Viện Cơ khí Năng lượng và Mỏ", "Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Thưa ông, nếu làm trong nước cóc đàn hồi và bu lông liên kết ray thì giá thành có giảm được không?",
            "2020-10-05",
            "ministry",
            ["interview", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo quy hoạch, TP.HCM sẽ có 8 tuyến metro dài khoảng 220 km, nhưng đến nay mới có tuyến số 1 dài 19,7 km sắp chạy.",
            "2020-10-05",
            "ministry",
            ["plan_figures", "count", "distance_no_count", "province_abbrev", "nfd", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(8, "tuyến metro")],
            events=[],
        ),
        h(
            n(),
            "TS. Nguyễn Hữu Tâm, Viện trưởng Viện Cơ khí Năng lượng và Mỏ",
            "2020-10-05",
            "ministry",
            ["caption", "title_no_role", "role_after_name", "no_event"],
            persons=[per("Nguyễn Hữu Tâm", "Viện trưởng Viện Cơ khí Năng lượng và Mỏ")],
            organizations=["Viện Cơ khí Năng lượng và Mỏ"],
            events=[],
        ),
        h(
            n(),
            "Hiện gần như toàn bộ cóc đàn hồi, bu lông ray và lò xo giảm chấn cho các tuyến đang thi công đều phải nhập khẩu, kèm theo là chi phí bảo dưỡng tính bằng ngoại tệ.",
            "2020-10-05",
            "ministry",
            ["interview", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business forum paper's print page with an opinion piece on the chamber's congress (S16 r2) ---
    rows += [
        h(
            n(),
            ">> ĐẠI HỘI VCCI LẦN THỨ VII: Doanh nghiệp cơ khí chờ gì ở nhiệm kỳ mới?",
            "2021-04-23",
            "ministry",
            ["print_page", "related_link", "acronym_org", "ordinal_not_count", "no_event"],
            organizations=["VCCI"],
            events=[],
        ),
        h(
            n(),
            "Người thợ Việt tự làm ra chiếc đồng hồ đeo tay hay con ốc đạt chuẩn Nhật: ba mươi năm trước, đó là điều khó ai dám nghĩ.",
            "2021-04-23",
            "ministry",
            ["opinion", "country_word", "count_in_words", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Đại hội Đại biểu Toàn quốc VCCI lần thứ VII, nhiệm kỳ 2021-2026",
            "2021-04-23",
            "ministry",
            ["caption", "acronym_org", "year_range_nothing", "no_event"],
            organizations=["VCCI"],
            events=[],
        ),
        h(
            n(),
            "Tác giả: doanh nhân Nguyễn Đức Thuận, Ủy viên Ban Chấp hành VCCI khoá VI",
            "2021-04-23",
            "ministry",
            ["author_line", "role_after_name", "acronym_org", "old_tone", "no_event"],
            persons=[per("Nguyễn Đức Thuận", "Ủy viên Ban Chấp hành VCCI khóa VI")],
            organizations=["VCCI"],
            events=[],
        ),
    ]
    # --- A French news-agency page on a spring maker's second plant with the first recalled (S18 r4), rendered in
    # Vietnamese ---
    rows += [
        h(
            n(),
            "Nhà máy thứ hai của Tập đoàn Marchetti Molle (Ý) tại Việt Nam sẽ nằm trên 41.300 m² của Khu công nghiệp Nam Tân Uyên (Bình Dương), gồm hai dây chuyền lò xo kỹ thuật, và được khởi công vào cuối năm nay.",
            "2014-10-02",
            "provincial",
            [
                "foreign_page_rendered",
                "announced_investment",
                "planned_groundbreaking",
                "no_amount",
                "area_m2",
                "park",
                "province_bracket",
                "country_bracket",
                "count_in_words",
                "ordinal_not_count",
            ],
            firms=[f("Marchetti Molle", "Tập đoàn")],
            provinces=[pv("Bình Dương")],
            areas=[ha(4.13)],
            locations=[country("Ý"), park("Khu công nghiệp Nam Tân Uyên")],
            deals=[deal("investment", ["Marchetti Molle"], None, BDg)],
            events=[ev("investment_announcement", [F("Marchetti Molle")], None, None, BDg, "announced")],
        ),
        h(
            n(),
            "Nhà máy đầu tiên, ở Khu công nghiệp Nhơn Trạch 2 (Đồng Nai), được tập đoàn dựng năm 2009 với hơn 9 triệu USD.",
            "2014-10-02",
            "provincial",
            [
                "foreign_page_rendered",
                "anaphora_no_firm",
                "approx",
                "park",
                "ordinal_not_count",
                "nfd",
                "no_event",
            ],
            provinces=[pv("Đồng Nai")],
            money=[m(9 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Nhơn Trạch 2")],
            events=[],
        ),
        h(
            n(),
            "Từ năm 2010, doanh số của Marchetti ở Việt Nam tăng bình quân 22% mỗi năm và đạt 310 tỷ đồng trong năm 2013. -TTXVN",
            "2014-10-02",
            "provincial",
            [
                "foreign_page_rendered",
                "short_name",
                "sales_no_deal",
                "percentage",
                "agency_credit_nothing",
                "no_event",
            ],
            firms=[f("Marchetti")],
            percentages=[22],
            money=[m(310 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết 68-NQ/TW của Bộ Chính trị: khu vực tư nhân được kỳ vọng thành động lực quan trọng nhất của nền kinh tế",
            "2014-10-02",
            "provincial",
            ["foreign_page_rendered", "related_item", "resolution_number", "no_event"],
            decisions=[d("68-NQ/TW")],
            organizations=["Bộ Chính trị"],
            events=[],
        ),
    ]
    # --- English: a sourcing consultant's guide to tolerances (S17 r1) and a vendor's explainer title (S17 r2) ---
    rows += [
        h(
            n(),
            "Sourcing Springs and Turned Parts in Vietnam:\nWhat Local Shops Can Really Hold\nAsk for the machine list before you ask for a price: what a shop can hold depends on what it runs, not on its brochure.",
            "2025-03-10",
            "ministry",
            [E, "sourcing_guide", "headline", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "±0.01mm\nSwiss-type CNC lathes with in-process gauging\n- — Needed for watch pinions, pins and micro shafts\n- — Found mostly in Japanese- and Taiwanese-owned plants",
            "2025-03-10",
            "ministry",
            [
                E,
                "sourcing_guide",
                "bullet_list",
                "spec_no_count",
                "adjective_no_country",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "In our audits, only about 20 local firms could show statistical process control data for every spring batch.",
            "2025-03-10",
            "ministry",
            [E, "sourcing_guide", "count", "approx", "no_event"],
            quantities=[c(20, "firms", True)],
            events=[],
        ),
        h(
            n(),
            "How is a watch screw made on a Swiss-type lathe?",
            "2024-02-01",
            "ministry",
            [E, "title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a news site's feature on a local machining shop supplying chip plants (S17 r4) ---
    rows += [
        h(
            n(),
            "From alley workshop to chipmakers' supplier\n\nAbout 150 machinists turn out shafts, springs and fixtures for foreign semiconductor plants in a 4,200-square-meter workshop that Tan Khoa Mechanical runs off a narrow lane in Binh Duong Province.",
            "2023-12-04",
            "ministry",
            [
                E,
                "feature",
                "headline_lead",
                "count_first",
                "area_m2",
                "count",
                "approx",
                "supplier_status_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Tan Khoa Mechanical")],
            provinces=[pv("Bình Dương")],
            areas=[ha(0.42)],
            quantities=[c(150, "machinists", True)],
            events=[],
        ),
        h(
            n(),
            "Before taking over the family shop at 34, chief executive Nguyen Hoang Phuc spent four years designing jigs for Brother's printer plant in Hanoi.",
            "2023-12-04",
            "ministry",
            [
                E,
                "feature",
                "role_before_name",
                "possessive_firm",
                "age_no_count",
                "duration_no_count",
                "no_event",
            ],
            persons=[per("Nguyen Hoang Phuc", "chief executive")],
            firms=[f("Brother")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "The first audit by its American customer gave the shop 4 points out of 10, he recalls; approval came 22 months later.",
            "2023-12-04",
            "ministry",
            [
                E,
                "feature",
                "score_no_count",
                "duration_no_count",
                "adjective_no_country",
                "supplier_status_no_deal",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- English: a news agency's copy on a Japanese parts maker's groundbreaking, with its contractor and customers
    # (S18 r1, the text repeated on the page) ---
    rows += [
        h(
            n(),
            "Can Tho (VNA) - Work is under way at Tra Noc 2 Industrial Park in Can Tho city on a factory where Hoshino Seimitsu Vietnam Co. Ltd. will turn out precision shafts and micro springs.",
            "2018-09-20",
            "ministry",
            [
                E,
                "dateline",
                "groundbreaking_started",
                "no_amount_in_row",
                "vietnam_dropped",
                "foreign_form",
                "english_park_no_location",
                "province_in_body",
                "place_first",
                "no_day_no_date",
            ],
            firms=[f("Hoshino Seimitsu", "Co. Ltd.")],
            provinces=[pv("Cần Thơ")],
            deals=[deal("groundbreaking", ["Hoshino Seimitsu"], None, CT)],
            events=[ev("groundbreaking", [F("Hoshino Seimitsu")], None, None, CT, "started")],
        ),
        h(
            n(),
            "Building the Hoshino Mekong Plant will cost 296 billion VND (12.6 million USD), and the city hopes it will bring in more high-tech investors.",
            "2018-09-20",
            "ministry",
            [E, "project_name_no_firm", "bracketed_conversion", "project_figures_no_firm", "no_event"],
            money=[m(296 * B, "VND"), m(12.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Design and construction have gone to Phuoc Thanh Construction and Trading Co. Ltd., whose past jobs include plants for Shimano and Mabuchi.",
            "2018-09-20",
            "ministry",
            [E, "contractor_no_deal", "recalled_works_no_deal", "foreign_form", "no_event"],
            firms=[f("Phuoc Thanh Construction and Trading", "Co. Ltd."), f("Shimano"), f("Mabuchi")],
            events=[],
        ),
        h(
            n(),
            "Seiko, Citizen and Makita are among Hoshino's customers.-VNA",
            "2018-09-20",
            "ministry",
            [E, "customers_no_deal", "short_name", "possessive_firm", "agency_credit_nothing", "no_event"],
            firms=[f("Hoshino"), f("Seiko"), f("Citizen"), f("Makita")],
            events=[],
        ),
    ]
    # --- English: a news site's international edition on a watch-parts maker's second plant, with byline, tags and a
    # related item (S18 r2) ---
    rows += [
        h(
            n(),
            "Companies\n\nJapanese watch-parts maker opens second Vietnam plant\n\nBy Hoang Vu   May 14, 2019 | 09:40 am GMT+7",
            "2019-05-14",
            "ministry",
            [
                E,
                "section_label",
                "headline",
                "byline_person",
                "adjective_no_country",
                "ordinal_not_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Hoang Vu", None)],
            events=[],
        ),
        h(
            n(),
            "A $38.4 million plant in Hai Duong's Dai An Industrial Park, about 60 kilometers east of Hanoi, became Sanwa Seiki Vietnam Co.'s second in the country when it started up on May 10; the firm belongs to Japan's Sanwa Holdings.",
            "2019-05-14",
            "ministry",
            [
                E,
                "object_first",
                "inauguration_with_capital",
                "province_possessive",
                "vietnam_dropped",
                "parent_mention",
                "country_possessive",
                "english_park_no_location",
                "distance_no_count",
                "nearby_city_mention",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Sanwa Seiki", "Co."), f("Sanwa Holdings")],
            provinces=[pv("Hải Dương"), pv("Hà Nội")],
            money=[m(38.4 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Sanwa Seiki"], 38.4 * M, HD, "2019-05-10")],
            events=[ev("inauguration", [F("Sanwa Seiki")], 38.4 * M, "USD", HD, "completed")],
        ),
        h(
            n(),
            "Its first factory, opened in Binh Duong in 2008, still makes most of the group's case screws and crowns; the 3.6-hectare northern site will serve watch assemblers around Hanoi.",
            "2019-05-14",
            "ministry",
            [E, "anaphora_no_firm", "existing_plant_no_deal", "area", "ordinal_not_count", "no_event"],
            provinces=[pv("Bình Dương"), pv("Hà Nội")],
            areas=[ha(3.6)],
            events=[],
        ),
        h(
            n(),
            "Tags: Sanwa Seiki watch parts Hai Duong precision engineering\n\nRead more\nKorean firm gets nod for $2.1 bln LNG power plant",
            "2019-05-14",
            "ministry",
            [
                E,
                "tags_line",
                "related_item",
                "unnamed_firm_licence_no_deal",
                "adjective_no_country",
                "multiline",
                "no_event",
            ],
            firms=[f("Sanwa Seiki")],
            provinces=[pv("Hải Dương")],
            money=[m(2.1 * B, "USD")],
            events=[],
        ),
    ]
    # --- English: a fastener trade magazine's flip-book page (S18 r3) ---
    rows += [
        h(
            n(),
            "Fastener World no.201/2023\n\n027\n\n028 Fastener World no.201/2023",
            "2023-07-01",
            "ministry",
            [
                E,
                "flipbook_chrome",
                "magazine_title_nothing",
                "page_numbers_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Company Focus\n\nby Lin Mei-hua, Editor of Fastener World\n\nBest known for self-drilling and chipboard screws sold to DIY chains in Europe, Taiwan's Jinn Feng Screw has spent two years on a stainless concrete screw that cuts its own thread.",
            "2023-07-01",
            "ministry",
            [
                E,
                "section_label",
                "byline_role",
                "country_possessive",
                "region_nothing",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Lin Mei-hua", "Editor of Fastener World")],
            firms=[f("Jinn Feng Screw")],
            locations=[country("Taiwan")],
            events=[],
        ),
    ]
    # --- English: a provincial paper's English edition on a Party secretary's visit to a Japanese ball-screw maker
    # (S19 r1) ---
    rows += [
        h(
            n(),
            "Vietnamese |  English |  中文 |  Báo In\n\nJapanese capital lifts precision engineering\n\nUpdate: 14-06-2023 | 09:12:40",
            "2023-06-14",
            "provincial",
            [
                E,
                "site_chrome",
                "language_switch",
                "adjective_no_country",
                "timestamp_line",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Tran Van Nam, Secretary of the Binh Duong Provincial Party Committee, spent an afternoon at Takumi Seiki Vietnam Co., Ltd., a wholly Japanese-owned maker of ball screws and linear guides, and asked it to take interns from the province's vocational schools.",
            "2023-06-14",
            "provincial",
            [
                E,
                "visit_no_event",
                "person_first",
                "vietnam_dropped",
                "foreign_form",
                "adjective_no_country",
                "role_after_name",
                "province_in_org_name",
                "no_event",
            ],
            firms=[f("Takumi Seiki", "Co., Ltd.")],
            persons=[per("Tran Van Nam", "Secretary of the Binh Duong Provincial Party Committee")],
            organizations=["Binh Duong Provincial Party Committee"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Output per worker has roughly doubled since robots took over loading the grinders in 2019, production director Vo Minh Tri said.",
            "2023-06-14",
            "provincial",
            [E, "role_before_name", "speaker_last", "no_event"],
            persons=[per("Vo Minh Tri", "production director")],
            events=[],
        ),
    ]
    # --- English: an investment portal's copy on what Japanese investors want (S19 r2) ---
    rows += [
        h(
            n(),
            "Japanese parts makers want ready-built factories near their customers more than tax breaks, said Nguyen Thanh Long, deputy director of the Foreign Investment Agency under the Ministry of Planning and Investment.",
            "2012-09-18",
            "ministry",
            [E, "speaker_last", "role_after_name", "org_in_role", "adjective_no_country", "no_event"],
            persons=[
                per(
                    "Nguyen Thanh Long",
                    "deputy director of the Foreign Investment Agency under the Ministry of Planning and Investment",
                )
            ],
            organizations=["Foreign Investment Agency", "Ministry of Planning and Investment"],
            events=[],
        ),
        h(
            n(),
            "Nearly two thirds of Japanese firms polled by JETRO last year said they would expand in Vietnam within two years; Kenji Aoyama, head of investment finance at the Japan Bank for International Cooperation, pointed to the country's young workforce.",
            "2012-09-18",
            "ministry",
            [E, "survey", "fraction_nothing", "acronym_org", "plans_no_deal", "role_after_name", "no_event"],
            organizations=["JETRO", "Japan Bank for International Cooperation"],
            persons=[
                per(
                    "Kenji Aoyama",
                    "head of investment finance at the Japan Bank for International Cooperation",
                )
            ],
            events=[],
        ),
    ]
    # --- English: a city paper's English site on a ready-built park for Japanese parts makers (S19 r3) ---
    rows += [
        h(
            n(),
            "Mar 03, 2017 / 10:20\n\nBinh Duong draws Japanese precision-parts makers",
            "2017-03-03",
            "ministry",
            [E, "timestamp_line", "headline", "adjective_no_country", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Machined parts for Yamaha's motorbike plants are the first products out of the park: Hamada Seimitsu started its lines there in January, the Dau Tu (Investment) newspaper reported.",
            "2017-03-03",
            "ministry",
            [
                E,
                "start_of_production_inauguration",
                "no_capital",
                "no_site_in_row",
                "outlet_nothing",
                "customer_no_party",
                "ordinal_not_count",
            ],
            firms=[f("Hamada Seimitsu"), f("Yamaha")],
            events=[ev("inauguration", [F("Hamada Seimitsu")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Five more Japanese firms have signed leases on ready-built workshops and will move machines in after Tet, said Le Thanh Hai, deputy director of the park.",
            "2017-03-03",
            "ministry",
            [E, "unnamed_tenants_no_deal", "count_in_words", "role_after_name", "no_event"],
            persons=[per("Le Thanh Hai", "deputy director of the park")],
            events=[],
        ),
        h(
            n(),
            "Built on 11 ha inside My Phuoc 3 Industrial Park for 27 million USD, the Japan-Vietnam precision park rents out ready-built workshops and handles licensing for its tenants; work on it began in March 2015.",
            "2017-03-03",
            "ministry",
            [
                E,
                "park_figures_no_firm",
                "area",
                "english_park_no_location",
                "country_in_park_name_nothing",
                "no_event",
            ],
            money=[m(27 * M, "USD")],
            areas=[ha(11)],
            events=[],
        ),
    ]
    # --- English: a provincial paper's English page on a ready-built park joint venture and a tool maker's opening
    # (S19 r4) ---
    rows += [
        h(
            n(),
            "Three shareholders stand behind Nhon Trach Precision Park JSC: Bien Hoa Industrial Corporation holds 51 per cent, Japan's Kyowa Holdings 39 per cent and Long Binh Logistics JSC the rest; its charter capital is VND690 billion ($30.8 million).",
            "2016-11-20",
            "provincial",
            [
                E,
                "recalled_joint_venture",
                "consortium_one_deal",
                "deal_no_event",
                "shares_first",
                "corporation_in_name",
                "country_possessive",
                "bracketed_conversion",
                "percentage",
            ],
            firms=[
                f("Nhon Trach Precision Park", "JSC"),
                f("Bien Hoa Industrial Corporation"),
                f("Kyowa Holdings"),
                f("Long Binh Logistics", "JSC"),
            ],
            percentages=[51, 39],
            money=[m(690 * B, "VND"), m(30.8 * M, "USD")],
            locations=[country("Japan")],
            deals=[
                deal(
                    "investment",
                    ["Bien Hoa Industrial Corporation", "Kyowa Holdings", "Long Binh Logistics"],
                    690 * B,
                )
            ],
            events=[],
        ),
        h(
            n(),
            "“We are aiming at small Japanese firms in machining and stamping that need clean, ready-built space,” Ngo Quang Vinh, chairman of Nhon Trach Precision Park JSC, told VIR.",
            "2016-11-20",
            "provincial",
            [E, "quote_first", "role_after_name", "outlet_nothing", "adjective_no_country", "no_event"],
            persons=[per("Ngo Quang Vinh", "chairman of Nhon Trach Precision Park JSC")],
            firms=[f("Nhon Trach Precision Park", "JSC")],
            events=[],
        ),
        h(
            n(),
            "Hiroshi Takeda, president of the Japan Business Association in Ho Chi Minh City, said Dong Nai now hosts more of its members' factories than any province except Binh Duong.",
            "2016-11-20",
            "provincial",
            [
                E,
                "association_org",
                "province_in_org_name",
                "role_after_name",
                "existing_plants_no_deal",
                "no_event",
            ],
            organizations=["Japan Business Association in Ho Chi Minh City"],
            provinces=[pv("Hồ Chí Minh"), pv("Đồng Nai"), pv("Bình Dương")],
            persons=[
                per("Hiroshi Takeda", "president of the Japan Business Association in Ho Chi Minh City")
            ],
            events=[],
        ),
        h(
            n(),
            "A $4.2 million plant turning out torque wrenches and socket sets has been running at Nhon Trach 2 industrial park since May 2016, when Sato Tools Vietnam Co. Ltd., an affiliate of Japan's Sato Kogu Group, opened it.",
            "2016-11-20",
            "provincial",
            [
                E,
                "object_first",
                "inauguration_with_capital",
                "vietnam_dropped",
                "parent_mention",
                "country_possessive",
                "english_park_no_location",
                "month_no_day",
            ],
            firms=[f("Sato Tools", "Co. Ltd."), f("Sato Kogu Group")],
            money=[m(4.2 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Sato Tools"], 4.2 * M)],
            events=[ev("inauguration", [F("Sato Tools")], 4.2 * M, "USD", None, "completed")],
        ),
    ]
    # --- English: an electronics maker's supplier-consulting programme and supplier counts (S20 r1) ---
    rows += [
        h(
            n(),
            "Twenty-five local parts makers were picked for this year's Samsung Vietnam consulting programme, launched on Tuesday, and will work with Korean experts for 14 weeks.",
            "2019-03-27",
            "ministry",
            [
                E,
                "programme_launch_no_event",
                "vietnam_dropped",
                "count_in_words",
                "duration_no_count",
                "adjective_no_country",
                "no_event",
            ],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Three Samsung plants in the country between them buy from about 230 Vietnamese firms, 31 of which supply the group directly.",
            "2019-03-27",
            "ministry",
            [
                E,
                "supplier_status_no_deal",
                "count",
                "approx",
                "count_in_words",
                "count_without_noun_none",
                "no_event",
            ],
            firms=[f("Samsung")],
            quantities=[c(230, "firms", True)],
            events=[],
        ),
    ]
    # --- English: a national agency's copy on a printer maker's local suppliers (S20 r2) ---
    rows += [
        h(
            n(),
            "Hanoi (VNS/VNA) - Six years ago, Koyama Imaging Vietnam bought nearly every screw and spring for its printers from Japan and China.",
            "2018-11-05",
            "ministry",
            [E, "dateline", "vietnam_dropped", "purchases_no_deal", "country", "no_event"],
            firms=[f("Koyama Imaging")],
            provinces=[pv("Hà Nội")],
            locations=[country("Japan"), country("China")],
            events=[],
        ),
        h(
            n(),
            "Some 48 percent of the parts in its Vietnam-made printers are now sourced locally, Deputy Minister of Industry and Trade Tran Quoc Hung told a recent forum.",
            "2018-11-05",
            "ministry",
            [E, "localisation_rate", "anaphora_no_firm", "percentage", "role_before_name", "no_event"],
            percentages=[48],
            persons=[per("Tran Quoc Hung", "Deputy Minister of Industry and Trade")],
            events=[],
        ),
        h(
            n(),
            "Springs, clips and stamped brackets come off the lines of Hung Thinh Precision Joint Stock Company in Binh Duong, a tier-1 supplier to Koyama, whose 410 workers share 52,000 sq.m of workshops, general director Le Minh Duc said.",
            "2018-11-05",
            "ministry",
            [
                E,
                "object_first",
                "role_before_name",
                "speaker_last",
                "english_form",
                "supplier_status_no_deal",
                "count",
                "area_m2",
                "no_event",
            ],
            persons=[per("Le Minh Duc", "general director")],
            firms=[f("Hung Thinh Precision", "Joint Stock Company"), f("Koyama")],
            provinces=[pv("Bình Dương")],
            quantities=[c(410, "workers")],
            areas=[ha(5.2)],
            events=[],
        ),
    ]
    # --- English: an economic news site's copy on the ministry's programme with the printer maker (S20 r3) ---
    rows += [
        h(
            n(),
            "Koyama opens doors for local parts makers\n\n10:15 | 12/05/2021 Companies\n\n(VEN) - Japan's Koyama Imaging has joined the Ministry of Industry and Trade (MoIT) in coaching local suppliers, part of a push to get 1,500 Vietnamese firms into multinationals' production networks by 2025.",
            "2021-05-12",
            "ministry",
            [
                E,
                "headline_lead",
                "timestamp_line",
                "outlet_prefix_nothing",
                "target_no_event",
                "programme_no_deal",
                "bare_headline_name_and_full_name_two_entries",
                "bracketed_acronym_one_entry",
                "country_possessive",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Koyama"), f("Koyama Imaging")],
            organizations=["Ministry of Industry and Trade"],
            locations=[country("Japan")],
            quantities=[c(1500, "firms")],
            events=[],
        ),
        h(
            n(),
            "Policy rests on Decree 111/2015/ND-CP on supporting industries and Decision 68/QD-TTg approving the 2016-2025 programme; under it, 40 suppliers have had half the cost of their first quality audit paid.",
            "2021-05-12",
            "ministry",
            [
                E,
                "decree_number",
                "decision_number_no_date",
                "year_range_nothing",
                "count",
                "programme_no_deal",
                "no_event",
            ],
            decisions=[d("111/2015/ND-CP"), d("68/QD-TTg")],
            quantities=[c(40, "suppliers")],
            events=[],
        ),
    ]
    # --- English: a national agency's copy on an electronics maker's direct local suppliers (S20 r4) ---
    rows += [
        h(
            n(),
            "Samsung's direct local suppliers double\n\nHanoi (VNA) – A supply-chain workshop in the capital heard that Samsung now buys directly from 14 Vietnamese companies, up from seven a year earlier.",
            "2019-06-20",
            "ministry",
            [
                E,
                "headline_lead",
                "possessive_firm",
                "dateline",
                "count",
                "count_in_words",
                "supplier_status_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Samsung")],
            provinces=[pv("Hà Nội")],
            quantities=[c(14, "companies")],
            events=[],
        ),
        h(
            n(),
            "Its Thai Nguyen complex alone buys from 163 local suppliers.",
            "2019-06-20",
            "ministry",
            [E, "anaphora_no_firm", "count", "unaccented_province", "no_event"],
            provinces=[pv("Thái Nguyên")],
            quantities=[c(163, "suppliers")],
            events=[],
        ),
        h(
            n(),
            "“Local firms have the skills; what they need is a first order,” said Deputy Minister of Industry and Trade Nguyen Van Hoa.",
            "2019-06-20",
            "ministry",
            [E, "quote_first", "role_before_name", "ordinal_not_count", "no_event"],
            persons=[per("Nguyen Van Hoa", "Deputy Minister of Industry and Trade")],
            events=[],
        ),
    ]
    return rows
