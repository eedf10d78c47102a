"""`cnht serve`: the HTTP API and the web UI over the data directory, with uvicorn."""

from __future__ import annotations

from pathlib import Path

import click

from flows.cli_common import api_token, friendly_errors, token_options, uses_elasticsearch


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on."
)
@token_options
@click.pass_context
@friendly_errors
def serve(ctx: click.Context, host: str, port: int, token: str | None, token_file: Path | None) -> None:
    """Serve the web UI and the HTTP API (routes listed at /api, OpenAPI schema at /openapi.json).

    Each server process opens the store once, read-only, and shares it between requests: `cnht ingest`
    can run meanwhile and its documents show at once.

    \b
    Example:
      cnht demo && CNHT_API_TOKEN=s3cret cnht serve --port 8000      # or: --token-file ~/.cnht-token
      open http://127.0.0.1:8000/  (search), /deals, /alerts
      curl -H "Authorization: Bearer s3cret" -H "Content-Type: application/json" \\
           -d '{"id": "hp", "query": {"text": "cong nghiep ho tro"}}' http://127.0.0.1:8000/api/alerts
    """
    import uvicorn

    from flows.web import create_app

    data_dir: Path = ctx.obj["data_dir"]
    token = api_token(ctx, token, token_file)
    if not uses_elasticsearch() and not (data_dir / "store.sqlite3").exists():
        click.echo(f"warning: no store in {data_dir} yet: run `cnht demo` or `cnht ingest`", err=True)
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        click.echo("note: listening beyond loopback; write endpoints stay disabled without --token", err=True)
    app = create_app(data_dir, token)
    click.echo(f"cnht web UI at http://{host}:{port}/  (API: /api; Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
