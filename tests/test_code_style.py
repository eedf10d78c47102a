"""The code stays ruff-clean: the same check a contributor runs, as part of the test suite."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_check_is_clean() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ruff", "check", str(ROOT)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _top_level_names(tree: ast.Module) -> list[str]:
    """The names a module binds at its top level: assignments, functions and classes, in order."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
    return names


def test_no_module_binds_a_top_level_name_twice() -> None:
    """A pattern added under a name the module already uses replaces the first one for every caller above it
    (it happened twice in session 21, in the taggers, before the scores caught it); ruff does not flag a
    module-level variable assigned twice."""
    twice = []
    for package in ("extract", "search", "flows", "crawlers", "benchmarks"):
        for path in sorted((ROOT / package).rglob("*.py")):
            names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
            repeated = sorted({n for n in names if names.count(n) > 1})
            twice += [f"{path.relative_to(ROOT)}: {n}" for n in repeated]
    assert twice == []


def test_the_top_level_name_check_sees_a_name_bound_twice() -> None:
    source = "import re\n_X = re.compile('a')\ndef f():\n    return _X\n_X = re.compile('b')\n"
    names = _top_level_names(ast.parse(source))
    assert names == ["_X", "f", "_X"]
