"""Round 13, helper "voice": the speaker's own frame, keeps and negations that are the request's
own scope or context, and deletes said with a reason.

- "let's / we'll / we're going to" + a change is the speaker's order now, unless a time, a hedge
  or another actor is said, or a clause before it already asks (then "we'll …" is an aside);
- a keep or a "not X" names what stays out of the plan and is checked against it;
- a fact (statements.fact) lends a delete no target; "Kind/name" is that object alone;
- a field of an object said as its own ("the worker HPA's max") presupposes it: none there asks;
- a spread said as a topology spread constraint stays one (on kubernetes.io/hostname).
"""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, deletes, plans

pytestmark = pytest.mark.timeout(120)


def _ops(shop: Operator, intent: str) -> list[tuple[str, str, str]]:
    proposal, _ = plans(shop, intent)
    return [(o.kind, o.target.kind, o.target.name) for o in proposal.operations]


# --- the speaker's own frame ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "expected"),
    [
        ("we'll set a memory limit of 512Mi on worker", ("patch", "Deployment", "worker")),
        ("we will restart orders", ("rollout_restart", "Deployment", "orders")),
        ("ok folks, we're going to restart my-api", ("rollout_restart", "Deployment", "my-api")),
        ("frontend is slow, we'll restart it", ("rollout_restart", "Deployment", "frontend")),
        ("alright everyone, let's scale orders to 4", ("scale", "Deployment", "orders")),
        (
            "for this step we're going to scale payments to four",
            ("scale", "Deployment", "payments"),
        ),
        ("now let's roll checkout back to the previous revision", None),
        ("for this next step we'll take orders from two replicas to five", None),
    ],
)
def test_the_speakers_own_frame_is_the_order(
    shop: Operator, intent: str, expected: tuple[str, str, str] | None
) -> None:
    ops = _ops(shop, intent)
    assert len(ops) == 1
    if expected is not None:
        assert ops[0] == expected


def test_a_count_from_one_value_to_another_is_a_scale(shop: Operator) -> None:
    proposal, _ = plans(shop, "for this next step we'll take orders from two replicas to five")
    assert [(o.kind, getattr(o, "replicas", None)) for o in proposal.operations] == [("scale", 5)]


@pytest.mark.parametrize(
    "intent",
    [
        "we'll restart frontend tomorrow",
        "we'll scale payments to 4 once the sale ends",
        "we'll probably restart frontend",
        "we'll have someone restart frontend",
        "we'll handle the restart of frontend ourselves",
        "restart payments, we'll bump orders to 3",
        "we'll delete worker",
        "bob and I will restart frontend",
        "I'm about to restart frontend",
    ],
)
def test_a_change_for_later_or_for_others_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "remove the orders PDB, we'll recreate it from the helm chart",
        "take checkout to 5 replicas for the promo, we'll scale it back afterwards",
    ],
)
def test_a_we_will_aside_after_an_order_adds_nothing(shop: Operator, intent: str) -> None:
    assert len(_ops(shop, intent)) == 1


@pytest.mark.parametrize(
    ("intent", "count"),
    [
        ("alright folks, let's scale my-api to four and watch the new pods come in", 4),
        ("scale orders to 3 and watch them roll in", 3),
    ],
)
def test_a_particle_at_the_end_is_no_message_cut_off(
    shop: Operator, intent: str, count: int
) -> None:
    proposal, _ = plans(shop, intent)
    assert [getattr(o, "replicas", None) for o in proposal.operations] == [count]


@pytest.mark.parametrize("intent", ["restart payments and", "scale payments to 3 with"])
def test_a_message_cut_off_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_about_to_then_first_is_the_change_before_the_speakers_step(shop: Operator) -> None:
    ops = _ops(shop, "we're about to load test the site, scale frontend to 6 first")
    assert ops == [("scale", "Deployment", "frontend")]
    asks(shop, "I'm going to run a migration at 17:00, back up postgres first")


# --- keeps and negations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "worker has a cpu request but no memory request, give it a 256Mi memory request",
        "my-api has a readiness probe and no liveness probe, add a liveness probe on /healthz "
        "port http",
    ],
)
def test_a_lack_joined_to_a_fact_is_the_requests_topic(shop: Operator, intent: str) -> None:
    assert len(_ops(shop, intent)) == 1


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("never put all the orders pods on one node", "orders"),
        ("do not run all of payments' replicas on a single host", "payments"),
        ("please don't let every my-api pod land on the same node", "my-api"),
    ],
)
def test_not_all_on_one_node_is_a_spread(shop: Operator, intent: str, name: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [name]
    assert "topologySpreadConstraints" in body
    assert "kubernetes.io/hostname" in body


def test_all_on_one_node_still_asks(shop: Operator) -> None:
    asks(shop, "put all the frontend pods on the same node")


@pytest.mark.parametrize(
    "intent",
    [
        "move the orders envoy sidecar to envoyproxy/envoy:v1.31.0, the app container isn't ours "
        "to touch",
        "set the orders app image to ghcr.io/acme/orders:1.0.1, the envoy sidecar isn't ours to "
        "change",
        "instead of relaxing the orders pdb, scale orders to 3",
        "rather than changing the pdb, let's scale orders to 3",
        # Round 16 (blind20: "… blocks node drains. Scale orders to 3 rather than loosening the
        # budget."): the budget said as what blocks is the reason; the scale touches no budget.
        "the orders pdb blocks drains; instead of touching the budget, scale orders to 3",
    ],
)
def test_a_keep_outside_the_plan_plans(shop: Operator, intent: str) -> None:
    assert len(_ops(shop, intent)) == 1


@pytest.mark.parametrize(
    "intent",
    [
        "set the orders envoy image to envoyproxy/envoy:v1.31.0, the envoy container isn't ours "
        "to touch",
    ],
)
def test_a_keep_the_plan_breaks_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --- deletes with a reason -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "gone"),
    [
        ("delete checkout, it was folded into payments last quarter", {"Deployment/checkout"}),
        (
            "get rid of the checkout deployment, checkout lives inside the frontend now",
            {"Deployment/checkout"},
        ),
        ("delete the cache deployment (not redis!)", {"Deployment/cache"}),
        ("delete worker, not checkout", {"Deployment/worker"}),
        ("delete Service/frontend", {"Service/frontend"}),
        ("delete svc/frontend but keep the deployment", {"Service/frontend"}),
        (
            "remove orders along with its config and its budget",
            {"Deployment/orders", "ConfigMap/orders-config", "PodDisruptionBudget/orders"},
        ),
        ("checkout is unused, delete it", {"Deployment/checkout"}),
    ],
)
def test_a_reason_lends_no_target_and_a_keep_stays(
    shop: Operator, intent: str, gone: set[str]
) -> None:
    assert deletes(shop, intent) == gone


@pytest.mark.parametrize(
    "intent",
    [
        "delete worker, frontend is still using it",
        "delete worker, frontend still talks to it",
        "delete worker, frontend still uses worker",
        "delete frontend, not now",
        "let's not restart frontend",
    ],
)
def test_a_delete_with_a_doubt_still_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --- presupposed objects and the spread's form ---------------------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "let's set the worker HPA's max to 20",
        "set worker's HPA max to 20",
        "set the payments PDB's minAvailable to 1",
        "we'll set the my-api autoscaler's minimum to 3",
    ],
)
def test_a_field_of_a_missing_object_asks(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "set an HPA on worker, max 20",
        "set up the worker HPA with max 20",
        "autoscale worker between 2 and 20, the hpa's target 70% cpu",
    ],
)
def test_a_new_object_with_its_field_plans(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert "HorizontalPodAutoscaler" in {o.target.kind for o in proposal.operations}


@pytest.mark.parametrize(
    ("intent", "key"),
    [
        (
            "add a topology spread constraint to orders so its pods land on different nodes",
            "kubernetes.io/hostname",
        ),
        (
            "spread my-api over the nodes using topologySpreadConstraints, maxSkew 1",
            "kubernetes.io/hostname",
        ),
        ("use a topology spread on frontend over zones", "topology.kubernetes.io/zone"),
    ],
)
def test_a_topology_spread_said_stays_one(shop: Operator, intent: str, key: str) -> None:
    _, body = plans(shop, intent)
    assert "topologySpreadConstraints" in body
    assert f'"{key}"' in body
    assert "podAntiAffinity" not in body


@pytest.mark.parametrize(
    ("intent", "value"),
    [
        ("give the orders envoy sidecar a 256Mi memory limit, up from 128Mi", "256Mi"),
        ("give worker a 512Mi memory limit, down from 1Gi", "512Mi"),
    ],
)
def test_the_value_it_had_is_no_second_value(shop: Operator, intent: str, value: str) -> None:
    _, body = plans(shop, intent)
    assert f'"memory": "{value}"' in body


def test_a_value_it_had_alone_still_asks(shop: Operator) -> None:
    asks(shop, "give worker a memory limit, up from 128Mi")
