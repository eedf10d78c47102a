# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 117 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: agricultural machinery, small engines and their parts (tractors,
harvesters, rice dryers, pumps, diesel engines; local makers, foreign investors, exports, supply contracts with component
makers, provincial programmes). Written and annotated for every field BEFORE any tagger was run on them, without reading
the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "máy gặt đập liên hợp doanh
nghiệp sản xuất trong nước", S2 "máy sấy lúa nhà máy cơ khí nông nghiệp đầu tư", S3 "động cơ diesel nhỏ nhà máy sản xuất
Việt Nam", S4 "máy kéo nông nghiệp lắp ráp nhà máy khánh thành", S5 "máy bơm nước doanh nghiệp xuất khẩu nhà máy", S6
"Kubota Yanmar máy nông nghiệp Việt Nam đầu tư nhà máy", S7 "hợp đồng cung cấp linh kiện máy nông nghiệp doanh nghiệp cơ
khí", S8 "chương trình cơ giới hóa nông nghiệp tỉnh hỗ trợ mua máy", S9 "VEAM động cơ máy nông nghiệp liên doanh", S10
"nhà máy sản xuất máy nông nghiệp nhà đầu tư nước ngoài khu công nghiệp cấp giấy chứng nhận", S11 "xuất khẩu máy nông
nghiệp Việt Nam sang Campuchia", S12 "cơ khí nông nghiệp Long An Cần Thơ doanh nghiệp chế tạo máy", S13 "phụ tùng máy
nông nghiệp công nghiệp hỗ trợ nội địa hóa linh kiện", S14 "khởi công nhà máy sản xuất máy nông nghiệp", S15 "ký kết hợp
tác cơ giới hóa nông nghiệp doanh nghiệp máy nông nghiệp tỉnh", S16 "máy phát điện động cơ xăng máy xới đất nhà máy sản
xuất", and in English S17 "Vietnam agricultural machinery factory investment tractor", S18 "Vietnam combine harvester
rice dryer manufacturer export", S19 "diesel engine plant Vietnam joint venture small engines", S20 "Vietnam farm
machinery supply agreement component maker". No sentence is taken or paraphrased from a page; the shapes are. Firm,
person and outlet names are invented (Ô tô Thành Châu / Thành Châu Automobile / Thanh Chau Automobile / Thachauco /
Thachauco Agri, Yeongnam Agrotech, Máy Động lực Đa Phúc / Da Phuc Engine Corporation / DAPHUCO and its three parts
units, Ichikawa Trucks, Gomeltrak, Cơ khí Nông nghiệp Cái Bè, Hợp tác xã Nông nghiệp Tân Phước, Chế tạo Động cơ Gia
Kiệm, Phụ tùng Máy Tân Định, Cơ khí Hậu Giang Xanh, Cơ khí Nông nghiệp Miền Tây Xanh, the workshops Bảy Lành, Hai Thạnh
and Út Lợi, Phụ tùng Máy Nông nghiệp Đông Hưng, Cơ khí Nông cụ Vũ Thư, Ishido Noki, Kurihama Kikai, Tanba Hatsudoki,
Đóng tàu Cam Ranh, Alpmar Engines, Cơ khí nặng Donghai, Đóng tàu Huaxia, Setouchi Marine Engine, Gyeongbuk Special
Vehicles, Harlan Power Systems, Song Han Motor Corporation / Sohamco, Lijiang Engine Machinery, Lijiang Power Holdings,
Rheinmotoren, Prairieland Equipment Corporation, "Kinh tế Nông thôn", "Cổng thông tin ứng dụng công nghệ", and every
official, chairman, inventor, author, byline, photographer and signer, among them a fictional Deputy Prime Minister and
a ministry signer); well-known names (Nikkei, VNA, VietnamPlus, VietNamNet Bridge, KTSG Online, the ministries, Tổng
cục Thống kê, Cục Đầu tư nước ngoài, Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch, IRRI-ADB Postharvest Learning
Alliance, Can Tho University, real parks and zones, laws and decrees cited by number) appear only in sentences of our
own, with figures, dates and places changed; the ministry decision 1125/QD-BCT, the contract number and the standard
numbers are invented.

What the sample looked like (80 result slots; an agency's print page on a technology roadmap for cars and farm machinery
came back in ten slots, a sourcing site's analysis of China's farm-machinery industry in five, an ebook-tag site in
seven, the same carmaker's farm-machinery plant opening on a city daily twice): 14 slots were spam (six distinct
machine-made keyword slugs on Polish and Belgian domains, about crushers, silos and vibrators); 22 were tag, title and
keyword pages (two standards download titles, a standards-committee title, seven ebook tags, two broadcaster tags, two
unaccented business-wire tags, two Chinese farm-machine subsidy titles and a Chinese excavator title, a law-firm tag, an
environment daily's tag page with a headline, source line and lead on a state engine maker's stakes in car joint
ventures, a keyword page with a doubled headline and a lead on a Belarusian maker's decision to form a joint venture, a
farm site's tag page with a province-prefixed headline and a lead on a transplanter put to work, a provincial portal's
blurb with "Đọc tiếp »"); 21 were analyses, explainers and documents (the roadmap print page ten times, the China
analysis five times with its breadcrumb, definition and classification, a farming-knowledge list of approved harvesters
with their makers and addresses, a thesis excerpt with a substituted font, a consultancy contract's header with its legal
basis, a tax and law firm's explainer on the investment registration certificate with footnoted statistics, an
anti-counterfeiting magazine's supporting-industry feature, a thesis table of contents on a motor); 6 were Vietnamese
news (the plant opening on a city daily twice and on a national news site with its doubled headline, byline, co-hosting
committee and attendees, a rural-industry agency's feature on a pump inventor, a business weekly's FDI feature with
related links, a city daily's opinion piece on exports with its date prefix); 4 were other languages (a Japanese trade
newsletter on Japanese makers in ASEAN, a Japanese business daily on the opening behind a paywall, an Italian shipping
site's items on a licence to build slow-speed engines with an engine order and on a three-party engine joint venture in
Shanghai), read for their shapes only and rendered here in Vietnamese; 13 were English (the national English daily on
the opening with a caption and dateline, a news site's English page on farm engineering twice, the news agency's English
copy of the opening, a provincial paper's English page on a combine-harvester contest, a wiki diff of a mini-combine
paper, a journal abstract on post-harvest technology, a document store's study of flat-bed dryers, a US trade magazine on
an engine maker's memorandum for a joint venture, a Singapore daily on an engine joint venture in China, a group's
English news page on a US tractor maker's visit, an investment portal's copy of an interview with a state engine maker's
chairman, a legal database's English copy of a ministry decision with its attribute table). About 17 of the 80 slots
told a deal or an event with a named party (the opening four times, a recalled technology agreement and a recalled
stake purchase inside the English opening, a cooperation agreement twice, a planned tractor line and recalled sales
companies in the Japanese newsletter, recalled joint-venture stakes, a joint venture decided, the contract header, a
memorandum, a licence agreement with an order, two joint ventures abroad), several of them the same story. The only
contract came from S7 r3, an organisation-firm consultancy header; its shape is kept here with two parts makers; the
searches on component supply, pumps, dryers and provincial programmes (S2, S5, S7, S8, S13, S15, S16, S20) gave spam,
tags, titles, analyses, a feature and an interview, and no other supply contract, so the batch has no more.

Rows: 158 (hand-34801 to hand-34958); 22 carry a deal or an event (14%): 16 events (5 inaugurations, 3 joint ventures, 2
supply contracts, 2 investment announcements, 2 cooperation, 2 MoUs) and 21 `deals` entries (10 cooperation, 6
investment, 3 supply_contract, 2 mou); 7 rows hold a deal without an event (hand-34824 a recalled joint-venture stake,
34877 and 34921 recalled technology agreements, 34888 an amount-first recalled investment, 34896 a recalled sales
company abroad, 34899 a recalled engine order, 34923 a recalled stake) and 4 an event without a deal (34886, 34890,
34919, 34928: openings told without capital). 136 rows are negatives and other fields. By page kind: 13 rows of spam
slugs (34801-34809, 34829-34831, 34835; 0 with a deal or event), 24 of tag, title and keyword pages (34810-34828,
34832-34834, 34836-34837; 2), 38 of analyses, explainers and documents (34838-34875; 2), 43 of Vietnamese news
(34876-34918; 10), 11 of them the Japanese and Italian pages rendered in Vietnamese (34890-34900; 6), and 40 of English
copy (34919-34958; 8); 40 rows are English (`english_copy`, 25%). 12 rows are stored in NFD (hand-34805, 34816, 34830,
34841, 34852, 34875, 34878, 34887, 34894, 34903, 34910, 34914); 5 use old tone placement (34828 "hiện đại hoá", 34848
"cơ giới hoá", 34872 "tự động hoá", 34877 "thoả thuận", 34901 "Thanh Hoá"); 46 hold several lines (headlines and leads,
doubled headlines and bylines, timestamps, captions and credits, breadcrumbs, lists and bullets, contract headers, a
wiki diff, an attribute table, a legal preamble, comment forms).

Own wording: on review of the first draft against the sampled pages, about 75 drafts followed a sampled sentence too
closely (same clause order or the same run of facts with names and figures swapped, or a rendering of a foreign copy)
and were rewritten from scratch with another order (amount-first, object-first, place-first, partner-first,
quote-first) and other facts around them: the keyword page's joint-venture lead, the transplanter tag lead, the portal
blurb, the roadmap's lead, method line and warning, the China analysis's definition and classification, the harvester
list's items, remarks and closing line, the broken-font conclusion, the law firm's opening, definition and statistics,
all three supporting-industry lines, nearly every line of the opening (headline lead, technology transfer, test
equipment, targets, exports, local sourcing, the chairman, the co-hosted ceremony, attendees, capital and capacity,
technology), the Japanese and Italian renderings (the opening, its first-of-its-kind line and site, the newsletter's
context, plans and recalled sales company, the licence, the first engine, the order, the Shanghai venture), the pump
feature's lead, background, invention and saving, the FDI feature's lead, bullets and statistics, the export piece's
headline lead and customer line, and nearly all English rows (the opening's lead, figures, technology deal, official and
recalled stake, the farm-engineering statistics, chairman, agreement and equitisation, the agency copy's lead, figures,
next plant and imports, the contest's lead, entries, visitors and adoption, the dryer study's history line, the
memorandum's lead, signers, ceremony, condition and terms, the China venture's lead, money and sales area, the visit,
quote and tour, the interview's lead, decree and parts units). Dropped or replaced: three drafted rows whose shape came
only from results ranked 5-8 were taken out (a dealer-network plan announced with the opening, S14 r6; a price per
machine, S12 r8; a leader's speech at the ceremony, S15 r6), and eight whose shape no first-four excerpt showed were
dropped or replaced (related links under the opening, a second award line, a byline with its unit, a figure caption, a
photo caption on the FDI feature and on the opening, two contract articles; the replacements are a roadmap line, a pump
line, a sub-heading of the FDI feature, a plain line of the opening and the contract's second-page header). Nothing was
used from ranks 5-8, among them: the Belarusian tractor plant in Cambodia and the Minsk maker's Vietnamese assembly
licence in Russian and English (S9 r6-r7, S17 r7), the state engine maker's magazine profile (S9 r8), the Vĩnh Phúc
machine-purchase support decisions (S8 r5, r7), the carmaker-Korean partner signing on a Đà Nẵng daily and in French
(S15 r6, S20 r6), the opening's copy with a rice-park plan (S14 r6), the Kiên Giang and Cần Thơ inventors and an An
Giang workshop on Chinese harvesters (S12 r6-r8), a Nghệ An farmer's dryer, Chinese harvesters on an English daily,
harvester statistics and named dryer makers (S18 r5-r8), a Czech tractor export deal in German (S17 r8), a Chinese
engine maker's agreement and engine plant in central Vietnam (S19 r6-r7), and the English "Chinese farm machinery
dominates" item (S20 r5).

Conventions: exactly those of batches 10 and 12-115 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital (in the same row's headline or lead) is an investment deal and an
inauguration "completed", without capital the event only, a committee that co-hosts the ceremony a government party
(batch 113); a named firm's plan or planned plant is an announced investment, one per site, undated without a day;
recalled licences, stakes, plants, subsidiaries, joint ventures, agreements and orders are deals without events (batches
77, 89, 106, 112); a joint venture is a cooperation deal (one per pair of partners) and a joint_venture event; a
firm-firm memorandum, also one for a joint venture, is an mou deal and event; a technology transfer is cooperation with
the transferor first; a contract is a supply_contract with the seller first, an order told through its goods a recalled
one; contract headers between two firms give the deal and a signed event (batch 111); visits, tours, ceremonies,
receptions, contests and trials, targets, forecasts, subsidies, equitisation, feasibility studies, equipment origins and
supplies without a contract word give no deal; attendees, hosts and signing cities are no parties and no sites; vague
amounts and counts are none, "khoảng", "chừng", "gần", "hơn", "ước", "about", "around", "nearly", "over" approximate;
capacities, productivities per hour, tonnages, horsepower, m3/h, durations, ordinals, counts in words and counts without
a noun are no counts, English counts keep their English noun; m2 and hectares are areas, "ha/giờ" no area; Vietnamese
legal forms are normalised ("Công ty cổ phần", "CTCP" -> "Công ty CP", "Cty" -> "Công ty"), a bare "Công ty X" has the
form "Công ty", "Tổng công ty X - CTCP" is X with "Tổng công ty", "Hợp tác xã X" a firm with that form, foreign ones kept
("JSC", "Inc.", "Ltd", "Co Ltd", "GmbH"), "Corporation", "Company" and "Holdings" stay in an English name; Vietnamese
country words and adjectives ("hãng Nhật", "các hãng Thái", "thương lái Campuchia", "Người Trung Quốc") and English
country nouns and possessives ("South Korea's", "the Republic of Korea", "in China") are countries, English adjectives
("Korean", "Thai", "Japanese", "German") and "Việt Nam"/"Vietnam" none, regions, "ASEAN", "châu Âu" and cities abroad
nothing; Vietnamese parks and zones are locations ("KCN" expanded), English zones none, "huyện" and "thị xã" districts,
communes, wards and bare district names nothing; organisations as written, UBND expanded, bare units ("Sở Nông nghiệp
tỉnh", "Chủ tịch UBND tỉnh", "cơ quan đăng ký đầu tư") none; a province inside an organisation's name is a mention,
inside a firm's name none; datelines are mentions; laws and decrees cited by number are decisions, standards, model codes,
DOIs and committee codes not; bylines and photo credits are persons without role, outlet, agency, site and copyright
credits nothing; a given name or surname alone is no person; old tone placement in a province's name is normalised in
the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A carmaker's plant opening told five ways: the headline's amount over a lead without a verb of investment ("Ô tô
  Thành Châu khánh thành nhà máy máy nông nghiệp 680 tỷ đồng" + "Nhà máy ... đã ngốn 680 tỷ đồng", hand-34876) is the
  investment deal and the inauguration with the amount (two money mentions), unsited because "Khu kinh tế Dung Quất"
  names no province; object-first with a co-hosting committee ("Nhà máy ... của Công ty CP Ô tô Thành Châu ... chính
  thức chạy máy sáng 14/3, trong buổi lễ do UBND tỉnh Quảng Ngãi và doanh nghiệp cùng tổ chức", 34886) is an
  inauguration of G + F sited in the committee's province (batch 113) without deal; amount-first "680 tỷ đồng là số vốn
  Thành Châu đã rót vào nhà máy ... này" (34888) is a recalled investment, a deal without event; the Japanese and English
  tellings without capital (34890 "nhà máy mà Công ty CP Ô tô Thành Châu vừa cho chạy", 34919 "a made-in-Việt Nam
  tractor has left the line at the farm machinery plant of X", 34928 "A farm machinery plant built by X ... began
  operating on March 14") are inaugurations without deal, sited when the row names the province (headline "in Quảng
  Ngãi", "the central province of Quang Ngai"); rows about "the plant" or "the company" without the firm (34892, 34920,
  34929, 34930) give money, areas and provinces only.
- Technology agreements: recalled, "Kỹ sư Thành Châu được Tập đoàn Yeongnam Agrotech (Hàn Quốc) kèm cặp theo thoả thuận
  chuyển giao công nghệ ký năm 2018" (34877) and "Know-how comes from South Korea's Yeongnam Agrotech, with which
  Thachauco signed a technology deal last April" (34921), are cooperation deals without event, transferor first,
  undated; "the plant will rise ... under a cooperation agreement signed by Thachauco and South Korea's Yeongnam
  Agrotech" (34926) is a signed cooperation deal and event in written order, sited in the plant's province, with no
  investment deal for the plant (no investor is its subject); "nhà máy nhận chuyển giao từ Tập đoàn X" (34889) names one
  party: no deal.
- A recalled stake told holder-first in English ("Thachauco ... has held 60 per cent of Busan-based Gyeongbuk Special
  Vehicles ... since 2014", 34923) is the holder's investment deal without event or amount (batch 112); "Korean
  industry" no country.
- A tag page's lead "Tổng công ty Máy Động lực Đa Phúc - CTCP (DAPHUCO) vẫn trông vào phần vốn góp trong liên doanh xe tải
  với Ichikawa Trucks (Nhật Bản)" (34824) is a recalled joint venture: a cooperation deal without event; the source line
  "Kinh tế Nông thôn - 17/05 09:42" nothing.
- A keyword page's doubled headline and a partner-first future venture ("Công ty CP Cơ khí Nông nghiệp Cái Bè và hãng
  máy kéo Gomeltrak của Belarus sẽ cùng lập liên doanh lắp máy kéo ngay tại tỉnh Tiền Giang", 34825) is a cooperation
  deal and a joint_venture "announced" sited in Tiền Giang's current unit; "Máy kéo Belarus" and "của Belarus" give the
  country; "(Nông nghiệp Việt Nam)" nothing; "Cái Bè" inside the firm's name no district.
- A three-partner venture abroad told capacity-first ("Một triệu mã lực mỗi năm là công suất khởi điểm của liên doanh ...
  mà A, B (Trung Quốc) và hãng C (Nhật Bản) vừa lập", 34900) gives one cooperation deal per pair and one joint_venture
  event of the three, "signed", unsited.
- A licence to build engines told object-first ("Một số mẫu động cơ ... của Công ty Alpmar Engines Ltd (Thụy Sĩ) sẽ được
  làm ngay tại nhà máy của Tổng công ty Đóng tàu Cam Ranh, theo thỏa thuận hai bên vừa ký", 34897) is a signed
  cooperation deal and event, licensor first; the engines "mà Đóng tàu Cam Ranh đã đặt mua của Alpmar" for two bulk
  carriers (34899) are a recalled supply contract, seller first, without event; "54.000 tấn" no count.
- The Japanese newsletter rendered in Vietnamese: a planned line abroad named by its firm ("Việt Nam sẽ có dây chuyền máy
  kéo cỡ trung đầu tiên của Ishido Noki từ năm 2021") and "Kurihama Kikai chọn Thái Lan để đặt trung tâm R&D mới"
  (34895) are two announced investments, unsited; "Công ty bán hàng của Tanba Hatsudoki ở Campuchia thì đã hoạt động từ
  năm 2017" (34896) is a recalled subsidiary: a deal without event; the copyright line naming the news agency nothing;
  the issue line "Tập 31 Số 9" no counts.
- An English memorandum for a joint venture told object-first in the lead ("A 50-50 joint venture ... is the aim of a
  Memorandum of Understanding that Harlan Power Systems Inc. said today it has signed with Song Han Motor Corporation
  (Sohamco)", 34942) and again through its signers ("Harlan chief executive Ross Whitaker and Sohamco chairman Le Van
  Hanh put their names to the MOU in Hanoi on Oct. 6", 34943) gives an mou deal and event in each row, the second dated
  with the publication year and Hanoi a mention, not a site; "today" no date; the headline's "Harlan Power" a firm
  mention; the Washington reception with a deputy prime minister (34944), the feasibility condition (34945) and the
  unfixed terms (34946) no event.
- An English joint venture told object-first with a weekday ("A 50-50 joint venture making ... engines in China is to be
  set up by Lijiang Engine Machinery Co Ltd, main operating arm of New York-listed Lijiang Power Holdings, and
  Rheinmotoren GmbH under an agreement signed on Friday", 34947) is a cooperation deal and a signed joint_venture event,
  undated; the headline naming one party and "German partner" no second event; "90 million yuan (S$18.5 million) coming
  from each side" (34948) is money only (no deal amount: a per-partner share).
- A contract header between two parts makers, caps names normalised, with a blank day (34858), and its second-page copy
  with the page marker glued to the national motto ("Trang 2CỘNG HÒA ...", 34860), each give the supply_contract deal and
  a signed event in written order, the contract number as a decision without date; the place-and-date line "Thái Bình,
  ngày tháng 04 năm 2021" is a province mention only.
- Harvester lists: "Cơ sở tư nhân Bảy Lành", "cơ sở Hai Thạnh", "Cơ sở Út Lợi – Cần Thơ" are workshops, no firms (batch
  77's "Xưởng cơ khí X"); "Cty TNHH MTV Chế tạo Động cơ Gia Kiệm (Bộ Công nghiệp)" is the firm with "Công ty TNHH MTV"
  and the ministry as an organisation; "0,35 ha/giờ" is a productivity, no area; "Chợ Mới", "Tháp Mười" bare district
  names nothing; "Sở Nông nghiệp tỉnh Đồng Tháp" an organisation with the province.
- A legal database's attribute table ("Official number: | 1125/QD-BCT | Signer: | Tran Quoc Vinh | ... Issuing date: |
  14/07/2014 |", 34957) dates the number from its "Issuing date" cell; the "Signer:" label gives no role.
- "TS NGUYỄN HỮU PHƯỚC" under an opinion piece (34914) is a caps byline person without role; "[Hà Nội – Morioka Shun]"
  (34890) a byline person and a province mention; "VNS Photo Thanh Hải" a person; "-VNA", "Báo Nikkei, số sáng" and
  "(KTSG Online)" nothing.
- Counts: "Officials and machinery dealers from Laos, 14 in all" (34934) and "An 11-member jury scored nine entries"
  (34933) give no count; target sales "650 máy kéo" and "khoảng 2.600 máy" (34879) are counts, capacities "2.400 máy
  kéo ... mỗi năm" not; "12 chuyên gia" a count.
- "Các tỉnh phía Bắc giữ 38 USD trong mỗi 100 USD vốn FDI mới" (34909) gives both amounts as money; "Hàn Quốc rót thêm 2
  tỉ USD" names a country as investor: no deal.
- "Trạm Khuyến nông huyện Mộc Châu" (34828) is an organisation and gives the district; "Can Tho University" after a
  faculty (34936) is the organisation, the faculty not, Cần Thơ a mention.
- A Chinese title (34821-34823) and text in a substituted font (34856-34857) give nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_117(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    QNg = cur("Quảng Ngãi")
    TG = cur("Tiền Giang")

    ids = iter(range(34801, 34801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam and junk: machine-made keyword slugs on foreign domains (S1 r3-r4, S2 r1-r4, S4 r2-r3, S5 r2, S7 r2,
    # S12 r3, S13 r4, S16 r1, S16 r3: 14 of the 80 slots, six distinct pages) ---
    rows += [
        h(
            n(),
            "máy nghiền ngô hạt trục đôi chi phí vận hành mỗi giờ pdf",
            "2023-05-11",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bản vẽ lò sấy tầng sôi nguyên lý làm việc silo chứa thóc",
            "2022-11-03",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "người mua đàm phán hợp đồng động cơ diesel một xi lanh mô hình chuyển đổi",
            "2023-02-19",
            "ministry",
            ["foreign_domain_slug", "lowercase", "contract_word_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tiêu chuẩn thiết kế trạm bơm tưới công suất nhỏ 200 m3 h",
            "2022-08-27",
            "ministry",
            ["foreign_domain_slug", "lowercase", "spec_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy xới đất mini chạy xăng sửa bộ chế hòa khí video hướng dẫn",
            "2023-09-02",
            "ministry",
            ["foreign_domain_slug", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nguyên tắc hoạt động máy tuốt lúa liên hợp ứng dụng ngoài đồng",
            "2022-12-14",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy sản xuất giá thấp máy ép viên cám gà vịt 1 tấn giờ",
            "2023-07-08",
            "ministry",
            ["foreign_domain_slug", "lowercase", "spec_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kovena máy gặt lúa cầm tay đánh giá hiệu quả tiết kiệm nhiên liệu",
            "2024-01-16",
            "ministry",
            ["foreign_domain_slug", "lowercase", "nonsense_word", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy băm cỏ voi động cơ điện 3 pha sơ đồ đấu dây pdf",
            "2023-10-21",
            "ministry",
            ["foreign_domain_slug", "lowercase", "spec_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title and keyword pages: standards titles, a standards committee, ebook tags, a broadcaster's and a
    # business wire's tags, Chinese titles, tag pages with a headline and lead, a legal tag, a portal blurb (S3 r1,
    # S3 r3-r4, S5 r1, S5 r3, S7 r1, S7 r4, S8 r1-r4, S9 r1-r2, S9 r4, S10 r1, S10 r4, S11 r1, S11 r3, S12 r2, S15 r3-r4,
    # S16 r4: 22 slots) ---
    rows += [
        h(
            n(),
            "TCVN 12476:2018 Động cơ diesel một xi lanh – Phương pháp thử trên băng thử",
            "2019-03-07",
            "legal",
            ["title_page", "standard_no_decision", "download_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TCVN 9203:2012 Máy bơm nước ly tâm trục ngang – Yêu cầu kỹ thuật chung",
            "2019-03-07",
            "legal",
            ["title_page", "standard_no_decision", "download_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TCVN/TC 24 - Máy nông nghiệp và thiết bị sau thu hoạch",
            "2020-06-15",
            "legal",
            ["committee_title", "committee_code_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình máy kéo và ô tô dùng trong nông nghiệp ebook pdf",
            "2021-04-02",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tiêu chuẩn an toàn máy nông nghiệp việt nam ebook pdf",
            "2021-04-02",
            "ministry",
            ["ebook_tag", "lowercase", "vietnam_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đề cương ôn thi động cơ đốt trong trung cấp cơ khí ebook pdf",
            "2021-04-02",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sổ tay bảo dưỡng máy gặt đập liên hợp ebook pdf",
            "2021-04-02",
            "ministry",
            ["ebook_tag", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hợp đồng bao tiêu máy nông nghiệp",
            "2022-03-30",
            "ministry",
            ["tag_page", "lowercase", "contract_word_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "trợ giá máy gặt đập",
            "2022-03-30",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ho tro lai suat mua may say lua vu he thu 2023",
            "2023-06-09",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mo hinh co gioi hoa dong bo canh dong lon",
            "2023-06-09",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "小型柴油机出口东南亚市场分析",
            "2021-08-19",
            "ministry",
            ["title_page", "chinese_script", "foreign_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "拖拉机零部件供应商名录2020",
            "2020-11-05",
            "ministry",
            ["title_page", "chinese_script", "foreign_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "收割机维修视频教程大全",
            "2022-02-11",
            "ministry",
            ["title_page", "chinese_script", "foreign_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tổng công ty Máy Động lực Đa Phúc và khoản lãi từ liên doanh xe tải\nKinh tế Nông thôn - 17/05 09:42\nTổng công ty Máy Động lực Đa Phúc - CTCP (DAPHUCO) vẫn trông vào phần vốn góp trong liên doanh xe tải với Ichikawa Trucks (Nhật Bản), trong khi mảng máy cày, máy kéo nhiều năm không có lãi.",
            "2021-05-17",
            "ministry",
            [
                "tag_page",
                "headline_source_lead",
                "outlet_nothing",
                "tong_cong_ty_ctcp",
                "acronym_bracket",
                "recalled_joint_venture",
                "deal_no_event",
                "country_bracket",
                "multiline",
            ],
            firms=[f("Máy Động lực Đa Phúc", "Tổng công ty"), f("Ichikawa Trucks")],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Máy Động lực Đa Phúc", "Ichikawa Trucks"])],
            events=[],
        ),
        h(
            n(),
            "Máy kéo Belarus sẽ được lắp ráp tại Tiền Giang Máy kéo Belarus sẽ được lắp ráp tại Tiền Giang (Nông nghiệp Việt Nam) - Công ty CP Cơ khí Nông nghiệp Cái Bè và hãng máy kéo Gomeltrak của Belarus sẽ cùng lập liên doanh lắp máy kéo ngay tại tỉnh Tiền Giang.",
            "2019-09-12",
            "provincial",
            [
                "keyword_page",
                "repeated_headline",
                "glued_headline",
                "outlet_bracket_nothing",
                "announced_joint_venture",
                "partner_first",
                "cooperation_deal",
                "country",
                "district_in_firm_name",
                "pre2025",
            ],
            firms=[f("Cơ khí Nông nghiệp Cái Bè", "Công ty CP"), f("Gomeltrak")],
            provinces=[pv("Tiền Giang")],
            locations=[country("Belarus")],
            deals=[deal("cooperation", ["Cơ khí Nông nghiệp Cái Bè", "Gomeltrak"], None, TG)],
            events=[
                ev(
                    "joint_venture",
                    [F("Cơ khí Nông nghiệp Cái Bè"), F("Gomeltrak")],
                    None,
                    None,
                    TG,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "giấy phép nhập khẩu máy nông nghiệp đã qua sử dụng",
            "2022-07-25",
            "legal",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sóc Trăng: huyện Mỹ Tú chạy thử máy sấy lúa đốt trấu\n\nHợp tác xã Nông nghiệp Tân Phước (xã Mỹ Hương, huyện Mỹ Tú) đã chạy thử máy sấy vỉ ngang 12 tấn/mẻ đốt bằng trấu hôm 9/4/2016, với đông đảo xã viên đến xem. Điểm mạnh của máy là...",
            "2016-04-11",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "trial_run_no_deal",
                "district",
                "commune_no_location",
                "cooperative_firm",
                "capacity_no_count",
                "truncated_lead",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Sóc Trăng")],
            locations=[district("huyện Mỹ Tú")],
            firms=[f("Nông nghiệp Tân Phước", "Hợp tác xã")],
            events=[],
        ),
        h(
            n(),
            "Mô hình máy làm đất mini của Trạm Khuyến nông huyện Mộc Châu đã về tới các bản vùng cao: mỗi máy cày tay thay được bốn con trâu, giúp bà con kịp gieo cấy khi mưa đến sớm – một bước nhỏ trên đường hiện đại hoá nông nghiệp.\nĐọc tiếp »",
            "2017-10-03",
            "provincial",
            [
                "portal_blurb",
                "read_more",
                "district_in_org_name",
                "count_in_words",
                "old_tone",
                "multiline",
                "no_event",
            ],
            organizations=["Trạm Khuyến nông huyện Mộc Châu"],
            locations=[district("huyện Mộc Châu")],
            events=[],
        ),
    ]
    # --- More slugs from the same spam domains, and more tag and title pages (same slots as above) ---
    rows += [
        h(
            n(),
            "máy phun thuốc trừ sâu đeo vai động cơ 2 thì bảng giá đại lý",
            "2023-03-26",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nguyên lý sàng rung tách hạt lép ứng dụng trong nhà máy xay",
            "2022-09-30",
            "ministry",
            ["foreign_domain_slug", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đầu nổ diesel 12 mã lực chạy máy bơm tưới giá rẻ bảo hành",
            "2023-12-05",
            "ministry",
            ["foreign_domain_slug", "lowercase", "power_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "luận văn cơ giới hóa khâu thu hoạch lúa đồng bằng ebook pdf",
            "2021-04-02",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục công bố hợp quy máy nông nghiệp nhập khẩu",
            "2022-07-25",
            "legal",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xuat khau may cay tay va dong co nho",
            "2023-06-09",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy cấy lúa 6 hàng ngồi lái thanh lý giá tốt tại kho",
            "2023-04-14",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bài giảng máy thu hoạch và chế biến nông sản ebook pdf",
            "2021-04-02",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy cày bãi",
            "2022-03-30",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- An agency's print page on a technology roadmap for farm machinery and small engines (S1 r1, S4 r1, S6 r1,
    # S9 r3, S11 r2, S12 r1, S13 r1, S14 r1, S15 r1, S17 r3: one page, 10 slots) ---
    rows += [
        h(
            n(),
            "Năng lực công nghệ của ngành chế tạo máy nông nghiệp và động cơ cỡ nhỏ ở Việt Nam: hiện trạng và xu hướng\n\nTừ chiếc máy cày tay đến động cơ diesel một xi lanh, phần lớn máy móc trên đồng ruộng vẫn được lắp từ linh kiện nhập; bài viết điểm lại những khâu doanh nghiệp trong nước đã tự làm được.",
            "2020-09-08",
            "ministry",
            ["print_page", "article_title_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Số liệu lấy từ cuộc khảo sát 86 doanh nghiệp năm 2019 do Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch thực hiện.",
            "2020-09-08",
            "ministry",
            ["print_page", "research_group", "count", "no_event"],
            quantities=[c(86, "doanh nghiệp")],
            organizations=["Viện Cơ điện nông nghiệp và Công nghệ sau thu hoạch"],
            events=[],
        ),
        h(
            n(),
            "Theo nhóm, chừng 62% máy kéo bốn bánh đang chạy ở đồng bằng sông Cửu Long là máy nhập hoặc máy cũ tân trang, phần lớn xuất xứ Nhật Bản và Trung Quốc.",
            "2020-09-08",
            "ministry",
            ["print_page", "statistic", "region_no_location", "country_list", "no_event"],
            percentages=[62],
            locations=[country("Nhật Bản"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp trong nước mới làm chủ các khâu đúc vỏ hộp số, dập khung và lắp ráp; bơm cao áp, kim phun và hộp số thủy lực gần như vẫn phải nhập khẩu toàn bộ.",
            "2020-09-08",
            "ministry",
            ["print_page", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở nhóm động cơ, các cơ sở trong nước mới làm được loại diesel một xi lanh dưới 30 mã lực; loại nhiều xi lanh vẫn là hàng lắp ráp từ bộ linh kiện nhập.",
            "2020-09-08",
            "ministry",
            ["print_page", "power_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tỷ lệ nội địa hóa ước tính: máy kéo hai bánh 85%; máy sấy tĩnh vỉ ngang 95%; động cơ diesel một xi lanh 70%; máy gặt đập liên hợp chỉ khoảng 40%.",
            "2020-09-08",
            "ministry",
            ["print_page", "percentage_list", "no_event"],
            percentages=[85, 95, 70, 40],
            events=[],
        ),
        h(
            n(),
            "Nhóm tác giả đề xuất dồn hỗ trợ cho ba khâu yếu nhất – đúc chính xác, xử lý nhiệt và hộp số – thay vì chia đều cho mọi dự án cơ khí.",
            "2020-09-08",
            "ministry",
            ["print_page", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Máy sấy lúa là nhánh duy nhất mà hàng trong nước chiếm trên 90% thị phần, phần lớn do các xưởng ở Long An, Cần Thơ và An Giang làm ra.",
            "2020-09-08",
            "ministry",
            ["print_page", "statistic", "province_list", "no_event"],
            percentages=[90],
            provinces=[pv("Long An"), pv("Cần Thơ"), pv("An Giang")],
            events=[],
        ),
        h(
            n(),
            "In trang | Đóng lại\nBản quyền thuộc Cổng thông tin ứng dụng công nghệ",
            "2020-09-08",
            "ministry",
            ["print_page", "page_chrome", "site_credit_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A sourcing site's analysis of China's farm-machinery industry, in Vietnamese (S6 r2, S12 r4, S13 r2, S14 r2,
    # S15 r2: one page, 5 slots) ---
    rows += [
        h(
            n(),
            "Trang chủ » tìm nguồn hàng » máy móc » Ngành máy kéo và động cơ nông nghiệp Trung Quốc năm 2023: chính sách, thị trường, đối thủ và xu hướng\nnganh-may-keo-trung-quoc-2023",
            "2023-04-18",
            "ministry",
            ["breadcrumb", "slug_line", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Định nghĩa\nNgười Trung Quốc gọi chung là “nông cơ”, từ máy cày, máy gieo đến máy sấy hạt; mức cơ giới hoá được đo bằng tỷ lệ diện tích làm bằng máy ở ba khâu cày, gieo và thu hoạch.",
            "2023-04-18",
            "ministry",
            ["analysis", "definition", "country", "count_in_words", "old_tone", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo nguồn động lực, ngành gồm:\n • máy kéo bánh lốp và bánh xích;\n • máy liên hợp tự hành;\n • nông cụ treo hoặc kéo theo máy kéo;\n • thiết bị tĩnh như máy sấy, máy xay.",
            "2023-04-18",
            "ministry",
            ["analysis", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm 2022, doanh thu của các nhà sản xuất máy nông nghiệp quy mô lớn ở Trung Quốc ước đạt 268 tỷ nhân dân tệ, tăng 4,1% so với năm trước.",
            "2023-04-18",
            "ministry",
            ["analysis", "statistic", "currency_in_words", "approx", "country", "no_event"],
            money=[m(268 * B, "CNY", approx=True)],
            percentages=[4.1],
            locations=[country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- A farming-knowledge site's list of approved rice harvesters and their makers (S1 r2) ---
    rows += [
        h(
            n(),
            "Một số máy thu hoạch lúa đã được công nhận\n1. GĐ-160 (máy gặt đập liên hợp): 0,35 ha/giờ, hao hụt 1,9%. Nơi chế tạo: Cơ sở tư nhân Bảy Lành, ấp 3, xã Đức Tân, huyện Tân Trụ, tỉnh Long An.",
            "2012-08-20",
            "provincial",
            [
                "numbered_list",
                "model_code_no_count",
                "rate_per_hour_no_area",
                "workshop_no_firm",
                "commune_no_location",
                "district",
                "multiline",
                "no_event",
            ],
            percentages=[1.9],
            provinces=[pv("Long An")],
            locations=[district("huyện Tân Trụ")],
            events=[],
        ),
        h(
            n(),
            "2. LH-130 (máy gặt đập liên hợp): 0,2 ha/giờ, hao hụt 2,4%. Nơi chế tạo: Cty TNHH MTV Chế tạo Động cơ Gia Kiệm (Bộ Công nghiệp), đường số 5, KCN Biên Hòa 2, tỉnh Đồng Nai.",
            "2012-08-20",
            "provincial",
            [
                "numbered_list",
                "cty_abbreviation",
                "ministry_in_brackets",
                "park",
                "rate_per_hour_no_area",
                "nfd",
                "no_event",
            ],
            firms=[f("Chế tạo Động cơ Gia Kiệm", "Công ty TNHH MTV")],
            organizations=["Bộ Công nghiệp"],
            percentages=[2.4],
            provinces=[pv("Đồng Nai")],
            locations=[park("Khu công nghiệp Biên Hòa 2")],
            events=[],
        ),
        h(
            n(),
            "– Ông Lâm Văn Sáu (Chợ Mới – An Giang) tự cải tiến máy gặt xếp dãy, đạt 0,25 ha/giờ.\n– Sở Nông nghiệp tỉnh Đồng Tháp vừa nghiệm thu máy gặt lúa cải tiến của cơ sở Hai Thạnh ở Tháp Mười.",
            "2012-08-20",
            "provincial",
            [
                "dash_list",
                "person_no_role",
                "bare_district_no_location",
                "workshop_no_firm",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Lâm Văn Sáu", None)],
            organizations=["Sở Nông nghiệp tỉnh Đồng Tháp"],
            provinces=[pv("An Giang"), pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Nơi đặt mua máy gặt rải hàng:\n– Công ty Phụ tùng Máy Tân Định\n– Công ty Cơ khí Hậu Giang Xanh\n– Cơ sở Út Lợi – Cần Thơ",
            "2012-08-20",
            "provincial",
            [
                "supplier_list",
                "bare_cong_ty",
                "province_in_firm_name",
                "workshop_no_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("Phụ tùng Máy Tân Định", "Công ty"), f("Cơ khí Hậu Giang Xanh", "Công ty")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "* Danh sách chưa gồm máy nhập nguyên chiếc; các mẫu của Nhật Bản và Hàn Quốc được xếp ở một bảng riêng.",
            "2012-08-20",
            "provincial",
            ["country_list", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- A document store's thesis excerpt on diesel fuel systems, its font substituted (S3 r2) ---
    rows += [
        h(
            n(),
            "Một phần của tài liệu Đồ án tính toán hệ thống nhiên liệu động cơ diesel D12 (Trang 41)\n\n2.3.1.Phương phõp điều chỉnh lượng phun nhiởn liệu theo tải\n- Thay đổi hành trỡnh piston bơm cao õp\n- Dỳng vũi phun nhiều lỗ",
            "2014-05-06",
            "ministry",
            ["document_store", "broken_font", "model_code_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "KẾT LUẬN CHƯƠNG\nBơm cao õp kiểu PF trởn động cơ mỏy nừng nghiệp cỡ nhỏ cần hiệu chỉnh lại sau mỗi 500 giờ chạy mỏy để giữ lượng phun đều giữa cõc chu trớnh.",
            "2014-05-06",
            "ministry",
            [
                "document_store",
                "broken_font",
                "caps_heading",
                "duration_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- A document store's contract: header, legal basis, goods (S7 r3) ---
    rows += [
        h(
            n(),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThái Bình, ngày tháng 04 năm 2021\nHỢP ĐỒNG MUA BÁN\nSố: 12/2021/HĐMB-PTĐH\nGIỮA\nCÔNG TY TNHH PHỤ TÙNG MÁY NÔNG NGHIỆP ĐÔNG HƯNG\nVÀ\nCÔNG TY CỔ PHẦN CƠ KHÍ NÔNG CỤ VŨ THƯ",
            "2021-04-12",
            "legal",
            [
                "contract_header",
                "caps_names",
                "firm_firm_contract",
                "supply_contract",
                "blank_day_no_date",
                "document_number",
                "district_in_firm_name",
                "multiline",
            ],
            provinces=[pv("Thái Bình")],
            firms=[
                f("Phụ tùng Máy Nông nghiệp Đông Hưng", "Công ty TNHH"),
                f("Cơ khí Nông cụ Vũ Thư", "Công ty CP"),
            ],
            decisions=[d("12/2021/HĐMB-PTĐH")],
            deals=[deal("supply_contract", ["Phụ tùng Máy Nông nghiệp Đông Hưng", "Cơ khí Nông cụ Vũ Thư"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Phụ tùng Máy Nông nghiệp Đông Hưng"), F("Cơ khí Nông cụ Vũ Thư")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "PHẦN 1 - CÁC CĂN CỨ KÝ KẾT HỢP ĐỒNG\nCăn cứ Luật Thương mại số 36/2005/QH11 ngày 14/6/2005;\nCăn cứ Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 về phát triển công nghiệp hỗ trợ;\nCăn cứ nhu cầu và năng lực của hai bên,",
            "2021-04-12",
            "legal",
            ["contract_preamble", "law_numbers_with_dates", "multiline", "no_event"],
            decisions=[d("36/2005/QH11", "2005-06-14"), d("111/2015/NĐ-CP", "2015-11-03")],
            events=[],
        ),
        h(
            n(),
            "Trang 2CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHỢP ĐỒNG\nMua bán phụ tùng máy nông nghiệp\nSố: 12/2021/HĐMB-PTĐH\ngiữa\nCông ty TNHH Phụ tùng Máy Nông nghiệp Đông Hưng\nvà\nCông ty Cổ phần Cơ khí Nông cụ Vũ Thư",
            "2021-04-12",
            "legal",
            [
                "contract_header",
                "page_marker_glued",
                "header_repeated_on_page",
                "firm_firm_contract",
                "supply_contract",
                "document_number",
                "district_in_firm_name",
                "multiline",
            ],
            firms=[
                f("Phụ tùng Máy Nông nghiệp Đông Hưng", "Công ty TNHH"),
                f("Cơ khí Nông cụ Vũ Thư", "Công ty CP"),
            ],
            decisions=[d("12/2021/HĐMB-PTĐH")],
            deals=[deal("supply_contract", ["Phụ tùng Máy Nông nghiệp Đông Hưng", "Cơ khí Nông cụ Vũ Thư"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Phụ tùng Máy Nông nghiệp Đông Hưng"), F("Cơ khí Nông cụ Vũ Thư")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]
    # --- A tax and law firm's explainer on the investment registration certificate (S10 r3) ---
    rows += [
        h(
            n(),
            "Không có giấy chứng nhận đăng ký đầu tư thì chưa thể thuê đất, xin phép xây dựng hay nhập máy móc cho dự án, nên nhà đầu tư nước ngoài thường lo thủ tục này trước tiên.",
            "2024-09-03",
            "legal",
            ["law_firm_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Về bản chất, đây là tờ giấy (hoặc tệp điện tử) do cơ quan đăng ký đầu tư cấp, ghi nhận tên dự án, vốn, địa điểm và tiến độ mà nhà đầu tư cam kết.",
            "2024-09-03",
            "legal",
            ["law_firm_explainer", "definition", "bare_unit_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tính riêng nửa đầu năm 2024, 1.416(1) dự án FDI mới đã nhận giấy, phần đông trong chế biến, chế tạo(2).",
            "2024-09-03",
            "legal",
            ["law_firm_explainer", "footnote_marker", "statistic", "count", "no_event"],
            quantities=[c(1416, "dự án FDI mới")],
            events=[],
        ),
    ]
    # --- An anti-counterfeiting magazine's feature on supporting industry (S13 r3) ---
    rows += [
        h(
            n(),
            "Một chiếc máy kéo lắp trong nước có gần 45% giá trị là linh kiện nhập – con số mà các hiệp hội cơ khí muốn kéo xuống dưới 30% trong mười năm tới.",
            "2021-11-22",
            "ministry",
            ["feature", "statistic", "target_no_deal", "duration_no_count", "no_event"],
            percentages=[45, 30],
            events=[],
        ),
        h(
            n(),
            "Ở Ấn Độ, máy kéo cỡ nhỏ đã có hơn 80% linh kiện làm trong nước, theo một khảo sát mà tạp chí dẫn lại.",
            "2021-11-22",
            "ministry",
            ["feature", "statistic", "country", "no_event"],
            percentages=[80],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên của Việt Nam có cả linh kiện cho máy nông nghiệp(2), điều hiếm thấy ở những nước mà khái niệm này chỉ gắn với ô tô, xe máy và điện tử.",
            "2021-11-22",
            "ministry",
            ["feature", "footnote_marker", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A document site's thesis table of contents on a small petrol engine (S16 r2) ---
    rows += [
        h(
            n(),
            "Thiết kế và tính toán động cơ xăng 4 kỳ cho máy phát điện mini - 1\n\nPHẦN I. TỔNG QUAN 5\nCHƯƠNG 1. CẤU TẠO VÀ NGUYÊN LÝ LÀM VIỆC 5\nI. Giới thiệu chung 5\nII. Chu trình làm việc bốn kỳ 7\nCó thể bạn quan tâm!\nXem toàn bộ tài liệu này.",
            "2022-10-30",
            "ministry",
            ["thesis_toc", "page_numbers_no_count", "related_box", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CHƯƠNG 2. TÍNH TOÁN NHIỆT ĐỘNG CƠ 19\n1. Chọn các thông số ban đầu 19\n2. Quá trình nạp 21\n3. Quá trình nén 24",
            "2022-10-30",
            "ministry",
            ["thesis_toc", "page_numbers_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- More lines of the roadmap print page, the sourcing site's analysis, the harvester list, the contract and
    # the supporting-industry feature (same slots as above) ---
    rows += [
        h(
            n(),
            "Xu hướng mới của thế giới là máy tự hành dẫn đường bằng vệ tinh, thiết bị bay phun thuốc không người lái và động cơ đạt chuẩn khí thải ngày một khắt khe.",
            "2020-09-08",
            "ministry",
            ["print_page", "trend", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chính sách\nTừ năm 2004, chính quyền trung ương Trung Quốc trợ giá cho nông dân mua máy; danh mục máy được trợ giá được sửa lại gần như hằng năm.",
            "2023-04-18",
            "ministry",
            ["analysis", "subsidy_no_deal", "country", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Cạnh tranh\nNăm hãng lớn nhất nắm khoảng 38% thị trường máy kéo, phần còn lại chia cho hàng nghìn doanh nghiệp nhỏ ở các tỉnh ven biển.",
            "2023-04-18",
            "ministry",
            ["analysis", "count_in_words", "vague_count", "multiline", "no_event"],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "Xu hướng\nMáy kéo trên 200 mã lực, máy gieo cấy tự động hoá và máy nông nghiệp thông minh được dự báo tăng nhanh nhất đến năm 2025.",
            "2023-04-18",
            "ministry",
            ["analysis", "forecast", "power_no_count", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "3. CL-100 (máy cắt lúa xếp dãy): 0,15 ha/giờ, hao hụt 1,2%. Nơi chế tạo: Công ty CP Cơ khí Nông nghiệp Miền Tây Xanh, KCN Sông Hậu, tỉnh Hậu Giang.",
            "2012-08-20",
            "provincial",
            ["numbered_list", "model_code_no_count", "rate_per_hour_no_area", "park", "no_event"],
            firms=[f("Cơ khí Nông nghiệp Miền Tây Xanh", "Công ty CP")],
            percentages=[1.2],
            provinces=[pv("Hậu Giang")],
            locations=[park("Khu công nghiệp Sông Hậu")],
            events=[],
        ),
        h(
            n(),
            "Nơi đặt mua máy gặt đập liên hợp:\n– Cty TNHH MTV Chế tạo Động cơ Gia Kiệm\n– Cơ sở Bảy Lành – Long An\n– Cơ sở Út Lợi – Cần Thơ",
            "2012-08-20",
            "provincial",
            ["supplier_list", "cty_abbreviation", "workshop_no_firm", "multiline", "no_event"],
            firms=[f("Chế tạo Động cơ Gia Kiệm", "Công ty TNHH MTV")],
            provinces=[pv("Long An"), pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "Theo Bộ Công Thương, cả nước có khoảng 1.400 cơ sở làm máy nông nghiệp, nhưng chỉ chừng 60 đơn vị có xưởng đúc và nhiệt luyện riêng.",
            "2021-11-22",
            "ministry",
            ["feature", "statistic", "count", "approx", "nfd", "no_event"],
            organizations=["Bộ Công Thương"],
            quantities=[c(1400, "cơ sở", True), c(60, "đơn vị", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a carmaker opens a farm-machinery plant, told body-first on a city daily (S4 r4, S14 r3:
    # one page, 2 slots) ---
    rows += [
        h(
            n(),
            "Ô tô Thành Châu khánh thành nhà máy máy nông nghiệp 680 tỷ đồng\n\nNhà máy rộng 16.800 m2 ở Khu kinh tế Dung Quất đã ngốn 680 tỷ đồng và 14 tháng thi công; từ nay, nơi đây xuất xưởng máy kéo 22-110 HP, máy gặt đập liên hợp và nông cụ kéo theo.",
            "2019-03-14",
            "provincial",
            [
                "headline_lead",
                "inauguration_with_capital",
                "headline_amount",
                "short_name",
                "zone",
                "zone_no_province",
                "m2_to_ha",
                "duration_no_count",
                "power_no_count",
                "multiline",
            ],
            firms=[f("Ô tô Thành Châu")],
            locations=[zone("Khu kinh tế Dung Quất")],
            areas=[ha(1.68)],
            money=[m(680 * B, "VND"), m(680 * B, "VND")],
            deals=[deal("investment", ["Ô tô Thành Châu"], 680 * B)],
            events=[ev("inauguration", [F("Ô tô Thành Châu")], 680 * B, "VND", None, "completed")],
        ),
        h(
            n(),
            "Kỹ sư Thành Châu được Tập đoàn Yeongnam Agrotech (Hàn Quốc) kèm cặp theo thoả thuận chuyển giao công nghệ ký năm 2018; đích đến là 45% giá trị khu vực cho linh kiện máy kéo.",
            "2019-03-14",
            "provincial",
            [
                "recalled_agreement",
                "technology_transfer",
                "cooperation_deal",
                "deal_no_event",
                "object_first",
                "short_name",
                "country_bracket",
                "old_tone",
            ],
            firms=[f("Thành Châu"), f("Yeongnam Agrotech", "Tập đoàn")],
            locations=[country("Hàn Quốc")],
            percentages=[45],
            deals=[deal("cooperation", ["Yeongnam Agrotech", "Thành Châu"])],
            events=[],
        ),
        h(
            n(),
            "Chỉ bệ đo lực kéo và bàn thử trục trích công suất là phải mua từ Hàn Quốc; đồ gá và máy móc còn lại trong xưởng đều do kỹ sư nhà máy tự thiết kế.",
            "2019-03-14",
            "provincial",
            ["equipment_origin_no_deal", "country", "nfd", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Năm đầu, Thành Châu tính bán 650 máy kéo, tương đương 9% thị phần; đến năm 2028, con số kỳ vọng là khoảng 2.600 máy và 35% thị trường.",
            "2019-03-14",
            "provincial",
            ["target_no_deal", "short_name", "count", "approx", "no_event"],
            firms=[f("Thành Châu")],
            quantities=[c(650, "máy kéo"), c(2600, "máy", True)],
            percentages=[9, 35],
            events=[],
        ),
        h(
            n(),
            "Đại lý ở Lào và Campuchia đã hỏi mua; Myanmar và Bangladesh là hai thị trường kế tiếp mà hãng nhắm tới.",
            "2019-03-14",
            "provincial",
            ["export_plan_no_deal", "country_list", "count_in_words", "no_event"],
            locations=[country("Lào"), country("Campuchia"), country("Myanmar"), country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "Thép tấm, vỏ cabin và bánh xe sẽ đặt của các xưởng cơ khí địa phương; chỉ hộp số thủy lực và bộ điều khiển điện tử là còn phải nhập.",
            "2019-03-14",
            "provincial",
            ["suppliers_unnamed_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ông Phạm Đình Lực, Chủ tịch HĐQT Thành Châu, nói mẫu máy kéo 35 HP bánh lồng được thiết kế riêng cho ruộng lún ở đồng bằng sông Cửu Long.",
            "2019-03-14",
            "provincial",
            ["person_role_after", "short_name", "power_no_count", "region_no_location", "no_event"],
            persons=[per("Phạm Đình Lực", "Chủ tịch HĐQT Thành Châu")],
            firms=[f("Thành Châu")],
            events=[],
        ),
        h(
            n(),
            "Chiếc máy kéo đầu tiên rời dây chuyền là loại bốn bánh 50 HP, sơn màu cam.",
            "2019-03-14",
            "provincial",
            ["count_in_words", "power_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: the same opening on a national news site, with its doubled headline and byline, the
    # co-hosting committee and the attendees (S14 r4) ---
    rows += [
        h(
            n(),
            "Quảng Ngãi: Đưa vào vận hành nhà máy máy nông nghiệp mang thương hiệu Việt\n\nQuảng Ngãi: Đưa vào vận hành nhà máy máy nông nghiệp mang thương hiệu Việt\n\nVũ Hạnh Nguyên\n\nVũ Hạnh Nguyên\n\nThứ 5, 14/03/2019 18:20",
            "2019-03-14",
            "provincial",
            [
                "repeated_headline",
                "repeated_byline",
                "byline_person",
                "timestamp",
                "opening_no_firm",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Quảng Ngãi")],
            persons=[per("Vũ Hạnh Nguyên", None)],
            events=[],
        ),
        h(
            n(),
            "Lần đầu một doanh nghiệp ô tô trong nước tự đứng ra thiết kế và chế tạo máy nông nghiệp mang nhãn hiệu Việt, thay vì chỉ nhập máy về phân phối.",
            "2019-03-14",
            "provincial",
            ["lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy máy nông nghiệp của Công ty CP Ô tô Thành Châu tại Khu kinh tế Dung Quất chính thức chạy máy sáng 14/3, trong buổi lễ do UBND tỉnh Quảng Ngãi và doanh nghiệp cùng tổ chức.",
            "2019-03-14",
            "provincial",
            [
                "inauguration_no_capital",
                "object_first",
                "co_host_committee_party",
                "event_no_deal",
                "zone",
                "ubnd_expanded",
            ],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Ô tô Thành Châu", "Công ty CP")],
            locations=[zone("Khu kinh tế Dung Quất")],
            events=[
                ev(
                    "inauguration",
                    [G("UBND tỉnh Quảng Ngãi"), F("Ô tô Thành Châu")],
                    None,
                    None,
                    QNg,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Ông Phạm Đình Lực, Chủ tịch HĐQT Thành Châu, đón ông Lê Quang Khải, Bí thư Tỉnh ủy Quảng Ngãi, và ông Trần Ngọc Bảo, Chủ tịch UBND tỉnh, tại buổi lễ; có mặt còn có lãnh đạo nhiều sở, ngành.",
            "2019-03-14",
            "provincial",
            [
                "attendee_list",
                "person_role_after",
                "province_in_role",
                "attendee_no_party",
                "nfd",
                "no_event",
            ],
            persons=[
                per("Phạm Đình Lực", "Chủ tịch HĐQT Thành Châu"),
                per("Lê Quang Khải", "Bí thư Tỉnh ủy Quảng Ngãi"),
                per("Trần Ngọc Bảo", "Chủ tịch UBND tỉnh"),
            ],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Thành Châu")],
            events=[],
        ),
        h(
            n(),
            "680 tỷ đồng là số vốn Thành Châu đã rót vào nhà máy rộng 16.800 m2 này; công suất giai đoạn một gồm 2.400 máy kéo, 800 máy gặt đập và 3.500 bộ nông cụ mỗi năm.",
            "2019-03-14",
            "provincial",
            [
                "amount_first",
                "recalled_investment",
                "deal_no_event",
                "short_name",
                "m2_to_ha",
                "capacity_no_count",
                "no_site",
            ],
            firms=[f("Thành Châu")],
            areas=[ha(1.68)],
            money=[m(680 * B, "VND")],
            deals=[deal("investment", ["Thành Châu"], 680 * B)],
            events=[],
        ),
        h(
            n(),
            "Công nghệ lắp ráp đến từ Tập đoàn Yeongnam Agrotech (hãng máy nông nghiệp lớn nhất Hàn Quốc - PV), đối tác đã cử 12 chuyên gia sang kèm dây chuyền trong năm đầu.",
            "2019-03-14",
            "provincial",
            ["technology_transfer_one_party", "editor_note", "country", "count", "no_event"],
            firms=[f("Yeongnam Agrotech", "Tập đoàn")],
            locations=[country("Hàn Quốc")],
            quantities=[c(12, "chuyên gia")],
            events=[],
        ),
    ]
    # --- A Japanese business daily on the same opening, read for its shape and rendered in Vietnamese (S6 r4) ---
    rows += [
        h(
            n(),
            "Hãng ô tô lớn nhất Việt Nam làm máy nông nghiệp, bán cả sang ASEAN\n\n15/3/2019\nBáo Nikkei, số sáng\n[Hà Nội – Morioka Shun] Máy kéo, máy xới và máy gặt, tổng cộng 7.000 chiếc mỗi năm, sẽ ra từ nhà máy mà Công ty CP Ô tô Thành Châu vừa cho chạy; hãng định bán cả trong nước lẫn ở các nước ASEAN.",
            "2019-03-15",
            "ministry",
            [
                "foreign_page_rendered",
                "headline_lead",
                "outlet_nothing",
                "byline_dateline",
                "object_first",
                "inauguration_no_capital",
                "event_no_deal",
                "capacity_no_count",
                "multiline",
            ],
            provinces=[pv("Hà Nội")],
            persons=[per("Morioka Shun", None)],
            firms=[f("Ô tô Thành Châu", "Công ty CP")],
            events=[ev("inauguration", [F("Ô tô Thành Châu")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Trước Thành Châu, chưa hãng Việt nào làm máy kéo ở quy mô công nghiệp; mục tiêu là 35% thị trường trong nước vào năm 2028.",
            "2019-03-15",
            "ministry",
            ["foreign_page_rendered", "target_no_deal", "short_name", "no_event"],
            firms=[f("Thành Châu")],
            percentages=[35],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm, trên mặt bằng 16.800 m2 ở tỉnh Quảng Ngãi (miền Trung), nhà máy có thể xuất 2.400 máy kéo, 3.500 máy xới cùng máy gặt…\n[Dành cho hội viên] Đăng ký bản điện tử để đọc tiếp.",
            "2019-03-15",
            "ministry",
            [
                "foreign_page_rendered",
                "paywall",
                "m2_to_ha",
                "capacity_no_count",
                "region_no_location",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Quảng Ngãi")],
            areas=[ha(1.68)],
            events=[],
        ),
    ]
    # --- A Japanese trade newsletter on Japanese farm-machinery makers in ASEAN, rendered in Vietnamese (S6 r3) ---
    rows += [
        h(
            n(),
            "Thông tin nhà máy Trung Quốc – châu Á\n2019.05.20 Tập 31 Số 9\nPhân tích ngành <Máy móc>\nCác hãng máy nông nghiệp Nhật tăng tốc ở ASEAN: trung tâm R&D tại Thái Lan, máy kéo cỡ trung tại Việt Nam",
            "2019-05-20",
            "ministry",
            [
                "foreign_page_rendered",
                "newsletter_header",
                "issue_numbers_no_count",
                "country_adjective",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Trung Quốc"), country("Nhật"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Đồng ruộng Đông Nam Á đang thiếu người vì lao động trẻ lên thành phố, điều các hãng Nhật coi là cơ hội khi doanh số ở quê nhà đi xuống.",
            "2019-05-20",
            "ministry",
            ["foreign_page_rendered", "country_adjective", "region_no_location", "nfd", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Việt Nam sẽ có dây chuyền máy kéo cỡ trung đầu tiên của Ishido Noki từ năm 2021; cùng lúc, Kurihama Kikai chọn Thái Lan để đặt trung tâm R&D mới.",
            "2019-05-20",
            "ministry",
            [
                "foreign_page_rendered",
                "announced_investment",
                "planned_plant_of_firm",
                "two_firms_two_plans",
                "plan_abroad",
                "country",
                "no_site",
            ],
            firms=[f("Ishido Noki"), f("Kurihama Kikai")],
            locations=[country("Thái Lan")],
            deals=[deal("investment", ["Ishido Noki"]), deal("investment", ["Kurihama Kikai"])],
            events=[
                ev("investment_announcement", [F("Ishido Noki")], None, None, None, "announced"),
                ev("investment_announcement", [F("Kurihama Kikai")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "Công ty bán hàng của Tanba Hatsudoki ở Campuchia thì đã hoạt động từ năm 2017.\nNghiêm cấm sao chép bài viết, ảnh và biểu đồ. Bản quyền thuộc Hãng tin Công nghiệp Nặng và Hóa chất.",
            "2019-05-20",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_subsidiary",
                "deal_no_event",
                "copyright_line_nothing",
                "country",
                "multiline",
            ],
            firms=[f("Tanba Hatsudoki")],
            locations=[country("Campuchia")],
            deals=[deal("investment", ["Tanba Hatsudoki"])],
            events=[],
        ),
    ]
    # --- An Italian shipping site's two items on marine diesel engines, rendered in Vietnamese (S19 r2, S19 r3) ---
    rows += [
        h(
            n(),
            "Một số mẫu động cơ diesel thấp tốc của Công ty Alpmar Engines Ltd (Thụy Sĩ) sẽ được làm ngay tại nhà máy của Tổng công ty Đóng tàu Cam Ranh, theo thỏa thuận hai bên vừa ký.",
            "2008-09-15",
            "ministry",
            [
                "foreign_page_rendered",
                "licence_agreement",
                "object_first",
                "cooperation_deal",
                "licensor_first",
                "foreign_form",
                "country_bracket",
            ],
            firms=[f("Alpmar Engines", "Ltd"), f("Đóng tàu Cam Ranh", "Tổng công ty")],
            locations=[country("Thụy Sĩ")],
            deals=[deal("cooperation", ["Alpmar Engines", "Đóng tàu Cam Ranh"])],
            events=[
                ev("cooperation", [F("Alpmar Engines"), F("Đóng tàu Cam Ranh")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Phải đến đầu năm 2012, chiếc máy đầu tiên mang nhãn “made in Vietnam” mới xuất xưởng.",
            "2008-09-15",
            "ministry",
            ["foreign_page_rendered", "schedule", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai tàu hàng rời 54.000 tấn đóng cho chủ tàu Na Uy, giao năm 2010, sẽ lắp động cơ thấp tốc mà Đóng tàu Cam Ranh đã đặt mua của Alpmar, hàng nhập từ Nhật Bản và Ba Lan.",
            "2008-09-15",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_order",
                "supply_contract",
                "seller_first",
                "deal_no_event",
                "short_name",
                "country_list",
                "tonnage_no_count",
            ],
            firms=[f("Đóng tàu Cam Ranh"), f("Alpmar")],
            locations=[country("Na Uy"), country("Nhật Bản"), country("Ba Lan")],
            deals=[deal("supply_contract", ["Alpmar", "Đóng tàu Cam Ranh"])],
            events=[],
        ),
        h(
            n(),
            "Một triệu mã lực mỗi năm là công suất khởi điểm của liên doanh động cơ diesel tàu thủy đặt ở Thượng Hải mà Công ty Cơ khí nặng Donghai, Tập đoàn Đóng tàu Huaxia (Trung Quốc) và hãng Setouchi Marine Engine (Nhật Bản) vừa lập; nhà máy chạy từ năm 2008.",
            "2006-12-28",
            "ministry",
            [
                "foreign_page_rendered",
                "joint_venture",
                "capacity_first",
                "three_partners",
                "one_deal_per_pair",
                "city_abroad_nothing",
                "country_bracket",
                "capacity_no_count",
            ],
            firms=[
                f("Cơ khí nặng Donghai", "Công ty"),
                f("Đóng tàu Huaxia", "Tập đoàn"),
                f("Setouchi Marine Engine"),
            ],
            locations=[country("Trung Quốc"), country("Nhật Bản")],
            deals=[
                deal("cooperation", ["Cơ khí nặng Donghai", "Đóng tàu Huaxia"]),
                deal("cooperation", ["Cơ khí nặng Donghai", "Setouchi Marine Engine"]),
                deal("cooperation", ["Đóng tàu Huaxia", "Setouchi Marine Engine"]),
            ],
            events=[
                ev(
                    "joint_venture",
                    [F("Cơ khí nặng Donghai"), F("Đóng tàu Huaxia"), F("Setouchi Marine Engine")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]
    # --- A rural-industry agency's feature on a pump inventor's workshop (S5 r4) ---
    rows += [
        h(
            n(),
            "Chiếc máy bơm hướng trục tiết kiệm điện của ông Trần Văn Khiêm gần như là niềm tự hào chung của phường Bắc Sơn, thị xã Bỉm Sơn (Thanh Hoá).",
            "2015-07-20",
            "provincial",
            [
                "feature_lead",
                "object_first",
                "district",
                "ward_no_location",
                "province_bracket",
                "old_tone",
                "person_no_role",
                "no_event",
            ],
            provinces=[pv("Thanh Hóa")],
            locations=[district("thị xã Bỉm Sơn")],
            persons=[per("Trần Văn Khiêm", None)],
            events=[],
        ),
        h(
            n(),
            "Trước khi làm bơm, ông Khiêm có hơn chục năm đi hàn thuê cho các trạm bơm của hợp tác xã.",
            "2015-07-20",
            "provincial",
            ["given_name_alone_no_person", "vague_duration", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bản vẽ thứ bảy mới thành: bơm đặt nghiêng, bỏ hẳn ống hút, cùng lưu lượng 3.600 m3/h mà chỉ ngốn chừng một phần ba số điện của bơm trục đứng.",
            "2015-07-20",
            "provincial",
            [
                "ordinal_no_count",
                "fraction_no_percentage",
                "capacity_no_count",
                "nfd",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Khoảng 40 triệu đồng tiền vật tư mỗi trạm được bớt nhờ không còn đoạn ống thép dài chừng 5 m, đường kính 0,8 m.",
            "2015-07-20",
            "provincial",
            ["amount_first", "saving_amount", "length_no_count", "approx", "no_event"],
            money=[m(40 * M, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Đến nay, xưởng của ông đã lắp hơn 120 máy cho các hợp tác xã ở Thanh Hóa, Ninh Bình và Nam Định.",
            "2015-07-20",
            "provincial",
            ["buyers_unnamed_no_deal", "count", "approx", "province_list", "no_event"],
            quantities=[c(120, "máy", True)],
            provinces=[pv("Thanh Hóa"), pv("Ninh Bình"), pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "Năm 2014, chiếc bơm được UBND tỉnh Thanh Hóa công nhận là sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh.",
            "2015-07-20",
            "provincial",
            ["award_no_deal", "ubnd_expanded", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Thanh Hóa"],
            provinces=[pv("Thanh Hóa")],
            events=[],
        ),
        h(
            n(),
            "Mỗi đời máy sau lại sửa những chỗ yếu mà thợ vận hành trạm bơm phản ánh từ mùa trước.",
            "2015-07-20",
            "provincial",
            ["no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly on FDI into engineering and farm machinery, with related links (S10 r2) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Nhà máy cơ khí và máy nông nghiệp vốn ngoại vẫn mọc lên đều đặn trong chín tháng đầu năm 2024, trái với tâm lý chờ đợi ở nhiều ngành khác, giới chuyên gia nhận xét.",
            "2024-10-05",
            "ministry",
            ["outlet_prefix_nothing", "lead", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Các tỉnh phía Bắc giữ 38 USD trong mỗi 100 USD vốn FDI mới\n- Hàn Quốc rót thêm 2 tỉ USD vào linh kiện điện tử ở Bắc Ninh",
            "2024-10-05",
            "ministry",
            ["related_links", "country_as_investor_no_deal", "country", "multiline", "no_event"],
            money=[m(38, "USD"), m(100, "USD"), m(2 * B, "USD")],
            locations=[country("Hàn Quốc")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 15,2 tỉ USD vốn ngoại đã đăng ký trong nửa đầu 2024, tăng 13,1%, sau một năm 2023 giảm gần 8%.",
            "2024-10-05",
            "ministry",
            ["amount_first", "statistic", "approx", "nfd", "no_event"],
            money=[m(15.2 * B, "USD", approx=True)],
            percentages=[13.1, 8],
            events=[],
        ),
        h(
            n(),
            "Riêng nhóm máy móc, thiết bị nông nghiệp có 27 dự án mới, phần nhiều của nhà đầu tư Trung Quốc và Thái Lan, theo Cục Đầu tư nước ngoài.",
            "2024-10-05",
            "ministry",
            ["statistic", "projects_unnamed_no_deal", "count", "country_adjective", "no_event"],
            quantities=[c(27, "dự án")],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            organizations=["Cục Đầu tư nước ngoài"],
            events=[],
        ),
        h(
            n(),
            "Các chuyên gia của Tổng cục Thống kê lo lãi suất cao ở Mỹ và châu Âu sẽ còn khiến nhà đầu tư chần chừ đến hết năm.",
            "2024-10-05",
            "ministry",
            ["outlook", "country", "region_no_location", "no_event"],
            organizations=["Tổng cục Thống kê"],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a city daily's opinion piece on machinery exports, with its date prefix (S11 r4) ---
    rows += [
        h(
            n(),
            " date 2018-05 Học Thái Lan chuyện bán máy\nHơn 4.100 máy kéo và máy gặt của Thái Lan đã sang Campuchia, Lào và Myanmar chỉ trong năm tháng đầu năm, nhiều hơn 37% so với cùng kỳ.",
            "2018-06-02",
            "ministry",
            [
                "date_prefix",
                "headline_lead",
                "object_first",
                "country_list",
                "count",
                "approx",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            locations=[country("Thái Lan"), country("Campuchia"), country("Lào"), country("Myanmar")],
            quantities=[c(4100, "máy kéo và máy gặt", True)],
            percentages=[37],
            events=[],
        ),
        h(
            n(),
            "Đại lý ở 12 quốc gia đang nhận máy từ 58 doanh nghiệp Thái Lan, còn hàng Việt chủ yếu vẫn quanh quẩn trong nước. TS NGUYỄN HỮU PHƯỚC",
            "2018-06-02",
            "ministry",
            ["count", "country", "caps_byline_person", "title_no_role", "nfd", "no_event"],
            quantities=[c(12, "quốc gia"), c(58, "doanh nghiệp")],
            locations=[country("Thái Lan")],
            persons=[per("NGUYỄN HỮU PHƯỚC", None)],
            events=[],
        ),
        h(
            n(),
            "Theo ông, muốn bán máy ra nước ngoài thì phải dựng mạng lưới phụ tùng và thợ sửa ở đó trước, điều mà các hãng Thái đã làm từ cả chục năm.",
            "2018-06-02",
            "ministry",
            ["country_adjective", "vague_duration", "no_event"],
            locations=[country("Thái")],
            events=[],
        ),
        h(
            n(),
            " date 2018-05 Năm 2017, máy móc nông nghiệp Việt Nam xuất khẩu đạt khoảng 460 triệu USD, giảm 6% về giá trị.",
            "2018-06-02",
            "ministry",
            ["date_prefix", "statistic", "approx", "no_event"],
            money=[m(460 * M, "USD", approx=True)],
            percentages=[6],
            events=[],
        ),
    ]
    # --- More lines of the Vietnamese news pages above (S4 r4, S5 r4, S10 r2, S11 r4) ---
    rows += [
        h(
            n(),
            "Tăng tốc những tháng cuối năm\nTheo Bộ Kế hoạch và Đầu tư, vốn vào cơ khí thường dồn về quý IV, khi các dự án lớn hoàn tất thủ tục.",
            "2024-10-05",
            "ministry",
            ["subheading", "quarter_no_date", "multiline", "no_event"],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            events=[],
        ),
        h(
            n(),
            "Máy gặt đập liên hợp, máy sấy và dây chuyền xay xát là ba mặt hàng chiếm tới 70% kim ngạch, phần lớn bán cho thương lái Campuchia.",
            "2018-06-02",
            "ministry",
            ["statistic", "count_in_words", "country_adjective", "no_event"],
            percentages=[70],
            locations=[country("Campuchia")],
            events=[],
        ),
    ]
    # --- English: the national English daily on the opening (S17 r1) ---
    rows += [
        h(
            n(),
            "Home-grown tractors roll off the line in Quảng Ngãi\n\nMarch 14, 2019 - 17:40\n\nFourteen months after work began in the Dung Quất Economic Zone, a made-in-Việt Nam tractor has left the line at the farm machinery plant of Thành Châu Automobile JSC (Thachauco).\n\nWorkers fit a cab on the tractor line. The plant can build 7,000 machines a year. — VNS Photo Thanh Hải",
            "2019-03-14",
            "ministry",
            [
                E,
                "headline_timestamp_lead",
                "inauguration_no_capital",
                "event_no_deal",
                "object_first",
                "headline_province_site",
                "acronym_bracket",
                "english_zone_no_location",
                "capacity_no_count",
                "photo_credit_person",
                "multiline",
            ],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Thành Châu Automobile", "JSC")],
            persons=[per("Thanh Hải", None)],
            events=[ev("inauguration", [F("Thành Châu Automobile")], None, None, QNg, "completed")],
        ),
        h(
            n(),
            "QUẢNG NGÃI — A yearly 2,400 tractors and 800 combine harvesters, plus ploughs and seeders, are planned from the VNĐ680 billion (US$29.3 million) plant, which sits on 1.7ha.",
            "2019-03-14",
            "ministry",
            [
                E,
                "dateline_province",
                "plant_no_firm",
                "bracketed_conversion",
                "area",
                "capacity_no_count",
                "no_event",
            ],
            provinces=[pv("Quảng Ngãi")],
            areas=[ha(1.7)],
            money=[m(680 * B, "VND"), m(29.3 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Know-how comes from South Korea's Yeongnam Agrotech, with which Thachauco signed a technology deal last April.",
            "2019-03-14",
            "ministry",
            [
                E,
                "recalled_agreement",
                "cooperation_deal",
                "deal_no_event",
                "month_no_date",
                "country_possessive",
            ],
            firms=[f("Yeongnam Agrotech"), f("Thachauco")],
            locations=[country("South Korea")],
            deals=[deal("cooperation", ["Yeongnam Agrotech", "Thachauco"])],
            events=[],
        ),
        h(
            n(),
            "A 9 per cent share of the domestic tractor market this year, rising to 35 per cent by 2028, is the goal, said Thachauco official Nguyễn Đăng Khoa.",
            "2019-03-14",
            "ministry",
            [E, "role_before_name", "target_no_deal", "no_event"],
            persons=[per("Nguyễn Đăng Khoa", "Thachauco official")],
            firms=[f("Thachauco")],
            percentages=[9, 35],
            events=[],
        ),
        h(
            n(),
            "Thachauco is no stranger to Korean industry: it has held 60 per cent of Busan-based Gyeongbuk Special Vehicles, a tanker and tipper-body maker, since 2014.",
            "2019-03-14",
            "ministry",
            [
                E,
                "recalled_stake",
                "holder_investment",
                "deal_no_event",
                "city_abroad_nothing",
                "adjective_no_country",
                "no_site",
            ],
            firms=[f("Thachauco"), f("Gyeongbuk Special Vehicles")],
            percentages=[60],
            deals=[deal("investment", ["Thachauco"])],
            events=[],
        ),
    ]
    # --- English: a national news site's English page on farm engineering, a year before the opening (S17 r2,
    # S20 r1: one page, 2 slots) ---
    rows += [
        h(
            n(),
            "VietNamNet Bridge – Thai farmers have about 4 HP of machinery for each hectare and Japanese ones almost 11 HP; in Vietnam the figure is nearer 1.8 HP.\n\n{keywords}\n\nAround 65 percent of the farm machines used in the country are still imported.",
            "2018-05-10",
            "ministry",
            [
                E,
                "outlet_prefix_nothing",
                "template_junk",
                "power_no_count",
                "adjective_no_country",
                "multiline",
                "no_event",
            ],
            percentages=[65],
            events=[],
        ),
        h(
            n(),
            "Thachauco chairman Pham Dinh Luc first floated the move into farm machinery in late 2017, talking then of a fully mechanised rice farm before settling on a machinery plant.",
            "2018-05-10",
            "ministry",
            [E, "role_before_name", "plan_without_investment_verb", "no_event"],
            persons=[per("Pham Dinh Luc", "Thachauco chairman")],
            firms=[f("Thachauco")],
            events=[],
        ),
        h(
            n(),
            "Dung Quat Economic Zone in Quang Ngai province, home to the carmaker's main assembly site, will host the farm-machinery plant under a cooperation agreement signed by Thachauco and South Korea's Yeongnam Agrotech.",
            "2018-05-10",
            "ministry",
            [
                E,
                "place_first",
                "cooperation_agreement",
                "cooperation_deal",
                "plant_no_investor",
                "english_zone_no_location",
                "country_possessive",
                "unaccented_province",
            ],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Thachauco"), f("Yeongnam Agrotech")],
            locations=[country("South Korea")],
            deals=[deal("cooperation", ["Thachauco", "Yeongnam Agrotech"], None, QNg)],
            events=[ev("cooperation", [F("Thachauco"), F("Yeongnam Agrotech")], None, None, QNg, "signed")],
        ),
        h(
            n(),
            "Da Phuc Engine Corporation (DAPHUCO), long the State's flagship engine and farm-machine maker, has been a joint stock company since 2017.",
            "2018-05-10",
            "ministry",
            [E, "equitisation_no_deal", "acronym_bracket", "corporation_in_name", "no_event"],
            firms=[f("Da Phuc Engine Corporation")],
            events=[],
        ),
    ]
    # --- English: the national news agency's English service on the opening (S17 r4) ---
    rows += [
        h(
            n(),
            "Quang Ngai (VNA) – A farm machinery plant built by Thanh Chau Automobile JSC (Thachauco) in the Dung Quat Economic Zone of the central province of Quang Ngai began operating on March 14.",
            "2019-03-15",
            "ministry",
            [
                E,
                "dateline_agency",
                "object_first",
                "inauguration_no_capital",
                "event_no_deal",
                "english_zone_no_location",
                "unaccented_province",
            ],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Thanh Chau Automobile", "JSC")],
            events=[ev("inauguration", [F("Thanh Chau Automobile")], None, None, QNg, "completed")],
        ),
        h(
            n(),
            "Tractors of 22-110HP, combine harvesters and other farm equipment will come from the 680-billion-VND facility, which covers 16,800 square metres.",
            "2019-03-15",
            "ministry",
            [E, "plant_no_firm", "hyphenated_amount", "area_m2", "power_no_count", "no_event"],
            areas=[ha(1.68)],
            money=[m(680 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "A bus-body line of 100,000 units a year is next, due on April 2, and the company's industrial complex is to grow to 152 hectares this year.",
            "2019-03-15",
            "ministry",
            [E, "firm_unnamed_no_deal", "capacity_no_count", "area", "no_event"],
            areas=[ha(152)],
            events=[],
        ),
        h(
            n(),
            "Only high-technology parts, chiefly from the Republic of Korea, will be imported; steel parts and castings will be bought locally.-VNA",
            "2019-03-15",
            "ministry",
            [E, "country", "agency_credit_nothing", "no_event"],
            locations=[country("Republic of Korea")],
            events=[],
        ),
    ]
    # --- English: a provincial paper's English page on a national dryer and reaper trial (S18 r1) ---
    rows += [
        h(
            n(),
            "Dong Thap Province hosted the 9th national Rice Dryer and Reaper Trials from 18 to 23 March, with the Ministry of Agriculture and Rural Development (MARD) and farm machinery firms as sponsors.",
            "2016-03-25",
            "ministry",
            [
                E,
                "place_first",
                "trial_no_deal",
                "ordinal_no_count",
                "acronym_bracket",
                "unaccented_province",
                "no_event",
            ],
            provinces=[pv("Đồng Tháp")],
            organizations=["Ministry of Agriculture and Rural Development"],
            events=[],
        ),
        h(
            n(),
            "An 11-member jury scored nine entries – five Vietnamese, two Japanese and two Thai – on drying rate, grain cracking, husk use and ease of operation.",
            "2016-03-25",
            "ministry",
            [
                E,
                "count_in_words",
                "adjective_no_country",
                "compound_number_no_count",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Officials and machinery dealers from Laos, 14 in all, attended with the backing of the IRRI-ADB Postharvest Learning Alliance, hoping to stage a similar trial at home.",
            "2016-03-25",
            "ministry",
            [E, "count_without_noun", "country", "organisation_with_acronyms", "no_event"],
            organizations=["IRRI-ADB Postharvest Learning Alliance"],
            locations=[country("Laos")],
            events=[],
        ),
        h(
            n(),
            "Labour shortages have pushed combine use in the Mekong Delta to nearly 85% of the rice area, against less than half in 2010, the alliance said.\n|",
            "2016-03-25",
            "ministry",
            [E, "statistic", "region_no_location", "fraction_no_percentage", "multiline", "no_event"],
            percentages=[85],
            events=[],
        ),
    ]
    # --- English: a wiki's diff view of a dryer paper (S18 r2), a journal abstract (S18 r3) and a document store's
    # study section (S18 r4) ---
    rows += [
        h(
            n(),
            "| Line 88: | Line 87: |\n|  | ===== A LOW-COST FLAT-BED DRYER WITH A RICE-HUSK FURNACE: FIELD RESULTS ===== |\n|  | By Tran Van Hoa (*), Nguyen Thi Mai (**) |\n|  | (*) Faculty of Agricultural Engineering, Can Tho University, Vietnam |",
            "2011-04-02",
            "ministry",
            [
                E,
                "wiki_diff",
                "table_markup",
                "authors_no_role",
                "university_org",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Tran Van Hoa", None), per("Nguyen Thi Mai", None)],
            organizations=["Can Tho University"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "|  | ABSTRACT |\n|  | Most small farmers in the Mekong Delta still dry paddy on roads |\n|  | or in yards; a 4-tonne batch dryer burning rice husk |\n|  | was tested on 6 farms in Soc Trang. |",
            "2011-04-02",
            "ministry",
            [
                E,
                "wiki_diff",
                "table_markup",
                "capacity_no_count",
                "count",
                "unaccented_province",
                "multiline",
                "no_event",
            ],
            quantities=[c(6, "farms")],
            provinces=[pv("Sóc Trăng")],
            events=[],
        ),
        h(
            n(),
            "Post-harvest losses and drying of maize in the Central Highlands of Vietnam\n\nMinh Quang Vo\nIn Dak Lak and Gia Lai, maize is mostly sun-dried on the cob, and losses between harvest and storage reach 12-15%.",
            "2019-06-30",
            "ministry",
            [
                E,
                "journal_abstract",
                "author_no_role",
                "region_no_location",
                "unaccented_province",
                "percentage_range",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Quang Vo", None)],
            provinces=[pv("Đắk Lắk"), pv("Gia Lai")],
            percentages=[12, 15],
            events=[],
        ),
        h(
            n(),
            "Batch dryers built by local workshops have spread since 2010; by 2016 they handled about a third of the crop.\nDOI: 10.17660/ActaHortic.2019.1245.7\npost-harvest, maize, drying, Vietnam\n\nActa Horticulturae",
            "2019-06-30",
            "ministry",
            [
                E,
                "journal_abstract",
                "doi_no_decision",
                "keywords",
                "fraction_no_percentage",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "23\nSection 3\nA survey of rice mills in the Red River Delta of Viet nam\nABSTRACT\nThe survey covered 42 mills of 2-20 tonnes per hour in Thai Binh and Nam Dinh, comparing single-pass with multi-pass whitening.",
            "2012-09-10",
            "ministry",
            [
                E,
                "document_store",
                "page_number_no_count",
                "count",
                "capacity_no_count",
                "unaccented_province",
                "multiline",
                "no_event",
            ],
            quantities=[c(42, "mills")],
            provinces=[pv("Thái Bình"), pv("Nam Định")],
            events=[],
        ),
        h(
            n(),
            "About 9,300 mills were counted in 2008, three times the 1995 number, but owners complained of scarce loans and rising power prices.",
            "2012-09-10",
            "ministry",
            [E, "document_store", "count", "approx", "multiplier_no_percentage", "no_event"],
            quantities=[c(9300, "mills", True)],
            events=[],
        ),
    ]
    # --- English: a US trucking trade magazine on an engine maker's memorandum with a state truck maker (S19 r1) ---
    rows += [
        h(
            n(),
            "Harlan Power Eyes Engine JV in Vietnam\n\nA 50-50 joint venture to build off-highway diesel engines for tractors and generators in Vietnam is the aim of a Memorandum of Understanding that Harlan Power Systems Inc. said today it has signed with Song Han Motor Corporation (Sohamco).",
            "2009-10-20",
            "ministry",
            [
                E,
                "headline_lead",
                "object_first",
                "mou",
                "mou_on_joint_venture",
                "headline_short_name",
                "foreign_form",
                "acronym_bracket",
                "relative_day_no_date",
                "multiline",
            ],
            firms=[f("Harlan Power"), f("Harlan Power Systems", "Inc."), f("Song Han Motor Corporation")],
            deals=[deal("mou", ["Harlan Power Systems", "Song Han Motor Corporation"])],
            events=[
                ev(
                    "mou",
                    [F("Harlan Power Systems"), F("Song Han Motor Corporation")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Harlan chief executive Ross Whitaker and Sohamco chairman Le Van Hanh put their names to the MOU in Hanoi on Oct. 6.",
            "2009-10-20",
            "ministry",
            [
                E,
                "mou",
                "signers_through_representatives",
                "role_before_name",
                "signing_city_mention",
                "deal_date",
                "year_inferred",
                "short_name",
            ],
            persons=[per("Ross Whitaker", "Harlan chief executive"), per("Le Van Hanh", "Sohamco chairman")],
            firms=[f("Harlan"), f("Sohamco")],
            provinces=[pv("Hà Nội")],
            deals=[deal("mou", ["Harlan", "Sohamco"], None, None, "2009-10-06")],
            events=[ev("mou", [F("Harlan"), F("Sohamco")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Deputy Prime Minister Hoang Trung Kien looked on as the two companies marked the deal at a reception in Washington today.",
            "2009-10-20",
            "ministry",
            [
                E,
                "ceremony_no_event",
                "parties_unnamed",
                "city_abroad_nothing",
                "role_before_name",
                "no_event",
            ],
            persons=[per("Hoang Trung Kien", "Deputy Prime Minister")],
            events=[],
        ),
        h(
            n(),
            "Whether the venture goes ahead depends on a feasibility study due by March 2010, Harlan said; Sohamco, owned by the State, assembles more trucks than anyone in Vietnam but buys all its engines.",
            "2009-10-20",
            "ministry",
            [E, "condition_no_deal", "study_no_deal", "short_name", "no_event"],
            firms=[f("Harlan"), f("Sohamco")],
            events=[],
        ),
        h(
            n(),
            "Neither the money involved nor a date for a binding agreement has been fixed.\n\nHide comments\n\n  • Allowed HTML tags: <em> <strong> <br>",
            "2009-10-20",
            "ministry",
            [E, "negated_deal", "comment_form", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a Singapore business daily on an engine maker's joint venture in China (S19 r4) ---
    rows += [
        h(
            n(),
            "You are here\n\nLijiang Power unit to make diesel engines with German partner\n\nA 50-50 joint venture making high-speed diesel engines in China is to be set up by Lijiang Engine Machinery Co Ltd, main operating arm of New York-listed Lijiang Power Holdings, and Rheinmotoren GmbH under an agreement signed on Friday.",
            "2016-03-11",
            "ministry",
            [
                E,
                "breadcrumb",
                "headline_one_party",
                "object_first",
                "joint_venture",
                "cooperation_deal",
                "foreign_form",
                "holdings_in_name",
                "adjective_no_country",
                "country",
                "plan_abroad",
                "weekday_no_date",
                "multiline",
            ],
            firms=[
                f("Lijiang Power"),
                f("Lijiang Engine Machinery", "Co Ltd"),
                f("Lijiang Power Holdings"),
                f("Rheinmotoren", "GmbH"),
            ],
            locations=[country("China")],
            deals=[deal("cooperation", ["Lijiang Engine Machinery", "Rheinmotoren"])],
            events=[
                ev(
                    "joint_venture",
                    [F("Lijiang Engine Machinery"), F("Rheinmotoren")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Output is due from 2018 at Lijiang's main works in Guangxi, with 90 million yuan (S$18.5 million) coming from each side.",
            "2016-03-11",
            "ministry",
            [
                E,
                "each_party_amount",
                "bracketed_conversion",
                "short_name",
                "region_abroad_nothing",
                "no_event",
            ],
            firms=[f("Lijiang")],
            money=[m(90 * M, "CNY"), m(18.5 * M, "SGD")],
            events=[],
        ),
        h(
            n(),
            "Vietnam, Thailand and Indonesia join Lijiang's sales map from 2021.",
            "2016-03-11",
            "ministry",
            [E, "sales_territory_no_deal", "short_name", "country_list", "no_event"],
            firms=[f("Lijiang")],
            locations=[country("Thailand"), country("Indonesia")],
            events=[],
        ),
    ]
    # --- English: a Vietnamese group's English news page on a US tractor maker's visit (S20 r2) ---
    rows += [
        h(
            n(),
            "Thachauco Agri's farms in Gia Lai, Vietnam, and Svay Rieng, Cambodia, hosted a Prairieland Equipment Corporation delegation from May 9 to 11, led by Asia-Pacific sales director Mr. Dale Hutchins.",
            "2023-05-15",
            "ministry",
            [
                E,
                "visit_no_deal",
                "place_first",
                "role_before_name",
                "honorific",
                "country",
                "province_abroad_nothing",
                "unaccented_province",
                "no_event",
            ],
            firms=[f("Thachauco Agri"), f("Prairieland Equipment Corporation")],
            provinces=[pv("Gia Lai")],
            locations=[country("Cambodia")],
            persons=[per("Dale Hutchins", "Asia-Pacific sales director")],
            events=[],
        ),
        h(
            n(),
            "“We now farm over 62,000 hectares and want machines for every step, from land preparation to harvest,” Mr. Le Hoang Nam, deputy head of the farm machinery department, told the visitors.",
            "2023-05-15",
            "ministry",
            [E, "quote_first", "person_role_after", "area", "approx", "no_event"],
            persons=[per("Le Hoang Nam", "deputy head of the farm machinery department")],
            areas=[ha(62000, True)],
            events=[],
        ),
        h(
            n(),
            "After the farms, the visitors were due to fly to Dung Quat to tour Thachauco's tractor and truck plants.",
            "2023-05-15",
            "ministry",
            [E, "tour_no_deal", "bare_place_nothing", "short_name", "no_event"],
            firms=[f("Thachauco")],
            events=[],
        ),
    ]
    # --- English: an investment portal's copy of a news agency interview with an engine maker's chairman (S20 r3) ---
    rows += [
        h(
            n(),
            "Q: What holds local parts makers back?\nA: Technology and money, says Vu Dinh Hoa, Chairman of Da Phuc Engine Corporation (DAPHUCO), in an interview with VietnamPlus.",
            "2017-08-22",
            "ministry",
            [
                E,
                "interview_qa",
                "person_role_after",
                "acronym_bracket",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Vu Dinh Hoa", "Chairman of Da Phuc Engine Corporation")],
            firms=[f("Da Phuc Engine Corporation")],
            events=[],
        ),
        h(
            n(),
            "Cheap loans and duty refunds on steel for farm machines are still missing, he says, even after Decree 111/2015/ND-CP on supporting industry.",
            "2017-08-22",
            "ministry",
            [E, "decree_number_ascii", "pronoun_speaker", "no_event"],
            decisions=[d("111/2015/ND-CP")],
            events=[],
        ),
        h(
            n(),
            "Japanese motorcycle makers take about 65 per cent of what DAPHUCO's three parts units – Da Phuc Spare Parts JSC, Dai Tu Forging JSC and Luu Xa Diesel Company – turn out.",
            "2017-08-22",
            "ministry",
            [
                E,
                "acronym_alone_firm",
                "subsidiary_list",
                "supply_without_contract_no_deal",
                "adjective_no_country",
                "count_in_words",
                "no_event",
            ],
            firms=[
                f("DAPHUCO"),
                f("Da Phuc Spare Parts", "JSC"),
                f("Dai Tu Forging", "JSC"),
                f("Luu Xa Diesel Company"),
            ],
            percentages=[65],
            events=[],
        ),
    ]
    # --- English: a legal database's English copy of a ministry decision, with its attribute table (S20 r4) ---
    rows += [
        h(
            n(),
            "Decision No. 1125/QD-BCT dated July 14, 2014 of the Ministry of Industry and Trade approving the plan to develop agricultural machinery manufacturing until 2020\nATTRIBUTE\nIssuing body: | Ministry of Industry and Trade | Effective date: | Known Please log in to a subscriber account to use this function.",
            "2014-08-01",
            "legal",
            [E, "legal_database", "decision_dated", "attribute_table", "paywall", "multiline", "no_event"],
            decisions=[d("1125/QD-BCT", "2014-07-14")],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
        h(
            n(),
            "Official number: | 1125/QD-BCT | Signer: | Tran Quoc Vinh |\nType: | Decision | Expiry date: | Updating |\nIssuing date: | 14/07/2014 |",
            "2014-08-01",
            "legal",
            [E, "attribute_table", "decision_date_in_table", "signer_label_no_role", "multiline", "no_event"],
            decisions=[d("1125/QD-BCT", "2014-07-14")],
            persons=[per("Tran Quoc Vinh", None)],
            events=[],
        ),
        h(
            n(),
            "THE MINISTER OF INDUSTRY AND TRADE\nPursuant to the Government's Decree No. 95/2012/ND-CP of November 12, 2012, defining the functions, tasks, powers and organizational structure of the Ministry of Industry and Trade;\nPursuant to the Prime Minister's Decision No. 68/2013/QD-TTg of November 14, 2013, on support for reducing post-harvest losses in agriculture;",
            "2014-08-01",
            "legal",
            [
                E,
                "legal_preamble",
                "caps_heading",
                "decree_number_ascii",
                "decision_dated",
                "multiline",
                "no_event",
            ],
            decisions=[d("95/2012/ND-CP", "2012-11-12"), d("68/2013/QD-TTg", "2013-11-14")],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
    ]
    return rows
