"""Round 40, helper gap43a: blind43's misses (Faroese, Quechua/Spanish, Malagasy, Kazakh/Russian,
Galician voices) and one unsafe row, as shapes.

- An existing autoscaler's field set ("the HPA of frontend set max to 20", "hpa/frontend max
  20", "its autoscaler ceiling 12") presupposes the HPA: when the workload has none, it is asked
  (create one?), never made; where one exists it is patched; "autoscale frontend max 20" and
  "add an HPA to frontend with max 20" still make one.
- A common noun counted with no verb beside the order ("many orders from the Pisac fair", "lots
  of orders today"): a reason, never a second workload that makes the target ambiguous.
- An alert on a workload "not running for ten minutes" or "with no pods for 15 minutes": no ready
  pod at all for that long.
- "once now" is one time, now ("pg_dump of postgres once now, before the migration"), never a
  condition to wait for ("once now that it is done" still asks).
- A rollback said with no verb ("cannery checkout (checkout) back to revision 1", "checkout to
  the revision before") is the order, so a reason told in the past beside it ("1.1.0 broke the
  weights") is no report of what was done; with a verb or a past time it still is.
  After a word alone opening the message ("Bob, checkout back to revision 1, …") it is asked.
- A step of pods and the count it makes ("one more pod, so two"): planned when the cluster
  runs the count before, asked when it does not.
- A deadline set by an occasion with an audience at a clock time ("before the 4 am auction",
  "before the 6am fish market"): planned now, shown to the approver as the time it must beat.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, crowded_operator, plans, plans_awaiting

pytestmark = pytest.mark.timeout(300)

_HPA = {
    "apiVersion": "autoscaling/v2",
    "kind": "HorizontalPodAutoscaler",
    "metadata": {"name": "worker", "namespace": "shop"},
    "spec": {
        "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "worker"},
        "minReplicas": 1,
        "maxReplicas": 5,
        "metrics": [
            {
                "type": "Resource",
                "resource": {
                    "name": "cpu",
                    "target": {"type": "Utilization", "averageUtilization": 80},
                },
            }
        ],
    },
}


@pytest.fixture(scope="module")
def hop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    """The shop with an HPA for worker (and none for the other workloads)."""
    operator = crowded_operator(Path(tmp_path_factory.mktemp("hpa")), _HPA)
    yield operator
    operator.close()


def _planned(op: Operator, intent: str, summary: str, *values: str) -> None:
    proposal, body = plans(op, intent)
    said = [o.summary() for o in proposal.operations]
    assert any(summary in s for s in said), said
    for value in values:
        assert value in body, (value, body[:400])


# (1) An HPA's field set, on a workload that has none: asked, never made.
@pytest.mark.parametrize(
    "intent",
    [
        "the HPA of delivery site (frontend) set max to 20",
        "the HPA of frontend set max to 20",
        "set the HPA of frontend max to 20",
        "the HPA on frontend: max 20",
        "the hpa for frontend, max 20",
        "hpa/frontend max 20",
        "set hpa/frontend max to 20",
        "the autoscaler of frontend set min to 2",
        "the HPA of frontend set its floor to 3",
        "the HPA of frontend set target to 60%",
        "the HPA of payments set max to 12",
        "the HPA of the booking site (frontend) ceiling 15",
        "on the HPA of frontend set the max to 20",
        "the HPA of frontend, make max 20",
        "in the HPA of frontend put max at 20",
        "the autoscaler for the tea API (my-api) set the maximum to 9",
        "hpa/checkout min 2",
        "for frontend, its autoscaler ceiling 20",
        "frontend's HPA max to 20",
        "the frontend HPA max 20",
    ],
)
def test_a_field_of_an_hpa_that_is_not_there_is_asked(hop: Operator, intent: str) -> None:
    question = asks(hop, intent).question or ""
    assert "no HorizontalPodAutoscaler" in question, question


@pytest.mark.parametrize(
    "intent",
    [
        "the HPA of worker set max to 20",
        "the HPA of worker set min to 2",
        "worker's HPA max 20",
        "hpa/worker max 20",
        "the autoscaler of the dye worker (worker) set ceiling to 12",
        "the HPA of worker set target to 60%",
        "the HPA on worker: max 8",
    ],
)
def test_a_field_of_an_hpa_that_is_there_is_patched(hop: Operator, intent: str) -> None:
    _planned(hop, intent, "patch horizontalpodautoscaler/worker in shop")


@pytest.mark.parametrize(
    "intent",
    [
        "autoscale frontend max 20",
        "autoscale frontend between 2 and 20",
        "add an HPA to frontend with max 20",
        "give frontend an HPA, max 20",
        "create an HPA for frontend with min 2 and max 20",
        "autoscale frontend 2-20 on cpu 70%",
    ],
)
def test_a_new_hpa_is_still_made(hop: Operator, intent: str) -> None:
    _planned(hop, intent, "apply horizontalpodautoscaler/frontend in shop")


# (2) A common noun counted beside the order: a reason, not a second workload.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "the dye worker (worker) from 1 to 3, many orders from the Pisac fair",
            "scale deployment/worker in shop to 3 replicas",
        ),
        (
            "scale the dye worker (worker) to 3, many orders from the fair",
            "scale deployment/worker in shop to 3 replicas",
        ),
        ("scale worker to 3, lots of orders today", "scale deployment/worker in shop to 3"),
        ("scale worker to 4, so many orders this week", "scale deployment/worker in shop to 4"),
        (
            "restart the dye worker (worker), so many orders stuck",
            "restart the pods of deployment/worker",
        ),
        ("scale my-api to 4, lots of payments failing", "scale deployment/my-api in shop to 4"),
        ("scale my-api to 4, tons of orders from the market", "scale deployment/my-api in shop"),
    ],
)
def test_a_counted_common_noun_is_a_reason(op: Operator, intent: str, summary: str) -> None:
    _planned(op, intent, summary)


@pytest.mark.parametrize(
    "intent",
    [
        "scale worker to 3, lots of orders, please restart orders",
        "scale worker to 3, many orders, scale them too",
        "the dye worker (worker) from 2 to 3, many orders from the fair",
        "scale worker to 3, many orders from the fair?",
        "Bob, scale worker to 3, many orders from the fair",
    ],
)
def test_a_second_order_or_a_wrong_count_still_asks(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (3) Alerts on a workload not running, or with no pods, for a while.
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("alert if the lice-count worker (worker) is not running for ten minutes", "worker"),
        ("alert if worker is not running for ten minutes", "worker"),
        ("alert if worker is not runing for ten minutes", "worker"),
        ("alert when the depuration worker (worker) has no pods for 15 minutes", "worker"),
        ("alert when worker has no pods for 15 minutes", "worker"),
        ("alert me if payments isn't running for 5 minutes", "payments"),
        ("page me when my-api has no replicas for 10 minutes", "my-api"),
        ("alert if frontend has zero pods for 3 minutes", "frontend"),
        ("alert if the kumis checkout (checkout) is not running for 20 minutes", "checkout"),
    ],
)
def test_not_running_is_no_ready_pod(op: Operator, intent: str, name: str) -> None:
    _planned(op, intent, f"apply prometheusrule/{name}-availability", "< 1")


@pytest.mark.parametrize(
    "intent",
    [
        "alert if worker is not running for ten minutes?",
        "don't alert if worker is not running for ten minutes",
        "alert if worker is not running for ten minutes, and scale it to 3",
        "alert when worker has no pods for 15 minutes and delete orders",
    ],
)
def test_not_running_traps_still_ask(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (4) "once now": one time, now.
@pytest.mark.parametrize(
    "intent",
    [
        "pg_dump of catch DB (postgres) once now, before the red tide migration",
        "back up postgres once now",
        "take a backup of postgres once now, before the upgrade",
        "snapshot postgres once right now",
        "pg_dump of postgres once now",
    ],
)
def test_once_now_is_one_backup_now(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert any("postgres" in o.summary() for o in proposal.operations)


@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres once now that the migration is done",
        "back up postgres once now, before the migration?",
        "don't back up postgres once now",
        "back up postgres once now and every night",
    ],
)
def test_once_now_traps_still_ask(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (5) Verbless rollbacks with a reason in the past.
@pytest.mark.parametrize(
    "intent",
    [
        "cannery checkout (checkout) back to revision 1, 1.1.0 broke the weights",
        "The txotx checkout (checkout) to the revision before, 1.1.0 breaks the tickets",
        "checkout back to revision 1, 1.1.0 broke the weights",
        "checkout to the previous revision, 1.1.0 broke checkout",
        "the fare checkout (checkout) back to the previous version, the new one broke the fares",
        "checkout back to 1.0.0, 1.1.0 broke the carts",
        "the kumis checkout (checkout) to the prior revision, 1.1.0 crashed the tills",
    ],
)
def test_a_verbless_rollback_with_a_past_reason_is_planned(op: Operator, intent: str) -> None:
    _planned(op, intent, "deployment/checkout")


@pytest.mark.parametrize(
    "intent",
    [
        "checkout back to revision 1 yesterday, 1.1.0 broke the weights",
        "checkout went back to revision 1, 1.1.0 broke the weights",
        "checkout was back to revision 1, 1.1.0 broke the weights",
        "checkout back to revision 1, 1.1.0 broke the weights?",
        "checkout back to revision 1, 1.1.0 broke the weights, Ravi said",
        "Bob, checkout back to revision 1, 1.1.0 broke the weights",
        "checkout not back to revision 1, 1.1.0 broke the weights",
        "checkout back to revision 3, 1.1.0 broke the weights",
        "checkout back to revision 1, 1.1.0 broke orders so restart orders",
    ],
)
def test_verbless_rollback_traps_still_ask(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (7) A step of pods with the count it makes.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("depuration worker (worker) one more pod, so two", "deployment/worker in shop to 2"),
        ("worker one more pod, so 2", "deployment/worker in shop to 2"),
        ("payments 2 more replicas, so 4", "deployment/payments in shop to 4"),
        ("give worker one more pod, so two in total", "deployment/worker in shop to 2"),
        ("checkout one fewer pod, so one", "deployment/checkout in shop to 1"),
        ("the mussel worker (worker) 2 extra pods, making 3", "deployment/worker in shop to 3"),
    ],
)
def test_a_step_with_its_sum_that_agrees_is_planned(
    op: Operator, intent: str, summary: str
) -> None:
    _planned(op, intent, summary)


@pytest.mark.parametrize(
    "intent",
    [
        "depuration worker (worker) one more pod, so three",
        "payments one more replica, so 4",
        "worker one more pod, so two?",
        "don't give worker one more pod, so two",
        "checkout one fewer pod, so three",
    ],
)
def test_a_step_with_a_sum_that_disagrees_is_asked(op: Operator, intent: str) -> None:
    assert asks(op, intent).question


# (8) A deadline at an occasion's clock time.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "scale the auction API (my-api) to 5 replicas before the 4 am auction",
            "scale deployment/my-api in shop to 5 replicas",
            "before the 4 am auction",
        ),
        (
            "scale my-api to 5 before the 4am auction",
            "scale deployment/my-api in shop to 5 replicas",
            "before the 4am auction",
        ),
        (
            "scale worker to 3 before the 6am fish market",
            "scale deployment/worker in shop to 3 replicas",
            "before the 6am fish market",
        ),
        (
            "scale frontend to 4 before the 09:00 fair",
            "scale deployment/frontend in shop to 4 replicas",
            "before the 09:00 fair",
        ),
        (
            "restart payments before the 10 am festival",
            "restart the pods of deployment/payments",
            "before the 10 am festival",
        ),
    ],
)
def test_a_deadline_at_an_occasion_is_planned_and_shown(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    plans_awaiting(op, intent, summary, awaits)


@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api to 5 replicas before the 4 am auction?",
        "don't scale my-api to 5 replicas before the 4 am auction",
        "Bob, scale my-api to 5 replicas before the 4 am auction",
        "scale my-api to 5 replicas before the 4 am auction of 300 lots",
        "scale my-api to 5 replicas an hour before the 4 am auction",
        "scale my-api to 5 replicas before the 4 am run",
    ],
)
def test_deadline_traps_still_ask(op: Operator, intent: str) -> None:
    assert asks(op, intent).question
