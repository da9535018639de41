"""Round 20, helper calques: English written by a Spanish speaker, and terse values.

The shape: a Spanish verb's English false friend ("eliminate", "erase" = delete; "quit" =
remove, of a setting), Spanish syntax in English words ("augment X in two" = by two, "put X in
true" = to true, "run like root" = as root, "the redis no" = not the redis, "the container app
no touch" = don't touch it, "the version anterior" = the previous version), a key's value
after a title with a reason beside it ("my-api: LOG_LEVEL error, it's spamming …") and a
destructive word naming the event a change is for ("+2 for the drop"). What stays asked: an
object that is no object of ours ("eliminate the errors of payments"), "quit" of a workload
(English "quit" stops it), an "in" that is a time or a place ("in 2 minutes", "in
payments-config"), a count below zero, a "no" that is an answer, a second value or order after
the key's, a destructive word that is an order."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import calques
from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries

pytestmark = pytest.mark.timeout(300)


# --------------------------------------------------------------------- false friends


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("eliminate the deployment of worker, we don't use it more", {"Deployment/worker"}),
        ("erase the PDB of orders", {"PodDisruptionBudget/orders"}),
        ("please erase the checkout deployment", {"Deployment/checkout"}),
        ("eliminate the service of frontend", {"Service/frontend"}),
    ],
)
def test_eliminate_and_erase_delete_an_object_named_as_one(
    shop: Operator, intent: str, expected: set[str]
) -> None:
    assert deletes(shop, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "eliminate the errors of payments",  # no object of ours: not a delete
        "erase the logs of worker",
        "don't eliminate worker",  # a negation
        "quit the worker",  # English "quit" stops it: never a delete
        "quit the PDB of orders",
    ],
)
def test_eliminate_of_no_object_and_quit_of_a_workload_stay_asked(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "target", "key"),
    [
        ("quit the FEATURE_FLAG of the frontend, we don't use it more", "frontend", "FEATURE_FLAG"),
        ("quit FEATURE_FLAG from frontend please", "frontend", "FEATURE_FLAG"),
        ("quit the key QUEUE of orders-config", "orders-config", "QUEUE"),
    ],
)
def test_quit_a_setting_removes_it(shop: Operator, intent: str, target: str, key: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [target]
    assert key in body
    assert all(o.kind == "patch" for o in proposal.operations)


# --------------------------------------------------------------------- "in two" = by two


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("augment the replicas of my-api in two, the traffic is growing", 4),
        ("augment the replicas of worker in two", 3),
        ("reduce the replicas of frontend in one, please", 2),
        ("increase checkout in 2 replicas", 4),
    ],
)
def test_a_count_after_in_moves_the_count(shop: Operator, intent: str, replicas: int) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["scale"]
    assert f'"replicas": {replicas}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "reduce orders in three",  # 2 - 3: below zero
        "increase my-api in 2 minutes",  # a time
        "increase payments in two zones",  # another noun
        "increase my-api to 4 in 2",  # a second number
    ],
)
def test_an_in_that_is_no_amount_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- "put X in true"


@pytest.mark.parametrize(
    ("intent", "inside"),
    [
        ("configure the variable LOG_LEVEL in debug for payments", ['"LOG_LEVEL"', '"debug"']),
        ("configure the FEATURE_FLAG in off for frontend", ['"FEATURE_FLAG"', '"off"']),
        (
            "the pods of payments must not run like root, put runAsNonRoot in true",
            ["runAsNonRoot"],
        ),
        ("the pods of worker must not run like root, put runAsNonRoot in true", ["runAsNonRoot"]),
    ],
)
def test_a_setting_put_in_a_value_gets_it(shop: Operator, intent: str, inside: list[str]) -> None:
    _, body = plans(shop, intent)
    assert all(i in body for i in inside)


def test_a_setting_put_in_a_place_is_no_value() -> None:
    names = frozenset({"payments-config", "payments"})
    said = "put LOG_LEVEL in payments-config"
    assert calques.read(said, lambda: names) == said
    assert calques.read("set LOG_LEVEL in the payments-config", lambda: names).endswith(
        "in the payments-config"
    )


def test_a_key_put_in_a_place_stays_asked(shop: Operator) -> None:
    asks(shop, "put LOG_LEVEL in payments-config")


# --------------------------------------------------------------------- "the redis no"


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("restart only the cache deployment, the redis no", ["deployment/cache"]),
        ("restart frontend, the payments no", ["deployment/frontend"]),
    ],
)
def test_a_noun_then_no_is_left_out(shop: Operator, intent: str, expected: list[str]) -> None:
    assert [
        f"{o.target.kind.lower()}/{o.target.name}" for o in plans(shop, intent)[0].operations
    ] == (expected)


@pytest.mark.parametrize(
    "intent",
    [
        "the envoy of orders need more memory, limit of 256Mi, the container app no touch",
        "the envoy container of orders needs a memory limit of 256Mi, the container app no touch",
    ],
)
def test_the_container_no_touch_keeps_it(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == ["orders"]
    assert '"envoy"' in body
    assert "256Mi" in body
    assert '"name": "app"' not in body


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments, the payments no",  # the one thing asked, taken back
        "restart frontend? yes or no",  # an answer, no negation
        "scale orders to 3, the orders no touch",
    ],
)
def test_a_no_that_takes_the_order_back_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_calques_leave_english_as_it_is() -> None:
    for said in (
        "restart worker, no",
        "the redis no longer answers, restart cache proxy",
        "increase my-api in 2 minutes",
        "roll back checkout to the version before 1.1.0",
        "run like the wind",
    ):
        assert calques.read(said, frozenset) == said


# --------------------------------------------------------------------- "the version anterior"


@pytest.mark.parametrize(
    "intent",
    [
        "return checkout to the version anterior",
        "put checkout in the release anterior",
        "return checkout to the version before",
    ],
)
def test_the_version_anterior_is_the_previous_one(shop: Operator, intent: str) -> None:
    assert summaries(shop, intent) == ["roll deployment/checkout in shop back to revision 1"]


def test_the_version_anterior_of_a_single_revision_stays_asked(shop: Operator) -> None:
    asks(shop, "return payments to the version anterior")


# --------------------------------------------------------------------- terse values


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("RPC gateway (my-api): LOG_LEVEL error, it's spamming 40GB of logs a day", '"error"'),
        ("payments: LOG_LEVEL warn because the logs cost too much", '"warn"'),
        ("frontend: FEATURE_FLAG ga, it's been stable for a week", '"ga"'),
    ],
)
def test_a_key_and_value_after_a_title_with_a_reason(
    shop: Operator, intent: str, value: str
) -> None:
    _, body = plans(shop, intent)
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "my-api: LOG_LEVEL error, or warn",  # two values
        "my-api: LOG_LEVEL error, restart payments",  # another order, another workload
        "my-api: LOG_LEVEL maybe, it's spamming",  # a hedge
    ],
)
def test_a_key_after_a_title_with_more_than_a_reason_stays_asked(
    shop: Operator, intent: str
) -> None:
    asks(shop, intent)


# --------------------------------------------------------------------- "for the drop"


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("payments +2 for the drop", 4),
        ("checkout +1 for tonight's drop", 3),
        ("scale frontend to 6 before the drop", 6),
    ],
)
def test_a_destructive_word_naming_the_event_is_no_order(
    shop: Operator, intent: str, replicas: int
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["scale"]
    assert f'"replicas": {replicas}' in body


@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4 and drop worker",  # an order
        "payments +2 for the drop, then drop worker",
        "scale payments by 2 for the drop",  # by 2 up or down?
    ],
)
def test_a_destructive_word_that_orders_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
