"""Round 11, helper labels: a numbered label in front of a request is context, and an open
checklist item is a request (dotop_nb/planner/offline/logs.py, label_end / opened)."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import logs
from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    ("said", "kind", "name", "value"),
    [
        # A release, a step, a recommendation number: ids, never versions, counts or revisions.
        ("Release 2030.4.2, step 9: orders up to 5 instances", "scale", "orders", '"replicas": 5'),
        ("Reliability, rec 7: increase worker from 1 to 3 replicas", "scale", "worker", "3"),
        ("Wave 2, item 7: orders to 5 replicas", "scale", "orders", "5"),
        ("Release 61 capacity: payments gets a cpu request of 300m", "patch", "payments", "300m"),
        ("Phase 3: frontend gets 300m cpu", "patch", "frontend", "300m"),
        ("Release 9.9.9: my-api to ghcr.io/acme/my-api:1.5.0", "set_image", "my-api", "1.5.0"),
        ("Sprint 14, task 3: restart orders", "rollout_restart", "orders", "orders"),
        (
            "Cost, rec 8: let payments scale between 2 and 6 replicas on cpu",
            "apply",
            "payments",
            "6",
        ),
        (
            "Performance, rec 11: horizontal autoscaling for frontend (min 2, max 9, 60% CPU)",
            "apply",
            "frontend",
            "9",
        ),
        (
            "Back-out plan, release 12: return checkout to its previous revision",
            "rollout_undo",
            "checkout",
            "checkout",
        ),
        # Open checklist items: requests (a person still approves the plan).
        ("- [ ] ship frontend 2.3.0", "set_image", "frontend", "2.3.0"),
        (
            "* [ ] raise the payments memory limit to 768Mi before launch",
            "patch",
            "payments",
            "768Mi",
        ),
        (
            "[ ] rolling restart of payments so it picks up the new config",
            "rollout_restart",
            "payments",
            "payments",
        ),
        ("- [ ] worker up to 3 replicas", "scale", "worker", "3"),
    ],
)
def test_a_label_or_an_open_box_plans(
    shop: Operator, said: str, kind: str, name: str, value: str
) -> None:
    proposal, body = plans(shop, said)
    assert [o.target.name for o in proposal.operations] == [name], body
    assert proposal.operations[0].kind == kind, body
    assert value in body


@pytest.mark.parametrize(
    "said",
    [
        # A box on a deletion, a rollback or a stop keeps its say: asked, as a note is.
        "- [ ] delete worker",
        "- [ ] remove the orders deployment",
        "* [ ] roll back checkout",
        "[ ] scale payments to 0",
        "- [ ] shut down worker",
        "- [ ] payments 0 replicas",
        "- [ ] get rid of worker",
        # A done item is a report.
        "- [x] restarted orders",
        "- [x] scale payments to 3",
        # A label that names a place, or holds a number that is no id, is not dropped.
        "Step 4, prod: scale orders to 3",
        "production, step 2: LOG_LEVEL=warn for my-api",
        # A label dropped leaves no workload: asked.
        "Step 2: worker",
    ],
)
def test_near_misses_ask(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        ("Release 2026.12.1, step 6: payments up to 4 instances", "payments up to 4 instances"),
        ("Reliability, rec 2: increase payments", "increase payments"),
        ("Pre-release step 1: take a backup", "take a backup"),
        # Not labels: a count, a verb, a countdown, a time, a place, a value, no number.
        ("payments 4: scale", "payments 4: scale"),
        ("scale step 2: payments", "scale step 2: payments"),
        (
            "T-30 min before go-live: scale frontend to 5",
            "T-30 min before go-live: scale frontend to 5",
        ),
        ("Step 3 at 22:00: restart orders", "Step 3 at 22:00: restart orders"),
        ("Step 3, staging: restart orders", "Step 3, staging: restart orders"),
        ("Release 4 replicas: orders", "Release 4 replicas: orders"),
        ("Mitigation: restart orders", "Mitigation: restart orders"),
        ("Step 2, not orders: restart payments", "Step 2, not orders: restart payments"),
    ],
)
def test_what_a_label_is(text: str, rest: str) -> None:
    assert logs.unlabelled(text) == rest


def test_an_open_box_with_a_delete_elsewhere_keeps_every_box() -> None:
    said = "- [ ] restart orders\n- [ ] delete worker"
    assert logs.opened(said) == said
    assert logs.opened("- [ ] restart orders\n- [ ] scale worker to 3") == (
        "restart orders\nscale worker to 3"
    )
