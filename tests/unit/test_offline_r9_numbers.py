"""A number is used only in the role it was said in (helper numbers, round 9; module
:mod:`dotop_nb.planner.offline.counted`): dictated digits are never summed; a factor or a relative
amount said of a setting, a resource or a version is no multiple of the replicas; a count per
zone/node or a total over several workloads is no count of one; a version range is no tag; an
amount on top of a resource is never its value; a live count said that is not the live one is
asked. Over the in-memory shop (my-api 2, frontend 3, payments 2, worker 1 replicas; payments'
memory limit 256Mi). Our own phrasings, beside near misses that must still plan."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline.numbers import placeholders
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("two four", None),
        ("six six", None),
        ("four zero", None),
        ("zero four", None),
        ("twenty thirty", None),
        ("twenty two", 22.0),
        ("one hundred and five", 105.0),
        ("zero", 0.0),
    ],
)
def test_number_words_are_composed_as_english_never_summed(said: str, value: float | None) -> None:
    _, nums = placeholders(f"scale it to {said}")
    assert len(nums) == 1
    assert nums[0].value == value


@pytest.mark.parametrize(
    "intent",
    [
        # dictated digits or a stutter: 24? 2 or 4? never 6
        "scale worker to six six",
        "set checkout replicas to three seven",
        "scale my-api two five",
        # a "#" said with the count: asked, never a crash
        "scale my-api to #3",
        "scale frontend #5",
        # a count per unit of the cluster: the total is not said
        "scale frontend to 3 per zone",
        "run two my-api pods on every node",
        "scale checkout to 2 in each az",
        # a total over several workloads
        "scale frontend and checkout to 6 in total",
        "split 6 pods across my-api and orders",
        "my-api + orders = 4 replicas",
        # a factor or relative amount said of a setting, a resource, a version
        "my-api memory x4",
        "worker heap double",
        "WORKER_THREADS x2 on worker",
        "orders connections times 3",
        "my-api 1.6.0 x3",
        "checkout v2.0.1 \u00d72",
        # a range of versions
        "update my-api to 1.6.x",
        "update frontend to 2.*",
        "update checkout to ~2.0",
        # an amount on top, with no value it is on top of said
        "give orders 128Mi more",
        "give my-api another 1 core",
        "my-api needs 512Mi more memory",
        # a factor as an autoscaler's bound
        "add an hpa to my-api, max 4x current",
        # the live count said, and not the live one
        "my-api currently has 4 replicas, scale it to 5",
        "scale frontend to 5, it currently runs 7",
    ],
)
def test_a_number_in_another_role_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "contains"),
    [
        ("scale frontend to twenty two", '"replicas": 22'),
        ("scale my-api to one hundred", '"replicas": 100'),
        ("scale payments to zero", '"replicas": 0'),
        ("scale frontend x2", '"replicas": 6'),
        ("worker 4x pls, queue is huge", '"replicas": 4'),
        ("my-api \u00d73 before the sale", '"replicas": 6'),
        ("payments +2 replicas", '"replicas": 4'),
        ("scale my-api and orders to 4 each", '"replicas": 4'),
        ("scale frontend to 5, it currently runs 3", '"replicas": 5'),
        ("scale checkout to 3 so it survives a node failure", '"replicas": 3'),
        ("update my-api to 1.6.0", "my-api:1.6.0"),
        # an amount on top of the field said: computed from its value now
        ("payments memory limit + 1Gi", '"memory": "1280Mi"'),
        ("payments memory limit plus 1Gi", '"memory": "1280Mi"'),
        ("add 1Gi to payments memory limit", '"memory": "1280Mi"'),
    ],
)
def test_a_number_in_its_own_role_still_plans(shop: Operator, intent: str, contains: str) -> None:
    _, body = plans(shop, intent)
    assert contains in body


def test_the_question_names_what_the_factor_was_said_of(shop: Operator) -> None:
    proposal = asks(shop, "orders batch size x5")
    assert "batch" in (proposal.question or "").lower()
    proposal = asks(shop, "frontend 2.2.0 x 3")
    assert "2.2.0" in (proposal.question or "")
