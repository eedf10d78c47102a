"""Build the PDF attachments of the sample decisions portal (site/vanban/files/<slug>.pdf).

Standard library only: each file is a hand-written one-page PDF 1.4 (catalog, pages, page,
Helvetica font, one uncompressed text stream, info dictionary) with a correct xref table, so
any PDF text extractor can read it. The text is an ASCII (unaccented Vietnamese) summary of the
decision; the output is deterministic, so re-running it leaves the committed files unchanged.

    python crawlers/sample_site/make_attachments.py
"""

from __future__ import annotations

import textwrap
import unicodedata
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parent / "site" / "vanban" / "files"
PAGE_W, PAGE_H = 595, 842  # A4 in points
MARGIN, FONT_SIZE, LEADING, WRAP = 56, 11, 15, 88
NOTE = "Ban tom tat phuc vu tra cuu; van ban chinh thuc la ban co chu ky, dong dau cua co quan ban hanh."

DOCS = [
    {
        "slug": "quyet-dinh-18-2023-qd-ubnd-quy-dinh-quan-ly-chuong-trinh-phat-trien-cnht",
        "issuer_lines": ["ỦY BAN NHÂN DÂN TỈNH BẮC NINH"],
        "number": "18/2023/QĐ-UBND",
        "doc_type": "QUYẾT ĐỊNH",
        "title": (
            "Ban hành Quy định quản lý và thực hiện Chương trình phát triển công "
            "nghiệp hỗ trợ trên địa bàn tỉnh Bắc Ninh giai đoạn 2023 – 2025"
        ),
        "issued": "21/06/2023",
        "effective": "05/07/2023",
        "signer": "Đào Quang Tiến",
        "summary": [
            (
                "Quy định áp dụng đối với tổ chức, cá nhân tham gia Chương trình phát "
                "triển công nghiệp hỗ trợ của tỉnh giai đoạn 2023 - 2025."
            ),
            (
                "Nội dung hỗ trợ gồm: tư vấn cải tiến sản xuất, đào tạo nhân lực, kết "
                "nối với doanh nghiệp FDI, xúc tiến thương mại và ứng dụng chuyển giao "
                "công nghệ."
            ),
            "Tổng kinh phí dự kiến từ ngân sách tỉnh cho cả giai đoạn: 45 tỷ đồng.",
        ],
    },
    {
        "slug": "quyet-dinh-1452-qd-ubnd-thanh-lap-cum-cong-nghiep-dai-xuan-2",
        "issuer_lines": ["ỦY BAN NHÂN DÂN TỈNH BẮC NINH"],
        "number": "1452/QĐ-UBND",
        "doc_type": "QUYẾT ĐỊNH",
        "title": "Về việc thành lập Cụm công nghiệp Đại Xuân 2, huyện Quế Võ, tỉnh Bắc Ninh",
        "issued": "09/10/2024",
        "effective": "09/10/2024",
        "signer": "Ngô Văn Khang",
        "summary": [
            (
                "Thành lập Cụm công nghiệp Đại Xuân 2 tại xã Đại Xuân và xã Nhân Hòa, "
                "huyện Quế Võ; diện tích 62,4 ha."
            ),
            ("Chủ đầu tư hạ tầng: Công ty CP Đầu tư hạ tầng Quế Lâm. Tổng vốn đầu tư: 1.268 tỷ đồng."),
            (
                "Ngành nghề thu hút: cơ khí chế tạo, linh kiện điện tử, sản phẩm công "
                "nghiệp hỗ trợ, vật liệu mới."
            ),
        ],
    },
    {
        "slug": "ke-hoach-215-kh-ubnd-xuc-tien-dau-tu-va-phat-trien-cnht-nam-2025",
        "issuer_lines": ["ỦY BAN NHÂN DÂN TỈNH BẮC NINH"],
        "number": "215/KH-UBND",
        "doc_type": "KẾ HOẠCH",
        "title": "Xúc tiến đầu tư và phát triển công nghiệp hỗ trợ tỉnh Bắc Ninh năm 2025",
        "issued": "28/02/2025",
        "effective": "28/02/2025",
        "signer": "Ngô Văn Khang",
        "summary": [
            "Kế hoạch xúc tiến đầu tư và phát triển công nghiệp hỗ trợ năm 2025.",
            (
                "Nội dung: 02 hội nghị xúc tiến đầu tư tại Nhật Bản và Hàn Quốc; 03 hội "
                "nghị kết nối cung - cầu; cơ sở dữ liệu doanh nghiệp công nghiệp hỗ "
                "trợ."
            ),
            "Tổng kinh phí dự kiến: 12,5 tỷ đồng.",
        ],
    },
    {
        "slug": "nghi-quyet-12-2024-nq-hdnd-chinh-sach-ho-tro-dnnvv-tham-gia-chuoi-cung-ung-cnht",
        "issuer_lines": ["HỘI ĐỒNG NHÂN DÂN TỈNH BẮC NINH"],
        "number": "12/2024/NQ-HĐND",
        "doc_type": "NGHỊ QUYẾT",
        "title": (
            "Quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa tham gia chuỗi cung "
            "ứng công nghiệp hỗ trợ trên địa bàn tỉnh Bắc Ninh"
        ),
        "issued": "11/07/2024",
        "effective": "22/07/2024",
        "signer": "Trịnh Thị Hồng Nhung",
        "summary": [
            ("Chính sách hỗ trợ doanh nghiệp nhỏ và vừa tham gia chuỗi cung ứng công nghiệp hỗ trợ."),
            (
                "Mức hỗ trợ: 50% chi phí tư vấn, tối đa 300 triệu đồng/doanh "
                "nghiệp/năm; 100% học phí đào tạo, tối đa 50 triệu đồng/khóa học; hỗ "
                "trợ lãi suất 2%/năm, tối đa 1 tỷ đồng/dự án."
            ),
            "Tổng kinh phí dự kiến giai đoạn 2024 - 2026: 60 tỷ đồng.",
        ],
    },
    {
        "slug": "quyet-dinh-27-2025-qd-ubnd-sua-doi-quy-dinh-chuong-trinh-phat-trien-cnht",
        "issuer_lines": ["ỦY BAN NHÂN DÂN TỈNH BẮC NINH"],
        "number": "27/2025/QĐ-UBND",
        "doc_type": "QUYẾT ĐỊNH",
        "title": (
            "Sửa đổi, bổ sung một số điều của Quy định quản lý và thực hiện Chương "
            "trình phát triển công nghiệp hỗ trợ trên địa bàn tỉnh Bắc Ninh ban "
            "hành kèm theo Quyết định số 18/2023/QĐ-UBND"
        ),
        "issued": "26/05/2025",
        "effective": "10/06/2025",
        "signer": "Đào Quang Tiến",
        "summary": [
            "Sửa đổi, bổ sung Quy định ban hành kèm theo Quyết định số 18/2023/QĐ-UBND.",
            (
                "Mức hỗ trợ tư vấn cải tiến sản xuất: tối đa 70% chi phí, không quá 400 "
                "triệu đồng cho một đề án."
            ),
            ("Bổ sung nội dung hỗ trợ chuyển đổi số trong quản lý sản xuất và quản trị chuỗi cung ứng."),
        ],
    },
    {
        "slug": "quyet-dinh-52-2025-qd-ubnd-ho-tro-doi-moi-cong-nghe-chuyen-doi-so-doanh-nghiep-cnht",
        "issuer_lines": ["ỦY BAN NHÂN DÂN TỈNH BẮC NINH"],
        "number": "52/2025/QĐ-UBND",
        "doc_type": "QUYẾT ĐỊNH",
        "title": (
            "Ban hành Quy định hỗ trợ đổi mới công nghệ và chuyển đổi số cho doanh "
            "nghiệp công nghiệp hỗ trợ trên địa bàn tỉnh Bắc Ninh giai đoạn 2026 – "
            "2030"
        ),
        "issued": "18/12/2025",
        "effective": "01/01/2026",
        "signer": "Phan Đức Mạnh",
        "summary": [
            (
                "Quy định hỗ trợ đổi mới công nghệ và chuyển đổi số cho doanh nghiệp "
                "công nghiệp hỗ trợ giai đoạn 2026 - 2030."
            ),
            ("Mức hỗ trợ tối đa 1,5 tỷ đồng cho một dự án; tổng kinh phí dự kiến 150 tỷ đồng."),
            (
                "Thay thế Quyết định số 18/2023/QĐ-UBND và Quyết định số "
                "27/2025/QĐ-UBND kể từ ngày 01/01/2026."
            ),
        ],
    },
]


def ascii_fold(text: str) -> str:
    """Unaccented ASCII form of Vietnamese text (Helvetica/WinAnsi has no Vietnamese glyphs)."""
    text = text.translate(str.maketrans({"đ": "d", "Đ": "D", "–": "-", "“": '"', "”": '"'}))
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return text.encode("ascii", "replace").decode("ascii")


def pdf_string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def page_lines(doc: dict) -> list[str]:
    lines = [
        *doc["issuer_lines"],
        f"So: {doc['number']}",
        "CONG HOA XA HOI CHU NGHIA VIET NAM - Doc lap - Tu do - Hanh phuc",
        "",
    ]
    lines.append(doc["doc_type"])
    lines += textwrap.wrap(doc["title"], WRAP)
    lines += ["", f"Ngay ban hanh: {doc['issued']}", f"Ngay hieu luc: {doc['effective']}"]
    lines += [f"Nguoi ky: {doc['signer']}", ""]
    lines.append("TOM TAT NOI DUNG")
    for para in doc["summary"]:
        lines += textwrap.wrap("- " + para, WRAP, subsequent_indent="  ")
    lines.append("")
    lines += textwrap.wrap(NOTE, WRAP)
    return [ascii_fold(line) for line in lines]


def build_pdf(doc: dict) -> bytes:
    ops = [f"BT /F1 {FONT_SIZE} Tf {LEADING} TL {MARGIN} {PAGE_H - MARGIN} Td"]
    for line in page_lines(doc):
        ops.append(f"{pdf_string(line)} Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("ascii")
    title = ascii_fold(f"{doc['number']} - {doc['title']}")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
            "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        ).encode("ascii"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode("ascii") + b" >>\nstream\n" + stream + b"\nendstream",
        f"<< /Title {pdf_string(title)} /Producer (cnht make_attachments.py) >>".encode("ascii"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode("ascii") + body + b"\nendobj\n"
    xref_at = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode("ascii")
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode("ascii")
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
        f"startxref\n{xref_at}\n%%EOF\n"
    ).encode("ascii")
    return bytes(out)


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        path = OUT_DIR / f"{doc['slug']}.pdf"
        path.write_bytes(build_pdf(doc))
        print(path.relative_to(OUT_DIR.parents[2]))


if __name__ == "__main__":
    main()
