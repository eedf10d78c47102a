"""The lease in the search engine that serialises merges of the deal records (search/elastic/lease.py),
on the real engine node the test session starts."""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

RUN_ID = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def store(search_engine_url: str) -> Iterator[Any]:
    from search.elastic import open_store as open_elastic

    with open_elastic(search_engine_url, index_prefix=f"cnht-test-{RUN_ID}-{uuid.uuid4().hex[:8]}") as s:
        try:
            yield s
        finally:
            s.drop()


def test_two_holders_of_one_lease_never_overlap(store: Any) -> None:
    from search.elastic.lease import EngineLeases

    inside: list[int] = []
    overlaps: list[tuple[int, int]] = []
    order: list[str] = []

    def hold(who: int) -> None:
        leases = EngineLeases(store.client, store.leases.index)  # its own holder, as another process's
        for _ in range(5):
            with leases.hold("deals"):
                if inside:
                    overlaps.append((who, inside[0]))
                inside.append(who)
                order.append(f"{who}+")
                time.sleep(0.02)
                inside.remove(who)
                order.append(f"{who}-")

    threads = [threading.Thread(target=hold, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not overlaps
    assert len(order) == 30
    pairs = zip(order[::2], order[1::2], strict=True)  # each holder in and out before the next comes in
    assert all(a[0] == b[0] and a[1] == "+" and b[1] == "-" for a, b in pairs)


def test_a_lease_is_given_back_when_the_block_raises(store: Any) -> None:
    from search.elastic.lease import EngineLeases

    leases = EngineLeases(store.client, store.leases.index)
    with pytest.raises(ValueError), leases.hold("deals"):
        raise ValueError("the merge failed")
    assert store.client.get(store.leases.index, "deals", ["holder"]) is None
    with leases.hold("deals"):  # free at once
        pass


def test_a_lease_whose_holder_died_is_taken_over_once_it_runs_out(
    store: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A holder that stopped without giving the lease back (killed) blocks others only until its lease
    runs out; the next one takes it over with a warning naming the dead holder, and the dead holder's late
    give-back (had it only paused) deletes nothing of the new holder's."""
    from search.elastic.lease import EngineLeases

    now = [1000.0]
    dead = EngineLeases(store.client, store.leases.index, seconds=60, clock=lambda: now[0])
    dead.holder = "worker-a:4242"
    stale = dead._take("deals")  # taken, never given back
    other = EngineLeases(store.client, store.leases.index, seconds=60, clock=lambda: now[0])
    waited = threading.Event()

    def advance() -> None:
        time.sleep(0.3)
        now[0] += 61  # the dead holder's lease runs out
        waited.set()

    clock = threading.Thread(target=advance)
    clock.start()
    with caplog.at_level(logging.WARNING, logger="search.elastic.lease"), other.hold("deals") as lease:
        assert waited.is_set()  # not before it ran out
        clock.join()
        dead._give_back(stale)  # too late: refused, the new holder keeps it
        held = store.client.get(store.leases.index, "deals", ["token"])
        assert held is not None and held["_source"]["token"] == lease.token
    assert "taken over from worker-a:4242" in caplog.text
    assert "was taken over before it was given back" in caplog.text


def test_renewing_a_lease_taken_over_meanwhile_says_so(store: Any) -> None:
    from search.elastic.lease import EngineLeases, LeaseLost

    now = [1000.0]
    slow = EngineLeases(store.client, store.leases.index, seconds=60, clock=lambda: now[0])
    lease = slow._take("deals")
    lease.renew()  # still its own: pushed forward
    now[0] += 200
    other = EngineLeases(store.client, store.leases.index, seconds=60, clock=lambda: now[0])
    with other.hold("deals"), pytest.raises(LeaseLost):
        lease.renew()


def test_dropping_the_store_deletes_its_lease_index(store: Any) -> None:
    with store.leases.hold("deals"):
        pass
    assert store.client.indices(store.leases.index)
    store.drop()
    assert not store.client.indices(store.leases.index)
