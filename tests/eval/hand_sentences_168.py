# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 168 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: shipping containers, truck trailers, semi-trailers, truck bodies and
specialised vehicle bodywork made in Vietnam, and their steel and axle suppliers. Written and annotated for every field
BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in
the section comments: S1 "nhà máy sản xuất sơ mi rơ moóc khu công nghiệp vốn đầu tư", S2 "Thaco sơ mi rơ moóc xuất khẩu
Mỹ Chu Lai", S3 "sản xuất vỏ container xuất khẩu nhà máy Việt Nam", S4 "đóng thùng xe tải chuyên dùng doanh nghiệp cơ
khí", S5 "nhà máy container CIMC Việt Nam đầu tư", S6 "trục xe rơ moóc nhà cung cấp thép nhà máy", S7 "xe chuyên dùng
xe bồn xe cứu hỏa lắp ráp sản xuất Việt Nam", S8 "thép cường độ cao cung cấp cho sản xuất rơ moóc container", S9 "khởi
công nhà máy sản xuất sơ mi rơ moóc", S10 "ký hợp đồng xuất khẩu sơ mi rơ moóc sang thị trường Mỹ", S11 "thùng xe tải
đông lạnh sản xuất trong nước cơ khí ô tô", S12 "giấy chứng nhận đăng ký đầu tư dự án sản xuất container", S13 "Hòa
Phát nhà máy vỏ container Phú Mỹ bàn giao lô container", S14 "Cục Đăng kiểm chứng nhận kiểu loại sơ mi rơ moóc sản
xuất lắp ráp", S15 "xe ben thùng tải xe chuyên dụng nhà máy cơ khí Bình Dương", S16 "tỷ lệ nội địa hóa sơ mi rơ moóc
trục lốp linh kiện", and in English S17 "Vietnam semi-trailer manufacturer exports to United States", S18 "shipping
container manufacturing plant Vietnam investment", S19 "Vietnam truck body builder specialised vehicles factory", S20
"trailer axle and suspension supplier Vietnam plant". (Batch 83 had the container maker's plant from other searches;
several of the same stories came back, and none of its rows was reused: every row here was drafted from this sample and
checked against that batch too.) No sentence is taken or paraphrased from a page; the shapes are. Firm, plant, park-
tenant, person and byline names are invented (Thép Đông Hải / Đông Hải / Dong Hai / Dong Hai Group and Sản xuất
Container Đông Hải / Dong Hai Container Manufacturing, Seabridge Container Leasing, Corvane Lines, Kestrel Box Leasing,
Dệt kim Hoa Viên / Hoa Viên and Jinhua, Kim Thành, Dữ liệu Sao Việt, Corrigan
Apparel / Corrigan, May Northfield, Dệt may Sông Hồng Xanh, Xây dựng Đông Phong and the Ando Sakura plant, Ô tô Minh Việt
/ MV Motors and its Guardian G.90, Phú Vinh Motors, Kỹ thuật Ô tô Tân Hưng, Truong Sa / Truong Sa Auto Corporation / TSA,
TSA Industries, TSA Special Vehicles Manufacturing, Harlan Trailer Works / Harlan, Ridgeway Intermodal, Dongbang Systems,
Kumsan Engineering, Southern Shipbuilding Corporation / Sosco, Kuo Hsing Enterprise, STC, Sosco Ocean Shipping, Everstar,
Kim Long Group, Axon Running Gear / Axon, Zhejiang Hengda Heavy Industries, Ôtô Minh Tâm, every official, author,
supervisor, speaker and byline); well-known names (Bộ Công Thương, Bộ Giao thông vận tải, Bộ Kế hoạch và Đầu tư, Bộ
Giáo dục và Đào tạo, Bộ Công an, Cục Đăng kiểm Việt Nam, Hepza, Đại học Đà Nẵng, Tập đoàn Dệt may Việt Nam, the Ministry
of Transport, CIMC, DFIC, CXIC, Toyota, Hyundai, Mazda, TC Motor, VinFast, Dongfeng, the real documents 61/2020/QH14,
31/2021/NĐ-CP, 03/2021/TT-BKHĐT, 108/2006/NĐ-CP, 42/2014/TT-BGTVT, 05/2021/TT-BKHĐT and QCVN 11:2015/BGTVT, and the parks
of Tân Phú Trung, Châu Đức, Phú Tài and Hòa Phú) appear only in sentences of our own, with figures, dates and places
changed.

What the sample looked like (80 result slots, about 50 distinct pages; a lottery-salad family filled 15 slots, a steel-
keyword tag family seven, a textile business daily three, a textile supply-chain paper three, the container maker's
plant some twelve in four languages, and the trailer maker's US exports eight): 16 slots were spam (fifteen "kuwin"
lottery and motorbike salads on foreign domains, S2 r1 r4, S4 r1 r3 r4, S7 r2 r3, S11 r1-r3, S15 r1-r4, with a steel
keyword slug on an Italian domain, S8 r3; and a Korean-language item on a casino domain about the container maker's
construction permit, S5 r4); 19 were tag, keyword, hashtag, title, taxonomy, aggregator and snippet pages (steel tags
and keyword pages three and four times over, S6 r1-r4 = S8 r1 r2 r4; a reserve-goods cost tag, an export hashtag, a
trade-terms forum title, two law-site tags, a QCVN title and an unaccented download slug, S2 r3, S10 r2 r3, S12 r2 r3,
S14 r2 r3; a car-tax tag and a localisation taxonomy page with a lead, S16 r1 r2; a magazine tag with the container
plant's cost against its charter capital and a ministry's letter, S5 r2; an aggregator's garment headline, S9 r4; a
video snippet with an author, S1 r2); 13 were papers, theses, legal and law-firm pages, explainers and company pages (a
textile supply-chain paper three times with garbled OCR, S2 r2 = S9 r1 = S10 r4; a student essay with old-font
garbling, S10 r1; a master's thesis summary on a composite truck body, S11 r4; a law firm's certificate guide and a
consultancy's 2016 procedure page, S12 r1 r4; a legal-definition page and a vehicle-design firm's page on a registry
letter, S14 r1 r4; a container explainer with a repeated caps heading, S3 r3; a supporting-industry feature with a
footnote, S16 r3; a truck dealer's blog on body workshops, S4 r2; a builder's construction-progress page, S9 r3); 13
were Vietnamese news (a business daily's knitwear plant in production with related links, caption, recalled licence,
chairman and park-board quotes, S1 r1 r3 = S9 r2; a radio site's garment FDI piece with a quote, recalled plants, talks
and a licence, S1 r4; a trade paper's container feature with a delivery caption and a recalled groundbreaking, S3 r1; a
military region's paper on the boxes' steel, plant, capacity and a European fair, S3 r2; a short item on a small
container plant in Bình Định, S3 r4 = S5 r1; two tellings of a pickup fire engine, S7 r1 r4; the container maker's
registration and planned groundbreaking, S13 r2; its plant topped out, S13 r3; a national site on the circular listing
car parts made at home, S16 r4); 2 were a Japanese community site on a special-vehicle plant begun in Vĩnh Long (S19
r1) and a Khmer site on a police fleet (S19 r2), rendered here in Vietnamese; 17 were English (a park developer's page
on a box shipment to a carrier, S5 r3 = S18 r3; the news service's copies of the plant topped out and of its
registration, S13 r1 r4; the national agency's English service, a Japanese wire and a national site on the trailer
maker's US exports, agreements and memorandum, S17 r1-r4, S19 r3, S20 r1 r3, with a blog repost, S20 r2; a maritime
site and a defence forum on the new box plants, S18 r1 r2; a port site on an early container joint venture and its
sales contracts, S18 r4; a national site's English edition on imported trucks, S19 r4; a North American trucking paper
on an axle maker with a Chinese partner, S20 r4). About 35 of the 80 slots told a deal or an event with a named party
(the container maker's permit, plan, registration, plant under construction, recalled groundbreaking and deliveries;
the trailer maker's export agreement, distribution agreement, memorandum and contracts; a knitwear plant in production,
a licence and a recalled licence; the joint venture and its two sales contracts; a special-vehicle groundbreaking; an
axle plant opened abroad); the steel-supplier and axle searches (S6, S8, S20) returned tags, keyword slugs and pages on
trailer makers, and no steel or axle supply contract between named firms came up in any first four, so the batch has
none.

Rows: 160 (hand-55201 to hand-55360); 25 carry a deal or an event (15.6%): 15 events (5 investment announcements, 4
supply contracts, 3 investment licences, 2 inaugurations, 1 groundbreaking) and 27 `deals` entries (16 investment, 7
supply_contract, 2 groundbreaking, 2 mou); 12 rows hold only deals (55230 a descriptive capital line, 55271 a recalled
licence, 55283 a recalled groundbreaking, 55307, 55323 and 55345 a plant under construction, 55346 a pair's plant under
construction, 55320 a delivery, 55327 an export lot under an agreement, 55330 a recalled memorandum and contracts, 55341
a recalled memorandum, 55350 a joint-venture plant described with its cost), 1 an event without a deal (55360 an
opening abroad without capital) and 12 both. 135 rows are negatives and other fields. By page kind: 14 rows of spam and
the casino-domain item (55201-55214; 1 with a deal or event), 19 of tag, keyword, title, taxonomy, aggregator and
snippet pages (55215-55233; 1), 31 of papers, theses, legal and law-firm pages, explainers, a blog and a builder's page
(55234-55264; 0), 52 of Vietnamese news (55265-55316; 7), 3 of the Japanese and Khmer pages rendered in Vietnamese
(55317-55319; 1) and 41 of English copy (55320-55360; 15); 41 rows are English (`english_copy`, 25.6%). 10 rows are
stored in NFD (hand-55261, 55267, 55273, 55283, 55288, 55297, 55300, 55303, 55311, 55313); 7 use old tone placement
(55229, 55274, 55296 and 55316 "nội địa hoá", 55255 "hàng hoá", 55269 "minh hoạ", 55315 "điều hoà"); 46 hold several
lines (headlines and leads, tag lines, page chrome, bylines and timestamps, captions, related links, caps covers, a table
of contents, legal-basis lists, "About" blocks, wire chrome).

Own wording: every row was drafted in its own order (amount-first, object-first, buyer-first, conclusion-first,
place-first, quote with the speaker last, label lines), with changed figures, names, dates and places; on review
against the notes taken from the sampled pages (and against batch 83, which had the same container plant), about 75
drafts that still kept a page's run of facts, its clause order, a quote's wording or a caption's formula were rewritten
from scratch (the localisation taxonomy lead, the ministry-letter tag, the aggregator headline, the video snippet, the
paper's theory line, the essay's foreword and targets, the thesis bullets, the law pages' statistics, definition and
sector list, the legal definition and the registry letter, the explainer's lead and definition, the feature's two
lines, the blog's three lines, the builder's update, the knitwear sapo, caption, quote, plant history and licence, the
container feature's lead, China-share and Red Sea lines, the military paper's steel, plant and fair lines, the Bình
Định item, all four fire-engine lines, every line of the registration and topping-out stories, the circular's counts
and localisation lines, the Japanese plant's phase line, the Khmer item, and nearly every English row). Three English
drafts (a trailer-spec line, a China-share line, a quote on exports) were dropped to keep the English share near a
quarter. Nothing was used from ranks 5-8, among them: the container maker's contract for 500 more boxes with a named
line at its first handover (S13 r7), the trailer maker's 6,050-unit contract with its US partner (S17 r8), its plant's
2016 opening and 40,500-unit outlook (S17 r6), a textile group's Nghệ An groundbreaking (S9 r7), a Korean pair's state-
funded Hải Phòng plan (S3 r6), a truck maker's Dung Quất plant (S19 r7), the leaf-spring joint venture and exports (S20
r6, r8), a tyre maker's branch (S20 r7), the carmaker's plastics plant (S20 r5), a rail-localisation interview (S16 r6)
and the pickup height rules (S7 r6).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an investment deal with its amount and an investment_licence event whose government
party is written as in the text ("tỉnh Bắc Giang"), a passive or grantor-less licence the firm alone, a recalled licence
a deal without event; a start of operation or opening with its capital is an investment deal and an inauguration
"completed", without capital the event only; a named firm's plan with a future verb or a planned groundbreaking is an
announced investment (batches 41, 48); a plant under construction, a recalled groundbreaking and a descriptive line
pricing a named firm's plant are deals without events (batch 83), a pair's plant ONE deal of both; a new contract
between two named firms is a supply_contract deal and signed event, seller first, without site; an order told through
its delivery or export is a recalled supply contract without event (batches 72, 77), one whose seller is unnamed or
only "its plant" gives no deal; recalled memoranda and contracts are deals without events; charter capital, business
registration, proposals, talks, targets, forecasts, product launches, supplier status, statistics and fairs give no
deal; an announced future agreement is an announced event (README batch 8); vague amounts ("hàng chục triệu USD",
"tỷ đô") are none; "khoảng", "chừng", "gần", "hơn", "trên", "some", "about", "more than", "roughly" are approximate;
bracketed conversions are both money, the deal taking the one written first; money per year keeps its unit; capacities
(TEU, teu, units a year), dimensions, tonnages, durations, ordinals, page counts, phone numbers, view counters, counts in
words and counts without a noun are no counts, English counts keep their English noun, a delivered or ordered volume is
a count; m2 and square metres are areas in ha; Vietnamese legal forms are normalised ("Công ty CP Tập đoàn X" is X with
"Công ty CP"), foreign ones kept ("JSC", "Joint Stock Company", "Limited Company", "B.V.", "Co"), "Group" and
"Corporation" stay in an English name; a bracketed acronym after a name is no second entry, alone it is a firm, an
alias "known as X" no firm (batch 92's "better known as"); a short name and a full name are two entries; Vietnamese
country words ("hãng Nhật", "Hà Lan") and English country nouns and possessives ("China's", "South Korea's", "of
Taiwan", "the US", "US firm") are countries, English adjectives ("Chinese", "Korean", "Vietnamese", "U.S.-bound") and
regions none, "Việt Nam"/"Vietnam" none; a province inside an organisation's name is a mention, inside a firm's name
none; Vietnamese parks are locations ("KCN" written out), English parks none, "huyện" a district before July 2025,
communes nothing; datelines are province mentions, foreign ones nothing; bylines and photo credits are persons without
role, caps names title-cased, outlet, agency, site and initials credits nothing, a firm's photo credit the firm;
"TS.", "PGS.TS." give no role; a bare role without a name is no person; a surname alone is no person; decisions with
their number and the date where written, standards (QCVN) none; old tone placement is normalised in the gold. Every row
with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- The casino-domain item rendered from Korean: "Giấy phép xây dựng cho nhà máy container 2.160 tỷ đồng ở Bà Rịa - Vũng
  Tàu đã về tay Tập đoàn Thép Đông Hải" (55213) reads the construction permit as a licence without grantor (investment
  deal and investment_licence event, sited); the injected "sòng bài trực tuyến" that stands where the firm's name was
  (55214) gives nothing, the charter capital and the quarter's profit are money only, "chín phần mười" no percentage.
- Registration and charter capital: the business registration certificate with its charter capital (55302, 55325) is no
  deal; in the same English row the parent's plan "to break ground on the province's first container plant in July"
  (55325) is the parent's announced investment, sited by "Ba Ria - Vung Tau's" department; "Chừng 80% vốn điều lệ, tức
  2.160 tỷ đồng, là phần Công ty CP ... dành cho nhà máy của mình ở Bà Rịa - Vũng Tàu" (55230) is a descriptive deal
  without event.
- Topping out: "mái nhà xưởng container của Đông Hải ... đã được cất" (55307) and "Dong Hai Group's container factory
  ... has its roof on" (55323) are a plant under construction (deal without event, sited, undated: a topping-out is no
  groundbreaking); the schedule lines without a firm (55308, 55309, 55324) give nothing but areas; "theo những hợp đồng Đông Hải
  đã ký với các nhà cung cấp thiết bị hàng đầu thế giới" (55310) names no counterpart.
- Trailer exports: "Some 12,800 semi-trailers worth 186 million USD are to reach the US in 2022 under the agreement TSA
  Industries has with Harlan Trailer Works; this lot is the first" (55327) is a recalled supply contract with its amount
  and no event; "a second document inked at the same ceremony: Harlan becomes exclusive US distributor of 21,000 TSA
  Industries semi-trailers", worth "More than 310 million USD" (55328), is a signed supply_contract (the maker first),
  undated; "A dealership agreement with Harlan Trailer Works is the next step TSA plans" (55340) an announced
  supply_contract event and deal; the memoranda "signed in March last year" (55330) and "signed in February" in an April
  story (55341) are recalled mou deals, "larger contracts with Ridgeway Intermodal, Harlan's local arm, in 2021" a
  recalled supply contract; lots "sold into the US", "bound for" a buyer or passed on by it, whose seller is only "its
  plant", "them" or the builder subsidiary (55332, 55333, 55336) give no deal.
- Deliveries: "Dong Hai Container Manufacturing JSC sent its latest lot, 1,200 dry containers (20 feet), to global
  carrier Corvane Lines" (55320) is a recalled supply contract, seller first, no event; the caption "Giao 600 vỏ
  container 40HC cho Seabridge Container Leasing" (55282) names no seller: firm and count only.
- The early joint venture: "the US$28 million plant that Southern Shipbuilding Corporation (Sosco) and Kuo Hsing
  Enterprise (KHE) of Taiwan own together" (55350) is ONE investment deal of both without event (a descriptive line),
  the acronyms no second entries; "Sosco" and "STC" alone in later rows are firms; "STC signed contracts to supply them
  with boxes" told buyer-first (55352) gives two signed supply_contract events and deals, undated ("yesterday", like a
  weekday); the capacity target (55351) no deal.
- Knitwear plant: "dây chuyền cuối cùng trong dự án 280 triệu USD của Hoa Viên ở Khu công nghiệp Tân Phú Trung ... đã
  chạy, đưa cả dự án vào sản xuất" (55270) is an investment deal and inauguration "completed", sited, undated ("Cuối
  tuần qua"); "Hoa Viên nhận giấy phép cho phần mở rộng, với 120 triệu USD vốn tăng thêm, từ TP.HCM ngay đầu năm 2016"
  in a 2017 story (55271) a recalled licence (deal only); the outlet's guess "Có thể ... sẽ còn rót thêm vốn" (55266) no
  deal; the caption "Sợi cho nhà máy của Hoa Viên sẽ do Tập đoàn Jinhua cấp" (55269) a supply without contract word.
- Related links: "Tập đoàn Kim Thành rót gần 2.900 tỷ đồng làm khu công nghiệp ở Thái Bình" (55267) is an announced
  investment sited in Thái Bình's current unit; "Công ty CP Dữ liệu Sao Việt được chấp thuận làm nhà đầu tư trung tâm
  dữ liệu 5.400 tỷ đồng ở TP.HCM" an investor approval, a licence without grantor; "Bình Định sắp đấu giá 14 mỏ cát"
  a count.
- Licence told object-first: "Dự án nhà máy hơn 4 triệu USD của Công ty TNHH May Northfield có giấy chứng nhận đầu tư
  do tỉnh Bắc Giang trao hồi đầu tháng 3/2014" (55278) keeps "tỉnh Bắc Giang" as grantor, undated (a month).
- Rendered Japanese: "95 tỷ đồng (chừng 470 triệu yên) là vốn của xưởng ... mà Công ty CP Kỹ thuật Ô tô Tân Hưng khởi
  công ngày 15/4 ở KCN Hòa Phú, tỉnh Vĩnh Long" (55317) is a groundbreaking deal and event with the VND amount, dated
  2010-04-15, the yen approximate money too.
- Axle maker abroad: "the 9,000-square-metre building Axon opened in Memphis in February" (55360) is an inauguration
  without capital and without province (abroad), area 0.9 ha; "works hand in hand" and supplier lists (55358, 55359) no
  deal; "Co-founder Marco Bellandi" keeps "Co-founder"; "MEMPHIS, Tenn." nothing, "the privately held US firm" the
  country.
- The small Bình Định plant: the headline amount over a lead that names no investor (55292) gives money, province, park
  and area, no deal (the split-row rule).
- A product selection "Xe SUV của VinFast sẽ chở lãnh đạo ... của Bộ Công an Việt Nam" (55319) has no contract word: no
  deal; "Bộ Công an Việt Nam" is kept as written; "cảnh sát Mỹ ... xe do Mỹ làm" one country.
- Organisations: "Trung tâm Thông tin - Học liệu, Đại học Đà Nẵng" gives the university only (the centre's generic name
  a bare unit); "Cục trưởng Cục Đăng kiểm Việt Nam" without a name is the organisation, no person; "Ba Ria - Vung Tau's
  Department of Planning and Investment" gives the province and "Department of Planning and Investment"; "Bộ Kế hoạch và
  Đầu tư" as written; "VietNamNet Bridge", "VnExpress International", "Re-IDEA", "Quân khu 9 Online", "Ôtô Minh Tâm"
  (the dealer site's credit) nothing.
- Documents: "công văn số 2318/ĐKVN-VAQ ngày 04/6/2016" is a decision with its date; "Thông tư 05/2021/TT-BKHĐT, Bộ Kế
  hoạch và Đầu tư ban hành ngày 17/8" dated with the publication year; "Luật Đầu tư số 61/2020/QH14" and the decree and
  circular in a legal-basis list decisions without dates; "QCVN 11:2015/BGTVT" a standard, none; the unaccented slug
  "quyet dinh 58 qd btc 2021" none.
- Persons: caps authors with asterisks ("TRẦN THỊ NGỌC *") and a caps thesis author title-cased without role; "PGS.TS.
  VÕ ĐÌNH TÙNG" after "Người hướng dẫn khoa học:" no role; "By : Mr. Kevin Lu" a byline; citations "(Ponomarov và
  Holcomb, 2009)" and "Sheffi (2005)" no persons; "deputy general director Tran Thi Lan" and "chief executive Pham Van
  Quang" keep their wording; "ông Định" none.
- Numbers: "312 chi tiết" in a taxonomy headline and "312 chi tiết và cụm chi tiết" in its lead are two counts, "chừng
  25.000" without a noun none and "khoảng 25.000 linh kiện" one; "khoảng 230 mặt hàng, trên tổng số 296" one count (296
  has no noun); "điều hoà vỏn vẹn 4" none; "the lot of 66 units" a count; "Some 12,800 semi-trailers" approximate;
  "19 ngành kinh tế", "2.035 dự án", "121.480(1) doanh nghiệp" counts with their footnote markers; "giá từ 1,1 tỉ đồng"
  money; "roughly $1.2 billion Vietnam pays each year" money per year, approximate; "từ mức 1.500 tỷ đồng" a threshold,
  not approximate; "Tăng trởng 13%/năm" a percentage; "five times", "three times", "chín phần mười", "four years" none."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_168(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BRVT = cur("Bà Rịa - Vũng Tàu")
    HCM = cur("Hồ Chí Minh")
    BG = cur("Bắc Giang")
    HP = cur("Hải Phòng")
    VL = cur("Vĩnh Long")

    ids = iter(range(55201, 55201 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam: lottery salads on foreign domains (S2 r1, r4; S4 r1, r3, r4; S7 r2, r3; S11 r1-r3; S15 r1-r4), a
    # steel keyword slug on an Italian domain (S8 r3) ---
    spam = [
        (
            "kuwin soi cầu miền bắc hôm naybảng tính trả góp xe tải 8 tấnkết quả xsmn thứ tư",
            "2023-06-02",
            ["tonnage_no_count"],
        ),
        (
            "kuwin tỷ số trực tuyếnmẫu hợp đồng thuê xe đầu kéogiá xe sh 2022 lăn bánhxsmb 45 ngày",
            "2023-06-02",
            [],
        ),
        (
            "kuwin nhận định bóng đá ýthống kê lô gan miền trungđăng kiểm rơ moóc hết hạnlịch âm hôm nay",
            "2023-07-19",
            ["region_nothing"],
        ),
        (
            "kuwin đá gà trực tiếpcách tính thuế môn bàixe ben 3 chân cũ hải dươngxsmb thứ hai",
            "2023-07-19",
            ["lowercase_province_nothing"],
        ),
        (
            "kuwin xổ số vĩnh long hôm naygiá vỏ container cũ 20 feetkèo nhà cái",
            "2024-01-08",
            ["lowercase_province_nothing", "dimension_no_count"],
        ),
        (
            "kuwin bxh la ligaxe cứu hỏa mini nhật bãitra cứu phạt nguội hà nộitần suất lô tô",
            "2024-01-08",
            ["lowercase_province_nothing", "lowercase_country_nothing"],
        ),
        (
            "kuwin tin chuyển nhượng hôm nayđộng cơ xe tải 4 máybiển số xe 99 là tỉnh nàoxs thủ đô",
            "2024-03-30",
            [],
        ),
        (
            "kuwin lịch thi đấu cúp c1thùng đông lạnh composite giá bao nhiêuxsmb chủ nhật",
            "2024-03-30",
            [],
        ),
        (
            "kuwin kèo tài xỉu hôm nayxe ben cũ trả góp bình dươngtra cứu mã số thuế cá nhân",
            "2024-05-12",
            ["lowercase_province_nothing"],
        ),
        (
            "mác thép chịu mài mòn nào dùng cho thùng xe ben giá bao nhiêu một kg",
            "2021-11-03",
            ["foreign_domain"],
        ),
        (
            "kuwin soi kèo cúp châu ágiá lốp xe đầu kéo 12r22.5kết quả xổ số hôm qua",
            "2024-05-12",
            ["region_nothing"],
        ),
        (
            "kuwin xsmt thứ sáuthanh lý sơ mi rơ moóc sàn 40 feettỷ giá yên hôm nay",
            "2024-06-01",
            ["dimension_no_count"],
        ),
    ]
    for text, date, extra in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_title", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- A Korean-language item on a casino domain, rendered here in Vietnamese with the domain's injected words (S5 r4) ---
    rows += [
        h(
            n(),
            "Giấy phép xây dựng cho nhà máy container 2.160 tỷ đồng ở Bà Rịa - Vũng Tàu đã về tay Tập đoàn Thép Đông Hải; khi xong, nhà máy làm được 450.000 container loại 20 feet mỗi năm, riêng giai đoạn 1 khoảng 180.000 chiếc.",
            "2021-08-02",
            "ministry",
            [
                "spam_domain_news",
                "rendered_from_korean",
                "object_first",
                "licence_no_grantor",
                "capacity_no_count",
            ],
            firms=[f("Thép Đông Hải", "Tập đoàn")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(2160 * B, "VND")],
            deals=[deal("investment", ["Thép Đông Hải"], 2160 * B, BRVT)],
            events=[ev("investment_licence", [F("Thép Đông Hải")], 2160 * B, "VND", BRVT, "licensed")],
        ),
        h(
            n(),
            "Chủ tịch Phan Bá Thịnh từng nói chín phần mười số container trên thế giới ra đời ở Trung Quốc. Tháng 4, tập đoàn lập công ty container với vốn điều lệ 2.700 tỷ đồng; sòng bài trực tuyến quý II lãi kỷ lục 8.600 tỷ đồng, gấp ba cùng kỳ.",
            "2021-08-02",
            "ministry",
            [
                "spam_domain_news",
                "rendered_from_korean",
                "injected_spam_words",
                "fraction_in_words_no_percentage",
                "charter_capital_no_deal",
                "role_before_name",
                "multiplier_nothing",
                "no_event",
            ],
            persons=[per("Phan Bá Thịnh", "Chủ tịch")],
            locations=[country("Trung Quốc")],
            money=[m(2700 * B, "VND"), m(8600 * B, "VND")],
            events=[],
        ),
    ]
    # --- Tag, keyword, hashtag, title, taxonomy and aggregator pages (S6 r1-r4 = S8 r1, r2, r4; S2 r3; S10 r2, r3;
    # S12 r2, r3; S14 r2, r3; S16 r1, r2; S5 r2; S9 r4; S1 r2) ---
    tags = [
        ("ăn bớt thép chủ dầm cầu vượt", "2022-04-14", ["tag_page"]),
        (
            "Cách đọc thông số ổ bi moay ơ rơ moóc0915 362 884",
            "2020-10-21",
            ["document_title", "phone_glued_nothing"],
        ),
        ("báo giá xà gồ thép mạ kẽm lợp mái nhà xưởng", "2023-02-07", ["tag_page"]),
        (
            "độ bền kéo của thép tấm q345b dùng làm sàn container/?add_to_wishlist=4182",
            "2022-09-15",
            ["keyword_page", "url_chrome"],
        ),
        ("định mức chi phí bảo quản hàng dự trữ quốc gia", "2021-05-26", ["tag_page", "legal_site"]),
        ("thủ tục xuất khẩu hàng tạm nhập tái xuất", "2022-12-01", ["hashtag_page"]),
        (
            "trách nhiệm chịu rủi ro của người mua theo các điều kiện giao hàng (EXW, FCA, DAP...)",
            "2019-08-30",
            ["forum_thread_title", "trade_terms_nothing"],
        ),
        ("giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi", "2021-10-05", ["tag_page"]),
        (
            "thủ tục mở văn phòng đại diện qua mạng điện tử Lưu trữ",
            "2022-03-18",
            ["tag_page", "archive_label"],
        ),
        (
            "Quy chuẩn kỹ thuật quốc gia QCVN 11:2015/BGTVT về chất lượng an toàn kỹ thuật và bảo vệ môi trường đối với rơ moóc, sơ mi rơ moóc",
            "2020-06-11",
            ["standard_title", "standard_no_decision"],
        ),
        (
            "download van ban quyet dinh 58 qd btc 2021 dinh muc xe o to chuyen dung nganh hai quan",
            "2021-09-09",
            ["download_slug", "unaccented", "slug_number_no_decision"],
        ),
        ("lệ phí trước bạ xe tải lắp ráp trong nước", "2022-01-20", ["tag_page"]),
        ("giá thép hình chữ I làm khung sàn sơ mi rơ moóc", "2023-02-07", ["tag_page"]),
        ("tiêu chuẩn sơn chống gỉ khung sườn xe tải", "2022-04-14", ["tag_page"]),
    ]
    for text, date, extra in tags:
        rows.append(h(n(), text, date, "ministry", [*extra, "no_fields", "no_event"], events=[]))
    rows += [
        h(
            n(),
            "nội địa hoá xe tải\n\nCông nghiệp hỗ trợ ô tô sau ba thập kỷ: 312 chi tiết trên chừng 25.000\nTrong khoảng 25.000 linh kiện làm nên một chiếc ô tô, doanh nghiệp trong nước sau 30 năm nội địa hoá mới tự làm được 312 chi tiết và cụm chi tiết, theo thống kê của Bộ Kế hoạch và Đầu tư.",
            "2021-12-16",
            "ministry",
            [
                "taxonomy_page",
                "old_tone",
                "headline_lead",
                "count",
                "count_without_noun_nothing",
                "duration_no_count",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            quantities=[
                c(312, "chi tiết"),
                c(312, "chi tiết và cụm chi tiết"),
                c(25000, "linh kiện", True),
            ],
            events=[],
        ),
        h(
            n(),
            "container\n\nChừng 80% vốn điều lệ, tức 2.160 tỷ đồng, là phần Công ty CP Sản xuất Container Đông Hải dành cho nhà máy của mình ở Bà Rịa - Vũng Tàu.",
            "2021-05-20",
            "ministry",
            [
                "tag_page",
                "lowercase_tag",
                "amount_first",
                "descriptive_deal_no_event",
                "percentage",
                "multiline",
            ],
            firms=[f("Sản xuất Container Đông Hải", "Công ty CP")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(2160 * B, "VND")],
            percentages=[80],
            deals=[deal("investment", ["Sản xuất Container Đông Hải"], 2160 * B, BRVT)],
            events=[],
        ),
        h(
            n(),
            "container\n\nĐể kéo thêm container rỗng về nước, Bộ Công Thương đề nghị Bộ Giao thông vận tải giao các đơn vị chuyên môn bàn với hãng tàu chuyện tăng chuyến.",
            "2021-05-20",
            "ministry",
            ["tag_page", "lowercase_tag", "official_letter_no_number", "multiline", "no_event"],
            organizations=["Bộ Công Thương", "Bộ Giao thông vận tải"],
            events=[],
        ),
        h(
            n(),
            "Ngành tỷ đô “đi hai chân”: dệt may Việt mở xưởng ở nước ngoài\nQuy tắc xuất xứ siết lại, công nhân thì khó tuyển: hai sức ép ấy đang đẩy nhiều hãng may trong nước sang đặt nhà máy ở nước khác.",
            "2025-02-11",
            "ministry",
            ["aggregator", "headline_lead", "vague_amount_none", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vì sao vốn ngoại đổ vào khâu sợi, nhuộm?\n\nVải cho xưởng may đang bớt thiếu nhờ loạt nhà máy sợi, nhuộm vốn ngoại trị giá hàng chục triệu USD khánh thành ở các tỉnh trong ba năm qua.\nHoài An\n\nVideo khác",
            "2019-10-08",
            "ministry",
            [
                "video_snippet",
                "vague_amount_none",
                "byline",
                "unnamed_openings_no_event",
                "multiline",
                "no_event",
            ],
            persons=[per("Hoài An", None)],
            events=[],
        ),
    ]
    # --- A journal paper on a document store, returned three times (S2 r2 = S9 r1 = S10 r4); a student essay (S10 r1);
    # a master's thesis summary (S11 r4) ---
    rows += [
        h(
            n(),
            "NHÌN RA THẾ GIỚI Chuỗi cung ứng linh hoạt trong dệt may châu Á1 TRẦN THỊ NGỌC * LÊ VĂN PHÚC ** NGÔ THỊ THU HÀ *** Dù xuất khẩu tăng nhanh, dệt may trong nước vẫn dựa vào nguyên liệu nhập, nên mỗi lần vận tải đứt gãy lại đội chi phí lên",
            "2023-03-27",
            "ministry",
            [
                "document_store",
                "journal_paper",
                "caps_authors_title_cased",
                "footnote_marker",
                "region_nothing",
            ],
            persons=[per("Trần Thị Ngọc", None), per("Lê Văn Phúc", None), per("Ngô Thị Thu Hà", None)],
            events=[],
        ),
        h(
            n(),
            "CƠ SỞ LÝ LUẬN Chuỗi linh hoạt, theo cách hiểu phổ biến từ sau Sheffi (2005), là chuỗi biết hồi phục sau cú sốc; mợt sô' nghiên cứu (Ponomarov và Holcomb, 2009; Wieland, 2013) nhấn thêm khả năng chủ đợng phòng trước gián đoạn",
            "2023-03-27",
            "ministry",
            ["document_store", "ocr_garbled", "citation_surnames_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mục lục………1\nLời nói đầu………2\nI Khái quát luật thơng mại Hoa Kỳ………3\nII Công ty dệt may Sông Hồng Xanh trên đờng vào thị trờng Mỹ………9\nKết luận………12",
            "2012-05-04",
            "ministry",
            ["student_essay", "table_of_contents", "old_font_garbled", "country", "multiline", "no_event"],
            firms=[f("Dệt may Sông Hồng Xanh", "Công ty")],
            locations=[country("Hoa Kỳ"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Lời nói đầu\nMuốn dệt may thành ngành mũi nhọn hớng ra thị trờng quốc tế, Nhà nớc đã dành cho nó nhiều u đãi; nhng ở thị trờng Mỹ, khó khăn vẫn còn nhiều.",
            "2012-05-04",
            "ministry",
            ["student_essay", "old_font_garbled", "section_heading", "country", "multiline", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Tăng trởng 13%/năm là mức ngành phải giữ nếu muốn vợt 3,5 tỷ USD xuất khẩu năm 2005 và 5 tỷ USD năm 2010, hai mốc trong quy hoạch tổng thể.",
            "2012-05-04",
            "ministry",
            ["student_essay", "old_font_garbled", "target_no_deal", "percentage"],
            money=[m(3.5 * B, "USD"), m(5 * B, "USD")],
            percentages=[13],
            events=[],
        ),
        h(
            n(),
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nĐẠI HỌC ĐÀ NẴNG\n\nPHẠM HỮU LỘC\n\nNGHIÊN CỨU THIẾT KẾ THÙNG XE TẢI NHẸ BẰNG VẬT LIỆU COMPOSITE\n\nChuyên ngành: Kỹ thuật cơ khí động lực\nMã số: 60.52.01.16",
            "2018-11-22",
            "ministry",
            [
                "thesis_cover",
                "caps_org_usual_spelling",
                "caps_author_title_cased",
                "province_in_org_name",
                "code_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Giáo dục và Đào tạo", "Đại học Đà Nẵng"],
            persons=[per("Phạm Hữu Lộc", None)],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "TÓM TẮT LUẬN VĂN THẠC SĨ KỸ THUẬT\n\nĐà Nẵng – Năm 2018\n\nNgười hướng dẫn khoa học: PGS.TS. VÕ ĐÌNH TÙNG\nPhản biện 1: ......................\nPhản biện 2: ......................",
            "2018-11-22",
            "ministry",
            [
                "thesis_cover",
                "place_year_line",
                "academic_title_no_role",
                "caps_person",
                "multiline",
                "no_event",
            ],
            persons=[per("Võ Đình Tùng", None)],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Có thể tìm đọc luận văn tại:\n Trung tâm Thông tin - Học liệu, Đại học Đà Nẵng",
            "2018-11-22",
            "ministry",
            [
                "thesis_cover",
                "library_line",
                "generic_centre_bare_unit",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Đại học Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "1. LÝ DO CHỌN ĐỀ TÀI\nThùng xe tải nhẹ cần ba điều mà composite đáp ứng được:\n• bền trong môi trường ẩm, không gỉ;\n• nhẹ, rẻ;\n• dễ tạo hình đẹp.",
            "2018-11-22",
            "ministry",
            [
                "thesis_text",
                "section_heading",
                "bullets",
                "counts_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Thùng xe tải nhẹ đóng bằng thép tấm hay gỉ sau vài mùa mưa; thay bằng tấm composite, thùng nhẹ đi chừng 30% mà vẫn giữ được tải trọng cho phép.",
            "2018-11-22",
            "ministry",
            ["thesis_text", "percentage", "no_event"],
            percentages=[30],
            events=[],
        ),
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. Tải bản đầy đủ (.pdf) (31 trang) – 1,08 MB",
            "2018-11-22",
            "ministry",
            ["document_store", "download_chrome", "page_count_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A law firm's page on investment certificates (S12 r1), a law-consulting page (S12 r4), a legal-definition page
    # (S14 r1), a vehicle-design firm's page on an official letter (S14 r4) ---
    rows += [
        h(
            n(),
            "19 ngành kinh tế có dự án FDI(2) mới nhận giấy chứng nhận đăng ký đầu tư tính tới hết tháng 9/2024, tổng cộng 2.035 dự án, giữa 121.480(1) doanh nghiệp lập mới.",
            "2024-10-15",
            "legal",
            ["law_firm_page", "footnote_marker", "count", "statistics_no_deal", "no_event"],
            quantities=[c(19, "ngành kinh tế"), c(2035, "dự án"), c(121480, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư là gì, xin ở đâu và mất bao lâu? Các phần dưới đây trả lời lần lượt.\nCăn cứ pháp lý:\n- Luật Đầu tư số 61/2020/QH14;\n- Nghị định số 31/2021/NĐ-CP hướng dẫn Luật Đầu tư;\n- Thông tư 03/2021/TT-BKHĐT về mẫu văn bản, báo cáo.",
            "2024-10-15",
            "legal",
            [
                "law_firm_page",
                "question_lead",
                "legal_basis_list",
                "decision_no_date",
                "multiline",
                "no_event",
            ],
            decisions=[d("61/2020/QH14"), d("31/2021/NĐ-CP"), d("03/2021/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Dù in ra giấy hay chỉ lưu điện tử, giấy chứng nhận đăng ký đầu tư vẫn là văn bản ghi thông tin nhà đầu tư và dự án; nhà đầu tư nước ngoài cần nó trước khi lập doanh nghiệp.",
            "2024-10-15",
            "legal",
            ["law_firm_page", "definition", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "HOTLINE: 0936.118.270 - 0977.402.615\n\nThủ tục cấp Giấy chứng nhận đầu tư\n\n14/03/2016",
            "2016-03-14",
            "legal",
            ["consulting_page", "phone_numbers_nothing", "date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Với dự án từ mức 1.500 tỷ đồng trong các ngành như điện, luyện kim hay chế biến khoáng sản, hồ sơ phải qua thẩm tra theo Nghị định 108/2006/NĐ-CP trước khi cơ quan cấp tỉnh trao giấy.",
            "2016-03-14",
            "legal",
            ["consulting_page", "threshold_money", "bare_unit_none", "no_event"],
            money=[m(1500 * B, "VND")],
            decisions=[d("108/2006/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Casino, thuốc lá điếu, phát thanh - truyền hình, dầu khí, cảng biển quốc gia hay cảng hàng không: những lĩnh vực này cần chấp thuận bất kể vốn lớn nhỏ.",
            "2016-03-14",
            "legal",
            ["consulting_page", "sector_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cơ quan kiểm tra\n“Cơ quan kiểm tra” được hiểu như sau:\n9. Cơ quan kiểm tra là Cục Đăng kiểm Việt Nam, nơi tổ chức kiểm tra và cấp chứng nhận cho rơ moóc, sơ mi rơ moóc sản xuất, lắp ráp trong nước theo Nghị định này.",
            "2020-02-25",
            "legal",
            ["legal_definition_page", "lowercase_term_title", "multiline", "no_event"],
            organizations=["Cục Đăng kiểm Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Công văn số 2318/ĐKVN-VAQ ngày 04/6/2016 của Cục Đăng kiểm Việt Nam kèm một phụ lục chỉ cách đóng số quản lý lên thùng hàng của xe tải sản xuất, lắp ráp trong nước, để việc quản lý thùng xe cơ giởi được làm thống nhất.",
            "2016-07-01",
            "legal",
            ["design_firm_page", "typo_kept", "official_letter_number", "decision_date", "no_event"],
            organizations=["Cục Đăng kiểm Việt Nam"],
            decisions=[d("2318/ĐKVN-VAQ", "2016-06-04")],
            events=[],
        ),
        h(
            n(),
            "Cục trưởng Cục Đăng kiểm Việt Nam cũng yêu cầu ghi nhận kích thước, vật liệu thùng vào hồ sơ kiểm tra xuất xưởng của từng xe.",
            "2016-07-01",
            "legal",
            ["design_firm_page", "role_without_name_no_person", "no_event"],
            organizations=["Cục Đăng kiểm Việt Nam"],
            events=[],
        ),
    ]
    # --- A container explainer with a repeated caps heading (S3 r3), a supporting-industry feature (S16 r3), a truck
    # dealer's blog (S4 r2), a builder's construction-progress page (S9 r3) ---
    rows += [
        h(
            n(),
            "VỎ CONTAINER LÀM TRONG NƯỚC ĐƯỢC ĐẶT HÀNG NHIỀU\n\nVỎ CONTAINER LÀM TRONG NƯỚC ĐƯỢC ĐẶT HÀNG NHIỀU\n\nCác hãng cho thuê container hoạt động khắp thế giới đang đặt mua nhiều hơn vỏ do Việt Nam làm, trong lúc cước biển chưa hạ nhiệt.",
            "2024-05-06",
            "ministry",
            [
                "explainer",
                "caps_heading_repeated",
                "unnamed_buyers_no_deal",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "CONTAINER LÀ GÌ?\n\nChở hàng hoá đường dài hay làm kho tạm đều được: container là hộp thép chữ nhật rất chịu lực, giữ hàng bên trong an toàn.",
            "2024-05-06",
            "ministry",
            ["explainer", "caps_heading", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CONTAINER GỒM NHỮNG GÌ?\n\nMột container khô có bảy bộ phận chính, bắt đầu từ bộ khung thép với 4 cột góc và các dầm dọc, dầm ngang nối chúng lại.",
            "2024-05-06",
            "ministry",
            ["explainer", "caps_heading", "count_in_words", "count", "multiline", "no_event"],
            quantities=[c(4, "cột góc")],
            events=[],
        ),
        h(
            n(),
            "Sàn thường lát gỗ nguyên tấm dày 28 mm trên các dầm ngang; loại 20 feet, 40 feet và 45 feet đều dùng kiểu kết cấu này.",
            "2024-05-06",
            "ministry",
            ["explainer", "dimension_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở ta, công nghiệp hỗ trợ được định nghĩa bằng văn bản lần đầu năm 2011, rộng hơn cách Nhật Bản, Thái Lan chỉ tính các nhà làm phụ tùng cho ô tô, xe máy, điện tử(1).",
            "2020-09-17",
            "ministry",
            ["feature", "footnote_marker", "country", "year_no_count", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Chế biến, chế tạo chỉ góp quanh 15% GDP, một phần vì linh kiện, phụ tùng nhập vẫn chiếm tỷ trọng cao trong kim ngạch.",
            "2020-09-17",
            "ministry",
            ["feature", "percentage", "no_event"],
            percentages=[15],
            events=[],
        ),
        h(
            n(),
            "XƯỞNG ĐÓNG THÙNG ĐẠT CHUẨN: KHÁC Ở CHỖ NÀO?\n\nThứ 5, 09/10/2025\n\nÔtô Minh Tâm\n\n187\n\nThùng mới là phần gánh tải trực tiếp, vậy mà lúc chọn xe tải, không ít tài xế chỉ hỏi máy, hãng và giá.",
            "2025-10-09",
            "ministry",
            [
                "dealer_blog",
                "caps_headline",
                "date_line",
                "site_credit_nothing",
                "view_counter",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "1. Vì sao phải chọn xưởng thùng đạt chuẩn?\nThùng kém chuẩn làm xe hao dầu, mau xuống cấp, có khi trượt đăng kiểm; mà thùng lại là thứ hứng trọn tải, va đập và nắng mưa mỗi ngày.",
            "2025-10-09",
            "ministry",
            ["nfd", "dealer_blog", "section_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2. Quy định khi đóng thùng\nPhạt tới hàng chục triệu đồng và không qua được đăng kiểm là cái giá của thùng “độ” sai thiết kế; Thông tư 42/2014/TT-BGTVT buộc kích thước thùng khớp bản vẽ.",
            "2025-10-09",
            "ministry",
            [
                "dealer_blog",
                "section_heading",
                "decision_no_date",
                "vague_amount_none",
                "multiline",
                "no_event",
            ],
            decisions=[d("42/2014/TT-BGTVT")],
            events=[],
        ),
        h(
            n(),
            "Cập nhật tiến độ tháng 10/2023 – Nhà máy may Ando Sakura giai đoạn 2A\n\nNghiệm thu xong, nhà xưởng đã được giao lại cho chủ đầu tư: hết tháng 10/2023, Công ty CP Xây dựng Đông Phong hoàn tất mọi hạng mục trong phần việc ký với tổng thầu.",
            "2023-11-03",
            "ministry",
            [
                "construction_update",
                "headline_lead",
                "unnamed_counterparts_no_deal",
                "plant_name_no_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("Xây dựng Đông Phong", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Lao động quanh vùng sẽ có việc khi xưởng may hàng dệt kim, đồ đan móc và đồ da bắt đầu chạy.\n\nCác tin khác",
            "2023-11-03",
            "ministry",
            ["construction_update", "related_label", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a knitwear maker's project put into production, told by one business daily with and without
    # its page chrome (S1 r1 = S9 r2, S1 r3) ---
    rows += [
        h(
            n(),
            "Đặt mua báo in| Mới - Đọc báo in phiên bản số| Thứ Năm, Ngày 14 tháng 3 năm 2024,\nHoa Viên khép kín chuỗi dệt may ở Việt Nam\nMinh Thư - 18/11/2017 08:42",
            "2017-11-18",
            "ministry",
            ["page_chrome", "headline", "byline", "timestamp", "short_name", "multiline", "no_event"],
            firms=[f("Hoa Viên")],
            persons=[per("Minh Thư", None)],
            events=[],
        ),
        h(
            n(),
            "Có thể Công ty TNHH Dệt kim Hoa Viên (thuộc Tập đoàn Jinhua, Trung Quốc) sẽ còn rót thêm vốn, giờ chuỗi từ sợi tới áo thành phẩm của công ty đã khép kín.",
            "2017-11-18",
            "ministry",
            ["sapo", "outlet_guess_no_deal", "parent_in_brackets", "country_bracket", "no_event"],
            firms=[f("Dệt kim Hoa Viên", "Công ty TNHH"), f("Jinhua", "Tập đoàn")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "-\nTập đoàn Kim Thành rót gần 2.900 tỷ đồng làm khu công nghiệp ở Thái Bình\n-\nLập Ban Quản lý các khu kinh tế và công nghiệp Hậu Giang\n-\nBình Định sắp đấu giá 14 mỏ cát\n-\nCông ty CP Dữ liệu Sao Việt được chấp thuận làm nhà đầu tư trung tâm dữ liệu 5.400 tỷ đồng ở TP.HCM",
            "2017-11-18",
            "ministry",
            [
                "nfd",
                "related_links",
                "headline_announcement",
                "investor_approval_licence",
                "licence_no_grantor",
                "province_in_org_name",
                "count",
                "approx",
                "multiline",
            ],
            firms=[f("Kim Thành", "Tập đoàn"), f("Dữ liệu Sao Việt", "Công ty CP")],
            organizations=["Ban Quản lý các khu kinh tế và công nghiệp Hậu Giang"],
            provinces=[pv("Thái Bình"), pv("Hậu Giang"), pv("Bình Định"), pv("Hồ Chí Minh")],
            money=[m(2900 * B, "VND", approx=True), m(5400 * B, "VND")],
            quantities=[c(14, "mỏ cát")],
            deals=[
                deal("investment", ["Kim Thành"], 2900 * B, cur("Thái Bình")),
                deal("investment", ["Dữ liệu Sao Việt"], 5400 * B, HCM),
            ],
            events=[
                ev(
                    "investment_announcement",
                    [F("Kim Thành")],
                    2900 * B,
                    "VND",
                    cur("Thái Bình"),
                    "announced",
                ),
                ev("investment_licence", [F("Dữ liệu Sao Việt")], 5400 * B, "VND", HCM, "licensed"),
            ],
        ),
        h(
            n(),
            "-\nQuảng Trị: cao tốc còn vướng mặt bằng ở ba xã\n-\nGRDP nửa đầu năm của Quảng Ngãi tăng hơn 10,8%, cao nhất cả nước",
            "2017-11-18",
            "ministry",
            ["related_links", "province_prefix", "percentage", "counts_in_words", "multiline", "no_event"],
            provinces=[pv("Quảng Trị"), pv("Quảng Ngãi")],
            percentages=[10.8],
            events=[],
        ),
        h(
            n(),
            "Sợi cho nhà máy của Hoa Viên sẽ do Tập đoàn Jinhua cấp. Ảnh minh hoạ. Nguồn: Internet",
            "2017-11-18",
            "ministry",
            ["caption", "old_tone", "supply_without_contract_no_deal", "source_credit_nothing", "no_event"],
            firms=[f("Jinhua", "Tập đoàn"), f("Hoa Viên")],
            events=[],
        ),
        h(
            n(),
            "Cuối tuần qua, dây chuyền cuối cùng trong dự án 280 triệu USD của Hoa Viên ở Khu công nghiệp Tân Phú Trung (huyện Củ Chi, TP.HCM) đã chạy, đưa cả dự án vào sản xuất.",
            "2017-11-18",
            "ministry",
            ["start_of_operation_with_capital", "park", "district", "province_bracket", "weekday_no_date"],
            firms=[f("Hoa Viên")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(280 * M, "USD")],
            locations=[park("Khu công nghiệp Tân Phú Trung"), district("huyện Củ Chi")],
            deals=[deal("investment", ["Hoa Viên"], 280 * M, HCM)],
            events=[ev("inauguration", [F("Hoa Viên")], 280 * M, "USD", HCM, "completed")],
        ),
        h(
            n(),
            "Hoa Viên nhận giấy phép cho phần mở rộng, với 120 triệu USD vốn tăng thêm, từ TP.HCM ngay đầu năm 2016; phần này từng đứng im gần một năm rồi mới khởi động lại.",
            "2017-11-18",
            "ministry",
            ["recalled_licence", "deal_no_event", "increase_amount", "no_day_no_date"],
            firms=[f("Hoa Viên")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(120 * M, "USD")],
            deals=[deal("investment", ["Hoa Viên"], 120 * M, HCM)],
            events=[],
        ),
        h(
            n(),
            "“Nhãn thời trang lớn nào đặt hàng, Jinhua cũng lo được từ bông sợi tới chiếc áo cuối cùng”, ông Zhou Weiming, Chủ tịch Hoa Viên, nói hồi công ty tăng vốn.",
            "2017-11-18",
            "ministry",
            ["quote_first", "role_after_name", "no_event"],
            firms=[f("Jinhua"), f("Hoa Viên")],
            persons=[per("Zhou Weiming", "Chủ tịch Hoa Viên")],
            events=[],
        ),
        h(
            n(),
            "Trong các KCN của thành phố, chưa dự án dệt may nào có vốn lớn hơn, theo ông Lê Minh Trí, Trưởng phòng Đầu tư Ban Quản lý các khu chế xuất và công nghiệp TP.HCM (Hepza).",
            "2017-11-18",
            "ministry",
            [
                "nfd",
                "source_last",
                "role_after_name",
                "province_in_org_name",
                "bracketed_acronym_one_entry",
                "no_event",
            ],
            persons=[
                per("Lê Minh Trí", "Trưởng phòng Đầu tư Ban Quản lý các khu chế xuất và công nghiệp TP.HCM")
            ],
            organizations=["Ban Quản lý các khu chế xuất và công nghiệp TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a radio site's FDI piece on garments, with related links, a quote, recalled plants, talks and
    # a licence (S1 r4) ---
    rows += [
        h(
            n(),
            ">> Dệt may trước cửa hội nhập: nỗi lo nguyên liệu>> Da giày nâng tỷ lệ nội địa hoá>> Xuất khẩu dệt may có giữ được ngôi đầu?",
            "2014-03-21",
            "ministry",
            ["related_links", "glued_links", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Việt Nam là trung tâm sản xuất quan trọng bậc nhất của chúng tôi”, ông Luis Ferrando, Phó Chủ tịch cấp cao phụ trách chuỗi cung ứng toàn cầu của Tập đoàn Corrigan Apparel, nói về làn sóng vốn dệt may đang đổ vào.",
            "2014-03-21",
            "ministry",
            ["quote_first", "role_after_name", "no_event"],
            firms=[f("Corrigan Apparel", "Tập đoàn")],
            persons=[
                per(
                    "Luis Ferrando",
                    "Phó Chủ tịch cấp cao phụ trách chuỗi cung ứng toàn cầu của Tập đoàn Corrigan Apparel",
                )
            ],
            events=[],
        ),
        h(
            n(),
            "Hơn 350 triệu sản phẩm mỗi năm là sản lượng ba nhà máy Corrigan đang chạy ở Việt Nam; hai nhà máy đầu tiên, ở Huế và Hưng Yên, có từ năm 2009.",
            "2014-03-21",
            "ministry",
            ["recalled_plants_no_deal", "counts_in_words", "capacity_no_count"],
            firms=[f("Corrigan")],
            provinces=[pv("Huế"), pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn đang bàn với Tập đoàn Dệt may Việt Nam về một liên doanh làm hàng cao cấp, đại diện Corrigan xác nhận.",
            "2014-03-21",
            "ministry",
            ["talks_no_deal", "state_firm_keeps_viet_nam", "no_event"],
            firms=[f("Dệt may Việt Nam", "Tập đoàn"), f("Corrigan")],
            events=[],
        ),
        h(
            n(),
            "Dự án nhà máy hơn 4 triệu USD của Công ty TNHH May Northfield có giấy chứng nhận đầu tư do tỉnh Bắc Giang trao hồi đầu tháng 3/2014.",
            "2014-03-21",
            "ministry",
            ["licence", "province_as_grantor", "approx", "month_no_date"],
            firms=[f("May Northfield", "Công ty TNHH")],
            provinces=[pv("Bắc Giang")],
            money=[m(4 * M, "USD", approx=True)],
            deals=[deal("investment", ["May Northfield"], 4 * M, BG)],
            events=[
                ev(
                    "investment_licence",
                    [G("tỉnh Bắc Giang"), F("May Northfield")],
                    4 * M,
                    "USD",
                    BG,
                    "licensed",
                )
            ],
        ),
    ]
    # --- Vietnamese news: a trade paper's feature on container making (S3 r1) ---
    rows += [
        h(
            n(),
            "Cơ hội từ cơn khát container\nCước biển neo ở mức cao mấy năm liền vì thiếu vỏ rỗng; thấy cầu lớn, doanh nghiệp Việt đã nhảy vào khâu sản xuất.",
            "2024-06-24",
            "ministry",
            ["feature", "headline_lead", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trên 90% container toàn cầu ra từ các xưởng Trung Quốc, nên khi dịch làm chúng đình trệ năm 2021, cả thị trường thiếu vỏ.",
            "2024-06-24",
            "ministry",
            ["feature", "percentage", "country", "no_event"],
            percentages=[90],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Đường vòng qua Mũi Hảo Vọng để tránh Biển Đỏ kéo dài mỗi chuyến tàu, giữ container trên biển lâu hơn và đẩy cầu lên thêm.",
            "2024-06-24",
            "ministry",
            ["feature", "sea_and_cape_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giao 600 vỏ container 40HC cho Seabridge Container Leasing.",
            "2024-06-24",
            "ministry",
            ["caption", "delivery_buyer_only_no_deal", "count", "no_event"],
            firms=[f("Seabridge Container Leasing")],
            quantities=[c(600, "vỏ container")],
            events=[],
        ),
        h(
            n(),
            "Tháng 12-2021 là lúc nhà máy container của Công ty CP Tập đoàn Thép Đông Hải được động thổ; chưa tới hai năm sau, lô hàng thương mại đầu tiên đã xuất xưởng.",
            "2024-06-24",
            "ministry",
            ["nfd", "recalled_groundbreaking", "deal_no_event", "cong_ty_cp_tap_doan", "month_no_date"],
            firms=[f("Thép Đông Hải", "Công ty CP")],
            deals=[deal("groundbreaking", ["Thép Đông Hải"])],
            events=[],
        ),
        h(
            n(),
            "Nhờ dây chuyền này, Đông Hải thành nhà làm container chuẩn ISO lớn nhất cả nước và cả Đông Nam Á; đơn hàng tới đều từ đó.",
            "2024-06-24",
            "ministry",
            ["feature", "short_name", "region_nothing", "no_event"],
            firms=[f("Đông Hải")],
            events=[],
        ),
        h(
            n(),
            "Mảng container giờ mang về cho Đông Hải những “trái ngọt” đều đặn, khi các hãng cho thuê container ở châu Âu và Mỹ quay sang tìm nguồn hàng ngoài Trung Quốc.",
            "2024-06-24",
            "ministry",
            ["feature", "short_name", "unnamed_buyers_no_deal", "country", "region_nothing", "no_event"],
            firms=[f("Đông Hải")],
            locations=[country("Mỹ"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a military region's paper on the same maker's boxes (S3 r2) ---
    rows += [
        h(
            n(),
            "Quân khu 9 Online\n\nKinh tế - Xã hội > Kinh tế\n\nThứ ba, 19/11/2024, 10:20 (GMT+7)\n236 lượt xem\n\nVì sao vỏ container “made in Vietnam” lọt mắt xanh các hãng logistics lớn?",
            "2024-11-19",
            "ministry",
            [
                "page_chrome",
                "breadcrumb",
                "timestamp",
                "view_counter",
                "question_headline",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Đi được xuyên lục địa là nhờ vỏ làm đúng chuẩn quốc tế, từ thép cán nóng chịu thời tiết mà Đông Hải tự luyện ở Quảng Ngãi.",
            "2024-11-19",
            "ministry",
            ["own_material_no_deal", "short_name", "no_event"],
            firms=[f("Đông Hải")],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Từ tháng 8/2023 đã có vỏ đầu tiên bán ra, chưa đầy hai năm sau khi móng nhà máy được đổ ở Khu công nghiệp Châu Đức, huyện Châu Đức, tỉnh Bà Rịa - Vũng Tàu.",
            "2024-11-19",
            "ministry",
            ["nfd", "groundbreaking_no_firm", "park", "district", "no_event"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Châu Đức"), district("huyện Châu Đức")],
            events=[],
        ),
        h(
            n(),
            "180.000 TEU/năm của giai đoạn 1 đã chạy; khi đủ cả, nhà máy đạt 450.000 TEU/năm, chủ yếu loại dài 20-40 feet.",
            "2024-11-19",
            "ministry",
            ["capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khách từ Ấn Độ và Brazil là nhóm Đông Hải nhắm tới khi đưa vỏ container sang Intermodal Europe 2024 ở Rotterdam (Hà Lan), hội chợ B2B ngành container có hơn 120 doanh nghiệp logistics dự.",
            "2024-11-19",
            "ministry",
            ["fair_no_deal", "city_abroad_not_location", "country_bracket", "count", "approx", "no_event"],
            firms=[f("Đông Hải")],
            locations=[country("Hà Lan"), country("Ấn Độ"), country("Brazil")],
            quantities=[c(120, "doanh nghiệp logistics", True)],
            events=[],
        ),
        h(
            n(),
            "Năm nay, hội chợ xoay quanh container thông minh, số hóa khâu theo dõi hàng và vận tải đa phương thức ít phát thải.",
            "2024-11-19",
            "ministry",
            ["fair_theme", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a short item on a small container plant in the centre (S3 r4 = S5 r1) ---
    rows += [
        h(
            n(),
            "Đầu tư 28 tỷ đồng làm nhà máy container ở Bình Định\nTrên 12.000 m2 ở KCN Phú Tài (Bình Định) sẽ mọc lên một xưởng vừa đóng mới vừa sửa chữa container.",
            "2008-09-12",
            "provincial",
            [
                "short_news",
                "headline_lead",
                "investor_unnamed_no_deal",
                "park",
                "area",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bình Định")],
            money=[m(28 * B, "VND")],
            locations=[park("Khu công nghiệp Phú Tài")],
            areas=[ha(1.2)],
            events=[],
        ),
        h(
            n(),
            "Tháng 6-2009 là mốc xưởng dự kiến chạy; khi đó mỗi năm đóng mới 3.000 teu, còn mảng sửa, cho thuê và mua bán xử lý chừng 2.000 teu.\n\nHQT",
            "2008-09-12",
            "provincial",
            [
                "short_news",
                "capacity_no_count",
                "initials_byline_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: a pickup-based fire engine launched (S7 r1) and a second telling by a lifestyle site (S7 r4) ---
    rows += [
        h(
            n(),
            "Xe chữa cháy kiểu bán tải đầu tiên của Việt Nam, giá từ 1,1 tỉ đồng",
            "2024-07-12",
            "ministry",
            ["headline_only", "price_money", "ti_spelling", "no_event"],
            money=[m(1.1 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Guardian G.90, mẫu Công ty CP Ô tô Minh Việt (MV Motors) vừa giới thiệu, nhắm vào chỗ trống mà xe chữa cháy cỡ lớn bỏ lại: những con hẻm, ngõ hẹp ở đô thị, nơi cần dập lửa sớm.",
            "2024-07-12",
            "ministry",
            ["product_launch_no_deal", "bracketed_acronym_one_entry", "count_in_words", "no_event"],
            firms=[f("Ô tô Minh Việt", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Một số chi tiết đã nội địa hoá, phần còn lại là bộ CKD của một hãng Nhật, lắp thành xe hai cầu ngay trong nước.\nMẫu Guardian G.90 được cấp phép lưu hành\nThanh Tâm",
            "2024-07-12",
            "ministry",
            ["caption", "photo_credit_person", "country_word", "old_tone", "multiline", "no_event"],
            persons=[per("Thanh Tâm", None)],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Chở được 3.100 kg, chạy 200 mét đầu trong 17 giây với máy 2,5 lít chuẩn Euro 5, thân xe chỉ rộng 1.840 mm.",
            "2024-07-12",
            "ministry",
            ["nfd", "specs", "dimension_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngõ nhỏ là chỗ xe tải chữa cháy, thường rộng trên 2.500 mm, chịu thua; thân bán tải hẹp hơn nên len vào được.",
            "2024-07-15",
            "ministry",
            ["lifestyle_site", "dimension_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ra mắt xe bán tải chữa cháy đầu tiên sản xuất, lắp ráp trong nước",
            "2024-07-15",
            "ministry",
            ["lifestyle_site", "headline_only", "product_launch_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một đề tài khoa học cấp Bộ về xe chữa cháy cỡ nhỏ cho đô thị là cơ sở để Phú Vinh Motors thiết kế, thử và hoàn thiện chiếc xe, theo công ty.",
            "2024-07-15",
            "ministry",
            ["nfd", "lifestyle_site", "source_last", "research_project_no_deal", "no_event"],
            firms=[f("Phú Vinh Motors")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the container maker's registration and planned groundbreaking (S13 r2), and its plant topped
    # out (S13 r3) ---
    rows += [
        h(
            n(),
            "Đông Hải sẽ động thổ xưởng container vào tháng 7\nBà Rịa - Vũng Tàu là nơi Đông Hải đặt xưởng vỏ container đầu tiên; lô hàng đầu dự kiến bán ra trong quý III/2022.",
            "2021-04-14",
            "ministry",
            [
                "headline_lead",
                "planned_groundbreaking",
                "announced_investment_no_amount",
                "short_name",
                "multiline",
            ],
            firms=[f("Đông Hải")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            deals=[deal("investment", ["Đông Hải"], None, BRVT)],
            events=[ev("investment_announcement", [F("Đông Hải")], None, None, BRVT, "announced")],
        ),
        h(
            n(),
            "Vốn điều lệ 2.700 tỷ đồng được ghi trên Giấy chứng nhận đăng ký doanh nghiệp mà Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu vừa cấp cho Công ty CP Sản xuất Container Đông Hải (Khu công nghiệp Châu Đức, huyện Châu Đức).",
            "2021-04-14",
            "ministry",
            [
                "business_registration_no_deal",
                "charter_capital_no_deal",
                "park_in_brackets",
                "district",
                "province_in_org_name",
                "no_event",
            ],
            firms=[f("Sản xuất Container Đông Hải", "Công ty CP")],
            organizations=["Sở Kế hoạch và Đầu tư tỉnh Bà Rịa - Vũng Tàu"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(2700 * B, "VND")],
            locations=[park("Khu công nghiệp Châu Đức"), district("huyện Châu Đức")],
            events=[],
        ),
        h(
            n(),
            "Quy mô 450.000 TEU/năm, giai đoạn đầu chừng 160.000 TEU/năm; tiền đã đủ, chỉ chờ xong thủ tục là khởi công, phía doanh nghiệp nói.",
            "2021-04-14",
            "ministry",
            ["nfd", "firm_unnamed_no_deal", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ông Lưu Quang Định, Giám đốc Công ty CP Sản xuất Container Đông Hải, hẹn quý III/2022 là lúc người mua thấy những vỏ container rỗng đầu tiên mang tên Đông Hải.",
            "2021-04-14",
            "ministry",
            ["quote_first", "role_after_name", "sales_plan_no_deal", "no_event"],
            firms=[f("Đông Hải"), f("Sản xuất Container Đông Hải", "Công ty CP")],
            persons=[per("Lưu Quang Định", "Giám đốc Công ty CP Sản xuất Container Đông Hải")],
            events=[],
        ),
        h(
            n(),
            "Gần Cát Lái, gần Cái Mép - Thị Vải, lại ở giữa vùng động lực Đông Nam Bộ: đó là lý do Bà Rịa - Vũng Tàu được chọn, theo ông Định.",
            "2021-04-14",
            "ministry",
            ["region_nothing", "bare_ports_nothing", "surname_alone_no_person", "no_event"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            events=[],
        ),
        h(
            n(),
            "Đông Hải dự kiến bán vỏ container từ quý IV/2022\n\n07/03/2022 09:15\nCuối năm 2023 là mốc đạt 180.000 TEU/năm; trước đó, quý III năm nay là đợt chạy thử.",
            "2022-03-07",
            "ministry",
            [
                "headline_lead",
                "timestamp",
                "sales_plan_no_deal",
                "capacity_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Đông Hải")],
            events=[],
        ),
        h(
            n(),
            "Hôm 24/2, sau ba tháng thi công, mái nhà xưởng container của Đông Hải ở Khu công nghiệp Châu Đức, tỉnh Bà Rịa - Vũng Tàu đã được cất.",
            "2022-03-07",
            "ministry",
            ["topping_out", "plant_under_construction", "deal_no_event", "park"],
            firms=[f("Đông Hải")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Châu Đức")],
            deals=[deal("investment", ["Đông Hải"], None, BRVT)],
            events=[],
        ),
        h(
            n(),
            "Sáu tháng kể từ lễ khởi công là hạn chót cho phần xây dựng cơ bản, nên năm nhà thầu cùng bám công trường, mỗi bên một hạng mục.",
            "2022-03-07",
            "ministry",
            ["counts_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm nhà xưởng, tổng diện tích gần 6,5 ha, đã dựng cột; công trình khởi công tháng 12/2021, trễ năm tháng so với kế hoạch tháng 7 vì đợt dịch thứ tư.",
            "2022-03-07",
            "ministry",
            ["groundbreaking_no_firm", "ordinal_no_count", "area", "approx", "no_event"],
            areas=[ha(6.5, True)],
            events=[],
        ),
        h(
            n(),
            "Giữa tháng 3/2022, lô máy đầu tiên sẽ về xưởng, theo những hợp đồng Đông Hải đã ký với các nhà cung cấp thiết bị hàng đầu thế giới.",
            "2022-03-07",
            "ministry",
            ["unnamed_counterparts_no_deal", "short_name", "no_event"],
            firms=[f("Đông Hải")],
            events=[],
        ),
        h(
            n(),
            "Địa chỉ dự án: lô C3, đường số 4, Khu công nghiệp Châu Đức, xã Suối Nghệ, huyện Châu Đức, tỉnh Bà Rịa - Vũng Tàu.",
            "2022-03-07",
            "ministry",
            ["nfd", "address_line", "park", "district", "commune_nothing", "no_event"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Châu Đức"), district("huyện Châu Đức")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a national site on the circular listing car parts made at home (S16 r4) ---
    rows += [
        h(
            n(),
            "Phụ lục V của Thông tư 05/2021/TT-BKHĐT, Bộ Kế hoạch và Đầu tư ban hành ngày 17/8, là nơi liệt kê linh kiện, phụ tùng ô tô trong nước đã sản xuất được.",
            "2021-09-02",
            "ministry",
            ["object_first", "decision_date", "no_event"],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            decisions=[d("05/2021/TT-BKHĐT", "2021-08-17")],
            events=[],
        ),
        h(
            n(),
            "Hyundai và Mazda không có dòng nào, trong khi khoảng 230 mặt hàng, trên tổng số 296, ghi rõ làm theo tiêu chuẩn Toyota; xe tải chỉ chiếm 20 loại.",
            "2021-09-02",
            "ministry",
            ["nfd", "count", "approx", "count_without_noun_nothing", "no_event"],
            firms=[f("Toyota"), f("Hyundai"), f("Mazda")],
            quantities=[c(230, "mặt hàng", True), c(20, "loại")],
            events=[],
        ),
        h(
            n(),
            "Động cơ, hộp số, hệ truyền động gần như vắng bóng; phần lớn danh mục là thân vỏ (68 hạng mục), rồi tới sàn xe, hơn 60 mục.",
            "2021-09-02",
            "ministry",
            ["count", "approx", "no_event"],
            quantities=[c(68, "hạng mục"), c(60, "mục", True)],
            events=[],
        ),
        h(
            n(),
            "Ghế chừng 35 mục, dây điện trên 25 mục, ống dẫn nhiên liệu chừng mười mục, còn điều hoà vỏn vẹn 4.",
            "2021-09-02",
            "ministry",
            ["count", "approx", "count_in_words", "old_tone", "no_event"],
            quantities=[c(35, "mục", True), c(25, "mục", True)],
            events=[],
        ),
        h(
            n(),
            "Lương công nhân và các giá trị vô hình khác cũng được tính vào con số khoảng 18% nội địa hoá mà TC Motor đưa ra.",
            "2021-09-02",
            "ministry",
            ["old_tone", "percentage", "source_last", "no_event"],
            firms=[f("TC Motor")],
            percentages=[18],
            events=[],
        ),
    ]
    # --- A Japanese community site on a special-vehicle plant begun in the Mekong Delta, and a Khmer site on a police
    # fleet choice, rendered in Vietnamese (S19 r1, S19 r2) ---
    rows += [
        h(
            n(),
            "95 tỷ đồng (chừng 470 triệu yên) là vốn của xưởng lắp ráp, sửa chữa xe chuyên dùng mà Công ty CP Kỹ thuật Ô tô Tân Hưng khởi công ngày 15/4 ở KCN Hòa Phú, tỉnh Vĩnh Long.",
            "2010-04-19",
            "ministry",
            [
                "rendered_from_japanese",
                "amount_first",
                "groundbreaking_started",
                "bracketed_conversion",
                "approx",
                "park",
                "deal_date",
            ],
            firms=[f("Kỹ thuật Ô tô Tân Hưng", "Công ty CP")],
            provinces=[pv("Vĩnh Long")],
            money=[m(95 * B, "VND"), m(470 * M, "JPY", approx=True)],
            locations=[park("Khu công nghiệp Hòa Phú")],
            deals=[deal("groundbreaking", ["Kỹ thuật Ô tô Tân Hưng"], 95 * B, VL, "2010-04-15")],
            events=[ev("groundbreaking", [F("Kỹ thuật Ô tô Tân Hưng")], 95 * B, "VND", VL, "started")],
        ),
        h(
            n(),
            "Xe tải, xe ép rác, xe bồn và khung gầm sẽ ra từ xưởng này, 140 xe và 200 khung gầm mỗi năm khi giai đoạn đầu xong vào quý I/2011; phòng trưng bày, văn phòng tính sau, tất cả trên 2,6 ha.",
            "2010-04-19",
            "ministry",
            ["rendered_from_japanese", "area", "capacity_no_count", "no_event"],
            areas=[ha(2.6)],
            events=[],
        ),
        h(
            n(),
            "Xe SUV của VinFast sẽ chở lãnh đạo, chỉ huy trong các sự kiện lớn của Bộ Công an Việt Nam: ngành này muốn làm gương dùng hàng nội, như cảnh sát Mỹ vẫn đi xe do Mỹ làm.\nNguồn: Re-IDEA",
            "2021-06-30",
            "ministry",
            [
                "rendered_from_khmer",
                "selection_no_contract_no_deal",
                "source_label_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công an Việt Nam"],
            firms=[f("VinFast")],
            locations=[country("Mỹ")],
            events=[],
        ),
    ]
    # --- English: a park developer's page on a shipment from the container maker (S5 r3 = S18 r3) ---
    rows += [
        h(
            n(),
            "Four years after it began building at Chau Duc Industrial Park, Ho Chi Minh City (formerly Ba Ria - Vung Tau Province), Dong Hai Container Manufacturing JSC sent its latest lot, 1,200 dry containers (20 feet), to global carrier Corvane Lines in September.",
            "2025-10-02",
            "ministry",
            [
                E,
                "delivery_two_named_firms",
                "recalled_supply_contract",
                "count",
                "english_park_no_location",
                "former_province",
            ],
            firms=[f("Corvane Lines"), f("Dong Hai Container Manufacturing", "JSC")],
            provinces=[pv("Hồ Chí Minh"), pv("Bà Rịa - Vũng Tàu")],
            quantities=[c(1200, "dry containers")],
            deals=[deal("supply_contract", ["Dong Hai Container Manufacturing", "Corvane Lines"])],
            events=[],
        ),
        h(
            n(),
            "About Dong Hai Container Manufacturing JSC:\nNo container plant in Vietnam or Southeast Asia is bigger: 450,000 TEU a year at full build-out, of which the first 180,000-TEU phase for 20-40 ft boxes is already running.",
            "2025-10-02",
            "ministry",
            [E, "about_block", "capacity_no_count", "region_nothing", "multiline", "no_event"],
            firms=[f("Dong Hai Container Manufacturing", "JSC")],
            events=[],
        ),
        h(
            n(),
            "About Chau Duc Industrial Park:\nLogistics and manufacturing investors make up most of the 420-ha park's tenants, drawn by a deep-sea port cluster at Cai Mep - Thi Vai that is five minutes away.",
            "2025-10-02",
            "ministry",
            [
                E,
                "about_block",
                "area",
                "english_park_no_location",
                "bare_port_nothing",
                "multiline",
                "no_event",
            ],
            areas=[ha(420)],
            events=[],
        ),
    ]
    # --- English: a press-wire copy of the national news service on the plant topped out (S13 r1), and the news
    # service's earlier item on its registration (S13 r4) ---
    rows += [
        h(
            n(),
            "VIETNAM, March 9 - A rendering of the Dong Hai container plant. — Photo baodautu.vn\nHÀ NỘI — Dong Hai Group's container factory in the Chau Duc Industrial Park, Ba Ria - Vung Tau Province, has its roof on, a quarter of a year after construction got going.",
            "2022-03-09",
            "ministry",
            [
                E,
                "press_wire_prefix",
                "photo_site_credit_nothing",
                "dateline_province",
                "plant_under_construction",
                "deal_no_event",
                "multiline",
            ],
            firms=[f("Dong Hai Group")],
            provinces=[pv("Hà Nội"), pv("Bà Rịa - Vũng Tàu")],
            deals=[deal("investment", ["Dong Hai Group"], None, BRVT)],
            events=[],
        ),
        h(
            n(),
            "The first roof trusses, on workshop No 4, went up on February 20; by then columns stood across all five workshops, nearly 6.5 hectares of floor. Sales are due from the fourth quarter. — VNS",
            "2022-03-09",
            "ministry",
            [E, "area", "approx", "counts_in_words", "agency_credit_nothing", "no_event"],
            areas=[ha(6.5, True)],
            events=[],
        ),
        h(
            n(),
            "A business registration certificate handed over on Monday by Ba Ria - Vung Tau's Department of Planning and Investment has cleared the way for Dong Hai Container Manufacturing Joint Stock Company, and parent Dong Hai Group plans to break ground on the province's first container plant in July.",
            "2021-04-13",
            "ministry",
            [
                E,
                "object_first",
                "business_registration_no_deal",
                "planned_groundbreaking",
                "province_possessive",
                "weekday_no_date",
            ],
            firms=[f("Dong Hai Container Manufacturing", "Joint Stock Company"), f("Dong Hai Group")],
            organizations=["Department of Planning and Investment"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            deals=[deal("investment", ["Dong Hai Group"], None, BRVT)],
            events=[ev("investment_announcement", [F("Dong Hai Group")], None, None, BRVT, "announced")],
        ),
        h(
            n(),
            "Only the group's Quang Ngai complex rolls the weathering steel grade in Việt Nam, and steel is some 52 per cent of a container's production cost. — Photo courtesy of Dong Hai Group",
            "2021-04-13",
            "ministry",
            [E, "percentage", "firm_photo_credit", "no_event"],
            firms=[f("Dong Hai Group")],
            provinces=[pv("Quảng Ngãi")],
            percentages=[52],
            events=[],
        ),
    ]
    # --- English: the national agency's English service on a maker's semi-trailers for the US (S17 r1, S17 r2) ---
    rows += [
        h(
            n(),
            "Truong Sa ships first 640 of its semitrailers to US\nSome 12,800 semi-trailers worth 186 million USD are to reach the US in 2022 under the agreement TSA Industries has with Harlan Trailer Works, a top-12 US trailer builder; this lot is the first.",
            "2022-01-05",
            "ministry",
            [
                E,
                "headline_lead",
                "order_told_through_export",
                "recalled_supply_contract",
                "count",
                "country",
                "multiline",
            ],
            firms=[f("Truong Sa"), f("TSA Industries"), f("Harlan Trailer Works")],
            locations=[country("US")],
            money=[m(186 * M, "USD")],
            quantities=[c(640, "semitrailers"), c(12800, "semi-trailers", True)],
            deals=[deal("supply_contract", ["TSA Industries", "Harlan Trailer Works"], 186 * M)],
            events=[],
        ),
        h(
            n(),
            "More than 310 million USD is the value of a second document inked at the same ceremony: Harlan becomes exclusive US distributor of 21,000 TSA Industries semi-trailers in 2023.",
            "2022-01-05",
            "ministry",
            [E, "distribution_agreement_supply", "short_name_second_entry", "approx", "count", "country"],
            firms=[f("TSA Industries"), f("Harlan")],
            locations=[country("US")],
            money=[m(310 * M, "USD", approx=True)],
            quantities=[c(21000, "semi-trailers")],
            deals=[deal("supply_contract", ["TSA Industries", "Harlan"], 310 * M)],
            events=[
                ev("supply_contract", [F("TSA Industries"), F("Harlan")], 310 * M, "USD", None, "signed")
            ],
        ),
        h(
            n(),
            "TSA semitrailer shipments to US pick up pace\nHCM City (VNS/VNA) - Five times last year's US volume is what conglomerate TSA expects in 2021; a second lot of 48 semi-trailers went out earlier this month, after 64 units in 2020. (Photo courtesy of TSA)",
            "2021-05-18",
            "ministry",
            [
                E,
                "headline_lead",
                "dateline_province",
                "count",
                "firm_photo_credit",
                "multiplier_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("TSA")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("US")],
            quantities=[c(48, "semi-trailers"), c(64, "units")],
            events=[],
        ),
        h(
            n(),
            "TSA's memorandum with Harlan Trailer Works on making and selling semi-trailers in the US, signed in March last year, led to larger contracts with Ridgeway Intermodal, Harlan's local arm, in 2021.",
            "2021-05-18",
            "ministry",
            [E, "recalled_mou", "recalled_contracts", "deal_no_event", "possessive_firm", "country"],
            firms=[f("TSA"), f("Harlan Trailer Works"), f("Ridgeway Intermodal"), f("Harlan")],
            locations=[country("US")],
            deals=[
                deal("mou", ["TSA", "Harlan Trailer Works"]),
                deal("supply_contract", ["TSA", "Ridgeway Intermodal"]),
            ],
            events=[],
        ),
        h(
            n(),
            "Covid-19 shipping snags held exports up for months, so TSA now hopes to send 460 units in June and the second half; more than 120 trailers are also due to go to Japan, Thailand and Myanmar this year.",
            "2021-05-18",
            "ministry",
            [E, "export_plan_no_deal", "count", "approx", "country", "no_event"],
            firms=[f("TSA")],
            locations=[country("Japan"), country("Thailand"), country("Myanmar")],
            quantities=[c(460, "units"), c(120, "trailers", True)],
            events=[],
        ),
    ]
    # --- English: a Japanese wire's English copy of the first shipment (S17 r3) and the national site's two English
    # stories (S17 r4 = S20 r1, S19 r3 = S20 r3) with a blog repost of the second (S20 r2) ---
    rows += [
        h(
            n(),
            "Image from a stock photo site\nQUANG NAM, VNA - The first 34 semi-trailers that Truong Sa Auto Corporation, known as TSA, has sold into the US left port on June 2.",
            "2020-06-03",
            "ministry",
            [
                E,
                "dateline_caps_province",
                "alias_no_firm",
                "export_no_deal",
                "count",
                "image_credit_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Truong Sa Auto Corporation")],
            provinces=[pv("Quảng Nam")],
            locations=[country("US")],
            quantities=[c(34, "semi-trailers")],
            events=[],
        ),
        h(
            n(),
            "TSA Special Vehicles Manufacturing Limited Company, the group's builder of semi-trailers and special vehicles, made them; the rest of the lot of 66 units for Harlan Trailer Works follows later this month.",
            "2020-06-03",
            "ministry",
            [E, "export_no_deal", "builder_not_party", "foreign_legal_form", "count", "no_event"],
            firms=[f("Harlan Trailer Works"), f("TSA Special Vehicles Manufacturing", "Limited Company")],
            quantities=[c(66, "units")],
            events=[],
        ),
        h(
            n(),
            "Exports of all kinds should top 1,500 vehicles and 48 million USD this year, the maker said, with Japan, Australia and ASEAN next on its list. - VNA",
            "2020-06-03",
            "ministry",
            [E, "target_no_deal", "approx", "count", "agency_credit_nothing", "no_event"],
            locations=[country("Japan"), country("Australia")],
            money=[m(48 * M, "USD")],
            quantities=[c(1500, "vehicles", True)],
            events=[],
        ),
        h(
            n(),
            "Vietnamese carmaker calls US entry a ‘springboard’\nBy Minh Chau   June 4, 2020 | 08:10 pm PT\nA foothold in a market as demanding as the US, TSA argues, gives it a bigger role in the global value chain.",
            "2020-06-04",
            "ministry",
            [E, "headline_lead", "byline", "adjective_no_country", "multiline", "no_event"],
            persons=[per("Minh Chau", None)],
            firms=[f("TSA")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Harlan Trailer Works, a century-old firm among North America's 15 biggest trailer makers, will pass 66 units on to American buyers; 34 of them, built at TSA's Tam Hiep Industrial Park plant in Quang Nam Province, sailed on June 2 for the U.S.",
            "2020-06-04",
            "ministry",
            [E, "object_first", "english_park_no_location", "export_no_deal", "count", "region_nothing"],
            firms=[f("Harlan Trailer Works"), f("TSA")],
            provinces=[pv("Quảng Nam")],
            locations=[country("U.S.")],
            quantities=[c(66, "units")],
            events=[],
        ),
        h(
            n(),
            "On the quay at Ky Ha port (Quang Nam province): TSA trailers bound for the U.S.",
            "2020-06-04",
            "ministry",
            [E, "caption", "bare_port_nothing", "province_bracket", "no_event"],
            firms=[f("TSA")],
            provinces=[pv("Quảng Nam")],
            locations=[country("U.S.")],
            events=[],
        ),
        h(
            n(),
            '"If a trailer passes in the U.S., it passes almost anywhere," a TSA representative said, adding that the firm had studied the market for a year before it signed the memorandum.',
            "2020-06-04",
            "ministry",
            [E, "quote_first", "memorandum_one_side_no_deal", "no_event"],
            firms=[f("TSA")],
            locations=[country("U.S.")],
            events=[],
        ),
        h(
            n(),
            "Vietnamese auto firm readies semi-trailers for US\nBy Hoang Lan   April 11, 2020 | 02:40 am PT\nTSA has kept selling vehicles, mechanical parts and components abroad while Covid-19 shut much of the industry down.",
            "2020-04-11",
            "ministry",
            [E, "headline_lead", "byline", "multiline", "no_event"],
            persons=[per("Hoang Lan", None)],
            firms=[f("TSA")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "A dealership agreement with Harlan Trailer Works is the next step TSA plans, alongside its first 66 semi-trailers for the U.S. at the end of May 2020.",
            "2020-04-11",
            "ministry",
            [E, "future_agreement_announced", "distribution_agreement_supply", "count"],
            firms=[f("TSA"), f("Harlan Trailer Works")],
            locations=[country("U.S.")],
            quantities=[c(66, "semi-trailers")],
            deals=[deal("supply_contract", ["TSA", "Harlan Trailer Works"])],
            events=[
                ev("supply_contract", [F("TSA"), F("Harlan Trailer Works")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "Ridgeway Intermodal, owned by Harlan, is to act for TSA in North America under the memorandum TSA and Harlan signed in February.",
            "2020-04-11",
            "ministry",
            [E, "recalled_mou", "deal_no_event", "month_no_date", "region_nothing"],
            firms=[f("TSA"), f("Harlan"), f("Ridgeway Intermodal")],
            deals=[deal("mou", ["TSA", "Harlan"])],
            events=[],
        ),
        h(
            n(),
            "Hi-tech investment\nTSA Special Vehicles Manufacturing Limited Company (TSA SV), founded in 2016, is where the semi-trailers, special vehicles and heavy specials for home and foreign buyers are built.",
            "2020-04-11",
            "ministry",
            [E, "subheading", "subsidiary_no_deal", "bracketed_acronym_one_entry", "multiline", "no_event"],
            firms=[f("TSA Special Vehicles Manufacturing", "Limited Company")],
            events=[],
        ),
        h(
            n(),
            "Vietnamese auto firm readies semi-trailers for US - VnExpress International\n\n2022-07-23 07:04:05 By : Mr. Kevin Lu\n\nA fibre laser cutting line at TSA's mechanical complex in Tam Hiep.",
            "2022-07-23",
            "ministry",
            [
                E,
                "blog_repost",
                "outlet_nothing",
                "byline_with_honorific",
                "caption",
                "bare_place_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Kevin Lu", None)],
            firms=[f("TSA")],
            locations=[country("US")],
            events=[],
        ),
    ]
    # --- English: a maritime news site on the new box plants (S18 r1) and a defence forum reposting a leasing firm's
    # item (S18 r2) ---
    rows += [
        h(
            n(),
            "AsiaContainers\n\nVietnam lines up a challenge to China's box makers\n\nTom Harlow March 9, 2022",
            "2022-03-09",
            "ministry",
            [
                E,
                "category_tags",
                "headline",
                "byline_glued_date",
                "country_possessive",
                "multiline",
                "no_event",
            ],
            persons=[per("Tom Harlow", None)],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Own steel, 450,000 teu a year and a start in the last quarter: that is the plan for the container plant Dong Hai Group is building in southern Ba Ria - Vung Tau province.",
            "2022-03-09",
            "ministry",
            [E, "plant_under_construction", "deal_no_event", "capacity_no_count"],
            firms=[f("Dong Hai Group")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            deals=[deal("investment", ["Dong Hai Group"], None, BRVT)],
            events=[],
        ),
        h(
            n(),
            "Another box factory is going up in Haiphong, the work of South Korea's Dongbang Systems and Kumsan Engineering, with an opening pencilled in for later this year.",
            "2022-03-09",
            "ministry",
            [E, "plant_under_construction", "one_deal_of_both", "deal_no_event", "country_possessive"],
            firms=[f("Dongbang Systems"), f("Kumsan Engineering")],
            provinces=[pv("Hải Phòng")],
            locations=[country("South Korea")],
            deals=[deal("investment", ["Dongbang Systems", "Kumsan Engineering"], None, HP)],
            events=[],
        ),
        h(
            n(),
            "Dong Hai to build first container plant in Vietnam - Kestrel Box Leasing B.V. Dong Hai to build first container plant in Vietnam Dong Hai to build first container plant in Vietnam",
            "2021-12-24",
            "ministry",
            [E, "forum_repost", "title_repeated", "announced_investment_no_amount", "foreign_legal_form"],
            firms=[f("Dong Hai"), f("Kestrel Box Leasing", "B.V.")],
            deals=[deal("investment", ["Dong Hai"])],
            events=[ev("investment_announcement", [F("Dong Hai")], None, None, None, "announced")],
        ),
        h(
            n(),
            "US$118 million is what Vietnamese steelmaker Dong Hai has said it will spend on a container factory near Ho Chi Minh City, with building due from July and 450,000 TEU a year, mostly 20ft and 40ft, at full tilt.",
            "2021-12-24",
            "ministry",
            [E, "forum_repost", "announced_investment", "near_city_not_site", "capacity_no_count"],
            firms=[f("Dong Hai")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(118 * M, "USD")],
            deals=[deal("investment", ["Dong Hai"], 118 * M)],
            events=[ev("investment_announcement", [F("Dong Hai")], 118 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Dong Hai reckons rolling its own steel lets it match CIMC, DFIC and CXIC on price, though those three Chinese makers build about 78 percent of the world's boxes.",
            "2021-12-24",
            "ministry",
            [E, "forum_repost", "firm_list", "percentage", "adjective_no_country", "no_event"],
            firms=[f("CIMC"), f("DFIC"), f("CXIC"), f("Dong Hai")],
            percentages=[78],
            events=[],
        ),
    ]
    # --- English: a Russian port site's English item on a container joint venture of the early 2000s (S18 r4) ---
    rows += [
        h(
            n(),
            "A 42,000-TEU yearly output is expected from the US$28 million plant that Southern Shipbuilding Corporation (Sosco) and Kuo Hsing Enterprise (KHE) of Taiwan own together, deputy general director Tran Thi Lan said, calling it Southeast Asia's second-largest.",
            "2004-06-15",
            "ministry",
            [
                E,
                "joint_venture_plant_descriptive",
                "one_deal_of_both",
                "deal_no_event",
                "bracketed_acronym_one_entry",
                "country_of",
                "role_before_name",
                "capacity_no_count",
            ],
            firms=[f("Southern Shipbuilding Corporation"), f("Kuo Hsing Enterprise")],
            persons=[per("Tran Thi Lan", "deputy general director")],
            locations=[country("Taiwan")],
            money=[m(28 * M, "USD")],
            deals=[deal("investment", ["Southern Shipbuilding Corporation", "Kuo Hsing Enterprise"], 28 * M)],
            events=[],
        ),
        h(
            n(),
            "By 2010 Sosco wants 200,000 TEUs a year from the venture, STC, by way of 100,000 TEUs first and new plants in the centre and south, said chief executive Pham Van Quang.",
            "2004-06-15",
            "ministry",
            [E, "capacity_target_no_deal", "role_before_name", "acronym_alone_firm", "no_event"],
            firms=[f("Sosco"), f("STC")],
            persons=[per("Pham Van Quang", "chief executive")],
            events=[],
        ),
        h(
            n(),
            "Sosco Ocean Shipping Co and Taiwan's Everstar Co became the venture's first buyers yesterday, when STC signed contracts to supply them with boxes; no values were given.",
            "2004-06-15",
            "ministry",
            [
                E,
                "two_supply_contracts",
                "seller_first",
                "yesterday_no_date",
                "foreign_legal_form",
                "country_possessive",
            ],
            firms=[f("STC"), f("Sosco Ocean Shipping", "Co"), f("Everstar", "Co")],
            locations=[country("Taiwan")],
            deals=[
                deal("supply_contract", ["STC", "Sosco Ocean Shipping"]),
                deal("supply_contract", ["STC", "Everstar"]),
            ],
            events=[
                ev("supply_contract", [F("STC"), F("Sosco Ocean Shipping")], None, None, None, "signed"),
                ev("supply_contract", [F("STC"), F("Everstar")], None, None, None, "signed"),
            ],
        ),
        h(
            n(),
            "Foreign lines take most of the roughly $1.2 billion Vietnam pays each year to move its containers, the Ministry of Transport says, and demand for boxes rises about 45 per cent a year.",
            "2004-06-15",
            "ministry",
            [E, "statistics_no_deal", "percentage", "money_per_year", "approx", "no_event"],
            organizations=["Ministry of Transport"],
            percentages=[45],
            money=[m(1.2 * B, "USD", "year", True)],
            events=[],
        ),
    ]
    # --- English: a national site's English edition on imported trucks (S19 r4) ---
    rows += [
        h(
            n(),
            "VietNamNet Bridge – Heavy trucks made in Vietnam are still nowhere to be bought by local hauliers, even though trucks are what the car-industry strategy puts first.\n\n{keywords}",
            "2015-04-07",
            "ministry",
            [E, "outlet_prefix_nothing", "template_junk", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            '"Korean ones are good but dear, Chinese ones cheap but poor," says a Hanoi haulage owner still without the heavy truck he started looking for two months ago.',
            "2015-04-07",
            "ministry",
            [E, "city_as_province", "adjective_no_country", "duration_no_count", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Prices were not given over the phone at Kim Long Group, which assembles China's Dongfeng vehicles in Hai Phong; buyers were told to visit the workshop.",
            "2015-04-07",
            "ministry",
            [E, "group_no_form", "country_possessive", "no_event"],
            firms=[f("Kim Long Group"), f("Dongfeng")],
            provinces=[pv("Hải Phòng")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "China supplied 33 per cent of the value and 21 per cent of the units when 14,120 completely built vehicles, worth $547 million and mostly Chinese trucks, came in during 2014, three times the 2013 level, customs figures show.",
            "2015-04-07",
            "ministry",
            [E, "statistics_no_deal", "count", "percentage", "multiplier_nothing", "no_event"],
            locations=[country("China")],
            money=[m(547 * M, "USD")],
            percentages=[33, 21],
            quantities=[c(14120, "completely built vehicles")],
            events=[],
        ),
    ]
    # --- English: a North American trucking paper on an axle maker with a Chinese partner (S20 r4) ---
    rows += [
        h(
            n(),
            "Chinese-built axles go mainstream\nMEMPHIS, Tenn. — Steer, drive and trailer axles, air suspensions, brakes and landing gear for OE and aftermarket buyers now come from a newcomer, Axon Running Gear.",
            "2009-05-20",
            "ministry",
            [
                E,
                "headline_lead",
                "foreign_dateline_nothing",
                "supplier_status_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Axon Running Gear")],
            events=[],
        ),
        h(
            n(),
            "Co-founder Marco Bellandi runs both the privately held US firm and its Chinese partner, Zhejiang Hengda Heavy Industries, which makes every part to North American interchange standards.",
            "2009-05-20",
            "ministry",
            [E, "partnership_no_contract_no_deal", "country", "role_before_name", "no_event"],
            firms=[f("Zhejiang Hengda Heavy Industries")],
            persons=[per("Marco Bellandi", "Co-founder")],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Final axle assembly and brake-shoe remanufacturing are the jobs of the 9,000-square-metre building Axon opened in Memphis in February, its first in North America.",
            "2009-05-20",
            "ministry",
            [E, "inauguration_abroad_no_capital", "event_no_deal", "area", "city_abroad_not_location"],
            firms=[f("Axon")],
            areas=[ha(0.9)],
            events=[ev("inauguration", [F("Axon")], None, None, None, "completed")],
        ),
    ]
    return rows
