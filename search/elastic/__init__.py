"""Elasticsearch backend (8.x or 9.x servers): the Store protocol over an index per alias.

    from search.elastic import open_store
    with open_store("http://localhost:9200") as store: ...

Nothing in this package has been run against a real Elasticsearch server: none can be installed on the
machines cnht is developed on. The request bodies are pinned by unit tests (tests/search/test_elastic_*),
and the contract suite (tests/search/test_store_contract.py) runs on it whenever CNHT_ES_URL is set.
"""

from __future__ import annotations

from typing import Any

from search.elastic.backend import ElasticError, ElasticStore
from search.elastic.connect import ElasticUnavailable, connect

__all__ = ["ElasticError", "ElasticStore", "ElasticUnavailable", "connect", "open_store"]


def open_store(
    url: str,
    *,
    index_prefix: str = "cnht",
    read_only: bool = False,
    icu: bool = False,
    **client_options: Any,
) -> ElasticStore:
    """Connect to `url` and open (creating when needed, unless `read_only`) the indices of `index_prefix`.

    Raises ElasticUnavailable (a ConnectionError) with a one-line message when the server does not answer.
    `icu=True` tokenises with the analysis-icu plugin (it must be installed on every node)."""
    client = connect(url, **client_options)
    try:
        return ElasticStore(client, index_prefix=index_prefix, read_only=read_only, icu=icu)
    except BaseException:
        client.close()
        raise
