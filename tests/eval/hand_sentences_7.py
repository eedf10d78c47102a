# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 7: 20 sentences on deals, organisations and people in phrasings not used before (passive voice,
signing ceremonies witnessed by officials, roles after dashes and in brackets, investment licences, lists of
counterparts), written and annotated for every field and scored blind before any change (conventions of
batch 5, hand_sentences_5.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def hand_sentences_7(h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]) -> list[dict]:
    def f(name: str, form: str | None) -> dict[str, Any]:
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

    def loc(name: str, kind: str) -> dict[str, str]:
        return {"name": name, "type": kind}

    def c(value: float, unit: str, approx: bool = False) -> dict[str, Any]:
        return {"value": value, "unit": unit, "approximate": approx}

    return [
        h(
            701,
            "Biên bản ghi nhớ giữa Công ty TNHH LG Display Việt Nam Hải Phòng và Công ty CP Điện tử Bình Minh được ký vào sáng 9/5.",
            "2024-05-10",
            "provincial",
            ["mou", "passive", "deal_date"],
            firms=[f("LG Display Việt Nam Hải Phòng", "Công ty TNHH"), f("Điện tử Bình Minh", "Công ty CP")],
            deals=[
                deal("mou", ["LG Display Việt Nam Hải Phòng", "Điện tử Bình Minh"], None, None, "2024-05-09")
            ],
        ),
        h(
            702,
            "Dưới sự chứng kiến của Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên, Tập đoàn Samsung và Tổng công ty Viglacera đã ký kết hợp tác phát triển nhà cung ứng.",
            "2024-09-20",
            "ministry",
            ["cooperation", "person_role_before"],
            persons=[per("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương")],
            organizations=["Bộ Công Thương"],
            firms=[f("Samsung", "Tập đoàn"), f("Viglacera", "Tổng công ty")],
            deals=[deal("cooperation", ["Samsung", "Viglacera"])],
        ),
        h(
            703,
            "Công ty TNHH Kyocera Document Solutions Việt Nam được Ban Quản lý các KCN Hải Phòng cấp điều chỉnh tăng vốn thêm 60 triệu USD.",
            "2024-07-11",
            "provincial",
            ["investment", "passive"],
            firms=[f("Kyocera Document Solutions", "Công ty TNHH")],
            organizations=["Ban Quản lý các Khu công nghiệp Hải Phòng"],
            provinces=[pv("Hải Phòng")],
            money=[m(60_000_000, "USD")],
            deals=[deal("investment", ["Kyocera Document Solutions"], 60_000_000, "Thành phố Hải Phòng")],
        ),
        h(
            704,
            "Ông Ngô Đức Thịnh – Tổng Giám đốc Công ty CP Khuôn mẫu Chính xác Việt Hàn – cho biết đơn hàng năm nay tăng 40%.",
            "2024-03-03",
            "provincial",
            ["person_role_dash", "percent"],
            persons=[per("Ngô Đức Thịnh", "Tổng Giám đốc Công ty CP Khuôn mẫu Chính xác Việt Hàn")],
            firms=[f("Khuôn mẫu Chính xác Việt Hàn", "Công ty CP")],
            percentages=[40.0],
        ),
        h(
            705,
            "Tại lễ ký, Công ty TNHH Brother Industries Việt Nam đã ký hợp đồng mua linh kiện nhựa với ba doanh nghiệp là Công ty CP Nhựa Tân Hóa, Công ty TNHH Ép nhựa Sơn Hà và Công ty TNHH Khuôn mẫu An Bình.",
            "2024-10-22",
            "provincial",
            ["supply", "one_signer_many"],
            firms=[
                f("Brother Industries", "Công ty TNHH"),
                f("Nhựa Tân Hóa", "Công ty CP"),
                f("Ép nhựa Sơn Hà", "Công ty TNHH"),
                f("Khuôn mẫu An Bình", "Công ty TNHH"),
            ],
            deals=[
                deal("supply_contract", ["Brother Industries", "Nhựa Tân Hóa"]),
                deal("supply_contract", ["Brother Industries", "Ép nhựa Sơn Hà"]),
                deal("supply_contract", ["Brother Industries", "Khuôn mẫu An Bình"]),
            ],
        ),
        h(
            706,
            "Sở Công Thương tỉnh Bình Định phối hợp với Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc (KOTRA) tổ chức hội nghị kết nối cho 60 doanh nghiệp.",
            "2024-06-12",
            "provincial",
            ["agency", "count"],
            organizations=["Sở Công Thương tỉnh Bình Định", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc"],
            provinces=[pv("Bình Định")],
            quantities=[c(60, "doanh nghiệp")],
        ),
        h(
            707,
            "Năm 2024, Tập đoàn Hòa Phát rót thêm 15.000 tỷ đồng mở rộng Khu liên hợp gang thép tại Quảng Ngãi.",
            "2024-12-30",
            "provincial",
            ["investment"],
            firms=[f("Hòa Phát", "Tập đoàn")],
            money=[m(15_000_000_000_000, "VND")],
            provinces=[pv("Quảng Ngãi")],
            deals=[deal("investment", ["Hòa Phát"], 15_000_000_000_000, "Tỉnh Quảng Ngãi")],
        ),
        h(
            708,
            "Phó Chủ tịch Thường trực UBND tỉnh Thái Nguyên Đặng Xuân Trường trao Giấy chứng nhận đăng ký đầu tư cho Công ty TNHH Trina Solar Việt Nam.",
            "2024-02-05",
            "provincial",
            ["investment", "person_role_before"],
            persons=[per("Đặng Xuân Trường", "Phó Chủ tịch Thường trực UBND tỉnh Thái Nguyên")],
            organizations=["Ủy ban nhân dân tỉnh Thái Nguyên"],
            provinces=[pv("Thái Nguyên")],
            firms=[f("Trina Solar", "Công ty TNHH")],
            deals=[deal("investment", ["Trina Solar"], None, "Tỉnh Thái Nguyên")],
        ),
        h(
            709,
            "Hai bên là Công ty CP Ô tô Trường Hải và Công ty TNHH Linh kiện Điện Quang đã ký thỏa thuận cung ứng dây điện ô tô trị giá 3 triệu USD mỗi năm.",
            "2024-08-19",
            "provincial",
            ["supply", "money_per"],
            firms=[f("Ô tô Trường Hải", "Công ty CP"), f("Linh kiện Điện Quang", "Công ty TNHH")],
            money=[m(3_000_000, "USD", "year")],
            deals=[deal("supply_contract", ["Ô tô Trường Hải", "Linh kiện Điện Quang"], 3_000_000)],
        ),
        h(
            710,
            "Theo bà Phạm Thị Mai Hương (Phó Cục trưởng Cục Công nghiệp), chương trình đã kết nối thành công 120 cặp doanh nghiệp.",
            "2024-11-28",
            "ministry",
            ["person_role_bracket"],
            persons=[per("Phạm Thị Mai Hương", "Phó Cục trưởng Cục Công nghiệp")],
            organizations=["Cục Công nghiệp"],
        ),
        h(
            711,
            "UBND tỉnh Quảng Ninh cấp chủ trương đầu tư cho Công ty TNHH Jinko Solar Việt Nam xây dựng nhà máy 1,5 tỷ USD tại KCN Sông Khoai.",
            "2024-04-01",
            "provincial",
            ["investment", "park"],
            organizations=["Ủy ban nhân dân tỉnh Quảng Ninh"],
            provinces=[pv("Quảng Ninh")],
            firms=[f("Jinko Solar", "Công ty TNHH")],
            money=[m(1_500_000_000, "USD")],
            locations=[loc("Khu công nghiệp Sông Khoai", "industrial_park")],
            deals=[deal("investment", ["Jinko Solar"], 1_500_000_000, "Tỉnh Quảng Ninh")],
        ),
        h(
            712,
            "Chủ tịch Hiệp hội Doanh nghiệp cơ khí Việt Nam Đào Phan Long kiến nghị ưu đãi thuế cho sản phẩm cơ khí trọng điểm.",
            "2024-05-05",
            "ministry",
            ["person_role_before"],
            persons=[per("Đào Phan Long", "Chủ tịch Hiệp hội Doanh nghiệp cơ khí Việt Nam")],
            organizations=["Hiệp hội Doanh nghiệp cơ khí Việt Nam"],
        ),
        h(
            713,
            "Ngày 18/7, Tổng công ty Sông Thu và Tập đoàn Damen (Hà Lan) ký hợp đồng đóng 4 tàu tuần tra trị giá 120 triệu euro.",
            "2024-07-19",
            "provincial",
            ["supply", "deal_date", "country"],
            firms=[f("Sông Thu", "Tổng công ty"), f("Damen", "Tập đoàn")],
            locations=[loc("Hà Lan", "country")],
            money=[m(120_000_000, "EUR")],
            deals=[deal("supply_contract", ["Sông Thu", "Damen"], 120_000_000, None, "2024-07-18")],
        ),
        h(
            714,
            "Sáng 2/3, tại Hưng Yên, Công ty TNHH Pegatron Việt Nam khánh thành nhà máy thứ hai với vốn đầu tư 480 triệu USD.",
            "2025-03-03",
            "provincial",
            ["investment", "deal_date"],
            provinces=[pv("Hưng Yên")],
            firms=[f("Pegatron", "Công ty TNHH")],
            money=[m(480_000_000, "USD")],
            deals=[deal("investment", ["Pegatron"], 480_000_000, "Tỉnh Hưng Yên", "2025-03-02")],
        ),
        h(
            715,
            "Theo Giám đốc Sở Kế hoạch và Đầu tư Bắc Giang Nguyễn Thị Thu, tỉnh ưu tiên dự án công nghệ cao.",
            "2024-01-15",
            "provincial",
            ["person_role_before"],
            persons=[per("Nguyễn Thị Thu", "Giám đốc Sở Kế hoạch và Đầu tư Bắc Giang")],
            organizations=["Sở Kế hoạch và Đầu tư Bắc Giang"],
            provinces=[pv("Bắc Giang")],
        ),
        h(
            716,
            "Công ty CP Cơ điện lạnh REE đã ký hợp đồng với Tập đoàn Daikin về cung cấp máy nén cho dự án mới.",
            "2024-10-02",
            "provincial",
            ["supply"],
            firms=[f("Cơ điện lạnh REE", "Công ty CP"), f("Daikin", "Tập đoàn")],
            deals=[deal("supply_contract", ["Cơ điện lạnh REE", "Daikin"])],
        ),
        h(
            717,
            "Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Quốc Phương cho biết vốn FDI giải ngân 9 tháng đạt 17,3 tỷ USD.",
            "2024-10-06",
            "ministry",
            ["person_role_before", "money"],
            persons=[per("Trần Quốc Phương", "Thứ trưởng Bộ Kế hoạch và Đầu tư")],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            money=[m(17_300_000_000, "USD")],
        ),
        h(
            718,
            "Nhân dịp này, Ngân hàng TMCP Ngoại thương Việt Nam ký thỏa thuận tài trợ vốn 2.000 tỷ đồng cho Công ty CP Nhựa Bình Minh.",
            "2024-06-21",
            "ministry",
            ["mou", "bank"],
            firms=[f("Ngoại thương Việt Nam", "Ngân hàng TMCP"), f("Nhựa Bình Minh", "Công ty CP")],
            money=[m(2_000_000_000_000, "VND")],
            # session 13: bank credit is cooperation, as in every batch since 12 (tests/eval/README.md)
            deals=[deal("cooperation", ["Ngoại thương Việt Nam", "Nhựa Bình Minh"], 2_000_000_000_000)],
        ),
        h(
            719,
            "Quyết định số 2215/QĐ-UBND ngày 30 tháng 10 năm 2024 phê duyệt chủ trương đầu tư dự án của Công ty TNHH Shinetsu Magnetic Materials Việt Nam.",
            "2024-11-04",
            "legal",
            ["decision", "investment"],
            decisions=[d("2215/QĐ-UBND", "2024-10-30")],
            firms=[f("Shinetsu Magnetic Materials", "Công ty TNHH")],
            deals=[deal("investment", ["Shinetsu Magnetic Materials"])],
        ),
        h(
            720,
            "Theo kế hoạch, đến năm 2030 Lào Cai có 3 khu công nghiệp và khoảng 40 doanh nghiệp công nghiệp hỗ trợ.",
            "2024-03-25",
            "provincial",
            ["count"],
            provinces=[pv("Lào Cai")],
            quantities=[c(3, "khu công nghiệp"), c(40, "doanh nghiệp", True)],
        ),
    ]
