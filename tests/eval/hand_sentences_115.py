# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 115 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: wood processing and furniture, and the supporting industry behind it
(furniture hardware and fittings, paints and glues, packaging, woodworking machinery; FDI furniture plants, export
orders, investment licences, cooperation between provinces and associations). Written and annotated for every field
BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in
the section comments: S1 "doanh nghiệp FDI đồ gỗ nội thất nhà máy cấp giấy chứng nhận đầu tư", S2 "phụ kiện nội thất bản
lề ray trượt nhà máy sản xuất Việt Nam", S3 "sơn gỗ keo dán gỗ nhà máy đầu tư Việt Nam", S4 "máy chế biến gỗ CNC hội chợ
triển lãm doanh nghiệp", S5 "đơn hàng xuất khẩu đồ gỗ doanh nghiệp ký kết 2025", S6 "hiệp hội gỗ ký kết hợp tác địa
phương chế biến gỗ", S7 "Bình Định chế biến gỗ xuất khẩu nhà máy đầu tư", S8 "làng nghề đồ gỗ mỹ nghệ doanh nghiệp sản
xuất xuất khẩu Bắc Ninh", S9 "nhà máy ván ép gỗ dán khởi công vốn đầu tư", S10 "nhà máy viên nén gỗ xuất khẩu đầu tư công
suất", S11 "công ty nội thất vốn Trung Quốc khu công nghiệp tăng vốn dự án đồ gỗ", S12 "bao bì carton đóng gói đồ gỗ xuất
khẩu doanh nghiệp nhà máy", S13 "công nghiệp hỗ trợ ngành gỗ nguyên phụ liệu nhập khẩu sơn keo phụ kiện", S14 "ký kết
biên bản ghi nhớ hợp tác ngành gỗ tỉnh hiệp hội doanh nghiệp", S15 "khánh thành nhà máy sản xuất đồ gỗ nội thất", S16
"Nghệ An Thanh Hóa nhà máy ván MDF chế biến gỗ dự án chấp thuận", and in English S17 "Vietnam furniture factory foreign
investment licence industrial park", S18 "Vietnam wood processing export orders furniture companies", S19 "furniture
hardware fittings wood coatings manufacturer Vietnam plant", S20 "Vietnam timber association cooperation agreement
province wood industry". No sentence is taken or paraphrased from a page; the shapes are. Firm and person names are
invented (Lâm nghiệp Sông Lam, Sơn Kaneshiro / Kaneshiro Paint, Nội thất Xuất khẩu Thủ Đức, Gỗ Mỹ Nghệ Phước Long, Gỗ
Phú Xuân, Lâm sản Hoài Ân, Mộc Phước An, Gỗ công nghiệp Trà Bồng, Năng lượng Sinh khối Phù Cát, Nội thất Ocean Craft, Mây
tre Sông Cầu, Gỗ Tuy An, Kronhaus Holding, Chế biến gỗ Vĩnh Thạnh, Năng lượng Tân Sơn Hòa, Lâm sản Kim Sơn, Nội thất Sofa
Hưng Long, Lâm nghiệp Trường Sơn Xanh, Hội chợ Triển lãm Sao Phương Nam, Phú Gia Khang, Giấy và Bao bì Sông Châu, Năng
lượng Xanh Hoài Nhơn, Năng lượng Sinh học Tịnh Phong, Nội thất An Gia, Sofa Kingdom Holdings, Thai Wood Products
Exporters Association, Timber Watch Asia, Forest Governance Facility, Hội Chế biến gỗ Phú Yên, the outlets "Tin Kinh Tế
247" and "Tạp chí Khoa học Lâm nghiệp" as written here, and every official, chairman, author, uploader, photographer,
translator and byline); well-known names (HAWA, BIFA, DOWA, Viforest/VIFOREST/Vifores, VIFORA, Tổng cục Lâm nghiệp, Cục
Lâm nghiệp và Kiểm lâm, Cục Xúc tiến thương mại, the Ministry of Agriculture and Rural Development, IKEA, Ashley
Furniture, Williams-Sonoma, Hòa Phát, BIDV by its full name, laws and decrees cited by number) appear only in sentences
of our own, with figures, dates and places changed; provincial decision numbers are invented.

What the sample looked like (80 result slots; an association homepage blurb, a national daily's tag page on a seminar,
a forum's standard titles, a Bình Định investment portal's print pages and a particleboard approval came back two or
three times each): 9 slots were spam and junk (four betting keyword salads, two foreign-domain keyword slugs, a betting
domain's copy of an association vice chairman's quote printed twice, a Chinese spam-site copy of a forestry
corporation's groundbreaking in Nghệ An with its split amounts, a social-media price page with alt-text junk); 28 were
tag, hashtag, title, forum, product and homepage-blurb pages (law-firm tags, a drawer-slide product title, machining
product pages, TCVN standard titles, the association homepage blurb twice, a portal blurb with "Đọc tiếp…", the tag page
with a caption, a headline and a lead on a seminar twice, a provincial paper's category blurb, a series blurb with "Xem
chi tiết / Trang 1/1", an embed blurb, an ebook tag, a tag blurb, a tag page on a delayed MDF project, a legal store's
decision title, packaging titles and a packing-list tag, and a fair's English about page three times); 17 were
explainers, theses, document stores, papers and blogs (a law firm on investment registration certificates with
footnoted statistics and a legal-basis list, a furniture knowledge blog, a wood magazine on a document store with its
uploader line, masthead and bilingual editor's letter, two thesis excerpts on Bắc Ninh's carpentry villages, one with
broken PDF diacritics, a village explainer, a pellet-project explanation on a document store with its flattened header
and investor line, a blog copy of a business weekly's interview on pellet exports, an interior firm's blog with FDI
statistics for the wood sector, a forestry journal paper's header and abstract, a supporting-industry feature, and in
English a dissertation cover, an investment guidebook, a law firm's manufacturing guide, an investment wiki, a
finishing blog and a policy brief); 18 were Vietnamese news (a Japanese paint maker's plant opening copied onto a
translation site, exporters hunting for spring orders with a chairman's and an association's figures, a wood maker's
two foreign orders in a Covid year with its order book, caption and forestry statistics, an association's congress
electing a chairman twice, four Bình Định portal items on licences and policy approvals for an outdoor-furniture plant,
a particleboard and flooring plant, a pellet plant and a business weekly's round of three wood projects, a Korean MDF
project 90% built with a later increase request, a committee's licence printed with its lead twice, two more pellet
approvals, a zone authority's furniture approval twice, three southern associations at a guild-day ceremony, a forestry
company meeting acacia growers with its recalled licence and two lines); 1 was a Japanese news page on a woodworking
fair (read for its shape only and rendered here in Vietnamese); 7 were English news (a business site on orders
returning, an army daily's English page on an association's order book with its translator line, a US trade
magazine's two pieces on buyers moving case goods and upholstery out of China with a recalled plant purchase and its
expansion broken ground, a timber-trade site's memorandum headline with bullets, a national agency's legal-timber
project, an NGO's press release on a memorandum with several associations). About 17 of the 80 slots told a deal or an
event with a named party (licences and policy approvals 10, a plant opening, a groundbreaking on a spam copy, a plant
under construction, a recalled licence, a recalled purchase with its expansion broken ground, a memorandum with named
signers), several of them the same story; the searches on fittings, coatings, packaging and FDI furniture plants (S2,
S3, S12, S17, S19) returned spam, product pages, explainers and one opening, and no supply contract, lease, joint
venture or province-to-province cooperation came up in any first four, so the batch has none; the only cooperation
papers are the associations' memoranda in English (S20 r4's shape; the Vietnamese associations' agreement was ranked 8
and not used).

Rows: 159 (hand-34001 to hand-34159); 18 carry a deal or an event (11%): 14 events (8 investment licences, 2
groundbreakings, 2 MoUs, 1 inauguration, 1 investment announcement) and 16 `deals` entries (14 investment, 2
groundbreaking); 4 rows hold a deal without an event (hand-34112 and 34113 round lines without a licence verb, 34131 a
recalled licence, 34147 a recalled purchase) and 2 an event without a deal (34152, 34154, memoranda of associations).
141 rows are negatives and other fields. By page kind: 9 rows of spam and junk (34001-34009, 1 with a deal or event),
32 of tag, title, forum, product and homepage-blurb pages (34010-34041, 0; 2 in English), 29 of Vietnamese explainers,
document stores, theses, blogs, a journal paper and a feature (34042-34070, 0), 12 of English explainers (34071-34082,
0), 51 of Vietnamese news (34083-34133, 14), 3 of the Japanese fair page rendered in Vietnamese (34134-34136, 0) and 23
of English news (34137-34159, 4); 37 rows are English (`english_copy`, 23%). 11 rows are stored in NFD (hand-34003,
34014, 34040, 34041, 34053, 34059, 34088, 34098, 34104, 34113, 34125); 5 use old tone placement (34050 "Thư toà soạn",
34067 "hoá chất", 34103 "công nghiệp hoá", 34116 "tự động hoá", 34133 "cơ giới hoá"); 56 hold several lines (headlines
and leads, timestamps, bylines and credits, captions, breadcrumbs, lists, bullets, document headers, comment forms).

Own wording: on review of the first draft against the sampled pages, about 95 drafts followed a sampled sentence too
closely (same clause order, the same run of facts with names and figures swapped, or a rendering of a foreign copy) and
were rewritten from scratch with another order (amount-first, object-first, firm-first, place-first, grantor-first,
signers-first) and other facts around them: the betting copy of the association quote, the spam groundbreaking and its
split amounts, both homepage blurbs, the portal and series blurbs, the tag blurb, the seminar tag and the India
matching item, a drawer-slide and a turning product title, the law firm's statistics line, the magazine's editor's
letter, the thesis excerpts, the village explainer and its counts, the pellet interview and the visit to pellet plants,
all four FDI-statistics lines, the supporting-industry GDP and definition lines, the paint opening and its plant line,
the spring-orders headline, chairman, pressure, association and second-chairman lines, the Covid orders headline,
order book, quote, statistics and background, the congress lead, election and goals, the outdoor-furniture licence and
its plant line, the particleboard approval with its schedule, promotion centre, planning decision and cluster lines,
the pellet approval and its plant line, the business weekly's lead, round lines and third licence, the HDF plant and its
increase proposal, the twice-printed licence's plant line, the second pellet approval's headline, approval, plant and
conditions, the Kim Sơn and sofa headlines and plant lines, the guild-day ceremony and its figures, the recalled licence
and the process line, all three fair lines, and nearly every English row (the about page, the dissertation question,
the guidebook foreword, the law guide, the wage line, the finishing blog and its engineer, the policy brief and its
survey, the orders-returning lead, statistics and markets, the order book and its loans, the tariff dateline, wages,
tour and upholstery lines, the plant purchase, its expansion and the hiring line, the memorandum headline, signers and
terms, the earlier memorandum, the legal-timber lead and its training line). Dropped or replaced: a figure caption with
its source line "(Nguồn: Tính toán của tác giả từ số liệu HAWA, Viforest, ...)" (its shape came only from S13 r6) was
taken out, and a homepage blurb giving one market's share of wood exports (a shape seen only at S5 r5) was replaced by a
price blurb in the S5 r2 homepage shape. Nothing was used from ranks 5-8, among them: the MDF plant opened in Hà Tĩnh
with a Deputy Prime Minister (S9 r5, S16 r5), the rubber group's second MDF line and the Korean group's own MDF
groundbreaking (S9 r6-r7), the Tây Sơn and bamboo-board approvals (S7 r5-r6), the Nghệ An MDF opening (S16 r6), a
Chinese sofa maker's planned HCM City plant (S11 r7), an English expansion approval on the Bình Định portal (S11 r6), the
Vietnamese associations' cooperation agreement with its caption and QĐ-TTg (S14 r8), the Vietnam-Malaysia memorandum in
VietnamPlus (S20 r6), a Bình Định forest-products fair with its contracts and MoUs (S20 r8), the woodworking-fair wire
with HAWA's export figures (S4 r5), the HawaExpo press conference (S5 r8), the wooden-crate explainer (S12 r5) and the
Đồng Kỵ features (S8 r5-r8).

Conventions: exactly those of batches 10 and 12-112 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or policy approval is an investment deal and an `investment_licence` event "licensed",
the granting body a government party as written (a bare "UBND tỉnh" included, batches 62 and 97), sited only where a
province is written; a licence's own day dates the deal, a numbered decision's date stays on the decision; an opening
with its capital is an investment deal and an inauguration "completed"; a held groundbreaking is a groundbreaking deal
and event "started", dated only with a day; a plant being built by a named firm is an announced investment; recalled
licences, purchases and plants are deals without events; round lines without their own licence verb are deals without
events and without site (batch 73); requests, proposals, schedules, conditions, planning decisions, congresses,
ceremonies, seminars, fairs, order books, orders from unnamed buyers and fair organisers give no deal; an association's
or NGO's memorandum with associations is an MoU event with organisation parties and no deal, one paper with several
signers ONE event (batch 43); attendees and persons are no parties; vague amounts and counts ("hàng chục", "a handful")
are none; "khoảng", "chừng", "gần", "hơn", "trên", "vượt", "ước", "about", "some", "roughly", "more than" are
approximate; prices and wages per unit keep their unit; bracketed conversions are both money; capacities, tonnages, m3,
durations, distances, temperatures, ordinals, counts in words and counts without a noun are no counts, English counts
keep their English noun phrase; hectares and m2 of land, plants and forest are areas; Vietnamese legal forms are
normalised ("Công ty cổ phần" -> "Công ty CP"), foreign ones kept ("Co., Ltd", "GmbH"), "Holdings" stays in the name,
"Việt Nam" dropped from a foreign subsidiary; Vietnamese country words and adjectives ("khách Mỹ", "nhà đầu tư Trung
Quốc", "vốn Hàn Quốc", "đối tác Đài Loan") and English country nouns and possessives are countries, English adjectives
("Thai", "Chinese-made", "American") none, "EU", "châu Âu", "ASEAN", regions and foreign cities nothing; parks and
clusters written in Vietnamese ("KCN", lower-case "cụm công nghiệp X") are locations, "huyện", "thị xã", "TP", "quận" are
districts, communes and wards nothing; organisations expand UBND, an acronym written alone is the organisation, one in
brackets after the full name is not repeated; a province inside an organisation's name is a mention, inside a firm's
name not; standards (TCVN) are no decisions, laws and decrees cited by number are; bylines, uploaders, photographers and
translators are persons without role, initials ("T.Lâm", "Q.Bảo", "T.Vân") and outlet or agency credits ("(PLO)",
"(KTSG Online)", "(BBNĐT)", "(CHG)", "(Báo Đầu tư)", "Nguồn baothainguyen.vn", "Source: QĐND", "VNA") nothing. Every row
with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A bare zone authority written as the approving body ("Công ty TNHH X được Ban Quản lý Khu kinh tế chấp thuận chủ
  trương đầu tư kiêm chấp thuận nhà đầu tư ngày 12/9/2023", hand-34126) is a government party as written, like a bare
  "UBND tỉnh"; no organisation (a bare unit), no site (neither the park nor "Khu kinh tế Nhơn Hội" names a province); the
  headline's amount ("KCN Nhơn Hội đón thêm xưởng sofa 68 tỷ đồng") goes to the licence.
- Bare "UBND tỉnh" on a provincial portal that never names its province (34106 grantor-first, 34114, 34118 "nhận Giấy
  chứng nhận đầu tư do UBND tỉnh cấp", 34124 place-first) gives G("UBND tỉnh") and no site.
- A round told line by line after "Hai trong số đó qua tay Ban Quản lý Khu kinh tế tỉnh Phú Yên" (34111, no firm, no
  deal): the largest project "của Công ty TNHH X, tổng vốn 315 tỉ đồng" (34112) and amount-first "68 tỉ đồng khác đến từ
  Công ty CP Y" (34113) are deals without events and without site; the third line with its own verb and grantor
  (34114) is a licence.
- A plant being fitted out by a named investor with the headline's amount ("Kronhaus lắp dây chuyền ép cho nhà máy ván
  HDF 190 triệu USD" + "nhà đầu tư Đức Kronhaus Holding GmbH đang đưa máy vào nhà máy ... công trường mở từ tháng 3/2022",
  34115) is one announced investment with the amount, no site (park and "TP Phổ Yên" name no province), the month-only
  recalled groundbreaking no event; the headline's short name is its own firm mention; a second line "nằm trong đề xuất
  Kronhaus định gửi tỉnh" (34117) is a proposal.
- An opening told amount-first in the headline and object-first in the lead ("Nhà máy ... tại KCN Quế Võ III (Bắc Ninh)
  của Công ty TNHH Sơn Kaneshiro Việt Nam, vốn của Kaneshiro Paint Co., Ltd (Nhật Bản), đã chạy dây chuyền đầu tiên sáng
  22/8", 34083) is the subsidiary's investment deal and inauguration dated that day; the parent is a firm mention and
  "(Nhật Bản)" a country.
- A spam site's rendering of a groundbreaking (34007) is annotated as its text tells it (dated with the day and the
  publication year); the spam source line is nothing.
- Associations' memoranda in English: "Signing for Vietnam were A (Viforest), B (BIFA) and C (HAWA); D signed for the
  other side on March 12" (34152) and "Timber Watch Asia and three Vietnamese wood associations – VIFOREST, E and F
  (DOWA) – put their names to a memorandum of understanding on October 15th, 2019" (34154) are ONE mou event each with
  four organisation parties, no deal and no site (the provinces in the associations' names are mentions); a headline and
  bullets with the signers unnamed (34151) and "the group's second such paper ... since 2017" (34157) give no event.
- An English recalled purchase ("Last summer ... Sofa Kingdom Holdings took over the Riverside plant in Dong Nai", 34147)
  is the buyer's investment deal without event, sited in Đồng Nai (the plant's name is no firm); its expansion "began when
  Sofa Kingdom broke ground in November" (34148) is a groundbreaking deal and event "started", undated and unsited.
- A recalled licence by short name ("Trường Sơn Xanh có giấy phép cho dự án 270 triệu USD này từ năm 2014", 34131) is a
  deal without event and without site.
- Orders from unnamed importers ("khoảng 1,2 triệu USD đơn hàng mới từ các nhà nhập khẩu Pháp và Nhật Bản", 34090) and an
  association's order book ("Vifores member firms have already signed export orders worth about US$2.9 billion", 34140)
  give no deal; the headline's unqualified amount and the lead's "about" are two money mentions.
- Wages "a month" are money per "month", also the wage after a range that implies it ("the same job now pays more than
  $850", 34144) and both sides of a bracketed conversion ending "a month" (34078); a price per tonne in a blurb
  ("80.000 - 100.000 đồng/tấn", 34020) is money per "tấn".
- A document store's project explanation: the flattened header with "Tổng vốn đầu tư: 46.500.000.000đ (Bốn mươi sáu tỷ
  năm trăm triệu đồng) Địa điểm xây dựng: Khu công nghiệp Đồng Văn II, tỉnh Hà Nam" (34056) gives money, park and
  province only; its "CHỦ ĐẦU TƯ: Công ty cổ phần X ... Tại: Ngân hàng TMCP Đầu tư và Phát triển Việt Nam" line (34057)
  gives the two firms and the district, no deal (a document's investor line); phone and account numbers nothing.
- A caps shop header over a statistics blurb ("NỘI THẤT AN GIA – THIẾT KẾ, THI CÔNG TRỌN GÓI", 34062) gives the firm in
  its usual spelling without a legal form; the phone line nothing.
- Broken PDF diacritics in a thesis ("ựồng Quang", "ựã", 34051) leave the counts ("3 xã", "410 cơ sở sản xuất") and the
  province; communes nothing.
- Footnote markers glued to figures ("2.247(2)", "121.502(1)", 34042) keep the counts.
- A committee member with the district in his role ("Phó Chủ tịch UBND huyện Thanh Chương", 34132) gives the expanded
  organisation and the district (batch 101); 12.000 ha of acacia set aside as a raw-material zone is an area, as are
  3.000 ha and "vượt 35.000 ha" of certified forest (34021).
- A bare cluster name ("Đồng Dinh là cụm công nghiệp nhỏ", 34105) is no location; "cảng Dung Quất" nothing.
- "Vifores", "VIFOREST", "BIFA, HAWA và DOWA", "VIFORA" written alone are organisations; "(Viforest)", "(HAWA)",
  "(Hawa)", "(BIFA)", "(DOWA)" after the full name are not repeated; "Phó Chủ tịch Viforest Hồ Thanh Vĩnh" gives the role
  with the acronym and "Viforest" as an organisation.
- "association vice president Le Van Thinh" keeps that wording as the role; "Supervisor: Dr Le Thi Thu Trang" gives
  "Supervisor" (batch 75), "Student Name:" no role; "Translated by Thu Hien" is a person without role.
- English "Chinese-made furniture", "American, Australian and Indian retailers", "Hong Kong-listed" and "the Thai
  association" give no country, while "China's coastal provinces", "China still sold" and "Thailand bought" do; the
  Vietnamese "đối tác Đài Loan", "thương lái Trung Quốc" and "khách Mỹ" are countries."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_115(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    BN = cur("Bắc Ninh")
    NA = cur("Nghệ An")
    QNg = cur("Quảng Ngãi")
    PY = cur("Phú Yên")
    BDi = cur("Bình Định")
    DNai = cur("Đồng Nai")

    ids = iter(range(34001, 34001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam and junk: betting keyword salads, foreign-domain keyword slugs, a spam copy of an association's quote,
    # a spam-site copy of a groundbreaking, a social-media price page (S2 r3-r4, S4 r4, S5 r4, S9 r3, S11 r1, S11 r4,
    # S12 r2-r3: 9 of the 80 slots) ---
    rows += [
        h(
            n(),
            "kuwin bảng giá ván mdf chống ẩmlịch thi đấu cúp c1nhà cái uy tín số 1 việt namgiá ghế gỗ sồi nga",
            "2024-03-02",
            "ministry",
            ["spam_keywords", "glued_words", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin tỷ số trực tiếp hôm naymáy bào cuốn gỗ cũgiải mã giấc mơ thấy rắntủ bếp acrylic giá rẻ",
            "2024-05-17",
            "ministry",
            ["spam_keywords", "glued_words", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "kuwin soi kèo ngoại hạng anhbản lề giảm chấn inox 304 giá sỉxổ số miền trung thứ bảyván ghép thanh cao su",
            "2024-07-09",
            "ministry",
            ["spam_keywords", "glued_words", "lowercase", "spec_no_count", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy trình sản xuất ván dăm okal chi phí vận hành dây chuyền ép nóng pdf",
            "2023-11-21",
            "ministry",
            ["foreign_domain_slug", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sổ tay kỹ thuật máy chà nhám thùng hiệp hội thiết bị gỗ bản dịch",
            "2023-12-04",
            "ministry",
            ["foreign_domain_slug", "lowercase", "lowercase_org_no_org", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "₫vn88bet\nvn88bet-Giá gỗ thông nhập từ New Zealand đã tăng 12% từ đầu năm, khiến nhiều xưởng phải đàm phán lại giá bán, ông Lương Minh Triết, Phó Chủ tịch Hội Mỹ nghệ và Chế biến gỗ TP.HCM (HAWA), cho biết.\nvn88bet-Giá gỗ thông nhập từ New Zealand đã tăng 12% từ đầu năm, khiến nhiều xưởng phải đàm phán lại giá bán, ông Lương Minh Triết, Phó Chủ tịch Hội Mỹ nghệ và Chế biến gỗ TP.HCM (HAWA), cho biết.",
            "2024-06-12",
            "ministry",
            [
                "spam_copy",
                "repeated_lead",
                "person_role_after",
                "acronym_bracket",
                "province_in_org_name",
                "country",
                "multiline",
                "no_event",
            ],
            persons=[per("Lương Minh Triết", "Phó Chủ tịch Hội Mỹ nghệ và Chế biến gỗ TP.HCM")],
            organizations=["Hội Mỹ nghệ và Chế biến gỗ TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[12],
            locations=[country("New Zealand")],
            events=[],
        ),
        h(
            n(),
            "Một tổ hợp gỗ xẻ và ván sợi 420 triệu USD của Tổng công ty Lâm nghiệp Sông Lam đã được động thổ hôm 12/3 ở huyện Tân Kỳ, tỉnh Nghệ An, tờ Kinh tế Việt Nam đưa tin.\nNguồn bài: cổng giải trí trực tuyến uy tín nhất châu Á",
            "2013-03-14",
            "ministry",
            [
                "spam_copy",
                "foreign_page_rendered",
                "groundbreaking",
                "object_first",
                "passive",
                "deal_date",
                "year_inferred",
                "outlet_nothing",
                "district",
                "region_no_location",
                "multiline",
            ],
            firms=[f("Lâm nghiệp Sông Lam", "Tổng công ty")],
            provinces=[pv("Nghệ An")],
            locations=[district("huyện Tân Kỳ")],
            money=[m(420 * M, "USD")],
            deals=[deal("groundbreaking", ["Lâm nghiệp Sông Lam"], 420 * M, NA, "2013-03-12")],
            events=[ev("groundbreaking", [F("Lâm nghiệp Sông Lam")], 420 * M, "USD", NA, "started")],
        ),
        h(
            n(),
            "130 triệu USD dành cho xưởng gỗ xẻ, phần còn lại (290 triệu USD) cho nhà máy ván sợi; máy chạy từ quý II/2015 nếu đúng hẹn.",
            "2013-03-14",
            "ministry",
            ["spam_copy", "split_amounts_no_firm", "amount_first", "quarter_no_date", "no_event"],
            money=[m(130 * M, "USD"), m(290 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Báo giá đóng kiện gỗ hàng đi biển theo thể tích, hàng nhỏ nẹp góc giấy cho rẻ.\n\nKhông có văn bản thay thế tự động nào.\nTrong hình ảnh có thể có: thực vật và ngoài trời",
            "2019-08-30",
            "ministry",
            ["social_price_page", "alt_text_junk", "multiline", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, hashtag, title, forum, product and homepage-blurb pages (S1 r2-r4, S2 r1-r2, S3 r3-r4, S4 r2-r3, S5 r2,
    # S6 r2, S6 r4, S8 r4, S10 r2, S12 r1, S12 r4, S13 r2-r3, S14 r2-r3, S15 r1, S15 r3-r4, S16 r1, S16 r4, S18 r2-r3,
    # S19 r1: 29 slots, the sample's most common kind) ---
    rows += [
        h(
            n(),
            "thủ tục cấp giấy chứng nhận đăng ký đầu tư cho nhà đầu tư nước ngoài tại Bình Dương",
            "2023-02-14",
            "legal",
            ["tag_page", "lowercase", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "điều kiện mở xưởng sản xuất đồ gỗ tại Đồng Nai",
            "2022-09-03",
            "legal",
            ["tag_page", "lowercase", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "mẫu hợp đồng gia công đồ gỗ nội thất Lưu trữ",
            "2022-10-27",
            "legal",
            ["tag_page", "archive_suffix", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ray âm giảm chấn cho ngăn kéo tủ bếp, tải 35 kg – bảng giá 2024",
            "2024-01-08",
            "ministry",
            ["product_title", "spec_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "bản lề bật giảm chấn cho cánh tủ gỗ",
            "2023-06-19",
            "ministry",
            ["tag_page", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tiêu chuẩn Việt Nam 8575-2010 ván gỗ nhân tạo – phương pháp thử độ bền uốn",
            "2015-04-22",
            "legal",
            ["forum_title", "standard_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tiêu chuẩn việt nam 5373-1991 gỗ xẻ – khuyết tật, tên gọi và định nghĩa",
            "2015-04-22",
            "legal",
            ["forum_title", "standard_no_decision", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mũi phay CNC cho gỗ: chọn đường kính, số me cắt và tốc độ trục chính",
            "2022-12-13",
            "ministry",
            ["product_title", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gia công tiện CNC theo bản vẽ: thép, nhôm, đồng, inox – giao hàng toàn quốc",
            "2021-07-02",
            "ministry",
            ["product_blurb", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tủ bếp kéo đà cho đồ gỗ sang Úc\n\nKim ngạch đồ gỗ sang Úc 9 tháng năm 2023 đạt khoảng 178 triệu USD; tủ bếp và bàn ăn chiếm gần một nửa.",
            "2023-10-18",
            "ministry",
            ["homepage_blurb", "headline_lead", "statistic", "country", "approx", "multiline", "no_event"],
            money=[m(178 * M, "USD", approx=True)],
            locations=[country("Úc")],
            events=[],
        ),
        h(
            n(),
            "Giá gỗ keo rừng trồng tăng theo viên nén\n\nThương lái miền Trung trả thêm 80.000 - 100.000 đồng/tấn gỗ keo từ đầu quý II vì các nhà máy viên nén tranh mua.",
            "2024-07-25",
            "ministry",
            [
                "homepage_blurb",
                "headline_lead",
                "price_per_unit",
                "money_range",
                "region_no_location",
                "multiline",
                "no_event",
            ],
            money=[m(80_000, "VND", "tấn"), m(100_000, "VND", "tấn")],
            events=[],
        ),
        h(
            n(),
            "Quảng Trị cấp chứng chỉ FSC cho thêm 3.000 ha rừng keo\n\nDiện tích rừng trồng có chứng chỉ của tỉnh nay vượt 35.000 ha, phần lớn do các tổ hợp tác hộ gia đình quản lý.\n\nĐọc tiếp…",
            "2021-05-06",
            "ministry",
            ["portal_blurb", "read_more", "area", "approx", "multiline", "no_event"],
            provinces=[pv("Quảng Trị")],
            areas=[ha(3000), ha(35000, True)],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch Viforest Hồ Thanh Vĩnh chủ trì phần hỏi đáp.\n\nGỡ vướng truy xuất nguồn gốc cho ván bóc và gỗ ghép\n\nTọa đàm “Truy xuất nguồn gốc gỗ rừng trồng – đáp ứng EUDR” thu hút hơn 150 doanh nghiệp tới Bình Dương sáng 14-9; Hiệp hội Gỗ và Lâm sản Việt Nam (Viforest) và Cục Lâm nghiệp và Kiểm lâm là hai đơn vị đứng ra tổ chức.",
            "2025-09-15",
            "ministry",
            [
                "tag_page",
                "caption_headline_lead",
                "role_before_name",
                "acronym_alone_org",
                "acronym_bracket",
                "co_organised_seminar_no_deal",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Hồ Thanh Vĩnh", "Phó Chủ tịch Viforest")],
            organizations=["Viforest", "Hiệp hội Gỗ và Lâm sản Việt Nam", "Cục Lâm nghiệp và Kiểm lâm"],
            provinces=[pv("Bình Dương")],
            quantities=[c(150, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Đưa ván MDF Việt sang Ấn Độ\n\n45 nhà nhập khẩu Ấn Độ đã nối mạng với doanh nghiệp ván nhân tạo trong buổi giao thương trực tuyến chiều 20-5 do Hiệp hội Gỗ và Lâm sản Việt Nam và Cục Xúc tiến thương mại tổ chức tại Hà Nội.",
            "2022-05-21",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "country",
                "count",
                "co_organised_fair_no_deal",
                "multiline",
                "no_event",
            ],
            organizations=["Hiệp hội Gỗ và Lâm sản Việt Nam", "Cục Xúc tiến thương mại"],
            provinces=[pv("Hà Nội")],
            quantities=[c(45, "nhà nhập khẩu")],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "(BBNĐT) Ở các làng mộc Phù Khê, Hương Mạc, nhiều xưởng nhỏ đang dời vào cụm công nghiệp làng nghề để có mặt bằng đặt máy CNC và buồng phun sơn kín.",
            "2023-04-11",
            "provincial",
            ["category_blurb", "outlet_prefix_nothing", "commune_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Kỳ 3: Xưởng nhỏ ở làng nghề tìm đường vào chuỗi cung ứng\n\n(CHG) Không đủ vốn làm buồng sơn và lò sấy, nhiều xưởng ở Đồng Kỵ, Phù Khê chọn gia công chi tiết cho các nhà máy lớn.\n\nXem chi tiết\n\nTrang 1/1",
            "2024-02-20",
            "ministry",
            [
                "series_blurb",
                "outlet_prefix_nothing",
                "commune_no_location",
                "page_counter",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Xưởng gỗ ngừng máy vì thiếu container rỗng\n\nHàng chục doanh nghiệp chế biến gỗ phía Nam phải dồn hàng trong kho vì không thuê được container suốt tháng 9.",
            "2021-09-28",
            "ministry",
            [
                "embed_blurb",
                "headline_lead",
                "vague_count",
                "region_no_location",
                "multiline",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "chuỗi giá trị đồ gỗ xuất khẩu việt nam ebook pdf",
            "2022-03-16",
            "ministry",
            ["ebook_tag", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ba doanh nghiệp gỗ niêm yết báo lỗ quý II vì cước tàu tăng gấp đôi; nhóm làm hàng nội địa khá hơn.",
            "2024-08-06",
            "ministry",
            ["tag_blurb", "count_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hà Tĩnh xem xét gia hạn cho nhà máy ván ép 1.450 tỷ đồng chậm tiến độ\nSau bốn năm, chủ đầu tư nhà máy ván ép và ván ghép thanh ở Cụm công nghiệp Sơn Long mới giải ngân 96,2 tỷ đồng trên tổng số 1.452,6 tỷ đồng (6,62%).",
            "2024-04-12",
            "provincial",
            [
                "tag_page",
                "headline_lead",
                "delayed_project_no_deal",
                "investor_unnamed",
                "cluster",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Tĩnh")],
            locations=[park("Cụm công nghiệp Sơn Long")],
            money=[m(1450 * B, "VND"), m(96.2 * B, "VND"), m(1452.6 * B, "VND")],
            percentages=[6.62],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1174/QĐ-UBND Bình Định 2023 phê duyệt danh mục dự án kêu gọi đầu tư ngành chế biến gỗ",
            "2023-05-30",
            "legal",
            ["title_page", "year_only_no_date", "no_event"],
            decisions=[d("1174/QĐ-UBND")],
            provinces=[pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "$7.4 billion of wooden furniture left Vietnam in 2016, a 9.8% rise; only China, Germany and Italy exported more.",
            "2017-03-01",
            "ministry",
            [E, "about_page", "statistic", "amount_first", "country_list", "no_event"],
            locations=[country("China"), country("Germany"), country("Italy")],
            money=[m(7.4 * B, "USD")],
            percentages=[9.8],
            events=[],
        ),
        h(
            n(),
            "Most export factories sit around Ho Chi Minh City, Binh Duong and Dong Nai, with a second cluster in Binh Dinh for outdoor furniture.",
            "2019-03-01",
            "ministry",
            [E, "about_page", "unaccented_province", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương"), pv("Đồng Nai"), pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "Bao bì đóng gói đồ nội thất: vai trò, chức năng và cách chọn vật liệu",
            "2022-06-07",
            "ministry",
            ["title_page", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Commercial invoice và packing list khác nhau thế nào? Lưu ý khi làm chứng từ xuất khẩu đồ gỗ",
            "2023-03-28",
            "ministry",
            ["tag_page", "question", "mixed_language", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "phụ liệu ngành mộc",
            "2022-01-19",
            "ministry",
            ["tag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "#sơn gốc nước cho đồ gỗ xuất khẩu",
            "2023-09-05",
            "ministry",
            ["hashtag_page", "lowercase", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "đơn hàng đồ gỗ xuất khẩu sang Mỹ",
            "2024-10-02",
            "ministry",
            ["tag_page", "lowercase", "country", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Máy dán cạnh tự động 6 chức năng cho ván MDF, ván dăm – bảng giá mới",
            "2023-07-21",
            "ministry",
            ["product_title", "spec_no_count", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "co phieu nganh go va noi that dong loat tang tran",
            "2021-06-15",
            "ministry",
            ["tag_page", "unaccented", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "#viên nén gỗ xuất khẩu",
            "2022-11-08",
            "ministry",
            ["hashtag_page", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "keo dán gỗ pu chịu nước Lưu trữ",
            "2022-11-30",
            "ministry",
            ["tag_page", "archive_suffix", "lowercase", "nfd", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Law-firm explainer, knowledge blog, magazine on a document store, theses and village explainers, a project
    # explanation on a document store, a blog copy of an interview, an interior firm's blog, a journal paper and a
    # supporting-industry feature (S1 r1, S3 r1, S6 r3, S8 r1-r3, S9 r4, S10 r4, S11 r3, S13 r1, S13 r4) ---
    rows += [
        h(
            n(),
            "Riêng 9 tháng năm 2024, số dự án FDI mới được cấp giấy chứng nhận đăng ký đầu tư là 2.247(2), trong khi doanh nghiệp thành lập mới lên tới 121.502(1).",
            "2024-10-21",
            "legal",
            ["law_firm_explainer", "footnote_marker", "statistic", "count", "no_event"],
            quantities=[c(2247, "dự án FDI mới"), c(121502, "doanh nghiệp thành lập mới")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ pháp lý:\n- Luật Đầu tư số 61/2020/QH14;\n- Nghị định 31/2021/NĐ-CP hướng dẫn chi tiết Luật Đầu tư;\n- Thông tư 25/2023/TT-BKHĐT sửa đổi các mẫu văn bản về đầu tư.",
            "2024-10-21",
            "legal",
            ["law_firm_explainer", "legal_basis_list", "law_by_number", "multiline", "no_event"],
            decisions=[d("61/2020/QH14"), d("31/2021/NĐ-CP"), d("25/2023/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "Dự án đầu tư vào khu công nghiệp thường được miễn thuế thu nhập doanh nghiệp 2 năm và giảm 50% số thuế phải nộp trong 4 năm tiếp theo.",
            "2024-10-21",
            "legal",
            ["law_firm_explainer", "incentive", "duration_no_count", "no_event"],
            percentages=[50],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận đăng ký đầu tư có thời hạn bao lâu? Dự án sản xuất đồ gỗ trong khu công nghiệp có được gia hạn không?",
            "2024-10-21",
            "legal",
            ["law_firm_explainer", "question", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trang chủ › Tin tức › Kiến thức nội thất\n\nVán MDF chống ẩm lõi xanh là gì? Những điều cần biết trước khi đóng tủ bếp",
            "2022-04-14",
            "ministry",
            ["breadcrumb", "knowledge_blog", "question", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ván dăm được ép từ dăm gỗ trộn keo urê-formaldehyde ở khoảng 180°C; vì mật độ thấp hơn MDF nên giá thường rẻ hơn chừng 20%.",
            "2022-04-14",
            "ministry",
            ["knowledge_blog", "definition", "temperature_no_count", "no_event"],
            percentages=[20],
            events=[],
        ),
        h(
            n(),
            "Tạp chí Gỗ Việt – Số 118 năm 2019\n\nChia sẻ: Minh Tuyết | Loại File: PDF | Số trang: 56\n\n61 lượt xem 3 download",
            "2020-02-11",
            "ministry",
            ["document_store", "uploader_person", "view_counter_no_count", "multiline", "no_event"],
            persons=[per("Minh Tuyết", None)],
            events=[],
        ),
        h(
            n(),
            "Số 118 - Tháng 10.2019 | TẠP CHÍ CỦA HIỆP HỘI GỖ & LÂM SẢN VIỆT NAM\nXuất khẩu sang Nhật: cơ hội từ CPTPP | Công ty Phú Gia Khang giữ thợ bằng nhà ở công nhân | Giá bìa 22.500 VNĐ",
            "2020-02-11",
            "ministry",
            [
                "document_store",
                "masthead_caps_org",
                "contents_line",
                "cong_ty_form",
                "cover_price_money",
                "country",
                "multiline",
                "no_event",
            ],
            organizations=["Hiệp hội Gỗ và Lâm sản Việt Nam"],
            firms=[f("Phú Gia Khang", "Công ty")],
            money=[m(22_500, "VND")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Thư toà soạn / Letter of Editors\nThưa Quý độc giả! Số này dành nhiều trang cho thị trường Nhật Bản, nơi đồ gỗ Việt Nam năm qua thu về hơn 1,3 tỷ USD.",
            "2020-02-11",
            "ministry",
            ["document_store", "old_tone", "bilingual_heading", "country", "approx", "multiline", "no_event"],
            money=[m(1.3 * B, "USD", approx=True)],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "2.3.1 Thực trạng nghề mộc ở Bắc Ninh\nNghề mộc của tỉnh dồn vào 3 xã Phù Khê, Hương Mạc, ựồng Quang; năm 2008 riêng ba xã này ựã có 410 cơ sở sản xuất ựồ gỗ.",
            "2016-05-09",
            "provincial",
            [
                "thesis_excerpt",
                "broken_diacritics",
                "section_number",
                "count",
                "commune_no_location",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(3, "xã"), c(410, "cơ sở sản xuất")],
            events=[],
        ),
        h(
            n(),
            "Đường đến làng gỗ Đồng Kỵ\nTừ trung tâm Hà Nội đi theo hướng Bắc Ninh chừng 20 km là tới TP Từ Sơn; Đồng Kỵ nay là một phường của thành phố này.",
            "2022-08-02",
            "provincial",
            ["explainer", "headline_lead", "district", "distance_no_count", "multiline", "no_event"],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh")],
            locations=[district("TP Từ Sơn")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 11.000 người sống bằng nghề mộc ở đây, gần nửa là phụ nữ; riêng số doanh nghiệp đăng ký đã vượt 240.",
            "2022-08-02",
            "provincial",
            ["explainer", "count", "approx", "nfd", "no_event"],
            quantities=[c(11000, "người", True), c(240, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Làng nghề Đồng Kỵ Bắc Ninh\nMột phần của tài liệu Phát triển làng nghề vùng đồng bằng sông Hồng (Trang 41)\nBàn ghế chạm khảm, tủ thờ và đôn là ba nhóm hàng chính; khách chủ yếu là người mua trong nước và thương lái Trung Quốc.",
            "2017-10-13",
            "provincial",
            [
                "document_store",
                "thesis_excerpt",
                "page_number",
                "count_in_words",
                "country_adjective",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Trang chủ » Kỹ Thuật - Công Nghệ\nThuyết minh dự án dây chuyền sản xuất viên nén mùn cưa\n38 1.204 17\nĐang tải... (xem toàn văn)",
            "2019-06-24",
            "ministry",
            ["document_store", "breadcrumb", "counters_no_count", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "THUYẾT MINH DỰ ÁN CHƯƠNG I GIỚI THIỆU DỰ ÁN – CHỦ ĐẦU TƯ I SƠ LƯỢC VỀ DỰ ÁN Tên dự án: Dây chuyền sản xuất viên nén mùn cưa Tổng vốn đầu tư: 46.500.000.000đ (Bốn mươi sáu tỷ năm trăm triệu đồng) Địa điểm xây dựng: Khu công nghiệp Đồng Văn II, tỉnh Hà Nam",
            "2019-06-24",
            "ministry",
            [
                "document_store",
                "flattened_header",
                "project_explanation_no_investor",
                "amount_in_words",
                "no_event",
            ],
            provinces=[pv("Hà Nam")],
            locations=[park("Khu công nghiệp Đồng Văn II")],
            money=[m(46.5 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "II CHỦ ĐẦU TƯ: Công ty cổ phần Giấy và Bao bì Sông Châu Địa chỉ: Phường Lê Hồng Phong – TP Phủ Lý Tel: 0226 3851 204 Số Tài khoản: 4801 0000 2219 Tại: Ngân hàng TMCP Đầu tư và Phát triển Việt Nam",
            "2019-06-24",
            "ministry",
            [
                "document_store",
                "investor_line_no_deal",
                "legal_form_normalised",
                "bank_firm",
                "district",
                "phone_no_count",
                "no_event",
            ],
            firms=[
                f("Giấy và Bao bì Sông Châu", "Công ty CP"),
                f("Đầu tư và Phát triển Việt Nam", "Ngân hàng TMCP"),
            ],
            locations=[district("TP Phủ Lý")],
            events=[],
        ),
        h(
            n(),
            "Trở lại trang chủ\nKhoảng 790 triệu USD là số tiền viên nén mang về năm 2023, với 4,9 triệu tấn xuất đi, theo ông Đặng Văn Hiếu, Chủ tịch HĐQT Công ty CP Năng lượng Xanh Hoài Nhơn (Bình Định).",
            "2024-03-05",
            "ministry",
            [
                "blog_copy",
                "amount_first",
                "person_role_after",
                "province_in_bracket",
                "tonnage_no_count",
                "approx",
                "multiline",
                "no_event",
            ],
            persons=[per("Đặng Văn Hiếu", "Chủ tịch HĐQT Công ty CP Năng lượng Xanh Hoài Nhơn")],
            firms=[f("Năng lượng Xanh Hoài Nhơn", "Công ty CP")],
            provinces=[pv("Bình Định")],
            money=[m(790 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Năm 2024, lượng xuất nhích lên 5,3 triệu tấn nhưng giá bình quân giảm gần 6%, nên kim ngạch chỉ quanh 800 triệu USD.",
            "2024-03-05",
            "ministry",
            ["blog_copy", "statistic", "tonnage_no_count", "approx", "nfd", "no_event"],
            percentages=[6],
            money=[m(800 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Một nhà máy viên nén cỡ vừa ở Thanh Hóa hay Phú Yên cần chừng 300 - 400 tỷ đồng, vì khâu nghiền, sấy, ép viên đòi máy móc đắt nhất trong cả ngành gỗ.",
            "2024-03-05",
            "ministry",
            ["blog_copy", "money_range", "approx", "no_event"],
            provinces=[pv("Thanh Hóa"), pv("Phú Yên")],
            money=[m(300 * B, "VND", approx=True), m(400 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Ở KCN Tịnh Phong, Công ty CP Năng lượng Sinh học Tịnh Phong dành hẳn một bãi rộng như sân bóng để chứa gỗ vụn trước khi đưa vào lò sấy.",
            "2024-03-05",
            "ministry",
            ["blog_copy", "place_first", "plant_described_no_deal", "no_event"],
            firms=[f("Năng lượng Sinh học Tịnh Phong", "Công ty CP")],
            locations=[park("Khu công nghiệp Tịnh Phong")],
            events=[],
        ),
        h(
            n(),
            "Gọi 0912 448 006\nNỘI THẤT AN GIA – THIẾT KẾ, THI CÔNG TRỌN GÓI\n212,4 triệu USD là tổng vốn của 31 dự án FDI mới vào ngành gỗ trong 9 tháng năm 2022, đến từ 8 quốc gia.",
            "2022-10-24",
            "ministry",
            [
                "firm_blog",
                "caps_brand_firm",
                "phone_no_count",
                "amount_first",
                "statistic",
                "count",
                "multiline",
                "no_event",
            ],
            firms=[f("Nội thất An Gia")],
            quantities=[c(31, "dự án FDI mới"), c(8, "quốc gia")],
            money=[m(212.4 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư Trung Quốc chiếm hơn một nửa số dự án mới (17 dự án, 64,8 triệu USD), bỏ xa Đài Loan và Hàn Quốc.",
            "2022-10-24",
            "ministry",
            ["firm_blog", "statistic", "country_adjective", "count", "no_event"],
            locations=[country("Trung Quốc"), country("Đài Loan"), country("Hàn Quốc")],
            quantities=[c(17, "dự án")],
            money=[m(64.8 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Song song, vốn ngoại còn vào qua 22 lượt góp vốn, mua cổ phần (27,9 triệu USD) và 14 lượt tăng vốn (38,6 triệu USD).",
            "2022-10-24",
            "ministry",
            ["firm_blog", "statistic", "count", "no_event"],
            quantities=[c(22, "lượt góp vốn"), c(14, "lượt tăng vốn")],
            money=[m(27.9 * M, "USD"), m(38.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Phần lớn dự án mới làm giường, tủ, bàn ghế (19 dự án, 52,7 triệu USD); hai dự án ván sàn vốn Hàn Quốc tổng cộng 74 triệu USD.",
            "2022-10-24",
            "ministry",
            ["firm_blog", "statistic", "count", "count_in_words", "country_adjective", "no_event"],
            quantities=[c(19, "dự án")],
            money=[m(52.7 * M, "USD"), m(74 * M, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Tạp chí Khoa học Lâm nghiệp, Số 3 - 2021\nCHUỖI CUNG ỨNG KEO DÁN VÀ SƠN PHỦ CHO NGÀNH ĐỒ GỖ: HIỆN TRẠNG VÀ GIẢI PHÁP\nNguyễn Thị Hải Yến\nTrường Đại học Lâm nghiệp - Email: hyen.dhln@gmail.com\n(Bài nhận ngày 12 tháng 03 năm 2021, hoàn chỉnh sửa chữa ngày 20 tháng 05 năm 2021)",
            "2021-09-30",
            "ministry",
            ["journal_header", "author_person", "email_line", "caps_title", "multiline", "no_event"],
            persons=[per("Nguyễn Thị Hải Yến", None)],
            organizations=["Trường Đại học Lâm nghiệp"],
            events=[],
        ),
        h(
            n(),
            "TÓM TẮT\nKeo dán, hoá chất và sơn phủ chiếm tới 8-12% giá thành một sản phẩm đồ gỗ xuất khẩu, nhưng phần lớn vẫn phải nhập từ Trung Quốc, Đài Loan và Malaysia.",
            "2021-09-30",
            "ministry",
            ["journal_abstract", "old_tone", "percentage_range", "country_list", "multiline", "no_event"],
            percentages=[8, 12],
            locations=[country("Trung Quốc"), country("Đài Loan"), country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Thực tế, phần lớn keo và sơn cho ngành gỗ hiện do các hãng nước ngoài cung cấp, nên doanh nghiệp chế biến khó chủ động giá thành và tiến độ giao hàng.",
            "2021-09-30",
            "ministry",
            ["journal_body", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ở Hàn Quốc, chế biến, chế tạo tạo ra hơn một phần tư GDP; con số của Việt Nam là khoảng 24,8%, và phần giá trị gia tăng trong nước còn mỏng.",
            "2023-08-16",
            "ministry",
            ["feature", "statistic", "country", "no_event"],
            percentages=[24.8],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Danh mục sản phẩm công nghiệp hỗ trợ của Việt Nam trải từ linh kiện điện tử tới phụ liệu dệt may, da giày, còn đồ gỗ gần như chỉ được nhắc qua keo, sơn và phụ kiện kim loại.",
            "2023-08-16",
            "ministry",
            ["feature", "definition", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English explainers: a dissertation on a document store, a sourcing guidebook, a law firm's manufacturing guide,
    # an investment wiki, a finishing blog, a policy brief (S17 r1-r4, S19 r2, S20 r1) ---
    rows += [
        h(
            n(),
            "Dissertation submitted in partial fulfilment of the requirement for the MSc in International Business\nSupervisor: Dr Le Thi Thu Trang\nStudent Name: Pham Quoc Bao\nModule Code: FIN-7031",
            "2023-10-02",
            "ministry",
            [
                E,
                "dissertation_cover",
                "label_role",
                "student_no_role",
                "module_code_no_decision",
                "multiline",
                "no_event",
            ],
            persons=[per("Le Thi Thu Trang", "Supervisor"), per("Pham Quoc Bao", None)],
            events=[],
        ),
        h(
            n(),
            "Research question: what draws foreign direct investment into Vietnam's wood-furniture clusters, and how can Binh Duong and Binh Dinh attract more of it?",
            "2023-10-02",
            "ministry",
            [E, "dissertation", "question", "unaccented_province", "no_event"],
            provinces=[pv("Bình Dương"), pv("Bình Định")],
            events=[],
        ),
        h(
            n(),
            "You are on page 1 of 162\nVIETNAM FURNITURE SOURCING GUIDEBOOK\nNOVEMBER 2021",
            "2021-11-30",
            "ministry",
            [E, "document_viewer", "caps_title", "page_counter", "multiline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "FOREWORD\nMore than 60 economies now trade with Vietnam under free trade agreements, and growth has averaged some 6.4% a year over the past decade.",
            "2021-11-30",
            "ministry",
            [E, "foreword", "statistic", "count", "approx", "multiline", "no_event"],
            percentages=[6.4],
            quantities=[c(60, "economies", True)],
            events=[],
        ),
        h(
            n(),
            "For factories in the South, the guide points first to Long An and Ba Ria-Vung Tau as cheaper alternatives to the crowded parks of Binh Duong and Dong Nai.",
            "2023-05-19",
            "ministry",
            [E, "law_firm_guide", "unaccented_province", "region_no_location", "no_event"],
            provinces=[pv("Long An"), pv("Bà Rịa - Vũng Tàu"), pv("Bình Dương"), pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Retailers such as IKEA, Ashley Furniture and Williams-Sonoma have widened their Vietnamese supplier base since 2019.",
            "2023-05-19",
            "ministry",
            [E, "law_firm_guide", "bare_brands", "adjective_no_country", "no_event"],
            firms=[f("IKEA"), f("Ashley Furniture"), f("Williams-Sonoma")],
            events=[],
        ),
        h(
            n(),
            "The publication walks foreign manufacturers through licensing, access to industrial land and hiring rules.",
            "2023-05-19",
            "ministry",
            [E, "law_firm_guide", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Labour-heavy furniture work still costs less in Vietnam than in China's coastal provinces: the region-one minimum wage is around 4.68 million dong (about $190) a month.",
            "2021-02-08",
            "ministry",
            [E, "investment_wiki", "bracketed_conversion", "possessive_country", "approx", "no_event"],
            money=[m(4.68 * M, "VND", "month", True), m(190, "USD", "month", True)],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Finishing: the last coat decides the price\nSpray booths and UV curing lines are still rare in Vietnamese furniture plants, though buyers will pay 15 to 60 per cent more for a flawless surface.",
            "2020-09-14",
            "ministry",
            [E, "coatings_blog", "headline_lead", "percentage_range", "multiline", "no_event"],
            percentages=[15, 60],
            events=[],
        ),
        h(
            n(),
            "A coatings engineer at a Dong Nai plant said most containers rejected in 2019 failed on colour matching, not on joinery.",
            "2020-09-14",
            "ministry",
            [E, "coatings_blog", "unnamed_person", "unaccented_province", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "POLICY BRIEF\nTRACEABILITY OF PLANTATION ACACIA IN CENTRAL VIETNAM: GAPS AND RECOMMENDATIONS\nVietnam Forest Owners Association\n(Funded by the Forest Governance Facility; the views are VIFORA's own.)",
            "2022-07-11",
            "ministry",
            [E, "policy_brief", "caps_title", "acronym_alone_org", "multiline", "no_event"],
            organizations=["Vietnam Forest Owners Association", "Forest Governance Facility", "VIFORA"],
            events=[],
        ),
        h(
            n(),
            "Harvest records were kept by just 9% of the 320 acacia-growing households surveyed in Quang Tri, although 74% had land-use papers.",
            "2022-07-11",
            "ministry",
            [E, "policy_brief", "count", "unaccented_province", "no_event"],
            provinces=[pv("Quảng Trị")],
            quantities=[c(320, "acacia-growing households")],
            percentages=[9, 74],
            events=[],
        ),
    ]
    # --- Vietnamese news: a Japanese coatings maker opens a wood-finish plant, on a translation site (S3 r2) ---
    rows += [
        h(
            n(),
            "18 triệu USD cho nhà máy sơn đồ gỗ đầu tiên của Kaneshiro ở miền Bắc\n(Báo Đầu tư) Nhà máy sơn phủ đồ gỗ tại KCN Quế Võ III (Bắc Ninh) của Công ty TNHH Sơn Kaneshiro Việt Nam, vốn của Kaneshiro Paint Co., Ltd (Nhật Bản), đã chạy dây chuyền đầu tiên sáng 22/8.",
            "2023-08-22",
            "ministry",
            [
                "translation_site_copy",
                "headline_lead",
                "amount_first_headline",
                "inauguration_with_capital",
                "object_first",
                "outlet_prefix_nothing",
                "short_name",
                "vietnam_dropped",
                "parent_foreign_form",
                "province_after_park",
                "deal_date",
                "year_inferred",
                "region_no_location",
                "multiline",
            ],
            firms=[f("Kaneshiro"), f("Sơn Kaneshiro", "Công ty TNHH"), f("Kaneshiro Paint", "Co., Ltd")],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Quế Võ III"), country("Nhật Bản")],
            money=[m(18 * M, "USD")],
            deals=[deal("investment", ["Sơn Kaneshiro"], 18 * M, BN, "2023-08-22")],
            events=[ev("inauguration", [F("Sơn Kaneshiro")], 18 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Mỗi năm, khoảng 12.000 tấn sơn PU, sơn gốc nước và chất phủ UV từ khu xưởng 52.000 m2 này sẽ đi tới các xưởng nội thất phía Bắc.",
            "2023-08-22",
            "ministry",
            [
                "translation_site_copy",
                "plant_details_no_firm",
                "m2_to_ha",
                "tonnage_no_count",
                "region_no_location",
                "no_event",
            ],
            areas=[ha(5.2)],
            events=[],
        ),
    ]
    # --- Vietnamese news: exporters hunting for spring orders, with an association's figures (S5 r1) ---
    rows += [
        h(
            n(),
            "Xưởng gỗ tranh thủ hội chợ cuối năm để lấp đơn hàng mùa xuân 20/11/2025 09:12\n\n(PLO)- Nhiều nhà máy gỗ đã cử người sang Mỹ và châu Âu dự hội chợ từ đầu tháng 11, mong chốt thêm khách cho quý I/2026, khi đơn hàng hiện có chỉ đủ chạy tới Tết.",
            "2025-11-20",
            "provincial",
            [
                "headline_lead",
                "timestamp_glued",
                "outlet_prefix_nothing",
                "country",
                "region_no_location",
                "multiline",
                "no_event",
            ],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Khách Mỹ đặt hàng dè dặt hơn vì lo thuế đối ứng, dù doanh thu xuất khẩu 10 tháng vẫn nhích khoảng 7%, ông Võ Thành Lộc, Tổng giám đốc Công ty CP Nội thất Xuất khẩu Thủ Đức, nói.",
            "2025-11-20",
            "provincial",
            ["person_role_after", "quote_first", "country_adjective", "no_event"],
            persons=[per("Võ Thành Lộc", "Tổng giám đốc Công ty CP Nội thất Xuất khẩu Thủ Đức")],
            firms=[f("Nội thất Xuất khẩu Thủ Đức", "Công ty CP")],
            percentages=[7],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Áp lực kép\n\nChi phí chứng nhận nguồn gốc gỗ đã ăn thêm 1-2% giá thành, theo ông Lộc, từ khi EU siết quy định chống phá rừng và Mỹ đòi hồ sơ truy xuất chi tiết hơn.",
            "2025-11-20",
            "provincial",
            [
                "subheading",
                "given_name_no_person",
                "eu_no_location",
                "percentage_range",
                "country",
                "multiline",
                "no_event",
            ],
            percentages=[1, 2],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Mức tăng 3 - 4% của đơn hàng cuối năm là thấp nhất ba năm, theo Hội Mỹ nghệ và Chế biến gỗ TP.HCM (Hawa); đa số hội viên mới giữ được việc cho thợ tới tháng 2/2026.",
            "2025-11-20",
            "provincial",
            [
                "acronym_bracket",
                "province_in_org_name",
                "percentage_range",
                "duration_no_count",
                "nfd",
                "no_event",
            ],
            organizations=["Hội Mỹ nghệ và Chế biến gỗ TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[3, 4],
            events=[],
        ),
        h(
            n(),
            "Bà Lê Thị Kim Oanh, Chủ tịch Công ty CP Gỗ Mỹ Nghệ Phước Long, cho biết công ty đã chuyển 15% công suất sang hàng nội địa để giữ dây chuyền chạy đều.",
            "2025-11-20",
            "provincial",
            ["person_role_after", "no_event"],
            persons=[per("Lê Thị Kim Oanh", "Chủ tịch Công ty CP Gỗ Mỹ Nghệ Phước Long")],
            firms=[f("Gỗ Mỹ Nghệ Phước Long", "Công ty CP")],
            percentages=[15],
            events=[],
        ),
    ]
    # --- Vietnamese news on an aggregator: two foreign orders for a Central wood maker during Covid (S5 r3) ---
    rows += [
        h(
            n(),
            "Gỗ Phú Xuân cán kế hoạch năm từ cuối quý III\n\n15/10/2021 18:40 GMT+7\n\nCông ty CP Gỗ Phú Xuân đã đủ chỉ tiêu đơn hàng xuất khẩu của cả năm 2021 ngay khi quý III khép lại, một phần nhờ khoảng 1,2 triệu USD đơn hàng mới từ các nhà nhập khẩu Pháp và Nhật Bản trong 10 ngày cuối tháng 9.",
            "2021-10-15",
            "provincial",
            [
                "aggregator_copy",
                "headline_lead",
                "orders_unnamed_buyers_no_deal",
                "country_adjective",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Gỗ Phú Xuân", "Công ty CP")],
            money=[m(1.2 * M, "USD", approx=True)],
            locations=[country("Pháp"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Tổng đơn hàng đã ký trong 9 tháng vào khoảng 286 tỉ đồng (chừng 12,3 triệu USD); phần việc của quý IV chủ yếu là đơn cho năm sau.",
            "2021-10-15",
            "provincial",
            ["aggregator_copy", "bracketed_conversion", "approx", "order_book_no_deal", "no_event"],
            money=[m(286 * B, "VND", approx=True), m(12.3 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "“Cả xưởng đã tính cho thợ nghỉ luân phiên, rồi đơn về dồn dập nên phải gọi mọi người quay lại”, một trưởng phòng của Gỗ Phú Xuân kể.",
            "2021-10-15",
            "provincial",
            ["quote", "bare_firm", "unnamed_person", "no_event"],
            firms=[f("Gỗ Phú Xuân")],
            events=[],
        ),
        h(
            n(),
            "Ảnh: T.Lâm\nCả nước xuất 9,1 tỉ USD gỗ và sản phẩm gỗ sau 9 tháng, theo ước tính của Tổng cục Lâm nghiệp; riêng tháng 9 góp 1,05 tỉ USD, hơn cùng kỳ 18%.",
            "2021-10-15",
            "provincial",
            ["photo_credit_initials_no_person", "statistic", "estimate", "multiline", "no_event"],
            organizations=["Tổng cục Lâm nghiệp"],
            money=[m(9.1 * B, "USD", approx=True), m(1.05 * B, "USD")],
            percentages=[18],
            events=[],
        ),
        h(
            n(),
            "Bình Định là nơi chịu trận sớm nhất: từ tháng 4, khách châu Âu xin lùi lịch nhận bàn ghế ngoài trời sang mùa sau.",
            "2021-10-15",
            "provincial",
            ["background", "region_no_location", "no_event"],
            provinces=[pv("Bình Định")],
            events=[],
        ),
    ]
    # --- Vietnamese news: an association's congress elects a chairman (S6 r1) ---
    rows += [
        h(
            n(),
            "Nhiệm kỳ VII (2025-2030) của Hiệp hội Gỗ và Lâm sản Bình Định bắt đầu bằng đại hội sáng 6-12 ở phường Quy Nhơn, tỉnh Gia Lai, với 142 đại biểu.",
            "2025-12-07",
            "provincial",
            [
                "congress",
                "province_in_org_name",
                "ward_no_location",
                "new_province_name",
                "count",
                "no_event",
            ],
            organizations=["Hiệp hội Gỗ và Lâm sản Bình Định"],
            provinces=[pv("Bình Định"), pv("Gia Lai")],
            quantities=[c(142, "đại biểu")],
            events=[],
        ),
        h(
            n(),
            "Chiếc ghế chủ tịch hiệp hội được giao cho ông Trương Đình Khải, Tổng giám đốc Công ty CP Lâm sản Hoài Ân, người đã làm phó chủ tịch hai khóa.",
            "2025-12-07",
            "provincial",
            ["person_role_after", "elected_lowercase_role", "count_in_words", "no_event"],
            persons=[per("Trương Đình Khải", "Tổng giám đốc Công ty CP Lâm sản Hoài Ân")],
            firms=[f("Lâm sản Hoài Ân", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "Ông Trương Đình Khải phát biểu nhận nhiệm vụ.",
            "2025-12-07",
            "provincial",
            ["caption", "person_no_role", "no_event"],
            persons=[per("Trương Đình Khải", None)],
            events=[],
        ),
        h(
            n(),
            "Chứng chỉ rừng cho hội viên, chuyển đổi số và một thương hiệu chung cho đồ gỗ ngoài trời là ba việc hiệp hội đặt ra tới năm 2030.",
            "2025-12-07",
            "provincial",
            ["congress", "goals_no_deal", "count_in_words", "nfd", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a zone authority's licence for a garden-furniture plant, print page (S7 r1) ---
    rows += [
        h(
            n(),
            "Công ty TNHH Mộc Phước An đã cầm Giấy chứng nhận đầu tư cho nhà máy đồ gỗ ngoài trời 24 tỷ đồng ở KCN Nhơn Hòa, thị xã An Nhơn, do Ban Quản lý Khu kinh tế tỉnh Bình Định trao ngày 9/4/2015.",
            "2015-04-14",
            "provincial",
            [
                "print_page",
                "licence_received",
                "board_as_grantor",
                "investor_first",
                "deal_date",
                "district",
            ],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Bình Định"],
            provinces=[pv("Bình Định")],
            firms=[f("Mộc Phước An", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Nhơn Hòa"), district("thị xã An Nhơn")],
            money=[m(24 * B, "VND")],
            deals=[deal("investment", ["Mộc Phước An"], 24 * B, BDi, "2015-04-09")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Bình Định"), F("Mộc Phước An")],
                    24 * B,
                    "VND",
                    BDi,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Bàn ghế, ghế xếp và xích đu gỗ keo sẽ ra khỏi xưởng với nhịp khoảng 150 m3 gỗ tinh mỗi tháng; mặt bằng là 12.430,8 m2.\nMinh Khoa",
            "2015-04-14",
            "provincial",
            ["print_page", "m2_to_ha", "capacity_no_count", "byline_person", "multiline", "no_event"],
            areas=[ha(1.24308)],
            persons=[per("Minh Khoa", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a province approves a particleboard and flooring plant (S7 r2) ---
    rows += [
        h(
            n(),
            "Nhà máy ván dăm, ván sàn trên 2.900 tỷ đồng được chấp thuận ở Quảng Ngãi\n\n06/12/2022 15:40\nCông ty CP Gỗ công nghiệp Trà Bồng sẽ làm chủ đầu tư dự án tổng vốn trên 2.918 tỷ đồng, rộng hơn 38 ha tại Cụm công nghiệp Đồng Dinh, huyện Nghĩa Hành, theo quyết định chấp thuận chủ trương đầu tư UBND tỉnh Quảng Ngãi vừa ban hành.",
            "2022-12-06",
            "provincial",
            [
                "headline_timestamp_lead",
                "policy_approval_licence",
                "investor_first",
                "committee_as_grantor",
                "lead_amount_over_headline",
                "cluster",
                "district",
                "area",
                "approx",
                "multiline",
            ],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Gỗ công nghiệp Trà Bồng", "Công ty CP")],
            locations=[park("Cụm công nghiệp Đồng Dinh"), district("huyện Nghĩa Hành")],
            areas=[ha(38, True)],
            money=[m(2900 * B, "VND", approx=True), m(2918 * B, "VND", approx=True)],
            deals=[deal("investment", ["Gỗ công nghiệp Trà Bồng"], 2918 * B, QNg)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Quảng Ngãi"), F("Gỗ công nghiệp Trà Bồng")],
                    2918 * B,
                    "VND",
                    QNg,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Ván dăm sẽ ra lò trước, từ quý III/2024; ván sàn chậm hơn một năm, còn công trường dự kiến mở trong quý II/2023.",
            "2022-12-06",
            "provincial",
            ["schedule", "quarter_no_date", "future_groundbreaking_no_firm", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gỗ keo của các huyện miền núi sẽ có đầu ra gần hơn thay vì chở xuống cảng băm dăm, Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Quảng Ngãi nhận định; dự án cũng góp phần công nghiệp hoá phía Tây tỉnh.",
            "2022-12-06",
            "provincial",
            ["province_in_org_name", "old_tone", "no_event"],
            organizations=["Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Cụm công nghiệp Đồng Dinh chỉ mới được bổ sung vào quy hoạch cụm công nghiệp của tỉnh từ Quyết định số 1022/QĐ-UBND ngày 14/9/2022.",
            "2022-12-06",
            "provincial",
            ["decision_with_date", "planning_no_deal", "cluster", "nfd", "no_event"],
            decisions=[d("1022/QĐ-UBND", "2022-09-14")],
            locations=[park("Cụm công nghiệp Đồng Dinh")],
            events=[],
        ),
        h(
            n(),
            "Với khoảng 72 ha, Đồng Dinh là cụm công nghiệp nhỏ, sát quốc lộ và cách cảng Dung Quất chừng 55 km.",
            "2022-12-06",
            "provincial",
            ["bare_cluster_name_no_location", "area", "approx", "distance_no_count", "no_event"],
            areas=[ha(72, True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a provincial investment portal on a sawdust-pellet plant, with its related links (S7 r3) ---
    rows += [
        h(
            n(),
            "12/05/2021\nUBND tỉnh vừa đồng ý chủ trương cho nhà máy viên nén mùn cưa xuất khẩu ở Cụm công nghiệp Cát Nhơn, huyện Phù Cát; chủ đầu tư là Công ty TNHH Năng lượng Sinh khối Phù Cát.\nNhà máy viên nén (Ảnh minh họa)",
            "2021-05-12",
            "provincial",
            [
                "portal_news",
                "policy_approval_licence",
                "grantor_first",
                "bare_committee_grantor",
                "cluster",
                "district",
                "caption_illustration",
                "multiline",
            ],
            firms=[f("Năng lượng Sinh khối Phù Cát", "Công ty TNHH")],
            locations=[park("Cụm công nghiệp Cát Nhơn"), district("huyện Phù Cát")],
            deals=[deal("investment", ["Năng lượng Sinh khối Phù Cát"])],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh"), F("Năng lượng Sinh khối Phù Cát")],
                    None,
                    None,
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Với 41,5 tỷ đồng, xưởng sẽ ép 36.000 tấn viên mỗi năm trên khu đất 28.615 m2 và chạy máy từ quý IV/2022.\nQ.Bảo",
            "2021-05-12",
            "provincial",
            [
                "portal_news",
                "amount_first",
                "plant_details_no_firm",
                "m2_to_ha",
                "capacity_no_count",
                "byline_initials_no_person",
                "multiline",
                "no_event",
            ],
            areas=[ha(2.8615)],
            money=[m(41.5 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "» Gia Lai đón đoàn xúc tiến đầu tư của thành phố Busan (Hàn Quốc) (12/11/2025)\n» Điều chỉnh chủ trương đầu tư dự án Khu du lịch sinh thái Hầm Hô (03/11/2025)\n» Lãnh đạo tỉnh làm việc với Tập đoàn Hòa Phát (28/10/2025)",
            "2025-11-12",
            "provincial",
            [
                "related_links",
                "city_abroad_nothing",
                "country",
                "working_session_no_deal",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Gia Lai")],
            locations=[country("Hàn Quốc")],
            firms=[f("Hòa Phát", "Tập đoàn")],
            events=[],
        ),
    ]
    # --- Vietnamese news on an aggregator of a business weekly: a zone authority's round for wood and furniture
    # projects in Phú Yên (S7 r4) ---
    rows += [
        h(
            n(),
            "Tin Kinh Tế 247\n\nNgành gỗ Phú Yên đón thêm dự án mới\n\n2022-03-09 14:05\n\nHồng Nhung\n\n(KTSG Online) – Ba dự án gỗ được chấp thuận trong một tuần cho thấy Phú Yên vẫn hút vốn vào chế biến gỗ dù cước tàu sang Mỹ, Canada và Nhật Bản còn cao, Hội Chế biến gỗ Phú Yên nhận xét.",
            "2022-03-09",
            "provincial",
            [
                "aggregator_copy",
                "site_name_nothing",
                "headline_byline_lead",
                "byline_person",
                "outlet_prefix_nothing",
                "count_in_words",
                "country_list",
                "province_in_org_name",
                "multiline",
                "no_event",
            ],
            persons=[per("Hồng Nhung", None)],
            organizations=["Hội Chế biến gỗ Phú Yên"],
            provinces=[pv("Phú Yên")],
            locations=[country("Mỹ"), country("Canada"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Xưởng ghế gỗ keo ở KCN Hòa Hiệp. Ảnh: Hữu Toàn",
            "2022-03-09",
            "provincial",
            ["photo_caption", "photographer_credit", "no_event"],
            persons=[per("Hữu Toàn", None)],
            locations=[park("Khu công nghiệp Hòa Hiệp")],
            events=[],
        ),
        h(
            n(),
            "Hai trong số đó qua tay Ban Quản lý Khu kinh tế tỉnh Phú Yên, đơn vị ký chấp thuận chủ trương hôm thứ Năm tuần trước.",
            "2022-03-09",
            "provincial",
            ["licence_round_lead", "firms_unnamed", "count_in_words", "province_in_org_name", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Phú Yên"],
            provinces=[pv("Phú Yên")],
            events=[],
        ),
        h(
            n(),
            "Dự án lớn nhất là Nhà máy nội thất xuất khẩu Hòa Hiệp 2 của Công ty TNHH Nội thất Ocean Craft Việt Nam, tổng vốn 315 tỉ đồng trên 6,8 ha tại KCN Hòa Hiệp, thị xã Đông Hòa.",
            "2022-03-09",
            "provincial",
            [
                "round_line_no_verb",
                "deal_no_event",
                "vietnam_dropped",
                "plant_name_no_firm",
                "district",
                "area",
            ],
            firms=[f("Nội thất Ocean Craft", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Hòa Hiệp"), district("thị xã Đông Hòa")],
            areas=[ha(6.8)],
            money=[m(315 * B, "VND")],
            deals=[deal("investment", ["Nội thất Ocean Craft"], 315 * B)],
            events=[],
        ),
        h(
            n(),
            "68 tỉ đồng khác đến từ Công ty CP Mây tre Sông Cầu, cho một xưởng ghế nhựa giả mây ở KCN An Phú, TP Tuy Hòa, có dành một phần làm nhà xưởng cho thuê.",
            "2022-03-09",
            "provincial",
            ["round_line_amount_first", "deal_no_event", "district", "nfd"],
            firms=[f("Mây tre Sông Cầu", "Công ty CP")],
            locations=[park("Khu công nghiệp An Phú"), district("TP Tuy Hòa")],
            money=[m(68 * B, "VND")],
            deals=[deal("investment", ["Mây tre Sông Cầu"], 68 * B)],
            events=[],
        ),
        h(
            n(),
            "Dự án thứ ba nằm ngoài khu kinh tế: UBND tỉnh chấp thuận chủ trương cho xưởng sấy và ghép thanh gỗ keo 27 tỉ đồng của Công ty TNHH Gỗ Tuy An tại cụm công nghiệp An Mỹ, huyện Tuy An.",
            "2022-03-09",
            "provincial",
            [
                "licence_with_grantor",
                "bare_committee_grantor",
                "ordinal_no_count",
                "lowercase_cluster",
                "district",
            ],
            firms=[f("Gỗ Tuy An", "Công ty TNHH")],
            locations=[park("Cụm công nghiệp An Mỹ"), district("huyện Tuy An")],
            money=[m(27 * B, "VND")],
            deals=[deal("investment", ["Gỗ Tuy An"], 27 * B)],
            events=[
                ev("investment_licence", [G("UBND tỉnh"), F("Gỗ Tuy An")], 27 * B, "VND", None, "licensed")
            ],
        ),
    ]
    # --- Vietnamese news: a German-owned HDF plant 85% built, on a contractor's site (S9 r1) ---
    rows += [
        h(
            n(),
            "Kronhaus lắp dây chuyền ép cho nhà máy ván HDF 190 triệu USD\n\nSan nền, đường nội bộ và bốn nhà xưởng chính đã xong; nhà đầu tư Đức Kronhaus Holding GmbH đang đưa máy vào nhà máy ván HDF trên 31 ha ở KCN Yên Bình (TP Phổ Yên), nơi công trường mở từ tháng 3/2022.",
            "2023-11-07",
            "provincial",
            [
                "headline_lead",
                "plant_under_construction",
                "announced_investment",
                "headline_amount",
                "recalled_groundbreaking_month",
                "short_name",
                "country_adjective",
                "district",
                "no_site",
                "count_in_words",
                "multiline",
            ],
            firms=[f("Kronhaus"), f("Kronhaus Holding", "GmbH")],
            locations=[park("Khu công nghiệp Yên Bình"), district("TP Phổ Yên"), country("Đức")],
            areas=[ha(31)],
            money=[m(190 * M, "USD")],
            deals=[deal("investment", ["Kronhaus Holding"], 190 * M)],
            events=[
                ev("investment_announcement", [F("Kronhaus Holding")], 190 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Theo thiết kế, mỗi năm nhà máy làm 420.000 m3 ván HDF và 18 triệu m2 sàn gỗ; chủ đầu tư đang lắp dây chuyền ép liên tục tự động hoá để chạy thử trong quý II/2024.",
            "2023-11-07",
            "provincial",
            [
                "capacity_no_count",
                "flooring_m2_no_area",
                "quarter_no_date",
                "old_tone",
                "no_fields",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "Một dây chuyền MDF thứ hai, cần thêm khoảng 240 triệu USD, nằm trong đề xuất Kronhaus định gửi tỉnh khi nhà máy chạy ổn định.\n\nNguồn baothainguyen.vn\n\nTrả lời\nEmail của bạn sẽ không được hiển thị công khai.",
            "2023-11-07",
            "provincial",
            [
                "proposal_no_deal",
                "source_line_nothing",
                "comment_form",
                "ordinal_no_count",
                "approx",
                "multiline",
                "no_event",
            ],
            firms=[f("Kronhaus")],
            money=[m(240 * M, "USD", approx=True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a committee's licence for a small export plant, lead printed twice (S9 r2) ---
    rows += [
        h(
            n(),
            "Công ty TNHH Chế biến gỗ Vĩnh Thạnh vừa nhận Giấy chứng nhận đầu tư do UBND tỉnh cấp cho nhà máy gỗ tinh chế 28,6 tỷ đồng ở xã Vĩnh Quang, huyện Vĩnh Thạnh.\nCông ty TNHH Chế biến gỗ Vĩnh Thạnh vừa nhận Giấy chứng nhận đầu tư do UBND tỉnh cấp cho nhà máy gỗ tinh chế 28,6 tỷ đồng ở xã Vĩnh Quang, huyện Vĩnh Thạnh.",
            "2010-07-06",
            "provincial",
            [
                "print_page",
                "repeated_lead",
                "licence_received",
                "bare_committee_grantor",
                "district",
                "commune_no_location",
                "multiline",
            ],
            firms=[f("Chế biến gỗ Vĩnh Thạnh", "Công ty TNHH")],
            locations=[district("huyện Vĩnh Thạnh")],
            money=[m(28.6 * B, "VND")],
            deals=[deal("investment", ["Chế biến gỗ Vĩnh Thạnh"], 28.6 * B)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh"), F("Chế biến gỗ Vĩnh Thạnh")],
                    28.6 * B,
                    "VND",
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Khoảng 420 lao động sẽ làm việc ở xưởng khi đủ công suất 1.800 m3 gỗ tinh chế/năm; khu đất chừng 2,4 ha và lô hàng đầu tiên hẹn xuất vào tháng 9/2011.",
            "2010-07-06",
            "provincial",
            [
                "print_page",
                "plant_details_no_firm",
                "area",
                "capacity_no_count",
                "count",
                "approx",
                "no_event",
            ],
            areas=[ha(2.4, True)],
            quantities=[c(420, "lao động", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a province approves a wood-chip and pellet plant (S10 r1) ---
    rows += [
        h(
            n(),
            "Viên nén hút vốn: thêm nhà máy gần 300 tỷ đồng ở miền núi Phú Yên\n296 tỷ đồng là tổng vốn của nhà máy dăm gỗ và viên nén sinh học Sơn Hòa, công trình hướng tới khách mua điện sinh khối ở Nhật, dự kiến chạy máy trong quý II/2026.\nvien-nen-go-xuat-khau-nhat-ban-pld-1712345678.jpeg\nViên nén là mặt hàng tăng mạnh nhất của ngành gỗ trong quý đầu năm",
            "2024-04-06",
            "provincial",
            [
                "headline_lead",
                "amount_first",
                "investor_unnamed",
                "plant_name_no_firm",
                "image_filename",
                "caption",
                "country",
                "approx",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Phú Yên")],
            money=[m(300 * B, "VND", approx=True), m(296 * B, "VND")],
            locations=[country("Nhật")],
            events=[],
        ),
        h(
            n(),
            "Chủ đầu tư là Công ty CP Năng lượng Tân Sơn Hòa, được UBND tỉnh Phú Yên chấp thuận chủ trương đầu tư với thời hạn hoạt động 50 năm.",
            "2024-04-06",
            "provincial",
            [
                "policy_approval_licence",
                "licence_passive_with_grantor",
                "committee_as_grantor",
                "split_amount_elsewhere",
                "duration_no_count",
            ],
            organizations=["Ủy ban nhân dân tỉnh Phú Yên"],
            provinces=[pv("Phú Yên")],
            firms=[f("Năng lượng Tân Sơn Hòa", "Công ty CP")],
            deals=[deal("investment", ["Năng lượng Tân Sơn Hòa"], None, PY)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Phú Yên"), F("Năng lượng Tân Sơn Hòa")],
                    None,
                    None,
                    PY,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Khu đất gần 4,2 ha ở lô B2, B3 Cụm công nghiệp Sơn Hòa (huyện Sơn Hòa) sẽ đặt hai dây chuyền: 60.000 tấn dăm và 120.000 tấn viên nén mỗi năm.",
            "2024-04-06",
            "provincial",
            [
                "plant_details_no_firm",
                "capacity_no_count",
                "lot_no_count",
                "area",
                "cluster",
                "district",
                "approx",
                "no_event",
            ],
            areas=[ha(4.2, True)],
            locations=[park("Cụm công nghiệp Sơn Hòa"), district("huyện Sơn Hòa")],
            events=[],
        ),
        h(
            n(),
            "Nếu quá 12 tháng mà chưa triển khai, chủ trương có thể bị thu hồi; nhà đầu tư cũng phải ký quỹ trước khi nhận đất.",
            "2024-04-06",
            "provincial",
            ["conditions", "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: a province portal on a pellet and finger-joint plant, place-first (S10 r3) ---
    rows += [
        h(
            n(),
            "Hoài Ân có thêm nhà máy viên nén và gỗ ghép thanh\n18/02/2020\nCụm công nghiệp Gò Loi ở huyện Hoài Ân sẽ có thêm nhà máy viên nén và gỗ ghép thanh của Công ty TNHH MTV Lâm sản Kim Sơn, sau khi UBND tỉnh ban hành quyết định chủ trương đầu tư cho dự án.",
            "2020-02-18",
            "provincial",
            [
                "print_page",
                "headline_date_lead",
                "place_first",
                "policy_approval_licence",
                "bare_committee_grantor",
                "cluster",
                "district",
                "multiline",
            ],
            firms=[f("Lâm sản Kim Sơn", "Công ty TNHH MTV")],
            locations=[park("Cụm công nghiệp Gò Loi"), district("huyện Hoài Ân")],
            deals=[deal("investment", ["Lâm sản Kim Sơn"])],
            events=[
                ev("investment_licence", [G("UBND tỉnh"), F("Lâm sản Kim Sơn")], None, None, None, "licensed")
            ],
        ),
        h(
            n(),
            "Kim Sơn bán ra nước ngoài khoảng 410.000 tấn viên nén năm 2019, phần lớn cho Hàn Quốc, Nhật Bản và Úc; nhà máy mới rộng 54.260 m2, cần 112,8 tỷ đồng.\nT.Vân",
            "2020-02-18",
            "provincial",
            [
                "plant_details_short_name",
                "m2_to_ha",
                "tonnage_no_count",
                "country_list",
                "byline_initials_no_person",
                "nfd",
                "multiline",
                "no_event",
            ],
            firms=[f("Kim Sơn")],
            areas=[ha(5.426)],
            money=[m(112.8 * B, "VND")],
            locations=[country("Hàn Quốc"), country("Nhật Bản"), country("Úc")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a zone authority's dated approval for a sofa plant (S11 r2) ---
    rows += [
        h(
            n(),
            "KCN Nhơn Hội đón thêm xưởng sofa 68 tỷ đồng\n20/09/2023\nCông ty TNHH Nội thất Sofa Hưng Long được Ban Quản lý Khu kinh tế chấp thuận chủ trương đầu tư kiêm chấp thuận nhà đầu tư ngày 12/9/2023, cho nhà máy ghế sofa ở lô C3.04, KCN Nhơn Hội (Khu A), Khu kinh tế Nhơn Hội.",
            "2023-09-20",
            "provincial",
            [
                "print_page",
                "headline_date_lead",
                "headline_amount",
                "policy_approval_licence",
                "licence_passive_with_grantor",
                "bare_board_grantor",
                "deal_date",
                "lot_no_count",
                "park_and_zone",
                "multiline",
            ],
            firms=[f("Nội thất Sofa Hưng Long", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Nhơn Hội"), zone("Khu kinh tế Nhơn Hội")],
            money=[m(68 * B, "VND")],
            deals=[deal("investment", ["Nội thất Sofa Hưng Long"], 68 * B, None, "2023-09-12")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế"), F("Nội thất Sofa Hưng Long")],
                    68 * B,
                    "VND",
                    None,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "68 tỷ đồng vốn của dự án sẽ dựng xưởng 21.340 m2 cho 180.000 bộ sofa và ghế bọc nệm mỗi năm; hạn vận hành là tháng 6/2025.\nẢnh minh họa\nT.Vân",
            "2023-09-20",
            "provincial",
            [
                "plant_details_no_firm",
                "amount_first",
                "m2_to_ha",
                "capacity_no_count",
                "caption_illustration",
                "byline_initials_no_person",
                "multiline",
                "no_event",
            ],
            areas=[ha(2.134)],
            money=[m(68 * B, "VND")],
            events=[],
        ),
    ]
    # --- Vietnamese news: three southern wood associations at a guild-day ceremony (S14 r4) ---
    rows += [
        h(
            n(),
            "Có mặt tại lễ giỗ Tổ ngành mộc chiều 22-1 ở TP Thủ Dầu Một là ông Nguyễn Lộc Hà, Phó Chủ tịch UBND tỉnh Bình Dương, cùng đại diện BIFA, HAWA và DOWA, ba hiệp hội đồng tổ chức.",
            "2018-01-23",
            "provincial",
            [
                "ceremony_no_deal",
                "acronym_alone_org",
                "person_role_after",
                "ubnd_expanded",
                "district",
                "count_in_words",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bình Dương", "BIFA", "HAWA", "DOWA"],
            persons=[per("Nguyễn Lộc Hà", "Phó Chủ tịch UBND tỉnh Bình Dương")],
            provinces=[pv("Bình Dương")],
            locations=[district("TP Thủ Dầu Một")],
            events=[],
        ),
        h(
            n(),
            "Mục tiêu năm nay là tăng 10 - 12%, sau khi năm 2017 gỗ và sản phẩm gỗ mang về khoảng 8 tỷ USD, còn mây tre cói gần 300 triệu USD.\nNGỌC TRÂM - HỮU PHÚC",
            "2018-01-23",
            "provincial",
            ["statistic", "approx", "percentage_range", "caps_byline_persons", "multiline", "no_event"],
            percentages=[10, 12],
            money=[m(8 * B, "USD", approx=True), m(300 * M, "USD", approx=True)],
            persons=[per("Ngọc Trâm", None), per("Hữu Phúc", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: a forestry company meets acacia growers before its line starts, on a portal (S16 r3) ---
    rows += [
        h(
            n(),
            "Hơn 200 hộ trồng keo ở Thanh Chương đã ngồi cùng Công ty CP Lâm nghiệp Trường Sơn Xanh sáng 25/9 để bàn giá thu mua, trước khi dây chuyền ván ghép thanh của nhà máy chạy chính thức vào tháng 10.",
            "2016-09-26",
            "provincial",
            ["meeting_no_deal", "future_start_no_event", "bare_place_nothing", "count", "approx", "no_event"],
            firms=[f("Lâm nghiệp Trường Sơn Xanh", "Công ty CP")],
            quantities=[c(200, "hộ trồng keo", True)],
            events=[],
        ),
        h(
            n(),
            "Trường Sơn Xanh có giấy phép cho dự án 270 triệu USD này từ năm 2014; giai đoạn đầu là xưởng ghép thanh, nhà máy MDF 150.000 m3/năm làm sau.",
            "2016-09-26",
            "provincial",
            ["recalled_licence", "deal_no_event", "short_name", "capacity_no_count", "no_site"],
            firms=[f("Trường Sơn Xanh")],
            money=[m(270 * M, "USD")],
            deals=[deal("investment", ["Trường Sơn Xanh"], 270 * M)],
            events=[],
        ),
        h(
            n(),
            "Theo ông Hồ Sỹ Nam, Phó Chủ tịch UBND huyện Thanh Chương, huyện đã khoanh khoảng 12.000 ha rừng keo làm vùng nguyên liệu cho nhà máy.",
            "2016-09-26",
            "provincial",
            ["person_role_after", "ubnd_expanded", "district_in_org_name", "area", "approx", "no_event"],
            persons=[per("Hồ Sỹ Nam", "Phó Chủ tịch UBND huyện Thanh Chương")],
            organizations=["Ủy ban nhân dân huyện Thanh Chương"],
            locations=[district("huyện Thanh Chương")],
            areas=[ha(12000, True)],
            events=[],
        ),
        h(
            n(),
            "Cành, ngọn và phần gỗ xấu không còn bị bán rẻ làm củi mà vào máy nghiền bột sợi; nhờ cơ giới hoá gần hết các khâu, nhà máy chỉ cần khoảng 260 công nhân.",
            "2016-09-26",
            "provincial",
            ["process_description", "old_tone", "count", "approx", "no_event"],
            quantities=[c(260, "công nhân", True)],
            events=[],
        ),
    ]
    # --- A Japanese news site on a woodworking-machinery fair, read for its shape and rendered in Vietnamese (S4 r1) ---
    rows += [
        h(
            n(),
            "Khoảng 280 doanh nghiệp sẽ mang máy chế biến gỗ và phụ kiện nội thất tới triển lãm quốc tế lần thứ 12 ở quận 7, TP.HCM, từ 18 đến 21/9, báo Đầu tư cho biết.",
            "2019-09-16",
            "ministry",
            [
                "foreign_page_rendered",
                "outlet_nothing",
                "fair_no_deal",
                "ordinal_no_count",
                "district",
                "count",
                "approx",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            locations=[district("quận 7")],
            quantities=[c(280, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Gian hàng đến từ 16 quốc gia, trong đó Đức, Italy, Đài Loan và Trung Quốc có khu riêng; các hãng máy Đài Loan sẽ giới thiệu dây chuyền sơn UV tiết kiệm điện.",
            "2019-09-16",
            "ministry",
            ["foreign_page_rendered", "count", "country_list", "country_adjective", "no_event"],
            quantities=[c(16, "quốc gia")],
            locations=[country("Đức"), country("Italy"), country("Đài Loan"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hai năm mới có một lần, triển lãm do Công ty CP Hội chợ Triển lãm Sao Phương Nam đứng ra tổ chức, có đối tác Đài Loan cùng làm.",
            "2019-09-16",
            "ministry",
            ["foreign_page_rendered", "organiser_no_deal", "country_adjective", "no_event"],
            firms=[f("Hội chợ Triển lãm Sao Phương Nam", "Công ty CP")],
            locations=[country("Đài Loan")],
            events=[],
        ),
    ]
    # --- English: a business site on orders returning (S18 r1) ---
    rows += [
        h(
            n(),
            "Furniture exporters bank on holiday restocking to reach $15.5bn goal\nRestocking by American, Australian and Indian retailers has put furniture lines back on full shifts since July, according to the Handicraft and Wood Industry Association of Ho Chi Minh City (HAWA).",
            "2023-09-12",
            "ministry",
            [
                E,
                "headline_lead",
                "target_no_deal",
                "adjective_no_country",
                "province_in_org_name",
                "acronym_bracket",
                "multiline",
                "no_event",
            ],
            money=[m(15.5 * B, "USD")],
            organizations=["Handicraft and Wood Industry Association of Ho Chi Minh City"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Even so, the Ministry of Agriculture and Rural Development puts seven-month shipments at only $7.05 billion, a fifth below last year's level.",
            "2023-09-12",
            "ministry",
            [E, "statistic", "fraction_no_percentage", "no_event"],
            money=[m(7.05 * B, "USD")],
            organizations=["Ministry of Agriculture and Rural Development"],
            events=[],
        ),
        h(
            n(),
            "A first container of dining sets left for Riyadh in August, and several makers now keep showrooms in Dubai, the association said.",
            "2023-09-12",
            "ministry",
            [E, "city_abroad_nothing", "bare_association_no_org", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: an army daily's English page on an association's order book (S18 r4) ---
    rows += [
        h(
            n(),
            "April 20, 2012 | 18:10 (GMT+7)\nFurniture makers sit on orders worth US$2.9 billion\nVifores member firms have already signed export orders worth about US$2.9 billion this year, enough to keep most of their plants busy until September, association vice president Le Van Thinh said.",
            "2012-04-20",
            "ministry",
            [
                E,
                "timestamp",
                "headline_lead",
                "order_book_no_deal",
                "acronym_alone_org",
                "role_before_name",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Vifores"],
            persons=[per("Le Van Thinh", "association vice president")],
            money=[m(2.9 * B, "USD"), m(2.9 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Loans at 17-19 per cent a year leave many of them unable to buy enough timber for the deliveries, most of which fall in the third quarter.",
            "2012-04-20",
            "ministry",
            [E, "percentage_range", "ordinal_no_count", "no_event"],
            percentages=[17, 19],
            events=[],
        ),
        h(
            n(),
            "Source: QĐND\nTranslated by Thu Hien",
            "2012-04-20",
            "ministry",
            [E, "source_line_nothing", "translator_person", "multiline", "no_event"],
            persons=[per("Thu Hien", None)],
            events=[],
        ),
    ]
    # --- English: a US trade magazine on buyers moving case goods and upholstery out of China (S19 r3, S19 r4) ---
    rows += [
        h(
            n(),
            "HO CHI MINH CITY, Vietnam — Case-goods plants here are booked into next spring, and their owners credit one thing: the 25% duty Washington now charges on Chinese-made furniture.",
            "2019-10-03",
            "ministry",
            [E, "dateline_province", "adjective_no_country", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[25],
            events=[],
        ),
        h(
            n(),
            "A sander or sewer in Binh Duong takes home roughly $320 to $480 a month; in Guangdong, owners said, the same job now pays more than $850.",
            "2019-10-03",
            "ministry",
            [E, "money_range", "approx", "region_abroad_nothing", "unaccented_province", "no_event"],
            provinces=[pv("Bình Dương")],
            money=[m(320, "USD", "month", True), m(480, "USD", "month", True), m(850, "USD", "month", True)],
            events=[],
        ),
        h(
            n(),
            "Of the 14 factories the magazine's editors walked through in August, spread across Binh Duong, Dong Nai and Ho Chi Minh City, most were adding lines.",
            "2019-10-03",
            "ministry",
            [E, "count", "unaccented_province", "no_event"],
            quantities=[c(14, "factories")],
            provinces=[pv("Bình Dương"), pv("Đồng Nai"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Vietnam: Upholstery is the next big shift\nSource: Furniture Today\nChina still sold $4.3 billion of upholstered seating to American stores in 2019; Vietnam's $610 million, though up 31%, was a fraction of that.",
            "2020-02-14",
            "ministry",
            [
                E,
                "headline_source_lead",
                "source_line_nothing",
                "statistic",
                "country",
                "adjective_no_country",
                "multiline",
                "no_event",
            ],
            percentages=[31],
            money=[m(4.3 * B, "USD"), m(610 * M, "USD")],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Last summer the Hong Kong-listed recliner maker Sofa Kingdom Holdings took over the Riverside plant in Dong Nai, 140,000 square metres under one roof.",
            "2020-02-14",
            "ministry",
            [
                E,
                "recalled_acquisition",
                "deal_no_event",
                "plant_name_no_firm",
                "area_m2",
                "unaccented_province",
            ],
            firms=[f("Sofa Kingdom Holdings")],
            provinces=[pv("Đồng Nai")],
            areas=[ha(14)],
            deals=[deal("investment", ["Sofa Kingdom Holdings"], None, DNai)],
            events=[],
        ),
        h(
            n(),
            "Work on a 190,000-square-metre extension began when Sofa Kingdom broke ground in November; two of its buildings were already in use by May.",
            "2020-02-14",
            "ministry",
            [E, "groundbreaking", "short_name", "month_no_date", "area_m2", "count_in_words", "no_site"],
            firms=[f("Sofa Kingdom")],
            areas=[ha(19)],
            deals=[deal("groundbreaking", ["Sofa Kingdom"])],
            events=[ev("groundbreaking", [F("Sofa Kingdom")], None, None, None, "started")],
        ),
        h(
            n(),
            "The company expects the site to employ 9,000 workers when fully running, against about 4,000 today.",
            "2020-02-14",
            "ministry",
            [E, "count", "approx", "no_event"],
            quantities=[c(9000, "workers"), c(4000, "workers", True)],
            events=[],
        ),
        h(
            n(),
            "Owners said new hires need three to six months before they can sew a recliner cover to export standard.",
            "2020-02-14",
            "ministry",
            [E, "duration_no_count", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- English: a timber-trade site and a press release on associations' memoranda (S20 r2, S20 r4) ---
    rows += [
        h(
            n(),
            "Thai, Vietnamese wood groups pen trade memorandum\nPosted on March 14, 2024 |\n- Thailand bought $211.4 million of Vietnamese furniture in 2023 and sold $52.6 million of wood products the other way.\n- Signatories plan a joint pavilion at each other's fairs from 2025.",
            "2024-03-14",
            "ministry",
            [
                E,
                "headline_bullets",
                "signers_unnamed_no_event",
                "country",
                "adjective_no_country",
                "multiline",
                "no_event",
            ],
            locations=[country("Thailand")],
            money=[m(211.4 * M, "USD"), m(52.6 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Signing for Vietnam were the Vietnam Timber and Forest Product Association (Viforest), the Binh Duong Furniture Association (BIFA) and the Handicraft and Wood Industry Association of Ho Chi Minh City (HAWA); the Thai Wood Products Exporters Association signed for the other side on March 12.",
            "2024-03-14",
            "ministry",
            [
                E,
                "mou",
                "association_mou",
                "one_paper_many_signers",
                "signers_first",
                "acronym_bracket",
                "province_in_org_name",
                "adjective_no_country",
                "no_deal_org_parties",
            ],
            organizations=[
                "Vietnam Timber and Forest Product Association",
                "Binh Duong Furniture Association",
                "Handicraft and Wood Industry Association of Ho Chi Minh City",
                "Thai Wood Products Exporters Association",
            ],
            provinces=[pv("Bình Dương"), pv("Hồ Chí Minh")],
            events=[
                ev(
                    "mou",
                    [
                        O("Vietnam Timber and Forest Product Association"),
                        O("Binh Duong Furniture Association"),
                        O("Handicraft and Wood Industry Association of Ho Chi Minh City"),
                        O("Thai Wood Products Exporters Association"),
                    ],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "“Vietnam's rubberwood panels and its trade deals with Europe make it a natural partner,” said Somchai Wattana, president of the Thai association.",
            "2024-03-14",
            "ministry",
            [E, "quote", "person_role_after", "region_no_location", "no_event"],
            persons=[per("Somchai Wattana", "president of the Thai association")],
            events=[],
        ),
        h(
            n(),
            "Pressroom > Press Releases\nTimber Watch Asia and three Vietnamese wood associations – VIFOREST, the Forest Products Association of Binh Dinh and the Dong Nai Wood and Handicraft Association (DOWA) – put their names to a memorandum of understanding on October 15th, 2019.",
            "2019-10-17",
            "ministry",
            [
                E,
                "breadcrumb",
                "mou",
                "association_mou",
                "one_paper_many_signers",
                "acronym_alone_org",
                "province_in_org_name",
                "count_in_words",
                "multiline",
                "no_deal_org_parties",
            ],
            organizations=[
                "Timber Watch Asia",
                "VIFOREST",
                "Forest Products Association of Binh Dinh",
                "Dong Nai Wood and Handicraft Association",
            ],
            provinces=[pv("Bình Định"), pv("Đồng Nai")],
            events=[
                ev(
                    "mou",
                    [
                        O("Timber Watch Asia"),
                        O("VIFOREST"),
                        O("Forest Products Association of Binh Dinh"),
                        O("Dong Nai Wood and Handicraft Association"),
                    ],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Monthly customs figures on imported logs and sawn timber will pass between the signatories, with high-risk consignments flagged for regulators.",
            "2019-10-17",
            "ministry",
            [E, "mou_terms", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "“Better data lets regulators target the few risky shipments instead of the many legal ones,” said Tran Minh Duc, a trade analyst at Timber Watch Asia.",
            "2019-10-17",
            "ministry",
            [E, "quote", "person_role_after", "no_event"],
            persons=[per("Tran Minh Duc", "trade analyst at Timber Watch Asia")],
            organizations=["Timber Watch Asia"],
            events=[],
        ),
        h(
            n(),
            "It is the group's second such paper: monthly timber-trade reports have been produced with VIFOREST and the Binh Dinh association since 2017.",
            "2019-10-17",
            "ministry",
            [
                E,
                "recalled_mou_no_event",
                "acronym_alone_org",
                "bare_association_no_org",
                "unaccented_province",
                "no_event",
            ],
            organizations=["VIFOREST"],
            provinces=[pv("Bình Định")],
            events=[],
        ),
    ]
    # --- English: a national agency's English copy on a legal-timber project (S20 r3) ---
    rows += [
        h(
            n(),
            "Buyers in Europe increasingly ask for proof of legal origin before they sign, and exporters without it lose orders, industry experts say.",
            "2022-12-29",
            "ministry",
            [E, "lead", "region_no_location", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Some 512 forest rangers and customs officers, drawn from 39 provinces and cities, have learned to check imported logs under the project since 2019.\nVNA",
            "2022-12-29",
            "ministry",
            [E, "project_no_event", "count", "approx", "agency_credit_nothing", "multiline", "no_event"],
            quantities=[c(512, "forest rangers and customs officers", True), c(39, "provinces and cities")],
            events=[],
        ),
    ]
    return rows
