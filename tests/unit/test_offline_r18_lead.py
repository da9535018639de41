"""Round 18, the lead's mends: each shape below was misread, and the nearest phrasing that must
stay a question or a plan still is one."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import numbers
from dotop_nb.service import Operator
from tests.memory import asks, plans


# The one misread that acted in blind24's first run: a fraction said after the whole ("one and a
# half", "2 ½") was dropped, and the whole was planned. It is a part of the number, which is then
# no whole count.
@pytest.mark.parametrize(
    ("said", "raw", "value"),
    [
        ("add one and a half pods", "one and a half", 1.5),
        ("to 2 and a quarter replicas", "2 and a quarter", 2.25),
        ("to 3 \u00bd pods", "3 \u00bd", 3.5),
        ("to twelve and a half.", "twelve and a half", 12.5),
    ],
)
def test_a_fraction_after_a_whole_number_is_part_of_it(said: str, raw: str, value: float) -> None:
    _, found = numbers.placeholders(said)
    assert [(n.raw, n.value, n.count) for n in found] == [(raw, value, None)]


@pytest.mark.parametrize(
    "intent",
    [
        "add one and a half instances to frontend",
        "scale worker to two and a half replicas",
        "frontend to 4 and a half pods please",
        "scale my-api up by 1 \u00bd",
    ],
)
def test_a_count_with_a_fraction_is_asked(shop: Operator, intent: str) -> None:
    assert "whole number" in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale frontend to 2 and add a pdb", "scale deployment/frontend in shop to 2 replicas"),
        ("add one pod to worker and a half-hour later check it", None),
    ],
)
def test_an_and_after_a_count_that_is_no_fraction_stays_the_count(
    shop: Operator, intent: str, summary: str | None
) -> None:
    _, found = numbers.placeholders(intent)
    assert all(not n.decimal for n in found)
    if summary:
        proposal, _ = plans(shop, intent)
        assert summary in [o.summary() for o in proposal.operations]


# A delay counted in any number ("in three hours", "in one and a half hours", "in a couple of
# days") is a time the change would wait for: asked, never made now. Only "one", "two" and digits
# were read before, and "restart frontend in three hours" restarted it at once.
@pytest.mark.parametrize(
    "intent",
    [
        "restart frontend in three hours",
        "restart frontend in one and a half hours",
        "restart worker in a couple of days",
        "roll my-api back in ten minutes",
        "restart payments in twenty mins",
    ],
)
def test_a_change_said_after_a_delay_in_words_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart frontend, it crashed twice in three hours",
        "restart worker, it leaked memory in a couple of days",
    ],
)
def test_a_delay_inside_what_happened_does_not_hold_the_order(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["rollout_restart"]


# "my-api retry count to 5" scaled my-api to 5: a count of something the workload has, said by
# the noun before "count" and set to a number, is no replica count (found by the verbs helper).
@pytest.mark.parametrize(
    "intent",
    [
        "my-api retry count to 5",
        "set the payments retry count to 3",
        "worker thread count = 8",
        "frontend connection number to 50",
        "set the frontend session count to 10",
    ],
)
def test_a_count_of_something_else_is_no_replica_count(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("worker count to 3", 3),
        ("cache proxy count to 2", 2),
        ("set the pod count of worker to 3", 3),
        ("worker replica count to 4", 4),
        ("scale worker to 3, the error count is high", 3),
    ],
)
def test_a_count_of_the_workloads_pods_still_scales(
    shop: Operator, intent: str, replicas: int
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["scale"]
    assert f'"replicas": {replicas}' in body
