"""Round 11, helper advice: a review's recommendation is the request; a backup said without a
cadence is one Velero Backup (dotop_nb/planner/offline/advice.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.planner.offline import advice
from tests.memory import shop_operator


def _plan(text: str) -> Any:
    op = shop_operator(Path(tempfile.mkdtemp(prefix="advice-")))
    try:
        return op.analyze(text, namespace="shop")
    finally:
        op.close()


@pytest.mark.parametrize(
    ("said", "order"),
    [
        ("We recommend running checkout with 3 replicas", "run checkout with 3 replicas"),
        ("We'd recommend setting payments to 4 replicas", "set payments to 4 replicas"),
        ("I suggest scaling orders to 3", "scale orders to 3"),
        ("we strongly advise that you add a pdb to worker", "add a pdb to worker"),
        ("Recommendation: capping worker memory at 1Gi", "cap worker memory at 1Gi"),
        ("Cost, rec 3: reduce frontend to 2", "reduce frontend to 2"),
    ],
)
def test_recommendation_is_its_order(said: str, order: str) -> None:
    assert advice.recommended(said) == order


@pytest.mark.parametrize(
    "said",
    [
        "We recommend maybe running checkout with 3 replicas",
        "We recommend running checkout with 3 replicas, ideally",
        "we might suggest scaling orders to 3",
        "should we recommend running checkout with 3 replicas?",
        "scale orders to 3",
        "the vendor recommends running checkout with 3 replicas",
    ],
)
def test_hedge_or_no_recommendation_is_not_read(said: str) -> None:
    assert advice.recommended(said) is None


@pytest.mark.parametrize(
    ("said", "target", "replicas"),
    [
        ("We recommend running checkout with 3 replicas", "checkout", 3),
        ("We'd recommend setting payments to 4 replicas", "payments", 4),
        ("I suggest scaling orders to 3", "orders", 3),
    ],
)
def test_recommended_scale_plans(said: str, target: str, replicas: int) -> None:
    result = _plan(said)
    assert result.status == "proposed", result.question
    [op] = result.operations
    assert op.summary() == f"scale deployment/{target} in shop to {replicas} replicas"


@pytest.mark.parametrize(
    "said",
    [
        "We recommend maybe running checkout with 3 replicas",
        "We recommend running checkout with 3 replicas, ideally",
        # (Round 34: a review's bare "Suggestion: …" label is the writer's order, as
        # "Recommendation: …" is — blind37; another's suggestion stays advice.)
        "Bob's suggestion: scale checkout to 3",
        "suggestion only: scale checkout to 3",
        "should we recommend running checkout with 3 replicas?",
    ],
)
def test_hedged_recommendation_asks(said: str) -> None:
    result = _plan(said)
    assert result.status != "proposed"
    assert not result.operations


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Pre-release step 1: take a Velero backup of the namespace before we start", "backup"),
        ("back up only the postgres server", "backup"),
        ("take a velero backup of payments", "backup"),
        ("back up postgres", "backup"),
        ("set up velero backups of postgres", "schedule"),
        ("schedule a velero backup of the namespace", "schedule"),
        ("back up postgres every night", "schedule"),
        ("velero backup of orders every 6 hours", "schedule"),
    ],
)
def test_backup_without_cadence_is_once(said: str, kind: str) -> None:
    result = _plan(said)
    assert result.status == "proposed", result.question
    [op] = result.operations
    assert op.summary().startswith(f"apply {kind}/")


@pytest.mark.parametrize(
    ("said", "once"),
    [
        ("back up postgres", True),
        ("take a backup of the namespace", True),
        ("regular backups of postgres", False),
        ("keep postgres backed up", False),
        ("backup postgres daily from now on", False),
    ],
)
def test_backup_once_rule(said: str, once: bool) -> None:
    assert advice.backup_once(said) is once
