# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 53 (blind, real-text shapes, issue 12): a blind batch sampled like batches 44-52, 165 rows (hand-9801 to
hand-9965), written after reading ONLY the first 4 results of each of 20 searches of the search tool's `pages` corpus,
in the order the tool returned them (80 result slots; none skipped for looking easy or hard; nothing ranked 5 or lower
was used, although several deal-rich pages sat at ranks 5-8), on the brief's themes: electronics, semiconductors and
component suppliers in the northern provinces (Bắc Ninh with the former Bắc Giang, Thái Nguyên, Phú Thọ with the
former Vĩnh Phúc, Hải Phòng with the former Hải Dương, Hà Nội, Hưng Yên) as provincial news, portal items and FDI wire
copy tell them: licence ceremonies, capital increases, new plants and openings, supplier programmes of big FDI groups
with local firms, and the tag, listing and title junk the search returns. Written and annotated for every field
before any tagger ran on them, without reading the tagger code, data, tests or notes. No sentence is taken or
paraphrased from a page; the shapes are. Firm and person names are invented (Samsung, Foxconn, Apple, LG, SK and the
military telecom group appear only in sentences of our own, with figures and dates changed).

Searches (16 Vietnamese, 4 English): "Bắc Ninh trao giấy chứng nhận đăng ký đầu tư dự án điện tử 2025", "Thái Nguyên
tăng vốn dự án linh kiện điện tử", "Vĩnh Phúc khánh thành nhà máy linh kiện điện tử khu công nghiệp", "Hải Dương dự án
bán dẫn cấp giấy chứng nhận đầu tư", "khu công nghệ cao Hòa Lạc nhà máy bán dẫn đầu tư", "Hưng Yên khởi công nhà máy
điện tử FDI khu công nghiệp", "chương trình phát triển nhà cung cấp Samsung doanh nghiệp Việt Bắc Ninh", "doanh nghiệp
Việt cung ứng linh kiện cho tập đoàn FDI điện tử ký hợp đồng", "Bắc Giang khu công nghiệp Quang Châu dự án điện tử điều
chỉnh tăng vốn", "nhà máy đóng gói kiểm thử chip bán dẫn Bắc Ninh khánh thành", "Foxconn Goertek Luxshare tăng vốn dự án
Bắc Giang", "LG Innotek Hải Phòng điều chỉnh tăng vốn đầu tư", "Ban Quản lý các khu công nghiệp trao giấy chứng nhận
điều chỉnh dự án linh kiện điện tử Phú Thọ", "hội nghị kết nối doanh nghiệp FDI điện tử với nhà cung ứng Việt Nam tỉnh
ký kết", "Amkor Hana Micron mở rộng nhà máy bán dẫn Bắc Ninh vốn", "Hưng Yên trao giấy chứng nhận đầu tư dự án FDI khu
công nghiệp Phố Nối Thăng Long II", "Bac Ninh investment certificates electronics FDI projects handed over", "Thai
Nguyen Samsung Electronics local suppliers Vietnamese enterprises support", "semiconductor plant northern Vietnam
inauguration investment million", "Vinh Phuc electronic components factory licence investment capital increase".

What the 80 slots looked like (about 72 distinct pages; one FDI feature came back three times, an interview, a
decision repost and a headline twice, a VNA item once more as a repost): 23 Vietnamese business and provincial news
pages (a province's spring conference with round totals and a party secretary's figures, a half-year park report with
its largest projects, a province's promotion conference with project lines, a zone authority's round, an OSAT plant
founded by a Vietnamese group and its groundbreaking told on its contractor's page, a Foxconn unit's chip plant and its
sublease, an audio supplier's capital increase, a licence in Bắc Giang under related-link junk, a Korean maker's $1
billion increase in Hải Phòng with a zone head's quote, inaugurations of two chip packaging plants, an environmental
report on a capacity expansion, a supplier MoU of Samsung with a ministry and a province, VCCI preparing a forum, a
province preparing a trade mission); 21 English pages and 2 French ones read for their shapes only (VNA/VietnamPlus,
VNS/bizhub, The Investor, a provincial portal's English page, Hanoi Times, a promotion portal, a zone authority's
English archive, a Thai paper); 23 tag, hashtag, listing, headline-only, embed, caption, spam and site-junk pages
(garbled capitals, glued related headlines, phone numbers, "read more", "Lên top", "VIP/PRO"); 4 decision titles and
reposts of decisions; 2 theses and a student essay's cover; 5 national features and an interview. About 28 slots told
a deal: licences and capital increases first, then announced investments, two inaugurations, one three-party support
MoU (and its review years later), one groundbreaking, one sublease, one general contract; no supply contract between a
local supplier and an FDI group, no acquisition and no joint venture came up in any first four: the supplier programmes
were consultancy, vendor counts and wishes.

Rows: 165 (hand-9801 to hand-9965); 43 carry a deal or an event (26%; 35 events: 15 licences, 13 announcements, 2
inaugurations, 2 cooperation, 1 MoU, 1 groundbreaking, 1 supply contract; 45 `deals` entries: 41 investment, 2
groundbreaking, 1 supply contract, 1 cooperation), 122 are negatives and other fields (round and period totals, tag and
junk lines, titles, theses, captions, bylines, quotes, wishes, plans, capacities, statistics). By page kind: about 83
rows in the shapes of Vietnamese business and provincial news (26 with a deal or event), 37 of English copy
(`english_copy`, 17 with a deal or event; more than the brief's 15 because 21 of the 80 slots were English), about 30 of
tag, listing, headline, caption and junk pages (5), 6 of decision titles and reposts, 4 of theses, 5 of features and
interviews. 8 rows are stored in NFD (hand-9806, 9814, 9852, 9873, 9887, 9900, 9920, 9936), 5 use old tone placement
(hand-9817 "Điềm Thuỵ", 9832 "thuỷ tinh", 9838 "Hoà Lạc", 9867 "Hoà Phú", 9926 "Tỉnh uỷ"), 18 hold a headline with its
lead and 42 hold several lines.

Conventions: exactly those of batches 10 and 12-52 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a deal date needs a day; "tăng vốn từ X lên Y" is about the increase; "nâng tổng vốn (đầu tư) lên Y"
alone gives no amount; a recalled licence, groundbreaking, MoU or investment ("Trước đó", a month or a year only) is a
deal without an event; split rows naming the investor after a round's verb give a deal without event; project lines
with no licensing verb are announced investments; a planned groundbreaking alone is an announced investment; totals of
unnamed projects, wishes ("muốn", "mong muốn"), plans under study, visits and requests give nothing; a state body's MoU
with a firm on an investment is the firm's investment deal (and an MoU event when signed that day), on support an MoU
event with no deal; three signers of one memorandum give ONE event (batch 49); leases with park developers and state
land contracts are "cooperation"; a general contractor has a supply contract with the plant's owner; an opening with
no amount is an inauguration event with no deal, with an amount also the owner's investment deal; a running total
written with the firm's name is a recalled investment with that amount; a foreign subsidiary drops "Việt Nam" and a
trailing "Vina" unless a place follows; a province inside a firm's name is no mention, inside an organisation's or a
park's name it is; government parties are written as in the text (old tone and capitals included), organisations in
their usual spelling with UBND, HĐND, KCN expanded; English parks are no locations, English countries are written as
in the text; bare units ("UBND tỉnh", "Sở Công Thương", "the provincial Department of Industry and Trade") are no
organisations; "Tỉnh ủy X" inside a role is no organisation (batches 33, 45, 48); bylines and photo credits are
persons without role; "lượt", capacities and counts in words are no counts. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A short form of a firm named fully in an earlier row ("Vạn Phong" for Công ty TNHH Âm học Vạn Phong, "Phú Khang" for
  Tập đoàn Khoa học Kỹ thuật Phú Khang, "Hồng Lam", "Apex") is no firm of its own (batch 44's reused short name), so a
  row where only the short form invests ("Phú Khang đã thực sự rót 280 triệu USD vào Việt Nam", hand-9892; "Tính đến
  tháng 12/2020, Phú Khang đã đầu tư khoảng 1,6 tỷ USD", hand-9895) gives money only (batch 46's unnamed parent total);
  a bare name equal to the canonical name ("Hanjin Micron" for Công ty TNHH Hanjin Micron Vina, hand-9931, 9932) is
  the firm. Headlines naming the investor only by a short form or not at all (hand-9870, 9881, 9886, 9897) add no firm.
- A joint opening, "UBND tỉnh Bắc Ninh cùng Công ty TNHH X tổ chức lễ khánh thành nhà máy ...; riêng giai đoạn I của
  dự án có vốn 480 triệu USD" (hand-9924), makes the committee a government party of the inauguration event (as batch
  49's joint groundbreaking); the phase-I capital written in that row is the amount of the deal and the event; the plant
  total in another row with no firm (hand-9923, 9928) is money only.
- An MoU of a foreign group with a city committee recalled inside a zone head's quote with its day ("ngày 9/6/2023,
  Tập đoàn Daesan đã ký biên bản ghi nhớ với UBND thành phố Hải Phòng về việc mở rộng sản xuất ...", hand-9899) is the
  group's investment deal dated that day, sited in the city, with no event (batch 31's recalled MoU); the party notice
  "Thông báo số 1602-TB/TU ngày 15/6" is a decision with its date.
- The same capital increase told as "Công ty TNHH X Việt Nam Hải Phòng tăng vốn thêm 900 triệu USD" under a question
  headline (hand-9897) is an announced investment (batch 47's increase with no certificate), the ceremony row "UBND
  thành phố Hải Phòng tổ chức hội nghị trao Giấy chứng nhận ... điều chỉnh tăng vốn cho X" (hand-9898) a licence without
  amount dated "Sáng nay (24/6)", and the English "presented Daesan Optics with a certificate allowing the company to
  add 900 million USD" (hand-9907) a licence with the amount.
- A support memorandum reviewed years later ("held a conference to review the memorandum", hand-9857) gives no event;
  its signing told on its day in English with three parties and a witnessing Deputy Prime Minister (hand-9850) is one
  MoU event sited in the province, no deal; "Samsung alone accounts for more than 75 per cent" (hand-9851) gives no
  deal, "riêng Samsung (7,6 tỷ USD)" (hand-9854) Samsung's recalled investment with 7.6 billion (batch 28's brand
  totals); vendor counts and smart-factory programmes with unnamed firms (hand-9858, 9859, 9949) give nothing.
- A half-year park report: "Dự án có vốn lớn nhất là dự án ... của Công ty TNHH X ... với 290 triệu USD (khoảng 7.300 tỷ
  đồng)" in a row of its own (hand-9815) is a split row (deal, no event, the park naming no province); X's planned
  groundbreaking in the next row (hand-9816) is an announced investment without amount; a row that carries the verb
  itself, "Một số dự án khác được cấp phép mới ... như dự án của Công ty TNHH Y ... (28 triệu USD); Nhà máy Z Việt Nam
  ... (11,5 triệu USD)" (hand-9817), is Y's licence without grantor; "Nhà máy Z Việt Nam" names no firm (batch 46).
- A promotion conference's project lines: "Tiêu biểu là dự án ... của Công ty TNHH X Việt Nam (tổng vốn 255 triệu USD),
  đã được UBND tỉnh Hải Dương chấp thuận đầu tư từ tháng 11/2023" (hand-9831) is a recalled approval: deal with amount
  and site, no event, no date; "Tiếp theo là dự án của Công ty TNHH Y, tổng vốn trên 6.300 tỷ đồng ...; nhà đầu tư Y
  Private Limited (Singapore) đã thuê hơn 21 ha tại KCN ..." (hand-9832) is Y's announced investment in VND, the lease
  with an unnamed developer no deal; "Private Limited" is the form "Pte. Ltd.".
- A group's unit "sẽ đầu tư thêm 95 triệu USD vào KCN Vân Trung, tỉnh Bắc Giang" (hand-9882) is the unit's announced
  investment (the group a mention); the unit's sublease "đã thuê lại hơn 46.000 m2 đất từ Công ty CP KCN Sài Gòn - Bắc
  Giang" (hand-9885) is a signed cooperation event and deal (batch 44's tenant sublease), and its licence recalled in the
  same row "được cấp giấy chứng nhận đăng ký đầu tư ngày 12 tháng 7 năm 2024" an investment deal with that date and no
  event; "(HoSE: KBC)" is neither firm nor organisation; Bắc Giang inside the developer's name is no province mention.
- Related headlines glued without punctuation (hand-9883) are read as they stand: "Foxconn rót 12.000 tỷ đồng mở rộng
  nhà máy máy tính bảng ở Bắc Giang" is Foxconn's announced investment with amount and site; "40.000 công nhân" a count.
- "vừa được điều chỉnh tăng vốn ..., nâng tổng vốn từ 270 triệu USD lên 322 triệu USD" under the headline "... rót thêm
  52 triệu USD vào Bắc Ninh" (hand-9886) is a licence of 52 million without grantor; the headline's "dự án 500 triệu USD
  ở Nghệ An" of an unnamed supplier is money only; "Ngay trong tháng 1 năm nay, X cũng đã rót thêm 400 triệu USD vào
  ..., nâng quy mô dự án lên 500 triệu USD" (hand-9888) a recalled investment of 400 million.
- English portal list "the Bac Ninh Industrial Zones Authority granted investment registration certificates to 05
  projects, including ... of A Co., Ltd. (China) ...; ... of B Co., Ltd. (Korea) ...; and ... of C Corp (UK) ..."
  (hand-9943) gives one licence per listed investor with the authority as party and its province as site; "05 projects"
  is a count of 5; "Corp" stays in the name as "Corporation" does in earlier batches; "Co.,Ltd", "Co., Ltd" and "Ltd., Co."
  are the form "Co., Ltd.", "Joint Stock Company" is "JSC", "Công ty cổ phần" is "Công ty CP". "the Bac Ninh People's
  Committee signed a land use contract with X JSC for a social housing project" (hand-9944) is a cooperation event with
  no deal (batches 40 and 45's state land contracts).
- English licences named by reference or by portal item: "On March 1, the committee also granted an investment licence
  for X Co., Ltd.'s ... expansion project" (hand-9948) has the firm alone as party and no site; "Investment certificate
  granting to X Co.,Ltd (South Korea) to set up Y Vina Co., Ltd. in Vinh Phuc ...; US $ 05 million" (hand-9957) is X's
  licence (the investor, not the unit it sets up) with 5 million; "Investment certificate granting to increase
  investment capital ... for Z Vina Co., Ltd" (hand-9959) a licence without amount; "On October 18, 11, HAI PHONG
  ECONOMIC ZONE AUTHORITY issued ..." (hand-9960) is dated October 18 of the year published, the authority a
  government party in capitals as written and an organisation in its usual spelling.
- English copy on a province's firms: "In 2024, X put $38 million into a component plant in Vĩnh Phúc, and in March this
  year it teamed up with Y Group to launch a new $110 million project" (hand-9822) gives two recalled investment deals
  without event, X's and one of X and Y together with 110 million (the consortium rule); "has lifted its total
  investment in the province to $152 million" (hand-9823) is a raise to a total: a deal without amount or event
  (batches 41-43's "nâng tổng vốn đầu tư lên"); "Last year the company's export revenue ..." (hand-9824) names no firm.
- A groundbreaking recalled by month, "sau khi Tập đoàn Công nghiệp - Viễn thông Quân đội khởi công nhà máy chế tạo chip
  hồi giữa tháng 1" (hand-9874), is a groundbreaking deal without date, site or event; the contractor page's caption
  "Lễ khởi công nhà máy ... của Tập đoàn X tại Bắc Ninh ngày 3/3/2026" (hand-9877) is X's groundbreaking with that date;
  "Công ty CP A là tổng thầu thiết kế và thi công giai đoạn I của nhà máy theo hợp đồng ký với Tập đoàn X" (hand-9878) is
  a supply contract A-X, contractor first (batch 47); "công bố thành lập nhà máy kiểm thử và đóng gói chip ... tại tỉnh
  Bắc Ninh" (hand-9870) is X's announced investment without amount.
- News outlets and source lines ("Theo báo Đầu tư", "Báo Việt Nam Mới 380 ngày", "Government News", "Nikkei Asia",
  "-VNA", "(VNF)") are neither firms nor organisations (as batch 39 left "Nikkei Asia"); a page header's weekday, date,
  time and hotline number and a phone number above a headline are nothing.
- "khoảng 95 triệu USD/ha" (investment per hectare, hand-9932) is no money, as prices per hectare are not (batch 44);
  "an average monthly income of VNĐ11.5 million" and "about 260 USD each" monthly are money per month; capacities "từ
  1,1 tỷ lên 3,3 tỷ sản phẩm mỗi năm" and "từ 450 tấn lên 1.700 tấn" are neither counts nor money.
- A forum co-organised by VCCI and a People's Committee (hand-9913) is no event; VCCI is written out as "Liên đoàn Thương
  mại và Công nghiệp Việt Nam" (its 2025 name), its acronym in brackets no second organisation; a tag page titled by a
  firm ("Công ty cổ phần Hệ thống Điện tử Tây Hồ", hand-9839) gives the firm; a garbled repeat of a headline in odd
  capitals ("HảI DươNg", hand-9834) adds nothing that the clean title did not already give.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_53(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    BN = cur("Bắc Ninh")
    BG = cur("Bắc Giang")
    TN = cur("Thái Nguyên")
    VP = cur("Vĩnh Phúc")
    HP = cur("Hải Phòng")
    HD = cur("Hải Dương")
    NA = cur("Nghệ An")

    ids = iter(range(9801, 9801 + 199))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- S1: a tag page, spam, a decision title, Bắc Ninh's spring conference (cafef) ---
    rows += [
        h(
            n(),
            "Quy trình đăng ký nhãn hiệu cho sản phẩm tại Bắc Ninh gồm những bước nào?",
            "2024-06-02",
            "provincial",
            ["tag_page", "question", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "kuwin xổ số kiến thiết miền bắc hôm nay soi cầu mb vip",
            "2025-05-01",
            "ministry",
            ["spam", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Quyết định 1874/QĐ-BKHCN 2019 công bố thủ tục hành chính lĩnh vực sở hữu trí tuệ",
            "2019-08-01",
            "legal",
            ["legal_title", "decision_year_only", "no_event"],
            decisions=[d("1874/QĐ-BKHCN")],
            events=[],
        ),
        h(
            n(),
            "Hơn 1,2 tỷ USD vốn ngoại đổ vào Bắc Ninh trong một buổi sáng\nNgày 9/2, tỉnh Bắc Ninh tổ chức hội nghị gặp mặt doanh nghiệp đầu xuân, đồng thời trao quyết định chấp thuận chủ trương đầu tư và giấy chứng nhận đăng ký đầu tư cho các nhà đầu tư.",
            "2026-02-09",
            "ministry",
            ["headline_lead", "round_total_money_only", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.2 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Tại hội nghị, tỉnh trao quyết định chủ trương đầu tư cho 4 dự án hạ tầng với tổng vốn khoảng 21.500 tỷ đồng; trao giấy chứng nhận đăng ký đầu tư cấp mới cho 14 doanh nghiệp FDI và giấy chứng nhận điều chỉnh tăng vốn cho 9 doanh nghiệp FDI đang hoạt động trong các KCN.",
            "2026-02-09",
            "ministry",
            ["licence_round_unnamed", "count", "approx", "no_event"],
            money=[m(21500 * B, "VND", approx=True)],
            quantities=[c(4, "dự án"), c(14, "doanh nghiệp"), c(9, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Phát biểu tại hội nghị, Bí thư Tỉnh ủy Bắc Ninh Lê Quang Vinh cho biết 112 doanh nghiệp nộp thuế lớn nhất, chủ yếu thuộc nhóm ngành điện, điện tử, đã đóng góp trên 71% tổng thu ngân sách của khối doanh nghiệp.",
            "2026-02-09",
            "ministry",
            [
                "nfd",
                "person_role_before",
                "party_committee_in_role_no_org",
                "count",
                "percentage",
                "no_event",
            ],
            persons=[per("Lê Quang Vinh", "Bí thư Tỉnh ủy Bắc Ninh")],
            provinces=[pv("Bắc Ninh")],
            percentages=[71],
            quantities=[c(112, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh Bắc Ninh trao giấy chứng nhận đầu tư cho các doanh nghiệp. Ảnh: Minh Khuê.",
            "2026-02-09",
            "ministry",
            ["caption", "photo_credit_person", "no_firm", "no_event"],
            persons=[per("Minh Khuê", None)],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Quan điểm nhất quán của tỉnh là coi doanh nghiệp là động lực quan trọng của phát triển, là đối tác đồng hành của chính quyền.",
            "2026-02-09",
            "ministry",
            ["generic_statement", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Thời gian tới, Bắc Ninh sẽ tiếp tục cải thiện môi trường đầu tư, kinh doanh, phát triển hạ tầng đồng bộ và nâng chất lượng nguồn nhân lực cho các ngành điện tử, bán dẫn.",
            "2026-02-09",
            "ministry",
            ["plan_no_event", "no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
    ]
    # --- S2: a khuyến công item, a BOT headline, Thái Nguyên's half-year park report, a listing page ---
    rows += [
        h(
            n(),
            "Năm 2010, Chương trình khuyến công quốc gia dành 1,8 tỷ đồng hỗ trợ tỉnh Thái Nguyên thực hiện 12 đề án phát triển công nghiệp nông thôn.",
            "2010-03-15",
            "provincial",
            ["khuyen_cong_grant", "programme_not_org", "count", "no_event"],
            provinces=[pv("Thái Nguyên")],
            money=[m(1.8 * B, "VND")],
            quantities=[c(12, "đề án")],
            events=[],
        ),
        h(
            n(),
            "Điều đáng mừng là nguồn vốn ít ỏi, “như muối bỏ biển” này đang phát huy tác dụng ở nhiều cơ sở công nghiệp nông thôn của tỉnh.",
            "2010-03-15",
            "provincial",
            ["generic_statement", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Dự án BOT Thái Nguyên – Chợ Đồn trước nguy cơ vỡ phương án tài chính",
            "2019-05-20",
            "ministry",
            ["headline_only", "no_event"],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Gần 9.200 tỷ đồng đổ vào các KCN Thái Nguyên trong nửa đầu năm\nSáu tháng đầu năm 2025, Thái Nguyên có 13 dự án được cấp phép đầu tư mới vào các khu công nghiệp, theo Ban Quản lý các KCN tỉnh Thái Nguyên.",
            "2025-07-08",
            "ministry",
            ["headline_lead", "licence_round_unnamed", "count", "approx", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            money=[m(9200 * B, "VND", approx=True)],
            quantities=[c(13, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Trong số đó, 5 dự án có vốn đầu tư nước ngoài với tổng vốn đăng ký 342,6 triệu USD và 8 dự án vốn trong nước với tổng vốn 1.158,2 tỷ đồng.",
            "2025-07-08",
            "ministry",
            ["nfd", "count", "no_event"],
            money=[m(342.6 * M, "USD"), m(1158.2 * B, "VND")],
            quantities=[c(5, "dự án"), c(8, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Dự án có vốn lớn nhất là dự án sản xuất tấm silic bán dẫn của Công ty TNHH Vật liệu Bán dẫn Hoằng Vũ (Trung Quốc) tại KCN Yên Bình với 290 triệu USD (khoảng 7.300 tỷ đồng).",
            "2025-07-08",
            "ministry",
            ["split_row", "largest_project_line", "conversion_bracket", "park_no_province"],
            firms=[f("Vật liệu Bán dẫn Hoằng Vũ", "Công ty TNHH")],
            money=[m(290 * M, "USD"), m(7300 * B, "VND", approx=True)],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Yên Bình")],
            deals=[deal("investment", ["Vật liệu Bán dẫn Hoằng Vũ"], 290 * M)],
            events=[],
        ),
        h(
            n(),
            "Theo kế hoạch, dự án của Công ty TNHH Vật liệu Bán dẫn Hoằng Vũ sẽ được khởi công ngay trong tháng 8, dự kiến sử dụng khoảng 2.000 lao động.",
            "2025-07-08",
            "ministry",
            ["planned_groundbreaking", "announced_investment", "count", "approx"],
            firms=[f("Vật liệu Bán dẫn Hoằng Vũ", "Công ty TNHH")],
            quantities=[c(2000, "lao động", True)],
            deals=[deal("investment", ["Vật liệu Bán dẫn Hoằng Vũ"])],
            events=[
                ev("investment_announcement", [F("Vật liệu Bán dẫn Hoằng Vũ")], None, None, None, "announced")
            ],
        ),
        h(
            n(),
            "Một số dự án khác được cấp phép mới có vốn lớn như dự án của Công ty TNHH Hanwool Display tại KCN Sông Công II (28 triệu USD); Nhà máy Sunrise Optical Việt Nam tại KCN Điềm Thuỵ (11,5 triệu USD); Trung tâm dịch vụ logistics KCN Điềm Thuỵ (480 tỷ đồng)…",
            "2025-07-08",
            "ministry",
            [
                "old_tone",
                "round_lines_with_verb",
                "licence_no_grantor",
                "plant_name_no_firm",
                "park_no_province",
            ],
            firms=[f("Hanwool Display", "Công ty TNHH")],
            money=[m(28 * M, "USD"), m(11.5 * M, "USD"), m(480 * B, "VND")],
            locations=[park("Khu công nghiệp Sông Công II"), park("Khu công nghiệp Điềm Thụy")],
            deals=[deal("investment", ["Hanwool Display"], 28 * M)],
            events=[ev("investment_licence", [F("Hanwool Display")], 28 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Lũy kế đến nay, các KCN trên địa bàn tỉnh đã thu hút 284 dự án, trong đó có 139 dự án FDI với tổng vốn đăng ký trên 10,9 tỷ USD.",
            "2025-07-08",
            "ministry",
            ["cumulative", "count", "approx", "no_event"],
            money=[m(10.9 * B, "USD", approx=True)],
            quantities=[c(284, "dự án"), c(139, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Đầu tư\n\nNhững dự án nghìn tỷ sẽ thay đổi diện mạo Thái Nguyên: đường liên kết vùng hơn 3.900 tỷ đồng, sân vận động 20.000 chỗ",
            "2024-08-01",
            "ministry",
            ["listing_page", "vague_amount", "capacity_no_count", "approx", "no_event"],
            provinces=[pv("Thái Nguyên")],
            money=[m(3900 * B, "VND", approx=True)],
            events=[],
        ),
    ]
    # --- S3: Vĩnh Phúc: a tag page, English business copy, a thesis table, a TV station listing ---
    rows += [
        h(
            n(),
            "khu công nghiệp vĩnh phúc\nVĩnh Phúc đặt mục tiêu mỗi năm thu hút thêm khoảng 40 dự án mới vào các khu công nghiệp, giải quyết việc làm cho hơn 7.000 lao động địa phương.",
            "2024-10-10",
            "provincial",
            ["tag_page", "lower_case", "target", "count", "approx", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            quantities=[c(40, "dự án", True), c(7000, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "HÀ NỘI — Electronic component makers in the northern province of Vĩnh Phúc earned VNĐ61.2 trillion (about US$2.4 billion) in the first quarter of 2025, up 13.4 per cent year-on-year, according to the provincial Department of Industry and Trade.",
            "2025-04-20",
            "ministry",
            [
                "english_copy",
                "dateline",
                "revenue_money_only",
                "conversion_bracket",
                "percentage",
                "unnamed_department_no_org",
                "no_event",
            ],
            provinces=[pv("Hà Nội"), pv("Vĩnh Phúc")],
            money=[m(61.2e12, "VND"), m(2.4 * B, "USD", approx=True)],
            percentages=[13.4],
            events=[],
        ),
        h(
            n(),
            "In 2024, Kwangmin Electronics Vina Co., Ltd. put $38 million into a component plant in Vĩnh Phúc, and in March this year it teamed up with Hoàng Sơn Tech Group to launch a new $110 million project.",
            "2025-04-20",
            "ministry",
            ["english_copy", "recalled_investment", "recalled_joint_project", "trailing_vina", "no_day"],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Kwangmin Electronics", "Co., Ltd."), f("Hoàng Sơn Tech Group")],
            money=[m(38 * M, "USD"), m(110 * M, "USD")],
            deals=[
                deal("investment", ["Kwangmin Electronics"], 38 * M, VP),
                deal("investment", ["Kwangmin Electronics", "Hoàng Sơn Tech Group"], 110 * M, VP),
            ],
            events=[],
        ),
        h(
            n(),
            "Likewise, Daemyung Flex Vina Co., Ltd., a supplier to Samsung, LG and SK, has lifted its total investment in the province to $152 million, almost 140 times its initial capital.",
            "2025-04-20",
            "ministry",
            [
                "english_copy",
                "raise_total_no_amount",
                "recalled_no_event",
                "supplier_status_no_contract",
                "trailing_vina",
            ],
            firms=[f("Daemyung Flex", "Co., Ltd."), f("Samsung"), f("LG"), f("SK")],
            money=[m(152 * M, "USD")],
            deals=[deal("investment", ["Daemyung Flex"])],
            events=[],
        ),
        h(
            n(),
            "Last year the company's export revenue jumped 52 per cent; it employs more than 4,300 workers with an average monthly income of VNĐ11.5 million.",
            "2025-04-20",
            "ministry",
            [
                "english_copy",
                "reused_reference_no_firm",
                "percentage",
                "count",
                "per_month",
                "approx",
                "no_event",
            ],
            money=[m(11.5 * M, "VND", "month")],
            percentages=[52],
            quantities=[c(4300, "workers", True)],
            events=[],
        ),
        h(
            n(),
            "Vĩnh Phúc has set aside 4,800 hectares for hi-tech industrial projects, including semiconductors, and ships computers and components to the US, Japan, South Korea and the EU, notably the Netherlands, Germany and the Czech Republic.",
            "2025-04-20",
            "ministry",
            ["english_copy", "area", "country_list", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            areas=[ha(4800)],
            locations=[
                country("US"),
                country("Japan"),
                country("South Korea"),
                country("Netherlands"),
                country("Germany"),
                country("Czech Republic"),
            ],
            events=[],
        ),
        h(
            n(),
            "Bảng 2.14. Giá trị sản xuất công nghiệp tỉnh Vĩnh Phúc phân theo thành phần kinh tế giai đoạn 2005 – 2015\n(Đơn vị: tỉ đồng – giá hiện hành)",
            "2016-05-01",
            "ministry",
            ["thesis", "table_title", "unit_line_no_money", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2005 – 2015, giá trị sản xuất công nghiệp của khu vực có vốn đầu tư nước ngoài tăng 14,2 lần, đạt 118.356,4 tỉ đồng năm 2015, gấp 64,5 lần khu vực kinh tế nhà nước.",
            "2016-05-01",
            "ministry",
            ["thesis", "ti_spelling", "multiples_not_percent", "no_event"],
            money=[m(118356.4 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Trong thời kỳ công nghiệp 4.0, vị trí địa lý hay nhân công giá rẻ không còn là lợi thế để hút nhà đầu tư; Vĩnh Phúc đang quyết liệt chuyển hướng sang các dự án công nghệ cao, thân thiện môi trường.",
            "2019-03-01",
            "provincial",
            ["listing_page", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
    ]
    # --- S4: Hải Dương's promotion conference (cafef), a garbled tag page, a repost, a zone authority round ---
    rows += [
        h(
            n(),
            "Tại Hội nghị công bố quy hoạch và xúc tiến đầu tư ngày 12/1/2024, Hải Dương đã công bố danh mục dự án kêu gọi đầu tư giai đoạn 2024 – 2030 và trao quyết định chủ trương đầu tư cho 31 doanh nghiệp, trong đó 2 doanh nghiệp được trao biên bản ghi nhớ.",
            "2024-01-13",
            "ministry",
            ["conference_total", "mou_unnamed", "count", "no_event"],
            provinces=[pv("Hải Dương")],
            quantities=[c(31, "doanh nghiệp"), c(2, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Hải Dương là điểm đến hấp dẫn của các nhà đầu tư trong và ngoài nước, tạo động lực phát triển cho tỉnh và lan tỏa ra cả vùng đồng bằng sông Hồng.",
            "2024-01-13",
            "ministry",
            ["generic_statement", "no_event"],
            provinces=[pv("Hải Dương")],
            events=[],
        ),
        h(
            n(),
            "Tiêu biểu là dự án nhà máy sản xuất thiết bị văn phòng của Công ty TNHH Công nghệ Văn phòng Hằng Lợi Việt Nam (tổng vốn 255 triệu USD), đã được UBND tỉnh Hải Dương chấp thuận đầu tư từ tháng 11/2023.",
            "2024-01-13",
            "ministry",
            ["recalled_approval", "month_no_day", "vietnam_suffix_dropped"],
            organizations=["Ủy ban nhân dân tỉnh Hải Dương"],
            provinces=[pv("Hải Dương")],
            firms=[f("Công nghệ Văn phòng Hằng Lợi", "Công ty TNHH")],
            money=[m(255 * M, "USD")],
            deals=[deal("investment", ["Công nghệ Văn phòng Hằng Lợi"], 255 * M, HD)],
            events=[],
        ),
        h(
            n(),
            "Tiếp theo là dự án của Công ty TNHH Sản xuất Kính Quang học Lumen Crystal, tổng vốn trên 6.300 tỷ đồng (tương đương 262 triệu USD); nhà đầu tư Lumen Crystal Private Limited (Singapore) đã thuê hơn 21 ha tại KCN An Phát 1, huyện Nam Sách, tỉnh Hải Dương để sản xuất kính thuỷ tinh và mặt kính cho thiết bị điện tử.",
            "2024-01-13",
            "ministry",
            [
                "old_tone",
                "project_line_no_verb",
                "announced_investment",
                "foreign_legal_form",
                "lease_no_lessor",
                "district",
                "area",
                "approx",
            ],
            provinces=[pv("Hải Dương")],
            firms=[
                f("Sản xuất Kính Quang học Lumen Crystal", "Công ty TNHH"),
                f("Lumen Crystal", "Pte. Ltd."),
            ],
            money=[m(6300 * B, "VND", approx=True), m(262 * M, "USD")],
            areas=[ha(21, True)],
            locations=[country("Singapore"), park("Khu công nghiệp An Phát 1"), district("huyện Nam Sách")],
            deals=[deal("investment", ["Sản xuất Kính Quang học Lumen Crystal"], 6300 * B, HD)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Sản xuất Kính Quang học Lumen Crystal")],
                    6300 * B,
                    "VND",
                    HD,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Thời hạn hoạt động của dự án là 50 năm, dự kiến sử dụng khoảng 3.200 lao động; khi đi vào hoạt động, doanh thu mỗi năm khoảng 6 triệu USD.",
            "2024-01-13",
            "ministry",
            ["project_details", "duration_not_count", "revenue_per_year", "count", "approx", "no_event"],
            money=[m(6 * M, "USD", "year", True)],
            quantities=[c(3200, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "74Fa93F765 Jpeg\n\nDoanh nghiệp Malaysia muốn đầu tư 5.800 tỷ đồng vào Hải Dương\n\nDoanh NghiệP Malaysia MuốN đầU Tư 5.800 Tỷ đồNg VàO HảI DươNg - ẢNh 1.",
            "2023-10-20",
            "ministry",
            ["tag_page", "garbled_case", "wish_no_event", "repeated_once"],
            provinces=[pv("Hải Dương")],
            money=[m(5800 * B, "VND")],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Theo báo cáo của Ban Quản lý các KCN tỉnh Hải Dương tại phiên họp thường kỳ tháng 10 của UBND tỉnh, nhà đầu tư Malaysia Penang Glassworks mong muốn xây dựng nhà máy kính và linh kiện quang học tại KCN Lai Cách với diện tích khoảng 18,6 ha. read more",
            "2023-10-20",
            "ministry",
            ["wish_no_event", "bare_unit_no_org", "read_more", "area", "approx"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Hải Dương"],
            provinces=[pv("Hải Dương")],
            firms=[f("Penang Glassworks")],
            areas=[ha(18.6, True)],
            locations=[country("Malaysia"), park("Khu công nghiệp Lai Cách")],
            events=[],
        ),
        h(
            n(),
            "Phó Thủ tướng Trần Minh Khôi đã ký quyết định điều chỉnh chủ trương đầu tư Dự án đầu tư xây dựng và kinh doanh kết cấu hạ tầng KCN Quế Võ III, tỉnh Bắc Ninh.\n\nsource https://dautubds.baodautu.vn/dieu-chinh-chu-truong-dau-tu-kcn-que-vo-iii-d139221.html",
            "2021-01-18",
            "ministry",
            ["repost", "source_url", "policy_approval_no_investor", "person_role_before", "no_event"],
            persons=[per("Trần Minh Khôi", "Phó Thủ tướng")],
            provinces=[pv("Bắc Ninh")],
            locations=[park("Khu công nghiệp Quế Võ III")],
            events=[],
        ),
        h(
            n(),
            "Chiều 25/9, Ban Quản lý Khu kinh tế Hải Phòng trao Giấy chứng nhận đăng ký đầu tư cho Dự án Nhà máy vật liệu sinh học Greenfill của Tập đoàn Daehan Chemical (Hàn Quốc) và trao giấy chứng nhận điều chỉnh tăng vốn cho một số dự án khác; tổng vốn đợt này đạt hơn 1,1 tỷ USD.\nBáo Việt Nam Mới 380 ngày",
            "2023-09-26",
            "ministry",
            [
                "licence",
                "round_total_money_only",
                "project_name_not_firm",
                "source_line_newspaper_no_org",
                "deal_date",
            ],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Daehan Chemical", "Tập đoàn")],
            money=[m(1.1 * B, "USD", approx=True)],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Daehan Chemical"], None, HP, "2023-09-25")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Hải Phòng"), F("Daehan Chemical")],
                    None,
                    None,
                    HP,
                    "licensed",
                )
            ],
        ),
    ]
    # --- S5: Hòa Lạc: a headline, a firm's tag page, a national FDI feature, a party-resolution tag page ---
    rows += [
        h(
            n(),
            "Khu công nghệ cao Hoà Lạc xin thêm 7.900 tỷ vốn ngân sách",
            "2024-05-10",
            "ministry",
            ["headline_only", "old_tone", "hi_tech_park_as_place", "ty_without_dong", "no_event"],
            money=[m(7900 * B, "VND")],
            locations=[park("Khu công nghệ cao Hòa Lạc")],
            events=[],
        ),
        h(
            n(),
            "Công ty cổ phần Hệ thống Điện tử Tây Hồ\n91 dự án được chấp thuận đầu tư vào Khu công nghệ cao Hòa Lạc với tổng vốn đăng ký 78.310 tỷ đồng trên diện tích khoảng 372 ha.",
            "2023-12-01",
            "ministry",
            ["tag_page", "firm_tag_title", "cumulative", "count", "area", "approx", "no_event"],
            firms=[f("Hệ thống Điện tử Tây Hồ", "Công ty CP")],
            money=[m(78310 * B, "VND")],
            quantities=[c(91, "dự án")],
            areas=[ha(372, True)],
            locations=[park("Khu công nghệ cao Hòa Lạc")],
            events=[],
        ),
        h(
            n(),
            "Nửa đầu năm 2023, tổng vốn FDI đăng ký vào Việt Nam đạt xấp xỉ 13,9 tỉ đô la Mỹ, thấp hơn 3,8% so với cùng kỳ, theo số liệu của Tổng cục Thống kê.",
            "2023-08-05",
            "ministry",
            ["statistics", "do_la_my", "approx", "percentage", "no_event"],
            organizations=["Tổng cục Thống kê"],
            money=[m(13.9 * B, "USD", approx=True)],
            percentages=[3.8],
            events=[],
        ),
        h(
            n(),
            "- Cứ 100 đô la vốn FDI thì có 38 đô la chảy vào vùng Đồng bằng sông Hồng\n- Hàn Quốc rót hàng tỉ đô la Mỹ vào dây chuyền chip thế hệ mới",
            "2023-08-05",
            "ministry",
            ["related_links", "vague_amount", "two_money", "no_event"],
            money=[m(100, "USD"), m(38, "USD")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "nghị quyết số 50-nq/tw\nChiến lược mới thu hút đầu tư vào Khu công nghệ cao Hòa Lạc",
            "2024-03-12",
            "ministry",
            ["tag_page", "lower_case_number", "resolution_no_date", "no_event"],
            decisions=[d("50-NQ/TW")],
            locations=[park("Khu công nghệ cao Hòa Lạc")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Đỗ Minh Quang, Phó trưởng Ban quản lý Khu công nghệ cao Hòa Lạc, Bộ Khoa học và Công nghệ đang hoàn thiện đề án đưa khu này thành trung tâm thiết kế và thử nghiệm vi mạch của vùng Thủ đô.",
            "2024-03-12",
            "ministry",
            ["person_role_after", "board_name_no_location", "no_event"],
            organizations=["Ban quản lý Khu công nghệ cao Hòa Lạc", "Bộ Khoa học và Công nghệ"],
            persons=[per("Đỗ Minh Quang", "Phó trưởng Ban quản lý Khu công nghệ cao Hòa Lạc")],
            events=[],
        ),
    ]
    # --- S6: Hưng Yên: an industry listing, half-year figures, an interview on "Made in Vietnam" ---
    rows += [
        h(
            n(),
            "Hưng Yên đẩy mạnh công nghiệp hỗ trợ, hình thành liên kết ngành trong các KCN\n\nHiện toàn tỉnh có khoảng 320 doanh nghiệp sản xuất sản phẩm công nghiệp hỗ trợ thuộc danh mục ưu tiên, tập trung ở sáu lĩnh vực: cơ khí chế tạo; thiết bị điện, điện tử; dệt may; da giày; lắp ráp ô tô; công nghệ cao...",
            "2025-03-01",
            "ministry",
            ["listing_page", "headline_lead", "count", "count_in_words", "approx", "no_event"],
            provinces=[pv("Hưng Yên")],
            quantities=[c(320, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Hưng Yên thành điểm nóng hút vốn\nRiêng 9 tháng đầu năm 2025, Hưng Yên có 268 dự án cấp mới và điều chỉnh tăng vốn với tổng vốn đăng ký gần 6,9 tỷ USD, gồm 157 dự án trong nước (hơn 5 tỷ USD) và 111 dự án FDI (khoảng 1,85 tỷ USD).",
            "2025-10-20",
            "ministry",
            ["headline_lead", "period_total", "count", "approx", "no_event"],
            provinces=[pv("Hưng Yên")],
            money=[
                m(6.9 * B, "USD", approx=True),
                m(5 * B, "USD", approx=True),
                m(1.85 * B, "USD", approx=True),
            ],
            quantities=[c(268, "dự án"), c(157, "dự án"), c(111, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Hiện toàn tỉnh có gần 3.950 dự án còn hiệu lực với tổng vốn đăng ký khoảng 42 tỷ USD, trong đó riêng các KCN chiếm hơn 19 tỷ USD.",
            "2025-10-20",
            "ministry",
            ["cumulative", "count", "approx", "no_event"],
            money=[m(42 * B, "USD", approx=True), m(19 * B, "USD", approx=True)],
            quantities=[c(3950, "dự án", True)],
            events=[],
        ),
        h(
            n(),
            "PV: - Thưa ông, việc doanh nghiệp Việt nhập linh kiện về lắp ráp rồi ghi “Made in Vietnam” có đáng lo ngại không?\nTS Lê Đức Hạnh: - Nhãn xuất xứ thể hiện quyền lợi kinh tế của doanh nghiệp và sản phẩm Việt trong thương mại quốc tế, nên rất cần được quản lý chặt.",
            "2017-05-10",
            "ministry",
            ["interview", "academic_title_no_role", "no_event"],
            persons=[per("Lê Đức Hạnh", None)],
            events=[],
        ),
        h(
            n(),
            "CEO Công ty CP Công nghệ Hoàng Long Phone Trịnh Văn Đạt cho rằng sản phẩm điện thoại của công ty đang bị một số đối thủ nước ngoài thuê người “chơi xấu” trên mạng xã hội.",
            "2017-05-10",
            "ministry",
            ["interview", "person_role_before", "no_event"],
            persons=[per("Trịnh Văn Đạt", "CEO Công ty CP Công nghệ Hoàng Long Phone")],
            firms=[f("Công nghệ Hoàng Long Phone", "Công ty CP")],
            events=[],
        ),
        h(
            n(),
            "PV: - Vậy doanh nghiệp Việt cần làm gì để không rơi vào vòng cạnh tranh thiếu lành mạnh của các hãng lớn?",
            "2017-05-10",
            "ministry",
            ["interview", "question", "no_fields", "no_event"],
            events=[],
        ),
    ]
    # --- S7: the Samsung supplier programme with a ministry and a province (English and Vietnamese), an essay ---
    rows += [
        h(
            n(),
            "Samsung joins ministry, Thái Nguyên in programme for local suppliers\n\nThe Ministry of Industry and Trade, the Thái Nguyên People's Committee and Samsung Electronics Vietnam on Friday signed a memorandum of understanding on a 2021-2026 programme to support Vietnamese firms in the province, with Deputy Prime Minister Lê Văn Khang witnessing the ceremony.",
            "2021-10-16",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "three_party_mou",
                "support_no_deal",
                "witness_not_party",
                "weekday_no_date",
            ],
            organizations=["Ministry of Industry and Trade", "Thái Nguyên People's Committee"],
            persons=[per("Lê Văn Khang", "Deputy Prime Minister")],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung"), f("Samsung Electronics")],
            events=[
                ev(
                    "mou",
                    [
                        G("Ministry of Industry and Trade"),
                        G("Thái Nguyên People's Committee"),
                        F("Samsung Electronics"),
                    ],
                    None,
                    None,
                    TN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Thái Nguyên currently hosts nearly 200 FDI projects with registered capital of about US$10 billion, of which Samsung alone accounts for more than 75 per cent.",
            "2021-10-16",
            "ministry",
            [
                "english_copy",
                "cumulative",
                "brand_share_no_amount",
                "count",
                "approx",
                "percentage",
                "no_event",
            ],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung")],
            money=[m(10 * B, "USD", approx=True)],
            percentages=[75],
            quantities=[c(200, "projects", True)],
            events=[],
        ),
        h(
            n(),
            "Theo biên bản ghi nhớ, chương trình hỗ trợ doanh nghiệp Việt Nam tại Thái Nguyên được thực hiện trong giai đoạn 2021 - 2026, gồm hai nội dung chính: tư vấn cải tiến doanh nghiệp và phát triển nhà cung ứng.",
            "2021-10-16",
            "provincial",
            ["nfd", "mou_terms", "no_event"],
            provinces=[pv("Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Mục tiêu của thỏa thuận là đến năm 2026, tỷ lệ đóng góp của doanh nghiệp Việt tại Thái Nguyên vào giá trị sản xuất công nghiệp do Samsung tạo ra sẽ tăng lên hằng năm.",
            "2021-10-16",
            "provincial",
            ["mou_terms", "target", "no_event"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Hiện Thái Nguyên thu hút gần 200 dự án FDI với tổng vốn đăng ký khoảng 10 tỷ USD, trong đó riêng Samsung (7,6 tỷ USD) chiếm hơn 75%.",
            "2021-10-16",
            "provincial",
            ["brand_total_recalled", "count", "approx", "percentage"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung")],
            money=[m(10 * B, "USD", approx=True), m(7.6 * B, "USD")],
            percentages=[75],
            quantities=[c(200, "dự án", True)],
            deals=[deal("investment", ["Samsung"], 7.6 * B, TN)],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp Việt Nam đang hoạt động trên địa bàn tỉnh được ưu tiên cung ứng sản phẩm, dịch vụ ở các lĩnh vực tỉnh có thế mạnh như nông sản, thực phẩm, linh kiện công nghiệp hỗ trợ, vật tư tiêu hao và vận tải, nếu đáp ứng yêu cầu nhà cung cấp của Samsung.",
            "2021-10-16",
            "provincial",
            ["mou_terms", "supplier_condition_no_contract", "no_event"],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Các nhà cung ứng Việt hiện hữu, nếu bảo đảm tiêu chuẩn của Samsung, sẽ được ưu tiên cung ứng những linh kiện có giá trị cao, số lượng lớn.",
            "2021-10-16",
            "provincial",
            ["mou_terms", "supplier_condition_no_contract", "no_event"],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Samsung reviews programme backing local suppliers in Thái Nguyên\n\nSamsung Vietnam, the Ministry of Industry and Trade and Thái Nguyên Province on July 3 held a conference to review the memorandum of understanding on supporting Vietnamese businesses in the province.",
            "2024-07-04",
            "ministry",
            ["english_copy", "headline_lead", "recalled_support_mou", "review_no_event", "vietnam_dropped"],
            organizations=["Ministry of Industry and Trade"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "Park Jun-seok, deputy general director of Samsung Vietnam's purchasing centre, said 46 local firms in the province now take part in Samsung's supply chain as tier-1, tier-2 or consumables suppliers.",
            "2024-07-04",
            "ministry",
            ["english_copy", "person_role_after", "supplier_status_no_contract", "count", "no_event"],
            persons=[per("Park Jun-seok", "deputy general director of Samsung Vietnam's purchasing centre")],
            firms=[f("Samsung")],
            quantities=[c(46, "firms")],
            events=[],
        ),
        h(
            n(),
            "Samsung Vietnam also launched a 2024 smart factory programme in the province, which runs until August 9 at five local firms.",
            "2024-07-04",
            "ministry",
            ["english_copy", "programme_no_counterpart", "deadline_no_date", "count_in_words", "no_event"],
            firms=[f("Samsung")],
            events=[],
        ),
        h(
            n(),
            "TRƯỜNG ĐẠI HỌC KINH TẾ QUỐC DÂN\nKHOA QUẢN TRỊ KINH DOANH\nTIỂU LUẬN MÔN QUẢN TRỊ CHUỖI CUNG ỨNG\nĐề tài: Chiến lược thuê ngoài linh kiện của Samsung Electronics Việt Nam Thái Nguyên\nHà Nội, ngày 12 tháng 5 năm 2024",
            "2024-05-20",
            "ministry",
            ["thesis_title", "all_caps", "place_in_firm_name_no_mention", "city_line", "no_event"],
            organizations=["Trường Đại học Kinh tế Quốc dân"],
            provinces=[pv("Hà Nội")],
            firms=[f("Samsung Electronics Việt Nam Thái Nguyên")],
            events=[],
        ),
        h(
            n(),
            "Thành viên nhóm: Phạm Thu Trang – 2114; Đỗ Quang Huy – 2087; Lê Hoài An – 2230\nMỤC LỤC\nCHƯƠNG 1: TỔNG QUAN VỀ CHIẾN LƯỢC THUÊ NGOÀI ....... 4",
            "2024-05-20",
            "ministry",
            ["thesis", "name_list", "student_numbers_no_count", "no_event"],
            persons=[per("Phạm Thu Trang", None), per("Đỗ Quang Huy", None), per("Lê Hoài An", None)],
            events=[],
        ),
    ]
    # --- S8: supporting-industry firms wishing to supply, a listing on an assembler's move ---
    rows += [
        h(
            n(),
            "“doanh nghiệp phụ trợ” - Nhiều doanh nghiệp phụ trợ muốn “bắt tay” cung ứng cho các nhà máy điện tử ở Bắc Ninh",
            "2018-10-05",
            "ministry",
            ["tag_page", "wish_no_event"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "“Chúng tôi sẵn sàng đầu tư dây chuyền mới, chỉ cần có đơn hàng”. Ông Vũ Quang Hiển, Giám đốc Công ty TNHH Cơ khí Chính xác Đông Anh, gửi thông điệp này tới các tập đoàn điện tử FDI tại hội thảo do Sở Công Thương Hà Nội tổ chức cuối tháng 9.",
            "2018-10-05",
            "ministry",
            ["quote", "person_role_after", "wish_no_event"],
            organizations=["Sở Công Thương Hà Nội"],
            persons=[per("Vũ Quang Hiển", "Giám đốc Công ty TNHH Cơ khí Chính xác Đông Anh")],
            provinces=[pv("Hà Nội")],
            firms=[f("Cơ khí Chính xác Đông Anh", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Dây chuyền lắp ráp máy tính bảng cho Apple sắp về Việt Nam\n\nVăn phòng Chính phủ vừa xác nhận một nhà cung ứng lớn của Apple đã chuyển một phần dây chuyền sản xuất thiết bị điện tử sang Bắc Giang.",
            "2020-11-30",
            "ministry",
            ["listing_page", "headline_lead", "unnamed_supplier_no_event"],
            organizations=["Văn phòng Chính phủ"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Apple")],
            events=[],
        ),
    ]
    # --- S9: Bắc Giang parks: an embed, a plan tag page, captions, a licence on a tags page ---
    rows += [
        h(
            n(),
            "Bắc Giang cho 6 doanh nghiệp ở 3 KCN sản xuất trở lại từ ngày 2/6\n\nTỉnh đưa 6 doanh nghiệp thuộc 3 KCN hoạt động trở lại theo hình thức thí điểm, quy mô lao động tối đa 3.500 người.",
            "2021-06-01",
            "ministry",
            ["embed", "headline_lead", "count", "repeated_once", "no_event"],
            provinces=[pv("Bắc Giang")],
            quantities=[c(6, "doanh nghiệp"), c(3, "khu công nghiệp"), c(3500, "người")],
            events=[],
        ),
        h(
            n(),
            "Các doanh nghiệp phải bảo đảm điều kiện phòng dịch, bố trí nơi lưu trú tập trung cho người lao động trong suốt thời gian sản xuất.",
            "2021-06-01",
            "ministry",
            ["conditions", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Bắc Giang sắp có thêm một khu công nghiệp\nHĐND tỉnh Bắc Giang vừa thông qua Nghị quyết về Đồ án quy hoạch phân khu xây dựng KCN Hoà Phú mở rộng, huyện Hiệp Hòa, tỷ lệ 1/2000. Theo đó, phạm vi lập quy hoạch thuộc địa giới các xã […]",
            "2023-04-12",
            "provincial",
            ["tag_page", "headline_lead", "old_tone", "resolution_no_number", "district", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            locations=[park("Khu công nghiệp Hòa Phú mở rộng"), district("huyện Hiệp Hòa")],
            events=[],
        ),
        h(
            n(),
            "Điều kiện nào để 6 doanh nghiệp trong KCN ở Bắc Giang được sản xuất trở lại?\n\nBên trong KCN Vân Trung (Việt Yên, Bắc Giang). Ảnh: Quang Đức.\nBên trong KCN Vân Trung (Việt Yên, Bắc Giang). Ảnh: Quang Đức.\nLên top",
            "2021-06-01",
            "ministry",
            ["headline", "repeated_caption", "photo_credit_person", "repeated_once", "count", "no_event"],
            persons=[per("Quang Đức", None)],
            provinces=[pv("Bắc Giang")],
            quantities=[c(6, "doanh nghiệp")],
            locations=[park("Khu công nghiệp Vân Trung")],
            events=[],
        ),
        h(
            n(),
            "Kinh tế\n\nTập đoàn Weida đầu tư vào Bắc Giang\n\nSáng 6/3, tỉnh Bắc Giang trao giấy chứng nhận đầu tư cho Công ty TNHH Weida Electronics Việt Nam thuộc Tập đoàn Weida (Đài Loan), đầu tư tại KCN Quang Châu với vốn ban đầu 22 triệu USD.",
            "2024-03-07",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "licence",
                "province_as_grantor",
                "subsidiary_of_group",
                "deal_date",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Weida", "Tập đoàn"), f("Weida Electronics", "Công ty TNHH")],
            money=[m(22 * M, "USD")],
            locations=[country("Đài Loan"), park("Khu công nghiệp Quang Châu")],
            deals=[deal("investment", ["Weida Electronics"], 22 * M, BG, "2024-03-06")],
            events=[
                ev(
                    "investment_licence",
                    [G("tỉnh Bắc Giang"), F("Weida Electronics")],
                    22 * M,
                    "USD",
                    BG,
                    "licensed",
                )
            ],
        ),
    ]
    # --- S10: a Vietnamese group's chip test-and-packaging plant in Bắc Ninh, its contractor ---
    rows += [
        h(
            n(),
            "Hồng Lam lập nhà máy kiểm thử và đóng gói chip tại Bắc Ninh\nTập đoàn Công nghệ Hồng Lam vừa công bố thành lập nhà máy kiểm thử và đóng gói chip bán dẫn tại tỉnh Bắc Ninh, dự kiến đưa vào vận hành ngay trong năm nay.",
            "2026-02-05",
            "ministry",
            ["headline_lead", "announced_plant", "short_name_in_headline", "no_amount"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Công nghệ Hồng Lam", "Tập đoàn")],
            deals=[deal("investment", ["Công nghệ Hồng Lam"], None, BN)],
            events=[ev("investment_announcement", [F("Công nghệ Hồng Lam")], None, None, BN, "announced")],
        ),
        h(
            n(),
            "Lễ công bố diễn ra sáng 5/2 tại Hà Nội; ông Đặng Quốc Trung, Chủ tịch HĐQT Tập đoàn Công nghệ Hồng Lam, cho rằng nhà máy giúp doanh nghiệp Việt làm chủ công đoạn cuối của chuỗi giá trị bán dẫn.",
            "2026-02-05",
            "ministry",
            ["ceremony_place_mention", "person_role_after", "no_event"],
            persons=[per("Đặng Quốc Trung", "Chủ tịch HĐQT Tập đoàn Công nghệ Hồng Lam")],
            provinces=[pv("Hà Nội")],
            firms=[f("Công nghệ Hồng Lam", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Theo đại diện Hồng Lam, đây là nhà máy kiểm thử, đóng gói đầu tiên của Việt Nam do doanh nghiệp trong nước làm chủ.\nNghi thức công bố thành lập nhà máy, sáng 5/2. Ảnh: Lưu Quang",
            "2026-02-05",
            "ministry",
            ["reused_short_name_no_firm", "caption", "photo_credit_person", "no_event"],
            persons=[per("Lưu Quang", None)],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 1 (2026 – 2027), nhà máy đặt tại KCN Yên Phong II-C, xã Yên Phong và xã Tam Giang, tỉnh Bắc Ninh, quy mô 2.000 m2 với 8 dây chuyền kiểm tra chức năng.",
            "2026-02-05",
            "ministry",
            ["nfd", "phase", "commune_not_district", "area", "count", "no_event"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(8, "dây chuyền")],
            areas=[ha(0.2)],
            locations=[park("Khu công nghiệp Yên Phong II-C")],
            events=[],
        ),
        h(
            n(),
            "Trong ba khâu làm chip gồm thiết kế, sản xuất và đóng gói - kiểm thử, Việt Nam đã có nền tảng ở khâu thiết kế và vừa bước vào sản xuất sau khi Tập đoàn Công nghiệp - Viễn thông Quân đội khởi công nhà máy chế tạo chip hồi giữa tháng 1.",
            "2026-02-05",
            "ministry",
            ["recalled_groundbreaking", "month_no_day", "no_site", "count_in_words"],
            firms=[f("Công nghiệp - Viễn thông Quân đội", "Tập đoàn")],
            deals=[deal("groundbreaking", ["Công nghiệp - Viễn thông Quân đội"])],
            events=[],
        ),
        h(
            n(),
            "Giá vàng trong nước và thế giới\nThứ Năm, 05/02/2026\nMinh Châu\n05/02/2026, 21:40\nThứ trưởng Bộ Khoa học và Công nghệ Trần Đức Hiếu cho rằng việc đầu tư nhà máy kiểm thử, đóng gói đã hoàn thiện “mảnh ghép còn thiếu” của hệ sinh thái bán dẫn trong nước.",
            "2026-02-05",
            "ministry",
            ["page_header_junk", "byline_person", "person_role_before", "no_event"],
            organizations=["Bộ Khoa học và Công nghệ"],
            persons=[per("Minh Châu", None), per("Trần Đức Hiếu", "Thứ trưởng Bộ Khoa học và Công nghệ")],
            events=[],
        ),
        h(
            n(),
            "Việc thành lập nhà máy nằm trong lộ trình thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Quyết định số 1131/QĐ-TTg của Thủ tướng Chính phủ về công nghệ chiến lược và Quyết định số 1018/QĐ-TTg về chiến lược phát triển công nghiệp bán dẫn.",
            "2026-02-05",
            "ministry",
            ["decision_list_no_date", "no_event"],
            organizations=["Bộ Chính trị", "Thủ tướng Chính phủ"],
            decisions=[d("57-NQ/TW"), d("1131/QĐ-TTg"), d("1018/QĐ-TTg")],
            events=[],
        ),
        h(
            n(),
            "-\nThủ tục mở tài khoản cho hộ kinh doanh từ tháng 3 -\nGiá thép xây dựng tiếp tục đi ngang -\nSự kiện đánh dấu năng lực của nhà thầu Việt Nam trong xây dựng hạ tầng sản xuất bán dẫn.\n| Lễ khởi công nhà máy kiểm thử và đóng gói chip bán dẫn của Tập đoàn Công nghệ Hồng Lam tại Bắc Ninh ngày 3/3/2026 |",
            "2026-03-05",
            "ministry",
            ["related_links_junk", "caption", "groundbreaking", "deal_date"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Công nghệ Hồng Lam", "Tập đoàn")],
            deals=[deal("groundbreaking", ["Công nghệ Hồng Lam"], None, BN, "2026-03-03")],
            events=[ev("groundbreaking", [F("Công nghệ Hồng Lam")], None, None, BN, "started")],
        ),
        h(
            n(),
            "Công ty CP Kỹ thuật Cơ điện Intelco là tổng thầu thiết kế và thi công giai đoạn I của nhà máy theo hợp đồng ký với Tập đoàn Công nghệ Hồng Lam.",
            "2026-03-05",
            "ministry",
            ["general_contractor", "supply_contract", "contractor_first"],
            firms=[f("Kỹ thuật Cơ điện Intelco", "Công ty CP"), f("Công nghệ Hồng Lam", "Tập đoàn")],
            deals=[deal("supply_contract", ["Kỹ thuật Cơ điện Intelco", "Công nghệ Hồng Lam"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Kỹ thuật Cơ điện Intelco"), F("Công nghệ Hồng Lam")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Giai đoạn II (2028 – 2030) mở rộng diện tích lên khoảng 6.500 m2, bổ sung các dây chuyền đóng gói tiên tiến.",
            "2026-03-05",
            "ministry",
            ["phase", "area", "approx", "no_event"],
            areas=[ha(0.65, True)],
            events=[],
        ),
        h(
            n(),
            "Chiến lược phát triển công nghiệp bán dẫn Việt Nam đến năm 2030, tầm nhìn 2050 theo Quyết định 1018/QĐ-TTg đặt mục tiêu hình thành ít nhất 10 nhà máy đóng gói, kiểm thử vào năm 2030.",
            "2026-03-05",
            "ministry",
            ["decision_no_date", "target", "count", "approx", "no_event"],
            decisions=[d("1018/QĐ-TTg")],
            quantities=[c(10, "nhà máy", True)],
            events=[],
        ),
    ]
    # --- S11: a Foxconn unit's chip plant (header junk, glued related headlines, a lease), an audio maker's
    # increase, a licence round in Bắc Giang with related links and a caption ---
    rows += [
        h(
            n(),
            "Thứ sáu 10/01/2025 08:45\nHotline: 024.355.63.010\nDoanh nghiệp - Doanh nhân\n“Ông lớn” Đài Loan chi thêm 95 triệu USD để sản xuất vi mạch tại Bắc Giang",
            "2025-01-10",
            "ministry",
            ["page_header_junk", "headline_no_firm", "phone_no_money", "no_event"],
            provinces=[pv("Bắc Giang")],
            money=[m(95 * M, "USD")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Công nghệ Tân Thịnh Việt Nam thuộc Tập đoàn Foxconn sẽ đầu tư thêm 95 triệu USD vào KCN Vân Trung, tỉnh Bắc Giang để sản xuất vi mạch tích hợp.",
            "2025-01-10",
            "ministry",
            ["announced_investment", "subsidiary_of_group", "vietnam_suffix_dropped"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Công nghệ Tân Thịnh", "Công ty TNHH"), f("Foxconn", "Tập đoàn")],
            money=[m(95 * M, "USD")],
            locations=[park("Khu công nghiệp Vân Trung")],
            deals=[deal("investment", ["Công nghệ Tân Thịnh"], 95 * M, BG)],
            events=[
                ev("investment_announcement", [F("Công nghệ Tân Thịnh")], 95 * M, "USD", BG, "announced")
            ],
        ),
        h(
            n(),
            "Foxconn tuyển thêm 40.000 công nhân cho mùa iPhone mới Foxconn tăng tốc đầu tư xe điện Foxconn rót 12.000 tỷ đồng mở rộng nhà máy máy tính bảng ở Bắc Giang",
            "2025-01-10",
            "ministry",
            ["related_headlines_glued", "investment_headline", "count", "repeated_once"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Foxconn")],
            money=[m(12000 * B, "VND")],
            quantities=[c(40000, "công nhân")],
            deals=[deal("investment", ["Foxconn"], 12000 * B, BG)],
            events=[ev("investment_announcement", [F("Foxconn")], 12000 * B, "VND", BG, "announced")],
        ),
        h(
            n(),
            "Dự án của Công ty TNHH Công nghệ Tân Thịnh Việt Nam tại KCN Vân Trung đang thu hút sự chú ý lớn của cộng đồng và giới đầu tư; toàn bộ sản phẩm sẽ được xuất khẩu sang các thị trường khó tính như Mỹ, EU và Nhật Bản.",
            "2025-01-10",
            "ministry",
            ["operates_no_event", "country_list"],
            firms=[f("Công nghệ Tân Thịnh", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Vân Trung"), country("Mỹ"), country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Công ty TNHH Công nghệ Tân Thịnh Việt Nam, được cấp giấy chứng nhận đăng ký đầu tư ngày 12 tháng 7 năm 2024, đã thuê lại hơn 46.000 m2 đất từ Công ty CP KCN Sài Gòn - Bắc Giang, công ty con của Tổng công ty Phát triển Đô thị Kinh Bắc (HoSE: KBC).",
            "2025-01-10",
            "ministry",
            [
                "recalled_licence",
                "lease_from_developer",
                "stock_code",
                "place_in_firm_name_no_mention",
                "area",
                "approx",
                "deal_date",
            ],
            firms=[
                f("Công nghệ Tân Thịnh", "Công ty TNHH"),
                f("KCN Sài Gòn - Bắc Giang", "Công ty CP"),
                f("Phát triển Đô thị Kinh Bắc", "Tổng công ty"),
            ],
            areas=[ha(4.6, True)],
            deals=[
                deal("investment", ["Công nghệ Tân Thịnh"], None, None, "2024-07-12"),
                deal("cooperation", ["Công nghệ Tân Thịnh", "KCN Sài Gòn - Bắc Giang"]),
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Công nghệ Tân Thịnh"), F("KCN Sài Gòn - Bắc Giang")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Sau dự án 500 triệu USD ở Nghệ An, một nhà cung ứng lớn của Apple rót thêm 52 triệu USD vào Bắc Ninh\n\nCông ty TNHH Âm học Vạn Phong (Trung Quốc) vừa được điều chỉnh tăng vốn đầu tư dự án nhà máy chế tạo thiết bị điện tử, thiết bị mạng và sản phẩm âm thanh tại KCN Quế Võ, Bắc Ninh, nâng tổng vốn từ 270 triệu USD lên 322 triệu USD (tương đương hơn 7.400 tỷ đồng).",
            "2022-03-01",
            "ministry",
            [
                "headline_lead",
                "licence_passive_no_grantor",
                "increase_from_to",
                "conversion_bracket",
                "unnamed_investor_in_headline",
            ],
            provinces=[pv("Nghệ An"), pv("Bắc Ninh")],
            firms=[f("Apple"), f("Âm học Vạn Phong", "Công ty TNHH")],
            money=[
                m(500 * M, "USD"),
                m(52 * M, "USD"),
                m(270 * M, "USD"),
                m(322 * M, "USD"),
                m(7400 * B, "VND", approx=True),
            ],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Quế Võ")],
            deals=[deal("investment", ["Âm học Vạn Phong"], 52 * M, BN)],
            events=[ev("investment_licence", [F("Âm học Vạn Phong")], 52 * M, "USD", BN, "licensed")],
        ),
        h(
            n(),
            "Tính đến thời điểm này, đây là dự án có vốn đăng ký lớn thứ hai trên địa bàn tỉnh Bắc Ninh từ đầu năm, chỉ sau dự án hạ tầng KCN VSIP Bắc Ninh III (820 triệu USD).",
            "2022-03-01",
            "ministry",
            ["nfd", "ranking", "park_with_province_name", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(820 * M, "USD")],
            locations=[park("Khu công nghiệp VSIP Bắc Ninh III")],
            events=[],
        ),
        h(
            n(),
            "Ngay trong tháng 1 năm nay, Công ty TNHH Âm học Vạn Phong cũng đã rót thêm 400 triệu USD vào nhà máy điện tử tại KCN WHA Hemaraj 1, tỉnh Nghệ An, nâng quy mô dự án lên 500 triệu USD.",
            "2022-03-01",
            "ministry",
            ["recalled_investment", "month_no_day", "running_total"],
            provinces=[pv("Nghệ An")],
            firms=[f("Âm học Vạn Phong", "Công ty TNHH")],
            money=[m(400 * M, "USD"), m(500 * M, "USD")],
            locations=[park("Khu công nghiệp WHA Hemaraj 1")],
            deals=[deal("investment", ["Âm học Vạn Phong"], 400 * M, NA)],
            events=[],
        ),
        h(
            n(),
            "Vào Việt Nam từ năm 2013, Vạn Phong đến nay đã mở hai nhà máy gia công tại Quế Võ, Bắc Ninh; nhà sáng lập của hãng, được mệnh danh “ông hoàng tai nghe”, hiện nằm trong nhóm người giàu nhất Trung Quốc.",
            "2022-03-01",
            "ministry",
            ["background", "reused_short_name_no_firm", "count_in_words", "no_event"],
            provinces=[pv("Bắc Ninh")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "-\nThuế đối ứng và “bình thường mới” của thương mại toàn cầu -\nLạng Sơn tháo gỡ vướng mắc cho 38 dự án ngoài ngân sách\nNgày 21/1, UBND tỉnh Bắc Giang đã chính thức trao Giấy chứng nhận đăng ký đầu tư cho Tập đoàn Khoa học Kỹ thuật Phú Khang.",
            "2021-01-22",
            "ministry",
            ["related_links_junk", "licence", "deal_date", "count"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Giang"],
            provinces=[pv("Lạng Sơn"), pv("Bắc Giang")],
            firms=[f("Khoa học Kỹ thuật Phú Khang", "Tập đoàn")],
            quantities=[c(38, "dự án")],
            deals=[deal("investment", ["Khoa học Kỹ thuật Phú Khang"], None, BG, "2021-01-21")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Bắc Giang"), F("Khoa học Kỹ thuật Phú Khang")],
                    None,
                    None,
                    BG,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Theo kế hoạch, doanh nghiệp sẽ xây Nhà máy Phú Khang Tech tại KCN Quang Châu để sản xuất, gia công máy tính bảng và máy tính xách tay, công suất khoảng 9 triệu sản phẩm/năm; tổng vốn đăng ký 6.480 tỷ đồng, tương đương 280 triệu USD.",
            "2021-01-22",
            "ministry",
            ["project_details", "plant_name_no_firm", "capacity_no_count", "no_event"],
            money=[m(6480 * B, "VND"), m(280 * M, "USD")],
            locations=[park("Khu công nghiệp Quang Châu")],
            events=[],
        ),
        h(
            n(),
            "Như vậy, không còn là đồn đoán, Phú Khang đã thực sự rót 280 triệu USD vào Việt Nam; tuy nhiên, việc nhà máy có lắp ráp máy tính bảng cho Apple hay không vẫn chưa được xác nhận.",
            "2021-01-22",
            "ministry",
            ["reused_short_name_no_firm", "unconfirmed_customer", "no_event"],
            firms=[f("Apple")],
            money=[m(280 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "| Chủ tịch UBND tỉnh Bắc Giang Nguyễn Văn Phong trao giấy chứng nhận đăng ký đầu tư cho các tập đoàn, doanh nghiệp. |",
            "2021-01-22",
            "ministry",
            ["caption", "person_role_before", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Giang"],
            persons=[per("Nguyễn Văn Phong", "Chủ tịch UBND tỉnh Bắc Giang")],
            provinces=[pv("Bắc Giang")],
            events=[],
        ),
        h(
            n(),
            "Theo ông Lâm Chí Vĩ, Tổng giám đốc Tập đoàn Khoa học Kỹ thuật Phú Khang tại Việt Nam, trong năm 2021 tập đoàn dự kiến rót thêm 650 triệu USD vào Bắc Giang và tuyển mới 12.000 lao động.",
            "2021-01-22",
            "ministry",
            ["person_role_after", "lower_case_antecedent", "announced_investment", "count"],
            persons=[per("Lâm Chí Vĩ", "Tổng giám đốc Tập đoàn Khoa học Kỹ thuật Phú Khang tại Việt Nam")],
            provinces=[pv("Bắc Giang")],
            firms=[f("Khoa học Kỹ thuật Phú Khang", "Tập đoàn")],
            money=[m(650 * M, "USD")],
            quantities=[c(12000, "lao động")],
            deals=[deal("investment", ["Khoa học Kỹ thuật Phú Khang"], 650 * M, BG)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Khoa học Kỹ thuật Phú Khang")],
                    650 * M,
                    "USD",
                    BG,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Tính đến tháng 12/2020, Phú Khang đã đầu tư khoảng 1,6 tỷ USD tại Việt Nam, giải quyết việc làm cho hơn 38.000 lao động.",
            "2021-01-22",
            "ministry",
            ["running_total", "reused_short_name_no_firm", "count", "approx", "no_event"],
            money=[m(1.6 * B, "USD", approx=True)],
            quantities=[c(38000, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Ngoài dự án của Phú Khang, trong dịp này tỉnh còn trao giấy chứng nhận đăng ký đầu tư cho 4 dự án khác với tổng vốn 126 triệu USD.",
            "2021-01-22",
            "ministry",
            ["round_total_unnamed", "count", "no_event"],
            money=[m(126 * M, "USD")],
            quantities=[c(4, "dự án")],
            events=[],
        ),
    ]
    # --- S12: a Korean optics maker's capital increase in Hải Phòng (business news, a quote, English copy) ---
    rows += [
        h(
            n(),
            "Hải Phòng được Daesan Optics rót thêm 900 triệu USD?\nDự án nhà máy Daesan Optics Hải Phòng của Công ty TNHH Daesan Optics Việt Nam Hải Phòng tăng vốn thêm 900 triệu USD, thể hiện niềm tin của tập đoàn Daesan vào môi trường đầu tư của thành phố.",
            "2023-06-24",
            "ministry",
            [
                "question_headline",
                "headline_lead",
                "capital_increase_no_certificate",
                "place_kept_after_vietnam",
                "short_name_no_firm",
            ],
            provinces=[pv("Hải Phòng")],
            firms=[f("Daesan Optics Việt Nam Hải Phòng", "Công ty TNHH"), f("Daesan")],
            money=[m(900 * M, "USD")],
            deals=[deal("investment", ["Daesan Optics Việt Nam Hải Phòng"], 900 * M, HP)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Daesan Optics Việt Nam Hải Phòng")],
                    900 * M,
                    "USD",
                    HP,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Sáng nay (24/6), UBND thành phố Hải Phòng tổ chức hội nghị trao Giấy chứng nhận đăng ký đầu tư điều chỉnh tăng vốn cho Công ty TNHH Daesan Optics Việt Nam Hải Phòng - Theo báo Đầu tư",
            "2023-06-24",
            "ministry",
            ["licence", "capital_increase", "today_in_brackets", "source_line_newspaper_no_org", "deal_date"],
            organizations=["Ủy ban nhân dân thành phố Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Daesan Optics Việt Nam Hải Phòng", "Công ty TNHH")],
            deals=[deal("investment", ["Daesan Optics Việt Nam Hải Phòng"], None, HP, "2023-06-24")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND thành phố Hải Phòng"), F("Daesan Optics Việt Nam Hải Phòng")],
                    None,
                    None,
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Ông Phạm Đức Lâm, Trưởng ban Ban Quản lý Khu kinh tế Hải Phòng cho biết: “Trong chuyến xúc tiến đầu tư tại Hàn Quốc ngày 9/6/2023, Tập đoàn Daesan đã ký biên bản ghi nhớ với UBND thành phố Hải Phòng về việc mở rộng sản xuất tại nhà máy số 3 trong KCN Tràng Duệ. Chỉ sau 5 ngày làm việc, Thường trực Thành ủy đã ban hành Thông báo số 1602-TB/TU ngày 15/6 đồng ý chủ trương”.",
            "2023-06-24",
            "ministry",
            [
                "quote",
                "person_role_after",
                "recalled_mou_in_quote",
                "government_firm_mou_investment",
                "notice_number",
                "duration_not_count",
                "deal_date",
            ],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng", "Ủy ban nhân dân thành phố Hải Phòng"],
            persons=[per("Phạm Đức Lâm", "Trưởng ban Ban Quản lý Khu kinh tế Hải Phòng")],
            provinces=[pv("Hải Phòng")],
            firms=[f("Daesan", "Tập đoàn")],
            decisions=[d("1602-TB/TU", "2023-06-15")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Tràng Duệ")],
            deals=[deal("investment", ["Daesan"], None, HP, "2023-06-09")],
            events=[],
        ),
        h(
            n(),
            "Lần tăng vốn này góp phần nâng tổng vốn FDI thu hút của thành phố trong 6 tháng đầu năm 2023 lên gần 1,8 tỷ USD, đạt 90% kế hoạch năm.",
            "2023-06-24",
            "ministry",
            ["nfd", "period_total", "approx", "percentage", "no_event"],
            money=[m(1.8 * B, "USD", approx=True)],
            percentages=[90],
            events=[],
        ),
        h(
            n(),
            "Đây là kết quả đáng khích lệ cho nỗ lực xúc tiến, thu hút đầu tư nước ngoài của thành phố, trong đó có Ban Quản lý Khu kinh tế Hải Phòng.",
            "2023-06-24",
            "ministry",
            ["generic_statement", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            events=[],
        ),
        h(
            n(),
            "Bạn muốn trở thành VIP/PRO trên 24HMONEY?\nLiên hệ 24HMONEY ngay\nBình luận",
            "2023-06-24",
            "ministry",
            ["site_junk", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ông Kim Sung-ho, Tổng Giám đốc Công ty TNHH Daesan Optics Việt Nam, cho biết tổ hợp của Daesan tại Hải Phòng là lớn nhất trong bốn tổ hợp sản xuất của tập đoàn trên toàn thế giới.",
            "2023-06-25",
            "ministry",
            ["person_role_after", "vietnam_suffix_dropped", "count_in_words", "no_event"],
            persons=[per("Kim Sung-ho", "Tổng Giám đốc Công ty TNHH Daesan Optics Việt Nam")],
            provinces=[pv("Hải Phòng")],
            firms=[f("Daesan Optics", "Công ty TNHH"), f("Daesan")],
            events=[],
        ),
        h(
            n(),
            "Riêng năm 2022, doanh thu của dự án đạt 71.500 tỷ đồng, lợi nhuận 2.300 tỷ đồng, nộp ngân sách nhà nước khoảng 150 tỷ đồng.",
            "2023-06-25",
            "ministry",
            ["revenue_money_only", "approx", "no_event"],
            money=[m(71500 * B, "VND"), m(2300 * B, "VND"), m(150 * B, "VND", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Được biết, sau 10 năm có mặt tại Hải Phòng (2013 – 2023), kim ngạch xuất nhập khẩu của Daesan đã đạt hàng chục tỷ USD.",
            "2023-06-25",
            "ministry",
            ["background", "vague_amount", "no_event"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Daesan")],
            events=[],
        ),
        h(
            n(),
            "Theo tính toán của chủ đầu tư, nhà máy mới hoàn thành trong khoảng một năm, khi đó doanh thu của tổ hợp tại Hải Phòng sẽ đạt khoảng 4 tỷ USD/năm.",
            "2023-06-25",
            "ministry",
            ["revenue_target", "per_year", "approx", "no_event"],
            provinces=[pv("Hải Phòng")],
            money=[m(4 * B, "USD", "year", True)],
            events=[],
        ),
        h(
            n(),
            "On June 24, the Hai Phong People's Committee presented Daesan Optics with a certificate allowing the company to add 900 million USD over 2023-2025, lifting its total investment above 2 billion USD.",
            "2023-06-25",
            "ministry",
            ["english_copy", "licence", "unaccented_place", "running_total", "deal_date"],
            organizations=["Hai Phong People's Committee"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Daesan Optics")],
            money=[m(900 * M, "USD"), m(2 * B, "USD", approx=True)],
            deals=[deal("investment", ["Daesan Optics"], 900 * M, HP, "2023-06-24")],
            events=[
                ev(
                    "investment_licence",
                    [G("Hai Phong People's Committee"), F("Daesan Optics")],
                    900 * M,
                    "USD",
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Once the third plant starts production, it is expected to create 2,400 more jobs and pay about 90 billion VND (3.9 million USD) into the State budget every year.",
            "2023-06-25",
            "ministry",
            ["english_copy", "count", "per_year", "conversion_bracket", "no_event"],
            money=[m(90 * B, "VND", "year", True), m(3.9 * M, "USD", "year", True)],
            quantities=[c(2400, "jobs")],
            events=[],
        ),
        h(
            n(),
            "Secretary of the municipal Party Committee Tran Van Hieu said South Korea leads the 44 countries and territories investing in Hai Phong, with 181 projects worth 10.2 billion USD.",
            "2023-06-25",
            "ministry",
            ["english_copy", "unaccented_person", "person_role_before", "count", "no_event"],
            persons=[per("Tran Van Hieu", "Secretary of the municipal Party Committee")],
            provinces=[pv("Hải Phòng")],
            money=[m(10.2 * B, "USD")],
            quantities=[c(44, "countries and territories"), c(181, "projects")],
            locations=[country("South Korea")],
            events=[],
        ),
    ]
    # --- S13: a tag page on electronics parks, a decision title, a headline ---
    rows += [
        h(
            n(),
            "#KCN điện tử tập trung\nẢnh chỉ mang tính minh họa. Nguồn Internet\n\nRà soát các khu công nghiệp có ngành điện tử\n\n(BĐT) - Bộ Kế hoạch và Đầu tư vừa đề nghị UBND các tỉnh, thành phố rà soát, báo cáo các KCN có ngành điện tử trước ngày 20/11/2020 để xây dựng đề án thí điểm KCN điện tử tập trung.",
            "2020-11-05",
            "ministry",
            ["tag_page", "hashtag", "deadline_no_date", "bare_unit_no_org", "no_event"],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            events=[],
        ),
        h(
            n(),
            "Quyết định số 32/2024/QĐ-TTg ngày 30/12/2024 ban hành Quy chế quản lý cụm công nghiệp",
            "2025-01-05",
            "legal",
            ["legal_title", "decision_with_date", "no_event"],
            decisions=[d("32/2024/QĐ-TTg", "2024-12-30")],
            events=[],
        ),
        h(
            n(),
            "Một tập đoàn nhà nước trả lại dự án khu công nghiệp cho tỉnh Hưng Yên",
            "2019-09-10",
            "ministry",
            ["headline_only", "unnamed_firm", "no_event"],
            provinces=[pv("Hưng Yên")],
            events=[],
        ),
    ]
    # --- S14: VCCI and Bắc Ninh preparing a forum, an FDI factory day, a province preparing a trade mission ---
    rows += [
        h(
            n(),
            "VCCI và tỉnh Bắc Ninh phối hợp tổ chức Diễn đàn Liên kết chuỗi cung ứng điện tử 2026\n\n15:40:12 | 18/3/2026\n\nChiều 18/3/2026, tại trụ sở UBND tỉnh Bắc Ninh, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) và UBND tỉnh đã làm việc để thống nhất phối hợp tổ chức diễn đàn, dự kiến diễn ra ngày 22/5/2026.",
            "2026-03-18",
            "ministry",
            ["headline_lead", "timestamp_line", "co_organisers_not_deal", "acronym_bracket", "no_event"],
            organizations=["Liên đoàn Thương mại và Công nghiệp Việt Nam", "Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Tham dự có ông Nguyễn Quang Thái, Phó Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam; về phía tỉnh có ông Đỗ Văn Hưng, Phó Chủ tịch UBND tỉnh, cùng đại diện Ban Quản lý các KCN tỉnh, Sở Công Thương, Sở Tài chính.",
            "2026-03-18",
            "ministry",
            ["attendee_list", "person_role_after", "bare_unit_no_org", "no_event"],
            organizations=["Liên đoàn Thương mại và Công nghiệp Việt Nam"],
            persons=[
                per("Nguyễn Quang Thái", "Phó Chủ tịch Liên đoàn Thương mại và Công nghiệp Việt Nam"),
                per("Đỗ Văn Hưng", "Phó Chủ tịch UBND tỉnh"),
            ],
            events=[],
        ),
        h(
            n(),
            "Diễn đàn dự kiến quy tụ khoảng 550 đại biểu là lãnh đạo Chính phủ, bộ ngành, đại sứ quán, hiệp hội doanh nghiệp nước ngoài cùng doanh nghiệp FDI và doanh nghiệp Việt; ngày hôm sau có giải golf giao lưu tại Việt Yên, Bắc Ninh.",
            "2026-03-18",
            "ministry",
            ["planned_forum", "count", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(550, "đại biểu", True)],
            events=[],
        ),
        h(
            n(),
            "Phát biểu tại buổi làm việc, ông Nguyễn Quang Thái nhấn mạnh diễn đàn sẽ là không gian đối thoại giữa Chính phủ, chính quyền địa phương và cộng đồng doanh nghiệp FDI.",
            "2026-03-18",
            "ministry",
            ["person_no_role", "no_event"],
            persons=[per("Nguyễn Quang Thái", None)],
            events=[],
        ),
        h(
            n(),
            "Ngày Nhà máy FDI hội tụ 2015 dự kiến thu hút 250 nhà sản xuất có vốn đầu tư nước ngoài tại các tỉnh phía Bắc, đồng thời thực hiện Chỉ thị 11/CT-TTg của Thủ tướng Chính phủ về tổng hợp khó khăn, kiến nghị của doanh nghiệp.\n\nMinh Thanh",
            "2015-09-20",
            "ministry",
            ["planned_event", "directive_no_date", "byline_person", "count", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            persons=[per("Minh Thanh", None)],
            decisions=[d("11/CT-TTg")],
            quantities=[c(250, "nhà sản xuất")],
            events=[],
        ),
        h(
            n(),
            "Sự kiện giúp các tập đoàn đa quốc gia gặp gỡ nhà cung cấp linh kiện, phụ tùng, vật tư trong các lĩnh vực điện tử, cơ khí chế tạo, ô tô, xe máy nhằm nâng tỷ lệ nội địa hóa.",
            "2015-09-20",
            "ministry",
            ["matching_no_event", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Ngày 20-8, Phó Chủ tịch UBND tỉnh Thái Nguyên Hoàng Quốc Bảo làm việc với các sở, ngành, doanh nghiệp về việc chuẩn bị đoàn xúc tiến đầu tư, thương mại tại Hàn Quốc.",
            "2024-08-21",
            "provincial",
            ["date_with_dash", "person_role_before", "trip_preparation", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Thái Nguyên"],
            persons=[per("Hoàng Quốc Bảo", "Phó Chủ tịch UBND tỉnh Thái Nguyên")],
            provinces=[pv("Thái Nguyên")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Đoàn gồm 28 người, trong đó có 15 doanh nghiệp: 11 doanh nghiệp xúc tiến thương mại và 4 doanh nghiệp xúc tiến đầu tư; chuyến công tác kéo dài 6 ngày, từ 9 đến 14-9.",
            "2024-08-21",
            "provincial",
            ["nfd", "count", "duration_not_count", "no_event"],
            quantities=[c(28, "người"), c(15, "doanh nghiệp"), c(11, "doanh nghiệp"), c(4, "doanh nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Theo Phó Chủ tịch UBND tỉnh Hoàng Quốc Bảo, các sở, ngành, doanh nghiệp cần chuẩn bị nội dung ngắn gọn, súc tích để buổi xúc tiến đạt hiệu quả.\nThu Hà",
            "2024-08-21",
            "provincial",
            ["person_role_before", "bare_unit_in_role", "byline_person", "no_event"],
            persons=[per("Hoàng Quốc Bảo", "Phó Chủ tịch UBND tỉnh"), per("Thu Hà", None)],
            events=[],
        ),
    ]
    # --- S15: an American chip plant opened in Bắc Ninh, a Korean packaging maker's second plant in Bắc Giang ---
    rows += [
        h(
            n(),
            "0912.406.318\n\nTẬP ĐOÀN MỸ KHÁNH THÀNH NHÀ MÁY BÁN DẪN 1,2 TỶ USD TẠI BẮC NINH\n\n17/10/2023",
            "2023-10-17",
            "ministry",
            ["phone_no_money", "all_caps_headline", "no_firm", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.2 * B, "USD")],
            locations=[country("Mỹ")],
            events=[],
        ),
        h(
            n(),
            "(VNF) - Nhà máy Apex Semiconductor Việt Nam đặt tại KCN Gia Bình (Bắc Ninh), tổng vốn đầu tư đến năm 2035 là 1,2 tỷ USD, tổng diện tích khoảng 21 ha.",
            "2023-10-17",
            "ministry",
            ["plant_name_no_firm", "province_in_brackets", "area", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(1.2 * B, "USD")],
            areas=[ha(21, True)],
            locations=[park("Khu công nghiệp Gia Bình")],
            events=[],
        ),
        h(
            n(),
            "Sáng 16/10, UBND tỉnh Bắc Ninh cùng Công ty TNHH Apex Semiconductor Việt Nam tổ chức lễ khánh thành nhà máy tại KCN Gia Bình; riêng giai đoạn I của dự án có vốn 480 triệu USD.",
            "2023-10-17",
            "ministry",
            [
                "inauguration",
                "co_hosted_by_committee",
                "inauguration_capital",
                "vietnam_suffix_dropped",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Apex Semiconductor", "Công ty TNHH")],
            money=[m(480 * M, "USD")],
            locations=[park("Khu công nghiệp Gia Bình")],
            deals=[deal("investment", ["Apex Semiconductor"], 480 * M, BN, "2023-10-16")],
            events=[
                ev(
                    "inauguration",
                    [G("UBND tỉnh Bắc Ninh"), F("Apex Semiconductor")],
                    480 * M,
                    "USD",
                    BN,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Ở giai đoạn đầu, nhà máy tập trung lắp ráp và kiểm tra hệ thống trong gói (SiP) cho các hãng điện tử, bán dẫn hàng đầu thế giới; khi vận hành ổn định sẽ tạo việc làm cho khoảng 9.000 lao động.",
            "2023-10-17",
            "ministry",
            ["plant_details", "count", "approx", "no_event"],
            quantities=[c(9000, "lao động", True)],
            events=[],
        ),
        h(
            n(),
            "Theo Bí thư Tỉnh uỷ Bắc Ninh Phạm Văn Tuệ, nhà máy Apex là dự án trọng điểm, mở đầu xu hướng thu hút đầu tư mới của tỉnh vào bán dẫn, chip.",
            "2023-10-17",
            "ministry",
            [
                "old_tone",
                "person_role_before",
                "party_committee_in_role_no_org",
                "plant_name_no_firm",
                "no_event",
            ],
            persons=[per("Phạm Văn Tuệ", "Bí thư Tỉnh uỷ Bắc Ninh")],
            provinces=[pv("Bắc Ninh")],
            events=[],
        ),
        h(
            n(),
            "Bà Helen Park, Phó Chủ tịch Tập đoàn Apex Semiconductor, khẳng định nhà máy tại Bắc Ninh sẽ là trụ cột trong mạng lưới sản xuất toàn cầu của tập đoàn.",
            "2023-10-17",
            "ministry",
            ["person_role_after", "no_event"],
            persons=[per("Helen Park", "Phó Chủ tịch Tập đoàn Apex Semiconductor")],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Apex Semiconductor", "Tập đoàn")],
            events=[],
        ),
        h(
            n(),
            "Với tổng vốn đầu tư 1,2 tỷ USD, trong đó giai đoạn I là 480 triệu USD, nhà máy Apex là một trong những nhà máy bán dẫn lớn nhất tại Việt Nam hiện nay.",
            "2023-10-17",
            "ministry",
            ["plant_name_no_firm", "phase_money_only", "no_event"],
            money=[m(1.2 * B, "USD"), m(480 * M, "USD")],
            events=[],
        ),
        h(
            n(),
            "Apex Semiconductor to Invest $1.2 Billion in Vietnam for Chip Packaging & Test\n\nApex is not the only big name expanding here: South Korea's Hanjin Micron has also announced a $900 million investment in a chip packaging plant in neighbouring Bac Giang province.",
            "2023-10-20",
            "ministry",
            [
                "english_copy",
                "tag_page",
                "headline_lead",
                "announced_investment",
                "possessive_country",
                "reused_short_name_no_firm",
            ],
            provinces=[pv("Bắc Giang")],
            firms=[f("Apex Semiconductor"), f("Hanjin Micron")],
            money=[m(1.2 * B, "USD"), m(900 * M, "USD")],
            locations=[country("South Korea")],
            deals=[
                deal("investment", ["Apex Semiconductor"], 1.2 * B),
                deal("investment", ["Hanjin Micron"], 900 * M, BG),
            ],
            events=[
                ev("investment_announcement", [F("Apex Semiconductor")], 1.2 * B, "USD", None, "announced"),
                ev("investment_announcement", [F("Hanjin Micron")], 900 * M, "USD", BG, "announced"),
            ],
        ),
        h(
            n(),
            "Công ty TNHH Hanjin Micron Vina (Hàn Quốc), doanh nghiệp sản xuất và gia công vi mạch tích hợp cho điện thoại di động, vừa khánh thành nhà máy thứ hai tại KCN Quang Châu, tỉnh Bắc Giang.",
            "2023-09-17",
            "ministry",
            ["inauguration_no_amount", "trailing_vina", "count_in_words"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Hanjin Micron", "Công ty TNHH")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Quang Châu")],
            events=[ev("inauguration", [F("Hanjin Micron")], None, None, BG, "completed")],
        ),
        h(
            n(),
            "Nhà máy thứ nhất được Hanjin Micron hoàn thành và đưa vào hoạt động từ năm 2022.",
            "2023-09-17",
            "ministry",
            ["recalled_opening_no_amount", "no_event"],
            firms=[f("Hanjin Micron")],
            events=[],
        ),
        h(
            n(),
            "Với tổng vốn đầu tư gần 650 triệu USD, Hanjin Micron trở thành một trong những dự án có suất đầu tư trên mỗi hecta lớn nhất tỉnh, khoảng 95 triệu USD/ha, gấp khoảng 9 lần mức bình quân của các dự án FDI khác.",
            "2023-09-17",
            "ministry",
            ["running_total_named", "price_per_ha_no_money", "approx"],
            firms=[f("Hanjin Micron")],
            money=[m(650 * M, "USD", approx=True)],
            deals=[deal("investment", ["Hanjin Micron"], 650 * M)],
            events=[],
        ),
        h(
            n(),
            "Phát biểu tại sự kiện, ông Lee Jae-won, Chủ tịch Tập đoàn Hanjin Micron, cho biết công ty có kế hoạch nâng tổng vốn đầu tư lên hơn 1 tỷ USD vào năm 2026, khi đó doanh thu dự kiến đạt 850 triệu USD và tạo việc làm cho hơn 4.500 lao động.",
            "2023-09-17",
            "ministry",
            ["person_role_after", "plan_to_raise_total", "lower_case_antecedent", "count", "approx"],
            persons=[per("Lee Jae-won", "Chủ tịch Tập đoàn Hanjin Micron")],
            firms=[f("Hanjin Micron", "Tập đoàn")],
            money=[m(1 * B, "USD", approx=True), m(850 * M, "USD")],
            quantities=[c(4500, "lao động", True)],
            deals=[deal("investment", ["Hanjin Micron"])],
            events=[ev("investment_announcement", [F("Hanjin Micron")], None, None, None, "announced")],
        ),
        h(
            n(),
            "Hanjin Micron Vina sẽ là cơ sở sản xuất số một của tập đoàn trên toàn cầu, trong đó nhân lực người Việt chiếm 70% tổng số; doanh thu năm nay dự kiến khoảng 320 triệu USD.",
            "2023-09-17",
            "ministry",
            ["trailing_vina", "percentage", "revenue_money_only", "approx", "no_event"],
            firms=[f("Hanjin Micron")],
            money=[m(320 * M, "USD", approx=True)],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Nhà máy bán dẫn lớn nhất Bắc Ninh muốn nâng công suất lên gấp 3 lần\nTheo báo cáo đánh giá tác động môi trường do Công ty TNHH Apex Semiconductor Việt Nam lập, tập đoàn đang xin phép nâng sản lượng từ 1,1 tỷ lên 3,3 tỷ sản phẩm mỗi năm.",
            "2025-06-20",
            "ministry",
            ["headline_lead", "capacity_no_count", "application_no_event", "no_event"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Apex Semiconductor", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Đội ngũ nhân sự hiện có 1.350 người và sẽ tăng lên 5.200 người khi nhà máy vận hành ổn định; công suất hiện mới bằng 12,4% mức dự kiến sau mở rộng.",
            "2025-06-20",
            "ministry",
            ["nfd", "count", "percentage", "no_event"],
            percentages=[12.4],
            quantities=[c(1350, "người"), c(5200, "người")],
            events=[],
        ),
        h(
            n(),
            "Kế hoạch mở rộng sẽ nâng sản lượng hằng năm từ 450 tấn lên 1.700 tấn; dự kiến từ tháng 9/2025 nhà máy vừa vận hành vừa mở rộng, đến tháng 10/2025 đi vào sản xuất ổn định.",
            "2025-06-20",
            "ministry",
            ["capacity_no_count", "timeline", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Báo cáo cho rằng sản xuất linh kiện điện tử và bán dẫn toàn cầu tập trung chủ yếu ở Đài Loan (Trung Quốc), Trung Quốc đại lục và Hàn Quốc, chiếm gần 86% thị phần.",
            "2025-06-20",
            "ministry",
            ["country_list", "percentage", "no_event"],
            percentages=[86],
            locations=[country("Đài Loan"), country("Trung Quốc"), country("Hàn Quốc")],
            events=[],
        ),
    ]
    # --- S16: a Hà Nội headline, a cluster groundbreaking listing with its decisions, a glued tag page ---
    rows += [
        h(
            n(),
            "Hà Nội tìm nhà đầu tư cho 2 khu công nghiệp 520 ha sau nhiều năm “đắp chiếu”",
            "2024-11-01",
            "ministry",
            ["headline_only", "count", "area", "no_event"],
            provinces=[pv("Hà Nội")],
            quantities=[c(2, "khu công nghiệp")],
            areas=[ha(520)],
            events=[],
        ),
        h(
            n(),
            "Lễ động thổ dự án đầu tư xây dựng hạ tầng kỹ thuật Cụm công nghiệp Minh Châu\nCụm công nghiệp Minh Châu được thành lập theo Quyết định số 1187/QĐ-UBND ngày 14/5/2021, điều chỉnh theo Quyết định số 2035/QĐ-UBND ngày 22/8/2024 của UBND tỉnh Hưng Yên.",
            "2024-09-10",
            "provincial",
            ["listing_page", "groundbreaking_no_investor", "decision_with_date", "cluster_park", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            decisions=[d("1187/QĐ-UBND", "2021-05-14"), d("2035/QĐ-UBND", "2024-08-22")],
            locations=[park("Cụm công nghiệp Minh Châu")],
            events=[],
        ),
        h(
            n(),
            "Theo đó, đến hết quý IV năm 2024, cụm công nghiệp sẽ hoàn thiện đồng bộ hạ tầng kỹ thuật để đón nhà đầu tư thứ cấp.",
            "2024-09-10",
            "provincial",
            ["plan_no_event", "no_fields", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Hà Nội: Đầu tư xây dựng kết cấu hạ tầng KCN Sóc Sơn mở rộngĐịa ốc - 12/06 10:21Phó Thủ tướng Chính phủ Nguyễn Minh Đức vừa ký Quyết định số 612/QĐ-TTg về chủ trương đầu tư dự án xây dựng và kinh doanh kết cấu hạ tầng KCN Sóc Sơn mở rộng, Thành phố Hà Nội.",
            "2023-06-12",
            "ministry",
            ["tag_page", "glued_text", "post_time_not_date", "policy_approval_no_investor", "no_event"],
            persons=[per("Nguyễn Minh Đức", "Phó Thủ tướng Chính phủ")],
            provinces=[pv("Hà Nội")],
            decisions=[d("612/QĐ-TTg")],
            locations=[park("Khu công nghiệp Sóc Sơn mở rộng")],
            events=[],
        ),
    ]
    # --- S17 (English): Bắc Ninh's certificate ceremonies on the provincial portal and VNA copy ---
    rows += [
        h(
            n(),
            "At the ceremony, the Bac Ninh Industrial Zones Authority granted investment registration certificates to 05 projects, including an audio equipment plant of Wanjia Acoustics Co., Ltd. (China) with a total of USD 215 million in Que Vo Industrial Park; a circuit board factory of Daeil Circuit Co., Ltd. (Korea) with USD 24 million in VSIP Bac Ninh Industrial Park; and a router and modem project of Northbridge Networks Corp (UK) with USD 8 million in Dai Dong – Hoan Son Industrial Park.",
            "2019-01-28",
            "provincial",
            [
                "english_copy",
                "licence_list",
                "three_licences",
                "leading_zero_count",
                "english_park_no_location",
                "unaccented_place",
            ],
            organizations=["Bac Ninh Industrial Zones Authority"],
            provinces=[pv("Bắc Ninh")],
            firms=[
                f("Wanjia Acoustics", "Co., Ltd."),
                f("Daeil Circuit", "Co., Ltd."),
                f("Northbridge Networks Corp"),
            ],
            money=[m(215 * M, "USD"), m(24 * M, "USD"), m(8 * M, "USD")],
            quantities=[c(5, "projects")],
            locations=[country("China"), country("Korea"), country("UK")],
            deals=[
                deal("investment", ["Wanjia Acoustics"], 215 * M, BN),
                deal("investment", ["Daeil Circuit"], 24 * M, BN),
                deal("investment", ["Northbridge Networks Corp"], 8 * M, BN),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("Bac Ninh Industrial Zones Authority"), F("Wanjia Acoustics")],
                    215 * M,
                    "USD",
                    BN,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("Bac Ninh Industrial Zones Authority"), F("Daeil Circuit")],
                    24 * M,
                    "USD",
                    BN,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("Bac Ninh Industrial Zones Authority"), F("Northbridge Networks Corp")],
                    8 * M,
                    "USD",
                    BN,
                    "licensed",
                ),
            ],
        ),
        h(
            n(),
            "Also at the ceremony, the Bac Ninh People's Committee signed a land use contract with Hoang Long Urban Development JSC for a social housing project.",
            "2019-01-28",
            "provincial",
            ["english_copy", "state_land_contract", "cooperation_no_deal"],
            organizations=["Bac Ninh People's Committee"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Hoang Long Urban Development", "JSC")],
            events=[
                ev(
                    "cooperation",
                    [G("Bac Ninh People's Committee"), F("Hoang Long Urban Development")],
                    None,
                    None,
                    BN,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Bac Ninh draws nearly 2.6 billion USD in seven months\n\nOf the total, FDI projects contributed over 2.4 billion USD. In July alone, theprovince licensed 12 new projects worth 31.6 million USD in total.",
            "2020-08-05",
            "ministry",
            ["english_copy", "headline_lead", "glued_words", "period_total", "count", "approx", "no_event"],
            provinces=[pv("Bắc Ninh")],
            money=[m(2.6 * B, "USD", approx=True), m(2.4 * B, "USD", approx=True), m(31.6 * M, "USD")],
            quantities=[c(12, "projects")],
            events=[],
        ),
        h(
            n(),
            "The Bac Ninh Management Board of Industrial Parks has so far granted 1,204 investment certificates to 428 domestic and 776 foreign firms, with combined registered capital of more than 17.3 billion USD.-VNA",
            "2020-08-05",
            "ministry",
            ["english_copy", "cumulative", "count", "shared_count_noun", "agency_tail", "approx", "no_event"],
            organizations=["Bac Ninh Management Board of Industrial Parks"],
            provinces=[pv("Bắc Ninh")],
            money=[m(17.3 * B, "USD", approx=True)],
            quantities=[c(1204, "investment certificates"), c(428, "firms"), c(776, "firms")],
            events=[],
        ),
        h(
            n(),
            "Bac Ninh (VNA) – The Bac Ninh provincial People's Committee on March 9 granted an investment licence to a 120 million USD project of Hanwoo Vision Co., Ltd. from the Republic of Korea.",
            "2017-03-10",
            "ministry",
            ["english_copy", "dateline", "licence", "deal_date"],
            organizations=["Bac Ninh provincial People's Committee"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Hanwoo Vision", "Co., Ltd.")],
            money=[m(120 * M, "USD")],
            locations=[country("Republic of Korea")],
            deals=[deal("investment", ["Hanwoo Vision"], 120 * M, BN, "2017-03-09")],
            events=[
                ev(
                    "investment_licence",
                    [G("Bac Ninh provincial People's Committee"), F("Hanwoo Vision")],
                    120 * M,
                    "USD",
                    BN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "On March 1, the committee also granted an investment licence for Samsung Display Co., Ltd.'s 2.3 billion USD expansion project.",
            "2017-03-10",
            "ministry",
            ["english_copy", "licence", "grantor_by_reference", "possessive_firm", "deal_date"],
            firms=[f("Samsung Display", "Co., Ltd.")],
            money=[m(2.3 * B, "USD")],
            deals=[deal("investment", ["Samsung Display"], 2.3 * B, None, "2017-03-01")],
            events=[ev("investment_licence", [F("Samsung Display")], 2.3 * B, "USD", None, "licensed")],
        ),
    ]
    # --- S18 (English): Samsung's Vietnamese vendors ---
    rows += [
        h(
            n(),
            "Among them, seven local firms are tier-1 vendors and 162 are tier-2 vendors for Samsung's Thai Nguyen complex, deputy minister of industry and trade Tran Quoc Khanh said.",
            "2016-06-22",
            "ministry",
            [
                "english_copy",
                "supplier_status_no_contract",
                "unaccented_place",
                "person_role_before",
                "count",
            ],
            persons=[per("Tran Quoc Khanh", "deputy minister of industry and trade")],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung")],
            quantities=[c(162, "vendors")],
            events=[],
        ),
        h(
            n(),
            "At a meeting in Hà Nội on October 9, Prime Minister Nguyễn Văn Thành asked Kim Dong-hyun, chief executive of Samsung Electronics, to support training and technology transfer so that small and medium-sized enterprises can join its supply chain.",
            "2017-10-10",
            "ministry",
            ["english_copy", "request_no_event", "person_role_before", "person_role_after", "no_event"],
            persons=[
                per("Nguyễn Văn Thành", "Prime Minister"),
                per("Kim Dong-hyun", "chief executive of Samsung Electronics"),
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Samsung Electronics")],
            events=[],
        ),
    ]
    # --- S19 (English): chip packaging plants in the North ---
    rows += [
        h(
            n(),
            "PM visits northern region's first chip packaging plant in Bac Giang\nPrime Minister Phan Van Long on December 21 visited Hanjin Micron Vina Co., Ltd., located in Van Trung industrial park, Bac Giang province.",
            "2023-12-22",
            "ministry",
            ["english_copy", "headline_lead", "visit_no_event", "trailing_vina", "repeated_once"],
            persons=[per("Phan Van Long", "Prime Minister")],
            provinces=[pv("Bắc Giang")],
            firms=[f("Hanjin Micron", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "Samsung also plans to start making semiconductor components at its Thái Nguyên plant from next July with an extra investment of US$850 million, said the head of the Foreign Investment Agency.",
            "2022-11-05",
            "ministry",
            ["english_copy", "announced_investment", "role_without_person"],
            organizations=["Foreign Investment Agency"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Samsung")],
            money=[m(850 * M, "USD")],
            deals=[deal("investment", ["Samsung"], 850 * M, TN)],
            events=[ev("investment_announcement", [F("Samsung")], 850 * M, "USD", TN, "announced")],
        ),
        h(
            n(),
            "Hanjin Micron plans to invest $1 billion in chip production in Vietnam by 2026, Government News reported, citing Nikkei Asia.",
            "2023-10-02",
            "ministry",
            ["english_copy", "announced_investment", "news_outlets_no_org"],
            firms=[f("Hanjin Micron")],
            money=[m(1 * B, "USD")],
            deals=[deal("investment", ["Hanjin Micron"], 1 * B)],
            events=[ev("investment_announcement", [F("Hanjin Micron")], 1 * B, "USD", None, "announced")],
        ),
        h(
            n(),
            "Hanjin Micron Vina's factory in Bac Giang province, northern Vietnam. Photo courtesy of the firm.",
            "2023-10-02",
            "ministry",
            ["english_copy", "caption", "trailing_vina", "no_event"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Hanjin Micron")],
            events=[],
        ),
        h(
            n(),
            "Meanwhile, Bac Ninh province is about to welcome a plant of Apex Semiconductor Inc., which plans to invest about $1.2 billion there until 2035.",
            "2023-10-02",
            "ministry",
            ["english_copy", "announced_investment", "approx"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Apex Semiconductor", "Inc.")],
            money=[m(1.2 * B, "USD", approx=True)],
            deals=[deal("investment", ["Apex Semiconductor"], 1.2 * B, BN)],
            events=[
                ev("investment_announcement", [F("Apex Semiconductor")], 1.2 * B, "USD", BN, "announced")
            ],
        ),
    ]
    # --- S20 (English): Vĩnh Phúc's licences on its promotion portal and VNA copy, a zone authority item ---
    rows += [
        h(
            n(),
            "In early 2016, Vinh Phuc province attracted more than US $ 15 million of capital from South Korea into its industrial zones.",
            "2016-01-20",
            "ministry",
            ["english_copy", "spaced_currency", "period_total", "approx", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            money=[m(15 * M, "USD", approx=True)],
            locations=[country("South Korea")],
            events=[],
        ),
        h(
            n(),
            "Investment certificate granting to Seowon Co.,Ltd (South Korea) to set up Seowon Optics Vina Co., Ltd. in Vinh Phuc, manufacturing camera lenses and optical parts for mobile phones; Total registered investment capital of US $ 05 million; 01 hectares of land use.",
            "2016-01-20",
            "ministry",
            [
                "english_copy",
                "portal_list_item",
                "licence_no_grantor",
                "leading_zero",
                "trailing_vina",
                "area",
            ],
            provinces=[pv("Vĩnh Phúc")],
            firms=[f("Seowon", "Co., Ltd."), f("Seowon Optics", "Co., Ltd.")],
            money=[m(5 * M, "USD")],
            areas=[ha(1)],
            locations=[country("South Korea")],
            deals=[deal("investment", ["Seowon"], 5 * M, VP)],
            events=[ev("investment_licence", [F("Seowon")], 5 * M, "USD", VP, "licensed")],
        ),
        h(
            n(),
            "The project is expected to start operating in July 2016, employ nearly 120 workers and export 100% of its output.",
            "2016-01-20",
            "ministry",
            ["english_copy", "plan_no_event", "count", "approx", "percentage", "no_event"],
            percentages=[100],
            quantities=[c(120, "workers", True)],
            events=[],
        ),
        h(
            n(),
            "Investment certificate granting to increase investment capital and add business lines for Jinsung Tape Vina Co., Ltd, located in Ba Thien II industrial zone, which makes tapes, films and screen protectors for phones.",
            "2016-01-20",
            "ministry",
            ["english_copy", "portal_list_item", "capital_increase_no_amount", "english_park_no_location"],
            firms=[f("Jinsung Tape", "Co., Ltd.")],
            deals=[deal("investment", ["Jinsung Tape"])],
            events=[ev("investment_licence", [F("Jinsung Tape")], None, None, None, "licensed")],
        ),
        h(
            n(),
            "On October 18, 11, HAI PHONG ECONOMIC ZONE AUTHORITY issued an Investment Registration Certificate to Sông Hồng Smart Devices Joint Stock Company to build a factory making phones and electronic products…",
            "2018-10-20",
            "ministry",
            ["english_copy", "garbled_date", "all_caps_authority", "licence", "deal_date"],
            organizations=["Hai Phong Economic Zone Authority"],
            provinces=[pv("Hải Phòng")],
            firms=[f("Sông Hồng Smart Devices", "JSC")],
            deals=[deal("investment", ["Sông Hồng Smart Devices"], None, HP, "2018-10-18")],
            events=[
                ev(
                    "investment_licence",
                    [G("HAI PHONG ECONOMIC ZONE AUTHORITY"), F("Sông Hồng Smart Devices")],
                    None,
                    None,
                    HP,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "In 2023, Vinh Phuc's electronics revenue reached VND201,450 billion (US$8.7 billion), up 21.8% year on year.",
            "2024-09-06",
            "ministry",
            ["english_copy", "revenue_money_only", "conversion_bracket", "percentage", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            money=[m(201450 * B, "VND"), m(8.7 * B, "USD")],
            percentages=[21.8],
            events=[],
        ),
        h(
            n(),
            "The northern province of Vinh Phuc has licensed two projects from South Korea, raising total capital from that country to over 1.42 billion USD.",
            "2018-03-02",
            "ministry",
            ["english_copy", "licence_round_unnamed", "count_in_words", "approx", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            money=[m(1.42 * B, "USD", approx=True)],
            locations=[country("South Korea")],
            events=[],
        ),
        h(
            n(),
            "The first is a plant of Sungjin Circuit Vina making printed circuit boards for mobile phones, with an annual output of 12 million products and total investment of 8 million USD.",
            "2018-03-02",
            "ministry",
            ["english_copy", "split_row", "capacity_no_count", "trailing_vina"],
            firms=[f("Sungjin Circuit")],
            money=[m(8 * M, "USD")],
            deals=[deal("investment", ["Sungjin Circuit"], 8 * M)],
            events=[],
        ),
        h(
            n(),
            "The second, worth 6 million USD, will be carried out by Daehan ENC Ltd., Co. to make leather cases and covers for electronic goods.",
            "2018-03-02",
            "ministry",
            ["english_copy", "split_row", "odd_legal_form"],
            firms=[f("Daehan ENC", "Co., Ltd.")],
            money=[m(6 * M, "USD")],
            deals=[deal("investment", ["Daehan ENC"], 6 * M)],
            events=[],
        ),
        h(
            n(),
            "Investors of the two projects pledged jobs for 1,200 workers with a monthly income of about 260 USD each.",
            "2018-03-02",
            "ministry",
            ["english_copy", "count", "per_month", "approx", "no_event"],
            money=[m(260, "USD", "month", True)],
            quantities=[c(1200, "workers")],
            events=[],
        ),
    ]
    return rows
