"""Time and condition words that are no wait (helper cond, :mod:`.planner.offline.occasions`).

"when u get a sec", "for tonight's maintenance window", "if it hangs, restart it", "the release
before this one": a time or condition word that is courtesy, an occasion, the capability itself
or a revision is read, and the plan says it runs when approved. A real schedule or a state still
to come stays a question. Over the in-memory shop, through the real Operator. The phrasings are
our own, not the blind sets'.
"""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import guard, occasions
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)
RUNS_WHEN_APPROVED = "runs when you approve it"


def _planned(shop: Operator, intent: str, target: str, needle: str) -> str:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} >= {target}
    assert needle in body
    assert RUNS_WHEN_APPROVED in proposal.analysis
    return proposal.analysis


# ------------------------------------------------------ (1) the requester's time
@pytest.mark.parametrize(
    ("intent", "target", "needle"),
    [
        ("bump frontend to 4 replicas whenever you're free", "frontend", '"replicas": 4'),
        ("could you restart worker when you have a minute", "worker", "rollout_restart"),
        ("set LOG_LEVEL=debug on my-api at your convenience", "my-api-config", "LOG_LEVEL"),
        ("no hurry: scale payments to 3", "payments", '"replicas": 3'),
        ("update payments to 3.2.0 if you don't mind", "payments", "payments:3.2.0"),
        ("when you get a chance, give checkout a memory limit of 512Mi", "checkout", "512Mi"),
        ("if u could, restart orders once you're back", "orders", "restart"),
    ],
)  # fmt: skip
def test_courtesy_about_the_requesters_time_is_read(
    shop: Operator, intent: str, target: str, needle: str
) -> None:
    analysis = _planned(shop, intent, target, needle)
    assert "Said with" in analysis


# ------------------------------------------- (2) the occasion a change is for, or its reason
@pytest.mark.parametrize(
    ("intent", "target", "needle"),
    [
        ("scale worker down to 0 ahead of friday's migration", "worker", '"replicas": 0'),
        ("give payments 6 replicas for the black friday sale", "payments", '"replicas": 6'),
        ("in preparation for the launch, add a pdb to checkout with minAvailable 2", "checkout",
         '"minAvailable": 2'),
        ("before we cut over to the new database, take a one-off velero backup of the namespace",
         "namespace-shop-once", "Backup"),
        ("set memory limit of frontend to 1Gi before tomorrow's load test", "frontend", "1Gi"),
        ("restart orders after last night's outage", "orders", "restart"),
        ("errors went up after we shipped it, so restart checkout", "checkout", "restart"),
        ("scale frontend to 8 for when the sale starts", "frontend", '"replicas": 8'),
    ],
)  # fmt: skip
def test_an_occasion_or_a_past_reason_is_read(
    shop: Operator, intent: str, target: str, needle: str
) -> None:
    _planned(shop, intent, target, needle)


# ----------------------------------------------- (3) a condition that is the capability
@pytest.mark.parametrize(
    ("intent", "target", "needle"),
    [
        ("restart my-api automatically if it stops responding, liveness on /healthz", "my-api",
         '"livenessProbe"'),
        ("if worker deadlocks it should be restarted: liveness probe tcp on 8080", "worker",
         '"tcpSocket"'),
        ("when average cpu exceeds 80%, scale payments out, max 12", "payments",
         '"averageUtilization": 80'),
        ("orders should spin up more pods once cpu hits 65 percent, up to 8", "orders",
         '"averageUtilization": 65'),
        ("checkout needs a disruption budget so that at least 2 pods stay up when we drain nodes",
         "checkout", '"minAvailable": 2'),
        ("if we lose a node, payments must keep serving", "payments", "topologySpreadConstraints"),
    ],
)  # fmt: skip
def test_a_condition_that_is_the_capability_is_planned(
    shop: Operator, intent: str, target: str, needle: str
) -> None:
    _planned(shop, intent, target, needle)


def test_a_hang_restart_is_a_liveness_probe_not_a_restart(shop: Operator) -> None:
    proposal, _ = plans(shop, "if frontend freezes, kubernetes should bounce it: liveness /healthz")
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert "as what this plan sets up" in proposal.analysis


# ------------------------------------------------ (4) a revision said with time words
@pytest.mark.parametrize(
    "intent",
    [
        "roll checkout back to the build before the current one",
        "revert checkout to the version prior to the latest release",
        "take checkout back to before the last rollout",
        "checkout: go back to whatever ran before this one",
    ],
)
def test_a_revision_named_by_what_followed_it_is_the_previous(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [("rollout_undo", "checkout")]
    assert RUNS_WHEN_APPROVED in proposal.analysis


# ------------------- (5) deadlines, past reasons, reasons and later steps that are not the change
@pytest.mark.parametrize(
    ("intent", "target", "needle"),
    [
        ("scale orders to 4 before 17:30 UTC please", "orders", "\"replicas\": 4"),
        ("worker to 3 replicas for the load test of tomorrow", "worker", "\"replicas\": 3"),
        ("worker keeps crashing after the upgrade of yesterday, restart it", "worker",
         "rollout_restart"),
        ("frontend is still serving the old config after last week's change, bounce it",
         "frontend", "rollout_restart"),
        ("roll back checkout, the postmortem will come later", "checkout", "rollout_undo"),
        ("orders is down since 2 hours, restart it", "orders", "rollout_restart"),
        ("payments pods crashed 20 minutes ago, restart them", "payments", "rollout_restart"),
        ("restart worker and notify the on-call team afterwards", "worker", "rollout_restart"),
        ("scale my-api to 5 because latency is high when traffic peaks", "my-api",
         '"replicas": 5'),
        ("autoscale orders from 2 to 8 whenever average cpu goes past 60%", "orders",
         '"averageUtilization": 60'),
        ("HA for payments so it survives if a node is going down", "payments",
         "topologySpreadConstraints"),
        ("during the update no old pod is removed before the new one is ready for payments",
         "payments", '"maxUnavailable": 0'),
    ],
)  # fmt: skip
def test_a_deadline_a_past_reason_or_a_later_step_is_read(
    shop: Operator, intent: str, target: str, needle: str
) -> None:
    proposal, body = plans(shop, intent)
    assert {o.target.name for o in proposal.operations} >= {target}
    assert needle in body


# -------------------------------------------------------------- still questions
@pytest.mark.parametrize(
    "intent",
    [
        "roll checkout back to what we had before yesterday's deploy",
        "roll checkout back to the one before last",
        "restart frontend if it is stuck",
        # (a clock time said of the change is planned and waits: test_offline_r9_clock)
        "update payments to 3.1.0 before we upgrade orders tomorrow",
        "restart worker for 5 minutes after the upgrade",
        "switch payments to the released image once the migration finishes",
        "scale frontend down when cpu goes under 20%",
        "deploy patched build to payments once QA signs off",
        "scale payments to 5, if you can't then 4",
        "scale cart to 5 once QA signs off",
        "cart is slow so scale it to 5 after the migration",
    ],
)
def test_a_real_schedule_or_a_state_to_come_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        # (round 24: "scale orders to zero for tonight" is asked — zero for tonight only, which a
        # plan waiting for tonight and kept after it inverted; test_offline_r24_holds.)
        ("restart worker once the backup finishes", "once the backup finishes"),
        ("restart worker after the job has finished", "after the job has finished"),
        ("restart payments once you've finished the backup", "once you've finished the backup"),
        ("scale frontend down by one after the campaign is over", "after the campaign is over"),
        ("scale orders to 4 after the release of tomorrow", "after the release"),
    ],
)
def test_a_state_to_come_is_what_the_plan_waits_on(
    shop: Operator, intent: str, awaits: str
) -> None:
    """Asked before; now planned, and a person approves it when that holds (planner/offline/
    waits.py; an unattended approval is refused: app.workflow.check_awaits)."""
    proposal, _ = plans(shop, intent)
    assert awaits in (proposal.awaits or "")


def test_a_dated_revision_is_asked_by_what_to_say() -> None:
    with pytest.raises(Exception, match="how many back"):
        guard.check("rollback", "roll back cart to the release before friday's deploy")


def test_the_readings_are_pure_text() -> None:
    assert occasions.said("scale", "scale cart to 3 When U Get A Sec") == "when u get a sec"
    assert occasions.said("placement", "spread cart over nodes if possible") is None
    assert occasions.said("scale", "scale cart to 3 if possible") == "if possible"
    text, said = occasions.canonical("when cpu goes over 70%, add pods to cart, max 10")
    assert text == "at 70% cpu, autoscale cart, max 10"
    assert said == "when cpu goes over 70%"
    assert occasions.canonical("restart cart when it hangs")[0] == "liveness probe on cart"
    assert occasions.canonical("restart cart when traffic drops") == (
        "restart cart when traffic drops",
        None,
    )
    # Same length: the guard's positions still point into the sentence as said.
    lowered = "before we upgrade cart, back it up"
    assert len(occasions.blanked("backup", lowered)) == len(lowered)
