"""Requests with several parts said the way people write them (issue 11, session 6, helper
multi): two workloads each with its own value and the occasion after them, ended by a full stop;
the time an occasion begins said as a clause of its own ("…, the campaign starts at nine"); a
replica count said as what happens to it ("replicas to be doubled"); a credential rotated
outside the plan that a workload must pick up (a restart); a list of keys with one-word values
for one workload. What stays a question: a clock time said of the change itself, a count that
cannot be halved, a key said with a place and no value. Over the in-memory shop."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import accounting
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # Each workload with its own value, the occasion after them, then a full stop.
        (
            "update my-api to 1.5.1 and payments to 3.0.1 before the release.",
            {
                "set image of container api in deployment/my-api in shop to "
                "ghcr.io/acme/my-api:1.5.1",
                "set image of container payments in deployment/payments in shop to "
                "ghcr.io/acme/payments:3.0.1",
            },
        ),
        (
            "scale my-api to 3 and worker to 2 for tonight's sale.",
            {
                "scale deployment/my-api in shop to 3 replicas",
                "scale deployment/worker in shop to 2 replicas",
            },
        ),
        # When the occasion begins, said after the request: a reason, no count.
        (
            "my-api to 5 pods, the promo kicks off at ten tomorrow",
            {"scale deployment/my-api in shop to 5 replicas"},
        ),
        # The count said as what happens to it.
        (
            "orders replicas need to be tripled before the load test",
            {"scale deployment/orders in shop to 6 replicas"},
        ),
        (
            "the pod count of frontend should get doubled",
            {"scale deployment/frontend in shop to 6 replicas"},
        ),
        # A credential rotated outside the plan, picked up by a restart.
        (
            "we renewed the tls cert, restart is needed for frontend to pick it up",
            {"restart the pods of deployment/frontend in shop"},
        ),
        (
            "the rotated db password has to be picked up by orders",
            {"restart the pods of deployment/orders in shop"},
        ),
        (
            "orders needs to load the new db password",
            {"restart the pods of deployment/orders in shop"},
        ),
    ],
)
def test_several_parts_planned_whole(op: Operator, intent: str, expected: set[str]) -> None:
    assert set(summaries(op, intent)) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # Round 15 (attack16): a clock time that dates an event to come may mean before it (a
        # sale), at it (a window) or after it; waiting for it scaled at the peak. Asked.
        "payments and orders to three replicas each; the sale begins at 8pm.",
        "restart worker, the maintenance window starts at 2am",
    ],
)
def test_a_time_that_dates_an_event_to_come_is_asked(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert proposal.status == "needs_clarification"
    assert "dates an event" in (proposal.question or "")


def test_a_count_said_as_the_reason_is_not_the_change(op: Operator) -> None:
    # "traffic doubled" is why; the count is the one said.
    assert set(summaries(op, "traffic doubled, scale frontend to 5")) == {
        "scale deployment/frontend in shop to 5 replicas"
    }


@pytest.mark.parametrize(
    ("intent", "values"),
    [
        # Round 19: my-api loads LOG_LEVEL from my-api-config alone: changed there.
        ("LOG_LEVEL debug for my-api please", ['"LOG_LEVEL": "debug"']),
        (
            "LOG_LEVEL warn and FEATURE_X off on frontend.",
            ['"LOG_LEVEL", "value": "warn"', '"FEATURE_X", "value": "off"'],
        ),
        (
            "REGION eu-west, LOG_LEVEL warn and FEATURE_X on for my-api",
            [
                '"REGION", "value": "eu-west"',
                '"LOG_LEVEL", "value": "warn"',
                '"FEATURE_X", "value": "on"',
            ],
        ),
    ],
)
def test_keys_listed_with_their_values(op: Operator, intent: str, values: list[str]) -> None:
    _, body = plans(op, intent)
    for value in values:
        assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        # A clock time said of the change itself is a schedule.
        "scale frontend to 4 at nine",
        # ("… the sale starts at 18:00 so do it then" is planned and waits: test_offline_r9_clock)
        # Half of one replica is no count.
        "the pod count of worker should get halved",
        # A place, no value.
        "FEATURE_X on my-api",
        "set FEATURE_X on my-api",
        # "pick it up" with nothing rotated said: what is "it"?
        "payments has to pick it up",
    ],
)
def test_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "container", "configmap"),
    [
        ("payments should also load its settings from shared-config", "payments", "shared-config"),
        ("make worker take its env vars from orders-config", "worker", "orders-config"),
        # The application's container, never its proxy (orders runs app and envoy).
        ("orders needs to read its configuration from shared-config", "app", "shared-config"),
    ],
)
def test_settings_loaded_from_a_configmap(
    op: Operator, intent: str, container: str, configmap: str
) -> None:
    _, body = plans(op, intent)
    assert f'"name": "{container}", "envFrom"' in body
    assert f'"configMapRef": {{"name": "{configmap}"}}' in body


def test_a_configmap_read_as_a_fact_is_no_envfrom(op: Operator) -> None:
    # "reads its config from" states what it does; the request is elsewhere.
    assert "envFrom" not in str(
        op.analyze("my-api reads its config from shared-config", namespace="shop").operations
    )


@pytest.mark.parametrize(
    ("intent", "budget"),
    [
        (
            "cache proxy: first scale it to 2, then a pdb that keeps 1 pod up during drains",
            '"minAvailable": 1',
        ),
        ("scale worker to 3, then a budget that keeps 2 pods up", '"minAvailable": 2'),
    ],
)
def test_a_step_then_a_budget_said_without_its_verb(op: Operator, intent: str, budget: str) -> None:
    proposal, body = plans(op, intent)
    assert len(proposal.operations) == 2
    assert budget in body


@pytest.mark.parametrize(
    "intent",
    [
        "We are getting 502 during every deploy of payments. Requirement is: during a rollout "
        "no old pod is taken down before the new one is Ready.",
        "payments deploys give us 502, make rollouts zero downtime",
        "we keep seeing 503 errors while payments deploys, make rollouts zero downtime",
    ],
)
def test_a_status_code_said_as_the_symptom(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"maxUnavailable": 0' in body


@pytest.mark.parametrize(
    ("text", "quantities"),
    [
        ("we get 502 during deploys", []),
        ("503 errors on every deploy", []),
        # A count or a size stays a quantity to account for, whatever word is before it.
        ("set the timeout to 500", ["500"]),
        ("we get 500 rps", ["500"]),
        ("get 400 pods", ["400"]),
    ],
)
def test_a_status_code_is_no_quantity(text: str, quantities: list[str]) -> None:
    assert [q.said for q in accounting.said(text)] == quantities
