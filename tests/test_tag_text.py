import unicodedata

import pytest

from extract.models import Tags
from extract.tag import tag_text
from tests import (
    test_tag_deals,
    test_tag_decisions,
    test_tag_firms,
    test_tag_money,
    test_tag_persons,
    test_tag_places,
)

SENTENCES = [
    "Chiều 20/5, UBND tỉnh Khánh Hoà trao quyết định cho Công ty TNHH Thuý Hoà Việt Nam với vốn 45 tỷ đồng.",
    "Ðể thu hút FDI, tỉnh Hải Dương ban hành Quyết định số 12/2024/QĐ-UBND ngày 04/3/2024.",
    "Hải\u00a0Phòng\u200b có 1.020 dự án FDI với tổng vốn 33,8 tỷ USD, trong đó hơn 50% là CNHT.",
]

ALL_SENTENCES = (
    SENTENCES
    + test_tag_deals.SENTENCES
    + test_tag_decisions.SENTENCES
    + test_tag_firms.SENTENCES
    + test_tag_money.SENTENCES
    + test_tag_persons.SENTENCES
    + test_tag_places.SENTENCES
)


def _spans(tags: Tags):
    for field in (
        "firms",
        "organizations",
        "persons",
        "locations",
        "provinces",
        "money",
        "percentages",
        "decisions",
    ):
        yield from getattr(tags, field)


def _summary(tags: Tags):
    return {
        "firms": [(f.name, f.legal_form) for f in tags.firms],
        "organizations": [o.name for o in tags.organizations],
        "persons": [(p.name, p.role) for p in tags.persons],
        "locations": [(loc.name, loc.type) for loc in tags.locations],
        "provinces": [(p.name, p.current) for p in tags.provinces],
        "money": [(m.amount, m.currency, m.per, m.approximate) for m in tags.money],
        "percentages": [p.value for p in tags.percentages],
        "decisions": [(d.number, d.doc_type, d.issuer, d.year, d.date) for d in tags.decisions],
        "deals": [(d.kind, d.parties, d.amount, d.currency, d.province, d.date) for d in tags.deals],
    }


@pytest.mark.parametrize("text", ALL_SENTENCES)
def test_every_span_indexes_the_original_text(text: str) -> None:
    for variant in (text, unicodedata.normalize("NFD", text)):
        tags = tag_text(variant, "2024-06-01")
        for span in _spans(tags):
            assert variant[span.start : span.end] == span.mention
        for deal in tags.deals:
            assert 0 <= deal.start < deal.end <= len(variant)


@pytest.mark.parametrize("text", ALL_SENTENCES)
def test_nfd_input_gives_same_tags_as_nfc(text: str) -> None:
    nfd = unicodedata.normalize("NFD", text)
    assert nfd != text or text.isascii()
    assert _summary(tag_text(nfd, "2024-06-01")) == _summary(tag_text(text, "2024-06-01"))


def test_nfd_offsets_point_into_the_nfd_string() -> None:
    nfd = unicodedata.normalize(
        "NFD", "Công ty TNHH Heesung Electronics Việt Nam đầu tư 4.507 tỷ đồng tại Bắc Giang."
    )
    tags = tag_text(nfd)
    assert tags.firms[0].name == "Heesung Electronics"
    assert tags.money[0].amount == 4507000000000
    assert tags.provinces[0].end == len(nfd) - 1
    assert tags.provinces[0].mention == unicodedata.normalize("NFD", "Bắc Giang")


def test_old_tone_placement_and_eth_are_normalised_in_names_not_mentions() -> None:
    tags = tag_text(SENTENCES[0], "2025-06-01")
    assert [(p.mention, p.name, p.current) for p in tags.provinces] == [
        ("tỉnh Khánh Hoà", "Khánh Hòa", "Tỉnh Khánh Hòa")
    ]
    assert [(f.mention, f.name) for f in tags.firms] == [
        ("Công ty TNHH Thuý Hoà Việt Nam", "Thúy Hòa")  # a TNHH drops "Việt Nam" (session 16)
    ]
    tags = tag_text(SENTENCES[1])
    assert tags.decisions[0].date == "2024-03-04"


def test_nbsp_and_zero_width_space_do_not_break_provinces() -> None:
    tags = tag_text(SENTENCES[2])
    assert [(p.mention, p.current) for p in tags.provinces] == [("Hải\u00a0Phòng", "Thành phố Hải Phòng")]
    assert [m.amount for m in tags.money] == [33800000000]
    assert [p.value for p in tags.percentages] == [50.0]


def test_tags_dump_is_the_public_json_shape() -> None:
    dumped = tag_text(SENTENCES[1]).model_dump(mode="json")
    assert set(dumped) == set(Tags.model_fields)
    assert Tags.model_validate(dumped) == tag_text(SENTENCES[1])


def test_issuer_code_inside_a_decision_number_is_not_an_organization() -> None:
    tags = tag_text("Theo Quyết định số 26/2023/QĐ-UBND ngày 04/8/2023, doanh nghiệp được hỗ trợ.")
    assert [d.number for d in tags.decisions] == ["26/2023/QĐ-UBND"]
    assert tags.organizations == []
