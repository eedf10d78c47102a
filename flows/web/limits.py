"""Request limits of the web UI and the API: what one request may ask of the server.

A query's length and complexity are capped before it is parsed or searched (one line, Vietnamese then
English, 422 from the API and 400 from the UI), filters are capped in length, and at most
`MAX_CONCURRENT` expensive requests (search, deals, decision lookups) run at once per server process:
another one waits up to `WAIT_SECONDS` for a slot, then gets 503 with `Retry-After`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

from fastapi import HTTPException, Request

from search.query import parse_query

MAX_QUERY_CHARS = 1_000
MAX_CLAUSES = 32  # words and "phrases" of one query
MAX_PHRASES = 8
MAX_TOKENS = 64  # words, counting every word of every phrase
MAX_FILTER_CHARS = 200  # province, firm, issuer, source ... filters
MAX_OFFSET = 10_000
CONCURRENCY_ENV = "CNHT_MAX_SEARCHES"
MAX_CONCURRENT = 4
WAIT_SECONDS = 2.0
RETRY_AFTER_SECONDS = 2


def _n(value: int) -> str:
    """Vietnamese thousands grouping: 50000 -> "50.000"."""
    return f"{value:,}".replace(",", ".")


def query_problem(text: str) -> str | None:
    """Why a query text is refused (one line, Vietnamese / English), or None when it is within limits.

    >>> query_problem("cong nghiep ho tro") is None
    True
    >>> query_problem("x" * 50_000)
    'Truy vấn quá dài: 50.000 ký tự, tối đa 1.000 / query too long: 50,000 characters, at most 1,000'
    >>> query_problem(" ".join(f"w{i}" for i in range(40)))
    'Truy vấn quá phức tạp: 40 từ/cụm từ, tối đa 32 / query too complex: 40 terms and phrases, at most 32'
    """
    if len(text) > MAX_QUERY_CHARS:
        return (
            f"Truy vấn quá dài: {_n(len(text))} ký tự, tối đa {_n(MAX_QUERY_CHARS)} / "
            f"query too long: {len(text):,} characters, at most {MAX_QUERY_CHARS:,}"
        )
    parsed = parse_query(text)
    clauses = len(parsed.clauses)
    phrases = sum(1 for c in parsed.clauses if c.is_phrase)
    tokens = sum(len(c.folded) for c in parsed.clauses)
    if clauses > MAX_CLAUSES:
        return (
            f"Truy vấn quá phức tạp: {clauses} từ/cụm từ, tối đa {MAX_CLAUSES} / "
            f"query too complex: {clauses} terms and phrases, at most {MAX_CLAUSES}"
        )
    if phrases > MAX_PHRASES:
        return (
            f"Truy vấn quá phức tạp: {phrases} cụm từ trong ngoặc kép, tối đa {MAX_PHRASES} / "
            f"query too complex: {phrases} phrases, at most {MAX_PHRASES}"
        )
    if tokens > MAX_TOKENS:
        return (
            f"Truy vấn quá phức tạp: {tokens} từ, tối đa {MAX_TOKENS} / "
            f"query too complex: {tokens} words, at most {MAX_TOKENS}"
        )
    return None


def filter_problem(name: str, value: str | None) -> str | None:
    """Why a filter value is refused (too long), or None."""
    if value is not None and len(value) > MAX_FILTER_CHARS:
        return (
            f"Bộ lọc {name} quá dài: {_n(len(value))} ký tự, tối đa {MAX_FILTER_CHARS} / "
            f"filter {name} too long: {len(value):,} characters, at most {MAX_FILTER_CHARS}"
        )
    return None


def check_request(text: str = "", **filters: str | None) -> None:
    """422 with the one-line reason when the query text or a filter is over its limit."""
    problem = query_problem(text) or next(
        (p for name, value in filters.items() if (p := filter_problem(name, value))), None
    )
    if problem:
        raise HTTPException(422, problem)


def concurrency() -> int:
    raw = os.environ.get(CONCURRENCY_ENV, "").strip()
    return max(1, int(raw)) if raw.isdigit() else MAX_CONCURRENT


def new_gate() -> threading.BoundedSemaphore:
    return threading.BoundedSemaphore(concurrency())


def expensive_slot(request: Request) -> Iterator[None]:
    """Dependency of the expensive routes: hold one of the process's slots for the request, or 503."""
    gate: threading.BoundedSemaphore = request.app.state.gate
    if not gate.acquire(timeout=WAIT_SECONDS):
        raise HTTPException(
            503,
            "Máy chủ đang bận, thử lại sau ít giây / server busy with other searches, retry in a few seconds",
            {"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
    try:
        yield
    finally:
        gate.release()
