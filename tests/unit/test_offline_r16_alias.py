"""A workload named beside its role in the business (round 16, helper "alias").

- ``NAME (DESCRIPTION)`` and ``DESCRIPTION (NAME)`` / ``DESCRIPTION (the NAME KIND)`` are the
  workload when the description and the name point at exactly one (planner/offline/aliases.py);
  a description that is another object's name, a place or another copy is still asked.
- What a workload works on said before its name ("the queue worker", "the job worker") is its
  role, not another thing; a queue of the workload's as what a change acts on ("restart
  worker's queue", "scale the queue of worker to 3") is asked (planner/offline/nouns.py).
- "X only accepts traffic from Y" guards X; a kind said beside a name two workloads share
  ("the cache statefulset") picks that one as a party of a policy (addons.py, parties.py).

The phrasings are this helper's own, not blind20's lines."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, crowded_operator, plans


@pytest.mark.parametrize(
    ("said", "kind", "target"),
    [
        ("scale payments (card settlement) to 3", "scale", "deployment/payments"),
        ("restart frontend (the storefront) please", "rollout_restart", "deployment/frontend"),
        ("set LOG_LEVEL=debug on worker (invoice mailer)", "patch", "deployment/worker"),
        ("give payments (card settlement) a memory limit of 512Mi", "patch", "deployment/payments"),
        ("scale the storefront (frontend) to 4", "scale", "deployment/frontend"),
        ("restart the invoice mailer (worker)", "rollout_restart", "deployment/worker"),
        ("bump session store redis (the cache sts) to 2 replicas", "scale", "statefulset/cache"),
        ("scale the ad proxy (the cache deployment) to 3", "scale", "deployment/cache"),
        ("restart hot keys redis (cache)", "rollout_restart", "statefulset/cache"),
        # A verb before the description stays the request's own.
        ("bump invoicing (worker) to 3 replicas", "scale", "deployment/worker"),
    ],
)
def test_a_workload_beside_its_role_is_the_workload(
    shop: Operator, said: str, kind: str, target: str
) -> None:
    proposal, _ = plans(shop, said)
    assert [o.kind for o in proposal.operations] == [kind]
    found = proposal.operations[0].target
    assert f"{found.kind.lower()}/{found.name}" == target


@pytest.mark.parametrize(
    "said",
    [
        # A description that is another workload, a place, another copy or what another runs.
        "scale payments (my-api) to 3",
        "restart my-api (staging)",
        "scale frontend (canary) to 2",
        "restart postgres (the cache statefulset)",
        "restart the storefront (cache)",
    ],
)
def test_a_description_that_is_no_plain_role_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.fixture(scope="module")
def beside_a_cronjob(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cronjob: dict[str, Any] = {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {"name": "payments-refunds", "namespace": "shop"},
        "spec": {
            "schedule": "0 3 * * *",
            "jobTemplate": {
                "spec": {
                    "template": {
                        "spec": {
                            "restartPolicy": "Never",
                            "containers": [{"name": "refunds", "image": "busybox"}],
                        }
                    }
                }
            },
        },
    }
    op = crowded_operator(tmp_path_factory.mktemp("alias"), cronjob)
    yield op
    op.close()


@pytest.mark.parametrize(
    "said",
    [
        "restart payments (refunds)",
        "scale payments (refunds batch) to 2",
        "suspend payments (refunds)",
    ],
)
def test_a_description_that_continues_another_objects_name_is_asked(
    beside_a_cronjob: Operator, said: str
) -> None:
    asks(beside_a_cronjob, said)


def test_a_plain_description_beside_that_object_is_still_the_workload(
    beside_a_cronjob: Operator,
) -> None:
    proposal, _ = plans(beside_a_cronjob, "scale payments (card settlement) to 3")
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/payments in shop to 3 replicas"
    ]


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("restart the job worker", "rollout_restart"),
        ("scale the topic worker to 2", "scale"),
        ("roll out ghcr.io/acme/worker:0.9.2 to the queue worker", "set_image"),
        ("set BATCH=20 on the queue worker", "patch"),
    ],
)
def test_what_a_workload_works_on_is_its_role(shop: Operator, said: str, kind: str) -> None:
    proposal, _ = plans(shop, said)
    assert [(o.kind, o.target.name) for o in proposal.operations] == [(kind, "worker")]


@pytest.mark.parametrize(
    "said",
    [
        "restart worker's queue",
        "scale the queue of worker to 3",
        "bounce the topic for worker",
        "delete the queue worker",
        "restart the node worker",
    ],
)
def test_a_queue_of_the_workload_is_no_workload(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "guarded", "allowed"),
    [
        ("payments only accepts connections from checkout", "payments", ["checkout"]),
        ("postgres accepts only traffic from orders and payments", "postgres", ["orders"]),
        ("my-api only takes traffic from frontend", "my-api", ["frontend"]),
        ("the cache statefulset should only accept connections from worker", "cache-store", []),
        ("statefulset/cache must only accept traffic from my-api", "cache-store", ["my-api"]),
        ("the cache deployment should only accept connections from frontend", '"cache"', []),
    ],
)
def test_an_access_rule_said_of_the_guarded_one(
    shop: Operator, said: str, guarded: str, allowed: list[str]
) -> None:
    proposal, body = plans(shop, said)
    assert [o.kind for o in proposal.operations] == ["apply"]
    assert guarded in body
    assert all(a in body for a in allowed)


@pytest.mark.parametrize(
    "said",
    [
        # Said without "only", it tells what is the case: no policy cuts the rest for it.
        "payments accepts traffic from my-api and checkout",
        # Neither kind said: the name two workloads share is asked.
        "the cache should only accept connections from my-api",
    ],
)
def test_an_access_rule_that_names_no_one_guarded_is_asked(shop: Operator, said: str) -> None:
    asks(shop, said)
