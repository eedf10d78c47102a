"""Tagging time against text length, up to 2 MB: does `tag_text` grow linearly?

Run: `python -m benchmarks.tagging_scaling [--max-kb 2048] [--runs 3]`.

Three shapes of text are grown by doubling, from 1 KB to `--max-kb`:
- prose: the evaluation sentences, one after another (many short sentences);
- one sentence: the same sentences joined by ", " (no sentence end for the whole text: any per-sentence
  step that is quadratic in the sentence's firms or verbs shows here);
- firm list: "Công ty TNHH A1, Công ty CP A2, ..." with a signing verb every 50 firms (dense names).

For each size it prints CPU seconds (median of `--runs`), ms per KB, and that figure divided by the one at
the smallest size: ~1 at every size means linear; a ratio that doubles with each doubling means quadratic.
The process is pinned to one CPU; the load average is printed. Timings are printed, never asserted.
"""

from __future__ import annotations

import argparse
import os
import unicodedata

from benchmarks.tagging import pin_one_core, timed


def eval_sentences() -> list[str]:
    from extract.evaluate import SENTENCES, load_jsonl

    return [unicodedata.normalize("NFC", r["text"]).strip() for r in load_jsonl(SENTENCES)]


def grow(units: list[str], sep: str, size: int) -> str:
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        piece = units[i % len(units)]
        out.append(piece)
        n += len(piece.encode("utf-8")) + len(sep)
        i += 1
    return sep.join(out)[: size * 2]  # a generous cut in characters; the KB figure below is measured


def firm_units() -> list[str]:
    units = []
    for i in range(1, 10_000):
        form = ("Công ty TNHH", "Công ty CP", "Tập đoàn", "Công ty")[i % 4]
        unit = f"{form} Cơ khí Minh Long {i}"
        if i % 50 == 0:
            unit += " ký kết với Công ty CP Linh kiện Hòa Bình về cung ứng 12,5 triệu USD"
        units.append(unit)
    return units


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=2048)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shapes", default="prose,one sentence,firm list")
    args = parser.parse_args()
    pin_one_core()
    from extract.tag import tag_text

    sentences = eval_sentences()
    shapes = {
        "prose": (sentences, " "),
        "one sentence": ([s.rstrip(".!?;") for s in sentences], ", "),
        "firm list": (firm_units(), ", "),
    }
    tag_text(sentences[0])  # load the data files outside the timings
    print(f"load average {os.getloadavg()[0]:.2f} / {os.getloadavg()[1]:.2f}; CPU s, median of {args.runs}")
    for name in args.shapes.split(","):
        units, sep = shapes[name]
        print(f"\n{name}")
        print(f"{'KB':>7} {'CPU s':>9} {'ms/KB':>8} {'vs 1 KB':>8}")
        base = None
        kb = 1
        while kb <= args.max_kb:
            text = grow(units, sep, kb * 1024)
            real_kb = len(text.encode("utf-8")) / 1024
            runs = args.runs if kb <= 512 else max(1, args.runs // 2 + 1)
            secs = timed(lambda text=text: tag_text(text, published="2024-05-01"), runs)
            per_kb = secs * 1000 / real_kb
            base = base or per_kb
            print(f"{real_kb:7.0f} {secs:9.3f} {per_kb:8.2f} {per_kb / base:8.2f}", flush=True)
            kb *= 2
    print(f"\nload average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
