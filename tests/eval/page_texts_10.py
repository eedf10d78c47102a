"""Batch 10 (blind, real-text shapes) pages: three short news pages written after reading real provincial
and ministry articles (no sentence taken from them) and before the tagger code was read, with fictional or
well-known firms: a licence ceremony whose projects are named in the body after a lead with the count and
the total, a ministry supplier-connection event with a contract and an MoU, and a groundbreaking with the
licence recalled and an MoU between the province and the investor's group.

`tags` holds the gold of every sentence field over the main text (build_sentences.py conventions) and
`events` the deal events of the page (hand_sentences_10.py conventions), each event once however many times
the page repeats it.
"""

from __future__ import annotations

from typing import Any

from tests.eval.page_texts import news


def _firm(name: str, form: str | None = None) -> dict[str, Any]:
    return {"name": name, "legal_form": form}


def _deal(kind: str, parties: list[str], amount: float | None = None, province: str | None = None) -> dict:
    return {"kind": kind, "parties": parties, "amount": amount, "province": province}


def _m(amount: float, currency: str, per: str | None = None, approx: bool = False) -> dict[str, Any]:
    return {"amount": amount, "currency": currency, "per": per, "approximate": approx}


def _ev(
    kind: str,
    parties: list[tuple[str, str]],
    amount: float | None,
    currency: str | None,
    province: str | None,
    status: str,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "parties": [{"name": n, "type": t} for n, t in parties],
        "amount": amount,
        "currency": currency,
        "province": province,
        "status": status,
    }


def _tags(**gold: list[Any]) -> dict[str, list[Any]]:
    fields = ("firms", "organizations", "persons", "provinces", "money", "percentages", "decisions", "deals")
    return {f: gold.get(f, []) for f in fields} | {"events": gold.get("events", [])}


PT, HY = "Tỉnh Phú Thọ", "Tỉnh Hưng Yên"

PHU_THO = news(
    "phu-tho-trao-giay-chung-nhan-6-du-an-fdi",
    "provincial",
    "Phú Thọ trao giấy chứng nhận đầu tư cho 6 dự án FDI, tổng vốn 412 triệu USD",
    "2025-10-17T10:05:00+07:00",
    "Thứ Sáu, 17/10/2025 - 10:05",
    "Chiều 16/10, UBND tỉnh Phú Thọ tổ chức lễ trao Giấy chứng nhận đăng ký đầu tư cho 6 dự án FDI với "
    "tổng vốn đăng ký 412 triệu USD.",
    [
        "Dự án có vốn lớn nhất là nhà máy sản xuất bảng mạch điện tử của Công ty TNHH Công nghệ Điện tử "
        "Hengtong Việt Nam (Trung Quốc) tại KCN Phú Hà, vốn 150 triệu USD. Tiếp theo là dự án nhà máy linh "
        "kiện quang học của Sunwoda Co., Ltd tại KCN Khai Quang, vốn 95 triệu USD.",
        "Cùng dịp, Công ty TNHH Mitsuba Việt Nam nhận giấy chứng nhận điều chỉnh, tăng vốn thêm 40 triệu USD "
        "cho nhà máy mô-tơ.",
        "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh Trần Duy Đông đề nghị các nhà đầu tư sớm khởi công dự án "
        "ngay trong quý I/2026.",
        "Lũy kế đến nay, tỉnh có 689 dự án FDI còn hiệu lực với tổng vốn đăng ký khoảng 9,8 tỷ USD.",
    ],
    paper="Phú Thọ",
    caption="Lãnh đạo tỉnh trao giấy chứng nhận cho các nhà đầu tư.",
    author="Hà Anh",
)
PHU_THO["batch"] = 10
PHU_THO["tags"] = _tags(
    firms=[
        _firm("Công nghệ Điện tử Hengtong", "Công ty TNHH"),
        _firm("Sunwoda", "Co., Ltd."),
        _firm("Mitsuba", "Công ty TNHH"),
    ],
    organizations=["Ủy ban nhân dân tỉnh Phú Thọ", "Ủy ban nhân dân tỉnh"],
    persons=[{"name": "Trần Duy Đông", "role": "Chủ tịch UBND tỉnh"}],
    provinces=[{"name": "Phú Thọ", "current": PT}],
    money=[
        _m(412_000_000, "USD"),
        _m(150_000_000, "USD"),
        _m(95_000_000, "USD"),
        _m(40_000_000, "USD"),
        _m(9_800_000_000, "USD", approx=True),
    ],
    deals=[
        _deal("investment", ["Công nghệ Điện tử Hengtong"], 150_000_000, PT),
        _deal("investment", ["Sunwoda"], 95_000_000, PT),
        _deal("investment", ["Mitsuba"], 40_000_000, PT),
    ],
    events=[
        _ev(
            "investment_licence",
            [("UBND tỉnh Phú Thọ", "government"), ("Công nghệ Điện tử Hengtong", "firm")],
            150_000_000,
            "USD",
            PT,
            "licensed",
        ),
        _ev(
            "investment_licence",
            [("UBND tỉnh Phú Thọ", "government"), ("Sunwoda", "firm")],
            95_000_000,
            "USD",
            PT,
            "licensed",
        ),
        _ev("investment_licence", [("Mitsuba", "firm")], 40_000_000, "USD", PT, "licensed"),
    ],
)

KET_NOI = news(
    "ket-noi-cung-ung-23-doanh-nghiep-viet-ky-ket",
    "ministry",
    "Kết nối cung ứng: 23 doanh nghiệp Việt ký kết với tập đoàn đa quốc gia",
    "2025-09-25T15:40:00+07:00",
    "25/09/2025 15:40",
    "Ngày 24/9, tại Hà Nội, Cục Công nghiệp (Bộ Công Thương) phối hợp với Samsung Việt Nam tổ chức hội "
    "nghị kết nối cung ứng, thu hút hơn 300 doanh nghiệp tham dự.",
    [
        "Tại hội nghị, 23 doanh nghiệp Việt Nam đã ký hợp đồng hoặc biên bản ghi nhớ với các tập đoàn đa "
        "quốc gia. Trong đó, Công ty CP Cơ khí Chính xác Hà Đông ký hợp đồng cung cấp chi tiết khuôn cho "
        "Samsung Electro-Mechanics, trị giá 4,2 triệu USD.",
        "Công ty TNHH Nhựa Kỹ thuật Đại Dương và Tập đoàn Kyocera ký biên bản ghi nhớ về phát triển vật liệu "
        "nhựa chịu nhiệt cho linh kiện điện tử.",
        "Phạm Tuấn Anh, Phó Cục trưởng Cục Công nghiệp, cho biết số doanh nghiệp Việt là nhà cung ứng cấp 1 "
        "của Samsung đã tăng từ 25 lên 60 doanh nghiệp trong 10 năm.",
        "Theo Quyết định số 71/QĐ-TTg ngày 17/1/2024 của Thủ tướng Chính phủ, kinh phí cho chương trình phát "
        "triển công nghiệp hỗ trợ đến năm 2025 vào khoảng 870 tỷ đồng.",
    ],
    caption="Doanh nghiệp ký kết tại hội nghị kết nối cung ứng.",
    author="Lan Hương",
)
KET_NOI["batch"] = 10
KET_NOI["tags"] = _tags(
    firms=[
        _firm("Samsung"),
        _firm("Cơ khí Chính xác Hà Đông", "Công ty CP"),
        _firm("Samsung Electro-Mechanics"),
        _firm("Nhựa Kỹ thuật Đại Dương", "Công ty TNHH"),
        _firm("Kyocera", "Tập đoàn"),
    ],
    organizations=["Cục Công nghiệp", "Bộ Công Thương", "Thủ tướng Chính phủ"],
    persons=[{"name": "Phạm Tuấn Anh", "role": "Phó Cục trưởng Cục Công nghiệp"}],
    provinces=[{"name": "Hà Nội", "current": "Thành phố Hà Nội"}],
    money=[_m(4_200_000, "USD"), _m(870_000_000_000, "VND", approx=True)],
    decisions=[{"number": "71/QĐ-TTg", "date": "2024-01-17"}],
    deals=[
        _deal("supply_contract", ["Cơ khí Chính xác Hà Đông", "Samsung Electro-Mechanics"], 4_200_000),
        _deal("mou", ["Nhựa Kỹ thuật Đại Dương", "Kyocera"]),
    ],
    events=[
        _ev(
            "supply_contract",
            [("Cơ khí Chính xác Hà Đông", "firm"), ("Samsung Electro-Mechanics", "firm")],
            4_200_000,
            "USD",
            None,
            "signed",
        ),
        _ev("mou", [("Nhựa Kỹ thuật Đại Dương", "firm"), ("Kyocera", "firm")], None, None, None, "signed"),
    ],
)

HUNG_YEN = news(
    "hung-yen-khoi-cong-nha-may-linh-kien-o-to-1800-ty",
    "provincial",
    "Hưng Yên: khởi công nhà máy linh kiện ô tô 1.800 tỷ đồng",
    "2025-11-20T17:30:00+07:00",
    "Thứ Năm, 20/11/2025 - 17:30",
    "Sáng 20/11, tại KCN Liên Hà Thái, Công ty TNHH Phụ tùng Ô tô Daewon Việt Nam khởi công xây dựng nhà "
    "máy sản xuất linh kiện khung gầm, tổng vốn 1.800 tỷ đồng.",
    [
        "Nhà máy rộng 12 ha, dự kiến đi vào hoạt động từ quý IV/2026, sử dụng khoảng 1.500 lao động.",
        "Dự án được Ban Quản lý Khu kinh tế và các KCN tỉnh cấp giấy chứng nhận đăng ký đầu tư hồi tháng 7.",
        "Cùng ngày, UBND tỉnh Hưng Yên và Tập đoàn Daewon ký biên bản ghi nhớ về dự án thứ hai, vốn dự kiến "
        "khoảng 100 triệu USD.",
        "“Chúng tôi chọn Hưng Yên vì gần cảng Hải Phòng và có nguồn lao động dồi dào”, Lee Sang-hoon, Tổng "
        "giám đốc Daewon Việt Nam, nói.",
    ],
    paper="Hưng Yên",
    caption="Các đại biểu thực hiện nghi thức khởi công.",
    author="Quang Vinh",
)
HUNG_YEN["batch"] = 10
HUNG_YEN["tags"] = _tags(
    firms=[_firm("Phụ tùng Ô tô Daewon", "Công ty TNHH"), _firm("Daewon", "Tập đoàn")],
    organizations=["Ban Quản lý Khu kinh tế và các Khu công nghiệp tỉnh", "Ủy ban nhân dân tỉnh Hưng Yên"],
    persons=[{"name": "Lee Sang-hoon", "role": "Tổng giám đốc Daewon Việt Nam"}],
    provinces=[
        {"name": "Hưng Yên", "current": HY},
        {"name": "Hải Phòng", "current": "Thành phố Hải Phòng"},
    ],
    money=[_m(1_800_000_000_000, "VND"), _m(100_000_000, "USD", approx=True)],
    deals=[
        _deal("groundbreaking", ["Phụ tùng Ô tô Daewon"], 1_800_000_000_000, HY),
        _deal("investment", ["Phụ tùng Ô tô Daewon"], None, HY),
        _deal("investment", ["Daewon"], 100_000_000, HY),
    ],
    events=[
        _ev("groundbreaking", [("Phụ tùng Ô tô Daewon", "firm")], 1_800_000_000_000, "VND", HY, "started"),
        _ev(
            "investment_licence",
            [("Ban Quản lý Khu kinh tế và các KCN tỉnh", "government"), ("Phụ tùng Ô tô Daewon", "firm")],
            None,
            None,
            HY,
            "licensed",
        ),
        _ev(
            "mou",
            [("UBND tỉnh Hưng Yên", "government"), ("Daewon", "firm")],
            100_000_000,
            "USD",
            HY,
            "signed",
        ),
    ],
)

NEWS_10 = [PHU_THO, KET_NOI, HUNG_YEN]
