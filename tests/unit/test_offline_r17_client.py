"""Round 17, client helper: an engineer carrying out a client's change requests, in formal prose.

Four shapes, each read in one place:

- a request relayed on someone else's authority that is still the speaker's order
  (:mod:`dotop_nb.planner.offline.relayed`): "Per the client's …,", ", as per the client's …",
  "Approved by the client: …", "The client has requested X be …", "The client asks for …";
  what the client is said to ask or say stays asked;
- container scoping: a container said not to change ("must not change", "out of scope",
  "managed by the platform team", "the sidecar is not in scope") is left out, and asked when
  the plan would change it;
- notes after a value: no end ("until further notice"), the value now ("(was 10)"), an
  occasion ("(go-live change)"), a purpose ("to absorb the launch traffic"), a release
  described ("the last build QA approved"), a value told by what the workload should use
  ("… accordingly"), "one" for a request said missing;
- a budget above the replicas with no count said is asked, never a scale; a frequency said of
  an occasion ("the quarterly patching (Saturday 22:00)") is the occasion's, and the change
  waits on its time, while a change said to recur is still asked.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _ops(shop: Operator, intent: str) -> tuple[list[str], str, str | None]:
    proposal, body = plans(shop, intent)
    return [o.summary() for o in proposal.operations], body, proposal.awaits


# --- relayed authority --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "As per the client's security baseline, restart payments.",
            "restart the pods of deployment/payments",
        ),
        ("At the client's request, restart orders.", "restart the pods of deployment/orders"),
        (
            "Scale worker to 2 replicas, as requested by the client.",
            "scale deployment/worker in shop to 2 replicas",
        ),
        (
            "The client has requested that checkout be scaled to 3.",
            "scale deployment/checkout in shop to 3 replicas",
        ),
        ("The client requests my-api be restarted.", "restart the pods of deployment/my-api"),
        (
            "The client asks for a PDB on payments with maxUnavailable 1.",
            "apply poddisruptionbudget/payments",
        ),
        (
            "The client would like frontend updated to 2.1.1.",
            "ghcr.io/acme/frontend:2.1.1",
        ),
        (
            "Client decision: scale my-api to 3 replicas.",
            "scale deployment/my-api in shop to 3 replicas",
        ),
        (
            "Signed off by the CAB: restart the cache proxy deployment.",
            "restart the pods of deployment/cache",
        ),
        (
            "In line with the client's CAB approval, restart payments.",
            "restart the pods of deployment/payments",
        ),
    ],
)
def test_relayed_request_is_the_order(shop: Operator, intent: str, summary: str) -> None:
    summaries, _, _ = _ops(shop, intent)
    assert any(summary in s for s in summaries), summaries


@pytest.mark.parametrize(
    "intent",
    [
        # what the client asks or says is no order
        "The client asked whether we could scale payments to 4.",
        "The client asks if we can restart orders.",
        "Per the client, frontend is slow.",
        # other tellers stay reported speech
        "the customer wants us to scale frontend to 6",
        "the change request asks for 4 my-api replicas",
        # a request of the past, and a thing to delete that is not there
        "The client requested a restart of orders last week.",
        "The client has requested the reporting deployment be deleted.",
    ],
)
def test_relayed_nearest_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_relayed_following_is_a_wait(shop: Operator) -> None:
    """'Following the client's sign-off' says when: kept as what the plan waits on."""
    proposal = shop.analyze("Following the client's sign-off, restart orders.", namespace="shop")
    assert proposal.operations
    assert proposal.awaits
    assert "sign-off" in proposal.awaits


# --- container scoping --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "container", "image"),
    [
        (
            "Raise the image of the envoy container in orders to v1.31.0. The application "
            "container must not change.",
            "envoy",
            "envoyproxy/envoy:v1.31.0",
        ),
        (
            "Roll orders out to 1.2.0 on the app container only. The envoy proxy is managed "
            "by the mesh team.",
            "app",
            "ghcr.io/acme/orders:1.2.0",
        ),
        (
            "Set the app container of orders to 1.2.0; envoy must not be modified.",
            "app",
            "ghcr.io/acme/orders:1.2.0",
        ),
        (
            "The vendor shipped orders 1.2.0. Update the app container; the sidecar is not in "
            "scope.",
            "app",
            "ghcr.io/acme/orders:1.2.0",
        ),
        (
            "Our supplier has released orders 1.2.0. Update the app container only.",
            "app",
            "ghcr.io/acme/orders:1.2.0",
        ),
    ],
)
def test_container_scoped_in_formal_prose(
    shop: Operator, intent: str, container: str, image: str
) -> None:
    summaries, _, _ = _ops(shop, intent)
    assert summaries == [
        f"set image of container {container} in deployment/orders in shop to {image}"
    ]


@pytest.mark.parametrize(
    "intent",
    [
        "Roll ghcr.io/acme/orders:1.2.0 out to orders; the envoy sidecar stays as is.",
        "Update the orders app to 1.2.0 but keep the mesh sidecar exactly as it is.",
        "Ship orders 1.2.0 to the app container, but the networking sidecar must not change.",
    ],
)
def test_container_kept_by_its_role(shop: Operator, intent: str) -> None:
    summaries, _, _ = _ops(shop, intent)
    assert summaries == [
        "set image of container app in deployment/orders in shop to ghcr.io/acme/orders:1.2.0"
    ]


def test_container_kept_in_note_form(shop: Operator) -> None:
    _, body = plans(
        shop, "Set imagePullPolicy to Always on the app container of orders, envoy not to change."
    )
    assert '"app"' in body
    assert '"envoy"' not in body


def test_container_scoped_resources(shop: Operator) -> None:
    _, body, _ = _ops(
        shop,
        "Raise the cpu limit of the envoy container in orders to 150m. The application "
        "container must not change.",
    )
    assert '"envoy"' in body
    assert '"150m"' in body
    assert '"app"' not in body


@pytest.mark.parametrize(
    "intent",
    [
        # the container said not to change is the one the plan changes
        "Update orders to 1.2.0; the application container must not change.",
        "Bump envoy in orders to v1.31.0; the sidecar is out of scope.",
        "Set the app container of orders to 1.2.0; the app container must not be modified.",
        "Run orders as non-root. The application container must not change.",
        # a sidecar by a role the pod has no container for
        "update the logging sidecar of orders to 2.0",
    ],
)
def test_container_scope_against_the_plan_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


# --- notes after a value --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("intent", "contains"),
    [
        ("Set FEATURE_X on my-api to on until further notice.", ['"FEATURE_X"', '"on"']),
        ("Set LOG_LEVEL=warn on my-api indefinitely.", ['"LOG_LEVEL"', '"warn"']),
        ("Set the memory request on payments to 192Mi (currently 128Mi).", ['"192Mi"']),
        ("Set BATCH_SIZE in orders-config to 40 (was 10).", ['"BATCH_SIZE": "40"']),
        ("Set PROVIDER in payments-config to adyen (go-live change).", ['"PROVIDER": "adyen"']),
        (
            "Orders must now read from the orders-v3 queue. Update QUEUE in orders-config "
            "accordingly.",
            ['"QUEUE": "orders-v3"'],
        ),
        ("Payments has no memory request, so add one of 256Mi.", ['"memory": "256Mi"']),
        ("Roll frontend back to 2.0.3, the last build QA approved.", ["frontend:2.0.3"]),
        ("Reduce checkout to 1 replica to save node hours.", ['"replicas": 1']),
    ],
)
def test_note_after_a_value_is_no_more_of_it(
    shop: Operator, intent: str, contains: list[str]
) -> None:
    _, body, _ = _ops(shop, intent)
    assert all(c in body for c in contains), body


@pytest.mark.parametrize(
    "intent",
    [
        # a note that could be more of the value, or a second value of the field
        "Set LOG_LEVEL on my-api to debug until notice.",
        "Set the cpu request on frontend to 200m (300m).",
        "set GREETING on my-api to Welcome (beta users only)",
        # two requests said missing: which one "one" is cannot be told
        "Payments has no memory request and no cpu request, so add one of 256Mi.",
        # "one" of the pods is still a part of the workload
        "set one of the orders pods to debug",
    ],
)
def test_note_nearest_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_said_request_replaces_the_autoscaler_start(shop: Operator) -> None:
    """A request said beside an autoscaler is the one set, never after the starting 100m."""
    proposal, body = plans(
        shop, "Autoscale worker from 1 to 3 at 60% cpu; it has no cpu request, so set one of 300m."
    )
    assert '"300m"' in body
    assert '"100m"' not in body
    assert any(o.target.kind == "HorizontalPodAutoscaler" for o in proposal.operations)


# --- budgets and times ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "intent",
    [
        "Put a disruption budget of minAvailable 4 on checkout.",
        "Add a PDB with minAvailable 3 to checkout, in line with our HA policy.",
        "make checkout highly available with a pdb minAvailable 3",
    ],
)
def test_budget_above_the_replicas_asked(shop: Operator, intent: str) -> None:
    proposal = asks(shop, intent)
    assert "minAvailable" in (proposal.question or "")


def test_budget_with_the_count_said_plans(shop: Operator) -> None:
    summaries, body, _ = _ops(shop, "make checkout HA: 4 replicas and a pdb with minAvailable 3")
    assert "scale deployment/checkout in shop to 4 replicas" in summaries
    assert '"minAvailable": 3' in body


@pytest.mark.parametrize(
    ("intent", "awaited"),
    [
        ("As part of the quarterly patching (Saturday 22:00), restart orders.", "22:00"),
        ("During the client's weekly change window, restart payments.", "change window"),
        ("restart postgres in the monthly maintenance window", "maintenance window"),
        ("Reduce frontend to 2 replicas after 21:00 tonight to save node hours.", "21:00"),
    ],
)
def test_occasion_frequency_is_the_occasions(shop: Operator, intent: str, awaited: str) -> None:
    _, _, awaits = _ops(shop, intent)
    assert awaits
    assert awaited in awaits


@pytest.mark.parametrize(
    "intent",
    [
        "Restart orders every Saturday at 22:00.",
        "Restart orders weekly.",
        "restart postgres monthly",
    ],
)
def test_change_said_to_recur_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_relayed_note_values_read_whole(shop: Operator) -> None:
    """Every shape at once: authority, a purpose, a time — one scale, waited on."""
    proposal, body = plans(
        shop, "Per the CAB decision, take payments down to 1 replica after 20:00 to cut cost."
    )
    assert json.loads(body)[0]["replicas"] == 1
    assert proposal.awaits
    assert "20:00" in proposal.awaits
