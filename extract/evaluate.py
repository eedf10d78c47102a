"""Score the taggers and the page extractor on the evaluation set in tests/eval/.

Run: `python -m extract.evaluate [--errors FIELD]`. Prints precision/recall/F1 per field over
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

Pages: each row names an HTML file and expects title, published, lead (sapo kept as the first line of
the text), kind, and strings the text must / must not contain; every expectation is one check.
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
    "decisions": (
        lambda t: ((x.number, x.date) for x in t.decisions),
        lambda g: ((x["number"], x["date"]) for x in g["decisions"]),
    ),
    "decisions(number)": (
        lambda t: (x.number for x in t.decisions),
        lambda g: (x["number"] for x in g["decisions"]),
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


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _keys(field: str, tags: Tags, gold: dict[str, list[Any]]) -> tuple[set[Key], set[Key]]:
    pred_fn, gold_fn = FIELDS[field]
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
    scores = {field: Score() for field in FIELDS}
    errors: list[tuple[str, str, set[Key], set[Key]]] = []
    for row in rows:
        tags = tagger(row["text"], row.get("published"))
        for field in FIELDS:
            found, wanted = _keys(field, tags, row["gold"])
            s = scores[field]
            s.tp += len(found & wanted)
            s.found += len(found)
            s.wanted += len(wanted)
            if found != wanted:
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
        for s in row.get("must_contain", []):
            out.append((name, "contains", s in doc.text, s))
        for s in row.get("must_not_contain", []):
            out.append((name, "excludes", s not in doc.text, s))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m extract.evaluate", description=__doc__.split("\n")[0])
    parser.add_argument("--errors", metavar="FIELD", help="also print the sentences where FIELD differs")
    args = parser.parse_args(argv)
    rows = load_jsonl(SENTENCES)
    scores, errors = score_sentences(rows)
    print(f"{len(rows)} sentences")
    print(f"{'field':<18} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'found':>6} {'gold':>5}")
    for field, s in scores.items():
        print(
            f"{field:<18} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.found:6d} {s.wanted:5d}"
        )
    if args.errors:
        for field, text, missed, spurious in errors:
            if field == args.errors:
                print(f"\n{text}\n  missed:   {sorted(map(str, missed))}")
                print(f"  spurious: {sorted(map(str, spurious))}")
    if PAGES.exists():
        checks = check_pages(load_jsonl(PAGES))
        by_check: dict[str, list[bool]] = {}
        for _, check, ok, _ in checks:
            by_check.setdefault(check, []).append(ok)
        pages = len({name for name, *_ in checks})
        print(f"\n{pages} pages: " + ", ".join(f"{c} {sum(v)}/{len(v)}" for c, v in by_check.items()))
        for name, check, ok, detail in checks:
            if not ok:
                print(f"  FAIL {name} {check}: {detail}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
