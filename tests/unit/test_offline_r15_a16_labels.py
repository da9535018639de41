"""Round 15, attack16 helper labels: a clause that carries an order-shaped phrase but is framed
as something else is asked, never acted on (noorder._FRAMES, one table): a label heading it (a
report, a ticket section, a warning, a plan B, "for reference"), a third party's suggestion
reported, a consequence said of the change, a fact that says a workload to delete is in use, a
time that dates an event rather than the plan. "once more", "once again", "…, once" and "as
soon as possible" are no wait (timewords.NOT_AFTER_ONCE / NOT_AFTER_SOON_AS)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # A label: a report, a ticket section, a warning, a plan B, a reference.
        ("Mitigation taken: scale frontend to 5", "a label"),
        ("Workaround applied: bounce orders", "a label"),
        ("What we tried: restart orders", "a label"),
        ("Repro steps: restart orders twice", "a label"),
        ("Expected: frontend scaled to 5", "a label"),
        ("DoD: payments at 4 replicas", "a label"),
        ("Exit criteria: roll checkout back", "a label"),
        ("Fallback plan: scale worker to 0", "a label"),
        ("contingency plan - roll checkout back to the previous revision", "a label"),
        ("Known problem: restart orders loses queued messages", "a label"),
        ("Caution: scale worker to 0, it wipes the queue", "a label"),
        ("spec:\n  replicas: 6\n# orders (from prod, for reference)", "a label"),
        # A third party's suggestion, reported.
        ("the consultant recommended bumping frontend to 2.2.0", "someone else"),
        ("Alice suggested restarting orders", "someone else"),
        ("their SRE proposed scaling worker to 3", "someone else"),
        # A consequence of the change.
        ("scale worker to 0 and we lose the backlog", "a consequence"),
        ("roll checkout back and you'll break the mobile app", "a consequence"),
        ("bounce orders = data loss", "a consequence"),
        ("restart orders: that drops the queue", "a consequence"),
        ("bounce frontend and good luck with the sessions", "a consequence"),
        ("restart orders wipes the queue", "a consequence"),
        # A fact that says the workload to delete is in use.
        ("worker is still needed by my-api, delete worker", "in use"),
        ("worker is currently used for the nightly batch; remove it", "in use"),
        ("cache is relied on by my-api, delete the cache deployment", "in use"),
        # A time that dates an event, not the plan.
        ("bounce frontend, the promo kicks off at 09:15", "dates an event"),
        ("scale frontend to 6, the campaign starts at 20:00", "dates an event"),
        ("roll back checkout to before the outage at 11:00", "dates an event"),
        ("scale checkout to 5 (peak at 19:00)", "dates an event"),
        # A release's status, a commit that reverts.
        ("my-api 1.5.0 is available", "release"),
        ("frontend 2.3.0 is green in CI", "release"),
        ("frontend 2.3.0 fixes the login bug", "release"),
        ("feat: bump frontend to 2.2.0\n\nThis reverts commit 9f8e7d.", "revert"),
    ],
)
def test_a_framed_clause_is_asked(shop: Operator, intent: str, said: str) -> None:
    proposal = asks(shop, intent)
    assert proposal.question
    assert said in proposal.question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart payments", "restart the pods of deployment/payments in shop"),
        ("scale frontend to 4", "scale deployment/frontend in shop to 4 replicas"),
        (
            "update frontend to 2.2.0",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
        (
            "frontend 2.2.0 passed QA, roll it out",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
        ("can you scale payments to 4", "scale deployment/payments in shop to 4 replicas"),
        ("could you restart orders", "restart the pods of deployment/orders in shop"),
        ("please double payments", "scale deployment/payments in shop to 4 replicas"),
        (
            "we recommend running checkout with 3 replicas",
            "scale deployment/checkout in shop to 3 replicas",
        ),
        ("I suggest scaling payments to 4", "scale deployment/payments in shop to 4 replicas"),
        ("restart payments, it leaks memory", "restart the pods of deployment/payments in shop"),
        (
            "restart payments because it drops connections",
            "restart the pods of deployment/payments in shop",
        ),
        ("delete worker, it is no longer used", "delete deployment/worker in shop"),
        ("Mitigation: triple checkout.", "scale deployment/checkout in shop to 6 replicas"),
    ],
)
def test_near_misses_still_plan(shop: Operator, intent: str, summary: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert [o.summary() for o in proposal.operations] == [summary]


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("bounce orders once more", None),
        ("once again: scale frontend to 4", None),
        ("restart payments, once", None),
        ("restart worker as soon as possible please", None),
        ("restart payments as soon as you can", None),
        ("restart payments at 03:00", "at 03:00"),
        ("scale payments to 4 once the sale is over", "once the sale is over"),
        ("restart payments as soon as the deploy finishes", "as soon as the deploy finishes"),
        # A time that dates a past event is no wait; one after it in its own clause is.
        ("restart orders (alert fired at 03:00)", None),
        ("the backlog started at 05:00; bounce orders", None),
        ("checkout pods crashlooping after the release, roll back checkout", None),
        ("restart orders, it crashed at 03:00 and again at 04:00", None),
        ("update frontend to 2.2.0 (built at 14:00)", None),
        ("payments crashed at 03:00, restart it at 05:00", "at 05:00"),
        ("bounce frontend, the errors began at 09:15", None),
    ],
)
def test_once_more_and_asap_are_no_wait(shop: Operator, intent: str, awaits: str | None) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert proposal.awaits == awaits
