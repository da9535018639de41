"""Round 22/23, gap helper B: blind25 orders the planner asked although they were clear.

(1) The other kind of a shared name said to stay, beside an order that names its kind ("cache
proxy (Deployment cache): autoscaler …, the redis statefulset keeps its one pod"): the kind
said picks the object, the other is kept (:mod:`dotop_nb.planner.offline.keptkind`).
(2) A count's unit said with the state before a bare count ("the frontend has 3 pods, please to
put 5"): the count is read in that unit (:mod:`dotop_nb.planner.offline.carried`)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# (1) The kind said picks the object; the other kind said to stay is never touched.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "cache proxy (Deployment cache): autoscaler from 1 to 4 pods at 80% cpu, the redis "
            "statefulset keeps its one pod",
            "apply horizontalpodautoscaler/cache in shop",
        ),
        (
            "ensure => absent for Deployment cache (the proxy). the redis statefulset called "
            "cache stays",
            "delete deployment/cache in shop",
        ),
        (
            "remove the loyalty redis statefulset (cache), points moved to the store DB; keep "
            "the price cache proxy Deployment",
            "delete statefulset/cache in shop",
        ),
        (
            "scale the cache deployment to 3, the statefulset stays",
            "scale deployment/cache in shop to 3 replicas",
        ),
        (
            "restart the statefulset cache; the deployment called cache remains",
            "restart the pods of statefulset/cache in shop",
        ),
        (
            "delete the cache statefulset, keep the cache proxy deployment as it is",
            "delete statefulset/cache in shop",
        ),
        (
            "set image of the cache deployment to ghcr.io/acme/cache-proxy:1.0.1, the redis sts "
            "is left alone",
            "set image of container proxy in deployment/cache in shop to "
            "ghcr.io/acme/cache-proxy:1.0.1",
        ),
        (
            "autoscale deployment cache between 2 and 5 at 70% cpu; leave the statefulset alone",
            "apply horizontalpodautoscaler/cache in shop",
        ),
    ],
)
def test_the_kind_said_picks_the_object(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]


def test_the_autoscaler_keeps_its_values(op: Operator) -> None:
    _, body = plans(
        op,
        "cache proxy (Deployment cache): autoscaler from 1 to 4 pods at 80% cpu, the redis "
        "statefulset keeps its one pod",
    )
    assert '"minReplicas": 1' in body
    assert '"maxReplicas": 4' in body
    assert '"averageUtilization": 80' in body
    assert '"kind": "Deployment", "name": "cache"' in body


# Still asked: the order says no kind, or names nothing the kept clause names, or the clause
# that "keeps" also changes something.
@pytest.mark.parametrize(
    "intent",
    [
        "scale cache to 3, the redis statefulset stays",
        "delete cache, keep the proxy deployment",
        "restart the statefulset, the deployment called cache stays",
        "scale the deployment to 3, the statefulset called cache stays",
        "delete the cache deployment, the statefulset called postgres stays",
        "delete the deployment cache, the redis statefulset keeps its pods but gets a new image",
    ],
)
def test_still_asked_which_object(op: Operator, intent: str) -> None:
    asks(op, intent)


# (2) The unit of the state's count carried to the bare count of the order after it.
@pytest.mark.parametrize(
    ("intent", "target", "replicas"),
    [
        ("Actually the frontend has 3 pods, please to put 5", "deployment/frontend", 5),
        ("the frontend has 3 pods, put 5", "deployment/frontend", 5),
        ("worker runs 1 replica, set 4", "deployment/worker", 4),
        ("payments has 2 replicas now, bring it to 6", "deployment/payments", 6),
        ("checkout has 2 pods; please put 4, thanks", "deployment/checkout", 4),
        ("orders has 2 pods, make them 3", "deployment/orders", 3),
    ],
)
def test_the_state_says_the_unit(op: Operator, intent: str, target: str, replicas: int) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        f"scale {target} in shop to {replicas} replicas"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "the orders pdb has 2 pods, put 1",
        "frontend has 3 pods and 2 cpus, put 5",
        "frontend has 3 pods, put 5 in the configmap",
        "the frontend has 3 pods, put 5 tomorrow",
        "frontend has 3 pods, please to put 5 until monday",
    ],
)
def test_a_count_not_carried_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) A container picked by what is said of the other: the one kept ("the container app stays
# like that", "…, the envoy no", "not the envoy") is not the one to change.
@pytest.mark.parametrize(
    ("intent", "container", "value"),
    [
        (
            "update the envoy of orders to v1.31.0, the container app stays like that",
            "envoy",
            "envoyproxy/envoy:v1.31.0",
        ),
        (
            "update the envoy of orders to v1.31.0, the container app stays as it is",
            "envoy",
            "envoyproxy/envoy:v1.31.0",
        ),
        (
            "bump envoy in orders to v1.31.0; container app stays untouched",
            "envoy",
            "envoyproxy/envoy:v1.31.0",
        ),
        (
            "set the envoy image of orders to envoyproxy/envoy:v1.31.0, leave the container app "
            "alone",
            "envoy",
            "envoyproxy/envoy:v1.31.0",
        ),
        (
            "for the container app of orders put the request cpu at 300m, the envoy no",
            "app",
            '"cpu": "300m"',
        ),
        (
            "for the container app of orders put the request cpu at 300m, not the envoy",
            "app",
            '"cpu": "300m"',
        ),
        ("give orders 300m cpu request, not the envoy", "app", '"cpu": "300m"'),
    ],
)
def test_the_container_kept_is_not_changed(
    op: Operator, intent: str, container: str, value: str
) -> None:
    proposal, body = plans(op, intent)
    assert len(proposal.operations) == 1
    assert value in body
    assert f'"container": "{container}"' in body or f'"name": "{container}"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "set the app image in orders to envoyproxy/envoy:v1.31.0",
        "give orders 300m cpu request",
        "set the memory limit of orders to 1Gi for container envoy, the app no",
    ],
)
def test_the_container_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (4) "change the REGION in shared-config": the article is no part of a key said as words.
@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("change the REGION in shared-config to fr", '"REGION": "fr"'),
        ("change the region in shared-config to fr", '"REGION": "fr"'),
        ("put the REGION of shared-config to us", '"REGION": "us"'),
        ("set the LOG_LEVEL in my-api-config to debug", '"LOG_LEVEL": "debug"'),
    ],
)
def test_the_key_said_after_the_article(op: Operator, intent: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert len(proposal.operations) == 1
    assert value in body


def test_the_key_and_the_restarts_after(op: Operator) -> None:
    proposal, body = plans(
        op,
        "change the REGION in shared-config to fr, and make a restart of my-api and frontend after",
    )
    assert [o.summary() for o in proposal.operations] == [
        "patch configmap/shared-config in shop (merge)",
        "restart the pods of deployment/my-api in shop",
        "restart the pods of deployment/frontend in shop",
    ]
    assert '"REGION": "fr"' in body


@pytest.mark.parametrize(
    "intent",
    ["set the DB password of payments to s3cr3t", "change the db host of payments to db2"],
)
def test_a_key_said_as_words_still_asked(op: Operator, intent: str) -> None:
    assert "which key" in (asks(op, intent).question or "")


# (5) A log level said as a state, then the order's pronoun: the level goes to it.
@pytest.mark.parametrize(
    ("intent", "value"),
    [
        (
            "Actually the log level of my-api is info, please to put it in debug",
            '"LOG_LEVEL": "debug"',
        ),
        ("the log level of payments is info, put it in debug", '"value": "debug"'),
        (
            "Currently the logging level of frontend is warn, so switch it to debug",
            '"value": "debug"',
        ),
        ("the log level of worker is error; change it to info", '"value": "info"'),
    ],
)
def test_the_level_said_as_a_state(op: Operator, intent: str, value: str) -> None:
    proposal, body = plans(op, intent)
    assert len(proposal.operations) == 1
    assert "LOG_LEVEL" in body
    assert value in body


@pytest.mark.parametrize(
    "intent",
    [
        "the log level of my-api is info, put it in debug until monday",
        "the log level of my-api is info, is it in debug?",
        "the log level of my-api is info, put it in payments",
        "the log level of nothere is info, put it in debug",
    ],
)
def test_the_level_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) A workload's "count" with a move or a target is its replica count.
@pytest.mark.parametrize(
    ("intent", "target", "replicas"),
    [
        ("knife-style bump: checkout count plus one", "deployment/checkout", 3),
        ("checkout count to 4", "deployment/checkout", 4),
        ("orders count minus 1", "deployment/orders", 1),
        ("bump the payments count by two", "deployment/payments", 4),
        ("frontend count to 5", "deployment/frontend", 5),
    ],
)
def test_the_count_of_a_workload(op: Operator, intent: str, target: str, replicas: int) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        f"scale {target} in shop to {replicas} replicas"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "the error count of checkout plus one",
        "checkout count is 2, plus one",
        "checkout count plus one until friday",
    ],
)
def test_another_count_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) A compound word describing the workload a key is set on ("the citizen-facing frontend").
@pytest.mark.parametrize(
    ("intent", "pair"),
    [
        (
            "we're out of beta: set FEATURE_FLAG on the citizen-facing frontend to live",
            ('"name": "FEATURE_FLAG"', '"value": "live"'),
        ),
        (
            "set LOG_LEVEL on the public-facing frontend to debug",
            ('"name": "LOG_LEVEL"', '"value": "debug"'),
        ),
        (
            "set FEATURE_FLAG on the customer-facing payments to on",
            ('"name": "FEATURE_FLAG"', '"value": "on"'),
        ),
    ],
)
def test_a_described_workload_takes_the_key(
    op: Operator, intent: str, pair: tuple[str, str]
) -> None:
    proposal, body = plans(op, intent)
    assert len(proposal.operations) == 1
    assert all(p in body for p in pair)


def test_a_described_unknown_workload_is_asked(op: Operator) -> None:
    asks(op, "set LOG_LEVEL on the internet-facing nothere to debug")


# (8) Beside a delete of a Service (or another object that is no workload), "the pods stay" is
# what the delete keeps; beside a workload's delete it is still asked.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("delete the Service frontend only, the pods stay", "delete service/frontend in shop"),
        ("remove the payments svc, its pods remain", "delete service/payments in shop"),
        ("delete the frontend service; the pods stay running", "delete service/frontend in shop"),
        ("delete the Service (frontend) only, the pods stay", "delete service/frontend in shop"),
    ],
)
def test_the_pods_kept_beside_a_service_delete(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "delete frontend, the pods stay",
        "delete the frontend deployment, the pods stay",
        "delete the frontend pods, the service stays",
    ],
)
def test_the_pods_kept_beside_a_workload_delete_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (9) A name in parentheses right after a kind that is no workload's is that object's name:
# never the workload of that name deleted with it.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("delete the Service (frontend)", "delete service/frontend in shop"),
        ("remove the PDB (orders) so the nodes drain", "delete poddisruptionbudget/orders in shop"),
    ],
)
def test_the_name_in_parentheses_after_a_kind(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [summary]


@pytest.mark.parametrize(
    "intent", ["delete the portal Service (frontend)", "delete the Service (nothere)"]
)
def test_the_name_in_parentheses_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
