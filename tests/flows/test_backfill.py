"""The backfill flow for real: a Scrapy crawl of the sample site's paginated listing on 127.0.0.1, the
date floor stopping pagination, the date range applied after extraction, a Prefect flow run."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from crawlers.sample_site import SOURCES_FILE
from flows.backfill import backfill
from flows.prefect_env import local_run_settings
from search.alerts.models import SavedSearch
from search.alerts.state import AlertState
from search.records import SearchQuery
from search.store import open_store

QUERY = SearchQuery(text="cong nghiep ho tro")
# hcm-news listing: page 1 lists 20/05/2025 and 16/01/2025, page 2 05/11/2024 and 27/08/2024 (twice),
# page 3 14/06/2023 and the dead link of 02/03/2023.
OLD_ARTICLE = "/hcm/tin-tuc/doanh-nghiep-cong-nghiep-ho-tro-duoc-ho-tro-lai-suat-vay-von-dau-tu.html"
SINCE, UNTIL = dt.date(2024, 12, 1), dt.date(2025, 3, 1)


def run_backfill(sources: Path, data_dir: Path, base: str, **kw):  # type: ignore[no-untyped-def]
    with local_run_settings():
        return backfill(
            source="hcm-news",
            sources_file=sources,
            data_dir=data_dir,
            variables={"base": base},
            quiet=True,
            alert_stdout=False,
            **kw,
        )


def test_date_floor_stops_listing_pagination_and_until_sorts_what_was_stored(
    dated_sources: Path, data_dir: Path, sample_base: str
) -> None:
    data_dir.mkdir(parents=True)
    with AlertState(data_dir) as state:
        state.add_search(SavedSearch(id="cnht", name="CNHT", query=QUERY, channels=["atom"]))
    summary = run_backfill(dated_sources, data_dir, sample_base, since=SINCE, until=UNTIL)

    assert summary.crawl is not None and summary.crawl_failure is None
    assert summary.crawl.pages_fetched == 4  # page 3 (2023) was never asked for
    assert summary.notes == []  # the source declares its item dates
    with open_store(data_dir, read_only=True) as store:
        published = {i: store.get(i).document.published[:10] for i in summary.extract.stored_new}  # type: ignore[union-attr]
        assert store.get(sample_base + OLD_ARTICLE) is None  # listed on page 3 only
    assert sorted(published.values()) == ["2024-08-27", "2024-11-05", "2025-01-16", "2025-05-20"]
    assert [published[i] for i in summary.in_range] == ["2025-01-16"]
    assert sorted(published[i] for i in summary.out_of_range) == ["2024-08-27", "2024-11-05", "2025-05-20"]
    assert summary.source_documents_in_range == 1
    assert {a.document_id for a in summary.alerts} <= set(summary.extract.stored_new) and summary.alerts


def test_a_second_backfill_fetches_nothing_and_alerts_nothing(
    dated_sources: Path, data_dir: Path, sample_base: str
) -> None:
    run_backfill(dated_sources, data_dir, sample_base, since=SINCE)
    again = run_backfill(dated_sources, data_dir, sample_base, since=SINCE)
    assert again.crawl is not None and again.crawl.pages_fetched == 0
    assert again.extract.stored_new == [] and again.alerts == []
    assert again.source_documents_in_range == 2  # 16/01/2025 and 20/05/2025, stored by the first run


def test_without_item_dates_pagination_runs_to_max_pages_and_says_so(
    data_dir: Path, sample_base: str
) -> None:
    summary = run_backfill(SOURCES_FILE, data_dir, sample_base, since=SINCE, max_pages=10)
    assert summary.crawl is not None and summary.crawl.pages_fetched == 6  # every article and the 404
    assert summary.notes and "no `discovery.dates`" in summary.notes[0]
    assert summary.extract.failed == {"HTTP 404": 1}


def test_an_end_before_the_start_and_an_unknown_source_are_readable_errors(
    data_dir: Path, sample_base: str
) -> None:
    with pytest.raises(ValueError, match="before --since"):
        run_backfill(SOURCES_FILE, data_dir, sample_base, since=UNTIL, until=SINCE)
    with local_run_settings(), pytest.raises(ValueError, match="unknown source id"):
        backfill(source="nope", since=SINCE, sources_file=SOURCES_FILE, data_dir=data_dir, quiet=True)
