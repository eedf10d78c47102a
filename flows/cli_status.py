"""`cnht status`: each source's crawl health, from the files the crawl stage writes.

The crawl stage writes `health/<source>.json` (latest run) and `health/<source>.jsonl` (one line per run).
This command reads them, prints one row per source, and flags a source whose crawl looks broken:

- `yield dropped to zero`: none of its last `--quiet-runs` runs found a new page, although an earlier run
  (or the recorded `last_new_at`, older than those runs) did. A parser that silently broke looks like this.
- `errors jumped`: the last run's error count is at least `--error-jump` above the median of the runs
  before it, and at least twice that median.
- `layout drift jumped`: in the latest run that fetched pages, the share of them stored without a title,
  without a date or with an empty or very short body is at least `--drift-jump` (a fraction) above the
  median share of the earlier runs that fetched pages. The site's markup probably changed under the parser.
- `last run failed`: the crawl process itself did not finish.
- `unreachable`: the last run got no answer at all and every error was a network one (DNS, refused,
  timeout): flagged on the first such run, with the cause in words (`flows.crawl_causes`).

Times are shown in Vietnam's time (UTC+07:00, no daylight saving); `--json` keeps the ISO times as stored.
"""

from __future__ import annotations

import datetime as dt
import statistics
from pathlib import Path

import click
from pydantic import BaseModel, ValidationError

from flows.cli_common import dump, friendly_errors
from flows.crawl_causes import unreachable_cause
from flows.stages.crawl import CrawlHealth, DriftCounts

HISTORY_FOR_BASELINE = 10  # runs before the last one whose median error count is the baseline
DRIFT_JUMP = 0.3  # default of --drift-jump: 30 points more flawed items than usual
DRIFT_MIN_ITEMS = 3  # a run with fewer items says too little to flag
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")  # Asia/Ho_Chi_Minh has had no DST since 1975


def vietnam_time(value: str | None) -> str:
    """A stored ISO time as Vietnam's wall clock, `YYYY-MM-DD HH:MM`.

    >>> vietnam_time("2026-12-02T09:46:04+00:00"), vietnam_time(None)
    ('2026-12-02 16:46', '')
    """
    parsed = _time(value)
    return parsed.astimezone(VIETNAM).strftime("%Y-%m-%d %H:%M") if parsed else ""


class SourceStatus(BaseModel):
    source: str
    runs: int
    last_run: str | None
    ok: bool
    requests: int
    pages_new: int
    pages_unchanged: int
    pages_already_archived: int
    errors: int
    errors_by_kind: dict[str, int]
    last_new_at: str | None
    seconds_since_last_new: int | None
    pages_changed: int = 0  # re-published pages archived with a new body in the last run
    drift: DriftCounts | None = None  # layout-drift counts of the latest run that fetched pages
    unreachable: str | None = None  # the cause in Vietnamese when the last run reached nothing
    flags: list[str]
    flags_vi: list[str] = []  # the same flags in Vietnamese, for the status page


def read_history(folder: Path) -> dict[str, list[CrawlHealth]]:
    """Every source's runs, oldest first, from `<source>.jsonl`; `<source>.json` alone when no history.
    Unreadable lines are skipped: a crash mid-append must not hide the rest."""
    runs: dict[str, list[CrawlHealth]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        records = []
        for line in path.read_text(encoding="utf-8").splitlines():
            try:
                records.append(CrawlHealth.model_validate_json(line))
            except ValidationError:
                continue
        if records:
            runs[path.stem] = records
    for path in sorted(folder.glob("*.json")):
        if path.stem in runs:
            continue
        try:
            runs[path.stem] = [CrawlHealth.model_validate_json(path.read_text(encoding="utf-8"))]
        except ValidationError:
            continue
    return runs


def _time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def yield_dropped(runs: list[CrawlHealth], quiet_runs: int) -> bool:
    """No new page in the last `quiet_runs` runs, while the source yielded some before them.

    >>> def run(new, at="2026-01-01T00:00:00+00:00", last=None):
    ...     return CrawlHealth(source="s", run_id="r", at=at, ok=True, requests=1, pages_new=new,
    ...         pages_already_archived=0, unchanged=0, errors=0, errors_by_kind={}, retries=0,
    ...         finish_reason="finished", seconds=1.0, last_new_at=last)
    >>> yield_dropped([run(3), run(0), run(0), run(0)], 3)
    True
    >>> yield_dropped([run(3), run(0), run(0)], 3)  # not yet 3 quiet runs
    False
    >>> yield_dropped([run(0), run(0), run(0)], 3)  # never yielded: nothing dropped
    False
    """
    if len(runs) < quiet_runs or any(r.pages_new for r in runs[-quiet_runs:]):
        return False
    earlier = runs[:-quiet_runs]
    if any(r.pages_new for r in earlier):
        return True
    first_quiet = _time(runs[-quiet_runs].at)
    last_new = _time(runs[-1].last_new_at)
    return last_new is not None and first_quiet is not None and last_new < first_quiet


def errors_jumped(runs: list[CrawlHealth], jump: int) -> bool:
    """The last run's errors are >= `jump` above, and >= twice, the median of the runs before it.

    >>> def run(errors):
    ...     return CrawlHealth(source="s", run_id="r", at="2026-01-01T00:00:00+00:00", ok=True, requests=1,
    ...         pages_new=0, pages_already_archived=0, unchanged=0, errors=errors, errors_by_kind={},
    ...         retries=0, finish_reason="finished", seconds=1.0, last_new_at=None)
    >>> errors_jumped([run(1), run(1), run(9)], 5), errors_jumped([run(1), run(2), run(3)], 5)
    (True, False)
    """
    if len(runs) < 2:
        return False
    baseline = statistics.median(r.errors for r in runs[-1 - HISTORY_FOR_BASELINE : -1])
    last = runs[-1].errors
    return last - baseline >= jump and last >= 2 * baseline


def _drift_runs(runs: list[CrawlHealth]) -> list[DriftCounts]:
    return [r.drift for r in runs if r.drift is not None and r.drift.items]


def drift_jumped(runs: list[CrawlHealth], jump: float) -> float | None:
    """The flawed share of the latest run with items when it is >= `jump` above the median share of the
    earlier runs with items (at least one, and at least DRIFT_MIN_ITEMS items in the latest), else None.

    >>> def run(flawed, items=10):
    ...     return CrawlHealth(source="s", run_id="r", at="2026-01-01T00:00:00+00:00", ok=True, requests=1,
    ...         pages_new=items, pages_already_archived=0, unchanged=0, errors=0, errors_by_kind={},
    ...         retries=0, finish_reason="finished", seconds=1.0, last_new_at=None,
    ...         drift=DriftCounts(items=items, flawed=flawed))
    >>> drift_jumped([run(0), run(1), run(8)], 0.3), drift_jumped([run(0), run(1), run(3)], 0.3)
    (0.8, None)
    >>> drift_jumped([run(8)], 0.3) is None, drift_jumped([run(0), run(2, items=2)], 0.3) is None
    (True, True)
    """
    counted = _drift_runs(runs)
    if len(counted) < 2 or counted[-1].items < DRIFT_MIN_ITEMS:
        return None
    baseline = statistics.median(d.ratio or 0.0 for d in counted[-1 - HISTORY_FOR_BASELINE : -1])
    latest = counted[-1].ratio or 0.0
    return latest if latest - baseline >= jump else None


def source_status(
    runs: list[CrawlHealth], now: dt.datetime, quiet_runs: int, jump: int, drift_jump: float = DRIFT_JUMP
) -> SourceStatus:
    last = runs[-1]
    flags: list[tuple[str, str]] = []  # (English, Vietnamese)
    if not last.ok:
        detail = f": {last.failure}" if last.failure else ""
        flags.append(("last run failed" + detail, "lần thu thập gần nhất không chạy hết" + detail))
    reached = last.pages_new + last.unchanged + last.pages_changed + last.pages_unchanged > 0
    cause = unreachable_cause(last.errors_by_kind, reached) if last.requests else None
    if cause:
        flags.append((f"unreachable: {cause[1]}", f"không truy cập được nguồn: {cause[0]}"))
    if yield_dropped(runs, quiet_runs):
        runs_word = "run" if quiet_runs == 1 else "runs"
        flags.append(
            (
                f"yield dropped to zero ({quiet_runs} {runs_word} without a new page)",
                f"không còn trang mới ({quiet_runs} lần thu thập liền không có trang mới)",
            )
        )
    if errors_jumped(runs, jump):
        flags.append((f"errors jumped to {last.errors}", f"số lỗi tăng vọt lên {last.errors}"))
    drift_runs = _drift_runs(runs)
    drift = drift_runs[-1] if drift_runs else None
    if drift is not None and drift_jumped(runs, drift_jump) is not None:
        flags.append(
            (
                f"layout drift jumped: {drift.flawed} of {drift.items} page(s) without title, date or body "
                f"(no title {drift.no_title}, no date {drift.no_date}, short body {drift.short_body})",
                f"bố cục trang có thể đã đổi: {drift.flawed}/{drift.items} trang thiếu tiêu đề, ngày đăng "
                "hoặc nội dung",
            )
        )
    last_new = _time(last.last_new_at)
    return SourceStatus(
        source=last.source,
        runs=len(runs),
        last_run=last.at,
        ok=last.ok and cause is None,
        requests=last.requests,
        pages_new=last.pages_new,
        pages_unchanged=last.unchanged,
        pages_already_archived=last.pages_already_archived,
        errors=last.errors,
        errors_by_kind=dict(sorted(last.errors_by_kind.items())),
        last_new_at=last.last_new_at,
        seconds_since_last_new=int((now - last_new).total_seconds()) if last_new else None,
        pages_changed=last.pages_changed,
        drift=drift,
        unreachable=cause[0] if cause else None,
        flags=[en for en, _ in flags],
        flags_vi=[vi for _, vi in flags],
    )


def ago(seconds: int | None) -> str:
    """A short human duration.

    >>> ago(None), ago(42), ago(3 * 3600 + 60), ago(2 * 86400 + 5 * 3600)
    ('never', '42 s', '3 h 1 min', '2 d 5 h')
    """
    if seconds is None:
        return "never"
    if seconds < 60:
        return f"{seconds} s"
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if hours < 1:
        return f"{minutes} min"
    if days < 1:
        return f"{hours} h {minutes % 60} min"
    return f"{days} d {hours % 24} h"


def drift_cell(drift: DriftCounts | None) -> str:
    """Flawed items of the latest run that fetched pages, as `flawed/items`; `-` when none recorded.

    >>> drift_cell(DriftCounts(items=8, flawed=2)), drift_cell(None)
    ('2/8', '-')
    """
    return f"{drift.flawed}/{drift.items}" if drift is not None and drift.items else "-"


def render_table(rows: list[SourceStatus]) -> str:
    header = [
        "source",
        "last run (UTC+7)",
        "requests",
        "new",
        "changed",
        "unchanged",
        "archived",
        "errors",
        "drift",
        "last new",
    ]
    body = [
        [
            r.source,
            vietnam_time(r.last_run),
            str(r.requests),
            str(r.pages_new),
            str(r.pages_changed),
            str(r.pages_unchanged),
            str(r.pages_already_archived),
            ", ".join(f"{kind} ×{n}" for kind, n in r.errors_by_kind.items()) or str(r.errors),
            drift_cell(r.drift),
            ago(r.seconds_since_last_new),
        ]
        for r in rows
    ]
    widths = [max(len(line[i]) for line in [header, *body]) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip() for line in body]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    for row, line in zip(rows, lines, strict=True):
        out.append(line)
        out.extend(f"  ! {flag}" for flag in row.flags)
    return "\n".join(out)


@click.command()
@click.option("--source", "only", multiple=True, help="Show only this source id (repeatable).")
@click.option(
    "--quiet-runs",
    type=click.IntRange(1),
    default=6,
    show_default=True,
    help="Flag a source when this many last runs found no new page although earlier runs did "
    "(6 runs: 3 hours on a 30-minute schedule).",
)
@click.option(
    "--error-jump",
    type=click.IntRange(1),
    default=3,
    show_default=True,
    help="Flag a source whose last run had this many more errors than usual (and at least twice as many).",
)
@click.option(
    "--drift-jump",
    type=click.FloatRange(0.0, 1.0, min_open=True),
    default=DRIFT_JUMP,
    show_default=True,
    help="Flag a source when the share of its latest fetched pages without title, date or body is this "
    "much above its usual share (0.3: 30 points).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object per source, in a list.")
@click.pass_context
@friendly_errors
def status(
    ctx: click.Context,
    only: tuple[str, ...],
    quiet_runs: int,
    error_jump: int,
    drift_jump: float,
    as_json: bool,
) -> None:
    """Crawl health per source: last run, pages, errors by kind, layout drift, time since the last new page.

    \b
    Example:
      cnht status
      cnht status --source haiduong-news --json
    `changed`: re-published pages archived with a new body. `drift`: of the pages the latest run
    fetched, how many were stored without a title, a date or a body. Lines starting with `!` flag a
    source whose yield dropped to zero, whose errors jumped or whose layout drift jumped.
    """
    folder = Path(ctx.obj["data_dir"]) / "health"
    history = read_history(folder) if folder.is_dir() else {}
    if only:
        missing = sorted(set(only) - set(history))
        if missing:
            raise click.ClickException(f"no crawl health recorded for {', '.join(missing)} in {folder}")
        history = {k: v for k, v in history.items() if k in only}
    now = dt.datetime.now(dt.UTC)
    rows = [
        source_status(runs, now, quiet_runs, error_jump, drift_jump) for _, runs in sorted(history.items())
    ]
    if as_json:
        dump([row.model_dump(mode="json") for row in rows])
        return
    if not rows:
        click.echo(
            f"no crawl health recorded yet in {folder}: run `cnht ingest` or `cnht demo` first", err=True
        )
    else:
        click.echo(render_table(rows))
    for line in disabled_alerts(Path(ctx.obj["data_dir"])):
        click.echo(line)


def disabled_alerts(data_dir: Path) -> list[str]:
    """A `!` line per saved search that disabled itself after repeated failed deliveries."""
    if not (data_dir / "alerts.sqlite3").exists():
        return []
    from flows.cli_alerts import health_note
    from search.alerts.state import MAX_FAILURES, AlertState

    with AlertState(data_dir) as state:
        healths = state.healths()
    return [
        f"! alert {h.search_id} {health_note(h, MAX_FAILURES)}" for h in healths.values() if h.disabled_at
    ]
