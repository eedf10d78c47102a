# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 65 (blind, real-text shapes, issue 12): a blind batch sampled like batches 44-64, 165 rows (hand-14001 to
hand-14165), written after reading ONLY the first 4 results of each of 20 searches of the search tool's `pages` corpus,
in the order returned (80 result slots; none skipped for looking easy or hard; nothing ranked 5 or lower was used, and
rows first drafted from such results were taken out again), on the themes of this batch: electronics, semiconductor
assembly and testing and precision-component FDI in the South and the South-East (Đồng Nai with the former Bình Phước,
TP.HCM with the former Bình Dương and Bà Rịa - Vũng Tàu, Tây Ninh with the former Long An) and their Vietnamese
suppliers. Written and annotated for every field without reading the tagger code, data, tests or notes and before any
tagger ran on them. Searches (16 Vietnamese, 4 English): "Đồng Nai cấp giấy chứng nhận đầu tư dự án linh kiện điện tử
2025", "Bình Dương nhà máy bán dẫn khởi công vốn đầu tư", "khu công nghệ cao TP.HCM dự án bán dẫn tăng vốn", "Bà Rịa -
Vũng Tàu nhà máy linh kiện điện tử khánh thành", "Long An nhà máy sản xuất linh kiện điện tử FDI khởi công", "Bình Phước
khu công nghiệp dự án điện tử cấp phép nhà đầu tư", "nhà máy đóng gói kiểm thử chip bán dẫn miền Nam", "doanh nghiệp Việt
cung ứng linh kiện cơ khí chính xác cho tập đoàn điện tử ký hợp đồng", "doanh nghiệp nội địa trở thành nhà cung cấp cho
nhà máy Intel TP.HCM", "ký biên bản ghi nhớ hợp tác bán dẫn doanh nghiệp TP.HCM Bình Dương", "Đồng Nai điều chỉnh tăng
vốn dự án linh kiện Ban Quản lý các khu công nghiệp", "khánh thành nhà máy linh kiện chính xác KCN VSIP Bình Dương", "Tây
Ninh thu hút dự án điện tử FDI khu công nghiệp 2025 trao chứng nhận", "động thổ nhà máy vi mạch điện tử khu công nghiệp
Đồng Nai", "UBND tỉnh quyết định chấp thuận chủ trương đầu tư nhà máy sản xuất linh kiện điện tử nhà đầu tư Hàn Quốc",
"hợp đồng cung cấp linh kiện cho doanh nghiệp FDI Bình Dương doanh nghiệp Việt khuôn mẫu", and four in English
("semiconductor assembly and test plant Ho Chi Minh City investment licence", "Dong Nai electronics factory investment
certificate million USD", "Binh Duong precision components plant inauguration Japanese company", "Vietnamese supplier
signs contract electronics manufacturer southern Vietnam"). No sentence is taken or paraphrased from a page; the shapes
are. Firm and person names are invented (well-known brands, Intel, Samsung, Apple, LEGO, VinFast, and leaders appear
only in sentences of our own). A review of the first draft against the sampled pages found about 45 rows that followed a
sampled sentence too closely (a licence-round caption, a thesis's climate and GDP lines, a weekly's related links, a
tag page's park groundbreaking, a chip group's founding ceremony and its attendee list, English wire paragraphs on
Đồng Nai's zones, a Japanese firm's opening in Bình Dương, a contract template's clauses); they were rewritten from
scratch or dropped, and their gold redone.

What the 80 result slots looked like (about 67 distinct pages: one business weekly's FDI feature came back 5 times, a
Đồng Nai FDI thesis 3 times, a spam domain carrying a Bình Dương park-groundbreaking lead 3 times, four more pages
twice): 34 tag, hashtag and category pages, one-line titles, video and TV blurbs, junk image titles, portal HTML heads
and spam (park groundbreakings with no investor, a park dropped from the plan, a state land lease to a park developer,
licence blurbs of the 2008-2014 kind, a display maker's plant plan, a contract maker's relocation); 24 Vietnamese
national business, provincial and portal news pages and features (a Đồng Nai licence round at an FDI meeting told by
two papers, with "Dự án thứ hai ...", leaders handing over and "(đến từ Singapore)"; a hi-tech park board's capital
increases with "lũy kế"; a Vietnamese group founding a chip packaging and testing plant told by four papers, citing
57-NQ/TW and 1018/QĐ-TTg, with its attendee list and the chairman's words; a US chip maker's injection abroad and its
working session with the TP.HCM chairman; a Deputy Prime Minister receiving a chip association; Tây Ninh's park totals
after the merger; a Bình Dương daily's opening of a Japanese plant; licences received in 2008-2014; a Đồng Nai feature
citing 23-NQ/TW); 10 theses, explainers, policy articles, bilingual contract templates (one with the buyer filled in and
the seller blank), a flattened FDI table and EMS essays; 12 English pages (wire copy on Đồng Nai's zones with "a $N
million facility by X Co., Ltd." lines and licence tallies, an expansion by a Samsung supplier, Japanese plants in
Bình Dương broken ground and opened, announced chip investments, a Deputy Prime Minister meeting a US association, a
bilingual supplier-summit page, a 2007 report on suppliers following a chip maker). About 33 of the 80 slots told a
deal in some form (licences and increases first, then groundbreakings, announced plans, one opening, one state land
lease), but most of those pages' sentences were context (totals, leaders, capacities, quotes); memoranda, joint
ventures, acquisitions and credit did not occur in the first four results of any search, and supply only as a
supplier's status or a blank contract form, so the batch has one supply contract (a filled contract header) and no
MoU, joint venture or acquisition.

Rows: 165 (hand-14001 to hand-14165); 55 carry a deal or an event (46 events: 21 licences, 10 announcements, 9
groundbreakings, 4 openings, 1 supply contract, 1 cooperation; 55 deals: 45 investment, 9 groundbreaking, 1
supply_contract; 11 rows have a deal without an event, 2 an event without a deal), 110 are negatives and other fields.
By page kind the rows follow the sample: 76 in the shapes of Vietnamese provincial, national and portal news (33 with a
deal or event), 42 of tag, title, category, blurb, caption and spam pages (5), 15 of theses, explainers, contract
templates and essays (1), 32 of English copy (16; `english_copy` in phenomena, 1 bilingual). 10 rows are stored in NFD,
6 use old tone placement, 36 hold a headline and lead, a tag and its item, or several lines.

Conventions: exactly those of batches 10 and 12-49 (their docstrings and tests/eval/README.md), with their judgement
calls, among them: a deal date needs a day; "tăng vốn thêm X, nâng tổng vốn lên Y" and "tăng vốn từ X lên Y" are about
the increase; a split row naming the investor after a licence round's verb gives a deal with no event, sited only when
its row writes the province; a licence round with its lines in the same row gives one licence per named investor; a
licence received with no grantor in the row has only the firm as party; a leader handing over a certificate makes his
committee the government party; "Khu công nghệ cao TP.HCM" written as a place is a park location, none inside a
management board's name, which still names the province and sites the board's licence; a planned groundbreaking or
opening is an announced investment, a held one a groundbreaking deal and event "started"; an opening with its own capital
is an investment deal and an inauguration, with only a running total the inauguration alone; a recalled licence or
investment is a deal without an event; a state land lease by a committee is a signed cooperation event of committee and
firm with no deal; totals of unnamed projects, proposals, wishes, requests, pledges, visits, plans under study, supplier
status and customer lists give no deal; "(cũ)", "nay thuộc" and "the former Long An area" give the old province as a
mention; a province inside a firm's name is no mention, inside a park's or organisation's name it is; "Việt Nam", "(Việt
Nam)", "Vietnam" and a trailing "Vina" are dropped from a foreign subsidiary's name unless a place follows; English parks
are no locations; "Singapore-based" gives the country; government parties are written as in the text, every other name
in its usual spelling (old tone normalised); bylines are persons without a role. Every row with no event carries
`events=[]`.

Calls made here in the same spirit (new or sharpened shapes):

- A provincial park groundbreaking told in the passive with its developer, "KCN X chính thức được khởi công, do Tổng công
  ty Y làm chủ đầu tư với tổng vốn N; UBND tỉnh Z chủ trì buổi lễ" (hand-14015), is Y's groundbreaking with N, the
  hosting committee a government party (batch 49's joint groundbreaking hosted by a committee). A park broken ground or
  starting infrastructure works with no developer named (hand-14017, 14126, 14130, 14163) gives no deal and no event,
  even with the Prime Minister or "lãnh đạo tỉnh" at the ceremony.
- A developer breaking ground on its ready-built factories "ngay sau lễ" (hand-14016) is its own groundbreaking with no
  date (the day is only in the previous row).
- A certificate handed over in a relative clause ("Kèm theo giấy chứng nhận ... mà Ban Quản lý các KCN tỉnh X trao ngày
  7/5, Tập đoàn Y được miễn thuế ...", hand-14031) and one received at the end of the sentence ("sau khi nhận giấy chứng
  nhận ... từ Ban Quản lý các KCN Đồng Nai ngày 11/11", hand-14038) are licences with the board as grantor and that day
  as the deal date; the planned groundbreaking in the same sentence is covered by the licence.
- A licence told by a firm's press notice ("Theo thông cáo phát đi ngày 2.9, X đã có giấy chứng nhận ...", hand-14032;
  "Ngày 16.10, X thông báo đã được cấp ...", hand-14152) is a licence with no deal date: the notice's day is not the
  licence's.
- "Công ty TNHH Điện tử Hanbit Đồng Nai" and "Linh kiện Điện tử Minh Đức Long An" keep the place (a subsidiary's
  registered name, batch 13); "Long An" there is no province mention although the unit no longer exists.
- A board whose name carries the city or province ("Ban Quản lý các khu chế xuất và công nghiệp TP.HCM", "Ban Quản lý
  các KCN tỉnh Tây Ninh", "Ban Quản lý các KCN Bình Dương") sites its licence in that unit's current province even when
  the park's own province is not written (hand-14115, 14136, 14155, 14158), as batch 45 did for the hi-tech park board.
- A Vietnamese group's "lễ công bố thành lập Nhà máy Đóng gói vi mạch ... dây chuyền đầu tiên sẽ chạy từ quý III"
  (hand-14051) is an announced investment with no amount, dated that day; the amount in the next row with no firm is
  money only.
- A firm choosing between two provinces for a project (hand-14033) is a plan under study: no deal; a contract maker
  that "đã thuê nhà xưởng ... và đang lắp đặt máy móc" with the lessor unnamed (hand-14034) gives no deal.
- A completed expansion told in passing in English ("A $12 million expansion has doubled output at the Đồng Nai plant of
  X", hand-14096) is X's investment deal with the amount and no event (like a disbursed or recalled investment); a
  group's cumulative "has put $1.5 billion into its HCM City site since 2006" (hand-14089) likewise.
- A filled-in contract header ("HỢP ĐỒNG NGUYÊN TẮC MUA BÁN HÀNG HÓA / Hôm nay, ngày 06/3/2025, tại Bình Dương ... /
  BÊN BÁN: A / BÊN MUA: B", hand-14064) is a signed supply contract A-B (seller first) dated that day, the signing
  place a province mention and not the site; a header with the seller left blank (hand-14063), a signature block
  (hand-14142) and contract clauses naming "Bên A / Bên B" only give no deal; upper-case firm names take their usual
  spelling; upper-case roles in a signature block are kept as written.
- English: an unnamed "Tây Ninh's industrial zones authority ... raised the licensed capital of X to $96 million from
  $54 million" (hand-14133) is X's licence with the increase (42 million) and no grantor (the authority is not named);
  "Approved in the same quarter was a $14 million line of X JSC" (hand-14150) is a licence without grantor or site;
  "Display-parts maker X will invest $210 million in a second factory in Binh Duong, its chief executive told a
  business forum in HCM City" (hand-14138) is sited in Bình Dương's current unit, the forum's city a mention only; "The
  biggest newcomer is a $68 million unit of X" after a licence tally (hand-14099) is a split row: deal, no event;
  "X Co., Ltd. led the list with a $75 million plant ..., ahead of Y ..., which is adding a $42 million line" in a
  quarter's investment report (hand-14095) gives two announced investments. English counts are annotated when written
  with a digit ("61 projects", "30 of its members"), as batch 49 did; an English decree code "182/2024/ND-CP" is the
  decision 182/2024/NĐ-CP; "the Investment Support Fund" is an organisation.
- "Thủ tướng Chính phủ" with no name as the subject of a sentence (hand-14079) is the organisation, as batch 49 read
  "của Thủ tướng Chính phủ"; a dispatch number in a tag ("công văn số 2147/UBND-KT") is a decision without date.
- Captions and attendee lines: "Phó Chủ tịch Thường trực UBND tỉnh Đồng Nai Lê Hữu Phước (thứ hai từ trái) và ông
  Takeshi Morita, Tổng Giám đốc Kaiwa Power Việt Nam" (hand-14005) give both persons with their roles and the short
  brand "Kaiwa Power" as a firm mention; "đồng chí X - Phó Chủ tịch UBND TP.HCM" keeps the role after the dash."""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, c, country, d, deal, district, ev, f, ha, park, per


def hand_sentences_65(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    DN = cur("Đồng Nai")
    HCM = cur("Hồ Chí Minh")
    TNi = cur("Tây Ninh")

    ids = iter(range(14001, 14001 + 399))

    def n() -> int:
        return next(ids)

    rows: list[dict] = []
    # --- S1: a provincial licence round at an FDI meeting (PLO / VnEconomy shapes), a thesis on Đồng Nai FDI ---
    rows += [
        h(
            n(),
            "Đầu xuân, 4 nhà đầu tư nước ngoài nhận giấy chứng nhận tại Đồng Nai\nTổng vốn đăng ký của đợt trao giấy lần này vượt 610 triệu USD, trong đó có một dự án tăng vốn; buổi lễ diễn ra chiều 12-3 tại phường Trấn Biên.",
            "2026-03-13",
            "provincial",
            ["headline_lead", "round_total", "count", "approx", "count_in_words", "no_event"],
            provinces=[pv("Đồng Nai")],
            money=[m(610 * M, "USD", approx=True)],
            quantities=[c(4, "nhà đầu tư")],
            events=[],
        ),
        h(
            n(),
            "Trong số này, nhà máy bo mạch nguồn và bộ sạc của Công ty TNHH Điện tử Kaiwa Power Việt Nam (Nhật Bản) có quy mô lớn nhất, vốn đăng ký 265 triệu USD, đặt tại KCN Long Đức, xã Long Phước.",
            "2026-03-13",
            "provincial",
            ["split_row", "largest_line", "country_bracket", "vietnam_suffix_dropped", "commune_no_province"],
            firms=[f("Điện tử Kaiwa Power", "Công ty TNHH")],
            money=[m(265 * M, "USD")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Long Đức")],
            deals=[deal("investment", ["Điện tử Kaiwa Power"], 265 * M)],
            events=[],
        ),
        h(
            n(),
            "Dự án tiếp theo thuộc về Meridian Precision Pte. Ltd. (Singapore), chuyên gia công chi tiết kim loại cho thiết bị bán dẫn tại KCN Nhơn Trạch 3, xã Phước An, tỉnh Đồng Nai, vốn gần 92 triệu USD.",
            "2026-03-13",
            "provincial",
            ["split_row", "foreign_legal_form", "country_bracket", "province_after_commune", "approx"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Meridian Precision", "Pte. Ltd.")],
            money=[m(92 * M, "USD", approx=True)],
            locations=[country("Singapore"), park("Khu công nghiệp Nhơn Trạch 3")],
            deals=[deal("investment", ["Meridian Precision"], 92 * M, DN)],
            events=[],
        ),
        h(
            n(),
            "Dự án còn lại là phần tăng vốn 58 triệu USD của Công ty TNHH Cáp quang Delta Link (vốn Đài Loan) cho nhà máy ở KCN Minh Hưng III, xã Tân Khai, nâng tổng vốn lên 143 triệu USD.",
            "2026-03-13",
            "provincial",
            ["split_row", "capital_increase_line", "running_total", "former_binh_phuoc_commune"],
            firms=[f("Cáp quang Delta Link", "Công ty TNHH")],
            money=[m(58 * M, "USD"), m(143 * M, "USD")],
            locations=[country("Đài Loan"), park("Khu công nghiệp Minh Hưng III")],
            deals=[deal("investment", ["Cáp quang Delta Link"], 58 * M)],
            events=[],
        ),
        h(
            n(),
            "Lãnh đạo tỉnh chụp ảnh cùng nhà đầu tư; trong ảnh, Phó Chủ tịch Thường trực UBND tỉnh Đồng Nai Lê Hữu Phước (thứ hai từ trái) và ông Takeshi Morita, Tổng Giám đốc Kaiwa Power Việt Nam.",
            "2026-03-13",
            "provincial",
            ["nfd", "caption", "person_role_before", "person_role_after", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
            persons=[
                per("Lê Hữu Phước", "Phó Chủ tịch Thường trực UBND tỉnh Đồng Nai"),
                per("Takeshi Morita", "Tổng Giám đốc Kaiwa Power Việt Nam"),
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("Kaiwa Power")],
            events=[],
        ),
        h(
            n(),
            "CHƯƠNG 2: THỰC TRẠNG THU HÚT FDI VÀO NGÀNH CÔNG NGHIỆP ĐIỆN TỬ TẠI CÁC KHU CÔNG NGHIỆP TỈNH ĐỒNG NAI\nLuận văn thạc sĩ kinh tế - Trường Đại học Lạc Hồng",
            "2014-06-20",
            "ministry",
            ["thesis_title", "all_caps", "university_name", "no_event"],
            organizations=["Trường Đại học Lạc Hồng"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Năm 2020, công nghiệp - xây dựng chiếm 58,3% GRDP của tỉnh, dịch vụ 29,6%; GRDP bình quân đầu người đạt 122 triệu đồng.",
            "2021-05-11",
            "ministry",
            ["thesis", "percentage", "per_capita_money", "no_event"],
            money=[m(122 * M, "VND")],
            percentages=[58.3, 29.6],
            events=[],
        ),
        h(
            n(),
            "Đất đỏ bazan chiếm khoảng 39% diện tích tự nhiên, thuận lợi cho cây công nghiệp nhưng làm tăng chi phí san nền khi xây khu công nghiệp.",
            "2021-05-11",
            "ministry",
            ["thesis", "percentage", "no_firm", "no_event"],
            percentages=[39],
            events=[],
        ),
    ]
    # --- S2/S5/S12/S13/S14: a business weekly's FDI feature that came back five times ---
    rows += [
        h(
            n(),
            "(KTSG Online) - Chín tháng năm 2024, vốn FDI đăng ký vào cả nước đạt khoảng 24,8 tỉ đô la Mỹ, tăng 11,6%; riêng linh kiện điện tử và chip chiếm gần một phần ba.",
            "2024-10-08",
            "ministry",
            [
                "source_tag",
                "statistics",
                "ti_do_la_my",
                "approx",
                "percentage",
                "fraction_in_words",
                "no_event",
            ],
            money=[m(24.8 * B, "USD", approx=True)],
            percentages=[11.6],
            events=[],
        ),
        h(
            n(),
            "Riêng vùng Đông Nam bộ chiếm khoảng 38% tổng vốn, với TP.HCM, Bình Dương và Đồng Nai là ba địa phương dẫn đầu.",
            "2024-10-08",
            "ministry",
            ["statistics", "percentage", "province_list", "count_in_words", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương"), pv("Đồng Nai")],
            percentages=[38],
            events=[],
        ),
        h(
            n(),
            "- Vốn ngoại đổ về Đông Nam bộ: Bình Dương, Đồng Nai dẫn đầu\n- Hàn Quốc dồn tiền cho chip nhớ thế hệ mới",
            "2024-10-08",
            "ministry",
            ["related_links", "several_lines", "no_firm", "no_event"],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Số liệu của Tổng cục Thống kê cho thấy Trung Quốc và Singapore là hai nguồn vốn mới lớn nhất trong kỳ.",
            "2024-10-08",
            "ministry",
            ["statistics_office", "countries_list", "no_firm", "no_event"],
            organizations=["Tổng cục Thống kê"],
            locations=[country("Trung Quốc"), country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "Trước đó, trong năm 2023, vốn FDI đăng ký vào Việt Nam đã phục hồi lên 36,6 tỉ đô la Mỹ, tăng 32,1% so với năm 2022.",
            "2024-10-08",
            "ministry",
            ["statistics", "percentage", "year_not_count", "no_event"],
            money=[m(36.6 * B, "USD")],
            percentages=[32.1],
            events=[],
        ),
        h(
            n(),
            "Tín hiệu từ quý IV\nNhiều tập đoàn điện tử dự kiến công bố mở rộng nhà máy ở phía Nam trước cuối năm.",
            "2024-10-08",
            "ministry",
            ["subheading", "unnamed_firms", "no_event"],
            events=[],
        ),
    ]
    # --- S2/S6/S12: Bình Dương parks broken ground, tag pages, a park dropped in Bình Phước ---
    rows += [
        h(
            n(),
            "Thêm 620 ha đất công nghiệp cho vùng Bắc Bình Dương\nSáng 9/6, KCN Tân Lập 2 chính thức được khởi công, do Tổng công ty Phát triển Hạ tầng Đông Sơn làm chủ đầu tư với tổng vốn 5.180 tỷ đồng; UBND tỉnh Bình Dương chủ trì buổi lễ.",
            "2024-06-10",
            "provincial",
            [
                "headline_lead",
                "park_groundbreaking_passive",
                "do_x_lam_chu_dau_tu",
                "host_committee_party",
                "area",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Bình Dương"],
            provinces=[pv("Bình Dương")],
            firms=[f("Phát triển Hạ tầng Đông Sơn", "Tổng công ty")],
            money=[m(5180 * B, "VND")],
            areas=[ha(620)],
            locations=[park("Khu công nghiệp Tân Lập 2")],
            deals=[deal("groundbreaking", ["Phát triển Hạ tầng Đông Sơn"], 5180 * B, HCM, "2024-06-09")],
            events=[
                ev(
                    "groundbreaking",
                    [G("UBND tỉnh Bình Dương"), F("Phát triển Hạ tầng Đông Sơn")],
                    5180 * B,
                    "VND",
                    HCM,
                    "started",
                )
            ],
        ),
        h(
            n(),
            "Ngay sau lễ, Công ty CP Nhà xưởng Xanh Miền Đông động thổ dự án nhà xưởng cho thuê của mình trên 45 ha trong KCN Tân Lập 2.",
            "2024-06-10",
            "provincial",
            ["groundbreaking", "dong_tho", "no_day", "area"],
            firms=[f("Nhà xưởng Xanh Miền Đông", "Công ty CP")],
            areas=[ha(45)],
            locations=[park("Khu công nghiệp Tân Lập 2")],
            deals=[deal("groundbreaking", ["Nhà xưởng Xanh Miền Đông"])],
            events=[ev("groundbreaking", [F("Nhà xưởng Xanh Miền Đông")], None, None, None, "started")],
        ),
        h(
            n(),
            "Kinhtedothi - KCN Phước Hòa 3 rộng 980 ha ở Bình Dương bắt đầu xây dựng hạ tầng; tổng vốn dự án 6.120 tỷ đồng.",
            "2024-03-22",
            "ministry",
            ["tag_page", "source_tag", "park_works_no_investor", "no_event"],
            provinces=[pv("Bình Dương")],
            money=[m(6120 * B, "VND")],
            areas=[ha(980)],
            locations=[park("Khu công nghiệp Phước Hòa 3")],
            events=[],
        ),
        h(
            n(),
            "Khoảng 2.300 ha đất khu công nghiệp mới dự kiến được giao cho các chủ đầu tư hạ tầng trong năm 2025.",
            "2025-01-06",
            "provincial",
            ["tv_blurb", "plan_no_firm", "area", "approx", "no_event"],
            areas=[ha(2300, True)],
            events=[],
        ),
        h(
            n(),
            "khu công nghiệp tại Bình Dương\nKCN Lai Uyên 2 (530 ha) được đưa vào quy hoạch theo nghị quyết HĐND tỉnh Bình Dương thông qua hôm 10/12.",
            "2024-12-12",
            "provincial",
            ["tag_page", "lower_case_tag", "plan_approval_no_investor", "area", "no_event"],
            organizations=["Hội đồng nhân dân tỉnh Bình Dương"],
            provinces=[pv("Bình Dương")],
            areas=[ha(530)],
            locations=[park("Khu công nghiệp Lai Uyên 2")],
            events=[],
        ),
        h(
            n(),
            "LEGO\nNhà máy trung hòa carbon của LEGO tại VSIP III đưa Bình Dương lên bản đồ sản xuất xanh",
            "2023-12-22",
            "ministry",
            ["tag_page", "brand_tag", "operates_no_event", "bare_park_name", "no_event"],
            provinces=[pv("Bình Dương")],
            firms=[f("LEGO")],
            locations=[park("Khu công nghiệp VSIP III")],
            events=[],
        ),
        h(
            n(),
            "(PLO)- Bình Phước quyết định dừng dự án KCN Tân Lợi rộng 850 ha sau nhiều năm không có nhà đầu tư hạ tầng triển khai.",
            "2022-08-30",
            "ministry",
            ["tag_page", "source_tag", "project_stopped", "area", "no_event"],
            provinces=[pv("Bình Phước")],
            areas=[ha(850)],
            locations=[park("Khu công nghiệp Tân Lợi")],
            events=[],
        ),
    ]
    # --- S3: the hi-tech park of TP.HCM: tag pages, a board's capital increases, the chairman's words ---
    rows += [
        h(
            n(),
            "Hạ tầng khu công nghệ cao cần thêm 2.450 tỷ đồng trong giai đoạn 2026-2030",
            "2023-09-14",
            "ministry",
            ["junk_title", "no_firm", "no_event"],
            money=[m(2450 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Trung tâm Thử nghiệm vi mạch do Ban Quản lý Khu công nghệ cao TP.HCM đầu tư đã nhận mẫu chip đầu tiên từ ba công ty thiết kế trong khu.",
            "2024-08-15",
            "ministry",
            ["nfd", "tag_page", "board_centre", "count_in_words", "no_event"],
            organizations=["Trung tâm Thử nghiệm vi mạch", "Ban Quản lý Khu công nghệ cao TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Khu công nghệ cao TP.HCM hướng tới 200 dự án vào năm 2030\nHiện khu có 171 dự án còn hiệu lực, trong đó khoảng ba phần tư là dự án có vốn nước ngoài.",
            "2024-11-20",
            "ministry",
            ["tag_page", "headline_lead", "target", "count", "fraction_in_words", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(200, "dự án"), c(171, "dự án")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            events=[],
        ),
        h(
            n(),
            "Nhà đầu tư tại Khu công nghệ cao TP.HCM nâng vốn thêm hơn 300 triệu USD\nNgày 27/6, Ban Quản lý Khu công nghệ cao TP.HCM trao quyết định điều chỉnh tăng vốn cho Công ty TNHH Linh kiện Quang điện Saigon Photonics thêm 312 triệu USD, nâng tổng vốn lên 1,06 tỷ USD.",
            "2022-06-28",
            "ministry",
            [
                "headline_lead",
                "licence",
                "capital_increase",
                "hi_tech_board_grantor",
                "running_total",
                "approx",
                "deal_date",
            ],
            organizations=["Ban Quản lý Khu công nghệ cao TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Linh kiện Quang điện Saigon Photonics", "Công ty TNHH")],
            money=[m(300 * M, "USD", approx=True), m(312 * M, "USD"), m(1.06 * B, "USD")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            deals=[deal("investment", ["Linh kiện Quang điện Saigon Photonics"], 312 * M, HCM, "2022-06-27")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu công nghệ cao TP.HCM"), F("Linh kiện Quang điện Saigon Photonics")],
                    312 * M,
                    "USD",
                    HCM,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Với hai dự án còn lại, vốn tăng thêm là 185 tỷ đồng và 42 tỷ đồng, đưa lũy kế lên lần lượt 640 tỷ đồng và 275 tỷ đồng.",
            "2022-06-28",
            "ministry",
            ["unnamed_projects", "running_totals", "count_in_words", "no_event"],
            money=[m(185 * B, "VND"), m(42 * B, "VND"), m(640 * B, "VND"), m(275 * B, "VND")],
            events=[],
        ),
        h(
            n(),
            "Saigon Photonics sẽ dùng phần vốn mới để lắp dây chuyền mô-đun thu phát quang 800G và mở rộng khu phòng sạch.",
            "2022-06-28",
            "ministry",
            ["short_name_new_row", "use_of_funds", "no_event"],
            firms=[f("Saigon Photonics")],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch UBND TP.HCM Võ Minh Khôi đề nghị khu công nghệ cao rút thời gian giải quyết hồ sơ cấp phép xuống còn 15 ngày.",
            "2022-06-28",
            "ministry",
            ["person_role_before", "duration_not_count", "no_event"],
            organizations=["Ủy ban nhân dân TP.HCM"],
            persons=[per("Võ Minh Khôi", "Chủ tịch UBND TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Tính từ đầu năm, Ban Quản lý Khu công nghệ cao TP.HCM đã cấp mới 6 dự án và điều chỉnh vốn cho 9 dự án.",
            "2022-06-28",
            "ministry",
            ["nfd", "period_total", "count", "unnamed_projects", "no_event"],
            organizations=["Ban Quản lý Khu công nghệ cao TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(6, "dự án"), c(9, "dự án")],
            events=[],
        ),
    ]
    # --- S4/S15: licences received, a zone board's certificate with incentives, tag lists, a 2008 groundbreaking ---
    rows += [
        h(
            n(),
            "Nhà máy bảng mạch camera của Công ty TNHH Điện tử Hanbit Đồng Nai, thiết kế cho 90 triệu sản phẩm mỗi năm, đã có giấy chứng nhận đầu tư từ hôm 18/4.",
            "2025-04-19",
            "provincial",
            ["licence_received", "no_grantor", "province_in_firm_name", "capacity_no_count", "deal_date"],
            firms=[f("Điện tử Hanbit Đồng Nai", "Công ty TNHH")],
            deals=[deal("investment", ["Điện tử Hanbit Đồng Nai"], None, None, "2025-04-18")],
            events=[ev("investment_licence", [F("Điện tử Hanbit Đồng Nai")], None, None, None, "licensed")],
        ),
        h(
            n(),
            "Kèm theo giấy chứng nhận đăng ký đầu tư mà Ban Quản lý các KCN tỉnh Bà Rịa - Vũng Tàu trao ngày 7/5, Tập đoàn Seongjin Materials (Hàn Quốc) được miễn thuế thu nhập doanh nghiệp 4 năm cho nhà máy màng bán dẫn tại KCN Phú Mỹ 3.",
            "2025-05-08",
            "provincial",
            [
                "licence",
                "grantor_in_relative_clause",
                "incentive",
                "country_bracket",
                "duration_not_count",
                "deal_date",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bà Rịa - Vũng Tàu"],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            firms=[f("Seongjin Materials", "Tập đoàn")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Phú Mỹ 3")],
            deals=[deal("investment", ["Seongjin Materials"], None, HCM, "2025-05-07")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Bà Rịa - Vũng Tàu"), F("Seongjin Materials")],
                    None,
                    None,
                    HCM,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Theo thông cáo phát đi ngày 2.9, Daewon Circuit đã có giấy chứng nhận đầu tư cho nhà máy bảng mạch mềm tại KCN Bàu Bàng (Bình Dương); tập đoàn chưa công bố vốn.",
            "2024-09-03",
            "ministry",
            [
                "licence_received",
                "press_release_date_not_deal_date",
                "dotted_date",
                "bare_brand",
                "province_in_bracket",
            ],
            provinces=[pv("Bình Dương")],
            firms=[f("Daewon Circuit")],
            locations=[park("Khu công nghiệp Bàu Bàng")],
            deals=[deal("investment", ["Daewon Circuit"], None, HCM)],
            events=[ev("investment_licence", [F("Daewon Circuit")], None, None, HCM, "licensed")],
        ),
        h(
            n(),
            "Đối tác màn hình của Apple cân nhắc địa điểm nhà máy ở Việt Nam\nSkyview Display Technology Co Ltd (Trung Quốc) cho biết đang chọn giữa Đồng Nai và Bắc Ninh cho một dự án tấm nền, chưa công bố vốn.",
            "2023-07-26",
            "ministry",
            ["tag_list", "headline_lead", "site_under_study_no_deal", "co_ltd_without_dots", "no_event"],
            provinces=[pv("Đồng Nai"), pv("Bắc Ninh")],
            firms=[f("Apple"), f("Skyview Display Technology", "Co., Ltd.")],
            locations=[country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Hon Lin Precision, đơn vị lắp ráp máy tính bảng cho Apple, đã thuê nhà xưởng ở Đồng Nai và đang lắp đặt máy móc, một quan chức Văn phòng Chính phủ cho biết.",
            "2023-07-26",
            "ministry",
            ["tag_list", "lease_unnamed_lessor", "supplier_status_no_contract", "apposition", "no_event"],
            organizations=["Văn phòng Chính phủ"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Hon Lin Precision"), f("Apple")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy động cơ rung mini cho điện thoại của Công ty TNHH Quang điện tử Kyoei Việt Nam tại KCN Long Thành (Đồng Nai) đã được khởi công sáng 12/8, với vốn giai đoạn đầu 38 triệu USD.",
            "2008-08-13",
            "provincial",
            [
                "groundbreaking_passive",
                "plant_of_firm",
                "province_in_bracket",
                "first_phase_amount",
                "deal_date",
            ],
            provinces=[pv("Đồng Nai")],
            firms=[f("Quang điện tử Kyoei", "Công ty TNHH")],
            money=[m(38 * M, "USD")],
            locations=[park("Khu công nghiệp Long Thành")],
            deals=[deal("groundbreaking", ["Quang điện tử Kyoei"], 38 * M, DN, "2008-08-12")],
            events=[ev("groundbreaking", [F("Quang điện tử Kyoei")], 38 * M, "USD", DN, "started")],
        ),
        h(
            n(),
            "Đợt tuyển dụng đầu tiên dự kiến nhận 800 kỹ thuật viên, phần lớn từ các trường nghề trong tỉnh.",
            "2008-08-13",
            "provincial",
            ["plan", "count", "no_firm", "no_event"],
            quantities=[c(800, "kỹ thuật viên")],
            events=[],
        ),
        h(
            n(),
            "Tây Ninh: nhà máy cuộn cảm 24 triệu USD nhận giấy chứng nhận đầu tư\nDự án do Công ty TNHH Công nghệ Hsin Tai Việt Nam (thuộc tập đoàn cùng tên của Đài Loan) làm chủ đầu tư, đặt tại KCN Phước Đông; UBND tỉnh Tây Ninh trao giấy sáng 14/1.",
            "2026-01-15",
            "ministry",
            [
                "tag_page",
                "headline_lead",
                "licence",
                "amount_in_headline",
                "do_x_lam_chu_dau_tu",
                "grantor_last",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Công nghệ Hsin Tai", "Công ty TNHH")],
            money=[m(24 * M, "USD")],
            locations=[country("Đài Loan"), park("Khu công nghiệp Phước Đông")],
            deals=[deal("investment", ["Công nghệ Hsin Tai"], 24 * M, TNi, "2026-01-14")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Tây Ninh"), F("Công nghệ Hsin Tai")],
                    24 * M,
                    "USD",
                    TNi,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Công ty TNHH Cảm biến Orion Tech (Hàn Quốc) sẽ khởi công nhà máy cảm biến hình ảnh 54 triệu USD tại KCN Amata vào tháng 12, sau khi nhận giấy chứng nhận đăng ký đầu tư từ Ban Quản lý các KCN Đồng Nai ngày 11/11.",
            "2024-11-12",
            "provincial",
            [
                "licence_in_clause",
                "planned_groundbreaking_with_licence",
                "country_bracket",
                "grantor_last",
                "deal_date",
            ],
            organizations=["Ban Quản lý các Khu công nghiệp Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Cảm biến Orion Tech", "Công ty TNHH")],
            money=[m(54 * M, "USD")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Amata")],
            deals=[deal("investment", ["Cảm biến Orion Tech"], 54 * M, DN, "2024-11-11")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN Đồng Nai"), F("Cảm biến Orion Tech")],
                    54 * M,
                    "USD",
                    DN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Dự án nhà máy linh kiện pin lưu trữ của Công ty TNHH Năng lượng Yuanfeng Việt Nam (Trung Quốc) tại KCN Becamex Bình Phước, xã Chơn Thành, tỉnh Đồng Nai được cấp chứng nhận ngày 6/1 với tổng vốn 120 triệu USD.",
            "2026-01-08",
            "provincial",
            [
                "licence_passive_no_grantor",
                "province_in_park_name",
                "new_province_after_commune",
                "deal_date",
            ],
            provinces=[pv("Bình Phước"), pv("Đồng Nai")],
            firms=[f("Năng lượng Yuanfeng", "Công ty TNHH")],
            money=[m(120 * M, "USD")],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Becamex Bình Phước")],
            deals=[deal("investment", ["Năng lượng Yuanfeng"], 120 * M, DN, "2026-01-06")],
            events=[ev("investment_licence", [F("Năng lượng Yuanfeng")], 120 * M, "USD", DN, "licensed")],
        ),
    ]
    # --- S5/S13: Long An and Tây Ninh after the merger: a park broken ground, clusters, totals, a portal title ---
    rows += [
        h(
            n(),
            "Long An có thêm khu công nghiệp quy mô lớn\nLễ khởi công KCN Thạnh Phú Tân rộng 1.250 ha ở huyện Thạnh Hóa diễn ra sáng nay, chủ đầu tư là Công ty CP Đầu tư Hạ tầng Tân Đô.",
            "2023-05-20",
            "ministry",
            [
                "category_blurb",
                "headline_lead",
                "park_groundbreaking",
                "investor_label_after",
                "district",
                "no_day",
            ],
            provinces=[pv("Long An")],
            firms=[f("Đầu tư Hạ tầng Tân Đô", "Công ty CP")],
            areas=[ha(1250)],
            locations=[park("Khu công nghiệp Thạnh Phú Tân"), district("huyện Thạnh Hóa")],
            deals=[deal("groundbreaking", ["Đầu tư Hạ tầng Tân Đô"], None, TNi)],
            events=[ev("groundbreaking", [F("Đầu tư Hạ tầng Tân Đô")], None, None, TNi, "started")],
        ),
        h(
            n(),
            "Khu vực Long An (cũ) hiện có 3 cụm công nghiệp đang san lấp mặt bằng, lớn nhất là CCN Mỹ Lộc 2 rộng 68 ha.",
            "2025-08-04",
            "ministry",
            ["category_blurb", "former_province_cu", "count", "area", "cluster", "no_event"],
            provinces=[pv("Long An")],
            quantities=[c(3, "cụm công nghiệp")],
            areas=[ha(68)],
            locations=[park("Cụm công nghiệp Mỹ Lộc 2")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy ô tô điện của VinFast tại Ấn Độ sẽ động thổ trong quý tới, vốn giai đoạn đầu 500 triệu USD",
            "2023-12-20",
            "ministry",
            ["title_only", "planned_groundbreaking", "first_phase_amount", "abroad"],
            firms=[f("VinFast")],
            money=[m(500 * M, "USD")],
            locations=[country("Ấn Độ")],
            deals=[deal("investment", ["VinFast"], 500 * M)],
            events=[ev("investment_announcement", [F("VinFast")], 500 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Vốn FDI lũy kế tại các KCN của Tây Ninh vào khoảng 17 tỉ USD, phân bổ trên 45 khu với quỹ đất quy hoạch chừng 14.200 ha.",
            "2025-10-14",
            "ministry",
            ["cumulative", "count", "approx", "area", "no_event"],
            provinces=[pv("Tây Ninh")],
            money=[m(17 * B, "USD", approx=True)],
            quantities=[c(45, "khu")],
            areas=[ha(14200, True)],
            events=[],
        ),
        h(
            n(),
            "Từ tháng 1 đến tháng 9, các nhà đầu tư FDI hiện hữu bổ sung 455 triệu USD, nhiều hơn vốn của 131 dự án mới cộng lại.",
            "2025-10-14",
            "ministry",
            ["nfd", "period_total", "count", "unnamed_investors", "no_event"],
            money=[m(455 * M, "USD")],
            quantities=[c(131, "dự án")],
            events=[],
        ),
        h(
            n(),
            "CCN Tân Hoà Đông, lớn nhất trong số các cụm đang hoạt động, đã cho thuê gần 80% diện tích.",
            "2025-10-14",
            "ministry",
            ["old_tone", "percentage", "cluster", "no_event"],
            percentages=[80],
            locations=[park("Cụm công nghiệp Tân Hòa Đông")],
            events=[],
        ),
        h(
            n(),
            "Thẻ: mục tiêu phát triển\nTây Ninh đặt mục tiêu tăng trưởng GRDP năm 2026 đạt 10-10,5%, thu hút ít nhất 150 dự án mới.",
            "2025-12-30",
            "ministry",
            ["tag_page", "target", "percentage_range", "count", "approx", "no_event"],
            provinces=[pv("Tây Ninh")],
            percentages=[10, 10.5],
            quantities=[c(150, "dự án", True)],
            events=[],
        ),
        h(
            n(),
            "Tây Ninh công bố 64 dự án mời gọi nhà đầu tư năm 2025 - Cổng thông tin điện tử tỉnh Tây Ninh",
            "2025-03-03",
            "legal",
            ["portal_title", "call_for_investment", "count", "no_event"],
            provinces=[pv("Tây Ninh")],
            quantities=[c(64, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Sáng 20/8, Phó Chủ tịch UBND tỉnh Tây Ninh Nguyễn Văn Đạt trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Linh kiện Điện tử Minh Đức Long An, dự án sản xuất tụ điện tại KCN Tân Đức, xã Đức Hoà, vốn 1.150 tỷ đồng.",
            "2025-08-21",
            "provincial",
            [
                "nfd",
                "old_tone",
                "licence",
                "leader_committee_party",
                "old_province_in_firm_name",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            persons=[per("Nguyễn Văn Đạt", "Phó Chủ tịch UBND tỉnh Tây Ninh")],
            provinces=[pv("Tây Ninh")],
            firms=[f("Linh kiện Điện tử Minh Đức Long An", "Công ty TNHH")],
            money=[m(1150 * B, "VND")],
            locations=[park("Khu công nghiệp Tân Đức")],
            deals=[deal("investment", ["Linh kiện Điện tử Minh Đức Long An"], 1150 * B, TNi, "2025-08-20")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Tây Ninh"), F("Linh kiện Điện tử Minh Đức Long An")],
                    1150 * B,
                    "VND",
                    TNi,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Nhà máy cáp tín hiệu 45 triệu USD của Tập đoàn Kim Xương (Trung Quốc) được khởi công ngày 15/7 tại KCN Hựu Thạnh, tỉnh Long An (nay thuộc tỉnh Tây Ninh).",
            "2025-07-16",
            "provincial",
            ["groundbreaking_passive", "old_and_new_province", "plant_of_firm", "deal_date"],
            provinces=[pv("Long An"), pv("Tây Ninh")],
            firms=[f("Kim Xương", "Tập đoàn")],
            money=[m(45 * M, "USD")],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Hựu Thạnh")],
            deals=[deal("groundbreaking", ["Kim Xương"], 45 * M, TNi, "2025-07-15")],
            events=[ev("groundbreaking", [F("Kim Xương")], 45 * M, "USD", TNi, "started")],
        ),
        h(
            n(),
            "KCN Thành Thành Công, Tây Ninh (ảnh minh họa)",
            "2025-10-14",
            "ministry",
            ["caption", "park_named_like_firm", "no_event"],
            provinces=[pv("Tây Ninh")],
            locations=[park("Khu công nghiệp Thành Thành Công")],
            events=[],
        ),
    ]
    # --- S7: a Vietnamese firm founds a chip packaging plant (four pages on one such event gave the shapes) ---
    rows += [
        h(
            n(),
            "Thêm một nhà máy đóng gói chip của doanh nghiệp Việt\nNhà máy Đóng gói vi mạch của Công ty CP Công nghệ Bán dẫn Tân Cảng được công bố thành lập sáng 6/3 tại KCN Bàu Bàng (TP.HCM); dây chuyền đầu tiên sẽ chạy từ quý III.",
            "2026-03-07",
            "ministry",
            [
                "headline_lead",
                "plant_founded_announced_passive",
                "planned_opening",
                "province_in_bracket",
                "deal_date",
            ],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Công nghệ Bán dẫn Tân Cảng", "Công ty CP")],
            locations=[park("Khu công nghiệp Bàu Bàng")],
            deals=[deal("investment", ["Công nghệ Bán dẫn Tân Cảng"], None, HCM, "2026-03-06")],
            events=[
                ev("investment_announcement", [F("Công nghệ Bán dẫn Tân Cảng")], None, None, HCM, "announced")
            ],
        ),
        h(
            n(),
            "Vốn cho pha đầu khoảng 560 tỷ đồng, đủ lắp 4 dây chuyền hàn dây, đúc vỏ trên 3.400 m2 nhà xưởng.",
            "2026-03-07",
            "ministry",
            ["project_details_no_firm", "count", "area_m2", "approx", "no_event"],
            money=[m(560 * B, "VND", approx=True)],
            quantities=[c(4, "dây chuyền")],
            areas=[ha(0.34)],
            events=[],
        ),
        h(
            n(),
            "Việc ra đời nhà máy nằm trong lộ trình của Chiến lược phát triển công nghiệp bán dẫn ban hành kèm Quyết định 1018/QĐ-TTg ngày 21/9/2024.",
            "2026-03-07",
            "ministry",
            ["decision_with_date", "no_firm", "no_event"],
            decisions=[d("1018/QĐ-TTg", "2024-09-21")],
            events=[],
        ),
        h(
            n(),
            "“Chúng tôi bắt đầu từ chip nguồn và cảm biến, vì khách hàng trong nước vẫn phải gửi sang Malaysia để đóng gói”, bà Lâm Ngọc Hân, Tổng Giám đốc Tân Cảng Semicon, chia sẻ.",
            "2026-03-07",
            "ministry",
            ["quote", "person_role_after", "firm_in_role", "no_event"],
            persons=[per("Lâm Ngọc Hân", "Tổng Giám đốc Tân Cảng Semicon")],
            firms=[f("Tân Cảng Semicon")],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Dự lễ có đồng chí Võ Thành Nhân - Phó Chủ tịch UBND TP.HCM cùng đại diện các sở, ngành của thành phố.",
            "2026-03-07",
            "ministry",
            ["nfd", "attendee_list", "dong_chi", "role_after_dash", "no_event"],
            organizations=["Ủy ban nhân dân TP.HCM"],
            persons=[per("Võ Thành Nhân", "Phó Chủ tịch UBND TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Giai đoạn 2 (2028-2030) sẽ bổ sung công đoạn kiểm thử cuối, nâng công suất lên khoảng 600 triệu chip/năm.",
            "2026-03-07",
            "ministry",
            ["plan", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Theo doanh nghiệp, khoảng 70% sản lượng pha đầu đã có khách đặt trước, chủ yếu là các công ty thiết kế chip trong nước.",
            "2026-03-07",
            "ministry",
            ["percentage", "unnamed_customers", "no_event"],
            percentages=[70],
            events=[],
        ),
        h(
            n(),
            "Công ty CP Bán dẫn Long Thành Micro dự kiến rót 1.200 tỷ đồng xây dây chuyền đóng gói chip công suất thấp tại KCN Lộc An - Bình Sơn (Đồng Nai) từ năm 2027.",
            "2026-03-07",
            "ministry",
            ["announced_investment", "rot_von", "park_with_dash", "province_in_bracket"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Bán dẫn Long Thành Micro", "Công ty CP")],
            money=[m(1200 * B, "VND")],
            locations=[park("Khu công nghiệp Lộc An - Bình Sơn")],
            deals=[deal("investment", ["Bán dẫn Long Thành Micro"], 1200 * B, DN)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Bán dẫn Long Thành Micro")],
                    1200 * B,
                    "VND",
                    DN,
                    "announced",
                )
            ],
        ),
    ]
    # --- S8/S16: suppliers' wishes, an explainer, bilingual contract templates, a flattened FDI table ---
    rows += [
        h(
            n(),
            '"nhà cung ứng nội địa" - Xưởng cơ khí nhỏ tìm đường vào chuỗi chip\nCông ty TNHH Cơ khí Tân Thuận Phát vừa đạt chứng nhận phòng sạch và đang chào giá đồ gá cho hai nhà máy bán dẫn ở TP.HCM, theo ông Lương Đức Toàn, giám đốc công ty.',
            "2024-09-25",
            "ministry",
            ["tag_page", "headline_lead", "quote_price_no_contract", "person_role_after_lower", "no_event"],
            persons=[per("Lương Đức Toàn", "giám đốc công ty")],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Cơ khí Tân Thuận Phát", "Công ty TNHH")],
            events=[],
        ),
        h(
            n(),
            "Tỷ lệ nội địa hóa của ngành điện tử mới khoảng 10-15%, linh kiện giá trị cao vẫn chủ yếu nhập từ Hàn Quốc và Trung Quốc.",
            "2020-11-05",
            "ministry",
            ["explainer", "percentage_range", "countries_list", "no_event"],
            percentages=[10, 15],
            locations=[country("Hàn Quốc"), country("Trung Quốc")],
            events=[],
        ),
        h(
            n(),
            "Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 xếp linh kiện điện tử, cơ khí chế tạo, dệt may - da giày và công nghiệp công nghệ cao vào nhóm ngành công nghiệp hỗ trợ được ưu đãi.",
            "2020-11-05",
            "ministry",
            ["explainer", "decision_with_date", "zero_padded_month", "no_event"],
            decisions=[d("111/2015/NĐ-CP", "2015-11-03")],
            events=[],
        ),
        h(
            n(),
            "HỢP ĐỒNG GIA CÔNG LINH KIỆN / COMPONENT PROCESSING CONTRACT\nSố/No: ....../2025/HĐGC\nBÊN ĐẶT GIA CÔNG / PARTY A: ..............................\nBÊN NHẬN GIA CÔNG / PARTY B: ..............................",
            "2022-08-30",
            "legal",
            ["contract_template", "bilingual", "blank_parties", "no_event"],
            events=[],
        ),
        h(
            n(),
            "HỢP ĐỒNG NGUYÊN TẮC MUA BÁN LINH KIỆN\nBÊN MUA / THE BUYER: CÔNG TY TNHH ĐIỆN TỬ VIỆT TÂN UYÊN\nĐại diện: Ông Hà Quang Dũng - Chức vụ: Tổng Giám đốc\nĐịa chỉ: Lô C4, KCN Nam Tân Uyên, phường Tân Hiệp, TP.HCM\nBÊN BÁN / THE SELLER: ..........................",
            "2023-04-12",
            "legal",
            [
                "contract_template",
                "bilingual",
                "all_caps_firm",
                "one_side_blank",
                "role_after_label",
                "no_event",
            ],
            persons=[per("Hà Quang Dũng", "Tổng Giám đốc")],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Điện tử Việt Tân Uyên", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Nam Tân Uyên")],
            events=[],
        ),
        h(
            n(),
            "HỢP ĐỒNG NGUYÊN TẮC MUA BÁN HÀNG HÓA\nHôm nay, ngày 06/3/2025, tại Bình Dương, chúng tôi gồm:\nBÊN BÁN: CÔNG TY CỔ PHẦN KHUÔN MẪU CHÍNH XÁC BÌNH AN\nBÊN MUA: CÔNG TY TNHH SANWA OPTICS VIỆT NAM",
            "2025-03-10",
            "legal",
            ["contract_header", "labelled_parties", "all_caps_firms", "signing_place_not_site", "deal_date"],
            provinces=[pv("Bình Dương")],
            firms=[f("Khuôn mẫu Chính xác Bình An", "Công ty CP"), f("Sanwa Optics", "Công ty TNHH")],
            deals=[
                deal(
                    "supply_contract",
                    ["Khuôn mẫu Chính xác Bình An", "Sanwa Optics"],
                    None,
                    None,
                    "2025-03-06",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Khuôn mẫu Chính xác Bình An"), F("Sanwa Optics")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            n(),
            "Điều 3. Tiêu thụ sản phẩm\n3.1. Bên B bán ra thị trường nội địa không quá 30% sản lượng; phần còn lại xuất khẩu.\n3.2. Địa điểm giao hàng: kho của Bên A tại KCN Long Hậu, tỉnh Long An.",
            "2022-08-30",
            "legal",
            [
                "contract_clauses",
                "numbered_items",
                "percentage",
                "ceiling_not_approx",
                "no_parties",
                "no_event",
            ],
            provinces=[pv("Long An")],
            percentages=[30],
            locations=[park("Khu công nghiệp Long Hậu")],
            events=[],
        ),
        h(
            n(),
            "STT | Tỉnh, thành phố | Số dự án | Vốn đăng ký (USD) | Vốn thực hiện (USD)\n12 | Đồng Nai | 41 | 1.284.500.000 | 612.330.000\n13 | Bình Dương | 38 | 1.107.920.000 | 498.100.000",
            "2009-05-18",
            "ministry",
            ["thesis", "flattened_table", "bare_numbers_no_count", "no_event"],
            provinces=[pv("Đồng Nai"), pv("Bình Dương")],
            money=[
                m(1_284_500_000, "USD"),
                m(612_330_000, "USD"),
                m(1_107_920_000, "USD"),
                m(498_100_000, "USD"),
            ],
            events=[],
        ),
        h(
            n(),
            "Bình Dương và Đồng Nai cộng lại có 183 dự án liên doanh, ít hơn nhiều so với số dự án 100% vốn nước ngoài (bảng 2.7).",
            "2009-05-18",
            "ministry",
            ["nfd", "thesis", "count", "percentage", "joint_venture_word_no_deal", "no_event"],
            provinces=[pv("Bình Dương"), pv("Đồng Nai")],
            percentages=[100],
            quantities=[c(183, "dự án")],
            events=[],
        ),
        h(
            n(),
            "tải tài liệu chuỗi cung ứng điện tử ASEAN pdf miễn phí",
            "2023-01-01",
            "ministry",
            ["tag_title", "lower_case", "no_event"],
            events=[],
        ),
    ]
    # --- S9: a US chip maker: an injection abroad, a working session with the city, a supplier summit ---
    rows += [
        h(
            n(),
            "Norwell Semiconductor nâng vốn cho cơ sở Penang thêm 280 triệu USD\nKhoản tiền sẽ dùng để lắp thêm dây chuyền kiểm thử bộ xử lý, theo thông cáo của hãng chip Mỹ.",
            "2025-06-03",
            "ministry",
            ["headline_lead", "announced_investment_abroad", "country_adjective_vi"],
            firms=[f("Norwell Semiconductor")],
            money=[m(280 * M, "USD")],
            locations=[country("Mỹ")],
            deals=[deal("investment", ["Norwell Semiconductor"], 280 * M)],
            events=[
                ev("investment_announcement", [F("Norwell Semiconductor")], 280 * M, "USD", None, "announced")
            ],
        ),
        h(
            n(),
            "Malaysia hiện là nơi Norwell đặt ba trong năm cơ sở kiểm thử của hãng.",
            "2025-06-03",
            "ministry",
            ["background", "count_in_words", "bare_brand", "no_event"],
            firms=[f("Norwell")],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            n(),
            "Tại buổi làm việc ngày 22/10 với lãnh đạo thành phố, Tổng giám đốc Norwell Products Việt Nam Marcus Leung đề nghị TP.HCM sớm bảo đảm nguồn điện ổn định cho phần nhà xưởng mở rộng.",
            "2025-10-25",
            "ministry",
            ["working_session", "person_role_before", "request_no_deal", "no_event"],
            persons=[per("Marcus Leung", "Tổng giám đốc Norwell Products Việt Nam")],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Norwell Products")],
            events=[],
        ),
        h(
            n(),
            "Chủ tịch UBND TP.HCM Trương Quốc Hưng giao các sở xử lý dứt điểm kiến nghị của doanh nghiệp trong tháng 11.",
            "2025-10-25",
            "ministry",
            ["person_role_before", "instruction_no_deal", "no_event"],
            organizations=["Ủy ban nhân dân TP.HCM"],
            persons=[per("Trương Quốc Hưng", "Chủ tịch UBND TP.HCM")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Norwell opens supplier programme to Vietnamese machine shops\n• Norwell mở chương trình nhà cung cấp cho xưởng cơ khí Việt Nam\nLocal firms that pass its audit can bid for fixtures and spare parts from next quarter.",
            "2025-05-14",
            "ministry",
            ["english_copy", "bilingual", "headline_lead", "programme_no_deal", "no_event"],
            firms=[f("Norwell")],
            events=[],
        ),
        h(
            n(),
            "Priya Raman, executive vice president for global operations at Norwell, told the meeting that three Vietnamese shops had already qualified.",
            "2025-05-14",
            "ministry",
            ["english_copy", "person_role_after", "count_in_words", "no_event"],
            persons=[per("Priya Raman", "executive vice president for global operations at Norwell")],
            firms=[f("Norwell")],
            events=[],
        ),
    ]
    # --- S10/S11: a Deputy Prime Minister receives an association, a university, policy blurbs, Đồng Nai tags ---
    rows += [
        h(
            n(),
            "Nhân lực cho nhà máy chip phía Nam\nPhó Thủ tướng Nguyễn Chí Dũng và đoàn Hiệp hội Công nghiệp Bán dẫn Hàn Quốc đã trao đổi về nguồn kỹ sư cho các nhà máy ở Đồng Nai và TP.HCM.",
            "2025-09-19",
            "ministry",
            [
                "portal",
                "headline_lead",
                "reception_no_deal",
                "country_in_org_name",
                "person_role_before",
                "no_event",
            ],
            organizations=["Hiệp hội Công nghiệp Bán dẫn Hàn Quốc"],
            persons=[per("Nguyễn Chí Dũng", "Phó Thủ tướng")],
            provinces=[pv("Đồng Nai"), pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Trường Đại học Công nghệ Đồng Nai tuyển sinh ngành Vi mạch bán dẫn năm 2025",
            "2025-03-12",
            "ministry",
            ["university_blurb", "province_in_org_name", "no_event"],
            organizations=["Trường Đại học Công nghệ Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Thị trường chip toàn cầu được dự báo vượt 1.000 tỷ USD vào năm 2030, mở ra cơ hội để Việt Nam tham gia sâu hơn vào khâu đóng gói, kiểm thử.",
            "2024-06-01",
            "ministry",
            ["tag_blurb", "forecast", "approx", "no_event"],
            money=[m(1000 * B, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Theo một bài nghiên cứu chính sách gần đây, thiếu kỹ sư quy trình là điểm nghẽn lớn nhất của các nhà máy bán dẫn phía Nam.",
            "2024-04-09",
            "ministry",
            ["policy_article", "no_firm", "no_event"],
            events=[],
        ),
        h(
            n(),
            "công văn số 2147/UBND-KT\nKCN Tam Phước 2 có thể được chuyển thành khu đô thị - dịch vụ nếu Thủ tướng Chính phủ đồng ý đề xuất của Đồng Nai.",
            "2023-10-02",
            "ministry",
            ["tag_page", "several_lines", "dispatch_number_no_date", "lower_case", "no_event"],
            organizations=["Thủ tướng Chính phủ"],
            provinces=[pv("Đồng Nai")],
            decisions=[d("2147/UBND-KT")],
            locations=[park("Khu công nghiệp Tam Phước 2")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp phụ trợ Đồng Nai chờ đơn hàng từ nhà máy chip\nKhoảng 650 doanh nghiệp công nghiệp hỗ trợ của tỉnh mới có vài chục đơn vị đạt chuẩn cung ứng cho tập đoàn đa quốc gia.\nMinh Tâm - Hải Yến",
            "2019-11-08",
            "ministry",
            ["video_blurb", "headline_lead", "byline_persons", "count", "approx", "no_event"],
            persons=[per("Minh Tâm", None), per("Hải Yến", None)],
            provinces=[pv("Đồng Nai")],
            quantities=[c(650, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "Theo quyết định của UBND tỉnh Đồng Nai, 71,4 ha đất tại xã Trảng Bom được cho Công ty CP Hạ tầng Công nghiệp Hố Nai Xanh thuê trong 50 năm để làm hạ tầng KCN Hố Nai giai đoạn 3.",
            "2021-07-19",
            "provincial",
            ["state_land_lease", "passive_lease", "area", "duration_not_count"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Hạ tầng Công nghiệp Hố Nai Xanh", "Công ty CP")],
            areas=[ha(71.4)],
            locations=[park("Khu công nghiệp Hố Nai")],
            events=[
                ev(
                    "cooperation",
                    [G("UBND tỉnh Đồng Nai"), F("Hạ tầng Công nghiệp Hố Nai Xanh")],
                    None,
                    None,
                    DN,
                    "signed",
                )
            ],
        ),
    ]
    # --- S12: a Japanese parts maker opens its third plant in Bình Dương (provincial daily) ---
    rows += [
        h(
            n(),
            "Kogane Seimitsu khánh thành nhà máy thứ ba ở Bến Cát\n(BDO) Với tổng vốn hơn 620 tỷ đồng, xưởng gia công trục và bánh răng chính xác của Công ty TNHH Kogane Seimitsu Việt Nam tại KCN Mỹ Phước 2 đã được khánh thành sáng 9-5, sau 5 tháng chạy thử.",
            "2019-05-10",
            "provincial",
            ["headline_lead", "source_tag", "inauguration_capital_first", "passive", "approx", "deal_date"],
            firms=[f("Kogane Seimitsu", "Công ty TNHH")],
            money=[m(620 * B, "VND", approx=True)],
            locations=[park("Khu công nghiệp Mỹ Phước 2")],
            deals=[deal("investment", ["Kogane Seimitsu"], 620 * B, None, "2019-05-09")],
            events=[ev("inauguration", [F("Kogane Seimitsu")], 620 * B, "VND", None, "completed")],
        ),
        h(
            n(),
            "Khách hàng chính của doanh nghiệp là các hãng máy công cụ Nhật Bản; khoảng 15% sản lượng được bán cho nhà máy trong nước.",
            "2019-05-10",
            "provincial",
            ["background", "percentage", "no_event"],
            percentages=[15],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            n(),
            "Doanh nghiệp hiện sử dụng khoảng 2.400 lao động, phần lớn là người địa phương.",
            "2019-05-10",
            "provincial",
            ["count", "approx", "no_firm", "no_event"],
            quantities=[c(2400, "lao động", True)],
            events=[],
        ),
    ]
    # --- S14: Đồng Nai features: planned parks, the Party resolution, a US optics group's projects ---
    rows += [
        h(
            n(),
            "Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về chính sách công nghiệp quốc gia được tỉnh cụ thể hóa bằng một chương trình hành động riêng cho công nghiệp hỗ trợ.",
            "2023-12-09",
            "ministry",
            ["feature", "decision_with_date", "politburo_org", "no_event"],
            organizations=["Bộ Chính trị"],
            decisions=[d("23-NQ/TW", "2018-03-22")],
            events=[],
        ),
        h(
            n(),
            "Dự án thứ hai của Lumira Photonics (Mỹ) tại KCN Nhơn Trạch 5 được cấp phép hồi tháng 4/2024 với vốn 210 triệu USD.",
            "2024-08-20",
            "ministry",
            ["spam_domain_copy", "recalled_licence", "month_no_day", "deal_no_event"],
            firms=[f("Lumira Photonics")],
            money=[m(210 * M, "USD")],
            locations=[country("Mỹ"), park("Khu công nghiệp Nhơn Trạch 5")],
            deals=[deal("investment", ["Lumira Photonics"], 210 * M)],
            events=[],
        ),
        h(
            n(),
            "Các dự án công nghệ cao ở thành phố Biên Hoà và huyện Nhơn Trạch được ưu tiên giao đất sạch trước.",
            "2023-12-09",
            "ministry",
            ["old_tone", "city_not_district", "district", "no_event"],
            locations=[district("huyện Nhơn Trạch")],
            events=[],
        ),
    ]
    # --- S17: English copy on chip investment: announcements, a US delegation, a Deputy Prime Minister, tax rates ---
    rows += [
        h(
            n(),
            "Hanul Electro-Materials will put a further US$640 million into its substrate plant in Viet Nam, with mass production of FC-BGA boards due next year.",
            "2024-11-18",
            "ministry",
            ["english_copy", "announced_investment", "no_site", "no_event_date"],
            firms=[f("Hanul Electro-Materials")],
            money=[m(640 * M, "USD")],
            deals=[deal("investment", ["Hanul Electro-Materials"], 640 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Hanul Electro-Materials")],
                    640 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            n(),
            "Intel has put $1.5 billion into its HCM City site since 2006.",
            "2024-11-18",
            "ministry",
            ["english_copy", "recalled_investment", "cumulative_by_firm", "deal_no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Intel")],
            money=[m(1.5 * B, "USD")],
            deals=[deal("investment", ["Intel"], 1.5 * B, HCM)],
            events=[],
        ),
        h(
            n(),
            "Disbursed FDI hit $19.6 billion by the end of October, 8.8 per cent more than a year earlier, according to Đỗ Nhật Quang, head of the Foreign Investment Agency under the Ministry of Finance.",
            "2024-11-18",
            "ministry",
            ["english_copy", "person_role_after", "orgs_in_role", "statistics", "percentage", "no_event"],
            organizations=["Foreign Investment Agency", "Ministry of Finance"],
            persons=[
                per("Đỗ Nhật Quang", "head of the Foreign Investment Agency under the Ministry of Finance")
            ],
            money=[m(19.6 * B, "USD")],
            percentages=[8.8],
            events=[],
        ),
        h(
            n(),
            "A $150 million assembly line for power chips is being planned in Đồng Nai by Ramsey Silicon, whose vice president Daniel Trần led the delegation.",
            "2024-04-08",
            "ministry",
            ["english_copy", "announced_investment", "passive_plan", "person_role_before_lower"],
            persons=[per("Daniel Trần", "vice president")],
            provinces=[pv("Đồng Nai")],
            firms=[f("Ramsey Silicon")],
            money=[m(150 * M, "USD")],
            deals=[deal("investment", ["Ramsey Silicon"], 150 * M, DN)],
            events=[ev("investment_announcement", [F("Ramsey Silicon")], 150 * M, "USD", DN, "announced")],
        ),
        h(
            n(),
            "At a meeting in Hanoi on Tuesday, the Japan Electronics and Information Technology Industries Association told Deputy Prime Minister Nguyễn Chí Dũng that 30 of its members were studying sites in southern provinces.",
            "2025-07-02",
            "ministry",
            [
                "english_copy",
                "person_role_before",
                "country_in_org_name",
                "weekday_no_date",
                "count",
                "no_event",
            ],
            organizations=["Japan Electronics and Information Technology Industries Association"],
            persons=[per("Nguyễn Chí Dũng", "Deputy Prime Minister")],
            provinces=[pv("Hà Nội")],
            quantities=[c(30, "members")],
            events=[],
        ),
    ]
    # --- S18: English copy on Đồng Nai: a portal title, a quarter's investments, an expansion, a licence tally ---
    rows += [
        h(
            n(),
            "Dong Nai's electronics exports up 14 per cent - DongNai: Web portal",
            "2025-09-18",
            "ministry",
            ["english_copy", "portal_title", "unaccented_province", "percentage", "no_event"],
            provinces=[pv("Đồng Nai")],
            percentages=[14],
            events=[],
        ),
        h(
            n(),
            "Electronics and plastics lead Dong Nai's first-quarter FDI\nThe two sectors took almost half of the $1.8 billion in new and added capital, the Dong Nai Industrial Zones Management Authority said.",
            "2022-04-20",
            "ministry",
            ["english_copy", "headline_lead", "unaccented_province", "english_authority", "no_event"],
            organizations=["Dong Nai Industrial Zones Management Authority"],
            provinces=[pv("Đồng Nai")],
            money=[m(1.8 * B, "USD")],
            events=[],
        ),
        h(
            n(),
            "Seoul Precision Vina Co., Ltd. led the list with a $75 million camera-module plant in the Nhon Trach 2 Industrial Park, ahead of Kaneda Packaging (Vietnam) Co., Ltd., which is adding a $42 million line for printed cartons in the Amata Industrial Park.",
            "2022-04-20",
            "ministry",
            [
                "english_copy",
                "project_lines_no_licence_verb",
                "trailing_vina",
                "vietnam_bracket_dropped",
                "english_park_no_location",
            ],
            firms=[f("Seoul Precision", "Co., Ltd."), f("Kaneda Packaging", "Co., Ltd.")],
            money=[m(75 * M, "USD"), m(42 * M, "USD")],
            deals=[
                deal("investment", ["Seoul Precision"], 75 * M),
                deal("investment", ["Kaneda Packaging"], 42 * M),
            ],
            events=[
                ev("investment_announcement", [F("Seoul Precision")], 75 * M, "USD", None, "announced"),
                ev("investment_announcement", [F("Kaneda Packaging")], 42 * M, "USD", None, "announced"),
            ],
        ),
        h(
            n(),
            "A $12 million expansion has doubled output at the Đồng Nai plant of Kwangmin Tech, a supplier of charging cables to Samsung.",
            "2016-08-16",
            "ministry",
            ["english_copy", "completed_expansion", "supplier_status_no_contract", "deal_no_event"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Kwangmin Tech"), f("Samsung")],
            money=[m(12 * M, "USD")],
            deals=[deal("investment", ["Kwangmin Tech"], 12 * M, DN)],
            events=[],
        ),
        h(
            n(),
            "Mai Văn Hòa, deputy head of the Dong Nai Industrial Zones Authority, said the authority now answers investors' questions within three working days.",
            "2016-08-16",
            "ministry",
            ["english_copy", "person_role_after", "english_authority", "no_event"],
            organizations=["Dong Nai Industrial Zones Authority"],
            persons=[per("Mai Văn Hòa", "deputy head of the Dong Nai Industrial Zones Authority")],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Dong Nai licensed 61 projects with $512.4 million of foreign capital in the first four months, and officials expect more than 150 by December.",
            "2018-04-22",
            "ministry",
            ["english_copy", "period_total", "count", "no_event"],
            provinces=[pv("Đồng Nai")],
            money=[m(512.4 * M, "USD")],
            quantities=[c(61, "projects")],
            events=[],
        ),
        h(
            n(),
            "The biggest newcomer is a $68 million gearbox-parts unit of Kessler Drive Systems; a $31 million plant for electronic parts came second.",
            "2018-04-22",
            "ministry",
            ["english_copy", "split_row", "unnamed_project"],
            firms=[f("Kessler Drive Systems")],
            money=[m(68 * M, "USD"), m(31 * M, "USD")],
            deals=[deal("investment", ["Kessler Drive Systems"], 68 * M)],
            events=[],
        ),
        h(
            n(),
            "Hoa Sen Electronic Components Co., Ltd., a maker of connectors, received an investment certificate for a $26 million plant at the Giang Dien Industrial Park in Dong Nai on Thursday.",
            "2025-03-08",
            "ministry",
            ["english_copy", "licence_received", "no_grantor", "weekday_no_date", "english_park_no_location"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Hoa Sen Electronic Components", "Co., Ltd.")],
            money=[m(26 * M, "USD")],
            deals=[deal("investment", ["Hoa Sen Electronic Components"], 26 * M, DN)],
            events=[
                ev("investment_licence", [F("Hoa Sen Electronic Components")], 26 * M, "USD", DN, "licensed")
            ],
        ),
    ]
    # --- S19: English copy on Japanese plants in Bình Dương: a visit, totals, a groundbreaking, an opening ---
    rows += [
        h(
            n(),
            "Provincial Party Secretary Nguyễn Hoàng Thao toured the robot cells of Hiroka Hydraulics Vietnam Co., Ltd. on Tuesday and asked how many of its castings now come from local suppliers.",
            "2023-03-07",
            "ministry",
            ["english_copy", "visit_no_deal", "person_role_before", "vietnam_suffix_dropped", "no_event"],
            persons=[per("Nguyễn Hoàng Thao", "provincial Party Secretary")],
            firms=[f("Hiroka Hydraulics", "Co., Ltd.")],
            events=[],
        ),
        h(
            n(),
            "Trần Duy Khang, technical director of Hiroka, said about a third of its castings are now bought in Binh Duong.",
            "2023-03-07",
            "ministry",
            ["english_copy", "person_role_after", "short_name_new_row", "unaccented_province", "no_event"],
            persons=[per("Trần Duy Khang", "technical director of Hiroka")],
            provinces=[pv("Bình Dương")],
            firms=[f("Hiroka")],
            events=[],
        ),
        h(
            n(),
            "Japanese-invested projects in Binh Duong are concentrated in electronic parts, chips and car assembly, the provincial investment office said.",
            "2024-11-25",
            "ministry",
            ["english_copy", "unaccented_province", "unnamed_office", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Takemoto Rubber Group has broken ground on a $28.5 million sealing-parts factory at the Tan Uyen Industrial Park in Binh Duong; the first line should run by mid-2026.",
            "2025-06-12",
            "ministry",
            [
                "english_copy",
                "groundbreaking",
                "broken_ground",
                "group_kept",
                "english_park_no_location",
                "no_day",
            ],
            provinces=[pv("Bình Dương")],
            firms=[f("Takemoto Rubber Group")],
            money=[m(28.5 * M, "USD")],
            deals=[deal("groundbreaking", ["Takemoto Rubber Group"], 28.5 * M, HCM)],
            events=[ev("groundbreaking", [F("Takemoto Rubber Group")], 28.5 * M, "USD", HCM, "started")],
        ),
        h(
            n(),
            "A US$37 million factory making precision springs and stamped parts began operating at the Vietnam-Singapore Industrial Park 2A on March 8, the third plant in Binh Duong for Ryoden Precision Vietnam Co. Ltd.",
            "2023-03-09",
            "ministry",
            ["english_copy", "inauguration_capital", "plant_first", "co_ltd_without_comma", "deal_date"],
            provinces=[pv("Bình Dương")],
            firms=[f("Ryoden Precision", "Co., Ltd.")],
            money=[m(37 * M, "USD")],
            deals=[deal("investment", ["Ryoden Precision"], 37 * M, HCM, "2023-03-08")],
            events=[ev("inauguration", [F("Ryoden Precision")], 37 * M, "USD", HCM, "completed")],
        ),
        h(
            n(),
            "Binh Duong People's Committee chairman Võ Văn Minh asked the firm to hire more graduates of the province's vocational schools.",
            "2023-03-09",
            "ministry",
            ["english_copy", "person_role_before", "english_org", "request_no_deal", "no_event"],
            organizations=["Binh Duong People's Committee"],
            persons=[per("Võ Văn Minh", "Binh Duong People's Committee chairman")],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
    ]
    # --- S20: English copy on electronics makers and their suppliers in the South (2007 report, an essay) ---
    rows += [
        h(
            n(),
            "Suppliers follow the chip makers south\nTen firms that sell to Intel have opened workshops near its $1 billion test plant in the Saigon Hi-Tech Park, the report said.",
            "2007-07-16",
            "ministry",
            [
                "english_copy",
                "headline_lead",
                "recalled_investment",
                "english_park_no_location",
                "count_in_words",
                "deal_no_event",
            ],
            firms=[f("Intel")],
            money=[m(1 * B, "USD")],
            deals=[deal("investment", ["Intel"], 1 * B)],
            events=[],
        ),
        h(
            n(),
            "Norstar EMS, which assembles point-of-sale terminals at the park, said it would add about $80 million to lift output.",
            "2007-07-16",
            "ministry",
            ["english_copy", "announced_investment", "approx", "no_site"],
            firms=[f("Norstar EMS")],
            money=[m(80 * M, "USD", approx=True)],
            deals=[deal("investment", ["Norstar EMS"], 80 * M)],
            events=[ev("investment_announcement", [F("Norstar EMS")], 80 * M, "USD", None, "announced")],
        ),
        h(
            n(),
            "Rexon Industries, a Singapore-based die-caster, ships housings for Norstar's terminals from a workshop in Thu Duc.",
            "2007-07-16",
            "ministry",
            [
                "english_copy",
                "supplier_status_no_contract",
                "singapore_based",
                "english_possessive_brand",
                "no_event",
            ],
            firms=[f("Rexon Industries"), f("Norstar")],
            locations=[country("Singapore")],
            events=[],
        ),
        h(
            n(),
            "More foreign firms eye chip component projects in Vietnam\nIndustries - Mon, Dec 15, 2025 | 10:05 am GMT+7",
            "2025-12-15",
            "ministry",
            ["english_copy", "tag_headline", "dateline_stamp", "no_firm", "no_event"],
            events=[],
        ),
    ]
    # --- More rows in the sampled pages' commonest shapes: a second Đồng Nai round, increases, tags, portals ---
    rows += [
        h(
            n(),
            "Đợt trao giấy CNĐT ngày 24/9 của Đồng Nai gồm hai dự án mới và một dự án tăng vốn, cộng lại gần 205 triệu USD.",
            "2025-09-25",
            "ministry",
            ["round_total", "count_in_words", "approx", "no_event"],
            provinces=[pv("Đồng Nai")],
            money=[m(205 * M, "USD", approx=True)],
            events=[],
        ),
        h(
            n(),
            "Đầu tiên là dự án mở rộng của Công ty TNHH Bo mạch Thái Sơn Circuit (Đài Loan) tại KCN Long Đức, tăng thêm 120 triệu USD.",
            "2025-09-25",
            "ministry",
            ["split_row", "capital_increase_line", "country_bracket"],
            firms=[f("Bo mạch Thái Sơn Circuit", "Công ty TNHH")],
            money=[m(120 * M, "USD")],
            locations=[country("Đài Loan"), park("Khu công nghiệp Long Đức")],
            deals=[deal("investment", ["Bo mạch Thái Sơn Circuit"], 120 * M)],
            events=[],
        ),
        h(
            n(),
            "Xếp thứ ba về vốn là nhà máy linh kiện máy in của Công ty TNHH Tohkai Printing Parts (Nhật Bản) tại KCN Hố Nai, 33 triệu USD.",
            "2025-09-25",
            "ministry",
            ["split_row", "ordinal_line", "country_bracket"],
            firms=[f("Tohkai Printing Parts", "Công ty TNHH")],
            money=[m(33 * M, "USD")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Hố Nai")],
            deals=[deal("investment", ["Tohkai Printing Parts"], 33 * M)],
            events=[],
        ),
        h(
            n(),
            "Ban Quản lý các KCN Đồng Nai vừa trao giấy chứng nhận cho 2 dự án: nhà máy vỏ nhôm máy tính xách tay của Công ty TNHH Kim loại Chính xác Yongxin (Trung Quốc), vốn 48 triệu USD, tại KCN Giang Điền; và nhà máy dây dẫn điện của Công ty TNHH Cáp điện Hòa Phú Thịnh, vốn 320 tỷ đồng.",
            "2025-06-17",
            "provincial",
            ["nfd", "licence_round_lines_same_row", "grantor_in_row", "count", "two_licences"],
            organizations=["Ban Quản lý các Khu công nghiệp Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            firms=[
                f("Kim loại Chính xác Yongxin", "Công ty TNHH"),
                f("Cáp điện Hòa Phú Thịnh", "Công ty TNHH"),
            ],
            money=[m(48 * M, "USD"), m(320 * B, "VND")],
            quantities=[c(2, "dự án")],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Giang Điền")],
            deals=[
                deal("investment", ["Kim loại Chính xác Yongxin"], 48 * M, DN),
                deal("investment", ["Cáp điện Hòa Phú Thịnh"], 320 * B, DN),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN Đồng Nai"), F("Kim loại Chính xác Yongxin")],
                    48 * M,
                    "USD",
                    DN,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN Đồng Nai"), F("Cáp điện Hòa Phú Thịnh")],
                    320 * B,
                    "VND",
                    DN,
                    "licensed",
                ),
            ],
        ),
        h(
            n(),
            "Công ty TNHH Điện tử Jintai Sài Gòn vừa được Ban Quản lý các khu chế xuất và công nghiệp TP.HCM cấp giấy chứng nhận điều chỉnh, tăng vốn từ 75 triệu USD lên 130 triệu USD để mở rộng nhà máy tại KCN Mỹ Phước 3 (Bình Dương cũ).",
            "2025-11-06",
            "provincial",
            [
                "nfd",
                "licence_passive_with_grantor",
                "increase_from_to",
                "former_province_cu",
                "place_in_firm_name",
            ],
            organizations=["Ban Quản lý các khu chế xuất và công nghiệp TP.HCM"],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương")],
            firms=[f("Điện tử Jintai Sài Gòn", "Công ty TNHH")],
            money=[m(75 * M, "USD"), m(130 * M, "USD")],
            locations=[park("Khu công nghiệp Mỹ Phước 3")],
            deals=[deal("investment", ["Điện tử Jintai Sài Gòn"], 55 * M, HCM)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các khu chế xuất và công nghiệp TP.HCM"), F("Điện tử Jintai Sài Gòn")],
                    55 * M,
                    "USD",
                    HCM,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Tại KCN Đồng Xoài III (Bình Phước cũ), Công ty TNHH Thiết bị Điện Wanlong Việt Nam vừa được cấp giấy chứng nhận điều chỉnh tăng vốn thêm 36 triệu USD.",
            "2025-10-02",
            "provincial",
            ["licence_passive_no_grantor", "capital_increase", "former_province_cu", "place_first"],
            provinces=[pv("Bình Phước")],
            firms=[f("Thiết bị Điện Wanlong", "Công ty TNHH")],
            money=[m(36 * M, "USD")],
            locations=[park("Khu công nghiệp Đồng Xoài III")],
            deals=[deal("investment", ["Thiết bị Điện Wanlong"], 36 * M, DN)],
            events=[ev("investment_licence", [F("Thiết bị Điện Wanlong")], 36 * M, "USD", DN, "licensed")],
        ),
        h(
            n(),
            "Sáng 3-10, tại KCN Minh Hưng III (Đồng Nai), Công ty TNHH Vật liệu Điện tử Shengda Việt Nam động thổ nhà máy lá đồng dùng cho bảng mạch in, vốn 2.800 tỷ đồng.",
            "2025-10-04",
            "provincial",
            ["groundbreaking", "dong_tho", "place_first", "province_in_bracket", "deal_date"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Vật liệu Điện tử Shengda", "Công ty TNHH")],
            money=[m(2800 * B, "VND")],
            locations=[park("Khu công nghiệp Minh Hưng III")],
            deals=[deal("groundbreaking", ["Vật liệu Điện tử Shengda"], 2800 * B, DN, "2025-10-03")],
            events=[ev("groundbreaking", [F("Vật liệu Điện tử Shengda")], 2800 * B, "VND", DN, "started")],
        ),
        h(
            n(),
            "Công ty TNHH Linh kiện Chính xác Fukuda Biên Hoà khánh thành nhà máy thứ hai tại KCN Biên Hoà 2 hôm 21-11, nâng tổng vốn đầu tư tại Đồng Nai lên 95 triệu USD.",
            "2024-11-22",
            "provincial",
            ["old_tone", "inauguration_running_total_only", "place_in_firm_name", "deal_date_no_deal"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Linh kiện Chính xác Fukuda Biên Hòa", "Công ty TNHH")],
            money=[m(95 * M, "USD")],
            locations=[park("Khu công nghiệp Biên Hòa 2")],
            events=[
                ev("inauguration", [F("Linh kiện Chính xác Fukuda Biên Hòa")], None, None, DN, "completed")
            ],
        ),
        h(
            n(),
            "Năm 2019, Công ty TNHH Linh kiện Công suất Volta Việt Nam đã được cấp phép đầu tư 170 triệu USD vào KCN Long Đức.",
            "2024-11-22",
            "provincial",
            ["recalled_licence", "year_opening_clause", "deal_no_event"],
            firms=[f("Linh kiện Công suất Volta", "Công ty TNHH")],
            money=[m(170 * M, "USD")],
            locations=[park("Khu công nghiệp Long Đức")],
            deals=[deal("investment", ["Linh kiện Công suất Volta"], 170 * M)],
            events=[],
        ),
        h(
            n(),
            "Ông Nguyễn Thành Công, Trưởng Ban Quản lý các KCN Đồng Nai, cho biết tỉnh đang dành quỹ đất ở Long Đức và Nhơn Trạch cho các dự án bán dẫn, tự động hoá.",
            "2024-11-22",
            "provincial",
            ["nfd", "old_tone", "person_role_after", "plan_no_firm", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp Đồng Nai"],
            persons=[per("Nguyễn Thành Công", "Trưởng Ban Quản lý các KCN Đồng Nai")],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Thông báo: UBND tỉnh Đồng Nai công bố danh mục 32 dự án thu hút đầu tư năm 2026 (kèm theo Quyết định số 415/QĐ-UBND ngày 20/02/2026)",
            "2026-02-23",
            "legal",
            ["portal_notice", "call_for_investment", "decision_with_date", "count", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            decisions=[d("415/QĐ-UBND", "2026-02-20")],
            quantities=[c(32, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Quý I/2025, vốn FDI đăng ký vào cả nước đạt gần 11 tỉ đô la Mỹ, tăng 34,7% so với cùng kỳ, trong đó chế biến, chế tạo chiếm hơn 60%.",
            "2025-04-06",
            "ministry",
            ["statistics", "ti_do_la_my", "approx", "percentage", "no_event"],
            money=[m(11 * B, "USD", approx=True)],
            percentages=[34.7, 60],
            events=[],
        ),
        h(
            n(),
            "Tập đoàn Kim Xương hiện có 2 nhà máy tại Việt Nam với khoảng 3.100 lao động.",
            "2025-07-16",
            "provincial",
            ["background", "count", "approx", "no_event"],
            firms=[f("Kim Xương", "Tập đoàn")],
            quantities=[c(2, "nhà máy"), c(3100, "lao động", True)],
            events=[],
        ),
    ]
    # --- Tag pages, titles and category blurbs (the commonest kind of result slot in the sample) ---
    rows += [
        h(
            n(),
            "khu công nghiệp Nhơn Trạch",
            "2024-01-01",
            "provincial",
            ["tag_page", "lower_case", "park_tag", "no_event"],
            locations=[park("Khu công nghiệp Nhơn Trạch")],
            events=[],
        ),
        h(
            n(),
            "linh kiện bán dẫn | Tin tức, hình ảnh mới nhất",
            "2024-01-01",
            "ministry",
            ["tag_page", "no_event"],
            events=[],
        ),
        h(
            n(),
            "Tin tức - Bất động sản công nghiệp - trang 64\nCần Giuộc đón khu công nghiệp 960 ha vừa động thổ",
            "2022-11-03",
            "ministry",
            ["category_page", "park_groundbreaking_no_investor", "area", "no_event"],
            areas=[ha(960)],
            events=[],
        ),
        h(
            n(),
            "Cầu Nhơn Trạch 2 nối TP.HCM với Đồng Nai sẽ do tỉnh Đồng Nai làm chủ đầu tư",
            "2023-06-14",
            "ministry",
            ["junk_image_title", "province_as_investor_no_firm", "no_event"],
            provinces=[pv("Hồ Chí Minh"), pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "Thẻ: Khu công nghiệp Bàu Bàng",
            "2024-01-01",
            "provincial",
            ["tag_page", "park_tag", "no_event"],
            locations=[park("Khu công nghiệp Bàu Bàng")],
            events=[],
        ),
        h(
            n(),
            "Kinhtedothi - Bình Dương đề xuất bổ sung 3 khu công nghiệp mới với tổng diện tích khoảng 2.150 ha vào quy hoạch.",
            "2024-03-22",
            "ministry",
            ["tag_page", "proposal_no_firm", "count", "area", "approx", "no_event"],
            provinces=[pv("Bình Dương")],
            quantities=[c(3, "khu công nghiệp")],
            areas=[ha(2150, True)],
            events=[],
        ),
        h(
            n(),
            "Cụm công nghiệp Phước Lâm 2 (Long An) rộng 75 ha bắt đầu thi công hạ tầng",
            "2023-03-28",
            "ministry",
            ["category_blurb", "cluster_works_no_investor", "province_in_bracket", "area", "no_event"],
            provinces=[pv("Long An")],
            areas=[ha(75)],
            locations=[park("Cụm công nghiệp Phước Lâm 2")],
            events=[],
        ),
        h(
            n(),
            "24H.COM.VN - Hãng linh kiện Hàn Quốc vẫn chưa công bố tên nhà thầu xây nhà máy mới ở Bình Dương.",
            "2024-03-26",
            "ministry",
            ["source_tag", "unnamed_firm", "no_event"],
            provinces=[pv("Bình Dương")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            n(),
            "Thêm một đối tác của Apple chọn Bình Dương cho nhà máy thứ hai",
            "2023-07-26",
            "ministry",
            ["tag_list", "unnamed_supplier", "no_event"],
            provinces=[pv("Bình Dương")],
            firms=[f("Apple")],
            events=[],
        ),
    ]
    # --- More English copy in the sampled shapes (wire copy on Tây Ninh and the South, quotes, totals) ---
    rows += [
        h(
            n(),
            "Tây Ninh's industrial zones authority on Monday raised the licensed capital of Chuan Li Electronic Materials Co., Ltd. to $96 million from $54 million, for a copper-clad laminate plant in the former Long An area.",
            "2025-09-23",
            "ministry",
            [
                "english_copy",
                "licence",
                "increase_to_from",
                "unnamed_authority",
                "former_province",
                "weekday_no_date",
            ],
            provinces=[pv("Tây Ninh"), pv("Long An")],
            firms=[f("Chuan Li Electronic Materials", "Co., Ltd.")],
            money=[m(96 * M, "USD"), m(54 * M, "USD")],
            deals=[deal("investment", ["Chuan Li Electronic Materials"], 42 * M, TNi)],
            events=[
                ev("investment_licence", [F("Chuan Li Electronic Materials")], 42 * M, "USD", TNi, "licensed")
            ],
        ),
        h(
            n(),
            "Construction began on September 5 on a $64 million printed circuit board plant of Zhenhai Circuit Technology (Vietnam) Co., Ltd. at the Phuoc Dong Industrial Park in Tay Ninh Province.",
            "2025-09-06",
            "ministry",
            [
                "english_copy",
                "groundbreaking",
                "plant_of_firm",
                "vietnam_bracket_dropped",
                "unaccented_province",
                "deal_date",
            ],
            provinces=[pv("Tây Ninh")],
            firms=[f("Zhenhai Circuit Technology", "Co., Ltd.")],
            money=[m(64 * M, "USD")],
            deals=[deal("groundbreaking", ["Zhenhai Circuit Technology"], 64 * M, TNi, "2025-09-05")],
            events=[ev("groundbreaking", [F("Zhenhai Circuit Technology")], 64 * M, "USD", TNi, "started")],
        ),
        h(
            n(),
            "SEMIExpo Vietnam 2025 opened in HCM City on November 6 with Minister of Finance Nguyễn Văn Thắng cutting the ribbon.",
            "2025-11-07",
            "ministry",
            ["english_copy", "person_role_before", "expo_name", "no_event"],
            persons=[per("Nguyễn Văn Thắng", "Minister of Finance")],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
    ]
    # --- Further rows in the sampled pages' shapes: zone boards' certificates, theses, tags, contract forms ---
    rows += [
        h(
            n(),
            "Công ty TNHH Vật liệu Bán dẫn Phú Mỹ Quartz nhận giấy chứng nhận đăng ký đầu tư từ Ban Quản lý các khu chế xuất và công nghiệp TP.HCM cho dự án nấu chảy thạch anh độ tinh khiết cao tại KCN Phú Mỹ 2 mở rộng, vốn 2.150 tỷ đồng.",
            "2025-12-18",
            "provincial",
            ["licence_received_from", "board_name_carries_province", "former_ba_ria_vung_tau_park"],
            organizations=["Ban Quản lý các khu chế xuất và công nghiệp TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Vật liệu Bán dẫn Phú Mỹ Quartz", "Công ty TNHH")],
            money=[m(2150 * B, "VND")],
            locations=[park("Khu công nghiệp Phú Mỹ 2 mở rộng")],
            deals=[deal("investment", ["Vật liệu Bán dẫn Phú Mỹ Quartz"], 2150 * B, HCM)],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Ban Quản lý các khu chế xuất và công nghiệp TP.HCM"),
                        F("Vật liệu Bán dẫn Phú Mỹ Quartz"),
                    ],
                    2150 * B,
                    "VND",
                    HCM,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Trong 11 tháng, khu vực Bình Dương (cũ) và Bà Rịa - Vũng Tàu (cũ) đóng góp gần 45% vốn FDI mới của TP.HCM sau hợp nhất.",
            "2025-12-03",
            "ministry",
            ["former_provinces_cu", "percentage", "merged_city", "no_event"],
            provinces=[pv("Bình Dương"), pv("Bà Rịa - Vũng Tàu"), pv("Hồ Chí Minh")],
            percentages=[45],
            events=[],
        ),
        h(
            n(),
            "Display-parts maker Daesung Optics will invest $210 million in a second factory in Binh Duong, its chief executive told a business forum in HCM City on Friday.",
            "2024-10-19",
            "ministry",
            [
                "english_copy",
                "announced_investment",
                "unaccented_province",
                "forum_place_not_site",
                "weekday_no_date",
            ],
            provinces=[pv("Bình Dương"), pv("Hồ Chí Minh")],
            firms=[f("Daesung Optics")],
            money=[m(210 * M, "USD")],
            deals=[deal("investment", ["Daesung Optics"], 210 * M, HCM)],
            events=[ev("investment_announcement", [F("Daesung Optics")], 210 * M, "USD", HCM, "announced")],
        ),
        h(
            n(),
            "Ngày 20/10/2007, Công ty TNHH Linh kiện Điện tử Kitano Denshi Việt Nam động thổ nhà máy thứ hai tại KCN Tam Phước, vốn 45 triệu USD.",
            "2007-10-21",
            "provincial",
            ["groundbreaking", "dong_tho", "full_date", "japanese_company_word", "deal_date"],
            firms=[f("Linh kiện Điện tử Kitano Denshi", "Công ty TNHH")],
            money=[m(45 * M, "USD")],
            locations=[park("Khu công nghiệp Tam Phước")],
            deals=[deal("groundbreaking", ["Linh kiện Điện tử Kitano Denshi"], 45 * M, None, "2007-10-20")],
            events=[
                ev("groundbreaking", [F("Linh kiện Điện tử Kitano Denshi")], 45 * M, "USD", None, "started")
            ],
        ),
        h(
            n(),
            "The Dong Nai People's Committee on October 7 granted investment certificates to three foreign-invested projects worth a combined $412 million, including a server-assembly plant of Singapore-based Orchid EMS Pte. Ltd.",
            "2025-10-08",
            "ministry",
            [
                "english_copy",
                "licence_round",
                "including_line",
                "singapore_based",
                "round_total_money_only",
                "deal_date",
            ],
            organizations=["Dong Nai People's Committee"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Orchid EMS", "Pte. Ltd.")],
            money=[m(412 * M, "USD")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Orchid EMS"], None, DN, "2025-10-07")],
            events=[
                ev(
                    "investment_licence",
                    [G("Dong Nai People's Committee"), F("Orchid EMS")],
                    None,
                    None,
                    DN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Công ty CP Cơ khí Chính xác Tân Định hiện cung cấp khay chứa chip và đồ gá cho nhà máy của Norwell tại TP.HCM.",
            "2025-05-15",
            "ministry",
            ["supplier_status_no_contract", "bare_brand", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Cơ khí Chính xác Tân Định", "Công ty CP"), f("Norwell")],
            events=[],
        ),
        h(
            n(),
            "ĐẠI DIỆN BÊN A\nGIÁM ĐỐC\nNguyễn Văn Phúc\nĐẠI DIỆN BÊN B\nTỔNG GIÁM ĐỐC\nKim Sung-ho",
            "2023-04-12",
            "legal",
            ["signature_block", "role_above_name", "all_caps_roles", "no_parties", "no_event"],
            persons=[per("Nguyễn Văn Phúc", "GIÁM ĐỐC"), per("Kim Sung-ho", "TỔNG GIÁM ĐỐC")],
            events=[],
        ),
        h(
            n(),
            "Under Decree 182/2024/ND-CP, the Investment Support Fund can reimburse part of the training and R&D costs of large high-tech projects.",
            "2025-07-02",
            "ministry",
            ["english_copy", "decree_unaccented_code", "state_fund_org", "no_event"],
            organizations=["Investment Support Fund"],
            decisions=[d("182/2024/NĐ-CP")],
            events=[],
        ),
        h(
            n(),
            "Khu công nghiệp Long Khánh được bổ sung ngành sản xuất linh kiện điện tử, thiết bị tự động hoá theo quyết định của UBND tỉnh Đồng Nai.",
            "2024-05-27",
            "provincial",
            ["old_tone", "park_sector_added", "no_firm", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            locations=[park("Khu công nghiệp Long Khánh")],
            events=[],
        ),
        h(
            n(),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBình Dương, ngày 15 tháng 4 năm 2025\nHỢP ĐỒNG MUA BÁN LINH KIỆN ĐIỆN TỬ",
            "2025-04-15",
            "legal",
            ["contract_header", "place_and_date_line", "no_parties", "no_event"],
            provinces=[pv("Bình Dương")],
            events=[],
        ),
        h(
            n(),
            "Thẻ: bán dẫn Đồng Nai",
            "2024-01-01",
            "provincial",
            ["tag_page", "no_event"],
            provinces=[pv("Đồng Nai")],
            events=[],
        ),
        h(
            n(),
            "OSAT là gì? Vì sao Việt Nam được kỳ vọng ở khâu đóng gói, kiểm thử chip",
            "2024-06-01",
            "ministry",
            ["explainer_title", "question", "no_event"],
            events=[],
        ),
        h(
            n(),
            "2.1.2 Tình hình thu hút FDI vào các KCN\nĐến cuối năm 2012, các KCN của tỉnh có 812 dự án FDI còn hiệu lực, vốn đăng ký 12,4 tỷ USD.",
            "2014-06-20",
            "ministry",
            ["thesis", "numbered_heading", "cumulative", "count", "no_event"],
            money=[m(12.4 * B, "USD")],
            quantities=[c(812, "dự án")],
            events=[],
        ),
        h(
            n(),
            "Bất động sản công nghiệp - trang 77\nKCN Tân Kim được mở rộng thêm 320 ha về phía Nam",
            "2022-11-03",
            "ministry",
            ["category_page", "park_extension_no_investor", "area", "no_event"],
            areas=[ha(320)],
            locations=[park("Khu công nghiệp Tân Kim")],
            events=[],
        ),
        h(
            n(),
            "Approved in the same quarter was a $14 million PCB-assembly line of Giang Dien Electronics JSC, a local supplier to several camera-module makers.",
            "2022-04-20",
            "ministry",
            ["english_copy", "licence_passive_fronted", "no_grantor", "supplier_status_no_contract"],
            firms=[f("Giang Dien Electronics", "JSC")],
            money=[m(14 * M, "USD")],
            deals=[deal("investment", ["Giang Dien Electronics"], 14 * M)],
            events=[ev("investment_licence", [F("Giang Dien Electronics")], 14 * M, "USD", None, "licensed")],
        ),
        h(
            n(),
            "Công ty TNHH Điện tử Kaiwa Power Việt Nam dự kiến tuyển 1.800 lao động khi nhà máy vận hành từ quý II/2027.",
            "2026-03-13",
            "provincial",
            ["plan", "count", "no_event"],
            firms=[f("Điện tử Kaiwa Power", "Công ty TNHH")],
            quantities=[c(1800, "lao động")],
            events=[],
        ),
        h(
            n(),
            "Ngày 16.10, Công ty CP Linh kiện Nhựa Kỹ thuật Sông Bé thông báo đã được cấp giấy chứng nhận đầu tư cho nhà máy vỏ nhựa thiết bị điện tử ở KCN Đất Cuốc.",
            "2024-10-17",
            "ministry",
            ["licence_received", "notice_date_not_deal_date", "dotted_date", "no_grantor"],
            firms=[f("Linh kiện Nhựa Kỹ thuật Sông Bé", "Công ty CP")],
            locations=[park("Khu công nghiệp Đất Cuốc")],
            deals=[deal("investment", ["Linh kiện Nhựa Kỹ thuật Sông Bé"])],
            events=[
                ev("investment_licence", [F("Linh kiện Nhựa Kỹ thuật Sông Bé")], None, None, None, "licensed")
            ],
        ),
        h(
            n(),
            "Thẻ: Long An cũ\nNhiều dự án điện tử mới ở khu vực này nay do Ban Quản lý các KCN tỉnh Tây Ninh cấp phép.",
            "2025-09-01",
            "provincial",
            ["tag_page", "former_province_cu", "no_firm", "no_event"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Tây Ninh"],
            provinces=[pv("Long An"), pv("Tây Ninh")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy của Kogane Seimitsu cách trung tâm thành phố Thủ Dầu Một khoảng 20 km, gần tuyến Vành đai 4 đang thi công.",
            "2019-05-10",
            "provincial",
            ["location_detail", "city_not_province", "no_event"],
            firms=[f("Kogane Seimitsu")],
            events=[],
        ),
    ]
    # --- Vietnamese rows in the provincial and tag-page shapes the sample was made of ---
    rows += [
        h(
            n(),
            "Chiều 18/9, Ban Quản lý các KCN tỉnh Tây Ninh trao giấy chứng nhận điều chỉnh cho Công ty TNHH Bảng mạch Đa lớp Hiệp Phát, tăng vốn thêm 1.300 tỷ đồng để mở rộng xưởng tại KCN Xuyên Á, xã Mỹ Hạnh.",
            "2025-09-19",
            "provincial",
            ["licence", "capital_increase", "board_name_carries_province", "commune_after_2025", "deal_date"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Bảng mạch Đa lớp Hiệp Phát", "Công ty TNHH")],
            money=[m(1300 * B, "VND")],
            locations=[park("Khu công nghiệp Xuyên Á")],
            deals=[deal("investment", ["Bảng mạch Đa lớp Hiệp Phát"], 1300 * B, TNi, "2025-09-18")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN tỉnh Tây Ninh"), F("Bảng mạch Đa lớp Hiệp Phát")],
                    1300 * B,
                    "VND",
                    TNi,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Riêng nhóm điện tử, linh kiện chiếm khoảng 22% số dự án FDI mới vào các KCN Tây Ninh từ đầu năm.",
            "2025-09-19",
            "provincial",
            ["statistics", "percentage", "no_firm", "no_event"],
            provinces=[pv("Tây Ninh")],
            percentages=[22],
            events=[],
        ),
        h(
            n(),
            "(BDO) Chiều 22-8, Công ty TNHH Công nghiệp Chính xác Tân Uyên Seiko khánh thành xưởng dập linh kiện ổ cứng tại KCN Nam Tân Uyên mở rộng, vốn 18 triệu USD.",
            "2018-08-23",
            "provincial",
            ["source_tag", "inauguration_capital", "place_in_firm_name", "dash_date", "deal_date"],
            firms=[f("Công nghiệp Chính xác Tân Uyên Seiko", "Công ty TNHH")],
            money=[m(18 * M, "USD")],
            locations=[park("Khu công nghiệp Nam Tân Uyên mở rộng")],
            deals=[deal("investment", ["Công nghiệp Chính xác Tân Uyên Seiko"], 18 * M, None, "2018-08-22")],
            events=[
                ev(
                    "inauguration",
                    [F("Công nghiệp Chính xác Tân Uyên Seiko")],
                    18 * M,
                    "USD",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            n(),
            "Dự án cuộn dây và biến áp của Công ty TNHH Điện tử Kyosan Vina (12 triệu USD) được Ban Quản lý các KCN Bình Dương cấp phép ngày 9/5.",
            "2014-05-10",
            "ministry",
            ["tag_list", "licence_passive_with_grantor", "trailing_vina", "amount_in_bracket", "deal_date"],
            organizations=["Ban Quản lý các Khu công nghiệp Bình Dương"],
            provinces=[pv("Bình Dương")],
            firms=[f("Điện tử Kyosan", "Công ty TNHH")],
            money=[m(12 * M, "USD")],
            deals=[deal("investment", ["Điện tử Kyosan"], 12 * M, HCM, "2014-05-09")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các KCN Bình Dương"), F("Điện tử Kyosan")],
                    12 * M,
                    "USD",
                    HCM,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Sáng 28/3, UBND tỉnh Đồng Nai trao giấy phép đầu tư cho Công ty TNHH Linh kiện Điện tử Hoshina Việt Nam xây nhà máy tụ điện tại KCN Nhơn Trạch 2, vốn 26 triệu USD.",
            "2008-03-29",
            "provincial",
            ["licence", "committee_grantor", "vietnam_suffix_dropped", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Linh kiện Điện tử Hoshina", "Công ty TNHH")],
            money=[m(26 * M, "USD")],
            locations=[park("Khu công nghiệp Nhơn Trạch 2")],
            deals=[deal("investment", ["Linh kiện Điện tử Hoshina"], 26 * M, DN, "2008-03-28")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Đồng Nai"), F("Linh kiện Điện tử Hoshina")],
                    26 * M,
                    "USD",
                    DN,
                    "licensed",
                )
            ],
        ),
        h(
            n(),
            "Công ty TNHH Norwell Products Việt Nam hiện có khoảng 2.800 nhân viên, phần lớn là kỹ sư và kỹ thuật viên người Việt.",
            "2025-10-25",
            "ministry",
            ["background", "count", "approx", "vietnam_suffix_dropped", "no_event"],
            firms=[f("Norwell Products", "Công ty TNHH")],
            quantities=[c(2800, "nhân viên", True)],
            events=[],
        ),
        h(
            n(),
            "Trường Đại học Sư phạm Kỹ thuật TP.HCM mở thêm chuyên ngành đóng gói vi mạch từ năm học 2025-2026.",
            "2025-03-12",
            "ministry",
            ["university_blurb", "province_in_org_name", "no_event"],
            organizations=["Trường Đại học Sư phạm Kỹ thuật TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[],
        ),
        h(
            n(),
            "Đồng Nai đặt mục tiêu đến năm 2030 có ít nhất 5 doanh nghiệp nội địa tham gia chuỗi cung ứng bán dẫn.",
            "2025-03-04",
            "ministry",
            ["target", "count", "approx", "no_event"],
            provinces=[pv("Đồng Nai")],
            quantities=[c(5, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            n(),
            "giá heo hơi hôm nay tăng nhẹ - Bình Dương động thổ hạ tầng 2 KCN phía Bắc tỉnh",
            "2025-05-18",
            "ministry",
            ["spam_domain", "mixed_title", "park_groundbreaking_no_investor", "count", "no_event"],
            provinces=[pv("Bình Dương")],
            quantities=[c(2, "khu công nghiệp")],
            events=[],
        ),
        h(
            n(),
            "Thẻ: Khu công nghệ cao TP.HCM\nKhu thu hút thêm 3 dự án vi mạch trong quý III, nâng số dự án bán dẫn lên 24.",
            "2025-10-05",
            "ministry",
            ["tag_page", "several_lines", "count", "no_firm", "no_event"],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(3, "dự án")],
            locations=[park("Khu công nghệ cao TP.HCM")],
            events=[],
        ),
        h(
            n(),
            "Nhà máy xử lý nước thải tập trung của KCN Thạnh Phú Tân sẽ được xây trong giai đoạn 2, công suất 12.000 m3/ngày.",
            "2023-05-20",
            "ministry",
            ["park_detail", "capacity_no_count", "no_firm", "no_event"],
            locations=[park("Khu công nghiệp Thạnh Phú Tân")],
            events=[],
        ),
    ]
    return rows
