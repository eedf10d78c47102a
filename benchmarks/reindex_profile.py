"""Where a reindex's time goes: the phases of `FullTextIndex.rebuild` on an existing store, with the CPU of
each thread sampled every second (from /proc, Linux only).

    python -m benchmarks.reindex_profile DATA_DIR [--docs N] [--threads T] [--heap BYTES]

Builds an index of the store's records in a temp dir (the store and its index are not touched), as
`rebuild` does, and prints: the feed loop (main-thread CPU of reading the store, `json.loads`,
`_to_tantivy`, `add_document`), `commit` and `wait_merging_threads`, each in wall and CPU seconds, the CPU
seconds of each thread kind (main, tantivy's indexing threads, its doc-store compressor, merge threads), and
the cores busy in each second with the load average: a wall time close to the CPU time with cores busy
near 1.0 says another process held a core, not that the rebuild ran serially.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import tempfile
import threading
import time
from pathlib import Path

import tantivy

from search.embedded import fulltext as ft
from search.embedded.backend import STORE_FILE
from search.embedded.docstore import DocumentStore
from search.gc_pause import cycle_collection_paused

HZ = os.sysconf("SC_CLK_TCK")


def thread_cpu() -> dict[tuple[str, str], float]:
    """(thread id, name) -> CPU seconds of each thread of this process."""
    out = {}
    for tid in os.listdir("/proc/self/task"):
        try:
            stat = Path(f"/proc/self/task/{tid}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        out[(tid, name)] = (int(fields[11]) + int(fields[12])) / HZ
    return out


def kind(name: str) -> str:
    """A thread's kind from its (15-character) name."""
    for prefix, label in (("thrd-tantivy-in", "tantivy indexing"), ("thrd-tantivy-me", "tantivy merge")):
        if name.startswith(prefix):
            return label
    if name.startswith("docstore"):
        return "doc-store compressor"
    return "main (Python)" if name.startswith("python") else name


class Sampler(threading.Thread):
    """Cores busy per second, by thread kind, tagged with the phase running."""

    def __init__(self) -> None:
        super().__init__(daemon=True, name="sampler")
        self.phase = "feed"
        self.samples: list[tuple[str, dict[str, float], float]] = []
        self.done = threading.Event()

    def run(self) -> None:
        last, prev = time.monotonic(), thread_cpu()
        while not self.done.wait(1.0):
            now, cur = time.monotonic(), thread_cpu()
            busy: collections.Counter[str] = collections.Counter()
            for key, cpu in cur.items():
                if key[1] != "sampler":
                    busy[kind(key[1])] += (cpu - prev.get(key, 0.0)) / (now - last)
            self.samples.append((self.phase, dict(busy), os.getloadavg()[0]))
            last, prev = now, cur


def cpu_now() -> float:
    t = os.times()
    return t.user + t.system


def profile(data_dir: Path, limit: int, threads: int, heap: int) -> None:
    docs = DocumentStore(data_dir / STORE_FILE, read_only=True)
    maker = ft.FullTextIndex.__new__(ft.FullTextIndex)
    maker.schema = ft.build_schema()
    out = Path(tempfile.mkdtemp(prefix="cnht-reindex-profile-"))
    sampler = Sampler()
    try:
        index = tantivy.Index(maker.schema, path=str(out))
        index.register_tokenizer(ft.FOLD_ANALYZER, ft.fold_analyzer())
        writer = index.writer(heap_size=heap, num_threads=threads)
        print(f"{data_dir}: {threads} indexing threads, heap {heap / 1e6:.0f} MB; load {os.getloadavg()}")
        sampler.start()
        spent: collections.Counter[str] = collections.Counter()
        clock = time.thread_time
        w0, c0 = time.monotonic(), cpu_now()
        n = 0
        with cycle_collection_paused():
            raw_docs = docs._iter_json(1000)
            while n < limit:
                a = clock()
                raw = next(raw_docs, None)
                b = clock()
                spent["read"] += b - a
                if raw is None:
                    break
                record = json.loads(raw)
                c = clock()
                spent["json.loads"] += c - b
                doc = maker._to_tantivy(record)
                d = clock()
                spent["_to_tantivy"] += d - c
                writer.add_document(doc)
                spent["add_document"] += clock() - d
                n += 1
        w1, c1 = time.monotonic(), cpu_now()
        sampler.phase = "commit"
        writer.commit()
        w2, c2 = time.monotonic(), cpu_now()
        sampler.phase = "merge"
        writer.wait_merging_threads()
        w3, c3 = time.monotonic(), cpu_now()
        time.sleep(1.1)
        sampler.done.set()
        sampler.join()
        segments = len(list(out.glob("*.idx")))
    finally:
        shutil.rmtree(out, ignore_errors=True)
        docs.close()
    print(f"{n:,} documents, {segments} segments")
    main = ", ".join(f"{k} {v:.1f}" for k, v in spent.items())
    print(f"feed loop          wall {w1 - w0:6.1f} s  CPU {c1 - c0:6.1f} s   main thread CPU: {main}")
    print(f"commit             wall {w2 - w1:6.1f} s  CPU {c2 - c1:6.1f} s")
    print(f"wait_merging       wall {w3 - w2:6.1f} s  CPU {c3 - c2:6.1f} s")
    print(f"total              wall {w3 - w0:6.1f} s  CPU {c3 - c0:6.1f} s")
    total: collections.Counter[str] = collections.Counter()
    for _, busy, _ in sampler.samples:
        total.update(busy)
    print("CPU s by thread kind: " + ", ".join(f"{k} {v:.1f}" for k, v in total.most_common() if v >= 0.05))
    print("cores busy each second (phase, all threads, load average 1 min):")
    for phase, busy, load in sampler.samples:
        top = ", ".join(f"{k} {v:.2f}" for k, v in sorted(busy.items(), key=lambda kv: -kv[1]) if v >= 0.05)
        print(f"  {phase:<6} {sum(busy.values()):4.2f}  load {load:4.2f}  {top}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path, help="an embedded store's data directory")
    parser.add_argument("--docs", type=int, default=10**9, help="at most this many documents (default all)")
    parser.add_argument("--threads", type=int, default=ft.REBUILD_THREADS, help="tantivy indexing threads")
    parser.add_argument("--heap", type=int, default=ft.REBUILD_HEAP, help="tantivy writer heap, bytes")
    args = parser.parse_args()
    profile(args.data_dir, args.docs, args.threads, args.heap)


if __name__ == "__main__":
    main()
