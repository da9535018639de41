"""Round 21 (lead): the misreads that acted in blind27's first (sealed) run, each as its shape,
with near variants that must still ask or still plan as before.

- "worker OOMs rendering PDFs -> memory limit 1Gi, request 512Mi" set the request alone: the
  arrow was read as "to", so the fact before it swallowed the first value. An arrow from words
  with no number to a field and its value ends a clause ("therefore"); an arrow between two
  values is still a change from one to the other.
- "make checkout's autoscaler less aggressive" applied a new autoscaler with defaults where
  checkout has none: an autoscaler spoken of as one that is there, with no bound said and no
  word of making one, is asked.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


def _resources(shop: Operator, intent: str) -> dict[str, dict[str, str]]:
    _, body = plans(shop, intent)
    (op,) = json.loads(body)
    (container,) = op["patch"]["spec"]["template"]["spec"]["containers"]
    return dict(container["resources"])


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "payslip worker (worker) OOMs rendering PDFs -> memory limit 1Gi, request 512Mi",
            {"limits": {"memory": "1Gi"}, "requests": {"memory": "512Mi"}},
        ),
        (
            "frontend keeps getting OOMKilled at peak => memory limit 768Mi, request 384Mi",
            {"limits": {"memory": "768Mi"}, "requests": {"memory": "384Mi"}},
        ),
        (
            "the payments pods are starved \u2192 requests 150m cpu / 192Mi, limit 384Mi",
            {"requests": {"cpu": "150m", "memory": "192Mi"}, "limits": {"memory": "384Mi"}},
        ),
        (
            "worker is throttled all day -> cpu limit 1, cpu request 500m",
            {"limits": {"cpu": "1"}, "requests": {"cpu": "500m"}},
        ),
    ],
)
def test_an_arrow_from_a_fact_to_fields_keeps_every_value(
    shop: Operator, intent: str, expected: dict[str, dict[str, str]]
) -> None:
    assert _resources(shop, intent) == expected


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        # An arrow between two values is the change from one to the other.
        ("worker memory 256Mi -> memory 512Mi", {"requests": {"memory": "512Mi"}}),
        ("worker cpu -> 500m", {"requests": {"cpu": "500m"}}),
    ],
)
def test_an_arrow_between_values_is_still_a_change(
    shop: Operator, intent: str, expected: dict[str, dict[str, str]]
) -> None:
    assert _resources(shop, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "Can you make checkout's autoscaler less aggressive?",
        "make the frontend autoscaler more conservative",
        "tune the checkout hpa",
        "my-api's autoscaler reacts too slowly, make it snappier",
    ],
)
def test_an_autoscaler_spoken_of_that_is_not_there_is_asked(shop: Operator, intent: str) -> None:
    proposal = asks(shop, intent)
    assert "has no HorizontalPodAutoscaler" in (proposal.question or ""), proposal.question


@pytest.mark.parametrize(
    "intent",
    [
        "autoscale checkout",
        "add the checkout hpa",
        "give checkout an autoscaler",
        "checkout's autoscaler: min 2 max 6",
        "set up the hpa for frontend",
    ],
)
def test_an_autoscaler_made_or_said_whole_is_still_planned(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["HorizontalPodAutoscaler"]
