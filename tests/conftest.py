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

# read before any test's monkeypatch removes it (tests/search pin embedded behaviour without it)
ENGINE_URL_GIVEN = os.environ.get("CNHT_ES_URL", "").strip()


@pytest.fixture(scope="session")
def sample_base() -> Iterator[str]:
    """Base URL of the bundled sample site, served for the whole test session."""
    with serve_sample_site() as base:
        yield base


@pytest.fixture(scope="session")
def search_engine_url() -> Iterator[str]:
    """A real search engine for the whole session: CNHT_ES_URL when it is set, else one OpenSearch node
    started here (search/engine_runner.py, once, on a free port, data in a temporary folder).

    Without Java or Maven the tests that need it are skipped on a developer's machine; in CI (`CI` set)
    they fail instead: CI never skips a search-engine test."""
    if ENGINE_URL_GIVEN:
        yield ENGINE_URL_GIVEN
        return
    from search.engine_runner import Cluster, EngineUnavailable

    cluster = Cluster(1, heap=os.environ.get("CNHT_ENGINE_HEAP", "512m"))
    try:
        cluster.start()
    except EngineUnavailable as exc:
        cluster.stop()
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the search engine: {exc}", pytrace=False)
        pytest.skip(f"no search engine here ({exc}); set CNHT_ES_URL or install Java 17+ and Maven")
    try:
        yield cluster.url
    finally:
        cluster.stop()


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
