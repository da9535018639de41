"""Round 32, merge mend fix1: older safety tests the round's merge broke.

- gap35c's "an article opens a gloss" ("orders (the spare-blade orders service)") took "(the
  service)", "(the pdb)" for a gloss, so "delete postgres (the service)" deleted the StatefulSet
  too: an article opens a gloss only before a description (two words or more, not only a kind
  of object and "only"/"object"), and in a delete one ending in an object's kind stays as said.
- gap35b's closing nickname ("… (PT session orders)") dropped "(payments service)", so "delete
  payments (payments service)" deleted the whole stack: a nickname with an object's kind in it
  says which object is meant.
- a36a's bare "X stays" / "X out" read any lower-case word as a workload kept: "the app stays"
  (the delete's own keep) and "envoy stays" (a container beside the part asked about) became
  prohibitions; with the namespace's names, a bare one is of a workload's name only."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, summaries

pytestmark = pytest.mark.timeout(300)

_RESTART_PAYMENTS = "restart the pods of deployment/payments in shop"
_RESTART_ORDERS = "restart the pods of deployment/orders in shop"


# An article and a kind in brackets after a name: that object of the name alone.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("delete postgres (the service)", {"Service/postgres"}),
        ("remove postgres (the service)", {"Service/postgres"}),
        ("delete payments (the service)", {"Service/payments"}),
        ("delete payments (the svc)", {"Service/payments"}),
        ("delete payments (the service object)", {"Service/payments"}),
        ("delete payments (the service alone)", {"Service/payments"}),
        ("drop orders (the pdb only)", {"PodDisruptionBudget/orders"}),
        ("delete postgres (the main database service)", {"Service/postgres"}),
        ("delete payments (the annual pass payments service)", {"Service/payments"}),
    ],
)
def test_an_article_and_a_kind_in_brackets_is_that_object_alone(
    op: Operator, intent: str, gone: set[str]
) -> None:
    assert deletes(op, intent) == gone


# A closing nickname with an object's kind in it: that object, never the whole stack.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("delete payments (payments service)", {"Service/payments"}),
        ("tear down payments (payments svc)", {"Service/payments"}),
    ],
)
def test_a_kind_in_a_closing_nickname_is_that_object(
    op: Operator, intent: str, gone: set[str]
) -> None:
    assert deletes(op, intent) == gone


# Near misses: an article gloss of description words still glosses the workload.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart payments (the annual pass payments service)", _RESTART_PAYMENTS),
        ("restart orders (the kit shop orders service)", _RESTART_ORDERS),
        ("restart payments (payments service)", _RESTART_PAYMENTS),
        ("delete checkout (the day-ticket checkout)", "delete deployment/checkout in shop"),
    ],
)
def test_an_article_gloss_of_description_words_still_glosses(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "delete orders (the spare-blade orders service)",
        "restart orders (the staging one)",
        "delete orders (the service object)",
    ],
)
def test_a_which_one_in_brackets_that_picks_nothing_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# A bare "X stays" of what a delete keeps: the delete's own keep.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("delete the service that sits in front of my-api, the app stays", {"Service/my-api"}),
        ("delete the service in front of frontend, the app stays", {"Service/frontend"}),
        ("delete the svc fronting payments, the pods stay", {"Service/payments"}),
    ],
)
def test_a_bare_keep_of_a_noun_is_the_deletes_own(
    op: Operator, intent: str, gone: set[str]
) -> None:
    assert deletes(op, intent) == gone


# A bare "X stays" of a container: the part said before it is what is asked about.
@pytest.mark.parametrize(
    "intent", ["shut down orders app, envoy stays", "turn off orders app, envoy stays"]
)
def test_a_container_kept_bare_leaves_the_part_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "'app'" in question


@pytest.mark.parametrize(
    "intent", ["scale orders to 0, envoy stays", "scale orders to 0, app stays"]
)
def test_a_container_kept_bare_beside_a_zero_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# Near misses: a bare keep of a workload's name still leaves it out.
@pytest.mark.parametrize(
    "intent",
    [
        "restart payments and worker, worker stays",
        "restart payments and worker, worker out",
        "scale worker to 3, worker stays",
    ],
)
def test_a_workload_kept_bare_is_never_changed(op: Operator, intent: str) -> None:
    proposal = op.analyze(intent, namespace="shop")
    assert "worker" not in {o.target.name for o in proposal.operations}


def test_a_key_kept_bare_is_no_workload(op: Operator) -> None:
    assert summaries(
        op, "re batch sizes: BATCH_SIZE in orders-config to 50 please, QUEUE stays"
    ) == ["patch configmap/orders-config in shop (merge)"]


def test_one_order_beside_a_workload_left_out_is_planned(op: Operator) -> None:
    assert summaries(op, "restart payments, worker out") == [_RESTART_PAYMENTS]
