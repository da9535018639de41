"""Round 17, the lead's mends: each shape below was misread, and the nearest phrasing that must
stay a question still is one."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans


# A cause said with "due to" before a relaxed budget: "to" is no name the delete shares with its
# context, so "drop its budget to minAvailable 1" lowers the budget, as after "because of".
@pytest.mark.parametrize(
    "intent",
    [
        "orders can't be drained due to the pdb; drop its budget to minAvailable 1",
        "orders cannot be drained due to its budget, drop its budget to minAvailable 1",
        "orders can't be drained owing to the pdb; lower its budget to minAvailable 1",
    ],
)
def test_a_budget_dropped_to_an_amount_after_a_cause_is_lowered(
    shop: Operator, intent: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch poddisruptionbudget/orders in shop (merge)"
    ]
    assert '"minAvailable": 1' in body


@pytest.mark.parametrize(
    "intent",
    [
        "orders can't drain due to the pdb, delete its budget",
        "orders can't be drained due to the pdb; delete it to be safe",
        "due to the move to checkout, delete its budget to 1",
    ],
)
def test_a_delete_after_a_cause_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# Four misreads that acted in the sealed blind22 / blind23 runs (round 17's start), each now
# planned as said or asked, with the nearest phrasings beside them.


# A time in a military or Zulu form is the schedule's time; one not read is asked, never made at
# the default hour.
@pytest.mark.parametrize(
    ("intent", "cron"),
    [
        ("velero schedule of the whole namespace, daily at 0000Z, retention 7 days", "0 0 * * *"),
        ("velero schedule of the namespace daily at 2300Z", "0 23 * * *"),
        ("velero schedule of the namespace every day at 23:15Z", "15 23 * * *"),
        ("back up postgres nightly at 0130Z", "30 1 * * *"),
    ],
)
def test_a_military_or_zulu_time_is_the_schedules_time(
    shop: Operator, intent: str, cron: str
) -> None:
    _, body = plans(shop, intent)
    assert f'"schedule": "{cron}"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "back up postgres nightly at 25:00",
        "velero schedule of the namespace daily at 2400Z",
        "velero backup of the namespace daily at 9:75",
    ],
)
def test_a_time_not_read_is_asked_never_the_default_hour(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# Another cluster named in more than one word: asked, never acted on here.
@pytest.mark.parametrize(
    "intent",
    [
        "scale my-api in the rotterdam depot cluster to 4",
        "restart payments on the eu west prod cluster",
        "scale frontend to 2 in the old staging cluster",
    ],
)
def test_another_cluster_named_in_several_words_is_asked(shop: Operator, intent: str) -> None:
    question = asks(shop, intent).question or ""
    assert "one cluster" in question


@pytest.mark.parametrize(
    "intent", ["restart payments in this cluster", "scale my-api to 4 in the same k8s cluster"]
)
def test_this_cluster_said_is_still_planned(shop: Operator, intent: str) -> None:
    plans(shop, intent)


# What a delete keeps, said with "is retained", "is preserved", "is left running": never deleted.
@pytest.mark.parametrize(
    "intent",
    [
        "delete the cache statefulset; the proxy deployment is retained",
        "delete the redis statefulset, the proxy deployment is to be preserved",
        "delete the cache statefulset; the proxy deployment is left running",
    ],
)
def test_a_workload_said_retained_beside_a_delete_is_kept(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.summary() for o in proposal.operations] == ["delete statefulset/cache in shop"]


def test_a_name_for_both_with_one_retained_is_asked(shop: Operator) -> None:
    # Round 19: "(cache)" names both, but the kind said with what it runs ("the redis
    # statefulset") picks the StatefulSet, and the Deployment is the one retained (blind23's judge
    # expects the delete). A kind that runs no such thing is still asked.
    plan = shop.analyze(
        "delete the redis statefulset (cache); the proxy deployment is retained", namespace="shop"
    )
    assert [o.summary() for o in plan.operations] == ["delete statefulset/cache in shop"]
    asks(shop, "delete the redis deployment (cache); the proxy statefulset is retained")


# A noun for the key ("parm", "option", "setting") is never its value: the value follows "to".
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("Set the QUEUE parm for orders to orders-batch", '"QUEUE": "orders-batch"'),
        ("set the QUEUE option of orders to orders-v2", '"QUEUE": "orders-v2"'),
        ("set the LOG_LEVEL setting of my-api to debug", '"LOG_LEVEL": "debug"'),
    ],
)
def test_a_key_named_with_a_noun_takes_the_value_after_to(
    shop: Operator, intent: str, said: str
) -> None:
    _, body = plans(shop, intent)
    assert said in body
    assert not [w for w in ('"parm"', '"option"', '"setting"') if w in body]


# A database StatefulSet named by its kind is still a database: an autoscaler on it is asked
# unless the words say it replicates.
@pytest.mark.parametrize(
    "intent",
    [
        "oc autoscale statefulset/postgres --min=1 --max=3",
        "kubectl autoscale statefulset/postgres --min=1 --max=3 --cpu-percent=70",
        "autoscale the postgres statefulset 1-3 at 70% cpu",
    ],
)
def test_an_autoscaler_on_a_database_statefulset_is_asked(shop: Operator, intent: str) -> None:
    question = asks(shop, intent).question or ""
    assert "runs a database" in question


def test_an_autoscaler_on_a_database_said_to_replicate_is_planned(shop: Operator) -> None:
    proposal, _ = plans(shop, "autoscale postgres 1-3 at 70% cpu, it replicates (streaming)")
    assert [o.summary() for o in proposal.operations][-1] == (
        "apply horizontalpodautoscaler/postgres in shop"
    )
