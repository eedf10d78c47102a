"""schemathesis against the app's OpenAPI schema, every operation, writes with the token: no 5xx, and
every answer conforms to the schema (status codes, content types, headers, bodies).

The schema is read at import time from an app over no data (it does not depend on the data); the cases
are sent to an app serving a copy of the web tests' data directory (a real ingest of the sample site),
since the writes change its saved searches. (`schemathesis.pytest.from_fixture` would read it from a
fixture, but schemathesis 4.32 uses `Function._nodeid`, which pytest 9 removed.)"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from flows.web import create_app
from tests.web.conftest import TOKEN

MAX_EXAMPLES = 25  # per operation, ~15 operations: the whole run takes well under a minute

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(Path("/nonexistent/cnht-data"), TOKEN))


@pytest.fixture(scope="module")
def served(web_data: Path, tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    data_dir = tmp_path_factory.mktemp("schemathesis") / "cnht-data"
    shutil.copytree(web_data, data_dir)
    return create_app(data_dir, TOKEN)


# Saving an alert can refuse a body the schema allows: a webhook whose host resolves (DNS, at request
# time) to a private or loopback address is refused with 422 unless `allow_private`. No schema can say
# that, so schemathesis' "schema-valid data is accepted" check is left out for these two writes only.
BUSINESS_RULES = {("POST", "/api/alerts"), ("PUT", "/api/alerts/{search_id}")}


@schema.parametrize()
@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_schema(case: schemathesis.Case, served: FastAPI) -> None:
    op = (case.operation.method.upper(), case.operation.path)
    excluded = [positive_data_acceptance] if op in BUSINESS_RULES else []
    case.call_and_validate(app=served, headers={"Authorization": f"Bearer {TOKEN}"}, excluded_checks=excluded)
