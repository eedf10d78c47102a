import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.normalize import _normalize_clusters, fold, normalize


def test_normalize_composes_nfd_and_maps_offsets_back() -> None:
    nfd = unicodedata.normalize("NFD", "Tỉnh Thái Bình")
    norm = normalize(nfd)
    assert norm.text == "Tỉnh Thái Bình"
    start = norm.text.index("Thái")
    s, e = norm.span(start, start + len("Thái Bình"))
    assert nfd[s:e] == unicodedata.normalize("NFD", "Thái Bình")


def test_normalize_restores_d_with_stroke_from_eth() -> None:
    assert normalize("\u00d0ể đạt được, ð").text == "Để đạt được, đ"


def test_normalize_moves_old_tone_placement_to_first_vowel() -> None:
    assert normalize("hoà, thuý, khoẻ, uỷ ban, Thanh Hoá, HOÀ BÌNH").text == (
        "hòa, thúy, khỏe, ủy ban, Thanh Hóa, HÒA BÌNH"
    )


def test_normalize_keeps_closed_syllables_and_qu_onset() -> None:
    assert normalize("hoàng, thuyết, quý, quỳnh, ngoài").text == "hoàng, thuyết, quý, quỳnh, ngoài"


def test_normalize_replaces_nbsp_and_drops_zero_width_chars() -> None:
    text = "Hải\u00a0Dương\u200b đầu\ufefftư"
    norm = normalize(text)
    assert norm.text == "Hải Dương đầutư"
    s, e = norm.span(norm.text.index("đầu"), len(norm.text))
    assert text[s:e] == "đầu\ufefftư"


def test_fold_unchanged() -> None:
    assert fold("Quyết định số 26/2023/QĐ-UBND") == "quyet dinh so 26/2023/qd-ubnd"


_ODD = "\u0300\u0301\u0303\u0309\u0323\u05b0\u0e31\u00a0\u200b\u00ad\u00d0\u00f0\u212b\u1100\u1161"
_ODD += "\U0001d165\U0001d15e"  # astral: a combining mark, a character NFC rewrites


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAoOuUyY àáảãạèéẻẽẹỳýỷỹỵqQđĐ,.-\n" + _ODD), max_size=40))
def test_normalize_fast_path_gives_what_the_cluster_path_gives(text: str) -> None:
    assert normalize(text) == _normalize_clusters(text)
    nfc = unicodedata.normalize("NFC", text)
    assert normalize(nfc) == _normalize_clusters(nfc)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAoOđĐð –“.ÀÁẢÃẠàáảãạ" + _ODD), max_size=40))
def test_fold_drops_exactly_the_combining_marks(text: str) -> None:
    decomposed = unicodedata.normalize("NFD", text.translate(str.maketrans("đĐÐð", "dDDd")))
    expected = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    assert fold(text) == expected
