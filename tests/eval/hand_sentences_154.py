# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 154 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: motorcycle and scooter parts, electric-motorbike components (batteries,
swap cabinets, motors), and the localisation rate of two-wheeler makers in Việt Nam (linh kiện xe máy, xe máy điện, tỷ lệ
nội địa hóa). Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code,
data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "tỷ lệ nội địa hóa xe máy doanh nghiệp linh
kiện trong nước", S2 "Honda Việt Nam nhà cung cấp linh kiện xe máy nội địa", S3 "Yamaha Motor Việt Nam nhà máy phụ tùng xe
máy nhà cung cấp", S4 "nhà máy sản xuất xe máy điện khánh thành khu công nghiệp", S5 "pin xe máy điện nhà máy sản xuất
Việt Nam vốn đầu tư", S6 "động cơ xe máy điện linh kiện nhập khẩu Trung Quốc doanh nghiệp Việt", S7 "doanh nghiệp phụ
tùng xe máy Vĩnh Phúc nhà cung cấp cấp 1", S8 "Piaggio Việt Nam nhà máy xe tay ga xuất khẩu linh kiện", S9 "xe máy điện
Việt gọi vốn mở rộng nhà máy sản xuất pin động cơ", S10 "Selex Motors xe máy điện ký kết hợp tác đổi pin", S11 "công ty
săm lốp xe máy nhà máy mở rộng công suất", S12 "khuôn mẫu dập chi tiết linh kiện xe máy doanh nghiệp cơ khí Hà Nội", S13
"chuyển đổi xe máy xăng sang xe điện chuỗi cung ứng linh kiện trong nước", S14 "VinFast nhà máy xe máy điện Hải Phòng nhà
cung cấp linh kiện", S15 "Hiệp hội các nhà sản xuất xe máy VAMM doanh số sản lượng", S16 "ký kết hợp tác sản xuất pin xe
điện hai bánh doanh nghiệp", and in English S17 "Vietnam motorcycle parts localisation rate local suppliers", S18 "Vietnam
electric motorbike factory investment million USD", S19 "Honda Vietnam motorcycle plant component suppliers Vinh Phuc",
S20 "electric scooter battery swapping Vietnam partnership agreement signed". (Batches 75, 102, 109 and 123 had
neighbouring themes with other searches; a few of the same pages came back (the EV-standards paper, the Chinese maker's
e-motorbike plant, a licence in an economic zone, a swap-cabinet MoU told in machine-translated English), and none of
their rows was reused: every row here was drafted from this sample and checked against those batches too; one lot-and-
area row that came out close to a batch-123 row was rewritten.) No sentence is taken or paraphrased from a page; the
shapes are. Firm, brand, park, person and byline names are invented (Zhenwei / Tập đoàn Zhenwei, Công ty TNHH Công nghệ
Xe điện Zhenwei Việt Nam, Zhenwei Electric Motor; Vellani / Vellani SpA / Vellani Việt Nam; Hokuto / Hokuto Motor Co;
Sakura Motor; Kitamura / Kitamura Motor Co.; Saigon Mechanical Union; Vietnam Engine and Farm Machinery Corp.; Đông Hải /
Đông Hải Motor / Dong Hai Motor / Công ty TNHH Sản xuất Đông Hải / Dong Hai Motor Manufacturing JSC; Hefei Ruineng New
Energy; Voltra / Voltra Motors / Công ty CP Xe điện Voltra; Hải Hà and its energy arm; Kim Sa Energy / Giải pháp năng
lượng Kim Sa; GoMo; Luoma; Phú Xuân Motor and Tập đoàn Shenlan; Lac Bike; Cơ khí Hòa Vinh; Bach Dang Auto; E-Volt; Sao
Mai Retail; Nhanh Express; Hoa Binh Motors and HB-Green; the brands EVRide, Vela X and the parks KCN Phúc Hạ and Dong Van
III Industrial Zone; every official, founder, rider, author, photographer and byline); well-known names (Honda, Yamaha
Motor, Piaggio, SYM, Suzuki, VAMM, Mordor Intelligence, ERIA, Keio University, the ministries and agencies, the Dung Quat
zone, KCN Vân Trung, the real Decision 12/2011/QĐ-TTg cited by number) appear only in sentences of our own, with figures,
dates and places changed.

What the sample looked like (80 result slots, about 48 distinct pages: a document store's EV-standards discussion paper
came back six times, a car blog's one-line title, an overseas site's tag title, a consumer category page and a business
weekly's licence item twice each): 29 slots were spam (all four of S2, S3, S7, S11 and S12, three of S5, S6 and S15: 21
betting and lottery keyword salads, one Belgian-domain crusher title; about 22 distinct pages); 8 were course papers and
document-store excerpts (the standards paper six times with its cover and contents, a parts-industry paper's excerpt on
localisation promises and the point method, a supply-chain course paper's cover with broken PDF diacritics); 10 were tag,
category and title pages (a taxonomy page on localisation with old tone placement, the consumer category page twice, the
blog title on a carmaker fixing a groundbreaking date abroad twice, the overseas tag title twice, a transport site's tag
page with a repeated headline, a video title on a plan abroad, a tag page on a cell-supply MoU); 1 was a Chinese brief on
a domestic maker's second plant; 16 were Vietnamese news and features (a 2018 feature on why localisation stays low, a
2025 feature with a chairman's quote and statistics, a Chinese maker's e-motorbike plant opened in Bắc Ninh told by a
trade site and a business weekly, its groundbreaking in Bắc Giang two years earlier with two timestamps, a keyword line
and a caption, an Italian maker's two-millionth scooter told by three papers with a capital-increase certificate and
customs status, its half-millionth in 2017 with a caption file name, a 2007 wire item on its plan for a plant, a swap
start-up's founder profile, its signing with a group's energy arm, a business daily's feature on its first cabinet and a
broker's repost of it, a monthly output item with the makers' association, a law daily's strategic battery agreement
with a caption and a related link, a news agency's battery-plant groundbreaking with a technology partner); 16 were
English (an old portal feature on localisation ratios, a news agency's supporting-industry feature, a consultancy's
supporting-industry profile with a figure caption, a think tank's discussion-paper cover, a business weekly's e-motorbike
licence with its page chrome twice, a journalist's blog draft, an aggregator's feature on the domestic maker's scooters,
two archived wire briefs of 1987 and 1995 on a kit contract and a joint-venture pact, a blog repost of a third plant's
opening, a regional portal on a capacity top-up, a research vector on swap networks, a machine-translated Italian item
on a charging MoU, a founder's profile page, a portal feature on swap cabinets). About 24 of the 80 slots told a deal or an event with a named party (openings 4, announced plants, plans and
top-ups 4, memoranda and agreements 5, licences 3, groundbreakings 2, recalled plants and spends 4, a kit contract, a
joint-venture pact); no parts-supply contract between a local supplier and
a motorbike maker came up in any first four (S2, S3, S7, S11 and S12 returned only spam), so the batch has none.

Rows: 160 (hand-49601 to hand-49760); 26 carry a deal or an event (16.3%): 20 events (5 MoUs, 5 inaugurations, 3
investment announcements, 2 groundbreakings, 2 investment licences, 1 supply contract, 1 joint venture, 1 cooperation)
and 24 `deals` entries (14 investment, 6 mou, 2 groundbreaking, 1 supply_contract, 1 cooperation); 6 rows hold only deals
(49672 a recalled first plant, 49677 a recalled capital-increase licence, 49719 a background agreement, 49728 recalled
spends, 49738 and 49740 a recalled complex), 3 an event without a deal (49651, 49663 and 49748 openings without capital)
and 17 both. 134 rows are negatives and other fields. By page kind: 20 rows of spam (49601-49620, 0 with a deal or
event), 16 of course papers and document-store pages (49621-49636; 0), 14 of tag, category and title pages
(49637-49650; 2), 2 rendering the Chinese brief (`foreign_page_rendered`, 49651-49652; 1), 68 of Vietnamese news and
features (49653-49720; 12) and 40 of English copy (`english_copy`, 49721-49760, 25.0%; 11). 9 rows are stored in NFD
(hand-49623, 49640, 49653, 49658, 49668, 49682, 49708, 49713, 49719); 8 use old tone placement (49622 "Tiêu chuẩn hoá",
49628, 49630 and 49637-49639 "nội địa hoá", 49659 "Hoà Vinh" and "nội địa hoá", 49698 "thoả thuận"); 44 hold several
lines (headlines and leads, tag lines, section labels, timestamps, page and site chrome, captions, a keyword line, bylines,
related links, covers and contents lines).

Own wording: every row was drafted in its own order (amount-first, place-first, capacity-first, object-first, passive,
attendees-first, quote-first, label lines), with changed figures, names, dates and places; on review against the notes
taken from the sampled pages, about 95 first drafts that still kept a page's run of facts, its clause order, a quote's
wording or a translation's sentence were rewritten from scratch: nearly every row of the Bắc Ninh opening, its capacity,
jobs, vice chairman and business-weekly lead, the Bắc Giang groundbreaking lead, its capital and first-plant line, its
caption and its jobs line, every row of the Italian maker's milestones (the headline and lead, the capital-increase
certificate, the R&D centre, the market report, the customs status, the 2017 lead, the complex, the chief executive's
words, the 2007 plan and its 2006 output), the founder profile, the cabinet, the shipper quote, the signing and its
terms, prices and chief executive's view, the cafef headline and the big makers' swap plans, the founder's first cabinet,
the output statistics, the association's members and the market share, the strategic battery agreement's lead, caption,
quote and deputy minister, the Huế caption, technology partner and battery line, the taxonomy lead, the category lead,
the transport tag lead, the Chinese brief, the 2018 feature and the 2025 feature's lead, the paper's localisation
promises, point method and low-content lines, and nearly every English row (the portal's localisation ratios and engine
plant, the agency's lead, makers and spends, the definition and market lines, the car-industry survey, the licence and
its certificate and lots, the blog's launch, plant and founder quote, the aggregator's complex, sales, price and
executive quote, the 1987 contract and its export line, the 1995 pact and its imports, the third plant's opening and
size, the capacity top-up, the research vector, the MoU and its station counts, the founder profile, the shipper scene,
the cooperation agreement, the cabinet target and fee, the market forecast and the rival swap plan). Three drafted rows
were dropped because their shape came only from results ranked 5 or lower: a maker's localisation rate with its count of
local suppliers and pure-Vietnamese suppliers (S1 r8), an e-motorbike model launched at the Bắc Ninh opening with its
motor, speed and range (S4 r7), and a ranking of Việt Nam as the fourth motorbike market in the world after China, India
and Indonesia (S15 r8, S19 r8; replaced by a regional ranking in S1 r3's shape); a row on the start-up's swap count from
its website was dropped as too close, and nine English rows (a transport-share line, an abstract, a
schedule line, a comment form, a workshop count, a count of planned points, a rider's quote, a battery-fit share and a
figure caption) were cut to bring the English share down to the sample's. Nothing else was used from ranks 5-8, among them: the
localisation circular's parts list, a trade magazine's motorbike-localisation feature with the makers' market shares, a
car-tax tag and a provincial car-localisation feature with a carmaker's supplier counts (S1 r5-r8), the domestic maker's
2018 e-motorbike opening, a third e-vehicle plant's groundbreaking in Hưng Yên, the opening's model launch and a tour
inside the Chinese maker's first plant (S4 r5-r8), the two-millionth scooter told by three more outlets and a piece on
imported engine parts (S8 r5-r8), a charging-MoU mirror tag and the e-vehicle plant's groundbreaking (S9 r5-r8), a
minister's factory visit, a policy page and spam (S10 r5-r8), the domestic maker's car plant and park developer and a
foreign MoU in Icelandic (S14 r5-r8), the association's founding and its 1990s predecessor (S15 r5-r8), the cell-plant
MoU, a solid-state battery tag, a cell-partner tag and a battery joint venture (S16 r5-r8), a motorcycle master plan, an
institute's history and a Japanese site's market history (S17 r5-r8), a news agency's opening interview, an EV feature, a
Hong Kong daily's plant and an Icelandic item on a plant in India (S18 r5-r8), a Honda-like release and forum copy (S19
r5-r8) and the swap-race feature, a Swedish tag and a Reuters charging MoU (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital the
event only; a held groundbreaking is a groundbreaking deal and event "started", dated only with a day; a named firm's plan
or top-up with or without amount is an announced investment, a planned groundbreaking with its amount too, dated never
with the future day, a plant abroad no site; a wire-reported plant that a firm is weighing ("tính đặt nhà máy") is no deal
(batch 75); a licence without grantor is a licence event of the firm, one from an economic-zone board names the board as
government party and takes the site of the page (batch 123); a firm-firm agreement or memorandum ("thỏa thuận hợp tác
chiến lược", "bắt tay", "memorandum of understanding") is an mou deal and a signed event, dated with a day, an English
"cooperation agreement" a cooperation deal and event; a planned joint plant of two firms is ONE investment deal of both and
an announced joint_venture (batches 113, 140); recalled plants, spends, licences and agreements are deals without events;
the terms of an agreement, a leader's words about it and a back-reference ("cú bắt tay") give no second deal; station and
swap-network targets, product launches, product brands, market entries, wishes, forecasts, statistics and running totals
give no deal; attendees and witnesses are no parties; vague amounts are none; "khoảng", "chừng", "ước", "hơn", "vượt",
"some", "around", "about", "over", "nearly", "more than", "at least" are approximate; bracketed conversions are both money;
capacities, rates, durations, distances, ordinals, fractions, multipliers, page and class numbers, engine sizes, counts in
words and counts without a noun are no counts, both ends of a count range are, English counts keep their English noun;
m2 and square metres are areas in ha; percentage ranges give both ends; Vietnamese legal forms are normalised, foreign ones
kept ("Co.", "Co., Ltd.", "Co. Ltd", "Co", "Corp.", "JSC", "SpA"), "Việt Nam"/"Vietnam" and a trailing "Vina" dropped from
a foreign subsidiary's name; a bracketed acronym after a name is no second entry, alone it is a firm or an organisation; a
short name written alone is a second entry, a bare headline name and the lead's full name with the same canonical name
are one entry; report firms are firms; Vietnamese country words and English country nouns and possessives are countries,
English adjectives ("Japanese", "Italian", "Thai"), regions, foreign cities and "Việt Nam"/"Vietnam" none; "ASEAN" alone
nothing; parks written in Vietnamese are locations, English parks and zones none; "huyện X" before July 2025 a district,
communes none; "(tỉnh Vĩnh Phúc cũ)" and old province names are mentions with the current unit as site; datelines
("HCMC –", "Ha Nam, Vietnam —-") and a city in page chrome are mentions, not sites; bylines and photo credits are persons
in title case without role, outlet, agency and username credits nothing; "TS." gives no role; a given name or a surname
alone ("Huy nói", "ông Thành") is no person; lower-case brands and places in spam are nothing; old tone placement is
normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A plant named by its owner as the only mention of the firm ("nhà máy Zhenwei vừa cắt băng", 49662; "nhà máy Vellani ở
  Phú Thọ", 49676, 49684) gives the firm; with the capital written first ("Khoảng 110 triệu USD vốn giai đoạn đầu đã được
  rót vào nhà máy Zhenwei vừa cắt băng ở KCN Phúc Hạ (Bắc Ninh)") it is Zhenwei's investment deal and an inauguration with
  capital, sited by the bracketed province; the attendees-first passive "Lãnh đạo tỉnh, ... đã có mặt khi nhà máy của
  Công ty TNHH Công nghệ Xe điện Zhenwei Việt Nam ... được khánh thành sáng 5/3" (49663) the inauguration without capital,
  no deal.
- A headline amount over a lead whose actor is the local unit with its parent in apposition ("110 triệu USD cho giai đoạn
  1: nhà máy ... chạy chính thức / Công ty TNHH Công nghệ Xe điện Zhenwei Việt Nam – đơn vị của Tập đoàn Zhenwei (Trung
  Quốc) – bắt đầu vận hành ... từ ngày 5/3", 49668) is the unit's investment deal with the headline amount, dated the 5th,
  and its inauguration; the parent is a firm, no party.
- A groundbreaking told as the ceremony ("Lễ động thổ nhà máy ... của Công ty TNHH Zhenwei Electric Motor Việt Nam diễn ra
  chiều 20/1 ở KCN Phúc Hạ, huyện Lạng Giang (Bắc Giang)", 49671) is that firm's groundbreaking, dated, sited in Bắc Giang's
  current unit; the next row's "Vốn cho công trình chừng 95 triệu USD" without the firm is money only and "Cơ sở đầu tiên
  của Zhenwei Electric Motor Việt Nam ... đã chạy từ năm 2019" (49672) a recalled investment without amount or site.
- A capital increase recalled in a milestone story ("... sau hai lần Vellani Việt Nam được cấp Giấy chứng nhận điều chỉnh
  tăng vốn trong giai đoạn 2019-2025", 49677) is ONE investment deal of the firm, without amount (none is written), sited in
  Phú Thọ, no event; the capacities before and after are no counts; the customs status "doanh nghiệp ưu tiên (AEO)" (49682)
  gives the organisation and the firm only.
- A 2007 plan told place-first ("Argentina và Việt Nam sẽ có xưởng lắp ráp của Vellani SpA (Ý)", 49689) is one announced
  investment of Vellani without amount or site (the plant in Việt Nam; the Argentine one is abroad); the byline "Theo Minh
  Thành" a person, "Báo Người Lao Động/AFP" nothing; "180.000 xe do các liên doanh ở Trung Quốc làm" (49690) names no
  party.
- Milestones: "1,5 triệu xe" in a headline is a count, "Chiếc xe thứ 400.000", "chiếc thứ 1 triệu", "chiếc xe thứ 1,5
  triệu" and "Xe thứ 300.000" are ordinals, "nửa triệu xe" a count in words: none; "7.900 xe máy mỗi ngày" (49707) a rate,
  no count; "Quý I/2025 ... 741.600 xe máy ..., riêng tháng 3 ước 243.800 chiếc" (49708) two counts, the second
  approximate.
- Agreements: the object-first passive "Thỏa thuận dùng chung pin hoán đổi ... được Công ty CP Xe điện Voltra và Công ty
  CP Phát triển năng lượng Hải Hà, đơn vị thuộc Tập đoàn Hải Hà, ký hôm 12/7" (49697) is an mou deal and signed event of
  the two signers, dated, the parent no party; the headline "Hải Hà và Kim Sa Energy bắt tay làm pin cho xe máy điện"
  (49712) an mou deal and event of the two bare names, undated; the caption "Lễ ký thỏa thuận hợp tác chiến lược ... giữa
  Công ty CP A và Công ty CP B sáng 25/4" (49713), which names the agreement, an mou deal and event dated the 25th (batch
  123's caption naming no agreement gave firms only); "Theo thoả thuận, Voltra cấp quyền ..." (49698) terms, no second
  deal; "Kỹ thuật và công nghệ làm pin do Tập đoàn Shenlan (Trung Quốc) chuyển giao trọn gói, theo thỏa thuận hợp tác mà
  Phú Xuân Motor đã ký" (49719) a background mou deal of both without event (batch 109); the tag page "Biên bản ghi nhớ
  vừa được Công ty TNHH Sản xuất Đông Hải và Hefei Ruineng New Energy Co., Ltd. (Trung Quốc) ký" (49648) a signed mou, the
  short names "Ruineng" and "Đông Hải" separate entries.
- Brands used as product names ("xe EVRide", "pin Voltra", "xe điện Đông Hải", "Vela X") are no firms (a draft's
  "Kitamura bikes" was rewritten with the firm as actor); the same name as an actor or owner ("tủ đổi pin của Voltra", "Voltra cấp quyền") is; "Tài xế công nghệ GoMo"
  gives the ride-hailing firm.
- A caption of a groundbreaking written as a passive with a day ("Nhà máy pin của Phú Xuân Motor được khởi công sáng
  18/12. Ảnh: Hồ Minh Quân - TTXVN", 49718) is the firm's groundbreaking deal dated the 18th and event, unsited (the
  province is only in the headline row 49717, which names no firm); the photographer is a person, TTXVN nothing.
- English archive briefs: "Kits from Kitamura Motor Co. will be turned into a first 3,000 motorcycles by Saigon
  Mechanical Union under a contract the two have signed" (49744) is a signed supply contract, the kit seller first, with a
  count of motorcycles; "A joint-venture plant for 110cc motorcycles is what Kitamura Motor Co. expects to sign for soon
  with state-owned Vietnam Engine and Farm Machinery Corp." (49746) ONE investment deal of both and an announced joint
  venture (an announced future deal, README batch 8); the label headline's "Kitamura" is a second entry; "company
  spokesman" is the role.
- A capacity top-up told in headline and lead ("Hokuto to spend $65 million on more Vietnam capacity / About $65 million
  will go into ..., Hokuto Motor Co said", 49750) is one announced investment of the lead's firm with the lead's amount;
  the two amounts are two money entries (one approximate) and "Hokuto" and "Hokuto Motor" two firms.
- "Hokuto Vietnam Co. Ltd opened its third motorcycle plant in Ha Nam Province" with the Deputy Prime Minister on hand
  (49748) is an inauguration without capital sited in Hà Nam's current unit (Ninh Bình), the dateline a mention; the next
  row's "Around US$115 million went into the first phase" without the firm (49749) money only.
- Recalled spends in one row ("A third Hokuto plant in Ha Nam has absorbed over 110 million USD, and Sakura Motor more
  than 24 million USD for a 40% rise in assembly capacity", 49728) are two investment deals without events, the first
  sited in Hà Nam's current unit; "Engine castings, ... are what Sakura Motor Vietnam still imports ... a senior executive
  said" (49723) gives no person.
- The machine-translated "Memorandum of understanding signed between E-Volt and Sao Mai Retail, according to Vietnam
  News: inside the Sao Mai stores will be put ..." (49753) is an mou deal and signed event of the two, "the Sao Mai stores"
  a chain as a place (no firm), Dong Hai Motor a firm and no party; "Courier Nhanh Express is putting electric motorcycles
  into its HCMC and Hanoi fleets under a cooperation agreement signed with Voltra Motors" (49757) a signed cooperation,
  unsited (two cities).
- Swap networks: "the country is where Dong Hai Motor is building out swap stations" (49752), "E-Volt aims at 150,000
  points of battery exchange" (49754), "Voltra wants 350 cabinets" (49758) and "its unit HB-Green said in August it would
  roll out swap stations nationwide" (49760) give no deal (no plant, no sum); "VND9,000 a battery" is money per "battery"
  (like money per ha or per year); "ten times that" and "3,500 by 2028"-style figures without a noun are none.
- English localisation lines: "92 percent ... declared as local content, ... a 90-94 percent band" (49722) three
  percentages; "(15 points made in-house, 8 bought locally)" (49731) no percentages; "Japanese, Italian and Taiwanese
  groups" (49727) no countries; "Italy and a handful of Southeast Asian suppliers" (49725) Italy only; "Decision 12/2011/QD-TTg" without date a decision as written; "ERIA" on the
  cover is the organisation once, the paper code "ERIA-DP-2018-04" no decision.
- Vietnamese lines: "Cục Thống kê - Bộ Tài chính" (49658) two organisations; "Việt Nam Suzuki" (49710) the firm Suzuki;
  "Năm hãng" a count in words; "Bảng 2.3", "Nhóm: 6", "LHP: 2310SCMG2104" and "100 điểm" (a score scale) no counts; broken
  PDF diacritics ("thành cơng", "cịn", "bài tốn") still give the firm named; "TP. Hồ Chí Minh, tháng 10 năm 2023" on a
  cover a province mention; "Manila và Kuala Lumpur" nothing; "vành đai 1" no count."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_154(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BN = cur("Bắc Ninh")
    PT = cur("Phú Thọ")
    HP = cur("Hải Phòng")
    TH = cur("Thanh Hóa")
    HNam = cur("Hà Nam")
    QNg = cur("Quảng Ngãi")

    ids = iter(range(49601, 49601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam on betting and lottery domains, and one Belgian-domain crusher title (S2 r1-r4, S3 r1-r4, S5 r2-r4,
    # S6 r2-r4, S7 r1-r4, S11 r1-r4, S12 r1-r4, S15 r1-r3; 29 slots, 22 distinct pages) ---
    spam = [
        (
            "kuwin bảng giá xe tay ga 125cc mới nhấtkết quả cúp c1 đêm quacách tính tiền góp xe wave alpha",
            "2024-03-11",
            [],
        ),
        ("kuwin lịch thi đấu lpl mùa hèxe số 110cc giá rẻ nhấttỉ lệ kèo nhà cái hôm nay", "2024-06-02", []),
        (
            "98win giá xe air blade lăn bánh tháng 9bxh bundesliga mới nhấtxe 50cc cho học sinh nữ",
            "2023-09-14",
            ["engine_size_no_count"],
        ),
        (
            "kuwin tỷ số việt nam indonesiagiá xe lead 2024 trả góp hàng thángđội hình arsenal",
            "2024-01-20",
            ["lowercase_country_nothing"],
        ),
        ("kuwin bảng tính lãi mua xe vision trả gópxem trực tiếp la liga 2024kèo phạt góc", "2024-04-08", []),
        (
            "98win xe ga 50cc cho nữ sinh lớp 10nhà cái top 1 châu áxem bóng đá không quảng cáo",
            "2023-11-29",
            ["grade_number_no_count"],
        ),
        ("kuwin mã số thuế cá nhân tra cứuxe cub 50 giá bao nhiêutỉ số real madrid", "2024-02-17", []),
        (
            "kuwin dự đoán xsmb chuẩn nhấtxe số honda cũ giá rẻtần suất lô gan miền nam",
            "2024-05-25",
            ["lowercase_brand_no_firm"],
        ),
        ("98win winner x 2024 đánh giágiải hạng nhất anhcách đăng ký xe máy online", "2024-07-03", []),
        ("kuwin xe máy điện cho học sinh cấp 3 giábảng xếp hạng v-league 2024lịch lck", "2024-08-12", []),
        (
            "kuwin sh mode 2024 lăn bánh hà nộikết quả serie a hôm naynhận định arsenal",
            "2024-03-30",
            ["lowercase_province_nothing"],
        ),
        (
            "kuwin đèn pha xe máy bị mờ cách sửathống kê tài xỉukết quả xổ số đồng nai",
            "2023-12-21",
            ["lowercase_province_nothing"],
        ),
        (
            "98win xe simson cũ giá bao nhiêucông thức tính nồng độ molviệt nam lào tỉ số",
            "2024-09-09",
            ["lowercase_country_nothing"],
        ),
        (
            "kuwin xsmn thứ bảytổng hợp xsmb 30 ngàytần suất lô tô miền trung",
            "2024-10-05",
            ["day_count_no_count"],
        ),
        ("kuwin xsmb dự đoán hôm naycầu lô đẹp nhấttần suất giải đặc biệt", "2024-10-06", []),
        (
            "kuwin bảng giá xe exciter mới nhấtlịch thi đấu cúp fa đêm naytrả góp xe lãi thấp",
            "2024-02-02",
            [],
        ),
        ("98win lốp xe máy không săm loại nàotỷ số ngoại hạng anh hôm quaxe dream cũ", "2023-08-26", []),
        ("kuwin đại lý xe máy gần đâybảng xếp hạng laligagiá xe future 125 lăn bánh", "2024-06-18", []),
        (
            "welline máy nghiền côn thủy lực giá tốt thiết kế hiệu quả chi phí",
            "2022-04-14",
            ["foreign_domain", "crusher_spam"],
        ),
        (
            "98win giá xe janus 2024 bao nhiêukèo châu á trực tuyếnbảng tính góp xe máy 12 tháng",
            "2024-04-27",
            ["duration_no_count"],
        ),
    ]
    for text, date, extra in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_keywords", "run_together_words", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- A student discussion paper on electric-vehicle standards on a document store (S4 r2 = S5 r1 = S6 r1 = S9 r1 = S13
    # r1 = S16 r1), a document store's excerpt of a parts-industry paper (S1 r4), a supply-chain course paper's cover with
    # broken PDF diacritics (S14 r4) ---
    rows += [
        h(
            n(),
            "Trang 1HỌC VIỆN CHÍNH SÁCH VÀ PHÁT TRIỂN\nKHOA KINH TẾ PHÁT TRIỂN\n————\nTIỂU LUẬN MÔN: QUẢN LÝ CHẤT LƯỢNG SẢN PHẨM\nĐề tài: Hệ thống tiêu chuẩn, quy chuẩn kỹ thuật về xe máy điện ở Việt Nam – thực trạng và hướng bổ sung",
            "2024-10-17",
            "ministry",
            [
                "course_paper_cover",
                "caps_org",
                "faculty_no_org",
                "page_marker_glued",
                "multiline",
                "no_event",
            ],
            organizations=["Học viện Chính sách và Phát triển"],
            events=[],
        ),
        h(
            n(),
            "Trang 2MỤC LỤC\nI. Đặt vấn đề 3\nII. Nội dung 5\n2.1 Khái niệm và nguyên tắc xây dựng tiêu chuẩn 5\n2.1.1 Tiêu chuẩn hoá là gì 5",
            "2024-10-17",
            "ministry",
            ["table_of_contents", "page_numbers_no_count", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Người dùng đô thị chuyển sang xe điện vì khói bụi và tiếng ồn, song TCVN, QCVN cho pin, bộ sạc và động cơ xe hai bánh vẫn đi sau thị trường một quãng, đủ để xe kém chất lượng lọt vào.",
            "2024-10-17",
            "ministry",
            ["abstract", "nfd", "standard_codes_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chỉ ra chỗ hổng và góp vài đề xuất cho bộ tiêu chuẩn quốc gia về xe điện là điều nhóm 4 hướng tới khi chọn đề tài.",
            "2024-10-17",
            "ministry",
            ["abstract", "group_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tính đến cuối năm 2023, xe máy điện lắp ráp trong nước phải qua kiểm tra của Cục Đăng kiểm Việt Nam theo hơn 20 tiêu chuẩn quốc gia, phần lớn chuyển dịch từ tiêu chuẩn IEC và ISO.",
            "2024-10-17",
            "ministry",
            ["paper_body", "count", "approx", "standard_bodies_no_org", "no_event"],
            organizations=["Cục Đăng kiểm Việt Nam"],
            quantities=[c(20, "tiêu chuẩn quốc gia", True)],
            events=[],
        ),
        h(
            n(),
            "Bảng 2.3: Một số TCVN về xe máy điện đang có hiệu lực (nguồn: nhóm tổng hợp)",
            "2024-10-17",
            "ministry",
            ["table_caption", "table_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (41 trang)\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (612.08 KB, 41 trang )",
            "2024-10-17",
            "ministry",
            ["document_store", "download_chrome", "page_count_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "II. Thực trạng công nghiệp phụ trợ ngành xe hai bánh\nMốc 40% - 60% nội địa hoá sau 5 năm hoạt động là lời hứa của nhiều liên doanh xe máy lúc xin cấp phép; đến nay hãng Nhật nào cũng đã vượt qua mốc ấy từ lâu.",
            "2019-05-06",
            "ministry",
            [
                "document_excerpt",
                "section_heading",
                "percentage_range",
                "old_tone",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            percentages=[40, 60],
            events=[],
        ),
        h(
            n(),
            "Thuế nhập khẩu xe nguyên chiếc ở mức cao từng là tấm khiên che cho các liên doanh lắp ráp suốt hơn một thập kỷ.",
            "2019-05-06",
            "ministry",
            ["document_excerpt", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mỗi cụm, mỗi tiểu cụm của chiếc xe mang một số điểm; lấy tổng điểm các chi tiết làm trong nước chia cho 100 điểm của cả xe là ra tỉ lệ nội địa hoá. Xe tay ga được chia thành 9 cụm chính với chừng 110 tiểu cụm.",
            "2019-05-06",
            "ministry",
            ["document_excerpt", "old_tone", "score_scale_no_count", "count", "approx", "no_event"],
            quantities=[c(9, "cụm"), c(110, "tiểu cụm", True)],
            events=[],
        ),
        h(
            n(),
            "Dây điện, yên, ốp nhựa: gần như chỉ chừng ấy thứ được mua trong nước cho những mẫu tay ga nhập bộ linh kiện từ Ý, tức khoảng 8% - 15% giá trị xe …",
            "2019-05-06",
            "ministry",
            ["document_excerpt", "percentage_range", "country_word", "truncated_lead", "no_event"],
            percentages=[8, 15],
            locations=[country("Ý")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (34 trang)\n\nPhân tích thành cơng và điểm nghẽn trong chuỗi cung ứng của hãng xe máy điện Đông Hải",
            "2023-11-02",
            "ministry",
            [
                "document_store",
                "broken_pdf_diacritics",
                "page_count_nothing",
                "bare_firm_after_hang",
                "multiline",
                "no_event",
            ],
            firms=[f("Đông Hải")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ - LUẬT\nKHOA: QUẢN TRỊ KINH DOANH\n\nĐỀ TÀI THẢO LUẬN\nHỌC PHẦN: QUẢN TRỊ CHUỖI CUNG ỨNG\n\nNhóm: 6\nLHP: 2310SCMG2104\nGiáo viên hướng dẫn: Lưu Thị Hạnh\n\nTP. Hồ Chí Minh, tháng 10 năm 2023.",
            "2023-11-02",
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
            organizations=["Trường Đại học Kinh tế - Luật"],
            persons=[per("Lưu Thị Hạnh", "Giáo viên hướng dẫn")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "MỞ ĐẦU\nKhi kinh tế thế giới cịn chưa hồi phục hẳn sau dịch, giữ được chuỗi cung ứng là chuyện sống cịn; với Đông Hải, bài tốn càng khó vì phần lớn cell pin và bộ điều khiển phải mua từ nước ngồi.",
            "2023-11-02",
            "ministry",
            [
                "course_paper_text",
                "broken_pdf_diacritics",
                "section_heading",
                "short_name_alone",
                "multiline",
                "no_event",
            ],
            firms=[f("Đông Hải")],
            events=[],
        ),
        h(
            n(),
            "Cuối bài, nhóm đề xuất vài giải pháp để Đông Hải giữ vững và mở rộng mạng nhà cung cấp của mình.",
            "2023-11-02",
            "ministry",
            ["course_paper_text", "short_name_alone", "no_event"],
            firms=[f("Đông Hải")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\n\nMỞ ĐẦU.....................................................1\nCHƯƠNG 1. TỔNG QUAN VỀ ĐÔNG HẢI..........................2",
            "2023-11-02",
            "ministry",
            ["table_of_contents", "caps_firm_in_heading", "page_numbers_no_count", "multiline", "no_event"],
            firms=[f("Đông Hải")],
            events=[],
        ),
    ]
    # --- Tag, category and title pages: a taxonomy page on localisation, a consumer category page, a car blog's one-line
    # title, an overseas site's tag titles, a transport site's tag page, a video title, a tag page on a cell MoU (S1 r2; S9 r2
    # = S13 r4; S9 r3 = S14 r1; S9 r4 = S13 r3; S13 r2; S14 r2; S16 r3) ---
    rows += [
        h(
            n(),
            "nội địa hoá ngành công nghiệp xe máy\n\nCông nghiệp hỗ trợ xe máy: 25 năm và 310 chi tiết\nDoanh nghiệp trong nước làm được khoảng 310 chi tiết, trên hơn 2.000 chi tiết của một chiếc xe tay ga, theo số liệu Bộ Công Thương.",
            "2023-06-19",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "old_tone",
                "count",
                "headline_and_lead_counts",
                "approx",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            quantities=[c(310, "chi tiết"), c(310, "chi tiết", True), c(2000, "chi tiết", True)],
            events=[],
        ),
        h(
            n(),
            "nội địa hoá ngành công nghiệp xe máy\n\nKhuôn mẫu và nhựa kỹ thuật: hai mắt xích yếu nhất của nội địa hoá",
            "2023-06-19",
            "ministry",
            ["tag_page", "lowercase_tag", "old_tone", "count_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nội địa hoá ngành công nghiệp xe máy\n\nNhà cung cấp Việt mất 6 năm mới đạt chuẩn của Hokuto",
            "2023-06-19",
            "ministry",
            ["tag_page", "lowercase_tag", "old_tone", "duration_no_count", "multiline", "no_event"],
            firms=[f("Hokuto")],
            events=[],
        ),
        h(
            n(),
            "Bảo vệ người tiêu dùng\n\nPhilippines, Malaysia đua nhau làm xe điện hai bánh, Việt Nam có chậm chân?\n\nManila và Kuala Lumpur cùng giảm thuế, cấp đất cho các nhà máy xe điện hai bánh trong năm nay.",
            "2024-05-08",
            "ministry",
            [
                "category_page",
                "section_label",
                "nfd",
                "country_word",
                "foreign_city_nothing",
                "multiline",
                "no_event",
            ],
            locations=[country("Philippines"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Bảo vệ người tiêu dùng\n\nXe máy điện giá rẻ bán qua mạng: người mua cần soi kỹ những gì?",
            "2024-05-08",
            "ministry",
            ["category_page", "section_label", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đông Hải Motor chốt ngày động thổ nhà máy xe điện 2,5 tỷ USD ở Ấn Độ, công suất 180.000 xe/năm",
            "2024-08-09",
            "ministry",
            [
                "one_line_title",
                "planned_groundbreaking_with_amount",
                "announced_investment",
                "abroad_no_site",
                "capacity_no_count",
            ],
            firms=[f("Đông Hải Motor")],
            money=[m(2.5 * B, "USD")],
            locations=[country("Ấn Độ")],
            deals=[deal("investment", ["Đông Hải Motor"], 2.5 * B)],
            events=[ev("investment_announcement", [F("Đông Hải Motor")], 2.5 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "TP.HCM dự kiến hỗ trợ tài xế công nghệ đổi xe xăng sang xe máy điện",
            "2025-07-22",
            "ministry",
            ["tag_title", "province_abbrev", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Hà Nội tính lộ trình hạn chế xe máy xăng trong vành đai 1 từ năm 2026",
            "2025-07-22",
            "ministry",
            ["tag_title", "ring_road_no_count", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Linh kiện nội cho xe máy điện: còn xa mới theo kịp\n\nLinh kiện nội cho xe máy điện: còn xa mới theo kịp\n\nGTHN - Động cơ, bộ điều khiển và cell pin cho xe máy điện hầu hết vẫn phải mua từ nước ngoài, trong khi hạn chuyển đổi xe xăng ở các đô thị lớn đang tới gần.",
            "2024-12-03",
            "ministry",
            ["tag_page", "repeated_headline", "outlet_prefix_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xe máy điện nội: vẫn đợi một chuẩn pin chung",
            "2024-12-03",
            "ministry",
            ["tag_page", "headline_only", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Reuters: Đông Hải Motor tính đặt nhà máy xe máy điện ở Indonesia",
            "2023-02-15",
            "ministry",
            ["video_title", "agency_prefix", "plan_considered_no_amount", "no_event"],
            firms=[f("Đông Hải Motor")],
            locations=[country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "cell pin\n\nBiên bản ghi nhớ vừa được Công ty TNHH Sản xuất Đông Hải và Hefei Ruineng New Energy Co., Ltd. (Trung Quốc) ký: Ruineng sẽ cung ứng cell pin LMFP cho xe máy điện, hai bên cùng nghiên cứu nhà máy cell pin đầu tiên của Đông Hải ở Việt Nam.",
            "2023-09-06",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "passive_signing",
                "firm_firm_mou",
                "foreign_legal_form",
                "short_names_after_full",
                "country_bracket",
                "multiline",
            ],
            firms=[
                f("Sản xuất Đông Hải", "Công ty TNHH"),
                f("Hefei Ruineng New Energy", "Co., Ltd."),
                f("Ruineng"),
                f("Đông Hải"),
            ],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Sản xuất Đông Hải", "Hefei Ruineng New Energy"])],
            events=[
                ev("mou", [F("Sản xuất Đông Hải"), F("Hefei Ruineng New Energy")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "cell pin\n\nPin LMFP rẻ hơn pin NMC chừng 20%, ít cháy nổ hơn và không cần coban – lý do các hãng xe hai bánh chuyển dần sang loại cell này.",
            "2023-09-06",
            "ministry",
            ["tag_page", "lowercase_tag", "chemistry_codes_no_firm", "percentage", "multiline", "no_event"],
            percentages=[20],
            events=[],
        ),
        h(
            n(),
            "cell pin\n\nXe máy điện dùng cell LFP làm trong nước: vẫn chờ nhà máy đầu tiên",
            "2023-09-06",
            "ministry",
            ["tag_page", "lowercase_tag", "ordinal_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A foreign-language brief (Chinese) on a domestic maker's second plant, rendered in Vietnamese (S14 r3) ---
    rows += [
        h(
            n(),
            "Thanh Hóa là nơi đặt nhà máy thứ hai của Đông Hải Motor, vừa khai trương: 28 ha, dòng xe máy điện đô thị giá rẻ, trước mắt 300.000 xe một năm.",
            "2025-07-28",
            "ministry",
            [
                "foreign_page_rendered",
                "place_first",
                "inauguration_no_capital",
                "ordinal_no_count",
                "area",
                "capacity_no_count",
                "no_deal",
            ],
            firms=[f("Đông Hải Motor")],
            provinces=[pv("Thanh Hóa")],
            areas=[ha(28)],
            events=[ev("inauguration", [F("Đông Hải Motor")], None, None, TH, "completed")],
        ),
        h(
            n(),
            "Mục tiêu giao 600.000 xe trong năm 2026 được chia cho nhà máy này và tổ hợp chính ở Hải Phòng.",
            "2025-07-28",
            "ministry",
            ["foreign_page_rendered", "target_count", "no_event"],
            provinces=[pv("Hải Phòng")],
            quantities=[c(600000, "xe")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a 2018 feature on why core parts stay imported, a 2025 feature on localisation with a chairman's
    # quote and statistics (S1 r1, S1 r3) ---
    rows += [
        h(
            n(),
            "Vì sao xe hai bánh “made in Vietnam” vẫn phải nhập phần lõi?\nTheo Bộ Công Thương, động cơ, hộp số và điện tử điều khiển chưa được làm trong nước vì các hãng đa quốc gia đã dựng nhà máy linh kiện lớn ở Thái Lan và Indonesia từ nhiều năm trước.",
            "2018-11-12",
            "ministry",
            ["feature", "headline_lead", "nfd", "country_word", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            locations=[country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Một hãng đa quốc gia tính công suất cho cả khu vực rồi mới chọn nơi đặt xưởng; với thị trường nhỏ, Việt Nam thường chỉ được giao phần lắp ráp.",
            "2018-11-12",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thái Lan, Indonesia, Malaysia đều làm xe con trước ta cả chục năm.",
            "2018-11-12",
            "ministry",
            ["feature", "country_list", "vague_duration", "no_event"],
            locations=[country("Thái Lan"), country("Indonesia"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Với quy mô chỉ chừng 1/9 Thái Lan và 1/4 Indonesia, thị trường ô tô trong nước khi đó khó giữ chân các nhà cung cấp lớn.",
            "2018-11-12",
            "ministry",
            ["feature", "fraction_no_percentage", "country_word", "no_event"],
            locations=[country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Xe máy lắp ráp trong nước: tỷ lệ nội địa hóa thực chất là bao nhiêu?\nCon số các hãng công bố dao động từ dưới 60% tới trên 90%, tùy mẫu xe.",
            "2025-10-14",
            "ministry",
            ["feature", "headline_lead", "percentage", "firm_unnamed", "multiline", "no_event"],
            percentages=[60, 90],
            events=[],
        ),
        h(
            n(),
            "Theo Cục Thống kê - Bộ Tài chính, 9 tháng đầu năm cả nước sản xuất ước 2,41 triệu xe máy, tăng hơn 6% so với cùng kỳ năm trước.",
            "2025-10-14",
            "ministry",
            ["feature", "statistics", "nfd", "two_orgs_dash", "count", "approx", "no_event"],
            organizations=["Cục Thống kê", "Bộ Tài chính"],
            quantities=[c(2_410_000, "xe máy", True)],
            percentages=[6],
            events=[],
        ),
        h(
            n(),
            "“Nói ta làm chủ chiếc xe máy là chưa đúng: khung, nhựa, dây điện thì làm được, còn bộ điều khiển, cell pin, động cơ điện vẫn mua ngoài, có mẫu chỉ nội địa hoá được 30-40%”, ông Tạ Quang Vĩnh, Chủ tịch HĐQT Tập đoàn Cơ khí Hoà Vinh, nói tại diễn đàn kinh tế tư nhân.",
            "2025-10-14",
            "ministry",
            ["feature", "quote_first", "role_after_name", "old_tone", "percentage_range", "no_event"],
            persons=[per("Tạ Quang Vĩnh", "Chủ tịch HĐQT Tập đoàn Cơ khí Hòa Vinh")],
            firms=[f("Cơ khí Hòa Vinh", "Tập đoàn")],
            percentages=[30, 40],
            events=[],
        ),
        h(
            n(),
            "Xét sản lượng xe hai bánh lắp ráp, Việt Nam đứng thứ ba Đông Nam Á, sau Indonesia và Thái Lan.",
            "2025-10-14",
            "ministry",
            ["feature", "ordinal_no_count", "region_nothing", "country_word", "no_event"],
            locations=[country("Indonesia"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Chừng nào bộ điều khiển và động cơ còn phải nhập, khó gọi Việt Nam là công xưởng xe điện hai bánh của vùng.",
            "2025-10-14",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Chinese maker's e-motorbike plant opened in Bắc Ninh (trade site, business weekly) and its
    # groundbreaking in Bắc Giang two years before (environment site) (S4 r1, S4 r4, S4 r3) ---
    rows += [
        h(
            n(),
            "1,2 triệu xe máy điện mỗi năm: công suất của nhà máy mới ở Bắc Ninh\n\n09:20 08/03/2026\n\nKhoảng 110 triệu USD vốn giai đoạn đầu đã được rót vào nhà máy Zhenwei vừa cắt băng ở KCN Phúc Hạ (Bắc Ninh), nơi dây chuyền tự động thay cho kiểu lắp ráp thủ công.",
            "2026-03-08",
            "provincial",
            [
                "headline_lead",
                "timestamp",
                "amount_first",
                "inauguration_with_capital",
                "park_province_bracket",
                "capacity_no_count",
                "approx",
                "multiline",
            ],
            firms=[f("Zhenwei")],
            provinces=[pv("Bắc Ninh")],
            money=[m(110 * M, "USD", approx=True)],
            locations=[park("KCN Phúc Hạ")],
            deals=[deal("investment", ["Zhenwei"], 110 * M, BN)],
            events=[ev("inauguration", [F("Zhenwei")], 110 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh, các sở ngành cùng đại lý và đối tác đã có mặt khi nhà máy của Công ty TNHH Công nghệ Xe điện Zhenwei Việt Nam ở KCN Phúc Hạ (xã Phúc Hạ, tỉnh Bắc Ninh) được khánh thành sáng 5/3.",
            "2026-03-08",
            "provincial",
            [
                "attendees_first",
                "passive",
                "inauguration_no_capital",
                "vietnam_dropped",
                "commune_no_district",
                "attendees_no_parties",
                "no_deal",
            ],
            firms=[f("Công nghệ Xe điện Zhenwei", "Công ty TNHH")],
            provinces=[pv("Bắc Ninh")],
            locations=[park("KCN Phúc Hạ")],
            events=[ev("inauguration", [F("Công nghệ Xe điện Zhenwei")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "Khoảng 2,4 triệu xe mỗi năm là công suất khi dự án làm đủ hạng mục; trước mắt, giai đoạn 1 trên diện tích hơn 23,6 ha cho ra hơn 1,2 triệu xe.",
            "2026-03-08",
            "provincial",
            ["capacity_first", "area", "approx", "capacity_no_count", "no_event"],
            areas=[ha(23.6, True)],
            events=[],
        ),
        h(
            n(),
            "Khi xong giai đoạn 2, nhà máy sẽ cần chừng 3.200 người; riêng giai đoạn đầu tuyển từ 900 đến 1.100 lao động tại chỗ.",
            "2026-03-08",
            "provincial",
            ["count", "approx", "count_range", "no_event"],
            quantities=[c(3200, "người", True), c(900, "lao động"), c(1100, "lao động")],
            events=[],
        ),
        h(
            n(),
            "Thay cho lắp tay, khung xe được rô bốt hàn, xe chạy trên băng tải qua từng công đoạn và mọi số liệu chất lượng đều lưu trên hệ thống số.",
            "2026-03-08",
            "provincial",
            ["feature_detail", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tỉnh xếp nhà máy vào nhóm dự án công nghiệp đáng chú ý nhất từ đầu năm.",
            "2026-03-08",
            "provincial",
            ["anaphoric_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "110 triệu USD cho giai đoạn 1: nhà máy xe máy điện ở Bắc Ninh chạy chính thức\nCông ty TNHH Công nghệ Xe điện Zhenwei Việt Nam – đơn vị của Tập đoàn Zhenwei (Trung Quốc) – bắt đầu vận hành nhà máy ở KCN Phúc Hạ, tỉnh Bắc Ninh, từ ngày 5/3…",
            "2026-03-06",
            "ministry",
            [
                "headline_lead",
                "nfd",
                "headline_amount",
                "inauguration_with_capital",
                "parent_in_apposition",
                "deal_date",
                "truncated_lead",
                "multiline",
            ],
            firms=[f("Công nghệ Xe điện Zhenwei", "Công ty TNHH"), f("Zhenwei", "Tập đoàn")],
            provinces=[pv("Bắc Ninh")],
            money=[m(110 * M, "USD")],
            locations=[park("KCN Phúc Hạ"), country("Trung Quốc")],
            deals=[deal("investment", ["Công nghệ Xe điện Zhenwei"], 110 * M, BN, "2026-03-05")],
            events=[ev("inauguration", [F("Công nghệ Xe điện Zhenwei")], 110 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Một cụm công nghiệp xe điện, với các nhà cung cấp pin, động cơ và linh kiện điện tử đứng quanh nhà máy, là điều tỉnh chờ đợi, ông Lục Văn Thành, Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh, nói tại lễ.",
            "2026-03-06",
            "ministry",
            ["object_first", "role_after_name", "wish_no_deal", "no_event"],
            persons=[per("Lục Văn Thành", "Phó Chủ tịch Thường trực UBND tỉnh Bắc Ninh")],
            organizations=["UBND tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Bắc Ninh ưu tiên dự án công nghệ cao, ít phát thải và có sức lan tỏa; công nghiệp xanh là trụ cột tăng trưởng dài hạn của tỉnh, ông Thành nói thêm.",
            "2026-03-06",
            "ministry",
            ["surname_alone_no_person", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Thứ năm, 09/05/2024 07:42 (GMT+7)\n\nBắc Giang có thêm công trình xe máy điện khởi công đầu năm\n\nThứ hai, 22/01/2024 10:15 (GMT+7)\n\nLễ động thổ nhà máy xe máy điện của Công ty TNHH Zhenwei Electric Motor Việt Nam diễn ra chiều 20/1 ở KCN Phúc Hạ, huyện Lạng Giang (Bắc Giang).",
            "2024-01-22",
            "provincial",
            [
                "date_chrome",
                "two_timestamps",
                "headline_lead",
                "groundbreaking_started",
                "ceremony_subject",
                "district",
                "old_province",
                "deal_date",
                "multiline",
            ],
            firms=[f("Zhenwei Electric Motor", "Công ty TNHH")],
            provinces=[pv("Bắc Giang")],
            locations=[park("KCN Phúc Hạ"), district("huyện Lạng Giang")],
            deals=[deal("groundbreaking", ["Zhenwei Electric Motor"], None, BN, "2024-01-20")],
            events=[ev("groundbreaking", [F("Zhenwei Electric Motor")], None, None, BN, "started")],
        ),
        h(
            n(),
            "Vốn cho công trình chừng 95 triệu USD. Cơ sở đầu tiên của Zhenwei Electric Motor Việt Nam, ở KCN Vân Trung, đã chạy từ năm 2019.",
            "2024-01-22",
            "provincial",
            ["anaphoric_amount_no_deal", "recalled_plant", "deal_no_event", "approx"],
            firms=[f("Zhenwei Electric Motor")],
            money=[m(95 * M, "USD", approx=True)],
            locations=[park("KCN Vân Trung")],
            deals=[deal("investment", ["Zhenwei Electric Motor"])],
            events=[],
        ),
        h(
            n(),
            "Bắc Giang, động thổ, nhà máy, xe máy điện, thông minh, Phúc Hạ",
            "2024-01-22",
            "provincial",
            ["keyword_line", "place_alone_nothing", "no_event"],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "Các đại biểu dự lễ khởi công ở KCN Phúc Hạ.",
            "2024-01-22",
            "provincial",
            ["caption", "groundbreaking_no_firm", "no_event"],
            locations=[park("KCN Phúc Hạ")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 2.800 người sẽ làm việc ở đây khi nhà máy chạy vào năm 2025; công suất thiết kế 1,8 triệu xe/năm, gấp ba cơ sở cũ.",
            "2024-01-22",
            "provincial",
            ["count", "approx", "capacity_no_count", "multiplier_no_count", "no_event"],
            quantities=[c(2800, "người", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: an Italian scooter maker's 1.5-millionth vehicle (two papers, 2026), its 300,000th in 2017, and a
    # 2007 wire item on its plan for a plant in Việt Nam (S8 r1-r4) ---
    rows += [
        h(
            n(),
            "1,5 triệu xe sau 17 năm: nhà máy Vellani ở Phú Thọ thành cứ điểm toàn cầu của hãng\nChiếc xe thứ 400.000 ra đời năm 2015, chiếc thứ 1 triệu năm 2020; nửa triệu xe tiếp theo chỉ mất hơn 5 năm.",
            "2026-01-27",
            "ministry",
            [
                "headline_lead",
                "plant_name_holds_firm",
                "count",
                "ordinal_no_count",
                "count_in_words",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Vellani")],
            provinces=[pv("Phú Thọ")],
            quantities=[c(1_500_000, "xe")],
            events=[],
        ),
        h(
            n(),
            "Công suất xe tay ga, động cơ và phụ tùng ở Phú Thọ đã lên 380.000 xe/năm, từ mức 220.000, sau hai lần Vellani Việt Nam được cấp Giấy chứng nhận điều chỉnh tăng vốn trong giai đoạn 2019-2025.",
            "2026-01-27",
            "ministry",
            [
                "recalled_licence",
                "capital_increase_no_amount",
                "two_licences_one_deal",
                "capacity_no_count",
                "deal_no_event",
            ],
            firms=[f("Vellani")],
            provinces=[pv("Phú Thọ")],
            deals=[deal("investment", ["Vellani"], None, PT)],
            events=[],
        ),
        h(
            n(),
            "Phòng thí nghiệm và xưởng thiết kế – trung tâm R&D duy nhất mà Vellani có ở Đông Nam Á – nằm trong khuôn viên nhà máy Phú Thọ; cả vùng châu Á - Thái Bình Dương được điều hành từ đây.",
            "2026-01-27",
            "ministry",
            ["region_nothing", "no_event"],
            firms=[f("Vellani")],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Từ Phú Thọ, Vellani giới thiệu các mẫu tay ga kinh điển lẫn những phiên bản chỉ bán ở Việt Nam.",
            "2026-01-27",
            "ministry",
            ["product_lines_no_deal", "no_event"],
            firms=[f("Vellani")],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Xe làm ở Phú Thọ giờ không chỉ bán trong vùng châu Á - Thái Bình Dương mà còn sang châu Âu và châu Mỹ.",
            "2026-01-29",
            "ministry",
            ["region_nothing", "no_event"],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Thị trường 5,8 tỉ USD\nQuy mô đó có thể vượt 7 tỉ USD trước năm 2030, một báo cáo đầu năm 2025 của Mordor Intelligence ước tính.",
            "2026-01-27",
            "ministry",
            ["subheading", "report_firm", "ti_spelling", "approx", "multiline", "no_event"],
            firms=[f("Mordor Intelligence")],
            money=[m(5.8 * B, "USD"), m(7 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Hàng xuất của nhà máy Phú Thọ (tỉnh Vĩnh Phúc cũ) qua cửa khẩu nhanh hơn từ khi Vellani Việt Nam được Tổng cục Hải quan xếp vào diện doanh nghiệp ưu tiên (AEO), hồi tháng 3/2024.",
            "2026-01-29",
            "ministry",
            ["nfd", "status_acronym_nothing", "old_province_bracket", "no_event"],
            organizations=["Tổng cục Hải quan"],
            firms=[f("Vellani")],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Tháng 12/2025, chiếc xe thứ 1,5 triệu lăn bánh khỏi dây chuyền – cột mốc hãng coi là thành quả của đội ngũ quản lý người Việt.",
            "2026-01-29",
            "ministry",
            ["ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xe thứ 300.000 rời dây chuyền Vellani ở Vĩnh Phúc\n\nĐánh giá 11/10/2017 09:40\n\nHơn 300.000 xe tay ga đã rời nhà máy Vellani ở Vĩnh Phúc sau 9 năm, phần lớn bán trong nước, số còn lại đi các nước trong vùng.",
            "2017-10-11",
            "ministry",
            [
                "headline_lead",
                "section_label_timestamp",
                "ordinal_no_count",
                "count",
                "approx",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Vellani")],
            provinces=[pv("Vĩnh Phúc")],
            quantities=[c(300000, "xe tay ga", True)],
            events=[],
        ),
        h(
            n(),
            "DJI_00731552\nVellani kỷ niệm 9 năm có mặt tại Việt Nam.",
            "2017-10-11",
            "ministry",
            ["caption", "filename_nothing", "duration_no_count", "multiline", "no_event"],
            firms=[f("Vellani")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 1.100 người làm việc ở tổ hợp này, gồm xưởng lắp ráp 250.000 xe/năm, xưởng động cơ và trung tâm nghiên cứu.",
            "2017-10-11",
            "ministry",
            ["count", "approx", "capacity_no_count", "no_event"],
            quantities=[c(1100, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Nhân lực, sản phẩm và khách hàng là ba việc ưu tiên trong thập kỷ tới, theo ông Lorenzo Castiglia, Chủ tịch kiêm Tổng giám đốc Vellani Việt Nam; từ đây hãng lo cho 6 thị trường chính gồm Indonesia, Malaysia, Thái Lan, Philippines, Đài Loan và Việt Nam.",
            "2017-10-11",
            "ministry",
            [
                "object_first",
                "role_after_name",
                "role_keeps_vietnam",
                "count",
                "count_in_words",
                "country_list",
                "no_event",
            ],
            persons=[per("Lorenzo Castiglia", "Chủ tịch kiêm Tổng giám đốc Vellani Việt Nam")],
            firms=[f("Vellani")],
            quantities=[c(6, "thị trường")],
            locations=[
                country("Indonesia"),
                country("Malaysia"),
                country("Thái Lan"),
                country("Philippines"),
                country("Đài Loan"),
            ],
            events=[],
        ),
        h(
            n(),
            "Kể từ chiếc xe đầu tiên xuất xưởng năm 2009, hãng đã xây thêm nhà máy động cơ, trung tâm nghiên cứu và đường thử xe.",
            "2017-10-11",
            "ministry",
            ["anaphoric_firm_no_firm", "ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vellani sẽ mở nhà máy tại Việt Nam\n\nArgentina và Việt Nam sẽ có xưởng lắp ráp của Vellani SpA (Ý), theo ông Paolo Renzetti, Chủ tịch kiêm CEO của hãng; mục tiêu là 1,2 triệu xe mỗi năm vào năm 2010.",
            "2007-03-20",
            "ministry",
            [
                "headline_lead",
                "place_first",
                "announced_plant_no_amount",
                "plant_abroad_no_deal",
                "foreign_legal_form",
                "country_bracket",
                "capacity_no_count",
                "multiline",
            ],
            persons=[per("Paolo Renzetti", "Chủ tịch kiêm CEO của hãng")],
            firms=[f("Vellani", "SpA")],
            locations=[country("Argentina"), country("Ý")],
            deals=[deal("investment", ["Vellani"])],
            events=[ev("investment_announcement", [F("Vellani")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Trong khoảng 610.000 xe hãng xuất xưởng năm 2006, có 180.000 xe do các liên doanh ở Trung Quốc làm.\n\nTheo Minh Thành\nBáo Người Lao Động/AFP",
            "2007-03-20",
            "ministry",
            [
                "count",
                "approx",
                "recalled_jv_no_party",
                "byline_theo",
                "outlet_agency_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Thành", None)],
            quantities=[c(610000, "xe", True), c(180000, "xe")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a battery-swap start-up: the founder's profile, its agreement with a group's energy arm, a
    # business daily's feature and a broker's repost of it (S10 r1-r4) ---
    rows += [
        h(
            n(),
            "Voltra Motors ra đời năm 2019 từ ý tưởng của Lâm Gia Huy; trước đó anh học cơ khí ở Đức và làm cho một tập đoàn trong nước.",
            "2025-07-16",
            "ministry",
            ["profile", "person_no_role", "country_word", "no_event"],
            persons=[per("Lâm Gia Huy", None)],
            firms=[f("Voltra Motors")],
            locations=[country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Đường phố có khoảng 45 triệu xe máy xăng, còn xe điện thì đắt và sạc lâu; bài toán ấy, theo Huy, chỉ giải được nếu pin tách khỏi xe.",
            "2025-07-16",
            "ministry",
            ["profile", "count", "approx", "given_name_alone_no_person", "no_event"],
            quantities=[c(45 * M, "xe máy", True)],
            events=[],
        ),
        h(
            n(),
            "Chưa tới 90 giây để lấy một viên pin đầy: tài xế quét ứng dụng, một trong 21 ô trên chiếc tủ của Voltra bật mở.",
            "2025-07-16",
            "ministry",
            ["profile", "count", "duration_no_count", "no_event"],
            firms=[f("Voltra")],
            quantities=[c(21, "ô")],
            events=[],
        ),
        h(
            n(),
            "Nhìn qua, tủ đổi pin của Voltra giống một máy bán nước tự động dựng ở góc phố.",
            "2025-07-16",
            "ministry",
            ["profile", "no_event"],
            firms=[f("Voltra")],
            events=[],
        ),
        h(
            n(),
            "“Shipper chạy 250 cây số một ngày thì không thể cắm sạc cả buổi”, Huy nói.",
            "2025-07-16",
            "ministry",
            ["quote_first", "distance_no_count", "given_name_alone_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiện khách chính là tài xế giao hàng: Voltra gần như chỉ bán cho doanh nghiệp, khác Lac Bike nhắm khách cao cấp hay Đông Hải Motor liên tục tung mẫu mới.",
            "2025-07-16",
            "ministry",
            ["profile", "competitors_named", "no_event"],
            firms=[f("Voltra"), f("Lac Bike"), f("Đông Hải Motor")],
            events=[],
        ),
        h(
            n(),
            "Xe EVRide của Hải Hà sẽ chạy pin Voltra\nThỏa thuận dùng chung pin hoán đổi và trạm đổi pin cho dòng xe điện hai bánh EVRide được Công ty CP Xe điện Voltra và Công ty CP Phát triển năng lượng Hải Hà, đơn vị thuộc Tập đoàn Hải Hà, ký hôm 12/7.",
            "2024-07-15",
            "ministry",
            [
                "headline_lead",
                "object_first",
                "passive_signing",
                "firm_firm_agreement",
                "parent_in_apposition",
                "headline_bare_name",
                "battery_brand_no_firm",
                "product_brand_no_firm",
                "deal_date",
                "multiline",
            ],
            firms=[
                f("Hải Hà", "Tập đoàn"),
                f("Xe điện Voltra", "Công ty CP"),
                f("Phát triển năng lượng Hải Hà", "Công ty CP"),
            ],
            deals=[deal("mou", ["Xe điện Voltra", "Phát triển năng lượng Hải Hà"], None, None, "2024-07-12")],
            events=[
                ev(
                    "mou",
                    [F("Xe điện Voltra"), F("Phát triển năng lượng Hải Hà")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Theo thoả thuận, Voltra cấp quyền dùng công nghệ pin hoán đổi cho Hải Hà; người đi EVRide đổi pin ở bất kỳ trạm nào của Voltra.",
            "2024-07-15",
            "ministry",
            ["agreement_terms_no_second_deal", "old_tone", "product_brand_no_firm", "no_event"],
            firms=[f("Voltra"), f("Hải Hà")],
            events=[],
        ),
        h(
            n(),
            "Xe bán không kèm pin nên rẻ hơn, còn tiền thuê pin mỗi tháng chỉ bằng khoảng 65-75% tiền xăng.",
            "2024-07-15",
            "ministry",
            ["percentage_range", "no_event"],
            percentages=[65, 75],
            events=[],
        ),
        h(
            n(),
            "Ngay giai đoạn đầu, xe EVRide dùng pin Voltra sẽ được đưa ra thị trường.",
            "2024-07-15",
            "ministry",
            ["product_brand_no_firm", "battery_brand_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo Tổng giám đốc Voltra, trạm đổi pin nên mở cho mọi hãng, như cây xăng bán cho mọi loại xe.\n>> Hãng xe điện Trung Quốc Luoma chính thức vào Việt Nam",
            "2024-07-15",
            "ministry",
            [
                "role_without_name",
                "related_link",
                "market_entry_no_deal",
                "country_word",
                "multiline",
                "no_event",
            ],
            firms=[f("Voltra"), f("Luoma")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Từ chiếc tủ gỗ ghép màn hình cũ đến 2 triệu lượt đổi pin\n\n21-10-2025 - 08:12 AM | Doanh nghiệp",
            "2025-10-21",
            "ministry",
            ["headline", "timestamp_section", "count", "multiline", "no_event"],
            quantities=[c(2_000_000, "lượt đổi pin")],
            events=[],
        ),
        h(
            n(),
            "Hai phút cho một lần đổi, so với năm sáu tiếng cắm sạc: chênh lệch ấy kéo tài xế công nghệ về phía tủ đổi pin.",
            "2025-10-21",
            "ministry",
            ["duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các hãng lớn cũng nhảy vào: Honda thử dịch vụ đổi pin ở một số đại lý ủy quyền, còn Đông Hải Motor hứa 40.000 trạm trước cuối năm.",
            "2025-10-21",
            "ministry",
            ["station_target_no_deal", "count", "well_known_brand", "no_event"],
            firms=[f("Honda"), f("Đông Hải Motor")],
            quantities=[c(40000, "trạm")],
            events=[],
        ),
        h(
            n(),
            "Chiếc tủ đầu tiên đóng bằng gỗ, màn hình lấy từ máy tính cũ, TS. Lâm Gia Huy, nhà sáng lập Voltra Motors, kể về những ngày xe máy điện còn lạ với người Việt.",
            "2025-10-21",
            "ministry",
            ["academic_title_no_role", "role_after_name", "ordinal_no_count", "no_event"],
            persons=[per("Lâm Gia Huy", "nhà sáng lập Voltra Motors")],
            firms=[f("Voltra Motors")],
            events=[],
        ),
        h(
            n(),
            "Menu Icon\nĐặt lệnh\nTin thị trường / Mới nhất\n\nTừ chiếc tủ gỗ ghép màn hình cũ đến 2 triệu lượt đổi pin\n\n19:05 21/10/2025\n\nz6120493317580 7e1c8d0a5b1f24c09",
            "2025-10-21",
            "ministry",
            [
                "broker_repost",
                "site_chrome",
                "image_filename_nothing",
                "timestamp",
                "count",
                "multiline",
                "no_event",
            ],
            quantities=[c(2_000_000, "lượt đổi pin")],
            events=[],
        ),
    ]
    # --- Vietnamese news: monthly motorbike output and the makers' association (S15 r4) ---
    rows += [
        h(
            n(),
            "Người Việt mua trung bình 7.900 xe máy mỗi ngày",
            "2025-04-18",
            "ministry",
            ["headline_only", "rate_per_day_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quý I/2025 cả nước xuất xưởng 741.600 xe máy, tăng 5,8%; riêng tháng 3 ước 243.800 chiếc, thấp hơn tháng 2 là 5,7% và thấp hơn cùng kỳ 6,9%.",
            "2025-04-18",
            "ministry",
            ["statistics", "nfd", "count", "approx", "percentage", "no_event"],
            quantities=[c(741600, "xe máy"), c(243800, "chiếc", True)],
            percentages=[5.8, 5.7, 6.9],
            events=[],
        ),
        h(
            n(),
            "Dù chững lại trong tháng 3, sản lượng cả quý cho thấy ngành vẫn giữ được đà tăng.",
            "2025-04-18",
            "ministry",
            ["statistics", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm hãng Honda Việt Nam, Yamaha Motor Việt Nam, Piaggio Việt Nam, SYM Việt Nam và Việt Nam Suzuki là các thành viên chính của Hiệp hội Các nhà sản xuất xe máy Việt Nam (VAMM).",
            "2025-04-18",
            "ministry",
            [
                "bracketed_acronym_one_entry",
                "well_known_brands",
                "vietnam_dropped",
                "vietnam_before_name",
                "count_in_words",
                "no_event",
            ],
            organizations=["Hiệp hội Các nhà sản xuất xe máy Việt Nam"],
            firms=[f("Honda"), f("Yamaha Motor"), f("Piaggio"), f("SYM"), f("Suzuki")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 79% số xe bán ra trong khối là của Honda.",
            "2025-04-18",
            "ministry",
            ["market_share", "well_known_brand", "no_event"],
            firms=[f("Honda")],
            percentages=[79],
            events=[],
        ),
    ]
    # --- Vietnamese news: a group's energy arm and a battery firm sign a strategic agreement (law daily), and a battery
    # plant broken ground in Huế with a Chinese technology partner (news agency) (S16 r2, S16 r4) ---
    rows += [
        h(
            n(),
            "Hải Hà và Kim Sa Energy bắt tay làm pin cho xe máy điện\nTài xế công nghệ GoMo sắp chuyển sang xe điện Đông Hải |\nPin, trạm sạc và phần mềm quản lý cho các mẫu xe máy điện mà hai bên tự làm sẽ là những sản phẩm đầu tiên của mối hợp tác.",
            "2024-04-26",
            "ministry",
            [
                "headline_lead",
                "bat_tay_headline",
                "firm_firm_mou",
                "related_link",
                "product_brand_no_firm",
                "multiline",
            ],
            firms=[f("Hải Hà"), f("Kim Sa Energy"), f("GoMo")],
            deals=[deal("mou", ["Hải Hà", "Kim Sa Energy"])],
            events=[ev("mou", [F("Hải Hà"), F("Kim Sa Energy")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Lễ ký thỏa thuận hợp tác chiến lược về pin xe điện giữa Công ty CP Phát triển năng lượng Hải Hà và Công ty CP Giải pháp năng lượng Kim Sa sáng 25/4. |",
            "2024-04-26",
            "ministry",
            ["caption", "nfd", "ceremony_names_agreement", "strategic_agreement_mou", "deal_date", "no_site"],
            firms=[
                f("Phát triển năng lượng Hải Hà", "Công ty CP"),
                f("Giải pháp năng lượng Kim Sa", "Công ty CP"),
            ],
            deals=[
                deal(
                    "mou",
                    ["Phát triển năng lượng Hải Hà", "Giải pháp năng lượng Kim Sa"],
                    None,
                    None,
                    "2024-04-25",
                )
            ],
            events=[
                ev(
                    "mou",
                    [F("Phát triển năng lượng Hải Hà"), F("Giải pháp năng lượng Kim Sa")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Ông Đinh Công Hậu, Phó Tổng Giám đốc Tập đoàn Hải Hà, nói pin là khâu tập đoàn muốn làm chủ trước khi mở rộng các dòng xe.",
            "2024-04-26",
            "ministry",
            ["role_after_name", "reported_speech", "no_event"],
            persons=[per("Đinh Công Hậu", "Phó Tổng Giám đốc Tập đoàn Hải Hà")],
            firms=[f("Hải Hà", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Đại diện Tập đoàn Hải Hà gọi đây là cú bắt tay giữa hai doanh nghiệp nội muốn xe điện thay xe xăng trên phố.",
            "2024-04-26",
            "ministry",
            ["refers_back_no_second_deal", "count_in_words", "no_event"],
            firms=[f("Hải Hà", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Thứ trưởng Bộ Khoa học và Công nghệ Trịnh Quang Minh, người dự lễ, coi đây là tín hiệu tốt cho ngành xe hai bánh chạy điện.",
            "2024-04-26",
            "ministry",
            ["attendee_no_party", "role_before_name", "no_event"],
            persons=[per("Trịnh Quang Minh", "Thứ trưởng Bộ Khoa học và Công nghệ")],
            organizations=["Bộ Khoa học và Công nghệ"],
            events=[],
        ),
        h(
            n(),
            "Huế: Động thổ nhà máy pin 145 triệu USD",
            "2025-12-19",
            "provincial",
            ["headline_only", "groundbreaking_no_firm", "no_event"],
            provinces=[pv("Huế")],
            money=[m(145 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy pin của Phú Xuân Motor được khởi công sáng 18/12. Ảnh: Hồ Minh Quân - TTXVN",
            "2025-12-19",
            "provincial",
            [
                "caption",
                "passive",
                "groundbreaking_caption",
                "deal_date",
                "photo_credit_person",
                "agency_credit_nothing",
                "no_site",
            ],
            firms=[f("Phú Xuân Motor")],
            persons=[per("Hồ Minh Quân", None)],
            deals=[deal("groundbreaking", ["Phú Xuân Motor"], None, None, "2025-12-18")],
            events=[ev("groundbreaking", [F("Phú Xuân Motor")], None, None, None, "started")],
        ),
        h(
            n(),
            "Kỹ thuật và công nghệ làm pin do Tập đoàn Shenlan (Trung Quốc) chuyển giao trọn gói, theo thỏa thuận hợp tác mà Phú Xuân Motor đã ký; vốn xây nhà máy là của Phú Xuân Motor.",
            "2025-12-19",
            "provincial",
            ["nfd", "object_first", "background_agreement_terms", "mou_deal_no_event", "country_bracket"],
            firms=[f("Shenlan", "Tập đoàn"), f("Phú Xuân Motor")],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Phú Xuân Motor", "Shenlan"])],
            events=[],
        ),
        h(
            n(),
            "Pin quyết định xe điện chạy được bao xa và an toàn tới đâu, nên tự làm được pin là bước doanh nghiệp muốn đi trước khi tăng sản lượng xe.",
            "2025-12-19",
            "provincial",
            ["anaphoric_firm_no_firm", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: an old portal feature on localisation ratios, a news agency's feature on the motorcycle supporting
    # industry, a consultancy's supporting-industry profile and a think tank's discussion-paper cover (S17 r1-r4) ---
    rows += [
        h(
            n(),
            "VietNamNet Bridge – Scooters assembled in Vietnam now reach buyers on several continents, and the factories behind them are among their makers' largest.\n\n{keywords}",
            "2013-08-05",
            "ministry",
            [E, "outlet_prefix_nothing", "template_placeholder", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "At Hokuto Vietnam, 92 percent of the new 125cc scooter is declared as local content, and the firm says most of its range sits in a 90-94 percent band.",
            "2013-08-05",
            "ministry",
            [
                E,
                "localisation_rate",
                "percentage_range",
                "vietnam_dropped",
                "engine_size_no_count",
                "no_event",
            ],
            firms=[f("Hokuto")],
            percentages=[92, 90, 94],
            events=[],
        ),
        h(
            n(),
            "Engine castings, frames and electronic control units are what Sakura Motor Vietnam still imports; the rest takes its average local content to roughly 78 percent, a senior executive said.",
            "2013-08-05",
            "ministry",
            [E, "object_first", "unnamed_executive_no_person", "vietnam_dropped", "no_event"],
            firms=[f("Sakura Motor")],
            percentages=[78],
            events=[],
        ),
        h(
            n(),
            "Vellani Vietnam's engine works in Vinh Phuc province, running since last year, can make 180,000-260,000 units annually, some of them fitted to scooters built for export.",
            "2013-08-05",
            "ministry",
            [E, "recalled_opening_no_event", "no_capital", "possessive_firm", "capacity_no_count", "no_deal"],
            firms=[f("Vellani")],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Italy and a handful of Southeast Asian suppliers provide 18 percent of the parts for its latest 3V engine, CEO Alessandro Ferraro said.",
            "2013-08-05",
            "ministry",
            [
                E,
                "role_before_name",
                "engine_code_no_count",
                "country_noun",
                "region_adjective_nothing",
                "no_event",
            ],
            persons=[per("Alessandro Ferraro", "CEO")],
            percentages=[18],
            locations=[country("Italy")],
            events=[],
        ),
        h(
            n(),
            "Economy\n\nMotorcycle parts: two-thirds now made at home\n\nAbout 68% of the spare parts and components going into motorcycles assembled in Vietnam are now produced in the country, a share that was zero two decades ago.",
            "2012-10-09",
            "ministry",
            [
                E,
                "section_label",
                "headline_lead",
                "fraction_no_percentage",
                "percentage",
                "multiline",
                "no_event",
            ],
            percentages=[68],
            events=[],
        ),
        h(
            n(),
            "Japanese, Italian and Taiwanese groups are among nearly 55 firms making or assembling motorcycles in Vietnam, whose combined capacity the Ministry of Industry and Trade puts at 5.5 million units a year.",
            "2012-10-09",
            "ministry",
            [E, "country_adjectives_nothing", "count", "approx", "capacity_no_count", "no_event"],
            organizations=["Ministry of Industry and Trade"],
            quantities=[c(55, "firms", True)],
            events=[],
        ),
        h(
            n(),
            "A third Hokuto plant in Ha Nam has absorbed over 110 million USD, and Sakura Motor more than 24 million USD for a 40% rise in assembly capacity.",
            "2012-10-09",
            "ministry",
            [E, "recalled_spends", "deal_no_event", "approx", "ordinal_no_count"],
            firms=[f("Hokuto"), f("Sakura Motor")],
            provinces=[pv("Hà Nam")],
            money=[m(110 * M, "USD", approx=True), m(24 * M, "USD", approx=True)],
            percentages=[40],
            deals=[
                deal("investment", ["Hokuto"], 110 * M, HNam),
                deal("investment", ["Sakura Motor"], 24 * M),
            ],
            events=[],
        ),
        h(
            n(),
            "Decision 12/2011/QD-TTg is where the definition comes from: an industry is “supporting” if it supplies inputs – materials, parts, accessories, semi-finished goods – to those who assemble end products.",
            "2014-03-02",
            "ministry",
            [E, "decision_without_date", "definition", "no_event"],
            decisions=[d("12/2011/QD-TTg")],
            events=[],
        ),
        h(
            n(),
            "Motorbike sector\n\nWith 4.1 million units sold in 2012, the country trails only Indonesia in ASEAN, and makers buy 72-88% of their parts locally.",
            "2014-03-02",
            "ministry",
            [
                E,
                "subheading",
                "count",
                "percentage_range",
                "country_noun",
                "asean_nothing",
                "multiline",
                "no_event",
            ],
            quantities=[c(4_100_000, "units")],
            percentages=[72, 88],
            locations=[country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Car-industry localisation stood at 23% in our 2012 survey (15 points made in-house, 8 bought locally); the best performer, Bach Dang Auto, reached 44% across its trucks, buses and cars.",
            "2014-03-02",
            "ministry",
            [E, "localisation_rate", "points_no_percentage", "no_event"],
            firms=[f("Bach Dang Auto")],
            percentages=[23, 44],
            events=[],
        ),
        h(
            n(),
            "ERIA-DP-2018-04\nERIA Discussion Paper Series\n\nFrom Motorcycle Parts to Car Parts: Supplier Upgrading in Viet Nam\n\nKenji NAKAMURA\nInstitute of Asian Industry Studies, Keio University\n\nMarch 2018",
            "2018-03-30",
            "ministry",
            [
                E,
                "paper_cover",
                "paper_code_no_decision",
                "caps_surname",
                "acronym_org",
                "multiline",
                "no_event",
            ],
            organizations=["ERIA", "Institute of Asian Industry Studies", "Keio University"],
            persons=[per("Kenji Nakamura", None)],
            events=[],
        ),
    ]
    # --- English: a business weekly's licence item and its page chrome, a journalist's blog draft, an aggregator's feature
    # on the domestic maker's e-scooters (S18 r1 = S18 r4, S18 r2, S18 r3) ---
    rows += [
        h(
            n(),
            "HCMC – Quang Ngai Province's Dung Quat Economic Zone is to get a 1.8-million-unit-a-year electric two-wheeler plant after Dong Hai Motor won approval for a VND12.6-trillion investment.",
            "2026-03-03",
            "ministry",
            [
                E,
                "dateline_province",
                "place_first",
                "licence_without_grantor",
                "trillion_dong",
                "english_zone_no_location",
                "capacity_no_count",
            ],
            provinces=[pv("Hồ Chí Minh"), pv("Quảng Ngãi")],
            firms=[f("Dong Hai Motor")],
            money=[m(12.6 * 1000 * B, "VND")],
            deals=[deal("investment", ["Dong Hai Motor"], 12.6 * 1000 * B, QNg)],
            events=[ev("investment_licence", [F("Dong Hai Motor")], 12.6 * 1000 * B, "VND", QNg, "licensed")],
        ),
        h(
            n(),
            "Dong Hai Motor Manufacturing JSC received its investment registration certificate from the Dung Quat Economic Zone and Industrial Parks Authority, the provincial paper said.",
            "2026-03-03",
            "ministry",
            [E, "licence_by_zone_board", "board_grantor", "foreign_legal_form", "site_from_page"],
            firms=[f("Dong Hai Motor Manufacturing", "JSC")],
            organizations=["Dung Quat Economic Zone and Industrial Parks Authority"],
            deals=[deal("investment", ["Dong Hai Motor Manufacturing"], None, QNg)],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Dung Quat Economic Zone and Industrial Parks Authority"),
                        F("Dong Hai Motor Manufacturing"),
                    ],
                    None,
                    None,
                    QNg,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Lots B3 and B4, some 61 hectares, are set aside for it; besides motorcycles it will turn out e-bikes.",
            "2026-03-03",
            "ministry",
            [E, "lot_codes_nothing", "area", "approx", "no_event"],
            areas=[ha(61, True)],
            events=[],
        ),
        h(
            n(),
            "27.4 C\nHo Chi Minh City\nTuesday, March 3, 2026\n\nBy Minh Chau\n\nMust read",
            "2026-03-03",
            "ministry",
            [
                E,
                "site_chrome",
                "weather_nothing",
                "byline_person",
                "city_in_chrome_mention",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            persons=[per("Minh Chau", None)],
            events=[],
        ),
        h(
            n(),
            "(Draft – the edited piece appeared in The Ken)\n\nIt cost at least $400,000 to fly a football star in for the Geneva show of 2019, where the first car built in Vietnam was shown.",
            "2022-02-14",
            "ministry",
            [E, "blog_draft", "outlet_nothing", "foreign_city_nothing", "approx", "multiline", "no_event"],
            money=[m(400000, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Some US$3.2 billion went into Dong Hai Motor's first factory in northern Vietnam, which has room for 300,000 electric two-wheelers a year.",
            "2022-02-14",
            "ministry",
            [
                E,
                "amount_first",
                "recalled_investment",
                "possessive_firm",
                "approx",
                "region_nothing",
                "capacity_no_count",
                "deal_no_event",
            ],
            firms=[f("Dong Hai Motor")],
            money=[m(3.2 * B, "USD", approx=True)],
            deals=[deal("investment", ["Dong Hai Motor"], 3.2 * B)],
            events=[],
        ),
        h(
            n(),
            "“We had to prove an electric bike can climb a car-park ramp with two people on it,” says Phan Quoc Dat, CEO and founder of Lac Bike, a premium maker in Ho Chi Minh City.",
            "2022-02-14",
            "ministry",
            [E, "quote_first", "role_after_name", "count_in_words", "no_event"],
            persons=[per("Phan Quoc Dat", "CEO and founder of Lac Bike")],
            firms=[f("Lac Bike")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Cars, electric buses and e-scooters all come out of Dong Hai Motor's US$3.2 billion complex in Haiphong, which covers 3.3 million square metres.",
            "2020-06-11",
            "ministry",
            [E, "object_first", "recalled_investment", "possessive_firm", "sq_m_to_ha", "deal_no_event"],
            firms=[f("Dong Hai Motor")],
            provinces=[pv("Hải Phòng")],
            money=[m(3.2 * B, "USD")],
            areas=[ha(330)],
            deals=[deal("investment", ["Dong Hai Motor"], 3.2 * B, HP)],
            events=[],
        ),
        h(
            n(),
            "Scooter sales reached 46,000 last year, the second since they began in late 2018; the target for 2020 is 105,000.",
            "2020-06-11",
            "ministry",
            [E, "count_without_noun_none", "ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "13.5 million dong ($583) buys the cheapest of its models.",
            "2020-06-11",
            "ministry",
            [E, "amount_first", "price", "bracketed_conversion", "no_event"],
            money=[m(13.5 * M, "VND"), m(583, "USD")],
            events=[],
        ),
        h(
            n(),
            "Hoang Thi Lan Phuong, head of scooter production at Dong Hai Motor, says charging points in apartment blocks matter more than price.",
            "2020-06-11",
            "ministry",
            [E, "role_after_name", "firm_in_role", "no_event"],
            persons=[per("Hoang Thi Lan Phuong", "head of scooter production at Dong Hai Motor")],
            firms=[f("Dong Hai Motor")],
            events=[],
        ),
    ]
    # --- English: a 1987 and a 1995 wire brief in a newspaper archive, a blog repost of a third plant's opening, a regional
    # portal on a capacity top-up (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "Advertisement\n\nKits from Kitamura Motor Co. will be turned into a first 3,000 motorcycles by Saigon Mechanical Union under a contract the two have signed, Japan's Jiji news service said.\n\nShare",
            "1987-06-18",
            "ministry",
            [
                E,
                "archive_chrome",
                "object_first",
                "kit_supply_contract",
                "foreign_legal_form",
                "count",
                "agency_nothing",
                "possessive_country",
                "multiline",
            ],
            firms=[f("Kitamura Motor", "Co."), f("Saigon Mechanical Union")],
            quantities=[c(3000, "motorcycles")],
            locations=[country("Japan")],
            deals=[deal("supply_contract", ["Kitamura Motor", "Saigon Mechanical Union"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Kitamura Motor"), F("Saigon Mechanical Union")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Some of the bikes, 90cc step-throughs, are meant for Laos and Cambodia, according to officials in Hanoi.",
            "1987-06-18",
            "ministry",
            [E, "city_mention", "engine_size_no_count", "country_noun", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[country("Laos"), country("Cambodia")],
            events=[],
        ),
        h(
            n(),
            "Kitamura Near Vietnam Deal: A joint-venture plant for 110cc motorcycles is what Kitamura Motor Co. expects to sign for soon with state-owned Vietnam Engine and Farm Machinery Corp., company spokesman Hideo Ono said.",
            "1995-07-10",
            "ministry",
            [
                E,
                "label_headline",
                "object_first",
                "planned_joint_venture",
                "one_deal_of_both",
                "engine_size_no_count",
                "role_before_name",
                "foreign_legal_form",
            ],
            persons=[per("Hideo Ono", "company spokesman")],
            firms=[
                f("Kitamura"),
                f("Kitamura Motor", "Co."),
                f("Vietnam Engine and Farm Machinery", "Corp."),
            ],
            deals=[deal("investment", ["Kitamura Motor", "Vietnam Engine and Farm Machinery"])],
            events=[
                ev(
                    "joint_venture",
                    [F("Kitamura Motor"), F("Vietnam Engine and Farm Machinery")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "For now Kitamura ships to Vietnam from its Japanese and Thai factories.",
            "1995-07-10",
            "ministry",
            [E, "country_adjectives_nothing", "short_name_alone", "no_event"],
            firms=[f("Kitamura")],
            events=[],
        ),
        h(
            n(),
            "Hokuto Vietnam's third motorcycle plant opens\n\nHa Nam, Vietnam —- Deputy Prime Minister Tran Van Hung and central and local officials were on hand as Hokuto Vietnam Co. Ltd opened its third motorcycle plant in Ha Nam Province.",
            "2014-11-20",
            "ministry",
            [
                E,
                "blog_repost",
                "headline_lead",
                "dateline_province",
                "attendees_first",
                "inauguration_no_capital",
                "foreign_legal_form",
                "role_before_name",
                "attendees_no_parties",
                "ordinal_no_count",
                "multiline",
                "no_deal",
            ],
            firms=[f("Hokuto", "Co. Ltd")],
            provinces=[pv("Hà Nam")],
            persons=[per("Tran Van Hung", "Deputy Prime Minister")],
            events=[ev("inauguration", [F("Hokuto")], None, None, HNam, "completed")],
        ),
        h(
            n(),
            "Around US$115 million went into the first phase, which can make 600,000 units a year on 240,000 m2 of Dong Van III Industrial Zone, 50 km from Hanoi.",
            "2014-11-20",
            "ministry",
            [
                E,
                "amount_first",
                "anaphoric_plant_no_firm",
                "english_park_no_location",
                "m2_to_ha",
                "distance_no_count",
                "approx",
                "capacity_no_count",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            money=[m(115 * M, "USD", approx=True)],
            areas=[ha(24)],
            events=[],
        ),
        h(
            n(),
            "Hokuto to spend $65 million on more Vietnam capacity\nAbout $65 million will go into 400,000 more motorcycles a year of capacity in Vietnam, for a total of 2 million, Hokuto Motor Co said on Monday.",
            "2010-07-12",
            "ministry",
            [
                E,
                "headline_lead",
                "amount_first",
                "announced_investment",
                "one_deal_headline_and_lead",
                "foreign_legal_form",
                "capacity_no_count",
                "approx",
                "no_site",
                "multiline",
            ],
            firms=[f("Hokuto"), f("Hokuto Motor", "Co")],
            money=[m(65 * M, "USD"), m(65 * M, "USD", approx=True)],
            deals=[deal("investment", ["Hokuto Motor"], 65 * M)],
            events=[ev("investment_announcement", [F("Hokuto Motor")], 65 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Tags: Hokuto Vietnam, Vietnam motorcycles, Vietnam automotive industry\nPosted by VBN on Jul 12 2010. Filed under Automotive.",
            "2010-07-12",
            "ministry",
            [E, "tag_line", "vietnam_dropped", "username_nothing", "multiline", "no_event"],
            firms=[f("Hokuto")],
            events=[],
        ),
    ]
    # --- English: a research vector on swap networks, an Italian site's machine-translated item on a charging MoU, a
    # start-up founder's profile page, a portal feature on swap cabinets (S20 r1-r4) ---
    rows += [
        h(
            n(),
            "Vietnam — With some 46 million motorbikes on its roads, the country is where Dong Hai Motor is building out swap stations for its scooters, first for the Vela X.",
            "2025-11-04",
            "ministry",
            [E, "swap_network_no_deal", "product_brand_no_firm", "count", "approx", "no_event"],
            firms=[f("Dong Hai Motor")],
            quantities=[c(46 * M, "motorbikes", True)],
            events=[],
        ),
        h(
            n(),
            "Memorandum of understanding signed between E-Volt and Sao Mai Retail, according to Vietnam News: inside the Sao Mai stores will be put columns of charge and cabinets of exchange batteries for the electric scooters of Dong Hai Motor.",
            "2025-10-02",
            "ministry",
            [E, "machine_translated", "firm_firm_mou", "outlet_nothing", "chain_as_place_no_firm"],
            firms=[f("E-Volt"), f("Sao Mai Retail"), f("Dong Hai Motor")],
            deals=[deal("mou", ["E-Volt", "Sao Mai Retail"])],
            events=[ev("mou", [F("E-Volt"), F("Sao Mai Retail")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Already owner of 140,000 points of charge for cars and motorcycles in 34 provinces, E-Volt aims at 150,000 points of battery exchange within three years.",
            "2025-10-02",
            "ministry",
            [E, "machine_translated", "station_target_no_deal", "count", "duration_no_count", "no_event"],
            firms=[f("E-Volt")],
            quantities=[
                c(140000, "points of charge"),
                c(34, "provinces"),
                c(150000, "points of battery exchange"),
            ],
            events=[],
        ),
        h(
            n(),
            "Swapping Gas for Batteries\n\nVoltra Motors co-founder and CEO Lam Gia Huy sells cheap, tough two-wheelers to couriers and city commuters.",
            "2024-09-18",
            "ministry",
            [E, "profile_page", "headline_lead", "role_before_name", "firm_in_role", "multiline", "no_event"],
            persons=[per("Lam Gia Huy", "Voltra Motors co-founder and CEO")],
            firms=[f("Voltra Motors")],
            events=[],
        ),
        h(
            n(),
            "Two flat batteries out, two full ones in: that was Nguyen Van Khoa's lunchtime stop at a Voltra Motors cabinet on Le Van Sy Street, HCMC. The 24-year-old shipper does it twice a day.",
            "2025-08-21",
            "ministry",
            [
                E,
                "feature_scene",
                "possessive_person",
                "age_no_count",
                "street_nothing",
                "count_in_words",
                "no_event",
            ],
            persons=[per("Nguyen Van Khoa", None)],
            firms=[f("Voltra Motors")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Courier Nhanh Express is putting electric motorcycles into its HCMC and Hanoi fleets under a cooperation agreement signed with Voltra Motors.",
            "2025-08-21",
            "ministry",
            [E, "cooperation_agreement", "passive_agreement", "two_cities_no_site"],
            firms=[f("Nhanh Express"), f("Voltra Motors")],
            provinces=[pv("Hồ Chí Minh"), pv("Hà Nội")],
            deals=[deal("cooperation", ["Nhanh Express", "Voltra Motors"])],
            events=[ev("cooperation", [F("Nhanh Express"), F("Voltra Motors")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Voltra wants 350 cabinets across the country by 2026 and ten times that by 2028; a swap, VAT included, is VND9,000 a battery.",
            "2025-08-21",
            "ministry",
            [E, "station_target_no_deal", "count", "multiplier_no_count", "money_per_unit", "no_event"],
            firms=[f("Voltra")],
            money=[m(9000, "VND", "battery")],
            quantities=[c(350, "cabinets")],
            events=[],
        ),
        h(
            n(),
            "A 33.6 percent yearly growth rate would take the region's swap market from $0.68 billion this year to $2.9 billion in 2030, by Mordor Intelligence's estimate.",
            "2025-08-21",
            "ministry",
            [E, "report_firm", "possessive_firm", "decimal_billion", "percentage", "no_event"],
            firms=[f("Mordor Intelligence")],
            money=[m(680 * M, "USD"), m(2.9 * B, "USD")],
            percentages=[33.6],
            events=[],
        ),
        h(
            n(),
            "Hoa Binh Motors has its own plan: its unit HB-Green said in August it would roll out swap stations nationwide, sized from 6 to 64 batteries.",
            "2025-08-21",
            "ministry",
            [E, "station_project_no_deal", "count_range", "unit_of_firm", "no_event"],
            firms=[f("Hoa Binh Motors"), f("HB-Green")],
            quantities=[c(6, "batteries"), c(64, "batteries")],
            events=[],
        ),
    ]
    return rows
