"""What every `cnht` command shares: one-line errors and JSON output."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def friendly_errors(func: F) -> F:
    """Turn the library's named errors into one readable line and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from crawlers.sources import SourcesError
        from extract.page import ExtractionError
        from flows.lock import DataDirBusy
        from flows.stages.crawl import CrawlError

        try:
            return func(*args, **kwargs)
        except (ExtractionError, SourcesError, CrawlError, ValueError, DataDirBusy) as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:
            raise click.ClickException(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from exc

    return wrapper  # type: ignore[return-value]


def dump(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def parse_date(value: str | None, name: str) -> dt.date | None:
    """An ISO date from an option, or a usage error naming the option (exit code 2)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2024-12-31", param_hint=name) from exc


def uses_elasticsearch() -> bool:
    """True when the store layer will open Elasticsearch (`--es-url` / CNHT_ES_URL), not files on disk."""
    return bool(os.environ.get("CNHT_ES_URL", "").strip())


def need_store(data_dir: Path) -> None:
    """Stop with one line naming the fix when `data_dir` holds no store yet (embedded store only: with
    Elasticsearch the documents are not on disk)."""
    if not uses_elasticsearch() and not (Path(data_dir) / "store.sqlite3").exists():
        raise click.ClickException(
            f"no store in {data_dir}: run `cnht demo` or `cnht ingest` first, or pass --data-dir"
        )
