# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 87 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: the textile, garment, footwear and leather supporting industry in the
south (Bình Dương and TP.HCM, Đồng Nai, Tây Ninh with Long An, Bà Rịa - Vũng Tàu): fabric and yarn mills, dyeing and
finishing parks, trims (zips, buttons, labels), soles and leather chemicals; how news names firms by brand or short
name, sustainability and traceability demands behind supply relations, and foreign buyers' orders. Written and
annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes.
Searches, numbered S1-S20 in the section comments: S1 "Bình Dương nhà máy dệt nhuộm khu công nghiệp vốn đầu tư", S2
"Long An nhà máy sợi dệt FDI khởi công", S3 "Tây Ninh nhà máy dệt vải nhuộm cấp giấy chứng nhận đầu tư", S4 "Đồng Nai
nhà máy sản xuất vải khánh thành doanh nghiệp Đài Loan", S5 "khu dệt nhuộm tập trung phía Nam xử lý nước thải dự án",
S6 "nhà máy sản xuất đế giày phụ liệu da giày Bình Dương Đồng Nai", S7 "khóa kéo nút áo nhãn mác phụ liệu may mặc nhà
máy TP.HCM", S8 "doanh nghiệp dệt may ký hợp đồng cung ứng vải truy xuất nguồn gốc thương hiệu quốc tế", S9 "đơn hàng
dệt may nhà mua hàng nước ngoài yêu cầu xanh bền vững", S10 "Phong Phú Thành Công sợi vải đầu tư nhà máy mới", S11
"thuộc da nhà máy khu công nghiệp miền Nam dự án vốn đầu tư", S12 "sợi tái chế polyester nhà máy Việt Nam hợp đồng
nhãn hàng", S13 "công nghiệp hỗ trợ dệt may da giày TP.HCM tỷ lệ nội địa hóa nguyên phụ liệu", S14 "Hiệp hội Dệt May
Việt Nam đơn hàng quý doanh nghiệp phía Nam xuất khẩu", S15 "mua lại cổ phần công ty dệt may sợi thương vụ M&A", S16
"Bà Rịa Vũng Tàu Bình Phước dự án sợi dệt nhuộm đầu tư triệu USD", and in English S17 "Vietnam textile dyeing plant
Binh Duong Long An investment million USD", S18 "Vietnamese garment maker fabric supply traceability brand agreement",
S19 "Vietnam footwear components soles factory Dong Nai investment", S20 "Vietnam yarn fabric mill foreign buyers orders
recycled". No sentence is taken or paraphrased from a page; the shapes are. Firm, plant, park and person names are
invented (the mills "Dệt Thuận Phát"/"Thuanphatex", "Dệt Hoa Thịnh", "Sợi Tân Vĩnh Hưng", "Sợi Phương Nam", "Dệt Phước
Long", the trims makers "Nút áo Marlow", "Lindqvist Labels", the recycler "Nordloop", the sole makers "Seohan",
"Kwangil Shoes", the park developers "Sông Bé Xanh", "Tân Uyên Xanh", "Tan Uyen Industrial Development", the Deputy
Prime Minister and officials); well-known names (Vinatex, Adidas, Puma, VITAS, Lefaso, Hepza, the trade ministry,
decree 111/2015/NĐ-CP, 32/2024/NĐ-CP) appear only in sentences of our own, with figures and wording changed.

What the sample looked like (80 result slots, about 62 distinct pages: one 123docz journal article on supply-chain
resilience came back in eight searches, a localisation blog in three, a one-line association quote in two, a
weaving-mill groundbreaking in three tellings, a French VNA glove-plant groundbreaking twice in one list): 8 slots were
spam and junk (a betting domain carrying a park-groundbreaking lead, machine keyword spam, a "kuwin" salad, an
image-path line, a bilingual translation line, a machine-English yarn page); about 20 were tag, hashtag, title,
listing, portal-head and video-blurb pages (a park tag with a planning lead, two park and cluster listings, a
Dong Nai portal head, three trade-journal video blurbs with bylines, a wastewater portal title, a footwear tag with a
headline and lead and its bare title, a one-word tag, a homepage carrying a greening headline twice, a greening tag,
a recycled-polyester hashtag headline, a one-line localisation lament, a falling-orders video blurb, an
M&A tag with an approved purchase of a state group's unit, a bank-loan hashtag, VietnamPlus's textile tag); about 19
were theses, journal articles, course papers and reports (the resilience article with capitalised authors, a doctoral
thesis cover on Đồng Nai footwear, a sewing-time article with numbered authors, a responsible-business article with
its abstract and keywords, a wastewater design thesis, a cluster explainer citing a decree, a feature on
supporting-industry policy, three M&A course-paper covers with lecturers and student lists, two copies of an English
sourcing report for a Dutch label, an English master's thesis cover, a factory-tour bullet list); about 19 were
Vietnamese news, features and blogs (a Korean group's 50-ha lease with a park developer, a Hong Kong-local joint
groundbreaking of a fabric plant with caption, capacities and a chairman's words, a committee's approval in principle
of a coloured-yarn plant, a photo page of a weaving-mill groundbreaking with its stats, an EPZ wastewater page, the
localisation and rules-of-origin blog, an association chairman's criteria quote, a green-criteria seminar, a
state-group yarn mill with a related-links list naming a trims maker's joint plant, a forum repost of a state-group
member's three projects and CEO, its corporate history with a 1989 thread joint venture, an FDI feature with
related links, a park board leasing land to two new investors, a recycled-yarn maker's magazine feature with its US
resin supplier, a licence-round story with project lines and a byline, a Malaysian dye-chemicals plant opening) and
about 14 were English (VietnamPlus and VNS copy of the weaving-mill groundbreaking, a trade site on a polyester plant's
owners and output, a trade magazine's licence brief, a blog on an economic-zone authority's licence, a Korean board's
carbon-fibre headline, VietNamNet Bridge and a leather magazine on footwear relocation, a provincial paper's English
sole-plant land lease, a consultancy guide, three trade sites on yarn exports, imports and thin order books) plus 2
French VNA slots (rendered here in Vietnamese). About 23 of the 80 slots told a deal or an event (groundbreakings 7
with repeats, licences and approvals 5, leases 3, announced investments 3, recalled investments and joint ventures 3,
one approved acquisition, one opening); no supply contract between a named supplier and a named brand or buyer came up
in any first four (the traceability and supply-contract searches returned theses, features and quotes; the one
supplier relation, a US resin maker selling to a Tây Ninh yarn maker, has no contract word).

Rows: 159 (hand-22801 to hand-22959); 26 carry a deal or an event (16%): 20 events (6 groundbreakings, 4
cooperation, 4 investment licences, 3 investment announcements, 1 acquisition, 1 joint venture, 1 inauguration) and
25 `deals` entries (16 investment, 6 groundbreaking, 3 cooperation); 7 rows hold a deal without an event (hand-22868 a
recalled first plant, 22881 amount-first recalled spending, 22885 a recalled thread joint venture, 22897, 22899 and
22949 verbless licence-round lines, 22921 a tenant's plant worth after a lease), 1 an event without a deal (22888, a
park board leasing land to two firms). 133 rows are negatives and other fields. By page kind: 8 rows in the shapes of
spam and junk (1 with a deal or event), 26 of tag, title, listing, hashtag, portal and video pages (3), 23 of theses,
journal articles, course papers and reports (0), 62 of Vietnamese news, features and blogs (16), 40 of English copy
(`english_copy`, 25%; 6). 11 rows are stored in NFD (hand-22831, 22833, 22858, 22860, 22868, 22873, 22880, 22887,
22895, 22936, 22940); 7 use old tone placement (22822 "xanh hoá", 22873 "an toàn hoá chất", 22879 "tự động hoá", 22932
"hoá chất ... phân huỷ", 22949 "hoá chất", 22953 "tự động hoá", 22958 "bể điều hoà"); 53 hold a headline and a lead, a
tag line, a caption with its credit, a byline, a timestamp, a list or several lines.

Own wording: on review of the first draft against the sampled pages about 75 rows followed a sampled sentence too
closely (same clause order with names and figures swapped: the lease lead, the joint groundbreaking's lead, capacity,
chairman and park lines, the approval lead and its follow-up, the weaving-mill groundbreaking, capacity, board head's
and cumulative lines in both languages, the three glove-plant lines from French, the yarn-mill lines and caption, the
forum repost's projects, CEO line and company history, the FDI feature, the park board's leases and totals, the
recycled-yarn headline, supplier line and CEO quote, the localisation, rules-of-origin and FTA lines, the criteria
quote, the seminar, the tags, listings and video blurbs, the acquisition tag, the journal abstract, the report body
and bullets, the thesis acknowledgements, the polyester plant's ownership, output, director and demand lines, the
licence briefs, the footwear relocation lines, the lease brief and its park line, the association letter and the
export figures); every one was rewritten from scratch (other clause order, passive or amount-first where the page was
active, other facts around it, other figures) and its gold redone. 7 first-draft rows were dropped: two because their
shape or facts came only from results ranked 5 or lower (a cluster-cancellation listing from S2's rank 6 and a line
on three big shoe contractors from S6's rank 5 and S19's rank 8), one listing that stayed too close after rewording,
and four English rows (a spindle history, a subscription footer, a phase schedule, a relocation line) that stayed
close to their pages and brought the English share above the sample's.

Conventions: exactly those of batches 10 and 12-85 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started", dated only when the row gives a
day; a consortium or two firms investing together is ONE deal of all members; an opening with its capital is an
investment deal and an inauguration "completed"; a licence received or granted in the passive without a grantor is a
licence of the firm alone, with a committee or authority named it is the government party as written; a
capital-increase round line with its own passive verb is a licence, round lines without a verb are deals without
events and without site; a land lease between a park developer and a tenant is a cooperation deal and event "signed",
lessor first, sited only when a province is written with the park; a state land lease is a signed cooperation event of
the authority and the firm with no deal (batches 45, 67); a tenant's plant worth told after a lease is the tenant's
deal; a recalled investment, joint venture or acquisition is a deal without an event; an announced named plant with an
amount is an announced investment; shareholdings, suppliers named without a contract word, wishes, plans, proposals,
fines, extensions, totals of unnamed projects and cumulative figures give no deal; vague amounts are no amounts;
capacities, tonnages, metres, m2 of fabric, spindles, durations, page numbers and ordinals are no counts, m2 of land
are areas in hectares; counts in words and counts without a noun are none; "Việt Nam"/"Vietnam" is dropped from a
foreign subsidiary's name and is no country; a province inside an organisation's name is a mention; organisations
expand UBND, HĐND and KCN, a bare unit ("UBND tỉnh") is none; Vietnamese country adjectives and brackets are
countries, English adjectives are not, "Germany's", "Taiwan's", "from China", "in Denmark" and "Singapore-based" are;
English park and district names are no locations; bylines and photo credits are persons with no role, agency credits
("Ảnh: VGP", "TTXVN", "-VNA") nothing, initials and usernames nothing; "TS.", "PGS.TS", "Dr" give no role, a cover's
label does; a surname alone ("ông Trung", "Sheffi") is no person. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Brand and legal name of one firm: a photo headline naming only the mill's brand ("Tây Ninh khởi công nhà máy dệt
  Thuanphatex") gives no event; the lead's "Nhà máy dệt Thuanphatex của Công ty CP Dệt Thuận Phát được động thổ ngày
  18/5/2022" is Dệt Thuận Phát's groundbreaking (the plant's brand is no firm); the English copies name the investor
  "Thuanphatex JSC" (possessive: "An 18-million-USD weaving mill of Thuanphatex JSC went into construction") and
  "Thuận Phát Textile JSC" (named after the passive clause, "with ... as investor"): each row's firm as written is the
  party (hand-22862, 22863, 22902, 22904).
- Short names: "Daewon", "Hsin Yuan", "Phước Long", "Kwangil", "Vạn Phát Nam", "Sợi Tân Định" written bare after the
  full name in an earlier row are firm mentions with no form; "Phú Hòa Tex", "Nordloop", "Warna Kimia" written only
  bare are firms too; "Sợi Phương Nam" is the firm's whole name as used (no legal form written).
- "32 ha trong KCN Tân Bình 2 (Bình Dương) sẽ là nơi Tập đoàn X đặt nhà máy ..., theo hợp đồng thuê đất vừa ký với
  Công ty CP Y" (22853) is a signed lease: a cooperation deal and event with the developer Y first, sited by the
  bracketed province; "Khoảng 90 triệu USD sẽ được Daewon dồn vào nhà máy" (22854) is the tenant's announced
  investment (event without site), while the English "On the site Kwangil plans a $6.5 million workshop" (22921)
  follows batch 76's tenant-worth row: a deal without event.
- "Hai nhà đầu tư mới vừa nhận đất thuê từ Ban Quản lý KCN X: 12.400 m2 cho ... của Công ty TNHH A ... và 6.850 m2 cho
  ... của Công ty TNHH B" (22888) is two signed cooperation events of the board (government, as written) with each
  firm and no deal; the board is the organisation "Ban Quản lý Khu công nghiệp X" and the park inside its name is no
  location; "xin thuê thêm 3.100 m2" (22889) is a request, no event.
- "Công ty TNHH X (Đài Loan) vừa được UBND tỉnh Long An đồng ý về nguyên tắc cho làm nhà máy ..." under a headline
  with the amount (22860) is X's licence with the committee, as "chấp thuận chủ trương" is.
- An approved purchase of a state group's unit ("Bộ Công Thương đã chấp thuận để Công ty CP A mua lại Công ty CP B,
  đơn vị con của Tổng công ty CP C", 22827) is A's investment deal and an announced acquisition of A and B (the ministry
  approving is no party, the parent a mention); the later "A sẽ nắm 65% vốn điều lệ B" (22939) is a shareholding.
- A related-links item "Nhãn mác A và Tập đoàn B cùng rót 4,2 triệu USD làm xưởng may" (22876) is an announced joint
  venture with the amount and ONE investment deal of both (batch 73's joint headline).
- Amount-first recalled spending of a state-group member ("Hơn 1.200 tỷ đồng là số tiền Tổng công ty CP X ... đã chi
  cho các dự án trọng điểm trong năm 2016", 22881) is a recalled investment deal (batch 84); "xưởng vải dệt kim 310 tỷ
  đồng mà X đang dựng ở Nhơn Trạch (Đồng Nai)" (22882) is an announced investment sited by the bracket; a plant told by
  its name only ("Nhà máy sợi Định Quán", 22877) gives no deal, and its output "sẽ đi thẳng vào các xưởng dệt của
  Vinatex" (22878) is an internal supply, no deal.
- "Liên doanh chỉ may với Tập đoàn Ashford (Anh), lập năm 1991, là mảng Dệt Phước Long tự hào nhất" (22885) is a
  recalled joint venture: a cooperation deal, no event.
- "Nhà máy xơ tái chế 450 triệu USD của Nordloop chờ giấy phép ở Tây Ninh" (22824) is Nordloop's announced investment
  (a named plant, an amount, not yet licensed); the English tag where a Deputy PM asks the same firm for a timetable
  (22829) is a wish: firm and provinces only.
- A groundbreaking of rental factory space by a park developer carried by a betting domain (22801) is the developer's
  groundbreaking, sited by the park's bracketed province; a park or cluster groundbreaking or planning with no actor
  named ("Khu công nghiệp X ... được khởi công", 22812; "Bình Phước dành 300 ha", 22802) gives no event.
- A unnamed "Korean textile group to sink $450 million" headline (22830) gives money and province only; "Vietnam's Tay
  Ninh clears $21 million garment plant" (22954) has no firm: the province is a mention, no event.
- English licences: "An investment certificate for a US$46m yarn-dyeing mill at X Industrial Park in Long An Province
  has gone to Taiwan's Y" (22911) is Y's licence without grantor sited in Tây Ninh's current unit; "Singapore-based A,
  the money behind the B Vietnam garment plant, has received its investment certificate from the Tay Ninh Economic
  Zone Authority" (22913) is A's licence with the authority, B a firm mention.
- English roles before the name keep their wording ("sourcing manager Greg Hollis", "Hepza deputy head Le Thi Kim Hoa",
  "LEFASO chairman Nguyen Van Tam", "company director Hoang Minh Duc"); an acronym written alone is the organisation
  ("Hepza", "LEFASO", "Lefaso"); "a US-based brand" and "US duties" give the country only where "-based" is written.
- Thesis and course-paper covers: "NGƯỜI HƯỚNG DẪN KHOA HỌC: PGS.TS X" and "SUPERVISOR: PhD X" give the label as role
  in title case; "Giảng viên hướng dẫn: TS. X", "Giảng viên: ThS. X", "Học viên: X" and a member list's "X –
  Nhóm trưởng" likewise; a list member without label is a person with no role.
- Shareholdings in English ("PetroTex Holdings holds 76 per cent of the X plant and ... Saigon Textile Corp the other 24
  per cent", 22907) give firm mentions and percentages; "Corp" is kept as a foreign form.
- "Sáu dự án ..., 4 trong số đó là FDI ..., còn 2 dự án trong nước" (22865) counts only "2 dự án" (a count in words and
  a count without a noun are none); "Foreign-owned plants, about 640 of them" (22916) likewise gives no count.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_87(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    HCM = cur("Hồ Chí Minh")
    DNai = cur("Đồng Nai")
    TNi = cur("Tây Ninh")

    ids = iter(range(22801, 23200))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam, keyword salads and junk lines (S1 r4, S3 r1, S5 r2, S7 r3, S16 r1, S20 r1) ---
    rows += [
        h(
            n(),
            "soi kèo nhà cái tối nay tỷ lệ cược cúp c1 | Ngày 9/8, Công ty CP Phát triển Hạ tầng Tân Uyên Xanh khởi công khu xưởng may cho thuê 18 ha trong KCN Đất Cuốc mở rộng (Bình Dương).",
            "2024-08-10",
            "ministry",
            ["spam_carrier", "groundbreaking", "park_province_bracket", "area", "deal_date"],
            firms=[f("Phát triển Hạ tầng Tân Uyên Xanh", "Công ty CP")],
            provinces=[pv("Bình Dương")],
            areas=[ha(18)],
            locations=[park("Khu công nghiệp Đất Cuốc mở rộng")],
            deals=[deal("groundbreaking", ["Phát triển Hạ tầng Tân Uyên Xanh"], None, HCM, "2024-08-09")],
            events=[
                ev("groundbreaking", [F("Phát triển Hạ tầng Tân Uyên Xanh")], None, None, HCM, "started")
            ],
        ),
        h(
            n(),
            "kết quả bóng đá đêm qua bảng xếp hạng serie a | Bình Phước dành 300 ha ở phía Bắc tỉnh cho các nhà máy sợi, nhuộm có xử lý nước thải tập trung.",
            "2024-11-02",
            "ministry",
            ["spam_carrier", "planning_no_investor", "area", "no_event"],
            provinces=[pv("Bình Phước")],
            areas=[ha(300)],
            events=[],
        ),
        h(
            n(),
            "xổ số miền nam thứ năm máy may công nghiệp juki cũ giá rẻ bảng giá vải thun cotton 4 chiều",
            "2024-05-16",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy se sợi bông mini ấn độ chứng nhận nhà cung cấp giá tốt trung tâm kéo sợi",
            "2023-12-01",
            "ministry",
            ["junk_machine_spam", "lowercase_country_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin đồ si tphcm giá sỉ cúc áo nhựa khóa kéo số 5 soi cầu 247",
            "2024-02-27",
            "ministry",
            ["spam_keywords", "lowercase_province_no_mention", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bảng giá da bò thuộc sẵn đế giày cao su đúc soi cầu lô đề miền bắc",
            "2024-03-09",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tphcm-dong-y-giao-dat-khu-det-nhuom-cho-tinh-binh-duong/dji_0073-jpg-2/",
            "2023-06-21",
            "ministry",
            ["junk_image_line", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hệ thống xử lý nước thải tập trung của phân khu dệt nhuộm có công suất 6.000 m3/ngày\nThe central wastewater plant of the dyeing sub-zone treats 6,000 m3 a day",
            "2022-09-14",
            "ministry",
            ["bilingual_translation_line", "capacity_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vietnam polyester yarn shipment to Korea rise again - Yarn news - Fancy yarn factory",
            "2021-08-03",
            "ministry",
            ["english_copy", "machine_english", "title_page", "english_country_in_title", "no_event"],
            locations=[country("Korea")],
            events=[],
        ),
        h(
            n(),
            "This year Vietnam spinning mill number is around 120, spindle reach 9. 2 million, and 60% yarn go to export market.",
            "2021-08-03",
            "ministry",
            ["english_copy", "machine_english", "broken_decimal", "count", "percentage", "no_event"],
            quantities=[c(120, "spinning mill", True)],
            percentages=[60],
            events=[],
        ),
    ]
    # --- Tag, hashtag, title, listing, portal-head and video-blurb pages (S1 r3, S2 r2 r4, S4 r3 r4, S5 r3, S6 r1 r2 r4,
    # S7 r1, S9 r2 r3, S10 r3, S11 r3, S12 r1, S13 r3, S14 r4, S15 r4, S16 r2, S17 r3) ---
    rows += [
        h(
            n(),
            "khu công nghiệp tại Bình Dương\n\nPhú Giáo sẽ có khu công nghiệp 520 ha\nĐồ án HĐND tỉnh Bình Dương vừa thông qua dành khoảng một phần ba khu cho dệt may, phụ liệu; khi lấp đầy, khu cần chừng 28.000 lao động.",
            "2024-07-19",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "planning_no_investor",
                "council_expanded",
                "area",
                "fraction_in_words",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Hội đồng nhân dân tỉnh Bình Dương"],
            provinces=[pv("Bình Dương")],
            areas=[ha(520)],
            quantities=[c(28000, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Động thổ khu công nghiệp 640 ha chuyên dệt may\n\nKhu công nghiệp Lộc Giang Xanh ở huyện Đức Hòa, Long An được khởi công, trong đó 200 ha dành cho dệt nhuộm.",
            "2023-10-05",
            "provincial",
            [
                "listing",
                "headline_lead",
                "park_groundbreaking_no_actor",
                "area",
                "district",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Long An")],
            areas=[ha(640), ha(200)],
            locations=[park("Khu công nghiệp Lộc Giang Xanh"), district("huyện Đức Hòa")],
            events=[],
        ),
        h(
            n(),
            "Tây Ninh: 3 cụm công nghiệp dệt may sắp đón nhà đầu tư\n\nHơn 150 ha đất sạch sẽ có thêm khi hạ tầng các cụm Bến Kéo, An Tịnh 2 và Thạnh Đức hoàn tất trong năm.",
            "2024-04-22",
            "provincial",
            [
                "listing",
                "headline_lead",
                "cluster_names_bare",
                "count",
                "area",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Tây Ninh")],
            quantities=[c(3, "cụm công nghiệp")],
            areas=[ha(150, True)],
            events=[],
        ),
        h(
            n(),
            "<title>Taiwanese yarn makers keep choosing Dong Nai</title>\nDong Nai: Web portal - News - Socio-Economic information",
            "2025-09-18",
            "ministry",
            ["english_copy", "portal_head", "english_adjective_no_country", "multiline", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Phụ liệu dệt may tìm về Bình Dương\n\nGần 450 doanh nghiệp làm vải, chỉ, nhãn, nút áo đưa Bình Dương vào nhóm đầu cả nước về công nghiệp hỗ trợ cho ngành may.\nKhánh Vy - Minh Đạt\n\nVideo khác",
            "2023-05-12",
            "ministry",
            ["video_blurb", "byline_two_persons", "count", "approx", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            persons=[per("Khánh Vy", None), per("Minh Đạt", None)],
            quantities=[c(450, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Đánh giá khả năng tái sử dụng nước thải nhuộm tại các KCN phía Nam - Savefile - Tin tức - Trung tâm Quan trắc và Kỹ thuật môi trường phía Nam",
            "2024-01-08",
            "ministry",
            ["portal_head", "title_page", "org_in_title", "no_event"],
            organizations=["Trung tâm Quan trắc và Kỹ thuật môi trường phía Nam"],
            events=[],
        ),
        h(
            n(),
            "công nghiệp hỗ trợ cho da giày\n\nCập nhật tin tức công nghiệp hỗ trợ cho da giày\n\nHơn 80% xưởng giày còn nhập đế, keo và mũ giày\nSố liệu của Bộ Công Thương cho thấy chỉ khoảng 40% nguyên phụ liệu giày làm trong nước; phần lớn còn lại đến từ Trung Quốc và Đài Loan.",
            "2024-06-03",
            "ministry",
            ["tag_page", "headline_lead", "percentage", "country", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            percentages=[80, 40],
            locations=[country("Trung Quốc"), country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Da giày phía Nam loay hoay tìm nguồn đế, keo và chỉ may trong nước - VietNamNet",
            "2024-06-03",
            "ministry",
            ["title_page", "site_suffix", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phụ liệu giày: thị trường còn bỏ ngỏ\n\nĐế, lót và da thuộc vẫn phần lớn mua ngoài, dù giày dép Việt Nam xếp thứ ba thế giới về xuất khẩu.\nHoàng Yến\n\nVideo khác",
            "2022-11-24",
            "ministry",
            ["video_blurb", "byline", "ordinal_no_count", "multiline", "no_event"],
            persons=[per("Hoàng Yến", None)],
            events=[],
        ),
        h(
            n(),
            "phụ liệu may mặc",
            "2024-03-11",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhãn hàng siết tiêu chí xanh, xưởng may phía Nam đua nhau lắp điện mặt trời áp mái\n\nNhãn hàng siết tiêu chí xanh, xưởng may phía Nam đua nhau lắp điện mặt trời áp mái\n\nDoanh nghiệp không cắt được điện than và nước ngầm thì khó giữ chân các hãng thời trang lớn, dù giá gia công có rẻ đến đâu.",
            "2024-09-27",
            "ministry",
            ["homepage_carrier", "headline_repeated", "headline_lead", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            'xanh hoá sản xuất\n\nXưởng dệt nào chưa có báo cáo phát thải giờ khó lọt vào danh sách chào giá của nhãn hàng, dù "xanh hoá" từng chỉ là khẩu hiệu.',
            "2024-10-15",
            "ministry",
            ["tag_page", "old_tone", "lead_only", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vốn ngoại đổ vào khâu nhuộm\n\nBình Dương, Tây Ninh, Long An liên tiếp đón nhà máy nhuộm và dệt kim vốn ngoại hàng chục triệu USD, lấp dần chỗ thiếu vải cho xưởng may.\nThy Như\n\nVideo khác",
            "2023-08-30",
            "ministry",
            ["video_blurb", "byline", "vague_amount", "province_list", "multiline", "no_event"],
            provinces=[pv("Bình Dương"), pv("Tây Ninh"), pv("Long An")],
            persons=[per("Thy Như", None)],
            events=[],
        ),
        h(
            n(),
            "# Xơ tái chế\n\nNhà máy xơ tái chế 450 triệu USD của Nordloop chờ giấy phép ở Tây Ninh\nNordloop (Phần Lan) muốn động thổ trong quý II, khi các hãng đồ thể thao đặt mục tiêu dùng toàn bộ polyester tái chế từ 2030.",
            "2025-03-14",
            "provincial",
            [
                "tag_page",
                "hashtag",
                "headline_lead",
                "announced_investment",
                "brand_short_name",
                "country",
                "multiline",
            ],
            firms=[f("Nordloop")],
            provinces=[pv("Tây Ninh")],
            money=[m(450 * M, "USD")],
            locations=[country("Phần Lan")],
            deals=[deal("investment", ["Nordloop"], 450 * M, TNi)],
            events=[ev("investment_announcement", [F("Nordloop")], 450 * M, "USD", TNi, "announced")],
        ),
        h(
            n(),
            "Chiếm khoảng 15% kim ngạch xuất khẩu nhưng phụ liệu của ngành may vẫn phải nhập tới bảy phần mười.",
            "2022-04-07",
            "ministry",
            ["one_line", "percentage", "fraction_in_words", "no_event"],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "Khách Mỹ, Nhật đặt lại, đơn dệt may quý III tăng 12 - 15%\n\nSố liệu của Hiệp hội Dệt may Việt Nam (VITAS) cho thấy nhiều thành viên đã kín đơn tới hết năm 2024.",
            "2024-10-03",
            "ministry",
            [
                "video_blurb",
                "headline_lead",
                "acronym_bracket",
                "range_percentage",
                "country",
                "multiline",
                "no_event",
            ],
            organizations=["Hiệp hội Dệt may Việt Nam"],
            percentages=[12, 15],
            locations=[country("Mỹ"), country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "bán vốn nhà nước\n\nNhà máy sợi của tổng công ty may có chủ mới\nBộ Công Thương đã chấp thuận để Công ty CP Đầu tư Vạn Phát Nam mua lại Công ty CP Sợi Tân Định, đơn vị con của Tổng công ty CP Dệt May Gia Định, sau khi việc thoái vốn được Phó Thủ tướng đồng ý từ đầu năm.",
            "2019-07-25",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "acquisition_approved",
                "parent_mention",
                "bare_title_no_person",
                "multiline",
            ],
            firms=[
                f("Đầu tư Vạn Phát Nam", "Công ty CP"),
                f("Sợi Tân Định", "Công ty CP"),
                f("Dệt May Gia Định", "Tổng công ty CP"),
            ],
            organizations=["Bộ Công Thương"],
            deals=[deal("investment", ["Đầu tư Vạn Phát Nam"])],
            events=[
                ev(
                    "acquisition",
                    [F("Đầu tư Vạn Phát Nam"), F("Sợi Tân Định")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "#chương trình cho vay 300 tỷ đồng doanh nghiệp may",
            "2024-08-08",
            "ministry",
            ["hashtag", "credit_tag", "no_event"],
            money=[m(300 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "textile\n\nDeputy PM asks Nordloop to bring recycled-fibre know-how to Tay Ninh\nMeeting the Finnish firm's executives in Hanoi, the Deputy PM said Tay Ninh's land and labour suited a recycling hub and asked for a clear timetable.",
            "2025-04-02",
            "ministry",
            [
                "english_copy",
                "tag_page",
                "headline_lead",
                "wish_no_deal",
                "english_adjective_no_country",
                "bare_title_no_person",
                "multiline",
                "no_event",
            ],
            firms=[f("Nordloop")],
            provinces=[pv("Tây Ninh"), pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Korean textile group to sink $450 million into spandex yarn plant in Ba Ria-Vung Tau",
            "2022-10-11",
            "ministry",
            ["english_copy", "headline_only", "unnamed_investor", "english_adjective_no_country", "no_event"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(450 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Bình Dương: Vải kỹ thuật\n\nXưởng dệt kim Phú Hòa Tex lên đời máy Đức, tăng gấp đôi sản lượng vải thể thao\nĐầu tư thêm 24 máy dệt tròn, Phú Hòa Tex đang chạy 3 ca để kịp đơn hàng Úc cuối năm.",
            "2024-09-09",
            "provincial",
            [
                "nfd",
                "tag_page",
                "section_label",
                "brand_short_name",
                "equipment_no_amount",
                "country",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Phú Hòa Tex")],
            provinces=[pv("Bình Dương")],
            quantities=[c(24, "máy dệt tròn")],
            locations=[country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Giá bông tăng, xưởng sợi miền Nam giữ giá bán - Tin nhanh chứng khoán",
            "2024-02-06",
            "ministry",
            ["title_page", "site_suffix", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy nhuộm\n\nTây Ninh phạt nhà máy nhuộm xả thải vượt chuẩn 1,2 tỷ đồng\nCông ty TNHH Dệt nhuộm Hoa Sen Đỏ bị xử phạt vì xả nước thải có độ màu vượt 5 lần quy chuẩn ra kênh Tây.",
            "2023-07-17",
            "provincial",
            ["nfd", "tag_page", "headline_lead", "fine_no_deal", "multiline", "no_event"],
            firms=[f("Dệt nhuộm Hoa Sen Đỏ", "Công ty TNHH")],
            provinces=[pv("Tây Ninh")],
            money=[m(1.2 * B, "VND")],
            events=[],
        ),
    ]
    # --- Theses, journal articles, course papers, reports and document stores (S5 r1, S6 r3, S7 r2 r4, S8 r1 r4, S9 r1,
    # S11 r4, S12 r2, S13 r1, S14 r1, S15 r1 r2 r3, S16 r4, S18 r1 r3 r4; the 123docz journal article filled 8 slots) ---
    rows += [
        h(
            n(),
            "KINH NGHIỆM QUỐC TẾ\nLiên kết chuỗi sợi - dệt - nhuộm ở một số nước Nam Á: Gợi ý cho doanh nghiệp phía Nam\nTRẦN THỊ MỸ HẠNH * LÊ QUANG VINH ** PHẠM NGỌC TRÂM ***",
            "2022-12-05",
            "ministry",
            ["journal_article", "caps_authors", "asterisks", "multiline", "no_event"],
            persons=[per("Trần Thị Mỹ Hạnh", None), per("Lê Quang Vinh", None), per("Phạm Ngọc Trâm", None)],
            events=[],
        ),
        h(
            n(),
            "Một lần tắc cảng hay cước tàu tăng vọt cũng đủ làm đứt chuỗi cung ứng của xưởng may, vì phần lớn vải và phụ liệu vẫn phải nhập.",
            "2022-12-05",
            "ministry",
            ["journal_article", "abstract", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ba nhóm kiến nghị cho doanh nghiệp Việt được rút ra từ cách Ấn Độ, Pakistan và Sri Lanka gom sợi, dệt, nhuộm vào cùng một vùng.",
            "2022-12-05",
            "ministry",
            ["journal_article", "country_list", "count_in_words", "no_event"],
            locations=[country("Ấn Độ"), country("Pakistan"), country("Sri Lanka")],
            events=[],
        ),
        h(
            n(),
            "Theo Sheffi (2005), chuỗi cung ứng bền bỉ là chuỗi hấp thụ được cú sốc rồi hồi phục nhanh; các nghiên cứu sau (Ponis, 2012; Tukamuhabwa và cộng sự, 2015) mở rộng thêm ý này.",
            "2022-12-05",
            "ministry",
            ["journal_article", "citations", "surname_no_person", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG ĐẠI HỌC KINH TẾ TP. HỒ CHÍ MINH\n\nPHAN VĂN HẬU\n\nPHÁT TRIỂN DOANH NGHIỆP PHỤ LIỆU DA GIÀY\nTRÊN ĐỊA BÀN TỈNH BÌNH DƯƠNG ĐẾN NĂM 2020\n\nLUẬN ÁN TIẾN SĨ KINH TẾ\nNGƯỜI HƯỚNG DẪN KHOA HỌC: PGS.TS ĐỖ THỊ KIM LOAN",
            "2012-05-14",
            "ministry",
            ["thesis_cover", "caps", "label_role", "province_in_org_name", "multiline", "no_event"],
            organizations=["Bộ Giáo dục và Đào tạo", "Trường Đại học Kinh tế TP. Hồ Chí Minh"],
            persons=[per("Phan Văn Hậu", None), per("Đỗ Thị Kim Loan", "Người hướng dẫn khoa học")],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (168 trang)\n\nThiết kế hệ thống xử lý nước thải nhuộm công suất 800 m3/ngày đêm cho nhà máy dệt kim ở Khu công nghiệp Nhơn Trạch 2",
            "2019-10-22",
            "ministry",
            ["document_store", "thesis_title", "capacity_no_count", "park", "multiline", "no_event"],
            locations=[park("Khu công nghiệp Nhơn Trạch 2")],
            events=[],
        ),
        h(
            n(),
            "XÂY DỰNG ĐỊNH MỨC CHỈ MAY CHO ÁO POLO DỆT KIM\nBUILDING SEWING THREAD CONSUMPTION NORMS FOR KNITTED POLO SHIRTS\nNguyễn Hoài Thương 1,*, Đặng Quốc Bảo 2",
            "2021-06-30",
            "ministry",
            ["journal_article", "bilingual_title", "authors_with_marks", "multiline", "no_event"],
            persons=[per("Nguyễn Hoài Thương", None), per("Đặng Quốc Bảo", None)],
            events=[],
        ),
        h(
            n(),
            "Nhóm tác giả đo lượng chỉ tiêu hao trên 03 mã áo polo và 02 mã áo thun đang may tại các doanh nghiệp dệt kim ở TP. Hồ Chí Minh.",
            "2021-06-30",
            "ministry",
            ["journal_article", "leading_zero_count", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(3, "mã áo polo"), c(2, "mã áo thun")],
            events=[],
        ),
        h(
            n(),
            "TS. VÕ THỊ NGỌC DIỆP (Giảng viên Khoa Kinh tế quốc tế, Trường Đại học Ngân hàng TP. Hồ Chí Minh)\n\nTÓM TẮT:\nTruy xuất nguồn gốc bông và sợi đang trở thành điều kiện bắt buộc trong hợp đồng của nhiều nhãn hàng châu Âu với nhà cung cấp Việt Nam.",
            "2023-05-18",
            "ministry",
            [
                "journal_article",
                "caps_author",
                "role_in_brackets",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Ngân hàng TP. Hồ Chí Minh"],
            persons=[
                per(
                    "Võ Thị Ngọc Diệp",
                    "Giảng viên Khoa Kinh tế quốc tế, Trường Đại học Ngân hàng TP. Hồ Chí Minh",
                )
            ],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: truy xuất nguồn gốc, dệt may, nhãn hàng, CPTPP, EVFTA.",
            "2023-05-18",
            "ministry",
            ["journal_article", "keywords_line", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cụm công nghiệp là gì? Theo Nghị định 32/2024/NĐ-CP, cụm công nghiệp có diện tích từ 10 ha đến 75 ha, riêng cụm ở huyện miền núi tối thiểu 5 ha.",
            "2024-06-11",
            "ministry",
            ["explainer", "question", "decree", "area_range", "no_event"],
            decisions=[d("32/2024/NĐ-CP")],
            areas=[ha(10), ha(75), ha(5)],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ TP.HỒ CHÍ MINH\nKHOA TÀI CHÍNH\n\nMÔN HỌC: MUA BÁN, SÁP NHẬP VÀ THOÁI VỐN\nĐề tài: Thương vụ M&A trong ngành sợi và dệt may\n\nGiảng viên hướng dẫn: TS. Lâm Thị Ngọc Hà\nNhóm thực hiện: Nhóm 4 – Lớp FN03_K29",
            "2020-11-16",
            "ministry",
            ["course_paper_cover", "label_role", "province_in_org_name", "multiline", "no_event"],
            organizations=["Trường Đại học Kinh tế TP.Hồ Chí Minh"],
            persons=[per("Lâm Thị Ngọc Hà", "Giảng viên hướng dẫn")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "TIỂU LUẬN MÔN HỢP NHẤT VÀ CẤU TRÚC DOANH NGHIỆP\nĐề tài: Các yếu tố quyết định thành bại của một thương vụ mua lại doanh nghiệp dệt\nGiảng viên: ThS. Trịnh Quốc Việt\nHọc viên: Nguyễn Thị Diễm My\nTP Hồ Chí Minh, tháng 5 năm 2022",
            "2022-05-30",
            "ministry",
            ["course_paper_cover", "label_role", "place_date_line", "multiline", "no_event"],
            persons=[per("Trịnh Quốc Việt", "Giảng viên"), per("Nguyễn Thị Diễm My", "Học viên")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\n1.1 Khái niệm mua lại và sáp nhập 02\n1.2 Phân loại M&A theo chiều dọc, chiều ngang 04\n2.1 Thực trạng M&A ngành dệt may Việt Nam giai đoạn 2015 - 2021 25",
            "2022-05-30",
            "ministry",
            ["table_of_contents", "page_numbers_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Garment Sourcing in Vietnam: A Field Study\nfor a Danish knitwear label\nMs. K. Holm, Ms. A. Sorensen\nAarhus, June 2012\n\nUpload: minhthu_88",
            "2014-11-20",
            "ministry",
            [
                "english_copy",
                "report_cover",
                "initials_no_person",
                "username_no_person",
                "english_adjective_no_country",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Runs are small, 400 to 2,500 pieces a style, and each must reach the label's warehouse in Denmark within 75 days of the order.",
            "2014-11-20",
            "ministry",
            ["english_copy", "report_body", "range_count", "in_country", "no_event"],
            quantities=[c(400, "pieces"), c(2500, "pieces")],
            locations=[country("Denmark")],
            events=[],
        ),
        h(
            n(),
            "UNIVERSITY OF ECONOMICS AND LAW\n\nNguyen Hoang Bao Chau\n\nTHE EXPORT FOOTWEAR SUPPLY CHAIN OF LOCAL FIRMS IN BINH DUONG PROVINCE, 2012-2020\n\nECONOMIC MASTER THESIS\nSUPERVISOR: PhD TRAN MINH KHOA\nHO CHI MINH CITY – 2021",
            "2021-09-06",
            "ministry",
            ["english_copy", "thesis_cover", "caps_person", "label_role", "multiline", "no_event"],
            organizations=["University of Economics and Law"],
            persons=[per("Nguyen Hoang Bao Chau", None), per("Tran Minh Khoa", "Supervisor")],
            provinces=[pv("Bình Dương"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "- ODM sportswear and uniform workshop, foreign-owned, in the south.\n- Headcount: about 650 workers now, 900 before COVID.\n- Fabric: mostly woven, bought in China and Korea, part Oeko-Tex certified.",
            "2025-10-09",
            "ministry",
            ["english_copy", "bullet_points", "count", "approx", "country", "multiline", "no_event"],
            quantities=[c(650, "workers", True)],
            locations=[country("China"), country("Korea")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.doc) (92 trang)\n\nĐánh giá hiệu quả xử lý nước thải tại nhà máy wash jean của Công ty CP Thời trang Gia Phú và đề xuất nâng công suất lên 1.600 m3/ngày\n\nLỜI CAM ĐOAN\nTôi xin cam đoan khóa luận là của riêng tôi.",
            "2018-07-02",
            "ministry",
            ["document_store", "thesis_title", "firm_in_title", "capacity_no_count", "multiline", "no_event"],
            firms=[f("Thời trang Gia Phú", "Công ty CP")],
            events=[],
        ),
    ]
    # --- Vietnamese news and features (S1 r1 r2, S2 r1, S3 r2, S4 r1 r2 (French, rendered here in Vietnamese), S5 r4,
    # S8 r2 r3, S9 r4, S10 r1 r2 r4, S11 r1 r2, S12 r4, S13 r2 r4, S14 r2 r3, S16 r3, S17 r2) ---
    rows += [
        # S1 r1: a park developer leases land to a foreign yarn and trims maker
        h(
            n(),
            "32 ha trong KCN Tân Bình 2 (Bình Dương) sẽ là nơi Tập đoàn Dệt Daewon (Hàn Quốc) đặt nhà máy nhuộm vải và dệt nhãn, theo hợp đồng thuê đất vừa ký với Công ty CP Phát triển KCN Sông Bé Xanh.",
            "2024-05-22",
            "provincial",
            [
                "land_lease_cooperation",
                "tenant_first_text_lessor_first_gold",
                "park_province_bracket",
                "country",
                "area",
            ],
            firms=[f("Phát triển KCN Sông Bé Xanh", "Công ty CP"), f("Dệt Daewon", "Tập đoàn")],
            provinces=[pv("Bình Dương")],
            areas=[ha(32)],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Tân Bình 2")],
            deals=[deal("cooperation", ["Phát triển KCN Sông Bé Xanh", "Dệt Daewon"], None, HCM)],
            events=[
                ev(
                    "cooperation",
                    [F("Phát triển KCN Sông Bé Xanh"), F("Dệt Daewon")],
                    None,
                    None,
                    HCM,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Khoảng 90 triệu USD sẽ được Daewon dồn vào nhà máy, nơi mỗi năm làm ra chừng 40 triệu mét vải và 1,5 tỷ chiếc nhãn dệt.",
            "2024-05-22",
            "provincial",
            ["tenant_plant_future_spend", "short_name", "approx", "capacity_no_count"],
            firms=[f("Daewon")],
            money=[m(90 * M, "USD", approx=True)],
            deals=[deal("investment", ["Daewon"], 90 * M)],
            events=[ev("investment_announcement", [F("Daewon")], 90 * M, "USD", None, "announced")],
        ),
        # S1 r2: a joint groundbreaking of a Hong Kong group and a local developer, told by a government portal
        h(
            n(),
            "Khởi công nhà máy dệt kim 95 triệu USD ở Bình Dương\n(Chinhphu.vn) - Công ty TNHH Dệt Hoa Thịnh (Hồng Kông) và Công ty CP Đầu tư Hạ tầng Nam Tân Uyên cùng bỏ vốn cho dự án, khởi công sáng 12/3.",
            "2015-03-13",
            "provincial",
            [
                "headline_lead",
                "source_prefix",
                "groundbreaking",
                "consortium_one_deal",
                "country",
                "deal_date",
                "multiline",
            ],
            firms=[f("Dệt Hoa Thịnh", "Công ty TNHH"), f("Đầu tư Hạ tầng Nam Tân Uyên", "Công ty CP")],
            provinces=[pv("Bình Dương")],
            money=[m(95 * M, "USD")],
            locations=[country("Hồng Kông")],
            deals=[
                deal(
                    "groundbreaking",
                    ["Dệt Hoa Thịnh", "Đầu tư Hạ tầng Nam Tân Uyên"],
                    95 * M,
                    HCM,
                    "2015-03-12",
                )
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Dệt Hoa Thịnh"), F("Đầu tư Hạ tầng Nam Tân Uyên")],
                    95 * M,
                    "USD",
                    HCM,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Các đại biểu nhấn nút khởi công dự án. Ảnh: VGP/Thanh Hương",
            "2015-03-13",
            "provincial",
            ["caption", "agency_credit_person", "no_event"],
            persons=[per("Thanh Hương", None)],
            events=[],
        ),
        h(
            n(),
            "Hai giai đoạn của nhà máy sẽ nâng công suất từ 18 triệu lên 40 triệu mét vải/năm trên 9,5 ha ở KCN Nam Tân Uyên mở rộng; khi chạy đủ cần khoảng 2.400 lao động.",
            "2015-03-13",
            "provincial",
            ["area", "park", "capacity_no_count", "count", "approx", "no_event"],
            areas=[ha(9.5)],
            quantities=[c(2400, "lao động", True)],
            locations=[park("Khu công nghiệp Nam Tân Uyên mở rộng")],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND tỉnh Bình Dương Trần Văn Lộc đề nghị chủ đầu tư làm xong trạm xử lý nước thải trước khi chạy dây chuyền nhuộm.",
            "2015-03-13",
            "provincial",
            ["nfd", "person_role_before", "request", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Bình Dương"],
            persons=[per("Trần Văn Lộc", "Phó Chủ tịch UBND tỉnh Bình Dương")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 250 ha ở KCN Bàu Bàng được tỉnh để riêng cho phụ trợ dệt may, da giày, phần lớn đã có chủ.\nfunction PrintPopup() { window.open('/Utilities/PrintView.aspx?distributionid=318842', '', 'width = 890'); }",
            "2015-03-13",
            "provincial",
            ["area", "approx", "park", "script_junk", "multiline", "no_event"],
            areas=[ha(250, True)],
            locations=[park("Khu công nghiệp Bàu Bàng")],
            events=[],
        ),
        # S2 r1: a committee's approval of a coloured-yarn plant
        h(
            n(),
            "Long An đón nhà máy sợi màu 74 triệu USD của nhà đầu tư Đài Loan\n\nCông ty TNHH Sợi Tân Vĩnh Hưng (Đài Loan) vừa được UBND tỉnh Long An đồng ý về nguyên tắc cho làm nhà máy nhuộm bông, kéo sợi màu rộng 11,6 ha ở KCN Phú An Thạnh (huyện Bến Lức).",
            "2016-08-04",
            "provincial",
            [
                "nfd",
                "headline_lead",
                "approval_in_principle_licence",
                "headline_amount",
                "country",
                "area",
                "district",
                "multiline",
            ],
            firms=[f("Sợi Tân Vĩnh Hưng", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân tỉnh Long An"],
            provinces=[pv("Long An")],
            money=[m(74 * M, "USD")],
            areas=[ha(11.6)],
            locations=[country("Đài Loan"), park("Khu công nghiệp Phú An Thạnh"), district("huyện Bến Lức")],
            deals=[deal("investment", ["Sợi Tân Vĩnh Hưng"], 74 * M, TNi)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Long An"), F("Sợi Tân Vĩnh Hưng")],
                    74 * M,
                    "USD",
                    TNi,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Ban Quản lý Khu kinh tế tỉnh Long An được giao đi cùng doanh nghiệp qua các bước môi trường và xây dựng; sợi làm ra chủ yếu bán cho xưởng dệt kim trong nước.\n\nTin bài liên quan",
            "2016-08-04",
            "provincial",
            ["province_in_org_name", "related_footer", "multiline", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Long An"],
            provinces=[pv("Long An")],
            events=[],
        ),
        # S3 r2: a photo page on a weaving-mill groundbreaking (the firm's legal name and the mill's brand differ)
        h(
            n(),
            "Tây Ninh khởi công nhà máy dệt Thuanphatex\n\nTrong ảnh: Các đại biểu làm nghi thức động thổ nhà máy. Ảnh: Nguyễn Văn Sơn - TTXVN",
            "2022-05-18",
            "provincial",
            [
                "photo_page",
                "headline_plant_brand_only",
                "caption",
                "agency_credit_person",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Tây Ninh")],
            persons=[per("Nguyễn Văn Sơn", None)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy dệt Thuanphatex của Công ty CP Dệt Thuận Phát được động thổ ngày 18/5/2022 ở KCN Phước Đông (Tây Ninh): 3,2 ha, vốn gần 420 tỷ đồng (khoảng 18 triệu USD).",
            "2022-05-18",
            "provincial",
            [
                "groundbreaking_passive",
                "plant_brand_vs_legal_name",
                "park_province_bracket",
                "two_currencies",
                "approx",
                "area",
                "deal_date",
            ],
            firms=[f("Dệt Thuận Phát", "Công ty CP")],
            provinces=[pv("Tây Ninh")],
            money=[m(420 * B, "VND", approx=True), m(18 * M, "USD", approx=True)],
            areas=[ha(3.2)],
            locations=[park("Khu công nghiệp Phước Đông")],
            deals=[deal("groundbreaking", ["Dệt Thuận Phát"], 420 * B, TNi, "2022-05-18")],
            events=[ev("groundbreaking", [F("Dệt Thuận Phát")], 420 * B, "VND", TNi, "started")],
        ),
        h(
            n(),
            "Xưởng chỉ dệt thoi, không nhuộm; toàn bộ 24 triệu m2 vải mỗi năm sẽ xuất đi Hàn Quốc và Nhật Bản, sau 8 tháng xây dựng.",
            "2022-05-18",
            "provincial",
            ["capacity_no_count", "duration_no_count", "country", "no_event"],
            locations=[country("Hàn Quốc"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Sáu dự án đã vào các KCN của tỉnh từ đầu năm, 4 trong số đó là FDI với 512,4 triệu USD, còn 2 dự án trong nước tổng 58 tỷ đồng, theo ông Lâm Quốc Trung, Trưởng Ban Quản lý Khu kinh tế tỉnh Tây Ninh.",
            "2022-05-18",
            "provincial",
            ["person_role_after", "statistics", "count", "count_in_words", "count_without_noun", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Tây Ninh"],
            persons=[per("Lâm Quốc Trung", "Trưởng Ban Quản lý Khu kinh tế tỉnh Tây Ninh")],
            provinces=[pv("Tây Ninh")],
            money=[m(512.4 * M, "USD"), m(58 * B, "VND")],
            quantities=[c(2, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 41.000 lao động đang làm việc tại 402 dự án của tỉnh (297 dự án FDI, 105 dự án trong nước), với gần 8,9 tỷ USD và hơn 21.000 tỷ đồng vốn đăng ký tính đến cuối tháng 4/2022./.",
            "2022-05-18",
            "provincial",
            ["cumulative_total", "count", "approx", "no_event"],
            money=[m(8.9 * B, "USD", approx=True), m(21000 * B, "VND", approx=True)],
            quantities=[c(402, "dự án"), c(297, "dự án"), c(105, "dự án"), c(41000, "lao động", True)],
            events=[],
        ),
        # S4 r1 r2 (French VNA, rendered here in Vietnamese): a Taiwanese group's second plant in Đồng Nai
        h(
            n(),
            "Nhà máy vải không dệt thứ hai của Tập đoàn Hsin Yuan (Đài Loan) ở Đồng Nai đã được động thổ: 9 ha, hơn 16 triệu USD, công suất 6.800 tấn/năm từ cuối năm 2016.",
            "2015-07-09",
            "provincial",
            ["machine_translated", "groundbreaking_passive", "country", "approx", "area", "tonnage_no_count"],
            firms=[f("Hsin Yuan", "Tập đoàn")],
            provinces=[pv("Đồng Nai")],
            money=[m(16 * M, "USD", approx=True)],
            areas=[ha(9)],
            locations=[country("Đài Loan")],
            deals=[deal("groundbreaking", ["Hsin Yuan"], 16 * M, DNai)],
            events=[ev("groundbreaking", [F("Hsin Yuan")], 16 * M, "USD", DNai, "started")],
        ),
        h(
            n(),
            "Nhà máy đầu tiên 11 triệu USD của Hsin Yuan ở Đồng Nai đã chạy từ năm 2007, một năm sau khi tập đoàn vào Việt Nam.",
            "2015-07-09",
            "provincial",
            ["nfd", "machine_translated", "recalled_investment", "possessive_plant", "short_name"],
            firms=[f("Hsin Yuan")],
            provinces=[pv("Đồng Nai")],
            money=[m(11 * M, "USD")],
            deals=[deal("investment", ["Hsin Yuan"], 11 * M, DNai)],
            events=[],
        ),
        h(
            n(),
            "Với 301 dự án còn hiệu lực và hơn 5,1 tỷ USD vốn đăng ký, Đài Loan đứng đầu các nhà đầu tư ngoại ở Đồng Nai. -VNA",
            "2015-07-09",
            "provincial",
            ["machine_translated", "statistics", "country", "agency_tag", "count", "approx", "no_event"],
            provinces=[pv("Đồng Nai")],
            money=[m(5.1 * B, "USD", approx=True)],
            quantities=[c(301, "dự án")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        # S5 r4: an export-processing zone's wastewater page
        h(
            n(),
            "Trạm xử lý nước thải\n\nXưởng nhuộm, xưởng may trong Khu chế xuất Linh Trung 2 phải tự xử lý nước thải tới loại B trước khi đấu nối vào trạm chung.",
            "2021-02-01",
            "ministry",
            ["service_page", "park", "multiline", "no_event"],
            locations=[park("Khu chế xuất Linh Trung 2")],
            events=[],
        ),
        # S8 r2, S13 r2, S14 r2: a blog on localisation and rules of origin
        h(
            n(),
            "Xuất 37,5 tỉ USD hàng dệt may năm 2022 nhưng nhập tới 23,8 tỉ USD nguyên phụ liệu, ngành mới tự lo được chừng 47% đầu vào.",
            "2023-02-14",
            "ministry",
            ["blog", "percentage", "approx", "no_event"],
            percentages=[47],
            money=[m(37.5 * B, "USD"), m(23.8 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Muốn hưởng thuế ưu đãi vào EU, áo sơ mi phải may từ vải dệt ở Việt Nam, ở EU hay ở nước đã có FTA với EU như Hàn Quốc; vào thị trường CPTPP thì khó hơn, vì cả sợi cũng phải làm trong khối.",
            "2023-02-14",
            "ministry",
            ["blog", "rules_of_origin", "eu_no_country", "country", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        # S8 r3, S14 r3: an association official's one-line quote
        h(
            n(),
            "Theo ông Lê Hồng Phúc, Phó Chủ tịch Hiệp hội Dệt may Việt Nam, một đơn hàng xuất khẩu giờ phải qua tới 90 tiêu chí, trong đó truy xuất nguồn bông và an toàn hoá chất là khó nhất.",
            "2024-11-19",
            "provincial",
            ["nfd", "old_tone", "person_role_after", "association", "count", "traceability", "no_event"],
            organizations=["Hiệp hội Dệt may Việt Nam"],
            persons=[per("Lê Hồng Phúc", "Phó Chủ tịch Hiệp hội Dệt may Việt Nam")],
            quantities=[c(90, "tiêu chí")],
            events=[],
        ),
        # S9 r4: a seminar on green criteria and lost orders
        h(
            n(),
            'Mất đơn vì chưa "xanh" là chuyện nhiều chủ xưởng may, da giày kể tại hội thảo Hội Doanh nghiệp hàng Việt Nam chất lượng cao tổ chức ở TP.HCM ngày 14/6.',
            "2024-06-15",
            "provincial",
            ["seminar", "association", "lost_orders", "no_event"],
            organizations=["Hội Doanh nghiệp hàng Việt Nam chất lượng cao"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Một chuyên gia kiểm định cho biết nhiều nhãn hàng châu Âu nay đòi nhà cung cấp vải công bố lượng nước, điện và hóa chất trên từng mét vải trước khi ký đơn mới.",
            "2024-06-15",
            "provincial",
            ["seminar", "unnamed_speaker", "traceability", "no_event"],
            events=[],
        ),
        # S10 r1: a Vinatex yarn mill with a related-links list
        h(
            n(),
            "- Doanh nghiệp Bình Dương tìm mặt bằng ở KCN Thành Thành Công (Tây Ninh)\n- Nhãn mác Lindqvist Labels và Tập đoàn Hằng Phú cùng rót 4,2 triệu USD làm xưởng may\n- Giá điện tăng, xưởng nhuộm tính chuyện điện mặt trời",
            "2016-06-27",
            "ministry",
            [
                "related_links",
                "joint_investment_headline",
                "consortium_one_deal",
                "park_province_bracket",
                "multiline",
            ],
            firms=[f("Lindqvist Labels"), f("Hằng Phú", "Tập đoàn")],
            provinces=[pv("Bình Dương"), pv("Tây Ninh")],
            money=[m(4.2 * M, "USD")],
            locations=[park("Khu công nghiệp Thành Thành Công")],
            deals=[deal("investment", ["Lindqvist Labels", "Hằng Phú"], 4.2 * M)],
            events=[
                ev(
                    "joint_venture",
                    [F("Lindqvist Labels"), F("Hằng Phú")],
                    4.2 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Gần 480 tỷ đồng đã được dành cho Nhà máy sợi Định Quán, động thổ từ tháng 3/2016 trong Cụm công nghiệp Phú Túc, huyện Định Quán (Đồng Nai).",
            "2016-06-27",
            "ministry",
            ["plant_name_only", "recalled_groundbreaking_month", "district", "approx", "no_event"],
            provinces=[pv("Đồng Nai")],
            money=[m(480 * B, "VND", approx=True)],
            locations=[park("Cụm công nghiệp Phú Túc"), district("huyện Định Quán")],
            events=[],
        ),
        h(
            n(),
            "Sợi chải kỹ của Nhà máy sợi Định Quán, khoảng 5.600 tấn mỗi năm, sẽ đi thẳng vào các xưởng dệt của Vinatex. |",
            "2016-06-27",
            "ministry",
            ["caption", "internal_supply_no_contract", "tonnage_no_count", "no_event"],
            firms=[f("Vinatex")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền chải, ghép, kéo sợi mua từ Nhật Bản và Thụy Sĩ, tự động hoá gần như toàn bộ.",
            "2016-06-27",
            "ministry",
            ["old_tone", "country", "no_event"],
            locations=[country("Nhật Bản"), country("Thụy Sĩ")],
            events=[],
        ),
        h(
            n(),
            "Vinatex xếp nhà máy vào nhóm dự án chủ động nguyên liệu để hưởng thuế ưu đãi khi CPTPP và Hiệp định thương mại tự do Việt Nam - EU có hiệu lực.",
            "2016-06-27",
            "ministry",
            ["nfd", "programme_no_deal", "no_event"],
            firms=[f("Vinatex")],
            events=[],
        ),
        # S10 r2: a forum repost of a state-group member's investment programme
        h(
            n(),
            "Hơn 1.200 tỷ đồng là số tiền Tổng công ty CP Dệt Phước Long, thành viên Vinatex, đã chi cho các dự án trọng điểm trong năm 2016.",
            "2017-01-09",
            "provincial",
            ["forum_repost", "amount_first_recalled_spending", "parent_mention", "approx"],
            firms=[f("Dệt Phước Long", "Tổng công ty CP"), f("Vinatex")],
            money=[m(1200 * B, "VND", approx=True)],
            deals=[deal("investment", ["Dệt Phước Long"], 1200 * B)],
            events=[],
        ),
        h(
            n(),
            "Dự án lớn nhất là xưởng vải dệt kim 310 tỷ đồng mà Phước Long đang dựng ở Nhơn Trạch (Đồng Nai), chạy máy từ quý II/2017.",
            "2017-01-09",
            "provincial",
            ["forum_repost", "short_name", "plant_under_construction", "province_bracket"],
            firms=[f("Phước Long")],
            provinces=[pv("Đồng Nai")],
            money=[m(310 * B, "VND")],
            deals=[deal("investment", ["Phước Long"], 310 * B, DNai)],
            events=[ev("investment_announcement", [F("Phước Long")], 310 * B, "VND", DNai, "announced")],
        ),
        h(
            n(),
            "Cùng lúc, một dây chuyền nhuộm denim 640 tỷ đồng và xưởng in khăn ở TP.HCM chừng 40 tỷ đồng cũng đang lắp máy…",
            "2017-01-09",
            "provincial",
            ["forum_repost", "verbless_project_lines", "no_firm", "approx", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(640 * B, "VND"), m(40 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Mục tiêu 800 triệu USD doanh thu năm 2020 dựa cả vào các dây chuyền mới này, ông Đoàn Minh Trí, Tổng giám đốc Phước Long, nói.",
            "2017-01-09",
            "provincial",
            ["person_role_after", "short_name_in_role", "target_no_deal", "no_event"],
            firms=[f("Phước Long")],
            persons=[per("Đoàn Minh Trí", "Tổng giám đốc Phước Long")],
            money=[m(800 * M, "USD")],
            events=[],
        ),
        # S10 r4: a corporate history page
        h(
            n(),
            "Liên doanh chỉ may với Tập đoàn Ashford (Anh), lập năm 1991, là mảng Dệt Phước Long tự hào nhất: chỉ của nó có mặt ở hầu hết xưởng may phía Nam.",
            "2014-10-14",
            "provincial",
            ["company_history", "recalled_joint_venture", "partner_first", "country"],
            firms=[f("Dệt Phước Long"), f("Ashford", "Tập đoàn")],
            locations=[country("Anh")],
            deals=[deal("cooperation", ["Dệt Phước Long", "Ashford"])],
            events=[],
        ),
        h(
            n(),
            "Công ty lớn lên từ một xưởng dệt khăn lập năm 1962 ở Thủ Đức.",
            "2014-10-14",
            "provincial",
            ["company_history", "no_event"],
            events=[],
        ),
        # S11 r1: an FDI feature with related links
        h(
            n(),
            "(KTSG Online) - Vốn ngoại cam kết nửa đầu năm chỉ khoảng 12,8 tỉ đô la Mỹ, thấp hơn 3,1% cùng kỳ.\n- Đông Nam bộ hút 38 trên mỗi 100 đô la vốn FDI",
            "2023-07-28",
            "provincial",
            [
                "nfd",
                "source_prefix",
                "statistics",
                "dollar_words",
                "related_link",
                "approx",
                "multiline",
                "no_event",
            ],
            money=[m(12.8 * B, "USD", approx=True)],
            percentages=[3.1],
            events=[],
        ),
        # S11 r2: a park board leasing land to two new investors
        h(
            n(),
            "Hai nhà đầu tư mới vừa nhận đất thuê từ Ban Quản lý KCN Tân Đông Hiệp B: 12.400 m2 cho xưởng cúc, khóa kéo của Công ty TNHH Nút áo Marlow (Anh) và 6.850 m2 cho dây chuyền ép đế cao su của Công ty TNHH Đế giày Seohan (Hàn Quốc).",
            "2023-12-04",
            "provincial",
            ["park_board_lease", "two_leases", "m2_to_ha", "country", "park_in_org_name"],
            firms=[f("Nút áo Marlow", "Công ty TNHH"), f("Đế giày Seohan", "Công ty TNHH")],
            organizations=["Ban Quản lý Khu công nghiệp Tân Đông Hiệp B"],
            areas=[ha(1.24), ha(0.685)],
            locations=[country("Anh"), country("Hàn Quốc")],
            events=[
                ev(
                    "cooperation",
                    [G("Ban Quản lý KCN Tân Đông Hiệp B"), F("Nút áo Marlow")],
                    None,
                    None,
                    None,
                    "signed",
                ),
                ev(
                    "cooperation",
                    [G("Ban Quản lý KCN Tân Đông Hiệp B"), F("Đế giày Seohan")],
                    None,
                    None,
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            n(),
            "Công ty TNHH Phụ liệu Minh Trí cũng xin thuê thêm 3.100 m2 cho xưởng dệt nhãn. Hiện 64 dự án đã vào khu, vốn đăng ký khoảng 231 triệu USD, đã giải ngân 118,6 triệu USD.\nHoài Thu",
            "2023-12-04",
            "provincial",
            ["registration_no_event", "m2_to_ha", "count", "approx", "byline", "multiline", "no_event"],
            firms=[f("Phụ liệu Minh Trí", "Công ty TNHH")],
            persons=[per("Hoài Thu", None)],
            money=[m(231 * M, "USD", approx=True), m(118.6 * M, "USD")],
            areas=[ha(0.31)],
            quantities=[c(64, "dự án")],
            events=[],
        ),
        # S12 r4: a magazine feature on a recycled-yarn maker and its US supplier
        h(
            n(),
            "Sợi Phương Nam: từ chai nhựa bỏ đi đến áo thi đấu của các nhãn thể thao",
            "2024-04-16",
            "ministry",
            ["headline_only", "brand_short_name", "no_event"],
            firms=[f("Sợi Phương Nam")],
            events=[],
        ),
        h(
            n(),
            "Hạt nhựa tái chế của Sợi Phương Nam đến từ Tập đoàn Carolina Polymers (Mỹ), hãng hiếm khi bán hạt cho xưởng sợi nhỏ ở châu Á.",
            "2024-04-16",
            "ministry",
            ["supplier_no_contract", "country"],
            firms=[f("Sợi Phương Nam"), f("Carolina Polymers", "Tập đoàn")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Ông Lý Quốc Hưng, Tổng giám đốc Sợi Phương Nam, kể công ty được chọn vì đã làm sợi xanh ngay từ năm đầu tiên ở Tây Ninh.",
            "2024-04-16",
            "ministry",
            ["person_role_after", "no_event"],
            firms=[f("Sợi Phương Nam")],
            persons=[per("Lý Quốc Hưng", "Tổng giám đốc Sợi Phương Nam")],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Mỗi cuộn sợi xuất xưởng đều kèm mã truy xuất để nhãn hàng kiểm tra tỷ lệ nhựa tái chế, thường từ 50% đến 100%.",
            "2024-04-16",
            "ministry",
            ["traceability", "range_percentage", "no_event"],
            percentages=[50, 100],
            events=[],
        ),
        # S13 r4: a feature on supporting-industry policy
        h(
            n(),
            "Công nghiệp chế biến, chế tạo của Việt Nam mới đóng góp khoảng 24% GDP, trong khi con số này ở Thái Lan là 27% và ở Hàn Quốc gần 28%.",
            "2022-06-09",
            "ministry",
            ["feature", "percentage", "country", "no_event"],
            percentages=[24, 27, 28],
            locations=[country("Thái Lan"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khoa học công nghệ ngành Công Thương\n\nThứ ba, 14/05/2024 | 09:12\n\nPhát triển công nghiệp hỗ trợ dệt may: cần cách làm mới",
            "2024-05-14",
            "ministry",
            ["nfd", "site_header", "timestamp_line", "headline_only", "multiline", "no_event"],
            events=[],
        ),
        # S16 r3: a licence round with its project lines
        h(
            n(),
            "Bà Rịa - Vũng Tàu trao giấy chứng nhận cho 11 dự án đầu năm\nThanh Tâm\n08/04/2024 9:15 AM (GMT+7)\nSáng 8/4, lãnh đạo tỉnh Bà Rịa - Vũng Tàu trao quyết định chủ trương, giấy chứng nhận đầu tư hoặc điều chỉnh tăng vốn cho 11 dự án tại hội nghị xúc tiến đầu tư.",
            "2024-04-08",
            "provincial",
            [
                "headline_lead",
                "byline",
                "timestamp_line",
                "licence_round_count",
                "count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            persons=[per("Thanh Tâm", None)],
            quantities=[c(11, "dự án"), c(11, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Trong số dự án FDI có nhà máy xơ polyester tái chế của Công ty TNHH Hưng Nghiệp Fiber (Đài Loan, Trung Quốc) vốn 138 triệu USD, công suất thiết kế khoảng 90.000 tấn/năm.",
            "2024-04-08",
            "provincial",
            ["round_line_no_verb", "country_bracket_pair", "tonnage_no_count"],
            firms=[f("Hưng Nghiệp Fiber", "Công ty TNHH")],
            money=[m(138 * M, "USD")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Hưng Nghiệp Fiber"], 138 * M)],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Dệt Kosen (Hàn Quốc) được tăng vốn thêm 36 triệu USD cho nhà máy sợi spandex ở KCN Phú Mỹ 3, tỉnh Bà Rịa - Vũng Tàu.",
            "2024-04-08",
            "provincial",
            ["round_line_passive_verb", "capital_increase_licence", "country", "park"],
            firms=[f("Dệt Kosen", "Tập đoàn")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(36 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Phú Mỹ 3")],
            deals=[deal("investment", ["Dệt Kosen"], 36 * M, HCM)],
            events=[ev("investment_licence", [F("Dệt Kosen")], 36 * M, "USD", HCM, "licensed")],
        ),
        h(
            n(),
            "Các dự án trong nước gồm nhà máy nhuộm hoàn tất của Công ty CP Dệt Long Sơn tại KCN Châu Đức vốn 460 tỷ đồng; kho phụ liệu may 95 tỷ đồng và khu lưu trú công nhân 1.650 tỷ đồng.",
            "2024-04-08",
            "provincial",
            ["round_line_no_verb", "project_list", "park"],
            firms=[f("Dệt Long Sơn", "Công ty CP")],
            money=[m(460 * B, "VND"), m(95 * B, "VND"), m(1650 * B, "VND")],
            locations=[park("Khu công nghiệp Châu Đức")],
            deals=[deal("investment", ["Dệt Long Sơn"], 460 * B)],
            events=[],
        ),
        # S17 r2: a Malaysian dye-chemicals plant starts operation
        h(
            n(),
            "Nhà máy trợ nhuộm và hóa chất thuộc da 3,4 triệu USD của Warna Kimia (Malaysia) ở KCN Tân Kim (Long An) đã chạy máy từ giữa tháng 11; đây là nhà đầu tư thứ 31 trong số 57 doanh nghiệp của khu.",
            "2014-11-28",
            "provincial",
            [
                "inauguration_with_capital",
                "bare_foreign_name",
                "country",
                "park_province_bracket",
                "ordinal_no_count",
                "count",
            ],
            firms=[f("Warna Kimia")],
            provinces=[pv("Long An")],
            money=[m(3.4 * M, "USD")],
            quantities=[c(57, "doanh nghiệp")],
            locations=[country("Malaysia"), park("Khu công nghiệp Tân Kim")],
            deals=[deal("investment", ["Warna Kimia"], 3.4 * M, TNi)],
            events=[ev("inauguration", [F("Warna Kimia")], 3.4 * M, "USD", TNi, "completed")],
        ),
        h(
            n(),
            "Xưởng rộng 8.000 m2, gồm kho hóa chất, dây chuyền pha trộn và phòng thử màu phục vụ các nhà máy nhuộm, thuộc da ở Long An, TP.HCM.",
            "2014-11-28",
            "provincial",
            ["m2_to_ha", "province_list", "no_event"],
            provinces=[pv("Long An"), pv("Hồ Chí Minh")],
            areas=[ha(0.8)],
            events=[],
        ),
    ]
    # --- English copy (S3 r3 r4, S12 r3, S17 r1 r4, S19 r1 r2 r3 r4, S20 r2 r3 r4) ---
    rows += [
        # S3 r3: VietnamPlus on the weaving mill, named by its brand
        h(
            n(),
            "Tay Ninh weaving mill of 18 million USD breaks ground\nAn 18-million-USD weaving mill of Thuanphatex JSC went into construction on May 18 at Phuoc Dong Industrial Park, Tay Ninh province.",
            "2022-05-19",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "groundbreaking",
                "possessive_firm",
                "brand_name_as_firm",
                "english_park_no_location",
                "deal_date",
                "multiline",
            ],
            firms=[f("Thuanphatex", "JSC")],
            provinces=[pv("Tây Ninh")],
            money=[m(18 * M, "USD")],
            deals=[deal("groundbreaking", ["Thuanphatex"], 18 * M, TNi, "2022-05-18")],
            events=[ev("groundbreaking", [F("Thuanphatex")], 18 * M, "USD", TNi, "started")],
        ),
        h(
            n(),
            "Six projects have come to local parks since January, four of them foreign ones worth 512.4 million USD, according to Lam Quoc Trung, head of the Tay Ninh Economic Zone Authority.",
            "2022-05-19",
            "ministry",
            ["english_copy", "person_role_after", "count_in_words", "no_event"],
            organizations=["Tay Ninh Economic Zone Authority"],
            persons=[per("Lam Quoc Trung", "head of the Tay Ninh Economic Zone Authority")],
            provinces=[pv("Tây Ninh")],
            money=[m(512.4 * M, "USD")],
            events=[],
        ),
        # S3 r4: VNS copy of the same groundbreaking
        h(
            n(),
            "TÂY NINH – Construction of a US$18 million mill that will weave 2,400 tonnes of export fabric a year got under way on Wednesday at Phước Đông Industrial Park, with Thuận Phát Textile JSC as investor.",
            "2022-05-20",
            "ministry",
            [
                "english_copy",
                "dateline",
                "groundbreaking_passive",
                "investor_named_after",
                "weekday_no_date",
                "tonnage_no_count",
                "english_park_no_location",
            ],
            firms=[f("Thuận Phát Textile", "JSC")],
            provinces=[pv("Tây Ninh")],
            money=[m(18 * M, "USD")],
            deals=[deal("groundbreaking", ["Thuận Phát Textile"], 18 * M, TNi)],
            events=[ev("groundbreaking", [F("Thuận Phát Textile")], 18 * M, "USD", TNi, "started")],
        ),
        h(
            n(),
            "The groundbreaking ceremony. — VNA/VNS Photo Văn Sơn",
            "2022-05-20",
            "ministry",
            ["english_copy", "caption", "photo_credit_person", "no_event"],
            persons=[per("Văn Sơn", None)],
            events=[],
        ),
        h(
            n(),
            "Some 41,000 people now work in the province's 402 investment projects, 297 of them foreign-invested, whose registered capital tops $8.9 billion, it said. — VNS",
            "2022-05-20",
            "ministry",
            ["english_copy", "cumulative_total", "count", "approx", "agency_tag", "no_event"],
            money=[m(8.9 * B, "USD", approx=True)],
            quantities=[c(41000, "people", True), c(402, "investment projects")],
            events=[],
        ),
        # S12 r3: a trade site on a polyester plant and its owners
        h(
            n(),
            "PetroTex Holdings holds 76 per cent of the Nhon Trach polyester plant and garment group Saigon Textile Corp the other 24 per cent; the plant aims to double filament yarn output to 60,000 tonnes by December.",
            "2019-03-25",
            "ministry",
            ["english_copy", "shareholding_no_deal", "percentage", "tonnage_no_count", "no_event"],
            firms=[f("PetroTex Holdings"), f("Saigon Textile", "Corp")],
            percentages=[76, 24],
            events=[],
        ),
        h(
            n(),
            "Local fibre from the plant should cut imports by some $350 million a year once its 150,000-tonne line runs full.",
            "2019-03-25",
            "ministry",
            ["english_copy", "tonnage_no_count", "money_per_year", "approx", "no_event"],
            money=[m(350 * M, "USD", "year", approx=True)],
            events=[],
        ),
        h(
            n(),
            "The lines came from Germany's Lurgitex, company director Hoang Minh Duc said, and the first batches passed international tests for weaving and dyeing.",
            "2019-03-25",
            "ministry",
            ["english_copy", "role_before_name", "supplier_no_contract", "possessive_country"],
            firms=[f("Lurgitex")],
            persons=[per("Hoang Minh Duc", "company director")],
            locations=[country("Germany")],
            events=[],
        ),
        h(
            n(),
            "About 65 per cent of the fibre and yarn the industry uses is still shipped in, most of it from China, according to the trade ministry.",
            "2019-03-25",
            "ministry",
            ["english_copy", "percentage", "from_country", "no_event"],
            percentages=[65],
            locations=[country("China")],
            events=[],
        ),
        # S17 r1: a trade magazine's licence brief
        h(
            n(),
            "Taiwanese yarn project approved in Long An\n\nAn investment certificate for a US$46m yarn-dyeing mill at Tan Kim Industrial Park in Long An Province has gone to Taiwan's Chia Hsin Textile.",
            "2015-08-12",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "licence_no_grantor",
                "licence_passive",
                "possessive_country",
                "english_park_no_location",
                "multiline",
            ],
            firms=[f("Chia Hsin Textile")],
            provinces=[pv("Long An")],
            money=[m(46 * M, "USD")],
            locations=[country("Taiwan")],
            deals=[deal("investment", ["Chia Hsin Textile"], 46 * M, TNi)],
            events=[ev("investment_licence", [F("Chia Hsin Textile")], 46 * M, "USD", TNi, "licensed")],
        ),
        h(
            n(),
            "Building began in July on the 6.5 ha site in Can Giuoc District, with the first dyed yarn, some 14,000 tonnes a year at full run, due in the spring.",
            "2015-08-12",
            "ministry",
            [
                "english_copy",
                "area",
                "english_district_no_location",
                "recalled_start_month",
                "tonnage_no_count",
                "no_event",
            ],
            areas=[ha(6.5)],
            events=[],
        ),
        # S17 r4: a blog on an economic-zone authority's licence
        h(
            n(),
            "Singapore-based Orchid Textile Holdings, the money behind the Luma Apparel Vietnam garment plant, has received its investment certificate from the Tay Ninh Economic Zone Authority.",
            "2025-08-21",
            "ministry",
            ["english_copy", "licence_with_authority", "project_company_mention", "based_country"],
            firms=[f("Luma Apparel"), f("Orchid Textile Holdings")],
            organizations=["Tay Ninh Economic Zone Authority"],
            provinces=[pv("Tây Ninh")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Orchid Textile Holdings"], None, TNi)],
            events=[
                ev(
                    "investment_licence",
                    [G("Tay Ninh Economic Zone Authority"), F("Orchid Textile Holdings")],
                    None,
                    None,
                    TNi,
                    "licensed",
                )
            ],
        ),
        # S19 r1: an English wire feature on footwear relocation
        h(
            n(),
            "VietNamNet Bridge – Sole and upper makers in the south say the wave of foreign shoe brands arriving has yet to reach their order books.",
            "2014-05-06",
            "ministry",
            ["english_copy", "source_prefix", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trailmark Footwear, a US-based brand, is still deciding whether to move its sole lines out of China; Vietnam's lower wages are the main draw, sourcing manager Greg Hollis said.",
            "2014-05-06",
            "ministry",
            ["english_copy", "role_before_name", "based_country", "relocation_no_deal", "no_event"],
            firms=[f("Trailmark Footwear")],
            persons=[per("Greg Hollis", "sourcing manager")],
            locations=[country("US"), country("China")],
            events=[],
        ),
        h(
            n(),
            "Foreign-owned plants, about 640 of them, already account for some 78 per cent of shoe exports, Lefaso data show.",
            "2014-05-06",
            "ministry",
            ["english_copy", "association_acronym", "count_without_noun", "percentage", "no_event"],
            organizations=["Lefaso"],
            percentages=[78],
            events=[],
        ),
        h(
            n(),
            "In HCM City not one footwear licence has been issued this year, according to Hepza deputy head Le Thi Kim Hoa.",
            "2014-05-06",
            "ministry",
            ["english_copy", "role_before_name", "acronym_org", "negated_licence", "no_event"],
            organizations=["Hepza"],
            persons=[per("Le Thi Kim Hoa", "Hepza deputy head")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        # S19 r2: a leather trade magazine
        h(
            n(),
            "Cheaper labour and the risk of higher US duties on Chinese-made shoes are steering brands here, LEFASO chairman Nguyen Van Tam said.",
            "2019-01-17",
            "ministry",
            ["english_copy", "role_before_name", "acronym_org", "english_adjective_no_country", "no_event"],
            organizations=["LEFASO"],
            persons=[per("Nguyen Van Tam", "LEFASO chairman")],
            events=[],
        ),
        h(
            n(),
            "Vietnam's share of Adidas footwear is set to reach 52% by 2027 (41% last year); for Puma's leather goods it is already above a third.",
            "2019-01-17",
            "ministry",
            ["english_copy", "brands", "percentage", "fraction_in_words", "no_event"],
            firms=[f("Adidas"), f("Puma")],
            percentages=[52, 41],
            events=[],
        ),
        # S19 r3: a provincial paper's English lease brief
        h(
            n(),
            "(BD)- A land lease contract for 5.2 ha in Tan Uyen town was signed on Tuesday by Tan Uyen Industrial Development JSC and Kwangil Shoes Vietnam Co., Ltd., an Adidas supplier.",
            "2016-03-11",
            "provincial",
            [
                "english_copy",
                "paper_prefix",
                "land_lease_cooperation",
                "contract_first_passive",
                "lessor_first",
                "foreign_subsidiary_vietnam",
                "weekday_no_date",
                "area",
            ],
            firms=[f("Tan Uyen Industrial Development", "JSC"), f("Kwangil Shoes", "Co., Ltd."), f("Adidas")],
            areas=[ha(5.2)],
            deals=[deal("cooperation", ["Tan Uyen Industrial Development", "Kwangil Shoes"])],
            events=[
                ev(
                    "cooperation",
                    [F("Tan Uyen Industrial Development"), F("Kwangil Shoes")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "On the site Kwangil plans a $6.5 million workshop moulding insoles and midsoles, some 80,000 pairs a day.",
            "2016-03-11",
            "provincial",
            ["english_copy", "tenant_plant_worth", "short_name", "capacity_no_count"],
            firms=[f("Kwangil")],
            money=[m(6.5 * M, "USD")],
            deals=[deal("investment", ["Kwangil"], 6.5 * M)],
            events=[],
        ),
        h(
            n(),
            "Of its roughly 210 hectares, 96 are already let to 18 projects.\nReported by K.L",
            "2016-03-11",
            "provincial",
            ["english_copy", "area", "approx", "count", "initials_no_person", "multiline", "no_event"],
            areas=[ha(210, True), ha(96)],
            quantities=[c(18, "projects")],
            events=[],
        ),
        # S19 r4: a consultancy's guide
        h(
            n(),
            "Most big sportswear brands rely on contract manufacturers in Vietnam, where the factory buys the leather, soles and trims, sews the uppers and ships the finished pairs.",
            "2024-02-12",
            "ministry",
            ["english_copy", "guide", "no_event"],
            events=[],
        ),
        # S20 r2: a spinning association's letter on Chinese inputs
        h(
            n(),
            "Members of the Vietnam Cotton and Spinning Association (VCOSA) have until March to tell it how much of their fibre, yarn, fabric, buttons and zips came from China over the past two years.",
            "2024-01-30",
            "ministry",
            ["english_copy", "association", "acronym_bracket", "from_country", "no_event"],
            organizations=["Vietnam Cotton and Spinning Association"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Of roughly $14.2 billion in yarn, fabric and trims bought abroad last year, $6.8 billion came from China; India, Thailand and Indonesia are the alternatives the association has in mind.",
            "2024-01-30",
            "ministry",
            ["english_copy", "statistics", "approx", "country_list", "no_event"],
            money=[m(14.2 * B, "USD", approx=True), m(6.8 * B, "USD")],
            locations=[country("China"), country("India"), country("Thailand"), country("Indonesia")],
            events=[],
        ),
        # S20 r3: machine-translated English on thin order books
        h(
            n(),
            "The Ministry of Industry and Trade indicated order book is thin: just around 15% big exporter have contract for the second half, much lower than last year when most was full by March.",
            "2023-02-09",
            "ministry",
            ["english_copy", "machine_english", "percentage", "no_event"],
            organizations=["Ministry of Industry and Trade"],
            percentages=[15],
            events=[],
        ),
        # S20 r4: a trade site's export figures
        h(
            n(),
            "Fibre shipments rose 18.9 percent to 4.02 billion USD in 2018, out of 33.4 billion USD the whole textile chain brought home.",
            "2019-05-02",
            "ministry",
            ["english_copy", "statistics", "percentage", "no_event"],
            money=[m(4.02 * B, "USD"), m(33.4 * B, "USD")],
            percentages=[18.9],
            events=[],
        ),
    ]
    # --- More context rows of the sampled Vietnamese stories and pages (S1 r1 r2, S3 r2, S5 r1, S6 r3, S7 r2, S8 r2,
    # S9 r2, S10 r1, S12 r4, S15 r4, S16 r3, S19 r1) ---
    rows += [
        h(
            n(),
            "Daewon cho biết hơn 60% sản lượng nhãn dệt sẽ bán cho các xưởng may đang làm hàng cho nhãn hàng Mỹ và châu Âu tại Việt Nam.",
            "2024-05-22",
            "provincial",
            ["short_name", "percentage", "buyers_unnamed", "country", "no_event"],
            firms=[f("Daewon")],
            percentages=[60],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Doanh thu xuất khẩu ước khoảng 210 triệu USD/năm khi cả hai giai đoạn cùng vận hành.",
            "2015-03-13",
            "provincial",
            ["money_per_year", "approx", "no_firm", "no_event"],
            money=[m(210 * M, "USD", "năm", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Đây là dự án sợi màu thứ ba của nhà đầu tư Đài Loan tại tỉnh trong hai năm qua.",
            "2016-08-04",
            "provincial",
            ["ordinal_no_count", "country_adjective", "no_event"],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Trung, nhà máy thuộc nhóm dự án phụ trợ mà tỉnh ưu tiên vì dùng máy dệt khí nén tiết kiệm điện và không có công đoạn nhuộm.",
            "2022-05-18",
            "provincial",
            ["surname_no_person", "no_event"],
            events=[],
        ),
        h(
            n(),
            "LỜI GIỚI THIỆU\nNgành dệt nhuộm góp phần đáng kể vào ngân sách nhưng cũng thải ra lượng lớn nước thải nhiều màu, chứa hoá chất khó phân huỷ.",
            "2019-10-22",
            "ministry",
            ["thesis_body", "old_tone", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "LỜI CAM ĐOAN\nTôi xin cam đoan đây là công trình của riêng tôi; số liệu về 126 doanh nghiệp phụ liệu da giày ở Bình Dương trong luận án là trung thực.",
            "2012-05-14",
            "ministry",
            ["thesis_body", "count", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            quantities=[c(126, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Năm 2021, Trung Quốc chiếm hơn 50% lượng vải mà các xưởng may Việt Nam nhập về, khiến chuỗi cung ứng dễ tổn thương khi biên giới đóng cửa.",
            "2022-12-05",
            "ministry",
            ["journal_article", "percentage", "country", "no_event"],
            percentages=[50],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Năm 2023 ngành may cần khoảng 2,6 tỉ mét vải, trong khi các nhà máy trong nước mới dệt được chừng 900 triệu mét.",
            "2023-02-14",
            "ministry",
            ["blog", "metres_no_count", "approx", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhiều nhà máy may ở Bình Dương, Đồng Nai đã bỏ lò hơi đốt than, chuyển sang sinh khối và điện mặt trời để giữ đơn của khách châu Âu.",
            "2024-09-27",
            "ministry",
            ["nfd", "feature", "province_list", "no_event"],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Khi xong nhà xưởng và lắp đặt thiết bị, nhà máy sẽ tuyển khoảng 380 công nhân, phần lớn là người ở huyện Định Quán.",
            "2016-06-27",
            "ministry",
            ["count", "approx", "district", "no_event"],
            quantities=[c(380, "công nhân", True)],
            locations=[district("huyện Định Quán")],
            events=[],
        ),
        h(
            n(),
            "Ý tưởng làm sợi từ chai nhựa đến với ông Hưng sau một chuyến khảo sát các xưởng tái chế ở Mỹ năm 2016.",
            "2024-04-16",
            "ministry",
            ["surname_no_person", "country", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "thoái vốn\n\nSau thương vụ, Vạn Phát Nam sẽ nắm 65% vốn điều lệ Sợi Tân Định; phần còn lại vẫn do Dệt May Gia Định giữ.",
            "2019-08-02",
            "ministry",
            ["tag_page", "shareholding_no_deal", "short_names", "percentage", "multiline", "no_event"],
            firms=[f("Vạn Phát Nam"), f("Sợi Tân Định"), f("Dệt May Gia Định")],
            percentages=[65],
            events=[],
        ),
        h(
            n(),
            "Sự kiện nằm trong Hội nghị công bố quy hoạch và xúc tiến đầu tư do UBND tỉnh tổ chức; riêng vốn FDI của các dự án được trao lần này hơn 410 triệu USD.",
            "2024-04-08",
            "provincial",
            ["nfd", "bare_unit_no_org", "round_total", "approx", "no_event"],
            money=[m(410 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "- Certificates on the wall: WRAP, BSCI, ISO 9001.\n- Offcuts go to a recycler; some come back as blankets for nearby villages.",
            "2025-10-09",
            "ministry",
            ["english_copy", "bullet_points", "standard_no_decision", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "My thanks go to Dr Tran Minh Khoa, whose comments shaped every chapter, and to the sole and shoe makers in Binh Duong who agreed to be interviewed.",
            "2021-09-06",
            "ministry",
            ["english_copy", "acknowledgements", "title_dr_no_role", "no_event"],
            persons=[per("Tran Minh Khoa", None)],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "1. ĐẶT VẤN ĐỀ\nXưởng may nay tính định mức bằng phần mềm mô phỏng thao tác thay cho đồng hồ bấm giờ.",
            "2021-06-30",
            "ministry",
            ["journal_article", "section_heading", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các bộ nguyên tắc của Liên Hợp quốc và ILO về quyền người lao động nay được nhiều nhãn hàng đưa thẳng vào điều khoản mua hàng với xưởng may.",
            "2023-05-18",
            "ministry",
            ["journal_article", "international_orgs", "no_event"],
            organizations=["Liên Hợp quốc", "ILO"],
            events=[],
        ),
        h(
            n(),
            "Nghị định số 111/2015/NĐ-CP xếp dệt may và da giày vào nhóm sáu ngành công nghiệp hỗ trợ được ưu tiên phát triển.",
            "2022-06-09",
            "ministry",
            ["feature", "decree", "count_in_words", "no_event"],
            decisions=[d("111/2015/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Ưu đãi thuế từ 17 FTA chỉ đến tay xưởng may nào chứng minh được xuất xứ vải.",
            "2023-02-14",
            "ministry",
            ["blog", "count", "no_event"],
            quantities=[c(17, "FTA")],
            events=[],
        ),
        h(
            n(),
            'Diễn đàn › Kinh tế › Doanh nghiệp\nXuất khẩu dệt may: các "ông lớn" phía Nam nhắm mốc tỷ đô',
            "2017-01-09",
            "ministry",
            ["forum_thread_title", "breadcrumb", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bangladesh's knitwear sector has added 24 more factories with green building certificates this year, its exporters' body said.",
            "2019-03-25",
            "ministry",
            ["english_copy", "trailing_blurb", "possessive_country", "count", "no_event"],
            quantities=[c(24, "factories")],
            locations=[country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "Ngoài ra còn nhà máy keo dán giày và hoá chất hoàn tất vải của Tập đoàn Kaneda Chemical (Nhật Bản), vốn 84 triệu USD, công suất khoảng 45.000 tấn/năm.",
            "2024-04-08",
            "provincial",
            ["round_line_no_verb", "old_tone", "country", "tonnage_no_count"],
            firms=[f("Kaneda Chemical", "Tập đoàn")],
            money=[m(84 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Kaneda Chemical"], 84 * M)],
            events=[],
        ),
        h(
            n(),
            "Covering 32,000 sq m, the mill is due to be finished within eight months.",
            "2022-05-20",
            "ministry",
            ["english_copy", "sqm_to_ha", "duration_no_count", "no_event"],
            areas=[ha(3.2)],
            events=[],
        ),
        h(
            n(),
            "Tin tức\n\nĐồng Nai: 2 cụm công nghiệp dệt nhuộm được gia hạn tiến độ thêm 24 tháng\nChủ đầu tư hạ tầng các cụm ở Xuân Lộc và Cẩm Mỹ chưa bồi thường xong đất.",
            "2024-01-17",
            "provincial",
            [
                "listing",
                "headline_lead",
                "extension_no_deal",
                "count",
                "district_without_prefix",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Đồng Nai")],
            quantities=[c(2, "cụm công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Hội thảo có khoảng 150 doanh nghiệp may, da giày tham dự cùng đại diện một số nhãn hàng quốc tế.",
            "2024-06-15",
            "provincial",
            ["seminar", "count", "approx", "no_event"],
            quantities=[c(150, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Trần Quang Vũ thăm dây chuyền kéo sợi tự động hoá của một doanh nghiệp FDI ở Bình Dương. Ảnh: VGP",
            "2022-06-09",
            "ministry",
            ["caption", "old_tone", "title_before_name", "agency_credit_no_person", "no_event"],
            persons=[per("Trần Quang Vũ", "Phó Thủ tướng")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Vietnam's Tay Ninh clears $21 million garment plant",
            "2025-08-21",
            "ministry",
            ["english_copy", "headline_only", "province_as_actor_no_party", "no_firm", "no_event"],
            provinces=[pv("Tây Ninh")],
            money=[m(21 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nCHƯƠNG 1: TỔNG QUAN VỀ PHỤ LIỆU DA - GIÀY 8\n1.2.1 Đế, lót và keo dùng trong sản xuất giày 9\n1.2.2 Máy ép đế và thiết bị thuộc da 14",
            "2012-05-14",
            "ministry",
            ["table_of_contents", "page_numbers_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ảnh thời sự trong nước\n\nTin mới\n\nTTXVN",
            "2022-05-18",
            "provincial",
            ["site_footer", "agency_name_no_org", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Danh sách thành viên:\n1. Trần Tuấn Kiệt – Nhóm trưởng\n2. Dương Thị Ánh\n3. Lý Khánh Vân\n4. Hồ Minh Quân",
            "2020-11-16",
            "ministry",
            ["course_paper_cover", "member_list", "label_role", "multiline", "no_event"],
            persons=[
                per("Trần Tuấn Kiệt", "Nhóm trưởng"),
                per("Dương Thị Ánh", None),
                per("Lý Khánh Vân", None),
                per("Hồ Minh Quân", None),
            ],
            events=[],
        ),
        h(
            n(),
            "Nước thải được đưa qua bể điều hoà, bể keo tụ – tạo bông rồi bể hiếu khí trước khi xả ra nguồn tiếp nhận loại B.",
            "2019-10-22",
            "ministry",
            ["thesis_body", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "#vay vốn ưu đãi ngành da giày",
            "2024-08-08",
            "ministry",
            ["hashtag", "credit_tag", "no_event"],
            events=[],
        ),
    ]
    return rows
