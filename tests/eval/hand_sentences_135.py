# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 135 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: industrial pumps, valves, castings and forgings (foundries, valve and
pump makers, mechanical engineering suppliers in Vietnamese industrial zones, their investments, contracts and
licences). Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger code,
data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy sản xuất máy bơm công nghiệp khu
công nghiệp vốn đầu tư", S2 "doanh nghiệp sản xuất van công nghiệp Việt Nam nhà máy", S3 "nhà máy đúc gang thép khu công
nghiệp khởi công", S4 "công ty đúc kim loại ký hợp đồng cung cấp sản phẩm đúc", S5 "rèn dập nóng chi tiết cơ khí doanh
nghiệp FDI nhà máy", S6 "trao giấy chứng nhận đầu tư dự án sản xuất van vòi khu công nghiệp", S7 "máy bơm nước công
nghiệp doanh nghiệp Việt Nam thị trường cạnh tranh hàng nhập", S8 "tăng vốn dự án đúc kim loại khu công nghiệp điều
chỉnh giấy chứng nhận", S9 "xưởng đúc gang cầu phụ tùng xuất khẩu doanh nghiệp", S10 "cơ khí chế tạo bơm trạm bơm tiêu
thủy lợi hợp đồng cung cấp lắp đặt", S11 "mua lại cổ phần công ty cơ khí chế tạo bơm", S12 "van công nghiệp nhập khẩu
đại lý phân phối chính hãng", S13 "nhà máy đúc chính xác Nhật Bản đầu tư Việt Nam khu công nghiệp", S14 "ngành công
nghiệp đúc Việt Nam công nghệ khuôn cát doanh nghiệp cơ khí", S15 "khánh thành nhà máy sản xuất van công nghiệp", S16
"nhà máy rèn thép chi tiết máy Bắc Ninh Vĩnh Phúc nhà đầu tư Hàn Quốc", and in English S17 "Vietnam foundry casting
plant investment industrial park", S18 "valve manufacturer Vietnam factory opening", S19 "pump maker Vietnam acquisition
stake supply contract", S20 "forging company Vietnam investment certificate industrial zone". No sentence is taken or
paraphrased from a page; the shapes are. Firm, plant, park, outlet-brand and person names are invented (Van Đồng Tân
Phú / TPV, Merriton Flow, Kuroshio Holdings, Cơ khí Xây dựng Hồng Lĩnh, Đúc Sông Công, Khai thác công trình thủy lợi
Thanh Miện, Seiwa Valve, Kanemori, Tokiwa Realty, Shinsei Eco-Engineering, Shinsei Steel, KCN Phước Bình, Kessler
Armaturen, Gang Dẻo Phước An, Kỹ thuật Rèn Daeyang, Golden Crane Engineering International, Bơm Hán Thủy, Công nghiệp
Đông Hồ, Kanzaki Valve, Hokuto, Kuo Feng, Okamura Pump, Tsubame Valve, Gang thép Kim Sơn, Trí Tín, ThauViet.info, Sanwa
Pump Engineering, Halden Flow Control and its units, Brightwater Research, Norland Energy, Tarrant Lift Systems, Brecon
Pumps, Kestrel Linings, Hanbit Water Corporation, Tan Lap Water, Seri Utilities, Kasuga Pump Engineering, DOWASEN, Kurobe
Heavy Industries and Kurobe Steel Asia, Hanoi Precision Casting, Orion Machinery, Saigon Iron Works, Taka Engineering,
Dong Anh Foundry, Kansai Kenki, every official, director, author and byline); well-known names (Samsung, Foxconn,
Honda, the World Bank, the WTO, JETRO, KOTRA, ICC, Tổng cục Thống kê, Bộ Công Thương, the parks VSIP, Thăng Long, Đồng
Văn, Nhơn Trạch, Nam Đình Vũ, Mai Trung, Quang Minh, Phú Tài, Tân Hương, Tân Đức, WHA Nghệ An, and the decree and
circular cited) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; five Polish, Dutch and Italian spam domains came back again and again,
with nine ferro-silicon slugs, a business weekly's FDI feature, a supporting-industry analysis, a centrifugal-pump
standard's download title and a French VNA copy twice or more): about 43 slots were spam and keyword pages (keyword
salads on Polish and Dutch domains, Italian ferro-silicon and alloy slugs, lottery spam, a bolt maker's one-line product
page, TV-site and legal-advice keyword tags, unaccented business-site tags on shareholder meetings and incentives, a
divestment tag, a consumer-news slug, a real-estate image slug, a bidding site's raw HTML head, a listed firm's
disclosure node title, a forum thread and a download page titled with national standards, an e-book tag, two tag pages
with teasers: a workers' housing plan beside an unnamed Japanese bearing maker's 57-million-dollar plant, and a rival of
a big steelmaker proposing a huge project); 8 were explainers, theses and document stores (a consultancy's step list for
building a plant in a park, a tax agent's IRC explainer with footnoted statistics and legal bases, a job site's
Incoterms blog, a document store's off-theme market overview, a thesis on Japanese FDI in the North with OCR-garbled
table, a supporting-industry analysis twice, a Chinese slurry-pump maker's machine-translated industry page); 12 were
Vietnamese news (the FDI feature twice; an aggregator's short on a Japanese equipment maker's planned joint lock plant;
a business-forum feature on a brass valve exporter, its chairman-CEO's quote and an exclusive OEM customer; the tail of a
Thái Nguyên rolling-mill groundbreaking with initials byline and source line; a provincial paper's short on an irrigation
firm's pump repairs with comment chrome; a Japanese gasket maker's fourth-plant opening in Bình Dương; a law paper on
three Japanese firms building a Đồng Nai park, with JETRO figures; a building-materials group's plant opening in Quảng
Trị with caption and comment chrome; a plastic-pipe plant opening in Bình Định with its attendee list; a Korean metal
plant's groundbreaking in Nghệ An with its recalled licence and first project; a steel association's repost on a Hong
Kong firm's rolling-mill plan with its related list); 7 were other languages (a Chinese crane-industry site on a pump
maker's groundbreaking at home, Spanish and French VNA copies on a tyre plant opening and a Taiwanese plant plan in Hà
Nam, the French one three times, two Japanese pages on a precision-valve maker's second plant in Bắc Ninh and a valve
maker's new building in Phú Thọ); 10 were English (a casting magazine on Vietnam's foundry industry, a government
portal's repost on a Japanese machine maker's plant opening in Hà Nam, a valve association's page on a US group's plant
in China, a research firm's pump-industry release and its repost, a finance magazine on a Korean water corporation's
stake in a Long An utility, an investment magazine's English site on a Japanese engineer's stake in a Bình Dương water
firm, a business site's interview on a Japanese steel-structure maker's move to a Hải Phòng zone, a law firm's
manufacturing guide, a trade agency's investment guide on a document store). About 21 slots told a deal or an event with
a named party (openings, groundbreakings, a planned joint plant, a consortium building a park, plant plans, a recalled
licence and first plants, stake purchases with and without price, takeovers abroad, a relocation); several were the same
story. Neither the supply-contract searches (S4, S10) nor the capital-increase search (S8) nor the pump-stake search's
Vietnamese twin (S11, only tags) returned a contract or a licence round in its first four, so the batch has no supply
contract and no licence event (the one licence is recalled).

Rows: 157 (hand-42001 to hand-42157); 31 carry a deal or an event (19.7%): 24 events (9 inaugurations, 5 investment
announcements, 5 acquisitions, 3 groundbreakings, 1 joint venture, 1 MoU) and 26 `deals` entries (21 investment, 3
groundbreaking, 1 cooperation, 1 mou); 7 rows hold only deals without events (42046 a thesis's two recalled investments,
42090 a recalled plant opening, 42094 an investor line, 42098 a recalled licence, 42101 and 42112 recalled first plants,
42136 a factory built for a unit) and 6 hold an event without a deal (42085, 42110, 42113, 42118, 42142 openings without
capital, 42137 a planned start of production). 126 rows are negatives and other fields (49 with no field at all). By page
kind: 32 rows of spam, slug, keyword-tag, title and tag pages (42001-42032; 0 with a deal or event), 23 of explainers,
theses and document stores (42033-42055; 1), 51 of Vietnamese news (42056-42106; 12), 12 of the Chinese, Japanese and
French pages rendered in Vietnamese (42107-42112, 42141-42146; 7), and 39 in English (42113-42140 and 42147-42157: 28
rows of English pages, 7 of the casting magazine, the law-firm guide and the trade-agency guide, 1 of the Spanish copy
rendered; 11 with a deal or event); 39 rows are `english_copy` (24.8%). 9 rows are stored in NFD (hand-42013, 42031,
42041, 42048, 42070, 42079, 42092, 42101, 42106); 5 use old tone placement (42026 "huỷ", 42033 "tuỳ", 42042 "thoả",
42044 "Thuỵ Điển", 42068 "hoá"); 38 hold several lines (headlines and leads, date and byline lines, captions, HTML head,
bullet and numbered lists, tables, related links, comment chrome, source lines).

Own wording: every row was drafted in its own order and wording (amount-first, object-first, target-first, count-first,
passive, speaker last, split or joined rows) with changed figures, names, dates and places; on review against the notes
taken from the sampled pages, about 75 first drafts that still kept a page's clause order, run of facts or a quote's gist
were rewritten from scratch (among them every lead of the openings, the groundbreaking and its recalled licence and first
plant, the park consortium, the JETRO figures, the valve exporter's quote, shipments, OEM and pricing lines, the pump
repair lines, the FDI feature, the supporting-industry analysis, the machine-translated pump page, the consultancy and tax
explainers, the tag teasers, the renderings of the Chinese, Japanese, French and Spanish pages, and in English the plant
opening and its figures, the valve plant in China, the takeover release, the water stakes, the relocation interview,
the casting magazine and the law-firm guide); the tag teaser's steel project was moved from Bình Định to Thanh Hóa. 8
English drafts were dropped or turned into Vietnamese renderings to bring the English share to a quarter. Nothing was used
from ranks 5-8, among them: a listed pump maker's bonus-share issue (S11 r5), a Vĩnh Long park's two licences for a feed
mill and a hydraulic-jack plant (S1 r5), a Đà Nẵng approval for a pool-pump plant (S1 r6), a Hải Dương licence for a
lift-table plant (S1 r7), a precision-mechanics groundbreaking in TP.HCM (S5 r7), a kiln plant groundbreaking in Bà Rịa -
Vũng Tàu (S13 r5), a supporting-industry park visit (S13 r6), a shipbuilder's precision plant opening and paint plant
openings (S15 r5, r7, r8), a stainless-steel plan in Hà Tĩnh and a rail-line supply contract (S16 r5, r6), a precision
parts groundbreaking in Vĩnh Long and Korean park investment (S17 r6-r8), pump-industry M&A reviews and water-utility
stake sales (S19 r5-r8), and the guides and reposts of S20 r5-r8.

Conventions: exactly those of batches 10 and 12-133 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started", dated only when the day is
written; an opening with its capital is an investment deal and an inauguration "completed", without capital the event
only; a named firm's plan or budget is an announced investment; a consortium building together is ONE deal and one event
of all partners; a planned joint venture is a cooperation deal and a joint_venture event "announced"; recalled plants,
licences, first projects and investor lines are deals without events; an acquisition's deal is the buyer's investment
and its event lists buyer, target and the seller when named, without site; a business alliance agreement between two
firms is an mou deal and a signed MoU event; plants and deals abroad have no site; supplies, OEM work and orders without a
contract word, exports, revenue, repairs, attendance, statistics and unnamed investors give no deal; vague amounts are
none; "khoảng", "chừng", "gần", "hơn", "about", "some", "perhaps", "more than", "fewer than", "under", "topped" are
approximate; bracketed and "tức" conversions are both money, the deal's amount the first written; "rand" is ZAR,
"ringgit" MYR, "yên"/"yen" JPY, "nhân dân tệ" CNY, "C$" CAD, "đô la Mỹ" USD; capacities, tonnages, pressures, volumes,
durations, ordinals, page counts, view counters, counts in words and counts without a noun are no counts, English counts
keep their English noun; m², sq.m and ha are areas; Vietnamese legal forms are normalised, foreign ones kept as written
("Co., Ltd.", "Co Ltd", "JSC"), "Việt Nam"/"Viet Nam"/"Vietnam"/"of Vietnam" dropped from a foreign subsidiary's name,
"Corporation" and "Group" kept when written in English; an acronym in brackets after a name is one entry and written
alone a firm (TPV, DOWASEN, KSA); a site brand is a firm; UBND and KCN are expanded; a province inside an organisation's
or a park's name is a mention, inside a firm's name none; Vietnamese country words and English country nouns and
possessives are countries, English adjectives ("Japanese", "Korean", "Canadian", "Korean-funded") and regions ("châu Âu",
"Bắc Mỹ", "Đông Nam bộ", "Southeast Asia") none, "Việt Nam"/"Vietnam" none; parks written in Vietnamese are locations,
English ones none; districts need "huyện"/"thị xã" before July 2025, English districts none; full-name bylines are persons
without role, initials bylines, outlets, agencies and photo credits nothing; a surname or given name alone is no person;
roles as written; standards (TCVN) and laws without a number give no decision; old tone placement is normalised in the
gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A valve exporter named as "nhà gia công OEM duy nhất của Merriton Flow (Mỹ)" (42065) gives firms and the country, no
  supply deal (no contract word); the brand written alone again ("nhãn Merriton") is a second firm entry.
- Three firms named as builders of a park "sẽ do ba doanh nghiệp Nhật – A, B và C (thuộc D) – cùng xây, với 120 triệu
  USD" (42081), told park-first, is ONE announced investment of the three (consortium rule) sited in Đồng Nai; the parent
  in brackets is a mention; "ba doanh nghiệp" a count in words.
- "dự kiến lập liên doanh với ... để dựng nhà máy ..., tổng kinh phí chừng 11,6 triệu USD" (42061) is a cooperation deal
  with the approximate amount and a joint_venture event "announced"; the plant's name "Hồng Lĩnh-Kuro" is no firm.
- A recalled licence told with an active grantor and the firm in the next clause ("Ngày 21/11/2022, UBND tỉnh Nghệ An đã
  cấp giấy chứng nhận đầu tư cho dự án; Daeyang được giao khoảng 11,8 ha", 42098) is Daeyang's dated investment deal
  without event; the organisation is expanded.
- A recalled opening with month only and no capital ("Trước đó, tháng 3/2019, X đã khánh thành nhà máy thứ 3 tại KCN Quang
  Minh, Hà Nội", 42090) is a recalled plant: an investment deal without amount, date or event, sited in Hà Nội.
- A thesis line listing two firms' investments by province ("Hải Dương có Okamura Pump với hơn 48 triệu USD, Bắc Ninh có
  Công ty Tsubame Valve với 62 triệu USD ... đã đẩu tư ra miền Bắc", 42046, with the page's OCR garble) gives two recalled
  investment deals without events, each with its amount and province.
- "A 12ha factory at Nam Dinh Vu Industrial Zone in Hai Phong, built by Japan's KHI, is the new home of its KSA unit"
  (42136) is the parent's investment deal sited in Hải Phòng without event (a relocation told as a new build); the
  interview's "Production at the NDVIZ site starts on April 8. What made KSA leave ...?" (42137) is KSA's inauguration
  "announced" without site; "Guatemala is our newest order" no deal.
- A stake sale told target-first with the seller as a phrase ("A 26% stake in X ... is going to Korea's Y under a share
  transfer contract signed with the seller, Malaysia-based Z, for 74.6 million ringgit (US$17.9 million)", 42125) is Y's
  investment deal in MYR and an acquisition event "signed" of buyer, target and seller, without site (the target's Long
  An a mention); "Malaysia-based" keeps the noun and is a country.
- A headline naming only the buyer and "Dong Nai water firm" (42130) is a completed acquisition event of the buyer alone
  and a province mention; the lead naming the target with "it said on Friday" (42131) is undated (weekday); the price
  credited to "Nikkei Asia" with no buyer named (42132) is money only.
- A plant opening abroad told place-first ("Wuhan, the capital of Hubei Province, China, is home from today to a new ball
  valve plant of X", 42118) is an inauguration without site; "X has set aside $120 million over three years for China"
  (42119) an announced investment without site; a rendered Chinese groundbreaking "tại một khu công nghiệp ở Tương Dương
  (Trung Quốc)" (42107) a dated groundbreaking without site, and the group's "dành tổng cộng 2,4 tỷ nhân dân tệ" (42108)
  an announced investment in CNY.
- Takeovers abroad in a research release: "For about $2.9 billion, X is buying Y" (42123) an announced acquisition with
  its amount; "Sixth-ranked X closed its purchase of Y, a Canadian group ..., on March 4, 2013" (42124) a completed
  acquisition dated that day, "Canadian" no country, "C$34m" sales approximate CAD; "fewer than 200 suppliers" a count,
  "the other 5,200 or so" none (no noun).
- The Japanese page rendered amount-first ("Vốn 3,8 tỷ yên đã được hãng van Hokuto đổ vào một tòa xưởng ... ở tỉnh Phú Thọ
  (trước là Vĩnh Phúc); ... xưởng đã đi vào hoạt động", 42141) is an investment deal and an inauguration in JPY sited in
  Phú Thọ, both provinces mentioned; the completion ceremony of "pháp nhân Hokuto Corporation of Vietnam" (42142) an
  inauguration without site, "of Vietnam" dropped.
- The French VNA copy rendered: the group's plan told jobs-first with a person and no group name (42144) gives no deal;
  "Với Tập đoàn Kuo Feng ..., xưởng ở Hà Nam sẽ là lần đầu đầu tư vào Việt Nam" (42146) an announced investment sited in
  Hà Nam; "-TTXVN" and "-VNA" credits nothing.
- Tag teasers: "46 triệu USD cho van bi ...: một hãng van lâu năm của Hàn Quốc vừa chọn khu công nghiệp này" under a place
  tag "Tràng Duệ" (42031) and a 21.800-tỷ project "ai đứng sau?" measured against a named firm (42032) give no deal
  (unnamed investors); the bare place tag is no location.
- A bidding site's raw HTML head (42025) gives its brand "ThauViet.info" as a firm (site brand); "NukeViet v4.5" nothing.
- Spam with a currency word ("60 tỷ rand với Trung Quốc", 42004) gives ZAR money and the country.
- Roles as written: "Provincial Party Secretary", "Halden Valves & Actuation president" before the name, "KSA's general
  director" and "Hanbit's head of overseas infrastructure" after it, "vice president and general manager" from a
  relative clause (42121); "Phó Bí thư Tỉnh ủy Bình Định" gives the organisation "Tỉnh ủy Bình Định"; "ông Lâm", "Anh
  Đạt" no person; the caps byline "THANH HÀ" a person, "H. TRANG" and "PV" nothing.
- "Thanh Miện" heading a headline and inside the irrigation firm's name (42073) is no district; "14 trạm bơm tiêu" and "14
  trạm tiêu" are two count entries; a machine-translated page's "nước tôi" is no country."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_135(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    TN = cur("Thái Nguyên")
    BDg = cur("Bình Dương")
    DNai = cur("Đồng Nai")
    QT = cur("Quảng Trị")
    BDi = cur("Bình Định")
    NA = cur("Nghệ An")
    TG = cur("Tiền Giang")
    HG = cur("Hậu Giang")
    HN = cur("Hà Nội")
    BN = cur("Bắc Ninh")
    HD = cur("Hải Dương")
    HNam = cur("Hà Nam")
    PT = cur("Phú Thọ")
    HP = cur("Hải Phòng")

    ids = iter(range(42001, 42400))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam domains, spam slugs, keyword and hashtag tags, download titles, forum and e-book titles (S1 r1 = S5 r1,
    # S2 r2 = S9 r4 = S14 r1 = S15 r2, S3 r1 = S5 r2 = S8 r1 = S16 r1, S3 r3, S4 r1-r4 = S9 r1, r3 = S14 r4, S5 r3 =
    # S14 r2 = S16 r4, S9 r2 = S14 r3, S15 r4, S12 r3-r4, S5 r4, S6 r2-r4, S7 r4 = S10 r2, S10 r1, S10 r3, S8 r2, S8 r3,
    # S11 r1-r4, S12 r1; the sample's most common kind) ---
    rows += [
        h(
            n(),
            "nhà máy gia công khuôn đúc quy trình báo giá chỉ số lò trung tần",
            "2023-04-11",
            "ministry",
            ["spam_domain_salad", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy nghiền cát tạo hình được chứng nhận công suất lớn phổ biến nhất dòng hx7",
            "2023-04-11",
            "ministry",
            ["spam_domain_salad", "lowercase", "model_code_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá thành dự án xưởng nấu gang lò cupola quy mô nhỏ",
            "2023-05-02",
            "ministry",
            ["spam_domain_salad", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tỷ trọng chi phí lãi vay trong dự án lò luyện thép 60 tỷ rand với Trung Quốc",
            "2023-05-02",
            "ministry",
            ["spam_domain_salad", "foreign_currency_word", "no_event"],
            money=[m(60 * B, "ZAR")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "phôi gang cầu ferro mangan để bán",
            "2022-07-17",
            "ministry",
            ["spam_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mã hs thân van gang dẻo áp lực cao cho đường ống",
            "2022-07-17",
            "ministry",
            ["spam_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mua hạt cầu hóa magie nhà sản xuất giá tốt",
            "2022-07-17",
            "ministry",
            ["spam_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giá than cốc đúc lưu huỳnh thấp mỗi tấn",
            "2020-05-15",
            "ministry",
            ["spam_slug", "price_per_unit_no_money", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy trình đúc cánh bơm inox pdf Mẫu miễn phí",
            "2021-03-06",
            "ministry",
            ["spam_slug", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hợp kim nhôm đúc áp lực adc12 giá bán tại kho",
            "2021-03-06",
            "ministry",
            ["spam_slug", "lowercase", "model_code_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bảng giá van bướm tay gạt dn100 mới nhất",
            "2021-03-06",
            "ministry",
            ["spam_slug", "lowercase", "model_code_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá phôi thép billet hôm nay cập nhật mới",
            "2021-03-06",
            "ministry",
            ["spam_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cát khuôn đúc bentonit trên thế giới mạt sắt than cám",
            "2021-06-24",
            "ministry",
            ["nfd", "spam_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy mài phôi rèn nhà máy pune chứng chỉ bảo hành đặc biệt",
            "2022-02-08",
            "ministry",
            ["spam_domain_salad", "city_abroad_nothing", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin dự đoán xsmb hôm nay tần suất lô tô miền bắc",
            "2024-02-19",
            "ministry",
            ["lottery_spam", "lowercase", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win soi cầu xsmn thứ năm nhà cái uy tín 2023",
            "2024-02-19",
            "ministry",
            ["lottery_spam", "lowercase", "year_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chi tiết rèn nóng là loại hàng khó làm, đòi hỏi khuôn chính xác và lò nung cảm ứng giữ nhiệt ổn định.",
            "2021-10-05",
            "ministry",
            ["supplier_product_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "luật đấu thầu mua sắm thiết bị cơ khí",
            "2023-08-30",
            "legal",
            ["keyword_tag", "lowercase", "law_without_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận hợp quy van chữa cháy",
            "2023-08-30",
            "legal",
            ["legal_tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quyet dinh ve uu dai thue cho du an co khi che tao",
            "2022-09-14",
            "ministry",
            ["tag_slug", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TCVN 10178:2013 Van cổng gang – Yêu cầu kỹ thuật và phương pháp thử",
            "2019-11-21",
            "legal",
            ["download_title", "standard_number_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tiêu chuẩn việt nam 5060-1990 lắp đặt máy bơm trạm tiêu",
            "2019-11-21",
            "legal",
            ["forum_thread_title", "standard_number_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình công nghệ đúc kim loại-phần khuôn cát ebook pdf",
            "2020-01-09",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ubnd đồng ý giao mặt bằng trạm bơm tân hòa cho huyện thi công",
            "2019-07-26",
            "ministry",
            ["image_attachment_slug", "lowercase", "bare_unit_word", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            '<title>Thủ tục điều chỉnh vốn dự án FDI | Tin tức - ThauViet.info</title>\n<meta name="author" content="ThauViet.info - Phần mềm săn tin thầu">\n<meta name="generator" content="NukeViet v4.5">',
            "2024-06-03",
            "legal",
            ["html_head", "site_brand_firm", "version_no_count", "multiline", "no_event"],
            firms=[f("ThauViet.info")],
            events=[],
        ),
        h(
            n(),
            "CBTT văn bản huỷ danh sách người sở hữu chứng khoán nhận cổ tức - BMC",
            "2021-05-12",
            "legal",
            ["node_title", "old_tone", "ticker_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep co khi chot quyen tra co tuc bang tien",
            "2021-05-12",
            "ministry",
            ["tag_slug", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ba doanh nghiep upcom chot quyen phat hanh co phieu thuong",
            "2021-05-12",
            "ministry",
            ["tag_slug", "unaccented", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thoái vốn-27 doanh nghiệp Nhà nước phải bán hết vốn trước năm 2025",
            "2020-11-02",
            "ministry",
            ["tag_page", "glued_hyphen", "count", "no_event"],
            quantities=[c(27, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "đưa van nội địa vào công trình",
            "2020-11-02",
            "ministry",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tràng Duệ\nKhu nhà ở công nhân được đề xuất với 312 căn hộ và một sân chơi 1.050m2 cho trẻ em…\n46 triệu USD cho van bi và khớp nối ống: một hãng van lâu năm của Hàn Quốc vừa chọn khu công nghiệp này.",
            "2023-09-18",
            "ministry",
            [
                "nfd",
                "tag_page",
                "place_tag_no_location",
                "unnamed_investor_no_deal",
                "count",
                "area",
                "multiline",
                "no_event",
            ],
            quantities=[c(312, "căn hộ")],
            areas=[ha(0.105)],
            money=[m(46 * M, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tổ hợp đúc rèn 21.800 tỷ đồng ở thị xã Nghi Sơn, Thanh Hóa: ai đứng sau? […]\nVới 1,6 triệu tấn mỗi năm, tổ hợp sẽ bằng chừng 70% nhà máy của Gang thép Kim Sơn, cái tên đang dẫn đầu ngành.",
            "2024-10-07",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "unnamed_investor_no_deal",
                "project_by_cost_no_deal",
                "district",
                "capacity_no_count",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Gang thép Kim Sơn")],
            provinces=[pv("Thanh Hóa")],
            money=[m(21800 * B, "VND")],
            percentages=[70],
            locations=[district("thị xã Nghi Sơn")],
            events=[],
        ),
    ]
    # --- Explainers, a consultancy's and a tax agent's pages, a job-site blog, document stores and theses (S6 r1, S8 r4,
    # S12 r2, S7 r2, S13 r3, S2 r1 = S7 r3, S7 r1) ---
    rows += [
        h(
            n(),
            "Dựng nhà máy trong KCN: có IRC rồi, nhà đầu tư còn phải làm gì?\n\nĐã cầm IRC, ERC và giấy phép môi trường, nhà đầu tư vẫn dễ vấp ở khâu dựng xưởng, vì lệ mỗi nơi một khác, tuỳ KCN, tuỳ tỉnh. Bài thứ hai trong loạt bài về thủ tục của Trí Tín đi vào khâu này.",
            "2022-08-23",
            "legal",
            [
                "consultancy_explainer",
                "headline_lead",
                "old_tone",
                "site_brand_firm",
                "ordinal_not_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Trí Tín")],
            events=[],
        ),
        h(
            n(),
            "TRƯỚC KHI KHỞI CÔNG\n1. Xin phép xây dựng:\na. Bản vẽ tổng mặt bằng nên qua tay chủ hạ tầng góp ý trước;\nb. Hồ sơ nộp tại Ban quản lý KCN, thường chờ 15–20 ngày.",
            "2022-08-23",
            "legal",
            [
                "consultancy_explainer",
                "numbered_list",
                "caps_heading",
                "bare_unit_word",
                "duration_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "2. Đăng ký thi công với chủ hạ tầng:\n• Hợp đồng với nhà thầu chính, danh sách thầu phụ;\n• Phương án rào chắn, an toàn công trường;\n• Cam kết bồi hoàn nếu làm hỏng đường nội khu.",
            "2022-08-23",
            "legal",
            ["consultancy_explainer", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Riêng 2.036 dự án FDI(2) được cấp giấy chứng nhận đăng ký đầu tư trong chín tháng đầu 2024, giữa lúc số doanh nghiệp lập mới đã lên 121.503(1).",
            "2024-10-15",
            "legal",
            ["tax_agent_explainer", "footnote_markers", "count", "no_event"],
            quantities=[c(2036, "dự án FDI"), c(121503, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Cơ sở pháp lý:\n- Luật Đầu tư 2020;\n- Nghị định số 31/2021/NĐ-CP (quy định chi tiết và hướng dẫn thi hành);\n- Thông tư 03/2021/TT-BKHĐT (mẫu văn bản, báo cáo).",
            "2024-10-15",
            "legal",
            [
                "legal_basis_list",
                "law_without_number",
                "decree_number",
                "circular_number",
                "multiline",
                "no_event",
            ],
            decisions=[d("31/2021/NĐ-CP"), d("03/2021/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư là gì, nộp ở đâu, chờ bao lâu? Mời bạn xem từng bước dưới đây.",
            "2024-10-15",
            "legal",
            ["tax_agent_explainer", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ xin giấy gồm đề xuất dự án, tài liệu chứng minh năng lực tài chính của nhà đầu tư và văn bản về địa điểm, nộp cho cơ quan đăng ký đầu tư.",
            "2024-10-15",
            "legal",
            ["tax_agent_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Incoterms là gì? Điều người làm xuất nhập khẩu van, bơm cần nắm\nTác giả: Trịnh Thu Hà\nNgày cập nhật: 04/08/2021",
            "2021-08-04",
            "ministry",
            ["job_site_blog", "author_line", "update_date_line", "multiline", "no_event"],
            persons=[per("Trịnh Thu Hà", None)],
            events=[],
        ),
        h(
            n(),
            "Phòng Thương mại Quốc tế (ICC) soạn và cập nhật Incoterms, bộ quy tắc chia cước, bảo hiểm và rủi ro giữa người bán với người mua hàng ngoại thương.",
            "2021-08-04",
            "ministry",
            ["nfd", "job_site_blog", "org_with_acronym", "no_event"],
            organizations=["Phòng Thương mại Quốc tế"],
            events=[],
        ),
        h(
            n(),
            "Điều kiện ba chữ cái như FOB, CIF hay DAP không thay được hợp đồng mua bán: giá, đồng tiền thanh toán và luật áp dụng hai bên vẫn phải thoả thuận riêng.",
            "2021-08-04",
            "ministry",
            ["job_site_blog", "old_tone", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.docx) (15 trang)\nTỔNG QUAN VỀ THỊ TRƯỜNG MÁY BƠM VIỆT NAM\nBạn đang xem bản rút gọn của tài liệu (512,3 KB, 15 trang).",
            "2019-04-28",
            "ministry",
            [
                "document_store",
                "caps_title",
                "page_count_no_count",
                "file_size_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "1.1 Ngành bơm thế giới\nMáy bơm ly tâm công nghiệp có lịch sử chừng 150 năm; Đức, Anh rồi Mỹ là những nơi sản xuất hàng loạt đầu tiên, theo sau là Nhật Bản và Thuỵ Điển.",
            "2019-04-28",
            "ministry",
            ["document_store", "old_tone", "country_list", "duration_no_count", "multiline", "no_event"],
            locations=[
                country("Đức"),
                country("Anh"),
                country("Mỹ"),
                country("Nhật Bản"),
                country("Thụy Điển"),
            ],
            events=[],
        ),
        h(
            n(),
            "Từ thập niên 1970, bơm chìm và bơm trục đứng được dùng rộng rãi trong cấp nước đô thị; sang thập niên 1990, làn sóng sáp nhập khiến nhiều hãng nhỏ về tay các tập đoàn lớn.",
            "2019-04-28",
            "ministry",
            ["document_store", "decade_no_count", "unnamed_mergers_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. Xem và tải bản đầy đủ (9,8 MB, 96 trang)\n…Hải Dương có Okamura Pump với hơn 48 triệu USD, Bắc Ninh có Công ty Tsubame Valve với 62 triệu USD (số liệu năm 2009) – hai trong số các hãng cơ khí Nhật Bản đã đẩu tư ra miền Bắc.",
            "2012-06-20",
            "ministry",
            [
                "thesis_store",
                "ocr_garble",
                "recalled_investment",
                "deal_no_event",
                "two_investors",
                "approx",
                "multiline",
            ],
            firms=[f("Okamura Pump"), f("Tsubame Valve", "Công ty")],
            provinces=[pv("Hải Dương"), pv("Bắc Ninh")],
            money=[m(48 * M, "USD", approx=True), m(62 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Okamura Pump"], 48 * M, HD),
                deal("investment", ["Tsubame Valve"], 62 * M, BN),
            ],
            events=[],
        ),
        h(
            n(),
            "Bảng 5: FDI của Nhật vào khu vực phía Bấc theo lĩnh vực (đến hết tháng 8 năm 2009)\nCông nghiệp\n312\n(triệu USD)\nCả nước\n745\nCN nặng\n238\n471",
            "2012-06-20",
            "ministry",
            ["thesis_store", "ocr_table", "table_cells_no_money", "multiline", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Okamura và Tsubame cùng đặt trụ sở ở miền Bắc thay vì TP. Hồ Chí Minh, nơi từ lâu đứng đầu cả nước về vốn ngoại, và đều đang mở rộng sản xuất.",
            "2012-06-20",
            "ministry",
            ["nfd", "thesis_store", "short_names", "expansion_no_amount_no_deal", "no_event"],
            firms=[f("Okamura"), f("Tsubame")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Nhìn vào danh mục nhập khẩu nhiều năm liền, linh kiện, phụ tùng và nguyên liệu vẫn đứng đầu, gần như không nhúc nhích.",
            "2018-12-04",
            "ministry",
            ["analysis_article", "subheading", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thái Lan có 27% GDP từ chế biến, chế tạo, Trung Quốc 33%, còn Việt Nam chỉ chừng 17%.",
            "2018-12-04",
            "ministry",
            ["analysis_article", "percentage", "country_list", "no_event"],
            percentages=[27, 33, 17],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Việt Nam hiểu công nghiệp hỗ trợ rộng hơn nhiều nước: Nhật Bản và Thái Lan chỉ tính phần linh kiện, phụ tùng cho xe và đồ điện tử(1), còn ta tính cả cơ khí chế tạo.",
            "2018-12-04",
            "ministry",
            ["analysis_article", "footnote_marker", "country_list", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Định nghĩa còn mơ hồ thì chính sách khó trúng đích, các chuyên gia lưu ý.",
            "2018-12-04",
            "ministry",
            ["analysis_article", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bơm cao cấp nước tôi: quy mô đã lớn, lõi công nghệ vẫn phải đuổi theo\n\nNhà máy bơm mọc lên nhiều, tiêu chuẩn kỹ thuật cũng được nâng, nhưng vòng bi, phớt và phần mềm điều khiển nước tôi vẫn phải mua ngoài.",
            "2020-09-16",
            "ministry",
            [
                "machine_translated_page",
                "foreign_maker_site",
                "headline_lead",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Điện lực, luyện kim và hóa dầu giờ đã dùng được bơm cao áp cỡ lớn do nước tôi tự làm, trước cả khi “Kế hoạch 5 năm lần thứ 14” khép lại.",
            "2020-09-16",
            "ministry",
            ["machine_translated_page", "ordinal_not_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy định xả thải chặt hơn cũng mở thêm đất cho bơm tiết kiệm điện và bơm bùn chống mài mòn.",
            "2020-09-16",
            "ministry",
            ["machine_translated_page", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: an FDI feature, a business weekly (S1 r3 = S13 r1) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Bức tranh kinh tế 2023 còn nhiều mảng tối, nhưng vốn FDI vẫn sáng, nhất là ở bán dẫn và công nghệ cao, giới phân tích nhận định.\n- Đông Nam bộ hút 43 trên mỗi 100 đô la vốn FDI\n- Hàn Quốc rót hàng tỉ đô la Mỹ vào chuỗi linh kiện bán dẫn",
            "2023-08-21",
            "ministry",
            [
                "outlet_prefix_nothing",
                "related_links",
                "dollar_word",
                "vague_amount",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            money=[m(43, "USD"), m(100, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Vốn ngoại năm 2022 hụt chừng 12% so với 2021 – lần lùi đầu tiên sau một chuỗi năm tăng.",
            "2023-08-21",
            "ministry",
            ["national_total_no_deal", "percentage", "no_event"],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Chỉ khoảng 13,1 tỉ đô la Mỹ vốn ngoại đăng ký trong sáu tháng đầu 2023, ít hơn 4,8% so với nửa đầu 2022; theo Tổng cục Thống kê, đó là phản ánh của khó khăn chung.",
            "2023-08-21",
            "ministry",
            ["national_total_no_deal", "dollar_word", "approx", "percentage", "no_event"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[4.8],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
        h(
            n(),
            "Lo ngại càng lớn khi giá cả leo thang, tín dụng thế giới bị siết và căng thẳng ở nhiều nơi chưa hạ nhiệt.",
            "2023-08-21",
            "ministry",
            ["commentary", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tăng tốc nửa cuối năm",
            "2023-08-21",
            "ministry",
            ["subheading", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese equipment maker's planned joint plant, a news aggregator's short (S2 r3) ---
    rows += [
        h(
            n(),
            "Hãng thiết bị xây dựng Kuroshio Holdings (Nhật Bản) dự kiến lập liên doanh với Tổng Công ty Cơ khí Xây dựng Hồng Lĩnh để dựng nhà máy van và khóa cửa mang tên Hồng Lĩnh-Kuro, tổng kinh phí chừng 11,6 triệu USD.",
            "2007-10-30",
            "ministry",
            [
                "announced_joint_venture",
                "cooperation_deal",
                "country_in_brackets",
                "plant_name_no_firm",
                "approx",
            ],
            firms=[f("Kuroshio Holdings"), f("Cơ khí Xây dựng Hồng Lĩnh", "Tổng công ty")],
            money=[m(11.6 * M, "USD", approx=True)],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Kuroshio Holdings", "Cơ khí Xây dựng Hồng Lĩnh"], 11.6 * M)],
            events=[
                ev(
                    "joint_venture",
                    [F("Kuroshio Holdings"), F("Cơ khí Xây dựng Hồng Lĩnh")],
                    11.6 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
    ]
    # --- Vietnamese news: a brass valve maker exporting to North America, a business forum paper (S2 r4) ---
    rows += [
        h(
            n(),
            "Van Việt ra biển lớn: “đại bàng” ngoại và “chim sẻ” nội",
            "2020-06-11",
            "ministry",
            ["headline", "metaphor", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Đơn Bắc Mỹ giờ kín lịch tới hết quý III, xưởng chạy ba ca vẫn chưa kịp”, anh Lương Quốc Đạt, Chủ tịch kiêm Tổng giám đốc Công ty CP Van Đồng Tân Phú (TPV), nói.",
            "2020-06-11",
            "ministry",
            [
                "quote",
                "region_nothing",
                "count_in_words",
                "person_role_after",
                "acronym_in_brackets",
                "speaker_last",
                "no_event",
            ],
            persons=[per("Lương Quốc Đạt", "Chủ tịch kiêm Tổng giám đốc Công ty CP Van Đồng Tân Phú")],
            firms=[f("Van Đồng Tân Phú", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Giữa dịch, container van chữa cháy của TPV vẫn rời cảng Cát Lái đều đặn, mỗi tháng bốn chuyến sang Canada và Mỹ; sắp tới sẽ là năm.",
            "2020-06-11",
            "ministry",
            ["acronym_firm", "exports_no_deal", "count_in_words", "port_nothing", "country_list", "no_event"],
            firms=[f("TPV")],
            locations=[country("Canada"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "TPV là nhà gia công OEM duy nhất của Merriton Flow (Mỹ) cho dòng van cứu hỏa bằng đồng; hàng mang nhãn Merriton bán khắp các bang.",
            "2020-06-11",
            "ministry",
            [
                "oem_supplier_no_contract_word",
                "brand_customer_firm",
                "brand_short_name",
                "country_in_brackets",
                "no_event",
            ],
            firms=[f("TPV"), f("Merriton Flow"), f("Merriton")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "TPV hiện có khoảng 180 công nhân, xưởng đúc đồng đặt ở KCN Tân Đức, Long An.",
            "2020-06-11",
            "ministry",
            ["acronym_firm", "count", "approx", "park", "operation_no_deal", "no_event"],
            firms=[f("TPV")],
            provinces=[pv("Long An")],
            quantities=[c(180, "công nhân", True)],
            locations=[park("Khu công nghiệp Tân Đức")],
            events=[],
        ),
        h(
            n(),
            "Anh Đạt thừa nhận TPV chưa đủ vốn mở thêm xưởng đúc, nên đành nhường bớt đơn cho đối thủ Đài Loan.",
            "2020-06-11",
            "ministry",
            ["given_name_alone_no_person", "wish_no_deal", "acronym_firm", "no_event"],
            firms=[f("TPV")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Thử áp ở 160 bar, vượt xa ngưỡng 100 bar của chuẩn UL/FM, và được nội địa hoá trọn vẹn 100%: đó là hai điểm TPV đem ra chào khách.",
            "2020-06-11",
            "ministry",
            ["old_tone", "percentage", "pressure_no_count", "standard_nothing", "no_event"],
            firms=[f("TPV")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Một nhà phân phối ở Canada xếp van TPV vào nhóm ngang hàng Ý và Đài Loan, chứ không phải nhóm giá rẻ Trung Quốc.",
            "2020-06-11",
            "ministry",
            ["reported_view", "country_list", "unnamed_customer", "no_event"],
            firms=[f("TPV")],
            locations=[country("Canada"), country("Ý"), country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thế nhưng nhiều công trình trong nước vẫn chuộng van chữa cháy ngoại, dù phải trả giá cao hơn vài lần.",
            "2020-06-11",
            "ministry",
            ["nfd", "vague_times_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a forge groundbreaking, a news aggregator's copy of a city daily (S3 r2) ---
    rows += [
        h(
            n(),
            "Thái Nguyên: Khởi công xưởng rèn khuôn 120.000 tấn/năm của Đúc Sông Công",
            "2009-06-18",
            "provincial",
            ["headline", "groundbreaking", "capacity_no_count", "short_name_headline", "no_amount"],
            firms=[f("Đúc Sông Công")],
            provinces=[pv("Thái Nguyên")],
            deals=[deal("groundbreaking", ["Đúc Sông Công"], None, TN)],
            events=[ev("groundbreaking", [F("Đúc Sông Công")], None, None, TN, "started")],
        ),
        h(
            n(),
            "Khoảng 260 công nhân sẽ có việc khi xưởng rèn chạy, dự kiến sau 14 tháng thi công; Công ty CP Đúc Sông Công coi đây là phần chính của đợt mở rộng thứ hai. H. TRANG\nNguồn: http://baothainguyen.vn/kinhte/2009/6/",
            "2009-06-18",
            "provincial",
            [
                "initials_byline_nothing",
                "source_url_nothing",
                "count",
                "approx",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Đúc Sông Công", "Công ty CP")],
            quantities=[c(260, "công nhân", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: an irrigation firm's pump overhaul, a provincial paper (S10 r4) ---
    rows += [
        h(
            n(),
            "Thanh Miện: 14 trạm bơm tiêu đã sẵn sàng chống úng\n\nTHỨ BA, 13/07/2021 09:15:40\n\nTrước mùa mưa bão, Công ty TNHH MTV Khai thác công trình thủy lợi Thanh Miện đã thay mới phụ tùng cho 14 trạm tiêu.",
            "2021-07-13",
            "provincial",
            [
                "headline_lead",
                "caps_date_line",
                "district_without_huyen_nothing",
                "district_in_firm_name_nothing",
                "repair_no_deal",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Khai thác công trình thủy lợi Thanh Miện", "Công ty TNHH MTV")],
            quantities=[c(14, "trạm bơm tiêu"), c(14, "trạm tiêu")],
            events=[],
        ),
        h(
            n(),
            "Hơn 280 triệu đồng đã chi cho cánh bơm, gioăng và ổ trục ở các trạm Đoàn Tùng, Lam Sơn, Ngũ Hùng; 90 triệu đồng khác dành cho cống Bằng Giã.",
            "2021-07-13",
            "provincial",
            ["station_names_nothing", "spending_no_deal", "approx", "amount_first", "no_event"],
            money=[m(280 * M, "VND", approx=True), m(90 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "PV\n\nBình luận\n\nVui lòng gõ tiếng Việt có dấu",
            "2021-07-13",
            "provincial",
            ["byline_initials_nothing", "comment_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese valve maker's third plant opening, a provincial paper (S13 r2) ---
    rows += [
        h(
            n(),
            "(BDO) Hơn 650 tỷ đồng là vốn Công ty TNHH Seiwa Valve Việt Nam bỏ vào nhà máy thứ 3 tại Bình Dương, rộng 18.000m2 ở KCN Mai Trung (thị xã Bến Cát), khánh thành sáng 22-3 dù đã sản xuất từ tháng 11-2015.",
            "2016-03-23",
            "provincial",
            [
                "outlet_prefix_nothing",
                "inauguration_with_capital",
                "amount_first",
                "deal_date",
                "park",
                "district",
                "area",
                "approx",
                "ordinal_not_count",
                "viet_nam_dropped",
            ],
            firms=[f("Seiwa Valve", "Công ty TNHH")],
            provinces=[pv("Bình Dương")],
            money=[m(650 * B, "VND", approx=True)],
            areas=[ha(1.8)],
            locations=[park("Khu công nghiệp Mai Trung"), district("thị xã Bến Cát")],
            deals=[deal("investment", ["Seiwa Valve"], 650 * B, BDg, "2016-03-22")],
            events=[ev("inauguration", [F("Seiwa Valve")], 650 * B, "VND", BDg, "completed")],
        ),
        h(
            n(),
            "Van bi, van bướm và gioăng làm kín cho máy bơm là hàng chính của Seiwa Valve, doanh nghiệp 100% vốn Nhật Bản có mặt ở KCN VSIP II từ tháng 7-2003.",
            "2016-03-23",
            "provincial",
            ["founding_no_deal", "park", "percentage", "no_event"],
            firms=[f("Seiwa Valve")],
            percentages=[100],
            locations=[park("Khu công nghiệp VSIP II"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy thứ 3 nâng công suất van bi của Seiwa Valve lên 2,4 triệu chiếc mỗi năm; công ty hiện có hơn 1.500 công nhân.",
            "2016-03-23",
            "provincial",
            ["capacity_no_count", "ordinal_not_count", "count", "approx", "no_event"],
            firms=[f("Seiwa Valve")],
            quantities=[c(1500, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Khách mua chủ yếu ở châu Âu, Mỹ và chính Nhật Bản; phần nhỏ bán cho các hãng bơm trong nước.\nTHANH HÀ",
            "2016-03-23",
            "provincial",
            [
                "nfd",
                "byline_caps",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("THANH HÀ", None)],
            locations=[country("Mỹ"), country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Vietnamese news: three Japanese firms to build a park in Đồng Nai, a law paper's business page (S13 r4) ---
    rows += [
        h(
            n(),
            "Lắp ráp bơm chìm tại một doanh nghiệp 100% vốn Nhật ở KCN Nhơn Trạch 3 (Đồng Nai). (Ảnh: Internet)",
            "2011-08-09",
            "ministry",
            ["caption", "photo_credit_nothing", "park", "province_in_brackets", "percentage", "no_event"],
            provinces=[pv("Đồng Nai")],
            percentages=[100],
            locations=[park("Khu công nghiệp Nhơn Trạch 3"), country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp Phước Bình rộng 310 ha ở huyện Long Thành, Đồng Nai sẽ do ba doanh nghiệp Nhật – Tập đoàn Kanemori, Tokiwa Realty và Công ty Shinsei Eco-Engineering (thuộc Shinsei Steel) – cùng xây, với 120 triệu USD.",
            "2011-08-09",
            "ministry",
            [
                "announced_investment",
                "object_first",
                "consortium_one_deal",
                "park_developer",
                "parent_in_brackets",
                "count_in_words",
                "district",
                "area",
            ],
            firms=[
                f("Kanemori", "Tập đoàn"),
                f("Tokiwa Realty"),
                f("Shinsei Eco-Engineering", "Công ty"),
                f("Shinsei Steel"),
            ],
            provinces=[pv("Đồng Nai")],
            money=[m(120 * M, "USD")],
            areas=[ha(310)],
            locations=[
                park("Khu công nghiệp Phước Bình"),
                district("huyện Long Thành"),
                country("Nhật"),
            ],
            deals=[
                deal("investment", ["Kanemori", "Tokiwa Realty", "Shinsei Eco-Engineering"], 120 * M, DNai)
            ],
            events=[
                ev(
                    "investment_announcement",
                    [F("Kanemori"), F("Tokiwa Realty"), F("Shinsei Eco-Engineering")],
                    120 * M,
                    "USD",
                    DNai,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Một trung tâm dữ liệu và trạm xử lý nước thải riêng sẽ có sẵn khi khu mở cửa, dự kiến mùa hè 2012; mục tiêu là khoảng 100-140 doanh nghiệp.",
            "2011-08-09",
            "ministry",
            ["count_range", "approx", "no_event"],
            quantities=[c(100, "doanh nghiệp", True), c(140, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Số liệu của Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO): 1,21 tỷ USD vốn Nhật vào Việt Nam trong nửa đầu 2011, gấp 7,9 lần cùng kỳ.",
            "2011-08-09",
            "ministry",
            [
                "national_total_no_deal",
                "org_with_acronym",
                "country_in_org_name_nothing",
                "times_no_count",
                "no_event",
            ],
            organizations=["Tổ chức Xúc tiến Thương mại Nhật Bản"],
            money=[m(1.21 * B, "USD")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Đồng yên mạnh khiến sản xuất ở Nhật đắt đỏ, và các xưởng bơm, van của Nhật tìm nơi có tiền công thấp hơn Trung Quốc.",
            "2011-08-09",
            "ministry",
            ["relocation_no_deal", "no_event"],
            locations=[country("Nhật"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a German valve maker's plant opening in Quảng Trị, a national daily (S15 r1) ---
    rows += [
        h(
            n(),
            "Nhà máy van Nam Đông Hà của Kessler Armaturen đi vào hoạt động ở Quảng Trị\n\n18/05/2022 10:30 GMT+7\n\nLễ khánh thành Nhà máy van Nam Đông Hà của Công ty TNHH Kessler Armaturen Việt Nam diễn ra hôm 16.5.2022 ở xã Triệu Ái, huyện Triệu Phong, tỉnh Quảng Trị.",
            "2022-05-18",
            "ministry",
            [
                "headline_lead",
                "timestamp_line",
                "inauguration_no_capital",
                "bare_and_form_one_entry",
                "plant_name_no_firm",
                "district",
                "commune_nothing",
                "viet_nam_dropped",
                "multiline",
            ],
            firms=[f("Kessler Armaturen", "Công ty TNHH")],
            provinces=[pv("Quảng Trị")],
            locations=[district("huyện Triệu Phong")],
            events=[ev("inauguration", [F("Kessler Armaturen")], None, None, QT, "completed")],
        ),
        h(
            n(),
            "Khách dự lễ, hơn 120 người, phần đông là đại lý vật tư ngành nước các tỉnh miền Trung.",
            "2022-05-18",
            "ministry",
            ["attendees_no_deal", "count", "approx", "region_nothing", "no_event"],
            quantities=[c(120, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Kessler Armaturen rót 240 tỉ đồng cho nhà máy, cơ sở thứ tư của hãng ở Việt Nam; van cổng, van bướm cho cấp thoát nước là hàng chính, khoảng 350.000 chiếc mỗi năm.",
            "2022-05-18",
            "ministry",
            [
                "inauguration_with_capital",
                "rot_verb",
                "no_site_in_row",
                "ordinal_not_count",
                "capacity_no_count",
            ],
            firms=[f("Kessler Armaturen")],
            money=[m(240 * B, "VND")],
            deals=[deal("investment", ["Kessler Armaturen"], 240 * B)],
            events=[ev("inauguration", [F("Kessler Armaturen")], 240 * B, "VND", None, "completed")],
        ),
        h(
            n(),
            "Lò nấu cảm ứng và dây chuyền sơn tĩnh điện ở đây được Kessler mang từ nhà máy mẹ sang.",
            "2022-05-18",
            "ministry",
            ["short_name", "equipment_transfer_no_deal", "no_event"],
            firms=[f("Kessler")],
            events=[],
        ),
        h(
            n(),
            "Ngoài van, nhà máy còn đúc nắp hố ga, song chắn rác cho các đô thị miền Trung.",
            "2022-05-18",
            "ministry",
            ["product_list", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trước đó, tháng 3/2019, Kessler Armaturen đã khánh thành nhà máy thứ 3 tại KCN Quang Minh, Hà Nội.",
            "2022-05-18",
            "ministry",
            ["recalled_opening", "deal_no_event", "no_day_no_date", "park", "ordinal_not_count"],
            firms=[f("Kessler Armaturen")],
            provinces=[pv("Hà Nội")],
            locations=[park("Khu công nghiệp Quang Minh")],
            deals=[deal("investment", ["Kessler Armaturen"], None, HN)],
            events=[],
        ),
        h(
            n(),
            "Ông Võ Đình Khoa - Tổng giám đốc Công ty TNHH Kessler Armaturen Việt Nam",
            "2022-05-18",
            "ministry",
            ["caption", "person_role_after_dash", "no_event"],
            persons=[per("Võ Đình Khoa", "Tổng giám đốc Công ty TNHH Kessler Armaturen Việt Nam")],
            firms=[f("Kessler Armaturen", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Gần 65% tiền làm đường vào nhà máy do Kessler Armaturen chi, phần còn lại từ ngân sách huyện.\n\nBạn không thể gửi bình luận liên tục. Xin hãy đợi\n60 giây nữa.",
            "2022-05-18",
            "ministry",
            ["nfd", "sponsorship_no_deal", "comment_chrome", "percentage", "multiline", "no_event"],
            firms=[f("Kessler Armaturen")],
            percentages=[65],
            events=[],
        ),
    ]
    # --- Vietnamese news: a ductile-iron pipe plant opening in Bình Định, a consumer-industry magazine (S15 r3) ---
    rows += [
        h(
            n(),
            "Dự lễ có Thứ trưởng Bộ Công Thương Trần Quang Vinh, Phó Bí thư Tỉnh ủy Bình Định Lê Hữu Nghĩa và Phó Chủ tịch UBND tỉnh Bình Định Hồ Minh Châu.",
            "2016-04-12",
            "provincial",
            ["attendee_list", "role_before_name", "province_in_org_name", "no_event"],
            persons=[
                per("Trần Quang Vinh", "Thứ trưởng Bộ Công Thương"),
                per("Lê Hữu Nghĩa", "Phó Bí thư Tỉnh ủy Bình Định"),
                per("Hồ Minh Châu", "Phó Chủ tịch UBND tỉnh Bình Định"),
            ],
            organizations=["Bộ Công Thương", "Tỉnh ủy Bình Định", "Ủy ban nhân dân tỉnh Bình Định"],
            provinces=[pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH MTV Gang Dẻo Phước An, chủ đầu tư, dự tính tổng vốn 415 tỷ đồng cho nhà máy ống gang dẻo rộng 5,2 ha trong KCN Phú Tài, Bình Định, chia hai giai đoạn.",
            "2016-04-12",
            "provincial",
            ["investor_line_with_amount", "deal_no_event", "park", "area"],
            firms=[f("Gang Dẻo Phước An", "Công ty TNHH MTV")],
            provinces=[pv("Bình Định")],
            money=[m(415 * B, "VND")],
            areas=[ha(5.2)],
            locations=[park("Khu công nghiệp Phú Tài")],
            deals=[deal("investment", ["Gang Dẻo Phước An"], 415 * B, BDi)],
            events=[],
        ),
        h(
            n(),
            "Khoảng hơn 120 lao động địa phương sẽ có việc khi cả hai giai đoạn xong, nâng công suất lên 30.000 tấn ống mỗi năm; giai đoạn đầu với 5 dây chuyền đã ra lô ống đầu tiên hồi tháng 01/2016.",
            "2016-04-12",
            "provincial",
            ["phases", "count", "capacity_no_count", "approx", "no_event"],
            quantities=[c(120, "lao động", True), c(5, "dây chuyền")],
            events=[],
        ),
        h(
            n(),
            "Máy đúc ly tâm mua từ Italy; chủ đầu tư nói chưa nhà máy ống gang nào ở miền Trung có lò nấu lớn hơn.",
            "2016-04-12",
            "provincial",
            ["equipment_import_no_deal", "region_nothing", "no_event"],
            locations=[country("Italy")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean forging plant's groundbreaking in Nghệ An, a business site (S16 r2) ---
    rows += [
        h(
            n(),
            "Các đại biểu bấm nút khởi công nhà máy. Ảnh: CTV\n\nNhà máy Rèn dập chính xác Tân Đạt của Công ty TNHH Kỹ thuật Rèn Daeyang Việt Nam bắt đầu được xây từ sáng 14/6 tại KCN WHA Industrial Zone 1 Nghệ An.",
            "2023-06-14",
            "ministry",
            [
                "caption",
                "photo_credit_nothing",
                "groundbreaking",
                "object_first",
                "deal_date",
                "park",
                "province_in_park_name",
                "plant_name_no_firm",
                "viet_nam_dropped",
                "multiline",
            ],
            firms=[f("Kỹ thuật Rèn Daeyang", "Công ty TNHH")],
            provinces=[pv("Nghệ An")],
            locations=[park("Khu công nghiệp WHA Industrial Zone 1 Nghệ An")],
            deals=[deal("groundbreaking", ["Kỹ thuật Rèn Daeyang"], None, NA, "2023-06-14")],
            events=[ev("groundbreaking", [F("Kỹ thuật Rèn Daeyang")], None, None, NA, "started")],
        ),
        h(
            n(),
            "Ngày 21/11/2022, UBND tỉnh Nghệ An đã cấp giấy chứng nhận đầu tư cho dự án; Daeyang được giao khoảng 11,8 ha.",
            "2023-06-14",
            "ministry",
            [
                "recalled_licence",
                "deal_no_event",
                "deal_date",
                "short_name",
                "active_grantor",
                "area",
                "approx",
            ],
            firms=[f("Daeyang")],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            areas=[ha(11.8, True)],
            deals=[deal("investment", ["Daeyang"], None, NA, "2022-11-21")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 320 lao động tay nghề cao sẽ làm trục khuỷu, mặt bích và thân van cỡ lớn tại đây; vốn dự án 118 triệu USD.",
            "2023-06-14",
            "ministry",
            ["plant_worth_no_firm", "count", "approx", "no_event"],
            money=[m(118 * M, "USD")],
            quantities=[c(320, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Ba hợp phần sẽ lần lượt xong từ quý I/2024 đến quý IV/2026; khi đủ, xưởng rèn khuôn kín làm được 150.000 tấn/năm, xưởng gia công 60.000 tấn/năm.",
            "2023-06-14",
            "ministry",
            ["capacity_no_count", "count_in_words", "quarter_no_date", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trước dự án này, Daeyang đã có một nhà máy 126,4 triệu USD chạy từ tháng 4/2022 trên chừng 8,7 ha ở KCN Tân Hương, tỉnh Tiền Giang.",
            "2023-06-14",
            "ministry",
            ["nfd", "recalled_investment", "deal_no_event", "park", "area", "approx"],
            firms=[f("Daeyang")],
            provinces=[pv("Tiền Giang")],
            money=[m(126.4 * M, "USD")],
            areas=[ha(8.7, True)],
            locations=[park("Khu công nghiệp Tân Hương")],
            deals=[deal("investment", ["Daeyang"], 126.4 * M, TG)],
            events=[],
        ),
        h(
            n(),
            "Đây là dự án FDI đầu tiên ở KCN WHA Industrial Zone 1 Nghệ An làm hàng rèn cho ngành van và máy bơm.",
            "2023-06-14",
            "ministry",
            ["ordinal_not_count", "park", "province_in_park_name", "no_event"],
            provinces=[pv("Nghệ An")],
            locations=[park("Khu công nghiệp WHA Industrial Zone 1 Nghệ An")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Hong Kong firm's billet-casting and rolling plan in Hậu Giang, a steel association's repost
    # with its related list (S16 r3) ---
    rows += [
        h(
            n(),
            "Nhà đầu tư Hong Kong tính mở xưởng đúc phôi ở Hậu Giang\nMột nhà máy đúc và cán là cửa vào Việt Nam mà doanh nghiệp này chọn, khi nhu cầu thép thanh trong nước còn tăng.",
            "2018-01-16",
            "ministry",
            ["headline_lead", "unnamed_investor_no_deal", "multiline", "no_event"],
            provinces=[pv("Hậu Giang")],
            locations=[country("Hong Kong")],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch Công ty Golden Crane Engineering International (Hong Kong) vừa công bố, nhà máy ở tỉnh Hậu Giang sẽ làm phôi thỏi, thép thanh và thép cuộn, 180.000 – 220.000 tấn mỗi năm.\n(Metal Bulletin Asia 15/1/2018)",
            "2018-01-16",
            "ministry",
            [
                "announced_investment",
                "no_amount",
                "country_in_brackets",
                "capacity_no_count",
                "source_line_nothing",
                "multiline",
            ],
            firms=[f("Golden Crane Engineering International", "Công ty")],
            provinces=[pv("Hậu Giang")],
            locations=[country("Hong Kong")],
            deals=[deal("investment", ["Golden Crane Engineering International"], None, HG)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Golden Crane Engineering International")],
                    None,
                    None,
                    HG,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Đã lâu rồi mới có một dự án thép từ Hong Kong tìm đến Việt Nam.",
            "2018-01-16",
            "ministry",
            ["commentary", "no_event"],
            locations=[country("Hong Kong")],
            events=[],
        ),
        h(
            n(),
            "Xem thêm ...\n- Bộ Công Thương xét chọn doanh nghiệp xuất khẩu uy tín năm 2017 22/05/2018\n- Hội nghị thép Đông Nam Á 2018 tại Bangkok, Thái Lan 14/05/2018\n- Tình hình thị trường thép Việt Nam quý I/2018 20/04/2018",
            "2018-01-16",
            "ministry",
            [
                "nfd",
                "related_links",
                "dates_in_list",
                "city_abroad_nothing",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            locations=[country("Thái Lan")],
            events=[],
        ),
    ]
    # --- A Chinese crane-industry site on a pump maker's groundbreaking at home (S1 r2), rendered here in
    # Vietnamese ---
    rows += [
        h(
            n(),
            "Tin ngành\nBơm Hán Thủy khởi công khu bơm đặc chủng ở Tương Dương\nLễ động thổ hôm 27/4 mở màn dự án bơm công nghiệp đặc chủng của Công ty TNHH Bơm Hán Thủy, đơn vị của Tập đoàn Công nghiệp Đông Hồ, tại một khu công nghiệp ở Tương Dương (Trung Quốc).\nLượt xem: 412",
            "2012-04-28",
            "ministry",
            [
                "foreign_page_rendered",
                "groundbreaking",
                "plant_abroad",
                "deal_date",
                "parent_apposition",
                "headline_lead",
                "city_abroad_nothing",
                "view_counter_no_count",
                "multiline",
            ],
            firms=[f("Bơm Hán Thủy", "Công ty TNHH"), f("Công nghiệp Đông Hồ", "Tập đoàn")],
            locations=[country("Trung Quốc")],
            deals=[deal("groundbreaking", ["Bơm Hán Thủy"], None, None, "2012-04-27")],
            events=[ev("groundbreaking", [F("Bơm Hán Thủy")], None, None, None, "started")],
        ),
        h(
            n(),
            "Hán Thủy dành tổng cộng 2,4 tỷ nhân dân tệ và 80 ha cho khu bơm, trong đó giai đoạn đầu dùng 42 ha với 602 triệu nhân dân tệ; bơm cho tàu thủy, mỏ, hóa dầu, điện hạt nhân và vật đúc bán ngoài là các mảng chính, công suất khoảng 9.000 máy bơm/năm.",
            "2012-04-28",
            "ministry",
            [
                "foreign_page_rendered",
                "announced_investment",
                "plant_abroad",
                "yuan_word",
                "area",
                "capacity_no_count",
                "short_name",
            ],
            firms=[f("Hán Thủy")],
            money=[m(2.4 * B, "CNY"), m(602 * M, "CNY")],
            areas=[ha(80), ha(42)],
            deals=[deal("investment", ["Hán Thủy"], 2.4 * B)],
            events=[ev("investment_announcement", [F("Hán Thủy")], 2.4 * B, "CNY", None, "announced")],
        ),
        h(
            n(),
            "Hán Thủy đặt mục tiêu doanh thu 4,6 tỷ nhân dân tệ mỗi năm khi khu bơm chạy đủ, nộp lãi và thuế chừng 720 triệu nhân dân tệ.",
            "2012-04-28",
            "ministry",
            ["foreign_page_rendered", "revenue_no_deal", "yuan_word", "approx", "no_event"],
            firms=[f("Hán Thủy")],
            money=[m(4.6 * B, "CNY"), m(720 * M, "CNY", approx=True)],
            events=[],
        ),
    ]
    # --- A Japanese news site on a precision valve maker's second plant in Bắc Ninh (S18 r2), rendered here in
    # Vietnamese ---
    rows += [
        h(
            n(),
            "(C)DĐDN Ảnh phóng to |\nNhà máy thứ hai của Kanzaki Valve, hãng van chính xác trụ sở ở Osaka, đã xong ở KCN VSIP Bắc Ninh, báo Diễn đàn Doanh nghiệp đưa tin hôm 27.",
            "2013-05-29",
            "ministry",
            [
                "foreign_page_rendered",
                "photo_credit_nothing",
                "inauguration_no_capital",
                "city_abroad_nothing",
                "outlet_nothing",
                "park",
                "province_in_park_name",
                "ordinal_not_count",
                "multiline",
            ],
            firms=[f("Kanzaki Valve")],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp VSIP Bắc Ninh")],
            events=[ev("inauguration", [F("Kanzaki Valve")], None, None, BN, "completed")],
        ),
        h(
            n(),
            "Van siêu chính xác và hệ điều khiển dòng chảy cho máy bán dẫn, dầu khí và y tế sẽ được thiết kế, gia công trên 9 ha này; vốn 44 triệu USD, tức khoảng 4,5 tỷ yên.",
            "2013-05-29",
            "ministry",
            ["foreign_page_rendered", "plant_worth_no_firm", "conversion", "yen_word", "area", "no_event"],
            money=[m(44 * M, "USD"), m(4.5 * B, "JPY", approx=True)],
            areas=[ha(9)],
            events=[],
        ),
        h(
            n(),
            "Kanzaki Valve đã có mặt ở KCN Thăng Long, Hà Nội từ 2003, năm hãng nhận giấy phép đầu tư đầu tiên tại Việt Nam.",
            "2013-05-29",
            "ministry",
            ["foreign_page_rendered", "recalled_licence", "deal_no_event", "park", "ordinal_not_count"],
            firms=[f("Kanzaki Valve")],
            provinces=[pv("Hà Nội")],
            locations=[park("Khu công nghiệp Thăng Long")],
            deals=[deal("investment", ["Kanzaki Valve"], None, HN)],
            events=[],
        ),
    ]
    # --- English: a government portal's repost on a Japanese pump maker's plant opening in Hà Nam (S18 r1) ---
    rows += [
        h(
            n(),
            "A pump plant built with Japanese capital by Sanwa Pump Engineering Viet Nam Co., Ltd. went into operation on September 27 at Ha Nam province's Dong Van III Industrial Zone.",
            "2017-09-29",
            "ministry",
            [
                E,
                "inauguration_no_capital",
                "viet_nam_dropped",
                "english_park_no_location",
                "adjective_no_country",
                "object_first",
                "unaccented_province",
            ],
            firms=[f("Sanwa Pump Engineering", "Co., Ltd.")],
            provinces=[pv("Hà Nam")],
            events=[ev("inauguration", [F("Sanwa Pump Engineering")], None, None, HNam, "completed")],
        ),
        h(
            n(),
            "General Director Hirano Keiko told guests the company had never built abroad before and would run the Ha Nam plant on clean technology.",
            "2017-09-29",
            "ministry",
            [E, "role_before_name", "no_event"],
            persons=[per("Hirano Keiko", "General Director")],
            provinces=[pv("Hà Nam")],
            events=[],
        ),
        h(
            n(),
            "Provincial Party Secretary Tran Van Loc reminded the firm that it had pledged capital and jobs, and asked it to treat local staff well.",
            "2017-09-29",
            "ministry",
            [E, "role_before_name", "no_event"],
            persons=[per("Tran Van Loc", "Provincial Party Secretary")],
            events=[],
        ),
        h(
            n(),
            "US$6.2 million went into the plant, which stands on 17,600 sq.m.\nSource VGP",
            "2017-09-29",
            "ministry",
            [E, "plant_worth_no_firm", "area", "source_line_nothing", "multiline", "no_event"],
            money=[m(6.2 * M, "USD")],
            areas=[ha(1.76)],
            events=[],
        ),
        h(
            n(),
            "Japanese investors account for 61 of the 196 FDI projects in Ha Nam and 620 million USD of the province's more than 1.6 billion USD.",
            "2017-09-29",
            "ministry",
            [
                E,
                "province_total_no_deal",
                "count",
                "count_without_noun",
                "approx",
                "adjective_no_country",
                "no_event",
            ],
            provinces=[pv("Hà Nam")],
            quantities=[c(196, "FDI projects")],
            money=[m(620 * M, "USD"), m(1.6 * B, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- English: a valve association's news page on a US group's ball valve plant in China (S18 r4) ---
    rows += [
        h(
            n(),
            "Halden Flow Control Opens Ball Valve Plant in Wuhan\nThursday, November 10, 2011\nWuhan, the capital of Hubei Province, China, is home from today to a new ball valve plant of Halden Flow Control, part of Halden Industries.",
            "2011-11-10",
            "ministry",
            [
                E,
                "headline_lead",
                "inauguration_no_capital",
                "plant_abroad",
                "parent_firm",
                "city_abroad_nothing",
                "multiline",
            ],
            firms=[f("Halden Flow Control"), f("Halden Industries")],
            locations=[country("China")],
            events=[ev("inauguration", [F("Halden Flow Control")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Halden Flow Control has set aside $120 million over three years for China, money that also pays for an R&D center in Shanghai and a steam test rig.",
            "2011-11-10",
            "ministry",
            [
                E,
                "announced_investment",
                "plant_abroad",
                "program_amount",
                "duration_no_count",
                "city_abroad_nothing",
            ],
            firms=[f("Halden Flow Control")],
            money=[m(120 * M, "USD")],
            locations=[country("China")],
            deals=[deal("investment", ["Halden Flow Control"], 120 * M)],
            events=[
                ev("investment_announcement", [F("Halden Flow Control")], 120 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "“We want to be closer to Chinese customers,” Halden Valves & Actuation president Mark Ellery said. The 36,000-square-meter site gives the group more floor space for ball valves than any other it owns.",
            "2011-11-10",
            "ministry",
            [E, "quote", "role_before_name", "ampersand_name", "adjective_no_country", "area", "no_event"],
            persons=[per("Mark Ellery", "Halden Valves & Actuation president")],
            firms=[f("Halden Valves & Actuation")],
            areas=[ha(3.6)],
            events=[],
        ),
        h(
            n(),
            "Grace Lim, who runs Halden's global process business as vice president and general manager, expects orders from chemical, power and mining projects in the country's west.",
            "2011-11-10",
            "ministry",
            [E, "role_in_relative_clause", "no_event"],
            persons=[per("Grace Lim", "vice president and general manager")],
            firms=[f("Halden")],
            events=[],
        ),
    ]
    # --- English: a research firm's news release on pump-industry takeovers and a manufacturing portal's repost of it
    # (S19 r1 = S19 r4) ---
    rows += [
        h(
            n(),
            "NEWS RELEASE MAY 2013\n\nConsolidation speeds up in the $41 billion pump industry\n\nMore than half of world industrial pump sales go to fewer than 200 suppliers; the other 5,200 or so average under $4 million each, Brightwater Research estimates.",
            "2013-05-20",
            "ministry",
            [
                E,
                "news_release",
                "caps_heading",
                "market_total_no_deal",
                "research_firm",
                "count",
                "count_without_noun",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Brightwater Research")],
            money=[m(41 * B, "USD"), m(4 * M, "USD", approx=True)],
            quantities=[c(200, "suppliers", True)],
            events=[],
        ),
        h(
            n(),
            "For about $2.9 billion, Norland Energy is buying Tarrant Lift Systems, an oil-well lift specialist, in a deal that will lift Norland from 17th place among pump makers.",
            "2013-05-20",
            "ministry",
            [E, "announced_acquisition", "deal_abroad", "ordinal_not_count", "approx", "amount_first"],
            firms=[f("Norland Energy"), f("Tarrant Lift Systems"), f("Norland")],
            money=[m(2.9 * B, "USD", approx=True)],
            deals=[deal("investment", ["Norland Energy"], 2.9 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Norland Energy"), F("Tarrant Lift Systems")],
                    2.9 * B,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Sixth-ranked Brecon Pumps closed its purchase of Kestrel Linings, a Canadian group making rubber linings for slurry pumps, on March 4, 2013; Kestrel's 2012 sales topped C$34m.",
            "2013-05-20",
            "ministry",
            [
                E,
                "completed_acquisition",
                "deal_abroad",
                "deal_date",
                "adjective_no_country",
                "revenue_no_deal",
                "approx",
            ],
            firms=[f("Brecon Pumps"), f("Kestrel Linings"), f("Kestrel")],
            money=[m(34 * M, "CAD", approx=True)],
            deals=[deal("investment", ["Brecon Pumps"], None, None, "2013-03-04")],
            events=[
                ev("acquisition", [F("Brecon Pumps"), F("Kestrel Linings")], None, None, None, "completed")
            ],
        ),
    ]
    # --- English: a finance magazine on a Korean water corporation buying into a Long An utility (S19 r2) ---
    rows += [
        h(
            n(),
            "A 26% stake in Tan Lap Water, which supplies water in Long An province, is going to Korea's state-run Hanbit Water Corporation under a share transfer contract signed with the seller, Malaysia-based Seri Utilities, for 74.6 million ringgit (US$17.9 million).",
            "2024-07-02",
            "ministry",
            [
                E,
                "signed_acquisition",
                "target_first",
                "seller_named",
                "possessive_country",
                "ringgit_word",
                "bracketed_conversion",
                "percentage",
                "corporation_kept",
            ],
            firms=[f("Hanbit Water Corporation"), f("Tan Lap Water"), f("Seri Utilities")],
            provinces=[pv("Long An")],
            money=[m(74.6 * M, "MYR"), m(17.9 * M, "USD")],
            percentages=[26],
            locations=[country("Korea"), country("Malaysia")],
            deals=[deal("investment", ["Hanbit Water Corporation"], 74.6 * M)],
            events=[
                ev(
                    "acquisition",
                    [F("Hanbit Water Corporation"), F("Tan Lap Water"), F("Seri Utilities")],
                    74.6 * M,
                    "MYR",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "A smart network-management system will be trialled first; Hanbit gets a say in running the waterworks until 2062.",
            "2024-07-02",
            "ministry",
            [E, "short_name", "year_no_count", "no_event"],
            firms=[f("Hanbit")],
            events=[],
        ),
        h(
            n(),
            "Tan Lap Water, founded in 2006, owns the Tan Lap-Duc Hue Industrial Park, is building a second park and pipes 280,000 cubic metres a day to Long An factories.",
            "2024-07-02",
            "ministry",
            [E, "founding_no_deal", "volume_no_count", "english_park_no_location", "no_event"],
            firms=[f("Tan Lap Water")],
            provinces=[pv("Long An")],
            events=[],
        ),
        h(
            n(),
            "“This is our first step into Southeast Asian water,” said Park Ji-won, Hanbit's head of overseas infrastructure.",
            "2024-07-02",
            "ministry",
            [E, "quote", "person_role_after", "possessive_role", "region_nothing", "no_event"],
            persons=[per("Park Ji-won", "Hanbit's head of overseas infrastructure")],
            firms=[f("Hanbit")],
            events=[],
        ),
        h(
            n(),
            "Hoa Binh province, in the north, is where Hanbit first worked in Vietnam, on Korean-funded water supply aid.",
            "2024-07-02",
            "ministry",
            [E, "recalled_aid_no_deal", "adjective_no_country", "unaccented_province", "no_event"],
            firms=[f("Hanbit")],
            provinces=[pv("Hòa Bình")],
            events=[],
        ),
    ]
    # --- English: an investment magazine's English site on a Japanese pump engineer buying into a water firm (S19 r3) ---
    rows += [
        h(
            n(),
            "Companies\n\nJapan's Kasuga Pump Engineering takes 4.6% stake in Dong Nai water firm\n\nMinh Chau Tuesday | 17/11/2020 09:30\n\nPhoto: baodongnai.com.vn",
            "2020-11-17",
            "ministry",
            [
                E,
                "headline",
                "byline_date_line",
                "acquisition_target_unnamed",
                "possessive_country",
                "photo_site_nothing",
                "percentage",
                "multiline",
            ],
            firms=[f("Kasuga Pump Engineering")],
            persons=[per("Minh Chau", None)],
            provinces=[pv("Đồng Nai")],
            percentages=[4.6],
            locations=[country("Japan")],
            deals=[deal("investment", ["Kasuga Pump Engineering"])],
            events=[ev("acquisition", [F("Kasuga Pump Engineering")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Kasuga Pump Engineering did not say what it paid for the 4.6 percent of Dong Nai Water Supply and Environment JSC (DOWASEN) it now holds, a statement from the Japanese pump engineer on Friday showed.",
            "2020-11-17",
            "ministry",
            [
                E,
                "completed_acquisition",
                "weekday_no_date",
                "adjective_no_country",
                "undisclosed_sum",
                "province_in_firm_name_no_mention",
                "acronym_in_brackets",
                "percentage",
            ],
            firms=[f("Kasuga Pump Engineering"), f("Dong Nai Water Supply and Environment", "JSC")],
            percentages=[4.6],
            deals=[deal("investment", ["Kasuga Pump Engineering"])],
            events=[
                ev(
                    "acquisition",
                    [F("Kasuga Pump Engineering"), F("Dong Nai Water Supply and Environment")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Nikkei Asia put the price at about 1.1 billion yen ($10.5 million), paid for new DOWASEN shares.",
            "2020-11-17",
            "ministry",
            [
                E,
                "price_without_buyer",
                "outlet_nothing",
                "yen_word",
                "bracketed_conversion",
                "approx",
                "no_event",
            ],
            firms=[f("DOWASEN")],
            money=[m(1.1 * B, "JPY", approx=True), m(10.5 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "A business alliance agreement signed alongside the purchase commits Kasuga and DOWASEN to work on more water supply capacity.",
            "2020-11-17",
            "ministry",
            [E, "business_alliance_agreement", "mou_deal", "short_name", "object_first", "no_site"],
            firms=[f("Kasuga"), f("DOWASEN")],
            deals=[deal("mou", ["Kasuga", "DOWASEN"])],
            events=[ev("mou", [F("Kasuga"), F("DOWASEN")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Kasuga earlier supplied the pumps for a 42,000-cubic-metre-a-day wastewater plant in Bac Ninh and now wants operation and maintenance work as well.",
            "2020-11-17",
            "ministry",
            [E, "recalled_supply_no_contract_word", "capacity_no_count", "unaccented_province", "no_event"],
            firms=[f("Kasuga")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "In Dong Nai province DOWASEN treats 412,000 cubic metres of water a day across seven plants and also runs a landfill.\n\nSame category news\n\nLatest news",
            "2020-11-17",
            "ministry",
            [E, "capacity_no_count", "page_chrome", "count_in_words", "multiline", "no_event"],
            firms=[f("DOWASEN")],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
    ]
    # --- English: a business news site's interview on a Japanese steel-structure maker's move to a Hải Phòng zone
    # (S20 r1) ---
    rows += [
        h(
            n(),
            "A 12ha factory at Nam Dinh Vu Industrial Zone in Hai Phong, built by Japan's Kurobe Heavy Industries (KHI), is the new home of its Kurobe Steel Asia Co Ltd (KSA) unit.\nby Thu Trang",
            "2019-02-25",
            "ministry",
            [
                E,
                "factory_built_for_unit",
                "relocation",
                "object_first",
                "deal_no_event",
                "acronym_in_brackets",
                "english_park_no_location",
                "byline_name",
                "area",
                "multiline",
            ],
            firms=[f("Kurobe Heavy Industries"), f("Kurobe Steel Asia", "Co Ltd")],
            persons=[per("Thu Trang", None)],
            provinces=[pv("Hải Phòng")],
            areas=[ha(12)],
            locations=[country("Japan")],
            deals=[deal("investment", ["Kurobe Heavy Industries"], None, HP)],
            events=[],
        ),
        h(
            n(),
            "Production at the NDVIZ site starts on April 8. What made KSA leave its first site after nine years?",
            "2019-02-25",
            "ministry",
            [
                E,
                "interview_question",
                "planned_opening",
                "acronym_firm",
                "acronym_park_nothing",
                "count_in_words",
            ],
            firms=[f("KSA")],
            events=[ev("inauguration", [F("KSA")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Kuroda Hiroshi, KSA's general director. — VNS Photo |\nShipping was the reason. Our gates and girders are huge, and getting them from the old site in Hai Duong Province to the Hai Phong port was hard.",
            "2019-02-25",
            "ministry",
            [
                E,
                "caption",
                "possessive_role",
                "agency_credit_nothing",
                "province_list",
                "multiline",
                "no_event",
            ],
            persons=[per("Kuroda Hiroshi", "KSA's general director")],
            firms=[f("KSA")],
            provinces=[pv("Hải Dương"), pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Guatemala is our newest order; before that we shipped to Peru, Turkey and Morocco, on top of China and Japan. The zone's tax breaks helped too.",
            "2019-02-25",
            "ministry",
            [E, "exports_no_deal", "order_no_contract_word", "country_list", "no_event"],
            locations=[
                country("Guatemala"),
                country("Peru"),
                country("Turkey"),
                country("Morocco"),
                country("China"),
                country("Japan"),
            ],
            events=[],
        ),
        h(
            n(),
            "Besides this plant, the group makes the same products only in Indonesia, and we want both to export around the region.",
            "2019-02-25",
            "ministry",
            [E, "interview_answer", "no_event"],
            locations=[country("Indonesia")],
            events=[],
        ),
    ]
    # --- Renderings: a Japanese business desk on a valve maker's new building in Phú Thọ (S18 r3) and a French VNA copy
    # on a Taiwanese foundry plan in Hà Nam (S17 r3 = S17 r4 = S20 r4), both in Vietnamese; a Spanish VNA copy on a plant
    # opening in Đà Nẵng (S17 r2), in English ---
    rows += [
        h(
            n(),
            "【Tin châu Á】\nVốn 3,8 tỷ yên đã được hãng van Hokuto đổ vào một tòa xưởng làm van khí siêu sạch cho thiết bị chip ở tỉnh Phú Thọ (trước là Vĩnh Phúc); hãng thông báo ngày 9 rằng xưởng đã đi vào hoạt động.",
            "2025-07-10",
            "ministry",
            [
                "foreign_page_rendered",
                "desk_label_nothing",
                "inauguration_with_capital",
                "amount_first",
                "former_province_in_brackets",
                "yen_word",
                "multiline",
            ],
            firms=[f("Hokuto")],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc")],
            money=[m(3.8 * B, "JPY")],
            deals=[deal("investment", ["Hokuto"], 3.8 * B, PT)],
            events=[ev("inauguration", [F("Hokuto")], 3.8 * B, "JPY", PT, "completed")],
        ),
        h(
            n(),
            "Lễ hoàn công diễn ra hôm 26 tháng trước; tòa xưởng do pháp nhân Hokuto Corporation of Vietnam dựng ngay trong khuôn viên nhà máy ở KCN Thăng Long III, nơi đã có xưởng van inox từ tháng 12/2024.",
            "2025-07-10",
            "ministry",
            [
                "foreign_page_rendered",
                "of_vietnam_dropped",
                "completion_ceremony",
                "inauguration_no_capital",
                "park",
                "recalled_opening_no_party",
            ],
            firms=[f("Hokuto Corporation")],
            locations=[park("Khu công nghiệp Thăng Long III")],
            events=[ev("inauguration", [F("Hokuto Corporation")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Tới năm 2030, tập đoàn muốn công suất chung cao hơn 25% và bớt lệ thuộc các xưởng ở Trung Quốc.",
            "2025-07-10",
            "ministry",
            ["foreign_page_rendered", "target_no_deal", "percentage", "no_event"],
            percentages=[25],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 450 việc làm sẽ mở ra khi xưởng đúc 21 ha ở KCN Đồng Văn II (huyện Duy Tiên) chạy, ông Lâm Triệu Minh nói với lãnh đạo tỉnh hôm thứ Ba; thi công dự kiến bắt đầu tháng 9 và kéo dài một năm.",
            "2013-04-17",
            "ministry",
            [
                "foreign_page_rendered",
                "person_no_role",
                "unnamed_group_no_deal",
                "park",
                "district",
                "area",
                "count",
                "approx",
                "no_event",
            ],
            persons=[per("Lâm Triệu Minh", None)],
            areas=[ha(21)],
            quantities=[c(450, "việc làm", True)],
            locations=[park("Khu công nghiệp Đồng Văn II"), district("huyện Duy Tiên")],
            events=[],
        ),
        h(
            n(),
            "Về môi trường, ông Lâm hứa nước thải của xưởng sẽ đạt chuẩn Việt Nam.",
            "2013-04-17",
            "ministry",
            ["foreign_page_rendered", "surname_alone_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Với Tập đoàn Kuo Feng, vốn làm phụ tùng ô tô và vật đúc, xưởng ở Hà Nam sẽ là lần đầu đầu tư vào Việt Nam. -TTXVN",
            "2013-04-17",
            "ministry",
            [
                "foreign_page_rendered",
                "announced_investment",
                "no_amount",
                "agency_credit_nothing",
                "ordinal_not_count",
            ],
            firms=[f("Kuo Feng", "Tập đoàn")],
            provinces=[pv("Hà Nam")],
            deals=[deal("investment", ["Kuo Feng"], None, HNam)],
            events=[ev("investment_announcement", [F("Kuo Feng")], None, None, HNam, "announced")],
        ),
        h(
            n(),
            "About 125 million USD went into the plant in Da Nang's Lien Chieu Industrial Zone, which will give 1,000 local workers jobs once running; Deputy Prime Minister Hoang Van Tam was at the ceremony. -VNA",
            "2012-09-05",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "role_before_name",
                "plant_worth_no_firm",
                "english_park_no_location",
                "count",
                "approx",
                "no_event",
            ],
            persons=[per("Hoang Van Tam", "Deputy Prime Minister")],
            provinces=[pv("Đà Nẵng")],
            money=[m(125 * M, "USD", approx=True)],
            quantities=[c(1000, "local workers")],
            events=[],
        ),
    ]
    # --- English: a casting magazine on the state of Vietnam's foundries (S17 r1), a law-firm guide to manufacturing
    # (S20 r2) and a trade agency's guide on a document store (S20 r3) ---
    rows += [
        h(
            n(),
            "Where Vietnam's foundries stand\n\nSome 110,000 people work directly in Vietnam's foundries, which melt and pour about 520,000 tonnes a year; suppliers and service firms add perhaps 280,000 jobs.",
            "2018-08-13",
            "ministry",
            [
                E,
                "trade_magazine",
                "headline_lead",
                "tonnage_no_count",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            quantities=[c(110000, "people", True), c(280000, "jobs", True)],
            events=[],
        ),
        h(
            n(),
            "Main customers:\n• Waterworks (pumps, valves, fittings)\n• Farm and construction machinery\n• Motors and power equipment",
            "2018-08-13",
            "ministry",
            [E, "trade_magazine", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "• Roughly 22% of castings end up in cars and motorbikes and about 11% in construction machinery; Dong Anh Foundry alone makes 5,500 tonnes a year for Kansai Kenki and is building a line for 9,000 more.",
            "2018-08-13",
            "ministry",
            [
                E,
                "trade_magazine",
                "percentage",
                "supplier_no_contract_word",
                "tonnage_no_count",
                "expansion_no_amount_no_deal",
                "no_event",
            ],
            firms=[f("Dong Anh Foundry"), f("Kansai Kenki")],
            percentages=[22, 11],
            events=[],
        ),
        h(
            n(),
            "• Safety and dust control now get a bigger slice of foundry budgets, next to new automatic moulding lines.",
            "2018-08-13",
            "ministry",
            [E, "trade_magazine", "bullet_list", "vague_spending_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "• Hanoi Precision Casting's 9,000 tonnes a year go to Orion Machinery Vietnam, and Saigon Iron Works sends 8,000 tonnes to Taka Engineering; machine tools take roughly a fifth of all castings.",
            "2018-08-13",
            "ministry",
            [
                E,
                "trade_magazine",
                "supplier_no_contract_word",
                "fraction_no_percentage",
                "tonnage_no_count",
                "vietnam_dropped",
                "no_event",
            ],
            firms=[
                f("Hanoi Precision Casting"),
                f("Orion Machinery"),
                f("Saigon Iron Works"),
                f("Taka Engineering"),
            ],
            events=[],
        ),
        h(
            n(),
            "Furan no-bake (14%), metal moulds (9%) and permanent moulds (5%) trail green sand, still used for about 72% of moulding. Most foreign money in the trade is Japanese, Korean or Taiwanese.",
            "2018-08-13",
            "ministry",
            [E, "trade_magazine", "percentage", "adjective_no_country", "no_event"],
            percentages=[14, 9, 5, 72],
            events=[],
        ),
        h(
            n(),
            "Manufacturing in Vietnam: a legal guide\n\nA 24.8% share of GDP came from manufacturing in 2022, by the World Bank's count, and supply-chain shifts are expected to push it higher.",
            "2023-06-01",
            "legal",
            [E, "law_firm_guide", "headline_lead", "percentage", "possessive_org", "multiline", "no_event"],
            organizations=["World Bank"],
            percentages=[24.8],
            events=[],
        ),
        h(
            n(),
            "Multinationals such as Samsung, Foxconn and Honda already make goods in the country, and Vietnam belongs to the World Trade Organization and the CPTPP.",
            "2023-06-01",
            "legal",
            [E, "law_firm_guide", "brand_list", "operation_no_deal", "agreement_nothing", "no_event"],
            firms=[f("Samsung"), f("Foxconn"), f("Honda")],
            organizations=["World Trade Organization"],
            events=[],
        ),
        h(
            n(),
            "Binh Duong and Dong Nai rank among the busiest factory provinces, in one of four economic regions where manufacturing clusters.",
            "2023-06-01",
            "legal",
            [E, "law_firm_guide", "region_nothing", "unaccented_province", "count_in_words", "no_event"],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "You are on page 1 of 1,024\nINVESTMENT ENVIRONMENT AND INDUSTRIAL ZONES IN VIETNAM\nPrepared by KOTRA with the Foreign Investment Agency (FIA), 2023\nINVESTMENT ENVIRONMENT IN BAC NINH ........................ 41\nQUE VO INDUSTRIAL ZONE ........................ 45",
            "2023-08-04",
            "ministry",
            [
                E,
                "document_store",
                "table_of_contents",
                "caps_province",
                "english_park_no_location",
                "page_numbers_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["KOTRA", "Foreign Investment Agency"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    return rows
