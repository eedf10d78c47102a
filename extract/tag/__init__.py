"""Vietnamese taggers: `tag_text(text) -> Tags` (pure functions, regex + gazetteers in extract/data).

Every tagger runs on `extract.normalize.normalize(text).text` (NFC, Đ, spaces, new tone placement); the spans
are then mapped back so that `text[start:end] == mention` holds for the ORIGINAL text (NFD input included).
"""

from __future__ import annotations

from pydantic import BaseModel

from extract.dates import dateline_in_text
from extract.models import Deal, Tags
from extract.normalize import Normalized, normalize
from extract.tag.deals import tag_deals
from extract.tag.decisions import tag_decisions
from extract.tag.firms import tag_firms, tag_organizations
from extract.tag.money import tag_money, tag_percentages
from extract.tag.persons import tag_persons
from extract.tag.places import tag_countries, tag_districts, tag_parks, tag_provinces
from extract.tag.quantities import tag_areas, tag_quantities

__all__ = ["tag_text"]


def _overlaps(item: BaseModel, spans: list[tuple[int, int]]) -> bool:
    return any(item.start < e and s < item.end for s, e in spans)  # type: ignore[attr-defined]


def _remap(items: list, norm: Normalized) -> list:
    out = []
    for item in items:
        start, end = norm.span(item.start, item.end)
        update = {"start": start, "end": end}
        if not isinstance(item, Deal):
            update["mention"] = norm.original[start:end]
        out.append(item.model_copy(update=update))
    return out


def tag_text(text: str, published: str | None = None) -> Tags:
    """Tag Vietnamese `text`; `published` (ISO date/datetime) supplies missing years, and without it the
    text's own dateline does ("Bắc Giang, ngày 12/3/2025", "(Ngày 12/3/2025)": `extract.dates`)."""
    if published is None:
        opening = dateline_in_text(text)
        published = opening.isoformat() if opening else None
    norm = normalize(text)
    t = norm.text
    decisions = tag_decisions(t, published)
    decision_spans = [(d.start, d.end) for d in decisions]  # "QĐ-UBND" in a number is not an agency
    persons = tag_persons(t)
    person_spans = [(p.start, p.end) for p in persons]
    provinces = [p for p in tag_provinces(t) if not _overlaps(p, person_spans)]
    province_spans = [(p.start, p.end) for p in provinces]
    organizations = [
        o
        for o in tag_organizations(t, skip=province_spans)
        if not _overlaps(o, person_spans) and not _overlaps(o, decision_spans)
    ]
    firms = [
        f
        for f in tag_firms(
            t, skip=[(o.start, o.end) for o in organizations], stops=frozenset(p.start for p in persons)
        )
        if not _overlaps(f, person_spans)
    ]
    org_spans = [(o.start, o.end) for o in organizations]
    parks = [p for p in tag_parks(t) if not _overlaps(p, org_spans)]  # "Ban Quản lý các KCN Hải Phòng"
    park_spans = [(p.start, p.end) for p in parks]
    firms = [f for f in firms if f.legal_form or not _overlaps(f, park_spans)]  # "KCN Chu Lai - Trường Hải"
    firm_spans = [(f.start, f.end) for f in firms if f.legal_form or " " in f.mention]
    provinces = [p for p in provinces if not _overlaps(p, firm_spans)]  # "Công ty CP Nhựa Hà Nội"
    # a country inside a person's, firm's or organisation's name is not a location ("Công ty TNHH Foxconn
    # Singapore", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc")
    locations = parks + [
        c for c in tag_countries(t) if not _overlaps(c, person_spans + firm_spans + org_spans)
    ]
    locations += [d for d in tag_districts(t) if not _overlaps(d, person_spans)]
    locations.sort(key=lambda loc: loc.start)
    money = tag_money(t)
    deals = tag_deals(t, firms, money, provinces, published, decisions)
    tags = Tags(
        firms=firms,
        organizations=organizations,
        persons=persons,
        locations=locations,
        provinces=provinces,
        money=money,
        percentages=tag_percentages(t),
        decisions=decisions,
        deals=deals,
        quantities=tag_quantities(t),
        areas=tag_areas(t),
    )
    return Tags(**{name: _remap(getattr(tags, name), norm) for name in type(tags).model_fields})
