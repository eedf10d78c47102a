# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 104 (blind, real-text shapes, issue 12): a blind batch written after reading ONLY the first 4 results of each of
20 searches of the search tool's `pages` corpus, in the order returned (80 result slots; nothing used from rank 5 or
lower, see "Own wording"), on the brief's theme: supporting-industry programmes of Hà Nội and Hồ Chí Minh City and their
outskirts: city decisions and support funds, loan-interest subsidies, CNHT certificates, firms that received support or
won orders through the programmes, and the news around them (2019-2026). Written and annotated for every field BEFORE
any tagger was run on them, without reading the tagger code, data, tests or notes. Searches, numbered S1-S20 in the
section comments: S1 "chương trình phát triển công nghiệp hỗ trợ Hà Nội giai đoạn 2021-2025 quyết định UBND thành phố",
S2 "TP.HCM chương trình kích cầu đầu tư hỗ trợ lãi suất doanh nghiệp công nghiệp hỗ trợ", S3 "Hà Nội hỗ trợ doanh
nghiệp công nghiệp hỗ trợ kinh phí ngân sách thành phố", S4 "giấy chứng nhận sản phẩm công nghiệp hỗ trợ Hà Nội cấp cho
doanh nghiệp", S5 "TP.HCM hỗ trợ lãi suất vay vốn dự án công nghiệp hỗ trợ được duyệt", S6 "doanh nghiệp công nghiệp hỗ
trợ Hà Nội được hỗ trợ trở thành nhà cung cấp cho doanh nghiệp FDI", S7 "Sở Công Thương Hà Nội công nghiệp hỗ trợ kết
nối cung ứng đơn hàng doanh nghiệp", S8 "Trung tâm Phát triển công nghiệp hỗ trợ TP.HCM doanh nghiệp ký kết hợp đồng",
S9 "khu công nghiệp hỗ trợ Nam Hà Nội Đông Anh công nghiệp hỗ trợ dự án", S10 "quỹ hỗ trợ phát triển công nghiệp hỗ trợ
TP Hồ Chí Minh cho vay ưu đãi", S11 "Hà Nội khu công nghiệp Phú Nghĩa Quang Minh doanh nghiệp công nghiệp hỗ trợ đầu tư
nhà máy", S12 "chương trình kích cầu đầu tư TP.HCM phê duyệt dự án hỗ trợ lãi suất 2024", S13 "Hội Doanh nghiệp cơ khí
điện TP.HCM công nghiệp hỗ trợ doanh nghiệp đơn hàng xuất khẩu", S14 "Hà Nội đề án phát triển công nghiệp hỗ trợ nghị
quyết HĐND hỗ trợ doanh nghiệp 2026", S15 "Bình Dương Long An vùng ven TP.HCM công nghiệp hỗ trợ doanh nghiệp nhận hỗ
trợ", S16 "Hà Nội công nghiệp hỗ trợ doanh nghiệp được cấp giấy chứng nhận sản phẩm ưu tiên phát triển", and in English
S17 "Hanoi supporting industry development programme firms support certificates", S18 "Ho Chi Minh City supporting
industry interest rate subsidy loans businesses", S19 "HCM City stimulus programme supporting industry projects
approved loans", S20 "Hanoi supporting industry enterprises become suppliers to foreign firms orders". No sentence is
taken or paraphrased from a page; the shapes are. Firm and person names are invented (Đầu tư và Xây dựng Kinh Đô /
Kidoco, Cơ khí và Thương mại Bình Minh, Cơ khí Phú Lâm, Nhựa Thăng Long Xanh, Thiết bị điện Đông Anh, Cơ khí Mê Linh,
Kanto Seimitsu, Tan Phat Precision Mechanical, Hoang Gia Plastics Company, the Ningbo Association for SME Promotion, the
parks Kim Hoa, Bình Phú and Tân Tiến, and every official, chairman, byline and photographer, among them a fictional
Deputy Prime Minister, city chairmen and vice chairmen); well-known names (HFIC, HoREA, HANSIBA, Informa, NC Network
Corporation, ReedTradex, Toyota, Hyundai, Samsung, Bộ Công Thương) appear only in sentences of our own with figures,
dates and places changed; decision, plan and decree numbers are invented.

What the sample looked like (80 result slots, about 50 distinct pages: a vtv.vn tag "cho vay nguồn vốn hỗ trợ" came back
four times, the 24hmoney "Hà Nội tìm chủ đầu tư cho 2 khu công nghiệp 560ha" headline three times (four with rank 6), a
law-firm question tag on the 2% interest support three times, the e-vehicle tag, the vtvgo video blurb, a doanhnghiep
category page, a cand tag page, a lamgiau tag page, a fw.com.vn blog copy, the HoREA headline, a doanhnghiephoinhap
article, Hà Nội's 2026-2030 programme page, an mtahanoi page, a talkvietnam VNA copy and two SGGP English items twice
each): 34 slots were tag titles, hashtags, law-firm question tags, decision and decree titles, a download slug, keyword
pages and bare headlines (social-housing credit packages, a city pricing decision, HoREA's request, the idle-parks
headline, a t.me share link with a URL-encoded title, an unaccented SME tag, a typo'd growth headline); 16 were tag,
author, category, video and project pages with a blurb (a QĐ-UBND on new parks, two video blurbs with bylines, the
key-products tag, the cand supporting-industry tag twice, an interview blurb with the HCMC trade director, a planned
park groundbreaking by a named state construction group, a committee's land lease to a named firm in a cluster, a Deputy
PM's park approval with no investor, a Bình Dương park-expansion blurb); 3 were spam (a betting keyword salad, two
football-betting mirrors of Hà Nội key-product news with a byline); 3 were a feature on the state of supporting industry
(twice) and a research article on Bình Dương; 8 were Vietnamese news (the HCMC 1,000-billion interest-support blog copy
twice, Hà Nội's SME scheme with its budget split and an initials byline, a Hà Nội second-half targets piece with
related-headline chrome twice, an association congress with caps photo credits, a mechanical trade week with national
statistics, Hà Nội's key-product recognition with its QĐ-UBND, Top-10 list and certificates); 16 were English (Hà Nội's
2026-2030 programme on a portal and in VNS copy, a fair organiser's page twice, a VNA copy of the 2021 plan twice, SGGP's
interest-support decision twice, VietnamPlus and a parliament paper on the same decision, a pandemic-era support
roundup, SGGP on the 2025 stimulus loans with a supported firm in a caption, VietnamPlus on reviving the stimulus
programme, SGGP's conference piece, a TBTCO English piece on the Hà Nội association's agreement). Only 3 of the 80 slots
told a deal or an event with named parties (the planned groundbreaking, the committee's land lease, the associations'
cooperation agreement); every interest-support, credit-package and certificate slot named no borrower and no signed
loan, and the S4 certificate search gave only legal titles, so the batch carries far fewer deal rows (2%) than earlier
batches, in the sample's proportion.

Rows: 158 (hand-29601 to hand-29758); 3 carry a deal or an event (2%): 3 events (1 investment announcement, 1
cooperation, 1 MoU) and 1 `deals` entry (investment); no row holds a deal without an event, 2 rows hold an event without
a deal (29645 the committee's land lease, 29718 the associations' agreement). 155 rows are negatives and other fields.
By page kind: 5 rows of spam salads and mirrors (29601-29604, 29744), 51 of tag titles, hashtags, question tags,
document titles, slugs, keyword pages and bare headlines (29605-29633, 29720-29730, 29745-29755; 0 with a deal or
event), 18 of tag, author, category, video and project pages with a blurb (29634-29647, 29731-29734; 2), 12 of a feature
and a research article (29648-29655, 29740-29743; 0), 35 of Vietnamese news (29656-29682, 29735-29739, 29756-29758; 0),
37 of English copy (29683-29719; 1); 37 rows are English (`english_copy`, 23%). 8 rows are stored in NFD (hand-29621,
29655, 29666, 29721, 29737, 29743, 29747, 29757); 5 use old tone placement (29640 "nội địa hoá", 29664 "số hoá", 29671
"tự động hoá, thương mại hoá", 29729 "hàng hoá", 29741 "công nghiệp hoá, hiện đại hoá"); 36 hold several lines
(headlines and leads, page chrome, bylines, captions, share links, related-headline strips, abstracts, section heads).

Own wording: on review of the first draft against the sampled pages, about 60 drafts followed a sampled sentence too
closely (same clause order or the same list with names and figures swapped) and were rewritten from scratch with another
order (object-first, passive, percentage-first, effect-first) and other facts: the spam mirrors, the QĐ-UBND author-page
lead, the video blurbs, the key-products and cand tag leads, the interview blurb, the planned groundbreaking, the
category leads, the land lease, the park approval, the Bình Dương blurb; the feature's import, GDP-share, definition and
scope lines; the research article's stage, structure and pull lines; the blog copy's lead and land line; the SME
scheme's budget split and recurrent-spending line; the Hà Nội targets, credit-package, IIP and conference lines; the
congress's election, goal, growth and membership lines; the trade week's statistics, exports, equipment-share and
competitiveness lines; the recognition decision and certificate lines; and nearly every English row (the programme's
decision, regional links and projects; the organiser's session and fair partners; the plan's targets; the decision's
cap and shares; the VietnamPlus lead, caption, subsidy share and ceiling; the pandemic figures; the 2025 loan counts;
the revival seminar, freeze and cap; the conference and the plastics firm's complaint; the association's plans and its
chairman). Dropped as too close to one sampled sentence: a second vtvgo video blurb, a planning-focus line and a
structure line of the Hà Nội targets piece, a second land line of the blog copy; four English rows were cut to bring the
English share down to the sample's (a subsidy-period line, a key-industries list, a cancelled-fairs count, the
agreement's terms). Dropped or changed because their shape came only from ranks 5-8: a TP.HCM land-quota headline (S12
r5), an interest-support headline for social housing (S12 r6), a Đồng Nai cluster blurb (shape of S15 r5), a video
blurb on a government resolution (S6 r8), a line on recognised firms' revenue and Top-500 count (S16 r7-r8), a blurb on
300 firms able to supply multinationals (S17 r5, r7), a line on 80-120 SMEs a year (S3 r8), and a tag on Hà Nội keeping
100% of fee revenue (S17 r8) turned into a tag of another content. Nothing else was used from ranks 5-8, among them:
bnews' quy hoạch slug and an education-office decision (S1 r5-r6), HoREA's package and a VRB hashtag as ranks 5-6, a
lecture-notes dump and congnghieptieudung's interest-support piece with HFIC's vice general director (S2 r5-r8), the
2026-2030 SME resolution pieces and bnews' key-products scheme (S3 r5-r8), food-safety and Bộ Công Thương slugs (S4
r5-r8), doanhnghiephoinhap's 42/2024/QĐ-UBND conference piece (S5 r7), a Tuổi Trẻ VSI Expo item with 50% booth support,
a semiconductor tag and a Gia Lai-printed regional cooperation agreement between the HCMC hi-tech park board and four
provinces' zone boards (S8 r5-r8), the Nam Hà Nội support-park plan, two cluster-founding items with their developers
and a textile plant's land lease (S9 r5-r8), a Hapro cluster and a Phùng cluster developer (S11 r5), a Hóc Môn
association blog, a recruitment title and mwld's TTI supplier search (S13 r5-r8), Hà Nội's 482/NQ-HĐND, a Portuguese
copy and an 11% growth target (S14 r5-r8), VOV's 33 products and the 2021 lists (S16 r5-r8), the VietnamPlus 950-firm
target, a 2016 programme of the ministry, a VNA copy and a Resolution 115 page (S17 r5-r8), SGGP's 2025 stimulus, a
vietstock credit package, laodong's conference piece and SGGP's November conference (S18 r5-r8), the VietnamPlus
decision copy, a VRB hashtag, the HFIC-HUBA agreement and the pandemic roundup (S19 r5-r8), and the vietmaz and
vietnamplus copies, vtvgo and VOV World (S20 r5-r8).

Conventions: exactly those of batches 10 and 12-103 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a support grant or subsidy from a state programme is no event and no deal (batch 23), a khuyến công
or support scheme, a credit package with no named borrower (batch 13), a programme, a plan, a decision approving a
scheme, a recognition and a quality or product certificate (batch 24) give no deal; a planned groundbreaking by a named
firm ("sẽ khởi công") is an announced investment (batches 41, 48); a People's Committee's land lease to a firm is a
signed cooperation event of committee and firm with no deal (batches 28, 40, 93, 103); an association-association
cooperation agreement is an MoU event with organization parties and no `deals` entry (batches 37, 49); an approval with
no investor gives decisions, persons and parks only; vague amounts are no amounts, "khoảng", "gần", "hơn", "trên",
"chừng", "tối thiểu", "nearly", "about", "over", "more than", "almost", "around" approximate, "tối đa", "up to", "at
most" not; caps per project are money without `per` (batch 80); in a bracketed conversion both figures are money; m²
and hectares are areas (m² converted); counts need a digit and a noun, English counts keep their English noun; counts
in words, ordinals, durations, page and section numbers are none; "CTCP"/"Công ty cổ phần" are "Công ty CP", "Tổng Công
ty cổ phần X" is "Tổng công ty"; "Co., Ltd" is "Co., Ltd.", "PLC" kept, "Company" and "Corporation" stay in the name; a
province inside a firm's name is no mention, inside an organisation's, park's or event's name it is; parks written in
Vietnamese (KCN, CCN, lower-case "khu/cụm công nghiệp X") are locations, English ones none; Vietnamese country words and
English country nouns are countries, "Việt Nam" and continents none; "huyện X" is a district, bare district names
nothing; organisations expand UBND and HĐND, government parties keep the text's spelling; a role's organisation is also
an organisation; bylines and caps photo credits are persons without role, initials bylines ("T.Hằng") none; outlet,
agency and site credits, URLs and unaccented slugs give nothing; lower-case province names in tag titles and spam give
nothing. Every row with no event carries `events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- HCMC's state financial investment company is a firm (a state-owned company, not a government body): "Ho Chi Minh City
  State Financial Investment Company" with "(HFIC)" in brackets is one firm whose name holds the province (no mention
  from it; the committee in the same row gives it), "HCM City Finance and Investment State-owned Co." keeps "Co." as
  form, and "HFIC" written alone is a firm mention (29697, 29703, 29710, 29715). Its loan approvals for unnamed projects
  and the committee's interest-support decisions for "six of them" give money and counts only, no event.
- A firm named in a caption as "one of the firms receiving capital support under ... investment stimulus program"
  (29709) is a firm mention, no event (a support recipient, batch 23's grant); a plastics firm's complaint about the
  programme (29716) likewise.
- A planned groundbreaking told in the passive with the investor after the project, under a tag headline glued to a
  section stamp ("... vào năm 2026Đầu tư xanh - 11/03 10:24Dự án khu công nghiệp rộng 276ha tại Sóc Sơn sẽ được Tổng
  Công ty cổ phần X (Kidoco) khởi công muộn nhất trong quý II/2026, UBND TP. Hà Nội cho biết", 29642) is X's announced
  investment sited in Hà Nội without amount; the committee as source is an organisation, no party; "gần 280ha" in the
  headline and "276ha" in the lead are two areas; bare "Sóc Sơn" nothing.
- A committee's land lease told firm-first in the passive under a category headline ("Công ty TNHH X được UBND TP Hà Nội
  cho thuê 11.864m² đất tại Cụm công nghiệp Bình Phú, huyện Thạch Thất, theo Quyết định số 4127/QĐ-UBND, để dựng nhà
  máy ...", 29645) is the cooperation event of G("UBND TP Hà Nội") and X sited in Hà Nội, no deal (the plant is the
  lease's purpose, no investment stated); the next glued headline's lower-case "cụm công nghiệp Tân Tiến" is a park.
- The English association agreement ("the Hanoi Supporting Industry Business Association (HANSIBA) signed a cooperation
  agreement with the Ningbo Association for SME Promotion of China", 29718) is a signed MoU of the two organisations, no
  province for the event (nothing sited), "In May" no date; the chairman's row writes the acronym alone as organisation.
- A city department taking suppliers to fairs "with help from NC Network Corporation (Japan) and ReedTradex (Thailand)"
  (29693) is coordination without an agreement: firms and countries, no event; an organiser line "Sự kiện do Sở Công
  Thương ... phối hợp với Hiệp hội ... tổ chức" (29757) likewise.
- Hà Nội's key-industrial-product recognition: the QĐ-UBND with its date, the Top-10 line naming products "của Công ty
  X" (firms as written, places inside their names no locations), the certificate and logo line give no event ("Top 10"
  no count); "61 sản phẩm của 39 doanh nghiệp" and "52 sản phẩm" are counts.
- Interest-support figures: "50-100%" gives both percentages, "50% or 100%" both, "100 percent domestic capital" a
  percentage; "lãi suất từ 4,1% đến 4,3%" both ends; "6%/năm" and "4,5%/năm" percentages; "40.000 tỉ đồng", "145 nghìn
  tỷ" and "VND4.35 trillion" money; the blog's headline and lead each name 1.200 tỷ đồng (two money entries).
- English programme items: "Decision No. 5873/QD-UBND dated November 28, 2025" gives the dated decision, "Plan No.
  57/KH-UBND" the plan; unaccented provinces in brackets ("(Hanoi, Vinh Phuc)") are provinces; "South Hanoi Supporting
  Industry Zone", "Hà Nội IT Park" and "MTA Hanoi" give the province from their names, no location; "the municipal
  People's Committee", "the People's Committee" and "the city People's Council" are bare (no organisation); "Informa
  Markets" and "Informa PLC" are two firms, the company number no count.
- Vietnamese lines: "Bình Dương và Bà Rịa - Vũng Tàu cũ" gives both provinces; "TPHCM mới" the city; "Thủ đô" and "the
  capital" no province; "hàng nghìn", "hàng trăm" no counts; "Phó Chủ tịch UBND TP" written after a name is the role as
  written with no organisation (the city unnamed), "HĐND TP. Hà Nội" the council; "Chủ tịch HĐTV Công ty TNHH X" gives
  the role and the firm; a research article's caps author with "ThS." and an affiliation in brackets is a person without
  role and the university an organisation naming TP.HCM."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_104(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    E = "english_copy"
    HN = cur("Hà Nội")

    ids = iter(range(29601, 29601 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- Spam keyword salads and spam mirrors (S13 r4, S16 r1-r2) ---
    rows += [
        h(
            n(),
            "99vin điểm chuẩn cao đẳng kỹ thuật cao thắng tp.hcmcách tính thuế tncn năm 2025giá thép xây dựng hôm nay",
            "2025-08-14",
            "ministry",
            ["spam_keywords", "run_together_words", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "99vin hồ sơ vay vốn kích cầu đầu tưsoi kèo la liga đêm naymẫu biên bản quyết toán thuế",
            "2025-09-02",
            "ministry",
            ["spam_keywords", "run_together_words", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Năm 2022,cácsảnphẩmđạtdanhhiệuchủlựckết quả bóng đá serie a Hội đồng xét chọn đã chấm hồ sơ của 61 doanh nghiệp trên địa bàn Hà Nội, nhiều hơn năm trước 11 đơn vị.",
            "2023-01-09",
            "ministry",
            ["spam_mirror", "run_together_words", "count", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(61, "doanh nghiệp"), c(11, "đơn vị")],
            events=[],
        ),
        h(
            n(),
            "Danh hiệu có hiệu lực 36 tháng, tính từ 02/12/2015.ảnphẩmchủlựctỷ lệ kèo châu á hôm nay Doanh nghiệp được công nhận sẽ được ưu tiên về vốn, mặt bằng và xúc tiến thương mại.\nXem danh sách tại đây./.\nThanh Vân",
            "2016-01-20",
            "ministry",
            ["spam_mirror", "run_together_words", "duration_no_count", "byline", "multiline", "no_event"],
            persons=[per("Thanh Vân", None)],
            events=[],
        ),
    ]
    # --- Tag titles, hashtags, law-firm question tags, document titles, slugs and bare headlines (S1 r1 r2 r4, S2 r1-r3, S3 r1 r3, S4 r1-r4, S5 r1 r3 r4, S6 r4, S8 r2 r3, S9 r1 r2, S10 r1-r4, S11 r1, S12 r1-r4, S14 r1-r3, S15 r1-r2) ---
    rows += [
        h(
            n(),
            "quy định hà nội được thí điểm cơ chế riêng về quản lý đô thị",
            "2024-06-27",
            "ministry",
            ["tag_title", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hà Nội tính hỗ trợ 5 triệu đồng cho mỗi xe máy điện thay xe xăng",
            "2025-07-18",
            "ministry",
            ["tag_title", "province_bare", "no_event"],
            provinces=[pv("Hà Nội")],
            money=[m(5 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "hà nội dự kiến trợ giá cho người dân bỏ xe xăng",
            "2025-07-19",
            "ministry",
            ["tag_title", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "UBND thành phố Hà Nội quyết định mức giá dịch vụ trông giữ xe đạp điện",
            "2023-11-02",
            "ministry",
            ["tag_title", "ubnd_expanded", "no_event"],
            organizations=["Ủy ban nhân dân thành phố Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "cho vay vốn ưu đãi",
            "2024-03-11",
            "ministry",
            ["tag_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "nguồn vốn vay tiếp sức sản xuất",
            "2024-04-02",
            "ministry",
            ["tag_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thủ tục nhận hỗ trợ lãi suất 2% dành cho doanh nghiệp gồm những bước nào?",
            "2022-08-30",
            "legal",
            ["law_firm_question_tag", "percentage", "no_event"],
            percentages=[2],
            events=[],
        ),
        h(
            n(),
            "Hồ sơ đề nghị ngân sách bù 2% lãi vay nộp ở đâu, trong bao lâu?",
            "2022-09-14",
            "legal",
            ["law_firm_question_tag", "percentage", "no_event"],
            percentages=[2],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp phải đáp ứng điều kiện gì để được hỗ trợ lãi suất?",
            "2022-10-05",
            "legal",
            ["law_firm_question_tag", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "HoREA đề nghị kéo dài gói 40.000 tỉ đồng, lãi suất 6%/năm",
            "2023-05-22",
            "ministry",
            ["bare_headline", "acronym_org", "ti_spelling", "percentage_per_year", "no_event"],
            organizations=["HoREA"],
            money=[m(40_000 * B, "VND")],
            percentages=[6],
            events=[],
        ),
        h(
            n(),
            "các giải pháp gỡ khó cho doanh nghiệp",
            "2023-02-08",
            "ministry",
            ["tag_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "biện pháp tiếp sức doanh nghiệp sau dịch",
            "2022-05-16",
            "ministry",
            ["tag_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "giấy chứng nhận cơ sở đủ điều kiện sản xuất phân bón",
            "2021-12-01",
            "legal",
            ["tag_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "download phap luat thong tu 36 2021 tt btc le phi cap giay chung nhan hop quy san pham",
            "2021-07-12",
            "ministry",
            ["download_slug", "unaccented", "unaccented_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1874/QĐ-BCT 2021 công bố thủ tục hành chính lĩnh vực công nghiệp hỗ trợ",
            "2021-06-23",
            "legal",
            ["decision_title", "year_only_no_date", "no_event"],
            decisions=[d("1874/QĐ-BCT")],
            events=[],
        ),
        h(
            n(),
            "Nghị định 31/2019/NĐ-CP Trình tự chứng nhận hợp quy sản phẩm, hàng hóa",
            "2019-05-04",
            "legal",
            ["decision_title", "no_event"],
            decisions=[d("31/2019/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 2417/QĐ-BKHCN 2019 thủ tục hành chính về tiêu chuẩn đo lường chất lượng",
            "2019-09-10",
            "legal",
            ["decision_title", "year_only_no_date", "nfd", "no_event"],
            decisions=[d("2417/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "Trình tự cấp lại giấy chứng nhận hợp chuẩn khi bị mất",
            "2022-03-28",
            "legal",
            ["law_firm_question_tag", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hà Nội kêu gọi nhà đầu tư cho 2 khu công nghiệp 610ha nằm im nhiều năm",
            "2024-10-21",
            "ministry",
            ["bare_headline", "count", "area", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(2, "khu công nghiệp")],
            areas=[ha(610)],
            events=[],
        ),
        h(
            n(),
            "Hà Nội: tìm chủ mới cho khu công nghiệp hơn 300ha bỏ dở sau 15 năm",
            "2024-10-23",
            "ministry",
            ["bare_headline", "area", "approx", "duration_no_count", "no_event"],
            provinces=[pv("Hà Nội")],
            areas=[ha(300, True)],
            events=[],
        ),
        h(
            n(),
            "Khuyến khích doanh nghiệp trích lợi nhuận lập quỹ đổi mới công nghệ",
            "2020-11-17",
            "ministry",
            ["portal_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "https://t.me/share/url?url=https://tapchicongthuong.vn/bai-viet/ha-noi-gan-5900-ty-dong-xay-ha-tang-khu-cong-nghiep-soc-son-120311.htm&text=H%C3%A0+N%E1%BB%99i%3A+G%E1%BA%A7n+5.900+t%E1%BB%B7\nhttps://tapchicongthuong.vn/bai-viet/ha-noi-gan-5900-ty-dong-xay-ha-tang-khu-cong-nghiep-soc-son-120311.htm\nHà Nội: Gần 5.900 tỷ đồng xây hạ tầng khu công nghiệp Sóc Sơn",
            "2024-05-08",
            "ministry",
            [
                "share_link",
                "url_encoded_nothing",
                "bare_headline",
                "approx",
                "lower_case_park",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            money=[m(5900 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Sóc Sơn")],
            events=[],
        ),
        h(
            n(),
            "chương trình cho vay 650 tỷ đồng lãi suất ưu đãi",
            "2024-08-19",
            "ministry",
            ["hashtag", "no_event"],
            money=[m(650 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "tín dụng ưu đãi cho sản xuất",
            "2024-08-19",
            "ministry",
            ["hashtag", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "gói vay nhà ở xã hội 145.000 tỷ",
            "2023-04-03",
            "ministry",
            ["tag_title", "no_event"],
            money=[m(145_000 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "gói tín dụng 145 nghìn tỷ vay mua nhà ở xã hội chính thức giải ngân",
            "2023-04-10",
            "ministry",
            ["keyword_page", "nghin_ty", "no_event"],
            money=[m(145_000 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Hà Nội bàn giải pháp tăng trường 9%",
            "2025-02-14",
            "ministry",
            ["bare_headline", "typo", "percentage", "no_event"],
            provinces=[pv("Hà Nội")],
            percentages=[9],
            events=[],
        ),
        h(
            n(),
            "Chinh sach ho tro doanh nghiep nho va vua Ha Noi",
            "2025-07-10",
            "ministry",
            ["tag_title", "unaccented", "no_event"],
            events=[],
        ),
        h(
            n(),
            "vay von uu dai doanh nghiep san xuat",
            "2024-09-30",
            "ministry",
            ["tag_title", "unaccented", "no_event"],
            events=[],
        ),
    ]
    # --- Tag, author, category and video pages with a blurb (S1 r3, S6 r1-r2, S7 r1 r3 r4, S8 r1 r4, S9 r3-r4, S11 r2-r4, S13 r3, S15 r4, S16 r3) ---
    rows += [
        h(
            n(),
            "Hà Nội đặt mục tiêu có thêm 4 khu công nghiệp trước năm 2026\n\nTinkinhte.vn - Quyết định số 214/QĐ-UBND vừa được UBND thành phố Hà Nội ban hành, phê duyệt Đề án thành lập các khu công nghiệp mới giai đoạn 2021 - 2025; mục tiêu tối thiểu là 4 khu",
            "2021-01-13",
            "ministry",
            [
                "author_page",
                "headline_lead",
                "site_credit_nothing",
                "object_first_decision",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            organizations=["Ủy ban nhân dân thành phố Hà Nội"],
            provinces=[pv("Hà Nội")],
            decisions=[d("214/QĐ-UBND")],
            quantities=[c(4, "khu công nghiệp"), c(4, "khu", True)],
            events=[],
        ),
        h(
            n(),
            "Hàng xuất khẩu muốn giữ lại nhiều giá trị hơn thì phải dùng nhiều linh kiện nội hơn; ở Hà Nội, công nghiệp phụ trợ còn được xem là cách kéo thêm vốn FDI.\n\nVIDEO LIÊN QUAN",
            "2021-04-06",
            "ministry",
            ["video_blurb", "page_chrome", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "[VIDEO] Thủ đô đẩy mạnh công nghiệp hỗ trợ\n\nKhoảng 930 doanh nghiệp phụ trợ là con số Hà Nội muốn đạt trong năm 2022; ba nhóm được ưu tiên là linh kiện phụ tùng, hàng cho công nghiệp công nghệ cao và phụ liệu dệt may, da giày.\nMinh Khuê, Đức Anh",
            "2022-03-15",
            "ministry",
            ["video_blurb", "headline_lead", "count", "approx", "byline_two", "multiline", "no_event"],
            persons=[per("Minh Khuê", None), per("Đức Anh", None)],
            provinces=[pv("Hà Nội")],
            quantities=[c(930, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm chủ lực: bệ phóng để doanh nghiệp Thủ đô vươn ra thị trường lớn\n(LĐTĐ) Giá trị gia tăng và sức cạnh tranh của hàng công nghiệp Thủ đô được kỳ vọng đi lên nhờ nhóm sản phẩm chủ lực mà Hà Nội chọn ra hằng năm…",
            "2023-10-30",
            "ministry",
            ["tag_page", "headline_lead", "outlet_credit_nothing", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "hội chợ sản phẩm công nghiệp chủ lực thành phố hà nội\n\nTôn vinh sản phẩm chủ lực, tiếp sức doanh nghiệp Thủ đô\n(LĐTĐ) Hơn 60 gian hàng của doanh nghiệp có sản phẩm chủ lực góp mặt tại hội chợ năm nay…",
            "2023-11-02",
            "ministry",
            [
                "tag_page",
                "lower_case_tag_title",
                "outlet_credit_nothing",
                "count",
                "approx",
                "multiline",
                "no_event",
            ],
            quantities=[c(60, "gian hàng", True)],
            events=[],
        ),
        h(
            n(),
            "công nghiệp hỗ trợ\n\nKhơi thông vốn cho công nghiệp hỗ trợ\n\nGần 29% kim ngạch xuất khẩu công nghiệp cả nước đến từ TP Hồ Chí Minh, nhưng doanh nghiệp phụ trợ của thành phố vẫn khát vốn trung và dài hạn.",
            "2022-07-19",
            "ministry",
            ["tag_page", "headline_lead", "percentage", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[29],
            events=[],
        ),
        h(
            n(),
            'ngành công nghiệp hỗ trợ\n\nDoanh nghiệp phụ trợ TP Hồ Chí Minh chờ thêm "đòn bẩy"\n\nCông nghiệp chiếm khoảng một phần ba giá trị sản xuất của thành phố, song tỷ lệ nội địa hoá linh kiện vẫn dưới 35%.',
            "2022-07-26",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "fraction_in_words",
                "old_tone",
                "percentage",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[35],
            events=[],
        ),
        h(
            n(),
            "Phỏng vấn: chính sách cho doanh nghiệp cơ khí\n\nÔng Lâm Quốc Huy, Giám đốc Sở Công Thương TP.HCM, trả lời phỏng vấn bên lề sự kiện của Hội Doanh nghiệp cơ khí TP.HCM: thành phố sẽ dành quỹ đất để doanh nghiệp tự động hóa đặt xưởng gần nhau…",
            "2019-11-08",
            "ministry",
            ["project_page", "headline_lead", "role_after_name", "multiline", "no_event"],
            persons=[per("Lâm Quốc Huy", "Giám đốc Sở Công Thương TP.HCM")],
            organizations=["Hội Doanh nghiệp cơ khí TP.HCM", "Sở Công Thương TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Hà Nội sẽ có thêm khu công nghiệp gần 280ha vào năm 2026Đầu tư xanh - 11/03 10:24Dự án khu công nghiệp rộng 276ha tại Sóc Sơn sẽ được Tổng Công ty cổ phần Đầu tư và Xây dựng Kinh Đô (Kidoco) khởi công muộn nhất trong quý II/2026, UBND TP. Hà Nội cho biết.",
            "2025-03-11",
            "ministry",
            [
                "tag_page",
                "glued_headline_section_time",
                "planned_groundbreaking",
                "passive",
                "announced",
                "acronym_bracket",
                "area",
                "approx",
                "bare_place_no_district",
            ],
            firms=[f("Đầu tư và Xây dựng Kinh Đô", "Tổng công ty")],
            organizations=["Ủy ban nhân dân TP. Hà Nội"],
            provinces=[pv("Hà Nội")],
            areas=[ha(280, True), ha(276)],
            deals=[deal("investment", ["Đầu tư và Xây dựng Kinh Đô"], None, HN)],
            events=[
                ev("investment_announcement", [F("Đầu tư và Xây dựng Kinh Đô")], None, None, HN, "announced")
            ],
        ),
        h(
            n(),
            "Nhiều huyện ngoại thành Hà Nội sắp đón khu công nghiệp mới\n\nHà Nội dự kiến lập thêm 4 khu công nghiệp (KCN) trong vài năm tới, khép lại quãng gần mười năm không có khu mới.",
            "2021-02-03",
            "ministry",
            ["category_page", "headline_lead", "acronym_bracket", "count", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(4, "khu công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Kinh tế\n\nCụm công nghiệp làng nghề ngoại thành: chờ hạ tầng để doanh nghiệp vào\n\nTrang 12",
            "2021-02-03",
            "ministry",
            ["category_page", "page_chrome", "page_number_no_count", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hà Nội sắp có thêm xưởng cơ khí chính xác rộng gần 11.900m² tại Thạch Thất\nCông ty TNHH Cơ khí và Thương mại Bình Minh được UBND TP Hà Nội cho thuê 11.864m² đất tại Cụm công nghiệp Bình Phú, huyện Thạch Thất, theo Quyết định số 4127/QĐ-UBND, để dựng nhà máy gia công chi tiết máy.\nTiếp nhận hồ sơ đăng ký làm chủ đầu tư hạ tầng cụm công nghiệp Tân Tiến",
            "2024-08-27",
            "provincial",
            [
                "category_page",
                "headline_lead",
                "committee_land_lease",
                "passive_firm_first",
                "government_party",
                "no_deal",
                "area_m2",
                "approx",
                "glued_next_headline",
                "multiline",
            ],
            firms=[f("Cơ khí và Thương mại Bình Minh", "Công ty TNHH")],
            organizations=["Ủy ban nhân dân TP Hà Nội"],
            provinces=[pv("Hà Nội")],
            decisions=[d("4127/QĐ-UBND")],
            areas=[ha(1.19, True), ha(1.1864)],
            locations=[
                park("Cụm công nghiệp Bình Phú"),
                district("huyện Thạch Thất"),
                park("Cụm công nghiệp Tân Tiến"),
            ],
            events=[
                ev(
                    "cooperation",
                    [G("UBND TP Hà Nội"), F("Cơ khí và Thương mại Bình Minh")],
                    None,
                    None,
                    HN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Hà Nội: Xây dựng hạ tầng Khu công nghiệp Kim Hoa\nĐịa ốc - 17/06 09:12\nDự án xây dựng và kinh doanh kết cấu hạ tầng KCN Kim Hoa, thành phố Hà Nội, đã được chấp thuận chủ trương đầu tư tại Quyết định số 612/QĐ-TTg do Phó Thủ tướng Trần Quốc Hải ký.",
            "2023-06-17",
            "ministry",
            ["tag_page", "section_time", "approval_no_investor", "role_before_name", "multiline", "no_event"],
            persons=[per("Trần Quốc Hải", "Phó Thủ tướng")],
            provinces=[pv("Hà Nội")],
            decisions=[d("612/QĐ-TTg")],
            locations=[park("Khu công nghiệp Kim Hoa")],
            events=[],
        ),
        h(
            n(),
            "Diện tích khu công nghiệp của Bình Dương sẽ được nới nhanh trong năm 2025, bám theo quy hoạch Thủ tướng Chính phủ đã duyệt.",
            "2025-01-08",
            "provincial",
            ["tv_blurb", "bare_role_no_person", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
    ]
    # --- A feature on the state of supporting industry (S6 r3, S7 r2) and a research article on Bình Dương (S15 r3) ---
    rows += [
        h(
            n(),
            "Bức tranh công nghiệp hỗ trợ trong nước mấy năm qua\nMỗi năm, phần lớn tiền nhập khẩu vẫn trả cho nguyên liệu và linh kiện, nên giá trị gia tăng giữ lại trong nước của khu vực chế biến, chế tạo còn mỏng.",
            "2022-04-25",
            "ministry",
            ["feature", "subheading", "multiline", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Trung Quốc có 33% GDP từ chế biến, chế tạo, Thái Lan 27%, còn Việt Nam chỉ chừng 17%.",
            "2022-04-25",
            "ministry",
            ["feature", "statistics", "country", "percentage", "no_event"],
            percentages=[33, 27, 17],
            locations=[country("Trung Quốc"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Ở Việt Nam khái niệm này rộng hơn nhiều so với cách Nhật Bản hay Thái Lan hiểu, vốn chỉ gồm nhà sản xuất linh kiện, phụ tùng cho ô tô, xe máy và điện tử(2).",
            "2022-04-25",
            "ministry",
            ["feature", "country", "footnote_no_count", "vietnam_no_location", "no_event"],
            locations=[country("Nhật Bản"), country("Thái Lan")],
            events=[],
        ),
        h(
            n(),
            "Khi phạm vi không rõ, ưu đãi dễ rơi vào khoảng trống và chính sách khó đo được hiệu quả.",
            "2022-04-25",
            "ministry",
            ["feature", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thực trạng công nghiệp hỗ trợ ngành điện tử và dệt may tại tỉnh Bình Dương\n\nThS. LÊ HOÀNG NAM (Khoa Kinh tế, Trường Đại học Công nghiệp TP.HCM)",
            "2023-08-16",
            "ministry",
            [
                "research_article",
                "caps_author",
                "degree_no_role",
                "affiliation_bracket",
                "multiline",
                "no_event",
            ],
            persons=[per("Lê Hoàng Nam", None)],
            organizations=["Trường Đại học Công nghiệp TP.HCM"],
            provinces=[pv("Bình Dương"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "TÓM TẮT:\n\nBài viết xem xét quá trình phát triển công nghiệp hỗ trợ (CNHT) ở Bình Dương, chỉ ra nguyên nhân của những điểm nghẽn và gợi ý giải pháp cho giai đoạn tới.\n\nTừ khóa: công nghiệp hỗ trợ, điện tử, dệt may, Bình Dương.",
            "2023-08-16",
            "ministry",
            ["research_article", "abstract", "keywords_line", "multiline", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Theo mô hình 5 giai đoạn, CNHT của Bình Dương phần lớn vẫn ở nấc đầu, dù công nghiệp tỉnh tăng tốc từ năm 2006 nhờ vốn FDI.",
            "2023-08-16",
            "ministry",
            ["research_article", "count", "no_event"],
            provinces=[pv("Bình Dương")],
            quantities=[c(5, "giai đoạn")],
            events=[],
        ),
        h(
            n(),
            "2. Thực trạng CNHT phục vụ dệt may, da giày và điện tử ở Bình Dương\n2.1. CNHT ngành dệt may",
            "2023-08-16",
            "ministry",
            ["research_article", "section_numbers_no_count", "multiline", "nfd", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
    ]
    # --- Vietnamese news: a blog copy on HCMC's interest support (S2 r4, S5 r2) ---
    rows += [
        h(
            n(),
            "TP.HCM dự chi 1.200 tỷ đồng bù lãi vay cho doanh nghiệp công nghiệp hỗ trợ\n\nDoanh nghiệp có dự án thay công nghệ, thêm dây chuyền hoặc dựng xưởng nhiều tầng sẽ được ưu tiên khi thành phố chia khoản 1.200 tỷ đồng bù lãi vay.",
            "2019-03-06",
            "ministry",
            ["blog_copy", "headline_lead", "programme_no_deal", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(1200 * B, "VND"), m(1200 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Quỹ đất cho nhà đầu tư công nghiệp hỗ trợ cũng nằm trong kế hoạch của TP.HCM.\n\nThis entry was posted in Tin tức. Bookmark the permalink.",
            "2019-03-06",
            "ministry",
            ["blog_copy", "page_chrome", "english_chrome", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- Vietnamese news: Hà Nội's SME scheme (S3 r2) ---
    rows += [
        h(
            n(),
            "|\n Thuật ngữ VietnamBiz\nThời sự\n\nHà Nội dành hơn 790 tỷ đồng hỗ trợ doanh nghiệp nhỏ và vừa\n\n20:40 | 05/01/2021\nChia sẻ",
            "2021-01-05",
            "ministry",
            ["page_chrome", "bare_headline", "timestamp", "approx", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            money=[m(790 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            'Đề án "Hỗ trợ doanh nghiệp nhỏ và vừa trên địa bàn thành phố giai đoạn 2021-2025" vừa được ông Nguyễn Đức Thành, Chủ tịch UBND thành phố Hà Nội, ký phê duyệt.',
            "2021-01-05",
            "ministry",
            ["object_first", "role_after_name", "scheme_no_deal", "no_event"],
            persons=[per("Nguyễn Đức Thành", "Chủ tịch UBND thành phố Hà Nội")],
            organizations=["Ủy ban nhân dân thành phố Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Ít nhất 450 doanh nghiệp nhỏ và vừa làm cơ khí chế tạo, điện tử, công nghệ thông tin hay chế biến nông sản sẽ được đỡ đầu để vào cụm liên kết ngành và chuỗi giá trị.",
            "2021-01-05",
            "ministry",
            ["scheme_no_deal", "count", "approx", "no_event"],
            quantities=[c(450, "doanh nghiệp nhỏ và vừa", True)],
            events=[],
        ),
        h(
            n(),
            "Ngân sách thành phố gánh 790,3 tỷ đồng trong tổng số 912,4 tỷ đồng của đề án; 122,1 tỷ đồng còn lại là vốn đối ứng.",
            "2021-01-05",
            "ministry",
            ["budget_split", "no_event"],
            money=[m(790.3 * B, "VND"), m(912.4 * B, "VND"), m(122.1 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Các quận, huyện và sở, ngành còn phải tự bố trí thêm kinh phí chi thường xuyên hằng năm cho những hoạt động này.\n\n\nT.Hằng",
            "2021-01-05",
            "ministry",
            ["initials_byline_no_person", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- Vietnamese news: Hà Nội's second-half targets, with related-headline chrome (S3 r4, S14 r4) ---
    rows += [
        h(
            n(),
            "Hà Nội áp dụng mức chi riêng hỗ trợ doanh nghiệp nhỏ và vừa giai đoạn 2026–2030 TP. Hà Nội tăng kiểm tra an toàn thực phẩm ở chợ đầu mối |",
            "2025-07-21",
            "ministry",
            ["related_headlines_glued", "page_chrome", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Đến cuối năm 2025, Hà Nội muốn có thêm 2.500 doanh nghiệp thành lập từ hộ kinh doanh, đồng thời số hoá hồ sơ cấp phép xây dựng.",
            "2025-07-21",
            "ministry",
            ["count", "old_tone", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(2500, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Lãi suất từ 4,1% đến 4,3% là mức mà gói vay ưu đãi cho doanh nghiệp chế biến, chế tạo sẽ tiếp tục áp dụng, ông Lê Quang Vinh, Phó Chủ tịch UBND TP, nói trước kỳ họp thứ 23 HĐND TP. Hà Nội.",
            "2025-07-21",
            "ministry",
            [
                "role_after_name",
                "percentage_first",
                "ordinal_not_count",
                "hdnd_expanded",
                "percentage_range",
                "credit_package_no_deal",
                "no_event",
            ],
            persons=[per("Lê Quang Vinh", "Phó Chủ tịch UBND TP")],
            organizations=["Hội đồng nhân dân TP. Hà Nội"],
            provinces=[pv("Hà Nội")],
            percentages=[4.1, 4.3],
            events=[],
        ),
        h(
            n(),
            "Chỉ số sản xuất công nghiệp (IIP) tăng 7,5% là mục tiêu của thành phố; vốn vay ưu đãi sẽ dồn cho máy móc thiết bị, vật liệu phi kim và ô tô, xe máy.",
            "2025-07-21",
            "ministry",
            ["acronym_bracket", "percentage", "nfd", "no_event"],
            percentages=[7.5],
            events=[],
        ),
        h(
            n(),
            "Các hội thảo quốc tế về chuỗi cung ứng dự kiến diễn ra trong quý IV, với khách mời là tập đoàn từ Mỹ, Hàn Quốc, Nhật Bản và châu Âu.",
            "2025-07-21",
            "ministry",
            ["country_list", "continent_no_location", "no_event"],
            locations=[country("Mỹ"), country("Hàn Quốc"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "![]() |\nHà Nội đặt mục tiêu kép cho những tháng cuối năm",
            "2025-07-21",
            "ministry",
            ["image_placeholder", "caption", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- Vietnamese news: the mechanical-electrical association's congress (S13 r1) ---
    rows += [
        h(
            n(),
            " date 2025-12-14 Ban Chấp hành nhiệm kỳ I của Hiệp hội Doanh nghiệp Cơ khí - Tự động hóa TPHCM ra mắt. Ảnh: MINH KHOA",
            "2025-12-14",
            "ministry",
            ["page_stamp", "caption", "caps_photo_credit", "province_in_org_name", "no_event"],
            persons=[per("Minh Khoa", None)],
            organizations=["Hiệp hội Doanh nghiệp Cơ khí - Tự động hóa TPHCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Ban Chấp hành khóa đầu gồm 41 thành viên, đứng đầu là ông Trịnh Văn Lộc, Chủ tịch HĐTV Công ty TNHH Cơ khí Phú Lâm, người vừa trúng cử Chủ tịch hiệp hội.",
            "2025-12-14",
            "ministry",
            ["role_after_name", "election_no_event", "count", "no_event"],
            persons=[per("Trịnh Văn Lộc", "Chủ tịch HĐTV Công ty TNHH Cơ khí Phú Lâm")],
            firms=[f("Cơ khí Phú Lâm", "Công ty TNHH")],
            quantities=[c(41, "thành viên")],
            events=[],
        ),
        h(
            n(),
            'Mục tiêu hiệp hội đặt ra là gom doanh nghiệp cơ khí – điện – tự động hoá thành các nhóm cùng làm sản phẩm và thương mại hoá giải pháp mang nhãn "Made by Việt Nam".',
            "2025-12-14",
            "ministry",
            ["old_tone", "vietnam_no_location", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngành cơ khí của thành phố ước tăng khoảng 17,6% trong năm 2025, cao nhất trong bốn ngành công nghiệp trọng yếu, theo ông Đặng Minh Trí, Phó Giám đốc Sở Công Thương TPHCM, người dự đại hội.",
            "2025-12-14",
            "ministry",
            ["role_after_name", "percentage", "count_in_words", "no_event"],
            persons=[per("Đặng Minh Trí", "Phó Giám đốc Sở Công Thương TPHCM")],
            organizations=["Sở Công Thương TPHCM"],
            provinces=[pv("Hồ Chí Minh")],
            percentages=[17.6],
            events=[],
        ),
        h(
            n(),
            "Ông Trịnh Văn Lộc phát biểu nhận nhiệm vụ. Ảnh: MINH KHOA",
            "2025-12-14",
            "ministry",
            ["caption", "caps_photo_credit", "no_event"],
            persons=[per("Trịnh Văn Lộc", None), per("Minh Khoa", None)],
            events=[],
        ),
    ]
    # --- Vietnamese news: the HCMC mechanical, electrical and digital trade week (S13 r2) ---
    rows += [
        h(
            n(),
            " date 2025-10-20 (TBTCO) - Từ ngày 20 đến 26/10/2025, TP. Hồ Chí Minh tổ chức Tuần lễ kết nối giao thương ngành cơ khí, điện và công nghệ số, nơi doanh nghiệp trưng bày giải pháp và tìm đối tác xuất khẩu.",
            "2025-10-20",
            "ministry",
            ["page_stamp", "outlet_credit_nothing", "date_range", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Gần 28% doanh nghiệp chế biến, chế tạo cả nước làm cơ khí chế tạo: chừng 3.200 doanh nghiệp và 51.000 cơ sở sản xuất, theo số liệu của Bộ Công Thương.",
            "2025-10-20",
            "ministry",
            ["statistics", "count", "approx", "percentage", "no_event"],
            organizations=["Bộ Công Thương"],
            quantities=[c(3200, "doanh nghiệp", True), c(51000, "cơ sở sản xuất")],
            percentages=[28],
            events=[],
        ),
        h(
            n(),
            "Máy tính, điện tử và linh kiện xuất khẩu được 68,2 tỷ USD trong tám tháng, tăng 41%; máy móc, thiết bị, phụ tùng được 35,9 tỷ USD, tăng 12,6%.",
            "2025-10-20",
            "ministry",
            ["statistics", "percentage", "no_event"],
            money=[m(68.2 * B, "USD"), m(35.9 * B, "USD")],
            percentages=[41, 12.6],
            events=[],
        ),
        h(
            n(),
            "Các khách hàng lớn như Toyota, Hyundai hay Samsung đang mở rộng cửa cho nhà cung cấp nội, nếu doanh nghiệp đạt chuẩn.",
            "2025-10-20",
            "ministry",
            ["bare_brands", "no_event"],
            firms=[f("Toyota"), f("Hyundai"), f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Với thiết bị cho nhiệt điện, thủy điện hay điện tái tạo, cơ khí trong nước mới lo được chưa tới 30% nhu cầu.",
            "2025-10-20",
            "ministry",
            ["statistics", "percentage", "no_event"],
            percentages=[30],
            events=[],
        ),
    ]
    # --- Vietnamese news: Hà Nội's key industrial products and their certificates (S16 r4) ---
    rows += [
        h(
            n(),
            "Năm 2022, Hà Nội công nhận 52 sản phẩm công nghiệp chủ lực\n\n61 sản phẩm của 39 doanh nghiệp nộp hồ sơ, nhưng chỉ 52 sản phẩm đạt đủ tiêu chí.",
            "2022-12-05",
            "ministry",
            ["headline_lead", "count", "multiline", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[
                c(52, "sản phẩm công nghiệp chủ lực"),
                c(61, "sản phẩm"),
                c(39, "doanh nghiệp"),
                c(52, "sản phẩm"),
            ],
            events=[],
        ),
        h(
            n(),
            "Quyết định số 5318/QĐ-UBND ngày 28/11/2022 của UBND thành phố Hà Nội công nhận danh sách này, kèm Top 10 sản phẩm công nghiệp chủ lực năm 2022.",
            "2022-12-05",
            "ministry",
            ["decision_with_date", "recognition_no_event", "top_10_no_count", "no_event"],
            organizations=["Ủy ban nhân dân thành phố Hà Nội"],
            provinces=[pv("Hà Nội")],
            decisions=[d("5318/QĐ-UBND", "2022-11-28")],
            events=[],
        ),
        h(
            n(),
            "Top 10 thuộc về 10 sản phẩm của 10 doanh nghiệp, trong đó có ống nhựa chịu nhiệt của Công ty CP Nhựa Thăng Long Xanh, tủ điện trung thế của Công ty TNHH Thiết bị điện Đông Anh và khuôn dập chính xác của Công ty CP Cơ khí Mê Linh.",
            "2022-12-05",
            "ministry",
            ["firm_list", "place_in_firm_name", "count", "recognition_no_event", "no_event"],
            firms=[
                f("Nhựa Thăng Long Xanh", "Công ty CP"),
                f("Thiết bị điện Đông Anh", "Công ty TNHH"),
                f("Cơ khí Mê Linh", "Công ty CP"),
            ],
            quantities=[c(10, "sản phẩm"), c(10, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Giấy chứng nhận sản phẩm công nghiệp chủ lực được trao cho từng doanh nghiệp; logo của Chương trình được in lên bao bì, và sản phẩm có mặt trên các kênh truyền thông của thành phố.",
            "2022-12-05",
            "ministry",
            ["certificate_not_licence", "no_event"],
            events=[],
        ),
    ]
    # --- English: Hà Nội's 2026-2030 programme on a portal and in VNS copy (S17 r1-r2, S20 r2) ---
    rows += [
        h(
            n(),
            "Building supply chains across the Capital Region.\nHanoi's Supporting Industry Development Program for 2026-2030, with a vision to 2035, was approved under Decision No. 5873/QD-UBND dated November 28, 2025, signed by Tran Duc Minh, Vice Chairman of the Hanoi People's Committee.",
            "2025-12-03",
            "ministry",
            [
                E,
                "subheading",
                "role_after_name",
                "object_first",
                "decision_with_date",
                "qd_unaccented",
                "programme_no_deal",
                "multiline",
                "no_event",
            ],
            persons=[per("Tran Duc Minh", "Vice Chairman of the Hanoi People's Committee")],
            organizations=["Hanoi People's Committee"],
            provinces=[pv("Hà Nội")],
            decisions=[d("5873/QĐ-UBND", "2025-11-28")],
            events=[],
        ),
        h(
            n(),
            "The program singles out textiles and garments, footwear, precision mechanics, electronics, automation, AI, biotechnology, pharmaceuticals and new materials, fields where Hanoi sees both demand and an edge.",
            "2025-12-03",
            "ministry",
            [E, "sector_list", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Within the Capital Region, the program names the industries to link: motorbike parts (Hanoi, Vinh Phuc), electronics (Bac Ninh, Thai Nguyen) and machinery (Hanoi, Hai Duong).",
            "2025-12-03",
            "ministry",
            [E, "province_list_brackets", "unaccented_provinces", "no_event"],
            provinces=[pv("Hà Nội"), pv("Vĩnh Phúc"), pv("Bắc Ninh"), pv("Thái Nguyên"), pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "Forming multi-tier supplier networks. (Illustrative photo)\nThe city will also try to fill the South Hanoi Supporting Industry Zone and other parks and clusters whose infrastructure is already finished.",
            "2025-12-03",
            "ministry",
            [
                E,
                "caption_label",
                "english_park_no_location",
                "province_in_park_name",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "HÀ NỘI — The capital wants a broad base of supporting-industry firms able to plug into global supply chains, under a programme approved this month by the city's People's Committee.",
            "2025-12-15",
            "ministry",
            [E, "dateline", "bare_committee_no_org", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Among the projects the city will push are a second phase for the South Hà Nội Supporting Industry Zone, the Sóc Sơn Clean Industrial Park and the Hà Nội IT Park.",
            "2025-12-15",
            "ministry",
            [E, "english_park_no_location", "province_in_park_name", "ordinal_not_count", "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "By 2030 the city wants 1,300 supporting-industry firms, about 45 per cent of them able to supply multinationals directly.",
            "2025-12-15",
            "ministry",
            [E, "target", "count", "percentage", "no_event"],
            quantities=[c(1300, "supporting-industry firms")],
            percentages=[45],
            events=[],
        ),
    ]
    # --- English: a fair organiser's page on Hà Nội's supporting industry (S17 r3, S20 r1) ---
    rows += [
        h(
            n(),
            "MTA Hanoi is run by Informa Markets, a division of Informa PLC; registered in England and Wales, company number 8712045.\n\nReady to lead the way in supporting industry",
            "2022-03-10",
            "ministry",
            [
                E,
                "page_chrome",
                "foreign_legal_form",
                "event_name_province",
                "company_number_no_count",
                "multiline",
                "no_event",
            ],
            firms=[f("Informa Markets"), f("Informa", "PLC")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "As the country's political and economic centre, Hanoi has plenty going for it in supporting industries, and in 2022 it means to act as a testing ground whose lessons other provinces can borrow.",
            "2022-03-10",
            "ministry",
            [E, "no_event"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "The city already has a Supporting Industry Development Program for 2021-2025, Mr. Vu Hong Phuc, Deputy Director of the Hanoi Department of Industry and Trade, told a working session with the Ministry of Industry and Trade.",
            "2022-03-10",
            "ministry",
            [E, "role_after_name", "working_session_no_event", "no_event"],
            persons=[per("Vu Hong Phuc", "Deputy Director of the Hanoi Department of Industry and Trade")],
            organizations=["Ministry of Industry and Trade", "Hanoi Department of Industry and Trade"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Local mechanical suppliers have been taken to specialised fairs at home and abroad with help from NC Network Corporation (Japan) and ReedTradex (Thailand), the department said.",
            "2022-03-10",
            "ministry",
            [E, "coordination_no_agreement", "country_bracket", "corporation_in_name", "no_event"],
            firms=[f("NC Network Corporation"), f("ReedTradex")],
            locations=[country("Japan"), country("Thailand")],
            events=[],
        ),
    ]
    # --- English: Hà Nội's 2021 plan in a VNA copy (S17 r4, S20 r4) ---
    rows += [
        h(
            n(),
            " date 2021-03-25 The goal is written into Plan No. 57/KH-UBND on this year's supporting industry programme, which the municipal People's Committee issued in early March.",
            "2021-03-25",
            "ministry",
            [E, "page_stamp", "plan_number", "bare_committee_no_org", "no_event"],
            decisions=[d("57/KH-UBND")],
            events=[],
        ),
        h(
            n(),
            "Under the plan, the industries' development index should rise 12 percent a year and their output reach 17 percent of what the city's processing and manufacturing sector produces.",
            "2021-03-25",
            "ministry",
            [E, "target", "percentage", "no_event"],
            percentages=[12, 17],
            events=[],
        ),
        h(
            n(),
            "Focus areas are parts for high-tech industries, textiles and garments, and leather and footwear.\nSource: VNA",
            "2021-03-25",
            "ministry",
            [E, "agency_credit_nothing", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- English: HCMC's interest-support decision (S18 r1, S19 r2) ---
    rows += [
        h(
            n(),
            " date 2024-07-30 The Ho Chi Minh City People's Committee has issued Decision 37/2024/QD-UBND on interest rate support for projects financed by the Ho Chi Minh City State Financial Investment Company (HFIC) in the city's priority sectors.",
            "2024-07-30",
            "ministry",
            [
                E,
                "page_stamp",
                "decision",
                "state_finance_company_firm",
                "acronym_bracket",
                "province_in_firm_name",
                "no_event",
            ],
            firms=[f("Ho Chi Minh City State Financial Investment Company")],
            organizations=["Ho Chi Minh City People's Committee"],
            provinces=[pv("Hồ Chí Minh")],
            decisions=[d("37/2024/QĐ-UBND")],
            events=[],
        ),
        h(
            n(),
            "A project can draw at most VND180 billion in subsidised loans, and only firms wholly owned by domestic investors (100 percent domestic capital) qualify.",
            "2024-07-30",
            "ministry",
            [E, "cap_per_project_no_per", "percentage", "no_event"],
            money=[m(180 * B, "VND")],
            percentages=[100],
            events=[],
        ),
        h(
            n(),
            "For equipment and technology the subsidised share can reach 80 percent of the capital; for buildings it stops at 65 percent.",
            "2024-07-30",
            "ministry",
            [E, "percentage", "no_event"],
            percentages=[80, 65],
            events=[],
        ),
        h(
            n(),
            "By Thu Trang - Translated by Minh Duc",
            "2024-07-30",
            "ministry",
            [E, "byline_two", "no_event"],
            persons=[per("Thu Trang", None), per("Minh Duc", None)],
            events=[],
        ),
    ]
    # --- English: the same decision in VNS/VNA copy and a parliament paper's copy (S18 r2, S18 r4) ---
    rows += [
        h(
            n(),
            "HCM City to subsidise loan interest for priority projects\n\nLoans for priority projects in HCM City will carry interest paid partly or wholly by the city, under a decision of the HCM City People's Committee.",
            "2024-08-05",
            "ministry",
            [E, "headline_lead", "policy_no_deal", "multiline", "no_event"],
            organizations=["HCM City People's Committee"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "A technician checks motor parts on a line run by Kanto Seimitsu Co., Ltd, a firm from Japan, in the Saigon Hi-Tech Park of HCM City. (Photo: VNA)",
            "2024-08-05",
            "ministry",
            [
                E,
                "caption",
                "co_ltd_form",
                "country_noun",
                "english_park_no_location",
                "agency_credit_nothing",
                "no_event",
            ],
            firms=[f("Kanto Seimitsu", "Co., Ltd.")],
            provinces=[pv("Hồ Chí Minh")],
            locations=[country("Japan")],
            events=[],
        ),
        h(
            n(),
            "HCM City (VNS/VNA) - The decision took effect on August 2, said Le Van Hieu, deputy director of the HCM City Finance and Investment State-owned Co. (HFIC).",
            "2024-08-05",
            "ministry",
            [E, "dateline", "agency_credit_nothing", "role_after_name", "co_form", "no_event"],
            persons=[
                per("Le Van Hieu", "deputy director of the HCM City Finance and Investment State-owned Co.")
            ],
            firms=[f("HCM City Finance and Investment State-owned", "Co.")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Half of the interest, or all of it, is paid from the city budget (50-100%), according to which group a project falls in.\nThe ceiling is 180 billion VND (7.1 million USD) of borrowing per project, VAT that can be deducted excluded.",
            "2024-08-05",
            "ministry",
            [
                E,
                "percentage_range",
                "bracketed_conversion",
                "cap_per_project_no_per",
                "multiline",
                "no_event",
            ],
            money=[m(180 * B, "VND"), m(7.1 * M, "USD")],
            percentages=[50, 100],
            events=[],
        ),
    ]
    # --- English: pandemic-era support figures (S18 r3) ---
    rows += [
        h(
            n(),
            "Low-interest lending made up the bulk, VND58,900 billion (US$2.6 billion), of the VND79,450 billion (US$3.5 billion) that banks have put into support; restructured loans took VND13,210 billion (nearly US$575 million).",
            "2021-03-18",
            "ministry",
            [E, "bracketed_conversion", "approx", "no_event"],
            money=[
                m(58_900 * B, "VND"),
                m(2.6 * B, "USD"),
                m(79_450 * B, "VND"),
                m(3.5 * B, "USD"),
                m(13_210 * B, "VND"),
                m(575 * M, "USD", approx=True),
            ],
            events=[],
        ),
        h(
            n(),
            "Twenty-six supporting-industry projects worth over VND1,930 billion (about US$84 million) have been cleared by the municipal People's Committee; the city budget is lending more than VND1,080 billion (US$47 million) of that.",
            "2021-03-18",
            "ministry",
            [
                E,
                "unnamed_projects_no_deal",
                "bracketed_conversion",
                "approx",
                "count_in_words",
                "bare_committee_no_org",
                "no_event",
            ],
            money=[
                m(1930 * B, "VND", approx=True),
                m(84 * M, "USD", approx=True),
                m(1080 * B, "VND", approx=True),
                m(47 * M, "USD"),
            ],
            events=[],
        ),
        h(
            n(),
            "The interest bill the budget picks up will top VND380 billion (US$16.5 million), on the basis of a 9 percent average rate over at most seven years.",
            "2021-03-18",
            "ministry",
            [E, "percentage", "approx", "bracketed_conversion", "no_event"],
            money=[m(380 * B, "VND", approx=True), m(16.5 * M, "USD")],
            percentages=[9],
            events=[],
        ),
    ]
    # --- English: HCMC's investment stimulus programme in 2025 (S19 r1) ---
    rows += [
        h(
            n(),
            "HCMC widens capital support to spur investment\n\nLoan applications under the city's investment stimulus program reached 31 by the close of 2025, for projects worth VND4.35 trillion (US$165 million) in total.",
            "2026-01-23",
            "ministry",
            [E, "headline_lead", "count", "bracketed_conversion", "trillion", "multiline", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(4350 * B, "VND"), m(165 * M, "USD")],
            quantities=[c(31, "loan applications")],
            events=[],
        ),
        h(
            n(),
            "Tan Phat Precision Mechanical Co., Ltd., one of the firms receiving capital support under Ho Chi Minh City's investment stimulus program (Photo: SGGP)",
            "2026-01-23",
            "ministry",
            [E, "caption", "support_recipient_no_event", "co_ltd_form", "outlet_credit_nothing", "no_event"],
            firms=[f("Tan Phat Precision Mechanical", "Co., Ltd.")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Of those, 22 have won loan approval from HFIC, worth VND1.74 trillion (US$66.2 million) in all, and six hold the People's Committee's interest-support decisions for VND512.6 billion (US$19.5 million) of borrowing.",
            "2026-01-23",
            "ministry",
            [E, "acronym_firm", "unnamed_borrowers_no_deal", "count", "bracketed_conversion", "no_event"],
            firms=[f("HFIC")],
            money=[m(1740 * B, "VND"), m(66.2 * M, "USD"), m(512.6 * B, "VND"), m(19.5 * M, "USD")],
            quantities=[c(22, "projects")],
            events=[],
        ),
        h(
            n(),
            "A further VND11.9 trillion (US$453 million) of investment, spread over 37 projects, is still being vetted.",
            "2026-01-23",
            "ministry",
            [E, "count", "bracketed_conversion", "no_event"],
            money=[m(11_900 * B, "VND"), m(453 * M, "USD")],
            quantities=[c(37, "projects")],
            events=[],
        ),
    ]
    # --- English: reviving the stimulus programme (S19 r3) ---
    rows += [
        h(
            n(),
            "Several support policies will be put to the city People's Council in July, Nguyen Thanh Son, chairman of the municipal People's Committee, told a seminar of the HCM City Union of Business Associations.",
            "2023-05-04",
            "ministry",
            [E, "role_after_name", "bare_committee_no_org", "no_event"],
            persons=[per("Nguyen Thanh Son", "chairman of the municipal People's Committee")],
            organizations=["HCM City Union of Business Associations"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Frozen fortwo years, the investment stimulus loan programme is to come back, for unfinished projects as well as new ones in priority sectors.",
            "2023-05-04",
            "ministry",
            [E, "glued_words", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Each project will be able to get interest support on up to 180 billion VND (7.6 million USD) of loans, with the city paying 50% or 100% of the interest.",
            "2023-05-04",
            "ministry",
            [E, "bracketed_conversion", "percentage", "no_event"],
            money=[m(180 * B, "VND"), m(7.6 * M, "USD")],
            percentages=[50, 100],
            events=[],
        ),
    ]
    # --- English: the November conference (S19 r4) ---
    rows += [
        h(
            n(),
            " date 2024-11-12 Nearly 320 businesses came to a conference in HCMC on November 11 where the HCMC Department of Industry and Trade and HFIC explained who can get interest rate support in key industries, supporting industries and logistics.",
            "2024-11-12",
            "ministry",
            [E, "page_stamp", "acronym_firm", "count", "approx", "no_event"],
            organizations=["HCMC Department of Industry and Trade"],
            firms=[f("HFIC")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(320, "businesses", True)],
            events=[],
        ),
        h(
            n(),
            "Hoang Gia Plastics Company said word of the stimulus program had not reached many of the firms that qualify, so they missed the chance to apply.",
            "2024-11-12",
            "ministry",
            [E, "company_in_name", "no_event"],
            firms=[f("Hoang Gia Plastics Company")],
            events=[],
        ),
    ]
    # --- English: the Hà Nội association's agreement (S20 r3) ---
    rows += [
        h(
            n(),
            " date 2023-06-02 A string of programmes to put Vietnamese-made parts into global supply chains is planned by Hanoi's supporting-industry firms, according to the Hanoi Supporting Industry Business Association.",
            "2023-06-02",
            "ministry",
            [E, "page_stamp", "association", "no_event"],
            organizations=["Hanoi Supporting Industry Business Association"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "In May, the Hanoi Supporting Industry Business Association (HANSIBA) signed a cooperation agreement with the Ningbo Association for SME Promotion of China.",
            "2023-06-02",
            "ministry",
            [
                E,
                "association_agreement",
                "organization_parties",
                "acronym_bracket",
                "month_no_date",
                "country",
            ],
            organizations=[
                "Hanoi Supporting Industry Business Association",
                "Ningbo Association for SME Promotion",
            ],
            provinces=[pv("Hà Nội")],
            locations=[country("China")],
            events=[
                ev(
                    "mou",
                    [
                        O("Hanoi Supporting Industry Business Association"),
                        O("Ningbo Association for SME Promotion"),
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
            "Members have hi-tech lines and access to parks built for supporting and high-tech industries, with factories, workers' housing and schools on site, said HANSIBA chairman Tran Quang Vinh.",
            "2023-06-02",
            "ministry",
            [E, "role_before_name", "acronym_org", "reported_speech", "no_event"],
            persons=[per("Tran Quang Vinh", "HANSIBA chairman")],
            organizations=["HANSIBA"],
            events=[],
        ),
    ]
    # --- More tag titles, question tags, document titles and slugs (same result slots as above) ---
    rows += [
        h(
            n(),
            "hỗ trợ lãi vay cho doanh nghiệp sản xuất",
            "2024-05-06",
            "ministry",
            ["tag_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp đang nợ thuế có được nhận hỗ trợ lãi suất không?",
            "2022-11-21",
            "legal",
            ["law_firm_question_tag", "no_entity", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Mức hỗ trợ lãi suất tối đa cho một khoản vay là bao nhiêu?",
            "2022-11-28",
            "legal",
            ["law_firm_question_tag", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 3352/QĐ-UBND Hà Nội 2023 ban hành danh mục sản phẩm công nghiệp chủ lực",
            "2023-06-30",
            "legal",
            ["decision_title", "year_only_no_date", "province_bare", "no_event"],
            decisions=[d("3352/QĐ-UBND")],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "Thông tư 14/2020/TT-BCT Hướng dẫn thủ tục xác nhận ưu đãi sản phẩm công nghiệp hỗ trợ",
            "2020-07-01",
            "legal",
            ["decision_title", "no_event"],
            decisions=[d("14/2020/TT-BCT")],
            events=[],
        ),
        h(
            n(),
            "download phap luat quyet dinh 11 2020 qd ubnd ha noi quy dinh quan ly kinh phi cong nghiep ho tro",
            "2020-06-15",
            "ministry",
            ["download_slug", "unaccented", "unaccented_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "HoREA: nên hạ lãi suất gói tín dụng nhà ở xã hội xuống 4,5%/năm",
            "2023-08-09",
            "ministry",
            ["bare_headline", "acronym_org", "percentage_per_year", "no_event"],
            organizations=["HoREA"],
            percentages=[4.5],
            events=[],
        ),
        h(
            n(),
            "UBND thành phố Hà Nội phê duyệt khung giá dịch vụ quản lý nhà chung cư thương mại",
            "2023-12-12",
            "ministry",
            ["portal_title", "ubnd_expanded", "no_event"],
            organizations=["Ủy ban nhân dân thành phố Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
        h(
            n(),
            "quy định hà nội được tự quyết mức thu một số loại phí",
            "2024-06-28",
            "ministry",
            ["tag_title", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Nghị định 66/2021/NĐ-CP Thủ tục đăng ký chứng nhận chất lượng sản phẩm, hàng hoá nhóm 2",
            "2021-08-02",
            "legal",
            ["decision_title", "old_tone", "group_number_no_count", "no_event"],
            decisions=[d("66/2021/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            'Hà Nội: sau nhiều năm "treo", 2 khu công nghiệp 560ha vẫn chưa có chủ đầu tư',
            "2024-10-22",
            "ministry",
            ["bare_headline", "count", "area", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(2, "khu công nghiệp")],
            areas=[ha(560)],
            events=[],
        ),
    ]
    # --- More blurbs from the same tag, video and category pages ---
    rows += [
        h(
            n(),
            "Khu công nghiệp Kim Hoa: hơn 2.100 tỷ đồng cho gần 190ha hạ tầng\nĐịa ốc - 02/09 14:30\nDự án có tổng vốn hơn 2.100 tỷ đồng, quy mô gần 190ha, thời hạn hoạt động 50 năm.",
            "2023-09-02",
            "ministry",
            [
                "tag_page",
                "section_time",
                "project_terms_no_firm",
                "approx",
                "area",
                "duration_no_count",
                "multiline",
                "no_event",
            ],
            money=[m(2100 * B, "VND", approx=True), m(2100 * B, "VND", approx=True)],
            areas=[ha(190, True), ha(190, True)],
            locations=[park("Khu công nghiệp Kim Hoa")],
            events=[],
        ),
        h(
            n(),
            "khu công nghiệp rộng 300ha\n\nKhu công nghiệp 300ha ở Mê Linh vẫn vướng giải phóng mặt bằngĐầu tư xanh - 21/02 08:15Hơn 40ha đất nông nghiệp chưa bàn giao khiến tiến độ hạ tầng chậm ít nhất hai quý so với kế hoạch.",
            "2025-02-21",
            "ministry",
            [
                "tag_page",
                "glued_headline_section_time",
                "area",
                "approx",
                "bare_place_no_district",
                "multiline",
                "no_event",
            ],
            areas=[ha(300), ha(300), ha(40, True)],
            events=[],
        ),
        h(
            n(),
            "Khuyến khích doanh nghiệp trích lập quỹ phát triển khoa học và công nghệ\n\nDoanh nghiệp được trích tối đa 10% thu nhập tính thuế trước khi nộp thuế thu nhập doanh nghiệp để lập quỹ.",
            "2020-11-17",
            "provincial",
            ["portal_page", "headline_lead", "percentage", "multiline", "no_event"],
            percentages=[10],
            events=[],
        ),
        h(
            n(),
            "Nhiều huyện ở Hà Nội sắp có khu công nghiệp\n\nPhú Xuyên, Ứng Hòa và Mê Linh là những huyện được nhắc tới cho các khu công nghiệp mới của Hà Nội.\n\nXem thêm",
            "2021-02-04",
            "ministry",
            [
                "category_page",
                "headline_lead",
                "bare_place_no_district",
                "page_chrome",
                "multiline",
                "no_event",
            ],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- More lines from the Vietnamese news pages above ---
    rows += [
        h(
            n(),
            "Từ khi TPHCM mới hình thành, hiệp hội đã kết nạp thêm nhiều doanh nghiệp ở Bình Dương và Bà Rịa - Vũng Tàu cũ, ông Lộc cho biết.",
            "2025-12-14",
            "ministry",
            ["reported_speech", "short_name_no_person", "old_province_cu", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương"), pv("Bà Rịa - Vũng Tàu")],
            events=[],
        ),
        h(
            n(),
            "TP. Hồ Chí Minh coi cơ khí, điện và công nghệ số là nhóm ngành kéo xuất khẩu, nên các chính sách giúp doanh nghiệp vào chuỗi cung ứng được đẩy mạnh.",
            "2025-10-20",
            "ministry",
            ["policy_no_deal", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Sản phẩm nội vẫn thua ở độ chính xác và giá, trong khi vốn đầu tư chảy vào cơ khí còn ít so với vai trò của ngành.",
            "2025-10-20",
            "ministry",
            ["no_entity", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Như vậy, trong 61 sản phẩm nộp hồ sơ năm nay, 9 sản phẩm bị loại vì chưa đáp ứng tiêu chí tăng trưởng hoặc quy mô sản xuất.",
            "2022-12-05",
            "ministry",
            ["count", "no_event"],
            quantities=[c(61, "sản phẩm"), c(9, "sản phẩm")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp có sản phẩm chủ lực còn được ưu tiên tham gia các chương trình xúc tiến thương mại trong và ngoài nước do Sở Công Thương Hà Nội tổ chức.",
            "2022-12-05",
            "ministry",
            ["certificate_not_licence", "no_event"],
            organizations=["Sở Công Thương Hà Nội"],
            provinces=[pv("Hà Nội")],
            events=[],
        ),
    ]
    # --- More feature and research-article lines (S6 r3, S7 r2, S15 r3) ---
    rows += [
        h(
            n(),
            "Không có mã ngành riêng cho công nghiệp hỗ trợ, nên mỗi nước, thậm chí mỗi cơ quan, vạch ranh giới theo mục đích của mình.",
            "2022-04-25",
            "ministry",
            ["feature", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Chuỗi giá trị toàn cầu, chuyển dịch cơ cấu, công nghiệp hoá, hiện đại hoá: mục tiêu nào cũng cần một nền công nghiệp hỗ trợ đủ mạnh.",
            "2022-04-25",
            "ministry",
            ["feature", "old_tone", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Gia công, lắp ráp vẫn là phần việc chính của doanh nghiệp CNHT trong tỉnh, và chính sách cũng chưa đối xử với họ khác gì các ngành khác.",
            "2023-08-16",
            "ministry",
            ["research_article", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Điều kéo nhà đầu tư về Bình Dương đến nay là đất và vị trí gần cảng, chứ chưa phải ưu đãi riêng cho CNHT.",
            "2023-08-16",
            "ministry",
            ["research_article", "nfd", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
    ]
    # --- One more spam salad (S13 r4) ---
    rows += [
        h(
            n(),
            "99vin\nhồ sơ xin hỗ trợ lãi vay doanh nghiệp phụ trợ gồm những gìxsmn thứ 4kèo tài xỉu hôm nay",
            "2025-09-17",
            "ministry",
            ["spam_keywords", "run_together_words", "multiline", "no_event"],
            events=[],
        ),
    ]
    # --- A few more lines in the shapes of the same tag, title and news slots ---
    rows += [
        h(
            n(),
            "vốn tín dụng ưu đãi cho doanh nghiệp phụ trợ",
            "2024-08-20",
            "ministry",
            ["hashtag", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "cho vay vốn hỗ trợ sản xuất kinh doanh",
            "2024-03-12",
            "ministry",
            ["tag_title", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "biện pháp hỗ trợ doanh nghiệp nhỏ",
            "2022-05-17",
            "ministry",
            ["tag_title", "no_entity", "nfd", "no_event"],
            events=[],
        ),
        h(
            n(),
            "sản phẩm công nghiệp chủ lực thành phố hà nội",
            "2023-11-03",
            "ministry",
            ["tag_title", "lower_case_province", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thời hạn được hỗ trợ lãi suất tối đa là bao lâu?",
            "2022-12-06",
            "legal",
            ["law_firm_question_tag", "no_entity", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hà Nội dự kiến hỗ trợ tối đa 3 triệu đồng khi đổi xe máy xăng sang xe điện",
            "2025-07-20",
            "ministry",
            ["tag_title", "max_not_approx", "no_event"],
            provinces=[pv("Hà Nội")],
            money=[m(3 * M, "VND")],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1105/QĐ-BKHCN 2020 thủ tục cấp giấy chứng nhận hợp chuẩn",
            "2020-05-08",
            "legal",
            ["decision_title", "year_only_no_date", "no_event"],
            decisions=[d("1105/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "download phap luat nghi dinh 57 2020 nd cp thue nhap khau uu dai linh kien",
            "2020-05-25",
            "ministry",
            ["download_slug", "unaccented", "unaccented_number_no_decision", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hà Nội: tìm chủ đầu tư khu công nghiệp Phú Xuyên sau nhiều năm bỏ ngỏ",
            "2024-10-24",
            "ministry",
            ["bare_headline", "lower_case_park", "no_event"],
            provinces=[pv("Hà Nội")],
            locations=[park("Khu công nghiệp Phú Xuyên")],
            events=[],
        ),
        h(
            n(),
            "gói vay 500 tỷ đồng cho doanh nghiệp xuất khẩu",
            "2024-08-21",
            "ministry",
            ["hashtag", "no_event"],
            money=[m(500 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "gói tín dụng 120 nghìn tỷ đồng: ai được vay, vay thế nào?",
            "2023-04-12",
            "ministry",
            ["keyword_page", "nghin_ty", "no_event"],
            money=[m(120_000 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Tuần lễ có khoảng 200 gian hàng của 120 doanh nghiệp, cùng các phiên kết nối giữa nhà cung ứng trong nước với bên mua nước ngoài.",
            "2025-10-20",
            "ministry",
            ["count", "approx", "no_event"],
            quantities=[c(200, "gian hàng", True), c(120, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Sự kiện do Sở Công Thương TP. Hồ Chí Minh phối hợp với Hiệp hội Doanh nghiệp Cơ khí - Tự động hóa TPHCM tổ chức.",
            "2025-10-20",
            "ministry",
            ["organizer_line", "no_agreement_no_event", "nfd", "no_event"],
            organizations=[
                "Sở Công Thương TP. Hồ Chí Minh",
                "Hiệp hội Doanh nghiệp Cơ khí - Tự động hóa TPHCM",
            ],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Toàn cảnh đại hội nhiệm kỳ I. Ảnh: MINH KHOA",
            "2025-12-14",
            "ministry",
            ["caption", "caps_photo_credit", "no_event"],
            persons=[per("Minh Khoa", None)],
            events=[],
        ),
    ]

    return rows
