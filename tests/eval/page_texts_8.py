# ruff: noqa: E501  (hand-written Vietnamese text: long string literals)
"""Batch 8 (blind) pages: a southern provincial paper, a Báo Chính phủ-like communiqué and a provincial
plan after the 2025 merger, written before the tagger code was read (fictional firms and people).

The two news pages also carry `tags`: the gold of every sentence field (build_sentences.py conventions)
over the page's main text, so that `extract.evaluate` scores the taggers on whole documents, where a deal's
parties may be named in the sentence after the signing verb and aliases repeat.
"""

from __future__ import annotations

from typing import Any

from tests.eval.page_texts import cite, legal, news


def _firm(name: str, form: str | None = None) -> dict[str, Any]:
    return {"name": name, "legal_form": form}


def _deal(kind: str, parties: list[str], amount: float | None = None, province: str | None = None) -> dict:
    return {"kind": kind, "parties": parties, "amount": amount, "province": province}


def _tags(**gold: list[Any]) -> dict[str, list[Any]]:
    fields = ("firms", "organizations", "persons", "provinces", "money", "percentages", "decisions", "deals")
    return {f: gold.get(f, []) for f in fields}


DONG_NAI = news(
    "dong-nai-fdi-ky-ket-cung-ung-3-nha-cung-cap",
    "provincial",
    "Đồng Nai: doanh nghiệp FDI ký kết cung ứng với 3 nhà cung cấp trong nước",
    "2025-09-12T09:15:00+07:00",
    "Thứ Sáu, 12/09/2025 - 09:15",
    "Sáng 11/9, tại KCN Nhơn Trạch 2, Công ty TNHH Hyosung Đồng Nai đã ký hợp đồng cung ứng linh kiện "
    "với ba doanh nghiệp công nghiệp hỗ trợ của tỉnh, tổng giá trị khoảng 8 triệu USD mỗi năm.",
    [
        "Ba doanh nghiệp được chọn là Công ty CP Cơ khí Tân Mai, Công ty TNHH Nhựa kỹ thuật Long Bình và "
        "Công ty TNHH Bao bì Phước Tân. Các hợp đồng có thời hạn 3 năm, bắt đầu từ quý IV/2025.",
        "Phát biểu tại buổi lễ, ông Nguyễn Văn Út – Phó Chủ tịch UBND tỉnh Đồng Nai – đánh giá đây là kết "
        "quả của chương trình kết nối cung cầu do Sở Công Thương phối hợp với Bosch và Canon tổ chức từ đầu năm.",
        "Theo Kế hoạch số 312/KH-UBND ngày 05/3/2025 của UBND tỉnh, đến cuối năm 2025 Đồng Nai phấn đấu có "
        "thêm 50 doanh nghiệp trở thành nhà cung cấp cho các tập đoàn đa quốc gia.",
        "Trong khi đó, Công ty TNHH Điện tử Đồng Tiến vẫn chưa ký hợp đồng với đối tác Nhật Bản do chưa đạt "
        "chứng chỉ chất lượng của ngành ô tô.",
    ],
    paper="Đồng Nai",
    caption="Lễ ký kết hợp đồng cung ứng tại KCN Nhơn Trạch 2.",
    author="Hoàng Lộc",
)
DONG_NAI["batch"] = 8
DONG_NAI["tags"] = _tags(
    firms=[
        _firm("Hyosung Đồng Nai", "Công ty TNHH"),
        _firm("Cơ khí Tân Mai", "Công ty CP"),
        _firm("Nhựa kỹ thuật Long Bình", "Công ty TNHH"),
        _firm("Bao bì Phước Tân", "Công ty TNHH"),
        _firm("Bosch"),
        _firm("Canon"),
        _firm("Điện tử Đồng Tiến", "Công ty TNHH"),
    ],
    organizations=["Ủy ban nhân dân tỉnh Đồng Nai", "Sở Công Thương", "Ủy ban nhân dân tỉnh"],
    persons=[{"name": "Nguyễn Văn Út", "role": "Phó Chủ tịch UBND tỉnh Đồng Nai"}],
    provinces=[{"name": "Đồng Nai", "current": "Tỉnh Đồng Nai"}],
    money=[{"amount": 8_000_000, "currency": "USD", "per": "year", "approximate": True}],
    decisions=[{"number": "312/KH-UBND", "date": "2025-03-05"}],
    deals=[
        _deal("supply_contract", ["Hyosung Đồng Nai", "Cơ khí Tân Mai"], 8_000_000),
        _deal("supply_contract", ["Hyosung Đồng Nai", "Nhựa kỹ thuật Long Bình"], 8_000_000),
        _deal("supply_contract", ["Hyosung Đồng Nai", "Bao bì Phước Tân"], 8_000_000),
    ],
)

CHINH_PHU = news(
    "pho-thu-tuong-lam-viec-tap-doan-dien-tu-noi-dia-hoa",
    "ministry",
    "Phó Thủ tướng làm việc với các tập đoàn điện tử về nội địa hóa chuỗi cung ứng",
    "2025-10-08T16:20:00+07:00",
    "08/10/2025 16:20",
    "Chiều 8/10, tại trụ sở Chính phủ, Phó Thủ tướng Bùi Thanh Sơn đã làm việc với lãnh đạo Samsung, "
    "LG và Foxconn về lộ trình nâng tỷ lệ nội địa hóa lên 40% vào năm 2030.",
    [
        "Tham dự buổi làm việc có Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên, Thứ trưởng Bộ Tài chính Nguyễn "
        "Đức Chi cùng đại diện Văn phòng Chính phủ.",
        "Theo báo cáo của Bộ Công Thương, năm 2024 kim ngạch xuất khẩu của ba tập đoàn đạt gần 95 tỷ USD, "
        "chiếm khoảng 23% tổng kim ngạch xuất khẩu cả nước; tuy nhiên giá trị gia tăng trong nước mới đạt "
        "15-20%.",
        "Ông Choi Joo Ho, Tổng Giám đốc Tổ hợp Samsung Việt Nam, cho biết tập đoàn dự kiến ký biên bản ghi "
        "nhớ với Tập đoàn Viettel về đào tạo kỹ sư bán dẫn trong tháng 11.",
        "Kết luận buổi làm việc, Phó Thủ tướng giao Bộ Công Thương khẩn trương trình Chính phủ dự thảo Nghị "
        "định thay thế Nghị định số 111/2015/NĐ-CP, hoàn thành trước ngày 31/12/2025.",
    ],
    caption="Phó Thủ tướng Bùi Thanh Sơn phát biểu tại buổi làm việc.",
    author="Thu Hằng",
)
CHINH_PHU["batch"] = 8
CHINH_PHU["tags"] = _tags(
    firms=[_firm("Samsung"), _firm("LG"), _firm("Foxconn"), _firm("Viettel", "Tập đoàn")],
    organizations=["Chính phủ", "Bộ Công Thương", "Bộ Tài chính", "Văn phòng Chính phủ"],
    persons=[
        {"name": "Bùi Thanh Sơn", "role": "Phó Thủ tướng"},
        {"name": "Nguyễn Hồng Diên", "role": "Bộ trưởng Bộ Công Thương"},
        {"name": "Nguyễn Đức Chi", "role": "Thứ trưởng Bộ Tài chính"},
        {"name": "Choi Joo Ho", "role": "Tổng Giám đốc Tổ hợp Samsung Việt Nam"},
        {"name": "Thu Hằng", "role": None},  # the by-line the page ends with (its author)
    ],
    money=[{"amount": 95_000_000_000, "currency": "USD", "per": None, "approximate": True}],
    percentages=[40.0, 23.0, 15.0, 20.0],
    decisions=[{"number": "111/2015/NĐ-CP", "date": None}],
    deals=[_deal("mou", ["Samsung", "Viettel"])],
)

QUANG_NGAI = legal(
    "ke-hoach-98-kh-ubnd-quang-ngai-2025",
    "98/KH-UBND",
    "Kế hoạch",
    "Triển khai Chương trình phát triển công nghiệp hỗ trợ trên địa bàn tỉnh Quảng Ngãi giai đoạn 2025 - 2030",
    "UBND tỉnh Quảng Ngãi",
    "ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG NGÃI",
    "Trần Phước Hiền",
    "15/10/2025",
    "Quảng Ngãi, ngày 15 tháng 10 năm 2025",
    [
        "Căn cứ Nghị định số 205/2025/NĐ-CP ngày 14/7/2025 của Chính phủ về phát triển công nghiệp hỗ trợ;",
        "Căn cứ quyết định số 1135 / qđ-ttg ngày 20/9/2024 của Thủ tướng Chính phủ;",
        "Căn cứ Thông tư số 09/2025/TT-BCT ngày 01/3/2025 của Bộ Công Thương;",
    ],
    [
        "I. MỤC TIÊU: đến năm 2030, toàn tỉnh có khoảng 120 doanh nghiệp công nghiệp hỗ trợ, trong đó ít nhất "
        "15 doanh nghiệp trở thành nhà cung cấp cấp 1 cho các tập đoàn đa quốc gia tại Khu kinh tế Dung Quất.",
        "II. NHIỆM VỤ: Sở Công Thương chủ trì, phối hợp với Ban Quản lý Khu kinh tế Dung Quất và các khu công "
        "nghiệp Quảng Ngãi kêu gọi Tập đoàn Hòa Phát, Doosan Enerbility và Công ty TNHH Hyosung Việt Nam mở "
        "rộng chuỗi cung ứng.",
        "III. KINH PHÍ: tổng kinh phí dự kiến 36,5 tỷ đồng, trong đó ngân sách tỉnh 30 tỷ đồng, còn lại từ "
        "nguồn xã hội hóa.",
        "IV. TỔ CHỨC THỰC HIỆN: UBND các xã, phường, đặc khu định kỳ báo cáo kết quả về Sở Công Thương trước "
        "ngày 15/12 hằng năm./.",
    ],
    [
        cite("205/2025/NĐ-CP", "Nghị định", "Chính phủ", "2025-07-14"),
        cite("1135/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ", "2024-09-20"),
        cite("09/2025/TT-BCT", "Thông tư", "Bộ Công Thương", "2025-03-01"),
    ],
)
QUANG_NGAI["batch"] = 8

NEWS_8 = [DONG_NAI, CHINH_PHU]
LEGAL_8 = [QUANG_NGAI]
