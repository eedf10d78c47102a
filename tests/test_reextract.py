"""Re-extraction rebuilds documents from the raw archive alone: no server, no network."""

from __future__ import annotations

from pathlib import Path

import pytest

import flows.stages.extract as extract_stage
from crawlers.sample_site import SOURCES_FILE
from crawlers.sample_site.server import serve_sample_site
from flows.ingest import ingest
from flows.prefect_env import local_run_settings
from flows.reextract import reextract
from search.store import open_store


def test_extractor_upgrade_rebuilds_versions_from_the_archive_without_network(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_sample_site() as base, local_run_settings():
        first = ingest(
            sources_file=SOURCES_FILE,
            data_dir=data_dir,
            variables={"base": base},
            only=["hcm-news"],
            quiet=True,
            alert_stdout=False,
        )
    stored = first.extract.stored_new
    assert len(stored) == 5
    # The sample site is gone now. A new extractor version that changes every title:
    original = extract_stage.extract_document

    def upgraded(html: str, url: str | None = None, **options):  # type: ignore[no-untyped-def]
        doc = original(html, url=url, **options)
        return doc.model_copy(update={"title": (doc.title or "") + " (v2)"})

    monkeypatch.setattr(extract_stage, "EXTRACTOR_VERSION", "page-upgrade-test")
    monkeypatch.setattr(extract_stage, "extract_document", upgraded)
    with local_run_settings():
        summary = reextract(data_dir=data_dir, quiet=True, alert_stdout=False)
        again = reextract(data_dir=data_dir, quiet=True, alert_stdout=False)

    assert sorted(summary.extract.stored_changed) == sorted(stored)
    assert summary.extract.stored_new == [] and summary.alerts == []
    assert summary.extract.failed == {"HTTP 404": 1}  # the dead link is still a recorded failure
    assert again.extract.pages == 0  # this version has handled every archived page
    with open_store(data_dir, read_only=True) as store:
        docs = [store.get(doc_id) for doc_id in stored]
    assert all(d is not None and d.version == 2 and (d.document.title or "").endswith("(v2)") for d in docs)


def test_reextract_without_an_archive_is_a_readable_error(tmp_path: Path) -> None:
    with local_run_settings(), pytest.raises(ValueError, match="no raw archive"):
        reextract(data_dir=tmp_path / "empty", quiet=True)


def test_sources_seen_by_ingest_are_remembered_for_later_stages(tmp_path: Path) -> None:
    from crawlers.sources import load_sources
    from flows.stages.registry import remember_sources, remembered_sources

    registry = load_sources(SOURCES_FILE, {"base": "http://127.0.0.1:1"})
    remember_sources(tmp_path, registry.sources[:2])
    remember_sources(tmp_path, registry.sources[1:])
    known = remembered_sources(tmp_path)
    assert sorted(known) == sorted(s.id for s in registry.sources)
    assert known["haiduong-news"].province == "Hải Dương"
