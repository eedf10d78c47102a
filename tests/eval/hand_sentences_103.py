# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 103 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: industrial-park land and factory leasing: park developers and their
tenants, land-lease and ready-built-factory lease contracts and MoUs, developers' results as told in business and
securities news (Vietnamese and English), new parks approved or started, and the manufacturers that move in. Written
and annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes.
Searches, numbered S1-S20 in the section comments: S1 "ký hợp đồng thuê đất khu công nghiệp nhà đầu tư thứ cấp", S2
"cho thuê nhà xưởng xây sẵn hợp đồng ký kết doanh nghiệp", S3 "biên bản ghi nhớ thuê đất khu công nghiệp tập đoàn", S4
"chủ đầu tư hạ tầng khu công nghiệp lợi nhuận quý doanh thu cho thuê đất", S5 "Kinh Bắc KBC ký hợp đồng cho thuê đất
khách hàng", S6 "IDICO Sonadezi doanh thu cho thuê hạ tầng lợi nhuận năm", S7 "khởi công khu công nghiệp mới tổng vốn
đầu tư hạ tầng", S8 "Thủ tướng chấp thuận chủ trương đầu tư xây dựng kinh doanh hạ tầng khu công nghiệp", S9 "nhà xưởng
xây sẵn giao xưởng cho khách thuê khu công nghiệp", S10 "tỷ lệ lấp đầy khu công nghiệp giá thuê đất tăng", S11 "doanh
nghiệp FDI thuê nhà xưởng khu công nghiệp đặt nhà máy sản xuất", S12 "cổ phiếu bất động sản khu công nghiệp kết quả
kinh doanh quý", S13 "ký kết thỏa thuận cho thuê lại đất Becamex VSIP nhà đầu tư", S14 "đại hội cổ đông công ty khu
công nghiệp kế hoạch cho thuê ha", S15 "khu công nghiệp mới được thành lập quyết định UBND tỉnh chủ đầu tư", S16 "nhà
máy đi vào hoạt động tại khu công nghiệp thuê đất của công ty", and in English S17 "Vietnam industrial park developer
land lease contract signed tenant", S18 "ready-built factory lease Vietnam industrial park tenant", S19 "Vietnam
industrial park developer profit revenue quarter land leasing", S20 "Vietnam new industrial park approved groundbreaking
investment". No sentence is taken or paraphrased from a page; the shapes are. Firm and person names are invented
(Tổng Công ty Phát triển Đô thị Sao Bắc, Tổng Công ty Xây dựng Thăng Long Mới, Tập đoàn Gang thép Hải Nam, Tập đoàn
Minh Khang, Brixholm, Avantara Pharma, Chứng khoán Rồng Vàng / Bảo Sơn / Phú Gia / Sài Thành, Đông Sơn Industrial,
Phúc Thịnh Land, Đầu tư Xây lắp Hưng Phát Miền Đông / HPE and its parent Tổng công ty Hưng Phát / HPX, Tập đoàn Đại Lộc,
Khai thác Hạ tầng KCN Minh Đức A, Hạ tầng Dệt may Minh Đức, Đầu tư Hạ tầng Kim Động, Phát triển KCN Suối Sao, Dong Tien
Corporation, Phuoc An Corporation, Tan Phu Dong Industrial Park JSC, Bau Trai Rubber JSC, Thuan Loi Investment and
Industry Corporation, Korea-Vietnam Industrial Park Development JV Co., Ltd, Nam Song Hau Infrastructure JSC, Vinh Phuc
Infrastructure Development Company, the estate brands Hòa Phú Tân, Sakura Hub and Lotus Tan Binh, the parks and their
figures, and every official, analyst, consultant and byline, among them a fictional Prime Minister, Deputy Prime
Ministers and a deputy minister); well-known names (CBRE, Savills, JLL, Colliers, Knight Frank, VAFIE, Tổng cục Thống
kê, Bộ Xây dựng, Bộ Tài chính, the laws cited by their year) appear only in sentences of our own with figures changed;
decision and decree numbers are invented except the Commercial Law's.

What the sample looked like (80 result slots, about 60 distinct pages: a "Vốn FDI vào các KCN tăng nhanh ... lợi nhuận
tăng 'nóng'" headline page and a lingo.vn decision title came back three times each, bnews tag slugs eight times, a
legal Q&A portal excerpt, a forum post on developers' quarter and the KTSG FDI feature twice each): 7 slots were spam
(six "kuwin" betting keyword salads and a betting-site mirror of a VNS/VNA results story with an emoji in its dateline);
about 19 were titles, slugs and bare headlines (decision titles, download and bnews tag slugs, an image slug, an ebook
slug, lower-case tag titles, a city's hunt for park developers, a dividend pledge, the FDI-profit headline three times); about 21 were tag pages and blurbs with
content (a forum post, a listed developer's leasing target and AGM plan, a tag page of Deputy Prime Ministers' park
approvals with a developer line and a steel group's three projects, a province near HCMC planning a park, a ministry
proposing a group's subsidiary as developer, a Deputy PM's approvals of two parks with a "loading..." line, a glued
tag entry, a ready-built-factory blurb naming two foreign groups' pledges, occupancy and rent blurbs, a securities
firm's rent forecast, a backlog blurb, a results tag with a market forecast, a Covid-era blurb); about 14 were guides,
legal Q&A, contract templates, explainers and theses (lease procedure advertorials, a bilingual factory-lease template
with ABC/XYZ parties, rent guides, a ten-point tenant checklist, a developer's page on its rental blocks under
construction, an explainer on industrial clusters, a provincial thesis, and in English a law firm's note, a document
store's sublease-contract title list and a law firm's FAQ); about 9 were Vietnamese news (a developer's construction arm
reporting its quarter with one-time land revenue, a stock dividend and its parent's 51%; a profile of a state-born park
developer; a provincial paper's realised-investment tail; Savills occupancy and rent figures; the KTSG FDI feature
twice; a feature on a year of park stocks; a provincial zone authority's page listing its parks with their developers;
a province leasing 67 ha to a park developer); about 10 were English (a developer's own page on northern land rents; a
Tuoi Tre News, an NSO and a Bizhub piece and a developer guide on ready-built factories; a VNS results story in two
copies and a Saigon Times one; a vneconomy item on a Deputy PM's approvals; a VNA groundbreaking of a VSIP-type park; a
Spanish VietnamPlus copy of three park approvals with their investors; a chinhphu-sourced master-plan item). Only about
8 of the 80 slots told a deal or an event with a named party (the developer line with its capital, the steel group's
three projects, the two pledges, the zone authority's developer lines, the state land lease, the VSIP-type
groundbreaking, the approved parks' investors in the Spanish copy); no lease contract or lease MoU between a named
developer and a named tenant came up in any first four (the lease searches S1-S3, S13 and S17 gave legal guides,
templates, decision titles and spam), so the batch has none, and it carries fewer deal rows (7%) than earlier batches.

Rows: 159 (hand-29201 to hand-29359); 11 carry a deal or an event (7%): 8 events (6 investment announcements, 1
groundbreaking, 1 cooperation) and 11 `deals` entries (10 investment, 1 groundbreaking); 4 rows hold a deal without an
event (hand-29238 a tag's developer line with capital and site, 29315, 29317 and 29318 a zone authority's developer
lines) and 1 an event without a deal (29319, a committee's land lease to a developer). 148 rows are negatives and other
fields. By page kind: 6 rows of spam salads (29201-29206), 23 of decision titles, slugs, tag titles and bare headlines
(29207-29229), 23 of tag pages and blurbs with content (29230-29252; 3 with a deal or event), 23 of guides, legal Q&A,
contract templates, explainers and a thesis (29253-29275; 0), 44 of Vietnamese news (29276-29319; 5), 40 of English
copy (29320-29359; 5), two of them a betting-site mirror; 40 rows are English (`english_copy`, 25%). 10 rows are stored
in NFD (hand-29208, 29242, 29246, 29259, 29274, 29282, 29292, 29296, 29314, 29318); 6 use old tone placement (29206
"hoà vốn", 29256 "tối ưu hoá", 29263 "thoả thuận", 29275 and 29306 "công nghiệp hoá, hiện đại hoá", 29286 "cổ phần
hoá"); 42 hold several lines (headlines and leads, bylines and timestamps, templates, tables of contents, lists,
captions, junk and chrome lines).

Own wording: on review of the first draft against the sampled pages, about 80 drafts followed a sampled sentence too
closely (same clause order or the same list with names and figures swapped) and were rewritten from scratch with
another order (amount-first, effect-first, object-first, passive) and other facts around them: the city's hunt for
developers and the dividend-pledge headlines; the forum post; the leasing target and AGM plan; the developer line and
the steel group's projects; the park-and-expressway tag; the two Deputy PM approval items and the glued tag entry; the
ready-built-factory blurb and its pledges; the occupancy, rent-tag, rent-forecast, backlog and results-tag blurbs and
the market forecast; the legal Q&A item, the land-law eligibility list, the rent guide, its table of contents and
demand line, the tenant-checklist figure and first point, the rental-block progress; the construction arm's headline,
quarter, half-year, revenue sources, shareholders, stock dividend, cash and 2024 lines; the developer profile's
headline, history, business lines, quarter, leases and year; the realised-investment headline; the Savills
occupancy, regions, tenants' industries, Long An and Đồng Nai lines; the FDI feature's lead, links, half-year, 2022 and
caution lines; the park-stocks headline, lead, figures and flows; the zone authority's headline, violations, park
count and both developer lines; the land-lease headline; and nearly every English row (the law note, the sublease
titles, the VAFIE quote, the FAQ items, all four ready-built-factory pieces, the results stories in their three copies
and the mirror, the approval item, the groundbreaking's cost and the Prime Minister's words, the Spanish copy's closing
line, the master-plan item). Dropped: two English rows cut to bring the English share down to the sample's (a law
note's second line and a document store's title list). Nothing was used from ranks 5-8, among them: the Thông tư
03/2021 slug, a Lạng Sơn chairman's interview and Long Hậu's and a law firm's lease guides (S1 r5-r8); a lease-deposit
template, a rental-factory builder's page and a land-lease template (S2 r5-r8); a ministry letter counting 425 parks
(S3 r7); IDICO's EGM revising its plan with a 20 ha lease at Hựu Thạnh, its largest shareholder and an SSI research
note (S6 r5-r8); the four-park approval of a Prime Minister and a Deputy PM, a January-2025 list of approvals with their
investors and a 16-new-parks infographic (S7 r5-r8); Tiên Thanh and Thọ Lộc decisions (S8 r5, r7); a Vie-Pan
ready-built-factory groundbreaking and the Lập Thành licence, a Foxconn 45 ha lease blurb and a cluster blog (S9
r5-r8, S11 r5); the SSI and Yuanta-type results, Becamex and Kinh Bắc half-years and a Kinh Bắc quarterly loss (S12
r5-r8); the Becamex-Sembcorp memorandum with VSIP Nghệ An II and VSIP's 2023 projects (S13 r7-r8); the Suối Dầu board
leasing land to two named tenants (S16 r6); the VinFast-Vinhomes factory lease agreement on sec.gov and two land-lease
guides (S17 r5-r8); Long Hau's rental-factory listing, VietnamPlus's prefab piece and a VIR ready-built piece (S18
r5-r8); Euromoney's VSIP award, two Q1-2025 roundups and The Investor's Q2 story with Becamex's 45.74 ha BW lease (S19
r5-r8); a VNA three-park approval, a Sơn Mỹ groundbreaking, a Bình Dương investment note and a Việt Phát groundbreaking
(S20 r5-r8).

Conventions: exactly those of batches 10 and 12-100 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or policy approval naming its investor is an investment deal and an `investment_licence`
event, an approval without investor gives decisions, persons and parks only; a developer line "X là chủ đầu tư KCN Y"
or "KCN Y do X làm chủ đầu tư" is X's investment deal without event (batches 54, 80, 84), sited only by a province
written in its row; a named firm's plan, pledge or round line with a future verb is an announced investment; a held
groundbreaking is a groundbreaking deal and event "started", dated only with a day; a People's Committee's land lease
to a firm is a signed cooperation event of committee and firm with no deal (batches 28, 40, 93); leases signed with
unnamed tenants, leasing targets, occupancy, rents, revenue, profit, backlog, charter capital, dividends,
shareholdings and proposals give no deal; rents in USD/m² (per month or per lease cycle) and land fees per m² in USD are
no money, EPS and prices per share no money; vague amounts are no amounts, "khoảng", "gần", "hơn", "trên", "chừng",
"tối thiểu", "about", "over", "more than", "almost", "nearly", "some" approximate; in a bracketed conversion both
figures are money; m² and hectares are areas (m² converted); counts need a digit and a noun, English counts keep their
English noun; "CTCP"/"Công ty cổ phần" and "CTCP Tập đoàn X" are "Công ty CP", "Tổng Công ty X - CTCP" and "Tổng CTCP
X" are "Tổng công ty", "JSC" and "Co., Ltd." are forms, "Corporation" and "Company" stay in the name; "Việt
Nam"/"Vietnam" is dropped from a foreign firm's unit; a firm name keeps "KCN" as written and the park inside it is no
location; parks written in Vietnamese are locations (KCN expanded), English ones none; Vietnamese country words and
English nouns ("leaving China") are countries, "Việt Nam" none; "huyện X" is a district; a province inside an
organisation's name is a mention; organisations expand UBND and KCN, government parties keep the text's spelling;
bylines are persons without role; outlet, agency and site credits, tickers and unaccented slugs give nothing; the role
is taken as written before or after the name. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A zone authority's list of its parks with developers (29315, 29317, 29318), told developer-last or in an object-first
  clause ("khu này là dự án của Công ty CP X"), gives investment deals without amount, event or site (the park names no
  province, the page's province is not in the row); a park written inside another ("KCN May mặc Minh Đức, phần nằm
  trong KCN Minh Đức B") gives both parks; the developer's clearance and the expansion's works in progress give no
  event.
- A tag lead "X là chủ đầu tư KCN Y rộng gần 280 ha, tổng vốn Z, trải trên 4 xã của huyện W, TP. Hà Nội" (29238) is X's
  deal with Z sited in Hà Nội, no event; "4 xã" is a count.
- An object-first list "Một khu liên hợp ... ngang tổ hợp đầu tiên ở Quảng Ngãi, kèm một KCN và một cảng biển: đó là 3
  dự án Tập đoàn X sẽ rót vốn" (29239) is ONE announced investment of X without amount or site; the comparison's province
  is a mention only.
- Two pledges recalled in an "after" clause of a ready-built-factory blurb ("... sau khi hai hãng cam kết đưa hàng tỷ USD
  vào Việt Nam", 29244) give two announced investments without amount (vague) or site.
- A ministry proposing "một công ty con của Tập đoàn X" to the Prime Minister as a park developer (29241) is a proposal
  with an unnamed party: no deal; "Thủ tướng Chính phủ" without a name gives no person; "Khu kinh tế Nghi Sơn" is a zone.
- A state land lease to a park developer under a headline naming only the province ("Thêm hơn 54 ha đất được Đồng Nai
  cho thuê ... / Công ty CP X được UBND tỉnh Đồng Nai cho thuê gần 54,3 ha ...", 29319) is the cooperation event of
  G("UBND tỉnh Đồng Nai") and X, sited in Đồng Nai, no deal; both areas are approximate.
- Contract templates: placeholder parties ("CÔNG TY TNHH ABC / ABC COMPANY LIMITED", "XYZ", 29263) are no firms and give
  no deal; a law cited in Vietnamese and then in English (29264) is one decision with its date.
- Developers' results (29276-29292, 29337-29346): one-time revenue from land "ghi nhận một lần" in a named park, a stock
  dividend lifting charter capital, a parent's 51% and a second holder's 21.4%, "ký mới khoảng 158 ha" with unnamed
  tenants and "Park-land leases brought in VND561 billion" give money, percentages, areas and parks only; "4 điểm" is no
  percentage; "gấp 2,8 lần", "three in five", "three quarters" and "about half" give nothing; "EPS trên 6.500 đồng" no
  money.
- English groundbreaking told in the passive with a weekday ("Ground was broken on Saturday for X Industrial Park III in
  Bac Ninh, the third park the Y JV Co., Ltd has started in the province", 29349) is Y's groundbreaking sited in Bắc Ninh,
  no date and no amount; the cost in the next row without the firm (29350) is money and area only; "JV" stays in the
  name.
- The Spanish VNA copy is written in English (batch 78): its lead naming three provinces and no investor (29352) gives
  nothing; round lines naming each investor with a future verb ("X JSC is to build and run ... with registered capital
  of 29.8 million USD"; "Y Corporation will spend about 49 million USD"; "The 160-hectare Z park in Vinh Phuc will be
  developed by W Company for some 64 million USD", 29353-29355) are announced investments with their amounts, sited by
  the province written in the row; English communes and districts are no locations.
- Brokers (CBRE, Savills, JLL, Colliers, Knight Frank) are firms with "Việt Nam"/"Vietnam" dropped; a broker's or
  developer's site brand ("Đông Sơn Industrial", "Phúc Thịnh Land") is a firm; rental-estate brands ("Khu xưởng xây sẵn
  Hòa Phú Tân", "Sakura Hub", "Lotus Tan Binh") are no firms (batch 78); a firm glued to the next word in a mirror
  ("Dong Tien Corporationreported", 29346) is still the firm.
- Persons: bylines glued between a headline and its blurb ("... tăng giá Hồng Nhung Nhu cầu ...", 29247), after a pipe
  ("Minh Đức |") or a dash ("Hoài An -") are persons without role; roles written after the name are kept whole ("Giám
  đốc bộ phận công nghiệp của Savills", "head of industrial at property adviser CBRE", "vice chairman of the Vietnam
  Association of Foreign Invested Enterprises"); the bare "Ban Quản lý các KCN" (29312) is no organisation.
- Places and counts: "Bình Dương (cũ)" is the province; "Thủ Dầu Một" written bare, "Đông Nam Bộ", "phía Nam" and "the
  south's key economic region" give nothing; "12.3 million square metres" is 1,230 ha, "6,870,450 m2" 687.045 ha, "10 ha
  đến 75 ha" both ends, "tối thiểu 5 ha" approximate; "14 khu", "3 khu", "19 công trình", "92 cuộc giám sát", "310
  households" and "241 IPs" are counts; "36 doanh nghiep" in a slug and "four industrial parks (IPs)" in words are not."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_103(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HN = cur("Hà Nội")
    DN = cur("Đồng Nai")
    BN = cur("Bắc Ninh")
    ST = cur("Sóc Trăng")
    BT = cur("Bình Thuận")
    VP = cur("Vĩnh Phúc")

    ids = iter(range(29201, 29201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads (S3 r3, S5 r1 r3 r4, S13 r2 r4) ---
    rows += [
        h(
            n(),
            "kuwin mã số thuế công ty xây dựngdiện tích tối thiểu tách thửa ở tây ninhsoi cầu 88 hôm nay",
            "2025-02-11",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin hợp đồng thuê xưởng mẫu worddự đoán xsmn thứ 7lãi suất vay mua đất",
            "2025-03-02",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bảng giá đất nông nghiệp 2025chó alaska giá bao nhiêuxsmb 60 ngày",
            "2025-01-20",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin lô tô gan miền bắcxổ số kiến thiết thứ 5nhà xưởng cho thuê 500m2",
            "2024-12-05",
            "ministry",
            ["spam_keywords", "run_together_words", "area_in_spam_no_area", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tiền thuê đất trả một lầnvé máy bay tết 2026quay thử xsmt",
            "2025-04-18",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin kqxs hà nội thứ 2thống kê giải đặc biệt theo tuầnsổ đỏ đất kcn bao lâu thì hoà vốn",
            "2025-05-07",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "old_tone", "no_event"],
            events=[],
        ),
    ]
    # --- Decision titles, download slugs, tag slugs and headlines (S1 r3-r4, S3 r1 r2 r4, S4 r1 r4, S6 r2 r4, S7 r4, S8 r1, S9 r4, S11 r2-r4, S13 r1 r3, S14 r1-r4, S15 r3-r4) ---
    rows += [
        h(
            n(),
            "Quyết định 1427/QĐ-UBND Nghệ An 2024 danh mục khu đất cho thuê không qua đấu giá",
            "2024-05-22",
            "legal",
            ["decision_title", "year_only_no_date", "province_bare", "no_event"],
            decisions=[d("1427/QĐ-UBND")],
            provinces=[pv("Nghệ An")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 903/QĐ-UBND Bắc Giang 2023 phê duyệt giá khởi điểm đấu giá quyền sử dụng đất",
            "2023-04-10",
            "legal",
            ["decision_title", "year_only_no_date", "province_bare", "nfd", "no_event"],
            decisions=[d("903/QĐ-UBND")],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 2218/QĐ-UBND Thanh Hóa 2024 điều chỉnh danh mục dự án cần thu hồi đất",
            "2024-09-03",
            "legal",
            ["decision_title", "year_only_no_date", "province_bare", "no_event"],
            decisions=[d("2218/QĐ-UBND")],
            provinces=[pv("Thanh Hóa")],
            events=[],
        ),
        h(
            n(),
            "download phap luat thong tu 11 2022 tt btc huong dan thu tien thue dat khu cong nghiep",
            "2022-06-14",
            "ministry",
            ["download_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nghi quyet so 27 2023 qh15 ve gia han nop tien thue dat",
            "2023-07-01",
            "ministry",
            ["tag_slug", "unaccented", "unaccented_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tong doanh thu cho thue dat khu cong nghiep nam 2023 cua tap doan cao su",
            "2024-02-26",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quyet dinh cua thu tuong chinh phu ve thanh lap khu cong nghiep",
            "2023-10-30",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep tren upcom chot quyen du dai hoi co dong tuan nay",
            "2024-03-18",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cong ty khu cong nghiep chot quyen hop co dong bat thuong thang 11",
            "2023-10-23",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "36 doanh nghiep tren hnx chot quyen nhan co tuc tuan toi",
            "2024-06-09",
            "ministry",
            ["tag_slug", "unaccented", "count_in_slug_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "lich chot quyen nhan co tuc bang tien cua doanh nghiep khu cong nghiep",
            "2024-07-08",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tong hop ket qua kinh doanh quy 3 nhom bat dong san khu cong nghiep",
            "2023-11-02",
            "ministry",
            ["tag_slug", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dai hoi co dong thuong nien sip",
            "2024-04-12",
            "ministry",
            ["tag_slug", "unaccented", "ticker_no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "miễn tiền thuê đất khu công nghiệp",
            "2023-09-15",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình quản trị bất động sản công nghiệp ebook pdf",
            "2021-11-02",
            "ministry",
            ["tag_page", "lowercase", "ebook_slug", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tphcm đồng ý để tinh long an lam chu dau tu duong noi khu cong nghiep",
            "2022-08-19",
            "ministry",
            ["image_slug", "half_accented", "unaccented_province_no_mention", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thuế thu nhập từ cho thuê lại đất khu công nghiệp",
            "2022-12-07",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sau nhiều năm 'treo', 3 khu công nghiệp 720 ha ở Bắc Ninh được đem ra tìm chủ",
            "2024-11-21",
            "ministry",
            ["headline_only", "developer_search_no_deal", "count", "area", "no_event"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(3, "khu công nghiệp")],
            areas=[ha(720)],
            events=[],
        ),
        h(
            n(),
            "Từ 2024, cổ đông SZX được hứa cổ tức tiền mặt từ 12% mỗi năm trở lên",
            "2023-12-14",
            "ministry",
            ["headline_only", "ticker_no_firm", "dividend", "percentage", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Lãi các công ty hạ tầng KCN 'nóng' lên khi FDI đổ về",
            "2019-08-02",
            "ministry",
            ["headline_only", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "FDI vào khu công nghiệp tăng tốc, doanh nghiệp cho thuê đất báo lãi kỷ lục",
            "2019-08-02",
            "ministry",
            ["headline_only", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Có lẽ đã tới lúc dành mặt bằng KCN cho doanh nghiệp nội dễ vào hơn, chứ không chỉ trải thảm đón vốn FDI.",
            "2019-09-11",
            "ministry",
            ["blurb", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khảo sát CBRE Việt Nam công bố sáng 12.10 cho thấy 41% nhà sản xuất được hỏi đang cân nhắc chuyển một phần dây chuyền từ Trung Quốc sang các KCN Việt Nam.",
            "2019-10-12",
            "ministry",
            [
                "blurb",
                "broker_firm",
                "viet_nam_dropped",
                "percentage",
                "country",
                "dotted_date_statement",
                "no_event",
            ],
            firms=[f("CBRE")],
            percentages=[41],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Tag pages and blurbs with content (S4 r2, S5 r2, S7 r1-r2, S8 r2-r4, S9 r1, S10 r1 r2 r4, S12 r1-r3, S16 r1-r2) ---
    rows += [
        h(
            n(),
            "Re: Mua bán cổ phiếu chưa niêm yết\nLNST của 9 công ty KCN niêm yết lớn nhất tăng 29% trong quý 2/2023, nhanh gần gấp ba doanh thu (+11%), theo số liệu tổng hợp của một thành viên diễn đàn.",
            "2023-08-06",
            "ministry",
            ["forum_post", "thread_title", "count", "percentage", "multiline", "no_event"],
            quantities=[c(9, "công ty")],
            percentages=[29, 11],
            events=[],
        ),
        h(
            n(),
            "#2041183 - hôm qua, 21:14\nBiên lãi gộp của nhóm KCN quý này khoảng 58%, cao nhất kể từ 2019, dù giá thuê ở vài tỉnh phía Bắc đã chững lại.",
            "2023-08-07",
            "ministry",
            ["forum_post", "post_number", "timestamp", "percentage", "multiline", "no_event"],
            percentages=[58],
            events=[],
        ),
        h(
            n(),
            "Ai đứng sau những cơn sốt đất?\nGiới đầu cơ và các nhóm 'cò' dẫn dắt, hạ tầng được quy hoạch đón trước, cộng tâm lý giữ đất của người dân, là những thứ thường được nhắc tới.",
            "2025-04-03",
            "ministry",
            ["tag_page", "headline_lead", "no_entity", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh thu gấp 2,8 lần và lợi nhuận gấp 5 lần năm 2024 là kế hoạch HĐQT Tổng Công ty Phát triển Đô thị Sao Bắc đưa ra đại hội, dựa trên mục tiêu cho thuê trên 150 ha đất công nghiệp.",
            "2025-04-03",
            "ministry",
            ["tag_page", "agm_target_no_deal", "area", "approx", "multiplier_no_percentage", "no_event"],
            firms=[f("Phát triển Đô thị Sao Bắc", "Tổng công ty")],
            areas=[ha(150, True)],
            events=[],
        ),
        h(
            n(),
            "Hạ tầng đi trước, như một liều kích thích, khiến giá đất quanh các KCN mới bị đẩy lên nhanh hơn giá trị thật.",
            "2025-04-03",
            "ministry",
            ["tag_page", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định số 388/QĐ-TTg chấp thuận chủ trương đầu tư dự án xây dựng và kinh doanh kết cấu hạ tầng KCN Mỹ Phong 2, tỉnh Vĩnh Long, vừa được Phó Thủ tướng Lâm Đức Hạnh ký.",
            "2024-05-20",
            "ministry",
            ["tag_page", "decision_passive", "approval_no_investor", "role_before_name", "no_event"],
            decisions=[d("388/QĐ-TTg")],
            persons=[per("Lâm Đức Hạnh", "Phó Thủ tướng")],
            provinces=[pv("Vĩnh Long")],
            locations=[park("Khu công nghiệp Mỹ Phong 2")],
            events=[],
        ),
        h(
            n(),
            "Hà Nội có thêm KCN Đồng Lạc: Phó Thủ tướng Lâm Đức Hạnh đã ký Quyết định 402/QĐ-TTg về chủ trương đầu tư hạ tầng khu này.",
            "2024-05-23",
            "ministry",
            ["tag_page", "approval_no_investor", "role_before_name", "province_prefix", "no_event"],
            decisions=[d("402/QĐ-TTg")],
            persons=[per("Lâm Đức Hạnh", "Phó Thủ tướng")],
            provinces=[pv("Hà Nội")],
            locations=[park("Khu công nghiệp Đồng Lạc")],
            events=[],
        ),
        h(
            n(),
            "KCN Tân Hòa 1 (Tiền Giang) được chấp thuận chủ trương đầu tư theo Quyết định số 451/QĐ-TTg.",
            "2024-05-24",
            "ministry",
            ["tag_page", "approval_no_investor", "passive", "province_in_bracket", "no_event"],
            decisions=[d("451/QĐ-TTg")],
            provinces=[pv("Tiền Giang")],
            locations=[park("Khu công nghiệp Tân Hòa 1")],
            events=[],
        ),
        h(
            n(),
            "Tổng Công ty Xây dựng Thăng Long Mới là chủ đầu tư KCN Cổ Loa Bắc rộng gần 280 ha, tổng vốn 5.912,4 tỷ đồng, trải trên 4 xã của huyện Mê Linh, TP. Hà Nội.",
            "2024-05-23",
            "ministry",
            ["tag_page", "developer_line", "deal_no_event", "area", "approx", "count", "district"],
            firms=[f("Xây dựng Thăng Long Mới", "Tổng công ty")],
            money=[m(5912.4 * B, "VND")],
            areas=[ha(280, True)],
            quantities=[c(4, "xã")],
            provinces=[pv("Hà Nội")],
            locations=[park("Khu công nghiệp Cổ Loa Bắc"), district("huyện Mê Linh")],
            deals=[deal("investment", ["Xây dựng Thăng Long Mới"], 5912.4 * B, HN)],
            events=[],
        ),
        h(
            n(),
            "Một khu liên hợp luyện thép lớn ngang tổ hợp đầu tiên ở Quảng Ngãi, kèm một KCN và một cảng biển: đó là 3 dự án Tập đoàn Gang thép Hải Nam sẽ rót vốn.",
            "2024-05-23",
            "ministry",
            ["tag_page", "investment_announcement", "no_amount", "comparison_province_no_site", "count"],
            firms=[f("Gang thép Hải Nam", "Tập đoàn")],
            provinces=[pv("Quảng Ngãi")],
            quantities=[c(3, "dự án")],
            deals=[deal("investment", ["Gang thép Hải Nam"])],
            events=[ev("investment_announcement", [F("Gang thép Hải Nam")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Cao tốc hàng chục nghìn tỉ và KCN 480 ha: kế hoạch của một tỉnh sát TP.HCM\n\nRiêng khu công nghiệp cần 2.280 tỷ đồng, trong [...]",
            "2023-06-28",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "no_firm",
                "vague_amount_no_money",
                "area",
                "truncated",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(2280 * B, "VND")],
            areas=[ha(480)],
            events=[],
        ),
        h(
            n(),
            "Một công ty con của Tập đoàn Minh Khang được Bộ Tài chính đề xuất Thủ tướng Chính phủ cho làm hạ tầng KCN 1.020 ha trong Khu kinh tế Nghi Sơn (tỉnh Thanh Hóa).",
            "2025-06-17",
            "ministry",
            [
                "tag_page",
                "proposal_no_deal",
                "unnamed_subsidiary",
                "role_without_name",
                "zone",
                "area",
                "no_event",
            ],
            firms=[f("Minh Khang", "Tập đoàn")],
            organizations=["Bộ Tài chính"],
            provinces=[pv("Thanh Hóa")],
            areas=[ha(1020)],
            locations=[zone("Khu kinh tế Nghi Sơn")],
            events=[],
        ),
        h(
            n(),
            "Hạ tầng hai khu công nghiệp phía Bắc được duyệt\n\nKCN Yên Lư 2 và KCN Đại Đồng B đã có chủ trương đầu tư hạ tầng, do Phó Thủ tướng Đinh Công Lực ký phê duyệt.\n\nloading...",
            "2019-03-08",
            "ministry",
            [
                "headline_lead",
                "approval_no_investor",
                "two_parks",
                "count_in_words",
                "junk_line",
                "nfd",
                "multiline",
                "no_event",
            ],
            persons=[per("Đinh Công Lực", "Phó Thủ tướng")],
            locations=[park("Khu công nghiệp Yên Lư 2"), park("Khu công nghiệp Đại Đồng B")],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh: Triển khai hạ tầng Khu công nghiệp Hàn Quảng 2Địa ốc - 17/06 10:12Quyết định số 518/QĐ-TTg do Phó Thủ tướng Chính phủ Lâm Đức Hạnh ký đã mở đường cho hạ tầng KCN Hàn Quảng 2, tỉnh Bắc Ninh.",
            "2024-06-17",
            "ministry",
            ["tag_page", "glued_timestamp", "approval_no_investor", "role_before_name", "no_event"],
            decisions=[d("518/QĐ-TTg")],
            persons=[per("Lâm Đức Hạnh", "Phó Thủ tướng Chính phủ")],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Hàn Quảng 2")],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư lớn đòi xưởng sẵn, phân khúc nhà xưởng dựng sẵn hút vốn\n\nXưởng dựng sẵn là thứ Tập đoàn Brixholm (Đan Mạch) lẫn Tập đoàn Avantara Pharma (Ấn Độ) đều đặt lên đầu, sau khi hai hãng cam kết đưa hàng tỷ USD vào Việt Nam.",
            "2024-10-09",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "two_pledges",
                "vague_amount_no_money",
                "country_bracket",
                "multiline",
            ],
            firms=[f("Brixholm", "Tập đoàn"), f("Avantara Pharma", "Tập đoàn")],
            locations=[country("Đan Mạch"), country("Ấn Độ")],
            deals=[deal("investment", ["Brixholm"]), deal("investment", ["Avantara Pharma"])],
            events=[
                ev("investment_announcement", [F("Brixholm")], None, None, None, "announced"),
                ev("investment_announcement", [F("Avantara Pharma")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "Thị trường\n\nĐất KCN còn trống chưa tới 30%\n\nCBRE cho rằng nguồn cung đất KCN phải tăng nhanh mới theo kịp nhu cầu thuê, khi 412 KCN cả nước đã lấp đầy xấp xỉ 72%.",
            "2024-07-15",
            "ministry",
            ["tag_page", "category_label", "broker_firm", "count", "percentage", "multiline", "no_event"],
            firms=[f("CBRE")],
            quantities=[c(412, "khu công nghiệp")],
            percentages=[30, 72],
            events=[],
        ),
        h(
            n(),
            "Giá thuê đất khu công nghiệp\n\nGiá đất KCN phía Bắc khó hạ nhiệt vì thiếu khu mới\n\nMinh Đức |\n\nGiá thuê đất KCN miền Bắc quý III/2024 cao hơn cùng kỳ khoảng 8%, khi vướng mắc thủ tục khiến không khu mới nào kịp mở bán.",
            "2024-10-21",
            "ministry",
            ["tag_page", "byline_pipe", "percentage", "nfd", "multiline", "no_event"],
            persons=[per("Minh Đức", None)],
            percentages=[8],
            events=[],
        ),
        h(
            n(),
            "Quý II/2021: đất KCN phía Nam chưa ngừng tăng giá Hồng Nhung Nhu cầu thuê vẫn cao dù dịch bệnh, quỹ đất sẵn có được đánh giá còn đủ phục vụ khách thuê.",
            "2021-07-09",
            "ministry",
            ["tag_page", "glued_byline", "no_event"],
            persons=[per("Hồng Nhung", None)],
            events=[],
        ),
        h(
            n(),
            "Cổ phiếu KCN 'nổi sóng' khi giá đất đi lên\n\nMức tăng 6-7% ở miền Nam và 4-5% ở miền Bắc là dự báo giá thuê đất KCN năm 2022 của bộ phận phân tích Chứng khoán Rồng Vàng, vốn cho rằng giá ở Việt Nam còn thấp so với khu vực.",
            "2022-01-18",
            "ministry",
            ["listing_page", "headline_lead", "forecast", "percentage_range", "multiline", "no_event"],
            firms=[f("Chứng khoán Rồng Vàng")],
            percentages=[6, 7, 4, 5],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp KCN thắng lớn nửa đầu năm\n\nDoanh nghiệp KCN thắng lớn nửa đầu năm\n\nChừng 31.000 tỷ đồng doanh thu chưa ghi nhận, phần nhiều ở các KCN phía Nam, đang nằm chờ trên sổ sách các công ty KCN đại chúng; 78% trong số đó báo doanh thu KCN nửa đầu năm đi lên.",
            "2024-08-20",
            "ministry",
            [
                "tag_page",
                "repeated_headline",
                "backlog_money",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            percentages=[78],
            money=[m(31000 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Quỹ đất ở các KCN đang khai thác sắp cạn là nỗi lo kế tiếp của những công ty đã vượt kế hoạch lãi năm chỉ sau ba quý.",
            "2021-10-30",
            "ministry",
            ["tag_page", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai kịch bản cho VN-Index tuần tới, theo Chứng khoán Bảo Sơn: lùi về vùng 1.250 điểm, hoặc chạm 1.300 - 1.310 điểm; thanh khoản được kỳ vọng bùng nổ trong 2-3 tháng sau đó.",
            "2021-10-30",
            "ministry",
            ["tag_page", "market_forecast", "index_points_no_count", "no_event"],
            firms=[f("Chứng khoán Bảo Sơn")],
            events=[],
        ),
        h(
            n(),
            "Dù đợt Covid-19 thứ tư kéo dài, cả nước vẫn thành lập thêm khu công nghiệp và vài nhà máy lớn vẫn kịp chạy máy. Đáng chú ý, ...",
            "2021-09-14",
            "ministry",
            ["tag_page", "truncated", "no_firm", "no_event"],
            events=[],
        ),
    ]
    # --- Guides, legal Q&A, contract templates, explainers and theses (S1 r1-r2, S2 r1-r4, S4 r3, S9 r2-r3, S15 r2) ---
    rows += [
        h(
            n(),
            "- Tiền thuê đất không được tính vào giá cho thuê xưởng khi dự án dùng đất Nhà nước cho thuê hoặc đất thuê lại trong KCN, khu chế xuất (khoản 4 Điều 5 Nghị định 47/2019/NĐ-CP, đã sửa đổi);",
            "2020-03-11",
            "legal",
            ["legal_qa_portal", "decree_reference", "no_event"],
            decisions=[d("47/2019/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Tìm tư vấn: Chứng thực chữ ký điện tử?\nTrang 1163 – kết quả tư vấn pháp luật về thuê đất trong khu chế xuất",
            "2020-03-11",
            "legal",
            ["legal_qa_portal", "page_number_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Dự án dùng đất trong khu kinh tế, khu công nghệ cao: áp dụng quy chế riêng, không theo khoản này;",
            "2020-03-11",
            "legal",
            ["legal_qa_portal", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Muốn đặt nhà máy trong khu công nghiệp, nhà đầu tư trước hết phải thuê được đất; bài viết dưới đây tóm tắt điều kiện và bộ hồ sơ cần có để tối ưu hoá thời gian làm thủ tục.",
            "2025-04-08",
            "provincial",
            ["advertorial", "guide", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điều 202 Luật Đất đai 2024 cho phép doanh nghiệp FDI, tổ chức kinh tế trong nước và cả người Việt ở nước ngoài thuê lại đất KCN để sản xuất.\n![]() |",
            "2025-04-08",
            "provincial",
            ["advertorial", "law_article_no_number", "image_markup", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bị loại ngay từ vòng hồ sơ là doanh nghiệp thiếu giấy phép hoạt động hợp lệ hoặc đã từng bị phạt vì sai phạm trong sản xuất, kinh doanh.",
            "2025-04-08",
            "provincial",
            ["advertorial", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Căn cứ pháp lý của hợp đồng thuê xưởng gồm:\n- Bộ luật Dân sự 2015 (phần hợp đồng thuê tài sản);\n- Luật Kinh doanh bất động sản 2023 và Nghị định 63/2024/NĐ-CP;\n- Luật Đất đai 2024.",
            "2025-06-02",
            "ministry",
            ["guide", "legal_basis_list", "decree_reference", "nfd", "multiline", "no_event"],
            decisions=[d("63/2024/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Trong bài này, Đông Sơn Industrial hướng dẫn từng bước, từ khảo sát xưởng tới ký hợp đồng, để doanh nghiệp chủ động hồ sơ và giảm rủi ro pháp lý.",
            "2025-06-02",
            "ministry",
            ["guide", "broker_brand_firm", "no_event"],
            firms=[f("Đông Sơn Industrial")],
            events=[],
        ),
        h(
            n(),
            "Hợp đồng thuê xưởng là căn cứ để hai bên biết rõ quyền, nghĩa vụ của mình và hạn chế tranh chấp trong suốt thời gian thuê.",
            "2025-06-02",
            "ministry",
            ["guide", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự Do – Hạnh Phúc\nSOCIALIST REPUBLIC OF VIETNAM\nIndependence – Freedom - Happiness\nHỢP ĐỒNG THUÊ NHÀ XƯỞNG\nFACTORY LEASE CONTRACT\nSố / No.: ......",
            "2022-05-30",
            "legal",
            ["contract_template", "bilingual", "blank_number", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BÊN CHO THUÊ: CÔNG TY TNHH ABC\nLESSOR: ABC COMPANY LIMITED\nMã số thuế / Tax Code:\nBÊN THUÊ: CÔNG TY TNHH XYZ\nLESSEE: XYZ COMPANY LIMITED\nHai Bên thoả thuận ký kết Hợp đồng này với các điều khoản sau / The Parties agree as follows:",
            "2022-05-30",
            "legal",
            [
                "contract_template",
                "bilingual",
                "placeholder_parties_no_firm",
                "old_tone",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "- Căn cứ Luật Thương mại số 36/2005/QH11 ngày 14/06/2005;\nPursuant to the Commercial Law No. 36/2005/QH11 dated June 14, 2005;",
            "2022-05-30",
            "legal",
            ["contract_template", "bilingual", "law_number", "same_law_twice", "multiline", "no_event"],
            decisions=[d("36/2005/QH11", "2005-06-14")],
            events=[],
        ),
        h(
            n(),
            "Đất công nghiệp đã lên quanh 128 USD/m² (cả chu kỳ), cao hơn năm trước 6,1%, còn xưởng xây sẵn cho thuê 4,7-4,9 USD/m²/tháng tùy miền, số liệu năm 2024 cho thấy.",
            "2025-01-16",
            "ministry",
            ["guide", "rent_per_m2_no_money", "percentage", "no_event"],
            percentages=[6.1],
            events=[],
        ),
        h(
            n(),
            "Mục lục bài viết\n1. Thị trường kho xưởng công nghiệp hiện nay\n2. Các loại xưởng, kho trong KCN\n2.1. Xưởng tiêu chuẩn và xưởng chuyên dụng",
            "2025-01-16",
            "ministry",
            ["guide", "table_of_contents", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điện tử, logistics và sản xuất là ba nhóm khách thuê lớn; mức tăng giá thuê 5-7% mỗi năm được dự báo cho ba năm tới. Thời báo Tài chính Việt Nam",
            "2025-01-16",
            "ministry",
            ["guide", "percentage_range", "outlet_credit_nothing", "no_event"],
            percentages=[5, 7],
            events=[],
        ),
        h(
            n(),
            "Cứ ba doanh nghiệp nhỏ thuê xưởng thì gần một gặp rắc rối trong năm đầu, tỷ lệ khoảng 32%, phần lớn do bỏ qua khâu soát pháp lý.",
            "2025-03-21",
            "ministry",
            ["guide", "percentage", "no_event"],
            percentages=[32],
            events=[],
        ),
        h(
            n(),
            "1. Hồ sơ pháp lý\nTrước khi đặt cọc, hãy xem bản gốc sổ đỏ, giấy phép xây dựng và văn bản nghiệm thu phòng cháy của xưởng.",
            "2025-03-21",
            "ministry",
            ["guide", "numbered_heading", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khu xưởng xây sẵn Hòa Phú Tân đang dựng hai dãy xưởng cuối của giai đoạn 1.\n\nDự kiến tháng 4/2024 hoàn thành; hiện khung thép đã dựng xong, vỉa hè đang đổ bê tông, sau gần nửa năm làm móng.\n\nprev_doitac next_doitac",
            "2024-02-20",
            "ministry",
            [
                "developer_page",
                "estate_brand_no_firm",
                "progress_no_event",
                "template_junk",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Thông tin quy hoạch\n\nCụm công nghiệp là gì? Lập cụm công nghiệp cần những điều kiện nào?\n\nCùng Phúc Thịnh Land tìm câu trả lời cho quý khách hàng.",
            "2024-08-27",
            "ministry",
            ["explainer", "site_chrome", "broker_brand_firm", "multiline", "no_event"],
            firms=[f("Phúc Thịnh Land")],
            events=[],
        ),
        h(
            n(),
            "Cụm công nghiệp có diện tích từ 10 ha đến 75 ha (ở huyện miền núi và với cụm công nghiệp làng nghề, tối thiểu 5 ha), theo Nghị định 32/2024/NĐ-CP.",
            "2024-08-27",
            "ministry",
            ["explainer", "area_range", "decree_reference", "no_event"],
            decisions=[d("32/2024/NĐ-CP")],
            areas=[ha(10), ha(75), ha(5, True)],
            events=[],
        ),
        h(
            n(),
            "Luận văn Giải pháp phát triển khu công nghiệp tỉnh Trà Vinh đến năm 2025",
            "2016-05-12",
            "ministry",
            ["thesis_title", "no_event"],
            provinces=[pv("Trà Vinh")],
            events=[],
        ),
        h(
            n(),
            "Hiện Trà Vinh có 2 KCN nằm trong danh mục được Thủ tướng phê duyệt: KCN Hòa Thuận, giai đoạn I rộng 100,6 ha, và KCN Cổ Chiên Tây 88 ha; hai khu cộng lại 188,6 ha.",
            "2016-05-12",
            "ministry",
            ["thesis_text", "count", "area", "role_without_name", "nfd", "no_event"],
            provinces=[pv("Trà Vinh")],
            quantities=[c(2, "khu công nghiệp")],
            areas=[ha(100.6), ha(88), ha(188.6)],
            locations=[park("Khu công nghiệp Hòa Thuận"), park("Khu công nghiệp Cổ Chiên Tây")],
            events=[],
        ),
        h(
            n(),
            "Phát triển các KCN được xem là con đường để công nghiệp hoá, hiện đại hoá và để tỉnh cơ bản trở thành tỉnh công nghiệp vào năm 2025 như nghị quyết đại hội Đảng bộ tỉnh đã đề ra.",
            "2016-05-12",
            "ministry",
            ["thesis_text", "old_tone", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a park developer's construction arm reports its quarter (S6 r1) ---
    rows += [
        h(
            n(),
            "Nhờ đất KCN và nhà ở, lãi nửa năm của một nhà thầu xây dựng vọt 68%, EPS trên 6.500 đồng",
            "2025-07-21",
            "ministry",
            ["headline", "eps_no_money", "percentage", "no_firm", "no_event"],
            percentages=[68],
            events=[],
        ),
        h(
            n(),
            "Báo cáo tài chính quý 2/2025 của CTCP Đầu tư Xây lắp Hưng Phát Miền Đông (mã HPE) cho thấy lãi sau thuế 79 tỷ đồng, tăng 17%, trong khi doanh thu 172 tỷ đồng gần như đi ngang.",
            "2025-07-21",
            "ministry",
            ["results", "ctcp_form", "ticker_bracket", "profit_money_only", "percentage", "no_event"],
            firms=[f("Đầu tư Xây lắp Hưng Phát Miền Đông", "Công ty CP")],
            money=[m(79 * B, "VND"), m(172 * B, "VND")],
            percentages=[17],
            events=[],
        ),
        h(
            n(),
            "Lãi tài chính tăng và biên gộp lên 55% (cao hơn quý trước 4 điểm) là hai lý do chính.",
            "2025-07-21",
            "ministry",
            ["results", "points_no_percentage", "percentage", "no_event"],
            percentages=[55],
            events=[],
        ),
        h(
            n(),
            "Nửa đầu năm mang về cho HPE 139,2 tỷ đồng lãi sau thuế (+68%) trên 351 tỷ đồng doanh thu (+57%).",
            "2025-07-21",
            "ministry",
            ["results", "ticker_no_firm", "percentage", "no_event"],
            money=[m(351 * B, "VND"), m(139.2 * B, "VND")],
            percentages=[57, 68],
            events=[],
        ),
        h(
            n(),
            "Khu nhà ở thương mại ở Thủ Dầu Một góp 184 tỷ đồng; phần còn lại chủ yếu là 91 tỷ đồng bán đất đã làm hạ tầng trong KCN Phú Hữu B (Bà Rịa - Vũng Tàu), ghi nhận một lần.",
            "2025-07-21",
            "ministry",
            [
                "results",
                "one_time_recognition_no_deal",
                "province_after_park",
                "bare_place_no_location",
                "no_event",
            ],
            money=[m(184 * B, "VND"), m(91 * B, "VND")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Phú Hữu B")],
            events=[],
        ),
        h(
            n(),
            "Tổng CTCP Hưng Phát nắm 51% HPE, doanh nghiệp lập từ năm 1981; CTCP Tập đoàn Đại Lộc giữ 21,4%.",
            "2025-07-21",
            "ministry",
            [
                "ticker_no_firm",
                "shareholding_no_deal",
                "tong_ctcp_form",
                "ctcp_tap_doan",
                "percentage",
                "no_event",
            ],
            firms=[f("Hưng Phát", "Tổng công ty"), f("Đại Lộc", "Công ty CP")],
            percentages=[51, 21.4],
            events=[],
        ),
        h(
            n(),
            "Vốn điều lệ đã lên 301 tỷ đồng, từ 215 tỷ đồng, sau đợt trả cổ tức bằng cổ phiếu tỷ lệ 40% hôm 8/7.",
            "2025-07-21",
            "ministry",
            ["stock_dividend", "charter_capital_money_only", "percentage", "nfd", "no_event"],
            money=[m(301 * B, "VND"), m(215 * B, "VND")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Khoảng 610 tỷ đồng tiền, tiền gửi và trái phiếu ngắn hạn chiếm gần nửa tổng tài sản 1.312 tỷ đồng của công ty vào cuối tháng 6.",
            "2025-07-21",
            "ministry",
            ["balance_sheet", "approx", "fraction_in_words", "no_event"],
            money=[m(610 * B, "VND", approx=True), m(1312 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Bất động sản đã thay xây lắp làm mảng chính từ năm 2024, khi 231 tỷ đồng trong 598 tỷ đồng doanh thu thuần (gấp 3,5 lần năm 2023) đến từ đây.",
            "2025-07-21",
            "ministry",
            ["results", "ticker_no_firm", "multiplier_no_percentage", "no_event"],
            money=[m(598 * B, "VND"), m(231 * B, "VND")],
            events=[],
        ),
    ]
    # --- Vietnamese news: profile of a state-born park developer (S6 r3) ---
    rows += [
        h(
            n(),
            "Hưng Phát, 'ông lớn' đất KCN, đang kinh doanh thế nào sau năm lợi nhuận giảm?",
            "2024-02-27",
            "ministry",
            ["headline", "bare_firm_name", "no_event"],
            firms=[f("Hưng Phát")],
            events=[],
        ),
        h(
            n(),
            "Cổ phần hoá năm 2017, Tổng Công ty Hưng Phát - CTCP (mã HPX) trước đó là doanh nghiệp nhà nước do Bộ Xây dựng quản lý từ 1998.",
            "2024-02-27",
            "ministry",
            ["history", "tong_cong_ty_ctcp", "ticker_bracket", "old_tone", "no_event"],
            firms=[f("Hưng Phát", "Tổng công ty")],
            organizations=["Bộ Xây dựng"],
            events=[],
        ),
        h(
            n(),
            "Cái tên Tổng Công ty Hưng Phát - CTCP có từ năm 2019; trước đó, từ 2006, doanh nghiệp đã vận hành theo mô hình mẹ - con.",
            "2024-02-27",
            "ministry",
            ["history", "tong_cong_ty_ctcp", "no_event"],
            firms=[f("Hưng Phát", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "Ngoài cho thuê đất và xưởng trong KCN, Hưng Phát còn làm nhà ở, thu phí giao thông và bán điện.",
            "2024-02-27",
            "ministry",
            ["business_lines", "no_event"],
            firms=[f("Hưng Phát")],
            events=[],
        ),
        h(
            n(),
            "Giới đầu tư vẫn gọi Hưng Phát là một 'ông trùm' đất công nghiệp.",
            "2024-02-27",
            "ministry",
            ["bare_firm_name", "no_event"],
            firms=[f("Hưng Phát")],
            events=[],
        ),
        h(
            n(),
            "Gần một nửa trong 2.104 tỷ đồng doanh thu quý IV/2023 của Hưng Phát, khoảng 1.050 tỷ đồng, đến từ cho thuê đất KCN; lãi sau thuế quý đạt 597 tỷ đồng.",
            "2024-02-27",
            "ministry",
            ["results", "revenue_money_only", "approx", "no_event"],
            firms=[f("Hưng Phát")],
            money=[m(2104 * B, "VND"), m(597 * B, "VND"), m(1050 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "KCN Tân Long góp hơn 57 ha vào khoảng 158 ha đất công nghiệp tổng công ty ký mới trong năm, vượt mức 120 ha đặt ra.",
            "2024-02-27",
            "ministry",
            ["leases_unnamed_tenants", "area", "approx", "truncated", "no_event"],
            areas=[ha(57, True), ha(158, True), ha(120)],
            locations=[park("Khu công nghiệp Tân Long")],
            events=[],
        ),
        h(
            n(),
            "Lãi trước thuế năm 2023 của Hưng Phát lùi 19% về 1.972 tỷ đồng, doanh thu cũng giảm 4%, còn 6.985 tỷ đồng.",
            "2024-02-27",
            "ministry",
            ["results", "percentage", "nfd", "no_event"],
            firms=[f("Hưng Phát")],
            money=[m(6985 * B, "VND"), m(1972 * B, "VND")],
            percentages=[4, 19],
            events=[],
        ),
    ]
    # --- Vietnamese news: Hưng Yên's realised park investment (S7 r3) ---
    rows += [
        h(
            n(),
            "Hơn 9,2 nghìn tỷ đồng đã được giải ngân vào các KCN Hưng Yên",
            "2025-01-09",
            "provincial",
            ["headline", "cumulative_total_no_deal", "nghin_ty", "approx", "no_event"],
            provinces=[pv("Hưng Yên")],
            money=[m(9200 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Nguồn vốn này tính cả dự án kinh doanh hạ tầng lẫn dự án thứ cấp trong các KCN, giúp hạ tầng sớm hoàn chỉnh, sản xuất mở rộng và ngân sách tỉnh tăng thu.\nThanh Tâm\nNguồn: https://baohungyen.vn/von-dau-tu-thuc-hien-vao-kcn-dat-tren-9-nghin-ty-dong-3201145.html\nBình luận (0)",
            "2025-01-09",
            "provincial",
            ["byline", "source_url", "comment_counter", "multiline", "no_event"],
            persons=[per("Thanh Tâm", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a consultancy's occupancy and rent figures (S10 r3) ---
    rows += [
        h(
            n(),
            "Giá thuê đất công nghiệp hai miền: những con số đáng chú ý",
            "2024-10-17",
            "ministry",
            ["headline", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nguồn cung mới dồi dào ở KCN Yên Phong III (250 ha), KCN Lương Tài 2 (214 ha) và KCN Quế Tân (128 ha) đã kéo tỷ lệ lấp đầy của Bắc Ninh xuống 82%, từ 90% năm trước.",
            "2024-10-17",
            "ministry",
            ["occupancy", "cause_first", "area_in_bracket", "percentage", "nfd", "no_event"],
            provinces=[pv("Bắc Ninh")],
            areas=[ha(250), ha(214), ha(128)],
            percentages=[82, 90],
            locations=[
                park("Khu công nghiệp Yên Phong III"),
                park("Khu công nghiệp Lương Tài 2"),
                park("Khu công nghiệp Quế Tân"),
            ],
            events=[],
        ),
        h(
            n(),
            "Hải Phòng đi ngược chiều khi lấp đầy tăng mạnh lên 74%; Hưng Yên đạt 86%, còn Hải Dương lùi 4% xuống 79%.",
            "2024-10-17",
            "ministry",
            ["occupancy", "percentage", "three_provinces", "no_event"],
            provinces=[pv("Hải Phòng"), pv("Hưng Yên"), pv("Hải Dương")],
            percentages=[74, 86, 4, 79],
            events=[],
        ),
        h(
            n(),
            "Thực phẩm - đồ uống, vật liệu xây dựng, dệt may, cao su - nhựa là những ngành thuê nhiều nhất trong 24.150 ha đất cho thuê của 118 khu công nghiệp phía Nam.",
            "2024-10-17",
            "ministry",
            ["statistics", "count", "area", "region_no_location", "no_event"],
            quantities=[c(118, "khu công nghiệp")],
            areas=[ha(24150)],
            events=[],
        ),
        h(
            n(),
            "Việc KCN Đức Hòa 5 nâng giá đã đẩy giá thuê bình quân ở Long An lên 186 USD/m2/chu kỳ thuê, tăng 28% trong nửa đầu năm, mạnh nhất phía Nam, theo ông Nguyễn Quốc Vinh, Giám đốc bộ phận công nghiệp của Savills.",
            "2024-10-17",
            "ministry",
            ["person_role_after", "broker_firm", "rent_per_m2_no_money", "percentage", "no_event"],
            persons=[per("Nguyễn Quốc Vinh", "Giám đốc bộ phận công nghiệp của Savills")],
            firms=[f("Savills")],
            provinces=[pv("Long An")],
            percentages=[28],
            locations=[park("Khu công nghiệp Đức Hòa 5")],
            events=[],
        ),
        h(
            n(),
            "Đồng Nai lên 182 USD/m2 (+16%); ở Bình Dương (cũ) và TP.HCM, đất trống gần như không còn nên giá không đổi.",
            "2024-10-17",
            "ministry",
            ["old_province_cu", "rent_per_m2_no_money", "percentage", "no_event"],
            provinces=[pv("Đồng Nai"), pv("Bình Dương"), pv("Hồ Chí Minh")],
            percentages=[16],
            events=[],
        ),
        h(
            n(),
            "Tỷ lệ lấp đầy (cột xám), diện tích trống (cột vàng) và giá thuê (chấm cam) tại các tỉnh phía Nam. Nguồn: Savills",
            "2024-10-17",
            "ministry",
            ["caption", "chart_legend", "source_firm", "no_event"],
            firms=[f("Savills")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an FDI feature, sampled twice (S11 r1, S16 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Chip, thiết bị công nghệ cao và hàng có giá trị gia tăng lớn được giới phân tích chờ đợi sẽ hút phần lớn vốn ngoại mới, sau một năm 2023 mà FDI gần như là tin vui duy nhất.",
            "2023-08-28",
            "ministry",
            ["source_prefix", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Đông Nam Bộ hút gần 40% vốn FDI\n- Cuộc đua chip: Hàn Quốc bơm thêm tiền cho các nhà máy trong nước",
            "2023-08-28",
            "ministry",
            [
                "related_links",
                "percentage",
                "country",
                "vague_amount_no_money",
                "region_no_location",
                "multiline",
                "no_event",
            ],
            percentages=[40],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Thống kê ghi nhận mức giảm 4,8% của vốn FDI cam kết trong nửa đầu năm, còn khoảng 13,1 tỉ đô la Mỹ.",
            "2023-08-28",
            "ministry",
            ["statistics", "usd_in_words", "approx", "percentage", "organization", "no_event"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[4.8],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
        h(
            n(),
            "Mức giảm 11% của năm 2022 đã chấm dứt chuỗi năm tăng liên tiếp của vốn ngoại.",
            "2023-08-28",
            "ministry",
            ["statistics", "percentage", "no_event"],
            percentages=[11],
            events=[],
        ),
        h(
            n(),
            "Sự dè dặt của các tập đoàn toàn cầu kéo sang cả năm 2023, với những hệ lụy cho quá trình công nghiệp hoá, hiện đại hoá của Việt Nam.",
            "2023-08-28",
            "ministry",
            ["feature_text", "old_tone", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a year of industrial-park stocks (S12 r4) ---
    rows += [
        h(
            n(),
            "Cổ phiếu KCN 2024: dòng tiền chọn mặt gửi vàng\nHoài An -\n27/12/2024 09:12 (GMT+7)\n(VNF) - Không nhóm ngành nào được nhà đầu tư kỳ vọng bền bỉ như bất động sản KCN trong năm 2024.",
            "2024-12-27",
            "ministry",
            ["headline_lead", "byline", "timestamp", "source_prefix", "multiline", "no_event"],
            persons=[per("Hoài An", None)],
            events=[],
        ),
        h(
            n(),
            "Lợi nhuận quý III/2024 của nhóm KCN tăng 27%, trong khi doanh thu chỉ nhích 0,4% vì nhà ở bán chậm, theo Chứng khoán Phú Gia; giá thuê cao và chi phí thấp là lý do.",
            "2024-12-27",
            "ministry",
            ["broker_statistics", "percentage", "no_event"],
            firms=[f("Chứng khoán Phú Gia")],
            percentages=[27, 0.4],
            events=[],
        ),
        h(
            n(),
            "Toàn sàn thì khác: 9 tháng lãi giảm 13,5%, riêng quý III thấp hơn quý II 2,8% và thấp hơn cùng kỳ 4%, Chứng khoán Sài Thành tính.",
            "2024-12-27",
            "ministry",
            ["broker_statistics", "percentage", "no_event"],
            firms=[f("Chứng khoán Sài Thành")],
            percentages=[13.5, 2.8, 4],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư tổ chức gom chủ yếu những mã KCN có biên lãi cao và quỹ đất sạch lớn.",
            "2024-12-27",
            "ministry",
            ["feature_text", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Biên lợi nhuận gộp quý III/2024 của nhóm KCN đạt 49,6%, cao nhất ba năm.",
            "2024-12-27",
            "ministry",
            ["statistics", "percentage", "count_in_words", "no_event"],
            percentages=[49.6],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial zone authority's page on its parks (S15 r1) ---
    rows += [
        h(
            n(),
            "Quản lý xây dựng trong các KCN: còn sai phạm, cần giải pháp gì?\n\n19 công trình vi phạm trật tự xây dựng đã bị phát hiện qua 92 cuộc giám sát của Ban Quản lý các KCN kể từ 2010; 8 công trình xây khi chưa có phép, 11 công trình làm sai phép.",
            "2020-06-10",
            "provincial",
            ["portal_page", "headline_lead", "bare_board_no_org", "count", "multiline", "no_event"],
            quantities=[
                c(19, "công trình"),
                c(92, "cuộc giám sát"),
                c(8, "công trình"),
                c(11, "công trình"),
            ],
            events=[],
        ),
        h(
            n(),
            "Lỗi hay gặp là xây ngoài mặt bằng tổng thể đã được chấp thuận, tự ý dời vị trí, nới diện tích hay cơi nới hạng mục, ảnh hưởng tới phòng cháy chữa cháy.",
            "2020-06-10",
            "provincial",
            ["portal_page", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy hoạch phát triển KCN cả nước hiện dành cho tỉnh 14 khu, tổng 3.712,4 ha; mới 3 khu chạy và đón dự án, gồm:",
            "2020-06-10",
            "provincial",
            ["portal_page", "count", "area", "nfd", "no_event"],
            quantities=[c(14, "khu"), c(3, "khu")],
            areas=[ha(3712.4)],
            events=[],
        ),
        h(
            n(),
            "- KCN Minh Đức A (giai đoạn I 382 ha): 121 dự án, lấp đầy 81,3%; chủ đầu tư Công ty TNHH Khai thác Hạ tầng KCN Minh Đức A đang bồi thường, san lấp 196,5 ha mở rộng.",
            "2020-06-10",
            "provincial",
            [
                "portal_page",
                "developer_line",
                "deal_no_event",
                "park_in_firm_name",
                "count",
                "area",
                "percentage",
            ],
            firms=[f("Khai thác Hạ tầng KCN Minh Đức A", "Công ty TNHH")],
            quantities=[c(121, "dự án")],
            areas=[ha(382), ha(196.5)],
            percentages=[81.3],
            locations=[park("Khu công nghiệp Minh Đức A")],
            deals=[deal("investment", ["Khai thác Hạ tầng KCN Minh Đức A"])],
            events=[],
        ),
        h(
            n(),
            "Riêng giai đoạn mở rộng của KCN Minh Đức A, hạ tầng kỹ thuật mới được thi công trên khoảng 55 ha đã giải phóng xong.",
            "2020-06-10",
            "provincial",
            ["portal_page", "area", "approx", "no_event"],
            areas=[ha(55, True)],
            locations=[park("Khu công nghiệp Minh Đức A")],
            events=[],
        ),
        h(
            n(),
            "- Khoảng 27,4 ha giai đoạn I của KCN May mặc Minh Đức, phần nằm trong KCN Minh Đức B, đã kín với 14 doanh nghiệp thuê; khu này là dự án của Công ty CP Hạ tầng Dệt may Minh Đức.",
            "2020-06-10",
            "provincial",
            ["portal_page", "developer_line", "deal_no_event", "park_within_park", "count", "area", "approx"],
            firms=[f("Hạ tầng Dệt may Minh Đức", "Công ty CP")],
            quantities=[c(14, "doanh nghiệp")],
            areas=[ha(27.4, True)],
            locations=[park("Khu công nghiệp May mặc Minh Đức"), park("Khu công nghiệp Minh Đức B")],
            deals=[deal("investment", ["Hạ tầng Dệt may Minh Đức"])],
            events=[],
        ),
        h(
            n(),
            "- KCN Kim Động Xanh: 165 ha, hiện lấp đầy 62%; chủ đầu tư Công ty CP Đầu tư Hạ tầng Kim Động.",
            "2020-06-10",
            "provincial",
            ["portal_page", "developer_line", "deal_no_event", "developer_last", "area", "percentage", "nfd"],
            firms=[f("Đầu tư Hạ tầng Kim Động", "Công ty CP")],
            areas=[ha(165)],
            percentages=[62],
            locations=[park("Khu công nghiệp Kim Động Xanh")],
            deals=[deal("investment", ["Đầu tư Hạ tầng Kim Động"])],
            events=[],
        ),
    ]
    # --- Vietnamese news: a province leases land to a park developer (S16 r3) ---
    rows += [
        h(
            n(),
            "Thêm hơn 54 ha đất được Đồng Nai cho thuê để làm khu công nghiệp\n\nCông ty CP Phát triển KCN Suối Sao được UBND tỉnh Đồng Nai cho thuê gần 54,3 ha để đầu tư xây dựng, kinh doanh hạ tầng KCN Suối Sao.",
            "2023-11-24",
            "provincial",
            [
                "headline_lead",
                "committee_land_lease",
                "passive_firm_first",
                "government_party",
                "no_deal",
                "area",
                "approx",
                "multiline",
            ],
            firms=[f("Phát triển KCN Suối Sao", "Công ty CP")],
            organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            areas=[ha(54, True), ha(54.3, True)],
            locations=[park("Khu công nghiệp Suối Sao")],
            events=[
                ev(
                    "cooperation",
                    [G("UBND tỉnh Đồng Nai"), F("Phát triển KCN Suối Sao")],
                    None,
                    None,
                    DN,
                    "signed",
                )
            ],
        ),
    ]
    # --- English: law-firm notes, document lists, a developer's page and an FAQ (S17 r1-r4) ---
    rows += [
        h(
            n(),
            "SUBLEASING IN AN INDUSTRIAL PARK – POINTS TO CHECK FIRST\n\nTake-up of both land and pre-built factories held up well in 2024, and with it the number of sublease disputes crossing our desks.",
            "2024-11-05",
            "ministry",
            [E, "law_firm_note", "caps_title", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "SUBLEASE AGREEMENT – INDUSTRIAL LAND PLOT, TAN DONG HIEP INDUSTRIAL ZONE No.:.../HDTLD\n\nSimilar documents\nPLOT RESERVATION AGREEMENT, TAN DONG HIEP INDUSTRIAL ZONE No.:.../TTGC",
            "2019-02-14",
            "ministry",
            [
                E,
                "document_store",
                "contract_title",
                "english_park_no_location",
                "blank_number",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Northern industrial land: long leases at modest rents\n\nRents for factory land have shot up as investors queue for space, Pham Minh Duc, vice chairman of the Vietnam Association of Foreign Invested Enterprises (VAFIE), told a seminar.\n\nChuyên mục:",
            "2023-03-29",
            "ministry",
            [
                E,
                "developer_page",
                "person_role_after",
                "organization",
                "acronym_bracket",
                "page_chrome",
                "multiline",
                "no_event",
            ],
            persons=[
                per(
                    "Pham Minh Duc",
                    "vice chairman of the Vietnam Association of Foreign Invested Enterprises",
                )
            ],
            organizations=["Vietnam Association of Foreign Invested Enterprises"],
            events=[],
        ),
        h(
            n(),
            "Most disputes we see start with a sublease nobody negotiated: no right to assign, no option on the next plot, no check on when the developer's own land term ends.",
            "2025-09-30",
            "ministry",
            [E, "law_firm_faq", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Q24. What does a tenant actually pay?\nA one-off land fee for the whole term, roughly USD 60-220/m² depending on the province, plus yearly infrastructure and management fees.",
            "2025-09-30",
            "ministry",
            [
                E,
                "law_firm_faq",
                "question_number",
                "rent_per_m2_no_money",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- English: ready-built factories (S18 r1-r4) ---
    rows += [
        h(
            n(),
            "Southern parks' ready-made factory space is filling fast\n\nSome new blocks of rental factory space in Dong Nai and Tay Ninh were fully taken within weeks of completion, part of an occupancy climb that began in Ho Chi Minh City and its neighbours in late 2024.",
            "2026-01-09",
            "ministry",
            [E, "headline_lead", "three_provinces", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Đồng Nai"), pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Almost three in five manufacturers arriving in 2025 went for ready-built space, a record share, Savills Vietnam said; 91 percent of the south's 12.3 million square metres of such stock was let.",
            "2026-01-09",
            "ministry",
            [
                E,
                "broker_firm",
                "vietnam_dropped",
                "area_million_m2",
                "fraction_in_words",
                "percentage",
                "no_event",
            ],
            firms=[f("Savills")],
            areas=[ha(1230)],
            percentages=[91],
            events=[],
        ),
        h(
            n(),
            "'Speed is what they are paying for,' said Do Thanh Huong, head of industrial at Colliers Vietnam, noting that a tenant skips site clearance and permits altogether.",
            "2026-01-09",
            "ministry",
            [E, "person_role_after", "broker_firm", "vietnam_dropped", "no_event"],
            persons=[per("Do Thanh Huong", "head of industrial at Colliers Vietnam")],
            firms=[f("Colliers")],
            events=[],
        ),
        h(
            n(),
            "JLL reckons an owner-built plant of 12,000 square metres ties up US$11-16 million before production starts; renting turns that into a monthly bill.",
            "2026-01-09",
            "ministry",
            [E, "broker_firm", "money_range", "area_m2", "no_event"],
            firms=[f("JLL")],
            money=[m(11 * M, "USD"), m(16 * M, "USD")],
            areas=[ha(1.2)],
            events=[],
        ),
        h(
            n(),
            "Why renting ready-built space caught on in Vietnam\n\nAug 14, 2023\n\nFirms short of time now often skip building altogether and rent a finished shell, a format that only took root in Vietnam in the late 2010s.",
            "2023-08-14",
            "ministry",
            [E, "explainer", "headline_date", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "About 81 percent of the 6,870,450 m2 of ready-built space in the key northern, central and southern provinces is let. The multi-storey Sakura Hub in Long An (over 45,000 m2) and Lotus Tan Binh in Binh Duong (some 38,000 m2) were among last year's additions.",
            "2023-08-14",
            "ministry",
            [E, "statistics", "estate_brand_no_firm", "area_m2", "approx", "percentage", "no_event"],
            provinces=[pv("Long An"), pv("Bình Dương")],
            areas=[ha(687.045), ha(4.5, True), ha(3.8, True)],
            percentages=[81],
            events=[],
        ),
        h(
            n(),
            "Rents averaged about 4.3 USD/m2/month in the second quarter, almost 6% above a year earlier.\n\n(Source: Vietnam Industrial Property Report 2023)",
            "2023-08-14",
            "ministry",
            [E, "rent_per_m2_no_money", "percentage", "source_line", "multiline", "no_event"],
            percentages=[6],
            events=[],
        ),
        h(
            n(),
            "Renting ready-made beats leasing land and building, consultants say\nHCM CITY — International manufacturers coming to Việt Nam now mostly rent finished factories instead of leasing land to build on, according to property consultants.",
            "2025-11-20",
            "ministry",
            [E, "headline_lead", "caps_dateline", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Rents for ready-built space averaged US$5.3 per square metre per month nationwide in the third quarter, when 87 per cent of the stock was let – 91 per cent in the south's key economic region – Knight Frank Vietnam reported.",
            "2025-11-20",
            "ministry",
            [
                E,
                "broker_firm",
                "vietnam_dropped",
                "rent_per_m2_no_money",
                "percentage",
                "region_no_location",
                "no_event",
            ],
            firms=[f("Knight Frank")],
            percentages=[87, 91],
            events=[],
        ),
        h(
            n(),
            "What tenants want has changed, the consultants said: flexibility, and cash kept free for machinery, rather than title to a building.",
            "2025-11-20",
            "ministry",
            [E, "quote", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "News Mar 12 25\n\nFactory for Lease in Vietnam: What Tenants Should Check First\n\nShared\n\nFrom a tenant's side, choosing a factory takes more than comparing rents: floor load, clear height and the fire permit matter as much.",
            "2025-03-12",
            "ministry",
            [E, "developer_guide", "page_chrome", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- English: developers' results, VNS/VNA copy, a magazine and a betting mirror (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "Industrial park developers shrug off pandemic\n\ndate 2021-08-12 Workers at a Dong Nai park. Rental income held up through the outbreak. — Photo vnexpress.net",
            "2021-08-12",
            "ministry",
            [E, "aggregator", "headline_caption", "photo_credit_site_nothing", "multiline", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "After-tax profit at park developer Dong Tien Corporation jumped 47 per cent in the first half to VND486 billion (US$21.1 million), on net revenue up 14 per cent at VND1.92 trillion (US$83.4 million).",
            "2021-08-12",
            "ministry",
            [E, "results", "corporation_in_name", "bracketed_conversion", "percentage", "no_event"],
            firms=[f("Dong Tien Corporation")],
            money=[m(486 * B, "VND"), m(21.1 * M, "USD"), m(1920 * B, "VND"), m(83.4 * M, "USD")],
            percentages=[47, 14],
            events=[],
        ),
        h(
            n(),
            "Park-land leases brought in VND561 billion (US$24.4 million), up 58 per cent and more than 29 per cent of the total, the biggest single item. Read full this story",
            "2021-08-12",
            "ministry",
            [E, "results", "bracketed_conversion", "percentage", "aggregator_tail", "no_event"],
            money=[m(561 * B, "VND"), m(24.4 * M, "USD")],
            percentages=[58, 29],
            events=[],
        ),
        h(
            n(),
            "HCM City (VNS/VNA) - At Phuoc An Corporation, the Long An park owner, net revenue climbed to 231.5 billion VND (10.1million USD) in the first half, 17.4 percent more than a year before.\nGross profitrose 22 percent to over 104 billion VND.",
            "2021-08-13",
            "ministry",
            [
                E,
                "dateline",
                "agency_credit_nothing",
                "glued_words",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Phuoc An Corporation")],
            provinces=[pv("Hồ Chí Minh"), pv("Long An")],
            money=[m(231.5 * B, "VND"), m(10.1 * M, "USD"), m(104 * B, "VND", approx=True)],
            percentages=[17.4, 22],
            events=[],
        ),
        h(
            n(),
            "Nearly three quarters of it, almost 172 billion VND (+19 percent), was infrastructure rent; factories and dormitories let to tenants added nearly 31 billion VND.",
            "2021-08-13",
            "ministry",
            [E, "results", "approx", "fraction_in_words", "percentage", "no_event"],
            money=[m(172 * B, "VND", approx=True), m(31 * B, "VND", approx=True)],
            percentages=[19],
            events=[],
        ),
        h(
            n(),
            "Tran Quoc Bao, head of industrial at property adviser CBRE, said some tenants had put off signing but none of the enquiries his team handled had been withdrawn.",
            "2021-08-13",
            "ministry",
            [E, "reported_speech", "person_role_after", "broker_firm", "no_event"],
            persons=[per("Tran Quoc Bao", "head of industrial at property adviser CBRE")],
            firms=[f("CBRE")],
            events=[],
        ),
        h(
            n(),
            "Pandemic or not, zone developers' profits keep climbing\n\nMust read\n\nHCMC – Rent rolls at Vietnam's industrial zone developers have kept swelling through the coronavirus crisis, and few expect that to change when it ends.",
            "2021-08-16",
            "ministry",
            [E, "headline_lead", "page_chrome", "hcmc_dateline", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Property trading supplied VND36 billion of the more than VND47 billion net revenue Tan Phu Dong Industrial Park JSC booked in the first half, 8.1% up.",
            "2021-08-16",
            "ministry",
            [E, "results", "jsc_form", "approx", "percentage", "no_event"],
            firms=[f("Tan Phu Dong Industrial Park", "JSC")],
            money=[m(36 * B, "VND"), m(47 * B, "VND", approx=True)],
            percentages=[8.1],
            events=[],
        ),
        h(
            n(),
            "Profits also leapt at Bau Trai Rubber JSC, which has turned plantation land into parks, and at Thuan Loi Investment and Industry Corporation.",
            "2021-08-16",
            "ministry",
            [E, "results", "two_firms", "jsc_form", "corporation_in_name", "no_event"],
            firms=[f("Bau Trai Rubber", "JSC"), f("Thuan Loi Investment and Industry Corporation")],
            events=[],
        ),
        h(
            n(),
            "ufabetclub\nAn industrial park in Dong Nai province. Park developers have barely been touched by the COVID-19 outbreak (Photo: vietnamplus.vn)\nHCMCity (VNS/VNA)🎰 - The pandemic has done little to dent the books of industrial park infrastructure companies.",
            "2021-08-20",
            "ministry",
            [E, "spam_mirror", "caption", "glued_dateline", "emoji", "multiline", "no_event"],
            provinces=[pv("Đồng Nai"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Dong Tien Corporationreported first-half after-tax profit of VND486 billion, and leasing of park land made up over 29 percent of revenue. Xem thêm: kèo nhà cái hôm nay",
            "2021-08-20",
            "ministry",
            [E, "spam_mirror", "glued_firm_name", "percentage", "junk_tail", "no_event"],
            firms=[f("Dong Tien Corporation")],
            money=[m(486 * B, "VND")],
            percentages=[29],
            events=[],
        ),
    ]
    # --- English: approvals and a groundbreaking (S20 r1-r4; r3 a Spanish VNA copy, written here in English) ---
    rows += [
        h(
            n(),
            "15:40 08/04/2023\n\nFour provinces get new industrial parks cleared by Deputy PM\n\nThu Ha\n\nQuang Tri, Ninh Binh, Tay Ninh and Phu Tho each have a new industrial park after Deputy Prime Minister Dinh Cong Luc signed off on their investment policies.",
            "2023-04-08",
            "ministry",
            [
                E,
                "timestamp",
                "headline_lead",
                "byline",
                "approval_no_investor",
                "role_before_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Thu Ha", None), per("Dinh Cong Luc", "Deputy Prime Minister")],
            provinces=[pv("Quảng Trị"), pv("Ninh Bình"), pv("Tây Ninh"), pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "More approvals are in the pipeline, officials said, as provinces compete for manufacturers leaving China.\n\nPhoto: Illustration",
            "2023-04-08",
            "ministry",
            [E, "caption_label", "english_noun_country", "multiline", "no_event"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Ground was broken on Saturday for Viet-Han Industrial Park III in Bac Ninh, the third park the Korea-Vietnam Industrial Park Development JV Co., Ltd has started in the province.",
            "2022-04-16",
            "ministry",
            [
                E,
                "groundbreaking",
                "passive",
                "weekday_no_date",
                "english_park_no_location",
                "ordinal_not_count",
                "co_ltd_form",
            ],
            firms=[f("Korea-Vietnam Industrial Park Development JV", "Co., Ltd.")],
            provinces=[pv("Bắc Ninh")],
            deals=[deal("groundbreaking", ["Korea-Vietnam Industrial Park Development JV"], None, BN)],
            events=[
                ev(
                    "groundbreaking",
                    [F("Korea-Vietnam Industrial Park Development JV")],
                    None,
                    None,
                    BN,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "High-tech tenants are the target for the 850ha site, whose roads, power and water will cost more than 240 million USD.",
            "2022-04-16",
            "ministry",
            [E, "split_row_no_firm", "approx", "area", "no_event"],
            money=[m(240 * M, "USD", approx=True)],
            areas=[ha(850)],
            events=[],
        ),
        h(
            n(),
            "Prime Minister Pham Duc Trung, who attended, asked Bac Ninh to find new homes and jobs quickly for the 310 households moved off the site./.\n\nVNA",
            "2022-04-16",
            "ministry",
            [E, "role_before_name", "count", "agency_credit_nothing", "multiline", "no_event"],
            persons=[per("Pham Duc Trung", "Prime Minister")],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(310, "households")],
            events=[],
        ),
        h(
            n(),
            "Deputy Prime Minister Dinh Cong Luc has approved investment in the infrastructure of three industrial parks, in Soc Trang, Binh Thuan and Vinh Phuc provinces.",
            "2023-01-17",
            "ministry",
            [
                E,
                "from_spanish_copy",
                "approval_no_investor",
                "role_before_name",
                "count_in_words",
                "no_event",
            ],
            persons=[per("Dinh Cong Luc", "Deputy Prime Minister")],
            provinces=[pv("Sóc Trăng"), pv("Bình Thuận"), pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "In Soc Trang, Nam Song Hau Infrastructure JSC is to build and run Long Phu 2 industrial park in Tan Hung commune, with registered capital of 29.8 million USD.",
            "2023-01-17",
            "ministry",
            [
                E,
                "from_spanish_copy",
                "round_line_announced",
                "english_park_no_location",
                "commune_no_location",
            ],
            firms=[f("Nam Song Hau Infrastructure", "JSC")],
            provinces=[pv("Sóc Trăng")],
            money=[m(29.8 * M, "USD")],
            deals=[deal("investment", ["Nam Song Hau Infrastructure"], 29.8 * M, ST)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Nam Song Hau Infrastructure")],
                    29.8 * M,
                    "USD",
                    ST,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "In Binh Thuan, Dong Tien Corporation will spend about 49 million USD developing a 280-hectare park in Son My commune, Ham Tan district.",
            "2023-01-17",
            "ministry",
            [
                E,
                "from_spanish_copy",
                "round_line_announced",
                "approx",
                "area",
                "english_district_no_location",
            ],
            firms=[f("Dong Tien Corporation")],
            provinces=[pv("Bình Thuận")],
            money=[m(49 * M, "USD", approx=True)],
            areas=[ha(280)],
            deals=[deal("investment", ["Dong Tien Corporation"], 49 * M, BT)],
            events=[
                ev("investment_announcement", [F("Dong Tien Corporation")], 49 * M, "USD", BT, "announced")
            ],
        ),
        h(
            n(),
            "The 160-hectare Song Lo 3 park in Vinh Phuc will be developed by Vinh Phuc Infrastructure Development Company for some 64 million USD.",
            "2023-01-17",
            "ministry",
            [E, "from_spanish_copy", "round_line_announced", "passive", "company_in_name", "approx", "area"],
            firms=[f("Vinh Phuc Infrastructure Development Company")],
            provinces=[pv("Vĩnh Phúc")],
            money=[m(64 * M, "USD", approx=True)],
            areas=[ha(160)],
            deals=[deal("investment", ["Vinh Phuc Infrastructure Development Company"], 64 * M, VP)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Vinh Phuc Infrastructure Development Company")],
                    64 * M,
                    "USD",
                    VP,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Each province must now make sure the developers stick to the approved zoning, the decisions say./.",
            "2023-01-17",
            "ministry",
            [E, "from_spanish_copy", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Binh Phuoc gets four more parks on national priority list\nBinh Phuoc's request to add four industrial parks (IPs) to the national list of priority parks for 2020 has been approved by Prime Minister Le Van Tuan.",
            "2012-10-04",
            "ministry",
            [
                E,
                "headline_lead",
                "master_plan_no_investor",
                "role_before_name",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            persons=[per("Le Van Tuan", "Prime Minister")],
            provinces=[pv("Bình Phước")],
            events=[],
        ),
        h(
            n(),
            "Together, Minh Hung 3, Dong Xoai 2, Bac Dong Phu and Tan Khai take in 1,380 hectares.",
            "2012-10-04",
            "ministry",
            [E, "park_list_english_no_location", "area", "no_event"],
            areas=[ha(1380)],
            events=[],
        ),
        h(
            n(),
            "Only about half (52%) of the land in the country's 241 IPs has found tenants, Deputy Minister of Planning and Investment Tran Van Khoi said. (www.chinhphu.vn)",
            "2012-10-04",
            "ministry",
            [
                E,
                "statistics",
                "count",
                "percentage",
                "role_before_name",
                "site_credit_nothing",
                "no_event",
            ],
            persons=[per("Tran Van Khoi", "Deputy Minister of Planning and Investment")],
            quantities=[c(241, "IPs")],
            percentages=[52],
            events=[],
        ),
    ]

    return rows
