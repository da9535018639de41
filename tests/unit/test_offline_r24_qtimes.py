"""Round 24, quick helper qtimes: a value other than said, an end read as a start.

The shapes (fourth black-box attack of round 23): (V1) an autoscaler's ceiling said as a
negated order ("autoscale payments but don't go past 6") was taken for a stated fact, its
number dropped, and the default max 10 planned; (V2) an exception to a hardening ("harden
payments, allow privilege escalation", "… but it needs NET_BIND_SERVICE") was inverted by the
full hardening; (V3) an alert said to fire "immediately" kept the usual 5-minute 'for'; (T) the
END of a temporary change said loosely ("upto friday", ", expiring monday", "untill friday
5pm", "over the holidays", an autoscaler "untill monday") was waited on as its start, or
dropped. The nearest plain orders still plan."""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(300)


def _manifest(op: Operator, intent: str) -> dict[str, object]:
    proposal, _ = plans(op, intent)
    (operation,) = proposal.operations
    body = json.loads(operation.model_dump_json())
    manifest = body.get("manifest") or {}
    assert isinstance(manifest, dict)
    return manifest


# (V1) A ceiling said as a negated order: the plan holds it as the maximum, or asks.
@pytest.mark.parametrize(
    ("intent", "maximum"),
    [
        ("autoscale payments but don't go over 5", 5),
        ("autoscale payments but do not go above 7 pods", 7),
        ("autoscale payments, never above 5", 5),
        ("autoscale payments, max 5", 5),
        ("autoscale payments between 2 and 6, don't go past 6", 6),
    ],
)
def test_a_ceiling_said_as_an_order_is_the_maximum(op: Operator, intent: str, maximum: int) -> None:
    spec = _manifest(op, intent)["spec"]
    assert isinstance(spec, dict)
    assert spec["maxReplicas"] == maximum


@pytest.mark.parametrize(
    "intent",
    [
        "autoscale payments but don't go past 6",
        "autoscale checkout at 60% but don't go past 8",
        "autoscale payments, don't go beyond 4",
        "autoscale payments but never exceed 5",
        "autoscale payments between 2 and 6, don't go past 8",
    ],
)
def test_a_ceiling_the_plan_does_not_hold_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


# (V2) An exception to a hardening: asked, never inverted.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("harden payments, allow privilege escalation", "allow privilege escalation"),
        ("harden payments but it needs NET_BIND_SERVICE", "net_bind_service"),
        ("harden payments but keep privilege escalation", "keep privilege escalation"),
        ("harden payments, it has to run as root", "run as root"),
        ("harden checkout but let it run as root", "run as root"),
    ],
)
def test_an_exception_to_a_hardening_is_asked(op: Operator, intent: str, said: str) -> None:
    question = asks(op, intent).question or ""
    assert said in question.lower()


@pytest.mark.parametrize(
    "intent",
    [
        "harden payments",
        "harden payments, no privilege escalation",
        "harden payments and don't allow privilege escalation",
        "disallow privilege escalation on payments",
        "run payments as non-root",
        "drop NET_RAW from payments",
    ],
)
def test_a_plain_hardening_still_plans(op: Operator, intent: str) -> None:
    plans(op, intent)


# (V3) An alert said to fire at once: for 0s, never the usual five minutes.
@pytest.mark.parametrize(
    "intent",
    [
        "alert if checkout error rate > 5% immediately",
        "alert if checkout error rate > 5% right away",
        "alert if checkout error rate > 5% with no delay",
        "alert if checkout p99 > 2s instantly",
        "alert when payments is down, no grace period",
        "alert when payments is down right away",
    ],
)
def test_an_alert_said_immediate_holds_zero(op: Operator, intent: str) -> None:
    _, body = plans(op, intent)
    assert '"for": "0s"' in body, body


@pytest.mark.parametrize(
    ("intent", "hold"),
    [
        ("alert if checkout error rate > 5%", "5m"),
        ("alert if checkout error rate > 5% for 2 minutes", "2m"),
        ("alert when payments is down", "5m"),
        ("alert when payments is down for 10 minutes", "10m"),
    ],
)
def test_an_alert_hold_said_or_default_is_kept(op: Operator, intent: str, hold: str) -> None:
    _, body = plans(op, intent)
    assert f'"for": "{hold}"' in body, body


# (T) The end of a temporary change said loosely: asked, naming the end and the way back.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("scale worker to 3 upto friday", "upto friday"),
        ("scale worker to 3, expiring monday", "expiring monday"),
        ("scale worker to 3 over the holidays", "over the holidays"),
        ("set LOG_LEVEL=debug in my-api-config untill friday 5pm", "untill friday 5pm"),
        ("set LOG_LEVEL=debug in my-api-config upto friday", "upto friday"),
        ("scale worker to 3 till friday 17:00", "till friday 17:00"),
        ("autoscale checkout 2-10 untill monday", "untill monday"),
    ],
)
def test_an_end_said_loosely_is_asked(op: Operator, intent: str, said: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(said) in question
    assert "reverts" in question


@pytest.mark.parametrize(
    ("intent", "awaits"),
    [
        ("scale worker to 4 tomorrow", "tomorrow"),
        ("scale worker to 3 friday", "friday"),
        ("scale payments to 4 friday 5pm", "friday 5pm"),
        ("scale worker to 3", None),
        ("autoscale checkout up to 10 pods", None),
        ("autoscale checkout from 2 up to 10", None),
    ],
)
def test_a_start_or_no_time_still_plans(op: Operator, intent: str, awaits: str | None) -> None:
    proposal, _ = plans(op, intent)
    assert (proposal.awaits or None) == awaits


# (O) A kind of node, a dashboard or an alert's receiver: asked, never another object planned.
@pytest.mark.parametrize(
    ("intent", "said"),
    [
        ("run checkout on spot nodes", "on spot nodes"),
        ("run checkout on arm nodes", "on arm nodes"),
        ("run checkout on dedicated nodes", "on dedicated nodes"),
        ("run checkout on graviton nodes", "on graviton nodes"),
        ("add a grafana dashboard for payments", "add a grafana dashboard"),
        ("route payments alerts to pagerduty", "route payments alerts"),
        ("add a dashboard for checkout", "add a dashboard"),
    ],
)
def test_another_object_than_planned_is_asked(op: Operator, intent: str, said: str) -> None:
    question = asks(op, intent).question or ""
    assert repr(said) in question, question


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("never two checkout pods on the same node", "patch"),
        ("spread frontend pods across zones", "patch"),
        ("run checkout pods on different nodes", "patch"),
        ("monitor payments with prometheus", "servicemonitor"),
        ("add a ServiceMonitor for payments", "servicemonitor"),
        ("add a servicemonitor for payments so it shows in grafana", "servicemonitor"),
        ("we want payments metrics in grafana", "servicemonitor"),
        ("scrape my-api on its http port for the launch dashboard", "servicemonitor"),
        ("alert when payments is down", "prometheusrule"),
    ],
)
def test_the_nearest_orders_still_plan(op: Operator, intent: str, kind: str) -> None:
    proposal, _ = plans(op, intent)
    assert kind in proposal.operations[0].summary()
