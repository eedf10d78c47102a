"""Embedded search backend: SQLite store of record + tantivy full-text index, no server."""

from search.embedded.backend import EmbeddedStore

__all__ = ["EmbeddedStore"]
