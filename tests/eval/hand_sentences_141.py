# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 141 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: paints, coatings and industrial chemicals for manufacturing (powder
coating, surface treatment, plating, adhesives, industrial gases supplied to factories in Vietnam). Written and annotated
for every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches,
numbered S1-S20 in the section comments: S1 "nhà máy sơn tĩnh điện khu công nghiệp vốn đầu tư", S2 "doanh nghiệp sơn
công nghiệp đầu tư nhà máy mới tại Việt Nam", S3 "nhà máy mạ kẽm nhúng nóng khu công nghiệp đầu tư", S4 "xi mạ xử lý
bề mặt kim loại doanh nghiệp FDI cấp giấy chứng nhận đầu tư", S5 "khánh thành nhà máy sản xuất sơn tại Việt Nam", S6
"khởi công nhà máy sản xuất keo dán công nghiệp vốn đầu tư", S7 "khí công nghiệp oxy nitơ nhà máy cung cấp cho khu công
nghiệp", S8 "ký hợp đồng cung cấp khí công nghiệp cho nhà máy thép", S9 "mua lại cổ phần công ty sơn thương vụ M&A",
S10 "dự án nhà máy hóa chất công nghiệp cấp giấy chứng nhận đăng ký đầu tư khu công nghiệp", S11 "sản xuất bột sơn tĩnh
điện doanh nghiệp Việt xuất khẩu nhà máy", S12 "tăng vốn dự án sản xuất sơn hóa chất khu công nghiệp điều chỉnh giấy
chứng nhận", S13 "cơ sở xi mạ xả thải vượt chuẩn xử phạt công ty", S14 "tập đoàn Nhật Bản sơn công nghiệp mở rộng nhà
máy tại Việt Nam", S15 "keo dán chất kết dính doanh nghiệp ký kết hợp tác phân phối", S16 "cụm công nghiệp xi mạ tập
trung di dời cơ sở mạ", and in English S17 "Vietnam paint coatings factory investment industrial park", S18 "industrial
gases plant Vietnam supply agreement steel", S19 "Vietnam adhesives chemicals company acquisition stake deal", S20
"powder coating electroplating plant Vietnam investment licence". No sentence is taken or paraphrased from a page; the
shapes are. Firm, plant, park, person, site and outlet names are invented (Kurosawa / Sơn Kurosawa, Vandermeer Coatings,
Sơn Đại Dương, Sơn Hòa Phong, Sơn Lam Kiều, Trường An, Minh Việt, Lindqvist, Seohae Chemical and its Seohae Resin
project, Hoshino / Hoshino Pigment, Platech Surface, Sơn Lạc Hồng, Sơn Trường Giang, Padma Horizon, Brightmoor
Adhesives, Hartwig and its Hải Phòng unit, Thép Bắc Sơn / Bac Son Steel, Sơn Hải Đăng, Khí hóa lỏng Tân Phước, the
parks Yên Lạc Đông and Dệt nhuộm Tân Lập and their developers, Siam Lacquer, Nordmark Coatings, Hvidsten, Viet Fuji Gas,
Fujimori Sanso, Ozeki Shoji, Kanemoto, Song Hau Steel, Keiyo Polymer Industry, Morikawa Chemical, Saigon Bond Industrial,
Hanyu Materials, Bondtek Polymer, Hanseo Chemical, Samjin Materials, Orchid Resins, Phu Thanh Epoxy, Cua Viet Shipyard,
Siam Polycoat, Dong Phuong Paint, Chai Polymer Ventures, An Phu Sealant, Delta Bridge Advisory, ThauTin.info, every
official, director, student, lecturer, uploader, author, contact and byline); well-known names (Hempel, Kansai, Bosch,
LG, Canon, Nitto Denko, the ministries, the Prime Minister's office, the Politburo, the statistics office, the World
Bank, the paint association, the universities and the parks Phúc Điền, Nam Tân Uyên, Yên Bình, Yên Phong, Tân Đức,
VSIP II, Nhơn Trạch 3, Song Than and the Nghi Son zone, and the laws, decrees and resolution cited) appear only in
sentences of our own, with figures, dates and places changed.

What the sample looked like (80 result slots; a translation site's copy of a business daily's headline and lead on a
Japanese paint maker's plant opening came back six times, a one-line summary of a paint-market tag three times, a student
paper on the paint industry three times, a foreign ore-plant keyword salad three times, a tax agent's IRC explainer and a
document site's QĐ-TTg twice each): 13 slots were spam salads and foreign keyword titles (ore, silo, ferro-silicon,
graphite, sand-making and steel-plant cost strings, one with an amount in rand and a country); 21 were tag, title,
embed, head, disclosure and headline-only pages (law-firm tags, an archive-suffixed tag, unaccented tags and titles, a
market summary without a firm, an embed title and a consultancy title as questions, a steel vendor's keyword tag, a trade
ministry's tag page with a repeated headline and a lead, a listed firm's disclosure title, a tender portal's HTML head, a
headline on a plant's waste dumping); 17 were document stores, student papers, explainers and templates (a strategy
assignment with download chrome, cover labels and contents, a galvanizing vendor's explainer with standards and
temperatures, the IRC explainer with footnoted counts and legal bases, a medical-oxygen feasibility study in HTML markup
with a glued investor label and broken font, three M&A course papers with caps covers, member lists, phone numbers and
flattened contents, the QĐ-TTg with uploader chrome and a flattened header and preamble, a consultancy's KCN building
steps, a provincial park-management report listing parks with their developers, a distribution-contract template with
placeholders and legal bases, an M&A handbook's info box with glued page numbers, a powder-coating vendor's explainer
with a date stub and repeated headings); 14 were Vietnamese news and features (the opening six times, a business weekly's
FDI feature with related links and figures, a blog's repost of a paint-market feature with a foreign chairman, the
association, a related link and a brand list, a provincial paper's report of a Dutch group's paint-and-glue plant opening
with chrome, timestamp, caption and byline, a construction site's repost of a Korean board plant's progress with its
capital, conversion, planned top-up and comment chrome, a language forum's repost of a news-agency groundbreaking with
park totals, an aggregator's copy of a daily's brief on a textile-chemicals plant opening, a finance site's Q&A
interview on origin labels, a market-surveillance magazine's supporting-industry feature with a footnote); 3 were
foreign-language pages (a Bengali portal on a Vietnamese paint maker's joint venture signed in Kuala Lumpur for a plant
in Bangladesh, the news agency's French page on a US group's second plant with its first recalled and a related item on
Resolution 68, a Japanese site on a German gas group's plant opening at a steel complex with its recalled contract),
rendered here in Vietnamese; 12 were English (a chemical distributor's page carrying a paint-market feature, the gas
group's corporate news on a 25-year supply contract and its investment with cookie banner and press contacts, a gas
magazine on the group's third unit on stream, a paywalled brief on a Japanese gas joint venture's order from a
steelmaker, a Japanese wire's English copy on a double acquisition, a chemistry magazine's brief on a joint stake
purchase, an RSS teaser on Thai buyers, a consultancy blog on a Thai tender offer, two law-firm guides, an accounting
firm's FAQ and a trade agency's guidebook on setting up plants). About 22 of the 80 slots told a deal or an event with a
named party (the opening six times, the Dutch opening, the board plant's top-up, the groundbreaking, the chemicals-plant
opening, the paint-market features' recalled plants, the joint venture abroad, the US group's second plant, the gas
plant's opening and contract, the supply contract, the third unit, the gas order, the four acquisitions); several were
the same story. No investment licence, capital increase, MoU, distribution contract or plating-cluster deal with named
parties came up in any first four (S4, S10, S12, S13, S15 and S16 returned tags, explainers, templates and salads), so
the batch has none.

Rows: 160 (hand-44401 to hand-44560); 30 carry a deal or an event (18.8%): 21 events (7 inaugurations, 6 acquisitions, 4
investment announcements, 2 supply contracts, 1 groundbreaking, 1 joint venture) and 28 `deals` entries (24 investment,
3 supply_contract, 1 groundbreaking); 10 rows hold only deals without events (44469 and 44470 park developers in a
report's list, 44481 two recalled plants, 44497 an investor line in a progress report, 44515 and 44523 recalled plants
with their capital, 44519 a recalled gas contract, 44527 a recalled first plant, 44532 a recalled first gas plant, 44548
a recalled acquisition) and 4 rows hold an event without a deal (44493 and 44525 openings without capital, 44495 a
ceremony caption, 44533 a unit put on stream). 130 rows are negatives and other fields. By page kind: 13 rows of spam
salads and keyword titles (44401-44413; 0 with a deal or event), 27 of tag, title, embed, head, disclosure and headline
pages (44414-44440; 0), 38 of document stores, student papers, explainers and templates (44441-44478; 2 with deals), 33
of Vietnamese news, features and interviews (44479-44511; 9), 8 of the foreign-language pages rendered in Vietnamese
(44512-44519; 5) and 41 of English copy (44520-44560; 14); 41 rows are English (`english_copy`, 25.6%). 11 rows are
stored in NFD (hand-44423, 44444, 44450, 44467, 44480, 44486, 44491, 44498, 44503, 44505, 44518); 6 use old tone
placement (44433, 44485, 44504 and 44510 "hoá chất", 44444 "oxy hoá", 44513 "thoả thuận"); 60 hold several lines
(headlines and leads, site chrome and timestamps, related links, captions, covers, info boxes, contents, bullet lists,
HTML markup, contact blocks, paywall and comment chrome).

Own wording: every row was drafted in its own order and wording (place-first, amount-first, share-first, target-first,
seller-first, passive, reported speech with the speaker last, split or joined rows), with changed figures, names, dates
and places and the product moved onto the theme (powder coatings, pigments, plating chemicals, glues and resins, gases);
on review against the notes taken from the sampled pages, about 80 drafts that still kept a page's run of facts, its
order or its opening words were rewritten from scratch (the provincial opening and its caption, the board-plant progress
report and top-up, the groundbreaking's workers, group plan and park totals, the chemicals-plant brief, the interview
headline and answers, the paint-feature quotes and figures, the FDI feature's lead and figures, the explainer and
park-report lines, the Bengali, French and Japanese renderings, and nearly all the English rows on the paint market, the
gas contract, the third unit, the gas order, the acquisitions, the tender offer and the legal guides); 5 English rows
were dropped to keep English near a quarter. Nothing was used from ranks 5-8, among them: an epoxy floor-paint plant's
feasibility study (S1 r5), an electrical-equipment licence in a Hà Tĩnh zone (S1 r7), park land leases in Khánh Hòa (S1
r8), paint-market features and their brand figures (S2 r5-r8), a galvanizing plant's cost table and coastal-park figures
(S3 r6, r7), a can plant's groundbreaking with an official's remarks (S6 r5), a glue-plant licence in a Hải Phòng park
(S6 r7), a tyre plant's certificate (S6 r8), a rail-steel line contract (S8 r5), pollution fines on named firms and
their decree articles (S13 r5-r8), a lock-plant joint venture and a window-frame plant (S14 r6, r7), a park
groundbreaking with licences, a paint-expo copy and an investors' handbook (S17 r5-r8), a French group's air separation
units, a gas group's earlier contract and a Thái Nguyên gas-plant certificate (S18 r5-r8), the plastics M&A features
(S19 r5-r8); so the batch has no licence, fine or MoU rows.

Conventions: exactly those of batches 10 and 12-139 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: an opening with its capital is an investment deal and an inauguration "completed", without capital
the event only; a held groundbreaking is a groundbreaking deal and event "started", dated only when the day is written;
a named firm's plan, pledge or top-up is an announced investment; recalled plants, contracts, acquisitions and investor
lines ("X làm chủ đầu tư") are deals without events; an acquisition's deal is the buyer's investment and its event lists
buyer and target; a supply contract lists the supplier first, and an order won is a signed contract (batch 114); a
consortium or joint venture investing is ONE deal of all its members; attendees, hosts and customers are no parties;
existing plants, sales, exports, shares, founding, plans to supply and talks give no deal; plants abroad give no deal
(batch 139); vague amounts are none; "khoảng", "chừng", "gần", "hơn", "cỡ", "about", "roughly", "more than", "passed" are
approximate, "up to" is not; bracketed conversions are both money; yen JPY, euro EUR, baht THB, rand ZAR; capacities,
tonnes, litres, m3, durations, ordinals, page and view counts, counts in words and counts without a noun are no counts,
English counts keep their English noun; m2 and ha are areas; Vietnamese legal forms are normalised ("Công ty cổ phần" ->
"Công ty CP"), foreign ones kept as written ("CO., LTD", "Co.", "Ltd.", "JSC", "LLC"), "Việt Nam", "Viet Nam" and
"Vietnam" are dropped from a foreign subsidiary's name; a bare headline name and the full name in the lead are two
entries when they differ; a bracketed acronym after a name is no second firm, alone it is a firm; site brands are firms
(batch 135); a province inside an organisation's or a portal's name is a mention, inside a firm's name none; datelines
and signing cities are mentions, not sites; Vietnamese country words, English country nouns, possessives and "based in"
are countries, English adjectives, regions and foreign cities nothing, "Việt Nam"/"Vietnam" none; parks and zones
written in Vietnamese are locations (KCN expanded), English ones none; districts need "huyện"/"thị xã"/"TP X" before
July 2025; bylines, uploaders, authors and contacts are persons without role unless a label gives one, initials and
outlets nothing; "TS", "TS.", "Tiến sĩ" are no roles, cover labels ("GVHD", "Giảng viên", "Sinh viên", "Học viên",
"_Nhóm trưởng") are; laws and decrees cited by number are decisions, a law without number none, an effective date is
no decision date; standards (ISO, ASTM, TCVN, BS) none; broken-font text is read as a careful reader would; old tone
placement is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A translation site's copy of a daily's headline and lead, place-first ("Khu công nghiệp Phúc Điền, tỉnh Hải Dương từ
  sáng nay (22/5) có thêm một nhà máy ...: Công ty TNHH Sơn Kurosawa Việt Nam ... đã cắt băng khai trương", 44479) is a
  dated inauguration with the headline's 18 million as capital; "(Baodautu.vn)" is an outlet (nothing); "cơ sở thứ ba
  ..., sau hai nhà máy tại Bình Dương và Đồng Nai" (44481) gives two recalled investment deals of the group, one per
  province, without events.
- Existing plants counted in a remark or a profile (44487 "hãng có ba nhà máy ở Việt Nam", 44535, 44552) give no deal;
  a group's running total in a province ("Gần 24 triệu USD là số vốn Lindqvist đã rót vào Bình Dương tính đến nay",
  44494) is money, no deal; a related-link line on dealers' tinting machines (44489) gives the firm and the count only.
- A provincial paper's opening without capital, object-first and passive (44493), is the group's inauguration sited by
  the park's province; the ceremony caption naming the firm, repeated (44495), is the same event without site and no
  deal; the photo credit's initials are nothing; "Báo Bình Dương điện tử" and "Nguồn: Báo Thái Nguyên" are province
  mentions.
- A progress report on a plant project (44497) gives ONE deal, the investor line in apposition ("do Seohae Chemical CO.,
  LTD ... làm chủ đầu tư"), without event or site; the recalled start ("Khởi công từ quý II/2022") gives no second
  deal, the project name "Seohae Resin Việt Nam" no firm; the amount-first top-up plan in the next row (44498) is an
  announced investment of that amount, the project's total and its conversion money only.
- A forum thread title with an unnamed buyer ("Công ty Nhật rót 21 triệu USD ...") over a passive groundbreaking of a
  named firm (44500) gives one dated groundbreaking and the amount twice; the group's intent to add capital without an
  amount (44502) is an announced investment without amount.
- Park-report bullets naming a park's developer in brackets or with "do X đầu tư" (44469, 44470) are investment deals
  without events or site (batch 130's investor line); a park inside another park gives both parks.
- "Công ty TNHH Platech Surface (Việt Nam) - Singapore" (44504) is "Platech Surface" with the country Singapore; its
  opening with "Vốn bỏ ra 3,6 triệu USD" in the same row is an inauguration with capital.
- A single Vietnamese firm's plant abroad (44512) gives no deal; the joint-venture agreement it signed with a named
  foreign group abroad (44513, "hai bên đã đặt bút ký thoả thuận đầu tư liên doanh tại Kuala Lumpur (Malaysia)") is a
  signed joint_venture event and ONE investment deal of both, without province, like acquisitions abroad (batches 135,
  136); Kuala Lumpur is nothing.
- The Japanese page rendered amount-first ("24 triệu USD (khoảng 2,6 tỷ yen) là vốn của nhà máy ... mà Công ty TNHH Khí
  công nghiệp Hartwig Hải Phòng ... cho chạy hôm 9", 44517) is the unit's inauguration with capital, undated (a day
  without month); the host steel group is a firm mention, no party; "Hải Phòng" inside the unit's name is no mention.
- A related item on a newer resolution under an older story (44516, "Nghị quyết 68-NQ/TW ... 2 triệu doanh nghiệp") is
  a decision and a count, the Politburo an organisation.
- The gas group's object-first supply contract (44529) is dated by its signing day, supplier first, without site (the
  English economic zone is none, Hanoi a mention); its own outlay in the next row (44530) is a separate announced
  investment (batch 114); "the partnership dates from 2009: Hartwig's first gas plant at Bac Son's mill in Hai Duong cost
  18 million US dollars" (44532) a recalled investment sited in Hải Dương's current unit.
- A unit "on stream at Kinh Mon, near Hai Phong" (44533) is an inauguration without site (near a city is not in it),
  Hai Phong a mention; the steelmaker it serves is no party; "Next on Hartwig's list: other factories in the corridor"
  (44536) is no deal.
- A buyer-first order ("Song Hau Steel ... has placed an onsite gas order with Viet Fuji Gas (VFG), the joint venture of
  Fujimori Sanso and Ozeki Shoji", 44537) is a signed supply_contract, supplier first; the JV's parents are mentions; its
  founding and a partner's exit (44539) give no deal.
- A passive announced acquisition with unnamed targets (44540) is the buyer's event alone; the targets named in the next
  row (44541) give one acquisition event and one investment deal of the buyer each; the price row (44542) an announced
  acquisition of the buyer with the amount in yen (the deal amount the yen figure), the parent's 50.1 percent no deal;
  the sellers (44544) give no deal; "the Hong Kong arm" gives the country Hong Kong.
- A seller-first completed sale to two buyers (44546) is ONE investment deal of both and one acquisition event of both,
  target unnamed (named only in the next row, 44547, which gives no deal); "based in Singapore" is the country.
- An RSS teaser telling a target-first stake purchase made "last year" (44548) is a recalled deal without event; a
  tender offer "up to 2.1 billion baht ($61.4 million)" (44551) is an announced acquisition with both amounts, not
  approximate; the headline with an unnamed "Thai resin group" (44549) gives money only, "by vninsight" nothing.
- Spam strings: a lower-case currency ("1,2 tỷ usd", "27 tỷ zar") is money and a capitalised country a location, a
  lower-case country ("ấn độ", "nam phi", "trung quốc") nothing.
- Documents: "CHỦ ĐẦU TƯCÔNG TY CỔ PHẦN KHÍ HÓA LỎNG TÂN PHƯỚC" glued, with "Giám đốc" above a name (44453), gives the
  firm and that role, no deal (a study, not a project); a flattened cover's "ĐẠI HỌC HUẾ" is an organisation and a
  province mention; "Luật Hóa chất số 06/2007/QH12 có hiệu lực từ ngày 01/7/2008" (44472) a decision without date;
  "Bốn trong số 11 KCN" (44468) counts the 11 only; "dưới 60% RH" (44478) a percentage; "Gần 4 phần 10" (44483) and "a
  third" (44552) no percentage."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_141(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HD = cur("Hải Dương")
    BDg = cur("Bình Dương")
    BN = cur("Bắc Ninh")
    LA = cur("Long An")
    DN = cur("Đồng Nai")
    TNi = cur("Tây Ninh")

    ids = iter(range(44401, 44401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam salads and foreign keyword titles (S1 r2 = S3 r1 = S7 r4, S3 r3 = S11 r3, S3 r4 = S7 r3, S7 r2, S8 r1, S8
    # r2, S11 r2, S11 r4, S16 r2: lower-case machinery and chemical keyword strings on foreign domains) ---
    rows += [
        h(
            n(),
            "chi phí dự án dây chuyền mạ kẽm nhúng nóng quy mô nhỏ công suất thấp",
            "2023-11-14",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "capacity_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy trình sản xuất bột sơn tĩnh điện epoxy pdf Tải mẫu miễn phí",
            "2021-03-06",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nhà máy kỹ thuật quy trình bể mạ niken chi phí chỉ số ấn độ",
            "2023-11-14",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tỷ lệ phần trăm idc trong dự án nhà máy khí công nghiệp 27 tỷ zar với Nam Phi",
            "2022-01-04",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "zar_money", "country", "no_event"],
            money=[m(27 * B, "ZAR")],
            locations=[country("Nam Phi")],
            events=[],
        ),
        h(
            n(),
            "nhà máy keo dán gỗ quá trình bồn khuấy biểu tượng nguyên lý làm việc",
            "2023-09-21",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hàm lượng chì thấp chứng nhận ce bột màu oxit sắt than cốc Bảng giá",
            "2023-08-27",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tinh chế hạt mua nhà sản xuất kẽm oxit cho bể mạ điện",
            "2022-07-17",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "hạt tinh chế bột nhôm sơn ánh kim mã hs sản xuất tại trung quốc",
            "2023-06-03",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy trình sản xuất cát thạch anh phun làm sạch bề mặt được chứng nhận ce công suất lớn phổ biến nhất",
            "2023-10-02",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chi phí dự án nhà máy xử lý bề mặt thép quy mô nhỏ nam phi",
            "2023-11-14",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "dây chuyền sơn tĩnh điện tự động giá rẻ ấn độ chi phí vận hành nhà máy",
            "2023-10-02",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_country_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quy trình sản xuất axit sunfuric dùng cho bể mạ pdf Mẫu miễn phí",
            "2021-03-06",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tỷ lệ vốn lưu động trong dự án nhà máy sơn 1,2 tỷ usd với Ai Cập",
            "2022-01-04",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "lowercase_currency", "country", "no_event"],
            money=[m(1.2 * B, "USD")],
            locations=[country("Ai Cập")],
            events=[],
        ),
    ]
    # --- Tag, title, embed, head and disclosure pages (S1 r3, S2 r1 = S5 r2 = S14 r2, S4 r1-r3, S8 r3 r4, S9 r4, S10 r3,
    # S12 r1 r3 r4, S13 r1 r2 r4, S15 r1 r3, S16 r1 r3; the sample's most common kind) ---
    rows += [
        h(
            n(),
            "luật hóa chất sửa đổi",
            "2025-03-18",
            "ministry",
            ["tag_page", "lowercase", "law_without_number_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Loay hoay giữ thị phần ở các tỉnh, doanh nghiệp sơn nội đang bị các hãng ngoại bỏ xa trong cuộc đua công suất đón làn sóng xây nhà xưởng.",
            "2018-04-09",
            "ministry",
            ["tag_summary", "no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sơn tàu biển và sơn bột ở Việt Nam vẫn gần như do các hãng vốn ngoại cung cấp.",
            "2018-04-09",
            "ministry",
            ["tag_summary", "no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "điều kiện sản xuất sơn nước theo quy chuẩn mới",
            "2022-05-11",
            "ministry",
            ["tag_page", "law_firm_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục cấp giấy phép xả thải cho cơ sở xi mạ Lưu trữ",
            "2023-02-20",
            "ministry",
            ["tag_page", "archive_suffix", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mạ điện phân là gì? Giải thích quy trình mạ kẽm, niken, crom đầy đủ nhất",
            "2024-06-12",
            "ministry",
            ["embed_title", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Giấy phép sản xuất keo dán công nghiệp là gì? Hồ sơ cần những gì?",
            "2024-02-26",
            "ministry",
            ["title_page", "question", "consultancy", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sơn tĩnh điện là gì? Quy trình sơn gồm mấy bước?",
            "2024-02-26",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thành phần hóa học ống thép mạ kẽm nhúng nóng bs 1387",
            "2022-08-30",
            "ministry",
            ["vendor_tag", "standard_code_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sơn nội tự lo được nguyên liệu, mở thêm dòng sơn bột\n\nSơn nội tự lo được nguyên liệu, mở thêm dòng sơn bột\n\nHàng nghìn tỷ đồng đã được các doanh nghiệp sơn trong nước đổ vào nhà máy mấy năm qua, chủ yếu cho sơn công nghiệp và sơn bột để thay hàng nhập.",
            "2023-12-05",
            "ministry",
            ["tag_page", "headline_repeated", "vague_amount", "multiline", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tôn mạ màu Việt giữ đơn hàng xuất khẩu nhờ lớp sơn phủ chịu mặn\n\nSản lượng tôn mạ màu xuất đi sau 11 tháng đạt khoảng 2,9 triệu tấn, tăng 14% so với cùng kỳ.",
            "2023-12-05",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "tonnes_no_count",
                "duration_no_count",
                "percentage",
                "multiline",
                "no_event",
            ],
            percentages=[14],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp tôn thép đổi bể mạ cũ sang dây chuyền mạ nhôm kẽm\n\nNhiều nhà máy tôn đã thay bể mạ kẽm truyền thống bằng dây chuyền mạ hợp kim nhôm kẽm, mỗi dây chuyền ngốn vài trăm tỷ đồng.",
            "2023-12-05",
            "ministry",
            ["tag_page", "headline_lead", "vague_amount", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sơn bột nội địa chiếm lĩnh phân khúc tủ điện, khung xe\n\nKhoảng 70% lượng sơn bột dùng cho tủ điện và khung xe máy trong nước nay do doanh nghiệp Việt cung cấp.",
            "2023-12-05",
            "ministry",
            ["tag_page", "headline_lead", "percentage", "multiline", "no_event"],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "CBTT nghị quyết HĐQT về việc nhận chuyển nhượng cổ phần Công ty CP Sơn Hải Đăng và bổ sung tài liệu họp ĐHCĐ bất thường 2023",
            "2023-09-14",
            "ministry",
            ["disclosure_title", "buyer_unnamed_no_deal", "no_event"],
            firms=[f("Sơn Hải Đăng", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            '<title>Thủ tục điều chỉnh giấy phép môi trường cho nhà máy mạ | Tin tức - ThauTin.info</title>\n<meta name="description" content="Thủ tục điều chỉnh giấy phép môi trường cho nhà máy mạ - Blog - Tin tức">\n<meta name="author" content="ThauTin.info - Phần mềm săn tin thầu">',
            "2024-08-19",
            "legal",
            ["html_head", "site_brand_firm", "multiline", "no_event"],
            firms=[f("ThauTin.info")],
            events=[],
        ),
        h(
            n(),
            "trình tự cấp lại giấy phép môi trường cơ sở xi mạ",
            "2023-02-20",
            "ministry",
            ["tag_page", "law_firm_tag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thủ tục chuyển đổi hộ kinh doanh sơn thành công ty TNHH 1 thành viên",
            "2022-05-11",
            "ministry",
            ["tag_page", "law_firm_tag", "generic_form_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xử lý cơ sở mạ vi phạm",
            "2021-07-08",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thu hồi giấy phép cơ sở xi mạ",
            "2021-07-08",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xử phạt nhà máy hoá chất xả thải",
            "2021-07-08",
            "ministry",
            ["tag_page", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhà máy luyện cán thép Vạn Xuân xin đổ 2,3 triệu m3 xỉ ra bãi ven sông",
            "2018-05-16",
            "ministry",
            ["headline_only", "plant_named_by_brand_no_firm", "volume_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chinh sach dai ly, chinh sach chiet khau, chinh sach phan phoi son",
            "2021-09-01",
            "ministry",
            ["title_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đưa keo dán Việt vào chuỗi cung ứng",
            "2022-10-27",
            "ministry",
            ["tag_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gần 120 ha cụm công nghiệp dành cho nghề mạ vẫn bỏ trống phần lớn, vì chưa có cơ chế nào kéo các cơ sở mạ vào",
            "2019-06-24",
            "ministry",
            ["tag_summary", "area", "approx", "no_place", "no_event"],
            areas=[ha(120, True)],
            events=[],
        ),
        h(
            n(),
            "Cơ sở mạ nhỏ lẻ trong khu dân cư vẫn chần chừ chưa vào cụm công nghiệp vì giá thuê đất và phí xử lý nước thải đều cao.",
            "2019-06-24",
            "ministry",
            ["tag_summary", "no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ho tro di doi co so xi ma theo quy hoach cum cong nghiep",
            "2020-11-03",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận cơ sở đủ điều kiện kinh doanh khí công nghiệp",
            "2022-05-11",
            "ministry",
            ["tag_page", "law_firm_tag", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Document stores, student papers, explainers and templates (S2 r3 = S5 r3 = S14 r4, S3 r2, S4 r4 = S10 r4, S7 r1,
    # S9 r1-r3, S10 r1 = S12 r2, S10 r2, S11 r1, S13 r3, S15 r2, S15 r4) ---
    rows += [
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (27 trang)\n\nBÀI TẬP NHÓM MÔN QUẢN TRỊ CHIẾN LƯỢC PHÂN TÍCH NGÀNH SƠN CÔNG NGHIỆP\n\nBạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ của tài liệu tại đây (812.4 KB, 27 trang )",
            "2014-06-02",
            "ministry",
            [
                "document_store",
                "download_chrome",
                "page_counts_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "BÀI TẬP\n\nMÔN QUẢN TRỊ CHIẾN LƯỢC\n\nPHÂN TÍCH NGÀNH SƠN CÔNG NGHIỆP\n\nGVHD : Tiến sĩ Phạm Quang Vinh\nSinh viên: Đỗ Minh Khoa\nMSSV: 12954108\n\nCần Thơ, 05.2014",
            "2014-06-02",
            "ministry",
            [
                "document_store",
                "student_cover",
                "label_roles",
                "title_no_role",
                "student_id_nothing",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Phạm Quang Vinh", "GVHD"), per("Đỗ Minh Khoa", "Sinh viên")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            n(),
            "MỤC LỤC\n\nI. KHÁI QUÁT NGÀNH SƠN 3\n1.1 Khái niệm 3\n1.2 Vai trò của sơn công nghiệp 4\n1.3 Các giai đoạn phát triển của ngành Sơn Việt Nam 5\nII. MÔI TRƯỜNG CẠNH TRANH 9\n2.1 Năm áp lực cạnh tranh 9\n2.2 Ma trận SWOT 14",
            "2014-06-02",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "page_numbers_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "1.1 Khái niệm :\nLớp phủ bề mặt, tức sơn, gồm chất tạo màng, bột màu, dung môi và phụ gia; nó đựợc phun hoặc quét lên vật liệu để chống ăn mòn, chống oxy hoá và tạo màu.",
            "2014-06-02",
            "ministry",
            ["document_store", "typo", "old_tone", "nfd", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "DÂY CHUYỀN MẠ KẼM NHÚNG NÓNG\n\nCẤU TẠO, THÔNG SỐ VÀ LỢI ÍCH CHO NHÀ MÁY\n\nLớp kẽm dày 60–100 µm giúp kết cấu thép ngoài trời bền 25–40 năm, nếu dây chuyền đạt các tiêu chuẩn ASTM A123, ISO 1461 và TCVN 5408.",
            "2025-10-20",
            "ministry",
            [
                "vendor_explainer",
                "caps_heading",
                "standards_nothing",
                "duration_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Muốn lớp mạ đều, thợ vận hành canh bể ở 445–455°C và nhấc mẻ sau 3–5 phút; phần điều khiển PLC thì giúp tiết kiệm chừng 18% tiền điện.",
            "2025-10-20",
            "ministry",
            ["vendor_explainer", "temperature_nothing", "duration_no_count", "percentage"],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Khí HCl từ bể tẩy được hút về tháp xử lý, còn xỉ kẽm được gom lại để bán cho cơ sở tái chế.",
            "2025-10-20",
            "ministry",
            ["vendor_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Riêng 9 tháng năm 2024 có 2.094 dự án FDI(2) được cấp giấy chứng nhận đăng ký đầu tư, trong tổng số 121.305(1) doanh nghiệp lập mới.",
            "2024-10-21",
            "ministry",
            ["consultancy_explainer", "footnote_marker", "count", "national_total_no_deal", "no_event"],
            quantities=[c(121305, "doanh nghiệp"), c(2094, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ pháp lý:\n- Luật Đầu tư số 61/2020/QH14;\n- Nghị định 31/2021/NĐ-CP hướng dẫn chi tiết Luật Đầu tư;\n- Thông tư 25/2023/TT-BKHĐT sửa đổi mẫu văn bản, báo cáo về đầu tư.",
            "2024-10-21",
            "legal",
            [
                "consultancy_explainer",
                "legal_bases_list",
                "law_number",
                "decree_number",
                "circular_number",
                "multiline",
                "no_event",
            ],
            decisions=[d("61/2020/QH14"), d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Không có giấy chứng nhận đăng ký đầu tư thì xưởng mạ, xưởng sơn của nhà đầu tư nước ngoài chưa thể triển khai hợp pháp.",
            "2024-10-21",
            "ministry",
            ["consultancy_explainer", "no_fields", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bài viết dưới đây giải thích IRC gồm những nội dung gì, nộp hồ sơ ở cơ quan nào và chờ bao lâu.",
            "2024-10-21",
            "ministry",
            ["consultancy_explainer", "acronym_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            'Tải bản đầy đủ (.docx) (58 trang)\n\nDự án nhà máy sản xuất khí công nghiệp oxy – nitơ lỏng\n\n<span class="text_page_counter">Trang 1</span><div class="page_container" data-page="1">\n\n<b>THUYẾT MINH DỰ ÁN ĐẦU TƯ</b>\n\n<b>NHÀ MÁY SẢN XUẤT KHÍ CÔNG NGHIỆP</b>\n\n<b>Địa điểm: </b>\n\nBà Rịa - Vũng Tàu',
            "2021-09-13",
            "ministry",
            [
                "document_store",
                "html_markup",
                "feasibility_study",
                "label_place",
                "page_counter_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            events=[],
        ),
        h(
            n(),
            "<b>CHỦ ĐẦU TƯCÔNG TY CỔ PHẦN KHÍ HÓA LỎNG TÂN PHƯỚC</b>\n\n<i>Giám đốc</i>\n\n<b>Lương Đình Khải</b>",
            "2021-09-13",
            "ministry",
            [
                "document_store",
                "html_markup",
                "glued_words",
                "caps_firm",
                "label_role_above_name",
                "investor_label_no_project_no_deal",
                "multiline",
                "no_event",
            ],
            firms=[f("Khí hóa lỏng Tân Phước", "Công ty CP")],
            persons=[per("Lương Đình Khải", "Giám đốc")],
            events=[],
        ),
        h(
            n(),
            "II. ĐÁNH GIÁ NHU CẦU THỊ TRƯỜNG...14\n2.1. Nhu cầu oxy, nitơ của các nhà máy thép và đóng tàu...14\n2.2. Tình hình cung ứng khí công nghiệp trong vùng...16\nIII. QUY MƠ CỦA DỰ ÁN...18\n3.1. Các hạng mục xây dựng...18",
            "2021-09-13",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "broken_font",
                "page_numbers_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "CHƯƠNG I. MỞ ĐẦU...4\nI. GIỚI THIỆU VỀ CHỦ ĐẦU TƯ...4\nII. MÔ TẢ SƠ BỘ THÔNG TIN DỰ ÁN...4\nIV. CÁC CĂN CỨ PHÁP LÝ...6\n1.3. Nhu cầu khí của ngành đóng tàu ven biển...12",
            "2021-09-13",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "page_numbers_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.doc) (41 trang)\n\nTiểu luận môn mua bán sáp nhập doanh nghiệp thương vụ ngành sơn\n\nTRƯỜNG ĐẠI HỌC NGÂN HÀNG TP.HỒ CHÍ MINH\nKHOA TÀI CHÍNH\n-----------\n\nMÔN HỌC: MUA BÁN VÀ SÁP NHẬP DOANH NGHIỆP\n\nGiảng viên: TS. Lâm Thị Ngọc Trâm\nNhóm thực hiện: Nhóm 4\nLớp: TC03_K27\n\nTP.Hồ Chí Minh, năm 2018",
            "2018-12-10",
            "ministry",
            [
                "document_store",
                "course_paper_cover",
                "caps_org",
                "faculty_nothing",
                "label_role",
                "title_no_role",
                "group_number_no_count",
                "place_date_line",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Ngân hàng TP. Hồ Chí Minh"],
            persons=[per("Lâm Thị Ngọc Trâm", "Giảng viên")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Danh sách thành viên:\n1. Huỳnh Gia Phát_Nhóm trưởng\nĐT: 0908412735\n2. Tô Ngọc Bích\n3. Lạc Minh Thư\n4. Quách Thị Hồng Nhung",
            "2018-12-10",
            "ministry",
            ["document_store", "member_list", "underscore_role", "phone_nothing", "multiline", "no_event"],
            persons=[
                per("Huỳnh Gia Phát", "Nhóm trưởng"),
                per("Tô Ngọc Bích", None),
                per("Lạc Minh Thư", None),
                per("Quách Thị Hồng Nhung", None),
            ],
            events=[],
        ),
        h(
            n(),
            "I – KHÁI NIỆM VÀ PHÂN LOẠI M&A ........................ 5\nII – ĐỘNG CƠ CỦA BÊN MUA TRONG NGÀNH SƠN ........................ 8\nIII – KHI HÃNG SƠN NỘI ĐỔI CHỦ: MỘT THƯƠNG VỤ TIÊU BIỂU ........................ 12",
            "2018-12-10",
            "ministry",
            ["document_store", "table_of_contents", "dotted_leaders", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "VẤN ĐỀ MUA BÁN VÀ SÁP NHẬP DOANH NGHIỆP HÓA CHẤT BỘ GIÁO DỤC VÀ ĐÀO TẠO ĐẠI HỌC HUẾ NHÓM 2: 1.Trịnh Thị Mai Anh 2.Võ Hoàng Long 3.Đặng Ngọc Hân LỚP: K.27.QTKD.H1 BÀI TẬP MÔN TÀI CHÍNH DOANH NGHIỆP Huế – Năm 2014 MỤC LỤC Trang MỞ ĐẦU 01 CHƯƠNG 1. TỔNG QUAN 02",
            "2014-11-25",
            "ministry",
            [
                "document_store",
                "flattened_cover",
                "caps_org",
                "province_in_org_name",
                "numbered_members",
                "class_code_nothing",
                "place_date_line",
                "no_event",
            ],
            organizations=["Bộ Giáo dục và Đào tạo", "Đại học Huế"],
            persons=[per("Trịnh Thị Mai Anh", None), per("Võ Hoàng Long", None), per("Đặng Ngọc Hân", None)],
            provinces=[pv("Huế")],
            events=[],
        ),
        h(
            n(),
            "2.1. THỰC TRẠNG M&A NGÀNH HÓA CHẤT VIỆT NAM 25 2.1.1. Giai đoạn 2005 – 2010 25 2.1.2. Giai đoạn 2011 – 2014 27 2.2. XU HƯỚNG THỜI GIAN TỚI 29",
            "2014-11-25",
            "ministry",
            ["document_store", "flattened_toc", "page_numbers_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ TP HỒ CHÍ MINH KHOA TÀI CHÍNH TIỂU LUẬN MÔN ĐỊNH GIÁ DOANH NGHIỆP ĐỀ TÀI: ĐỊNH GIÁ MỘT HÃNG SƠN NIÊM YẾT TRƯỚC THƯƠNG VỤ BÁN CỔ PHẦN GVHD: TS NGÔ VĂN TUẤN HỌC VIÊN: PHAN THỊ KIỀU OANH MÃ SỐ HỌC VIÊN: 221302118 LỚP: KẾ TỐN KHĨA: CAO HỌC K32.2 TP HỒ CHÍ MINH, THÁNG 6 NĂM 2023",
            "2023-07-04",
            "ministry",
            [
                "document_store",
                "flattened_cover",
                "broken_font",
                "caps_org",
                "caps_person",
                "label_roles",
                "student_id_nothing",
                "place_date_line",
                "no_event",
            ],
            organizations=["Trường Đại học Kinh tế TP. Hồ Chí Minh"],
            persons=[per("Ngô Văn Tuấn", "GVHD"), per("Phan Thị Kiều Oanh", "Học viên")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "intTypePromotion=1\nADSENSE\n\nQuyết định 1342/QĐ-TTg năm 2016\n\nChia sẻ: Lê Thu Hà | Ngày: | Loại File: PDF | Số trang:23\n\n95\nlượt xem\n6\ndownload",
            "2016-08-02",
            "legal",
            [
                "document_store",
                "uploader_person",
                "view_counts_no_count",
                "year_no_date",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Thu Hà", None)],
            decisions=[d("1342/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            'Quyết định 1342/QĐ-TTg năm 2016 phê duyệt "Quy hoạch phát triển ngành sơn và chất phủ Việt Nam đến năm 2025, tầm nhìn đến năm 2035" do Thủ tướng Chính phủ ban hành.\n\nChủ đề:\nLưu\n\nNội dung Text: Quyết định 1342/QĐ-TTg năm 2016',
            "2016-08-02",
            "legal",
            [
                "document_store",
                "decision_summary",
                "planning_no_deal",
                "repeated_number",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1342/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            "1. THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ------- Độc lập - Tự do - Hạnh phúc --------------- Số: 1342/QĐ-TTg Hà Nội, ngày 08 tháng 07 năm 2016 QUYẾT ĐỊNH PHÊ DUYỆT QUY HOẠCH PHÁT TRIỂN NGÀNH SƠN VÀ CHẤT PHỦ THỦ TƯỚNG CHÍNH PHỦ Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Xét đề nghị của Bộ trưởng Bộ Công Thương tại Tờ trình số 3915/TTr-BCT ngày 22 tháng 4 năm 2016 và công văn số 5267/BCT-HC ngày 10 tháng 6 năm 2016,",
            "2016-08-02",
            "legal",
            [
                "flattened_legal_header",
                "place_date_line",
                "decision_dated",
                "submission_number",
                "official_letter_code",
                "law_without_number_no_decision",
                "role_without_name",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ", "Bộ Công Thương"],
            provinces=[pv("Hà Nội")],
            decisions=[
                d("1342/QĐ-TTg", "2016-07-08"),
                d("3915/TTr-BCT", "2016-04-22"),
                d("5267/BCT-HC", "2016-06-10"),
            ],
            events=[],
        ),
        h(
            n(),
            "QUYẾT ĐỊNH: Điều 1. Phê duyệt Quy hoạch phát triển ngành sơn và chất phủ Việt Nam với những nội dung chủ yếu sau: 1. Quan điểm phát triển a) Phát triển ngành sơn và chất phủ bền vững, gắn với yêu cầu bảo vệ môi trường và giảm dung môi độc hại;",
            "2016-08-02",
            "legal",
            ["flattened_legal_body", "article_numbering", "planning_no_deal", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xây xưởng mạ, xưởng sơn trong KCN: năm lưu ý cho nhà đầu tư\n\nMỗi KCN, mỗi tỉnh lại có quy định riêng về xây dựng, nên khâu này thường kéo dài hơn nhà đầu tư dự tính, kể cả khi đã có IRC và ERC.",
            "2022-03-29",
            "ministry",
            [
                "consultancy_explainer",
                "headline_lead",
                "generic_park_no_location",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "1. Giấy phép xây dựng:\n\na. Bản vẽ tổng mặt bằng, mặt đứng nên được gửi chủ đầu tư hạ tầng góp ý trước khi nộp;\n\nb. Giấy phép do Ban quản lý KCN cấp, không phải Sở Xây dựng.",
            "2022-03-29",
            "ministry",
            [
                "consultancy_explainer",
                "numbered_steps",
                "bare_unit_no_org",
                "nfd",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.doc) (9 trang)\n\nTăng cường quản lý chất thải nguy hại tại các cơ sở mạ trong khu công nghiệp\n\nBốn trong số 11 KCN của tỉnh (tổng cộng 2.915,4 ha, đều nằm trong quy hoạch KCN cả nước do Thủ tướng Chính phủ duyệt) đã vận hành.",
            "2016-04-11",
            "ministry",
            [
                "document_store",
                "download_chrome",
                "count",
                "count_in_words",
                "area",
                "unnamed_province",
                "multiline",
                "no_event",
            ],
            organizations=["Thủ tướng Chính phủ"],
            quantities=[c(11, "KCN")],
            areas=[ha(2915.4)],
            events=[],
        ),
        h(
            n(),
            "- KCN Yên Lạc Đông (Công ty CP Phát triển hạ tầng Yên Lạc Đông làm chủ đầu tư): 97 dự án, lấp đầy 76,4% giai đoạn I rộng 312 ha vận hành từ 2006; giai đoạn II 158,2 ha còn đang giải phóng mặt bằng.",
            "2016-04-11",
            "ministry",
            [
                "document_store",
                "park_list_bullet",
                "park_developer_investor_line",
                "deal_no_event",
                "park",
                "count",
                "area",
                "percentage",
                "no_event",
            ],
            firms=[f("Phát triển hạ tầng Yên Lạc Đông", "Công ty CP")],
            percentages=[76.4],
            quantities=[c(97, "dự án")],
            areas=[ha(312), ha(158.2)],
            locations=[park("Khu công nghiệp Yên Lạc Đông")],
            deals=[deal("investment", ["Phát triển hạ tầng Yên Lạc Đông"])],
            events=[],
        ),
        h(
            n(),
            "- KCN Dệt nhuộm Tân Lập, một phần của KCN Yên Lạc Đông, do Công ty TNHH Hạ tầng Dệt nhuộm Tân Lập đầu tư: lấp đầy 100% với 12 dự án trên khoảng 27,4 ha giai đoạn I.",
            "2016-04-11",
            "ministry",
            [
                "document_store",
                "park_list_bullet",
                "park_within_park",
                "park_developer_investor_line",
                "deal_no_event",
                "count",
                "area",
                "approx",
                "percentage",
                "no_event",
            ],
            firms=[f("Hạ tầng Dệt nhuộm Tân Lập", "Công ty TNHH")],
            percentages=[100],
            quantities=[c(12, "dự án")],
            areas=[ha(27.4, True)],
            locations=[park("Khu công nghiệp Dệt nhuộm Tân Lập"), park("Khu công nghiệp Yên Lạc Đông")],
            deals=[deal("investment", ["Hạ tầng Dệt nhuộm Tân Lập"])],
            events=[],
        ),
        h(
            n(),
            "• Bản rút gọn\n\n• Bản đầy đủ (VN)\n\n• Bản đầy đủ (EN)\n\nHỢP ĐỒNG ĐẠI LÝ PHÂN PHỐI KEO DÁN\n\n(HỢP ĐỒNG KHUNG)\n\ngiữa\n\nBên giao đại lý là\n\nCÔNG TY [...]\n\nHợp đồng số : [...]",
            "2023-05-15",
            "legal",
            [
                "contract_template",
                "placeholder_no_firm",
                "version_menu",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Căn cứ:\n\n• Bộ luật Dân sự số 91/2015/QH13 ngày 24/11/2015.\n• Luật Thương mại số 36/2005/QH11 ngày 14/6/2005.\n• Luật Hóa chất số 06/2007/QH12 có hiệu lực từ ngày 01/7/2008.",
            "2023-05-15",
            "legal",
            [
                "contract_template",
                "legal_bases_list",
                "law_number",
                "effective_date_not_decision_date",
                "multiline",
                "no_event",
            ],
            decisions=[d("91/2015/QH13", "2015-11-24"), d("36/2005/QH11", "2005-06-14"), d("06/2007/QH12")],
            events=[],
        ),
        h(
            n(),
            'Đại diện theo pháp luật\n\n:\n\n[...]           Chức vụ: [...]\n\n(sau đây gọi là "Bên giao đại lý")',
            "2023-05-15",
            "legal",
            ["contract_template", "placeholder_no_person", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1. Trang chủ\n  2. » Kinh Doanh - Tiếp Thị\n\nSổ tay thâu tóm doanh nghiệp hóa chất tại Việt Nam\n\n31 2,4K 19\nTài liệu đã được kiểm tra trùng lặp\n\nĐang tải... (xem toàn văn)",
            "2020-02-17",
            "ministry",
            ["document_store", "breadcrumbs", "counters_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "THÔNG TIN TÀI LIỆU\n\nTiêu đề Sổ tay thâu tóm doanh nghiệp hóa chất tại Việt Nam\nTác giả Trần Bảo Khánh\nChuyên ngành Mua bán - Sáp nhập (M&A)\nThể loại Sổ tay\nSố trang 31\nDung lượng 611,27 KB",
            "2020-02-17",
            "ministry",
            ["document_store", "info_box", "author_no_role", "page_count_no_count", "multiline", "no_event"],
            persons=[per("Trần Bảo Khánh", None)],
            events=[],
        ),
        h(
            n(),
            "Mục lục\n\n1469121518232730\n\nChương 1: Tổng quan thâu tóm trong ngành hóa chất\nChương 2: Khung pháp lý cho M&A\nChương 3: Thẩm định (Due Diligence)",
            "2020-02-17",
            "ministry",
            [
                "document_store",
                "glued_page_numbers",
                "table_of_contents",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "11\n2025\n\n5 NGUYÊN NHÂN KHIẾN LỚP SƠN TĨNH ĐIỆN BONG TRÓC VÀ CÁCH KHẮC PHỤC\n\n7 TIÊU CHÍ CHỌN LÒ SẤY SƠN BỘT CHO XƯỞNG CƠ KHÍ\n7 TIÊU CHÍ CHỌN LÒ SẤY SƠN BỘT CHO XƯỞNG CƠ KHÍ",
            "2025-11-06",
            "ministry",
            [
                "vendor_explainer",
                "date_stub_no_date",
                "caps_heading",
                "related_post_repeated",
                "count_in_heading_no_noun",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "2.1. Kiểm soát nhiệt độ lò sấy – tránh lớp sơn non hoặc cháy vàng\n\nGiữ 180–200°C trong 10–15 phút là dải thường dùng cho bột polyester; độ ẩm phòng phun nên dưới 60% RH.",
            "2025-11-06",
            "ministry",
            [
                "vendor_explainer",
                "temperature_nothing",
                "duration_no_count",
                "percentage",
                "multiline",
                "no_event",
            ],
            percentages=[60],
            events=[],
        ),
    ]
    # --- Vietnamese news: a translation site's copy of a business daily's headline and lead on a Japanese paint maker's
    # plant opening (S1 r1 = S2 r2 = S5 r1 = S6 r1 = S14 r1 = S17 r2, six slots) ---
    rows += [
        h(
            n(),
            "Hải Dương có thêm nhà máy sơn bột 18 triệu USD của Kurosawa\n(Baodautu.vn) Khu công nghiệp Phúc Điền, tỉnh Hải Dương từ sáng nay (22/5) có thêm một nhà máy sơn bột và sơn công nghiệp: Công ty TNHH Sơn Kurosawa Việt Nam, thành viên của hãng sơn Nhật Bản cùng tên, đã cắt băng khai trương.",
            "2011-05-22",
            "ministry",
            [
                "translation_site_copy",
                "headline_lead",
                "place_first",
                "inauguration_with_capital",
                "headline_amount_is_deal_amount",
                "bare_headline_name_second_entry",
                "vietnam_dropped",
                "outlet_nothing",
                "deal_date",
                "multiline",
            ],
            firms=[f("Kurosawa"), f("Sơn Kurosawa", "Công ty TNHH")],
            provinces=[pv("Hải Dương")],
            money=[m(18 * M, "USD")],
            locations=[park("Khu công nghiệp Phúc Điền"), country("Nhật Bản")],
            deals=[deal("investment", ["Sơn Kurosawa"], 18 * M, HD, "2011-05-22")],
            events=[ev("inauguration", [F("Sơn Kurosawa")], 18 * M, "USD", HD, "completed")],
        ),
        h(
            n(),
            "Mỗi năm xưởng sẽ ra chừng 12.000 tấn sơn bột và sơn gốc dung môi cho tôn mạ màu, khung xe máy, tủ điện; mặt bằng 45.000m2, vốn đăng ký 18 triệu USD.",
            "2011-05-22",
            "ministry",
            ["no_party_no_deal", "area", "tonnes_no_count", "nfd", "no_event"],
            money=[m(18 * M, "USD")],
            areas=[ha(4.5)],
            events=[],
        ),
        h(
            n(),
            "Đây là cơ sở thứ ba của Kurosawa ở Việt Nam, sau hai nhà máy tại Bình Dương và Đồng Nai, ông Takeda Hiroshi, Tổng giám đốc Sơn Kurosawa Việt Nam, cho biết.",
            "2011-05-22",
            "ministry",
            [
                "recalled_plants",
                "deal_no_event",
                "ordinal_no_count",
                "count_in_words",
                "role_after_name",
                "firm_in_role",
                "no_event",
            ],
            firms=[f("Kurosawa"), f("Sơn Kurosawa")],
            persons=[per("Takeda Hiroshi", "Tổng giám đốc Sơn Kurosawa Việt Nam")],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            deals=[deal("investment", ["Kurosawa"], None, BDg), deal("investment", ["Kurosawa"], None, DN)],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch, giai đoạn 2 sẽ nâng công suất lên gấp đôi từ năm 2013; hàng chủ yếu bán cho các nhà máy tôn, thép và xe máy ở phía Bắc.",
            "2011-05-22",
            "ministry",
            ["no_party_no_deal", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a business weekly's FDI feature with its related links (S1 r4) ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Hóa chất, sơn và vật liệu phủ nằm trong nhóm ngành vẫn hút được vốn ngoại đều đặn năm 2024, khi nhiều lĩnh vực khác chững lại.\n- Gần 4 phần 10 vốn FDI mới đổ vào Đông Nam bộ\n- Hàn Quốc rót thêm tỉ đô cho các nhà máy vật liệu bán dẫn",
            "2024-10-14",
            "ministry",
            [
                "feature_lead",
                "outlet_nothing",
                "related_links",
                "region_nothing",
                "vague_amount",
                "country",
                "multiline",
                "no_event",
            ],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Chừng 24,78 tỉ đô la Mỹ vốn ngoại đã vào Việt Nam trong 9 tháng đầu năm 2024, hơn cùng kỳ 11,6%, sau một năm 2023 mà vốn đăng ký mới hụt khoảng 9%.",
            "2024-10-14",
            "ministry",
            ["national_total_no_deal", "percentage", "approx", "duration_no_count", "no_event"],
            percentages=[11.6, 9],
            money=[m(24.78 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư vẫn dè dặt trước những dự án hoá chất cần nhiều vốn, khi lãi suất toàn cầu còn cao và căng thẳng địa chính trị chưa dịu.",
            "2024-10-14",
            "ministry",
            ["background", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tăng tốc quý cuối\nPhần lớn mức tăng đến từ các nhà đầu tư cũ mở rộng dự án, nhất là trong điện tử và hóa chất, theo Tổng cục Thống kê.",
            "2024-10-14",
            "ministry",
            ["subheading", "statistics_office", "nfd", "multiline", "no_event"],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a blog's repost of a paint-market feature with a group chairman's remarks, association figures
    # and a related link (S2 r4) ---
    rows += [
        h(
            n(),
            "Khoảng 35% thị phần sơn chống ăn mòn đang thuộc về Tập đoàn Vandermeer Coatings (Hà Lan), hãng có ba nhà máy ở Việt Nam, hai trong số đó làm sơn tàu biển, theo ông Maarten de Vries, Chủ tịch HĐQT kiêm Tổng giám đốc tập đoàn.",
            "2016-12-08",
            "ministry",
            [
                "blog_repost",
                "share_first",
                "role_after_name",
                "existing_plants_no_deal",
                "count_in_words",
                "country_bracket",
                "percentage",
                "no_event",
            ],
            firms=[f("Vandermeer Coatings", "Tập đoàn")],
            persons=[per("Maarten de Vries", "Chủ tịch HĐQT kiêm Tổng giám đốc tập đoàn")],
            percentages=[35],
            locations=[country("Hà Lan")],
            events=[],
        ),
        h(
            n(),
            "Cả nước nay có khoảng 450 doanh nghiệp làm sơn, con số tăng nhanh từ sau năm 2008, Hiệp hội Sơn và Mực in Việt Nam (Hiệp hội) thống kê.",
            "2016-12-08",
            "ministry",
            ["blog_repost", "association", "bracketed_short_name", "count", "approx", "no_event"],
            organizations=["Hiệp hội Sơn và Mực in Việt Nam"],
            quantities=[c(450, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Sơn Đại Dương lắp thêm 300 máy pha màu tại đại lý |",
            "2016-12-08",
            "ministry",
            ["blog_repost", "related_link_line", "equipment_at_dealers_no_deal", "count", "no_event"],
            firms=[f("Sơn Đại Dương")],
            quantities=[c(300, "máy pha màu")],
            events=[],
        ),
        h(
            n(),
            "Giới thiệu với bạn các hãng sơn đang có mặt tại Việt Nam",
            "2016-12-08",
            "ministry",
            ["blog_repost", "blog_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Hãng lớn nào trên thế giới cũng đã vào Việt Nam, tự lập nhà máy 100% vốn hoặc bắt tay một công ty trong nước; sản lượng năm 2015 cỡ 310 triệu lít, sơn công nghiệp chừng 95 triệu lít”, Chủ tịch Hiệp hội Lưu Văn Thái nói.",
            "2016-12-08",
            "ministry",
            [
                "blog_repost",
                "quote_first",
                "role_before_name",
                "role_bare_unit",
                "litres_no_count",
                "percentage",
                "nfd",
                "no_event",
            ],
            persons=[per("Lưu Văn Thái", "Chủ tịch Hiệp hội")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Các nhãn nội như Sơn Hòa Phong, Sơn Lam Kiều, Trường An, Minh Việt phải chen chân cùng hàng trăm doanh nghiệp khác; 21 văn phòng đại diện của các nhà cung cấp nguyên liệu nước ngoài cũng đang tính tự làm sơn.",
            "2016-12-08",
            "ministry",
            ["blog_repost", "brand_list_firms", "count", "vague_count", "no_event"],
            firms=[f("Sơn Hòa Phong"), f("Sơn Lam Kiều"), f("Trường An"), f("Minh Việt")],
            quantities=[c(21, "văn phòng đại diện")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial paper's report of a Swedish group's glue and wood-coatings plant opening, with
    # site chrome, timestamp, caption, byline (S5 r4) ---
    rows += [
        h(
            n(),
            "Báo Bình Dương điện tử\nEn\n\nTập đoàn Lindqvist khánh thành nhà máy keo dán gỗ tại Bình Dương\n\n09:42, 17/08/2013\n\n(BD)- Nhà máy keo dán và sơn phủ đồ gỗ của Tập đoàn Lindqvist (Thụy Điển) tại Khu công nghiệp Nam Tân Uyên, huyện Tân Uyên đã được khánh thành hôm 16-8.",
            "2013-08-17",
            "provincial",
            [
                "site_chrome",
                "portal_name_province",
                "headline_lead",
                "timestamp",
                "dateline_initials_nothing",
                "inauguration_no_capital",
                "object_first_passive",
                "country_bracket",
                "park",
                "district",
                "multiline",
            ],
            firms=[f("Lindqvist", "Tập đoàn")],
            provinces=[pv("Bình Dương")],
            locations=[
                country("Thụy Điển"),
                park("Khu công nghiệp Nam Tân Uyên"),
                district("huyện Tân Uyên"),
            ],
            events=[ev("inauguration", [F("Lindqvist")], None, None, BDg, "completed")],
        ),
        h(
            n(),
            "Gần 24 triệu USD là số vốn Lindqvist đã rót vào Bình Dương tính đến nay; nhà máy mới, cơ sở thứ ba của tập đoàn ở Việt Nam, sẽ làm keo và chất phủ hoàn thiện cho đồ gỗ xuất khẩu.",
            "2013-08-17",
            "provincial",
            ["cumulative_total_no_deal", "ordinal_no_count", "approx", "no_event"],
            firms=[f("Lindqvist")],
            provinces=[pv("Bình Dương")],
            money=[m(24 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo Lindqvist và khách mời cắt băng tại lễ khánh thành. Ảnh: T.Hòa\nLãnh đạo Lindqvist và khách mời cắt băng tại lễ khánh thành. Ảnh: T.Hòa",
            "2013-08-17",
            "provincial",
            [
                "caption_repeated",
                "caption_inauguration",
                "attendees_no_party",
                "initials_credit_nothing",
                "no_site",
                "multiline",
            ],
            firms=[f("Lindqvist")],
            events=[ev("inauguration", [F("Lindqvist")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Một chứng chỉ ISO 14001:2015 về quản lý môi trường cũng được trao cho Lindqvist ngay trong buổi lễ.\n\nHoàng Vi\n\nTin đọc nhiều\nLiên kết website",
            "2013-08-17",
            "provincial",
            [
                "certificate_no_deal",
                "standard_nothing",
                "byline_person",
                "site_chrome",
                "multiline",
                "no_event",
            ],
            firms=[f("Lindqvist")],
            persons=[per("Hoàng Vi", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a construction site's repost of a provincial paper on a Korean resin-glue plant's progress,
    # with its comment chrome (S6 r2) ---
    rows += [
        h(
            n(),
            "Nhà máy nhựa keo ở Phổ Yên đã xong 85% khối lượng\n\nKhởi công từ quý II/2022 trên 62.000 m2 ở Khu công nghiệp Yên Bình (TP Phổ Yên), dự án nhựa keo Seohae Resin Việt Nam – do Seohae Chemical CO., LTD, doanh nghiệp có trụ sở ở Hàn Quốc, làm chủ đầu tư – nay đã xong phần lớn hạ tầng và nhà xưởng.",
            "2023-06-19",
            "ministry",
            [
                "repost",
                "headline_lead",
                "project_name_no_firm",
                "investor_line_apposition",
                "recalled_start_no_second_deal",
                "deal_no_event",
                "bare_place_nothing",
                "quarter_no_date",
                "foreign_form_kept",
                "percentage",
                "area",
                "district",
                "multiline",
                "no_event",
            ],
            firms=[f("Seohae Chemical", "CO., LTD")],
            percentages=[85],
            areas=[ha(6.2)],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Yên Bình"), district("TP Phổ Yên")],
            deals=[deal("investment", ["Seohae Chemical"])],
            events=[],
        ),
        h(
            n(),
            "Thêm 95 triệu USD là khoản Seohae Chemical CO., LTD tính xin bổ sung khi nhà máy chạy ổn định; hiện dự án làm keo urê-formaldehyde và melamine cho ván ép, công suất 180.000 tấn/năm, có tổng vốn 128 triệu USD (hơn 3.000 tỷ đồng).",
            "2023-06-19",
            "ministry",
            [
                "repost",
                "bracketed_conversion",
                "capacity_no_count",
                "announced_top_up",
                "top_up_amount_is_deal_amount",
                "approx",
                "nfd",
            ],
            firms=[f("Seohae Chemical", "CO., LTD")],
            money=[m(95 * M, "USD"), m(128 * M, "USD"), m(3000 * B, "VND", approx=True)],
            deals=[deal("investment", ["Seohae Chemical"], 95 * M)],
            events=[ev("investment_announcement", [F("Seohae Chemical")], 95 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Nguồn: Báo Thái Nguyên\n\nTrả lời\n\nEmail của bạn sẽ không được hiển thị công khai.\n\nQuảng cáo",
            "2023-06-19",
            "ministry",
            ["source_line", "portal_name_province", "comment_chrome", "multiline", "no_event"],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese-learning forum's repost of a news-agency groundbreaking item (S6 r3) ---
    rows += [
        h(
            n(),
            "Công ty Nhật rót 21 triệu USD làm nhà máy bột màu tại Bắc Ninh\n\nNhà máy bột màu cho sơn tĩnh điện trị giá 21 triệu USD của Công ty TNHH Hoshino Pigment Việt Nam – doanh nghiệp 100% vốn Nhật Bản – được động thổ sáng 14/4 trong KCN Yên Phong, tỉnh Bắc Ninh.",
            "2010-04-16",
            "ministry",
            [
                "forum_repost",
                "thread_title",
                "unnamed_headline_firm",
                "groundbreaking_passive",
                "object_first",
                "vietnam_dropped",
                "percentage",
                "deal_date",
                "multiline",
            ],
            firms=[f("Hoshino Pigment", "Công ty TNHH")],
            provinces=[pv("Bắc Ninh")],
            percentages=[100],
            money=[m(21 * M, "USD"), m(21 * M, "USD")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Yên Phong")],
            deals=[deal("groundbreaking", ["Hoshino Pigment"], 21 * M, BN, "2010-04-14")],
            events=[ev("groundbreaking", [F("Hoshino Pigment")], 21 * M, "USD", BN, "started")],
        ),
        h(
            n(),
            "Khoảng 120 người địa phương sẽ có việc khi xưởng chạy máy vào tháng 10; sản phẩm gồm bột màu hữu cơ, hạt màu cô đặc và phụ gia cho sơn bột.",
            "2010-04-16",
            "ministry",
            ["forum_repost", "schedule", "hiring_no_deal", "count", "approx", "no_event"],
            quantities=[c(120, "người", True)],
            events=[],
        ),
        h(
            n(),
            "Việc tăng vốn để mở rộng xưởng này đã nằm trong dự tính của Tập đoàn Hoshino, một nhà làm chất màu có tiếng ở Nhật Bản.",
            "2010-04-16",
            "ministry",
            ["forum_repost", "announced_top_up_no_amount", "parent_group", "country", "no_site"],
            firms=[f("Hoshino", "Tập đoàn")],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Hoshino"])],
            events=[ev("investment_announcement", [F("Hoshino")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Khoảng 60 nhà đầu tư trong và ngoài nước, với 820 tỷ đồng và 410 triệu USD, đã vào KCN Yên Phong sau 4 năm mở cửa.\n\n(Theo TTXVN)",
            "2010-04-16",
            "ministry",
            [
                "forum_repost",
                "park_total_no_deal",
                "agency_nothing",
                "duration_no_count",
                "count",
                "approx",
                "nfd",
                "multiline",
                "no_event",
            ],
            money=[m(820 * B, "VND"), m(410 * M, "USD")],
            quantities=[c(60, "nhà đầu tư", True)],
            locations=[park("Khu công nghiệp Yên Phong")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a news aggregator's copy of a daily's brief on a surface-chemicals plant opening (S6 r4) ---
    rows += [
        h(
            n(),
            "TT - Nhà máy hoá chất xử lý bề mặt và phụ gia mạ của Công ty TNHH Platech Surface (Việt Nam) - Singapore tại Khu công nghiệp Tân Đức, huyện Đức Hòa, tỉnh Long An vừa khánh thành và đi vào sản xuất. Vốn bỏ ra 3,6 triệu USD, mặt bằng 12.000 m2.",
            "2009-11-04",
            "provincial",
            [
                "aggregator_copy",
                "outlet_initials_nothing",
                "object_first",
                "inauguration_with_capital",
                "vietnam_dropped",
                "country_after_dash",
                "district",
                "area",
                "old_tone",
            ],
            firms=[f("Platech Surface", "Công ty TNHH")],
            provinces=[pv("Long An")],
            money=[m(3.6 * M, "USD")],
            areas=[ha(1.2)],
            locations=[country("Singapore"), park("Khu công nghiệp Tân Đức"), district("huyện Đức Hòa")],
            deals=[deal("investment", ["Platech Surface"], 3.6 * M, LA)],
            events=[ev("inauguration", [F("Platech Surface")], 3.6 * M, "USD", LA, "completed")],
        ),
        h(
            n(),
            "Với nhà máy này, KCN Tân Đức có 58 nhà đầu tư đang hoạt động; Platech Surface xếp thứ 31 về thời điểm vào khu.",
            "2009-11-04",
            "provincial",
            ["ordinal_no_count", "count", "park", "nfd", "no_event"],
            firms=[f("Platech Surface")],
            quantities=[c(58, "nhà đầu tư")],
            locations=[park("Khu công nghiệp Tân Đức")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a finance site's Q&A interview on domestic brands and origin labels (S14 r3) ---
    rows += [
        h(
            n(),
            "Sơn nội bị “đánh” trên mạng: chuyện nhãn Made in hay Made by Vietnam\nNhãn xuất xứ quyết định phần lợi ích kinh tế mà doanh nghiệp Việt giữ lại được khi bán hàng ra thế giới, một chuyên gia nói.",
            "2017-08-22",
            "ministry",
            ["interview_headline", "headline_lead", "quoted_labels", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "TS Vũ Đình Hiếu, chuyên gia của Viện Nghiên cứu Chiến lược, Chính sách Công Thương, trả lời phỏng vấn sau khi một hãng sơn trong nước lên tiếng tố bị chơi xấu.",
            "2017-08-22",
            "ministry",
            ["interview", "title_no_role", "role_lowercase", "institute", "no_event"],
            organizations=["Viện Nghiên cứu Chiến lược, Chính sách Công Thương"],
            persons=[
                per("Vũ Đình Hiếu", "chuyên gia của Viện Nghiên cứu Chiến lược, Chính sách Công Thương")
            ],
            events=[],
        ),
        h(
            n(),
            "PV: - Ông nghĩ sao khi Tổng giám đốc Sơn Lạc Hồng Hà Minh Sơn cho rằng một đối thủ ngoại đã thuê người chê sản phẩm của hãng trên mạng?",
            "2017-08-22",
            "ministry",
            ["interview", "qa_markers", "role_before_name", "firm_in_role", "no_event"],
            firms=[f("Sơn Lạc Hồng")],
            persons=[per("Hà Minh Sơn", "Tổng giám đốc Sơn Lạc Hồng")],
            events=[],
        ),
        h(
            n(),
            "TS Vũ Đình Hiếu: - Chưa đủ dữ kiện để nói ai đúng ai sai; điều doanh nghiệp nên làm là giữ hồ sơ chất lượng và nguồn gốc thật chặt.",
            "2017-08-22",
            "ministry",
            ["interview", "qa_markers", "speaker_label", "title_no_role", "no_event"],
            persons=[per("Vũ Đình Hiếu", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a market-surveillance magazine's feature on supporting industry (S16 r4) ---
    rows += [
        h(
            n(),
            "Nhập khẩu vẫn gánh phần lớn đầu vào\nSơn, keo và hoá chất xử lý bề mặt cho ô tô, điện tử phần nhiều vẫn phải mua ngoài, cùng với phần lớn nguyên liệu và linh kiện.",
            "2021-05-26",
            "ministry",
            ["feature", "subheading", "old_tone", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tỷ trọng chế biến, chế tạo trong GDP: Trung Quốc 33%, Thái Lan 27%, Việt Nam chưa tới 17%(1).",
            "2021-05-26",
            "ministry",
            ["feature", "footnote_marker", "percentage", "country_list", "no_event"],
            percentages=[33, 27, 17],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered in Vietnamese: a Bengali portal on a Vietnamese paint maker's joint venture in
    # Bangladesh (S17 r3), the French page of the news agency on a US group's second plant (S17 r4), a Japanese news site
    # on a German gas group's plant at a steel complex (S18 r1) ---
    rows += [
        h(
            n(),
            "Sơn Trường Giang lập nhà máy ở Bangladesh\nMột nhà máy mang tên Trường Giang Paint Bangladesh sẽ là cơ sở đầu tiên ở Nam Á của Sơn Trường Giang, hãng sơn thuộc nhóm lớn nhất Việt Nam.",
            "2019-07-30",
            "ministry",
            [
                "foreign_page_rendered",
                "plant_abroad_no_deal",
                "plant_name_no_firm",
                "region_nothing",
                "country",
                "multiline",
                "no_event",
            ],
            firms=[f("Sơn Trường Giang")],
            locations=[country("Bangladesh")],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Padma Horizon của Bangladesh là đối tác của Sơn Trường Giang: hai bên đã đặt bút ký thoả thuận đầu tư liên doanh tại Kuala Lumpur (Malaysia) cách đây ít hôm.",
            "2019-07-30",
            "ministry",
            [
                "foreign_page_rendered",
                "joint_venture_signed_abroad",
                "joint_venture_one_deal_of_both",
                "hai_ben_parties",
                "foreign_city_nothing",
                "country",
                "old_tone",
            ],
            firms=[f("Sơn Trường Giang"), f("Padma Horizon", "Tập đoàn")],
            locations=[country("Bangladesh"), country("Malaysia")],
            deals=[deal("investment", ["Sơn Trường Giang", "Padma Horizon"])],
            events=[
                ev("joint_venture", [F("Sơn Trường Giang"), F("Padma Horizon")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Brightmoor Adhesives (Mỹ) sẽ động thổ vào tháng 12 nhà máy thứ hai ở Việt Nam: 48.200 m² trong Khu công nghiệp Việt Nam - Singapore II, tỉnh Bình Dương, với hai dây chuyền keo nóng chảy và keo PU.",
            "2013-09-12",
            "ministry",
            [
                "foreign_page_rendered",
                "planned_groundbreaking",
                "announced_investment",
                "ordinal_no_count",
                "count_in_words",
                "area",
                "country_bracket",
            ],
            firms=[f("Brightmoor Adhesives")],
            provinces=[pv("Bình Dương")],
            areas=[ha(4.82)],
            locations=[country("Mỹ"), park("Khu công nghiệp Việt Nam - Singapore II")],
            deals=[deal("investment", ["Brightmoor Adhesives"], None, BDg)],
            events=[ev("investment_announcement", [F("Brightmoor Adhesives")], None, None, BDg, "announced")],
        ),
        h(
            n(),
            "Brightmoor vào Việt Nam từ 2009 với nhà máy keo đầu tiên hơn 9 triệu USD trong Khu công nghiệp Nhơn Trạch 3, tỉnh Đồng Nai. -VNA",
            "2013-09-12",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_plant",
                "deal_no_event",
                "agency_nothing",
                "approx",
                "no_event",
            ],
            firms=[f("Brightmoor")],
            provinces=[pv("Đồng Nai")],
            money=[m(9 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Nhơn Trạch 3")],
            deals=[deal("investment", ["Brightmoor"], 9 * M, DN)],
            events=[],
        ),
        h(
            n(),
            "Doanh thu của hãng ở Việt Nam mấy năm nay tăng đều khoảng 30% một năm.\nTin liên quan: Nghị quyết 68-NQ/TW của Bộ Chính trị đặt mục tiêu 2 triệu doanh nghiệp vào năm 2030",
            "2013-09-12",
            "ministry",
            [
                "foreign_page_rendered",
                "revenue_no_deal",
                "related_item",
                "resolution_number",
                "percentage",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Chính trị"],
            percentages=[30],
            decisions=[d("68-NQ/TW")],
            quantities=[c(2 * M, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "24 triệu USD (khoảng 2,6 tỷ yen) là vốn của nhà máy khí công nghiệp được gọi là lớn nhất Việt Nam mà Công ty TNHH Khí công nghiệp Hartwig Hải Phòng – đơn vị của Tập đoàn Hartwig (Đức) – cho chạy hôm 9, ngay trong khu liên hợp thép của Tập đoàn Thép Bắc Sơn tại thị xã Kinh Môn, tỉnh Hải Dương.",
            "2020-06-11",
            "ministry",
            [
                "foreign_page_rendered",
                "amount_first",
                "inauguration_with_capital",
                "day_without_month_no_date",
                "province_in_firm_name_no_mention",
                "host_firm_mention",
                "bracketed_conversion",
                "yen",
                "district",
                "country_bracket",
                "approx",
            ],
            firms=[
                f("Khí công nghiệp Hartwig Hải Phòng", "Công ty TNHH"),
                f("Hartwig", "Tập đoàn"),
                f("Thép Bắc Sơn", "Tập đoàn"),
            ],
            provinces=[pv("Hải Dương")],
            money=[m(24 * M, "USD"), m(2.6 * B, "JPY", approx=True)],
            locations=[country("Đức"), district("thị xã Kinh Môn")],
            deals=[deal("investment", ["Khí công nghiệp Hartwig Hải Phòng"], 24 * M, HD)],
            events=[
                ev("inauguration", [F("Khí công nghiệp Hartwig Hải Phòng")], 24 * M, "USD", HD, "completed")
            ],
        ),
        h(
            n(),
            "Nitơ thể khí 480 tấn, oxy thể khí 290 tấn, oxy và nitơ lỏng 95 tấn, argon 12 tấn: đó là sản lượng mỗi ngày, đủ cho khu liên hợp và còn bán ra thị trường phía Bắc.",
            "2020-06-11",
            "ministry",
            ["foreign_page_rendered", "tonnes_no_count", "region_nothing", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hartwig và Thép Bắc Sơn đã ký hợp đồng về nhà máy này từ tháng 11/2018.",
            "2020-06-11",
            "ministry",
            [
                "foreign_page_rendered",
                "recalled_supply_contract",
                "supplier_first",
                "month_no_date",
                "deal_no_event",
                "no_event",
            ],
            firms=[f("Hartwig"), f("Thép Bắc Sơn")],
            deals=[deal("supply_contract", ["Hartwig", "Thép Bắc Sơn"])],
            events=[],
        ),
    ]
    # --- English: a chemical distributor's news page carrying a feature on the paint market (S17 r1) ---
    rows += [
        h(
            n(),
            "Search Products\nCoating & Ink\nVietnam's coatings market enters a boom phase\nVietnam is changing fast: new factories, ports and apartment towers go up every month, and every one of them needs paint.",
            "2008-03-17",
            "ministry",
            [E, "site_chrome", "headline_lead", "vietnam_no_country", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "More than 150 paint companies, domestic and joint-venture, now operate in the country, and demand rose about 18% in 2007, figures from the Vietnam Paint and Printing Ink Association show.",
            "2008-03-17",
            "ministry",
            [E, "association", "count", "approx", "percentage", "no_event"],
            organizations=["Vietnam Paint and Printing Ink Association"],
            percentages=[18],
            quantities=[c(150, "paint companies", True)],
            events=[],
        ),
        h(
            n(),
            "Industrial zones ringing Ho Chi Minh City should keep the market growing by 10-15% a year for another three or four years, the association reckons.",
            "2008-03-17",
            "ministry",
            [E, "forecast", "range_both_ends", "count_in_words", "unaccented_province", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[10, 15],
            events=[],
        ),
        h(
            n(),
            "Exports started last year from Siam Lacquer's plant in Tay Ninh province, a US$ 11.2 M investment by the Thai coatings maker able to fill 70 M litres a year.",
            "2008-03-17",
            "ministry",
            [
                E,
                "recalled_plant_with_amount",
                "possessive_firm",
                "deal_no_event",
                "adjective_no_country",
                "unaccented_province",
                "litres_no_count",
                "no_event",
            ],
            firms=[f("Siam Lacquer")],
            provinces=[pv("Tây Ninh")],
            money=[m(11.2 * M, "USD")],
            deals=[deal("investment", ["Siam Lacquer"], 11.2 * M, TNi)],
            events=[],
        ),
        h(
            n(),
            "Its Vietnamese sales came to US$ 42M in 2007.",
            "2008-03-17",
            "ministry",
            [E, "revenue_no_deal", "anaphora_no_firm", "no_event"],
            money=[m(42 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "INTERNATIONAL NAMES ARRIVE\nHempel and Kansai are among the global producers already making coatings here. The newest plant belongs to Nordmark Coatings Vietnam: opened in October in the Song Than Industrial Park, Binh Duong province, it can turn out 30M litres of protective coatings a year.",
            "2008-03-17",
            "ministry",
            [
                E,
                "caps_subheading",
                "inauguration_no_capital",
                "month_no_date",
                "vietnam_dropped",
                "english_park_no_location",
                "unaccented_province",
                "litres_no_count",
                "multiline",
            ],
            firms=[f("Hempel"), f("Kansai"), f("Nordmark Coatings")],
            provinces=[pv("Bình Dương")],
            events=[ev("inauguration", [F("Nordmark Coatings")], None, None, BDg, "completed")],
        ),
        h(
            n(),
            '"We are building for the demand we see coming," a Nordmark spokesman said. "Capacity will follow the market."',
            "2008-03-17",
            "ministry",
            [E, "quote", "unnamed_spokesman_no_person", "no_event"],
            firms=[f("Nordmark")],
            events=[],
        ),
        h(
            n(),
            "Hvidsten, a Danish marine-paint maker, sold here for 12 years before it finally built a plant of its own in 2006.",
            "2008-03-17",
            "ministry",
            [
                E,
                "recalled_first_plant",
                "deal_no_event",
                "adjective_no_country",
                "duration_no_count",
                "no_site",
                "no_event",
            ],
            firms=[f("Hvidsten")],
            deals=[deal("investment", ["Hvidsten"])],
            events=[],
        ),
    ]
    # --- English: a German gas group's corporate news page with cookie banner and press contacts (S18 r2) ---
    rows += [
        h(
            n(),
            "We use cookies to personalise content and analyse traffic. By continuing to browse you agree to our use of cookies.\n\nKatrin Vogel\n\nGroup Communications\n\nHead of Media Relations\n\n+49 6196 7760-214",
            "2018-03-13",
            "ministry",
            [
                E,
                "cookie_banner",
                "press_contact",
                "label_role_below_name",
                "department_nothing",
                "phone_nothing",
                "multiline",
                "no_event",
            ],
            persons=[per("Katrin Vogel", "Head of Media Relations")],
            events=[],
        ),
        h(
            n(),
            "Frankfurt, Germany\n\nVietnam: Hartwig signs 20-year gas deal with Bac Son Steel\n\nTwo air separation units that Hartwig will build and run at Bac Son Steel's works in the Nghi Son Economic Zone are at the heart of a 20-year contract the German gas group and the Vietnamese steelmaker signed in Hanoi on 12 March 2018; oxygen, nitrogen and argon will reach the mill by pipeline.",
            "2018-03-13",
            "ministry",
            [
                E,
                "dateline_country",
                "foreign_city_nothing",
                "headline_lead",
                "supply_contract_signed",
                "object_first",
                "supplier_first",
                "signing_city_mention_not_site",
                "english_zone_no_location",
                "deal_date",
                "duration_no_count",
                "multiline",
            ],
            firms=[f("Hartwig"), f("Bac Son Steel")],
            provinces=[pv("Hà Nội")],
            locations=[country("Germany")],
            deals=[deal("supply_contract", ["Hartwig", "Bac Son Steel"], None, None, "2018-03-12")],
            events=[ev("supply_contract", [F("Hartwig"), F("Bac Son Steel")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Hartwig puts its own outlay at more than 70 million US dollars; start-up is planned for the first quarter of 2020, with 60,000 standard cubic metres of oxygen and 120,000 of nitrogen an hour.",
            "2018-03-13",
            "ministry",
            [E, "capacity_no_count", "announced_investment_apart_from_contract", "approx", "no_site"],
            firms=[f("Hartwig")],
            money=[m(70 * M, "USD", approx=True)],
            deals=[deal("investment", ["Hartwig"], 70 * M)],
            events=[ev("investment_announcement", [F("Hartwig")], 70 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Ulrich Hartwig, owner and CEO of the Hartwig Group, called Vietnam the group's fastest-growing market in Asia; sales there passed 35 million euros in 2017, and shipyards and car-parts makers will also get liquid gas from the new site.",
            "2018-03-13",
            "ministry",
            [
                E,
                "reported_speech",
                "role_after_name",
                "firm_in_role",
                "revenue_no_deal",
                "euro",
                "approx",
                "no_event",
            ],
            firms=[f("Hartwig Group")],
            persons=[per("Ulrich Hartwig", "owner and CEO of the Hartwig Group")],
            money=[m(35 * M, "EUR", approx=True)],
            events=[],
        ),
        h(
            n(),
            "The partnership dates from 2009: Hartwig's first gas plant at Bac Son's mill in Hai Duong cost 18 million US dollars.",
            "2018-03-13",
            "ministry",
            [
                E,
                "recalled_plant_with_amount",
                "possessive_firm",
                "deal_no_event",
                "unaccented_province",
                "no_event",
            ],
            firms=[f("Hartwig"), f("Bac Son")],
            provinces=[pv("Hải Dương")],
            money=[m(18 * M, "USD")],
            deals=[deal("investment", ["Hartwig"], 18 * M, HD)],
            events=[],
        ),
    ]
    # --- English: a gas trade magazine on the group's third air separation unit at the same steelmaker (S18 r3) ---
    rows += [
        h(
            n(),
            "Hartwig's third air separation unit (ASU) for Bac Son Steel is now officially on stream at Kinh Mon, near Hai Phong.",
            "2017-02-08",
            "ministry",
            [
                E,
                "inauguration_no_capital",
                "possessive_firm",
                "customer_not_party",
                "near_city_not_site",
                "acronym_nothing",
                "no_site",
            ],
            firms=[f("Hartwig"), f("Bac Son Steel")],
            provinces=[pv("Hải Phòng")],
            events=[ev("inauguration", [F("Hartwig")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Markus Brenner, Hartwig's Executive Vice-President for Engineering, said pre-assembled modules had cut weeks off the build, a first for the group in Vietnam.",
            "2017-02-08",
            "ministry",
            [E, "reported_speech", "role_after_name", "possessive_firm_in_role", "no_event"],
            firms=[f("Hartwig")],
            persons=[per("Markus Brenner", "Hartwig's Executive Vice-President for Engineering")],
            events=[],
        ),
        h(
            n(),
            "Hartwig in Vietnam\nSince arriving in 1998 the group has built up four cylinder-filling sites and three ASUs, plus the country's first plant for food-grade CO2.",
            "2017-02-08",
            "ministry",
            [E, "subheading", "existing_plants_no_deal", "count_in_words", "multiline", "no_event"],
            firms=[f("Hartwig")],
            events=[],
        ),
        h(
            n(),
            "Next on Hartwig's list: other factories in the corridor between Hanoi and Hai Phong, according to a press release.",
            "2017-02-08",
            "ministry",
            [E, "plan_to_supply_no_contract_no_deal", "unaccented_province", "region_nothing", "no_event"],
            firms=[f("Hartwig")],
            provinces=[pv("Hà Nội"), pv("Hải Phòng")],
            events=[],
        ),
    ]
    # --- English: a paywalled trade-magazine brief on a Japanese gas joint venture's onsite order (S18 r4) ---
    rows += [
        h(
            n(),
            "Song Hau Steel, the biggest electric-arc furnace steelmaker in southern Vietnam, has placed an onsite gas order with Viet Fuji Gas (VFG), the joint venture of Fujimori Sanso and Ozeki Shoji.",
            "2011-02-22",
            "ministry",
            [
                E,
                "order_won_supply_contract",
                "buyer_first_in_text",
                "supplier_first",
                "bracketed_acronym_one_entry",
                "jv_parents_mentions",
                "region_nothing",
            ],
            firms=[f("Viet Fuji Gas"), f("Fujimori Sanso"), f("Ozeki Shoji"), f("Song Hau Steel")],
            deals=[deal("supply_contract", ["Viet Fuji Gas", "Song Hau Steel"])],
            events=[
                ev("supply_contract", [F("Viet Fuji Gas"), F("Song Hau Steel")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Gaseous oxygen at 7,500 m3/h will be made on site, and a neighbouring liquid plant will add 4,000 m3/h of liquid oxygen and nitrogen.\n... to continue reading you must be subscribed",
            "2011-02-22",
            "ministry",
            [E, "paywall", "capacity_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "VFG, founded in March 1997 by Ozeki Shoji and the trading house Kanemoto (which has since sold out), will hold just over 45% of Vietnam's liquid gas market after the deal.",
            "2011-02-22",
            "ministry",
            [
                E,
                "market_share",
                "founding_no_deal",
                "divestment_recalled_no_deal",
                "acronym_firm",
                "percentage",
                "no_event",
            ],
            firms=[f("VFG"), f("Ozeki Shoji"), f("Kanemoto")],
            percentages=[45],
            events=[],
        ),
    ]
    # --- English: a Japanese wire's English copy on a planned double acquisition (S19 r1) ---
    rows += [
        h(
            n(),
            "HANOI, NNA - Two Vietnamese synthetic-materials makers are to be bought by Keiyo Polymer Industry Co., the Hong Kong arm of Japanese adhesive and resin maker Morikawa Chemical Co., which wants more shoe-adhesive output in Vietnam.",
            "2019-10-05",
            "ministry",
            [
                E,
                "dateline_mention",
                "agency_nothing",
                "announced_acquisition",
                "passive",
                "targets_unnamed",
                "subsidiary_buyer",
                "parent_mention",
                "country_attributive",
                "adjective_no_country",
                "foreign_form_kept",
            ],
            firms=[f("Keiyo Polymer Industry", "Co."), f("Morikawa Chemical", "Co.")],
            provinces=[pv("Hà Nội")],
            locations=[country("Hong Kong")],
            deals=[deal("investment", ["Keiyo Polymer Industry"])],
            events=[ev("acquisition", [F("Keiyo Polymer Industry")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Morikawa said in a statement on Tuesday that Saigon Bond Industrial Co., a polyurethane adhesive maker, and Viet Nam Hanyu Materials Ltd., a synthetic-leather maker, will each pass wholly to Keiyo under agreements due to be signed in early November.",
            "2019-10-05",
            "ministry",
            [
                E,
                "announced_acquisition",
                "two_targets_two_events",
                "future_month_no_date",
                "vietnam_dropped",
                "city_in_firm_name_no_mention",
                "targets_first",
            ],
            firms=[
                f("Keiyo"),
                f("Saigon Bond Industrial", "Co."),
                f("Hanyu Materials", "Ltd."),
                f("Morikawa"),
            ],
            deals=[deal("investment", ["Keiyo"]), deal("investment", ["Keiyo"])],
            events=[
                ev("acquisition", [F("Keiyo"), F("Saigon Bond Industrial")], None, None, None, "announced"),
                ev("acquisition", [F("Keiyo"), F("Hanyu Materials")], None, None, None, "announced"),
            ],
        ),
        h(
            n(),
            "About 1.1 billion yen ($10.1 million) is the combined price, to be paid when Keiyo – in which Morikawa holds 50.1 percent – completes the purchases in early February.",
            "2019-10-05",
            "ministry",
            [
                E,
                "announced_acquisition_amount",
                "targets_unnamed",
                "bracketed_conversion",
                "ownership_no_deal",
                "yen",
                "approx",
                "percentage",
            ],
            firms=[f("Keiyo"), f("Morikawa")],
            percentages=[50.1],
            money=[m(1.1 * B, "JPY", approx=True), m(10.1 * M, "USD", approx=True)],
            deals=[deal("investment", ["Keiyo"], 1.1 * B)],
            events=[ev("acquisition", [F("Keiyo")], 1.1 * B, "JPY", None, "announced")],
        ),
        h(
            n(),
            "Dong Nai province, next to Ho Chi Minh City, is home to both targets' plants, which sit a short walk apart and give Keiyo the space it needs for urethane adhesives.",
            "2019-10-05",
            "ministry",
            [E, "unaccented_province", "near_city_mention", "no_event"],
            firms=[f("Keiyo")],
            provinces=[pv("Đồng Nai"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Sellers are Bondtek Polymer Co., Saigon Bond's Taiwanese parent, and a holding company created by Hanyu Materials' parent to own the leather maker.",
            "2019-10-05",
            "ministry",
            [
                E,
                "sellers_no_second_deal",
                "adjective_no_country",
                "unnamed_holding_no_firm",
                "foreign_form_kept",
                "no_event",
            ],
            firms=[f("Bondtek Polymer", "Co."), f("Saigon Bond"), f("Hanyu Materials")],
            events=[],
        ),
        h(
            n(),
            "Shoe-making customers moving out of China have already made Keiyo the top supplier of polyurethane systems for sports shoes in Vietnam, fed until now by exports.",
            "2019-10-05",
            "ministry",
            [E, "exports_no_deal", "country", "adjective_no_country", "no_event"],
            firms=[f("Keiyo")],
            locations=[country("China")],
            events=[],
        ),
    ]
    # --- English: a chemistry magazine's brief on a joint stake purchase, and an RSS teaser on Thai buyers (S19 r2 r3) ---
    rows += [
        h(
            n(),
            "Orchid Resins, based in Singapore, has sold its 88% stake in a Vietnamese epoxy resin plant to Hanseo Chemical and Samjin Materials, the latest sign of Korean appetite for the country's chemical sector.",
            "2013-11-18",
            "ministry",
            [
                E,
                "completed_acquisition",
                "two_buyers_one_deal",
                "seller_first",
                "target_named_next_row",
                "based_in_country",
                "adjective_no_country",
                "percentage",
            ],
            firms=[f("Hanseo Chemical"), f("Samjin Materials"), f("Orchid Resins")],
            percentages=[88],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Hanseo Chemical", "Samjin Materials"])],
            events=[
                ev(
                    "acquisition",
                    [F("Hanseo Chemical"), F("Samjin Materials")],
                    None,
                    None,
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Cua Viet Shipyard, the local partner, holds on to the other 12% of the venture, Phu Thanh Epoxy, whose southern unit makes 85,000 tonnes a year; Orchid is quitting epoxy altogether.\nJoin the conversation\nContact the reporter",
            "2013-11-18",
            "ministry",
            [
                E,
                "capacity_no_count",
                "region_nothing",
                "stake_kept_no_deal",
                "exit_no_deal",
                "site_chrome",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Phu Thanh Epoxy"), f("Cua Viet Shipyard"), f("Orchid")],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "HCM CITY – Dong Phuong Paint JSC, one of the country's leading makers of industrial coatings, became 65 per cent Thai-owned last year when Siam Polycoat bought in; the group now holds stakes in 14 companies in Vietnam, and more Thai buyers are eyeing State holdings in equitised […]\n↧",
            "2017-04-03",
            "ministry",
            [
                E,
                "rss_teaser",
                "dateline_mention",
                "target_first",
                "recalled_acquisition",
                "deal_no_event",
                "adjective_no_country",
                "count",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("Siam Polycoat"), f("Dong Phuong Paint", "JSC")],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[65],
            quantities=[c(14, "companies")],
            deals=[deal("investment", ["Siam Polycoat"])],
            events=[],
        ),
    ]
    # --- English: a consultancy blog's post on a Thai tender offer for a sealant maker (S19 r4) ---
    rows += [
        h(
            n(),
            "Thai resin group pays $61.4 million to take over Vietnam sealant maker\n\nby vninsight",
            "2022-02-09",
            "ministry",
            [E, "headline", "buyer_unnamed_no_deal", "username_nothing", "multiline", "no_event"],
            money=[m(61.4 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Deal-making in Vietnam slowed sharply during the pandemic, said Le Hoang Yen, partner at Delta Bridge Advisory LLC, an M&A adviser in Ho Chi Minh City.",
            "2022-02-09",
            "ministry",
            [E, "role_after_name", "firm_in_role", "foreign_form_kept", "unaccented_name", "no_event"],
            firms=[f("Delta Bridge Advisory", "LLC")],
            persons=[per("Le Hoang Yen", "partner at Delta Bridge Advisory LLC")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "According to a stock exchange filing this week, Thailand's Chai Polymer Ventures, a leading PVA and acrylic resin maker, will pay up to 2.1 billion baht ($61.4 million) through a tender offer for every outstanding share of An Phu Sealant Industry-Service-Trading JSC.",
            "2022-02-09",
            "ministry",
            [
                E,
                "tender_offer",
                "announced_acquisition",
                "possessive_country",
                "bracketed_conversion",
                "baht",
                "upper_bound_not_approx",
            ],
            firms=[f("Chai Polymer Ventures"), f("An Phu Sealant Industry-Service-Trading", "JSC")],
            money=[m(2.1 * B, "THB"), m(61.4 * M, "USD")],
            locations=[country("Thailand")],
            deals=[deal("investment", ["Chai Polymer Ventures"], 2.1 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Chai Polymer Ventures"), F("An Phu Sealant Industry-Service-Trading")],
                    2.1 * B,
                    "THB",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Listed on UPCoM, An Phu Sealant has three plants and roughly a third of Vietnam's silicone-sealant sales.\nRelated: How Korean buyers can take control of Vietnamese brands through M&A",
            "2022-02-09",
            "ministry",
            [
                E,
                "existing_plants_no_deal",
                "count_in_words",
                "fraction_no_percentage",
                "related_link",
                "multiline",
                "no_event",
            ],
            firms=[f("An Phu Sealant")],
            events=[],
        ),
        h(
            n(),
            "Anan Srisuk, CEO of Chai Polymer's resins business, said urban housing would keep sealant demand rising and that the purchase would add to the group's biggest segment.",
            "2022-02-09",
            "ministry",
            [E, "reported_speech", "role_after_name", "possessive_firm_in_role", "no_event"],
            firms=[f("Chai Polymer")],
            persons=[per("Anan Srisuk", "CEO of Chai Polymer's resins business")],
            events=[],
        ),
    ]
    # --- English: law-firm and accounting-firm guides and a trade agency's guidebook on setting up plants (S20 r1-r4) ---
    rows += [
        h(
            n(),
            "a. Vietnam and its manufacturing base\nManufacturing made up 24.8% of Vietnam's GDP in 2022, World Bank data show, and supply-chain shifts are likely to push the share higher.",
            "2024-05-02",
            "ministry",
            [E, "law_guide", "subheading", "percentage", "multiline", "no_event"],
            organizations=["World Bank"],
            percentages=[24.8],
            events=[],
        ),
        h(
            n(),
            "Multinationals such as Bosch, LG, Canon and Nitto Denko already run factories in Vietnam.[2] Binh Duong and Dong Nai remain two of the country's most important manufacturing hubs.",
            "2024-05-02",
            "ministry",
            [
                E,
                "law_guide",
                "brand_list_firms",
                "existing_plants_no_deal",
                "footnote_marker",
                "unaccented_province",
                "no_event",
            ],
            firms=[f("Bosch"), f("LG"), f("Canon"), f("Nitto Denko")],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Procedures for setting up a coating or plating plant in Vietnam\n\n12/5/2022\n\nBeyond the usual Investment Registration Certificate and Enterprise Registration Certificate, a plant that handles chemical waste also needs an environmental permit.",
            "2022-05-12",
            "ministry",
            [E, "accounting_faq", "date_line", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "• Small plating or painting shops: a ready-built factory leased from a licensed developer;\n• Larger plants: long-term land leases in industrial parks, export processing zones or hi-tech parks;",
            "2022-05-12",
            "ministry",
            [
                E,
                "accounting_faq",
                "bullet_list",
                "generic_park_no_location",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "You are on page 1of 168\n\nVIETNAM INVESTMENT\n\nGUIDE FOR CHEMICAL AND\n\nCOATINGS INVESTORS\n\nMARCH\n2021\n\nwww.vcpa-invest.vn 1",
            "2021-03-30",
            "ministry",
            [
                E,
                "document_store",
                "caps_cover",
                "page_counter_no_count",
                "url_footer",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Three decades of roughly 6.5% annual GDP growth, ties with 189 countries and seats in more than 70 international organisations are listed in the foreword as reasons to invest.",
            "2021-03-30",
            "ministry",
            [E, "guidebook_foreword", "count", "approx", "percentage", "duration_no_count", "no_event"],
            percentages=[6.5],
            quantities=[c(189, "countries"), c(70, "international organisations", True)],
            events=[],
        ),
        h(
            n(),
            "(+84) 9 12 34 56 78\ninfo@sonlamlegal.vn\n\nSetting up a foreign-invested coatings factory in Vietnam\n\nTable of contents\n\nHide",
            "2023-07-18",
            "ministry",
            [E, "law_firm_page", "phone_nothing", "email_nothing", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    return rows
