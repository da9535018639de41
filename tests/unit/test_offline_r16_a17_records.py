"""Round 16, attack17 helper records: words that record, describe or qualify a change instead of
asking for it are asked, never acted on (noorder._RECORDS, one grammar per shape: a label word
plus its optional id, owner or qualifier): a change record's status said before the change
("CR 7 declined:", "vetoed by security:", "the DBA said no:"), a verdict said after it ("… — we
did that already", "…: the DBA says no", "… - it was done yesterday"), a ticket, PR, commit or
doc section ("Known workaround:", "PR subject:", "Test step 4:"), meeting or status notes
("Meeting notes:", "Standup notes from Tuesday:"), an optional, conditional, low-priority or
historical step ("Optionally:", "In case of an outage:", "Yesterday:"), a plan written down
without its time ("Migration plan:"), a label not settled ("Change not yet agreed:"), a to-do
owned by someone in brackets ("AI(kim, lee):"), a reminder for someone and a postscript. The
labels the sealed sets read as requests ("Change request:", "Decision:", "Action item:",
"Mitigation:", "Handover:", "Shift notes:", "Recommendation:", "experiment 2, …:", "Step 2:")
and an approval ("CR 7 approved:", "the DBA said yes") still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # A change record's status, said before the change.
        ("CR 7 declined: restart payments", "a status of the change record"),
        ("change request #12 withdrawn — roll back checkout", "a status of the change record"),
        ("PR 412 closed: update my-api to 1.5.0", "a status of the change record"),
        ("the DBA said no: restart postgres", "a status of the change record"),
        ("vetoed by security: scale frontend to 0", "a status of the change record"),
        ("OPS-31 expired - bump worker to 0.9.2", "a status of the change record"),
        # A verdict said after the change.
        ("scale frontend to 4 — we did that already", "a verdict said after"),
        # (said by someone else too: the reported-speech frame, read first, names it)
        ("restart payments: the DBA says no", "words someone else said"),
        ("roll back checkout - it was done yesterday", "a verdict said after"),
        ("scale orders to 3 -- backed out since", "a verdict said after"),
        ("bump worker to 0.9.2 — bogus", "a verdict said after"),
        # A section of a ticket, a PR, a commit or a doc.
        ("Known workaround: restart orders", "a section of"),
        ("PR subject: scale worker to 3", "a section of"),
        ("commit msg - bump frontend to 2.2.0", "a section of"),
        ("Test step 4: restart orders", "a section of"),
        ("Expected answer: scale payments to 4", "a section of"),
        ("proposed remediation: roll back checkout", "a section of"),
        # Notes of a meeting or a status.
        ("Meeting notes: scale worker to 3", "notes of a meeting"),
        ("Standup notes from Tuesday: restart orders", "notes of a meeting"),
        ("sync minutes - scale frontend to 5", "notes of a meeting"),
        ("Progress update: roll back checkout", "notes of a meeting"),
        # An optional, conditional, low-priority or historical step.
        ("Optionally: restart orders", "optional, conditional"),
        ("[optional] bounce payments", "optional, conditional"),
        ("In case of an outage: scale frontend to 6", "optional, conditional"),
        ("Lowest priority: restart orders", "optional, conditional"),
        ("The last time this happened: scale worker to 0", "optional, conditional"),
        ("Yesterday: restart orders", "optional, conditional"),
        ("For emergencies: scale my-api to 0", "optional, conditional"),
        # A plan written down, without its own time.
        ("Migration plan: roll back checkout", "a plan written down"),
        ("Tomorrow's plan - restart orders", "a plan written down"),
        # A label not settled.
        ("Change not yet agreed: scale worker to 3", "not settled"),
        ("Decision TBD: restart orders", "not settled"),
        # A to-do owned by someone named in brackets, a reminder for someone.
        ("AI(kim, lee): restart orders", "a to-do assigned to someone"),
        ("todo (dana): scale worker to 2", "a to-do assigned to someone"),
        ("reminder for the oncall: restart orders", "a reminder"),
    ],
)
def test_a_recorded_change_is_asked(shop: Operator, intent: str, said: str) -> None:
    proposal = asks(shop, intent)
    assert proposal.question
    assert said in proposal.question


@pytest.mark.parametrize(
    "intent", ["P.P.S. restart orders", "p.s. scale worker to 3", "P.S. bounce payments"]
)
def test_a_postscript_is_asked(shop: Operator, intent: str) -> None:
    assert "a correction or an edit" in asks(shop, intent).question


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("CR 7 approved: restart payments", "restart the pods of deployment/payments in shop"),
        ("CHG-42: scale worker to 2", "scale deployment/worker in shop to 2 replicas"),
        ("Change request: restart payments", "restart the pods of deployment/payments in shop"),
        ("the DBA said yes: restart postgres", "restart the pods of statefulset/postgres in shop"),
        (
            "restart payments — the DBA said it's ok",
            "restart the pods of deployment/payments in shop",
        ),
        ("scale worker to 0 — the import is done", "scale deployment/worker in shop to 0 replicas"),
        (
            "restart payments, it was rolled back yesterday and leaks again",
            "restart the pods of deployment/payments in shop",
        ),
        ("Decision: scale checkout to 4", "scale deployment/checkout in shop to 4 replicas"),
        (
            "Action item (INC-2291): restart payments",
            "restart the pods of deployment/payments in shop",
        ),
        ("AI-13: scale frontend to 5", "scale deployment/frontend in shop to 5 replicas"),
        ("Handover: restart payments", "restart the pods of deployment/payments in shop"),
        ("Mitigation: triple checkout.", "scale deployment/checkout in shop to 6 replicas"),
        ("High priority: restart payments", "restart the pods of deployment/payments in shop"),
        (
            "Emergency: roll back checkout now",
            "roll deployment/checkout in shop back to revision 1",
        ),
        ("Step 2: scale worker to 0", "scale deployment/worker in shop to 0 replicas"),
        ("Standup is over, restart orders", "restart the pods of deployment/orders in shop"),
        ("Test step done, now restart orders", "restart the pods of deployment/orders in shop"),
        (
            "Migration plan: roll back checkout at 22:00",
            "roll deployment/checkout in shop back to revision 1",
        ),
        (
            "squeeze test: limit the cache proxy deployment to 200m cpu",
            "patch deployment/cache in shop (strategic)",
        ),
        (
            "Note for the next shift: restart payments",
            "restart the pods of deployment/payments in shop",
        ),
    ],
)
def test_near_misses_still_plan(shop: Operator, intent: str, summary: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert summary in [o.summary() for o in proposal.operations]
