"""Round 36, the lead's mends.

- A network policy's list of who may connect never drops a name that is no workload: "only
  my-api and billing can reach postgres" allowed my-api alone, so the policy blocked billing;
  now asked, naming it. A list of workloads the namespace has still plans.
- A delete of two kinds, one said with its name in brackets ("delete the Service (payments) and
  the deployment"), deleted the deployment alone: the brackets were read as the name and the
  Service's kind dropped. Asked, as the same said without brackets is.
- "scale orders to 4. The deployment, do not touch" scaled it: a calque reader took "do" of
  "do not" for the object kept ("don't touch do"). What stays said before its verb is read
  verb-first, and the plan touching it is asked.
- attack41 on the merge: in a plainly Thai-English message (a strong particle, "krub", "kha"),
  a Thai word no reading holds ("mai" not, "yaa" don't, "tong", "khob khun bob …") is asked,
  now that the particles themselves are read; a cadence in another tongue before a count
  ("kila wiki mbili": every two weeks) is no weekly schedule.
- blind39 on the control plane: "Velero schedule for shop every 6 hours" and "Velero backup
  shop namespace now" backed up the session's namespace there; a backup for a name that is
  neither a workload nor the session's namespace, or a namespace named right after the backup,
  is asked.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries


@pytest.mark.parametrize(
    ("intent", "named"),
    [
        ("only my-api and billing can reach postgres", "'billing'"),
        ("only my-api and billing may reach postgres", "'billing'"),
        ("allow only my-api and reporting to reach postgres", "'reporting'"),
        ("postgres: ingress only from my-api and billing", "'billing'"),
        ("postgres: ingress only from my-api and billing.", "'billing'"),
        ("only my-api and the batch job can reach postgres", "'batch job'"),
        ("only worker, my-api and ledger may connect to postgres", "'ledger'"),
    ],
)
def test_a_source_no_workload_is_called_is_asked(op: Operator, intent: str, named: str) -> None:
    proposal = asks(op, intent)
    assert named in str(proposal.question)
    assert "no workload here is called so" in str(proposal.question)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "only my-api and worker can reach postgres",
            "apply networkpolicy/postgres-allow-from-my-api-worker in shop",
        ),
        (
            "allow only my-api and worker to reach postgres",
            "apply networkpolicy/postgres-allow-from-my-api-worker in shop",
        ),
        (
            "only from my-api and worker to postgres on port 5432",
            "apply networkpolicy/postgres-allow-from-my-api-worker in shop",
        ),
        (
            "postgres should only take connections from my-api and worker, 5432",
            "apply networkpolicy/postgres-allow-from-my-api-worker in shop",
        ),
        (
            "payments should only accept traffic from checkout, egress is fine",
            "apply networkpolicy/payments-allow-from-checkout in shop",
        ),
        (
            "payments should only accept traffic from checkout, port 8080",
            "apply networkpolicy/payments-allow-from-checkout in shop",
        ),
        (
            "postgres must only accept connections from my-api, payments and orders, on 5432",
            "apply networkpolicy/postgres-allow-from-my-api-payments-orders in shop",
        ),
        (
            "only my-api can reach postgres",
            "apply networkpolicy/postgres-allow-from-my-api in shop",
        ),
    ],
)
def test_a_list_of_workloads_the_namespace_has_still_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


def test_an_order_after_the_list_is_no_source(op: Operator) -> None:
    # (The list ends at the verb of another order, which no source is.)
    assert summaries(op, "allow ingress to postgres only from my-api and restart worker") == [
        "apply networkpolicy/postgres-allow-from-my-api in shop",
        "restart the pods of deployment/worker in shop",
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "delete the Service (payments) and the deployment",
        "delete the ticket Service (payments) and the deployment too",
        "delete the payments Service and the deployment",
    ],
)
def test_two_kinds_to_delete_one_in_brackets_are_asked(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert "names more than one object to delete" in str(proposal.question)


def test_its_deployment_beside_a_service_in_brackets_is_asked(op: Operator) -> None:
    asks(op, "delete the Service (payments) and its deployment")


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("delete the Service (payments)", "delete service/payments in shop"),
        ("delete the Service (payments), keep the deployment", "delete service/payments in shop"),
    ],
)
def test_one_kind_in_brackets_still_deletes(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "scale orders to 4. The deployment, do not touch",
        "scale orders to 4. The orders deployment, do not touch",
        "scale orders to 4. The deployment, don't touch",
        "scale orders to 4; the deployment do not touch",
    ],
)
def test_what_stays_said_before_do_not_touch_is_honoured(op: Operator, intent: str) -> None:
    proposal = asks(op, intent)
    assert "deployment" in str(proposal.question).lower()


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "scale orders to 4. The payments deployment, do not touch",
            "scale deployment/orders in shop to 4 replicas",
        ),
        ("restart orders, payments do not touch", "restart the pods of deployment/orders in shop"),
    ],
)
def test_another_object_said_before_do_not_touch_still_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "mai restart worker krub",
        "mai tong restart worker krub",
        "yaa restart worker kha",
        "khob khun bob restart worker krub",
        "scale payments to 4 prung nee krub",
    ],
)
def test_a_thai_word_no_reading_holds_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("restart worker, kob khun krub", "restart the pods of deployment/worker in shop"),
        ("kob khun krub, restart worker", "restart the pods of deployment/worker in shop"),
        ("scale worker to 3 na, thanks krub", "scale deployment/worker in shop to 3 replicas"),
        ("restart worker krub", "restart the pods of deployment/worker in shop"),
    ],
)
def test_thai_particles_and_thanks_still_plan(op: Operator, intent: str, summary: str) -> None:
    assert summaries(op, intent) == [summary]


def test_a_cadence_in_another_tongue_before_a_count_is_asked(op: Operator) -> None:
    asks(op, "schedule a postgres backup kila wiki mbili at 02:00")
    _, body = plans(op, "schedule a postgres backup kila wiki at 02:00")
    assert '"schedule": "0 2 * * 0"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "Velero schedule for billing every 6 hours, keep 7 days",
        "velero backup of billing now",
        "Velero backup billing namespace now, keep 72h",
        "schedule billing ns daily at 02:00 with velero",
    ],
)
def test_a_backup_of_another_namespace_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "Velero schedule for shop every 6 hours, keep 7 days",
            "apply schedule/namespace-shop in shop",
        ),
        ("Velero backup shop namespace now, keep 72h", "apply backup/namespace-shop-once in shop"),
        ("Velero schedule for postgres every 6 hours", "apply schedule/postgres-shop in shop"),
        ("velero schedule for the namespace daily", "apply schedule/namespace-shop in shop"),
        ("take a velero backup for safety now", "apply backup/namespace-shop-once in shop"),
        (
            "keep velero backups for one week, taken daily at 23:00",
            "apply schedule/namespace-shop in shop",
        ),
        (
            "Take a Velero backup of only the ConfigMaps in the namespace before I change the "
            "parms.",
            "apply backup/namespace-shop-once in shop",
        ),
    ],
)
def test_a_backup_of_the_sessions_namespace_or_a_workload_plans(
    op: Operator, intent: str, summary: str
) -> None:
    assert summaries(op, intent) == [summary]


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "keda should scale orders on the prometheus metric orders_open at 15 per pod, 1 to 7 "
            "pods, prometheus http://prom.monitoring:9090",
            "apply scaledobject/orders in shop",
        ),
        (
            "the hpa should scale payments between 2 and 6",
            "apply horizontalpodautoscaler/payments in shop",
        ),
    ],
)
def test_a_tool_that_should_act_is_no_persons_words(
    op: Operator, intent: str, summary: str
) -> None:
    # (m41a's hearsay of "bob should …" at the merge: the intents set's KEDA order was asked.)
    assert summaries(op, intent) == [summary]
