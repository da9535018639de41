"""Unsafe outcomes of the first runs of blind6 and blind7 (issue 11), read as causes and closed
with phrasings of our own: a ConfigMap or Secret still referenced is never deleted on a name, a
ServiceMonitor asked for is never replaced by a PodMonitor, a request that opens and closes all
traffic at once is asked, and a bare "4am" is the hour of the schedule, never 02:00."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    "intent",
    [
        "delete the configmap orders-config",
        "remove configmap shared-config",
        "get rid of the payments-config configmap",
        "drop cm orders-config",
    ],
)
def test_a_configmap_a_workload_still_reads_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "used by" in question
    assert "next restart" in question


def test_a_workload_deleted_with_its_own_configmap_still_plans(op: Operator) -> None:
    proposal, _ = plans(op, "delete orders")
    assert "configmap/orders-config" in " ".join(o.summary() for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        "add a servicemonitor for worker",
        "worker needs a ServiceMonitor",
        "set up a service monitor on worker, path /metrics",
    ],
)
def test_a_service_monitor_without_a_service_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "podmonitor" in question.lower()


def test_the_podmonitor_offered_is_planned_when_said(op: Operator) -> None:
    proposal, _ = plans(op, "servicemonitor for worker, use a podmonitor")
    assert [o.target.kind for o in proposal.operations] == ["PodMonitor"]


@pytest.mark.parametrize(
    "intent",
    [
        "permit all connections to postgres and deny all ingress to postgres",
        "let frontend be reached from anywhere but block all traffic to frontend",
        "open up all traffic to payments, then lock down payments",
    ],
)
def test_opening_and_closing_everything_at_once_is_asked(op: Operator, intent: str) -> None:
    assert "cannot do both" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "schedule"),
    [
        ("velero backup of postgres daily 4am, keep 10 days", '"0 4 * * *"'),
        ("nightly velero backup of the namespace 11pm, keep 7 days", '"0 23 * * *"'),
        ("monthly velero backup of the namespace on the 3rd, keep 90 days", '"0 2 3 * *"'),
    ],
)
def test_the_time_said_is_the_schedule(op: Operator, intent: str, schedule: str) -> None:
    _, body = plans(op, intent)
    assert f'"schedule": {schedule}' in body, json.loads(body)


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("FEATURE_X has to be switched on for my-api", '"on"'),
        # (my-api-config holds 'off' already: said as the container's own, to have a change.)
        ("the env var FEATURE_X must be turned off on my-api", '"off"'),
        ("set FEATURE_X='true' on my-api", '"true"'),
        ("set FEATURE_X in my-api-config to on", '"on"'),
    ],
)
def test_a_switch_is_set_in_the_form_said(op: Operator, intent: str, value: str) -> None:
    # blind7: "FEATURE_X must be switched on" set FEATURE_X to "switched".
    _, body = plans(op, intent)
    assert f'"FEATURE_X", "value": {value}' in body or f'"FEATURE_X": {value}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "FEATURE_X should be enabled on my-api",
        "set FEATURE_X=true on my-api",
        "set FEATURE_X in my-api-config to yes",
    ],
)
def test_a_switch_word_of_another_form_than_the_key_holds_is_asked(
    op: Operator, intent: str
) -> None:
    # FEATURE_X is 'off': the app reads on/off, maybe not 'enabled' or 'true'.
    assert "FEATURE_X=on" in (asks(op, intent).question or "")
