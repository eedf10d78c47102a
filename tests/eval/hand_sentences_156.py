# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 156 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: steel structures, pre-engineered buildings and steel fabrication for
factories in Vietnam (kết cấu thép, nhà xưởng tiền chế, gia công thép). Written and annotated for every field BEFORE any
tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section
comments: S1 "gia công kết cấu thép nhà xưởng công ty đầu tư nhà máy mới", S2 "nhà xưởng tiền chế khu công nghiệp doanh
nghiệp thi công", S3 "khánh thành nhà máy sản xuất kết cấu thép tiền chế", S4 "ký hợp đồng tổng thầu thiết kế thi công
nhà xưởng kết cấu thép", S5 "xuất khẩu kết cấu thép doanh nghiệp Việt Nam đơn hàng", S6 "doanh nghiệp nhà thép tiền chế
FDI mở rộng nhà máy Việt Nam", S7 "gia công cơ khí chế tạo cho nhà máy khu công nghiệp công nghiệp hỗ trợ thép", S8 "cấp
giấy chứng nhận đầu tư dự án gia công kết cấu thép khu công nghiệp", S9 "khởi công xây dựng nhà xưởng kết cấu thép nhà
máy FDI", S10 "dầm thép tổ hợp nhà máy kết cấu thép công suất tấn năm", S11 "doanh nghiệp kết cấu thép niêm yết doanh
thu lợi nhuận đơn hàng", S12 "nhà xưởng xây sẵn cho thuê khu công nghiệp kết cấu thép", S13 "giá thép tăng ảnh hưởng
doanh nghiệp gia công kết cấu thép", S14 "sập nhà xưởng kết cấu thép tai nạn lao động công trình", S15 "liên doanh sản
xuất kết cấu thép doanh nghiệp Nhật Bản Hàn Quốc ký kết", S16 "sản xuất tháp trụ điện gió kết cấu thép nhà máy Việt
Nam", and in English S17 "Vietnam pre-engineered steel building manufacturer factory", S18 "steel structure fabrication
Vietnam export contract", S19 "Vietnam steel fabrication company industrial park investment licence", S20 "factory
construction Vietnam steel frame design-build contractor". (Batch 120 had a close theme with other searches; a few of
the same pages came back, among them the tag on skimping on steel, the truss-price tag, the iron-ore cost slug and the
steel-building maker's press release on a carmaker's complex; none of its rows was reused, and every row here was
checked against it.) No sentence is taken or paraphrased from a page; the shapes are. Firm, plant, park-building,
person and byline names are invented (Minh Khôi Motor, Hanjoo Tech, Phúc Khang Steel, Gwangyang Special Steel, Tập đoàn
Gang thép Liêu Hà, Lạc Long Steel, Ishikari Steel Tube, Thép Đông Hải / DHS, Khu nhà xưởng xây sẵn Thái Hòa, Thép Kết
cấu Tân Hòa Phong / Tân Hòa Phong and its THP Steel 2 plant, Kim Long, Sông Lô, Thép Bắc Việt, Phú Hưng Steel,
Kanazawa Steel, Besi Sarawak, Sarawak Kanazawa Steel, Seto Steel, Hokkai Steel, Công nghiệp Tàu thủy Bạch Long / Bạch
Long, XNK Máy móc Quý Châu, Luyện kim Hoa Trung, Ha Trung Steel, Shinwa Steel, Sapphire Steel Buildings / Sapphire,
Truong Son Motors / Truong Son Group, Hai Au Steel Structure / Hai Au, Minh Phat Thinh Construction & Investment, Perkasa
Group and its Ba Lang Chemical Complex, Dai Nam Steel Group, Dai Nam Steel Sheet, Gulfbuild Steel / GSV, TKC, the
Phước Hữu 3 wind farm, and every official, director, author, speaker, photographer and byline); well-known names
(Hiệp hội Thép Việt Nam, Hiệp hội Sắt thép Nhật Bản, Ủy ban Kiểm tra Trung ương, Phòng Thương mại và Công nghiệp Đức tại
Việt Nam, Tổng cục Thống kê, Cục An toàn lao động, Trường Đại học Kiến trúc Hà Nội, the Ministry of Planning and
Investment, the parks of Phú Mỹ 2, Phúc Điền and Quế Võ and the Nghi Sơn zone, the decrees 37/2015/NĐ-CP and
50/2021/NĐ-CP and the decision 12/2011/QĐ-TTg) appear only in sentences of our own, with figures, dates and places
changed.

What the sample looked like (80 result slots, about 50 distinct pages: a tag on skimping on steel in load-bearing parts
came back eight times, an iron-ore cost slug six times, a truss-price tag five times, a park developer's progress page on
ready-built factories three times, ebook tags three times, a design-build contractor's blog three times, a
newsroom snippet, a keyword tag, an image slug and a prebuilt-factory tag page twice each): 10 slots were keyword spam on
foreign domains (the iron-ore slug, two process-cost slugs, a cement-silo slug); 33 were tag, title, slug and keyword
pages (the skimping and truss tags, ebook tags, a sector-outlook title, a prebuilt-factory tag page with a headline and
lead, a decree title, an unaccented image slug twice, two steel sellers' keyword tags, a seller's raw HTML head, a
steel-association tag with a headline and lead, two business teasers, a law keyword tag, an image-attachment page
for a carmaker's scheduled groundbreaking abroad, a forum thread title, a labour daily's title, an archive snippet of a
scaffold collapse); 8 were theses, reports and guides on document stores and consultancy sites (a thesis chapter on
East Asian steel complexes with a table and a recalled joint venture, a supporting-industry feature with footnote
markers, a consultancy guide to building in industrial parks, a student's financial analysis of a listed steel maker,
a broker's sector report, an analysts' note with tickers, a thesis on listed building-materials firms, a master's
thesis on site safety); 11 were Vietnamese news and features (the developer's progress page three times; a city daily
on a steel-structure plant's opening with attendees, foreign guests, lines, a laser cutter and phases; a business
weekly's FDI feature with related links; two steel-price items; a union site's feature on site accidents; a news
agency's item on a Japanese steel maker's joint venture abroad and a steel portal's copy of it; a labour daily on wind
farms waiting for the grid, with a caption printed three times); 3 were foreign-language pages (a Russian metals wire
on a joint venture in Japan, a German newsletter on a planned joint venture in Vietnam, a Chinese trade site on a state
shipbuilder's contracts and ventures; read for their shapes and rendered here in Vietnamese or English); 15 were English
(a steel-building maker's explainer; its rival's press release on a carmaker's complex; a builder's design-build price
guide; a newsroom snippet twice; a national portal and a daily on a steel-structure subcontract for a petrochemical
complex; a news agency on a steel group's export order; a business magazine on park approvals; two investment guides on
a document site; a radio interview with a foreign steel-building maker's head; three posts of a contractor's blog).
About 12 of the 80 slots told a deal or an event with a named party (an opening with capital, a scheduled groundbreaking
abroad, a recalled joint venture, a recalled plant, a signed joint venture abroad twice, a joint venture in Japan, a
planned joint venture, a shipbuilder's venture and plant contract, the subcontract twice, a planned second plant); the
supply to the carmaker was told as supplier status without a contract word, the export orders had no named buyer, and no
investment licence, capital increase or groundbreaking of a steel-structure plant in Vietnam came up in any first four
(S8 and S9 returned a keyword tag, spam, a guide, an FDI feature and the developer's page), so the batch has none.

Rows: 156 (hand-50401 to hand-50556); 16 carry a deal or an event (10.3%): 13 events (5 joint ventures, 3 investment
announcements, 3 supply contracts, 2 inaugurations) and 16 `deals` entries (7 investment, 6 cooperation, 3
supply_contract); 4 rows hold only deals (50447 a recalled joint venture, 50458 a recalled plant, 50535 and 50540 a
complex's registered capital), 1 an event without a deal (50484, an opening without capital) and 11 both. 140 rows are
negatives and other fields. By page kind: 8 rows of spam (50401-50408, 0 with a deal or event), 34 of tag, title, slug
and keyword pages (50409-50442; 1), 27 of theses, reports and guides (50443-50469; 2), 44 of Vietnamese news and
features (50470-50513; 5), 5 of the Russian and Chinese pages rendered in Vietnamese (50514-50518; 2), 2 of the German
page rendered in English (50519-50520; 1) and 36 of English copy (50521-50556; 5); 38 rows are English (`english_copy`,
24.4%). 10 rows are stored in NFD (hand-50435, 50449, 50457, 50475, 50480, 50485, 50488, 50499, 50501, 50517); 6 use old
tone placement (50427 "đa dạng hoá", 50448 "nội địa hoá", 50471 "cơ giới hoá", 50504 "thoả thuận", 50510 "Thoả
thuận", 50515 "chính thức hoá"); 45 hold several lines (headlines and leads, tag headings, captions, pipe tables, page
chrome, HTML head lines, bullet lists, tables of contents, related links, source labels, timestamps and bylines).

Own wording: every row was drafted in its own order (object-first, amount-first, count-first, destination-first,
quote-first with the speaker last, label lines, pipe tables), with changed figures, names, dates and places; on review
against the notes taken from the sampled pages (and against batch 120, which had some of the same pages), about 30
drafts that still kept a page's run of facts, its order, a quote's wording or its opening words were rewritten from
scratch (the prebuilt-factory tag lead, the image-attachment title, the archive snippet, the thesis's joint-venture line,
the feature's GDP comparison, the opening's lead, attendee list and director's quote, the FDI feature's lead and
figures, the accident feature's lead and first accident, the joint venture's lead and both executives' lines, the
Russian and German joint ventures, the Chinese shipbuilder's customer line, the explainer's share line, the press
release's supplier, capacity and quote lines, the subcontract's lead, the complex's owner line and the caption, the
export order's lead and subsidiary line, the guide's title page, the interview's lead). Dropped: two planned rows whose
shape came only from results ranked 5 or lower (a breadcrumb under the press release's caption, S17 r5; a contractor
engineer re-pricing a tender three times in a week, S13 r7), and seven English first drafts cut to bring the English share down to the sample's (an explainer definition and a
share line, a document-site chrome line, a product-use line, a turnkey definition, a contractor profile, a sales-office
plan). Nothing else was used from ranks 5-8, among them: the prebuilt-factory developer's other pages and a
construction firm's handover and progress pages (S1 r5, S2 r5, S9 r5), the foreign steel-building maker's plant opening
in Đồng Nai (S1 r7, S17 r6), a pipe plant's opening (S3 r7), a concrete standard (S3 r8, S10 r7), a steel-complex
proposal (S6 r5), a Hong Kong rolling mill (S6 r6), a forum thread on mills (S6 r7), a rail-mill supply contract (S7 r8),
a stock site's quarterly tables and an export tag (S11 r5-r8), the steel-price tellings ranked 5-8 (S13 r5-r8), other accident pages (S14
r5-r8), a Japanese joint venture in Vietnam's south and a Korean-Chinese coated-steel venture (S15 r5-r8), the
offshore-wind video (S16 r6), the steel-building maker's other press-release copy (S17 r5), the export and contract items
ranked 5-8 (S18 r5-r8), the French, Japanese and later English items (S19 r5-r8) and the other contractor pages (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital in the same row is an investment deal dated with its day and an
inauguration "completed" sited by the row's province, without capital the event only; a named firm's planned top-up or
planned plant is an announced investment, sited only by a province the row names; a scheduled groundbreaking of a plant
abroad is an announced investment without province (batches 83, 126); a signed joint-venture agreement is a cooperation
deal and a joint_venture event "signed", a planned one "announced" with the amount the venture costs (batches 117, 120),
abroad without province; a recalled joint venture, a recalled plant and a project's registered capital are deals
without events; a new contract between two named firms is a supply_contract deal and signed event, seller (the
contractor) first, dated with its day, sited only by the project's province in the row (batch 74), not by a signing
place; an order or export contract without a named buyer, supplier status without a contract word (README: "X cung cấp
... cho Y" gives none), a contractor chosen or a contract's scope re-told, conditional or delayed plans, park approvals
without investor, construction progress without a groundbreaking word, tables and statistics give no deal; vague amounts
("hàng nghìn tỷ đồng", "tens of billions of VND") are none; "khoảng", "chừng", "gần", "hơn", "trên", "about", "more
than" are approximate; bracketed conversions are both money, the deal taking the one written first; money per tonne,
per kg and per share keep their unit; capacities, outputs, power ratings, dimensions, storeys, durations, ordinals,
ratios, fractions, page counts, version numbers, counts in words and counts without a noun are no counts, counts keep
their noun and English ones their English noun; m2 and ha are areas in ha; percentage ranges give both ends;
Vietnamese legal forms are normalised, foreign ones kept ("Co Ltd", "Co.", "Ltd.", "JSC", "Joint Stock Company"),
"Group" stays in the name, "Vietnam" is dropped from a foreign subsidiary's name; a caps name takes its usual spelling;
a bracketed acronym after a name is no second entry, alone it is a firm or an organisation; a bare headline name and the
lead's full name with different canonical names are two entries; tickers, exchanges, outlet, agency and site credits
("TPO", "(KTSG Online)", "(TTXVN/Vietnam+)", "VOV", "Ảnh: CTV") give nothing; Vietnamese country names and adjectives
("Nhật", "phía Malaysia") and English country nouns and possessives ("Japan's", "Canada") are countries, English
adjectives ("German", "Vietnamese") and regions ("miền Tây", "Đông Nam bộ", "châu Âu", "Europe") nothing, a country
inside an organisation's name none; lower-case and unaccented place names in slugs nothing; parks and zones written in
Vietnamese are locations, English ones none; "huyện", "thị xã" are districts, communes and bare district names
nothing; a dateline ("Hanoi (VNA) –") is a province mention; a province inside an organisation's name or a role is a
mention; organisations expand UBND and keep the rest as written, bare units ("ban quản lý các KCN của tỉnh", "Khoa Xây
dựng", "Tỉnh ủy" in a role) none; bylines and photo credits are persons in title case without role; "PGS.TS" and an
affiliation after the name give no role; a bare "Thủ tướng Chính phủ" or "Deputy PM" is no person; decisions keep their
number and date where written, standards (TCVN, JIS, SS400) none; old tone placement is normalised in the gold. Every row
with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A table of foreign steel complexes with firm, country and capital cells (50443) gives firms, countries and money
  (KRW, CNY) but no deal: table cells are no sentence (as batch 145's pipe table gave area and park only); its capacity
  row (50444) nothing.
- A company's charter capital in an essay's profile block ("Vốn điều lệ: 1.215.600.000.000 đồng", 50457) is money only,
  not a deal: a firm's capital is no project; the plant the firm built before its listing ("Nhà máy ... do Công ty TNHH
  Thép Đông Hải xây năm 2001", 50458) is a recalled investment without amount or event; a broker's target price
  "28.600 đồng/cp" (50463) is money per share.
- The opening (50474): a headline with the province label and the capital ("Tiền Giang: Hơn 520 tỷ đồng cho nhà máy kết
  cấu thép đầu tiên ở Tân Phước") over a lead naming the firm and the ribbon-cutting day ("sáng 12-8") is one investment
  deal dated 2023-08-12 and one inauguration with the amount, sited in Tiền Giang; the phase line with the same capital
  but no firm (50480) money and area only; the caption naming the firm cutting the ribbon (50484) the inauguration again
  without capital; the phase-2 plan ("Tân Hòa Phong tính rót thêm khoảng 300 tỷ đồng", 50481) an announced investment
  without site.
- A foreign venture's own capital line with no founder named ("Sarawak Kanazawa Steel cần khoảng 180 triệu USD", 50506)
  is money only, as batch 120 read a venture's capital without its founders; a headline naming no firm ("Thép Nhật bắt
  tay Malaysia lập liên doanh") with the object-first lead naming both founders (50504) gives the joint venture once;
  the portal copy's "Thoả thuận ... được hai bên ký tại Kuching" (50510) gives it again, Kuching nothing.
- A shipbuilder's three contracts "với các doanh nghiệp Trung Quốc" (50516) name no counterpart and give no deal; the
  same row's headline "Bạch Long" and the lead's full name are two entries; in 50517 one row holds a signed joint venture
  and a plant contract (seller first), two deals and two events.
- The subcontract (50534-50540): the object-first passive "A $7.6 million contract ... has been signed between A and B"
  is a signed supply contract of the steel contractor and the main contractor, unsited and undated; the caption with both
  chairmen, the sum and "in Ha Long on August 18, 2021" (50539) the same contract dated 2021-08-18 and unsited (a signing
  city is no site for a contract, and Ha Long alone is no province); the other outlet's headline naming only the
  contractor "signs $7.6mn deal for Ba Lang chemical project" (50538) gives firm and money, no deal; the scope re-told
  "under the deal, Minh Phat Thinh hands Hai Au ..." (50536) and the chairman "settling on Hai Au for the package"
  (50537) give no second deal; the owner's registered capital ("Perkasa Group ... a project registered at about $2.1
  billion", 50535, 50540) is a recalled investment without event, sited in Quảng Ninh only where the row names it.
- A press release's supplier lines ("sits on frames fabricated by Sapphire Steel Buildings", "the biggest steel supplier
  to phase one", 50523-50529) give the firms only, as README's "X cung cấp ... cho Y" without a contract word.
- An interview's "GSV's second plant, in the southern province of Dong Nai, will start production before the end of
  this year" (50552) is an announced investment of the acronym firm, sited in Đồng Nai; the first plant "in Hanoi" with
  the capacities (50553) no deal; the role "General Director of Gulfbuild Steel Vietnam (GSV)" drops the bracketed
  acronym.
- A delayed start for lack of space ("Hanjoo Tech lùi kế hoạch chạy máy thêm 5 tháng", 50428) gives no deal; a tag page's
  heading naming the firm and the lead's name are one entry.
- A seller's raw HTML head (50434) gives the seller's name in the title and author lines as one firm; "NukeViet v4.3"
  nothing.
- An English contractor blog's acronym author ("warns TKC", "In TKC's experience", 50554-50556) is a firm; "tens of
  billions of VND" is vague; "more than 80%" a percentage.
- A thesis acknowledgement "PGS.TS Đặng Văn Khiêm, Khoa Xây dựng, Trường Đại học Kiến trúc Hà Nội" (50469) is a person
  without role, the university an organisation and Hà Nội a mention inside its name; a thesis's signature line under
  "Tác giả luận văn" (50468) a person without role.
- Related links with a ratio ("Bắc Ninh: 7 trên 10 nhà xưởng mới dùng khung thép tiền chế", 50487) give no count; a
  caps table-of-contents line in English ("INVESTMENT ENVIRONMENT IN HAI PHONG ........ 212", 50550) gives Hải Phòng, the
  English park names and page numbers nothing.
- Accident rows: "Danh sách 9 công nhân thiệt mạng" (50442) and "19 công nhân tử vong" (50441) are counts, "ba công nhân",
  "hai người" in words none; "7.950 vụ tai nạn lao động" (50503) a count of "vụ"."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_156(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"

    ids = iter(range(50401, 50401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []

    def nil(text: str, date: str, style: str, phen: list[str]) -> dict:
        """A row with no field and no event."""
        return h(n(), text, date, style, [*phen, "no_fields", "no_event"], events=[])

    # --- Keyword spam on foreign domains: an iron-ore cost slug came back six times, two process-cost slugs and a
    # cement-silo slug (S1 r3, S2 r2, S3 r3, S6 r4, S7 r1, S7 r2, S8 r4, S9 r2, S16 r3, S16 r4) ---
    spam = [
        ("chi phí lắp dựng xưởng kết cấu thép mini cho làng nghề cơ khí", "2023-05-14", []),
        (
            "giá thành dây chuyền cán tôn mạ màu công suất nhỏ ấn độ",
            "2022-11-02",
            ["lowercase_country_nothing"],
        ),
        (
            "bảng chỉ số chi phí quy trình kỹ thuật nhà máy luyện gang trung quốc",
            "2022-11-02",
            ["lowercase_country_nothing"],
        ),
        ("quy trình tuyển quặng sắt từ tính chi phí nhà máy mini pdf", "2023-05-14", []),
        ("sơ đồ nguyên lý silo xi măng kết cấu thép tải về miễn phí", "2021-08-30", []),
        ("chi phí xây lò trung tần nấu phôi thép quy mô hộ gia đình", "2023-05-14", []),
        ("báo giá máy hàn dầm chữ h tự động mới nhất", "2024-01-19", []),
        ("nhà máy kỹ thuật xử lý quặng chỉ số chi phí châu phi", "2022-11-02", ["region_nothing"]),
    ]
    for text, date, extra in spam:
        rows.append(nil(text, date, "ministry", ["spam_title", "foreign_domain", "lowercase", *extra]))

    # --- Tag, title, slug and keyword pages (S1 r1-r2, S1 r4, S2 r3-r4, S3 r1-r2, S4 r1-r4, S5 r1-r4, S6 r1-r2, S7 r4,
    # S8 r1-r2, S9 r3, S10 r1-r4, S12 r1-r3, S13 r1, S13 r4, S14 r2-r3, S16 r1: 33 slots; a tag on skimping on steel
    # came back eight times, a truss-price tag five times) ---
    tags = [
        ("ăn bớt thép trong dầm chịu lực nhà xưởng", "2022-06-08"),
        ("rút lõi thép cột nhà xưởng khu công nghiệp", "2022-06-08"),
        ("cắt xén thép sàn công trình trường học", "2022-06-08"),
        ("bớt thép trong móng nhà xưởng bị phát hiện", "2022-06-08"),
        ("cột thép nhà kho bị rút ruột", "2022-06-08"),
        ("giá khung kèo thép mạ kẽm lợp tôn lạnh", "2024-03-21"),
        ("báo giá xà gồ z mạ kẽm hôm nay", "2024-03-21"),
        ("đơn giá thi công khung thép tiền chế trọn gói theo m2", "2024-03-21"),
        ("giá kèo thép cho nhà xưởng khẩu độ lớn", "2024-03-21"),
        ("tôn lợp nhà xưởng loại nào tốt nhất 2025", "2025-02-11"),
        ("sai phạm thép công trình cầu vượt", "2022-06-08"),
        ("thép rỗng ruột trong cột chịu lực cầu cảng", "2022-06-08"),
    ]
    for text, date in tags:
        rows.append(nil(text, date, "ministry", ["tag_page", "lowercase"]))
    rows += [
        h(
            n(),
            "khung kèo thép hộp cho nhà xưởng 300m2 giá bao nhiêu",
            "2024-03-21",
            "ministry",
            ["tag_page", "lowercase", "m2_to_ha", "no_event"],
            areas=[ha(0.03)],
            events=[],
        ),
        h(
            n(),
            "giá làm khung kèo thép cho nhà xưởng 1.000 m2",
            "2024-03-21",
            "ministry",
            ["tag_page", "lowercase", "m2_to_ha", "no_event"],
            areas=[ha(0.1)],
            events=[],
        ),
        nil(
            "mẫu nhà khung thép tiền chế 2 tầng đẹp",
            "2024-03-21",
            "ministry",
            ["tag_page", "lowercase", "storeys_no_count"],
        ),
        nil(
            "giáo trình thiết kế kết cấu thép nhà công nghiệp một tầng ebook pdf",
            "2020-09-09",
            "ministry",
            ["ebook_tag", "lowercase", "count_in_words"],
        ),
        nil(
            "định mức dự toán lắp dựng kết cấu thép và nhà tiền chế ebook pdf",
            "2020-09-09",
            "ministry",
            ["ebook_tag", "lowercase"],
        ),
        nil(
            "tiêu chuẩn thiết kế kết cấu thép tcvn 5575 2012 ebook pdf",
            "2020-09-09",
            "ministry",
            ["ebook_tag", "lowercase", "standard_no_decision"],
        ),
        nil(
            "Ngành kết cấu thép khởi sắc khi giá phôi hạ, doanh nghiệp đa dạng hoá đơn hàng và vốn đầu tư công giải ngân nhanh",
            "2023-07-26",
            "ministry",
            ["title_only", "old_tone"],
        ),
        h(
            n(),
            "Hanjoo Tech\n\nBất động sản công nghiệp: Xếp hàng chờ nhà xưởng xây sẵn\nKhông tìm được xưởng trống ở Bắc Ninh, hãng linh kiện Hàn Quốc Hanjoo Tech lùi kế hoạch chạy máy thêm 5 tháng; giới cho thuê nói quỹ xưởng dựng sẵn phía Bắc gần như kín tới giữa năm sau.",
            "2021-10-12",
            "ministry",
            [
                "tag_page",
                "tag_heading_firm",
                "headline_lead",
                "delayed_plan_no_deal",
                "country_adjective",
                "duration_no_count",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Hanjoo Tech")],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Quỹ nhà xưởng xây sẵn ở phía Bắc tăng thêm khoảng 380.000 m2 trong năm 2024, phần lớn quanh Hải Phòng và Bắc Ninh.",
            "2021-10-12",
            "ministry",
            ["tag_page", "m2_to_ha", "approx", "region_nothing", "no_event"],
            provinces=[pv("Hải Phòng"), pv("Bắc Ninh")],
            areas=[ha(38, True)],
            events=[],
        ),
        h(
            n(),
            "Nghị định 50/2021/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 37/2015/NĐ-CP quy định chi tiết về hợp đồng xây dựng",
            "2021-04-05",
            "legal",
            ["legal_title", "decree_number", "two_decisions", "no_event"],
            decisions=[d("50/2021/NĐ-CP"), d("37/2015/NĐ-CP")],
            events=[],
        ),
        nil(
            "dong nai dong y giao dat lam xuong ket cau thep cho doanh nghiep kcn nhon trach",
            "2019-12-03",
            "ministry",
            ["image_slug", "unaccented", "lowercase_province_nothing"],
        ),
        nil(
            "trọng lượng thép hộp mạ kẽm 50x100 dày 2 ly",
            "2023-02-17",
            "ministry",
            ["keyword_tag", "lowercase", "dimension_no_count"],
        ),
        nil(
            "thép hình i200 tiêu chuẩn jis g3101 ss400 thành phần hóa học",
            "2023-02-17",
            "ministry",
            ["keyword_tag", "lowercase", "standard_no_decision"],
        ),
        h(
            n(),
            '<title>Thép Tấm Chống Trượt SS400 - Phúc Khang Steel</title>\n<meta name="author" content="Phúc Khang Steel">\n<meta name="generator" content="NukeViet v4.3">',
            "2022-08-25",
            "ministry",
            [
                "html_source",
                "seller_site_firm",
                "version_no_count",
                "standard_no_decision",
                "multiline",
                "no_event",
            ],
            firms=[f("Phúc Khang Steel")],
            events=[],
        ),
        h(
            n(),
            "Hiệp hội Thép Việt Nam\n\nThép Việt tự chủ nguồn phôi\nHàng nghìn tỷ đồng đã được các nhà máy trong nước bỏ ra để làm phôi và thép dẹt, thứ trước đây phải mua gần hết từ nước ngoài.",
            "2023-05-30",
            "ministry",
            ["tag_page", "association_tag", "headline_lead", "vague_amount", "nfd", "multiline", "no_event"],
            organizations=["Hiệp hội Thép Việt Nam"],
            events=[],
        ),
        nil(
            "Thép giá rẻ từ phương Bắc tràn vào, các xưởng kết cấu nhỏ của Việt Nam trụ lại bằng cách nào?",
            "2016-04-22",
            "ministry",
            ["teaser", "question", "region_nothing"],
        ),
        h(
            n(),
            "Từ đầu quý II, giá thép tấm đã tăng 18% và nhiều khả năng chưa dừng ở đó.",
            "2016-06-15",
            "ministry",
            ["teaser", "percentage", "ordinal_no_count", "no_event"],
            percentages=[18],
            events=[],
        ),
        nil(
            "luật xây dựng sửa đổi 2020",
            "2020-07-01",
            "ministry",
            ["keyword_tag", "lowercase", "year_no_count"],
        ),
        h(
            n(),
            "Minh Khôi Motor định ngày 24/2 làm lễ động thổ xưởng xe điện 1,8 tỷ USD ở Philippines, công suất 120.000 xe/năm\n\nminh-khoi-motor-dinh-ngay-24-2-lam-le-dong-tho-xuong-xe-dien-1-8-ty-usd-o-philippines-2",
            "2024-01-30",
            "ministry",
            [
                "image_attachment_page",
                "planned_groundbreaking",
                "announced_investment",
                "plant_abroad",
                "capacity_no_count",
                "slug_repeat",
                "multiline",
            ],
            firms=[f("Minh Khôi Motor")],
            money=[m(1.8 * B, "USD")],
            locations=[country("Philippines")],
            deals=[deal("investment", ["Minh Khôi Motor"], 1.8 * B)],
            events=[ev("investment_announcement", [F("Minh Khôi Motor")], 1.8 * B, "USD", None, "announced")],
        ),
        nil(
            "Nhờ các bác tính giúp liên kết bu lông chân cột nhà thép tiền chế nhịp 30m",
            "2018-10-04",
            "ministry",
            ["forum_thread_title", "dimension_no_area"],
        ),
        h(
            n(),
            "19 công nhân tử vong vì sập giàn giáo, đổ khung thép trong năm 2024",
            "2025-01-16",
            "ministry",
            ["title_only", "count_first", "count", "no_event"],
            quantities=[c(19, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "Lưu trữ theo ngày: 25/03/2015\n\nDanh sách 9 công nhân thiệt mạng trong vụ gãy khung thép tháp lọc bụi ở Khu kinh tế Nghi Sơn (Thanh Hóa) đã được công bố sáng nay; ba người khác vẫn đang cấp cứu [...]",
            "2015-03-25",
            "ministry",
            [
                "archive_page",
                "truncated_snippet",
                "count",
                "count_in_words",
                "zone_in_text",
                "province_bracket",
                "multiline",
                "no_event",
            ],
            quantities=[c(9, "công nhân")],
            locations=[zone("Khu kinh tế Nghi Sơn")],
            provinces=[pv("Thanh Hóa")],
            events=[],
        ),
    ]
    # --- A thesis chapter on steel in East Asia, with a table and a recalled joint venture (S6 r3) ---
    rows += [
        h(
            n(),
            "Bảng 7. Một số liên hợp thép mới ở Đông Á\nQuốc gia | Hàn Quốc | Trung Quốc\nDoanh nghiệp | Gwangyang Special Steel | Tập đoàn Gang thép Liêu Hà\nVốn đầu tư | 4,8 nghìn tỷ won | 21,3 tỷ nhân dân tệ",
            "2012-04-10",
            "ministry",
            [
                "document_store",
                "thesis",
                "pipe_table",
                "table_no_deal",
                "foreign_currencies",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Gwangyang Special Steel"), f("Gang thép Liêu Hà", "Tập đoàn")],
            locations=[country("Hàn Quốc"), country("Trung Quốc")],
            money=[m(4.8e12, "KRW"), m(21.3 * B, "CNY")],
            events=[],
        ),
        nil(
            "Năng lực thép thô | 6,5 triệu tấn/năm | 4,2 triệu tấn/năm\nSản phẩm chính | Thép tấm dày, cuộn cán nóng | Cuộn cán nóng, thép mạ",
            "2012-04-10",
            "ministry",
            ["document_store", "thesis", "pipe_table", "capacity_no_count", "multiline"],
        ),
        h(
            n(),
            "Nguồn: Tác giả tổng hợp từ Kyodo ngày 14/3/2007 và tư liệu của Hiệp hội Sắt thép Nhật Bản.",
            "2012-04-10",
            "ministry",
            ["document_store", "thesis", "source_line", "agency_nothing", "country_in_org_none", "no_event"],
            organizations=["Hiệp hội Sắt thép Nhật Bản"],
            events=[],
        ),
        h(
            n(),
            "Dự án thép thanh không đi đến đâu: dây chuyền phải dừng vì lỗ, và từ đó Lạc Long Steel dồn sức vào tôn mạ.",
            "2012-04-10",
            "ministry",
            ["document_store", "thesis", "no_deal", "no_event"],
            firms=[f("Lạc Long Steel")],
            events=[],
        ),
        h(
            n(),
            "Cuộc liên kết kinh doanh mà Lạc Long Steel công bố với Công ty TNHH Ishikari Steel Tube (Nhật Bản) cuối năm 2006 gắn với một đợt tăng vốn; sau đợt này, phía Nhật nắm 32,6% cổ phần và hỗ trợ kỹ thuật cho dây chuyền cán nguội.",
            "2012-04-10",
            "ministry",
            [
                "document_store",
                "thesis",
                "recalled_joint_venture",
                "cooperation_deal",
                "deal_no_event",
                "country_bracket",
                "country_side",
                "percentage",
            ],
            firms=[f("Lạc Long Steel"), f("Ishikari Steel Tube", "Công ty TNHH")],
            locations=[country("Nhật Bản")],
            percentages=[32.6],
            deals=[deal("cooperation", ["Lạc Long Steel", "Ishikari Steel Tube"])],
            events=[],
        ),
    ]
    # --- A quality-control portal's feature on supporting industry, with footnote markers (S7 r3) ---
    rows += [
        h(
            n(),
            "Thực trạng\nKhoảng 62% giá trị đầu vào của các xưởng kết cấu thép vẫn là thép tấm, bu lông và que hàn nhập khẩu(1), một tỷ lệ gần như không đổi suốt mười năm dù ai cũng nói tới nội địa hoá.",
            "2021-11-18",
            "ministry",
            [
                "feature",
                "footnote_glued",
                "percentage",
                "old_tone",
                "duration_in_words",
                "multiline",
                "no_event",
            ],
            percentages=[62],
            events=[],
        ),
        h(
            n(),
            "Thái Lan có 27% GDP từ chế biến, chế tạo, Malaysia 29%; Việt Nam mới ở quanh 17%(2).",
            "2021-11-18",
            "ministry",
            ["feature", "footnote_glued", "percentage_list", "country_list", "nfd", "no_event"],
            percentages=[27, 29, 17],
            locations=[country("Thái Lan"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Ở Việt Nam, khái niệm công nghiệp hỗ trợ lần đầu được định nghĩa trong Quyết định số 12/2011/QĐ-TTg ngày 24/2/2011 của Thủ tướng Chính phủ.",
            "2021-11-18",
            "ministry",
            ["feature", "decision_with_date", "bare_prime_minister_no_person", "no_event"],
            decisions=[d("12/2011/QĐ-TTg", "2011-02-24")],
            events=[],
        ),
    ]
    # --- A consultancy's guide to building a plant in an industrial park (S8 r3) ---
    rows += [
        nil(
            "Xây nhà máy trong khu công nghiệp: những quy định nhà đầu tư hay bỏ sót\n\nCó IRC, ERC và giấy phép môi trường rồi, doanh nghiệp mới bước vào giai đoạn xây dựng, nơi mỗi KCN, mỗi tỉnh lại có luật chơi riêng.",
            "2023-06-20",
            "ministry",
            [
                "consultancy_guide",
                "headline_lead",
                "abbreviations_nothing",
                "generic_park_nothing",
                "multiline",
            ],
        ),
        nil(
            "TRƯỚC KHI KHỞI CÔNG\n\n1. Xin phép xây dựng\na. Chủ đầu tư hạ tầng KCN bàn giao mốc đất và thông số đấu nối ngay sau khi hợp đồng thuê đất được ký;",
            "2023-06-20",
            "ministry",
            [
                "consultancy_guide",
                "caps_heading",
                "numbered_clause",
                "lease_contract_no_parties",
                "multiline",
            ],
        ),
        nil(
            "c. Hồ sơ xin phép xây dựng nộp cho ban quản lý các KCN của tỉnh, kèm văn bản thẩm duyệt thiết kế PCCC.",
            "2023-06-20",
            "ministry",
            ["consultancy_guide", "numbered_clause", "bare_unit_no_org"],
        ),
        nil(
            "2. Đăng ký thi công với chủ đầu tư hạ tầng\nNhà đầu tư gửi chủ đầu tư KCN bản sao giấy phép xây dựng, thẩm duyệt PCCC và danh sách nhà thầu trước ngày khởi công ít nhất 7 ngày.",
            "2023-06-20",
            "ministry",
            ["consultancy_guide", "numbered_clause", "duration_no_count", "multiline"],
        ),
        nil(
            "  • Bản sao giấy phép xây dựng;\n  • Bản vẽ tổng mặt bằng và mặt cắt nhà xưởng kết cấu thép;\n  • Lịch thi công dự kiến.",
            "2023-06-20",
            "ministry",
            ["consultancy_guide", "bullet_list", "multiline"],
        ),
    ]
    # --- A student's financial-analysis essay on a listed steel maker on a document store (S11 r1) ---
    rows += [
        h(
            n(),
            "Trang 1PHÂN TÍCH TÀI CHÍNH CÔNG TY CỔ PHẦN THÉP ĐÔNG HẢI (DHS)\nCHƯƠNG I: TỔNG QUAN VỀ CÔNG TY",
            "2016-05-03",
            "ministry",
            [
                "document_store",
                "student_essay",
                "page_number_glued",
                "caps_firm_usual_spelling",
                "ticker_bracket_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Thép Đông Hải", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Tên giao dịch: Công ty Cổ phần Thép Đông Hải\nNgành: Sản xuất kết cấu thép, tôn mạ\nVốn điều lệ: 1.215.600.000.000 đồng\nĐịa chỉ: Lô C4, KCN Phú Mỹ 2, thị xã Phú Mỹ, Bà Rịa - Vũng Tàu\nNgày thành lập: 09/04/2003",
            "2016-05-03",
            "ministry",
            [
                "document_store",
                "student_essay",
                "profile_block",
                "charter_capital_no_deal",
                "full_digits_amount",
                "park",
                "district",
                "nfd",
                "multiline",
                "no_event",
            ],
            firms=[f("Thép Đông Hải", "Công ty CP")],
            money=[m(1_215_600_000_000, "VND")],
            locations=[park("Khu công nghiệp Phú Mỹ 2"), district("thị xã Phú Mỹ")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            events=[],
        ),
        h(
            n(),
            "Tiền thân là Nhà máy Kết cấu thép Đông Hải 1, do Công ty TNHH Thép Đông Hải xây năm 2001 với công suất 60.000 tấn/năm, chạy máy đầu năm 2003.",
            "2016-05-03",
            "ministry",
            [
                "document_store",
                "student_essay",
                "recalled_plant",
                "deal_no_event",
                "plant_name_no_firm",
                "capacity_no_count",
            ],
            firms=[f("Thép Đông Hải", "Công ty TNHH")],
            deals=[deal("investment", ["Thép Đông Hải"])],
            events=[],
        ),
        h(
            n(),
            "Năm 2010 công ty chuyển thành công ty cổ phần và lên sàn HOSE với mã DHS; năm 2013 là năm khó nhất khi giá thép hình giảm 14%.",
            "2016-05-03",
            "ministry",
            [
                "document_store",
                "student_essay",
                "exchange_nothing",
                "ticker_nothing",
                "percentage",
                "no_event",
            ],
            percentages=[14],
            events=[],
        ),
        h(
            n(),
            "Đối thủ chính là các nhà máy kết cấu thép trong nước, nhưng phần lớn trong số đó phải nhập thép tấm từ Trung Quốc và Hàn Quốc.",
            "2016-05-03",
            "ministry",
            ["document_store", "student_essay", "country_list", "no_event"],
            locations=[country("Trung Quốc"), country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- A broker's sector report and an analysts' note on document stores (S11 r2, S11 r3) ---
    rows += [
        nil(
            "Trang 1BÁO CÁO NGÀNH\nKẾT CẤU THÉP & TÔN MẠ\nTHÁNG 6/2021\nTrang 4MỘT NỬA NĂM NHIỀU ĐƠN HÀNG",
            "2021-07-02",
            "ministry",
            ["document_store", "broker_report", "page_number_glued", "caps_header", "multiline"],
        ),
        h(
            n(),
            "• Sản lượng tiêu thụ thép hình 5T/2021 đạt 1,9 triệu tấn, tăng 11,2% yoy, nhờ các dự án nhà xưởng FDI ở phía Bắc\n• Tôn mạ của các hội viên VSA tăng 6,4% yoy",
            "2021-07-02",
            "ministry",
            [
                "document_store",
                "broker_report",
                "bullet_list",
                "percentage_list",
                "tonnage_no_count",
                "acronym_organisation",
                "multiline",
                "no_event",
            ],
            organizations=["VSA"],
            percentages=[11.2, 6.4],
            events=[],
        ),
        h(
            n(),
            "Trang 7CẬP NHẬT DOANH NGHIỆP\nThép Đông Hải (DHS) – Khả quan\nGiá mục tiêu: 28.600 đồng/cp",
            "2021-07-02",
            "ministry",
            [
                "document_store",
                "broker_report",
                "page_number_glued",
                "ticker_bracket_nothing",
                "money_per_share",
                "multiline",
                "no_event",
            ],
            firms=[f("Thép Đông Hải")],
            money=[m(28_600, "VND", "cp")],
            events=[],
        ),
        h(
            n(),
            "Chúng tôi giữ quan điểm tích cực với nhóm tôn mạ năm 2022; NKG, HSG và SMC có thể giữ được biên lợi nhuận nếu giá cuộn cán nóng không giảm quá 15%.",
            "2022-03-09",
            "ministry",
            ["analyst_note", "tickers_nothing", "percentage", "no_event"],
            percentages=[15],
            events=[],
        ),
    ]
    # --- A thesis on listed building-materials firms' capital structure (S11 r4) ---
    rows += [
        nil(
            "Hình 2.7. Tỷ trọng nợ vay của các DN NY ngành VLXD\n(Nguồn: Tổng hợp từ BCTC của các DN NY ngành VLXD)",
            "2022-10-12",
            "ministry",
            [
                "document_store",
                "thesis",
                "figure_caption",
                "source_line",
                "abbreviations_nothing",
                "multiline",
            ],
        ),
        h(
            n(),
            "Giai đoạn 2010-2021, nợ vay bình quân chiếm 38% ~ 55% tổng nguồn vốn của nhóm DN thép niêm yết, cao nhất vào năm 2011.",
            "2022-10-12",
            "ministry",
            ["document_store", "thesis", "percentage_range", "year_range_no_count", "no_event"],
            percentages=[38, 55],
            events=[],
        ),
    ]
    # --- A master's thesis on site safety on a document store (S14 r4) ---
    rows += [
        h(
            n(),
            "Tải bản đầy đủ (.doc) (96 trang)\n\nQuản lý an toàn lao động khi lắp dựng kết cấu thép nhà xưởng tại các KCN tỉnh Bắc Ninh",
            "2020-02-14",
            "ministry",
            [
                "document_store",
                "thesis",
                "page_count_no_count",
                "generic_parks_province",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "LỜI CAM ĐOAN\nTôi xin cam đoan luận văn là công trình nghiên cứu của riêng tôi; số liệu nêu ra là trung thực.\nBắc Ninh, ngày 18 tháng 6 năm 2019\nTác giả luận văn\n\nNgô Thị Thu Trang",
            "2020-02-14",
            "ministry",
            [
                "document_store",
                "thesis",
                "place_date_line",
                "author_label_no_role",
                "person_alone_on_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Ngô Thị Thu Trang", None)],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "LỜI CẢM ƠN\nTác giả cảm ơn PGS.TS Đặng Văn Khiêm, Khoa Xây dựng, Trường Đại học Kiến trúc Hà Nội, đã hướng dẫn tận tình trong suốt hai năm.",
            "2020-02-14",
            "ministry",
            [
                "document_store",
                "thesis",
                "academic_title_no_role",
                "affiliation_no_role",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Đặng Văn Khiêm", None)],
            organizations=["Trường Đại học Kiến trúc Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- A park developer's page on its ready-built factories, three times (S2 r1, S9 r4, S12 r4) ---
    rows += [
        h(
            n(),
            "Khu nhà xưởng xây sẵn Thái Hòa đã sang giai đoạn thi công hai dãy xưởng X5, X6, hai dãy cuối của giai đoạn 1 trong KCN Phúc Điền.",
            "2024-02-05",
            "ministry",
            [
                "developer_page",
                "progress_update",
                "project_name_no_firm",
                "park",
                "ordinal_no_count",
                "no_event",
            ],
            locations=[park("Khu công nghiệp Phúc Điền")],
            events=[],
        ),
        nil(
            "Phần móng làm từ tháng 9/2023; sang tháng 2/2024, đội thi công đã dựng xong khung kèo thép và đang đổ bê tông đường nội bộ, khâu trước đó đã được cơ giới hoá gần hết.",
            "2024-02-05",
            "ministry",
            ["developer_page", "progress_update", "construction_progress_no_groundbreaking", "old_tone"],
        ),
        nil(
            "Nếu thời tiết thuận, hai dãy xưởng sẽ bàn giao trong tháng 4/2024 cho khách thuê đã ký trước.",
            "2024-02-05",
            "ministry",
            ["developer_page", "progress_update", "tenants_unnamed", "count_in_words"],
        ),
        nil(
            "Tiến độ thi công nhà xưởng xây sẵn X5 – X6 (tháng 2/2024)\n\n \n\nprev_doitac next_doitac",
            "2024-02-05",
            "ministry",
            ["developer_page", "page_chrome", "template_artefact", "multiline"],
        ),
    ]
    # --- A city daily on a steel-structure plant's opening in the Mekong Delta, with attendees and phases (S3 r4) ---
    TG = cur("Tiền Giang")
    rows += [
        h(
            n(),
            "Tiền Giang: Hơn 520 tỷ đồng cho nhà máy kết cấu thép đầu tiên ở Tân Phước\n\nNhà máy THP Steel 2 – cơ sở kết cấu thép lớn nhất của Công ty CP Thép Kết cấu Tân Hòa Phong – chính thức chạy máy sau lễ khánh thành sáng 12-8 ở huyện Tân Phước.",
            "2023-08-13",
            "provincial",
            [
                "headline_lead",
                "province_label_headline",
                "amount_in_headline",
                "inauguration_with_capital",
                "plant_name_no_firm",
                "dash_date",
                "deal_date",
                "year_inferred",
                "approx",
                "district",
                "multiline",
            ],
            firms=[f("Thép Kết cấu Tân Hòa Phong", "Công ty CP")],
            provinces=[pv("Tiền Giang")],
            locations=[district("huyện Tân Phước")],
            money=[m(520 * B, "VND", approx=True)],
            deals=[deal("investment", ["Thép Kết cấu Tân Hòa Phong"], 520 * B, TG, "2023-08-12")],
            events=[
                ev("inauguration", [F("Thép Kết cấu Tân Hòa Phong")], 520 * B, "VND", TG, "completed"),
            ],
        ),
        h(
            n(),
            "Lãnh đạo TP.HCM, Cần Thơ, Bến Tre, Đồng Tháp và đại diện Ủy ban Kiểm tra Trung ương có mặt tại lễ, cùng bà Tôn Nữ Minh Hạnh, nguyên Phó Chủ tịch nước, và ông Lâm Quốc Tuấn, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Tiền Giang.",
            "2023-08-13",
            "provincial",
            [
                "attendee_list",
                "province_list",
                "person_role_after",
                "role_with_comma",
                "former_role",
                "bare_party_unit_no_org",
                "nfd",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh"), pv("Cần Thơ"), pv("Bến Tre"), pv("Đồng Tháp"), pv("Tiền Giang")],
            organizations=["Ủy ban Kiểm tra Trung ương"],
            persons=[
                per("Tôn Nữ Minh Hạnh", "nguyên Phó Chủ tịch nước"),
                per("Lâm Quốc Tuấn", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Tiền Giang"),
            ],
            events=[],
        ),
        h(
            n(),
            "Khách quốc tế gồm ông Henrik Vogel, Trưởng đại diện Phòng Thương mại và Công nghiệp Đức tại Việt Nam, và các đối tác đến từ Hàn Quốc, Thái Lan, Ấn Độ, Úc, Ba Lan.",
            "2023-08-13",
            "provincial",
            ["guest_list", "person_role_after", "country_in_org_none", "country_list", "no_event"],
            persons=[per("Henrik Vogel", "Trưởng đại diện Phòng Thương mại và Công nghiệp Đức tại Việt Nam")],
            organizations=["Phòng Thương mại và Công nghiệp Đức tại Việt Nam"],
            locations=[
                country("Hàn Quốc"),
                country("Thái Lan"),
                country("Ấn Độ"),
                country("Úc"),
                country("Ba Lan"),
            ],
            events=[],
        ),
        h(
            n(),
            "Phát biểu tại lễ, ông Châu Văn Lực, Phó Chủ tịch UBND tỉnh Tiền Giang, đề nghị doanh nghiệp ưu tiên tuyển lao động tại chỗ và giữ cam kết về môi trường.",
            "2023-08-13",
            "provincial",
            ["speech", "person_role_after", "ubnd_expanded", "no_event"],
            persons=[per("Châu Văn Lực", "Phó Chủ tịch UBND tỉnh Tiền Giang")],
            organizations=["Ủy ban nhân dân tỉnh Tiền Giang"],
            provinces=[pv("Tiền Giang")],
            events=[],
        ),
        h(
            n(),
            "Trên khu đất hơn 3,5 ha, xưởng chính có 4 dây chuyền hàn tự động, mỗi tháng ra trên 3.500 tấn cấu kiện.",
            "2023-08-13",
            "provincial",
            ["plant_details_no_firm", "area", "approx", "count", "output_no_count", "no_event"],
            areas=[ha(3.5, True)],
            quantities=[c(4, "dây chuyền")],
            events=[],
        ),
        h(
            n(),
            "Điểm nhấn là máy cắt laser sợi quang 20.000W nhập từ Đức, giúp sai số đường cắt dưới 0,1 mm.",
            "2023-08-13",
            "provincial",
            ["equipment_line", "power_no_count", "dimension_no_count", "country", "no_event"],
            locations=[country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 1 của dự án rộng 9,6 ha, tổng vốn hơn 520 tỷ đồng, gồm xưởng kết cấu thép, xưởng cán tôn – xà gồ và trạm bê tông tươi.",
            "2023-08-13",
            "provincial",
            ["phase_line_no_firm", "money_only", "area", "approx", "ordinal_no_count", "nfd", "no_event"],
            areas=[ha(9.6)],
            money=[m(520 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Ở giai đoạn 2, Tân Hòa Phong tính rót thêm khoảng 300 tỷ đồng để dựng nhà máy sơn tĩnh điện và kho thành phẩm, hoàn thành trong năm 2025.",
            "2023-08-13",
            "provincial",
            ["planned_top_up", "announced_investment", "short_name", "approx", "no_site"],
            firms=[f("Tân Hòa Phong")],
            money=[m(300 * B, "VND", approx=True)],
            deals=[deal("investment", ["Tân Hòa Phong"], 300 * B)],
            events=[ev("investment_announcement", [F("Tân Hòa Phong")], 300 * B, "VND", None, "announced")],
        ),
        nil(
            "Nhà máy cung cấp dầm tổ hợp, khung nhà tiền chế, tôn lợp và bê tông tươi cho các công trình ở Đồng bằng sông Cửu Long.",
            "2023-08-13",
            "provincial",
            ["product_list", "region_nothing"],
        ),
        nil(
            "Toàn bộ giai đoạn 1 xong sau 14 tháng xây dựng; giai đoạn 2 được tính gọn trong năm 2025.",
            "2023-08-13",
            "provincial",
            ["schedule_line", "duration_no_count", "ordinal_no_count"],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh Tiền Giang và Tân Hòa Phong cắt băng khánh thành nhà máy. Ảnh: MINH TRÍ",
            "2023-08-13",
            "provincial",
            [
                "caption",
                "inauguration_no_capital",
                "short_name",
                "caps_credit_person",
                "event_only",
            ],
            firms=[f("Tân Hòa Phong")],
            provinces=[pv("Tiền Giang")],
            persons=[per("Minh Trí", None)],
            events=[ev("inauguration", [F("Tân Hòa Phong")], None, None, TG, "completed")],
        ),
        h(
            n(),
            "“Chúng tôi muốn khách hàng ở miền Tây không phải đặt cấu kiện từ Bình Dương hay Đồng Nai nữa”, ông Đoàn Hữu Lộc, Tổng Giám đốc Tân Hòa Phong, nói.",
            "2023-08-13",
            "provincial",
            ["quote_first", "person_role_after", "region_nothing", "province_list", "nfd", "no_event"],
            persons=[per("Đoàn Hữu Lộc", "Tổng Giám đốc Tân Hòa Phong")],
            firms=[f("Tân Hòa Phong")],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            events=[],
        ),
    ]
    # --- A business weekly's FDI feature with related links (S9 r1) ---
    rows += [
        nil(
            "(KTSG Online) - Nhà xưởng kết cấu thép mọc lên dày hơn ở các KCN phía Bắc năm 2023 là dấu hiệu dễ thấy nhất rằng vốn ngoại chưa rời đi, dù tổng vốn đăng ký mới có lúc chững lại.",
            "2024-01-08",
            "ministry",
            ["feature_lead", "outlet_prefix_nothing", "generic_parks_nothing", "region_nothing"],
        ),
        h(
            n(),
            "- Bắc Ninh: 7 trên 10 nhà xưởng mới dùng khung thép tiền chế\n- Doanh nghiệp Hàn Quốc mở rộng nhà máy linh kiện ở Thái Nguyên",
            "2024-01-08",
            "ministry",
            [
                "related_links",
                "ratio_no_count",
                "country_adjective",
                "unnamed_firm_no_deal",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh"), pv("Thái Nguyên")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nửa đầu năm 2023, vốn ngoại cam kết vào Việt Nam dừng ở chừng 13,1 tỉ đô la Mỹ, thấp hơn cùng kỳ 4,7%, theo Tổng cục Thống kê.",
            "2024-01-08",
            "ministry",
            ["statistics", "dollar_words", "approx", "percentage", "organisation_source", "nfd", "no_event"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[4.7],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
        h(
            n(),
            "Đông Nam bộ vẫn hút nhiều vốn ngoại nhất, nhưng tỷ trọng của các tỉnh phía Bắc đã lên 46% trong năm 2023.",
            "2024-01-08",
            "ministry",
            ["statistics", "region_nothing", "percentage", "no_event"],
            percentages=[46],
            events=[],
        ),
        nil(
            "Xung đột ở một số nơi, lạm phát và lãi suất cao khiến các tập đoàn đa quốc gia dè dặt hơn khi chọn nơi đặt nhà máy mới.",
            "2024-01-08",
            "ministry",
            ["context_line", "lowercase_group_word"],
        ),
    ]
    # --- A business site's AMP page and a national daily on steel prices (S13 r2, S13 r3) ---
    rows += [
        h(
            n(),
            "Giá thép tăng thêm gần 400.000 đồng/tấn\n\nChỉ trong tuần đầu tháng 9, các nhà máy đã hai lần nâng giá bán, lần gần nhất cộng thêm 380.000 đồng mỗi tấn.",
            "2021-09-10",
            "ministry",
            ["headline_lead", "money_per_unit", "approx", "count_in_words", "multiline", "no_event"],
            money=[m(400_000, "VND", "tấn", True), m(380_000, "VND", "tấn")],
            events=[],
        ),
        h(
            n(),
            "TIN LIÊN QUAN\nGiá thép cuộn cán nóng châu Á lập đáy mới trong năm\nXưởng kết cấu nhỏ ở Bình Dương chật vật vì giá phôi",
            "2021-09-10",
            "ministry",
            ["related_links", "region_nothing", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            " date 2025-10-14 Xưởng kết cấu thép lo sốt vó khi giá thép đi theo giá dầu\n\nTPO - Từ đầu tháng 10, loạt nhà máy cùng nâng giá bán thép xây dựng thêm chừng 250.000 đồng mỗi tấn, trong khi cước vận chuyển cũng lên theo giá dầu.",
            "2025-10-14",
            "ministry",
            [
                "date_chrome",
                "headline_lead",
                "outlet_prefix_nothing",
                "money_per_unit",
                "approx",
                "multiline",
                "no_event",
            ],
            money=[m(250_000, "VND", "tấn", True)],
            events=[],
        ),
        h(
            n(),
            "Kim Long niêm yết thép cuộn CB240 ở 13.950 đồng/kg, còn thép thanh vằn D10 CB300 là 13.700 đồng/kg; Sông Lô chào thấp hơn đôi chút.",
            "2025-10-14",
            "ministry",
            ["price_list", "bare_firm_subject", "money_per_unit", "grade_no_count", "no_event"],
            firms=[f("Kim Long"), f("Sông Lô")],
            money=[m(13_950, "VND", "kg"), m(13_700, "VND", "kg")],
            events=[],
        ),
        h(
            n(),
            "Thép Bắc Việt cũng cộng thêm 300 đồng/kg cho cả thép cuộn lẫn thép thanh từ sáng 13/10.",
            "2025-10-14",
            "ministry",
            ["price_list", "bare_firm_subject", "money_per_unit", "no_event"],
            firms=[f("Thép Bắc Việt")],
            money=[m(300, "VND", "kg")],
            events=[],
        ),
        nil(
            "Theo các đại lý, giá mới chưa gồm VAT và cước chở tới chân công trình.",
            "2025-10-14",
            "ministry",
            ["price_list", "dealers_unnamed"],
        ),
        h(
            n(),
            "Ở miền Trung, mặt bằng giá gần như không khác, riêng thép cuộn của Phú Hưng Steel lên 14.100 đồng/kg.",
            "2025-10-14",
            "ministry",
            ["price_list", "region_nothing", "money_per_unit", "no_event"],
            firms=[f("Phú Hưng Steel")],
            money=[m(14_100, "VND", "kg")],
            events=[],
        ),
    ]
    # --- A union safety site's feature on site accidents (S14 r1) ---
    rows += [
        nil(
            "Thứ bảy 05/04/2025 05:46\n\nLắp dựng khung thép nhà xưởng: khâu nguy hiểm nhất trên công trường\nRơi từ trên cao chiếm gần một nửa số ca tử vong ở các công trình nhà xưởng năm 2024, phần lớn khi công nhân đi trên xà gồ mà không mắc dây an toàn.",
            "2025-04-05",
            "ministry",
            ["date_chrome", "headline_lead", "fraction_no_percentage", "multiline"],
        ),
        h(
            n(),
            "Chiều 9/7/2024, ba công nhân rơi từ độ cao khoảng 12 m khi đang bắt vít tôn mái cho một xưởng cơ khí ở xã Đại Đồng, huyện Văn Lâm (Hưng Yên); hai người tử vong.",
            "2025-04-05",
            "ministry",
            [
                "accident",
                "count_in_words",
                "dimension_no_count",
                "commune_nothing",
                "district",
                "province_bracket",
                "nfd",
                "no_event",
            ],
            locations=[district("huyện Văn Lâm")],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        nil(
            "Hiện trường vụ rơi mái tại xưởng cơ khí ở Văn Lâm. Ảnh: CTV",
            "2025-04-05",
            "ministry",
            ["caption", "initials_credit_nothing", "bare_district_name_nothing"],
        ),
        h(
            n(),
            "Một tháng trước đó, ngày 6/6/2024, 4 công nhân bị thương khi cột thép chưa giằng của nhà kho đang dựng ở KCN Quế Võ (Bắc Ninh) đổ nghiêng.",
            "2025-04-05",
            "ministry",
            ["accident", "count", "park", "province_bracket", "nfd", "no_event"],
            quantities=[c(4, "công nhân")],
            locations=[park("Khu công nghiệp Quế Võ")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        nil(
            "Điểm chung của hai vụ: tời nâng hết hạn kiểm định, và không ai trên công trường có chứng chỉ huấn luyện an toàn.",
            "2025-04-05",
            "ministry",
            ["accident", "count_in_words"],
        ),
        h(
            n(),
            "Theo Cục An toàn lao động, năm 2024 cả nước xảy ra 7.950 vụ tai nạn lao động, làm 680 người chết.",
            "2025-04-05",
            "ministry",
            ["statistics", "organisation_source", "count", "no_event"],
            organizations=["Cục An toàn lao động"],
            quantities=[c(7950, "vụ"), c(680, "người")],
            events=[],
        ),
    ]
    # --- A news agency's item on a Japanese steel maker's joint venture abroad, and a steel portal's copy (S15 r1-r2) ---
    rows += [
        h(
            n(),
            "Thép Nhật bắt tay Malaysia lập liên doanh\n\nLiên doanh Sarawak Kanazawa Steel sẽ ra đời theo thoả thuận mà hãng thép Nhật Bản Kanazawa Steel Co Ltd vừa ký với công ty thép nhà nước Besi Sarawak của Malaysia.",
            "2014-11-20",
            "ministry",
            [
                "headline_lead",
                "headline_no_firm",
                "object_first",
                "joint_venture_signed",
                "cooperation_deal",
                "venture_company_mention",
                "plan_abroad",
                "foreign_form",
                "country_adjective",
                "old_tone",
                "multiline",
            ],
            firms=[f("Sarawak Kanazawa Steel"), f("Kanazawa Steel", "Co Ltd"), f("Besi Sarawak")],
            locations=[country("Nhật Bản"), country("Malaysia")],
            deals=[deal("cooperation", ["Kanazawa Steel", "Besi Sarawak"])],
            events=[
                ev("joint_venture", [F("Kanazawa Steel"), F("Besi Sarawak")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Cơ sở của liên doanh đặt ở bang Sarawak; Kanazawa Steel giữ 75% vốn, phía Malaysia 25%.",
            "2014-11-20",
            "ministry",
            ["share_split", "foreign_state_nothing", "country_side", "percentage_list", "no_event"],
            firms=[f("Kanazawa Steel")],
            locations=[country("Malaysia")],
            percentages=[75, 25],
            events=[],
        ),
        h(
            n(),
            "Sarawak Kanazawa Steel cần khoảng 180 triệu USD, dự kiến chạy từ năm 2016 với 450.000 tấn thép mỗi năm và 200 chỗ làm.",
            "2014-11-20",
            "ministry",
            ["venture_capital_no_founder", "money_only", "approx", "output_no_count", "count", "no_event"],
            firms=[f("Sarawak Kanazawa Steel")],
            money=[m(180 * M, "USD", approx=True)],
            quantities=[c(200, "chỗ làm")],
            events=[],
        ),
        h(
            n(),
            "Thép hình cho nhà xưởng và cầu cảng sẽ là mặt hàng chính, ông Rahman Idris, người đứng đầu Besi Sarawak, nói sau lễ ký.",
            "2014-11-20",
            "ministry",
            ["quote_first", "person_role_after", "signing_recalled_no_event", "no_event"],
            persons=[per("Rahman Idris", "người đứng đầu Besi Sarawak")],
            firms=[f("Besi Sarawak")],
            events=[],
        ),
        h(
            n(),
            "Với Kanazawa Steel, đây là lần đầu đặt xưởng ngoài Nhật Bản, ông Hiroshi Tamura, Tổng giám đốc công ty, cho biết.",
            "2014-11-20",
            "ministry",
            ["person_role_after", "role_generic_company", "ordinal_no_count", "country", "no_event"],
            persons=[per("Hiroshi Tamura", "Tổng giám đốc công ty")],
            firms=[f("Kanazawa Steel")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        nil(
            "(TTXVN/Vietnam+)\n\nTin cùng chuyên mục\n\nRobot hàn do kỹ sư Việt lập trình vào xưởng kết cấu đầu tiên",
            "2014-11-20",
            "ministry",
            ["agency_credit_nothing", "related_links", "ordinal_no_count", "multiline"],
        ),
        h(
            n(),
            "Để sử dụng Satthep.net, vui lòng bật JavaScript trong trình duyệt.\n\nLoader\n\nThoả thuận lập liên doanh giữa Kanazawa Steel và Besi Sarawak được hai bên ký tại Kuching, theo nguồn tin từ Vietnam+.",
            "2014-11-21",
            "ministry",
            [
                "portal_copy",
                "page_chrome",
                "site_name_nothing",
                "joint_venture_signed",
                "cooperation_deal",
                "foreign_city_nothing",
                "old_tone",
                "multiline",
            ],
            firms=[f("Kanazawa Steel"), f("Besi Sarawak")],
            deals=[deal("cooperation", ["Kanazawa Steel", "Besi Sarawak"])],
            events=[
                ev("joint_venture", [F("Kanazawa Steel"), F("Besi Sarawak")], None, None, None, "signed")
            ],
        ),
        nil(
            "Nguồn tin: Vietnam+\n\nĐỌC THÊM\nGiá thép cuộn cán nóng tuần này giảm nhẹ",
            "2014-11-21",
            "ministry",
            ["portal_copy", "source_label", "related_links", "multiline"],
        ),
    ]
    # --- A labour daily on wind farms waiting for the grid, with a caption printed three times (S16 r2) ---
    rows += [
        h(
            n(),
            "Chưa hòa lưới, hàng loạt trụ điện gió dựng xong vẫn nằm chờ\n\nCác đoạn tháp thép được tập kết về vị trí lắp dựng tại dự án Điện gió Phước Hữu 3 giai đoạn 1. Ảnh: Quang Vinh",
            "2021-10-30",
            "ministry",
            [
                "headline_caption",
                "project_name_no_firm",
                "ordinal_no_count",
                "photo_credit_person",
                "multiline",
                "no_event",
            ],
            persons=[per("Quang Vinh", None)],
            events=[],
        ),
        h(
            n(),
            "Các đoạn tháp thép được tập kết về vị trí lắp dựng tại dự án Điện gió Phước Hữu 3 giai đoạn 1. Ảnh: Quang Vinh\nCác đoạn tháp thép được tập kết về vị trí lắp dựng tại dự án Điện gió Phước Hữu 3 giai đoạn 1. Ảnh: Quang Vinh\nLên top",
            "2021-10-30",
            "ministry",
            ["repeated_caption", "photo_credit_person", "page_chrome", "multiline", "no_event"],
            persons=[per("Quang Vinh", None)],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered in Vietnamese: a Russian metals wire on a joint venture in Japan (S15 r3), a
    # Chinese trade site on a state shipbuilder's contracts (S18 r4) ---
    rows += [
        h(
            n(),
            "Một lò điện hồ quang 650.000 tấn/năm sẽ mọc lên tại nhà máy Izumi của Công ty Seto Steel, theo thỏa thuận liên doanh Seto Steel vừa ký với tập đoàn Hokkai Steel (Nhật Bản); hai bên góp 47 tỷ yên (khoảng 330 triệu USD).",
            "2019-07-02",
            "ministry",
            [
                "foreign_page_rendered",
                "object_first",
                "joint_venture_signed",
                "cooperation_deal",
                "plan_abroad",
                "lowercase_group_word",
                "bracketed_conversion",
                "capacity_no_count",
                "country_bracket",
            ],
            firms=[f("Seto Steel", "Công ty"), f("Hokkai Steel")],
            locations=[country("Nhật Bản")],
            money=[m(47 * B, "JPY"), m(330 * M, "USD", approx=True)],
            deals=[deal("cooperation", ["Seto Steel", "Hokkai Steel"], 47 * B)],
            events=[ev("joint_venture", [F("Seto Steel"), F("Hokkai Steel")], 47 * B, "JPY", None, "signed")],
        ),
        h(
            n(),
            "Phần vốn 51% thuộc về Hokkai Steel; quan hệ đối tác sẽ được chính thức hoá vào tháng 10.",
            "2019-07-02",
            "ministry",
            ["foreign_page_rendered", "share_line", "percentage", "old_tone", "no_event"],
            firms=[f("Hokkai Steel")],
            percentages=[51],
            events=[],
        ),
        h(
            n(),
            "Bạch Long ký loạt hợp đồng với đối tác Trung Quốc\nBa hợp đồng đóng tàu trị giá 640 triệu USD vừa được Tổng công ty Công nghiệp Tàu thủy Bạch Long ký với các doanh nghiệp Trung Quốc.",
            "2006-09-16",
            "ministry",
            [
                "foreign_page_rendered",
                "headline_lead",
                "counterparts_unnamed_no_deal",
                "shorter_headline_name_two_entries",
                "count_in_words",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Bạch Long"), f("Công nghiệp Tàu thủy Bạch Long", "Tổng công ty")],
            locations=[country("Trung Quốc")],
            money=[m(640 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Bạch Long còn bắt tay Công ty XNK Máy móc Quý Châu lập liên doanh mở rộng xưởng đóng tàu Cửa Lục và làm cần trục tháp, đồng thời ký với Tổng công ty Luyện kim Hoa Trung hợp đồng dựng nhà máy phôi thép 1,8 triệu tấn/năm.",
            "2006-09-16",
            "ministry",
            [
                "foreign_page_rendered",
                "joint_venture_signed",
                "cooperation_deal",
                "epc_contract",
                "supply_contract",
                "seller_first",
                "two_deals_one_row",
                "capacity_no_count",
                "nfd",
            ],
            firms=[
                f("Bạch Long"),
                f("XNK Máy móc Quý Châu", "Công ty"),
                f("Luyện kim Hoa Trung", "Tổng công ty"),
            ],
            deals=[
                deal("cooperation", ["Bạch Long", "XNK Máy móc Quý Châu"]),
                deal("supply_contract", ["Luyện kim Hoa Trung", "Bạch Long"]),
            ],
            events=[
                ev("joint_venture", [F("Bạch Long"), F("XNK Máy móc Quý Châu")], None, None, None, "signed"),
                ev("supply_contract", [F("Luyện kim Hoa Trung"), F("Bạch Long")], None, None, None, "signed"),
            ],
        ),
        h(
            n(),
            "Chừng 35 khách hàng, phần lớn ở châu Âu, đang xếp hàng chờ ụ của Bạch Long, vốn đã nhận đơn kín tới năm 2010.",
            "2006-09-16",
            "ministry",
            ["foreign_page_rendered", "count", "approx", "region_nothing", "no_event"],
            firms=[f("Bạch Long")],
            quantities=[c(35, "khách hàng", True)],
            events=[],
        ),
    ]
    # --- A German steel newsletter's item on a planned joint venture in Vietnam, rendered in English (S15 r4) ---
    rows += [
        h(
            n(),
            "A mill able to roll a million tonnes of billet a year is the centrepiece of a 245 million US dollar (190 million euro) joint venture that Ha Trung Steel Co. wants to set up with Japan's Shinwa Steel Ltd., a German trade newsletter said.",
            "2008-02-19",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "announced_joint_venture",
                "cooperation_deal",
                "object_first",
                "bracketed_conversion",
                "country_possessive",
                "adjective_nothing",
                "capacity_no_count",
            ],
            firms=[f("Ha Trung Steel", "Co."), f("Shinwa Steel", "Ltd.")],
            locations=[country("Japan")],
            money=[m(245 * M, "USD"), m(190 * M, "EUR")],
            deals=[deal("cooperation", ["Ha Trung Steel", "Shinwa Steel"], 245 * M)],
            events=[
                ev(
                    "joint_venture",
                    [F("Ha Trung Steel"), F("Shinwa Steel")],
                    245 * M,
                    "USD",
                    None,
                    "announced",
                ),
            ],
        ),
        h(
            n(),
            "Shinwa would hold 65 percent of the venture and Ha Trung the rest; the plant would also turn out 400,000 tonnes of coated sheet.",
            "2008-02-19",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "share_line",
                "short_names",
                "percentage",
                "tonnage_no_count",
                "no_event",
            ],
            firms=[f("Shinwa"), f("Ha Trung")],
            percentages=[65],
            events=[],
        ),
    ]
    # --- English: a steel-building maker's explainer (S17 r1) ---
    rows += [
        nil(
            "Pre-engineered Steel Building\n\nMention a pre-engineered steel building and many people picture a flimsy mobile home, not the column-and-rafter frames that now cover most new factory floors.",
            "2019-05-10",
            "ministry",
            [E, "explainer", "headline_lead", "multiline"],
        ),
        h(
            n(),
            "Cost: up to 25% less per m2 than a conventional steel building | Erection: weeks rather than months",
            "2019-05-10",
            "ministry",
            [E, "explainer", "table_row", "percentage", "unit_without_number", "no_event"],
            percentages=[25],
            events=[],
        ),
    ]
    # --- English: a steel-building maker's press release on a carmaker's complex (S17 r2) ---
    rows += [
        h(
            n(),
            "Sapphire Steel Buildings Frames Truong Son Motors' Assembly Halls\n\nNovember 05, 2018",
            "2018-11-05",
            "ministry",
            [
                E,
                "press_release",
                "headline_date",
                "supplier_no_contract_word",
                "possessive_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("Sapphire Steel Buildings"), f("Truong Son Motors")],
            events=[],
        ),
        h(
            n(),
            "Truong Son Motors' vehicle complex in Thanh Hoa province, the first of its kind built by a private Vietnamese group, sits on frames fabricated by Sapphire Steel Buildings.",
            "2018-11-05",
            "ministry",
            [
                E,
                "press_release",
                "supplier_no_contract_word",
                "passive",
                "province_english",
                "adjective_nothing",
                "no_event",
            ],
            firms=[f("Truong Son Motors"), f("Sapphire Steel Buildings")],
            provinces=[pv("Thanh Hóa")],
            events=[],
        ),
        h(
            n(),
            "Sapphire is the biggest steel supplier to phase one of the complex and the only foreign-owned firm erecting its halls, after clearing the technical, schedule and quality checks set by the carmaker's parent, Truong Son Group.",
            "2018-11-05",
            "ministry",
            [E, "press_release", "supplier_no_contract_word", "group_in_name", "no_event"],
            firms=[f("Sapphire"), f("Truong Son Group")],
            events=[],
        ),
        h(
            n(),
            "Sapphire brings 26 years and more than 5,500 projects at home and abroad to the job.",
            "2018-11-05",
            "ministry",
            [E, "press_release", "duration_no_count", "count", "approx", "no_event"],
            firms=[f("Sapphire")],
            quantities=[c(5500, "projects", True)],
            events=[],
        ),
        h(
            n(),
            '"We moved two design teams to the site for the whole of the rainy season," said Nabil Sayegh, chief executive of Sapphire.',
            "2018-11-05",
            "ministry",
            [E, "press_release", "quote_first", "person_role_after", "count_in_words", "no_event"],
            persons=[per("Nabil Sayegh", "chief executive of Sapphire")],
            firms=[f("Sapphire")],
            events=[],
        ),
        h(
            n(),
            "Le Van Phuc, general manager of Sapphire's Hanoi office, said the paint-shop girders use a higher-strength steel that lets them carry 15 percent more load at the same cost.",
            "2018-11-05",
            "ministry",
            [
                E,
                "press_release",
                "person_role_after",
                "province_in_role",
                "possessive_firm",
                "percentage",
                "no_event",
            ],
            persons=[per("Le Van Phuc", "general manager of Sapphire's Hanoi office")],
            firms=[f("Sapphire")],
            provinces=[pv("Hà Nội")],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "The Truong Son Motors paint shop, framed by Sapphire, from the air",
            "2018-11-05",
            "ministry",
            [E, "caption", "supplier_no_contract_word", "no_event"],
            firms=[f("Truong Son Motors"), f("Sapphire")],
            events=[],
        ),
    ]
    # --- English: a builder's guide to factory design-build, and a steel-building maker's newsroom snippet (S17 r3,
    # S17 r4 = S20 r3) ---
    rows += [
        h(
            n(),
            "Bac Ninh keeps adding industrial parks, and that growth is pushing owners to ask for factories that go up faster without cutting corners on quality.",
            "2021-07-15",
            "ministry",
            [E, "builder_guide", "province_english", "generic_parks_nothing", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        nil(
            "Thiết kế thi công nhà xưởng trọn gói\nTurnkey factory design and construction",
            "2021-07-15",
            "ministry",
            [E, "builder_guide", "bilingual_heading", "multiline"],
        ),
        h(
            n(),
            "A pre-engineered steel factory is one whose columns, rafters and purlins are cut and welded in a plant, then trucked to the site and bolted together; our 2021 price list for Bac Ninh follows.",
            "2021-07-15",
            "ministry",
            [E, "builder_guide", "definition", "province_english", "year_no_count", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        nil(
            "Demand for industrial space keeps rising, yet many Vietnamese builders still struggle to find management models and technology that let them grow for the long run.",
            "2020-03-01",
            "ministry",
            [E, "newsroom_snippet", "adjective_nothing"],
        ),
    ]
    # --- English: a national portal and a daily on a steel-structure subcontract for a chemical complex (S18 r1-r2) ---
    QNi = cur("Quảng Ninh")
    rows += [
        h(
            n(),
            "Hai Au Steel inks $7.6 million contract for Ba Lang chemical complex\n\nA $7.6 million contract covering design, fabrication and erection of package K-4 at the Ba Lang Chemical Complex has been signed between Hai Au Steel Structure JSC and Minh Phat Thinh Construction & Investment Joint Stock Company.",
            "2021-08-24",
            "ministry",
            [
                E,
                "headline_lead",
                "subcontract",
                "supply_contract_signed",
                "object_first",
                "passive",
                "seller_first",
                "shorter_headline_name_two_entries",
                "project_name_no_firm",
                "multiline",
            ],
            firms=[
                f("Hai Au Steel"),
                f("Hai Au Steel Structure", "JSC"),
                f("Minh Phat Thinh Construction & Investment", "Joint Stock Company"),
            ],
            money=[m(7.6 * M, "USD")],
            deals=[
                deal(
                    "supply_contract",
                    ["Hai Au Steel Structure", "Minh Phat Thinh Construction & Investment"],
                    7.6 * M,
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Hai Au Steel Structure"), F("Minh Phat Thinh Construction & Investment")],
                    7.6 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Perkasa Group of Malaysia is behind the complex on the Quang Ninh coast, a project registered at about $2.1 billion that is meant to cut the country's propylene imports.",
            "2021-08-24",
            "ministry",
            [
                E,
                "recalled_registered_capital",
                "deal_no_event",
                "group_in_name",
                "country_of",
                "approx",
                "province_english",
            ],
            firms=[f("Perkasa Group")],
            locations=[country("Malaysia")],
            provinces=[pv("Quảng Ninh")],
            money=[m(2.1 * B, "USD", approx=True)],
            deals=[deal("investment", ["Perkasa Group"], 2.1 * B, QNi)],
            events=[],
        ),
        h(
            n(),
            "Package K-4 spans 48,000 m2 of pipe racks and process buildings; under the deal, Minh Phat Thinh hands Hai Au the design, fabrication and erection of its steel.",
            "2021-08-24",
            "ministry",
            [E, "contract_scope_no_second_deal", "short_names", "m2_to_ha", "no_event"],
            firms=[f("Minh Phat Thinh"), f("Hai Au")],
            areas=[ha(4.8)],
            events=[],
        ),
        h(
            n(),
            "Minh Phat Thinh chairman Vo Quang Triet said the firm had weighed several leading steel-structure contractors before settling on Hai Au for the package.",
            "2021-08-24",
            "ministry",
            [E, "person_role_before", "firm_in_role", "selection_no_second_deal", "short_names", "no_event"],
            persons=[per("Vo Quang Triet", "Minh Phat Thinh chairman")],
            firms=[f("Minh Phat Thinh"), f("Hai Au")],
            events=[],
        ),
        h(
            n(),
            "JavaScript is off. Please enable to view full site.\n\nHai Au Steel signs $7.6mn deal for Ba Lang chemical project\n\nFriday, August 20, 2021, 16:30 GMT+7",
            "2021-08-20",
            "ministry",
            [
                E,
                "page_chrome",
                "headline_one_party",
                "counterpart_unnamed_no_deal",
                "mn_suffix",
                "timestamp_line",
                "multiline",
                "no_event",
            ],
            firms=[f("Hai Au Steel")],
            money=[m(7.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Le Dinh Khoa (left), chairman of Hai Au Steel Structure JSC, and Vo Quang Triet, chairman of Minh Phat Thinh Construction & Investment Joint Stock Company, after signing the $7.6 million K-4 contract in Ha Long on August 18, 2021.",
            "2021-08-20",
            "ministry",
            [
                E,
                "caption",
                "supply_contract_signed",
                "signers_named",
                "person_role_after",
                "signing_city_nothing",
                "deal_date",
            ],
            persons=[
                per("Le Dinh Khoa", "chairman of Hai Au Steel Structure JSC"),
                per(
                    "Vo Quang Triet",
                    "chairman of Minh Phat Thinh Construction & Investment Joint Stock Company",
                ),
            ],
            firms=[
                f("Hai Au Steel Structure", "JSC"),
                f("Minh Phat Thinh Construction & Investment", "Joint Stock Company"),
            ],
            money=[m(7.6 * M, "USD")],
            deals=[
                deal(
                    "supply_contract",
                    ["Hai Au Steel Structure", "Minh Phat Thinh Construction & Investment"],
                    7.6 * M,
                    None,
                    "2021-08-18",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Hai Au Steel Structure"), F("Minh Phat Thinh Construction & Investment")],
                    7.6 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Malaysia's Perkasa Group has about $2.1 billion registered for Ba Lang, which will be able to make 1.1 million tonnes of propylene derivatives a year.",
            "2021-08-20",
            "ministry",
            [
                E,
                "recalled_registered_capital",
                "deal_no_event",
                "country_possessive",
                "approx",
                "capacity_no_count",
                "no_site",
            ],
            firms=[f("Perkasa Group")],
            locations=[country("Malaysia")],
            money=[m(2.1 * B, "USD", approx=True)],
            deals=[deal("investment", ["Perkasa Group"], 2.1 * B)],
            events=[],
        ),
    ]
    # --- English: a news agency on a steel group's export order (S18 r3) ---
    rows += [
        h(
            n(),
            "Hanoi (VNA) – Canada is the destination of Dai Nam Steel Group's latest export order: more than 1,800 tonnes of hot-dip galvanised H-beams, to leave port this month.",
            "2021-03-19",
            "ministry",
            [
                E,
                "dateline_province",
                "export_order_unnamed_buyer",
                "destination_first",
                "group_in_name",
                "tonnage_no_count",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Dai Nam Steel Group")],
            locations=[country("Canada")],
            events=[],
        ),
        h(
            n(),
            "The beams are rolled at the group's section mill inside the Nghi Son Economic Zone in Thanh Hoa, where a deep-water berth lets cargo go straight onto ships.",
            "2021-03-19",
            "ministry",
            [E, "plant_location", "english_zone_none", "province_english", "no_event"],
            provinces=[pv("Thanh Hóa")],
            events=[],
        ),
        h(
            n(),
            "Dai Nam sold 86,400 tonnes of steel pipe in January and February, up 7.9 percent year-on-year and the largest share of the domestic market.",
            "2021-03-19",
            "ministry",
            [E, "sales_line", "short_name", "tonnage_no_count", "percentage", "no_event"],
            firms=[f("Dai Nam")],
            percentages=[7.9],
            events=[],
        ),
        h(
            n(),
            "Sales at subsidiary Dai Nam Steel Sheet Co. jumped 64 percent, helped by export contracts for corrugated roofing to Europe and Australia.",
            "2021-03-19",
            "ministry",
            [
                E,
                "export_contracts_unnamed_buyers",
                "foreign_form",
                "percentage",
                "region_nothing",
                "country",
                "no_event",
            ],
            firms=[f("Dai Nam Steel Sheet", "Co.")],
            percentages=[64],
            locations=[country("Australia")],
            events=[],
        ),
    ]
    # --- English: a business magazine on park approvals, and two investment guides on a document site (S19 r1-r3) ---
    rows += [
        h(
            n(),
            "16:05 21/03/2022\n\nDeputy PM signs off on new industrial parks\n\nLan Anh",
            "2022-03-21",
            "ministry",
            [
                E,
                "timestamp_line",
                "headline_only",
                "byline_person",
                "bare_role_no_person",
                "multiline",
                "no_event",
            ],
            persons=[per("Lan Anh", None)],
            events=[],
        ),
        h(
            n(),
            "Investment policies and infrastructure plans for industrial parks in Quang Ngai, Nghe An, Tay Ninh and Phu Tho have been approved in decisions signed by Deputy Prime Minister Tran Hong Phuc.",
            "2022-03-21",
            "ministry",
            [E, "park_approvals_no_investor", "province_list_english", "person_role_before", "no_event"],
            persons=[per("Tran Hong Phuc", "Deputy Prime Minister")],
            provinces=[pv("Quảng Ngãi"), pv("Nghệ An"), pv("Tây Ninh"), pv("Phú Thọ")],
            events=[],
        ),
        nil(
            "Analysts expect the number of parks to keep growing as investors look for stable, labour-rich locations.\n\nPhoto: Illustration\nPhoto: Illustration",
            "2022-03-21",
            "ministry",
            [E, "analyst_line", "photo_placeholder", "multiline"],
        ),
        h(
            n(),
            "You are on page 1of 72\n\nA Guide to Building a Factory in Vietnam's Industrial Zones\nMinistry of Planning and Investment\nMarch 2008",
            "2008-03-30",
            "ministry",
            [
                E,
                "document_store",
                "cover_page",
                "page_count_no_count",
                "organisation",
                "multiline",
                "no_event",
            ],
            organizations=["Ministry of Planning and Investment"],
            events=[],
        ),
        nil(
            "PART 3: PUTTING A PLANT IN AN IP 18\n• Land lease and infrastructure fees 19\n• Building permits inside IPs 21\n• Steel frame or concrete? 24",
            "2008-03-30",
            "ministry",
            [E, "document_store", "table_of_contents", "page_numbers_nothing", "multiline"],
        ),
        h(
            n(),
            "INVESTMENT ENVIRONMENT IN HAI PHONG ........ 212\nDEEP C INDUSTRIAL ZONE II ........ 216\nNAM DINH VU INDUSTRIAL ZONE ........ 219",
            "2023-08-04",
            "ministry",
            [
                E,
                "document_store",
                "table_of_contents",
                "caps_province_english",
                "english_park_none",
                "page_numbers_nothing",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
    ]
    # --- English: a radio interview with a foreign steel-building maker's head (S19 r4) ---
    DNai = cur("Đồng Nai")
    rows += [
        h(
            n(),
            "Asked by a Hanoi daily what keeps his firm growing here, Khalid Mansour, General Director of Gulfbuild Steel Vietnam (GSV), pointed to steady politics and officials who answer the phone.",
            "2006-04-13",
            "ministry",
            [
                E,
                "interview",
                "person_role_after",
                "vietnam_dropped",
                "acronym_bracket",
                "province_english",
                "no_event",
            ],
            persons=[per("Khalid Mansour", "General Director of Gulfbuild Steel Vietnam")],
            firms=[f("Gulfbuild Steel")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "GSV's second plant, in the southern province of Dong Nai, will start production before the end of this year, he said.",
            "2006-04-13",
            "ministry",
            [
                E,
                "planned_plant",
                "announced_investment",
                "acronym_firm",
                "ordinal_no_count",
                "province_english",
            ],
            firms=[f("GSV")],
            provinces=[pv("Đồng Nai")],
            deals=[deal("investment", ["GSV"], None, DNai)],
            events=[ev("investment_announcement", [F("GSV")], None, None, DNai, "announced")],
        ),
        h(
            n(),
            "Together with the first plant, in Hanoi, that will lift GSV's capacity from 45,000 tonnes to 85,000 tonnes of pre-engineered buildings a year.",
            "2006-04-13",
            "ministry",
            [
                E,
                "capacity_no_count",
                "existing_plant_no_deal",
                "acronym_firm",
                "province_english",
                "no_event",
            ],
            firms=[f("GSV")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- English: a contractor's blog on choosing a factory builder, three posts (S20 r1, S20 r2, S20 r4) ---
    rows += [
        h(
            n(),
            "Choosing the wrong design-build contractor for a plant worth tens of billions of VND can mean cost overruns, leaking roofs and settling slabs for years, warns TKC.",
            "2025-06-02",
            "ministry",
            [E, "contractor_blog", "vague_amount", "acronym_firm", "no_event"],
            firms=[f("TKC")],
            events=[],
        ),
        h(
            n(),
            "What does an investor really need from a factory contractor? Below, TKC sets out four tests that separate capable builders from the rest.",
            "2025-06-02",
            "ministry",
            [E, "contractor_blog", "question", "count_in_words", "acronym_firm", "no_event"],
            firms=[f("TKC")],
            events=[],
        ),
        h(
            n(),
            "In TKC's experience, the choice of contractor decides more than 80% of whether a factory project finishes on time, on budget and without accidents.",
            "2025-06-02",
            "ministry",
            [E, "contractor_blog", "possessive_firm", "percentage", "no_event"],
            firms=[f("TKC")],
            percentages=[80],
            events=[],
        ),
    ]
    return rows
