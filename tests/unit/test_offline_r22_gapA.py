"""Round 22/23, gap helper A: blind25's last misses, asked where a clear order was given.

The shapes: (1) 'double'/'triple' said as an occasion's name ("for the double points weekend",
"loyalty double points: …") was read as a relative change (:mod:`.promos` drops the
adjective); (2) a verbless scale with the workload's kind after its name ("cache statefulset to
2") was not read as a scale (:mod:`.chat`). The nearest orders that double, and the settings a
relative change names, keep their readings and their questions."""

from __future__ import annotations

import pytest

from dotop_nb.planner.offline import promos
from dotop_nb.service import Operator
from tests.memory import asks, plans, summaries_and_awaits

pytestmark = pytest.mark.timeout(300)


# (1) An occasion named with 'double': the order beside it plans, with its exact value.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "loyalty redis (cache statefulset) to 2 for the double points weekend",
            "scale statefulset/cache in shop to 2 replicas",
            "",
        ),
        (
            "loyalty double points: FEATURE_X=on on the store API (my-api) when the stores "
            "open at 08:00",
            "patch configmap/my-api-config in shop (merge)",
            "08:00",
        ),
        (
            "scale frontend to 4 for the double XP event",
            "scale deployment/frontend in shop to 4 replicas",
            "",
        ),
        (
            "frontend to 5 replicas ahead of the Double Points weekend",
            "scale deployment/frontend in shop to 5 replicas",
            "Double Points weekend",
        ),
        (
            "set FEATURE_X=on on my-api for double points",
            "patch configmap/my-api-config in shop (merge)",
            "",
        ),
        (
            "promo double points: scale checkout to 4",
            "scale deployment/checkout in shop to 4 replicas",
            "",
        ),
        (
            "scale checkout to 6 for the double discount day",
            "scale deployment/checkout in shop to 6 replicas",
            "",
        ),
    ],
)
def test_double_said_of_an_occasion_plans(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    summaries, waited = summaries_and_awaits(op, intent)
    assert summaries == [summary]
    assert awaits in waited


# 'double' that is an order keeps doubling the workload; one said of a setting is asked.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("double the frontend", "scale deployment/frontend in shop to 6 replicas"),
        ("double frontend", "scale deployment/frontend in shop to 6 replicas"),
        (
            "double the replicas of checkout for the sale",
            "scale deployment/checkout in shop to 4 replicas",
        ),
        (
            "triple checkout for the promo",
            "scale deployment/checkout in shop to 6 replicas",
        ),
    ],
)
def test_double_as_an_order_still_doubles(op: Operator, intent: str, summary: str) -> None:
    summaries, _ = summaries_and_awaits(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "double POINTS on my-api",
        "double BATCH_SIZE on orders",
        "orders: double the batch size",
        "double the threads on my-api",
        "double points on frontend",
        "loyalty double points: frontend",
        "double points weekend",
    ],
)
def test_double_of_a_setting_or_nothing_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_promos_reads_only_the_adjective() -> None:
    assert (
        promos.read("cache to 2 for the double points weekend")
        == "cache to 2 for the points weekend"
    )
    assert promos.read("double the frontend") == "double the frontend"
    assert promos.read("double POINTS on my-api") == "double POINTS on my-api"


# (2) A verbless scale with the kind after the name.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("cache statefulset to 2", "scale statefulset/cache in shop to 2 replicas"),
        ("loyalty redis (cache statefulset) to 2", "scale statefulset/cache in shop to 2 replicas"),
        ("cache deployment to 2", "scale deployment/cache in shop to 2 replicas"),
        ("frontend deploy to 4", "scale deployment/frontend in shop to 4 replicas"),
        ("ok the checkout deployment to 5 pls", "scale deployment/checkout in shop to 5 replicas"),
    ],
)
def test_verbless_scale_with_kind_plans(op: Operator, intent: str, summary: str) -> None:
    summaries, _ = summaries_and_awaits(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "cache statefulset to 2 cpu",
        "worker deployment to 0 for now",
        "frontend deployment up to 8",
    ],
)
def test_verbless_scale_with_kind_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (3) A pod count said as how things are, then "make it N": N counts the same pods.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        (
            "the casework worker is one pod and the service standard says no single points of "
            "failure, make it three",
            "scale deployment/worker in shop to 3 replicas",
        ),
        ("worker runs one pod, make it three", "scale deployment/worker in shop to 3 replicas"),
        ("worker is a single pod, make it 3", "scale deployment/worker in shop to 3 replicas"),
        (
            "checkout runs 2 replicas, take it to 4",
            "scale deployment/checkout in shop to 4 replicas",
        ),
        (
            "payments has only one replica, bring it up to three please",
            "scale deployment/payments in shop to 3 replicas",
        ),
    ],
)
def test_bare_count_after_a_stated_pod_count_plans(op: Operator, intent: str, summary: str) -> None:
    summaries, _ = summaries_and_awaits(op, intent)
    assert summaries == [summary]


@pytest.mark.parametrize(
    "intent",
    [
        "worker is one pod with 512Mi memory, make it 1024",
        "worker is one pod, make it three cpus",
        "worker is one pod, make it zero",
        "the db is one pod, make it three",
        "worker is one pod",
    ],
)
def test_bare_count_of_something_else_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


def test_restated_keeps_a_version() -> None:
    from dotop_nb.planner.offline import restated  # noqa: PLC0415

    names = lambda: frozenset({"worker"})  # noqa: E731
    assert restated.read("worker is one pod, make it 3.1.0", names) == (
        "worker is one pod, make it 3.1.0"
    )
    assert restated.read("worker is one pod, make it 3", names) == (
        "worker is one pod, make it 3 replicas"
    )


# (4) A purpose whose failure is counted by its unit and stops the service ("so one zone outage
# doesn't stop the lanes"): what the spread is for, no number of the plan.
@pytest.mark.parametrize(
    ("intent", "target"),
    [
        (
            "spread self-checkout (checkout) across zones so one zone outage doesn't stop the "
            "lanes",
            "deployment/checkout",
        ),
        (
            "spread checkout over zones so a single node failure doesn't stop checkout",
            "deployment/checkout",
        ),
        (
            "spread orders across nodes so one node going away doesn't stop the queue",
            "deployment/orders",
        ),
        (
            "spread checkout across zones so a zone outage won't halt the tills",
            "deployment/checkout",
        ),
        (
            "spread payments across zones so that one zone failure doesn't break payments",
            "deployment/payments",
        ),
    ],
)
def test_failure_that_stops_the_service_is_the_goal(op: Operator, intent: str, target: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [f"patch {target} in shop (strategic)"]
    assert "topology" in body


@pytest.mark.parametrize(
    "intent",
    [
        "spread checkout across zones so one zone outage doesn't stop more than 1 pod",
        "spread checkout across zones so one zone outage doesn't need 4 pods",
        "spread checkout across zones, don't stop the lanes",
        "restart checkout so one zone outage doesn't stop the lanes",
        "spread checkout across zones so one zone outage doesn't stop the lanes during the "
        "migration",
    ],
)
def test_failure_purpose_with_a_bound_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (5) A plural's possessive ("the adjusters' portal") opens no quote with a later contraction
# ("don't"): the time between them is read, and waited for.
@pytest.mark.parametrize(
    ("intent", "summary", "awaits"),
    [
        (
            "adjusters' portal (frontend) to 2.2.0 after the adjuster training at 16:00 ends, "
            "don't want the screens changing mid-session",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
            "16:00",
        ),
        (
            "users' frontend to 2.2.0 at 16:00, don't want screens changing",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
            "16:00",
        ),
        (
            "restart the workers' pods at 02:00, don't scale them",
            "restart the pods of deployment/worker in shop",
            "02:00",
        ),
        (
            "scale the drivers' api (my-api) to 4 at 18:00, don't restart it",
            "scale deployment/my-api in shop to 4 replicas",
            "18:00",
        ),
        (
            "users' frontend to 2.2.0 at 16:00, don't restart payments",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
            "16:00",
        ),
    ],
)
def test_possessive_apostrophe_opens_no_quote(
    op: Operator, intent: str, summary: str, awaits: str
) -> None:
    summaries, waited = summaries_and_awaits(op, intent)
    assert summaries == [summary]
    assert awaits in waited


@pytest.mark.parametrize(
    "intent",
    [
        "users' frontend to 2.2.0, don't do it before 16:00",
        "the nurses' app (frontend) to 2.2.0 tonight at 23:00, we can't have it change mid-shift",
        "users' frontend to 2.2.0 at 16:00, don't",
    ],
)
def test_possessive_with_a_negated_time_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (6) "package" after a workload's name is its build artifact, as "jar" or "bundle" is.
@pytest.mark.parametrize(
    ("intent", "image", "awaits"),
    [
        (
            "frontend package version 2.1.1 - converge after the 18:00 change freeze lifts",
            "ghcr.io/acme/frontend:2.1.1",
            "18:00 change freeze",
        ),
        ("frontend package version 2.1.1", "ghcr.io/acme/frontend:2.1.1", ""),
        ("update the frontend package to 2.1.1", "ghcr.io/acme/frontend:2.1.1", ""),
        (
            "my-api package version 1.5.0, converge tonight at 23:00",
            "ghcr.io/acme/my-api:1.5.0",
            "23:00",
        ),
    ],
)
def test_package_after_the_name_is_the_workload(
    op: Operator, intent: str, image: str, awaits: str
) -> None:
    proposal, body = plans(op, intent)
    assert [o.kind for o in proposal.operations] == ["set_image"]
    assert image in body
    assert awaits in (proposal.awaits or "")


@pytest.mark.parametrize(
    "intent",
    ["delete the frontend package", "frontend package 2.1.1 is broken"],
)
def test_package_still_asks_on_delete_or_state(op: Operator, intent: str) -> None:
    asks(op, intent)


# (7) French "passer X à N replicas": "pass it at 0 replica" puts it there.
@pytest.mark.parametrize(
    ("intent", "replicas"),
    [
        ("the batch of worker is finished, pass it at 0 replica, we relaunch it monday", 0),
        ("the batch of worker is finished, pass it at 0 replica", 0),
        ("pass worker at 0 replica", 0),
        ("pass worker to 0 replicas", 0),
        ("pass the worker at zero pods, the job is done", 0),
        ("pass worker at 3 replicas", 3),
    ],
)
def test_pass_at_a_count_of_pods_scales(op: Operator, intent: str, replicas: int) -> None:
    summaries, _ = summaries_and_awaits(op, intent)
    assert summaries == [f"scale deployment/worker in shop to {replicas} replicas"]


@pytest.mark.parametrize(
    "intent",
    ["pass 0 to worker", "pass worker at 0", "pass worker at 0 replica until monday"],
)
def test_pass_without_a_count_of_pods_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (8) A setting said without its verb and "to": "orders batch size 50" is BATCH_SIZE to 50.
@pytest.mark.parametrize(
    "intent",
    [
        "click-and-collect (orders) batch size 50 for Black Friday",
        "orders BATCH_SIZE 50",
        "orders batch size 50",
        "orders batch size: 50",
        "orders batch size 50 please",
    ],
)
def test_verbless_setting_plans(op: Operator, intent: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        "patch configmap/orders-config in shop (merge)"
    ]
    assert '"BATCH_SIZE": "50"' in body


@pytest.mark.parametrize(
    "intent",
    [
        "orders batch size 50 is too small",
        "orders batch size is 50",
        "orders batch size 50%",
        "orders batch size 50, is that right?",
        "orders batch 50",
    ],
)
def test_verbless_setting_of_a_state_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)


# (9) An alert on no pod ready, the state said after the unit ("no pod ready"), asked for by
# "warn me" or a French speaker's "prevent me (send an alert)" (prévenir).
@pytest.mark.parametrize(
    ("intent", "workload", "hold"),
    [
        (
            "prevent me (send an alert) when payments has no pod ready since 5 minutes",
            "payments",
            "5m",
        ),
        ("alert me when payments has no pod ready for 5 minutes", "payments", "5m"),
        ("send an alert when payments has no pods ready for 5 minutes", "payments", "5m"),
        ("alert if checkout has zero replicas available for 10m", "checkout", "10m"),
        ("page us when payments has no pod running for 2 minutes", "payments", "2m"),
        ("prevent us when checkout has no pod ready for 10 minutes", "checkout", "10m"),
        ("warn me when payments is down for 5 minutes", "payments", "5m"),
    ],
)
def test_alert_on_no_pod_ready_plans(op: Operator, intent: str, workload: str, hold: str) -> None:
    proposal, body = plans(op, intent)
    assert [o.summary() for o in proposal.operations] == [
        f"apply prometheusrule/{workload}-availability in shop"
    ]
    assert f'"for": "{hold}"' in body
    assert f'deployment=\\"{workload}\\"' in body
    assert "} < 1" in body


@pytest.mark.parametrize(
    "intent",
    [
        "restart payments when it has no pod ready",
        "scale payments to 3, no pod ready is bad",
        "prevent me from restarting payments when it has no pod ready",
    ],
)
def test_no_pod_ready_beside_another_change_still_asks(op: Operator, intent: str) -> None:
    asks(op, intent)
