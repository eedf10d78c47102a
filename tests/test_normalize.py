import unicodedata

from extract.normalize import fold, normalize


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
