"""The HTTP API and the web UI that `cnht serve` runs: `create_app(data_dir, token)`."""

from flows.web.app import create_app

__all__ = ["create_app"]
