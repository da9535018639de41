"""Round 15, attack16 helper netsafe: a NetworkPolicy plan never cuts traffic the words did
not ask to cut (:func:`dotop_nb.planner.offline.netpol.check`).

- a word that cuts ("only", "deny", "block", "restrict", "limit", "except", an ACL …) must be
  said; an allowance or a reach wish without one, and a connection reported failing, ask;
- a port allowed is one the pods serve (containerPort or a Service's targetPort), not only a
  sidecar's while the app's port is cut; every port said is in the policy;
- every workload named is guarded, allowed or said kept out; a source said that is no workload
  asks; a database or cache as the only client of an app asks (direction swapped)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(180)


@pytest.mark.parametrize(
    "intent",
    [
        # a reported failure, with or without "fix it"
        "worker cannot connect to postgres, please fix",
        "my-api is unable to reach payments",
        "payments keeps timing out talking to postgres",
        "frontend no longer reaches my-api after yesterday's change",
        # an allowance or reach wish with no word that cuts
        "let orders talk to postgres",
        "make sure worker is able to reach my-api",
        "permit worker to reach postgres",
        "postgres needs to be accessible from worker",
        "all workloads may reach payments",
        # a port the guarded pods do not serve
        "only my-api may reach payments on 9090",
        "worker accepts tcp/5432 only from my-api",
        "only payments may reach postgres on 3306",
        "only my-api may reach orders on 9901",
        # a port said that the plan drops
        "worker outbound only to postgres:5432",
        "only payments may reach postgres on tcp/5432 and tcp/5433",
        # a workload named that the allow-only cuts, a source that is no workload
        "only my-api may reach postgres; worker uses it as well",
        "only frontend may reach my-api, worker still calls it",
        "only payments may reach postgres, and the backup job too",
        "only frontend may reach payments plus the load balancer",
        # a database or cache as the only client of an app
        "only postgres may reach my-api",
        "worker accepts traffic only from postgres",
    ],
)
def test_cutting_more_than_said_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "ops"),
    [
        ("only frontend may reach payments", ["apply networkpolicy/payments-allow-from-frontend"]),
        (
            "only frontend may reach orders on 8080",
            ["apply networkpolicy/orders-allow-from-frontend"],
        ),
        (
            "only my-api may reach postgres on 5432",
            ["apply networkpolicy/postgres-allow-from-my-api"],
        ),
        (
            "deny all ingress to postgres except from my-api",
            ["apply networkpolicy/postgres-allow-from-my-api"],
        ),
        (
            "only my-api may reach postgres, not worker",
            ["apply networkpolicy/postgres-allow-from-my-api"],
        ),
        ("limit worker's egress to DNS", ["apply networkpolicy/worker-egress-dns"]),
        ("default deny ingress in this namespace", ["apply networkpolicy/default-deny-ingress"]),
        (
            "firewall postgres: tcp/5432 from my-api only",
            ["apply networkpolicy/postgres-allow-from-my-api"],
        ),
        ("deny all ingress to postgres", ["apply networkpolicy/postgres-deny-ingress"]),
    ],
)
def test_cuts_said_still_plan(shop: Operator, intent: str, ops: list[str]) -> None:
    assert [o.removesuffix(" in shop") for o in summaries(shop, intent)] == ops


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments",
        "scale frontend to 4",
        "update frontend to 2.2.0",
        "please double payments",
    ],
)
def test_ordinary_orders_still_plan(shop: Operator, intent: str) -> None:
    assert summaries(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        # a container the workload does not run, one of its instances
        "kick the envoy on frontend",
        "restart the envoy of my-api",
        "restart the stuck replica of payments",
        "restart the failed task of orders",
        "heroku ps:restart worker.2 -a worker",
        # a pool without members or a load balancer's word
        "bump the my-api pool to 12",
        "grow the payments pool to 5",
        # a grace period is no probe period
        "set a health check grace period of 90s on my-api",
    ],
)
def test_part_or_pool_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "ops"),
    [
        ("restart the envoy on orders", ["restart the pods of deployment/orders"]),
        ("restart the cache proxy", ["restart the pods of deployment/cache"]),
        ("could you restart orders", ["restart the pods of deployment/orders"]),
        ("scale the my-api backend pool to 4", ["scale deployment/my-api to 4 replicas"]),
    ],
)
def test_whole_workload_still_plans(shop: Operator, intent: str, ops: list[str]) -> None:
    assert [o.replace(" in shop", "") for o in summaries(shop, intent)] == ops


@pytest.mark.parametrize(
    "intent",
    [
        "3 pods stopped unexpectedly on orders, restart orders",
        "2 replicas crashed on worker overnight, restart worker",
    ],
)
def test_count_in_a_fact_is_no_replica_count(shop: Operator, intent: str) -> None:
    for summary in _plan_or_ask(shop, intent):
        assert not summary.startswith("scale"), summary


def _plan_or_ask(op: Operator, intent: str) -> list[str]:
    proposal = op.analyze(intent, namespace="shop")
    return [o.summary() for o in proposal.operations]


@pytest.mark.parametrize(
    "intent", ["2 replicas got evicted on payments, scale payments to 4", "scale payments to 4"]
)
def test_count_said_as_order_still_scales(shop: Operator, intent: str) -> None:
    assert summaries(shop, intent) == ["scale deployment/payments in shop to 4 replicas"]
