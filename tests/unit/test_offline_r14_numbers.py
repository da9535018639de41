"""Round 14, helper "numbers": which numbers are quantities of the request.

Rule (numbers.attached): a number belongs to the word it is attached to — "<noun> N" names or
versions that noun ("lab 3", "PCI 4", "the stripe 12.1 sdk"), "N <noun>" and "N of <the noun>"
count it ("30k shoppers", "three of our merchants"), "we're … at N" says the count there is now.
It is a quantity of the request only when that word is one the plan has a value for (a field,
a unit, a pod word, a version word, a verb or preposition of change) or a live object's name;
otherwise it is context for every check that counts numbers. A number that could still be the
request's value is asked about, never dropped.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import logs
from dotop_nb.planner.offline.numbers import attached, of_them, postfix_bounds
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(120)

_NAMES = ["frontend", "payments", "worker", "orders", "checkout", "my-api", "payments-config"]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("chapter 4, exercise 1: scale payments to 3", ["4", "1"]),
        ("(unit 9) add a probe to frontend", ["9"]),
        ("our PCI 4 assessor wants payments non-root", ["4"]),
        ("deploy checkout 1.3.0 alongside the stripe 12.1 sdk bump", ["12.1"]),
        ("it double-charged three of our merchants, roll back", ["three"]),
        ("scale frontend to 4, 30k shoppers expected", ["30k"]),
        ("scale payments down to 1, we're massively overprovisioned at 4", ["4"]),
        ("a probe on port 8080 like in video 12", ["12"]),
        ("the payment sheet supports it since 7.2", ["7.2"]),
        ("Failover drill step 3, at 16:00: restart orders", ["3"]),  # a noun after a noun
        ("at 14:00 restart orders, that's scenario 6", ["6"]),
    ],
)
def test_a_number_of_another_thing_is_blanked(text: str, gone: list[str]) -> None:
    out = attached(text, _NAMES)
    assert len(out) == len(text)
    for raw in gone:
        assert raw not in out.split(), (raw, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("scale worker 3", "3"),  # a live name's number
        ("set replicas 5 on orders", "5"),  # a field's
        ("scale frontend, the lab says 5", "5"),  # a verb's: could be the value
        ("set retries 5 on orders", "5"),  # a noun after a verb of change
        ("autoscale orders between 2 and 6 whenever cpu crosses 70", "70"),  # a verb's
        ("hpa for orders: minReplicas 3", "3"),  # a field's one-word name
        ("scale to 3 please", "3"),
        ("run 3 celery workers", "3"),  # what runs, by its plural
        ("give payments 4 servers", "4"),
        ("make sure it's at 5", "5"),  # an order, not the state now
        ("upgrade celery 5.4", "5.4"),  # a noun after a verb of change may be what is set
        ("let the api autoscale up to 6 when it's busy", "6"),
        ("autoscale orders when the pods hit 80", "80"),  # a verb after a plural subject
        ("autoscale orders, the current 2 as the floor", "2"),  # the value itself
        ("put checkout back on the 1.0.0 build", "1.0.0"),
        ("orders should autoscale 2 through 5", "2"),  # a verb after a modal
    ],
)
def test_a_number_the_plan_may_use_is_kept(text: str, kept: str) -> None:
    assert kept in attached(text, _NAMES).split()


def test_bounds_said_after_their_numbers_and_them_said_of_pods() -> None:
    assert postfix_bounds("autoscale it, 3 min 10 max") == "autoscale it, min 3, max 10"
    assert postfix_bounds("#0 minimum #1 maximum") == "minimum #0, maximum #1"
    said = "worker is a single pod, run two of them"
    assert of_them(said) == "worker is a single pod, run two pods"
    assert of_them("run two of them") == "run two of them"  # nothing counted before
    assert of_them("worker has 4 pods, kill two of them") == "worker has 4 pods, kill two of them"


def test_a_leading_label_is_read_by_the_same_rule() -> None:
    said = "week 2 assignment: delete worker"
    assert logs.label_end(said, _NAMES) == len("week 2 assignment: ")
    assert logs.label_end(said) == 0  # without the live names: only the words always ids
    assert logs.label_end("Release 48, step 6: restart payments", _NAMES) > 0
    assert logs.label_end("lab 3 replicas: go", _NAMES) == 0  # a count is no label
    assert logs.label_end("payments 4: scale", _NAMES) == 0  # a live name's number
    assert logs.label_end("hypothesis 2: 3 pods survive", _NAMES) == 0  # a claim follows


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "chapter 4, exercise 1: scale the payments deployment to 3 replicas",
            "scale deployment/payments in shop to 3 replicas",
        ),
        ("module 3 homework: delete the orders deployment", "delete deployment/orders in shop"),
        ("our PCI 4 assessor wants payments to not run as root", "patch deployment/payments"),
        ("tutorial 7 task: make checkout run as a non-root user", "patch deployment/checkout"),
        ("add a liveness probe to payments on port 8080 like in video 12", "patch deployment"),
        ("deploy checkout 1.3.0 alongside the stripe 12.1 sdk bump", "checkout:1.3.0"),
        ("update my-api to 1.6.0, our android 13 app needs it", "my-api:1.6.0"),
        ("scale the frontend to 4, 30k shoppers expected", "to 4 replicas"),
        (
            "scale payments down to 1 replica, we're massively overprovisioned at 4",
            "to 1 replicas",
        ),
        ("scale worker 3", "scale deployment/worker in shop to 3 replicas"),
        ("set replicas 4 on orders", "scale deployment/orders in shop to 4 replicas"),
        ("payments is one replica, keep three of them", "to 3 replicas"),
        ("autoscale checkout, 4 min 12 max please", "horizontalpodautoscaler/checkout"),
        ("add CLIENT_MIN_VERSION=2.3.1 to payments-config", "configmap/payments-config"),
        (
            "scale worker to zero while we migrate the queue, nothing should consume",
            "to 0 replicas",
        ),
        # A zero attached to the workload, with no verb of release, is its count.
        ("payments to 0 while we migrate, the bill is too high", "to 0 replicas"),
    ],
)
def test_a_number_of_another_thing_lets_the_request_plan(
    shop: Operator, intent: str, summary: str
) -> None:
    ops = summaries(shop, intent)
    assert len(ops) == 1, ops
    assert summary in ops[0], ops


def test_bounds_said_after_their_numbers_are_planned_as_said(shop: Operator) -> None:
    _, body = plans(shop, "autoscale checkout, 4 min 12 max please")
    assert '"minReplicas": 4' in body
    assert '"maxReplicas": 12' in body
    _, body = plans(shop, "autoscale orders between 2 and 6 whenever cpu crosses 70")
    assert '"averageUtilization": 70' in body


@pytest.mark.parametrize(
    "intent",
    [
        "scale frontend, the lab says 5",  # the count may be the lab's: asked, never guessed
        "scale frontend, lab says 5",
        "scale payments to 2 and orders 5 please, lab 3",  # a live name's number is kept
        # no word says what 3 is ("worker to 3", with "to" after the name and the count closing
        # it, is a scale since round 17: chat.verbless)
        "worker 3",
        "roll back payments to the 2 before, lab 4",
        "bump worker to 0",  # a verb of release: the tag 0, or 0 replicas?
        "update worker to 0",
        "worker to 0 is a terrible idea",  # a verdict, never an order
        "worker went to 0 overnight, restart it",  # a report's zero
        "payments to 0 if the queue is empty",
    ],
)
def test_a_number_that_may_be_the_value_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)
