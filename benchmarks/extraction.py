"""Extraction throughput at two page weights, against lxml and trafilatura, same run, CPU time.

Run: `python -m benchmarks.extraction [--runs N] [--profile]`.

Corpora (benchmarks/heavy_pages.py): the sample site's article, decision and listing pages as shipped
(light, 2-8 KB) and the same pages wrapped in a paper's, a portal's or a listing's chrome (heavy,
150-400 KB). Methods, each over a whole corpus:
- `lxml parse`: `lxml.html.document_fromstring`, the floor any extractor pays;
- `trafilatura`: `trafilatura.bare_extraction(html, url, with_metadata=True)`, its defaults;
- `trafilatura + ner`: the same, then `underthesea.ner` on the main text sentence by sentence
  (`underthesea.sent_tokenize`), as the library is meant to be fed;
- `cnht extract_document`: our extraction with tagging, no site rules;
- `cnht + learnt template`: the same with each site's template learnt from the corpus's own pages of
  that site (`extract.templates.learn`), as the extract stage does from the archive; the cost of
  learning is printed apart (it is paid once per source, not per page).

Every figure is pages per CPU second (`time.process_time`, so other processes on the machine do not
count), the median of `--runs` rounds with its min-max spread; in each round the methods run one after
the other in a rotated order (interleaved), so a change in machine load hits every method alike. The load
average is printed before and after. The process is pinned to one core. `--profile` prints cProfile's
top functions of `extract_document` on the heavy corpus instead.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extract.templates import Template


def pin_one_core() -> None:
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = "1"
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def load_line() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


class Timing:
    """CPU seconds of one method over its rounds."""

    def __init__(self) -> None:
        self.seconds: list[float] = []

    def rate(self, items: float) -> tuple[float, float, float]:
        """(median, min, max) of items per CPU second."""
        rates = [items / s for s in self.seconds if s > 0]
        return statistics.median(rates), min(rates), max(rates)


def interleaved(methods: dict[str, Callable[[], Any]], runs: int) -> dict[str, Timing]:
    """CPU time of each method, `runs` rounds; each round runs every method once, in a rotated order."""
    names = list(methods)
    timings = {name: Timing() for name in names}
    for round_no in range(runs):
        shift = round_no % len(names)
        for name in names[shift:] + names[:shift]:
            start = time.process_time()
            methods[name]()
            timings[name].seconds.append(time.process_time() - start)
    return timings


def interleaved_slices(
    methods: dict[str, Callable[[Any], Any]], items: Sequence[Any], runs: int, slices: int = 24
) -> dict[str, Timing]:
    """CPU time of each method over all `items`, `runs` rounds, the methods taking turns slice by slice.

    Each round cuts `items` into `slices` runs of consecutive items and gives each slice to every method
    in turn (the order rotated from slice to slice); a method's round time is the sum over its slices. A
    fast method whose whole round lasts seconds is then timed across the same minutes as a slow baseline,
    so a burst of load on the machine (a busy neighbour on the same physical core) falls on both sides of
    a ratio alike, not on whichever method happened to run during it."""
    names = list(methods)
    timings = {name: Timing() for name in names}
    size = max(1, -(-len(items) // slices))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    for round_no in range(runs):
        spent = dict.fromkeys(names, 0.0)
        for chunk_no, chunk in enumerate(chunks):
            shift = (round_no + chunk_no) % len(names)
            for name in names[shift:] + names[:shift]:
                start = time.process_time()
                for item in chunk:
                    methods[name](item)
                spent[name] += time.process_time() - start
        for name in names:
            timings[name].seconds.append(spent[name])
    return timings


def round_ratios(timing: Timing, base: Timing) -> list[float]:
    """Each round's speed ratio of `timing` to `base` (base seconds / seconds): both ran in that round, back
    to back, so a machine that slows or speeds up between rounds moves both sides of a ratio alike."""
    return [b / s for s, b in zip(timing.seconds, base.seconds, strict=True) if s > 0]


def print_rates(title: str, timings: dict[str, Timing], items: float, unit: str, baseline: str) -> None:
    """One line per method: median rate, spread, and the ratio of medians to `baseline`; then, per method,
    the median of the rounds' own ratios with their spread (the same rounds, read pairwise)."""
    base = timings[baseline].rate(items)[0]
    print(title)
    for name, timing in timings.items():
        median, low, high = timing.rate(items)
        print(
            f"  {name:<26} {median:11,.1f} {unit}  (min {low:,.1f}, max {high:,.1f})"
            f"  {median / base:7.2f}x {baseline}"
        )
    for name, timing in timings.items():
        if name != baseline and (ratios := round_ratios(timing, timings[baseline])):
            print(
                f"  {name:<26} per round: {statistics.median(ratios):.2f}x {baseline}"
                f" (rounds {', '.join(f'{r:.2f}' for r in ratios)})"
            )


def ner_by_sentence(text: str) -> list[Any]:
    """underthesea's NER fed one sentence at a time, the way the library expects its input."""
    from underthesea import ner, sent_tokenize

    out: list[Any] = []
    for sentence in sent_tokenize(text):
        out.extend(ner(sentence))
    return out


def site_of(url: str) -> str:
    """The sample site a page belongs to: the first segment of its path."""
    return url.split("/", 4)[3]


def learn_templates(pages: Sequence[tuple[str, str]]) -> dict[str, Template]:
    from extract.page import parse_html
    from extract.templates import learn

    sites = sorted({site_of(url) for url, _ in pages})
    return {s: learn(parse_html(h) for u, h in pages if site_of(u) == s) for s in sites}


def page_methods(pages: Sequence[tuple[str, str]]) -> dict[str, Callable[[], Any]]:
    import trafilatura
    from lxml import html as lxml_html

    from extract import extract_document

    templates = learn_templates(pages)

    def parse() -> None:
        for _, html in pages:
            lxml_html.document_fromstring(html)

    def traf() -> None:
        for url, html in pages:
            trafilatura.bare_extraction(html, url=url, with_metadata=True)

    def traf_ner() -> None:
        for url, html in pages:
            result = trafilatura.bare_extraction(html, url=url, with_metadata=True)
            if result is not None and result.text:
                ner_by_sentence(result.text)

    def ours() -> None:
        for url, html in pages:
            extract_document(html, url=url)

    def ours_templates() -> None:
        for url, html in pages:
            extract_document(html, url=url, template=templates[site_of(url)])

    return {
        "lxml parse": parse,
        "trafilatura": traf,
        "trafilatura + ner": traf_ner,
        "cnht extract_document": ours,
        "cnht + learnt template": ours_templates,
    }


def profile(pages: Sequence[tuple[str, str]], top: int) -> None:
    from extract import extract_document

    profiler = cProfile.Profile(time.process_time)  # CPU time: other processes do not count
    profiler.enable()
    for url, html in pages:
        extract_document(html, url=url)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.extraction", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--runs", type=int, default=3, help="rounds per measurement (median); default 3")
    parser.add_argument("--profile", action="store_true", help="cProfile extract_document on heavy pages")
    parser.add_argument("--top", type=int, default=25, help="functions listed by --profile; default 25")
    args = parser.parse_args(argv)
    pin_one_core()

    from benchmarks.heavy_pages import heavy_corpus
    from extract import extract_document

    corpus = heavy_corpus()
    light = [(p.url, p.light) for p in corpus]
    heavy = [(p.url, p.heavy) for p in corpus]
    import trafilatura

    for url, html in light + heavy[:1]:  # load models, gazetteers and stoplists before timing
        extract_document(html, url=url)
        trafilatura.bare_extraction(html, url=url, with_metadata=True)
    ner_by_sentence("Công ty TNHH A ký kết với Công ty CP B tại Hải Dương.")
    if args.profile:
        profile(heavy, args.top)
        return 0
    kb = [len(h.encode("utf-8")) / 1000 for _, h in heavy]
    print(
        f"{len(corpus)} pages ({sum(p.kind == 'listing' for p in corpus)} listings); light "
        f"{min(len(h) for _, h in light) / 1000:.1f}-{max(len(h) for _, h in light) / 1000:.1f} KB, heavy "
        f"{min(kb):.0f}-{max(kb):.0f} KB (median {statistics.median(kb):.0f}); runs={args.runs}; "
        "1 core, CPU time"
    )
    print(f"before: {load_line()}")
    for name, pages in (("light (as shipped)", light), ("heavy (wrapped in chrome)", heavy)):
        timings = interleaved(page_methods(pages), args.runs)
        print_rates(f"{name}: pages per CPU second", timings, len(pages), "p/s", "trafilatura + ner")
        start = time.process_time()
        learnt = learn_templates(pages)
        spent = time.process_time() - start
        lines = sum(len(t.lines) for t in learnt.values())
        print(f"  learning {len(learnt)} templates ({lines} lines) from these pages: {spent:.2f} CPU s")
    print(f"after: {load_line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
