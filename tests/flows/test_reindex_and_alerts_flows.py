"""The reindex and alerts (digests) flows for real: a store filled by a real crawl of the sample site,
Prefect flow runs, a webhook receiver on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from crawlers.sample_site import SOURCES_FILE
from flows.alerts import alerts
from flows.ingest import ingest
from flows.prefect_env import local_run_settings
from flows.reindex import reindex
from search.alerts.models import SavedSearch, WebhookTarget
from search.alerts.state import AlertState
from search.records import SearchQuery
from search.store import open_store

QUERY = SearchQuery(text="cong nghiep ho tro")


def run_ingest(data_dir: Path, base: str) -> Any:
    with local_run_settings():
        return ingest(
            sources_file=SOURCES_FILE,
            data_dir=data_dir,
            variables={"base": base},
            only=["quangninh-news"],
            quiet=True,
            alert_stdout=False,
        )


def outbox(data_dir: Path) -> list[tuple]:
    with sqlite3.connect(data_dir / "alerts.sqlite3") as conn:
        return conn.execute(
            "SELECT search_id, document_id, channel, status FROM outbox ORDER BY 1, 2, 3"
        ).fetchall()


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, sample_base: str) -> Path:
    data_dir = tmp_path_factory.mktemp("flows") / "cnht-data"
    data_dir.mkdir()
    with AlertState(data_dir) as state:
        state.add_search(SavedSearch(id="cnht", name="CNHT", query=QUERY, channels=["atom"]))
    first = run_ingest(data_dir, sample_base)
    assert first.alerts
    return data_dir


def test_reindex_rebuilds_the_same_index_and_keeps_alert_state(ingested: Path, sample_base: str) -> None:
    with open_store(ingested, read_only=True) as store:
        before = {h.id for h in store.search(QUERY.model_copy(update={"limit": 100})).hits}
    sent_before = outbox(ingested)
    with local_run_settings():
        summary = reindex(data_dir=ingested)
    assert summary.documents == 5
    with open_store(ingested, read_only=True) as store:
        assert {h.id for h in store.search(QUERY.model_copy(update={"limit": 100})).hits} == before
    assert outbox(ingested) == sent_before
    assert run_ingest(ingested, sample_base).alerts == []  # nothing alerts again after a reindex


def test_reindex_without_a_store_is_a_readable_error(tmp_path: Path) -> None:
    with local_run_settings(), pytest.raises(ValueError, match="no store in"):
        reindex(data_dir=tmp_path / "empty")


def test_daily_digest_goes_out_once_when_its_day_is_over(ingested: Path, webhook_posts) -> None:
    url, posts = webhook_posts
    with open_store(ingested, read_only=True) as store:
        ids = [h.id for h in store.search(QUERY.model_copy(update={"limit": 100})).hits]
    digest_search = SavedSearch(
        id="daily",
        name="Daily",
        query=QUERY,
        channels=["webhook"],
        webhook=WebhookTarget(url=url, secret="s3cret", allow_private=True),
        digest="daily",
    )
    from search.alerts.engine import deliver_new

    with open_store(ingested) as store, AlertState(ingested) as state:
        state.add_search(digest_search)
        assert deliver_new(store, state, ids, {}) == []  # recorded for the digest, nothing sent yet
        alerted_at = dt.datetime.fromisoformat(state.pending()[0][0].alerted_at)
    with local_run_settings():
        during = alerts(data_dir=ingested, alert_stdout=False, now=alerted_at)
        after = alerts(data_dir=ingested, alert_stdout=False, now=alerted_at + dt.timedelta(days=1))
        again = alerts(data_dir=ingested, alert_stdout=False, now=alerted_at + dt.timedelta(days=2))
    assert during.sent == [] and during.digests == []
    assert sorted(a.document_id for a in after.sent) == sorted(ids)
    vn_day = alerted_at.astimezone(dt.timezone(dt.timedelta(hours=7))).date().isoformat()
    assert after.digests == [f"daily {vn_day}"]
    assert again.sent == [] and again.digests == []
    assert len(posts) == 1 and posts[0]["body"]["type"] == "digest"
    assert len(posts[0]["body"]["digest"]["alerts"]) == len(ids)


def test_alerts_flow_without_saved_searches_sends_nothing_and_does_not_fail(tmp_path: Path) -> None:
    with local_run_settings():  # a digest schedule deployed before any saved search: a no-op, not a failure
        summary = alerts(data_dir=tmp_path / "empty")
    assert summary.sent == [] and summary.digests == [] and summary.failing == []
    assert not (tmp_path / "empty").exists()  # nothing created either
