"""Telemetry is off by default wherever cnht's flows run, and a user's own setting still wins."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def _env_after_import(extra: dict[str, str]) -> dict[str, str]:
    env = {
        k: v for k, v in os.environ.items() if k not in ("DO_NOT_TRACK", "PREFECT_SERVER_ANALYTICS_ENABLED")
    }
    code = (
        "import json, os, flows.ingest\n"
        "from prefect.settings import get_current_settings\n"
        "s = get_current_settings()\n"
        "print(json.dumps({'analytics': s.server.analytics_enabled, 'dnt': os.environ.get('DO_NOT_TRACK')}))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env={**env, **extra}, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_a_flow_turns_telemetry_off() -> None:
    assert _env_after_import({}) == {"analytics": False, "dnt": "1"}


def test_a_users_own_setting_wins() -> None:
    assert _env_after_import({"PREFECT_SERVER_ANALYTICS_ENABLED": "true"})["analytics"] is True
