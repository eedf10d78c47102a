"""The whole pipeline on the real search engine: the ingest flow (crawl the sample site, extract, tag,
store, alert) with CNHT_ES_URL set, the pipeline cases of tests/test_pipeline.py collected again on it,
and the web server serving from it."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from flows.web import create_app
from search.alerts.state import AlertState
from search.elastic import open_store as open_elastic
from search.store import ES_PREFIX_ENV, ES_URL_ENV
from tests.test_pipeline import (  # noqa: F401 (tests collected by pytest, with `runs` below)
    SAVED,
    _atom_ids,
    run_ingest,
    test_decisions_are_found_by_number_and_filtered_by_kind,
    test_every_article_and_decision_is_stored_with_its_source,
    test_first_run_crawls_every_source_to_its_end,
    test_listings_feeds_and_the_404_are_not_documents,
    test_nfd_page_is_searchable_like_the_nfc_ones,
    test_phrase_alert_fires_once_per_matching_document,
    test_province_alert_files_old_province_under_its_current_unit,
    test_search_probes_find_exactly_their_pages,
    test_second_run_fetches_nothing_new_and_alerts_nothing_twice,
)

PREFIX = f"cnht-test-pipeline-{uuid.uuid4().hex[:8]}"
DECISION = "111/2015/ND-CP"  # cited by news of every news source of the sample site


@pytest.fixture(autouse=True)
def _embedded_unless_asked(monkeypatch: pytest.MonkeyPatch, search_engine_url: str) -> None:
    """Here, unlike the rest of tests/search, `open_store` follows CNHT_ES_URL: to the search engine."""
    monkeypatch.setenv(ES_URL_ENV, search_engine_url)
    monkeypatch.setenv(ES_PREFIX_ENV, PREFIX)


@pytest.fixture(scope="module")
def runs(
    tmp_path_factory: pytest.TempPathFactory, sample_base: str, search_engine_url: str
) -> Iterator[dict[str, Any]]:
    """Two ingests of the sample site into the search engine (the second finds nothing new), then the web
    server's answers over the same data."""
    data_dir = tmp_path_factory.mktemp("pipeline-es") / "cnht-data"
    data_dir.mkdir()
    with AlertState(data_dir) as state:
        for saved in SAVED:
            state.add_search(saved)
    with pytest.MonkeyPatch.context() as env:
        env.setenv(ES_URL_ENV, search_engine_url)
        env.setenv(ES_PREFIX_ENV, PREFIX)
        try:
            first = run_ingest(data_dir, sample_base)
            feeds_after_first = {s.id: _atom_ids(data_dir, s.id) for s in SAVED}
            second = run_ingest(data_dir, sample_base)
            with TestClient(create_app(data_dir, None)) as client:
                web = {
                    "health": client.get("/api/health").json(),
                    "search": client.get("/api/search", params={"q": "linh kien"}).json(),
                    "decision": client.get(f"/api/decisions/{DECISION}").json(),
                    "deals": client.get("/api/deals").json(),
                    "page": client.get("/", params={"q": "cong nghiep ho tro"}).text,
                    "deals_page": client.get("/deals").text,
                    "summary": client.get("/api/deals/summary").json(),
                }
                first_deal = web["deals"]["deals"][0]["id"] if web["deals"]["deals"] else "none"
                web["deal_page"] = client.get(f"/deals/{first_deal}")
            yield {
                "dir": data_dir,
                "first": first,
                "second": second,
                "feeds_after_first": feeds_after_first,
                "web": web,
            }
        finally:
            with open_elastic(search_engine_url, index_prefix=PREFIX) as store:
                store.drop()


def test_nothing_of_the_pipeline_was_stored_on_disk(runs) -> None:
    assert not (Path(runs["dir"]) / "store.sqlite3").exists()
    assert runs["first"].documents_total > 0


def test_the_web_server_serves_from_the_search_engine(runs) -> None:
    web = runs["web"]
    assert web["health"]["documents"] == runs["first"].documents_total
    assert web["search"]["total"] > 0 and any("<b>" in h for h in web["search"]["hits"][0]["highlights"])
    assert web["decision"]["total_citing"] > 0
    deals = web["deals"]
    assert deals["total"] == len(deals["deals"]) == web["summary"]["total"] > 0
    assert all(r["sentence"] for d in deals["deals"] for r in d["reports"])
    assert all(f'href="/deals/{d["id"]}"' in web["deals_page"] for d in deals["deals"][:50])
    assert web["deal_page"].status_code == 200 and "Dòng thời gian đưa tin" in web["deal_page"].text
    assert "<b>công</b>" in web["page"] or "<b>Công</b>" in web["page"]
