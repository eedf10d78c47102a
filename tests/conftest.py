"""Shared fixtures: the sample site served on 127.0.0.1, an isolated Prefect home, the manifest."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

# Prefect keeps its ephemeral API database under PREFECT_HOME: keep tests away from the user's.
os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="cnht-test-prefect-"))

from crawlers.sample_site import EXPECTED_FILE
from crawlers.sample_site.server import serve_sample_site


@pytest.fixture(scope="session")
def sample_base() -> Iterator[str]:
    """Base URL of the bundled sample site, served for the whole test session."""
    with serve_sample_site() as base:
        yield base


@pytest.fixture(scope="session")
def expected() -> dict[str, Any]:
    """The sample site's manifest: what each page is and what must be found in it."""
    with open(EXPECTED_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@pytest.fixture(scope="session")
def expected_pages(expected: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {page["path"]: page for page in expected["pages"]}


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "cnht-data"
