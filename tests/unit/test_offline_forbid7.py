"""A prohibition said as a statement (planner/offline/forbidden.py), and a forbidden restart
beside a change that replaces the pods (attacker 7, shapes A and B). "restarts are banned",
"a pdb is a no-go", "a liveness probe would be wrong" are never requests: the subject is a
prohibition checked against the finished plan. A plan that respects it is made (and never
gains the forbidden thing); one that breaks it is asked, naming what breaks it. Our own
phrasings, over the in-memory shop."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import forbidden
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


def _kinds(shop: Operator, intent: str) -> list[tuple[str, str, str]]:
    proposal, _ = plans(shop, intent)
    return [(o.kind, o.target.kind, o.target.name) for o in proposal.operations]


# ------------------------------------------------- attacker's intents: each was unsafe
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("scale payments to 4; restarting is forbidden", ("scale", "Deployment", "payments")),
        (
            "scale payments to 3, restarting frontend is forbidden",
            ("scale", "Deployment", "payments"),
        ),
        (
            "scale payments to 3; restarting is forbidden for frontend",
            ("scale", "Deployment", "payments"),
        ),
        ("back up postgres daily, restarts are forbidden", ("apply", "Schedule", "postgres-shop")),
        (
            "enable monitoring for payments, restarts are forbidden",
            ("apply", "ServiceMonitor", "payments"),
        ),
        (
            "lock egress on worker to dns only, restarts are forbidden",
            ("apply", "NetworkPolicy", "worker-egress-dns"),
        ),
        ("scale payments to 3, restarts are not permitted", ("scale", "Deployment", "payments")),
        ("scale payments to 3, a restart would be bad", ("scale", "Deployment", "payments")),
        (
            "scale payments to 3 \u2014 restarting is prohibited",
            ("scale", "Deployment", "payments"),
        ),
        ("scale payments to 3, restarts are banned", ("scale", "Deployment", "payments")),
        ("scale payments to 3, restarts must be avoided", ("scale", "Deployment", "payments")),
        ("scale payments to 3; a pdb is forbidden", ("scale", "Deployment", "payments")),
        ("scale payments to 3; anti-affinity is forbidden", ("scale", "Deployment", "payments")),
        (
            "scale payments to 3; a liveness probe would be wrong",
            ("scale", "Deployment", "payments"),
        ),
        ("restart worker; non-root is forbidden", ("rollout_restart", "Deployment", "worker")),
    ],
)
def test_attacker_prohibition_respected_plans_only_the_request(
    shop: Operator, intent: str, planned: tuple[str, str, str]
) -> None:
    assert _kinds(shop, intent) == [planned]


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        (
            "give payments a liveness probe, it has no probe for liveness, don't restart it",
            "replaces",
        ),
        ("set my-api memory limit to 512Mi; restarting is forbidden", "replaces"),
        ("set env LOG_LEVEL=debug on my-api, don't restart it", "replaces"),
        ("spread my-api across zones, don't restart the pods", "replaces"),
        ("add a memory limit of 512Mi to worker but do not restart worker", "replaces"),
        ("set env TZ=UTC on worker, never restart worker", "replaces"),
        ("run payments as user 1000, do not restart payments", "replaces"),
        ("roll back checkout, don't restart it", "replaces"),
        ("set frontend memory limit to 512Mi; a restart is not allowed", "replaces"),
        ("update payments to 3.1.0; restarting is forbidden", "replaces"),
        ("update frontend to 2.2.0 but don't restart frontend", "replaces"),
        ("make payments highly available, restarts are forbidden", "replaces"),
        ("run my-api as non-root, restarts are forbidden", "replaces"),
        ("autoscale my-api max 8; scaling is forbidden", "horizontalpodautoscaler"),
        ("autoscale my-api max 6, scaling down is forbidden", "horizontalpodautoscaler"),
    ],
)
def test_attacker_prohibition_broken_is_asked(shop: Operator, intent: str, named: str) -> None:
    question = str(asks(shop, intent).question)
    assert named in question
    assert "You said" in question


# ------------------------------------------------- our own phrasings: respected, planned
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "scale orders to 5 - recycling the pods would be a bad idea",
            ("scale", "Deployment", "orders"),
        ),
        (
            "scale worker to 2; restarting worker is strictly forbidden",
            ("scale", "Deployment", "worker"),
        ),
        (
            "put orders on 4 replicas. any restart must be avoided.",
            ("scale", "Deployment", "orders"),
        ),
        ("scale orders to 4; a disruption budget is not wanted", ("scale", "Deployment", "orders")),
        ("scale worker to 3, topology spread is a no-go", ("scale", "Deployment", "worker")),
        ("restart orders; an hpa would be wrong", ("rollout_restart", "Deployment", "orders")),
        (
            "give my-api 3 replicas, a network policy is not permitted",
            ("scale", "Deployment", "my-api"),
        ),
        (
            "restart payments; deleting anything is forbidden",
            ("rollout_restart", "Deployment", "payments"),
        ),
        (
            "scale frontend to 4, restarts of orders are forbidden",
            ("scale", "Deployment", "frontend"),
        ),
        (
            "restart frontend; restarting orders is forbidden",
            ("rollout_restart", "Deployment", "frontend"),
        ),
        (
            "set memory limit of worker to 1Gi; env changes are off limits",
            ("patch", "Deployment", "worker"),
        ),
        (
            "bump frontend to 5 replicas, pod restarts are out of the question",
            ("scale", "Deployment", "frontend"),
        ),
    ],
)
def test_own_prohibition_respected_plans_only_the_request(
    shop: Operator, intent: str, planned: tuple[str, str, str]
) -> None:
    assert _kinds(shop, intent) == [planned]


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("bump checkout memory request to 256Mi, pod restarts are off limits", "replaces"),
        ("set RETRIES=3 on payments, a redeploy is out of the question", "replaces"),
        (
            "set image of my-api to ghcr.io/acme/my-api:1.6.0 but a restart would be unacceptable",
            "replaces",
        ),
        ("upgrade checkout to 2.0.1, new pods are not allowed", "replaces"),
        ("make checkout highly available, but a pdb is off limits", "poddisruptionbudget"),
        ("make orders highly available; zone spread is forbidden", "patch"),
        ("autoscale worker between 2 and 6; autoscaling is not allowed", "horizontalpodautoscaler"),
        ("update frontend to 2.2.0; image changes are forbidden", "set image"),
        ("make payments highly available, scaling is forbidden", "scale"),
        ("add a liveness probe to frontend on /healthz, liveness probes are banned", "patch"),
        ("roll checkout back one revision, rebooting checkout is prohibited", "replaces"),
        ("give worker a cpu limit of 500m, bouncing worker isn't allowed", "replaces"),
    ],
)
def test_own_prohibition_broken_is_asked(shop: Operator, intent: str, named: str) -> None:
    question = str(asks(shop, intent).question)
    assert named in question
    assert "You said" in question


def test_readiness_probe_is_planned_when_only_liveness_is_banned(shop: Operator) -> None:
    _, body = plans(shop, "add a readiness probe to frontend on /ready, liveness probes are banned")
    assert "readinessProbe" in body
    assert "livenessProbe" not in body


# ------------------------------------------------- what stays the request, or is asked
@pytest.mark.parametrize(
    "intent",
    [
        "privilege escalation is not allowed in worker",  # pod security sets exactly that
        "restart web, downtime is not acceptable",  # an outcome, read by the rules
    ],
)
def test_a_forbidden_request_stays_the_request(shop: Operator, intent: str) -> None:
    plans(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 3; weekend work is forbidden",
        "restart worker, surprises would be bad",
        "restarts are forbidden",
    ],
)
def test_a_judgement_on_nothing_understood_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_statement_without_a_judgement_is_left_untouched() -> None:
    for text in ("update my-api to ghcr.io/acme/my-api:", "the liveness probe is wrong, fix it"):
        assert forbidden.extract(text) == (text, [])


@pytest.mark.parametrize(
    ("intent", "planned", "never"),
    [
        # An allow-list reads the workload judged against as one it never lets in.
        ("orders may only talk out to postgres and dns, checkout is banned", "egress", "checkout"),
        ("only frontend may reach payments; worker is banned", "frontend", "worker"),
    ],
)
def test_one_workload_judged_against_is_left_out_of_an_allow_list(
    op: Operator, intent: str, planned: str, never: str
) -> None:
    _, body = plans(op, intent)
    assert planned in body
    assert f'"app": "{never}"' not in body


@pytest.mark.parametrize(
    "intent",
    [
        "restart all backend deployments, worker is banned",
        "scale payments to 3, payments is off limits",
        "scale payments to 3, overtime is forbidden",
    ],
)
def test_one_name_judged_against_is_never_touched_and_must_be_a_workload(
    op: Operator, intent: str
) -> None:
    asks(op, intent)
