"""Discovery pages are asked for conditionally: the validators of the last answer go back to the server. A
304 is counted as unchanged and archived, is no error, and its links are read again from the archived body,
so a link that a killed run never fetched is still fetched."""

from __future__ import annotations

from pathlib import Path

from crawlers.archive import RawArchive
from crawlers.sources import Discovery, Source
from flows.stages.crawl import crawl_source
from tests.crawl.hostile_server import ETAG, LAST_MODIFIED, serve_hostile

SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "LOG_LEVEL": "WARNING"}


def _source(feeds: list[str]) -> Source:
    discovery = Discovery(type="feed", urls=feeds)
    return Source(id="conditional", name="conditional", province="Bắc Ninh", kind="news", discovery=discovery)


def test_second_run_sends_validators_and_counts_304_as_unchanged(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_hostile() as server:
        feeds = [server.base + "/cond/etag.xml", server.base + "/cond/last-modified.xml"]
        first = crawl_source(_source(feeds), data_dir, "run-1", SETTINGS, timeout=60)
        second = crawl_source(_source(feeds), data_dir, "run-2", SETTINGS, timeout=60)
        sent = sorted(server.conditional, key=lambda c: (c[0], c[1] or "", c[2] or ""))
        item_hits = len(server.hits["/rss-item-1.html"])

    assert (first.unchanged, first.pages_fetched) == (0, 1)
    assert (second.unchanged, second.pages_fetched, second.errors) == (2, 0, 0)
    assert second.pages_already_archived == 2  # both unchanged feeds list the stored item
    assert sent == [
        ("/cond/etag.xml", None, None),
        ("/cond/etag.xml", ETAG, None),
        ("/cond/last-modified.xml", None, None),
        ("/cond/last-modified.xml", None, LAST_MODIFIED),
    ]
    assert item_hits == 1
    with RawArchive(data_dir / "archive") as archive:
        feed_statuses = [(r.run_id, r.status) for r in archive.pages() if r.role == "feed"]
        state = archive.url_state(feeds[0])
        assert archive.errors() == []
    assert sorted(feed_statuses) == [("run-1", 200), ("run-1", 200), ("run-2", 304), ("run-2", 304)]
    assert state is not None and (state["etag"], state["last_status"]) == (ETAG, 304)


def test_links_of_an_unchanged_feed_that_were_never_fetched_are_fetched(tmp_path: Path) -> None:
    data_dir = tmp_path / "cnht-data"
    with serve_hostile() as server:
        feeds = [server.base + "/cond/etag.xml"]
        crawl_source(_source(feeds), data_dir, "run-1", SETTINGS, timeout=60)
        with RawArchive(data_dir / "archive") as archive:  # as if run-1 was killed before the item
            archive.db.execute("DELETE FROM records WHERE role = 'page'")
        second = crawl_source(_source(feeds), data_dir, "run-2", SETTINGS, timeout=60)
        item_hits = len(server.hits["/rss-item-1.html"])
    assert (second.unchanged, second.pages_fetched, item_hits) == (1, 1, 2)
