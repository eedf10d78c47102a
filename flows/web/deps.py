"""What every request needs: the app's settings, the shared read-only store, the write token check."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fastapi import HTTPException, Request

from flows.web.stores import STORE_FILE, SharedStore
from search.store import Store, elasticsearch_url

ALERTS_FILE = "alerts.sqlite3"


@dataclass(frozen=True)
class WebSettings:
    data_dir: Path
    token: str | None  # None: write endpoints are disabled


def settings(request: Request) -> WebSettings:
    return request.app.state.settings  # type: ignore[no-any-return]


class NoStoreError(Exception):
    """The store cannot be read: none yet (`cnht demo` or `cnht ingest` were never run), or outdated."""

    def __init__(self, data_dir: Path, message: str | None = None) -> None:
        super().__init__(message or f"no store in {data_dir}: run `cnht demo` or `cnht ingest` first")


def has_store(data_dir: Path) -> bool:
    """Whether there is a store to read: Elasticsearch is configured, or the embedded one exists."""
    return elasticsearch_url() is not None or (data_dir / STORE_FILE).exists()


def shared_store(request: Request) -> SharedStore:
    return request.app.state.store  # type: ignore[no-any-return]


def read_store(request: Request) -> Iterator[Store]:
    """The process's read-only store, shared with other requests (an ingest may be writing meanwhile)."""
    data_dir = settings(request).data_dir
    stores = shared_store(request)
    try:
        lease = stores.acquire()
    except FileNotFoundError as exc:
        raise NoStoreError(data_dir, str(exc) if has_store(data_dir) else None) from exc
    except RuntimeError as exc:  # e.g. an index of an older schema: a read-write open rebuilds it
        raise NoStoreError(data_dir, f"{exc} (run `cnht reindex`)") from exc
    except ConnectionError as exc:  # Elasticsearch unreachable: one readable line naming the fix
        raise NoStoreError(data_dir, str(exc)) from exc
    try:
        yield lease.store
    finally:
        stores.release(lease)


def token_matches(request: Request, given: str) -> bool:
    token = settings(request).token
    return bool(token) and secrets.compare_digest(given.strip().encode(), (token or "").encode())


def has_token(request: Request) -> bool:
    """Whether the request carries the server's token (`Authorization: Bearer <token>`)."""
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and token_matches(request, given)


def require_token(request: Request) -> None:
    """Write endpoints: 403 when the server has no token, 401 without the right `Bearer` token."""
    if not settings(request).token:
        raise HTTPException(403, "write endpoints are disabled: start `cnht serve` with --token")
    if not has_token(request):
        raise HTTPException(
            401,
            "missing or wrong token: send `Authorization: Bearer <token>`",
            {"WWW-Authenticate": "Bearer"},
        )
