"""Learnt page templates on a test site of portal pages that share one template and have no site rules:
menus and a footer in unnamed <div>s, a login notice repeated five times, a "featured documents" box, a
related-documents widget, around decision bodies that repeat their own boilerplate ("QUYẾT ĐỊNH:",
"Nơi nhận:", the national motto). Every string here is written for this test."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from crawlers.archive import RawArchive
from extract import extract_document
from extract.page import parse_html
from extract.templates import Template, learn
from flows.stages.extract import extract_archived
from flows.stages.templates import SourceTemplates, forget, template_path
from search.store import open_store

HOST = "https://vanban.tinh-mau.gov.vn"
MENU = ["Trang chủ", "Giới thiệu", "Văn bản chỉ đạo", "Văn bản pháp quy", "Thủ tục hành chính", "Liên hệ"]
LOGIN = "Vui lòng đăng nhập để tải toàn văn và theo dõi hiệu lực văn bản."
FOOTER = [
    "Cơ quan chủ quản: Văn phòng Ủy ban nhân dân tỉnh Mẫu",
    "Địa chỉ: số 1 đường Trung Tâm, thành phố Mẫu. Điện thoại: 0200 3000 000",
    "Chịu trách nhiệm chính: Chánh Văn phòng Ủy ban nhân dân tỉnh",
    "Giấy phép số 15/GP-TTĐT ngày 2/3/2021 của Sở Thông tin và Truyền thông",
]
FEATURED = [f"Quyết định {n}/2024/QĐ-UBND về quy chế quản lý cụm công nghiệp" for n in (3, 7)]
WIDGET_TITLE = "Văn bản liên quan"
STATS = "Thống kê truy cập"
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
TOPICS = [
    "hỗ trợ doanh nghiệp công nghiệp hỗ trợ đổi mới công nghệ",
    "thành lập cụm công nghiệp phía Bắc của tỉnh",
    "danh mục dự án kêu gọi đầu tư vào khu công nghiệp",
    "kế hoạch phát triển nguồn nhân lực ngành cơ khí",
    "quy chế phối hợp quản lý các cụm công nghiệp",
    "chương trình khuyến công giai đoạn 2025 - 2030",
]
VERBS = [
    "Giao Sở Công Thương",
    "Giao Sở Tài chính",
    "Ủy ban nhân dân các huyện",
    "Ban Quản lý các khu công nghiệp",
]
TASKS = [
    "chủ trì hướng dẫn doanh nghiệp lập hồ sơ đề nghị hỗ trợ theo quy định",
    "bố trí kinh phí thực hiện từ nguồn ngân sách tỉnh năm {y}",
    "tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày {d} tháng 12",
    "phối hợp rà soát quỹ đất cho các dự án sản xuất linh kiện và phụ tùng",
    "kiểm tra việc chấp hành pháp luật về môi trường của {k} doanh nghiệp trong cụm",
]


def chrome_strings() -> list[str]:
    return [*MENU, LOGIN, *FOOTER, *FEATURED, WIDGET_TITLE, STATS]


def body_lines(n: int) -> tuple[str, str, list[str]]:
    """(number, title, body lines) of test decision `n`: body lines unique to it but for the boilerplate."""
    rng = random.Random(n)
    number = f"{n}/2024/QĐ-UBND"
    title = f"Về việc {TOPICS[n % len(TOPICS)]} (đợt {n})"
    lines = [
        f"Căn cứ Nghị quyết số {10 + n}/2023/NQ-HĐND của Hội đồng nhân dân tỉnh về {TOPICS[(n + 1) % 6]};"
    ]
    lines.append("QUYẾT ĐỊNH:")
    for article in range(1, rng.randrange(3, 6)):
        task = rng.choice(TASKS).format(y=2024 + n % 3, d=10 + n % 15, k=5 + n)
        lines.append(f"Điều {article}. {rng.choice(VERBS)} {task} (văn bản {n}, điều {article}).")
    lines.append("Nơi nhận:")
    lines.append(f"Như Điều {article}; Lưu: VT, KT{n}.")
    return number, title, lines


def portal_page(n: int) -> str:
    number, title, lines = body_lines(n)
    rng = random.Random(1000 + n)
    related = "".join(
        f'<li><a href="/vb/{k}.html">Quyết định {k}/2023/QĐ-UBND về {rng.choice(TOPICS)}</a></li>'
        for k in rng.sample(range(100, 400), 8)
    )
    menu = "".join(f'<span class="i"><a href="/m/{i}">{m}</a></span>' for i, m in enumerate(MENU))
    featured = "".join(f'<p class="f"><a href="/vb/f{i}.html">{f}</a></p>' for i, f in enumerate(FEATURED))
    footer = "".join(f"<p>{line}</p>" for line in FOOTER)
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<div class="dau-trang"><div class="ten">Cổng văn bản tỉnh Mẫu</div><div class="dong">{menu}</div>
<div class="tb">{LOGIN}</div></div>
<div class="khung"><div class="cot-trai"><div class="tb">{LOGIN}</div><div class="noi-bat">{featured}</div>
<div class="tb">{LOGIN}</div></div>
<div class="cot-giua"><h1>{title}</h1>
<table class="tt"><tr><td>Số hiệu</td><td>{number}</td></tr>
<tr><td>Ngày ban hành</td><td>{n % 27 + 1}/5/2024</td></tr>
<tr><td>Cơ quan ban hành</td><td>Ủy ban nhân dân tỉnh Mẫu</td></tr></table>
<div class="qh"><p>{MOTTO[0]}</p><p>{MOTTO[1]}</p></div>
<div class="nd">{body}</div>
<div class="tb">{LOGIN}</div>
<div class="vblq"><b>{WIDGET_TITLE}</b><ul>{related}</ul></div></div></div>
<div class="chan-trang">{footer}<div class="tk">{STATS}: {rng.randrange(10**5, 10**6)}</div>
<div class="tb">{LOGIN}</div></div></body></html>"""


PAGES = list(range(1, 13))


@pytest.fixture(scope="module")
def template() -> Template:
    return learn([parse_html(portal_page(n)) for n in PAGES])


def scores(text: str, n: int) -> tuple[float, float, list[str]]:
    """(share of chrome strings leaked, body precision by line, body lines lost)."""
    _, _, lines = body_lines(n)
    out = text.split("\n")
    leaked = sum(text.count(c) for c in chrome_strings())
    own = [
        *lines,
        *MOTTO,
        "Số hiệu:",
        "Ngày ban hành:",
        "Cơ quan ban hành:",
    ]  # metadata rows are the document's
    body_share = sum(1 for line in out if any(b in line or line in b for b in own)) / len(out)
    return leaked / len(chrome_strings()), body_share, [b for b in lines if b not in text]


def test_without_a_template_the_portal_chrome_leaks() -> None:
    leaks = [scores(extract_document(portal_page(n), url=f"{HOST}/vb/{n}.html").text, n)[0] for n in PAGES]
    assert sum(leaks) / len(leaks) > 0.05


def test_learnt_template_removes_the_chrome_and_keeps_the_body(template: Template) -> None:
    leaked, precision = [], []
    for n in PAGES:
        doc = extract_document(portal_page(n), url=f"{HOST}/vb/{n}.html", template=template)
        leak, share, lost = scores(doc.text, n)
        assert lost == [], n  # "QUYẾT ĐỊNH:" and "Nơi nhận:" repeat on every page, and stay
        assert doc.kind == "decision" and doc.decision and doc.decision.number == f"{n}/2024/QĐ-UBND"
        leaked.append(leak)
        precision.append(share)
    assert sum(leaked) / len(leaked) < 0.01
    assert min(precision) >= 0.95


def test_template_keeps_a_repeated_block_that_carries_the_page_own_number(template: Template) -> None:
    assert FEATURED[1] in template.lines  # on every page: the template's, except on its own page
    tree = parse_html(portal_page(7))
    template.apply(tree)
    text = " ".join(tree.find("body").itertext())
    assert FEATURED[1] in text and FEATURED[0] not in text


def test_template_never_drops_the_page_own_title() -> None:
    _, title, _ = body_lines(4)
    tree = parse_html(portal_page(4))
    assert Template(lines=frozenset({title, LOGIN})).apply(tree) > 0  # login notices go
    assert tree.find(".//h1") is not None and tree.find(".//h1").text == title


def test_too_few_pages_teach_no_template() -> None:
    assert learn([parse_html(portal_page(n)) for n in (1, 2, 3)]).lines == frozenset()


def write_site(data_dir: Path, pages: list[int]) -> None:
    with RawArchive(data_dir / "archive") as archive:
        writer = archive.writer("test-portal")
        for n in pages:
            url = f"{HOST}/vb/{n}.html"
            writer.write(
                url=url,
                final_url=url,
                source="tinh-mau-vanban",
                role="page",
                status=200,
                headers=[("Content-Type", "text/html; charset=utf-8")],
                body=portal_page(n).encode("utf-8"),
            )
        writer.close()


def test_extract_stage_learns_stores_and_applies_the_source_template(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    write_site(data_dir, PAGES)
    with open_store(data_dir) as store:
        report = extract_archived(data_dir, store, {})
        assert len(report.stored_new) == len(PAGES)
        texts = [store.get(doc_id).document.text for doc_id in report.stored_new]  # type: ignore[union-attr]
    assert template_path(data_dir, "tinh-mau-vanban").exists()
    assert all(LOGIN not in t and FOOTER[0] not in t and "QUYẾT ĐỊNH:" in t for t in texts)
    forget(data_dir)  # what `cnht reextract` does first: learnt again from the archive as it is now
    assert not template_path(data_dir, "tinh-mau-vanban").exists()
    with RawArchive(data_dir / "archive") as archive:
        assert SourceTemplates(data_dir, archive).get("tinh-mau-vanban") is not None
    assert template_path(data_dir, "tinh-mau-vanban").exists()
