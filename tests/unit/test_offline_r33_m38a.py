"""Round 33, helper m38a: attack38's reports planned as orders (summary.md shapes 1 and 5).

A report said at the head with words the readers did not know ("is live: X", "it's live: X",
"out in prod: X", "went to prod: X", "prod now has: X", "prod got: X", "synced: X", "promoted:
X", "done already: X", "live since monday: X") or with a time after its word ("shipped
yesterday: X", "went live last night: X"); a report said after the change ("X rolled out fine",
"X was merged", "X is now live", "X hit prod", "X is deployed", "X has been deployed", also
after a record's id, "PR #88 (X) got deployed"); a change undone ("CHG-7 (X) was undone", "… was
rolled back last night") — each was planned. And a report followed by a new order planned the
report too, once on the new order's object ("PR #88 (scale payments to 4) is deployed, now
restart the orders deployment" scaled orders to 4). The report asks; the order after it is
planned alone.
"""

from __future__ import annotations

import re

import pytest

from dotop_nb.planner.offline import results
from dotop_nb.service import Operator
from tests.memory import asks, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_RESTART_WORKER = "restart the pods of deployment/worker in shop"
_RESTART_ORDERS = "restart the pods of deployment/orders in shop"
_SCALE_PAYMENTS = "scale deployment/payments in shop to 4 replicas"
_FRONTEND_220 = (
    "set image of container web in deployment/frontend in shop to ghcr.io/acme/frontend:2.2.0"
)


# (5) A report said at the head asks, with a time after its word too.
@pytest.mark.parametrize(
    "intent",
    [
        "is live: switch frontend to 2.2.0",
        "it's live: scale payments to 4",
        "this is now live: restart worker",
        "out in prod: restart worker",
        "now in prod: bump payments to 3.1.0",
        "live in production: scale my-api to 5",
        "went to prod: set LOG_LEVEL=debug on my-api",
        "went into production: restart worker",
        "prod now has: restart worker",
        "prod got: scale my-api to 5",
        "synced: switch frontend to 2.2.0",
        "promoted: switch frontend to 2.2.0",
        "done already: scale payments to 4",
        "live since monday: scale payments to 4",
        "shipped yesterday: bump payments to 3.1.0",
        "merged yesterday: scale payments to 4",
        "went live last night: switch frontend to 2.2.0",
        "ran yesterday: set LOG_LEVEL=debug on my-api",
        "executed yesterday: switch frontend to 2.2.0",
        "finished yesterday: restart worker",
        "deployed this morning: restart worker",
        "released on monday: scale payments to 4",
    ],
)
def test_a_report_said_at_the_head_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A report said after the change, alone or after a record's id, asks.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments to 4 rolled out fine",
        "restart worker deployed cleanly",
        "scale my-api to 5 was merged",
        "restart worker got merged",
        "scale payments to 4 is now live",
        "bump payments to 3.1.0 hit prod",
        "set LOG_LEVEL=debug on my-api is deployed",
        "scale payments to 4 was deployed",
        "switch frontend to 2.2.0 has been deployed",
        "restart worker has been released",
        "PR #88 (scale payments to 4) rolled out fine",
        "PR #88 (restart worker) was merged",
        "PR #88 (bump payments to 3.1.0) is now live",
        "PR #88 (scale payments to 4) hit prod",
        "PR #88 (set LOG_LEVEL=debug on my-api) got deployed",
        "PR #88 (restart worker) has been deployed",
        "CHG-7 (switch frontend to 2.2.0) was undone",
        "CHG-7 (bump payments to 3.1.0) was rolled back last night",
        "INC-4 (scale payments to 4) got reverted this morning",
    ],
)
def test_a_report_said_after_the_change_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (1) A report, then a new order on its own: the order alone, never the report's change nor
# its number on the order's object.
@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "PR #88 (scale payments to 4) is deployed, now restart the orders deployment",
            [_RESTART_ORDERS],
        ),
        ("PR #88 (restart worker) was merged, now scale payments to 4", [_SCALE_PAYMENTS]),
        ("PR #88 (scale payments to 4) rolled out fine, now restart worker", [_RESTART_WORKER]),
        (
            "PR #88 (restart worker) is now live, now restart the orders deployment",
            [_RESTART_ORDERS],
        ),
        (
            "PR #88 (scale payments to 4) has been deployed, now switch frontend to 2.2.0",
            [_FRONTEND_220],
        ),
        ("scale payments to 4 hit prod, now restart worker", [_RESTART_WORKER]),
        ("it's live: scale payments to 4; next restart worker", [_RESTART_WORKER]),
        ("it's live: scale payments to 4. now restart worker", [_RESTART_WORKER]),
        ("is live: restart the orders deployment; next scale payments to 4", [_SCALE_PAYMENTS]),
        ("out in prod: switch frontend to 2.2.0; next restart worker", [_RESTART_WORKER]),
        ("prod got: restart worker. now scale payments to 4", [_SCALE_PAYMENTS]),
        ("went live last night: restart worker; next switch frontend to 2.2.0", [_FRONTEND_220]),
        ("merged yesterday: scale my-api to 5. now restart worker", [_RESTART_WORKER]),
        ("applied: scale payments to 4. now restart worker", [_RESTART_WORKER]),
    ],
)
def test_a_report_then_an_order_plans_the_order_alone(
    op: Operator, intent: str, expected: list[str]
) -> None:
    assert summaries(op, intent) == expected


# Near misses: orders that name the state, a condition or a thing out already stay planned.
@pytest.mark.parametrize(
    ("intent", "expected", "awaits"),
    [
        (
            "scale payments to 4 once PR #88 is deployed",
            [_SCALE_PAYMENTS],
            "once PR #88 is deployed",
        ),
        ("scale payments to 4 before it hits prod", [_SCALE_PAYMENTS], "before it hits prod"),
        ("switch frontend to 2.2.0 and make sure it is deployed", [_FRONTEND_220], ""),
        ("restart worker so the fix is live", [_RESTART_WORKER], ""),
        ("restart worker then check it rolled out fine", [_RESTART_WORKER], ""),
        ("restart worker, the new config is live", [_RESTART_WORKER], ""),
        ("restart worker; the fix was merged", [_RESTART_WORKER], ""),
        ("scale payments to 4 now that PR #88 is merged", [_SCALE_PAYMENTS], ""),
        ("PR #88 is merged, now scale payments to 4", [_SCALE_PAYMENTS], ""),
        ("is it live? restart worker", [_RESTART_WORKER], ""),
        ("it's live — restart worker", [_RESTART_WORKER], ""),
        ("restart worker", [_RESTART_WORKER], ""),
    ],
)
def test_an_order_beside_a_state_stays_planned(
    op: Operator, intent: str, expected: list[str], awaits: str
) -> None:
    got, waits = summaries_and_awaits(op, intent)
    assert got == expected
    assert (waits or "") == awaits


def test_the_shared_heads_compile_on_their_own() -> None:
    assert re.fullmatch(results.HEAD_MORE, "prod now has", re.I)
    assert re.fullmatch(rf"shipped{results.HEAD_WHEN}", "shipped last night", re.I)
    assert not re.fullmatch(results.HEAD_MORE, "live", re.I)
