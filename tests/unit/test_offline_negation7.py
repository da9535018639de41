"""What a negation scopes over (session 7). It forbids only when it governs an action or an
object of the plan; said inside a statement of how things are ("redis runs without limits",
"prometheus has nothing from it"), inside what the change is for ("so a drain never takes it
to zero") or as an exclusion the plan respects ("the cache proxy deployment is not part of this
change") it costs nothing. A prohibition the plan breaks is still asked. Our own phrasings, of
the kinds the blind sets missed."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # A state: the negation is the object of a verb of having or being.
        (
            "payments has no readiness probe at all, add one on /healthz port 8080",
            '"readinessProbe"',
        ),
        (
            "worker doesn't have a disruption budget yet; give it one with minAvailable 1",
            '"minAvailable": 1',
        ),
        ("cpu limit isn't set on the cache statefulset, cap it at 500m", '"cpu": "500m"'),
        ("because worker has no pdb, add one with minAvailable 1", '"minAvailable": 1'),
        ("the cache sts runs with no limits whatsoever, cap it at 1 cpu / 1Gi", '"memory": "1Gi"'),
        (
            "prometheus sees nothing from payments right now, add a servicemonitor",
            '"ServiceMonitor"',
        ),
        # A purpose: what the change is for, which the plan keeps (a budget keeps pods up
        # through drains, maxUnavailable 0 through rollouts).
        (
            "add a pdb to worker with minAvailable 1 so node drains never take it to zero",
            '"minAvailable": 1',
        ),
        (
            "update frontend to 2.1.1 with maxSurge 1 and maxUnavailable 0 so capacity never drops",
            '"maxUnavailable": 0',
        ),
        ("scale worker to 4 so the queue never backs up", '"replicas": 4'),
        (
            "add a pdb to worker with minAvailable 1 to avoid an outage during drains",
            '"minAvailable": 1',
        ),
        ("restart orders to avoid downtime", '"maxUnavailable": 0'),
        ("nothing scrapes payments yet, add a servicemonitor", '"ServiceMonitor"'),
        ("my-api pods are running without any requests, give them 250m cpu", '"cpu": "250m"'),
        ("orders' envoy has no cpu limit, give it 200m", '"name": "envoy", "resources": {"limits"'),
        (
            "two worker replicas and a pdb, so that maintenance never takes it to zero",
            '"PodDisruptionBudget"',
        ),
    ],
)
def test_a_negation_of_state_or_purpose_plans(shop: Operator, intent: str, expected: str) -> None:
    _, body = plans(shop, intent)
    assert expected in body


@pytest.mark.parametrize(
    ("intent", "kind", "name"),
    [
        (
            "cap the cache statefulset at 1 cpu, the cache deployment is not part of this",
            "StatefulSet",
            "cache",
        ),
        ("restart the cache statefulset, make sure orders isn't restarted", "StatefulSet", "cache"),
        ("scale worker to 3, worker's pdb is not part of this", "Deployment", "worker"),
        ("restart payments; orders is out of scope for this change", "Deployment", "payments"),
    ],
)
def test_an_exclusion_the_plan_respects_costs_nothing(
    shop: Operator, intent: str, kind: str, name: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.target.kind, o.target.name) for o in proposal.operations] == [(kind, name)]


@pytest.mark.parametrize(
    "intent",
    [
        # The plan would do what is forbidden: asked, never planned.
        "restart orders, make sure orders isn't restarted",
        "restart orders; the orders deployment is out of scope",
        "scale worker to 3 and add a pdb, the pdb is not part of this",
        "update the cache statefulset to redis:7.2, the cache statefulset is not part of this",
        # A rule said beside a statement is no aside: "shouldn't scale again" beside a scale.
        "scale worker to 3, it has no pdb and shouldn't scale again",
        # A passive change said with the plan's own verb is no state.
        "scale frontend to 3 so that frontend is not scaled",
        "restart orders but orders isn't restarted",
        # A selection, or a purpose that names a change, stays asked.
        "restart all backend deployments, avoid payments",
        "scale worker to 3 to avoid restarting orders",
        # A purpose the plan does not keep: no budget, so a drain may take it down.
        "scale worker to 4 so a drain never takes it to zero",
    ],
)
def test_a_prohibition_the_plan_breaks_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_keep_said_of_the_manner_is_no_retention(shop: Operator) -> None:
    _, body = plans(shop, "nightly pg_dump of postgres at 1:30, keep it lean, nothing fancy")
    job = next(o for o in json.loads(body) if o["target"]["kind"] == "CronJob")
    assert job["manifest"]["spec"]["schedule"] == "30 1 * * *"


def test_a_need_to_reload_is_the_reason_for_the_restart(shop: Operator) -> None:
    assert summaries(shop, "payments needs to re-read its config, roll the pods") == [
        "restart the pods of deployment/payments in shop"
    ]


def test_rollout_fields_said_beside_an_update_shape_it(shop: Operator) -> None:
    _, body = plans(shop, "bump frontend to 2.1.1, surge 2, unavailable 1")
    assert '"maxSurge": 2' in body
    assert '"maxUnavailable": 1' in body
    assert "ghcr.io/acme/frontend:2.1.1" in body


def test_out_of_scope_may_name_a_workload_by_what_it_runs(shop: Operator) -> None:
    proposal, _ = plans(
        shop, "cache proxy needs more memory, limit 512Mi. redis is not in scope of this ticket."
    )
    assert [(o.target.kind, o.target.name) for o in proposal.operations] == [
        ("Deployment", "cache")
    ]
    asks(shop, "restart the cache statefulset, redis is out of scope")
    asks(shop, "restart payments, zookeeper is out of scope")


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale worker to 3, keep the pdb", "scale deployment/worker in shop to 3 replicas"),
        (
            "update frontend to 2.1.1, keep the replica count",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.1.1",
        ),
        ("restart orders but keep its pdb", "restart the pods of deployment/orders in shop"),
    ],
)
def test_keep_said_of_what_stays_is_no_change(shop: Operator, intent: str, summary: str) -> None:
    assert summaries(shop, intent) == [summary]


def test_keep_said_of_what_the_plan_changes_is_asked(shop: Operator) -> None:
    asks(shop, "scale frontend to 5, keep the replica count")
