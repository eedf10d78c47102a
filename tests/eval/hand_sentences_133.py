# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 133 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: plastic packaging films, labels and industrial packaging suppliers
(packaging for electronics, food and export goods; FDI packaging plants in industrial zones). Written and annotated for
every field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered
S1-S20 in the section comments: S1 "nhà máy sản xuất màng nhựa bao bì khu công nghiệp vốn đầu tư", S2 "bao bì nhựa mềm
xuất khẩu doanh nghiệp FDI nhà máy", S3 "nhãn mác in ấn bao bì nhà máy khánh thành", S4 "màng BOPP BOPET nhà máy Việt
Nam công suất", S5 "bao bì carton cung cấp cho doanh nghiệp điện tử Samsung", S6 "trao giấy chứng nhận đầu tư dự án sản
xuất bao bì khu công nghiệp", S7 "khởi công nhà máy bao bì vốn đầu tư triệu USD", S8 "bao bì thực phẩm doanh nghiệp ký
hợp đồng cung ứng", S9 "mua lại cổ phần công ty bao bì nhựa", S10 "tem nhãn RFID nhà máy sản xuất Việt Nam", S11 "pallet
nhựa thùng nhựa công nghiệp doanh nghiệp", S12 "bao bì xốp EPS đóng gói linh kiện điện tử", S13 "tăng vốn dự án sản xuất
bao bì nhựa khu công nghiệp", S14 "ngành bao bì Việt Nam tăng trưởng nhà đầu tư nước ngoài", S15 "màng co màng căng PE
nhà máy đầu tư", S16 "bao bì tái chế nhựa xuất khẩu EU quy định doanh nghiệp", and in English S17 "Vietnam packaging
film plant investment industrial park", S18 "label printing company Vietnam factory opening", S19 "Vietnam packaging
acquisition stake plastic film company", S20 "flexible packaging supplier Vietnam electronics food export". No sentence
is taken or paraphrased from a page; the shapes are. Firm, plant, park-developer, fund and person names are invented
(Hưng Thái / Hung Thai and its BOPP plant An Vĩnh, Steinau Folientechnik, Merrow Automation, In và Bao bì Kim Thành
Phát, VietMarket Insight, Nordvik Carton, Wah Kee Packaging, Bao bì Nhựa Gia Định, Bao bì và Xuất nhập khẩu Hòa Bình,
Hanseong Packaging, Bao bì Nhựa Phú Lâm, Bao bì Hoàng Gia, Ayutthaya Pack and its units AP Packaging (Solutions) and
Chanthaburi Solutions, Bao bì Nhựa Tân Bình Minh, Lotus Polymers, Siam Resin, Nhựa Kỹ thuật Bảo Lâm, Orchid Four, Bao bì
Tân Hạnh, Grand Ocean Tableware, Bao bì Minh Đức, Dae Won Pack, Hsin Lung Paper, Oyama Board, Tai Feng, Kinabalu Box, Siam
Corrugated, Kessler Verpackung, Phuoc Vinh Dong Industrial Development, Bao bì Nhựa Phước Tân, Nhựa Tân Hòa Phát, PackHub,
Kowa Tack Group, Perak Polymers, Phu Loc Packaging, Pacific Build Consulting, Truong Son Steel Structure, Tri Viet
Construction Investment, Lam Son Pack, Fjordpak, Tokai Jushi Kogyo, Daehan Print & Box, Westbrook Holdings, Saigon Film
Tech, Pacific Rim Packaging, Đông Hòa Packaging, Hưng Phát Plastics, Minh Long Plastics, Alpine Pak, Pacifica Expo
Services, Saigon Fair, every official, chairman, student, lecturer, byline and photographer); well-known names (Apple,
Nike, Unilever, P&G, Huhtamaki, Vinamilk, PepsiCo, CMA CGM, the ministries, Tổng cục Thống kê, Ủy ban Chứng khoán Nhà
nước, Cục Xúc tiến Thương mại, the printing, packaging and plastics associations, the parks Nam Tân Uyên, Nomura – Hải
Phòng, Bình Minh, Long Duc and Le Mon, and the decrees and circulars cited) appear only in sentences of our own, with
figures, dates and places changed.

What the sample looked like (80 result slots; a news-site tag teaser, a spam tag slug on nylon-bag prices (five times),
a one-line explainer title (four times), a student report's metadata, a broken-font student essay, a logistics blog's
packing explainer and the BOPP plant's business-daily story came back more than once): 30 slots were tag, title, slug,
archive and spam pages (news-site tag teasers on plastics, printing and packaging aesthetics, a firm's tag with a
project teaser, a spam domain carrying a paper-packaging export lead, the nylon-bag slug, a lottery tag, a foreign spam
domain's price salad, a legal-signer tag with a circular, date-archive teasers on labels and on an EU rule, a caps
supplier title, a pallet tag page, a ministry paper's tag page with a headline and lead, an English tag page on a label
plant set up in the Mekong Delta, an English feed teaser on Thai buyers); 15 were explainers, theses and document-store
pages (two student reports on packaging materials with metadata, cover, task table and a broken font, a label printer's
explainer on label law and decal layers, a logistics blog's packing explainer twice, a tax agent's IRC explainer with
footnoted statistics and legal bases, a consultancy's construction-procedure list, an RFID blog, a law firm's barcode
service page with legal bases and a circular's article, a pallet explainer, a geomembrane explainer, an export-marketing
guide for plastic-packaging makers and its cover and contents); 19 were Vietnamese news and features (a business daily
and a portal's sponsored piece on a BOPP film plant in a Long An cluster, twice and once, with its machinery suppliers
and import figures; a commodities site on a paper-tray plant opening in Bắc Ninh with the chairman and the park
authority's cumulative figures; a trade magazine's video page; a business weekly's FDI feature with related links; a
Swedish carton maker's groundbreaking in Bình Dương told by a business daily, an investment daily with related links and
captions, and a contractor's project page; a Hong Kong firm's packaging plant approved by a provincial committee; a
listed packaging maker's treasury shares and foreign room; a broker's buyback notice; a blog repost on quiet takeovers;
a tender offer with its shareholder list; four capital increases and approvals for packaging plants (Vĩnh Long's park
authority, Hải Phòng's zone authority, Hải Dương's committee on two projects, Quảng Nam's committee); a logistics firm's
page on single-use plastic marking for the Nordic market with related news); 2 were Japanese (a machine translation of
an investment weekly on a Taiwanese paper maker's licence in Bình Dương, a magazine on a German packaging maker's top-up
and land lease in Long An); 14 were English (the film maker's own news page, a steel contractor's project sheet, an
investment weekly on a Thanh Hóa packaging maker's capital increase with related links and provincial statistics, a
foreign blog's repost on a carton plant with comment chrome, a Japanese wire on a shrink-label film plant opening, a city
daily's English edition on label printers, an English news site on foreign money in printing, a trade journal on a US
group buying into a film maker, a press-release wire carrying VNS on packaging M&A, an investment weekly on a Thai
group's share purchase agreement, a business site on a packaging workshop, a packaging firm's English page, the wire
carrying VNS on the print-and-pack expo, a news agency's beta site with glued words). About 27 of the 80 slots told a
deal or an event with a named party (the BOPP plant's investment told four times and its recalled groundbreaking, a
plant opening, a groundbreaking told three times, five approvals and capital increases, a licence in the Japanese copy,
a top-up with a land lease, a capital increase and an investment in English, a label plant set up, a film plant
opening, a planned factory, recalled and announced acquisitions and tender offers, a signed share purchase); several
were the same story. No supply contract or MoU with a named buyer (S8 returned only tags and essays), nothing on
electronics packaging by name (S5 and S12 returned only explainers and spam) and no shrink-film plant (S15 returned only
spam and an explainer) came up in any first four, so the batch has none.

Rows: 159 (hand-41201 to hand-41359); 33 carry a deal or an event (21%): 25 events (8 investment licences, 8 investment
announcements, 3 inaugurations, 3 acquisitions, 2 groundbreakings, 1 cooperation) and 32 `deals` entries (28 investment,
3 groundbreaking, 1 cooperation); 8 rows hold only deals without events (41223 and 41343 a recalled purchase, 41257 a
recalled groundbreaking, 41281 and 41328 investor lines of project pages, 41298 two recalled takeovers, 41349 a buyer's
recalled stakes, 41350 a recalled share purchase with its price) and 2 rows hold an event without a deal (41334, 41335,
openings without capital). 126 rows are negatives and other fields. By page kind: 23 rows of tag, title, slug, archive and
spam pages (41201-41223; 2 with a deal or event), 27 of explainers, student reports, document-store and legal-service
pages (41224-41250; 0), 69 of Vietnamese news and features (41251-41319; 15), 6 of the Japanese pages rendered, 3 in
Vietnamese and 3 in English (41320-41325; 3), and 34 of English copy (41326-41359; 13); 39 rows are English
(`english_copy`, 24.5%: 34 English pages, 3 renderings and 2 English tag and feed rows). 9 rows are stored in NFD
(hand-41212, 41225, 41255, 41257, 41270, 41277, 41289, 41308, 41316); 5 use old tone placement (41228 "tuỳ", 41250 "phân
huỷ", 41252 "Hoá chất", 41263 "điều hoà", 41287 "thoả thuận"); 60 hold several lines (headlines and leads, bylines and
date lines, related links, captions, label blocks and bullet sheets, covers, contents and task tables, comment chrome).

Own wording: every row was drafted in its own order and wording (amount-first, count-first, capacity-first,
target-first, place-first, passive, reported speech with the speaker last, split or joined rows) with changed figures,
names, dates and places; on review against the notes taken from the sampled pages, about 105 first drafts that still
kept a page's clause order, run of facts or a quote's gist were rewritten from scratch (among them every lead and body
line of the BOPP plant, the groundbreaking, the approvals and capital increases, the treasury-share, takeover and
tender-offer lines, the English copy on the capital increase, the repost, the film plant opening, the printers, the
acquisitions and the workshop, and the Japanese renderings), and the Tân An site of the film plant was moved to a
district. Two English rows (a provincial statistics line with a related link, a customer list) were dropped to bring
the English share down to the sample's. Nothing was used from ranks 5-8, among them: a BOPP/BOPET plant opening in
Bình Dương (S4 r5), a carton plant approval in Quảng Nam's print copy (S13 r5), Tetra Pak's groundbreaking repeated and a
German group's MoU on a land lease in Vietnamese (S7 r5-r8), a packaging maker's second capital increase (S13 r7), a
Samsung licence (S5 r5), a carton maker's foreign-room meeting and its delisting (S9 r5, r7), a PET maker leaving
UPCoM (S9 r6), a plastics maker's buyback (S9 r8), a Thai plastics lease in Tây Ninh (S17 r8), a Singapore film maker's
Nam Định deal (S17 r7), an apparel-label plant opening and a label joint venture (S18 r5, r8), Thai cement group
acquisitions and Japanese and Korean packaging M&A (S19 r5-r8).

Conventions: exactly those of batches 10 and 12-130 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or an approval of investment policy by a committee or a zone board is an investment deal
and an investment_licence event "licensed", the granting body a government party as written (a bare "UBND tỉnh" too),
sited in the plant's province, dated only when the day is written; "tăng vốn từ X lên Y" is about the increase, both
figures are money; a held groundbreaking is a groundbreaking deal and event "started"; an opening with its capital is an
investment deal and an inauguration "completed", without capital the event only; a named firm's plan, budget, top-up or
plant under construction is an announced investment; recalled plants, groundbreakings, purchases and investor lines are
deals without events; an acquisition's deal is the buyer's investment and its event lists buyer and target; a tender
offer is an announced acquisition; a lease with a park developer is a cooperation deal and event; persons buying shares,
unnamed buyers, shareholdings, treasury shares, dividends, revenue, equipment purchases without a contract word, market
and national totals give no deal; vague amounts are none; "khoảng", "chừng", "gần", "hơn", "trên", "ước chừng", "about",
"some", "nearly", "roughly", "more than" are approximate; bracketed conversions are both money, the deal's amount the
first written; prices per share are no money; baht are THB, yen JPY, euro EUR; capacities, outputs, TEU, durations,
lengths, thicknesses, page counts, ordinals, counts in words and counts without a noun are no counts, English counts
keep their English noun; m² and ha are areas; Vietnamese legal forms are normalised ("Công ty Cổ phần", "CTCP" ->
"Công ty CP", "Công ty CP Tập đoàn X" -> X), foreign ones kept as written ("Co.", "Co., Ltd.", "Limited", "Company
Limited", "Pte. Ltd.", "B.V.", "JSC"), "Group" and "Corporation" stay in the name, "Vietnam"/"of Vietnam" and a trailing
"Vina" are dropped from a foreign subsidiary's name; brands named as customers are firms; a site brand is a firm; a
province inside an organisation's name is a mention, inside a firm's name none; Vietnamese country words and English
country nouns and possessives are countries, English adjectives ("Japanese", "German", "Malaysian", "a US partner") and
regions ("châu Âu", "EU", "Bắc Âu", "Southeast Asia") none; parks and clusters written in Vietnamese are locations,
English ones none; districts need "huyện"/"thị xã"/"TP X" before July 2025; bylines, photo credits and authors are
persons without role, outlets and agencies nothing; broken-font names nothing; a surname or given name alone is no
person; roles as written; laws without a number and foreign rules give no decision; old tone placement is normalised in
the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A firm's tag label over a teaser on "dự án 420 tỷ này" (41205) is a firm mention, money and countries, no deal (the
  teaser names the project by its cost only; batch 73's "Dự án 650 tỷ đồng ...").
- "A self-adhesive label plant ... has been set up by Kowa Tack Group Vietnam" in a tag page's run-on lead (41222) is an
  announced investment sited in Tiền Giang (batch 119's reading); "Vietnam" dropped.
- A sponsored piece two years on recalling "được Hưng Thái động thổ giữa năm 2020 ... vốn khoảng 1.150 tỷ đồng" (41257)
  is a groundbreaking deal without event; "Chủ tịch Trần Quốc Vĩnh" gives the role "Chủ tịch"; "Đức Hòa" without "huyện"
  is no district.
- Equipment makers named as suppliers of the line ("Hai nhà cung cấp thiết bị là A (Anh) ... và B (Đức), giao trọn dây
  chuyền", 41253; "Germany's Steinau Folientechnik supplies the whole film line", 41327) are firms and countries, no
  supply deal (no contract word).
- An opening told amount-first ("Hơn 230 tỷ đồng ... là số tiền Công ty CP X đã rót cho giai đoạn 1 của nhà máy vừa vận
  hành", 41261) is an investment deal and an inauguration with the VND amount, without site (no province in the row).
- A capital-increase headline with the firm ("Thêm 31 tỷ đồng cho nhà máy bao bì carton của Bao bì Tân Hạnh", 41307) is a
  licence without grantor and without site (the park names no province; "thị xã Bình Minh" is a district); the body
  line with the grantor in a relative clause and the day (41308) is the dated licence; "64 tỷ lên 95 tỷ đồng" gives both
  sums as VND.
- A zone authority's adjusted certificate received by a Hong Kong investor with no amount in the row (41310) is a dated
  licence without amount; the next row's "Vốn mới là 9,2 triệu USD, từ mức 6,5 triệu USD" names no party (money only).
- A committee's approval of adjustments to two projects of one firm with their total ("Trên 540 tỷ đồng là tổng vốn của 2
  dự án ... mà Công ty CP X vừa được UBND tỉnh Hải Dương phê duyệt điều chỉnh", 41313) is ONE licence with the total;
  the plants' own lines (41314) give money and areas only.
- A project page's label block ("CHỦ ĐẦU TƯ / Tập đoàn X", 41281) and an English contractor sheet ("Investor: X JSC",
  41328) are investor lines: X's investment deal without event, sited in the province the block names; supervisors and
  contractors are firm mentions, not parties; "Commencement: 18/06/2020" with no party (41329) gives nothing.
- A bare "UBND tỉnh" as grantor (41283, 41315) is G("UBND tỉnh"); the site comes from the headline's "về Hải Dương" in the
  same row (41283), and there is none where no province is written (41315); "hôm qua 14.8" dates the licence the 14th.
- A target-first tender offer ("Công ty CP X (mã CK: BLP) vừa nhận thông báo chào mua công khai từ Y B.V., đơn vị thuộc
  Tập đoàn Z", 41301) is Y's announced acquisition of X, Z a mention; the terms with "bên mua" (41302-41303) are money and
  counts only, "quy ra khoảng 2,25 tỉ baht" approximate THB.
- The shareholder list (41305): "Năm cổ đông lớn" is a count in words (none), "13,9 triệu (21,6%)" counts without a noun
  (none); only "24,6 triệu cổ phiếu" is counted; "quỹ Orchid Four Limited" is a firm with "Limited"; persons after
  "ông"/"bà" have no role.
- Recalled takeovers told as "Công ty X cũng đã về tay Y" and "75% cổ phần Công ty CP X được Tập đoàn Y mua xong" (41298)
  are two deals without events; "thương vụ ngốn của phía Hàn Quốc khoảng 720 tỉ đồng" (41296) has no named buyer.
- English acquisitions: "A 55% stake in X JSC is to go to Y of the US under an agreement" (41344) an announced
  acquisition; "X JSC agreed last month to sell 65 per cent of itself to Thailand's Y" (41351) an acquisition "signed";
  targets listed with their shares "are among the packaging makers Y has bought into" (41349) one recalled deal of the
  buyer; "came under the group's control in December 2020, when member firm X paid about VNĐ1.9 trillion" (41350) a
  recalled deal with its amount; "Perak Polymers, which last year took 75 per cent of X" (41223) and "bought 75 percent of
  X" in a 2017 feature (41343) recalled deals.
- "A 9-billion-baht ($288 million) plan will see X ... grow its business in the country" (41352) is X's announced
  investment in THB without site; the parent's "18-billion-baht ... war chest for growth and takeovers" (41353) no deal.
- Openings without capital: "has led Japanese film maker X Co. to open a plant in the south of Vietnam" (41334) an
  inauguration without site (the dateline's HCMC a mention); "Production started on Feb. 3 at Long Duc Industrial Park in
  Dong Nai Province, where X of Vietnam Co. ... runs the plant" (41335) an inauguration sited in Đồng Nai, "of Vietnam"
  dropped, form "Co.".
- The Japanese magazine rendered: "the German packaging maker puts in another 24 million euros" (41323) an announced
  investment in EUR sited in Long An; "A land lease contract signed with X JSC, which develops and runs an industrial park
  in Long An, gives Kessler room for ..." (41324) a cooperation deal and event "signed" of developer and tenant, sited in
  Long An; the rendered licence "giấy chứng nhận đầu tư ... đã được trao cho X" (41320) a dated licence without grantor.
- Capital increase in English written as approval for the factory to go "from VND110 billion ($4.7 million) to VND342
  billion ($14.5 million)" (41330) is a licence without grantor of the 232 billion increase; the recalled first licence
  of "the plant" (41331) names no firm (money and area only).
- "USD 85 million has gone into a factory that carton maker X is building in Dong Nai province" (41332) is X's announced
  investment (a plant under construction).
- Roles as written: "country head of Fjordpak Vietnam", "Saigon Film Tech's chairperson", "Vietnam Printing Association
  chairman", "AP Packaging chief executive"; a bare "Thứ trưởng" before a name (41278, 41279) is the role "Thứ trưởng";
  "ông Khang", "ông Holmgren" give no person; "cô Phạm Thị Thu Vân" in acknowledgements a person without role; the
  report label "Người hướng dẫn X, Giảng viên" gives the role "Giảng viên".
- "Bình Dương, Đồng Nai giữ 62 trên mỗi 100 đô la vốn ngoại" (41268) gives both as USD (batch 130); footnote markers glued
  to numbers ("1.547 dự án FDI(2)", "98.412(1) doanh nghiệp") leave the counts as written; "30 - 35%" and "10 đến 14%"
  give both ends; "Trung tâm Xúc tiến đầu tư" in a "Thực hiện:" credit line is an organisation; "Bộ Đại dương và Thủy sản
  Hàn Quốc" is an organisation and the headline's "Hàn Quốc" one country entry; "Nam Tân Uyên" without "KCN" is no
  location; "8 tỷ" and "160 tỉ" read with the row's "đồng" are VND."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_133(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    LA = cur("Long An")
    BDg = cur("Bình Dương")
    DNai = cur("Đồng Nai")
    HD = cur("Hải Dương")
    HP = cur("Hải Phòng")
    VL = cur("Vĩnh Long")
    TH = cur("Thanh Hóa")
    QNg = cur("Quảng Ngãi")
    TG = cur("Tiền Giang")

    ids = iter(range(41201, 41600))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Tag, hashtag, title and slug pages, spam and archive lines (S1 r1 = S2 r1, S2 r2-r4, S3 r1 = S5 r1 = S8 r2 =
    # S12 r1, S5 r4 = S11 r3 = S12 r2 = S15 r1, S6 r2 = S8 r3, S8 r1, S10 r1, S10 r3, S11 r1-r2, S12 r3, S14 r1-r4, S15
    # r3-r4, S16 r1, S18 r1, S19 r3; the sample's most common kind) ---
    rows += [
        h(
            n(),
            "Nhà đầu tư ngoại đang nhòm ngó các hãng màng nhựa Việt có lãi đều và khách hàng ổn định.",
            "2024-05-06",
            "ministry",
            ["tag_page", "teaser_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "741203.qvnbt.asia › tin-tuc › Túi giấy Đồng Nai xuất khẩu tăng nhờ các hiệp định thương mại\nKhách châu Âu, Nhật Bản đặt thêm túi và hộp giấy, giúp kim ngạch bao bì giấy của Đồng Nai đi lên suốt từ đầu năm.",
            "2024-07-18",
            "ministry",
            ["spam_domain_with_news", "breadcrumb", "region_nothing", "multiline", "no_event"],
            provinces=[pv("Đồng Nai")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "màng bọc thực phẩm bao nhiêu tiền 1 cuộn",
            "2024-03-02",
            "ministry",
            ["tag_slug", "lowercase", "spam_keywords", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "túi zip giá sỉ bao nhiêu 1kg",
            "2024-03-02",
            "ministry",
            ["tag_slug", "lowercase", "spam_keywords", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Bao bì Nhựa Phước Tân\nNhật Bản và Hàn Quốc là hai thị trường mà dây chuyền màng ghép của dự án 420 tỷ này nhắm tới, bên cạnh khách trong nước.",
            "2023-11-09",
            "ministry",
            ["tag_page", "firm_tag_label", "project_by_cost_no_deal", "multiline", "no_event"],
            firms=[f("Bao bì Nhựa Phước Tân", "Công ty TNHH")],
            money=[m(420 * B, "VND")],
            locations=[country("Nhật Bản"), country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Vai trò của nhãn mác trong đóng gói hàng xuất khẩu",
            "2024-01-15",
            "ministry",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chức năng chính của bao bì vận chuyển là gì?",
            "2024-01-15",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận đủ điều kiện sản xuất bao bì tiếp xúc thực phẩm",
            "2023-06-21",
            "legal",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chuỗi cung ứng bao bì",
            "2023-06-21",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tiêu chuẩn mã hóa thẻ nhãn điện tử",
            "2022-10-03",
            "ministry",
            ["tag_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tháng Tám 2018 - Trang 37\nNhãn dán giúp người mua biết hàng làm ở đâu, dùng đến bao giờ; với nhà sản xuất, đó là tấm danh thiếp đầu tiên đặt trước mắt khách.",
            "2018-08-30",
            "ministry",
            ["date_archive_page", "page_number_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lưu trữ thẻ: pallet nhựa Bình Dương\nKho hàng càng mọc nhiều quanh các khu công nghiệp, nhu cầu pallet để chất xếp và nâng hạ hàng hóa càng lớn.",
            "2024-09-12",
            "ministry",
            ["nfd", "tag_page", "archive_label", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "THÙNG NHỰA CÔNG NGHIỆP: TỪ XƯỞNG ĐẾN KHO!\nNhựa Tân Hòa Phát kể lại chiếc thùng nhựa đi từ khuôn ép tới dây chuyền phân loại hàng ra sao.",
            "2022-04-27",
            "ministry",
            ["caps_title", "site_brand_firm", "multiline", "no_event"],
            firms=[f("Nhựa Tân Hòa Phát")],
            events=[],
        ),
        h(
            n(),
            "cách soi cầu bạch thủ lô chuẩn nhất hôm nay",
            "2024-11-30",
            "ministry",
            ["spam_keywords", "lottery_spam", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thùng carton 5 lớp in flexo giá rẻ Bình Dương giao nhanh",
            "2024-11-30",
            "ministry",
            ["spam_keywords", "lowercase", "count_in_product_spec_no_count", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Mua lại xưởng in có sẵn hay tự dựng nhà máy: hai cửa vào ngành bao bì của vốn ngoại",
            "2019-08-14",
            "ministry",
            ["tag_page", "teaser_line", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thẻ: đóng gói\nCông nghiệp bao bì thực phẩm: đơn hàng quay lại\nTăng khoảng 16% mỗi năm, bao bì cho thực phẩm chế biến là mảng hiếm hoi không chững lại.",
            "2021-12-03",
            "ministry",
            ["tag_page", "headline_lead", "percentage", "multiline", "no_event"],
            percentages=[16],
            events=[],
        ),
        h(
            n(),
            "“Nhìn hộp bánh của mình đặt cạnh hộp bánh Thái Lan, Malaysia là thấy khoảng cách, mà khoảng cách ấy tính bằng chục năm”.",
            "2017-05-22",
            "ministry",
            ["tag_page", "quote_only", "country_list", "duration_no_count", "no_event"],
            locations=[country("Thái Lan"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Hệ số co ngót thấp màng PE giá mỗi kg nhà máy bảng giá",
            "2020-12-20",
            "ministry",
            ["spam_keywords", "foreign_spam_domain", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thông tư 24/2019/TT-BCT Quy định định mức tiêu hao năng lượng trong sản xuất bao bì giấy",
            "2019-11-08",
            "legal",
            ["legal_signer_tag", "circular_number", "no_event"],
            decisions=[d("24/2019/TT-BCT")],
            events=[],
        ),
        h(
            n(),
            "Quy định mới của EU về bao bì và chất thải bao bì được thông qua cuối năm 2024 nhằm giảm lượng bao bì thải ra và thúc đẩy tái chế… Đọc tiếp EU siết nhãn tái chế trên bao bì nhựa từ năm 2026",
            "2025-01-09",
            "ministry",
            ["date_archive_page", "read_more_run_on", "region_nothing", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tags label-printing plant Kowa Tack Group sets up label plant in Viet Nam Saturday, Mar 14, 2020 A self-adhesive label plant two hours from HCM City, in the Mekong Delta province of Tien Giang, has been set up by Kowa Tack Group Vietnam.",
            "2020-03-14",
            "provincial",
            [
                E,
                "tag_page",
                "headline_lead_run_on",
                "set_up_plant",
                "announced_investment",
                "vietnam_dropped",
                "unaccented_province",
                "duration_no_count",
                "passive",
            ],
            firms=[f("Kowa Tack Group")],
            provinces=[pv("Tiền Giang"), pv("Hồ Chí Minh")],
            deals=[deal("investment", ["Kowa Tack Group"], None, TG)],
            events=[ev("investment_announcement", [F("Kowa Tack Group")], None, None, TG, "announced")],
        ),
        h(
            n(),
            "HCM CITY – Perak Polymers, which last year took 75 per cent of Phu Loc Packaging JSC, is one of a growing band of Malaysian buyers of Viet Nam's packaging makers […]\n↧",
            "2018-02-05",
            "ministry",
            [
                E,
                "feed_teaser",
                "recalled_acquisition",
                "deal_no_event",
                "adjective_no_country",
                "percentage",
                "multiline",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Perak Polymers"), f("Phu Loc Packaging", "JSC")],
            percentages=[75],
            deals=[deal("investment", ["Perak Polymers"])],
            events=[],
        ),
    ]
    # --- Explainers, student reports, document-store pages, legal-service and guide pages (S3 r2 = S5 r2, S3 r3, S3 r4 =
    # S8 r4, S5 r3 = S12 r4, S6 r1, S6 r3, S10 r2, S10 r4, S11 r4, S15 r2, S16 r2, S16 r3) ---
    rows += [
        h(
            n(),
            "THÔNG TIN TÀI LIỆU\nTiêu đề Tìm hiểu về màng ghép phức hợp cho bao bì thực phẩm\nTác giả Nguyễn Hoài Nam, Trần Bảo Ngọc, Lý Gia Huy\nNgười hướng dẫn Phạm Thị Thu Vân, Giảng viên\nTrường học Trường Đại học Công nghệ Thực phẩm TP. Hồ Chí Minh\nNăm xuất bản 2024\nSố trang 18",
            "2024-10-20",
            "ministry",
            [
                "document_store",
                "metadata_block",
                "author_list",
                "role_after_name",
                "page_count_no_count",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Nguyễn Hoài Nam", None),
                per("Trần Bảo Ngọc", None),
                per("Lý Gia Huy", None),
                per("Phạm Thị Thu Vân", "Giảng viên"),
            ],
            organizations=["Trường Đại học Công nghệ Thực phẩm TP. Hồ Chí Minh"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THỰC PHẨM TP. HỒ CHÍ MINH\nKHOA CÔNG NGHỆ THỰC PHẨM\nCHỦ ĐỀ: MÀNG GHÉP PHỨC HỢP\nGiảng viên hướng dẫn: Phạm Thị Thu Vân\nMôn học: Bao bì thực phẩm\nNhóm: 4\nLớp: DHTP19B\nThành phố Hồ Chí Minh, ngày 16 tháng 10 năm 2024",
            "2024-10-20",
            "ministry",
            [
                "nfd",
                "thesis_cover",
                "all_caps_org",
                "cover_label_role",
                "place_date_line",
                "class_code_nothing",
                "multiline",
                "no_event",
            ],
            organizations=["Trường Đại học Công nghệ Thực phẩm TP. Hồ Chí Minh"],
            persons=[per("Phạm Thị Thu Vân", "Giảng viên hướng dẫn")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "BẢNG PHÂN CÔNG NHIỆM VỤ:\nNguyễn Hoài Nam 2271043\n1 Tổng hợp nội dung 100%\nTrần Bảo Ngọc 2270518\n1 Tìm tài liệu + làm slide 95%",
            "2024-10-20",
            "ministry",
            ["task_table", "student_id_no_count", "persons_no_role", "percentage", "multiline", "no_event"],
            persons=[per("Nguyễn Hoài Nam", None), per("Trần Bảo Ngọc", None)],
            percentages=[100, 95],
            events=[],
        ),
        h(
            n(),
            "Theo Nghị định 43/2017/NĐ-CP, nhãn phải ghi tên hàng, tên và địa chỉ tổ chức chịu trách nhiệm về hàng hóa, xuất xứ; hàng nhập khẩu thì dán thêm nhãn phụ bằng tiếng Việt.",
            "2021-03-11",
            "legal",
            ["explainer", "decree_number", "no_event"],
            decisions=[d("43/2017/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Decal vỡ chống bóc, decal xi bạc hay decal nhựa PP khác nhau ở lớp mặt in; còn lớp keo và lớp đế bên dưới thì gần như giống nhau, tuỳ hãng.",
            "2021-03-11",
            "ministry",
            ["explainer", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngoài tên hàng và hạn dùng, nhiều doanh nghiệp in cả mã QR truy xuất lên tem để khách quét kiểm tra.",
            "2021-03-11",
            "ministry",
            ["explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "B  CÔNG TH ƯƠ NG\nTR ƯỜ NG Đ I H C CÔNG NGHI P TP.HCM\nĐ TÀI: BAO BÌ CH NG TĨNH ĐI N CHO LINH KI N ĐI N T\nGVHD: TR N MINH KHOA\nTp.HCM Ngày 05 tháng 11 năm 2014",
            "2014-11-20",
            "ministry",
            [
                "document_store",
                "broken_font",
                "thesis_cover",
                "broken_names_nothing",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "LỜI CẢM ƠN\nNhóm chúng em xin cảm ơn cô Phạm Thị Thu Vân đã tận tình hướng dẫn, cùng thư viện trường đã cho mượn tài liệu để hoàn thành bài tiểu luận này.",
            "2024-10-20",
            "ministry",
            ["document_store", "acknowledgements", "honorific_person", "multiline", "no_event"],
            persons=[per("Phạm Thị Thu Vân", None)],
            events=[],
        ),
        h(
            n(),
            "Kinh nghiệm đóng gói . March 3, 2025\nĐóng hàng linh kiện điện tử thế nào cho đúng chuẩn? Bo mạch, chip, ổ cứng dễ hỏng vì tĩnh điện và va đập; PackHub tổng hợp vài lưu ý dưới đây [&hellip",
            "2025-03-03",
            "ministry",
            [
                "blog_explainer",
                "category_label",
                "english_date",
                "site_brand_firm",
                "truncation_entity",
                "multiline",
                "no_event",
            ],
            firms=[f("PackHub")],
            events=[],
        ),
        h(
            n(),
            "Quy cách đóng gói hàng điện tử: doanh nghiệp cần biết gì?",
            "2025-03-03",
            "ministry",
            ["title_page", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "• Chống tĩnh điện: bo mạch, chip phải nằm trong túi ESD hoặc khay dẫn điện.\n• Chống va đập: chèn xốp EPE, túi khí hoặc khay định hình, để trống quanh hàng ít nhất 5 cm.",
            "2025-03-03",
            "ministry",
            ["blog_explainer", "bullet_list", "length_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "• Cước vận chuyển tính theo thể tích, nên thùng càng vừa khít hàng càng rẻ.\n• Hàng về tay khách nguyên vẹn thì ít đơn bị hoàn.",
            "2025-03-03",
            "ministry",
            ["blog_explainer", "bullet_list", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "1.547 dự án FDI(2) được cấp giấy chứng nhận đăng ký đầu tư trong nửa đầu năm 2024, khi cả nước đã có 98.412(1) doanh nghiệp lập mới.",
            "2024-08-02",
            "legal",
            ["consultancy_explainer", "footnote_markers", "count", "no_event"],
            quantities=[c(98412, "doanh nghiệp"), c(1547, "dự án FDI")],
            events=[],
        ),
        h(
            n(),
            "Không có giấy chứng nhận đăng ký đầu tư (IRC), dự án của nhà đầu tư nước ngoài chưa thể triển khai hợp pháp.",
            "2024-08-02",
            "legal",
            ["consultancy_explainer", "acronym_in_brackets", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Văn bản pháp lý:\n- Luật Đầu tư năm 2020 – khung pháp lý cho hoạt động đầu tư kinh doanh tại Việt Nam và ra nước ngoài.\n- Nghị định số 31/2021/NĐ-CP – quy định chi tiết một số điều của Luật Đầu tư.\n- Thông tư 25/2023/TT-BKHĐT – sửa đổi các mẫu văn bản, báo cáo về hoạt động đầu tư.",
            "2024-08-02",
            "legal",
            [
                "legal_basis_list",
                "law_without_number",
                "decree_number",
                "circular_number",
                "multiline",
                "no_event",
            ],
            decisions=[d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "1. Giấy phép xây dựng:\na. Bản vẽ phối cảnh, mặt bằng nhà máy nên được chủ đầu tư hạ tầng KCN góp ý trước khi nộp;\nb. Giấy phép xây dựng do Ban quản lý KCN cấp.",
            "2023-09-14",
            "legal",
            ["consultancy_explainer", "numbered_list", "bare_unit_word", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2. Trước ngày khởi công, hồ sơ PCCC đã thẩm duyệt và giấy phép xây dựng (bản sao) cần được nộp cho đơn vị quản lý hạ tầng.",
            "2023-09-14",
            "legal",
            ["consultancy_explainer", "numbered_list", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thời gian kiểm đếm có thể giảm 30 - 35%, năng suất kho tăng 10 đến 14%, còn sai sót kiểm kê giảm tới 80% khi dùng nhãn RFID, theo các hãng tư vấn.",
            "2019-08-05",
            "ministry",
            ["blog_explainer", "percentage_range", "no_event"],
            percentages=[30, 35, 10, 14, 80],
            events=[],
        ),
        h(
            n(),
            "RFID là gì?\n- Đầu đọc dùng sóng vô tuyến lấy dữ liệu từ chip gắn trên nhãn, không cần quét trực diện như mã vạch; tầm đọc xa nhất vài mét.",
            "2019-08-05",
            "ministry",
            ["blog_explainer", "multiline", "no_fields", "no_event", "vague_length"],
            events=[],
        ),
        h(
            n(),
            "Thẻ thụ động không có pin, chỉ đọc được ở cự ly ngắn; thẻ chủ động có nguồn riêng nên đọc xa hơn nhưng đắt hơn.",
            "2019-08-05",
            "ministry",
            ["blog_explainer", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "DỊCH VỤ ĐĂNG KÝ MÃ SỐ MÃ VẠCH\n\nI. CƠ SỞ PHÁP LÝ\n– Nghị định 13/2022/NĐ-CP sửa đổi, bổ sung một số điều về mã số, mã vạch\n– Nghị định 111/2021/NĐ-CP sửa đổi Nghị định 43/2017/NĐ-CP về nhãn hàng hóa",
            "2023-02-16",
            "legal",
            [
                "law_firm_service_page",
                "caps_title",
                "legal_basis_list",
                "decree_number",
                "multiline",
                "no_event",
            ],
            decisions=[d("13/2022/NĐ-CP"), d("111/2021/NĐ-CP"), d("43/2017/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp muốn có mã vạch phải nộp phí cấp mã theo Thông tư 10/2020/TT-BKHCN; thủ tục thường mất 5 - 7 ngày làm việc.",
            "2023-02-16",
            "legal",
            ["law_firm_service_page", "circular_number", "no_event", "duration_no_count"],
            decisions=[d("10/2020/TT-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "Pallet nhựa là gì? Ưu điểm và tiêu chuẩn\n1. Ưu điểm\n- Bền: dùng được nhiều năm, ít phải thay như pallet gỗ.\n- Nhẹ: một pallet nhựa cỡ 1.200 x 1.000 mm chỉ nặng chừng 15 kg.",
            "2023-07-19",
            "ministry",
            [
                "supplier_explainer",
                "dimensions_no_count",
                "weight_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Màng HDPE dày từ 0,5 đến 2 mm, chống thấm tốt, chịu được hóa chất và tia UV, nên được dùng lót hồ chứa, bãi rác và hầm biogas.",
            "2024-06-30",
            "ministry",
            ["off_theme_explainer", "thickness_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp làm màng và túi nhựa vừa và nhỏ, nhất là những nơi chưa từng xuất khẩu sang Nhật, EU hay Hoa Kỳ, là đối tượng chính của cẩm nang do Cục Xúc tiến Thương mại (Bộ Công Thương) biên soạn với tài trợ của chính phủ Na Uy.",
            "2007-04-10",
            "ministry",
            ["thesis_store", "funder_country", "org_in_brackets", "region_nothing", "no_event"],
            organizations=["Cục Xúc tiến Thương mại", "Bộ Công Thương"],
            locations=[country("Na Uy"), country("Nhật"), country("Hoa Kỳ")],
            events=[],
        ),
        h(
            n(),
            "Cẩm nang Tiếp thị Xuất khẩu - Ngành màng và túi nhựa Việt Nam – Tháng 3, 2007\n_______________ -1-\nBản thảo 2\nTháng 4/2007\nCục Xúc tiến Thương mại",
            "2007-04-10",
            "ministry",
            [
                "document_store",
                "guide_cover",
                "month_no_date",
                "page_marker_no_count",
                "multiline",
                "no_event",
            ],
            organizations=["Cục Xúc tiến Thương mại"],
            events=[],
        ),
        h(
            n(),
            "3.1. Nhãn sinh thái và chứng nhận tái chế .................... 14\n3.2. Túi nhựa tự phân huỷ: thị trường nào chấp nhận? .......... 16\n3.3. Hàng mẫu và hội chợ ........................ 18",
            "2007-04-10",
            "ministry",
            [
                "document_store",
                "table_of_contents",
                "old_tone",
                "page_numbers_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: a BOPP film plant in a Long An cluster, a business daily (S1 r2 = S4 r4) ---
    rows += [
        h(
            n(),
            "Hưng Thái đầu tư 1.150 tỷ đồng dựng nhà máy màng BOPP ở Long An\nHà Linh\nThứ sáu, 14/02/2020 - 09:30\nKhoảng 46.000 tấn màng mỗi năm là sản lượng mà nhà máy màng BOPP An Vĩnh hứa hẹn khi vận hành, dự kiến từ quý II/2021.",
            "2020-02-14",
            "ministry",
            [
                "headline_lead",
                "byline_name",
                "weekday_date_line",
                "announced_investment",
                "short_name_headline",
                "plant_name_no_firm",
                "capacity_no_count",
                "multiline",
            ],
            persons=[per("Hà Linh", None)],
            firms=[f("Hưng Thái")],
            provinces=[pv("Long An")],
            money=[m(1150 * B, "VND")],
            deals=[deal("investment", ["Hưng Thái"], 1150 * B, LA)],
            events=[ev("investment_announcement", [F("Hưng Thái")], 1150 * B, "VND", LA, "announced")],
        ),
        h(
            n(),
            "Giai đoạn 1 chiếm 4,2 ha của Cụm công nghiệp An Vĩnh ở huyện Đức Hòa (Long An); chủ đầu tư là Công ty CP Hoá chất Nhựa Hưng Thái, đã chốt bỏ ra 1.150 tỷ đồng.",
            "2020-02-14",
            "ministry",
            [
                "old_tone",
                "announced_investment",
                "bo_verb",
                "cluster_park",
                "area",
                "district",
                "province_in_brackets",
                "investor_line_with_amount",
            ],
            firms=[f("Hóa chất Nhựa Hưng Thái", "Công ty CP")],
            provinces=[pv("Long An")],
            money=[m(1150 * B, "VND")],
            areas=[ha(4.2)],
            locations=[park("Cụm công nghiệp An Vĩnh"), district("huyện Đức Hòa")],
            deals=[deal("investment", ["Hóa chất Nhựa Hưng Thái"], 1150 * B, LA)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Hóa chất Nhựa Hưng Thái")],
                    1150 * B,
                    "VND",
                    LA,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Hai nhà cung cấp thiết bị là Merrow Automation (Anh), lo phần điều khiển, và Steinau Folientechnik (Đức), giao trọn dây chuyền kéo màng.",
            "2020-02-14",
            "ministry",
            ["equipment_purchase_no_deal", "supplier_no_contract_word", "country_in_brackets", "no_event"],
            firms=[f("Merrow Automation"), f("Steinau Folientechnik")],
            locations=[country("Anh"), country("Đức")],
            events=[],
        ),
        h(
            n(),
            "Nhập khẩu màng BOPP vẫn ở mức 70 - 78 nghìn tấn mỗi năm, nên doanh nghiệp tính giữ khoảng 65% sản lượng cho khách trong nước.\nPhối cảnh nhà máy màng BOPP An Vĩnh (ảnh do doanh nghiệp cung cấp).",
            "2020-02-14",
            "ministry",
            ["output_split", "import_volume_no_count", "caption", "percentage", "multiline", "no_event"],
            percentages=[65],
            events=[],
        ),
    ]
    # --- Vietnamese news: a portal's sponsored piece on the same film plant two years on (S4 r1) ---
    rows += [
        h(
            n(),
            "Hội thảo màng BOPP An Vĩnh - hướng đi cho bao bì mềm nội địa\n\nTừ gói mì, túi cà phê đến cuộn băng keo, nhiều thứ quanh ta được bọc bằng BOPP – màng polypropylene kéo theo hai chiều, mỏng chỉ vài chục micromet.",
            "2022-05-10",
            "ministry",
            [
                "nfd",
                "sponsored_piece",
                "headline_lead",
                "multiline",
                "no_fields",
                "no_event",
                "vague_thickness",
            ],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc, Thái Lan và Indonesia là ba nguồn chính của lượng màng nhập, vốn chiếm chừng 58% nhu cầu năm 2021.",
            "2022-05-10",
            "ministry",
            ["import_share", "country_list", "percentage", "no_event", "count_in_words"],
            percentages=[58],
            locations=[country("Trung Quốc"), country("Thái Lan"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy (tên tiếng Anh An Vinh BOPP Film Plant) được Hưng Thái động thổ giữa năm 2020 trên 52.000 m2 ở Đức Hòa, Long An, vốn khoảng 1.150 tỷ đồng; Chủ tịch Trần Quốc Vĩnh khi đó nói dịch bệnh không làm chậm kế hoạch.",
            "2022-05-10",
            "ministry",
            [
                "nfd",
                "recalled_groundbreaking",
                "deal_no_event",
                "area",
                "approx",
                "passive_groundbreaking",
                "bare_role_before_name",
                "district_without_huyen_nothing",
            ],
            persons=[per("Trần Quốc Vĩnh", "Chủ tịch")],
            firms=[f("Hưng Thái")],
            provinces=[pv("Long An")],
            money=[m(1150 * B, "VND", approx=True)],
            areas=[ha(5.2)],
            deals=[deal("groundbreaking", ["Hưng Thái"], 1150 * B, LA)],
            events=[],
        ),
        h(
            n(),
            "BOPP An Vĩnh mỗi năm cung cấp chừng 46.000 tấn màng cho thị trường\n\nMàng ra từ dây chuyền khổ rộng 8,2 m, phẳng, chạy máy in tốc độ cao tốt và giao sớm hơn hàng nhập.",
            "2022-05-10",
            "ministry",
            [
                "subheading",
                "plant_name_no_firm",
                "capacity_no_count",
                "width_no_count",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Công ty Cổ phần Tập đoàn Hưng Thái Việt Nam (https://hungthaigroup.vn/) cho biết nhà máy đã chạy ổn định, mỗi năm đưa ra thị trường khoảng 46.000 tấn màng.",
            "2022-05-10",
            "ministry",
            [
                "group_word_dropped",
                "inline_url_nothing",
                "operation_no_deal",
                "capacity_no_count",
                "no_event",
            ],
            firms=[f("Hưng Thái Việt Nam", "Công ty CP")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a paper-tray plant opening in Bắc Ninh, a commodities site (S1 r4) ---
    rows += [
        h(
            n(),
            "Bắc Ninh đón thêm nhà máy khay giấy thay bao bì nhựa\n\n08/01/2020 10:42\nMỗi năm chừng 45 triệu hộp, tức khoảng 18.000 tấn, là mức mà nhà máy khay và túi giấy Yên Phong 3 nhắm tới.",
            "2020-01-08",
            "provincial",
            [
                "headline_lead",
                "timestamp_line",
                "plant_name_no_firm",
                "capacity_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Hơn 230 tỷ đồng (khoảng 10 triệu USD) là số tiền Công ty CP In và Bao bì Kim Thành Phát đã rót cho giai đoạn 1 của nhà máy vừa vận hành, trên 2,1 ha.",
            "2020-01-08",
            "provincial",
            [
                "inauguration_with_capital",
                "bracketed_conversion",
                "no_site_in_row",
                "area",
                "approx",
                "amount_first",
            ],
            firms=[f("In và Bao bì Kim Thành Phát", "Công ty CP")],
            money=[m(230 * B, "VND", approx=True), m(10 * M, "USD", approx=True)],
            areas=[ha(2.1)],
            deals=[deal("investment", ["In và Bao bì Kim Thành Phát"], 230 * B)],
            events=[
                ev("inauguration", [F("In và Bao bì Kim Thành Phát")], 230 * B, "VND", None, "completed")
            ],
        ),
        h(
            n(),
            "Khách ở Mỹ, EU và Nhật Bản đang bỏ dần khay nhựa, theo ông Đỗ Minh Khang, Chủ tịch HĐQT Công ty CP In và Bao bì Kim Thành Phát; vì thế công ty chọn làm hàng giấy đủ chuẩn để xuất đi.",
            "2020-01-08",
            "provincial",
            ["person_role_after", "reported_speech", "region_nothing", "wish_no_deal", "no_event"],
            persons=[per("Đỗ Minh Khang", "Chủ tịch HĐQT Công ty CP In và Bao bì Kim Thành Phát")],
            firms=[f("In và Bao bì Kim Thành Phát", "Công ty CP")],
            locations=[country("Mỹ"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Xưởng có điều hoà không khí, máy móc mua mới hoàn toàn – điều mà ông Khang gọi là “vé vào cửa” để bán cho khách ngoại.",
            "2020-01-08",
            "provincial",
            ["old_tone", "wish_no_deal", "no_fields", "no_event", "given_name_alone_no_person"],
            events=[],
        ),
        h(
            n(),
            "Lũy kế 1.512 dự án (1.014 dự án FDI và 498 dự án trong nước) với 19.874,6 triệu USD vốn đăng ký đã được cấp phép vào các KCN Bắc Ninh, ông Lê Văn Tường, Phó Trưởng ban Ban Quản lý các KCN tỉnh Bắc Ninh, cho biết.",
            "2020-01-08",
            "provincial",
            [
                "person_role_after",
                "cumulative_total_no_deal",
                "province_in_org_name",
                "count",
                "count_first",
                "speaker_last",
            ],
            persons=[per("Lê Văn Tường", "Phó Trưởng ban Ban Quản lý các KCN tỉnh Bắc Ninh")],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(1512, "dự án"), c(1014, "dự án FDI"), c(498, "dự án")],
            money=[m(19874.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Hơn một nghìn trong số này, cụ thể là 1.102 dự án, đang sản xuất.",
            "2020-01-08",
            "provincial",
            ["statistics", "count", "no_event", "count_in_words"],
            quantities=[c(1102, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm chính là hộp các-tông in sẵn cho đồ điện tử xuất khẩu, bên cạnh khay đựng trứng và túi giấy.",
            "2020-01-08",
            "provincial",
            ["product_list", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a trade magazine's video page (S1 r3) and a business weekly's FDI feature (S6 r4) ---
    rows += [
        h(
            n(),
            "Bao bì nhựa mềm còn nhiều dư địa\n\nNguồn trong nước mới lo được khoảng 2,1 triệu tấn nhựa dẻo, chưa tới 28% mức 7,6 triệu tấn/năm mà ngành sẽ cần, theo một báo cáo của VietMarket Insight về bao bì nhựa mềm.\nThu Trang - Quốc Bảo\n\nVideo khác",
            "2023-03-22",
            "ministry",
            [
                "video_page",
                "research_firm",
                "tonnage_no_count",
                "byline_pair",
                "page_chrome",
                "percentage",
                "multiline",
                "no_event",
            ],
            firms=[f("VietMarket Insight")],
            persons=[per("Thu Trang", None), per("Quốc Bảo", None)],
            percentages=[28],
            events=[],
        ),
        h(
            n(),
            "(KTSG Online) - Chip, công nghệ cao và hàng chế biến sâu được dự báo sẽ hút phần lớn vốn ngoại trong những tháng tới, dù kinh tế còn nhiều khó khăn.\n- Bình Dương, Đồng Nai giữ 62 trên mỗi 100 đô la vốn ngoại vào bao bì\n- Doanh nghiệp bao bì Nhật rót tiền vào dây chuyền in flexo",
            "2023-08-15",
            "ministry",
            [
                "outlet_prefix_nothing",
                "related_links",
                "dollar_word",
                "unnamed_investor_no_deal",
                "multiline",
                "no_event",
            ],
            money=[m(62, "USD"), m(100, "USD")],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Vốn FDI đăng ký nửa đầu năm chỉ khoảng 12,8 tỉ đô la Mỹ, thấp hơn 5,1% cùng kỳ (số liệu Tổng cục Thống kê).",
            "2023-08-15",
            "ministry",
            ["national_total_no_deal", "dollar_word", "approx", "percentage", "no_event"],
            money=[m(12.8 * B, "USD", approx=True)],
            percentages=[5.1],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
        h(
            n(),
            "Tổng cục Thống kê quy phần lớn mức giảm cho kinh tế thế giới chậm lại, lạm phát cao và tín dụng toàn cầu bị siết.",
            "2023-08-15",
            "ministry",
            ["nfd", "commentary", "no_event"],
            organizations=["Tổng cục Thống kê"],
            events=[],
        ),
        h(
            n(),
            "Năm 2022 là lần đầu sau nhiều năm vốn ngoại vào Việt Nam đi lùi, mất gần 10%.",
            "2023-08-15",
            "ministry",
            ["national_total_no_deal", "percentage", "no_event"],
            percentages=[10],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Swedish carton maker breaks ground in Bình Dương, a business daily (S7 r1), an investment
    # daily with related links and captions (S7 r2) and a contractor's project page (S7 r3) ---
    rows += [
        h(
            n(),
            "Nordvik Carton khởi công nhà máy bao bì 95 triệu USD ở Bình Dương\nMinh Quân\nThứ hai, 12/03/2018 - 18:05\nHãng sữa và nước giải khát nào ở Việt Nam cũng quen với hộp giấy tiệt trùng của Tập đoàn Nordvik Carton (Thụy Điển).",
            "2018-03-12",
            "ministry",
            [
                "headline_lead",
                "groundbreaking",
                "headline_amount",
                "byline_name",
                "weekday_date_line",
                "bare_and_form_one_entry",
                "country_in_brackets",
                "multiline",
            ],
            firms=[f("Nordvik Carton", "Tập đoàn")],
            persons=[per("Minh Quân", None)],
            provinces=[pv("Bình Dương")],
            money=[m(95 * M, "USD")],
            locations=[country("Thụy Điển")],
            deals=[deal("groundbreaking", ["Nordvik Carton"], 95 * M, BDg)],
            events=[ev("groundbreaking", [F("Nordvik Carton")], 95 * M, "USD", BDg, "started")],
        ),
        h(
            n(),
            "Hộp giấy tiệt trùng do Nordvik Carton sản xuất.",
            "2018-03-12",
            "ministry",
            ["caption", "no_event"],
            firms=[f("Nordvik Carton")],
            events=[],
        ),
        h(
            n(),
            "14 tỉ hộp mỗi năm từ đầu năm 2020 là công suất nhắm tới của nhà máy mà Nordvik Carton động thổ sáng nay (12/3) ở KCN Nam Tân Uyên, tỉnh Bình Dương; dự án chiếm 8 ha, vốn 95 triệu USD.",
            "2018-03-12",
            "ministry",
            [
                "groundbreaking",
                "deal_date",
                "date_in_brackets",
                "park",
                "area",
                "capacity_no_count",
                "capacity_first",
            ],
            firms=[f("Nordvik Carton")],
            provinces=[pv("Bình Dương")],
            money=[m(95 * M, "USD")],
            areas=[ha(8)],
            locations=[park("Khu công nghiệp Nam Tân Uyên")],
            deals=[deal("groundbreaking", ["Nordvik Carton"], 95 * M, BDg, "2018-03-12")],
            events=[ev("groundbreaking", [F("Nordvik Carton")], 95 * M, "USD", BDg, "started")],
        ),
        h(
            n(),
            "Trong khu vực, đây là cơ sở bao bì thứ năm của tập đoàn, theo ông Anders Holmgren, Chủ tịch Nordvik Carton khu vực châu Á - Thái Bình Dương.",
            "2018-03-12",
            "ministry",
            ["person_role_after", "region_in_role", "ordinal_not_count", "no_event", "speaker_last"],
            persons=[per("Anders Holmgren", "Chủ tịch Nordvik Carton khu vực châu Á - Thái Bình Dương")],
            firms=[f("Nordvik Carton")],
            events=[],
        ),
        h(
            n(),
            "Việt Nam có thể đạt mức tăng 7%/năm về sữa và đồ uống đóng hộp, nhanh hơn mức khoảng 5,2% của cả vùng gồm Đông Nam Á, Nhật Bản, Hàn Quốc và Australia, ông Holmgren dự báo.",
            "2018-03-12",
            "ministry",
            ["surname_alone_no_person", "region_nothing", "country_list", "percentage", "no_event"],
            percentages=[7, 5.2],
            locations=[country("Nhật Bản"), country("Hàn Quốc"), country("Australia")],
            events=[],
        ),
        h(
            n(),
            "-\nQuảng Ngãi kêu gọi đầu tư nhà máy xử lý rác 1.900 tỷ đồng\n-\nThành lập Ban Quản lý Khu kinh tế Đà Nẵng mới sau sáp nhập\n-\nĐồng Nai duyệt chủ trương tuyến đường trên cao dọc Quốc lộ 1\nTrong 61 dự án Thụy Điển tại Việt Nam, chưa dự án nào lớn bằng nhà máy này, Thứ trưởng Bộ Kế hoạch và Đầu tư Phạm Đức Hòa nói.",
            "2018-03-12",
            "ministry",
            [
                "nfd",
                "related_links",
                "call_for_investment_no_deal",
                "count",
                "multiline",
                "no_event",
                "role_before_name",
                "speaker_last",
            ],
            provinces=[pv("Quảng Ngãi"), pv("Đà Nẵng"), pv("Đồng Nai")],
            organizations=["Ban Quản lý Khu kinh tế Đà Nẵng", "Bộ Kế hoạch và Đầu tư"],
            persons=[per("Phạm Đức Hòa", "Thứ trưởng Bộ Kế hoạch và Đầu tư")],
            money=[m(1900 * B, "VND")],
            quantities=[c(61, "dự án")],
            locations=[country("Thụy Điển")],
            events=[],
        ),
        h(
            n(),
            "![]() |\nThứ trưởng Phạm Đức Hòa (giữa) cùng đại diện Nordvik Carton tại lễ động thổ |",
            "2018-03-12",
            "ministry",
            [
                "caption_chrome",
                "role_before_name",
                "caption_no_event",
                "multiline",
                "no_event",
                "bare_role_before_name",
            ],
            persons=[per("Phạm Đức Hòa", "Thứ trưởng")],
            firms=[f("Nordvik Carton")],
            events=[],
        ),
        h(
            n(),
            "“Nhiều doanh nghiệp Bắc Âu đang xếp hàng sau dự án này, nên thủ tục ở Bình Dương cần gọn hơn nữa,” Thứ trưởng Phạm Đức Hòa nhấn mạnh.",
            "2018-03-12",
            "ministry",
            ["quote", "role_before_name_bare", "region_nothing", "no_event"],
            persons=[per("Phạm Đức Hòa", "Thứ trưởng")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Về tiêu thụ năng lượng, nhà máy ở Nam Tân Uyên được Nordvik Carton xếp vào nhóm tiết kiệm nhất toàn hệ thống.",
            "2018-03-12",
            "ministry",
            ["no_event", "place_without_kcn_nothing"],
            firms=[f("Nordvik Carton")],
            events=[],
        ),
        h(
            n(),
            "Thi công nhà máy bao bì Nordvik Carton - Nam Tân Uyên\nVỊ TRÍ\nKCN Nam Tân Uyên, Bình Dương\nCHỦ ĐẦU TƯ\nTập đoàn Nordvik Carton\nLOẠI HÌNH DỰ ÁN\nNhà máy\nQUY MÔ\nDiện tích xây dựng 31.000m2 trên khuôn viên 80.000m2\nTHỜI GIAN THI CÔNG 2018 - 2019",
            "2019-06-03",
            "ministry",
            [
                "contractor_project_page",
                "label_block",
                "investor_line",
                "deal_no_event",
                "park",
                "area",
                "multiline",
            ],
            firms=[f("Nordvik Carton", "Tập đoàn")],
            provinces=[pv("Bình Dương")],
            areas=[ha(3.1), ha(8)],
            locations=[park("Khu công nghiệp Nam Tân Uyên")],
            deals=[deal("investment", ["Nordvik Carton"], None, BDg)],
            events=[],
        ),
        h(
            n(),
            "Công suất có thể kéo lên 14 tỉ hộp/năm; khoản đầu tư cho khu 80.000 mét vuông là 95 triệu đô la Mỹ.",
            "2019-06-03",
            "ministry",
            ["plant_worth_no_firm", "dollar_word", "area", "capacity_no_count", "no_event"],
            money=[m(95 * M, "USD")],
            areas=[ha(8)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Hong Kong packaging firm's plant approved in Hải Dương, a provincial paper's mobile page
    # (S7 r4) ---
    rows += [
        h(
            n(),
            "Nhà máy bao bì 380 tỷ đồng của Wah Kee Packaging về Hải Dương\n\nTHỨ BA, 19/11/2019 14:05:12\n\nDự án Nhà máy sản xuất, in và gia công bao bì Wah Kee của Công ty TNHH Wah Kee Packaging (Hong Kong) vừa qua bước chấp thuận chủ trương đầu tư của UBND tỉnh.",
            "2019-11-19",
            "provincial",
            [
                "headline_lead",
                "caps_date_line",
                "policy_approval_licence",
                "bare_committee_grantor",
                "headline_amount",
                "bare_and_form_one_entry",
                "multiline",
                "project_first",
                "plant_name_no_firm",
            ],
            firms=[f("Wah Kee Packaging", "Công ty TNHH")],
            provinces=[pv("Hải Dương")],
            money=[m(380 * B, "VND")],
            locations=[country("Hong Kong")],
            deals=[deal("investment", ["Wah Kee Packaging"], 380 * B, HD)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh"), F("Wah Kee Packaging")],
                    380 * B,
                    "VND",
                    HD,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Chủ sở hữu góp 95 tỷ đồng, bằng 25% trong tổng 380 tỷ đồng (khoảng 16,4 triệu USD); dự án được phép hoạt động 50 năm.",
            "2019-11-19",
            "provincial",
            ["project_terms_no_firm", "conversion", "duration_no_count", "percentage", "no_event", "approx"],
            money=[m(95 * B, "VND"), m(380 * B, "VND"), m(16_400_000, "USD", approx=True)],
            percentages=[25],
            events=[],
        ),
        h(
            n(),
            "Nhà máy cần 62.450 m2 đất ở Cụm công nghiệp Ngọc Sơn (xã Ngọc Sơn, Tứ Kỳ).\n\nTheo Báo Đầu tư",
            "2019-11-19",
            "provincial",
            [
                "cluster_park",
                "commune_nothing",
                "district_without_huyen_nothing",
                "source_line_nothing",
                "area",
                "multiline",
                "no_event",
            ],
            areas=[ha(6.245)],
            locations=[park("Cụm công nghiệp Ngọc Sơn")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a listed plastic-packaging maker's treasury shares and foreign room, a business magazine (S9
    # r1), and a broker's buyback notice (S9 r2) ---
    rows += [
        h(
            n(),
            "Minh Tâm Thứ Tư | 26/09/2018 09:12\n\nNới room ngoại lên 100%, Bao bì Nhựa Gia Định bán nốt cổ phiếu quỹ",
            "2018-09-26",
            "ministry",
            [
                "byline_date_line",
                "headline",
                "treasury_shares_no_deal",
                "percentage",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Tâm", None)],
            firms=[f("Bao bì Nhựa Gia Định")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "412.000 cổ phiếu quỹ của Công ty Cổ phần Bao bì Nhựa Gia Định (BGD) sẽ được bán hết, khớp lệnh hoặc thoả thuận, trong khoảng 1.10 - 31.10, theo nghị quyết HĐQT vừa công bố.",
            "2018-09-26",
            "ministry",
            ["old_tone", "ticker_in_brackets", "treasury_shares_no_deal", "count", "no_event", "count_first"],
            firms=[f("Bao bì Nhựa Gia Định", "Công ty CP")],
            quantities=[c(412000, "cổ phiếu quỹ")],
            events=[],
        ),
        h(
            n(),
            "Số tiền thu về, ước chừng 2,5 tỉ đồng nếu cổ phiếu giữ giá quanh 6.100 đồng, sẽ dồn hết vào vốn lưu động.",
            "2018-09-26",
            "ministry",
            ["price_per_share_no_money", "proceeds", "approx", "no_event"],
            money=[m(2.5 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Ủy ban Chứng khoán Nhà nước ngày 18.9 đã có văn bản về việc BGD cho nhà đầu tư ngoại sở hữu tới 100% vốn, thay vì 49% như trước.",
            "2018-09-26",
            "ministry",
            ["nfd", "ticker_no_firm", "foreign_room_no_deal", "percentage", "no_event"],
            percentages=[100, 49],
            organizations=["Ủy ban Chứng khoán Nhà nước"],
            events=[],
        ),
        h(
            n(),
            "Vốn điều lệ đã lên 208 tỉ đồng (trước là 160 tỉ) sau đợt chia cổ tức kèm thưởng cổ phiếu 30% hồi cuối tháng 8. Sáu tháng, BGD lãi 7,1 tỉ đồng trên 482 tỉ đồng doanh thu.",
            "2018-09-26",
            "ministry",
            [
                "dividend_no_deal",
                "charter_capital_no_deal",
                "revenue_no_deal",
                "percentage",
                "no_event",
                "ticker_no_firm",
                "amount_without_currency_word",
            ],
            percentages=[30],
            money=[m(208 * B, "VND"), m(160 * B, "VND"), m(7.1 * B, "VND"), m(482 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Noi room ngoai len 100%, Bao bi Nhua Gia Dinh ban not co phieu quy",
            "2018-09-26",
            "ministry",
            ["unaccented", "repeated_headline", "percentage", "no_event"],
            firms=[f("Bao bi Nhua Gia Dinh")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Thông báo mua cổ phiếu quỹ - CTCP Bao bì và Xuất nhập khẩu Hòa Bình (HOPAC)\n1. Tổng số cổ phần dự kiến mua lại làm cổ phiếu quỹ: 900.000 CP\n2. Nguồn vốn: thặng dư vốn cổ phần và lợi nhuận sau thuế chưa phân phối theo báo cáo tài chính kiểm toán năm 2015.",
            "2016-03-08",
            "legal",
            [
                "broker_notice",
                "numbered_terms",
                "ctcp_form",
                "acronym_in_brackets",
                "province_in_firm_name_no_mention",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Bao bì và Xuất nhập khẩu Hòa Bình", "Công ty CP")],
            quantities=[c(900000, "CP")],
            events=[],
        ),
        h(
            n(),
            "3. Giá: tối đa 14.500 đồng/cổ phần.\n4. Thời gian đăng ký bán và giao dịch: từ ngày 21/03/2016 tới ngày 30/03/2016.\nGiấy đăng ký bán.docx\nThông báo hướng dẫn thủ tục.pdf",
            "2016-03-08",
            "legal",
            [
                "broker_notice",
                "price_per_share_no_money",
                "attachment_names",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
    ]
    # --- Vietnamese news: quiet takeovers in plastic packaging, a blog repost (S9 r3), and a tender offer, a news site
    # (S9 r4) ---
    rows += [
        h(
            n(),
            "Hanseong Packaging Corporation (Hàn Quốc) nay nắm trên 91% vốn Công ty CP Bao bì Nhựa Phú Lâm, có hơn 12 triệu cổ phiếu vừa quay lại UPCoM hồi đầu tháng 3.",
            "2017-04-20",
            "ministry",
            [
                "blog_repost",
                "shareholding_no_deal",
                "corporation_kept",
                "exchange_nothing",
                "count",
                "approx",
                "percentage",
                "no_event",
            ],
            firms=[f("Hanseong Packaging Corporation"), f("Bao bì Nhựa Phú Lâm", "Công ty CP")],
            quantities=[c(12 * M, "cổ phiếu", True)],
            percentages=[91],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Ông Trương Văn Lộc, Chủ tịch kiêm Tổng giám đốc, từng cố mua thêm để giữ ghế khi thấy đối tác ngoại nhòm ngó, nhưng 21% trong tay ông không đủ.",
            "2017-04-20",
            "ministry",
            ["person_purchase_no_deal", "percentage", "no_event", "person_role_after"],
            persons=[per("Trương Văn Lộc", "Chủ tịch kiêm Tổng giám đốc")],
            percentages=[21],
            events=[],
        ),
        h(
            n(),
            "Tính theo giá quanh 54.000 đồng/cổ phiếu giữa năm 2015, thương vụ ngốn của phía Hàn Quốc khoảng 720 tỉ đồng trở lên.",
            "2017-04-20",
            "ministry",
            ["unnamed_buyer_no_deal", "price_per_share_no_money", "approx", "no_event"],
            money=[m(720 * B, "VND", approx=True)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Phú Lâm, thương hiệu có từ năm 1968 và quen thuộc với sọt nhựa, bao bì màng ghép, đổi chủ mà gần như không ai trong ngành hay biết trước.",
            "2017-04-20",
            "ministry",
            ["commentary", "short_name", "founding_year_no_deal", "no_event"],
            firms=[f("Phú Lâm")],
            events=[],
        ),
        h(
            n(),
            "Công ty Bao bì Hoàng Gia cũng đã về tay Hanseong Packaging; cùng thời gian, 75% cổ phần Công ty CP Bao bì Nhựa Tân Bình Minh được Tập đoàn Ayutthaya Pack (Thái Lan) mua xong.",
            "2017-04-20",
            "ministry",
            ["recalled_acquisition", "deal_no_event", "two_buyers", "percentage", "target_first", "passive"],
            firms=[
                f("Bao bì Hoàng Gia", "Công ty"),
                f("Hanseong Packaging"),
                f("Bao bì Nhựa Tân Bình Minh", "Công ty CP"),
                f("Ayutthaya Pack", "Tập đoàn"),
            ],
            percentages=[75],
            locations=[country("Thái Lan")],
            deals=[deal("investment", ["Hanseong Packaging"]), deal("investment", ["Ayutthaya Pack"])],
            events=[],
        ),
        h(
            n(),
            "Lãi sau thuế của Phú Lâm năm ngoái vọt 71%, lên hơn 96 tỉ đồng, dù doanh thu chỉ nhích tới 1.288 tỉ đồng.",
            "2017-04-20",
            "ministry",
            ["revenue_no_deal", "approx", "percentage", "no_event"],
            firms=[f("Phú Lâm")],
            money=[m(96 * B, "VND", approx=True), m(1288 * B, "VND")],
            percentages=[71],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch năm 2017 của Phú Lâm: lãi 150 tỉ đồng (tăng 56%), doanh thu 1.650 tỉ đồng.",
            "2017-04-20",
            "ministry",
            ["plan_targets_no_deal", "short_name", "percentage", "no_event"],
            firms=[f("Phú Lâm")],
            money=[m(150 * B, "VND"), m(1650 * B, "VND")],
            percentages=[56],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Nhựa Kỹ thuật Bảo Lâm (mã CK: BLP) vừa nhận thông báo chào mua công khai từ Lotus Polymers B.V., đơn vị thuộc Tập đoàn Siam Resin – một nhà làm hạt nhựa PET lớn ở châu Á.",
            "2022-02-21",
            "ministry",
            [
                "tender_offer",
                "announced_acquisition",
                "subsidiary_buyer",
                "parent_mention",
                "ticker_in_brackets",
                "region_nothing",
                "target_first",
            ],
            firms=[
                f("Lotus Polymers", "B.V."),
                f("Siam Resin", "Tập đoàn"),
                f("Nhựa Kỹ thuật Bảo Lâm", "Công ty CP"),
            ],
            deals=[deal("investment", ["Lotus Polymers"])],
            events=[
                ev(
                    "acquisition",
                    [F("Lotus Polymers"), F("Nhựa Kỹ thuật Bảo Lâm")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Giá chào 24.800 đồng/cp cho 64,2 triệu cổ phiếu – cũng là toàn bộ lượng đang lưu hành – nghĩa là bên mua sẽ chi chừng 1.592 tỉ đồng, quy ra khoảng 2,25 tỉ baht.",
            "2022-02-21",
            "ministry",
            [
                "tender_terms_no_buyer_name",
                "price_per_share_no_money",
                "baht",
                "count",
                "approx",
                "no_event",
                "conversion_in_words",
            ],
            quantities=[c(64.2 * M, "cổ phiếu")],
            money=[m(1592 * B, "VND", approx=True), m(2.25 * B, "THB", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Nếu chưa gom được 58,9 triệu cổ phiếu (91,7%) trong đợt nhận đăng ký từ 3/3 đến 14/4/2022, bên mua sẽ hủy chào mua.",
            "2022-02-21",
            "ministry",
            ["tender_terms_no_buyer_name", "cancel_condition", "count", "percentage", "no_event"],
            quantities=[c(58.9 * M, "cổ phiếu")],
            percentages=[91.7],
            events=[],
        ),
        h(
            n(),
            "Ngưỡng ấy gần khớp phần vốn của 5 cổ đông lớn của BLP cộng lại.",
            "2022-02-21",
            "ministry",
            ["ticker_no_firm", "count", "no_event"],
            quantities=[c(5, "cổ đông lớn")],
            events=[],
        ),
        h(
            n(),
            "Năm cổ đông lớn của BLP (số liệu ngày 31/12/2021) gồm quỹ Orchid Four Limited với 24,6 triệu cổ phiếu (38,3%), ông Lâm Văn Phát 13,9 triệu (21,6%), bà Trịnh Ngọc Mai 8,2 triệu (12,8%), bà Lâm Trịnh Bảo Anh 6,1 triệu (9,5%) và ông Lâm Gia Khiêm 4,3 triệu (6,7%).",
            "2022-02-21",
            "ministry",
            [
                "shareholder_list",
                "shareholding_no_deal",
                "ticker_no_firm",
                "persons_no_role",
                "foreign_form",
                "count",
                "percentage",
                "no_event",
                "count_in_words",
                "count_without_noun_nothing",
            ],
            firms=[f("Orchid Four", "Limited")],
            persons=[
                per("Lâm Văn Phát", None),
                per("Trịnh Ngọc Mai", None),
                per("Lâm Trịnh Bảo Anh", None),
                per("Lâm Gia Khiêm", None),
            ],
            quantities=[c(24.6 * M, "cổ phiếu")],
            percentages=[38.3, 21.6, 12.8, 9.5, 6.7],
            events=[],
        ),
        h(
            n(),
            "Chỉ 19 cổ đông dự ĐHĐCĐ thường niên 2021 (ngày 28/9/2021) nhưng họ đại diện tới 58,6 triệu cổ phiếu, tức 91,2% quyền biểu quyết.",
            "2022-02-21",
            "ministry",
            ["agm_attendance", "count", "percentage", "no_event"],
            quantities=[c(19, "cổ đông"), c(58.6 * M, "cổ phiếu")],
            percentages=[91.2],
            events=[],
        ),
    ]
    # --- Vietnamese news: capital increases and approvals for packaging plants (S13 r1-r4): a Vĩnh Long paper, the
    # Hải Phòng zone authority's portal, a procurement daily on Hải Dương and a Quảng Nam paper ---
    rows += [
        h(
            n(),
            "Thêm 31 tỷ đồng cho nhà máy bao bì carton của Bao bì Tân Hạnh\n\nCập nhật, 15:20, Thứ Sáu, 02/07/2021 (GMT+7)\n\nCông ty CP Bao bì Tân Hạnh đặt nhà máy ở lô B3 Khu công nghiệp Bình Minh, xã Mỹ Hòa, thị xã Bình Minh.",
            "2021-07-02",
            "provincial",
            [
                "headline_lead",
                "capital_increase",
                "headline_amount",
                "timestamp_line",
                "bare_and_form_one_entry",
                "park_names_no_province",
                "district",
                "licence_no_grantor",
                "multiline",
                "amount_first",
            ],
            firms=[f("Bao bì Tân Hạnh", "Công ty CP")],
            money=[m(31 * B, "VND")],
            locations=[park("Khu công nghiệp Bình Minh"), district("thị xã Bình Minh")],
            deals=[deal("investment", ["Bao bì Tân Hạnh"], 31 * B)],
            events=[ev("investment_licence", [F("Bao bì Tân Hạnh")], 31 * B, "VND", None, "licensed")],
        ),
        h(
            n(),
            "Vốn dự án của Bao bì Tân Hạnh được nâng từ 64 tỷ lên 95 tỷ đồng (tăng 31 tỷ đồng) theo giấy chứng nhận điều chỉnh mà Ban Quản lý các khu công nghiệp Vĩnh Long cấp ngày 24/6/2021; công ty còn được cho thuê lại 5.120 m2 nhà xưởng.",
            "2021-07-02",
            "provincial",
            [
                "nfd",
                "capital_increase_from_to",
                "licence",
                "board_as_grantor",
                "deal_date",
                "province_in_org_name",
                "area",
                "passive",
                "grantor_in_relative_clause",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp Vĩnh Long"],
            provinces=[pv("Vĩnh Long")],
            firms=[f("Bao bì Tân Hạnh")],
            money=[m(64 * B, "VND"), m(95 * B, "VND"), m(31 * B, "VND")],
            areas=[ha(0.512)],
            deals=[deal("investment", ["Bao bì Tân Hạnh"], 31 * B, VL, "2021-06-24")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các khu công nghiệp Vĩnh Long"), F("Bao bì Tân Hạnh")],
                    31 * B,
                    "VND",
                    VL,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "130 lao động đang làm việc tại nhà máy, vốn đã giải ngân đủ 64 tỷ đồng từ khi chạy năm 2009; công suất sẽ lên 36 triệu sản phẩm/năm thay vì 24 triệu.\nNGỌC HÂN",
            "2021-07-02",
            "provincial",
            [
                "capacity_no_count",
                "disbursed_no_firm",
                "byline_caps",
                "count",
                "multiline",
                "no_event",
                "count_first",
            ],
            money=[m(64 * B, "VND")],
            quantities=[c(130, "lao động")],
            persons=[per("Ngọc Hân", None)],
            events=[],
        ),
        h(
            n(),
            "Dự án khay nhựa FDI ở KCN Nomura – Hải Phòng được tăng vốn\n\nGrand Ocean Tableware Limited (Hồng Kông) đã nhận Giấy chứng nhận đăng ký đầu tư điều chỉnh từ Ban Quản lý Khu kinh tế Hải Phòng ngày 14/9/2017 cho dự án khay và hộp nhựa đựng thực phẩm ở KCN Nomura – Hải Phòng: quy mô, tổng vốn và tiến độ đều thay đổi.",
            "2017-09-18",
            "provincial",
            [
                "portal_news",
                "headline_lead",
                "capital_increase_no_amount",
                "licence",
                "board_as_grantor",
                "deal_date",
                "foreign_form",
                "en_dash_park",
                "multiline",
                "investor_first",
                "received_from_grantor",
            ],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Grand Ocean Tableware", "Limited")],
            locations=[park("Khu công nghiệp Nomura – Hải Phòng"), country("Hồng Kông")],
            deals=[deal("investment", ["Grand Ocean Tableware"], None, HP, "2017-09-14")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Hải Phòng"), F("Grand Ocean Tableware")],
                    None,
                    None,
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Vốn mới là 9,2 triệu USD, từ mức 6,5 triệu USD; toàn bộ khay, hộp, màng bọc thực phẩm và hạt nhựa bán thành phẩm làm ra sẽ xuất khẩu, mỗi năm 6.000 tấn khay hộp và 8.000 tấn màng.",
            "2017-09-18",
            "provincial",
            ["capital_from_to_no_firm", "capacity_no_count", "no_event"],
            money=[m(9.2 * M, "USD"), m(6.5 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Tháng 12/2017 là mốc chạy máy dự kiến của phần màng bọc; hạng mục khay hộp thì sản xuất từ tháng 3/2015./.\n\nThực hiện: Trung tâm Xúc tiến đầu tư",
            "2017-09-18",
            "provincial",
            ["schedule_no_event", "credit_line_org", "multiline", "no_event"],
            organizations=["Trung tâm Xúc tiến đầu tư"],
            events=[],
        ),
        h(
            n(),
            "(BĐT) - Trên 540 tỷ đồng là tổng vốn của 2 dự án mở rộng nhà máy bao bì (bao Jumbo, bao dệt PP) mà Công ty CP Bao bì Minh Đức vừa được UBND tỉnh Hải Dương phê duyệt điều chỉnh.",
            "2022-05-16",
            "provincial",
            [
                "outlet_prefix_nothing",
                "adjustment_approval_licence",
                "two_projects_one_licence",
                "count",
                "approx",
                "amount_first",
                "passive",
            ],
            organizations=["Ủy ban nhân dân tỉnh Hải Dương"],
            provinces=[pv("Hải Dương")],
            firms=[f("Bao bì Minh Đức", "Công ty CP")],
            quantities=[c(2, "dự án")],
            money=[m(540 * B, "VND", approx=True)],
            deals=[deal("investment", ["Bao bì Minh Đức"], 540 * B, HD)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Hải Dương"), F("Bao bì Minh Đức")],
                    540 * B,
                    "VND",
                    HD,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy số 3 tăng vốn, mở rộng lên 249,6 tỷ đồng và 36.515,4 m2 (thời hạn 50 năm); nhà máy số 2 giữ thời hạn tới 20/8/2061, vốn sau điều chỉnh 291,386 tỷ đồng trên 31.240 m2 đất.",
            "2022-05-16",
            "provincial",
            ["plant_lines_no_second_deal", "three_decimals", "area", "duration_no_count", "no_event"],
            money=[m(249.6 * B, "VND"), m(291.386 * B, "VND")],
            areas=[ha(3.65154), ha(3.124)],
            events=[],
        ),
        h(
            n(),
            "Dự án nhà máy thùng carton vào Cụm công nghiệp Đông Phú\n\nQUANG VINH |\n\nCông ty TNHH Dae Won Pack Vina được UBND tỉnh chấp thuận hôm qua 14.8 cho đầu tư nhà máy thùng carton rộng 1,6ha ở Cụm công nghiệp Đông Phú (xã Quế Xuân, Quế Sơn).",
            "2016-08-15",
            "provincial",
            [
                "headline_lead",
                "byline_caps",
                "policy_approval_licence",
                "bare_committee_grantor",
                "deal_date",
                "trailing_vina",
                "cluster_park",
                "district_without_huyen_nothing",
                "area",
                "multiline",
                "licence_passive",
                "investor_first",
            ],
            persons=[per("Quang Vinh", None)],
            firms=[f("Dae Won Pack", "Công ty TNHH")],
            areas=[ha(1.6)],
            locations=[park("Cụm công nghiệp Đông Phú")],
            deals=[deal("investment", ["Dae Won Pack"], None, None, "2016-08-14")],
            events=[
                ev("investment_licence", [G("UBND tỉnh"), F("Dae Won Pack")], None, None, None, "licensed")
            ],
        ),
        h(
            n(),
            "Ngoài thùng carton, nhà máy còn in bao bì giấy, công suất 25 nghìn tấn/năm. Trong hơn 52 tỷ đồng vốn, doanh nghiệp góp hơn 8 tỷ, còn lại đi vay ngân hàng hoặc nhận từ công ty mẹ.\n\nQUANG VINH",
            "2016-08-15",
            "provincial",
            [
                "nfd",
                "capacity_no_count",
                "project_terms_no_firm",
                "byline_caps",
                "approx",
                "multiline",
                "no_event",
                "amount_without_currency_word",
            ],
            money=[m(52 * B, "VND", approx=True), m(8 * B, "VND", approx=True)],
            persons=[per("Quang Vinh", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a logistics firm's news page on single-use plastic marking for the Nordic market (S16 r4) ---
    rows += [
        h(
            n(),
            "Đồ nhựa dùng một lần bán vào Bắc Âu: nhãn nào là bắt buộc?\n\nTheo quy định chung của châu Âu, cốc, khăn ướt, đầu lọc thuốc lá và nhiều món nhựa dùng xong bỏ ngay phải in một biểu tượng thống nhất, trên bao bì hoặc trên chính sản phẩm.",
            "2023-05-20",
            "ministry",
            [
                "headline_lead",
                "regulation_no_decision",
                "region_nothing",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "• Biểu tượng cho biết nên bỏ sản phẩm vào đâu, và tránh vứt vào đâu;\n• Biểu tượng cũng cảnh báo sản phẩm có nhựa, gây hại khi bị xả ra môi trường.\n\nXem thêm thông tin tại đây",
            "2023-05-20",
            "ministry",
            ["bullet_list", "link_chrome", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin liên quan\n\nCập nhật hàng hóa qua các cảng biển Hàn Quốc quý I/2023\nTheo Bộ Đại dương và Thủy sản Hàn Quốc, lượng container qua các cảng lớn nước này đạt 7,1 triệu TEU trong quý I, tăng 2,3% so với cùng kỳ.",
            "2023-05-20",
            "ministry",
            [
                "related_news",
                "foreign_ministry_org",
                "country_in_org_name",
                "teu_no_count",
                "percentage",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Đại dương và Thủy sản Hàn Quốc"],
            locations=[country("Hàn Quốc")],
            percentages=[2.3],
            events=[],
        ),
    ]
    # --- Foreign-language pages rendered: a Japanese machine translation of an investment weekly on a Taiwanese paper
    # maker's licence (S17 r1, rendered in Vietnamese) and a Japanese magazine on a German packaging maker's top-up in
    # Long An (S17 r2, rendered in English) ---
    rows += [
        h(
            n(),
            "Ngày 9/11, giấy chứng nhận đầu tư cho nhà máy bao bì 120 triệu USD ở tỉnh Bình Dương đã được trao cho Hsin Lung Paper, hãng giấy công nghiệp của Đài Loan.",
            "2018-11-12",
            "ministry",
            [
                "foreign_page_rendered",
                "licence_no_grantor",
                "deal_date",
                "licence_passive",
                "date_first",
                "country_after_firm",
            ],
            firms=[f("Hsin Lung Paper")],
            provinces=[pv("Bình Dương")],
            money=[m(120 * M, "USD")],
            locations=[country("Đài Loan")],
            deals=[deal("investment", ["Hsin Lung Paper"], 120 * M, BDg, "2018-11-09")],
            events=[ev("investment_licence", [F("Hsin Lung Paper")], 120 * M, "USD", BDg, "licensed")],
        ),
        h(
            n(),
            "Apple và Nike nằm trong số khách hàng của 27 nhà máy bao bì mà Hsin Lung đang vận hành trên thế giới; nhà máy mới, rộng 60 ha trong một khu công nghệ do đối tác Singapore phát triển, sẽ là lớn nhất.",
            "2018-11-12",
            "ministry",
            ["foreign_page_rendered", "brands_as_customers", "short_name", "area", "count", "no_event"],
            firms=[f("Apple"), f("Nike"), f("Hsin Lung")],
            areas=[ha(60)],
            quantities=[c(27, "nhà máy bao bì")],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Oyama Board (Nhật), Tai Feng (Đài Loan), Kinabalu Box (Malaysia) và Siam Corrugated (Thái Lan) là vài cái tên ngoại đã có mặt trong ngành bao bì Việt Nam.\nTheo Minh Khoa / VIR",
            "2018-11-12",
            "ministry",
            [
                "foreign_page_rendered",
                "presence_list_no_deal",
                "country_list",
                "byline_with_outlet",
                "multiline",
                "no_event",
                "country_in_brackets",
            ],
            firms=[f("Oyama Board"), f("Tai Feng"), f("Kinabalu Box"), f("Siam Corrugated")],
            persons=[per("Minh Khoa", None)],
            locations=[country("Nhật"), country("Đài Loan"), country("Malaysia"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Output at Kessler Verpackung's plant in southern Long An Province is set to double once the German packaging maker puts in another 24 million euros.",
            "2024-12-04",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "announced_topup",
                "adjective_no_country",
                "euro",
                "possessive_firm",
            ],
            firms=[f("Kessler Verpackung")],
            provinces=[pv("Long An")],
            money=[m(24 * M, "EUR")],
            deals=[deal("investment", ["Kessler Verpackung"], 24 * M, LA)],
            events=[ev("investment_announcement", [F("Kessler Verpackung")], 24 * M, "EUR", LA, "announced")],
        ),
        h(
            n(),
            "A land lease contract signed with Phuoc Vinh Dong Industrial Development JSC, which develops and runs an industrial park in Long An, gives Kessler room for a 50,000-square-metre extension.",
            "2024-12-04",
            "ministry",
            [
                E,
                "foreign_page_rendered",
                "lease_with_developer",
                "cooperation",
                "short_name",
                "area",
                "contract_first",
            ],
            firms=[f("Kessler"), f("Phuoc Vinh Dong Industrial Development", "JSC")],
            provinces=[pv("Long An")],
            areas=[ha(5)],
            deals=[deal("cooperation", ["Phuoc Vinh Dong Industrial Development", "Kessler"], None, LA)],
            events=[
                ev(
                    "cooperation",
                    [F("Phuoc Vinh Dong Industrial Development"), F("Kessler")],
                    None,
                    None,
                    LA,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Yearly exports have grown from 60 TEU to 2,100 TEU since Kessler arrived in 2017; the extension, to break ground in 2025, will serve buyers in Europe, North America and Australia.",
            "2024-12-04",
            "ministry",
            [E, "foreign_page_rendered", "schedule_no_event", "region_nothing", "teu_no_count", "no_event"],
            firms=[f("Kessler")],
            locations=[country("Australia")],
            events=[],
        ),
    ]
    # --- English copy: the film maker's own news page (S4 r2) and a steel contractor's project sheet (S4 r3) ---
    rows += [
        h(
            n(),
            "News\n\nHung Thai invests VND1,150 billion to build BOPP film plant in Long An\n\nAbout 46,000 tonnes a year of BOPP film, much of it now imported, is what An Vinh BOPP Film Plant should supply once it runs.",
            "2020-02-20",
            "ministry",
            [
                E,
                "firm_news_page",
                "headline_lead",
                "announced_investment",
                "unaccented_firm",
                "multiline",
                "plant_name_no_firm",
                "capacity_first",
            ],
            firms=[f("Hung Thai")],
            provinces=[pv("Long An")],
            money=[m(1150 * B, "VND")],
            deals=[deal("investment", ["Hung Thai"], 1150 * B, LA)],
            events=[ev("investment_announcement", [F("Hung Thai")], 1150 * B, "VND", LA, "announced")],
        ),
        h(
            n(),
            "Germany's Steinau Folientechnik supplies the whole film line for phase 1, which takes up 42,000 m2 of An Vinh Plastics Industrial Cluster in Duc Hoa District, Long An province.",
            "2020-02-20",
            "ministry",
            [
                E,
                "english_cluster_no_location",
                "equipment_purchase_no_deal",
                "area",
                "english_district_no_location",
                "possessive_country",
            ],
            provinces=[pv("Long An")],
            firms=[f("Steinau Folientechnik")],
            areas=[ha(4.2)],
            locations=[country("Germany")],
            events=[],
        ),
        h(
            n(),
            "The Beginning of An Vinh BOPP Plant Project\n  • An Vinh industrial cluster, Duc Hoa district, Long An\n  • Investor: Hung Thai Plastic Chemical JSC\n  • Supervision: Pacific Build Consulting JSC\n  • Main construction: Truong Son Steel Structure JSC\n  • Subcontractor: Tri Viet Construction Investment JSC",
            "2020-07-09",
            "ministry",
            [
                E,
                "contractor_project_sheet",
                "investor_line",
                "deal_no_event",
                "contractors_no_party",
                "bullet_list",
                "multiline",
            ],
            provinces=[pv("Long An")],
            firms=[
                f("Hung Thai Plastic Chemical", "JSC"),
                f("Pacific Build Consulting", "JSC"),
                f("Truong Son Steel Structure", "JSC"),
                f("Tri Viet Construction Investment", "JSC"),
            ],
            deals=[deal("investment", ["Hung Thai Plastic Chemical"], None, LA)],
            events=[],
        ),
        h(
            n(),
            "  • Area: 42,000 m2\n  • Output: about 46,000 tons of film\n  • Total investment capital: 1,150 billion VND\n  • Commencement: 18/06/2020\n  • Expected completion: 06/2021",
            "2020-07-09",
            "ministry",
            [
                E,
                "contractor_project_sheet",
                "label_dates_no_party",
                "capacity_no_count",
                "area",
                "multiline",
                "no_event",
            ],
            areas=[ha(4.2)],
            money=[m(1150 * B, "VND")],
            events=[],
        ),
    ]
    # --- English copy: an investment weekly on a Thanh Hóa packaging maker's top-up (S17 r3) and a foreign blog's
    # repost on a carton plant (S17 r4) ---
    rows += [
        h(
            n(),
            "Lam Son Pack triples investment in Thanh Hoa packaging plant\nApproval has come through for Lam Son Pack Company Limited to take its packaging factory in the central province of Thanh Hoa from VND110 billion ($4.7 million) to VND342 billion ($14.5 million).",
            "2023-08-10",
            "ministry",
            [
                E,
                "headline_lead",
                "capital_increase_from_to",
                "licence_no_grantor",
                "bracketed_conversion",
                "foreign_form",
                "unaccented_province",
                "multiline",
                "approval_first",
            ],
            firms=[f("Lam Son Pack", "Company Limited")],
            provinces=[pv("Thanh Hóa")],
            money=[m(110 * B, "VND"), m(4.7 * M, "USD"), m(342 * B, "VND"), m(14.5 * M, "USD")],
            deals=[deal("investment", ["Lam Son Pack"], 232 * B, TH)],
            events=[ev("investment_licence", [F("Lam Son Pack")], 232 * B, "VND", TH, "licensed")],
        ),
        h(
            n(),
            "When first licensed in March 2021, the plant was a VND110 billion ($4.7 million) job on 2.4 hectares, meant to turn out 20,000 tons of cartons a year.",
            "2023-08-10",
            "ministry",
            [
                E,
                "recalled_certificate_no_firm",
                "bracketed_conversion",
                "capacity_no_count",
                "area",
                "no_event",
            ],
            areas=[ha(2.4)],
            money=[m(110 * B, "VND"), m(4.7 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Danish packaging firm pours big money into Vietnam plant\n\nfjordpak-cartons-1600x640\n\nUSD 85 million has gone into a factory that carton maker Fjordpak is building in Dong Nai province, its answer to rising demand across Asia Pacific and its first aseptic carton line in Vietnam.",
            "2017-11-02",
            "ministry",
            [
                E,
                "blog_repost",
                "image_filename",
                "plant_under_construction",
                "announced_investment",
                "adjective_no_country",
                "unaccented_province",
                "multiline",
                "amount_first",
            ],
            firms=[f("Fjordpak")],
            provinces=[pv("Đồng Nai")],
            money=[m(85 * M, "USD")],
            deals=[deal("investment", ["Fjordpak"], 85 * M, DNai)],
            events=[ev("investment_announcement", [F("Fjordpak")], 85 * M, "USD", DNai, "announced")],
        ),
        h(
            n(),
            "“Vietnamese families drink more packaged milk and juice every year, and we want to be making the cartons right here,” said Lars Madsen, country head of Fjordpak Vietnam.\n\nSource: Deal Street Asia\n\n0 Comments\nOldest\nNewest Most Voted",
            "2017-11-02",
            "ministry",
            [
                E,
                "quote",
                "person_role_after",
                "vietnam_dropped",
                "source_line_nothing",
                "comment_chrome",
                "multiline",
                "no_event",
            ],
            persons=[per("Lars Madsen", "country head of Fjordpak Vietnam")],
            firms=[f("Fjordpak")],
            events=[],
        ),
    ]
    # --- English copy: a Japanese wire on a shrink-film plant (S18 r2), a city daily's English edition on label and
    # packaging printers (S18 r3) and an English news site on foreign money in printing (S18 r4) ---
    rows += [
        h(
            n(),
            " date 2021-03-10 Image by stocksnap from Pixabay\n\nHO CHI MINH CITY, NNA – Rising demand for packaged food and toiletries in Southeast Asia has led Japanese film maker Tokai Jushi Kogyo Co. to open a plant in the south of Vietnam.",
            "2021-03-10",
            "ministry",
            [
                E,
                "page_chrome_date",
                "image_credit_nothing",
                "dateline_province",
                "inauguration_no_capital",
                "multiline",
                "region_no_site",
                "cause_first",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Tokai Jushi Kogyo", "Co.")],
            events=[ev("inauguration", [F("Tokai Jushi Kogyo")], None, None, None, "completed")],
        ),
        h(
            n(),
            "Production started on Feb. 3 at Long Duc Industrial Park in Dong Nai Province, where Tokai Jushi Film of Vietnam Co., a unit formed in May 2019, runs the plant.",
            "2021-03-10",
            "ministry",
            [
                E,
                "start_of_operation",
                "inauguration_no_capital",
                "of_vietnam_dropped",
                "english_park_no_location",
                "unaccented_province",
            ],
            firms=[f("Tokai Jushi Film", "Co.")],
            provinces=[pv("Đồng Nai")],
            events=[ev("inauguration", [F("Tokai Jushi Film")], None, None, DNai, "completed")],
        ),
        h(
            n(),
            "Sales of 1.2 billion yen ($11 million) are the target for this year, with Thailand and Indonesia taking most of the roughly 60 percent sent abroad.",
            "2021-03-10",
            "ministry",
            [
                E,
                "sales_target_no_deal",
                "bracketed_conversion",
                "yen",
                "country_list",
                "percentage",
                "no_event",
            ],
            percentages=[60],
            money=[m(1.2 * B, "JPY"), m(11 * M, "USD")],
            locations=[country("Thailand"), country("Indonesia")],
            events=[],
        ),
        h(
            n(),
            "Label printers' sales top out at VND1,400 bln a year\n\nSome 58 percent of Vietnam's printing sales and output come from about 1,100 firms in Ho Chi Minh City, the Vietnam Printing Association says.",
            "2019-06-20",
            "provincial",
            [
                E,
                "headline_lead",
                "bln_abbreviation",
                "statistics",
                "count",
                "approx",
                "percentage",
                "multiline",
                "no_event",
            ],
            money=[m(1400 * B, "VND")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(1100, "firms", True)],
            percentages=[58],
            organizations=["Vietnam Printing Association"],
            events=[],
        ),
        h(
            n(),
            "Cosmetics and detergent packaging for Unilever and P&G is increasingly won by foreign-invested printers, while more than 450 small private shops scrape by and the big players turn over between VND250 billion and VND1,400 billion a year.",
            "2019-06-20",
            "provincial",
            [
                E,
                "sales_range_no_deal",
                "vague_count_nothing",
                "brands_as_customers",
                "count",
                "approx",
                "no_event",
            ],
            money=[m(250 * B, "VND"), m(1400 * B, "VND")],
            quantities=[c(450, "small private shops", True)],
            firms=[f("Unilever"), f("P&G")],
            events=[],
        ),
        h(
            n(),
            "VnExpress International\nForeign investors eye Vietnam's label and packaging printers\n\nBy Minh Hoang   March 14, 2017 | 10:20 am GMT+7\n\nMergers and new plants show where the money is going.",
            "2017-03-14",
            "ministry",
            [E, "site_name_nothing", "headline_lead", "byline_date_line", "multiline", "no_event"],
            persons=[per("Minh Hoang", None)],
            events=[],
        ),
        h(
            n(),
            "Speaking as the 17th Vietnam International Printing & Packaging Exhibition opened in Ho Chi Minh City on Wednesday, Vietnam Printing Association chairman Tran Van Khiem put the sector's yearly growth above 12 percent.",
            "2017-03-14",
            "ministry",
            [E, "expo_name_nothing", "ordinal_not_count", "percentage", "no_event", "role_before_name"],
            persons=[per("Tran Van Khiem", "Vietnam Printing Association chairman")],
            organizations=["Vietnam Printing Association"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[12],
            events=[],
        ),
        h(
            n(),
            "Photo by VnExpress/ Thanh Tung\n\nLast year's industry revenue of VND64 trillion (nearly $2.8 billion) came from about 2,100 printing firms with some 68,000 workers.",
            "2017-03-14",
            "ministry",
            [
                E,
                "photo_credit_person",
                "statistics",
                "bracketed_conversion",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Thanh Tung", None)],
            quantities=[c(2100, "printing firms", True), c(68000, "workers", True)],
            money=[m(64000 * B, "VND"), m(2.8 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Quang Ngai, a central province, is where South Korea's Daehan Print & Box wants its first Vietnamese factory, the latest such plan.",
            "2017-03-14",
            "ministry",
            [
                E,
                "announced_investment",
                "possessive_country",
                "ampersand_name",
                "unaccented_province",
                "place_first",
            ],
            firms=[f("Daehan Print & Box")],
            locations=[country("South Korea")],
            provinces=[pv("Quảng Ngãi")],
            deals=[deal("investment", ["Daehan Print & Box"], None, QNg)],
            events=[ev("investment_announcement", [F("Daehan Print & Box")], None, None, QNg, "announced")],
        ),
        h(
            n(),
            "Malaysia's Perak Polymers, for one, bought 75 percent of Phu Loc Packaging JSC, an 18-year-old firm with more than VND1.2 trillion in yearly revenue.",
            "2017-03-14",
            "ministry",
            [
                E,
                "recalled_acquisition",
                "deal_no_event",
                "possessive_country",
                "revenue_no_deal",
                "approx",
                "percentage",
                "age_no_count",
            ],
            firms=[f("Phu Loc Packaging", "JSC"), f("Perak Polymers")],
            money=[m(1200 * B, "VND", approx=True)],
            percentages=[75],
            locations=[country("Malaysia")],
            deals=[deal("investment", ["Perak Polymers"])],
            events=[],
        ),
    ]
    # --- English copy: a trade journal on a US group buying into a film maker (S19 r1), a press-release wire carrying
    # VNS on packaging M&A (S19 r2) and an investment weekly on a Thai group's purchase (S19 r4) ---
    rows += [
        h(
            n(),
            "A 55% stake in Saigon Film Tech JSC is to go to Westbrook Holdings of the US under an agreement whose value was not disclosed.\n\nImage: Saigon Film Tech makes PE and polyester films. Photo: courtesy of Pexels.",
            "2019-07-10",
            "ministry",
            [
                E,
                "announced_acquisition",
                "undisclosed_sum",
                "country_of",
                "photo_site_nothing",
                "percentage",
                "multiline",
                "target_first",
                "caption",
            ],
            firms=[f("Westbrook Holdings"), f("Saigon Film Tech", "JSC")],
            locations=[country("US")],
            percentages=[55],
            deals=[deal("investment", ["Westbrook Holdings"])],
            events=[
                ev(
                    "acquisition",
                    [F("Westbrook Holdings"), F("Saigon Film Tech")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Westbrook is paying in paper – 40 million Class B preferred shares – and will park the stake in Pacific Rim Packaging, a subsidiary it wholly owns; the swap should close within weeks.",
            "2019-07-10",
            "ministry",
            [E, "deal_terms_no_second_deal", "short_name", "count", "no_event"],
            firms=[f("Westbrook"), f("Pacific Rim Packaging")],
            quantities=[c(40 * M, "Class B preferred shares")],
            events=[],
        ),
        h(
            n(),
            "“We need capital to add two more film lines, and a US partner opens that door,” said Vo Thi Hanh, Saigon Film Tech's chairperson.",
            "2019-07-10",
            "ministry",
            [E, "quote", "person_role_after", "no_event", "possessive_firm_role", "adjective_no_country"],
            persons=[per("Vo Thi Hanh", "Saigon Film Tech's chairperson")],
            firms=[f("Saigon Film Tech")],
            events=[],
        ),
        h(
            n(),
            "VIETNAM, October 4 - HÀ NỘI — Buying big local packaging makers has become the quickest way for foreign groups to grow in Việt Nam.",
            "2023-10-04",
            "ministry",
            [E, "wire_dateline", "dateline_province", "unnamed_buyers_no_deal", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "More than 15 Vietnamese subsidiaries now sit under Thai conglomerate Ayutthaya Pack Group, in building materials, chemicals and packaging.",
            "2023-10-04",
            "ministry",
            [
                E,
                "presence_no_deal",
                "adjective_no_country",
                "group_in_name",
                "count",
                "approx",
                "no_event",
                "count_first",
            ],
            firms=[f("Ayutthaya Pack Group")],
            quantities=[c(15, "subsidiaries", True)],
            events=[],
        ),
        h(
            n(),
            "Tân Bình Minh Plastic Packaging (75 per cent), Đông Hòa Packaging (92 per cent) and Hưng Phát Plastics (68 per cent) are among the packaging makers Ayutthaya Pack has bought into.",
            "2023-10-04",
            "ministry",
            [
                E,
                "recalled_acquisitions",
                "one_deal_per_buyer",
                "deal_no_event",
                "percentage",
                "targets_first",
            ],
            firms=[
                f("Tân Bình Minh Plastic Packaging"),
                f("Đông Hòa Packaging"),
                f("Hưng Phát Plastics"),
                f("Ayutthaya Pack"),
            ],
            percentages=[75, 92, 68],
            deals=[deal("investment", ["Ayutthaya Pack"])],
            events=[],
        ),
        h(
            n(),
            "Đông Hòa Packaging JSC came under the group's control in December 2020, when member firm Chanthaburi Solutions Pte. Ltd. paid about VNĐ1.9 trillion for 10.4 million shares, lifting its stake to 92.06 per cent.",
            "2023-10-04",
            "ministry",
            [
                E,
                "recalled_acquisition",
                "month_no_date",
                "deal_no_event",
                "foreign_form",
                "count",
                "approx",
                "percentage",
                "target_first",
            ],
            firms=[f("Đông Hòa Packaging", "JSC"), f("Chanthaburi Solutions", "Pte. Ltd.")],
            quantities=[c(10.4 * M, "shares")],
            percentages=[92.06],
            money=[m(1900 * B, "VND", approx=True)],
            deals=[deal("investment", ["Chanthaburi Solutions"], 1900 * B)],
            events=[],
        ),
        h(
            n(),
            "Foreign packaging groups step up in Vietnam\nMinh Long Plastics JSC agreed last month to sell 65 per cent of itself to Thailand's Ayutthaya Pack Group, the biggest packaging deal of the spring. Photo: Quoc Bao |",
            "2021-05-12",
            "ministry",
            [
                E,
                "headline_lead",
                "signed_acquisition",
                "possessive_country",
                "photo_credit_person",
                "percentage",
                "multiline",
                "target_first",
            ],
            firms=[f("Minh Long Plastics", "JSC"), f("Ayutthaya Pack Group")],
            locations=[country("Thailand")],
            percentages=[65],
            persons=[per("Quoc Bao", None)],
            deals=[deal("investment", ["Ayutthaya Pack Group"])],
            events=[
                ev(
                    "acquisition",
                    [F("Ayutthaya Pack Group"), F("Minh Long Plastics")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "A 9-billion-baht ($288 million) plan will see AP Packaging Solutions, the group's packaging arm, grow its business in the country alongside local partners.",
            "2021-05-12",
            "ministry",
            [E, "announced_investment", "subsidiary_named", "bracketed_conversion", "baht", "amount_first"],
            firms=[f("AP Packaging Solutions")],
            money=[m(9 * B, "THB"), m(288 * M, "USD")],
            deals=[deal("investment", ["AP Packaging Solutions"], 9 * B)],
            events=[
                ev("investment_announcement", [F("AP Packaging Solutions")], 9 * B, "THB", None, "announced")
            ],
        ),
        h(
            n(),
            "AP Packaging chief executive Somchai Rattanakorn told the Bangkok Post the money comes out of an 18-billion-baht ($576 million) war chest for growth and takeovers.",
            "2021-05-12",
            "ministry",
            [
                E,
                "group_budget_no_site_no_deal",
                "role_before_name",
                "outlet_nothing",
                "bracketed_conversion",
                "baht",
                "no_event",
            ],
            money=[m(18 * B, "THB"), m(576 * M, "USD")],
            persons=[per("Somchai Rattanakorn", "AP Packaging chief executive")],
            firms=[f("AP Packaging")],
            events=[],
        ),
    ]
    # --- English copy: a business site on a packaging workshop (S20 r1), a packaging firm's English page (S20 r2), a
    # press-release wire carrying VNS on the print-and-pack expo (S20 r3) and a news agency's beta site (S20 r4) ---
    rows += [
        h(
            n(),
            "E-commerce and free trade deals will keep packaging growing, Le Thanh Son, deputy director of the Enterprise Development Agency, told businesses at a design and packaging workshop held in Binh Duong last week.",
            "2022-06-20",
            "ministry",
            [E, "person_role_after", "workshop_no_deal", "unaccented_province", "no_event"],
            persons=[per("Le Thanh Son", "deputy director of the Enterprise Development Agency")],
            organizations=["Enterprise Development Agency"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Plastic packaging has been growing by over 20 per cent a year, says the Viet Nam Plastics Association; about 70 per cent of the country's 900-plus packaging plants are in the south.",
            "2022-06-20",
            "ministry",
            [E, "statistics", "region_nothing", "count", "approx", "percentage", "no_event"],
            quantities=[c(900, "packaging plants", True)],
            percentages=[20, 70],
            organizations=["Viet Nam Plastics Association"],
            events=[],
        ),
        h(
            n(),
            "Nguyen Ngoc Lam, president of the Vietnam Packaging Association, said few local firms can match Nordvik Carton (Sweden) and Alpine Pak (Switzerland) in dairy cartons.",
            "2019-03-18",
            "ministry",
            [E, "firm_page", "market_share_no_deal", "country_in_brackets", "person_role_after", "no_event"],
            firms=[f("Nordvik Carton"), f("Alpine Pak")],
            locations=[country("Sweden"), country("Switzerland")],
            persons=[per("Nguyen Ngoc Lam", "president of the Vietnam Packaging Association")],
            organizations=["Vietnam Packaging Association"],
            events=[],
        ),
        h(
            n(),
            "HCM CITY — Some 436 exhibitors from 19 countries and territories are showing printing and packaging machinery at the 22nd Vietnam International Printing and Packaging Exhibition, which opened in HCM City on Wednesday.",
            "2023-09-27",
            "ministry",
            [E, "wire_dateline", "expo_name_nothing", "ordinal_not_count", "count", "no_event", "approx"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(436, "exhibitors", True), c(19, "countries and territories")],
            events=[],
        ),
        h(
            n(),
            "The show, at the Saigon Exhibition and Convention Centre until Saturday, is run by Pacifica Expo Services Co., Ltd. and Saigon Fair JSC, a unit of the Ministry of Industry and Trade. — VNS",
            "2023-09-27",
            "ministry",
            [E, "organisers_no_deal", "venue_nothing", "agency_credit_nothing", "foreign_form", "no_event"],
            firms=[f("Pacifica Expo Services", "Co., Ltd."), f("Saigon Fair", "JSC")],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
        h(
            n(),
            "With GDP expected to grow about 6.5 percent this year, retail salesshould pick up, and packaging makersare set to follow.",
            "2016-11-07",
            "ministry",
            [E, "glued_words", "statistics", "percentage", "no_event"],
            percentages=[6.5],
            events=[],
        ),
    ]
    return rows
