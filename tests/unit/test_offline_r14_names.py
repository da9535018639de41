"""Which object is meant (round 14, helper "names").

- A definite reference to an object that does not exist, said as how it is ("the HPA on worker
  keeps flapping, set its min to 2", "its PDB is too strict") presupposes it: asked, naming
  what exists; one that exists is edited, never made again; "the HPA for worker should …" says
  what the one made should be (planner/offline/sanity.py).
- A workload said with a descriptor before its name ("the celery worker", "the celery
  workers", "the feature cache") is that workload, unless the descriptor names another object
  here ("the orders cache", "the api worker" beside my-api) or the change is a delete it does
  not confirm (planner/offline/nouns.py :func:`described`); a plural said definitely is the
  workload's pods (planner/offline/context.py). A name said before a noun of another thing
  ("the frontend team asked", "the worker node", "the cache key") is not the workload.
- In a delete, a kind after an indefinite article ("moved to a managed service") names no
  object; a workload named only as where something went or lives ("we merged it into my-api",
  "sessions live in postgres now") is not deleted; a workload's one container said in
  apposition ("the cache deployment (the proxy)") describes it (planner/offline/removal.py,
  parts.py).

The phrasings are this helper's own, not blind17's lines."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("the HPA on payments keeps flapping, set its min to 3", "no HorizontalPodAutoscaler"),
        ("frontend's autoscaler is too jumpy: min 2", "no HorizontalPodAutoscaler"),
        ("the pdb on my-api is too strict, make it maxUnavailable 1", "there: orders"),
        ("its PDB is too strict, payments needs maxUnavailable 1", "there: orders"),
        ("the HPA on my-api scales too late, lower its target to 50%", "no Horizontal"),
    ],
)
def test_a_definite_object_that_is_not_there_asks(shop: Operator, said: str, words: str) -> None:
    assert words in (asks(shop, said).question or "")


@pytest.mark.parametrize(
    "said",
    [
        "put an HPA on payments, 2 to 6 at 70% cpu",
        "autoscale frontend 2-8 at 60% cpu",
        "add a pdb for my-api with maxUnavailable 1",
        "the pdb on orders is too strict, set maxUnavailable to 1",  # it exists: edited
        # the object said definitely as what the one made should be
        "the autoscaler for my-api should keep between 2 and 10 pods at 70% cpu",
        "configure the HPA for worker with min 1 max 4 on cpu 60%",
        "we need the pdb for frontend: maxUnavailable 1",
        "the servicemonitor for payments should scrape /metrics every 30s",
        "the payments ServiceMonitor we never made - create one, port http, path /metrics",
    ],
)
def test_a_new_or_existing_object_still_plans(shop: Operator, said: str) -> None:
    proposal, _ = plans(shop, said)
    kinds = {(o.kind, o.target.kind) for o in proposal.operations}
    assert kinds
    if "orders" in said:
        assert ("apply", "PodDisruptionBudget") not in kinds  # never made again


@pytest.mark.parametrize(
    ("said", "summary"),
    [
        ("the celery worker is stuck, restart worker", "restart the pods of deployment/worker"),
        ("give the celery worker 512Mi of memory", "patch deployment/worker"),
        ("scale the background worker to 3", "scale deployment/worker in shop to 3"),
        ("bounce the celery workers, the queue is stuck", "restart the pods of deployment/worker"),
        ("double the celery workers before the import", "scale deployment/worker in shop to 2"),
        ("restart all the frontends", "restart the pods of deployment/frontend"),
        ("upgrade the session cache statefulset to redis:7.4", "statefulset/cache"),
        ("the gunicorn workers keep dying on payments, restart it", "deployment/payments"),
        ("restart worker, the frontend team asked for it", "deployment/worker"),
        ("restart frontend, the payments folks signed off", "deployment/frontend"),
        ("scale the email worker to 2", "scale deployment/worker in shop to 2"),
        ("scale the proxy cache to 2", "scale deployment/cache in shop to 2"),  # runs proxy
        ("restart the broker, celery lost its connection", "statefulset/cache"),  # runs redis
        ("give the celery broker 512Mi of memory", "patch statefulset/cache"),
        # a described workload said in a remark is context, as its bare name is
        ("the celery worker is fine, restart my-api", "deployment/my-api"),
        ("the background workers are healthy, restart payments", "deployment/payments"),
    ],
)
def test_a_described_workload_is_that_workload(shop: Operator, said: str, summary: str) -> None:
    proposal, _ = plans(shop, said)
    summaries = [o.summary() for o in proposal.operations]
    assert len(summaries) == 1, summaries
    assert summary in summaries[0]


@pytest.mark.parametrize(
    "said",
    [
        "restart the api worker",  # api: a word of my-api's name
        "scale the order worker to 2",  # order: orders
        "delete the celery worker",  # a delete the workload does not confirm
        "delete the nightly workers",
        "reboot the worker node",
        "delete the cache key SESSION_42",
        "delete the frontend team's namespace",  # the team's, never frontend
        "drop the payments folks' sandbox",
        "restart worker and the broker",  # a role beside a name: which one?
        "delete the workers",  # its pods, or the workload? a delete is never guessed
    ],
)
def test_a_name_said_of_something_else_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "deleted"),
    [
        (
            "remove the payments deployment, billing moved to a hosted service",
            {"Deployment/payments"},
        ),
        (
            "delete the frontend deployment, the SPA runs on a CDN service now",
            {"Deployment/frontend"},
        ),
        ("drop the redis statefulset, the sessions live in postgres now", {"StatefulSet/cache"}),
        ("delete the redis sts - we moved the sessions into postgres", {"StatefulSet/cache"}),
        ("delete checkout, we folded it into payments", {"Deployment/checkout"}),
        ("delete checkout, it was merged into payments", {"Deployment/checkout"}),
        ("delete checkout, which was merged into payments", {"Deployment/checkout"}),
        ("remove the worker deployment, the jobs run in my-api now", {"Deployment/worker"}),
        ("get rid of the cache deployment (the proxy), keep the statefulset", {"Deployment/cache"}),
        ("delete the cache deployment, i.e. the proxy", {"Deployment/cache"}),
    ],
)
def test_a_delete_takes_what_its_order_names(shop: Operator, said: str, deleted: set[str]) -> None:
    assert deletes(shop, said) == deleted


@pytest.mark.parametrize(
    "said",
    [
        "delete worker, frontend still talks to it",  # a doubt, not a reason
        "delete the cache",  # two workloads of that name
    ],
)
def test_a_delete_near_miss_still_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_both_named_in_the_order_go(shop: Operator) -> None:
    deleted = deletes(shop, "delete checkout and my-api")
    assert {"Deployment/checkout", "Deployment/my-api"} <= deleted
