"""What every `cnht` command shares: one-line errors and JSON output."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def friendly_errors(func: F) -> F:
    """Turn the library's named errors into one readable line and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from crawlers.sources import SourcesError
        from extract.page import ExtractionError
        from flows.stages.crawl import CrawlError

        try:
            return func(*args, **kwargs)
        except (ExtractionError, SourcesError, CrawlError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        except OSError as exc:
            raise click.ClickException(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")) from exc

    return wrapper  # type: ignore[return-value]


def dump(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
