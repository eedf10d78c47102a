"""A client for one search server URL: Elasticsearch 8.x/9.x or OpenSearch 2.x/3.x, told apart by `GET /`,
behind one small adapter (`SearchClient`) so the rest of search/elastic/ is one code path.

`GET /` is asked first with a plain `application/json` request, which every version answers; its
`version.distribution` is "opensearch" on OpenSearch (Elasticsearch has no such field). OpenSearch is
then spoken with opensearch-py (elasticsearch-py refuses servers that are not Elasticsearch), and
Elasticsearch with elasticsearch-py.

elasticsearch-py N sends `Accept`/`Content-Type: application/vnd.elasticsearch+json; compatible-with=N`
on every request. A server accepts its own major and the one before (REST API compatibility), so a 9.x
client is refused by an 8.x server ("Accept version must be either version 8 or 7"), and the client's
own documentation says to use the client of the server's major. cnht depends on elasticsearch>=8.12,<10
and instead pins `compatible-with` to the server's major version when the server is older than the client
(the way Apache Airflow's Elasticsearch provider does, apache/airflow#66065). An 8.x client on a 9.x
server needs nothing: `compatible-with=8` is the compatibility the 9.x server offers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

SUPPORTED_MAJORS = (8, 9)
OPENSEARCH_MAJORS = (2, 3)
ELASTICSEARCH = "elasticsearch"
OPENSEARCH = "opensearch"
RETRY_STATUSES = frozenset({429, 502, 503, 504})  # busy, or a shard/cluster not available yet
_COMPAT_RE = re.compile(r"compatible-with=\d+")
_COMPAT_HEADERS = ("accept", "content-type")


class ElasticUnavailable(ConnectionError):
    """The search server cannot be reached or is not one cnht supports."""


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


def server_flavour(info: Mapping[str, Any]) -> tuple[str, int]:
    """(flavour, major version) from the body of `GET /`; raises ElasticUnavailable for unsupported servers.

    >>> server_flavour({"version": {"number": "8.15.3"}, "tagline": "You Know, for Search"})
    ('elasticsearch', 8)
    >>> server_flavour({"version": {"number": "2.19.1", "distribution": "opensearch"}})
    ('opensearch', 2)
    """
    version = info.get("version", {}) if isinstance(info.get("version"), Mapping) else {}
    number = str(version.get("number", ""))
    major = int(number.split(".")[0]) if number.split(".")[0].isdigit() else 0
    if version.get("distribution") == OPENSEARCH and major in OPENSEARCH_MAJORS:
        return OPENSEARCH, major
    if "distribution" not in version and major in SUPPORTED_MAJORS:
        return ELASTICSEARCH, major
    raise ElasticUnavailable(
        f"unsupported search server {version.get('distribution', '')} {number or '?'}".replace("  ", " ")
        + ": cnht supports Elasticsearch 8.x and 9.x, OpenSearch 2.x and 3.x"
    )


def server_major(info: Mapping[str, Any]) -> int:
    """The major version of an Elasticsearch server from `GET /` (OpenSearch is refused here).

    >>> server_major({"version": {"number": "9.1.0"}})
    9
    """
    flavour, major = server_flavour(info)
    if flavour != ELASTICSEARCH:
        raise ElasticUnavailable(f"not Elasticsearch: {flavour} {major}.x")
    return major


def _pinned(perform: Callable[..., Any], major: int) -> Callable[..., Any]:
    """`Transport.perform_request` with the compatibility headers pinned to the server's major."""

    def perform_request(method: str, target: str, **kw: Any) -> Any:
        if isinstance(kw.get("headers"), Mapping):
            kw["headers"] = pin_compat(kw["headers"], major)
        return perform(method, target, **kw)

    return perform_request


def hosts(url: str) -> list[str]:
    """The node URLs of a CNHT_ES_URL: one URL, or several separated by commas (any node of a cluster
    answers for all; the client goes on with the others when one stops).

    >>> hosts("http://a:9200, http://b:9200,"), hosts("http://a:9200")
    (['http://a:9200', 'http://b:9200'], ['http://a:9200'])
    """
    return [u.strip() for u in url.split(",") if u.strip()]


def _probe(url: str, request_timeout: float, kwargs: dict[str, Any]) -> tuple[Any, Mapping[str, Any]]:
    """An elasticsearch-py client for `url` and the body of `GET /` (asked without product check)."""
    from elastic_transport import TransportError
    from elasticsearch import Elasticsearch

    nodes = hosts(url)
    client = Elasticsearch(nodes, request_timeout=request_timeout, retry_on_timeout=True, **kwargs)
    try:
        resp = client.transport.perform_request(
            "GET",
            "/",
            headers={"accept": "application/json"},
            max_retries=len(nodes) - 1,  # each node once
            request_timeout=10.0,
        )
    except TransportError as exc:
        client.close()
        raise ElasticUnavailable(unreachable_message(url, getattr(exc, "message", exc))) from exc
    if not 200 <= resp.meta.status < 300 or not isinstance(resp.body, Mapping):
        client.close()
        raise ElasticUnavailable(unreachable_message(url, f"HTTP {resp.meta.status} for GET /"))
    return client, resp.body


def connect(url: str, *, request_timeout: float = 30.0, **kwargs: Any) -> SearchClient:
    """A `SearchClient` for `url`, checked to answer, speaking the server's API (flavour and version).

    Extra keyword arguments go to the native client (api_key, basic_auth, ca_certs, ... for
    elasticsearch-py; http_auth, ca_certs, ... for opensearch-py)."""
    from elasticsearch import __versionstr__ as client_version

    es_client, info = _probe(url, request_timeout, kwargs)
    try:
        flavour, major = server_flavour(info)
    except ElasticUnavailable:
        es_client.close()
        raise
    version = str(info["version"]["number"])
    if flavour == OPENSEARCH:
        es_client.close()
        from opensearchpy import OpenSearch

        native = OpenSearch(hosts(url), timeout=request_timeout, retry_on_timeout=True, **kwargs)
        return OpenSearchClient(native, version)
    if major < int(client_version.split(".")[0]):  # an older client on a newer server is what compat is for
        es_client.transport.perform_request = _pinned(es_client.transport.perform_request, major)
    return ElasticsearchClient(es_client, version)


class SearchClient:
    """The requests the backend makes, on either server; bodies are the same JSON on both.

    `native` is the library's client; `flavour` "elasticsearch" or "opensearch"; `version` the server's.
    Missing indices or documents are empty answers (`{}`, None), not exceptions. `unavailable` is the tuple
    of exceptions meaning the server did not answer (connection refused, timeout): callers that retry
    (bulk ingest) catch those."""

    flavour = ""

    def __init__(self, native: Any, version: str) -> None:
        self.native = native
        self.version = version

    # -- overridden per library ------------------------------------------------------------------------

    def _not_found(self) -> type[Exception]:
        raise NotImplementedError

    def create_index(self, index: str, body: dict[str, Any], aliases: dict[str, Any] | None) -> None:
        raise NotImplementedError

    def search(self, index: str, body: dict[str, Any], preference: str | None = None) -> dict[str, Any]:
        raise NotImplementedError

    def _shard_stats(self, index: str) -> dict[str, Any]:
        raise NotImplementedError

    def msearch(self, index: str, searches: list[dict[str, Any]]) -> dict[str, Any]:
        raise NotImplementedError

    def mget(self, index: str, ids: list[str], source: list[str]) -> dict[str, Any]:
        raise NotImplementedError

    def _get(self, index: str, doc_id: str, source: list[str]) -> dict[str, Any]:
        raise NotImplementedError

    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        raise NotImplementedError

    def put_mapping(self, index: str, properties: dict[str, Any]) -> None:
        raise NotImplementedError

    def indices(self, pattern: str) -> list[str]:
        """The concrete indices matching `pattern`, a name or a wildcard (none is not an error)."""
        raise NotImplementedError

    @property
    def helpers(self) -> Any:
        raise NotImplementedError

    @property
    def unavailable(self) -> tuple[type[Exception], ...]:
        raise NotImplementedError

    def transient(self, exc: BaseException) -> bool:
        """True when `exc` means "try again later": no answer (refused, timeout), or 429/502/503/504."""
        raise NotImplementedError

    # -- the same call on both -------------------------------------------------------------------------

    def get(self, index: str, doc_id: str, source: list[str]) -> dict[str, Any] | None:
        try:
            return _body(self._get(index, doc_id, source))
        except self._not_found():
            return None

    def get_alias(self, name: str) -> dict[str, Any]:
        try:
            return dict(_body(self.native.indices.get_alias(name=name)))
        except self._not_found():
            return {}

    def get_mapping(self, index: str) -> dict[str, Any]:
        return dict(_body(self.native.indices.get_mapping(index=index)))

    def delete_indices(self, names: list[str]) -> None:
        if names:
            self.native.indices.delete(index=",".join(names), params={"ignore_unavailable": "true"})

    def max_seq_nos(self, index: str) -> dict[tuple[str, int], int]:
        """{(concrete index, shard number): highest sequence number} of `index` (any copy's highest)."""
        return self.seq_no_stats(index)[0]

    def seq_no_stats(self, index: str) -> tuple[dict[tuple[str, int], int], dict[tuple[str, int], int]]:
        """Per (concrete index, shard number) of `index`, from one stats request: the highest sequence
        number any copy has seen, and the global checkpoint (every operation up to it is processed on every
        in-sync copy, so a refresh after reading it makes them all searchable; the lowest any copy
        reports)."""
        highest: dict[tuple[str, int], int] = {}
        checkpoints: dict[tuple[str, int], int] = {}
        for name, stats in _body(self._shard_stats(index)).get("indices", {}).items():
            for shard, copies in stats.get("shards", {}).items():
                seq = [c.get("seq_no", {}) for c in copies]
                key = (name, int(shard))
                highest[key] = max([-1, *(q.get("max_seq_no", -1) for q in seq)])
                checkpoints[key] = min((q.get("global_checkpoint", -1) for q in seq), default=-1)
        return highest, checkpoints

    def refresh(self, index: str) -> None:
        self.native.indices.refresh(index=index)

    def count(self, index: str) -> int:
        return int(_body(self.native.count(index=index))["count"])

    def streaming_bulk(self, actions: Any, **kwargs: Any) -> Any:
        return self.helpers.streaming_bulk(self.native, actions, **kwargs)

    def close(self) -> None:
        self.native.close()


def _body(resp: Any) -> Any:
    return getattr(resp, "body", resp)


class ElasticsearchClient(SearchClient):
    flavour = ELASTICSEARCH

    def _not_found(self) -> type[Exception]:
        from elasticsearch import NotFoundError

        return NotFoundError

    @property
    def helpers(self) -> Any:
        from elasticsearch import helpers

        return helpers

    @property
    def unavailable(self) -> tuple[type[Exception], ...]:
        from elastic_transport import ConnectionError as TransportConnectionError
        from elastic_transport import ConnectionTimeout

        return (TransportConnectionError, ConnectionTimeout)

    def transient(self, exc: BaseException) -> bool:
        from elastic_transport import ConnectionError as TransportConnectionError
        from elastic_transport import ConnectionTimeout
        from elasticsearch import ApiError

        if isinstance(exc, TransportConnectionError | ConnectionTimeout):
            return True
        return isinstance(exc, ApiError) and exc.status_code in RETRY_STATUSES

    def create_index(self, index: str, body: dict[str, Any], aliases: dict[str, Any] | None) -> None:
        self.native.indices.create(index=index, aliases=aliases, **body)

    def search(self, index: str, body: dict[str, Any], preference: str | None = None) -> dict[str, Any]:
        extra = {"preference": preference} if preference else {}
        return _body(self.native.search(index=index, body=body, **extra))

    def _shard_stats(self, index: str) -> dict[str, Any]:
        return self.native.indices.stats(index=index, metric="docs", level="shards")

    def msearch(self, index: str, searches: list[dict[str, Any]]) -> dict[str, Any]:
        return _body(self.native.msearch(index=index, searches=searches))

    def mget(self, index: str, ids: list[str], source: list[str]) -> dict[str, Any]:
        return _body(self.native.mget(index=index, ids=ids, source_includes=source))

    def _get(self, index: str, doc_id: str, source: list[str]) -> dict[str, Any]:
        return self.native.get(index=index, id=doc_id, source_includes=source)

    def delete_indices(self, names: list[str]) -> None:
        if names:
            self.native.indices.delete(index=",".join(names), ignore_unavailable=True)

    def indices(self, pattern: str) -> list[str]:
        return list(
            _body(self.native.indices.get(index=pattern, allow_no_indices=True, ignore_unavailable=True))
        )

    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self.native.indices.update_aliases(actions=actions)

    def put_mapping(self, index: str, properties: dict[str, Any]) -> None:
        self.native.indices.put_mapping(index=index, properties=properties)


class OpenSearchClient(SearchClient):
    flavour = OPENSEARCH

    def _not_found(self) -> type[Exception]:
        from opensearchpy import NotFoundError

        return NotFoundError

    @property
    def helpers(self) -> Any:
        from opensearchpy import helpers

        return helpers

    @property
    def unavailable(self) -> tuple[type[Exception], ...]:
        from opensearchpy import ConnectionError as OSConnectionError
        from opensearchpy import ConnectionTimeout

        return (OSConnectionError, ConnectionTimeout)

    def transient(self, exc: BaseException) -> bool:
        from opensearchpy import ConnectionError as OSConnectionError
        from opensearchpy import TransportError

        if isinstance(exc, OSConnectionError):  # refused, reset, timed out (ConnectionTimeout too)
            return True
        return isinstance(exc, TransportError) and exc.status_code in RETRY_STATUSES

    def create_index(self, index: str, body: dict[str, Any], aliases: dict[str, Any] | None) -> None:
        self.native.indices.create(index=index, body={**body, **({"aliases": aliases} if aliases else {})})

    def search(self, index: str, body: dict[str, Any], preference: str | None = None) -> dict[str, Any]:
        params = {"preference": preference} if preference else None
        return self.native.search(index=index, body=body, params=params)

    def _shard_stats(self, index: str) -> dict[str, Any]:
        return self.native.indices.stats(index=index, metric="docs", params={"level": "shards"})

    def msearch(self, index: str, searches: list[dict[str, Any]]) -> dict[str, Any]:
        return self.native.msearch(index=index, body=searches)

    def mget(self, index: str, ids: list[str], source: list[str]) -> dict[str, Any]:
        return self.native.mget(index=index, body={"ids": ids}, params={"_source_includes": ",".join(source)})

    def _get(self, index: str, doc_id: str, source: list[str]) -> dict[str, Any]:
        return self.native.get(index=index, id=doc_id, params={"_source_includes": ",".join(source)})

    def indices(self, pattern: str) -> list[str]:
        params = {"allow_no_indices": "true", "ignore_unavailable": "true"}
        return list(self.native.indices.get(index=pattern, params=params))

    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self.native.indices.update_aliases(body={"actions": actions})

    def put_mapping(self, index: str, properties: dict[str, Any]) -> None:
        self.native.indices.put_mapping(index=index, body={"properties": properties})
