# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 164 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: home appliance assembly and compressors (refrigerators, air
conditioners, washing machines, compressors, motors for appliances, and their parts suppliers in Vietnam). Written and
annotated for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes.
Searches, numbered S1-S20 in the section comments: S1 "nhà máy máy nén điều hòa khu công nghiệp vốn đầu tư", S2
"Panasonic Việt Nam nhà máy tủ lạnh máy giặt mở rộng", S3 "LG Electronics Hải Phòng nhà máy điều hòa máy giặt đầu tư
thêm", S4 "Samsung điện tử gia dụng nhà máy TP.HCM tủ lạnh máy giặt", S5 "Daikin nhà máy điều hòa Hưng Yên khánh thành",
S6 "doanh nghiệp Việt cung cấp linh kiện cho nhà máy điện lạnh FDI", S7 "động cơ điện cho thiết bị gia dụng nhà máy Việt
Nam cấp phép đầu tư", S8 "máy nén lạnh compressor nhà máy Việt Nam Nhật Bản đầu tư", S9 "Điện máy REE Reetech điều hòa
nhà máy sản xuất", S10 "Sunhouse Kangaroo nhà máy đồ gia dụng khởi công", S11 "Hitachi Toshiba Aqua nhà máy máy giặt tủ
lạnh Việt Nam", S12 "khởi công nhà máy linh kiện điện lạnh khu công nghiệp 2024", S13 "tỷ lệ nội địa hóa ngành điện tử
gia dụng Việt Nam công nghiệp hỗ trợ", S14 "Midea Haier Gree đầu tư nhà máy điều hòa Việt Nam", S15 "trao giấy chứng
nhận đăng ký đầu tư dự án sản xuất thiết bị điện gia dụng", S16 "ký hợp đồng cung ứng linh kiện nhựa kim loại tủ lạnh
máy giặt", and in English S17 "Vietnam air conditioner factory investment compressor plant", S18 "refrigerator washing
machine plant Vietnam opens", S19 "home appliance maker expands production Vietnam million USD", S20 "Vietnamese
supplier home appliance components contract". (Batches 97 and 100 drew some of the same stories, the Japanese
air-conditioner plant, a steel group's appliance plant and a tools maker's supplier hunt; every row here was drafted
from this sample and checked against those batches and batches 102, 110 and 130, and drafts that came out like one of
their rows were rewritten.) No sentence is taken or paraphrased from a page; the shapes are. Firm, park, person and
byline names are invented (Shirakaba / Shirakaba Industries / Shirakaba Air Conditioning, Phát triển KCN Phố Hiến and
KCN Phố Hiến II, Marutaka Corporation, Mitsuwa / Mitsuwa Appliances and its units, KCN Tiên Dương, Hanil / Hanil
Electronics / Hanil Display / Hanil Innotech, KCN An Hưng, Seorim / Seorim Electronics, Tamaki / Điện máy Tamaki /
Tamaki Electric Appliances and its former name Kiyora, KCN Long Thành as its site, Thép Phú An / Phu An Group and KCN
Đồng Văn V as its site, Hengtai, Aerix, Coolmax, Cơ khí Hòa Phong, Thiết bị điện Hưng Thịnh, Nhiệt lạnh Tân Việt,
Midorigawa Farm, Siam Compressor Works / SCW and Hartley, Phuoc An Mechanical, The Vinh Fibre, Halvorsen Power Tools /
HPT, Daiho Denki, Sunmi Tech, Hanlong, decision 3051/QĐ-BCT and 1987/QĐ-BCT, every official including a Prime Minister
and a State President, every author, speaker, photographer and byline); well-known names (GfK, Reuters, Nikkei, the
ministries, Cục Thống kê, Trường Đại học Kinh tế Quốc dân, the Đình Vũ - Cát Hải zone, the real decree 111/2015/NĐ-CP
cited by number and date) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots, about 55 distinct pages; a Japanese maker's air-conditioner plant near
Hanoi filled nine slots, an appliance maker's drum-washer plant four, a steel group's appliance plant four, a
supporting-industry feature three and an interview three): 17 slots were spam (betting-domain keyword salads with
appliance words, all four of S10 among them, and keyword lines on Polish domains); 15 were tag, title, snippet and legal-title pages (two heat-pump vendor titles, an aggregator's one-line licence under a headline, a blog tag on a
Korean maker's US appliance plant, a bulletin with a denial, a tech site's tag with a supplier's quote, a builders'
forum tag snippet, a car-maker title, a market snippet, four legal tag and title pages of S15, a TV tag and a
bank-association hashtag of S16); 8 were journals, features, a document store, a student paper and an internship report
on supporting industry (one feature three times, once on a ministry S&T portal with its chrome and a Prime Minister's
caption; an economics journal with abstract, keywords and a 2007 ministry decision; a regression paper on a document
store); 3 were one interview on "made in Vietnam" labels; 2 a forum thread on heaters sold to a Japanese farm group
with a signed contract and a blog visit to a Thai compressor maker; 4 Japanese pages (a feed title on a China plant, a
wire item on the Hanoi-area plant's opening, a note on its investment, a washer shipment milestone) and one Chinese
summary page with English bullets on a Chinese brand's air-conditioner park in Thailand; 13 Vietnamese news pages and
features (the Japanese plant's land lease told by three outlets, a washer plant's opening in Hưng Yên with its chrome,
caption and director's words, production moved from a Thai plant, a Korean group's licence in Hải Phòng, its
ecosystem feature and its pledge with its history, a Korean group's thirty years, an FDI feature with related links
twice, a dehumidifier plant tour with its own compressor shop, an appliance maker's licence extended in Đồng Nai); 17
English pages (the Japanese plan told by a news site, a metalworking site and a business site, and a park expansion
snippet with the lease; the drum-washer plant on the agency and its mirror, twice each; the steel group's plant three times, once with full page chrome; a Korean group's planned Hải Phòng plants twice; Covid-era supplier orders; a tools maker's
supplier hunt on a spam-domain mirror and its workshop; a translation-site paragraph). About 28 of the 80 slots told a
deal or an event with a named party (announced plants and pledges 8, openings 11, licences 3, leases 4, one supply contract, one recalled investment), but several were the same story told again; no supply contract between a
Vietnamese parts maker and an appliance assembler came up in any first four (S6, S16 and S20 gave features, tags,
reports and supplier hunts), so the batch has only the forum's heater contract.

Rows: 160 (hand-53601 to hand-53760); 31 carry a deal or an event (19.4%): 27 events (11 investment announcements, 10
inaugurations, 3 investment licences, 2 cooperation, 1 supply contract) and 28 `deals` entries (25 investment, 2
cooperation, 1 supply_contract); 5 rows hold only deals (53695 three recalled plants, 53697 a recalled plant with its
capital, 53701 a recalled plant under a cumulative total, 53713 a recalled first plant, 53750 a recalled investment),
6 an event without a deal (53631, 53676, 53733, 53737 and 53738 openings without capital, 53759 an opening abroad) and
20 both. 129 rows are negatives and other fields. By page kind: 11 rows of spam (53601-53611, 0 with a deal or event),
18 of tag, title, snippet and legal-title pages (53612-53629; 2), 5 of Japanese pages rendered in Vietnamese
(53630-53634; 3), 18 of journals, features, a document store, a student paper and an internship report (53635-53652,
the journal's English summary 53643; 0), 4 of the interview (53653-53656; 0), 9 of the forum thread and the blog
(53657-53665; 1), 56 of Vietnamese news and features (53666-53721; 10) and 39 of English copy (53722-53760; 15); 40
rows are English (`english_copy`, 25.0%, with the journal summary). 10 rows are stored in NFD (hand-53669, 53677,
53680, 53688, 53699, 53701, 53704, 53708, 53715, 53721); 6 use old tone placement (53620 "điều hoà", "Hoà Phong", 53642
"nội địa hoá", 53660 "thoả thuận", 53661 "hoá đơn", 53689 "tự động hoá", 53716 "đa dạng hoá"); 36 hold several lines
(headlines and leads, page chrome, timestamps, bylines and source lines, captions, related links, labels, table of
contents, bullets).

Own wording: every row was drafted in its own order (amount-first, object-first, passive, quote-first, list-first,
label lines), with changed figures, names, dates and places; on review against the notes taken from the sampled pages
and against batches 97, 100 and 130, about 30 drafts were rewritten from scratch: the lease lead and the plant's
figures, the washer plant's lead and the Thai closure lines, the Hải Phòng licence (now amount-first), every English row
of the air-conditioner plan (its headline, lead, market line, caption and completion line, which had come out like
batch 97's), the steel group's dateline lead (like batch 97's), the procurement chief's line (like batch 100's), the
tools maker's rows (renamed, their target and quote recast), the FDI feature's related link (like batch 130's), the
dehumidifier line on the shared compressor and the suppliers' payment-terms line. Three drafted rows were dropped
because their shape or facts came only from results ranked 5 or lower: a betting page carrying a licence headline (no
such shape in any first four), a signing caption naming both general directors (S1 r7, S5 r5) and a group's cost-cutting
target in yen (S2 r7). Nothing else was used from ranks 5-8, among them a Korean group's smartphone line turned over to
appliances (S3 r6, S18 r5), a display maker's complex (S3 r7), a TV line moved from China (S4 r6-r8), a provincial paper
on supplier fairs with a seventh plant (S6 r5), a textbook and FDI e-book tags (S7 r7, r8), the Japanese maker's China
plant (S8 r8), an air-conditioner newcomer's market piece (S9 r5), the appliance maker's extension on a second outlet (S11
r5), a bearing plant and park items (S12 r5-r8), localisation figures by product group (S13 r6-r8), a Chinese maker's
encyclopaedia page and a Binh Duong expansion note (S14 r5, r7), the ministry portal line (S15 r7), a Chinese small
appliance maker's second phase, a tools maker's top-up and a TV complex (S19 r5, r6, r8) and the supplier vendor pieces
(S20 r5-r8).

Conventions: exactly those of batches 10 and 12-145 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital
the event only, dated only with a day; a named firm's plan, pledge or planned plant is an announced investment (with
the amount written first when a conversion follows), one abroad without province; a licence received without grantor
is a licence event of the firm, one handed over by a committee names it as written; a lease with a park developer is a
cooperation deal and a signed cooperation event (batches 73, 103, 124), a contract-first passive one dated with its
day; a signed purchase contract is a supply_contract, supplier first; recalled plants, spends and capital are deals
without events; cumulative totals, running totals of a park's projects, relocations of output to an existing plant,
denials, wishes, supplier hunts, workshops, fairs, samples, orders from unnamed buyers, OEM work and plant tours give no
deal; attendees and hosts are no parties; vague amounts are none; "khoảng", "chừng", "gần", "hơn", "about", "around",
"over", "more than", "some", "close to" are approximate; bracketed conversions are both money; money per year keeps its
unit; capacities, durations, ordinals, counts in words, page counts, view counters and numbers without a noun are no
counts, cumulative output and annual sales are, English counts keep their English noun; m2 and square metres are areas
in ha; Vietnamese legal forms are normalised, foreign ones kept ("Ltd.", "JSC", "Co.", "Co., Ltd.", "Co. Ltd."),
"Corporation" stays in an English name, "Việt Nam"/"Vietnam" is dropped from a foreign subsidiary's name and a caps name takes its usual spelling ("TAMAKI Vietnam" -> "Tamaki"); a bracketed acronym after a name is no second entry, alone it is a
firm; a bare headline name and the lead's full name are two entries when their canonical names differ; Vietnamese
country words ("Nhật", "Hàn Quốc", "tập đoàn Hàn Quốc") and English country nouns and "of Japan" are countries, English
adjectives ("Japanese", "Chinese-brand", "Thai"), regions and foreign cities nothing; lower-case places in spam nothing;
parks written in Vietnamese are locations, English parks none; datelines and "near Hanoi" are mentions, not sites;
bylines and photo credits are persons in title case without role, outlet, agency and site credits nothing; "TS.",
"ThS.", "PGS.TS." give no role; old tone placement is normalised in the gold. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A headline pricing a named firm's plant over a lead telling the land lease ("Shirakaba chi 98 triệu USD làm nhà máy
  điều hòa ở Hưng Yên / Hợp đồng thuê đất ... đã được Công ty CP Shirakaba Air Conditioning Việt Nam và Công ty TNHH
  Phát triển KCN Phố Hiến ký ngày 3/8", 53666) gives two deals and two events: the headline name's announced investment
  and the lease, both sited by the headline's province, the lease dated; a repeated caption "Lễ ký hợp đồng thuê đất giữa
  hai bên" (53667) names no party and gives nothing. The English snippet's lease "on Tuesday" (53732) is undated and
  unsited, the developer "Pho Hien II Industrial Park Co." a firm.
- Japanese pages rendered in Vietnamese (53630-53634) are annotated like Vietnamese copy: "lễ khánh thành được tổ chức
  hôm 17" is an opening without date (no month), "ngoại ô Hà Nội" and "gần Hà Nội" mentions without site; an amount-first
  "Khoảng 10,5 tỷ yên là số tiền Shirakaba quyết định bỏ ra" an announced investment in JPY, unsited (the park names no
  province); "4,5 triệu chiếc" shipped so far a count.
- Recalled plants: "Năm 1996, Hanil mở nhà máy tivi đầu tiên ở Hưng Yên, vốn 15 triệu USD" (53697) is a deal with
  amount and site; without capital ("Tamaki ... dựng nhà máy đầu tiên ở Việt Nam năm 1997", 53713; "Từ xưởng tivi dựng ở
  TP.HCM năm 1996, tập đoàn đã đưa tổng cộng 21,4 tỷ USD" 53701, the total money only; "Sau Hanil Electronics năm 2013,
  Hanil Display và Hanil Innotech lần lượt đặt nhà máy ở thành phố này", 53695, three deals without site) a deal without
  amount (batch 123's "Tai Hsing's Dutch factory ... started up"); an existing plant only described ("Khu sản xuất chính
  của Hengtai dựng từ cuối thập niên 1990", "nhà máy ... của Hanil Innotech tại KCN An Hưng") gives none.
- Openings: a caption "Cắt băng khánh thành nhà máy mới của Mitsuwa ở Hưng Yên" (53676) and "TAMAKI Vietnam opens a new
  ... plant in Dong Nai's Long Thanh Industrial Park" (53733) are openings without capital sited by the province written;
  the mirror's "Drum washer plant goes into operation for TAMAKI Vietnam hinh anh 1" (53737) unsited; "Output began on
  August 2 at a 23.6 million USD ... factory that TAMAKI Electric Appliances Vietnam Co., Ltd. has built" (53734) an
  opening with capital dated with the day; "Completion of the Hanoi-area plant, which absorbed close to 8.9 billion yen,
  was announced by Shirakaba Industries on June 20, 2018" (53729) an opening with the yen amount and no date (the day is
  the announcement's, batch 97); "Sales of $900 million a year by 2030 is what Phu An Group expects ..., a business the
  steel group entered on Tuesday by starting up an air conditioner plant in Ha Nam province" (53738) an opening without
  capital sited in Ninh Bình (current unit), the revenue money per year; the chrome headline "Phu An Group opens $45m
  appliance plant in northern Vietnam" (53740) an opening with capital, unsited; a Chinese brand's park "in Thailand
  has begun operating" (53759) an opening abroad without province.
- Licences: "Tổ hợp 1,35 tỷ USD của Tập đoàn Hanil Electronics (Hàn Quốc) ở KCN An Hưng, Khu kinh tế Đình Vũ - Cát Hải,
  đã có giấy chứng nhận đầu tư do UBND thành phố Hải Phòng trao chiều 12/9" (53688) is a dated licence of the committee
  and the firm; "Công ty TNHH Điện máy Tamaki Việt Nam vừa nhận giấy chứng nhận đăng ký đầu tư điều chỉnh ...: vốn tăng
  thêm khoảng 1.620 tỷ đồng (79 triệu USD), thời hạn kéo dài tới năm 2047" (53715) a licence of the increase without
  grantor; an aggregator's amount-first headline over a one-line licence (53614) gives the headline's amount to the
  lead's full name, the bare headline name a second firm.
- Announcements: the headline "Sắp đổ thêm 3,5 tỷ USD, Hanil đang làm gì ở Việt Nam?" over a reception by the State
  President (53696) is the group's announced investment, the reception no deal; "Seorim dồn sức cho mảng gia dụng ở Mỹ /
  Hãng điện tử Hàn Quốc dự tính chi 410 triệu USD dựng nhà máy ... ở bang Tennessee" (53615) an announced investment
  abroad ("bang Tennessee", "hạt Newberry" nothing); "Mitsuwa is due to open its eighth Vietnamese factory ... within
  the next two months" (53752) an announced investment without amount or site; "Marutaka Corporation of Japan is
  spending over 15 billion yen (US$139 million) to enlarge Pho Hien II Industrial Park in ... Hung Yen" (53731) a park
  developer's announced investment sited in Hưng Yên; "Shirakaba of Japan lines up Vietnam site for household air
  conditioners" (53726) an announcement without amount.
- Not deals: "Mitsuwa sẽ khép nhà máy gia dụng ở Thái Lan, dồn sản xuất về Việt Nam" (53683) moves output to an existing
  plant; the bulletin's "SEORIM BÁC TIN CHUYỂN DÂY CHUYỀN ..." and its body (53618-53619) are denials; "SCW ra đời ...
  là liên doanh giữa một tập đoàn Thái Lan và hãng Hartley của Úc" (53664) names one partner and gives no deal; a
  Vietnamese firm's samples to an unnamed European brand (53746), orders from countries (53747), OEM work (53712) and a
  tools maker's supplier hunt and workshop (53750-53757, the recalled 700 million USD excepted) give none; the forum's
  "theo thoả thuận miệng với chủ trại" (53660) names no party.
- The forum's contract: "đại diện Tập đoàn Midorigawa Farm (tỉnh Kumamoto) ký hợp đồng mua 24 máy đầu tiên của Công ty
  TNHH Nhiệt lạnh Tân Việt, tổng giá trị khoảng 170.000 USD" (53658) is a signed supply_contract, supplier first although
  the buyer is written first, unsited (a Japanese prefecture is nothing), "24 máy" a count.
- Page chrome: a weather widget's "Ho Chi Minh City" over a headline (53675) is a mention of the city; "Khoa học công
  nghệ ngành Công Thương", "Tin KHCN", "KINH TẾ", "admin", "Thread starter: vantu", "Leave a Reply", "Related Topics",
  "Sponsored Content", "hinh anh 1", the icon run "ArrowArtboardCreated with Sketch..." and "Số trang: 10", "5 lượt xem"
  give nothing; "(Tổ Quốc)", "(TBKTSG Online)", "(KTSG Online)", "(Techz.vn)", "(VEN)", "VnExpress International",
  "baodautu.vn", "Theo vietnamplus.vn", "theo tờ Nikkei", "- VNA" are outlet credits, nothing; "Hình minh họa: Internet."
  and "(File photo)" nothing.
- Persons: "cô giáo ThS Phan Thu Hà" and "PGS.TS Trịnh Quốc Bảo:" give no role; the paper's authors "Đặng Thị Thu Hà1, Lê
  Minh Khôi1" are persons without the affiliation digit, the university from the numbered line; "Thủ tướng Lê Quang
  Hưng", "Chủ tịch nước Đỗ Văn Lâm" and "Phó Chủ tịch kiêm Tổng giám đốc điều hành Tập đoàn Hanil Kim Tae-hoon" keep the
  role before the name (the group a firm mention of the same entry as the headline's "Hanil"); English roles keep their
  wording ("chairman", "strategy director", "deputy director", "Mitsuwa Vietnam's procurement chief", "global sourcing
  director of HPT").
- Firms and organisations: "GfK" in "Theo GfK" is a firm (a research company); "Tamaki (tên cũ là Kiyora)" gives both
  names; "Seorim Việt Nam" and "Tamaki Việt Nam" in roles and text are "Seorim" and "Tamaki"; "HCM City Supporting
  Industry Development Centre" is an organisation and a mention of the city; "Tổng cục Tiêu chuẩn Đo lường Chất lượng"
  and "Chính phủ" (in "Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ") are organisations; "Tập đoàn Hàn Quốc
  này" with no name is the country only.
- Numbers: "số trung tâm bảo hành lên 32 trung tâm" and "58 cơ sở sản xuất" are counts; "450.000 máy trong năm đầu",
  "650.000 máy giặt mỗi năm", "3,5 triệu chiếc/năm", "5.5 million units a year" capacities, none; "12 kinds of parts",
  "450 groups of parts" and "2.2 million units" (annual sales) counts; "about 60 so far" none (no noun); "three quarters"
  and "a third" no percentage; "P-value nhỏ hơn 0,05" nothing, "trên 95%" a percentage; "1.1 trillion dong" is
  1,100 tỷ VND; "over 90,000 square metres" 9 ha approximate."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, ev, f, ha, park, per, zone


def hand_sentences_164(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HY = cur("Hưng Yên")
    HP = cur("Hải Phòng")
    DNai = cur("Đồng Nai")
    HNam = cur("Hà Nam")
    TNg = cur("Thái Nguyên")

    ids = iter(range(53601, 53601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword spam: betting-domain salads with appliance words and keyword lines on foreign domains (S1 r1, r4;
    # S5 r2; S7 r4; S8 r1, r4; S9 r1, r2; S10 r1-r4; S11 r2, r3; S14 r1, r3; S16 r4) ---
    spam = [
        (
            "kuwin máy lạnh inverter có tốn điện khôngbảng xếp hạng la ligacách vệ sinh dàn nóng điều hòa",
            "2024-06-11",
            ["betting_salad"],
        ),
        (
            "nhà máy lắp ráp thiết bị làm lạnh chi phí quy trình ấn độ",
            "2023-02-14",
            ["lowercase_country_nothing"],
        ),
        (
            "kuwin tủ lạnh side by side giá rẻsoi kèo serie anhà cái uy tín 2025máy giặt cửa trước",
            "2025-01-20",
            ["betting_salad"],
        ),
        ("nguyên lý hoạt động máy nén piston một cấp", "2022-09-30", []),
        (
            "kuwin lịch âm hôm naycách nạp gas điều hòa tại nhàxổ số hải phòng",
            "2024-11-02",
            ["betting_salad", "lowercase_province_nothing"],
        ),
        (
            "chi phí đầu tư dây chuyền sản xuất tủ đông mini trung quốc",
            "2023-05-08",
            ["lowercase_country_nothing"],
        ),
        (
            "kuwin top 10 nhà cái uy tínmáy giặt sấy 2 trong 1cách tính tiền điện điều hòa 1 ngày",
            "2025-03-17",
            ["betting_salad", "numbers_no_count"],
        ),
        ("thiết kế nhà máy sản xuất quạt điện công suất nhỏ chi phí thấp", "2022-04-25", []),
        (
            "kuwin điều hòa mini không cục nónghải phòng vs nam địnhbảng xếp hạng v-league 2025",
            "2025-04-06",
            ["betting_salad", "lowercase_province_nothing"],
        ),
        ("bảng giá động cơ điện 3 pha cũ thanh lý máy nén khí trục vít", "2023-08-19", ["numbers_no_count"]),
        (
            "kuwin quạt điều hòa hơi nước loại nào tốtxe sh 2024 giá bao nhiêutin nhanh 24h",
            "2024-07-28",
            ["betting_salad"],
        ),
    ]
    for text, date, extra in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_keywords", "lowercase", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- Tag, title, snippet and legal-title pages (S1 r2; S4 r1-r3; S6 r4; S9 r3; S12 r2, r4; S14 r2; S15 r1-r4;
    # S16 r1, r3) ---
    rows += [
        h(
            n(),
            "Lợi ích kinh tế khi dùng bơm nhiệt heat pump cho nhà xưởng",
            "2023-10-04",
            "ministry",
            ["vendor_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bơm nhiệt có thật sự tiết kiệm hơn bình nóng lạnh? Những điều cần biết trước khi lắp",
            "2023-10-04",
            "ministry",
            ["vendor_title", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "520 triệu USD cho nhà máy điện tử của Seorim tại Thái Nguyên\nNgày 21/3, Công ty TNHH Seorim Electronics Việt Nam đã nhận giấy chứng nhận đầu tư nhà máy công suất 45 triệu sản phẩm/năm.",
            "2014-03-22",
            "ministry",
            [
                "aggregator_one_liner",
                "headline_lead",
                "amount_first_headline",
                "licence_received_no_grantor",
                "headline_name_and_full_name",
                "capacity_no_count",
                "deal_date",
                "multiline",
            ],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Seorim"), f("Seorim Electronics", "Công ty TNHH")],
            money=[m(520 * M, "USD")],
            deals=[deal("investment", ["Seorim Electronics"], 520 * M, TNg, "2014-03-21")],
            events=[ev("investment_licence", [F("Seorim Electronics")], 520 * M, "USD", TNg, "licensed")],
        ),
        h(
            n(),
            "Seorim dồn sức cho mảng gia dụng ở Mỹ\n\nHãng điện tử Hàn Quốc dự tính chi 410 triệu USD dựng nhà máy máy giặt ở bang Tennessee, tạo khoảng 1.000 việc làm trước năm 2021.",
            "2017-03-02",
            "ministry",
            [
                "blog_tag_page",
                "headline_lead",
                "announced_plant_abroad",
                "country_word",
                "count",
                "approx",
                "multiline",
            ],
            firms=[f("Seorim")],
            money=[m(410 * M, "USD")],
            quantities=[c(1000, "việc làm", True)],
            locations=[country("Mỹ"), country("Hàn Quốc")],
            deals=[deal("investment", ["Seorim"], 410 * M)],
            events=[ev("investment_announcement", [F("Seorim")], 410 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "“Nhà máy ở Mỹ giúp chúng tôi đưa sản phẩm cao cấp tới người tiêu dùng ở đó nhanh hơn”, ông Park Sung-ho, CEO mảng thiết bị tiêu dùng của Seorim, nói.",
            "2017-03-02",
            "ministry",
            ["blog_tag_page", "quote_first", "person_role_after", "country_word", "no_event"],
            persons=[per("Park Sung-ho", "CEO mảng thiết bị tiêu dùng của Seorim")],
            firms=[f("Seorim")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Để kịp làm máy giặt từ cuối năm, Seorim sẽ cải tạo một nhà xưởng cũ đã mua lại ở hạt Newberry thay vì xây mới từ đầu.",
            "2017-03-02",
            "ministry",
            ["blog_tag_page", "building_purchase_no_deal", "foreign_county_nothing", "no_event"],
            firms=[f("Seorim")],
            events=[],
        ),
        h(
            n(),
            "Bản tin [12 – 05 – 2021] – SEORIM BÁC TIN CHUYỂN DÂY CHUYỀN TỦ LẠNH TỪ TRUNG QUỐC VỀ BẮC NINH\n\nLeave a Reply\n\nYour email address will not be published.",
            "2021-05-12",
            "ministry",
            ["bulletin_title", "caps_headline", "denial_no_event", "site_chrome", "multiline"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Seorim")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hôm 19/6, nguồn tin từ Seorim Việt Nam nói dây chuyền màn hình máy tính sẽ rời Trung Quốc về TP.HCM trong năm nay; công ty mẹ ở Seoul lại trả lời Reuters rằng tin này không có cơ sở.",
            "2020-06-23",
            "ministry",
            [
                "bulletin_body",
                "relocation_no_deal",
                "denial_no_event",
                "foreign_subsidiary_viet_nam",
                "foreign_city_nothing",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Seorim")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            '"nhà cung ứng nội địa" - Xưởng cơ khí muốn vào chuỗi cung ứng của các hãng điều hoà\n\n6 năm trước\n(Techz.vn) “Chỉ cần đơn hàng đều, chúng tôi sẵn sàng mua thêm máy dập”, ông Lương Văn Khải, Giám đốc Công ty TNHH Cơ khí Hoà Phong, nói tại hội thảo do Sở Công Thương Hà Nội tổ chức giữa tháng 10.',
            "2019-11-05",
            "ministry",
            [
                "old_tone",
                "tag_page",
                "quote_first",
                "person_role_after",
                "wish_no_deal",
                "outlet_credit_nothing",
                "duration_no_count",
                "multiline",
            ],
            organizations=["Sở Công Thương Hà Nội"],
            persons=[per("Lương Văn Khải", "Giám đốc Công ty TNHH Cơ khí Hòa Phong")],
            provinces=[pv("Hà Nội")],
            firms=[f("Cơ khí Hòa Phong", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Giữa đợt dịch thứ tư, vẫn có khu công nghiệp được thành lập mới và vài nhà máy điện lạnh trọng điểm chạy thử. Đáng chú ý, ...",
            "2021-09-14",
            "ministry",
            ["tag_snippet", "truncated", "ordinal_not_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hãng xe Việt chốt lịch động thổ nhà máy 2 tỷ USD ở Mỹ, công suất 120.000 xe/năm",
            "2022-07-20",
            "ministry",
            ["title_only", "no_firm", "planned_groundbreaking_no_investor", "capacity_no_count", "no_event"],
            money=[m(2 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "(Tổ Quốc) - Thị trường máy lạnh Việt Nam được dự báo chạm 2,7 tỉ USD trong năm 2024, nơi thương hiệu Nhật Bản, Hàn Quốc, Trung Quốc chiếm phần lớn và một tân binh nội địa mang tên Coolmax muốn giành lại sân nhà.",
            "2024-03-29",
            "ministry",
            ["snippet", "outlet_credit_nothing", "forecast", "country_word", "bare_brand", "no_event"],
            firms=[f("Coolmax")],
            money=[m(2.7 * B, "USD")],
            locations=[country("Nhật Bản"), country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận đủ điều kiện kinh doanh thiết bị điện gia dụng",
            "2023-06-12",
            "legal",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat nghi dinh quy dinh chuc nang nhiem vu bo cong thuong",
            "2022-02-08",
            "legal",
            ["download_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đăng ký thay đổi vốn điều lệ công ty TNHH hai thành viên Lưu trữ",
            "2023-09-01",
            "legal",
            ["tag_page", "archive_suffix", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1987/QĐ-BCT 2023 thủ tục hành chính lĩnh vực công nghiệp hỗ trợ",
            "2023-08-15",
            "legal",
            ["title_page", "year_only_no_date", "no_event"],
            decisions=[d("1987/QĐ-BCT")],
            events=[],
        ),
        h(
            n(),
            "hợp đồng mua sắm tập trung",
            "2024-01-10",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mời thầu cung cấp máy điều hòa cho trụ sở",
            "2024-05-02",
            "ministry",
            ["hashtag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Japanese pages rendered in Vietnamese: a feed title, a wire item, an investment note, a shipment milestone
    # (S2 r1, r3; S5 r1, r3) ---
    rows += [
        h(
            n(),
            "Mitsuwa sẽ xây thêm nhà máy đồ gia dụng ở Trung Quốc, dự kiến vận hành năm 2022",
            "2020-11-19",
            "ministry",
            ["foreign_page_rendered", "feed_title", "announced_plant_abroad", "no_amount"],
            firms=[f("Mitsuwa")],
            locations=[country("Trung Quốc")],
            deals=[deal("investment", ["Mitsuwa"])],
            events=[ev("investment_announcement", [F("Mitsuwa")], None, None, None, "announced")],
        ),
        h(
            n(),
            "【Hà Nội – thời sự】 Nhà máy điều hòa mà Shirakaba dựng ở ngoại ô Hà Nội đã xong và bắt đầu sản xuất; lễ khánh thành được tổ chức hôm 17.",
            "2018-05-21",
            "ministry",
            [
                "foreign_page_rendered",
                "wire_bracket_dateline",
                "inauguration_no_capital",
                "near_city_mention_not_site",
                "day_without_month_no_date",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Shirakaba")],
            events=[ev("inauguration", [F("Shirakaba")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Khoảng 10,5 tỷ yên là số tiền Shirakaba quyết định bỏ ra để lập cơ sở sản xuất đầu tiên ở Việt Nam, trong KCN Phố Hiến II gần Hà Nội; đây sẽ là cơ sở thứ tư của hãng ở châu Á.",
            "2016-08-10",
            "ministry",
            [
                "foreign_page_rendered",
                "amount_first",
                "announced_investment",
                "park_without_province",
                "near_city_mention_not_site",
                "ordinal_not_count",
                "approx",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Shirakaba")],
            money=[m(10.5 * B, "JPY", approx=True)],
            locations=[park("Khu công nghiệp Phố Hiến II")],
            deals=[deal("investment", ["Shirakaba"], 10.5 * B)],
            events=[ev("investment_announcement", [F("Shirakaba")], 10.5 * B, "JPY", None, "announced")],
        ),
        h(
            n(),
            "Theo kế hoạch, xưởng mới làm điều hòa dân dụng và bắt đầu chạy từ tháng 4/2018.",
            "2016-08-10",
            "ministry",
            ["foreign_page_rendered", "schedule", "month_no_day", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mitsuwa cho biết tính đến cuối tháng 9, số máy giặt xuất xưởng tại Việt Nam đã đạt 4,5 triệu chiếc, 12 năm sau khi bắt đầu sản xuất.",
            "2025-10-17",
            "ministry",
            ["foreign_page_rendered", "cumulative_output_count", "duration_no_count", "no_event"],
            firms=[f("Mitsuwa")],
            quantities=[c(4500000, "chiếc")],
            events=[],
        ),
    ]
    # --- Journals, features, a document store, a student paper and an internship report on supporting industry (S6 r1,
    # S7 r1, r2; S13 r1-r4; S16 r2) ---
    rows += [
        h(
            n(),
            "Giá trị gia tăng tạo ra trong nước của khu vực chế biến, chế tạo còn thấp vì linh kiện chủ yếu phải nhập: khu vực này mới đóng góp chừng 17% GDP, trong khi ở Thái Lan là 27% và ở Trung Quốc là 33%.",
            "2022-06-09",
            "ministry",
            ["feature", "percentage", "country_word", "no_event"],
            percentages=[17, 27, 33],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ở Nhật Bản hay Thái Lan, công nghiệp hỗ trợ thường chỉ gồm những nhà sản xuất linh kiện cho xe máy, ô tô và điện tử(2), còn Việt Nam định nghĩa rộng hơn thế.",
            "2022-06-09",
            "ministry",
            ["feature", "footnote_marker", "country_word", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Một chiếc điều hòa dân dụng cần chừng 1.200 chi tiết, từ máy nén, quạt dàn nóng tới bo mạch điều khiển, nhưng phần lớn vẫn nhập từ Trung Quốc và Thái Lan.",
            "2022-06-09",
            "ministry",
            ["feature", "count", "approx", "country_word", "no_event"],
            quantities=[c(1200, "chi tiết", True)],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Khoa học công nghệ ngành Công Thương\n\nThứ hai, 15/04/2024 | 09:12\n\nTin KHCN\n\nCập nhật lúc 10:30 ngày 21/07/2023\n\nCông nghiệp hỗ trợ ngành điện lạnh: cần đi sâu vào linh kiện lõi",
            "2023-07-21",
            "ministry",
            ["portal_chrome", "timestamp_line", "headline_only", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thủ tướng Lê Quang Hưng thăm dây chuyền lắp ráp máy điều hòa tại nhà máy của Tập đoàn Thép Phú An ở KCN Đồng Văn V (Hà Nam).",
            "2023-07-21",
            "ministry",
            [
                "photo_caption",
                "person_role_before",
                "visit_no_deal",
                "province_bracket_after_park",
                "no_event",
            ],
            persons=[per("Lê Quang Hưng", "Thủ tướng")],
            provinces=[pv("Hà Nam")],
            firms=[f("Thép Phú An", "Tập đoàn")],
            locations=[park("Khu công nghiệp Đồng Văn V")],
            events=[],
        ),
        h(
            n(),
            "Các yếu tố ảnh hưởng đến phát triển công nghiệp hỗ trợ ngành điện lạnh tại Đồng Nai\n\nChia sẻ: _ _ | Ngày: | Loại File: PDF | Số trang: 10\n\n5 lượt xem\n0 download",
            "2024-02-27",
            "ministry",
            [
                "document_store",
                "uploader_line",
                "page_count_no_count",
                "view_counter_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Đặng Thị Thu Hà1, Lê Minh Khôi1\n1. Trường Đại học Công nghệ Biên Hòa\nTÓM TẮT Nghiên cứu dùng hồi quy tuyến tính để đo tác động của năm nhóm nhân tố; các biến đều có P-value nhỏ hơn 0,05, độ tin cậy trên 95%.",
            "2024-02-27",
            "ministry",
            [
                "paper_authors",
                "affiliation_digit",
                "abstract",
                "count_in_words",
                "percentage",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Công nghệ Biên Hòa"],
            persons=[per("Đặng Thị Thu Hà", None), per("Lê Minh Khôi", None)],
            percentages=[95],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt\n\nBài viết đánh giá thực trạng công nghiệp hỗ trợ cho ngành điện tử gia dụng, từ đó đề xuất giải pháp nâng tỷ lệ nội địa hoá linh kiện trong giai đoạn tới.\n\nTừ khóa: công nghiệp hỗ trợ, điện tử gia dụng, nội địa hoá",
            "2023-04-18",
            "ministry",
            ["old_tone", "journal_abstract", "keywords_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Summary\n\nThe article reviews how far Vietnam's appliance supporting industry has come and what holds it back, then proposes ways to raise local content.\n\nKeywords: supporting industry, home appliances, Vietnam",
            "2023-04-18",
            "ministry",
            [E, "journal_abstract", "vietnam_no_country", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định số 3051/QĐ-BCT mà Bộ Công Thương ký ngày 9/6/2011 được xem là văn bản đầu tiên nói riêng về linh kiện cho ngành điện lạnh.",
            "2023-04-18",
            "ministry",
            ["journal_history", "decision_signed_date", "no_event"],
            organizations=["Bộ Công Thương"],
            decisions=[d("3051/QĐ-BCT", "2011-06-09")],
            events=[],
        ),
        h(
            n(),
            "THỰC TRẠNG PHÁT TRIỂN NGÀNH CNHT\nNhiều cơ chế, chính sách ưu đãi được ban hành\nNghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ đến nay vẫn là khung chính cho các ưu đãi dành cho linh kiện điện tử và điện lạnh.",
            "2023-04-18",
            "ministry",
            [
                "journal_heading",
                "caps_heading",
                "decree_with_date",
                "zero_padded_date",
                "multiline",
                "no_event",
            ],
            organizations=["Chính phủ"],
            decisions=[d("111/2015/NĐ-CP", "2015-11-03")],
            events=[],
        ),
        h(
            n(),
            "Kim ngạch xuất khẩu điện tử và điện lạnh rất lớn, song phần lớn là hàng hoàn chỉnh làm từ linh kiện nhập, nên giá trị giữ lại trong nước nhỏ.",
            "2022-06-09",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trong mẫu 212 doanh nghiệp được khảo sát, quan hệ với khách hàng FDI là nhân tố tác động mạnh nhất tới năng lực cung ứng.",
            "2024-02-27",
            "ministry",
            ["paper_result", "count", "no_event"],
            quantities=[c(212, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\n————\nBÀI THẢO LUẬN MÔN: QUẢN TRỊ CHUỖI CUNG ỨNG\nĐề tài: Chuỗi cung ứng linh kiện cho ngành điện lạnh Việt Nam\nNhóm 5",
            "2023-11-20",
            "ministry",
            ["student_paper_cover", "caps_org", "group_label_no_count", "multiline", "no_event"],
            organizations=["Trường Đại học Kinh tế Quốc dân"],
            events=[],
        ),
        h(
            n(),
            "Trang 2MỤC LỤC\nA Mở đầu 3\nB Nội dung 4\nChương 1: Cơ sở lý luận 4\n1.1 Chuỗi cung ứng 4",
            "2023-11-20",
            "ministry",
            [
                "table_of_contents",
                "glued_page_marker",
                "page_numbers_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "LỜI NÓI ĐẦU\nĐể hoàn thành báo cáo này, em đã xin thực tập tại Công ty CP Thiết bị điện Hưng Thịnh, đơn vị chuyên làm quạt và mô tơ cho đồ gia dụng, dưới sự hướng dẫn của cô giáo ThS Phan Thu Hà.",
            "2019-05-14",
            "ministry",
            ["internship_report", "academic_title_no_role", "multiline", "no_event"],
            persons=[per("Phan Thu Hà", None)],
            firms=[f("Thiết bị điện Hưng Thịnh", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "CHƯƠNG I: TỔNG QUAN VỀ CÔNG TY CP THIẾT BỊ ĐIỆN HƯNG THỊNH\n1.1 Quá trình hình thành và phát triển\nCông ty được thành lập năm 2006 tại Bắc Ninh, ban đầu chỉ quấn mô tơ quạt cho vài xưởng lắp ráp trong vùng.",
            "2019-05-14",
            "ministry",
            [
                "internship_report",
                "caps_heading",
                "numbered_heading",
                "founding_no_deal",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Thiết bị điện Hưng Thịnh", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Quạt và mô tơ của Hưng Thịnh đều mang dấu hợp chuẩn TCVN do Tổng cục Tiêu chuẩn Đo lường Chất lượng cấp.",
            "2019-05-14",
            "ministry",
            ["internship_report", "short_name", "no_event"],
            organizations=["Tổng cục Tiêu chuẩn Đo lường Chất lượng"],
            firms=[f("Hưng Thịnh")],
            events=[],
        ),
    ]
    # --- An interview on "made in Vietnam" labels, reposted three times (S6 r3, S7 r3, S11 r4) ---
    rows += [
        h(
            n(),
            "PV: - Nhiều người nói hàng điện lạnh “made in Vietnam” thực chất là lắp ráp linh kiện nhập. Ông nghĩ sao?\nPGS.TS Trịnh Quốc Bảo: - Nhãn xuất xứ quyết định ai được hưởng lợi, nên doanh nghiệp phải chứng minh được phần giá trị làm ra trong nước.",
            "2017-08-08",
            "ministry",
            ["interview_qa", "academic_title_no_role", "pv_label_nothing", "multiline", "no_event"],
            persons=[per("Trịnh Quốc Bảo", None)],
            events=[],
        ),
        h(
            n(),
            "PGS.TS Trịnh Quốc Bảo, nghiên cứu viên cao cấp của Viện Nghiên cứu Chiến lược, Chính sách Công Thương, trao đổi với phóng viên về chuyện nhãn xuất xứ.",
            "2017-08-08",
            "ministry",
            ["interview_intro", "person_role_after", "no_event"],
            organizations=["Viện Nghiên cứu Chiến lược, Chính sách Công Thương"],
            persons=[
                per(
                    "Trịnh Quốc Bảo",
                    "nghiên cứu viên cao cấp của Viện Nghiên cứu Chiến lược, Chính sách Công Thương",
                )
            ],
            events=[],
        ),
        h(
            n(),
            "Chứng nhận xuất xứ (C/O) là thứ các bên tranh giành quyết liệt nhất, vì ở đâu có lợi ích thì ở đó có cạnh tranh không lành mạnh.",
            "2017-08-08",
            "ministry",
            ["interview_answer", "acronym_bracket_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "PV: - Vậy nhà nước nên làm gì để doanh nghiệp linh kiện trong nước có chỗ đứng?",
            "2017-08-08",
            "ministry",
            ["interview_qa", "question", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A forum thread on heat pumps sold to Japan; a blog visit to a Thai compressor maker (S8 r2, r3) ---
    rows += [
        h(
            n(),
            "Máy bơm nhiệt “made in Việt Nam” lên đường sang Nhật\n\n• Thread starter: vantu\n• Ngày gửi: 21/3/2007",
            "2007-03-21",
            "ministry",
            ["forum_thread", "user_handle_no_person", "country_word", "multiline", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Trong bữa tiệc tối hôm ấy, đại diện Tập đoàn Midorigawa Farm (tỉnh Kumamoto) ký hợp đồng mua 24 máy đầu tiên của Công ty TNHH Nhiệt lạnh Tân Việt, tổng giá trị khoảng 170.000 USD.",
            "2007-03-21",
            "ministry",
            [
                "forum_thread",
                "supply_contract_signed",
                "buyer_first",
                "foreign_prefecture_nothing",
                "count",
                "approx",
                "no_site",
            ],
            firms=[f("Midorigawa Farm", "Tập đoàn"), f("Nhiệt lạnh Tân Việt", "Công ty TNHH")],
            money=[m(170000, "USD", approx=True)],
            quantities=[c(24, "máy")],
            deals=[deal("supply_contract", ["Nhiệt lạnh Tân Việt", "Midorigawa Farm"], 170000)],
            events=[
                ev(
                    "supply_contract",
                    [F("Nhiệt lạnh Tân Việt"), F("Midorigawa Farm")],
                    170000,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Điều thú vị là hai người làm ra chiếc máy không phải kỹ sư nhiệt lạnh, mà là dân buôn thiết bị.",
            "2007-03-21",
            "ministry",
            ["forum_thread", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trước khi sang Nhật, chiếc máy đã chạy thử 14 tháng ở một trại nấm tại Lâm Đồng, theo thoả thuận miệng với chủ trại.",
            "2007-03-21",
            "ministry",
            ["old_tone", "forum_thread", "unnamed_party_no_deal", "duration_no_count", "country_word"],
            provinces=[pv("Lâm Đồng")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Ở Việt Nam, không ít nhà lắp máy lạnh rồi mà chỉ bật khi trời quá nóng, vì hoá đơn tiền điện còn nặng so với thu nhập.",
            "2013-11-22",
            "ministry",
            ["old_tone", "blog_post", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Block máy nén quyết định gần như toàn bộ độ bền của một chiếc tủ lạnh hay máy lạnh: nó hút hơi môi chất từ dàn lạnh rồi nén sang dàn nóng.\nHình minh họa: Internet.",
            "2013-11-22",
            "ministry",
            ["blog_post", "image_credit_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chiều thứ bảy vừa rồi, chúng tôi ghé thăm Công ty Siam Compressor Works (SCW), nhà sản xuất máy nén lạnh lâu đời nhất Thái Lan.\nĐịa chỉ: 88 Soi Bang Na 12, Bangkok 10260.\nEmail: info@scw-comp.co.th",
            "2013-11-22",
            "ministry",
            ["blog_post", "acronym_bracket", "address_line", "foreign_city_nothing", "multiline", "no_event"],
            firms=[f("Siam Compressor Works", "Công ty")],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "SCW ra đời ngày 2/5/1981, là liên doanh giữa một tập đoàn Thái Lan và hãng Hartley của Úc, và xuất xưởng những chiếc máy nén đầu tiên vào đầu năm 1983.",
            "2013-11-22",
            "ministry",
            ["blog_post", "founding_no_deal", "jv_one_named_partner_no_deal", "country_word", "no_event"],
            firms=[f("SCW"), f("Hartley")],
            locations=[country("Thái Lan"), country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Máy nén của SCW đi khắp Đông Nam Á, Trung Đông, Úc và Mỹ; vài hãng lắp ráp tủ lạnh ở Việt Nam cũng đang mua của họ.",
            "2013-11-22",
            "ministry",
            ["blog_post", "region_not_country", "unnamed_buyers_no_deal", "no_event"],
            firms=[f("SCW")],
            locations=[country("Úc"), country("Mỹ")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an air-conditioner plant's land lease in Hưng Yên, told by three outlets (S1 r3, S5 r4,
    # S12 r3) ---
    rows += [
        h(
            n(),
            "Shirakaba chi 98 triệu USD làm nhà máy điều hòa ở Hưng Yên\nHợp đồng thuê đất cho nhà máy điều hòa lớn nhất cả nước đã được Công ty CP Shirakaba Air Conditioning Việt Nam và Công ty TNHH Phát triển KCN Phố Hiến ký ngày 3/8, tại KCN Phố Hiến II.",
            "2016-08-05",
            "ministry",
            [
                "headline_lead",
                "headline_announced_investment",
                "lease_cooperation",
                "contract_first",
                "passive_signing",
                "foreign_subsidiary_viet_nam",
                "deal_date",
                "multiline",
            ],
            provinces=[pv("Hưng Yên")],
            firms=[
                f("Shirakaba"),
                f("Shirakaba Air Conditioning", "Công ty CP"),
                f("Phát triển KCN Phố Hiến", "Công ty TNHH"),
            ],
            money=[m(98 * M, "USD")],
            locations=[park("Khu công nghiệp Phố Hiến II")],
            deals=[
                deal("investment", ["Shirakaba"], 98 * M, HY),
                deal(
                    "cooperation",
                    ["Shirakaba Air Conditioning", "Phát triển KCN Phố Hiến"],
                    None,
                    HY,
                    "2016-08-03",
                ),
            ],
            events=[
                ev("investment_announcement", [F("Shirakaba")], 98 * M, "USD", HY, "announced"),
                ev(
                    "cooperation",
                    [F("Shirakaba Air Conditioning"), F("Phát triển KCN Phố Hiến")],
                    None,
                    None,
                    HY,
                    "signed",
                ),
            ],
        ),
        h(
            n(),
            "Lễ ký hợp đồng thuê đất giữa hai bên Lễ ký hợp đồng thuê đất giữa hai bên",
            "2016-08-05",
            "ministry",
            ["photo_caption", "caption_repeated", "no_parties_no_event", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thu nhập tăng khiến chiếc điều hòa dân dụng không còn là hàng xa xỉ với nhiều gia đình thành thị.",
            "2016-08-05",
            "ministry",
            ["feature_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tổng vốn dự án là 10,5 tỷ yên, khoảng 98 triệu USD; nhà xưởng rộng 21.000 m2, nằm trong khu đất 24 ha.",
            "2016-08-05",
            "ministry",
            ["nfd", "no_firm", "conversion_after_semicolon", "m2_to_ha", "area", "approx", "no_event"],
            money=[m(10.5 * B, "JPY"), m(98 * M, "USD", approx=True)],
            areas=[ha(2.1), ha(24)],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch, nhà máy chạy từ quý II/2018 với 450.000 máy trong năm đầu, lên 900.000 máy vào năm 2020; số lao động dự kiến 600 người năm đầu và 1.400 người khi chạy hết công suất.",
            "2016-08-05",
            "ministry",
            ["schedule", "capacity_no_count", "count", "no_event"],
            quantities=[c(600, "người"), c(1400, "người")],
            events=[],
        ),
        h(
            n(),
            "Dự án được kỳ vọng tạo việc làm ổn định cho lao động Hưng Yên và kéo theo đầu tư hạ tầng quanh khu công nghiệp.",
            "2016-08-05",
            "ministry",
            ["expectation", "no_firm", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Việc đầu tư nằm trong chiến lược trung hạn của tập đoàn nhằm bán nhiều điều hòa hơn ở Đông Nam Á.\nThanh Mai\nbaodautu.vn",
            "2016-08-05",
            "ministry",
            ["byline", "source_line", "region_not_country", "multiline", "no_event"],
            persons=[per("Thanh Mai", None)],
            events=[],
        ),
        h(
            n(),
            "Tại Việt Nam, hãng đang mở thêm đại lý và dự kiến nâng số trung tâm bảo hành lên 32 trung tâm trước năm tài khóa 2020.",
            "2016-08-06",
            "ministry",
            ["service_network", "count", "no_event"],
            quantities=[c(32, "trung tâm")],
            events=[],
        ),
        h(
            n(),
            "Shirakaba Air Conditioning Việt Nam gia nhập tập đoàn từ tháng 10/2009 và hai năm liền có tên trong bảng xếp hạng doanh nghiệp lớn nhất Việt Nam.\nHà Vy",
            "2016-08-06",
            "ministry",
            [
                "company_profile",
                "foreign_subsidiary_viet_nam",
                "month_no_day",
                "byline",
                "multiline",
                "no_event",
            ],
            persons=[per("Hà Vy", None)],
            firms=[f("Shirakaba Air Conditioning")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a washing-machine plant opened in Hưng Yên, and production moved from Thailand (S2 r2, r4) ---
    rows += [
        h(
            n(),
            "Thứ Sáu, 23/03/2012\n31 C\nHo Chi Minh City\n\nMitsuwa làm máy giặt tại Hưng Yên",
            "2012-03-23",
            "ministry",
            ["page_chrome", "weather_widget_city", "headline_no_verb_no_event", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Hưng Yên")],
            firms=[f("Mitsuwa")],
            events=[],
        ),
        h(
            n(),
            "Cắt băng khánh thành nhà máy mới của Mitsuwa ở Hưng Yên. Ảnh: Bảo Ngọc",
            "2012-03-23",
            "ministry",
            ["photo_caption", "inauguration_no_capital", "photo_credit_person"],
            persons=[per("Bảo Ngọc", None)],
            provinces=[pv("Hưng Yên")],
            firms=[f("Mitsuwa")],
            events=[ev("inauguration", [F("Mitsuwa")], None, None, HY, "completed")],
        ),
        h(
            n(),
            "(TBKTSG Online) – Xưởng tủ lạnh ở KCN Tiên Dương (Hà Nội) giờ có thêm “em” ở Hưng Yên: sáng 21-3, Công ty TNHH Mitsuwa Appliances Việt Nam cắt băng nhà máy máy giặt 35 triệu USD đặt trong KCN Phố Hiến II.",
            "2012-03-23",
            "ministry",
            [
                "nfd",
                "outlet_credit_nothing",
                "inauguration_with_capital",
                "dash_date",
                "province_bracket_after_park",
                "deal_date",
            ],
            provinces=[pv("Hà Nội"), pv("Hưng Yên")],
            firms=[f("Mitsuwa Appliances", "Công ty TNHH")],
            money=[m(35 * M, "USD")],
            locations=[park("Khu công nghiệp Tiên Dương"), park("Khu công nghiệp Phố Hiến II")],
            deals=[deal("investment", ["Mitsuwa Appliances"], 35 * M, HY, "2012-03-21")],
            events=[ev("inauguration", [F("Mitsuwa Appliances")], 35 * M, "USD", HY, "completed")],
        ),
        h(
            n(),
            "Rộng 5,4 ha, nhà máy nhắm bán một nửa sản lượng trong nước, nửa còn lại xuất sang các nước ASEAN.",
            "2012-03-23",
            "ministry",
            ["no_firm", "area", "fraction_in_words", "region_not_country", "no_event"],
            areas=[ha(5.4)],
            events=[],
        ),
        h(
            n(),
            "“Đến năm 2014, nhà máy sẽ đạt 650.000 máy giặt mỗi năm và tuyển thêm chừng 320 công nhân địa phương”, ông Ikeda Masaru, Tổng giám đốc Mitsuwa Appliances Việt Nam, nói.",
            "2012-03-23",
            "ministry",
            ["quote_first", "person_role_after", "capacity_no_count", "count", "approx", "no_event"],
            persons=[per("Ikeda Masaru", "Tổng giám đốc Mitsuwa Appliances Việt Nam")],
            firms=[f("Mitsuwa Appliances")],
            quantities=[c(320, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn hiện có năm pháp nhân với khoảng 6.800 lao động ở Việt Nam, ba trong số đó làm sản xuất.",
            "2012-03-23",
            "ministry",
            ["nfd", "company_profile", "count_in_words", "count", "approx", "no_event"],
            quantities=[c(6800, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Bốn đơn vị sản xuất của tập đoàn ở Việt Nam là Mitsuwa Appliances, Mitsuwa Industrial Devices, Mitsuwa Home Networks và Mitsuwa AV.",
            "2012-03-23",
            "ministry",
            ["firm_list", "count_in_words", "no_event"],
            firms=[
                f("Mitsuwa Appliances"),
                f("Mitsuwa Industrial Devices"),
                f("Mitsuwa Home Networks"),
                f("Mitsuwa AV"),
            ],
            events=[],
        ),
        h(
            n(),
            "Có thêm xưởng mới, tổng công suất của công ty lên 850.000 tủ lạnh và 650.000 máy giặt mỗi năm; trên toàn cầu, Mitsuwa có 58 cơ sở sản xuất.",
            "2012-03-23",
            "ministry",
            ["capacity_no_count", "count", "no_event"],
            firms=[f("Mitsuwa")],
            quantities=[c(58, "cơ sở sản xuất")],
            events=[],
        ),
        h(
            n(),
            "Mitsuwa sẽ khép nhà máy gia dụng ở Thái Lan, dồn sản xuất về Việt Nam\nKINH TẾ\nadmin 27/05/2020 09:15",
            "2020-05-27",
            "ministry",
            [
                "headline",
                "section_label",
                "relocation_no_deal",
                "author_handle_no_person",
                "multiline",
                "no_event",
            ],
            firms=[f("Mitsuwa")],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 750 công nhân ở Bangkok sẽ được bố trí việc khác trong tập đoàn; các dây chuyền ở đó dừng dần từ quý IV, theo tờ Nikkei.",
            "2020-05-27",
            "ministry",
            ["closure_abroad", "count", "approx", "foreign_city_nothing", "outlet_nothing", "no_event"],
            quantities=[c(750, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Trung tâm nghiên cứu phát triển sát nhà máy ở Bangkok cũng đóng cửa, còn tòa nhà được trả lại vào tháng 3/2021.",
            "2020-05-27",
            "ministry",
            ["closure_abroad", "foreign_city_nothing", "month_no_day", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy ở KCN Tiên Dương sẽ thành trung tâm làm tủ lạnh và máy giặt lớn nhất Đông Nam Á của hãng, đồng thời gom việc mua linh kiện về một mối.",
            "2020-05-27",
            "ministry",
            ["existing_plant_no_deal", "park_without_province", "no_event"],
            locations=[park("Khu công nghiệp Tiên Dương")],
            events=[],
        ),
        h(
            n(),
            "Singapore, Malaysia, Thái Lan rồi Việt Nam: đó là đường đi của các xưởng điện tử Nhật suốt nửa thế kỷ, theo nhịp tiền lương và tỷ giá đồng yên.",
            "2020-05-27",
            "ministry",
            ["feature_line", "list_first", "country_word", "no_event"],
            locations=[country("Singapore"), country("Malaysia"), country("Thái Lan"), country("Nhật")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean group's licence in Hải Phòng, its ecosystem, its pledge and its history (S3 r2-r4) ---
    rows += [
        h(
            n(),
            "Tổ hợp 1,35 tỷ USD của Tập đoàn Hanil Electronics (Hàn Quốc) ở KCN An Hưng, Khu kinh tế Đình Vũ - Cát Hải, đã có giấy chứng nhận đầu tư do UBND thành phố Hải Phòng trao chiều 12/9.",
            "2013-09-13",
            "provincial",
            [
                "nfd",
                "amount_first",
                "licence_from_committee",
                "country_bracket",
                "zone_and_park",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân thành phố Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hanil Electronics", "Tập đoàn")],
            money=[m(1.35 * B, "USD")],
            locations=[
                park("Khu công nghiệp An Hưng"),
                zone("Khu kinh tế Đình Vũ - Cát Hải"),
                country("Hàn Quốc"),
            ],
            deals=[deal("investment", ["Hanil Electronics"], 1.35 * B, HP, "2013-09-12")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND thành phố Hải Phòng"), F("Hanil Electronics")],
                    1.35 * B,
                    "USD",
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Hanil dự kiến làm tivi, điều hòa, máy hút bụi, máy giặt và linh kiện điện tử cho ô tô tại đây, với dây chuyền tự động hoá cao.",
            "2013-09-13",
            "provincial",
            ["old_tone", "product_list", "short_name", "no_event"],
            firms=[f("Hanil")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn đầu cần 540 triệu USD trong bốn năm; 810 triệu USD còn lại được giải ngân trong sáu năm kế tiếp.\nTheo vietnamplus.vn",
            "2013-09-13",
            "provincial",
            ["phase_amounts", "no_firm", "duration_no_count", "source_line", "multiline", "no_event"],
            money=[m(540 * M, "USD"), m(810 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo thành phố đánh giá đây là dự án lớn, ít gây ô nhiễm và sẽ kéo theo nhiều nhà cung cấp về Hải Phòng.",
            "2013-09-13",
            "provincial",
            ["expectation", "no_firm", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Hàn Quốc này chuyên sản xuất và phân phối thiết bị kỹ thuật số, hàng điện tử tiêu dùng, và là một trong những thương hiệu lớn nhất ngành.",
            "2013-09-13",
            "provincial",
            ["company_profile", "no_name", "country_word", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Cơ ngơi hơn 9 tỷ USD của Hanil ở Hải Phòng\n\nSau hơn mười năm ở thành phố cảng, Hanil và các công ty vệ tinh đã rót gần 9,4 tỷ USD, làm ra doanh thu khoảng 11 tỷ USD mỗi năm.\n\nKhông có bình luận\n\nĐọc thêm",
            "2024-10-03",
            "provincial",
            [
                "photo_feature",
                "headline_lead",
                "cumulative_total_money_only",
                "money_per_year",
                "site_chrome",
                "multiline",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hanil")],
            money=[
                m(9 * B, "USD", approx=True),
                m(9.4 * B, "USD", approx=True),
                m(11 * B, "USD", "năm", True),
            ],
            events=[],
        ),
        h(
            n(),
            "Trong ảnh là nhà máy linh kiện camera của Hanil Innotech tại KCN An Hưng.",
            "2024-10-03",
            "provincial",
            ["photo_caption", "existing_plant_no_deal", "no_event"],
            firms=[f("Hanil Innotech")],
            locations=[park("Khu công nghiệp An Hưng")],
            events=[],
        ),
        h(
            n(),
            "Sau Hanil Electronics năm 2013, Hanil Display và Hanil Innotech lần lượt đặt nhà máy ở thành phố này từ năm 2016.",
            "2024-10-03",
            "provincial",
            ["recalled_plants_no_amount", "deal_no_event", "firm_list", "city_not_named_no_site", "no_event"],
            firms=[f("Hanil Electronics"), f("Hanil Display"), f("Hanil Innotech")],
            deals=[
                deal("investment", ["Hanil Electronics"]),
                deal("investment", ["Hanil Display"]),
                deal("investment", ["Hanil Innotech"]),
            ],
            events=[],
        ),
        h(
            n(),
            "Sắp đổ thêm 3,5 tỷ USD, Hanil đang làm gì ở Việt Nam?\nTiếp Phó Chủ tịch kiêm Tổng giám đốc điều hành Tập đoàn Hanil Kim Tae-hoon hôm 9/11, Chủ tịch nước Đỗ Văn Lâm đề nghị tập đoàn mở rộng sang linh kiện ô tô và mô-đun camera.",
            "2022-11-10",
            "ministry",
            [
                "headline_lead",
                "headline_pledge_announced",
                "person_role_before",
                "reception_no_deal",
                "headline_name_and_full_name",
                "multiline",
            ],
            persons=[
                per("Kim Tae-hoon", "Phó Chủ tịch kiêm Tổng giám đốc điều hành Tập đoàn Hanil"),
                per("Đỗ Văn Lâm", "Chủ tịch nước"),
            ],
            firms=[f("Hanil", "Tập đoàn")],
            money=[m(3.5 * B, "USD")],
            deals=[deal("investment", ["Hanil"], 3.5 * B)],
            events=[ev("investment_announcement", [F("Hanil")], 3.5 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Năm 1996, Hanil mở nhà máy tivi đầu tiên ở Hưng Yên, vốn 15 triệu USD cho dây chuyền 600.000 sản phẩm/năm.",
            "2022-11-10",
            "ministry",
            ["recalled_plant_with_amount", "deal_no_event", "capacity_no_count"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Hanil")],
            money=[m(15 * M, "USD")],
            deals=[deal("investment", ["Hanil"], 15 * M, HY)],
            events=[],
        ),
        h(
            n(),
            "Từ năm 2002, đơn vị này thành công ty 100% vốn nước ngoài; hai dây chuyền lắp thêm năm 2004 đưa đầu DVD và tivi LCD vào danh mục.",
            "2022-11-10",
            "ministry",
            ["company_history", "percentage", "count_in_words", "no_firm", "no_event"],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Tại KCN An Hưng, tập đoàn hiện có 6 dự án với tổng vốn 6,9 tỷ USD, gồm điện tử nghe nhìn, di động, gia dụng và điện lạnh.",
            "2022-11-10",
            "ministry",
            ["nfd", "running_total", "count", "no_firm", "no_event"],
            money=[m(6.9 * B, "USD")],
            quantities=[c(6, "dự án")],
            locations=[park("Khu công nghiệp An Hưng")],
            events=[],
        ),
        h(
            n(),
            "Không quá khi gọi Hải Phòng là “thủ phủ” của Hanil ở Việt Nam.",
            "2022-11-10",
            "ministry",
            ["feature_line", "short_name", "no_event"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hanil")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Korean group's three decades, and an FDI feature with related links (S4 r4; S6 r2, S12 r1) ---
    rows += [
        h(
            n(),
            "Seorim: ba thập kỷ đặt cược vào Việt Nam\nTừ xưởng tivi dựng ở TP.HCM năm 1996, tập đoàn đã đưa tổng cộng 21,4 tỷ USD vào Việt Nam, đi từ lắp ráp sang nghiên cứu và phát triển.",
            "2025-12-08",
            "ministry",
            [
                "nfd",
                "headline_lead",
                "cumulative_total_money_only",
                "recalled_plant_no_amount",
                "deal_no_event",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Seorim")],
            money=[m(21.4 * B, "USD")],
            deals=[deal("investment", ["Seorim"], None, cur("Hồ Chí Minh"))],
            events=[],
        ),
        h(
            n(),
            "Giữa thập niên 1990, ngành điện tử trong nước còn sơ khai và ít hãng quốc tế dám đặt nhà máy ở một thị trường vừa mở cửa.",
            "2025-12-08",
            "ministry",
            ["feature_background", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điện thoại, màn hình và đồ gia dụng mang nhãn “made in Vietnam” của Seorim nay có mặt ở hơn 120 quốc gia.",
            "2025-12-08",
            "ministry",
            ["feature", "count", "approx", "no_event"],
            firms=[f("Seorim")],
            quantities=[c(120, "quốc gia", True)],
            events=[],
        ),
        h(
            n(),
            "(KTSG Online) - Dù kinh tế thế giới chậm lại, vốn FDI vào điện tử - điện lạnh năm 2024 vẫn tăng, các chuyên gia nhận định.\n- Đông Nam Bộ vẫn là vùng hút vốn ngoại nhiều nhất\n- Hàn Quốc rót thêm vốn vào nhà máy gia dụng",
            "2024-02-19",
            "ministry",
            [
                "nfd",
                "lead_with_related_links",
                "outlet_credit_nothing",
                "region_not_province",
                "country_word",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Vốn FDI cam kết sáu tháng đầu năm 2023 chỉ khoảng 12,9 tỉ đô la Mỹ, thấp hơn 5,1% cùng kỳ, số liệu của Cục Thống kê cho thấy.",
            "2024-02-19",
            "ministry",
            ["statistics", "agency_says", "approx", "percentage", "no_event"],
            organizations=["Cục Thống kê"],
            money=[m(12.9 * B, "USD", approx=True)],
            percentages=[5.1],
            events=[],
        ),
        h(
            n(),
            "Năm 2022, dòng vốn này từng đảo chiều, giảm 11% so với năm trước đó.",
            "2024-02-19",
            "ministry",
            ["statistics", "percentage", "no_event"],
            percentages=[11],
            events=[],
        ),
        h(
            n(),
            "Bứt tốc cuối năm\nCác chuyên gia cho rằng vốn ngoại sẽ còn chảy vào bán dẫn, công nghệ cao và những mặt hàng giá trị gia tăng lớn như điều hòa inverter.",
            "2024-02-19",
            "ministry",
            ["subheading", "forecast", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: inside a dehumidifier plant with its own compressor shop (S9 r4) ---
    rows += [
        h(
            n(),
            "Bên trong nhà máy làm hơn một triệu máy hút ẩm mỗi năm\nKhu sản xuất chính của Hengtai dựng từ cuối thập niên 1990, gồm 6 phân khu, nay có 4 dây chuyền lắp ráp và một xưởng máy nén riêng công suất hơn 3,5 triệu chiếc/năm.",
            "2026-02-24",
            "ministry",
            [
                "nfd",
                "headline_lead",
                "plant_tour_abroad",
                "capacity_no_count",
                "count",
                "existing_plant_no_deal",
                "multiline",
            ],
            firms=[f("Hengtai")],
            quantities=[c(6, "phân khu"), c(4, "dây chuyền")],
            events=[],
        ),
        h(
            n(),
            "Ngoài ra còn xưởng dàn ngưng, một dây chuyền mô tơ không chổi than, ba xưởng ép nhựa với 88 máy ép, cùng các phòng thử độ ồn và nhiệt độ.",
            "2026-02-24",
            "ministry",
            ["plant_tour_abroad", "count", "count_in_words", "no_event"],
            quantities=[c(88, "máy ép")],
            events=[],
        ),
        h(
            n(),
            "Điều hòa di động bán chạy ở châu Âu, máy hút ẩm bán chạy ở châu Á, nhưng cả hai đều chạy bằng máy nén do chính xưởng này đúc vỏ và quấn mô tơ.",
            "2026-02-24",
            "ministry",
            ["plant_tour_abroad", "region_not_country", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo bà Võ Thanh Hương, đại diện thương hiệu Aerix, doanh số máy hút ẩm của công ty ở Việt Nam đi từ vài nghìn chiếc năm 2022 lên khoảng 90.000 chiếc năm 2025.",
            "2026-02-24",
            "ministry",
            ["person_role_after", "vague_amount", "count", "approx", "no_event"],
            persons=[per("Võ Thanh Hương", "đại diện thương hiệu Aerix")],
            firms=[f("Aerix")],
            quantities=[c(90000, "chiếc", True)],
            events=[],
        ),
        h(
            n(),
            "Ông Liang Wei, Giám đốc kinh doanh quốc tế của Hengtai, cho biết nhà máy đang làm OEM cho nhiều thương hiệu châu Âu và Nhật Bản.",
            "2026-02-24",
            "ministry",
            ["person_role_after", "oem_no_deal", "country_word", "no_event"],
            persons=[per("Liang Wei", "Giám đốc kinh doanh quốc tế của Hengtai")],
            firms=[f("Hengtai")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an appliance maker's licence extended in Đồng Nai, thirty years on (S11 r1) ---
    rows += [
        h(
            n(),
            "Tamaki (tên cũ là Kiyora) dựng nhà máy đầu tiên ở Việt Nam năm 1997, và đến nay xưởng ấy vẫn chạy, còn được lắp thêm dây chuyền.",
            "2026-01-30",
            "ministry",
            ["former_name_bracket", "recalled_plant_no_amount", "deal_no_event", "no_event"],
            firms=[f("Tamaki"), f("Kiyora")],
            deals=[deal("investment", ["Tamaki"])],
            events=[],
        ),
        h(
            n(),
            "Cuối thập niên 1990, hàng loạt hãng điện tử Nhật Bản và Hàn Quốc vào Việt Nam, chủ yếu để lắp ráp cho thị trường nội địa.",
            "2026-01-30",
            "ministry",
            ["feature_background", "country_word", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Điện máy Tamaki Việt Nam vừa nhận giấy chứng nhận đăng ký đầu tư điều chỉnh cho nhà máy ở KCN Long Thành, Đồng Nai: vốn tăng thêm khoảng 1.620 tỷ đồng (79 triệu USD), thời hạn kéo dài tới năm 2047.",
            "2026-01-30",
            "ministry",
            [
                "nfd",
                "licence_received_no_grantor",
                "capital_increase",
                "conversion_bracket",
                "approx",
                "province_after_park",
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("Điện máy Tamaki", "Công ty TNHH")],
            money=[m(1620 * B, "VND", approx=True), m(79 * M, "USD")],
            locations=[park("Khu công nghiệp Long Thành")],
            deals=[deal("investment", ["Điện máy Tamaki"], 1620 * B, DNai)],
            events=[ev("investment_licence", [F("Điện máy Tamaki")], 1620 * B, "VND", DNai, "licensed")],
        ),
        h(
            n(),
            "Sau khi nâng cấp, ba nhà máy sẽ làm ra 1,7 triệu sản phẩm mỗi năm, chia đều giữa tủ lạnh và máy giặt, nhằm đa dạng hoá thị trường xuất khẩu.",
            "2026-01-30",
            "ministry",
            ["old_tone", "capacity_no_count", "count_in_words", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo GfK, Tamaki đang dẫn đầu thị trường máy giặt Việt Nam với 26% sản lượng bán ra.",
            "2026-01-30",
            "ministry",
            ["market_share", "research_firm", "percentage", "no_event"],
            firms=[f("GfK"), f("Tamaki")],
            percentages=[26],
            events=[],
        ),
        h(
            n(),
            "Công nhân trên dây chuyền tủ lạnh của Tamaki tại Đồng Nai. Ảnh: Hữu Phước",
            "2026-01-30",
            "ministry",
            ["photo_caption", "photo_credit_person", "no_event"],
            persons=[per("Hữu Phước", None)],
            provinces=[pv("Đồng Nai")],
            firms=[f("Tamaki")],
            events=[],
        ),
        h(
            n(),
            "Ông Zhou Jianming, Tổng giám đốc Tamaki Việt Nam, nói gia hạn tới năm 2047 là cam kết lâu dài chứ không chỉ để bán hàng.",
            "2026-01-30",
            "ministry",
            ["person_role_after", "foreign_subsidiary_viet_nam", "no_event"],
            persons=[per("Zhou Jianming", "Tổng giám đốc Tamaki Việt Nam")],
            firms=[f("Tamaki")],
            events=[],
        ),
        h(
            n(),
            "Bên cạnh các nhà máy, Tamaki giữ một trung tâm R&D ở TP.HCM với hơn 150 kỹ sư.",
            "2026-01-30",
            "ministry",
            ["company_profile", "count", "approx", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Tamaki")],
            quantities=[c(150, "kỹ sư", True)],
            events=[],
        ),
        h(
            n(),
            "Năm 2025, GRDP của Đồng Nai tăng 9,4%, cao nhất cả nước, và tỉnh hút gần 3,1 tỷ USD vốn FDI, theo Cục Thống kê.",
            "2026-01-30",
            "ministry",
            ["nfd", "statistics", "agency_says", "percentage", "approx", "no_event"],
            organizations=["Cục Thống kê"],
            provinces=[pv("Đồng Nai")],
            money=[m(3.1 * B, "USD", approx=True)],
            percentages=[9.4],
            events=[],
        ),
    ]
    # --- English: an air-conditioner maker's plan, its completion and a park's expansion, told by four outlets (S17 r1-r4) ---
    rows += [
        h(
            n(),
            "Shirakaba earmarks $98 mln for Vietnam air conditioner plant\nBy Lam Duc | July 24, 2016 | 08:41 pm GMT+7\nVnExpress International",
            "2016-07-24",
            "ministry",
            [E, "site_chrome", "headline_announced_investment", "byline", "outlet_nothing", "multiline"],
            persons=[per("Lam Duc", None)],
            firms=[f("Shirakaba")],
            money=[m(98 * M, "USD")],
            deals=[deal("investment", ["Shirakaba"], 98 * M)],
            events=[ev("investment_announcement", [F("Shirakaba")], 98 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "A statement from Osaka-based Shirakaba Industries Ltd. puts the cost of its first Vietnamese air conditioner plant, at Pho Hien II Industrial Park near Hanoi, at JPY10.5 billion ($98 million).",
            "2016-07-24",
            "ministry",
            [
                E,
                "announced_investment",
                "foreign_legal_form",
                "english_park_no_location",
                "near_city_mention_not_site",
                "conversion_bracket",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Shirakaba Industries", "Ltd.")],
            money=[m(10.5 * B, "JPY"), m(98 * M, "USD")],
            deals=[deal("investment", ["Shirakaba Industries"], 10.5 * B)],
            events=[
                ev("investment_announcement", [F("Shirakaba Industries")], 10.5 * B, "JPY", None, "announced")
            ],
        ),
        h(
            n(),
            "Until now the group has built its Asian air conditioners in India, Malaysia and Thailand, and Vietnam gets its units mostly from the Thai lines, which have run flat out since late 2015.",
            "2016-07-24",
            "ministry",
            [E, "country_nouns", "adjective_nothing", "no_event"],
            locations=[country("India"), country("Malaysia"), country("Thailand")],
            events=[],
        ),
        h(
            n(),
            "Annual sales of air conditioners in Vietnam, a country of roughly 95 million, are put at around 2.2 million units and have been climbing by about a third a year.",
            "2016-07-24",
            "ministry",
            [
                E,
                "market_figures",
                "sales_count",
                "approx",
                "fraction_in_words",
                "vietnam_no_country",
                "no_event",
            ],
            quantities=[c(2200000, "units", True)],
            events=[],
        ),
        h(
            n(),
            "Shirakaba of Japan lines up Vietnam site for household air conditioners\nHoang Lan\n08:15 22/07/2016",
            "2016-07-22",
            "ministry",
            [
                E,
                "headline_plan",
                "announced_no_amount",
                "country_of",
                "byline",
                "timestamp_line",
                "multiline",
            ],
            persons=[per("Hoang Lan", None)],
            firms=[f("Shirakaba")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Shirakaba"])],
            events=[ev("investment_announcement", [F("Shirakaba")], None, None, None, "announced")],
        ),
        h(
            n(),
            "A technician checks outdoor units on a Shirakaba line in Thailand. (File photo)",
            "2016-07-22",
            "ministry",
            [E, "photo_caption", "country_noun", "existing_plant_no_deal", "no_event"],
            firms=[f("Shirakaba")],
            locations=[country("Thailand")],
            events=[],
        ),
        h(
            n(),
            "The group will also more than double its Vietnamese service centres by fiscal 2020, as penetration of air conditioners in the country is still under 20 per cent.",
            "2016-07-22",
            "ministry",
            [E, "service_network", "multiplier_no_count", "percentage", "no_event"],
            percentages=[20],
            events=[],
        ),
        h(
            n(),
            "Completion of the Hanoi-area plant, which absorbed close to 8.9 billion yen, was announced by Shirakaba Industries on June 20, 2018.",
            "2018-08-17",
            "ministry",
            [
                E,
                "inauguration_with_capital",
                "passive_object_first",
                "announcement_day_no_date",
                "near_city_mention_not_site",
                "approx",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Shirakaba Industries")],
            money=[m(8.9 * B, "JPY", approx=True)],
            deals=[deal("investment", ["Shirakaba Industries"], 8.9 * B)],
            events=[ev("inauguration", [F("Shirakaba Industries")], 8.9 * B, "JPY", None, "completed")],
        ),
        h(
            n(),
            "Training local technicians is part of the new plant's job as well, the company added.\nRelated Topics\nShare On :",
            "2018-08-17",
            "ministry",
            [E, "site_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Marutaka Corporation of Japan is spending over 15 billion yen (US$139 million) to enlarge Pho Hien II Industrial Park in the northern province of Hung Yen.",
            "2016-08-02",
            "ministry",
            [
                E,
                "snippet",
                "announced_investment",
                "corporation_in_name",
                "country_of",
                "conversion_bracket",
                "approx",
            ],
            provinces=[pv("Hưng Yên")],
            firms=[f("Marutaka Corporation")],
            money=[m(15 * B, "JPY", approx=True), m(139 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Marutaka Corporation"], 15 * B, HY)],
            events=[
                ev("investment_announcement", [F("Marutaka Corporation")], 15 * B, "JPY", HY, "announced")
            ],
        ),
        h(
            n(),
            "Shirakaba Air-Conditioning JSC and Pho Hien II Industrial Park Co. signed a land lease on Tuesday for what will be the country's biggest air conditioner factory.",
            "2016-08-02",
            "ministry",
            [E, "snippet", "lease_cooperation", "weekday_no_date", "park_developer"],
            firms=[f("Shirakaba Air-Conditioning", "JSC"), f("Pho Hien II Industrial Park", "Co.")],
            deals=[deal("cooperation", ["Shirakaba Air-Conditioning", "Pho Hien II Industrial Park"])],
            events=[
                ev(
                    "cooperation",
                    [F("Shirakaba Air-Conditioning"), F("Pho Hien II Industrial Park")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]
    # --- English: a drum washing-machine plant opened in Đồng Nai, a wire story and its mirror (S18 r1, r2; S19 r2, r3) ---
    rows += [
        h(
            n(),
            "TAMAKI Vietnam opens a new front-loading washer plant in Dong Nai's Long Thanh Industrial Park (Photo courtesy of the company)",
            "2019-08-06",
            "ministry",
            [
                E,
                "photo_caption",
                "caps_name",
                "inauguration_no_capital",
                "province_possessive",
                "english_park_no_location",
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("Tamaki")],
            events=[ev("inauguration", [F("Tamaki")], None, None, DNai, "completed")],
        ),
        h(
            n(),
            "Hanoi (VNA) - Output began on August 2 at a 23.6 million USD drum washing machine factory that TAMAKI Electric Appliances Vietnam Co., Ltd. has built at Long Thanh Industrial Park in the southern province of Dong Nai.",
            "2019-08-06",
            "ministry",
            [
                E,
                "dateline",
                "object_first",
                "inauguration_with_capital",
                "caps_name",
                "foreign_legal_form",
                "deal_date",
            ],
            provinces=[pv("Hà Nội"), pv("Đồng Nai")],
            firms=[f("Tamaki Electric Appliances", "Co., Ltd.")],
            money=[m(23.6 * M, "USD")],
            deals=[deal("investment", ["Tamaki Electric Appliances"], 23.6 * M, DNai, "2019-08-02")],
            events=[
                ev("inauguration", [F("Tamaki Electric Appliances")], 23.6 * M, "USD", DNai, "completed")
            ],
        ),
        h(
            n(),
            "Some 520,000 front-loaders a year can come off the line, which is 85 percent automated.",
            "2019-08-06",
            "ministry",
            [E, "capacity_no_count", "percentage", "no_event"],
            percentages=[85],
            events=[],
        ),
        h(
            n(),
            "It joins three earlier TAMAKI plants in the park, for top-loaders, fridges and air conditioners, taking the company's floor space past 90,000 square metres. - VNA",
            "2019-08-06",
            "ministry",
            [
                E,
                "caps_name",
                "count_in_words",
                "square_metres_to_ha",
                "approx",
                "agency_credit_nothing",
                "no_event",
            ],
            firms=[f("Tamaki")],
            areas=[ha(9, True)],
            events=[],
        ),
        h(
            n(),
            "Drum washer plant goes into operation for TAMAKI Vietnam hinh anh 1\nVNA",
            "2019-08-06",
            "ministry",
            [E, "mirror_page", "image_alt_text", "inauguration_no_capital", "caps_name", "multiline"],
            firms=[f("Tamaki")],
            events=[ev("inauguration", [F("Tamaki")], None, None, None, "completed")],
        ),
    ]
    # --- English: a steel group's appliance plant in Hà Nam, on a business daily with its page chrome (S18 r3; S19 r1,
    # r4) ---
    rows += [
        h(
            n(),
            "HANOI -- Sales of $900 million a year by 2030 is what Phu An Group expects from home appliances, a business the steel group entered on Tuesday by starting up an air conditioner plant in Ha Nam province.",
            "2021-09-28",
            "ministry",
            [
                E,
                "dateline_caps",
                "amount_first",
                "inauguration_no_capital",
                "weekday_no_date",
                "money_per_year",
            ],
            provinces=[pv("Hà Nội"), pv("Hà Nam")],
            firms=[f("Phu An Group")],
            money=[m(900 * M, "USD", "year")],
            events=[ev("inauguration", [F("Phu An Group")], None, None, HNam, "completed")],
        ),
        h(
            n(),
            "The factory at Dong Van V Industrial Park cost more than 1.1 trillion dong ($45.6 million) and can make 1.2 million units a year, water and air purifiers included.",
            "2021-09-28",
            "ministry",
            [
                E,
                "no_firm",
                "conversion_bracket",
                "approx",
                "capacity_no_count",
                "english_park_no_location",
                "no_event",
            ],
            money=[m(1100 * B, "VND", approx=True), m(45.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "ArrowArtboardCreated with Sketch.Title ChevronTitle ChevronIcon FacebookIcon LinkedinIcon Mail\nCompanies\nPhu An Group opens $45m appliance plant in northern Vietnam",
            "2021-09-28",
            "ministry",
            [
                E,
                "page_chrome",
                "section_label",
                "headline_inauguration_with_capital",
                "region_nothing",
                "multiline",
            ],
            firms=[f("Phu An Group")],
            money=[m(45 * M, "USD")],
            deals=[deal("investment", ["Phu An Group"], 45 * M)],
            events=[ev("inauguration", [F("Phu An Group")], 45 * M, "USD", None, "completed")],
        ),
        h(
            n(),
            "Phu An has grown into Southeast Asia's largest steelmaker over three decades. (Photo by Kenji Sato)",
            "2021-09-28",
            "ministry",
            [E, "photo_caption", "photo_credit_person", "short_name", "region_nothing", "no_event"],
            persons=[per("Kenji Sato", None)],
            firms=[f("Phu An")],
            events=[],
        ),
        h(
            n(),
            "Sponsored Content\nAbout Sponsored Content This content was commissioned by the paper's Global Business Bureau.",
            "2021-09-28",
            "ministry",
            [E, "site_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a Korean group's planned appliance plants in Hải Phòng (S3 r1, S18 r4) ---
    rows += [
        h(
            n(),
            "Hanil Electronics said on March 3 it will invest 320 million U.S. dollars in Haiphong, Vietnam, building 380,000 square meters of appliance plants by 2020 that will be its largest outside Korea.",
            "2018-03-05",
            "ministry",
            [
                E,
                "announced_investment",
                "announcement_day_no_date",
                "square_metres_to_ha",
                "country_noun",
                "vietnam_no_country",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hanil Electronics")],
            money=[m(320 * M, "USD")],
            areas=[ha(38)],
            locations=[country("Korea")],
            deals=[deal("investment", ["Hanil Electronics"], 320 * M, HP)],
            events=[ev("investment_announcement", [F("Hanil Electronics")], 320 * M, "USD", HP, "announced")],
        ),
        h(
            n(),
            "Fridges, washing machines and air conditioners will roll off its lines once the plant opens, tentatively in the second half of next year.",
            "2018-03-05",
            "ministry",
            [E, "schedule", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: supplier stories: Covid-era orders, a tools maker's supplier hunt and workshop, a parts fair, a
    # translation-site paragraph, a Chinese brand's park in Thailand (S14 r4; S20 r1-r4) ---
    rows += [
        h(
            n(),
            "Vietnamese parts makers are adding workers as buyers who lost their Chinese supplies during Covid-19 look for alternatives.",
            "2020-04-14",
            "ministry",
            [E, "lead", "adjective_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "A European appliance brand has asked Phuoc An Mechanical for 12 kinds of parts after its Chinese source dried up, chairman Vo Thanh Tung said; samples have already been shipped.",
            "2020-04-14",
            "ministry",
            [E, "person_role_before", "samples_no_deal", "unnamed_buyer", "count", "no_event"],
            persons=[per("Vo Thanh Tung", "chairman")],
            firms=[f("Phuoc An Mechanical")],
            quantities=[c(12, "kinds of parts")],
            events=[],
        ),
        h(
            n(),
            "Orders from South Korea, Japan, Thailand and the US have kept the Tay Ninh and HCM City mills of The Vinh Fibre at full capacity, said strategy director Tran Bao Ngoc.",
            "2020-04-14",
            "ministry",
            [E, "country_nouns", "person_role_before", "orders_no_deal", "no_event"],
            persons=[per("Tran Bao Ngoc", "strategy director")],
            provinces=[pv("Tây Ninh"), pv("Hồ Chí Minh")],
            firms=[f("The Vinh Fibre")],
            locations=[country("South Korea"), country("Japan"), country("Thailand"), country("US")],
            events=[],
        ),
        h(
            n(),
            "The Vinh Fibre's sales in January and February were 17 percent higher than a year earlier.",
            "2020-04-14",
            "ministry",
            [E, "possessive_firm", "percentage", "no_event"],
            firms=[f("The Vinh Fibre")],
            percentages=[17],
            events=[],
        ),
        h(
            n(),
            "At least six makers of household electronics and industrial machines, from Japan, South Korea and Germany among others, have asked the HCM City Supporting Industry Development Centre to find them precision-parts suppliers, its deputy director Nguyen Thi Kim Oanh said.",
            "2020-04-14",
            "ministry",
            [E, "count_in_words", "province_in_org_name", "person_role_before", "country_nouns", "no_event"],
            organizations=["HCM City Supporting Industry Development Centre"],
            persons=[per("Nguyen Thi Kim Oanh", "deputy director")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Japan"), country("South Korea"), country("Germany")],
            events=[],
        ),
        h(
            n(),
            "HCM CITY (VNS/VNA) - Halvorsen Power Tools Co. Ltd. (HPT), the cordless tools and floor care group that put 700 million USD into the Saigon Hi-Tech Park, wants to sign up 250 local suppliers within a year and has found about 60 so far.",
            "2020-09-21",
            "ministry",
            [
                E,
                "mirror_domain",
                "dateline_caps",
                "recalled_investment",
                "deal_no_event",
                "acronym_bracket",
                "english_park_no_location",
                "count",
                "count_without_noun",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Halvorsen Power Tools", "Co. Ltd.")],
            money=[m(700 * M, "USD")],
            quantities=[c(250, "local suppliers")],
            deals=[deal("investment", ["Halvorsen Power Tools"], 700 * M)],
            events=[],
        ),
        h(
            n(),
            "At last week's Sourcing Fair for Supporting Industry in HCM City, 15 foreign manufacturers, among them HPT, Daiho Denki and Sunmi Tech, showed more than 450 groups of parts they want to buy locally.",
            "2020-09-21",
            "ministry",
            [E, "fair_no_deal", "bare_names_list", "count", "approx", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("HPT"), f("Daiho Denki"), f("Sunmi Tech")],
            quantities=[c(15, "foreign manufacturers"), c(450, "groups of parts", True)],
            events=[],
        ),
        h(
            n(),
            "Mitsuwa is due to open its eighth Vietnamese factory, for ceiling and table fans, within the next two months.",
            "2020-09-21",
            "ministry",
            [E, "planned_plant_announced", "no_amount", "ordinal_not_count", "no_site"],
            firms=[f("Mitsuwa")],
            deals=[deal("investment", ["Mitsuwa"])],
            events=[ev("investment_announcement", [F("Mitsuwa")], None, None, None, "announced")],
        ),
        h(
            n(),
            "“We want Vietnamese suppliers for our high-value parts first,” said Le Hoang Yen, Mitsuwa Vietnam's procurement chief, adding that local parts are about 37 per cent of value but Vietnamese-owned firms supply less than 9 per cent.",
            "2020-09-21",
            "ministry",
            [
                E,
                "quote_first",
                "localisation_rate",
                "percentage",
                "person_role_after",
                "possessive_firm",
                "no_event",
            ],
            persons=[per("Le Hoang Yen", "Mitsuwa Vietnam's procurement chief")],
            firms=[f("Mitsuwa")],
            percentages=[37, 9],
            events=[],
        ),
        h(
            n(),
            "(VEN) - Halvorsen Power Tools held a supplier workshop at the Saigon Hi-Tech Park in early August, drawing 280 domestic firms that showed moulded plastics, dies, and electrical and metal parts.",
            "2020-08-19",
            "ministry",
            [E, "outlet_credit_nothing", "workshop_no_deal", "english_park_no_location", "count", "no_event"],
            firms=[f("Halvorsen Power Tools")],
            quantities=[c(280, "domestic firms")],
            events=[],
        ),
        h(
            n(),
            "By 2023, HPT wants three quarters of the value of its Vietnam-made tools to come from local sources, up from about 40 percent now.",
            "2020-08-19",
            "ministry",
            [E, "localisation_target", "fraction_in_words", "percentage", "approx", "no_event"],
            firms=[f("HPT")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Several suppliers asked for shorter payment terms than the 60 to 100 days buyers now set, and for firm purchase commitments before they buy new machines.",
            "2020-08-19",
            "ministry",
            [E, "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hazardous-substance rules and delivery within 15 days are the first hurdles for any supplier hoping to get on HPT's list, said Daniel Hwang, global sourcing director of HPT.",
            "2020-08-19",
            "ministry",
            [E, "possessive_firm", "person_role_after", "duration_no_count", "no_event"],
            persons=[per("Daniel Hwang", "global sourcing director of HPT")],
            firms=[f("HPT")],
            events=[],
        ),
        h(
            n(),
            "Household electrical appliances such as fridges, air-conditioners, washing machines and microwave ovens are mostly assembled here from imported components, while Vietnamese firms stay in trading and distribution.",
            "2019-01-07",
            "ministry",
            [E, "translation_site", "adjective_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Core Points - Hanlong's new air conditioner park in Thailand has begun operating with planned capacity of 5.5 million units a year, the biggest Chinese-brand base in Southeast Asia [1]",
            "2025-07-15",
            "ministry",
            [
                E,
                "summary_bullets",
                "inauguration_abroad",
                "capacity_no_count",
                "footnote_marker",
                "country_noun",
                "no_site",
            ],
            firms=[f("Hanlong")],
            locations=[country("Thailand")],
            events=[ev("inauguration", [F("Hanlong")], None, None, None, "completed")],
        ),
        h(
            n(),
            "- The park works with 120 suppliers, and Hanlong has sold white goods in Thailand since 2003 [2]",
            "2025-07-15",
            "ministry",
            [E, "summary_bullets", "count", "footnote_marker", "country_noun", "no_event"],
            firms=[f("Hanlong")],
            quantities=[c(120, "suppliers")],
            locations=[country("Thailand")],
            events=[],
        ),
    ]
    return rows
