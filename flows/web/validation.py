"""Requests held to what the OpenAPI schema says, no looser: ISO dates in the query string (clamped to
the days the index can hold), JSON bodies with exactly the JSON types of the schema (pydantic's lax
mode would take `0` for a date or a boolean), and an `Allow` header listing every method of a path on 405."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Coroutine, Iterator
from typing import Annotated, Any, TypeVar

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import AfterValidator, BaseModel, BeforeValidator, ValidationError
from starlette.routing import Match
from starlette.types import Scope

M = TypeVar("M", bound=BaseModel)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_day(value: Any) -> Any:
    """A query-string date must be written YYYY-MM-DD (not a Unix time, which pydantic would accept).

    >>> iso_day("2024-05-01")
    '2024-05-01'
    >>> iso_day("0")
    Traceback (most recent call last):
    ...
    ValueError: a date must be written YYYY-MM-DD, not '0'
    """
    if isinstance(value, str) and not _ISO_DAY.fullmatch(value):
        raise ValueError(f"a date must be written YYYY-MM-DD, not {value!r}")
    return value


# The full-text index keeps dates as nanoseconds since 1970 in 64 bits (1677-09-21 .. 2262-04-11) and
# raises on a range bound outside: nothing is published outside these days, so bounds are clamped to them.
FIRST_DAY = dt.date(1678, 1, 1)
LAST_DAY = dt.date(2262, 4, 10)


def clamp_day(day: dt.date | None) -> dt.date | None:
    """A date bound moved into the days the index can hold (the same documents match).

    >>> clamp_day(dt.date(2263, 1, 1)), clamp_day(dt.date(2024, 5, 1))
    (datetime.date(2262, 4, 10), datetime.date(2024, 5, 1))
    """
    return None if day is None else min(max(day, FIRST_DAY), LAST_DAY)


IsoDate = Annotated[dt.date, BeforeValidator(iso_day), AfterValidator(clamp_day)]


def strict_json(model: type[M]) -> Callable[[Request], Coroutine[Any, Any, M]]:
    """A dependency validating the JSON body against `model` in strict mode (a 422 otherwise).

    The endpoint also declares the body as `model`, for the schema; this check adds what lax mode lets
    through: `"allow_private": 0`, `"limit": "10"`, `"since": 0`.
    """

    async def dependency(request: Request) -> M:
        try:
            return model.model_validate_json(await request.body(), strict=True)
        except ValidationError as exc:
            raise RequestValidationError(
                [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
            ) from exc

    return dependency


def allowed_methods(routes: list[Any], scope: Scope) -> list[str]:
    """Every method some route serves at the request's path (Starlette's 405 names only the first).

    FastAPI >= 0.150 keeps an included router as one route object (`original_router`): its routes are
    looked into too (our routers are included without a prefix, so their paths are the app's)."""
    methods: set[str] = set()
    for route in routes:
        inner = getattr(route, "original_router", None)
        if inner is not None:
            methods |= set(allowed_methods(inner.routes, scope))
            continue
        match, _ = route.matches(scope)
        if match != Match.NONE and getattr(route, "methods", None):
            methods |= set(route.methods)
    return sorted(methods)


def _query_params(dependant: Any) -> Iterator[Any]:
    yield from dependant.query_params
    for sub in dependant.dependencies:
        yield from _query_params(sub)


def known_query_params_only(request: Request) -> None:
    """Refuse, with a 422 naming them, query parameters the route does not take: a typo such as
    `provnce=` would otherwise be ignored and widen the answer. A router-wide dependency of the API."""
    dependant = getattr(request.scope.get("route"), "dependant", None)
    if dependant is None:
        return
    allowed = {p.alias for p in _query_params(dependant)}
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise RequestValidationError(
            [
                {
                    "type": "extra_forbidden",
                    "loc": ("query", name),
                    "msg": f"unknown parameter (this route takes: {', '.join(sorted(allowed)) or 'none'})",
                    "input": request.query_params[name],
                }
                for name in unknown
            ]
        )
