"""What a change acts on is the head of its noun phrase (planner/offline/nouns.py): a workload's
name said only as a modifier ("the orders api key", "the billing worker", "checkout's leftover")
names something else and is asked about; "prune <workload>" too. Text that only records, reports
or explains a change (planner/offline/recorded.py) is asked about. The phrasings are this
helper's own; the near misses must still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans


@pytest.mark.parametrize(
    "said",
    [
        # another thing named after the workload's name
        "remove the orders api key",
        "delete the checkout webhook",
        "get rid of the my-api dns record",
        "drop the postgres backups",
        "delete the frontend sessions",
        "delete the orders load-balancer",
        # possessive / "of": a part or leftover of it
        "nuke checkout's leftover",
        "delete the stale snapshots of postgres",
        "remove orders' expired certs",
        # a word before the name that names another object here, or a delete of a workload
        # said with a descriptor it does not confirm (round 14: "restart the nightly worker",
        # "scale the email worker to 2" are worker described, tests/unit/test_offline_r14_names.py)
        "delete the billing worker",
        "remove the orders cache",
        # pruning is what is left over, never the workload
        "prune orders",
        "prune the checkout deployment",
        # the attack's findings (round 10), each acted before
        "delete the payments credentials",
        "delete the frontend load balancer",
        "delete the checkout tls cert",
        "delete the postgres user",
        "delete the orders batch",
        "delete payments' old images",
        "delete postgres old wal files",
        "delete the old images of payments",
        "delete the celery worker",
        "restart the api worker",
        "scale the order worker to 0",
        "prune worker",
    ],
)
def test_a_name_said_as_a_modifier_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    "said",
    [
        "FIXME: restart checkout",
        "reminder: scale orders to 0",
        "- [ ] scale frontend to 0",  # an open item is a request (r11 labels), a stop still asks
        "\u2610 drop orders",
        "announcement: checkout will be removed",
        "deployment.apps/orders scaled",
        'statefulset.apps "cache" deleted',
        "to roll back checkout, run kubectl rollout undo",
        "the way to bounce frontend is kubectl rollout restart",
        "- [ ] delete worker",
        "announcement: worker will be deleted",
        "deployment.apps/payments restarted",
        '> kubectl delete deploy worker\ndeployment.apps "worker" deleted',
        "to delete worker, run kubectl delete deploy worker",
    ],
)
def test_a_note_output_or_how_to_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "deleted"),
    [
        ("remove the unused checkout deployment", {"Deployment/checkout"}),
        ("delete the cache statefulset", {"StatefulSet/cache"}),
        ("delete the worker deployment, it is unused", {"Deployment/worker"}),
        # (round 27: "delete the failing frontend" asks — its failing pods or the workload?)
        ("delete the failing frontend deployment", {"Deployment/frontend"}),
        (
            "tear down the payments stack",
            {"Deployment/payments", "Service/payments", "ConfigMap/payments-config"},
        ),
        (
            "delete the payments app",
            {"Deployment/payments", "Service/payments", "ConfigMap/payments-config"},
        ),
        (
            "delete orders along with its pdb and configmap",
            {"Deployment/orders", "PodDisruptionBudget/orders", "ConfigMap/orders-config"},
        ),
    ],
)
def test_the_workload_itself_still_deletes(shop: Operator, said: str, deleted: set[str]) -> None:
    assert deletes(shop, said) == deleted


@pytest.mark.parametrize(
    "said",
    [
        "restart the shop worker",
        "scale the redis cache to 3",  # cache runs redis: what it runs, not another thing
        "Request: restart checkout",
        "update the orders image to ghcr.io/acme/orders:1.2.0",
    ],
)
def test_near_misses_still_plan(shop: Operator, said: str) -> None:
    plans(shop, said)
