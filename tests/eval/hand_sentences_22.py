# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 22 (blind, real-text shapes, issue 12): an eleventh blind batch, written after reading about 45 real
Vietnamese pages and excerpts (of about 190 results) in the search tool's `pages` corpus from 24 searches not
made for batches 12-21, chosen for other regions, writers and topics: Quảng Ngãi and the Dung Quất zone
(licence rounds told with "lớn nhất là ...", a steel maker's technology contract, a fair with B2B signings),
Nghệ An (VSIP Nghệ An, WHA and Hoàng Mai parks, "do X Hong Kong Company Limited rót vốn", a licence recalled
inside a groundbreaking, "Thứ hai là ..." supplier lists), Hà Tĩnh and Vũng Áng (a foreign group leaving a
project it never got licensed, proposals by unnamed investors), Bình Định (now Gia Lai; wood-furniture
exporters in Phú Tài, Long Mỹ and Nhơn Hòa, an outdoor-furniture fair, a byline line under a two-line note),
Khánh Hòa with Cam Ranh and the former Ninh Thuận (solar lines "do Công ty X làm chủ đầu tư ... Tổng mức
đầu tư", an investor chosen by tender, EPC and power-purchase contracts), Tây Ninh with the former Long An
(Phước Đông textile licences, a three-founder cold-chain joint venture with its shareholding split,
ready-built factories and their first tenant), the former Bình Dương (a Japanese tenant's third plant, a
recycled-fibre maker leasing land from the park developer, a supply-demand fair), the former Vĩnh Phúc
(carmakers' tier-1 and tier-2 suppliers, a department's programme with a carmaker), Quảng Ninh (projects
revoked for sitting idle, a cluster approved with its investor, "Thứ nhất là dự án ..."), Lạng Sơn (a
border logistics park leased whole by a postal group, recalled), Đà Nẵng (chip-design firms, a semiconductor
association received by the city), Cần Thơ with the former Sóc Trăng and Hậu Giang (a seafood joint venture
licensed in Tokyo, feed mills, rice exports), Đắk Lắk with the former Phú Yên and Lâm Đồng with the former
Đắk Nông and Bình Thuận (coffee and durian plants, wind-farm capital increases); writers: provincial party
papers, Báo Đầu tư, Người Quan sát, Reatimes, VnEconomy with its time stamp, M&A news retold from the
foreign press (tender offers, two-step purchases, stake transfers awaiting approval), denials ("khẳng định
thông tin trên không có căn cứ"), VNS and VNA English copy, stock-exchange disclosures with their header,
provincial investment-promotion portals, a firm's press release with its boilerplate, a provincial plan's
legal header, preamble and "Nơi nhận" footer. Annotated for every field BEFORE any tagger was run on them,
without reading the tagger code or data. No sentence is taken or paraphrased from a page; the shapes are.
Firm names are invented, or well-known brands used in sentences of our own.

Conventions: exactly those of batches 10 and 12-21 (their docstrings), with their judgement calls: a deal
date needs a day; "tăng vốn từ X lên Y" is about the increase, "tăng vốn lên X" states no increase amount; a
subsidiary named with its parent is the party when it signs; firm-school and firm-association agreements
are MoU events with no `deals` entry; a supplier's home province is not the contract's province; leases with
park developers, financial leases and bank credit are "cooperation"; a joint venture's `deals` entry is
"cooperation"; an acquisition, a licence or a contract recalled as background is a deal but not an event; a
state body's MoU with a firm on support is an MoU event with a government party and no deal, and on an
investment project the firm's "investment" deal (README, session 10); in a bracketed or "tương đương"
conversion the first figure written is the amount; a licence said to be coming and a planned groundbreaking
are announced investments; charter capital, revenue and profit are money only; a project line with no
licensing verb in its own row is an announced investment; one signer with several counterparts gives one
event per pair; a region prefix or dateline before a contract or a groundbreaking is a province mention, the
site of a plant, a lease or a project (a province written after its park, or the granting body's province)
is the deal's province; an acquisition's `deals` entry is the buyer's "investment"; an inauguration without
a capital amount is an event with no `deals` entry; aliases and stock codes in brackets are no firm mentions
of their own; a foreign subsidiary keeps the place in its name, "Việt Nam" and a trailing "Vina" are dropped
from a foreign firm's name; a bank named with its branch is the bank alone; areas in m2 are given in
hectares; prices per m2, per kWh, per kg and per share are no money; capacities ("tấn/năm", "MW", "m3/ngày
đêm") are no quantities; a revoked licence, a terminated project, a schedule extension, a denied report and
a rumour are no event and no deal; a repeated amount is one money mention; a pledge, a wish or a total with
unnamed projects is no event; a People's Committee's land lease to a firm is a cooperation event with a
government party and no `deals` entry; government parties are written as in the text (old tone placement
included), every other name in its usual spelling. Every row with no event carries `events=[]`. Tonnages
("420 tấn") are kept out of the rows because batches 5 and 21 disagree on whether they are counts. Calls made
here in the same spirit:

- Joint groundbreakings ("A và B cùng động thổ ...", a parent with its subsidiary) give one "groundbreaking"
  deal per investor with the total written (README, session 10; as batches 15 and 17) and ONE groundbreaking
  event with both firms.
- A licence round told as "trao giấy chứng nhận cho N dự án, tổng vốn X, lớn nhất là nhà máy ... của Công ty
  Y, vốn Z" gives Y's licence (with the granting body of the sentence) and no event for the unnamed rest; a
  round whose projects follow in the next sentence of the same row ("Một là ... của Công ty X, vốn ...; hai
  là ...") gives one licence per named investor with the granting body of the row.
- A groundbreaking row that recalls the project's licence ("Dự án đã được Ban Quản lý ... cấp giấy chứng
  nhận ngày 19/8") states the groundbreaking as the event; the recalled licence is an "investment" deal with
  its date and no event (as batch 20's "Trước đó, ngày ...").
- A three-founder joint venture with its shareholding split ("góp vốn thành lập Công ty Z theo tỷ lệ 60%, 30%
  và 10%") is one joint-venture event with the three founders (status signed) and one "cooperation" deal per
  pair of founders; the new company is a firm mention, not a party.
- A joint venture named as the licensee ("liên doanh giữa A và B nhận giấy chứng nhận ...") is one licence
  with the granting body and both firms and an "investment" deal for each, as batch 19's consortium licence;
  an investor chosen by a People's Committee's tender ("phê duyệt kết quả lựa chọn nhà đầu tư ...; nhà đầu tư
  trúng thầu là liên danh A - B") likewise.
- A tenant that "thuê lại toàn bộ hạ tầng" of a logistics park from its developer has a lease ("cooperation");
  told with "Trước đó, ngày ..." it is recalled: a deal with its date, no event.
- A buyer's tender offer ("công bố kế hoạch chào mua công khai 100% cổ phiếu ...") and a board's approval of
  a private placement to a named investor ("phát hành riêng lẻ 12% cổ phần cho Tập đoàn X") are announced
  acquisitions by the buyer; a stake transfer signed by unnamed shareholders and awaiting approval is a
  signed acquisition of the buyer and the target; a general meeting that rejects a sale is no event.
- A firm that "phủ nhận"/"khẳng định ... không có căn cứ"/"chưa từng đàm phán" a report, and the report
  itself, give no event and no deal (batch 15), even when the report names two firms and a figure.
- A disclosure whose header names the issuer ("CÔNG TY CỔ PHẦN X / Số: .../CBTT-... ") and whose body signs as
  "Công ty" makes the header firm the party, the header being in the same row; the disclosure number is a
  document number.
- A planned inauguration ("sẽ khánh thành xưởng thứ ba vào quý II/2026") is an announced investment with no
  amount, as batch 18's planned groundbreaking.
- A press release's dateline ("Hà Nội, ngày 14 tháng 10 năm 2025 - A và B công bố ký ...") is the release's
  date, not the deal date; an English dateline in capitals ("TÂY NINH —") is a province mention.
- A supplier "được B chọn làm nhà cung cấp ..., hợp đồng năm đầu trị giá X" has a signed supply contract; a
  supplier described as supplying B "từ năm 2021" states no contract (batch 19).
- A deal amount written only in a headline glued to its lead ("Hà Tĩnh trao chủ trương cho dự án thép 9.600
  tỷ đồng / Sáng 15/5, UBND tỉnh ... trao ... cho Công ty X") is the licence's amount.
- A person's name containing a province's name ("Phan Thái Bình") is no province mention.
"""

from __future__ import annotations

from collections.abc import Callable

from tests.eval.gold import F, G, O, c, country, d, deal, ev, f, ha, park, per, zone


def hand_sentences_22(
    h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]
) -> list[dict]:
    def cur(name: str) -> str:
        """The current (2025) unit of a province, for deal and event provinces."""
        return pv(name)["current"]

    M = 1_000_000
    B = 1_000_000_000
    QNG = cur("Quảng Ngãi")
    NA = cur("Nghệ An")
    HT = cur("Hà Tĩnh")
    BDI = cur("Bình Định")
    KH = cur("Khánh Hòa")
    TN = cur("Tây Ninh")
    BDG = cur("Bình Dương")
    QN = cur("Quảng Ninh")
    DN = cur("Đà Nẵng")
    CT = cur("Cần Thơ")
    LD = cur("Lâm Đồng")
    DL = cur("Đắk Lắk")

    return [
        # --- Quảng Ngãi and the Dung Quất zone ---
        h(
            3601,
            "Dung Quất đón thêm dự án công nghiệp hỗ trợ\nSáng 12/3, Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi trao giấy chứng nhận đăng ký đầu tư cho 3 dự án, tổng vốn 1.460 tỷ đồng, lớn nhất là nhà máy gia công kết cấu thép của Công ty TNHH Kết cấu Thép Bình Sơn Mới, vốn 820 tỷ đồng, tại KCN Phía Đông Dung Quất.",
            "2026-03-13",
            "provincial",
            ["headline_line", "licence_round", "largest_named", "unnamed_rest", "count", "deal_date"],
            organizations=["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Kết cấu Thép Bình Sơn Mới", "Công ty TNHH")],
            money=[m(1460 * B, "VND"), m(820 * B, "VND")],
            quantities=[c(3, "dự án")],
            locations=[park("Khu công nghiệp Phía Đông Dung Quất")],
            deals=[deal("investment", ["Kết cấu Thép Bình Sơn Mới"], 820 * B, QNG, "2026-03-12")],
            events=[
                ev(
                    "investment_licence",
                    [
                        G("Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"),
                        F("Kết cấu Thép Bình Sơn Mới"),
                    ],
                    820 * B,
                    "VND",
                    QNG,
                    "licensed",
                )
            ],
        ),
        h(
            3602,
            "Theo ông Lê Quang Triều, Trưởng Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi, năm 2025 khu kinh tế thu hút 21 dự án mới với vốn đăng ký khoảng 2,1 tỷ USD.",
            "2026-01-08",
            "provincial",
            ["theo_person", "person_role_after", "period_total", "count", "approx", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"],
            persons=[
                per(
                    "Lê Quang Triều",
                    "Trưởng Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
                )
            ],
            provinces=[pv("Quảng Ngãi")],
            money=[m(2.1 * B, "USD", None, True)],
            quantities=[c(21, "dự án")],
            events=[],
        ),
        h(
            3603,
            "Công ty CP Thép Tấm Sa Kỳ và Tập đoàn Kobe Machinery (Nhật Bản) ký hợp đồng cung cấp công nghệ và thiết bị cho dây chuyền cán thép tấm dày tại Dung Quất, giá trị khoảng 5.600 tỷ đồng.",
            "2026-02-02",
            "ministry",
            [
                "technology_contract",
                "supply_contract",
                "firm_pair",
                "country_bracket",
                "approx",
                "site_no_province",
            ],
            firms=[f("Thép Tấm Sa Kỳ", "Công ty CP"), f("Kobe Machinery", "Tập đoàn")],
            money=[m(5600 * B, "VND", None, True)],
            locations=[country("Nhật Bản")],
            deals=[deal("supply_contract", ["Kobe Machinery", "Thép Tấm Sa Kỳ"], 5600 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Kobe Machinery"), F("Thép Tấm Sa Kỳ")],
                    5600 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3604,
            "Tại KCN VSIP Quảng Ngãi, Công ty TNHH Sợi Tổng hợp Tịnh Phong Hưng Thịnh vừa khánh thành nhà máy thứ hai, nâng tổng vốn đầu tư lên 3.150 tỷ đồng.",
            "2025-11-21",
            "provincial",
            ["inauguration", "new_total_only", "park_province", "no_amount"],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Sợi Tổng hợp Tịnh Phong Hưng Thịnh", "Công ty TNHH")],
            money=[m(3150 * B, "VND")],
            locations=[park("Khu công nghiệp VSIP Quảng Ngãi")],
            events=[
                ev("inauguration", [F("Sợi Tổng hợp Tịnh Phong Hưng Thịnh")], None, None, QNG, "completed")
            ],
        ),
        h(
            3605,
            "Tháng 3/2024, Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi đã chấm dứt hoạt động dự án nhà máy phôi thép 380 triệu USD của một nhà đầu tư Malaysia do chậm tiến độ 6 năm.",
            "2025-06-30",
            "provincial",
            ["terminated_project", "unnamed_investor", "month_not_date", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            money=[m(380 * M, "USD")],
            locations=[country("Malaysia")],
            events=[],
        ),
        h(
            3606,
            "Quảng Ngãi: Khởi công nhà máy bao bì giấy 45 triệu USD\nNgày 19/9, Công ty TNHH Bao bì Carton Vạn Tường khởi công nhà máy sản xuất bao bì giấy tại KCN VSIP Quảng Ngãi, tổng vốn 45 triệu USD, công suất 90.000 tấn/năm.",
            "2025-09-20",
            "provincial",
            [
                "region_prefix",
                "headline_line",
                "groundbreaking",
                "repeated_amount",
                "capacity_no_count",
                "deal_date",
            ],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Bao bì Carton Vạn Tường", "Công ty TNHH")],
            money=[m(45 * M, "USD")],
            locations=[park("Khu công nghiệp VSIP Quảng Ngãi")],
            deals=[deal("groundbreaking", ["Bao bì Carton Vạn Tường"], 45 * M, QNG, "2025-09-19")],
            events=[ev("groundbreaking", [F("Bao bì Carton Vạn Tường")], 45 * M, "USD", QNG, "started")],
        ),
        h(
            3607,
            "Hội chợ công nghiệp hỗ trợ và cơ khí Quảng Ngãi 2025 mở cửa từ ngày 14 đến 18/11 với 126 gian hàng của 58 doanh nghiệp trong và ngoài tỉnh.",
            "2025-11-14",
            "provincial",
            ["fair", "count", "date_range", "no_event"],
            provinces=[pv("Quảng Ngãi")],
            quantities=[c(126, "gian hàng"), c(58, "doanh nghiệp")],
            events=[],
        ),
        h(
            3608,
            "Bên lề hội chợ, Công ty CP Cơ khí Đóng tàu Sa Huỳnh và Công ty TNHH Thiết bị Nâng hạ Kon Tum Xanh ký hợp đồng chế tạo 12 cổng trục cho cảng Dung Quất, trị giá 64 tỷ đồng.",
            "2025-07-07",
            "provincial",
            ["fair_contract", "supply_contract", "firm_pair", "count"],
            firms=[
                f("Cơ khí Đóng tàu Sa Huỳnh", "Công ty CP"),
                f("Thiết bị Nâng hạ Kon Tum Xanh", "Công ty TNHH"),
            ],
            money=[m(64 * B, "VND")],
            quantities=[c(12, "cổng trục")],
            deals=[
                deal("supply_contract", ["Cơ khí Đóng tàu Sa Huỳnh", "Thiết bị Nâng hạ Kon Tum Xanh"], 64 * B)
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Đóng tàu Sa Huỳnh"), F("Thiết bị Nâng hạ Kon Tum Xanh")],
                    64 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3609,
            "Kon Tum (cũ) - UBND tỉnh Quảng Ngãi vừa chấp thuận chủ trương đầu tư đồng thời chấp thuận nhà đầu tư cho Công ty CP Dược liệu Ngọc Linh Sâm thực hiện dự án nhà máy chiết xuất dược liệu 560 tỷ đồng tại xã Đăk Tô.",
            "2025-10-15",
            "provincial",
            ["old_province_cu", "licence", "government_party", "dual_approval"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
            provinces=[pv("Kon Tum"), pv("Quảng Ngãi")],
            firms=[f("Dược liệu Ngọc Linh Sâm", "Công ty CP")],
            money=[m(560 * B, "VND")],
            deals=[deal("investment", ["Dược liệu Ngọc Linh Sâm"], 560 * B, QNG)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Quảng Ngãi"), F("Dược liệu Ngọc Linh Sâm")],
                    560 * B,
                    "VND",
                    QNG,
                    "licensed",
                )
            ],
        ),
        h(
            3610,
            "Hỏi: Doanh nghiệp đã có giấy chứng nhận đăng ký đầu tư tại Dung Quất muốn tăng vốn thì nộp hồ sơ ở đâu?\nTrả lời: Nhà đầu tư nộp hồ sơ điều chỉnh tại Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi theo Nghị định số 31/2021/NĐ-CP.",
            "2025-04-02",
            "legal",
            ["qa", "decree", "no_firm", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            decisions=[d("31/2021/NĐ-CP")],
            events=[],
        ),
        # --- Nghệ An: VSIP, WHA, Hoàng Mai ---
        h(
            3611,
            "Ngày 27/11, Công ty TNHH Quang học Everstar Nghệ An, doanh nghiệp do Everstar Optics Hong Kong Company Limited rót vốn, động thổ nhà máy mô-đun camera ô tô tại KCN VSIP Nghệ An 2, vốn giai đoạn đầu 135 triệu USD. Dự án đã được Ban Quản lý Khu kinh tế Đông Nam cấp giấy chứng nhận đăng ký đầu tư ngày 19/8.",
            "2025-11-28",
            "provincial",
            [
                "groundbreaking",
                "parent_hong_kong",
                "apposition",
                "recalled_licence",
                "two_sentences",
                "deal_date",
                "park_province",
            ],
            organizations=["Ban Quản lý Khu kinh tế Đông Nam"],
            provinces=[pv("Nghệ An")],
            firms=[
                f("Quang học Everstar Nghệ An", "Công ty TNHH"),
                f("Everstar Optics Hong Kong", "Co., Ltd."),
            ],
            money=[m(135 * M, "USD")],
            locations=[park("Khu công nghiệp VSIP Nghệ An 2")],
            deals=[
                deal("groundbreaking", ["Quang học Everstar Nghệ An"], 135 * M, NA, "2025-11-27"),
                deal("investment", ["Quang học Everstar Nghệ An"], None, NA, "2025-08-19"),
            ],
            events=[ev("groundbreaking", [F("Quang học Everstar Nghệ An")], 135 * M, "USD", NA, "started")],
        ),
        h(
            3612,
            "Giai đoạn đầu, nhà máy cần khoảng 3.500 lao động; đến năm 2028 con số này dự kiến lên hơn 6.000 lao động, trong đó có 400 kỹ sư.",
            "2025-11-28",
            "provincial",
            ["labour", "count", "approx", "no_event"],
            quantities=[c(3500, "lao động", True), c(6000, "lao động", True), c(400, "kỹ sư")],
            events=[],
        ),
        h(
            3613,
            "Chiều 3/12, UBND tỉnh Nghệ An trao giấy chứng nhận đăng ký đầu tư trị giá 96 triệu USD cho Tập đoàn Lumitek (Trung Quốc) để xây nhà máy đèn LED ô tô tại KCN WHA Industrial Zone 1 Nghệ An.",
            "2025-12-04",
            "provincial",
            ["licence", "government_party", "amount_before_firm", "country_bracket", "deal_date"],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            firms=[f("Lumitek", "Tập đoàn")],
            money=[m(96 * M, "USD")],
            locations=[park("Khu công nghiệp WHA Industrial Zone 1 Nghệ An"), country("Trung Quốc")],
            deals=[deal("investment", ["Lumitek"], 96 * M, NA, "2025-12-03")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Nghệ An"), F("Lumitek")],
                    96 * M,
                    "USD",
                    NA,
                    "licensed",
                )
            ],
        ),
        h(
            3614,
            "Thứ hai là Công ty TNHH Vỏ nhôm Chính xác Hưng Tín, một đơn vị thành viên của Tập đoàn Hưng Tín Metal (Đài Loan) mới đặt nhà máy tại Nghi Lộc.",
            "2025-09-02",
            "ministry",
            ["list_item", "member_of_group", "no_verb_of_event", "country_bracket", "no_event"],
            firms=[f("Vỏ nhôm Chính xác Hưng Tín", "Công ty TNHH"), f("Hưng Tín Metal", "Tập đoàn")],
            locations=[country("Đài Loan")],
            events=[],
        ),
        h(
            3615,
            "Công ty CP Phát triển KCN Nam Cấm Xanh hiện quản lý 2 khu công nghiệp trong tỉnh; riêng KCN Nam Cấm 2 rộng 327 ha đã cho thuê 118,4 ha cho 14 dự án.",
            "2026-01-06",
            "provincial",
            ["park_developer", "cumulative", "count", "area", "no_event"],
            firms=[f("Phát triển KCN Nam Cấm Xanh", "Công ty CP")],
            quantities=[c(2, "khu công nghiệp"), c(14, "dự án")],
            areas=[ha(327), ha(118.4)],
            locations=[park("Khu công nghiệp Nam Cấm 2")],
            events=[],
        ),
        h(
            3616,
            "Công ty TNHH Vải Kỹ thuật Lamtex (Singapore) đã ký hợp đồng thuê lại 38 ha đất tại KCN Thọ Lộc với Công ty TNHH VSIP Nghệ An để xây nhà máy vải không dệt.",
            "2025-05-28",
            "provincial",
            ["lease", "park_developer", "firm_pair", "area", "country_bracket"],
            firms=[f("Vải Kỹ thuật Lamtex", "Công ty TNHH"), f("VSIP Nghệ An", "Công ty TNHH")],
            areas=[ha(38)],
            locations=[park("Khu công nghiệp Thọ Lộc"), country("Singapore")],
            deals=[deal("cooperation", ["Vải Kỹ thuật Lamtex", "VSIP Nghệ An"])],
            events=[
                ev("cooperation", [F("Vải Kỹ thuật Lamtex"), F("VSIP Nghệ An")], None, None, None, "signed")
            ],
        ),
        h(
            3617,
            "Nghệ An - Sáng 16/10, Công ty TNHH Linh kiện Ô tô Kaiyuan Hoàng Mai (thuộc Tập đoàn Kaiyuan, Samoa) động thổ nhà máy vỏ pin và giá đỡ ắc quy trên diện tích 34 ha tại KCN Hoàng Mai II, vốn 85 triệu USD.",
            "2025-10-17",
            "provincial",
            ["dateline_dash", "groundbreaking", "member_of_group", "area", "deal_date", "dateline_not_site"],
            provinces=[pv("Nghệ An")],
            firms=[f("Linh kiện Ô tô Kaiyuan Hoàng Mai", "Công ty TNHH"), f("Kaiyuan", "Tập đoàn")],
            money=[m(85 * M, "USD")],
            areas=[ha(34)],
            locations=[park("Khu công nghiệp Hoàng Mai II"), country("Samoa")],
            deals=[deal("groundbreaking", ["Linh kiện Ô tô Kaiyuan Hoàng Mai"], 85 * M, None, "2025-10-16")],
            events=[
                ev("groundbreaking", [F("Linh kiện Ô tô Kaiyuan Hoàng Mai")], 85 * M, "USD", None, "started")
            ],
        ),
        h(
            3618,
            "Đồng chí Trần Quốc Khánh - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An đề nghị Tập đoàn Sembcorp và Công ty TNHH VSIP Nghệ An sớm hoàn thành hạ tầng KCN VSIP Nghệ An 3 để đón nhà đầu tư thứ cấp.",
            "2025-04-18",
            "provincial",
            ["dong_chi", "two_roles", "request", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            persons=[per("Trần Quốc Khánh", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nghệ An")],
            provinces=[pv("Nghệ An")],
            firms=[f("Sembcorp", "Tập đoàn"), f("VSIP Nghệ An", "Công ty TNHH")],
            locations=[park("Khu công nghiệp VSIP Nghệ An 3")],
            events=[],
        ),
        h(
            3619,
            "Công ty CP Cơ điện Lạnh Vinh Thành và Công ty TNHH Điện tử Goertek Nghệ An ký hợp đồng lắp đặt hệ thống điều hòa phòng sạch cho hai xưởng mới, giá trị 118 tỷ đồng, thời gian thi công 7 tháng.",
            "2025-12-03",
            "ministry",
            ["nfd", "installation_contract", "supply_contract", "firm_pair", "place_in_name"],
            firms=[f("Cơ điện Lạnh Vinh Thành", "Công ty CP"), f("Điện tử Goertek Nghệ An", "Công ty TNHH")],
            money=[m(118 * B, "VND")],
            deals=[deal("supply_contract", ["Cơ điện Lạnh Vinh Thành", "Điện tử Goertek Nghệ An"], 118 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ điện Lạnh Vinh Thành"), F("Điện tử Goertek Nghệ An")],
                    118 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3620,
            "Nhà máy của Công ty TNHH Luxshare-ICT Nghệ An tại KCN VSIP Nghệ An. Ảnh: Hồ Lam",
            "2025-04-18",
            "provincial",
            ["caption", "photo_credit", "no_event"],
            provinces=[pv("Nghệ An")],
            firms=[f("Luxshare-ICT Nghệ An", "Công ty TNHH")],
            locations=[park("Khu công nghiệp VSIP Nghệ An")],
            events=[],
        ),
        # --- Hà Tĩnh and Vũng Áng ---
        h(
            3621,
            "Tập đoàn Thép Rajpur (Ấn Độ) thông báo không tiếp tục dự án cảng chuyên dụng và nhà máy cán nguội 1,8 tỷ USD ở Khu kinh tế Vũng Áng sau 4 năm nghiên cứu, khi dự án vẫn chưa được cấp giấy chứng nhận đầu tư.",
            "2025-03-11",
            "provincial",
            ["withdrawn", "no_licence", "no_event"],
            firms=[f("Thép Rajpur", "Tập đoàn")],
            money=[m(1.8 * B, "USD")],
            locations=[zone("Khu kinh tế Vũng Áng"), country("Ấn Độ")],
            events=[],
        ),
        h(
            3622,
            "Hai nhà đầu tư Hàn Quốc vừa gửi văn bản đến UBND tỉnh Hà Tĩnh đề xuất nghiên cứu dự án điện gió ngoài khơi khoảng 3 tỷ USD.",
            "2025-07-11",
            "provincial",
            ["proposal", "unnamed_investors", "count_in_words", "approx", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            money=[m(3 * B, "USD", None, True)],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            3623,
            "Hà Tĩnh - Ngày 9/6, Công ty CP Pin Lưu trữ Vũng Áng Xanh và Công ty TNHH Cảng Quốc tế Sơn Dương ký hợp đồng dịch vụ bốc xếp và lưu kho cho nguyên liệu cathode nhập khẩu trong 5 năm, giá trị khoảng 260 tỷ đồng.",
            "2025-06-10",
            "provincial",
            ["dateline_dash", "logistics_contract", "supply_contract", "firm_pair", "approx", "deal_date"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Pin Lưu trữ Vũng Áng Xanh", "Công ty CP"), f("Cảng Quốc tế Sơn Dương", "Công ty TNHH")],
            money=[m(260 * B, "VND", None, True)],
            deals=[
                deal(
                    "supply_contract",
                    ["Cảng Quốc tế Sơn Dương", "Pin Lưu trữ Vũng Áng Xanh"],
                    260 * B,
                    None,
                    "2025-06-09",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cảng Quốc tế Sơn Dương"), F("Pin Lưu trữ Vũng Áng Xanh")],
                    260 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3624,
            "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh đã điều chỉnh giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Kết cấu Thép Formosa Kỳ Anh, tăng vốn từ 45 triệu USD lên 72 triệu USD.",
            "2025-11-26",
            "provincial",
            ["capital_increase", "from_to", "government_party", "place_in_name"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Kết cấu Thép Formosa Kỳ Anh", "Công ty TNHH")],
            money=[m(45 * M, "USD"), m(72 * M, "USD")],
            deals=[deal("investment", ["Kết cấu Thép Formosa Kỳ Anh"], 27 * M, HT)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"), F("Kết cấu Thép Formosa Kỳ Anh")],
                    27 * M,
                    "USD",
                    HT,
                    "licensed",
                )
            ],
        ),
        h(
            3625,
            "KCN Kỳ Lợi Xanh rộng 482,5 ha do Công ty CP Hạ tầng Công nghiệp Kỳ Lợi làm nhà đầu tư, vốn hơn 4.300 tỷ đồng.",
            "2025-02-19",
            "provincial",
            ["project_line", "park_developer", "area", "approx", "announced"],
            firms=[f("Hạ tầng Công nghiệp Kỳ Lợi", "Công ty CP")],
            money=[m(4300 * B, "VND", None, True)],
            areas=[ha(482.5)],
            locations=[park("Khu công nghiệp Kỳ Lợi Xanh")],
            deals=[deal("investment", ["Hạ tầng Công nghiệp Kỳ Lợi"], 4300 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Hạ tầng Công nghiệp Kỳ Lợi")],
                    4300 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3626,
            "Có thông tin cho rằng Tập đoàn Gotion High-Tech sẽ dừng xây nhà máy tại Vũng Áng. Tuy nhiên, đại diện Công ty TNHH Gotion Hà Tĩnh khẳng định thông tin trên không có căn cứ, dự án vẫn thi công đúng tiến độ.",
            "2025-08-05",
            "ministry",
            ["rumour_denied", "two_sentences", "no_event"],
            firms=[f("Gotion High-Tech", "Tập đoàn"), f("Gotion Hà Tĩnh", "Công ty TNHH")],
            events=[],
        ),
        h(
            3627,
            "VŨNG ÁNG — Viet Duc Steel JSC and Hà Tĩnh Port Services Co., Ltd signed a 15-year lease for a 20-hectare rolling mill site on July 2.",
            "2025-07-03",
            "ministry",
            ["english_copy", "lease", "firm_pair", "area", "deal_date"],
            firms=[f("Viet Duc Steel", "JSC"), f("Hà Tĩnh Port Services", "Co., Ltd.")],
            areas=[ha(20)],
            deals=[
                deal("cooperation", ["Viet Duc Steel", "Hà Tĩnh Port Services"], None, None, "2025-07-02")
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Viet Duc Steel"), F("Hà Tĩnh Port Services")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3628,
            "Theo Sở Tài chính Hà Tĩnh, 9 tháng năm 2025 toàn tỉnh cấp mới 14 dự án, điều chỉnh 23 lượt dự án; tổng vốn đăng ký mới và tăng thêm đạt 12.350 tỷ đồng, gấp 2,1 lần cùng kỳ.",
            "2025-10-06",
            "provincial",
            ["period_total", "count", "luot_not_count", "no_event"],
            organizations=["Sở Tài chính Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            money=[m(12350 * B, "VND")],
            quantities=[c(14, "dự án")],
            events=[],
        ),
        h(
            3629,
            "Bà Phạm Thị Hải Yến, Phó Giám đốc Sở Công Thương Hà Tĩnh cho biết tỉnh có 52 doanh nghiệp công nghiệp hỗ trợ, phần lớn là doanh nghiệp nhỏ gia công cơ khí.",
            "2025-05-14",
            "provincial",
            ["person_role_after_ba", "count", "no_event"],
            organizations=["Sở Công Thương Hà Tĩnh"],
            persons=[per("Phạm Thị Hải Yến", "Phó Giám đốc Sở Công Thương Hà Tĩnh")],
            provinces=[pv("Hà Tĩnh")],
            quantities=[c(52, "doanh nghiệp")],
            events=[],
        ),
        h(
            3630,
            "Công ty CP Đầu tư Cửa Lò Xanh và Công ty TNHH Kho lạnh Bắc Trung Bộ cùng động thổ trung tâm logistics lạnh tại KCN Đông Hồi (Nghệ An) ngày 3/12, tổng vốn 480 tỷ đồng.",
            "2025-12-04",
            "provincial",
            ["co_groundbreaking", "total_to_each", "province_bracket", "deal_date"],
            provinces=[pv("Nghệ An")],
            firms=[f("Đầu tư Cửa Lò Xanh", "Công ty CP"), f("Kho lạnh Bắc Trung Bộ", "Công ty TNHH")],
            money=[m(480 * B, "VND")],
            locations=[park("Khu công nghiệp Đông Hồi")],
            deals=[
                deal("groundbreaking", ["Đầu tư Cửa Lò Xanh"], 480 * B, NA, "2025-12-03"),
                deal("groundbreaking", ["Kho lạnh Bắc Trung Bộ"], 480 * B, NA, "2025-12-03"),
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Đầu tư Cửa Lò Xanh"), F("Kho lạnh Bắc Trung Bộ")],
                    480 * B,
                    "VND",
                    NA,
                    "started",
                )
            ],
        ),
        # --- Bình Định (now Gia Lai): wood furniture, Phú Tài, Long Mỹ, Nhơn Hội ---
        h(
            3631,
            "Ngày 4/6, Công ty TNHH Mộc Nội thất An Nhơn Phát nhận giấy chứng nhận đăng ký đầu tư từ Ban Quản lý Khu kinh tế tỉnh Bình Định cho xưởng ván ghép thanh rộng 8.420 m2 tại KCN Nhơn Hòa, vốn 27 tỷ đồng.\nThanh Vân",
            "2025-06-20",
            "provincial",
            ["licence", "received_from", "area_m2", "byline_line", "deal_date"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Bình Định"],
            provinces=[pv("Bình Định")],
            firms=[f("Mộc Nội thất An Nhơn Phát", "Công ty TNHH")],
            money=[m(27 * B, "VND")],
            areas=[ha(0.842)],
            locations=[park("Khu công nghiệp Nhơn Hòa")],
            deals=[deal("investment", ["Mộc Nội thất An Nhơn Phát"], 27 * B, BDI, "2025-06-04")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Bình Định"), F("Mộc Nội thất An Nhơn Phát")],
                    27 * B,
                    "VND",
                    BDI,
                    "licensed",
                )
            ],
        ),
        h(
            3632,
            "Công ty CP Chế biến Gỗ Hoài Nhơn Xanh được Ban Quản lý Khu kinh tế Bình Định chấp thuận điều chỉnh chủ trương đầu tư, mở rộng xưởng tại KCN Long Mỹ thêm 9.650 m2, vốn tăng thêm gần 34 tỉ đồng.",
            "2025-01-22",
            "provincial",
            ["passive_licence", "adjusted_approval", "increase_amount", "area_m2", "ti_spelling", "approx"],
            organizations=["Ban Quản lý Khu kinh tế Bình Định"],
            provinces=[pv("Bình Định")],
            firms=[f("Chế biến Gỗ Hoài Nhơn Xanh", "Công ty CP")],
            money=[m(34 * B, "VND", None, True)],
            areas=[ha(0.965)],
            locations=[park("Khu công nghiệp Long Mỹ")],
            deals=[deal("investment", ["Chế biến Gỗ Hoài Nhơn Xanh"], 34 * B, BDI)],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế Bình Định"), F("Chế biến Gỗ Hoài Nhơn Xanh")],
                    34 * B,
                    "VND",
                    BDI,
                    "licensed",
                )
            ],
        ),
        h(
            3633,
            "Khách hàng chính của các xưởng gỗ ngoài trời ở Quy Nhơn hiện là IKEA, Lidl, Aldi và Home Depot; thị trường EU chiếm 78% đơn hàng.",
            "2025-03-09",
            "provincial",
            ["customer_list", "bare_brands", "percentage", "no_contract", "no_event"],
            firms=[f("IKEA"), f("Lidl"), f("Aldi"), f("Home Depot")],
            percentages=[78],
            events=[],
        ),
        h(
            3634,
            "Quy Nhơn - Ngày 9/3, Q-FAIR 2026 khai mạc với hơn 650 gian hàng; ngay trong ngày đầu, Công ty CP Lâm sản Phù Cát Xanh ký hợp đồng cung cấp 1.200 container bàn ghế ngoài trời cho hãng bán lẻ Kingfisher (Anh), trị giá khoảng 38 triệu USD.",
            "2026-03-10",
            "provincial",
            [
                "dateline_city",
                "fair_contract",
                "supply_contract",
                "firm_pair",
                "count",
                "approx",
                "country_bracket",
                "deal_date",
            ],
            firms=[f("Lâm sản Phù Cát Xanh", "Công ty CP"), f("Kingfisher")],
            money=[m(38 * M, "USD", None, True)],
            quantities=[c(650, "gian hàng", True), c(1200, "container")],
            locations=[country("Anh")],
            deals=[
                deal("supply_contract", ["Lâm sản Phù Cát Xanh", "Kingfisher"], 38 * M, None, "2026-03-09")
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Lâm sản Phù Cát Xanh"), F("Kingfisher")],
                    38 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3635,
            "Ông Nguyễn Hữu Phước, Phó Chủ tịch Hiệp hội Gỗ và Lâm sản Bình Định, cho biết hội chợ năm nay có 312 doanh nghiệp tham gia các buổi gặp B2B với nhà nhập khẩu nước ngoài.",
            "2026-03-11",
            "provincial",
            ["association_head", "b2b_total", "count", "no_event"],
            organizations=["Hiệp hội Gỗ và Lâm sản Bình Định"],
            persons=[per("Nguyễn Hữu Phước", "Phó Chủ tịch Hiệp hội Gỗ và Lâm sản Bình Định")],
            provinces=[pv("Bình Định")],
            quantities=[c(312, "doanh nghiệp")],
            events=[],
        ),
        h(
            3636,
            "Hiệp hội Gỗ và Lâm sản Bình Định và Trường Đại học Quy Nhơn ký thỏa thuận hợp tác đào tạo 300 kỹ thuật viên thiết kế nội thất trong ba năm.",
            "2026-03-12",
            "provincial",
            ["association_university_mou", "organization_parties", "count", "no_deal"],
            organizations=["Hiệp hội Gỗ và Lâm sản Bình Định", "Trường Đại học Quy Nhơn"],
            provinces=[pv("Bình Định")],
            quantities=[c(300, "kỹ thuật viên")],
            events=[
                ev(
                    "mou",
                    [O("Hiệp hội Gỗ và Lâm sản Bình Định"), O("Trường Đại học Quy Nhơn")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3637,
            "Gia Lai (mới) - Tại hội nghị xúc tiến đầu tư chiều 28/10, lãnh đạo tỉnh trao quyết định chủ trương đầu tư cho 4 dự án tại Khu kinh tế Nhơn Hội, gồm: nhà máy pin mặt trời của Công ty TNHH Năng lượng Nhơn Hội Solar (2.400 tỷ đồng); nhà máy sợi của Công ty CP Sợi Phước Sơn (960 tỷ đồng); kho lạnh của Công ty TNHH Logistics Thị Nại (310 tỷ đồng) và xưởng đóng tàu composite của Công ty CP Tàu thuyền Cát Tiến (145 tỷ đồng).",
            "2025-10-29",
            "provincial",
            [
                "new_province_moi",
                "conference_list",
                "licence",
                "count",
                "four_investors",
                "unnamed_leaders",
                "deal_date",
            ],
            provinces=[pv("Gia Lai")],
            firms=[
                f("Năng lượng Nhơn Hội Solar", "Công ty TNHH"),
                f("Sợi Phước Sơn", "Công ty CP"),
                f("Logistics Thị Nại", "Công ty TNHH"),
                f("Tàu thuyền Cát Tiến", "Công ty CP"),
            ],
            money=[m(2400 * B, "VND"), m(960 * B, "VND"), m(310 * B, "VND"), m(145 * B, "VND")],
            quantities=[c(4, "dự án")],
            locations=[zone("Khu kinh tế Nhơn Hội")],
            deals=[
                deal("investment", ["Năng lượng Nhơn Hội Solar"], 2400 * B, None, "2025-10-28"),
                deal("investment", ["Sợi Phước Sơn"], 960 * B, None, "2025-10-28"),
                deal("investment", ["Logistics Thị Nại"], 310 * B, None, "2025-10-28"),
                deal("investment", ["Tàu thuyền Cát Tiến"], 145 * B, None, "2025-10-28"),
            ],
            events=[
                ev("investment_licence", [F("Năng lượng Nhơn Hội Solar")], 2400 * B, "VND", None, "licensed"),
                ev("investment_licence", [F("Sợi Phước Sơn")], 960 * B, "VND", None, "licensed"),
                ev("investment_licence", [F("Logistics Thị Nại")], 310 * B, "VND", None, "licensed"),
                ev("investment_licence", [F("Tàu thuyền Cát Tiến")], 145 * B, "VND", None, "licensed"),
            ],
        ),
        h(
            3638,
            "Cùng dịp, UBND tỉnh Gia Lai và Tập đoàn Becamex IDC ký biên bản ghi nhớ nghiên cứu đầu tư KCN Becamex Bình Định giai đoạn 2 quy mô 1.000 ha, vốn dự kiến khoảng 7.000 tỷ đồng.",
            "2025-10-29",
            "provincial",
            [
                "government_firm_mou",
                "investment_project",
                "park_province",
                "area",
                "approx",
                "cung_dip_no_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Gia Lai"],
            provinces=[pv("Gia Lai"), pv("Bình Định")],
            firms=[f("Becamex IDC", "Tập đoàn")],
            money=[m(7000 * B, "VND", None, True)],
            areas=[ha(1000)],
            locations=[park("Khu công nghiệp Becamex Bình Định")],
            deals=[deal("investment", ["Becamex IDC"], 7000 * B, BDI)],
            events=[ev("mou", [G("UBND tỉnh Gia Lai"), F("Becamex IDC")], 7000 * B, "VND", BDI, "signed")],
        ),
        h(
            3639,
            "Theo kế hoạch, Công ty CP Gỗ Đại Thành Long sẽ khánh thành xưởng sấy gỗ thứ ba vào quý II/2026, nâng công suất lên 18.000 m3 gỗ tinh chế mỗi năm.",
            "2025-12-16",
            "provincial",
            ["planned_inauguration", "announced_investment", "capacity_no_count", "quarter_not_date"],
            firms=[f("Gỗ Đại Thành Long", "Công ty CP")],
            deals=[deal("investment", ["Gỗ Đại Thành Long"])],
            events=[ev("investment_announcement", [F("Gỗ Đại Thành Long")], None, None, None, "announced")],
        ),
        h(
            3640,
            "Xưởng chà nhám ván ghép ở KCN Phú Tài. Ảnh: Minh Thư",
            "2025-03-09",
            "provincial",
            ["caption", "photo_credit", "no_firm", "no_event"],
            locations=[park("Khu công nghiệp Phú Tài")],
            events=[],
        ),
        # --- Khánh Hòa, Cam Ranh and the former Ninh Thuận: solar, LNG, seafood ---
        h(
            3641,
            "Nhà máy điện mặt trời nổi hồ Tà Rục (công suất 42 MWp) do Công ty TNHH Năng lượng Tà Rục Xanh làm chủ đầu tư, xây dựng trên khoảng 61 ha mặt hồ thuộc xã Cam Hiệp. Tổng mức đầu tư hơn 960 tỷ đồng.",
            "2025-05-31",
            "provincial",
            ["project_line", "amount_next_sentence", "capacity_no_count", "area", "approx", "two_sentences"],
            firms=[f("Năng lượng Tà Rục Xanh", "Công ty TNHH")],
            money=[m(960 * B, "VND", None, True)],
            areas=[ha(61, True)],
            deals=[deal("investment", ["Năng lượng Tà Rục Xanh"], 960 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Năng lượng Tà Rục Xanh")],
                    960 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3642,
            "UBND tỉnh Khánh Hòa vừa ban hành Quyết định số 2287/QĐ-UBND phê duyệt kết quả lựa chọn nhà đầu tư dự án nhà máy xử lý chất thải rắn phát điện Cam Ranh; nhà đầu tư trúng thầu là liên danh Công ty CP Môi trường Bắc Cam Ranh - Tập đoàn Hitz Ecotec (Nhật Bản), vốn hơn 2.350 tỷ đồng.",
            "2026-01-29",
            "legal",
            [
                "investor_tender",
                "consortium",
                "licence",
                "government_party",
                "decision_no_date",
                "country_bracket",
                "approx",
            ],
            organizations=["Ủy ban nhân dân tỉnh Khánh Hòa"],
            provinces=[pv("Khánh Hòa")],
            decisions=[d("2287/QĐ-UBND")],
            firms=[f("Môi trường Bắc Cam Ranh", "Công ty CP"), f("Hitz Ecotec", "Tập đoàn")],
            money=[m(2350 * B, "VND", None, True)],
            locations=[country("Nhật Bản")],
            deals=[
                deal("investment", ["Môi trường Bắc Cam Ranh", "Hitz Ecotec"], 2350 * B, KH),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Khánh Hòa"), F("Môi trường Bắc Cam Ranh"), F("Hitz Ecotec")],
                    2350 * B,
                    "VND",
                    KH,
                    "licensed",
                )
            ],
        ),
        h(
            3643,
            "Ninh Thuận (cũ) - Công ty CP Điện gió Thuận Nam Xanh và Công ty TNHH Kỹ thuật Điện PowerGen Đông Dương ký hợp đồng EPC trạm biến áp 220 kV và đường dây đấu nối, giá trị 486 tỷ đồng, ngày 14/4.",
            "2025-04-15",
            "provincial",
            ["old_province_cu", "epc", "supply_contract", "firm_pair", "date_at_end", "deal_date"],
            provinces=[pv("Ninh Thuận")],
            firms=[
                f("Điện gió Thuận Nam Xanh", "Công ty CP"),
                f("Kỹ thuật Điện PowerGen Đông Dương", "Công ty TNHH"),
            ],
            money=[m(486 * B, "VND")],
            deals=[
                deal(
                    "supply_contract",
                    ["Kỹ thuật Điện PowerGen Đông Dương", "Điện gió Thuận Nam Xanh"],
                    486 * B,
                    None,
                    "2025-04-14",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Kỹ thuật Điện PowerGen Đông Dương"), F("Điện gió Thuận Nam Xanh")],
                    486 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3644,
            "Giá mua điện theo hợp đồng là 1.184,9 đồng/kWh, thời hạn 20 năm; bên mua là Công ty Mua bán điện thuộc Tập đoàn Điện lực Việt Nam.",
            "2025-04-15",
            "provincial",
            ["price_per_kwh", "one_named_side", "member_of_group", "no_event"],
            firms=[f("Mua bán điện", "Công ty"), f("Điện lực Việt Nam", "Tập đoàn")],
            events=[],
        ),
        h(
            3645,
            "Cam Ranh - Công ty CP Thủy sản Cam Ranh Xanh đã hoàn tất mua lại 100% vốn của Công ty TNHH Chế biến Hải sản Mỹ Ca với giá 215 tỷ đồng, theo công bố ngày 2/10.",
            "2025-10-03",
            "ministry",
            ["dateline_city", "acquisition", "completed", "percentage", "announcement_date_not_deal"],
            firms=[f("Thủy sản Cam Ranh Xanh", "Công ty CP"), f("Chế biến Hải sản Mỹ Ca", "Công ty TNHH")],
            money=[m(215 * B, "VND")],
            percentages=[100],
            deals=[deal("investment", ["Thủy sản Cam Ranh Xanh"], 215 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Thủy sản Cam Ranh Xanh"), F("Chế biến Hải sản Mỹ Ca")],
                    215 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3646,
            "Khánh Hoà: 7 dự án điện gió ngoài khơi được đề xuất bổ sung quy hoạch, tổng diện tích khảo sát hơn 1.240 ha và tổng mức đầu tư 61.500 tỷ đồng.",
            "2025-11-18",
            "provincial",
            ["old_tone", "region_prefix", "count", "area", "approx", "unnamed_projects", "no_event"],
            provinces=[pv("Khánh Hòa")],
            money=[m(61500 * B, "VND")],
            quantities=[c(7, "dự án")],
            areas=[ha(1240, True)],
            events=[],
        ),
        h(
            3647,
            "Ngày 21/5, tại KCN Suối Dầu, Công ty TNHH Thực phẩm Đóng hộp Nha Trang Seafoods khánh thành dây chuyền cá ngừ đóng hộp thứ hai, vốn 18 triệu USD, nâng công suất lên 9.000 tấn thành phẩm/năm.",
            "2025-05-22",
            "provincial",
            ["inauguration", "capacity_no_count", "deal_date"],
            firms=[f("Thực phẩm Đóng hộp Nha Trang Seafoods", "Công ty TNHH")],
            money=[m(18 * M, "USD")],
            locations=[park("Khu công nghiệp Suối Dầu")],
            deals=[deal("investment", ["Thực phẩm Đóng hộp Nha Trang Seafoods"], 18 * M, None, "2025-05-21")],
            events=[
                ev(
                    "inauguration",
                    [F("Thực phẩm Đóng hộp Nha Trang Seafoods")],
                    18 * M,
                    "USD",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3648,
            "Công ty TNHH Thực phẩm Đóng hộp Nha Trang Seafoods hiện xuất khẩu sang Nhật Bản, Hoa Kỳ và Israel; năm 2024 doanh thu đạt 1.920 tỷ đồng.",
            "2025-05-22",
            "provincial",
            ["revenue", "countries", "no_event"],
            firms=[f("Thực phẩm Đóng hộp Nha Trang Seafoods", "Công ty TNHH")],
            money=[m(1920 * B, "VND")],
            locations=[country("Nhật Bản"), country("Hoa Kỳ"), country("Israel")],
            events=[],
        ),
        h(
            3649,
            "Tập đoàn Sojitz (Nhật Bản) và Công ty CP Cảng Cam Ranh đã ký thỏa thuận khung về phát triển kho ngoại quan 12 ha tại cảng, trong lúc hai bên vẫn đàm phán giá thuê đất.",
            "2025-08-27",
            "ministry",
            ["framework_agreement", "mou", "firm_pair", "area", "country_bracket", "still_negotiating_side"],
            firms=[f("Sojitz", "Tập đoàn"), f("Cảng Cam Ranh", "Công ty CP")],
            areas=[ha(12)],
            locations=[country("Nhật Bản")],
            deals=[deal("mou", ["Sojitz", "Cảng Cam Ranh"])],
            events=[ev("mou", [F("Sojitz"), F("Cảng Cam Ranh")], None, None, None, "signed")],
        ),
        h(
            3650,
            "Đến nay, Khu kinh tế Vân Phong có 96 dự án còn hiệu lực với tổng vốn đăng ký hơn 3,7 tỷ USD, trong đó có 12 dự án FDI.",
            "2025-12-29",
            "provincial",
            ["cumulative", "count", "approx", "no_event"],
            money=[m(3.7 * B, "USD", None, True)],
            quantities=[c(96, "dự án"), c(12, "dự án")],
            locations=[zone("Khu kinh tế Vân Phong")],
            events=[],
        ),
        # --- Tây Ninh with the former Long An: textiles, cold chain, ready-built factories ---
        h(
            3651,
            "Công ty TNHH Dệt Kim Hoa Sen Phước Đông nhận giấy chứng nhận đăng ký đầu tư từ Ban Quản lý Khu kinh tế tỉnh Tây Ninh sáng 24/2 cho nhà máy nhuộm và hoàn tất vải 86 triệu USD, rộng 27 ha, đặt tại KCN Phước Đông.",
            "2025-02-25",
            "provincial",
            ["licence_received", "government_party", "textile", "area", "deal_date"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Dệt Kim Hoa Sen Phước Đông", "Công ty TNHH")],
            money=[m(86 * M, "USD")],
            areas=[ha(27)],
            locations=[park("Khu công nghiệp Phước Đông")],
            deals=[deal("investment", ["Dệt Kim Hoa Sen Phước Đông"], 86 * M, TN, "2025-02-24")],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý Khu kinh tế tỉnh Tây Ninh"), F("Dệt Kim Hoa Sen Phước Đông")],
                    86 * M,
                    "USD",
                    TN,
                    "licensed",
                )
            ],
        ),
        h(
            3652,
            'Phát biểu tại buổi lễ, ông Võ Đức Trọng, Trưởng Ban Quản lý Khu kinh tế tỉnh Tây Ninh nói: "Tỉnh sẽ ưu tiên đào tạo công nhân dệt nhuộm cho dự án ngay từ năm nay".',
            "2025-02-25",
            "provincial",
            ["quote", "person_role_after", "pledge", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Tây Ninh"],
            persons=[per("Võ Đức Trọng", "Trưởng Ban Quản lý Khu kinh tế tỉnh Tây Ninh")],
            provinces=[pv("Tây Ninh")],
            events=[],
        ),
        h(
            3653,
            "Tập đoàn Marubeni Foods, Công ty TNHH Kho vận Hokuto (cùng của Nhật Bản) và Công ty CP Logistics Đức Hòa Xanh góp vốn thành lập Công ty TNHH Chuỗi Lạnh Nhật Việt Tân Đức theo tỷ lệ 60%, 30% và 10%.",
            "2025-08-01",
            "ministry",
            ["joint_venture", "three_founders", "shareholding_split", "percentage", "new_company_mention"],
            firms=[
                f("Marubeni Foods", "Tập đoàn"),
                f("Kho vận Hokuto", "Công ty TNHH"),
                f("Logistics Đức Hòa Xanh", "Công ty CP"),
                f("Chuỗi Lạnh Nhật Việt Tân Đức", "Công ty TNHH"),
            ],
            percentages=[60, 30, 10],
            locations=[country("Nhật Bản")],
            deals=[
                deal("cooperation", ["Marubeni Foods", "Kho vận Hokuto"]),
                deal("cooperation", ["Marubeni Foods", "Logistics Đức Hòa Xanh"]),
                deal("cooperation", ["Kho vận Hokuto", "Logistics Đức Hòa Xanh"]),
            ],
            events=[
                ev(
                    "joint_venture",
                    [F("Marubeni Foods"), F("Kho vận Hokuto"), F("Logistics Đức Hòa Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3654,
            "Liên doanh sẽ xây kho lạnh đa nhiệt độ sức chứa 26.000 pallet tại KCN Tân Đức, xã Đức Hòa, tỉnh Tây Ninh; nhà thầu thi công là Công ty TNHH Xây dựng Daiwa House Việt Nam.",
            "2025-08-01",
            "ministry",
            ["contractor_named_no_contract", "capacity_no_count", "commune", "no_event"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Xây dựng Daiwa House", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Tân Đức")],
            events=[],
        ),
        h(
            3655,
            "Long An (cũ): Khởi công kho xưởng xây sẵn 14 ha\nNgày 6/11, Công ty CP Phát triển Công nghiệp Cần Giuộc Xanh khởi công giai đoạn 1 dự án nhà xưởng xây sẵn tại KCN Cầu Tràm, vốn 1.150 tỷ đồng (tương đương 45 triệu USD); ba khách thuê từ Hàn Quốc và Nhật Bản đã đặt cọc.",
            "2025-11-07",
            "provincial",
            [
                "old_province_cu",
                "headline_line",
                "groundbreaking",
                "conversion",
                "area",
                "count_in_words",
                "deal_date",
            ],
            provinces=[pv("Long An")],
            firms=[f("Phát triển Công nghiệp Cần Giuộc Xanh", "Công ty CP")],
            money=[m(1150 * B, "VND"), m(45 * M, "USD")],
            areas=[ha(14)],
            locations=[park("Khu công nghiệp Cầu Tràm"), country("Hàn Quốc"), country("Nhật Bản")],
            deals=[
                deal(
                    "groundbreaking", ["Phát triển Công nghiệp Cần Giuộc Xanh"], 1150 * B, None, "2025-11-06"
                )
            ],
            events=[
                ev(
                    "groundbreaking",
                    [F("Phát triển Công nghiệp Cần Giuộc Xanh")],
                    1150 * B,
                    "VND",
                    None,
                    "started",
                )
            ],
        ),
        h(
            3656,
            "Công ty TNHH Bao bì Nắp Chai Kessler Việt Nam (Đức), khách thuê đầu tiên, sẽ đặt tại đây nhà máy nắp nhựa 21 triệu USD - nhà máy thứ 9 của tập đoàn ở châu Á.",
            "2025-11-07",
            "provincial",
            ["tenant_named", "planned_plant", "apposition", "country_bracket"],
            firms=[f("Bao bì Nắp Chai Kessler", "Công ty TNHH")],
            money=[m(21 * M, "USD")],
            locations=[country("Đức")],
            deals=[deal("investment", ["Bao bì Nắp Chai Kessler"], 21 * M)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Bao bì Nắp Chai Kessler")],
                    21 * M,
                    "USD",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3657,
            "Tây Ninh đặt mục tiêu đến năm 2030 có khoảng 9.800 ha đất công nghiệp, gấp 2,6 lần hiện nay.",
            "2025-09-18",
            "provincial",
            ["plan", "area", "approx", "no_event"],
            provinces=[pv("Tây Ninh")],
            areas=[ha(9800, True)],
            events=[],
        ),
        h(
            3658,
            "Trảng Bàng - Công ty CP Sợi Trảng Bàng Phú Lộc ký hợp đồng mua 18 máy dệt kiếm của Tập đoàn Picanol (Bỉ), giao trong quý I/2026.",
            "2025-10-10",
            "provincial",
            [
                "dateline_town",
                "purchase_contract",
                "supply_contract",
                "firm_pair",
                "count",
                "country_bracket",
            ],
            firms=[f("Sợi Trảng Bàng Phú Lộc", "Công ty CP"), f("Picanol", "Tập đoàn")],
            quantities=[c(18, "máy dệt kiếm")],
            locations=[country("Bỉ")],
            deals=[deal("supply_contract", ["Picanol", "Sợi Trảng Bàng Phú Lộc"])],
            events=[
                ev("supply_contract", [F("Picanol"), F("Sợi Trảng Bàng Phú Lộc")], None, None, None, "signed")
            ],
        ),
        h(
            3659,
            "Tây Ninh – Ngày 18/3, Công ty Cổ phần Dệt Hòa Thành Phát tổ chức lễ khởi công xây dựng nhà máy dệt thoi tại Khu công nghiệp Thành Thành Công, tổng vốn đầu tư hơn 530 tỷ đồng (khoảng 21 triệu USD).",
            "2026-03-19",
            "provincial",
            ["en_dash_dateline", "groundbreaking", "cong_ty_co_phan", "conversion", "approx", "deal_date"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Dệt Hòa Thành Phát", "Công ty CP")],
            money=[m(530 * B, "VND", None, True), m(21 * M, "USD", None, True)],
            locations=[park("Khu công nghiệp Thành Thành Công")],
            deals=[deal("groundbreaking", ["Dệt Hòa Thành Phát"], 530 * B, None, "2026-03-18")],
            events=[ev("groundbreaking", [F("Dệt Hòa Thành Phát")], 530 * B, "VND", None, "started")],
        ),
        h(
            3660,
            "TÂY NINH — Hòa Thành Phát Textile JSC broke ground on a woven-fabric plant at the Thành Thành Công Industrial Park on Wednesday, with an investment of about US$21 million.",
            "2026-03-19",
            "ministry",
            ["english_copy", "groundbreaking", "weekday_no_date", "approx", "english_park_no_location"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Hòa Thành Phát Textile", "JSC")],
            money=[m(21 * M, "USD", None, True)],
            deals=[deal("groundbreaking", ["Hòa Thành Phát Textile"], 21 * M)],
            events=[ev("groundbreaking", [F("Hòa Thành Phát Textile")], 21 * M, "USD", None, "started")],
        ),
        h(
            3661,
            "Công ty TNHH Hạ tầng Kỹ thuật Thạnh Đức và Công ty TNHH Giày Thể thao Everest Long An đã thanh lý hợp đồng thuê 9 ha trước hạn sau khi doanh nghiệp giày thu hẹp sản xuất.",
            "2025-07-21",
            "provincial",
            ["contract_ended_early", "lease", "recalled_contract", "area", "place_in_name"],
            firms=[
                f("Hạ tầng Kỹ thuật Thạnh Đức", "Công ty TNHH"),
                f("Giày Thể thao Everest Long An", "Công ty TNHH"),
            ],
            areas=[ha(9)],
            deals=[deal("cooperation", ["Hạ tầng Kỹ thuật Thạnh Đức", "Giày Thể thao Everest Long An"])],
            events=[],
        ),
        h(
            3662,
            "Theo Sở Tài chính Tây Ninh, 10 tháng năm 2025 tỉnh thu hút 98 dự án FDI mới với vốn hơn 1,26 tỷ USD; lũy kế có 1.486 dự án FDI còn hiệu lực, vốn khoảng 15,9 tỷ USD.",
            "2025-11-04",
            "provincial",
            ["period_total", "cumulative", "count", "approx", "no_event"],
            organizations=["Sở Tài chính Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            money=[m(1.26 * B, "USD", None, True), m(15.9 * B, "USD", None, True)],
            quantities=[c(98, "dự án"), c(1486, "dự án")],
            events=[],
        ),
        h(
            3663,
            "Ngân hàng TMCP Công Thương Việt Nam (VietinBank) Chi nhánh Long An ký hợp đồng tín dụng 620 tỷ đồng với Công ty CP Cảng Quốc tế Tân Tập Xanh để đầu tư bến container số 3.",
            "2025-06-12",
            "provincial",
            ["credit", "bank_branch", "firm_pair", "acronym_bracket"],
            provinces=[pv("Long An")],
            firms=[f("Công Thương Việt Nam", "Ngân hàng TMCP"), f("Cảng Quốc tế Tân Tập Xanh", "Công ty CP")],
            money=[m(620 * B, "VND")],
            deals=[deal("cooperation", ["Công Thương Việt Nam", "Cảng Quốc tế Tân Tập Xanh"], 620 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Công Thương Việt Nam"), F("Cảng Quốc tế Tân Tập Xanh")],
                    620 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3664,
            "Có ý kiến cho rằng Tập đoàn Siam Estate (Thái Lan) sẽ mua lại KCN Thạnh Đức 2 với giá 300 triệu USD. Phía Công ty CP Hạ tầng Kỹ thuật Thạnh Đức Xanh khẳng định chưa từng đàm phán với đối tác nào.",
            "2025-09-30",
            "ministry",
            ["rumour_denied", "two_sentences", "country_bracket", "no_event"],
            firms=[f("Siam Estate", "Tập đoàn"), f("Hạ tầng Kỹ thuật Thạnh Đức Xanh", "Công ty CP")],
            money=[m(300 * M, "USD")],
            locations=[park("Khu công nghiệp Thạnh Đức 2"), country("Thái Lan")],
            events=[],
        ),
        # --- the former Bình Dương (now TP.HCM): VSIP, Bàu Bàng, Japanese tenants ---
        h(
            3665,
            "(BDO) Sáng 22-5, tại KCN VSIP II, Công ty TNHH Nakagawa Seal Việt Nam khánh thành nhà máy thứ 3 tại Bình Dương (cũ), diện tích 3,1 ha, vốn đầu tư khoảng 640 tỷ đồng.",
            "2025-05-23",
            "provincial",
            [
                "paper_code_bracket",
                "inauguration",
                "third_plant",
                "old_province_cu",
                "dash_date",
                "approx",
                "deal_date",
            ],
            provinces=[pv("Bình Dương")],
            firms=[f("Nakagawa Seal", "Công ty TNHH")],
            money=[m(640 * B, "VND", None, True)],
            areas=[ha(3.1)],
            locations=[park("Khu công nghiệp VSIP II")],
            deals=[deal("investment", ["Nakagawa Seal"], 640 * B, BDG, "2025-05-22")],
            events=[ev("inauguration", [F("Nakagawa Seal")], 640 * B, "VND", BDG, "completed")],
        ),
        h(
            3666,
            "Nakagawa Seal Việt Nam do tập đoàn mẹ ở Osaka sở hữu toàn bộ vốn; phớt chặn dầu của công ty được xuất sang Nhật Bản, Thái Lan và Mỹ.",
            "2025-05-23",
            "provincial",
            ["company_profile", "bare_name_vietnam_dropped", "no_event"],
            firms=[f("Nakagawa Seal")],
            locations=[country("Nhật Bản"), country("Thái Lan"), country("Mỹ")],
            events=[],
        ),
        h(
            3667,
            "Tổng Công ty Becamex IDC vừa ký hợp đồng cho Công ty TNHH Sợi Tái chế Seoyang thuê lại 23 ha tại KCN Cây Trường, nơi doanh nghiệp Hàn Quốc này sẽ đặt nhà máy xơ polyester.",
            "2025-03-27",
            "provincial",
            ["lease", "park_developer", "lessor_first", "firm_pair", "area"],
            firms=[f("Becamex IDC", "Tổng công ty"), f("Sợi Tái chế Seoyang", "Công ty TNHH")],
            areas=[ha(23)],
            locations=[park("Khu công nghiệp Cây Trường"), country("Hàn Quốc")],
            deals=[deal("cooperation", ["Becamex IDC", "Sợi Tái chế Seoyang"])],
            events=[
                ev("cooperation", [F("Becamex IDC"), F("Sợi Tái chế Seoyang")], None, None, None, "signed")
            ],
        ),
        h(
            3668,
            "TP.HCM - Sở Công Thương TP.HCM và Hiệp hội Doanh nghiệp tỉnh Bình Dương tổ chức chương trình kết nối cung cầu hàng hóa năm 2025 với 140 gian hàng của doanh nghiệp hai địa phương.",
            "2025-10-22",
            "provincial",
            ["supply_demand_fair", "count", "no_event"],
            organizations=["Sở Công Thương TP.HCM", "Hiệp hội Doanh nghiệp tỉnh Bình Dương"],
            provinces=[pv("Hồ Chí Minh"), pv("Bình Dương")],
            quantities=[c(140, "gian hàng")],
            events=[],
        ),
        h(
            3669,
            "Trong khuôn khổ chương trình, Công ty CP Cà phê Phước Hòa Rang Xay và Công ty CP Chuỗi Siêu thị Phú Lâm Mart ký hợp đồng đưa 42 sản phẩm cà phê đóng gói lên kệ từ tháng 1/2026.",
            "2025-10-22",
            "provincial",
            ["fair_contract", "supply_contract", "firm_pair", "count", "month_not_date"],
            firms=[
                f("Cà phê Phước Hòa Rang Xay", "Công ty CP"),
                f("Chuỗi Siêu thị Phú Lâm Mart", "Công ty CP"),
            ],
            quantities=[c(42, "sản phẩm")],
            deals=[deal("supply_contract", ["Cà phê Phước Hòa Rang Xay", "Chuỗi Siêu thị Phú Lâm Mart"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Cà phê Phước Hòa Rang Xay"), F("Chuỗi Siêu thị Phú Lâm Mart")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3670,
            "Công ty TNHH Điện tử Foster Bình Dương vừa được Ban Quản lý các Khu chế xuất và công nghiệp TP.HCM điều chỉnh giấy chứng nhận đăng ký đầu tư, tăng vốn thêm 38 triệu USD để lắp dây chuyền loa ô tô.",
            "2025-09-09",
            "provincial",
            ["passive_licence", "capital_increase", "place_in_name", "government_party"],
            organizations=["Ban Quản lý các Khu chế xuất và công nghiệp TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            firms=[f("Điện tử Foster Bình Dương", "Công ty TNHH")],
            money=[m(38 * M, "USD")],
            deals=[deal("investment", ["Điện tử Foster Bình Dương"], 38 * M, cur("Hồ Chí Minh"))],
            events=[
                ev(
                    "investment_licence",
                    [G("Ban Quản lý các Khu chế xuất và công nghiệp TP.HCM"), F("Điện tử Foster Bình Dương")],
                    38 * M,
                    "USD",
                    cur("Hồ Chí Minh"),
                    "licensed",
                )
            ],
        ),
        # --- the former Vĩnh Phúc (now Phú Thọ): carmakers' suppliers ---
        h(
            3671,
            "Ở khu vực Vĩnh Phúc (cũ), chuỗi cung ứng của các hãng xe Nhật Bản mới có 11 doanh nghiệp Việt ở lớp 1, chủ yếu làm linh kiện dập và nhựa.",
            "2025-06-05",
            "ministry",
            ["old_province_cu", "tier1", "count", "no_event"],
            provinces=[pv("Vĩnh Phúc")],
            quantities=[c(11, "doanh nghiệp")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            3672,
            "Công ty CP Dập Kim loại Tam Dương cung ứng giá đỡ ắc quy cho Honda Việt Nam từ năm 2021 và là một trong ít nhà cung cấp cấp 1 người Việt của hãng.",
            "2025-06-05",
            "ministry",
            ["supplier_status", "no_contract", "brand_vietnam_dropped", "no_event"],
            firms=[f("Dập Kim loại Tam Dương", "Công ty CP"), f("Honda")],
            events=[],
        ),
        h(
            3673,
            "Ngày 11/7, Công ty TNHH Linh kiện Nhựa Bình Xuyên và Công ty TNHH Ghế Ô tô Kurashiki Phúc Yên ký hợp đồng cung cấp chi tiết nhựa ốp ghế cho dòng xe mới trong 4 năm, trị giá 7,5 triệu USD.",
            "2025-07-12",
            "provincial",
            ["tier2", "supply_contract", "firm_pair", "place_in_name", "deal_date"],
            firms=[
                f("Linh kiện Nhựa Bình Xuyên", "Công ty TNHH"),
                f("Ghế Ô tô Kurashiki Phúc Yên", "Công ty TNHH"),
            ],
            money=[m(7.5 * M, "USD")],
            deals=[
                deal(
                    "supply_contract",
                    ["Linh kiện Nhựa Bình Xuyên", "Ghế Ô tô Kurashiki Phúc Yên"],
                    7.5 * M,
                    None,
                    "2025-07-11",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Linh kiện Nhựa Bình Xuyên"), F("Ghế Ô tô Kurashiki Phúc Yên")],
                    7.5 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3674,
            "Honda Việt Nam cho biết năm 2025 đã mua linh kiện của 82 nhà cung cấp trong nước, tổng giá trị khoảng 1,1 tỷ USD.",
            "2025-12-15",
            "ministry",
            ["purchase_total", "unnamed_suppliers", "count", "approx", "no_event"],
            firms=[f("Honda")],
            money=[m(1.1 * B, "USD", None, True)],
            quantities=[c(82, "nhà cung cấp")],
            events=[],
        ),
        h(
            3675,
            "Phú Thọ - Sở Công Thương tỉnh Phú Thọ và Công ty TNHH Toyota Việt Nam ký kết chương trình hợp tác nâng cao năng lực cho 20 doanh nghiệp cơ khí ở khu vực Vĩnh Phúc cũ.",
            "2025-08-20",
            "provincial",
            ["dateline_dash", "state_firm_programme", "mou", "no_deal", "count", "old_province_cu"],
            organizations=["Sở Công Thương tỉnh Phú Thọ"],
            provinces=[pv("Phú Thọ"), pv("Vĩnh Phúc")],
            firms=[f("Toyota", "Công ty TNHH")],
            quantities=[c(20, "doanh nghiệp")],
            events=[ev("mou", [G("Sở Công Thương tỉnh Phú Thọ"), F("Toyota")], None, None, None, "signed")],
        ),
        h(
            3676,
            "Công ty TNHH Cơ khí Chính xác Tam Đảo Hưng Long đã đầu tư 3 máy dập servo cỡ lớn để nhận thêm đơn hàng từ các nhà cung cấp cấp 1 của Honda.",
            "2025-09-26",
            "ministry",
            ["equipment_purchase", "no_counterpart", "count", "no_event"],
            firms=[f("Cơ khí Chính xác Tam Đảo Hưng Long", "Công ty TNHH"), f("Honda")],
            quantities=[c(3, "máy dập servo")],
            events=[],
        ),
        h(
            3677,
            "Ngày 30/9, tại KCN Bá Thiện II, Công ty TNHH Dây điện Ô tô Sumiden Phúc Yên khởi công xưởng thứ hai vốn 55 triệu USD và cùng ngày ký hợp đồng thuê nhà ở công nhân với Công ty CP Phát triển Đô thị Bá Thiện.",
            "2025-10-01",
            "provincial",
            ["groundbreaking", "lease", "two_events", "cung_ngay", "deal_date"],
            firms=[
                f("Dây điện Ô tô Sumiden Phúc Yên", "Công ty TNHH"),
                f("Phát triển Đô thị Bá Thiện", "Công ty CP"),
            ],
            money=[m(55 * M, "USD")],
            locations=[park("Khu công nghiệp Bá Thiện II")],
            deals=[
                deal("groundbreaking", ["Dây điện Ô tô Sumiden Phúc Yên"], 55 * M, None, "2025-09-30"),
                deal(
                    "cooperation",
                    ["Dây điện Ô tô Sumiden Phúc Yên", "Phát triển Đô thị Bá Thiện"],
                    None,
                    None,
                    "2025-09-30",
                ),
            ],
            events=[
                ev("groundbreaking", [F("Dây điện Ô tô Sumiden Phúc Yên")], 55 * M, "USD", None, "started"),
                ev(
                    "cooperation",
                    [F("Dây điện Ô tô Sumiden Phúc Yên"), F("Phát triển Đô thị Bá Thiện")],
                    None,
                    None,
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            3678,
            "Theo anh Nguyễn Văn Tùng, thu nhập của thợ hàn tại Công ty TNHH Cơ khí Chính xác Tam Đảo Hưng Long năm nay tăng khoảng 12% so với năm trước.",
            "2025-09-26",
            "ministry",
            ["worker", "theo_person", "no_role", "percentage", "no_event"],
            persons=[per("Nguyễn Văn Tùng", None)],
            firms=[f("Cơ khí Chính xác Tam Đảo Hưng Long", "Công ty TNHH")],
            percentages=[12],
            events=[],
        ),
        h(
            3679,
            "Tập đoàn Piaggio (Italy) dự kiến ký hợp đồng khung với 4 nhà cung cấp nội địa trong tháng 12 để tăng tỷ lệ nội địa hóa xe tay ga lên 60%.",
            "2025-11-12",
            "ministry",
            ["planned_contract", "unnamed_counterparts", "count", "percentage", "no_event"],
            firms=[f("Piaggio", "Tập đoàn")],
            percentages=[60],
            quantities=[c(4, "nhà cung cấp")],
            locations=[country("Italy")],
            events=[],
        ),
        h(
            3680,
            "KCN Khai Quang hiện có 112 dự án, trong đó 89 dự án FDI với tổng vốn đăng ký 2,05 tỷ USD và 23 dự án trong nước vốn 3.180 tỷ đồng.",
            "2025-05-19",
            "provincial",
            ["cumulative", "count", "two_currencies", "no_event"],
            money=[m(2_050_000_000, "USD"), m(3180 * B, "VND")],
            quantities=[c(112, "dự án"), c(89, "dự án"), c(23, "dự án")],
            locations=[park("Khu công nghiệp Khai Quang")],
            events=[],
        ),
        # --- Quảng Ninh: revoked projects, clusters, Đông Mai and Hải Yên ---
        h(
            3681,
            "Quảng Ninh thu hồi 3 dự án chậm triển khai\nUBND tỉnh Quảng Ninh vừa quyết định chấm dứt hoạt động 3 dự án, gồm: trạm trung chuyển than của Công ty CP Kho vận Cẩm Phả Mới (vốn 270 tỷ đồng) tại KCN Cái Lân; xưởng sơn tĩnh điện của Công ty TNHH Sơn phủ Kim loại Tiên Phong (1,2 triệu USD) và nhà máy đồ gỗ mỹ nghệ của Công ty TNHH Mộc Móng Cái Xanh (1,6 triệu USD) tại KCN Hải Yên.",
            "2025-04-09",
            "provincial",
            ["revoked_list", "headline_line", "count", "semicolon_list", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            firms=[
                f("Kho vận Cẩm Phả Mới", "Công ty CP"),
                f("Sơn phủ Kim loại Tiên Phong", "Công ty TNHH"),
                f("Mộc Móng Cái Xanh", "Công ty TNHH"),
            ],
            money=[m(270 * B, "VND"), m(1.2 * M, "USD"), m(1.6 * M, "USD")],
            quantities=[c(3, "dự án")],
            locations=[park("Khu công nghiệp Cái Lân"), park("Khu công nghiệp Hải Yên")],
            events=[],
        ),
        h(
            3682,
            "Cụm công nghiệp Tiên Lãng Bắc rộng 48,6 ha: Quyết định số 1620/QĐ-UBND ngày 3/7/2025 của UBND tỉnh Quảng Ninh phê duyệt chủ trương đầu tư hạ tầng cụm, đồng thời chấp thuận Công ty CP Hạ tầng Tiên Yên Phát làm nhà đầu tư, vốn 436 tỷ đồng.",
            "2025-07-10",
            "legal",
            [
                "cluster",
                "licence",
                "decision_with_date",
                "decision_date_not_deal_date",
                "area",
                "government_party",
            ],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            decisions=[d("1620/QĐ-UBND", "2025-07-03")],
            firms=[f("Hạ tầng Tiên Yên Phát", "Công ty CP")],
            money=[m(436 * B, "VND")],
            areas=[ha(48.6)],
            locations=[park("Cụm công nghiệp Tiên Lãng Bắc")],
            deals=[deal("investment", ["Hạ tầng Tiên Yên Phát"], 436 * B, QN)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Quảng Ninh"), F("Hạ tầng Tiên Yên Phát")],
                    436 * B,
                    "VND",
                    QN,
                    "licensed",
                )
            ],
        ),
        h(
            3683,
            "Ngày 19/8, tại KCN Đông Mai, Công ty TNHH Điện tử Jinko Quảng Ninh ký hợp đồng thuê lại 15 ha đất công nghiệp với Công ty CP Phát triển KCN Đông Mai Viglacera, thời hạn đến năm 2058.",
            "2025-08-20",
            "provincial",
            ["lease", "park_developer", "firm_pair", "area", "deal_date", "park_in_firm_name"],
            firms=[
                f("Điện tử Jinko Quảng Ninh", "Công ty TNHH"),
                f("Phát triển KCN Đông Mai Viglacera", "Công ty CP"),
            ],
            areas=[ha(15)],
            locations=[park("Khu công nghiệp Đông Mai")],
            deals=[
                deal(
                    "cooperation",
                    ["Điện tử Jinko Quảng Ninh", "Phát triển KCN Đông Mai Viglacera"],
                    None,
                    None,
                    "2025-08-19",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Điện tử Jinko Quảng Ninh"), F("Phát triển KCN Đông Mai Viglacera")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3684,
            "Ban Quản lý Khu kinh tế Quảng Ninh cho biết 11 tháng năm 2025 đã cấp mới 18 dự án FDI với tổng vốn 2,43 tỷ USD, điều chỉnh tăng vốn 9 dự án thêm 312 triệu USD.",
            "2025-12-05",
            "provincial",
            ["period_total", "count", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            money=[m(2.43 * B, "USD"), m(312 * M, "USD")],
            quantities=[c(18, "dự án"), c(9, "dự án")],
            events=[],
        ),
        h(
            3685,
            "Thứ nhất là dự án sản xuất linh kiện quang điện của Công ty TNHH Quang Điện Runergy Hải Hà, vốn 380 triệu USD; thứ hai là dự án sản xuất sợi nylon của Công ty TNHH Sợi Hóa học Texhong Đầm Hà, vốn 95 triệu USD.",
            "2025-12-05",
            "provincial",
            ["thu_nhat_list", "project_lines", "no_licensing_verb", "two_investors"],
            firms=[
                f("Quang Điện Runergy Hải Hà", "Công ty TNHH"),
                f("Sợi Hóa học Texhong Đầm Hà", "Công ty TNHH"),
            ],
            money=[m(380 * M, "USD"), m(95 * M, "USD")],
            deals=[
                deal("investment", ["Quang Điện Runergy Hải Hà"], 380 * M),
                deal("investment", ["Sợi Hóa học Texhong Đầm Hà"], 95 * M),
            ],
            events=[
                ev(
                    "investment_announcement",
                    [F("Quang Điện Runergy Hải Hà")],
                    380 * M,
                    "USD",
                    None,
                    "announced",
                ),
                ev(
                    "investment_announcement",
                    [F("Sợi Hóa học Texhong Đầm Hà")],
                    95 * M,
                    "USD",
                    None,
                    "announced",
                ),
            ],
        ),
        h(
            3686,
            "Hạ Long - Công ty CP Than Hà Lầm Mới và Tổng công ty Máy động lực và Máy nông nghiệp Việt Nam ký hợp đồng cung cấp 24 máy xúc lật cho mỏ than, giá trị 87 tỷ đồng.",
            "2025-06-17",
            "provincial",
            ["nfd", "dateline_city", "supply_contract", "firm_pair", "state_corporation", "count"],
            firms=[
                f("Than Hà Lầm Mới", "Công ty CP"),
                f("Máy động lực và Máy nông nghiệp Việt Nam", "Tổng công ty"),
            ],
            money=[m(87 * B, "VND")],
            quantities=[c(24, "máy xúc lật")],
            deals=[
                deal(
                    "supply_contract", ["Máy động lực và Máy nông nghiệp Việt Nam", "Than Hà Lầm Mới"], 87 * B
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Máy động lực và Máy nông nghiệp Việt Nam"), F("Than Hà Lầm Mới")],
                    87 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3687,
            "Tỉnh Quảng Ninh đang tìm nhà đầu tư cho dự án hạ tầng Cụm công nghiệp Hà Khánh Bắc, tổng chi phí thực hiện khoảng 512 tỷ đồng, trên diện tích 43 ha.",
            "2025-05-06",
            "provincial",
            ["investor_search", "no_investor", "approx", "area", "no_event"],
            provinces=[pv("Quảng Ninh")],
            money=[m(512 * B, "VND", None, True)],
            areas=[ha(43)],
            locations=[park("Cụm công nghiệp Hà Khánh Bắc")],
            events=[],
        ),
        h(
            3688,
            "Ông Vũ Thanh Sơn, Phó Trưởng Ban Quản lý Khu kinh tế Quảng Ninh, và bà Zhang Li, Tổng Giám đốc Công ty TNHH Điện tử Jinko Quảng Ninh, đã trao đổi về tiến độ xây dựng nhà xưởng.",
            "2025-08-20",
            "provincial",
            ["two_persons_roles", "meeting", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế Quảng Ninh"],
            persons=[
                per("Vũ Thanh Sơn", "Phó Trưởng Ban Quản lý Khu kinh tế Quảng Ninh"),
                per("Zhang Li", "Tổng Giám đốc Công ty TNHH Điện tử Jinko Quảng Ninh"),
            ],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Điện tử Jinko Quảng Ninh", "Công ty TNHH")],
            events=[],
        ),
        # --- Lạng Sơn: border logistics ---
        h(
            3689,
            "Trước đó, ngày 12/9/2025, Tổng Công ty CP Bưu chính Hữu Nghị đã ký hợp đồng thuê lại toàn bộ hạ tầng từ Công ty CP Trung chuyển Hàng hóa Đồng Đăng để vận hành công viên logistics 96 ha.",
            "2025-11-20",
            "provincial",
            [
                "recalled_lease",
                "truoc_do",
                "whole_infrastructure_lease",
                "tong_cong_ty_cp",
                "area",
                "deal_date",
            ],
            firms=[
                f("Bưu chính Hữu Nghị", "Tổng công ty"),
                f("Trung chuyển Hàng hóa Đồng Đăng", "Công ty CP"),
            ],
            areas=[ha(96)],
            deals=[
                deal(
                    "cooperation",
                    ["Bưu chính Hữu Nghị", "Trung chuyển Hàng hóa Đồng Đăng"],
                    None,
                    None,
                    "2025-09-12",
                )
            ],
            events=[],
        ),
        h(
            3690,
            "Dự án Khu trung chuyển hàng hóa Tân Thanh có tổng vốn hơn 2.700 tỷ đồng, gồm bãi container lạnh, kho ngoại quan và khu kiểm hóa, thuộc Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn.",
            "2025-11-20",
            "provincial",
            ["project_description", "no_investor", "zone_with_province", "approx", "no_event"],
            provinces=[pv("Lạng Sơn")],
            money=[m(2700 * B, "VND", None, True)],
            locations=[zone("Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn")],
            events=[],
        ),
        h(
            3691,
            "Lạng Sơn - Sáng 5/12, Công ty TNHH Logistics Kỳ Lừa khai trương trung tâm giao dịch nông sản tại cửa khẩu Tân Thanh, vốn 160 tỷ đồng.",
            "2025-12-06",
            "provincial",
            ["dateline_dash", "opening_khai_truong", "inauguration", "deal_date"],
            provinces=[pv("Lạng Sơn")],
            firms=[f("Logistics Kỳ Lừa", "Công ty TNHH")],
            money=[m(160 * B, "VND")],
            deals=[deal("investment", ["Logistics Kỳ Lừa"], 160 * B, None, "2025-12-05")],
            events=[ev("inauguration", [F("Logistics Kỳ Lừa")], 160 * B, "VND", None, "completed")],
        ),
        h(
            3692,
            "Tập đoàn Đông Bắc Land muốn đầu tư khoảng 600 ha tại KCN Đồng Bành mở rộng, nhưng đến nay chưa nộp hồ sơ đề xuất.",
            "2025-05-30",
            "provincial",
            ["wish", "no_proposal", "area", "approx", "no_event"],
            firms=[f("Đông Bắc Land", "Tập đoàn")],
            areas=[ha(600, True)],
            locations=[park("Khu công nghiệp Đồng Bành mở rộng")],
            events=[],
        ),
        h(
            3693,
            'Ông Hoàng Văn Nghiệm, Phó Chủ tịch UBND tỉnh Lạng Sơn khẳng định: "Tỉnh sẽ dành riêng một luồng thông quan cho xe chở nông sản tươi từ tháng 3 tới".',
            "2025-08-18",
            "provincial",
            ["quote", "person_role_after", "pledge", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Lạng Sơn"],
            persons=[per("Hoàng Văn Nghiệm", "Phó Chủ tịch UBND tỉnh Lạng Sơn")],
            provinces=[pv("Lạng Sơn")],
            events=[],
        ),
        h(
            3694,
            "Công ty CP Xuất nhập khẩu Nông sản Lộc Bình và Công ty TNHH Thương mại Quả Tươi Bằng Tường (Trung Quốc) ký thỏa thuận hợp tác thu mua 3.000 container hoa quả mỗi năm qua cửa khẩu Chi Ma.",
            "2025-07-02",
            "provincial",
            ["thoa_thuan_hop_tac", "mou", "firm_pair", "count", "country_bracket"],
            firms=[
                f("Xuất nhập khẩu Nông sản Lộc Bình", "Công ty CP"),
                f("Thương mại Quả Tươi Bằng Tường", "Công ty TNHH"),
            ],
            quantities=[c(3000, "container")],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Xuất nhập khẩu Nông sản Lộc Bình", "Thương mại Quả Tươi Bằng Tường"])],
            events=[
                ev(
                    "mou",
                    [F("Xuất nhập khẩu Nông sản Lộc Bình"), F("Thương mại Quả Tươi Bằng Tường")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        # --- Đà Nẵng: semiconductors, chip design, software parks ---
        h(
            3695,
            "Sáng 16/10, Phó Chủ tịch UBND thành phố Đà Nẵng Phan Thái Bình tiếp ông Kenji Mori, Chủ tịch Hiệp hội Thiết bị Bán dẫn Kyushu; hai bên bàn khả năng hiệp hội mở văn phòng đại diện tại thành phố.",
            "2025-10-17",
            "provincial",
            ["reception", "person_role_before", "foreign_person", "no_signing", "no_event"],
            organizations=["Ủy ban nhân dân thành phố Đà Nẵng", "Hiệp hội Thiết bị Bán dẫn Kyushu"],
            persons=[
                per("Phan Thái Bình", "Phó Chủ tịch UBND thành phố Đà Nẵng"),
                per("Kenji Mori", "Chủ tịch Hiệp hội Thiết bị Bán dẫn Kyushu"),
            ],
            provinces=[pv("Đà Nẵng")],
            events=[],
        ),
        h(
            3696,
            "Đà Nẵng hiện có 31 doanh nghiệp thiết kế vi mạch, trong đó có Infineon, MediaTek và Công ty TNHH Thiết kế Chip Sơn Trà Xanh.",
            "2025-09-09",
            "provincial",
            ["cumulative", "list_of_firms", "bare_brands", "count", "no_event"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Infineon"), f("MediaTek"), f("Thiết kế Chip Sơn Trà Xanh", "Công ty TNHH")],
            quantities=[c(31, "doanh nghiệp")],
            events=[],
        ),
        h(
            3697,
            "Đà Nẵng - Ngày 5/2, Công ty TNHH Thiết kế Chip Sơn Trà Xanh và Trường Đại học Bách khoa - Đại học Đà Nẵng ký thỏa thuận hợp tác đào tạo 150 kỹ sư thiết kế vi mạch mỗi năm.",
            "2026-02-06",
            "provincial",
            ["dateline_dash", "firm_university_mou", "no_deal", "count", "dash_in_org"],
            organizations=["Trường Đại học Bách khoa - Đại học Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Thiết kế Chip Sơn Trà Xanh", "Công ty TNHH")],
            quantities=[c(150, "kỹ sư")],
            events=[
                ev(
                    "mou",
                    [F("Thiết kế Chip Sơn Trà Xanh"), O("Trường Đại học Bách khoa - Đại học Đà Nẵng")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3698,
            "Công ty CP Đóng gói Bán dẫn Hòa Khánh vừa nhận giấy chứng nhận đăng ký đầu tư điều chỉnh, tăng vốn từ 1.200 tỷ đồng lên 2.950 tỷ đồng để lắp dây chuyền đóng gói tiên tiến FC-BGA.",
            "2025-10-14",
            "provincial",
            ["capital_increase", "from_to", "no_grantor", "acronym_product"],
            firms=[f("Đóng gói Bán dẫn Hòa Khánh", "Công ty CP")],
            money=[m(1200 * B, "VND"), m(2950 * B, "VND")],
            deals=[deal("investment", ["Đóng gói Bán dẫn Hòa Khánh"], 1750 * B)],
            events=[
                ev("investment_licence", [F("Đóng gói Bán dẫn Hòa Khánh")], 1750 * B, "VND", None, "licensed")
            ],
        ),
        h(
            3699,
            "Hàn Quốc hiện đứng đầu về số dự án FDI tại Đà Nẵng với 214 dự án, tổng vốn khoảng 780 triệu USD.",
            "2025-09-09",
            "provincial",
            ["ranking", "cumulative", "count", "approx", "no_event"],
            provinces=[pv("Đà Nẵng")],
            money=[m(780 * M, "USD", None, True)],
            quantities=[c(214, "dự án")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            3700,
            "Quảng Nam (cũ) - Tại Khu kinh tế mở Chu Lai, Công ty TNHH Khuôn Mẫu Tam Hiệp và Công ty CP Nhựa Kỹ thuật Núi Thành ký hợp đồng chế tạo 35 bộ khuôn cản xe, trị giá 41 tỷ đồng, ngày 8/10.",
            "2025-10-09",
            "provincial",
            [
                "old_province_cu",
                "zone_site",
                "supply_contract",
                "firm_pair",
                "count",
                "date_at_end",
                "deal_date",
            ],
            provinces=[pv("Quảng Nam")],
            firms=[f("Khuôn Mẫu Tam Hiệp", "Công ty TNHH"), f("Nhựa Kỹ thuật Núi Thành", "Công ty CP")],
            money=[m(41 * B, "VND")],
            quantities=[c(35, "bộ khuôn cản xe")],
            locations=[zone("Khu kinh tế mở Chu Lai")],
            deals=[
                deal(
                    "supply_contract",
                    ["Khuôn Mẫu Tam Hiệp", "Nhựa Kỹ thuật Núi Thành"],
                    41 * B,
                    None,
                    "2025-10-08",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Khuôn Mẫu Tam Hiệp"), F("Nhựa Kỹ thuật Núi Thành")],
                    41 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3701,
            "Thành phố Đà Nẵng và bang Bavaria (Đức) đã trao đổi về khả năng hợp tác trong lĩnh vực bán dẫn, nhưng chưa ký văn kiện nào.",
            "2025-09-10",
            "ministry",
            ["exchange", "negated", "foreign_state", "no_event"],
            provinces=[pv("Đà Nẵng")],
            locations=[country("Đức")],
            events=[],
        ),
        h(
            3702,
            "Ngày 18/12, Ngân hàng TMCP Ngoại thương Việt Nam Chi nhánh Đà Nẵng và Công ty CP Đóng gói Bán dẫn Hòa Khánh ký hợp đồng tín dụng trung hạn 1.300 tỷ đồng.",
            "2025-12-19",
            "provincial",
            ["credit", "bank_branch", "firm_pair", "deal_date"],
            provinces=[pv("Đà Nẵng")],
            firms=[
                f("Ngoại thương Việt Nam", "Ngân hàng TMCP"),
                f("Đóng gói Bán dẫn Hòa Khánh", "Công ty CP"),
            ],
            money=[m(1300 * B, "VND")],
            deals=[
                deal(
                    "cooperation",
                    ["Ngoại thương Việt Nam", "Đóng gói Bán dẫn Hòa Khánh"],
                    1300 * B,
                    None,
                    "2025-12-18",
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Ngoại thương Việt Nam"), F("Đóng gói Bán dẫn Hòa Khánh")],
                    1300 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        # --- Cần Thơ with the former Hậu Giang and Sóc Trăng: seafood, feed, rice ---
        h(
            3703,
            "Tại Tokyo ngày 11/3, liên doanh giữa Tập đoàn Umi Foods (Nhật Bản) và Công ty TNHH Thủy sản Bình Thủy Xanh nhận giấy chứng nhận đăng ký đầu tư cho nhà máy tôm tẩm bột 21 triệu USD ở KCN Hưng Phú 1 từ Chủ tịch UBND TP. Cần Thơ Đỗ Minh Khang.",
            "2025-03-12",
            "provincial",
            [
                "licence_abroad",
                "joint_venture_investors",
                "person_role_before",
                "grantor_via_leader",
                "country_bracket",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân TP. Cần Thơ"],
            persons=[per("Đỗ Minh Khang", "Chủ tịch UBND TP. Cần Thơ")],
            provinces=[pv("Cần Thơ")],
            firms=[f("Umi Foods", "Tập đoàn"), f("Thủy sản Bình Thủy Xanh", "Công ty TNHH")],
            money=[m(21 * M, "USD")],
            locations=[country("Nhật Bản"), park("Khu công nghiệp Hưng Phú 1")],
            deals=[
                deal("investment", ["Umi Foods", "Thủy sản Bình Thủy Xanh"], 21 * M, CT, "2025-03-11"),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND TP. Cần Thơ"), F("Umi Foods"), F("Thủy sản Bình Thủy Xanh")],
                    21 * M,
                    "USD",
                    CT,
                    "licensed",
                )
            ],
        ),
        h(
            3704,
            'Ông Lâm Quốc Bảo, Phó Trưởng Ban Quản lý các Khu chế xuất và công nghiệp Cần Thơ (CEPIZA), cho biết thủ tục "một cửa" giúp dự án được cấp phép sau 19 ngày.',
            "2025-03-12",
            "provincial",
            ["acronym_bracket", "person_role_after", "duration_not_count", "no_event"],
            organizations=["Ban Quản lý các Khu chế xuất và công nghiệp Cần Thơ"],
            persons=[per("Lâm Quốc Bảo", "Phó Trưởng Ban Quản lý các Khu chế xuất và công nghiệp Cần Thơ")],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            3705,
            "Cần Thơ - Sáng 12/6, Công ty CP Thức ăn Thuỷ sản Ô Môn Xanh khánh thành nhà máy thức ăn cá tra tại KCN Thốt Nốt, công suất 300.000 tấn/năm, tổng vốn 690 tỷ đồng.",
            "2025-06-13",
            "provincial",
            ["old_tone", "dateline_dash", "inauguration", "capacity_no_count", "deal_date"],
            provinces=[pv("Cần Thơ")],
            firms=[f("Thức ăn Thủy sản Ô Môn Xanh", "Công ty CP")],
            money=[m(690 * B, "VND")],
            locations=[park("Khu công nghiệp Thốt Nốt")],
            deals=[deal("investment", ["Thức ăn Thủy sản Ô Môn Xanh"], 690 * B, None, "2025-06-12")],
            events=[
                ev("inauguration", [F("Thức ăn Thủy sản Ô Môn Xanh")], 690 * B, "VND", None, "completed")
            ],
        ),
        h(
            3706,
            "Công ty CP Thức ăn Thủy sản Ô Môn Xanh đồng thời ký hợp đồng bao tiêu toàn bộ cá tra nguyên liệu của Hợp tác xã Thủy sản Thới Lai trong 3 năm.",
            "2025-06-13",
            "provincial",
            ["offtake", "cooperative", "supply_contract", "firm_pair", "duration_not_count"],
            firms=[f("Thức ăn Thủy sản Ô Môn Xanh", "Công ty CP"), f("Thủy sản Thới Lai", "Hợp tác xã")],
            deals=[deal("supply_contract", ["Thức ăn Thủy sản Ô Môn Xanh", "Thủy sản Thới Lai"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Thức ăn Thủy sản Ô Môn Xanh"), F("Thủy sản Thới Lai")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3707,
            "Sóc Trăng (cũ) - Công ty CP Tôm Mỹ Xuyên Xanh được UBND TP. Cần Thơ chấp thuận điều chỉnh chủ trương đầu tư, giãn tiến độ nhà máy chế biến tôm thêm 18 tháng.",
            "2025-11-03",
            "provincial",
            ["old_province_cu", "schedule_extension", "no_event"],
            organizations=["Ủy ban nhân dân TP. Cần Thơ"],
            provinces=[pv("Sóc Trăng"), pv("Cần Thơ")],
            firms=[f("Tôm Mỹ Xuyên Xanh", "Công ty CP")],
            events=[],
        ),
        h(
            3708,
            "KCN Vị Thanh 2 rộng 118 ha hiện đã lấp đầy 64%, thu hút 21 dự án với tổng vốn khoảng 310 triệu USD.",
            "2025-05-20",
            "provincial",
            ["park_profile", "cumulative", "count", "percentage", "approx", "no_event"],
            money=[m(310 * M, "USD", None, True)],
            percentages=[64],
            quantities=[c(21, "dự án")],
            areas=[ha(118)],
            locations=[park("Khu công nghiệp Vị Thanh 2")],
            events=[],
        ),
        h(
            3709,
            "Hậu Giang (cũ) - Ngày 27/3, Công ty TNHH Gạo Thơm Vị Thanh và Tập đoàn Olam (Singapore) ký hợp đồng xuất khẩu gạo thơm ST25 trong năm 2026, trị giá khoảng 39 triệu USD.",
            "2026-03-28",
            "provincial",
            [
                "old_province_cu",
                "export_contract",
                "supply_contract",
                "firm_pair",
                "country_bracket",
                "approx",
                "deal_date",
            ],
            provinces=[pv("Hậu Giang")],
            firms=[f("Gạo Thơm Vị Thanh", "Công ty TNHH"), f("Olam", "Tập đoàn")],
            money=[m(39 * M, "USD", None, True)],
            locations=[country("Singapore")],
            deals=[deal("supply_contract", ["Gạo Thơm Vị Thanh", "Olam"], 39 * M, None, "2026-03-27")],
            events=[
                ev("supply_contract", [F("Gạo Thơm Vị Thanh"), F("Olam")], 39 * M, "USD", None, "signed")
            ],
        ),
        h(
            3710,
            "Giá thuê đất tại các KCN của Cần Thơ hiện khoảng 95-120 USD/m2/chu kỳ thuê, thấp hơn khoảng 40% so với Đồng Nai.",
            "2025-09-04",
            "ministry",
            ["price_per_m2", "range", "percentage", "no_event"],
            provinces=[pv("Cần Thơ"), pv("Đồng Nai")],
            percentages=[40],
            events=[],
        ),
        # --- Đắk Lắk with the former Phú Yên, Lâm Đồng with the former Đắk Nông and Bình Thuận ---
        h(
            3711,
            "Công ty Durian Fresh Asia Pte. Ltd. (Singapore) vừa nhận giấy chứng nhận đăng ký đầu tư từ Sở Tài chính tỉnh Đắk Lắk cho nhà máy sấy lạnh sầu riêng tại xã Krông Búk, vốn 412 tỉ đồng.",
            "2025-08-08",
            "provincial",
            ["licence_received", "pte_ltd", "country_bracket", "department_grantor", "ti_spelling"],
            organizations=["Sở Tài chính tỉnh Đắk Lắk"],
            provinces=[pv("Đắk Lắk")],
            firms=[f("Durian Fresh Asia", "Pte. Ltd.")],
            money=[m(412 * B, "VND")],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Durian Fresh Asia"], 412 * B, DL)],
            events=[
                ev(
                    "investment_licence",
                    [G("Sở Tài chính tỉnh Đắk Lắk"), F("Durian Fresh Asia")],
                    412 * B,
                    "VND",
                    DL,
                    "licensed",
                )
            ],
        ),
        h(
            3712,
            "Theo kế hoạch, nhà máy sẽ khởi công vào tháng 10 và đi vào hoạt động từ quý IV/2026, công suất 7.500 tấn sản phẩm/năm.",
            "2025-08-08",
            "provincial",
            ["plan", "unnamed_subject", "capacity_no_count", "no_event"],
            events=[],
        ),
        h(
            3713,
            "Buôn Ma Thuột - Ngày 10/3, tại Cụm công nghiệp Tân An 2, Công ty CP Cà phê Rang Xay Ea Tam và Tập đoàn Neumann Kaffee (Đức) cùng khánh thành kho xử lý cà phê nhân đạt chuẩn EUDR, tổng vốn 18 triệu USD.",
            "2026-03-11",
            "provincial",
            ["dateline_city", "co_inauguration", "one_event_two_firms", "country_bracket", "deal_date"],
            firms=[f("Cà phê Rang Xay Ea Tam", "Công ty CP"), f("Neumann Kaffee", "Tập đoàn")],
            money=[m(18 * M, "USD")],
            locations=[park("Cụm công nghiệp Tân An 2"), country("Đức")],
            deals=[
                deal("investment", ["Cà phê Rang Xay Ea Tam"], 18 * M, None, "2026-03-10"),
                deal("investment", ["Neumann Kaffee"], 18 * M, None, "2026-03-10"),
            ],
            events=[
                ev(
                    "inauguration",
                    [F("Cà phê Rang Xay Ea Tam"), F("Neumann Kaffee")],
                    18 * M,
                    "USD",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3714,
            "Đắk Lắk đặt mục tiêu đến năm 2030 chế biến sâu 25% sản lượng cà phê nhân; hiện tỷ lệ này mới khoảng 12%.",
            "2025-03-14",
            "provincial",
            ["plan", "percentage", "no_event"],
            provinces=[pv("Đắk Lắk")],
            percentages=[25, 12],
            events=[],
        ),
        h(
            3715,
            "Phú Yên (cũ) - UBND tỉnh Đắk Lắk đồng ý chủ trương cho Công ty CP Thủy sản Vũng Rô Xanh xây nhà máy chế biến cá ngừ đại dương tại KCN Hòa Hiệp 2, vốn 520 tỷ đồng.",
            "2025-09-24",
            "provincial",
            ["old_province_cu", "licence", "dong_y_chu_truong", "government_party"],
            organizations=["Ủy ban nhân dân tỉnh Đắk Lắk"],
            provinces=[pv("Phú Yên"), pv("Đắk Lắk")],
            firms=[f("Thủy sản Vũng Rô Xanh", "Công ty CP")],
            money=[m(520 * B, "VND")],
            locations=[park("Khu công nghiệp Hòa Hiệp 2")],
            deals=[deal("investment", ["Thủy sản Vũng Rô Xanh"], 520 * B, DL)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Đắk Lắk"), F("Thủy sản Vũng Rô Xanh")],
                    520 * B,
                    "VND",
                    DL,
                    "licensed",
                )
            ],
        ),
        h(
            3716,
            "Có phải dự án nhà máy sầu riêng đông lạnh 1.200 tỷ đồng ở Krông Pắc đã bị hủy? Theo Sở Tài chính tỉnh Đắk Lắk, nhà đầu tư vẫn đang hoàn thiện hồ sơ và chưa được cấp phép.",
            "2025-11-11",
            "provincial",
            ["question", "not_licensed", "unnamed_investor", "no_event"],
            organizations=["Sở Tài chính tỉnh Đắk Lắk"],
            provinces=[pv("Đắk Lắk")],
            money=[m(1200 * B, "VND")],
            events=[],
        ),
        h(
            3717,
            "Lâm Đồng - Công ty TNHH Nhôm Nhân Cơ Xanh (Đắk Nông cũ) và Tổng công ty Đông Bắc ký hợp đồng vận chuyển 2 năm cho alumin từ nhà máy ra cảng Kê Gà, giá trị 1.050 tỷ đồng.",
            "2025-12-10",
            "provincial",
            [
                "dateline_dash",
                "transport_contract",
                "supply_contract",
                "firm_pair",
                "old_province_in_bracket",
            ],
            provinces=[pv("Lâm Đồng"), pv("Đắk Nông")],
            firms=[f("Nhôm Nhân Cơ Xanh", "Công ty TNHH"), f("Đông Bắc", "Tổng công ty")],
            money=[m(1050 * B, "VND")],
            deals=[deal("supply_contract", ["Đông Bắc", "Nhôm Nhân Cơ Xanh"], 1050 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Đông Bắc"), F("Nhôm Nhân Cơ Xanh")],
                    1050 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3718,
            "Bình Thuận (cũ): Doanh nghiệp điện gió Hàn Quốc rót thêm 120 triệu USD Công ty TNHH Phong Điện Tuy Phong Hanwind vừa được UBND tỉnh Lâm Đồng điều chỉnh chủ trương đầu tư, tăng vốn thêm 120 triệu USD cho giai đoạn 3 nhà máy điện gió Tuy Phong.",
            "2025-10-30",
            "provincial",
            ["headline_merged", "old_province_cu", "capital_increase", "repeated_amount", "government_party"],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            provinces=[pv("Bình Thuận"), pv("Lâm Đồng")],
            firms=[f("Phong Điện Tuy Phong Hanwind", "Công ty TNHH")],
            money=[m(120 * M, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Phong Điện Tuy Phong Hanwind"], 120 * M, LD)],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Lâm Đồng"), F("Phong Điện Tuy Phong Hanwind")],
                    120 * M,
                    "USD",
                    LD,
                    "licensed",
                )
            ],
        ),
        h(
            3719,
            "Ông Trần Hồng Thái, Phó Chủ tịch UBND tỉnh Lâm Đồng, đề nghị các nhà đầu tư điện gió hoàn thành đấu nối trước ngày 30/6/2026.",
            "2025-10-30",
            "provincial",
            ["person_role_after", "deadline_date", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Lâm Đồng"],
            persons=[per("Trần Hồng Thái", "Phó Chủ tịch UBND tỉnh Lâm Đồng")],
            provinces=[pv("Lâm Đồng")],
            events=[],
        ),
        h(
            3720,
            "Công ty CP Rau Sạch Đà Lạt Xanh và chuỗi siêu thị AEON Việt Nam ký hợp đồng cung cấp rau củ ôn đới cho 18 siêu thị phía Nam, bắt đầu từ ngày 1/1/2026.",
            "2025-12-12",
            "ministry",
            [
                "nfd",
                "supply_contract",
                "firm_pair",
                "brand_vietnam_dropped",
                "start_date_not_deal_date",
                "count",
            ],
            firms=[f("Rau Sạch Đà Lạt Xanh", "Công ty CP"), f("AEON")],
            quantities=[c(18, "siêu thị")],
            deals=[deal("supply_contract", ["Rau Sạch Đà Lạt Xanh", "AEON"])],
            events=[
                ev("supply_contract", [F("Rau Sạch Đà Lạt Xanh"), F("AEON")], None, None, None, "signed")
            ],
        ),
        # --- M&A, tender offers, disclosures (stock-exchange and business press) ---
        h(
            3721,
            "Tập đoàn Siam Polymer (Thái Lan) công bố kế hoạch chào mua công khai 100% cổ phiếu Công ty CP Bao bì Nhựa Tân Phú Long (mã TPL), dự chi tối đa 2.140 tỷ đồng.",
            "2025-02-26",
            "ministry",
            ["tender_offer", "acquisition", "announced", "stock_code", "percentage"],
            firms=[f("Siam Polymer", "Tập đoàn"), f("Bao bì Nhựa Tân Phú Long", "Công ty CP")],
            money=[m(2140 * B, "VND")],
            percentages=[100],
            locations=[country("Thái Lan")],
            deals=[deal("investment", ["Siam Polymer"], 2140 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Siam Polymer"), F("Bao bì Nhựa Tân Phú Long")],
                    2140 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3722,
            "Nhà đầu tư đặt điều kiện chỉ thực hiện giao dịch nếu nắm được ít nhất 75% vốn; giá chào mua tương ứng 31.000 đồng/cổ phiếu.",
            "2025-02-26",
            "ministry",
            ["condition", "price_per_share", "percentage", "no_event"],
            percentages=[75],
            events=[],
        ),
        h(
            3723,
            "Tập đoàn Kokoro Stationery (Nhật Bản) cho biết sẽ mua lại 30% vốn Công ty CP Văn phòng phẩm Hồng Hà Xanh từ quỹ đầu tư của nhà sáng lập trong tháng 1/2026, trước khi nâng sở hữu lên 51% qua đợt phát hành riêng lẻ; giá trị dự kiến 1.850 tỷ đồng.",
            "2025-12-05",
            "ministry",
            ["acquisition", "two_step", "announced", "unnamed_seller", "percentage", "month_not_date"],
            firms=[f("Kokoro Stationery", "Tập đoàn"), f("Văn phòng phẩm Hồng Hà Xanh", "Công ty CP")],
            money=[m(1850 * B, "VND")],
            percentages=[30, 51],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Kokoro Stationery"], 1850 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Kokoro Stationery"), F("Văn phòng phẩm Hồng Hà Xanh")],
                    1850 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3724,
            "Văn phòng phẩm Hồng Hà Xanh hiện có 3 nhà máy tại Hà Nội và Bắc Ninh, doanh thu năm 2024 đạt 2.980 tỷ đồng.",
            "2025-12-05",
            "ministry",
            ["company_profile", "bare_name_no_form", "revenue", "count", "no_event"],
            provinces=[pv("Hà Nội"), pv("Bắc Ninh")],
            firms=[f("Văn phòng phẩm Hồng Hà Xanh")],
            money=[m(2980 * B, "VND")],
            quantities=[c(3, "nhà máy")],
            events=[],
        ),
        h(
            3725,
            "Năm 2022, Tập đoàn Siam Polymer đã mua 55% cổ phần Công ty CP Nhựa Gia dụng Đồng Tâm Xanh với giá khoảng 1.900 tỷ đồng.",
            "2025-02-26",
            "ministry",
            ["recalled_acquisition", "percentage", "approx", "no_event"],
            firms=[f("Siam Polymer", "Tập đoàn"), f("Nhựa Gia dụng Đồng Tâm Xanh", "Công ty CP")],
            money=[m(1900 * B, "VND", None, True)],
            percentages=[55],
            deals=[deal("investment", ["Siam Polymer"], 1900 * B)],
            events=[],
        ),
        h(
            3726,
            "CÔNG TY CỔ PHẦN CƠ KHÍ XUẤT KHẨU BÌNH MINH XANH\nSố: 27/2025/CBTT-BMX\nV/v: Công bố thông tin ký hợp đồng với bên có liên quan\nNgày 16/9/2025, Công ty đã ký hợp đồng cung cấp kết cấu thép trị giá 96 tỷ đồng cho Công ty TNHH Kết cấu Thép Bình Minh Đồng Nai, công ty con do Công ty nắm 51% vốn.",
            "2025-09-17",
            "legal",
            [
                "disclosure_header",
                "caps_firm",
                "header_firm_signs_as_cong_ty",
                "related_party",
                "percentage",
                "document_number",
                "deal_date",
            ],
            firms=[
                f("Cơ khí Xuất khẩu Bình Minh Xanh", "Công ty CP"),
                f("Kết cấu Thép Bình Minh Đồng Nai", "Công ty TNHH"),
            ],
            decisions=[d("27/2025/CBTT-BMX")],
            money=[m(96 * B, "VND")],
            percentages=[51],
            deals=[
                deal(
                    "supply_contract",
                    ["Cơ khí Xuất khẩu Bình Minh Xanh", "Kết cấu Thép Bình Minh Đồng Nai"],
                    96 * B,
                    None,
                    "2025-09-16",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Xuất khẩu Bình Minh Xanh"), F("Kết cấu Thép Bình Minh Đồng Nai")],
                    96 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3727,
            "Tổng Công ty CP Bảo hiểm Bắc Hà vừa công bố các cổ đông lớn đã ký hợp đồng chuyển nhượng 51% cổ phần cho Hanwha General Insurance Co., Ltd (Hàn Quốc); giao dịch còn chờ Bộ Tài chính chấp thuận.",
            "2025-06-20",
            "ministry",
            [
                "stake_transfer",
                "acquisition",
                "signed",
                "unnamed_sellers",
                "pending_approval",
                "foreign_form",
                "percentage",
            ],
            organizations=["Bộ Tài chính"],
            firms=[f("Bảo hiểm Bắc Hà", "Tổng công ty"), f("Hanwha General Insurance", "Co., Ltd.")],
            percentages=[51],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Hanwha General Insurance"])],
            events=[
                ev(
                    "acquisition",
                    [F("Hanwha General Insurance"), F("Bảo hiểm Bắc Hà")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3728,
            "Thông tin Công ty CP Dây Cáp Điện Cửu Long sắp bán nhà máy ở Long An cho một quỹ Hàn Quốc là không chính xác, đại diện doanh nghiệp cho biết trong văn bản gửi Sở Giao dịch Chứng khoán TP.HCM.",
            "2025-04-24",
            "ministry",
            ["rumour_denied", "unnamed_buyer", "stock_exchange", "no_event"],
            organizations=["Sở Giao dịch Chứng khoán TP.HCM"],
            provinces=[pv("Long An"), pv("Hồ Chí Minh")],
            firms=[f("Dây Cáp Điện Cửu Long", "Công ty CP")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            3729,
            "Nghị quyết HĐQT số 14/2025/NQ-HĐQT ngày 2/6/2025 của Công ty CP Thép Ống Tân Tạo thông qua việc phát hành riêng lẻ 12% cổ phần cho Tập đoàn Nippon Pipe (Nhật Bản).",
            "2025-06-03",
            "legal",
            ["board_resolution", "private_placement", "announced", "decision_with_date", "percentage"],
            decisions=[d("14/2025/NQ-HĐQT", "2025-06-02")],
            firms=[f("Thép Ống Tân Tạo", "Công ty CP"), f("Nippon Pipe", "Tập đoàn")],
            percentages=[12],
            locations=[country("Nhật Bản")],
            deals=[deal("investment", ["Nippon Pipe"])],
            events=[
                ev("acquisition", [F("Nippon Pipe"), F("Thép Ống Tân Tạo")], None, None, None, "announced")
            ],
        ),
        h(
            3730,
            "Công ty CP Thép Ống Tân Tạo đặt kế hoạch doanh thu năm 2025 đạt 6.300 tỷ đồng, lợi nhuận sau thuế 210 tỷ đồng; vốn điều lệ hiện là 1.050 tỷ đồng.",
            "2025-04-25",
            "ministry",
            ["plan", "revenue", "charter_capital", "no_event"],
            firms=[f("Thép Ống Tân Tạo", "Công ty CP")],
            money=[m(6300 * B, "VND"), m(210 * B, "VND"), m(1050 * B, "VND")],
            events=[],
        ),
        h(
            3731,
            "Ngày 8/7, Công ty CP Ô tô Trường Hải Chu Lai Mới hoàn tất nhận chuyển nhượng nhà máy linh kiện nội thất từ Công ty TNHH Nội thất Ô tô Điện Bàn với giá 380 tỷ đồng.",
            "2025-07-09",
            "ministry",
            ["asset_purchase", "acquisition", "completed", "both_parties", "deal_date"],
            firms=[
                f("Ô tô Trường Hải Chu Lai Mới", "Công ty CP"),
                f("Nội thất Ô tô Điện Bàn", "Công ty TNHH"),
            ],
            money=[m(380 * B, "VND")],
            deals=[deal("investment", ["Ô tô Trường Hải Chu Lai Mới"], 380 * B, None, "2025-07-08")],
            events=[
                ev(
                    "acquisition",
                    [F("Ô tô Trường Hải Chu Lai Mới"), F("Nội thất Ô tô Điện Bàn")],
                    380 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3732,
            "Đại hội đồng cổ đông bất thường của Công ty CP Cảng Quy Nhơn Xanh ngày 21/11 không thông qua tờ trình bán 35% vốn cho Tập đoàn Logistics Hải An do chỉ đạt 58% phiếu tán thành.",
            "2025-11-22",
            "ministry",
            ["agm_rejected", "negated", "percentage", "no_event"],
            firms=[f("Cảng Quy Nhơn Xanh", "Công ty CP"), f("Logistics Hải An", "Tập đoàn")],
            percentages=[35, 58],
            events=[],
        ),
        # --- press releases and English copy ---
        h(
            3733,
            "THÔNG CÁO BÁO CHÍ\nHà Nội, ngày 14 tháng 10 năm 2025 - Công ty TNHH Siemens Việt Nam và Công ty CP Tự động hóa Đông Sơn Xanh công bố ký hợp đồng phân phối độc quyền bộ điều khiển khả trình tại khu vực Bắc Trung Bộ trong 3 năm.",
            "2025-10-14",
            "ministry",
            [
                "press_release",
                "release_date_not_deal_date",
                "distribution_agreement",
                "supply_contract",
                "firm_pair",
            ],
            provinces=[pv("Hà Nội")],
            firms=[f("Siemens", "Công ty TNHH"), f("Tự động hóa Đông Sơn Xanh", "Công ty CP")],
            deals=[deal("supply_contract", ["Siemens", "Tự động hóa Đông Sơn Xanh"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Siemens"), F("Tự động hóa Đông Sơn Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3734,
            "Về Tự động hóa Đông Sơn Xanh: Thành lập năm 2009, công ty có 420 nhân viên và văn phòng tại Hà Nội, Vinh và Đà Nẵng.",
            "2025-10-14",
            "ministry",
            ["boilerplate", "count", "cities", "no_event"],
            provinces=[pv("Hà Nội"), pv("Đà Nẵng")],
            firms=[f("Tự động hóa Đông Sơn Xanh")],
            quantities=[c(420, "nhân viên")],
            events=[],
        ),
        h(
            3735,
            "HÀ NAM — Đồng Văn Precision Co., Ltd, a subsidiary of Sanko Kogyo, received an investment certificate for a US$34 million bearing plant from the provincial People's Committee on Monday.",
            "2025-06-10",
            "ministry",
            ["english_copy", "licence", "subsidiary_apposition", "weekday_no_date", "no_government_party"],
            provinces=[pv("Hà Nam")],
            firms=[f("Đồng Văn Precision", "Co., Ltd."), f("Sanko Kogyo")],
            money=[m(34 * M, "USD")],
            deals=[deal("investment", ["Đồng Văn Precision"], 34 * M)],
            events=[ev("investment_licence", [F("Đồng Văn Precision")], 34 * M, "USD", None, "licensed")],
        ),
        # --- investment-promotion conferences, lists, multi-sentence leads ---
        h(
            3736,
            "Tại hội nghị xúc tiến đầu tư năm 2025, UBND tỉnh Nghệ An trao quyết định chủ trương đầu tư và giấy chứng nhận cho 19 dự án, tổng vốn 2,9 tỷ USD. Một là nhà máy linh kiện loa của Công ty TNHH Âm thanh Cửa Hội Acoustic, vốn 260 triệu USD; hai là nhà máy vải mành lốp của Công ty CP Sợi Kỹ thuật Diễn Châu, vốn 3.400 tỷ đồng.",
            "2025-07-27",
            "provincial",
            [
                "conference",
                "mot_la_hai_la",
                "licence_list",
                "unnamed_rest",
                "count",
                "two_currencies",
                "grantor_previous_sentence",
            ],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            firms=[f("Âm thanh Cửa Hội Acoustic", "Công ty TNHH"), f("Sợi Kỹ thuật Diễn Châu", "Công ty CP")],
            money=[m(2.9 * B, "USD"), m(260 * M, "USD"), m(3400 * B, "VND")],
            quantities=[c(19, "dự án")],
            deals=[
                deal("investment", ["Âm thanh Cửa Hội Acoustic"], 260 * M, NA),
                deal("investment", ["Sợi Kỹ thuật Diễn Châu"], 3400 * B, NA),
            ],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Nghệ An"), F("Âm thanh Cửa Hội Acoustic")],
                    260 * M,
                    "USD",
                    NA,
                    "licensed",
                ),
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Nghệ An"), F("Sợi Kỹ thuật Diễn Châu")],
                    3400 * B,
                    "VND",
                    NA,
                    "licensed",
                ),
            ],
        ),
        h(
            3737,
            "Cũng tại hội nghị, UBND tỉnh Nghệ An trao biên bản ghi nhớ đầu tư cho Tập đoàn Đèo Cả về dự án cảng cạn và trung tâm logistics Nam Cấm, tổng mức đầu tư dự kiến 4.800 tỷ đồng.",
            "2025-07-27",
            "provincial",
            ["government_firm_mou", "investment_project", "handed_over", "no_date"],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            firms=[f("Đèo Cả", "Tập đoàn")],
            money=[m(4800 * B, "VND")],
            deals=[deal("investment", ["Đèo Cả"], 4800 * B, NA)],
            events=[ev("mou", [G("UBND tỉnh Nghệ An"), F("Đèo Cả")], 4800 * B, "VND", NA, "signed")],
        ),
        h(
            3738,
            "Hà Tĩnh trao chủ trương cho dự án thép chế tạo 9.600 tỷ đồng\nSáng 15/5, UBND tỉnh Hà Tĩnh trao quyết định chấp thuận chủ trương đầu tư cho Công ty CP Thép Chế tạo Kỳ Anh Xanh. Dự án đặt tại Khu kinh tế Vũng Áng, công suất 1,2 triệu tấn/năm, tạo việc làm cho khoảng 1.800 lao động.",
            "2025-05-16",
            "provincial",
            [
                "headline_line",
                "licence",
                "amount_in_headline_only",
                "zone_site",
                "capacity_no_count",
                "count",
                "deal_date",
            ],
            organizations=["Ủy ban nhân dân tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Thép Chế tạo Kỳ Anh Xanh", "Công ty CP")],
            money=[m(9600 * B, "VND")],
            quantities=[c(1800, "lao động", True)],
            locations=[zone("Khu kinh tế Vũng Áng")],
            deals=[deal("investment", ["Thép Chế tạo Kỳ Anh Xanh"], 9600 * B, HT, "2025-05-15")],
            events=[
                ev(
                    "investment_licence",
                    [G("UBND tỉnh Hà Tĩnh"), F("Thép Chế tạo Kỳ Anh Xanh")],
                    9600 * B,
                    "VND",
                    HT,
                    "licensed",
                )
            ],
        ),
        h(
            3739,
            "Quy Nhơn - Ông Hồ Quốc Dũng (bên phải), Chủ tịch Tập đoàn Nội thất Phù Mỹ Group, nhận giấy chứng nhận đăng ký đầu tư dự án nhà máy ván MDF 1.350 tỷ đồng tại KCN Hòa Hội.",
            "2025-11-05",
            "provincial",
            ["caption_position", "licence_via_chairman", "group_suffix", "no_grantor"],
            persons=[per("Hồ Quốc Dũng", "Chủ tịch Tập đoàn Nội thất Phù Mỹ Group")],
            firms=[f("Nội thất Phù Mỹ Group", "Tập đoàn")],
            money=[m(1350 * B, "VND")],
            locations=[park("Khu công nghiệp Hòa Hội")],
            deals=[deal("investment", ["Nội thất Phù Mỹ Group"], 1350 * B)],
            events=[
                ev("investment_licence", [F("Nội thất Phù Mỹ Group")], 1350 * B, "VND", None, "licensed")
            ],
        ),
        h(
            3740,
            "Tỉnh cam kết sẽ bàn giao mặt bằng sạch cho nhà đầu tư trong vòng 6 tháng và hỗ trợ đào tạo 1.000 công nhân kỹ thuật.",
            "2025-11-05",
            "provincial",
            ["pledge", "unnamed_province", "count", "duration_not_count", "no_event"],
            quantities=[c(1000, "công nhân kỹ thuật")],
            events=[],
        ),
        # --- credit, leases, supply contracts across the regions ---
        h(
            3741,
            "Ngân hàng TMCP Quân đội (MB) ký hợp đồng cấp hạn mức tín dụng 450 tỷ đồng cho Công ty CP Đồ gỗ Ngoài trời Tây Sơn Xanh để nhập gỗ keo FSC phục vụ đơn hàng xuất khẩu sang châu Âu.",
            "2025-04-08",
            "ministry",
            ["credit", "credit_line", "bank_acronym_bracket", "firm_pair"],
            firms=[f("Quân đội", "Ngân hàng TMCP"), f("Đồ gỗ Ngoài trời Tây Sơn Xanh", "Công ty CP")],
            money=[m(450 * B, "VND")],
            deals=[deal("cooperation", ["Quân đội", "Đồ gỗ Ngoài trời Tây Sơn Xanh"], 450 * B)],
            events=[
                ev(
                    "cooperation",
                    [F("Quân đội"), F("Đồ gỗ Ngoài trời Tây Sơn Xanh")],
                    450 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3742,
            "Công ty CP Đồ gỗ Ngoài trời Tây Sơn Xanh vừa chốt đơn hàng 860 container ghế xếp với Tập đoàn Bán lẻ Nordhaus (Đan Mạch) cho mùa hè 2026.",
            "2025-04-08",
            "ministry",
            ["order_closed", "supply_contract", "firm_pair", "count", "country_bracket"],
            firms=[f("Đồ gỗ Ngoài trời Tây Sơn Xanh", "Công ty CP"), f("Bán lẻ Nordhaus", "Tập đoàn")],
            quantities=[c(860, "container")],
            locations=[country("Đan Mạch")],
            deals=[deal("supply_contract", ["Đồ gỗ Ngoài trời Tây Sơn Xanh", "Bán lẻ Nordhaus"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Đồ gỗ Ngoài trời Tây Sơn Xanh"), F("Bán lẻ Nordhaus")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3743,
            "Tại KCN Phước Đông, Công ty CP Phát triển Đô thị Công nghiệp Số 2 đã ký hợp đồng cho thuê 14 ha với Công ty TNHH May Mặc Shenzhou Tây Ninh, Công ty TNHH Khóa Kéo YKK Hòa Thành và Công ty TNHH Bao bì Gò Dầu Xanh.",
            "2025-10-28",
            "provincial",
            ["lease", "one_lessor_three_tenants", "park_developer", "digit_in_name", "area"],
            firms=[
                f("Phát triển Đô thị Công nghiệp Số 2", "Công ty CP"),
                f("May Mặc Shenzhou Tây Ninh", "Công ty TNHH"),
                f("Khóa Kéo YKK Hòa Thành", "Công ty TNHH"),
                f("Bao bì Gò Dầu Xanh", "Công ty TNHH"),
            ],
            areas=[ha(14)],
            locations=[park("Khu công nghiệp Phước Đông")],
            deals=[
                deal("cooperation", ["Phát triển Đô thị Công nghiệp Số 2", "May Mặc Shenzhou Tây Ninh"]),
                deal("cooperation", ["Phát triển Đô thị Công nghiệp Số 2", "Khóa Kéo YKK Hòa Thành"]),
                deal("cooperation", ["Phát triển Đô thị Công nghiệp Số 2", "Bao bì Gò Dầu Xanh"]),
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Phát triển Đô thị Công nghiệp Số 2"), F("May Mặc Shenzhou Tây Ninh")],
                    None,
                    None,
                    None,
                    "signed",
                ),
                ev(
                    "cooperation",
                    [F("Phát triển Đô thị Công nghiệp Số 2"), F("Khóa Kéo YKK Hòa Thành")],
                    None,
                    None,
                    None,
                    "signed",
                ),
                ev(
                    "cooperation",
                    [F("Phát triển Đô thị Công nghiệp Số 2"), F("Bao bì Gò Dầu Xanh")],
                    None,
                    None,
                    None,
                    "signed",
                ),
            ],
        ),
        h(
            3744,
            "Công ty TNHH Linh kiện Điện tử Nam Đàn Precision được Công ty TNHH Luxshare-ICT Nghệ An chọn làm nhà cung cấp vỏ nhôm cho dòng tai nghe mới, hợp đồng năm đầu trị giá 14 triệu USD.",
            "2025-09-15",
            "ministry",
            ["chosen_as_supplier", "passive", "supply_contract", "firm_pair", "place_in_name"],
            firms=[
                f("Linh kiện Điện tử Nam Đàn Precision", "Công ty TNHH"),
                f("Luxshare-ICT Nghệ An", "Công ty TNHH"),
            ],
            money=[m(14 * M, "USD")],
            deals=[
                deal(
                    "supply_contract", ["Linh kiện Điện tử Nam Đàn Precision", "Luxshare-ICT Nghệ An"], 14 * M
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Linh kiện Điện tử Nam Đàn Precision"), F("Luxshare-ICT Nghệ An")],
                    14 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3745,
            'Ông Đinh Văn Khải, Giám đốc Công ty TNHH Linh kiện Điện tử Nam Đàn Precision: "Năm tới chúng tôi cần thêm khoảng 600 công nhân và đang tìm thuê thêm 2 ha nhà xưởng".',
            "2025-09-15",
            "ministry",
            ["quote_after_colon", "person_role_after", "count", "area", "approx", "no_event"],
            persons=[per("Đinh Văn Khải", "Giám đốc Công ty TNHH Linh kiện Điện tử Nam Đàn Precision")],
            firms=[f("Linh kiện Điện tử Nam Đàn Precision", "Công ty TNHH")],
            quantities=[c(600, "công nhân", True)],
            areas=[ha(2)],
            events=[],
        ),
        h(
            3746,
            "Ngày 22/4, Công ty CP Năng lượng Mặt trời Mái nhà Sông Cầu và Công ty TNHH Chế biến Hải sản Xuân Đài ký hợp đồng mua bán điện trực tiếp cho hệ thống 3,5 MWp lắp trên mái nhà máy, giá điện thấp hơn 12% so với biểu giá của EVN.",
            "2025-04-23",
            "ministry",
            [
                "dppa",
                "supply_contract",
                "firm_pair",
                "capacity_no_count",
                "percentage",
                "bare_acronym",
                "deal_date",
            ],
            firms=[
                f("Năng lượng Mặt trời Mái nhà Sông Cầu", "Công ty CP"),
                f("Chế biến Hải sản Xuân Đài", "Công ty TNHH"),
                f("Điện lực Việt Nam"),  # bare "EVN": the group's usual name (session 16, as batch 39)
            ],
            percentages=[12],
            deals=[
                deal(
                    "supply_contract",
                    ["Năng lượng Mặt trời Mái nhà Sông Cầu", "Chế biến Hải sản Xuân Đài"],
                    None,
                    None,
                    "2025-04-22",
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Năng lượng Mặt trời Mái nhà Sông Cầu"), F("Chế biến Hải sản Xuân Đài")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3747,
            "Công ty TNHH Cho thuê Tài chính Quốc tế Chailease ký hợp đồng cho thuê tài chính 6 xe nâng điện và 2 cẩu trục trị giá 28 tỷ đồng với Công ty CP Kho vận Ngoại quan Long Mỹ.",
            "2025-07-30",
            "ministry",
            ["financial_lease", "cooperation", "firm_pair", "count"],
            firms=[
                f("Cho thuê Tài chính Quốc tế Chailease", "Công ty TNHH"),
                f("Kho vận Ngoại quan Long Mỹ", "Công ty CP"),
            ],
            money=[m(28 * B, "VND")],
            quantities=[c(6, "xe nâng điện"), c(2, "cẩu trục")],
            deals=[
                deal(
                    "cooperation",
                    ["Cho thuê Tài chính Quốc tế Chailease", "Kho vận Ngoại quan Long Mỹ"],
                    28 * B,
                )
            ],
            events=[
                ev(
                    "cooperation",
                    [F("Cho thuê Tài chính Quốc tế Chailease"), F("Kho vận Ngoại quan Long Mỹ")],
                    28 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3748,
            "Khánh Hòa - Công ty CP Đóng tàu Cam Ranh Mới hạ thủy chiếc tàu kéo thứ hai trong loạt 4 tàu đóng theo hợp đồng với Công ty TNHH Lai dắt Hàng hải Vân Phong.",
            "2025-12-18",
            "provincial",
            ["dateline_dash", "launching", "recalled_contract", "count", "no_event"],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Đóng tàu Cam Ranh Mới", "Công ty CP"), f("Lai dắt Hàng hải Vân Phong", "Công ty TNHH")],
            quantities=[c(4, "tàu")],
            deals=[deal("supply_contract", ["Đóng tàu Cam Ranh Mới", "Lai dắt Hàng hải Vân Phong"])],
            events=[],
        ),
        h(
            3749,
            "Công ty CP Cơ khí Chính xác Hòa Khánh Mới nhận đơn hàng 1,2 triệu chi tiết bánh răng từ Công ty TNHH Hộp số Aisin Đà Nẵng, giao dần trong 18 tháng.",
            "2025-08-12",
            "ministry",
            [
                "order_received",
                "supply_contract",
                "firm_pair",
                "count",
                "place_in_name",
                "duration_not_count",
            ],
            firms=[
                f("Cơ khí Chính xác Hòa Khánh Mới", "Công ty CP"),
                f("Hộp số Aisin Đà Nẵng", "Công ty TNHH"),
            ],
            quantities=[c(1_200_000, "chi tiết bánh răng")],
            deals=[deal("supply_contract", ["Cơ khí Chính xác Hòa Khánh Mới", "Hộp số Aisin Đà Nẵng"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Chính xác Hòa Khánh Mới"), F("Hộp số Aisin Đà Nẵng")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3750,
            "Hiện Công ty CP Cơ khí Chính xác Hòa Khánh Mới có 640 lao động, 70% sản lượng dành cho xuất khẩu.",
            "2025-08-12",
            "ministry",
            ["company_profile", "count", "percentage", "no_event"],
            firms=[f("Cơ khí Chính xác Hòa Khánh Mới", "Công ty CP")],
            percentages=[70],
            quantities=[c(640, "lao động")],
            events=[],
        ),
        # --- groundbreakings and inaugurations ---
        h(
            3751,
            "Sáng 26/12, tại KCN Nam Cam Ranh, tỉnh Khánh Hòa, Công ty TNHH Chế biến Thủy sản Hải Long Cam Ranh làm lễ động thổ nhà máy chế biến sâu tôm hùm và cá bớp, vốn 36 triệu USD.",
            "2025-12-27",
            "provincial",
            ["groundbreaking", "park_then_province", "deal_date"],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Chế biến Thủy sản Hải Long Cam Ranh", "Công ty TNHH")],
            money=[m(36 * M, "USD")],
            locations=[park("Khu công nghiệp Nam Cam Ranh")],
            deals=[deal("groundbreaking", ["Chế biến Thủy sản Hải Long Cam Ranh"], 36 * M, KH, "2025-12-26")],
            events=[
                ev("groundbreaking", [F("Chế biến Thủy sản Hải Long Cam Ranh")], 36 * M, "USD", KH, "started")
            ],
        ),
        h(
            3752,
            "UBND TP. Đà Nẵng và Công ty CP Cảng Liên Chiểu Xanh phối hợp tổ chức lễ khởi công bến số 3 cảng Liên Chiểu ngày 2/9, tổng vốn 3.900 tỷ đồng.",
            "2025-09-03",
            "provincial",
            ["co_host_groundbreaking", "government_party", "deal_date"],
            organizations=["Ủy ban nhân dân TP. Đà Nẵng"],
            provinces=[pv("Đà Nẵng")],
            firms=[f("Cảng Liên Chiểu Xanh", "Công ty CP")],
            money=[m(3900 * B, "VND")],
            deals=[deal("groundbreaking", ["Cảng Liên Chiểu Xanh"], 3900 * B, DN, "2025-09-02")],
            events=[
                ev(
                    "groundbreaking",
                    [G("UBND TP. Đà Nẵng"), F("Cảng Liên Chiểu Xanh")],
                    3900 * B,
                    "VND",
                    DN,
                    "started",
                )
            ],
        ),
        h(
            3753,
            "Ngày 30/10, Công ty TNHH Rau Quả Đông Lạnh Đơn Dương đưa vào vận hành thử dây chuyền cấp đông IQF tại Cụm công nghiệp Ka Đô, tỉnh Lâm Đồng.",
            "2025-10-31",
            "provincial",
            ["trial_operation", "inauguration", "no_amount", "cluster", "deal_date"],
            provinces=[pv("Lâm Đồng")],
            firms=[f("Rau Quả Đông Lạnh Đơn Dương", "Công ty TNHH")],
            locations=[park("Cụm công nghiệp Ka Đô")],
            events=[ev("inauguration", [F("Rau Quả Đông Lạnh Đơn Dương")], None, None, LD, "completed")],
        ),
        h(
            3754,
            "Công ty CP Cà phê Đặc sản Krông Ana dự kiến khởi công nhà máy chiết xuất cà phê tại Buôn Ma Thuột vào ngày 15/4, tổng mức đầu tư hơn 1.350 tỷ đồng.",
            "2025-03-21",
            "provincial",
            ["planned_groundbreaking", "announced_investment", "approx", "future_date"],
            firms=[f("Cà phê Đặc sản Krông Ana", "Công ty CP")],
            money=[m(1350 * B, "VND", None, True)],
            deals=[deal("investment", ["Cà phê Đặc sản Krông Ana"], 1350 * B)],
            events=[
                ev(
                    "investment_announcement",
                    [F("Cà phê Đặc sản Krông Ana")],
                    1350 * B,
                    "VND",
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3755,
            "Lễ khánh thành Nhà máy Điện gió Ea Súp 3 (Đắk Lắk) do Công ty CP Phong Điện Ea Súp Xanh làm chủ đầu tư diễn ra sáng 19/12, với tổng vốn khoảng 4.200 tỷ đồng và công suất 100 MW.",
            "2025-12-20",
            "provincial",
            [
                "inauguration",
                "plant_name_no_firm",
                "province_bracket",
                "capacity_no_count",
                "approx",
                "deal_date",
            ],
            provinces=[pv("Đắk Lắk")],
            firms=[f("Phong Điện Ea Súp Xanh", "Công ty CP")],
            money=[m(4200 * B, "VND", None, True)],
            deals=[deal("investment", ["Phong Điện Ea Súp Xanh"], 4200 * B, DL, "2025-12-19")],
            events=[ev("inauguration", [F("Phong Điện Ea Súp Xanh")], 4200 * B, "VND", DL, "completed")],
        ),
        h(
            3756,
            "Tập đoàn Hyosung và Công ty TNHH Hyosung Quảng Nam cùng làm lễ khởi công mở rộng nhà máy sợi spandex tại KCN Tam Thăng ngày 14/11, vốn 280 triệu USD.",
            "2025-11-15",
            "provincial",
            ["co_groundbreaking", "parent_and_subsidiary", "place_in_name", "total_to_each", "deal_date"],
            firms=[f("Hyosung", "Tập đoàn"), f("Hyosung Quảng Nam", "Công ty TNHH")],
            money=[m(280 * M, "USD")],
            locations=[park("Khu công nghiệp Tam Thăng")],
            deals=[
                deal("groundbreaking", ["Hyosung"], 280 * M, None, "2025-11-14"),
                deal("groundbreaking", ["Hyosung Quảng Nam"], 280 * M, None, "2025-11-14"),
            ],
            events=[
                ev("groundbreaking", [F("Hyosung"), F("Hyosung Quảng Nam")], 280 * M, "USD", None, "started")
            ],
        ),
        # --- legal texts, decisions, persons, hard negatives ---
        h(
            3757,
            "ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 3158/QĐ-UBND\nKhánh Hòa, ngày 19 tháng 12 năm 2025\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch phát triển công nghiệp hỗ trợ tỉnh Khánh Hòa giai đoạn 2026 - 2030",
            "2025-12-22",
            "legal",
            ["legal_header", "place_date_line", "plan", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Khánh Hòa"],
            provinces=[pv("Khánh Hòa")],
            decisions=[d("3158/QĐ-UBND", "2025-12-19")],
            events=[],
        ),
        h(
            3758,
            "Căn cứ Nghị định số 205/2025/NĐ-CP ngày 14 tháng 7 năm 2025 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 111/2015/NĐ-CP về phát triển công nghiệp hỗ trợ;",
            "2025-12-22",
            "legal",
            ["preamble", "decree_with_date", "two_decrees", "no_event"],
            organizations=["Chính phủ"],
            decisions=[d("205/2025/NĐ-CP", "2025-07-14"), d("111/2015/NĐ-CP")],
            events=[],
        ),
        h(
            3759,
            "Mục tiêu đến năm 2030: có ít nhất 45 doanh nghiệp công nghiệp hỗ trợ đủ năng lực cung ứng trực tiếp cho các tập đoàn đa quốc gia; tỷ lệ nội địa hóa ngành cơ khí đạt 40%.",
            "2025-12-22",
            "legal",
            ["plan_target", "count", "at_least", "percentage", "no_event"],
            percentages=[40],
            quantities=[c(45, "doanh nghiệp", True)],
            events=[],
        ),
        h(
            3760,
            "Nơi nhận:\n- Bộ Công Thương;\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Sở Công Thương, Sở Tài chính;\n- Lưu: VT, KT.",
            "2025-12-22",
            "legal",
            ["noi_nhan_footer", "abbreviations", "no_event"],
            organizations=["Bộ Công Thương", "Sở Công Thương", "Sở Tài chính"],
            events=[],
        ),
        h(
            3761,
            "Phó Thủ tướng Bùi Thanh Sơn vừa ký Quyết định số 1542/QĐ-TTg ngày 8/8/2025 chấp thuận chủ trương đầu tư dự án KCN Nam Tuy Hòa 2, tỉnh Đắk Lắk, quy mô 318 ha; nhà đầu tư là Công ty CP Hạ tầng Sông Đà Rằng.",
            "2025-08-11",
            "legal",
            [
                "deputy_pm_decision",
                "licence",
                "no_government_party",
                "decision_with_date",
                "area",
                "nha_dau_tu_la",
            ],
            persons=[per("Bùi Thanh Sơn", "Phó Thủ tướng")],
            provinces=[pv("Đắk Lắk")],
            decisions=[d("1542/QĐ-TTg", "2025-08-08")],
            firms=[f("Hạ tầng Sông Đà Rằng", "Công ty CP")],
            areas=[ha(318)],
            locations=[park("Khu công nghiệp Nam Tuy Hòa 2")],
            deals=[deal("investment", ["Hạ tầng Sông Đà Rằng"], None, DL)],
            events=[ev("investment_licence", [F("Hạ tầng Sông Đà Rằng")], None, None, DL, "licensed")],
        ),
        h(
            3762,
            "Vì sao nhiều dự án điện mặt trời ở Ninh Thuận (cũ) chưa được thanh toán đủ tiền điện? Theo Bộ Công Thương, 25 dự án đang chờ kết quả rà soát giá.",
            "2025-05-08",
            "ministry",
            ["question_headline", "count", "old_province_cu", "no_event"],
            organizations=["Bộ Công Thương"],
            provinces=[pv("Ninh Thuận")],
            quantities=[c(25, "dự án")],
            events=[],
        ),
        h(
            3763,
            "Đoàn công tác do đồng chí Nguyễn Hồng Lĩnh, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Tây Ninh dẫn đầu đã làm việc với 12 doanh nghiệp Nhật Bản tại Osaka.",
            "2025-06-25",
            "provincial",
            ["dong_chi", "long_role", "count", "country", "no_event"],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            persons=[
                per(
                    "Nguyễn Hồng Lĩnh",
                    "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh Tây Ninh",
                )
            ],
            provinces=[pv("Tây Ninh")],
            quantities=[c(12, "doanh nghiệp")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            3764,
            "Nhiều doanh nghiệp Nhật Bản bày tỏ mong muốn mở rộng đầu tư vào các KCN của Tây Ninh, đặc biệt trong lĩnh vực linh kiện ô tô và thiết bị y tế.",
            "2025-06-25",
            "provincial",
            ["wish", "no_firm", "no_event"],
            provinces=[pv("Tây Ninh")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            3765,
            "Hoàng Anh (TTXVN) - Kim ngạch xuất khẩu thủy sản của Cần Thơ 11 tháng năm 2025 đạt 1,06 tỷ USD, tăng 17,3% so với cùng kỳ.",
            "2025-12-09",
            "provincial",
            ["byline_agency", "export_total", "percentage", "no_event"],
            provinces=[pv("Cần Thơ")],
            money=[m(1.06 * B, "USD")],
            percentages=[17.3],
            events=[],
        ),
        h(
            3766,
            "Giá cá tra nguyên liệu tại các nhà máy ở Cần Thơ hiện dao động 27.500-28.500 đồng/kg, tăng khoảng 1.000 đồng/kg so với tháng trước.",
            "2025-12-09",
            "provincial",
            ["price_per_kg", "range", "no_event"],
            provinces=[pv("Cần Thơ")],
            events=[],
        ),
        h(
            3767,
            "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh cho biết dự án nhà máy phụ tùng ô tô 600 tỷ đồng của Công ty CP Cơ khí Hồng Lĩnh Xanh đã bị thu hồi chủ trương đầu tư do quá 24 tháng không triển khai.",
            "2025-09-19",
            "provincial",
            ["revoked_licence", "named_investor", "duration_not_count", "no_event"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"],
            provinces=[pv("Hà Tĩnh")],
            firms=[f("Cơ khí Hồng Lĩnh Xanh", "Công ty CP")],
            money=[m(600 * B, "VND")],
            events=[],
        ),
        h(
            3768,
            "Theo bà Lê Thị Thu Hằng, Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng, quý IV/2025 tỉnh sẽ tổ chức đoàn 30 doanh nghiệp sang Hàn Quốc tìm đối tác.",
            "2025-09-29",
            "provincial",
            ["theo_person", "person_role_after_ba", "plan", "count", "no_event"],
            organizations=["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng"],
            persons=[
                per(
                    "Lê Thị Thu Hằng",
                    "Giám đốc Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh Lâm Đồng",
                )
            ],
            provinces=[pv("Lâm Đồng")],
            quantities=[c(30, "doanh nghiệp")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            3769,
            "Công ty TNHH Kim loại Màu Quy Nhơn dự kiến ký hợp đồng mua điện gió với Công ty CP Phong Điện Phương Mai Xanh trong quý I/2026, sau khi đạt thỏa thuận về giá.",
            "2025-11-27",
            "ministry",
            ["conditional", "planned_contract", "announced", "firm_pair", "quarter_not_date"],
            firms=[f("Kim loại Màu Quy Nhơn", "Công ty TNHH"), f("Phong Điện Phương Mai Xanh", "Công ty CP")],
            deals=[deal("supply_contract", ["Phong Điện Phương Mai Xanh", "Kim loại Màu Quy Nhơn"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Phong Điện Phương Mai Xanh"), F("Kim loại Màu Quy Nhơn")],
                    None,
                    None,
                    None,
                    "announced",
                )
            ],
        ),
        h(
            3770,
            "Hai bên không ký kết được hợp đồng bao tiêu như dự kiến vì Công ty CP Xuất khẩu Cà phê Krông Năng chưa đồng ý mức giá sàn.",
            "2025-11-27",
            "provincial",
            ["negated", "not_signed", "one_named_side", "no_event"],
            firms=[f("Xuất khẩu Cà phê Krông Năng", "Công ty CP")],
            events=[],
        ),
        # --- NFD and old tone placement, more shapes ---
        h(
            3771,
            "Công ty TNHH Dệt Nhuộm Hòa Bình Tây Ninh và Công ty CP Xử lý Nước thải Trảng Bàng ký hợp đồng vận hành trạm xử lý 6.000 m3/ngày đêm trong 10 năm, giá trị 312 tỷ đồng.",
            "2025-08-14",
            "ministry",
            ["nfd", "service_contract", "supply_contract", "firm_pair", "capacity_no_count"],
            firms=[
                f("Dệt Nhuộm Hòa Bình Tây Ninh", "Công ty TNHH"),
                f("Xử lý Nước thải Trảng Bàng", "Công ty CP"),
            ],
            money=[m(312 * B, "VND")],
            deals=[
                deal(
                    "supply_contract", ["Xử lý Nước thải Trảng Bàng", "Dệt Nhuộm Hòa Bình Tây Ninh"], 312 * B
                )
            ],
            events=[
                ev(
                    "supply_contract",
                    [F("Xử lý Nước thải Trảng Bàng"), F("Dệt Nhuộm Hòa Bình Tây Ninh")],
                    312 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3772,
            "Ủy ban nhân dân tỉnh Quảng Ngãi và Tập đoàn Năng lượng Sembcorp (Singapore) ký biên bản ghi nhớ về dự án điện mặt trời kết hợp lưu trữ tại Đức Phổ, vốn khoảng 3.200 tỷ đồng.",
            "2025-06-05",
            "provincial",
            ["nfd", "government_firm_mou", "investment_project", "country_bracket", "approx"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ngãi"],
            provinces=[pv("Quảng Ngãi")],
            firms=[f("Năng lượng Sembcorp", "Tập đoàn")],
            money=[m(3200 * B, "VND", None, True)],
            locations=[country("Singapore")],
            deals=[deal("investment", ["Năng lượng Sembcorp"], 3200 * B, QNG)],
            events=[
                ev(
                    "mou",
                    [G("Ủy ban nhân dân tỉnh Quảng Ngãi"), F("Năng lượng Sembcorp")],
                    3200 * B,
                    "VND",
                    QNG,
                    "signed",
                )
            ],
        ),
        h(
            3773,
            "Công ty CP Thủy sản Sông Trà Xanh nhận đơn hàng cá ngừ hấp đóng túi từ Công ty TNHH Thương mại Marusan (Nhật Bản), trị giá 3,1 triệu USD.",
            "2025-10-20",
            "ministry",
            ["nfd", "order_received", "supply_contract", "firm_pair", "country_bracket"],
            firms=[f("Thủy sản Sông Trà Xanh", "Công ty CP"), f("Thương mại Marusan", "Công ty TNHH")],
            money=[m(3.1 * M, "USD")],
            locations=[country("Nhật Bản")],
            deals=[deal("supply_contract", ["Thủy sản Sông Trà Xanh", "Thương mại Marusan"], 3.1 * M)],
            events=[
                ev(
                    "supply_contract",
                    [F("Thủy sản Sông Trà Xanh"), F("Thương mại Marusan")],
                    3.1 * M,
                    "USD",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3774,
            "Uỷ ban nhân dân tỉnh Khánh Hoà đồng ý cho Công ty TNHH Chế biến Yến sào Hoà Sơn thuê 2,8 ha đất tại Cụm công nghiệp Diên Phú để mở rộng xưởng.",
            "2025-07-17",
            "legal",
            ["old_tone", "land_lease_decision", "government_party", "cooperation", "area", "cluster"],
            organizations=["Ủy ban nhân dân tỉnh Khánh Hòa"],
            provinces=[pv("Khánh Hòa")],
            firms=[f("Chế biến Yến sào Hòa Sơn", "Công ty TNHH")],
            areas=[ha(2.8)],
            locations=[park("Cụm công nghiệp Diên Phú")],
            events=[
                ev(
                    "cooperation",
                    [G("Uỷ ban nhân dân tỉnh Khánh Hoà"), F("Chế biến Yến sào Hòa Sơn")],
                    None,
                    None,
                    KH,
                    "signed",
                )
            ],
        ),
        h(
            3775,
            "Công ty CP Cơ khí Hoà Khánh Mới và Công ty TNHH Tự động hoá Sơn Trà ký hợp đồng chế tạo 8 robot gắp phôi, trị giá 19 tỷ đồng.",
            "2025-10-02",
            "ministry",
            ["old_tone", "supply_contract", "firm_pair", "count"],
            firms=[f("Cơ khí Hòa Khánh Mới", "Công ty CP"), f("Tự động hóa Sơn Trà", "Công ty TNHH")],
            money=[m(19 * B, "VND")],
            quantities=[c(8, "robot gắp phôi")],
            deals=[deal("supply_contract", ["Cơ khí Hòa Khánh Mới", "Tự động hóa Sơn Trà"], 19 * B)],
            events=[
                ev(
                    "supply_contract",
                    [F("Cơ khí Hòa Khánh Mới"), F("Tự động hóa Sơn Trà")],
                    19 * B,
                    "VND",
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3776,
            "Sở Công Thương Thanh Hoá và Sở Công Thương Nghệ An ký quy chế phối hợp tổ chức hội chợ công nghiệp hỗ trợ luân phiên hằng năm.",
            "2025-03-21",
            "provincial",
            ["old_tone", "two_departments", "coordination_rules", "mou", "no_deal"],
            organizations=["Sở Công Thương Thanh Hóa", "Sở Công Thương Nghệ An"],
            provinces=[pv("Thanh Hóa"), pv("Nghệ An")],
            events=[
                ev(
                    "mou",
                    [G("Sở Công Thương Thanh Hoá"), G("Sở Công Thương Nghệ An")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3777,
            "Gia Lai (mới) - Từ ngày 1/7/2025, tỉnh Bình Định và tỉnh Gia Lai hợp nhất thành tỉnh Gia Lai, trung tâm hành chính đặt tại Quy Nhơn.",
            "2025-07-02",
            "provincial",
            ["merger_statement", "two_provinces", "no_event"],
            provinces=[pv("Gia Lai"), pv("Bình Định")],
            events=[],
        ),
        h(
            3778,
            "Tập đoàn LEGO khánh thành nhà máy trung hòa carbon tại KCN VSIP III ngày 22/4, vốn đầu tư hơn 1 tỷ USD.",
            "2025-04-23",
            "ministry",
            ["inauguration", "approx", "deal_date"],
            firms=[f("LEGO", "Tập đoàn")],
            money=[m(1 * B, "USD", None, True)],
            locations=[park("Khu công nghiệp VSIP III")],
            deals=[deal("investment", ["LEGO"], 1 * B, None, "2025-04-22")],
            events=[ev("inauguration", [F("LEGO")], 1 * B, "USD", None, "completed")],
        ),
        h(
            3779,
            "Đến cuối năm 2025, Công ty TNHH Lego Manufacturing Việt Nam dự kiến tuyển đủ 4.000 lao động; khoảng 60% là lao động địa phương.",
            "2025-04-23",
            "ministry",
            ["labour", "count", "percentage", "no_event"],
            firms=[f("Lego Manufacturing", "Công ty TNHH")],
            percentages=[60],
            quantities=[c(4000, "lao động")],
            events=[],
        ),
        h(
            3780,
            "Công ty CP Logistics Cảng Chu Lai Xanh và Hãng tàu ONE (Ocean Network Express) ký hợp đồng dịch vụ khai thác tuyến container trực tiếp Chu Lai - Busan từ tháng 2/2026, tần suất 2 chuyến/tuần.",
            "2025-12-01",
            "ministry",
            ["port_service_contract", "supply_contract", "alias_bracket", "firm_pair", "frequency_not_count"],
            firms=[f("Logistics Cảng Chu Lai Xanh", "Công ty CP"), f("ONE")],
            deals=[deal("supply_contract", ["Logistics Cảng Chu Lai Xanh", "ONE"])],
            events=[
                ev(
                    "supply_contract",
                    [F("Logistics Cảng Chu Lai Xanh"), F("ONE")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3781,
            "Tính chung các đợt kết nối B2B tại Đà Nẵng và Nha Trang, 214 doanh nghiệp Việt đã gặp 61 nhà mua hàng Hàn Quốc, nhưng số biên bản ghi nhớ được ký còn ít.",
            "2025-11-19",
            "ministry",
            ["b2b_total", "count", "cumulative", "no_named_pair", "no_event"],
            provinces=[pv("Đà Nẵng")],
            quantities=[c(214, "doanh nghiệp"), c(61, "nhà mua hàng")],
            locations=[country("Hàn Quốc")],
            events=[],
        ),
        h(
            3782,
            "Trong số đó có biên bản ghi nhớ giữa Công ty TNHH May Xuất khẩu Ninh Hòa và Tập đoàn Thời trang Shinsegae Inter (Hàn Quốc) về gia công 300.000 áo khoác mỗi năm.",
            "2025-11-19",
            "ministry",
            ["mou_named_in_list", "firm_pair", "country_bracket", "count"],
            firms=[f("May Xuất khẩu Ninh Hòa", "Công ty TNHH"), f("Thời trang Shinsegae Inter", "Tập đoàn")],
            quantities=[c(300000, "áo khoác")],
            locations=[country("Hàn Quốc")],
            deals=[deal("mou", ["May Xuất khẩu Ninh Hòa", "Thời trang Shinsegae Inter"])],
            events=[
                ev(
                    "mou",
                    [F("May Xuất khẩu Ninh Hòa"), F("Thời trang Shinsegae Inter")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
        h(
            3783,
            "VnEconomy 14:37 | 29/01/2026 - Công ty CP Năng lượng Sông Cầu Xanh đã hoàn tất việc bán 40% vốn tại dự án điện mặt trời Hòa Hội cho Tập đoàn Gulf Energy (Thái Lan) với giá 1.260 tỷ đồng.",
            "2026-01-29",
            "ministry",
            ["time_stamp", "divestment", "acquisition", "completed", "percentage", "country_bracket"],
            firms=[f("Năng lượng Sông Cầu Xanh", "Công ty CP"), f("Gulf Energy", "Tập đoàn")],
            money=[m(1260 * B, "VND")],
            percentages=[40],
            locations=[country("Thái Lan")],
            deals=[deal("investment", ["Gulf Energy"], 1260 * B)],
            events=[
                ev(
                    "acquisition",
                    [F("Gulf Energy"), F("Năng lượng Sông Cầu Xanh")],
                    1260 * B,
                    "VND",
                    None,
                    "completed",
                )
            ],
        ),
        h(
            3784,
            "Cụm công nghiệp Tam Anh rộng 75 ha (Quảng Nam cũ) được chấp thuận điều chỉnh chủ trương, giãn tiến độ thêm 24 tháng vì vướng giải phóng mặt bằng.",
            "2025-10-06",
            "provincial",
            ["schedule_extension", "old_province_cu", "area", "duration_not_count", "no_event"],
            provinces=[pv("Quảng Nam")],
            areas=[ha(75)],
            locations=[park("Cụm công nghiệp Tam Anh")],
            events=[],
        ),
        h(
            3785,
            "Sáng 8/1, Công ty TNHH Giày Da Phước Đông Sunrise (Đài Loan) và Trường Cao đẳng Nghề Tây Ninh ký kết chương trình đào tạo 500 công nhân may mũ giày theo đơn đặt hàng của doanh nghiệp.",
            "2026-01-09",
            "provincial",
            ["firm_school_mou", "no_deal", "count", "country_bracket"],
            organizations=["Trường Cao đẳng Nghề Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            firms=[f("Giày Da Phước Đông Sunrise", "Công ty TNHH")],
            quantities=[c(500, "công nhân")],
            locations=[country("Đài Loan")],
            events=[
                ev(
                    "mou",
                    [F("Giày Da Phước Đông Sunrise"), O("Trường Cao đẳng Nghề Tây Ninh")],
                    None,
                    None,
                    None,
                    "signed",
                )
            ],
        ),
    ]
