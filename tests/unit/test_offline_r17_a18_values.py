"""Round 17, attack18 (values): a moment said with no clock time is waited on as said or asked;
a replica count that is a port, or beyond any sane count, is asked; a value in typographic
quotes is read without them."""

from __future__ import annotations

from typing import Any

import pytest


def _asked(plan: Any) -> bool:
    return not plan.operations


@pytest.mark.parametrize(
    "intent",
    [
        "scale checkout to 0 on nye",
        "bounce orders first thing tomorrow",
        "scale worker to 2 \U0001f552",
        "restart payments at sunrise",
        "restart orders at the top of the hour",
        "roll out a restart of checkout on the half hour",
        "restart frontend D+2",
        "restart checkout H+4",
        "restart orders new years eve",
        "scale frontend to 3 at sunset",
        "restart orders 24.12.",
        "bounce checkout on 1.3.",
    ],
)
def test_a_moment_with_no_clock_waits_or_asks(shop: Any, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert _asked(plan) or plan.awaits, (intent, plan.awaits)


@pytest.mark.parametrize(
    "intent",
    [
        "restart worker",
        "the first thing to do is restart worker",
        "first thing: a velero backup of the namespace",
        "restart worker at 14:00 tomorrow",
        "scale frontend to 10 for black friday",
    ],
)
def test_the_nearest_orders_still_plan(shop: Any, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.operations, (intent, plan.question)


@pytest.mark.parametrize(
    "intent",
    [
        "scale checkout to 8080",
        "bump payments to 5432 replicas",
        "set the orders replicas to 6379",
        "frontend replicas: 443",
        "scale worker to 2500",
        "scale my-api to 9443",
    ],
)
def test_a_port_or_a_huge_count_is_asked(shop: Any, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert _asked(plan), [o.summary() for o in plan.operations]


@pytest.mark.parametrize(
    ("intent", "n"),
    [("scale frontend to 12", 12), ("scale worker to 30", 30), ("scale payments to 100", 100)],
)
def test_ordinary_counts_still_plan(shop: Any, intent: str, n: int) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert [getattr(o, "replicas", None) for o in plan.operations] == [n]


@pytest.mark.parametrize(
    ("intent", "key", "value"),
    [
        ("set FEATURE_X to \u201coff\u201d in my-api-config", "FEATURE_X", "off"),
        ("set MOTD to \u201cgood morning\u201d in my-api-config", "MOTD", "good morning"),
        ("set BATCH_SIZE=\u201c40\u201d in orders-config", "BATCH_SIZE", "40"),
        ('set FEATURE_X to "on" in my-api-config', "FEATURE_X", "on"),
    ],
)
def test_typographic_quotes_are_not_the_value(shop: Any, intent: str, key: str, value: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert [o.patch for o in plan.operations] == [{"data": {key: value}}]


@pytest.mark.parametrize(
    "intent",
    [
        "OOMKilled: checkout (limit 64Mi)",
        "Last State: Terminated, Reason: OOMKilled (payments, limit 96Mi)",
        "Reason: OOMKilled, orders memory limit 200Mi",
        "Requests: cpu: 50m (frontend)",
        "KubePodCrashLooping: worker restarting, limit 300Mi",
        "CPUThrottlingHigh: checkout cpu limit 100m",
        "Liveness probe failed: GET /ready on payments",
        "KubeContainerWaiting: frontend image ghcr.io/acme/frontend:9.9.9",
        "Normal  ScalingReplicaSet  deployment-controller  Scaled up replica set frontend to 8",
    ],
)
def test_a_labelled_output_line_is_asked(shop: Any, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert _asked(plan), [o.summary() for o in plan.operations]


@pytest.mark.parametrize(
    "intent",
    [
        "OOMKilled: worker. raise its memory limit to 512Mi",
        "worker keeps getting OOMKilled, raise its memory limit to 512Mi",
        "checkout: memory request 256Mi, limit 768Mi",
        "frontend: scale to 4",
    ],
)
def test_an_order_beside_or_without_output_still_plans(shop: Any, intent: str) -> None:
    plan = shop.analyze(intent, namespace="shop")
    assert plan.operations, plan.question


@pytest.mark.parametrize(
    "intent",
    ["set BATCH_SIZE=-5 in orders-config", "set POOL_SIZE to -2 in orders-config"],
)
def test_a_negative_count_is_asked(shop: Any, intent: str) -> None:
    assert _asked(shop.analyze(intent, namespace="shop"))


def test_a_negative_offset_still_plans(shop: Any) -> None:
    plan = shop.analyze("set OFFSET=-5 in orders-config", namespace="shop")
    assert [o.patch for o in plan.operations] == [{"data": {"OFFSET": "-5"}}]
