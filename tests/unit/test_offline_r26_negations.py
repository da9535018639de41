"""Round 26, helper negations: turning a thing off never builds or tightens it; values said are
the values planned.

The shapes (sixth black-box attack of round 25): (N) a protection switched off, lifted or
loosened in words the switch-off reader did not know ("disable default deny", "default deny =
false", "payments HA = false", "lift autoscaling on frontend", "the anti-affinity on payments is
too strict; relax it") was planned as the protection itself — a namespace-wide deny-all, an HPA,
a required anti-affinity; (V) a value said of another thing than the plan changes: a rollback to
a newer version, a roll forward to an older one, a memory amount doubled as replicas, worker
processes made replicas, a change of a liveness probe the container does not have. The nearest
plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.models import ScaleOp, SetImageOp
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (N) A protection switched off, lifted or loosened: asked, never built or tightened.
@pytest.mark.parametrize(
    "intent",
    [
        # the attack's samples
        "disable default deny",
        "turn off default deny",
        "switch off default deny",
        "deactivate default deny",
        "lift the default deny",
        "disable default-deny",
        "disable the default deny policy",
        "disable default deny ingress in shop",
        "default deny: disable",
        "default deny -> off",
        "default deny off",
        "default deny = false",
        "payments HA = false",
        "worker monitoring = false",
        "payments read-only fs off",
        "frontend autoscaling = false",
        "lift autoscaling on frontend",
        "lift monitoring on worker",
        "the default deny broke everything, turn it off",
        "the default deny policy is too strict; relax it",
        "the anti-affinity on payments is too strict; relax it",
        "the payments spread is too strict; loosen it",
        "seccomp on payments is too strict; relax it",
        # phrasings of our own
        "please switch the default deny off",
        "default-deny-all: off",
        "deny-all = false",
        "payments ha: off",
        "frontend hpa => disabled",
        "relax the anti-affinity on payments",
        "loosen the topology spread of payments",
        "ease the seccomp profile on payments",
        "the seccomp profile on payments is too tight, can you loosen it",
        "the liveness probe on checkout keeps killing pods; relax it",
        "payments read-only root filesystem off",
        "lifting the monitoring on worker",
    ],
)
def test_a_protection_switched_off_or_loosened_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "switching a capability off or weakening it" in question
    assert "Delete the object that provides it by name" in question


# (N) Backups said off: the veto's reading, which names the schedule the plan would create.
@pytest.mark.parametrize(
    "intent", ["postgres backup = false", "orders backups: off", "postgres backups = off"]
)
def test_backups_said_off_are_asked(op: Operator, intent: str) -> None:
    assert "that turns backups off" in (asks(op, intent).question or "")


# (N) The nearest orders that build, tighten or set a value still plan.
@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("add a default deny to shop", "NetworkPolicy"),
        ("deny all ingress in shop", "NetworkPolicy"),
        ("enable autoscaling on frontend", "HorizontalPodAutoscaler"),
        ("make payments HA", "PodDisruptionBudget"),
        ("payments HA please", "PodDisruptionBudget"),
        ("monitor worker", "PodMonitor"),
        ("back up postgres nightly", "Schedule"),
        ("the PDB of orders blocks node drains, relax it", "PodDisruptionBudget"),
        ("orders' budget keeps node maintenance from finishing, loosen it", "PodDisruptionBudget"),
        ("lift the cpu limit on the orders app container; the memory limit stays", "Deployment"),
        ("set TRUNCATE_LOGS=false on worker", "Deployment"),
        ("disable privilege escalation on payments", "Deployment"),
        ("make payments' root filesystem read-only", "Deployment"),
        ("add seccomp RuntimeDefault to payments", "Deployment"),
        ("run payments as non-root", "Deployment"),
        ("give payments 512Mi memory", "Deployment"),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, kind: str) -> None:
    proposal, _ = plans(op, intent)
    assert kind in {o.target.kind for o in proposal.operations}


# (V) A rollback to a newer version, a roll forward to an older one: asked, naming the words.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("rollback frontend to 2.2.0", "'rollback frontend to' (a downgrade)"),
        ("roll back frontend to 2.3.0", "(a downgrade)"),
        ("roll forward checkout to 1.0.0", "'roll forward' (an upgrade)"),
        ("roll checkout forward to 0.9.0", "(an upgrade)"),
    ],
)
def test_a_direction_against_the_versions_is_asked(op: Operator, intent: str, words: str) -> None:
    question = asks(op, intent).question or ""
    assert words in question
    assert "runs ghcr.io/acme/" in question


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("rollback frontend to 2.0.0", "ghcr.io/acme/frontend:2.0.0"),
        ("roll back frontend to 2.0.0", "ghcr.io/acme/frontend:2.0.0"),
        ("roll forward checkout to 1.2.0", "ghcr.io/acme/checkout:1.2.0"),
        ("roll checkout forward to 1.2.0", "ghcr.io/acme/checkout:1.2.0"),
    ],
)
def test_a_direction_that_agrees_still_plans(op: Operator, intent: str, image: str) -> None:
    proposal, _ = plans(op, intent)
    [operation] = proposal.operations
    assert isinstance(operation, SetImageOp)
    assert operation.image == image


# (V) A factor said after an amount of memory or CPU, with no word of the count: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "payments OOMs at 256Mi, give it double",
        "payments is at 256Mi, double it",
        "payments keeps getting OOMKilled, double it",
        "payments runs at 500m cpu, triple it",
        "halve payments, it only needs 128Mi",
    ],
)
def test_a_factor_of_an_amount_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "about memory or CPU" in question
    assert "'scale payments to <count>'" in question


# (V) Workers, processes or threads inside each pod: a server setting, never replicas.
@pytest.mark.parametrize(
    "intent",
    [
        "frontend has 4 workers, make it 8",
        "frontend has 4 gunicorn workers, make it 8",
        "frontend has 4 puma workers, make it 8",
        "frontend has 4 workers, scale it to 8",
        "frontend has 4 uwsgi processes, scale it to 8",
        "frontend has 8 threads, double it",
    ],
)
def test_processes_inside_a_pod_are_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "inside each pod of deployment/frontend" in question
    assert "WEB_CONCURRENCY" in question


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        # a factor of the count, beside an amount or not
        ("double payments", 4),
        ("give payments double", 4),
        ("double payments replicas, it OOMs at 256Mi", 4),
        ("double frontend, we have 5m users", 6),
        # a count of pods, beside workers or not
        ("my-api serves the model, can we go to 4 replicas? uvicorn runs 2 workers per pod", 4),
        ("frontend has 3 pods, make it 6", 6),
        ("scale frontend to 8", 8),
        ("frontend has 3 replicas, make it 8", 8),
        ("scale worker to 8", 8),
    ],
)
def test_a_count_of_pods_still_plans(op: Operator, intent: str, replicas: int) -> None:
    proposal, _ = plans(op, intent)
    scales = [o for o in proposal.operations if isinstance(o, ScaleOp)]
    assert [o.replicas for o in scales] == [replicas]


# (V) A change of a probe the container does not have: asked, never a new probe made up.
@pytest.mark.parametrize(
    "intent",
    [
        "increase checkout's liveness probe failureThreshold to 5",
        "make checkout's liveness probe less aggressive",
        "make the liveness probe on checkout more lenient",
        "raise checkout's liveness check period to 20s",
    ],
)
def test_a_change_of_a_missing_probe_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "has no liveness probe to change" in question


def test_a_probe_added_with_its_threshold_still_plans(op: Operator) -> None:
    _, body = plans(op, "add a liveness probe to checkout on /healthz with failureThreshold 5")
    assert '"failureThreshold": 5' in body
    assert '"/healthz"' in body
