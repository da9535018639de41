"""Messages that are no order, or whose order other words undo (planner/offline/noorder.py, and
direction.py for "roll X back to" a newer version): a status on the item, an assigned to-do, a
pasted chat line, a vote, a plan given up, a prohibition, sarcasm, a resolved alert, a note that
forbids touching the workload or says the change is done, a revert, a release announced, a
finding alone, an autoscaler's report, a report about backups. The phrasings are this helper's
own; the near misses must still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


@pytest.mark.parametrize(
    "said",
    [
        # a status on the item, before or after it
        "OPS-12 (done): scale orders to 4",
        "[wontfix] restart my-api",
        "DONE restart my-api",
        "N/A: scale checkout to 3",
        "scale orders to 4 — withdrawn",
        "restart my-api -- moot",
        "scale checkout to 3 — on ice",
        "bump my-api to 1.5.0 — superseded",
        "restart my-api (vetoed by carol)",
        "scale orders to 4 — NACK",
        "scale checkout to 3 (rescinded)",
        "scale orders to 4 :no_entry:",
        "scale orders to 4 (approved: false)",
        "OPS-9: restart my-api — Approver: —",
        "PR #7 (closed, not merged): scale orders to 4",
        # an assigned to-do, a pasted chat line
        "TODO(bob): restart my-api",
        "FIXME(carol) scale orders to 4",
        "14:02 — bob: restart my-api",
        "[09:30] carol: scale orders to 4",
        "bob 14:02: restart my-api",
        # a vote is no count and no order
        "> restart my-api\n+1",
        "> scale orders to 4\n+1",
        "orders: +1",
        "+1 from me: restart my-api",
        # a plan given up, a past intention, one option of a choice
        "the plan was to scale orders to 4",
        "the idea was to restart my-api but we scrapped it",
        "we were going to scale checkout to 3 but voted against it",
        "I was about to restart my-api",
        "option B: scale orders to 4",
        "restart my-api was the plan, since shelved",
        "we can't scale orders to 4, the node is full",
        # a prohibition governing the very change planned
        "stop restarting my-api",
        "please quit bouncing orders",
        "enough with the restarts of my-api",
        "cease scaling orders",
        "stop rolling back orders",
        "stop the rollout of my-api 1.5.0",
        "stop upgrading my-api to 1.5.0",
        "no more redeploying checkout",
        # sarcasm
        "sure, restart my-api again, that worked really well yesterday",
        "yeah, roll back orders, what could possibly go wrong",
        # a resolved alert
        "[RESOLVED] OrdersQueueBacklog orders → scale to 4",
        "[resolved] MyApiDown my-api -> restart it",
        # a note about the same workload: forbids, or the change already done
        "orders is managed by Flux; scale orders to 4",
        "Note: don't touch checkout directly. Scale checkout to 3.",
        "checkout was already scaled to 3 by bob. Scale checkout to 3.",
        "my-api has already been upgraded to 1.5.0. Upgrade my-api to 1.5.0",
        # a revert of the change planned
        'Revert "feat(my-api): bump to 1.5.0"',
        "git revert 9f8e7d # bump my-api to 1.5.0",
        # a release announced, a finding alone, an autoscaler's report
        "my-api 1.5.0 is out",
        "ghcr.io/acme/my-api:1.5.0 published today",
        "orders has no liveness probe",
        "checkout lacks a PodDisruptionBudget",
        "orders: scaled 2 → 4 at 03:00 by the HPA",
        # a report, a complaint, a cost note about backups
        "orders was backed up at 01:00",
        "postgres backups failed twice this week",
        "postgres backups are too slow",
        "postgres backups cost $120/mo",
        "we back up postgres every night",
        "we restored postgres from backup shop-daily-20261129 yesterday",
        # "back to" a version newer than the one running
        "roll my-api back to 1.5.0",
    ],
)
def test_no_order_asks(shop: Operator, said: str) -> None:
    proposal = asks(shop, said)
    assert proposal.question


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        ("raise the payments memory limit to 512Mi to stop it crash-looping", "patch"),
        ("restart the worker deployment, please don't scale it", "restart"),
        ("restart my-api, don't change anything else", "restart"),
        ("my-api 1.5.0 is out, roll it out", "1.5.0"),
        ("checkout lacks a PDB, add one with minAvailable 1", "apply"),
        (
            "orders has no liveness probe; add a tcp liveness probe on port http to the app "
            "container",
            "patch",
        ),
        ("set up a nightly velero backup of postgres at 01:00, backups cost $5/mo", "apply"),
        ("[FIRING] MyApiDown my-api -> restart it", "restart"),
        ("scale orders to 4 — approved", "to 4 replicas"),
        ("scale orders to 4 (approved by carol)", "to 4 replicas"),
    ],
)
def test_near_misses_still_plan(shop: Operator, said: str, summary: str) -> None:
    proposal, _ = plans(shop, said)
    assert any(summary in op.summary() for op in proposal.operations), [
        op.summary() for op in proposal.operations
    ]
