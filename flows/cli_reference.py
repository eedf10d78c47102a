"""Generate docs/CLI.md from the commands' own `--help`, so the reference cannot drift from the code.

`python -m flows.cli_reference` rewrites the file; `tests/test_cli_reference.py` fails when the committed
file differs from what the commands say today.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import click

from flows.cli import cli

REFERENCE = Path(__file__).resolve().parents[1] / "docs" / "CLI.md"
HEADER = """# cnht command reference

Generated from each command's `--help` by `python -m flows.cli_reference`; do not edit by hand.

Exit codes:
- 0: success.
- 1: bad input or data. One line on stderr names the problem and the fix: no store yet, an unknown
  source id, a sources file that does not validate, a `backfill` whose crawl failed ...
- 2: bad command line: an unknown option, an invalid value (a date that is not YYYY-MM-DD).

Data (JSON with `--json`, CSV with `--csv`, text otherwise) goes to stdout; progress bars and counters
(crawl, extraction, reindex) and errors go to stderr. Environment: `CNHT_DATA_DIR` (`--data-dir`),
`CNHT_ES_URL` (`--es-url`), `CNHT_API_TOKEN` (`serve --token`), `CNHT_CONTACT` (e-mail added to the
crawler's user agent).

`ingest`, `backfill`, `reextract`, `reindex` and `alerts send` run Prefect flows in this process, with no
Prefect server; `prefect.yaml` declares the same flows as deployments for a Prefect server and worker.
"""


def _commands(group: click.Group, path: list[str]) -> Iterator[tuple[list[str], click.Command]]:
    ctx = click.Context(group, info_name=" ".join(path))
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        yield [*path, name], command
        if isinstance(command, click.Group):
            yield from _commands(command, [*path, name])


def _help(path: list[str], command: click.Command) -> str:
    """`--help` as the user sees it, at a fixed width so the file is the same on every terminal."""
    settings = {**command.context_settings, "terminal_width": 100, "max_content_width": 100}
    if command is cli:
        return command.get_help(click.Context(command, info_name="cnht", **settings))
    parent = click.Context(cli, info_name="cnht", **cli.context_settings)  # -h, --help as users get it
    return command.get_help(click.Context(command, info_name=" ".join(path[1:]), parent=parent, **settings))


def render() -> str:
    """The whole reference as Markdown: the main help, then one section per command."""
    parts = [HEADER, "## cnht\n", "```", _help(["cnht"], cli).rstrip(), "```", ""]
    for path, command in _commands(cli, ["cnht"]):
        parts += [f"## {' '.join(path)}\n", "```", _help(path, command).rstrip(), "```", ""]
    return "\n".join(parts)


def command_names() -> list[str]:
    return [" ".join(path) for path, _ in _commands(cli, ["cnht"])]


def main() -> int:
    REFERENCE.parent.mkdir(exist_ok=True)
    REFERENCE.write_text(render(), encoding="utf-8")
    print(f"wrote {REFERENCE} ({len(command_names())} commands)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
