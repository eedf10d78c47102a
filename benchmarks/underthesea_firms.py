"""Would underthesea's POS tagger help find firms? Firms F1 and speed with and without it.

Run: `python -m benchmarks.underthesea_firms`.

"With" adds, to the firms `tag_text` finds, every proper-noun chunk (`Np`) of `underthesea.pos_tag` that
no tag already covers, that is not a country or province, and that has a foreign-looking word (the shape
of firm names the rules miss: bare foreign brands). Scored on the evaluation sentences (tests/eval) and on
the firm shapes of tests/test_tag_firms.py, folded names per sentence as in extract/evaluate.py. Speed:
characters per CPU second of `tag_text` alone and of `tag_text` + `pos_tag`, on the same sentences.
Figures are printed, never asserted.
"""

from __future__ import annotations

import os
import time
import unicodedata

from benchmarks.tagging import pin_one_core


def main() -> None:
    pin_one_core()
    from underthesea import pos_tag

    from extract import tag_text
    from extract.evaluate import SENTENCES, load_jsonl
    from extract.normalize import fold
    from extract.tag.firms import _foreignish_token, canonical_firm_name
    from extract.tag.places import _country_regex
    from tests.test_tag_firms import REAL_SHAPES

    def f(x: str) -> str:
        return " ".join(fold(x).split())

    rows = [
        (unicodedata.normalize("NFC", r["text"]), [x["name"] for x in r["gold"]["firms"]])
        for r in load_jsonl(SENTENCES)
    ]
    rows += [(t, want) for t, want in REAL_SHAPES]

    def with_pos(text: str) -> set[str]:
        tags = tag_text(text)
        covered = [
            (x.start, x.end)
            for field in ("firms", "organizations", "persons", "locations", "provinces", "decisions")
            for x in getattr(tags, field)
        ]
        names = {f(x.name) for x in tags.firms}
        pos = 0
        for word, label in pos_tag(text):
            start = text.find(word, pos)
            if start < 0:
                continue
            pos = start + len(word)
            if label != "Np" or any(s < pos and start < e for s, e in covered):
                continue
            if _country_regex().fullmatch(word) or not any(_foreignish_token(w) for w in word.split()):
                continue
            names.add(f(canonical_firm_name(word)))
        return names

    for name, fn in (
        ("tag_text alone", lambda t: {f(x.name) for x in tag_text(t).firms}),
        ("+ pos_tag Np", with_pos),
    ):
        tp = found = wanted = 0
        start = time.process_time()
        for text, want in rows:
            got, gold = fn(text), {f(x) for x in want}
            tp, found, wanted = tp + len(got & gold), found + len(got), wanted + len(gold)
        secs = time.process_time() - start
        p, r = tp / found, tp / wanted
        chars = sum(len(t) for t, _ in rows)
        print(f"{name:<16} firms P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}   {chars / secs:,.0f} ch/s")
    print(f"{len(rows)} sentences; load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
