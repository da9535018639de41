"""Round 10, helper direction. A direction word (scale down/up, reduce, lower, raise, increase,
upgrade, downgrade) or a current value said ("we have 7", "from 6 to 4") is checked against the
live state, and a mismatch asks saying both; a database StatefulSet is not scaled relatively or
autoscaled, a no-downtime change of a single-pod StatefulSet asks, and limits the words keep are
never changed (direction.py). Near misses whose words agree with the live state still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize(
    ("intent", "said"),
    [
        # Replicas: the shop runs my-api 2, frontend 3, payments 2, orders 2, postgres 1.
        ("scale my-api down to 4", "runs 2"),
        ("increase orders to 1 replica", "runs 2"),
        ("cut orders to 5 pods", "runs 2"),
        ("scale up frontend to 2", "runs 3"),
        ("scale frontend down to 5", "runs 3"),
        ("lower postgres to 3 replicas", "runs 1"),
        # A current value said that is not the live one.
        ("we currently have 7 payments pods, make it 4", "runs 2"),
        ("scale payments from 6 to 4", "runs 2"),
        ("we need 5 frontend pods, we have 10", "not 10"),
        # Image versions: frontend 2.1.0, payments 3.0.0, my-api 1.4.0.
        ("upgrade payments to 2.9.0", "older"),
        ("downgrade my-api to 1.5", "newer"),
        ("upgrade frontend to 2.0.0", "older"),
        # Resources: requests cpu 100m memory 128Mi, limits memory 256Mi.
        ("lower frontend cpu to 300m", "100m now"),
        ("increase my-api memory to 64Mi", "128Mi now"),
        ("reduce payments memory to 512Mi", "128Mi now"),
        ("increase payments memory limit to 128Mi", "256Mi now"),
        # Limits the words keep.
        ("give my-api 512Mi memory and keep the limits", "keep the limits"),
        ("set my-api memory request to 1Gi, limits untouched", "limits untouched"),
        # A database StatefulSet scaled relatively or autoscaled.
        ("triple postgres", "database"),
        ("one more postgres", "database"),
        ("put an hpa on postgres from 1 to 4", "database"),
        ("autoscale postgres", "database"),
        # An autoscaler ceiling below what runs now scales it down unasked.
        ("give frontend an hpa, max 1", "(1)"),
        ("autoscale frontend 1-2 on cpu", "runs 3"),
        # No downtime asked of a single-pod StatefulSet.
        ("set the redis image of the cache statefulset to redis:7.4 with no downtime", "single"),
        ("update postgres to 16.5 without any downtime", "single"),
        ("give postgres 1Gi memory with zero downtime", "single"),
    ],
)
def test_a_direction_or_value_against_the_live_state_asks(
    shop: Operator, intent: str, said: str
) -> None:
    assert said in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale frontend down to 2", "deployment/frontend in shop to 2 replicas"),
        ("scale payments up to 5", "deployment/payments in shop to 5 replicas"),
        ("cut payments to 1 replica", "deployment/payments in shop to 1 replicas"),
        ("add one more frontend pod", "deployment/frontend in shop to 4 replicas"),
        ("scale frontend from 3 to 5", "deployment/frontend in shop to 5 replicas"),
        ("scale postgres to 2", "statefulset/postgres in shop to 2 replicas"),
        ("upgrade frontend to 2.2.0", "ghcr.io/acme/frontend:2.2.0"),
        ("downgrade frontend to 2.0.0", "ghcr.io/acme/frontend:2.0.0"),
        ("update postgres to 16.5", "postgres:16.5"),
        ("update frontend to 2.2.0 with zero downtime", "ghcr.io/acme/frontend:2.2.0"),
        ("raise payments memory to 512Mi", "patch deployment/payments"),
        ("lower payments memory limit to 200Mi", "patch deployment/payments"),
        ("autoscale frontend 2-6", "horizontalpodautoscaler/frontend"),
        ("delete the worker deployment, it is unused", "delete deployment/worker"),
        # (Round 32: "give postgres high availability with 3 replicas" is asked — a count said
        # alone makes no database highly available, its extra pods are empty databases;
        # tests/unit/test_offline_r32_lead.py and test_offline_r32_gap35b.py.)
        # (Round 17: a database's autoscaler is planned when the words say it replicates;
        # naming its kind alone is asked, tests/unit/test_offline_r17_lead.py.)
        (
            "autoscale the postgres statefulset between 1 and 3, it replicates",
            "horizontalpodautoscaler/postgres",
        ),
        (
            "orders app container: set the cpu limit to 1, keep the memory limit",
            "patch deployment/orders",
        ),
        ("bump my-api to 1.5.0", "ghcr.io/acme/my-api:1.5.0"),
        ("autoscale payments between 1 and 2", "horizontalpodautoscaler/payments"),
        ("set my-api memory limit to 300Mi, same as payments", "patch deployment/my-api"),
        ("give postgres 1Gi memory, 512Mi is not cutting it", "patch statefulset/postgres"),
    ],
)
def test_words_that_agree_with_the_live_state_still_plan(
    shop: Operator, intent: str, summary: str
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert any(summary in o.summary() for o in proposal.operations), proposal.operations
