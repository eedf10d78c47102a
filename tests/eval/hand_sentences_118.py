# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 118 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: steel pipes, valves, fasteners and fittings (bolts, screws, flanges,
pipe plants, their investors in industrial zones, supply contracts for projects, exports and trade-remedy news).
Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or
notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy ống thép khu công nghiệp vốn đầu tư", S2 "sản xuất
bu lông ốc vít doanh nghiệp công nghiệp hỗ trợ", S3 "van công nghiệp nhà máy sản xuất Việt Nam đầu tư", S4 "chống bán phá
giá ống thép Việt Nam điều tra", S5 "khánh thành nhà máy sản xuất ống thép", S6 "hợp đồng cung cấp ống thép cho dự án
đường ống dẫn khí", S7 "doanh nghiệp Nhật Bản đầu tư nhà máy bu lông khu công nghiệp", S8 "mặt bích phụ kiện đường ống
xuất khẩu doanh nghiệp", S9 "thuế chống bán phá giá ốc vít bu lông xuất khẩu", S10 "trao giấy chứng nhận đầu tư dự án sản
xuất van vòi ống nước", S11 "ống thép Hòa Phát Hoa Sen SeAH xuất khẩu thị trường Mỹ", S12 "nhà máy ống thép không gỉ inox
tăng vốn dự án FDI", S13 "ốc vít Việt Nam xuất khẩu tăng mạnh sang Mỹ doanh nghiệp FDI", S14 "nhà thầu cung cấp van
đường ống cho nhà máy điện lọc dầu ký kết", S15 "phụ kiện ống nước nhựa kim loại nhà máy khởi công khu công nghiệp", S16
"Bộ Công Thương điều tra lẩn tránh thuế ống thép hàn nhập khẩu", and in English S17 "Vietnam steel pipe anti-dumping duty
US Commerce Department", S18 "Vietnam fasteners bolts screws manufacturer factory investment industrial park", S19 "steel
pipe plant Vietnam inaugurated capacity tonnes per year", S20 "Vietnam valve manufacturer supply contract pipeline
project signed". No sentence is taken or paraphrased from a page; the shapes are. Firm and person names are invented
(Ốc vít Trường Thịnh, Cơ khí Hưng Phát, Ống thép Bắc Hà, Thép Nam Hưng, Ống thép Sông Hồng, Phát điện Miền Trung, Kyoei
Bolt, Tanaka Seiko, Cơ khí Phố Núi, Thép Sao Phương Nam, Ridgeline Tube Company, Ohara Conduit, Great Plains Pipe &
Tube, Ống thép Jinlong, Ống thép Hải Đăng, Thép Samjin, Ống thép Đại Tín Long An / Dai Tin Group, Kagawa Fastener, Ốc
vít Hoshino, Rèn Chính xác Saitama, Sanriku Bolt, Kaneda Trading, Hoshi Realty, Van Kitazawa, Ống thép Minh Khôi / Minh
Khoi, Tôn Minh Khôi, Thép Đông Sơn, Đầu tư Công nghiệp Lam Hồng, Kestrel Metals, Harbour Crest Holdings, Golden Harbor
Pipe Engineering, Ống thép Phương Bắc, Thương mại Kim Đạt, Lắp máy Hà Trung (HTM), Lắp máy Sông Mã (Somaco), Dịch vụ Cơ
khí Hàng hải Thanh Hóa, Bọc ống Phước Hải (PHC), Khí Đông Hải, Verbeek Coating, Kurobe Holdings, Xuất nhập khẩu Cơ khí
Việt Nam, Kendall Fasteners, Hsin Yuan Valve Industrial, Seohan Pipe Vina Corporation, Hanwol Tube, Hai Phong Dongfang
Tube Manufactory, Kohsei Fastener, Phuc Thinh Construction and Engineering, Kawana Steel, K-Spiral Steel Pipe, Nishida
Tube, Sanwa Trading, Tokai Steel Corp, Song Hong Water, Zhenxing, Vicoma, the parks Long Mỹ and Tân Định as used
here, the refinery "Bắc Nghi Sơn", and every official, director, researcher, photographer and
byline); well-known names (Bộ Công Thương, Cục Phòng vệ thương mại, DOC, ITC/USITC, the Vietnam Competition Authority,
JETRO, VCCI, Tổng cục Hải quan, Tổng cục Thống kê, Hiệp hội Thép Việt Nam / Viet Nam Steel Association, Vietnam Steel
Corp, Yamaha, Denso, Makita, Ajinomoto, YKK, Nghị định 24/2024/NĐ-CP, the zones and parks Nghi Sơn, Vũng Áng, Amata,
Việt Nam - Singapore, Mỹ Phước, Sóng Thần, Phú Mỹ, and the Long Son complex) appear only in sentences of our own, with
figures, dates and places changed.

What the sample looked like (80 result slots; one pipe seller's product tag "thành phần hóa học thép ống đúc api 5l" came
back seven times, a Tiền Phong plant opening, a department portal's groundbreaking, a US petition story, a coated-steel
hashtag page, a related-documents list, an image slug, a car-site title and a water-pipe award story twice each): 8 slots
were spam slugs on foreign domains (iron-ore plant costs, gravel crushing, ferro-silicon HS codes and prices, a
"chống ăn mòn" tax slug); 30 were tag, title, hashtag, list and blurb pages (the product tag seven times, lower-case law
and ebook tags, a legal portal's decree title, "Hợp đồng dự án PPP", tariff-quota and preferential-tax tags, an image slug
in unaccented lower case, a car-site title on a US plant's groundbreaking date, a list page with a carmaker's start of
production, a coated-steel anti-dumping hashtag page naming four petitioners, a procurement daily's tag with a tender
plan, a tag page headline and lead on record exports, a trade-remedy tag lead on a circumvention petition, an author
page on a sugar circumvention decision, a document store's "Tài liệu tương tự" list of steel-market bulletins); 5 were
explainers, a document store, a thesis and an interview (a supporting-industry explainer with GDP shares and a
footnote, a "Made by Vietnam" interview in PV:/answer form, a thesis in broken OCR on Japanese FDI in the North with a
table, a consultancy's guide to building in a park with a., b. and bullets, a document store's project file with
breadcrumb, metadata, flattened fields and a caps investor line); 21 were Vietnamese news (a pipe plant opening with a
repeated caption and an unrelated "MỚI - NÓNG" teaser, a department portal relaying a pipe-plant groundbreaking with no
investor named, a business weekly's FDI feature with related links, two tellings of a US pipe petition with its HS
codes, petitioners and respondents, a subsidiary's pipe plant going into full operation in "Tây Ninh (Long An cũ)", a
provincial paper's 2011 roundup of Japanese groundbreakings and openings, three Japanese firms to build a park, a
Japanese gasket maker's fourth plant opening with a byline, two pipe makers' sales and export statistics, a stainless
plant's policy approval with its three investors on the next line, an association site relaying a planned mill, a
customs meeting on false-origin goods under an unrelated sidebar, an erection subcontract at a refinery with a recalled
job and page junk, a provincial feature on local maintenance contractors, a mojibake page on a pipe-coating plant
opening with its recalled assignment and groundbreaking, a one-line planned joint venture); 2 were French wire copies
(a second plant to be started, a glove plant broken ground with a recalled first plant; read for their shapes and
rendered here in Vietnamese); 14 were English (a news agency on a pipe maker's exports; four trade-remedy stories on
US rulings, a circumvention finding, an OCTG final margin and a preliminary and a final CWP determination; a wire
groundbreaking with its amount, customers and contractor; a trade bulletin on a pipe-pile plant opening with its
recalled purchase and shares; a trade-news site on a pipe plant's start with a product list; a Reuters plan with its
shareholding split; a pipe seller's page relaying an association seminar; a water utility's pipe award not yet signed,
printed twice, and its cancellation; an installer's packages at a petrochemical complex). About 24 of the 80 slots told
a deal or an event with a named party (openings 7, groundbreakings 3, planned plants and parks 5, a policy approval,
a subcontract, an award, a planned joint venture, a recalled purchase, recalled investments in a thesis), several of
them the same story; the searches on valves, flanges, fittings and supply contracts (S3, S6, S8, S10, S14, S15, S20)
returned spam, tags, a car title, one subcontract and one award, and no valve or flange plant licence, no fastener
export contract and no province-firm memorandum came up in any first four, so the batch has none.

Rows: 159 (hand-35201 to hand-35359); 23 carry a deal or an event (14%): 19 events (8 inaugurations, 5 investment
announcements, 3 groundbreakings, 2 supply contracts, 1 joint venture) and 19 `deals` entries (13 investment, 3
groundbreaking, 2 supply_contract, 1 cooperation); 4 rows hold only deals without events (hand-35243 two recalled
investments in a thesis, 35296 an investor line after an approval, 35314 a recalled assignment, 35342 a recalled
purchase; 35319 holds a recalled plant besides its groundbreaking) and 6 an event without a deal (35215, 35272, 35278,
35313, 35340, 35343: openings without capital). 136 rows are negatives and other fields. By page kind: 8 rows of spam
slugs (35201-35208, 0 with a deal or event), 26 of tag, title, hashtag, list and related-document pages (35209-35234,
2), 17 of explainers, a thesis, a consultancy guide, an interview and a document store (35235-35251, 1), 65 of
Vietnamese news (35252-35316, 12), 4 of the French copies rendered in Vietnamese (35317-35320, 2) and 39 of English
news (35321-35359, 6); 39 rows are English (`english_copy`, 25%). 9 rows are stored in NFD (hand-35204, 35213, 35260,
35284, 35289, 35291, 35304, 35311, 35320); 7 use old tone placement (35237 and 35239 "tuỳ", 35262 "hiện đại hoá", 35279
"tự động hoá", 35304 "hoá ra", 35309 "chuyên nghiệp hoá", 35316 "khoá"); 44 hold several lines (headlines and leads,
timestamps and page-date chrome, captions, bylines, breadcrumbs, related links, lists, document metadata).

Own wording: on review of the first draft against the sampled pages, about 100 drafts followed a sampled sentence too
closely (same clause order, the same run of facts with names and figures swapped, a rendering of the French copies, or
a real figure kept) and were rewritten from scratch with another order (amount-first, object-first, place-first,
quote-first, passive, conclusion-first) and changed figures: the car-site title, the list page, the hashtag
petitioners, the record-exports tag, the tender-plan tag, the circumvention tag lead, the author page; the explainer's
import, GDP, scope and definition lines; the interview headline and lead; the thesis lines; the consultancy title,
lead, steps and checklist; the opening's lead, caption, plant line and teaser; the portal groundbreaking, its output,
jobs and spill-over lines; the FDI feature's links and statistics; both petition tellings, the respondents and the case
count; the full-operation lead, phases and product list; the 2011 roundup's groundbreaking, opening and director; the
park consortium, its tenants and JETRO figures; the gasket-maker opening and history (here a valve maker); the two
sales stories; the approval, its investors, plant and phase lines; the planned mill; the sidebar and the customs
meeting; the subcontract, its scope, recalled job and project line; the maintenance feature; the mojibake opening,
assignment and groundbreaking; the joint-venture one-liner; the French renderings; and every English row (the export
lead, markets and November sales, the circumvention finding and self-certification, the OCTG ruling, margins and
imports, the preliminary determination, respondents and export value, the lifted duty, petitioners and margins, the
groundbreaking, its amount, customers and contractor, the pipe-pile opening, ceremony and purchase, the full-production
lead, plant line and market share, the wire plan, output, shares and sheet piles, the seminar, the award's headline,
talks, award and meeting, the cancellation and its cost line, the installer's packages). Dropped: two English drafts (a
trade-news site's product bullet list, a cash-deposit line) to bring the English share down toward the sample's; a
galvanising-line expansion tag page was not written since no first-four result had that shape. Nothing was used from
ranks 5-8, among them: a stainless-melting project file (S1 r5, S12 r6), a Hong Kong rolling mill and the Vũng Áng
stainless approval where they came at ranks 6-7 (S1 r6-r7; the same pages were used only from S12 r3-r4), a cold-rolling
plant opening in Hải Phòng (S5 r5), the straight-seam pipe plant's groundbreaking in SGGP (S5 r6), the EU ending duties
on stainless screws (S9 r5), an MOIT furniture anti-dumping decision (S9 r6), the CWP margin story in Tạp chí Công
Thương and VOV (S4 r5, S4 r7), nails from seven countries (S4 r6), the wide-coil circumvention cases (S16 r5-r8), a
copper-pipe duty (S17 r5), the VnExpress and Vietstock CWP stories (S17 r6-r7), a steel-market-update circumvention piece
(S17 r8), Meitoku's openings (S18 r5-r8), the Sujia and Posco and Tata features and the Sunsco mill (S19 r5-r8), the
post-tensioned steel contract, the Vinci pipeline contract and the VnExpress cancellation (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-115 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed" (dated with its
day and the publication's year), without capital the event only; a held groundbreaking is a groundbreaking deal and
event "started", dated only with a day; a named firm's plan, a planned groundbreaking or a park to be built is an
announced investment (a consortium's ONE deal of all its members); a planned joint venture is a cooperation deal and a
joint_venture event "announced"; a contract awarded or signed between two firms is a supply_contract deal and signed
event, seller first, without site; recalled purchases, plants and investments are deals without events; a split line
naming the investors after an approval is a deal without event and without site (batch 73); petitions, petitioner and
respondent lists, rulings, margins, duties, deadlines, HS codes, statistics, shareholdings, tender plans, talks,
cancellations, working meetings, customer lists, sales and export orders to unnamed buyers give no deal; vague amounts
and counts are none; "khoảng", "chừng", "gần", "hơn", "trên", "about", "around", "nearly", "more than" are approximate;
money per year keeps "năm"; bracketed conversions are both money; capacities, tonnages, diameters, lengths, durations,
ordinals, page metadata, counts in words and counts without a noun are no counts, English counts keep their English
noun; m2 and hectares are areas; Vietnamese legal forms are normalised ("CTCP", "Công ty cổ phần" -> "Công ty CP"), foreign
ones kept as written ("Co., Ltd", "Co. Ltd.", "Co Ltd", "Co", "B.V.", "Pte. Ltd.", "PTE. LTD."), "Company", "Corporation",
"Corp", "Group" and "Holdings" stay in the name, "Việt Nam" is dropped from a foreign subsidiary's name and kept in a
state firm's; Vietnamese country names and adjectives ("Nhật", "doanh nghiệp Nhật", "nhà đầu tư Singapore") and English
country nouns and possessives ("the US", "Japan's") are countries, English adjectives ("Vietnamese", "Taiwanese",
"Chinese", "Korean", "American") and "Việt Nam"/"Vietnam" none, a country inside an organisation's or a park's name none;
regions ("Đông Nam bộ", "miền Trung", "Southeast Asia", "châu Âu") and bare places ("Nhơn Trạch", "Nghi Sơn", "Bà Nà")
nothing; parks, clusters and zones written in Vietnamese are locations, English ones none; "huyện", "thị xã", "TP" are
districts, communes and wards nothing; a dateline ("Hanoi (VNA) –", "Long An (VNA) -") is a province mention; a province
inside an organisation's name or a role is a mention, inside a firm's name not; bare acronyms ("DOC", "VCA", "USITC",
"HTM", "PHC") are organisations or firms as written, bare "JETRO" in Vietnamese takes its full Vietnamese name; bylines
and photographers ("THANH TÂM", "Ảnh: Minh Hải", "Photo: Bao Ngoc") are persons without role, "TS." and "Dr" no role,
outlets and agencies ("TP -", "TPO -", "(BĐT)", "(BDO)", "(CLO)", "(KTSG Online)", "Báo Đầu tư", "Ảnh: PV", "Metal
Expert", "Thanh Nien News", "VNA", "Reuters") nothing; tickers ("5412.T", "ABX") nothing. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Openings whose capital comes only in a later line without the firm (hand-35272 "nhà máy ống thép của Công ty CP Ống
  thép Đại Tín Long An đã chạy thương mại toàn bộ dây chuyền", then 35273 "Hai giai đoạn của dự án, tổng cộng 2.150 tỷ
  đồng ... ở tỉnh Tây Ninh (Long An cũ)"; the English telling 35343-35344) are inaugurations without a deal and without
  site (a province inside the firm's name is no mention); the capital line is money, area and both provinces only.
- A groundbreaking relayed with no investor named ("Long An vừa có thêm công trường nhà máy ống thép xoắn ... khởi công
  sáng 12-11: vốn trên 1.640 tỷ đồng", 35258, printed twice) gives province, money, area and country only.
- A policy approval signed by a zone board's deputy head with no investor in the row (35295) is no event (the bare
  "BQL Khu kinh tế tỉnh" is no organisation, the unnumbered decision no decision); the investors' line (35296) is ONE
  investment deal of the three, no event, no site; the caps name takes its usual spelling ("Kestrel Metals") with the
  form as written ("PTE. LTD.").
- Three Japanese firms to build a park together, told object-first (35283), are one announced investment of the three
  with amount and site; "thuộc Sanriku Group" is a firm mention, not a party.
- An EPC contractor's subcontract to its erector, told contract-first in the passive (35305), is a signed supply
  contract of the erector (seller) and the contractor; the erector's earlier package "từ gói ống ngầm khu 1 và khu 2"
  (35307) names no counterpart and gives no deal.
- A contractor that "designs and builds the plant" with no contract word (35339) and equipment lines "do Verbeek Coating
  B.V. (Hà Lan) cung cấp và lắp đặt" (35315) give no deal (the earlier batches' reading of "X cung cấp ... cho Y"
  without a contract word); a customer list ("Yamaha, Denso and Makita are among the buyers of Kohsei's bolts", 35338)
  gives the firms only.
- A utility's award in a story headed "holds off signing" (35352-35358): the award line "Zhenxing had been named last
  week as winner of the VND562 billion (US$25.1 million) contract" (35354) is a signed supply contract, seller first
  (an award is signed, batches 14, 15, 39); the headline and the "still going on" talks (35353) and the cancellation
  (35356-35357) give none; "Hanoi water firm" and "Hanoi water main" in headlines give Hà Nội.
- A recalled purchase by three buyers told in the passive with a new share split ("Bought for around 1.1 billion yen
  under a December 2010 agreement among the three", 35342) is ONE investment deal of the three in text order, JPY
  approximate, no event; the opening in the bulletin's lead ("Commercial output has begun at K-Spiral Steel Pipe, the
  ... plant Kawana Steel runs in Vietnam", 35340) is Kawana Steel's inauguration (the operator), K-Spiral a firm mention.
- A planned joint venture told object-first ("Nhà máy van và khoá nước Vina-Kurobe, khoảng 8,4 triệu USD, là liên
  doanh mà Kurobe Holdings (Nhật Bản) dự kiến lập với Tổng Công ty Xuất nhập khẩu Cơ khí Việt Nam", 35316) is a
  cooperation deal and an announced joint_venture with the amount; the plant's name is no firm.
- A thesis in broken OCR (35243: "đẩu tư", "vói", "nhửng") is read as a careful reader would: the recalled per-firm
  investments are deals without events sited in the provinces named (Hải Dương -> Hải Phòng); page metadata "(9.27 MB,
  94 trang )" is nothing; a table of bare numbers (35245) gives only "Nhật".
- A page in broken encoding (35313-35315) is annotated where the names and amounts are legible: the opening told in
  the passive is the coating firm's inauguration; "PHC được Tổng Công ty Khí Đông Hải giao làm chủ đầu tư từ đầu tháng
  6-2009" with "486 tỷ đồng và 62.000m² ở KCN Phú Mỹ 3 (..., tỉnh Bà Rịa - Vũng Tàu)" is a recalled investment of PHC
  (the acronym written alone is the firm) with amount and site, no event; the recalled groundbreaking line names no firm.
- A title on a plant abroad ("Nhà máy bu lông 120 triệu USD của Ốc vít Trường Thịnh ở Mexico đã có ngày khởi công",
  35214) is an announced investment with the amount, no site, "Mexico" a country.
- Trade-remedy rows: "Các Tiểu vương quốc Ả Rập Thống nhất (UAE)" gives the country once, English "the UAE" a country;
  "Taiwan (China)" gives Taiwan and China; "Bộ Thương mại Mỹ" and "US Department of Commerce" are organisations with no
  location for the country in their names, "phía Mỹ", "the US" are countries; duty ranges give both ends; "0%" and
  "0.00 percent" are percentages.
- A department portal's bilingual chrome ("Sở Công Thương Đồng Nai" above "Dong Nai Department of Industry and Trade",
  35257) gives both names as organisations and the province once.
- Project and pipeline names ("tuyến ống khí Lô C - Ô Môn", "Liên hợp Lọc hóa dầu Bắc Nghi Sơn", "the Song Hong water
  main", "the Long Son petrochemical complex") give nothing; a brand label "nhãn PHUONG BAC" (35304) is no firm.
- Counts: "Tám dây chuyền" in words is none; "80-120 doanh nghiệp" gives both ends; "6 nhà thầu chính", "750 kỹ sư và
  thợ", "2 bồn chứa dầu thô", "11 container" keep their noun phrase; "100% vốn Nhật Bản" is a percentage and a country.
- "Bốn phần mười vốn ngoại" (35262) is no percentage; "chừng 160 người" (35260) is an approximate count."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_118(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BDi = cur("Bình Định")
    BDg = cur("Bình Dương")
    DNai = cur("Đồng Nai")
    LA = cur("Long An")

    ids = iter(range(35201, 35201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword slugs on foreign domains (S1 r2, S2 r4, S8 r2-r4, S9 r4, S12 r1, S15 r3: 8 of the 80 slots) ---
    rows += [
        h(
            n(),
            "chi phí dự án xưởng cán ống thép đen quy mô nhỏ cho hộ kinh doanh",
            "2024-02-11",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dây chuyền nghiền sàng cát nhân tạo công suất 50 tấn giờ bán chạy ở châu phi",
            "2024-06-21",
            "ministry",
            [
                "foreign_domain_slug",
                "lowercase",
                "capacity_no_count",
                "region_no_location",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "mã hs bu lông neo mạ kẽm nhúng nóng trọng lượng riêng cho kết cấu",
            "2021-06-07",
            "ministry",
            ["foreign_domain_slug", "lowercase", "hs_code_word", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "van cầu thép đúc dn200 nhà máy giá mỗi chiếc bán sỉ",
            "2023-06-03",
            "ministry",
            ["foreign_domain_slug", "lowercase", "spec_no_count", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hệ số giãn nở nhiệt thấp mặt bích rèn thép carbon Bảng giá",
            "2020-12-20",
            "ministry",
            ["foreign_domain_slug", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thuế nhập khẩu chống ăn mòn đối với các nhà sản xuất ống inox hàn",
            "2022-05-03",
            "ministry",
            ["foreign_domain_slug", "trade_words_no_fields", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy cán ren bu lông quy trình chi phí chỉ số đài loan",
            "2023-09-14",
            "ministry",
            ["foreign_domain_slug", "lowercase", "lowercase_country_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí đầu tư lò tôi bu lông cường độ cao công suất nhỏ",
            "2024-02-11",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag slugs, titles, hashtag and tag pages with a headline and a lead, a list page, a related-documents list,
    # an image slug (S1 r1, S2 r2-r3, S3 r1, S3 r4, S4 r2-r3, S5 r1, S6 r1-r4, S8 r1, S9 r1-r3, S10 r1-r3, S11 r1,
    # S12 r2, S13 r1, S13 r3-r4, S14 r1, S15 r1-r2, S16 r1-r3: 30 slots, the sample's most common kind; one product
    # tag on a pipe seller's site came back seven times) ---
    rows += [
        h(
            n(),
            "thành phần hóa học ống thép đúc ASTM A106 grade B",
            "2019-11-02",
            "ministry",
            ["tag_slug", "standard_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tiêu chuẩn ống thép hàn xoắn API 5L PSL2 độ dày thành ống",
            "2019-11-02",
            "ministry",
            ["tag_slug", "standard_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bảng tra trọng lượng ống thép đúc API 5L X52",
            "2019-11-02",
            "ministry",
            ["tag_slug", "standard_no_decision", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "vật tư phụ kiện đường ống công nghiệp",
            "2022-08-15",
            "ministry",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bớt xén bu lông neo công trình cầu",
            "2023-04-19",
            "ministry",
            ["tag_slug", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy bu lông 120 triệu USD của Ốc vít Trường Thịnh ở Mexico đã có ngày khởi công",
            "2024-05-30",
            "ministry",
            [
                "title_page",
                "planned_groundbreaking",
                "announced_investment",
                "bare_firm",
                "plant_abroad",
                "object_first",
                "country",
            ],
            firms=[f("Ốc vít Trường Thịnh")],
            money=[m(120 * M, "USD")],
            locations=[country("Mexico")],
            deals=[deal("investment", ["Ốc vít Trường Thịnh"], 120 * M)],
            events=[
                ev("investment_announcement", [F("Ốc vít Trường Thịnh")], 120 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Nhà máy van công nghiệp Hưng Phát đi vào sản xuất\n\nMười chín tháng sau ngày đổ móng, Tập đoàn Cơ khí Hưng Phát đã rót mẻ van đầu tiên tại nhà máy van công nghiệp của mình sáng 9/10.",
            "2019-10-10",
            "provincial",
            [
                "list_page",
                "headline_lead",
                "inauguration_no_capital",
                "plant_name_no_firm",
                "duration_no_count",
                "multiline",
            ],
            firms=[f("Cơ khí Hưng Phát", "Tập đoàn")],
            events=[ev("inauguration", [F("Cơ khí Hưng Phát")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Bộ Công Thương điều tra chống bán phá giá ống thép hàn xuất xứ Trung Quốc và Ấn Độ\nỐng thép Bắc Hà, Thép Nam Hưng và Ống thép Sông Hồng, ba nhà sản xuất đứng đơn, nói hàng của hai nước này bán dưới giá đã làm họ mất thị phần.",
            "2024-09-18",
            "ministry",
            [
                "hashtag_page",
                "headline_lead",
                "trade_remedy",
                "petitioners_no_deal",
                "bare_names",
                "country",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            firms=[f("Ống thép Bắc Hà"), f("Thép Nam Hưng"), f("Ống thép Sông Hồng")],
            locations=[country("Trung Quốc"), country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "PVTM 3\n\nTài liệu tương tự\nBản tin Thị trường Ống thép Ngày: 20/02/2019 Tiêu điểm: + Giá thép cuộn cán nóng châu Á chững lại + Mỹ gia hạn rà soát thuế ống thép hàn\n\nBáo cáo thường niên 2017_Viet\n\n(Microsoft Word - 3_Tong hop PVTM.doc)",
            "2019-03-01",
            "ministry",
            [
                "doc_store_list",
                "related_documents",
                "file_names_nothing",
                "region_no_location",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Bản tin Thị trường Ống thép Ngày: 08/11/2018 Tiêu điểm: + Nhu cầu ống dẫn dầu khí tăng ở Trung Đông + Giá cuộn thép nền tăng 6% trong tháng\n\nCHƯƠNG TRÌNH ĐẠI HỘI ĐỒNG CỔ ĐÔNG THƯỜNG NIÊN 2018 Thời gian: Thứ bảy (từ 08h00)",
            "2019-03-01",
            "ministry",
            [
                "doc_store_list",
                "related_documents",
                "region_no_location",
                "percentage",
                "multiline",
                "no_event",
            ],
            percentages=[6],
            events=[],
        ),
        h(
            n(),
            "Nghị định 24/2024/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu về lựa chọn nhà thầu",
            "2024-03-04",
            "legal",
            ["legal_portal_title", "decree_number", "no_event"],
            decisions=[d("24/2024/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Hợp đồng EPC đường ống",
            "2022-11-08",
            "ministry",
            ["tag_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dong nai de xuat keo tuyen ong nuoc tho qua kcn nhon trach dcim100mediadji_0052-jpg-2",
            "2020-07-16",
            "provincial",
            ["image_slug", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hạn ngạch thuế quan phôi thép 2024",
            "2024-01-09",
            "ministry",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thuế tự vệ thép ống",
            "2023-05-22",
            "ministry",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận hợp quy ống thép mạ kẽm",
            "2022-03-30",
            "legal",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "luật quản lý ngoại thương 2017",
            "2021-10-12",
            "legal",
            ["tag_slug", "lowercase", "law_without_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mỹ và Canada tăng mua, xuất khẩu bu lông, ốc vít của Việt Nam lập đỉnh\nNhóm hàng này mang về 1,86 tỷ USD sau 7 tháng, đã bằng 92% của cả năm ngoái và cao hơn cùng kỳ 38,4%.",
            "2022-08-12",
            "ministry",
            ["tag_page", "headline_lead", "statistics", "country", "multiline", "no_event"],
            locations=[country("Mỹ"), country("Canada")],
            money=[m(1.86 * B, "USD")],
            percentages=[92, 38.4],
            events=[],
        ),
        h(
            n(),
            "quy tắc xuất xứ hàng sắt thép trong hiệp định cptpp ebook pdf",
            "2020-04-06",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình công nghệ chế tạo ống thép hàn và mặt bích ebook pdf",
            "2020-04-06",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sắp mua sắm van và phụ kiện đường ống cho Nhà máy Nhiệt điện Hòa Khánh 2\n(BĐT) - Gói thầu cung cấp van, mặt bích và phụ kiện cho đợt đại tu tổ máy S2, thời gian thực hiện 8 tháng, vừa có kế hoạch lựa chọn nhà thầu được Tổng công ty Phát điện Miền Trung phê duyệt.",
            "2023-07-25",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "outlet_prefix_nothing",
                "tender_plan_no_supplier",
                "plant_name_no_firm",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Phát điện Miền Trung", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "giá ống thép mạ kẽm phi 90 hôm nay",
            "2025-02-17",
            "ministry",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo Cục Phòng vệ thương mại (Bộ Công Thương), đơn đề nghị điều tra lẩn tránh thuế chống bán phá giá với ống thép hàn Việt Nam làm từ thép cuộn cán nóng nhập từ Ấn Độ vừa được Bộ Thương mại Hoa Kỳ (DOC) tiếp nhận.",
            "2022-06-02",
            "ministry",
            [
                "tag_lead",
                "trade_remedy",
                "org_in_brackets",
                "acronym_bracket",
                "country_in_org_name",
                "country",
                "no_event",
            ],
            organizations=["Cục Phòng vệ thương mại", "Bộ Công Thương", "Bộ Thương mại Hoa Kỳ"],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Ba nước bị Việt Nam điều tra chống lẩn tránh thuế với đinh thép Trung Quốc\nĐinh thép Trung Quốc đi vòng qua Campuchia, Lào và Thái Lan là đối tượng của cuộc điều tra chống lẩn tránh biện pháp phòng vệ thương mại mà Bộ Công Thương quyết định mở chiều 14-6........",
            "2023-06-15",
            "ministry",
            [
                "author_page",
                "headline_lead",
                "trade_remedy",
                "decision_without_number",
                "count_in_words",
                "country",
                "truncated",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            locations=[country("Trung Quốc"), country("Campuchia"), country("Lào"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Bộ Công Thương gia hạn điều tra chống bán phá giá thép mạ kẽm nhập từ Trung Quốc\nThời hạn ra kết luận cuối cùng được lùi thêm 2 tháng so với quyết định ban đầu........",
            "2023-06-15",
            "ministry",
            [
                "author_page",
                "headline_lead",
                "trade_remedy",
                "duration_no_count",
                "country",
                "truncated",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "#ống thép hàn\n\nDOC gia hạn kết luận cuối cùng vụ ống thép hàn Việt Nam thêm 90 ngày\nThời hạn mới là ngày 2/11, thay vì 4/8 như công bố trước đó.",
            "2023-05-11",
            "ministry",
            [
                "hashtag_page",
                "headline_lead",
                "trade_remedy",
                "bare_acronym_org",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["DOC"],
            events=[],
        ),
    ]
    # --- Explainers, a document store's project file, a thesis in broken OCR, a consultancy guide, an interview
    # (S2 r1, S3 r2, S7 r1, S10 r4, S15 r4; the related-documents lists of S4 r3 and S9 r2 are above) ---
    rows += [
        h(
            n(),
            "Thực trạng công nghiệp hỗ trợ ngành cơ khí\nPhôi thép, ống thép đúc và bu lông cường độ cao vẫn nằm trong nhóm nhập khẩu lớn nhất suốt 2016-2020, tỷ trọng gần như đứng yên.",
            "2021-09-08",
            "ministry",
            ["explainer", "subheading", "year_range_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc có 33% GDP từ chế biến, chế tạo, Thái Lan 27%, còn Việt Nam mới khoảng 17%.",
            "2021-09-08",
            "ministry",
            ["explainer", "percentage", "country", "no_event"],
            percentages=[33, 27, 17],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Vì không có mã ngành riêng, mỗi nước vạch phạm vi công nghiệp hỗ trợ một kiểu, tuỳ nhà hoạch định chính sách cần nó vào việc gì.",
            "2021-09-08",
            "ministry",
            ["explainer", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở Việt Nam, công nghiệp hỗ trợ chỉ có định nghĩa cụ thể từ năm 2011, muộn hơn nhiều so với Hàn Quốc và Đài Loan, nơi bu lông, ốc vít và phụ kiện đường ống sớm được xếp vào nhóm linh kiện cơ bản(2).",
            "2021-09-08",
            "ministry",
            ["explainer", "footnote_glued", "country", "no_event"],
            locations=[country("Hàn Quốc"), country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Van nhập nguyên chiếc, dán nhãn Việt: chuyện không chỉ của cái tem\nNhãn xuất xứ quyết định ai hưởng phần giá trị trong thương mại, nên không thể ghi tuỳ tiện.",
            "2017-08-29",
            "ministry",
            ["interview", "headline_lead", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            'TS. Lưu Văn Khải, nghiên cứu viên Viện Nghiên cứu Chiến lược, Chính sách Công Thương, đã chia sẻ quan điểm này khi trả lời phỏng vấn về những lô van gắn nhãn "Made in Vietnam".',
            "2017-08-29",
            "ministry",
            ["interview", "person_role_after", "title_no_role", "no_event"],
            persons=[
                per("Lưu Văn Khải", "nghiên cứu viên Viện Nghiên cứu Chiến lược, Chính sách Công Thương")
            ],
            organizations=["Viện Nghiên cứu Chiến lược, Chính sách Công Thương"],
            events=[],
        ),
        h(
            n(),
            'PV: - Có ý kiến cho rằng nhiều lô van "hàng Việt" thực chất chỉ nhập thân van về sơn lại. Ông nhìn nhận thế nào?',
            "2017-08-29",
            "ministry",
            ["interview", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            'TS. Lưu Văn Khải: - Mấu chốt là giấy chứng nhận xuất xứ (C/O). Muốn ghi "Made in Vietnam", hàm lượng giá trị nội địa phải đạt ít nhất 40%, chứ không phải cứ lắp ráp xong là đủ.',
            "2017-08-29",
            "ministry",
            ["interview", "answer_speaker_label", "title_no_role", "percentage", "no_event"],
            persons=[per("Lưu Văn Khải", None)],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (9.27 MB, 94 trang )\nở phía Bác, Kyoei Bolt là một trong nhửng nhà đầu tư Nhật Bản lớn vói hơn 86 triệu USD đầu tư tại Hải Dương cho bu lông, ốc vít, còn Công ty Tanaka Seiko đẩu tư 58 triệu USD vào Hưng Yên (số liệu năm 2009).",
            "2012-05-14",
            "ministry",
            [
                "thesis_ocr",
                "broken_diacritics",
                "page_metadata_no_count",
                "recalled_investment",
                "deal_no_event",
                "country",
                "approx",
                "multiline",
            ],
            firms=[f("Kyoei Bolt"), f("Tanaka Seiko", "Công ty")],
            provinces=[pv("Hải Dương"), pv("Hưng Yên")],
            money=[m(86 * M, "USD", approx=True), m(58 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Kyoei Bolt"], 86 * M, cur("Hải Dương")),
                deal("investment", ["Tanaka Seiko"], 58 * M, cur("Hưng Yên")),
            ],
            events=[],
        ),
        h(
            n(),
            "Hà Nội và các tỉnh lân cận đang hút nhiều nhà sản xuất linh kiện Nhật Bản hơn, dù Thành phố Hồ Chí Minh vẫn là nơi nhận nhiều vốn FDI nhất cả nưóc.",
            "2012-05-14",
            "ministry",
            ["thesis_ocr", "broken_diacritics", "country_adjective", "no_event"],
            provinces=[pv("Hà Nội"), pv("Hồ Chí Minh")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Bảng 4: FDI của Nhật vào khu vực phía Bấc theo lĩnh vục đấu tu tính đến hết\ntháng 9 năm\n2009.\nC N nặng\n231\n452\n3611\n6120",
            "2012-05-14",
            "ministry",
            [
                "thesis_ocr",
                "broken_diacritics",
                "table_numbers_nothing",
                "country_short_form",
                "multiline",
                "no_event",
            ],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Xây nhà máy trong khu công nghiệp: những bước nhà đầu tư hay bỏ sót\n\nCó IRC, ERC và giấy phép môi trường trong tay mới là nửa chặng: khi xây dựng, nhà đầu tư (NĐT) còn phải theo quy định riêng của từng khu công nghiệp, từng tỉnh.",
            "2023-10-05",
            "ministry",
            [
                "consultancy_explainer",
                "headline_lead",
                "abbreviations_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "VIỆC CẦN XONG TRƯỚC KHI ĐỘNG THỔ\n\nDanh mục thủ tục NĐT phải hoàn tất gồm:\n\n1. Giấy phép xây dựng:",
            "2023-10-05",
            "ministry",
            [
                "consultancy_explainer",
                "caps_subheading",
                "numbered_steps",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "a. CĐT KCN giao mốc giới và thông số đấu nối cho NĐT ngay khi hợp đồng thuê lại đất được ký;\nb. Giấy phép xây dựng do ban quản lý KCN cấp, trên hồ sơ NĐT trình.\n  • Bản sao giấy phép xây dựng;\n  • Hồ sơ thẩm duyệt PCCC và bản vẽ mặt bằng.",
            "2023-10-05",
            "ministry",
            [
                "consultancy_explainer",
                "numbered_steps",
                "bullets",
                "lowercase_unit_no_org",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "1. Trang chủ\n  2. » Luận Văn - Báo Cáo\n\nNhà máy sản xuất bu lông neo và phụ kiện thép tỉnh Gia Lai 0914372208\n\n62 417 3\n\nĐang tải... (xem toàn văn)",
            "2014-06-02",
            "ministry",
            [
                "document_store",
                "breadcrumb",
                "phone_number_nothing",
                "counters_nothing",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Gia Lai")],
            events=[],
        ),
        h(
            n(),
            "THÔNG TIN TÀI LIỆU\n\nĐịnh dạng\nSố trang 62\nDung lượng 4,15 MB\n\nMô tả sơ bộ thông tin dự án  Tên dự án : Nhà máy sản xuất bu lông neo và phụ kiện thép  Địa điểm xây dựng : Cụm CN Trà Đa, Xã Trà Đa, TP Pleiku, Gia Lai  Diện tích nhà máy : 3,5ha",
            "2014-06-02",
            "ministry",
            [
                "document_store",
                "page_metadata_no_count",
                "flattened_fields",
                "cluster",
                "district",
                "area",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Gia Lai")],
            locations=[park("Cụm công nghiệp Trà Đa"), district("TP Pleiku")],
            areas=[ha(3.5)],
            events=[],
        ),
        h(
            n(),
            "THUYẾT MINH DỰ ÁN ĐẦU TƯ XÂY DỰNG\n\nNHÀ MÁY SẢN XUẤT BU LÔNG NEO VÀ PHỤ KIỆN THÉP\n\nCHỦ ĐẦU TƯ : CÔNG TY CỔ PHẦN CƠ KHÍ PHỐ NÚI\n\nGia Lai - Tháng 05 năm 2014",
            "2014-06-02",
            "ministry",
            [
                "document_store",
                "caps_header",
                "document_investor_line_no_deal",
                "place_month_line",
                "multiline",
                "no_event",
            ],
            firms=[f("Cơ khí Phố Núi", "Công ty CP")],
            provinces=[pv("Gia Lai")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a pipe group's fourth plant opens in a Bình Định park, told twice (S1 r3, S5 r2) ---
    rows += [
        h(
            n(),
            "Nhà máy ống thép 520 tỷ đồng của Sao Phương Nam đi vào hoạt động\n\nTP - Sáng 14/4, Tập đoàn Thép Sao Phương Nam đưa vào hoạt động nhà máy ống thép thứ tư của mình, đặt tại KCN Long Mỹ (xã Phước Mỹ, TP Quy Nhơn, Bình Định).",
            "2019-04-15",
            "ministry",
            [
                "headline_lead",
                "amount_in_headline",
                "inauguration_with_capital",
                "short_name_in_headline",
                "outlet_prefix_nothing",
                "province_in_brackets",
                "commune_nothing",
                "district",
                "ordinal_no_count",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Sao Phương Nam"), f("Thép Sao Phương Nam", "Tập đoàn")],
            provinces=[pv("Bình Định")],
            locations=[park("Khu công nghiệp Long Mỹ"), district("TP Quy Nhơn")],
            money=[m(520 * B, "VND")],
            deals=[deal("investment", ["Thép Sao Phương Nam"], 520 * B, BDi, "2019-04-14")],
            events=[ev("inauguration", [F("Thép Sao Phương Nam")], 520 * B, "VND", BDi, "completed")],
        ),
        h(
            n(),
            "Đại diện tỉnh Bình Định và lãnh đạo Sao Phương Nam tham quan kho thành phẩm. Ảnh: Báo Đầu tư\nĐại diện tỉnh Bình Định và lãnh đạo Sao Phương Nam tham quan kho thành phẩm. Ảnh: Báo Đầu tư",
            "2019-04-15",
            "ministry",
            [
                "caption",
                "repeated_caption",
                "outlet_credit_nothing",
                "province_as_place",
                "multiline",
                "no_event",
            ],
            firms=[f("Sao Phương Nam")],
            provinces=[pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "Hơn 520 tỷ đồng đã đổ vào 10 dây chuyền cán ống, 2 dây chuyền xẻ băng và nhà xưởng trên khu đất 42.000 m2; mỗi năm nhà máy làm được 120.000 tấn ống.",
            "2019-04-15",
            "ministry",
            ["plant_details_no_firm", "m2_to_ha", "count", "capacity_no_count", "approx", "no_event"],
            areas=[ha(4.2)],
            quantities=[c(10, "dây chuyền"), c(2, "dây chuyền")],
            money=[m(520 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Đây là nhà máy ống thứ tư của tập đoàn, nâng tổng công suất ống thép lên 540.000 tấn/năm.",
            "2019-04-15",
            "ministry",
            ["running_total_capacity", "ordinal_no_count", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "MỚI - NÓNG\nGiá vé cáp treo Bà Nà tăng từ tháng 5\nGiá vé cáp treo Bà Nà tăng từ tháng 5\nTPO - Khách đoàn đặt trước vẫn được giữ giá cũ tới hết tháng 4, đơn vị vận hành cho biết.",
            "2019-04-15",
            "ministry",
            ["page_chrome", "unrelated_teaser", "bare_place_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a department portal relays a groundbreaking with no investor named (S1 r4, S5 r3) ---
    rows += [
        h(
            n(),
            "Truy cập nội dung luôn\n\nSở Công Thương Đồng Nai\n\nDong Nai Department of Industry and Trade\n\nKhởi công nhà máy ống thép xoắn cỡ lớn đầu tiên ở phía Nam\n\n2012-11-14 09:42:00.0",
            "2012-11-14",
            "provincial",
            [
                "portal_chrome",
                "bilingual_org_name",
                "province_in_org_name",
                "timestamp_line",
                "multiline",
                "no_event",
            ],
            organizations=["Sở Công Thương Đồng Nai", "Dong Nai Department of Industry and Trade"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Long An vừa có thêm công trường nhà máy ống thép xoắn cỡ lớn, khởi công sáng 12-11: vốn trên 1.640 tỷ đồng, mặt bằng 28,6ha, máy hàn xoắn mua của Đức, mỗi ca làm được 80.000 tấn/năm.\n\nLong An vừa có thêm công trường nhà máy ống thép xoắn cỡ lớn, khởi công sáng 12-11: vốn trên 1.640 tỷ đồng, mặt bằng 28,6ha, máy hàn xoắn mua của Đức, mỗi ca làm được 80.000 tấn/năm.",
            "2012-11-14",
            "provincial",
            [
                "repeated_lead",
                "groundbreaking_no_firm",
                "province_first",
                "area",
                "approx",
                "capacity_no_count",
                "country",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Long An")],
            areas=[ha(28.6)],
            money=[m(1640 * B, "VND", approx=True)],
            locations=[country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Ống của nhà máy sẽ đi trước hết vào tuyến ống khí Lô C - Ô Môn; khi có sản phẩm vào quý III-2013, mỗi năm nhà máy giúp bớt khoảng 75 triệu USD tiền nhập ống.",
            "2012-11-14",
            "provincial",
            [
                "plant_details_no_firm",
                "quarter_no_date",
                "money_per_year",
                "approx",
                "project_name_nothing",
                "no_event",
            ],
            money=[m(75 * M, "USD", "năm", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 130 tỷ đồng tiền thuế mỗi năm và việc làm cho chừng 160 người là những gì tỉnh trông đợi khi nhà máy chạy đều.",
            "2012-11-14",
            "provincial",
            ["plant_details_no_firm", "count", "money_per_year", "approx", "nfd", "no_event"],
            quantities=[c(160, "người", True)],
            money=[m(130 * B, "VND", "năm", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Các xưởng gia công, nhà xe và đội xây lắp quanh vùng cũng được hưởng lợi, còn ngành dầu khí bớt lệ thuộc vào ống ngoại.",
            "2012-11-14",
            "provincial",
            ["plant_details_no_firm", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI feature with related links (S3 r3) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Giữa lúc nhiều ngành chững lại, vốn ngoại vào cơ khí chế tạo và luyện kim vẫn là điểm sáng hiếm hoi của năm 2023, nhờ làn sóng hiện đại hoá nhà xưởng.\n- Bốn phần mười vốn ngoại vào cơ khí chảy về Đông Nam bộ\n- Nhà sản xuất bu lông Nhật Bản tính mở nhà máy thứ hai ở phía Bắc",
            "2024-01-12",
            "ministry",
            [
                "outlet_prefix_nothing",
                "related_links",
                "old_tone",
                "share_in_words_no_percentage",
                "region_no_location",
                "country_adjective",
                "multiline",
                "no_event",
            ],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Vốn FDI đăng ký mới của cả năm 2022 đã hụt khoảng 12% so với 2021.",
            "2024-01-12",
            "ministry",
            ["statistics", "percentage", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Thống kê ghi nhận vốn FDI đăng ký nửa đầu 2023 ở mức khoảng 13,1 tỉ đô la Mỹ, thấp hơn cùng kỳ 4,8%.",
            "2024-01-12",
            "ministry",
            ["statistics", "do_la_my", "approx", "percentage", "no_event"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[4.8],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a US pipe petition in two tellings (S4 r1, S4 r4, S16 r4) ---
    rows += [
        h(
            n(),
            "Ống dẫn nước, ống hàng rào và ống kết cấu của 8 doanh nghiệp Việt Nam có thể bị Mỹ áp thuế chống bán phá giá và chống trợ cấp, sau khi năm nhà sản xuất ống thép hàn nước này gửi đơn tới Bộ Thương mại Mỹ.",
            "2011-10-31",
            "ministry",
            [
                "trade_remedy",
                "petition_no_deal",
                "count_in_words",
                "count",
                "country",
                "country_in_org_name",
                "no_event",
            ],
            organizations=["Bộ Thương mại Mỹ"],
            locations=[country("Mỹ")],
            quantities=[c(8, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Các doanh nghiệp bị nêu tên phải nộp bản trả lời câu hỏi sơ bộ trước ngày 5.11; phía Mỹ có ba tuần kể từ ngày nhận đơn (28.10) để quyết định mở điều tra chính thức, còn kết luận cuối cùng dự kiến vào ngày 14.9.2012.",
            "2011-10-31",
            "ministry",
            ["trade_remedy", "dotted_dates", "duration_no_count", "country", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Bốn nước bị kiện trong vụ ống thép hàn cacbon (CWP) gồm Việt Nam, Oman, Pakistan và Các Tiểu vương quốc Ả Rập Thống nhất (UAE); hồ sơ được một nhóm nhà sản xuất Hoa Kỳ gửi cùng lúc tới Bộ Thương mại Hoa Kỳ (DOC) và Ủy ban Thương mại quốc tế Hoa Kỳ (ITC) hôm 21/10/2015.",
            "2015-10-30",
            "ministry",
            [
                "trade_remedy",
                "petition_no_deal",
                "country_list",
                "acronym_bracket",
                "country_in_org_name",
                "count_in_words",
                "no_event",
            ],
            organizations=["Bộ Thương mại Hoa Kỳ", "Ủy ban Thương mại quốc tế Hoa Kỳ"],
            locations=[
                country("Oman"),
                country("Pakistan"),
                country("Các Tiểu vương quốc Ả Rập Thống nhất"),
                country("Hoa Kỳ"),
            ],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm bị kiện thuộc các mã HS 7306.19.1010, 7306.19.5110, 7306.30.1000, 7306.30.5025, 7306.50.1000 và 7306.50.5070.",
            "2015-10-30",
            "ministry",
            ["trade_remedy", "hs_codes_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phía nguyên đơn gồm Công ty Ridgeline Tube Company, Công ty Ohara Conduit và Công ty Great Plains Pipe & Tube.",
            "2015-10-30",
            "ministry",
            ["trade_remedy", "petitioners_no_deal", "company_in_name", "ampersand_in_name", "no_event"],
            firms=[
                f("Ridgeline Tube Company", "Công ty"),
                f("Ohara Conduit", "Công ty"),
                f("Great Plains Pipe & Tube", "Công ty"),
            ],
            events=[],
        ),
        h(
            n(),
            "Với mức biên độ phá giá bị cáo buộc 98,72%, Công ty TNHH Ống thép Jinlong Việt Nam, Công ty TNHH Ống thép Hải Đăng và Công ty TNHH Thép Samjin Việt Nam bị nêu tên là bị đơn phía Việt Nam.",
            "2015-10-30",
            "ministry",
            ["trade_remedy", "respondents_no_deal", "vietnam_dropped", "percentage", "no_event"],
            firms=[
                f("Ống thép Jinlong", "Công ty TNHH"),
                f("Ống thép Hải Đăng", "Công ty TNHH"),
                f("Thép Samjin", "Công ty TNHH"),
            ],
            percentages=[98.72],
            events=[],
        ),
        h(
            n(),
            "Thép Việt Nam đã gặp năm vụ kiện tại Mỹ chỉ riêng trong năm 2015; với ống hàn cacbon, đây là lần bị kiện chống bán phá giá thứ hai.",
            "2015-10-30",
            "ministry",
            ["trade_remedy", "ordinal_no_count", "count_in_words", "country", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a pipe plant in Tây Ninh (Long An cũ) goes into full operation (S5 r4) ---
    rows += [
        h(
            n(),
            " date 2026-03-05 Từ tháng 02/2026, nhà máy ống thép của Công ty CP Ống thép Đại Tín Long An đã chạy thương mại toàn bộ dây chuyền, sau khi thiết bị cuối cùng được lắp xong.",
            "2026-03-05",
            "ministry",
            [
                "page_date_chrome",
                "inauguration_no_capital",
                "province_in_firm_name_no_mention",
                "month_no_date",
                "no_site",
            ],
            firms=[f("Ống thép Đại Tín Long An", "Công ty CP")],
            events=[ev("inauguration", [F("Ống thép Đại Tín Long An")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Hai giai đoạn của dự án, tổng cộng 2.150 tỷ đồng trên 12 ha ở tỉnh Tây Ninh (Long An cũ), lần lượt xong vào tháng 11/2025 và tháng 2/2026; công suất cả nhà máy là 380.000 tấn/năm.",
            "2026-03-05",
            "ministry",
            ["plant_details_no_firm", "old_province_in_brackets", "area", "capacity_no_count", "no_event"],
            provinces=[pv("Tây Ninh"), pv("Long An")],
            money=[m(2150 * B, "VND")],
            areas=[ha(12)],
            events=[],
        ),
        h(
            n(),
            "Ông Phạm Quốc Vinh, Giám đốc Công ty CP Ống thép Đại Tín Long An, cho biết nhà máy sẽ ưu tiên ống cỡ lớn cho các sân bay và cầu cảng phía Nam, hiện đã tuyển gần 900 công nhân.",
            "2026-03-05",
            "ministry",
            ["person_role_after", "count", "approx", "region_no_location", "no_event"],
            persons=[per("Phạm Quốc Vinh", "Giám đốc Công ty CP Ống thép Đại Tín Long An")],
            firms=[f("Ống thép Đại Tín Long An", "Công ty CP")],
            quantities=[c(900, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Danh mục gồm ống đen, ống mạ nhúng nóng và ống cỡ lớn cho móng cọc.",
            "2026-03-05",
            "ministry",
            ["product_list", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial paper's year-end roundup of Japanese fastener and fitting plants (S7 r2) ---
    rows += [
        h(
            n(),
            "Bình Dương: Doanh nghiệp Nhật vẫn rót vốn vào cơ khí\n\nCập nhật: 27-12-2011 | 00:00:00\n\nKhởi công, khánh thành nối nhau",
            "2011-12-27",
            "provincial",
            ["headline_subhead", "timestamp_line", "country_short_form", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy bu lông cường độ cao 9 triệu USD của Công ty TNHH Kagawa Fastener Việt Nam (Tập đoàn Kagawa, Nhật Bản) ở KCN Mỹ Phước 2 đã động thổ ngày 6-12 vừa qua và sẽ chạy máy khoảng giữa năm 2012.",
            "2011-12-27",
            "provincial",
            [
                "groundbreaking",
                "dong_tho",
                "object_first",
                "parent_in_brackets",
                "vietnam_dropped",
                "country_bracket",
                "deal_date",
                "year_inferred",
                "no_site",
            ],
            firms=[f("Kagawa Fastener", "Công ty TNHH"), f("Kagawa", "Tập đoàn")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Mỹ Phước 2")],
            money=[m(9 * M, "USD")],
            deals=[deal("groundbreaking", ["Kagawa Fastener"], 9 * M, None, "2011-12-06")],
            events=[ev("groundbreaking", [F("Kagawa Fastener")], 9 * M, "USD", None, "started")],
        ),
        h(
            n(),
            "KCN Tân Định (huyện Bến Cát) cũng vừa có nhà máy vít tự khoan của Công ty TNHH Ốc vít Hoshino Việt Nam khánh thành, đưa vào hoạt động.",
            "2011-12-27",
            "provincial",
            ["inauguration_no_capital", "place_first", "vietnam_dropped", "district", "no_site"],
            firms=[f("Ốc vít Hoshino", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Tân Định"), district("huyện Bến Cát")],
            events=[ev("inauguration", [F("Ốc vít Hoshino")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Tám dây chuyền dập nguội đã được tự động hoá hoàn toàn, và hàng làm ra chỉ đi một đường: về Nhật cho các hãng điện máy, ông Tanabe Hiroshi, Giám đốc Công ty TNHH Ốc vít Hoshino Việt Nam, cho biết.",
            "2011-12-27",
            "provincial",
            [
                "person_role_after",
                "quote_first",
                "role_keeps_text",
                "old_tone",
                "count_in_words",
                "country_short_form",
                "no_event",
            ],
            persons=[per("Tanabe Hiroshi", "Giám đốc Công ty TNHH Ốc vít Hoshino Việt Nam")],
            firms=[f("Ốc vít Hoshino", "Công ty TNHH")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Dập mặt bích tại Công ty TNHH Rèn Chính xác Saitama Việt Nam",
            "2011-12-27",
            "provincial",
            ["caption", "vietnam_dropped", "no_event"],
            firms=[f("Rèn Chính xác Saitama", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Cả năm 2011, Bình Dương đón thêm 41 dự án Nhật Bản với tổng vốn hơn 620 triệu USD, theo Ban Quản lý các KCN Bình Dương.",
            "2011-12-27",
            "provincial",
            [
                "statistics",
                "count",
                "approx",
                "country_adjective",
                "org_expanded",
                "province_in_org_name",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            quantities=[c(41, "dự án")],
            money=[m(620 * M, "USD", approx=True)],
            locations=[country("Nhật Bản")],
            organizations=["Ban Quản lý các Khu công nghiệp Bình Dương"],
            events=[],
        ),
    ]
    # --- Vietnamese news: three Japanese firms to build a park in Đồng Nai, with a caption and JETRO figures (S7 r3) ---
    rows += [
        h(
            n(),
            " date 2017-03 Dập bu lông tại Công ty TNHH Sanriku Bolt Việt Nam (KCN Nhơn Trạch 2),\n\n100% vốn Nhật Bản. (Nguồn: Internet)",
            "2017-03-09",
            "ministry",
            [
                "page_date_chrome",
                "caption",
                "source_line_nothing",
                "vietnam_dropped",
                "percentage",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Sanriku Bolt", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Nhơn Trạch 2"), country("Nhật Bản")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Một khu công nghiệp 210ha ở huyện Nhơn Trạch, Đồng Nai, vốn 85 triệu USD, sẽ do ba doanh nghiệp Nhật cùng xây: Tập đoàn Kaneda Trading, Tập đoàn Hoshi Realty và Công ty Sanriku Bolt (thuộc Sanriku Group), theo một nguồn tin.",
            "2017-03-09",
            "ministry",
            [
                "announced_investment",
                "object_first",
                "consortium_one_deal",
                "three_parties",
                "country_short_form",
                "parent_in_brackets",
                "future_verb",
                "district",
                "area",
            ],
            firms=[
                f("Kaneda Trading", "Tập đoàn"),
                f("Hoshi Realty", "Tập đoàn"),
                f("Sanriku Bolt", "Công ty"),
                f("Sanriku Group"),
            ],
            provinces=[pv("Đồng Nai")],
            locations=[district("huyện Nhơn Trạch"), country("Nhật")],
            areas=[ha(210)],
            money=[m(85 * M, "USD")],
            deals=[deal("investment", ["Kaneda Trading", "Hoshi Realty", "Sanriku Bolt"], 85 * M, DNai)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Kaneda Trading"), F("Hoshi Realty"), F("Sanriku Bolt")],
                    85 * M,
                    "USD",
                    DNai,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Nhà đầu tư ước tính 80-120 doanh nghiệp, chủ yếu làm linh kiện và chi tiết cơ khí, sẽ thuê đất ở đây khi khu mở cửa từ quý II/2013.",
            "2017-03-09",
            "ministry",
            ["plan_details", "count_range", "quarter_no_date", "nfd", "no_event"],
            quantities=[c(80, "doanh nghiệp"), c(120, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Số liệu JETRO cho thấy trong 9 tháng đầu năm 2012, doanh nghiệp Nhật rót 1,42 tỷ USD vào Việt Nam, gấp 3,6 lần cùng kỳ.",
            "2017-03-09",
            "ministry",
            ["statistics", "bare_acronym_full_name", "country_short_form", "no_event"],
            organizations=["Tổ chức Xúc tiến Thương mại Nhật Bản"],
            locations=[country("Nhật")],
            money=[m(1.42 * B, "USD")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese valve maker opens its third Bình Dương plant (S7 r4) ---
    rows += [
        h(
            n(),
            "(BDO) Vốn hơn 650 tỷ đồng, rộng 18.000m2 và chạy thử từ tháng 1-2016, nhà máy thứ ba ở Bình Dương của Công ty TNHH Van Kitazawa Việt Nam tại KCN Sóng Thần 3 (TP.Thủ Dầu Một) đã được khánh thành sáng 22-5.",
            "2016-05-23",
            "provincial",
            [
                "outlet_prefix_nothing",
                "inauguration_with_capital",
                "amount_first",
                "passive",
                "vietnam_dropped",
                "ordinal_no_count",
                "district",
                "m2_to_ha",
                "approx",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Van Kitazawa", "Công ty TNHH")],
            provinces=[pv("Bình Dương")],
            locations=[park("Khu công nghiệp Sóng Thần 3"), district("TP.Thủ Dầu Một")],
            areas=[ha(1.8)],
            money=[m(650 * B, "VND", approx=True)],
            deals=[deal("investment", ["Van Kitazawa"], 650 * B, BDg, "2016-05-22")],
            events=[ev("inauguration", [F("Van Kitazawa")], 650 * B, "VND", BDg, "completed")],
        ),
        h(
            n(),
            "Van đồng, van bi và khớp nối ren của Kitazawa Việt Nam, doanh nghiệp 100% vốn Nhật Bản đặt chân vào KCN Việt Nam - Singapore từ tháng 7-2003, chủ yếu bán sang Nhật Bản, Mỹ và châu Âu.\nTHANH TÂM",
            "2016-05-23",
            "provincial",
            [
                "company_history",
                "vietnam_dropped",
                "country_in_park_name_no_location",
                "percentage",
                "country",
                "byline_caps",
                "multiline",
                "no_event",
            ],
            firms=[f("Kitazawa")],
            locations=[park("Khu công nghiệp Việt Nam - Singapore"), country("Nhật Bản"), country("Mỹ")],
            percentages=[100],
            persons=[per("Thanh Tâm", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a pipe maker's monthly sales and exports, and a sister firm's order (S11 r2) ---
    rows += [
        h(
            n(),
            "Thị phần hơn 30% giúp Công ty TNHH Ống thép Minh Khôi giữ ngôi đầu: tháng 8/2021 công ty bán 68.400 tấn ống, nhiều hơn cùng kỳ 9%, trong đó miền Trung tăng 21% và miền Nam 8,7%.",
            "2021-09-10",
            "ministry",
            ["sales_statistics", "tonnage_no_count", "percentage", "region_no_location", "no_event"],
            firms=[f("Ống thép Minh Khôi", "Công ty TNHH")],
            percentages=[30, 9, 21, 8.7],
            events=[],
        ),
        h(
            n(),
            "Minh Khôi xuất 9.200 tấn ống trong 7 tháng (tăng 19%) sang Mỹ, Canada, Úc và Đông Nam Á, trái chiều với mức giảm 14,6% của các hội viên Hiệp hội Thép Việt Nam (VSA).",
            "2021-09-10",
            "ministry",
            [
                "statistics",
                "acronym_bracket",
                "short_name",
                "country_list",
                "region_no_location",
                "nfd",
                "no_event",
            ],
            organizations=["Hiệp hội Thép Việt Nam"],
            firms=[f("Minh Khôi")],
            percentages=[19, 14.6],
            locations=[country("Mỹ"), country("Canada"), country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Một lô hơn 12.000 tấn tôn mạ đi Philippines cũng vừa về tay Tôn Minh Khôi.",
            "2021-09-10",
            "ministry",
            ["unnamed_buyer_no_deal", "tonnage_no_count", "country", "no_event"],
            firms=[f("Tôn Minh Khôi")],
            locations=[country("Philippines")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a steel group's half-year pipe sales by region and its exports (S11 r3) ---
    rows += [
        h(
            n(),
            " date 2018-07 Gần 55.000 tấn ống bán ở miền Trung trong nửa năm đưa vùng này cùng Tây Nguyên lên đầu bảng tăng trưởng (24%), miền Nam theo sau với 15%.",
            "2018-07-12",
            "ministry",
            [
                "page_date_chrome",
                "sales_statistics",
                "region_no_location",
                "tonnage_no_count",
                "nfd",
                "no_event",
            ],
            percentages=[24, 15],
            events=[],
        ),
        h(
            n(),
            "Khách miền Trung đặt nhiều nhất là ống thép và thép xây dựng, còn hàng đi Lào cũng nhích lên, ông Lê Đình Quang, Trưởng văn phòng đại diện Tập đoàn Thép Đông Sơn tại Đà Nẵng, nói.",
            "2018-07-12",
            "ministry",
            ["person_role_after", "quote_first", "province_in_role", "country", "no_event"],
            persons=[per("Lê Đình Quang", "Trưởng văn phòng đại diện Tập đoàn Thép Đông Sơn tại Đà Nẵng")],
            firms=[f("Thép Đông Sơn", "Tập đoàn")],
            provinces=[pv("Đà Nẵng")],
            locations=[country("Lào")],
            events=[],
        ),
        h(
            n(),
            "Mỹ, Canada, Hàn Quốc, Malaysia và Campuchia là những nơi nhận phần lớn ống xuất khẩu, vốn vẫn tăng trên 55% bất chấp thuế bổ sung của Mỹ.",
            "2018-07-12",
            "ministry",
            ["statistics", "country_list", "percentage", "no_event"],
            percentages=[55],
            locations=[
                country("Mỹ"),
                country("Canada"),
                country("Hàn Quốc"),
                country("Malaysia"),
                country("Campuchia"),
            ],
            events=[],
        ),
        h(
            n(),
            "Hiệp hội Thép Việt Nam cho biết 6 tháng đầu năm, sản xuất thép cả nước tăng 22% và bán hàng tăng 27% so với cùng kỳ.",
            "2018-07-12",
            "ministry",
            ["statistics", "association", "percentage", "no_event"],
            organizations=["Hiệp hội Thép Việt Nam"],
            percentages=[22, 27],
            events=[],
        ),
    ]
    # --- Vietnamese news: a stainless pipe plant approved in Vũng Áng, investors named on the next line (S12 r3) ---
    rows += [
        h(
            n(),
            " date 2026-02-11 Nhà máy ống thép không gỉ hơn 7.600 tỷ đồng\n\nMột quyết định ký ngày 9/2/2026 đã chấp thuận cả chủ trương đầu tư lẫn nhà đầu tư cho nhà máy ống thép không gỉ ở phường Kỳ Long, trong Khu kinh tế Vũng Áng (Hà Tĩnh); người ký là ông Nguyễn Hữu Phước, Phó Trưởng BQL Khu kinh tế tỉnh, Báo Hà Tĩnh cho biết.",
            "2026-02-11",
            "provincial",
            [
                "page_date_chrome",
                "headline_lead",
                "policy_approval_no_investor_named",
                "decision_without_number",
                "bare_zone_board_no_org",
                "person_role_after",
                "outlet_credit_nothing",
                "zone",
                "commune_nothing",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyễn Hữu Phước", "Phó Trưởng BQL Khu kinh tế tỉnh")],
            provinces=[pv("Hà Tĩnh")],
            locations=[zone("Khu kinh tế Vũng Áng")],
            money=[m(7600 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Đầu tư Công nghiệp Lam Hồng góp mặt cùng hai nhà đầu tư Singapore là KESTREL METALS PTE. LTD. và Harbour Crest Holdings Pte. Ltd. trong dự án.",
            "2026-02-11",
            "provincial",
            [
                "investor_line_after_approval",
                "consortium_one_deal",
                "deal_no_event",
                "caps_name_usual_spelling",
                "foreign_legal_form",
                "country_adjective",
                "count_in_words",
                "no_site",
            ],
            firms=[
                f("Đầu tư Công nghiệp Lam Hồng", "Công ty CP"),
                f("Kestrel Metals", "PTE. LTD."),
                f("Harbour Crest Holdings", "Pte. Ltd."),
            ],
            locations=[country("Singapore")],
            deals=[
                deal(
                    "investment", ["Đầu tư Công nghiệp Lam Hồng", "Kestrel Metals", "Harbour Crest Holdings"]
                )
            ],
            events=[],
        ),
        h(
            n(),
            "Ống không gỉ đường kính 15-610 mm, 450.000 tấn mỗi năm, là sản phẩm của dự án 7.650 tỷ đồng trên hơn 58 ha này.",
            "2026-02-11",
            "provincial",
            [
                "plant_details_no_firm",
                "area",
                "approx",
                "dimensions_no_count",
                "capacity_no_count",
                "no_event",
            ],
            areas=[ha(58, True)],
            money=[m(7650 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Hàn ống, ủ sáng liên tục, đánh bóng và thử áp lực được bố trí thành 3 dây chuyền chính.",
            "2026-02-11",
            "provincial",
            ["plant_details_no_firm", "count", "no_event"],
            quantities=[c(3, "dây chuyền")],
            events=[],
        ),
        h(
            n(),
            "- Giai đoạn 1: dây chuyền hàn và ủ sáng 250.000 tấn/năm, phải chạy được trong vòng 30 tháng sau khi nhận đất;",
            "2026-02-11",
            "provincial",
            ["phase_schedule", "capacity_no_count", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: an association site relays a trade journal on a planned pipe mill (S12 r4) ---
    rows += [
        h(
            n(),
            "Nhà đầu tư Đài Loan sẽ mở nhà máy ống thép hàn ở Sóc Trăng\nSóc Trăng được Công ty Golden Harbor Pipe Engineering, một doanh nghiệp Đài Loan, chọn làm nơi đặt nhà máy ống thép hàn 120.000 – 150.000 tấn/năm mà công ty vừa công bố kế hoạch đầu tư; sản phẩm là ống dẫn nước và ống kết cấu.",
            "2019-03-20",
            "ministry",
            [
                "association_site",
                "headline_lead",
                "announced_investment",
                "place_first",
                "plan_announced",
                "no_amount",
                "country_adjective",
                "capacity_no_count",
                "multiline",
            ],
            firms=[f("Golden Harbor Pipe Engineering", "Công ty")],
            provinces=[pv("Sóc Trăng")],
            locations=[country("Đài Loan")],
            deals=[deal("investment", ["Golden Harbor Pipe Engineering"], None, cur("Sóc Trăng"))],
            events=[
                ev(
                    "investment_announcement",
                    [F("Golden Harbor Pipe Engineering")],
                    None,
                    None,
                    cur("Sóc Trăng"),
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "(Metal Expert 14/3/2019)\nXem thêm ...\n- Hội thảo ngành ống thép Đông Nam Á 2023 tại Bangkok, Thái Lan 22/05/2023\n- Tình hình thị trường thép Việt Nam tháng 4/2023 15/05/2023",
            "2019-03-20",
            "ministry",
            [
                "source_line_nothing",
                "related_links",
                "city_abroad_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Thái Lan")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a customs meeting on pipes with false origin, under an unrelated sidebar (S13 r2) ---
    rows += [
        h(
            n(),
            "Hà Tĩnh: Nhận lại tiền chuyển khoản nhầm nhờ công an phường\n(CLO) Chuyển nhầm 60 triệu đồng vào tài khoản người lạ, anh Trần Văn Hậu (thị xã Kỳ Anh, Hà Tĩnh) đã nhận lại đủ nhờ công an phường Sông Trí xác minh.\nTheo dõi báo trên:",
            "2019-11-15",
            "ministry",
            [
                "unrelated_sidebar",
                "outlet_prefix_nothing",
                "district",
                "person_no_role",
                "police_unit_no_org",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Tĩnh")],
            locations=[district("thị xã Kỳ Anh")],
            persons=[per("Trần Văn Hậu", None)],
            money=[m(60 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "Cuộc họp liên ngành về vụ ống thép ghi sai xuất xứ. Ảnh: Minh Hải\nKết quả xác minh tại CTCP Ống thép Phương Bắc được Tổng cục Hải quan đưa ra trong cuộc họp liên ngành sáng 14/11, có đại diện Bộ Công Thương, Bộ Khoa học và Công nghệ, Bộ Công an và Phòng Thương mại và Công nghiệp Việt Nam (VCCI).",
            "2019-11-15",
            "ministry",
            [
                "caption",
                "photo_credit_person",
                "org_list",
                "acronym_bracket",
                "meeting_no_deal",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Hải", None)],
            organizations=[
                "Tổng cục Hải quan",
                "Bộ Công Thương",
                "Bộ Khoa học và Công nghệ",
                "Bộ Công an",
                "Phòng Thương mại và Công nghiệp Việt Nam",
            ],
            firms=[f("Ống thép Phương Bắc", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Hàng trong 11 container ống và van mang nhãn PHUONG BAC hoá ra do Công ty TNHH Thương mại Kim Đạt nhập từ Trung Quốc, sau đó mới dán nhãn sản xuất trong nước.",
            "2019-11-15",
            "ministry",
            ["customs_finding", "brand_label_no_firm", "count", "country", "old_tone", "nfd", "no_event"],
            quantities=[c(11, "container")],
            firms=[f("Thương mại Kim Đạt", "Công ty TNHH")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a piping subcontract on a refinery, with a recalled job and page junk (S14 r2) ---
    rows += [
        h(
            n(),
            "Hợp đồng 380 tỷ đồng giao cho CTCP Lắp máy Hà Trung (HTM) phần chế tạo và lắp đặt đường ống công nghệ ở một số hạng mục của Liên hợp Lọc hóa dầu Bắc Nghi Sơn vừa được Tổng công ty Lắp máy Sông Mã (Somaco) ký với đơn vị này.",
            "2016-05-27",
            "ministry",
            [
                "supply_contract_signed",
                "contract_first",
                "passive",
                "seller_first",
                "acronym_bracket",
                "project_name_no_location",
            ],
            firms=[f("Lắp máy Hà Trung", "Công ty CP"), f("Lắp máy Sông Mã", "Tổng công ty")],
            money=[m(380 * B, "VND")],
            deals=[deal("supply_contract", ["Lắp máy Hà Trung", "Lắp máy Sông Mã"], 380 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Lắp máy Hà Trung"), F("Lắp máy Sông Mã")],
                    380 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Phần việc của HTM trải từ kết cấu thép, thiết bị, ống công nghệ tới sơn hoàn thiện, nặng nhất là 2 bồn chứa dầu thô đường kính 86 m làm theo tiêu chuẩn API.",
            "2016-05-27",
            "ministry",
            [
                "contract_scope",
                "acronym_firm",
                "count",
                "dimensions_no_count",
                "standard_no_decision",
                "no_event",
            ],
            firms=[f("HTM")],
            quantities=[c(2, "bồn chứa dầu thô")],
            events=[],
        ),
        h(
            n(),
            "Hà Trung đã có mặt ở công trường từ gói ống ngầm khu 1 và khu 2; cộng dồn đến nay, đơn vị này đã lắp 19.500 tấn kết cấu và 410.000 inch-đường kính ống.",
            "2016-05-27",
            "ministry",
            ["recalled_job_unnamed_counterpart", "short_name", "tonnage_no_count", "no_event"],
            firms=[f("Hà Trung")],
            events=[],
        ),
        h(
            n(),
            "Liên hợp 8,6 tỷ USD này đặt ở Khu kinh tế Nghi Sơn (huyện Tĩnh Gia, tỉnh Thanh Hóa), thiết kế cho 9,5 triệu tấn sản phẩm mỗi năm.\n{fcomment}\n-\nABX: chốt quyền mua cổ phiếu tăng vốn lên 1.250 tỷ đồng\n-\nGiá vàng chiều nay đi ngang",
            "2016-05-27",
            "ministry",
            [
                "project_details",
                "zone",
                "district",
                "template_placeholder",
                "related_links",
                "ticker_nothing",
                "multiline",
                "no_event",
            ],
            locations=[zone("Khu kinh tế Nghi Sơn"), district("huyện Tĩnh Gia")],
            provinces=[pv("Thanh Hóa")],
            money=[m(8.6 * B, "USD"), m(1250 * B, "VND")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial paper on local firms supplying a refinery's maintenance (S14 r3) ---
    rows += [
        h(
            n(),
            " date 2024-07 Doanh nghiệp Thanh Hóa muốn chen chân vào chuỗi cung ứng van, ống cho nhà máy lọc dầu\n\nMỗi đợt bảo dưỡng lớn, nhà máy lọc dầu ở Nghi Sơn cần hàng nghìn van, gioăng và mặt bích thay mới, nhưng doanh nghiệp trong tỉnh muốn giành phần việc thì phải chuyên nghiệp hoá từ khâu đàm phán đến an toàn lao động.",
            "2024-07-16",
            "provincial",
            [
                "page_date_chrome",
                "headline_lead",
                "vague_count",
                "old_tone",
                "bare_place_nothing",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Thanh Hóa")],
            events=[],
        ),
        h(
            n(),
            "Công nhân Công ty CP Dịch vụ Cơ khí Hàng hải Thanh Hóa thay van tại phân xưởng chưng cất. Ảnh: PV",
            "2024-07-16",
            "provincial",
            ["caption", "province_in_firm_name_no_mention", "credit_nothing", "no_event"],
            firms=[f("Dịch vụ Cơ khí Hàng hải Thanh Hóa", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Nồi hơi, đường ống cao áp và cụm van điều khiển là phần việc công ty này nhận khi làm một trong 6 nhà thầu chính của đợt bảo dưỡng tổng thể cuối năm 2023, với 750 kỹ sư và thợ được điều đến.",
            "2024-07-16",
            "provincial",
            ["contractor_role_no_buyer", "count", "nfd", "no_event"],
            quantities=[c(6, "nhà thầu chính"), c(750, "kỹ sư và thợ")],
            events=[],
        ),
        h(
            n(),
            "Theo đại diện công ty, muốn được chọn, doanh nghiệp phải qua vòng đánh giá an toàn và chất lượng kéo dài 6-9 tháng.",
            "2024-07-16",
            "provincial",
            ["quote_paraphrase", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news in broken encoding: a pipe-coating plant opens, its history recalled (S14 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy bá»c ống dầu khí thứ hai tại Việt Nam đã được Công ty cổ phần Bọc ống Phước Hải (PHC), thuá»™c Tổng Công ty Khí Đông Hải, khánh thành ngày 16-7; cùng dịp, PHC ký thá»a thuáºn nhận bá»c ống cho tuyến ống Lô C - Ô Môn.",
            "2011-07-18",
            "ministry",
            [
                "mojibake",
                "inauguration_no_capital",
                "object_first",
                "passive",
                "parent_in_apposition",
                "acronym_bracket",
                "agreement_unnamed_counterpart",
                "ordinal_no_count",
                "no_site",
            ],
            firms=[f("Bọc ống Phước Hải", "Công ty CP"), f("Khí Đông Hải", "Tổng công ty"), f("PHC")],
            events=[ev("inauguration", [F("Bọc ống Phước Hải")], None, None, None, "completed")],
        ),
        h(
            n(),
            "486 tỷ đồng và 62.000m² ở KCN Phú Mỹ 3 (huyện Tân Thành, tỉnh Bà Rịa - Vũng Tàu) là quy mô dá»± án mà PHC được Tổng Công ty Khí Đông Hải giao làm chủ đầu tư từ Äầu tháng 6-2009.",
            "2011-07-18",
            "ministry",
            [
                "mojibake",
                "recalled_investment",
                "amount_first",
                "deal_no_event",
                "acronym_firm",
                "district",
                "m2_to_ha",
            ],
            firms=[f("PHC"), f("Khí Đông Hải", "Tổng công ty")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Phú Mỹ 3"), district("huyện Tân Thành")],
            money=[m(486 * B, "VND")],
            areas=[ha(6.2)],
            deals=[deal("investment", ["PHC"], 486 * B, cur("Bà Rịa - Vũng Tàu"))],
            events=[],
        ),
        h(
            n(),
            "Hai dây chuyền bá»c ống của nhà máy, khởi công ngày 3-9-2009, do Verbeek Coating B.V. (Hà Lan) cung cấp và lắp đặt.",
            "2011-07-18",
            "ministry",
            [
                "mojibake",
                "recalled_groundbreaking_no_firm",
                "equipment_supplier_no_contract",
                "foreign_legal_form",
                "count_in_words",
                "country_bracket",
                "no_event",
            ],
            firms=[f("Verbeek Coating", "B.V.")],
            locations=[country("Hà Lan")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a one-line item on a planned valve joint venture (S18 r3) ---
    rows += [
        h(
            n(),
            "Nhà máy van và khoá nước Vina-Kurobe, khoảng 8,4 triệu USD, là liên doanh mà Kurobe Holdings (Nhật Bản) dự kiến lập với Tổng Công ty Xuất nhập khẩu Cơ khí Việt Nam.",
            "2009-10-06",
            "ministry",
            [
                "announced_joint_venture",
                "cooperation_deal",
                "object_first",
                "country_bracket",
                "state_firm_keeps_viet_nam",
                "plant_name_no_firm",
                "old_tone",
                "approx",
                "country",
            ],
            firms=[f("Kurobe Holdings"), f("Xuất nhập khẩu Cơ khí Việt Nam", "Tổng công ty")],
            locations=[country("Nhật Bản")],
            money=[m(8.4 * M, "USD", approx=True)],
            deals=[deal("cooperation", ["Kurobe Holdings", "Xuất nhập khẩu Cơ khí Việt Nam"], 8.4 * M)],
            events=[
                ev(
                    "joint_venture",
                    [F("Kurobe Holdings"), F("Xuất nhập khẩu Cơ khí Việt Nam")],
                    8.4 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
    ]
    # --- French wire copies, rendered here in Vietnamese for their shapes (S18 r2, S18 r4) ---
    rows += [
        h(
            n(),
            "Kendall Fasteners sẽ khởi công vào cuối năm nay nhà máy thứ hai, ba dây chuyền, trên 48.300 m2 của KCN Việt Nam - Singapore (Bình Dương).",
            "2013-07-04",
            "ministry",
            [
                "foreign_page_rendered",
                "planned_groundbreaking",
                "announced_investment",
                "firm_first",
                "province_after_park",
                "country_in_park_name_no_location",
                "count_in_words",
                "m2_to_ha",
            ],
            firms=[f("Kendall Fasteners")],
            provinces=[pv("Bình Dương")],
            locations=[park("Khu công nghiệp Việt Nam - Singapore")],
            areas=[ha(4.83)],
            deals=[deal("investment", ["Kendall Fasteners"], None, BDg)],
            events=[ev("investment_announcement", [F("Kendall Fasteners")], None, None, BDg, "announced")],
        ),
        h(
            n(),
            "Nhà máy đầu tiên của tập đoàn, hơn 11 triệu USD, đã chạy ở KCN Amata, tỉnh Đồng Nai từ năm 2008. - VNA",
            "2013-07-04",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_plant_unnamed_firm",
                "approx",
                "agency_credit_nothing",
                "no_event",
            ],
            money=[m(11 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Amata")],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Vào Việt Nam từ năm 2005, Tập đoàn Hsin Yuan Valve Industrial (Đài Loan) từng xây nhà máy đầu tiên 13 triệu USD ở Đồng Nai; nhà máy van thứ hai của họ, hơn 15 triệu USD trên 11 ha ở Nhơn Trạch, vừa được khởi công.",
            "2014-09-22",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_plant",
                "deal_no_event",
                "groundbreaking",
                "object_first",
                "country_bracket",
                "bare_place_nothing",
                "approx",
                "area",
            ],
            firms=[f("Hsin Yuan Valve Industrial", "Tập đoàn")],
            locations=[country("Đài Loan")],
            provinces=[pv("Đồng Nai")],
            money=[m(13 * M, "USD"), m(15 * M, "USD", approx=True)],
            areas=[ha(11)],
            deals=[
                deal("investment", ["Hsin Yuan Valve Industrial"], 13 * M, DNai),
                deal("groundbreaking", ["Hsin Yuan Valve Industrial"], 15 * M),
            ],
            events=[ev("groundbreaking", [F("Hsin Yuan Valve Industrial")], 15 * M, "USD", None, "started")],
        ),
        h(
            n(),
            "Với 291 dự án còn hiệu lực và hơn 5,2 tỷ USD vốn đăng ký, Đài Loan đứng đầu các nhà đầu tư nước ngoài ở Đồng Nai. - VNA",
            "2014-09-22",
            "ministry",
            [
                "foreign_page_rendered",
                "statistics",
                "count",
                "approx",
                "country",
                "agency_credit_nothing",
                "nfd",
                "no_event",
            ],
            locations=[country("Đài Loan")],
            provinces=[pv("Đồng Nai")],
            quantities=[c(291, "dự án")],
            money=[m(5.2 * B, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- English: a news agency on a pipe maker's exports (S11 r4) ---
    rows += [
        h(
            n(),
            " date 2019-12-10 Minh Khoi's steel pipe exports up by a quarter in 11 months\nShipments abroad by Minh Khoi Steel Pipe Co., Ltd, a subsidiary of Minh Khoi Group, reached 14,600 tonnes in January-November 2019, 26.4 percent more than a year earlier, the group said.",
            "2019-12-10",
            "ministry",
            [
                E,
                "page_date_chrome",
                "headline_lead",
                "possessive_firm",
                "group_in_name",
                "tonnage_no_count",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Minh Khoi"), f("Minh Khoi Group"), f("Minh Khoi Steel Pipe", "Co., Ltd")],
            percentages=[26.4],
            events=[],
        ),
        h(
            n(),
            "Illustrative image (Photo: VNA)\nBuyers are spread across North America, Southeast Asia, Latin America, India and Australia.",
            "2019-12-10",
            "ministry",
            [E, "photo_credit_agency_nothing", "region_no_location", "country", "multiline", "no_event"],
            locations=[country("India"), country("Australia")],
            events=[],
        ),
        h(
            n(),
            "November sales of 69,800 tonnes, 24.1 percent above last year's, kept the firm first at home with more than 30 percent of the market, deputy director Tran Quoc Binh said./.",
            "2019-12-10",
            "ministry",
            [E, "person_role_before", "tonnage_no_count", "percentage", "no_event"],
            persons=[per("Tran Quoc Binh", "deputy director")],
            percentages=[24.1, 30],
            events=[],
        ),
    ]
    # --- English: trade-remedy rulings on Vietnamese pipe in the US (S17 r1-r4) ---
    rows += [
        h(
            n(),
            "Hanoi (VNA) – Vietnamese welded carbon steel pipes do not get around US anti-dumping orders on Taiwanese pipe, since those shipped to the US from January 1, 2018 to December 31, 2022 were not made from Taiwan hot-rolled steel, the US Department of Commerce has concluded.",
            "2023-08-10",
            "ministry",
            [
                E,
                "dateline_province",
                "trade_remedy",
                "country",
                "country_in_org_name",
                "adjective_no_country",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            organizations=["US Department of Commerce"],
            locations=[country("US"), country("Taiwan")],
            events=[],
        ),
        h(
            n(),
            "Exporters may self-certify that their coil is not from China, Taiwan (China), the Republic of Korea or India, a route the DOC opened in April when its preliminary findings pointed to evasion by some Vietnamese firms./. VNA",
            "2023-08-10",
            "ministry",
            [E, "trade_remedy", "bare_acronym_org", "country_list", "agency_credit_nothing", "no_event"],
            organizations=["DOC"],
            locations=[country("China"), country("Taiwan"), country("Republic of Korea"), country("India")],
            events=[],
        ),
        h(
            n(),
            "Oil country tubular goods (OCTG) from eight countries, including Vietnam, were dumped in the US, the US Department of Commerce said in a final ruling.",
            "2014-07-15",
            "ministry",
            [E, "trade_remedy", "count_in_words", "country", "country_in_org_name", "no_event"],
            organizations=["US Department of Commerce"],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "A final margin of 21.37 percent went to Seohan Pipe Vina Corporation, according to the Vietnam Competition Authority (VCA).",
            "2014-07-15",
            "ministry",
            [
                E,
                "trade_remedy",
                "respondent_no_deal",
                "corporation_in_name",
                "vina_inside_name_kept",
                "acronym_bracket",
                "percentage",
                "no_event",
            ],
            firms=[f("Seohan Pipe Vina Corporation")],
            organizations=["Vietnam Competition Authority"],
            percentages=[21.37],
            events=[],
        ),
        h(
            n(),
            "The petition's top rate, 108.62 percent, falls on Hanwol Tube Co., Ltd., a respondent that left the questionnaire unanswered.",
            "2014-07-15",
            "ministry",
            [E, "trade_remedy", "respondent_no_deal", "foreign_legal_form", "percentage", "no_event"],
            firms=[f("Hanwol Tube", "Co., Ltd.")],
            percentages=[108.62],
            events=[],
        ),
        h(
            n(),
            "OCTG from Vietnam worth 96 million USD entered the US in 2013; duties start on September 1 if the US International Trade Commission finds injury on August 22.-VNA",
            "2014-07-15",
            "ministry",
            [
                E,
                "trade_remedy",
                "amount_first",
                "country",
                "country_in_org_name",
                "agency_credit_nothing",
                "no_event",
            ],
            organizations=["US International Trade Commission"],
            locations=[country("US")],
            money=[m(96 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "US slaps preliminary duties on Vietnamese welded pipe\n\nThanh Nien News\n\nEmail Print\n\nVietnamese circular welded pipe faces preliminary rates from 0.52 percent to 109.35 percent, the DOC decided on May 31 in cases that also cover Oman, Pakistan and the UAE.",
            "2016-06-02",
            "ministry",
            [
                E,
                "headline_lead",
                "outlet_line_nothing",
                "page_chrome",
                "trade_remedy",
                "bare_acronym_org",
                "country_list",
                "percentage_range",
                "multiline",
                "no_event",
            ],
            organizations=["DOC"],
            locations=[country("US"), country("Oman"), country("Pakistan"), country("UAE")],
            percentages=[0.52, 109.35],
            events=[],
        ),
        h(
            n(),
            "Minh Khoi Steel Pipe Co. won a separate rate of 0.52 percent; the two mandatory respondents, Seohan Pipe Vina Corporation and Hai Phong Dongfang Tube Manufactory Co., Ltd., came in at 0.00 percent and 1.34 percent.",
            "2016-06-02",
            "ministry",
            [
                E,
                "trade_remedy",
                "respondents_no_deal",
                "province_in_firm_name_no_mention",
                "foreign_legal_form",
                "percentage",
                "no_event",
            ],
            firms=[
                f("Minh Khoi Steel Pipe", "Co."),
                f("Seohan Pipe Vina Corporation"),
                f("Hai Phong Dongfang Tube Manufactory", "Co., Ltd."),
            ],
            percentages=[0.52, 0.0, 1.34],
            events=[],
        ),
        h(
            n(),
            "At about US$58.2 million in 2014, Vietnam's welded pipe sales to the US were the largest of the four countries in the case, the VCA said.",
            "2016-06-02",
            "ministry",
            [E, "statistics", "approx", "country", "bare_acronym_org", "count_in_words", "no_event"],
            money=[m(58.2 * M, "USD", approx=True)],
            locations=[country("US")],
            organizations=["VCA"],
            events=[],
        ),
        h(
            n(),
            "US lifts anti-dumping tax on Vietnam's welded pipe makers\n\nAccording to the Vietnam Competition Authority under the Ministry of Industry and Trade, the USITC concluded that Circular Welded Carbon-Quality Steel Pipe from Vietnam did not hurt the American industry",
            "2016-11-30",
            "ministry",
            [
                E,
                "headline_lead",
                "trade_remedy",
                "org_under_org",
                "bare_acronym_org",
                "adjective_no_country",
                "truncated",
                "multiline",
                "no_event",
            ],
            locations=[country("US")],
            organizations=["Vietnam Competition Authority", "Ministry of Industry and Trade", "USITC"],
            events=[],
        ),
        h(
            n(),
            "Ridgeline Tube Company, Ohara Conduit and Great Plains Pipe & Tube had filed the petitions that led the DOC to open the case on November 18, 2015.",
            "2016-11-30",
            "ministry",
            [
                E,
                "trade_remedy",
                "petitioners_no_deal",
                "company_in_name",
                "bare_names",
                "bare_acronym_org",
                "no_event",
            ],
            organizations=["DOC"],
            firms=[f("Ridgeline Tube Company"), f("Ohara Conduit"), f("Great Plains Pipe & Tube")],
            events=[],
        ),
        h(
            n(),
            "Only Seohan Pipe Vina Corporation (SPV), which cooperated fully, drew 0%; Hai Phong Dongfang Tube Manufactory Co Ltd and Minh Khoi Steel Pipe Co were set at 2.17 percent on July 12, 2016, and all others at the nationwide 109.35 percent.",
            "2016-11-30",
            "ministry",
            [
                E,
                "trade_remedy",
                "respondents_no_deal",
                "legal_form_no_dots",
                "acronym_bracket",
                "percentage",
                "no_event",
            ],
            firms=[
                f("Seohan Pipe Vina Corporation"),
                f("Hai Phong Dongfang Tube Manufactory", "Co Ltd"),
                f("Minh Khoi Steel Pipe", "Co"),
            ],
            percentages=[0, 2.17, 109.35],
            events=[],
        ),
    ]
    # --- English: a news agency on a Japanese bolt maker breaking ground in Long An (S18 r1) ---
    rows += [
        h(
            n(),
            "Long An (VNA) - Construction has begun at Thuan Dao Industrial Park on a high-tensile bolt and nut factory of Kohsei Fastener Vietnam Co. Ltd., the first such plant in the Mekong Delta province of Long An.",
            "2019-06-18",
            "provincial",
            [
                E,
                "dateline_province",
                "groundbreaking",
                "construction_has_begun",
                "object_first",
                "vietnam_dropped",
                "english_park_no_location",
                "region_no_location",
            ],
            provinces=[pv("Long An")],
            firms=[f("Kohsei Fastener", "Co. Ltd.")],
            deals=[deal("groundbreaking", ["Kohsei Fastener"], None, LA)],
            events=[ev("groundbreaking", [F("Kohsei Fastener")], None, None, LA, "started")],
        ),
        h(
            n(),
            "Costing 286 billion VND (12.1 million USD), the project should help the province pull in other precision-parts makers.",
            "2019-06-18",
            "provincial",
            [E, "plant_amount_no_firm", "amount_first", "bracketed_conversion", "no_event"],
            money=[m(286 * B, "VND"), m(12.1 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Yamaha, Denso and Makita are among the buyers of Kohsei's bolts.",
            "2019-06-18",
            "provincial",
            [E, "customer_list_no_deal", "brand_firms", "possessive_firm", "no_event"],
            firms=[f("Yamaha"), f("Denso"), f("Makita"), f("Kohsei")],
            events=[],
        ),
        h(
            n(),
            "Phuc Thinh Construction and Engineering Co. Ltd., the contractor that designs and builds the plant, has done terminals at Phu Cat Airport and factories for Ajinomoto and YKK.-VNA",
            "2019-06-18",
            "provincial",
            [
                E,
                "design_build_no_contract_word_no_deal",
                "foreign_legal_form",
                "brand_firms",
                "agency_credit_nothing",
                "no_event",
            ],
            firms=[f("Phuc Thinh Construction and Engineering", "Co. Ltd."), f("Ajinomoto"), f("YKK")],
            events=[],
        ),
    ]
    # --- English: a trade bulletin on a Japanese spiral-pipe plant and its recalled purchase (S19 r1) ---
    rows += [
        h(
            n(),
            "Kawana's First Overseas Pipe Pile Mill Starts Up in Vietnam\n\nCommercial output has begun at K-Spiral Steel Pipe, the spiral-welded pipe and sheet pile plant Kawana Steel runs in Vietnam, its first construction-steel plant outside Japan.",
            "2011-03-04",
            "ministry",
            [
                E,
                "trade_bulletin",
                "headline_lead",
                "inauguration_no_capital",
                "operator_party",
                "venture_company_mention",
                "possessive_firm",
                "country",
                "multiline",
            ],
            firms=[f("Kawana"), f("K-Spiral Steel Pipe"), f("Kawana Steel")],
            locations=[country("Japan")],
            events=[ev("inauguration", [F("Kawana Steel")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Local officials joined the heads of the other two owners, Nishida Tube's president Takeshi Mori and Sanwa Trading's president Kenji Ota, at Wednesday's opening in Ho Chi Minh City.",
            "2011-03-04",
            "ministry",
            [E, "trade_bulletin", "attendees_no_parties", "possessive_role", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Nishida Tube"), f("Sanwa Trading")],
            persons=[
                per("Takeshi Mori", "Nishida Tube's president"),
                per("Kenji Ota", "Sanwa Trading's president"),
            ],
            events=[],
        ),
        h(
            n(),
            "Bought for around 1.1 billion yen under a December 2010 agreement among the three, the plant had been built by a Korean pipe maker in 1996; Kawana Steel now owns 40%, Nishida Tube 35% and Sanwa Trading 25%.",
            "2011-03-04",
            "ministry",
            [
                E,
                "trade_bulletin",
                "recalled_purchase",
                "passive",
                "buyers_named_after",
                "consortium_one_deal",
                "deal_no_event",
                "yen",
                "approx",
                "adjective_no_country",
                "percentage",
            ],
            firms=[f("Kawana Steel"), f("Nishida Tube"), f("Sanwa Trading")],
            money=[m(1.1 * B, "JPY", approx=True)],
            percentages=[40, 35, 25],
            deals=[deal("investment", ["Kawana Steel", "Nishida Tube", "Sanwa Trading"], 1.1 * B)],
            events=[],
        ),
    ]
    # --- English: a trade-news site on the Long An pipe plant's start (S19 r2) ---
    rows += [
        h(
            n(),
            " date 2026-03-06 Full production is under way at Dai Tin Group's new steel pipe plant in the south now that the Vietnamese pipe maker has finished installing its equipment.",
            "2026-03-06",
            "ministry",
            [
                E,
                "page_date_chrome",
                "inauguration_no_capital",
                "adjective_no_country",
                "region_no_location",
                "no_site",
            ],
            firms=[f("Dai Tin Group")],
            events=[ev("inauguration", [F("Dai Tin Group")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Nearly 900 people will work at the Long An province site, which cost VND 2.15 trillion ($82.4 million), went up in two phases (the first done in November 2025) and can turn out 380,000 mt a year.",
            "2026-03-06",
            "ministry",
            [
                E,
                "plant_details_no_firm",
                "capacity_no_count",
                "bracketed_conversion",
                "count",
                "approx",
                "no_event",
            ],
            money=[m(2150 * B, "VND"), m(82.4 * M, "USD")],
            provinces=[pv("Long An")],
            quantities=[c(900, "people", True)],
            events=[],
        ),
        h(
            n(),
            "Dai Tin's pipe output should near 1.1 million mt a year at full capacity, with its home-market share rising to 29.4 percent.",
            "2026-03-06",
            "ministry",
            [E, "possessive_firm", "tonnage_no_count", "percentage", "no_event"],
            firms=[f("Dai Tin")],
            percentages=[29.4],
            events=[],
        ),
    ]
    # --- English: a wire story on a Japanese steelmaker's planned pipe-pile plant (S19 r3) ---
    rows += [
        h(
            n(),
            "Japan's third-biggest steelmaker, Tokai Steel Corp (5412.T: Quote), plans to make steel pipe piles and sheet piles in Vietnam, betting on Asia's infrastructure build-out, it said on Tuesday.",
            "2010-09-28",
            "ministry",
            [
                E,
                "wire_copy",
                "announced_investment",
                "plans_to",
                "no_amount",
                "ticker_nothing",
                "corp_in_name",
                "country_possessive",
            ],
            firms=[f("Tokai Steel Corp")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Tokai Steel Corp"])],
            events=[ev("investment_announcement", [F("Tokai Steel Corp")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Output of 4,500 tonnes a month is due from June 2011 at the plant near Ho Chi Minh City, Tokai's first construction-steel base abroad, Masato Kuroda, a director at Tokai, told reporters.",
            "2010-09-28",
            "ministry",
            [E, "wire_copy", "person_role_after", "possessive_firm", "capacity_no_count", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Tokai")],
            persons=[per("Masato Kuroda", "director at Tokai")],
            events=[],
        ),
        h(
            n(),
            "Four Japanese trading houses will share 30 percent of the venture, state-owned Vietnam Steel Corp 15 percent and Tokai the other 55 percent.",
            "2010-09-28",
            "ministry",
            [
                E,
                "wire_copy",
                "shareholding_no_deal",
                "corp_in_name",
                "count_in_words",
                "percentage",
                "no_event",
            ],
            firms=[f("Vietnam Steel Corp"), f("Tokai")],
            percentages=[30, 15, 55],
            events=[],
        ),
        h(
            n(),
            "Its sheet piles, 36 metres long, went into a bridge in South Korea last year, 14,000 tonnes in all. – Reuters\nTags: Tokai Steel, Vietnam steel industry",
            "2010-09-28",
            "ministry",
            [
                E,
                "wire_copy",
                "agency_credit_nothing",
                "tag_line_firm",
                "tonnage_no_count",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("South Korea")],
            firms=[f("Tokai Steel")],
            events=[],
        ),
    ]
    # --- English: a pipe seller's news page relaying an association seminar (S19 r4) ---
    rows += [
        h(
            n(),
            "[Back]Home > News > Industry News\n\nVietnam pipe industry has room to grow\nDate:2016-11-15      View(s):2214      Tag: steel pipe,API line pipe manufacturer",
            "2016-11-15",
            "ministry",
            [E, "breadcrumb", "page_chrome", "counters_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Viet Nam uses 205kg of steel per person, short of the world's 219kg, Dr Pham Van Hoa, vice chairman of the Viet Nam Steel Association, told a seminar in HCM City on Monday.",
            "2016-11-15",
            "ministry",
            [E, "person_role_after", "title_no_role", "weight_no_count", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            persons=[per("Pham Van Hoa", "vice chairman of the Viet Nam Steel Association")],
            organizations=["Viet Nam Steel Association"],
            events=[],
        ),
    ]
    # --- English: a water utility's pipe award to a Chinese supplier, not yet signed, later dropped (S20 r1-r3) ---
    rows += [
        h(
            n(),
            "Hanoi water firm holds off signing with Chinese pipe maker\n\nMar 29th at 13:56\n29-03-2016 13:56:39+07:00",
            "2016-03-29",
            "ministry",
            [
                E,
                "headline_timestamp",
                "negated",
                "city_province",
                "adjective_no_country",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Talks with Zhenxing Ductile Pipe Co. Ltd. on pipes for phase II of the Song Hong water main are still going on, said Pham Duc Thang, general director of Song Hong Water, on Monday.",
            "2016-03-29",
            "ministry",
            [
                E,
                "negotiation_no_event",
                "person_role_after",
                "project_name_nothing",
                "foreign_legal_form",
                "no_event",
            ],
            firms=[f("Zhenxing Ductile Pipe", "Co. Ltd."), f("Song Hong Water")],
            persons=[per("Pham Duc Thang", "general director of Song Hong Water")],
            events=[],
        ),
        h(
            n(),
            "Zhenxing had been named last week as winner of the VND562 billion (US$25.1 million) contract to supply ductile iron pipes for the 24-km line, Song Hong Water said.",
            "2016-03-29",
            "ministry",
            [
                E,
                "supply_contract_awarded",
                "seller_first",
                "passive",
                "bracketed_conversion",
                "short_name",
                "distance_no_count",
            ],
            firms=[f("Zhenxing"), f("Song Hong Water")],
            money=[m(562 * B, "VND"), m(25.1 * M, "USD")],
            deals=[deal("supply_contract", ["Zhenxing", "Song Hong Water"], 562 * B)],
            events=[
                ev("supply_contract", [F("Zhenxing"), F("Song Hong Water")], 562 * B, "VND", None, "signed")
            ],
        ),
        h(
            n(),
            "Song Hong Water was called before the Hanoi Department of Construction on Monday to explain its choice of a bidder nearly 11 percent below the estimate.",
            "2016-03-29",
            "ministry",
            [E, "province_in_org_name", "percentage", "no_event"],
            organizations=["Hanoi Department of Construction"],
            provinces=[pv("Hà Nội")],
            firms=[f("Song Hong Water")],
            percentages=[11],
            events=[],
        ),
        h(
            n(),
            "Chinese pipe deal scrapped for Hanoi water main\n\nRepair crews at one of the main's many ruptures. Photo: Bao Ngoc Repair crews at one of the main's many ruptures. Photo: Bao Ngoc",
            "2016-05-04",
            "ministry",
            [
                E,
                "headline_caption",
                "cancelled_no_event",
                "city_province",
                "photo_credit_person",
                "repeated_caption",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            persons=[per("Bao Ngoc", None)],
            events=[],
        ),
        h(
            n(),
            "Song Hong Water, a unit of state builder Vicoma, said in a statement it would no longer buy ductile iron pipes from Zhenxing Pipes International.",
            "2016-05-04",
            "ministry",
            [E, "cancelled_no_event", "negated", "parent_and_unit", "no_event"],
            firms=[f("Song Hong Water"), f("Vicoma"), f("Zhenxing Pipes International")],
            events=[],
        ),
        h(
            n(),
            "Nearly 180,000 Hanoi households are to get water from the $51.2 million replacement line; the $66 million pipe it replaces has ruptured 16 times since 2013.",
            "2016-05-04",
            "ministry",
            [E, "project_cost_no_firm", "count", "approx", "times_no_count", "distance_no_count", "no_event"],
            money=[m(51.2 * M, "USD"), m(66 * M, "USD")],
            provinces=[pv("Hà Nội")],
            quantities=[c(180000, "households", True)],
            events=[],
        ),
    ]
    # --- English: an installer's progress at a petrochemical complex (S20 r4) ---
    rows += [
        h(
            n(),
            " date 2021-03-14 Somaco, which holds three installation packages at the 5.4 billion USD Long Son petrochemical complex, expects pipes and electrics to be in by October 2021, said Tran Hai Nam, director of its Long Son project board. Source: VNA",
            "2021-03-14",
            "ministry",
            [
                E,
                "page_date_chrome",
                "person_role_after",
                "firm_first",
                "packages_no_owner_no_deal",
                "count_in_words",
                "agency_credit_nothing",
                "no_event",
            ],
            money=[m(5.4 * B, "USD")],
            persons=[per("Tran Hai Nam", "director of its Long Son project board")],
            firms=[f("Somaco")],
            events=[],
        ),
    ]
    return rows
