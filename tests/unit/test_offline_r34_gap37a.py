"""Round 34, helper gap37a: blind37's misses in scale, autoscale and resources, as shapes.

- Taglish (:func:`dotop_nb.planner.offline.tongues.taglish`): "Wag galawin yung seat redis (cache
  sts)" is "don't touch the cache StatefulSet" — unread, the last workload named was scaled
  instead of the one asked (unsafe); "Dagdag 2 replicas sa frontend" adds two, never sets two;
  "yung" and "po" are particles; "Lagyan ng 1 CPU limit at 2Gi memory limit" puts both limits.
- A container said bare with "not" ("App container not.", "Not the app container.") is the one
  the change leaves alone, when the change patches the other container only.
- "Put my-api to 4 pcs": pieces, pods (as "4 piece" already was).
- "bump my-api to 5 copies, we hired 12 more techs": what people did, the reason — never a step
  of the count.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import tongues
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (1) A Filipino prohibition: what it names is left alone, and the order's own target changes.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Yung seat-lock worker (worker), gawing three replicas po. Wag galawin yung seat redis "
            "(cache sts).",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "Paki-scale yung worker to 3 po. Huwag galawin yung cache statefulset.",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "scale payments to 4 po, wag galawin yung cache sts",
            "scale deployment/payments in shop to 4 replicas",
        ),
        (
            "Yung frontend gawing 5 replicas po. Yung my-api wag galawin.",
            "scale deployment/frontend in shop to 5 replicas",
        ),
    ],
)
def test_a_taglish_prohibition_leaves_what_it_names(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "Wag galawin yung cache sts.",
        "Yung worker po, wag galawin.",
    ],
)
def test_a_taglish_prohibition_alone_changes_nothing(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2) "Dagdag N": N more, never N.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Dagdag 2 replicas sa booking site (frontend) po, ang daming nagbo-book para sa undas.",
            "scale deployment/frontend in shop to 5 replicas",
        ),
        ("Dagdag 2 replicas sa frontend", "scale deployment/frontend in shop to 5 replicas"),
        (
            "Dagdagan ng 1 replica yung payments po.",
            "scale deployment/payments in shop to 3 replicas",
        ),
        ("Paki-dagdag 2 replicas sa frontend.", "scale deployment/frontend in shop to 5 replicas"),
    ],
)
def test_dagdag_adds(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# "Bawasan (ng) N": N fewer, never N (it scaled frontend to 1 on main).
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("Bawasan 1 replica sa frontend", "scale deployment/frontend in shop to 2 replicas"),
        (
            "Bawasan ng 1 replica yung frontend po",
            "scale deployment/frontend in shop to 2 replicas",
        ),
    ],
)
def test_bawasan_takes_away(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_bawasan_to_nothing_asks(op: Operator) -> None:
    asks(op, "Paki-bawas 2 replicas sa payments")


# (3) Taglish resources: the container left alone, and two limits joined by "at".
def _resources(op: Operator, intent: str) -> list[dict[str, object]]:
    _, body = plans(op, intent)
    patch = json.loads(body)[0]["patch"]
    return list(patch["spec"]["template"]["spec"]["containers"])


@pytest.mark.parametrize(
    ("intent", "container", "limits"),
    [
        (
            "Envoy ng parcel orders (orders), memory limit 128Mi -> 256Mi po. Yung app container "
            "wag galawin.",
            "envoy",
            {"memory": "256Mi"},
        ),
        (
            "Yung seat redis (cache sts) po walang limits. Lagyan ng 1 CPU limit at 2Gi memory "
            "limit.",
            "redis",
            {"cpu": "1", "memory": "2Gi"},
        ),
        (
            "Yung cache sts walang limits. Lagyan ng 500m cpu limit at 1Gi memory limit po.",
            "redis",
            {"cpu": "500m", "memory": "1Gi"},
        ),
    ],
)
def test_taglish_resources(
    op: Operator, intent: str, container: str, limits: dict[str, str]
) -> None:
    (only,) = _resources(op, intent)
    assert only["name"] == container
    assert only["resources"] == {"limits": limits}


def test_english_at_is_never_read_as_and() -> None:
    assert tongues.taglish("set the cpu limit at 2 on cache") == "set the cpu limit at 2 on cache"
    assert tongues.taglish("scale yung worker to 3 at 22:00 po") == (
        "scale the worker to 3 at 22:00"
    )
    # ("po" alone is no Filipino sentence: a purchase order, a name)
    assert tongues.taglish("scale worker to 3, see PO 4411") == "scale worker to 3, see PO 4411"
    # (a name or a quoted value keeps its words)
    assert tongues.taglish("set GREETING='salamat po' on yung frontend") == (
        "set GREETING='salamat po' on the frontend"
    )


# (4) A container said bare with "not": the one left alone.
@pytest.mark.parametrize(
    ("intent", "container"),
    [
        ("Envoy in plank orders orders: cpu limit 100m to 200m. App container not.", "envoy"),
        ("envoy in orders: cpu limit 100m to 200m. Not the app container.", "envoy"),
        ("orders app: memory limit 512Mi -> 1Gi. Envoy sidecar not.", "app"),
        ("orders: memory limit 512Mi -> 1Gi. Envoy container not", "app"),
        ("orders: memory limit 512Mi -> 1Gi. Not envoy.", "app"),
    ],
)
def test_a_container_said_with_not_is_left_alone(op: Operator, intent: str, container: str) -> None:
    assert [c["name"] for c in _resources(op, intent)] == [container]


@pytest.mark.parametrize(
    "intent",
    [
        # (a restart acts on the whole pod: the container cannot be left out)
        "restart orders. Not the app container.",
        "restart orders. App container not.",
    ],
)
def test_a_container_left_out_of_a_whole_pod_change_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) "N pcs": pods.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("Put log-intake API my-api to 4 pcs.", "scale deployment/my-api in shop to 4 replicas"),
        ("scale worker to 3 pcs", "scale deployment/worker in shop to 3 replicas"),
        ("make the web shop (frontend) 6 pcs", "scale deployment/frontend in shop to 6 replicas"),
        ("put my-api to 4 pc.", "scale deployment/my-api in shop to 4 replicas"),
    ],
)
def test_pieces_are_pods(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# (6) What people did, told beside the count: the reason.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "bump the callout api my-api to 5 copies, we hired 12 more techs",
            "scale deployment/my-api in shop to 5 replicas",
        ),
        (
            "scale worker to 4, we onboarded 3 more customers this week",
            "scale deployment/worker in shop to 4 replicas",
        ),
        (
            "scale worker to 4 replicas, since we signed 2 more banks",
            "scale deployment/worker in shop to 4 replicas",
        ),
    ],
)
def test_people_told_with_more_are_the_reason(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "add two more containers to worker",
        "scale payments, we got 3 more merchants",
        "scale worker, we need 2 more containers",
    ],
)
def test_more_of_something_else_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) "cpu 75 %": the percent sign after a space is the same percentage; a quoted value stays.
def _target_utilisation(op: Operator, intent: str) -> int:
    _, body = plans(op, intent)
    manifest = json.loads(body)[0]["manifest"]
    return int(manifest["spec"]["metrics"][0]["resource"]["target"]["averageUtilization"])


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("Log-intake API my-api needs autoscaling, minimum 2 maximum 8, cpu 75 %.", 75),
        ("autoscale my-api min 2 max 8 at 75 % cpu", 75),
        ("hpa for payments 2..6 cpu 60 %", 60),
        ("autoscale frontend, min 2, max 6, target cpu 70\u00a0%", 70),
    ],
)
def test_a_spaced_percent_is_the_percentage(op: Operator, intent: str, target: int) -> None:
    assert _target_utilisation(op, intent) == target


def test_a_quoted_spaced_percent_stays_as_said(op: Operator) -> None:
    _, body = plans(op, "set MSG='75 %' on my-api")
    assert "75 %" in body


@pytest.mark.parametrize("intent", ["Log - scale my-api to 4", "Log: scale my-api to 4"])
def test_a_log_label_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (8) A rate of things that are no pods, beside a scale: how busy it is.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Plank orders orders 2 -> 1 replica. Only 40 orders per day now, the carpenter shop "
            "customers went to the new portal. PDB orders stays like it is.",
            "scale deployment/orders in shop to 1 replicas",
        ),
        (
            "orders 2 -> 1 replica. Only 40 orders a day now.",
            "scale deployment/orders in shop to 1 replicas",
        ),
        (
            "scale payments to 3, we do 900 payments/hour at peak",
            "scale deployment/payments in shop to 3 replicas",
        ),
        (
            "scale worker to 3, it handles 200 jobs per minute",
            "scale deployment/worker in shop to 3 replicas",
        ),
    ],
)
def test_a_rate_beside_a_scale_is_context(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


# (9) A nickname's noun before the name is no kind: only the head noun is ("route API my-api").
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Task: scale route API my-api to 6. Execute.",
            "scale deployment/my-api in shop to 6 replicas",
        ),
        ("restart route API my-api", "restart the pods of deployment/my-api in shop"),
    ],
)
def test_a_kind_word_inside_a_nickname(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent", ["scale route my-api to 6", "scale job worker to 2", "restart ingress worker"]
)
def test_a_kind_word_right_before_the_name_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (10) A state said under a label, then "triple it": the state is the reason; a lag in minutes
# is no count of pods.
@pytest.mark.parametrize(
    "intent",
    [
        "BLUF: van-tracking worker (worker) is 25 min behind on GPS pings. Task: triple it.",
        "Situation: worker is 25 minutes behind. Task: triple it.",
    ],
)
def test_a_lag_then_triple_it(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["scale deployment/worker in shop to 3 replicas"]


def test_a_wrong_count_said_as_the_live_one_still_asks(op: Operator) -> None:
    asks(op, "frontend has 4 pods, double it")


# (11) Drains said stuck beside an order of another change: the reason for it, never a relax of
# the budget too (the PDB patched beside the scale, even with "don't change the PDB", was unsafe).
@pytest.mark.parametrize(
    "intent",
    [
        "the orders runs 2 pods under a PDB with minAvailable 2, so drains hang. Scale orders to "
        "3; don't change the PDB.",
        "orders runs 2 pods under a PDB with minAvailable 2, so drains hang. Scale orders to 3.",
        "drains hang on orders, scale it to 3",
    ],
)
def test_drains_stuck_beside_a_scale_are_its_reason(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["scale deployment/orders in shop to 3 replicas"]


@pytest.mark.parametrize(
    "intent", ["drains hang on orders", "drains hang on orders, relax its pdb"]
)
def test_drains_stuck_alone_still_relax_the_budget(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["patch poddisruptionbudget/orders in shop (merge)"]


def test_a_state_of_another_workload_still_asks(op: Operator) -> None:
    asks(op, "note: frontend has 2 replicas. scale my-api to 4")
    assert summaries(op, "note: frontend has 2 replicas. scale frontend to 4") == [
        "scale deployment/frontend in shop to 4 replicas"
    ]
