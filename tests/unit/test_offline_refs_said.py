"""Which objects a request names, and requests over several of them (helper refs, issue 11).

Several objects in one command or sentence (`kubectl rollout restart deploy/a deploy/b`, a
runbook's numbered steps, "update my-api to 1.5.1 and worker to 0.10.0 before the release"),
a workload called by what runs it ("payments box", "the my-api servers"), an image said twice
the same way, and deletes with what goes and what stays said beside them. What is truly unsure
— a workload that still uses what is deleted, two different versions for one container, an
object named to go that is not the workload's own — stays a question. Our own phrasings, over
the in-memory shop.
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


def _ops(shop: Operator, intent: str) -> set[tuple[str, str]]:
    proposal, _ = plans(shop, intent)
    return {(o.kind, o.target.ref) for o in proposal.operations}


def _restarts(*names: str) -> set[tuple[str, str]]:
    return {("rollout_restart", f"deployment/{n}") for n in names}


# ---------------------------------------------------------------- several objects, one request
@pytest.mark.parametrize(
    ("intent", "names"),
    [
        ("kubectl rollout restart deployment/orders deployment/checkout", ("orders", "checkout")),
        ("kubectl rollout restart deploy worker my-api -n shop", ("worker", "my-api")),
        (
            "Runbook RB-7 (after the CA swap): 1) rolling restart payments 2) rolling restart "
            "orders 3) watch the error budget",
            ("payments", "orders"),
        ),
        (
            "procedure: 1. graceful restart of checkout 2. confirm pods are ready 3. graceful "
            "restart of frontend",
            ("checkout", "frontend"),
        ),
        ("do a rolling restart of worker, then a rolling restart of my-api", ("worker", "my-api")),
    ],
)
def test_several_restarts_are_each_planned(
    shop: Operator, intent: str, names: tuple[str, ...]
) -> None:
    assert _ops(shop, intent) == _restarts(*names)


def test_kubectl_scale_of_several_objects_scales_each(shop: Operator) -> None:
    proposal, _ = plans(shop, "kubectl scale deploy orders checkout --replicas=3")
    assert {(o.target.name, o.replicas) for o in proposal.operations} == {
        ("orders", 3),
        ("checkout", 3),
    }


@pytest.mark.parametrize(
    "intent",
    [
        "kubectl rollout restart deploy/orders svc/checkout",
        "kubectl rollout restart deploy/orders deploy/orders",
        "kubectl rollout restart deploy/orders checkout",
    ],
)
def test_a_command_over_objects_it_cannot_restart_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "ticket: update checkout to 1.2.0 and payments to 3.0.1 before the Thursday release",
        "bump payments to 3.0.1 and worker to 0.10.0 before the release",
    ],
)
def test_a_time_after_a_per_workload_list_is_context(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert {o.kind for o in proposal.operations} == {"set_image"}
    assert len(proposal.operations) == 2


# ---------------------------------------------------------------- a workload by a noun after it
@pytest.mark.parametrize(
    ("intent", "kind", "name"),
    [
        ("bounce all the checkout boxes", "rollout_restart", "checkout"),
        ("the payments machines need a restart", "rollout_restart", "payments"),
        ("add two more frontend servers", "scale", "frontend"),
        ("one more orders vm please", "scale", "orders"),
    ],
)
def test_a_word_for_the_running_copies_is_the_workload(
    shop: Operator, intent: str, kind: str, name: str
) -> None:
    assert _ops(shop, intent) == {(kind, f"deployment/{name}")}


def test_the_cache_proxy_brought_down_is_the_deployment(shop: Operator) -> None:
    proposal, _ = plans(shop, "take the cache proxy down to 0 for the load test")
    assert [(o.target.ref, o.replicas) for o in proposal.operations] == [("deployment/cache", 0)]


# ---------------------------------------------------------------- images and versions
@pytest.mark.parametrize(
    ("intent", "image"),
    [
        (
            "checkout 1.2.0 (ghcr.io/acme/checkout:1.2.0) is signed off, roll it out",
            "checkout:1.2.0",
        ),
        ("ship frontend v2.1.1 = ghcr.io/acme/frontend:2.1.1", "frontend:2.1.1"),
        ("pin payments back to 2.9.1, 3.0.0 broke refunds", "payments:2.9.1"),
        ("lock worker to 0.9.5", "worker:0.9.5"),
        ("envoy of orders -> envoyproxy/envoy:v1.31.3", "envoyproxy/envoy:v1.31.3"),
    ],
)
def test_the_version_said_is_the_one_planned(shop: Operator, intent: str, image: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["set_image"]
    assert proposal.operations[0].image.endswith(image)


def test_two_different_versions_for_one_container_are_asked(shop: Operator) -> None:
    # Was planned with the image's tag (1.3.0), silently over the 1.2.0 said first.
    asks(shop, "update checkout to 1.2.0 (ghcr.io/acme/checkout:1.3.0)")


@pytest.mark.parametrize(
    "intent",
    [
        "checkout is still serving the old build after the retag, make it always pull",
        "checkout keeps pulling a cached image, make it always pull",
    ],
)
def test_a_stale_image_said_as_the_state_is_a_pull_policy(shop: Operator, intent: str) -> None:
    _, body = plans(shop, intent)
    assert '"imagePullPolicy": "Always"' in body


# ---------------------------------------------------------------- restarts said as the outcome
@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("payments still uses the old TIMEOUT_MS, get it to pick up the new value", "payments"),
        ("we edited shared-config, frontend should reload its config", "frontend"),
        ("frontend is still showing the old REGION; make it load the updated settings", "frontend"),
    ],
)
def test_reading_the_new_value_is_a_restart(shop: Operator, intent: str, name: str) -> None:
    assert _ops(shop, intent) == _restarts(name)


# ---------------------------------------------------------------- deletes: what goes, what stays
@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        (
            "retire payments: the deployment, its service and payments-config are to be removed",
            {"service/payments", "deployment/payments", "configmap/payments-config"},
        ),
        (
            "delete the payments deployment and payments-config",
            {"deployment/payments", "configmap/payments-config"},
        ),
        (
            "remove my-api with its service, shared-config has to stay because frontend reads it",
            {"service/my-api", "deployment/my-api"},
        ),
        (
            "decommission my-api. keep shared-config, other workloads use it",
            {"service/my-api", "deployment/my-api", "configmap/my-api-config"},
        ),
        (
            "checkout and worker deployments can both be removed, frontend stays",
            {"deployment/checkout", "deployment/worker"},
        ),
        ("drop the redis sts, the cache proxy no longer uses it", {"statefulset/cache"}),
        ("delete the worker deployment, checkout doesn't call it any more", {"deployment/worker"}),
    ],
)
def test_a_delete_takes_what_is_said_and_keeps_the_rest(
    shop: Operator, intent: str, deleted: set[str]
) -> None:
    assert _ops(shop, intent) == {("delete", ref) for ref in deleted}


@pytest.mark.parametrize(
    "intent",
    [
        # Was planned as a delete of frontend too: the subject of a clause, not a list item.
        "delete worker, frontend is still using it",
        "delete worker, frontend still talks to it",
        "delete checkout since orders calls it",
        # An object named to go that other workloads use: never left out silently.
        "delete my-api and shared-config",
        # A deletion beside a change of the same workload stays a question.
        "delete worker and scale it to 4",
    ],
)
def test_an_unsure_delete_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "switch the web container of frontend to ghcr.io/acme/frontend:2.1.2 and make sure "
        "users don't see downtime during the rollout",
        "restart payments and ensure users do not see any downtime",
    ],
)
def test_no_downtime_said_of_users_is_the_zero_downtime_strategy(
    shop: Operator, intent: str
) -> None:
    proposal, body = plans(shop, intent)
    assert '"maxUnavailable": 0' in body
    assert len(proposal.operations) == 2


@pytest.mark.parametrize(
    ("intent", "name", "replicas"),
    [
        ("bring the cache proxy down to 0, we're testing without it", "cache", 0),
        ("take payments down to 1, we're draining the queue by hand", "payments", 1),
    ],
)
def test_a_contraction_in_a_reason_is_no_quoted_value(
    shop: Operator, intent: str, name: str, replicas: int
) -> None:
    proposal, _ = plans(shop, intent)
    assert [(o.target.name, o.replicas) for o in proposal.operations] == [(name, replicas)]
