"""How the CLI runs flows: under Prefect when a Prefect API is configured, otherwise as plain calls.

A flow run under Prefect's ephemeral API costs 15-60 s of start-up on these machines for work that often
takes under a second (`cnht reindex`, `cnht alerts send`). So the CLI runs a flow with Prefect only when
the user has a Prefect server (`PREFECT_API_URL` set) or asks for it (`CNHT_PREFECT=1`). Otherwise
`run_flow` calls the flow's own function, and each stage task (`flows/tasks.py`, made with `stage_task`)
runs as a plain call with the same retries and backoff its Prefect task declares. Deployments
(`prefect.yaml`) always run under Prefect: the worker calls the flows themselves.

Every default below is only a default: an environment variable set by the user wins.
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
}

_PLAIN: contextvars.ContextVar[bool] = contextvars.ContextVar("cnht_plain_run", default=False)


def configure() -> None:
    for name, value in DEFAULTS.items():
        os.environ.setdefault(name, value)


@contextlib.contextmanager
def local_run_settings() -> Iterator[None]:
    """Settings for flow runs started by the CLI: no heartbeat thread (it costs ~1 s per run)."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings({PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def use_prefect(environ: dict[str, str] | None = None) -> bool:
    """True when flows should run under Prefect: a Prefect API is configured, or CNHT_PREFECT=1.

    >>> use_prefect({})
    False
    >>> use_prefect({"PREFECT_API_URL": "http://127.0.0.1:4200/api"})
    True
    >>> use_prefect({"CNHT_PREFECT": "1"}), use_prefect({"CNHT_PREFECT": "0"})
    (True, False)
    """
    env = os.environ if environ is None else environ
    return bool(env.get("PREFECT_API_URL", "").strip()) or env.get("CNHT_PREFECT", "").strip() == "1"


def run_flow(flow: Any, **params: Any) -> Any:
    """Run `flow` with `params`: under Prefect when `use_prefect()`, else as a plain call."""
    if use_prefect():
        with local_run_settings():
            return flow(**params)
    token = _PLAIN.set(True)
    try:
        return flow.fn(**params)
    finally:
        _PLAIN.reset(token)


def plain_run() -> bool:
    """True inside `run_flow`'s plain mode (no Prefect run around the stages)."""
    return _PLAIN.get()


def retry_delays(retries: int, delays: int | float | list[float] | None) -> list[float]:
    """The wait before each retry, as Prefect reads a task's `retry_delay_seconds`.

    >>> retry_delays(2, [2, 10]), retry_delays(3, 5), retry_delays(2, None), retry_delays(3, [1])
    ([2.0, 10.0], [5.0, 5.0, 5.0], [0.0, 0.0], [1.0, 1.0, 1.0])
    """
    if delays is None:
        return [0.0] * retries
    if isinstance(delays, int | float):
        return [float(delays)] * retries
    listed = [float(d) for d in delays] or [0.0]
    return [listed[min(i, len(listed) - 1)] for i in range(retries)]


class StageTask:
    """A Prefect task that also runs as a plain call, with the same retries, outside Prefect runs."""

    def __init__(self, task: Any, sleep: Callable[[float], None] = time.sleep) -> None:
        self.task = task
        self.fn = task.fn
        self.name = task.name
        self._sleep = sleep

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if not plain_run():
            return self.task(*args, **kwargs)
        return self.call_plain(*args, **kwargs)

    def call_plain(self, *args: Any, **kwargs: Any) -> Any:
        delays = retry_delays(self.task.retries or 0, self.task.retry_delay_seconds)
        for attempt in range(len(delays) + 1):
            try:
                return self.fn(*args, **kwargs)
            except Exception as exc:
                from flows.errors import permanent  # a full disk, a corrupt store: it would fail again

                if attempt == len(delays) or permanent(exc):
                    raise
                self._sleep(delays[attempt])
        raise AssertionError("unreachable")

    def submit(self, *args: Any, **kwargs: Any) -> Any:
        """Prefect's `submit` under Prefect; a thread of its own otherwise (crawls wait on processes)."""
        if not plain_run():
            return self.task.submit(*args, **kwargs)
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"cnht-{self.name}")
        try:
            future: Future = pool.submit(self.call_plain, *args, **kwargs)
        finally:
            pool.shutdown(wait=False)
        return future


def stage_task(**task_options: Any) -> Callable[[Callable[..., Any]], StageTask]:
    """`prefect.task(**task_options)` that runs as a plain call inside `run_flow`'s plain mode."""
    from prefect import task

    def wrap(fn: Callable[..., Any]) -> StageTask:
        return StageTask(task(**task_options)(fn))

    return wrap
