"""The `cnht` command line: run the pipeline, search what it stored, inspect extraction and tagging.

Every error is one line naming the problem and the fix, with a non-zero exit code (1: the input or the
data was wrong; 2: the command line was wrong). Data goes to stdout, progress and errors to stderr.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click

from flows import prefect_env  # sets Prefect's local defaults before Prefect is imported
from flows.cli_common import (
    api_token,
    dump,
    friendly_errors,
    need_store,
    parse_date,
    preflight_store,
    token_options,
)
from flows.lock import writer_lock

DEFAULT_DATA_DIR = "cnht-data"
DEMO_QUERY = '"công nghiệp hỗ trợ"'
DEMO_SEARCH_ID = "cnht-demo"
DEMO_EXAMPLE_SEARCH = '"cong nghiep ho tro" ky ket'
DEMO_PORT = 8765


def _terminal_highlight(snippet: str) -> str:
    """`<b>word</b>` from the index -> bold on a terminal, [word] elsewhere."""
    if sys.stdout.isatty():
        return re.sub(r"<b>(.*?)</b>", lambda m: click.style(m.group(1), bold=True, fg="yellow"), snippet)
    return re.sub(r"<b>(.*?)</b>", r"[\1]", snippet)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    envvar="CNHT_DATA_DIR",
    default=DEFAULT_DATA_DIR,
    show_default=True,
    help="Where the archive, store and alerts live (env CNHT_DATA_DIR).",
)
@click.option(
    "--es-url",
    envvar="CNHT_ES_URL",
    metavar="URL",
    help="Keep documents in the Elasticsearch or OpenSearch server at URL (several: comma-separated) "
    "instead of the embedded store (env CNHT_ES_URL).",
)
@click.option(
    "--lock-wait",
    type=click.FloatRange(0),
    envvar="CNHT_LOCK_WAIT",
    metavar="SECONDS",
    help="When another command is writing the data directory (ingest, backfill, reextract, reindex, "
    "alerts send), wait up to SECONDS for it instead of stopping at once (env CNHT_LOCK_WAIT).",
)
@click.version_option(package_name="cnht")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path, es_url: str | None, lock_wait: float | None) -> None:
    """cnht: watch Vietnamese news and decisions on supporting industry (công nghiệp hỗ trợ).

    \b
    Quick start (no server, no internet):
      cnht demo                      crawl the bundled sample site, index it, search, alert
      cnht search "quyet dinh"       accent-insensitive full-text search
      cnht show <id-or-url>          one stored document with its tags
    """
    if es_url:  # the store layer reads it, in this process and in the flows it runs
        os.environ["CNHT_ES_URL"] = es_url
    if lock_wait is not None:  # flows/lock.py reads it, here and in the flows
        os.environ["CNHT_LOCK_WAIT"] = str(lock_wait)
    ctx.obj = {"data_dir": data_dir, "es_url": es_url}


# -- pipeline ---------------------------------------------------------------------------------------


def _run_ingest(
    sources_file: Path,
    data_dir: Path,
    variables: dict[str, str],
    only: list[str] | None,
    quiet: bool,
    kinds: list[str] | None = None,
    since: dt.date | None = None,
    alert_stdout: bool = True,
) -> Any:
    from crawlers.sources import load_sources
    from flows.ingest import ingest, select_sources

    registry = load_sources(sources_file, variables)  # a bad registry or source id fails here, in one
    select_sources(registry.sources, only, kinds)  # line, before Prefect starts
    preflight_store(data_dir)
    with writer_lock(data_dir):  # a busy data dir: one line, too
        return prefect_env.run_flow(
            ingest,
            sources_file=sources_file,
            data_dir=data_dir,
            variables=variables,
            only=only,
            kinds=kinds,  # type: ignore[arg-type]
            since=since,
            quiet=quiet,
            progress=True,
            alert_stdout=alert_stdout,
        )


def _parse_vars(variables: tuple[str, ...]) -> dict[str, str]:
    """`--var NAME=VALUE` options as a mapping, or a usage error naming the bad one."""
    pairs = {}
    for item in variables:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--var")
        pairs[name] = value
    return pairs


SOURCES_OPTION = click.option(
    "--sources",
    "sources_file",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The sources registry (YAML). Format: crawlers/sample_site/sources.yaml.",
)
VAR_OPTION = click.option(
    "--var",
    "variables",
    multiple=True,
    metavar="NAME=VALUE",
    help="Replace {NAME} in the sources file (e.g. --var base=http://127.0.0.1:8765).",
)


def _print_summary(summary: Any) -> None:
    ex = summary.extract
    click.echo("")
    click.echo(f"Run {summary.run_id} finished in {summary.seconds:.1f} s  (data: {summary.data_dir})")
    click.echo(
        f"  pages fetched        {summary.pages_fetched} new, "
        f"{sum(c.pages_already_archived for c in summary.crawls)} already archived, "
        f"{sum(c.requests for c in summary.crawls)} requests"
    )
    click.echo(
        f"  documents stored     {len(ex.stored_new)} new, {len(ex.stored_changed)} changed, "
        f"{ex.unchanged} unchanged; {summary.documents_total} in the store"
    )
    if ex.skipped:
        click.echo(
            "  pages skipped        " + ", ".join(f"{n} {why}" for why, n in sorted(ex.skipped.items()))
        )
    if ex.failed:
        click.echo(
            "  pages failed         " + ", ".join(f"{n} {why}" for why, n in sorted(ex.failed.items()))
        )
    if summary.crawl_failures:
        click.echo("  crawls failed        " + ", ".join(summary.crawl_failures))
    entities = ", ".join(f"{k} {v}" for k, v in sorted(ex.entities.items())) or "none"
    click.echo(f"  entities found       {entities}")
    click.echo(f"  alerts delivered     {len(summary.alerts)}")


@cli.command()
@SOURCES_OPTION
@click.option("--source", "only", multiple=True, help="Crawl only this source id (repeatable).")
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["news", "decisions"]),
    help="Crawl only sources of this kind (repeatable).",
)
@click.option(
    "--since",
    metavar="YYYY-MM-DD",
    help="Date floor: sitemap entries and child sitemaps dated before it are skipped, and listing pages"
    " stop being followed once all their dated items are older.",
)
@VAR_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@click.pass_context
@friendly_errors
def ingest(
    ctx: click.Context,
    sources_file: Path,
    only: tuple[str, ...],
    kinds: tuple[str, ...],
    since: str | None,
    variables: tuple[str, ...],
    as_json: bool,
) -> None:
    """Crawl the declared sources, then extract, tag, index and alert on what is new.

    \b
    Examples:
      cnht ingest --sources my-sources.yaml --source haiduong-news
      cnht ingest --sources crawlers/sources.yaml --kind news --since 2025-01-01
    Running it again fetches only pages not archived yet and alerts each match once.
    A counter of archived responses and an extraction bar are drawn on stderr.
    """
    summary = _run_ingest(
        sources_file,
        ctx.obj["data_dir"],
        _parse_vars(variables),
        list(only) or None,
        quiet=as_json,
        kinds=list(kinds) or None,
        since=parse_date(since, "--since"),
        alert_stdout=not as_json,  # alert lines go to stderr: stdout is the JSON
    )
    if as_json:
        dump(summary.model_dump(mode="json"))
    else:
        _print_summary(summary)
    _fail_if_no_source_answered(summary)


def _fail_if_no_source_answered(summary: Any) -> None:
    """Exit 1 with one line naming each cause when not one source of the run was reached (after the
    summary: what the run did is still printed and kept)."""
    from flows.crawl_causes import all_sources_failed

    reports = [(c.source, c.responses, c.errors_by_kind) for c in summary.crawls]
    problem = all_sources_failed(reports, summary.crawl_failures)
    if problem:
        raise click.ClickException(problem)


@cli.command()
@click.argument("source")
@SOURCES_OPTION
@click.option("--since", required=True, metavar="YYYY-MM-DD", help="First publication date wanted.")
@click.option("--until", metavar="YYYY-MM-DD", help="Last publication date wanted (default: no end).")
@click.option(
    "--max-pages",
    type=click.IntRange(1, 100000),
    default=200,
    show_default=True,
    help="Listing pages followed per start URL; the date floor stops earlier when the source declares "
    "`discovery.dates`.",
)
@VAR_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the backfill summary as JSON.")
@click.pass_context
@friendly_errors
def backfill(
    ctx: click.Context,
    source: str,
    sources_file: Path,
    since: str,
    until: str | None,
    max_pages: int,
    variables: tuple[str, ...],
    as_json: bool,
) -> None:
    """Crawl one source's past from --since (to --until), through its listing pages or sitemaps.

    Listing pagination stops at the date floor when the source declares `discovery.dates`; sitemap
    entries and child sitemaps dated before it are skipped (undated ones are read); a feed only lists
    recent items. --until is applied after extraction: every fetched page is archived and stored, and
    the summary says how many new documents fall in the range.

    \b
    Example:
      cnht backfill hcm-news --sources my-sources.yaml --since 2024-01-01 --until 2024-12-31
    """
    from crawlers.sources import load_sources
    from flows.backfill import backfill as backfill_flow
    from flows.backfill import check_range
    from flows.ingest import select_sources

    start, end = parse_date(since, "--since"), parse_date(until, "--until")
    assert start is not None
    check_range(start, end)
    pairs = _parse_vars(variables)
    registry = load_sources(sources_file, pairs)  # a bad registry or source id fails here, in one line,
    select_sources(registry.sources, [source])  # before Prefect starts
    preflight_store(ctx.obj["data_dir"])
    with writer_lock(ctx.obj["data_dir"]):
        summary = prefect_env.run_flow(
            backfill_flow,
            source=source,
            since=start,
            until=end,
            sources_file=sources_file,
            data_dir=ctx.obj["data_dir"],
            variables=pairs,
            max_pages=max_pages,
            quiet=as_json,
            alert_stdout=not as_json,  # alert lines go to stderr: stdout is the JSON
            progress=True,
        )
    if as_json:
        dump(summary.model_dump(mode="json"))
        return
    crawl = summary.crawl
    click.echo("")
    click.echo(f"Backfill {summary.run_id} of {source} finished in {summary.seconds:.1f} s")
    if crawl is not None:
        click.echo(
            f"  pages fetched        {crawl.pages_fetched} new, {crawl.pages_already_archived} already "
            f"archived, {crawl.requests} requests, {crawl.errors} error(s)"
        )
    if summary.crawl_failure:
        click.echo(f"  crawl failed         {summary.crawl_failure}")
    click.echo(
        f"  new documents        {len(summary.in_range)} in range, {len(summary.out_of_range)} out of "
        f"range, {len(summary.undated)} undated"
    )
    span = f"{summary.since} .. {summary.until or 'today'}"
    click.echo(f"  in the store         {summary.source_documents_in_range} document(s) of {source}, {span}")
    click.echo(f"  alerts delivered     {len(summary.alerts)}")
    if summary.crawl_failure:
        raise click.ClickException(
            f"crawl of {source} failed (see above): what it fetched is archived; run the backfill again"
        )


@contextlib.contextmanager
def _sample_site(port: int) -> Iterator[str]:
    """The sample site on `port`, or on a free port (with a warning) when `port` is taken."""
    from crawlers.sample_site.server import serve_sample_site

    try:
        site = serve_sample_site(port)
        base = site.__enter__()
    except OSError:
        click.echo(
            f"port {port} is busy: serving on a free port instead (page URLs differ from earlier runs, "
            "so their pages count as new); free the port or pass --port to keep them stable",
            err=True,
        )
        site = serve_sample_site(0)
        base = site.__enter__()
    try:
        yield base
    finally:
        site.__exit__(None, None, None)


@cli.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=DEMO_PORT,
    show_default=True,
    help="Port of the sample site on 127.0.0.1 (0: any free port). Keep it the same between runs: "
    "page URLs, and so document ids, include it.",
)
@click.option(
    "--serve/--no-serve",
    default=False,
    help="Afterwards, serve the web UI over the demo's data (and keep the sample site up) until Ctrl-C.",
)
@click.option(
    "--web-port",
    type=click.IntRange(1, 65535),
    default=8000,
    show_default=True,
    help="Port of the web UI on 127.0.0.1 (with --serve, and in the printed `cnht serve` hint).",
)
@token_options
@click.pass_context
@friendly_errors
def demo(
    ctx: click.Context, port: int, serve: bool, web_port: int, token: str | None, token_file: Path | None
) -> None:
    """Run the whole pipeline on the bundled sample site (127.0.0.1), offline.

    Serves four fictional sources (RSS, sitemap, paginated listing, a decisions portal), crawls them,
    extracts and tags the pages, indexes them in the embedded store under --data-dir, delivers alerts
    for a saved search (to stdout and an Atom file) and shows an example search. Run it twice: the second
    run fetches nothing new and delivers no alert again.

    \b
    Examples:
      cnht demo                          # into ./cnht-data
      cnht --data-dir /tmp/d demo --serve  # then browse http://127.0.0.1:8000/
      CNHT_API_TOKEN=s3cret cnht demo --serve --web-port 8080  # alert forms enabled
    """
    from crawlers.sample_site import SOURCES_FILE
    from search.alerts.models import SavedSearch
    from search.alerts.state import AlertState
    from search.records import SearchQuery

    data_dir: Path = ctx.obj["data_dir"]
    token = api_token(ctx, token, token_file)
    data_dir.mkdir(parents=True, exist_ok=True)
    atom = data_dir / "alerts" / f"{DEMO_SEARCH_ID}.atom"
    with AlertState(data_dir) as state:
        if state.get_search(DEMO_SEARCH_ID) is None:
            query = SearchQuery(text=DEMO_QUERY)
            state.add_search(SavedSearch(id=DEMO_SEARCH_ID, name="Công nghiệp hỗ trợ", query=query))
            click.echo(f"saved search {DEMO_SEARCH_ID!r} added: {DEMO_QUERY} -> stdout and {atom}")
    with _sample_site(port) as base:
        click.echo(f"sample site serving at {base}/")
        summary = _run_ingest(SOURCES_FILE, data_dir, {"base": base}, None, quiet=False)
        _print_summary(summary)
        click.echo(f"  atom feed            {atom}")
        click.echo(f"\nExample search, typed without accents: cnht search '{DEMO_EXAMPLE_SEARCH}'")
        _print_results(data_dir, SearchQuery(text=DEMO_EXAMPLE_SEARCH, limit=3))
        url = f"http://127.0.0.1:{web_port}/"
        if not serve:
            es_url = re.sub(r"//[^/@]*@", "//***@", ctx.obj.get("es_url") or "")  # never print a password
            es = f" --es-url {es_url}" if es_url else ""
            ui = f"cnht{es} --data-dir {data_dir} serve --port {web_port}"
            click.echo(f"\nBrowse it: {ui}  ->  {url} (or run `cnht demo --serve`)")
            return
        import uvicorn

        from flows.web import create_app

        click.echo(f"\nWeb UI at {url} (sample site still at {base}/; Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            uvicorn.run(create_app(data_dir, token), host="127.0.0.1", port=web_port, log_level="warning")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Pages extracted at once, each in its own process (0: in this process, no time budget).",
)
@click.pass_context
@friendly_errors
def reextract(ctx: click.Context, as_json: bool, workers: int) -> None:
    """Rebuild documents from the raw archive, with no network, then alert on what is new.

    After an extractor upgrade (a new EXTRACTOR_VERSION) every archived page is extracted again; a
    document whose content changed becomes a new version. Nothing is fetched. Each page is extracted
    in a worker process within a time and memory budget (30 s, 1024 MB): a page over it is recorded as
    failed with the reason, and the run goes on.

    \b
    Example:
      cnht --data-dir cnht-data reextract
    """
    from flows.reextract import check_archive
    from flows.reextract import reextract as reextract_flow

    check_archive(ctx.obj["data_dir"])  # before Prefect starts: one line, no flow-run log
    preflight_store(ctx.obj["data_dir"])
    with writer_lock(ctx.obj["data_dir"]):
        summary = prefect_env.run_flow(
            reextract_flow,
            data_dir=ctx.obj["data_dir"],
            quiet=as_json,
            progress=True,
            alert_stdout=not as_json,
            workers=workers,
        )
    if as_json:
        dump(summary.model_dump(mode="json"))
        return
    ex = summary.extract
    click.echo(
        f"re-extracted {ex.pages} archived page(s) in {summary.seconds:.1f} s: {len(ex.stored_new)} new, "
        f"{len(ex.stored_changed)} changed, {ex.unchanged} unchanged document(s); "
        f"{sum(ex.skipped.values())} skipped, {sum(ex.failed.values())} failed; "
        f"{len(summary.alerts)} alert(s) delivered"
    )


# -- search -----------------------------------------------------------------------------------------


def _print_results(data_dir: Path, query: Any, show_facets: bool = False) -> None:
    from search.store import open_store

    with open_store(data_dir, read_only=True) as store:
        results = store.search(query)
    click.echo(f"{results.total} match(es)")
    if show_facets:
        for name, counts in results.facets.items():
            if not counts:
                continue
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
            click.echo(f"  {name:<9} " + ", ".join(f"{value} ({n})" for value, n in top))
    for hit in results.hits:
        date = (hit.published or "")[:10] or "----------"
        click.echo(f"\n{date}  [{hit.kind}] {hit.title or '(no title)'}")
        click.echo(f"  {hit.url}   id={hit.id}  source={hit.source}")
        for snippet in hit.highlights[:2]:
            click.echo("  … " + _terminal_highlight(" ".join(snippet.split())) + " …")


@cli.command()
@click.argument("query", required=False, default="")
@click.option("--province", help="Old or current name, accents optional (e.g. 'hai duong', 'Hải Phòng').")
@click.option("--kind", type=click.Choice(["article", "decision"]), help="Only news articles or decisions.")
@click.option("--source", help="Only this source id.")
@click.option("--since", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this date (YYYY-MM-DD).")
@click.option("--year", type=int, help="Published in this year.")
@click.option("--firm", help="Words of a firm name tagged in the document (e.g. 'samsung').")
@click.option(
    "--issuer", help="Issuing body of a decision, consecutive words, accents optional ('ubnd tinh bac ninh')."
)
@click.option("--doc-type", help="Type of a legal document (e.g. 'quyet dinh', 'Kế hoạch').")
@click.option("--min-amount", type=float, help="Some amount in the document >= this, in VND base units.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=10, show_default=True)
@click.option("--facets", is_flag=True, help="Count matches by every facet (year, issuer, firm, amount ...).")
@click.option("--json", "as_json", is_flag=True, help="Print results (hits, highlights, facets) as JSON.")
@click.pass_context
@friendly_errors
def search(
    ctx: click.Context,
    query: str,
    province: str | None,
    kind: str | None,
    source: str | None,
    since: str | None,
    until: str | None,
    year: int | None,
    firm: str | None,
    issuer: str | None,
    doc_type: str | None,
    min_amount: float | None,
    sort: str,
    limit: int,
    facets: bool,
    as_json: bool,
) -> None:
    """Full-text search, accent-insensitive: all words must match; "quote" a phrase.

    \b
    Examples:
      cnht search "quyet dinh 26/2023"
      cnht search linh kien --province "hai duong" --since 2024-01-01
      cnht search "" --kind decision --issuer "ubnd tinh bac ninh" --year 2025 --json
      cnht search "ky ket" --min-amount 100000000000 --facets
    """
    from search.records import ALL_FACETS, DEFAULT_FACETS, SearchQuery
    from search.store import open_store

    data_dir: Path = ctx.obj["data_dir"]
    need_store(data_dir)
    q = SearchQuery(
        text=query,
        province=province,
        kind=kind,
        source=source,
        sort=sort,
        limit=limit,  # type: ignore[arg-type]
        since=parse_date(since, "--since"),
        until=parse_date(until, "--until"),
        year=year,
        firm=firm,
        issuer=issuer,
        doc_type=doc_type,
        min_amount=min_amount,
        facets=list(ALL_FACETS if facets else DEFAULT_FACETS),
    )
    if as_json:
        with open_store(data_dir, read_only=True) as store:
            dump(store.search(q).model_dump(mode="json"))
        return
    _print_results(data_dir, q, show_facets=facets)


@cli.command()
@click.argument("id_or_url")
@click.pass_context
@friendly_errors
def show(ctx: click.Context, id_or_url: str) -> None:
    """Print one stored document (JSON) by its id, URL or canonical URL.

    \b
    Example:
      cnht show 7bf2594deaf15fb6          # ids are printed by `cnht search`
    """
    from search.store import open_store

    with open_store(ctx.obj["data_dir"], read_only=True) as store:
        doc = store.get(id_or_url)
    if doc is None:
        raise click.ClickException(f"no document {id_or_url!r}: find ids with `cnht search`")
    dump(doc.model_dump(mode="json"))


# -- extraction and tagging -------------------------------------------------------------------------


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--url", help="The page's URL (resolves relative links, sets url/canonical_url).")
@friendly_errors
def extract(file: Path, url: str | None) -> None:
    """Extract one saved HTML page and print its Document JSON (text, metadata, tags).

    \b
    Example:
      cnht extract page.html --url https://example.vn/tin/bai-viet.html
    """
    from extract.page import decode_html, extract_document

    if not file.exists():
        raise click.ClickException(f"{file}: no such file")
    document = extract_document(decode_html(file.read_bytes()), url=url)
    dump(document.model_dump(mode="json"))


@cli.command()
@click.option(
    "--published",
    help="Publication date (YYYY-MM-DD) used to complete dates without a year; default: the text's "
    'dateline ("Bắc Giang, ngày 12/3/2025" among its first lines), when it has one.',
)
@friendly_errors
def tag(published: str | None) -> None:
    """Tag plain text from stdin and print the Tags JSON.

    Without --published, a dateline among the first lines dates the text; the date used is said on
    stderr, so stdout stays the Tags JSON.

    \b
    Example:
      echo "Công ty TNHH A ký kết với Công ty CP B" | cnht tag --published 2025-04-18
    """
    from extract import tag_text
    from extract.dates import dateline_in_text

    if published is not None:
        parse_date(published, "--published")
    text = sys.stdin.read()
    if not text.strip():
        raise click.ClickException("no text on stdin: pipe the text to tag, e.g. `cnht tag < article.txt`")
    if published is None and (found := dateline_in_text(text)) is not None:  # tag_text dates by it too
        click.echo(f"published {found.isoformat()} (from the dateline)", err=True)
    dump(tag_text(text, published=published).model_dump(mode="json"))


# -- command groups kept in their own modules --------------------------------------------------------

from flows.cli_alerts import alerts  # noqa: E402 - registered after `cli` exists
from flows.cli_search import register as register_search_commands  # noqa: E402
from flows.cli_serve import serve  # noqa: E402
from flows.cli_status import status  # noqa: E402

cli.add_command(alerts)
cli.add_command(status)
cli.add_command(serve)
register_search_commands(cli)  # reindex, decision, deals


def main() -> None:
    cli(prog_name="cnht")


if __name__ == "__main__":
    main()
