"""Round 26, helper antec: the pronoun lands on the victim, not the cause (the sixth attack's
shapes A, R2, P, Z; :mod:`dotop_nb.planner.offline.anteced`, :mod:`dotop_nb.planner.offline.veto`).

"postgres is slow because of backups; delete them" deleted the database; "velero slows
postgres; turn it off" scaled it to 0; "delete the thing that backs up postgres" deleted it;
"the worker hpa flaps. delete worker" deleted worker; "scale payments down by 2" (it runs 2)
scaled it to 0. A pronoun takes the workload only when it is the only noun phrase before it that
can be meant ("them" never one workload); anything else asks, naming the candidates."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


# A. A cause, an agent or another workload before the pronoun: asked, naming both.
@pytest.mark.parametrize(
    ("intent", "other"),
    [
        # the attack's samples
        ("postgres is down because of the backup job; delete it", "backup job"),
        ("postgres is slow because of velero; delete it", "velero"),
        ("orders is stuck because of its pdb, delete it", "pdb"),
        ("payments is unreachable because of the network policy; delete it", "network policy"),
        ("postgres is full because of worker, delete it", "worker"),
        ("delete it, postgres is full because of worker", "worker"),
        ("payments is broken because of checkout; scale it to 0", "checkout"),
        ("the culprit for postgres being slow is the backup; delete it", "backup"),
        ("postgres is slow after the backup started; delete it", "backup"),
        ("postgres is slow since velero started; delete it", "velero"),
        ("postgres got slow with the backup schedule; delete it", "backup schedule"),
        ("postgres is slow (backup job), delete it", "backup job"),
        ("postgres is slow - it's the backup - delete it", "backup"),
        ("postgres is slow and the backup is why; delete it", "backup"),
        ("postgres is slow owing to the backup; delete it", "backup"),
        ("checkout is killed by its liveness probe; roll it back", "liveness probe"),
        ("worker is throttled by its cpu limit; remove it", "cpu limit"),
        ("worker is OOMKilled because of the memory limit; remove it", "memory limit"),
        ("payments is blocked by the netpol; turn it off", "netpol"),
        ("postgres is slow because of the backup; restart it", "backup"),
        ("payments is slow because of postgres. restart it", "postgres"),
        ("velero slows postgres; turn it off", "velero"),
        ("seccomp breaks payments; switch it off", "seccomp"),
        # our own phrasings
        ("checkout is flaky because of the redis cache; get rid of it", "redis cache"),
        ("orders is wedged thanks to its budget; delete it", "budget"),
        ("worker is slow from the noisy sidecar. remove it", "noisy sidecar"),
        ("my-api is hammered by the scraper; turn it off", "scraper"),
        ("worker is broken because of my-api; restart it", "my-api"),
    ],
)
def test_another_noun_phrase_before_the_pronoun_is_asked(
    op: Operator, intent: str, other: str
) -> None:
    question = asks(op, intent).question or ""
    assert "Which do you mean by" in question
    assert other in question


# A. "them" never stands for one workload.
@pytest.mark.parametrize(
    "intent",
    [
        "postgres is slow because of backups; delete them",
        "postgres is slow during backups; delete them",
        "payments is slow during the backups; remove them",
        "orders is slow; delete them",
    ],
)
def test_them_is_never_one_workload(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "more than one thing" in question


# A. Another workload before "it" of a scale: asked.
def test_a_scale_on_it_with_another_workload_as_cause_is_asked(op: Operator) -> None:
    question = asks(op, "my-api is slow due to cache; scale it to 3").question or ""
    assert "my-api or cache" in question


# R2. The workload as the object of a relative clause: asked.
@pytest.mark.parametrize(
    ("intent", "thing"),
    [
        ("delete the thing that backs up postgres", "thing that backs up"),
        ("delete what's paging for payments", "what's paging for"),
        ("delete whatever pages for payments", "whatever pages for"),
        ("delete the thing paging for payments", "thing paging for"),
        ("scale the thing that pages for payments to 0", "thing that pages for"),
        ("restart the thing that scrapes worker", "thing that scrapes"),
        ("restart whatever pages for checkout", "whatever pages for"),
        ("get rid of the thing that throttles worker", "thing that throttles"),
        ("the thing that pages for payments: delete it", "thing that pages for"),
        # our own
        ("delete the stuff watching orders", "stuff watching"),
        ("delete the thing that kills checkout", "thing that kills"),
    ],
)
def test_the_object_of_a_relative_clause_is_asked(op: Operator, intent: str, thing: str) -> None:
    question = asks(op, intent).question or ""
    assert thing in question
    assert "another object than" in question


# P. A part said beside an order on the bare name: asked.
@pytest.mark.parametrize(
    ("intent", "part"),
    [
        ("worker's servicemonitor is obsolete. delete worker", "servicemonitor"),
        ("the alerts of worker are noisy, delete worker", "alerts"),
        ("noisy alert on worker. delete worker", "alert"),
        ("delete worker, noisy alert", "noisy alert"),
        ("delete worker because its alert is noisy", "its alert"),
        ("delete worker since the alert is noisy", "the alert"),
        ("delete worker; its alert is too noisy", "its alert"),
        ("the worker hpa flaps. delete worker", "hpa"),
        ("worker probes fail, remove worker", "probes"),
        ("worker-alerts is noisy; delete worker", "worker-alerts"),
        ("the worker_pdb is wrong, delete worker", "worker_pdb"),
        ("worker's metrics endpoint is broken, shut down worker", "metrics"),
        # our own
        ("worker's dashboard is broken, delete worker", "dashboard"),
        ("delete worker because its probe keeps failing", "its probe"),
        ("the worker alert is noisy. remove worker", "worker alert"),
    ],
)
def test_a_part_beside_the_bare_name_is_asked(op: Operator, intent: str, part: str) -> None:
    question = asks(op, intent).question or ""
    assert part in question
    assert "a part of worker" in question


# Z. A scale to 0 by arithmetic: asked, saying it leaves no pods.
@pytest.mark.parametrize(
    "intent",
    [
        "scale payments down by 2",
        "scale frontend down by 3",
        "scale frontend down 3",
        "scale my-api down by two",
        "scale payments down 100%",
        "scale down worker by one",
        "reduce frontend by 3 replicas",
    ],
)
def test_a_zero_by_arithmetic_is_asked(op: Operator, intent: str) -> None:
    question = asks(op, intent).question or ""
    assert "no pods" in question
    assert "to 0'" in question


# The nearest orders still plan.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("postgres is broken; restart it", "restart the pods of statefulset/postgres"),
        ("checkout is crashlooping, roll it back", "roll deployment/checkout"),
        ("worker is stuck - restart it", "restart the pods of deployment/worker"),
        ("frontend is slow, scale it to 5", "scale deployment/frontend in shop to 5"),
        ("worker is no longer used, delete it", "delete deployment/worker"),
        ("we don't need worker anymore; delete it", "delete deployment/worker"),
        ("delete worker", "delete deployment/worker"),
        ("scale payments to 0", "scale deployment/payments in shop to 0"),
        ("scale payments down by 1", "scale deployment/payments in shop to 1"),
        ("delete worker since it is unused", "delete deployment/worker"),
        (
            "the checkout deployment is unused since payments took over its job, remove it",
            "delete deployment/checkout",
        ),
        (
            "worker keeps crashing after the upgrade of yesterday, restart it",
            "restart the pods of deployment/worker",
        ),
        ("orders is down since 2 hours, restart it", "restart the pods of deployment/orders"),
        (
            "orders pods need to pick up the new configmap, restart them",
            "restart the pods of deployment/orders",
        ),
        ("checkout and worker are both dead, nuke them", "delete deployment/worker"),
        ("nobody calls worker anymore, so delete it", "delete deployment/worker"),
        ("the latest checkout release broke login, revert it", "roll deployment/checkout"),
        ("worker is wedged since the deploy, restart it", "restart the pods of deployment/worker"),
        (
            "frontend is slow at peak (see INC-5521); scale it to 5 replicas",
            "scale deployment/frontend in shop to 5",
        ),
        ("delete the orders deploy, orders moved into checkout", "delete deployment/orders"),
        ("restart the pods that belong to payments", "restart the pods of deployment/payments"),
        ("worker is idle, turn it off", "scale deployment/worker in shop to 0"),
        ("delete worker but leave its hpa", "delete deployment/worker"),
        ("delete the worker deployment, its alerts are archived", "delete deployment/worker"),
        ("the fleet dashboard moved: delete the frontend deployment", "delete deployment/frontend"),
        ("postgres is slow because of worker; scale worker to 0", "deployment/worker in shop to 0"),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, summary: str) -> None:
    proposal, _ = plans(op, intent)
    assert any(summary in o.summary() for o in proposal.operations), [
        o.summary() for o in proposal.operations
    ]


# Asked first by another reader since round 26's merge (partoff's container of two, objphrase's
# word before the name): still asked, the words named.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("orders is slow because of the envoy sidecar; remove it", "envoy"),
        ("delete whatever blocks orders", "whatever"),
    ],
)
def test_asked_first_by_another_reader(op: Operator, intent: str, words: str) -> None:
    question = asks(op, intent).question or ""
    assert words in question
    assert "orders" in question
