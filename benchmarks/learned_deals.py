"""How much the learned deal model adds to the rules on a batch it has not learnt from.

Run: `python -m benchmarks.learned_deals --batch 17 [--batch 16 ...]`. For each batch it builds a model the
way `extract.train_deal_model` does, leaving that batch out (and the unscored blind ones), and scores the
batch with the rules alone and with the rules reviewed by that model (deals, deals+details, events).

Read the figures with their caveat: on a batch the rules were already tuned on (every batch but an unscored
blind one), the rules' figure is inflated and the model's gain understated. The fair figure is the one on a
blind batch scored before any change for it. Session 8 measured the model the fair way on batches 15, 16
and 17 with the rules of the session before any of them was written (git worktree at 8ddd811), each batch
left out of the model's training: deals 0.686 -> 0.785, 0.682 -> 0.778 and 0.705 -> 0.779 (the features
and the policy's thresholds were chosen on these three; batch 18, blind, is the held-out check).
"""

from __future__ import annotations

import argparse
import os

import extract.tag as tag
from extract.evaluate import SENTENCES, load_jsonl, score_sentences
from extract.train_deal_model import build, training_rows

FIELDS = ("deals", "deals+details", "events")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, action="append", required=True, help="a batch to score")
    args = parser.parse_args()
    os.environ.pop("CNHT_DEAL_MODEL", None)
    rows = load_jsonl(SENTENCES)
    for batch in args.batch:
        test = [r for r in rows if r.get("batch") == batch]
        model = build(training_rows(rows, exclude=[batch]))
        print(f"batch {batch}: {len(test)} sentences; model trained without it")
        for label, chosen in (("rules", None), ("rules + model", model)):
            tag.load_model = lambda chosen=chosen: chosen  # what tag_text reviews its deals with
            scores, _ = score_sentences(test)
            figures = "  ".join(
                f"{f} P {scores[f].precision:.3f} R {scores[f].recall:.3f} F1 {scores[f].f1:.3f}"
                for f in FIELDS
            )
            print(f"  {label:14} {figures}")


if __name__ == "__main__":
    main()
