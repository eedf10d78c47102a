# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 160 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: forging, heat treatment, welding consumables and metal parts for home
appliances. Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code,
data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy rèn dập nóng chi tiết kim loại
khu công nghiệp đầu tư", S2 "nhiệt luyện tôi ram xử lý nhiệt dịch vụ doanh nghiệp cơ khí", S3 "que hàn dây hàn nhà
máy sản xuất vật liệu hàn Việt Nam", S4 "linh kiện kim loại đồ gia dụng nhà máy sản xuất khu công nghiệp", S5 "dập vỏ
máy giặt tủ lạnh linh kiện kim loại nhà cung cấp nội địa", S6 "khánh thành nhà máy vật liệu hàn dây hàn lõi thuốc",
S7 "trao giấy chứng nhận đầu tư dự án rèn thép xử lý nhiệt khu công nghiệp", S8 "lò nhiệt luyện chân không thiết bị xử
lý nhiệt nhà máy", S9 "doanh nghiệp Nhật Bản linh kiện điện gia dụng Việt Nam nhà máy vốn đầu tư", S10 "hợp đồng cung
cấp linh kiện kim loại cho hãng điện tử gia dụng", S11 "nồi cơm điện quạt điện linh kiện sản xuất trong nước tỷ lệ
nội địa hóa", S12 "que hàn Việt Đức Kim Tín thị trường vật liệu hàn doanh nghiệp", S13 "khởi công nhà máy rèn phôi
thép chi tiết máy vốn đầu tư", S14 "xử lý bề mặt mạ nhiệt luyện công nghiệp hỗ trợ cơ khí doanh nghiệp", S15 "tăng vốn
dự án sản xuất linh kiện điện gia dụng khu công nghiệp điều chỉnh", S16 "thép không gỉ dập sâu đồ gia dụng nồi chảo
xuất khẩu doanh nghiệp", and in English S17 "Vietnam forging plant investment industrial park", S18 "welding
consumables welding wire factory Vietnam", S19 "home appliance components supplier Vietnam factory metal parts", S20
"heat treatment company Vietnam investment Japanese plant". No sentence is taken or paraphrased from a page; the shapes
are. Firm, plant, site, park-developer and person names are invented (Cơ khí Chính xác Tân Đạt / Tân Đạt / Tan Dat
Precision Engineering, Luật Nguyên Khang, Cơ khí Phúc Thịnh, Kameda Seiki, Hanazono Denki, Thiên Phong, Que hàn Nam
Việt, Kawabe Kinzoku / Kawabe, Matsuba Netsushori, Thepviet.net, Perdana Forge, Máy và Thiết bị Công nghiệp Miền
Trung, Tôn Thép Phú Hưng / Phú Hưng, Kaiyuan, Halvorsen Home Appliances / Halvorsen, Sakuraya Electric, Hiep Phat
Metal, Tien Phat Wire, Daewon Forging and Daewon Precision, Kenmore Thermal Processing Bac Ninh, Phu Cu Land, Rhenwerk
Schmiede / Rhenwerk, Nakagawa Thermal / Nakagawa, Härtewerk Lenz, Hebei Hongda Welding Materials, Tangshan Hongda
Welding, every official, researcher, manager, student, lecturer and chief executive); well-known names (Bosch, Juki,
JSW, METI, JETRO, Reuters, Nikkei, the ministries and agencies, Trường Đại học Bách khoa Hà Nội, the parks Tân Phú
Trung, Thăng Long Vĩnh Phúc, Nội Bài, Hoàng Mai I, Đồng Văn III, VSIP Bac Ninh, Que Vo and the Saigon Hi-Tech Park)
appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; the index answered this theme mostly with keyword spam, gambling lines,
one supporting-industry analysis and one machine-translated steel glossary over and over; S3, S5, S6, S12 and S16 gave
no article at all in their first four): 24 slots were spam (Polish, Dutch and Italian keyword salads on iron ore,
crushers, ferro-silicon and silico-manganese slugs, one with a rand figure and a country; "kuwin" gambling lines); 12
were tag, keyword and title pages (a "nguyên vật liệu sản xuất" tag three times, a dishwasher-salt product slug, a
detergent-formula keyword page with an unaccented tail, a broadcaster's "thỏa thuận mua sắm" tag, a logistics tag with a
snippet on choosing suppliers, a PVD-plating explainer title, a law tag, an unaccented business tag, a steel vendor's
pipe-grade tag, a news tag on skimped rebar); 17 were explainers, glossaries, theses and document stores (a
heat-treatment methods explainer three times, a heat-treater's tempering guide, a machine-translated steel glossary
five times, a PVC-welding explainer, a consultancy's steps for building in a park, a document store's feasibility study
for a stainless-melting plant with its cover and broken font, a thesis on Japanese FDI in the North with OCR garble and a
flattened table, a thesis on contract pricing, an internship report at an electrical-equipment firm, a student
discussion paper's cover); 11 were Vietnamese news and features (a precision-engineering firm's sintered-parts plant
groundbreaking in TP.HCM with the city department director's credit-limit quote and a "{keywords}" artefact; the
supporting-industry analysis three times; an interview on "Made in" and "Made by" with Q&A labels; a portal's copy of
a Japanese daily on a Japanese parts maker's new plant with its recalled plants; a company site's repost on Japanese
firms leaving China; a consumer report on Vietnamese-brand appliances made in China; a steel site's repost of a wire
story on a joint steel complex breaking ground; a licence for a coated-steel plant with a recalled groundbreaking,
caption and related quote headlines; a business weekly's FDI feature with related links); 1 was French (a news
agency's page on a Taiwanese group's plant plan told at a working session), rendered here in Vietnamese; 15 were
English (an investment portal on FDI firms expanding in the North, an industrial-property site on Hung Yen's parks, a
steel site on a German firm's plan for a central province with its article chrome, three Chinese welding-wire vendor
blogs and a patent page, a news agency's copy on a supplier fair and an appliance maker's supplier hunt on a mirror
domain, a city paper's 2014 piece on local part makers, a securities site on a supplier workshop and planned plant, a
national site's English page on Covid-era orders, a heat-treating magazine on a Japanese group's spending plan and a
recalled takeover, and a Japanese sourcing magazine's three-part series on Vietnam's heat- and surface-treatment
trade). About 13 of the 80 slots told a deal or an event with a named party (the groundbreaking, the announced plant
with its recalled plants, the relocation list, the thesis's recalled investments, the joint groundbreaking, the
licence with its recalled groundbreaking, the Taiwanese plan, the Korean workshop top-up and a heat-treater's plan,
the German plan, the recalled investment and planned opening at the fair, the planned plant after the workshop, the
Japanese spending plan with its recalled takeover). No supply contract, no welding-consumables plant and no licence
round came up in any first four (S6 and S12 returned only spam, S10 a thesis, tags and an internship report, S15 a
feature, tags and the analysis), so the batch has no supply contract and only one licence.

Rows: 160 (hand-52001 to hand-52160); 19 carry a deal or an event (11.9%): 13 events (9 investment announcements, 2
groundbreakings, 1 investment licence, 1 inauguration announced) and 19 `deals` entries in 18 rows (16 investment, 3
groundbreaking); 6 rows hold only deals (52053 a thesis's two recalled investments, 52086 a recalled spend, 52087 a
recalled first plant, 52109 a recalled groundbreaking, 52121 a recalled investment, 52151 a recalled takeover) and 1 an
event without a deal (52123 a planned opening); 12 hold both. 141 rows are negatives and other fields (76 with no field
at all). By page kind: 18 rows of spam (52001-52018; 0 with a deal or event), 16 of tag, keyword, slug and title pages
(52019-52034; 0), 25 of explainers, glossaries, a consultancy, document stores, theses, an internship report and a
student cover (52035-52059; 1), 57 of Vietnamese news, features and an interview (52060-52116; 8), 3 of the French page
rendered in Vietnamese (52117-52119; 1) and 41 of English copy (52120-52160; 9); 41 rows are `english_copy` (25.6%). 10
rows are stored in NFD (hand-52033, 52044, 52063, 52072, 52080, 52083, 52099, 52104, 52110, 52114); 6 use old tone
placement (52008 "điều hoà", 52024 "thoả thuận", 52036 "thường hoá", 52073 "tuỳ", 52100 "hàng hoá", 52107 "Thanh
Hoá"); 20 hold several lines (headlines and leads, page chrome, document covers, a flattened table, a subheading,
related links, glossary chrome, a template artefact, patent label lines).

Own wording: every row was drafted in its own order and wording (object-first, amount-first, place-first, quote-first
with the speaker last, passive), with changed figures, names, dates and places; on review against the notes taken from
the sampled pages, about 70 first drafts that still kept a page's run of facts, its clause order, its opening words or a
quote's gist were rewritten from scratch (among them the groundbreaking firm's profile, technology and uses, the credit
quote and park line; the analysis's GDP comparison, scope and import lines; the interview's lead, question and answer;
the Japanese plant's lead, schedule, revenue target, recalled plants and forecast; the relocation repost's counts and
subsidy line; every line of the consumer report; the joint groundbreaking and its share and phase lines; the licence's
plant line, caption and founding line; the FDI feature's lead and statistics; the French page's lines; the explainers'
definitions, bullet, vendor guide and glossary lines; the consultancy's steps and series line; the thesis lines, table
and thanks; and in English the fair lead, the appliance group's suppliers and local-content quote, the workshop and
planned plant, the part makers' complaint, the Covid orders, the Korean workshop top-up, the parent's plan and the
heat-treater's expansion, the province's record and park handover, the German plan and its meeting, the Japanese
spending plan and takeover, every line of the sourcing magazine and the vendor blogs); the spam and tag lines were
reworded so that none repeats a sampled slug. Five rows first drafted in shapes seen only at ranks 5-8 were replaced: a
ferro-silicon table slug (S16 r7), a lottery line (S5 r6) and a "tập đoàn" numerology line (S12 r5), a hashtag page
(S10 r5) and a price-list title with no counterpart in any first four. Nothing else was used from ranks 5-8, among them:
a Hà Tĩnh engineering plant's groundbreaking (S1 r7), an iron-sponge plant's relocation approval (S7 r8), a rail-steel
plant's groundbreaking told twice, a steel-project feature and a stainless-steel consortium's investment approval (S13
r5-r8), a Hải Phòng licence adjustment for an appliance-parts maker (S15 r7), an anti-dumping duty on welding materials
(S18 r5), supplier-localisation pieces (S19 r5-r8), and a Japanese machine-plant opening, a relocation interview, a
medical-device top-up and a JETRO feature (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started", dated only when the day is
written; a recalled groundbreaking with its capital is a groundbreaking deal with amount and province and no event; a
named firm's plan, planned plant or planned groundbreaking is an investment deal and an investment_announcement
"announced"; a planned opening without capital is an inauguration "announced" with no deal; a passive licence naming the
authority is an investment_licence with the government party as written, dated with the licence day; recalled plants,
spends, investments and takeovers are deals without events (an acquisition's deal is the buyer's investment); a joint
groundbreaking of two firms is ONE deal of both and one event; document investor lines ("CHỦ ĐẦU TƯ : ..."), customers
without a contract word, trial orders and quote requests from unnamed buyers, fairs, workshops, working sessions of an
unnamed group, credit limits, planned parks, subsidies, revenue targets, forecasts, exports and statistics give no deal;
vague amounts are none; "khoảng", "chừng", "hơn", "about", "around", "roughly", "more than", "nearly" are approximate;
bracketed conversions are both money, the deal taking the one written first; yen are JPY, rand ZAR; money "mỗi năm"
keeps its unit; capacities, voltages, dimensions, temperatures, durations, ordinals, fractions, multipliers, page
counts, file sizes, view counters, counts in words and counts without a noun are no counts, English counts keep their
English noun; m2, sq.m and ha are areas in ha; Vietnamese legal forms are normalised, foreign ones kept as written
("Co. Ltd", "Co., Ltd", "Co., Ltd.", "Co Ltd", "Ltd", "GmbH", "Co."), "Vietnam" and a trailing "Vina" dropped from a
foreign subsidiary's name, a province inside a firm's name no mention, inside a park's or an organisation's a mention;
a bare headline or short name and a full name with different canonical names are two entries; caps names take title
case; a site brand is a firm; an acronym alone (METI, JETRO) is an organisation, in brackets after a name no second
entry; Vietnamese country words and adjectives ("hãng Nhật", "phía Malaysia", "hãng Đức") and English country nouns and
possessives are countries, English adjectives ("Korean", "Dutch", "German", "Japanese-owned") nothing, "Việt
Nam"/"Vietnam" none, a country inside an organisation's name none; parks written in Vietnamese are locations, English
parks and zones none; districts need "huyện"/"thị xã" (Gò Vấp, Thủ Đức alone nothing); foreign provinces and cities
(Quảng Đông, Quảng Châu, Duesseldorf, Hebei) nothing; outlet, agency and photo credits ("(KTSG Online)", "Reuters đưa
tin", "theo Nikkei", "-TTXVN", "(TTVH)", "VNS/VNA", "Ảnh: Tư liệu") nothing; "TS.", "ThS" and "cô giáo" give no role, a
Q&A label with a name is a person without role, a surname alone ("ông Huy", "Park said") none; roles as written; old
tone placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- The groundbreaking told headline-first with its capital ("Cơ khí Chính xác Tân Đạt động thổ nhà máy 176 tỷ đồng" +
  "Sáng 14/9, Công ty CP ... khởi công ... tại KCN Tân Phú Trung (huyện Củ Chi, TP.HCM)", 52060) is one groundbreaking
  deal dated 2021-09-14 and one event "started" with the headline's amount; the caption with only "doanh nghiệp" and a
  "{keywords}" artefact (52065) gives nothing; "Tân Đạt cho biết đã nhận đơn làm thử từ hai hãng quạt ..." (52068) no
  deal (trial orders, buyers unnamed); imported furnaces and presses (52062) no deal, the countries only.
- The Japanese plant told object-first ("Một nhà máy ... sẽ mọc lên ở KCN Thăng Long Vĩnh Phúc với 32 tỷ yên (khoảng 210
  triệu USD) từ Kawabe Kinzoku (Nhật Bản), theo Nikkei", 52082) is an announced investment in JPY sited in Vĩnh Phúc (now
  Phú Thọ) through the park's name; the headline "Hãng Nhật chi 32 tỷ yên ... gần Hà Nội" (52081) names no firm: money,
  the country and a mention of Hà Nội; "nhà máy trục khuỷu ở Hưng Yên mà Kawabe rót 45 tỷ yên hồi tháng 8/2025" (52086)
  a recalled spend of the short name (a second firm entry), no date (month only); "Ba nhà máy Kawabe Kinzoku ..., cũ nhất
  là xưởng dập tại KCN Nội Bài (Hà Nội) dựng năm 2007" (52087) a recalled first plant without amount, sited in Hà Nội,
  "Ba nhà máy" a count in words; the revenue target "khoảng 24 tỷ yên doanh thu mỗi năm" (52085) JPY per year,
  approximate, no deal.
- A relocation list's named firm with a plan ("Matsuba Netsushori: hãng ... dự tính mở xưởng ở Việt Nam và cả Campuchia",
  52093) is an announced investment without site; "72 tỷ yên ... là khoản METI dành cho 91 công ty ...; chỉ 33 trong số
  đó chọn Đông Nam Á" (52091) gives money, METI, one count and China, "33 trong số đó" no count.
- A joint groundbreaking told object-first and passive with an agency credit last ("Một tổ hợp rèn và đúc phôi 1,2 tỷ USD
  trên 420 ha ở tỉnh Quảng Ngãi đã được Tập đoàn Perdana Forge (Malaysia) cùng Tổng công ty ... khởi công, Reuters đưa
  tin", 52103) is ONE groundbreaking deal of both and one event with both firms, undated; the shares line "Phía Malaysia
  nắm 70% vốn liên doanh" (52104) is a percentage and a country, no deal.
- The licence told amount-first ("Hơn 1.850 tỷ đồng là vốn của nhà máy ... mà Tập đoàn Tôn Thép Phú Hưng vừa được Ban
  Quản lý Khu kinh tế Nghi Sơn và các KCN Thanh Hóa cấp giấy chứng nhận đăng ký đầu tư sáng 9/11", 52106) is a licence
  event with the authority as written and a deal dated 2016-11-09 sited in Thanh Hóa (the province in the authority's
  name); "nhà máy cán nguội 32 ha của tập đoàn ở KCN Hoàng Mai I (Nghệ An), vốn 4.800 tỷ đồng, đã động thổ từ tháng
  4/2015" after "Phú Hưng" (52109) a recalled groundbreaking deal with amount and province, no event, no date; the
  caption's "nhà máy Phú Hưng ở Bình Dương" (52108) an existing plant, no deal; "cảng Nghi Sơn (Thanh Hoá)" (52107) a
  province mention, the port nothing.
- The French page rendered: "Khoảng 18 ha trong KCN Đồng Văn III (thị xã Duy Tiên) là phần đất ông Lin Cheng-hao muốn
  tập đoàn thuê ..." (52117) names no group: area, park, district, province and a person without role; "Tập đoàn Kaiyuan
  (Đài Loan, Trung Quốc) ...; xưởng rèn ở Hà Nam sẽ là bước đầu của họ tại Việt Nam" (52118) an announced investment
  sited in Hà Nam (now Ninh Bình), both countries; "110 kV" no count.
- A thesis line with two recalled investments in OCR garble ("Kameda Seiki đã đẩu tư hơn 96 triệu USD tại Vĩnh Phúc ...;
  Công ty Hanazono Denki thì rót 140 triệu USD vào xưởng ... ở Hà Nội", 52053, the line broken mid-phrase) gives two
  investment deals without events, each with its amount and province; a feasibility study's caps cover with broken font
  ("CHỦ ĐẦU TƢ : CÔNG TY TNHH CƠ KHÍ PHÚC THỊNH", 52050) the firm in title case and Long An, no deal.
- English recalled and planned deals: "Halvorsen Home Appliances Co. Ltd alone needs 150 local vendors for the 420
  million USD complex it built at the Saigon Hi-Tech Park" (52121) is a recalled investment without site (an English
  park names no province); "Rice cookers and fans will roll off a fifth Sakuraya Electric plant in Viet Nam from around
  August" (52123) an inauguration "announced" without deal; "Construction of Halvorsen's biggest Vietnamese plant is due
  to start at the park by October" (52130) an announced investment without site, "Binh Duong" (the group's older sheds)
  a mention; "About US$6 million will go into a second forging workshop on Daewon Forging Vina Co., Ltd.'s 4.5ha site at
  Que Vo Industrial Park in northern Bac Ninh province" (52138) an announced investment sited in Bắc Ninh, "Vina" dropped;
  "Kenmore Thermal Processing Bac Ninh Ltd, a heat-treating shop at VSIP Bac Ninh, is adding vacuum furnaces ..." (52141)
  an announced investment without amount, sited by the park's name (the province inside the firm's name no mention); "A
  sister company, Daewon Precision, may follow with a machining shop in Hai Duong" (52140) no deal (a possibility).
- The German plan: the headline "Rhenwerk Schmiede plans EUR 1.2bn forging complex in Vietnam" (52145) an announced
  investment in EUR without site; the lead told place-first ("A forged-steel and heat-treatment complex in Thanh Hoa is
  where Rhenwerk Schmiede GmbH ... wants to spend EUR 1.2bn (USD 1.3bn)", 52146) the same, sited in Thanh Hóa; the meeting
  line (52147) gives "Thanh Hoa chairman" and "Rhenwerk's chief executive" as roles, the possessive short name a firm,
  "Germany" a country; the article chrome "Next articleUS sets final duties ..." (52148) gives "US" as a country.
- The Japanese heat treater: the headline without a name (52149) money only; "Plants in Vietnam and India are part of a
  roughly $75 million, four-year push by Japan's Nakagawa Thermal Co. ..." (52150) an announced investment without site
  (plants abroad and in an unnamed Vietnamese place); "Its biggest earlier move abroad was the 2014 takeover of Härtewerk
  Lenz ...; Nakagawa now runs 38 treatment sites in 16 countries" (52151) a recalled acquisition, the buyer's investment
  deal without event, read through "Its" to the name in the same row.
- Organisations: "HCM City Supporting Industry Development Centre" and "Saigon Hi-Tech Park Management Board" as written
  (the province inside the first a mention); "an industry ministry official", "the provincial industrial zones
  authority" and a lower-case "ban quản lý KCN" in an explainer are no organisation; "Viện Nghiên cứu Công nghiệp Hàn
  Quốc (KIET)" one organisation without country; a student cover's caps "TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI / VIỆN CƠ KHÍ"
  two organisations in title case and a mention of Hà Nội; "Sở Kế hoạch và Đầu tư Bình Dương" an organisation and a
  mention.
- Patent and vendor pages: the label block "Current Assignee / Hebei Hongda Welding Materials Co Ltd / Original
  Assignee / Tangshan Hongda Welding Co Ltd / Authority / CN / China" (52160) gives two firms with "Co Ltd" and China, the
  code "CN" nothing; vendor titles with wire sizes and spool weights ("1.2mm", "15kg") nothing; "tens of thousands of
  tons" nothing.
- Spam with a currency word ("dự án xưởng rèn 30 tỷ zar hợp tác Ấn Độ ...", 52011) gives ZAR money and the country, as
  batch 135 did; "kuwin tập đoàn thép lớn nhất việt nam" (52017) no firm; steel grades ("C45", "aisi 304 hay 430",
  "E308L-16") nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, deal, district, ev, f, ha, park, per


def hand_sentences_160(
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
    VP = cur("Vĩnh Phúc")
    HY = cur("Hưng Yên")
    QNg = cur("Quảng Ngãi")
    TH = cur("Thanh Hóa")
    NA = cur("Nghệ An")
    HNam = cur("Hà Nam")
    BN = cur("Bắc Ninh")

    ids = iter(range(52001, 52400))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam domains and gambling lines (S1 r1-r3, S3 r2-r4, S4 r3-r4, S5 r2-r3, S6 r2-r4, S7 r1, S7 r3, S8 r1,
    # S12 r1-r4, S13 r1, S13 r3, S16 r2, S16 r4; with the tags, the sample's most common kind) ---
    rows += [
        h(
            n(),
            "xưởng luyện phôi rèn mini cần bao nhiêu vốn",
            "2023-03-14",
            "ministry",
            ["spam_domain_salad", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "lò cảm ứng cho xưởng rèn khuôn bảng chi phí đầu tư",
            "2023-03-14",
            "ministry",
            ["spam_domain_salad", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy trình sản xuất ferro mangan cho lõi que hàn tải tài liệu pdf",
            "2022-07-17",
            "ministry",
            ["spam_slug", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bảng tra khối lượng thép hình kết quả bóng đá đêm qua",
            "2024-10-02",
            "ministry",
            ["gambling_spam", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thuốc bọc que hàn nguyên liệu dạng hạt đá vôi thạch anh fenspat",
            "2021-06-24",
            "ministry",
            ["spam_domain_salad", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mua silic mangan hạt tinh chế từ nhà sản xuất giá rẻ",
            "2022-07-17",
            "ministry",
            ["spam_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin máy hàn cũ thanh lý soi cầu lô đẹp hôm nay",
            "2024-11-19",
            "ministry",
            ["gambling_spam", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin máy điều hoà cũ bảng xếp hạng ngoại hạng anh soi kèo",
            "2024-11-19",
            "ministry",
            ["gambling_spam", "old_tone", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ferro crom hệ số giãn nở thấp báo giá theo kg 2021",
            "2021-12-20",
            "ministry",
            ["spam_slug", "lowercase", "year_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin thép tròn đặc giá rẻ tin chuyển nhượng mới nhất",
            "2024-08-30",
            "ministry",
            ["gambling_spam", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dự án xưởng rèn 30 tỷ zar hợp tác Ấn Độ lãi vay trong thời gian xây dựng",
            "2022-01-05",
            "ministry",
            ["spam_domain_salad", "lowercase", "currency_word_zar", "country_in_spam"],
            money=[m(30 * B, "ZAR")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "thuốc hàn canxi silic mã hs và tỷ trọng",
            "2021-06-07",
            "ministry",
            ["spam_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin que hàn inox giá sỉ dự đoán xổ số miền nam",
            "2024-09-11",
            "ministry",
            ["gambling_spam", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin lịch thi đấu giá thép phế liệu hôm nay xsmn",
            "2024-09-11",
            "ministry",
            ["gambling_spam", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "aisi 304 hay 430 cho lòng nồi cơm thép không gỉ báo giá",
            "2019-12-05",
            "ministry",
            ["spam_slug", "lowercase", "steel_grade_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dự án nhà máy tuyển quặng mangan nhỏ chi phí bao nhiêu",
            "2023-03-14",
            "ministry",
            ["spam_domain_salad", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tập đoàn thép lớn nhất việt nam tra cứu vé số",
            "2024-09-11",
            "ministry",
            ["gambling_spam", "lowercase", "bare_group_word_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ferro titan cho que hàn rutil mã hs nhập khẩu",
            "2023-06-03",
            "ministry",
            ["spam_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, keyword, product-slug and title pages (S4 r1 = S6 r1 = S11 r1, S5 r1, S5 r4, S10 r2, S10 r4, S14 r1,
    # S15 r3, S15 r4, S16 r1, S16 r3) ---
    rows += [
        h(
            n(),
            "nguyên liệu làm que hàn",
            "2024-04-08",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "phôi thép rèn nhập khẩu",
            "2024-04-08",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "vật tư tiêu hao ngành hàn",
            "2024-04-08",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "viên tẩy cặn chuyên dùng cho lồng máy giặt cửa trước",
            "2023-11-27",
            "ministry",
            ["product_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công thức pha nước tẩy ố inox cho nồi chảo huong dan pha che tai nha",
            "2022-02-15",
            "ministry",
            ["keyword_page", "unaccented_tail", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thoả thuận khung mua sắm linh kiện",
            "2025-03-06",
            "ministry",
            ["tag_page", "old_tone", "lowercase", "agreement_word_no_parties", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngoài giá, tiến độ giao hàng đang là điều bên mua phụ tùng soi kỹ nhất ..",
            "2021-09-09",
            "ministry",
            ["tag_page", "snippet", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mạ PVD là gì? Vì sao vỏ bếp từ, tay nắm tủ lạnh chuộng lớp phủ này",
            "2024-06-19",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "luật đầu tư công sửa đổi 2024",
            "2024-12-10",
            "ministry",
            ["tag_page", "lowercase", "law_without_number_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nha may ren dap linh kien may giat tu lanh",
            "2025-01-21",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cơ tính thép C45 sau tôi cao tần",
            "2023-08-02",
            "ministry",
            ["tag_page", "lowercase", "steel_grade_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bớt xén que hàn ở công trình nhà xưởng",
            "2024-02-26",
            "provincial",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quat dien noi com dien san xuat trong nuoc",
            "2025-01-21",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thành phần hóa học que hàn inox E308L-16",
            "2024-03-04",
            "ministry",
            ["tag_page", "lowercase", "product_code_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ưu đãi thuế cho dự án sản xuất sản phẩm cơ khí trọng điểm",
            "2024-12-10",
            "ministry",
            ["nfd", "tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhiệt luyện chân không",
            "2023-08-02",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Explainers, vendor guides and machine-translated glossaries (S2 r1-r4, S3 r1, S8 r2-r4, S14 r2-r4) ---
    rows += [
        h(
            n(),
            "Các phương pháp nhiệt luyện thường gặp trong gia công cơ khí",
            "2022-05-12",
            "ministry",
            ["explainer_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ủ, thường hoá, tôi và ram là bốn cách nhiệt luyện cơ bản; mỗi cách cho thép một tổ hợp độ cứng và độ dẻo khác nhau.",
            "2022-05-12",
            "ministry",
            ["explainer", "old_tone", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "◾ Ứng dụng: phôi trục khuỷu máy nén sau khi rèn thường được đem thường hóa trước khi tiện.",
            "2022-05-12",
            "ministry",
            ["explainer", "bullet", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2. Tôi thép\nMuốn bánh răng cứng, thợ nhiệt luyện đưa nó lên quá Ac3 chừng 30–50°C rồi dìm ngay vào dầu.",
            "2022-05-12",
            "ministry",
            ["explainer", "numbered_heading", "temperature_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chỉ cần vênh 20 micron sau khi tôi, một lưỡi dao cắt tôn cho dây chuyền vỏ máy giặt có thể phải bỏ đi, kéo theo cả ngày dừng máy.",
            "2025-02-18",
            "ministry",
            ["vendor_guide", "dimension_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tôi – ram bánh răng: năm câu hỏi nên đặt cho xưởng nhiệt luyện trước khi ký đơn",
            "2025-02-18",
            "ministry",
            ["vendor_guide", "title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ram (Tempering): Cách giảm giòn cho thép sau khi tôi\nChia sẻ\nTable Of Content\nTable Of Content",
            "2024-07-30",
            "ministry",
            ["machine_translated_glossary", "page_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phun bi thường được dùng cho lò xo van máy nén để kéo dài tuổi thọ mỏi.",
            "2024-07-30",
            "ministry",
            ["machine_translated_glossary", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điểm chảy lỏng của thép và ý nghĩa với thợ hàn",
            "2024-07-30",
            "ministry",
            ["machine_translated_glossary", "title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lớp phủ phốt phát là một màng tinh thể mỏng giúp sơn tĩnh điện bám chắc hơn trên vỏ máy giặt.",
            "2024-07-30",
            "ministry",
            ["nfd", "machine_translated_glossary", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàn ống nhựa PVC khác hàn kim loại ở chỗ không cần que hàn thép, chỉ cần khí nóng và que nhựa cùng loại.",
            "2024-09-03",
            "ministry",
            ["explainer", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A consultancy's explainer and a document store's feasibility study (S7 r2, S7 r4) ---
    rows += [
        h(
            n(),
            "Nhiều nhà đầu tư rèn, đúc lần đầu vào KCN bất ngờ vì vẫn phải chờ ban quản lý KCN duyệt giấy phép xây dựng dù đã có IRC.",
            "2023-05-22",
            "ministry",
            ["consultancy_explainer", "lowercase_bare_unit_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "b. Xưởng có lò nhiệt luyện phải khai báo tải điện và nước làm mát với chủ đầu tư hạ tầng KCN trước khi đấu nối;",
            "2023-05-22",
            "ministry",
            ["consultancy_explainer", "lettered_item", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bài viết nằm trong loạt tư vấn thủ tục đầu tư của Công ty Luật Nguyên Khang; kỳ sau bàn về giấy phép môi trường cho xưởng mạ.",
            "2023-05-22",
            "ministry",
            ["consultancy_explainer", "no_event"],
            firms=[f("Luật Nguyên Khang", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Thuyết minh dự án đầu tư xưởng rèn khuôn và nhiệt luyện\n38 trang |\nChia sẻ: hoangvu88 | Lượt xem: 946 | Lượt tải: 3",
            "2019-10-08",
            "ministry",
            [
                "document_store",
                "page_count_nothing",
                "view_counter_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "DỰ ÁN ĐẦU TƢ\nXƢỞNG RÈN KHUÔN VÀ NHIỆT LUYỆN\nĐỊA ĐIỂM : LONG AN\nCHỦ ĐẦU TƢ : CÔNG TY TNHH CƠ KHÍ PHÚC THỊNH\nLong An, Tháng 5 năm 2013",
            "2019-10-08",
            "ministry",
            [
                "document_store",
                "broken_font",
                "caps",
                "document_investor_line_no_deal",
                "month_no_date",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Long An")],
            firms=[f("Cơ khí Phúc Thịnh", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Nhu cầu phôi rèn trong nước tăng bình quân 9%/năm giai đoạn 2008-2012, chủ yếu đến từ chế tạo máy, xe máy và đồ gia dụng.",
            "2019-10-08",
            "ministry",
            ["document_store", "percentage", "year_range_nothing", "no_event"],
            percentages=[9],
            events=[],
        ),
    ]
    # --- Document-store theses, an internship report and a student paper (S9 r1, S10 r1, S10 r3, S11 r3) ---
    rows += [
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu (9.41 MB, 96 trang). Tải bản đầy đủ tại đây",
            "2020-03-02",
            "ministry",
            ["document_store", "file_size_nothing", "page_count_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở khu vực phía Bác, tính đến năm 2008, Kameda Seiki đã đẩu tư hơn 96 triệu USD tại Vĩnh Phúc cho mảng chi tiết rèn xe máy; Công ty Hanazono Denki thì rót 140 triệu USD vào xưởng mô-tơ quạt\nđiện ở Hà Nội.",
            "2020-03-02",
            "ministry",
            [
                "thesis",
                "ocr_garble",
                "recalled_investment",
                "deal_no_event",
                "two_deals",
                "approx",
                "year_only_no_date",
                "multiline",
            ],
            provinces=[pv("Vĩnh Phúc"), pv("Hà Nội")],
            firms=[f("Kameda Seiki"), f("Hanazono Denki", "Công ty")],
            money=[m(96 * M, "USD", approx=True), m(140 * M, "USD")],
            deals=[
                deal("investment", ["Kameda Seiki"], 96 * M, VP),
                deal("investment", ["Hanazono Denki"], 140 * M, HN),
            ],
            events=[],
        ),
        h(
            n(),
            "Bảng 7: Số dự án FDI Nhật Bản theo tỉnh phía Bác, giai đoạn 2005 - 2008\nVĩnh Phúc\n41\n1.126",
            "2020-03-02",
            "ministry",
            [
                "thesis",
                "ocr_garble",
                "flattened_table",
                "bare_numbers_nothing",
                "year_range_nothing",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Vĩnh Phúc")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.doc) (58 trang)\n\nhoàn thiện quy trình chào giá dịch vụ nhiệt luyện tại Công ty Thiên Phong",
            "2018-04-16",
            "ministry",
            [
                "document_store",
                "thesis_title",
                "lowercase_start",
                "page_count_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Thiên Phong", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Luận văn tốt nghiệp Nguyễn Thu Trang – QTKD 47A",
            "2018-04-16",
            "ministry",
            ["thesis_author_line", "class_code_nothing", "no_event"],
            persons=[per("Nguyễn Thu Trang", None)],
            events=[],
        ),
        h(
            n(),
            "Em xin cảm ơn cô giáo ThS Đỗ Minh Ngọc đã hướng dẫn em suốt ba tháng thực tập ở Công ty Cổ phần Que hàn Nam Việt.",
            "2021-01-25",
            "ministry",
            ["internship_report", "title_no_role", "duration_no_count", "no_event"],
            persons=[per("Đỗ Minh Ngọc", None)],
            firms=[f("Que hàn Nam Việt", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Chương 1: Lịch sử hình thành Công ty Cổ phần Que hàn Nam Việt\nChương 2: Dây chuyền sản xuất que hàn E6013 và kiểm tra chất lượng",
            "2021-01-25",
            "ministry",
            ["internship_report", "table_of_contents", "multiline", "no_event"],
            firms=[f("Que hàn Nam Việt", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI\nVIỆN CƠ KHÍ\n————\nBÀI TẬP LỚN MÔN: VẬT LIỆU KỸ THUẬT\nĐề tài: Tiêu chuẩn TCVN về que hàn thép các bon và xu hướng vật liệu hàn mới",
            "2023-12-14",
            "ministry",
            [
                "student_paper_cover",
                "caps",
                "province_in_org_name",
                "standard_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Bách khoa Hà Nội", "Viện Cơ khí"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a precision-parts maker breaks ground on a forged and sintered parts plant in TP.HCM, a
    # national news site (S1 r4; its firm comes back in English at S19 r4) ---
    rows += [
        h(
            n(),
            "Cơ khí Chính xác Tân Đạt động thổ nhà máy 176 tỷ đồng\nSáng 14/9, Công ty CP Cơ khí Chính xác Tân Đạt khởi công nhà máy chi tiết rèn nóng và thiêu kết tại KCN Tân Phú Trung (huyện Củ Chi, TP.HCM).",
            "2021-09-15",
            "ministry",
            [
                "headline_lead",
                "groundbreaking",
                "headline_amount",
                "deal_date",
                "park",
                "district",
                "multiline",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Cơ khí Chính xác Tân Đạt", "Công ty CP")],
            money=[m(176 * B, "VND")],
            locations=[park("Khu công nghiệp Tân Phú Trung"), district("huyện Củ Chi")],
            deals=[deal("groundbreaking", ["Cơ khí Chính xác Tân Đạt"], 176 * B, HCM, "2021-09-14")],
            events=[ev("groundbreaking", [F("Cơ khí Chính xác Tân Đạt")], 176 * B, "VND", HCM, "started")],
        ),
        h(
            n(),
            "Từ một xưởng tiện ở Thủ Đức năm 1999, Tân Đạt nay có hơn 400 công nhân, làm bánh răng, trục và bạc cho quạt, máy bơm và máy xay.",
            "2021-09-15",
            "ministry",
            ["short_name", "place_without_unit_nothing", "count", "approx", "no_event"],
            firms=[f("Tân Đạt")],
            quantities=[c(400, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Lò thiêu kết liên tục của dự án nhập từ Nhật Bản, còn máy ép bột 300 tấn mua của một hãng Đức.",
            "2021-09-15",
            "ministry",
            ["equipment_purchase_no_deal", "capacity_no_count", "country_word", "no_event"],
            locations=[country("Nhật Bản"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm chính là bạc tự bôi trơn cho mô-tơ quạt và bánh răng cho máy xay sinh tố.",
            "2021-09-15",
            "ministry",
            ["nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch, bạc và bánh răng thiêu kết đầu tiên của xưởng sẽ tới tay khách hàng sau khoảng một năm thi công.",
            "2021-09-15",
            "ministry",
            ["schedule_no_firm", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "{keywords}\nLãnh đạo thành phố và doanh nghiệp bấm nút động thổ.",
            "2021-09-15",
            "ministry",
            ["template_artifact", "caption", "groundbreaking_no_firm", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hạn mức vay lãi suất ưu đãi cho một doanh nghiệp công nghiệp hỗ trợ nay là 150 tỷ đồng, thay vì 80 tỷ đồng như trước, ông Phan Quốc Huy, Giám đốc Sở Công Thương TP.HCM, cho biết.",
            "2021-09-15",
            "ministry",
            ["amount_first", "speaker_last", "role_after_name", "credit_programme_no_deal", "no_event"],
            persons=[per("Phan Quốc Huy", "Giám đốc Sở Công Thương TP.HCM")],
            organizations=["Sở Công Thương TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(150 * B, "VND"), m(80 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Một khu công nghiệp chuyên ngành rộng khoảng 380 ha cũng đã được thành phố bật đèn xanh, ông Huy nói thêm.",
            "2021-09-15",
            "ministry",
            ["planning_no_deal", "area", "approx", "surname_alone_no_person", "no_event"],
            areas=[ha(380, True)],
            events=[],
        ),
        h(
            n(),
            "Tân Đạt cho biết đã nhận đơn làm thử từ hai hãng quạt và máy xay trong nước.",
            "2021-09-15",
            "ministry",
            ["trial_order_unnamed_buyer_no_deal", "count_in_words", "no_event"],
            firms=[f("Tân Đạt")],
            events=[],
        ),
    ]
    # --- Vietnamese feature: a supporting-industry analysis with footnotes, a quality-control magazine (S4 r2 = S11 r2 =
    # S15 r2) ---
    rows += [
        h(
            n(),
            "Công nghiệp hỗ trợ cơ khí: nút thắt nằm ở khâu rèn và nhiệt luyện",
            "2022-10-24",
            "ministry",
            ["headline_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Malaysia có 22% GDP từ chế biến, chế tạo, Hàn Quốc 27%, còn Việt Nam mới chừng 17%.",
            "2022-10-24",
            "ministry",
            ["percentage", "country_list", "viet_nam_no_country", "no_event"],
            percentages=[22, 27, 17],
            locations=[country("Malaysia"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hàn Quốc xếp cả khuôn mẫu, rèn, đúc và xử lý nhiệt vào nhóm 'công nghệ gốc' của ngành chế tạo(2), cách phân loại mà văn bản của Việt Nam chưa có.",
            "2022-10-24",
            "ministry",
            ["footnote_marker", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một chiếc tủ lạnh lắp ở Bình Dương có thể mang trục máy nén rèn ở Thái Lan, lò xo van từ Nhật và que hàn đồng từ Trung Quốc.",
            "2022-10-24",
            "ministry",
            ["nfd", "country_list", "no_event"],
            provinces=[pv("Bình Dương")],
            locations=[country("Thái Lan"), country("Nhật"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tác giả đề xuất lập danh mục riêng cho rèn, nhiệt luyện và vật liệu hàn, tuỳ mức độ thiếu hụt của từng nhóm.",
            "2022-10-24",
            "ministry",
            ["old_tone", "proposal_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Không ít xưởng cơ khí nhỏ vẫn tự tôi chi tiết bằng lò than hoặc lò điện cũ, nên độ cứng trong cùng một lô hàng có thể chênh nhau đáng kể.",
            "2022-10-24",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "(2) Theo Viện Nghiên cứu Công nghiệp Hàn Quốc (KIET), 2020.",
            "2022-10-24",
            "ministry",
            ["footnote", "bracket_acronym_one_entry", "country_in_org_name_nothing", "no_event"],
            organizations=["Viện Nghiên cứu Công nghiệp Hàn Quốc"],
            events=[],
        ),
    ]
    # --- Vietnamese interview on "Made in" and "Made by" appliances, a finance site (S9 r2) ---
    rows += [
        h(
            n(),
            "Hàng điện gia dụng Việt: ghi 'Made in' hay làm được 'Made by'?",
            "2017-11-30",
            "ministry",
            ["headline_only", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo TS. Lưu Đức Toàn, nghiên cứu viên Viện Nghiên cứu Chiến lược, Chính sách Công Thương, một chiếc quạt chỉ đáng gọi là 'Made by Vietnam' khi mô-tơ và cánh quạt cũng do người Việt làm.",
            "2017-11-30",
            "ministry",
            ["degree_no_role", "role_after_name", "no_event"],
            persons=[
                per("Lưu Đức Toàn", "nghiên cứu viên Viện Nghiên cứu Chiến lược, Chính sách Công Thương")
            ],
            organizations=["Viện Nghiên cứu Chiến lược, Chính sách Công Thương"],
            events=[],
        ),
        h(
            n(),
            "PV: Vì sao nhiều hãng gia dụng nội vẫn chọn lắp ráp thay vì tự làm linh kiện?",
            "2017-11-30",
            "ministry",
            ["qa_label", "interviewer_label_nothing", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TS. Lưu Đức Toàn: Vì làm linh kiện cần vốn lớn và đơn hàng đủ dài; một xưởng dập vỏ nồi phải chạy vài trăm nghìn sản phẩm mỗi năm mới có lãi.",
            "2017-11-30",
            "ministry",
            ["qa_label", "label_person_no_role", "degree_no_role", "vague_count_nothing", "no_event"],
            persons=[per("Lưu Đức Toàn", None)],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận xuất xứ (C/O) quyết định mức thuế mà nồi, quạt xuất đi được hưởng ở nước nhập khẩu.",
            "2017-11-30",
            "ministry",
            ["nfd", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese compressor-parts maker's plant near Hà Nội, a portal's copy of a Japanese daily
    # (S9 r3) ---
    rows += [
        h(
            n(),
            "Hãng Nhật chi 32 tỷ yên làm nhà máy chi tiết máy nén gần Hà Nội",
            "2026-01-02",
            "ministry",
            ["headline_only", "unnamed_investor_no_deal", "near_place_mention"],
            provinces=[pv("Hà Nội")],
            money=[m(32 * B, "JPY")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy chi tiết dập và rèn cho máy nén sẽ mọc lên ở KCN Thăng Long Vĩnh Phúc với 32 tỷ yên (khoảng 210 triệu USD) từ Kawabe Kinzoku (Nhật Bản), theo Nikkei.",
            "2026-01-02",
            "ministry",
            [
                "object_first",
                "announced_investment",
                "bracketed_conversion",
                "first_amount_for_deal",
                "province_in_park_name",
                "country_bracket",
                "outlet_credit_nothing",
                "approx",
            ],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Kawabe Kinzoku")],
            money=[m(32 * B, "JPY"), m(210 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Thăng Long Vĩnh Phúc"), country("Nhật Bản")],
            deals=[deal("investment", ["Kawabe Kinzoku"], 32 * B, VP)],
            events=[ev("investment_announcement", [F("Kawabe Kinzoku")], 32 * B, "JPY", VP, "announced")],
        ),
        h(
            n(),
            "Trục, xi lanh và van lá dập của nhà máy sẽ đi vào máy nén điều hòa, tủ lạnh mà các hãng Nhật đang lắp ở Việt Nam và Thái Lan.",
            "2026-01-02",
            "ministry",
            ["nfd", "object_first", "customers_no_deal", "no_event"],
            locations=[country("Nhật"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Diện tích sàn chừng 48.000 m2 sẽ được chia làm hai khối: dập nguội và rèn nóng kèm lò tôi.",
            "2026-01-02",
            "ministry",
            ["no_firm", "area", "approx", "count_in_words", "no_event"],
            areas=[ha(4.8, True)],
            events=[],
        ),
        h(
            n(),
            "Đến khi chạy hết công suất, xưởng mới được kỳ vọng mang về cho Kawabe Kinzoku khoảng 24 tỷ yên doanh thu mỗi năm.",
            "2026-01-02",
            "ministry",
            ["revenue_target_no_deal", "money_per_year", "approx", "no_event"],
            firms=[f("Kawabe Kinzoku")],
            money=[m(24 * B, "JPY", "year", True)],
            events=[],
        ),
        h(
            n(),
            "Đây không phải khoản lớn đầu tiên: nhà máy trục khuỷu ở Hưng Yên mà Kawabe rót 45 tỷ yên hồi tháng 8/2025 sắp chạy thử.",
            "2026-01-02",
            "ministry",
            ["recalled_spend", "deal_no_event", "month_no_date", "short_name", "object_first"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Kawabe")],
            money=[m(45 * B, "JPY")],
            deals=[deal("investment", ["Kawabe"], 45 * B, HY)],
            events=[],
        ),
        h(
            n(),
            "Ba nhà máy Kawabe Kinzoku đang chạy ở Việt Nam đều ở phía Bắc, cũ nhất là xưởng dập tại KCN Nội Bài (Hà Nội) dựng năm 2007.",
            "2026-01-02",
            "ministry",
            [
                "recalled_first_plant",
                "deal_no_event",
                "year_only_no_date",
                "province_in_brackets",
                "count_in_words",
                "park",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Kawabe Kinzoku")],
            locations=[park("Khu công nghiệp Nội Bài")],
            deals=[deal("investment", ["Kawabe Kinzoku"], None, HN)],
            events=[],
        ),
        h(
            n(),
            "Vì sao chọn Việt Nam\n\nMột hãng nghiên cứu Ấn Độ ước thị trường chi tiết máy nén toàn cầu sẽ đạt 21 tỷ USD vào năm 2031.",
            "2026-01-02",
            "ministry",
            ["subheading", "forecast_no_deal", "multiline", "no_event"],
            money=[m(21 * B, "USD")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Khách của Kawabe Kinzoku muốn có nguồn hàng sát nhà máy lắp ráp, một lãnh đạo công ty giải thích.",
            "2026-01-02",
            "ministry",
            ["unnamed_speaker", "no_event"],
            firms=[f("Kawabe Kinzoku")],
            events=[],
        ),
    ]
    # --- Vietnamese repost on a company site: Japanese firms moving plants out of China (S9 r4) ---
    rows += [
        h(
            n(),
            "fbpx\nlogo\n\nMười sáu hãng Nhật rời Trung Quốc sang Việt Nam, trong đó có hãng nhiệt luyện\n\nNgày đăng: 14 Tháng Tám, 2020",
            "2020-08-14",
            "ministry",
            ["page_chrome", "headline", "count_in_words", "date_line", "multiline", "no_event"],
            locations=[country("Nhật"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "72 tỷ yên (khoảng 670 triệu USD) là khoản METI dành cho 91 công ty dời sản xuất khỏi Trung Quốc; chỉ 33 trong số đó chọn Đông Nam Á.",
            "2020-08-14",
            "ministry",
            [
                "amount_first",
                "bracketed_conversion",
                "acronym_alone_org",
                "count",
                "count_without_noun_nothing",
                "region_nothing",
                "no_event",
            ],
            organizations=["METI"],
            money=[m(72 * B, "JPY"), m(670 * M, "USD", approx=True)],
            quantities=[c(91, "công ty")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "JETRO đếm được 16 doanh nghiệp trong số này sẽ đặt xưởng ở Việt Nam.",
            "2020-08-14",
            "ministry",
            ["count", "agency_org", "no_event"],
            organizations=["JETRO"],
            quantities=[c(16, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Một cái tên trong danh sách là Matsuba Netsushori: hãng chuyên tôi ram, thấm cacbon chi tiết máy giặt này dự tính mở xưởng ở Việt Nam và cả Campuchia.",
            "2020-08-14",
            "ministry",
            ["announced_investment", "plan", "abroad_and_home_no_site", "no_amount"],
            firms=[f("Matsuba Netsushori")],
            locations=[country("Campuchia")],
            deals=[deal("investment", ["Matsuba Netsushori"])],
            events=[ev("investment_announcement", [F("Matsuba Netsushori")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Gói hỗ trợ lần này là đợt thứ hai, sau đợt đầu công bố hồi tháng 7.",
            "2020-08-14",
            "ministry",
            ["subsidy_no_deal", "ordinal_not_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese consumer news: "Vietnamese-brand" appliances made abroad, a news portal (S11 r4) ---
    rows += [
        h(
            n(),
            "Nồi cơm nhãn Việt, ruột Trung Quốc\nChúng tôi mở thử ba chiếc nồi cơm điện mang thương hiệu trong nước: cả mâm nhiệt lẫn bo mạch đều in chữ Trung Quốc.",
            "2019-07-08",
            "ministry",
            ["headline_lead", "count_in_words", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tại hai trung tâm điện máy lớn ở TP HCM, nhân viên bán hàng không trả lời được lò vi sóng trưng bày được lắp ở đâu.",
            "2019-07-08",
            "ministry",
            ["survey", "province_spelling_tp_hcm", "count_in_words", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Xưởng thật nằm bên kia biên giới",
            "2019-07-08",
            "ministry",
            ["subheading", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "'Khách hỏi xuất xứ thì chúng tôi chỉ biết đọc theo hộp', ông Đoàn Văn Hưng, quản lý ngành hàng gia dụng tại một chuỗi điện máy ở Gò Vấp, nói.",
            "2019-07-08",
            "ministry",
            ["quote_first", "speaker_last", "role_after_name", "district_without_quan_nothing", "no_event"],
            persons=[per("Đoàn Văn Hưng", "quản lý ngành hàng gia dụng tại một chuỗi điện máy ở Gò Vấp")],
            events=[],
        ),
        h(
            n(),
            "Ở một hội chợ tại Quảng Châu năm ngoái, chúng tôi gặp đại diện ba nhãn gia dụng Việt đi chọn mẫu nồi chiên không dầu để đặt hàng.",
            "2019-07-08",
            "ministry",
            ["nfd", "foreign_city_nothing", "order_no_deal", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giá trị phần việc làm ở Việt Nam của những chiếc máy này, theo một kỹ sư lắp ráp, có khi chưa tới 15%, tức phần lớn giá trị hàng hoá vẫn nằm ở nơi khác.",
            "2019-07-08",
            "ministry",
            ["old_tone", "percentage", "no_event"],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "Một chiếc lò nướng chúng tôi xem thậm chí không ghi nơi sản xuất.",
            "2019-07-08",
            "ministry",
            ["no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese repost of a wire story on a steel site: a joint forging complex breaks ground (S13 r2) ---
    rows += [
        h(
            n(),
            "Để dùng Thepviet.net, vui lòng bật JavaScript trong trình duyệt.\n\nLoader\n\nBắt đầu xây tổ hợp rèn đúc lớn nhất miền Trung",
            "2009-10-27",
            "ministry",
            ["page_chrome", "site_brand_firm", "headline", "multiline", "no_event"],
            firms=[f("Thepviet.net")],
            events=[],
        ),
        h(
            n(),
            "Một tổ hợp rèn và đúc phôi 1,2 tỷ USD trên 420 ha ở tỉnh Quảng Ngãi đã được Tập đoàn Perdana Forge (Malaysia) cùng Tổng công ty Máy và Thiết bị Công nghiệp Miền Trung khởi công, Reuters đưa tin.",
            "2009-10-27",
            "ministry",
            [
                "object_first",
                "passive_groundbreaking",
                "agency_credit_nothing",
                "joint_groundbreaking_one_deal",
                "country_bracket",
                "area",
                "no_day_no_date",
            ],
            provinces=[pv("Quảng Ngãi")],
            firms=[
                f("Perdana Forge", "Tập đoàn"),
                f("Máy và Thiết bị Công nghiệp Miền Trung", "Tổng công ty"),
            ],
            money=[m(1.2 * B, "USD")],
            areas=[ha(420)],
            locations=[country("Malaysia")],
            deals=[
                deal(
                    "groundbreaking",
                    ["Perdana Forge", "Máy và Thiết bị Công nghiệp Miền Trung"],
                    1.2 * B,
                    QNg,
                )
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Perdana Forge"), F("Máy và Thiết bị Công nghiệp Miền Trung")],
                    1.2 * B,
                    "USD",
                    QNg,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Phía Malaysia nắm 70% vốn liên doanh, phần còn lại do tổng công ty trong nước góp bằng đất và nhà xưởng cũ.",
            "2009-10-27",
            "ministry",
            ["nfd", "percentage", "share_no_deal", "no_event"],
            percentages=[70],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm đầu tiên là phôi trục cho máy phát điện và máy nén, dự kiến ra lò sau ba năm.\n\n(TTVH)\n\nĐỌC THÊM",
            "2009-10-27",
            "ministry",
            [
                "duration_no_count",
                "outlet_credit_nothing",
                "page_chrome",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: a coated-steel group licensed in Nghi Sơn, a national news site (S13 r4) ---
    rows += [
        h(
            n(),
            "Hơn 1.850 tỷ đồng là vốn của nhà máy tôn mạ màu làm vỏ tủ lạnh, máy giặt mà Tập đoàn Tôn Thép Phú Hưng vừa được Ban Quản lý Khu kinh tế Nghi Sơn và các KCN Thanh Hóa cấp giấy chứng nhận đăng ký đầu tư sáng 9/11.",
            "2016-11-09",
            "provincial",
            [
                "amount_first",
                "passive_licence",
                "government_party_as_written",
                "granting_body_province",
                "deal_date",
                "approx",
            ],
            organizations=["Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp Thanh Hóa"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Tôn Thép Phú Hưng", "Tập đoàn")],
            money=[m(1850 * B, "VND", approx=True)],
            deals=[deal("investment", ["Tôn Thép Phú Hưng"], 1850 * B, TH, "2016-11-09")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Nghi Sơn và các KCN Thanh Hóa"), F("Tôn Thép Phú Hưng")],
                    1850 * B,
                    "VND",
                    TH,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Khu đất 11,6 ha của dự án nằm sát cảng Nghi Sơn (Thanh Hoá), thuận cho việc nhập thép cuộn cán nóng.",
            "2016-11-09",
            "provincial",
            ["old_tone", "port_nothing", "area", "no_firm", "no_event"],
            provinces=[pv("Thanh Hóa")],
            areas=[ha(11.6)],
            events=[],
        ),
        h(
            n(),
            "Cuộn tôn mạ màu xuất xưởng tại nhà máy Phú Hưng ở Bình Dương. Ảnh: Tư liệu.",
            "2016-11-09",
            "provincial",
            ["caption", "photo_credit_nothing", "short_name", "existing_plant_no_deal", "no_event"],
            provinces=[pv("Bình Dương")],
            firms=[f("Phú Hưng")],
            events=[],
        ),
        h(
            n(),
            "Phú Hưng không xa lạ với miền Trung: nhà máy cán nguội 32 ha của tập đoàn ở KCN Hoàng Mai I (Nghệ An), vốn 4.800 tỷ đồng, đã động thổ từ tháng 4/2015.",
            "2016-11-09",
            "provincial",
            [
                "recalled_groundbreaking",
                "deal_no_event",
                "month_no_date",
                "province_in_brackets",
                "park",
                "area",
            ],
            provinces=[pv("Nghệ An")],
            firms=[f("Phú Hưng")],
            money=[m(4800 * B, "VND")],
            areas=[ha(32)],
            locations=[park("Khu công nghiệp Hoàng Mai I")],
            deals=[deal("groundbreaking", ["Phú Hưng"], 4800 * B, NA)],
            events=[],
        ),
        h(
            n(),
            "Phú Hưng có 11 nhà máy và bán tôn sang hơn 60 nước, phần lớn là tôn mạ màu cho ngành điện lạnh.",
            "2016-11-09",
            "provincial",
            ["nfd", "count", "approx", "export_no_deal", "no_event"],
            firms=[f("Phú Hưng")],
            quantities=[c(11, "nhà máy"), c(60, "nước", True)],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch Phú Hưng Lâm Văn Tứ: 'Thép cho đồ gia dụng sẽ là mảng lãi nhất'",
            "2016-11-09",
            "provincial",
            ["related_headline", "role_before_name", "quote", "no_event"],
            persons=[per("Lâm Văn Tứ", "Chủ tịch Phú Hưng")],
            firms=[f("Phú Hưng")],
            events=[],
        ),
    ]
    # --- Vietnamese business weekly: FDI into appliance parts and engineering, with related links (S15 r1) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Linh kiện điện gia dụng và cơ khí đang là hai nhóm ngành hút vốn ngoại đều tay nhất năm 2024.",
            "2024-06-12",
            "ministry",
            ["outlet_prefix_nothing", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Bình Dương dẫn đầu thu hút vốn vào linh kiện điện lạnh\n- Doanh nghiệp Hàn Quốc rót thêm vốn vào chuỗi cung ứng máy giặt",
            "2024-06-12",
            "ministry",
            ["related_links", "unnamed_investor_no_deal", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Thống kê ghi nhận 11,9 tỉ USD vốn FDI đăng ký mới trong năm tháng đầu năm, thấp hơn cùng kỳ 3,7%.",
            "2024-06-12",
            "ministry",
            ["nfd", "statistics", "percentage", "count_in_words", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(11.9 * B, "USD")],
            percentages=[3.7],
            events=[],
        ),
        h(
            n(),
            "Riêng vốn vào nhóm linh kiện điện lạnh tăng 9,8%, theo Sở Kế hoạch và Đầu tư Bình Dương.",
            "2024-06-12",
            "ministry",
            ["percentage", "province_in_org_name", "no_event"],
            organizations=["Sở Kế hoạch và Đầu tư Bình Dương"],
            provinces=[pv("Bình Dương")],
            percentages=[9.8],
            events=[],
        ),
        h(
            n(),
            "Ở Bình Dương và Đồng Nai, các dự án linh kiện điện lạnh, mô-tơ và cơ khí chính xác chiếm gần một phần ba số dự án mới.",
            "2024-06-12",
            "ministry",
            ["fraction_no_percentage", "no_event"],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            events=[],
        ),
    ]
    # --- A French news-agency page on a Taiwanese group's plant plan, rendered in Vietnamese (S17 r1) ---
    rows += [
        h(
            n(),
            "Khoảng 18 ha trong KCN Đồng Văn III (thị xã Duy Tiên) là phần đất ông Lin Cheng-hao muốn tập đoàn thuê làm xưởng rèn linh kiện máy giặt, theo lời ông tại buổi làm việc với lãnh đạo tỉnh Hà Nam hôm thứ Ba.",
            "2024-05-15",
            "provincial",
            [
                "rendered_foreign_page",
                "area_first",
                "unnamed_group_no_deal",
                "person_no_role",
                "working_session_no_event",
                "weekday_no_date",
                "park",
                "district",
                "approx",
            ],
            persons=[per("Lin Cheng-hao", None)],
            provinces=[pv("Hà Nam")],
            areas=[ha(18, True)],
            locations=[park("Khu công nghiệp Đồng Văn III"), district("thị xã Duy Tiên")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Kaiyuan (Đài Loan, Trung Quốc) vốn mạnh về phụ tùng xe đạp; xưởng rèn ở Hà Nam sẽ là bước đầu của họ tại Việt Nam.",
            "2024-05-15",
            "provincial",
            ["rendered_foreign_page", "announced_investment", "country_bracket_both", "no_amount"],
            provinces=[pv("Hà Nam")],
            firms=[f("Kaiyuan", "Tập đoàn")],
            locations=[country("Đài Loan"), country("Trung Quốc")],
            deals=[deal("investment", ["Kaiyuan"], None, HNam)],
            events=[ev("investment_announcement", [F("Kaiyuan")], None, None, HNam, "announced")],
        ),
        h(
            n(),
            "Tỉnh đề nghị doanh nghiệp ưu tiên tuyển lao động địa phương và lấy điện từ lưới 110 kV của khu. -TTXVN",
            "2024-05-15",
            "provincial",
            ["rendered_foreign_page", "voltage_no_count", "agency_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a news agency's copy on foreign appliance makers hunting for local parts suppliers, on a mirror
    # domain (S19 r1) ---
    rows += [
        h(
            n(),
            "HCM City (VNS/VNA) - Stamped, forged and heat-treated parts topped the shopping lists that appliance makers brought to a supplier fair here, the HCM City Supporting Industry Development Centre said.",
            "2019-05-20",
            "ministry",
            [E, "dateline", "agency_credit_nothing", "province_in_org_name", "fair_no_deal", "no_event"],
            organizations=["HCM City Supporting Industry Development Centre"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Tran Thi Minh Chau, the centre's deputy director, said Halvorsen Home Appliances Co. Ltd alone needs 150 local vendors for the 420 million USD complex it built at the Saigon Hi-Tech Park.",
            "2019-05-20",
            "ministry",
            [E, "role_after_name", "recalled_investment", "deal_no_event", "english_park_nothing", "count"],
            persons=[per("Tran Thi Minh Chau", "the centre's deputy director")],
            firms=[f("Halvorsen Home Appliances", "Co. Ltd")],
            money=[m(420 * M, "USD")],
            quantities=[c(150, "vendors")],
            deals=[deal("investment", ["Halvorsen Home Appliances"], 420 * M)],
            events=[],
        ),
        h(
            n(),
            "More than 350 part groups were on show at last week's sourcing fair in the city, put up by 12 foreign makers, among them Sakuraya Electric, Bosch and Juki, that want to buy them locally.",
            "2019-05-20",
            "ministry",
            [E, "fair_no_deal", "count", "approx", "brands_in_own_sentence", "no_event"],
            firms=[f("Sakuraya Electric"), f("Bosch"), f("Juki")],
            quantities=[c(350, "part groups", True), c(12, "makers")],
            events=[],
        ),
        h(
            n(),
            "Rice cookers and fans will roll off a fifth Sakuraya Electric plant in Viet Nam from around August.",
            "2019-05-20",
            "ministry",
            [
                E,
                "object_first",
                "planned_opening",
                "event_without_deal",
                "ordinal_not_count",
                "month_no_date",
                "no_amount",
            ],
            firms=[f("Sakuraya Electric")],
            events=[ev("inauguration", [F("Sakuraya Electric")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Vo Ngoc Han, purchasing chief at Sakuraya Electric Vietnam Co., Ltd, said springs, hinges and motor shafts were the parts it most wanted to buy nearby.",
            "2019-05-20",
            "ministry",
            [E, "role_after_name", "vietnam_dropped", "wish_no_deal", "no_event"],
            persons=[per("Vo Ngoc Han", "purchasing chief at Sakuraya Electric Vietnam Co., Ltd")],
            firms=[f("Sakuraya Electric", "Co., Ltd")],
            events=[],
        ),
        h(
            n(),
            "Only one in eight of its local suppliers is Vietnamese-owned, she said.",
            "2019-05-20",
            "ministry",
            [E, "fraction_in_words_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a city paper's 2014 piece on local part makers kept out of global chains (S19 r2) ---
    rows += [
        h(
            n(),
            "Vietnamese part makers still shut out of global appliance chains",
            "2014-08-27",
            "ministry",
            [E, "headline_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Of the 150 parts a Korean-owned appliance plant put out for local tender last year, Vietnamese bidders won none, an industry ministry official said.",
            "2014-08-27",
            "ministry",
            [
                E,
                "adjective_no_country",
                "unnamed_firm_no_deal",
                "count",
                "bare_official_no_person",
                "lowercase_ministry_no_org",
                "no_event",
            ],
            quantities=[c(150, "parts")],
            events=[],
        ),
        h(
            n(),
            '"They trust whoever supplied them in Korea or Japan," said Pham Quang Vinh, Hiep Phat Metal\'s general director, of the foreign plants his HCM City stamping shop tries to sell to.',
            "2014-08-27",
            "ministry",
            [
                E,
                "quote_first",
                "speaker_last",
                "role_after_name",
                "possessive_firm",
                "country_list",
                "no_event",
            ],
            persons=[per("Pham Quang Vinh", "Hiep Phat Metal's general director")],
            firms=[f("Hiep Phat Metal")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Korea"), country("Japan")],
            events=[],
        ),
    ]
    # --- English: a securities site on an appliance group's first supplier workshop (S19 r3) ---
    rows += [
        h(
            n(),
            "About 120 local firms came to Halvorsen Home Appliances' first supplier day in Viet Nam, co-hosted by the Saigon Hi-Tech Park Management Board.",
            "2020-07-21",
            "ministry",
            [E, "workshop_no_deal", "count", "approx", "possessive_firm", "ordinal_not_count", "no_event"],
            organizations=["Saigon Hi-Tech Park Management Board"],
            firms=[f("Halvorsen Home Appliances")],
            quantities=[c(120, "firms", True)],
            events=[],
        ),
        h(
            n(),
            "Construction of Halvorsen's biggest Vietnamese plant is due to start at the park by October; until now the group has made vacuum parts in rented sheds in Binh Duong.",
            "2020-07-21",
            "ministry",
            [
                E,
                "planned_groundbreaking",
                "announced_investment",
                "possessive_firm",
                "park_without_province_no_site",
                "month_no_date",
            ],
            firms=[f("Halvorsen")],
            provinces=[pv("Bình Dương")],
            deals=[deal("investment", ["Halvorsen"])],
            events=[ev("investment_announcement", [F("Halvorsen")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Mark Ellison, Halvorsen's executive vice president for global sourcing, said the group wanted more than half of its Vietnamese bill of materials bought locally within two years.",
            "2020-07-21",
            "ministry",
            [E, "role_after_name", "possessive_firm", "fraction_in_words_nothing", "no_event"],
            persons=[per("Mark Ellison", "Halvorsen's executive vice president for global sourcing")],
            firms=[f("Halvorsen")],
            events=[],
        ),
        h(
            n(),
            "Halvorsen's supplier-quality team visits each candidate plant twice before a first order, said Nguyen Bao Tram, a supply chain manager at the company.",
            "2020-07-21",
            "ministry",
            [E, "possessive_firm", "role_after_name", "no_event"],
            persons=[per("Nguyen Bao Tram", "a supply chain manager at the company")],
            firms=[f("Halvorsen")],
            events=[],
        ),
        h(
            n(),
            "The park's board will list qualified local vendors on its website, said Ho Thanh Liem, head of the Saigon Hi-Tech Park Management Board.",
            "2020-07-21",
            "ministry",
            [E, "speaker_last", "role_after_name", "no_event"],
            persons=[per("Ho Thanh Liem", "head of the Saigon Hi-Tech Park Management Board")],
            organizations=["Saigon Hi-Tech Park Management Board"],
            events=[],
        ),
    ]
    # --- English: a national news site's English page on orders diverted from China during Covid-19 (S19 r4) ---
    rows += [
        h(
            n(),
            "Foreign buyers turn to Vietnamese parts makers as Chinese supply falters",
            "2020-04-14",
            "ministry",
            [E, "headline_only", "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Le Van Khoa, chairman of Tan Dat Precision Engineering, said a Dutch kitchen-appliance brand had asked for quotes on sintered gears it could no longer get from China.",
            "2020-04-14",
            "ministry",
            [E, "quote_request_unnamed_buyer_no_deal", "adjective_no_country", "role_after_name", "no_event"],
            persons=[per("Le Van Khoa", "chairman of Tan Dat Precision Engineering")],
            firms=[f("Tan Dat Precision Engineering")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Sales at Tien Phat Wire, a welding-wire maker with plants in Binh Duong and Dong Nai, rose 18 per cent in the first quarter as buyers moved orders away from China.",
            "2020-04-14",
            "ministry",
            [E, "revenue_no_deal", "percentage", "no_event"],
            firms=[f("Tien Phat Wire")],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            percentages=[18],
            locations=[country("China")],
            events=[],
        ),
    ]
    # --- English: an investment portal on Korean forging and Japanese heat-treating firms expanding in the north
    # (S17 r2) ---
    rows += [
        h(
            n(),
            "FDI forging and parts firms expand in the north",
            "2018-05-09",
            "ministry",
            [E, "headline_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "About US$6 million will go into a second forging workshop on Daewon Forging Vina Co., Ltd.'s 4.5ha site at Que Vo Industrial Park in northern Bac Ninh province, chief executive Park Sung-ho said.",
            "2018-05-09",
            "ministry",
            [
                E,
                "amount_first",
                "announced_investment",
                "vina_dropped",
                "english_park_nothing",
                "area",
                "approx",
                "role_before_name",
            ],
            persons=[per("Park Sung-ho", "chief executive")],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Daewon Forging", "Co., Ltd.")],
            money=[m(6 * M, "USD", approx=True)],
            areas=[ha(4.5)],
            deals=[deal("investment", ["Daewon Forging"], 6 * M, BN)],
            events=[ev("investment_announcement", [F("Daewon Forging")], 6 * M, "USD", BN, "announced")],
        ),
        h(
            n(),
            "Orders from compressor and pump makers have tripled since 2016, filling the first workshop around the clock.",
            "2018-05-09",
            "ministry",
            [E, "multiplier_nothing", "ordinal_not_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "A sister company, Daewon Precision, may follow with a machining shop in Hai Duong, Park said.",
            "2018-05-09",
            "ministry",
            [E, "surname_alone_no_person", "possibility_no_deal", "no_event"],
            firms=[f("Daewon Precision")],
            provinces=[pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "Kenmore Thermal Processing Bac Ninh Ltd, a heat-treating shop at VSIP Bac Ninh, is adding vacuum furnaces for 1.5 million compressor valve plates a year.",
            "2018-05-09",
            "ministry",
            [
                E,
                "announced_investment",
                "expansion",
                "province_in_park_name_site",
                "province_in_firm_name_nothing",
                "capacity_no_count",
                "no_amount",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Kenmore Thermal Processing Bac Ninh", "Ltd")],
            deals=[deal("investment", ["Kenmore Thermal Processing Bac Ninh"], None, BN)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Kenmore Thermal Processing Bac Ninh")],
                    None,
                    None,
                    BN,
                    "announced",
                )
            ],
        ),
    ]
    # --- English: an industrial-property site on Hung Yen's parks (S17 r3) ---
    rows += [
        h(
            n(),
            "Connect with us\n\nProject\n\nHung Yen lines up industrial parks for parts makers\n\nPublished\n\non",
            "2025-02-11",
            "provincial",
            [E, "page_chrome", "headline", "multiline", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Fourteen parts makers, six of them making appliance components, signed for land in Hung Yen's parks in 2024, the provincial industrial zones authority said.",
            "2025-02-11",
            "provincial",
            [E, "count_in_words", "unnamed_firms_no_deal", "lowercase_authority_no_org", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Phu Cu Land, developer of the 180-hectare Industrial Park No. 5, has already leased a third of it, general director Do Van Thuan said.",
            "2025-02-11",
            "provincial",
            [
                E,
                "area",
                "english_park_nothing",
                "lease_unnamed_tenants_no_deal",
                "fraction_in_words_nothing",
                "role_before_name",
                "no_event",
            ],
            persons=[per("Do Van Thuan", "general director")],
            firms=[f("Phu Cu Land")],
            areas=[ha(180)],
            events=[],
        ),
    ]
    # --- English: a steel-industry site on a German forging group's plan for Thanh Hoa (S17 r4) ---
    rows += [
        h(
            n(),
            "Rhenwerk Schmiede plans EUR 1.2bn forging complex in Vietnam",
            "2023-10-05",
            "ministry",
            [E, "headline", "announced_investment", "vietnam_no_site"],
            firms=[f("Rhenwerk Schmiede")],
            money=[m(1.2 * B, "EUR")],
            deals=[deal("investment", ["Rhenwerk Schmiede"], 1.2 * B)],
            events=[
                ev("investment_announcement", [F("Rhenwerk Schmiede")], 1.2 * B, "EUR", None, "announced")
            ],
        ),
        h(
            n(),
            "A forged-steel and heat-treatment complex in Thanh Hoa is where Rhenwerk Schmiede GmbH, a German forging group, wants to spend EUR 1.2bn (USD 1.3bn).",
            "2023-10-05",
            "ministry",
            [
                E,
                "place_first",
                "announced_investment",
                "bracketed_conversion",
                "first_amount_for_deal",
                "adjective_no_country",
            ],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Rhenwerk Schmiede", "GmbH")],
            money=[m(1.2 * B, "EUR"), m(1.3 * B, "USD")],
            deals=[deal("investment", ["Rhenwerk Schmiede"], 1.2 * B, TH)],
            events=[ev("investment_announcement", [F("Rhenwerk Schmiede")], 1.2 * B, "EUR", TH, "announced")],
        ),
        h(
            n(),
            "Thanh Hoa chairman Do Minh Tuan heard the plan from Rhenwerk's chief executive, Lukas Brenner, on a trip to Germany; the company wants 180ha at Nghi Son Economic Zone.",
            "2023-10-05",
            "ministry",
            [
                E,
                "role_before_name",
                "possessive_firm",
                "english_zone_nothing",
                "area",
                "country_noun",
                "no_event",
            ],
            persons=[
                per("Do Minh Tuan", "Thanh Hoa chairman"),
                per("Lukas Brenner", "Rhenwerk's chief executive"),
            ],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Rhenwerk")],
            areas=[ha(180)],
            locations=[country("Germany")],
            events=[],
        ),
        h(
            n(),
            "Previous articleJSW names new head of coated products\nNext articleUS sets final duties on forged flanges",
            "2023-10-05",
            "ministry",
            [E, "page_chrome", "glued_link_label", "multiline", "no_event"],
            firms=[f("JSW")],
            locations=[country("US")],
            events=[],
        ),
    ]
    # --- English: a heat-treating trade magazine on a Japanese group's spending plan (S20 r1) ---
    rows += [
        h(
            n(),
            "Japanese heat treater to spend $75 million abroad",
            "2016-04-18",
            "ministry",
            [E, "headline_only", "unnamed_firm_no_deal", "adjective_no_country"],
            money=[m(75 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Plants in Vietnam and India are part of a roughly $75 million, four-year push by Japan's Nakagawa Thermal Co. to grow its heat-treatment arm, a report said.",
            "2016-04-18",
            "ministry",
            [
                E,
                "object_first",
                "announced_investment",
                "approx",
                "country_possessive",
                "plants_abroad_no_site",
                "duration_no_count",
            ],
            firms=[f("Nakagawa Thermal", "Co.")],
            money=[m(75 * M, "USD", approx=True)],
            locations=[country("India"), country("Japan")],
            deals=[deal("investment", ["Nakagawa Thermal"], 75 * M)],
            events=[ev("investment_announcement", [F("Nakagawa Thermal")], 75 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Its biggest earlier move abroad was the 2014 takeover of Härtewerk Lenz, a German heat treater with four plants; Nakagawa now runs 38 treatment sites in 16 countries.",
            "2016-04-18",
            "ministry",
            [
                E,
                "recalled_acquisition_buyer_as_its",
                "deal_no_event",
                "year_only_no_date",
                "count",
                "count_in_words",
                "adjective_no_country",
            ],
            firms=[f("Härtewerk Lenz"), f("Nakagawa")],
            quantities=[c(38, "treatment sites"), c(16, "countries")],
            deals=[deal("investment", ["Nakagawa"])],
            events=[],
        ),
    ]
    # --- English: a Japanese sourcing magazine's series on Vietnam's heat- and surface-treatment trade (S20 r2-r4) ---
    rows += [
        h(
            n(),
            "Heat treatment industry in Vietnam (Part 3): choosing between price and quality",
            "2024-06-13",
            "ministry",
            [E, "title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Buyers who send drawings to Vietnamese heat treaters soon learn to ask whether a shop sells on price or on quality.",
            "2024-06-13",
            "ministry",
            [E, "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Japanese-run furnaces here charge the most and take the longest, while shops with Chinese or Korean owners sit in the middle, one buyer told us.",
            "2024-06-13",
            "ministry",
            [E, "adjective_no_country", "unnamed_speaker", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "A mould shop in Binh Duong said it re-machines about one part in twenty after local hardening and still saves money.",
            "2024-06-13",
            "ministry",
            [E, "unnamed_firm", "fraction_in_words_nothing", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Nitriding and carburising lines are fewer still, and most sit inside Japanese-owned parts plants that rarely take outside work.",
            "2024-06-13",
            "ministry",
            [E, "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: Chinese welding-wire vendors' blogs and a patent page (S18 r1-r4) ---
    rows += [
        h(
            n(),
            "1.2mm Flux-Cored Welding Wire in 15kg Spools - Factory Price, Fast Shipping",
            "2024-01-22",
            "ministry",
            [E, "vendor_blog_title", "dimension_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Every month Chinese plants ship tens of thousands of tons of solid and flux-cored wire to shipyards, carmakers and appliance makers around the world.",
            "2024-01-22",
            "ministry",
            [E, "vendor_blog", "vague_quantity_nothing", "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Step 4 - Layer winding: the coated wire is laid on plastic spools in even rows so it does not tangle in the feeder.",
            "2024-01-22",
            "ministry",
            [E, "vendor_blog", "numbered_step", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Current Assignee\nHebei Hongda Welding Materials Co Ltd\nOriginal Assignee\nTangshan Hongda Welding Co Ltd\nAuthority\nCN\nChina",
            "2023-09-12",
            "ministry",
            [
                E,
                "patent_page",
                "label_lines",
                "foreign_province_in_name_nothing",
                "country_code_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Hebei Hongda Welding Materials", "Co Ltd"), f("Tangshan Hongda Welding", "Co Ltd")],
            locations=[country("China")],
            events=[],
        ),
    ]
    return rows
