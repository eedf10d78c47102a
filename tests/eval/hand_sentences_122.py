# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 122 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: ceramics, sanitary ware, tiles and their supply chains (glazes and
frits, kaolin and feldspar, plaster moulds, kilns and kiln lines; tile, sanitary-ware and porcelain plants, their
investors, openings, exports and trade-remedy news). Written and annotated for every field BEFORE any tagger was run on
them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà
máy gạch ốp lát khánh thành vốn đầu tư", S2 "Viglacera nhà máy sứ vệ sinh mở rộng công suất", S3 "dự án sản xuất gạch
ceramic được cấp giấy chứng nhận đăng ký đầu tư khu công nghiệp", S4 "men frit gốm sứ nhà máy sản xuất đầu tư", S5
"khuôn thạch cao sứ vệ sinh công nghiệp hỗ trợ", S6 "lò nung con lăn gạch men tiết kiệm năng lượng chuyển đổi khí", S7
"Bát Tràng làng gốm lò ga doanh nghiệp xuất khẩu", S8 "gốm sứ Minh Long Bình Dương xuất khẩu doanh thu", S9 "Prime Group
gạch Vĩnh Phúc nhà máy", S10 "TOTO Inax Lixil nhà máy Việt Nam sứ vệ sinh", S11 "Bộ Công Thương chống bán phá giá gạch
ốp lát nhập khẩu Trung Quốc Ấn Độ", S12 "đá ốp lát nhân tạo granite nhà máy Bình Dương Đồng Nai công suất m2", S13 "cao
lanh fenspat nguyên liệu gốm sứ mỏ cấp phép", S14 "Đồng Tâm Taicera Bạch Mã gạch men cổ phần thoái vốn", S15 "xuất khẩu
gốm sứ kim ngạch tăng thị trường Mỹ", S16 "ký hợp đồng cung cấp dây chuyền thiết bị lò nung gạch Ý SACMI", and in
English S17 "Vietnam ceramic tile factory investment million USD", S18 "Vietnam sanitary ware plant expansion Japanese",
S19 "Vietnam porcelain ceramics exports Bat Trang", S20 "Vietnam anti-dumping ceramic tiles investigation". No sentence
is taken or paraphrased from a page; the shapes are. Firm and person names and the
figures are invented (Gốm sứ Thăng Long Xanh / Thăng Long Xanh, Kuroda Toki (a Japanese sanitary-ware maker standing in for the
one the pages named), Vĩnh Thịnh, Gốm Trà Khúc, Gạch men Hòa Bình Xanh, Men màu Sơn Tây, Gạch men Kim Sơn, Gốm sứ Đông
Triều, Cao su Tân Phú, Hàng không Sao Việt, Học viện Bay Nordic Wings, the nine tile petitioners Hoàng Gia Ceramic, Gạch
men Á Đông, Thạch Anh Việt, Gốm Đất Lành, Granite Kinh Bắc, Đông Phong, Gốm sứ Vân Long, Công nghiệp Minh Hà and Ceramic
Phố Hiến with their English spellings, Hoang Long Porcelain, Thanh Ha Ceramic, the Dong Nai Fine Art Ceramics
Association as written, the "Peru" probe, Decision 2281/QĐ-BCT, Decree 92/2025/NĐ-CP, Công văn 2187/BXD-VLXD and
Quyết định 1470/QĐ-BXD and 1329/QĐ-BXD as numbers, and every official, director, artisan, analyst, uploader,
photographer and byline); well-known names (Bộ Công Thương / the Ministry of Industry and Trade / MOIT, Cục Phòng vệ
thương mại, the Trade Remedies Authority, Bộ Xây dựng, Sở Xây dựng tỉnh Đồng Nai, Tổng cục Hải quan, Hiệp hội Gốm sứ xây dựng Việt Nam, Eurostat, the parks Phú Mỹ 3, Đồng An 2, Phố Nối A, Nội Bài
and the cluster Tịnh Ấn Tây, the craft villages Phù Lãng, Bát Tràng and Chu Đậu) appear only in sentences of our own,
with figures, dates and places changed.

What the sample looked like (80 result slots; the same two Polish-domain slugs came back in seven and eight searches, and a
Japanese sanitary-ware maker's fourth-plant opening filled seven slots in Japanese): 30 were spam (crusher, silo,
ball-mill, sand, ferro-silicon and "Bảng giá" slugs on Polish, Italian and Dutch domains, all first four of S6, S12 and
S16 and three of S13, and two kuwin betting salads with run-together words); 16 were tag, title, list and
disclosure pages (a category list page with its date line, headline and tile-inventory lead; a standards-service title;
an ebook tag; a business weekly's ceramics-planning tag with a headline and lead, returned twice; two ceiling-plaster
explainer titles; a bilingual culture-blog tag; a village-history tag with "Continue Reading"; a forum price-list title;
a norms title with a QĐ-BXD number; a bank-loan hashtag; two stock-disclosure titles and a divestment tag; an English
magazine tag naming two porcelain makers and its author with her post); 4 were document pages (a document store's
feasibility study for a brick plant with breadcrumbs, a phone number, page metadata, labelled fields, caps cover and
contents; a Thai university course page; a document store's stock analysis of an unrelated listed firm with its
capital, shareholders, analysts and price line; an English industry report with its page chrome, contents and
outlook); 12 were Vietnamese news (a sanitary-ware plant's groundbreaking in a Bà Rịa - Vũng Tàu park with its area,
capacity, cost, schedule, anniversary and a same-day glass-plant opening; a provincial paper's approved tunnel-brick
project with no investor named, its schedule and revocation clause; a ministry's official letter to a provincial
department on a tile expansion, with a planning decision and a byline; an aggregator teaser on an artisan's kilns; an
overseas anti-dumping probe on Vietnamese tiles with country margins, told twice; a petition on Indian tiles received,
under a related-links block; the initiation decision with HS codes and nine petitioners; four monthly export-statistics
stories with market lists, a caption and a source line); 8 were foreign-language pages (the Japanese maker's plant
opening in a Hưng Yên park with its yen cost, capacity, earlier plants, floor area, attendees, a translation note and a
faucet plant under construction, seven times; a Vietnamese tile group's plant opening in Quảng Nam with its cost,
capacity and the association's statistics; read for their shapes and rendered here in Vietnamese); 10 were English (SGGP
and a VNS copy on a wire site of a deputy minister on the industry's size; a Japanese daily on the maker's faucet plant;
an export-statistics story with a caption; VietnamPlus on Bình Dương porcelain and on home porcelain makers with market
size, directors' quotes and yearly upgrade spending; the Indian-tile anti-dumping case told by VNS, SGGP, a law-firm
brief and a trade portal). About 11 of the 80 slots told a deal or an event with a named party (the groundbreaking with
its same-day opening, the Japanese maker's opening seven times over with its earlier plants and the faucet plant, the
Quảng Nam opening, the faucet plant's announcement), most of them one story; the searches on kiln-line contracts,
licences, divestments, frit and mould makers (S3, S4, S5, S6, S14, S16) returned spam, titles, disclosures and an
approval with no investor, and no supply contract, licence naming an investor, acquisition or firm-firm MoU came up in
any first four, so the batch has none (its one MoU is a firm-academy agreement in a related-links line).

Rows: 155 (hand-36801 to hand-36955); 9 carry a deal or an event (6%, as the sample: a third spam and most of the deal
slots one story): 7 events (4 inaugurations, 1 groundbreaking, 1 MoU, 1 investment announcement) and 7 `deals` entries
(6 investment, 1 groundbreaking); 2 rows hold only a deal (hand-36910 a recalled first plant, 36917 a faucet plant under
construction) and 2 only an event (36868 an opening without capital, 36883 a firm-academy MoU). 146 rows are negatives
and other fields. By page kind: 27 rows of spam slugs and salads (36801-36827, 0 with a deal or event), 21 of tag,
title, list, hashtag and disclosure pages (36828-36848, 0), 13 of document pages, a course page and an English report
(36849-36861, 0), 46 of Vietnamese news (36862-36907, 3), 13 of the Japanese pages rendered in Vietnamese (36908-36920,
5) and 35 of English news (36921-36955, 1); 40 rows are English (`english_copy`, 26%: the English news, the magazine tag
and four report rows). 9 rows are stored in NFD (hand-36808, 36816, 36820, 36836, 36871, 36874, 36889, 36907, 36917); 5
use old tone placement (36847 "Thanh Hoá", 36854 "tối ưu hoá", 36870 and 36914 "tự động hoá", 36883 "thoả thuận"); 34
hold several lines (headlines and leads, date lines, breadcrumbs and page metadata, captions, bylines, related links,
covers, contents and tables).

Own wording: on review of the first draft against the sampled pages, about 85 drafts followed a sampled sentence too
closely (same clause order, the same run of facts with names and figures swapped, or a rendering of a foreign page in
its own order) and were rewritten from scratch with another order (amount-first, object-first, share-first,
conclusion-first, effect-first, date-first) or other content: the list page's inventory lead, the standards title, the
planning tag's lead, the village-history tag, the forum title, the divestment tag, the merger disclosure, the magazine
tag's author line; the contents lines; the groundbreaking's capacity, amount, anniversary, same-day opening and
equipment lines; the brick project's schedule; all three lines of the ministry letter; the aggregator teaser; the
initiation decision; the market-share, fastest-growth, rising-and-falling, new-markets, consumer-shift and Taiwan-Japan
export lines; every Japanese rendering (the opening lead and its second telling, products, attendees, tracking code,
floor area, site and faucet plant, the transport-cost and association lines); and nearly every English row (the deputy
minister's lead, figures and capacity, the faucet plant's site and export base, all six export-story lines, the Bình
Dương and home-market lines, the directors' quotes, the upgrade spending, the petition, deadline, decision, takeaways,
margin, scope, questionnaire and duties lines). Six spam slugs first drafted in shapes met only at ranks 5-8 (a "quy
trình chi phí chỉ số" slug, S4 r6; a robo-crusher pdf slug, S16 r7; an FOB-price slug, S12 r6; a crusher-design slug,
S12 r5; a cubic-yard slug, S12 r8; a "báo giá" refining slug, S12 r7) were rewritten into shapes from the first four.
Dropped: a markets line that only translated a sampled sentence (replaced by a products-by-market line), and five
English drafts (a faucet-design line, an experts' line, an expiry-review line, a registration-form line, an importers'
line) to keep the English share near a quarter; a staff-count line for the Japanese plant was not written since its
shape came only from rank 7 (S10 r7). Nothing was used from ranks 5-8, among them: a granite plant's approval on a
betting domain, a norms title and two more feasibility studies (S1 r5-r8); the association's telling of the
groundbreaking with its exact cost and a float-glass groundbreaking, a PESTLE paper, a granite plant's opening with a
director's quote and plant purchases, and a restructuring of the sanitary-ware arm with its subsidiaries (S2 r5-r8); a
tile plant's adjusted investment policy in Quảng Ninh and a brick licence in Bình Định (S3 r5, r7); Đồng Nai hopman
kilns, a cement internship report and a clay-tile maker's energy savings (S6 r5, r7, r8); a Bát Tràng thesis, glaze
artisan, OCOP and revenue features (S7 r5-r8); a tile group's history (S9 r6); a Chinese-English telling of the
Japanese plant with its tunnel kilns and the maker's second plant with its cost and staff (S10 r5, r7); the VnEconomy
decision page, a questionnaire extension and a steel-decision tag (S11 r5, r7, r8); a raw-materials document and a
kaolin-standards page (S13 r6-r7); a fertiliser EPC story and a tile group's tag (S14 r5-r6); 2020, 2016 and 2014 export
tables (S15 r5-r8); a VNA telling, a data firm's post, a 2003 industry profile and new sanitary-ware investment rules
(S17 r5-r8); a sash plant, the maker's second plant, a furniture maker's unit and a heating-appliance plant (S18 r5-r8);
a donor-funded village strategy, a porcelain-market story, a neighbouring pottery commune and a Tết feature (S19 r5-r8);
and four more tellings of the Indian-tile case and the earlier Argentine probe (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-121 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started", dated when the row gives a day
(with the publication's year); an opening with its capital is an investment deal and an inauguration "completed",
without capital the event only, dated only with a day; a named firm's plan with an amount is an announced investment;
recalled plants and plants under construction with their owner are deals without events (batches 82, 121); approvals
naming no investor, document investor lines ("CHỦ ĐẦU TƯ : ..."), shareholdings, divestments without a buyer, merger
plans, petitions, petitioner lists, trade-remedy decisions and margins, sales, export statistics, land purchases and
schedules give no deal; a school-firm agreement is a `mou` event with an organisation party and no deal (batch 99);
vague amounts are none; "khoảng", "chừng", "gần", "hơn", "about", "some", "more than", "over" are approximate; money
"a year" is per "year" and a bracketed conversion takes the same per (batch 111); bracketed conversions are both money;
"nghìn USD" is thousands; tonnages, capacities, product square metres and sq.m of tiles, temperatures, ratios, sizes,
durations, ordinals, counts in words and counts without a noun are no counts or areas (batches 57, 82), English counts
keep their English noun; land and floor m2 become hectares; HS codes, case codes, standards (QCVN, "ce", "iso") and
tickers give nothing; official letters and circulars with a number and code are decisions with their date (batch 10),
English "QD-BCT"/"ND-CP" numbers as written; Vietnamese legal forms normalised ("Công ty cổ phần"/"CTCP" -> "Công ty CP",
"Công ty CP Tập đoàn X" -> X with "Công ty CP", "Tổng công ty X – CTCP" -> X with "Tổng công ty"), foreign ones as
written ("JSC", "Co.", "Co., Ltd.", "Joint Stock Company"), "Group" kept in an English name; "Việt Nam" dropped from a
foreign subsidiary's name; Vietnamese country words ("Mỹ", "Hoa Kỳ", "Đài Loan (Trung Quốc)" giving both, "(Thụy
Điển)", "từ Ý") and English country nouns and possessives ("the US", "India's") are countries, English adjectives
("Indian", "Chinese", "Vietnamese") and "Việt Nam"/"Vietnam" none, a country inside an organisation's name none; EU,
ASEAN, EVFTA, regions ("miền Trung", "châu Âu", "North America"), villages and bare places ("Bát Tràng", "Phù Lãng",
"Nam Sách") and foreign cities nothing; parks and clusters written in Vietnamese are locations (KCN and CCN expanded),
districts need "huyện"/"thị xã"; a dateline ("HÀ NỘI —", "VIETNAM, December 6 - HÀ NỘI —") is a province mention; a
province inside an organisation's name or a role is a mention, inside a firm's name not, lower-case provinces in spam
nothing; organisations as written with UBND expanded, bare units ("sở", "bộ", "cơ quan điều tra", "the authority", "Ban
Quản lý các KCN tỉnh") none, foreign acronyms alone ("MOIT", "Eurostat") organisations, a bracketed acronym no second
one; full-name bylines, photo credits and uploaders are persons without role, outlet prefixes and agency credits
("Hanoimoi -", "— VNS", "— BIZHUB/VNS", "Nguồn: Vinanet", "báo Công Thương") nothing, a given name alone ("Hai") no
person; a role before or after a name keeps its text. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A groundbreaking told place-first under a headline with the amount ("Động thổ nhà máy sứ vệ sinh 510 tỷ đồng ở Bà Rịa -
  Vũng Tàu / Khu công nghiệp Phú Mỹ 3 sẽ có thêm ...: sáng 28/7, Tổng công ty Gốm sứ Thăng Long Xanh – CTCP đã làm lễ
  động thổ dự án", hand-36862) is one groundbreaking with the headline's amount, dated 2017-07-28 and sited by the
  headline's province; the project's amount restated without the firm (36865) is money only; the anniversary line under
  a lower-case "tổng công ty" (36866) gives nothing; a caption naming "nhà máy sứ vệ sinh Thăng Long Xanh Phú Mỹ, thị xã
  Phú Mỹ" (36863) has no firm (a plant name) and the district "thị xã Phú Mỹ".
- The same-day opening told with the firm's short name, "Thăng Long Xanh còn một việc nữa trong ngày: cắt băng khánh
  thành nhà máy kính phản quang ở KCN Đồng An 2 (Bình Dương)" (36868), is an inauguration event without capital (no
  deal), sited by the bracketed province; "cùng ngày"/"trong ngày" gives no date.
- An approved project whose investor is only "chủ đầu tư"/"nhà đầu tư" (36872-36875) gives no event; its area, cost and
  capacity are fields only.
- "Nghị định 15" and "Decision 2281" written without code or year give no decision; "quyết định 1329/QĐ-BXD" in lower
  case is one; "QCVN 16:2023/BXD" is a standard (nothing).
- "nghệ nhân - doanh nhân Trần Văn Quyết" (36879): the craft title is no role (like "TS."); a two-syllable byline ("Minh
  Hằng", 36878) is a person without role.
- A related-links line "Công ty CP Hàng không Sao Việt và Học viện Bay Nordic Wings (Thụy Điển) ký thoả thuận đào tạo phi
  công" (36883) is a signed `mou` event of the firm and the academy (organisation party), no deal, no site; the other
  links give a firm with a ticker, money, a province ("các KCN Vĩnh Long") and a country.
- Trade-remedy rows give organisations, countries, percentages, decisions and firm mentions only; "Thương vụ Việt Nam tại
  Peru" and "Bộ Sản xuất Peru" are organisations, Peru a country because it is also written outside them; the nine
  petitioners, in Vietnamese with "Công ty CP" (36888), bare in VNS style (36943) and with "Joint Stock Company" (36953),
  are firm mentions.
- Japanese pages rendered in Vietnamese (36908-36917): "Kuroda Toki Việt Nam" and "tập đoàn mẹ Kuroda Toki" are one firm
  "Kuroda Toki" (Việt Nam dropped, lower-case "tập đoàn" no form); "Khoảng 11,8 tỷ yên đã được rót vào nhà máy thứ ba
  mà Kuroda Toki Việt Nam vừa cho chạy ở KCN Phố Nối A (Hưng Yên)" (36908) is an investment deal and an inauguration in
  JPY sited in Hưng Yên, the group's announcement date ("ngày 7/6") not the deal date; the amount-first second telling
  "... nhà máy sứ vệ sinh thứ ba gần Hà Nội mà Kuroda Toki Việt Nam khai trương hôm 3/6" (36916) is dated 2022-06-03
  and has no site ("gần Hà Nội" a mention); the recalled first plant "dựng năm 2005 ở KCN Nội Bài (Hà Nội)" (36910) and
  the faucet plant "đang dựng ... ở Bắc Ninh, hẹn chạy năm 2025" (36917) are deals without events; "nhà máy thứ hai
  (chạy từ năm 2017)" with no firm (36912) and the ribbon-cutting attended by an unnamed "Phó Bí thư Tỉnh ủy" (36913)
  give a province only; "tổng sàn 92.000 m2" is 9.2 ha.
- "Khoảng 950 tỷ đồng (chừng 5 tỷ yên) là vốn Tập đoàn Vĩnh Thịnh đã bỏ vào nhà máy gạch ốp lát vừa khánh thành ở tỉnh
  Quảng Nam" (36918) is an investment deal and inauguration with the VND amount, sited in Đà Nẵng's current unit; both
  amounts are approximate, each having its own word.
- English: "About ¥9 billion will go into a faucet factory that Kuroda Toki Co. is to build in northern Vietnam" (36925)
  is an announced investment without site; the next row's "Bac Ninh Province is the site: the company has bought about
  9 hectares there" (36926) is a land purchase (province and area only, the site not carried back).
- Recurring equipment spending with no project, "more than 120 billion VND (5.6 million USD) a year spent on machines and
  kilns since 2011" (36941), is money per "year" for both amounts and no deal.
- Capacities and stocks in m2/sq.m of tiles ("420 triệu m2/năm", "780 million sq.m a year", "310 triệu m2") and units of
  sanitary ware are no areas or counts; "top"-style ranks, "Only four countries", "Ba cái tên mới" and "số nơi nhập ...
  lên 31" are none; "21 export markets", "some 270 porcelain workshops", "more than 30 heads of state", "over 14,000
  designs" and "14 doanh nghiệp vật liệu" are counts.
- A stock report's "Vốn điều lệ (VND) 385,000,000,000" is money in comma thousands, its "61.20%" shares percentages, and
  its price line ("Giá thấp nhất 52 tuần (VND) 9,800") a share price (nothing); analysts listed under a "Chuyên viên phân
  tích" column header have no role; emails and phone numbers give nothing.
- A form at the end of a sentence keeps its period ("General Director of Hoang Long Porcelain Co., Ltd.", 36939); "Co.,
  Ltd." is used throughout this batch's English text.
- "Water absorption of 0.5% by weight or less" (36951) gives the percentage; "41.7%" the dumping margin (36950)."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_122(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HCM = cur("Hồ Chí Minh")
    HY = cur("Hưng Yên")
    HN = cur("Hà Nội")
    BN = cur("Bắc Ninh")
    DNg = cur("Quảng Nam")

    ids = iter(range(36801, 36801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword slugs on Polish and Italian domains and betting salads (S1 r1 r3, S2 r1-r2, S3 r1 r4, S4 r1-r2,
    # S5 r2-r3, S6 r1-r4, S7 r2, S8 r1 r2 r4, S9 r3, S12 r1-r4, S13 r1-r3, S16 r1-r4: 30 of the 80 slots, many the
    # same few pages returned again) ---
    rows += [
        h(
            n(),
            "nhà máy gạch men chi phí thấp máy nghiền bi nghiền men frit",
            "2023-10-14",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy nghiền bi ướt men frit công suất lớn được chứng nhận ce phổ biến nhất series k7",
            "2023-10-14",
            "ministry",
            ["foreign_domain_slug", "lowercase", "model_code_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí dự án nhà máy tuyển cao lanh quy mô nhỏ",
            "2022-09-30",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sàng rung bột đá nhà máy nagpur chứng chỉ tiêu hao thấp trung tâm",
            "2022-09-30",
            "ministry",
            ["foreign_domain_slug", "lowercase", "foreign_city_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cao lanh được tuyển lọc và sấy phun như thế nào",
            "2021-05-17",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hệ số giãn nở nhiệt thấp men sứ vệ sinh giá mỗi tấn nhà máy",
            "2023-10-03",
            "ministry",
            ["italian_domain_slug", "unit_price_no_money", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tràng thạch kali độ trắng cao cho gạch granite Bảng giá",
            "2023-08-27",
            "ministry",
            ["italian_domain_slug", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "canxi cacbonat siêu mịn co ngót tối thiểu cung cấp men lót",
            "2023-10-14",
            "ministry",
            ["italian_domain_slug", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàm lượng sắt thấp chứng nhận iso đất sét trắng Bảng giá",
            "2023-08-27",
            "ministry",
            ["italian_domain_slug", "standard_word_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "khuôn thạch cao sứ vệ sinh sơ đồ đổ rót áp lực nguyên lý làm việc",
            "2024-01-09",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy ép gạch thủy lực 3200 tấn nhà máy chi phí thấp nghiền xương gốm",
            "2021-04-12",
            "ministry",
            ["foreign_domain_slug", "lowercase", "tonnage_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sổ tay hiệp hội các nhà sản xuất men màu gốm sứ",
            "2022-11-21",
            "ministry",
            ["foreign_domain_slug", "lowercase", "lowercase_org_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "người bán thỏa thuận mô hình kỹ thuật lò tuynel đốt than cám",
            "2022-11-21",
            "ministry",
            ["foreign_domain_slug", "lowercase", "agreement_word_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí dự án nhà máy gạch porcelain thụ hưởng quy mô lớn ở ấn độ",
            "2024-02-18",
            "ministry",
            ["foreign_domain_slug", "lowercase", "lowercase_country_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "lò con thoi nhà máy morbi chứng chỉ tiết kiệm đặc biệt trung tâm",
            "2024-02-18",
            "ministry",
            ["foreign_domain_slug", "lowercase", "foreign_city_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "khoáng chất tràng thạch được nghiền mịn như thế nào cho men",
            "2021-05-17",
            "ministry",
            ["foreign_domain_slug", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin gạch lát nền 60x60 giá rẻxsmt thứ 5kèo nhà cái hôm nay",
            "2024-06-02",
            "ministry",
            ["spam_keywords", "run_together_words", "size_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bồn cầu một khối chính hãngxổ số vĩnh long hôm nayđiểm chuẩn đại học 2024",
            "2024-07-21",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_province_no_mention", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin men gốm bát tràng giá sỉxsmb 200 ngàysoi cầu lô đẹp",
            "2024-09-11",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_place_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin gạch thẻ ốp tường giá bao nhiêulịch âm hôm naytỷ số bóng đá trực tuyến",
            "2024-09-11",
            "ministry",
            ["spam_keywords", "run_together_words", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin top 10 nhà cái uy tínchậu rửa lavabo đặt bàncách tính lãi vay mua nhà",
            "2024-12-30",
            "ministry",
            ["spam_keywords", "run_together_words", "count_without_noun", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xsmn thứ bảysen vòi nóng lạnh giá rẻvé máy bay tết 2025",
            "2025-01-18",
            "ministry",
            ["spam_keywords", "run_together_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đất sét trắng được khai thác và phơi ủ như thế nào cho gạch mộc",
            "2022-08-05",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hạt nguyên liệu dạng bột trên thế giới đá tràng thạch cát trắng",
            "2022-08-05",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Độ trắng cao chứng nhận ce lò nung gốm mini dùng điện Bảng giá",
            "2023-03-29",
            "ministry",
            ["italian_domain_slug", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bảng giá gạch bông gió xi măngxổ số đồng tháp thứ haitruyền hình trực tiếp bóng đá",
            "2024-10-07",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_province_no_mention", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin kết quả xổ số hôm naymen rạn cổ bát tràng muabảng xếp hạng la liga",
            "2024-11-15",
            "ministry",
            ["spam_keywords", "run_together_words", "lowercase_place_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title, list, hashtag, forum-title and disclosure-title pages (S1 r4, S2 r4, S4 r3-r4, S5 r1 r4, S7 r3-r4,
    # S8 r3, S9 r1 r2 r4, S14 r1-r3, S19 r1: 16 slots) ---
    rows += [
        h(
            n(),
            "Thứ hai, 9 Tháng 4 2018\n\nGạch men ế, nhà máy giảm tải\n\nGiảm giá 15-20% mà gạch men vẫn khó bán: đại lý ở Hà Nội cho biết sức mua năm 2012 chỉ bằng hai phần ba năm trước ...",
            "2018-04-09",
            "ministry",
            [
                "list_page",
                "date_line",
                "headline_lead",
                "percentage_range_both_ends",
                "fraction_in_words_none",
                "province",
                "truncated",
                "multiline",
                "no_event",
            ],
            percentages=[15, 20],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Thứ năm, 5 Tháng 7 2018\n\nSứ vệ sinh nội giành lại thị phần\n\nChừng 70% bồn cầu, lavabo bán ra năm 2017 là hàng làm trong nước, trong khi năm 2010 tỷ lệ này mới 45%, theo Hiệp hội Gốm sứ xây dựng Việt Nam ...",
            "2018-07-05",
            "ministry",
            [
                "list_page",
                "date_line",
                "headline_lead",
                "percentage",
                "association",
                "country_in_org_name_none",
                "truncated",
                "multiline",
                "no_event",
            ],
            organizations=["Hiệp hội Gốm sứ xây dựng Việt Nam"],
            percentages=[70, 45],
            events=[],
        ),
        h(
            n(),
            "Bát đĩa sứ nhập khẩu: hồ sơ tự công bố sản phẩm theo Nghị định 15 gồm những gì?",
            "2022-03-08",
            "legal",
            ["title_page", "short_decree_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ chứng nhận hợp quy sứ vệ sinh theo QCVN 16:2023/BXD mới nhất",
            "2024-04-22",
            "legal",
            ["title_page", "standard_code_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình công nghệ gốm sứ và vật liệu chịu lửa ebook pdf",
            "2020-10-02",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thiếu cao lanh sạch, men nhập đắt: bài toán của ngành gốm sứ\nNhiều xưởng gốm phía Nam phải mua men frit từ Tây Ban Nha, Trung Quốc với giá tăng gần gấp rưỡi, trong khi mỏ cao lanh trong nước khó được cấp phép…",
            "2024-07-12",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "country",
                "region_no_location",
                "truncated",
                "multiline",
                "no_event",
            ],
            locations=[country("Tây Ban Nha"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Quy hoạch ngành gốm sứ, thủy tinh\nGốm sứ sang Mỹ tăng mạnh, đơn từ Nhật Bản chững lại\nQua quý I/2024, Mỹ vẫn là nơi mua nhiều hàng gốm sứ Việt nhất, còn đơn hàng từ Nhật Bản gần như đi ngang…",
            "2024-04-19",
            "ministry",
            ["tag_page", "tag_name_line", "headline_lead", "country", "truncated", "multiline", "no_event"],
            locations=[country("Mỹ"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Gốm sứ Bình Dương tìm đường vào châu Âu nhờ EVFTA\nDoanh nghiệp gốm mỹ nghệ ở Bình Dương đang đổi mẫu mã, đổi men để đạt ngưỡng chì, cadimi mà thị trường châu Âu đặt ra…",
            "2024-03-02",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "province",
                "agreement_acronym_nothing",
                "truncated",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Khuôn thạch cao đổ rót là gì? Ưu nhược điểm so với khuôn nhựa đúc áp lực",
            "2023-05-06",
            "ministry",
            ["explainer_title", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Men lót và men phủ khác nhau thế nào? Cách chọn men cho gạch ốp tường",
            "2023-05-06",
            "ministry",
            ["explainer_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vietnamese Culture: Gốm Chu Đậu\n\n[English below] Gốm Chu Đậu ra đời ở vùng Nam Sách, Hải Dương và từng theo thuyền buôn tới Nhật Bản, Indonesia từ thế kỷ XV; sau mấy trăm năm thất truyền, dòng gốm này được khôi phục vào cuối thế kỷ XX....",
            "2021-02-14",
            "ministry",
            [
                "blog_tag",
                "bilingual_label",
                "bare_place_nothing",
                "country",
                "truncated",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Dương")],
            locations=[country("Nhật Bản"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Từ lò cóc đốt rơm đến lò ga hôm nay, nghề gốm Phù Lãng đổi thay theo từng thế hệ; bài viết điểm lại những mốc chính, bắt đầu từ khi họ Trương dựng lò đầu tiên […]\n\nContinue Reading",
            "2020-08-30",
            "ministry",
            ["tag_page", "read_more_chrome", "ordinal_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bảng giá vật liệu xây dựng Hưng Yên quý I, II năm 2017",
            "2017-06-10",
            "ministry",
            ["forum_title", "province", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Định mức cấp phối men gốm theo quyết định 1329/QĐ-BXD",
            "2019-12-03",
            "legal",
            ["title_page", "decision", "lowercase_decision_word", "no_event"],
            decisions=[d("1329/QĐ-BXD")],
            events=[],
        ),
        h(
            n(),
            "gói vay 300 tỷ đồng cho làng nghề gốm sứ",
            "2023-03-15",
            "ministry",
            ["hashtag", "lowercase", "money", "no_event"],
            money=[m(300 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "CBTT Nghị quyết HĐQT về việc chuyển nhượng toàn bộ vốn góp tại Công ty TNHH Men màu Sơn Tây",
            "2021-11-26",
            "ministry",
            ["disclosure_title", "divestment_no_buyer", "no_event"],
            firms=[f("Men màu Sơn Tây", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "thoái vốn-Bộ Xây dựng sẽ rút hết vốn khỏi 14 doanh nghiệp vật liệu trong năm 2019",
            "2019-01-07",
            "ministry",
            ["tag_slug", "divestment_no_buyer", "count", "no_event"],
            organizations=["Bộ Xây dựng"],
            quantities=[c(14, "doanh nghiệp vật liệu")],
            events=[],
        ),
        h(
            n(),
            "CBTT phương án sáp nhập Công ty CP Gạch men Kim Sơn vào Công ty CP Gốm sứ Đông Triều và tỷ lệ hoán đổi 1:1,25",
            "2021-04-02",
            "ministry",
            ["disclosure_title", "merger_plan_no_deal", "ratio_nothing", "no_event"],
            firms=[f("Gạch men Kim Sơn", "Công ty CP"), f("Gốm sứ Đông Triều", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Vinh Long pottery\n\nViet Nam Arts and Crafts – Pottery\n\nRed-clay kilns on the Mekong, riverside workshops and the lacquer villages around Hanoi are traced in this piece. Written by Mrs. Tran Thi Thu Ha, Trade Counsellor at the Vietnam Embassy in Belgium, it points readers to two porcelain makers, Hoang Long Porcelain Co., Ltd. and Thanh Ha Ceramic JSC.",
            "2024-07-21",
            "ministry",
            [
                E,
                "tag_page",
                "tag_name_line",
                "person_role_after",
                "country_in_org_name_none",
                "region_no_location",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Vĩnh Long"), pv("Hà Nội")],
            firms=[f("Hoang Long Porcelain", "Co., Ltd."), f("Thanh Ha Ceramic", "JSC")],
            persons=[per("Tran Thi Thu Ha", "Trade Counsellor at the Vietnam Embassy in Belgium")],
            organizations=["Vietnam Embassy in Belgium"],
            events=[],
        ),
        h(
            n(),
            "Thứ sáu, 3 Tháng 8 2018\n\nGạch granite khổ lớn hút vốn\n\nBa nhà máy ở Phú Thọ, Thanh Hoá và Hải Dương đang lắp dây chuyền gạch khổ từ 800x800 mm trở lên, đủ nâng công suất cả nhóm thêm khoảng 30 triệu m2/năm ...",
            "2018-08-03",
            "ministry",
            [
                "list_page",
                "date_line",
                "headline_lead",
                "plants_without_firm_no_deal",
                "old_tone",
                "count_in_words",
                "size_no_count",
                "product_m2_no_area",
                "truncated",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Phú Thọ"), pv("Thanh Hóa"), pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "Vì sao màu lam trên gốm Bát Tràng thời Lê đậm và trầm hơn thời Nguyễn? Lời giải nằm ở nguồn cô-ban mà thợ gốm mỗi thời dùng […]\n\nContinue Reading",
            "2020-08-30",
            "ministry",
            [
                "tag_page",
                "question_lead",
                "village_nothing",
                "read_more_chrome",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Document stores, a feasibility study, a foreign course page, a stock analysis and an English industry report
    # (S1 r2, S13 r4, S14 r4, S17 r2: 4 slots) ---
    rows += [
        h(
            n(),
            "1. Trang chủ\n  2. » Luận Văn - Báo Cáo\n\nDự án nhà máy gạch cotto tráng men tỉnh Quảng Ngãi 0987112045\n\n62 318 4\n\nĐang tải... (xem toàn văn)\n\nTài liệu hạn chế xem trước, để xem đầy đủ mời bạn chọn Tải xuống",
            "2015-07-20",
            "ministry",
            [
                "doc_store",
                "breadcrumb",
                "phone_number_nothing",
                "page_metadata_nothing",
                "province",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Mô tả sơ bộ thông tin dự án  Tên dự án : Nhà máy gạch cotto tráng men  Địa điểm xây dựng : CCN Tịnh Ấn Tây, xã Tịnh Ấn Tây, huyện Sơn Tịnh, Quảng Ngãi  Diện tích nhà máy : 6,5ha",
            "2015-07-20",
            "ministry",
            ["doc_store", "labelled_fields", "park_ccn", "district", "commune_nothing", "area", "no_event"],
            provinces=[pv("Quảng Ngãi")],
            locations=[park("Cụm công nghiệp Tịnh Ấn Tây"), district("huyện Sơn Tịnh")],
            areas=[ha(6.5)],
            events=[],
        ),
        h(
            n(),
            "THUYẾT MINH DỰ ÁN ĐẦU TƯ\n\nNHÀ MÁY GẠCH COTTO TRÁNG MEN\n\nQuảng Ngãi - Tháng 06 năm 2015\n\nCHỦ ĐẦU TƯ : CÔNG TY CỔ PHẦN GỐM TRÀ KHÚC",
            "2015-07-20",
            "ministry",
            [
                "doc_store",
                "caps_header",
                "document_investor_line_no_deal",
                "caps_name_usual_spelling",
                "place_month_line",
                "multiline",
                "no_event",
            ],
            firms=[f("Gốm Trà Khúc", "Công ty CP")],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "II.1.1 Hiện trạng sản xuất gạch ốp lát trên địa bàn tỉnh Quảng Ngãi 6 II.1.2 Nhu cầu gạch cotto tại miền Trung 7\n\nII.1.3 Chính sách về vật liệu xây dựng tiết kiệm tài nguyên 8",
            "2015-07-20",
            "ministry",
            [
                "doc_store",
                "table_of_contents",
                "page_numbers_nothing",
                "region_no_location",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "III.1 Vị trí khu đất 13\n\nIII.2 Nguồn nguyên liệu sét và cao lanh 14\n\nIII.3 Điện, nước và giao thông đến nhà máy 15",
            "2015-07-20",
            "ministry",
            ["doc_store", "table_of_contents", "page_numbers_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Học phần giới thiệu cách thử độ dẻo, độ co của đất sét, phân loại tràng thạch và thạch anh theo cỡ hạt, rồi lập và tối ưu hoá bài phối liệu cho xương gốm.",
            "2022-01-10",
            "ministry",
            ["foreign_course_rendered", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BÁO CÁO PHÂN TÍCH DOANH NGHIỆP, Công ty Cổ phần Gạch men Hòa Bình Xanh (HNX)\nTrang 1Công ty Cổ phần Gạch men Hòa Bình Xanh (HNX)\nTên viết tắt HBX\nVốn điều lệ (VND) 385,000,000,000\nCổ đông lớn (%):\nTập đoàn Hòa Bình Xanh 61.20%\nSở hữu khác 38.80%",
            "2016-03-28",
            "ministry",
            [
                "doc_store",
                "stock_report",
                "caps_header",
                "ticker_nothing",
                "exchange_nothing",
                "province_in_firm_name",
                "shareholding_no_deal",
                "comma_thousands",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Gạch men Hòa Bình Xanh", "Công ty CP"), f("Hòa Bình Xanh", "Tập đoàn")],
            money=[m(385 * B, "VND")],
            percentages=[61.2, 38.8],
            events=[],
        ),
        h(
            n(),
            "Chuyên viên phân tích\nĐặng Minh Khoa khoa.dm@hbs.vn\nLưu Thị Ngọc Hân han.ltn@hbs.vn\nĐiện thoại : (+84) 24.3936.1150",
            "2016-03-28",
            "ministry",
            [
                "doc_store",
                "stock_report",
                "column_header_no_role",
                "email_nothing",
                "phone_number_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Đặng Minh Khoa", None), per("Lưu Thị Ngọc Hân", None)],
            events=[],
        ),
        h(
            n(),
            "CERAMIC TILES INDUSTRY REPORT 2021\n\nPage created by Daniel Moore\n \nCONTINUE READING\nCERAMIC TILES INDUSTRY\n    REPORT 2021",
            "2021-03-02",
            "ministry",
            [
                E,
                "report_cover",
                "caps_header",
                "uploader_person",
                "read_more_chrome",
                "multiline",
                "no_event",
            ],
            persons=[per("Daniel Moore", None)],
            events=[],
        ),
        h(
            n(),
            "Neutral is our rating for the sector in 2021: building starts in Vietnam are recovering, but dearer gas squeezes kiln margins.",
            "2021-03-02",
            "ministry",
            [E, "report_text", "conclusion_first", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vietnamese makers shipped about 15% of their tile output abroad in 2020, with South Korea and Taiwan the largest buyers, by our estimate.",
            "2021-03-02",
            "ministry",
            [E, "report_text", "percentage", "country", "adjective_no_country", "no_event"],
            percentages=[15],
            locations=[country("South Korea"), country("Taiwan")],
            events=[],
        ),
        h(
            n(),
            "Giá thấp nhất 52 tuần (VND) 9,800 Khối lượng niêm yết (triệu cp) 38.5 P/E 6.12",
            "2016-03-28",
            "ministry",
            [
                "doc_store",
                "stock_report",
                "price_per_share_no_money",
                "ratio_no_count",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "TABLE OF CONTENTS\nLife cycle of the world tile industry 2\nWorld supply and demand, 2015-2020 3\nVietnam tile industry: capacity and exports 6",
            "2021-03-02",
            "ministry",
            [
                E,
                "report_text",
                "table_of_contents",
                "page_numbers_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: a sanitary-ware plant's groundbreaking in a Bà Rịa - Vũng Tàu park and a glass plant's opening
    # the same day (S2 r3) ---
    rows += [
        h(
            n(),
            "Động thổ nhà máy sứ vệ sinh 510 tỷ đồng ở Bà Rịa - Vũng Tàu\nKhu công nghiệp Phú Mỹ 3 sẽ có thêm một nhà máy sứ vệ sinh cao cấp: sáng 28/7, Tổng công ty Gốm sứ Thăng Long Xanh – CTCP đã làm lễ động thổ dự án.",
            "2017-07-28",
            "provincial",
            [
                "headline_lead",
                "groundbreaking",
                "amount_in_headline",
                "place_first",
                "tong_cong_ty_ctcp",
                "park",
                "deal_date",
                "multiline",
            ],
            firms=[f("Gốm sứ Thăng Long Xanh", "Tổng công ty")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[park("Khu công nghiệp Phú Mỹ 3")],
            money=[m(510 * B, "VND")],
            deals=[deal("groundbreaking", ["Gốm sứ Thăng Long Xanh"], 510 * B, HCM, "2017-07-28")],
            events=[ev("groundbreaking", [F("Gốm sứ Thăng Long Xanh")], 510 * B, "VND", HCM, "started")],
        ),
        h(
            n(),
            "Phối cảnh nhà máy sứ vệ sinh Thăng Long Xanh Phú Mỹ, thị xã Phú Mỹ, tỉnh Bà Rịa - Vũng Tàu",
            "2017-07-28",
            "provincial",
            ["caption", "plant_name_no_firm", "district", "no_event"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            locations=[district("thị xã Phú Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Bồn cầu, chậu rửa và bồn tiểu cao cấp, chừng 700.000 chiếc mỗi năm, sẽ ra từ dây chuyền đặt trên 4,8 ha đất.",
            "2017-07-28",
            "provincial",
            ["plant_details_no_firm", "object_first", "area", "capacity_no_count", "no_event"],
            areas=[ha(4.8)],
            events=[],
        ),
        h(
            n(),
            "Thị trường phía Nam là đích nhắm: mười tháng sau khi khởi công, hàng sẽ ra lò; vốn dự án gần 510 tỷ đồng, chính xác là 509.742.318.000 đồng.",
            "2017-07-28",
            "provincial",
            [
                "conclusion_first",
                "project_amount_no_firm",
                "exact_amount_after",
                "approx",
                "count_in_words",
                "region_no_location",
                "no_event",
            ],
            money=[m(510 * B, "VND", approx=True), m(509_742_318_000, "VND")],
            events=[],
        ),
        h(
            n(),
            "Ngày 28/7 cũng là sinh nhật thứ 43 của tổng công ty, thành lập năm 1974.",
            "2017-07-28",
            "provincial",
            ["anniversary", "lowercase_unit_no_firm", "ordinal_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dự lễ có ông Phạm Hữu Lộc, Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu, cùng lãnh đạo Ban Quản lý các KCN tỉnh.",
            "2017-07-28",
            "provincial",
            ["attendee", "person_role_after", "ubnd_expanded", "bare_unit_none", "no_event"],
            persons=[per("Phạm Hữu Lộc", "Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu")],
            organizations=["Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            events=[],
        ),
        h(
            n(),
            "Thăng Long Xanh còn một việc nữa trong ngày: cắt băng khánh thành nhà máy kính phản quang ở KCN Đồng An 2 (Bình Dương).",
            "2017-07-28",
            "provincial",
            [
                "inauguration",
                "no_capital_event_only",
                "short_name",
                "park",
                "province_in_brackets",
                "same_day_no_date",
            ],
            firms=[f("Thăng Long Xanh")],
            provinces=[pv("Bình Dương")],
            locations=[park("Khu công nghiệp Đồng An 2")],
            events=[ev("inauguration", [F("Thăng Long Xanh")], None, None, HCM, "completed")],
        ),
        h(
            n(),
            "Lò tuy-nen dài 110 m và robot phun men giúp xưởng mới đốt ít khí hơn dây chuyền cũ gần 20%, ông Đỗ Văn Khiêm, Tổng giám đốc Thăng Long Xanh, cho biết.",
            "2017-07-28",
            "provincial",
            ["reported_speech", "person_role_after", "length_no_count", "percentage", "no_event"],
            persons=[per("Đỗ Văn Khiêm", "Tổng giám đốc Thăng Long Xanh")],
            firms=[f("Thăng Long Xanh")],
            percentages=[20],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền đúc áp lực và phun men tự động hoá nhập từ Ý là lý do tổng công ty tin hàng mới sẽ không thua sứ ngoại.",
            "2017-07-28",
            "provincial",
            ["old_tone", "country", "lowercase_unit_no_firm", "no_event"],
            locations=[country("Ý")],
            events=[],
        ),
        h(
            n(),
            "Khi hàng ra lò ngay ở phía Nam, sứ cao cấp của Thăng Long Xanh sẽ bớt được khoảng 30% chi phí chở từ các nhà máy miền Bắc vào.",
            "2017-07-28",
            "provincial",
            ["short_name", "percentage", "region_no_location", "nfd", "no_event"],
            firms=[f("Thăng Long Xanh")],
            percentages=[30],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial paper on an approved tunnel-brick project with no investor named (S3 r2) ---
    rows += [
        h(
            n(),
            "Tỉnh chấp thuận chủ trương đầu tư nhà máy gạch tuynel ở phía đông Gia Lai",
            "2025-10-24",
            "provincial",
            ["headline", "approval_no_investor", "province", "no_event"],
            provinces=[pv("Gia Lai")],
            events=[],
        ),
        h(
            n(),
            " date 2025-10-24 Mỗi năm 6 triệu viên gạch tuynel bán dẻo sẽ ra lò từ dự án này, đặt trên hơn 3,1 ha ở xã Ia Rsai, tỉnh Gia Lai; tổng vốn gần 22 tỷ đồng.",
            "2025-10-24",
            "provincial",
            [
                "page_date_chrome",
                "capacity_first",
                "capacity_no_count",
                "commune_nothing",
                "area",
                "approx",
                "no_event",
            ],
            provinces=[pv("Gia Lai")],
            areas=[ha(3.1, True)],
            money=[m(22 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Nhà máy phải chạy trước quý IV/2026; muốn vậy, móng phải được đào ngay quý I, sau khi giấy tờ đất đai, môi trường xong trong năm nay.",
            "2025-10-24",
            "provincial",
            ["schedule_no_event", "conclusion_first", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chậm quá một năm so với tiến độ đã đăng ký mà không giải trình được, dự án có thể bị tỉnh rút lại chủ trương đầu tư, theo điều kiện đi kèm.",
            "2025-10-24",
            "provincial",
            ["revocation_clause_no_deal", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a ministry's answer to a provincial department on expanding a ceramic-tile plant (S3 r3) ---
    rows += [
        h(
            n(),
            "Có được mở rộng dây chuyền gạch ceramic ở Đồng Nai?\n\nMột doanh nghiệp ở huyện Long Thành muốn thêm dây chuyền gạch men ốp lát, và Sở Xây dựng tỉnh Đồng Nai đã phải hỏi Bộ Xây dựng, trong văn bản đề ngày 19/9/2016.",
            "2016-10-20",
            "legal",
            [
                "headline_lead",
                "question_headline",
                "proposal_no_deal",
                "province_in_org_name",
                "district",
                "multiline",
                "no_event",
            ],
            organizations=["Sở Xây dựng tỉnh Đồng Nai", "Bộ Xây dựng"],
            provinces=[pv("Đồng Nai")],
            locations=[district("huyện Long Thành")],
            events=[],
        ),
        h(
            n(),
            "Câu trả lời, Công văn số 2187/BXD-VLXD ngày 11/10/2016, là không: gạch ceramic nằm ngoài danh mục được đầu tư mới hay mở rộng tới năm 2020 theo quy hoạch ban hành kèm Quyết định số 1470/QĐ-BXD ngày 26/12/2014.",
            "2016-10-20",
            "legal",
            ["official_letter", "decision", "dated_decision", "conclusion_first", "no_event"],
            decisions=[d("2187/BXD-VLXD", "2016-10-11"), d("1470/QĐ-BXD", "2014-12-26")],
            events=[],
        ),
        h(
            n(),
            "Granite và cotto, những dòng đắt hàng hơn, mới là hướng bộ gợi ý cho doanh nghiệp muốn làm gạch gốm ốp lát.\n\nMinh Hằng",
            "2016-10-20",
            "legal",
            ["bare_unit_none", "object_first", "byline_person", "multiline", "no_event"],
            persons=[per("Minh Hằng", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: an aggregator's teaser on a craft village's kilns (S7 r1) ---
    rows += [
        h(
            n(),
            "Hanoimoi - Đơn hàng của nghệ nhân - doanh nhân Trần Văn Quyết đã kín đến hết quý I năm sau, chuyện hiếm thấy ở Phù Lãng mùa này.",
            "2012-10-16",
            "provincial",
            [
                "aggregator_teaser",
                "outlet_prefix_nothing",
                "craft_title_no_role",
                "bare_place_nothing",
                "no_event",
            ],
            persons=[per("Trần Văn Quyết", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: trade remedies on tiles, an overseas probe told twice and a home probe on Indian tiles with a
    # related-links block (S11 r1-r4) ---
    rows += [
        h(
            n(),
            "Gạch ốp lát Việt Nam vào tầm ngắm chống bán phá giá của Peru\nHai mã HS 6907.21.00 và 6907.22.00, với hàng xuất sang Peru trong giai đoạn 2014-2017, là đối tượng bị điều tra.",
            "2017-09-05",
            "ministry",
            [
                "headline_lead",
                "trade_remedy",
                "hs_code_nothing",
                "country",
                "object_first",
                "multiline",
                "no_event",
            ],
            locations=[country("Peru")],
            events=[],
        ),
        h(
            n(),
            "Biên độ phá giá bị cáo buộc cao nhất thuộc về hàng Trung Quốc, 171,3%; tiếp đến Malaysia 117,4%, Ấn Độ 98,2%, gạch Việt Nam 27,8% và thấp nhất là Brazil, 19,6%.",
            "2017-09-05",
            "ministry",
            ["trade_remedy", "margin_list", "percentage", "country_list", "no_event"],
            locations=[country("Trung Quốc"), country("Malaysia"), country("Ấn Độ"), country("Brazil")],
            percentages=[171.3, 117.4, 98.2, 27.8, 19.6],
            events=[],
        ),
        h(
            n(),
            "Gạch ốp lát Việt Nam vào tầm ngắm chống bán phá giá của Peru\n\nPeru mở điều tra với gạch ốp lát của năm nước, trong đó có Việt Nam; tin do Thương vụ Việt Nam tại Peru gửi về, cơ quan khởi xướng là Bộ Sản xuất Peru.",
            "2017-09-07",
            "ministry",
            [
                "repost",
                "repeated_headline",
                "trade_remedy",
                "country_in_org_name_none",
                "country",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            organizations=["Thương vụ Việt Nam tại Peru", "Bộ Sản xuất Peru"],
            locations=[country("Peru")],
            events=[],
        ),
        h(
            n(),
            "\n-\nCao su Tân Phú (TPR) báo lãi hơn 96 tỷ đồng trong quý III/2025\n-\nCông ty CP Hàng không Sao Việt và Học viện Bay Nordic Wings (Thụy Điển) ký thoả thuận đào tạo phi công\n-\nDoanh nghiệp trong các KCN Vĩnh Long xuất khẩu gần 1,2 tỷ USD\n-\nBộ Công Thương nhận hồ sơ hợp lệ đề nghị điều tra gạch ốp lát nhập từ Ấn Độ. |",
            "2025-10-22",
            "ministry",
            [
                "related_links",
                "school_firm_mou_no_deal",
                "old_tone",
                "ticker_nothing",
                "approx",
                "country_in_brackets",
                "province",
                "caption_bar",
                "multiline",
            ],
            firms=[f("Cao su Tân Phú"), f("Hàng không Sao Việt", "Công ty CP")],
            organizations=["Học viện Bay Nordic Wings", "Bộ Công Thương"],
            provinces=[pv("Vĩnh Long")],
            locations=[country("Thụy Điển"), country("Ấn Độ")],
            money=[m(96 * B, "VND", approx=True), m(1.2 * B, "USD", approx=True)],
            events=[
                ev(
                    "mou",
                    [F("Hàng không Sao Việt"), O("Học viện Bay Nordic Wings")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Hồ sơ đề nghị điều tra chống bán phá giá gạch ốp lát Ấn Độ đến tay Cục Phòng vệ thương mại từ ngày 20/5/2024, do một nhóm nhà sản xuất trong nước đứng tên.",
            "2025-10-22",
            "ministry",
            ["trade_remedy", "petition_no_deal", "object_first", "country", "no_event"],
            organizations=["Cục Phòng vệ thương mại"],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Phải hơn một năm sau, ngày 4/7/2025, cơ quan điều tra mới xác nhận hồ sơ đủ và hợp lệ; 45 ngày tiếp theo dành cho việc thẩm định để trình Bộ trưởng Bộ Công Thương quyết định có mở vụ việc hay không.",
            "2025-10-22",
            "ministry",
            ["trade_remedy", "role_without_person", "duration_no_count", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Hai điều được thẩm định: bên nộp có đủ tư cách đại diện cho ngành sản xuất trong nước không, và có bằng chứng hàng bán phá giá gây thiệt hại đáng kể không.",
            "2025-10-22",
            "ministry",
            ["trade_remedy", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2025-08-20 Gạch gốm, sứ ốp lát xuất xứ Ấn Độ (tám mã HS, từ 6907.21.21 đến 6907.21.94) chính thức bị điều tra chống bán phá giá: Bộ Công Thương đã ký Quyết định số 2281/QĐ-BCT, mở vụ việc mang mã AD24, theo Cục Phòng vệ thương mại.",
            "2025-08-20",
            "ministry",
            [
                "page_date_chrome",
                "trade_remedy",
                "decision",
                "object_first",
                "hs_code_nothing",
                "case_code_nothing",
                "count_in_words",
                "country",
                "no_event",
            ],
            organizations=["Bộ Công Thương", "Cục Phòng vệ thương mại"],
            decisions=[d("2281/QĐ-BCT")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Chín nhà sản xuất đứng tên hồ sơ: Công ty CP Tập đoàn Hoàng Gia Ceramic, Công ty CP Gạch men Á Đông, Công ty CP Thạch Anh Việt, Công ty CP Gốm Đất Lành, Công ty CP Granite Kinh Bắc, Công ty CP Tập đoàn Đông Phong, Công ty CP Gốm sứ Vân Long, Công ty CP Công nghiệp Minh Hà và Công ty CP Ceramic Phố Hiến.",
            "2025-08-20",
            "ministry",
            ["trade_remedy", "petitioner_list_no_deal", "cong_ty_cp_tap_doan", "count_in_words", "no_event"],
            firms=[
                f("Hoàng Gia Ceramic", "Công ty CP"),
                f("Gạch men Á Đông", "Công ty CP"),
                f("Thạch Anh Việt", "Công ty CP"),
                f("Gốm Đất Lành", "Công ty CP"),
                f("Granite Kinh Bắc", "Công ty CP"),
                f("Đông Phong", "Công ty CP"),
                f("Gốm sứ Vân Long", "Công ty CP"),
                f("Công nghiệp Minh Hà", "Công ty CP"),
                f("Ceramic Phố Hiến", "Công ty CP"),
            ],
            events=[],
        ),
        h(
            n(),
            "Thiệt hại mà các nhà sản xuất này nêu là thị phần sụt, lãi mỏng dần, vì hàng Ấn Độ vào Việt Nam với giá thấp hơn giá trị thông thường.",
            "2025-08-20",
            "ministry",
            ["trade_remedy", "effect_first", "country", "nfd", "no_event"],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Bản câu hỏi chọn mẫu sẽ đến tay các nhà sản xuất, xuất khẩu Ấn Độ mà cơ quan điều tra nắm được; trình tự này theo Nghị định 92/2025/NĐ-CP ngày 18/4/2025.",
            "2025-08-20",
            "ministry",
            ["trade_remedy", "decision", "dated_decision", "country", "no_event"],
            decisions=[d("92/2025/NĐ-CP", "2025-04-18")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: monthly export statistics for pottery and porcelain, four papers (S15 r1-r4) ---
    rows += [
        h(
            n(),
            " date 2017-11 329,5 triệu USD là kim ngạch gốm sứ xuất khẩu sau chín tháng năm 2017 (tăng 6,8%), riêng tháng 9 mang về 36,2 triệu USD, thấp hơn tháng 8 khoảng 6,4%, theo số liệu sơ bộ của Tổng cục Hải quan.",
            "2017-11-02",
            "ministry",
            ["page_date_chrome", "statistics", "amount_first", "percentage", "count_in_words", "no_event"],
            organizations=["Tổng cục Hải quan"],
            money=[m(329.5 * M, "USD"), m(36.2 * M, "USD")],
            percentages=[6.8, 6.4],
            events=[],
        ),
        h(
            n(),
            "Đài Loan (Trung Quốc) giảm 7,9%, còn 33,8 triệu USD, trong khi Hoa Kỳ tăng vọt 31,5% lên 44,9 triệu USD và Nhật Bản, thị trường số một, nhích 3,1% lên 52,7 triệu USD (16% tổng kim ngạch).",
            "2017-11-02",
            "ministry",
            ["statistics", "market_list", "taiwan_china_both", "percentage", "country", "no_event"],
            locations=[
                country("Đài Loan"),
                country("Trung Quốc"),
                country("Hoa Kỳ"),
                country("Nhật Bản"),
            ],
            money=[m(33.8 * M, "USD"), m(44.9 * M, "USD"), m(52.7 * M, "USD")],
            percentages=[7.9, 31.5, 3.1, 16],
            events=[],
        ),
        h(
            n(),
            "Tháng 4/2018 hụt hơi (151,6 triệu USD, kém tháng trước 5,7%), nhưng cộng cả bốn tháng, gốm sứ vẫn mang về 598 triệu USD, hơn cùng kỳ 18,4%.",
            "2018-05-21",
            "ministry",
            ["statistics", "month_first", "percentage", "count_in_words", "no_event"],
            money=[m(151.6 * M, "USD"), m(598 * M, "USD")],
            percentages=[5.7, 18.4],
            events=[],
        ),
        h(
            n(),
            "Hàng sang Mỹ được 30,2 triệu USD (tăng 21,9%), giúp Mỹ giữ 18,9% kim ngạch, nhỉnh hơn Nhật Bản (17,1%) và EU (15,8%).",
            "2018-05-21",
            "ministry",
            ["statistics", "market_list", "bloc_no_location", "percentage", "country", "no_event"],
            locations=[country("Mỹ"), country("Nhật Bản")],
            money=[m(30.2 * M, "USD")],
            percentages=[21.9, 18.9, 17.1, 15.8],
            events=[],
        ),
        h(
            n(),
            "Iraq là nơi hụt mạnh nhất (giảm 58,7%, còn 171,2 nghìn USD); chiều ngược lại, Indonesia dẫn đầu về tốc độ, gấp hơn 2,5 lần dù mới hơn 3 triệu USD, rồi đến Argentina và Ấn Độ.\n\nNguồn: Vinanet",
            "2018-05-21",
            "ministry",
            [
                "statistics",
                "ratio_no_percentage",
                "nghin_usd",
                "approx",
                "country_list",
                "source_line_nothing",
                "multiline",
                "no_event",
            ],
            locations=[country("Iraq"), country("Indonesia"), country("Argentina"), country("Ấn Độ")],
            money=[m(171_200, "USD"), m(3 * M, "USD", approx=True)],
            percentages=[58.7],
            events=[],
        ),
        h(
            n(),
            "Số thị trường giảm kim ngạch chỉ chiếm 28%; 72% còn lại đều mua nhiều hơn năm trước.",
            "2018-05-21",
            "ministry",
            ["statistics", "percentage", "no_event"],
            percentages=[28, 72],
            events=[],
        ),
        h(
            n(),
            "Đài Loan (Trung Quốc), Thái Lan, Hàn Quốc, Anh và Campuchia là những nơi mua gốm sứ Việt kế tiếp.",
            "2018-05-21",
            "ministry",
            ["statistics", "country_list", "taiwan_china_both", "no_event"],
            locations=[
                country("Đài Loan"),
                country("Trung Quốc"),
                country("Thái Lan"),
                country("Hàn Quốc"),
                country("Anh"),
                country("Campuchia"),
            ],
            events=[],
        ),
        h(
            n(),
            "Ảnh minh họa\n\nCộng dồn chín tháng năm 2023, gốm sứ xuất khẩu mới được hơn 426 triệu USD, thấp hơn cùng kỳ 18,6%; tháng 9 góp hơn 48 triệu USD, kém tháng 8 khoảng 4,2%.",
            "2023-11-02",
            "ministry",
            ["caption_chrome", "statistics", "approx", "percentage", "multiline", "no_event"],
            money=[m(426 * M, "USD", approx=True), m(48 * M, "USD", approx=True)],
            percentages=[18.6, 4.2],
            events=[],
        ),
        h(
            n(),
            "Mỹ dẫn đầu với hơn 108 triệu USD sau chín tháng, giảm nhẹ 5,1%; Thái Lan đứng thứ tư với gần 28 triệu USD nhưng tăng 12%.",
            "2023-11-02",
            "ministry",
            ["statistics", "market_list", "approx", "ordinal_no_count", "percentage", "country", "no_event"],
            locations=[country("Mỹ"), country("Thái Lan")],
            money=[m(108 * M, "USD", approx=True), m(28 * M, "USD", approx=True)],
            percentages=[5.1, 12],
            events=[],
        ),
        h(
            n(),
            "Với mức tăng bình quân 7,9% mỗi năm, gốm sứ Việt đã vào nhóm mười nước xuất khẩu lớn nhất; riêng năm 2022 thu về hơn 700 triệu USD.",
            "2023-11-02",
            "ministry",
            ["statistics", "percentage", "count_in_words", "approx", "no_event"],
            money=[m(700 * M, "USD", approx=True)],
            percentages=[7.9],
            events=[],
        ),
        h(
            n(),
            "Ngoài khối EU, chỉ một nước bán gốm sứ mỹ nghệ vào châu Âu nhiều hơn Việt Nam trong sáu tháng đầu năm 2023, số liệu của Eurostat cho thấy.",
            "2023-11-02",
            "ministry",
            ["statistics_source", "foreign_acronym_org", "bloc_no_location", "no_event"],
            organizations=["Eurostat"],
            events=[],
        ),
        h(
            n(),
            "Hiệp định EVFTA được kỳ vọng mở thêm đường cho gốm sứ mỹ nghệ và hàng thủ công Việt vào EU.",
            "2023-11-02",
            "ministry",
            ["agreement_acronym_nothing", "bloc_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gốm sứ Việt: Mỹ mua nhiều nhất nửa đầu năm\nCứ bốn đồng gốm sứ xuất khẩu trong sáu tháng đầu năm thì một đồng đến từ Mỹ: 25,1% thị phần, gần 79 triệu USD, tăng 54%.",
            "2024-07-25",
            "ministry",
            [
                "headline_lead",
                "statistics",
                "share_first",
                "percentage",
                "approx",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Mỹ")],
            money=[m(79 * M, "USD", approx=True)],
            percentages=[25.1, 54],
            events=[],
        ),
        h(
            n(),
            "Ba cái tên mới, Hy Lạp, Chile và Iraq, đưa số nơi nhập gốm sứ Việt lên 31 trong năm 2024.",
            "2024-07-25",
            "ministry",
            ["statistics", "count_without_noun", "count_in_words", "country", "no_event"],
            locations=[country("Hy Lạp"), country("Chile"), country("Iraq")],
            events=[],
        ),
        h(
            n(),
            "Một phần lý do, theo báo Công Thương: đồ gốm trang trí Trung Quốc đang mất dần khách Mỹ, và Việt Nam là một trong những nơi hưởng lợi.",
            "2024-07-25",
            "ministry",
            ["country_as_modifier", "outlet_nothing", "no_event"],
            locations=[country("Trung Quốc"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc vẫn bán gốm sứ vào Hoa Kỳ nhiều nhất, nhưng Việt Nam đã chen vào nhóm dẫn đầu, cạnh Bồ Đào Nha và Mexico.",
            "2024-07-25",
            "ministry",
            ["country_list", "no_event"],
            locations=[
                country("Trung Quốc"),
                country("Hoa Kỳ"),
                country("Bồ Đào Nha"),
                country("Mexico"),
            ],
            events=[],
        ),
        h(
            n(),
            "Đài Loan (Trung Quốc) tăng 17% lên 35,9 triệu USD, còn Nhật Bản, thị trường lớn thứ hai, lùi 9,2% xuống 44,1 triệu USD.",
            "2024-07-25",
            "ministry",
            [
                "statistics",
                "market_list",
                "taiwan_china_both",
                "ordinal_no_count",
                "percentage",
                "nfd",
                "no_event",
            ],
            locations=[country("Đài Loan"), country("Trung Quốc"), country("Nhật Bản")],
            money=[m(35.9 * M, "USD"), m(44.1 * M, "USD")],
            percentages=[17, 9.2],
            events=[],
        ),
    ]
    # --- Japanese-language pages rendered in Vietnamese: a Japanese sanitary-ware maker's third plant in a Hưng Yên park,
    # told by four sites (S10 r1-r4, S18 r2-r4: 7 slots), and a tile group's plant opening (S17 r1) ---
    rows += [
        h(
            n(),
            " date 2022-06-08 Khoảng 11,8 tỷ yên đã được rót vào nhà máy thứ ba mà Kuroda Toki Việt Nam vừa cho chạy ở KCN Phố Nối A (Hưng Yên); tập đoàn mẹ Kuroda Toki, trụ sở tại Nagoya, công bố tin này ngày 7/6.",
            "2022-06-08",
            "ministry",
            [
                "page_date_chrome",
                "foreign_copy_rendered",
                "inauguration",
                "amount_first",
                "start_of_operation",
                "yen",
                "approx",
                "viet_nam_dropped",
                "lowercase_group_no_form",
                "foreign_city_nothing",
                "announcement_date_not_deal_date",
                "park",
                "province_in_brackets",
            ],
            firms=[f("Kuroda Toki")],
            provinces=[pv("Hưng Yên")],
            locations=[park("Khu công nghiệp Phố Nối A")],
            money=[m(11.8 * B, "JPY", approx=True)],
            deals=[deal("investment", ["Kuroda Toki"], 11.8 * B, HY)],
            events=[ev("inauguration", [F("Kuroda Toki")], 11.8 * B, "JPY", HY, "completed")],
        ),
        h(
            n(),
            "Bồn cầu, két nước là mặt hàng chính của xưởng mới, công suất khoảng 850.000 chiếc mỗi năm; nhờ nó, năng lực sứ vệ sinh của Kuroda Toki tại Việt Nam tăng chừng 1,5 lần.",
            "2022-06-08",
            "ministry",
            ["foreign_copy_rendered", "capacity_no_count", "ratio_no_count", "no_event"],
            firms=[f("Kuroda Toki")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy đầu tiên của Kuroda Toki Việt Nam, dựng năm 2005 ở KCN Nội Bài (Hà Nội), làm bồn cầu, lavabo cho thị trường trong nước và Trung Quốc.",
            "2022-06-08",
            "ministry",
            [
                "foreign_copy_rendered",
                "recalled_plant_deal_no_event",
                "viet_nam_dropped",
                "park",
                "province_in_brackets",
                "country",
                "no_event",
            ],
            firms=[f("Kuroda Toki")],
            provinces=[pv("Hà Nội")],
            locations=[park("Khu công nghiệp Nội Bài"), country("Trung Quốc")],
            deals=[deal("investment", ["Kuroda Toki"], None, HN)],
            events=[],
        ),
        h(
            n(),
            "Nhật Bản và các nước châu Á sẽ nhận bồn cầu rời, két nước; châu Mỹ nhận loại liền khối.",
            "2022-06-08",
            "ministry",
            ["foreign_copy_rendered", "region_no_location", "country", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Xưởng mới được dựng ngay cạnh nhà máy thứ hai (chạy từ năm 2017) trên cùng khu đất ở Hưng Yên, và sẽ bán cho châu Á, kể cả Nhật Bản, lẫn Bắc Mỹ.\n※Bài viết dịch từ nguồn tin, nội dung có thể thay đổi.",
            "2022-06-09",
            "ministry",
            [
                "foreign_copy_rendered",
                "recalled_plant_no_firm",
                "region_no_location",
                "country",
                "translation_note",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hưng Yên")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh Hưng Yên, đứng đầu là một Phó Bí thư Tỉnh ủy, có mặt ở lễ cắt băng hôm 3/6.",
            "2022-06-09",
            "ministry",
            ["foreign_copy_rendered", "role_without_name", "province", "ceremony_no_firm", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Để truy vết từng chiếc bồn cầu, xưởng in lên sản phẩm một mã hai chiều không cháy ở khoảng 1.250°C; phần lớn công đoạn đã tự động hoá.",
            "2022-06-09",
            "ministry",
            ["foreign_copy_rendered", "old_tone", "temperature_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lượng CO2 được kìm nhờ lò nung hiệu suất cao; riêng tòa xưởng bê tông cốt thép ba tầng có tổng sàn 92.000 m2.",
            "2022-06-09",
            "ministry",
            ["foreign_copy_rendered", "floor_area", "area", "count_in_words", "no_event"],
            areas=[ha(9.2)],
            events=[],
        ),
        h(
            n(),
            "Chừng 11,8 tỷ yên, 850.000 sản phẩm mỗi năm: đó là nhà máy sứ vệ sinh thứ ba gần Hà Nội mà Kuroda Toki Việt Nam khai trương hôm 3/6.",
            "2022-06-08",
            "ministry",
            [
                "foreign_copy_rendered",
                "second_telling",
                "inauguration",
                "amount_first",
                "near_city_mention_not_site",
                "yen",
                "approx",
                "capacity_no_count",
                "deal_date",
            ],
            firms=[f("Kuroda Toki")],
            provinces=[pv("Hà Nội")],
            money=[m(11.8 * B, "JPY", approx=True)],
            deals=[deal("investment", ["Kuroda Toki"], 11.8 * B, None, "2022-06-03")],
            events=[ev("inauguration", [F("Kuroda Toki")], 11.8 * B, "JPY", None, "completed")],
        ),
        h(
            n(),
            "Kuroda Toki còn đang dựng một xưởng vòi sen ở Bắc Ninh, hẹn chạy năm 2025; còn ở KCN Phố Nối A, xưởng mới và nhà máy thứ hai dùng chung khoảng 21 ha đất.",
            "2022-06-08",
            "ministry",
            [
                "foreign_copy_rendered",
                "plant_under_construction_deal_no_event",
                "area",
                "approx",
                "park",
                "province",
                "nfd",
            ],
            firms=[f("Kuroda Toki")],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Phố Nối A")],
            areas=[ha(21, True)],
            deals=[deal("investment", ["Kuroda Toki"], None, BN)],
            events=[],
        ),
        h(
            n(),
            "Khoảng 950 tỷ đồng (chừng 5 tỷ yên) là vốn Tập đoàn Vĩnh Thịnh đã bỏ vào nhà máy gạch ốp lát vừa khánh thành ở tỉnh Quảng Nam, công suất 22 triệu m2 mỗi năm.",
            "2009-09-30",
            "ministry",
            [
                "foreign_copy_rendered",
                "inauguration",
                "amount_first",
                "bracketed_conversion",
                "yen",
                "approx",
                "product_m2_no_area",
            ],
            firms=[f("Vĩnh Thịnh", "Tập đoàn")],
            provinces=[pv("Quảng Nam")],
            money=[m(950 * B, "VND", approx=True), m(5 * B, "JPY", approx=True)],
            deals=[deal("investment", ["Vĩnh Thịnh"], 950 * B, DNg)],
            events=[ev("inauguration", [F("Vĩnh Thịnh")], 950 * B, "VND", DNg, "completed")],
        ),
        h(
            n(),
            "Giá gạch xây dựng ở miền Trung, miền Nam được chờ sẽ hạ mạnh, bởi cước chở từ nhà máy mới chỉ bằng khoảng một nửa trước đây.",
            "2009-09-30",
            "ministry",
            [
                "foreign_copy_rendered",
                "effect_first",
                "fraction_in_words_none",
                "region_no_location",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Xuất khẩu gạch ốp lát mỗi năm được khoảng 120 triệu USD (chừng 10,8 tỷ yên), trên sản lượng chừng 310 triệu m2, cao nhất Đông Nam Á, Hiệp hội Gốm sứ xây dựng Việt Nam cho biết.",
            "2009-09-30",
            "ministry",
            [
                "foreign_copy_rendered",
                "statistics",
                "amount_first",
                "product_m2_no_area",
                "bracketed_conversion",
                "approx",
                "association",
                "region_no_location",
                "no_event",
            ],
            organizations=["Hiệp hội Gốm sứ xây dựng Việt Nam"],
            money=[m(120 * M, "USD", approx=True), m(10.8 * B, "JPY", approx=True)],
            events=[],
        ),
    ]
    # --- English: a deputy minister on the size of the building-ceramics industry, told by SGGP and a VNS copy on a wire
    # site (S17 r3-r4) ---
    rows += [
        h(
            n(),
            " date 2023-12-04 Business\n\nViet Nam ranks among world's biggest building-ceramics producers\n\nOnly four countries turn out more ceramic tiles than Vietnam, Deputy Minister of Construction Le Quang Hai said, which puts it in the top tier of building-ceramics makers.",
            "2023-12-04",
            "ministry",
            [
                E,
                "page_date_chrome",
                "section_line",
                "headline_lead",
                "person_role_before",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            persons=[per("Le Quang Hai", "Deputy Minister of Construction")],
            events=[],
        ),
        h(
            n(),
            "Exports of more than $240 million in 2022, sold from ASEAN to Europe, and a yearly GDP contribution of over US$2.8 billion: those are the industry's numbers, he said.",
            "2023-12-04",
            "ministry",
            [E, "statistics", "list_first", "approx", "bloc_no_location", "region_no_location", "no_event"],
            money=[m(240 * M, "USD", approx=True), m(2.8 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Hai also pointed to provinces that court tile investors and to a building-materials strategy that runs to 2030, with a vision to 2050.",
            "2023-12-04",
            "ministry",
            [E, "given_name_alone_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2023-12-06 VIETNAM, December 6 - HÀ NỘI — Sanitary-ware lines can now turn out 24 million pieces a year and tile lines of every kind about 780 million sq.m, a multiple of what they managed 20 years ago. — VNS",
            "2023-12-06",
            "ministry",
            [
                E,
                "page_date_chrome",
                "wire_dateline",
                "dateline",
                "product_m2_no_area",
                "capacity_no_count",
                "duration_no_count",
                "agency_credit_nothing",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- English: a Japanese daily on the sanitary-ware maker's faucet plant (S18 r1) ---
    rows += [
        h(
            n(),
            "An artist's impression of Kuroda Toki's planned plant in Vietnam\n10:42 JST, February 14, 2022\nNAGOYA — About ¥9 billion will go into a faucet factory that Kuroda Toki Co. is to build in northern Vietnam, as demand for bathroom fittings grows worldwide.",
            "2022-02-14",
            "ministry",
            [
                E,
                "caption",
                "timestamp_line",
                "announced_investment",
                "amount_first",
                "yen",
                "approx",
                "foreign_dateline_nothing",
                "region_no_location",
                "no_site",
                "multiline",
            ],
            firms=[f("Kuroda Toki", "Co.")],
            money=[m(9 * B, "JPY", approx=True)],
            deals=[deal("investment", ["Kuroda Toki"], 9 * B)],
            events=[ev("investment_announcement", [F("Kuroda Toki")], 9 * B, "JPY", None, "announced")],
        ),
        h(
            n(),
            "Bac Ninh Province is the site: the company has bought about 9 hectares there, and building starts in March for output of up to 1.1 million faucets a year from 2025.",
            "2022-02-14",
            "ministry",
            [
                E,
                "land_acquired_no_deal",
                "company_word_no_firm",
                "area",
                "approx",
                "capacity_no_count",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            areas=[ha(9, True)],
            events=[],
        ),
        h(
            n(),
            "Exports to China and North America will be its main job; once running, it will be the biggest of the group's plants outside Japan, under a local affiliate.",
            "2022-02-14",
            "ministry",
            [E, "country", "region_no_location", "no_event"],
            locations=[country("China"), country("Japan")],
            events=[],
        ),
        h(
            n(),
            "In the six months to September 2021 its faucet sales in China jumped 64%, the company said.",
            "2022-02-14",
            "ministry",
            [E, "sales_no_deal", "percentage", "country", "no_event"],
            percentages=[64],
            locations=[country("China")],
            events=[],
        ),
    ]
    # --- English: pottery and porcelain exports in early 2014 (S19 r2) ---
    rows += [
        h(
            n(),
            "US$74.2 million of pottery and porcelain left Vietnam in January and February 2014, 8.7 per cent more than a year before, customs figures show.",
            "2014-04-03",
            "ministry",
            [E, "statistics", "amount_first", "bare_unit_none", "percentage", "no_event"],
            money=[m(74.2 * M, "USD")],
            percentages=[8.7],
            events=[],
        ),
        h(
            n(),
            "Workers glaze vases at a Thanh Ha Ceramic JSC kiln in Hai Duong. Photo: Phan Duc Minh",
            "2014-04-03",
            "ministry",
            [E, "caption", "photo_credit_person", "province", "no_event"],
            firms=[f("Thanh Ha Ceramic", "JSC")],
            provinces=[pv("Hải Dương")],
            persons=[per("Phan Duc Minh", None)],
            events=[],
        ),
        h(
            n(),
            "The US grew faster (21.4 per cent, to $11.7 million), but Japan stayed the biggest buyer at $12.9 million, up 13.8 per cent.",
            "2014-04-03",
            "ministry",
            [E, "statistics", "market_list", "percentage", "country", "no_event"],
            locations=[country("US"), country("Japan")],
            money=[m(11.7 * M, "USD"), m(12.9 * M, "USD")],
            percentages=[21.4, 13.8],
            events=[],
        ),
        h(
            n(),
            "Italy nearly tripled its purchases, to $1.1 million, the steepest rise among the 21 export markets.",
            "2014-04-03",
            "ministry",
            [E, "statistics", "count", "ratio_no_count", "country", "no_event"],
            locations=[country("Italy")],
            money=[m(1.1 * M, "USD")],
            quantities=[c(21, "export markets")],
            events=[],
        ),
        h(
            n(),
            "Sales to China, by contrast, fell by more than half, to $248,000, while Norway, Malaysia and Cambodia showed up as new buyers.",
            "2014-04-03",
            "ministry",
            [E, "statistics", "fraction_in_words_none", "country_list", "no_event"],
            locations=[country("China"), country("Norway"), country("Malaysia"), country("Cambodia")],
            money=[m(248_000, "USD")],
            events=[],
        ),
        h(
            n(),
            "The Dong Nai Fine Art Ceramics Association said workshops in the province had their busiest winter in five years.",
            "2014-04-03",
            "ministry",
            [E, "unaccented_english", "province_in_org_name", "association", "duration_no_count", "no_event"],
            organizations=["Dong Nai Fine Art Ceramics Association"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
    ]
    # --- English: VietnamPlus on Bình Dương porcelain and on home makers winning back the market (S19 r3-r4) ---
    rows += [
        h(
            n(),
            "Binh Duong porcelain – a prized name in Vietnamese ceramics\n\nMore than 30 heads of state have taken home Hoang Long Porcelain sets as state gifts, and Binh Duong tableware has been used at Party congresses and summits.",
            "2019-12-18",
            "ministry",
            [E, "headline_lead", "province", "count", "approx", "count_first", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            firms=[f("Hoang Long Porcelain")],
            quantities=[c(30, "heads of state", True)],
            events=[],
        ),
        h(
            n(),
            "Imports no longer own the top shelf: Vietnamese high-end porcelain is selling again at home, thanks to money spent on new kilns.",
            "2013-06-11",
            "ministry",
            [E, "adjective_no_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hoang Long and Thanh Ha lead a field of some 270 porcelain workshops across the country.",
            "2013-06-11",
            "ministry",
            [E, "count", "approx", "short_name", "no_event"],
            firms=[f("Hoang Long"), f("Thanh Ha")],
            quantities=[c(270, "porcelain workshops", True)],
            events=[],
        ),
        h(
            n(),
            "Local makers held just 32 percent of a home market worth about 5.2 trillion VND (247 million USD) in 2012, Pham Quoc Vinh, General Director of Thanh Ha Ceramic JSC, said.",
            "2013-06-11",
            "ministry",
            [
                E,
                "share_first",
                "market_size",
                "approx",
                "bracketed_conversion",
                "percentage",
                "person_role_after",
                "no_event",
            ],
            percentages=[32],
            money=[m(5.2e12, "VND", approx=True), m(247 * M, "USD")],
            persons=[per("Pham Quoc Vinh", "General Director of Thanh Ha Ceramic JSC")],
            firms=[f("Thanh Ha Ceramic", "JSC")],
            events=[],
        ),
        h(
            n(),
            "Lead left in the glaze is the risk with cheap imports fired too cool, according to Tran Minh Luan, General Director of Hoang Long Porcelain Co., Ltd.",
            "2013-06-11",
            "ministry",
            [E, "person_role_after", "form_at_sentence_end", "no_event"],
            persons=[per("Tran Minh Luan", "General Director of Hoang Long Porcelain Co., Ltd.")],
            firms=[f("Hoang Long Porcelain", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "His kilns run at about 1,300 degrees Celsius; some rival imports, he said, see barely 850.",
            "2013-06-11",
            "ministry",
            [E, "temperature_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Over 14,000 designs are now in Hoang Long's catalogue, the fruit of more than 120 billion VND (5.6 million USD) a year spent on machines and kilns since 2011.",
            "2013-06-11",
            "ministry",
            [
                E,
                "yearly_upgrade_spending_no_deal",
                "count_first",
                "money_per_year",
                "bracketed_conversion",
                "approx",
                "count",
                "possessive_firm",
                "no_event",
            ],
            firms=[f("Hoang Long")],
            money=[m(120 * B, "VND", "year", True), m(5.6 * M, "USD", "year")],
            quantities=[c(14000, "designs", True)],
            events=[],
        ),
    ]
    # --- English: the anti-dumping case on Indian tiles, told by VNS, SGGP, a law-firm brief and a trade portal
    # (S20 r1-r4) ---
    rows += [
        h(
            n(),
            " date 2025-08-22 HÀ NỘI — Ceramic tiles from India are now the subject of an anti-dumping investigation by the Ministry of Industry and Trade, opened after local producers complained that cheap imports were hurting them.",
            "2025-08-22",
            "ministry",
            [
                E,
                "page_date_chrome",
                "dateline",
                "trade_remedy",
                "object_first_passive",
                "country",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            organizations=["Ministry of Industry and Trade"],
            locations=[country("India")],
            events=[],
        ),
        h(
            n(),
            "Nine tile makers filed the petition on July 4: Hoang Gia Ceramic, A Dong, Thach Anh Viet, Dat Lanh, Kinh Bac Granite, Dong Phong, Van Long, Minh Ha and Pho Hien Ceramic.",
            "2025-08-22",
            "ministry",
            [E, "trade_remedy", "petitioner_list_no_deal", "bare_names", "count_in_words", "no_event"],
            firms=[
                f("Hoang Gia Ceramic"),
                f("A Dong"),
                f("Thach Anh Viet"),
                f("Dat Lanh"),
                f("Kinh Bac Granite"),
                f("Dong Phong"),
                f("Van Long"),
                f("Minh Ha"),
                f("Pho Hien Ceramic"),
            ],
            events=[],
        ),
        h(
            n(),
            "The ministry's statement on Thursday gave the legal basis as Decision 2281 of August 18.",
            "2025-08-22",
            "ministry",
            [E, "bare_decision_number_none", "weekday_no_date", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2025-07-05 Ceramic tiles and nylon filament yarn are the subjects of two anti-dumping petitions now under review at the Ministry of Industry and Trade.\n\nIn the tile case, local makers say Indian imports are being sold below value.",
            "2025-07-05",
            "ministry",
            [
                E,
                "page_date_chrome",
                "trade_remedy",
                "object_first",
                "adjective_no_country",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
        h(
            n(),
            "The Trade Remedies Authority has 45 days to decide on the tile case, counting from July 4, 2025, when it found the dossier complete; the producers had lodged it on May 20, 2024.",
            "2025-07-05",
            "ministry",
            [E, "trade_remedy", "petition_no_deal", "duration_no_count", "no_event"],
            organizations=["Trade Remedies Authority"],
            events=[],
        ),
        h(
            n(),
            "July 21, 2025 is the deadline for tile makers and traders in Vietnam who want to send the authority information.",
            "2025-07-05",
            "ministry",
            [E, "deadline", "date_first", "bare_unit_none", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "In brief\n\nAn anti-dumping case on porcelain tiles from India, code AD24, was opened by the MOIT under Decision No. 2281/QD-BCT of 18 August 2025, some 15 months after nine domestic makers petitioned the Trade Remedy Authority (TRA).",
            "2025-09-04",
            "ministry",
            [
                E,
                "law_firm_brief",
                "trade_remedy",
                "decision_number_ascii",
                "dated_decision",
                "acronym_org",
                "bracketed_acronym_no_second",
                "case_code_nothing",
                "duration_no_count",
                "country",
                "multiline",
                "no_event",
            ],
            organizations=["MOIT", "Trade Remedy Authority"],
            decisions=[d("2281/QD-BCT", "2025-08-18")],
            locations=[country("India")],
            events=[],
        ),
        h(
            n(),
            "Key takeaways\n\nFour points matter most to exporters: what is covered, the periods examined, the margin alleged and the registration rules.",
            "2025-09-04",
            "ministry",
            [E, "law_firm_brief", "subhead", "count_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "India's alleged margin is 41.7%; injury is examined over the four years to 30 June 2025 and dumping over the last of them.",
            "2025-09-04",
            "ministry",
            [
                E,
                "law_firm_brief",
                "trade_remedy",
                "percentage",
                "possessive_country",
                "count_in_words",
                "no_event",
            ],
            percentages=[41.7],
            locations=[country("India")],
            events=[],
        ),
        h(
            n(),
            "Water absorption of 0.5% by weight or less is the test: any glazed or unglazed clay tile that meets it falls in scope, whatever its size.",
            "2025-09-04",
            "ministry",
            [E, "law_firm_brief", "product_scope", "percentage", "no_event"],
            percentages=[0.5],
            events=[],
        ),
        h(
            n(),
            "Eight HS codes, from 6907.21.21 to 6907.21.94, fall under Decision No. 2281/QD-BCT, which the Ministry of Industry and Trade issued on August 18, 2025.",
            "2025-08-25",
            "ministry",
            [
                E,
                "trade_portal",
                "hs_code_nothing",
                "count_in_words",
                "decision_number_ascii",
                "dated_decision",
                "no_event",
            ],
            organizations=["Ministry of Industry and Trade"],
            decisions=[d("2281/QD-BCT", "2025-08-18")],
            events=[],
        ),
        h(
            n(),
            "The dossier came from nine companies: Hoang Gia Ceramic Group Joint Stock Company, A Dong Ceramic Joint Stock Company, Thach Anh Viet Joint Stock Company, Dat Lanh Ceramic Joint Stock Company, Kinh Bac Granite Joint Stock Company, Dong Phong Group Joint Stock Company, Van Long Ceramic Joint Stock Company, Minh Ha Industrial Joint Stock Company and Pho Hien Ceramic Joint Stock Company.",
            "2025-08-25",
            "ministry",
            [
                E,
                "trade_portal",
                "petitioner_list_no_deal",
                "group_kept",
                "foreign_form_as_written",
                "no_event",
            ],
            firms=[
                f("Hoang Gia Ceramic Group", "Joint Stock Company"),
                f("A Dong Ceramic", "Joint Stock Company"),
                f("Thach Anh Viet", "Joint Stock Company"),
                f("Dat Lanh Ceramic", "Joint Stock Company"),
                f("Kinh Bac Granite", "Joint Stock Company"),
                f("Dong Phong Group", "Joint Stock Company"),
                f("Van Long Ceramic", "Joint Stock Company"),
                f("Minh Ha Industrial", "Joint Stock Company"),
                f("Pho Hien Ceramic", "Joint Stock Company"),
            ],
            events=[],
        ),
        h(
            n(),
            "India's representatives in Vietnam and every Indian producer or exporter the ministry can identify will get a sampling questionnaire, as Decree 92/2025/ND-CP of April 18, 2025 requires.",
            "2025-08-25",
            "ministry",
            [E, "trade_portal", "decision_number_ascii", "dated_decision", "possessive_country", "no_event"],
            decisions=[d("92/2025/ND-CP", "2025-04-18")],
            locations=[country("India")],
            events=[],
        ),
        h(
            n(),
            "Provisional duties are possible once preliminary findings are in, and exporters who ignore the deadline will be counted as uncooperative. — BIZHUB/VNS",
            "2025-08-22",
            "ministry",
            [E, "trade_remedy", "agency_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]

    return rows
