"""Round 19, helper delete: a delete that IS the request is the one thing asked, whatever is
said around it.

A command prefix (OpenShift's ``oc``, which takes kubectl's commands), a comment after a pasted
delete that only says what stays, a label naming a cleanup ("post-demo cleanup:"), a reason
after the delete reporting what someone did or how things are now ("…, we rewrote it as a
Lambda behind SQS", "…, the apps read from redis directly now") and "from the fleet" are
context or the delete itself. Nearby phrasings stay questions: another CLI command, a comment
that adds or times, a label with a negation or a clock time, a key of the namespace named in
the reason, a place that takes traffic away (the mesh, the load balancer), a destructive word
inside a value, and a delete with an event or a bare clock time (round 15's rule)."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, question_for

pytestmark = pytest.mark.timeout(300)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("oc delete deploy/worker", ["Deployment/worker"]),
        ("$ oc delete service frontend", ["Service/frontend"]),
        ("oc delete poddisruptionbudget orders", ["PodDisruptionBudget/orders"]),
        ("oc delete sts cache", ["StatefulSet/cache"]),
    ],
)
def test_oc_is_kubectl(shop: Operator, intent: str, expected: list[str]) -> None:
    assert sorted(deletes(shop, intent)) == expected


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("oc delete pdb orders   # leave the deployment running", ["PodDisruptionBudget/orders"]),
        ("kubectl delete svc payments  # the deployment stays", ["Service/payments"]),
        ("$ oc delete deploy/worker   # keep its service", ["Deployment/worker"]),
    ],
)
def test_a_comment_that_keeps_is_read_with_the_delete(
    shop: Operator, intent: str, expected: list[str]
) -> None:
    assert sorted(deletes(shop, intent)) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "oc adm drain node-3 --delete-emptydir-data",  # no kubectl command the planner plans
        "oc delete deploy worker   # and its service too",  # the comment adds a delete
        "oc delete svc postgres   # keep it until 17:00",  # the comment holds a time
        "oc delete statefulset postgres   # keep the statefulset",  # keeps what it deletes
        "oc delete deploy worker --cascade=orphan",  # keeps the pods running, ownerless
    ],
)
def test_other_commands_and_comments_stay_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_oc_changes_other_than_deletes_read_as_kubectl(shop: Operator) -> None:
    proposal = shop.analyze("oc scale deploy/orders --replicas=4", namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/orders in shop to 4 replicas"
    ]


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("post-demo cleanup: remove the checkout deployment", ["Deployment/checkout"]),
        ("tidy up after the workshop - delete the worker deployment", ["Deployment/worker"]),
        ("teardown of the trial env: delete the orders pdb", ["PodDisruptionBudget/orders"]),
        ("final cleanup for the pilot: delete the frontend service", ["Service/frontend"]),
    ],
)
def test_a_cleanup_label_heads_the_delete(shop: Operator, intent: str, expected: list[str]) -> None:
    assert sorted(deletes(shop, intent)) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "no cleanup yet: delete the orders deployment",
        "cleanup at 18:00: delete the orders deployment",
        "cleanup, not yet: delete the orders deployment",
    ],
)
def test_a_label_that_negates_or_times_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        (
            "delete the worker deployment, we rewrote the scoring as a Celery beat task in the "
            "ETL repo",
            ["Deployment/worker"],
        ),
        ("remove worker, I rewrote it as a Lambda behind SQS", ["Deployment/worker"]),
        ("delete the worker deployment, the DAG replaced it", ["Deployment/worker"]),
        (
            "drop the cache deployment, the apps pull straight from redis these days",
            ["Deployment/cache"],
        ),
        (
            "delete the orders deployment, we serve orders from the monolith now",
            ["Deployment/orders"],
        ),
    ],
)
def test_a_reason_after_the_delete_is_context(
    shop: Operator, intent: str, expected: list[str]
) -> None:
    assert sorted(deletes(shop, intent)) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "delete orders, I moved QUEUE into shared-config",  # a real key in the reason
        "delete the orders deployment, I moved QUEUE into shared-config",
        "delete the worker deployment and the DAG",  # the capital word is a second object
        "delete the worker deployment, and remove DAG too",
    ],
)
def test_a_key_in_the_reason_or_a_second_object_stays_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("remove the worker deployment from the fleet", ["Deployment/worker"]),
        ("remove the checkout deployment from the project", ["Deployment/checkout"]),
        ("remove the orders pdb from the openshift project", ["PodDisruptionBudget/orders"]),
    ],
)
def test_out_of_everything_here_is_a_delete(
    shop: Operator, intent: str, expected: list[str]
) -> None:
    assert sorted(deletes(shop, intent)) == expected


@pytest.mark.parametrize(
    "intent",
    [
        "remove orders from the mesh",
        "remove the frontend deployment from the load balancer",
        "remove checkout from the fleet and from the load balancer",
        "take frontend out of rotation",
    ],
)
def test_out_of_something_else_stays_asked(shop: Operator, intent: str) -> None:
    assert "taking it out of" in question_for(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "delete the DAG",
        "set cart cache mode to delete-on-expiry",
        "after the webinar wraps at 16:00, delete checkout",  # round 15: a delete's event waits
        "delete worker after the migration",
    ],
)
def test_nearest_phrasings_stay_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_destructive_word_in_a_negation_beside_a_scale_deletes_nothing(shop: Operator) -> None:
    proposal = shop.analyze("scale frontend to 3 and do not delete anything", namespace="shop")
    assert all(op.kind != "delete" for op in proposal.operations)
