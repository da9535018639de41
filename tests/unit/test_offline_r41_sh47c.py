"""Round 41, helper sh47c: attack47's values said for the wrong field (families @H, @I, @J, @K
and the QoS rows of @A/@E).

- A byte quantity said for cpu ("give my-api 512Mi of cpu", "set my-api's cpu to 1Gi", "my-api
  cpu 512Mi", "2Gi cpu"), or a cpu quantity said for memory ("raise my-api memory to 250
  millicores"), is asked naming both — never planned as the other field. Each said with its
  own field ("512Mi of memory", "500m of cpu", "4Gi memory 500 millicores") still plans.
- A ConfigMap key or env var said to stay beside the order that sets it ("set LOG_LEVEL to
  debug, don't touch LOG_LEVEL", "PROVIDER stays", "keep PROVIDER as is") is asked; another key
  kept ("…, don't touch FEATURE_X") is context and plans.
- A workload deleted while its replicas are said to stay ("delete only worker, 3 replicas
  stay") is asked; another workload's replicas said to stay plan the deletion.
- "X, 6 replicas — what it runs", "… which is what it runs", "…, it runs that": how things are,
  asked like "…, that's what it runs"; "my-api, 6 replicas" still plans.
- Guaranteed QoS negated ("make my-api not Guaranteed QoS", "drop Guaranteed QoS from …"), done
  ("Alice made frontend Guaranteed QoS", "my-api was made Guaranteed QoS") or wished ("I'd make
  my-api Guaranteed QoS") is asked; "I'd like my-api Guaranteed QoS", a past clause beside an
  order ("…, make frontend Guaranteed QoS too") and a reason ("postgres was evicted yesterday,
  make it Guaranteed QoS") plan.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, question_for

pytestmark = pytest.mark.timeout(300)


def _summaries(op: Operator, intent: str) -> list[str]:
    proposal, _ = plans(op, intent)
    return [o.summary() for o in proposal.operations]


# (@H) A value said for the other resource.
@pytest.mark.parametrize(
    "intent",
    [
        "give my-api 512Mi of cpu",
        "give my-api 512Mi of CPU",
        "give my-api 512Mi for cpu",
        "give my-api a cpu of 512Mi",
        "give my-api 2Gi cpu",
        "bump my-api cpu to 512Mi",
        "my-api cpu 512Mi",
        "raise my-api cpu to 1Gi",
        "set my-api's cpu to 512Mi",
        "give frontend 512Mi of cpu",
        "give payments 1Gi for cpu",
        "set the cpu of worker to 768Mi",
        "raise checkout cpu to 2Gi",
        "bump frontend's cpu up to 1Gi",
        "worker cpu 256Mi",
        "up worker's cpu to 768Mi",
        "give worker 1Gi worth of cpu",
        "set cpu to 1G on my-api",
        "set my-api cpu to 512MB",
        "frontend: cpu 256Mi",
        "lower my-api cpu to 128Mi",
        "give payments 2 GiB cpu",
        "please set checkout's CPU to 1.5Gi",
        "raise my-api memory to 250 millicores",
        "set my-api's memory to 300 millicores",
        "give frontend 500 millicores of memory",
    ],
)
def test_a_value_said_for_the_other_resource_is_asked(op: Operator, intent: str) -> None:
    question = question_for(op, intent)
    assert "cpu" in question, question
    assert "memory" in question, question


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("give my-api 512Mi of memory", '"memory": "512Mi"'),
        ("set my-api cpu to 500m", '"cpu": "500m"'),
        ("give my-api 500m of cpu", '"cpu": "500m"'),
        ("give payments 4Gi memory 500 millicores", '"cpu": "500m"'),
        ("memory limit 1Gi cpu limit 500m for my-api", '"memory": "1Gi"'),
        ("memory 1Gi cpu 500m for my-api", '"cpu": "500m"'),
        ("set my-api memory to 512M", '"memory": "512M"'),
        ("give payments 2 cores, 4Gi memory", '"memory": "4Gi"'),
        ("kubectl set resources deploy/my-api --limits=cpu=200m,memory=512Mi", '"cpu": "200m"'),
        ("make my-api Guaranteed QoS at 200m cpu / 256Mi memory", '"memory": "256Mi"'),
        ("raise frontend cpu to 1 core", '"cpu": "1"'),
        ("give worker 1Gi of memory and 250m of cpu", '"memory": "1Gi"'),
    ],
)
def test_each_value_said_for_its_own_resource_still_plans(
    op: Operator, intent: str, value: str
) -> None:
    _, body = plans(op, intent)
    assert value in body, body


# (@I) A key said to stay beside the order that sets it.
@pytest.mark.parametrize(
    ("intent", "key"),
    [
        ("In my-api-config set LOG_LEVEL to debug, don't touch LOG_LEVEL", "LOG_LEVEL"),
        ("In my-api-config don't touch LOG_LEVEL, set it to debug", "LOG_LEVEL"),
        ("In my-api-config set LOG_LEVEL to debug, leave LOG_LEVEL alone", "LOG_LEVEL"),
        ("In my-api-config set LOG_LEVEL to debug, never touch LOG_LEVEL", "LOG_LEVEL"),
        ("set PROVIDER to adyen in payments-config, PROVIDER stays", "PROVIDER"),
        ("In payments-config set PROVIDER to adyen, keep PROVIDER as is", "PROVIDER"),
        ("don't change PROVIDER, set it to adyen in payments-config", "PROVIDER"),
        ("In payments-config set PROVIDER to adyen, don't touch the PROVIDER key", "PROVIDER"),
        ("In orders-config set BATCH_SIZE to 50, don't touch BATCH_SIZE", "BATCH_SIZE"),
        ("set QUEUE to high in orders-config, QUEUE stays", "QUEUE"),
        ("In shared-config set REGION to us-east, leave REGION alone", "REGION"),
        ("in my-api-config set FEATURE_X to on, keep FEATURE_X as is", "FEATURE_X"),
        ("set LOG_LEVEL=warn in my-api-config but never change LOG_LEVEL", "LOG_LEVEL"),
        ("set PROVIDER to adyen in payments-config; the PROVIDER key remains", "PROVIDER"),
        ("in orders-config set BATCH_SIZE to 200, BATCH_SIZE is unchanged", "BATCH_SIZE"),
        ("set env FOO_BAR=1 on my-api, FOO_BAR stays", "FOO_BAR"),
        ("set LOG_LEVEL=debug on my-api, don't touch LOG_LEVEL", "LOG_LEVEL"),
        ("in payments-config set PROVIDER to adyen, leave PROVIDER as it is", "PROVIDER"),
    ],
)
def test_a_key_said_to_stay_beside_its_change_is_asked(op: Operator, intent: str, key: str) -> None:
    assert key in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("set LOG_LEVEL to debug in my-api-config, don't touch FEATURE_X", "my-api-config"),
        ("set LOG_LEVEL to debug in my-api-config, FEATURE_X stays", "my-api-config"),
        ("set BATCH_SIZE to 50 in orders-config, leave QUEUE alone", "orders-config"),
        ("In shared-config set REGION to us-east, keep the rest as is", "shared-config"),
        ("set FEATURE_X to on in my-api-config, keep LOG_LEVEL as is", "my-api-config"),
        ("set PROVIDER to adyen in payments-config, don't restart payments", "payments-config"),
    ],
)
def test_another_key_kept_still_plans(op: Operator, intent: str, target: str) -> None:
    assert _summaries(op, intent) == [f"patch configmap/{target} in shop (merge)"]


# (@J) A workload deleted, its replicas said to stay.
@pytest.mark.parametrize(
    "intent",
    [
        "delete only worker, 3 replicas stay",
        "delete only worker, 1 replica stays",
        "delete worker, replicas stay at 1",
        "delete worker, still 1 replica",
        "delete only checkout, 2 replicas stay",
        "delete postgres statefulset, 1 replica remains",
        "remove worker, 1 replica stays",
    ],
)
def test_replicas_said_to_stay_beside_their_deletion_are_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    "intent",
    ["delete worker, frontend replicas stay", "delete worker", "delete the worker deployment"],
)
def test_a_deletion_with_another_workloads_replicas_still_plans(op: Operator, intent: str) -> None:
    assert _summaries(op, intent) == ["delete deployment/worker in shop"]


# (@K) "that's what it runs", said another way.
@pytest.mark.parametrize(
    "intent",
    [
        "my-api, 6 replicas - what it runs",
        "my-api 6 replicas which is what it runs",
        "my-api, 6 replicas, it runs that",
        "worker: 2 pods, they already have that many",
        "checkout, 4 pods \u2013 what it's running",
        "orders, 6 replicas - what it runs",
        "frontend 2 replicas which is what it runs",
        "my-api, 4 replicas (what it runs now)",
    ],
)
def test_what_it_runs_said_another_way_is_asked(op: Operator, intent: str) -> None:
    assert "how things are" in question_for(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale my-api to 6", "scale deployment/my-api in shop to 6 replicas"),
        ("my-api to 6 replicas", "scale deployment/my-api in shop to 6 replicas"),
        ("my-api, 6 replicas", "scale deployment/my-api in shop to 6 replicas"),
        ("scale frontend to 4 please", "scale deployment/frontend in shop to 4 replicas"),
    ],
)
def test_a_count_said_as_the_change_still_plans(op: Operator, intent: str, summary: str) -> None:
    assert _summaries(op, intent) == [summary]


# (QoS) Guaranteed said negated, done or wished.
@pytest.mark.parametrize(
    "intent",
    [
        "make my-api not Guaranteed QoS",
        "make frontend not Guaranteed QoS",
        "make payments anything but Guaranteed QoS",
        "postgres should not be Guaranteed QoS",
        "my-api shouldn't be Guaranteed QoS",
        "take checkout out of Guaranteed QoS",
        "drop Guaranteed QoS from payments",
        "my-api doesn't need Guaranteed QoS",
        "stop frontend being Guaranteed QoS",
        "Alice made frontend Guaranteed QoS",
        "my-api was made Guaranteed QoS",
        "I'd make my-api Guaranteed QoS",
        "I'd make frontend Guaranteed QoS",
        "we'd make payments Guaranteed QoS",
        "I'd just make postgres Guaranteed QoS",
        "Bob made payments Guaranteed QoS",
        "I made my-api Guaranteed QoS",
        "frontend has been made Guaranteed QoS",
        "postgres was made Guaranteed QoS",
        "Alice made my-api requests equal to limits",
        "my-api was given requests equal to limits",
        "the team switched frontend to Guaranteed QoS",
    ],
)
def test_guaranteed_said_as_no_order_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "target"),
    [
        ("make my-api Guaranteed QoS", "deployment/my-api"),
        ("make my-api Guaranteed QoS please", "deployment/my-api"),
        ("I'd like my-api Guaranteed QoS", "deployment/my-api"),
        ("I'd like to make frontend Guaranteed QoS", "deployment/frontend"),
        ("my-api was made guaranteed, make frontend Guaranteed QoS too", "deployment/frontend"),
        ("postgres was evicted yesterday, make it Guaranteed QoS", "statefulset/postgres"),
        (
            "postgres keeps getting evicted under pressure, make it Guaranteed QoS",
            "statefulset/postgres",
        ),
        ("make my-api not Burstable but Guaranteed QoS", "deployment/my-api"),
        ("make payments Guaranteed QoS so it doesn't get evicted", "deployment/payments"),
        ("my-api isn't Guaranteed QoS yet, make it so", "deployment/my-api"),
        ("payments should be in the Guaranteed QoS class", "deployment/payments"),
        ("make my-api's requests equal to its limits", "deployment/my-api"),
    ],
)
def test_guaranteed_ordered_still_plans(op: Operator, intent: str, target: str) -> None:
    assert _summaries(op, intent) == [f"patch {target} in shop (strategic)"]
