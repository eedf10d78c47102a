"""prefect.yaml declares deployments that Prefect can register and run: each entrypoint imports to a Prefect
flow, its parameters validate against that flow's signature (Prefect's own validation), and its schedules
are valid cron in Vietnamese time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from prefect.client.schemas.schedules import CronSchedule
from prefect.flows import Flow, load_flow_from_entrypoint

ROOT = Path(__file__).resolve().parents[2]
PREFECT_YAML = ROOT / "prefect.yaml"
# parameters a deployment leaves to each run (`prefect deployment run --param ...`)
GIVEN_AT_RUN: dict[str, dict[str, Any]] = {"backfill": {"source": "hcm-news", "since": "2024-01-01"}}


def _config() -> dict[str, Any]:
    return yaml.safe_load(PREFECT_YAML.read_text(encoding="utf-8"))


def _deployments() -> list[dict[str, Any]]:
    return _config()["deployments"]


def _flow(entrypoint: str, monkeypatch: pytest.MonkeyPatch) -> Flow:
    monkeypatch.chdir(ROOT)  # entrypoints are relative to the project, as `prefect deploy` reads them
    return load_flow_from_entrypoint(entrypoint, use_placeholder_flow=False)


def test_prefect_yaml_is_what_prefect_deploy_reads() -> None:
    from prefect.cli.deploy._models import PrefectYamlModel

    model = PrefectYamlModel.model_validate(_config())
    assert [d.name for d in model.deployments] == [d["name"] for d in _deployments()]
    assert len({d.name for d in model.deployments}) == len(model.deployments)


@pytest.mark.parametrize("deployment", _deployments(), ids=lambda d: d["name"])
def test_entrypoint_is_a_flow_and_parameters_validate(
    deployment: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    flow = _flow(deployment["entrypoint"], monkeypatch)
    assert isinstance(flow, Flow)
    parameters = {**deployment.get("parameters", {}), **GIVEN_AT_RUN.get(deployment["name"], {})}
    validated = flow.validate_parameters(parameters)  # raises ParameterTypeError on a bad name or value
    assert set(parameters) <= set(validated)
    assert all(isinstance(validated[k], Path) for k in ("data_dir", "sources_file") if k in parameters)


@pytest.mark.parametrize("deployment", _deployments(), ids=lambda d: d["name"])
def test_scheduled_deployments_need_no_parameter_at_run_time(
    deployment: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not deployment.get("schedules"):
        assert deployment["name"] in {"backfill", "reextract", "reindex"}
        return
    assert deployment["name"] not in GIVEN_AT_RUN
    flow = _flow(deployment["entrypoint"], monkeypatch)
    flow.validate_parameters(deployment.get("parameters", {}))
    for schedule in deployment["schedules"]:
        assert schedule["timezone"] == "Asia/Ho_Chi_Minh"
        CronSchedule(cron=schedule["cron"], timezone=schedule["timezone"])  # valid cron and zone


def test_bad_parameters_are_refused_by_the_same_validation(monkeypatch: pytest.MonkeyPatch) -> None:
    from prefect.exceptions import ParameterTypeError, SignatureMismatchError

    flow = _flow("flows/ingest.py:ingest", monkeypatch)
    with pytest.raises((ParameterTypeError, SignatureMismatchError)):
        flow.validate_parameters({"sources_file": "s.yaml", "data_dir": "d", "kinds": ["blogs"]})
    with pytest.raises((ParameterTypeError, SignatureMismatchError)):
        flow.validate_parameters({"sources_file": "s.yaml", "data_dir": "d", "no_such_parameter": 1})
    backfill = _flow("flows/backfill.py:backfill", monkeypatch)
    with pytest.raises((ParameterTypeError, SignatureMismatchError)):  # `since` is required
        backfill.validate_parameters({"source": "a", "sources_file": "s.yaml", "data_dir": "d"})


def test_every_flow_has_a_deployment_and_the_schedules_match_the_issue() -> None:
    by_name = {d["name"]: d for d in _deployments()}
    entrypoints = {d["entrypoint"] for d in by_name.values()}
    assert entrypoints == {
        "flows/ingest.py:ingest",
        "flows/backfill.py:backfill",
        "flows/reextract.py:reextract",
        "flows/reindex.py:reindex",
        "flows/alerts.py:alerts",
    }
    assert all(d["work_pool"]["name"] == "cnht" for d in by_name.values())
    news, decisions = by_name["ingest-news"], by_name["ingest-decisions"]
    assert news["parameters"]["kinds"] == ["news"] and decisions["parameters"]["kinds"] == ["decisions"]
    assert [s["cron"] for s in news["schedules"]] == ["*/30 * * * *"]
    daily = CronSchedule(cron=decisions["schedules"][0]["cron"], timezone="Asia/Ho_Chi_Minh")
    assert daily.cron.split()[2:] == ["*", "*", "*"]  # once a day
    digest_crons = [s["cron"] for s in by_name["alerts-digests"]["schedules"]]
    assert digest_crons == ["5 0 * * *", "5 1-23 * * *"]  # daily at 00:05, hourly otherwise, never both
