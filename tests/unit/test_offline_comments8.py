"""A comment after a pasted command, and a message that says not to run what it shows (the blind
attack on the approval paths, session 8): "kubectl rollout undo deployment/checkout -n shop  #
only if smoke tests fail" had been planned with the comment dropped, and then run by
``--approve``; "# DO NOT RUN" was dropped too. A comment that only files the command is dropped;
any other is read as a note said before it (a time or condition the plan waits on, or asked)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    ("said", "summaries", "awaits"),
    [
        (
            "kubectl rollout undo deployment/checkout -n shop  # only if smoke tests fail",
            ["roll deployment/checkout in shop back to revision 1"],
            "only if smoke tests fail",
        ),
        (
            "kubectl scale deploy/worker --replicas=3   # tonight",
            ["scale deployment/worker in shop to 3 replicas"],
            "tonight",
        ),
        (
            "kubectl scale deploy/worker --replicas=3 # once the migration is done",
            ["scale deployment/worker in shop to 3 replicas"],
            "once the migration is done",
        ),
    ],
)
def test_a_condition_in_a_comment_is_waited_on(
    shop: Operator, said: str, summaries: list[str], awaits: str
) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == summaries
    assert p.awaits == awaits


@pytest.mark.parametrize(
    "said",
    [
        "kubectl scale deploy/worker --replicas=3  # runbook step 4",
        "kubectl scale deploy/worker --replicas=3  # see OPS-812",
        "kubectl scale deploy/worker --replicas=3  # fyi",
        "kubectl scale deploy/worker --replicas=3  # 2026-12-02",
    ],
)
def test_a_comment_that_only_files_the_command_is_dropped(shop: Operator, said: str) -> None:
    p, _ = plans(shop, said)
    assert [o.summary() for o in p.operations] == ["scale deployment/worker in shop to 3 replicas"]
    assert p.awaits is None


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("kubectl scale deploy/worker --replicas=3  # DO NOT RUN", "do not run"),
        ("kubectl scale deploy/worker --replicas=3  # don't run this yet", "don't run this yet"),
        ("kubectl delete deploy/worker  # do not apply", "do not apply"),
        ("scale worker to 3 (do not run)", "do not run"),
        ("don't run this: restart payments", "don't run this"),
        ("kubectl scale deploy/worker --replicas=3  # and delete payments", "delete"),
        # (a clock time said of the change is planned and waits: test_offline_r9_clock)
    ],
)
def test_a_comment_that_withholds_or_adds_is_asked(shop: Operator, said: str, named: str) -> None:
    question = asks(shop, said).question or ""
    assert named in question.lower()


def test_running_as_root_is_no_withholding(shop: Operator) -> None:
    p, _ = plans(shop, "make sure frontend does not run as root")
    assert p.operations
