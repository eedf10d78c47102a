# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 109 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: electric vehicles, batteries, charging equipment and electric-motorbike
parts supply chains (domestic makers' suppliers, battery and cell investors, localisation of parts), 2018-2025. Written
and annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes.
Searches, numbered S1-S20 in the section comments: S1 "nhà máy sản xuất pin lithium xe điện Việt Nam khởi công vốn đầu
tư", S2 "VinFast nhà cung cấp linh kiện nội địa hóa doanh nghiệp Việt", S3 "xe máy điện linh kiện nội địa hóa nhà sản
xuất trong nước", S4 "trạm sạc xe điện doanh nghiệp ký kết hợp tác lắp đặt", S5 "cấp giấy chứng nhận đầu tư dự án sản
xuất pin lưu trữ năng lượng khu công nghiệp", S6 "động cơ xe máy điện nhà máy sản xuất mô tơ điện Việt Nam", S7 "cell
pin lithium nhà đầu tư Hàn Quốc Trung Quốc đầu tư nhà máy tại Việt Nam", S8 "Hải Phòng nhà máy pin xe điện công suất
GWh", S9 "ký biên bản ghi nhớ hợp tác sản xuất xe điện pin doanh nghiệp", S10 "startup xe máy điện gọi vốn nhà đầu tư
triệu USD", S11 "bộ sạc xe điện thiết bị sạc sản xuất tại Việt Nam nhà máy", S12 "khung xe máy điện phụ tùng nhà cung
cấp ký hợp đồng cung ứng", S13 "tái chế pin xe điện Việt Nam dự án nhà máy", S14 "quy chuẩn kỹ thuật pin xe máy điện
kiểm định an toàn Bộ Giao thông vận tải", S15 "khánh thành nhà máy lắp ráp ô tô điện tỷ lệ nội địa hóa linh kiện", S16
"nguyên liệu pin niken than chì chuỗi cung ứng pin xe điện Việt Nam đầu tư", and in English S17 "Vietnam electric
vehicle battery plant investment", S18 "Vietnam electric motorbike maker local suppliers parts localisation", S19
"Vietnam EV charging stations partnership agreement signed", S20 "Vietnam lithium-ion battery cell factory licensed
industrial park". No sentence is taken or paraphrased from a page; the shapes are. Firm and person names are invented
(Tập đoàn Kim Phong / Kim Phong Group and its units Lumio, Công ty TNHH Sản xuất và Kinh doanh Lumio, Công ty TNHH Dịch
vụ Xe điện Lumio, Công ty CP Pin và Năng lượng Kim Phong / Kim Phong Power Solutions; Huaxin Power Technology and Huaxin
Power Inc.; Hạ tầng sạc Xanh Việt / XV-Charge, Bán lẻ Hoàn Mỹ, Xăng dầu Phương Nam, Dầu Biển Đông / BD Oil, Hanbit
Energy Solution, Xinhe Materials, Ngự Bình Motor, Longwei, Tia Chớp Motors / Tia Chop Motors and its investors Kameda
Seisakusho, Harbor Bridge Partners, Mekong Tide Ventures, Ruby Venture, SaoKhue Ventures, Lotus Seed Ventures, TechNova,
Dotico, Xinyue, Hon Yi Precision, SolidCore, Voltaris, Banque Morel, Harbourline Securities, the Phu Hai centre, the
paper's lecturers, the sharks and every official, byline and figure); well-known names (CATL, BYD, CALB, EVE Energy,
Sunwoda, Farasis, Schneider Electric, Wallbox, Reuters, Bloomberg, Shark Tank Việt Nam, the ministries and universities)
appear only in sentences of our own with figures changed; Quyết định số 1457/QĐ-TTg is invented.

What the sample looked like (80 result slots, about 45 distinct pages: a document store's EV-standards discussion paper
came back seven times, a one-line title on a carmaker fixing the date of a 4-billion-USD groundbreaking in the US three
times, an author page and an IP-address mirror of the same cell-plant approval three and four times, a mirror tag on a
petrol group's charging MoU three times, a gigafactory snippet three times, a query page, the business daily's JV-groundbreaking
lead and the paywalled cell-plant lead twice each): 10 slots were gambling spam (all four of S12, three of S6, two of S3
and one of S14); 10 were one-line titles, slugs and hashtags (the repeated US-plant title, a video
title, a Hà Nội EV-support tag title, a search-query page twice, two unaccented legal download slugs, a hashtag); 3 were
the snippet; 8 were course papers (the standards paper seven times, a supply-chain group paper with its lecturer and
broken PDF diacritics once); 16 were tag, author, mirror, category and media pages with content (the cell-plant approval
on an author page and an IP mirror, a ministry portal's charging tag with three leads, the charging-MoU mirror tag on a
betting domain, a Korean battery maker's home-plant tag, a consultancy author page on a Chinese cathode maker building
in Korea, a cell-MoU tag, a supporting-industry category page, a localisation media page with a view count and credit);
17 were Vietnamese news (a Q&A on a carmaker's lawsuit and localisation, a charging network's strategic agreement with a
retail chain, parks opened to rooftop solar with districts, the second cell plant's policy approval told by two papers,
the joint cell plant's groundbreaking with captions, a wire brief on an EV maker's battery-plant groundbreaking with a
Chinese technology partner, an e-motorbike start-up's Series B and two TV-pitch recaps, a charging station spotted on the
road, a copy of a home-charger warning, three battery-recycling items, a feature on Chinese battery makers and an LFP
explainer); 3 were foreign-language copies (a Bengali copy of the Series B, an Italian wire copy on the cell plant, a
Swedish tag on the charging MoU; read for their shapes only and rendered here in Vietnamese and English); 13 were English
(a paywalled deals lead, a South African copy of a Bloomberg construction start, a business daily's JV groundbreaking
twice, a journalist's blog draft, a retail-news item on a domestic e-bike maker and its suppliers, a VietnamPlus plant
opening, a bizhub feature, a Reuters charging MoU copy, an energy blog's category page, an investment weekly's battery
feature in two copies). About 25 of the 80 slots told a deal or an event with a named party (the planned US groundbreaking
title, the cell-plant approvals, the charging MoUs and agreements, the Korean home-plant investment, the cathode plant,
the cell MoU, the JV groundbreaking in three outlets, the EV maker's groundbreaking, the Series B, the construction start,
the plant opening, the recalled plant cost, the US plant deal and the underwriting agreements); no supply contract
between a parts supplier and an EV or e-motorbike maker came up in any first four (S12 gave four betting salads, S3 and
S6 a paper and salads), so the batch has none.

Rows: 156 (hand-31601 to hand-31756); 30 carry a deal or an event (19%): 25 events (8 investment announcements, 5
investment licences, 5 MoUs, 4 groundbreakings, 1 acquisition, 1 inauguration, 1 cooperation) and 32 `deals` entries
(16 investment, 6 mou, 6 groundbreaking, 4 cooperation); 5 rows hold deals without an event (hand-31658 a recalled
groundbreaking, 31665 a background technology agreement, 31725 a joint venture described, 31730 a recalled plant, 31755
two recalled advisory agreements); no row has an event without a deal. 126 rows are negatives and other fields. By page
kind: 11 rows of betting salads and download slugs (31601-31610, 31700), 6 of titles, a video title, a query page and a
hashtag (31611-31616; 2 with a deal), 1 snippet (31617), 13 of course papers (31618-31627, 31701-31703), 11 of tag,
author, mirror, category and media pages (31628-31638; 7), 74 of Vietnamese news and further lines of the Vietnamese
pages (31639-31699 without 31675, 31704-31717; 10), 1 rendering of the Bengali copy (31675), 39 of English copy
(31718-31756; 11), four of them rendering the Italian and Swedish copies (31726-31728, 31745); 39 rows are English
(`english_copy`, 25%). 10 rows are stored in NFD (hand-31617, 31626, 31642, 31647, 31661, 31672, 31682, 31689, 31699,
31734); 5 use old tone placement (31622 and 31624 "hoá", 31638 "nội địa hoá", 31646 "thoả thuận", 31662 "nội địa
hoá"); 41 hold several lines (headlines and leads, bylines and timestamps, covers and contents, captions repeated, page
chrome).

Own wording: on review of the first draft against the sampled pages, about 75 drafts followed a sampled sentence too
closely (same clause order, the same list with names and figures swapped, or a translation of a foreign copy) and were
rewritten from scratch with another order (amount-first, count-first, object-first, investor-last) and other facts
around them: the author page's headline and lead, the IP mirror's lead, the cathode maker's plant, the media page's parts
list, the Q&A answer and its parts list, the charging agreement's first-year counts, service terms and product range, the
rooftop-solar park list and its rule, the approval's headline, lead, capital split and schedule, the groundbreaking lead
and its caption, the EV maker's groundbreaking caption and the partner's benefit, the Series B participants, the 2019
pitch and the Bengali copy, the TV quote and product lines, the charging station's bays, chargers and site rules, the
home-charger price, brand list and shop visit, the recycling headline, the Sputnik lead and regulatory gap, the market
forecast, the battery feature's headline and subheading, the makers' list and cobalt share, the LFP price gap and its
history, the lawsuit's aftermath, the second-year counts, the approval's second headline and the three planned projects;
and nearly every English row (the paywall lead, the construction start, phase, site and show, the JV groundbreaking and
ownership, all three Italian rows, the e-bike maker's headline, localisation, plant, suppliers and bamboo centre, the
opening's headline, caption, lead, interview and phase, the US plan, the start-up quote, the Swedish tag, the MoU, the
complex, the station plan, the output target, the US deal, the advisory agreements and the signing caption). Dropped:
four drafts whose shape came only from results ranked 5 or lower or too close to a sampled line (a province offering
charging sites to a group's units, S19 r8; a partner's plan to expand "after the first phase", S8 r6; a charging firm's
chief quoted on coverage, S4 r6; "Việt Nam is no exception" from S13 r3, too close); two drafts were replaced by other
facts of the same pages (the charging firm's expansion abroad for its chief's quote, an invented Taiwanese assembler for
the feature's well-known one). Nothing was used from ranks 5-8, among them: the Chinese
battery-assembly plant opened in Hải Phòng (S8 r5), the Korean anode plant in Thái Nguyên (S7 r6), two Chinese
storage makers weighing Vietnam (S7 r8), the CATL-VinFast and Gotion MoUs (S7 r5, S9 r5), a coal group's electric-truck
MoU (S9 r6), a battery-energy firm's strategic agreement (S9 r7), the Indonesian car plant (S15 r5), the LG Chem joint
venture (S20 r5), the VNS JV groundbreaking (S20 r6), the Petrolimex stations and the HCMC parking chargers (S19 r5-r6),
the 21-standards and QCVN circular items (S14 r6-r8), a Chinese daily's e-bike plant (S18 r5) and a recycler agreement
(S13 r8).

Conventions: exactly those of batches 10 and 12-106 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a policy approval naming its investor is an investment deal and an `investment_licence` event
"licensed", the granting body a government party as written (a committee, an economic-zone board, a province written
as the actor), none when the row only reports the approval or names a board as the source; a planned groundbreaking
with or without its amount and a named firm's plant being built are announced investments; a held construction start
("động thổ", "khởi công", "bắt đầu được xây", "has broken ground", "work has begun") is a groundbreaking deal and event
"started", dated only with a day; a joint groundbreaking is one groundbreaking deal per investor, each with the joint
amount, and one event with all of them (README, batches 20-22); an opening with its capital is an investment deal and an
inauguration "completed"; a firm-firm MoU, "thỏa thuận hợp tác" and "thỏa thuận hợp tác chiến lược" are an mou deal and
a signed event; a completed funding round led by named investors is their investment deal and a completed acquisition
event with the start-up (batch 44), co-leads making ONE deal (the consortium rule); recalled groundbreakings, plants,
joint ventures and agreements are deals without events; lawsuits, wishes, plans without a committed sum by an unnamed
firm, TV pitches, persons' pledges, round participants told without the start-up, orders from unnamed buyers and
statistics give no deal; vague amounts ("hàng tỷ USD") are no amounts, "hơn", "gần", "khoảng", "chừng", "chưa tới",
"over", "about", "roughly" approximate; prices per kWh are money per "kWh"; bracketed conversions are both money;
capacities (GWh, packs, vehicles a year, kW), distances, durations, ordinals, page counts, counts in words and counts
without a noun are no counts, both ends of a range are, English counts keep their English noun; hectares, m² and square
metres are areas (acres with hectares one area); "Công ty CP", "Tổng công ty", "Tập đoàn" normalised, "Inc.", "Co.,
Ltd." and "Corp." are forms, "Group" stays in an English name, "Vietnam" is dropped from a foreign subsidiary;
Vietnamese country names, English country nouns and possessives ("China's", "Taiwan's") are countries, adjectives
("Chinese", "Vietnamese") and "Việt Nam"/"Vietnam" none, regions, states and cities abroad nothing; parks written in
Vietnamese are locations, English ones none; "H.X", "huyện X", "quận X" and "thị xã X" districts; bylines, photo
credits and "Thực hiện:" credits are persons without role, usernames, initials and outlet or agency credits nothing;
"ThS.", "PGS.TS" no roles; a role label on a cover ("Giáo viên hướng dẫn:", "Giảng viên:") is the role. Every row with no
event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A joint venture's plant broken ground with the venture named as a modifier ("nhà máy cell pin ... của liên doanh giữa
  A và B chính thức được động thổ", hand-31659) is the joint groundbreaking of A and B (one deal each, one event), with
  no cooperation deal for the venture itself; the English "A, the group's battery unit, owns the Thanh Hoa factory
  jointly with China's B" (31725), which predicates the joint ownership, is a cooperation deal of both without event
  (batch 106's recalled joint venture).
- A start-up's technology partner told as the terms of an agreement already signed ("Theo thỏa thuận hợp tác đã ký, Tập
  đoàn A (Trung Quốc) sẽ chuyển giao ... để B tự làm pin", 31665) is an mou deal of both without event (a background
  agreement, not this article's signing); the partner's benefits (31709) nothing.
- A co-led Series B ("A, công ty niêm yết ở Tokyo, và quỹ B ... cùng dẫn dắt vòng Series B mà startup C vừa hoàn tất hôm
  17/9", 31666) is ONE investment deal of A and B with the headline's round amount, dated the 17th, and a completed
  acquisition event of A, B and C; the follow-on and new participants told without the start-up (31667) give firms only;
  "Tập đoàn Tài chính Ruby" with its venture arm are two firms; the Bengali copy's total and round without investors
  (31675) money only.
- TV pitches: an asked price for a stake ("0,6% cổ phần ... chào giá 60.000 USD ... không ai mua", 31669; "xin 2 tỷ đồng
  cho 4% cổ phần", 31673) and a shark's decision to put money in (31674) give no deal (persons are no parties); "Shark"
  before a name is a show nickname, no role; "kỹ sư X" and "hai nhà sáng lập X và Y" keep their roles; a product brand
  ("Xe ba bánh ... mang tên Trivo") is no firm; "vị Chủ tịch Tập đoàn TechNova" without a name is the firm only.
- A headline naming the province as approver ("Kim Phong có thêm nhà máy pin thứ hai được Thanh Hóa duyệt chủ trương",
  31706) is a licence with G("Thanh Hóa") (batch 75's English "Thai Nguyen province ... licensed"); "ba dự án khác ... đã
  có lịch khởi công vào quý IV/2022" of a named group (31707) is its announced investment without amount or site.
- A licence told amount-first with the board only reporting it ("Khoảng 1.540 tỷ đồng vốn tự có ...: đó là cách Công ty
  CP A tính xoay hơn 5.120 tỷ đồng cho nhà máy ..., dự án vừa qua bước chấp thuận chủ trương đầu tư, theo lãnh đạo Ban
  Quản lý ...", 31629) takes the project's total as the licence amount and no grantor; the glued repeated headline's
  amount is money twice; the author page's licence (31628) takes the lead's "hơn 7.460 tỷ", not the headline's "gần
  7.500 tỷ".
- A Korean maker's plant at home ("... dồn 540 tỷ won, chừng 405 triệu USD, vào một nhà máy ở Ochang", 31634) is its
  announced investment in KRW without site (the won amount is written first), the city nothing; the cathode maker's plant
  being built in Korea (31635) an announced investment without amount (batch 96's plant under construction).
- Charging agreements: "thỏa thuận hợp tác chiến lược ... ký ... ngày 9/10" (31644) is a dated mou; the retailer taking
  on installation and maintenance "theo thoả thuận" (31646) is a term of it, no second deal; the English "signed an
  agreement to ... fit 15,000 charging points" (31745) is a signed cooperation, "a memorandum of understanding that A and
  B Corp. signed on Thursday" (31746) an mou without date; a station plan with counts (31748) and "Work continues on the
  carmaker's $3.2-billion complex", whose investor is not named in the row (31747), give no deal.
- An English US plant: "A $2.5-billion plant in South Carolina remains on Lumio's books" (31742) and "an initial $2
  billion is covered by a deal it said ... it had signed" (31754) are announced investments without site (the US state
  nothing, "the United States" a country), the latter with the initial $2 billion, not the planned total; underwriting
  advisers "signed up" earlier (31755) are two recalled cooperation deals without amount (a floor per mandate is money
  only).
- An exchange-rate footnote "($1 = 23,310 dong)" gives no money; "Source: Reuters", "Bloomberg News", "(Photo: VNA)" and
  "the Vietnam News Agency" in running text nothing; "Photo courtesy of Lumio" repeats the row's firm.
- Pages: a course paper's broken PDF diacritics ("tồn cầu cịn", 31620) still give the firm named; "Trang 2MỤC LỤC" and
  "(512.3 KB, 34 trang )" nothing; "47 lượt xem" no count; a username shown twice ("minhtt") no person; an image file
  name ("20220711-084512") nothing; "TCVN", "QCVN", "ASEAN NCAP", "ESS" no organisations; "Bộ Tài nguyên và Môi trường"
  and "Bộ Khoa học và Công nghệ" are organisations, the bare "tập đoàn", "hãng" and "khu kinh tế này" nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_109(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    TH = cur("Thanh Hóa")
    BN = cur("Bắc Ninh")
    HUE = cur("Huế")

    ids = iter(range(31601, 31601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads on betting domains and unaccented download slugs (S3 r2-r3, S6 r2-r4, S12 r1-r4,
    # S14 r1-r3) ---
    rows += [
        h(
            n(),
            "kuwin xe máy điện 2 chỗ giá dưới 12 triệukèo nhà cái hôm nay 2024giá xe lead 2023 lăn bánh",
            "2024-05-02",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win pin lithium xe máy điện 72v giá bao nhiêuđội hình real madridxe vision 2021 cũ giá",
            "2024-08-19",
            "ministry",
            ["spam_keywords", "run_together_words", "voltage_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin cục sạc xe đạp điện 48v 12ahsoi kèo bundesligaxe sh mode 2022 lăn bánh",
            "2023-12-07",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win xe điện trợ lực cho học sinh cấp 2bảng xếp hạng serie axe air blade 160 giá",
            "2024-02-11",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tủ đổi pin xe máy điện gần nhấttra cứu phạt nguội hà nộinhà cái uy tín nhất 2025",
            "2025-03-28",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win dung lượng ắc quy xe đạp điệnkết quả cúp c1 đêm quaxổ số miền bắc thứ 5",
            "2024-10-17",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin honda vision điện 2025 giá bao nhiêutỷ số ngoại hạng anh đêm quamua xe máy trả góp lãi suất 0%",
            "2025-01-09",
            "ministry",
            [
                "spam_keywords",
                "run_together_words",
                "lowercase_brand_no_firm",
                "percentage_in_spam_no_percentage",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "download phap luat thong tu 41 2022 tt bgtvt quy chuan ky thuat ac quy xe dien",
            "2022-12-30",
            "legal",
            ["download_slug", "unaccented", "unaccented_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat mau don de nghi cap giay chung nhan chat luong xe may dien lap rap",
            "2023-03-14",
            "legal",
            ["download_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat quyet dinh 63 qd ubnd 2021 tieu chuan xe chuyen dung cua so giao thong",
            "2021-11-02",
            "legal",
            ["download_slug", "unaccented", "unaccented_number_no_decision", "no_event"],
            events=[],
        ),
    ]
    # --- One-line titles, a video title, tag titles, a search-query page and a hashtag (S1 r1, S2 r1-r2, S3 r4,
    # S4 r3, S11 r4, S14 r4, S15 r1) ---
    rows += [
        h(
            n(),
            "Lumio chốt lịch động thổ nhà máy 3,6 tỷ USD ở bang Ontario (Canada), công suất 120.000 xe/năm",
            "2023-07-04",
            "ministry",
            [
                "one_line_title",
                "planned_groundbreaking_with_amount",
                "announced_investment",
                "abroad_no_site",
                "country_bracket",
                "state_abroad_no_location",
                "capacity_no_count",
            ],
            firms=[f("Lumio")],
            money=[m(3.6 * B, "USD")],
            locations=[country("Canada")],
            deals=[deal("investment", ["Lumio"], 3.6 * B)],
            events=[ev("investment_announcement", [F("Lumio")], 3.6 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Ngày 28/7, Lumio sẽ động thổ nhà máy ô tô điện 3,6 tỷ USD tại Canada",
            "2023-07-05",
            "ministry",
            [
                "one_line_title",
                "planned_groundbreaking_with_amount",
                "announced_investment",
                "future_date_not_deal_date",
                "abroad_no_site",
            ],
            firms=[f("Lumio")],
            money=[m(3.6 * B, "USD")],
            locations=[country("Canada")],
            deals=[deal("investment", ["Lumio"], 3.6 * B)],
            events=[ev("investment_announcement", [F("Lumio")], 3.6 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Video: Bloomberg: Lumio đang tính chuyện đặt nhà máy ở Canada",
            "2023-03-22",
            "ministry",
            ["video_title", "outlet_credit_nothing", "plan_no_amount_no_deal", "country", "no_event"],
            firms=[f("Lumio")],
            locations=[country("Canada")],
            events=[],
        ),
        h(
            n(),
            "TP.HCM tính hỗ trợ người dân đổi xe máy xăng lấy xe điện từ năm 2027",
            "2025-08-14",
            "provincial",
            ["tag_title", "province_abbrev", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Kết quả tìm kiếm cho: bãi đỗ xe tự sạc consortium - Trang 3",
            "2024-06-01",
            "ministry",
            ["search_query_page", "page_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí thử nghiệm an toàn pin xe máy điện",
            "2025-02-19",
            "ministry",
            ["hashtag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A snippet with no page (S1 r3, S8 r1, S16 r1) ---
    rows += [
        h(
            n(),
            'Các hãng xe lớn của Mỹ, châu Âu và Nhật Bản đều đã công bố kế hoạch dựng những "siêu nhà máy" pin, mỗi dự án ngốn hàng tỷ USD, để đón thời ô tô điện phổ cập.',
            "2022-04-11",
            "ministry",
            [
                "snippet",
                "vague_amount",
                "unnamed_firms_no_deal",
                "region_no_location",
                "country",
                "nfd",
                "no_event",
            ],
            locations=[country("Mỹ"), country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Course papers on a document store: a supply-chain group paper and a standards discussion paper (S2 r3,
    # S3 r1, S6 r1, S9 r3, S11 r1, S13 r1, S15 r2, S16 r2) ---
    rows += [
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG\nKHOA: KINH TẾ QUỐC TẾ\n\nĐỀ TÀI THẢO LUẬN\nHỌC PHẦN: LOGISTICS VÀ CHUỖI CUNG ỨNG\nĐề tài:\nChuỗi cung ứng linh kiện của hãng xe điện Lumio: thành công và rủi ro\n\nNhóm: 5\nLHP: 2305SCMG0911\nGiáo viên hướng dẫn: Đỗ Minh Khuê\n\nHà Nội, tháng 11 năm 2023.",
            "2023-12-04",
            "ministry",
            [
                "course_paper_cover",
                "caps_org",
                "faculty_no_org",
                "label_role",
                "class_code_no_count",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Ngoại thương"],
            firms=[f("Lumio")],
            persons=[per("Đỗ Minh Khuê", "Giáo viên hướng dẫn")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (34 trang)\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (512.3 KB, 34 trang )",
            "2023-12-04",
            "ministry",
            ["document_store", "page_chrome", "page_count_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "MỞ ĐẦU\nSau đại dịch, chuỗi cung ứng tồn cầu cịn nhiều biến động, nên tìm được nhà cung cấp đặt xưởng ngay cạnh nhà máy trở thành yếu tố sống cịn với các hãng xe điện. Nghiên cứu chuỗi cung ứng của Lumio giúp nhóm hiểu rõ hơn quan hệ giữa hãng với từng mắt xích.",
            "2023-12-04",
            "ministry",
            ["document_store", "pdf_broken_diacritics", "multiline", "no_event"],
            firms=[f("Lumio")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nMỞ ĐẦU.......................................1\nCHƯƠNG 1. TỔNG QUAN VỀ CHUỖI CUNG ỨNG Ô TÔ ĐIỆN.........3\n1.2. Nhà cung cấp cấp 1 và cấp 2 của Lumio..............8",
            "2023-12-04",
            "ministry",
            ["table_of_contents", "tier_no_count", "page_numbers_no_count", "multiline", "no_event"],
            firms=[f("Lumio")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC GIAO THÔNG VẬN TẢI\nKHOA CƠ KHÍ\n————\nBÀI THẢO LUẬN HỌC PHẦN: TIÊU CHUẨN HOÁ VÀ ĐO LƯỜNG\nĐề tài: Quy chuẩn kỹ thuật quốc gia về pin và bộ sạc xe điện: thực trạng và hướng hoàn thiện\nTrang 1",
            "2024-11-20",
            "ministry",
            ["course_paper_cover", "caps_org", "faculty_no_org", "old_tone", "multiline", "no_event"],
            organizations=["Trường Đại học Giao thông Vận tải"],
            events=[],
        ),
        h(
            n(),
            "Bụi mịn và tiếng ồn ở các đô thị lớn khiến xe điện nhanh chóng thành lựa chọn thay thế, nhưng các TCVN và QCVN về pin, bộ sạc và động cơ điện vẫn chạy sau thị trường. Nhóm 6 chọn đề tài này để chỉ ra chỗ hổng và đề xuất cách bổ sung.",
            "2024-11-20",
            "ministry",
            ["abstract", "standard_codes_no_org", "group_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang 2MỤC LỤC\nA Mở đầu 3\nB Nội dung 5\nChương 1: Cơ sở lý luận 5\n1.1 Tiêu chuẩn và tiêu chuẩn hoá 5\n1.1.1 Khái niệm 5",
            "2024-11-20",
            "ministry",
            ["table_of_contents", "glued_page_number", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhóm 6\nLớp học phần: 2241QTCL0512\nGiảng viên: ThS. Vũ Hải Yến",
            "2024-11-20",
            "ministry",
            [
                "course_paper_cover",
                "label_role",
                "academic_title_no_role",
                "class_code_no_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Vũ Hải Yến", "Giảng viên")],
            events=[],
        ),
        h(
            n(),
            "Theo Quyết định số 1457/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ, đến năm 2050 mọi phương tiện giao thông đường bộ đưa vào sử dụng phải chạy điện hoặc năng lượng xanh.",
            "2024-11-20",
            "ministry",
            ["paper_body", "decision_dated", "bare_prime_minister_no_person", "nfd", "no_event"],
            decisions=[d("1457/QĐ-TTg", "2022-09-14")],
            events=[],
        ),
        h(
            n(),
            "Ắc quy, bộ sạc và động cơ xe hai bánh chạy điện hiện chịu ba nhóm quy định: an toàn điện, thử nghiệm pin và tương thích điện từ; chương 2 của bài lần lượt phân tích từng nhóm.",
            "2024-11-20",
            "ministry",
            ["paper_body", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, author and mirror pages with content (S1 r2, S1 r4, S4 r1-r2, S5 r1, S7 r1-r4, S8 r2-r3, S9 r1-r2,
    # S15 r3-r4, S19 r3) ---
    rows += [
        h(
            n(),
            "Bài viết mới nhất từ Quang Vinh\nNhà máy cell pin gần 7.500 tỷ đồng: Lumio sắp tự lo được nguồn pin\nUBND tỉnh Thanh Hóa vừa chấp thuận chủ trương đầu tư nhà máy sản xuất cell pin hơn 7.460 tỷ đồng của Công ty CP Pin và Năng lượng Kim Phong, đơn vị thuộc Tập đoàn Kim Phong; đây là khâu còn thiếu trong chuỗi cung ứng của hãng xe.",
            "2021-10-22",
            "provincial",
            [
                "author_page",
                "byline_person",
                "headline_lead",
                "licence_by_committee",
                "approx",
                "lowercase_carmaker_no_firm",
                "multiline",
            ],
            persons=[per("Quang Vinh", None)],
            firms=[f("Lumio"), f("Pin và Năng lượng Kim Phong", "Công ty CP"), f("Kim Phong", "Tập đoàn")],
            organizations=["Ủy ban nhân dân tỉnh Thanh Hóa"],
            provinces=[pv("Thanh Hóa")],
            money=[m(7500 * B, "VND", approx=True), m(7460 * B, "VND", approx=True)],
            deals=[deal("investment", ["Pin và Năng lượng Kim Phong"], 7460 * B, TH)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Thanh Hóa"), F("Pin và Năng lượng Kim Phong")],
                    7460 * B,
                    "VND",
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Kim Phong sắp dựng thêm nhà máy pin hơn 5.000 tỷ\n\nKhoảng 1.540 tỷ đồng vốn tự có, phần còn lại vay ngân hàng: đó là cách Công ty CP Pin và Năng lượng Kim Phong tính xoay hơn 5.120 tỷ đồng cho nhà máy pin lithium thứ hai, rộng gần 16 ha ở Khu kinh tế Nghi Sơn, dự án vừa qua bước chấp thuận chủ trương đầu tư, theo lãnh đạo Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa.Kim Phong sắp dựng thêm nhà máy pin hơn 5.000 tỷ",
            "2022-07-04",
            "provincial",
            [
                "ip_address_mirror",
                "headline_lead",
                "glued_repeated_headline",
                "amount_first",
                "licence_passive_no_grantor",
                "board_as_source",
                "zone",
                "area",
                "approx",
                "multiline",
            ],
            firms=[f("Kim Phong"), f("Pin và Năng lượng Kim Phong", "Công ty CP")],
            organizations=["Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa"],
            provinces=[pv("Thanh Hóa")],
            locations=[zone("Khu kinh tế Nghi Sơn")],
            money=[
                m(5000 * B, "VND", approx=True),
                m(1540 * B, "VND", approx=True),
                m(5120 * B, "VND", approx=True),
                m(5000 * B, "VND", approx=True),
            ],
            areas=[ha(16, True)],
            deals=[deal("investment", ["Pin và Năng lượng Kim Phong"], 5120 * B, TH)],
            events=[
                ev("investment_licence", [F("Pin và Năng lượng Kim Phong")], 5120 * B, "VND", TH, "licensed")
            ],
        ),
        h(
            n(),
            "Đầu ra của nhà máy là cell pin LFP cho ô tô điện và tủ lưu trữ điện năng (ESS); công suất thiết kế 4 GWh/năm, tương đương chừng 24 triệu cell mỗi năm.",
            "2022-07-04",
            "provincial",
            [
                "ip_address_mirror",
                "plant_details_no_firm",
                "capacity_no_count",
                "acronym_no_org",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "lắp đặt trạm sạc\n\nTổng công ty Xăng dầu Phương Nam và Công ty CP Hạ tầng sạc Xanh Việt vừa ký thỏa thuận hợp tác, theo đó trụ sạc ô tô điện sẽ có mặt ở 120 cửa hàng xăng dầu.\nQuy chuẩn chung cho hạ tầng sạc là điều kiện để thị trường xe điện lớn lên, giới chuyên gia nhận định.\nBộ Khoa học và Công nghệ được Bộ Công Thương đề nghị sớm ban hành quy chuẩn về thiết kế, lắp đặt và vận hành trụ sạc.",
            "2022-06-20",
            "ministry",
            ["tag_page", "lowercase_tag", "cooperation_agreement_is_mou", "count", "multiline"],
            firms=[f("Xăng dầu Phương Nam", "Tổng công ty"), f("Hạ tầng sạc Xanh Việt", "Công ty CP")],
            organizations=["Bộ Khoa học và Công nghệ", "Bộ Công Thương"],
            quantities=[c(120, "cửa hàng xăng dầu")],
            deals=[deal("mou", ["Xăng dầu Phương Nam", "Hạ tầng sạc Xanh Việt"])],
            events=[
                ev("mou", [F("Xăng dầu Phương Nam"), F("Hạ tầng sạc Xanh Việt")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "thuê pin\n\nBiên bản ghi nhớ mà Công ty TNHH Dịch vụ Xe điện Lumio (Tập đoàn Kim Phong) vừa ký với Tổng công ty Dầu Biển Đông (BD Oil) mở đường cho 20.000 đến 40.000 trạm sạc, thuê pin xe máy điện và ô tô điện khắp cả nước.",
            "2018-10-12",
            "ministry",
            [
                "mirror_tag_on_spam_domain",
                "lowercase_tag",
                "mou_object_first",
                "parent_in_brackets",
                "acronym_bracket",
                "count_range",
            ],
            firms=[
                f("Dịch vụ Xe điện Lumio", "Công ty TNHH"),
                f("Kim Phong", "Tập đoàn"),
                f("Dầu Biển Đông", "Tổng công ty"),
            ],
            quantities=[c(20000, "trạm sạc"), c(40000, "trạm sạc")],
            deals=[deal("mou", ["Dịch vụ Xe điện Lumio", "Dầu Biển Đông"])],
            events=[ev("mou", [F("Dịch vụ Xe điện Lumio"), F("Dầu Biển Đông")], None, None, None, "signed")],
        ),
        h(
            n(),
            "thuê pin\n\nKhách đi xe máy điện của Lumio sẽ có thể đổi pin ngay tại cây xăng của BD Oil thay vì chờ sạc, theo kế hoạch mà hai doanh nghiệp công bố.",
            "2018-10-12",
            "ministry",
            [
                "mirror_tag_on_spam_domain",
                "lowercase_tag",
                "back_reference_no_deal",
                "short_names",
                "multiline",
                "no_event",
            ],
            firms=[f("Lumio"), f("BD Oil")],
            events=[],
        ),
        h(
            n(),
            "Tag: Hanbit Energy Solution\n\nHãng pin Hàn Quốc chi hơn 400 triệu USD cho dòng pin hình trụ\nPin hình trụ cho xe điện sẽ được Hanbit Energy Solution (HES) làm nhiều hơn ngay tại quê nhà: ngày 11/6, hãng công bố dồn 540 tỷ won, chừng 405 triệu USD, vào một nhà máy ở Ochang.",
            "2024-06-12",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "object_first",
                "announced_investment",
                "abroad_no_site",
                "krw_money",
                "acronym_bracket",
                "city_abroad_not_location",
                "multiline",
            ],
            firms=[f("Hanbit Energy Solution")],
            locations=[country("Hàn Quốc")],
            money=[m(400 * M, "USD", approx=True), m(540 * B, "KRW"), m(405 * M, "USD", approx=True)],
            deals=[deal("investment", ["Hanbit Energy Solution"], 540 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Hanbit Energy Solution")],
                    540 * B,
                    "KRW",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Tác giả: Minh Trâm – Trang 46\nGần 30% vật liệu cathode giàu niken trên thế giới đến từ Xinhe Materials, công ty do ông Lu Wenbo sáng lập, dù cái tên này còn ít được nhắc.\nĐể tăng công suất gấp 5 lần trong bốn năm, tới 2026, ông Lu đặt cược vào nhà máy Xinhe đang xây ở ngoại ô Cheongju (Hàn Quốc).",
            "2023-02-09",
            "ministry",
            [
                "author_page",
                "byline_person",
                "plant_under_construction_abroad",
                "announced_investment_no_amount",
                "short_name_reused",
                "city_abroad_not_location",
                "times_no_count",
                "multiline",
            ],
            persons=[per("Minh Trâm", None), per("Lu Wenbo", None)],
            firms=[f("Xinhe Materials")],
            percentages=[30],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Xinhe Materials"])],
            events=[ev("investment_announcement", [F("Xinhe Materials")], None, None, None, "announced")],
        ),
        h(
            n(),
            "cell\n\nHai nội dung chính của biên bản ghi nhớ giữa Công ty TNHH Sản xuất và Kinh doanh Lumio và Huaxin Power Technology Co., Ltd. (Trung Quốc) là nguồn pin LFP cho xe Lumio và việc nghiên cứu dựng nhà máy cell pin LFP quy mô lớn đầu tiên ở Việt Nam.",
            "2021-08-25",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "mou_object_first",
                "foreign_legal_form",
                "country_bracket",
                "short_name_reused",
                "multiline",
            ],
            firms=[
                f("Sản xuất và Kinh doanh Lumio", "Công ty TNHH"),
                f("Huaxin Power Technology", "Co., Ltd."),
            ],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Sản xuất và Kinh doanh Lumio", "Huaxin Power Technology"])],
            events=[
                ev(
                    "mou",
                    [F("Sản xuất và Kinh doanh Lumio"), F("Huaxin Power Technology")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Giaothongxanh - Công nghiệp hỗ trợ\n\nDoanh nghiệp phụ trợ nội trước đơn hàng xe điện\n\nDoanh nghiệp phụ trợ nội trước đơn hàng xe điện\n\nGiaothongxanh - Lộ trình chuyển ô tô chạy xăng sang chạy điện đã được vạch ra, song phần lớn nhà cung cấp trong nước vẫn còn cách xa chuẩn linh kiện của các hãng toàn cầu.",
            "2024-04-03",
            "ministry",
            [
                "category_page",
                "repeated_headline",
                "outlet_credit_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Lumio nâng tỷ lệ nội địa hoá xe điện lên 62%, nhắm 85% vào năm 2027\n47 lượt xem - 09/10/2024 10:12\nTừ cell pin đến cụm đèn và bó dây, nhiều linh kiện sẽ được Lumio chuyển sang nguồn trong nước; nhưng nhà cung cấp nội đủ chuẩn vẫn hiếm, còn vốn đầu tư thì lớn.\nThực hiện: Hoài Nam\nMọi ý kiến đóng góp xin gửi về hòm thư [email protected]",
            "2024-10-09",
            "ministry",
            [
                "media_page",
                "view_count_no_count",
                "credit_label_person",
                "old_tone",
                "percentage",
                "email_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Lumio")],
            percentages=[62, 85],
            persons=[per("Hoài Nam", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a question-and-answer piece on a carmaker's localisation (S2 r4) ---
    rows += [
        h(
            n(),
            'Lumio bị xuyên tạc những gì? Đây là câu trả lời\n\nĐơn kiện gửi một tòa án ở bang Texas nhắm vào 52 tổ chức và cá nhân ở Việt Nam, Mỹ và Úc mà Tập đoàn Kim Phong cho là đã tung tin bịa đặt về Lumio, từ chuyện nhân viên bỏ việc hàng loạt đến lời đồn xe chỉ "gắn mác Việt".',
            "2025-09-16",
            "ministry",
            [
                "headline_lead",
                "lawsuit_no_deal",
                "count",
                "state_abroad_no_location",
                "country_list",
                "multiline",
                "no_event",
            ],
            firms=[f("Lumio"), f("Kim Phong", "Tập đoàn")],
            quantities=[c(52, "tổ chức và cá nhân")],
            locations=[country("Mỹ"), country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Câu hỏi: Xe Lumio thật sự được làm ở Việt Nam đến mức nào?\n\nĐáp án: Hơn 60% giá trị xe đã là hàng làm trong nước; mục tiêu là 85%.",
            "2025-09-16",
            "ministry",
            ["question_answer", "percentage", "multiline", "no_event"],
            firms=[f("Lumio")],
            percentages=[60, 85],
            events=[],
        ),
        h(
            n(),
            "2) Trong tổ hợp ở Hải Phòng, hãng tự dập thân vỏ, quấn mô tơ và làm cả ghế, giảm xóc; khoảng một phần ba mặt bằng được chừa cho nhà cung cấp vệ tinh dựng xưởng. (Nguồn: Tiền Phong, Dân Trí)",
            "2025-09-16",
            "ministry",
            ["numbered_list", "fraction_in_words_no_percentage", "outlet_credit_nothing", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "3) Pin, bộ phận đắt nhất của một chiếc xe điện, cũng đã được làm trong nước, tại nhà máy của Công ty CP Pin và Năng lượng Kim Phong ở Thanh Hóa.",
            "2025-09-16",
            "ministry",
            ["numbered_list", "plant_described_no_deal", "nfd", "no_event"],
            firms=[f("Pin và Năng lượng Kim Phong", "Công ty CP")],
            provinces=[pv("Thanh Hóa")],
            events=[],
        ),
        h(
            n(),
            "4) Về an toàn, các mẫu xe của hãng đã đạt 5 sao ở các bài thử va chạm ASEAN NCAP và Euro NCAP, theo công bố của hãng.",
            "2025-09-16",
            "ministry",
            ["numbered_list", "rating_no_count", "acronym_no_org", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a charging network's strategic agreement with a retail chain (S4 r4) ---
    rows += [
        h(
            n(),
            "Hơn 900 điểm sạc ô tô điện và 1.100 tủ đổi pin xe máy điện sẽ được đặt tại cửa hàng của Công ty CP Bán lẻ Hoàn Mỹ đến hết năm 2026, theo thỏa thuận hợp tác chiến lược mà doanh nghiệp này ký với Công ty CP Hạ tầng sạc Xanh Việt (XV-Charge) ngày 9/10.",
            "2025-10-09",
            "ministry",
            [
                "count_first",
                "strategic_agreement_is_mou",
                "acronym_bracket",
                "deal_date",
                "year_inferred",
                "approx",
            ],
            firms=[f("Bán lẻ Hoàn Mỹ", "Công ty CP"), f("Hạ tầng sạc Xanh Việt", "Công ty CP")],
            quantities=[c(900, "điểm sạc ô tô điện", True), c(1100, "tủ đổi pin xe máy điện")],
            deals=[deal("mou", ["Bán lẻ Hoàn Mỹ", "Hạ tầng sạc Xanh Việt"], None, None, "2025-10-09")],
            events=[ev("mou", [F("Bán lẻ Hoàn Mỹ"), F("Hạ tầng sạc Xanh Việt")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Đợt đầu, ngay trong năm nay, là 900 tủ đổi pin và 300 trụ sạc ô tô; cứ chừng bốn tủ thì có một tủ đặt cạnh trụ sạc.",
            "2025-10-09",
            "ministry",
            ["plan_details", "count", "count_in_words", "no_event"],
            quantities=[c(900, "tủ đổi pin"), c(300, "trụ sạc ô tô")],
            events=[],
        ),
        h(
            n(),
            "Hoàn Mỹ sẽ kiêm luôn phần lắp đặt và bảo trì cho XV-Charge, theo thoả thuận; ngày 15/12 là mốc dự kiến để những tủ đổi pin đầu tiên bắt đầu phục vụ khách.",
            "2025-10-09",
            "ministry",
            ["agreement_terms_no_deal", "short_names", "old_tone", "no_event"],
            firms=[f("XV-Charge"), f("Hoàn Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Danh mục của XV-Charge trải từ trụ sạc công cộng một chiều tới 180 kW đến bộ sạc gia đình cỡ nhỏ, tất cả quản lý qua một phần mềm chung.",
            "2025-10-09",
            "ministry",
            ["company_profile", "power_no_count", "nfd", "no_event"],
            firms=[f("XV-Charge")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp này đang đưa mạng lưới sạc ra nước ngoài, bắt đầu từ Indonesia và Philippines.",
            "2025-10-09",
            "ministry",
            ["country_list", "no_event"],
            locations=[country("Indonesia"), country("Philippines")],
            events=[],
        ),
    ]
    # --- Vietnamese news: parks opened to rooftop solar, with their districts (S5 r2) ---
    rows += [
        h(
            n(),
            "minhtt\n\nminhtt\n\n2022-07-11 08:30:00\n\n9 khu công nghiệp ở Bắc Ninh được đón dự án điện mặt trời mái nhà",
            "2022-07-11",
            "provincial",
            ["username_no_person", "timestamp", "count", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(9, "khu công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Yên Phong, Yên Phong II-C (H.Yên Phong), Thuận Thành II, Thuận Thành III (H.Thuận Thành) và Đại Đồng – Hoàn Sơn (H.Tiên Du) nằm trong số KCN vừa được mở cho điện mặt trời mái nhà, nâng tổng số lên 9 khu, theo Ban Quản lý các khu công nghiệp Bắc Ninh.\n\n20220711-084512",
            "2022-07-11",
            "provincial",
            [
                "park_list_first",
                "district_abbrev_in_brackets",
                "count",
                "image_file_name",
                "multiline",
                "no_event",
            ],
            organizations=["Ban Quản lý các khu công nghiệp Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(9, "khu")],
            locations=[
                park("Khu công nghiệp Yên Phong"),
                park("Khu công nghiệp Yên Phong II-C"),
                park("Khu công nghiệp Thuận Thành II"),
                park("Khu công nghiệp Thuận Thành III"),
                park("Khu công nghiệp Đại Đồng – Hoàn Sơn"),
                district("H.Yên Phong"),
                district("H.Thuận Thành"),
                district("H.Tiên Du"),
            ],
            events=[],
        ),
        h(
            n(),
            "Nếu chỉ lắp tấm pin trên mái để tự dùng điện, doanh nghiệp trong KCN được miễn thủ tục bổ sung ngành nghề; muốn bán điện cho đơn vị khác thì phải làm đủ, kèm giấy phép môi trường mới.",
            "2022-07-11",
            "provincial",
            ["procedure_rule", "bare_park_abbrev_no_location", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the second battery plant's policy approval, told by two papers (S5 r3-r4) ---
    rows += [
        h(
            n(),
            "Nhà máy pin thứ hai của Kim Phong ở Nghi Sơn qua bước chấp thuận chủ trương\n\nThanh Hà\nHơn 5.120 tỷ đồng là số vốn Tập đoàn Kim Phong dự tính cho nhà máy pin lithium tại Khu kinh tế Nghi Sơn (thị xã Nghi Sơn, Thanh Hóa), dự án vừa được chấp thuận chủ trương đầu tư.",
            "2022-09-26",
            "provincial",
            [
                "headline_lead",
                "byline_person",
                "licence_passive_no_grantor",
                "amount_first",
                "zone",
                "district_in_brackets",
                "approx",
                "multiline",
            ],
            firms=[f("Kim Phong", "Tập đoàn")],
            persons=[per("Thanh Hà", None)],
            provinces=[pv("Thanh Hóa")],
            locations=[zone("Khu kinh tế Nghi Sơn"), district("thị xã Nghi Sơn")],
            money=[m(5120 * B, "VND", approx=True)],
            deals=[deal("investment", ["Kim Phong"], 5120 * B, TH)],
            events=[ev("investment_licence", [F("Kim Phong")], 5120 * B, "VND", TH, "licensed")],
        ),
        h(
            n(),
            "Phân xưởng nhà máy pin số 1 của Kim Phong ở Nghi Sơn đang vào giai đoạn hoàn thiện (Ảnh: Nhật Minh)",
            "2022-09-26",
            "provincial",
            ["caption", "photo_credit_person", "short_name", "ordinal_no_count", "no_event"],
            firms=[f("Kim Phong")],
            persons=[per("Nhật Minh", None)],
            events=[],
        ),
        h(
            n(),
            "Chủ đầu tư là Công ty CP Pin và Năng lượng Kim Phong, đơn vị của Tập đoàn Kim Phong (mã KPG); văn bản chấp thuận cả chủ trương lẫn nhà đầu tư do Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa ký.",
            "2022-09-26",
            "provincial",
            ["investor_first", "licence_by_board", "ticker_no_firm", "no_amount"],
            firms=[f("Pin và Năng lượng Kim Phong", "Công ty CP"), f("Kim Phong", "Tập đoàn")],
            organizations=["Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa"],
            provinces=[pv("Thanh Hóa")],
            deals=[deal("investment", ["Pin và Năng lượng Kim Phong"], None, TH)],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tỉnh Thanh Hóa"),
                        F("Pin và Năng lượng Kim Phong"),
                    ],
                    None,
                    None,
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Trên khoảng 16 ha của lô CN7-2, dự án cần 5.120 tỷ đồng: 1.536 tỷ đồng (30%) là vốn tự có, 3.584 tỷ đồng (70%) đi vay ngân hàng.",
            "2022-09-26",
            "provincial",
            ["funding_split_no_firm", "area", "approx", "percentage", "lot_code_no_count", "no_event"],
            areas=[ha(16, True)],
            money=[m(5120 * B, "VND"), m(1536 * B, "VND"), m(3584 * B, "VND")],
            percentages=[30, 70],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm nhà máy có thể làm ra khoảng 24 triệu cell LFP (160 Wh/cell), tức 4 GWh, chủ yếu để lắp vào pin ô tô điện và tủ lưu trữ điện năng.",
            "2022-09-26",
            "provincial",
            ["capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sản xuất hàng loạt được hẹn từ quý II/2024, sau khi phần xây dựng xong trong quý III/2023 và máy móc lắp xong cuối năm đó.",
            "2022-09-26",
            "provincial",
            ["schedule", "quarter_no_date", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy pin thứ nhất của Tập đoàn Kim Phong, cũng ở Nghi Sơn, đã được khởi công từ ngày 12/12/2021 với giai đoạn 1 trên 7,5 ha, vốn 3.600 tỷ đồng.",
            "2022-09-26",
            "provincial",
            ["recalled_groundbreaking", "deal_no_event", "object_first", "area", "deal_date"],
            firms=[f("Kim Phong", "Tập đoàn")],
            areas=[ha(7.5)],
            money=[m(3600 * B, "VND")],
            deals=[deal("groundbreaking", ["Kim Phong"], 3600 * B, None, "2021-12-12")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the joint battery-cell plant's groundbreaking (S8 r4) ---
    rows += [
        h(
            n(),
            "Động thổ nhà máy cell pin LFP gần 5.130 tỷ đồng ở Thanh Hóa\n\nSáng 26/11, ở Khu kinh tế Nghi Sơn, nhà máy cell pin sạc LFP của liên doanh giữa Công ty CP Pin và Năng lượng Kim Phong và Công ty Huaxin Power Inc. (công ty con của Huaxin Power Technology) chính thức được động thổ.",
            "2022-11-27",
            "provincial",
            [
                "headline_lead",
                "joint_groundbreaking",
                "object_first",
                "joint_venture_as_modifier_no_deal",
                "parent_in_brackets",
                "foreign_legal_form",
                "zone",
                "approx",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[
                f("Pin và Năng lượng Kim Phong", "Công ty CP"),
                f("Huaxin Power", "Inc."),
                f("Huaxin Power Technology"),
            ],
            provinces=[pv("Thanh Hóa")],
            locations=[zone("Khu kinh tế Nghi Sơn")],
            money=[m(5130 * B, "VND", approx=True)],
            deals=[
                deal("groundbreaking", ["Pin và Năng lượng Kim Phong"], 5130 * B, TH, "2022-11-26"),
                deal("groundbreaking", ["Huaxin Power"], 5130 * B, TH, "2022-11-26"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Pin và Năng lượng Kim Phong"), F("Huaxin Power")],
                    5130 * B,
                    "VND",
                    TH,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Vốn gần 5.130 tỷ đồng (khoảng 218 triệu USD) đổ vào 16 ha ở lô CN7-2; khi chạy hết công suất 4 GWh/năm, nhà máy cho ra khoảng 24 triệu cell.",
            "2022-11-27",
            "provincial",
            [
                "amount_first",
                "plant_details_no_firm",
                "bracketed_conversion",
                "area",
                "capacity_no_count",
                "no_event",
            ],
            money=[m(5130 * B, "VND", approx=True), m(218 * M, "USD", approx=True)],
            areas=[ha(16)],
            events=[],
        ),
        h(
            n(),
            "Phát biểu của bà Lê Thanh Hương, Tổng giám đốc Công ty CP Pin và Năng lượng Kim Phong, tại buổi lễ. (Ảnh: Đức Thọ)",
            "2022-11-27",
            "provincial",
            ["caption", "person_role_after", "photo_credit_person", "nfd", "no_event"],
            persons=[
                per("Lê Thanh Hương", "Tổng giám đốc Công ty CP Pin và Năng lượng Kim Phong"),
                per("Đức Thọ", None),
            ],
            firms=[f("Pin và Năng lượng Kim Phong", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "“Liên doanh với Huaxin giúp chúng tôi khép kín chuỗi sản xuất pin LFP ngay tại Việt Nam và nâng tỷ lệ nội địa hoá cho xe Lumio”, bà Hương nói.",
            "2022-11-27",
            "provincial",
            [
                "quote",
                "joint_venture_in_quote_no_deal",
                "short_names",
                "given_name_alone_no_person",
                "old_tone",
                "no_event",
            ],
            firms=[f("Huaxin"), f("Lumio")],
            events=[],
        ),
        h(
            n(),
            "Ông Zhou Ming – Chủ tịch Huaxin Power Technology tại buổi lễ. (Ảnh: Đức Thọ)",
            "2022-11-27",
            "provincial",
            ["caption", "person_role_after_dash", "photo_credit_person", "no_event"],
            persons=[per("Zhou Ming", "Chủ tịch Huaxin Power Technology"), per("Đức Thọ", None)],
            firms=[f("Huaxin Power Technology")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an EV maker's battery plant started in Huế, from a wire brief (S9 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy pin của Ngự Bình Motor tại Khu công nghiệp Phong Điền (TP Huế) bắt đầu được xây từ sáng nay. Ảnh: Hoài Thương - TTXVN",
            "2025-12-20",
            "provincial",
            ["caption", "construction_start_passive", "park", "photo_credit_person", "agency_credit_nothing"],
            firms=[f("Ngự Bình Motor")],
            provinces=[pv("Huế")],
            locations=[park("Khu công nghiệp Phong Điền")],
            persons=[per("Hoài Thương", None)],
            deals=[deal("groundbreaking", ["Ngự Bình Motor"], None, HUE)],
            events=[ev("groundbreaking", [F("Ngự Bình Motor")], None, None, HUE, "started")],
        ),
        h(
            n(),
            "Theo thỏa thuận hợp tác đã ký, Tập đoàn Longwei (Trung Quốc) sẽ chuyển giao trọn gói kỹ thuật và công nghệ để Ngự Bình Motor tự làm pin cho các dòng xe điện của mình.",
            "2025-12-20",
            "provincial",
            ["background_agreement", "mou_deal_no_event", "country_bracket", "technology_transfer"],
            firms=[f("Longwei", "Tập đoàn"), f("Ngự Bình Motor")],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Longwei", "Ngự Bình Motor"])],
            events=[],
        ),
    ]
    # --- Vietnamese news: an e-motorbike start-up's Series B, a television pitch and its recaps (S10 r1-r3), and a
    # rendering of the Bengali copy (S10 r4) ---
    rows += [
        h(
            n(),
            "Tia Chớp Motors gọi thêm 19 triệu USD, nâng tổng vốn lên 41 triệu USD\n\nKameda Seisakusho, công ty niêm yết ở Tokyo, và quỹ Harbor Bridge Partners (trụ sở tại Nhật Bản và Singapore) cùng dẫn dắt vòng Series B mà startup xe máy điện Tia Chớp Motors vừa hoàn tất hôm 17/9.",
            "2025-09-18",
            "ministry",
            [
                "headline_lead",
                "funding_round_co_led",
                "acquisition_completed",
                "consortium_one_deal",
                "city_abroad_not_location",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Tia Chớp Motors"), f("Kameda Seisakusho"), f("Harbor Bridge Partners")],
            money=[m(19 * M, "USD"), m(41 * M, "USD")],
            locations=[country("Nhật Bản"), country("Singapore")],
            deals=[
                deal(
                    "investment", ["Kameda Seisakusho", "Harbor Bridge Partners"], 19 * M, None, "2025-09-17"
                )
            ],
            events=[
                ev(
                    "acquisition",
                    [F("Kameda Seisakusho"), F("Harbor Bridge Partners"), F("Tia Chớp Motors")],
                    19 * M,
                    "USD",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Ngoài hai nhà dẫn dắt, vòng này có Mekong Tide Ventures, đã rót từ vòng trước, cùng hai gương mặt mới là SaoKhue Ventures và Ruby Venture, nhánh đầu tư mạo hiểm của Tập đoàn Tài chính Ruby.",
            "2025-09-18",
            "ministry",
            ["round_participants_no_target_no_deal", "no_event"],
            firms=[
                f("Mekong Tide Ventures"),
                f("Ruby Venture"),
                f("Tài chính Ruby", "Tập đoàn"),
                f("SaoKhue Ventures"),
            ],
            events=[],
        ),
        h(
            n(),
            "Hà Nội sẽ cấm xe máy chạy xăng trong Vành đai 1 từ tháng 7/2026, một lý do khiến thị trường xe máy điện nóng lên.",
            "2025-09-18",
            "ministry",
            ["policy_context", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Sáu năm trước, 0,6% cổ phần Tia Chớp Motors từng được kỹ sư Lương Gia Khánh chào giá 60.000 USD trên sóng Shark Tank Việt Nam, và không ai mua.",
            "2025-09-18",
            "ministry",
            ["tv_pitch_no_deal", "role_before_name", "percentage", "no_event"],
            persons=[per("Lương Gia Khánh", "kỹ sư")],
            firms=[f("Tia Chớp Motors")],
            money=[m(60000, "USD")],
            percentages=[0.6],
            events=[],
        ),
        h(
            n(),
            "CEO Tia Chớp Motors Lương Gia Khánh (Ảnh: Tia Chớp Motors).",
            "2025-09-18",
            "ministry",
            ["caption", "role_before_name", "firm_photo_credit"],
            persons=[per("Lương Gia Khánh", "CEO Tia Chớp Motors")],
            firms=[f("Tia Chớp Motors")],
            events=[],
        ),
        h(
            n(),
            "“Người ta chưa cần một chiếc xe máy điện đắt gấp đôi xe xăng đâu”, Shark Hoàng Minh Trí nói thẳng với nhà sáng lập Tia Chớp Motors ở mùa 3.",
            "2023-08-02",
            "ministry",
            ["tv_recap", "quote", "show_nickname_no_role", "no_event"],
            persons=[per("Hoàng Minh Trí", None)],
            firms=[f("Tia Chớp Motors")],
            events=[],
        ),
        h(
            n(),
            "Shark Đinh Khải Nam, người lập quỹ đầu tư mạo hiểm Lotus Seed Ventures, phản bác ngay: xe điện là xu thế, và tiền cho mảng này đã sẵn.",
            "2023-08-02",
            "ministry",
            ["tv_recap", "person_role_after", "nfd", "no_event"],
            persons=[per("Đinh Khải Nam", "người lập quỹ đầu tư mạo hiểm Lotus Seed Ventures")],
            firms=[f("Lotus Seed Ventures")],
            events=[],
        ),
        h(
            n(),
            "Xe ba bánh thân hẹp mang tên Trivo có giá dự kiến 110 triệu đồng, đi được 180 km mỗi lần sạc; hai nhà sáng lập Phan Quốc Duy và Lê Trọng Nghĩa xin 2 tỷ đồng cho 4% cổ phần.",
            "2023-10-17",
            "ministry",
            [
                "tv_recap",
                "product_brand_no_firm",
                "tv_pitch_no_deal",
                "percentage",
                "distance_no_count",
                "no_event",
            ],
            persons=[per("Phan Quốc Duy", "nhà sáng lập"), per("Lê Trọng Nghĩa", "nhà sáng lập")],
            money=[m(110 * M, "VND"), m(2 * B, "VND")],
            percentages=[4],
            events=[],
        ),
        h(
            n(),
            "Shark Bùi Văn Hưng vẫn quyết rót tiền, dù Shark Hoàng Minh Trí cho rằng tham vọng dẫn đầu Đông Nam Á của nhóm là viển vông.",
            "2023-10-17",
            "ministry",
            ["tv_recap", "person_pledge_no_deal", "show_nickname_no_role", "region_no_location", "no_event"],
            persons=[per("Bùi Văn Hưng", None), per("Hoàng Minh Trí", None)],
            events=[],
        ),
        h(
            n(),
            "(Bản tiếng Bengal) Tổng vốn Tia Chớp Motors huy động được nay là 41 triệu USD, sau 19 triệu USD của vòng Series B công bố hôm 18/9.",
            "2025-09-19",
            "ministry",
            ["foreign_page_rendered", "funding_without_investor_no_deal", "no_event"],
            firms=[f("Tia Chớp Motors")],
            money=[m(41 * M, "USD"), m(19 * M, "USD")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a carmaker's charging station seen on the road (S11 r2) ---
    rows += [
        h(
            n(),
            "Ảnh chụp một trạm sạc mang thương hiệu Lumio ở huyện Trảng Bom (Đồng Nai), cách trung tâm TP.HCM chừng 50 km, đang được chia sẻ trên mạng xã hội.",
            "2021-05-20",
            "ministry",
            ["photo_on_social_media", "district_in_text", "province_abbrev", "distance_no_count", "no_event"],
            firms=[f("Lumio")],
            locations=[district("huyện Trảng Bom")],
            provinces=[pv("Đồng Nai"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Hai xe có thể cắm cùng lúc vào mỗi trụ sạc nhanh một chiều 60 kW của trạm, nơi có 12 chỗ đỗ.",
            "2021-05-20",
            "ministry",
            ["station_details", "count", "power_no_count", "no_event"],
            quantities=[c(2, "xe"), c(12, "chỗ đỗ")],
            events=[],
        ),
        h(
            n(),
            "Cây xăng trong nội đô sẽ có ít nhất 2 trụ, còn trạm dừng nghỉ trên cao tốc được tính tới 8 trụ mỗi nơi.",
            "2021-05-20",
            "ministry",
            ["plan_details", "count", "approx", "no_event"],
            quantities=[c(2, "trụ", True), c(8, "trụ")],
            events=[],
        ),
        h(
            n(),
            "Trước đó, hãng đã đặt điểm sạc cố định tại một số trung tâm thương mại và chung cư ở Hà Nội và TP.HCM.",
            "2021-05-20",
            "ministry",
            ["province_list", "no_event"],
            provinces=[pv("Hà Nội"), pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: cheap home chargers, in a copy on a betting domain (S11 r3) ---
    rows += [
        h(
            n(),
            "Thấy gì từ chuyện bộ sạc ô tô điện trôi nổi\n\nChưa tới 9 triệu đồng là giá rao của một bộ sạc treo tường 11 kW hàng Trung Quốc, rẻ hơn hẳn hàng chính hãng.",
            "2023-01-22",
            "ministry",
            [
                "mirror_on_spam_domain",
                "headline_lead",
                "amount_first",
                "approx",
                "country",
                "multiline",
                "no_event",
            ],
            money=[m(9 * M, "VND", approx=True)],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Trên mạng xã hội, bộ sạc tại nhà được rao với đủ thương hiệu, phần lớn từ Trung Quốc, số ít từ châu Âu như Schneider Electric (Pháp) hay Wallbox (Tây Ban Nha), đều theo chuẩn Type 2.",
            "2023-01-22",
            "ministry",
            ["brand_list", "country_bracket", "region_no_location", "no_event"],
            firms=[f("Schneider Electric"), f("Wallbox")],
            locations=[country("Trung Quốc"), country("Pháp"), country("Tây Ban Nha")],
            events=[],
        ),
        h(
            n(),
            "Một bộ sạc 7,4 kW hiệu Trung Quốc giá 5,5 triệu đồng, bảo hành một năm, là thứ nhân viên một cửa hàng ở quận Gò Vấp (TP.HCM) giới thiệu khi PV hỏi mua.",
            "2023-01-22",
            "ministry",
            [
                "undercover_purchase",
                "district_in_text",
                "reporter_abbrev_no_person",
                "duration_no_count",
                "nfd",
                "no_event",
            ],
            locations=[district("quận Gò Vấp"), country("Trung Quốc")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(5.5 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "Điện 3 pha là bắt buộc với bộ sạc từ 11 kW trở lên; trụ sạc nhanh dòng một chiều thường ở mức 30-150 kW.",
            "2023-01-22",
            "ministry",
            ["technical_details", "power_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thiết bị sạc ô tô điện không chính hãng nở rộ: cần lưu ý gì khi mua?\n\n10:05 22/01/2023\n\n(ChatluongVN) - Chuyên gia khuyên người dùng chỉ mua bộ sạc có chứng nhận hợp quy và nhờ thợ điện kiểm tra nguồn trước khi lắp.",
            "2023-01-22",
            "ministry",
            ["headline_lead", "timestamp", "outlet_credit_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: battery recycling abroad and at home (S13 r2-r4) ---
    rows += [
        h(
            n(),
            "Trung Quốc đau đầu với núi pin xe điện hết hạn, mỗi năm hơn 800.000 tấn\n\nCơn sốt xe điện ở thị trường lớn nhất thế giới đang để lại lượng pin thải khổng lồ.",
            "2021-06-30",
            "ministry",
            ["amp_page", "headline_lead", "tonnage_no_count", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "HÀ NỘI (Sputnik) – Xe điện tăng nhanh, nhưng cả nước chưa có nơi nào tái chế pin lithium-ion, và mới chỉ một nhà máy làm ra loại pin này.",
            "2023-11-09",
            "ministry",
            ["caps_dateline", "agency_credit_nothing", "count_in_words", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Cuối năm 2022, cả nước có chừng 2,1 triệu xe máy điện và hơn 12.000 ô tô điện; con số này được dự báo tăng nhiều lần trong mười năm tới.",
            "2023-11-09",
            "ministry",
            ["statistics", "count", "approx", "no_event"],
            quantities=[c(2_100_000, "xe máy điện", True), c(12_000, "ô tô điện", True)],
            events=[],
        ),
        h(
            n(),
            "Việt Nam cần tiêu chuẩn riêng cho tái chế pin\n\nTrao đổi với Sputnik, PGS.TS Nguyễn Thị Minh Nguyệt, Viện trưởng Viện Sinh thái và Môi trường bền vững, cho rằng làm xe điện là đúng hướng nhưng phải tính tới cả vòng đời của pin.",
            "2023-11-09",
            "ministry",
            [
                "subheading",
                "academic_title_no_role",
                "person_role_after",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyễn Thị Minh Nguyệt", "Viện trưởng Viện Sinh thái và Môi trường bền vững")],
            organizations=["Viện Sinh thái và Môi trường bền vững"],
            events=[],
        ),
        h(
            n(),
            "“Bộ Tài nguyên và Môi trường và Bộ Khoa học và Công nghệ phải sớm có quy định, tiêu chuẩn cụ thể cho việc thu gom và tái chế pin”, bà Nguyệt nói.",
            "2023-11-09",
            "ministry",
            ["quote", "given_name_alone_no_person", "nfd", "no_event"],
            organizations=["Bộ Tài nguyên và Môi trường", "Bộ Khoa học và Công nghệ"],
            events=[],
        ),
        h(
            n(),
            "Pin và ắc quy xe điện mới có tiêu chuẩn ở khâu sản xuất; khâu tái chế, tái sử dụng thì chưa có bộ tiêu chuẩn nào.",
            "2023-11-09",
            "ministry",
            ["regulatory_gap", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "T.L (Theo Reuters)\n\nTái chế pin xe điện có thể thành ngành hái ra tiền\n\nTái chế pin xe điện có thể thành ngành hái ra tiền",
            "2021-07-14",
            "ministry",
            [
                "initials_no_person",
                "agency_credit_nothing",
                "related_link_repeated",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Đến năm 2025, thị trường pin lithium-ion có thể đạt 89,5 tỷ USD, gấp đôi mức 41,1 tỷ USD của năm 2020, với xe điện là động lực chính.",
            "2021-07-14",
            "ministry",
            ["forecast", "times_no_count", "no_event"],
            money=[m(89.5 * B, "USD"), m(41.1 * B, "USD")],
            events=[],
        ),
    ]
    # --- Vietnamese news: Chinese battery makers' lead and the LFP chemistry (S16 r3-r4) ---
    rows += [
        h(
            n(),
            "Pin xe điện 'made in Vietnam' học cách đi sau mà không chậm chân\n\nĐi sau Trung Quốc, doanh nghiệp Việt làm pin xe điện cho rằng đó lại là lợi thế để học nhanh và cạnh tranh.\n\nAi đang dẫn đầu?",
            "2023-06-05",
            "ministry",
            ["headline_lead", "subheading", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "CATL, BYD, EVE Energy, Sunwoda, CALB và Farasis: cả sáu cái tên Trung Quốc này đều có mặt trong nhóm 10 hãng pin lớn nhất thế giới.",
            "2023-06-05",
            "ministry",
            ["name_list_first", "bare_brands", "count_in_words", "country", "no_event"],
            firms=[f("CATL"), f("BYD"), f("EVE Energy"), f("Sunwoda"), f("CALB"), f("Farasis")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy của CATL ở Phúc Kiến (ảnh minh họa)\n\nMột nhà máy của CATL ở Phúc Kiến (ảnh minh họa)",
            "2023-06-05",
            "ministry",
            ["caption_repeated", "province_abroad_not_location", "multiline", "no_event"],
            firms=[f("CATL")],
            events=[],
        ),
        h(
            n(),
            "Nhờ các công ty được nhà nước hậu thuẫn mua cổ phần mỏ ở nhiều châu lục, Trung Quốc đang nắm khoảng 43% sản lượng coban khai thác trên toàn cầu.",
            "2023-06-05",
            "ministry",
            ["statistics", "percentage", "country", "unnamed_buyers_no_deal", "no_event"],
            percentages=[43],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 30% là mức chênh giữa pin LFP và pin NMC: 118 USD/kWh cho một pack LFP, 89 USD/kWh nếu chỉ tính cell.",
            "2023-06-05",
            "ministry",
            ["price_per_unit", "percentage_first", "no_event"],
            money=[m(118, "USD", "kWh"), m(89, "USD", "kWh")],
            percentages=[30],
            events=[],
        ),
        h(
            n(),
            "Không chứa niken hay coban, LFP chỉ gồm lithium, sắt, phốt phát và carbon; pin bền hơn 10 năm, với 3.000-9.000 chu kỳ sạc tùy điều kiện dùng.",
            "2023-06-05",
            "ministry",
            ["explainer", "count_range", "duration_no_count", "no_event"],
            quantities=[c(3000, "chu kỳ sạc"), c(9000, "chu kỳ sạc")],
            events=[],
        ),
        h(
            n(),
            "Ô tô điện chỉ thật sự dùng nhiều pin LFP trong chừng mười năm trở lại, dù hóa chất này đã vào pin từ giữa thập niên 1990.",
            "2023-06-05",
            "ministry",
            ["explainer", "decade_no_date", "nfd", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- More lines of the Vietnamese pages above: the papers, the Q&A, the charging agreement, the approval's second
    # copy, the groundbreaking, the start-up and pitch recaps, the battery feature (S2 r3-r4, S3 r1, S4 r4, S5 r4, S8 r4,
    # S9 r4, S10 r1-r3, S11 r2, S12 r1, S13 r3, S16 r3-r4) ---
    rows += [
        h(
            n(),
            "98win phụ tùng xe máy điện chính hãngkèo bóng đá tối naygiá xe wave alpha 2024 tại đại lý",
            "2024-07-23",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chương 2 phân tích ba nhóm nhà cung cấp chính của Lumio: pin, khung gầm và điện tử trên xe; chương 3 đánh giá rủi ro khi phần lớn linh kiện điện tử vẫn phải nhập khẩu.",
            "2023-12-04",
            "ministry",
            ["paper_body", "count_in_words", "no_event"],
            firms=[f("Lumio")],
            events=[],
        ),
        h(
            n(),
            "1.1.2 Nguyên tắc xây dựng tiêu chuẩn 4\n1.2 Quy chuẩn kỹ thuật 6\nChương 2: Thực trạng hệ thống TCVN, QCVN về xe điện 9",
            "2024-11-20",
            "ministry",
            ["table_of_contents", "page_numbers_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chương 3 đề xuất thống nhất chuẩn đầu sạc, bắt buộc thử nghiệm pin trước khi xe được lưu hành và lập cơ sở dữ liệu về pin đã qua sử dụng.",
            "2024-11-20",
            "ministry",
            ["paper_body", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một số bài đăng đã biến mất khỏi trang cá nhân của người viết ngay sau khi đơn kiện được nộp, theo tập đoàn.",
            "2025-09-16",
            "ministry",
            ["lowercase_group_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm 2026 sẽ có thêm 200 tủ đổi pin xe máy điện và 600 trụ sạc ô tô điện nữa trên cả nước.",
            "2025-10-09",
            "ministry",
            ["plan_details", "count", "no_event"],
            quantities=[c(200, "tủ đổi pin xe máy điện"), c(600, "trụ sạc ô tô điện")],
            events=[],
        ),
        h(
            n(),
            "Kim Phong có thêm nhà máy pin thứ hai được Thanh Hóa duyệt chủ trương",
            "2022-09-27",
            "provincial",
            ["headline", "province_as_grantor", "passive_by_province", "short_name", "ordinal_no_count"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Kim Phong")],
            deals=[deal("investment", ["Kim Phong"], None, TH)],
            events=[ev("investment_licence", [G("Thanh Hóa"), F("Kim Phong")], None, None, TH, "licensed")],
        ),
        h(
            n(),
            "Ba dự án khác trong tổ hợp ô tô và cảng biển của Tập đoàn Kim Phong tại khu kinh tế này đã có lịch khởi công vào quý IV/2022.",
            "2022-09-27",
            "provincial",
            [
                "planned_groundbreaking_no_amount",
                "announced_investment_no_amount",
                "count_in_words",
                "lowercase_zone_no_location",
            ],
            firms=[f("Kim Phong", "Tập đoàn")],
            deals=[deal("investment", ["Kim Phong"])],
            events=[ev("investment_announcement", [F("Kim Phong")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Xưởng lắp pack pin của Kim Phong ở ngay bên cạnh, nên khi nhà máy cell chạy, mọi công đoạn làm pin LFP sẽ nằm gọn trong một khu.",
            "2022-11-27",
            "provincial",
            ["plant_described_no_deal", "short_name", "no_event"],
            firms=[f("Kim Phong")],
            events=[],
        ),
        h(
            n(),
            "Với Ngự Bình Motor, cái được lớn nhất là học cách thiết kế và kiểm soát chất lượng pin theo chuẩn của một tập đoàn đã làm pin nhiều năm.",
            "2025-12-20",
            "provincial",
            ["cooperation_benefit_no_deal", "no_event"],
            firms=[f("Ngự Bình Motor")],
            events=[],
        ),
        h(
            n(),
            "Dòng tiền mới sẽ giúp hãng nâng công suất xưởng, mở rộng hệ thống phân phối và đẩy nhanh việc chuyển sang xe máy điện ở Việt Nam, theo thông cáo.",
            "2025-09-18",
            "ministry",
            ["unnamed_firm_plan_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Cầm 35 triệu đồng, khách sẽ chọn chiếc tay ga chạy xăng chứ không chọn xe của em”, vị Chủ tịch Tập đoàn TechNova phán.",
            "2023-08-02",
            "ministry",
            ["tv_recap", "quote", "role_without_name_no_person"],
            money=[m(35 * M, "VND")],
            firms=[f("TechNova", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Buồng lái kín có điều hòa; một hệ cân bằng chủ động giữ xe không đổ khi ôm cua, còn bản pin rời đi được 140 km.",
            "2023-10-17",
            "ministry",
            ["tv_recap", "product_details", "distance_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hãng chỉ chọn chỗ đặt trạm khi đủ mặt bằng, đủ điện và qua được yêu cầu phòng cháy.",
            "2021-05-20",
            "ministry",
            ["site_criteria", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngành pin xe điện thế giới: phần lớn nằm trong tay Trung Quốc\n\nNgành pin xe điện thế giới: phần lớn nằm trong tay Trung Quốc",
            "2023-06-05",
            "ministry",
            ["caption_repeated", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "CATL và CALB chỉ bán pin cho hãng xe khác, còn BYD đã thành một nhà sản xuất ô tô điện thực thụ.",
            "2023-06-05",
            "ministry",
            ["bare_brands", "no_event"],
            firms=[f("CATL"), f("CALB"), f("BYD")],
            events=[],
        ),
        h(
            n(),
            "Câu hỏi: Còn chất lượng và độ an toàn của xe Lumio thì sao?",
            "2025-09-16",
            "ministry",
            ["question_answer", "no_event"],
            firms=[f("Lumio")],
            events=[],
        ),
        h(
            n(),
            "Quanh trạm có thể sẽ mọc thêm quán cà phê và chỗ nghỉ chân cho tài xế chờ sạc.",
            "2021-05-20",
            "ministry",
            ["station_details", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a paywalled deals lead on the first cell plant (S17 r1, S20 r2) ---
    rows += [
        h(
            n(),
            "A $326 million battery cell plant that Kim Phong Group plans for its EV arm Lumio is due to break ground in Thanh Hoa province before the year is out, provincial officials said on Wednesday.",
            "2021-10-20",
            "ministry",
            [
                E,
                "paywall_lead",
                "object_first",
                "planned_groundbreaking_with_amount",
                "announced_investment",
                "group_in_name",
                "unaccented_province",
                "weekday_no_date",
            ],
            firms=[f("Kim Phong Group"), f("Lumio")],
            provinces=[pv("Thanh Hóa")],
            money=[m(326 * M, "USD")],
            deals=[deal("investment", ["Kim Phong Group"], 326 * M, TH)],
            events=[ev("investment_announcement", [F("Kim Phong Group")], 326 * M, "USD", TH, "announced")],
        ),
        h(
            n(),
            "Continue reading this premium story with a subscription to DealStreetAsia.\nSubscribe Already a Subscriber? Log in\nContact us for corporate subscriptions at subs@example.com",
            "2021-10-20",
            "ministry",
            [E, "paywall_chrome", "outlet_nothing", "email_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: the first battery plant's construction start, from a wire copy abroad (S17 r2) ---
    rows += [
        h(
            n(),
            "Work has begun on Lumio's first battery factory, which will supply packs for the Vietnamese EV maker's cars and buses at home.",
            "2021-12-13",
            "ministry",
            [E, "groundbreaking", "english_work_begun", "possessive_firm", "adjective_no_country"],
            firms=[f("Lumio")],
            deals=[deal("groundbreaking", ["Lumio"])],
            events=[ev("groundbreaking", [F("Lumio")], None, None, None, "started")],
        ),
        h(
            n(),
            "The parent company put the first phase at over 3.6 trillion dong (roughly $157 million) on Sunday, enough for 120,000 lithium battery packs a year.",
            "2021-12-13",
            "ministry",
            [E, "phase_amount_no_firm", "bracketed_conversion", "approx", "capacity_no_count", "no_event"],
            money=[m(3.6e12, "VND", approx=True), m(157 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Cells will be added in a later phase, lifting output to 1 million packs a year on the 7.5-hectare Thanh Hoa site, though no date was given.",
            "2021-12-13",
            "ministry",
            [E, "plant_details_no_firm", "area", "capacity_no_count", "no_event"],
            provinces=[pv("Thanh Hóa")],
            areas=[ha(7.5)],
            events=[],
        ),
        h(
            n(),
            "Two electric SUVs went on show at the Los Angeles Auto Show in November, and Lumio wants a plant in the United States by late 2024.\nBloomberg News",
            "2021-12-13",
            "ministry",
            [
                E,
                "plan_no_amount_no_deal",
                "city_abroad_not_location",
                "agency_credit_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Lumio")],
            locations=[country("United States")],
            events=[],
        ),
    ]
    # --- English: the joint cell plant's groundbreaking in a business daily, and an Italian wire copy rendered in
    # English (S17 r3-r4, S20 r1) ---
    rows += [
        h(
            n(),
            "HANOI -- Building its own EV supply chain at home, Kim Phong Group has broken ground on a second battery factory.",
            "2022-11-26",
            "ministry",
            [E, "caps_dateline", "groundbreaking", "group_in_name", "no_site"],
            firms=[f("Kim Phong Group")],
            provinces=[pv("Hà Nội")],
            deals=[deal("groundbreaking", ["Kim Phong Group"])],
            events=[ev("groundbreaking", [F("Kim Phong Group")], None, None, None, "started")],
        ),
        h(
            n(),
            "Kim Phong Power Solutions, the group's battery unit, owns the Thanh Hoa factory jointly with China's Huaxin Power Technology.",
            "2022-11-26",
            "ministry",
            [E, "joint_ownership_described", "cooperation_deal_no_event", "country_possessive"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Kim Phong Power Solutions"), f("Huaxin Power Technology")],
            locations=[country("China")],
            deals=[deal("cooperation", ["Kim Phong Power Solutions", "Huaxin Power Technology"])],
            events=[],
        ),
        h(
            n(),
            "Thanh Hoa officials put the site at 12.9 hectares (31.9 acres) and the yearly capacity at 4 GWh.",
            "2021-10-21",
            "ministry",
            [E, "foreign_page_rendered", "acres_and_hectares", "capacity_no_count", "no_event"],
            provinces=[pv("Thanh Hóa")],
            areas=[ha(12.9)],
            events=[],
        ),
        h(
            n(),
            "Kim Phong would only confirm that a battery plant was planned; in May, Reuters had reported the group's hope of building a second Lumio car plant nearby.",
            "2021-10-21",
            "ministry",
            [E, "foreign_page_rendered", "wish_no_deal", "agency_nothing", "no_event"],
            firms=[f("Kim Phong"), f("Lumio")],
            events=[],
        ),
        h(
            n(),
            "Besides its own research on batteries and charging, Lumio has battery partners including SolidCore, Voltaris and Huaxin Power Technology, the company told Reuters by e-mail.",
            "2021-10-21",
            "ministry",
            [E, "foreign_page_rendered", "partner_list_no_agreement", "no_event"],
            firms=[f("Lumio"), f("SolidCore"), f("Voltaris"), f("Huaxin Power Technology")],
            events=[],
        ),
    ]
    # --- English: a journalist's draft on electric two-wheelers, a retail-news item on a domestic e-bike maker and
    # its suppliers (S18 r1-r2) ---
    rows += [
        h(
            n(),
            "NOTE: What follows is my last draft; the edited version ran in The Ken.",
            "2022-03-08",
            "ministry",
            [E, "blog_draft", "publication_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Kim Phong Group's Lumio spent about $3.2 billion on its first plant, opened in northern Vietnam in 2019, which can turn out 300,000 e-scooters a year.",
            "2022-03-08",
            "ministry",
            [
                E,
                "blog_draft",
                "recalled_investment",
                "deal_no_event",
                "possessive_firm",
                "approx",
                "capacity_no_count",
                "region_no_site",
            ],
            firms=[f("Kim Phong Group"), f("Lumio")],
            money=[m(3.2 * B, "USD", approx=True)],
            deals=[deal("investment", ["Lumio"], 3.2 * B)],
            events=[],
        ),
        h(
            n(),
            "“For years an e-bike here was a cheap import you threw away when the battery died,” said Luong Gia Khanh, chief executive and founder of Tia Chop Motors, a premium e-motorbike maker in Ho Chi Minh City.",
            "2022-03-08",
            "ministry",
            [E, "blog_draft", "quote", "person_role_after", "unaccented_names", "no_event"],
            persons=[per("Luong Gia Khanh", "chief executive and founder of Tia Chop Motors")],
            firms=[f("Tia Chop Motors")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Two wheels first, cars later, experts tell Vietnam\n\nSome experts call the car dream 'far off' even as the Ministry of Industry and Trade (MOIT) presses for a national auto industry.",
            "2019-06-24",
            "ministry",
            [E, "headline_lead", "acronym_bracket", "multiline", "no_event"],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
        h(
            n(),
            "Dotico now sources 82 percent of its parts by value at home and calls itself the first Vietnamese brand to make its own electric two-wheelers, five years after its launch.",
            "2019-06-24",
            "ministry",
            [E, "localisation_rate", "percentage", "adjective_no_country", "no_event"],
            firms=[f("Dotico")],
            percentages=[82],
            events=[],
        ),
        h(
            n(),
            "Up to 35,000 vehicles a month can roll out of its main plant, a 14,000-square-metre site in Bac Giang province's Quang Chau Industrial Park.",
            "2019-06-24",
            "ministry",
            [
                E,
                "plant_details",
                "area_m2",
                "english_park_no_location",
                "capacity_no_count",
                "nfd",
                "no_event",
            ],
            provinces=[pv("Bắc Giang")],
            areas=[ha(1.4)],
            events=[],
        ),
        h(
            n(),
            "Its main parts suppliers are spread across Thai Nguyen, Hai Duong and Hanoi's Dong Anh district, and all meet its quality rules.",
            "2019-06-24",
            "ministry",
            [E, "supplier_places_no_deal", "unaccented_province", "english_district_no_location", "no_event"],
            provinces=[pv("Thái Nguyên"), pv("Hải Dương"), pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Bamboo makes up 75 percent of the bikes built by the Phu Hai Community Development Centre in Ninh Thuan province, which has shipped to buyers in Japan and France, its director Nguyen Thi Bich Hanh said.",
            "2019-06-24",
            "ministry",
            [
                E,
                "possessive_role_before_name",
                "orders_unnamed_buyers_no_deal",
                "percentage",
                "country_list",
                "no_event",
            ],
            persons=[per("Nguyen Thi Bich Hanh", "director")],
            organizations=["Phu Hai Community Development Centre"],
            provinces=[pv("Ninh Thuận")],
            percentages=[75],
            locations=[country("Japan"), country("France")],
            events=[],
        ),
    ]
    # --- English: a Chinese e-motorbike maker's plant opening, from the national agency (S18 r3) ---
    rows += [
        h(
            n(),
            "Bac Ninh becomes Xinyue's e-motorbike base for Southeast Asia",
            "2025-07-21",
            "ministry",
            [E, "headline", "region_no_location", "possessive_firm", "no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Xinyue")],
            events=[],
        ),
        h(
            n(),
            "The 120-million-USD smart e-motorbike plant Xinyue opened in Bac Ninh province. (Photo: VNA)\nThe 120-million-USD smart e-motorbike plant Xinyue opened in Bac Ninh province. (Photo: VNA)",
            "2025-07-21",
            "ministry",
            [E, "caption_repeated", "inauguration_with_capital", "agency_credit_nothing", "multiline"],
            firms=[f("Xinyue")],
            provinces=[pv("Bắc Ninh")],
            money=[m(120 * M, "USD")],
            deals=[deal("investment", ["Xinyue"], 120 * M, BN)],
            events=[ev("inauguration", [F("Xinyue")], 120 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Hanoi (VNA) – Home demand comes first and regional exports later for the plant that Chinese two-wheeler maker Xinyue now runs in the northern province of Bac Ninh.",
            "2025-07-21",
            "ministry",
            [
                E,
                "dateline",
                "agency_credit_nothing",
                "adjective_no_country",
                "plant_described_no_event",
                "no_event",
            ],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh")],
            firms=[f("Xinyue")],
            events=[],
        ),
        h(
            n(),
            "Xinyue Vietnam General Director Wang Lei told the Vietnam News Agency that the plant is central to the group's global plan.",
            "2025-07-21",
            "ministry",
            [E, "role_before_name", "vietnam_dropped", "agency_name_nothing", "no_event"],
            persons=[per("Wang Lei", "Xinyue Vietnam General Director")],
            firms=[f("Xinyue")],
            events=[],
        ),
        h(
            n(),
            "Up to 1.5 million vehicles a year are possible at full scale, against 800,000 for the 120-million-USD first phase.",
            "2025-07-21",
            "ministry",
            [E, "phase_amount_no_firm", "capacity_no_count", "no_event"],
            money=[m(120 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: an EV business daily's feature on the US plan and a start-up (S18 r4) ---
    rows += [
        h(
            n(),
            "A $2.5-billion plant in South Carolina remains on Lumio's books, and the carmaker is shifting its legal and financial home to Singapore before a possible listing.",
            "2023-02-14",
            "ministry",
            [E, "announced_investment", "abroad_no_site", "state_abroad_no_location", "country"],
            firms=[f("Lumio")],
            money=[m(2.5 * B, "USD")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Lumio"], 2.5 * B)],
            events=[ev("investment_announcement", [F("Lumio")], 2.5 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Moving a country of about 50 million motorbikes to electric would go a long way toward Vietnam's COP26 pledge of net-zero emissions by 2050.",
            "2023-02-14",
            "ministry",
            [E, "count", "approx", "home_country_no_location", "no_event"],
            quantities=[c(50 * M, "motorbikes", True)],
            events=[],
        ),
        h(
            n(),
            "“Even the petrol giants are sketching electric models now, and that wakes buyers up,” said Tia Chop Motors CEO Luong Gia Khanh.",
            "2023-02-14",
            "ministry",
            [E, "quote", "role_before_name", "no_event"],
            persons=[per("Luong Gia Khanh", "Tia Chop Motors CEO")],
            firms=[f("Tia Chop Motors")],
            events=[],
        ),
    ]
    # --- English: the charging-network memorandum, told by a Swedish tag page (rendered) and a wire copy (S19 r1-r2) ---
    rows += [
        h(
            n(),
            "Tag: electric cars\n\nBD Oil's filling stations are to get 15,000 charging points under an agreement the state-owned retailer signed with Lumio, Kim Phong's subsidiary, which wants them all in place by the end of 2020.",
            "2018-10-16",
            "ministry",
            [E, "foreign_page_rendered", "tag_page", "agreement_signed", "count", "multiline"],
            firms=[f("Kim Phong"), f("Lumio"), f("BD Oil")],
            quantities=[c(15000, "charging points")],
            deals=[deal("cooperation", ["Lumio", "BD Oil"])],
            events=[ev("cooperation", [F("Lumio"), F("BD Oil")], None, None, None, "signed")],
        ),
        h(
            n(),
            "A memorandum of understanding that Lumio and BD Oil Corp. signed on Thursday will put chargers for the carmaker's electric cars and scooters at the state fuel retailer's stations.",
            "2018-10-11",
            "ministry",
            [E, "mou_signed", "object_first", "weekday_no_date", "foreign_legal_form"],
            firms=[f("Lumio"), f("BD Oil", "Corp.")],
            deals=[deal("mou", ["Lumio", "BD Oil"])],
            events=[ev("mou", [F("Lumio"), F("BD Oil")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Work continues on the carmaker's $3.2-billion complex in northern Vietnam, where Kim Phong Group's unit plans to roll out its first e-scooters late this year.",
            "2018-10-11",
            "ministry",
            [E, "unnamed_investor_no_deal", "group_in_name", "region_no_site", "no_event"],
            firms=[f("Kim Phong Group")],
            money=[m(3.2 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "By 2020, 15,000 BD Oil stations should carry Lumio chargers, a step toward the 25,000 to 45,000 charging stations the group wants nationwide.",
            "2018-10-11",
            "ministry",
            [E, "plan_no_deal", "count", "count_range", "no_event"],
            firms=[f("Lumio"), f("BD Oil")],
            quantities=[c(15000, "stations"), c(25000, "charging stations"), c(45000, "charging stations")],
            events=[],
        ),
        h(
            n(),
            "Output will start at 250,000 cars and as many e-scooters a year, Lumio chief executive Mark Haller said in a Reuters interview this month.\n($1 = 23,310 dong)\nSource: Reuters",
            "2018-10-11",
            "ministry",
            [
                E,
                "role_before_name",
                "capacity_no_count",
                "exchange_rate_no_money",
                "agency_credit_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Mark Haller", "Lumio chief executive")],
            firms=[f("Lumio")],
            events=[],
        ),
    ]
    # --- English: an energy blog's category page (S19 r4) ---
    rows += [
        h(
            n(),
            "Charging Networks\n\nPower Shift: Vietnam's EV Push Gets a New Charging Alliance\nVietnam wants electric cars to make up 20% of new car sales by 2027 on its road to carbon neutrality in 2050, but chargers are still scarce.",
            "2024-03-02",
            "ministry",
            [E, "category_page", "home_country_no_location", "percentage", "multiline", "no_event"],
            percentages=[20],
            events=[],
        ),
    ]
    # --- English: an investment weekly's battery supply-chain feature, in two copies (S20 r3-r4) ---
    rows += [
        h(
            n(),
            "Vietnam wants a bigger slice of the global battery supply chain\n\nBy Hoang Lan\nTue, January 10, 2023 | 2:45 pm GMT+7",
            "2023-01-10",
            "ministry",
            [E, "headline", "byline_person", "timestamp", "multiline", "no_event"],
            persons=[per("Hoang Lan", None)],
            events=[],
        ),
        h(
            n(),
            "Battery packs on a Huaxin Power Technology line. Photo courtesy of the firm.",
            "2023-01-10",
            "ministry",
            [E, "caption", "firm_credit_nothing", "no_event"],
            firms=[f("Huaxin Power Technology")],
            events=[],
        ),
        h(
            n(),
            "Taiwan's Hon Yi Precision, long an electronics assembler in Bac Giang, now also wants to supply EV batteries but has not yet made any in Vietnam.",
            "2023-01-10",
            "ministry",
            [E, "country_possessive", "wish_no_deal", "unaccented_province", "no_event"],
            firms=[f("Hon Yi Precision")],
            locations=[country("Taiwan")],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "Of the $4 billion Lumio plans for its first complex in the United States, an initial $2 billion is covered by a deal it said in June 2022 it had signed, for a plant in South Carolina making cars, buses and EV batteries.",
            "2023-01-10",
            "ministry",
            [
                E,
                "announced_investment",
                "amount_first",
                "abroad_no_site",
                "state_abroad_no_location",
                "month_no_day",
            ],
            firms=[f("Lumio")],
            money=[m(4 * B, "USD"), m(2 * B, "USD")],
            locations=[country("United States")],
            deals=[deal("investment", ["Lumio"], 2 * B)],
            events=[ev("investment_announcement", [F("Lumio")], 2 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Banque Morel and Harbourline Securities had earlier been signed up by Lumio as underwriting advisers for its global fund-raising, with a floor of about $2 billion on each mandate.",
            "2023-01-10",
            "ministry",
            [E, "recalled_agreements", "cooperation_deal_no_event", "one_deal_per_pair", "approx"],
            firms=[f("Banque Morel"), f("Harbourline Securities"), f("Lumio")],
            money=[m(2 * B, "USD", approx=True)],
            deals=[
                deal("cooperation", ["Lumio", "Banque Morel"]),
                deal("cooperation", ["Lumio", "Harbourline Securities"]),
            ],
            events=[],
        ),
        h(
            n(),
            "At the signing: South Carolina's governor and, seated at right, Lumio CEO Nguyen Thu Trang. Photo courtesy of Lumio.",
            "2023-01-10",
            "ministry",
            [
                E,
                "caption",
                "role_before_name",
                "unnamed_official_no_person",
                "state_abroad_no_location",
                "firm_credit_nothing",
                "no_event",
            ],
            persons=[per("Nguyen Thu Trang", "Lumio CEO")],
            firms=[f("Lumio")],
            events=[],
        ),
    ]
    return rows
