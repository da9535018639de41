"""Round 22, helper wrong: words a plan read as more than they say are asked (:mod:`.overreads`).

The shapes (black-box attack 24, S1-S8): (1) "clean up <workload>" deleted the live workload;
(2) a Velero Backup created from a fact ("we have a backup of worker") or from the condition of
another order ("après le backup"); (3) an HPA invented from one bound ("set payments HPA max to
10"); (4) "at 4 o'clock" read as a count; (5) "max/min replicas" read as the count; (6) an image
with a space cut to its last word; (7) a container named that the plan does not change; (8) a
scope dropped ("for 10% of users", "in az-4") and "roll the secret" read as a restart. The
nearest plain orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        # (1) clean up
        "clean up worker",
        "cleanup worker",
        "please clean up the worker deployment",
        "clean worker up",
        # (2) a backup said as a fact or a condition
        "we have a backup of worker",
        "redémarre worker après le backup",
        "supprime le cache deployment après le backup",
        "there is a backup of orders already",
        "we've got a fresh backup of payments",
        # (3) an autoscaler bound with no autoscaler
        "scale payments to HPA max",
        "set payments HPA max to 10",
        "set payments HPA min to 3",
        "scale payments to the HPA maximum",
        "raise the payments autoscaler max to 12",
        # (4) a clock time
        "scale payments at 4 o'clock",
        "scale payments at four o'clock",
        "scale payments at five o'clock",
        "scale worker at 3 o'clock",
        "scale frontend at 2 o'clock",
        "scale orders at 6 o\u2019clock",
        "scale payments at 4",
        "scale the payments deployment at 3.",
        # (5) a bound read as the count
        "set payments max replicas to 10",
        "payments max replicas 10",
        "set max replicas of payments to 10",
        "set payments min replicas to 4",
        "payments minimum replicas 3",
        "set min pods of worker to 2",
        # (6) an image with a space
        "set image of frontend to ghcr.io/acme/front end:1.2.0",
        "set image of frontend to registry.local/team/front end:2.0",
        # (7) a container that is not the one changed
        "set image of orders container web to ghcr.io/acme/orders:2.0",
        "set image of the web container in orders to ghcr.io/acme/orders:2.0",
        # (8) a scope, a secret
        "update frontend to 1.2.0 for 10% of users",
        "roll frontend to 1.2.0 for 5 percent of users",
        "update frontend to 1.2.0 for half the users",
        "roll out 1.2.0 to frontend for a subset of customers",
        "scale payments to 3 in az-4",
        "scale worker to 5 in zone-b",
        "scale orders to 3 and roll the secret",
        "scale payments to 4 and rotate the api key",
    ],
)
def test_words_read_as_more_than_they_say_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("delete worker", "delete deployment/worker"),
        ("back up worker", "apply backup/worker-shop-once"),
        ("take a backup of worker", "apply backup/worker-shop-once"),
        ("restart worker after the deploy", "restart the pods of deployment/worker"),
        ("add an HPA to payments with min 2 max 10 at 70% cpu", "horizontalpodautoscaler/payments"),
        ("autoscale payments between 2 and 10 on cpu 70%", "horizontalpodautoscaler/payments"),
        ("scale payments to 4 at 4pm", "to 4 replicas"),
        ("scale payments to 10 replicas", "to 10 replicas"),
        ("scale payments at 4 replicas", "to 4 replicas"),
        ("set image of frontend to ghcr.io/acme/frontend:1.2.0", "ghcr.io/acme/frontend:1.2.0"),
        ("set image of orders container app to ghcr.io/acme/orders:2.0", "container app"),
        ("set image of the app container in orders to ghcr.io/acme/orders:2.0", "container app"),
        ("set the envoy container image of orders to envoyproxy/envoy:v1.30.0", "container envoy"),
        ("update frontend to 1.2.0", "ghcr.io/acme/frontend:1.2.0"),
        ("scale payments to 3", "to 3 replicas"),
        ("scale orders to 3 and restart orders", "restart the pods of deployment/orders"),
        ("we already have a backup of worker, restart it", "restart the pods of deployment/worker"),
        ("restart worker once the backup finishes", "restart the pods of deployment/worker"),
        ("clean up frontend: deployment + service", "delete deployment/frontend"),
        ("checkout HPA min 2 max 6", "horizontalpodautoscaler/checkout"),
        ("redundancy for worker: two replicas minimum", "to 2 replicas"),
        (
            "bump the envoy sidecar in orders to v1.31.2, app container stays as is",
            "container envoy",
        ),
    ],
)
def test_the_nearest_plain_orders_still_plan(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert any(summary in o.summary() for o in proposal.operations)


def test_a_restart_after_the_backup_waits_for_it(op: Operator) -> None:
    proposal, _ = plans(op, "restart worker after the backup")
    assert proposal.awaits
    assert "backup" in proposal.awaits
    assert [o.kind for o in proposal.operations] == ["rollout_restart"]


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker at three o'clock",
        "restart worker at four o'clock",
    ],
)
def test_an_o_clock_no_reader_placed_is_asked_never_dropped(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_an_o_clock_in_digits_is_carried_to_the_approver(op: Operator) -> None:
    """Round 24 (gap B) reads "at 5 o'clock" in digits as a time: it is carried in ``awaits``
    (shown at approval, the words as said), where round 23 asked; it is still never dropped."""
    proposal, _ = plans(op, "update frontend to 2.2.0 at 5 o'clock")
    assert proposal.awaits == "at 5 o'clock"
    assert [o.kind for o in proposal.operations] == ["set_image"]


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("velero backup schedule every Sunday 3 o'clock", "apply"),
        ("back up postgres nightly, eleven o'clock at night", "apply"),
        ("dump postgres every night at 3 o'clock via a cronjob", "apply"),
    ],
)
def test_a_schedule_by_its_o_clock_still_plans(op: Operator, intent: str, kind: str) -> None:
    proposal, _ = plans(op, intent)
    assert {o.kind for o in proposal.operations} == {kind}
    assert {o.target.kind for o in proposal.operations} & {"Schedule", "CronJob"}
