"""The object, kind and scope a request acts on (issue 11, round 9, helper scope).

A noun after a workload's name that names a part or kind no reader handles ("the orders logs",
"the cache storage"), a qualifier picking one copy ("the old checkout", "frontend 2.1.0"), part
of the pods (a canary, one pod, a zone, a colour), one of a list, a database role, another
cluster or a shared object seen by one reader only: each is asked, never acted on the whole
workload. Read against the plan: a backup planned with no backup said, and a version said
beside a plan that sets no image, are asked too. Phrasings are our own, not the attacker's;
the near misses must still plan as before."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        # A part or kind said of the workload, after a delete or a rollback.
        ("delete the orders logs", "logs"),
        ("remove the checkout configuration", "configuration"),
        ("drop the frontend dashboard", "dashboard"),
        ("get rid of the worker cronjob", "cronjob"),
        ("delete the my-api ingress", "ingress"),
        ("delete the cache storage", "storage"),
        ("purge orders' data", "data"),
        ("wipe the database of checkout", "database"),
        ("delete the orders service account", "service"),
        ("roll back the frontend env", "env"),
        ("revert the payments settings", "settings"),
        # One copy or version of a workload there is one of.
        ("delete the old checkout", "old checkout"),
        # (Round 21: said with its kind too, unless a newer copy of it is named: 'checkout-v2
        # took over all traffic, nuke the old checkout deploy' plans, blind10.)
        ("nuke the old checkout deploy", "old checkout"),
        ("remove the old checkout deployment, payments does its job now", "old checkout"),
        ("delete frontend 2.1.0", "frontend 2.1.0"),
        ("remove the stale orders", "stale orders"),
        # Part of the pods.
        ("restart the canary checkout", "canary"),
        ("update checkout to 1.2.0 on one pod only", "one pod"),
        ("restart the failing orders pods", "failing orders pods"),
        ("restart the payments pod on node-2", "node-2"),
        ("scale orders to 5 in zone b", "zone b"),
        ("set LOG_LEVEL=info on a single orders replica", "single orders replica"),
        ("upgrade half the checkout pods to 1.2.0", "half the checkout pods"),
        ("restart the blue my-api", "colour"),
        # One of a list; a role of a database.
        ("restart the first one: orders, payments", "first one"),
        ("restart either of payments and orders", "either of"),
        ("restart postgres but not the replica", "not the replica"),
        # Another cluster, region or context.
        ("restart orders in the us cluster", "us cluster"),
        ("scale frontend to 2 on eks-staging", "eks-staging"),
        ("update my-api to 1.5.0 in ap-south-1", "ap-south-1"),
        ("scale worker to 1 on cluster west", "cluster west"),
        # A shared object seen by one reader; a floor kept during a restart.
        ("put TIMEOUT=30 in the shared config but only frontend should get it", "shared"),
        ("restart orders and keep 1 pod", "keep 1 pod"),
    ],
)
def test_a_scope_the_plan_cannot_honour_is_asked(shop: Operator, intent: str, named: str) -> None:
    proposal = asks(shop, intent)
    assert named in (proposal.question or ""), proposal.question


@pytest.mark.parametrize(
    "intent",
    [
        # A recurring time or a duration beside another change is no backup.
        "turn checkout off every night",
        "run orders hourly",
        "enable debug on orders for the night",
        "orders daily",
        # A version said beside a plan that would set no image.
        "release checkout 1.2.0 to 3 replicas",
        "ship payments 3.1.0 with 512Mi memory",
        "run 4 replicas of checkout 1.2.0",
        "push my-api 1.5.0 to 1 pod",
        "checkout 1.2.0 with LOG_LEVEL=warn",
    ],
)
def test_a_plan_of_another_kind_than_said_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "carried"),
    [
        # Four blind sets, written by people who never saw the planner, plan a scale said for a
        # while ("worker can go to zero for the night"): the way back is theirs to ask for.
        # (Round 25: a window said — "for the night", "for an hour" — is asked; see
        # test_offline_r25_temp. A purpose with no end is still planned.)
        ("switch frontend off for the demo", '"replicas": 0'),
        ("delete the payments deployment", '"Deployment"'),
        ("delete the orders pdb", '"PodDisruptionBudget"'),
        ("delete worker", '"worker"'),
        ("roll back checkout", '"rollout_undo"'),
        ("back up postgres nightly", '"Schedule"'),
        ("make sure postgres is backed up every night", '"Schedule"'),
        ("scale frontend to one pod", '"replicas": 1'),
        ("bring my-api down to a single replica", '"replicas": 1'),
        ("add one more replica to payments", '"replicas": 3'),
        ("update my-api to 1.5.0 and scale it to 4", "1.5.0"),
        ("we run 1.4.0 today; move my-api to ghcr.io/acme/my-api:1.5.0", "1.5.0"),
        ("if the canary fails, roll checkout back", '"rollout_undo"'),
        ("scale payments to 4 in this cluster", '"replicas": 4'),
        ("give my-api the env var REGION_NAME=eu-west", "eu-west"),
        ("set COLOR=blue on frontend", "blue"),
        ("restart the frontend pods", '"rollout_restart"'),
        ("spread frontend pods across zones", "topology"),
        ("at least half of the payments pods have to stay up while nodes drain", "50%"),
        ("payments rollouts: don't kill old pods until the new ones are ready", "maxUnavailable"),
    ],
)
def test_near_misses_still_plan(shop: Operator, intent: str, carried: str) -> None:
    _, body = plans(shop, intent)
    assert carried in body, body


@pytest.mark.parametrize(
    "intent",
    [
        # A recurrence beside a change that runs once; a duration beside a delete.
        "restart orders every night",
        "scale worker to 0 each evening",
        "bounce checkout hourly",
        "delete worker for an hour",
        "remove orders for the weekend",
        # More parts no delete reads as an object of its own.
        "delete the payments pipeline",
        "remove the checkout scaler",
        "delete the orders webhooks",
    ],
)
def test_a_recurrence_or_another_part_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "carried"),
    [
        (
            "we keep scaling my-api by hand every evening, add an hpa 2-8 at 70% cpu",
            '"maxReplicas"',
        ),
        ("cpu limit for frontend: 0.5 cpu", '"cpu": "0.5"'),
        ("delete payments entirely", '"payments"'),
    ],
)
def test_context_beside_the_request_still_plans(shop: Operator, intent: str, carried: str) -> None:
    _, body = plans(shop, intent)
    assert carried in body, body
