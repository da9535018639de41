"""Round 16, helper timekeys: times and conditions said beside an order, and a key changed with an
arrow.

- a wait said as a window of any kind ("in tonight's 03:00 upgrade window"), a name and its
  version said alone or after "apply"/"ship" with a wait after it, a name's parenthesis beside
  "take X to N": planned, waiting on the words as said;
- a deadline named by a label and its number ("before firmware wave 2 reaches 40k phones") is
  made now; a general truth told after the order about any event of a kind ("clients all retry
  at once after a pod dies") is a reason, never a wait; a named event still is one;
- a retention in years or months, and restated in parentheses (which must agree);
- "KEY: old -> new" (with where the key lives): the old value is checked against the cluster.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import schedules
from dotop_nb.service import Operator

pytestmark = pytest.mark.timeout(300)


def _ops(proposal: object) -> str:
    return json.dumps([o.model_dump(mode="json") for o in proposal.operations])  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "Roll out payments 3.0.1 in tonight's 03:00 upgrade window.",
            "ghcr.io/acme/payments:3.0.1",
            "03:00",
        ),
        ("apply worker 0.9.1 during the 22:00 downtime window", "worker:0.9.1", "22:00"),
        ("frontend 2.2.0 after the holiday freeze ends", "frontend:2.2.0", "holiday freeze"),
        ("ship worker 0.9.2 tonight", "worker:0.9.2", "tonight"),
        ("once the vendor reopens our quota, take worker (the ingester) to 3", "3", "quota"),
    ],
)
def test_waits_said_beside(shop: Operator, intent: str, summary: str, awaits: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert summary in _ops(proposal)
    assert awaits.lower() in (proposal.awaits or "").lower()


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        (
            "frontend 3 -> 5 before firmware wave 2 reaches 40k phones",
            "before firmware wave 2 reaches 40k phones",
        ),
        ("scale frontend to 5 before OTA wave 1 hits 2m users", "before OTA wave 1 hits 2m users"),
        (
            "worker needs an hpa: min 1, max 4, 70% cpu — consumers all reconnect at once after a "
            "broker restart",
            None,
        ),
        ("scale frontend to 5, clients retry hard whenever a pod dies", None),
    ],
)
def test_deadlines_are_carried_and_reasons_are_no_wait(
    shop: Operator, intent: str, awaits: str | None
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    # Round 23 (holds): a deadline ("before OTA wave 1 hits …") is carried as awaits, for the
    # approver; a reason ("after a broker restart", "whenever a pod dies") is none.
    assert proposal.awaits == awaits


@pytest.mark.parametrize(
    "intent",
    [
        # A number of the plan's kind inside the deadline: asked.
        "scale frontend to 5 before rollout wave 2 scales to 20",
        "scale frontend to 5 before wave 2 hits 12 pods",
        # A particular event named after a reason's words is a condition: asked.
        "worker needs an hpa: min 1, max 4, 70% cpu — consumers reconnect after the broker restart",
    ],
)
def test_deadline_or_condition_with_a_number_still_asked(shop: Operator, intent: str) -> None:
    assert shop.analyze(intent, namespace="shop").status == "needs_clarification"


def test_named_event_after_order_still_waited(shop: Operator) -> None:
    proposal = shop.analyze(
        "scale frontend to 5 — the clients reconnect after the outage", namespace="shop"
    )
    assert proposal.status == "proposed", proposal.question
    assert "after the outage" in (proposal.awaits or "")


@pytest.mark.parametrize(
    ("said", "ttl"),
    [
        ("keep them 1 year", "8760h0m0s"),
        ("7 year retention", "61320h0m0s"),
        ("retain 2 yrs", "17520h0m0s"),
        ("retained 3 years (26280h)", "26280h0m0s"),
        ("keep 2 years (730 days)", "17520h0m0s"),
    ],
)
def test_retention_in_years(said: str, ttl: str) -> None:
    assert schedules.ttl(said) == ttl


def test_retention_in_years_planned(shop: Operator) -> None:
    proposal = shop.analyze(
        "nightly velero backup of postgres at 02:00, retain for 7 years (61320h)",
        namespace="shop",
    )
    assert proposal.status == "proposed", proposal.question
    assert "61320h" in _ops(proposal)


def test_retention_restated_differently_is_asked(shop: Operator) -> None:
    proposal = shop.analyze(
        "nightly velero backup of postgres at 02:00, retain 5 years (40000h)", namespace="shop"
    )
    assert proposal.status == "needs_clarification"
    assert "different retentions" in (proposal.question or "")


@pytest.mark.parametrize(
    ("intent", "target", "value"),
    [
        ("BATCH_SIZE in orders-config: 10 -> 25", "orders-config", '"25"'),
        ("my-api-config LOG_LEVEL: info -> debug", "my-api-config", '"debug"'),
        ("PROVIDER of payments-config: stripe -> adyen", "payments-config", '"adyen"'),
        (
            "REGION in shared-config: eu -> us-east-2 (both my-api and frontend read it)",
            "shared-config",
            '"us-east-2"',
        ),
        ("FEATURE_FLAG on the web app (frontend): beta → stable", "frontend", '"stable"'),
    ],
)
def test_key_changed_with_an_arrow(shop: Operator, intent: str, target: str, value: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert any(target in o.summary() for o in proposal.operations)
    assert value in _ops(proposal)


@pytest.mark.parametrize(
    "intent",
    [
        # The old value is not what the key holds: asked.
        "BATCH_SIZE in orders-config: 50 -> 25",
        "REGION in shared-config: us -> eu-west-1",
        "FEATURE_FLAG on frontend: alpha -> ga",
        # A word in capitals that is no key: left as typed, asked.
        "orders-config FOO: bar -> baz",
    ],
)
def test_key_arrow_with_wrong_old_value_is_asked(shop: Operator, intent: str) -> None:
    assert shop.analyze(intent, namespace="shop").status == "needs_clarification"


def test_region_word_still_another_cluster(shop: Operator) -> None:
    proposal = shop.analyze("restart my-api in the eu region", namespace="shop")
    assert proposal.status == "needs_clarification"
