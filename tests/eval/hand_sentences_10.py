# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 10 (blind, real-text shapes): sentences written after reading ~45 real Vietnamese supporting-
industry articles and legal texts (the search tool's `pages` corpus) and annotated for every field BEFORE
the tagger code and data were read; no sentence is taken or paraphrased from a page, the shapes are. The mix
follows what the pages showed: many investment-licence ceremonies (a lead with a count and a total, then the
projects one by one, "Dự án thứ nhất là ...", "do ... làm chủ đầu tư"), capital increases, MoUs where one
side is a People's Committee or an industrial-zone authority, firms written bare or with foreign legal forms
("Co., Ltd", "Company Limited", "Pte. Ltd"), banks, persons with "đồng chí" or with no honorific and the role
before or after the name, "tỉ" next to "tỷ", "nghìn tỷ"/"ngàn tỷ", conversions in brackets, cumulative
totals, dates written "26.6" or "6-2", legal headers with their place-and-date line, preambles, official
letters ("Công văn số 3354/SCT-CNNT"), and old and new (2025) province names. ~10% NFD or old tone placement.

Conventions of batches 5 and 8 (hand_sentences_5.py, hand_sentences_8.py), plus:

- firms: a foreign legal form is kept as the legal form, canonically "Co., Ltd." (Co., Ltd / Co.,Ltd. /
  Company Limited / Limited), "Pte. Ltd." (Pte Ltd / PTE. LTD / Pte.Ltd) and "JSC"; "Công ty X" with no
  type word has the legal form "Công ty"; "Tổng Công ty X - CTCP" is "Tổng công ty"; "Ngân hàng X" with no
  TMCP is a bare name (None). A stock code in brackets is not part of the name.
- money: a vague amount ("hàng chục tỷ đồng", "hàng tỷ USD") is NOT an amount, as the real-text set the issue
  describes scores it (earlier batches annotated "hàng trăm tỷ đồng" as a lower bound; the two disagree and
  this batch follows the issue). "tỉ" = "tỷ"; "nghìn tỷ"/"ngàn tỷ" multiply; a figure written with a dot as
  the decimal mark by mistake ("4.65 tỷ USD") is read as a decimal when the thousands reading is absurd.
- deals (kept as in batch 9): licences, capital increases, announcements, acquisitions, starts of operation
  with a stated capital and an MoU between an agency and a firm are the firm's "investment"; a joint
  venture or a credit or lease contract between two firms is "cooperation"; sale, supply and service
  contracts are "supply_contract"; the state side is never a deal party.
- events (new gold, every row; [] when none), one per event the sentence states:
  {"kind", "parties": [{"name", "type"}], "amount", "currency", "province", "status"}.
  * kinds: investment_licence (a certificate or approval handed out or received: "trao/cấp/nhận giấy chứng
    nhận đăng ký đầu tư", "chấp thuận chủ trương đầu tư", "điều chỉnh tăng vốn" by certificate, "được cấp
    phép"), investment_announcement (a firm states or plans an investment or a capital increase with no
    certificate in the sentence, or a project line "Dự án X do Công ty Y làm chủ đầu tư, vốn Z" with no
    licensing verb in its own row), mou (biên bản ghi nhớ, thỏa thuận hợp tác/khung, "bắt tay"), supply_contract
    (hợp đồng/đơn hàng to sell, supply, build or serve), cooperation (credit, lease, technology transfer and
    other contracts that are not supply), joint_venture, acquisition (mua lại, mua cổ phần chi phối,
    thâu tóm), groundbreaking (khởi công, động thổ), inauguration (khánh thành, khai trương, đi vào hoạt
    động / sản xuất).
  * status: licensed (investment_licence), signed (mou, contracts, cooperation, joint venture, a signed
    acquisition), announced (anything stated as planned, expected or proposed, "sẽ", "dự kiến", "đề xuất"),
    started (a groundbreaking that took place), completed (an inauguration or start of operation, a
    completed acquisition).
  * parties: firms by the canonical name of the `firms` field; government bodies as written in the text
    ("UBND tỉnh Phú Thọ", "Ban Quản lý các KCN tỉnh Bắc Ninh", "BQL Khu kinh tế Hải Phòng") with type
    "government"; associations, chambers, universities, JETRO/KOTRA with type "organization". The granting
    body of a licence is a party when the sentence names it. The person who hands a certificate over is not
    a party; the body the person leads is, when written ("Chủ tịch UBND tỉnh X trao ..." -> "UBND tỉnh X").
  * amount/currency: the amount the event is about (the increase for a capital increase, not the new
    total), base units; province: the current unit (as deals) of the project when the sentence names it,
    also through the granting body's province; status as above.
  * not events: totals of unnamed projects ("trao giấy chứng nhận cho 9 dự án, tổng vốn ..."), cumulative
    figures ("lũy kế", "nâng tổng vốn ... lên", "tính đến nay"), negated or failed deals, attendance at a
    fair or a conference, a firm that merely operates somewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def hand_sentences_10(h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]) -> list[dict]:
    def f(name: str, form: str | None = None) -> dict[str, Any]:
        return {"name": name, "legal_form": form}

    def d(number: str, date: str | None = None) -> dict[str, Any]:
        return {"number": number, "date": date}

    def deal(
        kind: str,
        parties: list[str],
        amount: float | None = None,
        province: str | None = None,
        date: str | None = None,
    ) -> dict:
        return {"kind": kind, "parties": parties, "amount": amount, "province": province, "date": date}

    def ev(
        kind: str,
        parties: list[dict[str, str]],
        amount: float | None = None,
        currency: str | None = None,
        province: str | None = None,
        status: str | None = None,
    ) -> dict[str, Any]:
        return {
            "kind": kind,
            "parties": parties,
            "amount": amount,
            "currency": currency,
            "province": province,
            "status": status,
        }

    def F(name: str) -> dict[str, str]:
        return {"name": name, "type": "firm"}

    def G(name: str) -> dict[str, str]:
        return {"name": name, "type": "government"}

    def O(name: str) -> dict[str, str]:  # noqa: E743
        return {"name": name, "type": "organization"}

    def per(name: str, role: str | None) -> dict[str, Any]:
        return {"name": name, "role": role}

    def country(name: str) -> dict[str, str]:
        return {"name": name, "type": "country"}

    def park(name: str) -> dict[str, str]:
        return {"name": name, "type": "industrial_park"}

    def zone(name: str) -> dict[str, str]:
        return {"name": name, "type": "economic_zone"}

    def district(name: str) -> dict[str, str]:
        return {"name": name, "type": "district"}

    def c(value: float, unit: str, approx: bool = False) -> dict[str, Any]:
        return {"value": value, "unit": unit, "approximate": approx}

    def ha(hectares: float, approx: bool = False) -> dict[str, Any]:
        return {"hectares": hectares, "approximate": approx}

    BN, HP, PT, HY, NA = "Tỉnh Bắc Ninh", "Thành phố Hải Phòng", "Tỉnh Phú Thọ", "Tỉnh Hưng Yên", "Tỉnh Nghệ An"
    HCM, DN, TN, QN, NB = (
        "Thành phố Hồ Chí Minh",
        "Tỉnh Đồng Nai",
        "Tỉnh Thái Nguyên",
        "Tỉnh Quảng Ninh",
        "Tỉnh Ninh Bình",
    )

    return [
        # --- licence ceremonies: lead with a count and a total, then the projects ---------------------------
        h(
            1001,
            "Chiều 14/3, UBND tỉnh Bắc Ninh trao giấy chứng nhận đăng ký đầu tư cho 9 dự án FDI với tổng vốn hơn 620 triệu USD.",
            "2025-03-15",
            "provincial",
            ["licence", "count", "money_approx", "no_deal"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            money=[m(620_000_000, "USD", approx=True)],
            quantities=[c(9, "dự án")],
            events=[],
        ),
        h(
            1002,
            "Trong đó, dự án sản xuất mô-đun camera do Công ty TNHH Khoa học Kỹ thuật Quang điện Rongsheng Việt Nam (Trung Quốc) làm chủ đầu tư có vốn 185 triệu USD, đặt tại KCN Yên Phong II-C.",
            "2025-03-15",
            "provincial",
            ["licence_list", "country", "park"],
            firms=[f("Khoa học Kỹ thuật Quang điện Rongsheng", "Công ty TNHH")],
            money=[m(185_000_000, "USD")],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Yên Phong II-C")],
            deals=[deal("investment", ["Khoa học Kỹ thuật Quang điện Rongsheng"], 185_000_000)],
            events=[ev("investment_announcement", [F("Khoa học Kỹ thuật Quang điện Rongsheng")], 185_000_000, "USD", None, "announced")],
        ),
        h(
            1003,
            "Ngày 9/1, UBND tỉnh Phú Thọ trao Giấy chứng nhận đăng ký đầu tư điều chỉnh cho 2 dự án mở rộng, tổng vốn tăng thêm 290 triệu USD. Dự án thứ nhất là nhà máy linh kiện điện tử tại KCN Khai Quang do BH Co., Ltd (Hàn Quốc) làm chủ đầu tư, tăng vốn thêm 140 triệu USD. Dự án thứ hai do Meiko Electronics Co., Ltd. (Nhật Bản) làm chủ đầu tư, tăng thêm 150 triệu USD.",
            "2026-01-10",
            "provincial",
            ["licence", "capital_increase", "foreign_form", "multi_sentence", "count"],
            organizations=["Ủy ban nhân dân tỉnh Phú Thọ"],
            provinces=[pv("Phú Thọ")],
            firms=[f("BH", "Co., Ltd."), f("Meiko Electronics", "Co., Ltd.")],
            money=[m(290_000_000, "USD"), m(140_000_000, "USD"), m(150_000_000, "USD")],
            locations=[country("Hàn Quốc"), country("Nhật Bản"), park("Khu công nghiệp Khai Quang")],
            quantities=[c(2, "dự án")],
            deals=[
                deal("investment", ["BH"], 140_000_000, PT, "2026-01-09"),
                deal("investment", ["Meiko Electronics"], 150_000_000, PT, "2026-01-09"),
            ],
            events=[
                ev("investment_licence", [G("UBND tỉnh Phú Thọ"), F("BH")], 140_000_000, "USD", PT, "licensed"),
                ev("investment_licence", [G("UBND tỉnh Phú Thọ"), F("Meiko Electronics")], 150_000_000, "USD", PT, "licensed"),
            ],
        ),
        h(
            1004,
            "Ban Quản lý các KCN tỉnh Bắc Giang vừa cấp giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Fulian Precision Technology, vốn 3.135 tỷ đồng (tương đương 130 triệu USD), tại KCN Quang Châu.",
            "2024-07-02",
            "provincial",
            ["licence", "money_conversion", "park"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang"],
            provinces=[pv("Bắc Giang")],
            firms=[f("Fulian Precision Technology", "Công ty TNHH")],
            money=[m(3_135_000_000_000, "VND"), m(130_000_000, "USD")],
            locations=[park("Khu công nghiệp Quang Châu")],
            deals=[deal("investment", ["Fulian Precision Technology"], 3_135_000_000_000, BN)],
            events=[ev("investment_licence", [G("Ban Quản lý các KCN tỉnh Bắc Giang"), F("Fulian Precision Technology")], 3_135_000_000_000, "VND", BN, "licensed")],
        ),
        h(
            1005,
            "Tại hội nghị, tỉnh trao quyết định chủ trương đầu tư cho 4 dự án và giấy chứng nhận đăng ký đầu tư cho 7 dự án: Nhà máy Jinko Solar 2 của Jinko Solar Co., Ltd. (500 triệu USD); Nhà máy vật liệu bán dẫn Sinh Long của Công ty TNHH Sinh Long Vina (42 triệu USD); Nhà máy khuôn mẫu Tân Á của Công ty CP Khuôn mẫu Tân Á (180 tỷ đồng).",
            "2024-12-21",
            "provincial",
            ["licence", "list_colon", "count", "foreign_form"],
            firms=[f("Jinko Solar", "Co., Ltd."), f("Sinh Long", "Công ty TNHH"), f("Khuôn mẫu Tân Á", "Công ty CP")],
            money=[m(500_000_000, "USD"), m(42_000_000, "USD"), m(180_000_000_000, "VND")],
            quantities=[c(4, "dự án"), c(7, "dự án")],
            deals=[
                deal("investment", ["Jinko Solar"], 500_000_000),
                deal("investment", ["Sinh Long"], 42_000_000),
                deal("investment", ["Khuôn mẫu Tân Á"], 180_000_000_000),
            ],
            events=[
                ev("investment_licence", [F("Jinko Solar")], 500_000_000, "USD", None, "licensed"),
                ev("investment_licence", [F("Sinh Long")], 42_000_000, "USD", None, "licensed"),
                ev("investment_licence", [F("Khuôn mẫu Tân Á")], 180_000_000_000, "VND", None, "licensed"),
            ],
        ),
        h(
            1006,
            "Sáng 26.6, UBND TP Hải Phòng trao Giấy chứng nhận đăng ký đầu tư điều chỉnh tăng vốn cho Công ty TNHH LG Innotek Việt Nam Hải Phòng với số vốn tăng thêm 1 tỉ USD, nâng tổng vốn dự án lên hơn 2 tỉ USD.",
            "2023-06-27",
            "provincial",
            ["licence", "capital_increase", "ti_spelling", "dot_date", "firm_place_suffix", "cumulative"],
            organizations=["Ủy ban nhân dân TP Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("LG Innotek", "Công ty TNHH")],
            money=[m(1_000_000_000, "USD"), m(2_000_000_000, "USD", approx=True)],
            deals=[deal("investment", ["LG Innotek"], 1_000_000_000, HP, "2023-06-26")],
            events=[ev("investment_licence", [G("UBND TP Hải Phòng"), F("LG Innotek")], 1_000_000_000, "USD", HP, "licensed")],
        ),
        h(
            1007,
            "Một là, dự án Nhà máy sản xuất thiết bị điện tử Kimtec của Kimtec Vina Co.,Ltd, tổng vốn 25 triệu USD. Hai là, dự án nhà máy bao bì carton của Công ty TNHH Bao bì Thiên Phú, vốn 96 tỷ đồng.",
            "2024-05-11",
            "provincial",
            ["licence_list", "mot_la_hai_la", "foreign_form", "multi_sentence"],
            firms=[f("Kimtec", "Co., Ltd."), f("Bao bì Thiên Phú", "Công ty TNHH")],
            money=[m(25_000_000, "USD"), m(96_000_000_000, "VND")],
            deals=[deal("investment", ["Kimtec"], 25_000_000), deal("investment", ["Bao bì Thiên Phú"], 96_000_000_000)],
            events=[
                ev("investment_announcement", [F("Kimtec")], 25_000_000, "USD", None, "announced"),
                ev("investment_announcement", [F("Bao bì Thiên Phú")], 96_000_000_000, "VND", None, "announced"),
            ],
        ),
        h(
            1008,
            "Bí thư Tỉnh ủy Nguyễn Hồng Thái và Chủ tịch UBND tỉnh Vương Quốc Tuấn trao chứng nhận đầu tư cho các nhà đầu tư.",
            "2025-08-16",
            "provincial",
            ["person_role_before", "no_honorific", "two_persons"],
            persons=[per("Nguyễn Hồng Thái", "Bí thư Tỉnh ủy"), per("Vương Quốc Tuấn", "Chủ tịch UBND tỉnh")],
            organizations=["Tỉnh ủy", "Ủy ban nhân dân tỉnh"],
            events=[],
        ),
        h(
            1009,
            "Hana Micron được Ban Quản lý các KCN tỉnh Bắc Ninh cấp giấy chứng nhận điều chỉnh, tăng vốn thêm 450 triệu USD cho nhà máy đóng gói chip tại KCN Vân Trung.",
            "2025-02-19",
            "provincial",
            ["licence", "passive", "capital_increase", "bare_firm", "park"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Hana Micron")],
            money=[m(450_000_000, "USD")],
            locations=[park("Khu công nghiệp Vân Trung")],
            deals=[deal("investment", ["Hana Micron"], 450_000_000, BN)],
            events=[ev("investment_licence", [G("Ban Quản lý các KCN tỉnh Bắc Ninh"), F("Hana Micron")], 450_000_000, "USD", BN, "licensed")],
        ),
        h(
            1010,
            "Dự án của Tập đoàn Goertek được cấp phép đầu tư vào tháng 10/2020, khởi công tháng 1/2021 và đến nay đã tạo việc làm cho khoảng 5.000 lao động.",
            "2024-03-05",
            "provincial",
            ["licence", "past", "groundbreaking", "count"],
            firms=[f("Goertek", "Tập đoàn")],
            quantities=[c(5000, "lao động", True)],
            deals=[deal("investment", ["Goertek"]), deal("groundbreaking", ["Goertek"])],
            events=[
                ev("investment_licence", [F("Goertek")], None, None, None, "licensed"),
                ev("groundbreaking", [F("Goertek")], None, None, None, "started"),
            ],
        ),
        h(
            1011,
            "Lũy kế đến nay, các KCN của tỉnh thu hút 412 dự án FDI với tổng vốn đăng ký 12,4 tỷ USD và 168 dự án trong nước với tổng vốn 41.250 tỷ đồng.",
            "2025-01-08",
            "provincial",
            ["cumulative", "count", "no_deal"],
            money=[m(12_400_000_000, "USD"), m(41_250_000_000_000, "VND")],
            quantities=[c(412, "dự án"), c(168, "dự án")],
            events=[],
        ),
        h(
            1012,
            "Cùng ngày, Ban Quản lý Khu kinh tế Hải Phòng trao giấy chứng nhận đăng ký đầu tư cho dự án nhà máy sản xuất vật liệu phân hủy sinh học của Tập đoàn SK (Hàn Quốc) tại KCN Nam Đình Vũ, vốn 2.700 tỉ đồng.",
            "2024-09-23",
            "provincial",
            ["licence", "ti_spelling", "country", "park"],
            organizations=["Ban Quản lý Khu kinh tế Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            firms=[f("SK", "Tập đoàn")],
            money=[m(2_700_000_000_000, "VND")],
            locations=[country("Hàn Quốc"), park("Khu công nghiệp Nam Đình Vũ")],
            deals=[deal("investment", ["SK"], 2_700_000_000_000, HP)],
            events=[ev("investment_licence", [G("Ban Quản lý Khu kinh tế Hải Phòng"), F("SK")], 2_700_000_000_000, "VND", HP, "licensed")],
        ),
        h(
            1013,
            "Lãnh đạo tỉnh Nghệ An trao Giấy chứng nhận đầu tư trị giá 150 triệu USD cho Tập đoàn Sunny Optical với dự án sản xuất mô-đun camera ô tô tại KCN WHA Industrial Zone 1.",
            "2023-09-21",
            "provincial",
            ["licence", "park"],
            provinces=[pv("Nghệ An")],
            firms=[f("Sunny Optical", "Tập đoàn")],
            money=[m(150_000_000, "USD")],
            locations=[park("Khu công nghiệp WHA Industrial Zone 1")],
            deals=[deal("investment", ["Sunny Optical"], 150_000_000, NA)],
            events=[ev("investment_licence", [F("Sunny Optical")], 150_000_000, "USD", NA, "licensed")],
        ),
        h(
            1014,
            "Đồng chí Trần Duy Đông - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phú Thọ trao giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Điện tử BYD Việt Nam.",
            "2025-10-14",
            "provincial",
            ["licence", "dong_chi", "person_role_dash"],
            persons=[per("Trần Duy Đông", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Phú Thọ")],
            organizations=["Tỉnh ủy", "Ủy ban nhân dân tỉnh Phú Thọ"],
            provinces=[pv("Phú Thọ")],
            firms=[f("Điện tử BYD", "Công ty TNHH")],
            deals=[deal("investment", ["Điện tử BYD"], None, PT)],
            events=[ev("investment_licence", [G("UBND tỉnh Phú Thọ"), F("Điện tử BYD")], None, None, PT, "licensed")],
        ),
        h(
            1015,
            "Năm 2025, Bắc Ninh cấp mới cho 11 doanh nghiệp FDI và điều chỉnh tăng vốn cho 13 doanh nghiệp, với tổng vốn đăng ký trên 1 tỷ USD.",
            "2026-02-03",
            "provincial",
            ["count", "no_deal", "cumulative"],
            provinces=[pv("Bắc Ninh")],
            money=[m(1_000_000_000, "USD", approx=True)],
            quantities=[c(11, "doanh nghiệp"), c(13, "doanh nghiệp")],
            events=[],
        ),
        h(
            1016,
            "UBND tỉnh Thái Bình trao quyết định chấp thuận chủ trương đầu tư cho Công ty TNHH Lotes Việt Nam với dự án mở rộng nhà máy linh kiện điện tử tại Khu kinh tế Thái Bình, vốn 120 triệu USD.",
            "2024-11-02",
            "provincial",
            ["licence", "pre2025", "zone"],
            organizations=["Ủy ban nhân dân tỉnh Thái Bình"],
            provinces=[pv("Thái Bình")],
            firms=[f("Lotes", "Công ty TNHH")],
            money=[m(120_000_000, "USD")],
            locations=[zone("Khu kinh tế Thái Bình")],
            deals=[deal("investment", ["Lotes"], 120_000_000, HY)],
            events=[ev("investment_licence", [G("UBND tỉnh Thái Bình"), F("Lotes")], 120_000_000, "USD", HY, "licensed")],
        ),
        h(
            1017,
            "Các dự án gồm: nhà máy sản xuất máy tính bảng của nhà đầu tư Foxconn Singapore Pte. Ltd; nhà máy tế bào quang điện của JA Solar Investment Limited và nhà máy vật liệu mới của Risesun Investment Pte.Ltd (Singapore).",
            "2021-01-19",
            "provincial",
            ["licence_list", "foreign_form", "country"],
            firms=[
                f("Foxconn Singapore", "Pte. Ltd."),
                f("JA Solar Investment", "Co., Ltd."),
                f("Risesun Investment", "Pte. Ltd."),
            ],
            locations=[country("Singapore")],
            deals=[
                deal("investment", ["Foxconn Singapore"]),
                deal("investment", ["JA Solar Investment"]),
                deal("investment", ["Risesun Investment"]),
            ],
            events=[
                ev("investment_announcement", [F("Foxconn Singapore")], None, None, None, "announced"),
                ev("investment_announcement", [F("JA Solar Investment")], None, None, None, "announced"),
                ev("investment_announcement", [F("Risesun Investment")], None, None, None, "announced"),
            ],
        ),
        h(
            1018,
            "Ngày 18/4, tại Phú Thọ, Ban Quản lý các KCN tỉnh đã trao Giấy chứng nhận đăng ký đầu tư cho 3 dự án của nhà đầu tư Trung Quốc, tổng vốn 78 triệu USD, trong đó dự án của Boulder Electronics Co., Ltd tại KCN Cẩm Khê có vốn 30 triệu USD.",
            "2024-04-19",
            "provincial",
            ["licence", "count", "foreign_form", "park", "country"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh"],
            provinces=[pv("Phú Thọ")],
            firms=[f("Boulder Electronics", "Co., Ltd.")],
            money=[m(78_000_000, "USD"), m(30_000_000, "USD")],
            locations=[country("Trung Quốc"), park("Khu công nghiệp Cẩm Khê")],
            quantities=[c(3, "dự án")],
            deals=[deal("investment", ["Boulder Electronics"], 30_000_000, PT, "2024-04-18")],
            events=[ev("investment_licence", [G("Ban Quản lý các KCN tỉnh"), F("Boulder Electronics")], 30_000_000, "USD", PT, "licensed")],
        ),
        h(
            1019,
            "Nhà đầu tư Hàn Quốc Seojin System nhận quyết định chấp thuận chủ trương đầu tư dự án thứ 5 tại Bắc Giang (nay thuộc tỉnh Bắc Ninh), vốn 210 triệu USD.",
            "2025-08-22",
            "provincial",
            ["licence", "bare_firm", "country", "new_province"],
            firms=[f("Seojin System")],
            provinces=[pv("Bắc Giang"), pv("Bắc Ninh")],
            money=[m(210_000_000, "USD")],
            locations=[country("Hàn Quốc")],
            deals=[deal("investment", ["Seojin System"], 210_000_000, BN)],
            events=[ev("investment_licence", [F("Seojin System")], 210_000_000, "USD", BN, "licensed")],
        ),
        h(
            1020,
            "Tính đến cuối năm 2024, Phú Thọ có hơn 200 dự án FDI còn hiệu lực, tổng vốn đăng ký khoảng 3,1 tỷ USD.",
            "2025-01-15",
            "provincial",
            ["cumulative", "count", "no_deal"],
            provinces=[pv("Phú Thọ")],
            money=[m(3_100_000_000, "USD", approx=True)],
            quantities=[c(200, "dự án", True)],
            events=[],
        ),
        h(
            1021,
            "Chủ tịch UBND tỉnh Nghệ An Lê Hồng Vinh trao giấy chứng nhận đăng ký đầu tư cho Luxshare-ICT với 2 dự án tại Khu kinh tế Đông Nam, tổng vốn 319 triệu USD.",
            "2024-11-23",
            "provincial",
            ["licence", "person_role_before", "bare_firm", "zone"],
            persons=[per("Lê Hồng Vinh", "Chủ tịch UBND tỉnh Nghệ An")],
            organizations=["Ủy ban nhân dân tỉnh Nghệ An"],
            provinces=[pv("Nghệ An")],
            firms=[f("Luxshare-ICT")],
            money=[m(319_000_000, "USD")],
            locations=[zone("Khu kinh tế Đông Nam")],
            quantities=[c(2, "dự án")],
            deals=[deal("investment", ["Luxshare-ICT"], 319_000_000, NA)],
            events=[ev("investment_licence", [G("UBND tỉnh Nghệ An"), F("Luxshare-ICT")], 319_000_000, "USD", NA, "licensed")],
        ),
        h(
            1022,
            "Dự án nhà máy sản xuất dây dẫn điện ô tô do Yazaki EDS Vietnam Co., Ltd làm chủ đầu tư được điều chỉnh tăng vốn thêm 35 triệu USD, nâng tổng vốn lên 115 triệu USD.",
            "2024-08-08",
            "provincial",
            ["capital_increase", "passive", "foreign_form", "cumulative"],
            firms=[f("Yazaki EDS", "Co., Ltd.")],
            money=[m(35_000_000, "USD"), m(115_000_000, "USD")],
            deals=[deal("investment", ["Yazaki EDS"], 35_000_000)],
            events=[ev("investment_licence", [F("Yazaki EDS")], 35_000_000, "USD", None, "licensed")],
        ),
        h(
            1023,
            "Ban Quản lý Khu kinh tế tỉnh Quảng Ninh trao giấy chứng nhận đăng ký đầu tư cho 5 dự án trong KCN Sông Khoai và KCN Việt Hưng, tổng vốn 1,2 tỷ USD; lớn nhất là dự án của Jinko Solar với 500 triệu USD.",
            "2024-06-28",
            "provincial",
            ["licence", "count", "park", "bare_firm"],
            organizations=["Ban Quản lý Khu kinh tế tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Jinko Solar")],
            money=[m(1_200_000_000, "USD"), m(500_000_000, "USD")],
            locations=[park("Khu công nghiệp Sông Khoai"), park("Khu công nghiệp Việt Hưng")],
            quantities=[c(5, "dự án")],
            deals=[deal("investment", ["Jinko Solar"], 500_000_000, QN)],
            events=[ev("investment_licence", [G("Ban Quản lý Khu kinh tế tỉnh Quảng Ninh"), F("Jinko Solar")], 500_000_000, "USD", QN, "licensed")],
        ),
        h(
            1024,
            "Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên đã nhận giấy chứng nhận điều chỉnh, bổ sung vốn 1,8 tỷ USD để sản xuất bảng mạch và linh kiện màn hình.",
            "2024-02-27",
            "provincial",
            ["licence", "capital_increase", "firm_place_suffix"],
            firms=[f("Samsung Electronics", "Công ty TNHH")],
            money=[m(1_800_000_000, "USD")],
            deals=[deal("investment", ["Samsung Electronics"], 1_800_000_000)],
            events=[ev("investment_licence", [F("Samsung Electronics")], 1_800_000_000, "USD", None, "licensed")],
        ),
        h(
            1025,
            "Đây là dự án FDI thứ 38 được cấp phép tại KCN Thăng Long Vĩnh Phúc, nâng tổng vốn đầu tư vào khu lên gần 1,3 tỷ USD.",
            "2024-10-10",
            "provincial",
            ["cumulative", "park", "no_deal"],
            money=[m(1_300_000_000, "USD", approx=True)],
            locations=[park("Khu công nghiệp Thăng Long Vĩnh Phúc")],
            provinces=[pv("Vĩnh Phúc")],
            events=[],
        ),
        h(
            1026,
            "Tỉnh Hưng Yên vừa trao giấy chứng nhận đầu tư cho dự án nhà máy sản xuất tấm phân cực của Nitto Denko tại KCN Thăng Long II với vốn 160 triệu USD.",
            "2025-05-07",
            "provincial",
            ["licence", "bare_firm", "park"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Nitto Denko")],
            money=[m(160_000_000, "USD")],
            locations=[park("Khu công nghiệp Thăng Long II")],
            deals=[deal("investment", ["Nitto Denko"], 160_000_000, HY)],
            events=[ev("investment_licence", [F("Nitto Denko")], 160_000_000, "USD", HY, "licensed")],
        ),
        h(
            1027,
            "Trong năm, Ban Quản lý các KCN tỉnh đã cấp mới 46 dự án, điều chỉnh vốn cho 71 dự án; tổng vốn cấp mới và tăng thêm đạt 3,2tỷ USD, tăng 18% so với năm trước.",
            "2025-12-26",
            "provincial",
            ["count", "no_space_money", "no_deal", "percent"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh"],
            money=[m(3_200_000_000, "USD")],
            percentages=[18.0],
            quantities=[c(46, "dự án"), c(71, "dự án")],
            events=[],
        ),
        h(
            1028,
            "Tại lễ trao, Công ty CP Đầu tư Hạ tầng Sao Đỏ nhận quyết định chủ trương đầu tư dự án hạ tầng CCN Tân Việt, diện tích 50 ha, vốn 865 tỷ đồng.",
            "2024-12-30",
            "provincial",
            ["licence", "area", "park"],
            firms=[f("Đầu tư Hạ tầng Sao Đỏ", "Công ty CP")],
            money=[m(865_000_000_000, "VND")],
            areas=[ha(50)],
            locations=[park("Cụm công nghiệp Tân Việt")],
            deals=[deal("investment", ["Đầu tư Hạ tầng Sao Đỏ"], 865_000_000_000)],
            events=[ev("investment_licence", [F("Đầu tư Hạ tầng Sao Đỏ")], 865_000_000_000, "VND", None, "licensed")],
        ),
        h(
            1029,
            "Hosiden đầu tư thêm 50 triệu USD để mở rộng nhà máy linh kiện tại KCN Quế Võ, dự kiến tuyển thêm 1.200 lao động.",
            "2024-09-12",
            "provincial",
            ["capital_increase", "bare_firm", "park", "count"],
            firms=[f("Hosiden")],
            money=[m(50_000_000, "USD")],
            locations=[park("Khu công nghiệp Quế Võ")],
            quantities=[c(1200, "lao động")],
            deals=[deal("investment", ["Hosiden"], 50_000_000)],
            events=[ev("investment_announcement", [F("Hosiden")], 50_000_000, "USD", None, "announced")],
        ),
        h(
            1030,
            "UBND tỉnh Đồng Nai cấp giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Hyosung Đồng Nai điều chỉnh tăng vốn thêm 400 triệu USD tại KCN Nhơn Trạch 5.",
            "2024-04-16",
            "provincial",
            ["licence", "capital_increase", "firm_place_suffix", "park"],
            organizations=["Ủy ban nhân dân tỉnh Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            firms=[f("Hyosung", "Công ty TNHH")],
            money=[m(400_000_000, "USD")],
            locations=[park("Khu công nghiệp Nhơn Trạch 5")],
            deals=[deal("investment", ["Hyosung"], 400_000_000, DN)],
            events=[ev("investment_licence", [G("UBND tỉnh Đồng Nai"), F("Hyosung")], 400_000_000, "USD", DN, "licensed")],
        ),
        # --- MoUs: an agency and a firm, two firms, three parties ------------------------------------------
        h(
            1031,
            "UBND tỉnh Thái Bình trao biên bản ghi nhớ đầu tư cho Tập đoàn Hyosung về dự án nhà máy sợi tại KCN Liên Hà Thái, quy mô vốn dự kiến 1,2 tỷ USD.",
            "2024-10-05",
            "provincial",
            ["mou_agency", "pre2025", "park"],
            organizations=["Ủy ban nhân dân tỉnh Thái Bình"],
            provinces=[pv("Thái Bình")],
            firms=[f("Hyosung", "Tập đoàn")],
            money=[m(1_200_000_000, "USD")],
            locations=[park("Khu công nghiệp Liên Hà Thái")],
            deals=[deal("investment", ["Hyosung"], 1_200_000_000, HY)],
            events=[ev("mou", [G("UBND tỉnh Thái Bình"), F("Hyosung")], 1_200_000_000, "USD", HY, "signed")],
        ),
        h(
            1032,
            "Bản ghi nhớ hợp tác đầu tư giữa UBND TP. Hà Nội và Tập đoàn Jiayuan International về dự án cảng cạn có tổng vốn 1,5 tỷ USD cũng được trao tại hội nghị.",
            "2019-06-16",
            "provincial",
            ["mou_agency", "giua_a_va_b"],
            organizations=["Ủy ban nhân dân TP. Hà Nội"],
            provinces=[pv("Hà Nội")],
            firms=[f("Jiayuan International", "Tập đoàn")],
            money=[m(1_500_000_000, "USD")],
            deals=[deal("investment", ["Jiayuan International"], 1_500_000_000, "Thành phố Hà Nội")],
            events=[ev("mou", [G("UBND TP. Hà Nội"), F("Jiayuan International")], 1_500_000_000, "USD", "Thành phố Hà Nội", "signed")],
        ),
        h(
            1033,
            "Công ty TNHH Sản xuất và Kinh doanh VinFast và Gotion High-Tech Co., Ltd. (Trung Quốc) đã ký biên bản ghi nhớ về cung ứng pin LFP và nghiên cứu xây nhà máy cell pin tại Việt Nam.",
            "2023-09-26",
            "ministry",
            ["mou", "foreign_form", "country"],
            firms=[f("Sản xuất và Kinh doanh VinFast", "Công ty TNHH"), f("Gotion High-Tech", "Co., Ltd.")],
            locations=[country("Trung Quốc")],
            deals=[deal("mou", ["Sản xuất và Kinh doanh VinFast", "Gotion High-Tech"])],
            events=[ev("mou", [F("Sản xuất và Kinh doanh VinFast"), F("Gotion High-Tech")], None, None, None, "signed")],
        ),
        h(
            1034,
            "Tập đoàn Hyosung có thỏa thuận với Công ty CP Phân bón Dầu khí Cà Mau về cung cấp nguyên liệu amoniac cho nhà máy sợi tại Bà Rịa - Vũng Tàu.",
            "2024-07-19",
            "provincial",
            ["mou", "co_thoa_thuan_voi"],
            firms=[f("Hyosung", "Tập đoàn"), f("Phân bón Dầu khí Cà Mau", "Công ty CP")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            deals=[deal("mou", ["Hyosung", "Phân bón Dầu khí Cà Mau"], None, HCM)],
            events=[ev("mou", [F("Hyosung"), F("Phân bón Dầu khí Cà Mau")], None, None, HCM, "signed")],
        ),
        h(
            1035,
            "Nhân dịp này, Samsung bắt tay với 12 doanh nghiệp cơ khí Việt Nam trong chương trình phát triển nhà cung ứng năm 2025.",
            "2025-04-09",
            "ministry",
            ["bat_tay", "bare_firm", "count", "no_named_counterpart"],
            firms=[f("Samsung")],
            quantities=[c(12, "doanh nghiệp")],
            events=[],
        ),
        h(
            1036,
            "Ông Phạm Văn Thịnh, Phó Chủ tịch UBND tỉnh Bắc Ninh, và ông Hoàng Quang Phòng, Phó Chủ tịch VCCI, ký thỏa thuận phối hợp tổ chức Diễn đàn Kết nối FDI 2026.",
            "2026-03-12",
            "provincial",
            ["mou", "agency_and_chamber", "persons"],
            persons=[
                per("Phạm Văn Thịnh", "Phó Chủ tịch UBND tỉnh Bắc Ninh"),
                per("Hoàng Quang Phòng", "Phó Chủ tịch VCCI"),
            ],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh", "Liên đoàn Thương mại và Công nghiệp Việt Nam"],
            provinces=[pv("Bắc Ninh")],
            events=[ev("mou", [G("UBND tỉnh Bắc Ninh"), O("VCCI")], None, None, BN, "signed")],
        ),
        h(
            1037,
            "Thaco Industries, Công ty CP Nhựa Tiền Phong và Ngân hàng TMCP Quân đội (MB) ký thỏa thuận khung về chuỗi cung ứng linh kiện nhựa kỹ thuật.",
            "2025-06-20",
            "provincial",
            ["mou", "three_parties", "bank", "thoa_thuan_khung", "bare_firm"],
            firms=[f("Thaco Industries"), f("Nhựa Tiền Phong", "Công ty CP"), f("Quân đội", "Ngân hàng TMCP")],
            deals=[
                deal("mou", ["Thaco Industries", "Nhựa Tiền Phong"]),
                deal("mou", ["Thaco Industries", "Quân đội"]),
                deal("mou", ["Nhựa Tiền Phong", "Quân đội"]),
            ],
            events=[ev("mou", [F("Thaco Industries"), F("Nhựa Tiền Phong"), F("Quân đội")], None, None, None, "signed")],
        ),
        h(
            1038,
            "Liên danh Makara Capital Partners Pte. Ltd, Sakae Corporate Advisory Pte. Ltd và Công ty CP Newtechco Group đề xuất đầu tư khu công nghiệp dược - sinh học tại Thái Bình, vốn khoảng 2 tỷ USD.",
            "2024-03-08",
            "provincial",
            ["investment_announcement", "consortium", "foreign_form", "pre2025"],
            firms=[
                f("Makara Capital Partners", "Pte. Ltd."),
                f("Sakae Corporate Advisory", "Pte. Ltd."),
                f("Newtechco Group", "Công ty CP"),
            ],
            provinces=[pv("Thái Bình")],
            money=[m(2_000_000_000, "USD", approx=True)],
            deals=[
                deal("investment", ["Makara Capital Partners", "Sakae Corporate Advisory", "Newtechco Group"], 2_000_000_000, HY),
            ],
            events=[
                ev(
                    "investment_announcement",
                    [F("Makara Capital Partners"), F("Sakae Corporate Advisory"), F("Newtechco Group")],
                    2_000_000_000,
                    "USD",
                    HY,
                    "announced",
                )
            ],
        ),
        h(
            1039,
            "Ngày 6-2, Trường Đại học Bách khoa Hà Nội và Công ty TNHH Canon Việt Nam ký kết thỏa thuận hợp tác đào tạo kỹ sư cơ điện tử.",
            "2025-02-07",
            "ministry",
            ["mou", "university", "dash_date"],
            organizations=["Trường Đại học Bách khoa Hà Nội"],
            provinces=[pv("Hà Nội")],
            firms=[f("Canon", "Công ty TNHH")],
            events=[ev("mou", [O("Trường Đại học Bách khoa Hà Nội"), F("Canon")], None, None, None, "signed")],
        ),
        h(
            1040,
            "Trong khuôn khổ hội nghị, đã có 14 cặp doanh nghiệp ký biên bản ghi nhớ hợp tác cung ứng linh kiện, phụ tùng.",
            "2024-11-15",
            "ministry",
            ["mou", "count", "no_named_party"],
            events=[],
        ),
        h(
            1041,
            "Tập đoàn Foxconn và UBND tỉnh Quảng Ninh ký kết bản ghi nhớ về dự án nhà máy linh kiện tại KCN Đông Mai, vốn dự kiến 246 triệu USD.",
            "2023-08-03",
            "provincial",
            ["mou_agency", "park"],
            firms=[f("Foxconn", "Tập đoàn")],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            money=[m(246_000_000, "USD")],
            locations=[park("Khu công nghiệp Đông Mai")],
            deals=[deal("investment", ["Foxconn"], 246_000_000, QN)],
            events=[ev("mou", [F("Foxconn"), G("UBND tỉnh Quảng Ninh")], 246_000_000, "USD", QN, "signed")],
        ),
        h(
            1042,
            "Công ty Kyocera Co., Ltd. ký kết với Công ty TNHH Điện tử Minh Tâm thỏa thuận hợp tác phát triển linh kiện gốm kỹ thuật.",
            "2025-07-03",
            "provincial",
            ["mou", "foreign_form", "ky_ket_voi"],
            firms=[f("Kyocera", "Co., Ltd."), f("Điện tử Minh Tâm", "Công ty TNHH")],
            deals=[deal("mou", ["Kyocera", "Điện tử Minh Tâm"])],
            events=[ev("mou", [F("Kyocera"), F("Điện tử Minh Tâm")], None, None, None, "signed")],
        ),
        h(
            1043,
            "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA) và Sở Công Thương TP.HCM dự kiến ký biên bản ghi nhớ về kết nối nhà cung ứng vào tháng 9.",
            "2025-07-28",
            "ministry",
            ["mou", "future_deal", "organizations_only"],
            organizations=["Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc", "Sở Công Thương TP.HCM"],
            provinces=[pv("Hồ Chí Minh")],
            events=[ev("mou", [O("Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc"), G("Sở Công Thương TP.HCM")], None, None, HCM, "announced")],
        ),
        h(
            1044,
            "Hai bên chưa ký hợp đồng chính thức vì còn đàm phán giá thuê đất tại KCN Phố Nối A.",
            "2024-05-30",
            "provincial",
            ["negated_deal", "park"],
            locations=[park("Khu công nghiệp Phố Nối A")],
            events=[],
        ),
        # --- contracts: supply, credit, lease -------------------------------------------------------------
        h(
            1045,
            "Công ty CP Cơ khí Chính xác Vĩnh Hưng ký hợp đồng với Bosch Việt Nam cung cấp 2 triệu sản phẩm tiện CNC mỗi năm, trị giá khoảng 3 triệu USD.",
            "2025-03-27",
            "provincial",
            ["supply", "bare_firm", "money_approx"],
            firms=[f("Cơ khí Chính xác Vĩnh Hưng", "Công ty CP"), f("Bosch")],
            money=[m(3_000_000, "USD", approx=True)],
            quantities=[c(2_000_000, "sản phẩm")],
            deals=[deal("supply_contract", ["Cơ khí Chính xác Vĩnh Hưng", "Bosch"], 3_000_000)],
            events=[ev("supply_contract", [F("Cơ khí Chính xác Vĩnh Hưng"), F("Bosch")], 3_000_000, "USD", None, "signed")],
        ),
        h(
            1046,
            "Chiều 4/6 tại TP HCM, Ngân hàng TMCP Công Thương Việt Nam (VietinBank) chi nhánh Nhà Bè và Công ty CP Khu công nghiệp Hiệp Phước ký hợp đồng tín dụng 515 tỷ đồng cho giai đoạn 2 của khu công nghiệp.",
            "2013-06-05",
            "provincial",
            ["credit", "bank", "deal_date"],
            firms=[f("Công Thương Việt Nam", "Ngân hàng TMCP"), f("Khu công nghiệp Hiệp Phước", "Công ty CP")],
            provinces=[pv("Hồ Chí Minh")],
            money=[m(515_000_000_000, "VND")],
            deals=[deal("cooperation", ["Công Thương Việt Nam", "Khu công nghiệp Hiệp Phước"], 515_000_000_000, HCM, "2013-06-04")],
            events=[ev("cooperation", [F("Công Thương Việt Nam"), F("Khu công nghiệp Hiệp Phước")], 515_000_000_000, "VND", HCM, "signed")],
        ),
        h(
            1047,
            "Ngân hàng Techcombank tài trợ 1.200 tỷ đồng cho dự án nhà máy thép cán nguội của Hòa Phát tại Khu kinh tế Dung Quất.",
            "2024-02-14",
            "provincial",
            ["credit", "bank_bare", "bare_firm", "zone"],
            firms=[f("Techcombank"), f("Hòa Phát")],
            money=[m(1_200_000_000_000, "VND")],
            locations=[zone("Khu kinh tế Dung Quất")],
            deals=[deal("cooperation", ["Techcombank", "Hòa Phát"], 1_200_000_000_000)],
            events=[ev("cooperation", [F("Techcombank"), F("Hòa Phát")], 1_200_000_000_000, "VND", None, "signed")],
        ),
        h(
            1048,
            "Ngày 09/01/2019, ông Bùi Xuân Hưởng, Chủ tịch HĐQT Công ty CP Dược phẩm Trung ương 3, đã ký hợp đồng thuê đất với Công ty CP Khu công nghiệp Sài Gòn – Hải Phòng tại KCN Tràng Duệ.",
            "2019-01-10",
            "provincial",
            ["lease", "person_role_after", "park", "deal_date"],
            persons=[per("Bùi Xuân Hưởng", "Chủ tịch HĐQT Công ty CP Dược phẩm Trung ương 3")],
            firms=[f("Dược phẩm Trung ương 3", "Công ty CP"), f("Khu công nghiệp Sài Gòn – Hải Phòng", "Công ty CP")],
            locations=[park("Khu công nghiệp Tràng Duệ")],
            deals=[deal("cooperation", ["Dược phẩm Trung ương 3", "Khu công nghiệp Sài Gòn – Hải Phòng"], None, None, "2019-01-09")],
            events=[ev("cooperation", [F("Dược phẩm Trung ương 3"), F("Khu công nghiệp Sài Gòn – Hải Phòng")], None, None, None, "signed")],
        ),
        h(
            1049,
            "VinFast ký hợp đồng trị giá 5 triệu USD với Pininfarina để thiết kế hai mẫu xe sedan và SUV.",
            "2018-09-05",
            "ministry",
            ["supply", "bare_firm"],
            firms=[f("VinFast"), f("Pininfarina")],
            money=[m(5_000_000, "USD")],
            deals=[deal("supply_contract", ["VinFast", "Pininfarina"], 5_000_000)],
            events=[ev("supply_contract", [F("VinFast"), F("Pininfarina")], 5_000_000, "USD", None, "signed")],
        ),
        h(
            1050,
            "Năm nay, doanh nghiệp đã nhận đơn hàng hàng chục tỷ đồng từ các nhà máy FDI trong KCN Bá Thiện.",
            "2024-12-03",
            "provincial",
            ["vague_money", "park"],
            locations=[park("Khu công nghiệp Bá Thiện")],
            events=[],
        ),
        h(
            1051,
            "Công ty TNHH Nhựa Đông Á trúng thầu cung cấp 800.000 vỏ nhựa cho Công ty TNHH Panasonic Appliances Việt Nam, giá trị hợp đồng 18,6 tỷ đồng.",
            "2025-09-17",
            "provincial",
            ["supply", "trung_thau"],
            firms=[f("Nhựa Đông Á", "Công ty TNHH"), f("Panasonic Appliances", "Công ty TNHH")],
            money=[m(18_600_000_000, "VND")],
            deals=[deal("supply_contract", ["Nhựa Đông Á", "Panasonic Appliances"], 18_600_000_000)],
            events=[ev("supply_contract", [F("Nhựa Đông Á"), F("Panasonic Appliances")], 18_600_000_000, "VND", None, "signed")],
        ),
        h(
            1052,
            "Tổng Công ty Viglacera - CTCP ký hợp đồng cho thuê 12 ha đất công nghiệp tại KCN Phú Hà với Công ty TNHH Innovation Tương lai Việt Nam.",
            "2025-04-22",
            "provincial",
            ["lease", "suffix_form", "area", "park"],
            firms=[f("Viglacera", "Tổng công ty"), f("Innovation Tương lai", "Công ty TNHH")],
            areas=[ha(12)],
            locations=[park("Khu công nghiệp Phú Hà")],
            deals=[deal("cooperation", ["Viglacera", "Innovation Tương lai"])],
            events=[ev("cooperation", [F("Viglacera"), F("Innovation Tương lai")], None, None, None, "signed")],
        ),
        h(
            1053,
            "Doanh nghiệp đã ký các hợp đồng xuất khẩu khuôn mẫu sang Nhật Bản với tổng giá trị 2,4 triệu USD.",
            "2024-08-21",
            "provincial",
            ["supply", "no_named_party", "country", "count"],
            money=[m(2_400_000, "USD")],
            locations=[country("Nhật Bản")],
            events=[],
        ),
        h(
            1054,
            "Công ty CP Tập đoàn Kim khí Hưng Phát ký với Tập đoàn Toyota Boshoku hợp đồng cung ứng khung ghế ô tô cho giai đoạn 2025-2027.",
            "2025-01-06",
            "provincial",
            ["supply", "ky_voi_object_after"],
            firms=[f("Kim khí Hưng Phát", "Công ty CP"), f("Toyota Boshoku", "Tập đoàn")],
            deals=[deal("supply_contract", ["Kim khí Hưng Phát", "Toyota Boshoku"])],
            events=[ev("supply_contract", [F("Kim khí Hưng Phát"), F("Toyota Boshoku")], None, None, None, "signed")],
        ),
        h(
            1055,
            "EVNNPC và Công ty TNHH Amkor Technology Việt Nam ký hợp đồng cung cấp điện cho nhà máy tại KCN Yên Phong II-C, bảo đảm nguồn điện 2 mạch.",
            "2024-10-12",
            "provincial",
            ["supply", "state_group", "bare_firm", "park"],
            firms=[f("EVNNPC"), f("Amkor Technology", "Công ty TNHH")],
            locations=[park("Khu công nghiệp Yên Phong II-C")],
            deals=[deal("supply_contract", ["EVNNPC", "Amkor Technology"])],
            events=[ev("supply_contract", [F("EVNNPC"), F("Amkor Technology")], None, None, None, "signed")],
        ),
        # --- joint ventures, acquisitions -----------------------------------------------------------------
        h(
            1056,
            "Hợp đồng liên doanh giữa Tập đoàn Thành Công và Hyundai Motor về nhà máy thứ hai tại Ninh Bình đã được ký ngày 12/6, vốn 160 triệu USD.",
            "2024-06-13",
            "provincial",
            ["joint_venture", "giua_a_va_b", "deal_date"],
            firms=[f("Thành Công", "Tập đoàn"), f("Hyundai Motor")],
            provinces=[pv("Ninh Bình")],
            money=[m(160_000_000, "USD")],
            deals=[deal("cooperation", ["Thành Công", "Hyundai Motor"], 160_000_000, NB, "2024-06-12")],
            events=[ev("joint_venture", [F("Thành Công"), F("Hyundai Motor")], 160_000_000, "USD", NB, "signed")],
        ),
        h(
            1057,
            "Công ty CP Nhựa Rạng Đông và Tập đoàn Sojitz Pla-Net (Nhật Bản) thành lập liên doanh sản xuất màng nhựa kỹ thuật, vốn 32 triệu USD; phía Nhật góp 20%.",
            "2016-05-18",
            "provincial",
            ["joint_venture", "country", "percent"],
            firms=[f("Nhựa Rạng Đông", "Công ty CP"), f("Sojitz Pla-Net", "Tập đoàn")],
            money=[m(32_000_000, "USD")],
            percentages=[20.0],
            locations=[country("Nhật Bản")],
            deals=[deal("cooperation", ["Nhựa Rạng Đông", "Sojitz Pla-Net"], 32_000_000)],
            events=[ev("joint_venture", [F("Nhựa Rạng Đông"), F("Sojitz Pla-Net")], 32_000_000, "USD", None, "signed")],
        ),
        h(
            1058,
            "Tập đoàn Kokuyo (Nhật Bản) thông báo sẽ mua 65,01% cổ phần CTCP Tập đoàn Thiên Long (mã chứng khoán: TLG), giá trị thương vụ khoảng 27,6 tỷ yên, tương đương 4.700 tỷ đồng.",
            "2025-12-05",
            "ministry",
            ["acquisition", "future_deal", "stock_code", "money_conversion"],
            firms=[f("Kokuyo", "Tập đoàn"), f("Thiên Long", "Công ty CP")],
            locations=[country("Nhật Bản")],
            money=[m(27_600_000_000, "JPY", approx=True), m(4_700_000_000_000, "VND")],
            percentages=[65.01],
            deals=[deal("investment", ["Kokuyo"], 27_600_000_000)],
            events=[ev("acquisition", [F("Kokuyo"), F("Thiên Long")], 27_600_000_000, "JPY", None, "announced")],
        ),
        h(
            1059,
            "Năm 2023, SMBC chi 35.900 tỷ đồng, tương đương khoảng 1,5 tỷ USD, để mua 15% cổ phần VPBank.",
            "2024-01-09",
            "ministry",
            ["acquisition", "bare_firm", "bank", "money_conversion"],
            firms=[f("SMBC"), f("VPBank")],
            money=[m(35_900_000_000_000, "VND"), m(1_500_000_000, "USD", approx=True)],
            percentages=[15.0],
            deals=[deal("investment", ["SMBC"], 35_900_000_000_000)],
            events=[ev("acquisition", [F("SMBC"), F("VPBank")], 35_900_000_000_000, "VND", None, "completed")],
        ),
        h(
            1060,
            "Nidec hoàn tất mua lại Công ty CP Cơ điện Sao Việt với giá khoảng 40 triệu USD, biến doanh nghiệp này thành công ty con.",
            "2024-09-30",
            "ministry",
            ["acquisition", "bare_firm", "money_approx"],
            firms=[f("Nidec"), f("Cơ điện Sao Việt", "Công ty CP")],
            money=[m(40_000_000, "USD", approx=True)],
            deals=[deal("investment", ["Nidec"], 40_000_000)],
            events=[ev("acquisition", [F("Nidec"), F("Cơ điện Sao Việt")], 40_000_000, "USD", None, "completed")],
        ),
        h(
            1061,
            "Nhóm cổ đông ký hợp đồng chuyển nhượng 75% cổ phần cho DB Insurance Co., Ltd, doanh nghiệp bảo hiểm của Hàn Quốc.",
            "2023-06-20",
            "ministry",
            ["acquisition", "foreign_form", "country", "percent"],
            firms=[f("DB Insurance", "Co., Ltd.")],
            locations=[country("Hàn Quốc")],
            percentages=[75.0],
            deals=[deal("investment", ["DB Insurance"])],
            events=[ev("acquisition", [F("DB Insurance")], None, None, None, "signed")],
        ),
        h(
            1062,
            "Denso và Công ty CP Phụ tùng Ô tô Việt Hàn góp vốn thành lập Công ty TNHH Denso Việt Hàn với tỷ lệ 60% - 40%.",
            "2025-11-11",
            "provincial",
            ["joint_venture", "bare_firm", "new_firm", "percent"],
            firms=[f("Denso"), f("Phụ tùng Ô tô Việt Hàn", "Công ty CP"), f("Denso Việt Hàn", "Công ty TNHH")],
            percentages=[60.0, 40.0],
            deals=[deal("cooperation", ["Denso", "Phụ tùng Ô tô Việt Hàn"])],
            events=[ev("joint_venture", [F("Denso"), F("Phụ tùng Ô tô Việt Hàn")], None, None, None, "signed")],
        ),
    ]
