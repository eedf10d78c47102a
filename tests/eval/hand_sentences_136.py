# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 136 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: automotive seats, interiors and trim parts, and furniture fittings and
hardware suppliers (seat frames, foam, fabrics, plastic interior parts, hinges and metal fittings; their plants, supply
contracts with carmakers or furniture brands, licences). Written and annotated for every field BEFORE any tagger was
run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the section comments:
S1 "nhà máy sản xuất ghế ô tô khu công nghiệp vốn đầu tư", S2 "linh kiện nội thất ô tô bằng nhựa cung cấp cho hãng
xe", S3 "mút xốp PU ghế ô tô nhà máy sản xuất", S4 "vải bọc ghế ô tô doanh nghiệp sản xuất xuất khẩu", S5 "khung ghế ô
tô dập hàn kim loại nhà máy công nghiệp hỗ trợ", S6 "phụ kiện nội thất bản lề ray trượt nhà máy sản xuất Việt Nam", S7
"trao giấy chứng nhận đầu tư dự án sản xuất ghế sofa nội thất khu công nghiệp", S8 "khởi công nhà máy linh kiện nội
thất ô tô", S9 "ký hợp đồng cung cấp ghế ô tô cho hãng xe doanh nghiệp Việt", S10 "nhà cung cấp cấp 1 linh kiện ô tô
Việt Nam ghế da nội thất xe", S11 "tăng vốn dự án sản xuất phụ tùng nội thất xe hơi khu công nghiệp", S12 "khánh thành
nhà máy sản xuất ghế văn phòng xuất khẩu", S13 "doanh nghiệp công nghiệp hỗ trợ ô tô sản xuất chi tiết nhựa nội thất ép
phun đầu tư dây chuyền", S14 "mua lại cổ phần công ty nội thất đồ gỗ thương vụ", S15 "tay nắm bản lề phụ kiện đồ gỗ
kim loại doanh nghiệp FDI đầu tư nhà máy", S16 "doanh nghiệp nội thất ô tô Hàn Quốc Nhật Bản đầu tư nhà máy tại Việt
Nam cung cấp cho Hyundai Toyota", and in English S17 "Vietnam car seat factory investment industrial park", S18
"automotive interior parts supplier Vietnam plant opening", S19 "furniture hardware fittings hinges manufacturer Vietnam
factory", S20 "Vietnam furniture company acquisition stake deal". No sentence is taken or paraphrased from a page; the
shapes are. Firm, plant, association, fund and person names are invented (Nam Trung Auto, Bảo Long, Nội thất Ô tô Tân
Hải, Nệm Thành Công Phát, Ô tô Hòa Lạc, VietSoft, Nội thất Hòa Bình Xanh, Kim khí Nội thất Thăng Long, Linkwell,
Hoshino Seating Bến Tre / HSBV / Hoshino, Nội thất Đông Thọ Phát, Ogino Trim, Reinholt Sitztechnik, Stellar Seating,
Kinwah Furniture Holdings, Evercrest Holdings, Saigon Recliner, Blue Harbor Group, Takumi Kasei Group, Hwasung Seat
Mechanism / HSM, Jinwoo Rail, Taekwang Trim, Seiwa Trim, Chubu Motor Group, Ky Ha Motor Corporation / KHM, Hoa Sen Home,
Truong Son Holdings Corporation, Mekong Sofa, Dong Phu Furniture Group, Kiso, Binh An Wood, Phu Tan Furniture, An Khang
Hardware, Mút Xốp Phương Đông, every official, director, student, lecturer, uploader, byline and forum user); well-known
names (Toyota, Hyundai, Kia, Ford, GM, the Prime Minister, Tổng cục Thống kê, the Ministry of Industry and Trade, the
universities and institutes, the Thai parts makers' association, the parks Giao Long, Nam Sách, Linh Trung, Phố Nối A,
VSIP Binh Duong, Amata, Bao Minh and Chu Lai, and the decrees cited) appear only in sentences of our own, with figures,
dates and places changed.

What the sample looked like (80 result slots; a one-word material tag came back four times, a supporting-industry
feature five times, a business weekly's FDI feature three times, an automaker's US-plant title three times, a Polish
keyword salad three times, a monthly archive teaser, a Chinese parts tag and a student paper twice each, and the
news agency's auto-parts plant story twice): 40 slots were tag, title, slug, archive, listing, embed and spam pages
(betting salads with seat, massage-chair and car-accessory words seven times, foreign keyword salads, Chinese tags on
supplier rankings and welding fixtures, Vietnamese tags on materials, steel frames and vehicle fees, a drawer-slide
product title, law-firm and legal-advice tags, unaccented stock tags on AGM rights, a depository disclosure title, an
image-attachment title, an ebook tag, a listing page on an automaker's first mass production, an embed title on a plant
abroad, a no-URL teaser on Toyota's supply chain, an investment daily's AMP page on cumulative car sales with "TIN LIÊN
QUAN", a tech site's tag page with a headline, lead and a supplier director's quote, a finance magazine's tag lead on a
foreign parts association's visit); 15 were explainers, theses and document-store pages (a Q&A on PU foam for seats, a
journal article on textile supply chains with starred authors and a broken font, a textbook page on car body frames in
.VnTime encoding with its uploader chrome, a tax agent's IRC explainer with footnoted counts and legal bases, a trade
forum thread with user chrome, a software blog on purchasing, a legal commentary on an export entrustment contract with
placeholder parties, a student discussion paper's cover, a project explanation with a blank investor line, an
internship report, a company history with renaming decisions; in English a QC firm's fittings report, a Chinese sofa-leg
maker's blog, a hinge-history blog and a fittings maker's knowledge page); 13 were Vietnamese news and features (the
business weekly's FDI feature with related links, the supporting-industry feature, a law paper's investment page with a
committee's land lease for a plant and a glued next headline, an energy site's repost of a Japanese parts maker's
groundbreaking in the Mekong Delta with its site, phases, workers and two recalled plants, a portal's repost of a car
plant feature with copy-link chrome, a trade magazine's video page, a finance site's Q&A interview on origin labels); 3
were foreign-language pages (two French news-agency pages: a US group's second plant in Bình Dương with its first plant
recalled, a German group's plant put into service with a planned top-up and a related item on the Prime Minister; a
Japanese page on a parts maker's next airbag plant with its recalled plants), rendered in Vietnamese or English; 9 were
English news (the news agency's beta site on a Japanese group's parts plant under construction in Thái Bình, a
construction site's story on four Korean latch and hinge makers breaking ground in Hải Phòng on one day, a Japanese
wire's English service on the same group's plant opening, a business site on an automaker's auto-parts park in Chu Lai,
the agency's related-news block with a stake purchase and export figures, a chamber's news site on deals inked at a
furniture fair, a German trade magazine on a Chinese upholsterer buying a Bình Dương maker, a stock site on a listed
furniture maker absorbing a loss-making firm by share swap). About 18 of the 80 slots told a deal or an event with a
named party (a groundbreaking, a land lease, a start of mass production, a plant under construction told twice, an
announced plant and a commissioning in French, an announced plant in Japanese, four groundbreakings, an opening, a
recalled parts park, a completed stake purchase, an announced takeover and an announced merger; plants abroad give no
deal); several were the same story. No supply contract, MoU or licence with a named carmaker or furniture brand came up
in any first four (S9 returned a forum, a blog, a legal commentary and spam; S7 and S11 returned explainers, tags and
the same features; S6 and S14 only tags and spam), so the batch has none.

Rows: 160 (hand-42401 to hand-42560); 22 carry a deal or an event (13.75%): 17 events (5 groundbreakings, 4 investment
announcements, 4 acquisitions, 3 inaugurations, 1 cooperation) and 23 `deals` entries (18 investment, 5 groundbreaking);
6 rows hold only deals without events (42477 two recalled plants, 42481 a recalled plant and a recalled opening, 42500
two plant lines with their capital after the groundbreaking row, 42504 a spent amount after the opening row, 42505 a
recalled first plant, 42509 a recalled parts park) and 3 rows hold an event without a deal (42424 and 42503 openings
without capital, 42478 a committee's land lease). 138 rows are negatives and other fields. By page kind: 46 rows of tag,
title, slug, archive, listing, embed, video and spam pages (42401-42433, 42519-42527, 42554, 42555, 42558, 42560; 1 with
an event), 37 of Vietnamese explainers, theses, document stores, forum and template pages (42434-42453, 42528-42536,
42546-42553; 0) and 7 of English explainers (42454-42460; 0), 29 of Vietnamese news, features and interviews
(42461-42478, 42537-42543, 42545, 42556, 42557, 42559; 3), 15 of the foreign-language pages rendered, 8 in Vietnamese
(42479-42485, 42544) and 7 in English (42486-42492; 8 with a deal or event), and 26 of English news copy (42493-42518;
10); 40 rows are English (`english_copy`, 25%). 9 rows are stored in NFD (hand-42462, 42475, 42483, 42531, 42538, 42541,
42545, 42550, 42559); 6 use old tone placement (42467 and 42543 "hoá", 42528 "tuỳ", 42533 "thoả", 42553 "khoá", 42559
"hoà"); 57 hold several lines (headlines and leads, section labels and date lines, related links, captions, covers,
contents, bullet and numbered lists, forum and download chrome).

Own wording: every row was drafted in its own order and wording (amount-first, count-first, date-first, place-first,
passive, reported speech with the speaker last, split or joined rows), with changed figures, names, dates and places and
the product moved onto the theme (seat frames, seat covers, trims, recliners, rails, hinges, sofas); on review against
the notes taken from the sampled pages, 7 drafts that still kept a page's run of facts or opening words were rewritten
from scratch (the supporting-industry feature's GDP comparison and its scope-of-the-term line, the FDI feature's
half-year statistics, the cumulative-sales AMP lead, the archive teaser, the related item on the Prime Minister, the
French page's first-plant line). Nothing was used from ranks 5-8, among them: a carmaker's parts park in Chu Lai in
Vietnamese (S1 r8, S8 r5), a car plant groundbreaking with a joint venture in Hưng Yên (S1 r7, S8 r7), a tyre plant
opening (S1 r6), a motor group's parts complex groundbreaking in Quảng Ninh (S8 r8), a plastics firm supplying Honda and
Toyota (S13 r6), a harness maker's capital increase in Hải Dương (S13 r7), a lock and door joint venture (S15 r6), an
automaker's plant in Indonesia (S16 r6), supplier counts and localised parts lists (S10 r5, r7), a Korean trailer
maker's and an acoustic-parts maker's expansions in Bắc Ninh (S17 r6), a furniture maker's stake sale and its factory
lease (S20 r6, r8).

Conventions: exactly those of batches 10 and 12-133 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a held groundbreaking is a groundbreaking deal and event "started"; an opening with its capital is an
investment deal and an inauguration "completed", without capital the event only (a listing page's start of mass
production too, batch 130); a named firm's plan, planned plant, top-up or capacity plan is an announced investment;
recalled plants, openings and investor lines are deals without events; plants abroad give no deal (batch 125/130); an
acquisition's deal is the buyer's investment and its event lists buyer and target; a committee's land lease for a plant
is a cooperation event of the committee and the firm without a deal (batch 104); wishes, trials, delegations, fair
totals and sales to unnamed buyers give no deal; placeholder parties in a contract template are no firms; vague amounts
are none; "khoảng", "chừng", "gần", "hơn", "about", "some", "more than", "around" are approximate; bracketed conversions
are both money; unit prices are money per unit; euro are EUR, yen JPY; capacities, outputs, durations, distances,
densities, angles, ratings, page and view counts, ordinals, counts in words and counts without a noun are no counts;
English counts keep their English noun; m² and ha are areas; Vietnamese legal forms are normalised ("Công ty Cổ phần" ->
"Công ty CP"), foreign ones kept as written ("Co.", "Co., Ltd", "Company Limited", "Inc.", "JSC", "Company"), "Group",
"Corporation" and "Holdings" stay in the name, "Việt Nam" and a trailing "Vina" are dropped from a foreign subsidiary's
name while its province stays; a bare headline name and the same name with its form in the lead are one entry, a
shorter headline name beside a longer one two; brands named as customers and site brands are firms; a province inside
an organisation's name is a mention, inside a firm's name none; a country inside an organisation's name is no location;
Vietnamese country words (also "Thái", "Nhật") and English country nouns and possessives are countries, English
adjectives and regions none; parks and clusters written in Vietnamese are locations (lower case too), English ones none;
districts need "huyện"/"thị xã"; bylines, uploaders, authors and interviewees are persons, "TS."/"ThS" no role, roles as
written; outlets and agencies nothing; broken-font text nothing; old tone placement is normalised in the gold; repeated
money and percentages are listed per mention, firms, provinces and countries once. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- "Tính từ ngày đặt viên gạch đầu tiên cho nhà máy, Công ty X cần tới 16 năm để cộng dồn 200.000 xe" (42432): a
  groundbreaking named only as a starting point of time gives no deal; "xe thứ 200.000" in the headline is an ordinal.
- A supplier's wish to invest quoted at a matching session ("chúng tôi đều sẵn sàng rót tiền", 42429) and a foam maker's
  samples tried "cho hai hãng xe nhưng chưa có đơn hàng" (42526) give no deal.
- The Japanese page rendered: the announced plant with its cost (42479) is an announced investment sited in Hưng Yên;
  "dựng nhà máy đầu tiên ở Hải Dương năm 2006; tháng 6 năm ngoái, nhà máy thứ hai trị giá 21 triệu USD đã khai trương tại
  KCN Phố Nối A, Hưng Yên" (42481) two recalled deals; "cũng sẽ nâng công suất nhà máy ở Hải Dương" (42544) an announced
  investment without amount, sited (batch 130's capacity plan).
- The French pages rendered: the plant put into service "sau khoản đầu tư 24 triệu euro" (42483) an inauguration with its
  capital and no site; "dự kiến bỏ thêm 40 triệu euro ... trong năm 2017" (42484) an announced top-up; "In 2009 the group
  put more than 9 million USD into its first plant" (42487) names no firm (an anaphora): money and province only.
- A holding bought with its wholly owned subsidiary ("paying 61 million US$ for Evercrest Holdings and its wholly owned
  subsidiary Saigon Recliner Company", 42489) gives ONE announced acquisition event of buyer, holding and subsidiary and
  one investment deal (batch 62's two targets in one purchase); the seller "from Blue Harbor Group" (42490) is a mention;
  "the deal is set to close on July 20" gives no deal date; "since buying into a Polish group" (42492) names no target.
- A groundbreaking row without its amount and the next row's "The US$14.2 million project takes up 6ha" (42497-42498):
  the deal stays without amount, the amount row gives money and area only. "On the same day, two other Korean suppliers
  – A and B – also began building their factories" (42499) gives two groundbreaking events without date or site; the
  following plant lines naming each firm with its capital (42500) give two investment deals without events.
- An opening without capital (42503) and the next row "Seiwa Trim put $19.8 million into the plant" (42504): event in the
  first, a spent-amount deal without event and without site in the second; "set up its first Vietnamese plant in Hai
  Phong in 2007" (42505) a recalled investment sited in Hải Phòng; the parent "Nagoya's Chubu Motor Group" a mention.
- A parts park built by an automaker "since it arrived in 2004" (42509) is a recalled investment sited in Quảng Nam; the
  English zone name is no location; the caption's "Photo courtesy of KHM" gives the firm.
- A related-news block with a run-on headline and lead (42511): "Hoa Sen Home buys 25 percent of ..." then "Hoa Sen Home
  Company Limited, a subsidiary of Truong Son Holdings Corporation, has acquired a 25-percent stake in Mekong Sofa JSC for
  18 million USD" is one completed acquisition of the subsidiary and the target (parent a mention); both 25s listed.
- A listed firm that "will absorb An Khang Hardware JSC on Friday" (42515) is an announced acquisition (the merger
  approved earlier, batch 100's conditional AGM merger was a proposal); the approval, swap ratio, new charter capital and
  targets (42516-42518) give counts, money and percentages only; the ticker chrome "PTF 3,450 -50" nothing.
- Fair lines: "signed US$900,000 in deals", "14 contracts", "won orders to ship tables and chairs to Sweden and Korea"
  (42514) name no buyer: firms, money, counts and countries, no deal; the fair totals (42513) no deal; "Some US$58 Mln"
  in the headline is approximate money.
- Contract template with placeholder parties ("Công ty cổ phần A", "Công ty TNHH B", 42446, 42533, 42549): no firm and no
  deal; its quantity, unit prices ("146 USD/bộ", money per "bộ") and contract value are annotated.
- The company history (42453): "Quyết định số 318/QĐ-UB" with its date and the committee as organisation, a renaming, no
  deal; a founding year ("thành lập năm 2009", 42536) no deal.
- "Hiệp hội Nhà sản xuất Phụ tùng Ô tô Thái Lan (TAPMA)" (42430) is an organisation, its "Thái Lan" no country, while the
  headline's "vốn Thái" is the country word "Thái".
- Plant perspective caption "Phối cảnh nhà máy của HSBV tại Bến Tre" (42476): the acronym alone is a firm entry (the lead
  gave it only in brackets after the full name, where it is no extra firm); the director "ông Ikeda Hiroshi, Tổng Giám
  đốc công ty" (42545) keeps the role as written.
- English fittings explainers: "rated for more than 80,000 cycles" and "the last 40 degrees" (42459) are no counts;
  "more than 120 containers" (42454) is an approximate count; Chinese provinces and cities are nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_136(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HP = cur("Hải Phòng")
    HD = cur("Hải Dương")
    HCM = cur("Hồ Chí Minh")
    BT = cur("Bến Tre")
    BN = cur("Bắc Ninh")
    HY = cur("Hưng Yên")
    BDg = cur("Bình Dương")
    NDi = cur("Nam Định")
    HNam = cur("Hà Nam")
    QNam = cur("Quảng Nam")

    ids = iter(range(42401, 42401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam salads and foreign keyword tags (S1 r4 = S4 r4 = S12 r4, S2 r3 = S10 r3, S3 r2, S3 r3, S4 r3, S5 r2, S6 r3,
    # S6 r4, S9 r4, S10 r1: the sample's most common kind with the tags below) ---
    rows += [
        h(
            n(),
            "kuwin ghế massage toàn thân dưới 20 triệuxổ số miền nam thứ bảykèo chấp châu á hôm nay",
            "2024-04-12",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin bọc ghế da xe 7 chỗ giá bao nhiêusoi cầu bạch thủlịch thi đấu cúp c2",
            "2024-05-03",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin top 20 nhà cái đổi thưởng uy tínsofa góc chữ l giá xưởngbảng xếp hạng la liga",
            "2024-06-18",
            "ministry",
            ["spam_line", "glued_words", "count_in_spam_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin thảm lót sàn ô tô 5d hải phòngtỷ lệ kèo nhà cáixe tay ga 150cc lăn bánh",
            "2024-07-09",
            "ministry",
            ["spam_line", "glued_words", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin ban le tu bep inox 304kqxs mien trung thu 5top nha cai moi nhat",
            "2024-08-27",
            "ministry",
            ["spam_line", "glued_words", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin nệm cao su non giá sỉđá gà cựa sắt trực tiếplương hưu tháng 9",
            "2024-09-02",
            "ministry",
            ["spam_line", "glued_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy mút xốp chi phí dây chuyền chỉ số hàn quốc ấn độ",
            "2023-12-05",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "khung ghế thép mạ kẽm giá mỗi tấn nhà máy xuất xưởng bảng giá",
            "2023-12-05",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "汽车座椅骨架供应商前十名",
            "2024-02-20",
            "ministry",
            ["foreign_tag", "chinese_text", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "座椅滑轨冲压模具设计PPT课件",
            "2024-02-20",
            "ministry",
            ["foreign_tag", "chinese_text", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, title, slug, archive, listing, embed and teaser pages (S1 r2 = S8 r1 = S16 r4, S2 r1 = S3 r1 = S4 r1 = S15
    # r3, S2 r2 = S10 r4, S2 r4, S5 r1 = S6 r2, S5 r4, S6 r1, S7 r1, S7 r3, S8 r3, S11 r3, S12 r1, S13 r1, S13 r3, S14
    # r1-r4, S16 r1, S16 r3) ---
    rows += [
        h(
            n(),
            "nguyên phụ liệu ngành nội thất",
            "2023-05-16",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "vật tư đầu vào xưởng bọc ghế",
            "2023-05-16",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bớt thép trong khung ghế",
            "2022-11-08",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giá khung sắt hộp bàn ghế văn phòng",
            "2022-11-08",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "lệ phí trước bạ xe lắp ráp trong nước",
            "2021-07-01",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ray trượt ngăn kéo 3 tầng giảm chấn, bản lề bật hơi, tay nâng cánh tủ – mẫu mới nhất 2019",
            "2019-03-21",
            "ministry",
            ["product_page_title", "spec_count_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tháng Năm 2019\nNgười mua xe ngày càng để ý tới khoang cabin: ghế, vô lăng, trần nỉ hay thảm sàn quyết định cảm giác của chuyến đi, nên các loại phụ",
            "2019-05-31",
            "ministry",
            ["date_archive_page", "truncated_teaser", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục xin giấy phép môi trường cho xưởng sơn đồ gỗ",
            "2023-09-30",
            "legal",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "điều kiện mở hộ kinh doanh sản xuất đồ gỗ tại Bình Dương",
            "2023-09-30",
            "legal",
            ["tag_slug", "province_in_tag", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "giáo trình công nghệ bọc da ghế ô tô ebook pdf",
            "2022-02-14",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hai phong dong y dieu chinh quy hoach khu dan cu ven song cam",
            "2022-06-10",
            "ministry",
            ["image_attachment_title", "unaccented", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chốt ngày 28/7 động thổ nhà máy ghế 2,3 tỷ USD của Nam Trung Auto tại bang Georgia (Mỹ)",
            "2023-07-05",
            "ministry",
            [
                "title_page",
                "groundbreaking_date_set",
                "plant_abroad_no_deal",
                "date_first",
                "country_bracket",
                "no_event",
            ],
            firms=[f("Nam Trung Auto")],
            money=[m(2.3 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Reuters: Nhà sản xuất ghế ô tô Bảo Long tính dựng xưởng ở Mexico",
            "2023-03-02",
            "ministry",
            ["embed_title", "agency_prefix_nothing", "plant_abroad_no_deal", "country", "no_event"],
            firms=[f("Bảo Long")],
            locations=[country("Mexico")],
            events=[],
        ),
        h(
            n(),
            "Tiêu điểm\n\nXưởng ghế ô tô Tân Hải giao lô hàng đầu\n\nSáng 9/5, Công ty TNHH Nội thất Ô tô Tân Hải ở Hải Phòng bắt đầu giao ghế sản xuất hàng loạt cho khách, 19 tháng sau khi xây xong móng nhà xưởng.\n\n« Trang trước | Trang sau »",
            "2020-05-09",
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
            firms=[f("Nội thất Ô tô Tân Hải", "Công ty TNHH")],
            provinces=[pv("Hải Phòng")],
            events=[ev("inauguration", [F("Nội thất Ô tô Tân Hải")], None, None, HP, "completed")],
        ),
        h(
            n(),
            "doanh nghiep noi that chot quyen nhan co tuc bang tien mat",
            "2022-04-19",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cong ty go chot danh sach co dong du hop bat thuong quy 3",
            "2022-07-28",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "CBTT thông báo của VSD về ngày đăng ký cuối cùng trả cổ tức đợt 2 năm 2021 bằng tiền",
            "2021-11-23",
            "legal",
            ["disclosure_title", "exchange_acronym_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục đổi công ty TNHH hai thành viên thành công ty cổ phần",
            "2021-11-23",
            "legal",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            '"nhà cung ứng nội địa" - Hàng chục xưởng ghế, nệm muốn vào chuỗi cung ứng của hãng xe Việt\n\nHàng chục xưởng ghế, nệm muốn vào chuỗi cung ứng của hãng xe Việt\n\n6 năm trước\n“Cần bao nhiêu máy may, bao nhiêu khuôn mút, chúng tôi đều sẵn sàng rót tiền”, bà Lại Thu Hà, Giám đốc Công ty TNHH Nệm Thành Công Phát, nói với đại diện hãng xe tại buổi kết nối do Sở Công Thương TP.HCM tổ chức đầu tháng 10.',
            "2019-10-15",
            "ministry",
            [
                "tag_page",
                "repeated_headline",
                "relative_time_no_date",
                "quote_first",
                "wish_no_deal",
                "person_role_after",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Lại Thu Hà", "Giám đốc Công ty TNHH Nệm Thành Công Phát")],
            firms=[f("Nệm Thành Công Phát", "Công ty TNHH")],
            organizations=["Sở Công Thương TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Hy vọng dòng vốn Thái vào phụ tùng nội thất xe\nĐoàn doanh nghiệp của Hiệp hội Nhà sản xuất Phụ tùng Ô tô Thái Lan (TAPMA) vừa sang tìm đối tác, gặp các hãng lắp ráp và hiệp hội ngành hàng trong nước, làm dấy lên kỳ vọng về một đợt vốn mới cho mảng ghế, nệm và ốp trần.",
            "2023-11-03",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "delegation_no_deal",
                "acronym_bracket",
                "country_in_org_name",
                "short_country_word",
                "multiline",
                "no_event",
            ],
            organizations=["Hiệp hội Nhà sản xuất Phụ tùng Ô tô Thái Lan"],
            locations=[country("Thái")],
            events=[],
        ),
        h(
            n(),
            "Thiếu một chiếc ghế, chiếc xe không rời xưởng: cách Toyota quản các nhà cung cấp cấp 1 là điều mọi hãng xe mới ở Việt Nam đều muốn học.",
            "2022-03-30",
            "ministry",
            ["teaser_line", "no_url", "brand_firm", "ordinal_tier_no_count", "no_event"],
            firms=[f("Toyota")],
            events=[],
        ),
        h(
            n(),
            "Mất 16 năm, Ô tô Hòa Lạc mới bán được xe thứ 200.000\nTính từ ngày đặt viên gạch đầu tiên cho nhà máy, Công ty Ô tô Hòa Lạc (HLM) cần tới 16 năm để cộng dồn 200.000 xe bán ra, cho thấy thị trường trong nước vẫn hẹp.\nTIN LIÊN QUAN",
            "2014-08-12",
            "ministry",
            [
                "amp_page",
                "headline_lead",
                "cumulative_sales_no_deal",
                "recalled_plant_as_time_no_deal",
                "bare_and_form_one_entry",
                "acronym_bracket",
                "duration_no_count",
                "ordinal_not_count",
                "related_label",
                "multiline",
                "no_event",
            ],
            firms=[f("Ô tô Hòa Lạc", "Công ty")],
            quantities=[c(200000, "xe")],
            events=[],
        ),
        h(
            n(),
            "Nội địa hóa ghế và nội thất: cửa vào chuỗi cung ứng ô tô\n\nMuốn có nhà cung cấp nội, trước hết phải có thị trường xe đủ lớn để các xưởng ghế, trần, thảm sàn dám đầu tư khuôn và máy.\nMinh Thư - Hoàng Giang",
            "2022-06-24",
            "ministry",
            ["video_page", "headline_lead", "byline_pair", "multiline", "no_event"],
            persons=[per("Minh Thư", None), per("Hoàng Giang", None)],
            events=[],
        ),
    ]
    # --- Explainers, Q&A pages, theses, document stores, forum and template pages in Vietnamese (S3 r4, S4 r2, S5 r3,
    # S7 r2, S9 r1-r3, S10 r2, S11 r4, S12 r2, S12 r3) ---
    rows += [
        h(
            n(),
            "Bọt PU trong đệm ghế xe được làm từ gì?",
            "2022-08-04",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phần êm của hầu hết ghế ô tô là một khối bọt polyurethane bọc nỉ hoặc da bên ngoài; bọt dùng cho mặt ngồi được đúc chặt và cứng hơn hẳn bọt làm gối ngủ.",
            "2022-08-04",
            "ministry",
            ["qa_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hỗn hợp PU được rót vào khuôn lúc còn lỏng, nở ra rồi đông lại theo lòng khuôn, nên cùng một xưởng mút có thể làm tựa lưng, tựa đầu hay tay vịn chỉ bằng cách thay khuôn.",
            "2022-08-04",
            "ministry",
            ["qa_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "NHÌN RA THẾ GIỚI\nLiên kết cung ứng ghế và nội thất ô tô ở một số nước châu Á: gợi ý cho Việt Nam1\nTRẦN THỊ MAI ANH * PHẠM QUỐC HƯNG ** LÊ THỊ NGỌC DIỆP ***",
            "2022-10-17",
            "ministry",
            [
                "document_store",
                "journal_article",
                "caps_authors",
                "footnote_marker",
                "region_nothing",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Trần Thị Mai Anh", None),
                per("Phạm Quốc Hưng", None),
                per("Lê Thị Ngọc Diệp", None),
            ],
            events=[],
        ),
        h(
            n(),
            "Dù ngành nội thất ô tô Thái Lan lớn nhanh, nhiều xưởng nhỏ cịn lệ thuộc vải bọc và da nhập từ Trung Quốc, Hàn Quốc, nên chỉ một đợt đứt hàng là dây chuyền ghế phải dừng (Chen, 2019; Sato cộng sự, 2021)",
            "2022-10-17",
            "ministry",
            ["document_store", "broken_font", "citation_surnames_no_person", "country_list", "no_event"],
            locations=[country("Thái Lan"), country("Trung Quốc"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Giáo trình công nghệ bọc ghế ô tô 1\n\nChia sẻ: Nguyen Van Duc | Ngày: | Loại File: DOC | Số trang:22\n\n0\n146\nlượt xem\n38\ndownload",
            "2018-04-11",
            "ministry",
            [
                "document_store",
                "uploader_person",
                "unaccented_name",
                "page_count_no_count",
                "view_counts_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyen Van Duc", None)],
            events=[],
        ),
        h(
            n(),
            "Bµi 1 CÊu t¹o vµ ph©n lo¹i ghÕ ngåi « t« 1.Chøc n¨ng cña ghÕ: • §ì ngêi l¸i vµ hµnh kh¸ch • Gi÷ t­ thÕ khi xe phanh gÊp",
            "2018-04-11",
            "ministry",
            ["document_store", "broken_font", "vntime_encoding", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hết tháng 9/2024, cả nước có thêm 121.508(1) doanh nghiệp thành lập mới, trong đó 2.103 dự án FDI(2) đã nhận giấy chứng nhận đăng ký đầu tư.",
            "2024-10-21",
            "legal",
            ["consultancy_explainer", "footnote_markers", "count", "no_event"],
            quantities=[c(121508, "doanh nghiệp"), c(2103, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ pháp lý:\n- Luật Đầu tư 2020;\n- Nghị định 31/2021/NĐ-CP hướng dẫn Luật Đầu tư;\n- Nghị định 122/2021/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực kế hoạch và đầu tư.",
            "2024-10-21",
            "legal",
            ["legal_basis_list", "law_without_number", "decree_number", "multiline", "no_event"],
            decisions=[d("31/2021/NĐ-CP"), d("122/2021/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư nước ngoài muốn mở xưởng ghế ở Việt Nam thì việc đầu tiên là xin giấy chứng nhận đăng ký đầu tư; vậy hồ sơ gồm những gì, nộp ở đâu?",
            "2024-10-21",
            "legal",
            ["consultancy_explainer", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngocanh2207\nThành viên mới\n- Tham gia\n- 3 Tháng tư 2024\n- Bài viết\n- 58\nKinh nghiệm ký hợp đồng gia công áo ghế ô tô để khỏi thiệt\nHợp đồng gia công cần ghi đủ bên đặt hàng, bên nhận gia công, mã số thuế và người đại diện của từng bên.",
            "2024-06-02",
            "ministry",
            [
                "forum_thread",
                "user_chrome",
                "username_nothing",
                "post_count_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Quy trình mua hàng của xưởng nội thất khác gì công ty thương mại?\n\nMục lục\n\nBài viết dưới đây, VietSoft đi qua từng bước mua nguyên liệu của một xưởng sản xuất, từ lập đề nghị tới nhận hàng và đối chiếu hóa đơn.",
            "2025-02-10",
            "ministry",
            ["software_blog", "site_brand_firm", "question", "multiline", "no_event"],
            firms=[f("VietSoft")],
            events=[],
        ),
        h(
            n(),
            "1- Thông tin về hợp đồng: hợp đồng ủy thác xuất khẩu\nBên ủy thác: Công ty cổ phần A (gọi tắt là Bên A)\nBên nhận ủy thác: Công ty TNHH B (gọi tắt là Bên B)\nHai bên thỏa thuận ký hợp đồng ủy thác xuất khẩu bàn ghế gỗ ngoài trời với các điều khoản dưới đây:",
            "2023-04-06",
            "legal",
            ["legal_commentary", "contract_template", "placeholder_parties_no_firm", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "3. Số lượng: 1.500 bộ (+/-5%).\n4. Đơn giá: 146 USD/bộ FOB Quy Nhơn.\n5. Trị giá hợp đồng: 219.000 USD (Hai trăm mười chín nghìn đô la Mỹ).",
            "2023-04-06",
            "legal",
            [
                "legal_commentary",
                "contract_template",
                "per_unit_money",
                "amount_in_words_no_extra",
                "count",
                "percentage",
                "multiline",
                "no_event",
            ],
            quantities=[c(1500, "bộ")],
            percentages=[5],
            money=[m(146, "USD", "bộ"), m(219000, "USD")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nVIỆN THƯƠNG MẠI VÀ KINH TẾ QUỐC TẾ\nĐỀ TÀI THẢO LUẬN\nHỌC PHẦN: QUẢN TRỊ MUA HÀNG\nĐề tài: Chuỗi cung ứng ghế ô tô của một hãng xe Việt\nNhóm: 5\nLHP: 2306SCM0411\nGiảng viên hướng dẫn: Đỗ Minh Khuê\nHà Nội, tháng 11 năm 2023.",
            "2023-12-01",
            "ministry",
            [
                "thesis_cover",
                "all_caps_org",
                "cover_label_role",
                "class_code_nothing",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Kinh tế Quốc dân", "Viện Thương mại và Kinh tế quốc tế"],
            persons=[per("Đỗ Minh Khuê", "Giảng viên hướng dẫn")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (26 trang)\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (512.3 KB, 26 trang )\n\nMỞ ĐẦU\nKhi chuỗi cung ứng tồn cầu cịn chưa hồi phục sau dịch, mỗi hãng xe đều phải tính lại nguồn ghế, da và mút của mình.",
            "2023-12-01",
            "ministry",
            [
                "document_store",
                "download_chrome",
                "broken_font",
                "page_count_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nTHUYẾT MINH DỰ ÁN XƯỞNG SẢN XUẤT PHỤ KIỆN NỘI THẤT KIM LOẠI\nChủ đầu tư:\nĐịa điểm: thị xã Tân Uyên, tỉnh Bình Dương",
            "2019-08-26",
            "legal",
            [
                "project_explanation",
                "national_motto",
                "blank_investor_no_deal",
                "district",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            locations=[district("thị xã Tân Uyên")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nCHƯƠNG I MỞ ĐẦU 3\nI Giới thiệu về chủ đầu tư 3\nII Mô tả sơ bộ dự án 3\nIII Căn cứ pháp lý 5\nCHƯƠNG II ĐỊA ĐIỂM VÀ QUY MÔ DỰ ÁN 7",
            "2019-08-26",
            "legal",
            ["table_of_contents", "page_numbers_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "LỜI NÓI ĐẦU\nĐể hiểu một xưởng ghế văn phòng vận hành ra sao, em đã xin thực tập tại Công ty Cổ phần Nội thất Hòa Bình Xanh và nhận được sự hướng dẫn tận tình của cô giáo ThS Lương Thị Hồng cùng các anh chị phòng Kế hoạch.",
            "2020-05-19",
            "ministry",
            ["internship_report", "honorific_person", "degree_no_role", "multiline", "no_event"],
            firms=[f("Nội thất Hòa Bình Xanh", "Công ty CP")],
            persons=[per("Lương Thị Hồng", None)],
            events=[],
        ),
        h(
            n(),
            "Chơng I: Giới thiệu tổng quan Công ty Kim khí Nội thất Thăng Long\nNgày 14/3/1994, theo Quyết định số 318/QĐ-UB của UBND thành phố Hà Nội, xí nghiệp đổi tên thành Công ty Kim khí Nội thất Thăng Long; khi mới vào sản xuất năm 1976, xí nghiệp có 180 máy dập và máy hàn.",
            "2016-03-08",
            "ministry",
            [
                "document_store",
                "company_history",
                "broken_font",
                "rename_decision_no_deal",
                "decision_with_date",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Kim khí Nội thất Thăng Long", "Công ty")],
            organizations=["Ủy ban nhân dân thành phố Hà Nội"],
            provinces=[pv("Hà Nội")],
            decisions=[d("318/QĐ-UB", "1994-03-14")],
            quantities=[c(180, "máy dập và máy hàn")],
            events=[],
        ),
    ]
    # --- English explainers: a QC firm's report on fittings, a Chinese maker's blog, a hardware blog and a fittings
    # maker's knowledge page (S19 r1-r4) ---
    rows += [
        h(
            n(),
            "Comparative QC Report: Furniture Fittings Made in Vietnam and China\nEvery year our inspectors check more than 120 containers of hinges, drawer slides and handles bound for the USA, Canada and Australia.",
            "2025-03-14",
            "ministry",
            [E, "qc_report", "headline_lead", "country_list", "count", "approx", "multiline", "no_event"],
            quantities=[c(120, "containers", True)],
            locations=[country("China"), country("USA"), country("Canada"), country("Australia")],
            events=[],
        ),
        h(
            n(),
            "In Vietnam, most fittings makers sit around Ho Chi Minh City, Binh Duong and Hanoi, while China's are clustered in Guangdong, Zhejiang and Jiangsu.",
            "2025-03-14",
            "ministry",
            [
                E,
                "qc_report",
                "unaccented_province",
                "foreign_regions_nothing",
                "possessive_country",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương"), pv("Hà Nội")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "- Stamping: Vietnamese plants press hinge cups on semi-automatic lines, so cup depth can drift by a few tenths of a millimetre.\n- Plating: the nickel and chrome finish varies with how well a plant treats its wastewater.",
            "2025-03-14",
            "ministry",
            [E, "qc_report", "bullet_list", "adjective_no_country", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "How Foshan's Sofa Leg Makers Changed in 25 Years\nRelease time:\n2024-11-18\nMany plants that began as OEM workshops now export under their own names, Linkwell says after years of showing at the Canton Fair.",
            "2024-11-18",
            "ministry",
            [
                E,
                "maker_blog",
                "site_brand_firm",
                "foreign_city_nothing",
                "fair_name_nothing",
                "multiline",
                "no_event",
            ],
            firms=[f("Linkwell")],
            events=[],
        ),
        h(
            n(),
            "The first concealed cabinet hinge used an outside spring, which had three flaws:\n1. the spring could jump off and hurt fingers;\n2. the plastic cup cracked easily;\n3. doors slammed shut.",
            "2021-06-30",
            "ministry",
            [E, "hardware_blog", "numbered_list", "count_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Today's soft-close hinges start braking over the last 40 degrees of travel and are rated for more than 80,000 cycles.",
            "2021-06-30",
            "ministry",
            [E, "hardware_blog", "angle_no_count", "rating_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Furniture fittings knowledge Oct 9, 2018\nFittings fall into two broad families: decorative pieces on the surface and functional ones that make a cabinet open, slide or lock.",
            "2018-10-09",
            "ministry",
            [
                E,
                "maker_knowledge_page",
                "english_date",
                "count_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news and features: a business weekly's FDI feature (S1 r1 = S11 r2 = S15 r4), a trade magazine's
    # feature on supporting industry (S1 r3 = S2 r6 excluded; S11 r1 = S13 r4 = S15 r1), a finance site's interview
    # (S15 r2) and a business portal's repost (S8 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Giữa lúc nhiều ngành còn chật vật, vốn ngoại vào chế tạo linh kiện, kể cả ghế và nội thất xe, được dự báo vẫn chảy đều trong năm tới.\n- Cứ 100 đô la vốn FDI mới thì 38 đô la về các tỉnh phía Bắc\n- Hàn Quốc tính rót hàng tỉ đô la vào chuỗi cung ứng xe điện",
            "2023-10-09",
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
            money=[m(100, "USD"), m(38, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Thống kê ghi nhận vốn ngoại đăng ký chín tháng năm 2023 đạt chừng 20,2 tỉ đô la Mỹ, nhích 7,7% so với cùng kỳ, sau một năm 2022 đi lùi.",
            "2023-10-09",
            "ministry",
            [
                "nfd",
                "national_total_no_deal",
                "dollar_word",
                "approx",
                "duration_no_count",
                "percentage",
                "no_event",
            ],
            organizations=["Tổng cục Thống kê"],
            money=[m(20.2 * B, "USD", approx=True)],
            percentages=[7.7],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư vẫn dè dặt khi lạm phát còn cao, lãi suất toàn cầu bị siết và xung đột ở vài nơi chưa dứt.",
            "2023-10-09",
            "ministry",
            ["commentary", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một bộ ghế xe con có chừng 300 chi tiết, nhưng phần lớn khung, ray trượt và cơ cấu ngả vẫn phải nhập; doanh nghiệp trong nước chủ yếu làm áo ghế và mút.",
            "2021-05-12",
            "ministry",
            ["feature", "count", "approx", "no_event"],
            quantities=[c(300, "chi tiết", True)],
            events=[],
        ),
        h(
            n(),
            "Mỗi nước hiểu “công nghiệp hỗ trợ” một kiểu: có nơi gói gọn trong phụ tùng xe và đồ điện tử, có nơi tính cả nguyên liệu dệt may, da giày(2).",
            "2021-05-12",
            "ministry",
            ["feature", "footnote_marker", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở ta, Nghị định 111/2015/NĐ-CP liệt kê sáu ngành được coi là công nghiệp hỗ trợ, trong đó có cơ khí chế tạo và linh kiện ô tô; danh mục sản phẩm ưu tiên thì được cập nhật theo từng giai đoạn.",
            "2021-05-12",
            "legal",
            ["feature", "decree_number", "count_in_words", "no_event"],
            decisions=[d("111/2015/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Nội địa hoá ghế xe: vì sao khó?\nNgoài áo ghế, mút và vài chi tiết nhựa, linh kiện nội thất do doanh nghiệp Việt làm ra có giá cao hơn hàng Thái Lan, Indonesia từ 1,5 đến 2 lần, một khảo sát cho thấy.",
            "2021-05-12",
            "ministry",
            [
                "old_tone",
                "headline_lead",
                "question_headline",
                "ratio_no_percentage",
                "country_list",
                "multiline",
                "no_event",
            ],
            locations=[country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Nhãn xuất xứ gắn với quyền lợi kinh tế của doanh nghiệp, TS. Hoàng Văn Trọng, chuyên gia cao cấp của Viện Nghiên cứu Chiến lược, Chính sách Công Thương, nói khi trao đổi với phóng viên về chuyện nội địa hóa ghế xe.",
            "2017-09-26",
            "ministry",
            ["interview_lead", "speaker_after_quote", "degree_no_role", "person_role_after", "no_event"],
            persons=[
                per(
                    "Hoàng Văn Trọng",
                    "chuyên gia cao cấp của Viện Nghiên cứu Chiến lược, Chính sách Công Thương",
                )
            ],
            organizations=["Viện Nghiên cứu Chiến lược, Chính sách Công Thương"],
            events=[],
        ),
        h(
            n(),
            "PV: - Có ý kiến cho rằng không ít bộ ghế ô tô ghi “Made in Vietnam” thực ra chỉ được bọc lại vải ở đây. Ông nghĩ sao?",
            "2017-09-26",
            "ministry",
            ["interview", "qa_label", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TS. Hoàng Văn Trọng: - Muốn ghi “Made in Vietnam” thì hàng phải qua đủ công đoạn theo quy tắc xuất xứ; riêng khâu bọc vải thì chưa đủ, và giấy chứng nhận xuất xứ (C/O) là thứ để ghế xuất sang EU hay Nhật Bản được hưởng thuế ưu đãi.",
            "2017-09-26",
            "ministry",
            ["interview", "qa_label_person", "degree_no_role", "region_nothing", "country", "no_event"],
            persons=[per("Hoàng Văn Trọng", None)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Trước làn sóng nhà máy ghế mới, Việt Nam đã có không ít xưởng nội thất ô tô tầm cỡ như thế này\nVài xưởng nội thất xe ở Việt Nam thuộc hàng hiện đại nhất khu vực, và khi các nhà máy ghế mới đi vào hoạt động, bản đồ cung ứng trong nước sẽ còn thay đổi.\nDoanh Nhân Trẻ\nTheo Doanh Nhân Trẻ\nCopy link\nLink bài gốc\nLấy link!",
            "2021-09-02",
            "ministry",
            [
                "repost_feature",
                "headline_lead",
                "outlet_credit_nothing",
                "copy_link_chrome",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese seat-frame maker's groundbreaking in Bến Tre, an energy site's repost (S8 r2) ---
    rows += [
        h(
            n(),
            "Quy hoạch, xây dựng\n\nĐộng thổ nhà máy khung ghế ô tô tại Bến Tre\n\nThứ năm, 21/10/2021 | 09:12 GMT+7\nCông ty TNHH Hoshino Seating Bến Tre Việt Nam (HSBV) vừa làm lễ động thổ nhà máy làm khung và ray trượt ghế cho xe du lịch tại Bến Tre.",
            "2021-10-21",
            "provincial",
            [
                "section_label",
                "headline_lead",
                "weekday_date_line",
                "groundbreaking",
                "foreign_subsidiary_place_kept",
                "acronym_bracket_not_firm",
                "no_date",
                "multiline",
            ],
            firms=[f("Hoshino Seating Bến Tre", "Công ty TNHH")],
            provinces=[pv("Bến Tre")],
            deals=[deal("groundbreaking", ["Hoshino Seating Bến Tre"], None, BT)],
            events=[ev("groundbreaking", [F("Hoshino Seating Bến Tre")], None, None, BT, "started")],
        ),
        h(
            n(),
            "Xưởng mới nằm trên 8,6 ha ở lô C2, KCN Giao Long, xã An Phước, huyện Châu Thành, tỉnh Bến Tre.",
            "2021-10-21",
            "provincial",
            ["site_line", "park", "district", "commune_nothing", "area", "no_event"],
            provinces=[pv("Bến Tre")],
            areas=[ha(8.6)],
            locations=[park("Khu công nghiệp Giao Long"), district("huyện Châu Thành")],
            events=[],
        ),
        h(
            n(),
            "Gần 940 tỷ đồng sẽ được rót vào dự án qua ba giai đoạn; chạy hết công suất, nhà máy làm ra chừng 1,2 triệu bộ khung mỗi năm, xuất hết cho các hãng xe ở Nhật Bản, Mỹ và châu Âu.",
            "2021-10-21",
            "provincial",
            [
                "plant_details_no_firm",
                "amount_first",
                "capacity_no_count",
                "count_in_words",
                "region_nothing",
                "approx",
                "no_event",
            ],
            money=[m(940 * B, "VND", approx=True)],
            locations=[country("Nhật Bản"), country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Dự kiến vận hành từ năm 2024\nKhi đủ ba giai đoạn, nhà máy cần khoảng 3.800 lao động, phần lớn tuyển ngay trong tỉnh.",
            "2021-10-21",
            "provincial",
            ["nfd", "subheading", "count", "approx", "multiline", "no_event"],
            quantities=[c(3800, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Phối cảnh nhà máy của HSBV tại Bến Tre.",
            "2021-10-21",
            "provincial",
            ["caption", "acronym_firm", "no_event"],
            firms=[f("HSBV")],
            provinces=[pv("Bến Tre")],
            events=[],
        ),
        h(
            n(),
            "Trước dự án này, Hoshino đã có hai nhà máy ở Việt Nam: một ở khu chế xuất Linh Trung, TP.HCM (từ năm 1998), một ở KCN Nam Sách, Hải Dương (từ năm 2011).\n\nTheo Doanh nghiệp Hội nhập",
            "2021-10-21",
            "provincial",
            [
                "recalled_plants",
                "two_deals_no_event",
                "parent_short_name",
                "park",
                "count_in_words",
                "source_line_nothing",
                "multiline",
            ],
            firms=[f("Hoshino")],
            provinces=[pv("Hồ Chí Minh"), pv("Hải Dương")],
            locations=[park("khu chế xuất Linh Trung"), park("Khu công nghiệp Nam Sách")],
            deals=[deal("investment", ["Hoshino"], None, HCM), deal("investment", ["Hoshino"], None, HD)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a law paper's investment page with a committee's land lease (S7 r4) ---
    rows += [
        h(
            n(),
            "Bắc Ninh sắp có xưởng bọc nệm sofa gần 1 ha tại Yên Phong\nUBND tỉnh Bắc Ninh vừa ban hành Quyết định số 2215/QĐ-UBND cho phép Công ty TNHH Nội thất Đông Thọ Phát thuê 9.870 m² đất tại Cụm công nghiệp Đông Thọ, huyện Yên Phong để xây xưởng bọc nệm và lắp ráp sofa.\nTiếp nhận hồ sơ đăng ký làm chủ đầu tư hạ tầng cụm công nghiệp Dũng Liệt",
            "2024-06-14",
            "provincial",
            [
                "category_page",
                "headline_lead",
                "committee_land_lease",
                "government_party",
                "no_deal",
                "area_m2",
                "approx",
                "glued_next_headline",
                "multiline",
            ],
            firms=[f("Nội thất Đông Thọ Phát", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            decisions=[d("2215/QĐ-UBND")],
            areas=[ha(1, True), ha(0.987)],
            locations=[
                park("Cụm công nghiệp Đông Thọ"),
                district("huyện Yên Phong"),
                park("cụm công nghiệp Dũng Liệt"),
            ],
            events=[
                ev(
                    "cooperation",
                    [G("UBND tỉnh Bắc Ninh"), F("Nội thất Đông Thọ Phát")],
                    None,
                    None,
                    BN,
                    "signed",
                )
            ],
        ),
    ]
    # --- A Japanese page on a trim maker's third plant, rendered in Vietnamese (S17 r4) ---
    rows += [
        h(
            n(),
            "Hãng nội thất ô tô Nhật Bản Ogino Trim dự định xây thêm một nhà máy đệm ghế và ốp cửa ở tỉnh Hưng Yên vào năm tới, vốn 14,2 triệu USD.",
            "2020-02-19",
            "ministry",
            ["foreign_page_rendered", "announced_investment", "country_before_firm", "no_date"],
            firms=[f("Ogino Trim")],
            provinces=[pv("Hưng Yên")],
            money=[m(14.2 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Ogino Trim"], 14.2 * M, HY)],
            events=[ev("investment_announcement", [F("Ogino Trim")], 14.2 * M, "USD", HY, "announced")],
        ),
        h(
            n(),
            "Công trình khởi động tháng 4/2021, xong vào tháng 9/2022; ban đầu nhà máy dùng 600 người và sẽ tăng lên 1.800 người vào cuối năm 2024, công ty cho biết trong thông cáo hôm thứ Tư.",
            "2020-02-19",
            "ministry",
            ["foreign_page_rendered", "schedule_no_event", "weekday_no_date", "count", "no_event"],
            quantities=[c(600, "người"), c(1800, "người")],
            events=[],
        ),
        h(
            n(),
            "Là công ty con của một hãng xe Nhật, Ogino Trim dựng nhà máy đầu tiên ở Hải Dương năm 2006; tháng 6 năm ngoái, nhà máy thứ hai trị giá 21 triệu USD đã khai trương tại KCN Phố Nối A, Hưng Yên.",
            "2020-02-19",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_plant",
                "recalled_opening",
                "two_deals_no_event",
                "short_country_word",
                "ordinal_not_count",
                "park",
            ],
            firms=[f("Ogino Trim")],
            provinces=[pv("Hải Dương"), pv("Hưng Yên")],
            money=[m(21 * M, "USD")],
            locations=[country("Nhật"), park("Khu công nghiệp Phố Nối A")],
            deals=[
                deal("investment", ["Ogino Trim"], None, HD),
                deal("investment", ["Ogino Trim"], 21 * M, HY),
            ],
            events=[],
        ),
        h(
            n(),
            "Đệm và ốp làm ở Việt Nam phần lớn xuất về Nhật Bản, phần còn lại sang ASEAN và Bắc Mỹ; hãng hiện có 54 cơ sở ở 15 nước.",
            "2020-02-19",
            "ministry",
            ["foreign_page_rendered", "region_nothing", "count", "no_event"],
            locations=[country("Nhật Bản")],
            quantities=[c(54, "cơ sở"), c(15, "nước")],
            events=[],
        ),
    ]
    # --- A French news-agency page on a German seat-mechanism plant, rendered in Vietnamese (S17 r3) ---
    rows += [
        h(
            n(),
            "Nhà máy của tập đoàn Đức Reinholt Sitztechnik tại Việt Nam chính thức đi vào vận hành, sau khoản đầu tư 24 triệu euro.",
            "2016-05-11",
            "ministry",
            ["foreign_page_rendered", "nfd", "inauguration_with_capital", "country_before_firm", "no_site"],
            firms=[f("Reinholt Sitztechnik")],
            money=[m(24 * M, "EUR")],
            locations=[country("Đức")],
            deals=[deal("investment", ["Reinholt Sitztechnik"], 24 * M)],
            events=[ev("inauguration", [F("Reinholt Sitztechnik")], 24 * M, "EUR", None, "completed")],
        ),
        h(
            n(),
            "Reinholt dự kiến bỏ thêm 40 triệu euro vào nhà máy trong năm 2017; đây là cơ sở làm cơ cấu ngả ghế đầu tiên của tập đoàn ở Đông Nam Á và thứ hai trên thế giới, mỗi năm ra 2,1 triệu bộ, xuất khẩu toàn bộ. - TTXVN",
            "2016-05-11",
            "ministry",
            [
                "foreign_page_rendered",
                "announced_top_up",
                "short_name",
                "capacity_no_count",
                "ordinal_not_count",
                "agency_nothing",
                "region_nothing",
                "no_site",
            ],
            firms=[f("Reinholt")],
            money=[m(40 * M, "EUR")],
            deals=[deal("investment", ["Reinholt"], 40 * M)],
            events=[ev("investment_announcement", [F("Reinholt")], 40 * M, "EUR", None, "announced")],
        ),
        h(
            n(),
            "Doanh nghiệp tư nhân được kêu gọi đổi mới, hội nhập\nThủ tướng Phạm Minh Chính ngày 20/9 đề nghị các bộ gỡ vướng thủ tục cho doanh nghiệp tư nhân tại một hội nghị trực tuyến với cộng đồng doanh nghiệp.",
            "2025-09-21",
            "ministry",
            [
                "foreign_page_rendered",
                "related_item",
                "person_role_before",
                "headline_lead",
                "multiline",
                "no_event",
            ],
            persons=[per("Phạm Minh Chính", "Thủ tướng")],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered in English: a French news-agency page on a US chair maker's second plant
    # (S17 r2) and a German trade magazine on an upholstery takeover (S20 r3) ---
    rows += [
        h(
            n(),
            "US office-chair maker Stellar Seating Inc. is to build a second Vietnamese factory, with three production lines, on 62,400 square metres of Vietnam-Singapore Industrial Park in the southern province of Binh Duong; site work starts at the end of the year.",
            "2013-08-27",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "announced_investment",
                "adjective_no_country",
                "english_park_no_location",
                "unaccented_province",
                "count_in_words",
                "area",
            ],
            firms=[f("Stellar Seating", "Inc.")],
            provinces=[pv("Bình Dương")],
            areas=[ha(6.24)],
            deals=[deal("investment", ["Stellar Seating"], None, BDg)],
            events=[ev("investment_announcement", [F("Stellar Seating")], None, None, BDg, "announced")],
        ),
        h(
            n(),
            "In 2009 the group put more than 9 million USD into its first plant in Vietnam, at Amata Industrial Park in Dong Nai. -VNA",
            "2013-08-27",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "anaphora_no_firm",
                "recalled_investment_no_party",
                "english_park_no_location",
                "agency_nothing",
                "approx",
                "no_event",
            ],
            provinces=[pv("Đồng Nai")],
            money=[m(9 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Stellar Seating's sales in Vietnam have grown by about 30% a year, to a combined 1.4 billion USD by 2012.",
            "2013-08-27",
            "ministry",
            [E, "foreign_page_rendered", "possessive_firm", "revenue_no_deal", "percentage", "no_event"],
            firms=[f("Stellar Seating")],
            percentages=[30],
            money=[m(1.4 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Kinwah takes over a Vietnamese upholstery maker\nChinese recliner producer Kinwah Furniture Holdings is buying a Vietnamese rival to grow its recliner output in Asia, paying 61 million US$ for Evercrest Holdings and its wholly owned subsidiary Saigon Recliner Company.",
            "2021-05-28",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "headline_lead",
                "announced_acquisition",
                "holding_and_subsidiary_one_event",
                "adjective_no_country",
                "short_name",
                "multiline",
            ],
            firms=[
                f("Kinwah"),
                f("Kinwah Furniture Holdings"),
                f("Evercrest Holdings"),
                f("Saigon Recliner", "Company"),
            ],
            money=[m(61 * M, "USD")],
            deals=[deal("investment", ["Kinwah Furniture Holdings"], 61 * M)],
            events=[
                ev(
                    "acquisition",
                    [F("Kinwah Furniture Holdings"), F("Evercrest Holdings"), F("Saigon Recliner")],
                    61 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Kinwah is buying Evercrest from Blue Harbor Group, a furniture company with plants in Vietnam, Malaysia and China; the deal is set to close on July 20.",
            "2021-05-28",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "announced_acquisition",
                "seller_mention",
                "closing_date_not_deal_date",
                "country_list",
            ],
            firms=[f("Kinwah"), f("Evercrest"), f("Blue Harbor Group")],
            locations=[country("Malaysia"), country("China")],
            deals=[deal("investment", ["Kinwah"])],
            events=[ev("acquisition", [F("Kinwah"), F("Evercrest")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Saigon Recliner, known for its Sofa Plaza brand, is one of Vietnam's largest upholstery makers, with about 1,100 staff on more than 130,000 square metres in Binh Duong province; most of its leather sofas go to the US.",
            "2021-05-28",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "brand_no_firm",
                "unaccented_province",
                "count",
                "area",
                "approx",
                "no_event",
            ],
            firms=[f("Saigon Recliner")],
            provinces=[pv("Bình Dương")],
            quantities=[c(1100, "staff", True)],
            areas=[ha(13, True)],
            locations=[country("US")],
            events=[],
        ),
        h(
            n(),
            "Hong Kong-listed Kinwah makes furniture in China, elsewhere in Asia and, since buying into a Polish group, in Eastern Europe; it last posted sales of over 1.1 billion euros with about 17,000 staff.",
            "2021-05-28",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "unnamed_target_no_deal",
                "adjective_no_country",
                "region_nothing",
                "approx",
                "count",
                "no_event",
            ],
            firms=[f("Kinwah")],
            money=[m(1.1 * B, "EUR", approx=True)],
            quantities=[c(17000, "staff", True)],
            locations=[country("China")],
            events=[],
        ),
    ]
    # --- English copy: a news agency's beta site on a Japanese group's seat-cover plant in Nam Định (S17 r1 = S18 r1) ---
    rows += [
        h(
            n(),
            "Construction of an 18.4-million USD car seat cover plant is under way at Bao Minh Industrial Park in the northern province of Nam Dinh, with the first line due to run in May 2020.\n(Photo: baonamdinh.vn)",
            "2019-04-08",
            "provincial",
            [
                E,
                "lead_without_investor",
                "plant_under_construction_no_party",
                "english_park_no_location",
                "photo_credit_nothing",
                "unaccented_province",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Nam Định")],
            money=[m(18.4 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Nam Dinh (VNA) – Backed by Japan's Takumi Kasei Group, the 9.6ha factory will sew seat covers and headrests, mostly for carmakers in Japan, the US and Europe. Work on the site started in the last week of March.",
            "2019-04-08",
            "provincial",
            [
                E,
                "dateline_province",
                "groundbreaking",
                "possessive_country",
                "region_nothing",
                "week_no_date",
                "area",
            ],
            firms=[f("Takumi Kasei Group")],
            provinces=[pv("Nam Định")],
            areas=[ha(9.6)],
            locations=[country("Japan"), country("US")],
            deals=[deal("groundbreaking", ["Takumi Kasei Group"], None, NDi)],
            events=[ev("groundbreaking", [F("Takumi Kasei Group")], None, None, NDi, "started")],
        ),
        h(
            n(),
            "Once running, the plant should employ about 1,400 local people, and the company expects it to help Nam Dinh build a skilled workforce.",
            "2019-04-08",
            "provincial",
            [E, "plant_details_no_firm", "unaccented_province", "count", "approx", "no_event"],
            provinces=[pv("Nam Định")],
            quantities=[c(1400, "local people", True)],
            events=[],
        ),
        h(
            n(),
            "Founded in 1952 and based in Kariya, Japan, Takumi Kasei makes rubber, plastic and textile car parts at some 60 plants and offices in 14 countries and regions.-VNA",
            "2019-04-08",
            "provincial",
            [
                E,
                "firm_profile",
                "foreign_city_nothing",
                "agency_glued_nothing",
                "count",
                "approx",
                "no_event",
            ],
            firms=[f("Takumi Kasei")],
            locations=[country("Japan")],
            quantities=[c(60, "plants and offices", True), c(14, "countries and regions")],
            events=[],
        ),
    ]
    # --- English copy: a construction news site on Korean seat-part makers breaking ground in Hải Phòng (S18 r2) ---
    rows += [
        h(
            n(),
            "Korean seat-mechanism maker Hwasung Seat Mechanism Co., Ltd (HSM) broke ground on October 14 for its plant in the northern port city of Hai Phong, which will make recliners, seat hinges and height adjusters – some 6.2 million pieces, or 980 tons, a year.",
            "2018-10-17",
            "ministry",
            [
                E,
                "groundbreaking",
                "deal_date",
                "year_inferred",
                "adjective_no_country",
                "acronym_bracket_not_firm",
                "capacity_no_count",
                "unaccented_province",
            ],
            firms=[f("Hwasung Seat Mechanism", "Co., Ltd")],
            provinces=[pv("Hải Phòng")],
            deals=[deal("groundbreaking", ["Hwasung Seat Mechanism"], None, HP, "2018-10-14")],
            events=[ev("groundbreaking", [F("Hwasung Seat Mechanism")], None, None, HP, "started")],
        ),
        h(
            n(),
            "The US$14.2 million project takes up 6ha.",
            "2018-10-17",
            "ministry",
            [E, "plant_details_no_firm", "area", "no_event"],
            money=[m(14.2 * M, "USD")],
            areas=[ha(6)],
            events=[],
        ),
        h(
            n(),
            "On the same day, two other Korean suppliers – Jinwoo Rail Company Limited and Taekwang Trim Vina Company Limited – also began building their factories.",
            "2018-10-17",
            "ministry",
            [
                E,
                "groundbreaking",
                "two_firms_two_events",
                "trailing_vina",
                "relative_day_no_date",
                "adjective_no_country",
                "count_in_words",
                "no_site",
            ],
            firms=[f("Jinwoo Rail", "Company Limited"), f("Taekwang Trim", "Company Limited")],
            deals=[deal("groundbreaking", ["Jinwoo Rail"]), deal("groundbreaking", ["Taekwang Trim"])],
            events=[
                ev("groundbreaking", [F("Jinwoo Rail")], None, None, None, "started"),
                ev("groundbreaking", [F("Taekwang Trim")], None, None, None, "started"),
            ],
        ),
        h(
            n(),
            "Jinwoo Rail will turn out 18.5 million seat-track parts a year from a US$7.1 million plant on 1.6ha, while Taekwang Trim's US$3.4 million plant will make 2.2 million door and pillar trims.",
            "2018-10-17",
            "ministry",
            [
                E,
                "plant_lines_with_capital",
                "two_deals_no_event",
                "possessive_firm",
                "capacity_no_count",
                "area",
            ],
            firms=[f("Jinwoo Rail"), f("Taekwang Trim")],
            money=[m(7.1 * M, "USD"), m(3.4 * M, "USD")],
            areas=[ha(1.6)],
            deals=[
                deal("investment", ["Jinwoo Rail"], 7.1 * M),
                deal("investment", ["Taekwang Trim"], 3.4 * M),
            ],
            events=[],
        ),
        h(
            n(),
            "When they start up in August 2019, the plants will supply carmakers such as Hyundai, Kia, Ford and GM.",
            "2018-10-17",
            "ministry",
            [E, "brands_as_customers", "schedule_no_event", "no_event"],
            firms=[f("Hyundai"), f("Kia"), f("Ford"), f("GM")],
            events=[],
        ),
        h(
            n(),
            "Kim Dong Won, CEO of HSM, said the group had picked a park beside the north's biggest deep-sea port so it could serve export orders from one base.",
            "2018-10-17",
            "ministry",
            [E, "person_role_after", "acronym_firm", "no_event"],
            persons=[per("Kim Dong Won", "CEO of HSM")],
            firms=[f("HSM")],
            events=[],
        ),
    ]
    # --- English copy: a Japanese wire's English service on a trim maker's plant opening in Hà Nam (S18 r3) ---
    rows += [
        h(
            n(),
            " date 2019-08-02 Vietnam - Auto\n\nTOKYO, NNA – Japanese car interior maker Seiwa Trim Co. has opened a plant making seat covers and door trims in Ha Nam province, about 60 kilometers south of Hanoi, to keep up with orders from carmakers across Asia.",
            "2019-08-02",
            "ministry",
            [
                E,
                "page_chrome_date",
                "dateline_abroad_nothing",
                "agency_nothing",
                "inauguration_no_capital",
                "adjective_no_country",
                "distance_no_count",
                "unaccented_province",
                "multiline",
            ],
            firms=[f("Seiwa Trim", "Co.")],
            provinces=[pv("Hà Nam"), pv("Hà Nội")],
            events=[ev("inauguration", [F("Seiwa Trim")], None, None, HNam, "completed")],
        ),
        h(
            n(),
            "Seiwa Trim put $19.8 million into the plant and will ship most of its output to assembly lines in Thailand, Japan and North America, spokesman Kenta Mori told NNA on Thursday.",
            "2019-08-02",
            "ministry",
            [
                E,
                "spent_amount_deal_no_event",
                "person_role_before",
                "region_nothing",
                "weekday_no_date",
                "no_site",
                "country_list",
            ],
            firms=[f("Seiwa Trim")],
            persons=[per("Kenta Mori", "spokesman")],
            money=[m(19.8 * M, "USD")],
            locations=[country("Thailand"), country("Japan")],
            deals=[deal("investment", ["Seiwa Trim"], 19.8 * M)],
            events=[],
        ),
        h(
            n(),
            "A unit of Nagoya's Chubu Motor Group, Seiwa Trim set up its first Vietnamese plant in Hai Phong in 2007.",
            "2019-08-02",
            "ministry",
            [
                E,
                "recalled_plant",
                "deal_no_event",
                "parent_mention",
                "foreign_city_nothing",
                "unaccented_province",
                "ordinal_not_count",
            ],
            firms=[f("Chubu Motor Group"), f("Seiwa Trim")],
            provinces=[pv("Hải Phòng")],
            deals=[deal("investment", ["Seiwa Trim"], None, HP)],
            events=[],
        ),
        h(
            n(),
            "It aims to lift the two plants' combined capacity to 3.2 million seat-cover sets a year by 2023, about 60 percent more than in the year to March 2019; the new plant employs 540 workers, against 2,960 workers at the first.",
            "2019-08-02",
            "ministry",
            [E, "target_no_deal", "capacity_no_count", "count", "percentage", "count_in_words", "no_event"],
            percentages=[60],
            quantities=[c(540, "workers"), c(2960, "workers")],
            events=[],
        ),
        h(
            n(),
            "Seiwa Trim's interior sales rose by 18 billion yen ($167 million) over three years to 156 billion yen in the year to March.",
            "2019-08-02",
            "ministry",
            [
                E,
                "revenue_no_deal",
                "yen_jpy",
                "bracketed_conversion",
                "possessive_firm",
                "duration_no_count",
                "no_event",
            ],
            firms=[f("Seiwa Trim")],
            money=[m(18 * B, "JPY"), m(167 * M, "USD"), m(156 * B, "JPY")],
            events=[],
        ),
    ]
    # --- English copy: a business news site on a carmaker's auto-parts park in Chu Lai (S18 r4) ---
    rows += [
        h(
            n(),
            "Overview of KHM's plants in the Chu Lai Open Economic Zone. — Photo courtesy of KHM",
            "2020-11-25",
            "ministry",
            [E, "caption", "possessive_firm", "english_zone_no_location", "photo_credit_firm", "no_event"],
            firms=[f("KHM")],
            events=[],
        ),
        h(
            n(),
            "Ky Ha Motor Corporation (KHM), one of the first big investors in support industries, has built a 120-hectare auto parts industrial park in the Chu Lai Open Economic Zone in Quang Nam Province since it arrived in 2004.",
            "2020-11-25",
            "ministry",
            [
                E,
                "recalled_investment",
                "deal_no_event",
                "corporation_kept",
                "acronym_bracket_not_firm",
                "english_park_no_location",
                "unaccented_province",
                "area",
            ],
            firms=[f("Ky Ha Motor Corporation")],
            provinces=[pv("Quảng Nam")],
            areas=[ha(120)],
            deals=[deal("investment", ["Ky Ha Motor Corporation"], None, QNam)],
            events=[],
        ),
        h(
            n(),
            "Its 14 factories turn out interior and exterior parts for buses, trucks and cars – seats and seat covers, bumpers, glass, wire harnesses, chassis – for KHM's own assembly lines and for export to Southeast Asia.",
            "2020-11-25",
            "ministry",
            [E, "product_list", "possessive_firm", "region_nothing", "count", "no_event"],
            firms=[f("KHM")],
            quantities=[c(14, "factories")],
            events=[],
        ),
    ]
    # --- English copy: a news agency's related-news block (S20 r1), a chamber's news site on a furniture fair (S20 r2)
    # and a stock site's English edition on a furniture maker absorbing a fittings firm (S20 r4) ---
    rows += [
        h(
            n(),
            " date 2021-06-02 Business Made-in-Vietnam sofas win more US buyers Vietnam's upholstered furniture makers have held up through the pandemic and gained ground in the US market.\n\nBusiness Hoa Sen Home buys 25 percent of sofa maker Mekong Sofa Hoa Sen Home Company Limited, a subsidiary of Truong Son Holdings Corporation, has acquired a 25-percent stake in Mekong Sofa JSC for 18 million USD, according to an announcement.",
            "2021-06-02",
            "ministry",
            [
                E,
                "related_news_block",
                "headline_lead_run_on",
                "acquisition_completed",
                "subsidiary_buyer",
                "parent_mention",
                "bare_and_form_one_entry",
                "country_noun",
                "percentage",
                "multiline",
            ],
            firms=[
                f("Hoa Sen Home", "Company Limited"),
                f("Truong Son Holdings Corporation"),
                f("Mekong Sofa", "JSC"),
            ],
            percentages=[25, 25],
            money=[m(18 * M, "USD")],
            locations=[country("US")],
            deals=[deal("investment", ["Hoa Sen Home"], 18 * M)],
            events=[
                ev("acquisition", [F("Hoa Sen Home"), F("Mekong Sofa")], 18 * M, "USD", None, "completed")
            ],
        ),
        h(
            n(),
            "Business Furniture exports up 38.2 percent in five months Exports of furniture and wood products brought in 6.12 billion USD in the first five months of 2021, up 38.2 percent year-on-year, the Ministry of Industry and Trade said.",
            "2021-06-02",
            "ministry",
            [E, "related_news_block", "national_total_no_deal", "percentage", "no_event"],
            organizations=["Ministry of Industry and Trade"],
            money=[m(6.12 * B, "USD")],
            percentages=[38.2, 38.2],
            events=[],
        ),
        h(
            n(),
            "Some US$58 Mln Deals Inked at Home Furnishing Fair in HCM City\nAbout 130 firms signed 104 contracts worth US$57.6 million at the Vietnam Home Furnishing Fair 2011, held in Ho Chi Minh City from March 8 to 11, according to organisers.",
            "2011-03-14",
            "ministry",
            [
                E,
                "headline_lead",
                "fair_totals_no_deal",
                "mln_abbreviation",
                "approx",
                "count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(58 * M, "USD", approx=True), m(57.6 * M, "USD")],
            quantities=[c(130, "firms", True), c(104, "contracts")],
            events=[],
        ),
        h(
            n(),
            "Dong Phu Furniture Group signed US$900,000 in deals, Japan-invested Kiso Co. 14 contracts, and HCMC-based Binh An Wood Co. won orders to ship tables and chairs to Sweden and Korea, fair spokesman Le Van Hieu said. (Youth)",
            "2011-03-14",
            "ministry",
            [
                E,
                "fair_deals_unnamed_buyers_no_deal",
                "adjective_no_country",
                "person_role_before",
                "country_list",
                "outlet_credit_nothing",
                "count",
                "no_event",
            ],
            firms=[f("Dong Phu Furniture Group"), f("Kiso", "Co."), f("Binh An Wood", "Co.")],
            persons=[per("Le Van Hieu", "fair spokesman")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(900000, "USD")],
            quantities=[c(14, "contracts")],
            locations=[country("Sweden"), country("Korea")],
            events=[],
        ),
        h(
            n(),
            "Phu Tan Furniture (PTF) to take over fittings maker\n\nPhu Tan Furniture Corporation (HoSE: PTF) will absorb An Khang Hardware JSC on Friday, a move meant to stop the fittings maker's losses from eating through its charter capital.",
            "2019-05-09",
            "ministry",
            [
                E,
                "headline_lead",
                "announced_acquisition",
                "merger_absorption",
                "ticker_nothing",
                "headline_short_name_own_entry",
                "multiline",
            ],
            firms=[f("Phu Tan Furniture"), f("Phu Tan Furniture Corporation"), f("An Khang Hardware", "JSC")],
            deals=[deal("investment", ["Phu Tan Furniture Corporation"])],
            events=[
                ev(
                    "acquisition",
                    [F("Phu Tan Furniture Corporation"), F("An Khang Hardware")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Shareholders backed the takeover at an extraordinary meeting last October and, a month later, agreed to issue 41.2 million new shares to swap for An Khang's at 3.6 to 1.",
            "2019-05-09",
            "ministry",
            [
                E,
                "shareholder_approval_no_deal",
                "swap_ratio_no_count",
                "possessive_short_name",
                "count",
                "no_event",
            ],
            firms=[f("An Khang")],
            quantities=[c(41.2 * M, "new shares")],
            events=[],
        ),
        h(
            n(),
            "The swap lifts Phu Tan's charter capital to VND1.42 trillion (US$61.1 million), with the new shares making up 28.4 per cent of the total.",
            "2019-05-09",
            "ministry",
            [
                E,
                "charter_capital_no_deal",
                "bracketed_conversion",
                "possessive_short_name",
                "percentage",
                "no_event",
            ],
            firms=[f("Phu Tan")],
            money=[m(1.42 * 1000 * B, "VND"), m(61.1 * M, "USD")],
            percentages=[28.4],
            events=[],
        ),
        h(
            n(),
            "After the merger the group targets VND310 billion in revenue and VND9.6 billion in after-tax profit for 2019, having lost VND287 billion last year.\n\nPTF 3,450 -50\n\nSymbol Lookup",
            "2019-05-09",
            "ministry",
            [E, "targets_no_deal", "ticker_chrome_nothing", "multiline", "no_event"],
            money=[m(310 * B, "VND"), m(9.6 * B, "VND"), m(287 * B, "VND")],
            events=[],
        ),
    ]
    # --- More tag, slug, archive and spam lines from the same searches (S3 r2, S3 r3, S6 r3, S6 r4, S7 r1, S7 r3, S13 r1,
    # S14 r1, S14 r4, S16 r3; several were the same slot kinds again) ---
    rows += [
        h(
            n(),
            "kuwin nệm ghế sofa giá xưởng bình dươngkèo tài xỉu hôm naygame bài đổi thưởng uy tín",
            "2024-10-14",
            "ministry",
            ["spam_line", "glued_words", "lowercase_province_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin phụ kiện tủ bếp blum chính hãngxsmb 30 ngàycách chơi lô đề online",
            "2024-11-21",
            "ministry",
            ["spam_line", "glued_words", "lowercase_brand_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "máy ép mút định hình ghế xe nhà máy chi phí đầu tư chỉ số nga",
            "2023-12-05",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bản lề giảm chấn inox 304",
            "2023-01-09",
            "ministry",
            ["tag_page", "lowercase", "spec_number_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lưu trữ thẻ: ray trượt ghế ô tô\nRay trượt cho phép ghế tiến lùi vài chục xăng-ti-mét; chi tiết nhỏ nhưng phải qua hàng loạt bài thử độ bền trước khi lắp lên xe.",
            "2023-01-09",
            "ministry",
            ["tag_page", "archive_label", "vague_length", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục xin phép xây dựng nhà xưởng trong khu công nghiệp",
            "2022-09-15",
            "legal",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "co phieu nganh go noi that dong loat tang tran",
            "2022-12-06",
            "ministry",
            ["tag_page", "unaccented", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thẻ: mút xốp\nDoanh nghiệp mút xốp Việt muốn lên làm nhà cung cấp cấp 2 cho hãng xe\n(VnMedia) Ông Trịnh Quốc Bảo, Tổng Giám đốc Công ty CP Mút Xốp Phương Đông, cho biết công ty đã thử mẫu đệm ghế cho hai hãng xe nhưng chưa có đơn hàng.",
            "2020-07-22",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "outlet_prefix_nothing",
                "sample_trial_no_deal",
                "person_role_after",
                "count_in_words",
                "ordinal_tier_no_count",
                "multiline",
                "no_event",
            ],
            persons=[per("Trịnh Quốc Bảo", "Tổng Giám đốc Công ty CP Mút Xốp Phương Đông")],
            firms=[f("Mút Xốp Phương Đông", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Bloomberg: Nam Trung Auto có thể mở thêm xưởng ghế ở Ấn Độ",
            "2023-03-02",
            "ministry",
            ["embed_title", "agency_prefix_nothing", "plant_abroad_no_deal", "country", "no_event"],
            firms=[f("Nam Trung Auto")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
    ]
    # --- More explainer, forum, template and document-store lines (S3 r4, S4 r2, S5 r3, S7 r2, S9 r1, S9 r3, S10 r2,
    # S11 r4, S12 r2) ---
    rows += [
        h(
            n(),
            "Mút cho mặt ngồi ô tô thường có tỷ trọng khoảng 45–60 kg/m³, đặc hơn mút nệm ngủ; tựa lưng thì dùng loại mềm hơn, tuỳ hãng xe.",
            "2022-08-04",
            "ministry",
            ["qa_explainer", "old_tone", "density_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Cơ sở lý luận\nKhái niệm “tính linh hoạt” của chuỗi cung ứng được đưa ra lần đầu cách đây khoảng hai thập niên (Christopher và Peck, 2004), chỉ khả năng quay về trạng thái cũ sau khi bị xáo trộn.",
            "2022-10-17",
            "ministry",
            [
                "document_store",
                "journal_article",
                "citation_surnames_no_person",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Mô tả tài liệu\nDownload Vui lòng tải xuống để xem tài liệu đầy đủ\nChủ đề:\nLưu",
            "2018-04-11",
            "ministry",
            ["document_store", "page_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư là văn bản, bản giấy hoặc bản điện tử, ghi lại thông tin đăng ký của nhà đầu tư về dự án; thời hạn của nó theo thời hạn hoạt động của dự án.",
            "2024-10-21",
            "legal",
            ["nfd", "consultancy_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trả lời\nVuhoang_noithat\nThành viên tích cực\n- Tham gia\n- 12 Tháng mười 2023\n- Bài viết\n- 214\nNhớ thêm điều khoản phạt khi giao áo ghế trễ hạn, và ghi rõ ai chịu chi phí làm lại nếu đường may lỗi.",
            "2024-06-02",
            "ministry",
            [
                "forum_thread",
                "user_chrome",
                "username_nothing",
                "post_count_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Điều 2: Thanh toán\nBên B trả cho Bên A 138 USD/bộ sau khi trừ phí ủy thác khoán 8 USD/bộ; nếu độ ẩm gỗ vượt 12% thì giá giảm tương ứng theo thoả thuận.",
            "2023-04-06",
            "legal",
            [
                "legal_commentary",
                "contract_template",
                "placeholder_parties_no_firm",
                "per_unit_money",
                "old_tone",
                "percentage",
                "multiline",
                "no_event",
            ],
            money=[m(138, "USD", "bộ"), m(8, "USD", "bộ")],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\nMỞ ĐẦU....................1\nCHƯƠNG 1: CƠ SỞ LÝ THUYẾT VỀ CHUỖI CUNG ỨNG....................3\nCHƯƠNG 2: NHÀ CUNG CẤP GHẾ VÀ NỘI THẤT CỦA HÃNG XE....................9",
            "2023-12-01",
            "ministry",
            ["table_of_contents", "page_numbers_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "I. Giới thiệu về chủ đầu tư\nChủ đầu tư:\nĐịa chỉ trụ sở:\nNgười đại diện theo pháp luật:\nII. Mô tả sơ bộ dự án\nTên dự án: Xưởng sản xuất bản lề, ray trượt và tay nắm tủ",
            "2019-08-26",
            "legal",
            [
                "project_explanation",
                "blank_labels",
                "blank_investor_no_deal",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Chương 1: Tổng quan về Công ty Cổ phần Nội thất Hòa Bình Xanh\n1.1 Quá trình hình thành và phát triển\nCông ty thành lập năm 2009 tại huyện Thanh Oai, Hà Nội, ban đầu chỉ có 35 công nhân và một xưởng lắp ghế xoay.",
            "2020-05-19",
            "ministry",
            ["internship_report", "company_founded_no_deal", "district", "count", "multiline", "no_event"],
            firms=[f("Nội thất Hòa Bình Xanh", "Công ty CP")],
            provinces=[pv("Hà Nội")],
            locations=[district("huyện Thanh Oai")],
            quantities=[c(35, "công nhân")],
            events=[],
        ),
    ]
    # --- More Vietnamese news lines from the same pages (S1 r1, S1 r3, S7 r4, S8 r2, S15 r2, S16 r2, S17 r4 rendered) ---
    rows += [
        h(
            n(),
            "Bứt tốc chặng cuối\nRiêng quý III, vốn ngoại đổ về Bắc Ninh, Hải Phòng và Bình Dương tăng mạnh, nhờ một loạt dự án linh kiện điện tử và phụ tùng ô tô được cấp phép.",
            "2023-10-09",
            "ministry",
            ["subheading", "unnamed_projects_no_deal", "multiline", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Hải Phòng"), pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Hiện trạng công nghiệp hỗ trợ ở Việt Nam thời gian qua\nNguyên liệu và linh kiện vẫn chiếm tỷ trọng lớn, gần như không đổi, trong cơ cấu nhập khẩu của cả nước suốt hơn mười năm.",
            "2021-05-12",
            "ministry",
            ["nfd", "subheading", "duration_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khi chuỗi giá trị toàn cầu dịch chuyển, doanh nghiệp làm ghế, trần nỉ và thảm sàn có cơ hội vào danh sách nhà cung cấp của hãng xe, nếu đáp ứng được chuẩn chất lượng và giá.",
            "2021-05-12",
            "ministry",
            ["feature", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "PV: - Vậy doanh nghiệp làm ghế trong nước cần làm gì để khỏi bị hàng ngoại “đánh” ngay trên sân nhà?",
            "2017-09-26",
            "ministry",
            ["interview", "qa_label", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xưởng mới dùng robot hàn khung và dây chuyền sơn tĩnh điện nhập từ Đức và Nhật Bản; phần mềm quản lý sản xuất do công ty mẹ chuyển giao.",
            "2021-10-21",
            "provincial",
            ["nfd", "plant_details_no_firm", "equipment_origin", "country_list", "no_event"],
            locations=[country("Đức"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Đầu tư\nHà Nam lập cụm công nghiệp 48 ha cho làng nghề mộc\nUBND tỉnh Hà Nam vừa quyết định thành lập Cụm công nghiệp Nhật Tân, huyện Kim Bảng, để đưa các xưởng mộc và bọc ghế ra khỏi khu dân cư.",
            "2024-06-14",
            "provincial",
            [
                "category_page",
                "headline_lead",
                "cluster_founded_no_deal",
                "park",
                "district",
                "area",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Hà Nam"],
            provinces=[pv("Hà Nam")],
            areas=[ha(48)],
            locations=[park("Cụm công nghiệp Nhật Tân"), district("huyện Kim Bảng")],
            events=[],
        ),
        h(
            n(),
            "TIN LIÊN QUAN\nÔ tô Hòa Lạc xin lùi lộ trình nội địa hoá\nNhà cung cấp ghế ngoại ngại đầu tư vì sản lượng xe thấp",
            "2014-08-12",
            "ministry",
            ["related_links", "old_tone", "short_name", "multiline", "no_event"],
            firms=[f("Ô tô Hòa Lạc")],
            events=[],
        ),
        h(
            n(),
            "Để theo kịp đơn hàng, Ogino Trim cũng sẽ nâng công suất nhà máy ở Hải Dương.",
            "2020-02-19",
            "ministry",
            ["foreign_page_rendered", "capacity_plan_announced", "announced_investment", "no_amount"],
            firms=[f("Ogino Trim")],
            provinces=[pv("Hải Dương")],
            deals=[deal("investment", ["Ogino Trim"], None, HD)],
            events=[ev("investment_announcement", [F("Ogino Trim")], None, None, HD, "announced")],
        ),
        h(
            n(),
            "Ngoài khung ghế, HSBV còn tính làm cả cơ cấu điều chỉnh độ cao cho xe điện khi giai đoạn 3 hoàn tất, ông Ikeda Hiroshi, Tổng Giám đốc công ty, cho biết tại lễ động thổ.",
            "2021-10-21",
            "provincial",
            [
                "nfd",
                "product_plan_no_deal",
                "person_role_after",
                "acronym_firm",
                "ordinal_not_count",
                "no_event",
            ],
            firms=[f("HSBV")],
            persons=[per("Ikeda Hiroshi", "Tổng Giám đốc công ty")],
            events=[],
        ),
    ]
    # --- Further lines of the Vietnamese document, explainer and news pages above (S4 r2, S7 r2, S8 r3, S9 r2, S9 r3,
    # S10 r2, S11 r4, S12 r2, S12 r3, S13 r1, S13 r2, S15 r2, S16 r2) ---
    rows += [
        h(
            n(),
            "* Trường Đại học Ngoại thương\n** Viện Kinh tế và Chính trị thế giới\n*** Học viện Tài chính",
            "2022-10-17",
            "ministry",
            ["document_store", "journal_article", "author_affiliations", "multiline", "no_event"],
            organizations=[
                "Trường Đại học Ngoại thương",
                "Viện Kinh tế và Chính trị thế giới",
                "Học viện Tài chính",
            ],
            events=[],
        ),
        h(
            n(),
            "Vậy giấy chứng nhận đăng ký đầu tư là gì, xin cấp ở đâu và mất bao lâu? Mời bạn đọc phần dưới đây.",
            "2024-10-21",
            "legal",
            ["consultancy_explainer", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Các bước cơ bản khi mua nguyên liệu\n1. Bộ phận sản xuất lập đề nghị mua vải, mút, khung;\n2. Phòng mua hàng hỏi giá ít nhất ba nhà cung cấp;\n3. Kho nhận hàng, đối chiếu hóa đơn và phiếu nhập.",
            "2025-02-10",
            "ministry",
            ["software_blog", "numbered_list", "count_in_words", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Do không tự sấy, đóng gói và tìm khách ngoại được, Bên A giao Bên B lo các khâu này với phí khoán tính theo từng bộ bàn ghế.",
            "2023-04-06",
            "legal",
            ["legal_commentary", "contract_template", "placeholder_parties_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhóm tìm hiểu cách một hãng xe trong nước chọn nhà cung cấp ghế, da và mút, những rủi ro khi nguồn hàng đứt gãy và cách hãng ứng phó.",
            "2023-12-01",
            "ministry",
            ["nfd", "document_store", "student_paper", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy mô dự án gồm một xưởng sản xuất 3.200 m², kho thành phẩm 800 m² và nhà điều hành 240 m²; công suất thiết kế 1,5 triệu bộ bản lề mỗi năm.",
            "2019-08-26",
            "legal",
            ["project_explanation", "area_m2", "capacity_no_count", "no_event"],
            areas=[ha(0.32), ha(0.08), ha(0.024)],
            events=[],
        ),
        h(
            n(),
            "Nội dung báo cáo gồm 3 phần chính:\nChương I: Tổng quan về công ty.\nChương 2: Đặc điểm kinh tế kỹ thuật của xưởng ghế.\nChương 3: Kết quả sản xuất kinh doanh và định hướng.",
            "2020-05-19",
            "ministry",
            ["internship_report", "count", "multiline", "no_event"],
            quantities=[c(3, "phần")],
            events=[],
        ),
        h(
            n(),
            "Nhiệm vụ ban đầu của xí nghiệp là làm bản lề, khoá cửa và tay nắm cho đồ gỗ trong nước; từ năm 1977, xí nghiệp nhận chỉ tiêu kế hoạch Nhà nước giao.",
            "2016-03-08",
            "ministry",
            ["document_store", "company_history", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp phụ trợ hỏi gì khi ngồi cùng bàn với hãng xe?\n\n7 năm trước\n(Techz.vn) Sản lượng mỗi mẫu xe, thời gian duyệt mẫu và chuyện ai trả tiền khuôn là ba câu được hỏi nhiều nhất.",
            "2019-10-15",
            "ministry",
            [
                "tag_page",
                "question_headline",
                "relative_time_no_date",
                "outlet_prefix_nothing",
                "count_in_words",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Video khác\nXe điện kéo nhu cầu da tổng hợp bọc ghế\nNhà máy ghế đầu tiên của miền Trung chạy hết công suất",
            "2022-06-24",
            "ministry",
            ["video_page", "related_videos", "ordinal_not_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo ông, nghi vấn có doanh nghiệp ngoại thuê người chê ghế Việt trên mạng có căn cứ không?",
            "2017-09-26",
            "ministry",
            ["interview", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "200.000 xe sau 16 năm là con số một nhà máy ô tô ở Thái Lan có thể làm ra chỉ trong vài tháng, nên nhà cung cấp ghế ngoại chưa mặn mà mở xưởng ở Việt Nam.",
            "2014-08-12",
            "ministry",
            ["count_first", "duration_no_count", "country", "no_event"],
            quantities=[c(200000, "xe")],
            locations=[country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Xưởng mút ghế ô tô của một doanh nghiệp Hàn Quốc ở Vĩnh Phúc tạm dừng hai dây chuyền vì thiếu đơn hàng.",
            "2020-05-09",
            "ministry",
            ["listing_page", "unnamed_firm_no_deal", "country", "count_in_words", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Từ đây, nỗi lo vốn ngoại chững lại càng lớn, nhất là khi thị trường xe trong nước giảm tốc và các hãng hoà hoãn kế hoạch nội địa hóa.",
            "2023-10-09",
            "ministry",
            ["nfd", "commentary", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xe riêng giờ đã thành chuyện thường ở phố, và theo đó là cả một chợ phụ kiện cabin: bọc vô lăng, áo ghế da, thảm sàn, nước hoa xe…",
            "2019-05-31",
            "ministry",
            ["date_archive_page", "teaser_line", "no_fields", "no_event"],
            events=[],
        ),
    ]
    return rows
