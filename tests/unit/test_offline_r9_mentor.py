"""A mentor's explanation beside the change is context (helper mentor, issue 11 round 9).

The explanation or generalisation ("… aren't HA if …", "when it's X you Y", "instead of …",
"is what you want", "is the right budget for it") is dropped; the change is the request and
nothing of the explanation (a number, a time) is lent to it. A lead that could be WHEN the change
runs, names a workload, is itself an order, or stands before a deletion is left as said.
Our own phrasings, over the in-memory shop.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import mentor
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)

_NAMES = frozenset({"my-api", "frontend", "payments", "orders", "checkout", "worker"})


@pytest.mark.parametrize(
    ("intent", "kind", "target", "inside"),
    [
        (
            "If the pods get OOMKilled you bump the limit first: payments memory limit to 512Mi",
            "patch",
            "payments",
            ['"memory": "512Mi"'],
        ),
        (
            "Three pods on one node is no HA at all: add preferred pod anti-affinity to payments",
            "patch",
            "payments",
            ["podAntiAffinity", "preferredDuringSchedulingIgnoredDuringExecution"],
        ),
        (
            "Instead of scaling by hand every morning, give orders an HPA: min 3, max 8, cpu 70%",
            "apply",
            "orders",
            ['"minReplicas": 3', '"maxReplicas": 8', '"averageUtilization": 70'],
        ),
        (
            "my-api has 2 replicas, so a PDB with maxUnavailable 1 is the right budget for it",
            "apply",
            "my-api",
            ['"maxUnavailable": 1'],
        ),
        (
            "A PDB with minAvailable 1 is what you want for frontend, not a bigger replica count",
            "apply",
            "frontend",
            ['"minAvailable": 1'],
        ),
        ("Env changes only land on new pods: restart payments", "rollout_restart", "payments", []),
        (
            "kubectl rollout restart is what you want for orders, it picks up the new secret",
            "rollout_restart",
            "orders",
            [],
        ),
    ],
)
def test_the_change_beside_an_explanation_is_planned(
    shop: Operator, intent: str, kind: str, target: str, inside: list[str]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations][-1] == kind
    assert proposal.operations[-1].target.name == target
    assert not proposal.awaits
    for text in inside:
        assert text in body


def test_a_negated_lead_with_a_time_lends_no_time(shop: Operator) -> None:
    # The 3am is when NOT to work, and "look into it later" is the person's own follow-up.
    proposal, _ = plans(
        shop, "Don't firefight at 3am: undo the checkout rollout and dig into it later"
    )
    assert [o.kind for o in proposal.operations] == ["rollout_undo"]
    assert not proposal.awaits


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Restarts pick up env: restart worker", "restart worker"),
        ("Tonight: restart orders", "Tonight: restart orders"),  # may be when it runs
        ("If traffic drops: scale payments to 2", "If traffic drops: scale payments to 2"),
        ("payments: scale to 4", "payments: scale to 4"),  # the lead is the target
        ("Nobody knows why: delete payments", "Nobody knows why: delete payments"),
        ("Scale orders: restart payments", "Scale orders: restart payments"),  # an order
        (
            "Traffic is low at night: scale payments to 1",
            "Traffic is low at night: scale payments to 1",
        ),
        ("What you want is 5 replicas", "5 replicas"),
        ("What you want for ghost is 5 replicas", "What you want for ghost is 5 replicas"),
    ],
)
def test_what_is_read_as_context_and_what_stays(text: str, read: str) -> None:
    assert mentor.read(text, lambda: _NAMES) == read


@pytest.mark.parametrize(
    "intent",
    [
        "If traffic drops: scale payments to 2",
        "Nobody knows why: delete payments",
        "What you want is 5 replicas",
    ],
)
def test_near_misses_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)
