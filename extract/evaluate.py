"""Score the taggers and the page extractor on the evaluation set in tests/eval/.

Run: `python -m extract.evaluate [--errors FIELD] [--batch N]`. Prints precision/recall/F1 per field over
tests/eval/sentences.jsonl and the page checks over tests/eval/pages.jsonl.

Matching is per sentence, on sets of keys (a key found twice in one sentence counts once); strings are
compared folded (`extract.normalize.fold`: accents, đ and case ignored, spaces collapsed):

- firms:           canonical name.                     firms+form adds the legal form.
- organizations:   canonical name, or the mention when the name differs (e.g. an unexpanded acronym).
- persons:         name.                               persons+role adds the role.
- provinces:       (name, current unit).
- money:           (amount, currency).                 money+attrs adds per and approximate.
- percentages:     value.
- decisions:       (canonical number, date or None).   decisions(number) compares the number only.
- deals:           (kind, set of parties).             deals+details adds amount and current province.
- events:          deal events, on rows whose gold has `events` (others are unannotated for it): an event
                   matches one gold event of the same kind whose parties match one to one, leniently
                   (folded, abbreviations such as UBND/KCN expanded, or one name the other with words added
                   at an end). events+details also needs amount, currency, province and status equal.
                   Gold: {"kind", "parties": [{"name", "type"}], "amount", "currency", "province", "status"}.

Fields that only the rows listing them under "annotated" carry (batch 5 onwards) are scored on those rows:

- locations:       (type, name); locations:country, locations:park (industrial parks and economic zones)
                   and locations:district score one type each.
- quantities:      (value, unit).                      quantities+attrs adds approximate.
- areas:           hectares.                           areas+attrs adds approximate.
- deals+date:      (kind, set of parties, ISO date or None)   ("deal_dates" annotated).

Pages: each row names an HTML file and expects title, published, lead (sapo kept as the first line of
the text), kind, captions and updated time (news pages), and strings the text must / must not contain;
every expectation is one check.
Legal pages also list the documents their preamble cites (`cited`), scored like a field over all pages:

- cited:           (canonical number, or the folded title of a law cited by name; date or None).
- cited+details:   adds the document type and the issuer.

Pages with gold `tags` (batch 8) are also scored on the sentence fields above over their whole main text.
`--batch N` scores only the sentences (and tagged pages) of hand-written batch N.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.models import Tags
from extract.normalize import fold
from extract.tag.decisions import canonical_number

EVAL_DIR = Path(__file__).resolve().parent.parent / "tests" / "eval"
SENTENCES = EVAL_DIR / "sentences.jsonl"
PAGES = EVAL_DIR / "pages.jsonl"


def _f(value: str | None) -> str:
    return " ".join(fold(value or "").split())


def _amount(value: float | None) -> float | None:
    return None if value is None else round(float(value), 2)


Key = Any
# field -> (keys from predicted Tags, keys from gold annotations)
Extractor = tuple[Callable[[Tags], Iterable[Key]], Callable[[dict[str, list[Any]]], Iterable[Key]]]

FIELDS: dict[str, Extractor] = {
    "firms": (lambda t: (_f(x.name) for x in t.firms), lambda g: (_f(x["name"]) for x in g["firms"])),
    "firms+form": (
        lambda t: ((_f(x.name), _f(x.legal_form)) for x in t.firms),
        lambda g: ((_f(x["name"]), _f(x["legal_form"])) for x in g["firms"]),
    ),
    "organizations": (lambda t: t.organizations, lambda g: (_f(x) for x in g["organizations"])),
    "persons": (lambda t: (_f(x.name) for x in t.persons), lambda g: (_f(x["name"]) for x in g["persons"])),
    "persons+role": (
        lambda t: ((_f(x.name), _f(x.role)) for x in t.persons),
        lambda g: ((_f(x["name"]), _f(x["role"])) for x in g["persons"]),
    ),
    "provinces": (
        lambda t: ((_f(x.name), _f(x.current)) for x in t.provinces),
        lambda g: ((_f(x["name"]), _f(x["current"])) for x in g["provinces"]),
    ),
    "money": (
        lambda t: ((_amount(x.amount), x.currency) for x in t.money),
        lambda g: ((_amount(x["amount"]), x["currency"]) for x in g["money"]),
    ),
    "money+attrs": (
        lambda t: ((_amount(x.amount), x.currency, x.per, x.approximate) for x in t.money),
        lambda g: ((_amount(x["amount"]), x["currency"], x["per"], x["approximate"]) for x in g["money"]),
    ),
    "percentages": (
        lambda t: (round(x.value, 3) for x in t.percentages),
        lambda g: (round(x, 3) for x in g["percentages"]),
    ),
    # the gold's numbers as canonical as the tagger's ("1125/QD-BCT" in English copy is "1125/QĐ-BCT")
    "decisions": (
        lambda t: ((x.number, x.date) for x in t.decisions),
        lambda g: ((canonical_number(x["number"]), x["date"]) for x in g["decisions"]),
    ),
    "decisions(number)": (
        lambda t: (x.number for x in t.decisions),
        lambda g: (canonical_number(x["number"]) for x in g["decisions"]),
    ),
    "deals": (
        lambda t: ((x.kind, frozenset(_f(p) for p in x.parties)) for x in t.deals),
        lambda g: ((x["kind"], frozenset(_f(p) for p in x["parties"])) for x in g["deals"]),
    ),
    "deals+details": (
        lambda t: (
            (x.kind, frozenset(_f(p) for p in x.parties), _amount(x.amount), _f(x.province)) for x in t.deals
        ),
        lambda g: (
            (x["kind"], frozenset(_f(p) for p in x["parties"]), _amount(x["amount"]), _f(x["province"]))
            for x in g["deals"]
        ),
    ),
}


def _locations(kinds: tuple[str, ...] | None) -> Extractor:
    def keep(kind: str | None) -> bool:
        return kinds is None or kind in kinds

    return (
        lambda t: ((x.type, _f(x.name)) for x in t.locations if keep(x.type)),
        lambda g: ((x["type"], _f(x["name"])) for x in g["locations"] if keep(x["type"])),
    )


_PARK_TYPES = ("industrial_park", "economic_zone")
# field -> extractor, and the annotation a row must declare (under "annotated") to be scored on the field
ANNOTATED_FIELDS: dict[str, tuple[Extractor, str]] = {
    "locations": (_locations(None), "locations"),
    "locations:country": (_locations(("country",)), "locations"),
    "locations:park": (_locations(_PARK_TYPES), "locations"),
    "locations:district": (_locations(("district",)), "locations"),
    "quantities": (
        (
            lambda t: ((_amount(x.value), _f(x.unit)) for x in t.quantities),
            lambda g: ((_amount(x["value"]), _f(x["unit"])) for x in g["quantities"]),
        ),
        "quantities",
    ),
    "quantities+attrs": (
        (
            lambda t: ((_amount(x.value), _f(x.unit), x.approximate) for x in t.quantities),
            lambda g: ((_amount(x["value"]), _f(x["unit"]), x["approximate"]) for x in g["quantities"]),
        ),
        "quantities",
    ),
    "areas": (
        (
            lambda t: (round(x.hectares, 4) for x in t.areas),
            lambda g: (round(x["hectares"], 4) for x in g["areas"]),
        ),
        "areas",
    ),
    "areas+attrs": (
        (
            lambda t: ((round(x.hectares, 4), x.approximate) for x in t.areas),
            lambda g: ((round(x["hectares"], 4), x["approximate"]) for x in g["areas"]),
        ),
        "areas",
    ),
    "deals+date": (
        (
            lambda t: ((x.kind, frozenset(_f(p) for p in x.parties), x.date) for x in t.deals),
            lambda g: ((x["kind"], frozenset(_f(p) for p in x["parties"]), x["date"]) for x in g["deals"]),
        ),
        "deal_dates",
    ),
}


# --- deal events: matched one to one, parties compared leniently ---------------------------------------

_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "bql": "ban quan ly",
    "kcn": "khu cong nghiep",
    "kkt": "khu kinh te",
    "kcx": "khu che xuat",
    "tp": "thanh pho",
    "tp.": "thanh pho",
}


def _party_key(name: str) -> str:
    words = _f(name).replace("tp.", "tp ").split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def party_matches(found: str, wanted: str) -> bool:
    """Lenient: equal after folding and expanding abbreviations (UBND, KCN, BQL, TP ...), or one name is the
    other with words added at either end ("Ban Quản lý các KCN" / "Ban Quản lý các KCN tỉnh Bắc Ninh")."""
    a, b = _party_key(found), _party_key(wanted)
    if not a or not b:
        return False
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _place_key(value: str | None) -> str:
    key = _f(value)
    for prefix in ("tinh ", "thanh pho "):
        if key.startswith(prefix):
            return key[len(prefix) :]
    return key


def _parties_match(found: list[str], wanted: list[str]) -> bool:
    if len(set(map(_party_key, found))) != len(set(map(_party_key, wanted))):
        return False
    left = list(dict.fromkeys(map(_party_key, found)))
    for w in dict.fromkeys(wanted):
        hit = next((f for f in left if party_matches(f, w)), None)
        if hit is None:
            return False
        left.remove(hit)
    return True


EVENT_FIELDS = ("events", "events+details")


def _event_details(ev: dict[str, Any]) -> tuple[Any, ...]:
    return (_amount(ev.get("amount")), ev.get("currency"), _place_key(ev.get("province")), ev.get("status"))


def score_events(tags: Tags, gold: list[dict[str, Any]], scores: dict[str, Score]) -> bool:
    """Add one row's events to `scores["events"]` (kind and parties) and `scores["events+details"]`
    (also amount, currency, province, status); True when both agree wholly. An event matches a gold
    event of the same kind whose parties match its own one to one (`party_matches`)."""
    found = [
        {
            "kind": ev.kind,
            "parties": [p.name for p in ev.parties],
            "amount": ev.amount,
            "currency": ev.currency,
            "province": ev.province,
            "status": ev.status,
        }
        for ev in tags.events
    ]
    wanted = [{**ev, "parties": [p["name"] for p in ev["parties"]]} for ev in gold]
    ok = True
    for field in EVENT_FIELDS:
        left = list(found)
        tp = 0
        for w in wanted:
            hit = next(
                (
                    f
                    for f in left
                    if f["kind"] == w["kind"]
                    and _parties_match(f["parties"], w["parties"])
                    and (field == "events" or _event_details(f) == _event_details(w))
                ),
                None,
            )
            if hit is not None:
                left.remove(hit)
                tp += 1
        s = scores[field]
        s.tp += tp
        s.found += len(found)
        s.wanted += len(wanted)
        ok = ok and tp == len(found) == len(wanted)
    return ok


@dataclass
class Score:
    tp: int = 0
    found: int = 0
    wanted: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.wanted if self.wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, found: set[Any], wanted: set[Any]) -> bool:
        """Count one item's found and wanted keys; True when they agree."""
        self.tp += len(found & wanted)
        self.found += len(found)
        self.wanted += len(wanted)
        return found == wanted


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _keys(field: str, tags: Tags, gold: dict[str, list[Any]]) -> tuple[set[Key], set[Key]]:
    pred_fn, gold_fn = FIELDS[field] if field in FIELDS else ANNOTATED_FIELDS[field][0]
    wanted = set(gold_fn(gold))
    if field == "organizations":  # an organisation matches by canonical name or, failing that, its mention
        found = {_f(o.name) if _f(o.name) in wanted else _f(o.mention) for o in tags.organizations}
    else:
        found = set(pred_fn(tags))
    return found, wanted


def score_sentences(
    rows: list[dict[str, Any]], tagger: Callable[[str, str | None], Tags] | None = None
) -> tuple[dict[str, Score], list[tuple[str, str, set[Key], set[Key]]]]:
    """Scores per field, and the (field, text, missed, spurious) errors."""
    if tagger is None:
        from extract import tag_text as tagger
    scores = {field: Score() for field in [*FIELDS, *ANNOTATED_FIELDS, *EVENT_FIELDS]}
    errors: list[tuple[str, str, set[Key], set[Key]]] = []
    for row in rows:
        tags = tagger(row["text"], row.get("published"))
        if "events" in row["gold"] and not score_events(tags, row["gold"]["events"], scores):
            found = {(e.kind, frozenset(p.name for p in e.parties)) for e in tags.events}
            wanted = {(e["kind"], frozenset(p["name"] for p in e["parties"])) for e in row["gold"]["events"]}
            errors.append(("events", row["text"], wanted - found, found - wanted))
        annotated = set(row.get("annotated", []))
        fields = [*FIELDS, *(f for f, (_, need) in ANNOTATED_FIELDS.items() if need in annotated)]
        for field in fields:
            found, wanted = _keys(field, tags, row["gold"])
            if not scores[field].add(found, wanted):
                errors.append((field, row["text"], wanted - found, found - wanted))
    return scores, errors


def check_pages(rows: list[dict[str, Any]]) -> list[tuple[str, str, bool, str]]:
    """(page, check, passed, detail) for every expectation of every page."""
    from extract import extract_document
    from extract.page import decode_html

    out: list[tuple[str, str, bool, str]] = []
    for row in rows:
        html = decode_html((EVAL_DIR / row["file"]).read_bytes(), "text/html")
        doc = extract_document(html, url=row["url"])
        name = row["file"]
        out.append((name, "kind", doc.kind == row["kind"], f"{doc.kind!r}"))
        if row["kind"] == "listing":
            continue
        out.append((name, "title", doc.title == row["title"], f"{doc.title!r}"))
        out.append((name, "published", doc.published == row["published"], f"{doc.published!r}"))
        if row.get("lead"):
            ok = doc.lead == row["lead"] and doc.text.startswith(row["lead"])
            out.append((name, "lead", ok, f"{(doc.lead or '')[:60]!r}"))
        if "captions" in row:
            out.append((name, "captions", doc.captions == row["captions"], f"{doc.captions!r}"))
        if "updated" in row:
            out.append((name, "updated", doc.updated == row["updated"], f"{doc.updated!r}"))
        for s in row.get("must_contain", []):
            out.append((name, "contains", s in doc.text, s))
        for s in row.get("must_not_contain", []):
            out.append((name, "excludes", s not in doc.text, s))
    return out


CITED_FIELDS: dict[str, Callable[[dict[str, Any]], Key]] = {
    "cited": lambda c: (c["number"] or _f(c["title"]), c["date"]),
    "cited+details": lambda c: (c["number"] or _f(c["title"]), c["date"], c["doc_type"], _f(c["issuer"])),
}


def extract_pages(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """file -> Document for every page row."""
    from extract import extract_document
    from extract.page import decode_html

    return {
        row["file"]: extract_document(
            decode_html((EVAL_DIR / row["file"]).read_bytes(), "text/html"), url=row["url"]
        )
        for row in rows
    }


def score_cited(
    rows: list[dict[str, Any]], documents: dict[str, Any] | None = None
) -> tuple[dict[str, Score], list[tuple[str, str, set[Key], set[Key]]]]:
    """Cited documents of the legal pages: scores per field and (field, page, missed, spurious) errors."""
    legal = [row for row in rows if "cited" in row]
    documents = documents or extract_pages(legal)
    scores = {field: Score() for field in CITED_FIELDS}
    errors: list[tuple[str, str, set[Key], set[Key]]] = []
    for row in legal:
        decision = documents[row["file"]].decision
        cited = [c.model_dump() for c in decision.cited] if decision is not None else []
        for field, key in CITED_FIELDS.items():
            found, wanted = {key(c) for c in cited}, {key(c) for c in row["cited"]}
            if not scores[field].add(found, wanted):
                errors.append((field, row["file"], wanted - found, found - wanted))
    return scores, errors


def score_page_tags(
    rows: list[dict[str, Any]], documents: dict[str, Any] | None = None
) -> tuple[dict[str, Score], list[tuple[str, str, set[Key], set[Key]]]]:
    """Tags of whole pages (rows with gold `tags`): the sentence fields over each page's main text, tagged
    as one unit whatever kind the page was given; scores per field and (field, page, missed, spurious)
    errors."""
    from extract import tag_text

    tagged = [row for row in rows if "tags" in row]
    documents = documents or extract_pages(tagged)
    scores = {field: Score() for field in [*FIELDS, *EVENT_FIELDS]}
    errors: list[tuple[str, str, set[Key], set[Key]]] = []
    for row in tagged:
        tags = tag_text(documents[row["file"]].text, row["published"][:10])
        if "events" in row["tags"] and not score_events(tags, row["tags"]["events"], scores):
            errors.append(("events", row["file"], set(), set()))
        for field in FIELDS:
            found, wanted = _keys(field, tags, row["tags"])
            if not scores[field].add(found, wanted):
                errors.append((field, row["file"], wanted - found, found - wanted))
    return scores, errors


def _print_errors(errors: list[tuple[str, str, set[Key], set[Key]]], field: str | None) -> None:
    for name, where, missed, spurious in errors:
        if name == field:
            print(f"\n{where}\n  missed:   {sorted(map(str, missed))}")
            print(f"  spurious: {sorted(map(str, spurious))}")


def _print_scores(scores: dict[str, Score]) -> None:
    for field, s in scores.items():
        print(
            f"{field:<18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.found:6d} {s.wanted:5d}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--errors", metavar="FIELD", help="also print the sentences where FIELD differs")
    parser.add_argument(
        "--fully-annotated",
        action="store_true",
        help="score only the rows annotated for every field (batch 5+)",
    )
    parser.add_argument(
        "--batch",
        type=int,
        metavar="N",
        help="score only the hand-written rows of batch N (e.g. 8, the blind batch); pages are skipped",
    )
    args = parser.parse_args(argv)
    rows = [r for r in load_jsonl(SENTENCES) if r.get("annotated") or not args.fully_annotated]
    if args.batch is not None:
        rows = [r for r in rows if r.get("batch") == args.batch]
    scores, errors = score_sentences(rows)
    print(f"{len(rows)} sentences ({sum(1 for r in rows if r.get('annotated'))} annotated for every field)")
    print(f"{'field':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'found':>6} {'gold':>5}")
    _print_scores(scores)
    _print_errors(errors, args.errors)
    if PAGES.exists() and args.batch is not None:
        pages = [r for r in load_jsonl(PAGES) if r.get("batch") == args.batch and "tags" in r]
        if pages:
            page_scores, page_errors = score_page_tags(pages)
            print(f"\ntags of {len(pages)} whole pages of batch {args.batch}")
            _print_scores(page_scores)
            _print_errors(page_errors, args.errors)
    if PAGES.exists() and args.batch is None:
        checks = check_pages(load_jsonl(PAGES))
        by_check: dict[str, list[bool]] = {}
        for _, check, ok, _ in checks:
            by_check.setdefault(check, []).append(ok)
        pages = len({name for name, *_ in checks})
        print(f"\n{pages} pages: " + ", ".join(f"{c} {sum(v)}/{len(v)}" for c, v in by_check.items()))
        for name, check, ok, detail in checks:
            if not ok:
                print(f"  FAIL {name} {check}: {detail}")
        cited_scores, cited_errors = score_cited(load_jsonl(PAGES))
        print(f"\ncited documents on {sum(1 for r in load_jsonl(PAGES) if 'cited' in r)} legal pages")
        _print_scores(cited_scores)
        _print_errors(cited_errors, args.errors)
        page_scores, page_errors = score_page_tags(load_jsonl(PAGES))
        print(f"\ntags of {sum(1 for r in load_jsonl(PAGES) if 'tags' in r)} whole pages")
        _print_scores(page_scores)
        _print_errors(page_errors, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
