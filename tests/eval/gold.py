"""Builders of gold annotations shared by the evaluation batches written for every field (batches 10-12):
a firm with its legal form, a decision reference, a deal pair, a deal event and its typed parties, a person
with a role, locations, quantities and areas, each as the dict `extract.evaluate` reads."""

from __future__ import annotations

from typing import Any


def f(name: str, form: str | None = None) -> dict[str, Any]:
    return {"name": name, "legal_form": form}


def d(number: str, date: str | None = None) -> dict[str, Any]:
    return {"number": number, "date": date}


def deal(
    kind: str,
    parties: list[str],
    amount: float | None = None,
    province: str | None = None,
    date: str | None = None,
) -> dict:
    return {"kind": kind, "parties": parties, "amount": amount, "province": province, "date": date}


def ev(
    kind: str,
    parties: list[dict[str, str]],
    amount: float | None = None,
    currency: str | None = None,
    province: str | None = None,
    status: str | None = None,
) -> dict[str, Any]:
    return {
        "kind": kind,
        "parties": parties,
        "amount": amount,
        "currency": currency,
        "province": province,
        "status": status,
    }


def F(name: str) -> dict[str, str]:
    return {"name": name, "type": "firm"}


def G(name: str) -> dict[str, str]:
    return {"name": name, "type": "government"}


def O(name: str) -> dict[str, str]:  # noqa: E743
    return {"name": name, "type": "organization"}


def per(name: str, role: str | None) -> dict[str, Any]:
    return {"name": name, "role": role}


def country(name: str) -> dict[str, str]:
    return {"name": name, "type": "country"}


def park(name: str) -> dict[str, str]:
    return {"name": name, "type": "industrial_park"}


def zone(name: str) -> dict[str, str]:
    return {"name": name, "type": "economic_zone"}


def district(name: str) -> dict[str, str]:
    return {"name": name, "type": "district"}


def c(value: float, unit: str, approx: bool = False) -> dict[str, Any]:
    return {"value": value, "unit": unit, "approximate": approx}


def ha(hectares: float, approx: bool = False) -> dict[str, Any]:
    return {"hectares": hectares, "approximate": approx}
