"""Round 32, helper gap35c: blind35's misses in resources, scale, restart, rollback and monitoring.

The shapes (each an over-ask on main, none unsafe): a nickname in brackets AFTER the name whose
role noun is what another workload runs ("frontend (club app site)": orders runs ``app``); a
word of the planner's own inside a nickname before the name ("the class schedule API (my-api)":
read as a schedule asked for); an article opening a gloss ("orders (the spare-blade orders
service)"); the polite "please may I …", "may I ask you to …", "May I ask for …" and "please may
the checkout have …?" (read as polls); a value's change said "from 256Mi become 512Mi"; a count
with its unit in the singular ("make worker 3 pod"); "would you mind running … ?" before a
sign-off; an approval said "Pak Hendra say ok" (read as a run's outcome); "The StatefulSets are
out of scope" (no workload named); "…at 14:00, when it's quieter" (a second condition); and a new
release said faulty before a rollback ("checkout new version have bug, please go back previous
version": read as an update to an unnamed version)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, plans_awaiting, summaries

pytestmark = pytest.mark.timeout(300)

_FRONTEND_8 = "scale deployment/frontend in shop to 8 replicas"
_FRONTEND_4 = "scale deployment/frontend in shop to 4 replicas"
_FRONTEND_5 = "scale deployment/frontend in shop to 5 replicas"
_WORKER_2 = "scale deployment/worker in shop to 2 replicas"
_WORKER_3 = "scale deployment/worker in shop to 3 replicas"
_CHECKOUT_3 = "scale deployment/checkout in shop to 3 replicas"
_CHECKOUT_4 = "scale deployment/checkout in shop to 4 replicas"
_ORDERS_3 = "scale deployment/orders in shop to 3 replicas"
_API_3 = "scale deployment/my-api in shop to 3 replicas"
_PAYMENTS_4 = "scale deployment/payments in shop to 4 replicas"
_RESTART_API = "restart the pods of deployment/my-api in shop"
_RESTART_WORKER = "restart the pods of deployment/worker in shop"
_RESTART_ORDERS = "restart the pods of deployment/orders in shop"
_RESTART_PAYMENTS = "restart the pods of deployment/payments in shop"
_RESTART_CHECKOUT = "restart the pods of deployment/checkout in shop"
_PATCH_FRONTEND = "patch deployment/frontend in shop (strategic)"
_PATCH_CHECKOUT = "patch deployment/checkout in shop (strategic)"
_PATCH_API = "patch deployment/my-api in shop (strategic)"
_PATCH_ORDERS = "patch deployment/orders in shop (strategic)"
_UNDO = "roll deployment/checkout in shop back to revision 1"
_BACKEND = sorted(
    f"restart the pods of deployment/{n} in shop"
    for n in ("cache", "checkout", "my-api", "orders", "payments", "worker")
)


# Shape 1: a gloss after the name whose role noun ("app", "site") another workload runs.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("frontend (club app site) to 8 pods pls, new signing just got announced", _FRONTEND_8),
        ("frontend (club app site) cpu request 100m -> 200m", _PATCH_FRONTEND),
        ("scale payments (season ticket app portal) to 4", _PAYMENTS_4),
        ("restart orders (kit shop app) please", _RESTART_ORDERS),
        ("scale frontend (our club app site) to 4", _FRONTEND_4),
    ],
)
def test_a_role_noun_in_a_gloss_after_the_name(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_a_gloss_with_a_role_noun_keeps_its_value(op: Operator) -> None:
    _, body = plans(op, "frontend (club app site) back to 2.0.8 pls, 2.1.0 has the broken page")
    assert "ghcr.io/acme/frontend:2.0.8" in body
    _, body = plans(op, "servicemonitor for frontend (club app site) port http")
    assert '"port": "http"' in body


# Near misses: another workload's name in the gloss is still asked.
@pytest.mark.parametrize(
    "intent", ["restart checkout (orders app)", "scale checkout (payments site) to 4"]
)
def test_a_gloss_naming_another_workload_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 2: a word of the planner's inside a nickname before the name.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("Class schedule API (my-api) CPU request please 250m, memory request 256Mi", _PATCH_API),
        ("The class schedule API (my-api) please add 1 more pod, no need touch the other", _API_3),
        ("Please restart class schedule API (my-api), the config already change", _RESTART_API),
        ("restart the class schedule API (my-api)", _RESTART_API),
        ("scale the class schedule api (my-api) to 3", _API_3),
    ],
)
def test_a_planner_word_inside_a_nickname(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_a_nickname_with_a_planner_word_keeps_both_values(op: Operator) -> None:
    _, body = plans(op, "Class schedule API (my-api) CPU request please 250m, memory request 256Mi")
    assert '"cpu": "250m"' in body
    assert '"memory": "256Mi"' in body


# Near misses: a recurrence said, or opening the nickname, is still asked.
@pytest.mark.parametrize(
    "intent",
    [
        "restart class schedule API (my-api) every night",
        "restart the daily report API (my-api)",
        "restart my-api on a schedule",
        "scale the nightly backup api (my-api) to 3",
    ],
)
def test_a_recurrence_beside_a_nickname_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 3: an article opening a gloss after the name.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "WEC-2232: Increase the CPU limit of the envoy container in the Deployment orders "
            "(the spare-blade orders service) from 100m to 200m.",
            _PATCH_ORDERS,
        ),
        ("restart payments (the annual pass payments service)", _RESTART_PAYMENTS),
        ("restart checkout (the day-ticket checkout)", _RESTART_CHECKOUT),
    ],
)
def test_an_article_opening_a_gloss(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_an_article_gloss_keeps_the_container(op: Operator) -> None:
    _, body = plans(
        op,
        "WEC-2232: Increase the CPU limit of the envoy container in the Deployment orders "
        "(the spare-blade orders service) from 100m to 200m.",
    )
    assert '"envoy"' in body
    assert '"200m"' in body
    assert '"app"' not in body


def test_another_copy_in_an_article_gloss_is_asked(op: Operator) -> None:
    asks(op, "restart orders (the old orders service)")


# Shape 4: the polite "please may I …", "may I ask you to …", "May I ask for …".
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Hello, please may I ask you to scale the visitor website (frontend) to 5 replicas? "
            "The shark tunnel reopens on Saturday.",
            _FRONTEND_5,
        ),
        ("please can I scale frontend to 4?", _FRONTEND_4),
        ("Please may I restart the tank-sensor worker (worker)?", _RESTART_WORKER),
        ("Please, may I restart the tank-sensor worker (worker)? Thank you!", _RESTART_WORKER),
        ("could I ask you to restart checkout?", _RESTART_CHECKOUT),
        ("may I ask someone to scale worker to 2?", _WORKER_2),
        ("May I ask for 4 replicas of frontend, please?", _FRONTEND_4),
        (
            "May I ask for a liveness probe on /healthz for the day-ticket checkout (checkout), "
            "please?",
            _PATCH_CHECKOUT,
        ),
        ("may the checkout have 3 replicas, please?", _CHECKOUT_3),
        (
            "Please may the day-ticket checkout (checkout) have a CPU request of 150m?",
            _PATCH_CHECKOUT,
        ),
    ],
)
def test_a_polite_may_i_is_a_request(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_please_may_i_roll_back_to_an_image(op: Operator) -> None:
    _, body = plans(
        op, "Please may I roll the tank-sensor worker (worker) back to ghcr.io/acme/worker:0.8.9?"
    )
    assert "ghcr.io/acme/worker:0.8.9" in body


# Near misses: leave asked without "please", something to find out, advice, a what-if.
@pytest.mark.parametrize(
    "intent",
    [
        "May I restart frontend?",
        "can I scale frontend to 5?",
        "please may I see the pods of frontend?",
        "may I ask for advice on scaling frontend?",
        "might the checkout have a CPU request of 150m?",
        "may checkout go to 0 without breaking payments?",
    ],
)
def test_a_may_i_that_asks_stays_a_question(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 5: "from A become B" (a count's unit in the singular, "make worker 3 pod", is left: read
# as a count it also planned "… 4 pod, after promo finish go back 2 ya", whose way back the
# durations reader does not see — a hole on main with "4 pods" too, left for the lead).
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("please scale orders from 2 become 3", _ORDERS_3),
        ("Please make worker from 1 become 3 pod", _WORKER_3),
        ("scale membership checkout (checkout) from 2 become 4", _CHECKOUT_4),
    ],
)
def test_from_a_become_b(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "Lebaran promo only, make membership checkout (checkout) 4 pod, after promo finish go "
        "back 2 ya",
        "For T\u1ebft week only, e-wallet payment (payments) put 6 pod, after T\u1ebft return 2 "
        "for me.",
    ],
)
def test_a_count_with_its_way_back_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_from_a_become_b_is_the_new_value(op: Operator) -> None:
    _, body = plans(
        op, "Please increase memory limit of member app web (frontend) from 256Mi become 512Mi"
    )
    assert '"512Mi"' in body
    assert '"256Mi"' not in body
    _, body = plans(op, "please update checkout from 1.1.0 become 1.2.0")
    assert "ghcr.io/acme/checkout:1.2.0" in body


# Shape 6: "would you mind <gerund> …?" beside a sign-off or a remark.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Would you mind running the tank-sensor worker (worker) with two replicas instead of "
            "one? Kind regards.",
            _WORKER_2,
        ),
        ("Would you mind scaling the tank-sensor worker (worker) to 3? Kind regards.", _WORKER_3),
        ("Would you mind running worker with two replicas? Thank you!", _WORKER_2),
    ],
)
def test_would_you_mind_a_gerund(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_would_you_mind_finding_out_is_no_order(op: Operator) -> None:
    asks(op, "Would you mind checking whether worker is healthy?")


# Shape 7: an approval said "X say ok" / "gave ok"; a run's "ok" alone is still asked.
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("please restart all backend deployments, Pak Hendra say ok", _BACKEND),
        ("please scale worker to 3, Mas Budi say ok", [_WORKER_3]),
        ("please scale worker to 3, the boss gave ok", [_WORKER_3]),
    ],
)
def test_an_approval_said_is_no_outcome(op: Operator, intent: str, planned: list[str]) -> None:
    assert sorted(summaries(op, intent)) == planned


def test_a_run_outcome_ok_is_asked(op: Operator) -> None:
    asks(op, "restart worker ok")


# Shape 8: a workload kind said in the plural, out of scope.
@pytest.mark.parametrize(
    "intent",
    [
        "WEC-2235: Restart every Deployment labelled tier=backend. The StatefulSets are out of "
        "scope.",
        "restart every backend deployment; all daemonsets are out of scope",
    ],
)
def test_a_kind_out_of_scope(op: Operator, intent: str) -> None:
    assert sorted(summaries(op, intent)) == _BACKEND


def test_a_kind_out_of_scope_spares_one(op: Operator) -> None:
    assert summaries(op, "restart my-api. The StatefulSets are out of scope.") == [_RESTART_API]


@pytest.mark.parametrize(
    "intent",
    [
        "restart postgres. The StatefulSets are out of scope.",
        "restart worker. The Deployments are out of scope.",
    ],
)
def test_a_kind_out_of_scope_that_the_plan_touches_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 9: why a time, said after it ("…, when it's quieter").
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "Please restart the visitor website (frontend) after the penguin feeding at 14:00, "
            "when it's quieter.",
            "restart the pods of deployment/frontend in shop",
            "14:00",
        ),
        ("restart worker at 22:00, when things are calmer", _RESTART_WORKER, "22:00"),
        ("scale payments to 4 after 18:00, when it's less busy", _PAYMENTS_4, "18:00"),
    ],
)
def test_why_a_time_is_no_condition(op: Operator, intent: str, summary: str, awaits: str) -> None:
    plans_awaiting(op, intent, summary, awaits)


@pytest.mark.parametrize(
    "intent",
    ["restart worker when it is quieter", "restart worker at 22:00 when traffic drops below 100"],
)
def test_a_condition_alone_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Shape 10: a new release said faulty is the reason of the rollback beside it.
@pytest.mark.parametrize(
    "intent",
    [
        "Membership checkout (checkout) new version have bug, please go back previous version",
        "checkout new version has a bug, please roll back",
        "the new version of checkout has a bug, please go back to the previous version",
        "checkout new release is broken, go back to the previous version",
        "the new image of checkout has a bug, please roll back",
    ],
)
def test_a_faulty_new_release_before_a_rollback(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_UNDO]


def test_a_new_release_announced_is_still_asked_for_its_version(op: Operator) -> None:
    asks(op, "checkout new version is out, please update")


# Found beside shape 3 (a possible unsafe on main): another environment said as which one, in
# brackets after the name, restarted the live workload.
@pytest.mark.parametrize(
    "intent",
    [
        "restart orders (the staging one)",
        "restart orders (staging)",
        "scale payments (the dev copy) to 3",
        "restart frontend, the staging env",
    ],
)
def test_another_environment_said_as_which_one_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_an_environment_word_inside_a_gloss_is_no_place(op: Operator) -> None:
    assert summaries(op, "restart orders (the kit shop orders service)") == [_RESTART_ORDERS]
