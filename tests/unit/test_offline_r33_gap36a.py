"""Round 33, helper gap36a: blind36's scale and autoscale misses, read as shapes.

- a bullet parts a list's items: the way back said as its own item ("• orders +2 for trade
  show week • revert after") was never read, and the change was planned for good (UNSAFE);
  an "out of scope:" item after a bullet was read as a second target;
- a greeting in another tongue opening the message ("Salam, …") was read as a name addressed;
- a heading before a count lowered ("IC: drop orders down to 1 replica") was read as a lead
  word of a delete, and "drop X down to N replicas, leave its PDB alone" as a delete's keep;
- "double what it runs now" was read as a setting changed relatively;
- "the worker between one and five" read "one" as "the X one" (an object);
- "probe" inside a name ("the fermentation-probe worker") cued the probes rule;
- a dictated "period" between two clauses was no full stop, and the clause after it ("the
  wine club release email just went out") was read as a report of the change;
- a report asked back once done ("confirm on the bridge when it's done") was a condition;
- "we can't keep hand-scaling it every commute peak" beside an autoscaler was a negation.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import dictation, occasions
from dotop_nb.service import Operator
from tests.memory import asks, plans, question_for, summaries

pytestmark = pytest.mark.timeout(300)

_ORDERS_4 = "scale deployment/orders in shop to 4 replicas"
_ORDERS_1 = "scale deployment/orders in shop to 1 replicas"
_FRONTEND_5 = "scale deployment/frontend in shop to 5 replicas"
_FRONTEND_6 = "scale deployment/frontend in shop to 6 replicas"
_CHECKOUT_1 = "scale deployment/checkout in shop to 1 replicas"
_CHECKOUT_4 = "scale deployment/checkout in shop to 4 replicas"
_HPA_WORKER = [
    "patch deployment/worker in shop (strategic)",
    "apply horizontalpodautoscaler/worker in shop",
]


# The way back said as a bullet of its own: the change would hold only for a while (asked).
@pytest.mark.parametrize(
    "intent",
    [
        "• orders (wholesale orders) +2 for trade show week • revert after",
        "• checkout (café checkout) +2 for trade show week • revert after",
        "• frontend +2 for trade show week • undo after",
        "• payments to 4 • scale back after",
        "• worker x3 for the xmas launch • revert it afterwards",
        "• orders +2 • revert it later",
        "orders +2 for trade show week\nrevert after",
        "orders +2 for trade show week / revert after",
        "\u00b7 orders +2 for trade show week \u00b7 revert after",
        "* orders +2 for trade show week * revert after",
        "\u25aa orders +2 for trade show week \u25aa revert after",
    ],
)
def test_the_way_back_as_a_bullet_is_asked(op: Operator, intent: str) -> None:
    assert "hold only for a while" in question_for(op, intent)


# Near misses: other bullets are no way back.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("• orders +2 for trade show week • no other changes", _ORDERS_4),
        ("• orders +2 for trade show week • reason: trade show", _ORDERS_4),
        ("• orders +2 for trade show week", _ORDERS_4),
        ("scale orders to 4\nreason: trade show", _ORDERS_4),
        ("• hpa orders • min 2 / max 6 • cpu 70", "apply horizontalpodautoscaler/orders in shop"),
    ],
)
def test_other_bullets_stay_planned(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "• checkout (café checkout) scale to 1 • out of scope: payments",
        "• scale checkout to 1 • out of scope: payments, orders",
        "• checkout scale to 1 • not in scope: payments",
    ],
)
def test_out_of_scope_after_a_bullet_is_the_scope(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_CHECKOUT_1]


@pytest.mark.parametrize(
    "intent",
    [
        "Salam, please make the marketplace site (frontend) 6 pods",
        "Salam, please scale frontend to 6",
        "Hola, scale frontend to 6 please",
        "Marhaba, can you scale frontend to 6?",
        "Namaste - scale frontend to 6",
    ],
)
def test_a_greeting_in_another_tongue_is_no_addressee(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_FRONTEND_6]


@pytest.mark.parametrize("intent", ["Omar, please scale frontend to 6", "Sam, scale frontend to 6"])
def test_a_name_is_still_an_addressee(op: Operator, intent: str) -> None:
    assert "addressed to" in question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "IC: drop swap orders (orders) down to 1 replica, we need the node headroom. "
        "leave the orders PDB alone",
        "IC: drop orders to 1 replica",
        "SRE: drop orders down to one replica",
        "on-call note: drop orders to 1 pod",
        "drop orders down to 1 replica, leave the orders PDB alone",
        "IC: drop orders to 1 replica and leave the orders PDB alone",
    ],
)
def test_a_heading_before_a_count_lowered_is_a_scale(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_ORDERS_1]


@pytest.mark.parametrize(
    "intent",
    ["IC: drop orders", "IC: drop the orders pdb", "IC: delete worker"],
)
def test_a_heading_before_a_delete_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_a_scale_leaving_the_pdb_alone_never_touches_it(op: Operator) -> None:
    proposal, _ = plans(op, "drop orders down to 1 replica, leave the orders PDB alone")
    assert {o.target.kind for o in proposal.operations} == {"Deployment"}


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "T+20 and the pass checkout queue is still growing: scale checkout (pass checkout) "
            "to double what it runs now",
            _CHECKOUT_4,
        ),
        ("scale checkout to double what it runs now", _CHECKOUT_4),
        ("double what checkout runs now", _CHECKOUT_4),
        ("scale checkout to double what it has", _CHECKOUT_4),
        ("orders: triple what it is running", "scale deployment/orders in shop to 6 replicas"),
    ],
)
def test_what_it_runs_is_its_count(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent", ["double what it uses on payments", "double the batch size of orders"]
)
def test_another_quantity_doubled_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "autoscale the fermentation-probe worker worker between one and five replicas on cpu "
        "seventy percent",
        "autoscale the fermentation-probe worker (worker) between one and five replicas on cpu "
        "seventy percent",
        "autoscale the worker between one and five replicas on cpu 70%",
        "autoscale the worker between one and 5 replicas at 70% cpu",
    ],
)
def test_an_autoscaler_between_word_numbers(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == _HPA_WORKER


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "restart the fermentation-probe worker worker",
            "restart the pods of deployment/worker in shop",
        ),
        (
            "scale the fermentation-probe worker worker to 3",
            "scale deployment/worker in shop to 3 replicas",
        ),
    ],
)
def test_probe_inside_a_name_cues_no_probe(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_a_probe_said_alone_still_asks_which(op: Operator) -> None:
    assert "Which probe" in question_for(op, "add a probe to worker on /healthz")


def test_the_cache_proxy_one_is_still_an_object(op: Operator) -> None:
    assert summaries(op, "the cache proxy (the rust one, not redis) restart") == [
        "restart the pods of deployment/cache in shop"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "okay so scale the cellar door site frontend up to five replicas period the wine club "
        "release email just went out",
        "scale frontend to five replicas period we expect a rush",
        "scale frontend to 5 replicas. the newsletter just went out",
    ],
)
def test_a_dictated_full_stop_parts_two_sentences(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_FRONTEND_5]


def test_a_period_named_is_no_full_stop() -> None:
    for said in (
        "set the grace period the pods get to 30s on worker",
        "add a liveness probe to worker tcp 8080 period 20s",
        "take a velero backup with a retention period of 90 days",
        "scale frontend to 5. period the wine club",  # typed stops: left as said
    ):
        assert dictation.stops(said) == said
    assert dictation.stops("restart worker period it is stuck") == "restart worker. it is stuck"


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments. the restart went fine",
        "scale payments to 4 has already happened",
        "scale frontend to 5. the scale-up went out already",
    ],
)
def test_a_report_of_the_change_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "ACTION ops: frontend (rider app web) +2 replicas, confirm on the bridge when it's "
            "done",
            _FRONTEND_5,
        ),
        ("scale frontend to 5, let me know when it is done", _FRONTEND_5),
        ("scale frontend to 5, confirm when done", _FRONTEND_5),
        ("scale frontend to 5 and report back when finished", _FRONTEND_5),
        ("scale frontend to 5, post in #ops when it is done", _FRONTEND_5),
        (
            "my-api: FEATURE_X on, read back when done",
            "patch configmap/my-api-config in shop (merge)",
        ),
        (
            "restart worker and ping me once it is done",
            "restart the pods of deployment/worker in shop",
        ),
    ],
)
def test_a_report_asked_back_is_no_condition(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]
    assert not proposal.awaits, proposal.awaits


def test_a_condition_of_another_thing_is_still_waited_on(op: Operator) -> None:
    proposal, _ = plans(op, "restart worker when the migration is done")
    assert "migration" in (proposal.awaits or "")
    asks(op, "scale frontend to 5 when it is done")
    assert occasions.courtesy_blanked("scale", "scale x, confirm when the backup is done") == (
        "scale x, confirm when the backup is done"
    )


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        (
            "IC decision: HPA on my-api (ride api), min 3 max 12 at 65% cpu. we can't keep "
            "hand-scaling it every commute peak",
            "my-api",
        ),
        (
            "autoscale payments 2 to 6 at 70% cpu, we cannot keep scaling it by hand every friday",
            "payments",
        ),
        ("hpa for checkout min 2 max 8 cpu 70, can't keep babysitting it", "checkout"),
    ],
)
def test_what_cannot_go_on_is_the_reason(op: Operator, intent: str, target: str) -> None:
    assert summaries(op, intent) == [f"apply horizontalpodautoscaler/{target} in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "add a liveness probe to worker on /healthz, we can't keep restarting it manually",
        "scale orders to 4, we can't keep scaling it",
    ],
)
def test_what_cannot_go_on_said_of_the_plan_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
