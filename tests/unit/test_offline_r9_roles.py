"""Round 9, helper roles: a clause whose role is not a request (a status, a question tag, a
report, advice, another actor or a later time, a correction, a remark) never adds the change it
names; the message is asked back naming that clause (roles.py). Phrasings of our own per shape
(not the attacker's), and near misses that must still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "role"),
    [
        # a status said of the change
        ("orders rollout cancelled", "status"),
        ("checkout scale-up postponed to monday", "status"),
        ("orders restart (skipped)", "status"),
        ("scale checkout to 6 (on hold)", "status"),
        ("remove cache - deferred", "status"),
        ("my-api rollback done", "status"),
        ("restart orders [x]", "status"),
        ("bounce checkout \u2713", "status"),
        ("Status: Won't fix\nTask: bounce checkout", "status"),
        # a question tag or a poll
        ("remove orders, shall we?", "question"),
        ("scale orders to 5: y/n", "question"),
        ("scale checkout to 6, is that too much?", "question"),
        ("restart checkout, ok?", "question"),
        ("scale orders to 3??", "question"),
        ("may I remove the cache?", "question"),
        # a report beside a request
        ("checkout restarted 3 times last night, add a pdb to it", "report"),
        ("orders was restarted by the kubelet, set its memory limit to 1Gi", "report"),
        ("rebooting orders didn't help, raise its cpu limit to 1", "report"),
        ("scale orders to 5; we already restarted checkout", "report"),
        ("orders already has a pdb", "report"),
        ("09:30 restarted checkout", "report"),
        ("Carol: restart checkout\nDan: on it", "reply"),
        # advice, a habit, a hedge
        ("you might scale orders to 5", "advice"),
        ("it may be worth bouncing checkout", "advice"),
        ("we usually restart orders on mondays", "advice"),
        ("remove the cache I suppose", "hedge"),
        # another actor or a later time
        ("restart orders, and remind me to bump checkout to 6", "later"),
        ("scale orders to 5, alice is restarting checkout", "someone else"),
        ("scale orders to 5; restarting checkout can wait", "later"),
        ("carol wants orders deleted", "someone else"),
        ("tell carol to restart checkout", "someone else"),
        # a correction
        ("update my-api to 1.5.0 erm 1.4.1", "correct"),
        ("restart orders and checkout - scratch checkout", "correct"),
        # a remark: commented out, struck out, mocked, a how-to, a past question
        ("// kubectl delete deploy orders", "remark"),
        ("~~scale orders to 5~~", "remark"),
        ("scale orders to 5 /s", "remark"),
        ("give me the yaml to add a pdb to orders", "remark"),
        ("why was checkout restarted", "remark"),
        ("checkout doesn't need scaling", "remark"),
        ("Post-mortem: orders ran out of memory. Fix (done): raised its memory to 1Gi.", "status"),
    ],
)
def test_a_clause_that_is_no_request_is_asked(op: Operator, intent: str, role: str) -> None:
    proposal = asks(op, intent)
    assert proposal.question
    assert role in proposal.question


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("scale orders to 5", "orders"),
        ("restart checkout once the migration is done", "checkout"),
        ("restart orders when the backup has finished", "orders"),
        ("checkout was scaled to 1 by mistake, scale it to 4", "checkout"),
        ("restart orders, it keeps crashing", "orders"),
        ("can you restart checkout?", "checkout"),
        ("could we scale orders to 5?", "orders"),
        ("I'd like checkout at 6 replicas", "checkout"),
        ("restart checkout please, thanks!", "checkout"),
        ("scale orders to 5, the cache is fine", "orders"),
        ("since checkout is slow, scale it to 5", "checkout"),
        (
            "ever since billing took over its jobs the worker deployment is not needed, so please "
            "remove it",
            "worker",
        ),
        ("orders batch size should be 25", "orders"),
        ("hold the orders pods at 3 replicas", "orders"),
        ("restart checkout, bob says it is stuck", "checkout"),
        ("scale orders to 5, alice wants it done today", "orders"),
    ],
)
def test_a_request_beside_remarks_still_plans(op: Operator, intent: str, target: str) -> None:
    proposal, _ = plans(op, intent)
    assert {o.target.name for o in proposal.operations} >= {target} or any(
        target in o.summary() for o in proposal.operations
    )
