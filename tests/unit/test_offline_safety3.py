"""Unsafe misreads of the third blind run, as classes (helper safety3): a part removed from a
workload is never a delete of it; every quantity said is used for what it was said for, or
asked about; a request that cannot be right is a question. Over the in-memory shop, through the
real Operator. The phrasings are our own, not the blind set's."""

from __future__ import annotations

import pytest

from dotop_nb.models import PatchOp, Target
from dotop_nb.planner.offline import accounting as quantities
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


# ------------------------------------------------- class 1: a part is never the workload
@pytest.mark.parametrize(
    "intent",
    [
        "drop envoy from orders",
        "get rid of the envoy container in orders",
        "strip orders of its envoy proxy",
        "pull the envoy container out of orders",
        "delete the envoy sidecar on orders but keep its configmap",
    ],
)
def test_removing_a_container_from_a_workload_patches_it_out(shop: Operator, intent: str) -> None:
    proposal, body = plans(shop, intent)
    (only,) = proposal.operations
    assert only.kind == "patch"
    assert only.target.name == "orders"
    assert '"op": "remove"' in body
    assert '"value": "envoy"' in body  # the index is tested against the name first


@pytest.mark.parametrize(
    "intent",
    [
        "take the sidecar out of orders",
        "nuke the sidecar on frontend",
        "delete the volume from postgres",
        "remove the api container from my-api",  # its only container
        "remove the annotations from frontend",
    ],
)
def test_a_part_that_cannot_be_removed_is_asked_never_deleted(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_the_workload_itself_is_still_deleted_when_asked(shop: Operator) -> None:
    proposal, _ = plans(shop, "remove orders from the namespace")
    assert "deployment/orders in shop" in [o.target.describe() for o in proposal.operations]


# ------------------------------------------------- class 2: every quantity used as said
@pytest.mark.parametrize(
    ("intent", "values"),
    [
        (
            "liveness probe on payments: GET /healthz, timeoutSeconds 3, failureThreshold 4",
            ['"timeoutSeconds": 3', '"failureThreshold": 4'],
        ),
        ("scaledobject for frontend on cpu 70%, 3..9 replicas", ['"maxReplicaCount": 9']),
        ("snapshot postgres with velero every 12h, ttl 48h", ["0 */12 * * *", "48h"]),
        (
            "startup probe for frontend, GET /ready, periodSeconds 5, failureThreshold 24",
            ['"periodSeconds": 5', '"failureThreshold": 24'],
        ),
        ("hpa for frontend 2..6 replicas on 75% cpu", ['"maxReplicas": 6']),
    ],
)
def test_every_quantity_lands_in_its_field(shop: Operator, intent: str, values: list[str]) -> None:
    _, body = plans(shop, intent)
    for value in values:
        assert value in body


def test_a_quantity_the_plan_drops_or_misplaces_is_named() -> None:
    target = Target(kind="Deployment", name="cart", namespace="shop")
    probe = {"readinessProbe": {"periodSeconds": 5, "failureThreshold": 10}}
    op = PatchOp(target=target, patch={"spec": {"template": {"spec": {"containers": [probe]}}}})
    said = "period 10s and failureThreshold 5 on cart"
    assert quantities.unused(said, [op]) == "'10s' as the period"
    assert quantities.unused("period 5s, failureThreshold 10, timeout 2s", [op]) == "'2s' (timeout)"
    assert quantities.unused("period 5s and failureThreshold 10", [op]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("requests 300m/128Mi, limits 600m/256Mi", [("300m", "requests"), ("128Mi", "")]),
        ("kubectl autoscale deploy/cart --min=3 --max=9", [("3", "minimum"), ("9", "maximum")]),
        ("between 2 and 7 replicas at 60% cpu", [("2", ""), ("7", "replicas"), ("60%", "")]),
        ("period 5s and failureThreshold 6", [("5s", "period"), ("6", "failures")]),
    ],
)
def test_quantities_are_read_with_the_field_they_were_said_for(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(q.said, q.role) for q in quantities.said(text)]
    assert got[: len(expected)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "give cart two more replicas",  # relative: the plan holds the sum
        "raise the memory limit of cart by 25%",
        "scale cart from 2 to 4",  # the old value
        "the 1.4.2 release is throwing 502s, roll it back",  # a version, a status code
        "set TIMEOUT to 30s on cart",  # a variable's value, not a probe timeout
        "never run two cart pods on one node",
    ],
)
def test_relative_and_non_quantities_are_not_required(text: str) -> None:
    required = [q.said for q in quantities.said(text)]
    for value in ("two", "25%", "2", "1.4", "502s"):
        assert value not in required
    assert all(q.role != "timeout" for q in quantities.said(text))


def test_the_guard_keeps_correct_plans(shop: Operator) -> None:
    proposal, body = plans(shop, "autoscale payments between 3 and 7 replicas at 65% cpu")
    assert "7" in body
    assert "65" in body
    _, body = plans(shop, "scrape payments every 20s")
    assert '"interval": "20s"' in body
    _, body = plans(shop, "velero backup of postgres every 4 hours keep it 5 days")
    assert "*/4" in body
    assert "120h" in body
    proposal, body = plans(shop, "scale frontend from 3 to 6")
    assert [o.replicas for o in proposal.operations] == [6]  # type: ignore[attr-defined]


# ------------------------------------------------- class 3: what cannot be right is asked
@pytest.mark.parametrize(
    ("intent", "why"),
    [
        ("payments needs a disruption budget with minAvailable=4", "blocks every voluntary"),
        ("give payments a pdb, at least 3 pods must stay up", "blocks every voluntary"),
        ("cap frontend memory at 100Mi", "below the memory request"),
        ("my-api cpu limit 50m", "below the cpu request"),
        ("tweak the my-api servicemonitor to scrape every 15s", "no ServiceMonitor"),
        ("change the frontend hpa max to 9", "no HorizontalPodAutoscaler"),
        ("lower the target of the payments hpa to 60%", "no HorizontalPodAutoscaler"),
        ("scale worker to 2 in either dev or qa", "names namespace"),
        ("roll my-api to 1.6.0, do not touch the image", "do not touch the image"),
        ("ship payments 2.0 without changing the version", "without changing the version"),
    ],
)
def test_a_request_that_cannot_be_right_is_a_question(
    shop: Operator, intent: str, why: str
) -> None:
    assert why in str(asks(shop, intent).question)


def test_what_can_be_right_is_still_planned(shop: Operator) -> None:
    _, body = plans(shop, "For payments: requests 150m/96Mi, limits 300m/192Mi")
    for value in ('"150m"', '"96Mi"', '"300m"', '"192Mi"'):
        assert value in body
    _, body = plans(shop, "cap frontend memory at 300Mi")
    assert '"limits": {"memory": "300Mi"}' in body
    _, body = plans(shop, "give frontend a pdb with minAvailable 2")
    assert '"minAvailable": 2' in body


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("no more than half of the payments pods may be down during maintenance", "maxUnavailable"),
        ("at least half the my-api pods have to stay running", "minAvailable"),
    ],
)
def test_half_of_the_pods_is_a_fifty_percent_budget(
    shop: Operator, intent: str, value: str
) -> None:
    _, body = plans(shop, intent)
    assert f'"{value}": "50%"' in body
