# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 91 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: solar panels, batteries and their recycling (module, cell, wafer and
lithium-cell plants, storage, EPR recycling duties, US trade remedies on panels), plus People's Council (HĐND)
resolutions and provincial budgets for supporting-industry and khuyến công programmes (support levels, decision
numbers, amounts). Written and annotated for every field BEFORE any tagger was run on them, without reading the tagger
code, data, tests or notes. Searches, numbered S1-S20 in the section comments: S1 "nhà máy sản xuất tấm pin năng lượng
mặt trời vốn đầu tư khu công nghiệp", S2 "tái chế tấm pin năng lượng mặt trời hết vòng đời Việt Nam", S3 "nhà máy sản
xuất pin lithium lưu trữ năng lượng khởi công", S4 "tái chế ắc quy chì thải thu hồi kim loại doanh nghiệp", S5 "trách
nhiệm mở rộng của nhà sản xuất EPR tái chế pin ắc quy tỷ lệ bắt buộc", S6 "ký kết hợp đồng cung cấp tấm pin mặt trời
doanh nghiệp xuất khẩu Mỹ thuế chống bán phá giá", S7 "Nghị quyết HĐND tỉnh quy định chính sách hỗ trợ phát triển công
nghiệp hỗ trợ mức hỗ trợ", S8 "HĐND tỉnh thông qua nghị quyết kinh phí chương trình phát triển công nghiệp hỗ trợ tỷ
đồng ngân sách", S9 "ngân sách tỉnh bố trí kinh phí hỗ trợ doanh nghiệp công nghiệp hỗ trợ giai đoạn 2021-2025", S10
"quyết định phê duyệt chương trình phát triển công nghiệp hỗ trợ tỉnh giai đoạn 2026-2030 kinh phí thực hiện", S11
"mức hỗ trợ tối đa triệu đồng doanh nghiệp sản xuất sản phẩm công nghiệp hỗ trợ nghị quyết HĐND", S12 "hệ thống pin lưu
trữ điện BESS dự án doanh nghiệp ký kết hợp tác", S13 "Bắc Giang cấp giấy chứng nhận đầu tư dự án sản xuất tấm pin mặt
trời tăng vốn", S14 "nhà máy tái chế pin xe điện lithium Việt Nam đầu tư thu hồi niken coban", S15 "khuyến công địa
phương hỗ trợ máy móc thiết bị cơ sở công nghiệp nông thôn kinh phí quyết định UBND tỉnh", S16 "kỳ họp HĐND tỉnh thông
qua dự toán ngân sách hỗ trợ đầu tư hạ tầng cụm công nghiệp", and in English S17 "Vietnam solar panel manufacturing
plant investment million USD industrial park", S18 "Vietnam battery recycling plant lithium-ion used batteries
company", S19 "Vietnam solar panel waste end-of-life recycling regulation EPR", S20 "Vietnam provincial People's
Council resolution support supporting industry enterprises budget billion VND". No sentence is taken or paraphrased
from a page; the shapes are. Firm and person names are invented (Quang Năng Hằng Viễn, Hongyu Solar, SunCrest, Pin Ánh
Dương, Năng lượng Trường Sơn, Qinghe Battery, Voltaris, Quang Điện Thiên Hợp, Kanemori, Sao Bac Motors, Solaria Thin
Film, Sunvale Energy, Lumigen PV, Zhenguang Solar, Hoang Son Group, Tokai Eco-Recycle, Ắc quy Minh Phát, Môi trường Lá
Xanh, and every official, signer, author and reporter); well-known names (GIZ, DOC, BCI, Panasonic, Hyundai, BMW, the
ministries, real decrees and laws cited by number) appear only in sentences of our own, with figures, dates and places
changed; resolution and decision numbers of provinces are invented.

What the sample looked like (80 result slots, about 62 distinct pages: one environment-journal article on solar-panel
waste filled all four slots of S2, a Huế council resolution, a Bình Định resolution, a Đồng Nai council video page, a
Lào Cai council tag, the national khuyến công programme decision and a Thanh Hóa khuyến công decision came back twice,
and one Chinese maker's capital increase in Bắc Giang filled three slots of S13): 7 slots were spam and junk (two
copies of an SEO battery-shop blog, a gambling keyword salad, a Persian title, a garbled tag, a spam copy of a paper on
EV-battery waste, a video blurb with its comment form); 22 were tag, hashtag, title, HTML-head and listing pages
(one-line titles on rooftop-solar payback and pricing, unaccented budget tags, a law-firm question on a 2% interest
subsidy, a provincial department's HTML head on the US investigation, a VnExpress tag with a Chinese maker's planned
plant and its amount, a legal-news tag with two leads on a Chinese maker's wish for a third plant and its two plants'
capital, council-session tags, a truncated resolution tag, an English tag with two firms' recycling memorandum); 16
were legal texts (council resolution headers and preambles from Huế, Quảng Trị, Hà Tĩnh twice, Bình Định and Phú Thọ,
with metadata tables, Tờ trình lines and a first article; the Prime Minister's and the ministry's khuyến công
programme decisions with objectives and a recipients list; Đồng Tháp, Thanh Hóa and Phú Thọ khuyến công decisions
with attribute lists, replaced decisions and executors; two English legal-database copies: a National Assembly pilot
resolution and a directive); 9 were reference, journal, blog and document-store pages (the solar-waste article, a
plastics-EPR journal abstract with its author block and English summary, an EPR cost-norm article with the decree and
timetable, a lead-acid recycling blog, a mojibake waste-management course page, a BESS explainer); 15 were
Vietnamese news and features (a US maker's paused and unsold HCMC plant, a lithium-cell plant approved by a province
and broken ground as a joint venture with its attendees and captions, a US maker's battery plant in China, the
carmakers' battery plants, the EPR decree draft, two US trade-remedy reports, a council committee's supervision
visit, the capital increase told three ways with its caption, ranking, profile and round statistics, two EV-battery
recycling features); 16 were English (a module-plant groundbreaking, a plant opening with the province's totals and
the chairman, a maker's investment agreement with a zone and its terms, a feature on module majors with recalled
plants, the recycling-memorandum tag, a recycling-cost tag, the spam paper and the video blurb, a GIZ study, a law
firm's EPR note, two copies of a news item on the draft Law on Electricity, the legal-database pair, a machine-
translated provincial report, a budget-reserve dispatch). About 14 of the 80 slots told a deal or an event with a named
party (the planned and recalled plants in two tags, the recalled groundbreaking, the approval and the joint
groundbreaking, the plant in China, three tellings of one capital increase, the English groundbreaking, opening,
investment agreement, recalled plants and recycling memorandum), several of them the same story, and no supply or
recycling contract with named parties came up in any first four, so the batch has few deal rows.

Rows: 166 (hand-24401 to hand-24566); 15 carry a deal or an event (9%, below the slots' share because three slots were
one story and legal pages give many rows): 11 events (3 investment announcements, 3 investment licences, 2 MoUs, 2
groundbreakings, 1 inauguration) and 18 `deals` entries (12 investment, 5 groundbreaking, 1 mou); 4 rows hold deals
without an event (two recalled plants, a recalled groundbreaking, a split capital-increase row, a recalled plant and
groundbreaking), none an event without a deal. 151 rows are negatives and other fields. By page kind: 10 rows in the
shapes of spam and junk (0 with a deal or event), 29 of tag, title, HTML-head and listing pages (4), 40 of legal texts
(0; 4 in English), 14 of reference, journal, blog and document-store pages (0), 44 of Vietnamese news and features
(7), 29 of English news and features (4); 40 rows are English (`english_copy`, 24%). 9 rows are stored in NFD
(hand-24428, 24447, 24481, 24497, 24502, 24520, 24529, 24531, 24536); 5 use old tone placement (hand-24418 "hàng hoá",
24448 "Uỷ ban", 24474 "Khánh Hoà", 24508 "thoả thuận", 24511 "minh hoạ"); 54 hold a headline and a lead, a legal
header, a tag line, a caption with its credit, a byline, a list or several lines.

Own wording: on review of the first draft against the sampled pages, about 75 drafts followed a sampled sentence too
closely and were rewritten from scratch with other facts and order (nearly all news rows on the approval, the joint
groundbreaking and its terms, caption and quote, the plant in China, the carmakers, the EPR draft and its special
cases, the trade-remedy figures and related headlines, the supervision visit, all three tellings of the capital
increase with their terms, schedule, ranking, profile and round statistics, the EV-battery statistics and market
forecast, the Chinese tag headline and the SKĐS tag lead; the legal rows' Tuyên Quang title, a finance circular
citation, the decree list, the ministry's preamble and recipients list, the replaced decision and the executors
article, the Thanh Hóa header (now Khánh Hòa) and its Tờ trình line, the legal-database Da Nang line; the journal's
radiation and waste-volume lines and English summary, the blog's recycling-rate and collection-point lines; and most
English rows: the groundbreaking, the opening and totals, the chairman, the investment agreement and its terms and
areas, the feature headline, the maker's profile, recalled plants, first output, caption and CEO, the GIZ, law-firm,
decree and ministry lines, the machine-translated report, the budget dispatch, the spam-paper lines and the video
blurb). 2 planned rows were dropped (a World Bank climate-damage estimate and a household BESS kit, both paraphrases
of S2 and S12 sentences) and 2 replaced (a council's enacting clause and a Hà Nội fee-retention line that followed S8
r2 and S20 r1 almost word for word). Nothing was used from ranks 5-8: not the VinES/Li-Cycle recycling contract (S14
r5, S18 r6), the HCMC recycling-centre proposal (S18 r5), a khuyến công support-level list (S15 r8), a Quảng Trị
supervision tag (S8 r6), voters' petitions in Kon Tum (S16 r5), recycling rates by product (S5 r6-r7), the named
respondents and their duty rates (S6 r6-r7), Trina's and Vsun's further plans (S17 r5-r6), a Spanish copy of a Bắc
Giang groundbreaking (S17 r8) or the Nghệ An English report (S20 r8). The support-level articles of the resolutions
are written in the shape of the sampled resolutions' titles, articles and Phú Thọ's "Điều 1. Phạm vi điều chỉnh"
(the first-four excerpts stopped before their tables of levels), with invented levels.

Conventions: exactly those of batches 10 and 12-88 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence or policy approval is an investment deal and an `investment_licence` event "licensed",
the government party written as in the text and left out when the row names none; a capital increase carries the
increase; the headline's amount goes to the licence in its lead; a held groundbreaking is a groundbreaking deal and
event "started", dated only when the row gives a day, a joint groundbreaking one deal per investor and one event with
all of them (batch 75); an opening with its capital is an investment deal and an inauguration "completed"; a named
firm's plan with an amount is an announced investment; a recalled groundbreaking or investment is a deal without an
event; a split row naming the firm with an amount and no verb of its own is a deal without event and without site, one
without the firm is money only; a committee's or authority's investment memorandum with a firm and an amount is the
firm's investment deal and a signed MoU event with the body as government party (batch 88); a firm-firm memorandum is
an mou deal and event; totals of unnamed projects, cumulative figures, rankings, programmes, plans, support schemes,
council budgets, supervision visits, trade-remedy rates, requests and wishes give no deal; attendees are no parties;
support levels with a per-unit cap are money without `per`, "tối đa" is not approximate; vague amounts are no amounts;
capacities (GW, GWh, MW, MWp, W), tonnages, durations, ordinals, counts in words and counts without a noun are no
counts, m2 of land are areas in hectares; legal headers give the issuing body, the province of the place-and-date
line and the document with its date; attribute-block signers, bylines and photo credits are persons without a role,
caps signer roles are kept; "TS.", "PGS.TS", "ThS." give no role; a law cited by title alone is no decision, numbered
laws, Tờ trình and reports are decisions; "ND-CP" is read "NĐ-CP"; bare units ("UBND tỉnh", "Sở Công Thương", "HĐND
tỉnh", "the provincial People's Committees") are no organisations; organisations expand UBND, HĐND, KCN and KKT,
government parties keep the text's spelling; a province inside an organisation's, park's or zone's name is a mention,
inside a firm's name it is not; "Việt Nam"/"Vietnam" is dropped from a foreign subsidiary's name and is no country;
Vietnamese country names and brackets are countries, English adjectives are not, "US-based" and "from China" are;
English parks are no locations; old provinces ("Vĩnh Phúc (cũ)", "Bắc Giang") are mentions with the current unit as
site; newspapers, wire names and agency credits are nothing. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A province written as the approving body ("Theo Ban Quản lý KKT Đông Nam, tỉnh Nghệ An đã đồng ý chủ trương cho Công
  ty CP Pin Ánh Dương ... làm nhà máy cell pin lithium", hand-24496) is a licence with G("tỉnh Nghệ An") as written
  (batch 75's "Thai Nguyen province ... licensed", batch 87's "đồng ý về nguyên tắc"); the board that reports it is an
  organisation, no party; the parent group is a mention; the headline's "hơn 5.000 tỷ đồng" is the licence amount.
- A licence told grantor-after-verb without amount ("X vừa nhận giấy chứng nhận ... điều chỉnh từ Ban Quản lý các KCN
  tỉnh Thái Nguyên", 24518) is a licence with the board and no amount; the next row's increase without the firm is money
  only; "Phần vốn Thiên Hợp bơm thêm – 265 triệu USD ... – đưa tổng vốn dự án lên 9.870 tỷ đồng" (24524) is a split row:
  the short name's investment deal with the increase, no event, no site; "Giấy chứng nhận điều chỉnh lần thứ hai được
  Ban Quản lý các KCN Thái Nguyên trao cho Công ty TNHH X ngày 14/11/2024" (24528) is a dated licence with the board and
  the headline's "hơn 6 nghìn tỷ".
- A tag with two leads: "Hongyu Solar tính rót thêm 310 triệu USD vào Phú Thọ / ... đã gửi đề xuất lên UBND tỉnh Phú
  Thọ" (24413) is an announced investment (the committee an organisation, no party); "Hai xưởng hiện hữu của Hongyu
  Solar – 92 triệu USD ở Vĩnh Phúc (cũ), 215 triệu USD ở Phú Thọ –" (24414) gives two recalled investment deals, each
  sited by its own province's current unit. A park-first lead ("Khu công nghiệp Bỉm Sơn (Thanh Hóa) sẽ đón dự án ...
  của Công ty TNHH X ..., mức đầu tư dự kiến 380 triệu USD", 24412) is X's announced investment sited in Thanh Hóa.
- A passive joint groundbreaking ("Nhà máy liên doanh ... giữa Công ty CP A và Công ty B, Inc. đã được động thổ sáng
  22/10 tại Khu kinh tế Đông Nam Quảng Trị", 24499) gives two dated groundbreaking deals and one event of both, sited by
  the zone's province; "Inc." is kept as a foreign form; "một tập đoàn pin Trung Quốc" gives the country only.
- A history told two years on ("lễ khởi công diễn ra tháng 4-2012, vốn cam kết tới 900 triệu USD", 24494) is a recalled
  groundbreaking deal with the amount, no event, no site (the park names no province); "tới" is not approximate; the
  unsold factory of the next row is an area only.
- A foreign maker's plant abroad with a yuan amount ("Voltaris (Mỹ) chọn Thiên Tân (Trung Quốc) ...; khoản đầu tư 3,1
  tỷ Nhân dân tệ, xấp xỉ 430 triệu USD", 24504) is an announced investment with no province; deal and event take the
  first amount written (CNY), the conversion is approximate money.
- English: "A $280 million investment agreement ... was signed ... between Lumigen PV and the Thai Nguyen Industrial
  Zones Authority" (24544) is Lumigen's investment deal and a signed MoU of the authority (government) and the firm
  with the amount, sited in Thái Nguyên; "Bac Ninh province has its ninth working solar plant after X (Vietnam)
  switched on a $120 million cell line ... on March 3" (24540) is an inauguration with capital, dated; "Its $410
  million cell factory gets ingots from a $290 million plant next door, on which Zhenguang broke ground last October"
  (24550) gives a recalled investment and a recalled groundbreaking, no events, no site; "First ingots left the
  18-hectare site in February" (no firm) gives the area only; "Malaysia got its first hybrid-battery treatment line in
  2021, run by Tokai Eco-Recycle Co., Ltd." is a recalled start with no amount: firm and country, no event.
- A tag "Kanemori & Sao Bac Motors / Sao Bac Motors, Kanemori team up on recycling used e-scooter batteries / The
  memorandum of understanding, signed on Tuesday, ..." (24433) is a firm-firm mou deal and a signed event, in the
  headline's order, no site.
- Council budgets and support levels: "HĐND tỉnh Bắc Ninh dành 60 tỷ đồng cho công nghiệp hỗ trợ" with the session in
  the lead, "The Bac Giang People's Council has earmarked VND45 billion ...", a resolution's "Tổng kinh phí dự kiến 42
  tỷ đồng" (not approximate) and a programme's "khoảng 1.850 tỷ đồng" (approximate) are money with the council or
  nothing, no deal; "tối đa 200 triệu đồng/doanh nghiệp/năm" is money without `per` like any per-unit cap; "hỗ trợ tối
  đa 6 tỷ đồng/cụm công nghiệp ... ở huyện Thạnh Phú được cộng thêm 20%" gives the district; the central budget reserve
  "80 billion VND ... to each of Thai Nguyen and Lang Son" is money with both provinces; "$1.1 billion a year in sales"
  is money per year, "about" approximate.
- Legal shapes: "Báo cáo thẩm tra số 412/BC-KTNS" and "(Economic Committee Report No. 3104/BC-UBKT15, dated October 9,
  2024)" are decisions (numbered documents, batch 88), the second with its date; "Luật Ngân sách nhà nước số
  89/2025/QH15" a decision without date; "Luật Ngân sách nhà nước và Luật Đầu tư công hiện hành" none; "Bãi bỏ Quyết
  định số 512/QĐ-UBND ngày 06/4/2011 của UBND tỉnh Yên Bái" gives the decision with its date and the committee;
  "Ban Kinh tế - Ngân sách HĐND tỉnh" is the organisation "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh" (batches 17,
  79), the bare "Ban Kinh tế - Ngân sách" in a preamble an organisation as written (batch 64); "Phó TTgCP Nguyễn Chí
  Thành (để b/c)" in a recipients list is a person with the abbreviated role; "Các Bộ: Tài chính, Nông nghiệp và Môi
  trường" names no ministry in full (batch 80's liên Bộ); "CHỦ TỊCH\nĐặng Minh Quân" keeps the caps role; the portal's
  "| Ngày có hiệu lực | 01/01/2026 |" is no decision date; a Khánh Hòa header in old tone ("Khánh Hoà", "TỈNH KHÁNH
  HOÀ") gives the committee in its usual spelling and the province.
- English organisations as written: "Da Nang People's Council", "Bac Ninh People's Committee", "Thai Nguyen Industrial
  Zones Authority", "Economic Committee", "Finance and Budget Committee", "Vietnam Renewable Energy Association" in a
  source line, "National Assembly" in an attribute block; the foreign acronyms "GIZ" and "DOC" are kept bare.
- Firms: a shop brand in an SEO blog ("Ắc quy Minh Phát") is a firm with no form; a mojibake cover line "CƠNG TY MƠI
  TRƯỜNG LÁ XANH" is "Môi trường Lá Xanh" with the form "Công ty", "THS:" no role; "Zhenguang Solar (Vietnam) Industries
  Co." is "Zhenguang Solar Industries" with "Co." (the bracketed Vietnam dropped mid-name, the role kept as written);
  "Sunvale Energy (Vietnam)" is "Sunvale Energy"; "Hoang Son Group" keeps "Group" in its name and a "Photo courtesy of"
  credit naming it adds no entry; short names alone in a row ("Thiên Hợp", "SunCrest", "Lumigen", "Zhenguang") are firms.
- Counts take the noun after the number ("11 nghị quyết", "41 cơ sở công nghiệp nông thôn", "khoảng 2,4 triệu chiếc",
  "khoảng 280.000 điểm nhận", English "10 factories", "14 recommendations", "some 105,000 systems", "11 solar projects",
  "1,800 hires", "600 engineers"); "khoảng 24 triệu cell ... (4 GWh)" is output, no count; "115 USD/kWh" is money per
  kWh (batch 21), "5,2 kWh/m2 ... mỗi ngày" nothing.
- Places: "bang Nevada (Mỹ)", "Thiên Tân (Trung Quốc)", "Hefei", "Hangzhou-based" give only the bracketed countries;
  "Nhà Trắng" is no organisation; "Campuchia, Malaysia, Thái Lan" are countries; "Hội đồng Ắc quy Quốc tế (BCI) của Mỹ"
  gives the organisation and the country; "KCN Điềm Thụy (Phú Bình)" gives the park, the bare town nothing."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_91(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    TH = cur("Thanh Hóa")
    PT = cur("Phú Thọ")
    NA = cur("Nghệ An")
    QT = cur("Quảng Trị")
    TN = cur("Thái Nguyên")
    HP = cur("Hải Phòng")
    BN = cur("Bắc Ninh")

    ids = iter(range(24401, 24401 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam, SEO-blog and junk lines (S4 r1-r2, S11 r3, S12 r2 and r4, S18 r3-r4: 7 of the 80 slots) ---
    rows += [
        h(
            n(),
            "Tái chế bình ắc quy cũ: lợi ích và trách nhiệm | Ắc quy Minh Phát\nBình ắc quy bỏ chung với rác sinh hoạt sẽ rò axit và chì ra đất; mang bình cũ tới điểm thu của Ắc quy Minh Phát để được đổi giá tốt.",
            "2025-07-21",
            "ministry",
            ["seo_blog", "shop_brand_firm", "multiline", "no_event"],
            firms=[f("Ắc quy Minh Phát")],
            events=[],
        ),
        h(
            n(),
            "ắc quy axit chì gần như tái chế được toàn bộ nhưng xử lý sai cách thì chì và axit sunfuric ngấm xuống mạch nước ngầm – xem ngay hướng dẫn chi tiết",
            "2025-07-22",
            "ministry",
            ["seo_blog", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "pin nng lng mt tri c h tr lp t min ph",
            "2024-05-02",
            "ministry",
            ["spam_keywords", "dropped_letters", "no_event"],
            events=[],
        ),
        h(
            n(),
            "سیستم ذخیره انرژی باتری چگونه کار می کند",
            "2024-09-03",
            "ministry",
            ["spam_keywords", "foreign_script", "no_event"],
            events=[],
        ),
        h(
            n(),
            "789bet pin lưu trữ điện mặt trời giá rẻ kết quả xổ số hôm nay nổ hũ đổi thưởng uy tín",
            "2025-02-14",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sv88 tấm pin năng lượng mặt trời 550w giá bao nhiêu soi kèo ngoại hạng anh đêm nay",
            "2025-03-09",
            "ministry",
            ["spam_keywords", "lowercase", "wattage_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Circular No. 36/2015/TT-BTNMT is the only text that touches spent EV packs: it lists both lead-acid and lithium-ion batteries as hazardous waste.",
            "2023-06-12",
            "ministry",
            [E, "spam_copy_of_paper", "circular_number", "no_event"],
            decisions=[d("36/2015/TT-BTNMT")],
            events=[],
        ),
        h(
            n(),
            "Malaysia got its first hybrid-battery treatment line in 2021, run by Tokai Eco-Recycle Co., Ltd. with Japanese equipment.",
            "2023-06-12",
            "ministry",
            [
                E,
                "spam_copy_of_paper",
                "foreign_legal_form",
                "recalled_start_no_amount",
                "adjective_no_country",
                "no_event",
            ],
            firms=[f("Tokai Eco-Recycle", "Co., Ltd.")],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Spent lithium packs are piling up at recyclers in China as the first wave of electric cars retires. Linda Marsh reports from Hefei.\nPeople are using these keywords: battery recycling, spent batteries, China recycling, electric cars",
            "2019-02-11",
            "ministry",
            [E, "video_blurb", "reporter_credit", "keyword_line", "multiline", "no_event"],
            persons=[per("Linda Marsh", None)],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "Please enter your comment!\nPlease enter your name here",
            "2019-02-11",
            "ministry",
            [E, "junk_line", "comment_form", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, hashtag, title, HTML-head and listing pages (S1 r1 r3 r4, S5 r2, S6 r1-r2, S8 r3, S9, S10 r3, S11 r1 r2 r4,
    # S12 r3, S13 r3, S14 r1 r3, S16 r3-r4, S18 r1-r2: 22 slots) ---
    rows += [
        h(
            n(),
            "Điện mặt trời áp mái bao lâu thì hoàn vốn? Những lợi ích ít người để ý",
            "2023-04-18",
            "ministry",
            ["title_page", "no_event"],
            events=[],
        ),
        h(
            n(),
            "xây nhà máy sản xuất pin năng lượng mặt trời\n\nNhà máy tấm quang điện 380 triệu USD chọn Bỉm Sơn\nKhu công nghiệp Bỉm Sơn (Thanh Hóa) sẽ đón dự án cell và module của Công ty TNHH Quang Năng Hằng Viễn, doanh nghiệp có vốn Trung Quốc, với mức đầu tư dự kiến 380 triệu USD.",
            "2024-08-27",
            "provincial",
            [
                "tag_page",
                "tag_with_lead",
                "headline_amount",
                "announced_investment",
                "park_first",
                "country_adjective",
                "multiline",
            ],
            firms=[f("Quang Năng Hằng Viễn", "Công ty TNHH")],
            provinces=[pv("Thanh Hóa")],
            money=[m(380 * M, "USD")],
            locations=[park("Khu công nghiệp Bỉm Sơn"), country("Trung Quốc")],
            deals=[deal("investment", ["Quang Năng Hằng Viễn"], 380 * M, TH)],
            events=[
                ev("investment_announcement", [F("Quang Năng Hằng Viễn")], 380 * M, "USD", TH, "announced")
            ],
        ),
        h(
            n(),
            "Hongyu Solar\nHongyu Solar tính rót thêm 310 triệu USD vào Phú Thọ\nTập đoàn pin mặt trời Trung Quốc đã gửi đề xuất lên UBND tỉnh Phú Thọ, muốn đặt nhà máy thứ ba ngay cạnh hai xưởng đang chạy ở KCN Phú Hà.",
            "2025-10-06",
            "provincial",
            [
                "tag_page",
                "tag_with_lead",
                "bare_foreign_name",
                "plan_with_amount",
                "announced_investment",
                "ordinal_not_count",
                "count_in_words",
                "multiline",
            ],
            firms=[f("Hongyu Solar")],
            organizations=["Ủy ban nhân dân tỉnh Phú Thọ"],
            provinces=[pv("Phú Thọ")],
            money=[m(310 * M, "USD")],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Phú Hà")],
            deals=[deal("investment", ["Hongyu Solar"], 310 * M, PT)],
            events=[ev("investment_announcement", [F("Hongyu Solar")], 310 * M, "USD", PT, "announced")],
        ),
        h(
            n(),
            "Hai xưởng hiện hữu của Hongyu Solar – 92 triệu USD ở Vĩnh Phúc (cũ), 215 triệu USD ở Phú Thọ – đều làm tấm pin cho thị trường Mỹ.",
            "2025-10-06",
            "provincial",
            [
                "tag_page",
                "second_lead",
                "recalled_investments",
                "dash_aside",
                "old_province",
                "count_in_words",
                "no_event",
            ],
            firms=[f("Hongyu Solar")],
            provinces=[pv("Vĩnh Phúc"), pv("Phú Thọ")],
            money=[m(92 * M, "USD"), m(215 * M, "USD")],
            locations=[country("Mỹ")],
            deals=[
                deal("investment", ["Hongyu Solar"], 92 * M, PT),
                deal("investment", ["Hongyu Solar"], 215 * M, PT),
            ],
            events=[],
        ),
        h(
            n(),
            "mức tái chế tối thiểu pin sạc",
            "2024-02-20",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            '<title>Doanh nghiệp tấm pin lưu ý hạn nộp bản trả lời câu hỏi điều tra của Hoa Kỳ</title>\n<meta name="author" content="Sở Công Thương">\n<meta property="og:site_name" content="Sở Công Thương tỉnh Long An">',
            "2024-07-15",
            "provincial",
            [
                "html_head",
                "meta_tags",
                "bare_unit_no_org",
                "home_country_no_location",
                "multiline",
                "no_event",
            ],
            organizations=["Sở Công Thương tỉnh Long An"],
            provinces=[pv("Long An")],
            locations=[country("Hoa Kỳ")],
            events=[],
        ),
        h(
            n(),
            "han ngach thue quan nhap khau 2024",
            "2024-01-08",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thuế chống bán phá giá pin mặt trời, hàng hoá xuất khẩu sang Hoa Kỳ",
            "2025-04-25",
            "ministry",
            ["hashtag", "old_tone", "lowercase", "no_event"],
            locations=[country("Hoa Kỳ")],
            events=[],
        ),
        h(
            n(),
            "thông qua nghị quyết HĐND tỉnh\n\nKỳ họp chuyên đề thông qua loạt chính sách mới\n11 nghị quyết, trong đó có chính sách hỗ trợ hạ tầng cụm công nghiệp, đã được HĐND tỉnh Lai Châu thông qua tại kỳ họp thứ Mười hai sáng 14/3, do đồng chí Giàng Văn Páo, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh chủ trì.",
            "2025-03-14",
            "provincial",
            [
                "tag_page",
                "tag_with_lead",
                "dong_chi",
                "two_roles",
                "ordinal_in_words",
                "count",
                "multiline",
                "no_event",
            ],
            persons=[per("Giàng Văn Páo", "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh")],
            organizations=["Hội đồng nhân dân tỉnh Lai Châu"],
            provinces=[pv("Lai Châu")],
            quantities=[c(11, "nghị quyết")],
            events=[],
        ),
        h(
            n(),
            "giải pháp hỗ trợ doanh nghiệp phục hồi sản xuất",
            "2022-05-30",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chinh sach uu dai doanh nghiep cong nghiep ho tro",
            "2023-09-12",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "thuc hien du toan ngan sach dia phuong nam 2023",
            "2023-07-04",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp nào được trích quỹ khoa học công nghệ trước thuế?",
            "2022-11-16",
            "provincial",
            ["title_page", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ke hoach von dau tu cong trung han 2026 2030",
            "2025-08-19",
            "ministry",
            ["tag_page", "unaccented", "year_range_no_number", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp sản xuất cần giấy tờ gì để được bù 2% lãi vay?",
            "2022-08-10",
            "legal",
            ["title_page", "law_firm_question", "percentage", "no_event"],
            percentages=[2],
            events=[],
        ),
        h(
            n(),
            "Giá mua điện mặt trời mái nhà mới: doanh nghiệp còn phải chờ bao lâu?",
            "2020-11-02",
            "ministry",
            ["title_page", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Núi pin xe điện hết hạn ở Trung Quốc: gần 700.000 tấn mỗi năm\n\nBùng nổ xe điện kéo theo bài toán pin thải mà thị trường lớn nhất thế giới chưa có lời giải trọn vẹn.",
            "2021-06-23",
            "ministry",
            ["headline_lead", "tonnage_no_count", "multiline", "no_event"],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "tái chế pin\n\nPin xe máy điện hết đời: thu gom thế nào cho an toàn?\nXã hội - 08/01/2026 10:42\nSKĐS - Nhiều tiệm sửa xe đang gom pin xe máy điện cũ theo cân ký rồi bán lại cho đầu nậu, trong khi chưa có nơi xử lý được cấp phép.",
            "2026-01-08",
            "ministry",
            [
                "tag_page",
                "tag_with_lead",
                "timestamp",
                "paper_prefix",
                "nfd",
                "multiline",
                "no_event",
            ],
            events=[],
        ),
        h(
            n(),
            "thực hiện Nghị quyết số 14/NQ-HĐND ngày 08/12/2022 của HĐND t",
            "2023-03-02",
            "provincial",
            ["tag_page", "truncated_tag", "resolution_number", "no_event"],
            decisions=[d("14/NQ-HĐND", "2022-12-08")],
            events=[],
        ),
        h(
            n(),
            "kỳ họp HĐND tỉnh\n\nHĐND tỉnh Tuyên Quang bế mạc kỳ họp thứ Chín, thông qua 14 nghị quyết",
            "2023-12-08",
            "provincial",
            ["tag_page", "tag_with_headline", "ordinal_in_words", "count", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Tuyên Quang"],
            provinces=[pv("Tuyên Quang")],
            quantities=[c(14, "nghị quyết")],
            events=[],
        ),
        h(
            n(),
            "#pinluutru #BESS #nangluongxanh #taichepin",
            "2025-05-20",
            "ministry",
            ["hashtag", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            '<meta name="description" content="Bộ Công Thương khuyến nghị doanh nghiệp xuất khẩu tấm pin chủ động hợp tác với cơ quan điều tra nước ngoài - Tin Tức -...">',
            "2024-05-28",
            "ministry",
            ["html_head", "meta_tags", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Kanemori & Sao Bac Motors\nSao Bac Motors, Kanemori team up on recycling used e-scooter batteries\nThe memorandum of understanding, signed on Tuesday, marks a new step in the two firms' partnership and in cutting emissions. 09:30 14/03/2024",
            "2024-03-14",
            "ministry",
            [E, "tag_page", "tag_with_lead", "mou", "firm_pair", "timestamp", "multiline"],
            firms=[f("Kanemori"), f("Sao Bac Motors")],
            deals=[deal("mou", ["Sao Bac Motors", "Kanemori"])],
            events=[ev("mou", [F("Sao Bac Motors"), F("Kanemori")], None, None, None, "signed")],
        ),
        h(
            n(),
            "used EV battery buyback price",
            "2024-10-30",
            "ministry",
            [E, "tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ngan sach ho tro doanh nghiep vua va nho 2022",
            "2022-02-15",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nha may pin luu tru nang luong viet nam",
            "2025-06-02",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chất thải nguy hại từ tấm quang điện",
            "2024-11-11",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy chế quản lý kinh phí khuyến công",
            "2022-10-03",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hỏi đáp: doanh nghiệp công nghiệp hỗ trợ được miễn thuế nhập khẩu máy móc trong trường hợp nào?",
            "2023-05-09",
            "ministry",
            ["title_page", "law_firm_question", "no_event"],
            events=[],
        ),
    ]
    # --- Legal texts: council resolutions, committee and ministry decisions, attribute blocks (S7 r1-r4, S8 r1-r2,
    # S10 r1 r2 r4, S15 r1-r4, S16 r1; English S20 r1 r3: 16 slots) ---
    rows += [
        # A Quảng Ngãi council resolution on supporting-industry support levels
        h(
            n(),
            "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 27/2021/NQ-HĐND | Quảng Ngãi, ngày 14 tháng 7 năm 2021 |\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI\nKHÓA XIII, KỲ HỌP THỨ 2",
            "2021-07-20",
            "legal",
            ["council_header", "pipe_table", "place_date_line", "council_session", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            decisions=[d("27/2021/NQ-HĐND", "2021-07-14")],
            events=[],
        ),
        h(
            n(),
            "NGHỊ QUYẾT\nQUY ĐỊNH NỘI DUNG VÀ MỨC HỖ TRỢ PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ TỈNH QUẢNG NGÃI GIAI ĐOẠN 2021 - 2025",
            "2021-07-20",
            "legal",
            ["legal_title_caps", "multiline", "no_event"],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Ngân sách nhà nước và Luật Đầu tư công hiện hành;\nCăn cứ Nghị định số 111/2015/NĐ-CP của Chính phủ về phát triển công nghiệp hỗ trợ và Thông tư số 29/2018/TT-BTC của Bộ Tài chính về kinh phí chương trình phát triển công nghiệp hỗ trợ;",
            "2021-07-20",
            "legal",
            ["preamble", "law_title_no_number", "numbers_without_dates", "multiline", "no_event"],
            organizations=["Chính phủ", "Bộ Tài chính"],
            decisions=[d("111/2015/NĐ-CP"), d("29/2018/TT-BTC")],
            events=[],
        ),
        h(
            n(),
            "Xét Tờ trình số 3265/TTr-UBND ngày 28 tháng 6 năm 2021 của Ủy ban nhân dân tỉnh đề nghị ban hành Nghị quyết; báo cáo thẩm tra của Ban Kinh tế - Ngân sách và ý kiến thảo luận của đại biểu tại kỳ họp.",
            "2021-07-20",
            "legal",
            ["preamble_xet", "to_trinh_with_date", "bare_committee_no_org", "no_event"],
            organizations=["Ban Kinh tế - Ngân sách"],
            decisions=[d("3265/TTr-UBND", "2021-06-28")],
            events=[],
        ),
        h(
            n(),
            "QUYẾT NGHỊ:\nĐiều 1. Phạm vi điều chỉnh\nNghị quyết này quy định nội dung và mức hỗ trợ từ ngân sách tỉnh cho doanh nghiệp sản xuất sản phẩm công nghiệp hỗ trợ thuộc các ngành cơ khí, điện tử, pin và thiết bị năng lượng tái tạo trên địa bàn tỉnh.",
            "2021-07-20",
            "legal",
            ["legal_article", "scope", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điều 3. Mức hỗ trợ\n1. Hỗ trợ 50% chi phí thuê chuyên gia tư vấn cải tiến quản trị sản xuất, tối đa 200 triệu đồng/doanh nghiệp/năm.\n2. Hỗ trợ 30% kinh phí đầu tư dây chuyền thử nghiệm linh kiện pin lưu trữ, không quá 1,5 tỷ đồng/dự án.",
            "2021-07-20",
            "legal",
            ["legal_article", "support_level", "per_unit_cap", "percentage", "multiline", "no_event"],
            money=[m(200 * M, "VND"), m(1.5 * B, "VND")],
            percentages=[50, 30],
            events=[],
        ),
        h(
            n(),
            "3. Hỗ trợ 100% phí thuê gian hàng khi doanh nghiệp tham gia hội chợ công nghiệp hỗ trợ ở nước ngoài, mỗi doanh nghiệp không quá 2 lần trong cả giai đoạn.",
            "2021-07-20",
            "legal",
            ["legal_item", "support_level", "percentage", "times_no_count", "no_event"],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Điều 4. Kinh phí thực hiện\nTổng kinh phí dự kiến 42 tỷ đồng từ ngân sách tỉnh, bố trí hằng năm trong dự toán chi sự nghiệp kinh tế giao Sở Công Thương quản lý.",
            "2021-07-20",
            "legal",
            [
                "legal_article",
                "programme_budget",
                "planned_not_approx",
                "bare_unit_no_org",
                "nfd",
                "multiline",
                "no_event",
            ],
            money=[m(42 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Điều 5. Giao Uỷ ban nhân dân tỉnh tổ chức thực hiện; Thường trực Hội đồng nhân dân tỉnh, các Ban và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.",
            "2021-07-20",
            "legal",
            ["legal_article", "old_tone", "bare_units_no_org", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Ngãi Khóa XIII, Kỳ họp thứ 2 thông qua ngày 14 tháng 7 năm 2021 và có hiệu lực từ ngày 01 tháng 8 năm 2021./.\n\nCHỦ TỊCH\nĐặng Minh Quân",
            "2021-07-20",
            "legal",
            ["legal_closing", "caps_signer_role", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Quảng Ngãi"],
            persons=[per("Đặng Minh Quân", "CHỦ TỊCH")],
            provinces=[pv("Quảng Ngãi")],
            events=[],
        ),
        # A Tuyên Quang khuyến công resolution on a legal portal
        h(
            n(),
            "Nghị quyết 19/2024/NQ-HĐND về chi hỗ trợ khuyến công giai đoạn 2025-2030 của Tuyên Quang\nSố hiệu: 19/2024/NQ-HĐND Loại văn bản: Nghị quyết\nNơi ban hành: Tỉnh Tuyên Quang Người ký: Lê Thị Kim Dung\nNgày ban hành: 11/10/2024 Ngày hiệu lực: Đã biết",
            "2024-10-11",
            "legal",
            ["legal_attributes", "title_and_number", "signer_label_no_role", "multiline", "no_event"],
            persons=[per("Lê Thị Kim Dung", None)],
            provinces=[pv("Tuyên Quang")],
            decisions=[d("19/2024/NQ-HĐND", "2024-10-11")],
            events=[],
        ),
        h(
            n(),
            "HỘI ĐỒNG NHÂN DÂN\nTỈNH TUYÊN QUANG\n-------\nSố: 19/2024/NQ-HĐND\nTuyên Quang, ngày 11 tháng 10 năm 2024\nNGHỊ QUYẾT\nVỀ MỨC CHI CHO HOẠT ĐỘNG KHUYẾN CÔNG ĐỊA PHƯƠNG TỈNH TUYÊN QUANG GIAI ĐOẠN 2025 - 2030",
            "2024-10-11",
            "legal",
            ["council_header", "place_date_line", "legal_title_caps", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Tuyên Quang"],
            provinces=[pv("Tuyên Quang")],
            decisions=[d("19/2024/NQ-HĐND", "2024-10-11")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Thông tư số 64/2024/TT-BTC ngày 30 tháng 8 năm 2024 của Bộ trưởng Bộ Tài chính sửa đổi quy định về kinh phí khuyến công;",
            "2024-10-11",
            "legal",
            ["preamble", "minister_no_name", "decision_with_date", "no_event"],
            organizations=["Bộ Tài chính"],
            decisions=[d("64/2024/TT-BTC", "2024-08-30")],
            events=[],
        ),
        h(
            n(),
            "Điều 2. Đối tượng áp dụng\nCơ sở công nghiệp nông thôn, hợp tác xã và doanh nghiệp nhỏ có đề án khuyến công được phê duyệt trên địa bàn tỉnh.",
            "2024-10-11",
            "legal",
            ["legal_article", "scope", "multiline", "no_event"],
            events=[],
        ),
        # A Nghệ An council resolution on a print page
        h(
            n(),
            "Sign In\n\nNGHỊ QUYẾT\nMột số chính sách khuyến khích phát triển công nghiệp hỗ trợ tỉnh Nghệ An đến năm 2030\n\nHỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN\nKHÓA XVIII, KỲ HỌP THỨ 24",
            "2024-12-12",
            "legal",
            ["print_page", "page_furniture", "council_session", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ các Nghị định của Chính phủ: số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 về quản lý, phát triển cụm công nghiệp; số 80/2021/NĐ-CP ngày 26 tháng 8 năm 2021 hướng dẫn Luật Hỗ trợ doanh nghiệp nhỏ và vừa;",
            "2024-12-12",
            "legal",
            ["preamble", "decree_list", "decision_with_date", "no_event"],
            organizations=["Chính phủ"],
            decisions=[d("32/2024/NĐ-CP", "2024-03-15"), d("80/2021/NĐ-CP", "2021-08-26")],
            events=[],
        ),
        h(
            n(),
            "Thực hiện Quyết định số 1086/QĐ-TTg ngày 21/9/2023 của Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Nghệ An thời kỳ 2021 - 2030;",
            "2024-12-12",
            "legal",
            ["preamble", "decision_with_date", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Nghệ An")],
            decisions=[d("1086/QĐ-TTg", "2023-09-21")],
            events=[],
        ),
        # A Bến Tre council resolution on cluster infrastructure support, header broken over lines
        h(
            n(),
            "HỘI\nĐỒNG NHÂN DÂN\nTỈNH BẾN TRE\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố:\n08/2023/NQ-HĐND\n|\nBến\nTre, ngày 21 tháng 7 năm 2023\n|",
            "2023-07-28",
            "legal",
            ["council_header", "broken_lines", "pipe_table", "place_date_line", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Bến Tre"],
            provinces=[pv("Bến Tre")],
            decisions=[d("08/2023/NQ-HĐND", "2023-07-21")],
            events=[],
        ),
        h(
            n(),
            "NGHỊ QUYẾT\nBAN HÀNH QUY ĐỊNH MỨC HỖ TRỢ ĐẦU TƯ HẠ TẦNG KỸ THUẬT CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH BẾN TRE GIAI ĐOẠN 2023 - 2025\nHỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE\nKHÓA X KỲ HỌP THỨ 9 (KỲ HỌP CHUYÊN ĐỀ)",
            "2023-07-28",
            "legal",
            ["legal_title_caps", "council_session", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Bến Tre"],
            provinces=[pv("Bến Tre")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Nghị quyết số 43/2022/QH15 ngày 11 tháng 01 năm 2022 của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ Chương trình phục hồi và phát triển kinh tế - xã hội;",
            "2023-07-28",
            "legal",
            ["preamble", "national_assembly_resolution", "decision_with_date", "no_event"],
            organizations=["Quốc hội"],
            decisions=[d("43/2022/QH15", "2022-01-11")],
            events=[],
        ),
        h(
            n(),
            "Điều 2. Mức hỗ trợ\nNgân sách tỉnh hỗ trợ tối đa 6 tỷ đồng/cụm công nghiệp để làm đường nội bộ, thoát nước và trạm xử lý nước thải tập trung; cụm công nghiệp ở huyện Thạnh Phú được cộng thêm 20%.",
            "2023-07-28",
            "legal",
            [
                "legal_article",
                "support_level",
                "per_unit_cap",
                "district",
                "percentage",
                "multiline",
                "no_event",
            ],
            money=[m(6 * B, "VND")],
            percentages=[20],
            locations=[district("huyện Thạnh Phú")],
            events=[],
        ),
        # A Thái Nguyên resolution on a portal with a pipe table
        h(
            n(),
            "Nghị quyết 31/2025/NQ-HĐND: chính sách hỗ trợ doanh nghiệp công nghiệp hỗ trợ Thái Nguyên 2026-2030\n| Số hiệu | 31/2025/NQ-HĐND |\n| Ngày ban hành | 09/12/2025 |\n| Ngày có hiệu lực | 01/01/2026 |\n| Cơ quan ban hành | Tỉnh Thái Nguyên |\n| Người ký | Phạm Hoàng Sơn |",
            "2025-12-15",
            "legal",
            [
                "legal_attributes",
                "pipe_table",
                "signer_label_no_role",
                "effective_date_not_decision_date",
                "multiline",
                "no_event",
            ],
            persons=[per("Phạm Hoàng Sơn", None)],
            provinces=[pv("Thái Nguyên")],
            decisions=[d("31/2025/NQ-HĐND", "2025-12-09")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Ngân sách nhà nước số 89/2025/QH15 và Luật Đầu tư số 143/2025/QH15;\nTrên cơ sở Tờ trình số 6120/TTr-UBND ngày 25/11/2025 của UBND tỉnh và Báo cáo thẩm tra số 412/BC-KTNS của Ban Kinh tế - Ngân sách HĐND tỉnh;",
            "2025-12-15",
            "legal",
            [
                "preamble",
                "law_number",
                "to_trinh_with_date",
                "report_number",
                "bare_committee_no_org",
                "multiline",
                "no_event",
            ],
            organizations=["Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"],
            decisions=[
                d("89/2025/QH15"),
                d("143/2025/QH15"),
                d("6120/TTr-UBND", "2025-11-25"),
                d("412/BC-KTNS"),
            ],
            events=[],
        ),
        h(
            n(),
            "Điều 2. Mức chi cụ thể\na) Hỗ trợ tối đa 70% chi phí đánh giá, chứng nhận sản phẩm công nghiệp hỗ trợ đạt tiêu chuẩn quốc tế, không quá 150 triệu đồng/sản phẩm;\nb) Hỗ trợ tối đa 50% chi phí thuê gian hàng tại triển lãm chuyên ngành pin và năng lượng tái tạo, không quá 80 triệu đồng/lần.",
            "2025-12-15",
            "legal",
            [
                "legal_article",
                "support_level",
                "per_unit_cap",
                "percentage",
                "lettered_items",
                "multiline",
                "no_event",
            ],
            money=[m(150 * M, "VND"), m(80 * M, "VND")],
            percentages=[70, 50],
            events=[],
        ),
        # The national programme decision and a ministry plan with its recipients
        h(
            n(),
            "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1744/QĐ-TTg | Hà Nội, ngày 30 tháng 12 năm 2025 |\nPHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ GIAI ĐOẠN 2026 - 2035",
            "2026-01-05",
            "legal",
            ["legal_header", "pipe_table", "place_date_line", "legal_title_caps", "multiline", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Hà Nội")],
            decisions=[d("1744/QĐ-TTg", "2025-12-30")],
            events=[],
        ),
        h(
            n(),
            "1. Mục tiêu tổng quát\nHuy động nguồn lực trong và ngoài nước để doanh nghiệp công nghiệp hỗ trợ tham gia sâu vào chuỗi cung ứng pin, thiết bị điện và năng lượng tái tạo.",
            "2026-01-05",
            "legal",
            ["programme_objective", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2. Mục tiêu cụ thể\na) Đến năm 2030\n- Có khoảng 2.000 doanh nghiệp đủ năng lực cung ứng trực tiếp cho các tập đoàn đa quốc gia; đào tạo khoảng 30.000 lao động kỹ thuật cho ngành.",
            "2026-01-05",
            "legal",
            ["programme_target", "dash_item", "approx", "count", "multiline", "no_event"],
            quantities=[c(2000, "doanh nghiệp", True), c(30000, "lao động kỹ thuật", True)],
            events=[],
        ),
        h(
            n(),
            "Điều 4. Kinh phí thực hiện Chương trình được bố trí từ ngân sách trung ương khoảng 1.850 tỷ đồng, cùng ngân sách địa phương và nguồn xã hội hóa.",
            "2026-01-05",
            "legal",
            ["legal_article", "programme_budget", "approx", "no_event"],
            money=[m(1850 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "BỘ CÔNG THƯƠNG\n-------\nSố: 3012/QĐ-BCT\nHà Nội, ngày 17 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH KHUYẾN CÔNG QUỐC GIA NĂM 2026\nBỘ TRƯỞNG BỘ CÔNG THƯƠNG",
            "2025-11-20",
            "legal",
            ["legal_header", "place_date_line", "legal_title_caps", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Hà Nội")],
            decisions=[d("3012/QĐ-BCT", "2025-11-17")],
            events=[],
        ),
        h(
            n(),
            "Xét đề nghị của Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công tại Tờ trình số 905/TTr-ĐMST ngày 10 tháng 11 năm 2025;",
            "2025-11-20",
            "legal",
            ["preamble", "to_trinh_with_date", "org_with_commas", "no_event"],
            organizations=["Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"],
            decisions=[d("905/TTr-ĐMST", "2025-11-10")],
            events=[],
        ),
        h(
            n(),
            "Nơi nhận:\n- Các Bộ: Tài chính, Nông nghiệp và Môi trường;\n- Phó TTgCP Nguyễn Chí Thành (để b/c);\n- Sở Công Thương các tỉnh, thành phố;\n- Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công;\n- Lưu: VT.",
            "2025-11-20",
            "legal",
            ["recipients_list", "abbreviated_role", "bare_units_no_org", "multiline", "no_event"],
            organizations=["Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"],
            persons=[per("Nguyễn Chí Thành", "Phó TTgCP")],
            events=[],
        ),
        # Committee decisions on khuyến công funds (S15)
        h(
            n(),
            "Quyết định số 17/2019/QĐ-UBND ngày 12/04/2019 ban hành Quy chế quản lý kinh phí khuyến công do tỉnh Sóc Trăng ban hành\n- Số hiệu văn bản: 17/2019/QĐ-UBND\n- Cơ quan ban hành: Tỉnh Sóc Trăng\n- Ngày ban hành: 12-04-2019\n- Ngày hết hiệu lực: 01-07-2024\n- Thời gian duy trì hiệu lực: 1907 ngày (5 năm 2 tháng 19 ngày)",
            "2019-04-12",
            "legal",
            ["legal_attributes", "dash_list", "duration_no_count", "multiline", "no_event"],
            provinces=[pv("Sóc Trăng")],
            decisions=[d("17/2019/QĐ-UBND", "2019-04-12")],
            events=[],
        ),
        h(
            n(),
            "Bãi bỏ Quyết định số 512/QĐ-UBND ngày 06/4/2011 của UBND tỉnh Yên Bái kể từ ngày Quyết định này có hiệu lực.",
            "2016-08-05",
            "legal",
            ["legal_clause", "repealed_decision", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Yên Bái"],
            provinces=[pv("Yên Bái")],
            decisions=[d("512/QĐ-UBND", "2011-04-06")],
            events=[],
        ),
        h(
            n(),
            "Trung tâm Khuyến công và Xúc tiến thương mại Yên Bái là đầu mối nhận hồ sơ đề án khuyến công và báo cáo Sở Công Thương hằng quý.",
            "2016-08-05",
            "legal",
            ["legal_clause", "bare_unit_no_org", "province_in_org_name", "no_event"],
            organizations=["Trung tâm Khuyến công và Xúc tiến thương mại Yên Bái"],
            provinces=[pv("Yên Bái")],
            events=[],
        ),
        h(
            n(),
            "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1975/QĐ-UBND |\nKhánh Hoà, ngày 09 tháng 6 năm 2022 |\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ TỈNH KHÁNH HOÀ, GIAI ĐOẠN 2022 - 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KHÁNH HOÀ",
            "2022-06-15",
            "legal",
            ["legal_header", "pipe_table", "old_tone", "issuer_line_no_name", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Khánh Hòa"],
            provinces=[pv("Khánh Hòa")],
            decisions=[d("1975/QĐ-UBND", "2022-06-09")],
            events=[],
        ),
        h(
            n(),
            "Xét Tờ trình số 1102/TTr-SCT ngày 25/5/2022 và hồ sơ kèm theo do Sở Công Thương trình;",
            "2022-06-15",
            "legal",
            ["preamble", "to_trinh_with_date", "bare_unit_no_org", "no_event"],
            decisions=[d("1102/TTr-SCT", "2022-05-25")],
            events=[],
        ),
        # English legal-database copies (S20 r1, r3)
        h(
            n(),
            "Resolution No. 141/2024/QH15 on piloting special mechanisms and policies for Da Nang\nIssuing body: National Assembly Effective date:\nOfficial number: 141/2024/QH15 Signer: Tran Quang Vinh\nType: Resolution\nIssuing date: 26/06/2024",
            "2024-07-02",
            "legal",
            [E, "legal_attributes", "signer_label_no_role", "unaccented", "multiline", "no_event"],
            organizations=["National Assembly"],
            persons=[per("Tran Quang Vinh", None)],
            provinces=[pv("Đà Nẵng")],
            decisions=[d("141/2024/QH15", "2024-06-26")],
            events=[],
        ),
        h(
            n(),
            "Accordingly, the Da Nang People's Council may grant investors in the city's chip and battery parks support of up to 100% of their training costs, above the national framework.",
            "2024-07-02",
            "legal",
            [E, "special_mechanism", "council_org", "percentage", "no_event"],
            organizations=["Da Nang People's Council"],
            provinces=[pv("Đà Nẵng")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Directive No. 11/CT-TTg of April 3, 2024 on speeding up payments of state support to supporting-industry enterprises",
            "2024-04-10",
            "legal",
            [E, "directive_title", "date_after_of", "no_event"],
            decisions=[d("11/CT-TTg", "2024-04-03")],
            events=[],
        ),
        h(
            n(),
            "To implement Resolution No. 58/NQ-CP of April 21, 2023 on key tasks to support businesses, ministries and provincial People's Committees shall review support schemes that remain unspent.",
            "2024-04-10",
            "legal",
            [E, "resolution_with_date", "bare_unit_no_org", "no_event"],
            decisions=[d("58/NQ-CP", "2023-04-21")],
            events=[],
        ),
    ]
    # --- Reference, journal, blog and document-store pages (S2 r1-r4, S4 r3-r4, S5 r1 r4, S12 r1: 9 slots) ---
    rows += [
        h(
            n(),
            "Banner trang chủ\nThứ Tư, ngày 12/03/2025\n\nPin mặt trời thải bỏ ở Việt Nam: hiện trạng và hướng quản lý\n\n18/02/2025",
            "2025-02-18",
            "ministry",
            ["journal_page", "page_furniture", "date_lines", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nam Trung Bộ nhận khoảng 5,2 kWh/m2 bức xạ mỗi ngày, mức cao nhất cả nước, theo số liệu GIZ mà bài báo trích.",
            "2025-02-18",
            "ministry",
            ["journal_abstract", "foreign_acronym_org", "unit_rate_no_money", "nfd", "no_event"],
            organizations=["GIZ"],
            events=[],
        ),
        h(
            n(),
            "Lớp tấm pin lắp trong đợt bùng nổ 2019-2020 sẽ bắt đầu hết hạn sau năm 2040.",
            "2025-02-18",
            "ministry",
            ["journal_abstract", "years_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Lê Thị Hồng Nhung\nKhoa Môi trường, Trường Đại học Tài nguyên và Môi trường Hà Nội\nEmail: lthnhung@hunre.edu.vn\n\nTóm tắt\nBài viết đánh giá chi phí tuân thủ quy định EPR của các doanh nghiệp sản xuất pin, ắc quy niêm yết và đề xuất bộ chỉ tiêu theo dõi.",
            "2024-06-05",
            "ministry",
            [
                "journal_article",
                "author_block",
                "faculty_no_org",
                "province_in_org_name",
                "email",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Thị Hồng Nhung", None)],
            organizations=["Trường Đại học Tài nguyên và Môi trường Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Summary\nThe paper builds a cost model for battery makers under Viet Nam's EPR scheme and tests it on five listed firms.",
            "2024-06-05",
            "ministry",
            [E, "journal_summary", "count_in_words", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: doanh nghiệp pin niêm yết, EPR, chi phí tuân thủ, tái chế bắt buộc",
            "2024-06-05",
            "ministry",
            ["journal_keywords", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mức đóng góp được tính theo công thức F = R × V × Fs, trong đó Fs là định mức chi phí tái chế cho mỗi kilogam pin do Thủ tướng Chính phủ ban hành; tiền nộp về Quỹ Bảo vệ môi trường Việt Nam.",
            "2023-06-20",
            "ministry",
            ["journal_article", "formula", "no_event"],
            organizations=["Thủ tướng Chính phủ", "Quỹ Bảo vệ môi trường Việt Nam"],
            events=[],
        ),
        h(
            n(),
            "Lộ trình thực hiện trách nhiệm tái chế:\n- Từ 2024: pin, ắc quy, săm lốp, dầu nhớt;\n- Từ 2025: thiết bị điện - điện tử, kể cả tấm quang điện;\n- Từ 2027: phương tiện giao thông.",
            "2023-06-20",
            "ministry",
            ["journal_article", "dash_list", "years_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Vỏ nhựa và chì trong bình cũ có thể quay lại dây chuyền làm bình mới, theo Hội đồng Ắc quy Quốc tế (BCI) của Mỹ; ở Việt Nam, quy định EPR đặt mức tái chế tối thiểu 12% cho ba năm đầu.",
            "2025-05-24",
            "ministry",
            ["blog", "percentage", "acronym_bracket", "count_in_words", "no_event"],
            organizations=["Hội đồng Ắc quy Quốc tế"],
            percentages=[12],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Ở Mỹ, chủ xe có thể trả bình cũ tại khoảng 280.000 điểm nhận, từ cửa hàng phụ tùng tới bãi phế liệu.",
            "2025-05-24",
            "ministry",
            ["blog", "approx", "count", "no_event"],
            quantities=[c(280000, "điểm nhận", True)],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Tải bản đầy đủ (.pdf) (12 trang)\n\nGiáo trình xử lý chất thải nguy hại - Chương 5\n\nCƠNG TY MƠI TRƯỜNG LÁ XANH\nTel: (028) 3845 6120\nTHS: Trần Văn Lộc",
            "2012-03-14",
            "ministry",
            [
                "document_store",
                "mojibake",
                "caps_firm",
                "page_count_no_count",
                "degree_no_role",
                "multiline",
                "no_event",
            ],
            firms=[f("Môi trường Lá Xanh", "Công ty")],
            persons=[per("Trần Văn Lộc", None)],
            events=[],
        ),
        h(
            n(),
            "Quy mô ngành lưu trữ năng lượng bằng pin toàn cầu có thể chạm mốc 120 tỷ USD vào năm 2033, theo dự báo được dẫn trong bài.",
            "2025-09-22",
            "ministry",
            ["explainer", "forecast", "approx", "no_event"],
            money=[m(120 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Trạm lưu trữ 200 MWh cạnh một trang trại điện mặt trời ở bang Nevada (Mỹ). Ảnh: Reuters",
            "2025-09-22",
            "ministry",
            ["caption", "agency_credit", "capacity_no_count", "no_event"],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Từ khóa: lưu trữ năng lượng dưới dạng dịch vụ, khu công nghiệp, IRR, giá điện hai thành phần.\n\nGiá pin lithium-ion đã giảm còn khoảng 115 USD/kWh năm 2024, theo số liệu nhóm tác giả dẫn lại.",
            "2025-07-03",
            "ministry",
            ["journal_keywords", "per_unit_money", "approx", "multiline", "no_event"],
            money=[m(115, "USD", "kWh", True)],
            events=[],
        ),
    ]
    # --- Vietnamese news and features (S1 r2, S3 r1-r4, S5 r3, S6 r3-r4, S8 r4, S13 r1 r2 r4, S14 r2 r4: 15 slots) ---
    rows += [
        # A US maker's abandoned HCMC plant (S1 r2)
        h(
            n(),
            "Nhà máy của Tập đoàn SunCrest (Mỹ) ở KCN Tân Phú Trung từng được kỳ vọng lớn: lễ khởi công diễn ra tháng 4-2012, vốn cam kết tới 900 triệu USD cho hai giai đoạn. Chỉ sáu tháng sau, tập đoàn dừng rót vốn.",
            "2014-09-03",
            "provincial",
            ["recalled_groundbreaking", "month_no_day", "country_bracket", "duration_no_count", "no_event"],
            firms=[f("SunCrest", "Tập đoàn")],
            money=[m(900 * M, "USD")],
            locations=[country("Mỹ"), park("Khu công nghiệp Tân Phú Trung")],
            deals=[deal("groundbreaking", ["SunCrest"], 900 * M)],
            events=[],
        ),
        h(
            n(),
            "Đến nay, khu nhà xưởng 96.000 m2 mà SunCrest dựng xong từ tháng 8-2013 vẫn đang chờ người mua.\n\nTheo MINH KHA (TN)",
            "2014-09-03",
            "provincial",
            ["sale_offer_no_deal", "m2_to_ha", "byline_caps", "paper_code", "multiline", "no_event"],
            firms=[f("SunCrest")],
            persons=[per("Minh Kha", None)],
            areas=[ha(9.6)],
            events=[],
        ),
        # A lithium cell plant approved in Nghệ An (S3 r1)
        h(
            n(),
            "Nhà máy cell pin hơn 5.000 tỷ đồng của Ánh Dương được duyệt chủ trương\n\nTheo Ban Quản lý KKT Đông Nam, tỉnh Nghệ An đã đồng ý chủ trương cho Công ty CP Pin Ánh Dương, đơn vị của Tập đoàn Ánh Dương, làm nhà máy cell pin lithium trong Khu kinh tế Đông Nam.",
            "2023-05-16",
            "provincial",
            [
                "headline_lead",
                "headline_amount",
                "licence",
                "province_as_grantor",
                "short_name_reused",
                "parent_group_mention",
                "zone",
                "approx",
                "multiline",
            ],
            firms=[f("Ánh Dương", "Tập đoàn"), f("Pin Ánh Dương", "Công ty CP")],
            organizations=["Ban Quản lý Khu kinh tế Đông Nam"],
            provinces=[pv("Nghệ An")],
            money=[m(5000 * B, "VND", approx=True)],
            locations=[zone("Khu kinh tế Đông Nam")],
            deals=[deal("investment", ["Pin Ánh Dương"], 5000 * B, NA)],
            events=[
                ev(
                    "investment_licence",
                    [G("tỉnh Nghệ An"), F("Pin Ánh Dương")],
                    5000 * B,
                    "VND",
                    NA,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Trong hơn 5.200 tỷ đồng vốn dự án, chủ đầu tư tự góp khoảng 2.100 tỷ; khu đất được giao rộng hơn 16 ha.",
            "2023-05-16",
            "provincial",
            ["project_terms", "no_firm", "area", "approx", "nfd", "no_event"],
            money=[m(5200 * B, "VND", approx=True), m(2100 * B, "VND", approx=True)],
            areas=[ha(16, True)],
            events=[],
        ),
        h(
            n(),
            "Mỗi năm nhà máy dự kiến ra lò khoảng 24 triệu cell LFP (4 GWh), chủ yếu cho ô tô điện và tủ lưu trữ điện năng.",
            "2023-05-16",
            "provincial",
            ["capacity_no_count", "output_no_count", "no_event"],
            events=[],
        ),
        # A joint cell plant broken ground in Quảng Trị (S3 r3)
        h(
            n(),
            "Nhà máy liên doanh cell pin LFP giữa Công ty CP Năng lượng Trường Sơn và Công ty Qinghe Battery, Inc. đã được động thổ sáng 22/10 tại Khu kinh tế Đông Nam Quảng Trị; Qinghe Battery là thành viên của một tập đoàn pin Trung Quốc.",
            "2025-10-23",
            "provincial",
            [
                "joint_groundbreaking",
                "passive_start",
                "foreign_legal_form",
                "short_name_reused",
                "province_in_zone_name",
                "country_adjective",
                "deal_date",
            ],
            firms=[f("Năng lượng Trường Sơn", "Công ty CP"), f("Qinghe Battery", "Inc.")],
            provinces=[pv("Quảng Trị")],
            locations=[zone("Khu kinh tế Đông Nam Quảng Trị"), country("Trung Quốc")],
            deals=[
                deal("groundbreaking", ["Năng lượng Trường Sơn"], None, QT, "2025-10-22"),
                deal("groundbreaking", ["Qinghe Battery"], None, QT, "2025-10-22"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Năng lượng Trường Sơn"), F("Qinghe Battery")],
                    None,
                    None,
                    QT,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy rộng 15 ha, vốn khoảng 280 triệu USD (gần 6.900 tỷ đồng), sẽ làm 6 GWh cell mỗi năm.",
            "2025-10-23",
            "provincial",
            ["project_terms", "no_firm", "approx", "area", "capacity_no_count", "no_event"],
            money=[m(6900 * B, "VND", approx=True), m(280 * M, "USD", approx=True)],
            areas=[ha(15)],
            events=[],
        ),
        h(
            n(),
            "Tổng giám đốc Năng lượng Trường Sơn Phan Thu Hà hứa đưa dây chuyền đầu tiên vào chạy thử cuối năm 2026. (Ảnh: Quốc Việt)",
            "2025-10-23",
            "provincial",
            ["caption", "role_before_name", "firm_in_role", "photo_credit_person", "no_event"],
            persons=[per("Phan Thu Hà", "Tổng giám đốc Năng lượng Trường Sơn"), per("Quốc Việt", None)],
            firms=[f("Năng lượng Trường Sơn")],
            events=[],
        ),
        h(
            n(),
            "Dự lễ có Bí thư Tỉnh ủy Đào Văn Lực, Chủ tịch UBND tỉnh Hồ Sĩ Khang cùng lãnh đạo các sở, ngành.",
            "2025-10-23",
            "provincial",
            ["attendee_list", "role_before_name", "attendees_no_party", "nfd", "no_event"],
            persons=[per("Đào Văn Lực", "Bí thư Tỉnh ủy"), per("Hồ Sĩ Khang", "Chủ tịch UBND tỉnh")],
            events=[],
        ),
        h(
            n(),
            "Ông Zhou Ming, Chủ tịch Qinghe Battery, nói phần lớn cell làm ra sẽ đi thẳng vào dây chuyền pack pin của đối tác Việt Nam bên cạnh.",
            "2025-10-23",
            "provincial",
            ["person_role_after", "internal_supply_no_deal", "no_event"],
            persons=[per("Zhou Ming", "Chủ tịch Qinghe Battery")],
            firms=[f("Qinghe Battery")],
            events=[],
        ),
        # A US storage maker's plant in China (S3 r2), the big carmakers (S3 r4)
        h(
            n(),
            "Hãng lưu trữ năng lượng Voltaris (Mỹ) chọn Thiên Tân (Trung Quốc) cho nhà máy pin mới; khoản đầu tư 3,1 tỷ Nhân dân tệ, xấp xỉ 430 triệu USD, sẽ giải ngân đến năm 2028.",
            "2025-08-28",
            "ministry",
            ["announced_investment", "abroad_no_province", "cny", "approx", "country_bracket"],
            firms=[f("Voltaris")],
            money=[m(3.1 * B, "CNY"), m(430 * M, "USD", approx=True)],
            locations=[country("Mỹ"), country("Trung Quốc")],
            deals=[deal("investment", ["Voltaris"], 3.1 * B)],
            events=[ev("investment_announcement", [F("Voltaris")], 3.1 * B, "CNY", None, "announced")],
        ),
        h(
            n(),
            "Ảnh minh họa do AI tạo.",
            "2025-08-28",
            "ministry",
            ["caption", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Từ Panasonic, Hyundai đến BMW, hãng nào cũng đang rót hàng tỷ USD vào nhà máy pin riêng.",
            "2021-03-15",
            "ministry",
            ["brand_list", "vague_amount", "generic_no_deal", "no_event"],
            firms=[f("Panasonic"), f("Hyundai"), f("BMW")],
            events=[],
        ),
        # The EPR decree draft (S5 r3)
        h(
            n(),
            "Một nghị định riêng về EPR, gom các quy định đang nằm rải rác, đang được Bộ Nông nghiệp và Môi trường hoàn thiện; tỷ lệ tái chế bắt buộc sẽ được xem lại 5 năm một lần.",
            "2025-08-18",
            "ministry",
            ["draft_decree", "duration_no_count", "no_event"],
            organizations=["Bộ Nông nghiệp và Môi trường"],
            events=[],
        ),
        h(
            n(),
            "Hàng gia công cho nhiều nhãn hay nhập qua bên ủy thác sẽ có quy tắc riêng về bên phải nộp tiền tái chế, tùy thoả thuận giữa các bên.",
            "2025-08-18",
            "ministry",
            ["draft_decree", "old_tone", "no_event"],
            events=[],
        ),
        # US trade remedies on solar cells (S6 r3-r4)
        h(
            n(),
            "Biên độ thuế chống bán phá giá mà DOC đưa ra cho hàng Việt Nam: thấp nhất 48,7%, cao nhất 112,4%, tùy doanh nghiệp.",
            "2025-04-24",
            "ministry",
            ["trade_remedy", "bare_acronym_org", "percentage", "no_event"],
            organizations=["DOC"],
            percentages=[48.7, 112.4],
            events=[],
        ),
        h(
            n(),
            "Tấm pin Việt Nam từng là nguồn nhập lớn nhất của Mỹ trong nhóm bốn nước, với khoảng 3,7 tỷ USD năm 2024.",
            "2025-04-24",
            "ministry",
            ["statistics", "approx", "count_in_words", "home_country_no_location", "no_event"],
            money=[m(3.7 * B, "USD", approx=True)],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "Ảnh minh hoạ. Nguồn: Internet",
            "2025-04-24",
            "ministry",
            ["caption", "old_tone", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ấn Độ điều tra tự vệ với kính năng lượng mặt trời Doanh nghiệp pin cần làm gì trước nguy cơ bị kiện chống lẩn tránh thuế",
            "2025-04-24",
            "ministry",
            ["related_headlines", "glued_headlines", "no_event"],
            locations=[country("Ấn Độ")],
            events=[],
        ),
        h(
            n(),
            "Lệnh miễn thuế 24 tháng mà Nhà Trắng đưa ra năm 2022 cho tấm pin từ Campuchia, Malaysia, Thái Lan và Việt Nam đã hết hạn vào tháng 6/2024.",
            "2024-07-02",
            "ministry",
            ["trade_remedy", "country_list", "duration_no_count", "no_event"],
            locations=[country("Campuchia"), country("Malaysia"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Cục Phòng vệ thương mại (Bộ Công Thương) khuyến nghị nhà xuất khẩu lưu đủ chứng từ nguồn gốc tế bào quang điện để trả lời bảng câu hỏi đúng hạn.",
            "2024-07-02",
            "ministry",
            ["agency_advice", "parent_in_brackets", "no_event"],
            organizations=["Cục Phòng vệ thương mại", "Bộ Công Thương"],
            events=[],
        ),
        # A council committee's supervision visit (S8 r4)
        h(
            n(),
            "Đoàn giám sát của Ban Kinh tế - Ngân sách HĐND tỉnh do Phó chủ tịch HĐND tỉnh Trần Văn Khải dẫn đầu đã làm việc với UBND huyện Trảng Bom chiều 15-10, tập trung vào các khoản hỗ trợ doanh nghiệp công nghiệp hỗ trợ chưa giải ngân.",
            "2025-10-16",
            "provincial",
            ["supervision_no_deal", "role_before_name", "district", "date_dash", "no_event"],
            persons=[per("Trần Văn Khải", "Phó chủ tịch HĐND tỉnh")],
            organizations=[
                "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh",
                "Ủy ban nhân dân huyện Trảng Bom",
            ],
            locations=[district("huyện Trảng Bom")],
            events=[],
        ),
        h(
            n(),
            "Thực hiện: Hồng Nhung - Minh Tuấn\nNguồn: BĐN",
            "2025-10-16",
            "provincial",
            ["byline_pair", "source_code", "multiline", "no_event"],
            persons=[per("Hồng Nhung", None), per("Minh Tuấn", None)],
            events=[],
        ),
        h(
            n(),
            "![[Infographic] Con số và sự kiện ngày 16-10-2025](/file/8a1c/102025/info_20251016.png?width=400&height=-&type=resize)",
            "2025-10-16",
            "provincial",
            ["markdown_image", "junk_line", "no_event"],
            events=[],
        ),
        # A Thái Nguyên wafer plant's capital increase told three ways (S13 r1, r2, r4)
        h(
            n(),
            "Công ty TNHH Quang Điện Thiên Hợp Việt Nam vừa nhận giấy chứng nhận đăng ký đầu tư điều chỉnh từ Ban Quản lý các KCN tỉnh Thái Nguyên cho dự án wafer và tế bào quang điện ở KCN Điềm Thụy.",
            "2024-11-16",
            "provincial",
            ["licence", "capital_increase_amount_next_row", "grantor_after_verb", "vietnam_dropped"],
            firms=[f("Quang Điện Thiên Hợp", "Công ty TNHH")],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            locations=[park("Khu công nghiệp Điềm Thụy")],
            deals=[deal("investment", ["Quang Điện Thiên Hợp"], None, TN)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Thái Nguyên"), F("Quang Điện Thiên Hợp")],
                    None,
                    None,
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Một góc nhà máy Thiên Hợp ở KCN Điềm Thụy (Phú Bình). |",
            "2024-11-16",
            "provincial",
            ["caption", "short_name_alone", "bare_place_no_location", "table_pipe", "no_event"],
            firms=[f("Thiên Hợp")],
            locations=[park("Khu công nghiệp Điềm Thụy")],
            events=[],
        ),
        h(
            n(),
            "Với lần điều chỉnh này, vốn dự án tăng thêm 265 triệu USD; nhà máy chiếm hơn 180 nghìn m2 đất.",
            "2024-11-16",
            "provincial",
            ["split_row_no_firm", "m2_to_ha", "approx", "nfd", "no_event"],
            money=[m(265 * M, "USD")],
            areas=[ha(18, True)],
            events=[],
        ),
        h(
            n(),
            "Chưa dự án FDI nào ở Thái Nguyên được nâng vốn nhiều như vậy trong năm 2024.",
            "2024-11-16",
            "provincial",
            ["ranking_no_deal", "no_event"],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "742 triệu USD là tổng vốn ba dự án của Tập đoàn Thiên Hợp (Trung Quốc) ở Thái Nguyên sau lần điều chỉnh này.",
            "2024-11-16",
            "provincial",
            ["amount_first", "cumulative_total_no_event", "count_in_words", "country_bracket", "no_event"],
            firms=[f("Thiên Hợp", "Tập đoàn")],
            provinces=[pv("Thái Nguyên")],
            money=[m(742 * M, "USD")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Theo Báo Công Thương\nCÓ THỂ BẠN QUAN TÂM\nNhiều văn bản hướng dẫn chồng chéo, doanh nghiệp khó áp dụng",
            "2024-11-16",
            "provincial",
            ["source_line", "related_links", "newspaper_no_org", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Phần vốn Thiên Hợp bơm thêm – 265 triệu USD, gần 6.150 tỷ đồng – đưa tổng vốn dự án lên 9.870 tỷ đồng (khoảng 420 triệu USD).",
            "2024-11-17",
            "provincial",
            ["split_row", "increase_not_total", "short_name_alone", "approx", "no_site"],
            firms=[f("Thiên Hợp")],
            money=[
                m(9870 * B, "VND"),
                m(420 * M, "USD", approx=True),
                m(265 * M, "USD"),
                m(6150 * B, "VND", approx=True),
            ],
            deals=[deal("investment", ["Thiên Hợp"], 265 * M)],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư có hai năm để góp đủ phần vốn tăng thêm.",
            "2024-11-17",
            "provincial",
            ["duration_in_words", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ba dòng sản phẩm của nhà máy 20 ha – thỏi silic, wafer và cell – đều hướng tới công suất vài GW mỗi năm.",
            "2024-11-17",
            "provincial",
            ["area", "vague_capacity", "count_in_words", "no_event"],
            areas=[ha(20)],
            events=[],
        ),
        h(
            n(),
            "Thiên Hợp báo doanh thu 58,1 tỷ CNY năm 2023; tài sản của tập đoàn cuối quý III/2024 vào khoảng 64,3 tỷ CNY, hơn 9 tỷ USD.",
            "2024-11-17",
            "provincial",
            ["company_profile", "cny", "approx", "no_event"],
            firms=[f("Thiên Hợp")],
            money=[m(58.1 * B, "CNY"), m(64.3 * B, "CNY", approx=True), m(9 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Phạm Hưng\n\nDự án wafer ở Thái Nguyên được nâng vốn thêm hơn 6 nghìn tỷ\n\nGiấy chứng nhận điều chỉnh lần thứ hai được Ban Quản lý các KCN Thái Nguyên trao cho Công ty TNHH Quang Điện Thiên Hợp Việt Nam ngày 14/11/2024, cho dự án tại KCN Điềm Thụy.",
            "2024-11-18",
            "provincial",
            [
                "byline",
                "headline_lead",
                "headline_amount",
                "licence",
                "nghin_ty",
                "approx",
                "deal_date",
                "multiline",
            ],
            persons=[per("Phạm Hưng", None)],
            firms=[f("Quang Điện Thiên Hợp", "Công ty TNHH")],
            organizations=["Ban Quản lý các Khu công nghiệp Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            money=[m(6000 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Điềm Thụy")],
            deals=[deal("investment", ["Quang Điện Thiên Hợp"], 6000 * B, TN, "2024-11-14")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN Thái Nguyên"), F("Quang Điện Thiên Hợp")],
                    6000 * B,
                    "VND",
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "88 dự án với 1.612,5 triệu USD vốn đăng ký là kết quả thu hút FDI của tỉnh sau 10 tháng, gấp 4,1 lần cùng kỳ; riêng 20 ngày đầu tháng 11 có thêm 7 dự án mới, 96,4 triệu USD.",
            "2024-11-18",
            "provincial",
            ["round_total_no_event", "cumulative_total_no_event", "count", "nfd", "no_event"],
            money=[m(1612.5 * M, "USD"), m(96.4 * M, "USD")],
            quantities=[c(88, "dự án"), c(7, "dự án")],
            events=[],
        ),
        # EV battery recycling features (S14 r2, r4)
        h(
            n(),
            "HÀ NỘI (Sputnik) – Xe điện bán ngày càng chạy, nhưng câu hỏi ai sẽ thu hồi pin hết đời vẫn chưa có lời đáp ở Việt Nam, nơi chưa có nhà máy tái chế pin lithium-ion nào.",
            "2023-11-09",
            "ministry",
            ["dateline_caps", "agency_in_brackets", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Số xe máy điện lưu hành đã vào khoảng 2,4 triệu chiếc, ô tô điện gần 30 nghìn chiếc, theo số liệu cuối năm 2023.",
            "2023-11-09",
            "ministry",
            ["statistics", "approx", "count", "nfd", "no_event"],
            quantities=[c(2_400_000, "chiếc", True), c(30000, "chiếc", True)],
            events=[],
        ),
        h(
            n(),
            "PGS.TS Ngô Thị Hạnh, Viện trưởng Viện Sinh thái và Phát triển bền vững, cho rằng cần sớm có tiêu chuẩn riêng cho việc tháo dỡ và tái chế pin xe điện.",
            "2023-11-09",
            "ministry",
            ["person_role_after", "degree_no_role", "no_event"],
            persons=[per("Ngô Thị Hạnh", "Viện trưởng Viện Sinh thái và Phát triển bền vững")],
            organizations=["Viện Sinh thái và Phát triển bền vững"],
            events=[],
        ),
        h(
            n(),
            "A.B (Theo Bloomberg)\n\nPin cũ, mỏ vàng mới của ngành ô tô điện\nThị trường pin lithium-ion có thể đạt 89 tỷ USD năm 2026, gấp đôi mức 41,5 tỷ USD năm 2021, phần lớn nhờ ô tô điện.",
            "2021-09-30",
            "ministry",
            ["initials_no_person", "wire_source", "headline_lead", "forecast", "multiline", "no_event"],
            money=[m(89 * B, "USD"), m(41.5 * B, "USD")],
            events=[],
        ),
        # Council budgets for supporting industry (S8 r3, S16 r4 leads; S20 r4's budget line)
        h(
            n(),
            "HĐND tỉnh Bắc Ninh dành 60 tỷ đồng cho công nghiệp hỗ trợ\nChiều 9/12, Kỳ họp thứ 31 HĐND tỉnh khóa XIX thông qua nghị quyết về chính sách phát triển công nghiệp hỗ trợ giai đoạn 2026-2030, với tổng kinh phí 60 tỷ đồng từ ngân sách tỉnh.",
            "2025-12-10",
            "provincial",
            [
                "headline_lead",
                "council_budget",
                "amount_repeated",
                "ordinal_not_count",
                "multiline",
                "no_event",
            ],
            organizations=["Hội đồng nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            money=[m(60 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Theo nghị quyết, doanh nghiệp làm linh kiện pin, tấm quang điện và thiết bị lưu trữ được hỗ trợ tối đa 500 triệu đồng để thay mới máy móc.",
            "2025-12-10",
            "provincial",
            ["support_level", "cap_not_approx", "no_event"],
            money=[m(500 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "Phó Chủ tịch Thường trực HĐND tỉnh Nguyễn Thị Thu Hà đề nghị UBND tỉnh sớm ban hành hướng dẫn để giải ngân ngay từ quý I/2026.",
            "2025-12-10",
            "provincial",
            ["role_before_name", "bare_units_no_org", "request_no_deal", "nfd", "no_event"],
            persons=[per("Nguyễn Thị Thu Hà", "Phó Chủ tịch Thường trực HĐND tỉnh")],
            events=[],
        ),
        h(
            n(),
            "Năm 2025, ngân sách tỉnh Hà Tĩnh đã chi 18,6 tỷ đồng hỗ trợ 41 cơ sở công nghiệp nông thôn mua máy móc, cao gấp đôi năm trước.",
            "2025-12-22",
            "provincial",
            ["khuyen_cong_no_deal", "count", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            money=[m(18.6 * B, "VND")],
            quantities=[c(41, "cơ sở công nghiệp nông thôn")],
            events=[],
        ),
    ]
    # --- English pages (S17 r1-r4, S19 r1-r4, S20 r2 r4: 10 slots; S18 and S20 r1 r3 are above) ---
    rows += [
        h(
            n(),
            "Construction is under way on Solaria Thin Film's $250 million module plant at Trang Due Industrial Park in Hai Phong, the US-based company said, with three production lines planned.",
            "2024-03-21",
            "ministry",
            [
                E,
                "groundbreaking",
                "possessive_firm",
                "country_based",
                "english_park_no_location",
                "count_in_words",
            ],
            firms=[f("Solaria Thin Film")],
            provinces=[pv("Hải Phòng")],
            money=[m(250 * M, "USD")],
            locations=[country("US")],
            deals=[deal("groundbreaking", ["Solaria Thin Film"], 250 * M, HP)],
            events=[ev("groundbreaking", [F("Solaria Thin Film")], 250 * M, "USD", HP, "started")],
        ),
        h(
            n(),
            "Reader gifts fund this newsroom. Give now.",
            "2024-03-21",
            "ministry",
            [E, "donation_blurb", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bac Ninh province has its ninth working solar plant after Sunvale Energy (Vietnam) switched on a $120 million cell line at Yen Phong II-C Industrial Park on March 3.",
            "2024-03-05",
            "provincial",
            [
                E,
                "inauguration_with_capital",
                "vietnam_bracket_dropped",
                "ordinal_not_count",
                "unaccented",
                "deal_date",
            ],
            firms=[f("Sunvale Energy")],
            provinces=[pv("Bắc Ninh")],
            money=[m(120 * M, "USD")],
            deals=[deal("investment", ["Sunvale Energy"], 120 * M, BN, "2024-03-03")],
            events=[ev("inauguration", [F("Sunvale Energy")], 120 * M, "USD", BN, "completed")],
        ),
        h(
            n(),
            "Registered capital in the province's 11 solar projects now totals US$910 million.",
            "2024-03-05",
            "provincial",
            [E, "cumulative_total_no_event", "count", "no_event"],
            money=[m(910 * M, "USD")],
            quantities=[c(11, "solar projects")],
            events=[],
        ),
        h(
            n(),
            "Workers test cells on the new line (source: VNA)\nvietnam news ( Thu Ha )",
            "2024-03-05",
            "provincial",
            [E, "caption", "agency_credit", "byline_in_brackets", "multiline", "no_event"],
            persons=[per("Thu Ha", None)],
            events=[],
        ),
        h(
            n(),
            "Provincial leaders promised faster customs clearance for the plant's equipment, said Nguyen Huu Thanh, Chairman of the Bac Ninh People's Committee.",
            "2024-03-05",
            "provincial",
            [E, "person_role_after", "province_in_org_name", "no_event"],
            persons=[per("Nguyen Huu Thanh", "Chairman of the Bac Ninh People's Committee")],
            organizations=["Bac Ninh People's Committee"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "A $280 million investment agreement for a 3GW cell and module complex was signed on Monday between Lumigen PV and the Thai Nguyen Industrial Zones Authority.",
            "2021-01-20",
            "ministry",
            [E, "investment_agreement", "mou", "authority_party", "object_first", "capacity_no_count"],
            firms=[f("Lumigen PV")],
            organizations=["Thai Nguyen Industrial Zones Authority"],
            provinces=[pv("Thái Nguyên")],
            money=[m(280 * M, "USD")],
            deals=[deal("investment", ["Lumigen PV"], 280 * M, TN)],
            events=[
                ev(
                    "mou",
                    [G("Thai Nguyen Industrial Zones Authority"), F("Lumigen PV")],
                    280 * M,
                    "USD",
                    TN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Lumigen expects about $1.1 billion a year in sales from the site and some 1,800 hires once both phases run.",
            "2021-01-20",
            "ministry",
            [E, "project_terms", "short_name_alone", "per_year", "approx", "count", "no_event"],
            firms=[f("Lumigen")],
            money=[m(1.1 * B, "USD", "year", True)],
            quantities=[c(1800, "hires", True)],
            events=[],
        ),
        h(
            n(),
            "Cells will take 85,000 square metres of the plot and modules another 72,400.",
            "2021-01-20",
            "ministry",
            [E, "m2_to_ha", "two_areas", "no_event"],
            areas=[ha(8.5), ha(7.24)],
            events=[],
        ),
        h(
            n(),
            '"Our Thai Nguyen base will anchor the whole chain, from cells to logistics," the company said in a statement.',
            "2021-01-20",
            "ministry",
            [E, "quote_first", "unaccented", "no_event"],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Why the big module makers keep building in Vietnam\nCheap land near ports and a fast-growing home market for solar and wind are pulling in panel makers from the US, Canada and China.",
            "2024-05-06",
            "ministry",
            [E, "headline_lead", "home_country_no_location", "country_list", "multiline", "no_event"],
            locations=[country("US"), country("Canada"), country("China")],
            events=[],
        ),
        h(
            n(),
            "Zhenguang Solar, a Hangzhou-based group with 10 factories worldwide, makes wafers and cells in Vietnam at Dong Mai Industrial Park in Quang Ninh province, a park run by a Thai developer.",
            "2024-05-06",
            "ministry",
            [
                E,
                "city_based_no_country",
                "count",
                "adjective_no_country",
                "english_park_no_location",
                "no_event",
            ],
            firms=[f("Zhenguang Solar")],
            provinces=[pv("Quảng Ninh")],
            quantities=[c(10, "factories")],
            events=[],
        ),
        h(
            n(),
            "Its $410 million cell factory gets ingots from a $290 million plant next door, on which Zhenguang broke ground last October.",
            "2024-05-06",
            "ministry",
            [E, "recalled_groundbreaking", "recalled_investment", "short_name_alone", "no_site", "no_event"],
            firms=[f("Zhenguang")],
            money=[m(410 * M, "USD"), m(290 * M, "USD")],
            deals=[
                deal("investment", ["Zhenguang"], 410 * M),
                deal("groundbreaking", ["Zhenguang"], 290 * M),
            ],
            events=[],
        ),
        h(
            n(),
            "First ingots left the 18-hectare site in February, well ahead of the original timetable.",
            "2024-05-06",
            "ministry",
            [E, "first_output_no_firm", "area", "no_event"],
            areas=[ha(18)],
            events=[],
        ),
        h(
            n(),
            "Rooftop panels on a Hoang Son Group warehouse in Ninh Thuan. Photo courtesy of Hoang Son Group.",
            "2024-05-06",
            "ministry",
            [E, "caption", "group_in_name", "firm_credit", "unaccented", "no_event"],
            firms=[f("Hoang Son Group")],
            provinces=[pv("Ninh Thuận")],
            events=[],
        ),
        h(
            n(),
            "Chen Hao, CEO of Zhenguang Solar (Vietnam) Industries Co., credited the province with fast work permits for more than 600 engineers from China.",
            "2024-05-06",
            "ministry",
            [
                E,
                "person_role_after",
                "vietnam_bracket_dropped",
                "foreign_legal_form",
                "approx",
                "count",
                "no_event",
            ],
            persons=[per("Chen Hao", "CEO of Zhenguang Solar (Vietnam) Industries Co.")],
            firms=[f("Zhenguang Solar Industries", "Co.")],
            quantities=[c(600, "engineers", True)],
            locations=[country("China")],
            events=[],
        ),
        h(
            n(),
            "GIZ's study with local consultants ends with two lists: 14 recommendations for an EPR scheme covering PV modules, and a shorter set for the rules already in force.",
            "2023-08-14",
            "ministry",
            [E, "study_summary", "foreign_acronym_org", "count", "count_in_words", "no_event"],
            organizations=["GIZ"],
            quantities=[c(14, "recommendations")],
            events=[],
        ),
        h(
            n(),
            "Source: Vietnam Renewable Energy Association – Policy options for PV module waste",
            "2023-08-14",
            "ministry",
            [E, "source_line", "org_in_source", "no_event"],
            organizations=["Vietnam Renewable Energy Association"],
            events=[],
        ),
        h(
            n(),
            "published on 9th March 2022\n\nRooftop solar took off fastest: some 105,000 systems, about 9,580 MWp in all, were on roofs by end-2021, industry data show.",
            "2022-03-09",
            "ministry",
            [E, "law_firm_insight", "approx", "count", "capacity_no_count", "multiline", "no_event"],
            quantities=[c(105000, "systems", True)],
            events=[],
        ),
        h(
            n(),
            "Panel recycling duties took effect on 1 January 2024 under the timetable in Decree No. 08/2022/ND-CP, though technical guidance on treatment is still pending.",
            "2022-03-09",
            "ministry",
            [E, "decree_nd_cp", "effective_date_not_decision_date", "no_event"],
            decisions=[d("08/2022/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Expired panels are covered in principle by the draft Law on Electricity (amended), the Ministry of Industry and Trade replied, but detailed rules would come in later guidance.",
            "2024-10-28",
            "ministry",
            [E, "ministry_reply", "law_title_no_number", "no_event"],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
        h(
            n(),
            "(Economic Committee Report No. 3104/BC-UBKT15, dated October 9, 2024)",
            "2024-10-28",
            "ministry",
            [E, "report_number", "date_after_dated", "no_event"],
            organizations=["Economic Committee"],
            decisions=[d("3104/BC-UBKT15", "2024-10-09")],
            events=[],
        ),
        h(
            n(),
            "Solar farms in Ninh Thuan could leave thousands of tonnes of panel waste after 2035. Photo: Minh Chau.",
            "2024-10-28",
            "ministry",
            [E, "caption", "photo_credit_person", "vague_quantity", "unaccented", "no_event"],
            persons=[per("Minh Chau", None)],
            provinces=[pv("Ninh Thuận")],
            events=[],
        ),
        h(
            n(),
            "DNUM_CAZBAZCABB 09:12\nThe Finance and Budget Committee met in full session to review the budget estimates before sending them on.",
            "2011-10-12",
            "ministry",
            [E, "machine_translation", "junk_token", "multiline", "no_event"],
            organizations=["Finance and Budget Committee"],
            events=[],
        ),
        h(
            n(),
            "Growth of 6.9 per cent a year fell short of the target set in Resolution No. 142/2006/QH11, the committee noted.",
            "2011-10-12",
            "ministry",
            [E, "machine_translation", "resolution_number", "percentage", "no_event"],
            decisions=[d("142/2006/QH11")],
            percentages=[6.9],
            events=[],
        ),
        h(
            n(),
            "Thai Nguyen and Lang Son will each get 80 billion VND from the central budget reserve for flood repairs under a dispatch signed on October 2 by Deputy Prime Minister Le Thanh Binh.",
            "2024-10-03",
            "ministry",
            [
                E,
                "role_before_name",
                "budget_support_no_deal",
                "unaccented",
                "no_event",
            ],
            persons=[per("Le Thanh Binh", "Deputy Prime Minister")],
            provinces=[pv("Thái Nguyên"), pv("Lạng Sơn")],
            money=[m(80 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "PHAN MINH\nSource: https://www.sggp.org.vn/thu-tuong-bieu-duong-post761204.html\nComment (0)",
            "2024-10-03",
            "ministry",
            [E, "byline_caps", "source_url", "comment_count", "multiline", "no_event"],
            persons=[per("Phan Minh", None)],
            events=[],
        ),
        h(
            n(),
            "The Bac Giang People's Council has earmarked VND45 billion for the province's supporting industry programme in 2026-2030, with grants of up to VND500 million per firm for quality certification.",
            "2025-07-18",
            "provincial",
            [E, "council_budget", "support_level", "old_province", "unaccented", "no_event"],
            organizations=["Bac Giang People's Council"],
            provinces=[pv("Bắc Giang")],
            money=[m(45 * B, "VND"), m(500 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "The pilot runs for five years from August 1, 2024, the resolution says.",
            "2024-07-02",
            "legal",
            [E, "special_mechanism", "duration_no_count", "no_event"],
            events=[],
        ),
    ]
    return rows
