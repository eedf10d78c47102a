# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 139 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: bearings, gears, electric motors and industrial transmission parts made
in Vietnam (bearing and gear plants, motor makers, their FDI investors, supply deals with machinery and vehicle makers,
licences, expansions). Written and annotated for every field BEFORE any tagger was run on them, without reading the
tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy sản xuất vòng bi khu
công nghiệp vốn đầu tư", S2 "bạc đạn vòng bi doanh nghiệp FDI mở rộng nhà máy Việt Nam", S3 "nhà máy sản xuất bánh răng
hộp số công nghiệp hỗ trợ", S4 "khánh thành nhà máy sản xuất động cơ điện tại Việt Nam", S5 "trao giấy chứng nhận đầu tư
dự án sản xuất động cơ điện mô tơ", S6 "tăng vốn dự án sản xuất vòng bi khu công nghiệp", S7 "khởi công nhà máy sản xuất
mô tơ linh kiện động cơ", S8 "ký hợp đồng cung cấp động cơ điện cho doanh nghiệp", S9 "hộp giảm tốc truyền động công
nghiệp doanh nghiệp Việt sản xuất", S10 "Nidec đầu tư nhà máy Việt Nam tăng vốn động cơ", S11 "doanh nghiệp cơ khí chế
tạo bánh răng cung cấp cho hãng ô tô xe máy", S12 "động cơ điện xe máy điện nhà máy sản xuất ký kết hợp tác", S13 "mua
lại cổ phần công ty chế tạo điện cơ thương vụ", S14 "tập đoàn Nhật Bản sản xuất vòng bi tại Việt Nam nhà máy", S15
"xích puly khớp nối truyền động nhà máy sản xuất Việt Nam", S16 "doanh nghiệp sản xuất động cơ điện xuất khẩu đơn hàng
nhà máy mở rộng", and in English S17 "Vietnam bearing factory investment industrial park", S18 "electric motor
manufacturer Vietnam plant expansion", S19 "gear reducer transmission parts maker Vietnam factory", S20 "Vietnam motor
maker supply deal electric vehicles". No sentence is taken or paraphrased from a page; the shapes are. Firm, plant,
park, outlet and person names are invented (LH Motors, Hưng Phát Motor, Kanemori Bearing, Song Lam Motors, Hengyu
Transmission, Hanotech, Điện cơ Tân Bình Dương, Kanemori Seiko, Shirakawa, DKM, VNBiz, Thạch Hãn Motor and its park,
Phương Nam Motor, Kaiwo Drive, Ô tô Đồng Bằng / DBM, Daesan Powertrain, Tsukishima Motor and its units Tsukishima Servo,
Tsukishima Seimitsu, Hoshi Precision, Cơ khí Ô tô Cẩm Phả, Khoáng sản Hòn Gai, Zhongke Motor Drive, Kaixin / Công nghệ
Kaixin E-Mobility, Minh Long, Hinokawa Seal, Xe điện Vinh Quang, Reinhardt, Brennan Drives, Heilbach, Hengli Motor,
Tianrun, Hsin Lung Electric & Machinery, Phuc An Textile, Saigon Transit, Seoul Biz Daily, Kaohsiung Precision, Hubei
Jiangyun Auto / HJA, every official, director, student, lecturer, author, uploader, byline and photographer); well-known
names (the Prime Minister, the ministries, Cục Thống kê, the universities and institutes, the parks and zones Tiền Hải,
Nhơn Hòa, Quế Võ 3, Phố Nối B, Long Đức, Amata, VSIP, Tân Thuận, Nam Tân Uyên, My Phuoc 3, Tan Tao, Đông Nam Quảng Trị,
the Saigon hi-tech park, and the laws and decrees cited) appear only in sentences of our own, with figures, dates and
places changed.

What the sample looked like (80 result slots; one bearing vendor's document title with a glued phone number came back
seven times, Polish and Belgian machinery keyword salads thirteen times, a CNC forum search result, a reducer thesis's
download page, a student paper on EV standards and a finance site's Q&A interview twice each, and the news agency's
Vietnamese AMP page on a motor group's plant abroad twice): 30 slots were tag, title, label, embed, listing, disclosure
and spam pages (the vendor title seven times, thirteen foreign keyword salads on mills, crushers, conveyors and plant
costs, two betting mirrors with scooter and gearbox words, a gear-pump diagram's labels, an embed title on a carmaker's
plant abroad, a title page setting a groundbreaking date for a plant abroad, a listing page with a carmaker's start of
mass production, unaccented stock and decision tags, a TV tag and a bank association hashtag on procurement, a
shareholding disclosure's download title, a reducer vendor's English tag with a country); 19 were document stores,
theses, explainers and forums (a gear-machining process in .VnTime with "Trang N" markers, the CNC forum result, a
cycloid-reducer thesis with uploader chrome and caps cover, a student discussion paper with cover and contents, a tax
agent's IRC explainer with footnoted counts and legal bases, lecture notes with a glued university header and a broken
font, an IT firm's tender-pricing thesis, an internship report at a motor maker, a journal article on a gear tester with
its header, a city report on mechanical firms with growth rates and a flattened table, a coach-assembly thesis with an
info box and cover labels, an M&A course cover with a member list, a thesis on Japanese FDI in OCR with recalled
investments and a table caption, an institute portal's article with its nav, a motor exporter's thesis with its legal
representative's details, an English reducer explainer); 16 were Vietnamese news and features (the business weekly's
FDI feature with related links and statistics, the Q&A interview on origin labels twice, four tellings of one engine
plant with a Chinese partner -- a breadcrumb groundbreaking story with caption, phases and a bus launch, its opening with
the recalled groundbreaking and agreement, an auto site's groundbreaking with counters and investor line, and the agency's
Vietnamese copy of an older engine plant co-hosted by a provincial committee with technology transfer and glued words --,
a Japan-info forum's repost of a motor group's Q&A twice, the agency's AMP page on its first plant abroad twice, a trade
portal's repost of an MoU on electric trucks, a business daily on an e-scooter plant opening with an official's remark,
a consultancy's interview with a seal maker's director, an EV maker's third-plant groundbreaking on two sites); 4 were
foreign-language pages (French news-agency pages on a German group's CVT-belt plant put into service with a top-up and a
related item, told twice, and on a US group's second plant with the first recalled; a Japanese trade page on a German
bearing maker's new plant), rendered here in Vietnamese or English; 11 were English (the agency's English copy on a motor
group's plan, a Chinese wire's feature on a Chinese-run park, a Taiwanese motor maker's plant told four times --
groundbreaking on a daily and a tech wire, opening on the daily and an aggregator's copy with its caption --, an English
reducer explainer, a city daily's feature on parts makers, a Korean daily's tail on an automaker's MoU and losses, a deal
site's paywalled teaser on a planned plant, a content farm's rewrite of a wire report on talks, a Chinese wire's story on
a strategic cooperation agreement). About 25 of the 80 slots told a deal or an event with a named party (three
groundbreakings and an opening of one engine plant, an older co-hosted groundbreaking, a pledge and unit projects, an MoU,
an e-scooter opening, an EV plant groundbreaking twice, a French opening and a planned second plant, a Japanese opening,
a motor group's plan, four tellings of one motor plant, a recalled MoU, a planned plant, a strategic agreement; plants
abroad give no deal); several were the same story. No supply contract with a named machinery or vehicle maker, licence
or capital increase came up in any first four (S5, S6, S8 and S15 returned explainers, tags, theses and salads; S13 only
tags, a course paper and a disclosure title), so the batch has none.

Rows: 160 (hand-43601 to hand-43760); 31 carry a deal or an event (19.4%): 23 events (10 investment announcements, 6
inaugurations, 5 groundbreakings, 2 MoUs) and 31 `deals` entries (20 investment, 6 groundbreaking, 4 mou, 1 cooperation);
9 rows hold only deals without events (43670 two recalled investments in OCR, 43692 a recalled agreement, 43697 an
investor line, 43701 an investor line and a recalled technology transfer, 43721 a plant line with capital, 43728 and
43731 recalled first plants, 43738 a park developer's recalled groundbreaking, 43753 a recalled MoU) and 3 rows hold an
event without a deal (43626 a listing page's first output, 43691 and 43745 openings without capital). 129 rows are
negatives and other fields. By page kind: 42 rows of spam, tag, title, label, embed, listing and disclosure pages
(43601-43642; 1 with an event), 35 of Vietnamese document stores, theses, explainers and forum pages (43643-43677; 1
with deals) and 2 of an English explainer (43678-43679; 0), 44 of Vietnamese news, features and interviews (43680-43723;
14), 9 of the foreign-language pages rendered, 6 in Vietnamese (43724-43729) and 3 in English (43730-43732; 6 with a deal
or event), and 28 of English news copy (43733-43760; 9); 36 rows are English (`english_copy`, 22.5%). 10 rows are stored
in NFD (hand-43660, 43664, 43674, 43681, 43699, 43702, 43705, 43712, 43715, 43723); 6 use old tone placement (43651 and
43694 "hoá", 43668 "Khoá", 43682 "tuỳ", 43692 and 43713 "thoả"); 51 hold several lines (headlines and leads, breadcrumbs
and timestamps, related links, captions, covers, info boxes, contents, bullet lists, forum, download and paywall chrome).

Own wording: every row was drafted in its own order and wording (amount-first, place-first, result-first, passive,
reported speech with the speaker last, split or joined rows), with changed figures, names, dates and places and the
product moved onto the theme (bearings, gearboxes, reducers, traction motors, seals); on review against the notes taken
from the sampled pages, about 75 drafts that still kept a page's run of facts, its order or its opening words were
rewritten from scratch (most of the engine-plant, forum Q&A, MoU, e-scooter, seal-maker and EV-plant rows, the French and
Japanese renderings, nearly all the English motor-plant, park, city-feature and automaker rows, the statistics and
explainer lines). Nothing was used from ranks 5-8, among them: the engine plant's groundbreaking on a law paper and a
tech site and its opening on a tag page (S4 r5, S7 r5, r6, r8), a motor group's 100-million top-up and its Japanese
plan for a Hòa Lạc site (S10 r5, r6), a precision-motor project in a hi-tech park (S10 r7), a bearing-seal maker's fourth
plant in Bình Dương and an electronics maker's interview (S14 r6, r7), a lens maker's plant (S14 r8), a Japanese
motor maker's plant groundbreaking and opening in Đồng Nai (S18 r6, r7), a Chinese car-gear maker's planned plant (S19
r6) and a reducer maker's move of output (S19 r8), a trading house's park MoU, a park credit contract and a CVT maker's
capital increase (S17 r6-r8), a precision-mechanics plant groundbreaking and a province's machinery exports (S16 r5, r6),
an e-scooter maker's meeting with the Prime Minister and its opening (S12 r7, r8), a battery maker's planned plant (S16
r8), and the EV automaker's talks and launches (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-136 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started", dated only when the day is
written; an opening or first output with its capital is an investment deal and an inauguration "completed", without
capital the event only; a named firm's plan, pledge, top-up or plant under construction is an announced investment; a
consortium building together is ONE deal and one event of all partners; a firm-firm memorandum and a strategic
cooperation agreement are an mou deal and a signed event; recalled plants, groundbreakings, agreements, technology
transfers (cooperation, transferor first) and investor lines are deals without events; a committee that co-hosts a
ceremony is a government party as written; plants abroad, hiring, founding, sales, exports, targets, wishes, talks,
supplies without a contract word and national totals give no deal; attendees are no parties; vague amounts are none;
"khoảng", "chừng", "gần", "hơn", "about", "some", "more than", "over", "close to", "around" are approximate; bracketed
conversions are both money; share prices are no money; euro are EUR, yen JPY; capacities, outputs, durations, distances,
ordinals, page and view counts, counts in words and counts without a noun are no counts, English counts keep their
English noun; m², square metres and ha are areas; Vietnamese legal forms are normalised ("Công ty cổ phần" -> "Công ty
CP"), foreign ones kept as written ("Co", "Co. Ltd", "Company"), "Corporation" stays in an English name, "Việt Nam",
"Vietnam", "VN" and a trailing "VINA" are dropped from a foreign subsidiary's name; a bracketed acronym after a name is no
second firm, alone it is a firm; a bare headline name and the full name in the lead are two entries when they differ;
site brands and firms named as photo credits are firms; a province inside an organisation's or a park's name is a
mention, inside a firm's name none; datelines are mentions; Vietnamese country words ("Nhật") and English country nouns
and possessives are countries, English adjectives, regions and foreign cities nothing; parks, export zones, clusters and
zones written in Vietnamese are locations (lower case too), English ones none; districts need "huyện"/"thị xã"/"TP X"
before July 2025; full-name bylines, authors, uploaders' real names and photo credits are persons without role,
usernames, outlets and agencies nothing; "TS.", "ThS", "PGS.TS" are no roles, cover and info-box labels are; a surname
alone is no person; roles as written; laws and decrees cited by number are decisions, TCVN/QCVN none; broken-font and
OCR text is read as a careful reader would; table figures are nothing; old tone placement is normalised in the gold.
Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A listing page's "Lô mô tơ kéo thương mại đầu tiên rời xưởng của Công ty CP X ở Hải Dương sáng 9/10" (43626) is an
  inauguration without capital (first output, batch 130), sited in Hải Phòng's current unit, no deal; another listing
  line on the same site, a firm hiring 300 workers "cho xưởng vòng bi mới" (43629), gives the firm and the count only.
- Plants abroad in titles and embeds (43624, 43625, 43627, 43628) give firms, money and countries, no deal; a Chinese
  city in brackets before the country is nothing.
- A groundbreaking told partner-first ("Hengyu Transmission (Trung Quốc) cùng Công ty CP Thạch Hãn Motor làm lễ động thổ
  ... 310 triệu USD", 43686) is one dated groundbreaking deal and event of both in written order; the headline's and the
  lead's 310 million are two money mentions; the breadcrumb's outlet is nothing.
- A park named like its firm ("Khu công nghiệp cơ khí ô tô Thạch Hãn", 43687-43688) is a park, not a firm mention.
- An opening told with the owner in a possessive ("nhà máy ... của Công ty cổ phần X ở Quảng Trị chính thức được khánh
  thành", 43691) is X's inauguration without capital; the next row recalling "buổi đào móng 18/9/2024" without a party
  and "X và Tập đoàn Y đặt bút ký thoả thuận hợp tác toàn diện" (43692) gives the recalled agreement as an mou deal
  without event and no groundbreaking deal; the capital told with "Doanh nghiệp cho hay" (43694) names no firm: money,
  percentage and area only.
- "hãng và Hengyu sẽ rót tiền cho dây chuyền mài răng, nhiệt luyện" (43695) is ONE announced investment of both, without
  amount or site (consortium rule); "Chủ đầu tư là liên danh A – B (Trung Quốc)" (43697) one investor-line deal of both
  without event, sited by the row's park and province.
- A co-hosted groundbreaking told amount-first ("Gần 120 triệu USD là vốn của nhà máy ... mà Ủy ban Nhân dân tỉnh Thái
  Bình cùng Công ty Cổ phần Ô tô Đồng Bằng (DBM) làm lễ khởi công sáng 14/7", 43700) is a dated groundbreaking with the
  committee as government party as written; "Công nghệ ... đến từ Tập đoàn Daesan Powertrain (Hàn Quốc) theo hình thức
  chuyển giao; tiền thì Ô tô Đồng Bằng tự bỏ: 117,6 triệu USD cho cả dự án" (43701) gives the investor line with the
  project's total (no site in the row) and a recalled technology transfer, cooperation with the transferor first.
- The forum repost of a Q&A: the chairman's pledge of 700 million (43704) is the group's announced investment without
  site (VN is none, the unnamed chairman no person); "Kế hoạch cũ chỉ là thêm chừng 300 triệu USD" (43705) is a
  superseded plan, money only; "TP.HCM sẽ có khoảng 400 triệu USD. A cần 90 triệu USD ..., B cần 45 triệu USD" (43706)
  gives one announced investment each sited in TP.HCM (batch 121); plants of "tập đoàn" in lower case (43707) give none;
  "Tiền thân của Công ty X VN là Hoshi Precision, lập năm 1995" (43708) gives both names as firms and no deal.
- The passive MoU ("Biên bản ghi nhớ ... đã được Công ty CP A (thuộc Tổng công ty B) và Công ty C (Trung Quốc) ký chiều
  21/11", 43711) is a dated MoU of A and C, the parent a mention; its terms "công nghệ, mô tơ, bộ điều khiển và vật tư do
  C lo" (43713) give no second deal; the existing assembly shop (43712) none.
- A place-first opening ("Khu công nghiệp Quế Võ 3, tỉnh Bắc Ninh từ ngày 1/12 có thêm nhà máy ... của Công ty TNHH X
  Việt Nam, đơn vị thuộc Tập đoàn Y (Trung Quốc), sau lễ khánh thành sáng cùng ngày", 43714) with the headline's 120
  million is a dated investment deal and inauguration of X; the official's remark on Y "làm lớn ở đây" (43716) no deal.
- The seal-maker interview: "cơ sở tại Việt Nam mới mở thêm xưởng" without the firm as subject (43717) gives no deal;
  the answer label "Matsuda" (surname) is no person; the Japanese ad line's consultancy in caps is a firm ("Minh Long").
- The EV maker's third plant: the plant line with capital and floor space (43721) is a deal without event; the headline
  "Vinh Quang rót 18 triệu USD dựng nhà máy xe điện số 3" over "Khu công nghiệp Phố Nối B ... sáng 28/1/2026 đón lễ khởi
  công nhà máy xe điện thứ ba của Vinh Quang" (43722) is one dated groundbreaking with the headline's amount.
- French pages rendered: "đã chính thức đi vào hoạt động sau khoản đầu tư 28 triệu euro" (43724) an inauguration with
  capital in EUR; the result-first top-up "để đạt mức này, Reinhardt tính rót thêm 50 triệu euro ... trong năm 2016"
  (43725) an announced investment without site; "Nhà máy đầu tiên của Brennan Drives, ở Khu công nghiệp Amata (Đồng
  Nai), ra đời năm 2008 với hơn 10 triệu USD" (43728) a recalled investment with the amount, sited; the related item on
  the Prime Minister (43726) no deal.
- The Japanese page rendered in English: "A 45-million-euro factory of German bearing maker Heilbach is now open in Bien
  Hoa, Dong Nai province, the company said on the 10th" (43730) an inauguration with capital, sited, no deal date (a day
  without a month); "takes over from the plant Heilbach opened in Vietnam 12 years ago" (43731) a recalled investment
  without site.
- English: "aims to lift its Vietnam investment from 700 million USD now to over 1.2 billion USD" (43733) an announced
  investment without amount (batch 121); a park developer "which broke ground there in March 2014" (43738) a recalled
  groundbreaking without event, date or site; "Mass production at a new Vietnamese plant of X Co (新隆電機) is to begin"
  (43740) an announced investment without site, the Chinese name nothing; a park plan "hoping it will pull in more than
  US$150 million from tenants" (43742) an announced investment without amount (the tenants' money is not the firm's);
  "Hsin Lung paid close to US$9 million 11 years ago for a 45-hectare plot" (43744) a land purchase: money and areas, no
  deal; "Ground was broken at the site" and "the US$14 million factory" without the firm (43741, 43746) no deal.
- "Coming a day after LH Motors' memorandum of understanding with Saigon Transit ..., the non-binding deal ..." (43753)
  is a recalled MoU deal without event, undated; the non-binding deal itself names no parties. A strategic cooperation
  agreement in English (43757) is a signed MoU; the dateline "HANOI" is a province mention, Xinhua and Tuoi Tre nothing;
  "HJA is to send motors, reduction gearboxes and other parts" (43758) is no supply deal (no contract word); a
  content-farm line on talks "but ... no deal has been signed" (43756) none.
- Counts: "số doanh nghiệp lập mới lên tới 98.432(1)" (43652) has no noun after the number and is none, "1.577 dự án
  FDI(2)" keeps its noun across the footnote (batch 121); "15 tenants", "1,380 projects", "some 34 factories", "about 320
  staff", "more than 40,000 industrial producers" keep their English noun; "Dàn 40 xe buýt điện" its Vietnamese one.
- Documents: an OCR thesis's "Thành phố Hữ Chí Minh" is read as TP.HCM and its recalled investments ("xưởng vòng bi cỡ
  nhỏ 96 triệu USD của Công ty X ở Hải Dương", 43670) are deals sited in the provinces named (Hải Dương -> Hải Phòng); an
  info box's "Người hướng dẫn TS. X" gives that role and "Tác giả Y" none (43666); a member list's "Lê Hoàng Nam_Nhóm
  trưởng" the role "Nhóm trưởng" (43669); a legal representative block's "chức vụ: Tổng Giám đốc" a role, nationality a
  country, birth date and passport number nothing, "khu công nghiệp Nam Tân Uyên" in lower case a park (43676); a
  faculty in a caps cover is nothing, the university an organisation (43650, 43667, 43668).
- "Ảnh: Thạch Hãn Motor" and "Ảnh: Phương Nam Motor" (43693, 43698) are firm mentions; "Ảnh: Trần Đức Vũ/Tuổi Trẻ"
  (43688) and "Photo: Wu Chia-hao, Taipei Times" (43747) persons without role (batches 117, 130, 133), the outlets
  nothing.
- An English vendor tag "planetary gear reducer Mexico" (43640) gives the country; "Hsin Lung Electric & Machinery Co"
  keeps "Co" as written; "Hsin Lung chairman Lo Shu-fen" and "Song Lam Motors chairman Ngo Van Tam" keep the firm in the
  role as written."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_139(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    QT = cur("Quảng Trị")
    BDi = cur("Bình Định")
    TB = cur("Thái Bình")
    HCM = cur("Hồ Chí Minh")
    HD = cur("Hải Dương")
    BN = cur("Bắc Ninh")
    HY = cur("Hưng Yên")
    DN = cur("Đồng Nai")
    BDg = cur("Bình Dương")
    QNg = cur("Quảng Ngãi")

    ids = iter(range(43601, 43601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam salads and foreign keyword tags (S1 r2-r4, S5 r3, S6 r1 r3 r4, S9 r3 r4, S12 r3, S15 r1 r3 r4: machinery
    # keyword salads on foreign domains and betting mirrors, the sample's most common kind after the vendor title) ---
    rows += [
        h(
            n(),
            "kuwin vòng bi bạc đạn xe máy giá rẻsoi kèo ngoại hạng anhxe đạp điện cũ dưới 3 triệu",
            "2024-03-18",
            "ministry",
            ["spam_line", "glued_words", "price_no_money", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin động cơ giảm tốc mini chạy điện 12vkết quả xổ số đắc lắclịch vạn niên tháng mười",
            "2024-05-27",
            "ministry",
            ["spam_line", "glued_words", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin hộp số xe tay ga kêu rè rèbảng xếp hạng serie atỷ số trực tuyến đêm nay",
            "2024-08-09",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin mô tơ cửa cuốn giá bao nhiêugiải mã giấc mơ thấy rắnkèo rung trực tiếp",
            "2024-10-02",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy nghiền bi hiệu suất năng lượng thấp quặng đồng chi phí vận hành nhà máy",
            "2023-11-14",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy trình chế tạo bánh răng chi phí chỉ số trung quốc ấn độ",
            "2023-11-14",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sổ tay thiết kế băng tải con lăn puly chủ động hiệp hội nhà sản xuất",
            "2023-09-21",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nguyên lý máy sàng rung động cơ lệch tâm bạc đạn chịu tải",
            "2023-09-21",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "welline chi phí thấp máy nghiền côn thiết kế bạc lót trục lệch tâm",
            "2023-06-30",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí nhà máy cán phôi ổ bi quy mô nhỏ nam phi",
            "2023-06-30",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dây curoa răng bản rộng xích công nghiệp khớp nối mềm giá xuất xưởng châu âu",
            "2023-08-02",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bạc đạn bánh xe đẩy hàngkết quả bóng đá u23top game bắn cá đổi thưởng",
            "2024-11-20",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí dự án nhà máy tuyển quặng sắt quy mô nhỏ ổ trục con lăn",
            "2023-06-30",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy kỹ thuật quy trình hộp số chi phí chỉ số hàn quốc",
            "2023-11-14",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "精密行星减速机齿轮供应商排名",
            "2024-01-16",
            "ministry",
            ["foreign_tag", "chinese_text", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vendor titles, diagram labels, tags, titles, an embed and a listing page (S1 r1 = S2 r1 = S6 r2 = S11 r1 = S14
    # r1 = S15 r2: one bearing vendor's document title with its phone number, six times; S3 r1 labels; S2 r2 embed; S4 r1
    # title; S4 r2 listing; S5 r4, S8 r2 r3, S13 r1 r2 r4 tags and titles; S19 r1 an English vendor tag) ---
    rows += [
        h(
            n(),
            "Vòng bi tang trống hai dãy: phân loại, ký hiệu và cách chọn0912486357",
            "2022-09-05",
            "ministry",
            ["vendor_title", "glued_phone_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ổ bi đỡ chặn và ổ đũa côn khác nhau ra sao, lắp chỗ nào cho đúng0912486357",
            "2022-09-05",
            "ministry",
            ["vendor_title", "glued_phone_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tài liệu vòng bi | Bảng tra mã ổ lăn theo đường kính trục0912486357",
            "2022-09-05",
            "ministry",
            ["vendor_title", "glued_phone_number", "site_section", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đọc ký hiệu dập trên vành ngoài vòng bi: tiền tố, mã chính và hậu tố0912486357",
            "2022-09-05",
            "ministry",
            ["vendor_title", "glued_phone_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vòng bi cầu một dãy chặn hai phía: cấu tạo, ưu nhược điểm0912486357",
            "2022-09-05",
            "ministry",
            ["vendor_title", "glued_phone_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bảng giá vòng bi tháng 6 | Hàng chính hãng, xuất đủ chứng từ CO CQ0912486357",
            "2022-09-05",
            "ministry",
            ["vendor_title", "glued_phone_number", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trục vào Trục ra Bánh răng mặt trời Bánh răng hành tinh Vành răng trong",
            "2021-04-12",
            "ministry",
            ["diagram_labels", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Rôto Stato Cuộn dây Quạt làm mát Hộp cực Ổ bi sau",
            "2021-04-12",
            "ministry",
            ["diagram_labels", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Reuters: LH Motors tính đặt nhà máy mô tơ điện ở Ấn Độ",
            "2023-02-08",
            "ministry",
            ["embed_title", "agency_prefix_nothing", "plant_abroad_no_deal", "country", "no_event"],
            firms=[f("LH Motors")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "LH Motors: nhà máy hộp số 1,6 tỷ USD ở bang Ohio (Mỹ) sẽ động thổ ngày 12/3, công suất 400.000 bộ/năm",
            "2023-02-20",
            "ministry",
            [
                "title_page",
                "groundbreaking_date_set",
                "plant_abroad_no_deal",
                "capacity_no_count",
                "country_bracket",
                "no_event",
            ],
            firms=[f("LH Motors")],
            money=[m(1.6 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Tiêu điểm - Trang 6\n\nNhà máy mô tơ kéo Hưng Phát ra lô hàng đầu\n\nLô mô tơ kéo thương mại đầu tiên rời xưởng của Công ty CP Hưng Phát Motor ở Hải Dương sáng 9/10, 16 tháng sau buổi đổ móng.",
            "2021-10-11",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "first_output_inauguration_no_capital",
                "plant_named_by_brand_no_firm",
                "duration_no_count",
                "multiline",
            ],
            firms=[f("Hưng Phát Motor", "Công ty CP")],
            provinces=[pv("Hải Dương")],
            events=[ev("inauguration", [F("Hưng Phát Motor")], None, None, HD, "completed")],
        ),
        h(
            n(),
            "Bloomberg: Song Lam Motors muốn lắp ráp xe tải điện ở Indonesia",
            "2024-07-25",
            "ministry",
            ["embed_title", "agency_prefix_nothing", "plant_abroad_no_deal", "country", "no_event"],
            firms=[f("Song Lam Motors")],
            locations=[country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Hengyu Transmission mở nhà máy hộp số thứ ba ở Thường Châu (Trung Quốc)",
            "2024-05-13",
            "ministry",
            [
                "title_page",
                "plant_abroad_no_deal",
                "foreign_city_nothing",
                "country_bracket",
                "ordinal_no_count",
                "no_event",
            ],
            firms=[f("Hengyu Transmission")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tiêu điểm - Trang 7\n\nCông ty TNHH Kanemori Bearing Việt Nam tuyển 300 công nhân cho xưởng vòng bi mới\n\n« Trang trước | Trang sau »",
            "2021-10-18",
            "ministry",
            [
                "listing_page",
                "hiring_no_deal",
                "vietnam_dropped",
                "pager_chrome",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Kanemori Bearing", "Công ty TNHH")],
            quantities=[c(300, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "quyet dinh thu tuong ve uu dai dau tu dac biet du an co khi che tao",
            "2022-12-01",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ưu đãi đầu tư đặc biệt dự án sản xuất linh kiện",
            "2022-12-01",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thỏa thuận khung mua sắm thiết bị",
            "2023-03-07",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "mời thầu cung cấp động cơ điện phòng nổ",
            "2023-03-07",
            "ministry",
            ["hashtag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "động cơ điện phòng nổ",
            "2023-03-07",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nha may vong bi khu cong nghiep dong nai",
            "2022-12-01",
            "ministry",
            ["tag_page", "unaccented", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep tren upcom chot quyen nhan co tuc bang tien tuan toi",
            "2023-05-22",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep chot quyen hop dai hoi co dong bat thuong thang 11",
            "2023-10-30",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CBTT về việc thay đổi tỷ lệ sở hữu của cổ đông lớn sau giao dịch chuyển nhượng cổ phần",
            "2023-06-14",
            "ministry",
            ["disclosure_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CBTT tỷ lệ hoán đổi cổ phiếu theo phương án hợp nhất và bổ sung tài liệu họp ĐHCĐ bất thường năm 2023",
            "2023-06-14",
            "ministry",
            ["disclosure_title", "merger_plan_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "planetary gear reducer Mexico",
            "2023-04-03",
            "ministry",
            [E, "vendor_tag", "lowercase", "country_in_tag", "no_event"],
            locations=[country("Mexico")],
            events=[],
        ),
        h(
            n(),
            "worm gear speed reducer wholesale price list",
            "2023-04-03",
            "ministry",
            [E, "vendor_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "helical bevel gearbox OEM supplier catalogue",
            "2023-04-03",
            "ministry",
            [E, "vendor_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Document stores, theses, explainers and a forum (S3 r2-r4, S4 r3 = S12 r1, S5 r1 r2, S8 r1 r4, S9 r1 r2, S11 r2-r4,
    # S13 r3, S14 r3 r4, S16 r1; in English S19 r2) ---
    rows += [
        h(
            n(),
            "Quy trình công nghệ chế tạo trục răng\nTrang 1QUY TRÌNH CHẾ TẠO TRỤ\nTrang 2Trục răng l chi tiết vừa mang vành răng vừa l trục quay, th ờng gặp trong hộp giảm tốc v hộp số μ μ −",
            "2017-05-23",
            "ministry",
            ["document_store", "broken_font", "page_markers", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang 4Hép gi¶m tèc mét cÊp\n§Æc ®iÓm: tû sè truyÒn nhá, kÕt cÊu gän, dÔ b¶o d­ìng",
            "2017-05-23",
            "ministry",
            ["document_store", "broken_font", "vntime_encoding", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cụ xem thử cái hộp giảm tốc hành tinh em vừa tháo đây nhé, bạc đạn hai đầu vẫn còn ngon.\n\nhttp://forum.cokhivn.net/threads/112-Thao-hop-giam-toc-hanh-tinh\n...",
            "2020-07-19",
            "ministry",
            ["forum_search_result", "url_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hộp số cyclo cũ thì nên thay bạc đạn trước hay thay bánh răng trước hả các bác?\n\nhttp://forum.cokhivn.net/threads/87-Hop-so-cyclo-thay-bac-dan\n...",
            "2020-07-19",
            "ministry",
            ["forum_search_result", "url_line", "question", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Luận văn Thiết kế, chế tạo bộ truyền bánh răng sóng dùng cho khớp robot hàn (Phần 2)\n\npdf 24 trang minhtri88 3120\nBạn đang xem 20 trang mẫu của tài liệu, để tải tài liệu gốc về máy bạn click vào nút DOWNLOAD ở trên",
            "2019-12-02",
            "ministry",
            [
                "document_store",
                "download_chrome",
                "username_nothing",
                "page_count_no_count",
                "view_counts_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI LUẬN VĂN THẠC SĨ LÊ QUANG VINH THIẾT KẾ, CHẾ TẠO BỘ TRUYỀN BÁNH RĂNG SÓNG DÙNG CHO KHỚP ROBOT HÀN NGÀNH: KỸ THUẬT CƠ KHÍ - 8520103 Hà Nội, tháng 10 năm 2019",
            "2019-12-02",
            "ministry",
            [
                "thesis_cover",
                "all_caps_org",
                "caps_author",
                "program_code_nothing",
                "place_date_line",
                "province_in_org_name",
                "no_event",
            ],
            organizations=["Bộ Giáo dục và Đào tạo", "Trường Đại học Bách khoa Hà Nội"],
            persons=[per("Lê Quang Vinh", None)],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Khi xe máy điện bán ngày một chạy, mô tơ kéo lắp trong nước cũng nhiều lên, nhưng bộ tiêu chuẩn TCVN và quy chuẩn QCVN cho loại mô tơ này vẫn đi sau thực tế, nên nhóm 7 chọn đề tài “Tiêu chuẩn và quy chuẩn cho mô tơ xe điện ở Việt Nam”.",
            "2024-04-17",
            "ministry",
            ["student_paper", "standards_no_decision", "group_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang 1TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG KHOA KINH TẾ QUỐC TẾ\n————\nBÀI THẢO LUẬN HỌC PHẦN: TIÊU CHUẨN HÓA SẢN PHẨM CÔNG NGHIỆP",
            "2024-04-17",
            "ministry",
            ["student_paper", "thesis_cover", "all_caps_org", "faculty_nothing", "multiline", "no_event"],
            organizations=["Trường Đại học Ngoại thương"],
            events=[],
        ),
        h(
            n(),
            "Trang 2MỤC LỤC\nA Mở đầu 3\nB Nội dung 4\nChương 1: Cơ sở lý luận 4\n1.1 Tiêu chuẩn hoá và quy chuẩn kỹ thuật 4\n1.1.1 Khái niệm 4",
            "2024-04-17",
            "ministry",
            ["table_of_contents", "old_tone", "page_numbers_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chỉ riêng 7 tháng đầu năm 2024 đã có 1.577 dự án FDI(2) nhận giấy chứng nhận đăng ký đầu tư, trong khi số doanh nghiệp lập mới lên tới 98.432(1).",
            "2024-09-12",
            "legal",
            [
                "consultancy_explainer",
                "footnote_markers",
                "count",
                "number_without_noun_no_count",
                "no_event",
            ],
            quantities=[c(1577, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Văn bản pháp lý:\n- Luật Đầu tư số 61/2020/QH14;\n- Nghị định số 31/2021/NĐ-CP quy định chi tiết một số điều của Luật Đầu tư;\n- Thông tư số 25/2023/TT-BKHĐT sửa đổi mẫu văn bản về hoạt động đầu tư.",
            "2024-09-12",
            "legal",
            ["legal_basis_list", "law_number", "decree_number", "circular_number", "multiline", "no_event"],
            decisions=[d("61/2020/QH14"), d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy vòng bi vốn ngoại có buộc phải xin giấy chứng nhận đăng ký đầu tư không, và giấy có hiệu lực bao lâu? Phần sau lần lượt trả lời.",
            "2024-09-12",
            "legal",
            ["consultancy_explainer", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Học viện Tài chínhHọc viện Tài chínhHọc viện Tài chínhHọc viện Tài chínhHọc viện Tài chính\nCHƯƠNG II: ĐẦU TƯ PHÁT TRIỂN TRONG DOANH NGHIỆP CƠNG NGHIỆP Nguồn: PGS.TS Hồ Văn Lâm",
            "2021-03-08",
            "ministry",
            [
                "document_store",
                "lecture_notes",
                "glued_repeated_header",
                "broken_font",
                "degree_no_role",
                "multiline",
                "no_event",
            ],
            organizations=["Học viện Tài chính"],
            persons=[per("Hồ Văn Lâm", None)],
            events=[],
        ),
        h(
            n(),
            "• Theo nguồn vốn: - Vốn tự có - Vốn vay ngân hàng, vốn huy động qua phát hành cổ phiếu • Doanh nghiệp cơ khí thường dồn vốn vào máy cơng cụ, lị nhiệt luyện, dây chuyền mài bánh răng…",
            "2021-03-08",
            "ministry",
            ["document_store", "lecture_notes", "broken_font", "bullets", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.doc) (58 trang)\n\nmột số giải pháp nâng cao hiệu quả dự thầu cung cấp thiết bị truyền động ở công ty hanotech\n\nLuận văn tốt nghiệp Phạm Thu Trang – QTKD 45A",
            "2016-06-20",
            "ministry",
            [
                "document_store",
                "download_chrome",
                "lowercase_firm",
                "author_person",
                "class_code_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Hanotech", "Công ty")],
            persons=[per("Phạm Thu Trang", None)],
            events=[],
        ),
        h(
            n(),
            "PHẦN MỞ ĐẦU\n1. Lý do chọn đề tài\nCông ty Hanotech sống chủ yếu nhờ dự thầu cung cấp động cơ giảm tốc, biến tần và băng tải cho các nhà máy; giá chào thầu vì thế quyết định phần lớn cơ hội trúng thầu.",
            "2016-06-20",
            "ministry",
            [
                "document_store",
                "thesis_intro",
                "bare_company_form",
                "tender_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Hanotech", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "LỜI NÓI ĐẦU\nBáo cáo này là kết quả tám tuần em thực tập ở Công ty Cổ phần Điện cơ Tân Bình Dương – nơi làm mô tơ một pha và ba pha – dưới sự hướng dẫn của cô giáo ThS Đặng Thị Lan.",
            "2018-05-04",
            "ministry",
            [
                "internship_report",
                "province_in_firm_name",
                "honorific_person",
                "degree_no_role",
                "multiline",
                "no_event",
            ],
            firms=[f("Điện cơ Tân Bình Dương", "Công ty CP")],
            persons=[per("Đặng Thị Lan", None)],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận hợp chuẩn TCVN cho toàn bộ mô tơ của công ty do Tổng cục Tiêu chuẩn Đo lường Chất lượng cấp.",
            "2018-05-04",
            "ministry",
            ["internship_report", "standards_no_decision", "nfd", "no_event"],
            organizations=["Tổng cục Tiêu chuẩn Đo lường Chất lượng"],
            events=[],
        ),
        h(
            n(),
            "Kết cấu đơn giản nên máy thử mỏi ổ lăn này hoàn toàn có thểchếtạo trong nước, ở xưởng cơkhí cỡ vừa.\n6 trang |\nChia sẻ: haiduong88 | Lượt xem: 1342 | Lượt tải: 0",
            "2015-02-11",
            "ministry",
            [
                "document_store",
                "glued_words",
                "username_nothing",
                "view_counts_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "TẠP CHÍ KHOA HỌC VÀ CÔNG NGHỆ, ĐẠI HỌC THÁI NGUYÊN - SỐ 7(112).2014\n58\nNGHIÊN CỨU THIẾT KẾ MÁY THỬ ĐỘ BỀN MỎI Ổ LĂN\nA STUDY ON THE DESIGN OF A ROLLING BEARING FATIGUE TESTER\nTrần Minh Đức\nTrường Đại học Kỹ thuật Công nghiệp, Đại học Thái Nguyên",
            "2015-02-11",
            "ministry",
            [
                "journal_article",
                "journal_header",
                "bilingual_title",
                "author_person",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Kỹ thuật Công nghiệp", "Đại học Thái Nguyên"],
            persons=[per("Trần Minh Đức", None)],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "BÁO CÁO\nTÌNH HÌNH SẢN XUẤT CỦA CÁC DOANH NGHIỆP CƠ KHÍ TRÊN ĐỊA BÀN TỈNH BẮC NINH\nNgành cơ khí của tỉnh lớn nhanh hơn mặt bằng chung: 21,6%/năm trong giai đoạn 2010-2014, so với 15,2% của toàn ngành công nghiệp.",
            "2015-06-09",
            "ministry",
            ["document_store", "report", "caps_province", "percentage", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh")],
            percentages=[21.6, 15.2],
            events=[],
        ),
        h(
            n(),
            "Khu vực có vốn đầu tư nước ngoài (tăng 13,9%) kéo giá trị sản xuất công nghiệp cả năm 2014 của tỉnh lên 11,4%, trong khi khu vực ngoài Nhà nước chỉ tăng 7,2%, Cục Thống kê tỉnh Bắc Ninh ước trong báo cáo tháng 12.",
            "2015-06-09",
            "ministry",
            ["document_store", "report", "statistics_office", "percentage", "nfd", "no_event"],
            organizations=["Cục Thống kê tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            percentages=[11.4, 13.9, 7.2],
            events=[],
        ),
        h(
            n(),
            "Đơn vị tính: Tỷ đồng\n2012\n2013\n2014\nSX sản phẩm từ kim loại\n4.210\n5.388\n6.917,4\nSX máy móc, thiết bị điện\n1.905\n2.246\n2.870,5",
            "2015-06-09",
            "ministry",
            [
                "document_store",
                "flattened_table",
                "table_figures_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "THÔNG TIN TÀI LIỆU\n\nTiêu đề Quy trình công nghệ lắp ráp hộp số sàn 5 cấp cho xe tải nhẹ\nTác giả Ngô Thanh Tùng\nNgười hướng dẫn TS. Lâm Quốc Bảo\nTrường học Trường Đại học Sư phạm Kỹ thuật TP. Hồ Chí Minh\nChuyên ngành Kỹ thuật Cơ khí Động lực\nThể loại Đồ án tốt nghiệp\nNăm xuất bản 2022\nSố trang 92\nDung lượng 6,84 MB",
            "2022-08-15",
            "ministry",
            [
                "document_store",
                "info_box",
                "author_person",
                "cover_label_role",
                "province_in_org_name",
                "spec_no_count",
                "page_count_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Sư phạm Kỹ thuật TP. Hồ Chí Minh"],
            persons=[per("Ngô Thanh Tùng", None), per("Lâm Quốc Bảo", "Người hướng dẫn")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Trang 1\n\nKHOA CƠ KHÍ ĐỘNG LỰC\n\nĐỒ ÁN TỐT NGHIỆP\n\nQUY TRÌNH CÔNG NGHỆ LẮP RÁP HỘP SỐ SÀN 5 CẤP CHO XE TẢI NHẸ\n\nGiảng viên hướng dẫn : TS Lâm Quốc Bảo Sinh viên thực hiện : Ngô Thanh Tùng",
            "2022-08-15",
            "ministry",
            ["thesis_cover", "faculty_nothing", "cover_label_role", "spec_no_count", "multiline", "no_event"],
            persons=[
                per("Lâm Quốc Bảo", "Giảng viên hướng dẫn"),
                per("Ngô Thanh Tùng", "Sinh viên thực hiện"),
            ],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ - LUẬT\nKHOA TÀI CHÍNH - NGÂN HÀNG\n-----------\nMÔN HỌC: MUA BÁN VÀ SÁP NHẬP DOANH NGHIỆP\nĐề tài: Thương vụ thâu tóm trong ngành cơ khí chế tạo\nGiảng viên: TS. Vũ Minh Hằng\nNhóm thuyết trình: Nhóm 3\nLớp: TCDN02_K44\nKhoá học: 44\nTP. Hồ Chí Minh, năm 2021",
            "2021-11-26",
            "ministry",
            [
                "course_paper_cover",
                "all_caps_org",
                "faculty_nothing",
                "cover_label_role",
                "class_code_nothing",
                "old_tone",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Kinh tế - Luật"],
            persons=[per("Vũ Minh Hằng", "Giảng viên")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Danh sách thành viên trong nhóm:\n1. Lê Hoàng Nam_Nhóm trưởng\nĐT: 0978123456\n2. Phan Thị Kiều Oanh\n3. Đỗ Gia Huy",
            "2021-11-26",
            "ministry",
            [
                "course_paper_cover",
                "member_list",
                "role_after_underscore",
                "phone_nothing",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Lê Hoàng Nam", "Nhóm trưởng"),
                per("Phan Thị Kiều Oanh", None),
                per("Đỗ Gia Huy", None),
            ],
            events=[],
        ),
        h(
            n(),
            "xưởng vòng bi cỡ nhỏ 96 triệu USD của Công ty Kanemori Seiko ở Hải Dương hay nhà máy mô tơ, linh kiện điện hơn 210 triệu USD của Tập đoàn Shirakawa ở Bắc Ninh là ví dụ vốn Nhật Bản đẩu tư vào phía Bác (số liệu năm 2008).",
            "2010-04-28",
            "ministry",
            [
                "document_store",
                "ocr_errors",
                "recalled_investments",
                "deal_no_event",
                "lowercase_start",
                "country",
                "approx",
                "no_event",
            ],
            firms=[f("Kanemori Seiko", "Công ty"), f("Shirakawa", "Tập đoàn")],
            provinces=[pv("Hải Dương"), pv("Bắc Ninh")],
            money=[m(96 * M, "USD"), m(210 * M, "USD", approx=True)],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Kanemori Seiko"], 96 * M, HD),
                deal("investment", ["Shirakawa"], 210 * M, BN),
            ],
            events=[],
        ),
        h(
            n(),
            "Dòng vốn Nhật nay chảy nhiều về Hà Nội và vùng lân cận, dù Thành phố Hữ Chí Minh vẫn là nơi có tổng vốn ngoại lớn nhất.",
            "2010-04-28",
            "ministry",
            ["document_store", "ocr_errors", "ocr_province_read", "country_word", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Hà Nội")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Bảng 4: FDI của Nhật vào khu vực phía Bắc theo ngành, tính đến hết tháng 6 năm 2009\nSTT\nNgành\nSố dự án\nVốn (triệu USD)\nCN nặng\n231\n3.702",
            "2010-04-28",
            "ministry",
            [
                "document_store",
                "table_caption",
                "flattened_table",
                "table_figures_nothing",
                "country_word",
                "multiline",
                "no_event",
            ],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "GIỚI THIỆU LIÊN HỆ\n\n  • Trang Chủ\n  • Kinh Tế\n  • Quan Hệ Quốc Tế\n\nCHUỖI CUNG ỨNG LINH KIỆN CƠ KHÍ CỦA DOANH NGHIỆP HÀN QUỐC TẠI VIỆT NAM SAU ĐẠI DỊCH (Phần 2)\n\nĐăng ngày: 14-03-2023, 09:42",
            "2023-03-14",
            "ministry",
            [
                "institute_portal",
                "nav_chrome",
                "caps_headline",
                "country",
                "timestamp",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Trước đại dịch, nhiều công ty cơ khí Hàn Quốc đặt xưởng bánh răng và trục ở Trung Quốc; khi mức thuế bình quân Mỹ áp lên hàng Trung Quốc vọt từ 3,4%, họ tính dời một phần sang Việt Nam.[2]",
            "2023-03-14",
            "ministry",
            ["institute_portal", "footnote_marker", "country_list", "percentage", "nfd", "no_event"],
            locations=[country("Hàn Quốc"), country("Trung Quốc"), country("Mỹ")],
            percentages=[3.4],
            events=[],
        ),
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (604.12 KB, 79 trang )\nThực trạng xuất khẩu động cơ giảm tốc tại công ty TNHH DKM VINA",
            "2013-09-17",
            "ministry",
            [
                "document_store",
                "download_chrome",
                "lowercase_legal_form",
                "trailing_vina_dropped",
                "multiline",
                "no_event",
            ],
            firms=[f("DKM", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Người đại diện theo pháp luật: Ông Kim Dong Hyun, sinh ngày 14 tháng 03 năm 1966, quốc tịch Hàn Quốc, hộ chiếu số M71208834; chỗ ở hiện nay tại lô C-4, khu công nghiệp Nam Tân Uyên, thị xã Tân Uyên, tỉnh Bình Dương; chức vụ: Tổng Giám đốc.",
            "2013-09-17",
            "ministry",
            [
                "document_store",
                "legal_representative",
                "label_role",
                "birth_date_nothing",
                "passport_number_nothing",
                "lowercase_park",
                "district",
                "country",
                "no_event",
            ],
            persons=[per("Kim Dong Hyun", "Tổng Giám đốc")],
            provinces=[pv("Bình Dương")],
            locations=[
                country("Hàn Quốc"),
                park("Khu công nghiệp Nam Tân Uyên"),
                district("thị xã Tân Uyên"),
            ],
            events=[],
        ),
        h(
            n(),
            "Hiệu suất cao, chạy êm, hỗ trợ kỹ thuật nhanh là ba điều Công ty TNHH DKM Việt Nam tự hào mang tới khách hàng sau nhiều năm làm động cơ giảm tốc.",
            "2013-09-17",
            "ministry",
            ["document_store", "boilerplate", "vietnam_dropped", "no_event"],
            firms=[f("DKM", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "More torque at a lower speed is what a speed reducer gives you: a small gear on the motor drives a bigger one, and the tooth counts set the ratio.",
            "2021-09-06",
            "ministry",
            [E, "vendor_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "If a conveyor were stopped by the motor alone, its load would overrun; with a reducer in between, the torque is there to hold back the halted belt or to haul heavier loads at a lower speed.",
            "2021-09-06",
            "ministry",
            [E, "vendor_explainer", "spun_english", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese features: a business weekly's FDI feature with related links (S2 r3) and a finance site's Q&A
    # interview on origin labels (S2 r4 = S4 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Vòng bi, mô tơ và hộp giảm tốc cho ô tô, robot vẫn hút vốn ngoại đều đặn, trái với không khí trầm lắng ở nhiều ngành khác trong năm 2024.\n- Đông Nam bộ vẫn hút phần lớn vốn ngoại vào cơ khí\n- Doanh nghiệp Hàn Quốc dồn vốn vào linh kiện xe điện",
            "2025-01-06",
            "ministry",
            [
                "feature_lead",
                "outlet_nothing",
                "related_links",
                "region_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Số liệu của Cục Thống kê cho thấy sáu tháng đầu năm 2025, cơ khí chế tạo nhận chừng 2,18 tỉ đô la Mỹ vốn FDI đăng ký mới, ít hơn cùng kỳ 3,7%.",
            "2025-07-14",
            "ministry",
            ["feature", "statistics", "approx", "dollar_words", "nfd", "no_event"],
            organizations=["Cục Thống kê"],
            money=[m(2.18 * B, "USD", approx=True)],
            percentages=[3.7],
            events=[],
        ),
        h(
            n(),
            "Giới phân tích cho rằng tuỳ diễn biến thuế quan toàn cầu, các hãng vòng bi và mô tơ có thể lùi dự án mới, dù Việt Nam vẫn đứng đầu danh sách lựa chọn trong khu vực.",
            "2025-07-14",
            "ministry",
            ["feature", "commentary", "no_fields", "no_event", "old_tone"],
            events=[],
        ),
        h(
            n(),
            "Mô tơ 'lắp ở Việt Nam' hay 'làm ra ở Việt Nam': khác nhau ở tờ C/O\nNhãn xuất xứ in sai không chỉ là chuyện câu chữ mà là quyền lợi kinh tế của doanh nghiệp trong thương mại quốc tế.",
            "2017-03-29",
            "ministry",
            ["interview", "headline_lead", "quoted_label_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TS. Hoàng Minh Châu, chuyên gia Viện Nghiên cứu Cơ khí (Bộ Công Thương), nói vậy khi bàn chuyện mô tơ điện bán trong nước dùng linh kiện từ đâu.",
            "2017-03-29",
            "ministry",
            ["interview", "degree_no_role", "role_with_bracketed_ministry", "no_event"],
            organizations=["Viện Nghiên cứu Cơ khí", "Bộ Công Thương"],
            persons=[per("Hoàng Minh Châu", "chuyên gia Viện Nghiên cứu Cơ khí (Bộ Công Thương)")],
            events=[],
        ),
        h(
            n(),
            "PV: - Nhiều xưởng chỉ nhập stato, rôto về quấn lại dây rồi dán nhãn hàng Việt. Theo ông, khâu nào phải kiểm soát chuyện này?\nTS. Hoàng Minh Châu: - Trước hết là hải quan và nơi cấp C/O, vì tỷ lệ giá trị nội địa quyết định nhãn nào được in lên vỏ mô tơ.",
            "2017-03-29",
            "ministry",
            ["interview", "qa_labels", "speaker_label_person", "degree_no_role", "multiline", "no_event"],
            persons=[per("Hoàng Minh Châu", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a gearbox and axle plant in Quảng Trị, its groundbreaking on a business site with breadcrumb and
    # caption (S7 r1) and its opening on a national news site with the recalled groundbreaking and agreement (S7 r2) ---
    rows += [
        h(
            n(),
            "VNBiz»Kinh tế»Doanh nghiệp»Động thổ nhà máy hộp số và cầu xe 310 triệu USD ở Quảng Trị\n\n09:25 - 19/09/2024\n\nNgày 18/9, tại tỉnh Quảng Trị, Hengyu Transmission (Trung Quốc) cùng Công ty CP Thạch Hãn Motor làm lễ động thổ nhà máy hộp số và cầu xe có vốn 310 triệu USD.",
            "2024-09-19",
            "ministry",
            [
                "breadcrumb",
                "headline_lead",
                "timestamp",
                "groundbreaking",
                "two_builders_one_deal",
                "deal_date",
                "country",
                "multiline",
            ],
            firms=[f("Thạch Hãn Motor", "Công ty CP"), f("Hengyu Transmission")],
            provinces=[pv("Quảng Trị")],
            money=[m(310 * M, "USD"), m(310 * M, "USD")],
            locations=[country("Trung Quốc")],
            deals=[
                deal("groundbreaking", ["Hengyu Transmission", "Thạch Hãn Motor"], 310 * M, QT, "2024-09-18")
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Hengyu Transmission"), F("Thạch Hãn Motor")],
                    310 * M,
                    "USD",
                    QT,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Dự án chiếm một góc của Khu công nghiệp cơ khí ô tô Thạch Hãn – khu rộng 480 ha trong Khu kinh tế Đông Nam Quảng Trị.",
            "2024-09-19",
            "ministry",
            ["park_in_zone", "province_in_zone_name", "park_name_like_firm", "area", "no_event"],
            provinces=[pv("Quảng Trị")],
            areas=[ha(480)],
            locations=[
                park("Khu công nghiệp cơ khí ô tô Thạch Hãn"),
                zone("Khu kinh tế Đông Nam Quảng Trị"),
            ],
            events=[],
        ),
        h(
            n(),
            "Lễ động thổ nhà máy hộp số ở Khu công nghiệp cơ khí ô tô Thạch Hãn sáng 18/9. Ảnh: Trần Đức Vũ/Tuổi Trẻ.",
            "2024-09-19",
            "ministry",
            ["caption", "no_party_no_deal", "photo_credit_person", "outlet_nothing", "no_event"],
            persons=[per("Trần Đức Vũ", None)],
            locations=[park("Khu công nghiệp cơ khí ô tô Thạch Hãn")],
            events=[],
        ),
        h(
            n(),
            "Cầu sau và trục các-đăng để dành cho giai đoạn 2; trước mắt, từ quý III/2025, xưởng sẽ ra hộp số sàn, hộp số tự động cho xe tải nhẹ và mô tơ kéo xe buýt điện, trên 15.000 bộ mỗi năm.",
            "2024-09-19",
            "ministry",
            ["phases", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dàn 40 xe buýt điện Thạch Hãn E12 cũng được ra mắt hôm đó; xe do Thạch Hãn Motor tự thiết kế, riêng hệ truyền động lấy công nghệ của đối tác Trung Quốc.",
            "2024-09-19",
            "ministry",
            ["product_launch_no_deal", "model_name_nothing", "count", "country_adjective_word", "no_event"],
            firms=[f("Thạch Hãn Motor")],
            quantities=[c(40, "xe buýt điện")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            " date 2025-11-28 Hôm 27/11, nhà máy hộp số và cầu xe của Công ty cổ phần Thạch Hãn Motor ở Quảng Trị chính thức được khánh thành – lần đầu một doanh nghiệp trong nước tự làm trọn hệ truyền động ô tô.",
            "2025-11-28",
            "ministry",
            ["page_chrome_date", "inauguration_no_capital", "event_only"],
            firms=[f("Thạch Hãn Motor", "Công ty CP")],
            provinces=[pv("Quảng Trị")],
            events=[ev("inauguration", [F("Thạch Hãn Motor")], None, None, QT, "completed")],
        ),
        h(
            n(),
            "Hơn 13 tháng thi công đã trôi qua kể từ buổi đào móng 18/9/2024 – diễn ra liền sau khi Thạch Hãn Motor và Tập đoàn Hengyu Transmission đặt bút ký thoả thuận hợp tác toàn diện.",
            "2025-11-28",
            "ministry",
            [
                "recalled_groundbreaking_no_party",
                "recalled_agreement",
                "comprehensive_agreement_is_mou",
                "deal_no_event",
                "old_tone",
                "duration_no_count",
                "approx_duration_nothing",
                "no_event",
            ],
            firms=[f("Thạch Hãn Motor"), f("Hengyu Transmission", "Tập đoàn")],
            deals=[deal("mou", ["Thạch Hãn Motor", "Hengyu Transmission"])],
            events=[],
        ),
        h(
            n(),
            "Lễ khánh thành nhà máy hộp số và cầu xe ở Quảng Trị. Ảnh: Thạch Hãn Motor",
            "2025-11-28",
            "ministry",
            ["caption", "photo_credit_firm", "no_party_no_event", "no_event"],
            firms=[f("Thạch Hãn Motor")],
            provinces=[pv("Quảng Trị")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp cho hay 85% công đoạn gia công bánh răng đã được tự động hoá, điều khiển qua hệ MES - IIoT; riêng giai đoạn đầu, trên khu đất 7,2 ha, đã ngốn 310 triệu USD.",
            "2025-11-28",
            "ministry",
            ["unnamed_firm_no_deal", "area", "percentage", "old_tone", "system_acronym_nothing", "no_event"],
            money=[m(310 * M, "USD")],
            percentages=[85],
            areas=[ha(7.2)],
            events=[],
        ),
        h(
            n(),
            "Nâng nội địa hóa hộp số lên 75% là đích mà ông Phan Văn Lực, Tổng giám đốc Thạch Hãn Motor, đặt ra; để tới đó, hãng và Hengyu sẽ rót tiền cho dây chuyền mài răng, nhiệt luyện.",
            "2025-11-28",
            "ministry",
            ["reported_plan", "joint_plan_one_deal", "announced_investment", "short_name", "percentage"],
            firms=[f("Thạch Hãn Motor"), f("Hengyu")],
            persons=[per("Phan Văn Lực", "Tổng giám đốc Thạch Hãn Motor")],
            percentages=[75],
            deals=[deal("investment", ["Thạch Hãn Motor", "Hengyu"])],
            events=[
                ev(
                    "investment_announcement",
                    [F("Thạch Hãn Motor"), F("Hengyu")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
    ]
    # --- Vietnamese news: a traction-motor plant broken ground in Bình Định on an auto site with counters and a bullet
    # caption (S7 r3) ---
    rows += [
        h(
            n(),
            "Khởi công nhà máy mô tơ kéo 95 triệu USD ở Bình Định\n\n0\n27\nHôm 6/5, Phương Nam Motor làm lễ khởi công nhà máy mô tơ kéo và bộ giảm tốc cho xe điện vốn 95 triệu USD; hãng hẹn cuối năm 2026 chạy máy.",
            "2025-05-07",
            "ministry",
            ["headline_lead", "counters_nothing", "object_first", "groundbreaking", "deal_date", "multiline"],
            firms=[f("Phương Nam Motor")],
            provinces=[pv("Bình Định")],
            money=[m(95 * M, "USD"), m(95 * M, "USD")],
            deals=[deal("groundbreaking", ["Phương Nam Motor"], 95 * M, BDi, "2025-05-06")],
            events=[ev("groundbreaking", [F("Phương Nam Motor")], 95 * M, "USD", BDi, "started")],
        ),
        h(
            n(),
            "Chủ đầu tư là liên danh Công ty cổ phần Phương Nam Motor – Công ty cổ phần Kaiwo Drive (Trung Quốc); mặt bằng nằm ở Khu công nghiệp Nhơn Hòa, tỉnh Bình Định.",
            "2025-05-07",
            "ministry",
            [
                "investor_line",
                "two_builders_one_deal",
                "deal_no_event",
                "country_bracket",
                "park",
                "no_event",
            ],
            firms=[f("Phương Nam Motor", "Công ty CP"), f("Kaiwo Drive", "Công ty CP")],
            provinces=[pv("Bình Định")],
            locations=[park("Khu công nghiệp Nhơn Hòa"), country("Trung Quốc")],
            deals=[deal("investment", ["Phương Nam Motor", "Kaiwo Drive"], None, BDi)],
            events=[],
        ),
        h(
            n(),
            "  • Lễ khởi công nhà máy mô tơ kéo Phương Nam ở Bình Định. Ảnh: Phương Nam Motor",
            "2025-05-07",
            "ministry",
            [
                "bullet_caption",
                "photo_credit_firm",
                "plant_named_by_brand_no_firm",
                "no_party_no_event",
                "no_event",
            ],
            firms=[f("Phương Nam Motor")],
            provinces=[pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "Hai giai đoạn được vạch ra cho dự án 95 triệu USD: trước là mô tơ kéo và bộ giảm tốc một cấp, hơn 60.000 bộ/năm; sau là hộp số hai cấp cho xe tải điện.",
            "2025-05-07",
            "ministry",
            ["phases", "unnamed_firm_no_deal", "capacity_no_count", "nfd", "no_event"],
            money=[m(95 * M, "USD")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a gearbox plant broken ground by a carmaker with the provincial committee, in the news agency's
    # Vietnamese copy with glued words (S7 r4) ---
    rows += [
        h(
            n(),
            "Thái Bình có nhà máy hộp số ô tô đầu tiên\n\nGần 120 triệu USD là vốn của nhà máy hộp số ô tô mà Ủy ban Nhân dân tỉnh Thái Bình cùng Công ty Cổ phần Ô tô Đồng Bằng (DBM) làm lễ khởi công sáng 14/7 tại Khu công nghiệp Tiền Hải.",
            "2012-07-15",
            "provincial",
            [
                "headline_lead",
                "amount_first",
                "groundbreaking",
                "government_cohost",
                "bracketed_acronym_one_entry",
                "deal_date",
                "approx",
                "multiline",
            ],
            firms=[f("Ô tô Đồng Bằng", "Công ty CP")],
            organizations=["Ủy ban nhân dân tỉnh Thái Bình"],
            provinces=[pv("Thái Bình")],
            money=[m(120 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Tiền Hải")],
            deals=[deal("groundbreaking", ["Ô tô Đồng Bằng"], 120 * M, TB, "2012-07-14")],
            events=[
                ev(
                    "groundbreaking",
                    [G("Ủy ban Nhân dân tỉnh Thái Bình"), F("Ô tô Đồng Bằng")],
                    120 * M,
                    "USD",
                    TB,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Công nghệ của nhà máy đến từ Tập đoàn Daesan Powertrain (Hàn Quốc) theo hình thức chuyển giao; tiền thì Ô tô Đồng Bằng tự bỏ: 117,6 triệu USD cho cả dự án, trong đó 78,4 triệu USD dành cho giai đoạn 1.",
            "2012-07-15",
            "provincial",
            [
                "investor_line",
                "deal_no_event",
                "recalled_technology_transfer",
                "cooperation_deal",
                "country_bracket",
                "no_event",
            ],
            firms=[f("Ô tô Đồng Bằng"), f("Daesan Powertrain", "Tập đoàn")],
            money=[m(117.6 * M, "USD"), m(78.4 * M, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[
                deal("investment", ["Ô tô Đồng Bằng"], 117.6 * M),
                deal("cooperation", ["Daesan Powertrain", "Ô tô Đồng Bằng"]),
            ],
            events=[],
        ),
        h(
            n(),
            "Ba dây chuyền – gia công vỏ, gia công bánh răng và trục, lắp ráp hoàn chỉnh – cùng phòng thử độ bền, độ ồn sẽ nằm trên 9 ha; sản lượng thiết kế khoảng 30.000 hộp số một năm.",
            "2012-07-15",
            "provincial",
            ["capacity_no_count", "count_in_words", "area", "nfd", "no_event"],
            areas=[ha(9)],
            events=[],
        ),
        h(
            n(),
            "Tháng 3/2013 là mốc chạy dây chuyền lắp ráp, còn toàn bộnhà máy giai đoạn 1 phải xong trước tháng 9/2013; hộp sốcó 5 và 6 cấp, lắp cho xe tải 1,5-5 tấn và xe khách 16-35 chỗ.",
            "2012-07-15",
            "provincial",
            ["schedule", "glued_words", "spec_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japan-info forum's repost of a daily's Q&A with a motor group's unit head (S10 r1 = S10 r2),
    # and the news agency's Vietnamese AMP page on the group's first plant abroad (S10 r3 = S16 r3) ---
    rows += [
        h(
            n(),
            "Tập đoàn Tsukishima Motor: “Vốn vào Việt Nam sẽ tăng mạnh”\n\nThêm 700 triệu USD cho VN từ nay tới năm 2010 – chủ tịch Tập đoàn Tsukishima Motor đã hứa như vậy khi trả lời tờ Nikkan Kogyo ngày 3-10.",
            "2005-10-07",
            "ministry",
            [
                "forum_repost",
                "headline_quote",
                "announced_investment",
                "unnamed_chairman_no_person",
                "outlet_nothing",
                "interview_date_not_deal_date",
                "multiline",
            ],
            firms=[f("Tsukishima Motor", "Tập đoàn")],
            money=[m(700 * M, "USD")],
            deals=[deal("investment", ["Tsukishima Motor"], 700 * M)],
            events=[
                ev("investment_announcement", [F("Tsukishima Motor")], 700 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Để hỏi rõ hơn, chúng tôi tìm gặp ông Hayashi Kenta, người đứng đầu Tsukishima Servo – một đơn vị con của tập đoàn ở VN.\n\n- Kế hoạch cũ chỉ là thêm chừng 300 triệu USD, ông nói.",
            "2005-10-07",
            "ministry",
            [
                "forum_repost",
                "interview",
                "superseded_plan_no_deal",
                "role_lowercase",
                "approx",
                "multiline",
                "no_event",
                "nfd",
            ],
            firms=[f("Tsukishima Servo")],
            persons=[per("Hayashi Kenta", "người đứng đầu Tsukishima Servo")],
            money=[m(300 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "* Còn địa bàn nhận 700 triệu USD, thưa ông?\n\n- TP.HCM sẽ có khoảng 400 triệu USD. Tsukishima Seimitsu cần 90 triệu USD cho dự án của mình, Tsukishima Servo cần 45 triệu USD.",
            "2005-10-07",
            "ministry",
            [
                "forum_repost",
                "qa_markers",
                "two_unit_projects",
                "announced_investment",
                "approx",
                "multiline",
            ],
            firms=[f("Tsukishima Seimitsu"), f("Tsukishima Servo")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(700 * M, "USD"), m(400 * M, "USD", approx=True), m(90 * M, "USD"), m(45 * M, "USD")],
            deals=[
                deal("investment", ["Tsukishima Seimitsu"], 90 * M, HCM),
                deal("investment", ["Tsukishima Servo"], 45 * M, HCM),
            ],
            events=[
                ev("investment_announcement", [F("Tsukishima Seimitsu")], 90 * M, "USD", HCM, "announced"),
                ev("investment_announcement", [F("Tsukishima Servo")], 45 * M, "USD", HCM, "announced"),
            ],
        ),
        h(
            n(),
            "Hai nhà máy ấy đã đào móng ở Khu công nghệ cao TP.HCM, hẹn tháng 3-2006 ra hàng; xa hơn, tập đoàn nhắm một xưởng mô tơ ôtô 250 triệu USD, chưa chốt đặt ở khu này hay chỗ khác.",
            "2005-10-07",
            "ministry",
            [
                "forum_repost",
                "lowercase_group_no_firm",
                "no_party_no_deal",
                "park",
                "province_in_park_name",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(250 * M, "USD")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            events=[],
        ),
        h(
            n(),
            "ImageView.aspx\n\nTiền thân của Công ty Tsukishima Servo VN là Hoshi Precision, lập năm 1995 trong KCX Tân Thuận.",
            "2005-10-07",
            "ministry",
            [
                "forum_repost",
                "image_chrome",
                "founding_no_deal",
                "former_name_firm",
                "vn_dropped",
                "export_zone",
                "multiline",
                "no_event",
            ],
            firms=[f("Tsukishima Servo", "Công ty"), f("Hoshi Precision")],
            locations=[park("Khu chế xuất Tân Thuận")],
            events=[],
        ),
        h(
            n(),
            "Mexico sẽ là nơi đặt nhà máy đầu tiên của Tập đoàn Tsukishima Motor (Nhật Bản) ở châu Mỹ: từ tháng 1/2014, xưởng làm mô tơ cho máy điều hòa và xe điện, vốn dự kiến 12 tỷ yen, hãng cho biết hôm 22/5.",
            "2013-05-23",
            "ministry",
            ["plant_abroad_no_deal", "country", "yen", "no_event"],
            firms=[f("Tsukishima Motor", "Tập đoàn")],
            money=[m(12 * B, "JPY")],
            locations=[country("Nhật Bản"), country("Mexico")],
            events=[],
        ),
        h(
            n(),
            "Mục tiêu 40 tỷ yen doanh số sau ba năm chạy máy được Phó Chủ tịch Tsukishima Motor Mori Takahiro nêu trong buổi báo cáo kết quả kinh doanh ở Tokyo./.\nMinh Khôi (Vietnam+)",
            "2013-05-23",
            "ministry",
            [
                "role_before_name",
                "sales_target_no_deal",
                "foreign_city_nothing",
                "byline_person",
                "outlet_nothing",
                "yen",
                "multiline",
                "no_event",
            ],
            firms=[f("Tsukishima Motor")],
            persons=[per("Mori Takahiro", "Phó Chủ tịch Tsukishima Motor"), per("Minh Khôi", None)],
            money=[m(40 * B, "JPY")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a trade portal's repost of an MoU on electric mine trucks (S12 r2) ---
    rows += [
        h(
            n(),
            "Biên bản ghi nhớ về việc cùng sản xuất và bán xe tải mỏ chạy mô tơ điện đã được Công ty CP Cơ khí Ô tô Cẩm Phả (thuộc Tổng công ty Khoáng sản Hòn Gai) và Công ty Zhongke Motor Drive (Trung Quốc) ký chiều 21/11.",
            "2017-11-22",
            "ministry",
            ["mou", "parent_in_brackets_mention", "country_bracket", "deal_date", "city_in_firm_name"],
            firms=[
                f("Cơ khí Ô tô Cẩm Phả", "Công ty CP"),
                f("Khoáng sản Hòn Gai", "Tổng công ty"),
                f("Zhongke Motor Drive", "Công ty"),
            ],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Cơ khí Ô tô Cẩm Phả", "Zhongke Motor Drive"], None, None, "2017-11-21")],
            events=[
                ev("mou", [F("Cơ khí Ô tô Cẩm Phả"), F("Zhongke Motor Drive")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Xưởng lắp ráp sẵn có của Cơ khí Ô tô Cẩm Phả ở phường Cửa Ông, TP Cẩm Phả (Quảng Ninh) – hai dây chuyền đã xong, Bộ Công Thương đã thẩm định – sẽ là nơi ra xe.",
            "2017-11-22",
            "ministry",
            [
                "existing_plant_no_deal",
                "ward_nothing",
                "district",
                "province_bracket",
                "count_in_words",
                "nfd",
                "no_event",
            ],
            firms=[f("Cơ khí Ô tô Cẩm Phả")],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Quảng Ninh")],
            locations=[district("TP Cẩm Phả")],
            events=[],
        ),
        h(
            n(),
            "Theo những gì hai bên thoả thuận, Ô tô Cẩm Phả lo lắp ráp, chạy thử và bán trong nước; công nghệ, mô tơ, bộ điều khiển và vật tư do Zhongke Motor Drive lo. Quý II/2018 là hạn cho lô xe đầu.\nNguồn: Hải Yến/Báo Công Thương điện tử",
            "2017-11-22",
            "ministry",
            [
                "mou_terms_no_second_deal",
                "supply_without_contract_no_deal",
                "short_name",
                "source_line",
                "byline_person",
                "multiline",
                "no_event",
                "old_tone",
            ],
            firms=[f("Zhongke Motor Drive"), f("Ô tô Cẩm Phả")],
            persons=[per("Hải Yến", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: an electric-motorbike and motor plant opened in Bắc Ninh on a business daily (S12 r4) ---
    rows += [
        h(
            n(),
            " date 2025-12-02 Nhà máy mô tơ và xe máy điện 120 triệu USD ở Bắc Ninh chính thức chạy máy\nKhu công nghiệp Quế Võ 3, tỉnh Bắc Ninh từ ngày 1/12 có thêm nhà máy mô tơ và xe máy điện của Công ty TNHH Công nghệ Kaixin E-Mobility Việt Nam, đơn vị thuộc Tập đoàn Kaixin (Trung Quốc), sau lễ khánh thành sáng cùng ngày…",
            "2025-12-02",
            "ministry",
            [
                "page_chrome_date",
                "headline_lead",
                "inauguration_with_capital",
                "parent_in_brackets_mention",
                "vietnam_dropped",
                "deal_date",
                "multiline",
            ],
            firms=[f("Công nghệ Kaixin E-Mobility", "Công ty TNHH"), f("Kaixin", "Tập đoàn")],
            provinces=[pv("Bắc Ninh")],
            money=[m(120 * M, "USD")],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Quế Võ 3")],
            deals=[deal("investment", ["Công nghệ Kaixin E-Mobility"], 120 * M, BN, "2025-12-01")],
            events=[ev("inauguration", [F("Công nghệ Kaixin E-Mobility")], 120 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Khoảng 2.500 lao động sẽ làm việc ở đây khi giai đoạn 2 xong, gấp ba bây giờ; riêng giai đoạn 1 đã tốn hơn 120 triệu USD, đủ cho 800.000 xe và 1,2 triệu mô tơ mỗi năm.",
            "2025-12-02",
            "ministry",
            ["unnamed_firm_no_deal", "capacity_no_count", "count", "approx", "nfd", "no_event"],
            money=[m(120 * M, "USD", approx=True)],
            quantities=[c(2500, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Theo ông Đào Quang Hưng, Phó Chủ tịch UBND tỉnh Bắc Ninh, khi Kaixin làm lớn ở đây, các nhà cung cấp pin, mô tơ và bộ điều khiển sẽ tìm đến, và một cụm công nghiệp xe điện sẽ dần thành hình.",
            "2025-12-02",
            "ministry",
            ["official_quote", "expansion_without_amount_no_deal", "role_with_committee", "no_event"],
            firms=[f("Kaixin")],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            persons=[per("Đào Quang Hưng", "Phó Chủ tịch UBND tỉnh Bắc Ninh")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- Vietnamese copy of a consultancy's interview series with a seal maker's director, with its Japanese ad line
    # (S14 r2) ---
    rows += [
        h(
            n(),
            "ベトナムビジネスならMINH LONGにお任せください!\n\nTầm nhìn của nhà lãnh đạo Vol.52\nHinokawa Seal Vietnam\n\nHinokawa Seal nắm chừng 60% thị trường phớt chắn dầu Nhật Bản, ngoài ra còn làm vòng đệm cho ổ bi và hộp số; cơ sở tại Việt Nam mới mở thêm xưởng.",
            "2023-08-21",
            "ministry",
            [
                "interview_series",
                "japanese_ad_line",
                "site_brand_firm",
                "caps_name",
                "unnamed_subject_no_deal",
                "vietnam_dropped",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Minh Long"), f("Hinokawa Seal")],
            percentages=[60],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "―― Xin ông giới thiệu sơ qua việc kinh doanh của công ty.\n\nMatsuda Chủ lực vẫn là phớt chắn dầu – chiếc vòng giữ dầu không rỉ khỏi đầu trục quay. Hinokawa Seal Việt Nam ra đời năm 2006, một năm sau thì có lô phớt đầu tiên.",
            "2023-08-21",
            "ministry",
            [
                "interview_series",
                "speaker_surname_no_person",
                "founding_no_deal",
                "vietnam_dropped",
                "multiline",
                "no_event",
            ],
            firms=[f("Hinokawa Seal")],
            events=[],
        ),
        h(
            n(),
            "Hàng bán trong nước – cho hãng xe máy, nhà máy vòng bi – chỉ chiếm chừng 30%; còn lại đi Nhật Bản.",
            "2023-08-21",
            "ministry",
            ["interview_series", "exports_no_deal", "percentage", "country", "no_event"],
            percentages=[30],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an electric-vehicle maker's third plant broken ground in Hưng Yên, on a national site (S16 r2)
    # and a finance site (S16 r4) ---
    rows += [
        h(
            n(),
            " date 2026-01-30 Trong số công trình 'mở hàng' năm 2026 có dự án này – một nấc thang mới của doanh nghiệp Việt trong làm mô tơ và xe máy điện.\n\nĐại diện Ban Quản lý các khu công nghiệp tỉnh Hưng Yên, các sở ngành và đối tác có mặt tại lễ khởi công.",
            "2026-01-30",
            "ministry",
            ["page_chrome_date", "attendees_no_party", "no_party_no_deal", "multiline", "no_event"],
            organizations=["Ban Quản lý các khu công nghiệp tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy số 3 của Xe điện Vinh Quang cần 18 triệu USD và 28.000 m2; xong nó, hãng có tổng cộng 55.000 m2 nhà xưởng, công suất cả hệ thống 420.000 xe mỗi năm.",
            "2026-01-30",
            "ministry",
            ["plant_line_with_capital", "deal_no_event", "area", "capacity_no_count", "no_event"],
            firms=[f("Xe điện Vinh Quang")],
            money=[m(18 * M, "USD")],
            areas=[ha(2.8), ha(5.5)],
            deals=[deal("investment", ["Xe điện Vinh Quang"], 18 * M)],
            events=[],
        ),
        h(
            n(),
            "Vinh Quang rót 18 triệu USD dựng nhà máy xe điện số 3\n\nKhu công nghiệp Phố Nối B, tỉnh Hưng Yên sáng 28/1/2026 đón lễ khởi công nhà máy xe điện thứ ba của Vinh Quang.",
            "2026-02-11",
            "ministry",
            [
                "headline_lead",
                "groundbreaking_passive",
                "headline_amount_is_deal_amount",
                "plant_named_by_brand_no_firm",
                "deal_date",
                "multiline",
            ],
            firms=[f("Vinh Quang")],
            provinces=[pv("Hưng Yên")],
            money=[m(18 * M, "USD")],
            locations=[park("Khu công nghiệp Phố Nối B")],
            deals=[deal("groundbreaking", ["Vinh Quang"], 18 * M, HY, "2026-01-28")],
            events=[ev("groundbreaking", [F("Vinh Quang")], 18 * M, "USD", HY, "started")],
        ),
        h(
            n(),
            "“Phần lõi – mô tơ, bộ điều khiển, pin – chúng tôi phải tự làm, chứ lắp ráp thì ai cũng làm được”, ông Trịnh Đức Toàn - Tổng Giám đốc Công ty TNHH Xe điện Vinh Quang nói tại buổi lễ.",
            "2026-02-11",
            "ministry",
            ["official_quote", "role_after_dash", "no_event", "nfd"],
            firms=[f("Xe điện Vinh Quang", "Công ty TNHH")],
            persons=[per("Trịnh Đức Toàn", "Tổng Giám đốc Công ty TNHH Xe điện Vinh Quang")],
            events=[],
        ),
    ]
    # --- Foreign-language pages, read for their shapes and rendered here: two French news-agency pages (S17 r1 = S19 r3,
    # a German group's transmission-belt plant put into service with a related item; S17 r2, a US group's second plant
    # with its first recalled), in Vietnamese; a Japanese trade page on a German bearing maker's new plant (S17 r3), in
    # English ---
    rows += [
        h(
            n(),
            "Tập đoàn Reinhardt đưa nhà máy dây đai hộp số vô cấp ở Đồng Nai vào vận hành\nNhà máy làm dây đai cho hộp số CVT của Tập đoàn Reinhardt (Đức) tại Khu công nghiệp Long Đức, tỉnh Đồng Nai đã chính thức đi vào hoạt động sau khoản đầu tư 28 triệu euro.",
            "2013-11-05",
            "ministry",
            [
                "foreign_page_rendered",
                "headline_lead",
                "inauguration_with_capital",
                "euro",
                "country_bracket",
                "multiline",
            ],
            firms=[f("Reinhardt", "Tập đoàn")],
            provinces=[pv("Đồng Nai")],
            money=[m(28 * M, "EUR")],
            locations=[country("Đức"), park("Khu công nghiệp Long Đức")],
            deals=[deal("investment", ["Reinhardt"], 28 * M, DN)],
            events=[ev("inauguration", [F("Reinhardt")], 28 * M, "EUR", DN, "completed")],
        ),
        h(
            n(),
            "Cả 1,8 triệu dây đai mỗi năm sẽ xuất khẩu hết; để đạt mức này, Reinhardt tính rót thêm 50 triệu euro vào nhà máy trong năm 2016. - AVI",
            "2013-11-05",
            "ministry",
            ["foreign_page_rendered", "announced_top_up", "capacity_no_count", "agency_nothing", "euro"],
            firms=[f("Reinhardt")],
            money=[m(50 * M, "EUR")],
            deals=[deal("investment", ["Reinhardt"], 50 * M)],
            events=[ev("investment_announcement", [F("Reinhardt")], 50 * M, "EUR", None, "announced")],
        ),
        h(
            n(),
            "Tin liên quan: Gặp doanh nghiệp tư nhân ngày 12/9, Thủ tướng Phạm Minh Chính hứa sẽ tháo gỡ vướng mắc về đất đai và tín dụng cho khu vực này.",
            "2025-09-13",
            "ministry",
            ["foreign_page_rendered", "related_item", "role_before_name", "no_event"],
            persons=[per("Phạm Minh Chính", "Thủ tướng")],
            events=[],
        ),
        h(
            n(),
            "Ba dây chuyền, 58.420 m² ở Khu công nghiệp Việt Nam - Singapore (Bình Dương): đó là quy mô nhà máy hộp giảm tốc thứ hai mà Tập đoàn Brennan Drives (Mỹ) sẽ xây tại Việt Nam, khởi công cuối năm nay.",
            "2013-09-10",
            "ministry",
            [
                "foreign_page_rendered",
                "announced_investment",
                "ordinal_no_count",
                "count_in_words",
                "area",
                "country_bracket",
            ],
            firms=[f("Brennan Drives", "Tập đoàn")],
            provinces=[pv("Bình Dương")],
            areas=[ha(5.842)],
            locations=[country("Mỹ"), park("Khu công nghiệp Việt Nam - Singapore")],
            deals=[deal("investment", ["Brennan Drives"], None, BDg)],
            events=[ev("investment_announcement", [F("Brennan Drives")], None, None, BDg, "announced")],
        ),
        h(
            n(),
            "Nhà máy đầu tiên của Brennan Drives, ở Khu công nghiệp Amata (Đồng Nai), ra đời năm 2008 với hơn 10 triệu USD. -VNA",
            "2013-09-10",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_plant",
                "deal_no_event",
                "province_bracket",
                "agency_nothing",
                "approx",
                "no_event",
            ],
            firms=[f("Brennan Drives")],
            provinces=[pv("Đồng Nai")],
            money=[m(10 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Amata")],
            deals=[deal("investment", ["Brennan Drives"], 10 * M, DN)],
            events=[],
        ),
        h(
            n(),
            "1,1 tỷ USD là doanh số cộng dồn của Brennan Drives ở Việt Nam tính tới năm 2012, sau nhiều năm tăng bình quân 28%.",
            "2013-09-10",
            "ministry",
            ["foreign_page_rendered", "revenue_no_deal", "percentage", "no_event"],
            firms=[f("Brennan Drives")],
            percentages=[28],
            money=[m(1.1 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "A 45-million-euro factory of German bearing maker Heilbach is now open in Bien Hoa, Dong Nai province, the company said on the 10th; about 320 staff are to be hired there by year-end.",
            "2019-04-12",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "inauguration_with_capital",
                "adjective_no_country",
                "day_without_month_no_date",
                "unaccented_province",
                "city_nothing",
                "count",
                "euro",
            ],
            firms=[f("Heilbach")],
            provinces=[pv("Đồng Nai")],
            money=[m(45 * M, "EUR")],
            quantities=[c(320, "staff", True)],
            deals=[deal("investment", ["Heilbach"], 45 * M, DN)],
            events=[ev("inauguration", [F("Heilbach")], 45 * M, "EUR", DN, "completed")],
        ),
        h(
            n(),
            "The site takes over from the plant Heilbach opened in Vietnam 12 years ago as its first in Southeast Asia, adding capacity and new needle-roller bearing lines.",
            "2019-04-12",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "recalled_plant",
                "deal_no_event",
                "region_nothing",
                "no_site",
                "no_event",
            ],
            firms=[f("Heilbach")],
            deals=[deal("investment", ["Heilbach"])],
            events=[],
        ),
        h(
            n(),
            "Output goes to makers of tractors, cranes, looms, paper machines and motorbikes, alongside standard industrial bearings.",
            "2019-04-12",
            "ministry",
            [E, "foreign_page_rendered", "customer_sectors", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English news: the news agency's English copy on a Japanese motor group's plans (S10 r4) and a Chinese wire's
    # feature on a Chinese-run park (S17 r4) ---
    rows += [
        h(
            n(),
            "Tsukishima Motor Corporation, a Japanese motor maker, aims to lift its Vietnam investment from 700 million USD now to over 1.2 billion USD as it widens business here.",
            "2014-06-18",
            "ministry",
            [E, "announced_investment", "total_not_deal_amount", "adjective_no_country", "approx"],
            firms=[f("Tsukishima Motor Corporation")],
            money=[m(1.2 * B, "USD", approx=True), m(700 * M, "USD")],
            deals=[deal("investment", ["Tsukishima Motor Corporation"])],
            events=[
                ev(
                    "investment_announcement",
                    [F("Tsukishima Motor Corporation")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Four more subsidiaries are planned, chairman Tsukishima Hideo said, so that Vietnam becomes a research base for the region and not just a place to make motors.",
            "2014-06-18",
            "ministry",
            [E, "role_before_name", "count_in_words", "no_event"],
            persons=[per("Tsukishima Hideo", "chairman")],
            events=[],
        ),
        h(
            n(),
            "Tsukishima Motor, set up in 1975, came to Vietnam in 1993; its founder has long ranked among Japan's richest people.-VNA",
            "2014-06-18",
            "ministry",
            [E, "founding_no_deal", "possessive_country", "agency_nothing", "no_event"],
            firms=[f("Tsukishima Motor")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            'Feature: Chinese-run industrial park takes root in northern Vietnam\n\n2016-06-14 10:32\n\n"I learned to wind stators here in two months, and the pay is steady," said Tran Thi Hoa, a quality inspector at Hengli Motor Co. Ltd in the Tianrun industrial park.',
            "2016-06-14",
            "ministry",
            [
                E,
                "wire_feature",
                "headline_lead",
                "timestamp",
                "role_after_name",
                "english_park_no_location",
                "unaccented_name",
                "multiline",
                "no_event",
            ],
            firms=[f("Hengli Motor", "Co. Ltd")],
            persons=[per("Tran Thi Hoa", "quality inspector at Hengli Motor Co. Ltd")],
            events=[],
        ),
        h(
            n(),
            "Some 34 factories belonging to 15 companies already work in Tianrun's first phase, a park about 45 kilometres from Hanoi along National Highway 1A.",
            "2016-06-14",
            "ministry",
            [E, "wire_feature", "distance_no_count", "unaccented_province", "count", "approx", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(34, "factories", True), c(15, "companies")],
            events=[],
        ),
        h(
            n(),
            "All 34 factories on the park's 180,000 square metres are leased, according to developer Tianrun Co. Ltd, a Chinese private firm, which broke ground there in March 2014.",
            "2016-06-14",
            "ministry",
            [
                E,
                "wire_feature",
                "recalled_groundbreaking",
                "deal_no_event",
                "month_no_date",
                "count",
                "area",
                "agency_nothing",
                "no_event",
            ],
            firms=[f("Tianrun", "Co. Ltd")],
            quantities=[c(34, "factories")],
            areas=[ha(18)],
            deals=[deal("groundbreaking", ["Tianrun"])],
            events=[],
        ),
        h(
            n(),
            "Chinese firms make up nine of Tianrun's 15 tenants. Nationwide, China's investment in Vietnam stood at about 10.2 billion US dollars in 1,380 projects as of May 20, 2016.",
            "2016-06-14",
            "ministry",
            [
                E,
                "wire_feature",
                "national_total_no_deal",
                "count",
                "count_in_words",
                "country",
                "approx",
                "no_event",
            ],
            quantities=[c(15, "tenants"), c(1380, "projects")],
            money=[m(10.2 * B, "USD", approx=True)],
            locations=[country("China")],
            events=[],
        ),
    ]
    # --- English news: a Taiwanese motor maker's plant in Bình Dương, its groundbreaking on a Taipei daily (S18 r1) and a
    # tech wire (S18 r4), its opening on the daily (S18 r3) and an aggregator's copy of it with the photo caption (S18
    # r2) ---
    rows += [
        h(
            n(),
            " date 2019-03-08 By Lin Pei-yu / Staff reporter\n\nMass production at a new Vietnamese plant of Hsin Lung Electric & Machinery Co (新隆電機) is to begin in January next year, the industrial motor maker said.",
            "2019-03-08",
            "ministry",
            [
                E,
                "page_chrome_date",
                "byline_person",
                "plant_under_construction_announced",
                "chinese_name_in_brackets",
                "foreign_form_kept",
                "multiline",
            ],
            firms=[f("Hsin Lung Electric & Machinery", "Co")],
            persons=[per("Lin Pei-yu", None)],
            deals=[deal("investment", ["Hsin Lung Electric & Machinery"])],
            events=[
                ev(
                    "investment_announcement",
                    [F("Hsin Lung Electric & Machinery")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Ground was broken at the site, inside the Binh Duong Industrial Service and Urban Complex, for a facility able to turn out 250,000 small industrial motors a year.",
            "2019-03-08",
            "ministry",
            [
                E,
                "anaphora_no_firm",
                "capacity_no_count",
                "english_park_no_location",
                "province_in_park_name",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "On 45 hectares it owns in the same Binh Duong complex, Hsin Lung plans an integrated park of factories, warehouses, offices and a hotel by 2028, hoping it will pull in more than US$150 million from tenants.",
            "2019-03-08",
            "ministry",
            [E, "announced_investment", "attracted_investment_not_amount", "area", "approx"],
            firms=[f("Hsin Lung")],
            provinces=[pv("Bình Dương")],
            areas=[ha(45)],
            money=[m(150 * M, "USD", approx=True)],
            deals=[deal("investment", ["Hsin Lung"], None, BDg)],
            events=[ev("investment_announcement", [F("Hsin Lung")], None, None, BDg, "announced")],
        ),
        h(
            n(),
            " date 2019-03-08 Hsin Lung building motor plant in Vietnam\n\nRalph Chen, Taipei; Peter Lo, DIGITIMES\n\nHsin Lung Electric & Machinery, which makes industrial motors and appliances, broke ground on March 6 for a plant in southern Vietnam's Binh Duong Province, the company said.",
            "2019-03-08",
            "ministry",
            [
                E,
                "page_chrome_date",
                "headline_lead",
                "byline_persons",
                "foreign_city_nothing",
                "groundbreaking",
                "deal_date",
                "multiline",
            ],
            firms=[f("Hsin Lung"), f("Hsin Lung Electric & Machinery")],
            persons=[per("Ralph Chen", None), per("Peter Lo", None)],
            provinces=[pv("Bình Dương")],
            deals=[deal("groundbreaking", ["Hsin Lung Electric & Machinery"], None, BDg, "2019-03-06")],
            events=[ev("groundbreaking", [F("Hsin Lung Electric & Machinery")], None, None, BDg, "started")],
        ),
        h(
            n(),
            "Hsin Lung paid close to US$9 million 11 years ago for a 45-hectare plot; the new plant uses 3.8 hectares of it.",
            "2019-03-08",
            "ministry",
            [E, "recalled_land_purchase_no_deal", "area", "approx", "no_event"],
            firms=[f("Hsin Lung")],
            areas=[ha(3.8), ha(45)],
            money=[m(9 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            " date 2020-01-21 By Chen Yi-ting / Staff reporter\n\nHsin Lung Electric & Machinery Co (新隆電機) opened its Binh Duong Province plant in Vietnam yesterday; output is planned at 180,000 high-efficiency motors this year, rising to 280,000 in the next.",
            "2020-01-21",
            "ministry",
            [
                E,
                "page_chrome_date",
                "byline_person",
                "inauguration_no_capital",
                "output_no_count",
                "multiline",
            ],
            firms=[f("Hsin Lung Electric & Machinery", "Co")],
            persons=[per("Chen Yi-ting", None)],
            provinces=[pv("Bình Dương")],
            events=[ev("inauguration", [F("Hsin Lung Electric & Machinery")], None, None, BDg, "completed")],
        ),
        h(
            n(),
            "Most of what the US$14 million factory in the My Phuoc 3 Industrial Park makes will go to the US, Japan and Australia; the site is about 45km from Ho Chi Minh City.",
            "2020-01-21",
            "ministry",
            [
                E,
                "anaphora_no_firm",
                "english_park_no_location",
                "distance_no_count",
                "country_list",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(14 * M, "USD")],
            locations=[country("US"), country("Japan"), country("Australia")],
            events=[],
        ),
        h(
            n(),
            "Staff of Hsin Lung Electric & Machinery Co test motors on a line of the new Binh Duong Province factory yesterday.\nPhoto: Wu Chia-hao, Taipei Times",
            "2020-01-21",
            "ministry",
            [
                E,
                "aggregator_copy",
                "caption",
                "photo_credit_person",
                "outlet_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Hsin Lung Electric & Machinery", "Co")],
            persons=[per("Wu Chia-hao", None)],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "“From Taiwan we can now see every machine and every defect on the Vietnamese line, a first for our plants abroad,” Hsin Lung chairman Lo Shu-fen said in a statement.",
            "2020-01-21",
            "ministry",
            [E, "aggregator_copy", "quote_first", "role_before_name", "country", "no_event"],
            firms=[f("Hsin Lung")],
            persons=[per("Lo Shu-fen", "Hsin Lung chairman")],
            locations=[country("Taiwan")],
            events=[],
        ),
        h(
            n(),
            "Hsin Lung shares closed up 0.62 percent at NT$24.10 in Taipei trading yesterday.",
            "2020-01-21",
            "ministry",
            [E, "share_price_no_money", "percentage", "foreign_city_nothing", "no_event"],
            firms=[f("Hsin Lung")],
            percentages=[0.62],
            events=[],
        ),
    ]
    # --- English news: a city daily's feature on local parts makers (S19 r4) ---
    rows += [
        h(
            n(),
            "Hanoi Times - Local bearing and gear shops now cover 55 to 65 percent of the city's demand, up from 10 to 15 percent a decade ago, and some of their spindles and gearbox shafts meet international standards.",
            "2012-10-09",
            "ministry",
            [E, "outlet_nothing", "percentage_ranges", "no_event"],
            percentages=[55, 65, 10, 15],
            events=[],
        ),
        h(
            n(),
            'Mr. Le Van Phuc, director of Phuc An Textile Company at Tan Tao Industrial Park, remembers when a cracked gearbox halted his looms for two months while parts came from abroad. "Now a shop down the road makes them in a week," he said.',
            "2012-10-09",
            "ministry",
            [
                E,
                "quote_first",
                "role_after_name",
                "english_park_no_location",
                "duration_no_count",
                "unaccented_name",
                "no_event",
            ],
            firms=[f("Phuc An Textile", "Company")],
            persons=[per("Le Van Phuc", "director of Phuc An Textile Company")],
            events=[],
        ),
        h(
            n(),
            "Need a union\nWith more than 40,000 industrial producers, the city is steering support toward the trades where it is strongest and whose gains spread widest.",
            "2012-10-09",
            "ministry",
            [E, "subheading", "count", "approx", "multiline", "no_event"],
            quantities=[c(40000, "industrial producers", True)],
            events=[],
        ),
    ]
    # --- English news on an automaker and electric vehicles: a Korean daily's tail (S20 r1), a deal site's paywalled
    # teaser (S20 r2), a content farm's rewrite of a wire report (S20 r3) and a Chinese wire's story on a strategic
    # agreement (S20 r4) ---
    rows += [
        h(
            n(),
            "Coming a day after LH Motors' memorandum of understanding with Saigon Transit on electric bus trials and driver training, the non-binding deal is part of the carmaker's push to repair its finances; quarterly losses rose 31 percent to 15.2 trillion dong ($598 million).",
            "2024-11-01",
            "ministry",
            [
                E,
                "recalled_mou",
                "deal_no_event",
                "weekday_no_date",
                "unnamed_parties_no_deal",
                "bracketed_conversion",
                "percentage",
                "no_event",
            ],
            firms=[f("LH Motors"), f("Saigon Transit")],
            percentages=[31],
            money=[m(15.2e12, "VND"), m(598 * M, "USD")],
            deals=[deal("mou", ["LH Motors", "Saigon Transit"])],
            events=[],
        ),
        h(
            n(),
            "The company has put off the opening of its gearbox plant in the US by three years and trimmed its yearly sales goal, focusing instead on assembly lines in Asia.\nCopyright ⓒ Seoul Biz Daily All rights reserved.",
            "2024-11-01",
            "ministry",
            [
                E,
                "anaphora_no_firm",
                "plant_abroad_no_deal",
                "copyright_line",
                "region_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Construction of a $142 million electric motor plant by Vietnamese carmaker LH Motors is due to start in central Quang Ngai province this year, according to provincial officials.\nContinue reading this premium story with a subscription.\nSubscribe Already a Subscriber? Log in",
            "2024-03-14",
            "ministry",
            [
                E,
                "paywall_teaser",
                "announced_investment",
                "adjective_no_country",
                "unaccented_province",
                "multiline",
            ],
            firms=[f("LH Motors")],
            provinces=[pv("Quảng Ngãi")],
            money=[m(142 * M, "USD")],
            deals=[deal("investment", ["LH Motors"], 142 * M, QNg)],
            events=[ev("investment_announcement", [F("LH Motors")], 142 * M, "USD", QNg, "announced")],
        ),
        h(
            n(),
            "LH Motors said it had held talks with Taiwan's Kaohsiung Precision on making e-motors and reduction gears together, but nothing has been decided and no deal has been signed.",
            "2021-04-02",
            "ministry",
            [E, "content_farm_rewrite", "talks_no_deal", "negated_deal", "possessive_country", "no_event"],
            firms=[f("LH Motors"), f("Kaohsiung Precision")],
            locations=[country("Taiwan")],
            events=[],
        ),
        h(
            n(),
            "HANOI, March 6 (Xinhua) -- Electric mini-trucks are coming to Vietnam under a strategic cooperation agreement that Song Lam Motors has signed with Hubei Jiangyun Auto (HJA), a Chinese joint venture, local newspaper Tuoi Tre said on Tuesday.",
            "2024-03-06",
            "ministry",
            [
                E,
                "dateline",
                "strategic_agreement_is_mou",
                "bracketed_acronym_one_entry",
                "adjective_no_country",
                "outlet_nothing",
                "dateline_not_deal_date",
            ],
            firms=[f("Song Lam Motors"), f("Hubei Jiangyun Auto")],
            provinces=[pv("Hà Nội")],
            deals=[deal("mou", ["Song Lam Motors", "Hubei Jiangyun Auto"])],
            events=[ev("mou", [F("Song Lam Motors"), F("Hubei Jiangyun Auto")], None, None, None, "signed")],
        ),
        h(
            n(),
            "HJA is to send motors, reduction gearboxes and other parts, while Song Lam Motors keeps sole rights to build and sell the models in Vietnam, the company said.",
            "2024-03-06",
            "ministry",
            [E, "supply_without_contract_no_deal", "acronym_alone_firm", "no_event"],
            firms=[f("Song Lam Motors"), f("HJA")],
            events=[],
        ),
        h(
            n(),
            "The trucks will come off Song Lam Motors' existing lines in the northern province of Thai Binh, rated at 24,000 vehicles a year.",
            "2024-03-06",
            "ministry",
            [E, "existing_plant_no_deal", "capacity_no_count", "unaccented_province", "no_event"],
            firms=[f("Song Lam Motors")],
            provinces=[pv("Thái Bình")],
            events=[],
        ),
        h(
            n(),
            '"The mini-truck will open a new segment for small traders," said Song Lam Motors chairman Ngo Van Tam. Prices have not been set, but buyers expect it to start at around 180 million dong (about 7,100 US dollars).',
            "2024-03-06",
            "ministry",
            [E, "quote_first", "role_before_name", "bracketed_conversion", "approx", "no_event"],
            firms=[f("Song Lam Motors")],
            persons=[per("Ngo Van Tam", "Song Lam Motors chairman")],
            money=[m(180 * M, "VND", approx=True), m(7100, "USD", approx=True)],
            events=[],
        ),
    ]
    return rows
