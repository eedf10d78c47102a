"""`cnht reindex | decision | deals | alerts ...` as a user runs them (in-process, click's runner)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from flows.cli import cli
from search.alerts import AlertState, AtomFeedChannel, SavedSearch, deliver_new
from search.records import SearchQuery
from search.store import open_store
from tests.search.conftest import Receiver, rich_docs

NEW_COMMANDS = [
    ["reindex"],
    ["decision"],
    ["deals"],
    *(["alerts", c] for c in ("add", "list", "remove", "test", "send")),
]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    with open_store(d) as store:
        store.put_documents(list(rich_docs().values()))
    return d


def run(data_dir: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--data-dir", str(data_dir), *args], prog_name="cnht")


def one_line_error(result: Result, fragment: str) -> None:
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and fragment in lines[0], result.stderr


@pytest.mark.parametrize("command", NEW_COMMANDS, ids=" ".join)
def test_every_new_command_has_help_with_an_example(tmp_path: Path, command: list[str]) -> None:
    result = run(tmp_path, *command, "--help")
    assert result.exit_code == 0 and result.output.startswith(f"Usage: cnht {' '.join(command)}")
    assert "Example" in result.output


def outbox(data_dir: Path) -> list[tuple]:
    conn = sqlite3.connect(data_dir / "alerts.sqlite3")
    rows = conn.execute(
        "SELECT search_id, document_id, channel, status, sent_at FROM outbox ORDER BY 1, 2"
    ).fetchall()
    conn.close()
    return rows


def test_reindex_rebuilds_the_index_and_keeps_alert_state(data_dir: Path) -> None:
    ids = [d.id for d in rich_docs().values()]
    with open_store(data_dir) as store, AlertState(data_dir) as state:
        state.add_search(SavedSearch(id="s", name="s", query=SearchQuery(text="hỗ trợ"), channels=["atom"]))
        assert len(deliver_new(store, state, ids, {"atom": AtomFeedChannel(data_dir)})) == 3
    before = outbox(data_dir)
    result = run(data_dir, "reindex")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().endswith("6 document(s) indexed")
    assert outbox(data_dir) == before
    with open_store(data_dir) as store, AlertState(data_dir) as state:
        assert store.search(SearchQuery(text="ho tro")).total == 3
        assert deliver_new(store, state, ids, {"atom": AtomFeedChannel(data_dir)}) == []  # nothing again


def test_decision_prints_the_decision_and_citing_documents(data_dir: Path) -> None:
    result = run(data_dir, "decision", "26/2023/qđ-ubnd")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("26/2023/QĐ-UBND\n")
    assert "[decision] Quyết định 26/2023/QĐ-UBND" in result.stdout
    assert (
        "2 document(s) cite it" in result.stdout and "Thực hiện Quyết định 26/2023/qđ-ubnd" in result.stdout
    )


def test_decision_json_without_issuer(data_dir: Path) -> None:
    result = run(data_dir, "decision", "QĐ 26/2023", "--json")
    data = json.loads(result.stdout)
    assert sorted(data["numbers"]) == ["26/2023/QĐ-BCT", "26/2023/QĐ-UBND"] and len(data["decisions"]) == 2


@pytest.mark.parametrize(
    ("number", "fragment"), [("hello", "is not a decision number"), ("99/2020/QĐ-UBND", "no stored document")]
)
def test_decision_errors_are_one_line(data_dir: Path, number: str, fragment: str) -> None:
    one_line_error(run(data_dir, "decision", number), fragment)


def test_deals_csv_and_json(data_dir: Path) -> None:
    result = run(data_dir, "deals", "--firm", "alpha", "--csv", "--english-headers")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.stdout.removeprefix("\ufeff"))))
    assert len(rows) == 1 and rows[0]["parties"] == "Alpha Việt ; Beta" and rows[0]["date"] == "2024-12-11"
    assert rows[0]["sentence"].endswith("với Công ty CP Beta.") and rows[0]["reports"] == "1"
    vietnamese = run(data_dir, "deals", "--firm", "alpha", "--csv").stdout
    assert vietnamese.splitlines()[0].removeprefix("\ufeff").startswith("Ngày công bố,Loại giao dịch,Các bên")
    data = json.loads(run(data_dir, "deals", "--province", "bac ninh", "--json").stdout)
    assert data["total"] == 1 and [p["name"] for p in data["deals"][0]["parties"]] == ["Gamma"]
    # Gamma's 5 triệu USD ≈ 125,8 tỷ at the rate of 2025-12-18 (search/data/fx_rates.csv), Alpha's 120 tỷ
    text = run(data_dir, "deals", "--min-amount", "1.25e11").stdout
    assert text.startswith("1 deal(s)") and "Gamma" in text and "Alpha" not in text


def test_deals_xlsx_is_written_and_reads_back(data_dir: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "deals.xlsx"
    result = run(data_dir, "deals", "--firm", "alpha", "--xlsx", str(out))
    assert result.exit_code == 0, result.output
    sheet = load_workbook(out)["Giao dịch"]
    assert [c.value for c in sheet[2]][2] == "Alpha Việt ; Beta"
    assert run(data_dir, "deals", "--csv", "--xlsx", str(out)).exit_code == 2


def test_deals_bad_date_is_a_usage_error(data_dir: Path) -> None:
    result = run(data_dir, "deals", "--since", "yesterday")
    assert result.exit_code == 2 and "is not a date" in result.stderr


def test_lookups_without_a_store_say_how_to_make_one(tmp_path: Path) -> None:
    for args in (["reindex"], ["decision", "26/2023/QĐ-UBND"], ["deals"]):
        one_line_error(run(tmp_path / "none", *args), "run `cnht demo`")


def test_alerts_add_webhook_refuses_loopback_unless_allowed(data_dir: Path, receiver: Receiver) -> None:
    one_line_error(run(data_dir, "alerts", "add", "h", "ho tro", "--webhook", receiver.url), "refused")
    result = run(
        data_dir,
        "alerts",
        "add",
        "h",
        "ho tro",
        "--webhook",
        receiver.url,
        "--allow-private",
        "--digest",
        "daily",
    )
    assert result.exit_code == 0, result.output
    assert "atom, stdout, webhook, daily digest" in result.stdout and "webhook secret" in result.stdout
    listed = json.loads(run(data_dir, "alerts", "list", "--json").stdout)
    assert listed[0]["webhook"]["secret"] == "***" and listed[0]["digest"] == "daily"


def test_alerts_add_with_email_and_filters(data_dir: Path) -> None:
    result = run(
        data_dir,
        "alerts",
        "add",
        "m",
        "",
        "--decision",
        "QĐ 26/2023",
        "--email",
        "a@example.vn",
        "--smtp",
        "127.0.0.1:2525",
    )
    assert result.exit_code == 0, result.output
    with AlertState(data_dir) as state:
        saved = state.get_search("m")
    assert saved.channels == ["atom", "stdout", "email"] and saved.query.decision == "QĐ 26/2023"
    assert saved.email.to == ["a@example.vn"] and saved.email.smtp == "127.0.0.1:2525"
    one_line_error(
        run(data_dir, "alerts", "add", "x", "q", "--email", "a@example.vn", "--smtp", "nohost"), "HOST:PORT"
    )


def test_alerts_test_sends_through_the_webhook_and_records_nothing(
    data_dir: Path, receiver: Receiver
) -> None:
    run(
        data_dir,
        "alerts",
        "add",
        "h",
        "linh kien",
        "--webhook",
        receiver.url,
        "--secret",
        "s3cret",
        "--allow-private",
    )
    result = run(data_dir, "alerts", "test", "h")
    assert result.exit_code == 0, result.output
    assert "webhook: ok (delivery id test-" in result.stdout
    (req,) = receiver.requests
    assert req["signed"] and req["delivery_id"].startswith("test-")
    assert req["payload"]["alert"]["title"] in ("Gamma đầu tư nhà máy", "Hải Dương hỗ trợ doanh nghiệp")
    assert outbox(data_dir) == []


def test_alerts_test_reports_a_failing_channel(data_dir: Path, receiver: Receiver) -> None:
    receiver.status = 404
    run(data_dir, "alerts", "add", "h", "x", "--webhook", receiver.url, "--allow-private", "--no-stdout")
    result = run(data_dir, "alerts", "test", "h")
    assert "webhook: FAILED" in result.stdout and "HTTP 404" in result.stdout
    one_line_error(result, "test alert failed on webhook")


def test_alerts_remove_and_list(data_dir: Path) -> None:
    run(data_dir, "alerts", "add", "a", "thép")
    assert run(data_dir, "alerts", "list").stdout.startswith("a\tthép\t'thép'\tatom, stdout")
    assert run(data_dir, "alerts", "remove", "a").exit_code == 0
    one_line_error(run(data_dir, "alerts", "remove", "a"), "no saved search 'a'")


def test_alerts_send_reports_failures(data_dir: Path, receiver: Receiver) -> None:
    receiver.status = 500
    run(data_dir, "alerts", "add", "h", "hỗ trợ", "--webhook", receiver.url, "--allow-private", "--no-stdout")
    with open_store(data_dir) as store, AlertState(data_dir) as state:
        from search.alerts import WebhookChannel

        channels = {"atom": AtomFeedChannel(data_dir), "webhook": WebhookChannel(state.get_search, retries=0)}
        deliver_new(store, state, [d.id for d in rich_docs().values()], channels)
    receiver.status = 200
    waiting = run(data_dir, "alerts", "send")  # the failed webhook waits out its backoff first
    assert waiting.exit_code == 0 and waiting.stdout.strip() == "0 alert(s) sent, 3 failing"
    assert len(receiver.distinct) == 0
    assert run(data_dir, "alerts", "resume", "h").exit_code == 0  # the endpoint is fixed: try again now
    result = run(data_dir, "alerts", "send")
    assert result.exit_code == 0 and result.stdout.strip() == "3 alert(s) sent, 0 failing", result.output
    assert len(receiver.distinct) == 3


def test_deals_list_pages_with_limit_and_offset(data_dir: Path) -> None:
    every = json.loads(run(data_dir, "deals", "--json").stdout)
    assert every["total"] == len(every["deals"]) >= 2
    first = run(data_dir, "deals", "--limit", "1").stdout
    assert first.startswith(f"{every['total']} deal(s), 1-1 shown")
    second = json.loads(run(data_dir, "deals", "--limit", "1", "--offset", "1", "--json").stdout)
    assert [d["id"] for d in second["deals"]] == [every["deals"][1]["id"]]


def test_deals_min_amount_is_typed_as_people_write_it_and_compared_across_currencies(data_dir: Path) -> None:
    text = run(data_dir, "deals", "--min-amount", "100 tỷ").stdout  # Gamma's 5 triệu USD of 2025 ≈ 125,8 tỷ
    assert text.startswith("2 deal(s)") and "Alpha Việt" in text and "(tỷ giá ngày 18/12/2025)" in text
    usd = run(data_dir, "deals", "--min-amount", "4,97 triệu USD").stdout  # Alpha's 120 tỷ of 2024 ≈ 4,978
    assert usd.startswith("2 deal(s)") and "Alpha Việt" in usd and "Gamma" in usd
    usd = run(data_dir, "deals", "--min-amount", "4,99 triệu USD").stdout  # Gamma's 5 triệu as it is
    assert usd.startswith("1 deal(s)") and "Gamma" in usd and "Alpha Việt" not in usd
    assert run(data_dir, "deals", "--min-amount", "1", "--currency", "usd").stdout.startswith("2 deal(s)")
    bad = run(data_dir, "deals", "--min-amount", "nhiều tiền")
    assert bad.exit_code == 2 and "Không đọc được số tiền “nhiều tiền”" in bad.stderr
    clash = run(data_dir, "deals", "--min-amount", "5 triệu USD", "--currency", "EUR")
    assert clash.exit_code == 2 and "in USD, not --currency EUR" in clash.stderr
