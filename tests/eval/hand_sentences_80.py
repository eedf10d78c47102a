# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 80 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; none skipped; nothing used from
rank 5 or lower: one drafted row whose shape came only from a rank-6 result was dropped and one clause and one document
number seen only at rank 5 were taken out, see below), on the brief's theme: legal texts and government decisions on
industry themselves, nationwide: provincial supporting-industry programmes and plans, incentive and support decisions
and council resolutions, decisions establishing or expanding industrial parks and clusters, investment-policy approvals
(chấp thuận chủ trương đầu tư) naming the investor, and the news reports about them. Written and annotated for every
field BEFORE any tagger was run on them, without reading the tagger code, data, tests or notes. Searches (16 Vietnamese,
4 English): S1 "quyết định phê duyệt chương trình phát triển công nghiệp hỗ trợ tỉnh giai đoạn 2021-2025 UBND", S2 "kế
hoạch phát triển công nghiệp hỗ trợ trên địa bàn tỉnh năm 2025 KH-UBND", S3 "nghị quyết HĐND quy định chính sách hỗ trợ
phát triển công nghiệp hỗ trợ tỉnh", S4 "quyết định chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư dự án
nhà máy", S5 "Thủ tướng chấp thuận chủ trương đầu tư dự án kết cấu hạ tầng khu công nghiệp nhà đầu tư", S6 "UBND tỉnh
quyết định thành lập cụm công nghiệp chủ đầu tư hạ tầng", S7 "quyết định mở rộng cụm công nghiệp điều chỉnh quy hoạch
diện tích", S8 "quyết định thành lập khu công nghiệp Thủ tướng Chính phủ phê duyệt nhà đầu tư hạ tầng", S9 "trao quyết
định chấp thuận chủ trương đầu tư cho nhà đầu tư nhà máy sản xuất linh kiện", S10 "quyết định hỗ trợ doanh nghiệp công
nghiệp hỗ trợ kinh phí khuyến công địa phương", S11 "chương trình khuyến công địa phương quyết định phê duyệt đề án hỗ
trợ cơ sở công nghiệp nông thôn", S12 "điều chỉnh chủ trương đầu tư dự án nhà máy tăng vốn Ban Quản lý khu kinh tế quyết
định", S13 "Quyết định 68/QĐ-TTg chương trình phát triển công nghiệp hỗ trợ triển khai địa phương", S14 "Nghị định
111/2015/NĐ-CP ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ xác nhận ưu đãi", S15 "cấp giấy xác nhận ưu đãi sản
xuất sản phẩm công nghiệp hỗ trợ cho doanh nghiệp Bộ Công Thương", S16 "đề án phát triển cụm liên kết ngành công nghiệp
tỉnh quyết định phê duyệt doanh nghiệp", and in English S17 "Prime Minister approves investment policy industrial park
infrastructure investor Vietnam", S18 "provincial People's Committee approves supporting industry development programme
Vietnam", S19 "investment policy approval granted factory project investor Vietnam province decision", S20 "Vietnam
industrial cluster established decision province infrastructure developer". No sentence is taken or paraphrased from a
page; the shapes are. Firm and person names are invented (the Prime Minister, Deputy Prime Ministers, ministers and
provincial officials named are invented; real parks and ministries appear only in sentences of our own with figures,
dates and places changed; decision numbers are invented except standard decrees cited in preambles).

What the sample looked like (80 result slots, about 54 distinct pages: one bnews tag line on special investment
incentives filled 10 slots, a document-site title on the cluster regulation 5, a keyword page 4, a Huế council
resolution 3, a lingo title 3, lecture notes 3, a Long An category page 3, a legal-download slug 3; the VietnamPlus
park approvals, the 1288/QĐ-TTg programme, two law-firm heads, a magazine tag and a cluster blurb came twice each):
about 46 tag, keyword, slug, title, category, HTML-head and spam slots (unaccented and lower-case tags, document titles
with and without dates, one misprinting a year, a gambling keyword line, two tag pages with leads: a ministry's proposal
to the Prime Minister for a group's subsidiary park, and Deputy Prime Ministers' QĐ-TTg approvals without investors, a
park "do X làm chủ đầu tư" with its area and capital and a steel group's plan for three projects), 10 legal texts (an An
Giang QĐ-UBND with its attribute block, header and preamble citing a party resolution, a joint circular and a QĐ-UBND;
a Huế council resolution in a pipe-table header with QĐ-TTg and QĐ-BCT citations and a submission; a Hà Tĩnh council
resolution twice, once under "Đang tải nội dung" and once with broken lines, citing decrees in a list; the 1288/QĐ-TTg
and 1881/QĐ-TTg khuyến công programmes with objectives and typos; a 2646/QĐ-BCT with articles and recipients), 5
lecture notes and theses (OCR'd notes with a repeated watermark and broken "ơ" encoding, a Bến Tre park thesis with
areas, a thesis forum post with mojibake contents), 4 Vietnamese news and portal pages (the National Assembly's special
mechanisms for Nghệ An, a Deputy PM's approval of two parks with "loading...", a Bình Định khuyến công plan with its
groups, amounts and a capitals byline, a Lai Châu portal's list of documents issued) and 15 English slots (vneconomy
on a Deputy PM's park approvals, VietnamPlus on two PM approvals with their investors, VNS on two Bắc Giang parks with
investors, areas, capital and equity, a khuyến công programme review, a provincial plan on a government portal, two
steering-committee items with a province nav list, three law-firm explainers, a WordPress JSON dump, a decree summary,
Đồng Nai's English cluster feature with a bilingual caption and national statistics, VNS on a Trà Vinh cluster with two
developers). Only about 5 of the 80 slots named a deal: the VietnamPlus and VNS park approvals with their investors, the
VNS cluster with its two developers, and the tag page's recalled park developer and announced group plan; no legal text
of an approval naming its investor came up in any first four (the S4 and S9 results were explainers, tags and lecture
notes), so the approvals here are told as news, the legal rows are programmes, plans and support rules.

Rows: 160 (hand-20001 to hand-20160); 15 carry a deal or an event (9%, in the sample's proportion; the batch was not
filled up to a quota): 12 events (11 investment licences, 1 investment announcement) and 15 `deals` entries (all
investment); 3 rows carry a deal without an event (a recalled park developer, two investor lines without an approval
verb), none an event without a deal. 145 rows are negatives and other fields. By page kind: 47 rows in the shapes of
tag, keyword, slug, title, category, HTML-head and spam pages (2 with a deal or event), 46 of legal texts (0), 24 of
Vietnamese news and portal pages (8), 9 of lecture notes and theses (0), 34 of English copy (`english_copy`, 21%; 5).
9 rows are stored in NFD (hand-20030, 20039, 20048, 20058, 20064, 20087, 20100, 20110, 20153); 5 use old tone placement
("Thanh Hoá", "nội địa hoá", "thoả thuận", "cơ giới hoá", "Uỷ ban"); 48 hold a headline and lead, a legal header, a
recipients list, a tag page's leads, a caption, a byline or several lines.

Review: after the first draft every row was checked against the sampled sentences; about 45 drafts that followed a
sampled sentence too closely (the park-developer and group-plan tag leads, the cluster blurb and the category headline,
the party-resolution, joint-circular and QĐ-UBND preamble lines, the ministry decree citation and executors article,
the programme's general and specific objectives, the portal's list intro and first item, the khuyến công headline,
lead and amounts, the special-mechanism fee item and effective-date line, the thesis lines and contents page, the
ministry-tasks lines, the cluster's priority-sector lines in both languages, and nearly all English rows: the Deputy
PM's approvals, the investor, term, committee and equity lines, the programme review, the plan's objective, the steering
committee items, the explainers, the decree summary, the cluster feature's headline, caption and statistics, the Sóc
Trăng cluster lead, official and invitation lines) were rewritten from scratch and their gold redone; 4 drafts were
dropped instead (two lecture-note bullets that paraphrased the notes, and two law-firm rule rows: one repeating the
National Assembly's thresholds, one on when a policy must be adjusted, whose shape came only from a rank-6 result). A
preamble clause on the council committee's report, seen only in a rank-5 result, was removed from a draft, and a
finance circular's number seen only at rank 5 was replaced; nothing else from ranks 5-8 was used (the Hưng Yên park
authority's report, a Phú Thọ khuyến công resolution, a Ninh Thuận cluster meeting, the Tân Phước 1 approval copy, a
Huế official letter on a garment plant, a Bình Phước programme, the ministry's support-industry programme budget, the
Trà Vinh cluster's earlier cost, Japanese, Spanish and Chinese copies).

Conventions: exactly those of batches 10 and 12-79 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a licence is an investment deal and an `investment_licence` event "licensed"; a Deputy Prime
Minister's or Prime Minister's approval naming the investor gives the firm alone (batches 30, 32, 40, 59), with the
person and role as written; a body written as grantor ("Thủ tướng Chính phủ", "UBND tỉnh X", "X People's Committee")
is the government party as written (batches 14, 25, 43); an approval or cluster decision with no investor named gives
no event; a pending submission, planning, a programme, a plan, a support scheme, a khuyến công grant and a council
resolution give no deal; a recalled investment is a deal without an event; a firm's stated plan is an announced
investment; a consortium is ONE deal of all its members; a deal date needs a day (a decision's date is no deal date);
the headline's amount goes to the licence in its lead; vague amounts are not amounts; "tối đa" is not approximate;
support levels with a per-unit cap are money without `per`; counts in words, ordinals, durations, "lần" and page
numbers are no counts; English counts keep their English noun phrase; legal headers give the issuing body, the
province of the place-and-date line and the document with its date; a law cited by title and date is no decision;
"Kế hoạch số .../KH-UBND", "Tờ trình số .../TTr-...", "Nghị quyết số ...-NQ/TU" are decisions with their dates;
"QD-TTg"/"ND-CP" are canonical "QĐ-TTg"/"NĐ-CP"; bare units ("UBND tỉnh", "Sở Công Thương", "Ủy ban nhân dân tỉnh",
"the provincial People's Committee") are no organisations; organisations expand UBND, government parties keep the
text's spelling; a province inside an organisation's or park's name is a mention, inside a firm's name not; English
parks, clusters and districts are no locations, "huyện X" is a district and "Cụm công nghiệp X" a park; attribute-block
signers, bylines and photo credits are persons without a role, caps signer roles are kept ("PHÓ CHỦ TỊCH"), "TS." is no
role; "Thừa Thiên Huế"-style keys follow CURRENT; "Vietnam"/"Việt Nam" as the home country is no location; unaccented
English provinces give the accented keys, unaccented Vietnamese tag lines give nothing (batches 42, 50). Every row
with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- An unaccented slug with a document number but no slashes ("nghi dinh so 35 2022 nd cp", "thong tu 14 2024 tt bct",
  "quyet dinh 1182 qd ttg") gives no decision, like the rest of an unaccented tag line.
- A tag that misprints a decree's year ("Nghị định số 68/2017/NĐ-CP, ngày 25/5/2019 của Chính phủ") keeps the date as
  printed: the gold annotates what the row says, not the real decree.
- A decision title's issuer line "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP" (no name) gives the committee as organisation
  and the province (batch 77's "THỦ TƯỚNG CHÍNH PHỦ"); "Bộ trưởng Bộ Tài chính" / "Bộ trưởng Bộ Công Thương" with no name
  give the ministry; "Cổng TTĐT Bộ Công Thương" in a recipients list gives the ministry; "THỨ TRƯỞNG" under "KT. BỘ
  TRƯỞNG" is the signer's caps role.
- "Thông tư liên tịch số: 26/2014/TTLT/BTC-BCT, ngày 18 tháng 02 năm 2014 của liên Bộ Tài chính - Công Thương": the
  number after "số:" with the date after the comma; only "Bộ Tài chính" is a named organisation (the second ministry is
  not written out).
- "Thực hiện Nghị quyết số 05-NQ/TU ... của Ban Chấp hành Đảng bộ tỉnh Đồng Tháp" gives the resolution with its date and
  the party committee as organisation (batch 49's "Ban Thường vụ Đảng ủy Bộ Công Thương"), and the province.
- A council resolution's header broken over lines ("HỘI ĐỒNG NHÂN\nDÂN\nTỈNH THÁI NGUYÊN ... Số:\n21/2020/NQ-HĐND ...
  ngày 09\ntháng 12 năm 2020") gives the council in its usual spelling, the province and the resolution with its date.
- "Thủ tướng Chính phủ vừa ký quyết định chấp thuận chủ trương đầu tư ..., nhà đầu tư là Công ty CP X" (a VNA copy)
  names the body: a licence with G("Thủ tướng Chính phủ") and X; "Phó Thủ tướng Y vừa ký ...; nhà đầu tư là Công ty CP X"
  and "X JSC has been named investor ... under a decision ... signed by Deputy Prime Minister Y" give X alone; "Cũng trong
  tuần, Phó Thủ tướng đã chấp thuận ..., giao Tổng công ty X làm nhà đầu tư" likewise, the bare role no person.
- A passive approval with the investor and capital ("KCN Y (Bắc Giang) ... do Công ty CP X làm nhà đầu tư, tổng vốn khoảng
  3.320 tỷ đồng, cũng vừa được chấp thuận chủ trương đầu tư") is X's licence with the amount, sited by the bracketed
  province; "In a second decision, X JSC was approved as investor of ... where it will spend about VNĐ3.4 trillion" is a
  licence with that amount.
- Investor lines with no approval verb ("Nhà đầu tư KCN Phù Ninh 2 là Công ty CP X, tổng vốn gần 2.150 tỷ đồng"; "X JSC is
  the developer of the 187.6-hectare site") are investment deals (with the amount where written) without event and
  without site, the park naming no province (batch 73's round lines, batch 54's developer line).
- A tag lead recalling a park's developer with its area and capital ("..., KCN Nam An Dương do Công ty CP X làm chủ đầu
  tư, trải trên bốn xã của huyện An Dương, TP. Hải Phòng") is a recalled investment deal with the amount, sited, no event.
- A group's stated plan ("Tập đoàn X (HNS) tính mở rộng sang hạ tầng: một khu công nghiệp và một bến cảng") is an
  announced investment with no amount and no site; the stock code is no firm.
- A subsidiary "đang chờ Thủ tướng Chính phủ chấp thuận chủ trương đầu tư" after a ministry's appraisal is pending: the
  group, the bodies, the zone and the area, no deal (batch 15's submission).
- A committee founding a cluster and handing it to a consortium ("UBND tỉnh Sóc Trăng ... thành lập Cụm công nghiệp Đại
  Ngãi ..., giao liên danh Công ty CP A và Công ty CP B làm chủ đầu tư hạ tầng", with the amount in the headline; in
  English the committee in a relative clause after the firms) is ONE licence event with the committee and both firms and
  ONE investment deal of both; a committee widening a cluster with no investor named ("mở rộng Cụm công nghiệp Tân Dân
  thêm 21,5 ha") gives no event.
- Project terms without the firm ("Dự án có tổng vốn hơn 2.040 tỷ đồng, thời hạn hoạt động 50 năm; nhà đầu tư cam kết góp
  tối thiểu 310 tỷ đồng"; "Of the nearly VNĐ2.15 trillion ... VNĐ325 billion is to be the developer's own money") are money
  only; "tối thiểu" is approximate like "ít nhất".
- "Hai cụm công nghiệp Mỹ Tú và Long Phú 2" gives both parks (batch 8's "Trà Nóc 1 và Trà Nóc 2"); "Khu kinh tế Vân
  Phong" written in lower case is a zone.
- A government portal's nav list of unaccented provinces ("• Bac Giang • Bac Kan • Bac Ninh • Ben Tre") gives the four
  provinces; the portal's "Việt Nam EngLish" language switch is no location; "VGP", "(TTXVN)", "(BPY)" and "— VNS" are no
  organisations.
- "each VND1 of state money brought in roughly VND7 ..., VND6.3 trillion in all" gives three VND amounts (batch 54's "Cứ
  10 đô la ... thì có 7 đô la"); "Nearly half" is no percentage; "61 planned ICs" is a count, "11 of the 19 in operation"
  gives none (no noun); "Twelve clusters", "Two local firms" are counts in words.
- "Circular 03/2021/TT-BKHDT" is read as "03/2021/TT-BKHĐT" like "ND-CP" as "NĐ-CP"; "Decision 1562/QD-TTg of September
  14, 2021" takes the date after "of"; "Under Decree No. 32/2024/ND-CP, a new cluster must stay within a 10-75 hectare
  range" gives the decree without date and both ends of the range as areas.
- A news item on the National Assembly's special mechanisms ("Khánh Hòa được thí điểm 5 nhóm cơ chế riêng ... Với 91% đại
  biểu tán thành") gives "Quốc hội", the province, the count of mechanism groups and the percentage; the resolution has
  no number and is no decision; the page stamp "date 2025-06 Xây dựng Đảng" gives nothing.
- Lecture notes whose header repeats an institution's name ("Học viện Chính sách và Phát triểnHọc viện ...") give it once
  as an organisation; the source "TS. X" a person without a role; a thesis forum post's poster is a person without a role
  and "Bài viết: 21,307" no count; a mojibake contents page gives the province only.
- A bilingual caption ("Công nhân trải nhựa đường tại Cụm công nghiệp Thạnh Phú 2. Ảnh: Hoàng Lộc / Workers lay asphalt
  at Thạnh Phú 2 IC. Photo: Hoàng Lộc") gives the Vietnamese park name as a location and the credit once."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per, zone


def hand_sentences_80(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    HP = cur("Hải Phòng")
    HNam = cur("Hà Nam")
    QT = cur("Quảng Trị")
    PT = cur("Phú Thọ")
    VL = cur("Vĩnh Long")
    ST = cur("Sóc Trăng")
    DL = cur("Đắk Lắk")
    BG = cur("Bắc Giang")

    ids = iter(range(20001, 20001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Tag, keyword, slug, title, category, HTML-head and spam pages (S1, S2, S4-S10, S12-S16; the sample's most common kind) ---
    rows += [
        h(
            n(),
            "quyet dinh cua thu tuong ve co che dac thu cho khu cong nghiep sinh thai",
            "2024-05-14",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nghi dinh so 35 2022 nd cp",
            "2023-02-10",
            "ministry",
            ["tag_page", "unaccented", "slug_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quy hoach chung do thi cong nghiep nam dinh vu den nam 2040",
            "2024-11-02",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định số 27/2019/QĐ-UBND ngày 14/6/2019 ban hành Quy chế quản lý cụm công nghiệp trên địa bàn tỉnh Thái Bình",
            "2019-06-20",
            "legal",
            ["title_page", "decision_with_date", "no_event"],
            provinces=[pv("Thái Bình")],
            decisions=[d("27/2019/QĐ-UBND", "2019-06-14")],
            events=[],
        ),
        h(
            n(),
            "Nghị định số 68/2017/NĐ-CP, ngày 25/5/2019 của Chính phủ về quản lý, phát triển cụm công nghiệp",
            "2020-03-11",
            "ministry",
            ["tag_page", "misprinted_year_as_written", "decision_with_date", "no_event"],
            organizations=["Chính phủ"],
            decisions=[d("68/2017/NĐ-CP", "2019-05-25")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 2135/QĐ-UBND Bắc Giang 2023 điều chỉnh danh mục dự án thu hút đầu tư vào cụm công nghiệp",
            "2023-10-09",
            "legal",
            ["title_page", "year_only_no_date", "no_event"],
            provinces=[pv("Bắc Giang")],
            decisions=[d("2135/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 618/QĐ-UBND Hà Tĩnh 2025 ban hành Kế hoạch phát triển công nghiệp hỗ trợ",
            "2025-03-21",
            "legal",
            ["title_page", "year_only_no_date", "no_event"],
            provinces=[pv("Hà Tĩnh")],
            decisions=[d("618/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1956/QĐ-UBND Thanh Hoá 2024 phê duyệt danh mục dự án kêu gọi đầu tư vào khu, cụm công nghiệp",
            "2024-06-03",
            "legal",
            ["title_page", "old_tone", "year_only_no_date", "no_event"],
            provinces=[pv("Thanh Hóa")],
            decisions=[d("1956/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "Kinh tế › Công nghiệp\n\nLong An: 18 cụm công nghiệp gánh việc làm cho nông thôn\n\nNhiều xưởng cơ khí, bao bì đã rời khu dân cư vào cụm, nhường đất cho nhà ở và giảm ô nhiễm.",
            "2024-08-27",
            "provincial",
            ["category_page", "section_label", "headline_lead", "count", "multiline", "no_event"],
            provinces=[pv("Long An")],
            quantities=[c(18, "cụm công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Cỏ mọc trên 11 cụm công nghiệp: hơn 350 ha đất quy hoạch chờ nhà đầu tư hạ tầng suốt 8 năm",
            "2023-04-18",
            "provincial",
            ["blurb", "count", "area", "approx", "no_event"],
            quantities=[c(11, "cụm công nghiệp")],
            areas=[ha(350, True)],
            events=[],
        ),
        h(
            n(),
            "kubet đăng nhập hồ sơ thành lập cụm công nghiệp tỷ lệ kèo nhà cái hôm nay giá đất nền",
            "2024-09-30",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            '<title>Quyết định chấp thuận nhà đầu tư gồm những nội dung gì? | Hỏi đáp - DauTuPhapLy.vn</title>\n<meta name="description" content="Hỏi đáp - Quyết định chấp thuận nhà đầu tư gồm những nội dung gì?">',
            "2025-01-07",
            "ministry",
            ["html_head", "question", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tỉnh đang hoàn thiện hạ tầng 5 cụm công nghiệp để đón nhà đầu tư thứ cấp",
            "2025-05-12",
            "provincial",
            ["tag_page", "lowercase", "count", "no_event"],
            quantities=[c(5, "cụm công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "chính sách ưu đãi doanh nghiệp công nghiệp hỗ trợ",
            "2024-10-21",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Khuyến khích doanh nghiệp cơ khí đăng ký đề án khuyến công năm 2026",
            "2025-11-14",
            "provincial",
            ["title_page", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chinh sach ho tro doanh nghiep cong nghiep ho tro",
            "2024-02-26",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat thong tu 14 2024 tt bct huong dan nghi dinh ve cum cong nghiep",
            "2024-08-19",
            "ministry",
            ["url_slug", "unaccented", "slug_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "luật đầu tư theo phương thức đối tác công tư",
            "2024-03-05",
            "ministry",
            ["keyword_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1874/QĐ-BCT 2023 công bố thủ tục hành chính lĩnh vực công nghiệp hỗ trợ",
            "2023-07-26",
            "legal",
            ["title_page", "year_only_no_date", "no_event"],
            decisions=[d("1874/QĐ-BCT")],
            events=[],
        ),
        h(
            n(),
            "Một công ty con của Tập đoàn Hải Minh Land đang chờ Thủ tướng Chính phủ chấp thuận chủ trương đầu tư khu công nghiệp 812,5 ha ở Khu kinh tế Nghi Sơn (Thanh Hóa); hồ sơ đã được Bộ Tài chính thẩm định và trình lên.",
            "2025-04-16",
            "provincial",
            ["tag_page", "submission_pending", "unnamed_subsidiary", "zone", "area", "no_event"],
            organizations=["Thủ tướng Chính phủ", "Bộ Tài chính"],
            provinces=[pv("Thanh Hóa")],
            firms=[f("Hải Minh Land", "Tập đoàn")],
            areas=[ha(812.5)],
            locations=[zone("Khu kinh tế Nghi Sơn")],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Trần Văn Khoa đã ký Quyết định số 512/QĐ-TTg, chấp thuận chủ trương đầu tư hạ tầng KCN Long Giang 3 ở huyện Tân Phước (Tiền Giang).",
            "2024-06-05",
            "provincial",
            [
                "tag_page",
                "deputy_pm_decision",
                "no_investor_named",
                "district",
                "province_in_brackets",
                "no_event",
            ],
            persons=[per("Trần Văn Khoa", "Phó Thủ tướng")],
            provinces=[pv("Tiền Giang")],
            decisions=[d("512/QĐ-TTg")],
            locations=[park("Khu công nghiệp Long Giang 3"), district("huyện Tân Phước")],
            events=[],
        ),
        h(
            n(),
            "Rộng gần 280 ha và có tổng vốn 5.912,4 tỷ đồng, KCN Nam An Dương do Công ty CP Hạ tầng Cảng Bạch Đằng làm chủ đầu tư, trải trên bốn xã của huyện An Dương, TP. Hải Phòng.",
            "2024-06-05",
            "provincial",
            [
                "tag_page",
                "developer_recalled",
                "do_lam_chu_dau_tu",
                "district",
                "area",
                "approx",
                "count_in_words",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Hạ tầng Cảng Bạch Đằng", "Công ty CP")],
            money=[m(5_912_400_000_000, "VND")],
            areas=[ha(280, True)],
            locations=[park("Khu công nghiệp Nam An Dương"), district("huyện An Dương")],
            deals=[deal("investment", ["Hạ tầng Cảng Bạch Đằng"], 5_912_400_000_000, HP)],
            events=[],
        ),
        h(
            n(),
            "Sau nhà máy phôi thép, Tập đoàn Thép Hưng Nghĩa (HNS) tính mở rộng sang hạ tầng: một khu công nghiệp và một bến cảng chuyên dùng, cùng ở ven biển tỉnh.",
            "2024-06-05",
            "provincial",
            ["tag_page", "announced_investment", "stated_plan", "stock_code_bracket", "no_amount"],
            firms=[f("Thép Hưng Nghĩa", "Tập đoàn")],
            deals=[deal("investment", ["Thép Hưng Nghĩa"])],
            events=[ev("investment_announcement", [F("Thép Hưng Nghĩa")], None, None, None, "announced")],
        ),
        h(
            n(),
            "kết cấu hạ tầng khu công nghiệp\n\nQuyết định số 388/QĐ-TTg về chủ trương đầu tư hạ tầng KCN Phú Hội 2, tỉnh Đồng Nai vừa được Phó Thủ tướng Lê Quốc Trung ký ban hành.\n\nKCN Sóc Đăng (TP. Hải Phòng) được chấp thuận chủ trương đầu tư theo Quyết định số 376/QĐ-TTg do Phó Thủ tướng ký.",
            "2025-03-28",
            "ministry",
            [
                "tag_page",
                "keyword_heading",
                "two_leads",
                "no_investor_named",
                "bare_role_no_person",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Quốc Trung", "Phó Thủ tướng")],
            provinces=[pv("Đồng Nai"), pv("Hải Phòng")],
            decisions=[d("388/QĐ-TTg"), d("376/QĐ-TTg")],
            locations=[park("Khu công nghiệp Phú Hội 2"), park("Khu công nghiệp Sóc Đăng")],
            events=[],
        ),
        h(
            n(),
            "Chấp thuận hạ tầng hai khu công nghiệp ở Hải Dương và Bắc Ninh\n\nHai dự án hạ tầng KCN Kim Thành 2 và KCN Yên Phong 3 đã được Phó Thủ tướng Nguyễn Quang Vinh phê duyệt chủ trương đầu tư.\n\nloading...",
            "2019-12-02",
            "ministry",
            [
                "headline_lead",
                "page_furniture",
                "no_investor_named",
                "passive_approval",
                "multiline",
                "no_event",
            ],
            persons=[per("Nguyễn Quang Vinh", "Phó Thủ tướng")],
            provinces=[pv("Hải Dương"), pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Kim Thành 2"), park("Khu công nghiệp Yên Phong 3")],
            events=[],
        ),
        h(
            n(),
            "cụm công nghiệp\n\nUBND tỉnh Hưng Yên vừa điều chỉnh quy hoạch, mở rộng Cụm công nghiệp Tân Dân thêm 21,5 ha.\n\nThái Bình có thêm 2 cụm công nghiệp với tổng diện tích 126 ha.",
            "2024-12-09",
            "provincial",
            [
                "tag_page",
                "keyword_heading",
                "cluster_expansion_no_investor",
                "count",
                "area",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên"), pv("Thái Bình")],
            quantities=[c(2, "cụm công nghiệp")],
            areas=[ha(21.5), ha(126)],
            locations=[park("Cụm công nghiệp Tân Dân")],
            events=[],
        ),
        h(
            n(),
            "ke hoach phat trien cong nghiep ho tro nam 2026",
            "2025-12-22",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "ưu đãi thuế cho dự án sản xuất sản phẩm công nghiệp hỗ trợ",
            "2024-04-11",
            "ministry",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nghi quyet so 115 nq cp giai phap thuc day cong nghiep ho tro",
            "2021-01-19",
            "ministry",
            ["tag_page", "unaccented", "slug_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thành lập cụm công nghiệp: hồ sơ, trình tự và thẩm quyền mới nhất",
            "2025-02-18",
            "ministry",
            ["nfd", "title_page", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 3012/QĐ-BCT 2024 công bố thủ tục hành chính về cụm công nghiệp",
            "2024-11-28",
            "legal",
            ["title_page", "year_only_no_date", "no_event"],
            decisions=[d("3012/QĐ-BCT")],
            events=[],
        ),
        h(
            n(),
            "doanh nghiep rot von vao cum cong nghiep co thoi gian hoan von dai",
            "2023-09-07",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "quyet dinh thanh lap cum cong nghiep",
            "2024-07-01",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thông tư số 14/2024/TT-BCT ngày 29/7/2024 quy định chi tiết một số điều của Nghị định về cụm công nghiệp",
            "2024-08-05",
            "legal",
            ["title_page", "decision_with_date", "no_event"],
            decisions=[d("14/2024/TT-BCT", "2024-07-29")],
            events=[],
        ),
        h(
            n(),
            "download phap luat quyet dinh 1182 qd ttg phe duyet de an phat trien cum lien ket nganh",
            "2022-05-16",
            "ministry",
            ["url_slug", "unaccented", "slug_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1290/QĐ-UBND Lạng Sơn 2022 danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển",
            "2022-08-12",
            "legal",
            ["title_page", "year_only_no_date", "no_event"],
            provinces=[pv("Lạng Sơn")],
            decisions=[d("1290/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "nhiều cụm công nghiệp ở phía tây tỉnh vẫn chờ nhà đầu tư hạ tầng",
            "2025-07-24",
            "provincial",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "chap thuan chu truong dau tu khu cong nghiep",
            "2025-01-13",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Danh mục dự án kêu gọi đầu tư hạ tầng cụm công nghiệp năm 2026",
            "2025-12-30",
            "provincial",
            ["nfd", "title_page", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sv388 casino thủ tục xin chủ trương đầu tư nhà xưởng xổ số miền bắc",
            "2024-12-15",
            "ministry",
            ["spam_keywords", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Xem thêm: Thủ tướng phê duyệt chương trình phát triển công nghiệp hỗ trợ đến năm 2030",
            "2025-02-27",
            "ministry",
            ["related_link", "bare_role_no_person", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nhiều cụm công nghiệp thành lập từ năm 2010 đến nay vẫn chưa đón được một doanh nghiệp thứ cấp nào",
            "2023-04-18",
            "provincial",
            ["blurb", "no_event"],
            events=[],
        ),
    ]
    # --- Provincial decision on a mechanical-engineering support scheme, with its attribute block (S1's document-store shape) ---
    rows += [
        h(
            n(),
            "Quyết định 412/QĐ-UBND năm 2019 phê duyệt Đề án hỗ trợ doanh nghiệp cơ khí chế tạo máy nông nghiệp tỉnh Đồng Tháp giai đoạn 2019-2022\nSố hiệu: 412/QĐ-UBND Loại văn bản: Quyết định\nNơi ban hành: Tỉnh Đồng Tháp Người ký: Huỳnh Minh Tâm\nNgày ban hành: 08/03/2019 Ngày hiệu lực: Đang cập nhật\nLĩnh vực: Công nghiệp, Tình trạng: Đang cập nhập",
            "2019-03-12",
            "legal",
            ["legal_attribute_block", "signer_no_role", "issue_date_label", "multiline", "no_event"],
            persons=[per("Huỳnh Minh Tâm", None)],
            provinces=[pv("Đồng Tháp")],
            decisions=[d("412/QĐ-UBND", "2019-03-08")],
            events=[],
        ),
        h(
            n(),
            "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 412/QĐ-UBND\n\nĐồng Tháp, ngày 08 tháng 3 năm 2019",
            "2019-03-12",
            "legal",
            ["legal_header", "place_date_line", "zero_padded_day", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            provinces=[pv("Đồng Tháp")],
            decisions=[d("412/QĐ-UBND", "2019-03-08")],
            events=[],
        ),
        h(
            n(),
            "QUYẾT ĐỊNH\n\nPHÊ DUYỆT ĐỀ ÁN HỖ TRỢ DOANH NGHIỆP CƠ KHÍ CHẾ TẠO MÁY NÔNG NGHIỆP TỈNH ĐỒNG THÁP GIAI ĐOẠN 2019-2022\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
            "2019-03-12",
            "legal",
            ["legal_title_caps", "issuer_role_caps", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Thực hiện Nghị quyết số 05-NQ/TU ngày 14 tháng 7 năm 2016 của Ban Chấp hành Đảng bộ tỉnh Đồng Tháp về cơ khí phục vụ nông nghiệp;",
            "2019-03-12",
            "legal",
            ["preamble", "party_resolution_code", "written_out_date", "no_event"],
            organizations=["Ban Chấp hành Đảng bộ tỉnh Đồng Tháp"],
            provinces=[pv("Đồng Tháp")],
            decisions=[d("05-NQ/TU", "2016-07-14")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Thông tư liên tịch số: 26/2014/TTLT/BTC-BCT, ngày 18 tháng 02 năm 2014 của liên Bộ Tài chính - Công Thương về kinh phí khuyến công;",
            "2019-03-12",
            "legal",
            [
                "preamble",
                "joint_circular",
                "colon_after_so",
                "comma_before_date",
                "joint_ministries_dash",
                "no_event",
            ],
            organizations=["Bộ Tài chính"],
            decisions=[d("26/2014/TTLT/BTC-BCT", "2014-02-18")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Kế hoạch phát triển công nghiệp hỗ trợ tỉnh Đồng Tháp đến năm 2025 ban hành kèm theo Quyết định số 1877/QĐ-UBND ngày 30 tháng 12 năm 2016 của UBND tỉnh Đồng Tháp;",
            "2019-03-12",
            "legal",
            ["nfd", "preamble", "decision_with_date", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Tháp"],
            provinces=[pv("Đồng Tháp")],
            decisions=[d("1877/QĐ-UBND", "2016-12-30")],
            events=[],
        ),
        h(
            n(),
            "Xét đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 14/TTr-SCT ngày 22 tháng 02 năm 2019,",
            "2019-03-12",
            "legal",
            ["preamble", "submission_dated", "bare_department_no_organisation", "no_event"],
            decisions=[d("14/TTr-SCT", "2019-02-22")],
            events=[],
        ),
        h(
            n(),
            "Điều 1. Phê duyệt Đề án với các nội dung chính sau:\n1. Mục tiêu: đến năm 2022 có ít nhất 25 doanh nghiệp cơ khí được hỗ trợ đổi mới thiết bị; tỷ lệ nội địa hoá máy gặt đập liên hợp đạt 45%.",
            "2019-03-12",
            "legal",
            ["legal_article", "old_tone", "count", "approx", "percentage", "multiline", "no_event"],
            quantities=[c(25, "doanh nghiệp", True)],
            percentages=[45],
            events=[],
        ),
        h(
            n(),
            "2. Kinh phí thực hiện: 18,6 tỷ đồng, trong đó ngân sách tỉnh 6,2 tỷ đồng, doanh nghiệp đối ứng 12,4 tỷ đồng.",
            "2019-03-12",
            "legal",
            ["legal_item", "budget_split", "no_event"],
            money=[m(18_600_000_000, "VND"), m(6_200_000_000, "VND"), m(12_400_000_000, "VND")],
            events=[],
        ),
        h(
            n(),
            "Điều 2. Giao Sở Công Thương chủ trì, phối hợp Sở Tài chính và Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Đồng Tháp tổ chức thực hiện Đề án; định kỳ 6 tháng báo cáo UBND tỉnh.",
            "2019-03-12",
            "legal",
            [
                "legal_article",
                "bare_department_no_organisation",
                "province_in_org_name",
                "duration_no_count",
                "no_event",
            ],
            organizations=["Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Đồng Tháp"],
            provinces=[pv("Đồng Tháp")],
            events=[],
        ),
        h(
            n(),
            "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Công Thương, Tài chính, Khoa học và Công nghệ; Chủ tịch UBND các huyện, thành phố và các doanh nghiệp tham gia Đề án chịu trách nhiệm thi hành Quyết định này./.",
            "2019-03-12",
            "legal",
            ["legal_article", "executors", "bare_units", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nơi nhận:\n- Như Điều 3;\n- Bộ Công Thương;\n- TT/TU, TT/HĐND tỉnh;\n- Lưu: VT, KT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHuỳnh Minh Tâm",
            "2019-03-12",
            "legal",
            ["recipients_list", "signer_block", "caps_role", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            persons=[per("Huỳnh Minh Tâm", "PHÓ CHỦ TỊCH")],
            events=[],
        ),
    ]
    # --- A provincial council resolution adopting a supporting-industry scheme, pipe-table header (S1, S2, S3: the same council page three times) ---
    rows += [
        h(
            n(),
            "HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 17/2016/NQ-HĐND | Quảng Bình, ngày 13 tháng 12 năm 2016 |\nHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG BÌNH\nKHÓA XVII, KỲ HỌP THỨ 3",
            "2016-12-20",
            "legal",
            ["legal_header", "pipe_table", "place_date_line", "council_session", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Quảng Bình"],
            provinces=[pv("Quảng Bình")],
            decisions=[d("17/2016/NQ-HĐND", "2016-12-13")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\nCăn cứ Luật Hỗ trợ doanh nghiệp nhỏ và vừa ngày 12 tháng 6 năm 2017;",
            "2016-12-20",
            "legal",
            ["preamble", "law_title_no_number", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Quyết định số 1110/QĐ-TTg ngày 04 tháng 7 năm 2016 của Thủ tướng Chính phủ phê duyệt quy hoạch phát triển công nghiệp vùng Bắc Trung Bộ đến năm 2025, tầm nhìn đến năm 2035;",
            "2016-12-20",
            "legal",
            ["preamble", "decision_with_date", "region_not_province", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1110/QĐ-TTg", "2016-07-04")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Quyết định số 3417/QĐ-BCT ngày 12 tháng 8 năm 2015 của Bộ Công Thương phê duyệt quy hoạch phát triển công nghiệp hỗ trợ các tỉnh Bắc Trung Bộ và duyên hải miền Trung đến năm 2025;",
            "2016-12-20",
            "legal",
            ["nfd", "preamble", "decision_with_date", "region_not_province", "no_event"],
            organizations=["Bộ Công Thương"],
            decisions=[d("3417/QĐ-BCT", "2015-08-12")],
            events=[],
        ),
        h(
            n(),
            "Xét Tờ trình số 2815/TTr-UBND ngày 21 tháng 11 năm 2016 của Ủy ban nhân dân tỉnh đề nghị thông qua Đề án phát triển công nghiệp hỗ trợ tỉnh Quảng Bình đến năm 2025; sau khi nghe các đại biểu thảo luận tại kỳ họp,",
            "2016-12-20",
            "legal",
            ["preamble", "submission_dated", "bare_committee_no_organisation", "no_event"],
            provinces=[pv("Quảng Bình")],
            decisions=[d("2815/TTr-UBND", "2016-11-21")],
            events=[],
        ),
        h(
            n(),
            "QUYẾT NGHỊ:\nĐiều 1. Thông qua Đề án phát triển công nghiệp hỗ trợ tỉnh Quảng Bình đến năm 2025, với mục tiêu nâng tỷ trọng công nghiệp hỗ trợ lên khoảng 8% giá trị sản xuất toàn ngành công nghiệp.",
            "2016-12-20",
            "legal",
            ["legal_article", "plan_target", "percentage", "multiline", "no_event"],
            provinces=[pv("Quảng Bình")],
            percentages=[8],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết này đã được Hội đồng nhân dân tỉnh Quảng Bình Khóa XVII, Kỳ họp thứ 3 thông qua ngày 13 tháng 12 năm 2016 và có hiệu lực từ ngày 23 tháng 12 năm 2016./.",
            "2016-12-20",
            "legal",
            ["closing_formula", "adoption_date_no_decision", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Quảng Bình"],
            provinces=[pv("Quảng Bình")],
            events=[],
        ),
    ]
    # --- A 2025 council resolution on support for supporting industry and clusters, portal and broken-line copies (S3) ---
    rows += [
        h(
            n(),
            "Hệ thống pháp luật\nĐang tải nội dung, vui lòng chờ giây lát...\n\nHỘI ĐỒNG NHÂN DÂN\nTỈNH NGHỆ AN\n-------\n\nSố: 41/2025/NQ-HĐND\n\nNghệ An, ngày 10 tháng 12 năm 2025\n\nNGHỊ QUYẾT\n\nVỀ CHÍNH SÁCH HỖ TRỢ PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ VÀ CỤM CÔNG NGHIỆP TỈNH NGHỆ AN GIAI ĐOẠN 2026-2030",
            "2025-12-16",
            "legal",
            [
                "legal_header",
                "page_furniture",
                "place_date_line",
                "legal_title_caps",
                "multiline",
                "no_event",
            ],
            organizations=["Hội đồng nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            decisions=[d("41/2025/NQ-HĐND", "2025-12-10")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của Chính phủ về quản lý, phát triển cụm công nghiệp và Nghị định số 205/2025/NĐ-CP ngày 14 tháng 7 năm 2025 sửa đổi Nghị định số 111/2015/NĐ-CP;",
            "2025-12-16",
            "legal",
            ["preamble", "two_decrees", "amended_decree_no_date", "no_event"],
            organizations=["Chính phủ"],
            decisions=[
                d("32/2024/NĐ-CP", "2024-03-15"),
                d("205/2025/NĐ-CP", "2025-07-14"),
                d("111/2015/NĐ-CP"),
            ],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Đầu tư ngày\n17 tháng 6 năm 2020;\nCăn cứ Thông tư số\n14/2024/TT-BCT ngày 29 tháng 7 năm 2024 của Bộ trưởng Bộ Công Thương quy định chi tiết một số điều về cụm công nghiệp;",
            "2025-12-16",
            "legal",
            [
                "nfd",
                "preamble",
                "broken_lines",
                "law_title_no_number",
                "role_no_name",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            decisions=[d("14/2024/TT-BCT", "2024-07-29")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Thông tư số 51/2025/TT-BTC ngày 20 tháng 6 năm 2025 của Bộ trưởng Bộ Tài chính về quản lý kinh phí hỗ trợ phát triển cụm công nghiệp;",
            "2025-12-16",
            "legal",
            ["preamble", "decision_with_date", "role_no_name", "no_event"],
            organizations=["Bộ Tài chính"],
            decisions=[d("51/2025/TT-BTC", "2025-06-20")],
            events=[],
        ),
        h(
            n(),
            "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n1. Nghị quyết này quy định chính sách hỗ trợ dự án sản xuất sản phẩm công nghiệp hỗ trợ và đầu tư hạ tầng cụm công nghiệp trên địa bàn tỉnh Nghệ An.",
            "2025-12-16",
            "legal",
            ["legal_article", "scope_clause", "multiline", "no_event"],
            provinces=[pv("Nghệ An")],
            events=[],
        ),
        h(
            n(),
            "Điều 3. Mức hỗ trợ\n1. Hỗ trợ 50% lãi suất vốn vay thương mại trong 3 năm đầu cho dự án sản xuất sản phẩm công nghiệp hỗ trợ, tối đa 2 tỷ đồng/dự án.\n2. Hỗ trợ đầu tư hạ tầng cụm công nghiệp: 3 tỷ đồng/cụm ở địa bàn khó khăn.",
            "2025-12-16",
            "legal",
            [
                "legal_article",
                "support_level",
                "per_unit_cap",
                "percentage",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            money=[m(2 * B, "VND"), m(3 * B, "VND")],
            percentages=[50],
            events=[],
        ),
        h(
            n(),
            "3. Hỗ trợ 100% chi phí thuê gian hàng cho doanh nghiệp công nghiệp hỗ trợ tham gia hội chợ trong nước, không quá 2 lần/năm.",
            "2025-12-16",
            "legal",
            ["legal_item", "percentage", "times_no_count", "no_event"],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "Điều 5. Nguồn kinh phí: ngân sách tỉnh bố trí khoảng 120 tỷ đồng cho cả giai đoạn 2026-2030.",
            "2025-12-16",
            "legal",
            ["legal_article", "budget", "approx", "no_event"],
            money=[m(120 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Trường hợp nhà đầu tư đã được hưởng ưu đãi theo thoả thuận riêng với tỉnh thì không áp dụng chính sách tại Nghị quyết này.",
            "2025-12-16",
            "legal",
            ["legal_clause", "old_tone", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điều 6. Tổ chức thực hiện\n1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.\n2. Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh giám sát việc thực hiện.",
            "2025-12-16",
            "legal",
            ["legal_article", "bare_units", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- Ministry and Prime Minister programme decisions with preambles, articles and recipients (S11, S13: khuyến công and programme texts) ---
    rows += [
        h(
            n(),
            "BỘ CÔNG THƯƠNG\n-------\nSố: 3318/QĐ-BCT\nHà Nội, ngày 19 tháng 11 năm 2025\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ NĂM 2026\nBỘ TRƯỞNG BỘ CÔNG THƯƠNG",
            "2025-11-24",
            "legal",
            [
                "legal_header",
                "ministry_header",
                "place_date_line",
                "legal_title_caps",
                "multiline",
                "no_event",
            ],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Hà Nội")],
            decisions=[d("3318/QĐ-BCT", "2025-11-19")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Nghị định số 40/2025/NĐ-CP ngày 26/02/2025 của Chính phủ về tổ chức bộ máy Bộ Công Thương;",
            "2025-11-24",
            "legal",
            ["preamble", "decision_with_date", "no_event"],
            organizations=["Chính phủ", "Bộ Công Thương"],
            decisions=[d("40/2025/NĐ-CP", "2025-02-26")],
            events=[],
        ),
        h(
            n(),
            "Theo đề nghị của Cục trưởng Cục Công nghiệp và Vụ trưởng Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp.",
            "2025-11-24",
            "legal",
            ["preamble", "roles_no_names", "no_event"],
            organizations=["Cục Công nghiệp", "Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp"],
            events=[],
        ),
        h(
            n(),
            "Điều 3. Cục Công nghiệp chủ trì, phối hợp Văn phòng Bộ và Sở Công Thương các tỉnh, thành phố theo dõi, đôn đốc thực hiện Kế hoạch; Quyết định có hiệu lực kể từ ngày ký./.",
            "2025-11-24",
            "legal",
            ["legal_article", "lead_unit", "bare_department_no_organisation", "no_event"],
            organizations=["Cục Công nghiệp"],
            events=[],
        ),
        h(
            n(),
            "Nơi nhận:\n- Như Điều 3;\n- Thủ tướng Chính phủ (để b/c);\n- Phó TTgCP Hồ Đức Lâm (để b/c);\n- UBND các tỉnh, thành phố trực thuộc TW;\n- Cổng TTĐT Bộ Công Thương;\n- Lưu: VT, CN.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Văn Phong",
            "2025-11-24",
            "legal",
            ["recipients_list", "abbreviated_role", "signer_block", "caps_role", "multiline", "no_event"],
            organizations=["Thủ tướng Chính phủ", "Bộ Công Thương"],
            persons=[per("Hồ Đức Lâm", "Phó TTgCP"), per("Nguyễn Văn Phong", "THỨ TRƯỞNG")],
            events=[],
        ),
        h(
            n(),
            "THỦ TƯỚNG CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1562/QĐ-TTg | Hà Nội, ngày 14 tháng 9 năm 2021 |\nPHÊ DUYỆT CHƯƠNG TRÌNH PHÁT TRIỂN CÔNG NGHIỆP CƠ KHÍ PHỤC VỤ NÔNG NGHIỆP GIAI ĐOẠN 2021 – 2030",
            "2021-09-17",
            "legal",
            ["legal_header", "pm_header", "pipe_table", "place_date_line", "multiline", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Hà Nội")],
            decisions=[d("1562/QĐ-TTg", "2021-09-14")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\nXét đề nghị của Bộ trưởng Bộ Công Thương,\nQUYẾT ĐỊNH:",
            "2021-09-17",
            "legal",
            ["preamble", "law_title_no_number", "role_no_name", "multiline", "no_event"],
            organizations=["Bộ Công Thương"],
            events=[],
        ),
        h(
            n(),
            "Điều 1. Nội dung Chương trình\n1. Mục tiêu chung: nâng năng lực thiết kế, chế tạo máy nông nghiệp trong nước, phục vụ cơ giới hoá đồng bộ từ khâu làm đất đến chế biến sau thu hoạch.",
            "2021-09-17",
            "legal",
            ["legal_article", "old_tone", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đến năm 2025, khoảng 12.000 thợ cơ khí được đào tạo lại và 400 cơ sở được hỗ trợ mua máy móc tiên tiến, góp phần giảm nhập khẩu linh kiện, vật liêu.",
            "2021-09-17",
            "legal",
            ["programme_target", "typo_in_text", "count", "approx", "no_event"],
            quantities=[c(12000, "thợ cơ khí", True), c(400, "cơ sở")],
            events=[],
        ),
        h(
            n(),
            "b) Đến năm 2030, khoảng 1.500 doanh nghiệp áp dụng hệ thống quản lý sản xuất tiên tiến; 300 doanh nghiệp trở thành nhà cung cấp trực tiếp cho các tập đoàn đa quốc gia; giá trị sản xuất tăng bình quân 10-12%/năm.",
            "2021-09-17",
            "legal",
            ["programme_target", "lettered_item", "count", "approx", "percentage_range", "no_event"],
            quantities=[c(1500, "doanh nghiệp", True), c(300, "doanh nghiệp")],
            percentages=[10, 12],
            events=[],
        ),
    ]
    # --- A provincial portal's list of documents issued (S12) ---
    rows += [
        h(
            n(),
            "Kết quả 9 tháng năm 2019\nĐể cụ thể hóa chính sách thu hút đầu tư, UBND tỉnh Điện Biên ban hành các văn bản:",
            "2019-10-08",
            "provincial",
            ["portal_report", "list_intro", "duration_no_count", "multiline", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Điện Biên"],
            provinces=[pv("Điện Biên")],
            events=[],
        ),
        h(
            n(),
            "- Quyết định số 75/QĐ-UBND ngày 25/01/2019 về danh mục dự án kêu gọi đầu tư năm 2019, cụ thể hóa Nghị quyết số 02/NQ-CP ngày 01/01/2019 của Chính phủ về cải thiện môi trường kinh doanh;\n- Kế hoạch số 912/KH-UBND ngày 14/6/2019 về phát triển công nghiệp chế biến nông, lâm sản.",
            "2019-10-08",
            "provincial",
            ["dash_list", "three_decisions", "plan_number", "multiline", "no_event"],
            organizations=["Chính phủ"],
            decisions=[
                d("75/QĐ-UBND", "2019-01-25"),
                d("02/NQ-CP", "2019-01-01"),
                d("912/KH-UBND", "2019-06-14"),
            ],
            events=[],
        ),
        h(
            n(),
            "- Quyết định số 19/2019/QĐ-UBND ngày 08/5/2019 ban hành Quy định về ưu đãi, hỗ trợ đầu tư vào cụm công nghiệp trên địa bàn tỉnh Điện Biên.",
            "2019-10-08",
            "provincial",
            ["dash_list", "decision_with_date", "no_event"],
            provinces=[pv("Điện Biên")],
            decisions=[d("19/2019/QĐ-UBND", "2019-05-08")],
            events=[],
        ),
        h(
            n(),
            "- Quyết định số 31/2019/QĐ-UBND ngày 17/7/2019 ban hành đơn giá thuê đất trong cụm công nghiệp.",
            "2019-10-08",
            "provincial",
            ["dash_list", "decision_with_date", "no_event"],
            decisions=[d("31/2019/QĐ-UBND", "2019-07-17")],
            events=[],
        ),
    ]
    # --- Local khuyến công plan approved, with groups and amounts (S11) ---
    rows += [
        h(
            n(),
            "Gần 2,9 tỉ đồng cho khuyến công năm 2019\n(BPY) - Kế hoạch khuyến công địa phương năm 2019 vừa được UBND tỉnh thông qua gồm 18 đề án, chủ yếu giúp cơ sở nông thôn mua máy mới.",
            "2019-04-02",
            "provincial",
            [
                "headline_lead",
                "paper_code",
                "bare_committee_no_organisation",
                "khuyen_cong_support_no_event",
                "count",
                "approx",
                "tỉ",
                "multiline",
            ],
            money=[m(2_900_000_000, "VND", approx=True)],
            quantities=[c(18, "đề án")],
            events=[],
        ),
        h(
            n(),
            "Phần lớn kinh phí, hơn 1,96 tỉ đồng, dành cho 11 cơ sở chế biến hạt điều, gỗ và cơ khí nhỏ đổi mới máy móc.",
            "2019-04-02",
            "provincial",
            ["nfd", "support_split", "count", "approx", "no_event"],
            money=[m(1_960_000_000, "VND", approx=True)],
            quantities=[c(11, "cơ sở")],
            events=[],
        ),
        h(
            n(),
            "Số còn lại chia cho việc đăng ký nhãn hiệu, dựng phòng trưng bày (240 triệu đồng) và tập huấn cán bộ khuyến công (75 triệu đồng).",
            "2019-04-02",
            "provincial",
            ["support_split", "bracketed_amounts", "no_event"],
            money=[m(240 * M, "VND"), m(75 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "Ngoài ra, tỉnh dành 60 triệu đồng tổ chức bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh.\nHOÀNG LAN",
            "2019-04-02",
            "provincial",
            ["byline_caps", "multiline", "no_event"],
            persons=[per("Hoàng Lan", None)],
            money=[m(60 * M, "VND")],
            events=[],
        ),
    ]
    # --- The National Assembly's special mechanisms for a province, news of a resolution (S3) ---
    rows += [
        h(
            n(),
            "date 2025-06 Xây dựng Đảng Khánh Hòa được thí điểm 5 nhóm cơ chế riêng\n\nVới 91% đại biểu tán thành, nghị quyết về cơ chế đặc thù cho Khánh Hòa đã được Quốc hội thông qua chiều 18/6; phần lớn nội dung áp dụng từ đầu năm 2026.",
            "2025-06-19",
            "provincial",
            [
                "section_label",
                "date_stamp",
                "headline_lead",
                "percentage",
                "resolution_no_number",
                "multiline",
                "no_event",
            ],
            organizations=["Quốc hội"],
            provinces=[pv("Khánh Hòa")],
            quantities=[c(5, "nhóm cơ chế")],
            percentages=[91],
            events=[],
        ),
        h(
            n(),
            "b) Phần thu phí, lệ phí tăng thêm do tỉnh tự điều chỉnh được để lại ngân sách tỉnh, ưu tiên làm đường vào khu, cụm công nghiệp; với phí sử dụng hạ tầng cảng biển, tỉnh hưởng 70%.",
            "2025-06-19",
            "provincial",
            ["lettered_item", "percentage", "no_event"],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Hội đồng nhân dân tỉnh Khánh Hòa được quyết định mức hỗ trợ riêng cho dự án sản xuất linh kiện, phụ tùng đầu tư vào khu kinh tế Vân Phong, cao hơn khung chung.",
            "2025-06-19",
            "provincial",
            ["special_mechanism", "lower_case_zone_word", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Khánh Hòa"],
            provinces=[pv("Khánh Hòa")],
            locations=[zone("Khu kinh tế Vân Phong")],
            events=[],
        ),
        h(
            n(),
            "Các cơ chế được áp dụng thí điểm đến hết năm 2030.",
            "2025-06-19",
            "provincial",
            ["pilot_period", "no_event"],
            events=[],
        ),
    ]
    # --- Lecture notes, theses and a thesis forum post (S4, S8, S9, S12, S16) ---
    rows += [
        h(
            n(),
            "Học viện Chính sách và Phát triểnHọc viện Chính sách và Phát triểnHọc viện Chính sách và Phát triển\nCHƯƠNG II: ĐẦU TƯ PHÁT TRIỂN KHU CƠNG NGHIỆP Nguồn: TS. Trịnh Văn Đạt 2.1 Khái niệm và phân loại",
            "2022-10-03",
            "ministry",
            [
                "lecture_notes",
                "watermark_repeat",
                "broken_encoding",
                "academic_title_no_role",
                "multiline",
                "no_event",
            ],
            organizations=["Học viện Chính sách và Phát triển"],
            persons=[per("Trịnh Văn Đạt", None)],
            events=[],
        ),
        h(
            n(),
            "• Vốn xây hạ tầng khu cơng nghiệp đến từ ba nguồn: doanh nghiệp kinh doanh hạ tầng, ngân sách địa phương (đường gom, xử lý nước thải) và vốn vay ưu đãi",
            "2022-10-03",
            "ministry",
            ["lecture_notes", "broken_encoding", "bullet", "count_in_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ví dụ: KCN Đình Vũ (Hải Phòng) do doanh nghiệp tư nhân làm hạ tầng, Nhà nước chỉ bỏ vốn cho cảng và đường trục.",
            "2022-10-03",
            "ministry",
            ["lecture_notes", "unnamed_developer", "province_in_brackets", "no_event"],
            provinces=[pv("Hải Phòng")],
            locations=[park("Khu công nghiệp Đình Vũ")],
            events=[],
        ),
        h(
            n(),
            "CÂU HỎI ƠN TẬP\n1. Phân biệt khu cơng nghiệp, cụm cơng nghiệp và khu kinh tế?\n2. Vai trị của vốn tư nhân trong đầu tư hạ tầng khu cơng nghiệp?",
            "2022-10-03",
            "ministry",
            ["lecture_notes", "broken_encoding", "review_questions", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Luận văn Giải pháp thu hút đầu tư vào các khu công nghiệp tỉnh Trà Vinh đến năm 2025\n\nĐến cuối năm 2012, Trà Vinh mới lấp đầy khoảng 40% diện tích KCN Long Đức (100,3 ha); KCN Cầu Quan rộng 120 ha vẫn chưa có nhà đầu tư hạ tầng.",
            "2013-05-20",
            "ministry",
            ["thesis", "headline_lead", "percentage", "area", "multiline", "no_event"],
            provinces=[pv("Trà Vinh")],
            percentages=[40],
            areas=[ha(100.3), ha(120)],
            locations=[park("Khu công nghiệp Long Đức"), park("Khu công nghiệp Cầu Quan")],
            events=[],
        ),
        h(
            n(),
            "Tác giả cho rằng thiếu cảng nước sâu và lao động có tay nghề là hai điểm nghẽn lớn nhất khiến nhà đầu tư thứ cấp ngần ngại vào Trà Vinh.",
            "2013-05-20",
            "ministry",
            ["thesis", "count_in_words", "no_event"],
            provinces=[pv("Trà Vinh")],
            events=[],
        ),
        h(
            n(),
            "Thạc Sĩ Giải pháp phát triển cụm công nghiệp trên địa bàn tỉnh Hà Tĩnh\n\nThảo luận trong 'THẠC SĨ - TIẾN SĨ' bắt đầu bởi Lê Hồng Nhung, 14/3/14.\n\nLê Hồng Nhung New Member\nThành viên vàng\nBài viết: 21,307",
            "2014-03-14",
            "ministry",
            ["nfd", "forum_post", "thesis", "poster_no_role", "post_count_no_count", "multiline", "no_event"],
            persons=[per("Lê Hồng Nhung", None)],
            provinces=[pv("Hà Tĩnh")],
            events=[],
        ),
        h(
            n(),
            "Luận văn thạc sĩ năm 2012\nĐề tài: GIẢI PHÁP PHÁT TRIỂN CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN TỈNH HÀ TĨNH\n\nMỤC LỤC\nLời cảm ơn ii\n1.2. Mục tiêu nghiên cứu của ñề tài 3\n2.3. Kinh nghiệm phát triển cụm công nghiệp ở một số ñịa phương 27\n4.1. Thực trạng cụm công nghiệp tỉnh Hà Tĩnh 41",
            "2014-03-14",
            "ministry",
            [
                "thesis",
                "contents_page",
                "mojibake",
                "caps_title",
                "page_numbers_no_count",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Tĩnh")],
            events=[],
        ),
    ]
    # --- Vietnamese news of park approvals and cluster decisions naming the investor (S5's tag leads; the stories of S17 and S20 told in Vietnamese) ---
    rows += [
        h(
            n(),
            "Bình Lục Land sẽ làm KCN 245 ha ở Hà Nam\nPhó Thủ tướng Lê Quốc Trung vừa ký quyết định chấp thuận chủ trương đầu tư hạ tầng KCN Bình Lục 2, tỉnh Hà Nam; nhà đầu tư là Công ty CP Bình Lục Land.",
            "2024-09-11",
            "provincial",
            [
                "headline_lead",
                "short_name_in_headline",
                "deputy_pm_decision",
                "licence_no_government_party",
                "nha_dau_tu_la",
                "area",
                "multiline",
            ],
            persons=[per("Lê Quốc Trung", "Phó Thủ tướng")],
            provinces=[pv("Hà Nam")],
            firms=[f("Bình Lục Land", "Công ty CP")],
            areas=[ha(245)],
            locations=[park("Khu công nghiệp Bình Lục 2")],
            deals=[deal("investment", ["Bình Lục Land"], None, HNam)],
            events=[ev("investment_licence", [F("Bình Lục Land")], None, None, HNam, "licensed")],
        ),
        h(
            n(),
            "Dự án có tổng vốn hơn 2.040 tỷ đồng, thời hạn hoạt động 50 năm; nhà đầu tư cam kết góp tối thiểu 310 tỷ đồng vốn chủ sở hữu.",
            "2024-09-11",
            "provincial",
            ["project_terms", "no_firm", "minimum_approx", "duration_no_count", "no_event"],
            money=[m(2040 * B, "VND", approx=True), m(310 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Cũng trong tuần, Phó Thủ tướng đã chấp thuận chủ trương đầu tư KCN Quán Ngang 2 (Quảng Trị) quy mô 316 ha, giao Tổng công ty Hạ tầng Gio Linh làm nhà đầu tư.",
            "2024-09-11",
            "provincial",
            [
                "bare_role_no_person",
                "licence_no_government_party",
                "investor_assigned",
                "province_in_brackets",
                "area",
            ],
            provinces=[pv("Quảng Trị")],
            firms=[f("Hạ tầng Gio Linh", "Tổng công ty")],
            areas=[ha(316)],
            locations=[park("Khu công nghiệp Quán Ngang 2")],
            deals=[deal("investment", ["Hạ tầng Gio Linh"], None, QT)],
            events=[ev("investment_licence", [F("Hạ tầng Gio Linh")], None, None, QT, "licensed")],
        ),
        h(
            n(),
            "Việc thẩm định và giám sát dự án được giao cho Bộ Tài chính.",
            "2024-09-11",
            "provincial",
            ["tasks_clause", "no_event"],
            organizations=["Bộ Tài chính"],
            events=[],
        ),
        h(
            n(),
            "Hà Nam (TTXVN) – Thủ tướng Chính phủ vừa ký quyết định chấp thuận chủ trương đầu tư dự án hạ tầng kỹ thuật KCN Thanh Liêm 2 (huyện Thanh Liêm) rộng 187,6 ha, nhà đầu tư là Công ty CP Hạ tầng Kim Bảng.",
            "2024-09-12",
            "provincial",
            [
                "dateline",
                "agency_tag_no_org",
                "pm_as_body_grantor",
                "licence",
                "district",
                "area",
                "nha_dau_tu_la",
            ],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Hà Nam")],
            firms=[f("Hạ tầng Kim Bảng", "Công ty CP")],
            areas=[ha(187.6)],
            locations=[park("Khu công nghiệp Thanh Liêm 2"), district("huyện Thanh Liêm")],
            deals=[deal("investment", ["Hạ tầng Kim Bảng"], None, HNam)],
            events=[
                ev(
                    "investment_licence",
                    [G("Thủ tướng Chính phủ"), F("Hạ tầng Kim Bảng")],
                    None,
                    None,
                    HNam,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Phó Thủ tướng Hồ Đức Lâm vừa ký Quyết định số 1049/QĐ-TTg ngày 22/9/2025 chấp thuận chủ trương đầu tư KCN Hòa Phú 2 (tỉnh Đắk Lắk) quy mô 415 ha; nhà đầu tư là Công ty CP Phát triển Hạ tầng Buôn Ma Thuột Xanh.",
            "2025-09-25",
            "ministry",
            [
                "deputy_pm_decision",
                "decision_date_not_deal_date",
                "licence_no_government_party",
                "nha_dau_tu_la",
                "area",
            ],
            persons=[per("Hồ Đức Lâm", "Phó Thủ tướng")],
            provinces=[pv("Đắk Lắk")],
            firms=[f("Phát triển Hạ tầng Buôn Ma Thuột Xanh", "Công ty CP")],
            decisions=[d("1049/QĐ-TTg", "2025-09-22")],
            areas=[ha(415)],
            locations=[park("Khu công nghiệp Hòa Phú 2")],
            deals=[deal("investment", ["Phát triển Hạ tầng Buôn Ma Thuột Xanh"], None, DL)],
            events=[
                ev(
                    "investment_licence",
                    [F("Phát triển Hạ tầng Buôn Ma Thuột Xanh")],
                    None,
                    None,
                    DL,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "KCN Yên Lư 2 (Bắc Giang) rộng 298,5 ha do Công ty CP Phát triển Hạ tầng Việt Yên Xanh làm nhà đầu tư, tổng vốn khoảng 3.320 tỷ đồng, cũng vừa được chấp thuận chủ trương đầu tư.",
            "2024-11-20",
            "provincial",
            ["passive_licence", "licence_no_government_party", "do_lam_nha_dau_tu", "area", "approx"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Phát triển Hạ tầng Việt Yên Xanh", "Công ty CP")],
            money=[m(3320 * B, "VND", approx=True)],
            areas=[ha(298.5)],
            locations=[park("Khu công nghiệp Yên Lư 2")],
            deals=[deal("investment", ["Phát triển Hạ tầng Việt Yên Xanh"], 3320 * B, BG)],
            events=[
                ev(
                    "investment_licence",
                    [F("Phát triển Hạ tầng Việt Yên Xanh")],
                    3320 * B,
                    "VND",
                    BG,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "UBND tỉnh Vĩnh Long vừa quyết định thành lập Cụm công nghiệp Tân Quới 2 rộng 38 ha tại huyện Bình Tân; chủ đầu tư hạ tầng là Công ty CP Xây dựng Cơ điện Thành Phát, vốn gần 260 tỷ đồng.",
            "2024-10-15",
            "provincial",
            ["cluster_founded", "investor_after_semicolon", "district", "area", "approx"],
            organizations=["Ủy ban nhân dân tỉnh Vĩnh Long"],
            provinces=[pv("Vĩnh Long")],
            firms=[f("Xây dựng Cơ điện Thành Phát", "Công ty CP")],
            money=[m(260 * B, "VND", approx=True)],
            areas=[ha(38)],
            locations=[park("Cụm công nghiệp Tân Quới 2"), district("huyện Bình Tân")],
            deals=[deal("investment", ["Xây dựng Cơ điện Thành Phát"], 260 * B, VL)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Vĩnh Long"), F("Xây dựng Cơ điện Thành Phát")],
                    260 * B,
                    "VND",
                    VL,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Hạ tầng cụm phải xong trong 30 tháng; lô đất đầu tiên dành cho xưởng cơ khí và bao bì di dời khỏi khu dân cư.",
            "2024-10-15",
            "provincial",
            ["nfd", "target_sectors", "duration_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Sóc Trăng lập cụm công nghiệp 212 tỷ đồng ở Long Phú\nUBND tỉnh Sóc Trăng vừa quyết định thành lập Cụm công nghiệp Đại Ngãi rộng 24 ha tại huyện Long Phú, giao liên danh Công ty CP Đầu tư Xây dựng Tân Long và Công ty CP Cơ khí Mỹ Xuyên làm chủ đầu tư hạ tầng.",
            "2024-05-08",
            "provincial",
            [
                "headline_lead",
                "headline_amount",
                "cluster_founded",
                "consortium_licence",
                "district",
                "area",
                "multiline",
            ],
            organizations=["Ủy ban nhân dân tỉnh Sóc Trăng"],
            provinces=[pv("Sóc Trăng")],
            firms=[f("Đầu tư Xây dựng Tân Long", "Công ty CP"), f("Cơ khí Mỹ Xuyên", "Công ty CP")],
            money=[m(212 * B, "VND")],
            areas=[ha(24)],
            locations=[park("Cụm công nghiệp Đại Ngãi"), district("huyện Long Phú")],
            deals=[deal("investment", ["Đầu tư Xây dựng Tân Long", "Cơ khí Mỹ Xuyên"], 212 * B, ST)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Sóc Trăng"), F("Đầu tư Xây dựng Tân Long"), F("Cơ khí Mỹ Xuyên")],
                    212 * B,
                    "VND",
                    ST,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Hai cụm công nghiệp Mỹ Tú và Long Phú 2 vẫn chưa tìm được nhà đầu tư hạ tầng.",
            "2024-05-08",
            "provincial",
            ["invitation_no_investor", "two_parks_one_head_word", "count_in_words", "no_event"],
            locations=[park("Cụm công nghiệp Mỹ Tú"), park("Cụm công nghiệp Long Phú 2")],
            events=[],
        ),
    ]
    # --- A council resolution copied with broken lines (S3's second copy of the same resolution) and stray legal items (S1, S3, S11) ---
    rows += [
        h(
            n(),
            "HỘI ĐỒNG NHÂN\nDÂN\nTỈNH THÁI NGUYÊN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|\nSố:\n21/2020/NQ-HĐND\n|\nThái Nguyên, ngày 09\ntháng 12 năm 2020\n|",
            "2020-12-15",
            "legal",
            ["legal_header", "broken_lines", "pipe_table", "place_date_line", "multiline", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            decisions=[d("21/2020/NQ-HĐND", "2020-12-09")],
            events=[],
        ),
        h(
            n(),
            "NGHỊ QUYẾT\nQUY ĐỊNH CHÍNH SÁCH HỖ TRỢ PHÁT TRIỂN CÔNG NGHIỆP HỖ TRỢ TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN\nGIAI ĐOẠN 2021-2025",
            "2020-12-15",
            "legal",
            ["legal_title_caps", "multiline", "no_event"],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Căn cứ các Nghị định của Chính phủ: số 57/2018/NĐ-CP,\nngày 17 tháng 4 năm 2018 về cơ chế khuyến khích doanh nghiệp đầu tư vào nông nghiệp, nông thôn; số 31/2021/NĐ-CP, ngày 26 tháng 3 năm 2021 quy định chi tiết một số điều của Luật Đầu tư;",
            "2020-12-15",
            "legal",
            ["preamble", "decree_list", "comma_before_date", "broken_lines", "multiline", "no_event"],
            organizations=["Chính phủ"],
            decisions=[d("57/2018/NĐ-CP", "2018-04-17"), d("31/2021/NĐ-CP", "2021-03-26")],
            events=[],
        ),
        h(
            n(),
            "Điều 2. Hỗ trợ 70% kinh phí thuê tư vấn áp dụng hệ thống quản lý chất lượng, tối đa 300 triệu đồng/doanh nghiệp.\nĐiều 3. Giao Uỷ ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
            "2020-12-15",
            "legal",
            [
                "legal_article",
                "support_level",
                "per_unit_cap",
                "old_tone",
                "bare_committee_no_organisation",
                "multiline",
                "no_event",
            ],
            money=[m(300 * M, "VND")],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Căn cứ Quyết định số 1563/QĐ-TTg ngày 15 tháng 9 năm 2014 của Thủ tướng Chính phủ phê duyệt quy hoạch phát triển các khu công nghiệp vùng Bắc Trung Bộ; Quyết định số 2209/QĐ-TTg ngày 26 tháng 11 năm 2014 của Thủ tướng Chính phủ về chiến lược phát triển ngành cơ khí;",
            "2016-12-20",
            "legal",
            ["preamble", "two_decisions", "repeated_issuer", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            decisions=[d("1563/QĐ-TTg", "2014-09-15"), d("2209/QĐ-TTg", "2014-11-26")],
            events=[],
        ),
        h(
            n(),
            "Điều 4. Điều kiện hỗ trợ\n1. Dự án có sản phẩm thuộc Danh mục sản phẩm công nghiệp hỗ trợ ưu tiên phát triển ban hành kèm theo Nghị định số 111/2015/NĐ-CP;\n2. Đã được cấp Giấy chứng nhận đăng ký đầu tư hoặc quyết định chấp thuận chủ trương đầu tư.",
            "2025-12-16",
            "legal",
            ["legal_article", "conditions", "licence_as_condition_no_event", "multiline", "no_event"],
            decisions=[d("111/2015/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "c) Mỗi vùng sinh thái có ít nhất một trung tâm bảo hành, sửa chữa máy nông nghiệp do doanh nghiệp trong nước vận hành.",
            "2021-09-17",
            "legal",
            ["lettered_item", "count_in_words", "no_event"],
            events=[],
        ),
    ]
    # --- More tag and title lines, a thesis figure and a line naming an investor (S1, S5, S8, S10) ---
    rows += [
        h(
            n(),
            "Quyết định số 1107/QĐ-UBND ngày 28/4/2022 của UBND tỉnh Bắc Ninh phê duyệt Chương trình phát triển công nghiệp hỗ trợ",
            "2022-05-04",
            "legal",
            ["title_page", "decision_with_date", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            decisions=[d("1107/QĐ-UBND", "2022-04-28")],
            events=[],
        ),
        h(
            n(),
            "Nghị quyết 08/2023/NQ-HĐND Hưng Yên chính sách hỗ trợ đầu tư hạ tầng cụm công nghiệp",
            "2023-07-20",
            "legal",
            ["title_page", "no_date", "no_event"],
            provinces=[pv("Hưng Yên")],
            decisions=[d("08/2023/NQ-HĐND")],
            events=[],
        ),
        h(
            n(),
            "doanh nghiệp thứ cấp vào cụm công nghiệp được miễn tiền thuê đất 7 năm",
            "2025-03-10",
            "provincial",
            ["tag_page", "lowercase", "duration_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "tiep tuc trao quyet dinh chu truong dau tu cho nha dau tu",
            "2024-10-30",
            "ministry",
            ["tag_page", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cụm công nghiệp làng nghề",
            "2024-06-21",
            "provincial",
            ["tag_page", "lowercase", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Đất công nghiệp cho thuê chiếm khoảng 68% trong 220,3 ha của hai khu.",
            "2013-05-20",
            "ministry",
            ["thesis", "area", "percentage", "count_in_words", "no_event"],
            percentages=[68],
            areas=[ha(220.3)],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư KCN Phù Ninh 2 là Công ty CP Thép Sông Lô, tổng vốn gần 2.150 tỷ đồng.",
            "2025-05-06",
            "provincial",
            ["investor_line_no_verb", "deal_no_event", "park_without_province", "approx"],
            firms=[f("Thép Sông Lô", "Công ty CP")],
            money=[m(2150 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Phù Ninh 2")],
            deals=[deal("investment", ["Thép Sông Lô"], 2150 * B)],
            events=[],
        ),
    ]
    # --- English wire copy, features, portals and law-firm explainers (S17-S20) ---
    rows += [
        h(
            n(),
            "16:40 09/05/2023\n\nDeputy PM greenlights three more industrial parks\n\nMinh Thư\n\nIndustrial parks in Quang Ngai, Nghe An and Phu Tho have won investment policy approval in decisions signed by Deputy Prime Minister Dao Huu Nghia.",
            "2023-05-09",
            "ministry",
            [
                "english_copy",
                "timestamp_line",
                "byline",
                "unaccented_province",
                "no_investor_named",
                "multiline",
                "no_event",
            ],
            persons=[per("Minh Thư", None), per("Dao Huu Nghia", "Deputy Prime Minister")],
            provinces=[pv("Quảng Ngãi"), pv("Nghệ An"), pv("Phú Thọ")],
            events=[],
        ),
        h(
            n(),
            "More approvals are likely this year, brokers say, since land for new factories near ports and expressways is running short.\n\nPhoto: Illustration",
            "2023-05-09",
            "ministry",
            ["english_copy", "caption_placeholder", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ha Nam, Quang Tri get green light for two industrial parks\nHa Nam (VNA) – A decision signed by Prime Minister Pham Duc Long clears the way for Thanh Liem 2 industrial park, a technical infrastructure project in Thanh Liem district of the northern province.",
            "2024-09-12",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "dateline",
                "unaccented_province",
                "no_investor_in_row",
                "english_park_no_location",
                "multiline",
                "no_event",
            ],
            persons=[per("Pham Duc Long", "Prime Minister")],
            provinces=[pv("Hà Nam"), pv("Quảng Trị")],
            events=[],
        ),
        h(
            n(),
            "Kim Bang Infrastructure JSC is the developer of the 187.6-hectare site, which spans two communes.",
            "2024-09-12",
            "ministry",
            ["english_copy", "investor_line_no_verb", "deal_no_event", "count_in_words", "area"],
            firms=[f("Kim Bang Infrastructure", "JSC")],
            areas=[ha(187.6)],
            deals=[deal("investment", ["Kim Bang Infrastructure"])],
            events=[],
        ),
        h(
            n(),
            "Worth more than 2.04 trillion VND (88.6 million USD), the project has a 50-year term.",
            "2024-09-12",
            "ministry",
            ["english_copy", "trillion_vnd", "conversion_bracket", "approx", "duration_no_count", "no_event"],
            money=[m(2040 * B, "VND", approx=True), m(88_600_000, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "A separate decision approves Quan Ngang 3 IP in Gio Linh district, central Quang Tri province, where Gio Linh Infrastructure Corporation will put in 1.87 trillion VND (81.2 million USD).",
            "2024-09-12",
            "ministry",
            [
                "english_copy",
                "licence_no_government_party",
                "unaccented_province",
                "corporation_form",
                "conversion_bracket",
            ],
            provinces=[pv("Quảng Trị")],
            firms=[f("Gio Linh Infrastructure", "Corporation")],
            money=[m(1870 * B, "VND"), m(81_200_000, "USD", approx=True)],
            deals=[deal("investment", ["Gio Linh Infrastructure"], 1870 * B, QT)],
            events=[
                ev("investment_licence", [F("Gio Linh Infrastructure")], 1870 * B, "VND", QT, "licensed")
            ],
        ),
        h(
            n(),
            "Site clearance and the choice of contractors fall to the People's Committee of Quang Tri, according to the decision./.",
            "2024-09-12",
            "ministry",
            ["english_copy", "english_authority", "no_event"],
            organizations=["People's Committee of Quang Tri"],
            provinces=[pv("Quảng Trị")],
            events=[],
        ),
        h(
            n(),
            "HÀ NỘI — Sông Lô Steel JSC has been named investor of the Phù Ninh 2 Industrial Park in northern Phú Thọ Province under a decision on the park's investment policy signed by Deputy Prime Minister Đào Hữu Nghĩa.",
            "2025-05-06",
            "ministry",
            [
                "english_copy",
                "dateline_caps",
                "investor_first",
                "licence_no_government_party",
                "english_park_no_location",
            ],
            persons=[per("Đào Hữu Nghĩa", "Deputy Prime Minister")],
            provinces=[pv("Hà Nội"), pv("Phú Thọ")],
            firms=[f("Sông Lô Steel", "JSC")],
            deals=[deal("investment", ["Sông Lô Steel"], None, PT)],
            events=[ev("investment_licence", [F("Sông Lô Steel")], None, None, PT, "licensed")],
        ),
        h(
            n(),
            "Of the nearly VNĐ2.15 trillion (US$84.2 million) the 172.5-hectare park will cost, VNĐ325 billion is to be the developer's own money.",
            "2025-05-06",
            "ministry",
            ["english_copy", "no_firm", "equity_share", "conversion_bracket", "approx", "area", "no_event"],
            money=[m(2150 * B, "VND", approx=True), m(84_200_000, "USD", approx=True), m(325 * B, "VND")],
            areas=[ha(172.5)],
            events=[],
        ),
        h(
            n(),
            "In a second decision, Hạ Hòa Industrial Zone Development JSC was approved as investor of the 348.2-hectare Hạ Hòa Industrial Park, also in Phú Thọ, where it will spend about VNĐ3.4 trillion, some VNĐ512 billion of it equity.",
            "2025-05-06",
            "ministry",
            [
                "english_copy",
                "passive_licence",
                "licence_no_government_party",
                "english_park_no_location",
                "approx",
                "area",
            ],
            provinces=[pv("Phú Thọ")],
            firms=[f("Hạ Hòa Industrial Zone Development", "JSC")],
            money=[m(3400 * B, "VND", approx=True), m(512 * B, "VND", approx=True)],
            areas=[ha(348.2)],
            deals=[deal("investment", ["Hạ Hòa Industrial Zone Development"], 3400 * B, PT)],
            events=[
                ev(
                    "investment_licence",
                    [F("Hạ Hòa Industrial Zone Development")],
                    3400 * B,
                    "VND",
                    PT,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Appraisal of the policy and state oversight of the park were assigned to the Ministry of Finance. — VNS",
            "2025-05-06",
            "ministry",
            ["english_copy", "tasks_clause", "agency_credit", "no_event"],
            organizations=["Ministry of Finance"],
            events=[],
        ),
        h(
            n(),
            "Deputy PM approves VNĐ4.2 trillion industrial park in Thái Bình",
            "2024-12-03",
            "ministry",
            ["english_copy", "headline_only", "no_investor_named", "no_event"],
            provinces=[pv("Thái Bình")],
            money=[m(4200 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Approved by Decision 1562/QD-TTg of September 14, 2021, the national programme on farm machinery manufacturing has helped provincial mechanical workshops upgrade lathes, presses and welding lines.",
            "2024-03-18",
            "ministry",
            ["english_copy", "decision_code_ascii", "decision_with_date", "no_event"],
            decisions=[d("1562/QĐ-TTg", "2021-09-14")],
            events=[],
        ),
        h(
            n(),
            "Farm-machinery output from the programme's workshops has grown 11.8 per cent a year, a mid-term review found, and each VND1 of state money brought in roughly VND7 of the owners' own, VND6.3 trillion in all.",
            "2024-03-18",
            "ministry",
            ["english_copy", "percentage", "ratio_amounts", "approx", "no_event"],
            money=[m(1, "VND"), m(7, "VND", approx=True), m(6300 * B, "VND")],
            percentages=[11.8],
            events=[],
        ),
        h(
            n(),
            "A follow-up programme for 2026-2030, written by the Ministry of Industry and Trade, is awaiting the Prime Minister's signature.",
            "2024-03-18",
            "ministry",
            ["english_copy", "draft_programme", "bare_role_no_person", "no_event"],
            organizations=["Ministry of Industry and Trade"],
            events=[],
        ),
        h(
            n(),
            "Wednesday, May 8,2024 - 9:41 GMT+7  Việt Nam EngLish\n\nSóc Trăng provincial plan for 2021 - 2030, with a vision to 2050\n\n Tuesday, February 20,2024",
            "2024-02-20",
            "ministry",
            [
                "english_copy",
                "portal_header",
                "language_switch_no_location",
                "timestamp_line",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Sóc Trăng")],
            events=[],
        ),
        h(
            n(),
            "b) Shrimp processing, wind power and port logistics are to be Soc Trang's three growth engines by 2030.",
            "2024-02-20",
            "ministry",
            ["english_copy", "lettered_item", "unaccented_province", "count_in_words", "no_event"],
            provinces=[pv("Sóc Trăng")],
            events=[],
        ),
        h(
            n(),
            "Deputy PM Lưu Văn Hậu will chair a new steering committee overseeing industrial cooperation with the Republic of Korea to 2030, and Minister of Industry and Trade Đỗ Thành Nam will be his deputy, under a decision by the Prime Minister.",
            "2019-02-20",
            "ministry",
            ["english_copy", "steering_committee", "role_before_name", "country", "no_event"],
            persons=[per("Lưu Văn Hậu", "Deputy PM"), per("Đỗ Thành Nam", "Minister of Industry and Trade")],
            locations=[country("Republic of Korea")],
            events=[],
        ),
        h(
            n(),
            "• Bac Giang\n  • Bac Kan\n  • Bac Ninh\n  • Ben Tre\n\nVGP – Working rules for the steering committee on industrial cooperation with the Republic of Korea have been issued in a decision signed by Deputy Prime Minister Lưu Văn Hậu.",
            "2019-06-04",
            "ministry",
            ["english_copy", "nav_province_list", "agency_tag_no_org", "country", "multiline", "no_event"],
            persons=[per("Lưu Văn Hậu", "Deputy Prime Minister")],
            provinces=[pv("Bắc Giang"), pv("Bắc Kạn"), pv("Bắc Ninh"), pv("Bến Tre")],
            locations=[country("Republic of Korea")],
            events=[],
        ),
        h(
            n(),
            "In plain terms, the approval is the state's first yes to a project: it fixes what will be built, where, how big and by when, and who will build it.",
            "2024-01-15",
            "ministry",
            ["english_copy", "law_firm_explainer", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Main texts: the 2020 Investment Law, its guiding Decree 31/2021/ND-CP and Circular 03/2021/TT-BKHDT, which sets out the forms.",
            "2024-01-15",
            "ministry",
            ["english_copy", "law_firm_explainer", "decision_code_ascii", "law_title_no_number", "no_event"],
            decisions=[d("31/2021/NĐ-CP"), d("03/2021/TT-BKHĐT")],
            events=[],
        ),
        h(
            n(),
            "(+84) 9 68 22 14 40\n\nInvestment policy decisions in Vietnam: documents and procedures",
            "2024-01-15",
            "ministry",
            ["english_copy", "phone_line", "home_country_no_location", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Who signs depends on size and sector: the National Assembly for a few giant schemes, the Prime Minister for industrial park infrastructure, and provincial committees for most factories.",
            "2024-01-15",
            "ministry",
            ["english_copy", "law_firm_explainer", "bare_units", "no_event"],
            organizations=["National Assembly"],
            events=[],
        ),
        h(
            n(),
            '{"id":7142,"date":"2025-04-02T10:15:33","slug":"industrial-cluster-vietnam-guide","status":"publish","type":"new","title":{"rendered":"Industrial clusters in Vietnam: rules, incentives and outlook"}}',
            "2025-04-02",
            "ministry",
            ["english_copy", "json_dump", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Under Decree No. 32/2024/ND-CP, a new cluster must stay within a 10-75 hectare range and house no residents, a rule developers say rules out many bigger sites.",
            "2024-05-23",
            "ministry",
            ["english_copy", "law_firm_explainer", "decision_code_ascii", "area_range", "no_event"],
            decisions=[d("32/2024/NĐ-CP")],
            areas=[ha(10), ha(75)],
            events=[],
        ),
        h(
            n(),
            "Why cluster developers are staying away\n\n20:45, 11/10/2025",
            "2025-10-11",
            "provincial",
            ["english_copy", "headline_only", "timestamp_line", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Công nhân trải nhựa đường tại Cụm công nghiệp Thạnh Phú 2. Ảnh: Hoàng Lộc\nWorkers lay asphalt at Thạnh Phú 2 IC. Photo: Hoàng Lộc",
            "2025-10-11",
            "provincial",
            [
                "english_copy",
                "nfd",
                "bilingual_caption",
                "photo_credit",
                "english_park_no_location",
                "multiline",
                "no_event",
            ],
            persons=[per("Hoàng Lộc", None)],
            locations=[park("Cụm công nghiệp Thạnh Phú 2")],
            events=[],
        ),
        h(
            n(),
            "Nearly half of the country's planned industrial zones for small firms, about 1,080 clusters on some 38,200 hectares, have approved detailed plans, according to Ministry of Industry and Trade data to September 2025.",
            "2025-10-11",
            "provincial",
            [
                "english_copy",
                "national_statistics",
                "count",
                "approx",
                "area",
                "fraction_in_words",
                "no_event",
            ],
            organizations=["Ministry of Industry and Trade"],
            quantities=[c(1080, "clusters", True)],
            areas=[ha(38200, True)],
            events=[],
        ),
        h(
            n(),
            "Spending tells the same story: of roughly VNĐ195 trillion that approved cluster infrastructure projects need, just VNĐ64 trillion has gone into the ground.",
            "2025-10-11",
            "provincial",
            ["english_copy", "national_statistics", "approx", "trillion_vnd", "no_event"],
            money=[m(195_000 * B, "VND", approx=True), m(64_000 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Đồng Nai's own list runs to 61 planned ICs on more than 3,100 hectares, yet central wastewater plants exist at only 11 of the 19 in operation.",
            "2025-10-11",
            "provincial",
            ["english_copy", "count", "number_without_noun", "area", "approx", "no_event"],
            provinces=[pv("Đồng Nai")],
            quantities=[c(61, "planned ICs")],
            areas=[ha(3100, True)],
            events=[],
        ),
        h(
            n(),
            "SÓC TRĂNG — Two local firms, Tân Long Construction Investment JSC and Mỹ Xuyên Mechanical Engineering JSC, have been picked to develop the 24ha Đại Ngãi industrial cluster in Long Phú District, which the Sóc Trăng People's Committee has decided to set up at a cost of VNĐ212 billion (US$8.6 million).",
            "2024-05-08",
            "ministry",
            [
                "english_copy",
                "dateline_caps",
                "cluster_founded",
                "consortium_licence",
                "english_authority",
                "english_park_no_location",
                "conversion_bracket",
                "area",
            ],
            organizations=["Sóc Trăng People's Committee"],
            provinces=[pv("Sóc Trăng")],
            firms=[f("Tân Long Construction Investment", "JSC"), f("Mỹ Xuyên Mechanical Engineering", "JSC")],
            money=[m(212 * B, "VND"), m(8_600_000, "USD", approx=True)],
            areas=[ha(24)],
            deals=[
                deal(
                    "investment",
                    ["Tân Long Construction Investment", "Mỹ Xuyên Mechanical Engineering"],
                    212 * B,
                    ST,
                )
            ],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Sóc Trăng People's Committee"),
                        F("Tân Long Construction Investment"),
                        F("Mỹ Xuyên Mechanical Engineering"),
                    ],
                    212 * B,
                    "VND",
                    ST,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Mechanical, packaging and shoe makers will get first pick of the plots once roads and drainage are done in mid-2027.",
            "2024-05-08",
            "ministry",
            ["english_copy", "target_sectors", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Twelve clusters totalling 486ha are now in the province's plan and three are under construction, said Trần Minh Luân, vice chairman of the provincial People's Committee.",
            "2024-05-08",
            "ministry",
            ["english_copy", "person_role_after", "count_in_words", "area", "no_event"],
            persons=[per("Trần Minh Luân", "vice chairman of the provincial People's Committee")],
            areas=[ha(486)],
            events=[],
        ),
        h(
            n(),
            "Developers are still wanted for two more sites, Mỹ Tú and Long Phú 2. — VNS",
            "2024-05-08",
            "ministry",
            [
                "english_copy",
                "invitation_no_investor",
                "english_park_no_location",
                "agency_credit",
                "no_event",
            ],
            events=[],
        ),
    ]

    return rows
