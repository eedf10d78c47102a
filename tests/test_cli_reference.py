"""docs/CLI.md is generated from the commands' own --help and must match them."""

from __future__ import annotations

import pytest

from flows.cli import cli
from flows.cli_reference import REFERENCE, _commands, _help, command_names, render


def test_reference_matches_the_commands_help_today() -> None:
    assert REFERENCE.read_text(encoding="utf-8") == render(), "run: python -m flows.cli_reference"


@pytest.mark.parametrize("name", command_names())
def test_every_command_is_in_the_reference(name: str) -> None:
    assert f"\n## {name}\n" in REFERENCE.read_text(encoding="utf-8")


@pytest.mark.parametrize(("path", "command"), list(_commands(cli, ["cnht"])), ids=lambda v: str(v))
def test_every_command_help_has_an_example(path: list[str], command) -> None:  # type: ignore[no-untyped-def]
    if command.name in ("alerts",):  # a group: its subcommands carry the examples
        return
    assert "Example" in _help(path, command), " ".join(path)
