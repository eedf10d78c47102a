"""A lease in the search engine: one holder at a time, across connections, processes and machines.

The deal records are merged incrementally, key by key (`ElasticStore._update_deals`): a merge reads the
report entries and records of its keys and writes what changed. Two merges of the same key at once (two
workers writing documents that report one deal, or a writer beside `rebuild_deals` filing the documents
written during its build) can each write from what the other is about to change, and leave a record that a
merge from scratch would not have (seen about once in seven runs of
`test_a_writer_during_an_opensearch_rebuild_loses_no_deal` before the lease). Deal merges therefore run
under one lease per deployment.

The lease is one document (`<prefix>-locks/_doc/<name>`), taken with `op_type=create` (the engine refuses a
second create of the same id with 409, in real time, on every node) and given back by deleting it with the
sequence number it was taken with, so a holder never deletes another's lease. A holder that dies keeps it
until `until` (its clock plus `seconds`); the next one then takes it over, once, with a warning naming the
dead holder. A long holder renews it (`Lease.renew`).
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

log = logging.getLogger(__name__)

LEASE_SECONDS = 300.0  # a holder that died blocks the next one this long at most
POLL_SECONDS = 0.05  # first pause between tries while another holds it (doubles up to 1 s)
WAIT_NOTICE_SECONDS = 10.0  # a wait longer than this is logged once, naming the holder


def locks_body() -> dict[str, Any]:
    """One shard, stored fields only: the lease documents are read by id, never searched."""
    return {
        "settings": {"number_of_shards": 1},
        "mappings": {"dynamic": False, "properties": {"until": {"type": "double"}}},
    }


class LeaseLost(RuntimeError):
    """The lease was taken over while it was held (it ran out: the holder paused longer than its
    lease). What was written under it may have met another writer's merge: the caller merges again."""


class Lease:
    """A lease held (returned by `EngineLeases.hold`)."""

    def __init__(self, leases: EngineLeases, name: str, token: str, seq: tuple[int, int]) -> None:
        self._leases = leases
        self.name = name
        self.token = token
        self.seq = seq  # (_seq_no, _primary_term) of the lease document as this holder last wrote it

    def renew(self) -> None:
        """Push `until` forward; LeaseLost when another holder has taken it over meanwhile."""
        got = self._leases._write(self.name, self.token, "index", self.seq)
        if got is None:
            raise LeaseLost(f"lease {self.name} was taken over while held")
        self.seq = got


class EngineLeases:
    """Leases kept in `index` of `client` (a `search.elastic.connect.SearchClient`)."""

    def __init__(
        self,
        client: Any,
        index: str,
        seconds: float = LEASE_SECONDS,
        clock: Callable[[], float] = time.time,
        retrying: Callable[[str, Callable[[], Any]], Any] | None = None,
    ) -> None:
        self.client = client
        self.retrying = retrying or (lambda what, call: call())  # the store's wait for an engine away
        self.index = index
        self.seconds = seconds
        self.clock = clock
        self.holder = f"{socket.gethostname()}:{os.getpid()}"
        self._ready = False  # the index is known to exist

    @contextmanager
    def hold(self, name: str) -> Iterator[Lease]:
        """Wait for the lease `name`, hold it for the block, give it back (also when the block raises)."""
        lease = self._take(name)
        try:
            yield lease
        finally:
            self._give_back(lease)

    # -- requests ------------------------------------------------------------------------------------

    def _ensure_index(self) -> None:
        if self._ready or self.retrying("lease", lambda: self.client.indices(self.index)):
            self._ready = True
            return
        try:
            self.client.create_index(self.index, locks_body(), None)
        except Exception:
            if not self.retrying("lease", lambda: self.client.indices(self.index)):
                raise  # not another process creating it at the same moment

    def _write(
        self, name: str, token: str, op: str, seq: tuple[int, int] | None = None
    ) -> tuple[int, int] | None:
        """Create (`op="create"`) or rewrite (`"index"`, only over `seq`) the lease document; its new
        (_seq_no, _primary_term), or None when the engine refused it (409: held, or changed by another)."""
        action: dict[str, Any] = {
            "_op_type": op,
            "_index": self.index,
            "_id": name,
            "_source": {"token": token, "holder": self.holder, "until": self.clock() + self.seconds},
        }
        if seq is not None:
            action["if_seq_no"], action["if_primary_term"] = seq
        ok, result = self._one(action)
        if ok:
            return int(result["_seq_no"]), int(result["_primary_term"])
        if result.get("status") == 409:
            return None
        raise RuntimeError(f"lease {name} in {self.index}: {result.get('status')} {result.get('error')}")

    def _delete(self, name: str, seq: tuple[int, int]) -> bool:
        seq_no, term = seq
        action = {"_op_type": "delete", "_index": self.index, "_id": name, "if_seq_no": seq_no,
                  "if_primary_term": term}  # fmt: skip
        return self._one(action)[0]

    def _one(self, action: dict[str, Any]) -> tuple[bool, dict[str, Any]]:
        """One bulk action (the helpers take `if_seq_no` on every flavour): ok, and the item's result."""
        ((ok, item),) = self.retrying(
            "lease",
            lambda: list(
                self.client.streaming_bulk(
                    [action], chunk_size=1, raise_on_error=False, raise_on_exception=True, max_retries=0
                )
            ),
        )
        return ok, next(iter(item.values()))

    def _read(self, name: str) -> tuple[dict[str, Any], tuple[int, int]] | None:
        fields = ["token", "holder", "until"]
        found = self.retrying("lease", lambda: self.client.get(self.index, name, fields))
        if not found or not found.get("found", True):
            return None
        return found.get("_source") or {}, (int(found["_seq_no"]), int(found["_primary_term"]))

    # -- taking and giving back -----------------------------------------------------------------------

    def _take(self, name: str) -> Lease:
        self._ensure_index()
        token = uuid.uuid4().hex
        started = time.monotonic()
        pause, noticed = POLL_SECONDS, False
        while True:
            seq = self._write(name, token, "create")
            if seq is not None:
                return Lease(self, name, token, seq)
            held = self._read(name)
            if held is None:  # given back between the two requests
                continue
            source, held_seq = held
            if source.get("token") == token:  # our create was applied, its answer lost and sent again
                return Lease(self, name, token, held_seq)
            if float(source.get("until") or 0) < self.clock():
                if self._delete(name, held_seq):
                    log.warning(
                        "lease %s: taken over from %s, whose lease ran out (it stopped while holding it)",
                        name,
                        source.get("holder"),
                    )
                continue
            if not noticed and time.monotonic() - started > WAIT_NOTICE_SECONDS:
                log.info("waiting for lease %s, held by %s", name, source.get("holder"))
                noticed = True
            time.sleep(pause)
            pause = min(pause * 2, 1.0)

    def _give_back(self, lease: Lease) -> None:
        if not self._delete(lease.name, lease.seq):
            log.warning("lease %s was taken over before it was given back", lease.name)
