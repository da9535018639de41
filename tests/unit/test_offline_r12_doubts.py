"""The last word on a plan (doubts.py, round 12, attack13): words that put the whole request in
doubt hold the plan back; the near misses beside them still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize(
    "intent",
    [
        # a check of the change, not the change
        "check postgres can be deleted",
        "verify worker can be deleted",
        "we expect the orders PDB to block the drain; verify",
        # a trial or a quotation
        "scale payments to 0 (dry run)",
        "delete worker --dry-run",
        "preview: scale payments to 0",
        # a retraction or a hedge around a destructive change
        "delete worker, bitte nicht",
        "delete worker, pas maintenant",
        "delete worker 不要",
        "delete worker, yeah nah",
        "scale payments to 0, psych",
        "delete worker 🤔",
        "delete worker :shrug:",
        # a need denied
        "payments does not need a PDB",
        "no HA needed for worker",
        "an hpa on frontend is unnecessary",
        # a question without its mark
        "cost of scaling payments to 5",
        "we ok to scale payments to 0",
        # thanks for a change already made
        "ta for restarting payments",
        # another environment
        "restart payments in stg",
        "delete worker on my laptop",
        # an exception a deny-all policy would drop
        "block all traffic to postgres except payments and orders",
        # a failing release reported
        "payments 3.1.0 CrashLoopBackOff",
    ],
)
def test_words_that_put_the_request_in_doubt_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "kinds"),
    [
        ("delete worker", ["delete"]),
        ("scale payments to 0", ["scale"]),
        ("restart payments", ["rollout_restart"]),
        ("is it ok to scale worker to 4? if so go ahead", ["scale"]),
        ("put my-api on 1.6.0, 1.5.9 broke login, so 1.6.0.", ["set_image"]),
        ("frontend doesn't need FEATURE_FLAG anymore, take it out", ["patch"]),
        ("worker readiness probe: GET /healthz on 8080, check every 10s", ["patch"]),
        ("scale worker to 3 :grimacing:", ["scale"]),
    ],
)
def test_near_misses_still_plan(shop: Operator, intent: str, kinds: list[str]) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == kinds
