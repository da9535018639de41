"""Round 31, helper gap34b: blind34's misses in delete, resources, restart, rollback and scale.

The shapes (over-asks of a clear order, /work/notes/w31/blind34-misses.txt):
- an exclusion beside the order naming one object by a kind that is not a workload ("leave
  pdb/orders as is", "The PDB of orders please do not change", "The PodDisruptionBudget orders is
  out of scope") covers that kind of object only, never the workload of that name
  (constraints._of_kind, constraints._FRONTED, unsafe._OTHER_KIND_SUBJECT); one naming a workload
  by its kind ("The Deployment cache is out of scope") is not the StatefulSet of that name;
- "No other workload is in scope" is "nothing else may change" (constraints._NONE_IN_SCOPE);
- "leaving its requests of 250m and 512Mi unchanged": a quantity is no workload kept;
- "cpu limit 500m to 1 core": the value now, then the new one in cores (accounting._NOW_TO);
- "…, not the poster image proxy": a nickname of two or three words ending in what it runs;
- a pasted command ended by a full stop and followed by a sentence ("k delete svc my-api.
  deploy/my-api keeps running"), and "X keeps running" / "X keep, do not delete" kept;
- "labelled tier=backend." ends the sentence, not the label value;
- "the stage-map proxy (deploy/cache)", "the Deployment checkout (the voluntary-contribution
  checkout)": a nickname with the workload's own name in brackets is that workload;
- "we no longer use the worker …, please delete it": the reason for the delete;
- "sts/cache back to redis:6.2, 7 broke the ingest": a kubectl name before "back to" orders;
- "worker make it 2 pod": a count made with its unit said in the singular;
- "on the 19th": a calendar day.
Each with near misses that stay asked (or planned as before)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans, summaries, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)

_ORDERS_3 = "scale deployment/orders in shop to 3 replicas"


# A prohibition naming a PDB (or another kind that is no workload) by kind and name.
@pytest.mark.parametrize(
    "intent",
    [
        "work-orders svc (deploy/orders) +1. leave pdb/orders as is",
        "Popcorn combo orders (orders) increase from 2 to 3 replica. The PDB of orders please do "
        "not change.",
        "scale orders to 3, leave the orders pdb alone",
        "scale orders to 3. pdb/orders dont touch",
        "scale orders to 3. The PDB of orders please do not change.",
        "scale orders to 3. The PodDisruptionBudget orders is out of scope.",
        "scale orders to 3, leave the pdb of orders untouched",
    ],
)
def test_a_pdb_kept_beside_a_scale_of_its_workload_is_planned(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == [_ORDERS_3]


@pytest.mark.parametrize(
    "intent",
    [
        # The PDB itself changed: the prohibition is broken.
        "update the pdb of orders to minAvailable 1. The PDB of orders please do not change.",
        # The workload said without a kind: it is what is kept.
        "scale orders to 3, leave orders as is",
        # "the orders svc" may be the workload's nickname: never read as the Service.
        "scale orders to 3, leave the orders svc as is",
        "scale orders to 3. The orders deployment is out of scope.",
    ],
)
def test_a_kept_object_the_plan_may_change_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_an_order_said_first_is_no_fronted_prohibition(op: Operator) -> None:
    assert summaries(op, "restart orders please do not scale") == [
        "restart the pods of deployment/orders in shop"
    ]


# A workload out of scope by its kind: the other kind of that name is not.
def test_the_deployment_out_of_scope_is_not_the_statefulset(op: Operator) -> None:
    intent = (
        "PFC-2230: Set requests of 500m CPU and 1Gi memory and a memory limit of 2Gi on the "
        "container redis of the StatefulSet cache (the illustration redis). The Deployment cache "
        "is out of scope."
    )
    _, body = plans(op, intent)
    assert summaries(op, intent) == ["patch statefulset/cache in shop (strategic)"]
    assert '"2Gi"' in body
    assert '"500m"' in body
    assert summaries(
        op, "restart the statefulset cache. The deployment cache is out of scope."
    ) == ["restart the pods of statefulset/cache in shop"]


@pytest.mark.parametrize(
    "intent",
    [
        "restart the deployment cache. The deployment cache is out of scope.",
        "set requests of 500m cpu on cache. The Deployment cache is out of scope.",
    ],
)
def test_the_same_workload_out_of_scope_is_asked(op: Operator, intent: str) -> None:
    assert "out of scope" in (asks(op, intent).question or "")


# Nothing else in scope.
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "PFC-2203: Reduce the Deployment frontend (the member portal) from 3 replicas to 2. "
            "No other workload is in scope.",
            ["scale deployment/frontend in shop to 2 replicas"],
        ),
        (
            "scale frontend to 2, no other deployments are affected",
            ["scale deployment/frontend in shop to 2 replicas"],
        ),
        (
            "restart orders; nothing else is in scope of this change.",
            ["restart the pods of deployment/orders in shop"],
        ),
    ],
)
def test_nothing_else_in_scope_beside_one_change_is_planned(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


def test_nothing_else_in_scope_alone_is_asked(op: Operator) -> None:
    asks(op, "No other workload is in scope.")


# Resources: a quantity kept, a value now in millicores then the new one in cores.
@pytest.mark.parametrize(
    "intent",
    [
        "PFC-2228: Set a memory limit of 2Gi on the StatefulSet postgres (the member ledger "
        "database), leaving its requests of 250m and 512Mi unchanged.",
        "set a memory limit of 2Gi on postgres, requests of 250m and 512Mi unchanged",
        "Set a memory limit of 2Gi on the StatefulSet postgres, leaving its requests unchanged.",
    ],
)
def test_requests_kept_beside_a_limit_are_no_workload(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"limits": {"memory": "2Gi"}' in body


def test_a_quantity_said_unchanged_alone_is_still_asked(op: Operator) -> None:
    asks(op, "set a memory limit of 2Gi on postgres and 512Mi unchanged")


@pytest.mark.parametrize(
    ("intent", "cpu"),
    [
        (
            "Popcorn combo orders (orders) app container cpu limit 500m to 1 core, envoy keep "
            "same.",
            '"1"',
        ),
        ("orders app container cpu limit 500m to 2 cores", '"2"'),
        ("orders app cpu limit 500m to 1 core, envoy stays", '"1"'),
    ],
)
def test_a_cpu_from_millicores_to_cores_is_planned(op: Operator, intent: str, cpu: str) -> None:
    _, body = plans(op, intent)
    assert f'"limits": {{"cpu": {cpu}}}' in body
    assert '"app"' in body


def test_a_bare_number_after_millicores_is_still_asked(op: Operator) -> None:
    asks(op, "orders app container cpu limit 500m to 1")


# A nickname of several words left out.
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "Please restart seat-map redis (StatefulSet cache) after the last show finish at "
            "23:30, not the poster image proxy.",
            ["restart the pods of statefulset/cache in shop"],
        ),
        (
            "restart the cache deployment, not the wristband redis",
            ["restart the pods of deployment/cache in shop"],
        ),
        (
            "restart the statefulset cache, not the thumbnail proxy",
            ["restart the pods of statefulset/cache in shop"],
        ),
    ],
)
def test_a_nickname_left_out_is_read(op: Operator, intent: str, planned: list[str]) -> None:
    assert summaries(op, intent) == planned


def test_a_nickname_left_out_that_is_the_target_is_asked(op: Operator) -> None:
    asks(op, "restart the cache deployment, not the thumbnail proxy")


def test_the_restart_waits_on_its_time(op: Operator) -> None:
    _, awaits = summaries_and_awaits(
        op,
        "Please restart seat-map redis (StatefulSet cache) after the last show finish at 23:30, "
        "not the poster image proxy.",
    )
    assert "23:30" in awaits


# Deletes.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("k delete svc my-api. deploy/my-api (meter-read api) keeps running", {"Service/my-api"}),
        ("kubectl delete svc my-api. deploy/my-api keeps running", {"Service/my-api"}),
        (
            "kubectl delete pdb orders. deployment orders keeps serving",
            {"PodDisruptionBudget/orders"},
        ),
        ("delete service my-api. deploy/my-api keeps running", {"Service/my-api"}),
        (
            "Delete PDB of popcorn combo orders (orders). Deployment orders and orders-config "
            "keep, do not delete.",
            {"PodDisruptionBudget/orders"},
        ),
        ("delete pdb orders. orders-config keep, dont delete", {"PodDisruptionBudget/orders"}),
        (
            "delete the stage-map proxy (deploy/cache), NOT the wristband redis",
            {"Deployment/cache"},
        ),
        ("delete the stage-map proxy (deploy/cache)", {"Deployment/cache"}),
        ("delete the proxy (the cache deployment)", {"Deployment/cache"}),
        ("delete the stage-map proxy (sts/cache)", {"StatefulSet/cache"}),
        (
            "PFC-2218: Decommission the Deployment checkout (the voluntary-contribution "
            "checkout); the service has been replaced by the new provider.",
            {"Deployment/checkout"},
        ),
        ("Decommission checkout (the voluntary-contribution checkout)", {"Deployment/checkout"}),
        (
            "We no longer use the image-digitisation worker (worker), the scanning has moved to "
            "a vendor. Could you please delete it?",
            {"Deployment/worker"},
        ),
        ("we no longer need worker, delete it", {"Deployment/worker"}),
        ("nobody uses the worker anymore, please delete deployment worker", {"Deployment/worker"}),
    ],
)
def test_a_delete_with_what_it_keeps_or_a_nickname_is_planned(
    op: Operator, intent: str, gone: set[str]
) -> None:
    assert deletes(op, intent) == gone


@pytest.mark.parametrize(
    "intent",
    [
        # What is deleted said to keep running.
        "delete orders. orders keeps running",
        # A copy word in the brackets picks a copy.
        "delete the billing checkout",
        # Another workload than the one deleted no longer used.
        "delete worker, we no longer use frontend",
        "we no longer use worker, delete payments",
        # A command then a second order.
        "kubectl delete svc my-api. then scale orders to 3",
        # A name of a nickname claimed with a kind and an unknown name elsewhere.
        "delete the loyalty-v1 deployment, the loyalty app moved to my-api",
    ],
)
def test_a_delete_that_names_what_stays_or_another_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_disuse_beside_a_scale_is_still_asked(op: Operator) -> None:
    asks(op, "we no longer use worker, scale it to 0")


# Labels at a sentence's end.
def test_a_label_ending_a_sentence_selects(op: Operator) -> None:
    planned = summaries(
        op,
        "PFC-2234: Restart every Deployment labelled tier=backend. The StatefulSets and the member "
        "portal (frontend) are excluded.",
    )
    assert len(planned) == 6
    assert all("deployment/" in s for s in planned)
    assert not any("frontend" in s for s in planned)
    assert "deployment/payments" not in " ".join(
        summaries(op, "restart all workloads labelled tier=backend. payments is excluded.")
    )


# A kubectl name before "back to".
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        (
            "sts/cache (telemetry redis) back to redis:6.2, 7 broke the ingest",
            ["set image of container redis in statefulset/cache in shop to redis:6.2"],
        ),
        (
            "deploy/my-api back to 1.3.9, 1.4.0 broke login",
            [
                "set image of container api in deployment/my-api in shop to "
                "ghcr.io/acme/my-api:1.3.9"
            ],
        ),
        (
            "deploy/frontend to 4, the sale crushed it",
            ["scale deployment/frontend in shop to 4 replicas"],
        ),
    ],
)
def test_a_kubectl_name_sent_back_is_an_order(
    op: Operator, intent: str, planned: list[str]
) -> None:
    assert summaries(op, intent) == planned


def test_a_kubectl_name_told_of_is_still_a_report(op: Operator) -> None:
    asks(op, "sts/cache went to redis:7 yesterday, it broke the ingest")


# A count said with its unit in the singular.
@pytest.mark.parametrize(
    ("intent", "planned", "awaited"),
    [
        (
            "Seat-release worker (worker) make it 2 pod after the last show finish at 23:30.",
            "scale deployment/worker in shop to 2 replicas",
            "23:30",
        ),
        ("worker make it 2 pod", "scale deployment/worker in shop to 2 replicas", ""),
        ("payments make it 3 pod please", "scale deployment/payments in shop to 3 replicas", ""),
        ("worker make them 4 instance", "scale deployment/worker in shop to 4 replicas", ""),
    ],
)
def test_make_it_n_pod_is_a_scale(op: Operator, intent: str, planned: str, awaited: str) -> None:
    ops, awaits = summaries_and_awaits(op, intent)
    assert ops == [planned]
    assert awaited in awaits


def test_make_it_n_pod_with_no_workload_is_asked(op: Operator) -> None:
    asks(op, "make it 2 pod")


# A calendar day by its ordinal.
@pytest.mark.parametrize(
    "intent",
    [
        "PFC-2202: Increase the replicas of the Deployment payments (contribution payments) from 2 "
        "to 5 ahead of the contribution deadline on the 19th.",
        "scale payments to 5 before the deadline on the 19th",
        "scale payments to 5 on the 3rd of the month",
    ],
)
def test_a_day_said_by_its_ordinal_is_no_number(op: Operator, intent: str) -> None:
    assert summaries(op, intent) == ["scale deployment/payments in shop to 5 replicas"]


def test_an_ordinal_that_is_the_count_is_still_asked(op: Operator) -> None:
    asks(op, "scale payments to the 5th")


# A fault said with when it shows is the reason for the change, never a wait.
@pytest.mark.parametrize(
    ("intent", "planned"),
    [
        ("checkout crashes when we pay, please rollback", "roll deployment/checkout in shop back"),
        (
            "checkout 1.1.0 errors when customers pay, please roll back",
            "roll deployment/checkout in shop back",
        ),
        (
            "worker crashes whenever the queue is busy, restart it",
            "restart the pods of deployment/worker in shop",
        ),
    ],
)
def test_when_a_fault_shows_is_no_wait(op: Operator, intent: str, planned: str) -> None:
    ops, awaits = summaries_and_awaits(op, intent)
    assert len(ops) == 1
    assert ops[0].startswith(planned)
    assert awaits == ""


def test_a_wait_beside_a_fault_is_still_awaited(op: Operator) -> None:
    _, awaits = summaries_and_awaits(op, "checkout errors when we pay, rollback after 23:00")
    assert "23:00" in awaits


@pytest.mark.parametrize(
    "intent",
    ["rollback checkout when the error rate drops", "rollback checkout if it errors when we pay"],
)
def test_a_condition_on_a_rollback_is_still_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# A workload deleted with its own objects, each listed by kind and name.
@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        (
            "PFC-2219: Delete the Deployment orders (the fund-switch orders service) together "
            "with the ConfigMap orders-config and the PodDisruptionBudget orders.",
            {"Deployment/orders", "ConfigMap/orders-config", "PodDisruptionBudget/orders"},
        ),
        (
            "delete deployment orders with the configmap orders-config",
            {"Deployment/orders", "ConfigMap/orders-config"},
        ),
        (
            "delete deployment orders along with pdb orders",
            {"Deployment/orders", "PodDisruptionBudget/orders"},
        ),
        (
            "Delete the Deployment payments together with the ConfigMap payments-config",
            {"Deployment/payments", "ConfigMap/payments-config"},
        ),
    ],
)
def test_a_workload_with_its_own_objects_listed_is_deleted(
    op: Operator, intent: str, gone: set[str]
) -> None:
    assert deletes(op, intent) == gone


@pytest.mark.parametrize(
    "intent",
    [
        # Not its own: another workload reads it, or it is another's budget.
        "delete deployment orders together with the configmap shared-config",
        "delete deployment orders together with the pdb payments",
        # A change of another kind beside it.
        "delete deployment orders together with the configmap orders-config and restart payments",
        # Two objects side by side, not said with it: one deletion at a time (round 23).
        "delete deployment orders and pdb orders",
    ],
)
def test_a_workload_with_objects_not_its_own_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)
