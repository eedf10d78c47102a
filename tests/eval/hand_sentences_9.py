# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 9: 24 sentences written after the batch-8 fixes and scored before any further change, to check that
those fixes generalise (conventions of batches 5 and 8: hand_sentences_5.py, hand_sentences_8.py). New
shapes: "Cty"/"Công ty Cổ phần", dates written "5-9-2025", an amount with its conversion in brackets,
"BR-VT", roles in brackets and after a hyphen, co-signers with a bank, counterparts counted then named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def hand_sentences_9(h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]) -> list[dict]:
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

    def per(name: str, role: str | None) -> dict[str, Any]:
        return {"name": name, "role": role}

    def park(name: str) -> dict[str, str]:
        return {"name": name, "type": "industrial_park"}

    def country(name: str) -> dict[str, str]:
        return {"name": name, "type": "country"}

    def district(name: str) -> dict[str, str]:
        return {"name": name, "type": "district"}

    def c(value: float, unit: str, approx: bool = False) -> dict[str, Any]:
        return {"value": value, "unit": unit, "approximate": approx}

    def ha(hectares: float, approx: bool = False) -> dict[str, Any]:
        return {"hectares": hectares, "approximate": approx}

    return [
        h(
            901,
            "Cty TNHH Cơ khí Việt Thắng, Cty CP Nhựa Bắc Hà và Ngân hàng TMCP Á Châu cùng ký thỏa thuận hợp tác tài trợ chuỗi cung ứng.",
            "2025-05-06",
            "provincial",
            ["mou", "three_parties", "bank"],
            firms=[
                f("Cơ khí Việt Thắng", "Công ty TNHH"),
                f("Nhựa Bắc Hà", "Công ty CP"),
                f("Á Châu", "Ngân hàng TMCP"),
            ],
            deals=[
                deal("mou", ["Cơ khí Việt Thắng", "Nhựa Bắc Hà"]),
                deal("mou", ["Cơ khí Việt Thắng", "Á Châu"]),
                deal("mou", ["Nhựa Bắc Hà", "Á Châu"]),
            ],
        ),
        h(
            902,
            "Công ty Cổ phần Tập đoàn Xây dựng Hòa Bình chưa ký hợp đồng tổng thầu với Tập đoàn Foxconn do vướng thủ tục.",
            "2025-06-11",
            "provincial",
            ["negated_deal"],
            firms=[f("Xây dựng Hòa Bình", "Công ty CP"), f("Foxconn", "Tập đoàn")],
        ),
        h(
            903,
            "Quyết định số 2133/QĐ-UBND ngày 5-9-2025 của UBND tỉnh Ninh Bình phê duyệt danh mục 36 dự án kêu gọi đầu tư.",
            "2025-09-08",
            "legal",
            ["decision", "dash_date", "count"],
            organizations=["Ủy ban nhân dân tỉnh Ninh Bình"],
            provinces=[pv("Ninh Bình")],
            decisions=[d("2133/QĐ-UBND", "2025-09-05")],
            quantities=[c(36, "dự án")],
        ),
        h(
            904,
            "Tổng vốn của dự án là 2.000 tỷ đồng (khoảng 80 triệu USD), do Công ty TNHH Fukang Technology làm chủ đầu tư tại KCN Đồng Văn III.",
            "2024-10-21",
            "provincial",
            ["investment", "money_approx", "park"],
            firms=[f("Fukang Technology", "Công ty TNHH")],
            money=[m(2_000_000_000_000, "VND"), m(80_000_000, "USD", approx=True)],
            locations=[park("Khu công nghiệp Đồng Văn III")],
            deals=[deal("investment", ["Fukang Technology"], 2_000_000_000_000)],
        ),
        h(
            905,
            "Bà Nguyễn Thị Hải Yến (Phó Giám đốc Sở Công Thương tỉnh Quảng Ninh) cho biết tỉnh có trên 40 doanh nghiệp cơ khí đạt chuẩn cung ứng.",
            "2025-03-14",
            "provincial",
            ["person_role_bracket", "count"],
            persons=[per("Nguyễn Thị Hải Yến", "Phó Giám đốc Sở Công Thương tỉnh Quảng Ninh")],
            organizations=["Sở Công Thương tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            quantities=[c(40, "doanh nghiệp", True)],
        ),
        h(
            906,
            "Ông Trần Quốc Toản - Tổng Giám đốc Công ty CP Linh kiện Việt Hưng - cho biết đơn hàng xuất khẩu sang Nhật Bản tăng 35%.",
            "2025-02-03",
            "provincial",
            ["person_role_dash", "country", "percent"],
            persons=[per("Trần Quốc Toản", "Tổng Giám đốc Công ty CP Linh kiện Việt Hưng")],
            firms=[f("Linh kiện Việt Hưng", "Công ty CP")],
            locations=[country("Nhật Bản")],
            percentages=[35.0],
        ),
        h(
            907,
            "Nhà máy của Công ty TNHH Heesung Vina tại KCN Bình Xuyên II có công suất 1,5 tỷ USD/năm, sử dụng khoảng 4.000 lao động.",
            "2024-11-29",
            "provincial",
            ["firm_vina", "money_per", "park", "count"],
            firms=[f("Heesung", "Công ty TNHH")],
            money=[m(1_500_000_000, "USD", "year")],
            locations=[park("Khu công nghiệp Bình Xuyên II")],
            quantities=[c(4000, "lao động", True)],
        ),
        h(
            908,
            "Chiều 17/10, tại tỉnh BR-VT, Tập đoàn Hyosung và Công ty CP Cảng Cái Mép ký hợp đồng dịch vụ logistics trị giá 25 triệu USD.",
            "2024-10-18",
            "provincial",
            ["supply", "province_alias", "deal_date"],
            firms=[f("Hyosung", "Tập đoàn"), f("Cảng Cái Mép", "Công ty CP")],
            provinces=[pv("Bà Rịa - Vũng Tàu")],
            money=[m(25_000_000, "USD")],
            deals=[
                deal(
                    "supply_contract",
                    ["Hyosung", "Cảng Cái Mép"],
                    25_000_000,
                    "Thành phố Hồ Chí Minh",
                    "2024-10-17",
                )
            ],
        ),
        h(
            909,
            "Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28/5/2022 của Chính phủ quy định về quản lý khu công nghiệp và khu kinh tế;",
            "2025-01-10",
            "legal",
            ["decision", "preamble"],
            organizations=["Chính phủ"],
            decisions=[d("35/2022/NĐ-CP", "2022-05-28")],
        ),
        h(
            910,
            "Chủ tịch HĐQT Tập đoàn Thaco Trần Bá Dương cho biết tập đoàn sẽ đầu tư thêm 1.200 tỷ đồng vào khu công nghiệp cơ khí tại Chu Lai.",
            "2024-12-12",
            "provincial",
            ["person_role_before", "investment", "future_deal"],
            persons=[per("Trần Bá Dương", "Chủ tịch HĐQT Tập đoàn Thaco")],
            firms=[f("Thaco", "Tập đoàn")],
            money=[m(1_200_000_000_000, "VND")],
            deals=[deal("investment", ["Thaco"], 1_200_000_000_000)],
        ),
        h(
            911,
            "Tỉnh Thừa Thiên - Huế và tỉnh Kon Tum lần lượt thu hút 21 và 9 dự án FDI trong năm 2024.",
            "2025-01-09",
            "provincial",
            ["province", "pre2025"],
            provinces=[pv("Huế"), pv("Kon Tum")],
            quantities=[c(21, "dự án"), c(9, "dự án")],  # like "từ 25 lên 60 doanh nghiệp" (batch 5)
        ),
        h(
            912,
            "Sáng 9/1, Công ty TNHH Sumitomo Electric Interconnect Products Việt Nam ký hợp đồng với ba nhà cung cấp địa phương. Ba nhà cung cấp gồm Công ty CP Đúc Tân Long, Công ty TNHH Mạ Phú An và Công ty TNHH Dây điện Hà Phong.",
            "2025-01-10",
            "provincial",
            ["supply", "counted_then_named", "deal_date"],
            firms=[
                f("Sumitomo Electric Interconnect Products", "Công ty TNHH"),
                f("Đúc Tân Long", "Công ty CP"),
                f("Mạ Phú An", "Công ty TNHH"),
                f("Dây điện Hà Phong", "Công ty TNHH"),
            ],
            quantities=[],
            deals=[
                deal(
                    "supply_contract",
                    ["Sumitomo Electric Interconnect Products", "Đúc Tân Long"],
                    date="2025-01-09",
                ),
                deal(
                    "supply_contract",
                    ["Sumitomo Electric Interconnect Products", "Mạ Phú An"],
                    date="2025-01-09",
                ),
                deal(
                    "supply_contract",
                    ["Sumitomo Electric Interconnect Products", "Dây điện Hà Phong"],
                    date="2025-01-09",
                ),
            ],
        ),
        h(
            913,
            "Ông Park Sang-jin, Tổng Giám đốc Công ty TNHH Hana Micron Vina, cho biết công ty sẽ tuyển thêm 1.500 kỹ sư và công nhân trong năm 2025.",
            "2025-01-22",
            "provincial",
            ["foreign_person", "firm_vina", "count"],
            persons=[per("Park Sang-jin", "Tổng Giám đốc Công ty TNHH Hana Micron Vina")],
            firms=[f("Hana Micron", "Công ty TNHH")],
            quantities=[c(1500, "kỹ sư")],
        ),
        h(
            914,
            "Thực hiện Thông tư 29/2018/TT-BCT của Bộ Công Thương, Sở Công Thương TP Hồ Chí Minh đã cấp giấy xác nhận ưu đãi cho 18 sản phẩm công nghiệp hỗ trợ.",
            "2024-08-30",
            "legal",
            ["decision", "count"],
            organizations=["Bộ Công Thương", "Sở Công Thương TP Hồ Chí Minh"],
            provinces=[pv("Hồ Chí Minh")],
            decisions=[d("29/2018/TT-BCT")],
            quantities=[c(18, "sản phẩm")],
        ),
        h(
            915,
            "Dự án rộng 65 ha tại xã Tam Hiệp, huyện Núi Thành (cũ), nay thuộc TP. Đà Nẵng, tổng vốn hơn 300 triệu USD.",
            "2025-08-19",
            "provincial",
            ["district", "area", "money_approx", "commune_2025"],
            provinces=[pv("Đà Nẵng")],
            locations=[district("huyện Núi Thành")],
            areas=[ha(65)],
            money=[m(300_000_000, "USD", approx=True)],
        ),
        h(
            916,
            "Theo ông Vũ Tiến Lộc, nguyên Chủ tịch VCCI, doanh nghiệp Việt cần được tiếp cận gói tín dụng 100.000 tỷ đồng nhanh hơn.",
            "2024-09-18",
            "ministry",
            ["person_role_after", "acronym_alias"],
            persons=[per("Vũ Tiến Lộc", "nguyên Chủ tịch VCCI")],
            organizations=["Liên đoàn Thương mại và Công nghiệp Việt Nam"],
            money=[m(100_000_000_000_000, "VND")],
        ),
        h(
            917,
            "Tập đoàn LG dự kiến khởi công dự án thứ tư tại KCN Tràng Duệ vào quý II/2026 với vốn khoảng 1 tỷ USD.",
            "2025-10-30",
            "provincial",
            ["groundbreaking", "future_deal", "park", "money_approx"],
            firms=[f("LG", "Tập đoàn")],
            locations=[park("Khu công nghiệp Tràng Duệ")],
            money=[m(1_000_000_000, "USD", approx=True)],
            # session 13: a planned groundbreaking is an announced investment (batches 18-25; tests/eval/README.md)
            deals=[deal("investment", ["LG"], 1_000_000_000)],
        ),
        h(
            918,
            "UBND tỉnh Bắc Ninh trao quyết định chủ trương đầu tư cho 5 dự án với tổng vốn gần 700 triệu USD, trong đó có dự án của Tập đoàn Goertek.",
            "2025-04-05",
            "provincial",
            ["investment", "money_approx", "count"],
            organizations=["Ủy ban nhân dân tỉnh Bắc Ninh"],
            provinces=[pv("Bắc Ninh")],
            firms=[f("Goertek", "Tập đoàn")],
            money=[m(700_000_000, "USD", approx=True)],
            quantities=[c(5, "dự án")],
            # the total of five projects is not Goertek's amount
            deals=[deal("investment", ["Goertek"], None, "Tỉnh Bắc Ninh")],
        ),
        h(
            919,
            "Mức hỗ trợ lãi suất là 2%/năm, tối đa 500 triệu đồng/dự án, thời gian hỗ trợ không quá 5 năm.",
            "2025-05-20",
            "legal",
            ["percent", "money"],
            percentages=[2.0],
            money=[m(500_000_000, "VND")],
        ),
        h(
            920,
            "Phó Chủ tịch UBND tỉnh Tây Ninh Nguyễn Minh Lâm đề nghị các KCN Phước Đông và Thành Thành Công ưu tiên doanh nghiệp công nghiệp hỗ trợ.",
            "2025-09-25",
            "provincial",
            ["person_role_before", "park"],
            persons=[per("Nguyễn Minh Lâm", "Phó Chủ tịch UBND tỉnh Tây Ninh")],
            organizations=["Ủy ban nhân dân tỉnh Tây Ninh"],
            provinces=[pv("Tây Ninh")],
            locations=[park("Khu công nghiệp Phước Đông"), park("Khu công nghiệp Thành Thành Công")],
        ),
        h(
            921,
            "Kim ngạch xuất khẩu linh kiện ô tô của Thái Lan sang Việt Nam đạt khoảng 1,1 tỷ USD, gấp 3 lần chiều ngược lại.",
            "2024-07-07",
            "ministry",
            ["country", "money_approx"],
            locations=[country("Thái Lan")],
            money=[m(1_100_000_000, "USD", approx=True)],
        ),
        h(
            922,
            "Công ty TNHH MTV Cơ khí Chu Lai Trường Hải đã ký hợp đồng cung cấp 5.000 bộ ghế ô tô cho Công ty CP Ô tô Đô thành, trị giá 40 tỷ đồng.",
            "2024-06-14",
            "provincial",
            ["supply", "nfd"],
            firms=[f("Cơ khí Chu Lai Trường Hải", "Công ty TNHH MTV"), f("Ô tô Đô thành", "Công ty CP")],
            money=[m(40_000_000_000, "VND")],
            deals=[deal("supply_contract", ["Cơ khí Chu Lai Trường Hải", "Ô tô Đô thành"], 40_000_000_000)],
        ),
        h(
            923,
            "Hội đồng nhân dân tỉnh Hưng Yên thông qua Nghị quyết số 08/2025/NQ-HĐND về chính sách hỗ trợ doanh nghiệp công nghiệp hỗ trợ, hiệu lực từ ngày 01/8/2025.",
            "2025-07-20",
            "legal",
            ["decision", "nfd", "old_tone"],
            organizations=["Hội đồng nhân dân tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            decisions=[d("08/2025/NQ-HĐND")],
        ),
        h(
            924,
            "Doanh nghiệp Hàn Quốc Seojin System đã rót 600 triệu USD vào Bắc Giang, nâng tổng số lao động lên khoảng 12.000 người lao động.",
            "2024-05-05",
            "provincial",
            ["bare_firm", "investment", "country", "count"],
            firms=[f("Seojin System")],
            provinces=[pv("Bắc Giang")],
            locations=[country("Hàn Quốc")],
            money=[m(600_000_000, "USD")],
            quantities=[c(12_000, "lao động", True)],
            deals=[deal("investment", ["Seojin System"], 600_000_000, "Tỉnh Bắc Ninh")],
        ),
    ]
