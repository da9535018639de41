"""Round 24, helper objects: the object a plan changes is the one said, and every part and value
said of it is carried or asked (:mod:`dotop_nb.planner.offline.objparts`).

The shapes (the third black-box attack's "objects" family): (O) another or an extra object —
a possessive naming two workloads ("bump payments's postgres to 16.5" changed both), a network
rule protecting two workloads ("only frontend may reach checkout and payments" made one policy
on checkout letting payments in), an order said of an aspect it does not act on ("harden
payments network" applied the container security bundle), "worker back up please" (a Velero
backup), "spread payments across machines" (an HA scale and PDB); (P) a part dropped ("set
LOG_LEVEL=debug in my-api-config and shared-config" patched one, "backup postgres now and
nightly" only the schedule); (V) a value other than said ("bump frontend to 2.2.0 from quay"
kept ghcr.io, "autoscale checkout 2-10 on latency" used cpu, "a pdb so none can be evicted" let
one go). Each is asked now; the nearest plain orders still plan with their exact values."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (O) A possessive naming two workloads: asked which one, naming both.
@pytest.mark.parametrize(
    ("intent", "owner", "owned"),
    [
        ("bump payments's postgres to 16.5", "payments", "postgres"),
        ("scale checkout's frontend to 4", "checkout", "frontend"),
        ("restart checkout's payments", "checkout", "payments"),
        ("restart orders's worker", "orders", "worker"),
        ("set frontend's checkout LOG_LEVEL=debug", "frontend", "checkout"),
        ("only frontend may reach checkout's payments", "checkout", "payments"),
        ("make checkout's payments HA", "checkout", "payments"),
        ("backup my-api's postgres", "my-api", "postgres"),
        ("alert on checkout's payments 5xx > 5%", "checkout", "payments"),
        # Phrasings of our own.
        ("scale frontend's payments to 5", "frontend", "payments"),
        ("restart the checkout's frontend pods", "checkout", "frontend"),
        ("add a pdb to frontend's my-api", "frontend", "my-api"),
        ("only frontend can reach payments's postgres", "payments", "postgres"),
        ("harden worker's orders", "worker", "orders"),
        ("set checkout's my-api memory limit to 1Gi", "checkout", "my-api"),
    ],
)
def test_a_possessive_naming_two_workloads_is_asked(
    op: Operator, intent: str, owner: str, owned: str
) -> None:
    question = asks(op, intent).question or ""
    assert "two workloads" in question
    assert owner in question
    assert owned in question


# A part of a workload said by a possessive after a restart: asked (a restart is the whole).
@pytest.mark.parametrize(
    "intent",
    [
        "restart orders' envoy",
        "restart orders's app",
        "restart frontend's web",
        "bounce orders' envoy",
    ],
)
def test_a_part_of_a_workload_restarted_by_a_possessive_is_asked(op: Operator, intent: str) -> None:
    assert "cannot be restarted on its own" in (asks(op, intent).question or "")


# (O) A network rule protecting two workloads: asked, naming both.
@pytest.mark.parametrize(
    "intent",
    [
        "only frontend may reach checkout and payments",
        "only frontend may reach checkout, payments",
        "only frontend can talk to checkout and payments",
        "only checkout may reach payments and postgres",
        "allow only checkout to reach payments and postgres",
        "lock down payments and postgres so only checkout can reach them",
        # Phrasings of our own.
        "only checkout may access payments and postgres",
        "only frontend can connect to checkout & payments",
        "lock down worker and orders so only my-api can reach them",
        "only frontend may talk to my-api and orders",
        "only my-api can reach worker as well as orders",
    ],
)
def test_a_network_rule_protecting_two_workloads_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "one rule per workload" in question


# (O) An order said of an aspect it does not act on: asked, naming the aspect.
@pytest.mark.parametrize(
    ("intent", "aspect"),
    [
        ("harden postgres backups", "backups"),
        ("harden payments network", "network"),
        ("harden payments availability", "availability"),
        ("harden payments ingress", "ingress"),
        ("harden the payments pdb", "pdb"),
        ("harden payments secrets", "secrets"),
        ("restart payments monitoring", "monitoring"),
        ("scale payments monitoring", "monitoring"),
        ("autoscale payments config", "config"),
        ("make payments monitoring HA", "monitoring"),
        ("monitor payments logs", "logs"),
        ("monitor payments certificates", "certificates"),
        ("backup payments logs", "logs"),
        # Phrasings of our own.
        ("harden frontend networking", "networking"),
        ("harden worker scheduling", "scheduling"),
        ("harden my-api availability", "availability"),
        ("harden the postgres backups", "backups"),
        ("monitor orders certificates", "certificates"),
        ("restart worker logging", "logging"),
    ],
)
def test_an_order_said_of_an_aspect_it_does_not_act_on_is_asked(
    op: Operator, intent: str, aspect: str
) -> None:
    question = asks(op, intent).question or ""
    assert f"its {aspect}" in question
    assert "changed nothing" in question


@pytest.mark.parametrize(
    "intent",
    [
        "harden payments with a pdb first",
        "harden checkout with a pdb",
        "harden orders with a network policy",
    ],
)
def test_a_hardening_said_with_another_object_is_asked(op: Operator, intent: str) -> None:
    assert "container security settings" in (asks(op, intent).question or "")


# (O) "<workload> back up": running again as likely as a backup.
@pytest.mark.parametrize(
    "intent",
    [
        "worker back up please",
        "worker back up",
        "payments back up",
        "orders back up please",
        "frontend back up",
        "checkout back up now",
    ],
)
def test_a_workload_said_before_back_up_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "running again" in question
    assert "back up" in question


# (O) A spread over what no rule spreads over, two at once, or two workloads apart: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "spread payments across regions",
        "spread payments across racks",
        "spread payments across workers",
        "spread payments across the cluster",
        "spread payments over zones and nodes",
        "keep payments and postgres on different nodes",
        # Phrasings of our own.
        "spread frontend across racks",
        "spread orders across regions",
        "spread worker over nodes and zones",
        "keep frontend and checkout on separate nodes",
        "spread my-api across data centers",
    ],
)
def test_a_spread_over_what_is_not_zones_or_nodes_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# A spread by host or over machines is a spread over nodes: planned as one, no scale, no PDB.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("spread payments by hostname", "payments"),
        ("spread payments by host", "payments"),
        ("spread payments across machines", "payments"),
        ("spread checkout by hostname", "checkout"),
        ("spread orders across machines", "orders"),
    ],
)
def test_a_spread_by_host_is_a_spread_over_nodes(op: Operator, intent: str, name: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert proposal.operations[0].target.name == name
    assert "kubernetes.io/hostname" in body
    nodes, nodes_body = plans(op, f"spread {name} across nodes")
    assert body.replace(intent, "") == nodes_body.replace(f"spread {name} across nodes", "")
    assert len(nodes.operations) == 1


# (P) A part dropped: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL=debug in my-api-config and shared-config",
        "set LOG_LEVEL=debug in my-api-config and my-api env",
        "backup postgres before and after the upgrade",
        "backup shop nightly, take one now first",
        "backup postgres now and nightly",
        "backup postgres now, then nightly at 2am",
        "backup postgres nightly to location aws-backups",
        "backup shop nightly including cluster resources",
        "backup postgres and redis nightly at 3am",
        "alert on checkout p99 > 1s and notify slack",
        "alert on checkout p99 > 1s to pagerduty",
        "restart my-api after setting LOG_LEVEL=debug in my-api-config",
        "only frontend may reach payments over https",
        # Phrasings of our own.
        "set LOG_LEVEL=info in payments-config and shared-config",
        "set FEATURE_X=on in orders-config and my-api-config",
        "back up postgres before and after the migration",
        "backup postgres now and then every night",
        "backup postgres nightly to bucket acme-backups",
        "backup postgres nightly with cluster resources",
        "alert on my-api 5xx > 2% and notify pagerduty",
        "restart payments after changing LOG_LEVEL=debug in payments-config",
        "restart payments twice",
        "restart payments 3 times in a row",
        "restart payments from time to time",
        "restart worker three times",
        "restart orders every so often",
        "restart payments and orders twice",
    ],
)
def test_a_part_the_plan_drops_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (V) A value other than said: asked.
@pytest.mark.parametrize(
    ("intent", "word"),
    [
        ("bump frontend to 2.2.0 alpine", "alpine"),
        ("bump frontend to 2.2.0 (alpine)", "alpine"),
        ("bump frontend to 2.2.0 slim", "slim"),
        ("bump frontend to 2.2.0 from docker hub", "docker hub"),
        ("bump frontend to 2.2.0 from quay", "quay"),
        ("bump frontend to 2.2.0 with digest pinning", "digest"),
        ("update my-api to 1.5.0 slim", "slim"),
        ("upgrade checkout to 1.3.0 from quay.io", "quay"),
        ("autoscale checkout 2-10 on latency", "latency"),
        ("autoscale checkout 2-10 on custom metric", "custom metric"),
        ("add a pdb to payments so none can be evicted", "none can be evicted"),
        ("add a pdb to payments keeping all pods", "keeping all pods"),
        ("pdb for checkout keeping all replicas", "keeping all replicas"),
        ("scale checkout to 4 per cent", "per cent"),
        ("backup postgres hourly at :30", ":30"),
        ("backup postgres hourly at :15", ":15"),
        ("backup postgres every hour on the half hour", "half hour"),
        ("backup postgres every 4 hours starting at 1am", "starting at"),
        ("create a PrometheusRule that fires when payments 5xx > 1% over 10m", "10m"),
        ("only frontend from namespace web may reach payments", "namespace web"),
        ("only frontend from the web namespace may reach payments", "web namespace"),
        ("set FOO to empty on worker", "empty"),
    ],
)
def test_a_value_the_plan_does_not_carry_is_asked(op: Operator, intent: str, word: str) -> None:
    assert word in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "keda on worker from prometheus, server http://prometheus.monitoring:9090, query "
        "sum(rate(jobs_total[1m])), threshold 50, max 5, cooldown 10m",
        "keda on worker from prometheus, server http://prometheus.monitoring:9090, query "
        "sum(rate(jobs_total[1m])), threshold 50, max 5, polling 15s",
    ],
)
def test_a_keda_field_the_scaled_object_drops_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# The nearest orders still plan, with their exact values.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("scale payments to 4", ["scale deployment/payments in shop to 4 replicas"]),
        ("restart my-api's pods", ["restart the pods of deployment/my-api in shop"]),
        ("restart payments", ["restart the pods of deployment/payments in shop"]),
        (
            "set my-api's api container image to ghcr.io/acme/my-api:2.0.0",
            [
                "set image of container api in deployment/my-api in shop to "
                "ghcr.io/acme/my-api:2.0.0"
            ],
        ),
        (
            "bump frontend to 2.2.0",
            [
                "set image of container web in deployment/frontend in shop to "
                "ghcr.io/acme/frontend:2.2.0"
            ],
        ),
        (
            "restart frontend and checkout",
            [
                "restart the pods of deployment/frontend in shop",
                "restart the pods of deployment/checkout in shop",
            ],
        ),
        (
            "scale checkout and payments to 3",
            [
                "scale deployment/checkout in shop to 3 replicas",
                "scale deployment/payments in shop to 3 replicas",
            ],
        ),
        ("back up worker", ["apply backup/worker-shop-once in shop"]),
        ("backup postgres now", ["apply backup/postgres-shop-once in shop"]),
        ("back up postgres nightly", ["apply schedule/postgres-shop in shop"]),
        ("backup postgres nightly at 2am", ["apply schedule/postgres-shop in shop"]),
        ("monitor payments", ["apply servicemonitor/payments in shop"]),
        ("alert on checkout p99 > 1s", ["apply prometheusrule/checkout-latency in shop"]),
        ("add a pdb to payments", ["apply poddisruptionbudget/payments in shop"]),
        (
            "only frontend and checkout may reach payments",
            ["apply networkpolicy/payments-allow-from-frontend-checkout in shop"],
        ),
        (
            "only frontend can talk to payments",
            ["apply networkpolicy/payments-allow-from-frontend in shop"],
        ),
        (
            "set LOG_LEVEL=debug in my-api-config and restart my-api",
            [
                "patch configmap/my-api-config in shop (merge)",
                "restart the pods of deployment/my-api in shop",
            ],
        ),
        (
            "set LOG_LEVEL=debug on frontend and checkout",
            [
                "patch deployment/frontend in shop (strategic)",
                "patch deployment/checkout in shop (strategic)",
            ],
        ),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "harden payments",
        "harden payments security",
        "harden the payments deployment",
        "harden payments containers",
        "run payments as non-root",
    ],
)
def test_a_hardening_of_the_workload_still_plans(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch deployment/payments in shop (strategic)"
    ]
    assert "runAsNonRoot" in body


def test_make_ha_and_spreads_still_plan(op: Operator) -> None:
    assert summaries(op, "make payments HA") == [
        "scale deployment/payments in shop to 3 replicas",
        "patch deployment/payments in shop (strategic)",
        "apply poddisruptionbudget/payments in shop",
    ]
    for intent in ("spread payments across nodes", "spread payments across zones"):
        assert summaries(op, intent) == ["patch deployment/payments in shop (strategic)"]


def test_the_nearest_values_still_plan(op: Operator) -> None:
    _, body = plans(op, "autoscale checkout 2-10 on cpu")
    assert '"minReplicas": 2' in body
    assert '"maxReplicas": 10' in body
    assert '"cpu"' in body
    _, body = plans(op, "add a pdb to payments with maxUnavailable 1")
    assert '"maxUnavailable": 1' in body
    _, body = plans(op, "create a PrometheusRule that fires when payments 5xx > 1% for 5m")
    assert '"for": "5m"' in body
    _, body = plans(op, "scale my-api up by 50 percent")
    assert '"replicas": 3' in body
    _, body = plans(op, "page the on-call when payments returns 5xx errors for 5 minutes")
    assert "PrometheusRule" in body
    assert summaries(op, "alert when worker restarts more than 3 times in an hour")
    assert summaries(op, "undo checkout's rollout and restart payments")
    assert summaries(op, "only checkout may reach payments, orders got compromised last night") == [
        "apply networkpolicy/payments-allow-from-checkout in shop"
    ]
    assert summaries(op, "restart payments now") == [
        "restart the pods of deployment/payments in shop"
    ]
    assert summaries(op, "scale worker to 4 tomorrow") == [
        "scale deployment/worker in shop to 4 replicas"
    ]


# Reasons and alerts beside the order are no part of it: still planned.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "restart payments, it crashed 3 times",
            ["restart the pods of deployment/payments in shop"],
        ),
        ("scale payments' replicas to 4", ["scale deployment/payments in shop to 4 replicas"]),
        ("set worker's memory to 1Gi", ["patch deployment/worker in shop (strategic)"]),
        ("back up postgres's data", ["apply backup/postgres-shop-once in shop"]),
        ("backup postgres every hour at :00", ["apply schedule/postgres-shop in shop"]),
        (
            "only frontend may reach payments and nothing else",
            ["apply networkpolicy/payments-allow-from-frontend in shop"],
        ),
        (
            "autoscale my-api 2-8 on cpu to keep latency low",
            ["apply horizontalpodautoscaler/my-api in shop"],
        ),
        ("restart the postgres db", ["restart the pods of statefulset/postgres in shop"]),
    ],
)
def test_a_reason_or_a_part_of_the_workload_still_plans(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected
