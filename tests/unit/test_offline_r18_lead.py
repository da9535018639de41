"""Round 18, the lead's mends: each shape below was misread, and the nearest phrasing that must
stay a question or a plan still is one."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import numbers
from dotop_nb.service import Operator
from tests.memory import asks, plans


# The one misread that acted in blind24's first run: a fraction said after the whole ("one and a
# half", "2 ½") was dropped, and the whole was planned. It is a part of the number, which is then
# no whole count.
@pytest.mark.parametrize(
    ("said", "raw", "value"),
    [
        ("add one and a half pods", "one and a half", 1.5),
        ("to 2 and a quarter replicas", "2 and a quarter", 2.25),
        ("to 3 \u00bd pods", "3 \u00bd", 3.5),
        ("to twelve and a half.", "twelve and a half", 12.5),
    ],
)
def test_a_fraction_after_a_whole_number_is_part_of_it(said: str, raw: str, value: float) -> None:
    _, found = numbers.placeholders(said)
    assert [(n.raw, n.value, n.count) for n in found] == [(raw, value, None)]


@pytest.mark.parametrize(
    "intent",
    [
        "add one and a half instances to frontend",
        "scale worker to two and a half replicas",
        "frontend to 4 and a half pods please",
        "scale my-api up by 1 \u00bd",
    ],
)
def test_a_count_with_a_fraction_is_asked(shop: Operator, intent: str) -> None:
    assert "whole number" in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("scale frontend to 2 and add a pdb", "scale deployment/frontend in shop to 2 replicas"),
        ("add one pod to worker and a half-hour later check it", None),
    ],
)
def test_an_and_after_a_count_that_is_no_fraction_stays_the_count(
    shop: Operator, intent: str, summary: str | None
) -> None:
    _, found = numbers.placeholders(intent)
    assert all(not n.decimal for n in found)
    if summary:
        proposal, _ = plans(shop, intent)
        assert summary in [o.summary() for o in proposal.operations]


# A delay counted in any number ("in three hours", "in one and a half hours", "in a couple of
# days") is a time the change would wait for: asked, never made now. Only "one", "two" and digits
# were read before, and "restart frontend in three hours" restarted it at once.
@pytest.mark.parametrize(
    "intent",
    [
        "restart frontend in three hours",
        "restart frontend in one and a half hours",
        "restart worker in a couple of days",
        "roll my-api back in ten minutes",
        "restart payments in twenty mins",
    ],
)
def test_a_change_said_after_a_delay_in_words_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "restart frontend, it crashed twice in three hours",
        "restart worker, it leaked memory in a couple of days",
    ],
)
def test_a_delay_inside_what_happened_does_not_hold_the_order(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["rollout_restart"]


# "my-api retry count to 5" scaled my-api to 5: a count of something the workload has, said by
# the noun before "count" and set to a number, is no replica count (found by the verbs helper).
@pytest.mark.parametrize(
    "intent",
    [
        "my-api retry count to 5",
        "set the payments retry count to 3",
        "worker thread count = 8",
        "frontend connection number to 50",
        "set the frontend session count to 10",
    ],
)
def test_a_count_of_something_else_is_no_replica_count(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("worker count to 3", 3),
        ("cache proxy count to 2", 2),
        ("set the pod count of worker to 3", 3),
        ("worker replica count to 4", 4),
        ("scale worker to 3, the error count is high", 3),
    ],
)
def test_a_count_of_the_workloads_pods_still_scales(
    shop: Operator, intent: str, replicas: int
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["scale"]
    assert f'"replicas": {replicas}' in body


# Attack 21 (black box on the merged round), the worst shapes, each mended in one place.
# A refusal said at the head, whoever gave it, or a go-ahead for a later day: no order now.
@pytest.mark.parametrize(
    "intent",
    [
        "No-go: restart payments",
        "Dana rejected: scale worker to 0",
        "Sam approved, Dana declined: restart orders",
        "CHG-99 was rejected; roll back checkout",
        "no go - scale frontend to 1",
        "Approved for Saturday: restart payments",
        "Go for tomorrow night: scale worker to 0",
        "wait for Dana, then restart payments",
        "first wait on the DBA; then scale postgres to 0",
    ],
)
def test_a_refusal_a_later_go_ahead_or_a_wait_first_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "Approved: restart payments",
        "Go: restart payments",
        "scale worker to 3; the old PR was closed",
        "restart payments, then wait for the rollout",
    ],
)
def test_a_go_ahead_or_a_status_after_the_order_still_plans(shop: Operator, intent: str) -> None:
    plans(shop, intent)


# "remove a worker" deleted Deployment worker: one of a workload is one of its pods, or all of
# it — asked. A pull deploys nothing. A correction ("actually, … instead") beside another order
# leaves which one stands unsaid.
@pytest.mark.parametrize(
    "intent",
    [
        "remove a worker",
        "kill one payments",
        "delete another frontend",
        "docker pull ghcr.io/acme/payments:3.1.0",
        "podman pull ghcr.io/acme/my-api:2.0.0",
        "pull ghcr.io/acme/frontend:2.2.0",
        "restart payments. actually, scale worker to 3 instead",
        "scale frontend to 4, on second thought restart worker",
    ],
)
def test_one_of_a_workload_a_pull_or_a_correction_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("delete the worker deployment", "delete"),
        ("update payments to 3.1.0", "set_image"),
        ("scale worker to 3 instead of restarting it", "scale"),
    ],
)
def test_the_plain_orders_beside_them_still_plan(shop: Operator, intent: str, kind: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == [kind]


# An image fitted to a container the words did not name: asked ("the app image … envoy:…").
@pytest.mark.parametrize(
    "intent",
    [
        "set the app image in orders to envoyproxy/envoy:v1.31.0",
        "set the envoy image in orders to ghcr.io/acme/orders:1.1.0",
        "set image of container app in orders to envoyproxy/envoy:v1.32.0",
    ],
)
def test_an_image_fitted_to_a_container_not_named_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "container"),
    [
        ("set the envoy sidecar in orders to v1.31.0", "envoy"),
        ("update orders app to 1.1.0", "app"),
        ("update my-api to 2.0.0", "api"),
        ("take orders to 1.3.0, envoy got its upgrade already", "app"),
        (
            "upgrade the orders sidecar to envoyproxy/envoy:v1.30.2, the app container stays",
            "envoy",
        ),
    ],
)
def test_an_image_for_the_container_named_still_plans(
    shop: Operator, intent: str, container: str
) -> None:
    _, body = plans(shop, intent)
    assert f'"container": "{container}"' in body
