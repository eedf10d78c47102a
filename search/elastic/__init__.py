"""Search-engine backend (Elasticsearch 8.x/9.x or OpenSearch 2.x/3.x): the Store protocol over an index
per alias, saved searches as percolator queries.

    from search.elastic import open_store
    with open_store("http://localhost:9200") as store: ...

Every test session runs it on a real OpenSearch 2.19 node it starts itself (search/engine_runner.py;
or on the server at CNHT_ES_URL): the contract suite (tests/search/test_store_contract.py), reindexing
under writers, percolated alerts, failures (tests/search/test_elastic_*). Elasticsearch itself is spoken
through the same code with elasticsearch-py (search/elastic/connect.py); no Elasticsearch 8/9 server can
be assembled from Maven Central, so that half is checked against recorded request headers only.
"""

from __future__ import annotations

from typing import Any

from search.elastic.backend import RETRY_SECONDS, ElasticError, ElasticStore, EngineDown
from search.elastic.connect import ElasticUnavailable, connect

__all__ = ["ElasticError", "ElasticStore", "ElasticUnavailable", "EngineDown", "connect", "open_store"]


def open_store(
    url: str,
    *,
    index_prefix: str = "cnht",
    read_only: bool = False,
    icu: bool = False,
    retry_seconds: float = RETRY_SECONDS,
    **client_options: Any,
) -> ElasticStore:
    """Connect to `url` and open (creating when needed, unless `read_only`) the indices of `index_prefix`.

    Raises ElasticUnavailable (a ConnectionError) with a one-line message when the server does not answer.
    `icu=True` tokenises with the analysis-icu plugin (it must be installed on every node). Writes wait
    up to `retry_seconds` for an engine that does not answer, then raise EngineDown (one line)."""
    client = connect(url, **client_options)
    try:
        return ElasticStore(
            client, index_prefix=index_prefix, read_only=read_only, icu=icu, retry_seconds=retry_seconds
        )
    except BaseException:
        client.close()
        raise
