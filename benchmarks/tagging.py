"""Tagging and extract+tag throughput against the raw-library baseline, on the same inputs, one core.

Run: `python -m benchmarks.tagging [--runs N]`.

- tagging: characters per CPU second of `extract.tag_text` vs `underthesea.ner` on the same texts (the
  main text of every stored page below plus the evaluation sentences), underthesea fed one sentence at a
  time (`underthesea.sent_tokenize`), as the library expects: its cost grows faster than linearly with
  the length of its input, so whole documents would flatter us about 3x;
- pages: extract+tag pages per CPU second of `extract.extract_document` vs `trafilatura.bare_extraction`
  + sentence-by-sentence `underthesea.ner`, on the stored HTML pages as shipped (crawlers/sample_site/site,
  tests/eval/pages; a few KB each) and on the sample pages wrapped in 150-400 KB of chrome
  (benchmarks/heavy_pages.py);
- peak memory of each (tracemalloc on the first ten inputs, in a separate run so that timings are not
  slowed by it) and the process's max RSS.

CPU time (`time.process_time`), medians of `--runs` rounds with their min-max spread, the methods of a
measure interleaved in each round (benchmarks/extraction.py): for tagging, slice by slice of the texts
(24 slices a round, `interleaved_slices`), so that our few seconds are timed across the same minutes as
the baseline's; the load average printed before and after; the process is pinned to one CPU. Timings are
printed, never asserted in tests.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import tracemalloc
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BASE = "http://127.0.0.1:8765"


def pin_one_core() -> None:
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def load_pages() -> list[tuple[str, str]]:
    """(url, html) of every stored page: the sample site's and the evaluation set's."""
    pages = []
    for path in sorted((ROOT / "crawlers/sample_site/site").rglob("*.html")):
        rel = path.relative_to(ROOT / "crawlers/sample_site/site").as_posix()
        html = path.read_text(encoding="utf-8").replace("{{BASE}}", BASE)
        pages.append((f"{BASE}/{rel}", html))
    for path in sorted((ROOT / "tests/eval/pages").glob("*.html")):
        pages.append((f"https://eval.example.vn/{path.name}", path.read_text(encoding="utf-8")))
    return pages


def load_texts(pages: list[tuple[str, str]]) -> list[str]:
    from extract import extract_document
    from extract.evaluate import SENTENCES, load_jsonl

    texts = [extract_document(html, url=url).text for url, html in pages]
    texts = [t for t in texts if t]
    rows = load_jsonl(SENTENCES)
    for i in range(0, len(rows), 10):  # paragraphs of ten evaluation sentences
        texts.append(" ".join(unicodedata.normalize("NFC", r["text"]) for r in rows[i : i + 10]))
    return texts


def timed(fn: Callable[[], Any], runs: int) -> float:
    """Median CPU time of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def peak_mib(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def underthesea_ablation() -> None:
    """What underthesea's sentence splitter would add to the deal tagger (the only sentence-level tagger),
    on paragraphs of ten evaluation sentences, and what its word segmentation would cost."""
    from underthesea import sent_tokenize, word_tokenize

    import extract.tag.deals as deals
    from extract.evaluate import SENTENCES, load_jsonl, score_sentences

    def uts_spans(text: str) -> list[tuple[int, int]]:
        spans, pos = [], 0
        for sentence in sent_tokenize(text):
            i = text.find(sentence, pos)
            if i >= 0:
                spans.append((i, i + len(sentence)))
                pos = i + len(sentence)
        return spans

    rows = load_jsonl(SENTENCES)
    paras = []
    for i in range(0, len(rows), 10):
        chunk = rows[i : i + 10]
        shared = set.intersection(*(set(r["gold"]) for r in chunk))  # events: annotated on some batches only
        gold = {k: [x for r in chunk for x in r["gold"][k]] for k in chunk[0]["gold"] if k in shared}
        text = " ".join(unicodedata.normalize("NFC", r["text"]) for r in chunk)
        paras.append({"text": text, "published": chunk[0]["published"], "gold": gold})
    ours = deals.sentences
    print("underthesea ablation (deals on paragraphs of ten evaluation sentences):")
    try:
        for name, split in (("cnht sentences()", ours), ("underthesea.sent_tokenize", uts_spans)):
            deals.sentences = split
            scores = score_sentences(paras)[0]
            f1, f1_details = scores["deals"].f1, scores["deals+details"].f1
            print(f"  {name:<26} deals F1 {f1:.3f}, deals+details F1 {f1_details:.3f}")
    finally:
        deals.sentences = ours
    chars = sum(len(p["text"]) for p in paras)
    seconds = timed(lambda: [word_tokenize(p["text"]) for p in paras], 1)
    print(f"  underthesea.word_tokenize alone: {chars / seconds:,.0f} chars/s (no cnht tagger needs it)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tagging", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median); default 3")
    args = parser.parse_args(argv)
    pin_one_core()

    from benchmarks.extraction import interleaved, interleaved_slices, load_line, ner_by_sentence, print_rates
    from benchmarks.heavy_pages import heavy_corpus
    from extract import extract_document, tag_text

    pages = load_pages()
    heavy = [(p.url, p.heavy) for p in heavy_corpus()]
    texts = load_texts(pages)
    chars = sum(len(t) for t in texts)
    ner_by_sentence(texts[0][:200])  # load the model before timing
    tag_text(texts[0])

    def ours_tag() -> None:  # whole texts, for the peak-memory figure
        for t in texts:
            tag_text(t)

    def base_tag() -> None:
        for t in texts:
            ner_by_sentence(t)

    def page_methods(corpus: list[tuple[str, str]]) -> dict[str, Callable[[], Any]]:
        import trafilatura

        def ours() -> None:
            for url, html in corpus:
                extract_document(html, url=url)

        def base() -> None:
            for url, html in corpus:
                result = trafilatura.bare_extraction(html, url=url, with_metadata=True)
                if result is not None and result.text:
                    ner_by_sentence(result.text)

        return {"cnht extract_document": ours, "trafilatura + ner": base}

    print(
        f"inputs: {len(texts)} texts, {chars:,} characters; {len(pages)} HTML pages as shipped, "
        f"{len(heavy)} heavy pages; runs={args.runs}; 1 core, CPU time"
    )
    print(f"before: {load_line()}")
    tag_methods = {"cnht tag_text": tag_text, "underthesea.ner": ner_by_sentence}
    tagging = interleaved_slices(tag_methods, texts, args.runs)
    print_rates("tagging: characters per CPU second", tagging, chars, "ch/s", "underthesea.ner")
    for name, corpus in (("pages as shipped", pages), ("heavy pages (150-400 KB)", heavy)):
        timings = interleaved(page_methods(corpus), args.runs)
        print_rates(
            f"extract+tag, {name}: pages per CPU second", timings, len(corpus), "p/s", "trafilatura + ner"
        )
    print(f"after: {load_line()}")
    texts[:], pages[:] = texts[:10], pages[:10]  # peak memory on the first ten inputs of each, both sides
    light_methods = page_methods(pages)
    print("peak Python memory on the first 10 inputs (tracemalloc, MiB; C-side model memory not included):")
    print(f"  tag_text {peak_mib(ours_tag):.1f}   underthesea.ner {peak_mib(base_tag):.1f}")
    print(
        f"  extract_document {peak_mib(light_methods['cnht extract_document']):.1f}"
        f"   trafilatura + ner {peak_mib(light_methods['trafilatura + ner']):.1f}"
    )
    underthesea_ablation()
    import resource

    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
