"""Tagging and extract+tag throughput against the raw-library baseline, on the same inputs, one core.

Run: `python -m benchmarks.tagging [--runs N]`.

- tagging: characters/s of `extract.tag_text` vs `underthesea.ner` on the same texts (the main text of
  every stored page below plus the evaluation sentences);
- pages: extract+tag pages/s of `extract.extract_document` vs `trafilatura.bare_extraction` +
  `underthesea.ner` on the stored HTML pages (crawlers/sample_site/site/**/*.html, tests/eval/pages/*.html);
- peak memory of each (tracemalloc on the first ten inputs, in a separate run so that timings are not
  slowed by it) and the process's max RSS;
- the page parsed once (extract/page.py hands its lxml tree to trafilatura, which works on a copy) against
  parsed twice (lxml for our rules, then trafilatura parsing the HTML string again), same pages, same run.

Medians of `--runs` runs; the process is pinned to one CPU. Timings are printed, never asserted in tests.
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
    """Median wall time of `runs` calls."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
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
        gold = {k: [x for r in chunk for x in r["gold"][k]] for k in chunk[0]["gold"]}
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


def parse_once_vs_twice(pages: list[tuple[str, str]], runs: int) -> None:
    """lxml parse + trafilatura on the HTML string (the old path) vs trafilatura on the parsed tree."""
    import trafilatura

    from extract.page import parse_html

    options: dict[str, Any] = {
        "with_metadata": True,
        "include_comments": False,
        "include_tables": True,
        "date_extraction_params": {"extensive_search": False, "original_date": True},
    }

    def twice() -> None:
        for url, html in pages:
            parse_html(html)
            trafilatura.bare_extraction(html, url=url, **options)

    def once() -> None:
        for url, html in pages:
            trafilatura.bare_extraction(parse_html(html), url=url, **options)

    t_twice, t_once = timed(twice, runs), timed(once, runs)
    print("page parsed once vs twice (lxml parse + trafilatura, no tagging):")
    print(
        f"  one tree {len(pages) / t_once:,.1f} pages/s   two parses {len(pages) / t_twice:,.1f} pages/s"
        f"   ({t_twice / t_once:.2f}x)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.tagging", description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement (median); default 3")
    args = parser.parse_args(argv)
    pin_one_core()

    import trafilatura
    from underthesea import ner

    from extract import extract_document, tag_text

    pages = load_pages()
    texts = load_texts(pages)
    chars = sum(len(t) for t in texts)
    ner(texts[0][:200])  # load the model before timing
    tag_text(texts[0])

    def ours_tag() -> None:
        for t in texts:
            tag_text(t)

    def base_tag() -> None:
        for t in texts:
            ner(t)

    def ours_pages() -> None:
        for url, html in pages:
            extract_document(html, url=url)

    def base_pages() -> None:
        for url, html in pages:
            result = trafilatura.bare_extraction(html, url=url, with_metadata=True)
            text = (result.text if result is not None else "") or ""
            if text:
                ner(text)

    print(
        f"inputs: {len(texts)} texts, {chars:,} characters; {len(pages)} HTML pages; runs={args.runs}; 1 core"
    )
    t_ours, t_base = timed(ours_tag, args.runs), timed(base_tag, args.runs)
    p_ours, p_base = timed(ours_pages, args.runs), timed(base_pages, args.runs)
    rows = [
        ("tagging chars/s", chars / t_ours, chars / t_base, "tag_text", "underthesea.ner"),
        (
            "extract+tag pages/s",
            len(pages) / p_ours,
            len(pages) / p_base,
            "extract_document",
            "trafilatura + underthesea.ner",
        ),
    ]
    print(f"{'measure':<22} {'cnht':>12} {'baseline':>12} {'ratio':>7}   (cnht vs baseline)")
    for name, ours, base, who, vs in rows:
        print(f"{name:<22} {ours:12,.1f} {base:12,.1f} {ours / base:6.1f}x   ({who} vs {vs})")
    parse_once_vs_twice(pages, args.runs)
    texts[:], pages[:] = texts[:10], pages[:10]  # peak memory on the first ten inputs of each, both sides
    print("peak Python memory on the first 10 inputs (tracemalloc, MiB; C-side model memory not included):")
    print(f"  tag_text {peak_mib(ours_tag):.1f}   underthesea.ner {peak_mib(base_tag):.1f}")
    print(f"  extract_document {peak_mib(ours_pages):.1f}   trafilatura + ner {peak_mib(base_pages):.1f}")
    underthesea_ablation()
    import resource

    print(f"process max RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
