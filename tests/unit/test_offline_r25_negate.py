"""Round 25, helper negate: a negated or switched-off request never plans what it refuses.

The shapes (black-box attack 28, shapes 4 and 5): (4) a NEGATION that is the whole request ("no
ingress from frontend to payments", "no servicemonitor for frontend", "postgres should not be
backed up", "postgres backups aren't needed", "no keda for worker") was read as what is missing
now, or as context, and the plan added the very thing refused; (5) a capability SWITCHED OFF
("turn off checkout metrics", "checkout's autoscaling is flapping, turn it off", "postgres
backups are failing; stop them", "prune postgres backups") was planned as a new monitor, HPA or
Velero Schedule. Both are asked, naming the words and what to type instead; the nearest orders
(a default deny, a block, "no root", an HPA without KEDA, a lack said beside its order) plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _kinds(op: Operator, intent: str) -> list[str]:
    proposal, _ = plans(op, intent)
    return [
        str(o.manifest.get("kind")) if o.kind == "apply" else o.kind for o in proposal.operations
    ]


# (4) A negation that is the whole request: asked, saying the plan would make what it refuses.
@pytest.mark.parametrize(
    "intent",
    [
        # the attack's samples
        "no ingress from frontend to payments",
        "no default deny in shop",
        "no LOG_LEVEL=debug on my-api",
        "no DEBUG=true on checkout",
        "no seccomp on payments",
        "no read-only fs for payments",
        "no anti-affinity for payments",
        "no podAntiAffinity on payments",
        "no topology spread on payments",
        "no keda for worker",
        "postgres should not be backed up",
        "postgres shouldn't be backed up",
        "postgres mustn't be backed up",
        "postgres never needs backups",
        "no backup schedule for postgres",
        "no nightly backup for postgres",
        "no velero for postgres",
        "postgres backups aren't needed",
        "no need for a postgres backup",
        "frontend shouldn't alert",
        "no servicemonitor for frontend",
        "no scrape for checkout",
        "no podmonitor for checkout",
        "no PROVIDER=stripe in payments",
        # our own
        "no hpa for checkout",
        "no backups for checkout",
        "no monitoring on frontend",
        "no liveness probe on payments",
        "checkout shouldn't be monitored",
        "checkout must not be scraped",
        "postgres doesn't need backups",
        "frontend metrics aren't needed",
        "worker never needs an hpa",
        "no FEATURE_X=on on frontend",
        "no more backups for postgres",
    ],
)
def test_a_negation_that_is_the_whole_request_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "negation" in question


@pytest.mark.parametrize(
    ("intent", "example"),
    [
        ("no servicemonitor for frontend", "'delete the servicemonitor frontend'"),
        ("postgres backups aren't needed", "'delete the schedule postgres-shop'"),
        ("no ingress from frontend to payments", "payments-allow-from-frontend"),
    ],
)
def test_the_question_says_what_to_type(op: Operator, intent: str, example: str) -> None:
    question = asks(op, intent).question or ""
    assert "what the negation refuses" in question
    assert example in question
    assert "say it without the negation" in question


@pytest.mark.parametrize("intent", ["no runAsNonRoot for payments", "without non-root on payments"])
def test_non_root_refused_is_no_request_for_it(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A capability switched off, said before or after it: asked, never created.
@pytest.mark.parametrize(
    "intent",
    [
        # the attack's samples
        "turn off checkout metrics",
        "checkout's autoscaling is flapping, turn it off",
        "checkout's monitoring is noisy, turn it off",
        "checkout's backups are slow, turn them off",
        "postgres backups are failing; turn them off",
        "postgres backups are failing; stop them",
        "postgres backups are failing; disable them",
        "the postgres backup job is failing; turn it off",
        "the postgres backup sidecar is broken; turn it off",
        "prune postgres backups",
        "payments latency alerting — turn it off",
        # our own
        "the checkout hpa keeps flapping; disable it",
        "frontend scraping is too noisy - switch it off",
        "frontend scraping is too noisy, turn it off",
        "my-api monitoring is broken, stop it",
        "postgres snapshots are piling up, prune them",
        "turn off frontend monitoring",
        "switch off worker autoscaling",
        "shut down postgres backups",
        "pause postgres backups",
        "turn off checkout's autoscaling",
    ],
)
def test_a_capability_switched_off_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "switching a capability off" in question
    assert "delete the" in question


# The nearest orders still plan, as before.
@pytest.mark.parametrize(
    ("intent", "kinds"),
    [
        ("deny all ingress to payments except from frontend", ["NetworkPolicy"]),
        ("block ingress to payments except from frontend", ["NetworkPolicy"]),
        ("only frontend may reach payments, nothing else", ["NetworkPolicy"]),
        ("add a default deny to shop", ["NetworkPolicy"]),
        ("no root for payments", ["patch"]),
        ("run payments as non-root", ["patch"]),
        ("disallow privilege escalation on payments", ["patch"]),
        ("disable privilege escalation on payments", ["patch"]),
        ("no privilege escalation on payments", ["patch"]),
        ("drop all capabilities on payments", ["patch"]),
        ("monitor checkout", ["PodMonitor"]),
        ("monitor checkout, we have no metrics yet", ["PodMonitor"]),
        ("back up postgres nightly", ["Schedule"]),
        ("back up postgres every night, no need for a one-off", ["Schedule"]),
        ("autoscale worker with keda", ["patch", "ScaledObject"]),
        ("autoscale worker, no keda", ["patch", "HorizontalPodAutoscaler"]),
        ("autoscale worker between 2 and 6 without keda", ["patch", "HorizontalPodAutoscaler"]),
        ("autoscale checkout on cpu, never below 2", ["HorizontalPodAutoscaler"]),
        ("no payments metrics in grafana, add a servicemonitor", ["ServiceMonitor"]),
        ("payments metrics aren't scraped", ["ServiceMonitor"]),
        ("there's no pdb for payments, add one", ["PodDisruptionBudget"]),
        ("add a pdb to payments so drains don't take it down", ["PodDisruptionBudget"]),
        ("turn off worker", ["scale"]),
        ("shut down worker", ["scale"]),
        ("worker is unused, turn it off", ["scale"]),
        ("set DEBUG=false on checkout", ["patch"]),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, kinds: list[str]) -> None:
    assert _kinds(op, intent) == kinds
