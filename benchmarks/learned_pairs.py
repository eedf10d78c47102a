"""A probe, not a feature: would a learned firm-pair detector carry to a new writer better than the rules?

Run: `python -m benchmarks.learned_pairs [--test-batch 15]`. It trains an averaged perceptron (pure Python,
bag of words between and around two firms of a sentence, the firms found by `tag_text`) on every evaluation
batch before the test batch, and scores who-signed-with-whom on the test batch, beside the rules' pairs on
the same rows: once with the deal's kind (a learned pair's kind is the rules' `signing_kind` of its window)
and once without it (the pair alone).

The comparison is fair only on a batch the rules have never been tuned on: run it on a new blind batch
*before* its training round, with the taggers of that moment. Session 7 did so on batch 15 (taggers of the
session start, trained on batches 1-14): pairs without kind, rules P 0.875 R 0.778 F1 0.824, learned
P 0.861 R 0.840 F1 0.850; with kind, rules 0.667, learned 0.625. Two lessons: a learned pair detector
already matches or beats the rules on a new writer, and the kind (mou / supply / cooperation, where writers
disagree) costs more F1 than finding the pair. Neither is used by `tag_text` yet (issue 12).
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
from collections import defaultdict

from extract.evaluate import SENTENCES, _f, load_jsonl
from extract.models import Firm
from extract.tag import tag_text
from extract.tag.signing import signing_kind

_TOKEN = re.compile(r"\w+|[^\w\s]")
Pair = tuple[str, frozenset[str]]


def features(text: str, a: Firm, b: Firm, firms: list[Firm]) -> list[str]:
    """What the perceptron sees of a pair (a before b): the words between them, around them, the gap."""
    between = [t.lower() for t in _TOKEN.findall(text[a.end : b.start])]
    before = [t.lower() for t in _TOKEN.findall(text[max(0, a.start - 40) : a.start])][-5:]
    after = [t.lower() for t in _TOKEN.findall(text[b.end : b.end + 60])][:8]
    out = ["b:" + t for t in between[:12]] + ["be:" + t for t in between[-6:]]
    out += ["bb:" + x + "_" + y for x, y in itertools.pairwise(between)]
    out += ["p:" + t for t in before] + ["a:" + t for t in after]
    out += ["aa:" + x + "_" + y for x, y in itertools.pairwise(after)]
    inside = sum(1 for f in firms if a.end <= f.start and f.end <= b.start)
    out += [f"len:{min(len(between) // 3, 10)}", f"inside:{min(inside, 3)}", "bias"]
    return [*out, f"forms:{a.legal_form or '-'}|{b.legal_form or '-'}"]


def candidates(row: dict) -> tuple[list[Pair], list[tuple[Firm, Firm, list[str]]]]:
    """The rules' pairs of a row, and every pair of different firms within 250 characters with features."""
    tags = tag_text(row["text"], row.get("published"))
    firms = sorted(tags.firms, key=lambda f: f.start)
    rules = [(d.kind, frozenset(_f(p) for p in d.parties)) for d in tags.deals if len(d.parties) == 2]
    pairs = [
        (a, b, features(row["text"], a, b, firms))
        for i, a in enumerate(firms)
        for b in firms[i + 1 :]
        if _f(a.name) != _f(b.name) and b.start - a.end <= 250
    ]
    return rules, pairs


def train(rows: list[dict], epochs: int = 10, seed: int = 1) -> dict[str, float]:
    """Averaged perceptron weights: +1 for a pair the gold has as a deal, -1 for any other pair."""
    data = []
    for row in rows:
        deals = row["gold"]["deals"]
        gold = {frozenset(_f(p) for p in d["parties"]) for d in deals if len(d["parties"]) == 2}
        for a, b, feats in candidates(row)[1]:
            data.append((feats, 1 if frozenset((_f(a.name), _f(b.name))) in gold else -1))
    w: dict[str, float] = defaultdict(float)
    u: dict[str, float] = defaultdict(float)
    step = 1
    random.Random(seed).shuffle(data)
    for _ in range(epochs):
        for feats, y in data:
            if y * sum(w[x] for x in feats) <= 0:
                for x in feats:
                    w[x] += y
                    u[x] += y * step
            step += 1
    return {k: w[k] - u[k] / step for k in w}


def score(rows: list[dict], weights: dict[str, float] | None, with_kind: bool) -> tuple[float, float, float]:
    """P, R, F1 of the pairs (rules' when `weights` is None) against the gold's two-party deals."""
    tp = fp = fn = 0
    for row in rows:
        rules, pairs = candidates(row)
        gold = {(d["kind"], frozenset(_f(p) for p in d["parties"])) for d in row["gold"]["deals"]}
        gold = {g for g in gold if len(g[1]) == 2}
        if weights is None:
            found = set(rules)
        else:
            text = row["text"]
            found = {
                (signing_kind(text[max(0, a.start - 80) : b.end + 120]), frozenset((_f(a.name), _f(b.name))))
                for a, b, feats in pairs
                if sum(weights.get(x, 0.0) for x in feats) > 0
            }
        if not with_kind:
            found = {("pair", p) for _, p in found}
            gold = {("pair", p) for _, p in gold}
        tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return p, r, 2 * p * r / max(1e-9, p + r)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test-batch", type=int, default=15, help="the batch to score (default 15)")
    args = parser.parse_args()
    rows = [r for r in load_jsonl(SENTENCES) if "deals" in r["gold"] and r.get("batch")]
    test = [r for r in rows if r["batch"] == args.test_batch]
    weights = train([r for r in rows if r["batch"] < args.test_batch])
    print(f"test batch {args.test_batch}: {len(test)} rows; trained on batches < {args.test_batch}")
    for with_kind in (False, True):
        label = "with kind" if with_kind else "pair only"
        for name, w in (("rules", None), ("learned", weights)):
            p, r, f1 = score(test, w, with_kind)
            print(f"  {label:9}  {name:7}  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")


if __name__ == "__main__":
    main()
