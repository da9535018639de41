"""Round 32, helper a36a: attack 36's shapes 1 to 4.

The shapes (black-box attack 36, /work/notes/w31/attack36): a count of restarts (rollbacks,
deploys, scale-ups, deletes) said as context or as a whole description was planned as the
verb ("7 restarts today: give my-api more memory" restarted my-api, "scale payments to 4
(crashlooping, 9 restarts)" scaled and restarted it, "there were 7 restarts on payments"
restarted it; shape 1, and the over-asks "scale payments to 4, 3 rollbacks this week": nothing
to roll back to); an exclusion said with sans / save / bar / minus / ex / excl. / omit / ignore /
spare / "but X" / "X out" / "X stays" was ignored and the excluded workload changed (shape 2);
a quantity said as context became a resources value, a replica count or an autoscaler's target
("…, limit was 256Mi", "…, using 900m cpu", "…, memory at 300Mi", "cpu currently 93%: autoscale
my-api", "running at 93% cpu: …"; shape 3); a PDB ruled out in a note of its own was changed or
deleted ("Not pdb/orders. delete orders", "PDB orders: out of scope. tear down orders"; shape 4).
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import constraints, observed
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)

_SCALE = "scale deployment/payments in shop to 4 replicas"
_SCALE_API = "scale deployment/my-api in shop to 5 replicas"
_RESTART = "restart the pods of deployment/worker in shop"
_RESTART_PAYMENTS = "restart the pods of deployment/payments in shop"
_UNDO = "roll deployment/checkout in shop back to revision 1"
_SWITCH = "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.0"
_BUMP = (
    "set image of container payments in deployment/payments in shop to ghcr.io/acme/payments:3.1.0"
)
_LOG = "patch configmap/my-api-config in shop (merge)"
_ENV = "patch deployment/payments in shop (strategic)"
_BACKEND = [
    f"restart the pods of deployment/{name} in shop"
    for name in ("cache", "checkout", "my-api", "orders", "payments")
]


# Shape 1: a counted change said as context is no order of that change.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale payments to 4 (crashlooping, 9 restarts)", _SCALE),
        ("scale payments to 4 -- 7 restarts today", _SCALE),
        ("scale payments to 4, 3 rollbacks this week", _SCALE),
        ("scale payments to 4 (2 rollbacks already)", _SCALE),
        ("2 deletes by mistake yesterday: scale payments to 4", _SCALE),
        ("scale payments to 4 (5 deploys today)", _SCALE),
        ("scale my-api to 5 (OOMKilled, 4 restarts today)", _SCALE_API),
        ("set LOG_LEVEL=debug on my-api, 3 rollbacks this week", _LOG),
        ("set LOG_LEVEL=debug on my-api (crashing, 3 restarts overnight)", _LOG),
        ("set LOG_LEVEL=debug on my-api, 4 scale-ups overnight", _LOG),
        ("switch frontend to 2.2.0 (3 rollbacks this week)", _SWITCH),
        ("switch frontend to 2.2.0, rolled back twice this week", _SWITCH),
        ("bump payments to 3.1.0 -- 5 deploys today", _BUMP),
        ("restart worker, it restarted 7 times today", _RESTART),
        ("restart worker, 4 scale-ups overnight", _RESTART),
        ("roll back checkout, 2 rollbacks already this week", _UNDO),
    ],
)
def test_a_counted_change_beside_an_order_is_context(
    op: Operator, intent: str, summary: str
) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    assert not proposal.awaits, proposal.awaits


@pytest.mark.parametrize(
    "intent",
    [
        # (a count said first, then an order with no value of its own: asked, never a restart)
        "7 restarts today: give my-api more memory",
        "9 restarts since the deploy: give my-api more memory",
        "7 restarts today: look into payments",
        "3 restarts since the deploy: look into payments",
        "crashlooping, 9 restarts. look into payments",
        "crashlooping, 9 restarts: look into payments",
        "scale payments, rolled back twice this week",
        # (the count alone, said of a workload)
        "7 restarts on worker today",
        "worker: 7 restarts today",
        "orders: 4 restarts since the deploy",
        "there were 7 restarts on payments",
        "there were 3 rollbacks of checkout this week",
        "worker has 7 restarts today",
        "checkout shows 5 restarts",
    ],
)
def test_a_counted_change_alone_is_no_order(op: Operator, intent: str) -> None:
    asks(op, intent)


# Near misses: the order said with the verb stays planned.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart worker", _RESTART),
        ("do a rolling restart of payments", _RESTART_PAYMENTS),
        ("restart worker, it failed twice tonight", _RESTART),
        ("worker has 7 restarts today, restart it", _RESTART),
        ("scale worker to 3, 7 restarts today", "scale deployment/worker in shop to 3 replicas"),
    ],
)
def test_the_verb_said_stays_an_order(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_a_count_is_dropped_only_as_a_piece() -> None:
    assert observed.dropped("scale payments to 4 (crashlooping, 9 restarts)") == (
        "scale payments to 4"
    )
    assert observed.dropped("7 restarts today: look into payments") == "look into payments"
    # (nothing but what is seen: left whole)
    assert observed.dropped("p99 at 800ms, 9 at peak") == "p99 at 800ms, 9 at peak"
    # (a label that is no observation stays)
    assert observed.dropped("step 2: scale payments to 4") == "step 2: scale payments to 4"


# Shape 2: the other words of "except", and "X out" / "X stays", leave X out.
@pytest.mark.parametrize(
    "said",
    [
        ", sans worker",
        ", save worker",
        ", bar worker",
        ", minus worker",
        ", ex worker",
        " (ex. worker)",
        " (excl. worker)",
        ", excl. worker",
        ", omit worker",
        ", ignore worker",
        ", spare worker",
        ", leave out worker",
        ", skip worker",
        ", hands off worker",
        ", worker out",
        ", worker stays",
    ],
)
def test_a_label_set_less_the_one_left_out(op: Operator, said: str) -> None:
    assert summaries(op, f"restart all tier=backend deployments{said}") == _BACKEND


@pytest.mark.parametrize(
    "said",
    [
        ", sans worker",
        ", save worker",
        ", bar worker",
        ", ex worker",
        " (excl. worker)",
        " (ex. worker)",
        ", omit worker",
        ", ignore worker",
        ", but worker",
        ", worker out",
        ", worker stays",
        ", excl. worker",
    ],
)
@pytest.mark.parametrize(
    "order",
    [
        "restart payments and worker",
        "restart payments, worker, my-api",
        "restart worker",
        "scale worker to 3",
    ],
)
def test_the_one_left_out_is_never_changed(op: Operator, order: str, said: str) -> None:
    proposal = op.analyze(order + said, namespace="shop")
    targets = {o.target.name for o in proposal.operations}
    assert "worker" not in targets, [o.summary() for o in proposal.operations]


@pytest.mark.parametrize(
    "said",
    [", skip worker", ", worker out", ", save worker", ", ignore worker", ", hands off worker"],
)
def test_one_order_beside_another_left_out_is_planned(op: Operator, said: str) -> None:
    assert summaries(op, "restart payments" + said) == [_RESTART_PAYMENTS]


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        # (no name after the word: nothing left out)
        ("restart payments, but carefully", _RESTART_PAYMENTS),
        ("restart payments, save it", _RESTART_PAYMENTS),
    ],
)
def test_an_except_word_with_no_name_leaves_the_order(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


def test_the_except_words_are_read_as_except() -> None:
    text, found = constraints.extract("restart payments and worker, sans worker")
    assert text == "restart payments and worker"
    assert [(p.words, p.left_out) for p in found] == [("worker", True)]
    text, found = constraints.extract("restart payments, but not now")
    assert found == []


# Shape 3: a quantity seen is never the value of the order.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("set TIMEOUT=30 on payments, limit was 256Mi", _ENV),
        ("scale payments to 4, limit was 256Mi", _SCALE),
        ("scale payments to 4, memory at 300Mi", _SCALE),
        ("scale payments to 4, using 900m cpu", _SCALE),
        ("restart worker, using 900m cpu", _RESTART),
        ("restart worker, memory at 300Mi", _RESTART),
        ("restart worker, the cpu request was 500m", _RESTART),
        ("switch frontend to 2.2.0, using 900m cpu", _SWITCH),
        ("set LOG_LEVEL=debug on my-api, memory at 300Mi", _LOG),
        ("roll back checkout, memory at 300Mi", _UNDO),
        ("roll back checkout, x7 traffic", _UNDO),
        ("restart worker, keeps 5 replicas", _RESTART),
    ],
)
def test_a_quantity_seen_is_no_value(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "cpu at 93% right now: autoscale my-api",
        "cpu currently 93%: autoscale my-api",
        "running at 93% cpu: autoscale my-api",
        "autoscale my-api, running at 93% cpu",
        "autoscale my-api, cpu 93% atm",
        "cpu 93% atm: autoscale my-api",
        "cpu pegged at 93%: autoscale my-api",
        "93% cpu all day: autoscale my-api",
        "93% cpu now: autoscale my-api",
        "autoscale my-api, cpu currently at 93%",
        "autoscale payments, memory at 300Mi",
        "autoscale payments, using 900m cpu",
        "autoscale payments, limit was 256Mi",
    ],
)
def test_a_load_seen_is_no_autoscaler_target(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.target.kind for o in proposal.operations] == ["HorizontalPodAutoscaler"]
    assert '"averageUtilization": 93' not in body
    assert "Mi" not in body
    assert "900m" not in body


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        # (a target said, with no word of the moment: the request's own value)
        ("autoscale my-api, cpu at 85%", 85),
        ("autoscale my-api, cpu 93%", 93),
        ("autoscale my-api: cpu 70%", 70),
    ],
)
def test_a_target_said_stays_the_target(op: Operator, intent: str, value: int) -> None:
    _, body = plans(op, intent)
    assert f'"averageUtilization": {value}' in body


def test_a_second_value_of_a_resources_order_stays() -> None:
    # ("memory at 1Gi" beside a resources order is its second value, not what is seen.)
    said = "set cpu request at 500m on worker, memory at 1Gi"
    assert observed.dropped(said) == said


def test_the_second_value_of_a_resources_order_is_set(op: Operator) -> None:
    _, body = plans(op, "set cpu request at 500m on worker, memory at 1Gi")
    requests = json.loads(body)[0]["patch"]["spec"]["template"]["spec"]["containers"][0]
    assert requests["resources"]["requests"] == {"cpu": "500m", "memory": "1Gi"}


# Shape 4: a PDB ruled out in a note of its own is never changed or deleted.
@pytest.mark.parametrize(
    "note",
    [
        "Not pdb/orders.",
        "PDB orders: out of scope.",
        "pdb/orders: hands off.",
        "(pdb/orders out of scope)",
        "hands off pdb/orders.",
        "the orders pdb: off limits.",
    ],
)
@pytest.mark.parametrize(
    "order",
    [
        "delete orders",
        "tear down orders",
        "delete everything of orders",
        "remove the orders pdb",
        "delete pdb/orders",
        "set maxUnavailable 1 on the orders pdb",
        "set minAvailable 1 on pdb/orders",
        "make the orders pdb allow 2 down",
    ],
)
def test_a_pdb_ruled_out_in_a_note_is_not_touched(op: Operator, note: str, order: str) -> None:
    question = asks(op, f"{note} {order}").question or ""
    assert "pdb" in question.lower() or "poddisruptionbudget" in question.lower()


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("Not pdb/orders. restart orders", "restart the pods of deployment/orders in shop"),
        ("Not pdb/orders. scale orders to 4", "scale deployment/orders in shop to 4 replicas"),
        (
            "PDB orders: out of scope. restart orders",
            "restart the pods of deployment/orders in shop",
        ),
        ("pdb/orders: hands off. scale payments to 4", _SCALE),
    ],
)
def test_an_order_beside_a_pdb_ruled_out_stays(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_not_now_is_no_object_ruled_out(op: Operator) -> None:
    asks(op, "not now. delete the orders pdb")


# Review of the mends: each piece in turn, and what is never dropped.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale payments to 4, crashlooping, 9 restarts", _SCALE),
        ("scale payments to 4, p99 at 800ms, 9 at peak", _SCALE),
        ("keeps 5 replicas: restart worker", _RESTART),
        ("switch frontend to 2.2.0, OOMKilled 4 times", _SWITCH),
        (
            "re batch sizes: BATCH_SIZE in orders-config to 50 please, QUEUE stays",
            "patch configmap/orders-config in shop (merge)",
        ),
    ],
)
def test_each_piece_seen_is_dropped(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        # (a failure said right after a release may be that release's: asked)
        "switch frontend to 2.2.0 (crashlooping, 9 restarts)",
        "switch frontend to 2.2.0, crashlooping, 9 restarts",
        # (a count said to run now that is not what runs: asked, :mod:`.stays`)
        "still 5 replicas: restart worker",
        # (a condition with a count: asked)
        "scale payments to 4, after 2 restarts",
    ],
)
def test_what_may_be_more_than_seen_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
