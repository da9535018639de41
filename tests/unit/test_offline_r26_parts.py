"""Round 26, helper parts: a part of a workload named, a part of the request dropped, an
operation or a value other than said (the fifth attack's "parts" family, still wrong on main).

The shapes: (1) a CONTAINER, setting or feature of a workload named with a switch-off, a
restart or a rollback ("turn off orders app" where orders runs app and envoy, "scale orders to
0 but keep envoy", "payments runs privileged, turn it off", "turn off checkout - the alert",
"restart the new checkout alert"): asked, naming the part, never the whole workload acted on;
(2) a CHANGE said with a restart ("restart frontend with 2.2.0", "restart my-api with debug
logging", "… and turn off FEATURE_X") or a destination said with a backup or an alert ("back up
postgres to s3", "… to #payments-alerts"): asked, never the restart or the object alone;
(3) an operation or value other than said ("rm payments seccomp profile" planned the opposite,
"keep postgres backups for 7 days" invented a daily schedule, "worker should scale to zero when
idle" a one-off scale, "LOG_LEVEL=debug/trace" a slash as the value): asked. The nearest plain
orders still plan."""

from __future__ import annotations

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, summaries

pytestmark = pytest.mark.timeout(300)


# (1) A container of a workload that runs more than one (orders: app and envoy).
@pytest.mark.parametrize(
    ("intent", "word"),
    [
        ("turn off orders app", "'app'"),
        ("switch off orders app", "'app'"),
        ("shut down orders app but leave envoy", "'app'"),
        ("shut down orders app, envoy stays", "'app'"),
        ("turn off orders deployment's envoy", "'envoy'"),
        ("turn off the orders deployment envoy", "'envoy'"),
        ("scale orders to 0 but keep envoy", "'envoy'"),
        ("envoy (orders) broke, turn it off", "'envoy'"),
        ("turn off orders, envoy must keep running", "'envoy'"),
        ("scale orders to zero, leave the envoy sidecar alone", "'envoy'"),
    ],
)
def test_a_container_beside_another_is_asked(op: Operator, intent: str, word: str) -> None:
    question = asks(op, intent).question or ""
    assert word in question
    assert "orders" in question


# A setting or feature of the workload as "it"; a part said after a dash, a comma or a topic.
@pytest.mark.parametrize(
    ("intent", "word"),
    [
        ("payments runs privileged, turn it off", "privileged"),
        ("worker runs privileged; turn it off", "privileged"),
        ("payments has privileged mode on; turn it off", "privileged mode"),
        ("checkout runs privileged; switch it off", "privileged"),
        ("turn off checkout - the alert", "alert"),
        ("turn off checkout, the alert only", "alert"),
        ("shut down checkout (the banner)", "banner"),
        ("delete checkout, the alert", "alert"),
        ("turn off checkout for the test tenant", "tenant"),
        ("turn off frontend for the demo customers", "customers"),
        ("for checkout the latency alert is noisy, remove it", "latency alert"),
        ("for frontend the banner is broken; turn it off", "banner"),
        ("roll back the new checkout alert", "alert"),
        ("restart the new checkout alert", "alert"),
        ("restart the noisy frontend banner", "banner"),
        ("the frontend A/B test is done; remove it", "a/b test"),
        ("the payments latency check is flaky; remove it", "latency check"),
        ("the frontend down alert is noisy; remove it", "down alert"),
    ],
)
def test_a_part_of_the_workload_is_asked(op: Operator, intent: str, word: str) -> None:
    assert word in (asks(op, intent).question or "")


# (2) A change said with a restart: the change would be dropped.
@pytest.mark.parametrize(
    ("intent", "words"),
    [
        ("redeploy frontend with 2.2.0", ("'2.2.0'", "'update frontend to 2.2.0'")),
        ("redeploy frontend using 2.2.0", ("'2.2.0'", "'update frontend to 2.2.0'")),
        ("redeploy frontend with image 2.2.0", ("image 2.2.0", "'update frontend to 2.2.0'")),
        ("redeploy frontend with tag 2.2.0", ("tag 2.2.0", "'update frontend to 2.2.0'")),
        ("restart frontend with 2.2.0", ("'2.2.0'",)),
        ("bounce frontend with 2.2.0", ("'2.2.0'",)),
        ("restart frontend with image 2.2.0", ("image 2.2.0",)),
        ("restart frontend using 2.2.0", ("'2.2.0'",)),
        ("recycle my-api with v1.5.0 please", ("v1.5.0", "'update my-api to v1.5.0'")),
        ("restart my-api with debug logging", ("debug logging", "'restart my-api'")),
        ("restart my-api with FEATURE_X on", ("FEATURE_X on",)),
        ("restart worker with more memory", ("more memory",)),
        ("bounce worker with extra cpu", ("extra cpu",)),
        ("restart payments with LOG_LEVEL=debug", ("LOG_LEVEL=debug",)),
        ("restart my-api and turn off FEATURE_X", ("turn off FEATURE_X",)),
        ("restart worker and switch FEATURE_Y off", ("switch FEATURE_Y off",)),
    ],
)
def test_a_change_said_with_a_restart_is_asked(
    op: Operator, intent: str, words: tuple[str, ...]
) -> None:
    question = asks(op, intent).question or ""
    assert "restart" in question
    for word in words:
        assert word in question


@pytest.mark.parametrize(
    ("intent", "word"),
    [
        ("restart frontend and the checkout alert", "'checkout'"),
        ("restart frontend and checkout's alert", "'checkout'"),
        ("delete worker and the orders envoy", "'worker'"),
        ("bounce my-api and the payments banner", "payments"),
        ("deploy payments 3.1.0 with PROVIDER adyen", "PROVIDER adyen"),
        ("update my-api to 1.5.0 using FEATURE_Z=on", "1.5.0"),
        ("update frontend to 2.2.0 everywhere except eu", "except eu"),
        ("bump frontend to 2.2.0 but not in apac", "apac"),
    ],
)
def test_a_second_part_the_plan_drops_is_asked(op: Operator, intent: str, word: str) -> None:
    assert word in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "word"),
    [
        ("back up postgres to s3", "s3"),
        ("take a backup of postgres to s3 now", "s3"),
        ("alert on checkout p99 > 800ms to #payments-alerts", "#payments-alerts"),
        ("alert on checkout p99 > 800ms in #ops", "#ops"),
    ],
)
def test_a_destination_the_plan_drops_is_asked(op: Operator, intent: str, word: str) -> None:
    assert word in (asks(op, intent).question or "")


# (3) Another operation or value than said.
@pytest.mark.parametrize(
    ("intent", "word"),
    [
        ("rm payments seccomp profile", "taken away"),
        ("rm payments run as non root", "taken away"),
        ("keep postgres backups for 7 days", "no schedule"),
        ("retain postgres backups for 30 days", "no schedule"),
        ("worker should scale to zero when idle", "standing rule"),
        ("scale worker to 0 when idle", "standing rule"),
        ("set LOG_LEVEL=debug/trace on my-api", "a choice between 'debug' and 'trace'"),
        ("set MODE=fast/safe on payments", "a choice between 'fast' and 'safe'"),
        ("drain checkout traffic", "disruption budget"),
        ("drain traffic from checkout", "disruption budget"),
        ("reset the checkout alert threshold", "autoscaler"),
        ("the checkout alert threshold is too low; raise it", "autoscaler"),
        ("the checkout alert threshold: reset it", "autoscaler"),
        ("the checkout alert is missing; add it", "scrape config"),
        ("make the checkout liveness probe less aggressive", "no liveness probe"),
        ("checkout's liveness timeout is too short; raise it", "too short"),
        ("one of the frontend pods is stuck, restart it", "some of frontend's pods"),
        ("autoscale frontend to twice its size", "twice its size"),
        ("autoscale frontend, max double the current", "double the current"),
        ("autoscale frontend but don't go below the current count", "current count"),
    ],
)
def test_another_operation_or_value_is_asked(op: Operator, intent: str, word: str) -> None:
    assert word in (asks(op, intent).question or "")


# The nearest orders still plan.
@pytest.mark.parametrize(
    ("intent", "summary"),
    [
        ("turn off worker", "scale deployment/worker in shop to 0 replicas"),
        ("scale orders to 0", "scale deployment/orders in shop to 0 replicas"),
        ("turn off orders", "scale deployment/orders in shop to 0 replicas"),
        ("turn off the orders deployment", "scale deployment/orders in shop to 0 replicas"),
        ("turn off the cache proxy", "scale deployment/cache in shop to 0 replicas"),
        ("turn off checkout for the weekend", None),
        ("restart frontend", "restart the pods of deployment/frontend in shop"),
        ("restart the new checkout pods", "restart the pods of deployment/checkout in shop"),
        ("restart worker with the new config", "restart the pods of deployment/worker in shop"),
        (
            "restart payments with the new LOG_LEVEL",
            "restart the pods of deployment/payments in shop",
        ),
        ("restart worker with CAB approval", "restart the pods of deployment/worker in shop"),
        (
            "update frontend to 2.2.0",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
        (
            "set image of orders envoy to envoyproxy/envoy:v1.31.0",
            "set image of container envoy in deployment/orders in shop to envoyproxy/envoy:v1.31.0",
        ),
        ("rm worker", "delete deployment/worker in shop"),
        ("delete worker, the deployment", "delete deployment/worker in shop"),
        ("for worker the deployment is unused, delete it", "delete deployment/worker in shop"),
        ("payments has crashed, turn it off", "scale deployment/payments in shop to 0 replicas"),
        ("scale worker to 0", "scale deployment/worker in shop to 0 replicas"),
        ("back up postgres", "apply backup/postgres-shop-once in shop"),
        ("back up postgres nightly, keep 7 days", "apply schedule/postgres-shop in shop"),
        ("alert on checkout p99 > 800ms", "apply prometheusrule/checkout-latency in shop"),
        ("set LOG_LEVEL=debug on my-api", "patch configmap/my-api-config in shop (merge)"),
        ("run payments as non-root", "patch deployment/payments in shop (strategic)"),
        ("restart frontend and payments", "restart the pods of deployment/payments in shop"),
        ("scale frontend and checkout to 3", "scale deployment/checkout in shop to 3 replicas"),
        ("add a pdb to checkout", "apply poddisruptionbudget/checkout in shop"),
        ("monitor checkout", "apply podmonitor/checkout in shop"),
        ("autoscale frontend between 3 and 6", "apply horizontalpodautoscaler/frontend in shop"),
        ("scale frontend to twice its size", "scale deployment/frontend in shop to 6 replicas"),
        ("scale frontend up to 10 pods", "scale deployment/frontend in shop to 10 replicas"),
        ("bring frontend up to 5 replicas", "scale deployment/frontend in shop to 5 replicas"),
        ("add the environment variable TZ=Europe/Madrid to the worker", "patch deployment/worker"),
        ("hpa on my-api: min = what it runs now, max 8", "apply horizontalpodautoscaler/my-api"),
        (
            "autoscale frontend between 3 and 6, i.e. twice its size",
            "apply horizontalpodautoscaler/frontend in shop",
        ),
        (
            "add a podmonitor for checkout so its alerts work",
            "apply podmonitor/checkout in shop",
        ),
        ("worker is stuck, restart it", "restart the pods of deployment/worker in shop"),
        (
            "update frontend to 2.2.0 with zero downtime",
            "set image of container web in deployment/frontend in shop to "
            "ghcr.io/acme/frontend:2.2.0",
        ),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, summary: str | None) -> None:
    if summary is None:  # a temporary change: asked by its own reader, not as a part
        assert "for a part" not in (asks(op, intent).question or "")
        return
    assert any(s.startswith(summary) for s in summaries(op, intent))
