"""Round 29, helper m33a: the tenth attack's shapes that changed the wrong thing.

(U1) A destructive verb opening a head whose object names no workload, before an order of
another kind ("please scrap: switch frontend to …:2.1.2", "remove 1.0: new version 3.0.3 for
payments") deleted the workload the other order named: asked (:mod:`.removal`). (U3) A key in
capitals set beside a time ("worker: POOL_SIZE=5 tonight") scaled the workload to the value:
cutting the time lowered the text, and a lower-case key is no setting (:func:`guard.
without_conditions` keeps the case said). (U2) A going back after a change ("scale checkout to
4; we go back to normal after") planned a rollout undo too: it is the change's way back, asked.
(HA) "make orders HA" beside orders's own budget (minAvailable 2) applied maxUnavailable over
it, so the dry run failed and the proposal came with no question: the budget is kept when it
lets a pod go, eased in place when it does not. (W1) A delete said as its own order beside a
change of another workload stays planned (the decision of the delete session, in the corpus);
docs/operations.md now says so everywhere."""

from __future__ import annotations

import json

import pytest

from dotop_nb.planner.offline import guard
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries

pytestmark = pytest.mark.timeout(300)


# (U1) The delete's head names no workload; what follows is another order: asked.
@pytest.mark.parametrize(
    "intent",
    [
        # the attack's
        "please scrap: switch frontend to ghcr.io/acme/frontend:2.1.2",
        "remove the debug build: my-api -> ghcr.io/acme/my-api:1.4.2",
        "please nuke this: new version 1.1.0 for orders",
        "get rid of the hotfix image: use ghcr.io/acme/checkout:1.1.1 for checkout",
        "hey, remove 1.0: new version 3.0.1 for payments",
        "remove the broken build: point orders at ghcr.io/acme/orders:1.0.2",
        "ok please nuke: use ghcr.io/acme/worker:0.9.3 for worker",
        "remove the debug build: move payments to ghcr.io/acme/payments:3.0.2",
        "please nuke: switch checkout to ghcr.io/acme/checkout:1.2.0",
        # our own: a comma, a dash or a pronoun ends the head too
        "get rid of the hotfix image, use 0.9.3 for worker",
        "nuke it: switch worker to 0.9.3",
        "remove the old build - point frontend at ghcr.io/acme/frontend:2.1.3",
        "delete the broken tag; new version 1.4.3 for my-api",
        "please remove the debug build: scale frontend to 4",
    ],
)
def test_a_delete_heading_another_order_is_asked(op: Operator, intent: str) -> None:
    p = asks(op, intent)
    assert "delete" not in " ".join(o.summary() for o in p.operations)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("delete worker: nobody uses it", ["delete deployment/worker in shop"]),
        ("cleanup: delete worker", ["delete deployment/worker in shop"]),
        ("tear down worker - it moved into my-api", ["delete deployment/worker in shop"]),
        (
            "Decommission step for release 51: delete the worker deployment, orders took over "
            "its job",
            ["delete deployment/worker in shop"],
        ),
        ("delete the orders pdb, it blocks drains", ["delete poddisruptionbudget/orders in shop"]),
        (
            "delete worker, scale frontend to 4",
            ["delete deployment/worker in shop", "scale deployment/frontend in shop to 4 replicas"],
        ),
        (
            "switch frontend to ghcr.io/acme/frontend:2.1.2",
            [
                "set image of container web in deployment/frontend in shop to "
                "ghcr.io/acme/frontend:2.1.2"
            ],
        ),
    ],
)
def test_a_delete_naming_its_workload_still_plans(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


# (U3) KEY=N beside a time or an event: the setting, waited on — never N replicas.
@pytest.mark.parametrize(
    ("intent", "workload", "key", "value", "awaits"),
    [
        # the attack's
        ("worker: POOL_SIZE=5 tonight", "worker", "POOL_SIZE", "5", "tonight"),
        ("checkout -> THREADS=3 after the release", "checkout", "THREADS", "3", "release"),
        ("After the 21:00 deploy, my-api: TIMEOUT=3", "my-api", "TIMEOUT", "3", "21:00"),
        ("payments POOL_SIZE=3 on friday evening", "payments", "POOL_SIZE", "3", "friday"),
        ("frontend: BATCH=3 post-launch", "frontend", "BATCH", "3", "launch"),
        ("my-api: BATCH=3, tomorrow morning", "my-api", "BATCH", "3", "tomorrow"),
        ("on worker, BATCH=5 after the release", "worker", "BATCH", "5", "release"),
        ("When the change window opens, frontend: WORKERS=5", "frontend", "WORKERS", "5", "window"),
        # our own
        (
            "payments: WORKER_COUNT=4 once the migration is done",
            "payments",
            "WORKER_COUNT",
            "4",
            "migration",
        ),
        ("worker MAX_JOBS=2 at 22:00", "worker", "MAX_JOBS", "2", "22:00"),
    ],
)
def test_a_key_set_beside_a_time_is_the_setting(
    op: Operator, intent: str, workload: str, key: str, value: str, awaits: str
) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert proposal.operations[0].target.name == workload
    assert json.dumps({"name": key, "value": value}) in body
    assert awaits in (proposal.awaits or "")


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [("worker to 5 replicas tonight", 5), ("worker: 5 replicas tonight", 5)],
)
def test_a_count_beside_a_time_still_scales(op: Operator, intent: str, replicas: int) -> None:
    proposal, _ = plans(op, intent)
    assert [(o.kind, getattr(o, "replicas", None)) for o in proposal.operations] == [
        ("scale", replicas)
    ]
    assert proposal.awaits


def test_cutting_a_condition_keeps_the_case_said() -> None:
    assert guard.without_conditions("worker: POOL_SIZE=5 tonight").split() == [
        "worker:",
        "POOL_SIZE=5",
    ]
    assert guard.without_conditions("scale Worker to 5 tonight").split() == [
        "scale",
        "Worker",
        "to",
        "5",
    ]


# (U2) Going back after a change, naming nothing: the change's way back, asked.
@pytest.mark.parametrize(
    "intent",
    [
        # the attack's
        "scale checkout to 4; we go back to normal after",
        "restart checkout and go back later",
        "triple checkout and go back monday",
        "deny all ingress to checkout except from frontend and go back monday",
        "set the LOG_LEVEL env of checkout to error then go back",
        "make checkout highly available and go back tomorrow",
        "hpa for checkout min 2 max 10 cpu 60; we go back to normal after",
        "raise checkout cpu request to 250m and go back monday",
        "kubectl set env deployment/checkout TIMEOUT_MS=12000 and go back tomorrow",
        # our own
        "scale checkout to 4 and go back afterwards",
        "double checkout, go back to normal tomorrow",
        "add 2 replicas to checkout; then go back",
        "scale checkout to 4 and go back at 6am",
    ],
)
def test_going_back_after_a_change_is_asked(op: Operator, intent: str) -> None:
    assert "way back" in str(asks(op, intent).question)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "scale frontend to 4 and roll back checkout",
            [
                "scale deployment/frontend in shop to 4 replicas",
                "roll deployment/checkout in shop back to revision 1",
            ],
        ),
        (
            "restart frontend and roll checkout back",
            [
                "restart the pods of deployment/frontend in shop",
                "roll deployment/checkout in shop back to revision 1",
            ],
        ),
        (
            "checkout 1.1.0 keeps crashing, go back to the prior release",
            ["roll deployment/checkout in shop back to revision 1"],
        ),
    ],
)
def test_a_rollback_of_its_own_still_plans(op: Operator, intent: str, expected: list[str]) -> None:
    assert summaries(op, intent) == expected


# (HA) A budget there already: kept when it lets a pod go, changed in place when it does not.
def test_ha_keeps_a_budget_that_lets_a_pod_go(op: Operator) -> None:
    for intent in (
        "make orders HA",
        "orders should survive a node failure",
        "make orders fault tolerant",
    ):
        proposal, _ = plans(op, intent)
        assert [o.summary() for o in proposal.operations] == [
            "scale deployment/orders in shop to 3 replicas",
            "patch deployment/orders in shop (strategic)",
        ]
        assert "minAvailable 2, kept" in proposal.analysis
        assert all(r.ok for r in proposal.dry_run)


@pytest.mark.parametrize(
    ("intent", "patch"),
    [
        # 2 replicas with minAvailable 2 lets none go: eased to the default budget.
        ("make orders HA with 2 replicas", {"maxUnavailable": 1, "minAvailable": None}),
        # A budget said replaces the one there, the other field cleared.
        (
            "make orders highly available with minAvailable 1",
            {"minAvailable": 1, "maxUnavailable": None},
        ),
    ],
)
def test_ha_changes_a_budget_there_in_place(
    op: Operator, intent: str, patch: dict[str, object]
) -> None:
    proposal, _ = plans(op, intent)
    pdb = [o for o in proposal.operations if o.target.kind == "PodDisruptionBudget"]
    assert [(o.kind, getattr(o, "patch", None)) for o in pdb] == [("patch", {"spec": patch})]
    assert all(r.ok for r in proposal.dry_run)


def test_ha_without_a_budget_still_adds_one(op: Operator) -> None:
    proposal, body = plans(op, "make payments HA")
    assert "apply poddisruptionbudget/payments in shop" in [
        o.summary() for o in proposal.operations
    ]
    assert '"maxUnavailable": 1' in body


# (W1) A delete said as its own order beside a change of another workload: one proposal.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "restart my-api and delete worker",
            ["restart the pods of deployment/my-api in shop", "delete deployment/worker in shop"],
        ),
        (
            "restart frontend and delete checkout",
            [
                "restart the pods of deployment/frontend in shop",
                "delete deployment/checkout in shop",
            ],
        ),
    ],
)
def test_a_delete_beside_a_change_of_another_workload_plans(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "restart my-api and delete it",
        "restart my-api, then delete worker",
        "back up postgres and delete worker",
    ],
)
def test_a_delete_by_a_pronoun_after_then_or_beside_a_backup_is_asked(
    op: Operator, intent: str
) -> None:
    asks(op, intent)
