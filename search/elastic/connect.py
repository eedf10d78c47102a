"""A client for one Elasticsearch URL: reachability check with a readable error, and the API
compatibility headers that let the installed client talk to 8.x and 9.x servers.

elasticsearch-py N sends `Accept`/`Content-Type: application/vnd.elasticsearch+json; compatible-with=N`
on every request. A server accepts its own major and the one before (REST API compatibility), so a 9.x
client is refused by an 8.x server ("Accept version must be either version 8 or 7"), and the client's
own documentation says to use the client of the server's major. cnht depends on elasticsearch>=8.12,<10
and instead pins `compatible-with` to the server's major version when the server is older than the client
(the way Apache Airflow's Elasticsearch provider does, apache/airflow#66065), after asking the server its
version with a plain `application/json` request, which every version answers. An 8.x client on a 9.x
server needs nothing: `compatible-with=8` is the compatibility the 9.x server offers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

SUPPORTED_MAJORS = (8, 9)
_COMPAT_RE = re.compile(r"compatible-with=\d+")
_COMPAT_HEADERS = ("accept", "content-type")


class ElasticUnavailable(ConnectionError):
    """The Elasticsearch server cannot be reached or is not one cnht supports."""


def redacted(url: str) -> str:
    """`url` without the user and password a secured cluster's URL carries (errors reach web clients).

    >>> redacted("https://elastic:s3cret@es.example:9200/"), redacted("http://es:9200")
    ('https://***@es.example:9200/', 'http://es:9200')
    """
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]))


def unreachable_message(url: str, reason: object) -> str:
    """The one-line error when the server does not answer, credentials removed.

    >>> print(unreachable_message("http://elastic:pw@es:9200", "refused"))
    cannot reach Elasticsearch at http://***@es:9200: refused; unset CNHT_ES_URL to use the embedded store
    """
    shown = redacted(url)
    reason = str(reason).replace(url, shown)
    return f"cannot reach Elasticsearch at {shown}: {reason}; unset CNHT_ES_URL to use the embedded store"


def pin_compat(headers: Mapping[str, str], major: int) -> dict[str, str]:
    """The headers with every `compatible-with=N` set to `major` (other headers unchanged).

    >>> pin_compat({"Accept": "application/vnd.elasticsearch+json; compatible-with=9", "X-Opaque-Id": "a"}, 8)
    {'Accept': 'application/vnd.elasticsearch+json; compatible-with=8', 'X-Opaque-Id': 'a'}
    """
    out = dict(headers)
    for key, value in headers.items():
        if key.lower() in _COMPAT_HEADERS and isinstance(value, str):
            out[key] = _COMPAT_RE.sub(f"compatible-with={major}", value)
    return out


def server_major(info: Mapping[str, Any]) -> int:
    """The major version from the body of `GET /`; raises ElasticUnavailable for unsupported servers.

    >>> server_major({"version": {"number": "8.15.3"}, "tagline": "You Know, for Search"})
    8
    """
    number = str(info.get("version", {}).get("number", ""))
    major = int(number.split(".")[0]) if number.split(".")[0].isdigit() else 0
    if major not in SUPPORTED_MAJORS or "distribution" in info.get("version", {}):
        raise ElasticUnavailable(
            f"unsupported search server version {number or '?'}: cnht supports Elasticsearch 8.x and 9.x"
        )
    return major


def _pinned(perform: Callable[..., Any], major: int) -> Callable[..., Any]:
    """`Transport.perform_request` with the compatibility headers pinned to the server's major."""

    def perform_request(method: str, target: str, **kw: Any) -> Any:
        if isinstance(kw.get("headers"), Mapping):
            kw["headers"] = pin_compat(kw["headers"], major)
        return perform(method, target, **kw)

    return perform_request


def connect(url: str, *, request_timeout: float = 30.0, **kwargs: Any) -> Any:
    """An `elasticsearch.Elasticsearch` for `url`, checked to answer, speaking the server's API version.

    Extra keyword arguments go to the client (api_key, basic_auth, ca_certs, ...)."""
    from elastic_transport import TransportError
    from elasticsearch import Elasticsearch
    from elasticsearch import __versionstr__ as client_version

    client = Elasticsearch(url, request_timeout=request_timeout, retry_on_timeout=True, **kwargs)
    try:
        resp = client.transport.perform_request(
            "GET", "/", headers={"accept": "application/json"}, max_retries=0, request_timeout=10.0
        )
    except TransportError as exc:
        client.close()
        raise ElasticUnavailable(unreachable_message(url, getattr(exc, "message", exc))) from exc
    if not 200 <= resp.meta.status < 300 or not isinstance(resp.body, Mapping):
        client.close()
        raise ElasticUnavailable(unreachable_message(url, f"HTTP {resp.meta.status} for GET /"))
    major = server_major(resp.body)
    if major < int(client_version.split(".")[0]):  # an older client on a newer server is what compat is for
        client.transport.perform_request = _pinned(client.transport.perform_request, major)
    return client
