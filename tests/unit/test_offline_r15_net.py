"""Round 15, helper net: a network engineer's words.

- netpol.access: ONE grammar of an access rule (ACL, security group, firewall, "permit A -> B",
  "X accepts P only from Y", "X outbound only to Y, nothing else"): the guarded workload, its
  peers, the port, the direction and the deny-else; a gap in it asks;
- lbwords: ONE table of a load balancer's words (pool = workload, members counted = replicas,
  VIP = Service, health check / monitor = readiness probe, active/active across zones = zone
  spread)."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(120)


def _policy(shop: Operator, intent: str) -> dict:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["apply"]
    manifest = proposal.operations[0].manifest  # type: ignore[union-attr]
    assert manifest["kind"] == "NetworkPolicy"
    return manifest


@pytest.mark.parametrize(
    ("intent", "guarded", "peers", "port", "protocol"),
    [
        (
            "security group rule: postgres accepts 5432 only from payments",
            "postgres",
            ["payments"],
            5432,
            "TCP",
        ),
        ("ACL on postgres: allow tcp/5432 from my-api only", "postgres", ["my-api"], 5432, "TCP"),
        (
            "permit frontend -> my-api on 8080, deny everything else inbound to my-api",
            "my-api",
            ["frontend"],
            8080,
            "TCP",
        ),
        ("permit my-api to postgres on 5432, deny all else", "postgres", ["my-api"], 5432, "TCP"),
        (
            "security group for my-api: inbound tcp/8080 from frontend only",
            "my-api",
            ["frontend"],
            8080,
            "TCP",
        ),
        (
            "my-api accepts 8080 only from frontend and payments",
            "my-api",
            ["frontend", "payments"],
            8080,
            "TCP",
        ),
        ("sg on payments: allow tcp/8080 from my-api", "payments", ["my-api"], 8080, "TCP"),
        ("postgres: tcp/5432 from my-api only", "postgres", ["my-api"], 5432, "TCP"),
        (
            "firewall rule for payments: allow 8080/tcp from frontend, deny the rest",
            "payments",
            ["frontend"],
            8080,
            "TCP",
        ),
        ("ACL on worker: permit from payments only", "worker", ["payments"], None, None),
        ("only allow 5432 into postgres from payments", "postgres", ["payments"], 5432, "TCP"),
        ("open 8080 on my-api to frontend only", "my-api", ["frontend"], 8080, "TCP"),
        (
            "inbound rule on postgres: tcp 5432 from my-api and payments, implicit deny",
            "postgres",
            ["my-api", "payments"],
            5432,
            "TCP",
        ),
        (
            "allowlist payments -> postgres on 5432, deny the rest",
            "postgres",
            ["payments"],
            5432,
            "TCP",
        ),
        (
            "firewall: my-api -> postgres 5432 allow, everything else deny",
            "postgres",
            ["my-api"],
            5432,
            "TCP",
        ),
        (
            "NSG for payments: allow inbound 8080 from frontend only",
            "payments",
            ["frontend"],
            8080,
            "TCP",
        ),
    ],
)
def test_an_inbound_access_rule_is_one_ingress_policy(
    shop: Operator,
    intent: str,
    guarded: str,
    peers: list[str],
    port: int | None,
    protocol: str | None,
) -> None:
    manifest = _policy(shop, intent)
    spec = manifest["spec"]
    assert spec["policyTypes"] == ["Ingress"]
    assert spec["podSelector"]["matchLabels"]["app"] == guarded
    (rule,) = spec["ingress"]
    assert [p["podSelector"]["matchLabels"]["app"] for p in rule["from"]] == peers
    if port is None:
        assert "ports" not in rule
    else:
        assert rule["ports"] == [{"protocol": protocol, "port": port}]


@pytest.mark.parametrize(
    ("intent", "source", "peers"),
    [
        ("frontend outbound only to my-api, nothing else", "frontend", ["my-api"]),
        (
            "worker egress only to postgres and my-api, nothing else",
            "worker",
            ["postgres", "my-api"],
        ),
        ("outbound from worker only to postgres, nothing else", "worker", ["postgres"]),
        ("frontend: outbound only to my-api, nothing else", "frontend", ["my-api"]),
        ("egress from worker to postgres only", "worker", ["postgres"]),
        ("egress rule for worker: allow to postgres tcp/5432, deny all", "worker", ["postgres"]),
    ],
)
def test_an_outbound_access_rule_is_one_egress_policy_that_says_dns_is_cut(
    shop: Operator, intent: str, source: str, peers: list[str]
) -> None:
    proposal, _ = plans(shop, intent)
    manifest = proposal.operations[0].manifest  # type: ignore[union-attr]
    spec = manifest["spec"]
    assert spec["policyTypes"] == ["Egress"]
    assert spec["podSelector"]["matchLabels"]["app"] == source
    (rule,) = spec["egress"]
    assert [p["podSelector"]["matchLabels"]["app"] for p in rule["to"]] == peers
    assert any("DNS" in r for r in proposal.risks)


def test_dns_said_stays_the_dns_egress_rule(shop: Operator) -> None:
    manifest = _policy(shop, "payments egress: only to postgres on 5432 and DNS on 53")
    ports = json.dumps(manifest["spec"]["egress"])
    assert '"port": 53' in ports
    assert '"port": 5432' in ports


@pytest.mark.parametrize(
    "intent",
    [
        # A peer that is no workload: never a policy without it.
        "ACL on postgres: allow tcp/5432 from 10.0.0.0/8 only",
        "ACL on postgres: allow tcp/5432 from the internet only",
        # No deny-else said, no device that denies: a new policy would cut others off.
        "permit frontend -> my-api on 8080",
        # A peer also said kept out.
        "ACL on my-api: allow 8080 from frontend and worker only, worker was hacked",
    ],
)
def test_a_gap_in_the_access_rule_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_every_port_of_an_access_rule_is_allowed(shop: Operator) -> None:
    # (ports orders serves: 6432 on postgres, which serves 5432 only, is asked since round 15)
    manifest = _policy(shop, "ACL on orders: allow tcp/8080 and tcp/9901 from frontend only")
    assert manifest["spec"]["ingress"][0]["ports"] == [
        {"protocol": "TCP", "port": 8080},
        {"protocol": "TCP", "port": 9901},
    ]


def test_a_tcp_port_of_a_probe_is_no_access_rule(shop: Operator) -> None:
    _, body = plans(shop, "liveness on payments: tcp/8080, times out after 2s, 3 strikes")
    assert "livenessProbe" in body
    assert "NetworkPolicy" not in body


@pytest.mark.parametrize(
    ("intent", "name", "replicas"),
    [
        ("add two more frontend pool members", "frontend", 5),
        ("my-api backend pool: 4 members", "my-api", 4),
        ("scale the checkout target group to 6 backends", "checkout", 6),
        ("worker target group: 3 real servers", "worker", 3),
        ("the my-api backend pool needs 5 members", "my-api", 5),
    ],
)
def test_pool_members_counted_are_replicas(
    shop: Operator, intent: str, name: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, o.target.name, getattr(o, "replicas", None)) for o in proposal.operations] == [
        ("scale", name, replicas)
    ]


@pytest.mark.parametrize(
    ("intent", "name", "wanted"),
    [
        (
            "health check for worker like the ALB one: GET /healthz, port 8080",
            "worker",
            ['"readinessProbe"', '"/healthz"', "8080"],
        ),
        (
            "health check on payments every 10s",
            "payments",
            ['"readinessProbe"', '"periodSeconds": 10'],
        ),
        (
            "F5 health monitor for my-api: GET /ready on 8080 every 5s",
            "my-api",
            ['"readinessProbe"', '"/ready"', '"periodSeconds": 5'],
        ),
        (
            "target group health check on checkout: GET /healthz every 15s",
            "checkout",
            ['"readinessProbe"', '"periodSeconds": 15'],
        ),
    ],
)
def test_a_load_balancers_health_check_is_the_readiness_probe(
    shop: Operator, intent: str, name: str, wanted: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [name]
    for word in wanted:
        assert word in body
    assert "livenessProbe" not in body


def test_a_health_check_that_restarts_is_no_readiness_probe(shop: Operator) -> None:
    _, body = plans(shop, "health check on my-api: restart it when it hangs")
    assert "livenessProbe" in body
    assert "readinessProbe" not in body


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("active/active for payments: run the pods in two zones", "payments"),
        ("active/active for worker across two AZs", "worker"),
        ("make my-api active-active across both availability zones", "my-api"),
    ],
)
def test_active_active_across_zones_is_a_zone_spread(
    shop: Operator, intent: str, name: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [name]
    assert "topology.kubernetes.io/zone" in body
    assert '"replicas"' not in body


@pytest.mark.parametrize(
    "intent",
    [
        # Members not counted, and no order: nothing to do.
        "the frontend pool members are slow",
        # active/active with no zones said: not read as a spread.
        "make payments active/active",
        # An app's own pool is no pool of replicas.
        "double the thread pool of payments",
        "grow the connection pool of my-api by 10",
        "payments thread pool to 20",
    ],
)
def test_load_balancer_words_without_their_shape_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "name", "floor"),
    [
        (
            "payments can't go down during node upgrades on patch day, keep at least one pod up",
            "payments",
            1,
        ),
        ("never run fewer than 2 frontend pods during node maintenance", "frontend", 2),
        ("keep at least 2 my-api pods up during node reboots", "my-api", 2),
    ],
)
def test_a_floor_kept_while_nodes_are_disrupted_is_a_budget(
    shop: Operator, intent: str, name: str, floor: int
) -> None:
    proposal, body = plans(shop, intent)
    assert [(o.kind, o.target.kind) for o in proposal.operations] == [
        ("apply", "PodDisruptionBudget")
    ]
    assert f'"minAvailable": {floor}' in body
    assert f'"app": "{name}"' in body


@pytest.mark.parametrize(
    "intent",
    [
        # The same floor with no disruption said is a count said with a negation: asked.
        "never run fewer than 2 frontend pods",
        # A budget above what runs blocks every drain: asked.
        "worker should never have fewer than 3 replicas during node drains",
    ],
)
def test_a_floor_without_node_disruption_or_above_the_count_asks(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)


def test_a_floor_during_rollouts_stays_the_strategy(shop: Operator) -> None:
    _, body = plans(shop, "frontend rollouts must never dip below 3 ready pods")
    assert "rollingUpdate" in body
    assert "PodDisruptionBudget" not in body


def test_a_count_of_pods_allowed_to_go_is_no_port(shop: Operator) -> None:
    # "allow 1 … to" reads as a port allowed only when the number is no count of pods.
    proposal, _ = plans(shop, "allow 1 frontend pod to be evicted during node drains")
    assert [o.target.kind for o in proposal.operations] == ["PodDisruptionBudget"]
