# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 130 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: automotive wiring harnesses, cables and connectors for cars and
motorbikes made in Việt Nam. Written and annotated for every field BEFORE any tagger was run on them, without reading the
tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy sản xuất dây điện ô
tô vốn đầu tư khu công nghiệp", S2 "bó dây điện ô tô doanh nghiệp Nhật Bản nhà máy Việt Nam", S3 "Yazaki nhà máy dây
điện ô tô tuyển công nhân", S4 "đầu nối điện connector linh kiện ô tô xe máy sản xuất tại Việt Nam", S5 "dây điện xe máy
nhà cung cấp linh kiện cho Honda Yamaha Việt Nam", S6 "trao giấy chứng nhận đăng ký đầu tư dự án sản xuất dây dẫn điện ô
tô", S7 "khởi công nhà máy sản xuất bó dây điện ô tô", S8 "điều chỉnh tăng vốn dự án sản xuất dây cáp điện ô tô khu công
nghiệp", S9 "tỷ lệ nội địa hóa linh kiện ô tô dây điện công nghiệp hỗ trợ", S10 "Thaco Chu Lai sản xuất linh kiện dây
điện ô tô", S11 "khánh thành nhà máy sản xuất dây cáp điện ô tô xe máy", S12 "ký hợp đồng cung ứng bộ dây điện cho nhà
sản xuất ô tô", S13 "xuất khẩu dây điện và cáp điện kim ngạch tăng linh kiện ô tô", S14 "công nhân nhà máy dây điện ô tô
khu công nghiệp lương thưởng Tết", S15 "giắc cắm đầu cốt dây điện ô tô doanh nghiệp Việt sản xuất", S16 "nhà cung cấp
linh kiện dây điện cho xe máy điện VinFast", and in English S17 "Vietnam automotive wiring harness factory investment",
S18 "wire harness plant Vietnam industrial park million USD licence", S19 "Vietnam motorbike parts cables connectors
supplier localisation", S20 "Sumitomo Yazaki Furukawa wiring harness Vietnam expansion workers". No sentence is taken
or paraphrased from a page; the shapes are. Firm, plant, park-developer and person names are invented (Kasuga Denso,
Cao su Hải Vân, Phát triển Hạ tầng Hòa Khánh Xanh, Điện cơ Phú Minh Đạt, Ishikari Metals, Koizumi Electric and its
units Koizumi AS, Koizumi Automotive Systems and Koizumi Automotive Parts, Tokiwa Densen Holdings and Tokiwa
Interconnect, Kanda Keizai, Pin Sao Khuê Hà Tĩnh and Tập đoàn Sao Khuê, Ô tô Bạch Đằng, Ô tô Vạn Hưng, Khuôn mẫu Hà
Thành, Tư vấn Thuế Minh Quang, VITEC, Thiết bị điện Minh Trí, Koyama Seal, An Hòa Auto / An Hoa Auto Corporation and Ô
tô An Hòa Chu Lai, Oriza Densen and its units Oriza-Luzon Manufacturing, Oriza Šabac and Oriza EDS, Hoshida and Hoshida
Hải Phòng, Haller Antriebstechnik, Brightwell Home Products, Miyoshi Gosei, Nagase Rubber, Hanul Harness / Seonjin Tech
/ Hanul Global, Corrin Interconnect, Danang University's delegation, every official, director, researcher, student,
supervisor, byline and photographer); well-known names (Toyota, Honda, Yamaha, Piaggio, VinFast, Ford, Kia, Mitsubishi,
Hyundai, Mazda, TC Motor, Thaco, Mercedes-Benz, Volvo, Renault, Nike, Sumitomo Electric, VAMA, Bộ Công Thương, Bộ Kế
hoạch và Đầu tư, Tổng cục Hải quan, Tổng cục Thống kê, DOLE, the parks and zones Liên Chiểu, Phú Vinh, Vũng Áng, Việt
Hưng, Đông Mai, Chu Lai, Tien Hai, Gian Khau, Amata, VSIP and Tan Thuan, and the decrees and circulars cited) appear only
in sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; a student paper on e-vehicle standards came back 4 times, a
supporting-industry feature, a business weekly's FDI overview, a print page on a harness plant's groundbreaking, a tyre
opening, a spam image page, an image title, a Japanese translation of a harness plant's opening and a bicycle-magazine
transcription twice each): 13 slots were kuwin/98win spam salads with run-together words (motorbike prices, betting,
wages), 2 the unaccented title of a real-estate image page; 13 were tag, title, author, listing and embed pages (a
WordPress "Lưu trữ" archive title, an unaccented tag slug, two one-line wage tags, a carmaker's US-plant groundbreaking
date as an image title twice, a video-embed title on a US plan, an author page carrying a battery-cell plant's approval
by a province, a listing page with a carmaker's start of mass production, a taxonomy page on localisation with old tone
placement, a tag page teasing a province's first car plant soon to run, a tag page on suppliers wanting to work with a
carmaker, a one-line export teaser); 9 were explainers and document-store pages (the e-vehicle standards paper four
times with its cover and contents, a tax agent's page on investment certificates with footnoted statistics and legal
bases, a licence agent's page on car assembly with a repeated headline, a graduation thesis on supply-contract pricing,
an internship report at an electrical-products maker, a supply-chain discussion paper in a broken font); 5 were
interviews and features (a finance site's interview on origin labels, a Japanese consultancy's leader interview with a
Japanese chrome line, the supporting-industry feature twice, a trade magazine's video page); 16 were Vietnamese news
(the FDI overview with related links twice; a print page on a harness maker's fourth plant breaking ground in a Hải
Dương cluster, with area, workers, earlier plants and revenue, twice; a tyre plant's phases and park developer with a
byline and comment chrome twice; an economic zone board licensing an electrical-equipment plant with lots, contributed
capital, capacities and schedule; a digest on Japanese wire makers' capacity plans in Việt Nam and Thailand and a
plant merger in China with yen and a research firm; a blog repost of a news agency item on a carmaker's engine plant in
Indonesia; a national daily and a news portal on the circular listing parts made at home, with brand counts and a
caption; a provincial paper's mobile page on a carmaker's parts park; a provincial paper on a utility wiring a glass
plant; an overseas Vietnamese site and a trade portal with wire-and-cable export statistics, table captions and a pipe
table); 11 were in other languages (a Japanese newsletter on a harness maker hiring in Lithuania, a Filipino
broadcaster's hiring item, a German item on a spam domain about a plant in Serbia, a Japanese trend site's garbled
carmaker plan, a Japanese consultancy's translation of an investment daily on a harness plant's opening in Quảng Ninh
twice, a news agency's French service on a German group's plant and on a US group's second plant, a Japanese automation
site on a wire maker moving its Hưng Yên unit, a Japanese metals daily on a three-country build-up, a Japanese-language
Vietnamese portal's digest of a national daily); 11 were English (a carmaker's corporate news page, a provincial paper's
English edition on the parts park, a news agency's English item on a Japanese parts plant under construction in Thái
Bình, an automotive research firm's weekly with three Japanese suppliers' Vietnamese plans, an investment weekly on a
Korean harness maker breaking ground in Ninh Bình, a news agency magazine on motorcycle parts with three makers' recalled
spending, a news portal's English edition on localisation, the bicycle-magazine transcription twice, a Japanese wire
service on a harness maker's new plant in HCMC and its multi-year budget, a state broadcaster relaying a Japanese daily
on plants restarting). About 26 of the 80 slots told a deal or an event with a named party (a licence and an approval by a
province, 3 groundbreakings, one told twice, 4 openings or starts of production, one told twice, a plant soon to run,
about 9 announced plans and a plant move, recalled plants, spending and openings), several the same story; plants abroad, hiring, subsidies, restarts, a
utility's grid works and export statistics came up too. No supply contract, MoU or joint venture with named parties and
nothing on connectors or motorbike harness suppliers by name came up in any first four (S4, S5 and S15 returned only
spam), so the batch has none.

Rows: 158 (hand-40001 to hand-40158); 26 carry a deal or an event (16%): 20 events (2 investment licences, 3
groundbreakings, 4 inaugurations, 11 investment announcements) and 29 `deals` entries (25 investment, 3 groundbreaking,
1 cooperation); 7 rows hold only deals without events (40048 a recalled expansion, 40067 a park investor line, 40090
recalled plants, 40122 a recalled first plant, 40143 a recalled partnership, 40146 three recalled spends and plants,
40149 a recalled opening) and 40138 holds one announced deal with its event and one recalled deal without; one row
holds an event without a deal (40015, an inauguration without capital). 132 rows are negatives and other fields. By page
kind: 11 rows of spam and the image page (40001-40011; 0 with a deal or event), 12 of tag, title, author, listing and
embed pages (40012-40023; 3), 19 of explainers, theses and document-store pages (40024-40042; 0), 12 of interviews,
features and the video page (40043-40054; 1), 50 of Vietnamese news (40055-40104; 6), 24 of the foreign-language pages
rendered in Vietnamese or English (40105-40128; 8) and 30 of English copy (40129-40158; 8); 39 rows are English
(`english_copy`, 24.7%: 30 English pages and 9 renderings of the Filipino, German and French pages). 9 rows are stored in
NFD (hand-40028, 40048, 40057, 40062, 40069, 40082, 40087, 40098, 40116); 6 use old tone placement (40017 "nội địa
hoá", 40026 "quy chuẩn hoá", 40053 "tuỳ", 40083 "nội địa hoá", 40086 "điều hoà", 40094 "thuỷ tinh"); 46 hold several
lines (headlines and leads, tag, listing and mobile chrome, related links, captions, bylines and comment chrome, covers
and contents, legal-basis lists, table captions and a pipe table).

Own wording: every row was drafted in its own order and wording (amount-first, count-first, object-first, passive,
reported speech with the speaker last, split or joined rows) with changed figures, names, dates and places; while
drafting and on review against the notes taken from the sampled pages, 9 drafts that still kept a page's clause order,
run of facts or figures were rewritten from scratch (the groundbreaking lead, now amount-first with another date, place
and sum; the FDI half-year line, now amount-first with other figures; the tyre park's developer line, which kept the
park's area and the page's closing run; the economic-zone licence's contributed-capital line, which kept the page's
26.6%; the parts-list circular line, now count-first with another circular; the export table, whose figures were the
page's; the harness plant opening's last line, which kept the page's list of earlier provinces; the engine-plant
training line; the restart digest's line naming the page's real units of a well-known group, now two unnamed units).
No row was dropped. Nothing was used from ranks 5-8, among them: a
Korean cable group's wish for a Thanh Hóa cluster (S1 r5), a Chinese parts maker's Hải Dương proposal (S1 r6), a
Japanese cable maker's Hải Dương top-up and environmental licence (S1 r7), a Japanese harness maker's groundbreaking in
Vĩnh Long (S7 r5), tyre openings and a tyre plant of 2006 (S11 r5, r7), the CafeF export item (S13 r7), a localisation
talk, a carmaker's localisation blog and a support-industry association's figures (S9 r6-r8), a Japanese cable unit's
brake-harness line in Hải Dương (S17 r7), a harness maker's Trà Vinh expansion (S17 r8), a carmaker's Hải Dương
top-up (S17 r6), an ERIA paper and an e-scooter maker's plant (S19 r5-r6), a Philippine harness groundbreaking and a
harness maker's release on its third Vietnamese base (S20 r6-r8), a Samoa group's Nghệ An plant, a Taiwanese lighting
group's Bình Dương lease and a Taiwanese electronics licence in Hà Nội (S18 r6-r8).

Conventions: exactly those of batches 10 and 12-127 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or an approval of investment policy by a committee or a zone board is an investment deal
and an investment_licence event "licensed" (batch 109), the granting body a government party as written, sited in the
plant's province, dated only when the day is written; a held groundbreaking, told in the passive as well, is a
groundbreaking deal and event "started", dated with its day; an opening or start of operation with its capital is an
investment deal and an inauguration "completed", without capital the event only (batch 120); a named firm's plan,
budget, top-up or plant under construction is an announced investment, undated; recalled plants, openings, spending,
partnerships and investor lines ("X làm chủ đầu tư") are deals without events; plants abroad, hiring, orders, subsidies,
restarts, wishes, targets, a utility's own grid works (batches 106, 121), sales and export statistics give no deal;
vague amounts ("hàng chục tỉ USD", "vài chục tỷ yen") are none; "khoảng", "chừng", "gần", "hơn", "trên", "ước",
"ngót", "vượt", "about", "some", "roughly", "almost", "more than", "over" are approximate; bracketed conversions are both
money, the deal's amount the first written; yen are JPY, euro EUR; capacities, outputs, durations, lengths, word and
page counts, ordinals, counts in words and counts without a noun are no counts, English counts keep their English noun;
m², floor space (batch 122), ha and km² are areas; Vietnamese legal forms are normalised ("Công ty Cổ phần" -> "Công ty
CP"), foreign ones kept as written ("Co.", "Inc.", "CO., LTD." -> "Co., Ltd."), "Group", "Corporation" and "Holdings"
stay in the name, "Việt Nam"/"Vietnam", "(Vietnam)" and a trailing "Vina" are dropped from a foreign subsidiary's name,
a unit of one province keeps its place and gives no province mention, caps names take their usual spelling, a bracketed
acronym is no second firm, one firm written bare and with its form in one row is one entry, brands named as customers or
in lists are firms; acronyms alone are organisations as written ("VAMA", "DOLE", "TCHQ"); a province inside an
organisation's name is a mention, inside a firm's name none; Vietnamese country words ("Nhật", "(Nhật Bản)", "Litva")
and English country nouns and possessives ("Japan's", "Germany's", "Britain's", "the US") are countries, English
adjectives ("Japanese", "Taiwanese", "Serbian") and "Việt Nam"/"Vietnam" none; regions, blocs and foreign cities and
prefectures ("châu Á", "Đông Nam bộ", "ASEAN", "Klaipėda", "Laguna", "Tianjin", "Inazawa", "tỉnh Aichi", "Washington")
nothing; parks, clusters and zones written in Vietnamese are locations (KCN, KKT expanded), English ones none; districts
need "huyện"/"quận"/"thị xã" or "TP X" before July 2025 (batch 110); wards and communes nothing; full-name bylines, photo
credits and authors are persons without role, initials ("T.Quân", "P.Hòa"), outlets, agencies and sites ("KTSG
Online", "Dân Việt", "(QNO)", "TPO", "(Techz.vn)", "Vietnam+", "VNA", "VITIC", "NNA", "(VOVWORLD)", "Nikkei Asia",
"VietNamNet Bridge", "〈VnExpress〉") nothing; academic titles ("TS", "ThS") are no roles, cover labels ("Giáo viên hướng
dẫn") are, a role keeps its text as written; a surname or given name alone is no person; laws without a number, TCVN and
QCVN references give no decision; old tone placement is normalised in the gold. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- Plants abroad give no deal (batch 125's reading, not batch 107's): the image title "Hãng xe Bạch Đằng chốt ngày động
  thổ nhà máy 3,6 tỷ USD ở Mỹ" (40013), the embed title on India (40023), a plant merger in China with its yen (40075),
  an engine plant in Indonesia (40078) and the harness plants hiring in Lithuania, the Philippines and Serbia (40105-40110)
  give firms, money, counts and countries only.
- A named firm's capacity plan naming Việt Nam with another country ("Ishikari Metals sẽ nâng năng lực ... ở cả Việt Nam
  và Thái Lan; Koizumi Electric cũng tính tăng công suất tại Việt Nam", 40074; Sumitomo Electric's "vài chục tỷ yen" for
  plants in the Philippines, Việt Nam and Thailand, 40125) is an announced investment per firm without amount or site; a
  budget shared with the Philippines ("Koizumi Electric has set aside about 9 billion yen ... in the Philippines and
  Vietnam", 40155) keeps its amount and has no site (batch 124 gave none only when no site in Việt Nam was named).
- A listing page's start of mass production ("Sáng 12/7, dây chuyền của Công ty TNHH Ô tô Bạch Đằng ở Hải Phòng bắt đầu
  làm xe hàng loạt", 40015) is an inauguration without capital (event only); the headline's "Nhà máy ô tô Bạch Đằng" is
  a plant named by its brand, no firm (batch 87).
- A tag page's plant "gần 4 năm sau khi khởi công ... chờ chạy thử vào tháng 11" of a named firm (40018) is a plant under
  construction, an announced investment sited in Quảng Ninh; "TP Hạ Long" (2024) is a district.
- An author page's approval of investment policy (40014) is a licence with G("UBND tỉnh Hà Tĩnh"); the planned
  groundbreaking in the same row adds no deal; the headline's "Sao Khuê" is the group written bare, one entry.
- A park's developer named in a main clause ("KCN này ... do Công ty CP X làm chủ đầu tư hạ tầng", 40067) is an investor
  line: X's investment deal without amount, event or site.
- A harness plant's opening with its capital and the licence recalled in the same row ("đã khánh thành ... dự án được
  cấp phép cuối tháng 7/2013, vốn 32 triệu USD", 40114) is ONE investment deal and an inauguration; "Hoshida Hải Phòng
  Việt Nam" keeps its place (no Hải Phòng mention) and the lower-case "tập đoàn Hoshida" has no form.
- A parent moving its unit into a bigger new plant in a nearby park ("Tokiwa Densen Holdings sẽ dời công ty con ... (Hưng
  Yên) sang một KCN gần đó ...; nhà xưởng mới có tổng sàn gần gấp đôi", 40123) is the parent's announced investment sited
  in Hưng Yên, not a relocation from abroad.
- Companies founded: "Nagase Rubber said it would set up a subsidiary in Vietnam to make and sell automotive hoses"
  (40138) is an announced investment; in the same row "a company it had formed in July would become its third base in
  the country" is Koizumi AS's recalled investment (a production base), a deal without event; "has also set up Hanul
  Global Vina Co., Ltd. in Vietnam to push into Southeast Asia" (40142), a trading arm with no plant or sum, gives no deal
  (batch 36's subsidiary founded without a plant).
- "In early March, Hanul Harness teamed up with Britain's Corrin Interconnect to grow its wiring harness business" (40143)
  is a recalled partnership: a cooperation deal of both without event (batch 127's recalled agreement).
- "Hanul Harness (formerly Seonjin Tech) has begun building Hanul Vina, its first wiring harness factory" (40140) is
  Hanul Harness's groundbreaking with the VND amount, sited in Ninh Bình; "Hanul Vina" names the plant (no firm), the
  caption's "Hanul's" is its own short-name entry, the former name a firm mention.
- A news agency lead and body joined in one row ("Construction is under way on a22.8-million USD auto parts factory ...
  Backed by Japan's Miyoshi Gosei Group ... Work on the site began early this month", 40134) is a groundbreaking
  "started" of the group with the amount, sited in Thái Bình (now Hưng Yên), undated.
- Three makers' recalled spending in one English row ("Piaggio has added a second factory in Vinh Phuc ...; Yamaha has
  spent more than $24 million ...; and Honda has put over $110 million into a third plant in Ha Nam", 40146) give three
  deals without events, each with its own site; "Piaggio Vietnam's engine plant in Vinh Phuc, opened in 2012" (40149) a
  recalled opening.
- A French item rendered in English: the plant put into service "after an investment of EUR 27 million" (40118) is an
  inauguration with its capital; "Haller will put a further EUR 52 million into the site in 2016" (40119) an announced
  top-up without site in the row; "Brightwell's first plant, at Amata Industrial Park in Dong Nai, took more than $11
  million in 2008" (40122) a recalled investment sited in Đồng Nai.
- "Koyama Seal ... Nhà máy ở Việt Nam vừa có thêm một xưởng mới" (40048) is a recalled expansion (deal without event or
  amount); "Koyama Seal Việt Nam ra đời năm 2006" (40049) has no investment verb and gives no deal; "Giám đốc Ishida" and
  "Ishida:" give no person (surname alone).
- "as Hanoi eases pandemic curbs" (40156) is a province mention of Hà Nội, as a "HANOI --" dateline is; "Friction between
  Washington and Beijing" (40139) gives nothing but "China" later in the row.
- "Nhật" and "Nhật Bản" in one row (40077, 40127) are two country entries as written (batch 107's "Nhật").
- "Bộ KH&ĐT" (40017) and "TCHQ" (40101) are organisations as written; "Bộ Kế hoạch và Đầu tư" with a circular's date
  "ngày 9/9" gives the decision its date (40081).
- The export pipe table (40104): figures and "+8,12" under a "(%)" header give nothing; the table's title gives the
  organisation and the country column's "Nhật Bản" a country.
- The bicycle transcription (40151): "331,212 square kilometers" is 33,121,200 ha; "some 91 million people" and "600
  million people" are counts; "US$2.4 trillion" is money; the inline URL nothing.
- "Danang University" in a caps headline (40129) is an organisation in its usual spelling with Đà Nẵng as a mention;
  the caps date line "AN HOA AUTO 14/05/2019" gives the firm "An Hoa Auto"; the English park name none.
- "Cứ 100 USD vốn ngoại thì 38 USD chảy về Đông Nam bộ" (40056) gives both sums as money.
- A Japanese chrome line (40047) gives nothing; "Tầm nhìn lãnh đạo Vol.52" no count."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_130(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HD = cur("Hải Dương")
    HP = cur("Hải Phòng")
    QN = cur("Quảng Ninh")
    TB = cur("Thái Bình")
    NB = cur("Ninh Bình")
    HT = cur("Hà Tĩnh")
    QNam = cur("Quảng Nam")
    DN = cur("Đà Nẵng")
    HY = cur("Hưng Yên")
    HCM = cur("Hồ Chí Minh")
    DNai = cur("Đồng Nai")
    BDg = cur("Bình Dương")
    VP = cur("Vĩnh Phúc")
    HNam = cur("Hà Nam")

    ids = iter(range(40001, 40001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam salads (S4 r1, S4 r3, S4 r4, S5 r1-r4, S14 r3, S14 r4, S15 r1-r4: 13 of the 80 slots, S4 r1 = S15 r1)
    # and a real-estate image-attachment page with an unaccented title (S6 r4 = S8 r1) ---
    rows += [
        h(
            n(),
            "kuwin cách đấu dây còi xe máy 12vxổ số miền trung hôm nayđặt cược nhà cái top 1",
            "2024-03-11",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin giá xe số 110cc mới nhấttỷ lệ kèo cúp c1lịch âm tháng 7 năm nay",
            "2024-05-02",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bang gia xe may cu tra gop khong can tra truocket qua bong da dem quasoi keo",
            "2024-05-19",
            "ministry",
            ["spam_line", "unaccented", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win xe ga 125cc honda giá lăn bánhbảng xếp hạng ngoại hạng anhnổ hũ đổi thưởng",
            "2024-06-07",
            "ministry",
            ["spam_line", "glued_words", "lowercase_brand_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin honda wave alpha giá bao nhiêulịch thi đấu v-leaguesoi cầu miền bắc",
            "2024-06-21",
            "ministry",
            ["spam_line", "glued_words", "lowercase_brand_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xe côn tay dưới 80trtop nhà cái uy tíncode game miễn phí tháng này",
            "2024-07-30",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "98win phụ tùng xe máy chính hãng giá sỉ tp hcmkèo nhà cái hôm nay",
            "2024-08-14",
            "ministry",
            ["spam_line", "glued_words", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin mức lương cơ sở 2025thưởng tết công nhân khu công nghiệptử vi tuổi dần",
            "2024-12-03",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin cách thay giắc cắm đèn pha ô tôxem bóng đá trực tuyếntải app cá cược",
            "2024-09-09",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin xe điện 3 bánh cho người già giátin chuyển nhượng mùa hèđá gà thomo",
            "2024-10-25",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hcm chap thuan giao du an cau noi nhon trach cho tinh dong nai thi cong",
            "2023-04-17",
            "ministry",
            ["image_attachment_title", "unaccented", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title, author, listing and embed pages (S6 r2, S7 r1 = S16 r2, S7 r3, S7 r4, S8 r4, S9 r1, S11 r1,
    # S12 r1, S13 r2, S14 r1, S14 r2, S16 r4) ---
    rows += [
        h(
            n(),
            "thủ tục đăng ký văn phòng đại diện của thương nhân nước ngoài qua mạng Lưu trữ",
            "2023-02-06",
            "ministry",
            ["tag_page", "archive_title", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hãng xe Bạch Đằng chốt ngày động thổ nhà máy 3,6 tỷ USD ở Mỹ, công suất 140.000 xe mỗi năm",
            "2023-06-29",
            "ministry",
            [
                "image_page_title",
                "groundbreaking_date_set",
                "plant_abroad_no_deal",
                "capacity_no_count",
                "country_after_noun",
                "no_event",
            ],
            firms=[f("Bạch Đằng")],
            money=[m(3.6 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Bài viết mới nhất từ Hải Yến\nNhà máy cell pin hơn 8.000 tỷ của Sao Khuê qua bước chủ trương\nHơn 8.270 tỷ đồng là vốn Công ty CP Pin Sao Khuê Hà Tĩnh, thành viên Tập đoàn Sao Khuê, đăng ký cho nhà máy cell pin vừa được UBND tỉnh Hà Tĩnh chấp thuận chủ trương đầu tư; lễ động thổ dự tính rơi vào quý cuối năm.",
            "2021-09-30",
            "provincial",
            [
                "author_page",
                "byline_person",
                "headline_lead",
                "amount_first",
                "licence_by_committee",
                "province_in_firm_name",
                "bare_and_formed_one_firm",
                "approx",
                "multiline",
            ],
            persons=[per("Hải Yến", None)],
            firms=[f("Pin Sao Khuê Hà Tĩnh", "Công ty CP"), f("Sao Khuê", "Tập đoàn")],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            money=[m(8000 * B, "VND", approx=True), m(8270 * B, "VND", approx=True)],
            deals=[deal("investment", ["Pin Sao Khuê Hà Tĩnh"], 8270 * B, HT)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Hà Tĩnh"), F("Pin Sao Khuê Hà Tĩnh")],
                    8270 * B,
                    "VND",
                    HT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Tiêu điểm\n\nNhà máy ô tô Bạch Đằng vào sản xuất hàng loạt\n\nSáng 12/7, dây chuyền của Công ty TNHH Ô tô Bạch Đằng ở Hải Phòng bắt đầu làm xe hàng loạt, 23 tháng sau ngày đặt móng.\n\n« Trang trước | Trang sau »",
            "2019-07-12",
            "ministry",
            [
                "listing_page",
                "headline_lead",
                "inauguration_no_capital",
                "plant_named_by_brand_no_firm",
                "duration_no_count",
                "pager_chrome",
                "multiline",
            ],
            firms=[f("Ô tô Bạch Đằng", "Công ty TNHH")],
            provinces=[pv("Hải Phòng")],
            events=[ev("inauguration", [F("Ô tô Bạch Đằng")], None, None, HP, "completed")],
        ),
        h(
            n(),
            "doanh nghiep noi nen than trong khi rot von vao du an lau thu hoi",
            "2022-08-22",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nội địa hoá ô tô\n\nBa thập kỷ nội địa hoá: doanh nghiệp Việt làm được bao nhiêu chi tiết ô tô?\nChưa đến 2% trong hơn 20.000 chi tiết của một chiếc xe con do doanh nghiệp trong nước làm ra, theo số liệu của Bộ KH&ĐT.",
            "2023-08-15",
            "ministry",
            [
                "taxonomy_page",
                "old_tone",
                "headline_lead",
                "question_headline",
                "org_abbreviated",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ KH&ĐT"],
            percentages=[2],
            quantities=[c(20000, "chi tiết", True)],
            events=[],
        ),
        h(
            n(),
            "xe buýt điện\n\nQuảng Ninh sắp có dây chuyền lắp ráp ô tô đầu tiên\nTPO - Gần 4 năm sau khi khởi công, nhà máy của Công ty CP Ô tô Vạn Hưng trong KCN Việt Hưng (TP Hạ Long) đã xong phần xây dựng và chờ chạy thử vào tháng 11.",
            "2024-09-18",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "outlet_prefix_nothing",
                "plant_under_construction",
                "announced_investment",
                "city_district",
                "duration_no_count",
                "multiline",
            ],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Ô tô Vạn Hưng", "Công ty CP")],
            locations=[park("Khu công nghiệp Việt Hưng"), district("TP Hạ Long")],
            deals=[deal("investment", ["Ô tô Vạn Hưng"], None, QN)],
            events=[ev("investment_announcement", [F("Ô tô Vạn Hưng")], None, None, QN, "announced")],
        ),
        h(
            n(),
            '"doanh nghiệp phụ trợ" - Xưởng nhựa, xưởng khuôn xếp hàng chờ làm nhà cung cấp cho hãng xe Việt\n\n6 năm trước\n(Techz.vn) Tại hội thảo do Sở Công Thương Hà Nội tổ chức giữa tháng 10, bà Lê Thu Hằng, Giám đốc Công ty TNHH Khuôn mẫu Hà Thành, nói doanh nghiệp sẵn sàng bỏ vốn lớn nếu nhận được đơn hàng.',
            "2019-11-04",
            "ministry",
            [
                "tag_page",
                "relative_time",
                "outlet_nothing",
                "wish_no_deal",
                "person_role_after",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Sở Công Thương Hà Nội"],
            provinces=[pv("Hà Nội")],
            persons=[per("Lê Thu Hằng", "Giám đốc Công ty TNHH Khuôn mẫu Hà Thành")],
            firms=[f("Khuôn mẫu Hà Thành", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Nhật Bản là nơi mua nhiều dây điện, cáp điện Việt Nam nhất, với 402,7 triệu USD, tức 29% kim ngạch của nhóm hàng.",
            "2019-02-14",
            "ministry",
            ["teaser_line", "statistics", "country", "percentage", "no_event"],
            money=[m(402.7 * M, "USD")],
            percentages=[29],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "thưởng tết dương lịch cho công nhân",
            "2023-12-20",
            "ministry",
            ["tag_page", "one_line_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cách tính tiền làm thêm giờ ngày lễ",
            "2024-04-22",
            "ministry",
            ["tag_page", "one_line_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nikkei: Bạch Đằng nhắm Ấn Độ cho nhà máy lắp ráp thứ ba",
            "2023-01-10",
            "ministry",
            ["video_embed_title", "outlet_nothing", "plan_abroad_no_deal", "ordinal_not_count", "no_event"],
            firms=[f("Bạch Đằng")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
    ]
    # --- Explainers, theses and document-store pages: a student paper on e-vehicle standards (S2 r2 = S4 r2 = S11 r3
    # = S16 r1), a tax agent's explainer on investment certificates (S6 r1), a licence agent's explainer on car
    # assembly (S6 r3), a graduation thesis on equipment-supply contracts (S12 r3), an internship report (S12 r4) and a
    # supply-chain discussion paper (S16 r3) ---
    rows += [
        h(
            n(),
            "Khói bụi đô thị khiến xe điện được xem là lời giải, nhưng bộ TCVN và QCVN cho loại xe này vẫn đi sau cách người dùng thực sự sử dụng; vì vậy nhóm 5 chọn đề tài “Rà soát tiêu chuẩn, quy chuẩn Việt Nam cho xe điện hai bánh”.",
            "2023-11-20",
            "ministry",
            [
                "document_store",
                "student_paper",
                "standard_codes_nothing",
                "group_number_nothing",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Trang 1TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN VIỆN THƯƠNG MẠI VÀ KINH TẾ QUỐC TẾ\n————\nBÀI THẢO LUẬN HỌC PHẦN: QUẢN TRỊ CHẤT LƯỢNG\nRÀ SOÁT TIÊU CHUẨN, QUY CHUẨN VIỆT NAM CHO XE ĐIỆN",
            "2023-11-20",
            "ministry",
            ["document_store", "thesis_cover", "all_caps_org", "glued_page_marker", "multiline", "no_event"],
            organizations=["Trường Đại học Kinh tế Quốc dân", "Viện Thương mại và Kinh tế quốc tế"],
            events=[],
        ),
        h(
            n(),
            "Trang 2MỤC LỤC\nA Mở đầu 3\nB Nội dung 5\nChương 1: Cơ sở lý luận 5\n1.1 Quy chuẩn kỹ thuật quốc gia 5\n1.1.1 Khái niệm và phân loại, quy chuẩn hoá 5",
            "2023-11-20",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "old_tone",
                "page_numbers_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Chương 2 bàn tới bó dây điện, đầu nối và bộ sạc – những chi tiết mà bộ tiêu chuẩn hiện hành mới chỉ nói qua.",
            "2023-11-20",
            "ministry",
            ["document_store", "student_paper", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hết tháng 9/2024, cả nước có thêm 121.350(1) doanh nghiệp thành lập mới; riêng khối FDI có 2.207 dự án(2) nhận giấy chứng nhận đăng ký đầu tư, thuộc 17 ngành kinh tế.",
            "2024-10-15",
            "ministry",
            ["nfd", "tax_agent_explainer", "footnote_marks_glued", "statistics", "count", "no_event"],
            quantities=[
                c(121350, "doanh nghiệp thành lập mới"),
                c(2207, "dự án"),
                c(17, "ngành kinh tế"),
            ],
            events=[],
        ),
        h(
            n(),
            "Văn bản pháp lý:\n- Luật Đầu tư 2020 và các luật sửa đổi, bổ sung;\n- Nghị định 31/2021/NĐ-CP hướng dẫn chi tiết Luật Đầu tư;\n- Thông tư 25/2023/TT-BKHĐT sửa đổi mẫu văn bản, báo cáo về đầu tư.",
            "2024-10-15",
            "legal",
            [
                "tax_agent_explainer",
                "legal_basis_list",
                "law_without_number_nothing",
                "multiline",
                "no_event",
            ],
            decisions=[d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư là gì?\nĐó là văn bản, bản giấy hoặc bản điện tử, ghi lại những thông tin nhà đầu tư đã đăng ký về dự án: mục tiêu, quy mô, địa điểm, vốn và tiến độ.",
            "2024-10-15",
            "ministry",
            ["tax_agent_explainer", "question_heading", "definition", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư có thời hạn bao lâu?\nThời hạn ghi trên giấy chính là thời hạn hoạt động của dự án, thường không quá 50 năm nếu dự án nằm ngoài khu kinh tế.",
            "2024-10-15",
            "ministry",
            [
                "tax_agent_explainer",
                "question_heading",
                "duration_no_count",
                "bare_unit_word",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Cần hỗ trợ làm hồ sơ, hãy gọi ngay hotline 0912 486 357 của Công ty TNHH Tư vấn Thuế Minh Quang.",
            "2024-10-15",
            "ministry",
            ["tax_agent_explainer", "hotline_nothing", "advertiser_firm", "no_event"],
            firms=[f("Tư vấn Thuế Minh Quang", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Hướng dẫn xin giấy phép sản xuất, lắp ráp ô tô mới nhất\nHướng dẫn xin giấy phép sản xuất, lắp ráp ô tô mới nhất\nBài viết dài hơn 2.500 chữ dưới đây đi lần lượt qua điều kiện nhà xưởng, dây chuyền kiểm tra, môi trường và bảo hành mà một cơ sở lắp ráp phải đáp ứng.",
            "2025-03-05",
            "ministry",
            [
                "licence_agent_explainer",
                "repeated_headline",
                "word_count_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Theo Nghị định 116/2017/NĐ-CP, doanh nghiệp lắp ráp ô tô phải có dây chuyền kiểm tra xuất xưởng với ít nhất các công đoạn kiểm tra độ trượt ngang, góc đặt bánh xe, phanh và khí thải.",
            "2025-03-05",
            "legal",
            ["licence_agent_explainer", "decree_as_decision", "no_event"],
            decisions=[d("116/2017/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ xin giấy chứng nhận đủ điều kiện sản xuất, lắp ráp ô tô được nộp về Bộ Công Thương; trong 20 ngày làm việc, bộ tổ chức kiểm tra thực tế tại cơ sở.",
            "2025-03-05",
            "ministry",
            ["licence_agent_explainer", "receiving_body_org", "duration_no_count", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.doc) (72 trang)\n\nhoàn thiện quy trình đàm phán hợp đồng cung cấp thiết bị ở công ty vitec\n\nLuận văn tốt nghiệp Phạm Thu Trang – KT 45A",
            "2013-05-27",
            "ministry",
            [
                "document_store",
                "thesis_page",
                "lowercase_title_firm_nothing",
                "byline_person",
                "page_count_no_count",
                "class_code_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Phạm Thu Trang", None)],
            events=[],
        ),
        h(
            n(),
            "1. Lý do chọn đề tài\nCông ty VITEC chuyên tư vấn, tích hợp hệ thống và cung cấp thiết bị công nghệ thông tin; phần lớn doanh thu đến từ các gói thầu, nên giá chào thầu thường quyết định chuyện thắng hay thua.",
            "2013-05-27",
            "ministry",
            ["thesis_page", "acronym_firm", "bare_company_form", "multiline", "no_event"],
            firms=[f("VITEC", "Công ty")],
            events=[],
        ),
        h(
            n(),
            "Trang 1LỜI NÓI ĐẦUĐiện năng gắn với mọi mặt đời sống, vì thế em đã xin thực tập tại Công ty Cổ phần Thiết bị điện Minh Trí, đơn vị chuyên làm khí cụ điện và dây cáp hạ thế.",
            "2018-04-09",
            "ministry",
            ["internship_report", "glued_page_marker", "legal_form_normalised", "no_event"],
            firms=[f("Thiết bị điện Minh Trí", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Trong thời gian thực tập, em được cô giáo ThS Trần Thị Hoa cùng các anh chị phòng Kế toán và phòng Kinh doanh của Công ty tận tình chỉ bảo.",
            "2018-04-09",
            "ministry",
            ["internship_report", "academic_title_no_role", "bare_company_word", "no_event"],
            persons=[per("Trần Thị Hoa", None)],
            events=[],
        ),
        h(
            n(),
            "Chương 2: Đặc điểm kinh tế kỹ thuật của doanh nghiệp\nSản phẩm của Công ty đều đạt tiêu chuẩn TCVN; năm 2017, công ty có 186 công nhân và 4 xưởng sản xuất.",
            "2018-04-09",
            "ministry",
            ["internship_report", "tcvn_no_decision", "count", "multiline", "no_event"],
            quantities=[c(186, "công nhân"), c(4, "xưởng sản xuất")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (34 trang)\n\nTRƯỜNG ĐẠI HỌC NGOẠI THƯƠNG\nKHOA: KINH TẾ QUỐC TẾ\n\nĐỀ TÀI THẢO LUẬN\nHỌC PHẦN: LOGISTICS VÀ VẬN TẢI QUỐC TẾ\nĐề tài:\nChuỗi cung ứng linh kiện của hãng xe Bạch Đằng: thành cơng và điểm nghẽn\n\nNhóm: 4\nLHP: 2305ITOM2011\nGiáo viên hướng dẫn: Nguyễn Thị Thu Hà\n\nHà Nội, tháng 3 năm 2023.",
            "2023-04-12",
            "ministry",
            [
                "document_store",
                "thesis_cover",
                "all_caps_org",
                "broken_font",
                "cover_label_role",
                "place_date_line",
                "class_code_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Ngoại thương"],
            persons=[per("Nguyễn Thị Thu Hà", "Giáo viên hướng dẫn")],
            provinces=[pv("Hà Nội")],
            firms=[f("Bạch Đằng")],
            events=[],
        ),
        h(
            n(),
            "MỞ ĐẦU\nDịch bệnh đi qua để lại bài học cho mọi nhà sản xuất: cách vận hành chuỗi cung ứng cũ khơng cịn tối ưu, và các tập đồn ô tô phải tìm nguồn linh kiện ở gần hơn.",
            "2023-04-12",
            "ministry",
            ["document_store", "broken_font", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Interviews and features: a finance site's interview on origin labels (S2 r1), a Japanese consultancy's leader
    # interview with a Japanese chrome line (S2 r4), an anti-counterfeiting magazine's supporting-industry feature
    # (S8 r2 = S9 r2) and a trade magazine's video page (S12 r2) ---
    rows += [
        h(
            n(),
            "Chuyện nhãn “Made in Vietnam” trên bó dây điện ô tô\nGhi nhãn xuất xứ thế nào thì doanh nghiệp được hưởng lợi ích kinh tế thế ấy, TS Hoàng Văn Phúc, nguyên chuyên viên Viện Nghiên cứu Chiến lược, Chính sách công nghiệp (Bộ Công Thương), nói với phóng viên.",
            "2017-09-26",
            "ministry",
            [
                "interview",
                "headline_lead",
                "reported_speech",
                "person_role_after",
                "org_in_brackets",
                "multiline",
                "no_event",
            ],
            organizations=["Viện Nghiên cứu Chiến lược, Chính sách công nghiệp", "Bộ Công Thương"],
            persons=[
                per(
                    "Hoàng Văn Phúc",
                    "nguyên chuyên viên Viện Nghiên cứu Chiến lược, Chính sách công nghiệp (Bộ Công Thương)",
                )
            ],
            events=[],
        ),
        h(
            n(),
            "PV: Có ý kiến cho rằng linh kiện, thiết bị mang nhãn Việt phần lớn vẫn là hàng nhập về lắp ráp. Ông nhìn nhận việc này ra sao?",
            "2017-09-26",
            "ministry",
            ["interview", "question_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TS Hoàng Văn Phúc: Giấy chứng nhận xuất xứ (C/O) là tấm vé để hưởng thuế ưu đãi; ghi sai nhãn thì không những mất ưu đãi mà còn có thể bị điều tra lẩn tránh thuế.",
            "2017-09-26",
            "ministry",
            ["interview", "answer_line", "academic_title_no_role", "no_event"],
            persons=[per("Hoàng Văn Phúc", None)],
            events=[],
        ),
        h(
            n(),
            "Nhiều món hàng được ghi “Made by Vietnam” vì khâu thiết kế làm trong nước, dù linh kiện phần lớn vẫn nhập; ghi như vậy không sai, nhưng phải minh bạch, ông Phúc nói.",
            "2017-09-26",
            "ministry",
            ["interview", "reported_speech", "short_name_no_person", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ベトナム進出ならお任せください！会社設立・工業団地紹介・労働許可証に対応します\n\nTầm nhìn lãnh đạo Vol.52\nKoyama Seal Việt Nam",
            "2022-06-13",
            "ministry",
            ["consultancy_page", "japanese_chrome_nothing", "vietnam_dropped", "multiline", "no_event"],
            firms=[f("Koyama Seal")],
            events=[],
        ),
        h(
            n(),
            "Koyama Seal làm gioăng, phớt cao su cho ô tô và xe máy; riêng phớt chắn dầu của hãng chiếm chừng 60% thị phần tại Nhật Bản. Nhà máy ở Việt Nam vừa có thêm một xưởng mới, và Giám đốc Ishida chia sẻ về kế hoạch sắp tới.",
            "2022-06-13",
            "ministry",
            [
                "nfd",
                "consultancy_page",
                "recalled_expansion",
                "deal_no_event",
                "no_amount",
                "surname_alone_no_person",
                "percentage",
            ],
            firms=[f("Koyama Seal")],
            percentages=[60],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Koyama Seal"])],
            events=[],
        ),
        h(
            n(),
            "―― Xin ông giới thiệu đôi nét về công ty.\nIshida: Koyama Seal Việt Nam ra đời năm 2006, sang năm sau thì làm chiếc phớt chắn dầu đầu tiên; gioăng chữ O có từ năm 2009.",
            "2022-06-13",
            "ministry",
            [
                "consultancy_page",
                "interview",
                "founding_year_no_deal",
                "surname_alone_no_person",
                "multiline",
                "no_event",
            ],
            firms=[f("Koyama Seal")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 70% sản lượng được xuất sang Nhật Bản, phần còn lại bán cho các hãng xe máy, ô tô lắp ráp trong nước.",
            "2022-06-13",
            "ministry",
            ["consultancy_page", "percentage", "customers_unnamed_no_deal", "no_event"],
            percentages=[70],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Vì linh kiện, nguyên liệu nhập vẫn chiếm phần lớn kim ngạch nhập khẩu, giá trị gia tăng của công nghiệp chế biến, chế tạo còn thấp: khu vực này chỉ góp chừng 17% GDP, so với 27% ở Thái Lan và 33% ở Trung Quốc.",
            "2022-06-09",
            "ministry",
            ["feature", "statistics", "percentage", "country_list", "no_event"],
            percentages=[17, 27, 33],
            locations=[country("Thái Lan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nhật Bản hay Thái Lan khoanh công nghiệp hỗ trợ vào các doanh nghiệp làm linh kiện cho ô tô, xe máy và điện tử(2); ở Việt Nam, khái niệm này lần đầu được định nghĩa rõ năm 2011.",
            "2022-06-09",
            "ministry",
            ["feature", "footnote_mark_glued", "country_list", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Công nghiệp hỗ trợ không nằm trong hệ thống ngành kinh tế quốc dân; phạm vi của nó tuỳ vào cách mỗi nước định nghĩa và mục đích của người làm chính sách.",
            "2022-06-09",
            "ministry",
            ["feature", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bám vào chuỗi giá trị toàn cầu để công nghiệp hỗ trợ ô tô lớn lên\n\nMuốn có nhà cung cấp linh kiện mạnh, trước hết phải có những nhà lắp ráp ô tô trong nước đủ lớn để đặt hàng.\nMinh Châu - Hoàng Lan",
            "2021-12-02",
            "ministry",
            ["video_page", "headline_lead", "two_bylines", "multiline", "no_event"],
            persons=[per("Minh Châu", None), per("Hoàng Lan", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI overview with related links (S1 r1 = S8 r3) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Giữa lúc kinh tế khó khăn, vốn FDI lại là mảng sáng hiếm hoi của năm 2023, và giới phân tích tin dòng tiền này còn tìm đến chip, công nghệ cao cùng những mặt hàng giá trị gia tăng lớn.",
            "2024-01-08",
            "ministry",
            ["outlet_prefix_nothing", "lead", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Cứ 100 USD vốn ngoại thì 38 USD chảy về Đông Nam bộ\n- Hàn Quốc chi hàng chục tỉ USD cho cuộc đua pin thể rắn",
            "2024-01-08",
            "ministry",
            ["related_links", "region_nothing", "vague_amount", "country", "multiline", "no_event"],
            money=[m(100, "USD"), m(38, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chỉ chừng 12,9 tỉ USD vốn ngoại đăng ký đổ vào trong sáu tháng đầu năm 2023, thấp hơn cùng kỳ 5,1%, sau khi cả năm 2022 dòng vốn này đã hụt gần 12%.",
            "2024-01-08",
            "ministry",
            ["nfd", "statistics", "amount_first", "approx", "percentage", "no_event"],
            money=[m(12.9 * B, "USD", approx=True)],
            percentages=[5.1, 12],
            events=[],
        ),
        h(
            n(),
            "Tăng tốc về đích\nNửa cuối năm, các dự án lớn về bán dẫn và điện tử dồn dập được cấp phép, kéo vốn đăng ký cả năm đi lên.",
            "2024-01-08",
            "ministry",
            ["subheading", "unnamed_projects_no_deal", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Thống kê cho rằng mức giảm phản ánh sức ép chung của kinh tế thế giới: lạm phát, lãi suất cao và xung đột ở nhiều nơi.",
            "2024-01-08",
            "ministry",
            ["statistics_office", "no_event"],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a harness maker's fourth plant breaks ground in a Hải Dương cluster, a print page
    # (S1 r2 = S7 r2) ---
    rows += [
        h(
            n(),
            "Dân Việt\n\n18 triệu USD cho nhà máy bó dây điện thứ tư ở Hải Dương\n\n22/10/2011 09:15 GMT+7",
            "2011-10-22",
            "provincial",
            [
                "print_page",
                "outlet_nothing",
                "headline_amount_no_firm",
                "timestamp",
                "ordinal_not_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Dương")],
            money=[m(18 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "(Dân Việt) - Với 18 triệu USD, Công ty TNHH Kasuga Denso Việt Nam đã động thổ nhà máy bó dây thứ tư của mình sáng 21-10 tại Cụm công nghiệp Hưng Đạo (huyện Tứ Kỳ, Hải Dương).",
            "2011-10-22",
            "provincial",
            [
                "outlet_prefix_nothing",
                "groundbreaking",
                "amount_first",
                "vietnam_dropped",
                "cluster_park",
                "district_in_brackets",
                "deal_date",
                "year_inferred",
                "ordinal_not_count",
            ],
            provinces=[pv("Hải Dương")],
            firms=[f("Kasuga Denso", "Công ty TNHH")],
            money=[m(18 * M, "USD")],
            locations=[park("Cụm công nghiệp Hưng Đạo"), district("huyện Tứ Kỳ")],
            deals=[deal("groundbreaking", ["Kasuga Denso"], 18 * M, HD, "2011-10-21")],
            events=[ev("groundbreaking", [F("Kasuga Denso")], 18 * M, "USD", HD, "started")],
        ),
        h(
            n(),
            "Rộng 3,8 ha, nhà máy sẽ làm bó dây điện và cụm dây tín hiệu cho ô tô, thiết bị điện tử, dự kiến chạy máy vào quý III năm sau với khoảng 1.500 công nhân.",
            "2011-10-22",
            "provincial",
            ["nfd", "plant_details_no_firm", "area", "count", "approx", "schedule_no_event", "no_event"],
            areas=[ha(3.8)],
            quantities=[c(1500, "công nhân", True)],
            events=[],
        ),
        h(
            n(),
            "Kasuga Denso đang có ba nhà máy hoạt động trong tỉnh, dùng tổng cộng 5.900 lao động.",
            "2011-10-22",
            "provincial",
            ["presence_no_deal", "short_name", "count_in_words", "bare_unit_word", "count", "no_event"],
            firms=[f("Kasuga Denso")],
            quantities=[c(5900, "lao động")],
            events=[],
        ),
        h(
            n(),
            "Doanh thu năm nay của công ty được kỳ vọng vượt 210 triệu USD.",
            "2011-10-22",
            "provincial",
            ["revenue_no_deal", "approx", "no_event"],
            money=[m(210 * M, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a tyre plant's opening in Đà Nẵng, an amp page (S1 r3 = S11 r4) ---
    rows += [
        h(
            n(),
            "Khánh thành nhà máy lốp radial 2.700 tỉ đồng ở Đà Nẵng\nCông ty CP Cao su Hải Vân vừa cắt băng nhà máy lốp ô tô radial toàn thép trong KCN Liên Chiểu, tổng vốn khoảng 2.700 tỉ đồng.",
            "2013-06-04",
            "provincial",
            [
                "headline_lead",
                "inauguration_with_capital",
                "headline_amount",
                "ti_spelling",
                "park",
                "approx",
                "multiline",
            ],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Cao su Hải Vân", "Công ty CP")],
            money=[m(2700 * B, "VND"), m(2700 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Liên Chiểu")],
            deals=[deal("investment", ["Cao su Hải Vân"], 2700 * B, DN)],
            events=[ev("inauguration", [F("Cao su Hải Vân")], 2700 * B, "VND", DN, "completed")],
        ),
        h(
            n(),
            "Giai đoạn đầu, nhà máy làm được 250.000 lốp mỗi năm; khi giai đoạn hai xong vào năm 2016, công suất sẽ lên 500.000 lốp.",
            "2013-06-04",
            "provincial",
            ["capacity_no_count", "phases_no_event", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "KCN này, rộng gần 290 ha, do Công ty CP Phát triển Hạ tầng Hòa Khánh Xanh làm chủ đầu tư hạ tầng.\nT.Quân\nBình luận (0)",
            "2013-06-04",
            "provincial",
            [
                "park_investor_line",
                "deal_no_event",
                "initials_nothing",
                "comment_chrome",
                "area",
                "approx",
                "multiline",
            ],
            firms=[f("Phát triển Hạ tầng Hòa Khánh Xanh", "Công ty CP")],
            areas=[ha(290, True)],
            deals=[deal("investment", ["Phát triển Hạ tầng Hòa Khánh Xanh"])],
            events=[],
        ),
    ]
    # --- Vietnamese news: an electrical-equipment plant licensed in the Vũng Áng economic zone (S1 r4) ---
    rows += [
        h(
            n(),
            " date 2025-11-04 Nhà máy thiết bị điện gần 118 tỷ đồng vừa có giấy phép ở KKT Vũng Áng, hẹn chạy máy cuối năm 2027...\n\nCông ty Cổ phần Điện cơ Phú Minh Đạt (TP. Hồ Chí Minh) đã được Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh trao Giấy chứng nhận đăng ký đầu tư cho dự án nhà máy sản xuất tủ điện, máng cáp và giá đỡ dây điện.",
            "2025-11-04",
            "ministry",
            [
                "page_chrome_date",
                "headline_lead",
                "licence_passive",
                "board_as_grantor",
                "investor_home_province_mention",
                "zone_abbreviated",
                "approx",
                "multiline",
            ],
            firms=[f("Điện cơ Phú Minh Đạt", "Công ty CP")],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"],
            provinces=[pv("Hồ Chí Minh"), pv("Hà Tĩnh")],
            money=[m(118 * B, "VND", approx=True)],
            locations=[zone("Khu kinh tế Vũng Áng")],
            deals=[deal("investment", ["Điện cơ Phú Minh Đạt"], 118 * B, HT)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"), F("Điện cơ Phú Minh Đạt")],
                    118 * B,
                    "VND",
                    HT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Dự án rộng 2,2 ha ở các lô C3 đến C7 của KCN Phú Vinh, phường Hoành Sơn; vốn góp của nhà đầu tư là 29,5 tỷ đồng, bằng 25% tổng vốn.",
            "2025-11-04",
            "ministry",
            [
                "nfd",
                "plant_details_no_firm",
                "ward_nothing",
                "lot_codes_nothing",
                "area",
                "percentage",
                "no_event",
            ],
            money=[m(29.5 * B, "VND")],
            percentages=[25],
            areas=[ha(2.2)],
            locations=[park("Khu công nghiệp Phú Vinh")],
            events=[],
        ),
        h(
            n(),
            "Ngoài tủ điện công nghiệp, thang và máng cáp, vỏ tủ kim loại và giá đỡ dây điện, nhà máy còn dành khoảng 7.900 m² làm nhà xưởng cho thuê.",
            "2025-11-04",
            "ministry",
            ["product_list", "area", "approx", "no_event"],
            areas=[ha(0.79, True)],
            events=[],
        ),
        h(
            n(),
            "Công suất thiết kế mỗi năm: 2.500-4.000 bộ tủ điện, 100.000-130.000 mét máng cáp và 20.000-25.000 giá đỡ.",
            "2025-11-04",
            "ministry",
            ["capacity_no_count", "ranges", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo tiến độ đăng ký, dự án phải vận hành trong vòng 28 tháng kể từ ngày nhận giấy, tức khoảng đầu năm 2028; nhà đầu tư được hưởng ưu đãi theo quy định hiện hành.",
            "2025-11-04",
            "ministry",
            ["schedule_no_event", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: Japanese wire makers turning to Asia for e-vehicle parts (S2 r3) ---
    rows += [
        h(
            n(),
            "Xe điện kéo hãng dây điện Nhật sang châu Á: 30 triệu USD cho dây phanh ở Việt Nam",
            "2019-07-10",
            "ministry",
            ["headline_only", "unnamed_investors_no_deal", "country_word", "region_nothing", "no_event"],
            money=[m(30 * M, "USD")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Ishikari Metals sẽ nâng năng lực làm dây cho hệ thống phanh xe điện ở cả Việt Nam và Thái Lan; Koizumi Electric cũng tính tăng công suất tại Việt Nam.",
            "2019-07-10",
            "ministry",
            [
                "capacity_plan",
                "announced_investment",
                "no_amount",
                "no_site",
                "two_firms_two_deals",
                "country",
            ],
            firms=[f("Ishikari Metals"), f("Koizumi Electric")],
            locations=[country("Thái Lan")],
            deals=[deal("investment", ["Ishikari Metals"]), deal("investment", ["Koizumi Electric"])],
            events=[
                ev("investment_announcement", [F("Ishikari Metals")], None, None, None, "announced"),
                ev("investment_announcement", [F("Koizumi Electric")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "Tokiwa Densen Holdings thì sẽ chi chừng 650 triệu JPY (khoảng 6 triệu USD) để gộp hai nhà máy ở Trung Quốc làm một, đồng thời làm cáp cho xe điện qua một công ty con ở đó.",
            "2019-07-10",
            "ministry",
            ["plant_abroad_no_deal", "bracketed_conversion", "approx", "country", "no_event"],
            firms=[f("Tokiwa Densen Holdings")],
            money=[m(650 * M, "JPY", approx=True), m(6 * M, "USD", approx=True)],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Năm tài khóa 2018, công ty con này thu về khoảng 3,6 tỷ JPY, theo hãng nghiên cứu Kanda Keizai.",
            "2019-07-10",
            "ministry",
            ["revenue_no_deal", "research_firm", "approx", "no_event"],
            firms=[f("Kanda Keizai")],
            money=[m(3.6 * B, "JPY", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Khi ô tô điện hóa tăng tốc và các nhà cung cấp phụ tùng Nhật Bản dời xưởng ra khu vực, những hãng dây điện của Nhật càng muốn bán nhiều hơn ở các nước châu Á khác.",
            "2019-07-10",
            "ministry",
            ["context_line", "relocation_no_deal", "country_word", "region_nothing", "no_event"],
            locations=[country("Nhật Bản"), country("Nhật")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a blog repost of a news agency item on a carmaker's engine plant abroad (S3 r1) ---
    rows += [
        h(
            n(),
            "Nhà máy động cơ mới của Toyota ở Indonesia sẽ làm khoảng 200.000 động cơ mỗi năm, chạy từ đầu năm 2017 và cần thêm ngót 450 nhân viên.",
            "2015-08-03",
            "ministry",
            ["blog_repost", "plant_abroad_no_deal", "capacity_no_count", "count", "approx", "no_event"],
            firms=[f("Toyota")],
            quantities=[c(450, "nhân viên", True)],
            locations=[country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Hơn một nửa số động cơ sẽ được xuất khẩu; hiện Toyota làm động cơ cho xe bán tải và xe đa dụng ở một nhà máy khác tại Indonesia.",
            "2015-08-03",
            "ministry",
            ["blog_repost", "fraction_no_percentage", "no_event"],
            firms=[f("Toyota")],
            locations=[country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Trung tâm đào tạo ở tỉnh Aichi, Nhật Bản, mỗi năm nhận 5.200 học viên; mạng lưới đại lý của hãng có khoảng 115.000 thợ máy.\nMinh Thu (Vietnam+)\n|\nKhông có nhận xét nào:\nĐăng nhận xét",
            "2015-08-03",
            "ministry",
            [
                "blog_repost",
                "byline_person",
                "agency_nothing",
                "prefecture_abroad_nothing",
                "comment_chrome",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Thu", None)],
            quantities=[c(5200, "học viên"), c(115000, "thợ máy", True)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a national daily on the list of parts made at home (S9 r3) ---
    rows += [
        h(
            n(),
            "291 linh kiện, phụ tùng ô tô mà doanh nghiệp trong nước đã làm được có tên trong phụ lục của Thông tư 08/2022/TT-BKHĐT, được Bộ Kế hoạch và Đầu tư ký ban hành ngày 9/9; 272 loại dành cho xe con dưới 9 chỗ, 19 loại cho xe tải.",
            "2022-09-21",
            "ministry",
            ["count_first", "circular_as_decision", "decision_date", "year_inferred", "count", "no_event"],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            decisions=[d("08/2022/TT-BKHĐT", "2022-09-09")],
            quantities=[c(291, "linh kiện"), c(272, "loại"), c(19, "loại")],
            events=[],
        ),
        h(
            n(),
            "Trong đó, 230 mặt hàng ghi rõ làm theo tiêu chuẩn của Toyota, 14 loại cho VinFast, 13 cho Ford, 9 cho Honda, 6 cho Kia và 3 cho Mitsubishi; Hyundai và Mazda không có tên.",
            "2022-09-21",
            "ministry",
            ["nfd", "brand_firm", "brand_list", "count", "count_without_noun", "no_event"],
            firms=[
                f("Toyota"),
                f("VinFast"),
                f("Ford"),
                f("Honda"),
                f("Kia"),
                f("Mitsubishi"),
                f("Hyundai"),
                f("Mazda"),
            ],
            quantities=[c(230, "mặt hàng"), c(14, "loại")],
            events=[],
        ),
        h(
            n(),
            "Theo TC Motor, tỷ lệ nội địa hoá xe của hãng đang vào khoảng 18%; Thaco nói con số của mình còn cao hơn.",
            "2022-09-21",
            "ministry",
            ["old_tone", "brand_firm", "percentage", "no_event"],
            firms=[f("TC Motor"), f("Thaco")],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Nhóm thân vỏ chiếm 68 hạng mục, sàn xe hơn 55, ghế khoảng 30 và các loại bó dây điện ngót 27 hạng mục; còn động cơ, hộp số và hệ thống an toàn thì gần như vắng bóng.",
            "2022-09-21",
            "ministry",
            ["count", "count_without_noun", "approx", "no_event"],
            quantities=[c(68, "hạng mục"), c(27, "hạng mục", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a news portal on the same list, with a template placeholder and a caption (S9 r4) ---
    rows += [
        h(
            n(),
            "Danh mục có những thứ như ắc quy, lốp không săm, kính cửa, ăng-ten, bộ dây điện, đèn hậu, tấm ốp cửa, ghế ngồi và két nước làm mát.\n\n{keywords}\nLắp bó dây điện trên dây chuyền ô tô (ảnh: Hoàng Hà)",
            "2022-09-22",
            "ministry",
            [
                "product_list",
                "template_placeholder",
                "caption",
                "photo_credit_person",
                "multiline",
                "no_event",
            ],
            persons=[per("Hoàng Hà", None)],
            events=[],
        ),
        h(
            n(),
            "Cảm biến chân ga, điều hoà không khí hay thiết bị tự động của hệ thống thân xe – những món cần công nghệ cao – hầu như không có trong danh sách.",
            "2022-09-22",
            "ministry",
            ["old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo Bộ Công Thương, mảng xe cá nhân hiện có 9 nhà sản xuất gốc (OEM) lắp ráp theo dạng CKD qua bốn công đoạn: hàn, sơn, lắp ráp và kiểm tra.",
            "2022-09-22",
            "ministry",
            ["nfd", "acronym_bracket", "count", "count_in_words", "no_event"],
            organizations=["Bộ Công Thương"],
            quantities=[c(9, "nhà sản xuất gốc")],
            events=[],
        ),
        h(
            n(),
            "Cả chuỗi mới có 21 nhà cung cấp cấp 1 và 63 nhà cung cấp cấp 2, cấp 3; linh kiện làm trong nước đắt hơn hàng Thái Lan, Indonesia từ 2 đến 3 lần.\n\nMai Phương",
            "2022-09-22",
            "ministry",
            ["count", "byline_person", "multiplier_no_count", "country_list", "multiline", "no_event"],
            persons=[per("Mai Phương", None)],
            quantities=[c(21, "nhà cung cấp cấp 1"), c(63, "nhà cung cấp cấp 2")],
            locations=[country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial paper's mobile page on a carmaker's parts park in Chu Lai (S10 r3) ---
    rows += [
        h(
            n(),
            "Kinh tế\n\nGiá cả thị trường\n\nChu Lai sắp có khu công nghiệp linh kiện ô tô lớn nhất cả nước\n\nTheo dõi Báo Gia Lai trên Google News",
            "2020-08-19",
            "provincial",
            [
                "mobile_chrome",
                "headline_only",
                "bare_place_nothing",
                "outlet_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn An Hòa Auto đã dựng ở Khu kinh tế mở Chu Lai (Quảng Nam) 14 nhà máy linh kiện, từ ghế và áo ghế, kính, nhíp, điều hòa, cản xe cho tới bộ dây điện và khung gầm.",
            "2020-08-19",
            "provincial",
            ["recalled_plants", "deal_no_event", "no_amount", "zone", "province_in_brackets", "count"],
            firms=[f("An Hòa Auto", "Tập đoàn")],
            provinces=[pv("Quảng Nam")],
            quantities=[c(14, "nhà máy linh kiện")],
            locations=[zone("Khu kinh tế mở Chu Lai")],
            deals=[deal("investment", ["An Hòa Auto"], None, QNam)],
            events=[],
        ),
        h(
            n(),
            "Máy móc được chuyển giao từ Nhật Bản và Hàn Quốc; xưởng nhựa có máy ép phun 3.500 tấn, còn xưởng ghế nhập dây chuyền tự động từ châu Âu.",
            "2020-08-19",
            "provincial",
            ["technology_source_no_deal", "capacity_no_count", "region_nothing", "country_list", "no_event"],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp còn có một trung tâm R&D, đồng thời liên doanh, liên kết với các đối tác để nhận chuyển giao công nghệ làm linh kiện xe tải, xe buýt và xe du lịch.",
            "2020-08-19",
            "provincial",
            ["vague_partnership_no_deal", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial paper on a utility wiring up a carmaker's glass plant (S11 r2) ---
    rows += [
        h(
            n(),
            "(QNO) - Để nhà máy kính ô tô của Công ty TNHH Ô tô An Hòa Chu Lai kịp chạy thử, Công ty Điện lực Quảng Nam đã đóng điện một trạm biến áp 2.500 kVA cùng hơn 180 m đường dây 22 kV, vốn khoảng 1,4 tỷ đồng.\nP.Hòa",
            "2018-03-27",
            "provincial",
            [
                "outlet_prefix_nothing",
                "utility_own_works_no_deal",
                "province_in_firm_name",
                "initials_nothing",
                "length_no_count",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Ô tô An Hòa Chu Lai", "Công ty TNHH"), f("Điện lực Quảng Nam", "Công ty")],
            money=[m(1.4 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Kính chắn gió, kính cửa và một số chi tiết bằng thuỷ tinh cho xe tải, xe buýt sẽ là sản phẩm chính của nhà máy.",
            "2018-03-27",
            "provincial",
            ["product_list", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: wire-and-cable export statistics: an overseas Vietnamese site (S13 r1), a trade portal's
    # monthly items with table captions (S13 r3, S13 r4) ---
    rows += [
        h(
            n(),
            " date 2018-09 Theo bản tin của báo Đầu Tư, dây điện và cáp điện VN xuất cảng tám tháng đầu năm thu về 1,02 tỷ USD, tăng hơn 23%; riêng thị trường Hà Lan tăng gấp 14 lần so với tháng trước.",
            "2018-09-12",
            "ministry",
            [
                "overseas_site",
                "page_chrome_date",
                "xuat_cang_wording",
                "outlet_nothing",
                "statistics",
                "country",
                "no_event",
            ],
            money=[m(1.02 * B, "USD")],
            percentages=[23],
            locations=[country("Hà Lan")],
            events=[],
        ),
        h(
            n(),
            "Riêng tháng 8 đạt 138,6 triệu USD, nhích 6,4% so với tháng 7, theo số liệu của Tổng cục Hải quan.",
            "2018-09-12",
            "ministry",
            ["overseas_site", "statistics", "percentage", "no_event"],
            organizations=["Tổng cục Hải quan"],
            money=[m(138.6 * M, "USD")],
            percentages=[6.4],
            events=[],
        ),
        h(
            n(),
            "Xuất khẩu dây điện và cáp điện tháng 4/2023 đạt 248,9 triệu USD, giảm 7,1% so với tháng 3 nhưng cao hơn cùng kỳ 18,2%, số liệu sơ bộ của Tổng cục Hải quan cho thấy.",
            "2023-05-20",
            "ministry",
            ["trade_portal", "statistics", "percentage", "no_event"],
            organizations=["Tổng cục Hải quan"],
            money=[m(248.9 * M, "USD")],
            percentages=[7.1, 18.2],
            events=[],
        ),
        h(
            n(),
            "Cộng dồn bốn tháng, kim ngạch nhóm hàng này ước 955,3 triệu USD, tăng 21,4%.",
            "2023-05-20",
            "ministry",
            ["nfd", "trade_portal", "statistics", "approx", "percentage", "no_event"],
            money=[m(955.3 * M, "USD", approx=True)],
            percentages=[21.4],
            events=[],
        ),
        h(
            n(),
            "Mỹ vượt Trung Quốc thành thị trường lớn nhất, chiếm 28,9% với 276,1 triệu USD; Trung Quốc xếp sau với 24,6%, kế đến là Nhật Bản 13,1%.",
            "2023-05-20",
            "ministry",
            ["trade_portal", "statistics", "country_list", "percentage", "no_event"],
            money=[m(276.1 * M, "USD")],
            percentages=[28.9, 24.6, 13.1],
            locations=[country("Mỹ"), country("Trung Quốc"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Sang các nước Đông Nam Á, dây điện và cáp điện đạt 91,7 triệu USD, tăng 19,3%, chiếm 9,6% kim ngạch của nhóm hàng.",
            "2023-05-20",
            "ministry",
            ["trade_portal", "statistics", "region_nothing", "percentage", "no_event"],
            money=[m(91.7 * M, "USD")],
            percentages=[19.3, 9.6],
            events=[],
        ),
        h(
            n(),
            "Xuất khẩu dây điện và cáp điện 4 tháng đầu năm 2023\n\n(Tính theo số liệu công bố ngày 12/5/2023 của TCHQ)\n\nĐVT: USD\n\nNguồn: VITIC",
            "2023-05-20",
            "ministry",
            ["trade_portal", "table_caption", "org_acronym", "agency_nothing", "multiline", "no_event"],
            organizations=["TCHQ"],
            events=[],
        ),
        h(
            n(),
            "Năm 2015, dây điện và cáp điện mang về 842,6 triệu USD, tăng 8,1%; cả nước có hơn 220 doanh nghiệp làm và xuất mặt hàng này, nhiều nơi 100% vốn ngoại hoặc liên doanh với nước ngoài.",
            "2016-02-03",
            "ministry",
            ["trade_portal", "statistics", "count", "approx", "percentage", "no_event"],
            money=[m(842.6 * M, "USD")],
            percentages=[8.1, 100],
            quantities=[c(220, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Hoa Kỳ tăng 26,4%, Hồng Kông 21,8%, Malaysia 19,5%; Úc là thị trường tăng mạnh nhất, 76,2%, đạt 9,1 triệu USD.",
            "2016-02-03",
            "ministry",
            ["trade_portal", "statistics", "country_list", "percentage", "no_event"],
            money=[m(9.1 * M, "USD")],
            percentages=[26.4, 21.8, 19.5, 76.2],
            locations=[country("Hoa Kỳ"), country("Hồng Kông"), country("Malaysia"), country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Số liệu của Tổng cục Hải quan về xuất khẩu dây điện và dây cáp điện năm 2015\nThị trường | Năm 2014 | Năm 2015 | +/- (%)\nTổng | 779.318.204 | 842.611.087 | +8,12\nNhật Bản | 184.905.370 | 196.274.118 | +6,15",
            "2016-02-03",
            "ministry",
            ["trade_portal", "pipe_table", "table_figures_nothing", "country", "multiline", "no_event"],
            organizations=["Tổng cục Hải quan"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
    ]
    # --- Foreign-language pages, read for their shapes and rendered here: a Japanese newsletter on a harness maker in
    # Lithuania (S3 r2, in Vietnamese), a Philippine broadcaster's Filipino item (S3 r3, in English) and a German item
    # on a spam domain about a plant in Serbia (S3 r4, in English) ---
    rows += [
        h(
            n(),
            "Oriza Densen (Nhật Bản) sẽ tuyển thêm 350 người cho xưởng bó dây điện ở Klaipėda, Litva, sau khi nhận đơn hàng của Mercedes-Benz vào cuối năm ngoái; 180 người đã được nhận.",
            "2019-04-18",
            "ministry",
            [
                "translated_page",
                "hiring_no_deal",
                "order_no_deal",
                "city_abroad_nothing",
                "country_bracket",
                "brand_firm",
                "count",
                "no_event",
            ],
            firms=[f("Oriza Densen"), f("Mercedes-Benz")],
            quantities=[c(350, "người"), c(180, "người")],
            locations=[country("Nhật Bản"), country("Litva")],
            events=[],
        ),
        h(
            n(),
            "Hãng có mặt ở Litva từ năm 1994, hiện dùng 1.150 lao động; trước đơn hàng mới, xưởng chỉ làm bó dây cho xe tải của Volvo và Renault.\n\nSố 1087 | 18/04/2019",
            "2019-04-18",
            "ministry",
            [
                "translated_page",
                "presence_no_deal",
                "issue_number_nothing",
                "brand_firm",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Volvo"), f("Renault")],
            quantities=[c(1150, "lao động")],
            locations=[country("Litva")],
            events=[],
        ),
        h(
            n(),
            "MANILA - A wiring-harness maker in Laguna, Oriza-Luzon Manufacturing Inc. (OLMI), is looking for 1,800 workers who lost their jobs in the pandemic, the Department of Labor and Employment (DOLE) said on Sunday.",
            "2021-07-04",
            "ministry",
            [
                E,
                "translated_page",
                "dateline_abroad_nothing",
                "hiring_no_deal",
                "acronym_bracket",
                "foreign_legal_form",
                "count",
                "no_event",
            ],
            firms=[f("Oriza-Luzon Manufacturing", "Inc.")],
            organizations=["Department of Labor and Employment"],
            quantities=[c(1800, "workers")],
            events=[],
        ),
        h(
            n(),
            "The company, the country's largest harness producer and a leading exporter of auto parts, had asked Labor Undersecretary Marites Dela Cruz to help spread the word, DOLE said.",
            "2021-07-04",
            "ministry",
            [E, "translated_page", "person_role_before", "acronym_org", "no_event"],
            organizations=["DOLE"],
            persons=[per("Marites Dela Cruz", "Labor Undersecretary")],
            events=[],
        ),
        h(
            n(),
            "Oriza Šabac will hire another 900 people on top of those it now employs, managing director Dragan Petrović said, as the Serbian plant adds a production line over the next eight months.",
            "2019-03-05",
            "ministry",
            [
                E,
                "translated_page",
                "hiring_no_deal",
                "expansion_abroad_no_deal",
                "person_role_before",
                "duration_no_count",
                "count",
                "no_event",
            ],
            firms=[f("Oriza Šabac")],
            persons=[per("Dragan Petrović", "managing director")],
            quantities=[c(900, "people")],
            events=[],
        ),
        h(
            n(),
            "The factory, Serbia's largest Japanese greenfield investment, stands on 7.1 ha; the state chipped in EUR 9.8 million and the town a further EUR 2.1 million for roads and utilities.",
            "2019-03-05",
            "ministry",
            [
                E,
                "translated_page",
                "subsidy_no_deal",
                "possessive_country",
                "adjective_nothing",
                "area",
                "no_event",
            ],
            money=[m(9.8 * M, "EUR"), m(2.1 * M, "EUR")],
            areas=[ha(7.1)],
            locations=[country("Serbia")],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered in Vietnamese: a Japanese business-trend site on a carmaker's three-year plan
    # (S10 r4), a Japanese consultancy's translation of an investment daily's item on a harness plant's opening in
    # Quảng Ninh (S17 r1 = S18 r2) ---
    rows += [
        h(
            n(),
            "Nhà lắp ráp ô tô lớn An Hòa Auto tính dành 27,4 nghìn tỷ VND (1,2 tỷ USD) trong ba năm tới cho sản xuất và bán lẻ, trong đó có hai nhà máy mới ở tỉnh Quảng Nam miền Trung.",
            "2017-05-22",
            "ministry",
            [
                "translated_page",
                "announced_investment",
                "bracketed_conversion",
                "thousand_billion_dong",
                "region_nothing",
            ],
            firms=[f("An Hòa Auto")],
            provinces=[pv("Quảng Nam")],
            money=[m(27.4 * 1000 * B, "VND"), m(1.2 * B, "USD")],
            deals=[deal("investment", ["An Hòa Auto"], 27.4 * 1000 * B, QNam)],
            events=[
                ev("investment_announcement", [F("An Hòa Auto")], 27.4 * 1000 * B, "VND", QNam, "announced")
            ],
        ),
        h(
            n(),
            "Một nhà máy sẽ làm 90.000 xe mỗi năm cho Mazda, trong khi xưởng Mazda hiện chỉ có công suất 30.000 xe; nhà máy còn lại dành cho xe tải và xe buýt.",
            "2017-05-22",
            "ministry",
            ["translated_page", "capacity_no_count", "brand_firm", "no_event"],
            firms=[f("Mazda")],
            events=[],
        ),
        h(
            n(),
            "Năm nay An Hòa Auto kỳ vọng bán hơn 105.000 xe, tăng 35%, với doanh thu trên 68,2 nghìn tỷ đồng (3 tỷ USD); hãng đang giữ 41,5% thị phần trong nhóm thành viên VAMA.",
            "2017-05-22",
            "ministry",
            [
                "translated_page",
                "sales_no_deal",
                "bracketed_conversion",
                "acronym_org",
                "count",
                "approx",
                "percentage",
                "no_event",
            ],
            firms=[f("An Hòa Auto")],
            organizations=["VAMA"],
            money=[m(68.2 * 1000 * B, "VND", approx=True), m(3 * B, "USD")],
            percentages=[35, 41.5],
            quantities=[c(105000, "xe", True)],
            events=[],
        ),
        h(
            n(),
            "Hoshida Hải Phòng Việt Nam, công ty thuộc tập đoàn Hoshida (Nhật Bản), đã khánh thành nhà máy bó dây điện ô tô ở KCN Đông Mai (Quảng Ninh); dự án được cấp phép cuối tháng 7/2013, vốn 32 triệu USD.",
            "2015-03-24",
            "ministry",
            [
                "translated_page",
                "inauguration_with_capital",
                "recalled_licence_same_project",
                "unit_keeps_place",
                "province_in_firm_name_no_mention",
                "lowercase_group_no_form",
                "country_bracket",
                "month_no_date",
            ],
            firms=[f("Hoshida Hải Phòng"), f("Hoshida")],
            provinces=[pv("Quảng Ninh")],
            money=[m(32 * M, "USD")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Đông Mai")],
            deals=[deal("investment", ["Hoshida Hải Phòng"], 32 * M, QN)],
            events=[ev("inauguration", [F("Hoshida Hải Phòng")], 32 * M, "USD", QN, "completed")],
        ),
        h(
            n(),
            "Nhà máy rộng 6,5 ha, khi chạy hết công suất sẽ làm tối đa 2,5 triệu bộ dây mỗi năm.",
            "2015-03-24",
            "ministry",
            ["translated_page", "plant_details_no_firm", "area", "capacity_no_count", "no_event"],
            areas=[ha(6.5)],
            events=[],
        ),
        h(
            n(),
            "Hai tháng đầu năm 2015, nhà máy ở Quảng Ninh có doanh thu 2,1 triệu USD, theo Ban Quản lý Khu kinh tế Quảng Ninh; xưởng hiện có khoảng 1.300 công nhân và sẽ lên 2.800 người vào cùng kỳ năm sau.",
            "2015-03-24",
            "ministry",
            [
                "nfd",
                "translated_page",
                "revenue_no_deal",
                "province_in_org_name",
                "count",
                "approx",
                "no_event",
            ],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            money=[m(2.1 * M, "USD")],
            quantities=[c(1300, "công nhân", True), c(2800, "người")],
            events=[],
        ),
        h(
            n(),
            "Hoshida nắm khoảng một phần ba thị trường dây điện ô tô thế giới, có 430 cơ sở ở 44 nước; Quảng Ninh là nơi thứ tư hãng đặt nhà máy ở Việt Nam, sau Đồng Nai, Hải Phòng và Thái Bình.\n(theo Báo Đầu tư, 20/3/2015)",
            "2015-03-24",
            "ministry",
            [
                "translated_page",
                "presence_no_deal",
                "fraction_no_percentage",
                "ordinal_not_count",
                "province_list",
                "source_line",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Hoshida")],
            provinces=[pv("Quảng Ninh"), pv("Đồng Nai"), pv("Hải Phòng"), pv("Thái Bình")],
            quantities=[c(430, "cơ sở"), c(44, "nước")],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered in English: a news agency's French service on a German group's plant
    # (S17 r3) and on a US group's second plant (S18 r3) ---
    rows += [
        h(
            n(),
            "A plant of Germany's Haller Antriebstechnik has been put into service in Dong Nai province after an investment of EUR 27 million; it is the group's first push-belt plant for continuously variable transmissions in Southeast Asia and its second worldwide. - VNA",
            "2014-11-27",
            "ministry",
            [
                E,
                "translated_page",
                "inauguration_with_capital",
                "possessive_country",
                "unaccented_province",
                "region_nothing",
                "agency_nothing",
                "ordinal_not_count",
            ],
            firms=[f("Haller Antriebstechnik")],
            provinces=[pv("Đồng Nai")],
            money=[m(27 * M, "EUR")],
            locations=[country("Germany")],
            deals=[deal("investment", ["Haller Antriebstechnik"], 27 * M, DNai)],
            events=[ev("inauguration", [F("Haller Antriebstechnik")], 27 * M, "EUR", DNai, "completed")],
        ),
        h(
            n(),
            "Haller will put a further EUR 52 million into the site in 2016, taking yearly output to 1.4 million parts, all of them for export.",
            "2014-11-27",
            "ministry",
            [E, "translated_page", "announced_top_up", "short_name", "capacity_no_count", "no_site_in_row"],
            firms=[f("Haller")],
            money=[m(52 * M, "EUR")],
            deals=[deal("investment", ["Haller"], 52 * M)],
            events=[ev("investment_announcement", [F("Haller")], 52 * M, "EUR", None, "announced")],
        ),
        h(
            n(),
            "Vietnam's private sector was urged to be bolder in innovating and going global at a high-level dialogue in Hanoi on Tuesday, the Prime Minister saying the government would stand by it.",
            "2014-11-27",
            "ministry",
            [
                E,
                "translated_page",
                "unrelated_item",
                "bare_title_no_person",
                "city_province_mention",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Brightwell Home Products will build its second Vietnamese plant on 6.2 ha of the Vietnam-Singapore Industrial Park in southern Binh Duong province, with three production lines; work is due to start at the end of the year.",
            "2013-07-16",
            "ministry",
            [
                E,
                "translated_page",
                "announced_investment",
                "no_amount",
                "english_park_no_location",
                "unaccented_province",
                "area",
                "ordinal_not_count",
                "count_in_words",
            ],
            firms=[f("Brightwell Home Products")],
            provinces=[pv("Bình Dương")],
            areas=[ha(6.2)],
            deals=[deal("investment", ["Brightwell Home Products"], None, BDg)],
            events=[
                ev("investment_announcement", [F("Brightwell Home Products")], None, None, BDg, "announced")
            ],
        ),
        h(
            n(),
            "Brightwell's first plant, at Amata Industrial Park in Dong Nai, took more than $11 million in 2008; sales in Vietnam have since grown by about 30% a year. -VNA",
            "2013-07-16",
            "ministry",
            [
                E,
                "translated_page",
                "recalled_investment",
                "deal_no_event",
                "possessive_firm",
                "short_name",
                "english_park_no_location",
                "approx",
                "percentage",
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("Brightwell")],
            money=[m(11 * M, "USD", approx=True)],
            percentages=[30],
            deals=[deal("investment", ["Brightwell"], 11 * M, DNai)],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered in Vietnamese: a Japanese automation news site on a wire maker moving its
    # Hưng Yên unit (S18 r4), a metals daily on a wire maker's Southeast Asian build-up (S20 r3) and a Japanese-language
    # Vietnamese portal's digest of a national daily (S20 r4) ---
    rows += [
        h(
            n(),
            "Tokiwa Densen Holdings sẽ dời công ty con TOKIWA INTERCONNECT VIETNAM CO., LTD. (Hưng Yên) sang một KCN gần đó để tăng năng lực làm bó dây điện; nhà xưởng mới có tổng sàn gần gấp đôi xưởng cũ.",
            "2023-03-14",
            "ministry",
            [
                "translated_page",
                "move_to_new_plant",
                "announced_investment",
                "no_amount",
                "caps_foreign_name",
                "bare_unit_word",
            ],
            firms=[f("Tokiwa Densen Holdings"), f("Tokiwa Interconnect", "Co., Ltd.")],
            provinces=[pv("Hưng Yên")],
            deals=[deal("investment", ["Tokiwa Densen Holdings"], None, HY)],
            events=[
                ev("investment_announcement", [F("Tokiwa Densen Holdings")], None, None, HY, "announced")
            ],
        ),
        h(
            n(),
            "Khu đất chừng 5.200 m², tổng sàn khoảng 6.000 m²; mục tiêu doanh thu năm tài khóa 2027 vào khoảng 2,2 tỷ yen.",
            "2023-03-14",
            "ministry",
            ["translated_page", "area", "floor_area", "target_no_deal", "yen_jpy", "approx", "no_event"],
            money=[m(2.2 * B, "JPY", approx=True)],
            areas=[ha(0.52, True), ha(0.6, True)],
            events=[],
        ),
        h(
            n(),
            "Trong ba năm tới hết năm tài khóa 2024, Sumitomo Electric sẽ bỏ vài chục tỷ yen nâng sản lượng bó dây ô tô ở các nhà máy tại Philippines, Việt Nam và Thái Lan; đơn hàng cho những mẫu xe ra mắt khoảng năm 2026 đã có.",
            "2021-06-02",
            "ministry",
            ["translated_page", "announced_investment", "vague_amount", "no_site", "country_list"],
            firms=[f("Sumitomo Electric")],
            locations=[country("Philippines"), country("Thái Lan")],
            deals=[deal("investment", ["Sumitomo Electric"])],
            events=[ev("investment_announcement", [F("Sumitomo Electric")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Ba nhà máy bó dây của Koizumi AS Việt Nam ở TP.HCM và Bến Tre đang chạy lại gần hết công suất sau đợt dịch thứ tư, công ty cho biết.",
            "2021-10-27",
            "ministry",
            [
                "translated_page",
                "restart_no_deal",
                "vietnam_dropped",
                "count_in_words",
                "ordinal_not_count",
                "no_event",
            ],
            firms=[f("Koizumi AS")],
            provinces=[pv("Hồ Chí Minh"), pv("Bến Tre")],
            events=[],
        ),
        h(
            n(),
            "Năm ngoái, chừng 38% bó dây điện Nhật Bản nhập khẩu đến từ Việt Nam; thiếu hàng khiến Toyota và bảy hãng xe Nhật khác phải cắt một nửa sản lượng tháng 9.\n〈VnExpress〉\n※Tin được biên tập từ nhiều nguồn.\n※Tin được biên tập từ nhiều nguồn.",
            "2021-10-27",
            "ministry",
            [
                "translated_page",
                "statistics",
                "outlet_nothing",
                "repeated_disclaimer",
                "count_in_words",
                "country_word",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Toyota")],
            percentages=[38],
            locations=[country("Nhật Bản"), country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Các xưởng của Oriza EDS Việt Nam và hai đơn vị của Sumitomo Electric ở phía Bắc cũng đã chạy lại.",
            "2021-10-27",
            "ministry",
            [
                "translated_page",
                "restart_no_deal",
                "vietnam_dropped",
                "region_nothing",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Oriza EDS"), f("Sumitomo Electric")],
            events=[],
        ),
    ]
    # --- English copy: a carmaker's corporate news page (S10 r1) and a provincial paper's English edition on its
    # parts park (S10 r2) ---
    rows += [
        h(
            n(),
            "AN HOA AUTO PARTS PARK WELCOMES DANANG UNIVERSITY DELEGATION\nAN HOA AUTO 14/05/2019",
            "2019-05-14",
            "ministry",
            [
                E,
                "corporate_news",
                "caps_headline",
                "caps_org",
                "province_in_org_name",
                "date_line",
                "multiline",
                "no_event",
            ],
            firms=[f("An Hoa Auto")],
            organizations=["Danang University"],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "After the working session, the delegates toured the seat, wire-harness and bus lines of the complex and praised the group's long bet on Vietnam's car and parts industries.",
            "2019-05-14",
            "ministry",
            [E, "corporate_news", "visit_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chu Lai's big auto parts park\n\n(QNO) - An Hoa Auto Corporation now leads Vietnam's supporting industry, more than 15 years after it first came to the Chu Lai Open Economic Zone in 2004.",
            "2020-08-20",
            "provincial",
            [
                E,
                "headline_lead",
                "outlet_prefix_nothing",
                "bare_place_nothing",
                "corporation_in_name",
                "english_zone_no_location",
                "presence_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("An Hoa Auto Corporation")],
            events=[],
        ),
        h(
            n(),
            "Spread over almost 110 hectares in Quang Nam province, the park now holds 14 factories turning out seats and covers, glass, leaf springs, bumpers, frames and wire harnesses, both for the group's own assembly lines and for export to Southeast Asia.",
            "2020-08-20",
            "provincial",
            [
                E,
                "presence_no_deal",
                "unaccented_province",
                "region_nothing",
                "area",
                "approx",
                "count",
                "no_event",
            ],
            provinces=[pv("Quảng Nam")],
            areas=[ha(110, True)],
            quantities=[c(14, "factories")],
            events=[],
        ),
        h(
            n(),
            "An Hoa's modern bus line\nAn Hoa's modern bus line\n\nIts plastics plant runs a 3,500-tonne injection system and robot painting, which the company calls the most advanced in the country.",
            "2020-08-20",
            "provincial",
            [E, "caption_repeated", "possessive_firm", "capacity_no_count", "multiline", "no_event"],
            firms=[f("An Hoa")],
            events=[],
        ),
    ]
    # --- English copy: a news agency's English service on a Japanese parts plant in Thái Bình (S17 r2) ---
    rows += [
        h(
            n(),
            "Thai Binh (VNA) - Construction is under way on a22.8-million USD auto parts factory at the Tien Hai Industrial Zone in the northern province of Thai Binh, due to finish in June 2019.\n(Photo: baodautu.vn)\nBacked by Japan's Miyoshi Gosei Group, the10.6ha factory will turn out airbags and steering wheels. Work on the site began early this month.",
            "2018-10-15",
            "provincial",
            [
                E,
                "dateline_province",
                "groundbreaking",
                "passive_construction_start",
                "glued_words",
                "photo_credit_site_nothing",
                "group_in_name",
                "possessive_country",
                "english_park_no_location",
                "unaccented_province",
                "area",
                "multiline",
            ],
            provinces=[pv("Thái Bình")],
            firms=[f("Miyoshi Gosei Group")],
            money=[m(22.8 * M, "USD")],
            areas=[ha(10.6)],
            locations=[country("Japan")],
            deals=[deal("groundbreaking", ["Miyoshi Gosei Group"], 22.8 * M, TB)],
            events=[ev("groundbreaking", [F("Miyoshi Gosei Group")], 22.8 * M, "USD", TB, "started")],
        ),
        h(
            n(),
            "Once running, the plant should employ about 1,600 local people; most of its airbags and leather-wrapped wheels are bound for Japan, the US and Europe.",
            "2018-10-15",
            "provincial",
            [E, "exporter_no_buyer", "region_nothing", "country_list", "count", "approx", "no_event"],
            quantities=[c(1600, "local people", True)],
            locations=[country("Japan"), country("US")],
            events=[],
        ),
        h(
            n(),
            "Founded in 1951 and based in Inazawa, Japan, Miyoshi Gosei makes rubber and plastic car parts and LEDs at some 110 plants and offices in 19 countries and regions.-VNA",
            "2018-10-15",
            "provincial",
            [E, "company_history", "city_abroad_nothing", "glued_agency", "count", "approx", "no_event"],
            firms=[f("Miyoshi Gosei")],
            quantities=[c(110, "plants and offices", True), c(19, "countries and regions")],
            locations=[country("Japan")],
            events=[],
        ),
    ]
    # --- English copy: an automotive research firm's weekly report (S17 r4) ---
    rows += [
        h(
            n(),
            "AAA weekly\n\n2020-10-26\n\nTrade Friction, Pandemic Keep Auto Suppliers Heading for Vietnam\n\nMany large automotive projects in Asia were delayed or shelved in 2020, yet parts makers kept announcing plans for Vietnam.",
            "2020-10-26",
            "ministry",
            [E, "report_header", "headline_lead", "region_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "On September 3, Nagase Rubber said it would set up a subsidiary in Vietnam to make and sell automotive hoses; a week later, Koizumi AS of the Koizumi Electric Group said a company it had formed in July would become its third base in the country.",
            "2020-10-26",
            "ministry",
            [
                E,
                "planned_subsidiary",
                "announced_investment",
                "recalled_company_formed",
                "deal_no_event",
                "group_in_name",
                "ordinal_not_count",
                "announcement_date_not_deal_date",
            ],
            firms=[f("Nagase Rubber"), f("Koizumi AS"), f("Koizumi Electric Group")],
            deals=[deal("investment", ["Nagase Rubber"]), deal("investment", ["Koizumi AS"])],
            events=[ev("investment_announcement", [F("Nagase Rubber")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Friction between Washington and Beijing, under way since 2018 and still deepening, has pushed companies to rethink how much they rely on China, and Vietnam has become a natural 'China Plus One' site.",
            "2020-10-26",
            "ministry",
            [E, "capital_cities_abroad_nothing", "country_noun", "no_event"],
            locations=[country("China")],
            events=[],
        ),
    ]
    # --- English copy: an investment weekly on a Korean harness maker's first Vietnamese plant (S18 r1) ---
    rows += [
        h(
            n(),
            "This will be Hanul's third plant, after two in China |\nHanul Harness (formerly Seonjin Tech) has begun building Hanul Vina, its first wiring harness factory in Vietnam, on 58,000 square metres of the Gian Khau Industrial Zone in northern Ninh Binh province, at a cost of VND650 billion ($28.2 million).",
            "2020-04-07",
            "ministry",
            [
                E,
                "caption_bar",
                "groundbreaking",
                "former_name_firm",
                "plant_name_no_firm",
                "possessive_short_name",
                "bracketed_conversion",
                "english_park_no_location",
                "unaccented_province",
                "ordinal_not_count",
                "area",
                "multiline",
            ],
            firms=[f("Hanul"), f("Hanul Harness"), f("Seonjin Tech")],
            provinces=[pv("Ninh Bình")],
            money=[m(650 * B, "VND"), m(28.2 * M, "USD")],
            areas=[ha(5.8)],
            locations=[country("China")],
            deals=[deal("groundbreaking", ["Hanul Harness"], 650 * B, NB)],
            events=[ev("groundbreaking", [F("Hanul Harness")], 650 * B, "VND", NB, "started")],
        ),
        h(
            n(),
            "With hybrid sales expected to take off after 2020, the plant will focus on bus harnesses, about 420,000 sets a year, plus battery-module harnesses and EV charging cables; roughly 1,800 local jobs are planned.",
            "2020-04-07",
            "ministry",
            [E, "plant_details_no_firm", "capacity_no_count", "count", "approx", "no_event"],
            quantities=[c(1800, "local jobs", True)],
            events=[],
        ),
        h(
            n(),
            "Hanul runs two plants, Gohyun and Naeseo, in Tianjin, and has also set up Hanul Global Vina Co., Ltd. in Vietnam to push into Southeast Asia.",
            "2020-04-07",
            "ministry",
            [
                E,
                "trading_arm_founded_no_deal",
                "plant_names_no_firm",
                "trailing_vina",
                "city_abroad_nothing",
                "count_in_words",
                "region_nothing",
                "no_event",
            ],
            firms=[f("Hanul"), f("Hanul Global", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "In early March, Hanul Harness teamed up with Britain's Corrin Interconnect to grow its wiring harness business.",
            "2020-04-07",
            "ministry",
            [
                E,
                "recalled_partnership",
                "cooperation",
                "deal_no_event",
                "possessive_country",
                "month_no_date",
            ],
            firms=[f("Hanul Harness"), f("Corrin Interconnect")],
            locations=[country("Britain")],
            deals=[deal("cooperation", ["Hanul Harness", "Corrin Interconnect"])],
            events=[],
        ),
    ]
    # --- English copy: a news agency's magazine on motorcycle parts (S19 r1) and a news portal's English edition on
    # motorbike makers (S19 r2) ---
    rows += [
        h(
            n(),
            "Economy\n\nMotorcycle Parts: From Imports to Local Lines\n\nHaving once brought in every spare part from abroad, the country's motorcycle assemblers now source around 75% of them at home, lifting the local content of bikes made here.",
            "2014-09-08",
            "ministry",
            [E, "section_label", "headline_lead", "percentage", "multiline", "no_event"],
            percentages=[75],
            events=[],
        ),
        h(
            n(),
            "Motorbikes carry 88% of the country's travellers and are forecast to number 34 million by 2020; some 55 firms, among them groups from Japan, Italy and Taiwan, make or assemble them.",
            "2014-09-08",
            "ministry",
            [
                E,
                "statistics",
                "count_without_noun",
                "country_list",
                "count",
                "approx",
                "percentage",
                "no_event",
            ],
            percentages=[88],
            quantities=[c(55, "firms", True)],
            locations=[country("Japan"), country("Italy"), country("Taiwan")],
            events=[],
        ),
        h(
            n(),
            "Piaggio has added a second factory in Vinh Phuc, taking capacity from 120,000 to 280,000 bikes a year; Yamaha has spent more than $24 million lifting assembly by half to 1.6 million units; and Honda has put over $110 million into a third plant in Ha Nam, for 2.4 million a year.",
            "2014-09-08",
            "ministry",
            [
                E,
                "recalled_investment",
                "three_firms_three_deals",
                "deal_no_event",
                "unaccented_province",
                "capacity_no_count",
                "ordinal_not_count",
                "approx",
            ],
            firms=[f("Piaggio"), f("Yamaha"), f("Honda")],
            provinces=[pv("Vĩnh Phúc"), pv("Hà Nam")],
            money=[m(24 * M, "USD", approx=True), m(110 * M, "USD", approx=True)],
            deals=[
                deal("investment", ["Piaggio"], None, VP),
                deal("investment", ["Yamaha"], 24 * M),
                deal("investment", ["Honda"], 110 * M, HNam),
            ],
            events=[],
        ),
        h(
            n(),
            "VietNamNet Bridge – Most of the world's big motorbike brands now build in Vietnam and ship from here to many markets.\n\n{keywords}",
            "2013-03-19",
            "ministry",
            [E, "outlet_prefix_nothing", "template_placeholder", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Honda Vietnam puts the local content of its scooters at 90-96%, while a senior Yamaha Vietnam executive gave an average of about 82%, saying engine castings, frames and electronics still come from abroad.",
            "2013-03-19",
            "ministry",
            [E, "vietnam_dropped", "bare_role_no_person", "percentage_range", "percentage", "no_event"],
            firms=[f("Honda"), f("Yamaha")],
            percentages=[90, 96, 82],
            events=[],
        ),
        h(
            n(),
            "Piaggio Vietnam's engine plant in Vinh Phuc, opened in 2012, turns out 200,000-300,000 units a year, and 87% of its newest engine is now made locally, chief executive Marco Bellini said.",
            "2013-03-19",
            "ministry",
            [
                E,
                "recalled_opening",
                "deal_no_event",
                "vietnam_dropped",
                "possessive_firm",
                "person_role_before",
                "capacity_no_count",
                "percentage",
            ],
            firms=[f("Piaggio")],
            provinces=[pv("Vĩnh Phúc")],
            persons=[per("Marco Bellini", "chief executive")],
            percentages=[87],
            deals=[deal("investment", ["Piaggio"], None, VP)],
            events=[],
        ),
    ]
    # --- English copy: a document site's transcription of a Taiwanese bicycle magazine (S19 r3 = S19 r4) ---
    rows += [
        h(
            n(),
            "Looking at the Vietnamese Bicycle Industry\nTranscription\nLooking at the Vietnamese Bicycle Industry\nSpecial Reports\nStepping Stone to ASEAN\nText & Photos: Editorial Dept.\nR\nising wages in China are pushing major bicycle brands and other Taiwanese suppliers to weigh a move to Vietnam",
            "2013-04-02",
            "ministry",
            [
                E,
                "transcription_page",
                "broken_drop_cap",
                "repeated_headline",
                "credit_label_nothing",
                "adjective_nothing",
                "country_noun",
                "multiline",
                "no_event",
            ],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Vietnam covers 331,212 square kilometers and had some 91 million people; its 5.7% growth in 2012, amid a weak world economy, shows its momentum. www.biketaiwan.com The ten ASEAN states together have 600 million people and a GDP of US$2.4 trillion.",
            "2013-04-02",
            "ministry",
            [
                E,
                "transcription_page",
                "url_inline_nothing",
                "bloc_nothing",
                "count_in_words",
                "area",
                "count",
                "approx",
                "percentage",
                "no_event",
            ],
            percentages=[5.7],
            money=[m(2.4 * 1000 * B, "USD")],
            areas=[ha(33_121_200)],
            quantities=[c(91 * M, "people", True), c(600 * M, "people")],
            events=[],
        ),
    ]
    # --- English copy: a Japanese wire service's English item on a harness maker's new plant in HCMC (S20 r1) and a
    # state broadcaster's world service relaying a Japanese daily (S20 r2) ---
    rows += [
        h(
            n(),
            "Koizumi Electric to triple aluminium wire harness output in Vietnam\n\n21, Jan. 2019\n\nHO CHI MINH CITY, NNA - Koizumi Electric Co. aims to triple its output of lightweight aluminium harnesses in Vietnam within about three years as carmakers chase fuel savings.",
            "2019-01-21",
            "ministry",
            [
                E,
                "headline_lead",
                "dateline_province",
                "agency_nothing",
                "target_no_deal",
                "foreign_legal_form",
                "bare_and_formed_one_firm",
                "multiline",
                "no_event",
            ],
            firms=[f("Koizumi Electric", "Co.")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Koizumi Automotive Systems Inc. will invest 3.2 billion yen ($29 million) in a two-storey assembly plant with 26,000 square metres of floor space in the Tan Thuan Export Processing Zone, Ho Chi Minh City, the company said on Monday.",
            "2019-01-21",
            "ministry",
            [
                E,
                "announced_investment",
                "yen_jpy",
                "bracketed_conversion",
                "english_park_no_location",
                "floor_area",
                "weekday_no_date",
                "area",
            ],
            firms=[f("Koizumi Automotive Systems", "Inc.")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(3.2 * B, "JPY"), m(29 * M, "USD")],
            areas=[ha(2.6)],
            deals=[deal("investment", ["Koizumi Automotive Systems"], 3.2 * B, HCM)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Koizumi Automotive Systems")],
                    3.2 * B,
                    "JPY",
                    HCM,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "To be run by the local unit Koizumi Automotive Parts (Vietnam) Inc., the plant is due to open in October 2020; aluminium harnesses should rise from 10% of output now to 30-40% after 2021.",
            "2019-01-21",
            "ministry",
            [
                E,
                "operator_line_no_deal",
                "vietnam_bracket_dropped",
                "foreign_legal_form",
                "schedule_no_event",
                "percentage_range",
                "percentage",
                "no_event",
            ],
            firms=[f("Koizumi Automotive Parts", "Inc.")],
            percentages=[10, 30, 40],
            events=[],
        ),
        h(
            n(),
            "Koizumi Electric has set aside about 9 billion yen over the eight years to March 2026 to add harness capacity in the Philippines and Vietnam.",
            "2019-01-21",
            "ministry",
            [E, "announced_investment", "shared_budget_no_site", "yen_jpy", "approx", "country"],
            firms=[f("Koizumi Electric")],
            money=[m(9 * B, "JPY", approx=True)],
            locations=[country("Philippines")],
            deals=[deal("investment", ["Koizumi Electric"], 9 * B)],
            events=[ev("investment_announcement", [F("Koizumi Electric")], 9 * B, "JPY", None, "announced")],
        ),
        h(
            n(),
            "(VOVWORLD) - Auto component makers in Southeast Asia are ramping output back up after months of stoppages as Hanoi eases pandemic curbs, Japan's Nikkei Asia reported on Tuesday.",
            "2021-11-02",
            "ministry",
            [
                E,
                "outlet_prefix_nothing",
                "outlet_nothing",
                "capital_as_government_province",
                "possessive_country",
                "region_nothing",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Workers at a car plant in Hai Phong City. Output across the country is recovering as the pandemic recedes. (Photo: Reuters/ Nikkei) |",
            "2021-11-02",
            "ministry",
            [E, "caption", "photo_credit_agency_nothing", "unaccented_province", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Koizumi Electric expects its three Vietnamese harness plants, one of them in Ho Chi Minh City with about 7,500 workers, to return to full capacity, and Oriza and Sumitomo Electric are restoring output too; some 180 factories making sportswear for Nike have restarted as well.",
            "2021-11-02",
            "ministry",
            [E, "restart_no_deal", "brand_firm", "count_in_words", "count", "approx", "no_event"],
            firms=[f("Koizumi Electric"), f("Oriza"), f("Sumitomo Electric"), f("Nike")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(7500, "workers", True), c(180, "factories", True)],
            events=[],
        ),
    ]
    return rows
