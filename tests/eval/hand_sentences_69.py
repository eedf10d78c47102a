# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 69 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (nothing ranked 5 or lower was used; rows first
drafted from such results were taken out again, see below), on the themes of this batch: automotive, motorbike and
mechanical-engineering parts (casting, forging, moulds, stamping, rubber and plastic parts) in Vĩnh Phúc/Phú Thọ, Thái
Nguyên, Quảng Nam/Đà Nẵng (Chu Lai) and Hải Dương/Hải Phòng: investments, certificates, capital increases,
groundbreakings, openings, supply contracts with assemblers, localisation and provincial programmes. Searches, numbered
S1-S20 in the section comments: S1 "Vĩnh Phúc trao giấy chứng nhận đầu tư nhà máy linh kiện ô tô xe máy", S2 "Thái
Nguyên dự án sản xuất phụ tùng ô tô khởi công", S3 "Chu Lai Thaco khu công nghiệp cơ khí linh kiện phụ tùng ô tô khánh
thành", S4 "Hải Dương nhà máy linh kiện ô tô tăng vốn đầu tư", S5 "Hải Phòng nhà máy phụ tùng ô tô khởi công vốn đầu tư
triệu USD", S6 "Phú Thọ nhà máy đúc rèn cơ khí dự án đầu tư", S7 "nhà máy khuôn mẫu dập kim loại Vĩnh Phúc doanh nghiệp
FDI", S8 "doanh nghiệp cao su kỹ thuật nhựa linh kiện xe máy Honda Yamaha nhà cung cấp", S9 "ký hợp đồng cung cấp linh
kiện cho nhà máy lắp ráp ô tô Thaco Hyundai Thành Công", S10 "chương trình nội địa hóa ô tô doanh nghiệp phụ tùng trong
nước", S11 "UBND tỉnh quyết định phê duyệt chương trình phát triển công nghiệp hỗ trợ Vĩnh Phúc", S12 "Quảng Nam chương
trình phát triển công nghiệp hỗ trợ cơ khí ô tô Chu Lai quyết định", S13 "Thái Nguyên kế hoạch phát triển công nghiệp hỗ
trợ giai đoạn 2021-2025 cơ khí", S14 "khánh thành nhà máy sản xuất linh kiện phụ tùng xe máy khu công nghiệp", S15 "đúc
gang thép rèn chi tiết máy nhà máy mới đầu tư Hải Dương Hải Phòng", S16 "Đà Nẵng dự án sản xuất phụ tùng ô tô cơ khí
chính xác trao giấy chứng nhận", S17 "auto parts factory Vietnam investment certificate", S18 "Vietnam mould maker supply
agreement", S19 "Vinh Phuc motorbike parts supplier Honda plant expansion", S20 "Thai Nguyen Hai Phong automotive
components plant groundbreaking" (16 Vietnamese, 4 English). Annotated for every field BEFORE any tagger was run on
them, without reading the tagger code, data, tests or notes. No sentence is taken or paraphrased from a page; the shapes
are. Firm and person names are invented (well-known brands and leaders appear only in sentences of our own, with
figures, dates and places changed).

What the sample looked like: 80 result slots, about 55 distinct pages (a one-line title on a carmaker setting the date of
a US groundbreaking came back five times, a listing page on a car plant's corrected capital four times, a listing on a
car plant entering mass production, a Vĩnh Phúc tag page, a Chu Lai seminar page and a video blurb twice each). Roughly
12 were keyword and gambling spam (all of S6's first three, three of S7, two of S8, three of S15), 6 unrelated titles,
classifieds and unaccented tag lines, 5 the repeated planned-groundbreaking title, 4 the capital-correction listing (a
tycoon's car plant, a minister's remark at an unnamed Sino-Vietnamese venture), 2 the mass-production listing, 10 tag,
category and keyword pages with a one-line blurb (targets of projects and jobs per year, public-investment disbursement,
a cluster being finished by an unnamed investor, a park groundbreaking headline, suppliers wishing to work with a
carmaker, a localisation taxonomy page with old tone placement, a loss-making plant's keyword page, a plan approved by
the Prime Minister), 6 theses, e-books, legal guides and licensing explainers (four of them S17's English law-firm
pages), 9 features, statistics and party-journal pages (a rubber-parts feature with an association survey, import
figures and a chairman's quote; an expert's quote and related headlines; MoIT on localisation; FDI statistics;
manufacturing's GDP share; a chairman's byline article with resolutions and a caption; a DOIT plan preface with old tone;
a 2009 khuyến công grant), 5 video blurbs with bylines, 10 provincial and national deal news pages (an auto-mechanical
park expansion broken ground in Chu Lai, told twice, with its capital split and a vice chairman's speech; a seminar on
Chu Lai as a supporting-industry hub; a plan proposal; a province breaking ground on two projects at once; four Korean
parts makers breaking ground together in a Hải Phòng park with customers and the park's Korean total; two plant openings
with capital, timestamp, area, jobs, guests and a general director's thanks; a steel group's technology-line supply
contract on a provincial portal; a 2006 item on a tyre maker's new plant in yen), 10 English wire copy and features (a
mould industry piece with brand lists and quotes, a VOV mould feature with a chairman's and a general director's words and
import figures, two copies of a ministry-Samsung technician course under a 2019 agreement, a Honda capacity expansion
with its $70 million and a forum repost of it, a VNA piece recalling makers' expansions in Vĩnh Phúc and Hà Nam, a blog
on a plant opening with a Vice Prime Minister present, a VNA groundbreaking in Thái Bình, a Chu Lai car-plant opening
with its VND capital and a road), and 1 Japanese page (read for its shape only). About 22 of the 80 slots told a deal:
planned groundbreakings (the repeated title), held groundbreakings (park, plant, joint, by a province), openings with
and without capital, announced expansions, recalled expansions, one supply contract; no licence with a named investor,
no MoU, lease, credit, joint venture or acquisition being signed occurred in any first four (the one licence, S16's,
named no investor; the Vĩnh Phúc and Phú Thọ licence rounds came at ranks 6-8 and were not used), so the batch has none.

Rows: 166 (hand-15601 to hand-15766); 41 carry a deal or an event (40 events: 12 groundbreakings, 12 inaugurations, 12
investment announcements, 4 supply contracts; 40 `deals` entries: 21 investment, 15 groundbreaking, 4 supply_contract),
125 are negatives and other fields. That is 25% deal rows against the sample's 22 of 80 slots (27%); the batch was not
filled up to any mix. 42 rows are English copy (`english_copy`; 13 with a deal or event); 8 are stored in NFD; 5 use old
tone placement ("hoá", "tuỳ", "Uỷ", "thuỷ"); 36 hold a headline, a subheading, a byline, a timestamp or several lines.
By page kind the rows roughly follow the sample: 22 spam, junk and unrelated titles (0 with a deal or event), 10 planned-
groundbreaking and announcement titles (10), 8 listing lines (5), 14 tag, category and keyword pages (2), 9 theses,
e-books and English explainers (0), 27 features, statistics and party-journal rows (1), 6 video blurbs (2), 40 provincial
and national deal-news rows (14), 30 English wire and feature rows (7).

Review: after the first draft every row was checked against the sampled sentences it was drawn from; about 70 rows whose
wording followed a sampled sentence too closely (same clause order with word swaps: the groundbreaking leads, the
opening leads and their area/jobs/guests/thanks rows, the planned-groundbreaking titles, the capital-correction listing,
tag blurbs, the rubber feature's quote, survey, counts and imports, the English mould, training, Honda and Chu Lai rows)
were rewritten from scratch with their gold redone, and 12 more were dropped. Five drafted rows whose shape came from
results ranked 5-8 (a firm's 2003 arrival in Chu Lai, a province's priority list, a motorbike maker's piston and gear
workshop, an industrial-output ranking, a flattened FDI table) were dropped, and the first row's committee co-host, a
shape seen only at rank 7, was removed (the firm alone breaks ground there).

Conventions: exactly those of batches 10 and 12-67 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started"; a joint groundbreaking is one
deal per investor with the total written and one event with all of them; a province or committee breaking ground is a
government party as written; an opening with its own capital is an investment deal and an inauguration event, without
capital the event only; a planned groundbreaking or a firm's stated expansion plan is an announced investment; a
recalled investment is a deal without an event; a purchase written buyer-first is a supply contract listing the seller
first; a deal date needs a day; a dateline, a signing city and a region prefix are province mentions, not sites; "(cũ)"
units and old names are mentions with the current unit as site; a province inside a firm's name is no mention, inside an
organisation's or park's name it is; bare "Chu Lai" is no location, "Khu kinh tế mở Chu Lai" is a zone, "Khu công nghệ
cao Đà Nẵng" names the province only; a foreign subsidiary drops "Việt Nam"/"Vietnam" and a trailing "Vina"; English
parks are no locations; wishes, support grants, matching sessions, proposals, unnamed investors and training courses are
no event; capacities, tonnages, durations and counts in words are no counts, both ends of a range are; bylines and
academic titles give persons with no role; newspapers and agencies are neither firms nor organisations. Every row with
no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A planned groundbreaking told as a title with only a month ("Nhà máy ... 1,2 tỷ USD của VinFast tại Ấn Độ sẽ động thổ vào
  tháng 2", "Tháng 11 sẽ động thổ nhà máy ... của Phụ tùng Kim Sơn tại Phú Thọ", "Groundbreaking for X's $52 million ...
  plant in Thái Nguyên set for May") is an announced investment with the amount, no date; a plant abroad has no site and
  the country as location.
- A province breaking ground on a firm's plant, active or passive ("tỉnh Thái Nguyên khởi công nhà máy ... của Công ty
  X", "Hai nhà máy phụ tùng được Vĩnh Phúc khởi công cùng lúc ...: nhà máy ... của A và nhà máy ... của B") gives one
  groundbreaking deal per firm and one event per plant with G(the province as written) and the firm.
- A first batch of output or a line reaching full design capacity on a day ("xuất xưởng lô đầu tiên", "đã cho ra lô xe
  thương mại đầu tiên (20/11)", "chạy hết công suất thiết kế từ ngày 2/12", "chạy thương mại từ 1/6") is an inauguration
  event with no deal (batch 50's opening with no capital); the short brand in a headline ("Xe bus điện Sao Bắc") is no
  firm of its own.
- English openings that put the capital first or in a participle ("With about US$24 million of initial capital behind
  it, the fifth ... plant of X Co., Ltd. opened ...", "Y cut the ribbon on June 6 on the VND1.9 trillion ($81 million)
  facility", "A VND9.6 trillion ($410 million) ... plant opened on April 2 in Chu Lai, Quảng Nam Province, giving X JSC
  room for ...") are X's investment deal and inauguration event; the bracketed dollar figure is a second, approximate
  money mention.
- A technician course opened by an agency and a firm "under" or "resting on" a cooperation agreement signed years before
  (only the year written) gives no event and no deal: the course is no signing and the recalled support agreement carries
  no deal; "Twenty-four engineers" is a count in words.
- A listing line correcting a plant's capital ("thực chất chỉ đăng ký hơn 4.600 tỷ đồng, thấp xa con số 12.000 tỷ đồng
  từng được công bố") with a businessman as owner gives both amounts as money, the person with no role, no deal; "ông
  Lực" on its own is a person with no role; an unnamed foreign partner gives the country only.
- A hi-tech park board's certificate for a project whose investor "chưa được công bố" gives the board and the province
  only; the first project's firm, an exporter "cho Rolls-Royce", gives two firm mentions and no supply deal.
- English recalled expansions with a year ("X of Taiwan spent $38 million in 2009 on a second assembly line in Vĩnh Phúc
  Province", "Suzuki Vietnam had spent $22 million moving its motorcycle line to ... Đồng Nai in 2011") are investment
  deals with the amount and the current unit, no event; "X of Taiwan" gives the country.
- "A VND750 billion road widening, paid for by the group" names no firm: money only; a provincial road "vốn 380 tỷ đồng
  từ ngân sách tỉnh" is money only.
- "Săm lốp chiếm 45 trong khoảng 260 cơ sở" counts only the 260 (the 45 has no noun); "có 12 máy dập" and "14 máy đúc từ
  800 đến 2.500 tấn" count machines, the tonnages are no counts; "cao hơn ... khoảng 10-20%" gives both percentages.
- "Bình Tân Plastics JSC chairman Phạm Quốc Dũng" keeps the role as written (batch 60's possessive role); "Dr." is no
  role; a party-journal byline "Nguyễn Văn Thành / Phó Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ" gives the person with that
  role, the organisation and the province.
- The bare "Uỷ ban nhân dân tỉnh" approving a plan by "Quyết định số 2987/QĐ-UBND ngày 28/9/2016" gives the decision with
  its date, no organisation (a bare unit); the plan's province is a mention.
- A 2023 opening "tại KCN Phú Thái (Hải Dương)" gives Hải Dương as the mention and its current unit, Thành phố Hải Phòng,
  as the site (a province in brackets after a park, batch 47); English agency rows write the province in the body
  ("... Industrial Park in Hải Phòng") under a "Hà Nội (VNA) –" dateline, so the dateline is a mention only.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_69(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    T = 1_000_000_000_000
    DN = cur("Đà Nẵng")  # also Quảng Nam (cũ)
    HP = cur("Hải Phòng")  # also Hải Dương (cũ)
    PT = cur("Phú Thọ")  # also Vĩnh Phúc (cũ)
    TN = cur("Thái Nguyên")
    BN = cur("Bắc Ninh")
    HY = cur("Hưng Yên")  # also Thái Bình (cũ)
    NB = cur("Ninh Bình")
    HN = cur("Hà Nội")
    TNi = cur("Tây Ninh")  # Long An (cũ)
    DNai = cur("Đồng Nai")

    ids = iter(range(15601, 16000))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- S3/S12/S20: an auto-parts park expansion broken ground in Chu Lai, a seminar, a plan proposal, a video ---
    rows += [
        h(
            n(),
            "Chu Lai đón khu công nghiệp phụ trợ ô tô thứ hai, vốn 6.900 tỷ đồng\nCông ty CP Cơ khí Ô tô Kỳ Hà đã động thổ Khu công nghiệp Phụ trợ ô tô Tam Hòa rộng 96 ha ở xã Tam Hòa, TP Đà Nẵng vào sáng 27-8.",
            "2025-08-28",
            "provincial",
            [
                "headline_lead",
                "groundbreaking",
                "date_at_end",
                "date_dash",
                "commune_not_district",
                "area",
                "amount_in_headline",
                "deal_date",
            ],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Cơ khí Ô tô Kỳ Hà", "Công ty CP")],
            money=[m(6_900 * B, "VND")],
            areas=[ha(96)],
            locations=[park("Khu công nghiệp Phụ trợ ô tô Tam Hòa")],
            deals=[deal("groundbreaking", ["Cơ khí Ô tô Kỳ Hà"], 6_900 * B, DN, "2025-08-27")],
            events=[
                ev(
                    "groundbreaking",
                    [F("Cơ khí Ô tô Kỳ Hà")],
                    6_900 * B,
                    "VND",
                    DN,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Khoảng 1.250 tỷ đồng trong số đó dành cho hạ tầng kỹ thuật; phần còn lại đổ vào các xưởng bo mạch điều khiển, cảm biến, camera hành trình và một trung tâm thử nghiệm.",
            "2025-08-28",
            "provincial",
            ["capital_breakdown", "approx", "no_firm", "no_event"],
            money=[m(1_250 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Ông Lê Quang Vinh, Phó Chủ tịch UBND TP Đà Nẵng, đề nghị nhà đầu tư sớm hoàn thiện hạ tầng để đón các nhà cung ứng linh kiện từ Nhật Bản và Hàn Quốc.",
            "2025-08-28",
            "provincial",
            ["person_role_after", "request_no_event", "countries"],
            organizations=["Ủy ban nhân dân TP Đà Nẵng"],
            persons=[per("Lê Quang Vinh", "Phó Chủ tịch UBND TP Đà Nẵng")],
            provinces=[pv("Đà Nẵng")],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thành phố gắn biển 14 công trình dịp 80 năm Quốc khánh 2/9, trong đó có dự án này.",
            "2025-08-28",
            "provincial",
            ["count", "anniversary_not_count", "no_event"],
            quantities=[c(14, "công trình")],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch, giai đoạn 1 xong vào năm 2028; đến 2030 khu công nghiệp dự kiến có khoảng 30 nhà máy, tạo việc làm cho hơn 12.000 lao động.",
            "2025-08-28",
            "provincial",
            ["plan", "count", "approx", "no_event"],
            quantities=[c(30, "nhà máy", True), c(12_000, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp cơ khí ô tô Chu Lai - Trường Hải\nTHACO động thổ nhà máy trục và bánh răng 1.640 tỉ đồng, rộng 21 ha",
            "2024-03-21",
            "ministry",
            [
                "tag_page",
                "park_tag",
                "groundbreaking",
                "capitals_brand",
                "ti_spelling",
                "area",
                "no_province",
            ],
            firms=[f("THACO")],
            money=[m(1_640 * B, "VND")],
            areas=[ha(21)],
            locations=[park("Khu công nghiệp cơ khí ô tô Chu Lai - Trường Hải")],
            deals=[deal("groundbreaking", ["THACO"], 1_640 * B)],
            events=[ev("groundbreaking", [F("THACO")], 1_640 * B, "VND", None, "started")],
        ),
        h(
            n(),
            "Các chuyên gia dự tọa đàm do UBND tỉnh Quảng Nam và Trường Đại học Bách khoa Đà Nẵng đồng tổ chức kiến nghị dành quỹ đất ở Chu Lai cho doanh nghiệp vệ tinh làm phôi đúc, chi tiết dập và linh kiện nhựa.",
            "2019-11-06",
            "ministry",
            ["seminar", "co_organisers", "province_in_org_name", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Nam", "Trường Đại học Bách khoa Đà Nẵng"],
            provinces=[pv("Quảng Nam"), pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Trong 19 nhà máy đang chạy ở Chu Lai, phần lớn làm ghế, kính, khung gầm và bộ dây điện cho chính các dòng xe của tập đoàn.",
            "2019-11-06",
            "ministry",
            ["count", "no_firm_named", "operates_no_event"],
            quantities=[c(19, "nhà máy")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh Quảng Nam kiến nghị Bộ Công Thương bổ sung một trung tâm cơ khí và phụ trợ ô tô tại Chu Lai vào quy hoạch mạng lưới công nghiệp quốc gia.",
            "2023-02-14",
            "ministry",
            ["proposal_no_event", "province_as_actor"],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Quảng Nam")],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Trần Hồng Hà tham quan xưởng sơn linh kiện nhựa tại Chu Lai hồi tháng 3/2024 (ảnh: Quang Hiếu)",
            "2024-03-30",
            "ministry",
            ["photo_caption", "person_role_before", "byline", "no_event"],
            persons=[per("Trần Hồng Hà", "Phó Thủ tướng"), per("Quang Hiếu", None)],
            events=[],
        ),
        h(
            n(),
            "(QNO) - Ngày 15.3, tại KCN Tam Anh, Công ty TNHH Năng lượng Tam Hiệp động thổ nhà máy ắc quy cho xe điện; cùng ngày tỉnh khởi công tuyến đường nối cảng Kỳ Hà với khu công nghiệp.\nThực hiện: Hoàng Long - Minh Thư",
            "2024-03-16",
            "provincial",
            [
                "video_blurb",
                "source_tag",
                "date_with_dot",
                "groundbreaking",
                "byline_names",
                "several_lines",
                "deal_date",
            ],
            persons=[per("Hoàng Long", None), per("Minh Thư", None)],
            firms=[f("Năng lượng Tam Hiệp", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Tam Anh")],
            deals=[deal("groundbreaking", ["Năng lượng Tam Hiệp"], None, None, "2024-03-15")],
            events=[ev("groundbreaking", [F("Năng lượng Tam Hiệp")], None, None, None, "started")],
        ),
        h(
            n(),
            "A VND9.6 trillion ($410 million) passenger-car plant opened on April 2 in Chu Lai, Quảng Nam Province, giving Kỳ Hà Motor JSC room for 80,000 vehicles a year.",
            "2019-04-03",
            "ministry",
            [
                "english_copy",
                "inauguration_with_capital",
                "conversion_bracket",
                "capacity_no_count",
                "deal_date",
            ],
            provinces=[pv("Quảng Nam")],
            firms=[f("Kỳ Hà Motor", "JSC")],
            money=[m(9.6 * T, "VND"), m(410 * M, "USD", approx=True)],
            deals=[deal("investment", ["Kỳ Hà Motor"], 9.6 * T, DN, "2019-04-02")],
            events=[ev("inauguration", [F("Kỳ Hà Motor")], 9.6 * T, "VND", DN, "completed")],
        ),
        h(
            n(),
            "Exports to ASEAN will wait until local content passes 45 per cent, chairman Nguyễn Hữu Tâm said, adding that bus and truck lines would be retooled first.",
            "2019-04-03",
            "ministry",
            ["english_copy", "person_role_before", "percentage", "plan_no_amount", "no_event"],
            persons=[per("Nguyễn Hữu Tâm", "chairman")],
            percentages=[45],
            events=[],
        ),
        h(
            n(),
            "A VND750 billion road widening, paid for by the group, now connects Chu Lai Port with the national expressway.",
            "2019-04-03",
            "ministry",
            ["english_copy", "no_firm_named", "money_only", "no_event"],
            money=[m(750 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Dies and body panels for the plant arrive by a direct Kobe-Chu Lai container service that started the same week.",
            "2019-04-03",
            "ministry",
            ["english_copy", "foreign_city_not_location", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- S5: three Korean parts makers break ground together in a Hải Phòng park; S15: a casting line ordered ---
    rows += [
        h(
            n(),
            "Tại KCN Nam Đình Vũ (Hải Phòng) sáng 14/11, ba nhà cung cấp linh kiện Hàn Quốc gồm Công ty TNHH Daehan Auto Parts, Công ty TNHH Sungwoo Precision Vina và Công ty TNHH Kumsan Tech đã cùng làm lễ động thổ, tổng vốn 41,5 triệu USD trên 9,8 ha.",
            "2018-11-15",
            "ministry",
            ["joint_groundbreaking", "three_investors", "place_first", "vina_dropped", "area", "deal_date"],
            provinces=[pv("Hải Phòng")],
            firms=[
                f("Daehan Auto Parts", "Công ty TNHH"),
                f("Sungwoo Precision", "Công ty TNHH"),
                f("Kumsan Tech", "Công ty TNHH"),
            ],
            money=[m(41.5 * M, "USD")],
            areas=[ha(9.8)],
            locations=[park("Khu công nghiệp Nam Đình Vũ"), country("Hàn Quốc")],
            deals=[
                deal("groundbreaking", ["Daehan Auto Parts"], 41.5 * M, HP, "2018-11-14"),
                deal("groundbreaking", ["Sungwoo Precision"], 41.5 * M, HP, "2018-11-14"),
                deal("groundbreaking", ["Kumsan Tech"], 41.5 * M, HP, "2018-11-14"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Daehan Auto Parts"), F("Sungwoo Precision"), F("Kumsan Tech")],
                    41.5 * M,
                    "USD",
                    HP,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy của Daehan Auto Parts, thuộc Tập đoàn Daehan Motors (Hàn Quốc), được thiết kế cho 6 triệu chi tiết/năm và dự kiến chạy thử cuối năm 2019.",
            "2018-11-15",
            "ministry",
            ["subsidiary_of_group", "capacity_no_count", "planned_opening", "no_event"],
            firms=[f("Daehan Auto Parts"), f("Daehan Motors", "Tập đoàn")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hyundai, Ford và Renault là những khách hàng dự kiến của nhà máy, chủ yếu mua bản lề và khóa cửa.",
            "2018-11-15",
            "ministry",
            ["customer_list", "bare_brands", "no_event"],
            firms=[f("Hyundai"), f("Ford"), f("Renault")],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư Hàn Quốc hiện nắm 15 dự án ở khu công nghiệp này, vốn cộng lại khoảng 112 triệu USD.",
            "2018-11-15",
            "ministry",
            ["cumulative", "count", "approx", "no_event"],
            money=[m(112 * M, "USD", approx=True)],
            quantities=[c(15, "dự án")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ảnh: Lãnh đạo thành phố và đại diện các nhà đầu tư xúc đất làm lễ động thổ.",
            "2018-11-15",
            "ministry",
            ["photo_caption", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Danieli (Ý) sẽ cung cấp toàn bộ thiết bị cho dây chuyền đúc phôi 500.000 tấn/năm của Công ty CP Thép Đúc Kiến An, theo hợp đồng hai bên ký hôm 12/6/2025.",
            "2025-06-16",
            "provincial",
            [
                "portal_business_list",
                "supply_contract",
                "supplier_first",
                "country_bracket",
                "capacity_no_count",
                "deal_date",
            ],
            firms=[f("Danieli", "Tập đoàn"), f("Thép Đúc Kiến An", "Công ty CP")],
            locations=[country("Ý")],
            deals=[deal("supply_contract", ["Danieli", "Thép Đúc Kiến An"], None, None, "2025-06-12")],
            events=[ev("supply_contract", [F("Danieli"), F("Thép Đúc Kiến An")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Doanh nghiệp\nCông ty TNHH Rèn Dập Minh Khai được vinh danh Thương hiệu mạnh tỉnh Hải Dương năm 2024 ...",
            "2024-12-20",
            "provincial",
            ["portal_business_list", "several_lines", "award_no_event"],
            provinces=[pv("Hải Dương")],
            firms=[f("Rèn Dập Minh Khai", "Công ty TNHH")],
            events=[],
        ),
    ]
    # --- S14: openings of a motorbike-parts plant in Bắc Ninh and an accessories plant in Long An ---
    rows += [
        h(
            n(),
            "Nhà máy phụ tùng xe máy điện 85 triệu USD khánh thành ở Bắc Ninh\n09:15 12/04/2026\nCông ty TNHH Công nghệ Xe điện Lạc Dương cắt băng nhà máy mới ở KCN Quang Châu (xã Quang Châu, tỉnh Bắc Ninh) hôm 10/4.",
            "2026-04-12",
            "provincial",
            [
                "headline_lead",
                "timestamp_line",
                "inauguration_with_capital",
                "amount_in_headline",
                "commune_not_district",
                "deal_date",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Công nghệ Xe điện Lạc Dương", "Công ty TNHH")],
            money=[m(85 * M, "USD")],
            locations=[park("Khu công nghiệp Quang Châu")],
            deals=[deal("investment", ["Công nghệ Xe điện Lạc Dương"], 85 * M, BN, "2026-04-10")],
            events=[ev("inauguration", [F("Công nghệ Xe điện Lạc Dương")], 85 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Sản lượng giai đoạn đầu là 600.000 bộ khung và 1,2 triệu mô-tơ mỗi năm, trên khu đất hơn 180.000 m2; công ty tính sẽ nhân đôi từ năm 2028.",
            "2026-04-12",
            "provincial",
            ["area", "approx", "capacity_no_count", "no_event"],
            areas=[ha(18, True)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy cần từ 700 đến 900 công nhân khi chạy đủ ca.",
            "2026-04-12",
            "provincial",
            ["count_range", "count", "no_event"],
            quantities=[c(700, "công nhân"), c(900, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Hơn 200 đại lý của hãng và Phó Chủ tịch UBND tỉnh Bắc Ninh Đào Văn Khoa có mặt tại buổi lễ.",
            "2026-04-12",
            "provincial",
            ["attendance", "person_role_before", "count", "approx", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            persons=[per("Đào Văn Khoa", "Phó Chủ tịch UBND tỉnh Bắc Ninh")],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(200, "đại lý", True)],
            events=[],
        ),
        h(
            n(),
            "Long An có thêm nhà máy gương chiếu hậu vốn Singapore\nSáng 22/9, Công ty TNHH Phụ kiện Ô tô Kaiyuan chính thức đưa vào sử dụng nhà máy 16,2 triệu USD tại KCN Thuận Đạo.",
            "2024-09-23",
            "provincial",
            ["headline_lead", "inauguration_with_capital", "deal_date"],
            provinces=[pv("Long An")],
            firms=[f("Phụ kiện Ô tô Kaiyuan", "Công ty TNHH")],
            money=[m(16.2 * M, "USD")],
            locations=[country("Singapore"), park("Khu công nghiệp Thuận Đạo")],
            deals=[deal("investment", ["Phụ kiện Ô tô Kaiyuan"], 16.2 * M, TNi, "2024-09-22")],
            events=[ev("inauguration", [F("Phụ kiện Ô tô Kaiyuan")], 16.2 * M, "USD", TNi, "completed")],
        ),
        h(
            n(),
            "Sản phẩm của Kaiyuan đã bán sang 45 quốc gia; hãng có khoảng 1.300 nhân viên, ông Chen Wei Ming, Tổng Giám đốc công ty, cho biết.",
            "2024-09-23",
            "provincial",
            ["person_role_after", "bare_short_name", "count", "approx", "no_event"],
            persons=[per("Chen Wei Ming", "Tổng Giám đốc công ty")],
            firms=[f("Kaiyuan")],
            quantities=[c(1_300, "nhân viên", True), c(45, "quốc gia")],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm nhà máy 3,5 ha này có thể xuất 4 triệu bộ gương; công trình mất 20 tháng để dựng xong.",
            "2024-09-23",
            "provincial",
            ["area", "duration_not_count", "capacity_no_count", "no_event"],
            areas=[ha(3.5)],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo công ty đánh giá UBND tỉnh Long An đã rút ngắn thủ tục cấp phép xây dựng cho dự án.",
            "2024-09-23",
            "provincial",
            ["thanks", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Long An"],
            provinces=[pv("Long An")],
            events=[],
        ),
    ]
    # --- S16: an aerospace-parts licence in Đà Nẵng told without its investor; a thesis summary ---
    rows += [
        h(
            n(),
            "Thêm dự án chi tiết động cơ máy bay vào Khu công nghệ cao Đà Nẵng\nGiấy chứng nhận đăng ký đầu tư của dự án do Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng cấp; nhà đầu tư chưa được công bố.\n14/02/2024, 21:40",
            "2024-02-14",
            "provincial",
            [
                "video_blurb",
                "headline_lead",
                "timestamp_line",
                "licence_no_investor",
                "province_in_org_name",
                "no_event",
            ],
            organizations=["Ban Quản lý Khu công nghệ cao và các khu công nghiệp Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "TÓM TẮT LUẬN VĂN THẠC SĨ KINH TẾ\nThu hút đầu tư trực tiếp nước ngoài vào các khu công nghiệp tỉnh Quảng Nam\nNgười hướng dẫn khoa học: TS. Lê Văn Hòa",
            "2016-12-01",
            "ministry",
            ["thesis_cover", "several_lines", "academic_title_no_role"],
            persons=[per("Lê Văn Hòa", None)],
            provinces=[pv("Quảng Nam")],
            events=[],
        ),
    ]
    # --- S18: English copy on mould and die makers and a technician scheme ---
    rows += [
        h(
            n(),
            "HÀ NỘI — Twenty-four engineers from local press-tool and mould shops began a 12-week course on Tuesday, the fourth run of a technician scheme funded by LG Electronics Vietnam and the Industry Agency.",
            "2023-06-21",
            "ministry",
            [
                "english_copy",
                "dateline_caps",
                "training_course_no_event",
                "count_in_words",
                "vietnam_dropped",
            ],
            organizations=["Industry Agency"],
            provinces=[pv("Hà Nội")],
            firms=[f("LG Electronics")],
            events=[],
        ),
        h(
            n(),
            "By 2027 the organisers want 160 certified technicians; the course rests on a 2020 cooperation agreement between the agency and the company.",
            "2023-06-21",
            "ministry",
            ["english_copy", "recalled_agreement_year_only", "support_no_deal", "count", "no_event"],
            quantities=[c(160, "technicians")],
            events=[],
        ),
        h(
            n(),
            "(VEN) - Local toolmakers still buy most of their mould steel abroad, Dr. Trần Minh Khoa of the Hà Nội University of Science and Technology told a workshop, putting the sector's turnover at about US$1.2 billion a year.",
            "2020-10-12",
            "ministry",
            [
                "english_copy",
                "source_tag",
                "money_per_year",
                "approx",
                "academic_title_no_role",
                "university_name",
            ],
            organizations=["Hà Nội University of Science and Technology"],
            persons=[per("Trần Minh Khoa", None)],
            provinces=[pv("Hà Nội")],
            money=[m(1.2 * B, "USD", per="year", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Toolmakers such as Hưng Phát Mould and Sông Hồng Precision grew up supplying assemblers in the north such as Yamaha and Piaggio.",
            "2020-10-12",
            "ministry",
            ["english_copy", "bare_brands", "vendor_status_no_contract", "no_event"],
            firms=[
                f("Hưng Phát Mould"),
                f("Sông Hồng Precision"),
                f("Yamaha"),
                f("Piaggio"),
            ],
            events=[],
        ),
        h(
            n(),
            "Resin and mould steel are still shipped in from abroad, according to Bình Tân Plastics JSC chairman Phạm Quốc Dũng.",
            "2016-03-08",
            "ministry",
            ["english_copy", "person_role_before", "firm_in_role", "no_event"],
            persons=[per("Phạm Quốc Dũng", "Bình Tân Plastics JSC chairman")],
            firms=[f("Bình Tân Plastics", "JSC")],
            events=[],
        ),
        h(
            n(),
            "Takeshi Mori, general director of Nagano Tooling Vietnam Co., Ltd., said the company would add two wire-cut machines next year to take on more local orders.",
            "2016-03-08",
            "ministry",
            [
                "english_copy",
                "person_role_after",
                "vietnam_dropped",
                "equipment_purchase_no_deal",
                "no_event",
            ],
            persons=[per("Takeshi Mori", "general director of Nagano Tooling Vietnam Co., Ltd.")],
            firms=[f("Nagano Tooling", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "Customs figures put 2015 spending on imported machinery at US$24.1 billion, 7.2 per cent more than a year earlier.",
            "2016-03-08",
            "ministry",
            ["english_copy", "statistics", "percentage", "no_event"],
            money=[m(24.1 * B, "USD")],
            percentages=[7.2],
            events=[],
        ),
    ]
    # --- S19: motorbike makers' expansions in Vĩnh Phúc and Hà Nội (English wire copy, a forum repost, a blog) ---
    rows += [
        h(
            n(),
            "A new $45 million line will raise Yamaha Motor Vietnam's scooter output at Sóc Sơn, Hà Nội, by 400,000 units a year from 2013, the company announced on Wednesday.",
            "2011-09-15",
            "ministry",
            [
                "english_copy",
                "announced_investment",
                "english_possessive",
                "vietnam_dropped",
                "weekday_no_date",
                "capacity_no_count",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Yamaha Motor")],
            money=[m(45 * M, "USD")],
            deals=[deal("investment", ["Yamaha Motor"], 45 * M, HN)],
            events=[ev("investment_announcement", [F("Yamaha Motor")], 45 * M, "USD", HN, "announced")],
        ),
        h(
            n(),
            "Posted by admin (offline) — Thursday, 15 September 2011, 09:40 ICT — 812 views",
            "2011-09-15",
            "ministry",
            ["english_copy", "forum_header", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sanyang Motor of Taiwan spent $38 million in 2009 on a second assembly line in Vĩnh Phúc Province.",
            "2012-02-20",
            "ministry",
            ["english_copy", "recalled_investment", "country_after_firm", "year_only", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Sanyang Motor")],
            money=[m(38 * M, "USD")],
            locations=[country("Taiwan")],
            deals=[deal("investment", ["Sanyang Motor"], 38 * M, PT)],
            events=[],
        ),
        h(
            n(),
            "Parts made in Việt Nam now go into roughly four fifths of each scooter assembled here, industry officials say.",
            "2012-02-20",
            "ministry",
            ["english_copy", "fraction_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Of the almost 50 motorcycle assemblers, the largest come from Japan, with Italy and Taiwan next.",
            "2012-02-20",
            "ministry",
            ["english_copy", "count", "approx", "countries", "no_event"],
            quantities=[c(50, "motorcycle assemblers", True)],
            locations=[country("Japan"), country("Italy"), country("Taiwan")],
            events=[],
        ),
        h(
            n(),
            "Deputy Prime Minister Vương Đình Huệ joined Toyota Motor Vietnam Co., Ltd. on Friday as it opened a US$75 million paint shop at its Phúc Yên plant in Vĩnh Phúc.",
            "2019-10-12",
            "ministry",
            ["english_copy", "inauguration_with_capital", "witness_not_party", "weekday_no_date"],
            persons=[per("Vương Đình Huệ", "Deputy Prime Minister")],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Toyota Motor", "Co., Ltd.")],
            money=[m(75 * M, "USD")],
            deals=[deal("investment", ["Toyota Motor"], 75 * M, PT)],
            events=[ev("inauguration", [F("Toyota Motor")], 75 * M, "USD", PT, "completed")],
        ),
        h(
            n(),
            "Built on 46,000 m2, the shop can finish 60,000 car bodies a year with water-based paint.",
            "2019-10-12",
            "ministry",
            ["english_copy", "area", "capacity_no_count", "no_event"],
            areas=[ha(4.6)],
            events=[],
        ),
    ]
    # --- S20: a Japanese parts maker building in Thái Bình (English wire copy) ---
    rows += [
        h(
            n(),
            "Hà Nội (VNA) – Nishimura Kasei Co., Ltd. of Japan has begun building a 31.5-million-USD plant for seat-belt and airbag parts at Liên Hà Thái Industrial Zone in Thái Bình Province, with output due in late 2020.",
            "2019-05-10",
            "ministry",
            [
                "english_copy",
                "agency_dateline",
                "groundbreaking",
                "country_after_firm",
                "no_day",
                "english_park_no_location",
            ],
            provinces=[pv("Hà Nội"), pv("Thái Bình")],
            firms=[f("Nishimura Kasei", "Co., Ltd.")],
            money=[m(31.5 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("groundbreaking", ["Nishimura Kasei"], 31.5 * M, HY)],
            events=[ev("groundbreaking", [F("Nishimura Kasei")], 31.5 * M, "USD", HY, "started")],
        ),
        h(
            n(),
            "Around 1,400 people will work at the 9.2ha site, whose airbag parts are bound mostly for Japan.",
            "2019-05-10",
            "ministry",
            ["english_copy", "area", "count", "approx", "no_event"],
            quantities=[c(1_400, "people", True)],
            areas=[ha(9.2)],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Nishimura Kasei has 74 factories across 16 countries; this will be its second in Việt Nam.",
            "2019-05-10",
            "ministry",
            ["english_copy", "background", "count", "no_event"],
            firms=[f("Nishimura Kasei")],
            quantities=[c(74, "factories"), c(16, "countries")],
            events=[],
        ),
    ]
    # --- S1/S2/S4/S5/S20: a planned-groundbreaking title repeated by listings; S1/S9: a listing on mass production ---
    rows += [
        h(
            n(),
            "Nhà máy linh kiện 1,2 tỷ USD của VinFast tại Ấn Độ sẽ động thổ vào tháng 2, công suất 300.000 bộ/năm",
            "2024-02-05",
            "ministry",
            ["title_only", "planned_groundbreaking", "announced_investment", "abroad", "capacity_no_count"],
            firms=[f("VinFast")],
            money=[m(1.2 * B, "USD")],
            locations=[country("Ấn Độ")],
            deals=[deal("investment", ["VinFast"], 1.2 * B)],
            events=[ev("investment_announcement", [F("VinFast")], 1.2 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Tổ hợp xe tải 2.300 tỷ đồng ở Thái Nguyên của Ô tô Tân Hoàng dự kiến khởi công đầu tháng 4",
            "2025-03-02",
            "ministry",
            ["title_only", "planned_groundbreaking", "announced_investment", "bare_name", "nfd"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Ô tô Tân Hoàng")],
            money=[m(2_300 * B, "VND")],
            deals=[deal("investment", ["Ô tô Tân Hoàng"], 2_300 * B, TN)],
            events=[ev("investment_announcement", [F("Ô tô Tân Hoàng")], 2_300 * B, "VND", TN, "announced")],
        ),
        h(
            n(),
            "Xe bus điện Sao Bắc xuất xưởng lô đầu tiên tại KCN Yên Bình\nSáng 9/5, nhà máy của Công ty CP Ô tô Sao Bắc bắt đầu sản xuất hàng loạt, 18 tháng sau khi khởi công.",
            "2024-05-10",
            "ministry",
            [
                "listing_headline_lead",
                "opening_no_capital",
                "short_name_in_headline",
                "duration_not_count",
                "no_province",
            ],
            firms=[f("Ô tô Sao Bắc", "Công ty CP")],
            locations=[park("Khu công nghiệp Yên Bình")],
            events=[ev("inauguration", [F("Ô tô Sao Bắc")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Dây chuyền động cơ diesel 1,8 lít của Tập đoàn Cơ khí Hùng Vương tại Vĩnh Phúc chạy hết công suất thiết kế từ ngày 2/12, sau 16 tháng xây dựng.",
            "2023-12-04",
            "ministry",
            ["listing_line", "opening_no_capital", "first_full_output", "nfd"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Cơ khí Hùng Vương", "Tập đoàn")],
            events=[ev("inauguration", [F("Cơ khí Hùng Vương")], None, None, PT, "completed")],
        ),
        h(
            n(),
            "Nhà máy phụ tùng của doanh nhân Phạm Văn Lực ở Hải Dương thực chất chỉ đăng ký hơn 4.600 tỷ đồng, thấp xa con số 12.000 tỷ đồng từng được công bố",
            "2024-06-18",
            "ministry",
            ["listing_line", "correction", "person_no_role", "approx", "no_firm", "no_event"],
            persons=[per("Phạm Văn Lực", None)],
            provinces=[pv("Hải Dương")],
            money=[m(4_600 * B, "VND", approx=True), m(12_000 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Tại buổi làm việc với một liên doanh động cơ Việt - Trung, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đề nghị doanh nghiệp mua thêm linh kiện của các nhà cung cấp trong nước...",
            "2024-06-18",
            "ministry",
            ["listing_line", "person_role_before", "unnamed_venture", "no_event"],
            organizations=["Bộ Công Thương"],
            persons=[per("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương")],
            events=[],
        ),
        h(
            n(),
            "Cụm công nghiệp Yên Đổ\nĐẩy nhanh hạ tầng cụm công nghiệp chuyên cơ khí ở huyện Phú Lương (Thái Nguyên)",
            "2023-10-09",
            "provincial",
            ["tag_page", "cluster_tag", "district", "province_bracket", "no_investor", "no_event"],
            provinces=[pv("Thái Nguyên")],
            locations=[park("Cụm công nghiệp Yên Đổ"), district("huyện Phú Lương")],
            events=[],
        ),
        h(
            n(),
            "Mua bán xe số cũ Hải Dương giá rẻ, chính chủ 11/2025",
            "2025-11-02",
            "provincial",
            ["classifieds", "no_event"],
            provinces=[pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "vốn vay ODA cho cầu Lạch Huyện 2",
            "2023-05-04",
            "ministry",
            ["title_only", "lower_case", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thu phí chậm, nhà đầu tư BOT đường Hà Nội - Thái Nguyên xin cơ cấu lại khoản vay",
            "2019-08-21",
            "ministry",
            ["title_only", "road_name_provinces", "no_event"],
            provinces=[pv("Hà Nội"), pv("Thái Nguyên")],
            events=[],
        ),
    ]
    # --- S1/S6/S9/S10/S11/S13: tag and category pages with a one-line blurb ---
    rows += [
        h(
            n(),
            "khu công nghiệp phú thọ\nHơn 8.000 chỗ làm mới mỗi năm là mục tiêu Phú Thọ đặt ra khi mời thêm khoảng 40 dự án vào các khu công nghiệp",
            "2025-09-03",
            "provincial",
            ["tag_page", "lower_case_tag", "target", "count", "approx", "no_event"],
            provinces=[pv("Phú Thọ")],
            quantities=[c(8_000, "chỗ làm", True), c(40, "dự án", True)],
            events=[],
        ),
        h(
            n(),
            "vốn đầu tư công\nXếp thứ 5 cả nước về giải ngân, Thái Nguyên đã chi 9.412 tỷ đồng vốn công sau 11 tháng",
            "2024-12-10",
            "provincial",
            ["tag_page", "lower_case_tag", "public_investment", "duration_not_count", "no_event"],
            provinces=[pv("Thái Nguyên")],
            money=[m(9_412 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            '"nhà cung ứng nội địa" - Xưởng dập Hà Nội ngỏ ý làm vệ tinh cho VinFast\n(Techz.vn) Công ty TNHH Cơ khí Tiến Thành có 12 máy dập và đang chờ đơn hàng đầu tiên từ hãng xe, theo Giám đốc Lưu Đức Thịnh.',
            "2018-11-02",
            "ministry",
            ["tag_page", "headline_lead", "wish_no_event", "person_role_before", "source_tag", "count"],
            persons=[per("Lưu Đức Thịnh", "Giám đốc")],
            provinces=[pv("Hà Nội")],
            firms=[f("VinFast"), f("Cơ khí Tiến Thành", "Công ty TNHH")],
            quantities=[c(12, "máy dập")],
            events=[],
        ),
        h(
            n(),
            "nội địa hoá công nghiệp xe máy\nSau hơn 25 năm, tỷ lệ nội địa hoá xe máy của các liên doanh đã vượt 85%, song phần lớn chi tiết động cơ vẫn phải nhập khẩu",
            "2022-07-14",
            "ministry",
            ["tag_page", "old_tone", "percentage", "approx_percentage", "no_event"],
            percentages=[85],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: Nhà máy đúc gang Phú Thọ\nSau 10 năm, nhà máy đúc gang vốn 1.186,4 tỉ đồng ở Phú Thọ vẫn chưa có sản phẩm, bị xếp vào nhóm dự án thua lỗ của ngành cơ khí",
            "2019-04-22",
            "ministry",
            ["keyword_page", "several_lines", "ti_spelling", "duration_not_count", "no_firm", "no_event"],
            provinces=[pv("Phú Thọ")],
            money=[m(1_186.4 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "xúc tiến đầu tư vĩnh phúc\nVĩnh Phúc xúc tiến đầu tư tại Osaka, mời doanh nghiệp phụ trợ xe máy vào các khu công nghiệp mới",
            "2023-06-12",
            "provincial",
            ["tag_page", "lower_case_tag", "promotion_no_event", "foreign_city_not_location"],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "15/02/2025\nCơ khí chế tạo và phụ tùng ô tô được ưu tiên trong quy hoạch tỉnh Phú Thọ mà Thủ tướng Chính phủ đã phê duyệt năm 2024.",
            "2025-02-15",
            "provincial",
            ["category_page", "date_line", "plan_approval_no_number", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Hải Dương sau một phần tư thế kỷ tái lập: hơn 500 dự án FDI, phần lớn là cơ khí, điện và điện tử\n(TTXVN/Vietnam+)",
            "2022-01-02",
            "ministry",
            ["headline_lead", "agency_tag", "count", "approx", "no_event"],
            provinces=[pv("Hải Dương")],
            quantities=[c(500, "dự án", True)],
            events=[],
        ),
        h(
            n(),
            "Tin mới nhận:\nPhụ tùng ô tô, xe máy thành ngành ưu tiên của Vĩnh Phúc đến năm 2030",
            "2019-03-05",
            "provincial",
            ["blurb", "several_lines", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Tám đề án đổi mới thiết bị của các cơ sở cơ khí nông thôn Phú Thọ được khuyến công quốc gia cấp tổng cộng 2,1 tỷ đồng trong năm 2012.",
            "2012-05-07",
            "provincial",
            ["khuyen_cong_support", "support_grant_no_event", "count_in_words"],
            provinces=[pv("Phú Thọ")],
            money=[m(2.1 * B, "VND")],
            events=[],
        ),
    ]
    # --- S8: a tyre maker's new plant (2007-style item) and a feature on rubber and plastic parts ---
    rows += [
        h(
            n(),
            "Hãng lốp Kurose (Nhật Bản) đầu tư 1,4 tỉ yên mở xưởng lốp xe máy thứ hai ở Đồng Nai\nNguồn: Website khác - 12/09/2007",
            "2007-09-12",
            "ministry",
            ["headline_only", "announced_investment", "yen", "country_bracket", "several_lines"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Kurose")],
            money=[m(1.4 * B, "JPY")],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Kurose"], 1.4 * B, DNai)],
            events=[ev("investment_announcement", [F("Kurose")], 1.4 * B, "JPY", DNai, "announced")],
        ),
        h(
            n(),
            "Chạy thử từ tháng 12, xưởng 2,6 ha này sẽ nâng sản lượng lốp xe máy của hãng thêm 180%.",
            "2007-09-12",
            "ministry",
            ["area", "percentage", "no_firm", "no_event"],
            percentages=[180],
            areas=[ha(2.6)],
            events=[],
        ),
        h(
            n(),
            "Linh kiện nhựa cho ô tô: doanh nghiệp nội vẫn đứng ngoài phần khó\n“Hãng xe chỉ giao cho chúng tôi những chi tiết không chịu lực; bánh răng nhựa kỹ thuật họ vẫn đặt ở nước ngoài”, ông Trần Văn Lâm, Chủ tịch Hiệp hội Nhựa Đồng Nai, nói.",
            "2015-01-09",
            "ministry",
            ["headline_lead", "quote", "person_role_after", "province_in_org_name", "no_event"],
            organizations=["Hiệp hội Nhựa Đồng Nai"],
            persons=[per("Trần Văn Lâm", "Chủ tịch Hiệp hội Nhựa Đồng Nai")],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Chỉ 8% trong số 120 hội viên được Hiệp hội Khuôn mẫu TP.HCM khảo sát đạt chuẩn công nghệ của các hãng ô tô; hơn 90% chào giá vượt mức người mua chấp nhận.",
            "2015-01-09",
            "ministry",
            ["survey", "percentage", "approx_percentage", "count", "province_in_org_name", "no_event"],
            organizations=["Hiệp hội Khuôn mẫu TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[8, 90],
            quantities=[c(120, "hội viên")],
            events=[],
        ),
        h(
            n(),
            "Săm lốp chiếm 45 trong khoảng 260 cơ sở cao su kỹ thuật; phần đông còn lại làm gioăng, phớt và dây đai với quy mô nhỏ.",
            "2015-01-09",
            "ministry",
            ["statistics", "count", "number_without_noun", "approx", "no_event"],
            quantities=[c(260, "cơ sở", True)],
            events=[],
        ),
        h(
            n(),
            "Gioăng, phớt và ống cao su nhập từ Trung Quốc và Thái Lan tiêu tốn của các nhà lắp ráp khoảng 450 triệu USD mỗi năm.",
            "2015-01-09",
            "ministry",
            ["statistics", "money_per_year", "approx", "countries", "no_event"],
            money=[m(450 * M, "USD", per="year", approx=True)],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Các xưởng trong nước từng chào giá cao gấp 6 lần mức mục tiêu cho lô 8 triệu vòng đệm cao su mà một hãng xe máy Nhật Bản cần.",
            "2015-01-09",
            "ministry",
            ["anecdote", "unnamed_buyer", "count", "multiple_not_percentage", "no_event"],
            quantities=[c(8_000_000, "vòng đệm")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- S10/S14/S13/S1/S7/S9/S11: features, statistics, expert quotes, video blurbs, a provincial article ---
    rows += [
        h(
            n(),
            "- 14-06-2018 Hyundai Thành Công dự chi 4.500 tỷ đồng xây nhà máy thứ hai ở Ninh Bình\n- 13-06-2018 Doanh số ô tô lắp ráp trong nước giảm 9%",
            "2018-06-15",
            "ministry",
            ["related_headlines", "date_dash", "announced_investment", "percentage", "several_lines"],
            provinces=[pv("Ninh Bình")],
            firms=[f("Hyundai Thành Công")],
            money=[m(4_500 * B, "VND")],
            percentages=[9],
            deals=[deal("investment", ["Hyundai Thành Công"], 4_500 * B, NB)],
            events=[
                ev("investment_announcement", [F("Hyundai Thành Công")], 4_500 * B, "VND", NB, "announced")
            ],
        ),
        h(
            n(),
            "PGS.TS Đỗ Quang Minh, nguyên Viện trưởng Viện Cơ khí, cho rằng doanh nghiệp vệ tinh cần được vay vốn ưu đãi để mua máy CNC và máy ép thủy lực.",
            "2018-06-15",
            "ministry",
            ["expert_quote", "academic_title", "former_role", "no_event"],
            organizations=["Viện Cơ khí"],
            persons=[per("Đỗ Quang Minh", "nguyên Viện trưởng Viện Cơ khí")],
            events=[],
        ),
        h(
            n(),
            "Theo Bộ Công Thương, giá thành một chiếc xe con lắp ráp trong nước vẫn cao hơn xe cùng loại nhập từ Thái Lan khoảng 10-20%.",
            "2018-11-20",
            "ministry",
            ["ministry_attribution", "percentage_range", "approx_percentage", "country", "no_event"],
            organizations=["Bộ Công Thương"],
            percentages=[10, 20],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "(KTSG Online) - Năm tháng đầu năm 2024, vốn FDI đăng ký vào ngành chế biến, chế tạo đạt khoảng 9,8 tỉ đô la Mỹ, tăng 6,2% so với cùng kỳ.",
            "2024-06-03",
            "ministry",
            ["source_tag", "statistics", "dollar_words", "approx", "percentage", "no_event"],
            money=[m(9.8 * B, "USD", approx=True)],
            percentages=[6.2],
            events=[],
        ),
        h(
            n(),
            "Với Malaysia và Hàn Quốc, chế tạo chiếm trên một phần tư GDP; ở Việt Nam tỷ trọng này mới khoảng 24%.",
            "2023-09-18",
            "ministry",
            ["comparison", "fraction_in_words", "percentage", "approx_percentage", "countries", "no_event"],
            percentages=[24],
            locations=[country("Malaysia"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nghị định số 111/2015/NĐ-CP ngày 3/11/2015 của Chính phủ là văn bản đầu tiên định nghĩa công nghiệp hỗ trợ ở Việt Nam.",
            "2023-09-18",
            "ministry",
            ["decree_with_date", "explainer", "no_event"],
            organizations=["Chính phủ"],
            decisions=[d("111/2015/NĐ-CP", "2015-11-03")],
            events=[],
        ),
        h(
            n(),
            "Nguyễn Văn Thành\nPhó Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ\n09:20, ngày 14-05-2024",
            "2024-05-14",
            "ministry",
            ["byline_with_role", "several_lines", "timestamp_line"],
            organizations=["Ủy ban nhân dân tỉnh Phú Thọ"],
            persons=[per("Nguyễn Văn Thành", "Phó Chủ tịch Ủy ban nhân dân tỉnh Phú Thọ")],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền hàn khung xe tại nhà máy của Công ty TNHH Honda Việt Nam ở Phú Thọ_Ảnh: TTXVN",
            "2024-05-14",
            "ministry",
            ["photo_caption", "agency_credit", "vietnam_dropped", "no_event"],
            provinces=[pv("Phú Thọ")],
            firms=[f("Honda", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Thực hiện Nghị quyết số 23-NQ/TW ngày 22-3-2018 của Bộ Chính trị, tỉnh xác định cơ khí chế tạo, phụ tùng ô tô và xe máy là một trong ba trụ cột tăng trưởng.",
            "2024-05-14",
            "ministry",
            ["resolution_with_date", "date_dash", "no_event"],
            organizations=["Bộ Chính trị"],
            decisions=[d("23-NQ/TW", "2018-03-22")],
            events=[],
        ),
        h(
            n(),
            "Quy hoạch đặt trọng tâm vào đúc, rèn và gia công chi tiết máy, phục vụ công nghiệp hoá, hiện đại hoá của tỉnh đến năm 2030.",
            "2017-03-02",
            "provincial",
            ["plan_preface", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dòng vốn ngoại vào công nghiệp phụ trợ Vĩnh Phúc giai đoạn 2019-2023\nBài viết đánh giá các dự án FDI sản xuất phụ tùng ô tô, xe máy và đề xuất chính sách hỗ trợ nhà cung cấp trong tỉnh.",
            "2024-04-11",
            "ministry",
            ["ebook_page", "thesis_abstract", "several_lines", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Dòng vốn ngoại vào công nghiệp phụ trợ Vĩnh Phúc giai đoạn 2019-2023 trang 3\nTrang 3",
            "2024-04-11",
            "ministry",
            ["ebook_page", "page_label", "nfd", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Made in Vietnam (12/05/2022): Một xưởng khuôn ở Bắc Ninh làm được khuôn dập nắp ca-pô nhờ học công nghệ từ đối tác Hàn Quốc",
            "2022-05-12",
            "ministry",
            ["video_title", "unnamed_firm", "country", "no_event"],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nâng tỷ lệ nội địa hóa, mở đường cho doanh nghiệp phụ tùng vào chuỗi cung ứng ô tô\nMinh Khuê - Thu Trang",
            "2024-10-21",
            "ministry",
            ["video_title", "byline_names", "several_lines", "no_event"],
            persons=[per("Minh Khuê", None), per("Thu Trang", None)],
            events=[],
        ),
    ]
    # --- spam, keyword and junk pages that came first in S6, S7, S8 and S15 ---
    rows += [
        h(
            n(),
            "chi phí dây chuyền đúc gang cầu quy mô nhỏ",
            "2023-08-27",
            "ministry",
            ["spam", "keyword_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thông số kỹ thuật ferro mangan cải thiện độ cứng thép",
            "2023-08-27",
            "ministry",
            ["spam", "keyword_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy trình sản xuất phôi rèn pdf mẫu miễn phí",
            "2021-03-06",
            "ministry",
            ["spam", "keyword_line", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy tôi luyện chi phí chỉ số kỹ thuật",
            "2022-11-19",
            "ministry",
            ["spam", "keyword_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mã hs hợp kim nhôm đúc trọng lượng riêng cao",
            "2021-06-07",
            "ministry",
            ["spam", "keyword_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin lịch thi đấu ngoại hạng anhbảng giá xe tay ga 2024tỉ số trực tuyến",
            "2024-05-03",
            "ministry",
            ["spam", "gambling", "glued_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin soi kèo hôm naycách tính lãi mua xe máy trả góp",
            "2024-05-03",
            "ministry",
            ["spam", "gambling", "glued_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hạt mài thép đúc giá sỉ nhập khẩu",
            "2023-06-03",
            "ministry",
            ["spam", "keyword_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy hoach phan khu cong nghiep co khi den nam 2030",
            "2022-04-18",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thành phố đồng ý giao dự án cầu cho tỉnh lân cận xây dựng",
            "2020-09-12",
            "ministry",
            ["spam", "image_page_title", "no_event"],
            events=[],
        ),
    ]
    # --- S1/S2/S4/S5/S20 and S19: more planned groundbreakings and announced expansions ---
    rows += [
        h(
            n(),
            "Tháng 11 sẽ động thổ nhà máy rèn trục khuỷu 950 tỷ đồng của Phụ tùng Kim Sơn tại Phú Thọ",
            "2025-10-20",
            "ministry",
            ["title_only", "planned_groundbreaking", "announced_investment", "bare_name", "nfd"],
            provinces=[pv("Phú Thọ")],
            firms=[f("Phụ tùng Kim Sơn")],
            money=[m(950 * B, "VND")],
            deals=[deal("investment", ["Phụ tùng Kim Sơn"], 950 * B, PT)],
            events=[ev("investment_announcement", [F("Phụ tùng Kim Sơn")], 950 * B, "VND", PT, "announced")],
        ),
        h(
            n(),
            "Nhà máy vành xe 60 triệu USD của Tập đoàn Mekar (Malaysia) ở Hải Phòng sắp khởi công",
            "2024-07-08",
            "ministry",
            ["title_only", "planned_groundbreaking", "announced_investment", "country_bracket"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Mekar", "Tập đoàn")],
            money=[m(60 * M, "USD")],
            locations=[country("Malaysia")],
            deals=[deal("investment", ["Mekar"], 60 * M, HP)],
            events=[ev("investment_announcement", [F("Mekar")], 60 * M, "USD", HP, "announced")],
        ),
        h(
            n(),
            "Groundbreaking for Daesung Wheel's $52 million alloy-wheel plant in Thái Nguyên set for May",
            "2023-03-14",
            "ministry",
            [
                "english_copy",
                "title_only",
                "planned_groundbreaking",
                "announced_investment",
                "english_possessive",
            ],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Daesung Wheel")],
            money=[m(52 * M, "USD")],
            deals=[deal("investment", ["Daesung Wheel"], 52 * M, TN)],
            events=[ev("investment_announcement", [F("Daesung Wheel")], 52 * M, "USD", TN, "announced")],
        ),
        h(
            n(),
            "Honda Việt Nam sẽ rót khoảng 1.900 tỷ đồng mở rộng nhà máy xe máy thứ hai ở Vĩnh Phúc, nâng công suất thêm 350.000 xe/năm từ cuối năm 2027.",
            "2025-12-09",
            "ministry",
            ["announced_investment", "future_rot", "vietnam_dropped", "approx", "capacity_no_count"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Honda")],
            money=[m(1_900 * B, "VND", approx=True)],
            deals=[deal("investment", ["Honda"], 1_900 * B, PT)],
            events=[ev("investment_announcement", [F("Honda")], 1_900 * B, "VND", PT, "announced")],
        ),
        h(
            n(),
            "About €30 million will go into Piaggio's Vĩnh Phúc plant to take annual output to 250,000 scooters by 2013, the company said.",
            "2011-03-22",
            "ministry",
            ["english_copy", "announced_investment", "euro", "approx", "capacity_no_count"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Piaggio")],
            money=[m(30 * M, "EUR", approx=True)],
            deals=[deal("investment", ["Piaggio"], 30 * M, PT)],
            events=[ev("investment_announcement", [F("Piaggio")], 30 * M, "EUR", PT, "announced")],
        ),
        h(
            n(),
            "Suzuki Vietnam had spent $22 million moving its motorcycle line to a larger site in Đồng Nai in 2011.",
            "2016-08-01",
            "ministry",
            ["english_copy", "recalled_investment", "vietnam_dropped", "year_only", "no_event"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Suzuki")],
            money=[m(22 * M, "USD")],
            deals=[deal("investment", ["Suzuki"], 22 * M, DNai)],
            events=[],
        ),
        h(
            n(),
            "Filed under: Automotive | Tags: motorcycles, supporting industries | Mar 22 2011",
            "2011-03-22",
            "ministry",
            ["english_copy", "tag_footer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Xích líp Đông Anh sẽ xây nhà máy xích tải thứ hai ở Phú Thọ, vốn 320 tỷ đồng, dự kiến khởi công trong quý III.",
            "2024-05-27",
            "provincial",
            ["announced_investment", "planned_groundbreaking"],
            provinces=[pv("Phú Thọ")],
            firms=[f("Xích líp Đông Anh", "Công ty CP")],
            money=[m(320 * B, "VND")],
            deals=[deal("investment", ["Xích líp Đông Anh"], 320 * B, PT)],
            events=[ev("investment_announcement", [F("Xích líp Đông Anh")], 320 * B, "VND", PT, "announced")],
        ),
        h(
            n(),
            "Thaco Industries said on Monday it would invest VND1.2 trillion in a second seat factory at Chu Lai, doubling output to 200,000 sets a year.",
            "2024-01-16",
            "ministry",
            ["english_copy", "announced_investment", "weekday_no_date", "capacity_no_count", "no_province"],
            firms=[f("Thaco Industries")],
            money=[m(1.2 * T, "VND")],
            deals=[deal("investment", ["Thaco Industries"], 1.2 * T)],
            events=[
                ev("investment_announcement", [F("Thaco Industries")], 1.2 * T, "VND", None, "announced")
            ],
        ),
    ]
    # --- S3/S5/S12/S20: more groundbreakings (a committee co-host, a province as actor, a joint one, English) ---
    rows += [
        h(
            n(),
            "Sáng 18/4, tỉnh Thái Nguyên khởi công nhà máy đúc nhôm áp lực 620 tỷ đồng của Công ty TNHH Đúc Chính xác Sông Công tại KCN Sông Công II.",
            "2024-04-19",
            "provincial",
            ["groundbreaking", "province_as_actor", "investor_after", "deal_date"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Đúc Chính xác Sông Công", "Công ty TNHH")],
            money=[m(620 * B, "VND")],
            locations=[park("Khu công nghiệp Sông Công II")],
            deals=[deal("groundbreaking", ["Đúc Chính xác Sông Công"], 620 * B, TN, "2024-04-18")],
            events=[
                ev(
                    "groundbreaking",
                    [G("tỉnh Thái Nguyên"), F("Đúc Chính xác Sông Công")],
                    620 * B,
                    "VND",
                    TN,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy dùng 14 máy đúc từ 800 đến 2.500 tấn, làm vỏ hộp số, nắp máy và giá đỡ động cơ cho các hãng xe máy.",
            "2024-04-19",
            "provincial",
            ["equipment_count", "count", "tonnage_not_count", "no_event"],
            quantities=[c(14, "máy đúc")],
            events=[],
        ),
        h(
            n(),
            "(BĐT) - Hai nhà máy phụ tùng được Vĩnh Phúc khởi công cùng lúc sáng 6.9: nhà máy dây điện ô tô của Công ty TNHH Yura Harness Phúc Yên và nhà máy lò xo giảm chấn của Công ty CP Cơ khí Lập Thạch.",
            "2023-09-07",
            "provincial",
            [
                "video_blurb",
                "source_tag",
                "date_with_dot",
                "province_as_actor",
                "two_groundbreakings",
                "count_in_words",
                "deal_date",
            ],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Yura Harness Phúc Yên", "Công ty TNHH"), f("Cơ khí Lập Thạch", "Công ty CP")],
            deals=[
                deal("groundbreaking", ["Yura Harness Phúc Yên"], None, PT, "2023-09-06"),
                deal("groundbreaking", ["Cơ khí Lập Thạch"], None, PT, "2023-09-06"),
            ],
            events=[
                ev("groundbreaking", [G("Vĩnh Phúc"), F("Yura Harness Phúc Yên")], None, None, PT, "started"),
                ev("groundbreaking", [G("Vĩnh Phúc"), F("Cơ khí Lập Thạch")], None, None, PT, "started"),
            ],
        ),
        h(
            n(),
            "Sáng 9/6, Công ty TNHH Seoyon E-Hwa Hải Dương và Công ty TNHH Dongwon Metal cùng động thổ hai nhà xưởng liền kề tại KCN Đại An mở rộng, tổng vốn 27 triệu USD.",
            "2022-06-10",
            "provincial",
            ["joint_groundbreaking", "two_investors", "province_in_firm_name", "deal_date"],
            firms=[f("Seoyon E-Hwa Hải Dương", "Công ty TNHH"), f("Dongwon Metal", "Công ty TNHH")],
            money=[m(27 * M, "USD")],
            locations=[park("Khu công nghiệp Đại An mở rộng")],
            deals=[
                deal("groundbreaking", ["Seoyon E-Hwa Hải Dương"], 27 * M, None, "2022-06-09"),
                deal("groundbreaking", ["Dongwon Metal"], 27 * M, None, "2022-06-09"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Seoyon E-Hwa Hải Dương"), F("Dongwon Metal")],
                    27 * M,
                    "USD",
                    None,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Hai nhà xưởng sẽ dập chi tiết ghế và tấm ốp cửa cho các nhà máy ô tô ở miền Bắc, dự kiến tuyển khoảng 650 công nhân.",
            "2022-06-10",
            "provincial",
            ["count", "approx", "no_firm", "no_event"],
            quantities=[c(650, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy linh kiện composite 1.050 tỷ đồng của Tập đoàn Cơ khí Hoàng Sa ở Khu kinh tế mở Chu Lai (xã Tam Anh, TP Đà Nẵng) được khởi công hôm 21/10.",
            "2025-10-22",
            "provincial",
            ["groundbreaking_passive", "zone", "commune_not_district", "deal_date"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Cơ khí Hoàng Sa", "Tập đoàn")],
            money=[m(1_050 * B, "VND")],
            locations=[zone("Khu kinh tế mở Chu Lai")],
            deals=[deal("groundbreaking", ["Cơ khí Hoàng Sa"], 1_050 * B, DN, "2025-10-21")],
            events=[ev("groundbreaking", [F("Cơ khí Hoàng Sa")], 1_050 * B, "VND", DN, "started")],
        ),
        h(
            n(),
            "khởi công nhà máy\nKhởi công nhà máy khuôn dập thân xe 780 tỷ đồng của Công ty CP Khuôn mẫu Việt Bắc tại Thái Nguyên",
            "2024-11-25",
            "provincial",
            ["tag_page", "lower_case_tag", "groundbreaking", "headline_only"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Khuôn mẫu Việt Bắc", "Công ty CP")],
            money=[m(780 * B, "VND")],
            deals=[deal("groundbreaking", ["Khuôn mẫu Việt Bắc"], 780 * B, TN)],
            events=[ev("groundbreaking", [F("Khuôn mẫu Việt Bắc")], 780 * B, "VND", TN, "started")],
        ),
        h(
            n(),
            "Hà Nội (VNA) – Hanshin Friction Co., Ltd. started work on February 10 on its 58-million-USD brake-pad and clutch plant at Tràng Duệ Industrial Park in Hải Phòng; production is due from mid-2026.",
            "2025-02-11",
            "ministry",
            ["english_copy", "agency_dateline", "groundbreaking", "english_park_no_location", "deal_date"],
            provinces=[pv("Hà Nội"), pv("Hải Phòng")],
            firms=[f("Hanshin Friction", "Co., Ltd.")],
            money=[m(58 * M, "USD")],
            deals=[deal("groundbreaking", ["Hanshin Friction"], 58 * M, HP, "2025-02-10")],
            events=[ev("groundbreaking", [F("Hanshin Friction")], 58 * M, "USD", HP, "started")],
        ),
        h(
            n(),
            "The company, a supplier to Mazda and Subaru, expects the 7.5ha site to employ about 900 workers.",
            "2025-02-11",
            "ministry",
            ["english_copy", "vendor_status_no_contract", "area", "count", "approx", "no_event"],
            firms=[f("Mazda"), f("Subaru")],
            quantities=[c(900, "workers", True)],
            areas=[ha(7.5)],
            events=[],
        ),
    ]
    # --- S1/S9/S14/S19/S20: more openings, with and without capital ---
    rows += [
        h(
            n(),
            "Nhà máy phanh đĩa của Công ty TNHH Kosei Brake tại KCN Bá Thiện (Vĩnh Phúc) đi vào sản xuất hàng loạt từ ngày 3/7.",
            "2023-07-05",
            "ministry",
            ["listing_line", "opening_no_capital", "province_bracket_after_park", "nfd"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Kosei Brake", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Bá Thiện")],
            events=[ev("inauguration", [F("Kosei Brake")], None, None, PT, "completed")],
        ),
        h(
            n(),
            "Tiêu điểm\nNhà máy pin xe máy điện của Tập đoàn Hưng Nguyên ở Hải Phòng chạy thương mại từ 1/6",
            "2024-06-02",
            "ministry",
            ["listing_headline", "opening_no_capital", "several_lines"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hưng Nguyên", "Tập đoàn")],
            events=[ev("inauguration", [F("Hưng Nguyên")], None, None, HP, "completed")],
        ),
        h(
            n(),
            "Mười lăm tháng sau khi khởi công, nhà máy lắp ráp xe tải nhẹ của Công ty CP Ô tô Miền Trung tại KCN Tam Hiệp đã cho ra lô xe thương mại đầu tiên (20/11).",
            "2020-11-21",
            "ministry",
            [
                "listing_line",
                "first_output_opening",
                "opening_no_capital",
                "duration_in_words",
                "no_province",
            ],
            firms=[f("Ô tô Miền Trung", "Công ty CP")],
            locations=[park("Khu công nghiệp Tam Hiệp")],
            events=[ev("inauguration", [F("Ô tô Miền Trung")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Chiều 12/12, Công ty TNHH Linh kiện Cao su Nam Sách khánh thành nhà máy gioăng, phớt ô tô 420 tỷ đồng tại KCN Phú Thái (Hải Dương).",
            "2023-12-13",
            "provincial",
            ["inauguration_with_capital", "province_bracket_after_park", "deal_date"],
            provinces=[pv("Hải Dương")],
            firms=[f("Linh kiện Cao su Nam Sách", "Công ty TNHH")],
            money=[m(420 * B, "VND")],
            locations=[park("Khu công nghiệp Phú Thái")],
            deals=[deal("investment", ["Linh kiện Cao su Nam Sách"], 420 * B, HP, "2023-12-12")],
            events=[ev("inauguration", [F("Linh kiện Cao su Nam Sách")], 420 * B, "VND", HP, "completed")],
        ),
        h(
            n(),
            "Theo bà Nguyễn Thị Hạnh, Giám đốc công ty, 70% sản lượng sẽ cung cấp cho các liên doanh ô tô phía Bắc, phần còn lại xuất sang Nhật Bản tuỳ theo đơn hàng.",
            "2023-12-13",
            "provincial",
            ["person_role_after", "old_tone", "percentage", "country", "no_event"],
            persons=[per("Nguyễn Thị Hạnh", "Giám đốc công ty")],
            percentages=[70],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "With about US$24 million of initial capital behind it, the fifth wire-harness plant of Kanto Harness Vietnam Co., Ltd. opened on Tuesday at Lai Cách Industrial Zone in Hải Dương Province.",
            "2012-11-08",
            "ministry",
            [
                "english_copy",
                "capital_first",
                "inauguration_with_capital",
                "vietnam_dropped",
                "approx",
                "english_park_no_location",
            ],
            provinces=[pv("Hải Dương")],
            firms=[f("Kanto Harness", "Co., Ltd.")],
            money=[m(24 * M, "USD", approx=True)],
            deals=[deal("investment", ["Kanto Harness"], 24 * M, HP)],
            events=[ev("inauguration", [F("Kanto Harness")], 24 * M, "USD", HP, "completed")],
        ),
        h(
            n(),
            "The plant sits on 52,000 m2 and will add 1,800 jobs, taking the company's workforce in the province to about 9,000.",
            "2012-11-08",
            "ministry",
            ["english_copy", "area", "count", "number_without_noun", "no_event"],
            quantities=[c(1_800, "jobs")],
            areas=[ha(5.2)],
            events=[],
        ),
        h(
            n(),
            "Chu Lai now has a coach-body plant: Đà Nẵng Bus Company cut the ribbon on June 6 on the VND1.9 trillion ($81 million) facility.",
            "2018-06-07",
            "ministry",
            [
                "english_copy",
                "inauguration_with_capital",
                "province_in_firm_name",
                "conversion_bracket",
                "deal_date",
            ],
            firms=[f("Đà Nẵng Bus Company")],
            money=[m(1.9 * T, "VND"), m(81 * M, "USD", approx=True)],
            deals=[deal("investment", ["Đà Nẵng Bus Company"], 1.9 * T, None, "2018-06-06")],
            events=[ev("inauguration", [F("Đà Nẵng Bus Company")], 1.9 * T, "VND", None, "completed")],
        ),
    ]
    # --- S15: supply contracts for forging and press lines ---
    rows += [
        h(
            n(),
            "Hôm 3/3, Công ty CP Cơ khí Đông Triều Phú Thọ ký hợp đồng mua dây chuyền rèn nóng 2.500 tấn của Tập đoàn Komatsu Industries (Nhật Bản), giá trị 11 triệu USD.",
            "2024-03-05",
            "provincial",
            ["supply_contract", "buyer_first", "province_in_firm_name", "country_bracket", "deal_date"],
            firms=[f("Cơ khí Đông Triều Phú Thọ", "Công ty CP"), f("Komatsu Industries", "Tập đoàn")],
            money=[m(11 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[
                deal(
                    "supply_contract",
                    ["Komatsu Industries", "Cơ khí Đông Triều Phú Thọ"],
                    11 * M,
                    None,
                    "2024-03-03",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Komatsu Industries"), F("Cơ khí Đông Triều Phú Thọ")],
                    11 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Schuler AG of Germany will supply a 1,600-tonne servo press line to Đông Anh Stamping JSC under a contract signed in Hà Nội on July 9.",
            "2024-07-11",
            "ministry",
            [
                "english_copy",
                "supply_contract",
                "supplier_first",
                "country_after_firm",
                "signing_place_not_site",
                "deal_date",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Schuler", "AG"), f("Đông Anh Stamping", "JSC")],
            locations=[country("Germany")],
            deals=[deal("supply_contract", ["Schuler", "Đông Anh Stamping"], None, None, "2024-07-09")],
            events=[
                ev("supply_contract", [F("Schuler"), F("Đông Anh Stamping")], None, None, None, "signed")
            ],
        ),
    ]
    # --- S17: English legal guides and explainers on licensing a parts factory ---
    rows += [
        h(
            n(),
            "Manufacturing's share of output has hovered near a quarter of GDP for five years, World Bank figures show.",
            "2023-05-02",
            "ministry",
            ["english_copy", "legal_guide", "fraction_in_words", "no_event"],
            organizations=["World Bank"],
            events=[],
        ),
        h(
            n(),
            "Car-parts makers with plants in the country include Bosch, Denso, Yazaki and Sumitomo Wiring Systems.",
            "2023-05-02",
            "ministry",
            ["english_copy", "legal_guide", "bare_brands", "no_event"],
            firms=[f("Bosch"), f("Denso"), f("Yazaki"), f("Sumitomo Wiring Systems")],
            events=[],
        ),
        h(
            n(),
            "Most foreign parts makers cluster around Hai Phong, Bac Ninh and Dong Nai.",
            "2023-05-02",
            "ministry",
            ["english_copy", "legal_guide", "unaccented", "provinces_list", "no_event"],
            provinces=[pv("Hải Phòng"), pv("Bắc Ninh"), pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Two licences come first for any foreign-owned parts plant: the investment registration certificate, then the enterprise registration certificate.",
            "2022-03-12",
            "ministry",
            ["english_copy", "explainer", "certificate_not_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "FAQ 14: Licensing an auto parts plant\nUpdated 12/3/2022",
            "2022-03-12",
            "ministry",
            ["english_copy", "faq_title", "date_line", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- S3/S5/S12: context rows of the Chu Lai and Hải Phòng stories, a zone feature ---
    rows += [
        h(
            n(),
            "Chủ đầu tư hạ tầng KCN Nam Đình Vũ kỳ vọng các nhà máy này sẽ kéo theo nhà cung cấp cấp 2 từ Hàn Quốc.",
            "2018-11-15",
            "ministry",
            ["unnamed_representative", "wish_no_event", "country"],
            locations=[park("Khu công nghiệp Nam Đình Vũ"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Cảng Chu Lai - Kỳ Hà và các nhà máy ô tô giúp Khu kinh tế mở Chu Lai đóng góp phần lớn giá trị công nghiệp của tỉnh Quảng Nam.",
            "2023-02-14",
            "ministry",
            ["zone_feature", "zone", "no_event"],
            provinces=[pv("Quảng Nam")],
            locations=[zone("Khu kinh tế mở Chu Lai")],
            events=[],
        ),
        h(
            n(),
            "Ông Phan Văn Toàn, Giám đốc Ban Quản lý Khu kinh tế mở Chu Lai, cho biết khu kinh tế cần thêm khoảng 300 ha đất sạch cho các dự án cơ khí trong 5 năm tới.",
            "2023-02-14",
            "ministry",
            ["person_role_after", "zone_in_org_name", "area", "approx", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế mở Chu Lai"],
            persons=[per("Phan Văn Toàn", "Giám đốc Ban Quản lý Khu kinh tế mở Chu Lai")],
            areas=[ha(300, True)],
            events=[],
        ),
    ]
    # --- S8/S10/S13/S14/S18: more feature, statistics and portal rows ---
    rows += [
        h(
            n(),
            "Phần việc nhỏ, lợi nhuận mỏng\nCục Hóa chất ước tính TP.HCM có khoảng hai phần ba số cơ sở cao su kỹ thuật, nhưng chỉ vài chục đơn vị đủ năng lực làm hàng cho hãng xe.",
            "2015-01-09",
            "ministry",
            ["subheading", "several_lines", "fraction_in_words", "vague_count", "no_event"],
            organizations=["Cục Hóa chất"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Lắp ráp co hẹp\nNhiều liên doanh ô tô lâu năm đã thu hẹp dây chuyền lắp ráp, chuyển sang nhập xe nguyên chiếc từ Thái Lan và Indonesia.",
            "2018-06-15",
            "ministry",
            ["subheading", "several_lines", "countries", "no_event"],
            locations=[country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Phần mở đầu\nQuặng sắt, than và đội ngũ thợ luyện kim lâu năm là nền tảng để Thái Nguyên phát triển cơ khí chế tạo.",
            "2016-09-30",
            "legal",
            ["plan_preface", "several_lines", "no_event"],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Quy hoạch phát triển công nghiệp tỉnh Thái Nguyên giai đoạn 2016 - 2025, có xét đến năm 2030 được Uỷ ban nhân dân tỉnh phê duyệt tại Quyết định số 2987/QĐ-UBND ngày 28/9/2016.",
            "2016-09-30",
            "legal",
            ["plan_title", "old_tone", "decision_with_date", "bare_unit", "no_event"],
            provinces=[pv("Thái Nguyên")],
            decisions=[d("2987/QĐ-UBND", "2016-09-28")],
            events=[],
        ),
        h(
            n(),
            "- Vốn FDI vào cơ khí chế tạo 5 tháng tăng gần gấp đôi\n- Hàn Quốc dẫn đầu về vốn đăng ký mới tại các tỉnh phía Bắc",
            "2024-06-03",
            "ministry",
            ["related_headlines", "several_lines", "country", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tuy vậy, Tổng cục Thống kê cho rằng dòng vốn vào công nghiệp hỗ trợ vẫn chịu sức ép từ lãi suất cao và đơn hàng xuất khẩu chậm lại.",
            "2024-06-03",
            "ministry",
            ["statistics_office", "no_event"],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp\nNgày 8/8/2025, Công ty CP Cơ khí Dung Quất ký hợp đồng cung cấp xi lanh thuỷ lực cho Công ty TNHH Thiết bị Nâng Hàn Việt để lắp trên xe chuyên dùng.",
            "2025-08-12",
            "provincial",
            [
                "portal_business_list",
                "supply_contract",
                "supplier_first",
                "old_tone",
                "several_lines",
                "deal_date",
            ],
            firms=[f("Cơ khí Dung Quất", "Công ty CP"), f("Thiết bị Nâng Hàn Việt", "Công ty TNHH")],
            deals=[
                deal(
                    "supply_contract",
                    ["Cơ khí Dung Quất", "Thiết bị Nâng Hàn Việt"],
                    None,
                    None,
                    "2025-08-08",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Dung Quất"), F("Thiết bị Nâng Hàn Việt")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Người hướng dẫn khoa học: TS. Ngô Thanh Tùng\nPhản biện 1: PGS. TS. Đặng Văn Sơn",
            "2016-12-01",
            "ministry",
            ["thesis_cover", "several_lines", "academic_title_no_role"],
            persons=[per("Ngô Thanh Tùng", None), per("Đặng Văn Sơn", None)],
            events=[],
        ),
        h(
            n(),
            "TRỌN BỘ\nMade in Vietnam - Số 18: Cải tiến quy trình nhiệt luyện khuôn dập",
            "2022-05-12",
            "ministry",
            ["video_series", "several_lines", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nguyễn Thị Bích Ngọc, acting head of the Saigon Hi-Tech Park Management Board, said three new mould shops had leased land there this year.",
            "2020-10-12",
            "ministry",
            [
                "english_copy",
                "person_role_after",
                "hi_tech_park_board",
                "unnamed_tenants",
                "count_in_words",
                "no_event",
            ],
            organizations=["Saigon Hi-Tech Park Management Board"],
            persons=[per("Nguyễn Thị Bích Ngọc", "acting head of the Saigon Hi-Tech Park Management Board")],
            events=[],
        ),
        h(
            n(),
            "Minh Phát, Duy Long and Thành Đạt Precision are among the domestic toolmakers now winning orders from car-parts plants.",
            "2020-10-12",
            "ministry",
            ["english_copy", "bare_names", "no_event"],
            firms=[f("Minh Phát"), f("Duy Long"), f("Thành Đạt Precision")],
            events=[],
        ),
        h(
            n(),
            "VIETNAM, June 20 - HÀ NỘI — The course is the fourth since the programme began; earlier runs trained 96 technicians.",
            "2023-06-21",
            "ministry",
            ["english_copy", "wire_header", "dateline_caps", "count", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(96, "technicians")],
            events=[],
        ),
        h(
            n(),
            "Tuyến đường nối cảng với khu công nghiệp dài 4,2 km, vốn 380 tỷ đồng từ ngân sách tỉnh, dự kiến thông xe cuối năm 2025.",
            "2024-03-16",
            "provincial",
            ["public_works", "budget_money_only", "nfd", "no_event"],
            money=[m(380 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Cũng trong tháng 8, Sở Công Thương tỉnh Vĩnh Phúc tổ chức cho 25 doanh nghiệp cơ khí gặp bộ phận mua hàng của Honda, Toyota và Piaggio.",
            "2023-09-07",
            "provincial",
            ["business_matching_no_event", "count", "bare_brands", "province_in_org_name", "nfd"],
            organizations=["Sở Công Thương tỉnh Vĩnh Phúc"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Honda"), f("Toyota"), f("Piaggio")],
            quantities=[c(25, "doanh nghiệp")],
            events=[],
        ),
    ]
    # --- more context rows of the sampled stories (S2/S3/S5/S13/S16/S17/S20) and junk pages (S6/S7/S15) ---
    rows += [
        h(
            n(),
            "Ảnh: Các đại biểu ấn nút khởi công Khu công nghiệp Phụ trợ ô tô Tam Hòa.",
            "2025-08-28",
            "provincial",
            ["photo_caption", "park", "no_event"],
            locations=[park("Khu công nghiệp Phụ trợ ô tô Tam Hòa")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy của Kumsan Tech sẽ làm vỏ bơm nhiên liệu và giá đỡ đèn, tuyển khoảng 280 lao động.",
            "2018-11-15",
            "ministry",
            ["bare_short_name", "count", "approx", "no_event"],
            firms=[f("Kumsan Tech")],
            quantities=[c(280, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Công ty của ông Lực dự kiến góp 30% vốn; phần còn lại do một đối tác Trung Quốc chưa được công bố tên đóng góp.",
            "2024-06-18",
            "ministry",
            ["listing_line", "given_name_person", "unnamed_partner_no_event", "percentage", "country"],
            persons=[],  # an honorific and one name alone: no person (tests/eval/README, session 33)
            percentages=[30],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tin tức - Trang 13",
            "2024-06-18",
            "ministry",
            ["listing_header", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tỉnh đặt mục tiêu đến năm 2030 trở thành một trung tâm cơ khí chế tạo của vùng trung du và miền núi phía Bắc.",
            "2024-05-14",
            "ministry",
            ["target", "region_not_province", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dự án hàng không đầu tiên ở đây, của Công ty TNHH Turbine Parts Đà Nẵng, đã xuất cánh quạt động cơ cho Rolls-Royce từ năm 2022.",
            "2024-02-14",
            "provincial",
            ["vendor_status_no_contract", "province_in_firm_name", "no_event"],
            firms=[f("Turbine Parts Đà Nẵng", "Công ty TNHH"), f("Rolls-Royce")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy sẽ rèn trục khuỷu và thanh truyền cho động cơ xe máy, công suất 1,5 triệu chi tiết/năm.",
            "2025-10-20",
            "ministry",
            ["project_details", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "It is the company's first plant outside Japan and Thailand.",
            "2025-02-11",
            "ministry",
            ["english_copy", "countries", "no_event"],
            locations=[country("Japan"), country("Thailand")],
            events=[],
        ),
        h(
            n(),
            "Land in industrial parks is usually leased for up to 50 years, with rent paid up front or year by year.",
            "2022-03-12",
            "ministry",
            ["english_copy", "explainer", "duration_not_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Kinh tế > Thu hút đầu tư công nghiệp",
            "2025-02-15",
            "provincial",
            ["breadcrumb", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy hoach chung khu kinh te mo chu lai den nam 2035",
            "2023-02-14",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá xe tải nhẹ tháng 3/2026: nhiều mẫu giảm sâu",
            "2026-03-02",
            "ministry",
            ["title_only", "lower_case", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cải thiện độ bền kéo thông số kỹ thuật gang cầu",
            "2023-08-27",
            "ministry",
            ["spam", "keyword_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy trình nấu chảy nhôm tái chế pdf tải miễn phí",
            "2021-03-06",
            "ministry",
            ["spam", "keyword_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy nghiền xỉ luyện kim công suất nhỏ giá rẻ",
            "2022-11-19",
            "ministry",
            ["spam", "keyword_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin kết quả bóng đá hôm naygiá xe ga 125cc lăn bánh",
            "2024-05-03",
            "ministry",
            ["spam", "gambling", "glued_words", "no_event"],
            events=[],
        ),
    ]
    return rows
