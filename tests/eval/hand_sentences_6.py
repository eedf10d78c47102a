# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 6: 30 sentences written and annotated AFTER the quantity, area, district and park-list rules were
built on batch 5, and scored before any change, as a check that those rules generalise. Same conventions as
batch 5 (hand_sentences_5.py), every field annotated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def hand_sentences_6(h: Callable[..., dict], pv: Callable[[str], dict], m: Callable[..., dict]) -> list[dict]:
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

    def country(name: str) -> dict[str, str]:
        return loc(name, "country")

    def park(name: str) -> dict[str, str]:
        return loc(name, "industrial_park")

    def district(name: str) -> dict[str, str]:
        return loc(name, "district")

    def c(value: float, unit: str, approx: bool = False) -> dict[str, Any]:
        return {"value": value, "unit": unit, "approximate": approx}

    def ha(hectares: float, approx: bool = False) -> dict[str, Any]:
        return {"hectares": hectares, "approximate": approx}

    return [
        h(
            601,
            "Huyện Mê Linh hiện có 4 khu công nghiệp và 9 cụm công nghiệp với tổng diện tích gần 1.300 ha.",
            "2024-04-02",
            "provincial",
            ["district", "count", "area"],
            locations=[district("huyện Mê Linh")],
            quantities=[c(4, "khu công nghiệp"), c(9, "cụm công nghiệp")],
            areas=[ha(1300, True)],
        ),
        h(
            602,
            "Trong quý I, Ban Quản lý các KCN tỉnh Hưng Yên cấp mới cho 14 dự án, điều chỉnh vốn cho 21 dự án.",
            "2024-04-05",
            "provincial",
            ["count", "agency"],
            organizations=["Ban Quản lý các Khu công nghiệp tỉnh Hưng Yên"],
            provinces=[pv("Hưng Yên")],
            quantities=[c(14, "dự án"), c(21, "dự án")],
        ),
        h(
            603,
            "Khu công nghiệp Phố Nối A có diện tích 687,4 ha, thu hút các nhà đầu tư đến từ Nhật Bản, Singapore và Thái Lan.",
            "2024-02-12",
            "provincial",
            ["park", "area", "country"],
            locations=[
                park("Khu công nghiệp Phố Nối A"),
                country("Nhật Bản"),
                country("Singapore"),
                country("Thái Lan"),
            ],
            areas=[ha(687.4)],
        ),
        h(
            604,
            "Năm 2023, các doanh nghiệp trong KCN Đồng Văn III sử dụng khoảng 25 nghìn lao động, trong đó 70% là lao động địa phương.",
            "2024-01-22",
            "provincial",
            ["park", "count", "percent"],
            locations=[park("Khu công nghiệp Đồng Văn III")],
            quantities=[c(25_000, "lao động", True)],
            percentages=[70.0],
        ),
        h(
            605,
            "Ngày 28/6, tại KCN Yên Phong, Công ty TNHH Samsung Electro-Mechanics Việt Nam đã ký hợp đồng mua linh kiện với Công ty CP Nhựa Hà Nội.",
            "2024-06-29",
            "provincial",
            ["supply", "park", "deal_date"],
            locations=[park("Khu công nghiệp Yên Phong")],
            firms=[f("Samsung Electro-Mechanics", "Công ty TNHH"), f("Nhựa Hà Nội", "Công ty CP")],
            deals=[
                deal(
                    "supply_contract",
                    ["Samsung Electro-Mechanics", "Nhựa Hà Nội"],
                    None,
                    None,
                    "2024-06-28",
                )
            ],
        ),
        h(
            606,
            "Dự án được thực hiện trên khu đất rộng 150.000 m2 tại xã Lương Sơn, huyện Yên Lập, tỉnh Phú Thọ.",
            "2024-09-03",
            "legal",
            ["area", "district"],
            areas=[ha(15)],
            locations=[district("huyện Yên Lập")],
            provinces=[pv("Phú Thọ")],
        ),
        h(
            607,
            "Sở Công Thương Đồng Nai cho biết hàng chục doanh nghiệp cơ khí của tỉnh đã trở thành nhà cung ứng cho Bosch và Hyosung.",
            "2024-05-27",
            "provincial",
            ["count", "bare_firm"],
            organizations=["Sở Công Thương Đồng Nai"],
            provinces=[pv("Đồng Nai")],
            quantities=[c(10, "doanh nghiệp", True)],
            firms=[f("Bosch", None), f("Hyosung", None)],
        ),
        h(
            608,
            "Tại hội nghị, 45 cặp doanh nghiệp đã ký biên bản ghi nhớ, trong đó Công ty TNHH Canon Việt Nam ký với Công ty CP Cơ khí Hà Nội.",
            "2024-10-18",
            "ministry",
            ["mou"],
            firms=[f("Canon", "Công ty TNHH"), f("Cơ khí Hà Nội", "Công ty CP")],
            deals=[deal("mou", ["Canon", "Cơ khí Hà Nội"])],
        ),
        h(
            609,
            "Thành phố Thủ Dầu Một có hơn 20.000 doanh nghiệp đang hoạt động, tạo việc làm cho khoảng 300.000 người lao động.",
            "2024-08-14",
            "provincial",
            ["district", "count"],
            locations=[district("thành phố Thủ Dầu Một")],
            quantities=[c(20_000, "doanh nghiệp", True), c(300_000, "lao động", True)],
        ),
        h(
            610,
            "Theo quy hoạch, Khu kinh tế Nghi Sơn được mở rộng lên 106.000 ha, gồm 26 khu chức năng.",
            "2024-03-18",
            "legal",
            ["park", "area"],
            locations=[loc("Khu kinh tế Nghi Sơn", "economic_zone")],
            areas=[ha(106_000)],
        ),
        h(
            611,
            "Chiều 10/9, Công ty CP Đầu tư Sài Gòn VRG khởi công KCN Đông Nam giai đoạn 2 tại huyện Củ Chi với vốn 4.700 tỷ đồng.",
            "2024-09-11",
            "provincial",
            ["groundbreaking", "park", "district", "deal_date"],
            firms=[f("Đầu tư Sài Gòn VRG", "Công ty CP")],
            locations=[park("Khu công nghiệp Đông Nam"), district("huyện Củ Chi")],
            money=[m(4_700_000_000_000, "VND")],
            deals=[deal("groundbreaking", ["Đầu tư Sài Gòn VRG"], 4_700_000_000_000, None, "2024-09-10")],
        ),
        h(
            612,
            "Ông Phạm Tuấn Anh, Phó Giám đốc Sở Công Thương Hà Nam, cho biết tỉnh có 8 KCN với tổng diện tích 2.500 ha.",
            "2024-07-24",
            "provincial",
            ["person_role_after", "count", "area"],
            persons=[per("Phạm Tuấn Anh", "Phó Giám đốc Sở Công Thương Hà Nam")],
            organizations=["Sở Công Thương Hà Nam"],
            provinces=[pv("Hà Nam")],
            quantities=[c(8, "khu công nghiệp")],
            areas=[ha(2500)],
        ),
        h(
            613,
            "Nhà máy có 5 dây chuyền sản xuất, công suất 12 triệu sản phẩm mỗi năm và tuyển dụng 800 công nhân.",
            "2024-06-02",
            "provincial",
            ["count"],
            quantities=[c(5, "dây chuyền"), c(12_000_000, "sản phẩm"), c(800, "công nhân")],
        ),
        h(
            614,
            "Giai đoạn 2021 – 2024, tỉnh Bắc Ninh thu hút gần 600 dự án FDI với tổng vốn hơn 11 tỷ USD.",
            "2024-12-28",
            "provincial",
            ["count", "money"],
            provinces=[pv("Bắc Ninh")],
            quantities=[c(600, "dự án", True)],
            money=[m(11_000_000_000, "USD", None, True)],
        ),
        h(
            615,
            "Quận Hải An và huyện An Dương là nơi tập trung các KCN Đình Vũ, Tràng Duệ và Nomura của Hải Phòng.",
            "2024-11-19",
            "provincial",
            ["district", "park"],
            locations=[
                district("quận Hải An"),
                district("huyện An Dương"),
                park("Khu công nghiệp Đình Vũ"),
                park("Khu công nghiệp Tràng Duệ"),
                park("Khu công nghiệp Nomura"),
            ],
            provinces=[pv("Hải Phòng")],
        ),
        h(
            616,
            "Cả nước hiện có 418 khu công nghiệp được thành lập với tổng diện tích đất tự nhiên khoảng 126.000 ha.",
            "2024-06-20",
            "ministry",
            ["count", "area"],
            quantities=[c(418, "khu công nghiệp")],
            areas=[ha(126_000, True)],
        ),
        h(
            617,
            "Từ ngày 1/7/2025, 63 tỉnh, thành phố được sắp xếp thành 34 đơn vị hành chính cấp tỉnh theo Nghị quyết số 202/2025/QH15.",
            "2025-07-02",
            "legal",
            ["decision"],
            decisions=[d("202/2025/QH15")],
        ),
        h(
            618,
            "Ngày 15/4, Công ty TNHH Foxconn Singapore được cấp Giấy chứng nhận đăng ký đầu tư dự án 200 triệu USD tại KCN Nam Sơn – Hạp Lĩnh.",
            "2025-04-16",
            "provincial",
            ["investment", "park", "deal_date"],
            firms=[f("Foxconn Singapore", "Công ty TNHH")],
            money=[m(200_000_000, "USD")],
            locations=[park("Khu công nghiệp Nam Sơn - Hạp Lĩnh")],
            deals=[deal("investment", ["Foxconn Singapore"], 200_000_000, None, "2025-04-15")],
        ),
        h(
            619,
            "Hội chợ có 250 gian hàng của 180 doanh nghiệp, thu hút khoảng 5.000 lượt khách tham quan.",
            "2024-11-25",
            "ministry",
            ["count"],
            quantities=[c(250, "gian hàng"), c(180, "doanh nghiệp"), c(5000, "lượt", True)],
        ),
        h(
            620,
            "Thị xã Bến Cát dành 1.200 ha cho Khu công nghiệp Cây Trường và KCN Bàu Bàng mở rộng.",
            "2024-03-27",
            "provincial",
            ["district", "park", "area"],
            locations=[
                district("thị xã Bến Cát"),
                park("Khu công nghiệp Cây Trường"),
                park("Khu công nghiệp Bàu Bàng"),
            ],
            areas=[ha(1200)],
        ),
        h(
            621,
            "Theo Bộ Kế hoạch và Đầu tư, 10 tháng năm 2024 các nhà đầu tư Hàn Quốc rót 5,1 tỷ USD vào Việt Nam.",
            "2024-11-05",
            "ministry",
            ["country", "money"],
            organizations=["Bộ Kế hoạch và Đầu tư"],
            locations=[country("Hàn Quốc")],
            money=[m(5_100_000_000, "USD")],
        ),
        h(
            622,
            "Mỗi doanh nghiệp được hỗ trợ tối đa 300 triệu đồng để thuê tư vấn, đào tạo cho không quá 20 học viên mỗi khóa.",
            "2024-12-02",
            "legal",
            ["money", "count"],
            money=[m(300_000_000, "VND")],
            quantities=[c(20, "học viên")],
        ),
        h(
            623,
            "Trung tâm Xúc tiến Thương mại tỉnh Nam Định đưa 30 doanh nghiệp đi khảo sát thị trường Nhật Bản từ ngày 5 đến 12/10.",
            "2024-09-30",
            "provincial",
            ["count", "country"],
            organizations=["Trung tâm Xúc tiến Thương mại tỉnh Nam Định"],
            provinces=[pv("Nam Định")],
            quantities=[c(30, "doanh nghiệp")],
            locations=[country("Nhật Bản")],
        ),
        h(
            624,
            "Tập đoàn Lego (Đan Mạch) khánh thành nhà máy 1 tỷ USD tại KCN VSIP III, thành phố Tân Uyên, tỉnh Bình Dương.",
            "2025-04-26",
            "provincial",
            ["park", "district", "country"],
            firms=[f("Lego", "Tập đoàn")],
            locations=[country("Đan Mạch"), park("Khu công nghiệp VSIP III"), district("thành phố Tân Uyên")],
            provinces=[pv("Bình Dương")],
            money=[m(1_000_000_000, "USD")],
            # session 13: an opening with the plant's worth is an investment, as in every batch since 12
            # (hand-1241, hand-4108; tests/eval/README.md)
            deals=[deal("investment", ["Lego"], 1_000_000_000, "Thành phố Hồ Chí Minh")],
        ),
        h(
            625,
            "Sau 5 năm, số doanh nghiệp công nghiệp hỗ trợ của tỉnh tăng từ 120 lên 210 doanh nghiệp.",
            "2024-10-09",
            "provincial",
            ["count"],
            quantities=[c(120, "doanh nghiệp"), c(210, "doanh nghiệp")],
        ),
        h(
            626,
            "Diện tích nhà xưởng cho thuê tại các KCN phía Bắc đạt khoảng 4,5 triệu m2, tỷ lệ lấp đầy 85%.",
            "2024-12-15",
            "ministry",
            ["area", "percent"],
            areas=[ha(450, True)],
            percentages=[85.0],
        ),
        h(
            627,
            "Ngày 2/8, Công ty CP Tập đoàn Thaco Industries ký hợp đồng cung cấp ghế ô tô cho Công ty TNHH Mazda Motor trị giá 8 triệu USD.",
            "2024-08-05",
            "provincial",
            ["supply", "deal_date"],
            firms=[f("Thaco Industries", "Công ty CP"), f("Mazda Motor", "Công ty TNHH")],
            money=[m(8_000_000, "USD")],
            deals=[
                deal("supply_contract", ["Thaco Industries", "Mazda Motor"], 8_000_000, None, "2024-08-02")
            ],
        ),
        h(
            628,
            "Quận 12 và huyện Hóc Môn của TP.HCM có hàng nghìn cơ sở sản xuất cơ khí nhỏ.",
            "2024-05-08",
            "provincial",
            ["district", "count"],
            locations=[district("quận 12"), district("huyện Hóc Môn")],
            provinces=[pv("Hồ Chí Minh")],
            quantities=[c(1000, "cơ sở", True)],
        ),
        h(
            629,
            "Hà Tĩnh hỗ trợ 500 triệu đồng/ha cho nhà đầu tư hạ tầng cụm công nghiệp có diện tích từ 30 đến 50 ha.",
            "2024-04-18",
            "legal",
            ["money", "area"],
            provinces=[pv("Hà Tĩnh")],
            money=[m(500_000_000, "VND")],
            areas=[ha(30), ha(50)],
        ),
        h(
            630,
            "Doanh nghiệp có từ 10 đến 200 lao động được xếp vào nhóm doanh nghiệp nhỏ trong lĩnh vực công nghiệp.",
            "2024-02-28",
            "legal",
            ["count"],
            quantities=[c(10, "lao động"), c(200, "lao động")],
        ),
    ]
