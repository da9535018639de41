"""Round 28, review: the readers folded or rebuilt from their tables read as before.

(1) compound.chosen stays a check of the finished plan: a list of which one is meant is asked
however its workloads came into the plan (one list, several actions, a label's set, words in
brackets; a list meant whole plans, test_offline_r27_lists); (2) the head kind of a delete's
object, now read by objphrase.check, still asks, and leaves a delete of two objects to the
question "one deletion at a time"; (3) removal's kinds before a slash come from its table of
kinds; (4) objphrase's words of an application are a row of its table of heads. The nearest
plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import objphrase, removal
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) A list meant one of, wherever the plan's workloads came from: asked, naming the words.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("delete worker and checkout, not both", "not both"),
        ("restart frontend, then restart checkout (either)", "either"),
        ("restart frontend; restart checkout. only one needs it", "only one"),
        ("restart all tier=backend deployments, pick one", "pick one"),
        ("delete worker, checkout (either)", "either"),
        ("restart frontend and checkout (whichever)", "whichever"),
    ],
)
def test_a_list_meant_one_of_is_asked_from_any_route(
    shop: Operator, intent: str, said: str
) -> None:
    assert said in (asks(shop, intent).question or "")


# (2) The kind said as the head of a delete's object, read by objphrase.check.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("delete the deployment behind svc/payments", "delete the deployment"),
        ("remove image ghcr.io/acme/payments:3.0.0", "image"),
        ("remove the sts under svc/postgres", "remove the sts"),
    ],
)
def test_a_delete_of_another_kind_than_its_head_is_asked(
    shop: Operator, intent: str, said: str
) -> None:
    assert said in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "delete deployment payments and service payments",
        "delete the deployment payments and the payments service",
    ],
)
def test_two_objects_said_ask_one_deletion_at_a_time(shop: Operator, intent: str) -> None:
    assert "one deletion at a time" in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete the deployment worker", ["Deployment/worker"]),
        ("delete the service payments", ["Service/payments"]),
        ("nuke my-api; don't delete the service", None),
    ],
)
def test_a_delete_of_the_kind_said_still_plans(
    shop: Operator, intent: str, deleted: list[str] | None
) -> None:
    proposal, _ = plans(shop, intent)
    kinds = [f"{o.target.kind}/{o.target.name}" for o in proposal.operations]
    assert kinds == deleted if deleted is not None else "Deployment/my-api" in kinds


# (3) Every one-word kind a delete names is a kind before a slash, with its plural.
def test_every_kind_of_the_table_is_read_before_a_slash() -> None:
    for kind in [k for k in removal.KINDS if " " not in k] + ["deployment", "sts", "ds"]:
        assert removal._KIND_SLASH.search(f"delete {kind}/checkout"), kind
    assert removal._KIND_SLASH.search("delete networkpolicies/x")
    assert not removal._KIND_SLASH.search("delete frontend/checkout")


@pytest.mark.parametrize(
    "intent", ["delete frontend / checkout", "delete frontend+checkout", "delete frontend&checkout"]
)
def test_a_mark_between_two_names_to_delete_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_kind_before_a_slash_still_plans(shop: Operator) -> None:
    proposal, _ = plans(shop, "delete sts/cache")
    assert [f"{o.target.kind}/{o.target.name}" for o in proposal.operations] == [
        "StatefulSet/cache"
    ]


# (4) An application's own words are a row of the heads, never a key said in capitals.
def test_the_words_of_an_application_are_heads() -> None:
    assert objphrase._APP <= objphrase._THING
