"""Round 43, the lead: blind46 as the gap list (its eleven misses, one of them unsafe).

Each test names the shape blind46 held and the variants around it that must keep their
meaning: a question where the request is unclear, the plan where it is not.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.evaluation.model import JUDGED_ON
from dotop_nb.planner.offline.misreads import as_of
from dotop_nb.service import Operator
from tests.memory import asks, plans, question_for, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    "intent",
    [
        "the sula API (my-api) autoscaler: set min to 3",
        "the my-api autoscaler: set min to 3",
        "the worker hpa - max 8",
    ],
)
def test_a_field_of_an_autoscaler_said_as_a_heading_presupposes_one(
    op: Operator, intent: str
) -> None:
    """blind46 (unsafe on main): the autoscaler named as a heading, then a field of it set, made
    a new HPA where none exists."""
    question = question_for(op, intent)
    assert "no HorizontalPodAutoscaler" in question


@pytest.mark.parametrize(
    "intent",
    [
        "add an autoscaler to my-api. the autoscaler: min 3, max 6",
        "autoscale my-api, the autoscaler: min 3 max 6",
    ],
)
def test_an_autoscaler_asked_for_is_still_made_with_its_heading(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.target.kind for o in proposal.operations] == ["HorizontalPodAutoscaler"]
    assert '"minReplicas": 3' in body
    assert '"maxReplicas": 6' in body


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl scale --replicas=3 deployment/payments   # Swedbank payments, the rush",
        "kubectl scale --replicas=3 deployment/payments # the rush",
        "kubectl scale --replicas 3 deploy payments   # the rush",
    ],
)
def test_a_pasted_scale_with_its_count_first_and_a_note(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["scale deployment/payments in shop to 3 replicas"]


def test_a_pasted_scale_with_its_count_first_keeps_its_time_and_doubt(op: Operator) -> None:
    said, awaits = summaries_and_awaits(
        op, "kubectl scale --replicas=3 deployment/payments after 22:00"
    )
    assert said == ["scale deployment/payments in shop to 3 replicas"]
    assert awaits == "after 22:00"
    assert "actually 4" in question_for(
        op, "kubectl scale --replicas=3 deployment/payments # actually 4"
    )


@pytest.mark.parametrize(
    "intent",
    [
        "the kitenge API (my-api) is on 2 pods and the CPU shows 85%, make it 4 s'il te plaît",
        "my-api is on 2 pods and the CPU shows 85%, make it 4",
        "my-api is on 2 pods, make it 4",
        "my-api is on 2 pods, make it 4 please",
        "the kitenge API (my-api) is on 2 pods, make it 4",
    ],
)
def test_make_it_n_after_a_count_of_pods_is_that_count(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["scale deployment/my-api in shop to 4 replicas"]


def test_make_it_n_with_a_unit_is_still_not_a_count(op: Operator) -> None:
    asks(op, "my-api is on 2 pods, make it 4Gi")


@pytest.mark.parametrize(
    ("intent", "name", "replicas"),
    [
        ("kettuvallam API (my-api) one pod is enough now, the monsoon is quiet", "my-api", 1),
        ("frontend: 2 pods is enough now", "frontend", 2),
    ],
)
def test_a_count_of_pods_said_to_be_enough_is_the_count_to_run(
    op: Operator, intent: str, name: str, replicas: int
) -> None:
    assert summaries(op, intent) == [f"scale deployment/{name} in shop to {replicas} replicas"]


def test_a_count_said_not_to_be_enough_is_still_rejected(op: Operator) -> None:
    assert "rejects '2'" in question_for(op, "scale my-api to 2, 2 isn't enough")
    asks(op, "my-api: 3 pods is not enough")


@pytest.mark.parametrize(
    "intent",
    [
        "Schueberfouer starts tomorrow and the tray orders (orders) are at 2, go to three",
        "the fair starts tomorrow and orders are at 2, go to three",
    ],
)
def test_a_day_then_and_a_statement_is_no_condition_run_on(op: Operator, intent: str) -> None:
    """blind46: "tomorrow and the orders are at 2" was read as one condition and asked."""
    with as_of(JUDGED_ON):
        proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/orders in shop to 3 replicas"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "in payments-config put PROVIDER to mtn-momo and don't restart anything, nta kibazo if "
        "it takes effect later",
        "set PROVIDER to mtn in payments-config, no restarts, it's ok if it only takes effect "
        "later",
    ],
)
def test_a_late_effect_accepted_is_no_condition(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch configmap/payments-config in shop (merge)"
    ]
    assert '"PROVIDER": "mtn' in body
    assert not proposal.awaits


def test_a_late_effect_as_a_condition_alone_is_still_asked(op: Operator) -> None:
    question = question_for(op, "set PROVIDER to mtn in payments-config if it takes effect later")
    assert "condition" in question


@pytest.mark.parametrize(
    "intent",
    [
        "LOG_LEVEL=warn in my-api-config for the Quetsch API (my-api), and restart it after",
        "put LOG_LEVEL=warn in my-api-config, then restart it",
    ],
)
def test_restart_it_after_a_configmap_change_restarts_its_one_reader(
    op: Operator, intent: str
) -> None:
    assert summaries(op, intent) == [
        "patch configmap/my-api-config in shop (merge)",
        "restart the pods of deployment/my-api in shop",
    ]


def test_restart_it_after_a_shared_configmap_asks_which(op: Operator) -> None:
    question = question_for(op, "set REGION=eu in shared-config and restart it")
    assert "deployment/frontend" in question
    assert "deployment/my-api" in question
    restarted = summaries(op, "set REGION=eu in shared-config and restart them")
    assert "restart the pods of deployment/frontend in shop" in restarted
    assert "restart the pods of deployment/my-api in shop" in restarted


def test_only_a_restart_takes_the_reader_of_a_configmap_changed(op: Operator) -> None:
    asks(op, "set QUEUE=q2 in orders-config and scale it to 3")


def test_malayalam_onnu_softens_an_order(op: Operator) -> None:
    _, body = plans(
        op, "LOG_LEVEL warn on the kettuvallam API (my-api) onnu, the logs are filling the disk"
    )
    assert '"LOG_LEVEL": "warn"' in body
    assert summaries(op, "restart worker onnu") == ["restart the pods of deployment/worker in shop"]


def test_keep_each_backup_n_days_is_the_retention(op: Operator) -> None:
    proposal, _ = plans(
        op,
        "Velero: back up this whole namespace every night at 02:45 and keep each backup 14 days",
    )
    (schedule,) = proposal.operations
    spec = json.loads(json.dumps(schedule.model_dump(mode="json")))["manifest"]["spec"]
    assert spec["schedule"] == "45 2 * * *"
    assert spec["template"]["ttl"] == "336h0m0s"


@pytest.mark.parametrize(
    "intent",
    [
        "the PDB of the tray orders (orders) should be minAvailable 1 instead of 2, the node "
        "drain is stuck",
        "orders' PDB should be minAvailable 1 instead of 2",
    ],
)
def test_a_kinds_short_name_before_should_be_is_no_config_key(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert '"minAvailable": 1' in body


@pytest.mark.parametrize(
    "intent",
    [
        "cycle the Taart site (frontend) with a rolling restart, don't kill pods manually",
        "restart frontend, don't kill any pods manually",
        "restart frontend, no killing pods by hand",
    ],
)
def test_killing_pods_by_hand_forbidden_beside_a_restart(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of deployment/frontend in shop"]


def test_killing_pods_said_as_an_order_is_still_no_scale(op: Operator) -> None:
    assert "pod kill" in question_for(op, "kill two pods of frontend")


# attack51: a black-box attacker on the readings above.
@pytest.mark.parametrize(
    "intent",
    [
        "the payments pdb: minAvailable 1",
        "the my-api hpa: min 3, max 5",
        "the orders autoscaler - max 6",
        "the frontend servicemonitor: interval 30s",
    ],
)
def test_a_field_under_a_heading_naming_the_object_definitely(op: Operator, intent: str) -> None:
    assert "Should I create one?" in question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "checkout HPA: minimum 2, maximum 6, and scale when memory is above 80%",
        "frontend disruption budget: minAvailable 50%",
    ],
)
def test_the_object_as_a_heading_with_no_article_is_the_one_asked_for(
    op: Operator, intent: str
) -> None:
    """blind2, blind7, blind40: three writers meant a new one (none is there)."""
    proposal, _ = plans(op, intent)
    assert proposal.operations


@pytest.mark.parametrize(
    "intent",
    [
        "add an hpa for my-api: min 2, max 6, cpu 70%",
        "autoscale my-api. hpa: min 2 max 6",
    ],
)
def test_an_autoscaler_asked_for_before_its_heading_is_made(op: Operator, intent: str) -> None:
    proposal, _ = plans(op, intent)
    assert "HorizontalPodAutoscaler" in [o.target.kind for o in proposal.operations]


def test_a_pasted_scale_of_two_objects_with_its_count_first_is_left_as_typed(
    op: Operator,
) -> None:
    said, awaits = summaries_and_awaits(
        op, "kubectl scale --replicas=3 deployment/my-api deployment/frontend # tomorrow"
    )
    assert sorted(said) == [
        "scale deployment/frontend in shop to 3 replicas",
        "scale deployment/my-api in shop to 3 replicas",
    ]
    assert awaits == "tomorrow"


@pytest.mark.parametrize(
    "intent",
    [
        "frontend: 2 pods would be enough if we had an hpa",
        "frontend: 2 pods is enough if we had an hpa",
        "frontend — 5 pods is enough",
        "worker: 2 pods are enough",
    ],
)
def test_enough_said_of_a_count_never_raises_it_nor_holds_a_condition(
    op: Operator, intent: str
) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "set LOG_LEVEL=debug in my-api-config, then restart everything",
        "set REGION=eu in shared-config, then restart the deployment",
        "set LOG_LEVEL=debug in my-api-config, then restart it; set REGION=eu in shared-config, "
        "then restart it",
    ],
)
def test_only_a_pronoun_after_a_configmap_change_is_its_readers(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker, ippo venda",
        "onnu delete worker, ippo venda",
        "onnu delete worker pls, ippo venda",
        "restart worker, nta kibazo",
    ],
)
def test_a_closing_clause_of_words_nothing_reads_is_asked(op: Operator, intent: str) -> None:
    """attack51 (on main): two unread words after the comma were dropped and the delete made."""
    assert "after the order" in question_for(op, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker, thanks a lot",
        "restart worker, merci villmools",
        "restart worker, asap please",
    ],
)
def test_a_closing_courtesy_is_still_read(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["restart the pods of deployment/worker in shop"]
