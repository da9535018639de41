"""Round 31, helper a35b: a context number never becomes the order's value (attack35's shapes).

(5) The load seen now, said beside an autoscaler ("autoscale my-api, cpu at 93% right now",
"(load at 97%)", "currently at 97% cpu") set its target to that load; a replica count said to stay
("restart worker, still 5 replicas", "keep replicas at 5") was planned as a scale. (9) "7 restarts
today" beside an order added a restart (and "give payments 2 times more pods (7 restarts today)"
dropped the scale). Over-asks: a clear order beside a piece that only tells what is seen with a
number ("p99 at 800ms", "queue at 1200", "2 of 3 ready", "9 at peak", "3 nodes left", "5xx at
12%", "2 replicas unchanged") was asked; the autoscaler's fields named in slash form in any order
("cpu/min/max = 60/3/9", "max/min = 9/3") or "cpu 60 min 3 max 9" were asked. Rule
(:mod:`dotop_nb.planner.offline.observed`): a piece — before the order and a comma, a dash or a
full stop, after it, or in brackets — whose every word is such an observation is dropped from
the words the planner reads; a number that could be the request itself ("autoscale my-api, cpu
at 85%") keeps its reading."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import observed
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)

_SCALE4 = "scale deployment/payments in shop to 4 replicas"
_RESTART_PAYMENTS = "restart the pods of deployment/payments in shop"
_RESTART_WORKER = "restart the pods of deployment/worker in shop"
_BUMP = (
    "set image of container payments in deployment/payments in shop to ghcr.io/acme/payments:3.1.0"
)
_CONFIG = "patch configmap/my-api-config in shop (merge)"


def _hpa(op: Operator, intent: str) -> tuple[int, int, int]:
    proposal, _ = plans(op, intent)
    (operation,) = proposal.operations
    spec = operation.model_dump(mode="json")["manifest"]["spec"]
    target = spec["metrics"][0]["resource"]["target"]["averageUtilization"]
    return spec["minReplicas"], spec["maxReplicas"], target


# (5) The load seen now is never the autoscaler's target.
@pytest.mark.parametrize(
    ("intent", "bounds"),
    [
        ("autoscale my-api, cpu at 93% right now", (None, None)),
        ("add an hpa to my-api, cpu at 93% now", (None, None)),
        ("autoscale payments, currently at 97% cpu", (None, None)),
        ("currently at 97% cpu, autoscale payments", (None, None)),
        ("autoscale my-api, cpu: 85% right now", (None, None)),
        ("autoscale my-api, (load at 97%)", (None, None)),
        ("(load at 97%), autoscale my-api", (None, None)),
        ("autoscale my-api min 3 max 9, cpu at 93% now", (3, 9)),
        ("autoscale my-api min 3 max 9 - memory usage at 91% today", (3, 9)),
        ("autoscale payments min 3 max 9 (cpu at 88% at the moment)", (3, 9)),
    ],
)
def test_load_seen_now_is_no_target(
    op: Operator, intent: str, bounds: tuple[int | None, int | None]
) -> None:
    low, high, target = _hpa(op, intent)
    assert target == 70  # the default: no target was said
    if bounds[0] is not None:
        assert (low, high) == bounds


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # A target said beside the load seen: the target.
        ("hpa my-api cpu:60 min:3 max:9, cpu at 93% now", (3, 9, 60)),
        ("autoscale payments: min/max/cpu = 3/9/60, 2 replicas now", (3, 9, 60)),
        ("hpa payments min:3 max:8 cpu:65 (9 at peak)", (3, 8, 65)),
        ("was 6 last week, hpa payments min:3 max:8 cpu:65", (3, 8, 65)),
        ("autoscale payments: minReplicas:3 maxReplicas:9 targetCPU:60, was 2/10/70", (3, 9, 60)),
        ("p99 at 800ms, hpa payments min:3 max:8 cpu:65", (3, 8, 65)),
        # Near misses: a percent said after a comma may be the target itself (kept).
        ("autoscale my-api, cpu at 85%", (2, 10, 85)),
        ("autoscale frontend 2-10, cpu at 70%", (2, 10, 70)),
        ("autoscale my-api at 80% cpu", (2, 10, 80)),
    ],
)
def test_target_said_beside_what_is_seen(
    op: Operator, intent: str, expected: tuple[int, int, int]
) -> None:
    low, high, target = _hpa(op, intent)
    assert (low, high, target) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # A count of a moment beside an autoscaler with a bound unsaid may be that bound: asked.
        "autoscale my-api, 9 at peak",
        # The reason's percent stays asked (round 19).
        "autoscale my-api because cpu sat at 90% all week",
    ],
)
def test_autoscaler_count_that_may_be_a_bound_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A replica count said to stay is never a scale.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # (The count said is the one it runs: worker 1, my-api 2, payments 2.)
        ("restart worker, still 1 replicas", [_RESTART_WORKER]),
        ("restart worker, 1 replicas unchanged", [_RESTART_WORKER]),
        ("restart worker - replicas stay at 1", [_RESTART_WORKER]),
        ("set LOG_LEVEL=debug on my-api, replicas stay at 2", [_CONFIG]),
        ("set LOG_LEVEL=debug on my-api, still 2 replicas", [_CONFIG]),
        ("bump payments to 3.1.0, 2 replicas unchanged", [_BUMP]),
        ("bump payments to 3.1.0, replicas 2 unchanged", [_BUMP]),
        ("bump payments to 3.1.0 (replicas: 2, unchanged)", [_BUMP]),
        ("bump payments to 3.1.0; still 2 pods", [_BUMP]),
    ],
)
def test_replicas_said_to_stay_are_no_scale(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        # "keep replicas at N" beside another order: a scale the speaker may not want — asked.
        "restart worker, keep replicas at 5",
        "bump payments to 3.1.0, keep replicas at 3",
        "switch frontend to 2.2.0, keeping the replica count at 5",
        # The count said to stay is not the one it runs: it may be the request — asked.
        "restart worker, still 5 replicas",
        "restart worker, 5 replicas unchanged",
        "set LOG_LEVEL=debug on my-api, replicas stay at 3",
        "bump payments to 3.1.0, replicas 3 unchanged",
        "bump payments to 3.1.0 (replicas: 5, unchanged)",
        "roll back checkout, replicas stay at 4",
        # The order changes the count said to stay: asked (stays.py).
        "scale worker to 3, still 5 replicas",
        "scale worker to 3, replicas stay at 5",
        "scale payments to 4 (replicas: 2, unchanged)",
    ],
)
def test_replicas_kept_beside_a_scale_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (9) "N restarts" is a count of what happened, never a restart.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("scale payments to 4, 7 restarts today", [_SCALE4]),
        ("give payments 2 times more pods (7 restarts today)", [_SCALE4]),
        ("7 restarts today, scale payments to 4", [_SCALE4]),
        ("scale payments to 4; 12 crashes since the deploy", [_SCALE4]),
        ("scale payments to 4. 3 oom kills this morning.", [_SCALE4]),
        ("restart worker - OOMKilled 5 times", [_RESTART_WORKER]),
        # Near miss: a restart ordered beside the count is planned.
        ("restart payments, 7 restarts today", [_RESTART_PAYMENTS]),
    ],
)
def test_restarts_counted_are_no_restart(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


def test_restarts_counted_beside_a_resource_change(op: Operator) -> None:
    planned = summaries(op, "set payments cpu request to 250m, 7 restarts today")
    assert planned == ["patch deployment/payments in shop (strategic)"]


# Over-asks: a clear order beside what is seen, with a number.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4, p99 at 800ms",
        "scale payments to 4 (queue at 1200)",
        "2 of 3 ready, scale payments to 4",
        "scale payments to 4 - 9 at peak",
        "3 nodes left, scale payments to 4",
        "scale payments to 4, 5xx at 12%",
        "scale payments to 4, latency 450ms",
        "error rate 7% - scale payments to 4",
        "scale payments to 4 (currently 2)",
        "scale payments to 4, p99 at 800ms with 2 pods",
        "currently 2 replicas at 90% cpu, scale payments to 4",
        "with 2 pods at 90% cpu, scale payments to 4",
        "scale payments to 4 (2 now, 9 at peak)",
        "node-3 down, scale payments to 4",
        "scale payments to 4 - we had 6 last week",
        "scale payments to 4, currently 2 of 3 ready",
    ],
)
def test_scale_beside_what_is_seen(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_SCALE4]


@pytest.mark.parametrize(
    "intent",
    [
        "set payments cpu request to 250m (queue at 1200)",
        "p99 at 800ms, set payments cpu request to 250m",
        "set payments cpu request to 250m - 2 of 3 ready",
    ],
)
def test_resources_beside_what_is_seen(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["patch deployment/payments in shop (strategic)"]


@pytest.mark.parametrize(
    "intent",
    [
        "pdb for frontend, 1 down allowed (currently 3 replicas)",
        "pdb for frontend, 1 down allowed, p99 at 800ms",
        "queue at 1200, pdb for frontend, 1 down allowed",
    ],
)
def test_budget_beside_what_is_seen(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    (operation,) = proposal.operations
    spec = operation.model_dump(mode="json")["manifest"]["spec"]
    assert spec.get("maxUnavailable") == 1
    assert "minAvailable" not in spec


@pytest.mark.parametrize(
    "intent",
    [
        # A number that is the order's own or could be: still asked or read as said.
        "scale payments to 4, 9",
        "scale payments, 5 now",
        "scale payments to 4, then 6",
        "scale payments to 4 (or 6)",
        # Said as the observation's own clause with another verb: never dropped whole.
        "scale payments to 4 and set the queue to 1200",
        # A count said to run now that is not the live one (payments runs 2): asked.
        "scale payments to 4 (3 now, 9 at peak)",
        "scale worker to 4, currently 3",
        "currently 5 replicas at 90% cpu, scale payments to 4",
    ],
)
def test_numbers_that_may_be_the_request_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


# The autoscaler's fields named in slash form in any order, or before the bounds.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("autoscale my-api: cpu/min/max = 60/3/9", (3, 9, 60)),
        ("hpa payments min/cpu/max = 3/60/9", (3, 9, 60)),
        ("hpa my-api max/min = 9/3", (3, 9, 70)),
        ("autoscale payments: min/max = 3/9", (3, 9, 70)),
        ("hpa my-api CPU/Min/Max = 60/3/9", (3, 9, 60)),
        ("hpa my-api cpu 60 min 3 max 9", (3, 9, 60)),
        ("autoscale payments: cpu 60 min 3 max 9", (3, 9, 60)),
        ("hpa my-api memory 75 max 8 min 2", (2, 8, 75)),
        # Near misses that planned before.
        ("hpa my-api min/max/cpu = 3/9/60", (3, 9, 60)),
        ("autoscale checkout min 3 max 9 cpu 60", (3, 9, 60)),
    ],
)
def test_autoscaler_fields_in_any_order(
    op: Operator, intent: str, expected: tuple[int, int, int]
) -> None:
    assert _hpa(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "hpa my-api min/max = 3/9/60",  # three numbers, two fields
        "hpa my-api foo/max = 3/9",  # a field not known
        "hpa frontend 2/8/70",  # no field named
    ],
)
def test_autoscaler_slashes_not_read_ask(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_observed_pieces_unit() -> None:
    assert observed.dropped("scale payments to 4, 7 restarts today") == "scale payments to 4"
    assert observed.dropped("autoscale my-api, cpu at 93% right now") == "autoscale my-api"
    assert observed.dropped("autoscale my-api, cpu at 93%") == "autoscale my-api, cpu at 93%"
    assert observed.dropped("p99 at 800ms - restart worker") == "restart worker"
    assert observed.dropped("restart worker (2 of 3 ready)") == "restart worker"
    assert observed.dropped("restart worker") == "restart worker"
    # A piece alone is no order left beside it: the message is kept.
    assert observed.dropped("p99 at 800ms, 9 at peak") == "p99 at 800ms, 9 at peak"
    assert observed.stays_dropped("restart worker, still 5 replicas") == "restart worker"
    assert observed.stays_dropped("scale worker to 5 replicas") == "scale worker to 5 replicas"


# A load said aside (brackets, a dash) with no other percent: seen or target? — asked.
@pytest.mark.parametrize(
    "intent",
    [
        "autoscale my-api, (cpu at 97%)",
        "add an hpa to payments, (cpu at 85%)",
        "autoscale my-api min 3 max 9, (memory at 90%)",
        "autoscale my-api, - cpu at 93%",
        "autoscale payments min 3 max 9 - cpu usage at 88%",
    ],
)
def test_load_said_aside_asks(op: Operator, intent: str) -> None:
    assert "load seen now" in asks(op, intent).question


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # Near misses: the target said in brackets as a target, or a moment said with the load.
        ("autoscale frontend 2-10 (cpu 70%)", (2, 10, 70)),
        ("autoscale frontend 2-10 (cpu: 70%)", (2, 10, 70)),
        ("autoscale my-api (at 75% cpu)", (2, 10, 75)),
        ("autoscale my-api min 3 max 9 (cpu at 97% right now)", (3, 9, 70)),
        ("autoscale my-api min 3 max 9 at 60% cpu (cpu at 97% now)", (3, 9, 60)),
    ],
)
def test_target_in_brackets_still_planned(
    op: Operator, intent: str, expected: tuple[int, int, int]
) -> None:
    assert _hpa(op, intent) == expected
