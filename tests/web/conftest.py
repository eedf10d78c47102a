"""One data directory for the web tests: the real pipeline run once on the sample site."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from crawlers.sample_site import SOURCES_FILE
from flows.ingest import ingest
from flows.prefect_env import local_run_settings
from flows.web import create_app
from search.alerts.models import SavedSearch
from search.alerts.state import AlertState
from search.records import SearchQuery

TOKEN = "test-token-123"
FEED_ID = "cnht"


@pytest.fixture(scope="package")
def web_data(tmp_path_factory: pytest.TempPathFactory, sample_base: str) -> Path:
    data_dir = tmp_path_factory.mktemp("web") / "cnht-data"
    data_dir.mkdir()
    with AlertState(data_dir) as state:
        state.add_search(SavedSearch(id=FEED_ID, name="CNHT", query=SearchQuery(text='"cong nghiep ho tro"')))
    with local_run_settings():
        ingest(
            sources_file=SOURCES_FILE,
            data_dir=data_dir,
            variables={"base": sample_base},
            quiet=True,
            alert_stdout=False,
        )
    return data_dir


@pytest.fixture(scope="package")
def client(web_data: Path) -> TestClient:
    return TestClient(create_app(web_data, TOKEN))


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
