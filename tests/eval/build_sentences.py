"""Build tests/eval/sentences.jsonl: hand-written sentence frames x hand-written entity pools, with gold.

Run `python -m tests.eval.build_sentences` to regenerate. The gold is written here by hand, piece by piece
(never read back from the taggers): each pool entry carries its own annotation, each frame adds the deals
its sentence structure states. Annotation conventions (what `extract.evaluate` compares):

- firms: canonical name (legal form, "(Việt Nam)" and a "Việt Nam" suffix after a foreign name removed;
  Vietnamese state groups keep "Việt Nam") and the canonical legal form, None for a bare group name.
  A province inside a firm's name is not a province mention.
- organizations: the name as written with the abbreviations UBND, HĐND, KCN, KKT, BQL expanded; acronyms
  (VCCI, JETRO ...) by their full name. A province inside an organisation's name IS a province mention.
- persons: the name as written, role as written (None when the text gives none).
- provinces: short pre-2025 name as the unit is called in provinces.json and the current unit.
- money: amount in base units and ISO currency; a vague "hàng trăm tỷ đồng" states no figure: no money.
- decisions: canonical number and the ISO date the text gives with it (year from `published` if omitted).
- deals: kind and canonical parties (one deal per signer/counterpart pair), amount and current province.
"""

from __future__ import annotations

import json
import random
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CURRENT = {
    u["name"]: u["current"]
    for u in json.loads((HERE.parent.parent / "extract/data/provinces.json").read_text("utf-8"))["units"]
}
FIELDS = ("firms", "organizations", "persons", "provinces", "money", "percentages", "decisions", "deals")

Gold = dict[str, list[Any]]


class P:
    """A piece of text with its gold annotations."""

    def __init__(self, text: str, **gold: list[Any]) -> None:
        self.text = text
        self.gold: Gold = {k: list(v) for k, v in gold.items()}
        self.name: str | None = None  # canonical firm name (firm pieces)


def firm(text: str, name: str, form: str | None) -> P:
    p = P(text, firms=[{"name": name, "legal_form": form}])
    p.name = name
    return p


def prov(text: str, name: str) -> P:
    return P(text, provinces=[{"name": name, "current": CURRENT[name]}])


def org(text: str, name: str, *provinces: str) -> P:
    return P(text, organizations=[name], provinces=[{"name": n, "current": CURRENT[n]} for n in provinces])


def money(text: str, amount: float, cur: str, per: str | None = None, approx: bool = False) -> P:
    return P(text, money=[{"amount": amount, "currency": cur, "per": per, "approximate": approx}])


def dec(text: str, number: str, date: str | None = None, *extra: P) -> P:
    p = P(text, decisions=[{"number": number, "date": date}])
    for e in extra:
        for k, v in e.gold.items():
            p.gold.setdefault(k, []).extend(v)
    return p


def pct(text: str, value: float) -> P:
    return P(text, percentages=[value])


def role(text: str, *inner: P) -> tuple[str, list[P]]:
    return text, list(inner)


# --- pools ----------------------------------------------------------------------------------------------

LEGAL_FIRMS = [
    firm("Công ty TNHH Cơ khí chính xác Minh Long", "Cơ khí chính xác Minh Long", "Công ty TNHH"),
    firm("Công ty CP Nhựa kỹ thuật Tân Tiến", "Nhựa kỹ thuật Tân Tiến", "Công ty CP"),
    firm("Công ty Cổ phần Khuôn mẫu Đông Á", "Khuôn mẫu Đông Á", "Công ty CP"),
    firm("Công ty TNHH Hanwha Aero Engines Việt Nam", "Hanwha Aero Engines", "Công ty TNHH"),
    firm("Công ty TNHH MTV Cơ khí Hà Trung", "Cơ khí Hà Trung", "Công ty TNHH MTV"),
    firm("Công ty TNHH một thành viên Đúc Phú Hưng", "Đúc Phú Hưng", "Công ty TNHH MTV"),
    firm("Tập đoàn Hòa Phát", "Hòa Phát", "Tập đoàn"),
    firm("Tổng công ty Thép Việt Nam", "Thép Việt Nam", "Tổng công ty"),
    firm("Công ty TNHH Kosame Việt Nam", "Kosame", "Công ty TNHH"),
    firm("Công ty CP Công nghiệp phụ trợ Sao Mai", "Công nghiệp phụ trợ Sao Mai", "Công ty CP"),
    firm("Công ty TNHH Linh kiện điện tử Seojin (Việt Nam)", "Linh kiện điện tử Seojin", "Công ty TNHH"),
    firm("Công ty trách nhiệm hữu hạn Bao bì Hưng Thịnh", "Bao bì Hưng Thịnh", "Công ty TNHH"),
    firm("Công ty cổ phần Sản xuất và Thương mại Phúc Lâm", "Sản xuất và Thương mại Phúc Lâm", "Công ty CP"),
    firm("CTCP Cơ điện Trường Thành", "Cơ điện Trường Thành", "Công ty CP"),
    firm("Công ty TNHH Nidec Chaun-Choung Việt Nam", "Nidec Chaun-Choung", "Công ty TNHH"),
    firm("Tập đoàn Kumho Tire", "Kumho Tire", "Tập đoàn"),
    firm("Công ty TNHH Sản xuất Linh kiện Thăng Long", "Sản xuất Linh kiện Thăng Long", "Công ty TNHH"),
    firm("Công ty TNHH Vật liệu Nam Kim", "Vật liệu Nam Kim", "Công ty TNHH"),
    firm("Công ty CP Cơ khí Đông Anh", "Cơ khí Đông Anh", "Công ty CP"),
    firm("Công ty TNHH Jinsung Electronics Việt Nam", "Jinsung Electronics", "Công ty TNHH"),
    firm("Công ty TNHH Shinwon Ebenezer Việt Nam", "Shinwon Ebenezer", "Công ty TNHH"),
    firm("Công ty TNHH Điện tử Youngpoong Việt Nam", "Điện tử Youngpoong", "Công ty TNHH"),
    firm("Hợp tác xã Cơ khí Tiến Bộ", "Cơ khí Tiến Bộ", "Hợp tác xã"),
    firm(
        "Công ty CP Đầu tư và Phát triển Công nghiệp Bảo Châu",
        "Đầu tư và Phát triển Công nghiệp Bảo Châu",
        "Công ty CP",
    ),
    firm("Công ty TNHH Gia công bề mặt Kim Ngân", "Gia công bề mặt Kim Ngân", "Công ty TNHH"),
    firm("Công ty TNHH Dây cáp điện Ánh Dương", "Dây cáp điện Ánh Dương", "Công ty TNHH"),
    firm("Công ty cổ phần Ô tô Xuân Kiên", "Ô tô Xuân Kiên", "Công ty CP"),
    firm("Tổng Công ty Máy và Thiết bị công nghiệp", "Máy và Thiết bị công nghiệp", "Tổng công ty"),
    firm("Công ty TNHH Daeduck Vina Tech", "Daeduck Vina Tech", "Công ty TNHH"),
    firm("Công ty TNHH Mabuchi Motor Việt Nam", "Mabuchi Motor", "Công ty TNHH"),
    firm("Công ty TNHH Khuôn đúc Việt Hưng", "Khuôn đúc Việt Hưng", "Công ty TNHH"),
    firm("Công ty CP Tự động hóa Tân Phát", "Tự động hóa Tân Phát", "Công ty CP"),
]
BARE_FIRMS = [
    firm("Samsung", "Samsung", None),
    firm("LG Display", "LG Display", None),
    firm("Foxconn", "Foxconn", None),
    firm("LG Innotek", "LG Innotek", None),
    firm("Canon", "Canon", None),
    firm("Intel", "Intel", None),
    firm("Hyundai", "Hyundai", None),
    firm("Toyota", "Toyota", None),
    firm("Bosch", "Bosch", None),
    firm("Luxshare", "Luxshare", None),
    firm("Goertek", "Goertek", None),
    firm("Amkor", "Amkor", None),
    firm("Pegatron", "Pegatron", None),
    firm("VinFast", "VinFast", None),
    firm("Thaco", "Thaco", None),
    firm("Viettel", "Viettel", None),
    firm("Hanwha", "Hanwha", None),
    firm("Lego", "Lego", None),
    firm("Kyocera", "Kyocera", None),
    firm("Samsung Electro-Mechanics", "Samsung Electro-Mechanics", None),
]
ALL_FIRMS = LEGAL_FIRMS + BARE_FIRMS

ORGS = [
    org("Bộ Công Thương", "Bộ Công Thương"),
    org("Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu tư"),
    org("Sở Công Thương tỉnh Bắc Ninh", "Sở Công Thương tỉnh Bắc Ninh", "Bắc Ninh"),
    org("Sở Công Thương Hải Dương", "Sở Công Thương Hải Dương", "Hải Dương"),
    org("UBND tỉnh Thái Nguyên", "Ủy ban nhân dân tỉnh Thái Nguyên", "Thái Nguyên"),
    org("Ủy ban nhân dân tỉnh Vĩnh Phúc", "Ủy ban nhân dân tỉnh Vĩnh Phúc", "Vĩnh Phúc"),
    org("Ban Quản lý các KCN tỉnh Bắc Giang", "Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang", "Bắc Giang"),
    org("Ban Quản lý Khu kinh tế Quảng Ninh", "Ban Quản lý Khu kinh tế Quảng Ninh", "Quảng Ninh"),
    org("VCCI", "Liên đoàn Thương mại và Công nghiệp Việt Nam"),
    org("Hiệp hội Doanh nghiệp điện tử Việt Nam", "Hiệp hội Doanh nghiệp điện tử Việt Nam"),
    org("Trung tâm Phát triển công nghiệp hỗ trợ", "Trung tâm Phát triển công nghiệp hỗ trợ"),
    org("Cục Công nghiệp", "Cục Công nghiệp"),
    org("Tổng cục Thống kê", "Tổng cục Thống kê"),
    org("JETRO", "Tổ chức Xúc tiến Thương mại Nhật Bản"),
    org("KOTRA", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc"),
    org("Sở Kế hoạch và Đầu tư TP.HCM", "Sở Kế hoạch và Đầu tư TP.HCM", "Hồ Chí Minh"),
    org("UBND TP Hải Phòng", "Ủy ban nhân dân TP Hải Phòng", "Hải Phòng"),
    org("Hiệp hội Công nghiệp hỗ trợ Hà Nội", "Hiệp hội Công nghiệp hỗ trợ Hà Nội", "Hà Nội"),
    org("Viện Nghiên cứu Cơ khí", "Viện Nghiên cứu Cơ khí"),
    org("HĐND tỉnh Nghệ An", "Hội đồng nhân dân tỉnh Nghệ An", "Nghệ An"),
    org("Ban Quản lý các KCN Đồng Nai", "Ban Quản lý các Khu công nghiệp Đồng Nai", "Đồng Nai"),
    org("Sở Khoa học và Công nghệ tỉnh Hà Nam", "Sở Khoa học và Công nghệ tỉnh Hà Nam", "Hà Nam"),
]

NAMES = [
    "Nguyễn Văn Hải",
    "Trần Thị Thu Hà",
    "Lê Quang Vinh",
    "Phạm Minh Tuấn",
    "Đỗ Thị Lan Anh",
    "Hoàng Đức Thắng",
    "Vũ Ngọc Bích",
    "Bùi Văn Khánh",
    "Đặng Hồng Sơn",
    "Ngô Thị Mai Phương",
    "Phan Thanh Bình",
    "Nguyễn Thái Bình",
    "Trịnh Quốc Cường",
    "Lương Văn An",
    "Hà Thị Ngọc",
    "Tạ Minh Châu",
    "Đinh Xuân Trường",
    "Lê Thị Hồng Nhung",
    "Mai Văn Phúc",
    "Cao Thị Thanh Hương",
]


def _roles() -> list[tuple[str, list[P]]]:
    return [
        role(
            "Phó Chủ tịch UBND tỉnh Bắc Ninh",
            org("UBND tỉnh Bắc Ninh", "Ủy ban nhân dân tỉnh Bắc Ninh", "Bắc Ninh"),
        ),
        role(
            "Giám đốc Sở Công Thương Hải Dương",
            org("Sở Công Thương Hải Dương", "Sở Công Thương Hải Dương", "Hải Dương"),
        ),
        role("Thứ trưởng Bộ Công Thương", org("Bộ Công Thương", "Bộ Công Thương")),
        role(
            "Chủ tịch Hiệp hội Doanh nghiệp điện tử Việt Nam",
            org("Hiệp hội Doanh nghiệp điện tử Việt Nam", "Hiệp hội Doanh nghiệp điện tử Việt Nam"),
        ),
        role("Cục trưởng Cục Công nghiệp", org("Cục Công nghiệp", "Cục Công nghiệp")),
        role("Chủ tịch UBND TP.HCM", org("UBND TP.HCM", "Ủy ban nhân dân TP.HCM", "Hồ Chí Minh")),
        role(
            "Phó Giám đốc Sở Công Thương tỉnh Thái Bình",
            org("Sở Công Thương tỉnh Thái Bình", "Sở Công Thương tỉnh Thái Bình", "Thái Bình"),
        ),
        role("Tổng Giám đốc Công ty CP Nhựa kỹ thuật Tân Tiến", LEGAL_FIRMS[1]),
        role("Giám đốc Công ty TNHH Cơ khí chính xác Minh Long", LEGAL_FIRMS[0]),
        role(
            "Trưởng Ban Quản lý các KCN tỉnh Bắc Giang",
            org(
                "Ban Quản lý các KCN tỉnh Bắc Giang",
                "Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang",
                "Bắc Giang",
            ),
        ),
        role(
            "Phó Trưởng ban Quản lý Khu kinh tế Hải Phòng",
            org("Ban Quản lý Khu kinh tế Hải Phòng", "Ban Quản lý Khu kinh tế Hải Phòng", "Hải Phòng"),
        ),
        role(
            "Giám đốc Trung tâm Phát triển công nghiệp hỗ trợ",
            org("Trung tâm Phát triển công nghiệp hỗ trợ", "Trung tâm Phát triển công nghiệp hỗ trợ"),
        ),
        role("Bộ trưởng Bộ Kế hoạch và Đầu tư", org("Bộ Kế hoạch và Đầu tư", "Bộ Kế hoạch và Đầu tư")),
        role(
            "Chủ tịch UBND tỉnh Quảng Ninh",
            org("UBND tỉnh Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh", "Quảng Ninh"),
        ),
        role(
            "Phó Chủ tịch Thường trực UBND tỉnh Long An",
            org("UBND tỉnh Long An", "Ủy ban nhân dân tỉnh Long An", "Long An"),
        ),
        role("Tổng Giám đốc Tập đoàn Hòa Phát", LEGAL_FIRMS[6]),
    ]


ROLES = _roles()

PROVINCES = [
    prov("Bắc Ninh", "Bắc Ninh"),
    prov("tỉnh Hải Dương", "Hải Dương"),
    prov("Bắc Giang", "Bắc Giang"),
    prov("TP HCM", "Hồ Chí Minh"),
    prov("TP.HCM", "Hồ Chí Minh"),
    prov("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    prov("Vĩnh Phúc", "Vĩnh Phúc"),
    prov("tỉnh Thái Bình", "Thái Bình"),
    prov("Bình Dương", "Bình Dương"),
    prov("Đồng Nai", "Đồng Nai"),
    prov("Hải Phòng", "Hải Phòng"),
    prov("thành phố Đà Nẵng", "Đà Nẵng"),
    prov("Quảng Nam", "Quảng Nam"),
    prov("Thanh Hoá", "Thanh Hóa"),
    prov("Khánh Hoà", "Khánh Hòa"),
    prov("Hoà Bình", "Hòa Bình"),
    prov("Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    prov("Long An", "Long An"),
    prov("Hà Nam", "Hà Nam"),
    prov("Thừa Thiên Huế", "Huế"),
    prov("Nghệ An", "Nghệ An"),
    prov("Hưng Yên", "Hưng Yên"),
    prov("Phú Thọ", "Phú Thọ"),
    prov("Bình Định", "Bình Định"),
    prov("Tây Ninh", "Tây Ninh"),
    prov("Quảng Ngãi", "Quảng Ngãi"),
    prov("TPHCM", "Hồ Chí Minh"),
    prov("Hà Nội", "Hà Nội"),
    prov("Tp. Hồ Chí Minh", "Hồ Chí Minh"),
    prov("Bắc Kạn", "Bắc Kạn"),
    prov("Kon Tum", "Kon Tum"),
    prov("Cần Thơ", "Cần Thơ"),
    prov("Thái Nguyên", "Thái Nguyên"),
    prov("Quảng Ninh", "Quảng Ninh"),
]

MONEY = [
    money("32,5 tỷ USD", 32_500_000_000, "USD"),
    money("4.507 tỷ đồng", 4_507_000_000_000, "VND"),
    money("3,6 tỷ USD/năm", 3_600_000_000, "USD", "year"),
    P("hàng trăm tỷ đồng"),  # vague: no amount (issue 12)
    money("850 tỷ đồng", 850_000_000_000, "VND"),
    money("1,2 tỷ USD", 1_200_000_000, "USD"),
    money("280 triệu USD", 280_000_000, "USD"),
    money("15 triệu euro", 15_000_000, "EUR"),
    money("2.000 tỷ VNĐ", 2_000_000_000_000, "VND"),
    P("hàng chục triệu USD"),
    money("45 tỷ đ", 45_000_000_000, "VND"),
    money("1,5 nghìn tỷ đồng", 1_500_000_000_000, "VND"),
    money("650 triệu đô la Mỹ", 650_000_000, "USD"),
    money("12,8 triệu USD", 12_800_000, "USD"),
    money("500.000 USD", 500_000, "USD"),
    money("3.200 tỷ đồng", 3_200_000_000_000, "VND"),
    money("20 tỷ yên", 20_000_000_000, "JPY"),
    money("1.250 tỷ đồng mỗi năm", 1_250_000_000_000, "VND", "year"),
    P("hàng nghìn tỷ đồng"),
    money("97,3 triệu USD", 97_300_000, "USD"),
]
APPROX_MONEY = [
    ("khoảng ", money("50 triệu USD", 50_000_000, "USD", approx=True)),
    ("hơn ", money("1.200 tỷ đồng", 1_200_000_000_000, "VND", approx=True)),
    ("gần ", money("300 tỷ đồng", 300_000_000_000, "VND", approx=True)),
    ("trên ", money("2 tỷ USD", 2_000_000_000, "USD", approx=True)),
    ("khoảng ", money("1,1 tỷ USD", 1_100_000_000, "USD", approx=True)),
]

DECISIONS = [
    dec("Quyết định số 26/2024/QĐ-UBND ngày 04/8/2024", "26/2024/QĐ-UBND", "2024-08-04"),
    dec("Quyết định 1080/QĐ-BCT ngày 18/4/2025", "1080/QĐ-BCT", "2025-04-18"),
    dec("Nghị quyết số 73-NQ/TW", "73-NQ/TW"),
    dec("Công văn số 2310/VPCP-V.I", "2310/VPCP-V.I"),
    dec("Luật số 24/2018/QH14", "24/2018/QH14"),
    dec("Nghị định 111/2015/NĐ-CP ngày 03/11/2015", "111/2015/NĐ-CP", "2015-11-03"),
    dec("Công điện 194/CĐ-TTg", "194/CĐ-TTg"),
    dec("Quyết định số 20574/QĐ-CT-THNVDT", "20574/QĐ-CT-THNVDT"),
    dec("Quy chế 08-QC/UBKTTW", "08-QC/UBKTTW"),
    dec("Quyết định 68/QĐ-TTg ngày 18 tháng 01 năm 2017", "68/QĐ-TTg", "2017-01-18"),
    dec("quyết định số 12/2023/qđ-ubnd", "12/2023/QĐ-UBND"),
    dec("Quyết định số 26 / 2023 / QĐ - UBND ngày 4/8/2023", "26/2023/QĐ-UBND", "2023-08-04"),
    dec("Quyết định số 15/2024/QD-UBND", "15/2024/QĐ-UBND"),
    dec("Thông tư số 55/2015/TT-BCT ngày 30/12/2015", "55/2015/TT-BCT", "2015-12-30"),
    dec("Nghị quyết 115/NQ-CP ngày 6/8/2020", "115/NQ-CP", "2020-08-06"),
    dec("Nghị quyết số 57-NQ/TW ngày 22/12/2024", "57-NQ/TW", "2024-12-22"),
    dec("Công văn 1135/TTg-CN", "1135/TTg-CN"),
    dec("Chỉ thị 12/CT-TTg", "12/CT-TTg"),
    dec("Nghị định số 205/2025/NĐ-CP ngày 14 tháng 7 năm 2025", "205/2025/NĐ-CP", "2025-07-14"),
    dec("Luật Đầu tư số 61/2020/QH14", "61/2020/QH14"),
    dec("Quyết định số 1397/QÐ-UBND", "1397/QĐ-UBND"),
    dec("văn bản số 3456/ubnd-kt", "3456/UBND-KT"),
    dec("Thông báo số 45/TB-VPCP", "45/TB-VPCP"),
    dec("Quyết định số 2211/QĐ-UBND ngày 12/5/2024", "2211/QĐ-UBND", "2024-05-12"),
    dec("Nghị định 57/2024/NĐ-CP", "57/2024/NĐ-CP"),
]
PCTS = [
    pct("35,5%", 35.5),
    pct("50%", 50.0),
    pct("12 phần trăm", 12.0),
    pct("22,4%", 22.4),
    pct("8,5 %", 8.5),
    pct("100%", 100.0),
    pct("40%", 40.0),
    pct("17,25%", 17.25),
]
PUBLISHED = ["2023-05-12", "2024-03-20", "2024-11-02", "2025-04-18", "2025-09-10"]

PRODUCTS = [
    "linh kiện điện tử",
    "khuôn mẫu",
    "chi tiết cơ khí chính xác",
    "bao bì",
    "dây dẫn điện",
    "vỏ nhựa",
    "phụ tùng ô tô",
    "bo mạch",
]
PARKS = [
    "KCN Quế Võ",
    "KCN Đại An",
    "KCN Yên Phong II",
    "Khu công nghệ cao Hòa Lạc",
    "KCN VSIP",
    "KCN Tràng Duệ",
    "KCN Nam Cầu Kiền",
    "KCN Đình Trám",
]


# --- sentence assembly -----------------------------------------------------------------------------------


class Sent:
    def __init__(self, style: str, phenomena: list[str]) -> None:
        self.parts: list[str] = []
        self.gold: Gold = {k: [] for k in FIELDS}
        self.style = style
        self.phenomena = phenomena

    def __call__(self, *items: str | P) -> Sent:
        for it in items:
            if isinstance(it, P):
                self.parts.append(it.text)
                for k, v in it.gold.items():
                    self.gold[k].extend(v)
            else:
                self.parts.append(it)
        return self

    def person(self, name: str, role_: tuple[str, list[P]] | None, shape: str) -> Sent:
        """shape: 'after_comma', 'after_dash', 'before', 'honorific_only', 'before_hon'."""
        r = role_[0] if role_ else None
        hon = "ông" if name.split()[1] != "Thị" else "bà"
        if shape == "after_comma":
            self(f"{hon} {name}, {r}, ")
        elif shape == "after_dash":
            self(f"{hon} {name} – {r}, ")
        elif shape == "before":
            self(f"{r} {name} ")
        elif shape == "before_hon":
            self(f"{r}, {hon} {name}, ")
        else:
            self(f"{hon} {name} ")
        for inner in role_[1] if role_ else []:
            for k, v in inner.gold.items():
                self.gold[k].extend(v)
        self.gold["persons"].append({"name": name, "role": r})
        return self

    def deal(self, kind: str, parties: list[P], amount: P | None = None, province: P | None = None) -> Sent:
        a = amount.gold["money"][0]["amount"] if amount and amount.gold.get("money") else None
        pr = province.gold["provinces"][0]["current"] if province else None
        self.gold["deals"].append(
            {"kind": kind, "parties": [p.name for p in parties], "amount": a, "province": pr}
        )
        return self

    def text(self) -> str:
        t = "".join(self.parts)
        return t[0].upper() + t[1:]


Frame = Callable[[random.Random], Sent]
FRAMES: list[Frame] = []


def frame(fn: Frame) -> Frame:
    FRAMES.append(fn)
    return fn


def pick(rng: random.Random, pool: list, k: int = 1) -> list:
    return rng.sample(pool, k)


@frame
def mou_one(rng: random.Random) -> Sent:
    a, b = pick(rng, ALL_FIRMS, 2)
    s = Sent("provincial", ["mou", "firm"])
    return s("Sáng 11/3, ", a, " đã ký kết biên bản ghi nhớ hợp tác với ", b, ".").deal("mou", [a, b])


@frame
def signer_many(rng: random.Random) -> Sent:
    a = pick(rng, BARE_FIRMS + LEGAL_FIRMS[:10], 1)[0]
    bs = [f for f in pick(rng, LEGAL_FIRMS, 4) if f is not a][:3]
    s = Sent("provincial", ["one_signer_many", "mou"])
    s("Tại hội nghị, ", a, " ký kết ghi nhớ với ", bs[0], ", ", bs[1], " và ", bs[2], ".")
    for b in bs:
        s.deal("mou", [a, b])
    return s


@frame
def supply_with_amount(rng: random.Random) -> Sent:
    a, b = pick(rng, LEGAL_FIRMS, 2)
    m = pick(rng, MONEY[:3] + MONEY[4:9] + MONEY[10:17], 1)[0]
    product = rng.choice(PRODUCTS)
    s = Sent("provincial", ["supply", "money"])
    return s(a, f" ký hợp đồng cung ứng {product} với ", b, " trị giá ", m, ".").deal(
        "supply_contract", [a, b], m
    )


@frame
def pair_signing(rng: random.Random) -> Sent:
    a, b = pick(rng, LEGAL_FIRMS, 2)
    s = Sent("ministry", ["mou", "pair_subject"])
    return s("Lễ ký kết thỏa thuận hợp tác giữa ", a, " và ", b, " diễn ra chiều 20/6.").deal("mou", [a, b])


@frame
def invest_in_province(rng: random.Random) -> Sent:
    a = pick(rng, ALL_FIRMS, 1)[0]
    m = pick(rng, MONEY, 1)[0]
    p = pick(rng, PROVINCES, 1)[0]
    park = rng.choice(PARKS)
    s = Sent("provincial", ["investment", "province", "money"])
    s(a, " đầu tư ", m, f" xây dựng nhà máy sản xuất {rng.choice(PRODUCTS)} tại {park}, ", p, ".")
    return s.deal("investment", [a], m, p)


@frame
def licence_granted(rng: random.Random) -> Sent:
    o = pick(rng, ORGS[4:8], 1)[0]
    a = pick(rng, LEGAL_FIRMS, 1)[0]
    m = pick(rng, MONEY, 1)[0]
    s = Sent("provincial", ["investment", "agency_vs_firm"])
    s(o, " đã trao giấy chứng nhận đăng ký đầu tư cho ", a, " với tổng vốn ", m, ".")
    return s.deal("investment", [a], m, P("", provinces=o.gold["provinces"]))  # the granting province


@frame
def groundbreaking(rng: random.Random) -> Sent:
    a = pick(rng, ALL_FIRMS, 1)[0]
    m = pick(rng, MONEY, 1)[0]
    p = pick(rng, PROVINCES, 1)[0]
    s = Sent("provincial", ["groundbreaking"])
    s("Ngày 18/9, ", a, f" khởi công nhà máy {rng.choice(PRODUCTS)} có vốn đầu tư ", m, " tại ", p, ".")
    return s.deal("groundbreaking", [a], m, p)


@frame
def groundbreaking_passive(rng: random.Random) -> Sent:
    a = pick(rng, LEGAL_FIRMS, 1)[0]
    p = pick(rng, PROVINCES, 1)[0]
    m = pick(rng, MONEY, 1)[0]
    s = Sent("provincial", ["groundbreaking"])
    s("Dự án nhà máy của ", a, " tại ", p, " chính thức được khởi công, tổng mức đầu tư ", m, ".")
    return s.deal("groundbreaking", [a], m, p)


@frame
def person_comma(rng: random.Random) -> Sent:
    n = rng.choice(NAMES)
    r = rng.choice(ROLES)
    s = Sent("provincial", ["person_role_after"])
    s("Phát biểu tại hội nghị, ").person(n, r, "after_comma")
    return s("cho biết địa phương sẽ tiếp tục hỗ trợ doanh nghiệp công nghiệp hỗ trợ.")


@frame
def person_dash(rng: random.Random) -> Sent:
    n = rng.choice(NAMES)
    r = rng.choice(ROLES)
    s = Sent("ministry", ["person_role_after"])
    return s("Theo ").person(n, r, "after_dash")("nhu cầu linh kiện của các tập đoàn FDI còn rất lớn.")


@frame
def person_before(rng: random.Random) -> Sent:
    n = rng.choice(NAMES)
    r = rng.choice(ROLES)
    s = Sent("ministry", ["person_role_before"])
    return s("").person(n, r, "before")("nhấn mạnh vai trò của chuỗi cung ứng trong nước.")


@frame
def person_before_hon(rng: random.Random) -> Sent:
    n = rng.choice(NAMES)
    r = rng.choice(ROLES)
    s = Sent("provincial", ["person_role_before"])
    return s("Theo ").person(n, r, "before_hon")("tỷ lệ nội địa hóa đã đạt ", pick(rng, PCTS, 1)[0], ".")


@frame
def two_persons(rng: random.Random) -> Sent:
    n1, n2 = rng.sample(NAMES, 2)
    r1, r2 = rng.sample(ROLES, 2)
    s = Sent("ministry", ["person_role_after", "person_role_before"])
    s("Tham dự có ").person(n1, r1, "before")
    s("và ").person(n2, r2, "after_comma")
    return s("cùng đại diện nhiều doanh nghiệp.")


@frame
def decision_cite(rng: random.Random) -> Sent:
    d = pick(rng, DECISIONS, 1)[0]
    s = Sent("legal", ["decision"])
    return s("Căn cứ ", d, " về chính sách hỗ trợ phát triển công nghiệp hỗ trợ;")


@frame
def decision_issued_by(rng: random.Random) -> Sent:
    d = pick(rng, DECISIONS, 1)[0]
    o = pick(rng, ORGS[2:8], 1)[0]
    s = Sent("provincial", ["decision", "agency_vs_firm"])
    return s(o, " vừa ban hành kế hoạch thực hiện ", d, ", tập trung vào linh kiện điện tử.")


@frame
def two_decisions(rng: random.Random) -> Sent:
    d1, d2 = pick(rng, DECISIONS, 2)
    s = Sent("legal", ["decision"])
    return s("Thực hiện ", d1, " và ", d2, ", các sở, ngành đã rà soát danh mục sản phẩm ưu tiên.")


@frame
def money_stats(rng: random.Random) -> Sent:
    p = pick(rng, PROVINCES, 1)[0]
    m1, m2 = pick(rng, MONEY, 2)
    c = pick(rng, PCTS, 1)[0]
    s = Sent("provincial", ["money", "count_not_money"])
    n = rng.choice(["1.020 dự án", "312 dự án", "2.738 ha", "1.500 doanh nghiệp"])
    return s(
        "Đến nay, ",
        p,
        f" thu hút {n} với tổng vốn ",
        m1,
        ", kim ngạch xuất khẩu ",
        m2,
        ", tăng ",
        c,
        " so với cùng kỳ.",
    )


@frame
def money_approx(rng: random.Random) -> Sent:
    word, m = rng.choice(APPROX_MONEY)
    o = pick(rng, ORGS, 1)[0]
    s = Sent("ministry", ["money_approx"])
    return s("Theo ", o, ", tổng vốn đăng ký mới đạt ", word, m, ".")


@frame
def money_per_year(rng: random.Random) -> Sent:
    a = pick(rng, BARE_FIRMS, 1)[0]
    m = rng.choice([MONEY[2], MONEY[17]])
    s = Sent("ministry", ["money_per_year", "bare_firm"])
    return s("Giá trị mua hàng của ", a, " từ các nhà cung cấp trong nước ước đạt ", m, ".")


@frame
def bare_groups(rng: random.Random) -> Sent:
    fs = pick(rng, BARE_FIRMS, 3)
    s = Sent("ministry", ["bare_firm"])
    return s(
        "Các tập đoàn như ",
        fs[0],
        ", ",
        fs[1],
        " và ",
        fs[2],
        " đang tìm kiếm nhà cung cấp cấp 1 tại Việt Nam.",
    )


@frame
def agencies_only(rng: random.Random) -> Sent:
    o1, o2, o3 = pick(rng, ORGS, 3)
    s = Sent("ministry", ["agency_vs_firm"])
    return s("Hội nghị do ", o1, " phối hợp với ", o2, " và ", o3, " tổ chức.")


@frame
def firm_attends(rng: random.Random) -> Sent:
    a, b = pick(rng, LEGAL_FIRMS, 2)
    o = pick(rng, ORGS, 1)[0]
    s = Sent("provincial", ["firm", "no_deal"])
    return s("Đại diện ", a, " và ", b, " đã trao đổi với ", o, " về nhu cầu mặt bằng sản xuất.")


@frame
def generic_no_firm(rng: random.Random) -> Sent:
    p = pick(rng, PROVINCES, 1)[0]
    s = Sent("provincial", ["no_firm"])
    return s(
        "Các doanh nghiệp FDI tại ",
        p,
        " cần thêm nhà cung cấp nội địa; nhiều doanh nghiệp nhỏ chưa đủ vốn để ký hợp đồng.",
    )


@frame
def investment_increase(rng: random.Random) -> Sent:
    a = pick(rng, ALL_FIRMS, 1)[0]
    m = pick(rng, MONEY, 1)[0]
    s = Sent("provincial", ["investment"])
    return s("Năm nay, ", a, " tăng vốn đầu tư thêm ", m, " để mở rộng sản xuất.").deal("investment", [a], m)


@frame
def province_aliases(rng: random.Random) -> Sent:
    p1, p2, p3 = pick(rng, PROVINCES, 3)
    s = Sent("provincial", ["province_alias", "pre2025"])
    return s("Đoàn công tác đã làm việc tại ", p1, ", ", p2, " và ", p3, " trong tuần qua.")


@frame
def ubnd_decision_dated_before(rng: random.Random) -> Sent:
    num = rng.choice(["456", "1734", "2089", "98", "3125"])
    d, mth = rng.choice([("12", "3"), ("5", "11"), ("28", "2"), ("9", "6")])
    year = rng.choice(["2023", "2024", "2025"])
    o = pick(rng, ORGS[4:6] + ORGS[16:17], 1)[0]
    s = Sent("legal", ["decision", "date_before"])
    num_text = f"{num}/QĐ-UBND"
    iso = f"{year}-{int(mth):02d}-{int(d):02d}"
    return s(
        f"Ngày {d}/{mth}/{year}, ",
        o,
        " ban hành ",
        dec(f"Quyết định số {num_text}", num_text, iso),
        " phê duyệt danh mục dự án.",
    )


@frame
def decision_year_inferred(rng: random.Random) -> Sent:
    num = rng.choice(["125", "77", "310", "2045"])
    code = rng.choice(["KH-UBND", "QĐ-SCT", "TB-BQL", "QĐ-UBND"])
    s = Sent("provincial", ["decision", "year_inferred"])
    s._infer = (num + "/" + code, "12/5")  # type: ignore[attr-defined]
    return s


@frame
def person_and_firm_investment(rng: random.Random) -> Sent:
    n = rng.choice(NAMES)
    a = pick(rng, LEGAL_FIRMS, 1)[0]
    m = pick(rng, MONEY, 1)[0]
    p = pick(rng, PROVINCES, 1)[0]
    s = Sent("provincial", ["person_role_after", "firm_in_role"])
    s("Theo ").person(n, (f"Tổng Giám đốc {a.text}", [a]), "after_comma")
    return s("doanh thu năm nay của doanh nghiệp tại ", p, " dự kiến đạt ", m, ".")


@frame
def mou_agency_witness(rng: random.Random) -> Sent:
    a, b = pick(rng, ALL_FIRMS, 2)
    o = pick(rng, ORGS, 1)[0]
    s = Sent("ministry", ["mou", "agency_vs_firm"])
    s("Dưới sự chứng kiến của lãnh đạo ", o, ", ", a, " và ", b, " đã ký biên bản ghi nhớ hợp tác.")
    return s.deal("mou", [a, b])


@frame
def supply_for(rng: random.Random) -> Sent:
    a = pick(rng, LEGAL_FIRMS, 1)[0]
    b = pick(rng, BARE_FIRMS, 1)[0]
    m = pick(rng, MONEY, 1)[0]
    s = Sent("provincial", ["supply", "bare_firm"])
    s(a, f" vừa ký hợp đồng cung cấp {rng.choice(PRODUCTS)} cho ", b, " với giá trị ", m, ".")
    return s.deal("supply_contract", [a, b], m)


@frame
def pct_only(rng: random.Random) -> Sent:
    c1, c2 = pick(rng, PCTS, 2)
    p = pick(rng, PROVINCES, 1)[0]
    s = Sent("provincial", ["percent"])
    return s(
        "Chỉ số sản xuất công nghiệp của ", p, " tăng ", c1, ", riêng ngành chế biến chế tạo tăng ", c2, "."
    )


def build(n_per_frame: int = 8, seed: int = 5) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out: list[dict[str, Any]] = []
    for fn in FRAMES:
        for _ in range(n_per_frame):
            s = fn(rng)
            published = rng.choice(PUBLISHED)
            if hasattr(s, "_infer"):
                number, dm = s._infer
                d, mth = dm.split("/")
                s(
                    "Ngày ",
                    P(f"{d}/{mth}"),
                    ", Sở Công Thương gửi ",
                    dec(
                        f"Văn bản số {number} ngày {d}/{mth}",
                        number,
                        f"{published[:4]}-{int(mth):02d}-{int(d):02d}",
                    ),
                    " đến các doanh nghiệp.",
                )
                s.gold["organizations"].append("Sở Công Thương")
            text = s.text()
            variant = rng.random()
            phen = list(s.phenomena)
            if variant < 0.12:
                text = unicodedata.normalize("NFD", text)
                phen.append("nfd")
            elif variant < 0.2 and "Đ" in text:
                text = text.replace("Đ", "Ð")
                phen.append("eth")
            elif variant < 0.28:
                for new, old in (("hòa", "hoà"), ("Hòa", "Hoà"), ("hóa", "hoá"), ("Ủy", "Uỷ"), ("ủy", "uỷ")):
                    text = text.replace(new, old)
                phen.append("old_tone")
            out.append(
                {
                    "id": f"{fn.__name__}-{len(out)}",
                    "style": s.style,
                    "phenomena": phen,
                    "text": text,
                    "published": published,
                    "gold": s.gold,
                }
            )
    out.extend(HAND)
    return out


def _h(i: int, text: str, published: str, style: str, phenomena: list[str], **gold: list[Any]) -> dict:
    g = {k: gold.get(k, []) for k in FIELDS}
    return {
        "id": f"hand-{i}",
        "style": style,
        "phenomena": phenomena,
        "text": text,
        "published": published,
        "gold": g,
    }


def _pv(name: str) -> dict[str, str]:
    return {"name": name, "current": CURRENT[name]}


def _m(amount: float, cur: str, per: str | None = None, approx: bool = False) -> dict[str, Any]:
    return {"amount": amount, "currency": cur, "per": per, "approximate": approx}


# Fields only batch 5 annotates; a row lists them under "annotated" and is scored on them (extract.evaluate).
EXTRA_FIELDS = ("locations", "quantities", "areas")


def _h5(i: int, text: str, published: str, style: str, phenomena: list[str], **gold: list[Any]) -> dict:
    """A fully annotated row: every field, the extra ones and deal dates; "nfd" rows are stored in NFD."""
    row = _h(i, text, published, style, phenomena, **gold)
    row["gold"] |= {k: gold.get(k, []) for k in EXTRA_FIELDS}
    row["annotated"] = [*EXTRA_FIELDS, "deal_dates"]
    if "events" in gold:  # batch 10 on: deal events gold; rows without it are not annotated for events
        row["gold"]["events"] = gold["events"]
        row["annotated"].append("events")
    if "nfd" in phenomena:
        row["text"] = unicodedata.normalize("NFD", text)
    return row


from tests.eval.hand_sentences import (  # noqa: E402
    hand_sentences,
    hand_sentences_2,
    hand_sentences_3,
    hand_sentences_4,
)
from tests.eval.hand_sentences_5 import hand_sentences_5  # noqa: E402
from tests.eval.hand_sentences_6 import hand_sentences_6  # noqa: E402
from tests.eval.hand_sentences_7 import hand_sentences_7  # noqa: E402
from tests.eval.hand_sentences_8 import hand_sentences_8  # noqa: E402
from tests.eval.hand_sentences_9 import hand_sentences_9  # noqa: E402
from tests.eval.hand_sentences_10 import hand_sentences_10  # noqa: E402
from tests.eval.hand_sentences_11 import hand_sentences_11  # noqa: E402
from tests.eval.hand_sentences_12 import hand_sentences_12  # noqa: E402
from tests.eval.hand_sentences_13 import hand_sentences_13  # noqa: E402
from tests.eval.hand_sentences_14 import hand_sentences_14  # noqa: E402
from tests.eval.hand_sentences_15 import hand_sentences_15  # noqa: E402
from tests.eval.hand_sentences_16 import hand_sentences_16  # noqa: E402
from tests.eval.hand_sentences_17 import hand_sentences_17  # noqa: E402
from tests.eval.hand_sentences_18 import hand_sentences_18  # noqa: E402
from tests.eval.hand_sentences_19 import hand_sentences_19  # noqa: E402
from tests.eval.hand_sentences_20 import hand_sentences_20  # noqa: E402
from tests.eval.hand_sentences_21 import hand_sentences_21  # noqa: E402
from tests.eval.hand_sentences_22 import hand_sentences_22  # noqa: E402
from tests.eval.hand_sentences_23 import hand_sentences_23  # noqa: E402
from tests.eval.hand_sentences_24 import hand_sentences_24  # noqa: E402
from tests.eval.hand_sentences_25 import hand_sentences_25  # noqa: E402
from tests.eval.hand_sentences_26 import hand_sentences_26  # noqa: E402
from tests.eval.hand_sentences_27 import hand_sentences_27  # noqa: E402
from tests.eval.hand_sentences_28 import hand_sentences_28  # noqa: E402
from tests.eval.hand_sentences_29 import hand_sentences_29  # noqa: E402
from tests.eval.hand_sentences_30 import hand_sentences_30  # noqa: E402
from tests.eval.hand_sentences_31 import hand_sentences_31  # noqa: E402
from tests.eval.hand_sentences_32 import hand_sentences_32  # noqa: E402
from tests.eval.hand_sentences_33 import hand_sentences_33  # noqa: E402
from tests.eval.hand_sentences_34 import hand_sentences_34  # noqa: E402
from tests.eval.hand_sentences_35 import hand_sentences_35  # noqa: E402
from tests.eval.hand_sentences_36 import hand_sentences_36  # noqa: E402
from tests.eval.hand_sentences_37 import hand_sentences_37  # noqa: E402
from tests.eval.hand_sentences_38 import hand_sentences_38  # noqa: E402
from tests.eval.hand_sentences_39 import hand_sentences_39  # noqa: E402
from tests.eval.hand_sentences_40 import hand_sentences_40  # noqa: E402
from tests.eval.hand_sentences_41 import hand_sentences_41  # noqa: E402
from tests.eval.hand_sentences_42 import hand_sentences_42  # noqa: E402
from tests.eval.hand_sentences_43 import hand_sentences_43  # noqa: E402
from tests.eval.hand_sentences_44 import hand_sentences_44  # noqa: E402
from tests.eval.hand_sentences_45 import hand_sentences_45  # noqa: E402
from tests.eval.hand_sentences_46 import hand_sentences_46  # noqa: E402
from tests.eval.hand_sentences_47 import hand_sentences_47  # noqa: E402
from tests.eval.hand_sentences_48 import hand_sentences_48  # noqa: E402
from tests.eval.hand_sentences_49 import hand_sentences_49  # noqa: E402
from tests.eval.hand_sentences_50 import hand_sentences_50  # noqa: E402
from tests.eval.hand_sentences_51 import hand_sentences_51  # noqa: E402
from tests.eval.hand_sentences_52 import hand_sentences_52  # noqa: E402
from tests.eval.hand_sentences_53 import hand_sentences_53  # noqa: E402
from tests.eval.hand_sentences_54 import hand_sentences_54  # noqa: E402
from tests.eval.hand_sentences_55 import hand_sentences_55  # noqa: E402
from tests.eval.hand_sentences_56 import hand_sentences_56  # noqa: E402
from tests.eval.hand_sentences_57 import hand_sentences_57  # noqa: E402
from tests.eval.hand_sentences_58 import hand_sentences_58  # noqa: E402
from tests.eval.hand_sentences_59 import hand_sentences_59  # noqa: E402
from tests.eval.hand_sentences_60 import hand_sentences_60  # noqa: E402
from tests.eval.hand_sentences_61 import hand_sentences_61  # noqa: E402
from tests.eval.hand_sentences_62 import hand_sentences_62  # noqa: E402
from tests.eval.hand_sentences_63 import hand_sentences_63  # noqa: E402
from tests.eval.hand_sentences_64 import hand_sentences_64  # noqa: E402
from tests.eval.hand_sentences_65 import hand_sentences_65  # noqa: E402
from tests.eval.hand_sentences_66 import hand_sentences_66  # noqa: E402
from tests.eval.hand_sentences_67 import hand_sentences_67  # noqa: E402
from tests.eval.hand_sentences_68 import hand_sentences_68  # noqa: E402
from tests.eval.hand_sentences_69 import hand_sentences_69  # noqa: E402
from tests.eval.hand_sentences_70 import hand_sentences_70  # noqa: E402
from tests.eval.hand_sentences_71 import hand_sentences_71  # noqa: E402
from tests.eval.hand_sentences_72 import hand_sentences_72  # noqa: E402
from tests.eval.hand_sentences_73 import hand_sentences_73  # noqa: E402
from tests.eval.hand_sentences_74 import hand_sentences_74  # noqa: E402
from tests.eval.hand_sentences_75 import hand_sentences_75  # noqa: E402
from tests.eval.hand_sentences_76 import hand_sentences_76  # noqa: E402
from tests.eval.hand_sentences_77 import hand_sentences_77  # noqa: E402
from tests.eval.hand_sentences_78 import hand_sentences_78  # noqa: E402
from tests.eval.hand_sentences_79 import hand_sentences_79  # noqa: E402
from tests.eval.hand_sentences_80 import hand_sentences_80  # noqa: E402
from tests.eval.hand_sentences_81 import hand_sentences_81  # noqa: E402
from tests.eval.hand_sentences_82 import hand_sentences_82  # noqa: E402
from tests.eval.hand_sentences_83 import hand_sentences_83  # noqa: E402
from tests.eval.hand_sentences_84 import hand_sentences_84  # noqa: E402
from tests.eval.hand_sentences_85 import hand_sentences_85  # noqa: E402
from tests.eval.hand_sentences_86 import hand_sentences_86  # noqa: E402
from tests.eval.hand_sentences_87 import hand_sentences_87  # noqa: E402
from tests.eval.hand_sentences_88 import hand_sentences_88  # noqa: E402
from tests.eval.hand_sentences_89 import hand_sentences_89  # noqa: E402
from tests.eval.hand_sentences_90 import hand_sentences_90  # noqa: E402
from tests.eval.hand_sentences_91 import hand_sentences_91  # noqa: E402
from tests.eval.hand_sentences_92 import hand_sentences_92  # noqa: E402
from tests.eval.hand_sentences_93 import hand_sentences_93  # noqa: E402
from tests.eval.hand_sentences_94 import hand_sentences_94  # noqa: E402
from tests.eval.hand_sentences_95 import hand_sentences_95  # noqa: E402
from tests.eval.hand_sentences_96 import hand_sentences_96  # noqa: E402
from tests.eval.hand_sentences_97 import hand_sentences_97  # noqa: E402
from tests.eval.hand_sentences_98 import hand_sentences_98  # noqa: E402
from tests.eval.hand_sentences_99 import hand_sentences_99  # noqa: E402
from tests.eval.hand_sentences_100 import hand_sentences_100  # noqa: E402
from tests.eval.hand_sentences_101 import hand_sentences_101  # noqa: E402
from tests.eval.hand_sentences_102 import hand_sentences_102  # noqa: E402
from tests.eval.hand_sentences_103 import hand_sentences_103  # noqa: E402
from tests.eval.hand_sentences_104 import hand_sentences_104  # noqa: E402
from tests.eval.hand_sentences_105 import hand_sentences_105  # noqa: E402
from tests.eval.hand_sentences_106 import hand_sentences_106  # noqa: E402
from tests.eval.hand_sentences_107 import hand_sentences_107  # noqa: E402
from tests.eval.hand_sentences_108 import hand_sentences_108  # noqa: E402
from tests.eval.hand_sentences_109 import hand_sentences_109  # noqa: E402
from tests.eval.hand_sentences_110 import hand_sentences_110  # noqa: E402
from tests.eval.hand_sentences_111 import hand_sentences_111  # noqa: E402
from tests.eval.hand_sentences_112 import hand_sentences_112  # noqa: E402
from tests.eval.hand_sentences_113 import hand_sentences_113  # noqa: E402
from tests.eval.hand_sentences_114 import hand_sentences_114  # noqa: E402
from tests.eval.hand_sentences_115 import hand_sentences_115  # noqa: E402
from tests.eval.hand_sentences_116 import hand_sentences_116  # noqa: E402
from tests.eval.hand_sentences_117 import hand_sentences_117  # noqa: E402
from tests.eval.hand_sentences_118 import hand_sentences_118  # noqa: E402
from tests.eval.hand_sentences_119 import hand_sentences_119  # noqa: E402
from tests.eval.hand_sentences_120 import hand_sentences_120  # noqa: E402
from tests.eval.hand_sentences_121 import hand_sentences_121  # noqa: E402
from tests.eval.hand_sentences_122 import hand_sentences_122  # noqa: E402
from tests.eval.hand_sentences_123 import hand_sentences_123  # noqa: E402
from tests.eval.hand_sentences_124 import hand_sentences_124  # noqa: E402
from tests.eval.hand_sentences_125 import hand_sentences_125  # noqa: E402
from tests.eval.hand_sentences_126 import hand_sentences_126  # noqa: E402
from tests.eval.hand_sentences_127 import hand_sentences_127  # noqa: E402
from tests.eval.hand_sentences_128 import hand_sentences_128  # noqa: E402
from tests.eval.hand_sentences_129 import hand_sentences_129  # noqa: E402
from tests.eval.hand_sentences_130 import hand_sentences_130  # noqa: E402
from tests.eval.hand_sentences_131 import hand_sentences_131  # noqa: E402
from tests.eval.hand_sentences_132 import hand_sentences_132  # noqa: E402
from tests.eval.hand_sentences_133 import hand_sentences_133  # noqa: E402
from tests.eval.hand_sentences_134 import hand_sentences_134  # noqa: E402
from tests.eval.hand_sentences_135 import hand_sentences_135  # noqa: E402
from tests.eval.hand_sentences_136 import hand_sentences_136  # noqa: E402
from tests.eval.hand_sentences_137 import hand_sentences_137  # noqa: E402
from tests.eval.hand_sentences_138 import hand_sentences_138  # noqa: E402
from tests.eval.hand_sentences_139 import hand_sentences_139  # noqa: E402
from tests.eval.hand_sentences_140 import hand_sentences_140  # noqa: E402
from tests.eval.hand_sentences_141 import hand_sentences_141  # noqa: E402
from tests.eval.hand_sentences_142 import hand_sentences_142  # noqa: E402
from tests.eval.hand_sentences_143 import hand_sentences_143  # noqa: E402
from tests.eval.hand_sentences_144 import hand_sentences_144  # noqa: E402
from tests.eval.hand_sentences_145 import hand_sentences_145  # noqa: E402
from tests.eval.hand_sentences_146 import hand_sentences_146  # noqa: E402
from tests.eval.hand_sentences_147 import hand_sentences_147  # noqa: E402
from tests.eval.hand_sentences_148 import hand_sentences_148  # noqa: E402
from tests.eval.hand_sentences_149 import hand_sentences_149  # noqa: E402
from tests.eval.hand_sentences_150 import hand_sentences_150  # noqa: E402
from tests.eval.hand_sentences_151 import hand_sentences_151  # noqa: E402
from tests.eval.hand_sentences_152 import hand_sentences_152  # noqa: E402
from tests.eval.hand_sentences_153 import hand_sentences_153  # noqa: E402
from tests.eval.hand_sentences_154 import hand_sentences_154  # noqa: E402
from tests.eval.hand_sentences_155 import hand_sentences_155  # noqa: E402
from tests.eval.hand_sentences_156 import hand_sentences_156  # noqa: E402
from tests.eval.hand_sentences_157 import hand_sentences_157  # noqa: E402
from tests.eval.hand_sentences_158 import hand_sentences_158  # noqa: E402
from tests.eval.hand_sentences_159 import hand_sentences_159  # noqa: E402
from tests.eval.hand_sentences_160 import hand_sentences_160  # noqa: E402
from tests.eval.hand_sentences_161 import hand_sentences_161  # noqa: E402
from tests.eval.hand_sentences_162 import hand_sentences_162  # noqa: E402
from tests.eval.hand_sentences_163 import hand_sentences_163  # noqa: E402
from tests.eval.hand_sentences_164 import hand_sentences_164  # noqa: E402
from tests.eval.hand_sentences_165 import hand_sentences_165  # noqa: E402
from tests.eval.hand_sentences_166 import hand_sentences_166  # noqa: E402
from tests.eval.hand_sentences_167 import hand_sentences_167  # noqa: E402
from tests.eval.hand_sentences_168 import hand_sentences_168  # noqa: E402
from tests.eval.hand_sentences_169 import hand_sentences_169  # noqa: E402

BATCHES = (hand_sentences, hand_sentences_2, hand_sentences_3, hand_sentences_4)
# annotated for every field
FULL_BATCHES = (
    hand_sentences_5,
    hand_sentences_6,
    hand_sentences_7,
    hand_sentences_8,
    hand_sentences_9,
    hand_sentences_10,
    hand_sentences_11,
)
# every hand-written row records its batch (1-4: BATCHES, 5 on: FULL_BATCHES): `extract.evaluate --batch N`
HAND = [row | {"batch": n} for n, batch in enumerate(BATCHES, 1) for row in batch(_h, _pv, _m)]
HAND += [row | {"batch": n} for n, batch in enumerate(FULL_BATCHES, 5) for row in batch(_h5, _pv, _m)]
# batch 12 (issue 12, blind, real-text shapes) keeps its number whatever FULL_BATCHES holds (11 is another
# batch written at the same time)
HAND += [row | {"batch": 12} for row in hand_sentences_12(_h5, _pv, _m)]
# batch 13 (issue 12, a second blind batch in real-text shapes, from other pages) likewise keeps its number
HAND += [row | {"batch": 13} for row in hand_sentences_13(_h5, _pv, _m)]
# batch 14 (issue 12, a third blind batch, from other kinds of writers: business press, disclosures, park
# developers, trade-promotion agencies, interviews) likewise keeps its number
HAND += [row | {"batch": 14} for row in hand_sentences_14(_h5, _pv, _m)]
# batch 15 (issue 12, a fourth blind batch, from other regions and writers: provincial papers of the north
# and centre, national dailies, stock-tag pages, associations, procurement notices, legal digests) likewise
# keeps its number
HAND += [row | {"batch": 15} for row in hand_sentences_15(_h5, _pv, _m)]
# batch 16 (issue 12, a fifth blind batch, from other regions and writers: Central Highlands, the Mekong
# delta, Hà Nội and TP.HCM city news, Quảng Trị and Huế, FDI bulletins, brokers' reports, trade fairs and
# supply-demand conferences, firms' own pages) likewise keeps its number
HAND += [row | {"batch": 16} for row in hand_sentences_16(_h5, _pv, _m)]
# batch 17 (issue 12, a sixth blind batch, from other regions and writers: the northern mountains, Nghi Sơn
# and Vũng Áng, the south-central coast, the south-east, the Red River delta, park developers, stock
# disclosures, bank credit, carmakers' and electronics suppliers, associations, HĐND resolutions) likewise
# keeps its number
HAND += [row | {"batch": 17} for row in hand_sentences_17(_h5, _pv, _m)]
# batch 18 (issue 12, a seventh blind batch, from other regions and writers: Đà Nẵng and Chu Lai, Hải Phòng
# with the former Hải Dương, Thái Nguyên, Hà Nam and Nam Định, the Mekong provinces round Vĩnh Long and An
# Giang, government and trade-ministry portals, industry and energy magazines, business weeklies, embassy and
# trade-agency news, law-firm briefs, leasing and export credit) likewise keeps its number
HAND += [row | {"batch": 18} for row in hand_sentences_18(_h5, _pv, _m)]
# batch 19 (issue 12, an eighth blind batch, from other regions and writers: Lâm Đồng with the former Bình
# Thuận, Đắk Lắk and Gia Lai, Khánh Hòa, Huế and Quảng Trị, Hưng Yên and Phú Thọ, Tuyên Quang, Tây Ninh and
# Đồng Nai, Cà Mau and Cần Thơ; zone authorities' own notes, national dailies' tag pages, Taiwanese, Thai and
# Singaporean business news retold in Vietnamese, stock disclosures, associations, court judgments on sale
# contracts) likewise keeps its number
HAND += [row | {"batch": 19} for row in hand_sentences_19(_h5, _pv, _m)]
# batch 20 (issue 12, a ninth blind batch, from other regions and writers: Quảng Ninh, Bắc Giang and Lạng
# Sơn, Ninh Bình and the former Thái Bình, Nghệ An and Hà Tĩnh, Quảng Ngãi, TP.HCM with the former Bình
# Dương, Long An and Đồng Tháp, Sơn La and Điện Biên; European and Japanese firms' news retold in Vietnamese,
# FDI reports, chambers, land-lease decisions, court judgments on leases) likewise keeps its number
HAND += [row | {"batch": 20} for row in hand_sentences_20(_h5, _pv, _m)]
# batch 21 (issue 12, a tenth blind batch, from other regions, writers and topics: Cao Bằng's border
# economic zone, Phú Thọ with the former Vĩnh Phúc, Bắc Ninh, the former Hải Dương, Hà Nam, Thanh Hóa's
# footwear and garment plants, An Giang and Kiên Giang rice linkage, Trà Vinh and Bến Tre wind farms;
# listed firms' news, shipyards, direct power purchase agreements, cooperatives' offtake contracts,
# carmaker-association programmes) likewise keeps its number
HAND += [row | {"batch": 21} for row in hand_sentences_21(_h5, _pv, _m)]
# batch 22 (blind, session 11: Dung Quất, Nghệ An, Vũng Áng, Bình Định, Khánh Hòa, Tây Ninh and Long An,
# Bình Dương, Vĩnh Phúc, Quảng Ninh, Lạng Sơn, Đà Nẵng, Cần Thơ, the Central Highlands; wood, seafood, coffee,
# logistics, renewables, chips, trade fairs, M&A, revoked projects and denials) likewise keeps its number
HAND += [row | {"batch": 22} for row in hand_sentences_22(_h5, _pv, _m)]
# batch 23 (blind, session 12: Thái Nguyên, Bắc Giang, Hưng Yên with the former Thái Bình, Hải Phòng with the
# former Hải Dương, Thanh Hóa and Nghi Sơn, Quảng Nam and Chu Lai, Phú Thọ, Ninh Bình, Đồng Nai, Bà Rịa - Vũng
# Tàu, Long An, Huế and Quảng Trị; English wire copy, stock disclosures, bank credit, support programmes,
# FDI firms' supplier pages, trade fairs) likewise keeps its number
HAND += [row | {"batch": 23} for row in hand_sentences_23(_h5, _pv, _m)]
# batch 24 (blind, end of session 12: Lào Cai with the former Yên Bái, Tuyên Quang with the former Hà Giang,
# Sơn La, Điện Biên and Lai Châu, Hà Nội's outer districts, VSIP and Bàu Bàng, the Mekong provinces; mold and
# die, supplier audits, localisation, arbitration and contract disputes, e-bike batteries, private
# placements, medical devices, steel structures, solar EPC) likewise keeps its number
HAND += [row | {"batch": 24} for row in hand_sentences_24(_h5, _pv, _m)]
# batch 25 (blind, session 13: Quảng Ninh, Lạng Sơn and Cao Bằng, Bắc Ninh, the former Vĩnh Phúc, Hà Nam, Nam
# Định and Thái Bình, Hà Tĩnh, Hòn La, Đắk Lắk with the former Phú Yên, the former Ninh Thuận and Bình Thuận,
# Becamex Bình Phước, the former Sóc Trăng and Hậu Giang; short names and aliases, ALL-CAPS, flattened tables,
# several events in a paragraph, events recalled as background) likewise keeps its number
HAND += [row | {"batch": 25} for row in hand_sentences_25(_h5, _pv, _m)]
# batch 26 (blind, end of session 13: chosen by kind of page and writer rather than region: round-ups,
# features and interviews, national business and securities news, board resolutions, promotion-conference
# lists, English-language outlets) likewise keeps its number
HAND += [row | {"batch": 26} for row in hand_sentences_26(_h5, _pv, _m)]
# batch 27 (blind, session 14: sampled as the search results came, in the proportions of an ordinary month of
# supporting-industry news: licences, openings, groundbreakings, memoranda, programme targets, legal headers,
# FDI figures) likewise keeps its number
HAND += [row | {"batch": 27} for row in hand_sentences_27(_h5, _pv, _m)]
# batch 28 (blind, end of session 14: sampled like batch 27, from other topics and provinces) likewise
# keeps its number
HAND += [row | {"batch": 28} for row in hand_sentences_28(_h5, _pv, _m)]
# batches 29, 30 and 31 (blind, session 15: sampled as the search results came, like batches 27-28, by three
# writers at once on three sets of themes: the South, Mekong and South-Central coast; the North; national
# business, securities and trade news) likewise keep their numbers
HAND += [row | {"batch": 29} for row in hand_sentences_29(_h5, _pv, _m)]
HAND += [row | {"batch": 30} for row in hand_sentences_30(_h5, _pv, _m)]
HAND += [row | {"batch": 31} for row in hand_sentences_31(_h5, _pv, _m)]
# batches 32, 33 and 34 (blind, session 15: sampled the same way by three more writers, on the Centre and the
# Highlands; the South-East; government portals, ministries and trade promotion) likewise keep their numbers
HAND += [row | {"batch": 32} for row in hand_sentences_32(_h5, _pv, _m)]
HAND += [row | {"batch": 33} for row in hand_sentences_33(_h5, _pv, _m)]
HAND += [row | {"batch": 34} for row in hand_sentences_34(_h5, _pv, _m)]
# batches 35, 36 and 37 (blind, session 15: three more writers, on the North-East, North-West and the coast;
# business and securities news on manufacturers and banks; supporting-industry sectors) likewise keep theirs
HAND += [row | {"batch": 35} for row in hand_sentences_35(_h5, _pv, _m)]
HAND += [row | {"batch": 36} for row in hand_sentences_36(_h5, _pv, _m)]
HAND += [row | {"batch": 37} for row in hand_sentences_37(_h5, _pv, _m)]
# batches 38, 39 and 40 (blind, session 16: three more writers, on the Red River delta and the North-Central
# coast; trade, orders and tenders; park developers and leases) likewise keep their numbers
HAND += [row | {"batch": 38} for row in hand_sentences_38(_h5, _pv, _m)]
HAND += [row | {"batch": 39} for row in hand_sentences_39(_h5, _pv, _m)]
HAND += [row | {"batch": 40} for row in hand_sentences_40(_h5, _pv, _m)]
# batches 41, 42 and 43 (blind, session 16: three more writers, on the South-East and the Mekong delta; the
# Centre and the Highlands; the northern midlands, mountains and coast) likewise keep their numbers
HAND += [row | {"batch": 41} for row in hand_sentences_41(_h5, _pv, _m)]
HAND += [row | {"batch": 42} for row in hand_sentences_42(_h5, _pv, _m)]
HAND += [row | {"batch": 43} for row in hand_sentences_43(_h5, _pv, _m)]
# batches 44, 45 and 46 (blind, session 16: three more writers, first four results only, on listed firms'
# disclosures and securities news; promotion conferences and FDI reports in the big cities;
# supporting-industry sectors) likewise keep their numbers
HAND += [row | {"batch": 44} for row in hand_sentences_44(_h5, _pv, _m)]
HAND += [row | {"batch": 45} for row in hand_sentences_45(_h5, _pv, _m)]
HAND += [row | {"batch": 46} for row in hand_sentences_46(_h5, _pv, _m)]
# batches 47, 48 and 49 (blind, session 16, first four results only: electronics FDI and its suppliers in
# the North; food, feed and equipment plants in the Mekong and the South-Central coast; government and
# association portals on supporting industry) likewise keep their numbers
HAND += [row | {"batch": 47} for row in hand_sentences_47(_h5, _pv, _m)]
HAND += [row | {"batch": 48} for row in hand_sentences_48(_h5, _pv, _m)]
HAND += [row | {"batch": 49} for row in hand_sentences_49(_h5, _pv, _m)]
# batches 50, 51 and 52 (blind, session 17, first four results only: the automotive and EV supply chain;
# corporate deals, acquisitions, joint ventures and credit in manufacturing; light industry and the district
# industrial clusters) likewise keep their numbers
HAND += [row | {"batch": 50} for row in hand_sentences_50(_h5, _pv, _m)]
HAND += [row | {"batch": 51} for row in hand_sentences_51(_h5, _pv, _m)]
HAND += [row | {"batch": 52} for row in hand_sentences_52(_h5, _pv, _m)]
# batches 53, 54 and 55 (blind, session 18, first four results only: electronics and component suppliers in
# the North; provincial supporting-industry policy, promotion conferences and supplier matchmaking; industrial
# parks and plants of the South and the Centre) likewise keep their numbers
HAND += [row | {"batch": 53} for row in hand_sentences_53(_h5, _pv, _m)]
HAND += [row | {"batch": 54} for row in hand_sentences_54(_h5, _pv, _m)]
HAND += [row | {"batch": 55} for row in hand_sentences_55(_h5, _pv, _m)]
# batches 56, 57 and 58 (blind, session 19, first four results only: car, motorbike and machinery parts
# suppliers; textiles, garments, leather and footwear; provincial investment promotion conferences of the
# North and the midlands) likewise keep their numbers
HAND += [row | {"batch": 56} for row in hand_sentences_56(_h5, _pv, _m)]
HAND += [row | {"batch": 57} for row in hand_sentences_57(_h5, _pv, _m)]
HAND += [row | {"batch": 58} for row in hand_sentences_58(_h5, _pv, _m)]
# batches 59, 60 and 61 (blind, session 20, first four results only: parks, licences and plants of the Mekong
# Delta and the South-Central coast; domestic mechanical, mould, plastics, rubber and packaging suppliers and
# business matching; steel, metals, shipbuilding, chemicals and the sector's corporate deals) likewise keep
# their numbers
HAND += [row | {"batch": 59} for row in hand_sentences_59(_h5, _pv, _m)]
HAND += [row | {"batch": 60} for row in hand_sentences_60(_h5, _pv, _m)]
HAND += [row | {"batch": 61} for row in hand_sentences_61(_h5, _pv, _m)]
# batches 62, 63 and 64 (blind, session 21, first four results only: energy and power-equipment supply chains;
# industrial investment in the North-Central region and the northern midlands and mountains; supplier
# development and business matching) likewise keep their numbers
HAND += [row | {"batch": 62} for row in hand_sentences_62(_h5, _pv, _m)]
HAND += [row | {"batch": 63} for row in hand_sentences_63(_h5, _pv, _m)]
HAND += [row | {"batch": 64} for row in hand_sentences_64(_h5, _pv, _m)]
# batches 65, 66 and 67 (blind, end of session 21, first four results only: electronics and precision
# components in the South and Southeast; machinery, food processing and logistics in the Central Highlands and
# the South-Central coast; the industrial parks of Hà Nội, Hải Phòng and Hưng Yên) likewise keep their numbers
HAND += [row | {"batch": 65} for row in hand_sentences_65(_h5, _pv, _m)]
HAND += [row | {"batch": 66} for row in hand_sentences_66(_h5, _pv, _m)]
HAND += [row | {"batch": 67} for row in hand_sentences_67(_h5, _pv, _m)]
# batches 68, 69 and 70 (blind, session 22, first four results only: textile, garment and footwear supply
# chains in the Red River Delta and the North; automotive, motorbike and mechanical parts; the Mekong Delta
# and the South-West) likewise keep their numbers
HAND += [row | {"batch": 68} for row in hand_sentences_68(_h5, _pv, _m)]
HAND += [row | {"batch": 69} for row in hand_sentences_69(_h5, _pv, _m)]
HAND += [row | {"batch": 70} for row in hand_sentences_70(_h5, _pv, _m)]
HAND += [row | {"batch": 71} for row in hand_sentences_71(_h5, _pv, _m)]
HAND += [row | {"batch": 72} for row in hand_sentences_72(_h5, _pv, _m)]
HAND += [row | {"batch": 73} for row in hand_sentences_73(_h5, _pv, _m)]
# batches 74, 75 and 76 (blind, session 24, first four results only: the Mekong Delta's machinery, cold
# storage and wind equipment; car, motorbike and battery parts; textile and footwear inputs in the Red River
# Delta and North Central) likewise keep their numbers
HAND += [row | {"batch": 74} for row in hand_sentences_74(_h5, _pv, _m)]
HAND += [row | {"batch": 75} for row in hand_sentences_75(_h5, _pv, _m)]
HAND += [row | {"batch": 76} for row in hand_sentences_76(_h5, _pv, _m)]
HAND += [row | {"batch": 77} for row in hand_sentences_77(_h5, _pv, _m)]
HAND += [row | {"batch": 78} for row in hand_sentences_78(_h5, _pv, _m)]
HAND += [row | {"batch": 79} for row in hand_sentences_79(_h5, _pv, _m)]
HAND += [row | {"batch": 80} for row in hand_sentences_80(_h5, _pv, _m)]
HAND += [row | {"batch": 81} for row in hand_sentences_81(_h5, _pv, _m)]
HAND += [row | {"batch": 82} for row in hand_sentences_82(_h5, _pv, _m)]
HAND += [row | {"batch": 83} for row in hand_sentences_83(_h5, _pv, _m)]
HAND += [row | {"batch": 84} for row in hand_sentences_84(_h5, _pv, _m)]
HAND += [row | {"batch": 85} for row in hand_sentences_85(_h5, _pv, _m)]
HAND += [row | {"batch": 86} for row in hand_sentences_86(_h5, _pv, _m)]
HAND += [row | {"batch": 87} for row in hand_sentences_87(_h5, _pv, _m)]
HAND += [row | {"batch": 88} for row in hand_sentences_88(_h5, _pv, _m)]
HAND += [row | {"batch": 89} for row in hand_sentences_89(_h5, _pv, _m)]
HAND += [row | {"batch": 90} for row in hand_sentences_90(_h5, _pv, _m)]
HAND += [row | {"batch": 91} for row in hand_sentences_91(_h5, _pv, _m)]
HAND += [row | {"batch": 92} for row in hand_sentences_92(_h5, _pv, _m)]
HAND += [row | {"batch": 93} for row in hand_sentences_93(_h5, _pv, _m)]
HAND += [row | {"batch": 94} for row in hand_sentences_94(_h5, _pv, _m)]
HAND += [row | {"batch": 95} for row in hand_sentences_95(_h5, _pv, _m)]
HAND += [row | {"batch": 96} for row in hand_sentences_96(_h5, _pv, _m)]
HAND += [row | {"batch": 97} for row in hand_sentences_97(_h5, _pv, _m)]
HAND += [row | {"batch": 98} for row in hand_sentences_98(_h5, _pv, _m)]
HAND += [row | {"batch": 99} for row in hand_sentences_99(_h5, _pv, _m)]
HAND += [row | {"batch": 100} for row in hand_sentences_100(_h5, _pv, _m)]
HAND += [row | {"batch": 101} for row in hand_sentences_101(_h5, _pv, _m)]
HAND += [row | {"batch": 102} for row in hand_sentences_102(_h5, _pv, _m)]
HAND += [row | {"batch": 103} for row in hand_sentences_103(_h5, _pv, _m)]
HAND += [row | {"batch": 104} for row in hand_sentences_104(_h5, _pv, _m)]
HAND += [row | {"batch": 105} for row in hand_sentences_105(_h5, _pv, _m)]
HAND += [row | {"batch": 106} for row in hand_sentences_106(_h5, _pv, _m)]
HAND += [row | {"batch": 107} for row in hand_sentences_107(_h5, _pv, _m)]
HAND += [row | {"batch": 108} for row in hand_sentences_108(_h5, _pv, _m)]
HAND += [row | {"batch": 109} for row in hand_sentences_109(_h5, _pv, _m)]
HAND += [row | {"batch": 110} for row in hand_sentences_110(_h5, _pv, _m)]
HAND += [row | {"batch": 111} for row in hand_sentences_111(_h5, _pv, _m)]
HAND += [row | {"batch": 112} for row in hand_sentences_112(_h5, _pv, _m)]
HAND += [row | {"batch": 113} for row in hand_sentences_113(_h5, _pv, _m)]
HAND += [row | {"batch": 114} for row in hand_sentences_114(_h5, _pv, _m)]
HAND += [row | {"batch": 115} for row in hand_sentences_115(_h5, _pv, _m)]
HAND += [row | {"batch": 116} for row in hand_sentences_116(_h5, _pv, _m)]
HAND += [row | {"batch": 117} for row in hand_sentences_117(_h5, _pv, _m)]
HAND += [row | {"batch": 118} for row in hand_sentences_118(_h5, _pv, _m)]
HAND += [row | {"batch": 119} for row in hand_sentences_119(_h5, _pv, _m)]
HAND += [row | {"batch": 120} for row in hand_sentences_120(_h5, _pv, _m)]
HAND += [row | {"batch": 121} for row in hand_sentences_121(_h5, _pv, _m)]
HAND += [row | {"batch": 122} for row in hand_sentences_122(_h5, _pv, _m)]
HAND += [row | {"batch": 123} for row in hand_sentences_123(_h5, _pv, _m)]
HAND += [row | {"batch": 124} for row in hand_sentences_124(_h5, _pv, _m)]
HAND += [row | {"batch": 125} for row in hand_sentences_125(_h5, _pv, _m)]
HAND += [row | {"batch": 126} for row in hand_sentences_126(_h5, _pv, _m)]
HAND += [row | {"batch": 127} for row in hand_sentences_127(_h5, _pv, _m)]
HAND += [row | {"batch": 128} for row in hand_sentences_128(_h5, _pv, _m)]
HAND += [row | {"batch": 129} for row in hand_sentences_129(_h5, _pv, _m)]
HAND += [row | {"batch": 130} for row in hand_sentences_130(_h5, _pv, _m)]
HAND += [row | {"batch": 131} for row in hand_sentences_131(_h5, _pv, _m)]
HAND += [row | {"batch": 132} for row in hand_sentences_132(_h5, _pv, _m)]
HAND += [row | {"batch": 133} for row in hand_sentences_133(_h5, _pv, _m)]
HAND += [row | {"batch": 134} for row in hand_sentences_134(_h5, _pv, _m)]
HAND += [row | {"batch": 135} for row in hand_sentences_135(_h5, _pv, _m)]
HAND += [row | {"batch": 136} for row in hand_sentences_136(_h5, _pv, _m)]
HAND += [row | {"batch": 137} for row in hand_sentences_137(_h5, _pv, _m)]
HAND += [row | {"batch": 138} for row in hand_sentences_138(_h5, _pv, _m)]
HAND += [row | {"batch": 139} for row in hand_sentences_139(_h5, _pv, _m)]
HAND += [row | {"batch": 140} for row in hand_sentences_140(_h5, _pv, _m)]
HAND += [row | {"batch": 141} for row in hand_sentences_141(_h5, _pv, _m)]
HAND += [row | {"batch": 142} for row in hand_sentences_142(_h5, _pv, _m)]
HAND += [row | {"batch": 143} for row in hand_sentences_143(_h5, _pv, _m)]
HAND += [row | {"batch": 144} for row in hand_sentences_144(_h5, _pv, _m)]
HAND += [row | {"batch": 145} for row in hand_sentences_145(_h5, _pv, _m)]
HAND += [row | {"batch": 146} for row in hand_sentences_146(_h5, _pv, _m)]
HAND += [row | {"batch": 147} for row in hand_sentences_147(_h5, _pv, _m)]
HAND += [row | {"batch": 148} for row in hand_sentences_148(_h5, _pv, _m)]
HAND += [row | {"batch": 149} for row in hand_sentences_149(_h5, _pv, _m)]
HAND += [row | {"batch": 150} for row in hand_sentences_150(_h5, _pv, _m)]
HAND += [row | {"batch": 151} for row in hand_sentences_151(_h5, _pv, _m)]
HAND += [row | {"batch": 152} for row in hand_sentences_152(_h5, _pv, _m)]
HAND += [row | {"batch": 153} for row in hand_sentences_153(_h5, _pv, _m)]
HAND += [row | {"batch": 154} for row in hand_sentences_154(_h5, _pv, _m)]
HAND += [row | {"batch": 155} for row in hand_sentences_155(_h5, _pv, _m)]
HAND += [row | {"batch": 156} for row in hand_sentences_156(_h5, _pv, _m)]
HAND += [row | {"batch": 157} for row in hand_sentences_157(_h5, _pv, _m)]
HAND += [row | {"batch": 158} for row in hand_sentences_158(_h5, _pv, _m)]
HAND += [row | {"batch": 159} for row in hand_sentences_159(_h5, _pv, _m)]
HAND += [row | {"batch": 160} for row in hand_sentences_160(_h5, _pv, _m)]
HAND += [row | {"batch": 161} for row in hand_sentences_161(_h5, _pv, _m)]
HAND += [row | {"batch": 162} for row in hand_sentences_162(_h5, _pv, _m)]
HAND += [row | {"batch": 163} for row in hand_sentences_163(_h5, _pv, _m)]
HAND += [row | {"batch": 164} for row in hand_sentences_164(_h5, _pv, _m)]
HAND += [row | {"batch": 165} for row in hand_sentences_165(_h5, _pv, _m)]
HAND += [row | {"batch": 166} for row in hand_sentences_166(_h5, _pv, _m)]
HAND += [row | {"batch": 167} for row in hand_sentences_167(_h5, _pv, _m)]
HAND += [row | {"batch": 168} for row in hand_sentences_168(_h5, _pv, _m)]
HAND += [row | {"batch": 169} for row in hand_sentences_169(_h5, _pv, _m)]


def main() -> None:
    rows = build()
    path = HERE / "sentences.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences -> {path}")


if __name__ == "__main__":
    main()
