"""Persons: our rules against underthesea's NER (PER) and its POS tagger (proper-noun runs led by a surname),
F1 and characters/s on the same sentences, one core.

Run: `python -m benchmarks.persons_ner`. Sentences: the evaluation set (gold persons) and the bare-name
sentences of tests/test_tag_persons.py (names with no honorific and no role, and look-alikes that are not
persons). A name counts when the folded strings are equal; timings are medians of three runs.
"""

from __future__ import annotations

import statistics
import time
import unicodedata
from collections.abc import Callable

from benchmarks.tagging import pin_one_core
from extract.normalize import fold

Finder = Callable[[str], set[str]]


def _cases() -> dict[str, list[tuple[str, set[str]]]]:
    from extract.evaluate import SENTENCES, load_jsonl
    from tests.test_tag_persons import BARE_NAMES, NOT_PERSONS

    rows = [
        (unicodedata.normalize("NFC", r["text"]), {fold(p["name"]) for p in r["gold"]["persons"]})
        for r in load_jsonl(SENTENCES)
        if "persons" in r["gold"]
    ]
    bare = [(text, {fold(n) for n in names}) for text, names in BARE_NAMES]
    bare += [(text, set()) for text in NOT_PERSONS]
    return {"evaluation set": rows, "bare names and look-alikes": bare}


def rules(text: str) -> set[str]:
    from extract.tag.persons import tag_persons

    return {fold(p.name) for p in tag_persons(text)}


def ner_per(text: str) -> set[str]:
    from underthesea import ner

    out, cur = set(), []
    for word, _, _, tag in ner(text):
        if tag.endswith("PER") and ((tag.startswith("I-") and cur) or tag.startswith("B-")):
            cur = [*cur, word] if tag.startswith("I-") else [word]
            continue
        if cur:
            out.add(fold(" ".join(cur)))
        cur = [word] if tag == "B-PER" else []
    if cur:
        out.add(fold(" ".join(cur)))
    return out


def pos_np(text: str) -> set[str]:
    """Np words whose first syllable is a surname (underthesea groups a name into one Np word)."""
    from underthesea import pos_tag

    from extract.tag._common import load

    surnames = set(load("persons.json")["surnames"])
    return {
        fold(w)
        for w, tag in pos_tag(text)
        if tag == "Np" and len(w.split()) >= 2 and w.split()[0] in surnames
    }


def score(finder: Finder, cases: list[tuple[str, set[str]]]) -> tuple[float, float, float, float]:
    tp = fp = fn = 0
    times = []
    for _ in range(3):
        t0 = time.process_time()
        found = [finder(text) for text, _ in cases]
        times.append(time.process_time() - t0)
    for got, (_, gold) in zip(found, cases, strict=True):
        tp, fp, fn = tp + len(got & gold), fp + len(got - gold), fn + len(gold - got)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    chars = sum(len(t) for t, _ in cases)
    return p, r, 2 * p * r / max(1e-9, p + r), chars / statistics.median(times)


def main() -> None:
    pin_one_core()
    finders = (("rules", rules), ("underthesea.ner PER", ner_per), ("underthesea.pos_tag Np", pos_np))
    for label, cases in _cases().items():
        print(f"{label}: {len(cases)} sentences, {sum(len(g) for _, g in cases)} gold persons")
        for name, finder in finders:
            finder(cases[0][0])  # load models and gazetteers before timing
            p, r, f, speed = score(finder, cases)
            print(f"  {name:24} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  {speed:>10,.0f} chars/s")


if __name__ == "__main__":
    main()
