"""Round 11, helper tables: requests pasted as rows (:mod:`dotop_nb.planner.offline.rows`). A
change-calendar row without a header is read by the role of its cells — id, approval and risk are
context, a date or time cell is when it may run (awaited), "A → B" is from A to B, "(unchanged)"
is left alone — and a row held back by its status asks. An .ics event is its SUMMARY, waiting on
its DTSTART. The phrasings are this helper's own; the near misses must still ask."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from dotop_nb.planner.offline import logs, rows
from dotop_nb.service import Operator
from tests.memory import asks, shop_operator

_SCALE = "scale deployment/{} in shop to {} replicas"
_RESTART = "restart the pods of deployment/{} in shop"
_IMAGE = "set image of container {} in deployment/{} in shop to {}"


@pytest.fixture(scope="module")
def operator() -> Iterator[Operator]:
    op = shop_operator(Path(tempfile.mkdtemp()))
    yield op
    op.close()


PLANNED = [
    # (row, what the plan does, what it waits on — None: nothing)
    (
        "CHG-3107 | 2026-12-15 03:30 UTC | payments | image | ghcr.io/acme/payments:3.0.1 | "
        "approver: K. Lee | APPROVED",
        [_IMAGE.format("payments", "payments", "ghcr.io/acme/payments:3.0.1")],
        "2026-12-15",
    ),
    (
        "CHG-3108 | orders | image | ghcr.io/acme/orders:1.0.4 | low risk | approved by CAB",
        [_IMAGE.format("app", "orders", "ghcr.io/acme/orders:1.0.4")],
        None,
    ),
    (
        "| 2026-12-20 | 22:15 | worker | replicas 1 → 3 | batch prep | approved |",
        [_SCALE.format("worker", 3)],
        "22:15",
    ),
    (
        "Wed 16 Dec\t07:00\tfrontend\treplicas 3 → 5\tapproved",
        [_SCALE.format("frontend", 5)],
        "07:00",
    ),
    (
        "Fri 18 Dec | 21:00\u201321:30 | checkout | rolling restart | emergency | OK",
        [_RESTART.format("checkout")],
        "21:00",
    ),
    (
        "CHG-3110 | frontend | imagePullPolicy | IfNotPresent → Always | standard change",
        ["patch deployment/frontend in shop (strategic)"],
        None,
    ),
    (
        "Ops calendar, Mon 14 Dec 05:00: restart orders",
        [_RESTART.format("orders")],
        "05:00",
    ),
    (
        "Patch night 2026-12-17 23:45 UTC: payments → ghcr.io/acme/payments:3.0.2",
        [_IMAGE.format("payments", "payments", "ghcr.io/acme/payments:3.0.2")],
        "23:45",
    ),
    (
        "cal-export.ics\nBEGIN:VEVENT\nSUMMARY:Restart frontend\nDTSTART:20261219T043000Z\n"
        "END:VEVENT",
        [_RESTART.format("frontend")],
        "20261219T043000Z",
    ),
    (
        "CHG-3120 | checkout | kubectl rollout undo --to-revision=1 | approved by CAB",
        ["roll deployment/checkout in shop back to revision 1"],
        None,
    ),
    (
        "CHG-3121 | orders | kubectl rollout restart deploy/orders | approved",
        [_RESTART.format("orders")],
        None,
    ),
    (
        "service | min | max | cpu\norders | 2 | 4 | 75%",
        ["apply horizontalpodautoscaler/orders in shop"],
        None,
    ),
    (
        # an event the row is after is waited on; one it is before (a purpose) is not
        "CHG-3126 | payments | rolling restart | post-upgrade | approved",
        [_RESTART.format("payments")],
        "post-upgrade",
    ),
    (
        "CHG-3127 | payments | rolling restart | pre-campaign | approved",
        [_RESTART.format("payments")],
        # Round 23 (holds): a deadline is carried as awaits, as "post-upgrade" is.
        "pre-campaign",
    ),
    (
        "HPA sheet: target=checkout | min=2 | max=5 | cpu=65%",
        ["apply horizontalpodautoscaler/checkout in shop"],
        None,
    ),
    (
        "line 9: my-api / api / cpu request 100m → 250m / memory request 128Mi (unchanged)",
        ["patch deployment/my-api in shop (strategic)"],
        None,
    ),
]


@pytest.mark.parametrize(("row", "summaries", "awaits"), PLANNED)
def test_a_row_is_planned_by_its_cells_roles(
    operator: Operator, row: str, summaries: list[str], awaits: str | None
) -> None:
    proposal = operator.analyze(row, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert [o.summary() for o in proposal.operations] == summaries
    if awaits is None:
        assert proposal.awaits is None
    else:
        assert awaits.lower() in (proposal.awaits or "").lower()


def test_a_cell_kept_unchanged_is_not_written(operator: Operator) -> None:
    proposal = operator.analyze(
        "line 9: my-api / api / cpu request 100m → 250m / memory request 128Mi (unchanged)",
        namespace="shop",
    )
    body = json.dumps([o.model_dump(mode="json")["patch"] for o in proposal.operations])
    assert '"cpu": "250m"' in body
    assert "memory" not in body


ASKED = [
    # a status that holds the row back
    "CHG-3111 | payments | image | ghcr.io/acme/payments:3.0.1 | REJECTED",
    "CHG-3112 | 2026-12-21 02:00 | worker | replicas 1 → 4 | draft",
    "CHG-3113 | frontend | rolling restart | pending CAB",
    "CHG-3114 | orders | image | ghcr.io/acme/orders:1.0.4 | status: cancelled",
    "Restore drill | postgres | restore from backup | backup name: TBD",
    # shell syntax inside a value cell is still asked
    "CHG-3115 | frontend | image | ghcr.io/acme/frontend:2.2.0;rm | approved",
    "CHG-3116 | payments | env | LOG_LEVEL=debug|sh | approved",
    # what the row still leaves open
    "CHG-3117 | cache | rolling restart | Sat 03:00 | approved",
    "CHG-3118 | my-api | memory limit | 256Mi → 64Mi | approved",
    "HPA sheet: target=orders | min=5 | max=3 | cpu=70%",
    # a command cell: only kubectl, only in a ticket's row, never with shell syntax
    "CHG-3122 | frontend | echo x | kubectl apply -f -",
    "CHG-3123 | checkout | kubectl rollout undo --to-revision=1 && rm -rf / | approved",
    "CHG-3124 | frontend | kubectl rollout undo deploy/checkout | approved",
    "frontend | kubectl rollout restart deploy/frontend | approved",
    "CHG-3125 | checkout | kubectl rollout undo --to-revision=1 | rejected",
    "cal.ics\nSUMMARY:Restart frontend\nSTATUS:TENTATIVE\nDTSTART:20261219T043000Z",
]


@pytest.mark.parametrize("row", ASKED)
def test_a_row_held_back_or_unclear_asks(operator: Operator, row: str) -> None:
    asks(operator, row)


@pytest.mark.parametrize(
    ("cells", "said"),
    [
        (
            ["CHG-1", "my-api", "imagePullPolicy", "IfNotPresent → Always", "low risk"],
            "my-api, imagePullPolicy from IfNotPresent to Always",
        ),
        (
            ["Tue 8 Dec", "18:00\u201318:30", "worker", "replicas 2 → 6", "approved"],
            "worker, replicas from 2 to 6, on Tue 8 Dec at 18:00",
        ),
        (["SEC-4", "payments", "monitoring", "approved"], "payments, monitoring"),
        (
            ["CHG-2", "frontend", "restart", "not before 2026-12-10"],
            "frontend, restart, after 2026-12-10",
        ),
    ],
)
def test_cells_said_by_role(cells: list[str], said: str) -> None:
    assert rows.said(cells) == said


def test_a_weekday_is_no_word_of_another_meaning() -> None:
    # "monitoring", "saturation": no day of the week; the cell stays what it says.
    assert rows.said(["CHG-3", "payments", "saturation", "monitoring"]) == (
        "payments, saturation, monitoring"
    )


def test_a_shell_cell_leaves_the_row_as_typed() -> None:
    assert "|" in logs.read("CHG-9 | frontend | restart | sh")
