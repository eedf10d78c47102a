"""Extraction of pages in worker processes, each page under a time and a memory budget.

A page can make the extractor run for minutes (a 7.7 MB page of short paragraphs: 37 s; issue 11 saw a
tagger loop forever), or take a gigabyte (a 50 MB page: 1.37 GB). Neither may stall or kill a run. So
each page is extracted in a worker process:
- a worker that has not answered within `seconds` is killed and replaced, and the page is recorded as
  `failed:extraction over time budget: 30 s`;
- a worker's address space is capped at `memory_mb` (RLIMIT_AS): a page that needs more raises
  MemoryError there and is recorded as `failed:extraction over memory budget: 1024 MB`;
- a worker that dies (a crash in C code, the kernel's OOM killer) is replaced, and the page recorded.

`workers` processes run at once, so the same mechanism extracts in parallel (`cnht reextract --workers 2`).
With `workers=0` pages are extracted in the calling process, with no budget: for a debugger, or a test that
changes the extractor in process.
Workers start from a fork server that has imported the extractor once (`multiprocessing` "forkserver"),
so replacing a killed worker costs a fork, not a fresh interpreter.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

SECONDS = 30.0  # per page: the extraction of a 500 KB article takes 0.1-0.3 s here
MEMORY_MB = 1024  # per worker, address space: a worker holds ~70 MB, an 8 MB page peaks at ~350 MB
PRELOAD = ["flows.stages.extract_warm"]  # the extractor, imported and warmed once in the fork server
START_SECONDS = 120.0  # a worker's start and warm-up, not counted against any page
READY = "ready"
OVER_MEMORY = "failed:extraction over memory budget"


@dataclass(frozen=True)
class Budget:
    """What one page may cost the extractor, and how many pages are extracted at once."""

    seconds: float = SECONDS
    memory_mb: int = MEMORY_MB
    workers: int = 1


def _serve(conn: Connection, function: Callable[..., Any], memory_mb: int, warmup: tuple[Any, ...]) -> None:
    """A worker: run `function(*warmup)` once (lazy imports, gazetteers), say it is ready, then apply
    `function` to each task received until the pipe closes or None arrives."""
    import resource

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    if warmup:
        function(*warmup)
    conn.send(READY)
    over = f"{OVER_MEMORY}: {memory_mb} MB"
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        except MemoryError:  # the task itself does not fit
            conn.send(over)
            return
        if task is None:
            return
        try:
            result = function(*task)
        except MemoryError:
            result = over
        except Exception as exc:  # the function should return its failures; never lose the worker
            result = f"failed:{type(exc).__name__}: {exc}"
        del task
        try:
            conn.send(result)
        except MemoryError:
            conn.send(over)
        if result == over:
            return  # a fresh worker has all of its budget; this one's heap is fragmented


class _Worker:
    def __init__(
        self, ctx: Any, function: Callable[..., Any], memory_mb: int, warmup: tuple[Any, ...]
    ) -> None:
        self.conn, child = ctx.Pipe()
        args = (child, function, memory_mb, warmup)
        self.process = ctx.Process(target=_serve, args=args, daemon=True)
        self.process.start()
        child.close()
        self.key: Hashable | None = None
        self.deadline = 0.0
        if not self.conn.poll(START_SECONDS):
            self.kill()
            raise RuntimeError(f"extraction worker did not start in {START_SECONDS:.0f} s")
        if not self._recv_ready():
            self.kill()
            raise RuntimeError(f"extraction worker failed to start (exit code {self.process.exitcode})")

    def _recv_ready(self) -> bool:
        try:
            return self.conn.recv() == READY
        except (EOFError, OSError):
            return False

    def send(self, key: Hashable, task: tuple[Any, ...], seconds: float) -> None:
        self.key, self.deadline = key, time.monotonic() + seconds
        self.conn.send(task)

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.conn.send(None)
        self.process.join(2)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(2)
        self.conn.close()


class ExtractorPool:
    """`run(tasks)` applies `function(*args)` to each `(key, args)` in worker processes under `budget`
    and returns each key's result, or the one-line reason (`failed:...`) the budget stopped it. Each
    worker first runs `function(*warmup)`, outside any page's budget, so that lazy loading (imports,
    gazetteers) is not charged to the first page.

    Use it as a context manager: workers start on the first `run` and stop on exit."""

    def __init__(
        self, function: Callable[..., Any], budget: Budget | None = None, warmup: tuple[Any, ...] = ()
    ) -> None:
        self.function = function
        self.warmup = warmup
        self.budget = budget or Budget()
        if self.budget.workers < 0:
            raise ValueError(f"workers must be 0 or more, not {self.budget.workers}")
        self._ctx = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(PRELOAD)
        self._workers: list[_Worker] = []
        self.replaced = 0  # workers killed or died, and started again

    def __enter__(self) -> ExtractorPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers = []

    def _start(self) -> _Worker:
        return _Worker(self._ctx, self.function, self.budget.memory_mb, self.warmup)

    def _replace(self, worker: _Worker) -> _Worker:
        worker.kill()
        self.replaced += 1
        fresh = self._start()
        self._workers[self._workers.index(worker)] = fresh
        return fresh

    def _dispatch(self, worker: _Worker, key: Hashable, task: tuple[Any, ...]) -> _Worker:
        """Send a task; a worker found dead on sending is replaced once and the task sent again."""
        try:
            worker.send(key, task, self.budget.seconds)
        except OSError:
            worker = self._replace(worker)
            worker.send(key, task, self.budget.seconds)
        return worker

    def _in_process(self, task: tuple[Any, ...]) -> Any:
        try:
            return self.function(*task)
        except MemoryError:
            return "failed:extraction out of memory"

    def _died(self, worker: _Worker) -> str:
        worker.process.join(1)
        code = worker.process.exitcode
        how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return f"failed:extraction worker died ({how})"

    def run(self, tasks: Iterable[tuple[Hashable, tuple[Any, ...]]]) -> dict[Hashable, Any]:
        """Each task's result by key. `tasks` is read as workers become free (a generator may read
        each task's input only then)."""
        if self.budget.workers == 0:
            return {key: self._in_process(task) for key, task in tasks}
        pending = iter(tasks)
        results: dict[Hashable, Any] = {}
        busy: dict[Connection, _Worker] = {}
        more = True
        while more or busy:
            while more and len(busy) < self.budget.workers:
                item = next(pending, None)
                if item is None:
                    more = False
                    break
                if len(self._workers) < self.budget.workers:
                    self._workers.append(self._start())
                worker = next(w for w in self._workers if w.conn not in busy)
                worker = self._dispatch(worker, *item)
                busy[worker.conn] = worker
            if not busy:
                break
            timeout = max(0.0, min(w.deadline for w in busy.values()) - time.monotonic())
            for conn in wait(list(busy), timeout=timeout):
                worker = busy.pop(conn)  # type: ignore[arg-type]
                try:
                    results[worker.key] = result = conn.recv()  # type: ignore[union-attr]
                except (EOFError, OSError):
                    results[worker.key] = self._died(worker)
                    self._replace(worker)
                    continue
                if isinstance(result, str) and result.startswith(OVER_MEMORY):
                    self._replace(worker)  # it has exited
            now = time.monotonic()
            for conn, worker in list(busy.items()):
                if now >= worker.deadline:
                    del busy[conn]
                    results[worker.key] = f"failed:extraction over time budget: {self.budget.seconds:g} s"
                    self._replace(worker)
        return results
