"""Every tagger is total and bounded on any text: property-based tests (hypothesis) over generated
Vietnamese-like text. Each input runs under a CPU-time alarm (ITIMER_PROF: a loop that never returns
burns CPU, while a busy shared machine only stretches wall time), so a tagger that stops advancing fails
the test instead of hanging the suite, and every span it returns must lie inside the text it was given."""

from __future__ import annotations

import signal
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.models import Span, Tags
from extract.tag import tag_text

BUDGET_S = 5  # CPU seconds: a healthy call takes well under one, even on a 100 KB token


class TaggerHang(Exception):
    pass


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise TaggerHang in this (main) thread after `seconds` of CPU time: the taggers are pure Python, so
    the signal interrupts even a loop that never returns."""

    def on_alarm(signum: int, frame: object) -> None:
        raise TaggerHang(f"tag_text did not return within {seconds} CPU seconds")

    old = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def tag_bounded(text: str) -> Tags:
    with deadline(BUDGET_S):
        return tag_text(text, published="2024-05-01")


def assert_spans_valid(text: str, tags: Tags) -> None:
    for field in type(tags).model_fields:
        for item in getattr(tags, field):
            assert 0 <= item.start <= item.end <= len(text), (field, item)
            if isinstance(item, Span):
                assert text[item.start : item.end] == item.mention, (field, item)


# --- the vocabulary: pieces real supporting-industry text is made of -----------------------------------

WORDS = [
    "Công ty", "công ty", "Công ty TNHH", "Công ty CP", "Công ty cổ phần", "Tập đoàn", "Tổng công ty",
    "Co., Ltd.", "Ltd", "Inc.", "JSC", "GmbH", "S.A.", "Corporation", "Ngân hàng", "Ngân hàng TMCP",
    "Sở", "Bộ", "UBND", "Ủy ban nhân dân", "Ban Quản lý", "Hiệp hội", "Trung tâm", "Lao động",
    "Thương binh", "Xã hội", "Doanh nghiệp", "Công nghiệp hỗ trợ", "tỉnh", "thành phố", "Bắc Ninh",
    "Hải Phòng", "Thái Bình", "TP.HCM", "KCN", "Yên Phong", "Việt Nam", "(Việt Nam)", "Samsung", "Canon",
    "Thăng Long", "Hosiden", "Nitto Denko", "Techcombank", "Kyocera", "ký kết", "ký", "với", "và", "giữa",
    "biên bản ghi nhớ", "hợp đồng", "trao", "giấy chứng nhận đăng ký đầu tư", "cho", "đầu tư", "vốn",
    "điều chỉnh tăng vốn", "khởi công", "đi vào hoạt động", "lũy kế", "4.507 tỷ đồng", "32,5 triệu USD",
    "3,2tỷ USD", "12%", "ngày 5/3/2024", "tháng 9/2019", "26/2023/QĐ-UBND", "45/SCT-QLCN&TM", "Số:",
    "ông", "bà", "Nguyễn Văn Minh", "Giám đốc", "Chủ tịch", "Một là", "Hai là", "Dự án", "do",
    "làm chủ đầu tư",
    "-", "–", "/", "&", ",", ".", ";", ":", "(", ")", "\"", "\n", "  ", "10 ha", "1.020 dự án",
]  # fmt: skip

LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệ0123456789-/&"
SEPARATORS = [" ", "", "-", "–", "/", "&", " - ", ", ", "\n", ". "]

piece = st.one_of(
    st.sampled_from(WORDS),
    st.text(alphabet=LETTERS, max_size=8),
)


@st.composite
def vietnamese_like(draw: st.DrawFn) -> str:
    parts = draw(st.lists(piece, min_size=1, max_size=40))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(parts), max_size=len(parts)))
    text = "".join(p + s for p, s in zip(parts, seps, strict=True))
    case = draw(st.sampled_from(["as is", "upper", "lower", "title", "swap"]))
    text = {
        "as is": text,
        "upper": text.upper(),
        "lower": text.lower(),
        "title": text.title(),
        "swap": text.swapcase(),
    }[case]
    if draw(st.booleans()):
        text = unicodedata.normalize("NFD", text)
    return text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_like())
def test_every_tagger_returns_on_generated_text_with_spans_inside_it(text: str) -> None:
    assert_spans_valid(text, tag_bounded(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["Công ty ", "Công ty TNHH ", "Tập đoàn ", "Sở ", "UBND tỉnh ", "Ngân hàng ", "Ltd. "]),
    st.integers(min_value=2, max_value=60),
    st.sampled_from(["ABC", "Minh Long", "Lao động-Thương binh", "Doanh nghiệp-Công nghiệp", "", "ký với"]),
)
def test_repeated_legal_forms_end(form: str, times: int, tail: str) -> None:
    text = form * times + tail + " ký kết với " + form * times
    assert_spans_valid(text, tag_bounded(text))


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(["a", "Đ", "ệ", "-", "A-", "x/", "&", "1", "ng-", "Công"]),
    st.sampled_from(["Công ty TNHH ", "Sở Lao động-", "", "ký kết với Công ty ", "ông "]),
)
def test_a_100_kb_token_is_tagged(unit: str, before: str) -> None:
    token = (unit * (100_000 // len(unit) + 1))[:100_000]
    text = before + token + " ký kết với Công ty CP Minh Long."
    assert_spans_valid(text, tag_bounded(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sở Lao động-Thương binh và Xã hội tỉnh Bắc Ninh",
        "Bộ Lao động-T",
        "Hiệp hội Doanh nghiệp-Công nghiệp hỗ trợ",
        "Sở Lao động-Thương binh và Xã hội tỉnh Bắc Ninh phối hợp với Công ty TNHH Minh Long.",
    ],
)
def test_a_dash_glued_to_a_name_word_does_not_stall_the_scanner(text: str) -> None:
    tags = tag_bounded(text)
    assert_spans_valid(text, tags)
    assert tags.organizations and tags.organizations[0].start == 0


def test_a_department_name_joined_by_a_dash_is_read_whole() -> None:
    text = "Hiệp hội Doanh nghiệp-Công nghiệp hỗ trợ tỉnh Bắc Ninh tổ chức hội nghị."
    orgs = tag_bounded(text).organizations
    assert [o.mention for o in orgs] == ["Hiệp hội Doanh nghiệp-Công nghiệp hỗ trợ tỉnh Bắc Ninh"]
