"""Round 24, quick helper parts: a removal or switch-off of a PART of a workload never acts on
the whole workload (:mod:`dotop_nb.planner.offline.partoff`).

The shape (fourth black-box attack): "remove the checkout latency alert", "delete the frontend
dark mode", "get rid of the orders retry queue" deleted the workload (with its Service and
ConfigMap); "turn off the frontend maintenance page", "shut down the postgres replica", "switch
off the my-api swagger ui" scaled it to 0; "remove the orders envoy alert" removed the envoy
container. Read as an allow-list: after the workload's name only words for the workload itself
plan; anything else is asked, naming the words. The nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# A delete of a part: asked, naming the words and what to type, nothing deleted.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        # the attack's samples
        ("remove the checkout latency alert", "latency alert"),
        ("remove the payments down alert", "down alert"),
        ("delete the frontend 5xx alert", "5xx alert"),
        ("remove the postgres nightly job", "nightly"),
        ("delete the frontend dark mode", "dark mode"),
        ("get rid of the orders retry queue", "retry queue"),
        ("delete the checkout throttle", "throttle"),
        ("nuke the checkout latency alert", "latency alert"),
        ("delete checkout latency alert", "latency alert"),
        ("remove the checkout old version", "old version"),
        # phrasings of our own
        ("destroy the orders audit log", "audit log"),
        ("remove my-api deprecated routes", "deprecated routes"),
    ],
)
def test_a_delete_of_a_part_is_asked(op: Operator, intent: str, words: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(words) in question
    assert "delete the" in question
    assert "scale" in question


# A switch-off of a part: asked, never the workload scaled to 0.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("turn off the frontend maintenance page", "maintenance page"),
        ("turn off frontend maintenance mode", "maintenance mode"),
        ("shut down the postgres replica", "replica"),
        ("turn off the postgres wal archiving", "wal archiving"),
        ("switch off the my-api swagger ui", "swagger ui"),
        ("turn off the payments webhook", "webhook"),
        ("shut down the payments sandbox", "sandbox"),
        ("scale down the checkout old version to 0", "old version"),
        # phrasings of our own
        ("turn off the checkout discount engine please", "discount engine"),
        ("turn off the orders email digest tonight", "email digest"),
    ],
)
def test_a_switch_off_of_a_part_is_asked(op: Operator, intent: str, words: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(words) in question
    assert "scale the whole workload to 0" in question


# Other readers ask these first; whichever asks, nothing is deleted or scaled.
@pytest.mark.parametrize(
    "intent",
    [
        "drop the worker dead letter queue",
        "remove the my-api rate limit banner",
        "please delete the payments promo banner now",
        "get rid of the frontend cookie consent, nobody reads it",
        "delete checkout's latency alert",
        "shut down the worker second shard",
        "turn off the payments 3ds check",
        "remove the latency alert of checkout",
        "turn off the dark mode for frontend",
    ],
)
def test_a_part_said_otherwise_is_asked_too(op: Operator, intent: str) -> None:
    asks(op, intent)


# A container named with words after it that are not the container's: asked.
@pytest.mark.parametrize(
    "intent", ["remove the orders envoy alert", "remove the envoy alert from orders"]
)
def test_a_part_of_a_container_is_not_the_container(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "'alert'" in question
    assert "envoy container" in question


# The nearest orders still plan, with what they said.
@pytest.mark.parametrize(
    ("intent", "kind", "name"),
    [
        ("delete checkout", "delete", "checkout"),
        ("delete the checkout deployment", "delete", "checkout"),
        ("delete the payments service", "delete", "payments"),
        ("tear down orders and everything that belongs to it", "delete", "orders"),
        ("delete worker, it is unused", "delete", "worker"),
        ("delete worker since it is unused", "delete", "worker"),
        ("get rid of worker, nobody uses it", "delete", "worker"),
        ("nuke the worker deployment now", "delete", "worker"),
        ("delete worker completely", "delete", "worker"),
        ("delete the worker app please", "delete", "worker"),
        ("shut down worker", "scale", "worker"),
        ("turn off worker", "scale", "worker"),
        ("turn off the worker pods", "scale", "worker"),
        ("shut worker down", "scale", "worker"),
        ("scale frontend to 0", "scale", "frontend"),
        ("scale down worker to 0", "scale", "worker"),
        ("scale worker down to 0", "scale", "worker"),
        ("remove the envoy sidecar from orders", "patch", "orders"),
        ("remove the orders envoy sidecar", "patch", "orders"),
        ("drop envoy from orders", "patch", "orders"),
    ],
)
def test_the_workload_itself_still_plans(op: Operator, intent: str, kind: str, name: str) -> None:
    proposal, _ = plans(op, intent)
    assert any(o.kind == kind and o.target.name == name for o in proposal.operations)
    if kind == "scale":
        assert all(getattr(o, "replicas", 0) == 0 for o in proposal.operations)
