"""Fuzz targets for atheris (coverage-guided, libFuzzer): `extract_document` and `tag_text` over inputs built
from the fuzzer's bytes in the shapes Vietnamese pages have: legal forms, agency names joined by hyphens,
slashes and ampersands, decision numbers, amounts, provinces, mixed case, NFD, very long tokens, and
arbitrary Unicode between them. An exception other than the documented ExtractionError is a crash.

Run by tests/test_fuzz.py, bounded: `python -m tests.fuzz.targets tag -runs=2000 -max_total_time=15
-timeout=10 CORPUS_DIR`. libFuzzer's `-timeout` makes an input that runs longer a failure ("timeout"),
so a tagger that never returns fails the run instead of stalling it."""

from __future__ import annotations

import contextlib
import sys
import unicodedata

import atheris

with atheris.instrument_imports(include=["extract"]):
    from extract import extract_document, tag_text
    from extract.page import ExtractionError

VOCABULARY = [
    "Công ty TNHH",
    "Công ty CP",
    "Công ty Cổ phần",
    "Tập đoàn",
    "Tổng công ty",
    "JSC",
    "Co., Ltd",
    "(Việt Nam)",
    "Samsung",
    "Hanwha",
    "Foxconn",
    "Điện tử",
    "Cơ khí",
    "Sở",
    "Bộ",
    "UBND tỉnh",
    "Ban Quản lý các KCN",
    "Hiệp hội",
    "Doanh nghiệp",
    "Công nghiệp hỗ trợ",
    "Lao động",
    "Thương binh",
    "và Xã hội",
    "Lao động-Thương binh và Xã hội",
    "Tài nguyên và Môi trường",
    "Khoa học-Công nghệ",
    "Công Thương",
    "Kế hoạch và Đầu tư",
    "tỉnh",
    "Bắc Ninh",
    "Hải Dương",
    "Hải Phòng",
    "TP.HCM",
    "TP HCM",
    "Thừa Thiên Huế",
    "KCN Quế Võ",
    "huyện",
    "ký kết",
    "hợp tác",
    "với",
    "đầu tư",
    "vốn",
    "4.507 tỷ đồng",
    "32,5 tỷ USD",
    "1.200.000",
    "12%",
    "150 ha",
    "300 doanh nghiệp",
    "Quyết định số",
    "26/2023/QĐ-UBND",
    "1080/QĐ-BCT",
    "73-NQ/TW",
    "111/2015/NĐ-CP",
    "QĐ",
    "ngày",
    "12/3/2025",
    "năm 2024",
    "ông",
    "bà",
    "Nguyễn Văn A",
    "Giám đốc",
    "Chủ tịch",
    "&",
    "-",
    "–",
    "/",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    '"',
    "\n",
    "  ",
    "A",
    "B",
    "Đ",
    "Ð",
]
SEPARATORS = [" ", " ", " ", "", "-", "/", " & ", "\n", ", ", " - "]
TAGS = ["p", "div", "span", "h1", "h2", "article", "section", "td", "li", "b", "a"]


def vietnamese_like(fdp: atheris.FuzzedDataProvider, max_tokens: int = 60) -> str:
    parts: list[str] = []
    for _ in range(fdp.ConsumeIntInRange(0, max_tokens)):
        pick = fdp.ConsumeIntInRange(0, len(VOCABULARY) + 3)
        if pick < len(VOCABULARY):
            token = VOCABULARY[pick]
        elif pick == len(VOCABULARY):
            token = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 12))
        elif pick == len(VOCABULARY) + 1:
            token = VOCABULARY[fdp.ConsumeIntInRange(0, len(VOCABULARY) - 1)] * fdp.ConsumeIntInRange(1, 50)
        else:
            token = "X" * fdp.ConsumeIntInRange(1, 5000)  # a very long token
        case = fdp.ConsumeIntInRange(0, 3)
        token = token.upper() if case == 1 else token.lower() if case == 2 else token
        parts.append(token)
        parts.append(SEPARATORS[fdp.ConsumeIntInRange(0, len(SEPARATORS) - 1)])
    text = "".join(parts)
    return unicodedata.normalize("NFD", text) if fdp.ConsumeBool() else text


def html_like(fdp: atheris.FuzzedDataProvider) -> str:
    body: list[str] = []
    for _ in range(fdp.ConsumeIntInRange(0, 12)):
        tag = TAGS[fdp.ConsumeIntInRange(0, len(TAGS) - 1)]
        attrs = ' href="/files/qd.pdf"' if tag == "a" else ""
        body.append(f"<{tag}{attrs}>{vietnamese_like(fdp, 30)}</{tag}>")
        if fdp.ConsumeIntInRange(0, 9) == 0:
            body.append("<table class='doc-meta'><tr><th>Số hiệu</th><td>26/2023/QĐ-UBND</td></tr></table>")
    title = vietnamese_like(fdp, 8)
    return f"<html lang='vi'><head><title>{title}</title></head><body>{''.join(body)}</body></html>"


def fuzz_tag(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = vietnamese_like(fdp)
    tags = tag_text(text, published="2024-03-12")
    for span in tags.money + tags.decisions + tags.firms:
        assert 0 <= span.start <= span.end <= len(text), (span, len(text))


def fuzz_extract(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    html = html_like(fdp) if fdp.ConsumeBool() else fdp.ConsumeUnicodeNoSurrogates(4000)
    with contextlib.suppress(ExtractionError):  # documented: the input is not an HTML page
        extract_document(html, url="https://tin.example.vn/bai-viet.html")


TARGETS = {"tag": fuzz_tag, "extract": fuzz_extract}


def show(target: str, path: str) -> str:
    """The text (tag) or HTML (extract) a fuzz input file stands for: what a failure report quotes."""
    fdp = atheris.FuzzedDataProvider(open(path, "rb").read())  # noqa: SIM115 - a one-off read
    if target == "tag":
        return vietnamese_like(fdp)
    return html_like(fdp) if fdp.ConsumeBool() else fdp.ConsumeUnicodeNoSurrogates(4000)


if __name__ == "__main__":
    if sys.argv[1] == "show":  # python -m tests.fuzz.targets show tag ARTIFACT
        print(show(sys.argv[2], sys.argv[3]))
        sys.exit(0)
    target = TARGETS[sys.argv[1]]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], target)
    atheris.Fuzz()
