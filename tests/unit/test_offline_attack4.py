"""What a blind attacker broke in the reworked offline planner (this round), as classes, over
the in-memory shop through the real Operator: a change said "from A to B" goes to B (it once
rolled my-api back to the A said, and executed); a resource multiplied is never the replica
count; editing an autoscaler that is not there is asked; a restart cannot spare one container.
The phrasings are our own."""

from __future__ import annotations

import json

import pytest

from dotop_nb.models import SetImageOp
from dotop_nb.service import Operator
from tests.memory import asks

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("intent", "image"),
    [
        ("bump my-api from 1.4.0 to 1.5.0", "ghcr.io/acme/my-api:1.5.0"),
        ("update my-api 1.4.0 -> 1.6.1", "ghcr.io/acme/my-api:1.6.1"),
        ("move payments from 3.0.0 to 3.2.0 please", "ghcr.io/acme/payments:3.2.0"),
        ("my-api: from 1.4.0 to ghcr.io/acme/my-api:1.7.0", "ghcr.io/acme/my-api:1.7.0"),
    ],
)
def test_from_what_runs_to_a_version_goes_to_the_second(
    shop: Operator, intent: str, image: str
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert proposal.status == "proposed", proposal.question
    (op,) = proposal.operations
    assert isinstance(op, SetImageOp)
    assert op.image == image


@pytest.mark.parametrize(
    "intent",
    [
        "upgrade my-api from 1.3.0 to 1.5.0",  # it runs 1.4.0: said about another state
        "update my-api from 1.5.0 to 1.4.0",
        "update my-api 1.5.0 1.6.0",  # two versions, no direction
    ],
)
def test_two_versions_that_do_not_start_from_what_runs_are_asked(
    shop: Operator, intent: str
) -> None:
    assert "1.4.0" in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "double the cpu of my-api",
        "triple the memory of payments",
        "double my-api's memory",
        "give frontend twice the memory",
    ],
)
def test_a_resource_multiplied_is_never_a_scale(shop: Operator, intent: str) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert all(o.kind != "scale" for o in proposal.operations)
    assert proposal.status == "needs_clarification"  # request or limit? asked, never guessed


def test_a_resource_limit_multiplied_is_planned(shop: Operator) -> None:
    proposal = shop.analyze("double the memory limit of my-api", namespace="shop")
    assert proposal.status == "proposed", proposal.question
    assert [o.kind for o in proposal.operations] == ["patch"]
    assert '"limits":{"memory":"512Mi"}' in proposal.operations[0].model_dump_json()


@pytest.mark.parametrize(
    "intent",
    ["double the hpa max of my-api", "halve the autoscaler ceiling of payments"],
)
def test_editing_an_autoscaler_that_is_not_there_is_asked(shop: Operator, intent: str) -> None:
    assert "no HorizontalPodAutoscaler" in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    "intent", ["restart orders but not envoy", "restart orders, leave the envoy container alone"]
)
def test_a_restart_cannot_spare_a_container(shop: Operator, intent: str) -> None:
    assert "envoy" in (asks(shop, intent).question or "")


def test_a_restart_of_the_whole_pod_is_planned(shop: Operator) -> None:
    proposal = shop.analyze("restart orders", namespace="shop")
    assert [o.kind for o in proposal.operations] == ["rollout_restart"]


@pytest.mark.parametrize(
    "intent",
    [
        "remove orders from the mesh",
        "take frontend out of rotation",
        "drop payments from the service",
        "remove worker from the load balancer pool",
    ],
)
def test_taken_out_of_something_else_is_never_a_delete(shop: Operator, intent: str) -> None:
    assert "is not deleting it" in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "deleted"),
    [
        ("delete orders from the cluster", "deployment/orders"),
        ("remove worker from the namespace", "deployment/worker"),
        ("remove the pdb from orders", "poddisruptionbudget/orders"),
    ],
)
def test_out_of_the_cluster_or_a_part_out_of_a_workload_is_still_planned(
    shop: Operator, intent: str, deleted: str
) -> None:
    proposal = shop.analyze(intent, namespace="shop")
    assert deleted in [o.target.ref for o in proposal.operations if o.kind == "delete"]


def test_a_quantity_said_as_what_it_has_now_is_not_the_new_value(shop: Operator) -> None:
    proposal = shop.analyze(
        "postgres needs a gig of memory requested, 512Mi isn't cutting it", namespace="shop"
    )
    assert proposal.status == "proposed", proposal.question
    body = json.dumps(proposal.operations[0].model_dump(mode="json")["patch"])
    assert '"requests": {"memory": "1Gi"}' in body
    assert "512Mi" not in body


def test_environments_listed_after_the_word_namespaces_are_asked(shop: Operator) -> None:
    question = asks(shop, "frontend to 2 replicas in both namespaces, staging and prod").question
    assert "staging" in (question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "scale orders to 5 but leave the replica count as it is",
        "set LOG_LEVEL to debug on my-api without touching the deployment or its configmap",
        "set my-api's image to ghcr.io/acme/my-api:1.5.0 but don't let any new pods start",
        "bump the envoy sidecar on my-api to v1.31.0",  # my-api runs one container
        "update the statsd container of payments to statsd:1.2",
    ],
)
def test_what_the_plan_cannot_honour_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_named_sidecar_that_is_there_is_the_one_changed(shop: Operator) -> None:
    proposal = shop.analyze("bump the envoy sidecar on orders to v1.31.2", namespace="shop")
    (op,) = proposal.operations
    assert isinstance(op, SetImageOp)
    assert (op.container, op.image) == ("envoy", "envoyproxy/envoy:v1.31.2")


def test_of_the_namespace_at_a_time_is_no_namespace_name(shop: Operator) -> None:
    proposal = shop.analyze("nightly velero backup of the namespace at 1am", namespace="shop")
    assert proposal.status == "proposed", proposal.question
