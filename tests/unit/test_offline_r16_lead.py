"""Round 16, the lead's mends of shapes an attacker left acting in round 15: each is asked now,
and the nearest phrasing that is an order still plans."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import plans, question_for


def _planned(op: Operator, intent: str) -> list[str]:
    """Each operation of the plan as JSON (the shared helper gives them as one)."""
    proposal, _ = plans(op, intent)
    return [json.dumps(o.model_dump(mode="json")) for o in proposal.operations]


# A probe counts whole seconds: milliseconds and fractions are asked, never read as seconds.
@pytest.mark.parametrize(
    "intent",
    [
        "readiness timeout 500ms on payments",
        "set payments readiness probe timeout to 500ms",
        "payments readiness timeout 1.5s",
        "payments readiness period 750ms",
    ],
)
def test_a_probe_duration_below_a_second_is_asked(shop: Operator, intent: str) -> None:
    assert "second" in question_for(shop, intent)


def test_a_probe_timeout_in_seconds_still_plans(shop: Operator) -> None:
    (patch,) = _planned(shop, "payments readiness timeout 3s, period 10")
    assert '"timeoutSeconds": 3' in patch
    assert '"periodSeconds": 10' in patch


# Pods stopped or removed by count are single pods, never the count the workload runs.
@pytest.mark.parametrize(
    "intent",
    ["stop 2 payments pods", "shut down 2 payments pods", "take down 2 of the frontend pods"],
)
def test_pods_stopped_by_count_are_asked(shop: Operator, intent: str) -> None:
    assert "is a pod kill" in question_for(shop, intent)


def test_a_scale_said_with_pods_still_plans(shop: Operator) -> None:
    (scale,) = _planned(shop, "scale frontend to 2 pods")
    assert '"replicas": 2' in scale


# A capability's verb made its opposite: the rules only add, so it is asked.
@pytest.mark.parametrize(
    "intent",
    ["unmonitor payments", "demonitor payments", "un-monitor payments", "de-autoscale my-api"],
)
def test_a_capability_verb_undone_is_asked(shop: Operator, intent: str) -> None:
    assert "switching a capability off" in question_for(shop, intent)


def test_a_state_said_with_un_still_plans(shop: Operator) -> None:
    (monitor,) = _planned(shop, "payments is unmonitored, add a servicemonitor")
    assert "ServiceMonitor" in monitor


# A thing's acronym said as a key is no environment variable.
@pytest.mark.parametrize(
    "intent",
    ["payments' WAF should be on", "my-api SLA should be 99.9", "frontend CORS should be off"],
)
def test_an_acronym_of_a_thing_is_no_env_key(shop: Operator, intent: str) -> None:
    assert "not an environment variable" in question_for(shop, intent)


def test_an_acronym_said_as_an_env_var_still_plans(shop: Operator) -> None:
    (patch,) = _planned(shop, "set env WAF=on on payments")
    assert '"name": "WAF"' in patch


# A workload and a version with no verb, titled by a document or met with a reaction.
@pytest.mark.parametrize(
    "intent",
    [
        "frontend 2.2.0 postmortem",
        "payments 3.1.0 release notes",
        "lol frontend 2.2.0",
        "ugh frontend 2.2.0",
    ],
)
def test_a_title_or_a_reaction_is_no_update(shop: Operator, intent: str) -> None:
    assert "a title or a reaction" in question_for(shop, intent)


def test_a_bare_name_and_version_still_plans(shop: Operator) -> None:
    (update,) = _planned(shop, "frontend 2.2.0")
    assert "frontend:2.2.0" in update


# A delete beside a disuse that holds only part of the time.
@pytest.mark.parametrize(
    "intent",
    [
        "the payments deployment isn't used on weekends, delete it",
        "worker is barely used, delete it",
        "delete worker, it's rarely used",
    ],
)
def test_a_delete_of_something_still_used_sometimes_is_asked(shop: Operator, intent: str) -> None:
    assert "still used some of the time" in question_for(shop, intent)


def test_a_delete_of_something_unused_still_plans(shop: Operator) -> None:
    (delete,) = _planned(shop, "worker isn't used, delete it")
    assert "worker" in delete


# What a release did to a measure is a fact, never a key given a value nor a version to go to.
@pytest.mark.parametrize(
    "intent",
    [
        "checkout 1.1.0 took the success-rate SLI from 99.95% to 98.7%, roll it back",
        "checkout 1.1.0 took the error RATE from 1% to 5%, roll it back",
        "checkout 1.1.0 took the success-rate from 99.95% to 98.7%, roll it back",
    ],
)
def test_a_measure_a_release_moved_is_a_fact_beside_its_rollback(
    shop: Operator, intent: str
) -> None:
    (undo,) = _planned(shop, intent)
    assert '"kind": "rollout_undo"' in undo
