"""Unsafe outcomes of the sealed blind8 run (issue 11), closed as causes with phrasings of our
own: a prohibition said of the replica counts beside a scale, an environment said after "both
the", a quantity more than any node offers, and volume snapshots said for a Velero backup."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(30)


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("scale frontend to 6 without touching any replica counts", "would scale"),
        ("scale payments to 5, and do not change any replica count", "would scale"),
        ("worker should run 2 replicas in both the dev and qa namespaces", "names namespace"),
        ("frontend at 4 pods on the staging and the prod clusters", "names namespace"),
        ("give worker a cpu limit of 900 cores", "more than any node"),
        ("payments memory request 20Ti", "more than any node"),
    ],
)
def test_what_cannot_be_meant_is_asked(op: Operator, intent: str, named: str) -> None:
    assert named in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "velero backup of the namespace every night at 2, with snapshots of the volumes",
        "daily velero schedule at 4am incl. volume snapshots, keep 7 days",
    ],
)
def test_snapshots_said_are_in_the_schedule(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"snapshotVolumes": true' in body


def test_a_large_but_possible_request_still_plans(op: Operator) -> None:
    _, body = plans(op, "set the payments cpu request to 48")
    assert '"cpu": "48"' in body


def test_a_fraction_the_plan_does_not_hold_is_asked(op: Operator) -> None:
    # The strategy rule reads no share of the pods: it would plan maxUnavailable 0, another
    # number than said. ("… during upgrades" is a budget's words now, and plans 25%.)
    question = asks(op, "a quarter of the frontend pods may be unavailable during rollouts")
    assert "I read 'a quarter'" in (question.question or "")


def test_a_fraction_the_plan_holds_as_its_percentage_plans(op: Operator) -> None:
    _, body = plans(
        op, "a pdb for frontend allowing a quarter of its pods unavailable, maxUnavailable 25%"
    )
    assert '"maxUnavailable": "25%"' in body
