# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 116 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: rare earths, magnets and mineral processing for electronics and motors
(permanent magnets, rare-earth separation, tungsten, graphite, titanium and zircon; their plants, investors, supply deals
and provincial licensing). Written and annotated for every field BEFORE any tagger was run on them, without reading the
tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "đất hiếm nhà máy chế biến sâu
Việt Nam đầu tư", S2 "nam châm vĩnh cửu đất hiếm nhà máy sản xuất Việt Nam", S3 "tách chiết đất hiếm Lai Châu Yên Bái dự
án", S4 "mỏ đất hiếm Đông Pao cấp phép khai thác", S5 "vonfram Núi Pháo nhà máy chế biến sâu Masan", S6 "quặng titan sa
khoáng Bình Thuận chế biến xỉ titan nhà máy", S7 "than chì graphit mỏ Lào Cai Yên Bái chế biến dự án", S8 "UBND tỉnh cấp
giấy phép khai thác khoáng sản quặng công ty", S9 "ký kết hợp tác đất hiếm doanh nghiệp Hàn Quốc Việt Nam biên bản ghi
nhớ", S10 "nhà máy nam châm động cơ điện khu công nghiệp vốn FDI cấp giấy chứng nhận", S11 "nhà máy pigment dioxit titan
Hà Tĩnh Thừa Thiên Huế đầu tư", S12 "Bộ Công Thương chiến lược khoáng sản đất hiếm chế biến sâu quy hoạch", S13 "xuất
khẩu oxit đất hiếm doanh nghiệp hợp đồng cung cấp tấn", S14 "nhà đầu tư nước ngoài mua cổ phần công ty khoáng sản vonfram
Việt Nam", S15 "dự án khai thác chế biến titan zircon khởi công Quảng Trị Huế Bình Định", S16 "đấu giá quyền khai thác
mỏ đất hiếm trúng đấu giá công ty", and in English S17 "Vietnam rare earth processing plant investment", S18 "Vietnam
rare earth magnet factory supply agreement", S19 "Masan High-Tech Materials tungsten Nui Phao", S20 "Vietnam graphite
titanium mining licence province company". No sentence is taken or paraphrased from a page; the shapes are. Firm and
person names are invented (Phú Hưng Thịnh, Daesung Magnetics / DSM, Ningbo Jinci Magnetic, Meridian Rare Metals, Đất hiếm
Hạ Long Xanh, Tập đoàn Bãi Cháy, Đất hiếm Nậm Khăm - Vinacomin / Nam Kham Rare Earth, Khoáng sản Tiến Thành, Zircon Hàm
Tân, Tài nguyên Đại Từ, Khoáng sản Quốc gia Kaveri / KMDC, Hợp kim Quốc phòng Sindhu, Trường Phát, Khoáng sản Sa Huỳnh –
Quảng Ngãi, Seonghwa Magnet, Daewon Motor, Tokai Shoji, Kagawa Chemical Corporation, Hanul Group, Daemyung Steel, Vietnam
Rare Metals, Kestrel Minerals, Western Mining Institute, Thai Nguyen Advanced Materials / TAM, Hai Lang Minerals / HLM,
the mines Nậm Khăm, Pú Sam Cáp, Sin Chải and Phú Xuyên, decision and notice numbers of the provinces, and every
official, ambassador, author, student, photographer and byline); well-known names (VinFast, Hyundai Motor, Vinacomin,
Vietcap, Project Blue, Asia Briefing, USGS, the ministries, Reuters and the outlets, laws and decrees cited by number)
appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; one foreign-domain ore-beneficiation slug came back nine times, a trade
daily's rare-earth tag page, a legal site's auction-plan title, a legal store's ministry decision, a geology paper and a
national daily's titanium groundbreaking two to four times each): 30 slots were spam and junk (machine-translated
mining-equipment, ferro-silicon and graphite-price slugs on foreign domains, a "Tmn" process slug, a mill-certificate
slug and a betting domain's keyword tag; S5 and S7 returned nothing else); 13 were tag, title, category, hashtag and blurb
pages (the trade daily's tag page twice with an investors' wish, a minister's survey and a reserves line, a national
daily's tag item on a rare-earth cooperation signed with a Singapore firm and its headline amount, a lifestyle site's tag
item, a legal site's auction-plan title four times, a provincial portal's procedure category, an auction hashtag, a TV
site's video blurb, an English news blurb with a copyright line twice); 9 were legal texts, papers, document stores and
explainers (a legal store's ministry decision with search chrome, caps header, preamble, articles and signer, twice; a
province's planning decision with its metadata block, header and preamble; a geology paper's authors, affiliations and
bilingual abstract, twice; a document store's thesis in broken OCR with firms' recalled FDI and a table; a course paper on
a zirconium joint venture with its cover, members and contents; an English Prime Minister's decision with loading chrome,
twice; an English question-and-answer explainer with citation markers); 15 were Vietnamese news (a radio site's copy of
the wire story on Korean and Chinese magnet makers' plants, a legal daily's version with audio-player chrome, the trade
daily's piece on Lai Châu's four mines with the chairman's caption, a wire's page on a state group's unit given a whole
mine in principle, a science site on the licensed mine and illegal digging, a national daily's titanium groundbreaking
twice, a provincial environment department's licence tally, the wire's page on the Korean ambassador's visit, a foreign
broadcaster's Vietnamese site on the "treasure", a business weekly's FDI review, a TV site's titanium plant opening, an
FDI site and an investment magazine on an Indian state miner courting a tungsten mine, a consultancy's copy of a group's
first purchase of a mining company); 13 were English news and features (a business daily's Asian edition and a
Korean-American daily on a state visit's minerals memorandum and business agreements, a blog copy of an Asian weekly's
rare-earth piece, the wire's English page, an investment site, a rewrite site and the government portal's English page
on the magnet makers, a spam domain's copy of a tungsten miner's results, the miner's own news page, an investment
weekly and a news agency's brand page on tungsten, a metals price site's events list and interview with a titanium
miner, an industrial-minerals magazine's 2010 feature). About 17 of the 80 slots told a deal or an event with a named
party (a cooperation signed, one Korean magnet plant announced in five copies, a mine assigned by the Prime Minister, a
groundbreaking twice, an opening, an acquisition, two recalled agreements between foreign firms, a recalled licence
three times, recalled investments in a thesis); the searches on tungsten plants, graphite, oxide exports and auctions
(S5, S7, S13, S16) returned spam, titles and a course paper, the pigment search (S11) one opening, and no supply
contract, offtake, licence round or auction result came up in any first four, so the batch has none; the countries'
memoranda (S9, S18) name no signing body.

Rows: 160 (hand-34401 to hand-34560); 15 carry a deal or an event (9%): 10 events (5 investment announcements, 1
cooperation, 1 investment licence, 1 groundbreaking, 1 inauguration, 1 acquisition) and 17 `deals` entries (13
investment, 2 mou, 1 cooperation, 1 groundbreaking); 6 rows hold deals without an event (hand-34456 a thesis's two
recalled investments, 34493 a recalled approval, 34521 and 34527 recalled agreements between foreign firms, 34539 and
34558 recalled mining licences), no row an event without a deal. 145 rows are negatives and other fields. By page kind:
29 rows of spam and junk (34401-34429, 0 with a deal or event), 12 of tag, title, category, hashtag and blurb pages
(34430-34441, 1; 1 in English), 26 of legal texts, papers, document stores and explainers (34442-34467, 1; 6 in
English), 60 of Vietnamese news (34468-34527, 9) and 33 of English news (34528-34560, 4); 40 rows are English
(`english_copy`, 25%). 12 rows are stored in NFD (hand-34403, 34415, 34421, 34426, 34437, 34453, 34472, 34477, 34488,
34499, 34516, 34527); 6 use old tone placement (34435 "Thanh Hoá", 34455 "hiện đại hoá", 34462 "hoá chất", 34472 "đa
dạng hoá", 34519 "chuyên môn hoá", 34521 "thoả thuận"); 46 hold several lines (headlines and leads, tag items, chrome,
legal headers and preambles, covers and contents, captions, bullets, events lists, bylines).

Own wording: on review of the first draft against the sampled pages, about 75 drafts followed a sampled sentence too
closely (same clause order, or the same run of facts with names and figures swapped) and were rewritten from scratch
with another order (amount-first, object-first, effect-first, place-first) and other facts around them: the tag page's
wish and survey lines and its tag item's headline, the lifestyle tag, the video blurb and the English blurb, the paper's
abstracts and conclusion, the thesis's FDI lines and heading, the course paper's title, contents and profile, the
explainer's summary and point, nearly every line of the magnet makers' wire copies (lead, the 85-million plant, output,
the Chinese maker's plan and customers, the legal daily's headline, statistic, target and background), the Lai Châu
lead and mine lines, the mine assignment, the licensing dossier and project line, the licensed-mine, compensation,
illegal-digging and patrol lines, the groundbreaking lead, the deputy minister, approval, forecast, product and reserves
lines, the licence tally and its bullets, the ambassador's headlines, caption and wish, the broadcaster's lead,
memorandum, partnership and trade lines, the FDI review's lead, subheading, bullets and statistic, the opening and its
phases, donation, reserves and imports lines, the Indian miner's talks, name, quote, agreements and uses, the
acquisition headline and lead, and nearly every English row (the state visit, centre, agreements, ministry, MOUs, the
output, arrests and professor lines, the consultancy line, the licence, the magnet makers' headline, plant, caption,
quote, rewrite and portal lines, the miner's results, price, share and investor-day lines, the interview headline and
licence line, the feature's standfirst and caption). Dropped or replaced because their shape came only from ranks 5-8:
four spam slugs (a ferro-silicon price per tonne, a global price table, a HS-code slug and a certificate-and-price slug,
S5 r5-r7, S7 r6) and a quarry-process slug (S7 r8), a strategic-magnet background line (S2 r6), a professor's textbook
quote (S17 r5) and a reserves line revised to a sixth-place rank (S17 r8, S19 r6); a nuclear-power line was dropped as
too close to S14 r4. Nothing else was used from ranks 5-8, among them: a Japanese chemical group's magnet plant in Hải
Phòng (S2 r7), the Korean magnet maker's licensed plant in Quảng Nam (S18 r8), an Australian miner's bid and a
Korean partner's factory at the largest mine (S17 r7-r8), the ministers' three agreements and the research-centre
memorandum (S9 r5-r6), a Korean miner's strategic agreement with a Lai Châu mine holder (S9 r7), the mine holder's
second shareholder (S14 r6), a group's purchase of a tungsten mine (S14 r8), a titanium-monazite complex in Quảng Trị
(S15 r5), a pigment plant's investment certificate in Bình Thuận (S11 r6), electronics licences in Nghệ An (S10 r7-r8),
a Quảng Ngãi titanium project's licensing history (S15 r8, S20 r7), a province's curb on titanium licences (S20 r8), a
Quảng Trị auction and a Huế auction complaint (S16 r5, S16 r8), post-titan projects in Bình Định (S6 r6), a sand
exploration licence in Thanh Hóa (S8 r8), a tungsten miner's yearly results (S19 r5), the titanium zoning and mineral
master-plan decisions (S12 r8, S15 r6) and China's export curbs (S13 r8).

Conventions: exactly those of batches 10 and 12-115 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or policy approval is an investment deal and an `investment_licence` event "licensed", the
granting body a government party as written, sited only where a province is written; a licence, approval, acquisition or
agreement recalled as background is a deal without an event (batch 15); a plant being built or planned by a named firm
is an announced investment; a held groundbreaking is a groundbreaking deal and event "started", dated only with a day; an
opening with its capital is an investment deal and an inauguration "completed"; an acquisition is the buyer's investment
deal and an acquisition event of buyer and target; a firm-firm "ký kết hợp tác" is a cooperation deal and event, a
"thỏa thuận hợp tác" an MoU (README); wishes, interest, talks, conditionals, proposals, surveys, forecasts, plans on
hold, customers, revenue, profit and national totals give no deal; vague amounts ("vài triệu USD", "hàng tỉ USD") are
none, "khoảng", "chừng", "gần", "hơn", "about", "some", "more than", "or so" approximate; prices per unit keep their unit;
bracketed conversions are both money; capacities, tonnages, m3, durations, ordinals, counts in words and counts without a
noun are no counts, English counts keep their English noun phrase; hectares are areas; Vietnamese legal forms are
normalised ("Công ty Cổ phần", "CTCP", "Cty CP" -> "Công ty CP"), "PTE LTD" is "Pte. Ltd.", foreign ones kept ("JSC",
"Joint Stock Company"), "Corporation" and "Group" stay in the name, an alias or acronym in brackets after the full name is
not repeated while one written alone is a firm mention; Vietnamese country words and adjectives ("hãng Hàn Quốc", "nhà
đầu tư Ấn Độ") and English country nouns and possessives are countries, English adjectives ("Korean", "Chinese",
"Australian", "Japanese") none, "Việt Nam"/"Vietnam" no location, foreign cities, regions and capitals used for
governments nothing; a province inside an organisation's name is a mention, inside a firm's name not, a country inside an
organisation's name no location; "huyện", "thị xã", "TP" are districts, communes nothing; organisations expand UBND with
a name, a bare "UBND tỉnh" gives none; laws, decrees, resolutions and official-letter codes cited by number are
decisions, ASCII codes written "QĐ"; bylines and photographers are persons without role, initials and outlet, agency and
wire credits nothing. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A whole mine handed to a named firm by the Prime Minister's approval in principle ("Công ty Cổ phần X vừa được Thủ
  tướng Chính phủ đồng ý về nguyên tắc cho quản lý toàn bộ mỏ đất hiếm ... ở huyện Phong Thổ (Lai Châu), theo Thông báo
  số 5184/VPCP-KTN", hand-34483) is read as a policy approval: an investment deal and an `investment_licence` event with
  G("Thủ tướng Chính phủ"), sited in Lai Châu; the notice is a decision without a date; the director's guard post is no
  deal.
- Mining licences: one recalled for a named holder ("Nam Kham Rare Earth JSC and a Japanese partner have held the licence
  to mine the deposit in Lai Chau since late 2013", 34539; "HLM has held an exploitation licence for its 180-hectare ...
  site since 2008", 34558) is an investment deal without event, sited only where a province is written; one recalled for
  a mine with no holder named ("Giấy phép khai thác mỏ Nậm Khăm do Bộ Tài nguyên và Môi trường cấp đã có từ cuối năm
  2013", 34487) gives no deal; a dossier still to be filed (34484), a tally of licences signed by a bare "UBND tỉnh" and
  licences revoked (34498-34499), hectares handed back by an unnamed explorer (34481) and auction-plan titles (34435-34437,
  decisions without date, the year in the title no date) give no deal.
- Memoranda between countries with no signing body named ("hai nước đã ký biên bản ghi nhớ", 34506; "the two governments
  agreed to set up", 34529; "A June agreement on critical minerals between the RoK and Viet Nam", 34546) give no event and
  no deal (batch 14's ministries' MoUs have named G parties); "RoK" and "Republic of Korea" are countries; "Seoul",
  "Beijing", "Washington" and "New Delhi" standing for governments are nothing.
- A tag page's cooperation item told object-first ("Nhà máy tách ... của Quảng Ninh sẽ do Cty X PTE LTD (Singapore) và Cty
  CP Y, đơn vị thành viên Tập đoàn Z, cùng làm theo văn bản ký kết hợp tác hai bên trao nhau chiều 9-11 tại TP Hạ Long",
  34433) is one cooperation deal and event "signed" (batches 11 and 15) with the headline's amount, sited in Quảng Ninh
  where the plant is, dated 2011-11-09; the parent group is a firm mention and no party; the signing place a district.
- Magnet makers' plants: "85 triệu USD là số tiền X nói đang bỏ vào nhà máy mới ở Việt Nam" (34469), "Production at DSM's
  Vietnam plant, an $85 million project, should start next year" (34541), "Vài triệu USD là tất cả những gì Y định bỏ ra
  cho xưởng đầu tiên ở Việt Nam" (34471, the vague amount none) and "Factories in Vietnam are in the plans of A and of B"
  (34540, two deals and two events) are announced investments without site; "ngỏ lời ... đang tìm chỗ đặt xưởng" (34430),
  "among the magnet makers looking at the country" (34538) and plans of unnamed makers (34468, 34474, 34543, 34545) give
  none; magnet buyers named ("bán nam châm cho VinFast và Hyundai Motor") give no supply deal.
- Stake talks ("cuộc đàm phán giữa CTCP X và một doanh nghiệp nhà nước nước này", 34518), a cabinet approval to come
  (34524), due diligence that depends on it (34525) and a pilot-plant plan on hold (34535) give no deal; agreements
  between two foreign firms recalled ("đã có thoả thuận hợp tác với Công ty ... từ tháng 9/2016", 34521; "theo thỏa thuận
  hai hãng ký năm ngoái", 34527) are mou deals without event, undated.
- An acquisition with the target named only in the lead ("Tập đoàn Trường Phát mua trọn một doanh nghiệp khoáng sản với
  giá 380 tỷ đồng / ... đích ngắm là Công ty Khoáng sản Sa Huỳnh – Quảng Ngãi", 34523) is the buyer's investment deal
  with the amount and a completed acquisition of buyer and target, no site (the province sits in the target's name).
- A thesis's recalled investments told place-first ("Bắc Ninh nhận 38 triệu USD từ Công ty Seonghwa\nMagnet, còn Hải
  Dương có nhà máy động cơ 64 triệu USD của Daewon Motor", 34456) are two deals without events, each sited; a name broken
  by a line is one name; OCR typos ("đẩu tư", "phía Bác", "quôc gia") are read as meant; OCR table figures are no counts.
- A project's approval recalled ("Tiến Thành có quyết định phê duyệt của Thủ tướng từ cuối năm 2007", 34493) is a deal
  without event; a bare "Thủ tướng" is no organisation; the headline's bare "Bắc Bình" is no location beside the lead's
  "huyện Bắc Bình".
- Consultancies and brokers named as sources ("Asia Briefing, aconsultancy", "Project Blue, a consultancy", "Broker
  Vietcap") are firms; papers and wires ("Reuters", "Economic Times", "The Telegraph India", "IM", "Seoul Economic Daily",
  "(PLO)-", "(VTC News) -", "(KTSG Online) -", "VGP -", "TP -") nothing; a copyright line naming a publisher with its
  legal form ("© Asia News Network Bhd", 34441) is a credit and gives nothing; "© Ảnh : Public domain" and a user-handle
  credit ("Courtesy dunes_and_ore") nothing.
- Caps authors with glued affiliation numerals ("PGS.TS. LÊ VĂN KHẢI1, ThS. ĐINH THỊ HẠNH21Hội Khoáng vật học Việt Nam, 18
  Hoàng Quốc Việt, Hà Nội2Liên đoàn ...", 34452) are persons without role in their usual spelling, the titles dropped,
  the affiliations organisations, the street addresses nothing, "TP Vinh" a district.
- An English legal header ("THE PRIME MINISTER ... No. 645/QD-TTg / Hanoi, May 6, 2014", 34463) gives the decision
  "645/QĐ-TTg" with its date and Hà Nội, and no organisation (batch 114's header gave none either); the Vietnamese caps
  header "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG SỐ 17/2008/QĐ-BTNMT NGÀY ..." gives the ministry and the
  dated decision; "Vụ Pháp chế" and "Sở Tài nguyên và Môi trường" written bare are organisations.
- "Chính phủ Ấn Độ" capitalised is an organisation (34524, with "Bộ Thép"), the headline's "cổ đông Ấn Độ" a country;
  "Bộ Năng lượng Mỹ", "US Geological Survey" and "Korea's Ministry of Trade, Industry and Energy" are organisations, the
  country inside the first two no location, the English possessive before the third a country.
- "quan hệ thương mại Mỹ - Trung" gives Mỹ; the clipped "Trung" is nothing (34472).
- Counts: "4 mỏ, điểm mỏ" is c(4, "mỏ"); "17 nguyên tố đất hiếm", "120 công nhân", "Khoảng 140 hộ dân" and "Khoảng 2
  triệu ô tô điện" are counts (the last two approximate); "48 or so MOUs" and "more than 110 preliminary deals" approximate
  English counts; "titan chiếm 4, vàng 9" (counts without noun), "24/24", "hàng chục nghìn m3", tonnages and capacities are
  none; fractions ("4 phần 10", "gấp rưỡi", "a fifth", "a third", "tenfold") give no percentage.
- Spam slugs: lower-case foreign places ("patna") nothing; grades and specs ("ferro silic 72", "fc 94", "30 tấn") no
  counts.
- A price per MTU ("about US$610 per MTU") is money per "MTU", approximate; a profit with its bracketed conversion gives
  both money.
- Persons: "Đại sứ Hàn Quốc Kim Sung-jin (trái)" has the role "Đại sứ Hàn Quốc", a later "Đại sứ Kim Sung-jin" the role
  "Đại sứ", "Ông Kim Sung-jin" none; "Bộ trưởng Lê Quang Đạt" alone the role "Bộ trưởng"; attendees with a firm before the
  title ("Hanul Group Chairman Park Jin-woo") keep the whole title as role and give the firm; "Vietnam's Minister of
  Industry and Trade Nguyen Hoang Long" has the role without "Vietnam's"; "Gvhd: ThS. Phan Minh Tuệ" the role "Gvhd",
  group members none; "Người ký: X" in a metadata block no role."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, per


def hand_sentences_116(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    LC = cur("Lai Châu")
    QNi = cur("Quảng Ninh")
    BTh = cur("Bình Thuận")
    HD = cur("Hải Dương")
    BN = cur("Bắc Ninh")

    ids = iter(range(34401, 34401 + 399))

    def n() -> int:
        return next(ids)

    def junk(text: str, published: str, kind: str, *extra: str) -> dict:
        """A spam slug or keyword title: no field, no event."""
        return h(n(), text, published, "ministry", [kind, *extra, "no_fields", "no_event"], events=[])

    rows: list[dict] = []
    # --- Spam and junk: machine-translated mining-equipment slugs on foreign domains (an ore-beneficiation cost slug
    # nine times, ferro-silicon and graphite price slugs, a "Tmn" process slug, a terms slug, a mill-certificate slug)
    # and a betting domain's keyword tag (S1 r1, S2 r2-r3, S3 r1, S4 r2, S4 r4, S5 r1-r4, S6 r1, S6 r4, S7 r1-r4,
    # S10 r3-r4, S11 r1, S11 r3-r4, S12 r1-r2, S12 r4, S13 r1-r3, S14 r2, S15 r1, S16 r2: 30 of the 80 slots) ---
    rows += [
        junk(
            "chi phí vận hành dây chuyền tuyển quặng thiếc quy mô vừa",
            "2023-04-11",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "chi phí lắp đặt nhà máy nghiền quặng mangan công suất nhỏ",
            "2023-04-19",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "bảng giá thiết bị thụ hưởng quặng apatit cỡ nhỏ",
            "2023-05-02",
            "foreign_domain_slug",
            "lowercase",
            "nfd",
        ),
        junk(
            "chi phí dự án tuyển quặng đất hiếm monazit quy mô thí điểm",
            "2023-05-14",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "nhà máy thụ hưởng quặng sắt laterit quy mô nhỏ chi phí đầu tư",
            "2023-06-01",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "tách từ cao cường quặng ilmenit máy tuyển trọng lực giá rẻ",
            "2023-06-20",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "tinh chế vonfram từ quặng nghèo chi phí thiết bị bán chạy",
            "2023-07-08",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "thiết bị sàng rung quặng fluorit báo giá xuất xưởng",
            "2023-07-30",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "Cách tinh chế bột ferro mangan dùng cho luyện thép là gì",
            "2022-03-06",
            "foreign_domain_slug",
            "spec_no_count",
        ),
        junk(
            "hạt ferro silic 72 mua ở đâu nhà cung cấp uy tín",
            "2022-07-17",
            "foreign_domain_slug",
            "lowercase",
            "spec_no_count",
        ),
        junk(
            "tinh chế bột silic kim loại bán buôn cho lò điện hồ quang",
            "2021-11-03",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "chi phí dự án xưởng tuyển quặng chì kẽm quy mô nhỏ",
            "2023-06-03",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "tinh chế hạt ferro silic loại sd phía bắc pvt báo giá",
            "2019-03-24",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk("Tính chất từ của ferro bo nó dùng để làm nam châm là gì", "2023-06-06", "foreign_domain_slug"),
        junk(
            "Quy trình sản xuất ferro mangan điện phân pdf Tài liệu miễn phí",
            "2021-03-06",
            "foreign_domain_slug",
            "nfd",
        ),
        junk(
            "kế hoạch tuyển quặng thiếc mn Quy trình khai thác quặng đồng Cmn",
            "2022-04-09",
            "foreign_domain_slug",
            "garbage_tokens",
        ),
        junk(
            "mn lộ trình thụ hưởng quặng chì Quy trình nghiền quặng kẽm Tmn xem thêm",
            "2022-04-09",
            "foreign_domain_slug",
            "garbage_tokens",
        ),
        junk(
            "khai thác quặng chì thuật ngữ máy nghiền hàm tài nguyên miền trung",
            "2010-02-11",
            "foreign_domain_slug",
            "lowercase",
            "region_no_location",
        ),
        junk(
            "giá than chì vảy tự nhiên fc 94 than chì phế liệu thu mua",
            "2023-09-12",
            "foreign_domain_slug",
            "lowercase",
            "spec_no_count",
        ),
        junk(
            "than cốc kim loại graphit hóa hàm lượng tro thấp giá xuất khẩu gpc",
            "2023-07-16",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "chi phí sản xuất điện cực graphit cho lò hồ quang luyện thép",
            "2023-11-01",
            "foreign_domain_slug",
            "lowercase",
            "nfd",
        ),
        junk(
            "fc 90 bột than chì giá than chì tự nhiên loại vảy lớn",
            "2023-08-27",
            "foreign_domain_slug",
            "lowercase",
            "spec_no_count",
        ),
        junk(
            "máy nghiền bi patna chứng chỉ iso trung tâm bảo hành đặc biệt",
            "2021-09-30",
            "foreign_domain_slug",
            "lowercase",
            "city_abroad_nothing",
        ),
        junk(
            "chi phí dự án nhà máy tuyển quặng đồng quy mô nhỏ bảng giá",
            "2023-10-05",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "chi phí dự án nhà máy tuyển quặng sắt quy mô nhỏ ở vùng núi",
            "2023-08-14",
            "foreign_domain_slug",
            "lowercase",
        ),
        junk(
            "máy tuyển nổi quặng đất hiếm báo giá thiết bị trọn gói",
            "2023-09-02",
            "foreign_domain_slug",
            "lowercase",
            "nfd",
        ),
        junk(
            "khai thác quặng titan sa khoáng thuật ngữ tài nguyên ven biển",
            "2020-05-27",
            "foreign_domain_slug",
            "lowercase",
            "region_no_location",
        ),
        junk(
            "lò quay hoàn nguyên xỉ titan nhà sản xuất tmn công suất 30 tấn",
            "2022-01-19",
            "foreign_domain_slug",
            "lowercase",
            "capacity_no_count",
        ),
        junk("Từ khóa: quy trình đấu giá quyền khai thác cát sỏi", "2024-02-02", "spam_keyword_tag"),
    ]
    # --- Tag, title, category, hashtag and blurb pages (S1 r2-r4, S3 r2, S4 r1, S8 r1, S12 r3, S15 r4, S16 r1, S16 r3-r4,
    # S17 r1, S18 r4: 13 slots) ---
    rows += [
        h(
            n(),
            "bản đồ đất hiếm\nLai Châu có thêm hai cái tên ngỏ lời: Phú Hưng Thịnh, và Tập đoàn Daesung Magnetics, hãng nam châm Hàn Quốc đang tìm chỗ đặt xưởng gần mỏ.",
            "2024-08-24",
            "ministry",
            ["tag_page", "wish_no_deal", "bare_name_firm", "country_adjective", "multiline", "no_event"],
            firms=[f("Phú Hưng Thịnh"), f("Daesung Magnetics", "Tập đoàn")],
            provinces=[pv("Lai Châu")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khu mỏ đất hiếm Nậm Khăm (Lai Châu) đón đoàn khảo sát do Thứ trưởng Bộ Công Thương Trần Quang Duệ dẫn đầu hôm 16/8.",
            "2024-08-24",
            "ministry",
            ["tag_page", "survey_no_deal", "role_before_name", "province_in_brackets", "no_event"],
            persons=[per("Trần Quang Duệ", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Lai Châu")],
            events=[],
        ),
        h(
            n(),
            "Phần lớn trữ lượng đất hiếm ước tính của cả nước nằm ở Lai Châu, nơi có mỏ Nậm Khăm.",
            "2024-08-24",
            "ministry",
            ["tag_page", "statistic", "no_event"],
            provinces=[pv("Lai Châu")],
            events=[],
        ),
        h(
            n(),
            "dự án chế biến\nQuảng Ninh sắp có nhà máy tách đất hiếm 41,2 triệu USD\nTP - Nhà máy tách và tinh chế đất hiếm công nghệ cao đầu tiên của Quảng Ninh sẽ do Cty Meridian Rare Metals PTE LTD (Singapore) và Cty CP Đất hiếm Hạ Long Xanh, đơn vị thành viên Tập đoàn Bãi Cháy, cùng làm theo văn bản ký kết hợp tác hai bên trao nhau chiều 9-11 tại TP Hạ Long.",
            "2011-11-10",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "headline_amount",
                "cooperation",
                "object_first",
                "cty_abbreviation",
                "pte_ltd_caps",
                "country_bracket",
                "parent_group_mention",
                "signing_place_district",
                "deal_date",
                "outlet_prefix_nothing",
                "multiline",
            ],
            firms=[
                f("Meridian Rare Metals", "Pte. Ltd."),
                f("Đất hiếm Hạ Long Xanh", "Công ty CP"),
                f("Bãi Cháy", "Tập đoàn"),
            ],
            provinces=[pv("Quảng Ninh")],
            locations=[country("Singapore"), district("TP Hạ Long")],
            money=[m(41.2 * M, "USD")],
            deals=[
                deal(
                    "cooperation",
                    ["Meridian Rare Metals", "Đất hiếm Hạ Long Xanh"],
                    41.2 * M,
                    QNi,
                    "2011-11-09",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Meridian Rare Metals"), F("Đất hiếm Hạ Long Xanh")],
                    41.2 * M,
                    "USD",
                    QNi,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Ai sẽ tách được oxit đất hiếm đầu tiên?Kinh doanh - 14/11/2023Hai doanh nghiệp trong nước đã chạy thử dây chuyền tách ở quy mô phòng thí nghiệm, nhưng chưa ai có giấy phép cho nhà máy thật.",
            "2023-11-14",
            "ministry",
            [
                "tag_page",
                "glued_words",
                "section_date",
                "count_in_words",
                "firms_unnamed",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1172/QĐ-UBND Thanh Hoá 2023 phương án đấu giá quyền khai thác khoáng sản",
            "2023-05-09",
            "legal",
            ["legal_title", "year_only_no_date", "old_tone", "no_event"],
            provinces=[pv("Thanh Hóa")],
            decisions=[d("1172/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 418/QĐ-UBND Lào Cai 2022 khoanh định khu vực không đấu giá quyền khai thác khoáng sản",
            "2022-03-01",
            "legal",
            ["legal_title", "year_only_no_date", "no_event"],
            provinces=[pv("Lào Cai")],
            decisions=[d("418/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 2590/QĐ-UBND Nghệ An 2024 danh mục mỏ thiếc, vonfram đưa ra đấu giá quyền khai thác",
            "2024-10-21",
            "legal",
            ["legal_title", "year_only_no_date", "nfd", "no_event"],
            provinces=[pv("Nghệ An")],
            decisions=[d("2590/QĐ-UBND")],
            events=[],
        ),
        junk(
            "Trình tự, thủ tục đấu giá quyền khai thác khoáng sản ở địa phương",
            "2019-08-12",
            "portal_category_title",
        ),
        junk("#quy định đấu giá tài sản công", "2022-06-30", "hashtag_page", "lowercase"),
        h(
            n(),
            "Ninh Thuận tính đường chế biến sâu titan\nNgười dân ven biển phản đối các bãi thải quặng, trong khi tỉnh cần nhà máy để giữ lại giá trị; phóng sự ghi nhận ở hai xã.\nVIDEO LIÊN QUAN",
            "2019-04-02",
            "ministry",
            ["video_blurb", "headline_lead", "related_label", "count_in_words", "multiline", "no_event"],
            provinces=[pv("Ninh Thuận")],
            events=[],
        ),
        h(
            n(),
            "Vietnam courts refiners for its rare earths\nThe government wants ore turned into magnet metals at home rather than shipped out raw.\n© Asia News Network Bhd",
            "2023-09-26",
            "ministry",
            [
                E,
                "blurb",
                "headline_lead",
                "credit_line_nothing",
                "publisher_legal_form_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Legal texts on document sites, a geology paper, a document store's thesis and a course paper, an English
    # decision and a question-and-answer explainer (S6 r2, S8 r2-r3, S10 r2, S13 r4, S15 r3, S17 r3, S20 r1-r2: 9 slots) ---
    rows += [
        junk(
            'Kết quả tra cứu văn bản\n"khoáng sản rắn"\nTìm thấy: 2.315 VĂN BẢN PHÁP LUẬT | 86.720 CÔNG VĂN | 12.904 TIÊU CHUẨN VIỆT NAM',
            "2019-10-08",
            "document_site_chrome",
            "counters_nothing",
            "multiline",
        ),
        h(
            n(),
            "QUYẾT ĐỊNH\nCỦA BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSỐ 17/2008/QĐ-BTNMT NGÀY 04 THÁNG 9 NĂM 2008 VỀ VIỆC BAN HÀNH QUY CHẾ THĂM DÒ, PHÂN CẤP TRỮ LƯỢNG QUẶNG TITAN SA KHOÁNG",
            "2019-10-08",
            "legal",
            ["document_site", "caps_header", "decision_with_date", "caps_org", "multiline", "no_event"],
            organizations=["Bộ Tài nguyên và Môi trường"],
            decisions=[d("17/2008/QĐ-BTNMT", "2008-09-04")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Nghị định số 25/2008/NĐ-CP ngày 04 tháng 3 năm 2008 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn của Bộ Tài nguyên và Môi trường;\nCăn cứ Luật Khoáng sản và các văn bản hướng dẫn thi hành;\nTheo đề nghị của Cục trưởng Cục Địa chất và Khoáng sản Việt Nam và Vụ trưởng Vụ Pháp chế,",
            "2019-10-08",
            "legal",
            ["preamble", "law_title_no_number", "role_without_name", "multiline", "no_event"],
            organizations=[
                "Chính phủ",
                "Bộ Tài nguyên và Môi trường",
                "Cục Địa chất và Khoáng sản Việt Nam",
                "Vụ Pháp chế",
            ],
            decisions=[d("25/2008/NĐ-CP", "2008-03-04")],
            events=[],
        ),
        h(
            n(),
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế thăm dò, phân cấp trữ lượng và tài nguyên quặng titan sa khoáng.\nĐiều 2. Quyết định có hiệu lực sau 15 ngày, kể từ ngày đăng Công báo.",
            "2019-10-08",
            "legal",
            ["article", "duration_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điều 3. Cục trưởng Cục Địa chất và Khoáng sản Việt Nam, thủ trưởng các đơn vị và tổ chức, cá nhân thăm dò quặng titan chịu trách nhiệm thi hành Quyết định này.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Đức",
            "2019-10-08",
            "legal",
            ["article", "signer_block", "caps_role", "multiline", "no_event"],
            organizations=["Cục Địa chất và Khoáng sản Việt Nam"],
            persons=[per("Nguyễn Văn Đức", "THỨ TRƯỞNG")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 2087/QĐ-UBND năm 2016 phê duyệt Quy hoạch thăm dò, khai thác quặng titan sa khoáng trên địa bàn tỉnh Hà Tĩnh đến năm 2025\nSố hiệu: 2087/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Hà Tĩnh Người ký: Trần Bá Hiển\nNgày ban hành: 22/07/2016 Ngày hiệu lực: Đang cập nhật",
            "2016-08-03",
            "legal",
            [
                "document_site",
                "metadata_block",
                "signer_no_role",
                "decision_with_date",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Tĩnh")],
            persons=[per("Trần Bá Hiển", None)],
            decisions=[d("2087/QĐ-UBND", "2016-07-22")],
            events=[],
        ),
        h(
            n(),
            "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 2087/QĐ-UBND\nHà Tĩnh, ngày 22 tháng 07 năm 2016\nQUYẾT ĐỊNH\nPHÊ DUYỆT QUY HOẠCH THĂM DÒ, KHAI THÁC QUẶNG TITAN SA KHOÁNG TRÊN ĐỊA BÀN TỈNH HÀ TĨNH ĐẾN NĂM 2025",
            "2016-08-03",
            "legal",
            ["legal_header", "caps_org", "place_date_line", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            decisions=[d("2087/QĐ-UBND", "2016-07-22")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Khoáng sản số 60/2010/QH12 ngày 17/11/2010;\nCăn cứ Nghị định số 15/2012/NĐ-CP ngày 09/3/2012 của Chính phủ quy định chi tiết thi hành một số điều của Luật Khoáng sản;\nCăn cứ Nghị quyết số 31/NQ-HĐND ngày 14/7/2016 của Hội đồng nhân dân tỉnh Hà Tĩnh thông qua quy hoạch;",
            "2016-08-03",
            "legal",
            [
                "preamble",
                "law_number",
                "decisions_with_dates",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Chính phủ", "Hội đồng nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            decisions=[
                d("60/2010/QH12", "2010-11-17"),
                d("15/2012/NĐ-CP", "2012-03-09"),
                d("31/NQ-HĐND", "2016-07-14"),
            ],
            events=[],
        ),
        h(
            n(),
            "Điều 1. Phê duyệt quy hoạch với các nội dung chính sau:\n1. Mục tiêu: đưa 12 mỏ titan sa khoáng vào khai thác gắn với chế biến sâu, không xuất khẩu tinh quặng thô sau năm 2018.",
            "2016-08-03",
            "legal",
            ["article", "numbered_list", "count", "multiline", "no_event"],
            quantities=[c(12, "mỏ titan sa khoáng")],
            events=[],
        ),
        h(
            n(),
            "Điều 2. Giao Sở Tài nguyên và Môi trường chủ trì công bố quy hoạch; UBND huyện Cẩm Xuyên và UBND huyện Kỳ Anh quản lý, bảo vệ khoáng sản chưa khai thác trên địa bàn.",
            "2016-08-03",
            "legal",
            ["article", "ubnd_expanded", "district_in_org_name", "bare_department_org", "no_event"],
            organizations=[
                "Sở Tài nguyên và Môi trường",
                "Ủy ban nhân dân huyện Cẩm Xuyên",
                "Ủy ban nhân dân huyện Kỳ Anh",
            ],
            locations=[district("huyện Cẩm Xuyên"), district("huyện Kỳ Anh")],
            events=[],
        ),
        h(
            n(),
            "PGS.TS. LÊ VĂN KHẢI1, ThS. ĐINH THỊ HẠNH21Hội Khoáng vật học Việt Nam, 18 Hoàng Quốc Việt, Hà Nội2Liên đoàn Địa chất Bắc Trung Bộ, 22 Lê Hồng Phong, TP Vinh",
            "2021-06-15",
            "ministry",
            [
                "paper_header",
                "caps_authors",
                "academic_title",
                "affiliation_markers_glued",
                "street_address_nothing",
                "district",
                "no_event",
            ],
            persons=[per("Lê Văn Khải", None), per("Đinh Thị Hạnh", None)],
            organizations=["Hội Khoáng vật học Việt Nam", "Liên đoàn Địa chất Bắc Trung Bộ"],
            provinces=[pv("Hà Nội")],
            locations=[district("TP Vinh")],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt: Bài báo tổng hợp kết quả điều tra 14 điểm quặng đất hiếm ở Lai Châu, Lào Cai và Yên Bái, chia thành:1. mỏ gốc liên quan carbonatit;2. vỏ phong hóa hấp phụ ion;3. sa khoáng ven suối.",
            "2021-06-15",
            "ministry",
            ["abstract", "numbered_list_glued", "count", "province_list", "nfd", "no_event"],
            provinces=[pv("Lai Châu"), pv("Lào Cai"), pv("Yên Bái")],
            quantities=[c(14, "điểm quặng đất hiếm")],
            events=[],
        ),
        h(
            n(),
            "RARE EARTH OCCURRENCES OF NORTHWEST VIETNAMAbstractThe paper reviews survey data on 14 rare earth occurrences in three provinces:1. carbonatite-hosted;2. ion-adsorption crusts;3. stream placers.",
            "2021-06-15",
            "ministry",
            [E, "abstract", "caps_title_glued", "numbered_list_glued", "count", "count_in_words", "no_event"],
            quantities=[c(14, "rare earth occurrences")],
            events=[],
        ),
        h(
            n(),
            "Hàm lượng TR2O3 trung bình ở các điểm quặng phong hóa thấp, nên khâu tuyển phải được hiện đại hoá trước khi tính đến quy mô công nghiệp.",
            "2021-06-15",
            "ministry",
            ["abstract", "formula_nothing", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (9.27 MB, 86 trang )\n(số liệu năm 2012) Bắc Ninh nhận 38 triệu USD từ Công ty Seonghwa\nMagnet, còn Hải Dương có nhà máy động cơ 64 triệu USD của Daewon Motor;\nnhiều tập đoàn Hàn Quốc khác đẩu tư vào linh kiện ở phía Bác.",
            "2014-05-20",
            "ministry",
            [
                "document_store",
                "ocr_errors",
                "counters_nothing",
                "thesis_recalled_investments",
                "deal_no_event",
                "place_first",
                "name_split_by_line",
                "country_adjective",
                "multiline",
            ],
            firms=[f("Seonghwa Magnet", "Công ty"), f("Daewon Motor")],
            provinces=[pv("Bắc Ninh"), pv("Hải Dương")],
            locations=[country("Hàn Quốc")],
            money=[m(38 * M, "USD"), m(64 * M, "USD")],
            deals=[
                deal("investment", ["Seonghwa Magnet"], 38 * M, BN),
                deal("investment", ["Daewon Motor"], 64 * M, HD),
            ],
            events=[],
        ),
        h(
            n(),
            "Bảng 4: FDI của Hàn Quốc vào khu vực phía Bấc theo lĩnh vực đầu tư tính đến hết\nnăm 2012.\nSõi dự án\nCN nặng\n212\n3 104\nCN nhẹ\n47\n512",
            "2014-05-20",
            "ministry",
            ["document_store", "ocr_table", "table_numbers_no_count", "country", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "2.3 Đ ố i tác đ ầ u tư\n2.3.1. Theo quôc gia\nHàn Quốc dẫn đầu về số dự án, Nhật Bản dẫn đầu về vốn bình quân mỗi dự án.",
            "2014-05-20",
            "ministry",
            ["ocr_heading", "numbered_heading", "country", "multiline", "no_event"],
            locations=[country("Hàn Quốc"), country("Nhật Bản")],
            events=[],
        ),
        junk(
            "1. Trang chủ\n2. » Luận Văn - Báo Cáo\nbài tập nhóm phân tích chuỗi cung ứng bột zircon xuất khẩu\nSố trang 21\nDung lượng 1,12 MB\nTài liệu đã được kiểm tra trùng lặp",
            "2014-01-07",
            "document_store",
            "breadcrumb",
            "counters_nothing",
            "multiline",
        ),
        h(
            n(),
            "KHOA KINH TẾ CÔNG NGHIỆP\nMÔN HỌC QUẢN TRỊ CHUỖI CUNG ỨNG (2013 – 2014)\nTIỂU LUẬN NHÓM 4\nGvhd: ThS. Phan Minh Tuệ\nTHÀNH VIÊN NHÓM 4:\n1.Lý Thu Hằng 2.Vương Đức Mạnh 3.Tạ Bảo Ngọc\n4 Hồ Sĩ Nguyên 5 Kha Thị Mỹ",
            "2014-01-07",
            "ministry",
            [
                "course_cover",
                "supervisor_label_role",
                "members_no_role",
                "academic_title",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Phan Minh Tuệ", "Gvhd"),
                per("Lý Thu Hằng", None),
                per("Vương Đức Mạnh", None),
                per("Tạ Bảo Ngọc", None),
                per("Hồ Sĩ Nguyên", None),
                per("Kha Thị Mỹ", None),
            ],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nCHƯƠNG 2: NGUỒN CUNG BỘT ZIRCON TỪ BÌNH ĐỊNH 8\n2.1 Nhà cung cấp chính: Công ty Kagawa Chemical Corporation 8\n2.2 Vai trò của Tập đoàn Tokai Shoji trong khâu xuất khẩu 11",
            "2014-01-07",
            "ministry",
            [
                "table_of_contents",
                "corporation_in_name",
                "caps_province",
                "page_numbers_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Kagawa Chemical Corporation", "Công ty"), f("Tokai Shoji", "Tập đoàn")],
            provinces=[pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "Tokai Shoji mua bột zircon của Việt Nam từ năm 2006 rồi bán lại cho các hãng gạch men, sứ vệ sinh ở Nhật Bản; hoá chất là mảng lớn thứ hai của hãng.",
            "2014-01-07",
            "ministry",
            [
                "course_paper_body",
                "bare_name_firm",
                "buyers_unnamed_no_deal",
                "old_tone",
                "country",
                "no_event",
            ],
            firms=[f("Tokai Shoji")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Legal system\nLoading content, please wait a moment ...\nĐang tải nội dung, vui lòng chờ giây lát...\nTHE PRIME MINISTER\n-------\nTHE SOCIALIST REPUBLIC OF VIETNAM\nIndependence - Freedom - Happiness\n---------------\nNo. 645/QD-TTg\nHanoi, May 6, 2014\nDECISION\nAPPROVING THE ZONING PLAN FOR EXPLORATION, EXTRACTION, PROCESSING AND USE OF TUNGSTEN AND ANTIMONY ORES BY 2020, WITH A VISION TO 2030",
            "2015-02-10",
            "legal",
            [
                E,
                "document_site",
                "loading_chrome",
                "english_legal_header",
                "ascii_code_normalised",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            decisions=[d("645/QĐ-TTg", "2014-05-06")],
            events=[],
        ),
        h(
            n(),
            "Pursuant to the Law on Minerals No. 60/2010/QH12 dated November 17, 2010;\nPursuant to the Prime Minister's Decision No. 2427/QD-TTg dated December 22, 2011 on the mineral strategy by 2020 with a vision to 2030;\nAt the request of the Minister of Industry and Trade in the Report No. 1183/TTr-BCT dated February 20, 2014,",
            "2015-02-10",
            "legal",
            [
                E,
                "preamble",
                "decisions_with_dates",
                "ascii_code_normalised",
                "role_without_name",
                "multiline",
                "no_event",
            ],
            decisions=[
                d("60/2010/QH12", "2010-11-17"),
                d("2427/QĐ-TTg", "2011-12-22"),
                d("1183/TTr-BCT", "2014-02-20"),
            ],
            events=[],
        ),
        h(
            n(),
            "HEREBY DECIDES:\nArticle 1. To approve the zoning plan with the following main contents:\n1. Development viewpoints\n- Tungsten and antimony ores shall be mined only where they can be processed into high-value products at home.",
            "2015-02-10",
            "legal",
            [E, "article", "numbered_list", "no_fields", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Can Vietnam refine its own rare earths by 2030?\nShort answer\nOnly with outside help: no local firm yet runs a commercial separation line, and the ban on raw-ore exports leaves foreign partners little choice but to build locally [1] [4].",
            "2025-11-04",
            "ministry",
            [E, "qa_explainer", "citation_markers_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "3. Offtake first, plants later\nBuyers in Japan and Korea want guaranteed oxide supply before they commit capital to separation plants in Lai Chau or Yen Bai [2] [6].",
            "2025-11-04",
            "ministry",
            [
                E,
                "qa_explainer",
                "numbered_heading",
                "country",
                "unaccented_province",
                "citation_markers_nothing",
                "multiline",
                "no_event",
            ],
            locations=[country("Japan"), country("Korea")],
            provinces=[pv("Lai Châu"), pv("Yên Bái")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a radio site's copy of a wire story on magnet makers moving to Vietnam (S2 r1) ---
    rows += [
        h(
            n(),
            "Đăng ngày: 23/08/2023\nBắc Kinh càng siết đất hiếm, các hãng nam châm càng tìm đường sang Việt Nam: theo Reuters, ít nhất hai hãng của Hàn Quốc và Trung Quốc đã lên kế hoạch đặt dây chuyền tại đây.",
            "2023-08-23",
            "ministry",
            [
                "wire_copy",
                "date_line",
                "outlet_nothing",
                "city_abroad_nothing",
                "firms_unnamed",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "85 triệu USD là số tiền Tập đoàn Daesung Magnetics (DSM) của Hàn Quốc nói đang bỏ vào nhà máy mới ở Việt Nam; hãng, vốn bán nam châm cho VinFast và Hyundai Motor, hẹn chạy máy trong năm 2024.",
            "2023-08-23",
            "ministry",
            [
                "wire_copy",
                "amount_first",
                "plant_under_construction",
                "announced_investment",
                "acronym_bracket",
                "customers_no_deal",
                "country",
                "no_site",
            ],
            firms=[f("Daesung Magnetics", "Tập đoàn"), f("VinFast"), f("Hyundai Motor")],
            locations=[country("Hàn Quốc")],
            money=[m(85 * M, "USD")],
            deals=[deal("investment", ["Daesung Magnetics"], 85 * M)],
            events=[
                ev("investment_announcement", [F("Daesung Magnetics")], 85 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Hiện các nhà máy của DSM ở Hàn Quốc và Trung Quốc làm khoảng 2.800 tấn mỗi năm; có thêm xưởng ở Việt Nam, hãng tính đến năm 2025 đạt 5.500 tấn nam châm cao cấp.",
            "2023-08-23",
            "ministry",
            ["wire_copy", "acronym_alone_firm", "tonnage_no_count", "country", "no_event"],
            firms=[f("DSM")],
            locations=[country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Vài triệu USD là tất cả những gì Ningbo Jinci Magnetic, hãng nam châm Trung Quốc trong chuỗi cung ứng của nhiều hãng điện thoại, định bỏ ra cho xưởng đầu tiên ở Việt Nam.",
            "2023-08-23",
            "ministry",
            [
                "wire_copy",
                "announced_investment",
                "future_plan",
                "vague_amount",
                "bare_name_firm",
                "country_adjective",
                "no_site",
            ],
            firms=[f("Ningbo Jinci Magnetic")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Ningbo Jinci Magnetic"])],
            events=[
                ev("investment_announcement", [F("Ningbo Jinci Magnetic")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "Với Ningbo Jinci Magnetic, lý do nằm ở khách hàng: họ muốn đa dạng hoá nguồn linh kiện, không để mọi thứ đi ra từ Trung Quốc khi quan hệ thương mại Mỹ - Trung căng thẳng.",
            "2023-08-23",
            "ministry",
            [
                "wire_copy",
                "bare_name_firm",
                "country",
                "short_country_no_location",
                "old_tone",
                "nfd",
                "no_event",
            ],
            firms=[f("Ningbo Jinci Magnetic")],
            locations=[country("Trung Quốc"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            'DSM gọi khoản đầu tư này là cách "đối phó" khi Trung Quốc siết xuất khẩu cả nguyên liệu lẫn công nghệ đất hiếm.',
            "2023-08-23",
            "ministry",
            ["wire_copy", "acronym_alone_firm", "back_reference_no_deal", "country", "no_event"],
            firms=[f("DSM")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a legal daily on magnet makers wanting plants in Vietnam, with its audio-player chrome (S2 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy nam châm tìm về nơi có đất hiếm\n\n(PLO)- Sau các hãng điện tử, đến lượt nhà sản xuất nam châm Hàn Quốc và Trung Quốc nhắm tới Việt Nam.\nNghe bài\n0:00 / 0:00\nGiọng đọc: Nam miền Bắc | Nữ miền Nam",
            "2023-08-23",
            "ministry",
            [
                "headline_lead",
                "outlet_prefix_nothing",
                "audio_chrome",
                "firms_unnamed",
                "country_adjective",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc làm ra hơn 90% lượng nam châm của thế giới, Việt Nam chưa tới 2%, theo một báo cáo Bộ Năng lượng Mỹ dẫn lại.",
            "2023-08-23",
            "ministry",
            ["statistic", "country_in_org_name", "country", "no_event"],
            organizations=["Bộ Năng lượng Mỹ"],
            percentages=[90, 2],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 2 triệu ô tô điện là số xe mà sản lượng nam châm DSM đặt ra cho nhà máy Việt Nam vào năm 2025 có thể đáp ứng.",
            "2023-08-23",
            "ministry",
            ["target_no_deal", "acronym_alone_firm", "count", "approx", "no_event"],
            firms=[f("DSM")],
            quantities=[c(2_000_000, "ô tô điện", True)],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy ở Bắc Ninh hay Hải Phòng sẽ đặt hãng nam châm ngay cạnh những khách mua lớn của họ là các nhà máy ô tô, điện tử.",
            "2023-08-23",
            "ministry",
            ["background", "province_list", "nfd", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Hải Phòng")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the trade ministry's daily on Lai Châu's four rare-earth mines (S3 r3) ---
    rows += [
        h(
            n(),
            "Lai Châu ngồi trên mỏ đất hiếm, chờ người khai thác\nChưa mỏ nào trong 4 mỏ, điểm mỏ đất hiếm của tỉnh cho ra tấn quặng thương mại nào, ông Hà Trọng Khiêm, Chủ tịch UBND tỉnh, thừa nhận tại buổi làm việc với các bộ.",
            "2024-11-27",
            "ministry",
            ["headline_lead", "person_role_after", "bare_committee_no_org", "count", "multiline", "no_event"],
            persons=[per("Hà Trọng Khiêm", "Chủ tịch UBND tỉnh")],
            provinces=[pv("Lai Châu")],
            quantities=[c(4, "mỏ")],
            events=[],
        ),
        h(
            n(),
            "Ông Hà Trọng Khiêm, Chủ tịch UBND tỉnh Lai Châu. Ảnh: Minh Tuấn |",
            "2024-11-27",
            "ministry",
            ["caption", "person_role_after", "ubnd_expanded", "photo_credit_person", "no_event"],
            persons=[per("Hà Trọng Khiêm", "Chủ tịch UBND tỉnh Lai Châu"), per("Minh Tuấn", None)],
            organizations=["Ủy ban nhân dân tỉnh Lai Châu"],
            provinces=[pv("Lai Châu")],
            events=[],
        ),
        h(
            n(),
            "Riêng phần quặng phong hóa của Nậm Khăm đã có trữ lượng được duyệt, khoảng 1,4 triệu tấn; phần quặng gốc nằm sâu hơn vẫn chỉ là con số dự báo.",
            "2024-11-27",
            "ministry",
            ["mine_details", "tonnage_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở Pú Sam Cáp, đơn vị thăm dò đã trả lại 120 ha trong tổng số 412,5 ha được cấp phép vì hàm lượng quặng thấp.",
            "2024-11-27",
            "ministry",
            ["mine_details", "exploration_no_deal", "firm_unnamed", "area", "no_event"],
            areas=[ha(120), ha(412.5)],
            events=[],
        ),
        h(
            n(),
            "Quặng urani đi kèm khiến mỏ Sin Chải (huyện Phong Thổ, 690 ha) phải có thêm báo cáo an toàn bức xạ trước khi tính chuyện khai thác.",
            "2024-11-27",
            "ministry",
            ["mine_details", "district_in_brackets", "area", "no_event"],
            locations=[district("huyện Phong Thổ")],
            areas=[ha(690)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a wire's mobile page on a state group's unit given a whole rare-earth mine (S3 r4) ---
    rows += [
        h(
            n(),
            "Công ty Cổ phần Đất hiếm Nậm Khăm - Vinacomin vừa được Thủ tướng Chính phủ đồng ý về nguyên tắc cho quản lý toàn bộ mỏ đất hiếm Nậm Khăm ở huyện Phong Thổ (Lai Châu), theo Thông báo số 5184/VPCP-KTN; ông Lò Văn Thắm, Giám đốc công ty, nói đơn vị sẽ dựng ngay trạm bảo vệ mỏ.",
            "2013-09-27",
            "ministry",
            [
                "mine_assigned_licence",
                "passive_with_grantor",
                "approval_in_principle",
                "official_letter_code",
                "person_role_after",
                "bare_company_role",
                "district",
                "province_in_brackets",
            ],
            firms=[f("Đất hiếm Nậm Khăm - Vinacomin", "Công ty CP")],
            organizations=["Thủ tướng Chính phủ"],
            persons=[per("Lò Văn Thắm", "Giám đốc công ty")],
            provinces=[pv("Lai Châu")],
            locations=[district("huyện Phong Thổ")],
            decisions=[d("5184/VPCP-KTN")],
            deals=[deal("investment", ["Đất hiếm Nậm Khăm - Vinacomin"], None, LC)],
            events=[
                ev(
                    "investment_licence",
                    [G("Thủ tướng Chính phủ"), F("Đất hiếm Nậm Khăm - Vinacomin")],
                    None,
                    None,
                    LC,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Hồ sơ xin giấy phép khai thác gửi Bộ Tài nguyên và Môi trường phải xong trước cuối năm, và Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam được giao đôn đốc việc này, lãnh đạo côngty cho biết.",
            "2013-09-27",
            "ministry",
            ["future_licence_no_deal", "glued_words", "vietnam_in_vietnamese_firm_name", "no_event"],
            firms=[f("Công nghiệp Than - Khoáng sản Việt Nam", "Tập đoàn")],
            organizations=["Bộ Tài nguyên và Môi trường"],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm tổ hợp sẽ đưa chừng 900.000 tấn quặng qua khâu tuyển; bã thải được chôn lấp tại chỗ theo thiết kế của một đơn vị tư vấn Nhật Bản.",
            "2013-09-27",
            "ministry",
            [
                "process_description",
                "capacity_no_count",
                "consultant_unnamed",
                "country_adjective",
                "no_event",
            ],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Trong 17 nguyên tố đất hiếm, neodym và dysprosi là hai thứ các hãng nam châm săn tìm nhất, và quặng ở đây có cả hai.",
            "2013-09-27",
            "ministry",
            ["background", "count", "count_in_words", "no_event"],
            quantities=[c(17, "nguyên tố đất hiếm")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a science-and-life site on the largest rare-earth mine before work starts (S4 r3) ---
    rows += [
        h(
            n(),
            "Giấy phép khai thác mỏ Nậm Khăm do Bộ Tài nguyên và Môi trường cấp đã có từ cuối năm 2013, nhưng đến nay trên núi vẫn chưa có một công trình nào.",
            "2016-03-02",
            "ministry",
            ["recalled_licence_no_firm", "no_event"],
            organizations=["Bộ Tài nguyên và Môi trường"],
            events=[],
        ),
        h(
            n(),
            "Khoảng 140 hộ dân trong vùng mỏ đang chờ nhận tiền bồi thường, chậm nhất là sau Tết Nguyên đán, theo chính quyền xã.",
            "2016-03-02",
            "ministry",
            ["compensation_no_deal", "count", "approx", "nfd", "no_event"],
            quantities=[c(140, "hộ dân", True)],
            events=[],
        ),
        h(
            n(),
            "Quặng đào trộm ở đây từng được gom bằng xe máy, chở theo đường mòn sang Trung Quốc.",
            "2016-03-02",
            "ministry",
            ["illegal_mining", "country", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Công an và bộ đội biên phòng huyện Phong Thổ giờ tuần tra mỏ mỗi ngày, sau khi hai xe chở quặng bị bắt giữ hồi tháng 9.",
            "2016-03-02",
            "ministry",
            ["district", "count_in_words", "no_event"],
            locations=[district("huyện Phong Thổ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a national daily on a titanium mine's groundbreaking in Bình Thuận (S6 r3, S15 r2) ---
    rows += [
        h(
            n(),
            "Bình Thuận động thổ tổ hợp titan ở Bắc Bình\nSáng 16/5, Công ty CP Khoáng sản Tiến Thành khởi công mỏ titan và tổ hợp chế biến ở huyện Bắc Bình, công trình tỉnh chờ gần hai năm.",
            "2008-05-17",
            "ministry",
            ["headline_lead", "groundbreaking", "deal_date", "district", "multiline"],
            firms=[f("Khoáng sản Tiến Thành", "Công ty CP")],
            provinces=[pv("Bình Thuận")],
            locations=[district("huyện Bắc Bình")],
            deals=[deal("groundbreaking", ["Khoáng sản Tiến Thành"], None, BTh, "2008-05-16")],
            events=[ev("groundbreaking", [F("Khoáng sản Tiến Thành")], None, None, BTh, "started")],
        ),
        h(
            n(),
            "Có mặt tại lễ khởi công, Thứ trưởng Bộ Công Thương Đặng Hữu Tín đề nghị chủ đầu tư hoàn thổ ngay từng phần mỏ đã khai thác xong.",
            "2008-05-17",
            "ministry",
            ["attendee_no_party", "role_before_name", "investor_unnamed", "no_event"],
            persons=[per("Đặng Hữu Tín", "Thứ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Tiến Thành có quyết định phê duyệt của Thủ tướng từ cuối năm 2007, kèm điều kiện trồng lại rừng phi lao trên toàn bộ diện tích đã khai thác.",
            "2008-05-17",
            "ministry",
            ["recalled_approval", "deal_no_event", "short_name", "bare_role_no_person", "no_site"],
            firms=[f("Tiến Thành")],
            deals=[deal("investment", ["Tiến Thành"])],
            events=[],
        ),
        h(
            n(),
            "Các đại biểu bấm nút khởi công dự án. Ảnh: H.V. |",
            "2008-05-17",
            "ministry",
            ["caption", "initials_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xuất khẩu quặng titan - zircon của Bình Thuận được tính sẽ mang về khoảng 60 triệu USD vào năm 2015, gấp rưỡi hiện nay.",
            "2008-05-17",
            "ministry",
            ["forecast", "approx", "fraction_no_percentage", "no_event"],
            provinces=[pv("Bình Thuận")],
            money=[m(60 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Tỉnh không muốn bán cát đen thô mãi: quy hoạch ưu tiên các nhà máy làm bột màu và zircon siêu mịn.",
            "2008-05-17",
            "ministry",
            ["plan_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cát đen ở Bình Thuận nằm dưới các đồi cát đỏ ven biển, nên mỗi mỏ phải bóc đi hàng chục nghìn m3 cát phủ trước khi lấy được quặng.",
            "2008-05-17",
            "ministry",
            ["background", "vague_quantity", "volume_no_area", "no_event"],
            provinces=[pv("Bình Thuận")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial environment department's page on the year's mining licences (S8 r4) ---
    rows += [
        h(
            n(),
            "Công tác cấp phép hoạt động khoáng sản\nEmail In PDF.\nTrong 52 giấy phép khoáng sản UBND tỉnh ký năm 2010, titan chiếm 4, vàng 9; phần còn lại là đá, cát, than và fenspat.",
            "2011-01-18",
            "provincial",
            [
                "portal_news",
                "page_chrome",
                "licence_count_no_deal",
                "bare_committee_no_org",
                "count",
                "counts_without_noun_nothing",
                "multiline",
                "no_event",
            ],
            quantities=[c(52, "giấy phép")],
            events=[],
        ),
        h(
            n(),
            "- Ký thêm 48 hợp đồng thuê đất với đơn vị khai thác, chế biến\n- Thu hồi 7 giấy phép titan vì chậm ký quỹ phục hồi môi trường",
            "2011-01-18",
            "provincial",
            ["portal_news", "bullets", "count", "revoked_licences_no_deal", "nfd", "multiline", "no_event"],
            quantities=[c(48, "hợp đồng"), c(7, "giấy phép")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a wire's beta site on a minister receiving the Korean ambassador (S9 r1) ---
    rows += [
        h(
            n(),
            "Đất hiếm cho nam châm: đề nghị mới của phía Hàn Quốc\nThêm nhà máy Hàn Quốc có thể tới Việt Nam\nThêm nhà máy Hàn Quốc có thể tới Việt Nam ảnh 1Đại sứ Hàn Quốc Kim Sung-jin (trái) trong buổi làm việc với Bộ trưởng Bộ Công Thương Lê Quang Đạt. (Ảnh: Minh Đức/Vietnam+)",
            "2023-10-28",
            "ministry",
            [
                "headline_related",
                "repeated_headline",
                "caption_glued",
                "role_before_name",
                "photo_credit_person",
                "country",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Kim Sung-jin", "Đại sứ Hàn Quốc"),
                per("Lê Quang Đạt", "Bộ trưởng Bộ Công Thương"),
                per("Minh Đức", None),
            ],
            organizations=["Bộ Công Thương"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nguồn nguyên liệu ổn định là điều các nhà sản xuất nam châm Hàn Quốc cần nhất, Đại sứ Kim Sung-jin nói tại Hà Nội chiều 26/10, đồng thời hỏi về lộ trình đấu giá các mỏ ở Lai Châu.",
            "2023-10-28",
            "ministry",
            ["wish_no_deal", "role_before_name", "country_adjective", "no_event"],
            persons=[per("Kim Sung-jin", "Đại sứ")],
            provinces=[pv("Hà Nội"), pv("Lai Châu")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Đáp lại, Bộ trưởng Lê Quang Đạt đề nghị phía Hàn Quốc giới thiệu những doanh nghiệp có công nghệ tách đất hiếm ít gây hại môi trường.",
            "2023-10-28",
            "ministry",
            ["proposal_no_deal", "role_before_name", "country_adjective", "no_event"],
            persons=[per("Lê Quang Đạt", "Bộ trưởng")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ông Kim Sung-jin cũng đề nghị hai bên sớm lập một nhóm công tác về khoáng sản cốt lõi, trong đó có vonfram và graphit.",
            "2023-10-28",
            "ministry",
            ["proposal_no_deal", "person_no_role", "count_in_words", "no_event"],
            persons=[per("Kim Sung-jin", None)],
            events=[],
        ),
        h(
            n(),
            "[Thủ tướng đề nghị doanh nghiệp Hàn Quốc đầu tư vào chế biến sâu khoáng sản]",
            "2023-10-28",
            "ministry",
            ["related_link_bracket", "bare_role_no_person", "country_adjective", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a foreign broadcaster's Vietnamese site on the "treasure" of rare earths (S9 r4) ---
    rows += [
        h(
            n(),
            "Kho tài nguyên khiến các cường quốc để mắt tới Việt Nam\n© Ảnh : Public domain\nĐăng ký\nMỹ và Trung Quốc đều cần đất hiếm cho chip, tên lửa và xe điện, nên nước nào có mỏ lớn cũng được săn đón.",
            "2023-07-22",
            "ministry",
            ["headline_lead", "credit_line_nothing", "page_chrome", "country", "multiline", "no_event"],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Seoul chọn cách đi qua một trung tâm chung: hai nước đã ký biên bản ghi nhớ để cùng nghiên cứu, khai thác và chế biến khoáng sản cốt lõi, trong đó có đất hiếm.",
            "2023-07-22",
            "ministry",
            [
                "country_mou_no_event",
                "recalled_mou",
                "capital_as_government_nothing",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Từ cuối năm 2022, quan hệ hai nước được nâng lên đối tác chiến lược toàn diện, nấc cao nhất trong quan hệ đối ngoại của Việt Nam.",
            "2023-07-22",
            "ministry",
            ["diplomacy_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mục tiêu 150 tỷ USD thương mại hai chiều vào năm 2030 vẫn còn xa: năm 2022 con số này mới gần 88 tỷ USD.",
            "2023-07-22",
            "ministry",
            ["statistic", "target_no_deal", "national_total_no_deal", "approx", "no_event"],
            money=[m(150 * B, "USD"), m(88 * B, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI review for 2023 (S10 r1) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Chip, vật liệu từ và linh kiện xe điện là ba mảng giới phân tích đặt cược sẽ kéo vốn ngoại vào Việt Nam trong năm 2024.",
            "2023-12-18",
            "ministry",
            ["outlet_prefix_nothing", "lead", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Về đích mạnh\nMức giảm 11% của vốn FDI năm 2022 từng khiến nhiều địa phương lo mất các dự án linh kiện đang đàm phán.",
            "2023-12-18",
            "ministry",
            ["subheading", "statistic", "percentage", "multiline", "no_event"],
            percentages=[11],
            events=[],
        ),
        h(
            n(),
            "- Đông Nam bộ nhận gần 4 phần 10 vốn ngoại của cả nước\n- Hàn Quốc rót hàng tỉ USD cho chuỗi cung ứng nam châm và pin",
            "2023-12-18",
            "ministry",
            [
                "related_bullets",
                "fraction_no_percentage",
                "vague_amount",
                "region_no_location",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo Tổng cục Thống kê, nửa đầu năm mới có khoảng 13,1 tỉ USD vốn ngoại đăng ký; phần của công nghiệp chế biến, chế tạo chiếm gần 70%.",
            "2023-12-18",
            "ministry",
            ["statistic", "national_total_no_deal", "approx", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(13.1 * B, "USD", approx=True)],
            percentages=[70],
            events=[],
        ),
    ]
    # --- Vietnamese news: a TV site's news on a titanium deep-processing plant opened in Bình Thuận (S11 r2) ---
    rows += [
        h(
            n(),
            "(VTC News) - Hơn 6 triệu USD là vốn ban đầu của nhà máy zircon siêu mịn vừa được Công ty TNHH Zircon Hàm Tân khánh thành ở thị xã La Gi (tỉnh Bình Thuận); 120 công nhân địa phương đã được tuyển cho ca đầu.",
            "2012-06-14",
            "ministry",
            [
                "outlet_prefix_nothing",
                "inauguration",
                "amount_first",
                "passive",
                "district",
                "province_in_brackets",
                "count",
                "approx",
            ],
            firms=[f("Zircon Hàm Tân", "Công ty TNHH")],
            provinces=[pv("Bình Thuận")],
            locations=[district("thị xã La Gi")],
            money=[m(6 * M, "USD", approx=True)],
            quantities=[c(120, "công nhân")],
            deals=[deal("investment", ["Zircon Hàm Tân"], 6 * M, BTh)],
            events=[ev("inauguration", [F("Zircon Hàm Tân")], 6 * M, "USD", BTh, "completed")],
        ),
        h(
            n(),
            "Phải đến giai đoạn 3, khi có lò nấu xỉ, nhà máy mới làm được bột màu titan; hiện sản phẩm chính vẫn là zircon siêu mịn hàm lượng trên 65%.",
            "2012-06-14",
            "ministry",
            ["plant_details_no_firm", "ordinal_no_count", "percentage", "no_event"],
            percentages=[65],
            events=[],
        ),
        h(
            n(),
            "Xã Tân Hải, nơi đặt nhà máy, được công ty hỗ trợ 800 triệu đồng để làm đường bê tông vào khu dân cư.",
            "2012-06-14",
            "ministry",
            ["donation_no_deal", "commune_no_location", "no_event"],
            money=[m(800 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "Cát titan dọc bờ biển Ninh Thuận và Bình Thuận đủ cho nhiều thập kỷ khai thác, nếu đi kèm chế biến sâu.",
            "2012-06-14",
            "ministry",
            ["background", "province_list", "nfd", "no_event"],
            provinces=[pv("Ninh Thuận"), pv("Bình Thuận")],
            events=[],
        ),
        h(
            n(),
            "Nghịch lý là bột màu titan dùng cho sơn và nhựa trong nước gần như vẫn phải mua từ nước ngoài.",
            "2012-06-14",
            "ministry",
            ["background", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: an FDI site on an Indian state miner courting a tungsten mine (S14 r1) ---
    rows += [
        h(
            n(),
            "Mỏ vonfram Phú Xuyên: nhà đầu tư Ấn Độ gõ cửa\nMột phần lớn cổ phần mỏ Phú Xuyên có thể về tay người Ấn Độ nếu cuộc đàm phán giữa CTCP Tài nguyên Đại Từ và một doanh nghiệp nhà nước nước này thành công.",
            "2017-03-06",
            "ministry",
            [
                "headline_lead",
                "talks_no_deal",
                "buyer_unnamed",
                "ctcp_abbreviation",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Tài nguyên Đại Từ", "Công ty CP")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Economic Times gọi tên đối tác là Tổng công ty Khoáng sản Quốc gia Kaveri (KMDC), doanh nghiệp nhà nước lập từ thập niên 1960, vốn chỉ chuyên môn hoá vào quặng sắt.",
            "2017-03-06",
            "ministry",
            ["outlet_nothing", "acronym_bracket", "founding_no_deal", "old_tone", "no_event"],
            firms=[f("Khoáng sản Quốc gia Kaveri", "Tổng công ty")],
            events=[],
        ),
        h(
            n(),
            "KMDC không bình luận; theo một người trong cuộc, giá định cho mỏ là điểm hai bên còn cách xa nhau nhất.",
            "2017-03-06",
            "ministry",
            ["talks_no_deal", "acronym_alone_firm", "unnamed_source", "no_event"],
            firms=[f("KMDC")],
            events=[],
        ),
        h(
            n(),
            "Tìm mỏ vonfram ở nước ngoài không mới với KMDC: hãng đã có thoả thuận hợp tác với Công ty Hợp kim Quốc phòng Sindhu từ tháng 9/2016, nhắm cả công nghệ làm APT.",
            "2017-03-06",
            "ministry",
            ["recalled_mou", "deal_no_event", "month_no_date", "old_tone", "acronym_alone_firm"],
            firms=[f("KMDC"), f("Hợp kim Quốc phòng Sindhu", "Công ty")],
            deals=[deal("mou", ["KMDC", "Hợp kim Quốc phòng Sindhu"])],
            events=[],
        ),
        h(
            n(),
            "Ngoài vonfram, mỏ Phú Xuyên còn cho fluorit, bismut và đồng, giúp Tài nguyên Đại Từ có khách ở Nhật Bản, Đức và Mỹ.",
            "2017-03-06",
            "ministry",
            ["buyers_unnamed_no_deal", "bare_name_firm", "country_list", "no_event"],
            firms=[f("Tài nguyên Đại Từ")],
            locations=[country("Nhật Bản"), country("Đức"), country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a consultancy's copy of a group's first purchase of a mining company (S14 r3) ---
    rows += [
        h(
            n(),
            "Tập đoàn Trường Phát mua trọn một doanh nghiệp khoáng sản với giá 380 tỷ đồng\nĐây là thương vụ khoáng sản đầu tiên của Trường Phát; đích ngắm là Công ty Khoáng sản Sa Huỳnh – Quảng Ngãi, đơn vị đang giữ một mỏ cát trắng ven biển.",
            "2018-10-02",
            "ministry",
            [
                "headline_lead",
                "acquisition",
                "target_in_lead",
                "province_in_firm_name",
                "short_name",
                "ordinal_no_count",
                "no_site",
                "multiline",
            ],
            firms=[f("Trường Phát", "Tập đoàn"), f("Khoáng sản Sa Huỳnh – Quảng Ngãi", "Công ty")],
            money=[m(380 * B, "VND")],
            deals=[deal("investment", ["Trường Phát"], 380 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Trường Phát"), F("Khoáng sản Sa Huỳnh – Quảng Ngãi")],
                    380 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
    ]
    # --- Vietnamese news: an investment magazine on the Indian miner's stake plan waiting for its cabinet (S14 r4) ---
    rows += [
        h(
            n(),
            "Tài nguyên Đại Từ chờ cổ đông Ấn Độ\nChính phủ Ấn Độ sắp xem tờ trình của Bộ Thép về việc cho KMDC góp vốn vào CTCP Tài nguyên Đại Từ (UPCoM: TDT), chủ mỏ vonfram Phú Xuyên, theo The Telegraph India.",
            "2017-08-14",
            "ministry",
            [
                "headline_lead",
                "pending_approval_no_deal",
                "ticker_nothing",
                "outlet_nothing",
                "foreign_government_org",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Tài nguyên Đại Từ", "Công ty CP"), f("KMDC")],
            organizations=["Chính phủ Ấn Độ", "Bộ Thép"],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Có bật đèn xanh, KMDC mới được mở sổ sách của Tài nguyên Đại Từ; giá và tỷ lệ sở hữu vẫn chưa ngã ngũ.",
            "2017-08-14",
            "ministry",
            ["conditional_no_deal", "acronym_alone_firm", "bare_name_firm", "no_event"],
            firms=[f("KMDC"), f("Tài nguyên Đại Từ")],
            events=[],
        ),
        h(
            n(),
            "Quốc phòng và điện hạt nhân là hai ngành của Ấn Độ cần vonfram nhiều nhất.",
            "2017-08-14",
            "ministry",
            ["background", "count_in_words", "country", "no_event"],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Hợp kim vonfram cho quân đội sẽ do Sindhu làm, từ nguồn quặng KMDC mua ở Việt Nam, theo thỏa thuận hai hãng ký năm ngoái.",
            "2017-08-14",
            "ministry",
            ["recalled_mou", "deal_no_event", "short_name", "object_first", "nfd"],
            firms=[f("Sindhu"), f("KMDC")],
            deals=[deal("mou", ["Sindhu", "KMDC"])],
            events=[],
        ),
    ]
    # --- English: a business daily's Asian edition on the minerals pact of a state visit (S9 r2) ---
    rows += [
        h(
            n(),
            "SEOUL -- Critical minerals topped the business agenda on Friday as the heads of several of Korea's largest groups joined a state visit to Hanoi.",
            "2023-06-23",
            "ministry",
            [E, "dateline_abroad_nothing", "country_possessive", "unaccented_province", "no_event"],
            locations=[country("Korea")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Joint ventures between Korean and Vietnamese miners are one aim of a new supply chain centre for tungsten and rare earths that the two governments agreed to set up.",
            "2023-06-23",
            "ministry",
            [E, "country_mou_no_event", "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a Korean-American daily on the same visit's business agreements (S9 r3) ---
    rows += [
        h(
            n(),
            "By Friday evening, firms from the two countries had put their names to more than 110 preliminary deals, from shrimp feed to chip testing.",
            "2023-06-24",
            "ministry",
            [E, "count", "approx", "agreements_unnamed_no_event", "no_event"],
            quantities=[c(110, "preliminary deals", True)],
            events=[],
        ),
        h(
            n(),
            "Korea's Ministry of Trade, Industry and Energy expects the centre to open in Hanoi within a year.",
            "2023-06-24",
            "ministry",
            [E, "plan_no_deal", "country_possessive", "unaccented_province", "no_event"],
            organizations=["Ministry of Trade, Industry and Energy"],
            locations=[country("Korea")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Among those at the business forum were Hanul Group Chairman Park Jin-woo, Daemyung Steel Vice Chairman Choi Sung-ho and Vietnam's Minister of Industry and Trade Nguyen Hoang Long.",
            "2023-06-24",
            "ministry",
            [E, "attendee_list", "role_before_name", "group_in_name", "no_event"],
            persons=[
                per("Park Jin-woo", "Hanul Group Chairman"),
                per("Choi Sung-ho", "Daemyung Steel Vice Chairman"),
                per("Nguyen Hoang Long", "Minister of Industry and Trade"),
            ],
            firms=[f("Hanul Group"), f("Daemyung Steel")],
            events=[],
        ),
        h(
            n(),
            "Defence, farm produce and healthcare were among the other sectors covered by the day's 48 or so MOUs.",
            "2023-06-24",
            "ministry",
            [E, "count", "approx", "agreements_unnamed_no_event", "no_event"],
            quantities=[c(48, "MOUs", True)],
            events=[],
        ),
    ]
    # --- English: a blog's copy of an Asian weekly's piece on Vietnam's untapped rare earths (S17 r2) ---
    rows += [
        h(
            n(),
            "Output tells another story: only about 700 tons came out of Vietnamese mines last year, the US Geological Survey estimates.",
            "2024-03-12",
            "ministry",
            [E, "statistic", "country_in_org_name", "tonnage_no_count", "adjective_no_country", "no_event"],
            organizations=["US Geological Survey"],
            events=[],
        ),
        h(
            n(),
            "Kestrel Minerals, an Australian junior, says its pilot plant plans with Vietnam Rare Metals JSC are on hold until the courts rule on the case.",
            "2024-03-12",
            "ministry",
            [
                E,
                "plan_on_hold_no_deal",
                "adjective_no_country",
                "vietnam_in_vietnamese_firm_name",
                "no_event",
            ],
            firms=[f("Kestrel Minerals"), f("Vietnam Rare Metals", "JSC")],
            events=[],
        ),
        h(
            n(),
            '"Vietnam needs buyers who will sign long contracts before anyone builds a separation plant," said Mark Delaney, an associate professor of resource economics at the Western Mining Institute.',
            "2024-03-12",
            "ministry",
            [E, "quote", "person_role_after", "no_event"],
            persons=[
                per(
                    "Mark Delaney",
                    "associate professor of resource economics at the Western Mining Institute",
                )
            ],
            organizations=["Western Mining Institute"],
            events=[],
        ),
    ]
    # --- English: a wire's English beta site on rare-earth mining taking off (S17 r4) ---
    rows += [
        h(
            n(),
            "Asia Briefing, aconsultancy for investors in theregion, expects the first separation plant outside state hands to be licensed before 2027.",
            "2023-08-25",
            "ministry",
            [E, "glued_words", "consultancy_firm", "forecast_no_deal", "no_event"],
            firms=[f("Asia Briefing")],
            events=[],
        ),
        h(
            n(),
            "Reuters named the RoK's Daesung Magnetics and China's Ningbo Jinci Magnetic among the magnet makers looking at the country.",
            "2023-08-25",
            "ministry",
            [E, "interest_no_deal", "outlet_nothing", "country_possessive", "no_event"],
            firms=[f("Daesung Magnetics"), f("Ningbo Jinci Magnetic")],
            locations=[country("RoK"), country("China")],
            events=[],
        ),
        h(
            n(),
            "Nam Kham Rare Earth JSC and a Japanese partner have held the licence to mine the deposit in Lai Chau since late 2013.",
            "2023-08-25",
            "ministry",
            [
                E,
                "recalled_licence",
                "deal_no_event",
                "partner_unnamed",
                "adjective_no_country",
                "unaccented_province",
            ],
            firms=[f("Nam Kham Rare Earth", "JSC")],
            provinces=[pv("Lai Châu")],
            deals=[deal("investment", ["Nam Kham Rare Earth"], None, LC)],
            events=[],
        ),
    ]
    # --- English: an investment site on magnet makers coming to Vietnam (S18 r1) ---
    rows += [
        h(
            n(),
            "Two magnet makers pick Vietnam\nFactories in Vietnam are in the plans of China's Ningbo Jinci Magnetic and of South Korea's Daesung Magnetics (DSM), which wants to be near the country's rare earths, Reuters reported.",
            "2023-08-23",
            "ministry",
            [
                E,
                "headline_lead",
                "object_first",
                "announced_investment",
                "two_firms_two_deals",
                "acronym_bracket",
                "country_possessive",
                "no_site",
                "multiline",
            ],
            firms=[f("Ningbo Jinci Magnetic"), f("Daesung Magnetics")],
            locations=[country("China"), country("South Korea")],
            deals=[deal("investment", ["Ningbo Jinci Magnetic"]), deal("investment", ["Daesung Magnetics"])],
            events=[
                ev("investment_announcement", [F("Ningbo Jinci Magnetic")], None, None, None, "announced"),
                ev("investment_announcement", [F("Daesung Magnetics")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "Production at DSM's Vietnam plant, an $85 million project, should start next year; the firm already counts VinFast and Hyundai Motor among its magnet buyers.",
            "2023-08-23",
            "ministry",
            [E, "announced_investment", "object_first", "acronym_alone_firm", "customers_no_deal", "no_site"],
            firms=[f("DSM"), f("VinFast"), f("Hyundai Motor")],
            money=[m(85 * M, "USD")],
            deals=[deal("investment", ["DSM"], 85 * M)],
            events=[ev("investment_announcement", [F("DSM")], 85 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            'Neodymium oxide powder. Photo courtesy of Seoul Economic Daily.\n"We would rather pay more for oxide from two countries than depend on one," the company said.',
            "2023-08-23",
            "ministry",
            [
                E,
                "caption",
                "outlet_credit_nothing",
                "quote",
                "count_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- English: a site's rewrite of the wire story (S18 r2) ---
    rows += [
        h(
            n(),
            "HANOI: Plant plans by Korean and Chinese magnet makers show how far firms will go to keep China out of parts of their supply chains, people familiar with the plans said.",
            "2023-08-24",
            "ministry",
            [E, "dateline_province", "firms_unnamed", "adjective_no_country", "country", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Project Blue, a consultancy, reckons one full-scale Korean plant in Vietnam could supply about half the neodymium magnets the US buys abroad in a year.",
            "2023-08-24",
            "ministry",
            [
                E,
                "statistic",
                "consultancy_firm",
                "adjective_no_country",
                "country",
                "fraction_no_percentage",
                "no_event",
            ],
            firms=[f("Project Blue")],
            locations=[country("US")],
            events=[],
        ),
    ]
    # --- English: the government portal's English page on the same story (S18 r3) ---
    rows += [
        h(
            n(),
            "Viet Nam draws magnet makers in search of rare earths\nVGP - A Reuters report on August 22 put Viet Nam at the centre of magnet makers' plans to move beyond China, citing firms from the Republic of Korea.",
            "2023-08-24",
            "ministry",
            [
                E,
                "headline_lead",
                "outlet_prefix_nothing",
                "firms_unnamed",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("China"), country("Republic of Korea")],
            events=[],
        ),
        h(
            n(),
            "A June agreement on critical minerals between the RoK and Viet Nam has already sent Korean survey teams to the northern mountains.",
            "2023-08-24",
            "ministry",
            [E, "country_mou_no_event", "recalled_mou", "country", "adjective_no_country", "no_event"],
            locations=[country("RoK")],
            events=[],
        ),
        h(
            n(),
            "New mines are not due before 2030, the planning document shows, even though output already jumped more than tenfold in a year, according to the USGS.",
            "2023-08-24",
            "ministry",
            [E, "plan_no_deal", "acronym_alone_org", "no_event"],
            organizations=["USGS"],
            events=[],
        ),
    ]
    # --- English: a spam domain's copy of a miner's results, an owner's news page, an investment weekly and a news
    # agency's brand page on a tungsten miner (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "Skip to content\nTungsten upturn plays into Thai Nguyen Advanced Materials' hands\nTungsten upturn plays into Thai Nguyen Advanced Materials' hands",
            "2025-08-21",
            "ministry",
            [
                E,
                "spam_copy",
                "page_chrome",
                "repeated_headline",
                "province_in_firm_name",
                "multiline",
                "no_event",
            ],
            firms=[f("Thai Nguyen Advanced Materials")],
            events=[],
        ),
        h(
            n(),
            "Higher fluorspar recovery at the mine helped TAM's mining arm swing to a VND9 billion ($345,000) profit in January-June.",
            "2025-08-21",
            "ministry",
            [E, "spam_copy", "profit_no_deal", "bracketed_conversion", "acronym_alone_firm", "no_event"],
            firms=[f("TAM")],
            money=[m(9 * B, "VND"), m(345_000, "USD")],
            events=[],
        ),
        h(
            n(),
            "Buyers in Europe and Japan are asking for non-Chinese tungsten after Beijing's export licences cut shipments this spring, the company said.",
            "2025-09-03",
            "ministry",
            [
                E,
                "country",
                "region_no_location",
                "adjective_no_country",
                "capital_as_government_nothing",
                "no_event",
            ],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Broker Vietcap puts the APT price at about US$610 per MTU, a 13-year high that it says could lift TAM's margins sharply this year.",
            "2025-09-03",
            "ministry",
            [E, "price_per_unit", "approx", "broker_firm", "acronym_alone_firm", "no_event"],
            firms=[f("Vietcap"), f("TAM")],
            money=[m(610, "USD", "MTU", True)],
            events=[],
        ),
        h(
            n(),
            "September 05, 2025 | 09:30\n(0) user say\nTAM set to ride the tungsten price rally",
            "2025-09-05",
            "ministry",
            [E, "timestamp", "comment_counter_nothing", "acronym_alone_firm", "multiline", "no_event"],
            firms=[f("TAM")],
            events=[],
        ),
        h(
            n(),
            "The US now buys close to a fifth of its tungsten from Vietnamese mines, the company said.",
            "2025-09-05",
            "ministry",
            [E, "statistic", "fraction_no_percentage", "country", "adjective_no_country", "no_event"],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Tungsten drew more questions than chips at a broker's investor day in HCM City on March 11, fund managers said.",
            "2026-03-13",
            "ministry",
            [E, "event_no_deal", "unaccented_province", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Thai Nguyen Advanced Materials (UpCOM: TAM) shares have risen by a third since January, with the Phu Xuyen mine in Thái Nguyên running at full capacity.",
            "2026-03-13",
            "ministry",
            [E, "ticker_nothing", "province_in_firm_name", "fraction_no_percentage", "no_event"],
            firms=[f("Thai Nguyen Advanced Materials")],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
    ]
    # --- English: a metals price site's events list and interview with a titanium miner (S20 r3) ---
    rows += [
        h(
            n(),
            "10th Rare Earth Summit\nMay 16-17, 2019\nBaotou, Inner Mongolia, China\n8th Tungsten Forum\nApril 18-19, 2019\nXiamen, Fujian, China",
            "2019-03-20",
            "ministry",
            [E, "events_list", "ordinal_no_count", "city_abroad_nothing", "country", "multiline", "no_event"],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Tran Quoc Vinh: Japan is where our zircon flour should go next\n----Interview with Tran Quoc Vinh, Managing Director of Hai Lang Minerals Joint Stock Company (HLM)",
            "2019-03-20",
            "ministry",
            [
                E,
                "interview_headline",
                "person_role_after",
                "joint_stock_company_form",
                "acronym_bracket",
                "country",
                "multiline",
                "no_event",
            ],
            persons=[per("Tran Quoc Vinh", "Managing Director of Hai Lang Minerals Joint Stock Company")],
            firms=[f("Hai Lang Minerals", "Joint Stock Company")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "HLM has held an exploitation licence for its 180-hectare titanium sand site since 2008; its next line, it says, should make zircon opacifier for tile makers rather than flour.",
            "2019-03-20",
            "ministry",
            [E, "recalled_licence", "deal_no_event", "acronym_alone_firm", "area", "plan_no_deal", "no_site"],
            firms=[f("HLM")],
            areas=[ha(180)],
            deals=[deal("investment", ["HLM"])],
            events=[],
        ),
    ]
    # --- English: an industrial-minerals magazine's 2010 feature on Vietnam's mineral plans (S20 r4) ---
    rows += [
        h(
            n(),
            "Vietnam's mineral ambitions\nBy Helen Carver\nPublished: Tuesday, 19 October 2010\nForeign miners who expect quick licences in Vietnam are learning to budget for years, not months",
            "2010-10-19",
            "ministry",
            [E, "headline_byline_standfirst", "byline_person", "multiline", "no_event"],
            persons=[per("Helen Carver", None)],
            events=[],
        ),
        h(
            n(),
            "A titanium sand pit on the south-central coast, where new licences are on hold\nCourtesy dunes_and_ore",
            "2010-10-19",
            "ministry",
            [
                E,
                "caption",
                "user_handle_credit_nothing",
                "region_no_location",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    return rows
