"""What every `cnht` command shares: one-line errors and JSON output."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import logging
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


class _NoFailureReports(logging.Filter):
    """Drops the ERROR records (with their tracebacks) Prefect logs when a task or flow run fails: the
    command reports the failure itself, in one line."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno < logging.ERROR


QUIETED = ("prefect.task_runs", "prefect.flow_runs")  # loggers of Prefect's failure reports


@contextlib.contextmanager
def one_line_failures() -> Iterator[None]:
    """While a command runs: Prefect's failure reports and Elasticsearch's per-node retry warnings off."""
    quiet = _NoFailureReports()
    loggers = [logging.getLogger(name) for name in QUIETED]
    transport = logging.getLogger("elastic_transport")
    level = transport.level
    for logger in loggers:
        logger.addFilter(quiet)
    transport.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for logger in loggers:
            logger.removeFilter(quiet)
        transport.setLevel(level)


def friendly_errors(func: F) -> F:
    """Turn the library's named errors, and a full disk, an unavailable store or an unreachable
    Elasticsearch (flows/errors.py), into one readable line and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from crawlers.sources import SourcesError
        from extract.page import ExtractionError
        from flows.errors import cause_in_words
        from flows.lock import DataDirBusy
        from flows.stages.crawl import CrawlError

        try:
            with one_line_failures():
                return func(*args, **kwargs)
        except click.ClickException:
            raise
        except Exception as exc:
            cause = cause_in_words(exc)
            if cause is not None:
                raise click.ClickException(cause) from exc
            if isinstance(exc, ExtractionError | SourcesError | CrawlError | ValueError | DataDirBusy):
                raise click.ClickException(str(exc)) from exc
            if isinstance(exc, OSError):
                raise click.ClickException(
                    f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
                ) from exc
            raise

    return wrapper  # type: ignore[return-value]


TOKEN_ENV = "CNHT_API_TOKEN"


def token_options(func: F) -> F:
    """`--token-file` and the deprecated `--token` of the commands that serve the API (env CNHT_API_TOKEN)."""
    func = click.option(
        "--token-file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Read the bearer token the write endpoints (POST/PUT/DELETE /api/alerts) require from this "
        "file (first line; keep it mode 600). Or set CNHT_API_TOKEN. Without a token they are disabled.",
    )(func)
    return click.option(
        "--token",
        envvar=TOKEN_ENV,
        metavar="VALUE",
        help="Deprecated on the command line, where every user sees it in `ps`: set CNHT_API_TOKEN or use "
        "--token-file.",
    )(func)


def api_token(ctx: click.Context, token: str | None, token_file: Path | None) -> str | None:
    """The API token from --token-file, CNHT_API_TOKEN or (with a deprecation warning) --token."""
    from click.core import ParameterSource

    if token_file is not None:
        try:
            lines = token_file.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise click.ClickException(f"--token-file {token_file}: {exc.strerror or exc}") from exc
        if not lines or not lines[0].strip():
            raise click.ClickException(f"--token-file {token_file} is empty: put the token on its first line")
        if os.stat(token_file).st_mode & 0o077:
            click.echo(f"warning: {token_file} is readable by other users: chmod 600 {token_file}", err=True)
        return lines[0].strip()
    if token and ctx.get_parameter_source("token") is ParameterSource.COMMANDLINE:
        click.echo(
            "warning: --token on the command line is deprecated: every user of this machine can read it in "
            f"`ps`; set {TOKEN_ENV} or use --token-file",
            err=True,
        )
    return token or None


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


def preflight_store(data_dir: Path, *, elastic: bool = True) -> None:
    """Before a writing command starts Prefect: one line now, rather than after a crawl, when the store
    cannot be written. Elasticsearch: the server must answer. Embedded: the SQLite files that exist must
    be databases and not locked by another program (a corrupt or locked file raises sqlite3 errors that
    `friendly_errors` words). `elastic=False`: the command needs the local files only (alerts send)."""
    import sqlite3

    from search.store import elasticsearch_url

    url = elasticsearch_url()
    if url is not None and elastic:
        from search.elastic import connect

        connect(url).close()  # ElasticUnavailable, one line, when the server does not answer
        return
    for name in ("store.sqlite3", "alerts.sqlite3"):
        path = Path(data_dir) / name
        if not path.exists():
            continue
        conn = sqlite3.connect(path, timeout=2.0, isolation_level=None)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        finally:
            conn.close()


def need_store(data_dir: Path) -> None:
    """Stop with one line naming the fix when `data_dir` holds no store yet (embedded store only: with
    Elasticsearch the documents are not on disk)."""
    if not uses_elasticsearch() and not (Path(data_dir) / "store.sqlite3").exists():
        raise click.ClickException(
            f"no store in {data_dir}: run `cnht demo` or `cnht ingest` first, or pass --data-dir"
        )
