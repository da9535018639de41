"""A number said in its role is used in that role, or asked about — never dropped, never used as
another field (issue 11, fifth blind set): a probe's port after "tcp", its period, timeout and
failure threshold said in words; a rollout's surge and unavailable; a disruption budget's floor
or ceiling said beside a disruption; a replica count said with a placement; a port said after
"on" for a scrape; a tier as the source of allowed ingress. Own phrasings, not the blind ones."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


def _ops(op: Operator, intent: str) -> list[dict[str, Any]]:
    proposal, _ = plans(op, intent)
    return [o.model_dump(mode="json") for o in proposal.operations]


def _container(op: Operator, intent: str) -> dict[str, Any]:
    (patch,) = _ops(op, intent)
    (container,) = patch["patch"]["spec"]["template"]["spec"]["containers"]
    return dict(container)


# ---------------------------------------------------------------- probes
@pytest.mark.parametrize(
    ("intent", "probe", "expected"),
    [
        (
            "liveness on payments: tcp/8080, times out after 2s, 3 strikes",
            "livenessProbe",
            {"tcpSocket": {"port": 8080}, "timeoutSeconds": 2, "failureThreshold": 3},
        ),
        (
            "payments liveness: tcp 8080, 2s timeout, fail 4 times in a row before restarting",
            "livenessProbe",
            {"tcpSocket": {"port": 8080}, "timeoutSeconds": 2, "failureThreshold": 4},
        ),
        (
            "readiness probe for payments, 10s period, wait 15s before the first check",
            "readinessProbe",
            {"periodSeconds": 10, "initialDelaySeconds": 15},
        ),
        (
            "worker readiness: poll every 20s, unready after three failed checks",
            "readinessProbe",
            {"periodSeconds": 20, "failureThreshold": 3},
        ),
        (
            "worker liveness probe on 8080/tcp, dead after 2 consecutive failures",
            "livenessProbe",
            {"tcpSocket": {"port": 8080}, "failureThreshold": 2},
        ),
        (
            "frontend readiness check every 5s, ready again after 2 successes",
            "readinessProbe",
            {"periodSeconds": 5, "successThreshold": 2},
        ),
    ],
)
def test_probe_fields_said_in_words_are_set_in_their_role(
    op: Operator, intent: str, probe: str, expected: dict[str, Any]
) -> None:
    spec = _container(op, intent)[probe]
    for key, value in expected.items():
        assert spec[key] == value, (key, spec)


@pytest.mark.parametrize(
    "intent",
    [
        # A number no field reads, a field said with two values, a threshold of zero.
        "payments liveness: tcp 8080, every 10s, 7",
        "worker readiness: unready after 3 failures, failureThreshold 5",
        "worker readiness probe every 10s, unready after 0 failures",
    ],
)
def test_a_probe_number_not_read_in_one_role_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# ---------------------------------------------------------------- rollout strategy
@pytest.mark.parametrize(
    ("intent", "surge", "unavailable"),
    [
        ("frontend: surge 2, zero unavailable", 2, 0),
        ("rollouts of payments should add 1 extra pod and keep 0 unavailable", 1, 0),
        ("maxUnavailable 0, surge 1 for my-api rollouts", 1, 0),
        ("payments rolling update with max surge 25% and max unavailable 0", "25%", 0),
    ],
)
def test_surge_and_unavailable_said_for_rollouts_set_the_strategy(
    op: Operator, intent: str, surge: int | str, unavailable: int | str
) -> None:
    (patch,) = _ops(op, intent)
    rolling = patch["patch"]["spec"]["strategy"]["rollingUpdate"]
    assert rolling == {"maxSurge": surge, "maxUnavailable": unavailable}


def test_max_unavailable_beside_a_drain_stays_a_budget(op: Operator) -> None:
    (apply,) = _ops(op, "pdb for payments, maxUnavailable 1 during node upgrades")
    assert apply["manifest"]["kind"] == "PodDisruptionBudget"
    assert apply["manifest"]["spec"]["maxUnavailable"] == 1


# ---------------------------------------------------------------- disruption budgets
@pytest.mark.parametrize(
    ("intent", "field", "value"),
    [
        ("during node drains payments must keep 2 pods", "minAvailable", 2),
        ("never let drains take payments below 50% of its pods", "minAvailable", "50%"),
        ("payments: no fewer than 2 pods during maintenance", "minAvailable", 2),
        ("frontend must retain half its replicas during node upgrades", "minAvailable", "50%"),
        ("payments should never lose more than one pod during node upgrades", "maxUnavailable", 1),
        ("my-api should lose at most one pod at a time during drains", "maxUnavailable", 1),
    ],
)
def test_a_floor_or_ceiling_said_beside_a_disruption_is_the_budget(
    op: Operator, intent: str, field: str, value: int | str
) -> None:
    (apply,) = _ops(op, intent)
    spec = apply["manifest"]["spec"]
    assert apply["manifest"]["kind"] == "PodDisruptionBudget"
    assert spec[field] == value
    assert {"minAvailable", "maxUnavailable"} - {field} - set(spec) == {
        "minAvailable",
        "maxUnavailable",
    } - {field}


def test_a_share_with_no_exact_percent_is_asked(op: Operator) -> None:
    question = asks(op, "keep at least a third of payments pods during maintenance").question
    assert "exact count or percent" in (question or "")


# ---------------------------------------------------------------- placement with a count
@pytest.mark.parametrize(
    ("intent", "kind", "name", "replicas", "field"),
    [
        ("run payments as 4 instances across availability zones", "Deployment", "payments", 4,
         "topologySpreadConstraints"),
        ("keep 3 replicas of orders on different nodes, if possible", "Deployment", "orders", 3,
         "preferredDuringSchedulingIgnoredDuringExecution"),
        ("spread frontend across zones with 5 pods", "Deployment", "frontend", 5,
         "topologySpreadConstraints"),
    ],
)  # fmt: skip
def test_a_replica_count_said_with_a_placement_is_scaled_with_it(
    op: Operator, intent: str, kind: str, name: str, replicas: int, field: str
) -> None:
    scale, patch = _ops(op, intent)
    assert scale["kind"] == "scale"
    assert scale["replicas"] == replicas
    assert scale["target"]["kind"] == kind
    assert scale["target"]["name"] == name
    assert field in json.dumps(patch["patch"])


def test_the_count_of_an_anti_affinity_rule_is_no_replica_count(op: Operator) -> None:
    (patch,) = _ops(op, "never run two my-api pods on the same node")
    assert patch["kind"] == "patch"
    assert "requiredDuringSchedulingIgnoredDuringExecution" in json.dumps(patch["patch"])


# ---------------------------------------------------------------- scrape port, ingress source
def test_a_port_said_after_on_is_scraped_by_the_container_port_it_names(op: Operator) -> None:
    (apply,) = _ops(op, "scrape the envoy sidecar of orders on 9901, path /stats/prometheus")
    endpoint = apply["manifest"]["spec"]["podMetricsEndpoints"][0]
    assert endpoint["port"] == "admin"
    assert endpoint["path"] == "/stats/prometheus"


@pytest.mark.parametrize(
    "intent",
    [
        "postgres reachable only from tier=backend pods, tcp 5432",
        "lock down postgres so only the backend tier can connect, port 5432",
    ],
)
def test_ingress_from_a_tier_on_the_port_said(op: Operator, intent: str) -> None:
    (apply,) = _ops(op, intent)
    spec = apply["manifest"]["spec"]
    assert spec["podSelector"] == {"matchLabels": {"app": "postgres"}}
    assert spec["ingress"] == [
        {
            "from": [{"podSelector": {"matchLabels": {"tier": "backend"}}}],
            "ports": [{"protocol": "TCP", "port": 5432}],
        }
    ]


def test_a_tier_no_workload_carries_is_asked(op: Operator) -> None:
    asks(op, "postgres should only accept connections from the gold tier")


# ---------------------------------------------------------------- autoscaler bounds
@pytest.mark.parametrize(
    ("intent", "minimum", "maximum"),
    [
        ("autoscale worker on cpu 60%, 2 at minimum and 6 tops", 2, 6),
        ("hpa for frontend: 3 replicas minimum, 9 max, cpu 70%", 3, 9),
        ("payments should autoscale up to 7 on cpu at 80%, keeping at least the 2 it runs", 2, 7),
    ],
)
def test_autoscaler_bounds_said_after_their_number(
    op: Operator, intent: str, minimum: int, maximum: int
) -> None:
    hpa = next(o for o in _ops(op, intent) if o["target"]["kind"] == "HorizontalPodAutoscaler")
    spec = hpa["manifest"]["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (minimum, maximum)


def test_a_bound_said_before_its_number_is_never_read_after_the_other(op: Operator) -> None:
    # "min 2 max 10": 2 is the minimum, never "2 max".
    hpa = next(
        o
        for o in _ops(op, "hpa on payments, memory only, 80% utilization, min 2 max 6")
        if o["target"]["kind"] == "HorizontalPodAutoscaler"
    )
    spec = hpa["manifest"]["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (2, 6)
