# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 79 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; none skipped; nothing used from
rank 5 or lower: one planned row whose shape came only from a rank-5 result was dropped before drafting, see below), on
the brief's theme: business matching and supplier-linkage programmes for supporting industry, nationwide: supplier days
and matching fairs (kết nối cung cầu, hội chợ công nghiệp hỗ trợ), large buyers' programmes to qualify Vietnamese
suppliers (Samsung, Toyota, Honda, LG, Canon and others), JETRO/KOTRA/trade-promotion events, the memoranda, contracts and
agreements signed there, and the ministry and provincial documents around them. Written and annotated for every field
BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches (16 Vietnamese, 4
English): S1 "hội chợ kết nối cung cầu công nghiệp hỗ trợ doanh nghiệp ký kết biên bản ghi nhớ", S2 "chương trình kết
nối doanh nghiệp Việt Nam với Samsung nhà cung cấp cấp 1", S3 "Toyota Honda kết nối nhà cung cấp linh kiện Việt Nam hội
thảo", S4 "JETRO tổ chức hội chợ kết nối doanh nghiệp công nghiệp hỗ trợ Nhật Bản Việt Nam", S5 "KOTRA kết nối giao
thương doanh nghiệp Hàn Quốc nhà cung ứng Việt Nam", S6 "triển lãm công nghiệp hỗ trợ VIMEXPO ký kết hợp đồng doanh
nghiệp", S7 "Bộ Công Thương chương trình phát triển công nghiệp hỗ trợ kết nối chuỗi cung ứng toàn cầu doanh nghiệp
FDI", S8 "LG Hải Phòng hội nghị kết nối nhà cung cấp nội địa linh kiện", S9 "Canon Việt Nam tìm nhà cung cấp nội địa
doanh nghiệp Việt linh kiện", S10 "Sở Công Thương tổ chức hội nghị kết nối doanh nghiệp FDI với doanh nghiệp công
nghiệp hỗ trợ ký thỏa thuận hợp tác", S11 "ngày hội nhà cung cấp doanh nghiệp FDI tìm kiếm nhà cung ứng linh kiện phụ
tùng", S12 "Thái Nguyên kết nối doanh nghiệp công nghiệp hỗ trợ với Samsung chuỗi cung ứng", S13 "Bắc Ninh hội nghị kết
nối doanh nghiệp công nghiệp hỗ trợ ký kết hợp đồng cung ứng", S14 "dự án hỗ trợ doanh nghiệp Việt tham gia chuỗi cung
ứng ô tô nhà cung cấp phụ tùng Thaco Honda", S15 "Cục Xúc tiến thương mại ký biên bản ghi nhớ hợp tác xúc tiến thương
mại kết nối giao thương doanh nghiệp", S16 "quyết định phê duyệt kế hoạch kết nối cung cầu công nghiệp hỗ trợ UBND tỉnh
năm", and in English S17 "Vietnam supporting industry local suppliers Samsung supplier programme Vietnamese vendors",
S18 "JETRO business matching Vietnamese suppliers Japanese manufacturers Hanoi", S19 "supporting industries exhibition
Vietnam memorandum of understanding signed business matching contracts", S20 "KOTRA Vietnam Korea supply chain business
matching event Korean buyers". No sentence is taken or paraphrased from a page; the shapes are. Firm and person names
are invented (well-known brands and bodies, Samsung, LG, Toyota, Honda, Canon, Thaco, Luxshare, Nidec, VCCI, JETRO,
KOTRA, the ministries, appear only in sentences of our own with figures, dates and places changed; the leaders named are
invented).

What the sample looked like (80 result slots, about 70 distinct pages: a Quảng Ngãi fair story came back twice, as did a
one-line Samsung licence, a VNS Samsung consultation blurb, a MoIT-METI memorandum caption, a KOTRA interview, a journal
article, a Techz tag page, a VOV English tag page and a ministry video blurb; one French page filled two slots): about 22
tag, hashtag, title, blurb, video and listing pages (a one-line licence with a capacity, a survey tag, a press-conference
tag, SDP and action-plan video blurbs with bylines, a decision-amending tag, a question blurb, a Techz "N năm trước" tag,
an infographic tag with the byline first, a portal listing with a source code, a hashtag, an e-book tag, an English
VnExpress tag on a plant launch, a VOV English tag page with three items: a committee's groundbreaking for a group's
complex, a ministry-province-Samsung memorandum and a sourcing fair), 1 gambling spam line, about 10 theses, essays,
journal articles, document-store pages and legal texts (a group-essay cover, a journal abstract, OCR'd FDI lists and a
flattened table, a Đà Nẵng QĐ-UBND with its preamble and articles, an An Giang QĐ-UBND with its attribute block, a Huế
plan, a Bến Tre SME plan with support levels, a Bình Định HĐND header), about 21 Vietnamese news pages and features (a
central-region fair with captions and quotes, TP.HCM's supply-demand conference counts, a supplier day with its buyer
list, a Toyota-VASI memorandum, a Cục Công nghiệp-Toyota memorandum, VCCI and Samsung agreeing to pick suppliers, a
2013 feature on Canon's supplier call with a list of Vietnamese firms, a 2010 association meeting with JICA and Canon's
profile, a Canon interview, LG stories: a leader's request, a city chairman's visit, a 2015 complex opening with its
guests, a contractor's project page on Samsung Thái Nguyên, a Bắc Ninh investment conference with certificates,
memoranda and Samsung's pledge, a VCCI-province working session, a committee letter on Samsung vendors), 4 foreign-language
pages (three French VNA exhibition slots, one a duplicate, and a Chinese QĐND copy; read for their shapes only, written
here in Vietnamese or English) and about 22 English pages (VNS/VietnamPlus Samsung supplier counts and workshops, Toyota's
consulting programme and memorandum, JETRO matching events, a teleconference and a survey, KOTRA's interview and a Hải
Phòng matching day, KBIZ missions, a business week, a city-to-city memorandum, a Vietrade memorandum with a German fair
firm, VIMEXPO, the HCMC sourcing fair, SGGP's HCMC trade-connection conference). About 17 of the 80 slots told a named
deal or event (memoranda 9: buyer with an association, a ministry department, a chamber, a ministry and a province,
ministry-ministry, agency-firm, city-state; licences and a pledge 3; openings 2; a groundbreaking 1; recalled
investments 3); memoranda and orders "signed at the fair" were always unnamed, and no named supply contract between a
Vietnamese supplier and a buyer came up in any first four (the buyer programmes tell tier counts, consulting visits
and supplier status, not contracts), so the batch has no supply contract at all.

Rows: 158 (hand-19601 to hand-19758); 23 carry a deal or an event (15%, a little below past batches because the sample
was mostly fairs, programmes and counts): 20 events (10 MoUs, 4 investment licences, 3 inaugurations, 2 groundbreakings,
1 announcement) and 16 `deals` entries (14 investment, 2 groundbreaking); 4 rows carry a deal without an event (a
company profile's capital, a recalled plant, a contractor's project page, an OCR'd list of two recalled investments)
and 8 an event without a deal (memoranda whose other side is an association, a chamber, a ministry body, an agency, a
province or a foreign state). 135 rows are negatives and other fields. By page kind: 25 rows in the shapes of Vietnamese
tag, hashtag, blurb, video, listing and spam pages (3 with a deal or event), 70 of Vietnamese news and features (14), 19
of legal text, plans, essays, journal and document-store pages (1), 39 of English copy (`english_copy`, 25%; 5, three
of them tag or listing pages), 5 of foreign-language pages written here in Vietnamese (0). 9 rows are stored in NFD
(hand-19624, 19634, 19638, 19646, 19661, 19674, 19686, 19738, 19758); 5 use old tone placement ("nội địa hoá", "Thanh
Hoá", "thoả thuận", "tự động hoá", "Điềm Thuỵ"); 50 hold a headline and a lead, a caption, a byline, a timestamp, an
interview exchange, a legal header or several lines.

Review: after the first draft every row was checked against the sampled sentences; about 110 drafts that followed a
sampled sentence too closely (word order, the run of facts or most words: the fair opening and attendance lines, the
conference counts, the supplier-day headline, buyer list and statistics, the VCCI-province working session, its golf
line and attendees, the vendor-review letter, the Tokyo exhibition, the JETRO fair visit, the Toyota-VASI and
Cục Công nghiệp memoranda and their activity lists and quotes, the VCCI-Samsung agreement, the Canon feature and its
firm list, the VEIA-JICA meeting and Canon's profile, the Canon interview, every LG story, the contractor page, the Bắc
Ninh conference lines, the MoIT-METI caption, the Bến Tre support levels and preamble, the journal's first-document line,
the OCR'd FDI list, and nearly all English rows) were rewritten from scratch and their gold redone; 4 drafts too close to
a sampled sentence (a chairman's instruction on vendors, a group seeking Japanese partners, a city's R&D wish, a
ministry's background line) were dropped instead, and a Vietnamese translation of the Chinese page's trade targets was
replaced. One planned row (a supply-demand programme's ten-year total of contracts and trade value) came only from a
rank-5 result and was dropped before drafting; rank 5-8 material (a Toyota anniversary with supplier counts, a VASI
English page, a prefecture's MoU, a province-district MoU, a Chinese trade-promotion agreement, a networking day's deal
between LG and Vietnamese firms) was not used at all. Eight first-draft English rows were also cut to bring the English
share to the sample's (about a quarter).

Conventions: exactly those of batches 10 and 12-76 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a memorandum of a firm with a ministry, a department, an agency, a province's committee, an
association or a chamber is a signed `mou` event with typed parties and no deal (batches 12, 15-17, 28), its province
only when a provincial body signs; a firm-firm memorandum would be a deal; a committee's investment memorandum with a
firm and an amount is the firm's investment deal and a signed MoU with the amount (batch 12); a capital increase handed
over by a committee is a licence with the committee as written, about the increase; a passive licence line is a
licence with no grantor; an opening with its capital is an investment deal and an inauguration; a held groundbreaking a
groundbreaking deal and event "started"; recalled investments and openings are deals without events; fair, round and
conference totals, unnamed memoranda and orders, programmes, consulting visits, supplier tiers, samples, assessments,
wishes, requests, visits and working sessions give no deal; attendees are no parties; a deal date needs a day; vague
amounts are not amounts; counts written in words, ordinals, capacities and distances are no counts, English counts keep
their English noun phrase; a province inside a firm's name is no mention, inside an organisation's or park's name it
is; "Việt Nam"/"Vietnam"/"Viet Nam" is dropped from a foreign subsidiary's name, a group's unit of one province keeps
its place ("Samsung Electronics Vietnam Thái Nguyên", "Điện tử Hanwoo Việt Nam Hải Phòng"); government parties keep
the text's spelling, organisations expand UBND, KCN and Vietnamese acronyms (bare "JETRO" -> "Tổ chức Xúc tiến Thương
mại Nhật Bản", batch 10; "VCCI" -> "Liên đoàn Thương mại và Công nghiệp Việt Nam"); bare units ("Sở Công Thương", "UBND
tỉnh", "the city's Department of Industry and Trade", "the provincial People's Committee") are none; capitalised
photographer credits and bylines are persons with no role, initials and site credits nothing; a surname alone is no
person; old tone placement in a park's name is normalised in the gold. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A VOV-style English tag page with three items in one row: "Work began on October 4 on X JSC's mould complex in Hải
  Dương, at a ceremony hosted by the provincial People's Committee" is X's dated groundbreaking sited in the current unit,
  the bare committee no party; "X Vietnam Thái Nguyên, the Thái Nguyên People's Committee and the Ministry of Industry
  and Trade have put their signatures to a memorandum" a three-party signed MoU sited in Thái Nguyên, parties in text
  order; the fair item nothing. The Vietnamese copy of the groundbreaking ("UBND tỉnh Hải Dương tổ chức lễ khởi công ...
  của Công ty CP X tại KCN Lai Vu, tổng vốn 1.350 tỷ đồng") gives the committee as government party (batch 49).
- A passive memorandum ("Biên bản ghi nhớ ... giữa Cục Công nghiệp và Toyota Việt Nam được ký lại ngày 11/7 tại Hà Nội";
  "A memorandum ... was signed on Tuesday by X and the Vietnam Association of Supporting Industries") is signed; the
  signing city is a mention. A buyer's programme launched "under an earlier memorandum" gives no event (recalled).
- "X và VCCI vừa thoả thuận cùng sàng lọc doanh nghiệp Việt ..." is a signed MoU of the firm with the chamber (batch 12's
  "đạt thỏa thuận phối hợp"); "Nordmesse GmbH will co-organise ... under a memorandum of understanding the two signed on
  Wednesday" a signed MoU of the firm with the Vietnam Trade Promotion Agency (government); "Victoria and Ho Chi Minh City
  put their names to a memorandum of understanding" a signed MoU of two government parties as written, sited in HCM
  (batch 49's foreign city); a ministry-ministry caption "được hai Thứ trưởng A và B ký tại Tokyo" a signed MoU of the
  two ministries, each person with the role "Thứ trưởng", Tokyo no location.
- Conference lines: "Luxshare, nhà đầu tư lớn nhất tỉnh với khoảng 4 tỷ USD ..., hứa đưa thêm 1,2 tỷ USD vốn mới vào
  tỉnh" is an announced investment of 1.2 billion without site (the province is not named in the row), the cumulative
  figure no deal; "Dự án ... gần 2.900 tỷ đồng ở huyện Việt Yên cũng đã có chủ: Công ty CP X được trao quyết định chấp
  thuận chủ trương đầu tư" X's licence with no grantor and no site; "Có 27 văn bản được trao ..., tổng vốn đăng ký hơn 3,4
  tỷ USD" a round total, no event.
- Openings told with the worth in a headline ("Hyosan opens $620 million camera-module plant in Bac Giang" + "... began
  making camera modules ... on April 9"; "Nhà máy màn hình 1,1 tỷ USD của Daesung Display đi vào hoạt động" + "Ngày 15/5,
  Công ty TNHH X Việt Nam khánh thành ...") are dated investment deals and inaugurations with the headline's amount.
- A contractor's project page with label fields ("Nhà máy điện thoại Sonix, KCN Điềm Thuỵ (Thái Nguyên). Chủ đầu tư:
  Sonix. Giá trị dự án: khoảng 700 triệu USD. Thời gian thi công: 10 tháng.") is Sonix's recalled investment deal sited in
  Thái Nguyên, no event; an image-file line and "Mô tả" give nothing.
- A company profile ("Với 184,5 triệu USD vốn đầu tư, nhà máy của Fujiken Vietnam Co. Ltd tại KCN Nội Bài (hoạt động từ
  2004, 100% vốn Nhật Bản)") is a recalled investment deal without site (the park names no province), "Co. Ltd" read as
  "Co., Ltd."; "Ở Hải Phòng, LG Innotek có nhà máy ... chạy từ năm 2021" a recalled opening without capital: a deal
  without amount, sited in Hải Phòng, no event.
- Document-store OCR ("Hanil Auto đã rót 48 triệu USD vào nhà máy thân xe ở Hà Nội; Shinsung Tech đẩu tư xưởng dây điện
  95 triệu USD tại Hải Dương") gives two recalled investment deals without events; a flattened table with a "(triệu
  USD)" header gives no money or counts.
- Supplier-status and programme lines ("only 31 deliver straight to its factories", "9 doanh nghiệp trở thành nhà cung
  cấp cấp 2", "Năm doanh nghiệp khuôn mẫu ... đã qua vòng đánh giá", "đã gửi mẫu ... nhưng vẫn chờ kết quả đánh giá",
  consulting visits to four named firms) give firms and counts only; "one in five meetings led to a sample order" none.
- Roles: "Phó Giám đốc Sở" (short, as written), "Trưởng đại diện JETRO TP.HCM Sato Kenichi" (role before), "its engineer
  Nguyen Thi Mai Lan" -> "engineer", "Giáo viên hướng dẫn : X" on an essay cover (batch 73's label role), "đồng chí X, Bộ
  trưởng Bộ Công Thương" (role after "đồng chí"), "Morita KENJI" -> "Morita Kenji"; "Phóng viên:" gives no person.
- Organisations as written for foreign units: "JETRO Hà Nội", "JETRO TP.HCM", "JETRO HCM City", "KOTRA Hanoi", "KOTRA",
  "Japan External Trade Organisation", "Korea Federation of SMEs", "Korea Trade-Investment Promotion Agency", "HCMC
  People's Committee" (with the HCM province mention), "Bộ Doanh nghiệp vừa và nhỏ và Khởi nghiệp" (the country word
  "nước này" dropped); "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh" is an organisation (batch 17).
- Counts: "doanh nghiệp FDI", "nhà sản xuất", "mã linh kiện", "đơn vị trưng bày", "tỉnh, thành", "văn bản", "quốc gia
  và vùng lãnh thổ", "xưởng", "nhà cung cấp nội địa" are counts; English "firms", "local firms", "applicants", "foreign
  buyers", "online trade events" keep their phrase; "từ 9 nhà cung cấp nội địa lên 52" counts only the 9 (the 52 has no
  noun); "11th", "năm thứ ba", "năm hợp tác thứ năm" are ordinals; "30 km" no count.
- Places: "TP Tam Kỳ" a district (TP before July 2025); "quận Phú Nhuận" none; "Khu kinh tế mở Chu Lai" a zone; bare
  "Chu Lai", "Tam Đảo", "Osaka", "Kansai", "Tokyo", "Melbourne" no locations; "Bắc Mỹ" no country, "Úc" a country; the
  country adjective "Nhật" gives "Nhật" (batch 74), "the Republic of Korea" and "Germany's" give countries, English
  adjectives ("Japanese", "Korean", "Australian") none.
- Support levels in plan items ("Doanh nghiệp nhỏ được hỗ trợ 30 triệu đồng, doanh nghiệp vừa 60 triệu đồng cho mỗi lần
  thuê gian hàng"; "trần 100 triệu đồng một doanh nghiệp") are money without a per field; "tối đa bằng một nửa" no
  percentage; "chưa tới 3%" is 3.
- Tag and junk shapes: a URL slug line ("dn-nhat-ban"), a section label, "XEM THÊM", "VIDEO LIÊN QUAN", "Chuyên đề", "Log
  in / Econ", "leftcenterrightdel / Photo for illustration", "Comments0", "aa", a channel byline "by VTV4 ..." and a
  gambling line give nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_79(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    BG = cur("Bắc Giang")
    BN = cur("Bắc Ninh")
    HP = cur("Hải Phòng")
    HD = cur("Hải Dương")
    HN = cur("Hà Nội")
    HCM = cur("Hồ Chí Minh")
    TN = cur("Thái Nguyên")

    ids = iter(range(19601, 19601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Tag, hashtag, blurb, video, listing and junk pages (S2, S5, S6, S7, S10, S11, S12, S13, S14, S15; the sample's most common kind) ---
    rows += [
        h(
            n(),
            "Bắc Giang có thêm nhà máy bàn phím 560 triệu USD\nCông ty TNHH Linh kiện Hanbit Việt Nam là chủ dự án; giấy chứng nhận đầu tư được trao hôm 18/6, nhà máy dự kiến làm 45 triệu sản phẩm mỗi năm.",
            "2013-06-19",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "licence_passive_no_grantor",
                "amount_in_headline",
                "foreign_subsidiary_viet_nam",
                "capacity_no_count",
                "deal_date",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Linh kiện Hanbit", "Công ty TNHH")],
            money=[m(560 * M, "USD")],
            deals=[deal("investment", ["Linh kiện Hanbit"], 560 * M, BG, "2013-06-18")],
            events=[ev("investment_licence", [F("Linh kiện Hanbit")], 560 * M, "USD", BG, "licensed")],
        ),
        h(
            n(),
            "Quyết định chủ trương đầu tư cho nhà máy cáp kết nối của Công ty TNHH Điện tử Sejin Hà Nam đã được trao ngày 2/10.",
            "2024-10-03",
            "ministry",
            [
                "one_liner",
                "licence_passive_no_grantor",
                "place_in_firm_name",
                "no_amount",
                "no_site",
                "deal_date",
            ],
            firms=[f("Điện tử Sejin Hà Nam", "Công ty TNHH")],
            deals=[deal("investment", ["Điện tử Sejin Hà Nam"], None, None, "2024-10-02")],
            events=[ev("investment_licence", [F("Điện tử Sejin Hà Nam")], None, None, None, "licensed")],
        ),
        h(
            n(),
            "dn-nhat-ban\n\nGần sáu trên mười hội viên của một hiệp hội thương mại Nhật Bản nói sẽ mua thêm linh kiện ở Việt Nam trong hai năm tới, tỷ lệ cao nhất khối ASEAN.",
            "2024-12-02",
            "ministry",
            ["tag_page", "slug_line", "survey_no_deal", "count_in_words", "country_adjective", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "TT - Doanh nghiệp sản xuất trong nước thuê gian hàng tại Hội chợ công nghiệp hỗ trợ và chế tạo 2019 (16 đến 18-10-2019) sẽ được TP.HCM trả 40% tiền thuê, bà Trần Thị Ngọc Lan, phó giám đốc Sở Công Thương TP.HCM, thông tin tại buổi họp báo hôm qua.",
            "2019-09-27",
            "provincial",
            [
                "tag_page",
                "paper_prefix",
                "press_conference",
                "person_role_after",
                "lowercase_role",
                "percentage",
                "no_event",
            ],
            organizations=["Sở Công Thương TP.HCM"],
            persons=[per("Trần Thị Ngọc Lan", "phó giám đốc Sở Công Thương TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[40],
            events=[],
        ),
        h(
            n(),
            "Chương trình kèm cặp nhà cung ứng điện tử do Cục Công nghiệp và Ngân hàng Thế giới làm sắp khép lại: 38 doanh nghiệp Việt được 6 tập đoàn đa quốc gia chọn, phần lớn đã giảm được phế phẩm.\n\nXEM THÊM",
            "2022-05-16",
            "ministry",
            ["video_blurb", "page_furniture", "programme_no_deal", "count", "multiline", "no_event"],
            organizations=["Cục Công nghiệp", "Ngân hàng Thế giới"],
            quantities=[c(38, "doanh nghiệp"), c(6, "tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Kinh phí cho Chương trình phát triển công nghiệp hỗ trợ được nâng lên hơn 910 tỷ đồng theo Quyết định số 215/QĐ-TTg ngày 3/3/2025, văn bản sửa Quyết định số 68/QĐ-TTg.",
            "2025-03-05",
            "ministry",
            ["tag_page", "decision_amends_decision", "approx", "no_event"],
            money=[m(910 * B, "VND", approx=True)],
            decisions=[d("215/QĐ-TTg", "2025-03-03"), d("68/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            "Bao nhiêu tỉnh đã có chuyên gia tư vấn cải tiến của riêng mình? Câu hỏi được đặt ra khi cả nước có hơn 5.100 doanh nghiệp công nghiệp hỗ trợ mà mạng lưới chuyên gia vẫn chủ yếu ở Hà Nội.",
            "2023-08-21",
            "ministry",
            ["listing_blurb", "question", "count", "approx", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(5100, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch hành động thúc đẩy liên kết doanh nghiệp FDI với nhà cung ứng trong nước\n\nBộ Công Thương giao các sở công thương lập danh sách nhà cung ứng tiềm năng trước tháng 6, theo kế hoạch ban hành ngày 12/3/2021 để triển khai Nghị quyết số 88/NQ-CP của Chính phủ.\nHà Vy - Minh Trang",
            "2021-03-15",
            "ministry",
            [
                "video_blurb",
                "headline_lead",
                "lowercase_unit",
                "resolution_number",
                "byline_pair",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương", "Chính phủ"],
            persons=[per("Hà Vy", None), per("Minh Trang", None)],
            decisions=[d("88/NQ-CP")],
            events=[],
        ),
        h(
            n(),
            '"nhà cung cấp nội địa" - Xưởng cơ khí Quảng Nam chờ suất vào chuỗi của Thaco\n\n5 năm trước\n(Techz.vn) Công ty TNHH Cơ khí Đông Hòa đã gửi mẫu giá đỡ và bản lề cửa xe cho Thaco từ tháng 6 nhưng vẫn chờ kết quả đánh giá, ông Đặng Quốc Hưng, Giám đốc, cho biết bên lề hội nghị kết nối của Sở Công Thương Quảng Nam.',
            "2019-11-20",
            "ministry",
            [
                "tag_page",
                "relative_time",
                "site_prefix",
                "samples_no_deal",
                "person_role_after",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            organizations=["Sở Công Thương Quảng Nam"],
            persons=[per("Đặng Quốc Hưng", "Giám đốc")],
            provinces=[pv("Quảng Nam")],
            firms=[f("Cơ khí Đông Hòa", "Công ty TNHH"), f("Thaco")],
            events=[],
        ),
        h(
            n(),
            "“Mong LG đưa thêm doanh nghiệp Việt vào chuỗi cung ứng”\n\nPhó Thủ tướng nói vậy khi Chủ tịch Tập đoàn LG tới chào chiều 14/9, kèm lời hứa của hãng về một trung tâm R&D mới.",
            "2023-09-15",
            "ministry",
            ["listing_blurb", "quote_headline", "request_no_deal", "roles_no_names", "multiline", "no_event"],
            firms=[f("LG", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Lê Thu Trang\n\nHưng Yên: 45% là tỷ lệ nội địa hóa tỉnh muốn đạt cho hàng điện tử, cơ khí vào năm 2030\nCon số này hiện mới khoảng 28%, theo Sở Công Thương.",
            "2023-04-11",
            "provincial",
            [
                "infographic",
                "byline_first",
                "headline_lead",
                "target",
                "percentage",
                "bare_unit",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Thu Trang", None)],
            provinces=[pv("Hưng Yên")],
            percentages=[45, 28],
            events=[],
        ),
        h(
            n(),
            "Work began on October 4 on Minh Khai Precision JSC's mould complex in Hải Dương, at a ceremony hosted by the provincial People's Committee.\nSamsung Electronics Vietnam Thái Nguyên, the Thái Nguyên People's Committee and the Ministry of Industry and Trade have put their signatures to a memorandum on coaching local suppliers.\nHCM City's 2021 supplier fair is moved online because of COVID-19.",
            "2021-10-05",
            "ministry",
            [
                "english_copy",
                "tag_page",
                "three_items",
                "groundbreaking_passive",
                "bare_committee_host",
                "three_party_mou",
                "unit_keeps_place",
                "deal_date",
                "multiline",
            ],
            organizations=["Thái Nguyên People's Committee", "Ministry of Industry and Trade"],
            provinces=[pv("Hải Dương"), pv("Thái Nguyên"), pv("Hồ Chí Minh")],
            firms=[f("Minh Khai Precision", "JSC"), f("Samsung Electronics Vietnam Thái Nguyên")],
            deals=[deal("groundbreaking", ["Minh Khai Precision"], None, HD, "2021-10-04")],
            events=[
                ev("groundbreaking", [F("Minh Khai Precision")], None, None, HD, "started"),
                ev(
                    "mou",
                    [
                        F("Samsung Electronics Vietnam Thái Nguyên"),
                        G("Thái Nguyên People's Committee"),
                        G("Ministry of Industry and Trade"),
                    ],
                    None,
                    None,
                    TN,
                    "signed",
                ),
            ],
        ),
        h(
            n(),
            "Sáng 4/10, UBND tỉnh Hải Dương tổ chức lễ khởi công tổ hợp khuôn mẫu chính xác của Công ty CP Minh Khai tại KCN Lai Vu, tổng vốn 1.350 tỷ đồng.",
            "2021-10-05",
            "provincial",
            ["groundbreaking", "committee_cohost", "deal_date", "park_no_province"],
            organizations=["Ủy ban nhân dân tỉnh Hải Dương"],
            provinces=[pv("Hải Dương")],
            firms=[f("Minh Khai", "Công ty CP")],
            money=[m(1350 * B, "VND")],
            locations=[park("Khu công nghiệp Lai Vu")],
            deals=[deal("groundbreaking", ["Minh Khai"], 1350 * B, HD, "2021-10-04")],
            events=[
                ev(
                    "groundbreaking",
                    [G("UBND tỉnh Hải Dương"), F("Minh Khai")],
                    1350 * B,
                    "VND",
                    HD,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "(BGP) - Doanh nghiệp trong Cụm công nghiệp Song Khê - Nội Hoàng (huyện Yên Dũng) kiến nghị được hỗ trợ phí tham gia hội chợ khi làm việc với đoàn giám sát của Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh chiều 6/5.",
            "2024-05-07",
            "provincial",
            [
                "portal_listing",
                "source_code_prefix",
                "supervision_no_deal",
                "cluster",
                "district",
                "no_event",
            ],
            organizations=["Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"],
            locations=[park("Cụm công nghiệp Song Khê - Nội Hoàng"), district("huyện Yên Dũng")],
            events=[],
        ),
        h(
            n(),
            "#kết nối giao thương doanh nghiệp nhỏ và vừa",
            "2024-03-01",
            "ministry",
            ["hashtag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "danh sách nhà cung cấp cấp 1 ngành điện tử ebook pdf",
            "2023-06-14",
            "ministry",
            ["tag_page", "lowercase", "ebook_tag", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hyosan opens $620 million camera-module plant in Bac Giang\n\nHyosan Optics Vietnam's factory, its first outside the Republic of Korea, began making camera modules in the northern province of Bac Giang on April 9.",
            "2019-04-10",
            "ministry",
            [
                "english_copy",
                "tag_page",
                "unaccented_english",
                "headline_lead",
                "inauguration_with_capital",
                "amount_in_headline",
                "short_name_in_headline",
                "foreign_subsidiary_vietnam",
                "deal_date",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Hyosan"), f("Hyosan Optics")],
            money=[m(620 * M, "USD")],
            locations=[country("Republic of Korea")],
            deals=[deal("investment", ["Hyosan Optics"], 620 * M, BG, "2019-04-09")],
            events=[ev("inauguration", [F("Hyosan Optics")], 620 * M, "USD", BG, "completed")],
        ),
        h(
            n(),
            "Samsung Việt Nam\n\nSamsung khởi động chương trình tư vấn năm 2024 cho 25 doanh nghiệp Việt muốn vào chuỗi cung ứng",
            "2024-04-10",
            "ministry",
            [
                "tag_page",
                "headline_only",
                "programme_no_deal",
                "vietnam_suffix",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Samsung")],
            quantities=[c(25, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy màn hình 1,1 tỷ USD của Daesung Display đi vào hoạt động\nNgày 15/5, Công ty TNHH Daesung Display Việt Nam khánh thành nhà máy màn hình OLED cho ô tô tại KCN Yên Phong, tỉnh Bắc Ninh.",
            "2024-05-16",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "opening_with_capital_in_headline",
                "short_name_in_headline",
                "foreign_subsidiary_viet_nam",
                "province_after_park",
                "deal_date",
            ],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Daesung Display", "Công ty TNHH")],
            money=[m(1.1 * B, "USD")],
            locations=[park("Khu công nghiệp Yên Phong")],
            deals=[deal("investment", ["Daesung Display"], 1.1 * B, BN, "2024-05-15")],
            events=[ev("inauguration", [F("Daesung Display")], 1.1 * B, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Công ty hiện mua hàng của 14 nhà cung cấp trong nước, chủ yếu là khay nhựa, thùng carton và chi tiết cơ khí; khi chạy hết công suất, nhà máy cần khoảng 3.200 lao động.",
            "2024-05-16",
            "ministry",
            ["supplier_status_no_deal", "count", "approx", "no_event"],
            quantities=[c(14, "nhà cung cấp"), c(3200, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "k8vn bet xoc dia 2025 keo nha cai hom nay ty gia won moi nhat",
            "2025-01-09",
            "ministry",
            ["spam", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Một chiếc xe máy có khoảng 2.000 chi tiết, nhưng nhờ mạng lưới nhà cung cấp dày đặc quanh nhà máy, Honda đã đưa tỷ lệ nội địa hoá của một số mẫu xe lên trên 90%.",
            "2022-07-08",
            "ministry",
            ["blurb_no_url", "old_tone", "bare_firm", "count", "approx", "percentage", "no_event"],
            firms=[f("Honda")],
            percentages=[90],
            quantities=[c(2000, "chi tiết", True)],
            events=[],
        ),
        h(
            n(),
            "Hải Phòng muốn mỗi doanh nghiệp FDI lớn có ít nhất năm nhà cung cấp địa phương vào năm 2025.\n\nVIDEO LIÊN QUAN",
            "2023-02-13",
            "provincial",
            ["video_blurb", "page_furniture", "target", "count_in_words", "multiline", "no_event"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Ba bên cùng làm - bộ, tỉnh và một tập đoàn lớn - là cách Bộ Công Thương đã dùng ở Bắc Ninh, Thái Nguyên và Hải Dương để đưa nhà cung cấp địa phương vào chuỗi.",
            "2024-01-26",
            "ministry",
            ["nfd", "tag_page", "lead_only", "province_list", "no_event"],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Bắc Ninh"), pv("Thái Nguyên"), pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "Business\nKorean buyers meet 40 Hai Phong parts makers\nNov 12, 2024\nSurvey: Japanese firms plan to buy more parts locally\nNov 9, 2024",
            "2024-11-13",
            "ministry",
            [
                "english_copy",
                "listing",
                "unaccented_english",
                "english_adjective_no_country",
                "count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            quantities=[c(40, "parts makers")],
            events=[],
        ),
        h(
            n(),
            "hội chợ kết nối cung cầu",
            "2024-09-20",
            "provincial",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "(BNP) - Ban Quản lý các KCN tỉnh Bắc Ninh vừa đối thoại với 60 doanh nghiệp FDI về nhu cầu tìm nhà cung cấp linh kiện tại chỗ.",
            "2023-09-19",
            "provincial",
            ["portal_listing", "source_code_prefix", "dialogue_no_deal", "count", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(60, "doanh nghiệp FDI")],
            events=[],
        ),
        h(
            n(),
            "phát triển công nghiệp hỗ trợ\n\nNăm doanh nghiệp khuôn mẫu ở Bình Dương đã qua vòng đánh giá của một hãng điện tử Nhật, nhưng chưa ai nhận được đơn hàng đầu tiên.",
            "2024-02-27",
            "ministry",
            [
                "tag_page",
                "tag_title_line",
                "assessment_no_deal",
                "count_in_words",
                "country_adjective",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bình Dương")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp phụ trợ\n\nCơ hội cho nhà cung cấp Việt khi các hãng điện tử Nhật dời đơn hàng khỏi Trung Quốc",
            "2023-05-22",
            "ministry",
            ["section_label", "headline_only", "country_adjective", "no_event"],
            locations=[country("Nhật"), country("Trung Quốc")],
            events=[],
        ),
    ]
    # --- A central-region fair: opening, attendance, captions, quotes (S1, S6) ---
    rows += [
        h(
            n(),
            "Hơn 60 doanh nghiệp với 96 gian hàng có mặt tại Hội chợ kết nối cung ứng sản phẩm công nghiệp và công nghiệp hỗ trợ các tỉnh miền Trung - Tây Nguyên, khai mạc sáng 14-8 ở TP Tam Kỳ.",
            "2024-08-14",
            "provincial",
            ["fair_opening", "dash_date", "district_tp", "count", "approx", "no_event"],
            locations=[district("TP Tam Kỳ")],
            quantities=[c(60, "doanh nghiệp", True), c(96, "gian hàng")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo sở, ngành của 11 tỉnh, thành từ Thanh Hoá đến Đắk Lắk cùng đại diện Bộ Công Thương và Bộ Kế hoạch và Đầu tư đã tới dự.",
            "2024-08-14",
            "provincial",
            ["attendance", "old_tone", "province_range", "count", "no_event"],
            organizations=["Bộ Công Thương", "Bộ Kế hoạch và Đầu tư"],
            provinces=[pv("Thanh Hóa"), pv("Đắk Lắk")],
            quantities=[c(11, "tỉnh, thành")],
            events=[],
        ),
        h(
            n(),
            "Các đại biểu cắt băng khai mạc hội chợ. Ảnh: VĂN TÙNG",
            "2024-08-14",
            "provincial",
            ["photo_caption", "caps_photographer", "no_event"],
            persons=[per("Văn Tùng", None)],
            events=[],
        ),
        h(
            n(),
            "Ông Lê Văn Dũng, Phó Giám đốc Sở Công Thương Quảng Nam, nói: “Chúng tôi muốn doanh nghiệp địa phương không chỉ bán hàng ở hội chợ mà còn có chỗ trong chuỗi linh kiện của các nhà máy ô tô đóng ở Chu Lai”.",
            "2024-08-14",
            "provincial",
            ["person_role_after", "quote_after_colon", "bare_place_no_location", "no_event"],
            organizations=["Sở Công Thương Quảng Nam"],
            persons=[per("Lê Văn Dũng", "Phó Giám đốc Sở Công Thương Quảng Nam")],
            provinces=[pv("Quảng Nam")],
            events=[],
        ),
        h(
            n(),
            "Gian hàng linh kiện nhựa, cao su kỹ thuật của doanh nghiệp Đà Nẵng tại hội chợ. Ảnh: VĂN TÙNG",
            "2024-08-14",
            "provincial",
            ["nfd", "photo_caption", "caps_photographer", "no_event"],
            persons=[per("Văn Tùng", None)],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            n(),
            "Theo bà Phạm Thị Hồng Vân, Phó Giám đốc Sở Công Thương TP.HCM, năm nay thành phố mang tới 14 doanh nghiệp cơ khí, điện và bao bì, phần lớn lần đầu ra miền Trung tìm khách.",
            "2024-08-14",
            "provincial",
            ["person_role_after", "count", "no_event"],
            organizations=["Sở Công Thương TP.HCM"],
            persons=[per("Phạm Thị Hồng Vân", "Phó Giám đốc Sở Công Thương TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(14, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Máy sấy và cơ khí nông nghiệp của doanh nghiệp Gia Lai tại khu trưng bày. Ảnh: VĂN TÙNG",
            "2024-08-14",
            "provincial",
            ["photo_caption", "caps_photographer", "no_event"],
            persons=[per("Văn Tùng", None)],
            provinces=[pv("Gia Lai")],
            events=[],
        ),
        h(
            n(),
            "Hội chợ kéo dài đến ngày 18-8; ngoài khu trưng bày còn có hai phiên kết nối giữa doanh nghiệp cung ứng với các nhà máy trong Khu kinh tế mở Chu Lai.",
            "2024-08-14",
            "provincial",
            ["fair_schedule", "matching_session_no_contract", "count_in_words", "zone", "no_event"],
            locations=[zone("Khu kinh tế mở Chu Lai")],
            events=[],
        ),
    ]
    # --- TP.HCM supply-demand conference and a supplier day (S1, S11) ---
    rows += [
        h(
            n(),
            "Năm 2021, hội nghị kết nối cung cầu của TP.HCM chuyển sang hình thức trực tuyến kết hợp trực tiếp, khai mạc ngày 22/10 và kéo dài bốn ngày.",
            "2021-10-22",
            "provincial",
            ["nfd", "conference_dates", "count_in_words", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Phía thu mua có 912 đơn vị, gồm siêu thị, bếp ăn công nghiệp và nhà máy FDI; phía cung ứng đông hơn, khoảng 1.700 doanh nghiệp đến từ 52 tỉnh, thành.",
            "2021-10-22",
            "provincial",
            ["conference_counts", "count", "approx", "no_event"],
            quantities=[c(912, "đơn vị"), c(1700, "doanh nghiệp", True), c(52, "tỉnh, thành")],
            events=[],
        ),
        h(
            n(),
            "Lần này ban tổ chức tách riêng một buổi cho hàng công nghiệp: nhà máy FDI đặt bàn, doanh nghiệp cơ khí, nhựa và bao bì lần lượt vào chào hàng.",
            "2021-10-22",
            "provincial",
            ["matching_session_no_contract", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khách xem mẫu phôi đúc nhôm ở khu trưng bày hàng công nghiệp - Ảnh: VGP/Minh Khôi",
            "2021-10-22",
            "provincial",
            ["photo_caption", "agency_photographer", "no_event"],
            persons=[per("Minh Khôi", None)],
            events=[],
        ),
        h(
            n(),
            "Hàng trăm chi tiết máy giặt, thang máy chờ nhà cung cấp Việt\n\nMinh Châu - 09:40, 20/03/2019\n\nSáng 20/3 ở TP.HCM, bộ phận thu mua của 18 doanh nghiệp FDI đã ngồi vào bàn với hơn 90 nhà sản xuất trong nước tại ngày hội tìm kiếm nhà cung cấp năm thứ ba của thành phố.",
            "2019-03-20",
            "ministry",
            [
                "headline_lead",
                "byline_timestamp",
                "supplier_day",
                "vague_count_words",
                "ordinal_not_count",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Châu", None)],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(18, "doanh nghiệp FDI"), c(90, "nhà sản xuất", True)],
            events=[],
        ),
        h(
            n(),
            "Danh sách người mua có Nidec, Panasonic, Bosch, Schneider, Mabuchi và Sanyo Denki; riêng Samsung cần nội địa hóa thêm 40 mã linh kiện nhựa và cao su.",
            "2019-03-20",
            "ministry",
            ["buyer_list", "bare_firms", "count", "no_event"],
            firms=[
                f("Nidec"),
                f("Panasonic"),
                f("Bosch"),
                f("Schneider"),
                f("Mabuchi"),
                f("Sanyo Denki"),
                f("Samsung"),
            ],
            quantities=[c(40, "mã linh kiện")],
            events=[],
        ),
        h(
            n(),
            "Mỗi nhà máy FDI có lịch gặp riêng với khoảng 15 doanh nghiệp trong ngày.",
            "2019-03-20",
            "ministry",
            ["count", "approx", "no_event"],
            quantities=[c(15, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Đại diện bộ phận mua hàng của một doanh nghiệp FDI trao đổi với nhà cung cấp Việt tại ngày hội. Ảnh: Hữu Phúc",
            "2019-03-20",
            "ministry",
            ["photo_caption", "photographer", "no_event"],
            persons=[per("Hữu Phúc", None)],
            events=[],
        ),
        h(
            n(),
            "Sở Công Thương TP.HCM dành 1,2 tỷ đồng ngân sách khuyến công năm nay cho các hoạt động kết nối kiểu này, theo ông Lâm Quang Thiện, Phó Giám đốc Sở.",
            "2019-03-20",
            "ministry",
            ["nfd", "person_role_after", "short_role", "budget_no_deal", "no_event"],
            organizations=["Sở Công Thương TP.HCM"],
            persons=[per("Lâm Quang Thiện", "Phó Giám đốc Sở")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(1.2 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Linh kiện ô tô vẫn là mảng mỏng nhất: chưa tới 3% doanh nghiệp công nghiệp của thành phố làm được.",
            "2019-03-20",
            "ministry",
            ["statistics", "percentage", "no_event"],
            percentages=[3],
            events=[],
        ),
    ]
    # --- A chamber and a province agree to co-host a supplier forum; a committee's letter on vendors (S13) ---
    rows += [
        h(
            n(),
            "Phú Thọ sẽ đón Diễn đàn liên kết nhà cung ứng 2026\n\n16:45:08 | 9/2/2026\n\nBuổi làm việc giữa lãnh đạo UBND tỉnh Phú Thọ và Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) chiều 9/2 đã chốt Việt Trì là nơi tổ chức Supplier Link 2026 vào giữa tháng 4.",
            "2026-02-09",
            "ministry",
            [
                "headline_lead",
                "timestamp_seconds",
                "working_session_no_deal",
                "acronym_bracket",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Phú Thọ", "Liên đoàn Thương mại và Công nghiệp Việt Nam"],
            provinces=[pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch UBND tỉnh Trần Thu Hà (giữa) và ông Nguyễn Đức Mạnh, Phó Chủ tịch VCCI, chủ trì buổi làm việc.",
            "2026-02-09",
            "ministry",
            ["photo_caption", "person_role_before", "person_role_after", "no_event"],
            organizations=["Liên đoàn Thương mại và Công nghiệp Việt Nam"],
            persons=[
                per("Trần Thu Hà", "Phó Chủ tịch UBND tỉnh"),
                per("Nguyễn Đức Mạnh", "Phó Chủ tịch VCCI"),
            ],
            events=[],
        ),
        h(
            n(),
            "Ban tổ chức mời khoảng 200 doanh nghiệp FDI mang theo danh mục linh kiện cần mua, kỳ vọng số đại biểu vượt 500.",
            "2026-02-09",
            "ministry",
            ["plan_counts", "count", "approx", "no_event"],
            quantities=[c(200, "doanh nghiệp FDI", True)],
            events=[],
        ),
        h(
            n(),
            "Bà Trần Thu Hà cho biết tỉnh sẽ lập danh sách doanh nghiệp cơ khí, điện tử đủ điều kiện để giới thiệu với bộ phận mua hàng của các tập đoàn.",
            "2026-02-09",
            "ministry",
            ["person_no_role", "plan_no_deal", "no_event"],
            persons=[per("Trần Thu Hà", None)],
            events=[],
        ),
        h(
            n(),
            "Đi kèm diễn đàn là một giải golf giao lưu cho lãnh đạo doanh nghiệp, dự kiến vào sáng hôm sau.",
            "2026-02-09",
            "ministry",
            ["side_event", "no_event"],
            events=[],
        ),
        h(
            n(),
            "(BĐT) - Các doanh nghiệp nội địa đang bán hàng cho nhà máy Samsung ở Thái Nguyên sẽ được rà soát, phân loại theo yêu cầu tại công văn mới của UBND tỉnh Thái Nguyên gửi Ban Quản lý các KCN Thái Nguyên.",
            "2020-07-14",
            "provincial",
            ["paper_prefix", "official_letter", "authority", "vendor_review_no_deal", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Thái Nguyên", "Ban Quản lý các Khu công nghiệp Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Mỗi vendor sẽ có một phiếu riêng ghi cấp cung ứng, sản phẩm, khó khăn về vốn và mặt bằng để tỉnh tính cách hỗ trợ.\n\nChuyên đề",
            "2020-07-14",
            "provincial",
            ["procedure", "page_furniture", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese firms at a Japanese fair; JETRO visits a fair (S4) ---
    rows += [
        h(
            n(),
            "Gian hàng chung của Việt Nam tại Hội chợ công nghiệp chế tạo Kansai ở Osaka (Nhật Bản) năm nay có mười doanh nghiệp, chủ yếu làm khuôn mẫu và gia công kim loại.",
            "2023-10-07",
            "ministry",
            ["fair_abroad", "count_in_words", "foreign_city_no_location", "country_bracket", "no_event"],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Theo ban tổ chức, hội chợ 2023 thu hút khoảng 650 đơn vị trưng bày, phần lớn là xưởng nhỏ của vùng Kansai đi tìm đối tác gia công ở nước ngoài.",
            "2023-10-07",
            "ministry",
            ["fair_counts", "count", "approx", "no_event"],
            quantities=[c(650, "đơn vị trưng bày", True)],
            events=[],
        ),
        h(
            n(),
            "Trưởng đại diện JETRO TP.HCM Sato Kenichi cùng sáu cán bộ văn phòng đã dành cả buổi sáng 12/3 đi xem các gian hàng của Hội chợ công nghiệp hỗ trợ phía Nam 2025.",
            "2025-03-13",
            "ministry",
            ["visit_no_deal", "person_role_before", "japanese_name", "count_in_words", "no_event"],
            organizations=["JETRO TP.HCM"],
            persons=[per("Sato Kenichi", "Trưởng đại diện JETRO TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Bo mạch, vỏ nhựa và chi tiết dập của các nhà cung cấp cấp 2 từ Bắc Ninh, Đồng Nai được đoàn hỏi kỹ nhất.",
            "2025-03-13",
            "ministry",
            ["province_as_exhibitor", "no_event"],
            provinces=[pv("Bắc Ninh"), pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "JETRO cũng là đối tác quen của Cục Xúc tiến thương mại trong các đoàn giao thương về linh kiện và máy móc.",
            "2025-03-13",
            "ministry",
            ["acronym_expanded", "cooperation_no_event", "no_event"],
            organizations=["Tổ chức Xúc tiến Thương mại Nhật Bản", "Cục Xúc tiến thương mại"],
            events=[],
        ),
    ]
    # --- Buyer programmes: memoranda with a motorbike maker, an automaker, a chamber (S2, S3, S14) ---
    rows += [
        h(
            n(),
            "(KTCHG) Từ tháng 7, kỹ sư của Honda Việt Nam sẽ xuống xưởng các hội viên Hiệp hội Doanh nghiệp cơ khí Việt Nam, theo biên bản ghi nhớ hai bên vừa ký về phát triển nhà cung cấp phụ tùng xe máy.",
            "2025-06-17",
            "ministry",
            ["site_prefix", "mou", "firm_and_association", "vietnam_suffix", "no_deal"],
            organizations=["Hiệp hội Doanh nghiệp cơ khí Việt Nam"],
            firms=[f("Honda")],
            events=[
                ev(
                    "mou",
                    [F("Honda"), O("Hiệp hội Doanh nghiệp cơ khí Việt Nam")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Năm đầu, hai bên chọn khoảng 5 xưởng làm thí điểm; chi phí chuyên gia do Honda chịu.",
            "2025-06-17",
            "ministry",
            ["nfd", "programme_terms", "count", "approx", "no_event"],
            firms=[f("Honda")],
            quantities=[c(5, "xưởng", True)],
            events=[],
        ),
        h(
            n(),
            "“Chi tiết nhựa và cao su là chỗ nhà cung cấp Việt có thể thay hàng nhập sớm nhất”, Phó Tổng Giám đốc Honda Việt Nam - ông Nguyễn Hoàng Long nói sau lễ ký.",
            "2025-06-17",
            "ministry",
            ["quote_first", "person_role_before_dash", "no_event"],
            persons=[per("Nguyễn Hoàng Long", "Phó Tổng Giám đốc Honda Việt Nam")],
            firms=[f("Honda")],
            events=[],
        ),
        h(
            n(),
            "Lễ ký tại Hà Nội sáng 16/6. Ảnh: BTC",
            "2025-06-17",
            "ministry",
            ["photo_caption", "organiser_credit_no_person", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Biên bản ghi nhớ về phát triển nhà cung cấp nội địa giữa Cục Công nghiệp và Toyota Việt Nam được ký lại ngày 11/7 tại Hà Nội, mở ra năm hợp tác thứ năm.",
            "2024-07-12",
            "ministry",
            [
                "mou",
                "government_and_firm",
                "passive_signing",
                "signing_city_mention",
                "ordinal_not_count",
                "no_deal",
            ],
            organizations=["Cục Công nghiệp"],
            provinces=[pv("Hà Nội")],
            firms=[f("Toyota")],
            events=[ev("mou", [G("Cục Công nghiệp"), F("Toyota")], None, None, None, "signed")],
        ),
        h(
            n(),
            "Ngoài tư vấn tại xưởng, doanh nghiệp được chọn sẽ được đưa đi xem dây chuyền lắp ráp của hãng.",
            "2024-07-12",
            "ministry",
            ["programme_terms", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm nay, chuyên gia của Toyota sẽ làm việc định kỳ tại Công ty CP Cơ khí Phổ Yên và Công ty TNHH Cao su Kỹ thuật Đông Anh để cải thiện dây chuyền.",
            "2024-07-12",
            "ministry",
            ["consulting_no_deal", "two_firms", "no_event"],
            firms=[
                f("Toyota"),
                f("Cơ khí Phổ Yên", "Công ty CP"),
                f("Cao su Kỹ thuật Đông Anh", "Công ty TNHH"),
            ],
            events=[],
        ),
        h(
            n(),
            "Ông Hayashi Tetsuya, Tổng Giám đốc Toyota Việt Nam, nói hãng cần thêm nhà cung cấp Việt đủ sức giao hàng cho cả thị trường xuất khẩu.",
            "2024-07-12",
            "ministry",
            ["person_role_after", "japanese_name", "no_event"],
            persons=[per("Hayashi Tetsuya", "Tổng Giám đốc Toyota Việt Nam")],
            firms=[f("Toyota")],
            events=[],
        ),
        h(
            n(),
            "LG Electronics Việt Nam và Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) vừa thoả thuận cùng sàng lọc doanh nghiệp Việt đủ sức làm chi tiết nhựa, dây dẫn cho các nhà máy LG ở Hải Phòng.",
            "2016-05-04",
            "ministry",
            ["mou", "old_tone", "firm_and_chamber", "acronym_bracket", "vietnam_suffix", "no_deal"],
            organizations=["Liên đoàn Thương mại và Công nghiệp Việt Nam"],
            provinces=[pv("Hải Phòng")],
            firms=[f("LG Electronics"), f("LG")],
            events=[
                ev(
                    "mou",
                    [F("LG Electronics"), O("Liên đoàn Thương mại và Công nghiệp Việt Nam")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Doanh nghiệp lọt danh sách sẽ bắt đầu từ đơn hàng nhỏ qua nhà cung cấp cấp 1 của LG, rồi mới được xét giao hàng trực tiếp.\nT.L.",
            "2016-05-04",
            "ministry",
            ["initial_byline_no_person", "multiline", "no_event"],
            firms=[f("LG")],
            events=[],
        ),
        h(
            n(),
            "Bộ Công Thương, UBND tỉnh Bắc Giang và Công ty TNHH Samsung Electronics Việt Nam ký biên bản ghi nhớ về chương trình hỗ trợ doanh nghiệp địa phương tham gia chuỗi cung ứng.",
            "2022-11-18",
            "ministry",
            ["three_party_mou", "state_firm_mou_support", "no_deal"],
            organizations=["Bộ Công Thương", "Ủy ban nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Samsung Electronics", "Công ty TNHH")],
            events=[
                ev(
                    "mou",
                    [G("Bộ Công Thương"), G("UBND tỉnh Bắc Giang"), F("Samsung Electronics")],
                    None,
                    None,
                    BG,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Chương trình tập trung vào chuyên gia tư vấn cải tiến và nhà máy thông minh; từ năm 2019 đến nay đã có 46 doanh nghiệp của tỉnh được đánh giá, 9 doanh nghiệp trở thành nhà cung cấp cấp 2.",
            "2022-11-18",
            "ministry",
            ["programme_results", "supplier_status_no_deal", "count", "no_event"],
            quantities=[c(46, "doanh nghiệp"), c(9, "doanh nghiệp")],
            events=[],
        ),
    ]
    # --- A 2014 feature: a Japanese printer maker calls for suppliers; a chamber meeting and the firm's profile (S9) ---
    rows += [
        h(
            n(),
            "Đặt mua báo in| Đọc báo in phiên bản số| Thứ Hai, Ngày 17 tháng 06 năm 2024,\nNhà máy máy in Nhật vẫn chật vật tìm nhà cung cấp Việt\nThanh Tâm - 22/08/2014 10:05",
            "2014-08-22",
            "ministry",
            ["page_header", "headline", "byline_timestamp", "country_adjective", "multiline", "no_event"],
            persons=[per("Thanh Tâm", None)],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "TIN LIÊN QUAN\n\nTại hội thảo kết nối nhà cung cấp do JETRO Hà Nội tổ chức tuần trước, ông Takeda Hiroshi, Trưởng bộ phận mua hàng của Công ty TNHH Kyowa Seiki Việt Nam, mang theo danh sách 120 chi tiết cơ khí mà nhà máy vẫn phải nhập từ Nhật.",
            "2014-08-22",
            "ministry",
            [
                "page_furniture",
                "person_role_after",
                "japanese_name",
                "foreign_subsidiary_viet_nam",
                "province_in_org_name",
                "count",
                "multiline",
                "no_event",
            ],
            organizations=["JETRO Hà Nội"],
            persons=[per("Takeda Hiroshi", "Trưởng bộ phận mua hàng của Công ty TNHH Kyowa Seiki Việt Nam")],
            provinces=[pv("Hà Nội")],
            firms=[f("Kyowa Seiki", "Công ty TNHH")],
            quantities=[c(120, "chi tiết cơ khí")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Chưa hết buổi, đã có bảy doanh nghiệp Việt đăng ký gửi mẫu lò xo và trục in để nhà máy thử.",
            "2014-08-22",
            "ministry",
            ["nfd", "samples_no_deal", "count_in_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhóm đăng ký gồm Công ty CP Cơ khí Tân Trường Sơn (Hưng Yên), Công ty TNHH Lò xo Sao Mai và Công ty CP Nhựa Kỹ thuật Hòa Lạc, cả ba đều đang bán hàng cho doanh nghiệp Nhật ở miền Bắc.",
            "2014-08-22",
            "ministry",
            ["firm_list", "province_in_brackets", "country_adjective", "no_event"],
            provinces=[pv("Hưng Yên")],
            firms=[
                f("Cơ khí Tân Trường Sơn", "Công ty CP"),
                f("Lò xo Sao Mai", "Công ty TNHH"),
                f("Nhựa Kỹ thuật Hòa Lạc", "Công ty CP"),
            ],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Cập nhật: 22/06/2011 |\nFujiken Việt Nam tìm nhà cung ứng bo mạch qua kênh hiệp hội |",
            "2011-06-22",
            "ministry",
            ["association_page", "update_line", "table_pipes", "vietnam_suffix", "multiline", "no_event"],
            firms=[f("Fujiken")],
            events=[],
        ),
        h(
            n(),
            "Buổi trao đổi ngày 20/6/2011 tại Hà Nội do Cơ quan Hợp tác quốc tế Nhật Bản (JICA) làm cầu nối; Hiệp hội Doanh nghiệp điện tử Việt Nam cử hai phó tổng thư ký, còn Công ty TNHH Fujiken Việt Nam có ông Morita KENJI, Phó Tổng Giám đốc phụ trách mua hàng.",
            "2011-06-22",
            "ministry",
            ["meeting_no_deal", "caps_surname_given", "person_role_after", "count_in_words", "no_event"],
            organizations=["Cơ quan Hợp tác quốc tế Nhật Bản", "Hiệp hội Doanh nghiệp điện tử Việt Nam"],
            persons=[per("Morita Kenji", "Phó Tổng Giám đốc phụ trách mua hàng")],
            provinces=[pv("Hà Nội")],
            firms=[f("Fujiken", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Với 184,5 triệu USD vốn đầu tư, nhà máy của Fujiken Vietnam Co. Ltd tại KCN Nội Bài (hoạt động từ 2004, 100% vốn Nhật Bản) hiện rộng khoảng 12 ha.",
            "2011-06-22",
            "ministry",
            [
                "company_profile",
                "recalled_investment",
                "foreign_form",
                "percentage",
                "area",
                "approx",
                "no_site",
            ],
            firms=[f("Fujiken", "Co., Ltd.")],
            money=[m(184.5 * M, "USD")],
            percentages=[100],
            areas=[ha(12, True)],
            locations=[park("Khu công nghiệp Nội Bài"), country("Nhật Bản")],
            deals=[deal("investment", ["Fujiken"], 184.5 * M)],
            events=[],
        ),
        h(
            n(),
            "Trở ngại lớn nhất, theo ông Morita, là doanh nghiệp Việt chưa có chứng nhận chất lượng cho bo mạch dùng trong thiết bị đo.",
            "2011-06-22",
            "ministry",
            ["surname_only_no_person", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Brother Việt Nam: từ 9 nhà cung cấp nội địa lên 52\n\nÔng Inoue Masato, Phó Tổng Giám đốc Công ty TNHH Brother Industries Việt Nam. Ảnh: Hồng Nhung BNEWS/TTXVN",
            "2018-10-12",
            "ministry",
            [
                "headline_caption",
                "person_role_after",
                "photo_credit_agency",
                "foreign_subsidiary_viet_nam",
                "count",
                "multiline",
                "no_event",
            ],
            persons=[
                per("Inoue Masato", "Phó Tổng Giám đốc Công ty TNHH Brother Industries Việt Nam"),
                per("Hồng Nhung", None),
            ],
            firms=[f("Brother"), f("Brother Industries", "Công ty TNHH")],
            quantities=[c(9, "nhà cung cấp nội địa")],
            events=[],
        ),
        h(
            n(),
            "Phóng viên: Vì sao công ty chọn mua linh kiện trong nước thay vì nhập từ Nhật như trước?\nÔng Inoue Masato: Giao hàng nhanh hơn và rẻ hơn; nhà cung cấp ở Hải Dương cách nhà máy chưa tới 30 km.",
            "2018-10-12",
            "ministry",
            ["interview_exchange", "reporter_label_no_person", "distance_no_count", "multiline", "no_event"],
            persons=[per("Inoue Masato", None)],
            provinces=[pv("Hải Dương")],
            locations=[country("Nhật")],
            events=[],
        ),
    ]
    # --- LG-type stories: a leader's request, a city chairman's visit, a plant opening with its guests (S8) ---
    rows += [
        h(
            n(),
            "tự động hoá\n\nSamsung được đề nghị mua thêm linh kiện Việt\n\nSự kiện\n18/10/2023 09:27\nNội địa hoá và đào tạo kỹ sư Việt là hai việc Thủ tướng nêu khi tiếp đoàn lãnh đạo Tập đoàn Samsung chiều qua.\naa",
            "2023-10-18",
            "ministry",
            [
                "junk_lines",
                "old_tone",
                "section_label",
                "timestamp_line",
                "request_no_deal",
                "role_no_name",
                "multiline",
                "no_event",
            ],
            firms=[f("Samsung", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Ở Hải Phòng, LG Innotek có nhà máy module camera chạy từ năm 2021; theo hãng, phần lớn vỏ và khay đóng gói cho nhà máy nay đã mua trong nước.",
            "2023-10-18",
            "ministry",
            ["recalled_opening", "no_amount", "supplier_status_no_deal"],
            provinces=[pv("Hải Phòng")],
            firms=[f("LG Innotek")],
            deals=[deal("investment", ["LG Innotek"], None, HP)],
            events=[],
        ),
        h(
            n(),
            "Ba doanh nghiệp của Tập đoàn LG ở khu công nghiệp Tràng Duệ đã đón ông Trần Văn Quân, Chủ tịch UBND thành phố Hải Phòng, trong chuyến làm việc sáng 12/12.",
            "2024-12-12",
            "provincial",
            ["visit_no_deal", "person_role_after", "lowercase_park", "count_in_words", "no_event"],
            organizations=["Ủy ban nhân dân thành phố Hải Phòng"],
            persons=[per("Trần Văn Quân", "Chủ tịch UBND thành phố Hải Phòng")],
            provinces=[pv("Hải Phòng")],
            firms=[f("LG", "Tập đoàn")],
            locations=[park("Khu công nghiệp Tràng Duệ")],
            events=[],
        ),
        h(
            n(),
            "Với LG Display, thành phố muốn hãng sớm rót nốt số vốn đã hứa, tổng cộng khoảng 4,5 tỷ USD.",
            "2024-12-12",
            "provincial",
            ["request_no_deal", "approx", "no_event"],
            firms=[f("LG Display")],
            money=[m(4.5 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Nhà cung cấp nào của LG muốn đặt xưởng gần khách hàng có thể thuê đất ở KCN Tràng Duệ 3, ông Quân nói.\n\nKhu trưng bày sản phẩm của LG trong chuyến thăm (Ảnh: Cổng TTĐT thành phố)",
            "2024-12-12",
            "provincial",
            [
                "nfd",
                "land_offer_no_deal",
                "surname_only_no_person",
                "photo_caption",
                "site_credit_no_person",
                "multiline",
                "no_event",
            ],
            firms=[f("LG")],
            locations=[park("Khu công nghiệp Tràng Duệ 3")],
            events=[],
        ),
        h(
            n(),
            "Tổ hợp tivi, máy giặt 980 triệu USD của Công ty TNHH Điện tử Hanwoo Việt Nam Hải Phòng tại KCN An Dương (Hải Phòng) chính thức khánh thành sáng 20/4/2016.",
            "2016-04-21",
            "ministry",
            [
                "inauguration_with_capital",
                "plant_first",
                "unit_keeps_place",
                "province_bracket_after_park",
                "deal_date",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Điện tử Hanwoo Việt Nam Hải Phòng", "Công ty TNHH")],
            money=[m(980 * M, "USD")],
            locations=[park("Khu công nghiệp An Dương")],
            deals=[deal("investment", ["Điện tử Hanwoo Việt Nam Hải Phòng"], 980 * M, HP, "2016-04-20")],
            events=[
                ev("inauguration", [F("Điện tử Hanwoo Việt Nam Hải Phòng")], 980 * M, "USD", HP, "completed")
            ],
        ),
        h(
            n(),
            "Khoảng 500 khách mời dự lễ, trong đó có Phó Chủ tịch nước Nguyễn Thị Hòa và ông Kim Jae-hoon, Chủ tịch Tập đoàn Hanwoo.",
            "2016-04-21",
            "ministry",
            [
                "attendee_list",
                "person_role_before",
                "person_role_after",
                "korean_name",
                "count",
                "approx",
                "no_event",
            ],
            persons=[
                per("Nguyễn Thị Hòa", "Phó Chủ tịch nước"),
                per("Kim Jae-hoon", "Chủ tịch Tập đoàn Hanwoo"),
            ],
            firms=[f("Hanwoo", "Tập đoàn")],
            quantities=[c(500, "khách mời", True)],
            events=[],
        ),
        h(
            n(),
            "Theo ông Kim Jae-hoon, 70% sản lượng của tổ hợp sẽ đi Bắc Mỹ và Úc.",
            "2016-04-21",
            "ministry",
            ["person_no_role", "percentage", "region_no_country", "no_event"],
            persons=[per("Kim Jae-hoon", None)],
            percentages=[70],
            locations=[country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Hanwoo đóng cửa xưởng cũ ở Hưng Yên và chuyển 1.100 công nhân về tổ hợp mới rộng 60 ha.",
            "2016-04-21",
            "ministry",
            ["relocation_no_deal", "bare_short_name", "count", "area", "no_event"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Hanwoo")],
            areas=[ha(60)],
            quantities=[c(1100, "công nhân")],
            events=[],
        ),
        h(
            n(),
            "20170412093015-sonix-1.jpg\n\nMô tả\n\nGói thầu nhà xưởng chính và kho thành phẩm, Nhà máy điện thoại Sonix, KCN Điềm Thuỵ (Thái Nguyên). Chủ đầu tư: Sonix. Giá trị dự án: khoảng 700 triệu USD. Thời gian thi công: 10 tháng.",
            "2017-04-12",
            "provincial",
            [
                "contractor_project_page",
                "image_filename_line",
                "label_fields",
                "recalled_investment",
                "old_tone",
                "province_bracket_after_park",
                "approx",
                "multiline",
            ],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Sonix")],
            money=[m(700 * M, "USD", approx=True)],
            locations=[park("Khu công nghiệp Điềm Thụy")],
            deals=[deal("investment", ["Sonix"], 700 * M, TN)],
            events=[],
        ),
    ]
    # --- A provincial investment conference with a leader: attendance, certificates, commitments (S13) ---
    rows += [
        h(
            n(),
            "Dự hội nghị có đồng chí Lê Minh Đức, Bộ trưởng Bộ Công Thương, và đồng chí Hoàng Văn Phong, Bí thư Tỉnh ủy Bắc Giang.",
            "2023-09-23",
            "provincial",
            ["attendee_list", "dong_chi", "person_role_after", "tinh_uy_in_role", "no_event"],
            organizations=["Bộ Công Thương"],
            persons=[
                per("Lê Minh Đức", "Bộ trưởng Bộ Công Thương"),
                per("Hoàng Văn Phong", "Bí thư Tỉnh ủy Bắc Giang"),
            ],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "Có 27 văn bản được trao trong buổi sáng, gồm giấy chứng nhận, quyết định chủ trương và biên bản ghi nhớ, tổng vốn đăng ký hơn 3,4 tỷ USD.",
            "2023-09-23",
            "provincial",
            ["round_total_no_event", "count", "approx", "no_event"],
            money=[m(3.4 * B, "USD", approx=True)],
            quantities=[c(27, "văn bản")],
            events=[],
        ),
        h(
            n(),
            "Luxshare, nhà đầu tư lớn nhất tỉnh với khoảng 4 tỷ USD ở các khu công nghiệp Vân Trung và Quang Châu, hứa đưa thêm 1,2 tỷ USD vốn mới vào tỉnh ngay trong năm.",
            "2023-09-23",
            "provincial",
            [
                "announced_investment",
                "cumulative_not_event",
                "two_parks_one_word",
                "bare_firm",
                "approx",
                "no_site",
            ],
            firms=[f("Luxshare")],
            money=[m(4 * B, "USD", approx=True), m(1.2 * B, "USD")],
            locations=[park("Khu công nghiệp Vân Trung"), park("Khu công nghiệp Quang Châu")],
            deals=[deal("investment", ["Luxshare"], 1.2 * B)],
            events=[ev("investment_announcement", [F("Luxshare")], 1.2 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "UBND tỉnh Bắc Giang trao giấy chứng nhận điều chỉnh cho Công ty TNHH Kinsheng Electronics Việt Nam, tăng vốn thêm 280 triệu USD lên 730 triệu USD.",
            "2023-09-23",
            "provincial",
            ["capital_increase", "committee_grantor", "foreign_subsidiary_viet_nam", "increase_not_total"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Kinsheng Electronics", "Công ty TNHH")],
            money=[m(280 * M, "USD"), m(730 * M, "USD")],
            deals=[deal("investment", ["Kinsheng Electronics"], 280 * M, BG)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Bắc Giang"), F("Kinsheng Electronics")],
                    280 * M,
                    "USD",
                    BG,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "UBND tỉnh Bắc Giang và Tập đoàn Hanshin (Hàn Quốc) trao biên bản ghi nhớ đầu tư tổ hợp khuôn mẫu chính xác, vốn dự kiến 650 triệu USD.",
            "2023-09-23",
            "provincial",
            ["mou_committee_firm", "investment_mou", "country_bracket"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Hanshin", "Tập đoàn")],
            money=[m(650 * M, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Hanshin"], 650 * M, BG)],
            events=[ev("mou", [G("UBND tỉnh Bắc Giang"), F("Hanshin")], 650 * M, "USD", BG, "signed")],
        ),
        h(
            n(),
            "Dự án nhà ở công nhân gần 2.900 tỷ đồng ở huyện Việt Yên cũng đã có chủ: Công ty CP Đầu tư Hạ tầng Kinh Bắc Xanh được trao quyết định chấp thuận chủ trương đầu tư.",
            "2023-09-23",
            "provincial",
            ["licence_passive_no_grantor", "project_first", "district", "approx", "no_site"],
            firms=[f("Đầu tư Hạ tầng Kinh Bắc Xanh", "Công ty CP")],
            money=[m(2900 * B, "VND", approx=True)],
            locations=[district("huyện Việt Yên")],
            deals=[deal("investment", ["Đầu tư Hạ tầng Kinh Bắc Xanh"], 2900 * B)],
            events=[
                ev(
                    "investment_licence",
                    [F("Đầu tư Hạ tầng Kinh Bắc Xanh")],
                    2900 * B,
                    "VND",
                    None,
                    "licensed",
                )
            ],
        ),
    ]
    # --- A ministries' memorandum caption (S4, S15) ---
    rows += [
        h(
            n(),
            "Bản ghi nhớ về chuỗi cung ứng giữa Bộ Công Thương và Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản được hai Thứ trưởng Trần Duy Khánh và Matsuo Ryota ký tại Tokyo",
            "2022-06-02",
            "ministry",
            [
                "photo_caption",
                "mou",
                "ministry_pair",
                "passive_signing",
                "two_persons_one_role",
                "foreign_city_no_location",
                "no_deal",
            ],
            organizations=["Bộ Công Thương", "Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản"],
            persons=[per("Trần Duy Khánh", "Thứ trưởng"), per("Matsuo Ryota", "Thứ trưởng")],
            events=[
                ev(
                    "mou",
                    [G("Bộ Công Thương"), G("Bộ Kinh tế, Thương mại và Công nghiệp Nhật Bản")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]
    # --- Legal text, plans, theses, journal and document-store pages (S2, S7, S9, S15, S16) ---
    rows += [
        h(
            n(),
            "Quyết định 742/QĐ-UBND năm 2021 phê duyệt Đề án kết nối doanh nghiệp công nghiệp hỗ trợ tỉnh Hưng Yên với doanh nghiệp FDI giai đoạn 2021-2025\nSố hiệu: 742/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Hưng Yên Người ký: Đỗ Văn Thành\nNgày ban hành: 19/03/2021 Ngày hiệu lực: Đang cập nhật",
            "2021-03-22",
            "legal",
            ["legal_attribute_block", "signer_no_role", "issue_date_label", "multiline", "no_event"],
            persons=[per("Đỗ Văn Thành", None)],
            provinces=[pv("Hưng Yên")],
            decisions=[d("742/QĐ-UBND", "2021-03-19")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1186/QĐ-UBND năm 2023 ban hành Kế hoạch kết nối cung cầu sản phẩm công nghiệp hỗ trợ tỉnh Vĩnh Phúc",
            "2023-06-05",
            "legal",
            ["legal_title", "year_only_no_date", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            decisions=[d("1186/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 742/QĐ-UBND\nHưng Yên, ngày 19 tháng 03 năm 2021",
            "2021-03-22",
            "legal",
            ["legal_header", "place_date_line", "zero_padded_date", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            decisions=[d("742/QĐ-UBND", "2021-03-19")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;\nCăn cứ Nghị quyết số 115/NQ-CP ngày 06 tháng 8 năm 2020 của Chính phủ về các giải pháp thúc đẩy phát triển công nghiệp hỗ trợ;",
            "2021-03-22",
            "legal",
            ["preamble", "law_title_no_number", "multiline", "no_event"],
            organizations=["Chính phủ"],
            decisions=[d("115/NQ-CP", "2020-08-06")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03 tháng 11 năm 2015\ncủa Chính phủ về phát triển công nghiệp hỗ trợ;",
            "2022-11-28",
            "legal",
            ["preamble", "hard_wrapped_lines", "multiline", "no_event"],
            organizations=["Chính phủ"],
            decisions=[d("111/2015/NĐ-CP", "2015-11-03")],
            events=[],
        ),
        h(
            n(),
            "Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 412/TTr-SCT ngày 02 tháng 3 năm 2021,",
            "2021-03-22",
            "legal",
            ["preamble", "submission_number", "role_no_name", "no_event"],
            decisions=[d("412/TTr-SCT", "2021-03-02")],
            events=[],
        ),
        h(
            n(),
            "Điều 1. Phê duyệt Đề án kết nối doanh nghiệp công nghiệp hỗ trợ tỉnh Hưng Yên với doanh nghiệp FDI giai đoạn 2021-2025 (kèm theo Quyết định này).\nĐiều 2. Giao Giám đốc Sở Công Thương chủ trì, phối hợp với Ban Quản lý các KCN tỉnh triển khai thực hiện.",
            "2021-03-22",
            "legal",
            ["articles", "bare_units", "multiline", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch kết nối cung cầu sản phẩm công nghiệp hỗ trợ tỉnh Quảng Trị năm 2024\n\n(Theo Kế hoạch số 51/KH-UBND ngày 06/02/2024 của UBND tỉnh)\n\nI. MỤC ĐÍCH, YÊU CẦU",
            "2024-02-20",
            "legal",
            ["plan_page", "plan_number", "bare_committee", "section_heading", "multiline", "no_event"],
            provinces=[pv("Quảng Trị")],
            decisions=[d("51/KH-UBND", "2024-02-06")],
            events=[],
        ),
        h(
            n(),
            "- Hỗ trợ doanh nghiệp công nghiệp hỗ trợ trên địa bàn tham gia hội chợ, phiên kết nối với doanh nghiệp FDI hằng năm; ưu tiên doanh nghiệp nhỏ và vừa, hợp tác xã sản xuất linh kiện, phụ tùng.",
            "2024-02-20",
            "legal",
            ["plan_item", "dash_item", "no_event"],
            events=[],
        ),
        h(
            n(),
            "- Doanh nghiệp nhỏ được hỗ trợ 30 triệu đồng, doanh nghiệp vừa 60 triệu đồng cho mỗi lần thuê gian hàng tại hội chợ công nghiệp hỗ trợ trong nước, tối đa bằng một nửa chi phí thực tế.",
            "2022-11-28",
            "legal",
            ["support_level", "dash_item", "fraction_in_words", "no_event"],
            money=[m(30 * M, "VND"), m(60 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "- Với tư vấn cải tiến sản xuất để vào chuỗi cung ứng của doanh nghiệp FDI, ngân sách chi 70% chi phí, trần 100 triệu đồng một doanh nghiệp.",
            "2022-11-28",
            "legal",
            ["support_level", "percentage", "dash_item", "no_event"],
            money=[m(100 * M, "VND")],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH BẮC GIANG\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 14/2023/NQ-HĐND\n|\nBắc Giang, ngày 12 tháng 7 năm 2023\n|\nNGHỊ QUYẾT\nQUY ĐỊNH CHÍNH SÁCH HỖ TRỢ DOANH NGHIỆP THAM GIA CHUỖI CUNG ỨNG CỦA DOANH NGHIỆP FDI",
            "2023-07-20",
            "legal",
            ["council_header", "table_pipes", "place_date_line", "caps_title", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            decisions=[d("14/2023/NQ-HĐND", "2023-07-12")],
            events=[],
        ),
        h(
            n(),
            "Điều 3. Quyết định có hiệu lực kể từ ngày ký.\nĐiều 4. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Công Thương, Giám đốc Sở Tài chính, Trưởng ban Ban Quản lý các KCN tỉnh và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.",
            "2021-03-22",
            "legal",
            ["articles", "bare_units", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "QUY ĐỊNH\nVề hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm công nghiệp hỗ trợ\n(Kèm theo Quyết định số 27/2015/QĐ-UBND ngày 14/8/2015 của UBND thành phố Đà Nẵng)",
            "2015-08-20",
            "legal",
            ["annex_title", "decision_with_date", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân thành phố Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            decisions=[d("27/2015/QĐ-UBND", "2015-08-14")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC THƯƠNG MẠI\nKHOA KINH TẾ QUỐC TẾ\n\nBÀI TẬP NHÓM\nĐề bài: Phân tích chương trình phát triển nhà cung cấp Việt Nam của Tập đoàn LG\nSinh viên thực hiện : Trần Thị Minh Anh\nĐỗ Quang Huy\nGiáo viên hướng dẫn : Phạm Thu Hằng\nHà Nội, tháng 5 năm 2024",
            "2024-06-03",
            "ministry",
            ["essay_cover", "label_role", "student_names", "caps_org", "multiline", "no_event"],
            organizations=["Trường Đại học Thương mại"],
            persons=[
                per("Trần Thị Minh Anh", None),
                per("Đỗ Quang Huy", None),
                per("Phạm Thu Hằng", "Giáo viên hướng dẫn"),
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("LG", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Tóm tắt\n\nBài viết phân tích mức độ liên kết giữa doanh nghiệp công nghiệp hỗ trợ trong nước và doanh nghiệp FDI ngành điện tử giai đoạn 2016-2023, từ đó đề xuất giải pháp tăng tỷ lệ mua hàng nội địa.\n\nTừ khóa: công nghiệp hỗ trợ, liên kết, FDI, điện tử",
            "2024-04-15",
            "ministry",
            ["journal_abstract", "keywords_line", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khảo sát của nhóm tác giả với 112 doanh nghiệp cho thấy chỉ 18% từng ký hợp đồng trực tiếp với một doanh nghiệp FDI.",
            "2024-04-15",
            "ministry",
            ["journal_body", "unnamed_contracts_no_deal", "count", "percentage", "no_event"],
            percentages=[18],
            quantities=[c(112, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ\nđến hết 2009, Hanil Auto đã rót 48 triệu USD vào nhà máy thân xe ở Hà Nội; Shinsung Tech đẩu tư xưởng dây điện 95 triệu USD tại Hải Dương, đều là vốn Hàn Quốc.",
            "2019-11-05",
            "ministry",
            ["document_store", "ocr_typos", "recalled_investments", "bare_firms", "multiline"],
            provinces=[pv("Hà Nội"), pv("Hải Dương")],
            firms=[f("Hanil Auto"), f("Shinsung Tech")],
            money=[m(48 * M, "USD"), m(95 * M, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[
                deal("investment", ["Hanil Auto"], 48 * M, HN),
                deal("investment", ["Shinsung Tech"], 95 * M, HD),
            ],
            events=[],
        ),
        h(
            n(),
            "Bảng 4: FDI của Hàn Quốc vào vùng đồng bằng sông Hồng theo lĩnh vực\nSTT\nChuyên ngành\nSố dự án\nTổng vốn đầu tư\n(triệu USD)\nCN nặng\n214\n3 620\nCN nhẹ\n47\n905",
            "2019-11-05",
            "ministry",
            ["document_store", "flattened_table", "table_cells_no_amount", "multiline", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- English: a big buyer's supplier programmes and counts (S2, S17) ---
    rows += [
        h(
            n(),
            "A new round of Samsung Viet Nam's consulting for local parts makers began on Tuesday, with 25 firms picked for 2019.",
            "2019-03-14",
            "ministry",
            [
                "english_copy",
                "programme_no_deal",
                "vietnam_suffix",
                "english_possessive",
                "count",
                "no_event",
            ],
            firms=[f("Samsung")],
            quantities=[c(25, "firms")],
            events=[],
        ),
        h(
            n(),
            "Of the 230 or so local firms selling to Samsung, only 31 deliver straight to its factories; the other 199 sell through tier-1 vendors.",
            "2019-03-14",
            "ministry",
            ["english_copy", "supplier_status_no_deal", "count", "approx", "no_event"],
            firms=[f("Samsung")],
            quantities=[c(230, "local firms", True)],
            events=[],
        ),
        h(
            n(),
            "Samsung's Vietnamese tier-1 list reaches 25\n\nHanoi (VNA) – Twenty-five Vietnamese firms now supply Samsung's plants directly, up from 12 a year earlier, officials told a supplier workshop in Hanoi on Thursday.",
            "2018-06-22",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "dateline_agency",
                "statistics",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            '"Local firms have the capability; they need more chances to prove it," said Do Thanh Hai, deputy minister of industry and trade.',
            "2018-06-22",
            "ministry",
            ["english_copy", "quote_first", "person_role_after", "lowercase_role", "no_event"],
            persons=[per("Do Thanh Hai", "deputy minister of industry and trade")],
            events=[],
        ),
        h(
            n(),
            "Samsung Electronics Vietnam Thai Nguyen, the biggest buyer, takes parts from nine local tier-1 firms and about 160 smaller tier-2 suppliers.",
            "2018-06-22",
            "ministry",
            [
                "english_copy",
                "unit_keeps_place",
                "place_in_firm_name",
                "count_in_words",
                "count",
                "approx",
                "no_event",
            ],
            firms=[f("Samsung Electronics Vietnam Thai Nguyen")],
            quantities=[c(160, "smaller tier-2 suppliers", True)],
            events=[],
        ),
        h(
            n(),
            "Samsung took 240 square metres at the expo for its own pavilion, where nine of its tier-1 suppliers showed parts beside appliances from its HCM City complex.",
            "2017-10-20",
            "ministry",
            ["english_copy", "m2_to_ha", "count_in_words", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Samsung")],
            areas=[ha(0.024)],
            events=[],
        ),
        h(
            n(),
            "Log in\nEcon\n\nLG's supplier coaching moves into electronics\n\nParts makers joining the scheme this year will get LG engineers on site for six months, with targets of 20% fewer defects and 35% more output.",
            "2019-10-09",
            "ministry",
            [
                "english_copy",
                "page_furniture",
                "headline_lead",
                "programme_no_deal",
                "percentage",
                "count_in_words",
                "multiline",
                "no_event",
            ],
            firms=[f("LG")],
            percentages=[20, 35],
            events=[],
        ),
    ]
    # --- English: automakers' supplier programmes (S3) ---
    rows += [
        h(
            n(),
            "Hanoi (VNA) – Four motorbike parts makers will get on-site coaching from Honda Vietnam engineers this year, the Vietnam Industry Agency said on June 14, as part of a supplier project the two run under an earlier memorandum.",
            "2024-06-15",
            "ministry",
            [
                "english_copy",
                "dateline_agency",
                "recalled_mou_no_event",
                "vietnam_suffix",
                "count_in_words",
                "no_event",
            ],
            organizations=["Vietnam Industry Agency"],
            provinces=[pv("Hà Nội")],
            firms=[f("Honda")],
            events=[],
        ),
        h(
            n(),
            "The four are Hoa Binh Precision JSC, Tan Viet Rubber Co., Ltd, Song Cong Spring One Member Co., Ltd and An Lac Mechanical JSC, picked from 23 applicants.",
            "2024-06-15",
            "ministry",
            [
                "english_copy",
                "unaccented_english",
                "firm_list",
                "foreign_forms",
                "consulting_no_deal",
                "count",
                "no_event",
            ],
            firms=[
                f("Hoa Binh Precision", "JSC"),
                f("Tan Viet Rubber", "Co., Ltd"),
                f("Song Cong Spring", "One Member Co., Ltd"),
                f("An Lac Mechanical", "JSC"),
            ],
            quantities=[c(23, "applicants")],
            events=[],
        ),
        h(
            n(),
            "Honda's Vietnamese plants buy more than 900 locally made parts, a large share of them from 17 Vietnamese-owned suppliers./.",
            "2024-06-15",
            "ministry",
            ["english_copy", "supplier_status_no_deal", "english_possessive", "count", "approx", "no_event"],
            firms=[f("Honda")],
            quantities=[c(900, "locally made parts", True), c(17, "Vietnamese-owned suppliers")],
            events=[],
        ),
        h(
            n(),
            "Representatives of the two sides at the signing. — VNS Photo Thu Hằng\n\nHÀ NỘI — A memorandum on training kaizen consultants for local parts makers was signed on Tuesday by Toyota Motor Vietnam and the Vietnam Association of Supporting Industries (VASI).",
            "2023-07-20",
            "ministry",
            [
                "english_copy",
                "photo_caption",
                "dateline_caps",
                "mou_passive",
                "firm_and_association",
                "foreign_subsidiary_vietnam",
                "multiline",
                "no_deal",
            ],
            organizations=["Vietnam Association of Supporting Industries"],
            persons=[per("Thu Hằng", None)],
            provinces=[pv("Hà Nội")],
            firms=[f("Toyota Motor")],
            events=[
                ev(
                    "mou",
                    [F("Toyota Motor"), O("Vietnam Association of Supporting Industries")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            'Toyota Vietnam president Kato Hideo said the firm would rather buy a part in Việt Nam "even at a slightly higher price" if quality and delivery are reliable.',
            "2023-07-20",
            "ministry",
            ["english_copy", "person_role_before", "japanese_name", "quote_inside", "no_event"],
            persons=[per("Kato Hideo", "Toyota Vietnam president")],
            firms=[f("Toyota")],
            events=[],
        ),
    ]
    # --- English: JETRO events, a teleconference, a survey (S4, S18) ---
    rows += [
        h(
            n(),
            "Japanese retailers seek Vietnamese furniture suppliers\n\nby VTV4 14 March 2019 Last updated at 10:22 AM\n\nComments0\nVTV.vn - Buyers from 15 Japanese home-goods chains met Vietnamese furniture makers in Ho Chi Minh City on Wednesday.",
            "2019-03-14",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "channel_byline_no_person",
                "page_furniture",
                "english_adjective_no_country",
                "count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(15, "Japanese home-goods chains")],
            events=[],
        ),
        h(
            n(),
            "Organisers from the Japan External Trade Organisation said most of the buyers were looking for wood and rattan suppliers for the first time.",
            "2019-03-14",
            "ministry",
            ["english_copy", "organiser_no_deal", "no_event"],
            organizations=["Japan External Trade Organisation"],
            events=[],
        ),
        h(
            n(),
            "Japanese buyers at an online trade conference on Thursday asked most about Vietnamese moulds and fasteners, said Nguyen Hoang Phuc, Vietnam's trade counsellor in Japan.",
            "2021-06-11",
            "ministry",
            ["english_copy", "unaccented_english", "person_role_after", "country_in_role", "no_event"],
            persons=[per("Nguyen Hoang Phuc", "Vietnam's trade counsellor in Japan")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "Sellers joined from Hanoi, Hai Phong, Bac Ninh, Vinh Phuc and Binh Duong.",
            "2021-06-11",
            "ministry",
            ["english_copy", "unaccented_english", "province_list", "no_event"],
            provinces=[pv("Hà Nội"), pv("Hải Phòng"), pv("Bắc Ninh"), pv("Vĩnh Phúc"), pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Hanoi (VNA) - Twenty-six Japanese food makers, 11 of them first-timers in Vietnam, sat down with local processors in Hanoi on August 3 at a matching day run by the Japan External Trade Organisation (JETRO).",
            "2018-08-04",
            "ministry",
            ["english_copy", "dateline_agency", "acronym_bracket", "count_in_words", "no_event"],
            organizations=["Japan External Trade Organisation"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "At the 2017 edition, buyers and sellers agreed several sizeable orders, mostly for dairy powder and frozen seafood.-VNA",
            "2018-08-04",
            "ministry",
            ["english_copy", "unnamed_orders_no_deal", "agency_credit", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nearly 60% of Japanese firms in Vietnam want to grow here within two years, Kobayashi Aki, vice president of the Japan External Trade Organisation, said, quoting the agency's latest survey./.",
            "2022-09-01",
            "ministry",
            ["english_copy", "person_role_after", "survey_no_deal", "percentage", "no_event"],
            organizations=["Japan External Trade Organisation"],
            persons=[per("Kobayashi Aki", "vice president of the Japan External Trade Organisation")],
            percentages=[60],
            events=[],
        ),
        h(
            n(),
            "Hanoi's 11th Viet Nam-Japan Supporting Industries Exhibition, open from August 7 to 9, pairs 31 Vietnamese makers with 26 Japanese companies hunting for local partners.",
            "2024-08-08",
            "ministry",
            ["english_copy", "fair_opening", "ordinal_not_count", "count", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(31, "Vietnamese makers"), c(26, "Japanese companies")],
            events=[],
        ),
        h(
            n(),
            "Ông Nakamura Shinji, Trưởng đại diện JETRO Hà Nội, cho biết năm nay số doanh nghiệp Nhật đăng ký tìm nhà cung cấp tăng gần gấp đôi so với kỳ trước.",
            "2024-08-08",
            "ministry",
            ["nfd", "person_role_after", "country_adjective", "no_event"],
            organizations=["JETRO Hà Nội"],
            persons=[per("Nakamura Shinji", "Trưởng đại diện JETRO Hà Nội")],
            provinces=[pv("Hà Nội")],
            locations=[country("Nhật")],
            events=[],
        ),
    ]
    # --- English: a trade-promotion agency's memorandum, an expo, a city's memorandum abroad (S19) ---
    rows += [
        h(
            n(),
            "VIETNAM, April 12 - HÀ NỘI — Germany's Nordmesse GmbH will co-organise industrial trade fairs in Việt Nam with the Vietnam Trade Promotion Agency (Vietrade) under a memorandum of understanding the two signed on Wednesday.",
            "2023-04-12",
            "ministry",
            [
                "english_copy",
                "wire_prefix",
                "dateline_caps",
                "mou",
                "firm_and_agency",
                "english_possessive",
                "no_deal",
            ],
            organizations=["Vietnam Trade Promotion Agency"],
            provinces=[pv("Hà Nội")],
            firms=[f("Nordmesse", "GmbH")],
            locations=[country("Germany")],
            events=[
                ev("mou", [F("Nordmesse"), G("Vietnam Trade Promotion Agency")], None, None, None, "signed")
            ],
        ),
        h(
            n(),
            "Hanoi (VNA) - More than 200 exhibitors have taken about 300 booths at VIMEXPO 2022, the supporting-industry expo that opened in Hanoi on November 16.",
            "2022-11-17",
            "ministry",
            ["english_copy", "dateline_agency", "fair_opening", "count", "approx", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(200, "exhibitors", True), c(300, "booths", True)],
            events=[],
        ),
        h(
            n(),
            "Organisers have lined up purchasing staff from Samsung, Canon, Thaco, Honda, Panasonic and Ford for one-to-one meetings, and expect around 12,000 visitors over three days./.",
            "2022-11-17",
            "ministry",
            [
                "english_copy",
                "buyer_list",
                "bare_firms",
                "matching_session_no_contract",
                "count",
                "approx",
                "no_event",
            ],
            firms=[f("Samsung"), f("Canon"), f("Thaco"), f("Honda"), f("Panasonic"), f("Ford")],
            quantities=[c(12000, "visitors", True)],
            events=[],
        ),
        h(
            n(),
            "Business to Business, City to City\n\nVictoria and Ho Chi Minh City put their names to a memorandum of understanding on March 8, 2023; the state's trade office in the city will follow up with business missions.",
            "2023-03-20",
            "ministry",
            ["english_copy", "headline_lead", "mou", "city_and_foreign_state", "multiline", "no_deal"],
            provinces=[pv("Hồ Chí Minh")],
            events=[ev("mou", [G("Victoria"), G("Ho Chi Minh City")], None, None, HCM, "signed")],
        ),
    ]
    # --- English: Korean trade missions, a business week, a KOTRA matching day, an interview (S5, S20) ---
    rows += [
        h(
            n(),
            "This year KBIZ has brought four trade missions to Vietnam, Lee Sang-woo, head of the Korea Federation of SMEs (KBIZ) office in Vietnam, told the meeting.\n\nleftcenterrightdel\nPhoto for illustration",
            "2019-09-18",
            "ministry",
            ["english_copy", "person_role_after", "layout_junk", "count_in_words", "multiline", "no_event"],
            organizations=["Korea Federation of SMEs"],
            persons=[per("Lee Sang-woo", "head of the Korea Federation of SMEs (KBIZ) office in Vietnam")],
            events=[],
        ),
        h(
            n(),
            "HCM CITY — Seminars, one-to-one buyer meetings and factory tours in the southern parks fill the three days of the Việt Nam-Japan Supporting Industry Week, which began on November 7.",
            "2023-11-08",
            "ministry",
            ["english_copy", "dateline_caps", "event_opening", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Tanaka Ryo, deputy director general of JETRO HCM City, said Japanese investors now run more than 5,400 projects in Việt Nam.",
            "2023-11-08",
            "ministry",
            [
                "english_copy",
                "person_role_after",
                "cumulative",
                "english_adjective_no_country",
                "count",
                "approx",
                "no_event",
            ],
            organizations=["JETRO HCM City"],
            persons=[per("Tanaka Ryo", "deputy director general of JETRO HCM City")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(5400, "projects", True)],
            events=[],
        ),
        h(
            n(),
            "November 21, 2023 | 20:41 (GMT+7)\nVietnamese, Korean firms meet on factory automation\nKorean makers of factory-automation gear met about 40 manufacturers from Hai Phong at a matching day in the port city on November 21.",
            "2023-11-21",
            "ministry",
            [
                "english_copy",
                "timestamp_line",
                "headline_lead",
                "unaccented_english",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hải Phòng")],
            quantities=[c(40, "manufacturers", True)],
            events=[],
        ),
        h(
            n(),
            "The city's Department of Industry and Trade co-organised it with the Korea Trade-Investment Promotion Agency (KOTRA).",
            "2023-11-21",
            "ministry",
            ["english_copy", "bare_department", "acronym_bracket", "no_event"],
            organizations=["Korea Trade-Investment Promotion Agency"],
            events=[],
        ),
        h(
            n(),
            "Bach Dang Plastics JSC, one of the buyers, came looking for a vision system to check moulded parts, its engineer Nguyen Thi Mai Lan said.\n\nSource: VNA",
            "2023-11-21",
            "ministry",
            [
                "english_copy",
                "unaccented_english",
                "person_role_before",
                "source_line",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyen Thi Mai Lan", "engineer")],
            firms=[f("Bach Dang Plastics", "JSC")],
            events=[],
        ),
        h(
            n(),
            "Park Ji-hoon, director general of KOTRA Hanoi. |\nWhat did KOTRA's matching desk achieve in the first half?\nWe arranged 32 online trade events; around 700 Korean exporters met some 650 Vietnamese buyers, and about one in five meetings led to a sample order.",
            "2021-07-19",
            "ministry",
            [
                "english_copy",
                "interview_exchange",
                "photo_caption",
                "person_role_after",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["KOTRA Hanoi", "KOTRA"],
            persons=[per("Park Ji-hoon", "director general of KOTRA Hanoi")],
            provinces=[pv("Hà Nội")],
            quantities=[
                c(32, "online trade events"),
                c(700, "Korean exporters", True),
                c(650, "Vietnamese buyers", True),
            ],
            events=[],
        ),
    ]
    # --- English: a city's trade-connection conference, a sourcing fair (S1, S11) ---
    rows += [
        h(
            n(),
            "Can Tho City hosted the HCMC People's Committee's trade connection conference with Mekong Delta provinces on April 18.",
            "2024-04-19",
            "ministry",
            [
                "english_copy",
                "conference_no_deal",
                "unaccented_english",
                "english_possessive_org",
                "no_event",
            ],
            organizations=["HCMC People's Committee"],
            provinces=[pv("Cần Thơ"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Leaders of An Giang, Dong Thap, Soc Trang and Ca Mau joined Tran Van Hau, Vice Chairman of the HCMC People's Committee, at the event.",
            "2024-04-19",
            "ministry",
            ["english_copy", "person_role_after", "province_list", "unaccented_english", "no_event"],
            organizations=["HCMC People's Committee"],
            persons=[per("Tran Van Hau", "Vice Chairman of the HCMC People's Committee")],
            provinces=[pv("An Giang"), pv("Đồng Tháp"), pv("Sóc Trăng"), pv("Cà Mau"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Retail chains from the city and farm co-operatives from the delta put their names to a set of supply memorandums before the session closed.",
            "2024-04-19",
            "ministry",
            ["english_copy", "unnamed_parties_no_event", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Visitors look at stamped metal parts on the fair's opening day. — VNS Photo Bao Ngoc\nSamsung, Nidec, Bosch and Panasonic are among 22 foreign buyers at the 2022 Sourcing Fair for Supporting Industries in HCM City, with lists of more than 240 parts they want made locally.",
            "2022-09-15",
            "ministry",
            ["english_copy", "photo_caption", "buyer_list", "count", "approx", "multiline", "no_event"],
            persons=[per("Bao Ngoc", None)],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Samsung"), f("Nidec"), f("Bosch"), f("Panasonic")],
            quantities=[c(22, "foreign buyers"), c(240, "parts", True)],
            events=[],
        ),
        h(
            n(),
            "Tran Quoc Viet, deputy director of the city Department of Industry and Trade, said more than 75 local parts makers had booked slots, for around 320 meetings in all.",
            "2022-09-15",
            "ministry",
            ["english_copy", "unaccented_english", "person_role_after", "count", "approx", "no_event"],
            persons=[per("Tran Quoc Viet", "deputy director of the city Department of Industry and Trade")],
            quantities=[c(75, "local parts makers", True), c(320, "meetings", True)],
            events=[],
        ),
    ]
    # --- Foreign-language pages written here in Vietnamese: a plastics expo, a Korean SME conference (S5, S6) ---
    rows += [
        h(
            n(),
            "Nhà tổ chức Đài Loan, Công ty TNHH Triển lãm Hoa Tín, cho biết năm nay có 240 doanh nghiệp từ 11 quốc gia và vùng lãnh thổ thuê gần 380 gian hàng.",
            "2023-11-03",
            "ministry",
            [
                "foreign_copy_in_vietnamese",
                "country_adjective",
                "organiser_firm",
                "count",
                "approx",
                "no_event",
            ],
            firms=[f("Triển lãm Hoa Tín", "Công ty TNHH")],
            quantities=[
                c(240, "doanh nghiệp"),
                c(11, "quốc gia và vùng lãnh thổ"),
                c(380, "gian hàng", True),
            ],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Máy ép phun và dây chuyền thổi chai chiếm gần nửa diện tích trưng bày.-TTXVN",
            "2023-11-03",
            "ministry",
            ["foreign_copy_in_vietnamese", "agency_credit", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Việt Nam hiện nhận gần một phần mười hàng xuất khẩu của doanh nghiệp nhỏ Hàn Quốc, theo Bộ Doanh nghiệp vừa và nhỏ và Khởi nghiệp nước này.",
            "2024-06-26",
            "ministry",
            ["foreign_copy_in_vietnamese", "fraction_in_words", "country_adjective", "no_event"],
            organizations=["Bộ Doanh nghiệp vừa và nhỏ và Khởi nghiệp"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hội nghị là buổi đầu trong chuỗi sự kiện hỗ trợ doanh nghiệp nhỏ Hàn Quốc ra nước ngoài năm nay.",
            "2024-06-26",
            "ministry",
            ["nfd", "foreign_copy_in_vietnamese", "country_adjective", "no_event"],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
    ]
    return rows
