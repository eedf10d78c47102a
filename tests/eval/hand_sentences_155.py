# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 155 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: printing, labels and packaging printing (in bao bì, nhãn mác, tem nhãn,
in offset) for factories in Vietnam's supporting industry. Written and annotated for every field BEFORE any tagger was
run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1
"in bao bì nhãn mác công nghiệp hỗ trợ doanh nghiệp nhà máy", S2 "công ty in offset đầu tư máy in Heidelberg mới", S3
"tem nhãn decal in cho nhà máy điện tử khu công nghiệp", S4 "in ấn bao bì xuất khẩu doanh nghiệp FDI cung ứng", S5 "nhà
máy in bao bì giấy khánh thành Bắc Ninh", S6 "in nhãn dệt thẻ bài nhãn mác may mặc nhà cung cấp cho nhà máy", S7 "ngành
in Việt Nam công nghệ in kỹ thuật số bao bì doanh nghiệp", S8 "công ty cổ phần in bao bì lợi nhuận cổ đông đại hội", S9
"hộp giấy in offset cung cấp cho thương hiệu quốc tế nhà máy", S10 "in flexo bao bì màng ghép nhà máy Long An đầu tư",
S11 "doanh nghiệp ngành in ký kết biên bản ghi nhớ hợp tác bao bì", S12 "triển lãm Vietnam Print Pack doanh nghiệp in
bao bì máy móc", S13 "tem chống hàng giả tem truy xuất nguồn gốc doanh nghiệp in", S14 "giấy phép hoạt động in cơ sở in
bao bì Sở Thông tin và Truyền thông", S15 "dự án nhà máy in bao bì vốn nước ngoài khu công nghiệp Hải Phòng", S16
"doanh nghiệp in nhãn sản phẩm cho công nghiệp hỗ trợ linh kiện ô tô xe máy điện tử", and in English S17 "Vietnam
printing and packaging industry offset printing growth", S18 "label printing plant Vietnam investment factory", S19
"packaging printer Vietnam acquisition stake", S20 "printing company opens new factory in Vietnam packaging labels
industrial park". (Batches 119 and 133 had neighbouring themes with other searches and several of the same pages came
back: the paper-tray plant opening in Bắc Ninh, the wire copy of the print-and-pack expo, the English tag page on a
label plant in Long An, the Japanese rendering of a Taiwanese paper maker's licence, the sweater-label page and the law
firm's barcode page. None of their rows was reused: every row here was drafted from this sample and checked against
those two batches too; the plant opening is told here in Hưng Yên and the licence with other figures.) No sentence is
taken or paraphrased from a page; the shapes are. Firm, plant, person and byline names are invented (In Phú Khang, In
Sắc Việt, In Trường Phát, Nhãn dệt Thiên Phúc, Cơ khí Hoàng Phát, Bao bì Giấy Hồng Lam and its plant Hồng Lam Yên Mỹ 2,
Bao bì Nhựa Phước An / PAP, Meridian Markets, Hanseo Print, Kết cấu thép Hải Đăng, Kingsway Label Holdings, Bao bì Dược
Minh Hưng, Yung Chang Paper / Yung Chang, Kurobane Pack, Box-Asia, Siam Carton, Ratchada Packaging / Ratchada, In Sao Mai
/ Sao Mai Printing / SMP, Lotusflex, Everwin Label / Everwin Label Group, Phu Thinh Packaging, Chao Phraya Packaging
Group, Hanul Gift Box, Orient Expo Services / Orient Expo, Kwan Hing Printing / Kwan Hing, Minh Tam Tea, Pacific Snack,
Sun Rise Yarn, Mannheimer Druckwerke, every chairman, official, engineer, student, lecturer, photographer and byline);
well-known names (Apple, Nike, Vinexad, the ministries, the printing, packaging and paper associations, the US Federal
Trade Commission, the Dung Quat zone authority, Hải Phòng's economic-zone board, the parks Tràng Duệ, An Dương, Yên Mỹ
II, Tân Bình, VSIP and Amata, the laws and circulars cited by number) appear only in sentences of our own, with figures,
dates and places changed.

What the sample looked like (80 result slots, about 60 distinct pages; an economy site's "ngành in" tag came back 11
times, a printer's one-line title "Vai trò và chức năng cơ bản của bao bì" 8 times and an English international news
site's 2016 feature on foreign money in printing 3 times): 5 slots were spam (a nylon-bag price slug on a cement
maker's domain, a foreign domain's legal-keyword title, a betting keyword salad on a foreign domain, a social-network
post on anti-counterfeit stamps with a link, a numbered mirror domain carrying a paper-packaging export lead); 36 were
tag, title, slug and search pages (the "ngành in" tag 11 times, the printer's title 8 times, a trade paper's "đóng gói"
tag twice, a printing blog's "ống đồng" tag twice, three unaccented stock-news slugs, a freight slug, two law-firm tags,
a legal-advice tag, a magazine's search page, a standards site's title on a labelling circular twice, a legal portal's
title on a science-ministry decision, an English tag page on a label plant set up in Long An, a blog's date archive); 11
were printers', label makers' and service pages (garment-label uses as bullets, a care-label guide citing the US FTC, a
decal explainer with a roll-spec formula, a decal product page with layers and pros and cons, an auxiliary-label spec
list, an anti-counterfeit stamp explainer, an offset history page with update and view counter, a law firm's barcode
service page with its legal bases, a contract template for printing and packaging work, a provincial extension centre's
profile page on labels and packaging, a printing blog's story of an engineer who built a flexo roll press); 3 were
document-store and encyclopedia pages (a student essay in a broken font with names and ids, a report's metadata block
and contents, an encyclopedia page on printing in Vietnam); 9 were Vietnamese news (a commodities site on a paper-tray
plant starting up in Bắc Ninh with its capital, area, capacity, the chairman and the park board's running totals; a
city daily on the printing association's chairman warning of takeovers at the print-and-pack expo, with a caption; a
stock daily on a listed packaging maker's profit and dividend plan, AGM and share price; an aggregator's repost on paper
prices with its source label; an enterprise magazine on a packaging expo opening with countries, stands and the
organiser's words; a national daily on why tamper stickers fail, with a caption; a steel contractor's project page on a
Hải Phòng plant; an economic-zone board's adjusted certificate for a Hong Kong investor's project; a Party-bloc site on
Hải Phòng's new parks); 5 were in other languages (a German regional daily on a press maker's return to large-format
offset, a Chinese commerce-ministry item on a pharmaceutical packaging plant opening in HCM City, a Japanese machine
translation of an investment weekly on a Taiwanese paper maker's licence in Bình Dương twice, a French news-agency item
on a Thai group buying a carton printer); 11 were English (a knitwear wholesaler's page on sweater labels, a
press-release wire carrying VNS on the print-and-pack expo, a news agency's English site on the association's figures
twice, a city daily's English edition on packaging growth, an online paper's English site on the city printing
association's warning, the international site's feature three times, a Thai daily on the carton-printer purchase, a park
developer's quarterly newsletter page with three groundbreakings and a licence). About 13 of the 80 slots told a deal or
an event with a named party (the plant start-up, the pharmaceutical packaging plant opening, the contractor's project,
the adjusted certificate, the label plant set up, the Taiwanese licence twice, the feature's planned factory and
recalled stake sale three times, the newsletter's groundbreakings and licence, the Thai purchase twice); no memorandum,
supply contract or printing order with a named buyer came up in any first four (S11 returned tags, a contract template
and a student essay; S9 and S16 returned only titles, tags and service pages), so the batch has none.

Rows: 159 (hand-50001 to hand-50159); 17 carry a deal or an event (10.7%): 15 events (4 groundbreakings, 3
inaugurations, 3 investment licences, 3 acquisitions, 2 investment announcements) and 16 `deals` entries (12 investment,
4 groundbreaking); 2 rows hold only a deal (50109 an investor line of a project page, 50135 a recalled stake purchase), 1
an event without a deal (50086 an opening caption without capital) and 14 both. 142 rows are negatives and other
fields. By page kind: 7 rows of spam (50001-50007, 0 with a deal or event), 29 of tag, title, slug and search pages
(50008-50036; 1), 28 of printers', label makers', service, agency and blog pages (50037-50064; 0), 15 of document-store,
encyclopedia and contract-template pages (50065-50079; 0), 38 of Vietnamese news and project pages (50080-50117; 4), 6 of
the Chinese, Japanese and French pages rendered in Vietnamese (50118-50123; 3), 35 of English copy (50124-50158; 9) and 1
of the German page rendered in English (50159; 0); 38 rows are English (`english_copy`, 23.9%: 35 English pages, 2
English tag-page rows and the German rendering). The sample's share of deal rows is lower than most batches' because
spam, tags, titles and vendors' explainers filled 52 of its 80 slots. 9 rows are stored in NFD (hand-50061, 50073, 50081, 50085,
50087, 50094, 50100, 50105, 50112); 6 use old tone placement (50003, 50031 and 50056 "hàng hoá", 50076 "CỘNG
HOÀ", 50084 "đa dạng hoá", 50123 "thoả thuận"); 58 hold several lines (headlines and leads, tag and section labels,
breadcrumbs, timestamps and view counters, bullet and label lines, metadata blocks, contents, task tables, captions,
bylines, source labels, related links, wire chrome, newsletter page labels).

Own wording: every row was drafted in its own order (amount-first, area-first, object-first, count-first, target-first,
passive, speaker last, label lines), with changed figures, names, dates and places; on review against the notes taken
from the sampled pages (and against batches 119 and 133), about 100 drafts that still kept a page's run of facts, its
order, a list's items or a quote's gist were rewritten from scratch (among them every row of the plant start-up, the
association chairman's interview, the AGM notice and results, the paper-price lead, the expo opening, the tamper-sticker
feature, the adjusted certificate and its schedule, the new-parks lead, the three renderings of foreign pages, the Thai
purchase, the international feature, the agency's figures, the city daily's growth figures, the city association's
warning, the wire copy of the expo, the newsletter's groundbreakings, licence and captions, the sweater labels, the
German rendering, the vendors' bullet lists, decal layers, auxiliary-label specs and offset advantages, the barcode
definition, the encyclopedia lines, the contract's legal bases, the mirror lead and the tag teasers). Six drafts were
dropped because they stayed too close however worded (a decal's pros and cons, an AGM's "plan to be voted on", an expo's
"ten years as a place to find machines", a stamp without its own code, smaller printers seeking partners, buyers wanting
smarter packs, printed goods turned back for residues); one row was replaced because its shape came only from a result
ranked 5 or lower (a "dự án FDI thứ N từ đầu năm" line, S15 r6, replaced by the board's credit line). Nothing else was
used from ranks 5-8, among them: a Hong Kong packaging plant approved in a Hải Dương cluster (S15 r5), a glue maker's
certificate in Nam Cầu Kiền (S15 r6), a zone board's licence round with a biodegradable-materials plant (S15 r8), a
contractor's page on a flexible-packaging plant in Long An (S10 r5), a shrink-film plant opening in Bình Dương (S18 r8,
S20 r6), the packaging M&A round-ups with their named buyers and prices (S19 r5-r8), a printing market study with the
city's firm count (S7 r8), the "printing against the virtual world" piece (S7 r6), a police-backed e-stamp partnership
and stamp makers' pages (S13 r5-r8), a seal-stamp page and a price table (S3 r5-r7), a printing-plant textbook and a
patent (S2 r6-r7), the label decree's amendment page (S16 r7) and the other expo pages (S12 r5-r7, S17 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital
the event only; dated with a day; a held groundbreaking is a groundbreaking deal and event "started", dated only with a
day; a licence or adjusted certificate from a board is an investment deal and an investment_licence event "licensed",
the board a government party as written, the amount the increase ("từ X lên Y": both figures money), a licence
received without grantor a licence event of the firm; a named firm's planned or newly set-up plant is an announced
investment; an acquisition's deal is the buyer's investment and its event lists buyer and target, a board-approved or
pending purchase "announced"; recalled purchases and investor lines are deals without events; contractors, organisers,
customers named as brands, presence lists, running totals, plans of profit and dividend, equipment costs, support
programmes and unnamed buyers give no deal; vague amounts and counts are none; "khoảng", "chừng", "gần", "hơn", "trên",
"ngót", "about", "roughly", "close to", "almost", "some", "over", "more than", "-plus" are approximate; bracketed
conversions are both money, the deal taking the one written first; prices per share are no money; baht are THB; money
per year keeps its unit; capacities, rates, durations, ordinals, decades, page numbers, ids, phone numbers, view
counters, counts in words, counts in slugs, layers, colours and dimensions are no counts, English counts keep their
English noun; m2 and hectares are areas in ha; percentage ranges give both ends; Vietnamese legal forms are normalised,
foreign ones kept ("Limited", "Plc", "Pcl", "JSC", "AG", "Co Ltd", "Co., Ltd", "Co., Ltd."), "Group" stays in a name,
"Việt Nam"/"Vietnam"/"(Vietnam)" and a trailing "Vina" are dropped from a foreign subsidiary's name; a site brand is a
firm, the trade word kept ("In Phú Khang"); a bracketed acronym or ticker after a name is no second entry, alone it is a
firm or an organisation; Vietnamese country words and English country nouns and possessives are countries, English
adjectives and regions ("Thai", "German", "châu Âu", "EU", "the south") none, a country inside an organisation's name
none; a province inside an organisation's or park's name is a mention; parks written in Vietnamese are locations,
English parks none; districts need "quận"/"huyện" before July 2025; venues are no organisations; datelines are mentions;
bylines and photo credits are persons without role, outlet, agency and illustration credits nothing; "cô", "kỹ sư"
before a name give no role; a given name alone is no person; laws without a number give no decision, a decision's year
alone no date; old tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Spam and slugs: a garbled legal reference without a slash ("nghị định 60 2014 ... thuvienphapluat", 50002) is no
  decision; "1kg", "1 kg" and "tem 7 màu" are no counts; lower-case "tphcm" and "hà nội" give nothing; the mirror lead's
  "Biên Hòa, Đồng Nai" gives the province only (50005).
- Tags and titles: "Chủ đề: Ngành in – 128 bài viết", "Thẻ: đóng gói | 1.246 bài viết" and "Tìm thấy 36 kết quả" are
  counts (a noun follows); "41 doanh nghiep" in an unaccented slug is not (batch 103); "Quyết định 1845/QĐ-BKHCN năm 2019"
  has no date; a related headline "Thai carton maker buys into Hanoi printer" (50035) names no firm and gives Hà Nội only.
- The English tag page "Woven and printed garment labels will be made in Long An at a new plant of Everwin Label Group
  Vietnam" under "Everwin Label puts up a factory in Long An" (50034) is one announced investment of the lead's firm
  sited in Long An (batch 133's reading of "set up"); the headline's short name is a second firm entry.
- Vendors and blogs: "xưởng Cơ khí Hoàng Phát ở Nam Định" is a firm without form and the province, "kỹ sư Trần Văn Khải,
  giám đốc xưởng" the role after the name (50061); the home-built press's cost "khoảng 2,8 tỷ đồng" is money, no deal
  (50063); an extension centre's "38 cơ sở" and "12 cơ sở nông thôn" with "kinh phí khuyến công 1,8 tỷ đồng" are counts
  and money of a support programme, no deal (50058-50059); "Ủy ban Thương mại Liên bang (FTC)" an organisation, "Mỹ" a
  country (50039).
- Documents: "Người hướng dẫn Trần Thu Trang, Giảng viên" gives the role "Giảng viên" (batch 133), the authors and the
  task table's names none; "Trường Đại học Bách khoa Hà Nội" an organisation and a mention of Hà Nội; the contract
  template's blank party, number and amount give nothing, "Thuận An, Bình Dương" the province only, "Bộ luật Dân sự năm
  2015" no decision and "Luật Thương mại số 36/2005/QH11" a decision without date (50078).
- The paper-tray plant: "Hơn 195 tỷ đồng (khoảng 8,4 triệu USD) là phần Công ty CP Bao bì Giấy Hồng Lam chi cho giai
  đoạn 1 của xưởng vừa chạy máy, trên mảnh đất 2,1 ha thuê ở KCN Yên Mỹ II" (50081) is an investment deal and an
  inauguration with the VND amount, unsited (the park names no province in the row, the headline's Hưng Yên is in
  another row); the caption "Cắt băng khánh thành nhà máy của Bao bì Giấy Hồng Lam sáng 8/1" (50086) the opening
  without capital, no deal; "4.500 chiếc khay" an hour (50080) a rate, no count; the plant's name "Hồng Lam Yên Mỹ 2" no
  firm; the board's running totals (50085) counts and money only.
- Stock news: "Công ty CP Bao bì Nhựa Phước An (mã PAP)" is one firm; "Cổ phiếu PAP" alone the ticker as a firm;
  "10.400 đồng/CP" no money; "5.200 cổ phiếu" a count; profit and dividend plans no deal.
- Hải Phòng: the project page "Chủ đầu tư: Công ty TNHH Hanseo Print Vina / Tổng vốn đầu tư 62 triệu USD, xây trong KCN
  An Dương, TP Hải Phòng" (50109) is Hanseo Print's investment deal without event, sited in Hải Phòng; the steel
  contractor is no party; the amount-first "Từ 5,2 triệu USD, vốn dự án ... của Kingsway Label Holdings Limited (Hồng
  Kông) ... đã lên 8,6 triệu USD, theo giấy chứng nhận điều chỉnh mà Ban Quản lý Khu kinh tế Hải Phòng trao ngày
  12/4/2018" (50112) the board's licence of the 3,4 triệu USD increase, dated; its headline naming only "nhà đầu tư Hồng
  Kông" no event; the credit line "Thực hiện: Trung tâm Xúc tiến đầu tư – Ban Quản lý Khu kinh tế Hải Phòng" two
  organisations.
- Renderings: the Chinese item told amount-first, "280 tỷ đồng là vốn Công ty CP Bao bì Dược Minh Hưng bỏ vào xưởng ...
  ở KCN Tân Bình, TP.HCM, khánh thành hôm 8/1" (50118), is a dated inauguration with capital in HCM City; the Japanese
  "Lô đất 62 ha trong một khu công nghệ do Singapore phát triển ở tỉnh Bình Dương sẽ là chỗ cho nhà máy bao bì 140 triệu
  USD của ... Yung Chang Paper, vừa được trao giấy chứng nhận đầu tư ngày 6/12" (50120) a dated licence without grantor,
  Singapore a country; the French "Quý III là lúc Ratchada Packaging Plc tính hoàn tất việc mua 65% cổ phần Công ty CP In
  Sao Mai; theo thoả thuận, giá vào khoảng 1,42 tỷ baht" (50123) an announced acquisition in THB.
- The Thai purchase in English: the target-first "A 65% stake in Sao Mai Printing JSC ("SMP") ... will pass to Ratchada
  Packaging once the deal its board cleared on Tuesday is completed" (50124) is an announced acquisition; "Ratchada will
  pay about 1.42 billion baht" (50125) the same deal's terms, no second deal; the partner's "plans to end up with 30% of
  SMP" (50126) a second announced acquisition; "Dong Nai's Amata park" the province only.
- The international feature: "A gift-box factory in Quang Nam is next on the list, planned by South Korea's Hanul Gift
  Box" (50134) an announced investment sited in Quảng Nam; "Chao Phraya Packaging Group already owns 75 percent of Phu
  Thinh Packaging JSC, ... it bought into last year" (50135) a recalled purchase, deal without event; "VPA chairman Pham
  Duc Thinh" the acronym alone an organisation and the role "VPA chairman"; "Photo by VnExpress/ Thanh Nhan" a person.
- The newsletter page: the object-first "Cartons, hang tags ... will come off the lines of Kwan Hing Printing (Vietnam)
  Co., Ltd., whose plant in VSIP II broke ground on 18 December 2013" (50152) and "held a groundbreaking for its second
  factory there on 5 December 2013" (50153) are dated groundbreakings without site (English parks none); the amount-first
  "US$28 million is going into a snack and drinks plant of Pacific Snack Co., Ltd at VSIP Quang Ngai, where work began
  on 12 December 2013" (50154) a dated groundbreaking with its amount sited in Quảng Ngãi by the park's name; the licence
  "handed the firm its investment certificate" by the "Dung Quat Economic Zone Authority" (50155) a dated licence with
  the authority as government party, unsited; the caption "Groundbreaking at Kwan Hing, VSIP II" (50156) an undated
  groundbreaking, "Pacific Snack's site at VSIP Quang Ngai, December 2013" a site caption, no event.
- English figures: "Seven in ten" is no percentage; "1,100-plus" and "240-plus" are approximate counts; "Over 2.2
  billion USD a year" money per year; "Ministry of Industry and Trade official Tran Thi Thu Ha" the role as written;
  "{keywords}" template chrome nothing; "Binh Duong" in a caption a province.
- Vietnamese figures and places: "Hàn Quốc và Đài Loan (Trung Quốc)" three countries; "các hãng Đức, Ý" two countries;
  "hai trong năm máy sóng" counts in words; "khoảng 14.500 doanh nghiệp bao bì" a count; "9.500 m2 gian hàng" 0.95 ha;
  the venue "Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC)" no organisation (batch 102); "quận 7", "quận Bình Tân",
  "quận Gò Vấp" and "huyện An Lão" districts; "Bộ Y tế" requiring UV ink without a number no decision."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_155(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    LA = cur("Long An")
    BD = cur("Bình Dương")
    HP = cur("Hải Phòng")
    HCM = cur("Hồ Chí Minh")
    QNa = cur("Quảng Nam")
    QNg = cur("Quảng Ngãi")

    ids = iter(range(50001, 50001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam: a nylon-bag price slug on a cement site's domain, a foreign domain's legal-keyword title, a betting
    # keyword salad, a social-network post on tamper stickers, a numbered mirror domain's carton-export lead (S10 r1,
    # S14 r4, S16 r3, S13 r3, S4 r3) ---
    rows += [
        h(
            n(),
            "giá túi giấy kraft in logo bao nhiêu tiền một cái sỉ lẻ",
            "2022-10-03",
            "ministry",
            ["spam_slug", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nghị định 60 2014 điều kiện hoạt động ngành in thuvienphapluat mới nhất",
            "2021-04-17",
            "ministry",
            ["spam_title", "foreign_domain", "garbled_legal_number_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kubet đăng ký nhận thưởngin decal giấy giá rẻtra cứu mã vạch hàng hoá chính hãng",
            "2023-02-11",
            "ministry",
            ["spam_title", "betting_domain", "glued_words", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tem 7 màu dán trên vỏ hộp điện thoại thế này thì có phải hàng hãng không mọi người?\nXem thêm: temchonggia-online.net",
            "2023-06-30",
            "ministry",
            ["social_post", "link_line_nothing", "colours_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hộp giấy xuất khẩu đắt hàng\nMột xưởng thùng carton ở Biên Hòa, Đồng Nai cho biết đơn hàng đi Hàn Quốc đã kín tới quý sau.",
            "2024-07-22",
            "ministry",
            [
                "spam_domain_mirror",
                "headline_lead",
                "city_without_prefix_no_district",
                "country_word",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Đồng Nai")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "bao nylon in chữ giá sỉ 1kg tphcm giao tận nơi",
            "2022-10-03",
            "ministry",
            ["spam_slug", "weight_no_count", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "túi ni lông in logo bao nhiêu tiền 1 kg hà nội",
            "2022-10-03",
            "ministry",
            ["spam_slug", "weight_no_count", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title, slug and search pages: an economy site's "ngành in" tag (11 slots), a printer's one-line title
    # (8 slots), a trade paper's "đóng gói" tag, a printing blog's "ống đồng" tag, three unaccented stock-news tags, a
    # freight tag, two law-firm tags, a legal-advice tag, a magazine's search page, two legal titles, an English tag page
    # on a label plant and a blog's date archive (S4 r1, S1 r1, S4 r4, S2 r1, S8 r1-r3, S5 r3, S5 r4, S14 r1-r3, S13 r1,
    # S3 r1 = S16 r2, S18 r1, S6 r2) ---
    rows += [
        h(
            n(),
            "Ngành in\nMáy offset đời mới, mực gốc nước và tem gắn mã QR: ba thứ đang đổi mặt các nhà in mấy năm nay.",
            "2019-08-14",
            "ministry",
            ["tag_page", "count_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngành in\n« Trước  1  2  3  …  12  Sau »",
            "2019-08-14",
            "ministry",
            ["tag_page", "pagination_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chủ đề: Ngành in – 128 bài viết",
            "2019-08-14",
            "ministry",
            ["tag_page", "count"],
            quantities=[c(128, "bài viết")],
            events=[],
        ),
        h(
            n(),
            "ngành in bao bì vốn ngoại mua bán sáp nhập xây nhà máy",
            "2019-08-14",
            "ministry",
            ["tag_keywords", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngành in\nTừ khóa liên quan: bao bì, mực in, máy in offset, tem nhãn",
            "2019-08-14",
            "ministry",
            ["tag_page", "keyword_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin tức khác\nSáu việc một chiếc bao bì làm cho món hàng: từ giữ hàng nguyên vẹn đến kể chuyện thương hiệu",
            "2021-05-19",
            "ministry",
            ["title_page", "count_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "In Phú Khang – hộp giấy, túi giấy, tem nhãn in theo yêu cầu\nChọn chất liệu hộp giấy thế nào cho hàng xuất khẩu",
            "2021-05-19",
            "ministry",
            ["title_page", "site_brand_firm", "multiline", "no_event"],
            firms=[f("In Phú Khang")],
            events=[],
        ),
        h(
            n(),
            "Bao bì giấy hay nhựa: nên chọn loại nào – Tin tức khác – In Phú Khang\nCập nhật lúc 15:20 ngày 19/05/2021",
            "2021-05-19",
            "ministry",
            ["title_page", "site_brand_firm", "breadcrumb", "timestamp", "multiline", "no_event"],
            firms=[f("In Phú Khang")],
            events=[],
        ),
        h(
            n(),
            "đóng gói\nMáy đóng gói ngoại tìm đến Việt Nam khi bao bì cho thực phẩm chế biến mỗi năm lớn thêm chừng 16 - 22%",
            "2020-10-02",
            "ministry",
            ["tag_page", "lowercase_tag", "percentage_range", "multiline", "no_event"],
            percentages=[16, 22],
            events=[],
        ),
        h(
            n(),
            "Tin cùng chủ đề\nMáy đóng gói nội địa giành chỗ ở hội chợ Hà Nội | Giấy cuộn tăng giá lần thứ ba trong năm",
            "2020-10-02",
            "ministry",
            ["tag_page", "pipe_list", "ordinal_no_count", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Thẻ: đóng gói | 1.246 bài viết",
            "2020-10-02",
            "ministry",
            ["tag_page", "count", "no_event"],
            quantities=[c(1246, "bài viết")],
            events=[],
        ),
        h(
            n(),
            "ống đồng\nMột trục đồng khắc cho in ống đồng chạy được hàng triệu lượt, nên chỉ đáng làm khi đơn bao bì màng đủ lớn.",
            "2018-03-09",
            "ministry",
            ["tag_page", "lowercase_tag", "vague_count_none", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thẻ: ống đồng\nPhân biệt in offset với in ống đồng ngay trên sản phẩm cầm trong tay",
            "2018-03-09",
            "ministry",
            ["tag_page", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep in bao bi chot quyen du dai hoi co dong bat thuong",
            "2023-03-06",
            "ministry",
            ["tag_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "41 doanh nghiep tren upcom chot quyen nhan co tuc bang tien tuan nay",
            "2023-06-12",
            "ministry",
            ["tag_slug", "unaccented", "count_in_slug_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "co phieu nganh bao bi dong loat tang tran phien chieu",
            "2023-06-12",
            "ministry",
            ["tag_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep tren hose chot quyen hop dai hoi co dong",
            "2023-03-06",
            "ministry",
            ["tag_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cước chuyển hàng Bắc Ninh đi TP.HCM theo kg",
            "2022-08-01",
            "ministry",
            ["tag_page", "province_in_tag"],
            provinces=[pv("Bắc Ninh"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Đăng ký mã số mã vạch cho sản phẩm tại Bắc Ninh mất bao lâu?",
            "2022-08-01",
            "ministry",
            ["tag_page", "law_firm_tag", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ xin giấy phép kinh doanh sản phẩm mật mã dân sự gồm những gì?",
            "2022-08-01",
            "ministry",
            ["tag_page", "law_firm_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xưởng in hộp bánh có cần giấy an toàn thực phẩm không",
            "2021-11-24",
            "ministry",
            ["tag_page", "lowercase_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Kết quả tìm kiếm: tem truy xuất nguồn gốc\n(Kiến Thức) - Chỉ cần chiếc điện thoại quét mã QR trên tem, người mua đã biết món hàng có đúng là hàng chính hãng hay không.",
            "2024-02-15",
            "ministry",
            ["search_page", "outlet_prefix_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tìm thấy 36 kết quả cho “tem chống giả”",
            "2024-02-15",
            "ministry",
            ["search_page", "count"],
            quantities=[c(36, "kết quả")],
            events=[],
        ),
        h(
            n(),
            "Nghị định 43/2017/NĐ-CP của Chính phủ về nhãn hàng hoá: những điểm cơ sở in bao bì cần nắm",
            "2020-06-08",
            "legal",
            ["title_page", "decision_no_date", "old_tone", "no_event"],
            decisions=[d("43/2017/NĐ-CP")],
            organizations=["Chính phủ"],
            events=[],
        ),
        h(
            n(),
            "Quy chuẩn kỹ thuật cho chất bảo quản – Công bố tiêu chuẩn sản phẩm\nThông tư 09/2019/TT-BKHCN hướng dẫn về nhãn sản phẩm",
            "2020-06-08",
            "legal",
            ["title_page", "decision_no_date", "multiline", "no_event"],
            decisions=[d("09/2019/TT-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1845/QĐ-BKHCN năm 2019 công bố thủ tục hành chính về mã số, mã vạch",
            "2019-07-30",
            "legal",
            ["title_page", "decision_year_no_date", "no_event"],
            decisions=[d("1845/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "Tags label-printing plant\nEverwin Label puts up a factory in Long An\nTuesday, Nov 13, 2018 Woven and printed garment labels will be made in Long An at a new plant of Everwin Label Group Vietnam, which supplies ...",
            "2018-11-13",
            "ministry",
            [
                E,
                "tag_page",
                "headline_lead",
                "new_plant_announced",
                "vietnam_dropped",
                "short_name_headline",
                "truncated_lead",
                "multiline",
            ],
            firms=[f("Everwin Label"), f("Everwin Label Group")],
            provinces=[pv("Long An")],
            deals=[deal("investment", ["Everwin Label Group"], None, LA)],
            events=[ev("investment_announcement", [F("Everwin Label Group")], None, None, LA, "announced")],
        ),
        h(
            n(),
            "Tags label-printing plant\nPrevious: Thai carton maker buys into Hanoi printer | Next: Label firms chase garment orders",
            "2018-11-13",
            "ministry",
            [
                E,
                "tag_page",
                "related_links",
                "unnamed_buyer_no_deal",
                "adjective_no_country",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Tháng Tám 2018 – Trang 49\nIn tem nhãn cuộn giá rẻ, giao trong 48 giờ tại quận Gò Vấp…",
            "2018-08-20",
            "ministry",
            [
                "date_archive",
                "page_number_nothing",
                "duration_no_count",
                "district",
                "truncated_lead",
                "multiline",
                "no_event",
            ],
            locations=[district("quận Gò Vấp")],
            events=[],
        ),
    ]
    # --- Printers' and label makers' own pages, a law firm's service page, a provincial extension centre's profile page
    # and a printing blog's story of a home-built flexo press (S6 r1, S6 r4, S3 r3, S3 r4, S3 r2, S13 r2, S2 r4, S16 r1,
    # S1 r2, S2 r3) ---
    rows += [
        h(
            n(),
            "Nhãn dệt Thiên Phúc\nSản phẩm: nhãn dệt cổ áo, nhãn in satin, thẻ bài giấy, nhãn size\nNhận file mẫu qua email, báo giá trong ngày",
            "2024-04-02",
            "ministry",
            ["vendor_page", "site_brand_firm", "label_lines", "multiline", "no_event"],
            firms=[f("Nhãn dệt Thiên Phúc")],
            events=[],
        ),
        h(
            n(),
            "Nhãn in satin mềm, không cấn da nên hay được đặt cho đồ lót và quần áo trẻ em.",
            "2024-04-02",
            "ministry",
            ["vendor_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàng bán sang Mỹ còn phải theo quy định ghi nhãn của Ủy ban Thương mại Liên bang (FTC), từ thành phần sợi tới cách giặt.",
            "2022-01-10",
            "ministry",
            ["vendor_page", "foreign_agency_org", "bracketed_acronym_one_entry", "country_word", "no_event"],
            organizations=["Ủy ban Thương mại Liên bang"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Nhãn giặt in trên băng vải nylon thường được may dọc đường sườn trái, còn nhãn thương hiệu nằm ở cổ sau.",
            "2022-01-10",
            "ministry",
            ["vendor_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xưởng nhận in nhãn song ngữ Việt – Anh cho hàng xuất đi Mỹ và EU.",
            "2022-01-10",
            "ministry",
            ["vendor_page", "country_word", "region_nothing", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Ví dụ một đơn tem mã vạch: khổ 50 x 30 mm, hai tem một hàng, cuộn dài 100 m, lõi 40 mm.",
            "2023-09-05",
            "ministry",
            ["vendor_page", "spec_line", "dimensions_no_count", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Decal nhiệt có sẵn lớp phản ứng với nhiệt nên máy in mã vạch không cần ruy băng mực.",
            "2023-09-05",
            "ministry",
            ["vendor_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lớp đế Glassine trơn và mỏng giúp máy dán nhãn tự động bóc tem nhanh hơn đế giấy Kraft.",
            "2023-09-05",
            "ministry",
            ["vendor_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Decal trong\nDùng cho chai lọ thủy tinh, nhìn xuyên thấy sản phẩm; muốn chữ nổi rõ thì in thêm một lớp trắng lót.",
            "2022-05-27",
            "ministry",
            ["vendor_page", "label_lines", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mặt in của decal PP có thể cán màng bóng hoặc mờ để khỏi trầy khi vận chuyển.",
            "2022-05-27",
            "ministry",
            ["vendor_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một lô mỹ phẩm nhập về thiếu tem phụ có thể bị giữ lại ở cửa khẩu cho tới khi dán xong.",
            "2021-08-16",
            "ministry",
            ["vendor_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đặt in tem phụ trước ngày hàng cập cảng ít nhất một tuần là lời khuyên của nhiều xưởng in.",
            "2021-08-16",
            "ministry",
            ["vendor_page", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "In Sắc Việt\nTem chống giả cho mỹ phẩm, rượu, phụ tùng xe máy: nhận thiết kế, in và dán tại xưởng.",
            "2024-10-08",
            "ministry",
            ["vendor_page", "site_brand_firm", "multiline", "no_event"],
            firms=[f("In Sắc Việt")],
            events=[],
        ),
        h(
            n(),
            "Khuôn hologram làm riêng cho từng khách, lưu tại xưởng và không bán cho bên thứ ba.",
            "2024-10-08",
            "ministry",
            ["vendor_page", "ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "In Sắc Việt nhận in tem chống giả gắn mã QR riêng cho từng sản phẩm, số lượng từ vài nghìn con trở lên.",
            "2024-10-08",
            "ministry",
            ["vendor_page", "vague_count_none", "no_event"],
            firms=[f("In Sắc Việt")],
            events=[],
        ),
        h(
            n(),
            "Cập nhật: 03-09-2019 14:22:10 | Tin tức & sự kiện | Lượt xem: 4187\nIn offset là gì? Chặng đường của in offset ở Việt Nam",
            "2019-09-03",
            "ministry",
            ["vendor_page", "timestamp_views", "view_counter_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một bản kẽm offset in được vài chục nghìn tờ, nên in số lượng lớn thì mỗi tờ rẻ hơn hẳn in kỹ thuật số.",
            "2019-09-03",
            "ministry",
            ["vendor_page", "vague_count_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "In Trường Phát – in thiệp cưới, hộp giấy, tem nhãn tại Hải Phòng",
            "2019-09-03",
            "ministry",
            ["vendor_page", "site_brand_firm", "image_alt_line"],
            firms=[f("In Trường Phát")],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Đặt in hộp giấy, tem nhãn: 0225 3812 456 – giao tận xưởng trong các KCN Hải Phòng",
            "2019-09-03",
            "ministry",
            ["vendor_page", "phone_numbers_nothing", "province_after_kcn"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Đăng ký mã vạch trọn gói cho doanh nghiệp\nCăn cứ pháp lý:\n– Luật Chất lượng sản phẩm, hàng hoá\n– Thông tư 10/2020/TT-BKHCN về mã số, mã vạch",
            "2021-03-22",
            "legal",
            ["service_page", "law_without_number_no_decision", "old_tone", "multiline", "no_event"],
            decisions=[d("10/2020/TT-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "Phí cấp mã số mã vạch tính theo số mã doanh nghiệp đăng ký và đóng hằng năm.",
            "2021-03-22",
            "legal",
            ["service_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ năng lực\nNăm 2017, Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Hưng Yên giúp 38 cơ sở làm lại nhãn mác, bao bì để đưa hàng vào siêu thị.",
            "2018-01-15",
            "provincial",
            ["agency_page", "province_in_org_name", "count", "multiline", "no_event"],
            organizations=["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            quantities=[c(38, "cơ sở")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2016-2020, trung tâm hỗ trợ 12 cơ sở nông thôn mua máy in nhãn, tổng kinh phí khuyến công 1,8 tỷ đồng.",
            "2018-01-15",
            "provincial",
            ["agency_page", "support_programme_no_deal", "year_range_no_count", "count", "no_event"],
            quantities=[c(12, "cơ sở")],
            money=[m(1.8 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Nhãn mác, bao bì đủ thông tin và bắt mắt là thứ siêu thị hỏi tới đầu tiên khi nhận hàng của cơ sở nhỏ, theo trung tâm.",
            "2018-01-15",
            "provincial",
            ["agency_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin tức\nChiếc máy in cuộn flexo làm giấy vở mà xưởng Cơ khí Hoàng Phát ở Nam Định tự đóng đã mang về cho kỹ sư Trần Văn Khải, giám đốc xưởng, một giải sáng tạo kỹ thuật năm 2007.",
            "2012-05-04",
            "ministry",
            [
                "blog_story",
                "object_first",
                "engineer_no_role",
                "role_after_name",
                "workshop_name_firm",
                "nfd",
                "multiline",
                "no_event",
            ],
            firms=[f("Cơ khí Hoàng Phát")],
            persons=[per("Trần Văn Khải", "giám đốc xưởng")],
            provinces=[pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "DSC04512\nChiếc máy in cuộn flexo tự chế đặt giữa xưởng.",
            "2012-05-04",
            "ministry",
            ["blog_story", "filename_nothing", "caption", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tính cả khung, trục và phần điện, chiếc máy tự đóng tốn khoảng 2,8 tỷ đồng, anh Khải ước.",
            "2012-05-04",
            "ministry",
            ["blog_story", "equipment_cost_no_deal", "approx", "given_name_alone_no_person", "no_event"],
            money=[m(2.8 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Có giai đoạn xưởng làm ăn thua lỗ, phải thu hẹp, anh Khải kể, nhưng nghề cơ khí thì anh chưa bao giờ bỏ.",
            "2012-05-04",
            "ministry",
            ["blog_story", "given_name_alone_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Document-store pages: a student essay with a broken font, its group list and thanks; a report's metadata,
    # contents and download chrome; an encyclopedia page on printing in Vietnam; a law firm's contract template with its
    # legal bases (S1 r3, S1 r4, S7 r3, S11 r3) ---
    rows += [
        h(
            n(),
            "TR ƯỜ NG Đ I H C CÔNG NGHI P TH C PH M\nMÔN: BAO BÌ TH C PH M\nĐ TÀI: BAO BÌ GI Y CHO TRÁI CÂY XU T KH U\nNhóm 3 – L p: DHTP21B",
            "2022-11-30",
            "ministry",
            ["document_store", "broken_font_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "SVTH:\n1.Hồ Thị Ngọc Bích 21117450 2.Đặng Minh Quân 21117463 3.Lưu Gia Hân 21117488",
            "2022-11-30",
            "ministry",
            ["document_store", "student_list", "student_ids_nothing", "multiline", "no_event"],
            persons=[per("Hồ Thị Ngọc Bích", None), per("Đặng Minh Quân", None), per("Lưu Gia Hân", None)],
            events=[],
        ),
        h(
            n(),
            "Tp.HCM, ngày 18 tháng 11 năm 2022\nLỜI CẢM ƠN\nNhóm xin cảm ơn cô Trương Mỹ Linh đã tận tình hướng dẫn để nhóm hoàn thành bài tiểu luận này.",
            "2022-11-30",
            "ministry",
            ["document_store", "place_date_line", "honorific_no_role", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            persons=[per("Trương Mỹ Linh", None)],
            events=[],
        ),
        h(
            n(),
            "Chương 2: Xu hướng bao bì giấy cho trái cây xuất sang EU và Nhật Bản",
            "2022-11-30",
            "ministry",
            ["document_store", "section_heading", "region_nothing", "country_word", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "THÔNG TIN TÀI LIỆU\nTiêu đề Tìm hiểu bao bì kim loại cho đồ hộp\nTác giả Phạm Gia Hân, Vũ Đức Toàn\nNgười hướng dẫn Trần Thu Trang, Giảng viên\nTrường học Trường Đại học Bách khoa Hà Nội\nSố trang 18\nDung lượng 212,6 KB",
            "2024-10-21",
            "ministry",
            [
                "document_store",
                "metadata_block",
                "authors_no_role",
                "role_after_name",
                "province_in_org_name",
                "page_count_nothing",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Phạm Gia Hân", None),
                per("Vũ Đức Toàn", None),
                per("Trần Thu Trang", "Giảng viên"),
            ],
            organizations=["Trường Đại học Bách khoa Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "BẢNG PHÂN CÔNG NHIỆM VỤ\nPhạm Gia Hân – tìm tài liệu, viết mục II\nVũ Đức Toàn – làm slide, tổng hợp",
            "2024-10-21",
            "ministry",
            ["document_store", "task_table", "names_no_role", "multiline", "no_event"],
            persons=[per("Phạm Gia Hân", None), per("Vũ Đức Toàn", None)],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nI. Giới thiệu chung về bao bì kim loại 3\nII. In offset trên thép tráng thiếc 6\nIII. Kiểm tra chất lượng 11",
            "2024-10-21",
            "ministry",
            ["document_store", "contents", "page_numbers_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tài liệu hạn chế xem trước, để đọc đầy đủ mời bạn chọn Tải xuống\n14 0 0",
            "2024-10-21",
            "ministry",
            ["document_store", "download_chrome", "counter_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công nghệ in ấn ở Việt Nam\nNhững năm 1990, các nhà in lớn ở Hà Nội bắt đầu thay máy typo bằng dây chuyền offset nhập từ Đức và Nhật Bản.",
            "2023-04-04",
            "ministry",
            ["encyclopedia", "decade_no_count", "country_word", "nfd", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[country("Đức"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Trước khi có máy in, sách được khắc trên ván gỗ thị hoặc gỗ lê rồi in tay từng tờ.",
            "2023-04-04",
            "ministry",
            ["encyclopedia", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngày nay, những bộ mộc bản còn lại được giữ như di sản tư liệu.",
            "2023-04-04",
            "ministry",
            ["encyclopedia", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nHỢP ĐỒNG IN VÀ GIA CÔNG TEM NHÃN\nSố: …/HĐIN-TN",
            "2025-03-18",
            "legal",
            [
                "contract_template",
                "national_motto",
                "old_tone",
                "blank_number_no_decision",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Hôm nay, ngày 18 tháng 3 năm 2025, tại Thuận An, Bình Dương, chúng tôi gồm:\nBÊN A (BÊN ĐẶT IN): Tên công ty: ………… Mã số thuế: …………",
            "2025-03-18",
            "legal",
            [
                "contract_template",
                "blank_party_no_firm",
                "city_without_prefix_no_district",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Bộ luật Dân sự năm 2015 và Luật Thương mại số 36/2005/QH11;\nXét khả năng in của Bên B và yêu cầu của Bên A,",
            "2025-03-18",
            "legal",
            [
                "contract_template",
                "legal_bases",
                "law_without_number_no_decision",
                "decision_no_date",
                "multiline",
                "no_event",
            ],
            decisions=[d("36/2005/QH11")],
            events=[],
        ),
        h(
            n(),
            "ĐIỀU 2. GIÁ TRỊ HỢP ĐỒNG\nTổng giá trị hợp đồng: ………… đồng (Bằng chữ: …………)",
            "2025-03-18",
            "legal",
            ["contract_template", "blank_amount_none", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a paper-packaging plant starts up (a commodities site; S5 r1, written here in Hưng Yên) ---
    rows += [
        h(
            n(),
            "Hưng Yên thêm nhà máy bao bì giấy thay cho đồ nhựa\n09/01/2020 10:42\nMỗi giờ, dây chuyền ép khay của nhà máy Hồng Lam Yên Mỹ 2 có thể ra khoảng 4.500 chiếc khay bột giấy.",
            "2020-01-09",
            "provincial",
            ["headline_lead", "timestamp", "rate_no_count", "plant_name_no_firm", "multiline", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Hơn 195 tỷ đồng (khoảng 8,4 triệu USD) là phần Công ty CP Bao bì Giấy Hồng Lam chi cho giai đoạn 1 của xưởng vừa chạy máy, trên mảnh đất 2,1 ha thuê ở KCN Yên Mỹ II.",
            "2020-01-09",
            "provincial",
            [
                "amount_first",
                "inauguration_with_capital",
                "started_operation",
                "bracketed_conversion",
                "approx",
                "area",
                "park_names_no_province",
                "nfd",
            ],
            firms=[f("Bao bì Giấy Hồng Lam", "Công ty CP")],
            money=[m(195 * B, "VND", approx=True), m(8.4 * M, "USD", approx=True)],
            areas=[ha(2.1)],
            locations=[park("Khu công nghiệp Yên Mỹ II")],
            deals=[deal("investment", ["Bao bì Giấy Hồng Lam"], 195 * B)],
            events=[ev("inauguration", [F("Bao bì Giấy Hồng Lam")], 195 * B, "VND", None, "completed")],
        ),
        h(
            n(),
            "Ông Vũ Thành Trung, Chủ tịch HĐQT Công ty CP Bao bì Giấy Hồng Lam, kể công ty đã mất gần hai năm chọn máy ép khay của châu Âu trước khi dựng xưởng.",
            "2020-01-09",
            "provincial",
            ["role_after_name", "reported_speech", "region_nothing", "duration_no_count", "no_event"],
            persons=[per("Vũ Thành Trung", "Chủ tịch HĐQT Công ty CP Bao bì Giấy Hồng Lam")],
            firms=[f("Bao bì Giấy Hồng Lam", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 70% sản lượng sẽ đi xuất khẩu, chủ yếu sang Mỹ và Nhật Bản, theo kế hoạch của doanh nghiệp.",
            "2020-01-09",
            "provincial",
            ["percentage_first", "country_word", "plan_no_event", "no_event"],
            percentages=[70],
            locations=[country("Mỹ"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Khay bột giấy ép và túi giấy sẽ ra lò trước; hộp đựng mỹ phẩm được tính thêm sau để đa dạng hoá mặt hàng.",
            "2020-01-09",
            "provincial",
            ["product_list", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo ông Nguyễn Hữu Bình, Phó Trưởng ban Ban Quản lý các KCN tỉnh Hưng Yên, các KCN của tỉnh đã đón 712 dự án FDI và gần 480 dự án trong nước, tổng vốn đăng ký quy ra khoảng 9,86 tỷ USD.",
            "2020-01-09",
            "provincial",
            [
                "role_after_name",
                "cumulative_total_no_deal",
                "province_in_org_name",
                "count",
                "approx",
                "nfd",
            ],
            persons=[per("Nguyễn Hữu Bình", "Phó Trưởng ban Ban Quản lý các KCN tỉnh Hưng Yên")],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            quantities=[c(712, "dự án FDI"), c(480, "dự án", True)],
            money=[m(9.86 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Cắt băng khánh thành nhà máy của Bao bì Giấy Hồng Lam sáng 8/1. Ảnh: Hải Đăng",
            "2020-01-09",
            "provincial",
            ["caption", "inauguration_no_capital", "photo_credit_person"],
            firms=[f("Bao bì Giấy Hồng Lam")],
            persons=[per("Hải Đăng", None)],
            events=[ev("inauguration", [F("Bao bì Giấy Hồng Lam")], None, None, None, "completed")],
        ),
    ]
    # --- Vietnamese news: the printing association's chairman on takeovers, at the print-and-pack expo (a city daily;
    # S7 r4) ---
    rows += [
        h(
            n(),
            "Hiệp hội In lo doanh nghiệp in Việt lần lượt đổi chủ\nÔng Lâm Quốc Trung, Chủ tịch Hiệp hội In Việt Nam, dành phần lớn buổi gặp báo chí ở triển lãm ngành in, bao bì tuần này để nói về các thương vụ mua lại.",
            "2024-09-26",
            "ministry",
            ["headline_lead", "role_after_name", "unnamed_deals_no_deal", "nfd", "multiline", "no_event"],
            persons=[per("Lâm Quốc Trung", "Chủ tịch Hiệp hội In Việt Nam")],
            organizations=["Hiệp hội In Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Hàn Quốc và Đài Loan (Trung Quốc) là hai nơi có nhiều nhà in hỏi mua doanh nghiệp Việt nhất trong năm, theo hiệp hội.",
            "2024-09-26",
            "ministry",
            ["country_first", "country_bracket", "unnamed_buyers_no_deal", "count_in_words", "no_event"],
            locations=[country("Hàn Quốc"), country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ông Trung không nêu tên doanh nghiệp nào, chỉ nói danh sách các nhà in đã đổi chủ “dài hơn nhiều người nghĩ”.",
            "2024-09-26",
            "ministry",
            ["unnamed_targets_no_deal", "given_name_alone_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiệp hội khuyên doanh nghiệp trong nước tính sớm chuyện người kế nghiệp và đầu tư máy mới, thay vì chờ bị mua lại.",
            "2024-09-26",
            "ministry",
            ["advice_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khách tham quan xem máy bế hộp tự động chạy thử ở khu gian hàng Đức. Ảnh: Ngọc Trâm",
            "2024-09-26",
            "ministry",
            ["caption", "photo_credit_person", "country_word", "no_event"],
            persons=[per("Ngọc Trâm", None)],
            locations=[country("Đức")],
            events=[],
        ),
        h(
            n(),
            "“Họ vào được là tốt, nhưng mình phải đủ sức đứng cùng họ”, ông Trung nói.",
            "2024-09-26",
            "ministry",
            ["quote", "given_name_alone_no_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a listed packaging maker's profit and dividend plan before its AGM (a stock daily; S8 r4) ---
    rows += [
        h(
            n(),
            "Bao bì Nhựa Phước An trình cổ đông kế hoạch chia 9% cổ tức, lãi 27 tỷ đồng",
            "2018-03-02",
            "ministry",
            ["headline_only", "plan_no_deal", "percentage", "no_event"],
            firms=[f("Bao bì Nhựa Phước An")],
            money=[m(27 * B, "VND")],
            percentages=[9],
            events=[],
        ),
        h(
            n(),
            "Cổ đông có tên trong danh sách chốt ngày 20/3 sẽ được mời dự ĐHCĐ thường niên của Công ty CP Bao bì Nhựa Phước An (mã PAP), họp sáng 25/4 ở quận Bình Tân, TP.HCM.",
            "2018-03-02",
            "ministry",
            ["agm_notice", "ticker_in_brackets_no_entry", "district", "nfd", "no_event"],
            firms=[f("Bao bì Nhựa Phước An", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[district("quận Bình Tân")],
            events=[],
        ),
        h(
            n(),
            "Lãi sau thuế 2017 là 24,7 tỷ đồng, hơn kế hoạch 39,5%, trên doanh thu bao bì 612,4 tỷ đồng (kế hoạch: 518 tỷ đồng).",
            "2018-03-02",
            "ministry",
            ["results", "percentage", "no_event"],
            money=[m(24.7 * B, "VND"), m(612.4 * B, "VND"), m(518 * B, "VND")],
            percentages=[39.5],
            events=[],
        ),
        h(
            n(),
            "Chỉ 5.200 cổ phiếu PAP được khớp trong phiên 1/3, giá đứng ở 10.400 đồng/CP.",
            "2018-03-02",
            "ministry",
            ["share_price_no_money", "ticker_firm", "count", "no_event"],
            firms=[f("PAP")],
            quantities=[c(5200, "cổ phiếu")],
            events=[],
        ),
    ]
    # --- Vietnamese news: paper prices squeeze packaging makers (a news aggregator's repost; S9 r4) ---
    rows += [
        h(
            n(),
            "Giá giấy cuộn leo thang, xưởng bao bì kêu lỗ\nGốc\nHanoinet – Có xưởng thùng carton ở ngoại thành phải dừng hai trong năm máy sóng vì mỗi tấn giấy mua vào lại đắt hơn tháng trước, Hiệp hội Giấy và Bột giấy Việt Nam cho biết.",
            "2017-09-12",
            "ministry",
            [
                "aggregator_repost",
                "headline_lead",
                "outlet_prefix_nothing",
                "counts_in_words",
                "multiline",
                "no_event",
            ],
            organizations=["Hiệp hội Giấy và Bột giấy Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Nguồn: Kinh tế & Đô thị",
            "2017-09-12",
            "ministry",
            ["source_label_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a packaging expo opens in HCM City (an enterprise-culture magazine; S12 r4) ---
    rows += [
        h(
            n(),
            "Danh sách hội chợ - Triển lãm\nPropak 2024 mở cửa, 420 đơn vị mang công nghệ đóng gói tới TP.HCM\n10:05 sáng | 06/11/2024",
            "2024-11-06",
            "ministry",
            [
                "section_label",
                "headline_count",
                "expo_name_nothing",
                "count",
                "timestamp",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(420, "đơn vị")],
            events=[],
        ),
        h(
            n(),
            "VHDN – 9.500 m2 gian hàng ở Trung tâm Hội chợ và Triển lãm Sài Gòn (SECC), quận 7, đã kín chỗ khi triển lãm đóng gói bao bì năm nay mở cửa sáng 6/11.",
            "2024-11-06",
            "ministry",
            [
                "outlet_prefix_nothing",
                "area_first",
                "venue_nothing",
                "district",
                "m2_to_ha",
                "nfd",
                "no_event",
            ],
            locations=[district("quận 7")],
            areas=[ha(0.95)],
            events=[],
        ),
        h(
            n(),
            "Lần đầu có khu gian hàng riêng của Hàn Quốc và Thái Lan; các hãng Đức, Ý vẫn chiếm nhiều chỗ nhất ở khu máy đóng gói.",
            "2024-11-06",
            "ministry",
            ["country_word", "ordinal_no_count", "no_event"],
            locations=[country("Hàn Quốc"), country("Thái Lan"), country("Đức"), country("Ý")],
            events=[],
        ),
        h(
            n(),
            "Cả nước giờ có khoảng 14.500 doanh nghiệp bao bì, ông Đoàn Minh Khôi, Chủ tịch Hiệp hội Bao bì Việt Nam, ước.",
            "2024-11-06",
            "ministry",
            ["count", "role_after_name", "speaker_last", "approx", "no_event"],
            persons=[per("Đoàn Minh Khôi", "Chủ tịch Hiệp hội Bao bì Việt Nam")],
            organizations=["Hiệp hội Bao bì Việt Nam"],
            quantities=[c(14500, "doanh nghiệp bao bì", True)],
            events=[],
        ),
        h(
            n(),
            "Ông Adrian Koh, Tổng giám đốc Công ty Meridian Markets Việt Nam, đơn vị tổ chức, cho biết năm sau triển lãm sẽ mở thêm một kỳ ở Hà Nội.",
            "2024-11-06",
            "ministry",
            ["organiser_no_deal", "role_after_name", "vietnam_dropped", "expo_plan_no_deal", "no_event"],
            persons=[per("Adrian Koh", "Tổng giám đốc Công ty Meridian Markets Việt Nam")],
            firms=[f("Meridian Markets", "Công ty")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Lần này có thêm khu trình diễn bao bì giấy dùng thay cho nhựa.",
            "2024-11-06",
            "ministry",
            ["expo_detail", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: why tamper stickers do not stop fakes (a national daily, 2026; S13 r4) ---
    rows += [
        h(
            n(),
            "Vì sao dán tem chống giả rồi mà hàng vẫn bị nhái?\nMột hãng mỹ phẩm trong nước kể đã đổi mẫu tem ba lần trong hai năm, lần nào cũng chỉ vài tháng sau là thấy hàng nhái dán tem y hệt ngoài chợ.",
            "2026-02-04",
            "ministry",
            ["headline_lead", "counts_in_words", "nfd", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai hộp kem chống nắng, một thật một giả, đặt cạnh nhau trong buổi thử quét mã. (Ảnh minh họa)",
            "2026-02-04",
            "ministry",
            ["caption", "illustration_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một xưởng in nhỏ giờ chỉ cần máy in phun màu tốt và màng ánh kim mua trên mạng là làm được con tem trông như thật, một kỹ sư in nói.",
            "2026-02-04",
            "ministry",
            ["feature", "unnamed_speaker", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cách được nhắc tới nhiều là gắn mỗi món hàng với một mã riêng trên máy chủ của hãng; mã bị quét lần thứ hai ở nơi khác là hệ thống báo ngay.",
            "2026-02-04",
            "ministry",
            ["feature", "ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news and project pages in Hải Phòng: a steel contractor's project page, an economic-zone board's
    # adjusted certificate, a Party-bloc site on new parks (S15 r1, S15 r3, S15 r4) ---
    rows += [
        h(
            n(),
            "Dự án miền Bắc\nNHÀ MÁY IN BAO BÌ HANSEO PRINT HẢI PHÒNG\nChủ đầu tư: Công ty TNHH Hanseo Print Vina\nTổng vốn đầu tư 62 triệu USD, xây trong KCN An Dương, TP Hải Phòng.",
            "2019-03-14",
            "ministry",
            [
                "project_page",
                "caps_headline",
                "investor_line",
                "deal_no_event",
                "vina_dropped",
                "plant_name_no_firm",
                "multiline",
            ],
            firms=[f("Hanseo Print", "Công ty TNHH")],
            provinces=[pv("Hải Phòng")],
            money=[m(62 * M, "USD")],
            locations=[park("Khu công nghiệp An Dương")],
            deals=[deal("investment", ["Hanseo Print"], 62 * M, HP)],
            events=[],
        ),
        h(
            n(),
            "Dự kiến đi vào sản xuất: tháng 10/2019\nĐơn vị thi công kết cấu thép: Công ty CP Kết cấu thép Hải Đăng",
            "2019-03-14",
            "ministry",
            ["project_page", "label_lines", "contractor_no_party", "multiline", "no_event"],
            firms=[f("Kết cấu thép Hải Đăng", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Tăng vốn cho dự án in nhãn, hộp giấy của nhà đầu tư Hồng Kông ở KCN Tràng Duệ",
            "2018-04-16",
            "provincial",
            ["headline_only", "investor_unnamed_no_event", "country_word", "no_event"],
            locations=[park("Khu công nghiệp Tràng Duệ"), country("Hồng Kông")],
            events=[],
        ),
        h(
            n(),
            "Từ 5,2 triệu USD, vốn dự án in nhãn và hộp giấy của Kingsway Label Holdings Limited (Hồng Kông) ở KCN Tràng Duệ đã lên 8,6 triệu USD, theo giấy chứng nhận điều chỉnh mà Ban Quản lý Khu kinh tế Hải Phòng trao ngày 12/4/2018.",
            "2018-04-16",
            "provincial",
            [
                "amount_first",
                "capital_increase_licence",
                "board_as_grantor",
                "from_to_amounts",
                "foreign_form",
                "deal_date",
                "province_in_org_name",
                "nfd",
            ],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Kingsway Label Holdings", "Limited")],
            money=[m(5.2 * M, "USD"), m(8.6 * M, "USD")],
            locations=[park("Khu công nghiệp Tràng Duệ"), country("Hồng Kông")],
            deals=[deal("investment", ["Kingsway Label Holdings"], 3.4 * M, HP, "2018-04-12")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Hải Phòng"), F("Kingsway Label Holdings")],
                    3.4 * M,
                    "USD",
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Dây chuyền nhãn sẽ chạy từ tháng 8/2018, sau hai năm xưởng hộp giấy hoạt động một mình; công suất thiết kế 1,2 tỷ con nhãn mỗi năm./.",
            "2018-04-16",
            "provincial",
            ["schedule_no_event", "capacity_no_count", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thực hiện: Trung tâm Xúc tiến đầu tư – Ban Quản lý Khu kinh tế Hải Phòng",
            "2018-04-16",
            "provincial",
            ["credit_line_org", "province_in_org_name", "no_event"],
            organizations=["Trung tâm Xúc tiến đầu tư", "Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Hải Phòng trải thảm đỏ đón nhà đầu tư lớn bằng quỹ đất công nghiệp mới\nMỗi KCN mới của thành phố rộng trung bình hơn 400 ha, đủ cho những dự án cần mặt bằng lớn.",
            "2021-06-18",
            "provincial",
            ["headline_lead", "area", "approx", "multiline", "no_event"],
            provinces=[pv("Hải Phòng")],
            areas=[ha(400, True)],
            events=[],
        ),
        h(
            n(),
            "Mặt bằng một KCN mới ở huyện An Lão đang được san lấp để đón nhà đầu tư.",
            "2021-06-18",
            "provincial",
            ["caption", "district", "no_event"],
            locations=[district("huyện An Lão")],
            events=[],
        ),
        h(
            n(),
            "Năm 2020, vốn FDI vào Hải Phòng đạt gần 2,5 tỷ USD, thuộc nhóm dẫn đầu cả nước.",
            "2021-06-18",
            "provincial",
            ["statistics", "approx", "no_event"],
            provinces=[pv("Hải Phòng")],
            money=[m(2.5 * B, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered here: a Chinese commerce ministry item on a pharmaceutical packaging plant in
    # HCM City (S10 r4), a Japanese machine translation of an investment weekly on a Taiwanese paper maker's licence (S18
    # r2 = S20 r4) and a French news-agency item on a Thai group's purchase of a carton printer (S19 r4), in Vietnamese ---
    rows += [
        h(
            n(),
            "Tiêu chuẩn in mới cho vật liệu bao bì\n280 tỷ đồng là vốn Công ty CP Bao bì Dược Minh Hưng bỏ vào xưởng màng nhôm và bao bì thuốc ở KCN Tân Bình, TP.HCM, khánh thành hôm 8/1.",
            "2013-01-10",
            "ministry",
            [
                "foreign_page_rendered",
                "headline_lead",
                "amount_first",
                "inauguration_with_capital",
                "deal_date",
                "multiline",
            ],
            firms=[f("Bao bì Dược Minh Hưng", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(280 * B, "VND")],
            locations=[park("Khu công nghiệp Tân Bình")],
            deals=[deal("investment", ["Bao bì Dược Minh Hưng"], 280 * B, HCM, "2013-01-08")],
            events=[ev("inauguration", [F("Bao bì Dược Minh Hưng")], 280 * B, "VND", HCM, "completed")],
        ),
        h(
            n(),
            "Khách chính của xưởng sẽ là các hãng dược cần vỉ thuốc in bằng mực UV, loại mực Bộ Y tế yêu cầu với bao bì tiếp xúc trực tiếp với thuốc.\n[2013-01-10 | Nguồn: mofcom.gov.cn]",
            "2013-01-10",
            "ministry",
            ["foreign_page_rendered", "rule_no_decision", "source_label_nothing", "multiline", "no_event"],
            organizations=["Bộ Y tế"],
            events=[],
        ),
        h(
            n(),
            "Lô đất 62 ha trong một khu công nghệ do Singapore phát triển ở tỉnh Bình Dương sẽ là chỗ cho nhà máy bao bì 140 triệu USD của hãng giấy Đài Loan Yung Chang Paper, vừa được trao giấy chứng nhận đầu tư ngày 6/12.",
            "2017-12-08",
            "ministry",
            [
                "foreign_page_rendered",
                "machine_translation",
                "area_first",
                "licence_without_grantor",
                "country_word",
                "deal_date",
                "area",
            ],
            firms=[f("Yung Chang Paper")],
            provinces=[pv("Bình Dương")],
            money=[m(140 * M, "USD")],
            areas=[ha(62)],
            locations=[country("Singapore"), country("Đài Loan")],
            deals=[deal("investment", ["Yung Chang Paper"], 140 * M, BD, "2017-12-06")],
            events=[ev("investment_licence", [F("Yung Chang Paper")], 140 * M, "USD", BD, "licensed")],
        ),
        h(
            n(),
            "Theo chủ tịch Lin Cheng-hao, xưởng ở Việt Nam sẽ vượt mọi nhà máy khác của Yung Chang, hãng đang làm hộp cho những khách như Apple, Nike ở nhiều nước.\nBởi Lâm Phương / vir",
            "2017-12-08",
            "ministry",
            [
                "foreign_page_rendered",
                "machine_translation",
                "short_name",
                "customers_are_firms",
                "role_before_name",
                "byline",
                "multiline",
                "no_event",
            ],
            persons=[per("Lin Cheng-hao", "chủ tịch"), per("Lâm Phương", None)],
            firms=[f("Yung Chang"), f("Apple"), f("Nike")],
            events=[],
        ),
        h(
            n(),
            "Kurobane Pack (Nhật Bản), Box-Asia (Malaysia) và Siam Carton (Thái Lan) là vài cái tên ngoại đã có xưởng bao bì ở Việt Nam trước Yung Chang.",
            "2017-12-08",
            "ministry",
            [
                "foreign_page_rendered",
                "machine_translation",
                "presence_no_deal",
                "country_bracket",
                "no_event",
            ],
            firms=[f("Kurobane Pack"), f("Box-Asia"), f("Siam Carton"), f("Yung Chang")],
            locations=[country("Nhật Bản"), country("Malaysia"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Bangkok (TTXVN) – Quý III là lúc Ratchada Packaging Plc tính hoàn tất việc mua 65% cổ phần Công ty CP In Sao Mai; theo thoả thuận, giá vào khoảng 1,42 tỷ baht (gần 41 triệu USD).",
            "2023-04-27",
            "ministry",
            [
                "foreign_page_rendered",
                "dateline_foreign_city_nothing",
                "announced_acquisition",
                "baht",
                "bracketed_conversion",
                "approx",
                "percentage",
                "old_tone",
            ],
            firms=[f("Ratchada Packaging", "Plc"), f("In Sao Mai", "Công ty CP")],
            money=[m(1.42 * B, "THB", approx=True), m(41 * M, "USD", approx=True)],
            percentages=[65],
            deals=[deal("investment", ["Ratchada Packaging"], 1.42 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Ratchada Packaging"), F("In Sao Mai")],
                    1.42 * B,
                    "THB",
                    None,
                    "announced",
                )
            ],
        ),
    ]
    # --- English copy: a Thai daily on the same purchase (S19 r3) ---
    rows += [
        h(
            n(),
            'A 65% stake in Sao Mai Printing JSC ("SMP"), a maker of offset-printed folding cartons and gift boxes, will pass to Ratchada Packaging once the deal its board cleared on Tuesday is completed, chief executive Somchai Wongsuwan told reporters.',
            "2023-04-26",
            "ministry",
            [
                E,
                "board_approved_acquisition",
                "target_first",
                "bracketed_acronym_one_entry",
                "role_before_name",
                "percentage",
            ],
            firms=[f("Sao Mai Printing", "JSC"), f("Ratchada Packaging")],
            persons=[per("Somchai Wongsuwan", "chief executive")],
            percentages=[65],
            deals=[deal("investment", ["Ratchada Packaging"])],
            events=[
                ev(
                    "acquisition",
                    [F("Ratchada Packaging"), F("Sao Mai Printing")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Ratchada will pay about 1.42 billion baht, or close to 980 billion dong, according to its filing.",
            "2023-04-26",
            "ministry",
            [E, "deal_terms_no_second_deal", "short_name", "approx", "baht", "no_event"],
            firms=[f("Ratchada")],
            money=[m(1.42 * B, "THB", approx=True), m(980 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Lotusflex Pcl, a Thai flexible-packaging firm, comes in as partner and plans to end up with 30% of SMP.",
            "2023-04-26",
            "ministry",
            [E, "announced_acquisition", "acronym_alone_firm", "adjective_no_country", "percentage"],
            firms=[f("Lotusflex", "Pcl"), f("SMP")],
            percentages=[30],
            deals=[deal("investment", ["Lotusflex"])],
            events=[ev("acquisition", [F("Lotusflex"), F("SMP")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Both SMP factories sit in Dong Nai's Amata park; between them they print 15,000 tonnes a year and make 7 million rigid boxes.",
            "2023-04-26",
            "ministry",
            [E, "english_park_no_location", "possessive_province", "capacity_no_count", "no_event"],
            firms=[f("SMP")],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Net profit of 1.1 billion baht in January-March, up 150%, came out with the deal; sales were 31.2 billion baht.",
            "2023-04-26",
            "ministry",
            [E, "results", "baht", "percentage", "no_event"],
            money=[m(1.1 * B, "THB"), m(31.2 * B, "THB")],
            percentages=[150],
            events=[],
        ),
    ]
    # --- English copy: an international news site's feature on foreign money in printing and packaging (S18 r3 = S19 r1
    # = S20 r1) ---
    rows += [
        h(
            n(),
            "VnExpress International\nForeign money pours into Vietnam's printing and packaging firms\nBy Hoang Minh Duc   September 8, 2017 | 10:31 am GMT+7",
            "2017-09-08",
            "ministry",
            [E, "site_name_nothing", "headline", "byline", "timestamp", "multiline", "no_event"],
            persons=[per("Hoang Minh Duc", None)],
            events=[],
        ),
        h(
            n(),
            "Printers and carton makers here are getting calls from abroad, and not only from buyers of their boxes.",
            "2017-09-08",
            "ministry",
            [E, "unnamed_buyers_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Speaking on Tuesday as the 17th printing and packaging exhibition got under way in Ho Chi Minh City, VPA chairman Pham Duc Thinh said foreign interest had never been higher.",
            "2017-09-08",
            "ministry",
            [E, "role_before_name", "acronym_alone_org", "ordinal_no_count", "no_event"],
            persons=[per("Pham Duc Thinh", "VPA chairman")],
            organizations=["VPA"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Photo by VnExpress/ Thanh Nhan\nLast year's takings for the trade: VND58 trillion (almost $2.6 billion), spread over some 2,100 printing firms, by the association's count.",
            "2017-09-08",
            "ministry",
            [
                E,
                "photo_credit_person",
                "amount_first",
                "bracketed_conversion",
                "approx",
                "count",
                "multiline",
                "no_event",
            ],
            persons=[per("Thanh Nhan", None)],
            money=[m(58_000 * B, "VND"), m(2.6 * B, "USD", approx=True)],
            quantities=[c(2100, "printing firms", True)],
            events=[],
        ),
        h(
            n(),
            "Industry revenue is expected to climb again this year as factories order more labels and cartons.",
            "2017-09-08",
            "ministry",
            [E, "forecast_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "A gift-box factory in Quang Nam is next on the list, planned by South Korea's Hanul Gift Box.",
            "2017-09-08",
            "ministry",
            [E, "announced_investment", "object_first", "possessive_country", "no_amount"],
            firms=[f("Hanul Gift Box")],
            locations=[country("South Korea")],
            provinces=[pv("Quảng Nam")],
            deals=[deal("investment", ["Hanul Gift Box"], None, QNa)],
            events=[ev("investment_announcement", [F("Hanul Gift Box")], None, None, QNa, "announced")],
        ),
        h(
            n(),
            "Thailand's Chao Phraya Packaging Group already owns 75 percent of Phu Thinh Packaging JSC, a 17-year-old flexible-packaging maker it bought into last year.",
            "2017-09-08",
            "ministry",
            [E, "recalled_acquisition", "deal_no_event", "possessive_country", "age_no_count", "percentage"],
            firms=[f("Chao Phraya Packaging Group"), f("Phu Thinh Packaging", "JSC")],
            locations=[country("Thailand")],
            percentages=[75],
            deals=[deal("investment", ["Chao Phraya Packaging Group"])],
            events=[],
        ),
    ]
    # --- English copy: a news agency's English site on the expo and the association's figures (S17 r1 = S20 r3) ---
    rows += [
        h(
            n(),
            "Printing, packaging output to keep climbing\nHCM City (VNA) – Labels and industrial packaging now make up 78 percent of what Vietnam's printers turn out, and the trade as a whole could add 14-18 percent this year, the Vietnam Printing Association (VPA) said.",
            "2014-10-01",
            "ministry",
            [
                E,
                "headline_lead",
                "dateline_province",
                "percentage_range",
                "bracketed_acronym_one_entry",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            organizations=["Vietnam Printing Association"],
            percentages=[78, 14, 18],
            events=[],
        ),
        h(
            n(),
            "Digital label presses and die-cutters are running live at several stands.",
            "2014-10-01",
            "ministry",
            [E, "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Over 2.2 billion USD a year goes through the books of close to 1,600 industrial packaging printers, association chairman Pham Duc Thinh said.",
            "2014-10-01",
            "ministry",
            [E, "amount_first", "money_per_year", "approx", "count", "role_before_name", "no_event"],
            persons=[per("Pham Duc Thinh", "association chairman")],
            money=[m(2.2 * B, "USD", "year", approx=True)],
            quantities=[c(1600, "industrial packaging printers", True)],
            events=[],
        ),
        h(
            n(),
            "Second-hand presses are still common in small shops, and some fail emissions checks, Thinh said; bigger printers have moved to new German and Japanese lines.",
            "2014-10-01",
            "ministry",
            [E, "adjective_no_country", "given_name_alone_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Germany, India and the Republic of Korea are among the 13 countries and territories whose firms fill the 240-plus stands of the four-day fair.",
            "2014-10-01",
            "ministry",
            [E, "country_first", "count", "plus_approx", "duration_no_count", "no_event"],
            locations=[country("Germany"), country("India"), country("Republic of Korea")],
            quantities=[c(13, "countries and territories"), c(240, "stands", True)],
            events=[],
        ),
        h(
            n(),
            "Ministry of Industry and Trade official Tran Thi Thu Ha opened the fair, calling it a place for local firms to meet foreign machine makers.-VNA",
            "2014-10-01",
            "ministry",
            [E, "role_before_name", "agency_credit_nothing", "no_event"],
            persons=[per("Tran Thi Thu Ha", "Ministry of Industry and Trade official")],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
    ]
    # --- English copy: a city daily's English edition on packaging growth (S17 r3) ---
    rows += [
        h(
            n(),
            "Packaging makers bet on new materials and lines\nVisitors at a printing machinery stand (Photo: SGGP)",
            "2017-03-20",
            "ministry",
            [E, "headline_caption", "outlet_credit_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Demand for packaging materials and machines rose 23 percent in 2016, while processed-food packaging itself grew faster still, at 36 percent, the Vietnam Printing Association says.",
            "2017-03-20",
            "ministry",
            [E, "percentage", "speaker_last", "no_event"],
            organizations=["Vietnam Printing Association"],
            percentages=[23, 36],
            events=[],
        ),
        h(
            n(),
            "Seven in ten of the country's 1,100-plus packaging plants are in the south, most of them in or around HCMC.",
            "2017-03-20",
            "ministry",
            [E, "fraction_no_percentage", "count", "plus_approx", "region_nothing", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(1100, "packaging plants", True)],
            events=[],
        ),
    ]
    # --- English copy: an online paper's English site on the city printing association's warning (S17 r4) ---
    rows += [
        h(
            n(),
            "{keywords}\nA folding-carton line at a printing house in Binh Duong",
            "2019-07-02",
            "ministry",
            [E, "template_placeholder_nothing", "caption", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Ly Quang Huy, president of the HCM City Printing Association, used a press briefing before the city's printing show to warn that local printers risk losing their home market.",
            "2019-07-02",
            "ministry",
            [E, "role_after_name", "province_in_org_name", "no_event"],
            persons=[per("Ly Quang Huy", "president of the HCM City Printing Association")],
            organizations=["HCM City Printing Association"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Orders moved out of China during the trade war have reached Vietnamese printers, Huy said, but few can take a job of several million boxes with the social audits that come with it.",
            "2019-07-02",
            "ministry",
            [
                E,
                "country_noun",
                "adjective_no_country",
                "vague_count_none",
                "given_name_alone_no_person",
                "no_event",
            ],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Growth of 14-16% a year draws buyers as well as builders, Huy said; a few foreign-owned printers here have already passed to Japanese owners.",
            "2019-07-02",
            "ministry",
            [E, "percentage_range", "unnamed_targets_no_deal", "adjective_no_country", "no_event"],
            percentages=[14, 16],
            events=[],
        ),
    ]
    # --- English copy: a press-release wire carrying VNS on the print-and-pack expo (S12 r1) ---
    rows += [
        h(
            n(),
            "VIETNAM, September 21 -\nHCM CITY — 389 exhibitors, from 15 countries and territories, have taken stands at the 20th edition of the country's main printing and packaging show, open since Wednesday in HCM City.",
            "2022-09-21",
            "ministry",
            [
                E,
                "wire_dateline",
                "dateline_province",
                "count_first",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(389, "exhibitors"), c(15, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "“Brands selling online now judge a box by how it looks in a customer's photo,” said Helen Cheung, president of Orient Expo Services Co Ltd, which runs the show; she puts the trade's growth at above 12 per cent a year.",
            "2022-09-21",
            "ministry",
            [E, "quote_first", "speaker_mid", "role_after_name", "foreign_form", "percentage", "no_event"],
            persons=[per("Helen Cheung", "president of Orient Expo Services Co Ltd")],
            firms=[f("Orient Expo Services", "Co Ltd")],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "The show closes on September 24. Orient Expo co-organises it with state-owned Vinexad. — VNS",
            "2022-09-21",
            "ministry",
            [E, "organisers_no_deal", "short_name", "agency_credit_nothing", "no_event"],
            firms=[f("Orient Expo"), f("Vinexad")],
            events=[],
        ),
    ]
    # --- English copy: a park developer's quarterly newsletter page with groundbreakings and a licence (S18 r4) ---
    rows += [
        h(
            n(),
            "Page 5 - VSIP News Q IV 2013\nCartons, hang tags, manuals and stickers for brand owners will come off the lines of Kwan Hing Printing (Vietnam) Co., Ltd., whose plant in VSIP II broke ground on 18 December 2013.",
            "2014-01-15",
            "ministry",
            [
                E,
                "newsletter_page",
                "object_first",
                "groundbreaking_started",
                "deal_date",
                "english_park_no_location",
                "vietnam_dropped",
                "foreign_form",
                "multiline",
            ],
            firms=[f("Kwan Hing Printing", "Co., Ltd.")],
            deals=[deal("groundbreaking", ["Kwan Hing Printing"], None, None, "2013-12-18")],
            events=[ev("groundbreaking", [F("Kwan Hing Printing")], None, None, None, "started")],
        ),
        h(
            n(),
            "Minh Tam Tea, a tea and coffee maker already in VSIP I, held a groundbreaking for its second factory there on 5 December 2013.",
            "2014-01-15",
            "ministry",
            [E, "newsletter_page", "groundbreaking_started", "deal_date", "ordinal_no_count"],
            firms=[f("Minh Tam Tea")],
            deals=[deal("groundbreaking", ["Minh Tam Tea"], None, None, "2013-12-05")],
            events=[ev("groundbreaking", [F("Minh Tam Tea")], None, None, None, "started")],
        ),
        h(
            n(),
            "US$28 million is going into a snack and drinks plant of Pacific Snack Co., Ltd at VSIP Quang Ngai, where work began on 12 December 2013.",
            "2014-01-15",
            "ministry",
            [
                E,
                "newsletter_page",
                "amount_first",
                "groundbreaking_started",
                "deal_date",
                "province_in_park_name",
            ],
            firms=[f("Pacific Snack", "Co., Ltd")],
            provinces=[pv("Quảng Ngãi")],
            money=[m(28 * M, "USD")],
            deals=[deal("groundbreaking", ["Pacific Snack"], 28 * M, QNg, "2013-12-12")],
            events=[ev("groundbreaking", [F("Pacific Snack")], 28 * M, "USD", QNg, "started")],
        ),
        h(
            n(),
            "A 22-hectare yarn and weaving mill of Sun Rise Yarn (Vietnam) can now go ahead: the Dung Quat Economic Zone Authority handed the firm its investment certificate on 9 December 2013.",
            "2014-01-15",
            "ministry",
            [E, "newsletter_page", "licence_from_board", "deal_date", "vietnam_dropped", "area"],
            firms=[f("Sun Rise Yarn")],
            organizations=["Dung Quat Economic Zone Authority"],
            areas=[ha(22)],
            deals=[deal("investment", ["Sun Rise Yarn"], None, None, "2013-12-09")],
            events=[
                ev(
                    "investment_licence",
                    [G("Dung Quat Economic Zone Authority"), F("Sun Rise Yarn")],
                    None,
                    None,
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Groundbreaking at Kwan Hing, VSIP II\nPacific Snack's site at VSIP Quang Ngai, December 2013",
            "2014-01-15",
            "ministry",
            [
                E,
                "newsletter_page",
                "captions",
                "groundbreaking_started",
                "no_day_no_date",
                "site_caption_no_event",
                "province_in_park_name",
                "multiline",
            ],
            firms=[f("Kwan Hing"), f("Pacific Snack")],
            provinces=[pv("Quảng Ngãi")],
            deals=[deal("groundbreaking", ["Kwan Hing"])],
            events=[ev("groundbreaking", [F("Kwan Hing")], None, None, None, "started")],
        ),
    ]
    # --- English copy: a knitwear wholesaler's page on garment labels (S6 r3) and a German regional daily on a press
    # maker's return to large-format offset, rendered in English (S2 r2) ---
    rows += [
        h(
            n(),
            "Labels on a sweater: what each one does\n(E) price tag – a card hang tag with a barcode, fixed by a plastic pin at the side seam so it can be cut off without a mark.",
            "2016-05-03",
            "ministry",
            [E, "wholesaler_page", "machine_english", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Buyers in the US and Japan often send their own care-label artwork, which the knitting mill must print word for word.",
            "2016-05-03",
            "ministry",
            [E, "wholesaler_page", "country_noun", "no_event"],
            locations=[country("US"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "By Petra Lang\nWiesloch. Packaging printers will again be able to buy very-large-format sheet-fed presses from Mannheimer Druckwerke AG, which quit that class of machine six years ago; the comeback was the surprise of Monday's 150th-anniversary party.",
            "2025-06-17",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "byline",
                "foreign_city_nothing",
                "product_plan_no_deal",
                "foreign_form",
                "duration_no_count",
                "ordinal_no_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Petra Lang", None)],
            firms=[f("Mannheimer Druckwerke", "AG")],
            events=[],
        ),
    ]
    return rows
