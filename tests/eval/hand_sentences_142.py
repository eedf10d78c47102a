# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 142 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: automotive lamps, mirrors, glass and automotive electronics suppliers
(localisation of car parts, OEM supply chains, assembly plants buying from Vietnamese suppliers). Written and annotated
for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches,
numbered S1-S20 in the section comments: S1 "nhà máy sản xuất đèn ô tô linh kiện chiếu sáng khu công nghiệp", S2 "gương
chiếu hậu ô tô doanh nghiệp sản xuất Việt Nam", S3 "kính ô tô nhà máy sản xuất kính an toàn xe hơi đầu tư", S4 "linh
kiện điện tử ô tô nhà máy FDI Việt Nam vốn đầu tư", S5 "tỷ lệ nội địa hóa ô tô doanh nghiệp Việt cung ứng linh kiện",
S6 "nhà cung cấp cấp 1 cấp 2 ngành ô tô doanh nghiệp Việt Nam", S7 "Thaco Chu Lai nhà máy linh kiện cung cấp cho hãng
xe", S8 "Toyota Việt Nam nhà cung cấp linh kiện trong nước nội địa hóa", S9 "bộ dây điện ô tô wire harness nhà máy Việt
Nam", S10 "ký hợp đồng cung cấp linh kiện ô tô cho hãng xe doanh nghiệp Việt", S11 "VinFast nhà cung cấp linh kiện nội
địa ký kết", S12 "khánh thành nhà máy linh kiện ô tô đèn gương kính", S13 "trao giấy chứng nhận đầu tư dự án sản xuất
linh kiện điện tử ô tô", S14 "cảm biến camera ô tô điện tử xe hơi sản xuất tại Việt Nam", S15 "Honda Ford Hyundai Thành
Công nội địa hóa linh kiện nhà cung cấp Việt", S16 "chương trình phát triển công nghiệp hỗ trợ ô tô kết nối nhà cung
cấp", and in English S17 "Vietnam automotive parts supplier localisation rate car makers", S18 "automotive glass mirror
lamp factory Vietnam investment", S19 "car electronics components plant Vietnam industrial park licence", S20
"Vietnamese suppliers join Toyota Hyundai supply chain auto parts". No sentence is taken or paraphrased from a page; the
shapes are. Firm, plant, park, outlet and person names are invented (Kim Long Motors, Sakurai / Ô tô Sakurai / Sakurai
Motor and its SMV, Ô tô Phương Đông / Phuong Dong Auto / POM / POM Group, Hanul / Hanul Motors, Vauclair, Mitakura
Lighting, Đèn ô tô Tân Hưng / Tan Hung Auto Lamp, Minh Phat Mirror, Phu Cuong Safety Glass, Tan A Auto Electronics,
Hanmaek, Daeil Autolamp, Yokomichi Electronics, Kurosaki Mirror, Nishikawa Safety Glass, Weida Holdings and Brightstar
Global, Kanayama Gosei, Hưng Long / Hung Long Group, Qilin Auto, Tan Phu Industrial Development Corporation and its Long
Duc 4 park, Lian Hup, Cơ khí Giao thông Vận tải Sài Gòn, Mekong Sourcing, every official, director, author, lecturer,
username and byline); well-known names (Honda, Suzuki, Isuzu, the ministries, the Industry Agency, Cục Thống kê, the
universities, VAMA, the ASEAN Automotive Federation, the parks Amata, Việt Nam - Singapore II, Đông Hồi and Tien Hai, the
Chu Lai zone, the decree and decision cited) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; the search index answered this theme mostly with betting-mirror salads,
duplicates and generic supporting-industry pieces, and no page on lamps, mirrors or glass plants came up in any first
four): 15 slots were keyword-salad spam on betting mirrors ("kuwin"/"98win" runs glued to scooter prices and headlamp
words; all four results of S3 and S9, three of S2); 21 were tag, keyword, ebook, title, embed, listing, teaser and video
pages (one carmaker's US-plant groundbreaking title four times, its plant-plan embed, a listing page with its plant's
start of mass production twice, a ministry magazine's video blurb with its two bylines four times, a taxonomy tag with a
headline and lead on 30 years of localisation in old tone placement, a tech site's tag page with a supplier director's
wish quoted from a department's workshop, a no-address teaser on a Japanese carmaker's supply chain, unaccented and
keyword tags, ebook tags, four sensor-explainer titles); 14 were document stores, theses, journals, explainers and a Q&A
(a student's question to a legal portal, a document store's title repeated, a trade journal's article with caps authors,
abstract and keywords, a student discussion paper with download chrome, cover labels and a broken font four times, a
presentation on a carmaker's founding joint venture with its shares, a tax agent's explainer with footnoted counts and
legal bases, a sensor explainer with a username, a thesis on Thailand's parts network, an economics journal article with
a bilingual abstract and a ministry decision, a master's thesis on supporting industry in the city's parks); 12 were
Vietnamese news and features (a quality magazine's supporting-industry feature three times, a business weekly's FDI piece with
related links three times, a national portal's piece on electronics FDI with running totals and a template placeholder,
a provincial paper's localisation feature, a 2018 daily with a date chrome, a 2025 news site with a group chairman's
remark, a news site on a carmaker's 30-year supplier event with captions, a sponsored interview in a carmaker's voice);
5 were foreign-language pages (a Japanese business-trend page on a carmaker's three-year plan with two new plants; French
news-agency pages on a consumer-goods maker's second plant with the first recalled, and on an electronics and auto-parts
plant due to break ground with its earlier licence, the latter twice; a Korean page citing a wire on a carmaker's second
home plant), rendered here in Vietnamese (thirteen rows) and English (one); 13 were English (a carmaker's own news item on
a university visit, a provincial site on the carmaker's parts cluster and history twice, a sourcing firm's industry
report, a news agency's tag page with several leads, a student essay, a motoring site on localisation with a group's
tie-up with a Chinese carmaker, the agency's copy on a Japanese parts plant under construction, a chamber site on a park
developer's groundbreaking with the first licences, and four tellings of a carmaker's memorandum with the Industry Agency
on supplier support and the consulting programme under it). About 22 of the 80 slots told a deal or an event with a named
party (the US-plant title four times and its embed, which give none; the electronics running totals; the start of mass production twice; the three-year
plan; the founding joint venture; the recalled plant investments and technology transfer; the parts cluster; the second
plant with the first recalled; the planned groundbreaking with the earlier licence, twice; the second home plant; the
parts plant under construction; the park groundbreaking; the memoranda; the tie-up). No supply contract or order between
a named supplier and a carmaker came up in any first four (S10 and S11 returned a wish, theses, a video blurb and
titles), so the batch has none; wishes, programmes and supplier counts give no deal.

Rows: 160 (hand-44801 to hand-44960); 16 carry a deal or an event (10.0%): 9 events (3 investment announcements, 2
inaugurations, 2 groundbreakings, 2 MoUs) and 15 `deals` entries (11 investment, 2 cooperation, 2 groundbreaking); 7 rows
hold only deals without events (44852 a recalled founding joint venture, 44877 a running total, 44878 three recalled
investments, 44919 a recalled licence, 44925 a recalled parts cluster, 44930 a recalled plant and technology transfer,
44944 a standing tie-up), 4 rows an event without a deal (44836 and 44922 starts of production without capital, 44952
and 44958 carmaker-agency memoranda) and 5 both (44909, 44913, 44917, 44945, 44949). 144 rows are negatives and other
fields. By page kind: 16 rows of spam (44801-44816; 0 with a deal or event), 21 of tag, keyword, ebook, title, embed,
teaser, video and listing pages (44817-44837; 1), 29 of document stores, theses, journals, explainers and a legal Q&A
(44838-44866; 1), 42 of Vietnamese news, features and a sponsored interview (44867-44908; 2), 14 of the foreign-language
pages rendered, 13 in Vietnamese (44909-44921) and 1 in English (44922; 5 with a deal or event), and 38 of English copy
(44923-44960; 7); 39 rows are English (`english_copy`, 24.4%). 10 rows are stored in NFD (hand-44835, 44844, 44853,
44863, 44870, 44880, 44883, 44895, 44904, 44913); 6 use old tone placement (44832 and 44907 "hoá", 44861 and 44885 "tuỳ",
44865 "khoá"/"hoá", 44888 "thoả"); 35 hold several lines (headlines and leads, slugs, tags with leads, bylines, covers,
contents, download chrome, bullet lists, legal bases, related links, captions, wire chrome).

Own wording: every row was drafted in its own order and wording (amount-first, place-first, result-first, passive,
quote-first with the speaker last, split or joined rows), with changed figures, names, dates and places and the product
moved onto the theme (headlamps, mirrors, windscreens, sensors, camera modules, wire harnesses); on review against the
notes taken from the sampled pages, about 75 drafts that still kept a page's run of facts, its order or its opening
words were rewritten from scratch (nearly all of the carmaker's 25-year event, the sponsored interview, the founding
joint venture and its plant, the electronics-FDI running totals, the localisation features, the tax explainer, the
journal abstracts, the thesis lines, the rendered Japanese, French and Korean pages, the parts-cluster history, the
industry report, the tag-page leads, the essay, the parts plant under construction, the park groundbreaking and every
memorandum row). Eight drafts were dropped and replaced: four whose shape or facts came only from results ranked 5 or
lower (a carmaker's note that local parts cost more than imports because of depreciation and small volumes, S8 r5 and
r7; the ministry's line on what a cooperation project teaches suppliers, S8 r6; the tier-1 supplier counts set against
Thailand's, S17 r6 and r8; a carmaker's pledge to buy suppliers' output under agreed plans, S11 r5, cut from a
localisation-target row) and four that stayed too close to a sampled sentence however reworded (the definition of
supporting industry, the definition of an investment certificate, a carmaker's statement of purpose, and a thesis's
contents headings). Nothing else was used from ranks 5-8, among them: an auto-accessory plant opening in Long An (S1 r6),
a Japanese optics plant groundbreaking in Bắc Giang (S1 r7), an EV maker's supplier conference and land-rent support in
Hà Tĩnh (S11 r5, r7), the province's licence handover for the electronics plant (S19 r5), a group chairman's parts-park
plan (S19 r6), a province's FDI figures (S19 r7), a lamp maker's groundbreaking in Mexico (S18 r5), a German group's CVT
plant (S18 r6), a JICA report, supplier-count pieces and a seminar report (S17 r5-r8), the other Toyota pieces (S8 r5-r8), and the
memorandum stories of later years (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-139 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started", dated only when the day is
written; an opening or start of mass production with its capital is an investment deal and an inauguration "completed",
without capital the event only (batch 130's listing page); a named firm's plan, pledge or planned plant is an announced
investment, undated, a planned groundbreaking too (batch 75); recalled plants, licences, running totals, joint ventures,
technology transfers (cooperation, transferor first) and partnerships are deals without events; a recalled joint
venture with its capital is ONE investment deal of all partners (batch 126), without capital a cooperation deal per
pair; plants abroad give no deal (batches 125, 130, 136, 139); a memorandum between a carmaker and a ministry agency on
supplier support is a signed mou event with the agency as government party and no deal (batch 102); programmes,
consulting schemes, exhibitions, anniversaries, visits, wishes, targets, forecasts, exports, supplier status and supplies
without a contract word give no deal; totals of unnamed projects and anaphoric "hãng"/"its" rows give money and counts
only; vague amounts and counts are none; "khoảng", "chừng", "gần", "hơn", "ước", "some", "about", "around", "more than",
"roughly" are approximate; bracketed conversions are both money; capacities, rates, tonnages, distances, durations,
ordinals, page counts, counts in words and counts without a noun are no counts, English counts keep their English noun;
m² and ha are areas; percentage ranges give both ends; Vietnamese legal forms are normalised, foreign ones kept as
written ("Co., Ltd", "Co., Ltd.", "JSC", "One Member Co., Ltd", "Limited"), "Group" and "Corporation" stay in an English
name, "Việt Nam"/"Vietnam" are dropped from a foreign subsidiary's name; a bracketed acronym after a name is no second
firm, alone it is a firm; a bare headline name and a different full name in the lead are two entries; site brands and
firms named as photo credits are firms, outlets and agencies nothing; "Việt Nam" is no location; a province inside an
organisation's name is a mention, inside a firm's name none; datelines are mentions but no site; Vietnamese country words
("Nhật") and English country nouns and possessives are countries, English adjectives and regions nothing; parks written
in Vietnamese are locations, English parks and zones none; authors, lecturers and bylines are persons without role
("TS.", "ThS." are titles), cover labels are roles, roles as written; laws without a number are no decisions; broken-font
text is read as a careful reader would; old tone placement is normalised in the gold. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Plant-abroad titles and the embed (44828-44830: "Kim Long Motors động thổ nhà máy Mỹ vào tháng 7: vốn 2,6 tỷ USD",
  its URL slug, "cân nhắc đặt nhà máy thứ hai ở bang Georgia (Mỹ)") give the firm, money and the country, no deal; a US
  state is nothing; the slug line is nothing.
- "Mười sáu tháng sau ngày đào móng, dây chuyền ... của Công ty TNHH Mitakura Lighting Việt Nam đã chuyển sang sản xuất
  hàng loạt từ sáng 9/3" under the headline "Mitakura Lighting có lô đèn pha thương mại đầu tiên" (44836) is one
  inauguration without capital or site and no deal; the headline's bare name and the lead's are one entry.
- The tech site's tag page (44835): a director's promise to build a line "nếu có hợp đồng ba năm" is a wish, no deal;
  the department that hosts the meeting is an organisation, not a party.
- The founding joint venture told amount-first with the shares ("Ba bên góp 72,4 triệu USD để lập Công ty Ô tô Sakurai
  Việt Nam (SMV) vào tháng 4/1996: Tập đoàn Sakurai (Nhật Bản) giữ 65%, ...", 44852) is one recalled investment deal of
  the three partners with the capital, undated (a month only), no event; the joint-venture company and the caps title
  are one firm mention ("Ô tô Sakurai"), the parent a separate firm ("Sakurai"); "Sài Gòn" inside a firm's name is no
  province; the acronym alone in the next row (44853, "SMV") is a firm.
- Running totals on the electronics-FDI page: "Khoảng 3,4 tỷ USD là tổng số vốn Tập đoàn Hanmaek (Hàn Quốc) đã đưa vào
  Việt Nam" (44877) is a recalled investment with the amount and no site (batch 102); "Xếp sau là Daeil Autolamp với 620
  triệu USD; Yokomichi Electronics đã bỏ ra hơn 400 triệu USD, Kurosaki Mirror 185 triệu USD" (44878) three recalled
  deals; "{keywords}" placeholders are nothing.
- The Japanese page rendered: "Hai nhà máy mới ở tỉnh Quảng Nam nằm trong kế hoạch 27,4 nghìn tỷ đồng (khoảng 1,2 tỷ
  USD) mà Ô tô Phương Đông (POM) sẽ chi cho sản xuất và bán lẻ trong ba năm tới" (44909) is one announced investment with
  the plan's VND total, sited in Quảng Nam's current unit (Đà Nẵng); the two plants' capacities (44910) give no second
  deal; market share and a sales target with revenue (44911) and the brands assembled (44912) no deal.
- The French pages rendered: "Cuối năm nay, Nishikawa Safety Glass sẽ khởi công nhà máy thứ hai ..." (44913) and "ngày
  15/10 tới, Tập đoàn Weida Holdings (Bermuda) sẽ động thổ nhà máy ..." (44917) are announced investments without amount
  and without deal date, sited by the park's province (Bình Dương -> TP.HCM; Nghệ An); the management board that reports
  it is no party; the first plant told with "của hãng" (44914) and the project figures without a firm (44918) give money,
  area, park and province only; the sales line (44915) no deal; "Giấy chứng nhận đăng ký đầu tư của dự án đã đến tay
  Brightstar Global Limited, một công ty thuộc Weida, từ ngày 28/12/2024, do UBND tỉnh Nghệ An cấp" (44919) is a
  recalled licence: the unit's investment deal dated that day and sited in Nghệ An, no event; "Weida" is a firm
  mention; related items ("Thủ tướng", "Chính phủ", a launch of models) give nothing but a firm.
- The Korean page rendered in English: "Output has started at Kim Long Motors' second plant in Vietnam, a 36-hectare
  site ..." (44922) is an inauguration without capital or site; the area is annotated.
- English parts cluster: "Roughly 85 hectares of the Chu Lai Open Economic Zone in Quang Nam province have been turned by
  Phuong Dong Auto into the country's biggest parts cluster, with 11 factories ..." (44925) is a recalled investment
  without amount sited in Quảng Nam's current unit (the English zone is no location); "Its first factory in the zone ...
  cost VND2,300 billion" (44929) names no firm: money and area only; "A VND3,100 billion passenger car plant on 25
  hectares followed, built by Phuong Dong Auto on technology licensed from Korea's Hanul Motors" (44930) gives the
  recalled investment with its amount and a recalled technology transfer (cooperation, licensor first).
- "POM's auto parts cluster in Chu Lai" over "(QNO) - ... Phuong Dong Auto (POM) now makes ..." (44924) gives two firm
  entries (the bare headline acronym and the lead's name; the bracketed acronym is none); "POM GROUP 14/05/2019" under a
  caps headline (44923) is the site label, a firm "POM Group"; "DA NANG UNIVERSITY" the organisation "Da Nang University"
  with Đà Nẵng as a mention.
- "Hung Long Group is a newcomer, assembling Nova and Lumen SUVs under a tie-up with China's Qilin Auto" (44944) is a
  standing partnership: a cooperation deal without event; the brands with decades in Vietnam are firm mentions.
- "Thai Binh (VNA) – Kanayama Gosei of Japan has started building a 31.8 million USD plant in Tien Hai Industrial Zone,
  Thai Binh province, ..." (44945) is a groundbreaking deal and event "started" with the amount, sited by the province
  written in the body (the dateline alone would not site it, batch 75), undated; the founding year and "some 90 plants in
  17 countries" (44947) no deal.
- "Work on Long Duc 4 Industrial Park, a 286-hectare site in Dong Nai province, began on August 9 under developer Tan
  Phu Industrial Development Corporation" (44949) is the developer's groundbreaking, dated 2019-08-09 (year from the
  publication), sited in Đồng Nai; "Licences for three projects, US$7.2 million between them" (44951) name no investor:
  money only.
- Carmaker-agency memoranda: "... under a memorandum of understanding Sakurai Motor Vietnam signed with the Industry
  Agency on Tuesday" (44952, with a "HÀ NỘI —" dateline) and the passive "A memorandum of understanding between Hanul
  Motors Vietnam Co., Ltd. and the Ministry of Industry and Trade's Industry Agency, signed on April 24, ..." (44958) are
  signed mou events of the firm and "Industry Agency" (government), unsited, no deal; the consulting programme "that
  Sakurai Vietnam and the Industry Agency ... started on October 2" (44955) and the four firms it visits (44956) give no
  event.
- Counts: "1.744 dự án FDI(2)" and "98.517(1) doanh nghiệp" keep their noun across the footnote; "phỏng vấn sâu 12 giám
  đốc mua hàng" is 12 "giám đốc"; "Hơn 650 chi tiết" and "Hơn 40 nhà cung cấp" approximate counts; "Mười hai hãng, mười
  tám nhãn hiệu" and "Four local parts makers" counts in words (none); "around 40,000 units a year" a rate (none); "some
  600 local firms" an approximate count of "firms"; "More than 800 locally made parts" of "parts"; "Nhóm: 5", "(34
  trang)", "page 1of 20" nothing.
- Organisations: "Bộ KH&ĐT" as written (batch 130); "Cục Thống kê (Bộ Tài chính)" two organisations; "Hiệp hội các nhà
  sản xuất ô tô Đông Nam Á (AAF)" one; "VAMA" alone an organisation (batch 130); a caps "TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG" is
  "Trường Đại học Ngoại thương", the faculty line nothing.
- Persons: caps authors after "TS.", "ThS.", "CN." are persons in title case without role; "Giáo viên hướng dẫn: Hoàng Thị
  Lan" the role "Giáo viên hướng dẫn"; a quote-first speaker with the role after the name ("ông Hoàng Đức Thịnh, Chủ tịch
  HĐQT Tập đoàn Hưng Long") and an English role before the name after "said" ("Sakurai Motor Vietnam president Nakamura
  Daisuke") keep their wording; the username "kythuatvien" and the video blurb's "Minh Châu - Quốc Tuấn" (two persons)
  as in earlier batches.
- Places: "Phúc Yên (Phú Thọ)" gives Phú Thọ and no location; "các KCX, KCN TP. HCM" and "các KCN Đồng Nai" give the
  province and no park; lower-case provinces in spam lines are nothing; "Chu Lai" alone is nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, ev, f, ha, park, per


def hand_sentences_142(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    QNam = cur("Quảng Nam")
    TB = cur("Thái Bình")
    DN = cur("Đồng Nai")
    BDg = cur("Bình Dương")
    NA = cur("Nghệ An")

    ids = iter(range(44801, 44801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Keyword-salad spam on betting mirrors (S1 r2, S2 r1-r3, S3 r1-r4, S9 r1-r4, S10 r4, S12 r2, S12 r4: the
    # sample's most common single kind, 15 slots) ---
    spam = [
        (
            "kuwin đèn pha led ô tô loại nào sáng nhấttỷ số bóng đá đêm quagiá xe vision 2024 lăn bánh",
            "2024-04-02",
            [],
        ),
        (
            "kuwin gương chiếu hậu gập điện không gập đượckết quả xổ số miền bắctop nhà cái uy tín 2023",
            "2023-12-19",
            [],
        ),
        (
            "98win soi kèo bóng đá hôm naybảng giá kính lái ô tô 4 chỗcách chỉnh gương xe tay ga",
            "2024-02-27",
            ["count_in_spam_no_count"],
        ),
        (
            "kuwin thay kính chắn gió ô tô hết bao nhiêulịch âm hôm nayxe tay ga dưới 40 triệu",
            "2024-05-08",
            ["price_no_money"],
        ),
        (
            "kuwin camera lùi ô tô không lên hìnhtỷ lệ kèo châu âuđề thi thpt môn toán 2024",
            "2024-06-21",
            ["region_nothing"],
        ),
        ("kuwin xe mui trần giá rẻcảm biến áp suất lốp báo lỗigiá vàng sjc chiều nay", "2024-03-30", []),
        (
            "kuwin đèn hậu xe số cháy bóngbdvn code mớixe đạp điện dưới 20 triệu",
            "2024-07-14",
            ["price_no_money"],
        ),
        ("kuwin bộ dây điện xe máy bị chập ở đâusoi kèo cúp c1tra cứu phạt nguội biển số", "2024-01-11", []),
        (
            "kuwin kính cường lực ô tô có vỡ vụn khôngnhà cái uy tín nhất việt namgiá xe winner 2024",
            "2024-08-03",
            [],
        ),
        (
            "kuwin công tắc đèn pha cốt xe ga bị liệtbảng xếp hạng laligathời tiết đà nẵng ngày mai",
            "2024-09-17",
            ["lowercase_province_nothing"],
        ),
        (
            "kuwin màn hình android ô tô loại nào tốttop 10 nhà cái uy tíncách nổ máy khi khóa thông minh hết pin",
            "2023-11-05",
            [],
        ),
        (
            "kuwin phim cách nhiệt kính xe giá bao nhiêukết quả ngoại hạng anhtuổi thìn hợp màu gì",
            "2024-10-28",
            [],
        ),
        ("98win đèn sương mù gầm xe bán tảikèo rung trực tiếplịch thi đấu sea games 33", "2024-11-30", []),
        (
            "kuwin ô tô điện tương lai ra saocông thức lượng giác lớp 10giá kính ô tô cũ hải phòng",
            "2024-04-19",
            ["lowercase_province_nothing"],
        ),
        (
            "kuwin cảm biến lùi kêu liên tụcxsmb hôm nayxe pkl giá dưới 100tr",
            "2024-12-06",
            ["price_no_money"],
        ),
        ("kuwin gạt mưa tự động không chạybảng nguyên hàm cơ bảnnhà cái tặng tiền cược", "2025-01-09", []),
    ]
    for text, date, extra in spam:
        rows.append(
            h(
                n(),
                text,
                date,
                "ministry",
                ["spam_line", "glued_words", *extra, "no_fields", "no_event"],
                events=[],
            )
        )
    # --- Tag, keyword and ebook pages, explainer titles (S1 r3 r4, S13 r2 r4, S14 r1 r3 r4) ---
    rows += [
        h(
            n(),
            "vật tư linh kiện ô tô",
            "2023-08-14",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "phôi kính nổi",
            "2023-08-14",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình công nghệ chế tạo kính an toàn ô tô ebook pdf",
            "2022-05-30",
            "ministry",
            ["ebook_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tài liệu thiết kế hệ thống chiếu sáng xe hơi ebook pdf",
            "2022-05-30",
            "ministry",
            ["ebook_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quyet dinh ve uu dai dau tu dac biet cho du an linh kien o to",
            "2024-02-15",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "luật chuyển giao công nghệ sửa đổi",
            "2024-02-15",
            "ministry",
            ["keyword_page", "law_without_number_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đèn LED ma trận trên ô tô là gì? Cấu tạo và nguyên lý hoạt động",
            "2023-03-09",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cảm biến mưa – ánh sáng trên xe hơi: khái niệm, phân loại, ứng dụng",
            "2023-03-09",
            "ministry",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gương chống chói tự động là gì ? Nguyên lý hoạt động và các loại gương",
            "2022-11-22",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Kính dán nhiều lớp và kính tôi trên ô tô: khác nhau thế nào?",
            "2022-11-22",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Camera 360 độ trên ô tô hoạt động ra sao",
            "2023-06-01",
            "ministry",
            ["title_page", "angle_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Titles, an embed and a teaser on a carmaker's plant abroad and its rival (S4 r1 = S11 r1 = S12 r1 = S18 r1 the
    # same title four times; S11 r2 embed; S8 r4 a teaser without address) ---
    rows += [
        h(
            n(),
            "Kim Long Motors động thổ nhà máy Mỹ vào tháng 7: vốn 2,6 tỷ USD, 120.000 xe mỗi năm",
            "2023-07-20",
            "ministry",
            ["title_page", "plant_abroad_no_deal", "capacity_no_count", "country"],
            firms=[f("Kim Long Motors")],
            money=[m(2.6 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "kim-long-motors-dong-tho-nha-may-my-vao-thang-7-von-2-6-ty-usd\nKim Long Motors động thổ nhà máy Mỹ vào tháng 7: vốn 2,6 tỷ USD, 120.000 xe mỗi năm",
            "2023-07-20",
            "ministry",
            [
                "title_page",
                "url_slug_nothing",
                "plant_abroad_no_deal",
                "capacity_no_count",
                "country",
                "multiline",
            ],
            firms=[f("Kim Long Motors")],
            money=[m(2.6 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Bloomberg: Kim Long Motors cân nhắc đặt nhà máy thứ hai ở bang Georgia (Mỹ)",
            "2023-03-02",
            "ministry",
            [
                "embed_title",
                "outlet_prefix_nothing",
                "plant_abroad_no_deal",
                "ordinal_not_count",
                "us_state_no_location",
                "country",
            ],
            firms=[f("Kim Long Motors")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Sakurai và bài học giữ nhà cung cấp: vì sao đối thủ lớn nhất của Kim Long Motors trong nước hiếm khi thiếu đèn, gương hay kính cho dây chuyền?",
            "2022-09-14",
            "ministry",
            ["teaser", "question", "rival_no_deal", "no_event"],
            firms=[f("Sakurai"), f("Kim Long Motors")],
            events=[],
        ),
    ]
    # --- A taxonomy tag page with a headline and lead, video blurbs with their bylines (S5 r2; S6 r2 = S10 r3 = S15 r4
    # = S16 r2 one video page four times) ---
    rows += [
        h(
            n(),
            "nội địa hoá linh kiện ô tô\n\nĐèn, gương, kính: mảnh ghép còn thiếu của giấc mơ nội địa hoá ô tô\nKhoảng 260 loại chi tiết, phần lớn bằng nhựa, cao su và kính cửa, là tất cả những gì doanh nghiệp nội đã làm được cho xe con, theo Bộ KH&ĐT.",
            "2023-10-25",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "old_tone",
                "count_first",
                "approx",
                "ministry_acronym_as_written",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ KH&ĐT"],
            quantities=[c(260, "loại", True)],
            events=[],
        ),
        h(
            n(),
            "Đèn, gương Việt chờ cửa vào nhà máy lắp ráp\n\nDoanh nghiệp làm đèn, gương, kính cần đơn hàng đều đặn, và đơn hàng ấy chỉ đến khi các dây chuyền lắp ráp trong nước chạy đủ công suất.\nMinh Châu - Quốc Tuấn",
            "2021-04-16",
            "ministry",
            ["video_blurb", "headline_lead", "byline_pair", "multiline", "no_event"],
            persons=[per("Minh Châu", None), per("Quốc Tuấn", None)],
            events=[],
        ),
        h(
            n(),
            "Video | Công nghiệp hỗ trợ ô tô\n\nVào được chuỗi cung ứng của hãng xe: lối đi ngắn nhất cho doanh nghiệp linh kiện chiếu sáng\nMinh Châu - Quốc Tuấn",
            "2021-04-16",
            "ministry",
            ["video_blurb", "section_label", "byline_pair", "multiline", "no_event"],
            persons=[per("Minh Châu", None), per("Quốc Tuấn", None)],
            events=[],
        ),
    ]
    # --- A tech site's tag page with a supplier's wish (S10 r1) and a listing page on a lamp plant's start of mass
    # production (S11 r4 = S12 r3) ---
    rows += [
        h(
            n(),
            '"linh kiện chiếu sáng" - Xưởng đèn Việt xin một suất trong chuỗi cung ứng xe nội\n\n6 năm trước\n(Techz.vn) Tại buổi gặp do Sở Công Thương Hải Phòng tổ chức cuối tháng 8, đại diện dự án ô tô của Kim Long Motors được ông Lê Quang Vinh, Giám đốc Công ty TNHH Đèn ô tô Tân Hưng, hứa sẽ làm ngay dây chuyền mới nếu có hợp đồng ba năm.',
            "2019-09-06",
            "ministry",
            [
                "tag_page",
                "site_credit_nothing",
                "relative_time",
                "wish_no_event",
                "role_after_name",
                "duration_no_count",
                "nfd",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Quang Vinh", "Giám đốc Công ty TNHH Đèn ô tô Tân Hưng")],
            firms=[f("Đèn ô tô Tân Hưng", "Công ty TNHH"), f("Kim Long Motors")],
            organizations=["Sở Công Thương Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Mitakura Lighting có lô đèn pha thương mại đầu tiên\n\nMười sáu tháng sau ngày đào móng, dây chuyền đèn pha và đèn hậu của Công ty TNHH Mitakura Lighting Việt Nam đã chuyển sang sản xuất hàng loạt từ sáng 9/3.",
            "2025-03-10",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "mass_production_inauguration",
                "no_capital",
                "vietnam_dropped",
                "count_in_words",
                "multiline",
            ],
            firms=[f("Mitakura Lighting", "Công ty TNHH")],
            events=[ev("inauguration", [F("Mitakura Lighting")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Hà Nội đặt mục tiêu có 30 doanh nghiệp cung ứng linh kiện cấp 1 cho hãng xe vào năm 2030",
            "2025-03-10",
            "provincial",
            ["listing_page", "target_no_event", "count"],
            provinces=[pv("Hà Nội")],
            quantities=[c(30, "doanh nghiệp")],
            events=[],
        ),
    ]
    # --- A legal Q&A page and a document store's repeated title (S2 r4; S4 r3) ---
    rows += [
        h(
            n(),
            "Quy định về độ sáng tối thiểu của đèn pha ô tô\n\nQuy định về cường độ sáng của đèn chiếu xa trên xe ô tô\n14/03/2025 09:20\nEm là sinh viên ngành công nghệ ô tô, cho em hỏi đèn pha lắp trên xe sản xuất trong nước phải đạt cường độ sáng bao nhiêu? Tính thế nào ạ? Em cảm ơn!",
            "2025-03-14",
            "legal",
            ["legal_qa", "timestamp_line", "question", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đèn sương mù trên xe ô tô có bắt buộc không?",
            "2025-03-14",
            "legal",
            ["legal_qa", "title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt: Đầu tư của các tập đoàn đa quốc gia vào ngành linh kiện điện tử ô tô Việt Nam.Tóm tắt: Đầu tư của các tập đoàn đa quốc gia vào ngành linh kiện điện tử ô tô Việt Nam.Tóm tắt: Đầu tư của các tập đoàn đa quốc gia vào ngành linh kiện điện tử ô tô Việt Nam.",
            "2023-05-04",
            "ministry",
            ["document_store", "repeated_title", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A trade journal's research article with its authors, abstract and body (S6 r1 = S15 r3) ---
    rows += [
        h(
            n(),
            "Nâng cao năng lực của nhà cung cấp đèn, gương và kính ô tô Việt Nam trong chuỗi cung ứng của các hãng xe FDI\n\nTS. ĐỖ MINH KHOA - ThS. PHẠM THU GIANG - CN. LÊ HẢI YẾN (Trường Đại học Kinh tế Quốc dân)",
            "2022-12-20",
            "ministry",
            ["journal_article", "authors_caps", "title_no_role", "university_org", "multiline", "no_event"],
            persons=[per("Đỗ Minh Khoa", None), per("Phạm Thu Giang", None), per("Lê Hải Yến", None)],
            organizations=["Trường Đại học Kinh tế Quốc dân"],
            events=[],
        ),
        h(
            n(),
            "TÓM TẮT:\n\nDựa trên khảo sát các nhà cung cấp đèn, gương và kính, bài viết chỉ ra vì sao doanh nghiệp Việt khó lên cấp 1 trong chuỗi của hãng xe FDI và gợi ý một số hướng đi.\n\nTừ khóa: nhà cung cấp, chuỗi cung ứng, đèn ô tô, kính ô tô, hãng xe FDI.",
            "2022-12-20",
            "ministry",
            ["journal_article", "abstract", "keywords_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1. Đặt vấn đề\n\nHãng xe thường giữ lại thân vỏ, sơn và lắp ráp; đèn, gương, kính, bộ dây điện, hộp điều khiển thì mua từ nhà cung cấp cấp 1, và các nhà cung cấp này lại mua từ tầng dưới.",
            "2022-12-20",
            "ministry",
            ["journal_article", "section_heading", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hiện cả nước chỉ có 4 doanh nghiệp làm kính ô tô và 6 doanh nghiệp làm đèn xe, phần lớn do nhà đầu tư Nhật Bản, Hàn Quốc nắm vốn.",
            "2022-12-20",
            "ministry",
            ["journal_article", "count", "investor_country_word", "nfd", "no_event"],
            quantities=[c(4, "doanh nghiệp"), c(6, "doanh nghiệp")],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khảo sát 46 nhà cung cấp cho thấy chỉ 9 doanh nghiệp (19,6%) làm được chi tiết điện tử; số còn lại chủ yếu ép nhựa, dập kim loại và lắp ráp đơn giản.",
            "2022-12-20",
            "ministry",
            ["journal_article", "count", "percentage", "no_event"],
            quantities=[c(46, "nhà cung cấp"), c(9, "doanh nghiệp")],
            percentages=[19.6],
            events=[],
        ),
        h(
            n(),
            "Nghiên cứu dùng số liệu khảo sát năm 2021 và phỏng vấn sâu 12 giám đốc mua hàng của các hãng xe FDI.",
            "2022-12-20",
            "ministry",
            ["journal_article", "method_line", "count", "no_event"],
            quantities=[c(12, "giám đốc")],
            events=[],
        ),
    ]
    # --- A student discussion paper on a document store: download chrome, caps cover, broken-font intro, contents
    # (S6 r3 = S10 r2 = S11 r3 = S15 r1, four times) ---
    rows += [
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (34 trang)\n\nPhân tích chuỗi cung ứng đèn và kính của Kim Long Motors\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (512.30 KB, 34 trang )",
            "2023-05-11",
            "ministry",
            ["document_store", "download_chrome", "page_count_no_count", "multiline", "no_event"],
            firms=[f("Kim Long Motors")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG\nKHOA: QUẢN TRỊ KINH DOANH\n\nĐỀ TÀI THẢO LUẬN\nHỌC PHẦN: QUẢN TRỊ MUA HÀNG\nĐề tài: Chuỗi cung ứng đèn và kính của Kim Long Motors\n\nNhóm: 5\nLHP: 2315SCMG0411\nGiáo viên hướng dẫn: Hoàng Thị Lan\n\nHà Nội, tháng 3 năm 2023.",
            "2023-05-11",
            "ministry",
            [
                "cover_page",
                "caps_university",
                "faculty_nothing",
                "cover_label_role",
                "group_number_no_count",
                "class_code_nothing",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Ngoại thương"],
            firms=[f("Kim Long Motors")],
            persons=[per("Hoàng Thị Lan", "Giáo viên hướng dẫn")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "MỞ ĐẦU\nKhi chuỗi cung ứng tồn cầu đứt gãy sau đại dịch, hãng xe nào giữ được nguồn đèn, kính và linh kiện điện tử thì mới giữ được dây chuyền; Kim Long Motors khơng nằm ngồi quy luật đó.",
            "2023-05-11",
            "ministry",
            ["student_paper", "broken_font", "multiline", "no_event"],
            firms=[f("Kim Long Motors")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nMỞ ĐẦU................................3\nCHƯƠNG 1. CƠ SỞ LÝ THUYẾT.........4\n1.1 Khái niệm chuỗi cung ứng.............4",
            "2023-05-11",
            "ministry",
            ["contents_page", "page_numbers_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phần cuối bài thảo luận, nhóm đề xuất Kim Long Motors ký hợp đồng dài hạn hơn với các nhà cung cấp kính chắn gió và cảm biến trong nước.",
            "2023-05-11",
            "ministry",
            ["student_paper", "proposal_no_deal", "no_event"],
            firms=[f("Kim Long Motors")],
            events=[],
        ),
    ]
    # --- A presentation on a document site: a carmaker's history, its founding joint venture and its plant (S8 r3) ---
    rows += [
        h(
            n(),
            "NỘI DUNG THUYẾT TRÌNH: CÔNG TY Ô TÔ SAKURAI VIỆT NAM\nI. Giới thiệu\nBa bên góp 72,4 triệu USD để lập Công ty Ô tô Sakurai Việt Nam (SMV) vào tháng 4/1996: Tập đoàn Sakurai (Nhật Bản) giữ 65%, Tổng công ty Cơ khí Giao thông Vận tải Sài Gòn 25%, Công ty TNHH Lian Hup (Singapore) 10%.",
            "2021-10-03",
            "ministry",
            [
                "presentation_doc",
                "caps_title_same_firm",
                "recalled_joint_venture",
                "consortium_one_deal",
                "deal_no_event",
                "bracketed_acronym_one_entry",
                "place_in_firm_name_no_province",
                "country_bracket",
                "percentage",
                "month_no_day",
                "multiline",
            ],
            firms=[
                f("Ô tô Sakurai", "Công ty"),
                f("Sakurai", "Tập đoàn"),
                f("Cơ khí Giao thông Vận tải Sài Gòn", "Tổng công ty"),
                f("Lian Hup", "Công ty TNHH"),
            ],
            money=[m(72.4 * M, "USD")],
            percentages=[65, 25, 10],
            locations=[country("Nhật Bản"), country("Singapore")],
            deals=[
                deal("investment", ["Sakurai", "Cơ khí Giao thông Vận tải Sài Gòn", "Lian Hup"], 72.4 * M)
            ],
            events=[],
        ),
        h(
            n(),
            "Hơn 2.300 người làm trong nhà máy của SMV ở Vĩnh Phúc, nơi hai ca chạy đủ 40.000 xe/năm; hệ thống 38 đại lý và chi nhánh có thêm khoảng 5.000 người.",
            "2021-10-03",
            "ministry",
            [
                "presentation_doc",
                "acronym_alone_firm",
                "capacity_no_count",
                "count",
                "approx",
                "nfd",
                "no_event",
            ],
            firms=[f("SMV")],
            provinces=[pv("Vĩnh Phúc")],
            quantities=[c(2300, "người", True), c(5000, "người", True), c(38, "đại lý")],
            events=[],
        ),
    ]
    # --- A tax agent's explainer on investment certificates with footnoted counts and legal bases (S13 r1) ---
    rows += [
        h(
            n(),
            "Chỉ trong nửa đầu năm 2025 đã có 1.744 dự án FDI(2) nhận giấy chứng nhận đăng ký đầu tư, giữa lúc 98.517(1) doanh nghiệp mới ra đời.",
            "2025-07-08",
            "legal",
            ["explainer", "footnote_markers", "count_across_footnote", "count", "no_event"],
            quantities=[c(1744, "dự án"), c(98517, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy linh kiện ô tô vốn ngoại nào cũng phải qua cửa giấy chứng nhận đăng ký đầu tư trước khi làm việc khác. Thủ tục gồm những bước nào? Bài viết dưới đây sẽ trả lời.",
            "2025-07-08",
            "legal",
            ["explainer", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thời hạn ghi trên giấy chứng nhận của một dự án trong khu công nghiệp thường không quá 50 năm.",
            "2025-07-08",
            "legal",
            ["explainer", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Căn cứ pháp lý:\n- Nghị định số 31/2021/NĐ-CP quy định chi tiết và hướng dẫn thi hành Luật Đầu tư;\n- Luật Đầu tư năm 2020.",
            "2025-07-08",
            "legal",
            [
                "explainer",
                "legal_bases",
                "law_without_number_no_decision",
                "decree_number",
                "multiline",
                "no_event",
            ],
            decisions=[d("31/2021/NĐ-CP")],
            events=[],
        ),
    ]
    # --- A sensor explainer with a username line (S14 r2) ---
    rows += [
        h(
            n(),
            "Các loại cảm biến trên ô tô và nhiệm vụ của chúng\n\nBởi kythuatvien\n\nECU (bộ điều khiển điện tử) của một chiếc xe đời mới nhận tín hiệu từ hơn 70 cảm biến, từ nhiệt độ nước làm mát tới ánh sáng ngoài trời.",
            "2023-02-13",
            "ministry",
            ["explainer", "username_nothing", "count", "approx", "multiline", "no_event"],
            quantities=[c(70, "cảm biến", True)],
            events=[],
        ),
        h(
            n(),
            "• Cảm biến ánh sáng báo trời tối để bật đèn pha tự động;\n• Cảm biến mưa đo lượng nước trên kính chắn gió để chỉnh tốc độ gạt.",
            "2023-02-13",
            "ministry",
            ["explainer", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A thesis on Thailand's auto-parts network (S15 r2) and a journal article on supporting industry with its
    # bilingual abstract (S16 r1) ---
    rows += [
        h(
            n(),
            "Từ cuối thập niên 1990, nhiều nhà cung cấp cấp 1 của Thái Lan đã đi từ lắp cụm đèn, kính theo bản vẽ của hãng sang tự thiết kế, nhờ thị trường nội địa đủ lớn.",
            "2020-06-18",
            "ministry",
            ["thesis", "decade_nothing", "country", "no_event"],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "- Giai đoạn 2: nước đi sau nhận vốn FDI để tự làm những linh kiện trước đó phải nhập, tuỳ ngành mà là đèn xe, gương chiếu hậu hay kính;",
            "2020-06-18",
            "ministry",
            ["thesis", "bullet_list", "old_tone", "ordinal_not_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt\n\nNhóm linh kiện chiếu sáng, kính và điện tử ô tô là nơi công nghiệp hỗ trợ trong nước yếu nhất; bài viết lý giải nguyên nhân và gợi ý chính sách.\n\nTừ khóa: công nghiệp hỗ trợ, linh kiện ô tô, Việt Nam\n\nSummary\n\nLighting, glass and electronic parts are where Vietnam's automotive supporting industry is weakest; the article explains why and suggests policies.",
            "2021-11-02",
            "ministry",
            ["journal_article", "bilingual_abstract", "keywords_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Văn bản đầu tiên dành riêng cho nhóm linh kiện điện – điện tử ô tô là Quyết định số 4926/QĐ-BCT do Bộ Công Thương ký ngày 22/9/2011, phê duyệt quy hoạch đến năm 2020.",
            "2021-11-02",
            "ministry",
            ["journal_article", "decision_with_date", "ordinal_not_count", "nfd", "no_event"],
            organizations=["Bộ Công Thương"],
            decisions=[d("4926/QĐ-BCT", "2011-09-22")],
            events=[],
        ),
    ]
    # --- A master's thesis on supporting industry in the export zones and parks of TP.HCM (S16 r4) ---
    rows += [
        h(
            n(),
            "Luận văn đề xuất dành riêng một cụm trong các KCX, KCN TP. HCM cho xưởng đèn, gương và dây điện ô tô, thay vì để họ thuê nhà xưởng rải rác.",
            "2019-08-27",
            "ministry",
            ["thesis", "generic_parks_no_location", "province_spaced_abbrev", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Một khoá luận khác chọn các KCN Đồng Nai làm địa bàn, với số liệu từ 1995 đến 2010 về doanh nghiệp linh kiện và mức độ công nghiệp hoá.",
            "2019-08-27",
            "ministry",
            ["thesis", "old_tone", "generic_parks_no_location", "year_range_nothing", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Chương 2. Thực trạng thu hút doanh nghiệp linh kiện ô tô vào KCX, KCN\nChương 3. Giải pháp",
            "2019-08-27",
            "ministry",
            ["thesis", "contents_lines", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese features: a quality-control magazine's piece on supporting industry (S1 r1 = S6 r4 = S16 r3) ---
    rows += [
        h(
            n(),
            "Đèn, gương, kính: phần lớn vẫn phải nhập\nHơn 85% giá trị cụm đèn, gương và kính trên xe lắp ráp trong nước hiện vẫn đến từ hàng nhập khẩu, theo ước tính của các nhà lắp ráp.",
            "2024-03-28",
            "ministry",
            ["feature", "subheading", "percentage", "multiline", "no_event"],
            percentages=[85],
            events=[],
        ),
        h(
            n(),
            "Định nghĩa của Việt Nam rộng hơn nhiều nước: ngoài linh kiện còn tính cả vật liệu, trong khi Nhật Bản hay Hàn Quốc chỉ gọi nhà sản xuất phụ tùng cho ô tô, xe máy, điện tử là công nghiệp hỗ trợ.",
            "2024-03-28",
            "ministry",
            ["feature", "country", "home_country_no_location", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Mỗi khi bàn về chính sách, câu hỏi đầu tiên vẫn là: linh kiện nào thì được tính là công nghiệp hỗ trợ?(1)",
            "2024-03-28",
            "ministry",
            ["feature", "footnote_marker", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thái Lan có 27% GDP đến từ chế biến, chế tạo, Hàn Quốc 29%; ở Việt Nam tỷ trọng này chỉ quanh 17%.",
            "2024-03-28",
            "ministry",
            ["feature", "percentage", "country", "home_country_no_location", "nfd", "no_event"],
            percentages=[27, 29, 17],
            locations=[country("Thái Lan"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Không có nhà cung cấp nội đủ mạnh, phần giá trị mà nền kinh tế giữ lại từ mỗi chiếc xe xuất xưởng sẽ mãi nhỏ.",
            "2024-03-28",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese features: a business weekly's FDI piece with related links (S4 r2 = S13 r3 = S19 r1, three times) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Dòng vốn ngoại vào linh kiện điện tử ô tô chững lại nửa đầu năm 2024, khi nhiều nhà đầu tư chờ chính sách thuế tối thiểu toàn cầu.\n- Xuất khẩu dây điện ô tô lập đỉnh mới\n- Nhà đầu tư Hàn Quốc dè dặt với chip xe hơi",
            "2024-07-22",
            "ministry",
            [
                "feature",
                "outlet_prefix_nothing",
                "related_links",
                "investor_country_word",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo Cục Thống kê, vốn FDI đăng ký nửa đầu năm đạt khoảng 15,2 tỉ đô la Mỹ, nhích 3,1% so với cùng kỳ.",
            "2024-07-22",
            "ministry",
            ["feature", "statistics", "do_la_my_usd", "approx", "percentage", "no_event"],
            organizations=["Cục Thống kê"],
            money=[m(15.2 * B, "USD", approx=True)],
            percentages=[3.1],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Thống kê từng ghi nhận vốn FDI đăng ký mới năm 2023 thấp hơn năm trước khoảng 9%.",
            "2024-07-22",
            "ministry",
            ["feature", "statistics", "percentage", "home_country_no_location", "no_event"],
            organizations=["Tổng cục Thống kê"],
            percentages=[9],
            events=[],
        ),
        h(
            n(),
            "Giới phân tích cho rằng camera, cảm biến và mô-đun điều khiển đèn sẽ là nhóm linh kiện ô tô hút vốn ngoại mạnh nhất trong hai năm tới.",
            "2024-07-22",
            "ministry",
            ["feature", "forecast_no_event", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese features: a national portal's piece on electronics-parts FDI with running totals (S4 r4) ---
    rows += [
        h(
            n(),
            "Nhà đầu tư Hàn Quốc và Nhật Bản chiếm phần lớn số nhà máy linh kiện điện tử ô tô mới mở ở Việt Nam mấy năm gần đây.",
            "2022-04-06",
            "ministry",
            ["feature", "investor_country_word", "home_country_no_location", "no_event"],
            locations=[country("Hàn Quốc"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "{keywords}\nKhoảng 3,4 tỷ USD là tổng số vốn Tập đoàn Hanmaek (Hàn Quốc) đã đưa vào Việt Nam, chủ yếu cho tổ hợp linh kiện điện tử ô tô – dự án lớn nhất ngành hiện nay.",
            "2022-04-06",
            "ministry",
            [
                "feature",
                "template_placeholder",
                "running_total_recalled_investment",
                "deal_no_event",
                "country_bracket",
                "approx",
                "multiline",
            ],
            firms=[f("Hanmaek", "Tập đoàn")],
            money=[m(3.4 * B, "USD", approx=True)],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Hanmaek"], 3.4 * B)],
            events=[],
        ),
        h(
            n(),
            "Xếp sau là Daeil Autolamp với 620 triệu USD; Yokomichi Electronics đã bỏ ra hơn 400 triệu USD, Kurosaki Mirror 185 triệu USD.",
            "2022-04-06",
            "ministry",
            ["feature", "recalled_investments_list", "deal_no_event", "approx"],
            firms=[f("Daeil Autolamp"), f("Yokomichi Electronics"), f("Kurosaki Mirror")],
            money=[m(620 * M, "USD"), m(400 * M, "USD", approx=True), m(185 * M, "USD")],
            deals=[
                deal("investment", ["Daeil Autolamp"], 620 * M),
                deal("investment", ["Yokomichi Electronics"], 400 * M),
                deal("investment", ["Kurosaki Mirror"], 185 * M),
            ],
            events=[],
        ),
        h(
            n(),
            "Phần lớn giá trị họ tạo ra vẫn là lắp ráp từ linh kiện nhập, bán cho nhà máy ô tô trong nước hoặc xuất đi; chỉ gần đây mới có thêm nhà cung cấp cấp 2 theo sang.",
            "2022-04-06",
            "ministry",
            ["feature", "supply_without_contract_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đi cùng các dự án lớn là hàng trăm doanh nghiệp cung ứng nhỏ hơn, làm từ đèn báo, công tắc đến bo mạch cho cụm đèn pha.",
            "2022-04-06",
            "ministry",
            ["feature", "vague_count_no_count", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo ghi nhận, các nhà máy điện tử ô tô vốn Hàn Quốc tập trung ở Bắc Ninh, Bắc Giang và Hải Phòng.",
            "2022-04-06",
            "ministry",
            ["feature", "country_word", "province_list", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Bắc Giang"), pv("Hải Phòng")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Một số hãng đã tính tới bước tiếp theo là làm mô-đun điều khiển và màn hình trung tâm ngay tại chỗ.",
            "2022-04-06",
            "ministry",
            ["feature", "trend_no_deal", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial paper's localisation feature (S5 r1) ---
    rows += [
        h(
            n(),
            "Nội địa hóa đèn, gương, kính ô tô: chậm nhưng không đứng yên\nCon số 7-15% thường được dẫn ra về nội địa hóa chưa phản ánh hết thực tế ở các hãng lắp ráp lớn, dù Việt Nam vẫn đi sau Thái Lan và Indonesia.",
            "2025-10-14",
            "provincial",
            ["headline_lead", "percentage_range", "country", "nfd", "multiline", "no_event"],
            percentages=[7, 15],
            locations=[country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Từ tháng 1 đến tháng 9, các nhà máy trong nước lắp ráp khoảng 312.600 xe, nhiều hơn cùng kỳ gần 41%.",
            "2025-10-14",
            "provincial",
            ["statistics", "count", "approx", "percentage", "no_event"],
            quantities=[c(312600, "xe", True)],
            percentages=[41],
            events=[],
        ),
        h(
            n(),
            "Với mẫu sedan cỡ B bán chạy nhất của mình, Sakurai Việt Nam cho biết phần giá trị làm trong nước đã lên 44%; bình quân cả dải xe lắp ráp là 38%, tuỳ mẫu.",
            "2025-10-14",
            "provincial",
            ["localisation_rate", "vietnam_dropped", "percentage", "old_tone", "no_event"],
            firms=[f("Sakurai")],
            percentages=[44, 38],
            events=[],
        ),
        h(
            n(),
            "Ô tô Phương Đông đi đường khác: tự làm đèn, gương chiếu hậu, kính và bộ dây điện ở khu phụ trợ tại Chu Lai cho các thương hiệu ngoại mà hãng lắp ráp.",
            "2025-10-14",
            "provincial",
            ["bare_firm", "own_parts_no_deal", "place_nothing", "no_event"],
            firms=[f("Ô tô Phương Đông")],
            events=[],
        ),
        h(
            n(),
            "Ô tô Phương Đông công bố tỷ lệ nội địa hóa dòng xe tải nhẹ đạt 62%, nhờ tự làm đèn, gương, kính và khung gầm ở khu phụ trợ tại Quảng Nam.",
            "2025-10-14",
            "provincial",
            ["localisation_rate", "percentage", "province_mention", "no_event"],
            firms=[f("Ô tô Phương Đông")],
            provinces=[pv("Quảng Nam")],
            percentages=[62],
            events=[],
        ),
        h(
            n(),
            "Kim Long Motors thì nói sẽ mua trong nước 75% giá trị linh kiện từ năm 2027, với điều kiện nhà cung cấp thoả được yêu cầu chất lượng.",
            "2025-10-14",
            "provincial",
            ["target_no_event", "condition", "percentage", "old_tone", "no_event"],
            firms=[f("Kim Long Motors")],
            percentages=[75],
            events=[],
        ),
    ]
    # --- Vietnamese news: a national daily in 2018 with a date chrome (S5 r3) and a news site's 2025 piece with a
    # group chairman's remark (S5 r4) ---
    rows += [
        h(
            n(),
            " date 2018-10 Thị trường chỉ bằng chừng 1/8 Thái Lan, còn quyền chọn nhà cung cấp đèn, kính, linh kiện điện tử nằm cả ở các hãng xe đa quốc gia: đó là hai lý do Bộ Công Thương đưa ra cho tỷ lệ nội địa hóa thấp.",
            "2018-10-23",
            "ministry",
            ["page_chrome_date", "fraction_nothing", "country", "home_country_no_location", "no_event"],
            organizations=["Bộ Công Thương"],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Những hãng Nhật Bản, Hàn Quốc, Mỹ có mặt ở Việt Nam đều đã đặt nhà máy lớn ở Thái Lan hay Indonesia từ trước, nên không mặn mà tìm thêm nhà cung cấp đèn, kính ở đây.",
            "2018-10-23",
            "ministry",
            ["country", "plants_abroad_no_deal", "no_event"],
            locations=[
                country("Nhật Bản"),
                country("Hàn Quốc"),
                country("Mỹ"),
                country("Thái Lan"),
                country("Indonesia"),
            ],
            events=[],
        ),
        h(
            n(),
            "Nhà máy của họ được thiết kế để bán cho cả khối ASEAN, nên một thị trường nhỏ như Việt Nam khó kéo thêm dự án lớn.",
            "2018-10-23",
            "ministry",
            ["asean_nothing", "home_country_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            " date 2025-09-30 Có hãng xe muốn mua trong nước 70% giá trị linh kiện ngay từ năm sau, một con số khác hẳn hình dung phổ biến về nội địa hóa.\n\nCục Thống kê (Bộ Tài chính) ước 312.600 xe đã được sản xuất trong nước từ tháng 1 đến tháng 9.",
            "2025-09-30",
            "ministry",
            [
                "page_chrome_date",
                "target_no_event",
                "parent_org_bracket",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Cục Thống kê", "Bộ Tài chính"],
            percentages=[70],
            quantities=[c(312600, "xe", True)],
            events=[],
        ),
        h(
            n(),
            "Xếp trên Việt Nam về số xe làm trong nước vẫn là Thái Lan, Indonesia và Malaysia, theo bảng xếp hạng mới nhất của Hiệp hội các nhà sản xuất ô tô Đông Nam Á (AAF).",
            "2025-09-30",
            "ministry",
            ["association_org", "bracketed_acronym_one_entry", "source_last", "country", "no_event"],
            organizations=["Hiệp hội các nhà sản xuất ô tô Đông Nam Á"],
            locations=[country("Thái Lan"), country("Indonesia"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "“Xe con làm ở ta, phần giá trị thật sự của người Việt chỉ cỡ 10-20%”, ông Hoàng Đức Thịnh, Chủ tịch HĐQT Tập đoàn Hưng Long, nói tại một diễn đàn kinh tế tư nhân hồi tháng 8.",
            "2025-09-30",
            "ministry",
            ["quote_first", "role_after_name", "percentage_range", "no_event"],
            persons=[per("Hoàng Đức Thịnh", "Chủ tịch HĐQT Tập đoàn Hưng Long")],
            firms=[f("Hưng Long", "Tập đoàn")],
            percentages=[10, 20],
            events=[],
        ),
    ]
    # --- Vietnamese news: a carmaker's 25-year supplier event on a news site, with captions (S8 r1) ---
    rows += [
        h(
            n(),
            "(VTC News) - Nhà máy của Công ty Ô tô Sakurai Việt Nam ở Phúc Yên (Phú Thọ) hôm 7/8 là nơi diễn ra sự kiện “25 năm đồng hành cùng nhà cung cấp Việt”.",
            "2025-08-11",
            "ministry",
            ["outlet_prefix_nothing", "anniversary_no_event", "ward_nothing", "province_bracket", "nfd"],
            firms=[f("Ô tô Sakurai", "Công ty")],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Khu trưng bày đèn, gương, kính do nhà cung cấp Việt làm ra tại sự kiện. (Ảnh: Sakurai Việt Nam)",
            "2025-08-11",
            "ministry",
            ["caption", "photo_credit_firm", "vietnam_dropped", "no_event"],
            firms=[f("Sakurai")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 720 triệu USD (gần 19 nghìn tỷ đồng) là doanh thu xuất khẩu mà hơn 800 linh kiện làm tại Việt Nam đã mang về cho Sakurai từ 9 thị trường; mạng lưới cung ứng của hãng hiện gồm 57 nhà cung cấp, 14 trong số đó là doanh nghiệp nội địa.",
            "2025-08-11",
            "ministry",
            [
                "statistics",
                "amount_first",
                "count",
                "approx",
                "bracketed_conversion",
                "export_no_deal",
                "no_event",
            ],
            firms=[f("Sakurai")],
            quantities=[
                c(800, "linh kiện", True),
                c(9, "thị trường"),
                c(57, "nhà cung cấp"),
                c(14, "doanh nghiệp"),
            ],
            money=[m(720 * M, "USD", approx=True), m(19 * 1000 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Chuyên gia của Sakurai đã vào 31 xưởng trong nước để hướng dẫn cải tiến; sau đợt tư vấn, phần lớn các xưởng này lên được mức 5S cấp độ 3.",
            "2025-08-11",
            "ministry",
            ["support_no_deal", "count", "level_no_count", "no_event"],
            firms=[f("Sakurai")],
            quantities=[c(31, "xưởng")],
            events=[],
        ),
        h(
            n(),
            "Chương trình tư vấn cải tiến mà hãng làm cùng Bộ Công Thương cũng bước sang năm thứ năm, theo thông báo tại sự kiện.",
            "2025-08-11",
            "ministry",
            ["programme_no_event", "ordinal_not_count", "anaphora_no_firm", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Bà Vũ Thị Minh Nguyệt, Phó Cục trưởng Cục Công nghiệp, đánh giá Sakurai thuộc số ít doanh nghiệp FDI chịu khó kéo nhà cung cấp Việt vào chuỗi.",
            "2025-08-11",
            "ministry",
            ["role_after_name", "org_in_role", "no_event"],
            persons=[per("Vũ Thị Minh Nguyệt", "Phó Cục trưởng Cục Công nghiệp")],
            organizations=["Cục Công nghiệp"],
            firms=[f("Sakurai")],
            events=[],
        ),
        h(
            n(),
            "Hơn 40 nhà cung cấp mang đèn, gương, kính và chi tiết nhựa tới trưng bày ngay trong xưởng.",
            "2025-08-11",
            "ministry",
            ["exhibitors", "count", "approx", "no_event"],
            quantities=[c(40, "nhà cung cấp", True)],
            events=[],
        ),
        h(
            n(),
            "Ngoài mạng lưới nhà cung cấp, hãng còn chạy nhiều dự án nâng năng lực doanh nghiệp Việt cùng Bộ Công Thương và một số hiệp hội ngành hàng.",
            "2025-08-11",
            "ministry",
            ["programme_no_event", "lowercase_associations_no_org", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo Sakurai Việt Nam và các nhà cung cấp cắt băng khai mạc sự kiện. (Ảnh: Sakurai Việt Nam)",
            "2025-08-11",
            "ministry",
            ["caption", "photo_credit_firm", "vietnam_dropped", "no_event"],
            firms=[f("Sakurai")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a national portal's sponsored interview in the carmaker's own voice (S8 r2) ---
    rows += [
        h(
            n(),
            "Mười hai hãng, mười tám nhãn hiệu chia nhau chừng 6.000 xe mỗi năm: đó là thị trường chúng tôi gặp khi dựng nhà máy ở Việt Nam năm 1997.",
            "2020-12-01",
            "ministry",
            ["sponsored_interview", "first_person", "rate_no_count", "count_in_words", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "{keywords}\nHơn 650 chi tiết trên xe Sakurai đã được làm trong nước",
            "2020-12-01",
            "ministry",
            ["template_placeholder", "caption", "count", "approx", "multiline", "no_event"],
            firms=[f("Sakurai")],
            quantities=[c(650, "chi tiết", True)],
            events=[],
        ),
        h(
            n(),
            "Những nhà cung cấp đầu tiên là các hãng đèn, kính Nhật mà chúng tôi mời sang đặt xưởng; đối tác Việt đến sau.",
            "2020-12-01",
            "ministry",
            ["sponsored_interview", "first_person", "country_word", "no_event"],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Chúng tôi hiểu rằng nội địa hoá đi sau doanh số: xe bán chạy thì đơn hàng linh kiện mới đủ lớn để nhà cung cấp trong nước đầu tư.",
            "2020-12-01",
            "ministry",
            ["sponsored_interview", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vì thế, chúng tôi ưu tiên mở rộng đại lý và dịch vụ trước, rồi mới tính chuyện tăng số chi tiết mua trong nước.",
            "2020-12-01",
            "ministry",
            ["sponsored_interview", "first_person", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- A Japanese business-trend page on a carmaker's three-year plan, rendered in Vietnamese (S7 r2) ---
    rows += [
        h(
            n(),
            "Hai nhà máy mới ở tỉnh Quảng Nam nằm trong kế hoạch 27,4 nghìn tỷ đồng (khoảng 1,2 tỷ USD) mà Ô tô Phương Đông (POM) sẽ chi cho sản xuất và bán lẻ trong ba năm tới.",
            "2017-04-18",
            "ministry",
            [
                "foreign_page_rendered",
                "announced_investment",
                "bracketed_acronym_one_entry",
                "bracketed_conversion",
                "approx",
                "duration_no_count",
                "count_in_words",
            ],
            firms=[f("Ô tô Phương Đông")],
            provinces=[pv("Quảng Nam")],
            money=[m(27.4 * 1000 * B, "VND"), m(1.2 * B, "USD", approx=True)],
            deals=[deal("investment", ["Ô tô Phương Đông"], 27.4 * 1000 * B, QNam)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Ô tô Phương Đông")],
                    27.4 * 1000 * B,
                    "VND",
                    QNam,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Xe tải và xe buýt sẽ ra từ một nhà máy 60.000 xe/năm; nhà máy còn lại dành cho hãng Nhật Sakurai, nâng công suất của thương hiệu này từ 20.000 lên 80.000 xe.",
            "2017-04-18",
            "ministry",
            [
                "foreign_page_rendered",
                "plan_details_no_second_deal",
                "capacity_no_count",
                "country_word",
                "no_event",
            ],
            firms=[f("Sakurai")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Với 41,5% thị phần trong khối thành viên VAMA, POM – trụ sở tại Quảng Nam – tính bán khoảng 105.000 xe năm nay, đưa doanh thu lên hơn 68 nghìn tỷ đồng (3,0 tỷ USD), tăng 35%.",
            "2017-04-18",
            "ministry",
            [
                "foreign_page_rendered",
                "acronym_alone_firm",
                "revenue_target_no_deal",
                "bracketed_conversion",
                "count",
                "approx",
                "percentage",
                "acronym_org",
                "no_event",
            ],
            firms=[f("POM")],
            provinces=[pv("Quảng Nam")],
            organizations=["VAMA"],
            money=[m(68 * 1000 * B, "VND", approx=True), m(3.0 * B, "USD")],
            quantities=[c(105000, "xe", True)],
            percentages=[35, 41.5],
            events=[],
        ),
        h(
            n(),
            "Xe mang thương hiệu Hanul (Hàn Quốc), Sakurai (Nhật Bản) và Vauclair (Pháp) đều đang được POM lắp ráp và bán ra.",
            "2017-04-18",
            "ministry",
            ["foreign_page_rendered", "brand_list_no_deal", "country_bracket", "no_event"],
            firms=[f("POM"), f("Hanul"), f("Sakurai"), f("Vauclair")],
            locations=[country("Hàn Quốc"), country("Nhật Bản"), country("Pháp")],
            events=[],
        ),
    ]
    # --- A French news-agency page on a glass maker's second plant with the first recalled and a related item (S18 r3),
    # rendered in Vietnamese ---
    rows += [
        h(
            n(),
            "Cuối năm nay, Nishikawa Safety Glass sẽ khởi công nhà máy thứ hai tại Việt Nam: 58.240 m² trong Khu công nghiệp Việt Nam - Singapore II (Bình Dương), với dây chuyền kính dán và dây chuyền kính tôi.",
            "2013-09-26",
            "ministry",
            [
                "foreign_page_rendered",
                "announced_investment",
                "planned_groundbreaking",
                "no_amount",
                "area_m2",
                "park",
                "province_bracket",
                "count_in_words",
                "ordinal_not_count",
                "nfd",
            ],
            firms=[f("Nishikawa Safety Glass")],
            provinces=[pv("Bình Dương")],
            areas=[ha(5.824)],
            locations=[park("Khu công nghiệp Việt Nam - Singapore II")],
            deals=[deal("investment", ["Nishikawa Safety Glass"], None, BDg)],
            events=[
                ev("investment_announcement", [F("Nishikawa Safety Glass")], None, None, BDg, "announced")
            ],
        ),
        h(
            n(),
            "Nhà máy đầu tiên của hãng, ở Khu công nghiệp Amata (Đồng Nai), tốn hơn 14 triệu USD và chạy từ năm 2008.",
            "2013-09-26",
            "ministry",
            ["foreign_page_rendered", "anaphora_no_firm", "approx", "park", "ordinal_not_count", "no_event"],
            provinces=[pv("Đồng Nai")],
            money=[m(14 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Amata")],
            events=[],
        ),
        h(
            n(),
            "Tăng trưởng doanh số 28% một năm ở Việt Nam, và 2,1 nghìn tỷ đồng trong năm 2012: đó là kết quả Nishikawa công bố. -VNA",
            "2013-09-26",
            "ministry",
            [
                "foreign_page_rendered",
                "short_name",
                "sales_no_deal",
                "percentage",
                "agency_credit_nothing",
                "no_event",
            ],
            firms=[f("Nishikawa")],
            percentages=[28],
            money=[m(2.1 * 1000 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp tư nhân được kêu gọi đi đầu đổi mới sáng tạo\nThủ tướng khẳng định Chính phủ sẽ đồng hành cùng khu vực tư nhân tại phiên đối thoại cấp cao ngày 16/9.",
            "2013-09-26",
            "ministry",
            [
                "related_item",
                "bare_title_no_person",
                "government_word_no_org",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- A French news-agency page on an electronics and auto-parts plant due to break ground, with its earlier licence,
    # a caption and a related item (S19 r2 = S19 r3), rendered in Vietnamese ---
    rows += [
        h(
            n(),
            "Ban Quản lý Khu kinh tế Đông Nam Nghệ An cho biết ngày 15/10 tới, Tập đoàn Weida Holdings (Bermuda) sẽ động thổ nhà máy linh kiện điện tử và phụ tùng ô tô ở Khu công nghiệp Đông Hồi, tỉnh Nghệ An.",
            "2025-09-20",
            "provincial",
            [
                "foreign_page_rendered",
                "planned_groundbreaking",
                "announced_investment",
                "future_date_no_deal_date",
                "country_bracket",
                "park",
                "province_in_org_name",
                "reporting_board_no_party",
            ],
            firms=[f("Weida Holdings", "Tập đoàn")],
            organizations=["Ban Quản lý Khu kinh tế Đông Nam Nghệ An"],
            provinces=[pv("Nghệ An")],
            locations=[country("Bermuda"), park("Khu công nghiệp Đông Hồi")],
            deals=[deal("investment", ["Weida Holdings"], None, NA)],
            events=[ev("investment_announcement", [F("Weida Holdings")], None, None, NA, "announced")],
        ),
        h(
            n(),
            "Vận hành dự kiến từ tháng 9/2027; khu đất 85 ha, tổng vốn 180 triệu USD.",
            "2025-09-20",
            "provincial",
            ["foreign_page_rendered", "project_figures_no_firm", "area", "no_event"],
            money=[m(180 * M, "USD")],
            areas=[ha(85)],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư của dự án đã đến tay Brightstar Global Limited, một công ty thuộc Weida, từ ngày 28/12/2024, do UBND tỉnh Nghệ An cấp.",
            "2025-09-20",
            "provincial",
            [
                "foreign_page_rendered",
                "recalled_licence",
                "deal_no_event",
                "deal_date",
                "foreign_form",
                "parent_mention",
            ],
            firms=[f("Brightstar Global", "Limited"), f("Weida")],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            deals=[deal("investment", ["Brightstar Global"], None, NA, "2024-12-28")],
            events=[],
        ),
        h(
            n(),
            "Công nhân kiểm tra bo mạch tại một nhà máy phụ tùng ô tô. Ảnh: VnBusiness",
            "2025-09-20",
            "provincial",
            ["caption", "outlet_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hai mẫu xe siêu sang giúp Kim Long Motors chia danh mục thành ba thương hiệu",
            "2025-09-20",
            "provincial",
            ["related_item", "launch_no_deal", "no_event"],
            firms=[f("Kim Long Motors")],
            events=[],
        ),
    ]
    # --- A Korean business page citing a wire on a carmaker's second home plant, rendered in English (S18 r4) ---
    rows += [
        h(
            n(),
            "Output has started at Kim Long Motors' second plant in Vietnam, a 36-hectare site able to make 150,000 cars a year at first, Reuters said on Monday.",
            "2025-06-30",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "start_of_production_inauguration",
                "no_capital",
                "outlet_nothing",
                "area",
                "capacity_no_count",
                "ordinal_not_count",
            ],
            firms=[f("Kim Long Motors")],
            areas=[ha(36)],
            events=[ev("inauguration", [F("Kim Long Motors")], None, None, None, "completed")],
        ),
    ]
    # --- English: a carmaker's own news item on a university visit (S7 r1) and a provincial English site on its parts
    # cluster and history (S7 r3, S7 r4) ---
    rows += [
        h(
            n(),
            "DA NANG UNIVERSITY LECTURERS VISIT PHUONG DONG COMPLEX\nPOM GROUP 14/05/2019\nAfter the talks, the visitors toured the lamp, mirror and glass plants at the group's complex.",
            "2019-05-14",
            "ministry",
            [E, "caps_headline", "site_label_firm", "visit_no_event", "province_in_org_name", "multiline"],
            firms=[f("POM Group")],
            organizations=["Da Nang University"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "POM's auto parts cluster in Chu Lai\n\n(QNO) - Twelve years after arriving in Chu Lai, Phuong Dong Auto (POM) now makes most of the lamps, mirrors and glass its buses and trucks need.",
            "2016-08-22",
            "provincial",
            [
                E,
                "headline_lead",
                "possessive_firm",
                "bare_headline_acronym_and_full_name_two_entries",
                "outlet_prefix_nothing",
                "count_in_words",
                "own_parts_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("POM"), f("Phuong Dong Auto")],
            events=[],
        ),
        h(
            n(),
            "Roughly 85 hectares of the Chu Lai Open Economic Zone in Quang Nam province have been turned by Phuong Dong Auto into the country's biggest parts cluster, with 11 factories making headlamps, rear-view mirrors, laminated windscreens, wire harnesses and seats.",
            "2016-08-22",
            "provincial",
            [
                E,
                "recalled_investment",
                "deal_no_event",
                "english_zone_no_location",
                "area",
                "approx",
                "count",
            ],
            firms=[f("Phuong Dong Auto")],
            provinces=[pv("Quảng Nam")],
            areas=[ha(85, True)],
            quantities=[c(11, "factories")],
            deals=[deal("investment", ["Phuong Dong Auto"], None, QNam)],
            events=[],
        ),
        h(
            n(),
            "Japan and Southeast Asia take part of the output; the rest goes to POM's own lines and to other carmakers in Vietnam.",
            "2016-08-22",
            "provincial",
            [E, "possessive_firm", "sales_no_deal", "region_nothing", "country", "no_event"],
            firms=[f("POM")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "The glass plant's 2,400-tonne press-bending line and its robot-fed laminating cell both came from Japan.",
            "2016-08-22",
            "provincial",
            [E, "tonnage_no_count", "equipment_origin_no_deal", "country", "no_event"],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Depending on the model, between 15 and 58 per cent of a Phuong Dong Auto vehicle is now made locally, and the brand holds 28 per cent of the market.",
            "2017-11-06",
            "provincial",
            [E, "possessive_firm", "percentage", "percentage_range", "no_event"],
            firms=[f("Phuong Dong Auto")],
            percentages=[15, 58, 28],
            events=[],
        ),
        h(
            n(),
            "Its first factory in the zone, a truck and bus plant finished in 2005 on 32 hectares, cost VND2,300 billion.",
            "2017-11-06",
            "provincial",
            [E, "anaphora_no_firm", "area", "ordinal_not_count", "no_event"],
            money=[m(2300 * B, "VND")],
            areas=[ha(32)],
            events=[],
        ),
        h(
            n(),
            "A VND3,100 billion passenger car plant on 25 hectares followed, built by Phuong Dong Auto on technology licensed from Korea's Hanul Motors.",
            "2017-11-06",
            "provincial",
            [
                E,
                "recalled_investment",
                "recalled_technology_transfer",
                "cooperation_deal",
                "deal_no_event",
                "country_possessive",
                "area",
            ],
            firms=[f("Hanul Motors"), f("Phuong Dong Auto")],
            money=[m(3100 * B, "VND")],
            areas=[ha(25)],
            locations=[country("Korea")],
            deals=[
                deal("investment", ["Phuong Dong Auto"], 3100 * B),
                deal("cooperation", ["Hanul Motors", "Phuong Dong Auto"]),
            ],
            events=[],
        ),
        h(
            n(),
            "Its Chu Lai port, meanwhile, is being lengthened to 700 metres of quay for 45,000-tonne ships.",
            "2017-11-06",
            "provincial",
            [E, "distance_no_count", "tonnage_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a sourcing firm's industry report page with its navigation (S17 r1) ---
    rows += [
        h(
            n(),
            "MEKONG SOURCING\nHome About us Services Case Studies Contact us Industry Report\nHome / Industry Report / Auto Lighting & Glass\n\nAUTO LIGHTING AND GLASS",
            "2014-02-10",
            "ministry",
            [E, "site_nav", "site_brand_firm", "caps_heading", "multiline", "no_event"],
            firms=[f("Mekong Sourcing")],
            events=[],
        ),
        h(
            n(),
            "Scale is the problem: at 5-8 per cent local content for lamps and glass, an imported headlamp still costs less than one made here.",
            "2014-02-10",
            "ministry",
            [E, "percentage_range", "no_event"],
            percentages=[5, 8],
            events=[],
        ),
        h(
            n(),
            "Painting, welding and plastic trim make up most of what has been localised so far, the report says.",
            "2014-02-10",
            "ministry",
            [E, "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a news agency's tag page with several leads (S17 r2) ---
    rows += [
        h(
            n(),
            "Tags: lamp suppliers\n\nLocal headlamp and mirror makers cannot break even unless a model sells around 40,000 units a year, insiders say.\nBy 2030 the country hopes some 600 local firms will sell straight to carmakers and multinationals.",
            "2021-03-15",
            "ministry",
            [E, "tag_page", "rate_no_count", "target_no_event", "count", "approx", "multiline"],
            quantities=[c(600, "firms", True)],
            events=[],
        ),
        h(
            n(),
            "Online sales have kept Thai auto-lamp and mirror sellers going through Thailand's Covid-19 curbs.",
            "2021-03-15",
            "ministry",
            [E, "tag_page", "country_possessive", "adjective_no_country", "no_event"],
            locations=[country("Thailand")],
            events=[],
        ),
        h(
            n(),
            "Hanmaek says its Bac Ninh plants buy camera modules and wire harnesses from a growing list of Vietnamese vendors, which trims its costs.",
            "2021-03-15",
            "ministry",
            [E, "tag_page", "supplier_status_no_deal", "unaccented_province", "no_event"],
            firms=[f("Hanmaek")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Just 4 percent of Vietnamese manufacturers make parts, one reason so little of each car is local.",
            "2021-03-15",
            "ministry",
            [E, "tag_page", "percentage", "home_country_no_location", "no_event"],
            percentages=[4],
            events=[],
        ),
    ]
    # --- English: a student essay on a document site (S17 r3) ---
    rows += [
        h(
            n(),
            "You are on page 1of 20\n\nINTRODUCTION\n\nThis report looks at why carmakers keep adding models in Vietnam even as neighbouring markets level off.",
            "2022-08-09",
            "ministry",
            [E, "document_store", "page_count_no_count", "glued_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cheap labour and lower EU tariffs under the EVFTA are two of the reasons given, the authors write.",
            "2022-08-09",
            "ministry",
            [E, "student_essay", "trade_agreement_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a motoring site's piece on localisation (S17 r4) ---
    rows += [
        h(
            n(),
            "Output of locally built vehicles rose 41 per cent year on year to some 312,600 vehicles in January-September, General Statistics Office data released by the Ministry of Finance show.",
            "2025-10-16",
            "ministry",
            [E, "statistics", "count", "approx", "percentage", "no_event"],
            organizations=["General Statistics Office", "Ministry of Finance"],
            quantities=[c(312600, "vehicles", True)],
            percentages=[41],
            events=[],
        ),
        h(
            n(),
            "Thailand, Indonesia and Malaysia still build more cars than Vietnam, which sat fourth in ASEAN for the first ten months of 2024, the ASEAN Automotive Federation says.",
            "2025-10-16",
            "ministry",
            [E, "association_org", "ordinal_not_count", "country"],
            organizations=["ASEAN Automotive Federation"],
            locations=[country("Thailand"), country("Indonesia"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "The often-quoted 5-20 per cent local content understates what the biggest assemblers have reached, the site argues.",
            "2025-10-16",
            "ministry",
            [E, "percentage_range", "no_event"],
            percentages=[5, 20],
            events=[],
        ),
        h(
            n(),
            "Sakurai, Honda, Suzuki and Isuzu have built cars in Vietnam for decades; Hung Long Group is a newcomer, assembling Nova and Lumen SUVs under a tie-up with China's Qilin Auto.",
            "2025-10-16",
            "ministry",
            [
                E,
                "recalled_partnership",
                "cooperation_deal",
                "deal_no_event",
                "country_possessive",
                "brand_list",
            ],
            firms=[
                f("Hung Long Group"),
                f("Qilin Auto"),
                f("Sakurai"),
                f("Honda"),
                f("Suzuki"),
                f("Isuzu"),
            ],
            locations=[country("China")],
            deals=[deal("cooperation", ["Hung Long Group", "Qilin Auto"])],
            events=[],
        ),
    ]
    # --- English: a news agency's copy on a Japanese parts maker's plant under construction (S18 r2) ---
    rows += [
        h(
            n(),
            "Thai Binh (VNA) – Kanayama Gosei of Japan has started building a 31.8 million USD plant in Tien Hai Industrial Zone, Thai Binh province, that will turn out headlamp housings and airbag modules from late 2026.",
            "2025-06-12",
            "ministry",
            [
                E,
                "dateline",
                "groundbreaking_started",
                "country_of",
                "english_park_no_location",
                "province_in_body",
                "no_day_no_date",
            ],
            firms=[f("Kanayama Gosei")],
            provinces=[pv("Thái Bình")],
            money=[m(31.8 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("groundbreaking", ["Kanayama Gosei"], 31.8 * M, TB)],
            events=[ev("groundbreaking", [F("Kanayama Gosei")], 31.8 * M, "USD", TB, "started")],
        ),
        h(
            n(),
            "About 1,800 people will be hired for the 9.6ha site, whose output is meant mostly for Japan, the US and Europe.",
            "2025-06-12",
            "ministry",
            [E, "area", "country", "region_nothing", "count", "approx", "no_event"],
            areas=[ha(9.6)],
            locations=[country("Japan"), country("US")],
            quantities=[c(1800, "people", True)],
            events=[],
        ),
        h(
            n(),
            "Kanayama Gosei, an Aichi-based maker of rubber, plastic and lighting parts dating from 1951, runs some 90 plants in 17 countries. –VNA",
            "2025-06-12",
            "ministry",
            [
                E,
                "founding_no_deal",
                "foreign_prefecture_nothing",
                "count",
                "approx",
                "agency_credit_nothing",
                "no_event",
            ],
            firms=[f("Kanayama Gosei")],
            quantities=[c(90, "plants", True), c(17, "countries")],
            events=[],
        ),
        h(
            n(),
            "A headlamp housing line at a Japanese-invested parts plant. (Photo: nhadautu.vn)",
            "2025-06-12",
            "ministry",
            [E, "caption", "adjective_no_country", "site_credit_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a chamber news site on a park developer's groundbreaking and the first licences (S19 r4) ---
    rows += [
        h(
            n(),
            "Another Park for Dong Nai\nWork on Long Duc 4 Industrial Park, a 286-hectare site in Dong Nai province, began on August 9 under developer Tan Phu Industrial Development Corporation.",
            "2019-08-12",
            "provincial",
            [
                E,
                "headline_lead",
                "park_developer_groundbreaking",
                "corporation_in_name",
                "english_park_no_location",
                "area",
                "deal_date",
                "year_inferred",
                "multiline",
            ],
            firms=[f("Tan Phu Industrial Development Corporation")],
            provinces=[pv("Đồng Nai")],
            areas=[ha(286)],
            deals=[
                deal("groundbreaking", ["Tan Phu Industrial Development Corporation"], None, DN, "2019-08-09")
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Tan Phu Industrial Development Corporation")],
                    None,
                    None,
                    DN,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Auto electronics, lighting, glass and precision-parts makers are the tenants it wants; Ho Chi Minh City is 55 kilometres away by road.",
            "2019-08-12",
            "provincial",
            [E, "distance_no_count", "province_mention", "port_nothing", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Licences for three projects, US$7.2 million between them, were handed out the same day.",
            "2019-08-12",
            "provincial",
            [E, "unnamed_projects_total_no_event", "count_in_words", "no_event"],
            money=[m(7.2 * M, "USD")],
            events=[],
        ),
    ]
    # --- English: a carmaker's memorandum with the Industry Agency on supplier support, told by a press-release wire, a
    # news agency, a state broadcaster and a daily (S20 r1-r4) ---
    rows += [
        h(
            n(),
            "VIETNAM, May 22 -\n\nHÀ NỘI — Domestic lamp, mirror and glass makers will get help to become carmakers' suppliers under a memorandum of understanding Sakurai Motor Vietnam signed with the Industry Agency on Tuesday.",
            "2025-05-22",
            "ministry",
            [
                E,
                "wire_chrome",
                "dateline",
                "carmaker_agency_mou",
                "support_no_deal",
                "vietnam_dropped",
                "multiline",
            ],
            firms=[f("Sakurai Motor")],
            organizations=["Industry Agency"],
            provinces=[pv("Hà Nội")],
            events=[ev("mou", [F("Sakurai Motor"), G("Industry Agency")], None, None, None, "signed")],
        ),
        h(
            n(),
            "The carmaker and the agency have run such a scheme every year since 2022; it screens local firms, takes them round suppliers' plants and trains their engineers.",
            "2025-05-22",
            "ministry",
            [E, "ordinal_not_count", "programme_no_event", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“We want more Vietnamese names on our supplier list,” said Sakurai Motor Vietnam president Nakamura Daisuke. — VNS",
            "2025-05-22",
            "ministry",
            [E, "quote_first", "role_before_name", "agency_credit_nothing", "wish_no_event", "no_event"],
            persons=[per("Nakamura Daisuke", "Sakurai Motor Vietnam president")],
            firms=[f("Sakurai Motor")],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) – Four local parts makers will get visits from carmaker engineers under a consulting programme that Sakurai Vietnam and the Industry Agency under the Ministry of Industry and Trade started on October 2.",
            "2024-10-03",
            "ministry",
            [E, "dateline", "programme_launch_no_event", "vietnam_dropped", "count_in_words", "no_event"],
            firms=[f("Sakurai")],
            organizations=["Industry Agency", "Ministry of Industry and Trade"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Engineers from the carmaker will work with Tan Hung Auto Lamp Co., Ltd, Minh Phat Mirror JSC, Phu Cuong Safety Glass JSC and Tan A Auto Electronics One Member Co., Ltd on cutting defects and lead times.",
            "2024-10-03",
            "ministry",
            [E, "firm_list", "foreign_forms", "consulting_no_deal", "no_event"],
            firms=[
                f("Tan Hung Auto Lamp", "Co., Ltd"),
                f("Minh Phat Mirror", "JSC"),
                f("Phu Cuong Safety Glass", "JSC"),
                f("Tan A Auto Electronics", "One Member Co., Ltd"),
            ],
            events=[],
        ),
        h(
            n(),
            "More than 800 locally made parts now go into its cars, from 57 suppliers of which 14 are Vietnamese, the company said./.",
            "2024-10-03",
            "ministry",
            [E, "count", "approx", "anaphora_no_firm", "end_mark", "no_event"],
            quantities=[c(800, "parts", True), c(57, "suppliers")],
            events=[],
        ),
        h(
            n(),
            "MoU signed on supplier support\n\nA memorandum of understanding between Hanul Motors Vietnam Co., Ltd. and the Ministry of Industry and Trade's Industry Agency, signed on April 24, sets out a two-year programme to find and coach domestic makers of lamps, glass and electronics.",
            "2024-04-25",
            "ministry",
            [
                E,
                "headline_lead",
                "carmaker_agency_mou",
                "passive_signing",
                "support_no_deal",
                "vietnam_dropped",
                "possessive_org",
                "multiline",
            ],
            firms=[f("Hanul Motors", "Co., Ltd.")],
            organizations=["Ministry of Industry and Trade", "Industry Agency"],
            events=[ev("mou", [F("Hanul Motors"), G("Industry Agency")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Making a part here can cost up to 2.5 times what it costs in Thailand, because volumes are small, said Hanul Motors Vietnam general director Kim Jae-won.",
            "2024-04-25",
            "ministry",
            [E, "role_before_name", "speaker_last", "country", "no_event"],
            persons=[per("Kim Jae-won", "Hanul Motors Vietnam general director")],
            firms=[f("Hanul Motors")],
            locations=[country("Thailand")],
            events=[],
        ),
        h(
            n(),
            "Without ties to foreign-invested assemblers, local firms will stay small, Ngo Thanh Tung, deputy head of the Vietnam Industry Agency, told the ceremony.",
            "2024-04-25",
            "ministry",
            [E, "role_after_name", "unaccented_person", "speaker_mid", "no_event"],
            persons=[per("Ngo Thanh Tung", "deputy head of the Vietnam Industry Agency")],
            organizations=["Vietnam Industry Agency"],
            events=[],
        ),
    ]
    return rows
