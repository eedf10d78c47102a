"""Vietnamese taggers: `tag_text(text) -> Tags` (pure functions, regex + gazetteers in extract/data).

Every tagger runs on `extract.normalize.normalize(text).text` (NFC, Đ, spaces, new tone placement); the spans
are then mapped back so that `text[start:end] == mention` holds for the ORIGINAL text (NFD input included).
`tag_text` runs the readers (one module each) and then, in its order, the passes of `extract.tag.reconcile`
that settle what the deal and event readers found together.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from extract.dates import dateline_in_text
from extract.models import Deal, DealEvent, DecisionRef, Firm, Money, Province, Tags
from extract.normalize import Normalized, normalize, normalized_text
from extract.tag import deals as deals_module
from extract.tag._common import SpanSet, starts_within
from extract.tag.anaphora import anaphors
from extract.tag.coordination import coordinated
from extract.tag.deal_model import Candidate, candidates, firm_key, load_model, review
from extract.tag.deals import deal_at, tag_deals
from extract.tag.decisions import tag_decisions
from extract.tag.english import read_english
from extract.tag.events import (
    decided_licences,
    one_per_kind_and_parties,
    party_mentions,
    tag_events,
    unstated,
)
from extract.tag.firms import firms_named_again, one_form_per_name, tag_firms, tag_organizations
from extract.tag.money import tag_money, tag_percentages
from extract.tag.money_deals import amount_stated_deals
from extract.tag.persons import tag_persons
from extract.tag.places import english_city_forms, tag_countries, tag_districts, tag_parks, tag_provinces
from extract.tag.quantities import tag_areas, tag_quantities
from extract.tag.reconcile import (
    ceremony_hosts,
    memos_handed,
    one_per_counterpart,
    one_per_project,
    planned_deals,
    planned_events,
    recalled_licences,
    with_bought_company,
    with_capital_after,
    with_contractors,
    with_deal_events,
    with_event_investments,
    with_event_pairs,
    with_funding_rounds,
    with_hosts,
    with_ownership_changes,
    with_recalled,
    with_stake_sales,
    with_table_investors,
    without_licensed_announcements,
    without_lone_pairs,
    without_notable_deals,
    without_old_events,
    without_past_investments,
    without_recalled,
    without_recalled_years,
    without_repeated_licences,
    without_short_names,
    without_venture_twins,
)

__all__ = ["tag_text"]


def _overlaps(item: BaseModel, spans: SpanSet) -> bool:
    return spans.overlaps(item.start, item.end)  # type: ignore[attr-defined]


def _within(item: Deal | DealEvent, spans: list[tuple[int, int]]) -> bool:
    return any(s <= item.start < e for s, e in spans)


def _remap(items: list, norm: Normalized) -> list:
    out = []
    for item in items:
        start, end = norm.span(item.start, item.end)
        same = start == item.start and end == item.end  # most items of a text with a few rewritten words
        update: dict = {"start": start, "end": end}
        if isinstance(item, DealEvent):
            spans = [norm.span(p.start, p.end) for p in item.parties]
            if same and all(span == (p.start, p.end) for span, p in zip(spans, item.parties, strict=True)):
                out.append(item)
                continue
            update["parties"] = [
                p.model_copy(update=dict(zip(("start", "end"), span, strict=True)))
                for span, p in zip(spans, item.parties, strict=True)
            ]
        elif not isinstance(item, Deal):
            update["mention"] = norm.original[start:end]
            if same and update["mention"] == item.mention:
                out.append(item)
                continue
        elif same:
            out.append(item)
            continue
        out.append(item.model_copy(update=update))
    return out


# a firm named as the builder: "do Công ty X thi công", "Công ty X (Hà Nội) là tổng thầu"
_BUILDS = re.compile(
    r"\s*(?:\([^()]{1,80}\)\s*)?(?:thi công(?! nhà máy)|(?:là|làm) (?:tổng thầu|nhà thầu))(?!\w)"
)


def _reviewed(
    text: str,
    deals: list[Deal],
    firms: list[Firm],
    literal: list[Firm],
    money: list[Money],
    provinces: list[Province],
    published: str | None,
    decisions: list[DecisionRef],
    clauses: list[tuple[int, int]],
) -> list[Deal]:
    """The rules' deals reviewed by the learned deal model (`extract.tag.deal_model`): dropped, relabelled or
    added where the model is sure; a deal it adds gets its amount, province and date as the rules would. The
    model reads the `literal` firms, those the text names (not "hai bên" pointing back to an earlier pair)."""
    model = load_model()
    if model is None:
        return deals

    def make(c: Candidate) -> Deal:
        return deal_at(text, list(c.firms), firms, money, provinces, published, decisions, clauses)

    found = candidates(text, literal, clauses)
    firsts = sorted({c.firms[0].start for c in found})
    # (only a sentence where a candidate starts is asked whether it states a deal at all)
    asked_or_denied = [(s, e) for s, e in clauses if starts_within(firsts, s, e) and unstated(text, s, e)]
    found = [
        c for c in found if not any(s <= c.firms[0].start < e for s, e in asked_or_denied)
    ]  # the model adds no deal where the rules read none was stated ("Tin đồn ... là không có cơ sở")
    # nor where the clause says none was signed ("A chưa ký được hợp đồng với B"); it still reviews the
    # rules' own deals there
    negated = [
        (s, e) for s, e in clauses if starts_within(firsts, s, e) and deals_module.negated_signing(text, s, e)
    ]
    if negated:
        ruled = {frozenset(firm_key(p) for p in d.parties) for d in deals}
        found = [c for c in found if c.key in ruled or not any(s <= c.firms[0].start < e for s, e in negated)]
    ground = {firm_key(d.parties[0]) for d in deals if d.kind == "groundbreaking"}
    found = [c for c in found if len(c.key) == 1 or not c.key <= ground]  # co-investors breaking ground
    # nor a deal of its own for the firm that builds a plant ("Dự án do Công ty X thi công", "X là tổng thầu")
    found = [c for c in found if len(c.key) > 1 or not _BUILDS.match(text, c.firms[0].end)]
    return review(deals, found, model, make)


def _without_dropped(events: list[DealEvent], rules: list[Deal], reviewed: list[Deal]) -> list[DealEvent]:
    """The events of firms only whose parties are a deal the learned model dropped go with it (an event with a
    government or other party, a licence handed over, stays)."""

    def keys(deals: list[Deal]) -> set[frozenset[str]]:
        return {frozenset(firm_key(p) for p in d.parties) for d in deals}

    dropped = keys(rules) - keys(reviewed)
    if not dropped:
        return events
    return [
        e
        for e in events
        if any(p.type != "firm" for p in e.parties)
        or frozenset(firm_key(p.name) for p in e.parties) not in dropped
    ]


# "theo ủy quyền của Tập đoàn X, Công ty A và Công ty B đã ký ...": A signs for X, which is no party
_ON_BEHALF_OF = re.compile(r"(?<!\w)(?:thừa |theo |được )?ủy quyền (?:của|bởi)\s+$", re.IGNORECASE)
_OWNER_BEFORE = re.compile(
    r"\s+(?:là\s+)?(?:thuộc|thành viên của|công ty con của)\s+"
    # "Công ty CP X, công ty con của Tập đoàn Y, ký ...", "X, đơn vị làm thiết bị điện của Tập đoàn Y, ...":
    # an apposition naming the owner
    r"|(?P<apposition>\s*,\s+(?:một\s+)?(?:đơn vị|công ty con|thành viên)\b[^,;.()]{0,50}?"
    r"\s(?:của|thuộc)\s+)",
    re.IGNORECASE,
)
# the apposition's closing comma, after the owner's name (and its country in brackets)
_APPOSITION_CLOSE = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,")

# "Hai đơn vị thành viên Vinatex là Công ty A và Công ty B cùng động thổ ...": the group introduces its units
_MEMBERS_BEFORE = re.compile(r"(?<!\w)(?:đơn vị|công ty|doanh nghiệp) thành viên (?:của )?$", re.IGNORECASE)
_MEMBERS_ARE = re.compile(r"\s+(?:là|gồm)\s+")


def without_owners(text: str, firms: list[Firm]) -> list[Firm]:
    """`firms` less each one named as the owner of the firm right before it ("Công ty TNHH X thuộc Tập đoàn
    Y", "X, công ty con của Tập đoàn Y, ký ..."): the deals and events of that sentence are X's, read as if
    X's name ran to Y's end (so "X thuộc Tập đoàn Y khánh thành ..." has X right before its verb); and less
    a group whose member units are named after it ("đơn vị thành viên Y là A và B"). Y stays a firm of the
    text."""
    out: list[Firm] = []
    for i, f in enumerate(firms):
        prev = out[-1] if out else None
        nxt = firms[i + 1] if i + 1 < len(firms) else None
        if (
            prev is not None
            and f.start - prev.end <= 80
            and (owner := _OWNER_BEFORE.fullmatch(text, prev.end, f.start))
        ):
            # (an apposition's closing comma too: "X, công ty con của Y, ký ..." reads as "X ký ...")
            close = _APPOSITION_CLOSE.match(text, f.end) if owner.group("apposition") else None
            out[-1] = prev.model_copy(update={"end": close.end() if close else f.end})
        elif (
            nxt is not None
            and _MEMBERS_BEFORE.search(text, max(0, f.start - 30), f.start)
            and _MEMBERS_ARE.fullmatch(text, f.end, nxt.start)
        ):
            continue
        else:
            out.append(f)
    return out


def _without_bracketed_aliases(text: str, firms: list[Firm]) -> list[Firm]:
    """A firm's other name in brackets right after it ("Công ty CP Bao bì Đông Sơn (Dong Son Packaging JSC)",
    "Tổng công ty May 10 - CTCP (Garment 10 Corporation)") is the same firm, not a second one."""
    out: list[Firm] = []
    for f in sorted(firms, key=lambda f: f.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.legal_form is not None
            and text[prev.end : f.start] in (" (", "(")
            and re.match(r"\s*[)–-]", text[f.end : f.end + 3])
        ):
            continue
        out.append(f)
    return out


def tag_text(text: str, published: str | None = None) -> Tags:
    """Tag Vietnamese `text`; `published` (ISO date/datetime) supplies missing years, and without it the
    text's own dateline does ("Bắc Giang, ngày 12/3/2025", "(Ngày 12/3/2025)": `extract.dates`)."""
    if published is None:
        opening = dateline_in_text(text)
        published = opening.isoformat() if opening else None
    t = normalized_text(text)
    decisions = tag_decisions(t, published)
    decision_spans = SpanSet((d.start, d.end) for d in decisions)  # "QĐ-UBND" in a number is not an agency
    persons = tag_persons(t)
    person_spans = SpanSet((p.start, p.end) for p in persons)
    provinces = [p for p in tag_provinces(t) if not _overlaps(p, person_spans)]
    province_spans = [(p.start, p.end) for p in provinces]
    countries = tag_countries(t)
    organizations = [
        o
        for o in tag_organizations(t, skip=province_spans)
        if not _overlaps(o, person_spans)
        and not _overlaps(o, decision_spans)
        and not any(c.start < o.start < c.end for c in countries)  # "Tây Ban Nha" holds no board "Ban Nha"
    ]
    firms = [
        f
        for f in tag_firms(
            t, skip=[(o.start, o.end) for o in organizations], stops=frozenset(p.start for p in persons)
        )
        if not _overlaps(f, person_spans) and not _overlaps(f, decision_spans)  # "61/2020/QH14" is no firm
    ]
    firms = _without_bracketed_aliases(t, firms)
    org_spans = SpanSet((o.start, o.end) for o in organizations)
    parks = [p for p in tag_parks(t) if not _overlaps(p, org_spans)]  # "Ban Quản lý các KCN Hải Phòng"
    park_spans = SpanSet((p.start, p.end) for p in parks)
    firms = [f for f in firms if f.legal_form or not _overlaps(f, park_spans)]  # "KCN Chu Lai - Trường Hải"
    taken = SpanSet(
        [*((x.start, x.end) for x in [*firms, *persons, *organizations, *parks]), *province_spans]
    )
    firms = one_form_per_name(sorted([*firms, *firms_named_again(t, firms, taken)], key=lambda f: f.start))
    formal = [(f.start, f.end) for f in firms if f.legal_form]  # "Công ty TNHH MTV Phát triển hạ tầng KCN X"
    parks = [p for p in parks if not any(a <= p.start and p.end <= b for a, b in formal)]
    named = [(f.start, f.end) for f in firms if f.legal_form or " " in f.mention]
    firm_spans = SpanSet(named)
    provinces = [p for p in provinces if not _overlaps(p, firm_spans)]  # "Công ty CP Nhựa Hà Nội"
    # a country inside a person's, firm's or organisation's name is not a location ("Công ty TNHH Foxconn
    # Singapore", "Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc")
    name_spans = SpanSet(named + [(x.start, x.end) for x in [*persons, *organizations]])
    locations = parks + [c for c in countries if not _overlaps(c, name_spans)]
    locations += [d for d in tag_districts(t) if not _overlaps(d, person_spans)]
    locations.sort(key=lambda loc: loc.start)
    money = tag_money(t)
    # the provinces that site a deal or an event: not an English city name ("signed in Hanoi", "HANOI
    # (Reuters) -"): the set's rows disagree on whether a signing venue or a wire dateline sites a deal
    sites = [p for p in provinces if p.mention not in english_city_forms()]
    clauses = deals_module.sentences(t)  # one split for deals and events (benchmarks swap the splitter there)
    literal = without_owners(t, firms)  # "Công ty X thuộc Tập đoàn Y khánh thành ...": X acts, not Y
    # "Công ty thông báo đã ký ..." after the heading "CÔNG TY CP X": X signs; "hai bên ký ...": both
    actors = [f for f in anaphors(t, literal) if not _ON_BEHALF_OF.search(t, max(0, f.start - 30), f.start)]
    # "A khánh thành ..., và ký hợp đồng ... cho B": each deed of A its own clause, A named at each
    clauses, shared = coordinated(t, clauses, actors)
    if shared:
        actors = sorted(actors + shared, key=lambda f: f.start)
    deals = tag_deals(t, actors, money, sites, published, decisions, clauses)
    deals = with_table_investors(t, deals, actors, money, sites, published, decisions, clauses)
    mentions = party_mentions(t, actors, organizations, sites)  # for both event passes, made once
    events = tag_events(t, actors, organizations, money, sites, published, decisions, clauses, mentions)
    events = planned_events(with_ownership_changes(t, events, actors, money, clauses))
    events = memos_handed(t, with_bought_company(t, events, actors), mentions, clauses)
    events = with_capital_after(t, events, money, clauses)  # "... khánh thành. Vốn bỏ ra N"
    deals = with_event_investments(t, with_event_pairs(t, deals, events), events)
    deals = with_recalled(t, deals, actors, money, sites, published, decisions, clauses)
    deals = planned_deals(t, deals, events)
    events = with_deal_events(t, events, deals, actors, mentions)
    deals = recalled_licences(t, deals, actors, money, sites, published, decisions, clauses)
    events = one_per_project(t, one_per_counterpart(t, decided_licences(t, mentions, events)))
    events = without_venture_twins(events)
    events = with_stake_sales(t, events, actors, money, clauses)
    events = with_hosts(t, events, mentions)
    events = without_recalled(t, events, actors, clauses)
    events = ceremony_hosts(t, events, actors, clauses)
    deals, events = with_contractors(t, deals, events, actors, clauses)
    deals, events = with_funding_rounds(t, deals, events, actors, money, clauses)
    # "Nhờ khoản 45 triệu USD, Công ty X mở rộng xưởng": an investment told by its amount alone
    deals += amount_stated_deals(t, deals, events, actors, money, sites, published, decisions, clauses)
    # the learned model reads the firms each sentence names itself, not the ones "hai bên" points back to
    reviewed = _reviewed(t, deals, actors, literal, money, sites, published, decisions, clauses)
    events = _without_dropped(events, deals, reviewed)
    deals = reviewed
    events = without_notable_deals(t, events)
    # English copy: what the English reader finds in a sentence replaces what the Vietnamese readers (or
    # the learned model, on its words) made of it
    en_deals, en_events, en_orgs, read = read_english(t, clauses, actors, money, sites, published)
    if read:
        deals = sorted([*(d for d in deals if not _within(d, read)), *en_deals], key=lambda d: d.start)
        events = sorted([*(e for e in events if not _within(e, read)), *en_events], key=lambda e: e.start)
    events = without_licensed_announcements(
        without_past_investments(t, without_old_events(events, published))
    )
    events = without_recalled_years(t, events, published)
    events = without_repeated_licences(without_lone_pairs(t, events))
    deals, events = without_short_names(deals, events)
    # one event told in the headline, the lead and the body, by whichever reader, is one ("X breaks ground on
    # ... plant" and "Construction is under way on X's ... factory, a $280 million first phase")
    events = sorted(one_per_kind_and_parties(events), key=lambda e: e.start)
    if en_orgs:  # an English body's full name replaces what the Vietnamese reader kept of it
        kept = [o for o in organizations if not any(e.start <= o.start and o.end <= e.end for e in en_orgs)]
        kept_spans = SpanSet((o.start, o.end) for o in kept)
        organizations = sorted(
            [*kept, *(o for o in en_orgs if not _overlaps(o, kept_spans))], key=lambda o: o.start
        )
        # and no firm inside it ("Rural Development" of "the Ministry of Agriculture and Rural Development")
        firms = [
            f
            for f in firms
            if f.legal_form or not any(o.start <= f.start and f.end <= o.end for o in en_orgs)
        ]
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
        events=events,
        quantities=tag_quantities(t),
        areas=tag_areas(t),
    )
    if t == text:  # nothing was rewritten: every offset and mention already indexes `text`
        return tags
    norm = normalize(text)  # its offset map takes the spans back to `text`
    return Tags(**{name: _remap(getattr(tags, name), norm) for name in type(tags).model_fields})
