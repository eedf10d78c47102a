# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 137 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: medical devices and medical plastics makers in Vietnam (syringes,
catheters, IV sets, gloves, medical consumables and their plastic and rubber parts; their plants, investment licences,
contracts and acquisitions). Written and annotated for every field BEFORE any tagger was run on them, without reading the
tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy sản xuất bơm tiêm dùng
một lần khu công nghiệp vốn đầu tư", S2 "sản xuất ống thông catheter nhà máy Việt Nam", S3 "bộ dây truyền dịch sản xuất
trong nước doanh nghiệp", S4 "găng tay cao su y tế nhà máy đầu tư mở rộng công suất", S5 "linh kiện nhựa dùng trong
thiết bị y tế doanh nghiệp ép nhựa", S6 "trao giấy chứng nhận đầu tư dự án sản xuất vật tư y tế khu công nghiệp", S7
"khởi công nhà máy sản xuất thiết bị y tế vốn FDI", S8 "khánh thành nhà máy sản xuất vật tư tiêu hao y tế", S9 "mua lại
cổ phần công ty sản xuất găng tay cao su", S10 "ký hợp đồng cung cấp vật tư y tế tiêu hao bơm kim tiêm dây truyền dịch",
S11 "tăng vốn dự án sản xuất dụng cụ y tế bằng nhựa", S12 "doanh nghiệp Nhật Bản sản xuất ống thông y tế nhà máy tại
Việt Nam", S13 "công ty cổ phần nhựa y tế bơm kim tiêm xuất khẩu doanh thu", S14 "nút cao su y tế gioăng cao su kỹ thuật
linh kiện thiết bị y tế nhà máy", S15 "doanh nghiệp Hàn Quốc đầu tư nhà máy thiết bị y tế Việt Nam", S16 "kim luồn tĩnh
mạch túi máu túi dịch truyền nhà máy sản xuất", and in English S17 "Vietnam syringe factory investment industrial park",
S18 "medical device manufacturer Vietnam plant catheter", S19 "Vietnam rubber glove maker acquisition stake", S20
"medical consumables plant Vietnam breaks ground million USD". No sentence is taken or paraphrased from a page; the
shapes are. Firm, plant, park, bank, association, university and person names are invented (Thiết bị Y tế Hồng Lĩnh,
Găng tay Trường Phúc, Latex Hòa Lợi, Perlis Glove, Surgitex, Jiangsu Kangli Medical Polymer, Harlow Vascular, Nhựa Y tế
Trường An, Vật tư Y tế Sao Mai, Thiết bị Y tế Phương Nam, Nhựa Y khoa Hòa Bình, Cao su Y tế Sông Hàn / Sohamed, Thiết bị
Y tế Đông Phương Medical, Dệt nhuộm Quốc tế Hoa Thịnh, Brightline Health International, Evercare Medical, KCN Đông Mai
Xanh, Maybridge Capital, Perak Latex Industries, Cao su Thành Lợi, Găng Y tế Tân Định Phú, Cao su Sông Bé Xanh, Phước An
Medical, Hanil Medical, Nhựa Y tế Hàn Việt / Hanvimed, Đông Á Phát, Hiệp hội Thiết bị Y tế phía Nam / Southern Medical
Equipment Association, Daehan Medical, Selangor Glove, Orchard Shield Technology, Kyoritsu Medical, Kyrenia Medical,
Vinacath Medical, Trường Đại học Công nghệ Sông Hàn, the circular number 52/2019/TT-BCT, every official, director,
author, student, byline, photographer and forum user); well-known names (Tập đoàn Công nghiệp Cao su Việt Nam, Bộ Y tế,
Bộ Giáo dục và Đào tạo, Tổng cục Thống kê, Trường Đại học Kinh tế Quốc dân, NCB, ABBank, the OECD, UNCTAD, the IMF, the
European Commission, the ministries named in English, Nikkei Asian Review, VnExpress, Xinhua, TTXVN, the parks Long Đức,
Yên Phong, Hòa Khánh, VSIP II, Lien Ha Thai and the HCM City hi-tech park, Nghị định 36/2016/NĐ-CP and Thông tư
39/2016/TT-BYT) appear only in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; an investment weekly's licence of a catheter and IV-cannula plant in the
HCM City hi-tech park came back five times, a news site's feature on a domestic lamp and blood-tube maker three times
plus its German and French renderings, a decree download slug five times, a document store's syringe-plant practice
report three times, a business weekly's FDI feature three times, a Quảng Ninh park's FDI year twice): 27 slots were tag,
title, slug, hashtag, spam and topic pages (all four of S3, S6 and S14; three Polish keyword salads, download slugs of
decrees, decisions and circulars, law-firm tags, unaccented stock tags on shareholder meetings and rankings, an ebook
tag, a labour-export tag, a product spam title, a legal-signer page's circular title, a topic page with a glove-venture
teaser, an English rubber-journal tag on a glove acquisition, a machine maker's blog teaser); 18 were document-store
pages, theses, papers, forums, explainers and register tables (the practice report's breadcrumb, attribute block and
contents, two forum threads on virgin resin with their chrome, a university research-report cover, a hospital
equipment-management thesis with definitions and a decree, a pharma market overview, a course paper's cover and contents,
a thesis on drug firms with "gọi tắt là" aliases, a stock forum post on the first condom maker and its bank holders, an
English FDI paper, a pharmacy's transfusion explainer with its author, a treatment protocol, two rows of the ministry's
device-classification register, an EU market-study cover, a sourcing blog); 21 were Vietnamese news and features (the
cannula licence told by two outlets with byline, caption, area, timeline, capacity, import and price lines and the park
head's words; the park FDI year with its largest dyeing project and a medical-supplies project to be licensed; the
province's first FDI licence of 2026 with caption, area, investor group and board head; the lamp maker's feature; a glove
opportunity feature with a Malaysian group's plant plan and first plant and a domestic line; a glove export hunt with a
recalled 51% stake and a held price; a glove interview with a capacity plan; a theory journal on Korean investment; a
chaebol feature with recalled plants; a farm paper's print page on the syringe maker behind the vaccination drive; a
learner's bilingual repost of a device-market item); 7 were foreign-language agency pages (the lamp feature in German and
French, a Korean device plant's opening in Bình Dương in French twice with two related items, a Malaysian glove group's
first Vietnamese plant in French twice with its caption and a related item, a tyre plant's opening in Spanish), rendered
here in English or Vietnamese; 7 were English news (an investment weekly's licence of a Singapore glove plant twice, a
broadcaster's device-market page with a Japanese maker's dialysis plan, a city daily on a locally made stent, a Chinese
wire on a Malaysian glove maker hunting deals in China, an investment portal on a drug plant broken ground in Bình Dương
with a recalled earlier plant, a national daily on a Japanese dialysis plant broken ground in HCM City with its recalled
first plant). About 25 of the 80 slots told a deal or an event with a named party (three licences, one licence to come,
two investor lines, a plant plan, a line investment, a recalled stake, a capacity plan, a venture described, recalled
plants, an opening with capital, an announced plant, an acquisition tag, two groundbreakings; purchases abroad without a
named target), but many were the same story, so the batch has about an eighth of its rows with a deal or event; no supply
contract, MoU or hospital tender came up in any first four (S10 returned two slugs, a hashtag and a thesis; S9 and S14
only tags and spam), so the batch has none.

Rows: 159 (hand-42801 to hand-42959); 20 carry a deal or an event (12.6%): 12 events (4 investment licences, one of them
"announced", 4 investment announcements, 2 groundbreakings, 1 acquisition, 1 inauguration) and 20 `deals` entries (17
investment, 2 groundbreaking, 1 cooperation); 8 rows hold only deals without events (42814 a venture's two partners,
42876 an investor line, 42885 a recalled plan, 42887 a line investment, 42891 a recalled stake purchase, 42910 recalled
plants, 42947 and 42949 recalled plants), no row an event without a deal. 139 rows are negatives and other fields. By
page kind: 35 rows of tag, title, slug, hashtag, spam and topic pages (42801-42835; 2 with a deal or event), 30 of
document stores, theses, course papers, forums, explainers, register tables, an English paper, a market study and a blog
(42836-42865; 0), 56 of Vietnamese news and features (42866-42921; 10), among them the English renderings of the feature's
German and French pages (42904-42905) and the bilingual repost (42920-42921), 10 of the French and Spanish agency pages
rendered in Vietnamese (42922-42931; 2) and 28 of English news (42932-42959; 6); 40 rows are English (`english_copy`,
25.2%). 9 rows are stored in NFD (hand-42804, 42842, 42847, 42875, 42886, 42894, 42907, 42913, 42924); 5 use old tone
placement (42841, 42871 and 42901 "hoá", 42845 "tuỳ", 42894 "thoả"); 40 hold several lines (headlines and leads, bylines,
captions, breadcrumbs and timestamps, attribute blocks, contents, forum chrome, related links, section labels, a
download line, register tables).

Own wording: every row was drafted in its own order and wording with changed figures, names, dates and places, the
products moved onto catheters, cannulas, syringes, gloves, blood bags and IV sets; on review against the notes taken from
the sampled pages, about 50 first drafts that still kept a page's clause order or run of facts with names and figures
swapped were rewritten from scratch in another order (amount-first, object-first, place-first, deadline-first, speaker
first or last): the cannula headline, source lead, timeline, capacity, price, investor headline and the park head's
words and the in-park technology line; the park FDI year's project line and phase II; the 2026 licence lead, caption,
investor line and board head; the glove feature's lead, the glove hunt's headline, lead and price line, the interview's
order-book, capacity-plan, export and nitrile lines; the lamp feature's lead, caption, quote, workshop and first-loan
lines and the English rendering of its 1990s line; the journal's cumulative line; the print page's profile, funding and
shipment lines; the bilingual quote; and nearly every English news row (the glove licence's lead, schedule, output,
profile and province FDI; the device market's suppliers, investment figures and the Japanese plan; the dialysis plant's
product, spending and first plant; the infusion plant's lead, earlier plant, GMP count and vice chairman; the catheter
headline, caption, price, insurance and support lines; the wire's lead, purchases and capacity). The French glove page
and the Spanish tyre page, first drafted in English, were redrafted in Vietnamese (amount-first lead) to keep English
near a quarter. No row was dropped; no row's shape came only from ranks 5-8. Nothing was used from ranks 5-8, among
them: the Korean device plant's Vietnamese copy with its latex and silicone catheter capacities (S1 r6, S7 r7; the French
copy at S17 r1 is the one used), a Japanese maker's machine-translated Hải Phòng licence (S1 r7), a test-tube
entrepreneur (S2 r5), a stent feature in Vietnamese and English (S2 r7, S18 r8), a state group's second glove plant
opening and its next plant (S4 r5, r6), a couple's glove plants and a used-glove seizure (S4 r7, r8), a share-disclosure
title (S9 r5), a Bình Định infusion plant in French and English (S17 r5, S20 r6), a Persian pharma-park item (S17 r6), a
sourcing guide and a market report (S18 r6, r7), a Japanese item, a business-daily interview and a Hanoi daily on the
Malaysian glove group (S19 r5-r7), a Chinese glove plant in Huế (S19 r8) and two other pages on the Japanese dialysis
plant (S20 r7, r8).

Conventions: exactly those of batches 10 and 12-136 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence by a board is an investment deal and an investment_licence event "licensed", the granting
body a government party as written, sited in the plant's province, dated only when the day is written; a licence still
to come ("dự kiến nhận", "sẽ được cấp") is an investment_licence "announced" (batches 10-11); a passive or received
licence without a named grantor is the firm's alone; "Chủ đầu tư là X" under a headline with the amount and a park
naming the province is X's announced investment sited there (batch 112); an opening with its capital is an investment
deal and an inauguration "completed"; a held groundbreaking ("Work starts on", "begins building") is a groundbreaking
deal and event "started"; a named firm's plan, planned plant or capacity plan is an announced investment; recalled
plants, plans, lines, investor lines and stake purchases are deals without events (an acquisition's deal is the buyer's
investment); per-plant amounts of a plan are money only; donations, grants, loans to an unnamed "firm", certificates,
product approvals, exports to unnamed buyers, sales of shares without a named buyer, wishes to buy, delegations, pledges
and incentives give no deal; persons and attendees are no parties; vague amounts and counts ("hàng chục triệu", "vài
chục") are none; "khoảng", "chừng", "gần", "hơn", "vượt", "ít nhất", "about", "some", "roughly", "more than", "around" are
approximate; bracketed conversions are both money; unit prices are money per unit ("chiếc", "hộp", "tấn"), revenue per
year keeps "năm"; capacities, outputs, demand, imports per year, durations, sizes, weights, temperatures, volumes,
ratios, page and post counts, ordinals, counts in words and counts without a noun are no counts, a delivered volume is
a count (batch 112), English counts keep their English noun; m², square metres and ha are areas; Vietnamese legal forms
are normalised ("Công ty cổ phần" -> "Công ty CP"), foreign ones kept as written ("Co., Ltd", "Co., Limited", "Inc.",
"Bhd"), a foreign name with a Vietnamese form takes that form, "Group"/"Tập đoàn" and "Medical" stay, "Vina" is dropped;
caps names take their usual spelling; a short name or alias beside a full one is a second entry, a bracketed acronym or
ticker none; brands and banks named are firms; plant names give no firm; UBND is expanded, bare units ("UBND tỉnh", "the
provincial People's Committee", "industrial zones authority") none; a province inside an organisation's or park's name
is a mention, inside a firm's name none; Vietnamese country words and English country nouns, "of X" and possessives are
countries, English adjectives, regions, blocs and foreign cities nothing, "Việt Nam"/"Vietnam" none; parks written in
Vietnamese are locations (KCN expanded; "Khu công nghệ cao TP.HCM" as a place names the province), English ones none;
districts need "huyện" before July 2025; bylines, photographers, authors and students are persons without role, cover
labels ("Giáo viên hướng dẫn:", "Chủ nhiệm đề tài:") give the role, academic titles none, a given name alone no person,
a bare role ("Phó Thủ tướng", "Tổng thống Hàn Quốc") no person; outlets, agencies, sites, usernames and tickers nothing;
decrees and circulars without a date give their number only, standards (ISO 13485) and project codes none; old tone
placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A topic page's teaser naming a glove maker with its venture partners in brackets ("Công ty CP Găng tay Trường Phúc
  (liên doanh giữa Tập đoàn Công nghiệp Cao su Việt Nam và Công ty CP Latex Hòa Lợi ...)", 42814) gives a cooperation deal
  of the two partners without event (batches 45 and 56's described venture); the venture is a firm mention.
- The cannula licence: a lead naming only the plant ("nhà máy Đông Phương Medical, vừa có giấy phép sáng nay", 42867)
  gives no firm and no event; a person shown receiving the certificate in a caption (42866) is no party; the amount-first
  row "265 tỉ đồng là tổng vốn của nhà máy ... mà Công ty cổ phần X được Ban Quản lý Khu công nghệ cao TP.HCM trao giấy
  chứng nhận đầu tư sáng 24-2" (42868) is the board's licence, dated from the published year; "bà Ngọc" (42869) is no
  person; the second outlet's headline with the amount and the park over "Chủ đầu tư là X" (42873) is X's announced
  investment sited in HCM City (batch 112's call).
- The Quảng Ninh park's year: "Nhà máy in nhuộm của Công ty TNHH X (Singapore), 115 triệu USD ..., là dự án lớn nhất trong
  gần 240 triệu USD vốn FDI mà KCN Y (Quảng Ninh) đón trong năm" (42876) is X's deal without event sited in Quảng Ninh;
  "Brightline Health International Co., Limited (Hồng Kông) dự kiến nhận giấy chứng nhận ..." (42877) an announced
  licence with the approximate amount and no site; the next year's "Công ty TNHH Brightline Health International hôm 6/1
  nhận giấy chứng nhận ... từ Ban Quản lý Khu kinh tế Quảng Ninh" (42879) a licence with the board as grantor, dated
  2026-01-06; the amount row whose investor is only "thành viên của Tập đoàn Evercare Medical" (42881) money, area and the
  group only.
- Glove features: a plan recalled plan-first ("Kế hoạch 6 nhà máy ..., mỗi nhà máy hơn 12 triệu USD, từng được Tập đoàn X
  công bố ... năm 2007", 42885) is a deal without amount or event; "Cơ sở đầu tiên của tập đoàn" (42886) names no firm;
  "vừa chi 1,3 triệu USD cho một dây chuyền nhúng găng mới" (42887) a completed line investment, deal without event;
  "giữ một hợp đồng xuất găng sang Mỹ" (42888) no deal; "về tay Tổng công ty X năm 2014 sau thương vụ mua 55% cổ phần"
  (42891) X's recalled investment without event; "Để gấp đôi công suất ..., Y đã bắt tay một đối tác" (42895) Y's
  announced investment without amount, the unnamed partner no party; "hộp 1.000 chiếc" a pack size, no count.
- "Trong đoàn doanh nghiệp tháp tùng Tổng thống Hàn Quốc ... có 11 hãng thiết bị y tế, trong đó Hanil Medical đã rót 320
  triệu USD cho hai nhà máy ... ở KCN Yên Phong, Bắc Ninh" (42910): a recalled investment without event; "11 hãng" a count,
  the bare role no person.
- The syringe print page: "120 triệu bơm tiêm" supplied (42914) is a count, "cần ít nhất 140 triệu bơm tiêm" (42918) a need,
  none; the sponsor paying for the syringes (42917) a donation, no deal, the vaccine fund an organisation; "đô la Mỹ" in a
  sum (42912) gives no country.
- The French page rendered in Vietnamese: "Nhà máy của Daehan Medical Vina ở Bình Dương, vốn hơn 162 tỉ đồng (trên 7,6
  triệu USD), đã khánh thành" (42922) is an inauguration with its VND capital; the glove group's caption "Lễ động thổ một
  nhà máy găng tay y tế tại Đồng Nai" (42926) names no firm; "27,5 triệu USD là số tiền Selangor Glove Bhd ... định chi
  cho nhà máy đầu tiên ở Việt Nam" (42927) an announced investment without site; the Spanish tyre plant opened "với sự có
  mặt của Phó Thủ tướng" (42931) names no firm, no event.
- English: a certificate received "from Thai Binh's industrial zones authority" (42932) is a licence without grantor (a
  bare authority), sited in Thái Bình by the possessive, undated ("on Tuesday"); the Japanese maker's plan told
  object-first (42942) is an announced investment in HCM City, its "begins building" headline (42943) a groundbreaking
  with the same $260 million; "Hai Phong was Kyoritsu's first overseas base: $190 million went into a plant there in 2013"
  (42947) and "VSIP II has hosted Kyrenia Medical's first local plant, a 15.5-million-USD syringe line" (42949) recalled
  deals without events, the second without site; the spending phases of "the Osaka-based company" (42945) money only.
- An English tag "Perlis Glove set to buy Surgitex ..." (42835) is an announced acquisition of buyer and target and the
  buyer's deal, without site (a deal abroad gives a deal, batch 105); the wire's "Two Malaysian plants ... were bought in
  April" (42958) names neither buyer nor target in the row, no deal; a city loan and site for "the firm" and ministry
  research money (42956) no deal.
- Register tables: "Jiangsu Kangli Medical Polymer Co., Ltd/ Trung Quốc" and "Harlow Vascular Inc., Mỹ" (42854-42855) are
  firms with their foreign forms and countries; "Thông tư 39/2016/TT-BYT" a decision without date; "Loại B/C" nothing.
- "(gọi tắt là Sao Mai)" (42850) gives a second firm entry; "Công ty cổ phần Nhựa y tế Trường An (TAM)" (42849) one firm;
  "Cổ phiếu SHM" and the source URL nothing; a bank that "vừa bán hết gần 318.000 cổ phiếu qua phương thức thỏa thuận"
  (42858) no deal, the shares an approximate count.
- A forum thread's region prefix "Đà Nẵng" before its title (42840) is a province mention; "Chủ nhiệm đề tài: ThS. X"
  on a research cover (42843) gives the label as role, "Mã số: T2019-07" no decision; "28,6 giường trên 10.000 dân"
  (42851) a ratio, no count."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_137(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HCM = cur("Hồ Chí Minh")
    QN = cur("Quảng Ninh")
    BDg = cur("Bình Dương")
    BN = cur("Bắc Ninh")
    HP = cur("Hải Phòng")
    TB = cur("Thái Bình")

    ids = iter(range(42801, 42801 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Foreign keyword salads, tag pages, download slugs, hashtags and spam titles (S1 r3, S3 r1-r4, S4 r3, S5 r3,
    # S6 r1-r4, S8 r1, S9 r1-r3, S10 r1 r2 r4, S11 r2 r4, S12 r4, S13 r4, S14 r1-r4, S19 r3: 26 of the 80 slots) ---
    rows += [
        h(
            n(),
            "dây chuyền ép phun ống tiêm chi phí bố trí nhà xưởng chỉ số ấn độ",
            "2024-01-17",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sơ đồ bố trí xưởng lắp ráp bộ truyền dịch theo các kiểu mặt bằng",
            "2024-01-17",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giáo trình kỹ thuật ép đùn ống nhựa y tế ebook pdf",
            "2022-09-05",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Liên kết cung ứng vật tư theo chuỗi",
            "2021-04-22",
            "ministry",
            ["tag_page", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nguyên liệu đầu vào cho xưởng nhựa y tế",
            "2023-03-11",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhờ độ sạch và tính ổn định, nhựa PP nguyên sinh được chọn cho thân bơm tiêm, hộp đựng dụng cụ và nắp lọ thuốc. Nhưng hạt nhựa ấy được làm ra qua những công đoạn nào thì không nhiều người biết...",
            "2023-06-02",
            "ministry",
            ["blog_tag_teaser", "truncated_teaser", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat nghi dinh quy dinh ve phan loai trang thiet bi y te",
            "2022-01-10",
            "legal",
            ["download_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat quyet dinh 5120 qd byt cong bo thu tuc hanh chinh linh vuc trang thiet bi y te",
            "2021-11-29",
            "legal",
            ["download_slug", "unaccented", "slug_number_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thủ tục công bố tiêu chuẩn áp dụng đối với găng tay y tế loại A",
            "2022-05-18",
            "legal",
            ["law_firm_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận đủ điều kiện sản xuất trang thiết bị y tế",
            "2022-05-18",
            "legal",
            ["law_firm_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục cấp số lưu hành trang thiết bị y tế loại B nhập khẩu",
            "2022-05-18",
            "legal",
            ["law_firm_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep tren upcom chot quyen tra co tuc bang tien tuan sau",
            "2023-04-03",
            "ministry",
            ["stock_tag", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep nganh cao su chot quyen du dai hoi co dong thuong nien",
            "2023-04-03",
            "ministry",
            ["stock_tag", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "găng tay y tế\nCovid-19: Khách gom hàng 'vây' nhà máy, đòi mua găng tay theo container\nCả tuần nay, từ giám đốc đến công nhân Công ty CP Găng tay Trường Phúc (liên doanh giữa Tập đoàn Công nghiệp Cao su Việt Nam và Công ty CP Latex Hòa Lợi, chuyên găng khám và găng phẫu thuật) liên tục bị những…",
            "2020-03-24",
            "ministry",
            [
                "topic_page",
                "headline_lead",
                "truncated_teaser",
                "joint_venture_apposition",
                "venture_partners_cooperation_no_event",
                "multiline",
                "no_event",
            ],
            firms=[
                f("Găng tay Trường Phúc", "Công ty CP"),
                f("Công nghiệp Cao su Việt Nam", "Tập đoàn"),
                f("Latex Hòa Lợi", "Công ty CP"),
            ],
            deals=[deal("cooperation", ["Công nghiệp Cao su Việt Nam", "Latex Hòa Lợi"])],
            events=[],
        ),
        h(
            n(),
            "download phap luat thong tu huong dan mua sam vat tu y te tieu hao tai benh vien cong lap",
            "2020-08-14",
            "legal",
            ["download_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "#mời thầu cung cấp phần mềm quản lý kho",
            "2023-10-09",
            "ministry",
            ["hashtag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thông tư 52/2019/TT-BCT Quy định định mức tiêu hao năng lượng trong sản xuất sản phẩm cao su",
            "2020-02-06",
            "legal",
            ["legal_signer_page", "document_title", "decision_no_date"],
            decisions=[d("52/2019/TT-BCT")],
            events=[],
        ),
        h(
            n(),
            "chi phí khám sức khỏe trước khi sang nhật bản làm việc",
            "2023-07-21",
            "ministry",
            ["tag_page", "lowercase", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bang xep hang doanh nghiep thiet bi y te tang truong nhanh nhat",
            "2022-12-01",
            "ministry",
            ["stock_tag", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "rút ruột ống thép luồn dây điện",
            "2021-06-15",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hệ số ma sát thấp cao su silicone y tế giá mỗi kg nhà máy 2021",
            "2021-08-30",
            "ministry",
            ["spam_title", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cao su silicone y tế dạng lỏng bảng giá mới",
            "2021-08-30",
            "ministry",
            ["spam_title", "foreign_spam_domain", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat thong tu quy dinh ve dang ky luu hanh trang thiet bi y te",
            "2022-01-10",
            "legal",
            ["download_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat quyet dinh phe duyet de an phat trien cong nghiep trang thiet bi y te",
            "2022-01-10",
            "legal",
            ["download_slug", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí đầu tư dây chuyền găng tay nitrile quy mô nhỏ chỉ số malaysia",
            "2024-01-17",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "vật tư tiêu hao",
            "2023-03-11",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đưa sản phẩm y tế đến tay bệnh viện",
            "2021-04-22",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "điều kiện cấp giấy phép sản xuất túi máu và dây truyền máu",
            "2022-05-18",
            "legal",
            ["law_firm_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "co phieu nganh y te tang tran phien chieu",
            "2023-04-03",
            "ministry",
            ["stock_tag", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "#đấu thầu tập trung vật tư y tế",
            "2023-10-09",
            "ministry",
            ["hashtag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Độ bền kéo cao cao su latex giá mỗi tấn nhà máy 2020",
            "2021-08-30",
            "ministry",
            ["spam_title", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tài liệu quản lý chất lượng ISO 13485 cho nhà máy vật tư y tế pdf",
            "2022-09-05",
            "ministry",
            ["ebook_tag", "standard_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đơn hàng đóng gói vật tư y tế tại nhật bản tuyển nữ",
            "2023-07-21",
            "ministry",
            ["tag_page", "lowercase", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tag: syringe makers raise output for vaccination drive",
            "2021-07-05",
            "ministry",
            [E, "tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tag: Perlis Glove set to buy Surgitex in push to become top surgical glove maker",
            "2017-12-04",
            "ministry",
            [E, "tag_page", "announced_acquisition", "abroad_no_site"],
            firms=[f("Perlis Glove"), f("Surgitex")],
            deals=[deal("investment", ["Perlis Glove"])],
            events=[ev("acquisition", [F("Perlis Glove"), F("Surgitex")], None, None, None, "announced")],
        ),
    ]
    # --- Document stores, theses, course papers, forum threads, explainers and register tables (S1 r1 = S8 r3 = S11 r1,
    # S5 r1 r2 r4, S9 r4, S10 r3, S12 r3, S13 r2 r3, S15 r2, S16 r1-r4, S18 r3 r4: 20 of the 80 slots) ---
    rows += [
        h(
            n(),
            "1. Trang chủ\n2. » Luận Văn - Báo Cáo\nBáo cáo thực hành học phần lập dự án đầu tư: nhà máy bơm kim tiêm y tế dùng 1 lần Hồng Lĩnh miền Trung\n52 0 0\nĐang tải... (xem toàn văn)",
            "2024-05-20",
            "ministry",
            [
                "document_store",
                "breadcrumb",
                "plant_name_no_firm",
                "counter_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Tiêu đề Nhà máy bơm kim tiêm y tế dùng 1 lần Hồng Lĩnh miền Trung\nTác giả nhimcon_92\nChuyên ngành Lập dự án đầu tư\nNăm xuất bản 2024\nThành phố Vinh\nSố trang 52\nDung lượng 1,4 MB",
            "2024-05-20",
            "ministry",
            [
                "document_store",
                "attribute_block",
                "username_nothing",
                "city_not_province",
                "page_count_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "• 1.1.1. Tên công ty: Công ty cổ phần Thiết bị Y tế Hồng Lĩnh (6)\n• 1.1.2. Trụ sở chính: Số 27 Lê Lợi, TP Vinh, Nghệ An; Điện thoại: 0238 356 1190 (6)\n• 1.1.3. Người đại diện theo pháp luật của công ty (6)",
            "2024-05-20",
            "ministry",
            ["contents", "bullet_list", "address_province", "phone_no_count", "multiline", "no_event"],
            firms=[f("Thiết bị Y tế Hồng Lĩnh", "Công ty CP")],
            provinces=[pv("Nghệ An")],
            events=[],
        ),
        h(
            n(),
            "• 2.2.1. Nhu cầu bơm tiêm, dây truyền dịch bằng nhựa tại các bệnh viện miền Trung (10)\n• 2.2.3. Thực trạng sản xuất dụng cụ y tế bằng nhựa trong nước (11)\n• 2.3. Xác định mức tiêu thụ hằng năm (12)",
            "2024-05-20",
            "ministry",
            ["contents", "bullet_list", "region_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "⚠️ LƯU Ý: ĐĂNG SAI BOX, SPAM, TIÊU ĐỀ VIẾT HOA 👉 XÓA BÀI + KHÓA NICK\nĐà Nẵng Vì Sao Ống Dây Truyền Dịch Phải Dùng Nhựa PVC Y Tế?\nnhuaminhphat\nThành viên\nTham gia ngày\n14/3/24\nBài viết\n86",
            "2024-09-12",
            "ministry",
            [
                "forum_thread",
                "forum_chrome",
                "region_prefix_province",
                "username_nothing",
                "post_count_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Các dụng cụ dùng một lần như bơm tiêm, dây truyền dịch, ống thông tiểu hay túi máu đều cần nhựa sạch, chống hoá chất tốt và không lẫn phụ gia tái chế, để tránh phản ứng khi tiếp xúc với máu và mô.",
            "2024-09-12",
            "ministry",
            ["forum_post", "explainer", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhựa Nguyên Sinh Trong Ống Thông Và Bơm Tiêm\nThảo luận trong 'Rao vặt - Diễn Đàn Doanh Nghiệp' bắt đầu bởi nhuaminhphat, 11/8/25 lúc 14:22.",
            "2025-08-11",
            "ministry",
            ["forum_thread", "forum_chrome", "username_nothing", "nfd", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "BỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC CÔNG NGHỆ SÔNG HÀN ĐỀ TÀI KH&CN CẤP TRƯỜNG THIẾT KẾ KHUÔN ÉP NHỰA CHO ĐẦU NỐI DÂY TRUYỀN DỊCH Mã số: T2019-07 Chủ nhiệm đề tài: ThS. Lưu Thanh Bình Đà Nẵng, 11-2019",
            "2020-03-02",
            "ministry",
            [
                "research_report_cover",
                "caps_org",
                "flattened_cover",
                "label_role",
                "academic_title_no_role",
                "project_code_no_decision",
                "place_date_line",
                "no_event",
            ],
            organizations=["Bộ Giáo dục và Đào tạo", "Trường Đại học Công nghệ Sông Hàn"],
            persons=[per("Lưu Thanh Bình", "Chủ nhiệm đề tài")],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Trang thiết bị y tế gồm thiết bị, dụng cụ, vật tư cấy ghép, thuốc thử và phần mềm dùng để chẩn đoán, phòng ngừa, theo dõi, điều trị bệnh hoặc hỗ trợ sinh lý.",
            "2021-07-26",
            "ministry",
            ["thesis", "definition", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo Nghị định 36/2016/NĐ-CP, trang thiết bị y tế được chia làm hai nhóm gồm bốn loại A, B, C và D, tuỳ mức độ rủi ro khi thiết kế và sản xuất.",
            "2021-07-26",
            "ministry",
            ["thesis", "decree_no_date", "old_tone", "count_in_words_no_count"],
            decisions=[d("36/2016/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.docx) (14 trang)\nTỔNG QUAN THỊ TRƯỜNG VẬT TƯ Y TẾ TIÊU HAO VIỆT NAM\nBạn đang xem bản rút gọn của tài liệu.",
            "2019-10-04",
            "ministry",
            ["document_store", "caps_title", "page_count_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ thập niên 70, ống thông nhựa dùng một lần bắt đầu thay dần ống cao su tái sử dụng ở các bệnh viện châu Âu và Mỹ.",
            "2019-10-04",
            "ministry",
            ["document_store", "region_nothing", "decade_no_date", "nfd", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nLỚP CAO HỌC CH31K\nBÀI TẬP NHÓM\nĐỀ TÀI: PHÂN TÍCH TÌNH HÌNH TÀI CHÍNH CÔNG TY CỔ PHẦN NHỰA Y TẾ TRƯỜNG AN\nGiáo viên hướng dẫn: TS Đỗ Minh Châu\nNhóm sinh viên thực hiện: Phan Thị Hồng Nhung, Trịnh Mai Anh",
            "2022-06-16",
            "ministry",
            [
                "course_paper_cover",
                "caps_org",
                "caps_firm",
                "label_role",
                "academic_title_no_role",
                "students_no_role",
                "class_code_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Kinh tế Quốc dân"],
            firms=[f("Nhựa Y tế Trường An", "Công ty CP")],
            persons=[
                per("Đỗ Minh Châu", "Giáo viên hướng dẫn"),
                per("Phan Thị Hồng Nhung", None),
                per("Trịnh Mai Anh", None),
            ],
            events=[],
        ),
        h(
            n(),
            "PHẦN 1: TỔNG QUAN NGÀNH NHỰA Y TẾ VIỆT NAM 2\n2.1.1 Thông tin Công ty cổ phần Nhựa y tế Trường An (TAM): 7\n2.2.3 Phân tích khả năng sinh lời thông qua các hệ số 16",
            "2022-06-16",
            "ministry",
            ["contents", "ticker_bracket_no_second_firm", "page_number_no_count", "multiline", "no_event"],
            firms=[f("Nhựa y tế Trường An", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Các doanh nghiệp được chọn gồm Công ty TNHH MTV Vật tư Y tế Sao Mai (gọi tắt là Sao Mai), Công ty cổ phần Thiết bị Y tế Phương Nam (viết tắt là Phương Nam) và Công ty TNHH Nhựa Y khoa Hòa Bình.",
            "2020-11-23",
            "ministry",
            [
                "thesis",
                "short_name_alias_second_entry",
                "province_in_firm_name_none",
                "firm_list",
                "no_event",
            ],
            firms=[
                f("Vật tư Y tế Sao Mai", "Công ty TNHH MTV"),
                f("Sao Mai"),
                f("Thiết bị Y tế Phương Nam", "Công ty CP"),
                f("Phương Nam"),
                f("Nhựa Y khoa Hòa Bình", "Công ty TNHH"),
            ],
            events=[],
        ),
        h(
            n(),
            "Số giường bệnh tăng từ 21,5 lên 28,6 giường trên 10.000 dân trong giai đoạn 2010 - 2020 [12], kéo theo nhu cầu vật tư tiêu hao tăng nhanh hơn cả chi tiêu thuốc.",
            "2020-11-23",
            "ministry",
            ["thesis", "ratio_no_count", "footnote", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tổng quan về túi máu và dây truyền máu dùng một lần\nXuất bản: UTC +7\nCập nhật lần cuối: UTC +7\nBSCKII. PHAN VĂN TÍN",
            "2023-02-27",
            "ministry",
            ["explainer", "caps_person", "academic_title_no_role", "page_chrome", "multiline", "no_event"],
            persons=[per("Phan Văn Tín", None)],
            events=[],
        ),
        h(
            n(),
            "• Một đơn vị hồng cầu lắng 250 ml dự kiến nâng Hb thêm khoảng 1 g/dl\n• Túi ba có chất chống đông CPDA-1 giữ máu toàn phần tối đa 35 ngày ở 2 – 6 °C",
            "2023-02-27",
            "ministry",
            [
                "explainer",
                "bullet_list",
                "volume_no_count",
                "duration_no_count",
                "temperature_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "STT Tên trang thiết bị y tế Chủng loại/mã sản phẩm Hãng/nước sản xuất Hãng/nước chủ sở hữu Mục đích sử dụng Căn cứ để phân loại Mức độ rủi ro được phân loại\n1 Túi máu đôi vô trùng dùng một lần Theo phụ lục Theo phụ lục Jiangsu Kangli Medical Polymer Co., Ltd/ Trung Quốc Dùng để thu nhận, tách thành phần và lưu trữ máu toàn phần Quy tắc 2, Phần II, Phụ lục I, Thông tư 39/2016/TT-BYT TTBYT Loại C",
            "2022-04-08",
            "ministry",
            [
                "register_table",
                "flattened_table",
                "foreign_form",
                "country_after_slash",
                "circular_no_date",
                "multiline",
                "no_event",
            ],
            firms=[f("Jiangsu Kangli Medical Polymer", "Co., Ltd")],
            decisions=[d("39/2016/TT-BYT")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "1 Bộ kim luồn tĩnh mạch an toàn có cổng bơm thuốc Theo phụ lục Theo phụ lục Harlow Vascular Inc., Mỹ Đặt vào tĩnh mạch ngoại vi trong thời gian ngắn để truyền dịch, truyền thuốc hoặc lấy máu Quy tắc 7, Mục B, Phần II, Phụ lục I, Thông tư 39/2016/TT-BYT TTBYT Loại B",
            "2022-04-08",
            "ministry",
            [
                "register_table",
                "flattened_table",
                "foreign_form",
                "country_after_comma",
                "circular_no_date",
                "no_event",
            ],
            firms=[f("Harlow Vascular", "Inc.")],
            decisions=[d("39/2016/TT-BYT")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "PHÁC ĐỒ TRUYỀN DỊCH QUA KIM LUỒN Ở TRẺ SƠ SINH\nI. ĐẠI CƯƠNG\nKim luồn cỡ 24G hoặc 26G được ưu tiên cho trẻ dưới 3 kg và nên thay sau 72 – 96 giờ.",
            "2021-12-13",
            "ministry",
            [
                "treatment_protocol",
                "caps_title",
                "size_no_count",
                "weight_no_count",
                "duration_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp đầu tiên làm găng tay phẫu thuật nội địa, từng có 2 ngân hàng nắm hơn 11% vốn, giờ ra sao?\nCông ty CP Cao su Y tế Sông Hàn (Sohamed) bắt đầu sản xuất găng phẫu thuật từ năm 1991 với một dây chuyền nhập từ Đài Loan.",
            "2023-11-22",
            "ministry",
            [
                "stock_forum_post",
                "headline_lead",
                "acronym_bracket",
                "count",
                "founding_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Cao su Y tế Sông Hàn", "Công ty CP")],
            percentages=[11],
            quantities=[c(2, "ngân hàng")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Cổ phiếu SHM giao dịch trên UPCoM. NCB và ABBank từng giữ tổng cộng 11,4% vốn (lần lượt 5,1% và 6,3%); ABBank vừa bán hết gần 318.000 cổ phiếu qua phương thức thỏa thuận.\nThông tin chi tiết: https://cafef.vn/doanh-nghiep-dau-tien-lam-gang-tay-phau-thuat-noi-dia-188231122101455210.chn",
            "2023-11-22",
            "ministry",
            [
                "stock_forum_post",
                "ticker_nothing",
                "bank_brands",
                "sale_without_buyer_no_deal",
                "source_url_nothing",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("NCB"), f("ABBank")],
            percentages=[11.4, 5.1, 6.3],
            quantities=[c(318000, "cổ phiếu", True)],
            events=[],
        ),
        h(
            n(),
            "FDI in Vietnam's medical device sector: lessons from Malaysia\nCHAPTER 1 THEORETICAL FRAMEWORK OF FOREIGN DIRECT INVESTMENT\n1.1 Concepts and characteristics of FDI",
            "2023-05-09",
            "ministry",
            [E, "document_store", "paper_cover", "country_noun", "vietnam_none", "multiline", "no_event"],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "According to the Organisation for Economic Co-operation and Development (OECD), FDI reflects a lasting interest of an investor in one economy in an enterprise resident in another; UNCTAD and the International Monetary Fund word it in much the same way.",
            "2023-05-09",
            "ministry",
            [E, "document_store", "definition", "acronym_bracket_no_second_org", "org_list", "no_event"],
            organizations=[
                "Organisation for Economic Co-operation and Development",
                "UNCTAD",
                "International Monetary Fund",
            ],
            events=[],
        ),
        h(
            n(),
            "Medical Devices & Consumables – Vietnam Market Study\nApril 2021\nCentral Management Unit\nSubmitted to the European Commission on 9 April 2021",
            "2021-04-09",
            "ministry",
            [E, "market_study_cover", "submission_date_no_deal", "multiline", "no_event"],
            organizations=["European Commission"],
            events=[],
        ),
        h(
            n(),
            "3.2 SINGLE-USE CONSUMABLES ...... 31\n3.2.1 Market Overview ...... 31\n3.2.2 Entry Opportunities for European Suppliers ...... 36",
            "2021-04-09",
            "ministry",
            [
                E,
                "contents",
                "page_number_no_count",
                "adjective_no_country",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Vietnam – the Next Sourcing Hub for Catheter and Tubing Components?\nUpdated: Mar 3, 2024",
            "2024-03-03",
            "ministry",
            [E, "vendor_blog", "vietnam_none", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "With GDP growth of 5.05% in 2023 and a young, low-cost workforce, Vietnam is drawing buyers who once sourced moulded medical parts only from China.",
            "2024-03-03",
            "ministry",
            [E, "vendor_blog", "percentage", "country_noun", "no_event"],
            percentages=[5.05],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Before you sign with a moulder, ask for its ISO 13485 certificate and for written proof of where its medical-grade resin comes from – we tell every client the same.",
            "2024-03-03",
            "ministry",
            [E, "vendor_blog", "standard_no_decision", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a catheter and IV-cannula plant licensed in the HCM City hi-tech park, told by a business
    # weekly and a news agency's site (S1 r4 = S2 r2 = S7 r3 = S8 r2, S7 r2) ---
    rows += [
        h(
            n(),
            "Kim luồn nội địa sẽ ra lò từ năm 2019\nTrần Hồng Vân\nẢnh: Trần Hồng Vân - Bà Quách Thị Bảo Ngọc (giữa) tại lễ trao giấy chứng nhận ở Khu công nghệ cao TP.HCM",
            "2017-02-24",
            "ministry",
            [
                "headline_byline_caption",
                "ceremony_caption_no_party",
                "person_no_role",
                "hi_tech_park_location",
                "repeated_byline_once",
                "multiline",
                "no_event",
            ],
            persons=[per("Trần Hồng Vân", None), per("Quách Thị Bảo Ngọc", None)],
            provinces=[pv("Hồ Chí Minh")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            events=[],
        ),
        h(
            n(),
            "(TBKTSG Online) - Từ năm 2019, bệnh viện có thể thôi nhập hàng chục triệu ống thông tiểu và kim luồn mỗi năm: dây chuyền của nhà máy Đông Phương Medical, vừa có giấy phép sáng nay, sẽ chạy vào lúc đó.",
            "2017-02-24",
            "ministry",
            [
                "source_prefix",
                "plant_name_no_firm",
                "licence_of_plant_no_party",
                "vague_count_none",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "265 tỉ đồng là tổng vốn của nhà máy ống thông và kim luồn mà Công ty cổ phần Thiết bị Y tế Đông Phương Medical được Ban Quản lý Khu công nghệ cao TP.HCM trao giấy chứng nhận đầu tư sáng 24-2.",
            "2017-02-24",
            "ministry",
            [
                "amount_first",
                "licence_passive_with_grantor",
                "board_names_province",
                "ti_spelling",
                "deal_date",
                "year_inferred",
            ],
            firms=[f("Thiết bị Y tế Đông Phương Medical", "Công ty CP")],
            organizations=["Ban Quản lý Khu công nghệ cao TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(265 * B, "VND")],
            deals=[deal("investment", ["Thiết bị Y tế Đông Phương Medical"], 265 * B, HCM, "2017-02-24")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu công nghệ cao TP.HCM"), F("Thiết bị Y tế Đông Phương Medical")],
                    265 * B,
                    "VND",
                    HCM,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Bà Ngọc, Tổng giám đốc kiêm Chủ tịch HĐQT công ty, hẹn quý III động thổ trên 8.400 m2 và đầu năm 2019 chạy thử.",
            "2017-02-24",
            "ministry",
            [
                "planned_groundbreaking_no_deal",
                "given_name_alone_no_person",
                "quarter_no_date",
                "m2_to_ha",
                "no_event",
            ],
            areas=[ha(0.84)],
            events=[],
        ),
        h(
            n(),
            "Hàng nhập từ Malaysia, Trung Quốc sẽ phải cạnh tranh với mức giá thấp hơn chừng 25%, từ khoảng 6 triệu sản phẩm mỗi năm ở giai đoạn đầu.",
            "2017-02-24",
            "ministry",
            ["capacity_no_count", "country_list", "percentage", "no_event"],
            percentages=[25],
            locations=[country("Malaysia"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ngoài ống thông và kim luồn, nhà máy sẽ làm dụng cụ nha khoa, nẹp chỉnh hình và thiết bị phục hồi chức năng, tiến tới nội địa hoá phần lớn linh kiện nhựa.",
            "2017-02-24",
            "ministry",
            ["plant_details_no_firm", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mỗi chiếc kim luồn nhập về có giá 11.000 – 16.000 đồng, còn lượng nhập hằng năm lên tới khoảng 45 triệu chiếc, theo tính toán của doanh nghiệp.",
            "2017-02-24",
            "ministry",
            ["demand_no_count", "price_range_per_unit", "no_event"],
            money=[m(11000, "VND", "chiếc"), m(16000, "VND", "chiếc")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy ống thông 265 tỷ đồng sắp mọc ở Khu công nghệ cao TP.HCM\nChủ đầu tư là Công ty cổ phần Thiết bị Y tế Đông Phương Medical; dự án rộng 8.400 m2.",
            "2017-02-25",
            "ministry",
            [
                "headline_lead",
                "investor_line_under_amount_headline",
                "park_in_headline",
                "announced_investment",
                "hi_tech_park_location",
                "m2_to_ha",
                "multiline",
            ],
            firms=[f("Thiết bị Y tế Đông Phương Medical", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(265 * B, "VND")],
            areas=[ha(0.84)],
            locations=[park("Khu công nghệ cao TP.HCM")],
            deals=[deal("investment", ["Thiết bị Y tế Đông Phương Medical"], 265 * B, HCM)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Thiết bị Y tế Đông Phương Medical")],
                    265 * B,
                    "VND",
                    HCM,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Ban sẽ gom các thủ tục xây dựng về một đầu mối để nhà máy khởi công đúng hẹn, vì thiết bị nhập khẩu đang đội chi phí của bệnh viện, ông Đoàn Minh Triết, Trưởng Ban Quản lý Khu công nghệ cao TP.HCM, nói.\nTin liên quan\n-\nDoanh nghiệp",
            "2017-02-25",
            "ministry",
            [
                "reported_speech_speaker_last",
                "person_role_after",
                "province_in_org_name",
                "page_chrome",
                "multiline",
                "no_event",
            ],
            persons=[per("Đoàn Minh Triết", "Trưởng Ban Quản lý Khu công nghệ cao TP.HCM")],
            organizations=["Ban Quản lý Khu công nghệ cao TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Mua công nghệ nước ngoài để đi tắt là cách mà phần lớn doanh nghiệp thiết bị y tế trong khu đang chọn.",
            "2017-02-25",
            "ministry",
            ["vague_count_none", "nfd", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Quảng Ninh park's FDI year with a medical-supplies project to be licensed (S1 r2 = S11 r3),
    # then the same province's first FDI licence of the next year (S7 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy in nhuộm của Công ty TNHH Dệt nhuộm Quốc tế Hoa Thịnh (Singapore), 115 triệu USD và 80.000 tấn vải/năm, là dự án lớn nhất trong gần 240 triệu USD vốn FDI mà KCN Đông Mai Xanh (Quảng Ninh) đón trong năm.",
            "2025-12-16",
            "provincial",
            [
                "investor_line_without_verb",
                "object_first",
                "deal_no_event",
                "park_province_bracket",
                "country_bracket",
                "capacity_no_count",
                "approx",
            ],
            firms=[f("Dệt nhuộm Quốc tế Hoa Thịnh", "Công ty TNHH")],
            provinces=[pv("Quảng Ninh")],
            money=[m(240 * M, "USD", approx=True), m(115 * M, "USD")],
            locations=[park("Khu công nghiệp Đông Mai Xanh"), country("Singapore")],
            deals=[deal("investment", ["Dệt nhuộm Quốc tế Hoa Thịnh"], 115 * M, QN)],
            events=[],
        ),
        h(
            n(),
            "Cuối tháng 12, Brightline Health International Co., Limited (Hồng Kông) dự kiến nhận giấy chứng nhận đăng ký đầu tư cho nhà máy băng gạc, vật tư phẫu thuật và vật liệu chăm sóc vết thương, tổng vốn khoảng 52 triệu USD.",
            "2025-12-16",
            "provincial",
            [
                "future_licence",
                "firm_first",
                "foreign_form",
                "country_bracket",
                "month_no_date",
                "approx",
                "no_site",
            ],
            firms=[f("Brightline Health International", "Co., Limited")],
            money=[m(52 * M, "USD", approx=True)],
            locations=[country("Hồng Kông")],
            deals=[deal("investment", ["Brightline Health International"], 52 * M)],
            events=[
                ev(
                    "investment_licence",
                    [F("Brightline Health International")],
                    52 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Gần 450 ha của giai đoạn II đang được làm thủ tục; khu muốn dành đất đó cho công nghệ cao, công nghiệp hỗ trợ và những ngành ít phát thải.",
            "2025-12-16",
            "provincial",
            ["park_phase", "area", "approx", "no_event"],
            areas=[ha(450, True)],
            events=[],
        ),
        h(
            n(),
            "Quảng Ninh mở màn năm 2026 bằng một dự án vật tư y tế vốn ngoại\nCông ty TNHH Brightline Health International hôm 6/1 nhận giấy chứng nhận đăng ký đầu tư từ Ban Quản lý Khu kinh tế Quảng Ninh cho nhà máy ở KCN Đông Mai Xanh, dự án FDI đầu tiên của tỉnh trong năm.",
            "2026-01-09",
            "provincial",
            [
                "headline_lead",
                "licence_received_from_board",
                "foreign_name_vietnamese_form",
                "province_in_org_name",
                "deal_date",
                "year_inferred",
                "ordinal_not_count",
                "multiline",
            ],
            firms=[f("Brightline Health International", "Công ty TNHH")],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            locations=[park("Khu công nghiệp Đông Mai Xanh")],
            deals=[deal("investment", ["Brightline Health International"], None, QN, "2026-01-06")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Quảng Ninh"), F("Brightline Health International")],
                    None,
                    None,
                    QN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Đại diện nhà đầu tư và chủ đầu tư hạ tầng KCN Đông Mai Xanh nhận giấy chứng nhận từ lãnh đạo Ban",
            "2026-01-09",
            "provincial",
            ["caption", "park_developer_unnamed", "attendees_no_party", "no_event"],
            locations=[park("Khu công nghiệp Đông Mai Xanh")],
            events=[],
        ),
        h(
            n(),
            "Vốn hơn 52,3 triệu USD (chừng 1.370 tỉ đồng) sẽ dựng trên 8,7 ha một nhà máy làm dụng cụ nha khoa, vật tư y tế và đồ phục hồi chức năng; chủ đầu tư là thành viên của Tập đoàn Evercare Medical.",
            "2026-01-09",
            "provincial",
            [
                "amount_first",
                "unnamed_member_investor_no_deal",
                "parent_group_mention",
                "bracketed_conversion",
                "approx",
                "area",
                "no_event",
            ],
            firms=[f("Evercare Medical", "Tập đoàn")],
            money=[m(52.3 * M, "USD", approx=True), m(1370 * B, "VND", approx=True)],
            areas=[ha(8.7)],
            events=[],
        ),
        h(
            n(),
            "Tháng 9.2027 là hạn xây xong mà Ban Quản lý Khu kinh tế Quảng Ninh đặt ra; ông Vũ Đức Thịnh, Trưởng Ban Quản lý Khu kinh tế Quảng Ninh, hứa hỗ trợ nhà đầu tư làm thủ tục.",
            "2026-01-09",
            "provincial",
            ["deadline_first", "person_role_after", "province_in_org_name", "month_no_date", "no_event"],
            persons=[per("Vũ Đức Thịnh", "Trưởng Ban Quản lý Khu kinh tế Quảng Ninh")],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            events=[],
        ),
    ]
    # --- Vietnamese features on medical gloves: a market feature, an export hunt and an interview (S4 r1, r2, r4) ---
    rows += [
        h(
            n(),
            "Găng tay y tế: miếng bánh lớn chờ doanh nghiệp Việt\nNhu cầu găng tay toàn cầu tăng đều 8-11% một năm và đã vượt 60 tỉ đôi, ngân hàng Maybridge Capital (Malaysia) ước tính.",
            "2014-09-18",
            "ministry",
            [
                "headline_lead",
                "bank_firm",
                "country_bracket",
                "demand_no_count",
                "percentage_range",
                "multiline",
                "no_event",
            ],
            firms=[f("Maybridge Capital")],
            percentages=[8, 11],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Malaysia chiếm chừng một nửa thị phần găng cao su toàn cầu, Tập đoàn Công nghiệp Cao su Việt Nam (VRG) cho biết.",
            "2014-09-18",
            "ministry",
            [
                "reported_speech_speaker_last",
                "fraction_in_words_no_percentage",
                "acronym_bracket",
                "no_event",
            ],
            firms=[f("Công nghiệp Cao su Việt Nam", "Tập đoàn")],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch 6 nhà máy găng tay trong 8 năm, mỗi nhà máy hơn 12 triệu USD, từng được Tập đoàn Perak Latex Industries (Malaysia) công bố khi vào Việt Nam năm 2007.",
            "2014-09-18",
            "ministry",
            [
                "recalled_plan",
                "deal_no_event",
                "plan_first",
                "per_plant_amount_not_deal",
                "count",
                "approx",
                "no_site",
            ],
            firms=[f("Perak Latex Industries", "Tập đoàn")],
            money=[m(12 * M, "USD", approx=True)],
            quantities=[c(6, "nhà máy")],
            locations=[country("Malaysia")],
            deals=[deal("investment", ["Perak Latex Industries"])],
            events=[],
        ),
        h(
            n(),
            "Cơ sở đầu tiên của tập đoàn, rộng 38 ha, nằm ở KCN Long Đức, tỉnh Đồng Nai, làm ra khoảng 1,5 tỉ chiếc găng mỗi năm.",
            "2014-09-18",
            "ministry",
            ["anaphora_no_firm", "recalled_plant_no_party", "capacity_no_count", "area", "nfd", "no_event"],
            provinces=[pv("Đồng Nai")],
            areas=[ha(38)],
            locations=[park("Khu công nghiệp Long Đức")],
            events=[],
        ),
        h(
            n(),
            "Không chịu đứng ngoài, Công ty TNHH Cao su Thành Lợi vừa chi 1,3 triệu USD cho một dây chuyền nhúng găng mới, nâng công suất thêm 9 triệu đôi/năm bên cạnh 3 dây chuyền cũ.",
            "2014-09-18",
            "ministry",
            ["line_investment", "deal_no_event", "capacity_no_count", "count", "no_site"],
            firms=[f("Cao su Thành Lợi", "Công ty TNHH")],
            money=[m(1.3 * M, "USD")],
            quantities=[c(3, "dây chuyền")],
            deals=[deal("investment", ["Cao su Thành Lợi"], 1.3 * M)],
            events=[],
        ),
        h(
            n(),
            "Thành Lợi hiện giữ một hợp đồng xuất găng sang Mỹ trị giá khoảng 3,6 triệu USD.",
            "2014-09-18",
            "ministry",
            ["export_contract_unnamed_buyer_no_deal", "short_name", "approx", "no_event"],
            firms=[f("Thành Lợi")],
            money=[m(3.6 * M, "USD", approx=True)],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Bình Dương: khách ngoại xếp hàng chờ găng tay y tế\nChỉ một doanh nghiệp trong số chừng 6 nhà máy găng tay y tế phía Nam có đủ giấy tờ để bán sang Mỹ và EU, dù riêng Bình Dương đã có 4 nhà máy.",
            "2020-04-02",
            "ministry",
            [
                "headline_lead",
                "count",
                "count_in_words_no_count",
                "bloc_nothing",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            quantities=[c(6, "nhà máy", True), c(4, "nhà máy")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền nhúng găng của Công ty CP Găng Y tế Tân Định Phú\n\nDây chuyền nhúng găng của Công ty CP Găng Y tế Tân Định Phú",
            "2020-04-02",
            "ministry",
            ["caption_repeated", "firm_once", "multiline", "no_event"],
            firms=[f("Găng Y tế Tân Định Phú", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Tân Định Phú, có nhà máy ở huyện Phú Giáo, về tay Tổng công ty Cao su Sông Bé Xanh năm 2014 sau thương vụ mua 55% cổ phần và nay nắm khoảng 1/4 thị phần găng y tế trong nước.",
            "2020-04-02",
            "ministry",
            [
                "recalled_acquisition",
                "deal_no_event",
                "district",
                "fraction_no_percentage",
                "percentage",
                "no_site",
            ],
            firms=[f("Tân Định Phú"), f("Cao su Sông Bé Xanh", "Tổng công ty")],
            percentages=[55],
            locations=[district("huyện Phú Giáo")],
            deals=[deal("investment", ["Cao su Sông Bé Xanh"])],
            events=[],
        ),
        h(
            n(),
            "“Chúng tôi có chứng nhận 510(k) để vào Mỹ, CE để vào châu Âu và giấy phép lưu hành của Bộ Y tế”, ông Lạc Văn Tâm, Phó tổng giám đốc Tân Định Phú, nói.",
            "2020-04-02",
            "ministry",
            [
                "quote",
                "person_role_after",
                "firm_in_role",
                "certificates_no_deal",
                "region_nothing",
                "no_event",
            ],
            persons=[per("Lạc Văn Tâm", "Phó tổng giám đốc Tân Định Phú")],
            firms=[f("Tân Định Phú")],
            organizations=["Bộ Y tế"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Dù khách ngoại đã đặt trước khoảng 85% sản lượng, một hộp 1.000 chiếc vẫn được bán tại cổng nhà máy với giá 520.000 đồng, không đổi so với trước dịch.",
            "2020-04-02",
            "ministry",
            ["unit_price", "pack_size_no_count", "unnamed_buyers_no_deal", "percentage", "no_event"],
            money=[m(520000, "VND", "hộp")],
            percentages=[85],
            events=[],
        ),
        h(
            n(),
            "Các nước còn tích trữ găng tay ít nhất 4 năm nữa, nên đơn hàng năm 2022 đã kín, ông Tâm nói; điều duy nhất còn phải thoả thuận là giá, vốn bám theo giá mủ.",
            "2021-06-28",
            "ministry",
            [
                "interview",
                "given_name_alone_no_person",
                "old_tone",
                "duration_no_count",
                "nfd",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Để gấp đôi công suất, lên 4,4 tỉ chiếc/năm từ tháng 11, Tân Định Phú đã bắt tay một đối tác; năm 2020 nhà máy phải chạy hết 100% công suất mới ra được 2,2 tỉ chiếc, 35% trong số đó bán trong nước.",
            "2021-06-28",
            "ministry",
            [
                "capacity_plan",
                "announced_investment",
                "unnamed_partner_no_party",
                "output_no_count",
                "percentage",
                "no_site",
            ],
            firms=[f("Tân Định Phú")],
            percentages=[100, 35],
            deals=[deal("investment", ["Tân Định Phú"])],
            events=[ev("investment_announcement", [F("Tân Định Phú")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Xuất khẩu vẫn là chính, gần 4/5 sản lượng đi Mỹ, châu Âu, Nhật Bản và New Zealand, còn công suất trước dịch chỉ dùng 65-75%.",
            "2021-06-28",
            "ministry",
            ["percentage_range", "fraction_no_percentage", "country_list", "region_nothing", "no_event"],
            percentages=[65, 75],
            locations=[country("Mỹ"), country("Nhật Bản"), country("New Zealand")],
            events=[],
        ),
        h(
            n(),
            "Khuôn tay sứ vẫn nhập 100%, trong khi giá mủ nitrile đã lên 3.900 USD/tấn từ 1.250 USD và phụ gia đắt thêm 25%.",
            "2021-06-28",
            "ministry",
            ["unit_price", "price_range_per_unit", "percentage", "no_event"],
            money=[m(3900, "USD", "tấn"), m(1250, "USD", "tấn")],
            percentages=[100, 25],
            events=[],
        ),
    ]
    # --- Vietnamese feature on a domestic maker of examination lamps and blood-collection tubes (S2 r1 = S8 r4 = S12 r1),
    # with its German and French renderings (S2 r3, S2 r4) given here in English ---
    rows += [
        h(
            n(),
            "Chiếc đèn khám, ống lấy máu và con đường đưa thiết bị y tế Việt ra thế giới\nTrong xưởng của Phước An Medical (phường Tân Tạo, TPHCM), từng khay ống lấy máu chân không được soi bằng mắt trước khi vào máy dán nhãn.",
            "2025-08-20",
            "ministry",
            [
                "headline_lead",
                "feature_lead",
                "bare_firm",
                "ward_no_location",
                "province_in_bracket",
                "multiline",
                "no_event",
            ],
            firms=[f("Phước An Medical")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Ống lấy máu thành phẩm chờ đóng thùng (Ảnh: Phạm Đức Hòa).",
            "2025-08-20",
            "ministry",
            ["caption", "photo_credit_person", "no_event"],
            persons=[per("Phạm Đức Hòa", None)],
            events=[],
        ),
        h(
            n(),
            "Ông Hồ Văn Kiệt, Chủ tịch Phước An Medical, chỉ vào dãy máy ép: “Ống lấy máu là dòng mới, 5 năm nay thôi, nhưng hơn 200 bệnh viện đã dùng; đèn khám thì chúng tôi làm gần 30 năm.”",
            "2025-08-20",
            "ministry",
            [
                "quote",
                "speaker_first",
                "person_role_after",
                "firm_in_role",
                "duration_no_count",
                "count",
                "approx",
                "no_event",
            ],
            persons=[per("Hồ Văn Kiệt", "Chủ tịch Phước An Medical")],
            firms=[f("Phước An Medical")],
            quantities=[c(200, "bệnh viện", True)],
            events=[],
        ),
        h(
            n(),
            "Xưởng hiện rộng 1.800 m2 với vài chục công nhân, dây chuyền đã hai lần được tự động hoá: thành quả của hơn 30 năm bám nghề.",
            "2025-08-20",
            "ministry",
            ["m2_to_ha", "vague_count_none", "count_in_words_no_count", "old_tone", "no_event"],
            areas=[ha(0.18)],
            events=[],
        ),
        h(
            n(),
            "Khoản vốn đầu tiên, 15 triệu đồng vay của người quen, được ông Kiệt dồn hết vào lô đèn khám làm tay năm 1992, khi còn ngồi giảng đường.",
            "2025-08-20",
            "ministry",
            [
                "amount_first",
                "given_name_alone_no_person",
                "personal_loan_no_deal",
                "ordinal_not_count",
                "no_event",
            ],
            money=[m(15 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "Ông Kiệt cho rằng bài học lớn nhất là phải có chứng nhận ISO 13485 trước khi tính chuyện bán sang Nhật Bản hay châu Âu.",
            "2025-08-20",
            "ministry",
            ["given_name_alone_no_person", "standard_no_decision", "region_nothing", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Blood-collection tubes launched only five years ago now go to more than 200 hospitals, while the ENT lamps have been made for almost three decades, says Ho Van Kiet, chairman of Phuoc An Medical.",
            "2025-08-21",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "reported_speech_speaker_last",
                "person_role_after",
                "count",
                "approx",
                "no_event",
            ],
            persons=[per("Ho Van Kiet", "chairman of Phuoc An Medical")],
            firms=[f("Phuoc An Medical")],
            quantities=[c(200, "hospitals", True)],
            events=[],
        ),
        h(
            n(),
            "Eastern European imports filled Vietnamese wards when Kiet started out, he recalls; local makers were almost unheard of. (Photo: Pham Duc Hoa)",
            "2025-08-21",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "given_name_alone_no_person",
                "adjective_no_country",
                "photo_credit_person",
                "no_event",
            ],
            persons=[per("Pham Duc Hoa", None)],
            events=[],
        ),
    ]
    # --- Vietnamese features on Korean capital: a theory journal's article (S15 r1) and a feature on the groups in a
    # presidential delegation (S15 r4) ---
    rows += [
        h(
            n(),
            "Trang chủ    Quốc tế    Vốn Hàn Quốc vào ngành thiết bị y tế Việt Nam: mười năm nhìn lại\nThứ hai, 14 Tháng 11 2022 08:31\n3127 Lượt xem",
            "2022-11-14",
            "ministry",
            ["breadcrumb", "timestamp", "views_no_count", "count_in_words_no_count", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "(LLCT) - Sau điện tử và dệt may, vật tư y tế dùng một lần đang là lĩnh vực doanh nghiệp Hàn Quốc tìm đến, với các dự án ở Bắc Ninh, Vĩnh Phúc, Hải Dương và Bình Dương.",
            "2022-11-14",
            "ministry",
            ["source_prefix", "province_list", "unnamed_investors", "nfd", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Vĩnh Phúc"), pv("Hải Dương"), pv("Bình Dương")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Bài viết làm rõ thực trạng đầu tư của doanh nghiệp Hàn Quốc vào vật tư y tế từ năm 2012 và ý nghĩa của dòng vốn này với công nghiệp hỗ trợ trong nước.",
            "2022-11-14",
            "ministry",
            ["abstract", "unnamed_investors", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "1,27 tỷ USD là tổng vốn mà khoảng 140 doanh nghiệp thiết bị y tế Hàn Quốc đã đăng ký tại Việt Nam tính đến hết năm 2021.",
            "2022-11-14",
            "ministry",
            ["cumulative", "unnamed_investors", "count", "approx", "no_event"],
            money=[m(1.27 * B, "USD")],
            quantities=[c(140, "doanh nghiệp", True)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Trong đoàn doanh nghiệp tháp tùng Tổng thống Hàn Quốc lần này có 11 hãng thiết bị y tế, trong đó Hanil Medical đã rót 320 triệu USD cho hai nhà máy ống thông và kim tiêm ở KCN Yên Phong, Bắc Ninh.",
            "2023-06-21",
            "ministry",
            [
                "delegation",
                "recalled_investment",
                "deal_no_event",
                "bare_role_no_person",
                "count",
                "count_in_words_no_count",
            ],
            firms=[f("Hanil Medical")],
            provinces=[pv("Bắc Ninh")],
            money=[m(320 * M, "USD")],
            quantities=[c(11, "hãng")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Yên Phong")],
            deals=[deal("investment", ["Hanil Medical"], 320 * M, BN)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI feature (S7 r1 = S15 r3 = S17 r4) ---
    rows += [
        h(
            n(),
            "- Vốn ngoại vào thiết bị y tế tăng gấp đôi sau đại dịch\n- Đài Loan rót thêm vào khuôn mẫu chính xác\nBứt tốc cuối năm",
            "2024-01-08",
            "ministry",
            ["related_links", "section_label", "multiline", "no_event"],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Năm 2022 vốn FDI cam kết giảm 12%; sang quý I/2023, cả nước chỉ hút khoảng 5,45 tỉ đô la Mỹ, thấp hơn 38% cùng kỳ, theo Tổng cục Thống kê.",
            "2024-01-08",
            "ministry",
            ["statistics", "dollar_word", "ti_spelling", "approx", "percentage", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(5.45 * B, "USD", approx=True)],
            percentages=[11, 38],
            events=[],
        ),
        h(
            n(),
            "Lạm phát, lãi suất cao và căng thẳng địa chính trị khiến nhà đầu tư toàn cầu thận trọng hơn khi rót vốn.",
            "2024-01-08",
            "ministry",
            ["nfd", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a farm paper's print page on the syringe maker behind a vaccination drive (S13 r1) ---
    rows += [
        h(
            n(),
            "Dân Việt\n\nNhà máy cung cấp 120 triệu bơm tiêm cho đợt tiêm vaccine Covid-19 làm ăn thế nào?\n\nTrịnh Lam Giang 02/07/2021 09:15 GMT+7",
            "2021-07-02",
            "ministry",
            [
                "print_page",
                "outlet_nothing",
                "byline_timestamp",
                "delivered_volume_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Trịnh Lam Giang", None)],
            quantities=[c(120 * M, "bơm tiêm")],
            events=[],
        ),
        h(
            n(),
            "Doanh thu chừng 210 tỷ đồng/năm, vốn điều lệ 60 tỷ đồng: đó là quy mô của Công ty CP Nhựa Y tế Hàn Việt (Hanvimed), nơi ra lò số bơm tiêm này.",
            "2021-07-02",
            "ministry",
            [
                "firm_profile",
                "acronym_bracket",
                "charter_capital_money_only",
                "revenue_no_deal",
                "per_year",
                "approx",
                "no_event",
            ],
            firms=[f("Nhựa Y tế Hàn Việt", "Công ty CP")],
            money=[m(60 * B, "VND"), m(210 * B, "VND", "năm", True)],
            events=[],
        ),
        h(
            n(),
            "Hanvimed chỉ làm bơm tiêm nhựa dùng một lần; chạy đủ ba ca, nhà máy ra được chừng 25 triệu chiếc mỗi tháng.",
            "2021-07-02",
            "ministry",
            ["short_name", "capacity_no_count", "count_in_words_no_count", "no_event"],
            firms=[f("Hanvimed")],
            events=[],
        ),
        h(
            n(),
            "Quỹ vaccine phòng, chống Covid-19 và ngân sách không phải chi đồng nào cho lô bơm tiêm: Tập đoàn Đông Á Phát cùng các công ty con đứng ra trả toàn bộ.",
            "2021-07-02",
            "ministry",
            ["donation_no_deal", "fund_org", "no_event"],
            firms=[f("Đông Á Phát", "Tập đoàn")],
            organizations=["Quỹ vaccine phòng, chống Covid-19"],
            events=[],
        ),
        h(
            n(),
            "Bộ Y tế tính cần ít nhất 140 triệu bơm tiêm cho chiến dịch, trong khi nhiều tỉnh báo thiếu từ tháng 5.",
            "2021-07-02",
            "ministry",
            ["demand_no_count", "no_event"],
            organizations=["Bộ Y tế"],
            events=[],
        ),
        h(
            n(),
            "TP.HCM nhận lô đầu tiên bằng máy bay, sau khi hàng rời nhà máy của Hanvimed ở Hưng Yên sáng 23/6.",
            "2021-07-02",
            "ministry",
            ["shipment_no_deal", "short_name", "ordinal_not_count", "no_event"],
            firms=[f("Hanvimed")],
            provinces=[pv("Hưng Yên"), pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- A bilingual learner's blog reposting a news item, English line then Vietnamese line (S12 r2) ---
    rows += [
        h(
            n(),
            "Vietnamese firms make few high-tech medical devices\n\nDoanh nghiệp Việt gần như vắng mặt ở khâu làm thiết bị y tế công nghệ cao, dù thị trường tăng nhanh.",
            "2018-06-11",
            "ministry",
            [E, "bilingual", "headline_lead", "adjective_no_country", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Giường bệnh và xe đẩy là gần hết những gì chừng 60 nhà sản xuất thiết bị y tế cỡ lớn trong nước làm được”, ông Lương Phú Hậu, Phó Chủ tịch Hiệp hội Thiết bị Y tế phía Nam, nhận xét.",
            "2018-06-11",
            "ministry",
            ["bilingual", "quote", "person_role_after", "count", "approx", "no_event"],
            persons=[per("Lương Phú Hậu", "Phó Chủ tịch Hiệp hội Thiết bị Y tế phía Nam")],
            organizations=["Hiệp hội Thiết bị Y tế phía Nam"],
            quantities=[c(60, "nhà sản xuất", True)],
            events=[],
        ),
    ]
    # --- Foreign-language agency pages rendered: a French page on a Korean device plant's opening in Bình Dương with its
    # related item (S17 r1 = S17 r3), rendered in Vietnamese ---
    rows += [
        h(
            n(),
            "Nhà máy của Daehan Medical Vina ở Bình Dương, vốn hơn 162 tỉ đồng (trên 7,6 triệu USD), đã khánh thành, chưa đầy một năm sau khi doanh nghiệp có giấy phép đầu tư.",
            "2016-07-18",
            "ministry",
            [
                "foreign_page_rendered",
                "inauguration_with_capital",
                "vina_dropped",
                "bracketed_conversion",
                "recalled_licence_in_clause",
                "approx",
            ],
            firms=[f("Daehan Medical")],
            provinces=[pv("Bình Dương")],
            money=[m(162 * B, "VND", approx=True), m(7.6 * M, "USD", approx=True)],
            deals=[deal("investment", ["Daehan Medical"], 162 * B, BDg)],
            events=[ev("inauguration", [F("Daehan Medical")], 162 * B, "VND", BDg, "completed")],
        ),
        h(
            n(),
            "Sáu tháng, vốn ngoại vào Bình Dương vượt 1,1 tỉ USD; 71 dự án mới mang về 420 triệu USD, phần còn lại đến từ 58 dự án tăng vốn.",
            "2016-07-18",
            "ministry",
            [
                "foreign_page_rendered",
                "statistics",
                "unnamed_investors",
                "count",
                "approx",
                "duration_no_count",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            money=[m(1.1 * B, "USD", approx=True), m(420 * M, "USD")],
            quantities=[c(71, "dự án"), c(58, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Tỉnh ưu tiên dự án công nghệ cao và thân thiện với môi trường, ông Lê Văn Tùng, Chủ tịch UBND tỉnh, cho biết. -TTXVN",
            "2016-07-18",
            "ministry",
            [
                "foreign_page_rendered",
                "person_role_after",
                "bare_unit_in_role",
                "agency_nothing",
                "nfd",
                "no_event",
            ],
            persons=[per("Lê Văn Tùng", "Chủ tịch UBND tỉnh")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp Việt tìm đối tác tại hội chợ y tế ở Düsseldorf\nHơn 20 doanh nghiệp thiết bị y tế Việt Nam góp mặt tại hội chợ MEDICA ở Đức từ ngày 11/11.",
            "2016-07-18",
            "ministry",
            [
                "foreign_page_rendered",
                "related_item",
                "headline_lead",
                "city_abroad_nothing",
                "fair_nothing",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            quantities=[c(20, "doanh nghiệp", True)],
            locations=[country("Đức")],
            events=[],
        ),
    ]
    # --- A French news-agency page on a Malaysian glove group's first Vietnamese plant with its caption and a related
    # item (S19 r1 = S19 r2), and a Spanish agency page on a tyre plant's opening (S20 r4), rendered in Vietnamese ---
    rows += [
        h(
            n(),
            "Ảnh: Lễ động thổ một nhà máy găng tay y tế tại Đồng Nai (baodautu)",
            "2019-08-12",
            "ministry",
            ["foreign_page_rendered", "caption", "groundbreaking_no_firm", "site_credit_nothing", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "27,5 triệu USD là số tiền Selangor Glove Bhd, hãng găng tay hàng đầu Malaysia, định chi cho nhà máy đầu tiên ở Việt Nam, theo Nikkei Asian Review.",
            "2019-08-12",
            "ministry",
            [
                "foreign_page_rendered",
                "amount_first",
                "announced_investment",
                "foreign_form",
                "outlet_nothing",
                "ordinal_not_count",
                "no_site",
            ],
            firms=[f("Selangor Glove", "Bhd")],
            money=[m(27.5 * M, "USD")],
            locations=[country("Malaysia")],
            deals=[deal("investment", ["Selangor Glove"], 27.5 * M)],
            events=[ev("investment_announcement", [F("Selangor Glove")], 27.5 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Dự kiến chạy máy từ năm 2021, nhà máy sẽ ra khoảng 4,5 tỉ găng nitrile mỗi năm; mủ cao su sẵn có và thị trường trong nước đông dân là hai lý do hãng chọn Việt Nam.",
            "2019-08-12",
            "ministry",
            [
                "foreign_page_rendered",
                "capacity_no_count",
                "count_in_words_no_count",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Được định giá chừng 2,8 tỉ USD trên sàn, Selangor Glove năm ngoái lãi 98 triệu USD trên doanh thu 0,9 tỉ USD và dự kiến có 910 dây chuyền vào cuối năm 2021, từ 690 hiện nay. -CPV/TTXVN",
            "2019-08-12",
            "ministry",
            [
                "foreign_page_rendered",
                "market_value_no_deal",
                "revenue_no_deal",
                "agency_nothing",
                "approx",
                "count",
            ],
            firms=[f("Selangor Glove")],
            money=[m(2.8 * B, "USD", approx=True), m(98 * M, "USD"), m(0.9 * B, "USD")],
            quantities=[c(910, "dây chuyền"), c(690, "dây chuyền")],
            events=[],
        ),
        h(
            n(),
            "Cao su mở thêm cửa hợp tác Việt Nam – Malaysia\nPhó Thủ tướng Lê Văn An ngày 2/10 tiếp các hiệp hội và doanh nghiệp cao su Malaysia để thúc đẩy hợp tác song phương.",
            "2019-08-12",
            "ministry",
            [
                "foreign_page_rendered",
                "related_item",
                "person_role_before",
                "headline_lead",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Văn An", "Phó Thủ tướng")],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy lốp radial khoảng 126 triệu USD đã khánh thành ở KCN Hòa Khánh, TP Đà Nẵng, với sự có mặt của Phó Thủ tướng; nhà máy sẽ cần 900 lao động địa phương. -TTXVN",
            "2013-09-30",
            "ministry",
            [
                "foreign_page_rendered",
                "opening_no_firm",
                "bare_role_no_person",
                "agency_nothing",
                "count",
                "approx",
                "no_event",
            ],
            provinces=[pv("Đà Nẵng")],
            money=[m(126 * M, "USD", approx=True)],
            quantities=[c(900, "lao động")],
            locations=[park("Khu công nghiệp Hòa Khánh")],
            events=[],
        ),
    ]
    # --- English news: an investment weekly on a Singapore glove maker licensed in Thái Bình (S17 r2 = S20 r3) ---
    rows += [
        h(
            n(),
            "Singapore firm to put $76 mln into northern Vietnam glove plant\nSingapore-registered Orchard Shield Technology received an investment certificate on Tuesday from Thai Binh's industrial zones authority for a $76-million glove factory.",
            "2023-11-07",
            "ministry",
            [
                E,
                "headline_lead",
                "licence",
                "licence_received",
                "bare_authority_no_grantor",
                "possessive_province",
                "weekday_no_date",
                "country_noun_as_modifier",
                "repeated_amount",
                "multiline",
            ],
            firms=[f("Orchard Shield Technology")],
            provinces=[pv("Thái Bình")],
            money=[m(76 * M, "USD"), m(76 * M, "USD")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Orchard Shield Technology"], 76 * M, TB)],
            events=[
                ev("investment_licence", [F("Orchard Shield Technology")], 76 * M, "USD", TB, "licensed")
            ],
        ),
        h(
            n(),
            "The licence runs to December 31, 2061; machinery is to arrive in March 2025 and commercial output to start that December, after ground is broken in April 2024 on 9.8 hectares of Lien Ha Thai Industrial Park.",
            "2023-11-07",
            "ministry",
            [
                E,
                "plant_details_no_firm",
                "planned_groundbreaking_no_deal",
                "english_park_no_location",
                "area",
                "no_event",
            ],
            areas=[ha(9.8)],
            events=[],
        ),
        h(
            n(),
            "Examination gloves, 12 million pairs or about 350 tons a year, will be a side line next to 280 million pairs (roughly 1,800 tons) of protective gloves.",
            "2023-11-07",
            "ministry",
            [E, "capacity_no_count", "weight_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "China, the US, Japan and South Korea are among the more than 35 countries where Orchard Shield, set up in 1994, sells its gloves.",
            "2023-11-07",
            "ministry",
            [
                E,
                "firm_profile",
                "short_name",
                "founding_no_deal",
                "country_list",
                "count",
                "approx",
                "no_event",
            ],
            firms=[f("Orchard Shield")],
            quantities=[c(35, "countries", True)],
            locations=[country("China"), country("US"), country("Japan"), country("South Korea")],
            events=[],
        ),
        h(
            n(),
            "Provincial authorities said the company will get the usual breaks on corporate income tax, import duties and land rent.",
            "2023-11-07",
            "ministry",
            [E, "incentives_no_deal", "bare_unit_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "With 151 valid foreign projects worth $4.2 billion in all, Thai Binh added $412.6 million of FDI in the first ten months, 16th in the country, the Ministry of Planning and Investment said.",
            "2023-11-07",
            "ministry",
            [E, "statistics", "unaccented_province", "ordinal_not_count", "count", "no_event"],
            provinces=[pv("Thái Bình")],
            organizations=["Ministry of Planning and Investment"],
            money=[m(412.6 * M, "USD"), m(4.2 * B, "USD")],
            quantities=[c(151, "valid foreign projects")],
            events=[],
        ),
    ]
    # --- English news: a state broadcaster's English page on the device market (S18 r1) ---
    rows += [
        h(
            n(),
            "Vietnamese firms still make few high-tech medical devices\nDomestic makers barely feature on the supply side of the country's fast-growing medical equipment market.",
            "2018-06-12",
            "ministry",
            [E, "headline_lead", "adjective_no_country", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Germany, Japan and the U.S. sell Vietnam the most medical equipment, Luong Phu Hau, Vice Chairman of the Southern Medical Equipment Association, told VnExpress.",
            "2018-06-12",
            "ministry",
            [
                E,
                "object_first",
                "reported_speech_speaker_last",
                "person_role_after",
                "outlet_nothing",
                "country_list",
                "no_event",
            ],
            persons=[per("Luong Phu Hau", "Vice Chairman of the Southern Medical Equipment Association")],
            organizations=["Southern Medical Equipment Association"],
            locations=[country("Germany"), country("Japan"), country("U.S.")],
            events=[],
        ),
        h(
            n(),
            "Investment in medical equipment climbed to $1.05 billion in 2017 from $870 million a year earlier; MRI, CT and ultrasound systems alone make up 32 percent of imports.",
            "2018-06-12",
            "ministry",
            [E, "statistics", "percentage", "no_event"],
            percentages=[32],
            money=[m(870 * M, "USD"), m(1.05 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Public hospitals buy about 70 percent of all devices, said Dang Minh Khoa, deputy head of the Ministry of Health's finance department, who expects the market to grow 10-12 percent a year.",
            "2018-06-12",
            "ministry",
            [E, "person_role_after", "org_possessive_in_role", "percentage", "percentage_range", "no_event"],
            persons=[per("Dang Minh Khoa", "deputy head of the Ministry of Health's finance department")],
            organizations=["Ministry of Health"],
            percentages=[70, 10, 12],
            events=[],
        ),
        h(
            n(),
            "Catheters, blood lines and other dialysis supplies for Japan and Southeast Asia will come from a $260 million plant that Japan's Kyoritsu Medical said last year it would build in Ho Chi Minh City.",
            "2018-06-12",
            "ministry",
            [
                E,
                "announced_investment",
                "object_first",
                "possessive_country",
                "region_nothing",
                "reported_plan",
            ],
            firms=[f("Kyoritsu Medical")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(260 * M, "USD")],
            locations=[country("Japan")],
            deals=[deal("investment", ["Kyoritsu Medical"], 260 * M, HCM)],
            events=[ev("investment_announcement", [F("Kyoritsu Medical")], 260 * M, "USD", HCM, "announced")],
        ),
    ]
    # --- English news: a national daily's English edition on the Japanese dialysis maker's groundbreaking (S20 r2) ---
    rows += [
        h(
            n(),
            "Business\nKyoritsu Medical begins building $260-million dialysis plant in HCMC\nBy VnExpress   March 9, 2017 | 10:41 am GMT+7",
            "2017-03-09",
            "ministry",
            [
                E,
                "section_label",
                "headline",
                "groundbreaking",
                "province_abbreviation",
                "byline_date_not_deal_date",
                "outlet_nothing",
                "multiline",
            ],
            firms=[f("Kyoritsu Medical")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(260 * M, "USD")],
            deals=[deal("groundbreaking", ["Kyoritsu Medical"], 260 * M, HCM)],
            events=[ev("groundbreaking", [F("Kyoritsu Medical")], 260 * M, "USD", HCM, "started")],
        ),
        h(
            n(),
            "Fistula needles will join catheters and blood tubing sets on the lines, which are meant to serve dialysis clinics in Japan and Southeast Asia.",
            "2017-03-09",
            "ministry",
            [E, "plant_details_no_firm", "region_nothing", "no_event"],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "The Osaka-based company has split the spending in two: roughly $175 million for buildings and machines by 2020, then $85 million more by 2026 to add capacity.",
            "2017-03-09",
            "ministry",
            [E, "plan_phases_no_firm", "city_abroad_nothing", "approx", "no_event"],
            money=[m(175 * M, "USD", approx=True), m(85 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Kyoritsu, the world's third largest maker of dialyzers, had so far relied on an Indonesian subsidiary for these lines.",
            "2017-03-09",
            "ministry",
            [E, "short_name", "ordinal_not_count", "adjective_no_country", "no_event"],
            firms=[f("Kyoritsu")],
            events=[],
        ),
        h(
            n(),
            "Hai Phong was Kyoritsu's first overseas base: $190 million went into a plant in the northern port city in 2013, and infusion bags and syringes have come off its lines for two years.\nRelated news:\nKorean packaging maker eyes $15 mln plant expansion in Vietnam",
            "2017-03-09",
            "ministry",
            [
                E,
                "recalled_investment",
                "place_first",
                "possessive_firm",
                "deal_no_event",
                "related_links",
                "unnamed_firm_no_deal",
                "multiline",
            ],
            firms=[f("Kyoritsu")],
            provinces=[pv("Hải Phòng")],
            money=[m(190 * M, "USD"), m(15 * M, "USD")],
            deals=[deal("investment", ["Kyoritsu"], 190 * M, HP)],
            events=[],
        ),
    ]
    # --- English news: an investment portal on an infusion-set plant broken ground in Bình Dương (S20 r1) ---
    rows += [
        h(
            n(),
            "Work starts on Kyrenia Medical's $18.4 million infusion-set plant in Binh Duong\nOutput from the 41,200 square-metre factory is to begin early next year and will be split between hospitals at home and export buyers.",
            "2015-04-14",
            "ministry",
            [
                E,
                "headline_lead",
                "groundbreaking",
                "possessive_firm",
                "unaccented_province",
                "area",
                "multiline",
            ],
            firms=[f("Kyrenia Medical")],
            provinces=[pv("Bình Dương")],
            money=[m(18.4 * M, "USD")],
            areas=[ha(4.12)],
            deals=[deal("groundbreaking", ["Kyrenia Medical"], 18.4 * M, BDg)],
            events=[ev("groundbreaking", [F("Kyrenia Medical")], 18.4 * M, "USD", BDg, "started")],
        ),
        h(
            n(),
            "VSIP II has hosted Kyrenia Medical's first local plant, a 15.5-million-USD syringe line on 19,000 square metres, since 2012.",
            "2015-04-14",
            "ministry",
            [
                E,
                "recalled_plant_with_capital",
                "place_first",
                "possessive_firm",
                "deal_no_event",
                "english_park_no_location",
                "area",
                "no_site",
            ],
            firms=[f("Kyrenia Medical")],
            money=[m(15.5 * M, "USD")],
            areas=[ha(1.9)],
            deals=[deal("investment", ["Kyrenia Medical"], 15.5 * M)],
            events=[],
        ),
        h(
            n(),
            "Of the country's GMP-certified medical-supply output, 23.4 percent comes from Binh Duong and its 27 such plants.",
            "2015-04-14",
            "ministry",
            [E, "statistics", "percentage_first", "unaccented_province", "count", "percentage", "no_event"],
            provinces=[pv("Bình Dương")],
            percentages=[23.4],
            quantities=[c(27, "plants")],
            events=[],
        ),
        h(
            n(),
            "Any snag the investor hits will be dealt with quickly, Nguyen Van Loc, Vice Chairman of the provincial People's Committee, pledged.",
            "2015-04-14",
            "ministry",
            [E, "person_role_after", "bare_unit_in_role", "pledge_no_deal", "no_event"],
            persons=[per("Nguyen Van Loc", "Vice Chairman of the provincial People's Committee")],
            events=[],
        ),
    ]
    # --- English news: a city daily's English page on locally made dialysis catheters (S18 r2) ---
    rows += [
        h(
            n(),
            "Hospitals nationwide can now buy a locally developed haemodialysis catheter\nVinacath Medical's catheter has cleared clinical trials, the firm said.",
            "2019-10-21",
            "ministry",
            [E, "headline_lead", "product_approval_no_deal", "possessive_firm", "multiline", "no_event"],
            firms=[f("Vinacath Medical")],
            events=[],
        ),
        h(
            n(),
            "A Vinacath Medical technician inspects catheter tips. Photo by Tran Khanh Linh",
            "2019-10-21",
            "ministry",
            [E, "caption", "photo_credit_person", "no_event"],
            firms=[f("Vinacath Medical")],
            persons=[per("Tran Khanh Linh", None)],
            events=[],
        ),
        h(
            n(),
            "Le Ngoc Tram, founder and chairwoman of Vinacath Medical, said poorer kidney patients would pay 50-55 percent less than for imported catheters.",
            "2019-10-21",
            "ministry",
            [E, "person_role_after", "percentage_range", "no_event"],
            persons=[per("Le Ngoc Tram", "founder and chairwoman of Vinacath Medical")],
            firms=[f("Vinacath Medical")],
            percentages=[50, 55],
            events=[],
        ),
        h(
            n(),
            "Health insurance covers VND6.2 million ($265) of an imported catheter's price of about $380. Around 1,200 domestic firms deal in devices, yet few make any.",
            "2019-10-21",
            "ministry",
            [E, "unit_price", "bracketed_conversion", "count", "approx", "no_event"],
            money=[m(380, "USD", approx=True), m(6.2 * M, "VND"), m(265, "USD")],
            quantities=[c(1200, "domestic firms", True)],
            events=[],
        ),
        h(
            n(),
            "A site at the hi-tech park in Thu Duc and a city loan came from the Ho Chi Minh City People's Committee; part of the research money came from the Ministry of Science and Technology.",
            "2019-10-21",
            "ministry",
            [
                E,
                "grant_no_deal",
                "anaphora_no_firm",
                "province_in_org_name",
                "english_park_no_location",
                "no_event",
            ],
            organizations=["Ministry of Science and Technology", "Ho Chi Minh City People's Committee"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- English wire copy: a Malaysian glove maker hunting for deals in China (S19 r4) ---
    rows += [
        h(
            n(),
            "KUALA LUMPUR, May 14 (Xinhua) -- Takeover and joint-venture targets in China are on the shopping list of Malaysia's Perlis Glove, the world's second largest glove maker.",
            "2018-05-14",
            "ministry",
            [
                E,
                "dateline_city_nothing",
                "agency_nothing",
                "possessive_country",
                "wish_no_deal",
                "ordinal_not_count",
                "no_event",
            ],
            firms=[f("Perlis Glove")],
            locations=[country("Malaysia"), country("China")],
            events=[],
        ),
        h(
            n(),
            "Two Malaysian plants that ship mostly to China were bought in April, executive chairman Tan Boon Keat said; 96 percent of the group's gloves are exported, to 180 countries.",
            "2018-05-14",
            "ministry",
            [
                E,
                "passive_purchase_no_buyer",
                "purchase_abroad_no_party",
                "adjective_no_country",
                "person_role_before",
                "count_in_words_no_count",
                "count",
                "percentage",
                "no_event",
            ],
            persons=[per("Tan Boon Keat", "executive chairman")],
            percentages=[96],
            quantities=[c(180, "countries")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Its yearly capacity stands at 52 billion pieces from 520 production lines in 31 factories.",
            "2018-05-14",
            "ministry",
            [E, "count", "capacity_no_count", "no_event"],
            quantities=[c(31, "factories"), c(520, "production lines")],
            events=[],
        ),
    ]
    return rows
