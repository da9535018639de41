"""Round 33, helper a37a: attack37's shapes of context numbers and counts, re-run on main.

The shapes (/work/notes/w33/re37/misses_main.txt): the load said as a piece of its own beside an
autoscaler became its target ("93% cpu: autoscale my-api", "autoscale my-api, cpu at 93
percent", "add an hpa to my-api (93% utilization now)"); what is seen of a workload said with
nothing but its name was planned as a value ("my-api, running 5 pods" scaled to 5, "frontend x7
traffic" to 21, "worker, at 400Mi memory" set 400Mi) and so was a value said before a wish with
none ("my-api memory 400Mi: give it more"); a count of restarts said after the workload's label
was the verb ("payments: 4 restarts. more pods please" restarted payments); a database made to
"tolerate a node dying" or "survive node loss" with a count, or told to "replicate it", was
scaled (empty independent databases); a factor said before the name ("x6 frontend") multiplied;
and counts said before or beside a numbered order asked ("9 restarts in the last hour - …",
"restarts: 11. …", "with 3 nodes, …", "93% cpu, 9 restarts, x3 traffic: …", "payments at 2
replicas; scale it to 6") or waited ("after 5 restarts: …").
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import observed
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_NAMES = frozenset({"my-api", "frontend", "payments", "worker", "orders"})


def _target(op: Operator, intent: str) -> int:
    proposal, body = plans(op, intent)
    assert "HorizontalPodAutoscaler" in [o.target.kind for o in proposal.operations]
    for operation in json.loads(body):
        manifest = operation.get("manifest") or {}
        if manifest.get("kind") == "HorizontalPodAutoscaler":
            metric = manifest["spec"]["metrics"][0]["resource"]["target"]
            return int(metric["averageUtilization"])
    raise AssertionError(body)


# (1) The load said as a head or with a moment is never the target.
@pytest.mark.parametrize(
    "intent",
    [
        "93% cpu: autoscale my-api",
        "cpu at 93 percent: autoscale frontend",
        "at 93% cpu: autoscale payments",
        "93% utilization: autoscale worker",
        "93% cpu: add an hpa to my-api",
        "cpu at 93%: add an hpa to payments",
        "memory at 88%: autoscale my-api",
    ],
)
def test_a_load_said_as_a_piece_of_its_own_asks(op: Operator, intent: str) -> None:
    assert "load seen now" in asks(op, intent).question


@pytest.mark.parametrize(
    "intent",
    [
        "add an hpa to my-api (93 percent cpu now)",
        "add an hpa to frontend (93% utilization now)",
        "add an hpa to payments (cpu 93% now)",
        "autoscale my-api, 93 percent cpu right now",
    ],
)
def test_a_load_said_with_its_moment_is_dropped(op: Operator, intent: str) -> None:
    assert _target(op, intent) == 70  # the default: no target said


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        # Near misses: a target said in the order, after a colon, with a word of target or
        # beside the bounds stays the target.
        ("autoscale my-api at 80% cpu", 80),
        ("autoscale my-api: cpu 70%", 70),
        ("autoscale my-api, target 65% cpu", 65),
        ("autoscale my-api, 75% cpu target", 75),
        ("hpa for my-api: 70% cpu", 70),
        ("autoscale frontend 2-10, cpu at 60%", 60),
        ("autoscale payments min 2 max 6, 80% cpu", 80),
        ("autoscale my-api (at 75% cpu)", 75),
        # (The lead, at the merge: a comma's tail after the order is the terse target, as
        # rounds 31 and 32 decided — attack37 counted it seen; the order said first decides.)
        ("autoscale my-api, 93% cpu", 93),
        ("autoscale frontend, cpu at 93 percent", 93),
        ("autoscale payments, cpu 93%", 93),
        ("autoscale my-api, at 93% cpu", 93),
        ("autoscale worker, 93% utilization", 93),
        ("autoscale my-api; avg cpu 91%", 91),
        ("hpa for payments, cpu 70%", 70),
        ("autoscale my-api, cpu at 85%", 85),
    ],
)
def test_a_target_said_stays_the_target(op: Operator, intent: str, value: int) -> None:
    assert _target(op, intent) == value


# (2) What is seen of a workload, said with nothing but its name, is no order.
@pytest.mark.parametrize(
    "intent",
    [
        "my-api, at 400Mi memory",
        "frontend at 400Mi memory",
        "payments, memory at 400Mi",
        "worker, using 900m cpu",
        "my-api, traffic x7",
        "frontend x7 traffic",
        "payments, running 5 pods",
        "worker, holds 5 replicas",
        "my-api keeps 5 replicas",
        "frontend, it's running 4 pods",
        "orders, load 3x",
        "my-api, 93% cpu",
        "payments, 7 restarts today",
    ],
)
def test_what_is_seen_alone_asks(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "what is seen now" in question


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # Near misses: a terse order with its value stays an order.
        ("my-api 5 replicas", ["scale deployment/my-api in shop to 5 replicas"]),
        ("my-api, 5 replicas", ["scale deployment/my-api in shop to 5 replicas"]),
        ("payments: scale to 4", ["scale deployment/payments in shop to 4 replicas"]),
        ("frontend x2 traffic, scale it to 6", ["scale deployment/frontend in shop to 6 replicas"]),
    ],
)
def test_a_terse_order_stays(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


def test_only_seen_reads_the_name_and_the_piece() -> None:
    assert observed.only_seen("my-api, running 5 pods", _NAMES) == "running 5 pods"
    assert observed.only_seen("my-api memory at 400Mi", _NAMES) == "memory at 400Mi"
    # (not a workload's name, a terse order, a count said with no separator: not here)
    assert observed.only_seen("node-1, running 5 pods", _NAMES) is None
    assert observed.only_seen("my-api memory 400Mi", _NAMES) is None
    assert observed.only_seen("worker 8 restarts overnight", _NAMES) is None


# (3) A value said before a wish with none of its own is what is seen: the wish is asked.
@pytest.mark.parametrize(
    "intent",
    [
        "my-api traffic x7: give it more",
        "frontend memory 400Mi: give it more",
        "payments cpu 900m: give it more",
        "worker holds 5 replicas: give it more",
        "my-api memory at 400Mi: give it more resources",
        "payments cpu: 900m: more please",
        "raise the memory of my-api, memory at 400Mi",
        "raise the memory of frontend, it's at 400Mi memory",
    ],
)
def test_a_value_seen_before_a_wish_is_no_value(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert not proposal.operations


def test_a_value_beside_an_order_that_sets_resources_stays(op: Operator) -> None:
    proposal, body = plans(op, "set cpu request at 500m on worker, memory at 1Gi")
    assert "1Gi" in body
    assert [o.target.name for o in proposal.operations] == ["worker"]


# (4) A count of restarts after the workload's label is no restart; a wish beside it is asked.
@pytest.mark.parametrize(
    "intent",
    [
        "payments: 4 restarts. more pods please",
        "worker: crashloop 9 restarts. more memory please",
        "my-api: 6 restarts: bigger please",
        "frontend: 3 crashes today. more replicas please",
        "raise payments memory; 7 restarts from OOM",
    ],
)
def test_a_count_of_restarts_beside_a_wish_restarts_nothing(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert not proposal.operations


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("9 restarts in the last hour - restart worker", "restart the pods of deployment/worker"),
        ("9 restarts in the last hour - scale frontend to 6", "frontend in shop to 6 replicas"),
        ("restarts: 11. scale payments to 4", "payments in shop to 4 replicas"),
        ("restarts 8 since noon: scale my-api to 5", "my-api in shop to 5 replicas"),
        ("4 deploys since lunch: scale payments to 4", "payments in shop to 4 replicas"),
        ("8 restarts since midnight: set LOG_LEVEL=debug on my-api", "configmap/my-api-config"),
        ("scale payments to 4 (restart count 14)", "payments in shop to 4 replicas"),
        ("restart worker (restart count 14)", "restart the pods of deployment/worker"),
        ("with 3 nodes, scale payments to 5", "payments in shop to 5 replicas"),
        ("93% cpu, 9 restarts, x3 traffic: scale payments to 7", "payments in shop to 7 replicas"),
        ("scale my-api to 7 (was 2, 9 restarts, 93% cpu)", "my-api in shop to 7 replicas"),
        ("cpu 93%, restart frontend", "restart the pods of deployment/frontend"),
        ("traffic up 300%: scale frontend to 9", "frontend in shop to 9 replicas"),
        ("payments at 2 replicas; scale it to 6", "payments in shop to 6 replicas"),
        ("restart worker, running 5 pods", "restart the pods of deployment/worker"),
    ],
)
def test_counts_said_beside_an_order_are_context(op: Operator, intent: str, expected: str) -> None:
    planned = summaries(op, intent)
    assert len(planned) == 1, planned
    assert expected in planned[0]


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("after 5 restarts: scale my-api to 5", "my-api in shop to 5 replicas"),
        ("after 5 restarts: restart the orders deployment", "deployment/orders"),
        ("after 3 crashes - bump payments to 3.1.0", "payments:3.1.0"),
    ],
)
def test_a_head_of_what_came_before_awaits_nothing(
    op: Operator, intent: str, expected: str
) -> None:
    planned, awaits = summaries_and_awaits(op, intent)
    assert len(planned) == 1
    assert expected in planned[0]
    assert not awaits


@pytest.mark.parametrize(
    "intent",
    [
        # Near misses: said after the order, a count may be its condition — asked (round 32).
        "scale payments to 4, after 2 restarts",
        # An autoscaler with no bound said: a count of a moment may be the bound (round 31).
        "autoscale my-api, 9 at peak",
        # A load said beside the bounds stays asked when it is told of (round 31).
        "autoscale my-api min 3 max 9, (memory at 90%)",
    ],
)
def test_a_count_that_may_be_the_order_is_asked(op: Operator, intent: str) -> None:
    assert not asks(op, intent).operations


# (5) A database said to live through a node's loss, or to copy itself, with a count: asked.
@pytest.mark.parametrize(
    "intent",
    [
        "postgres must tolerate a node dying, 3 replicas",
        "the database must tolerate a node dying, 3 replicas",
        "postgres should survive node loss, 2 replicas",
        "redis should survive node loss, 2 replicas",
        "the db replicate it, 2 copies",
        "redis replicate it, 2 copies",
        "postgres has to withstand a host failure: 3 replicas",
    ],
)
def test_a_database_made_to_survive_with_a_count_asks(op: Operator, intent: str) -> None:
    assert "empty independent databases" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # Near misses: a stateless workload made to survive a node's loss is planned; a
        # database scaled by a count alone is a scale.
        ("my-api should survive node loss, 3 replicas", "deployment/my-api in shop to 3 replicas"),
        ("scale postgres to 3", "statefulset/postgres in shop to 3 replicas"),
    ],
)
def test_survival_of_a_stateless_workload_plans(op: Operator, intent: str, expected: str) -> None:
    assert any(expected in s for s in summaries(op, intent))


# (6) A factor said before the name: times that many, or that many replicas? Asked.
@pytest.mark.parametrize("intent", ["x6 frontend", "x2 my-api", "3x frontend", "x3 my-api pls"])
def test_a_factor_before_the_name_asks(op: Operator, intent: str) -> None:
    assert "times that many" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # Near misses: with its verb the factor multiplies (round 31); worker runs one replica,
        # so x4 is 4 either way (round 28).
        ("scale frontend x2", "frontend in shop to 6 replicas"),
        ("x4 worker", "worker in shop to 4 replicas"),
    ],
)
def test_a_factor_with_its_verb_or_of_one_replica_plans(
    op: Operator, intent: str, expected: str
) -> None:
    assert any(expected in s for s in summaries(op, intent))


# (7) The multiplier of the traffic is no multiplier of the replicas.
@pytest.mark.parametrize(
    "intent",
    ["payments needs more replicas, traffic x3", "frontend needs more replicas, traffic 3x"],
)
def test_a_traffic_factor_is_no_replica_count(op: Operator, intent: str) -> None:
    assert not asks(op, intent).operations
