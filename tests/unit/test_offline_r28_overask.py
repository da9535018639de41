"""Round 28, helper overask: clear orders the planner asked about (the older blind sets' misses).

The shapes: (1) a spread said with what it prevents, NEGATED ("spread payments across zones, not
pile up in one", "don't put all the frontend servers on the same host"): the pods together in
one place is what the spread is the remedy for, never a part of the plan left out — planned
when the place said is the one the spread is over; a number, a neighbour ("the same node as
postgres") or another place is still asked; (2) a config key said to GO to its value
("BATCH_SIZE in orders-config goes to 25"): the same move as "to" alone; (3) the pods a drain may
take said as what a scale is for ("scale orders to 3 so one pod can be drained"): no second
count, no budget; (4) a clock time given to a key ("BACS_WINDOW=21:00"): its value, never when
to run; (5) a key asked for with the modal first ("could FEATURE_X be switched on for my-api?"):
the request "FEATURE_X should be switched on"; (6) traffic from outside the namespace kept out
("nothing from outside the namespace can reach payments"): a policy that lets in the
namespace's own pods, never a deny-all; (7) one of two same-named workloads named with its
kind, the other negated with its own ("put redis:7.2 in the cache statefulset, not in the cache
deployment"): planned on the one named. The nearest phrasings that must ask still ask."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _spread(op: Operator, intent: str) -> str:
    """The topology key of the one spread the plan for ``intent`` patches in."""
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["patch"], body
    assert not proposal.awaits
    keys = {k for k in ("topology.kubernetes.io/zone", "kubernetes.io/hostname") if k in body}
    assert len(keys) == 1, body
    assert "topologySpreadConstraints" in body or "podAntiAffinity" in body
    return keys.pop()


# (1) The place the pods share, said negated beside a spread over it: planned.
@pytest.mark.parametrize(
    ("intent", "workload", "key"),
    [
        (
            "as discussed, payments should spread across zones, not pile up in one",
            "payments",
            "topology.kubernetes.io/zone",
        ),
        (
            "don't put all the frontend servers on the same host",
            "frontend",
            "kubernetes.io/hostname",
        ),
        ("spread frontend across nodes, not all on one node", "frontend", "kubernetes.io/hostname"),
        (
            "spread payments across zones, not in one zone",
            "payments",
            "topology.kubernetes.io/zone",
        ),
        (
            "spread my-api over the zones so it doesn't end up in one",
            "my-api",
            "topology.kubernetes.io/zone",
        ),
        (
            "spread frontend across nodes, not all in one zone",
            "frontend",
            "topology.kubernetes.io/zone",
        ),
        ("spread payments across zones, not all in one", "payments", "topology.kubernetes.io/zone"),
        (
            "payments shouldn't have both its pods on the same node",
            "payments",
            "kubernetes.io/hostname",
        ),
    ],
)
def test_a_spread_said_with_the_place_it_prevents_is_planned(
    op: Operator, intent: str, workload: str, key: str
) -> None:
    proposal, _ = plans(op, intent)
    assert {o.target.name for o in proposal.operations} == {workload}
    assert _spread(op, intent) == key


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # another place than the spread's, a number, a neighbour: asked as before
        ("spread frontend across zones, not all on one node", "not all on one node"),
        ("spread payments across zones, not pile up in 2", "2"),
        ("spread payments across zones, not more than 2 in one zone", "2"),
        ("spread payments across nodes, not on the same node as postgres", "postgres"),
        ("don't put payments on the same node as checkout", "checkout"),
    ],
)
def test_a_spread_with_another_place_or_a_number_is_asked(
    op: Operator, intent: str, said: str
) -> None:
    assert said in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        # the plain spreads and the times near "in one" keep their readings
        "spread payments across zones",
        "payments should spread across zones",
        "make payments HA",
        "keep payments pods off the same node",
    ],
)
def test_the_plain_spreads_still_plan(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert proposal.operations
    json.loads(body)


def test_in_one_is_still_a_time_after_a_change(op: Operator) -> None:
    # "in one" after a change is how soon ("in one [hour]"), never a place: asked as before.
    asks(op, "restart payments in one")


# (2) A key said to GO to its value ("BATCH_SIZE in orders-config goes to 25"): the same move as
# "to" alone, planned with the one key and value said; a window after it is still asked.
@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        ("BATCH_SIZE in orders-config goes to 25", "BATCH_SIZE", "25"),
        ("BATCH_SIZE goes to 25 in orders-config", "BATCH_SIZE", "25"),
        ("orders-config BATCH_SIZE goes to 25", "BATCH_SIZE", "25"),
        ("BATCH_SIZE in orders-config should go up to 25", "BATCH_SIZE", "25"),
        ("QUEUE in orders-config should go over to orders-v2", "QUEUE", "orders-v2"),
        ("REGION in shared-config has to go to us-east", "REGION", "us-east"),
    ],
)
def test_a_key_said_to_go_to_its_value_is_planned(
    op: Operator, intent: str, key: str, value: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["patch"]
    patch = proposal.operations[0].patch
    assert patch == {"data": {key: value}}
    assert not proposal.awaits


def test_a_key_going_to_its_value_when_something_holds_waits_on_it(op: Operator) -> None:
    proposal, _ = plans(
        op, "BATCH_SIZE in orders-config goes to 25 if the backlog is still over 50k at 6am"
    )
    assert proposal.operations[0].patch == {"data": {"BATCH_SIZE": "25"}}
    assert "backlog" in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        "BATCH_SIZE in orders-config goes to 25 until friday",
        "BATCH_SIZE in orders-config goes to 25 for the weekend, then back to 10",
    ],
)
def test_a_key_going_to_its_value_for_a_while_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) The pods a drain may take, or must leave up, said as what a scale is FOR ("scale orders to
# 3 so one pod can be drained"): context, never a second count — the scale is planned alone.
@pytest.mark.parametrize(
    ("intent", "workload", "replicas"),
    [
        (
            "the orders PDB blocks our node maintenance: scale orders to 3 so one pod can be "
            "drained",
            "orders",
            3,
        ),
        ("scale orders to 3 so one pod can be drained", "orders", 3),
        ("scale orders to 3 so that one pod can go down during drains", "orders", 3),
        ("scale orders to 3 so 2 stay up", "orders", 3),
        ("take payments to 4 so that two replicas can be evicted at a time", "payments", 4),
        ("scale worker to 3 so at least 2 are always up during node maintenance", "worker", 3),
    ],
)
def test_the_room_a_scale_is_for_is_no_count(
    op: Operator, intent: str, workload: str, replicas: int
) -> None:
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.name, o.replicas) for o in proposal.operations] == [
        ("scale", workload, replicas)
    ]


@pytest.mark.parametrize(
    "intent",
    [
        # a second count said as one, or a count for a while: asked as before
        "scale orders to 3 so one can be drained, then to 5",
        "scale orders to 3 and 5",
        "scale orders to 3 so one pod can be drained until the upgrade is done",
    ],
)
def test_a_second_count_beside_the_room_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (4) A clock time given to a key named in capitals is its value ("add BACS_WINDOW=21:00 to
# payments-config"), never when to run; a time said beside the pair is still waited on.
@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        ("payments-config: add BACS_WINDOW=21:00 (payments reads it)", "BACS_WINDOW", "21:00"),
        ("add BACS_WINDOW=21:00 to payments-config", "BACS_WINDOW", "21:00"),
        ("set CUTOFF=18:00 in payments-config", "CUTOFF", "18:00"),
        ("set CUTOFF to 18:00 in payments-config", "CUTOFF", "18:00"),
        ("set CUTOFF=6pm in payments-config", "CUTOFF", "6pm"),
        ("SETTLE_AT=02:30 in orders-config please", "SETTLE_AT", "02:30"),
    ],
)
def test_a_clock_time_given_to_a_key_is_its_value(
    op: Operator, intent: str, key: str, value: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.patch for o in proposal.operations] == [{"data": {key: value}}]
    assert not proposal.awaits


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("set CUTOFF=18:00 in payments-config at 20:00", "20:00"),
        ("set CUTOFF=18:00 in payments-config tomorrow", "tomorrow"),
    ],
)
def test_a_time_beside_the_pair_is_still_waited_on(op: Operator, intent: str, awaits: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.patch for o in proposal.operations] == [{"data": {"CUTOFF": "18:00"}}]
    assert awaits in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    [
        # a change at a time no one can wait for as said, or a key with no value: asked as before
        "restart payments 18:00 or so",
        "set CUTOFF=18:00 in payments-config until friday",
    ],
)
def test_a_clock_time_not_given_to_a_key_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A key asked for politely, the modal first ("could FEATURE_X be switched on for my-api?",
# "can LOG_LEVEL be set to debug on my-api?"): the same request as "FEATURE_X should be switched
# on"; a window, a negation or an alternative after it is still asked, a question of how things
# are is still a question.
@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        ("could FEATURE_X be switched on for my-api?", "FEATURE_X", "on"),
        (
            "Could FEATURE_X be switched on for the journey planner API (my-api)? It's the new "
            "step-free routing.",
            "FEATURE_X",
            "on",
        ),
        ("can FEATURE_X be turned on for my-api?", "FEATURE_X", "on"),
        ("could LOG_LEVEL be set to debug on my-api?", "LOG_LEVEL", "debug"),
        ("can BATCH_SIZE in orders-config be changed to 25?", "BATCH_SIZE", "25"),
    ],
)
def test_a_key_asked_for_with_the_modal_first_is_planned(
    op: Operator, intent: str, key: str, value: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert proposal.operations[0].patch == {"data": {key: value}}


@pytest.mark.parametrize(
    "intent",
    [
        "could FEATURE_X be switched on for my-api without a restart?",
        "can LOG_LEVEL be set to debug on my-api until friday?",
        "could LOG_LEVEL be set to debug on my-api for an hour?",
        "is FEATURE_X switched on for my-api?",
        "why can't FEATURE_X be switched on for my-api?",
        "could FEATURE_X be switched on for my-api, or would that break checkout?",
    ],
)
def test_a_key_asked_for_with_a_window_or_as_a_question_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) Traffic from outside the namespace kept out ("nothing from outside the namespace can reach
# payments", "block traffic to payments from outside the namespace"): the namespace's own pods
# may still connect — never a deny-all that cuts checkout off; "nothing can reach payments"
# said alone is still asked.
@pytest.mark.parametrize(
    "intent",
    [
        "firewall rule: nothing from outside the namespace can reach payments",
        "nothing from outside the namespace can reach payments",
        "block traffic to payments from outside the namespace",
        "block ingress to payments from outside of our namespace",
    ],
)
def test_traffic_from_outside_the_namespace_is_kept_out_by_a_same_namespace_policy(
    op: Operator, intent: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.kind) for o in proposal.operations] == [("apply", "NetworkPolicy")]
    spec = proposal.operations[0].manifest["spec"]
    assert spec["podSelector"] == {"matchLabels": {"app": "payments"}}
    assert spec["ingress"] == [{"from": [{"podSelector": {}}]}]


@pytest.mark.parametrize(
    "intent",
    [
        "nothing can reach payments",
        "no one may talk to postgres",
        "nothing from outside the namespace can reach payments, scale it to 4",
    ],
)
def test_traffic_kept_out_without_a_source_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) One of two same-named workloads named with its kind, the other said negated with ITS kind
# in a clause of its own ("put redis:7.2 in the cache statefulset, not in the cache deployment"):
# where the change does not go — planned on the one named. Neither kind said of the one acted on
# ("restart cache. Not the cache deployment.", test_offline_r24_gapB) or the same kind negated
# is still asked.
@pytest.mark.parametrize(
    ("intent", "kind", "op_kind"),
    [
        (
            "put redis:7.2 in the cache statefulset, not in the cache deployment",
            "StatefulSet",
            "set_image",
        ),
        ("scale the cache deployment to 2, not the cache sts", "Deployment", "scale"),
    ],
)
def test_the_other_same_named_workload_said_negated_is_left_alone(
    op: Operator, intent: str, kind: str, op_kind: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [(o.kind, o.target.kind, o.target.name) for o in proposal.operations] == [
        (op_kind, kind, "cache")
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "restart the cache statefulset, not the cache statefulset",
        "put redis:7.2 in the cache statefulset, not in the cache statefulset",
        "scale the cache deployment to 2, not the cache deployment",
        "put redis:7.2 in cache, not in the cache deployment",
        "restart cache. Not the cache deployment.",
        "restart cache",
    ],
)
def test_the_same_workload_negated_or_none_told_apart_is_still_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)
