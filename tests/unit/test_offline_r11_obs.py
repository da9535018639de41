"""Monitoring and backup requests beyond the few shapes the planner knew (round 11, helper obs):
an alert's condition from a typed catalogue (planner/offline/signals.py), a restore of a backup
named exactly (restore.plan_said), a cadence turned down beside the one asked, a one-off backup
taken before a deletion (no delete planned). The phrasings are this helper's own; the near
misses must still ask."""

from __future__ import annotations

import json
import re

import pytest

from dotop_nb.planner.offline import signals
from dotop_nb.service import Operator
from tests.memory import asks, plans


def _rule(shop: Operator, said: str) -> dict:
    proposal, _ = plans(shop, said)
    (op,) = proposal.operations
    assert op.kind == "apply"
    manifest = op.manifest  # type: ignore[union-attr]
    assert manifest["kind"] == "PrometheusRule"
    (rule,) = manifest["spec"]["groups"][0]["rules"]
    return dict(rule)


@pytest.mark.parametrize(
    ("said", "expr_has", "hold"),
    [
        (
            "Add a PrometheusRule that fires when the orders 5xx ratio stays above 4% for 15 "
            "minutes.",
            ['job="orders"', 'code=~"5.."', "> 0.04"],
            "15m",
        ),
        (
            "alert me when the my-api error rate goes over 2.5% for 10m",
            ['job="my-api"', "> 0.025"],
            "10m",
        ),
        (
            "frontend | page when p95 > 1200ms for 10m | PrometheusRule",
            ["histogram_quantile(0.95", 'job="frontend"', "> 1.2"],
            "10m",
        ),
        (
            "alert if checkout p99 latency is above 2s for 5 minutes",
            ["histogram_quantile(0.99", "> 2"],
            "5m",
        ),
        (
            "a PrometheusRule that warns when payments uses less than 5% of its CPU request "
            "for 12h",
            ["container_cpu_usage_seconds_total", 'resource="cpu"', "requests", "< 0.05"],
            "12h",
        ),
        (
            "alert when orders memory is above 90% of its limit for 15 minutes",
            ["container_memory_working_set_bytes", "limits", "> 0.9"],
            "15m",
        ),
    ],
)
def test_an_alert_condition_of_the_catalogue_is_written_as_said(
    shop: Operator, said: str, expr_has: list[str], hold: str
) -> None:
    rule = _rule(shop, said)
    for part in expr_has:
        assert part in rule["expr"], rule["expr"]
    assert rule["for"] == hold


@pytest.mark.parametrize(
    ("said", "window", "count"),
    [
        (
            "Add a PrometheusRule that alerts when a worker container restarts more than 4 "
            "times in 20 minutes.",
            "20m",
            "> 4",
        ),
        ("alert when payments restarts more than 2 times in 1h", "1h", "> 2"),
        ("page us if orders gets OOMKilled more than 1 times in 30 minutes", "30m", "> 1"),
    ],
)
def test_restarts_in_an_alert_condition_are_the_rules_own(
    shop: Operator, said: str, window: str, count: str
) -> None:
    # The condition's "restarts" is no restart: one PrometheusRule, no rollout restart, no wait.
    rule = _rule(shop, said)
    assert f"[{window}]" in rule["expr"]
    assert count in rule["expr"]
    assert "for" not in rule
    assert 'pod=~"' in rule["expr"]


def test_severity_said_is_the_rules_label(shop: Operator) -> None:
    rule = _rule(shop, "Add a PrometheusRule: frontend 5xx ratio above 3% for 5m, severity page.")
    assert rule["labels"] == {"severity": "page"}


def test_the_pods_of_a_workload_are_its_own() -> None:
    # "payments" never matches a longer workload's pods ("payments-worker-…").
    pattern = signals.pods("Deployment", "payments")
    assert re.fullmatch(pattern, "payments-7d9f8c6b5-x2k1q")
    assert not re.fullmatch(pattern, "payments-worker-7d9f8c6b5-x2k1q")


@pytest.mark.parametrize(
    "said",
    [
        # a signal outside the catalogue
        "alert when payments queue depth exceeds 100 for 5m",
        # a qualifier the expression cannot carry
        "alert when checkout error rate is above 1% on the /pay route for 5m",
        # two conditions in one rule
        "alert when orders 5xx ratio is above 2% or p99 > 500ms for 5m",
        # a ratio that is no ratio
        "alert when orders 5xx ratio is above 150% for 5m",
        # an alert and a monitor in one request: neither dropped
        "add a servicemonitor for payments and alert if payments has fewer than 2 ready pods "
        "for 5m",
        # a container without the request the ratio divides by
        "alert when cache uses less than 10% of its cpu request for 1h",
        # a restart with a threshold it cannot write ("alert when my-api restarts" alone is any
        # restart since round 19: test_offline_r19_kinds)
        "alert when my-api restarts more than usual",
    ],
)
def test_an_alert_not_expressed_exactly_asks(shop: Operator, said: str) -> None:
    asks(shop, said)


def test_a_restart_beside_an_alert_on_restarts_plans_both(shop: Operator) -> None:
    proposal, _ = plans(
        shop, "restart payments and alert when it restarts more than 3 times in 10m"
    )
    assert [o.kind for o in proposal.operations] == ["rollout_restart", "apply"]


def test_an_alert_named_as_context_leaves_the_monitor_asked(shop: Operator) -> None:
    proposal, _ = plans(
        shop,
        "Alert 'TargetDown job=frontend' keeps firing since nothing scrapes payments. Add a "
        "ServiceMonitor for payments on the http port.",
    )
    assert [o.target.kind for o in proposal.operations] == ["ServiceMonitor"]


@pytest.mark.parametrize(
    ("said", "backup", "labels", "awaits"),
    [
        (
            "Restore Velero backup shop-weekly-20261122 into this namespace.",
            "shop-weekly-20261122",
            None,
            None,
        ),
        (
            "restore orders from the velero backup orders-pre-migration-0311",
            "orders-pre-migration-0311",
            {"app": "orders"},
            None,
        ),
        ("please restore from the backup named nightly-0412", "nightly-0412", None, None),
        # A change row's day and time: the restore waits on them (the calendar's convention).
        (
            "Restore | velero | backup shop-nightly-20261205 | into this namespace | Sun 09:00",
            "shop-nightly-20261205",
            None,
            "Sun 09:00",  # round 15: awaits are the words as sent (waits.as_sent)
        ),
        (
            "at 22:00 restore payments from backup pay-1130",
            "pay-1130",
            {"app": "payments"},
            "at 22:00",
        ),
    ],
)
def test_a_restore_of_a_backup_named_exactly_plans(
    shop: Operator, said: str, backup: str, labels: dict | None, awaits: str | None
) -> None:
    proposal, body = plans(shop, said)
    (op,) = proposal.operations
    manifest = op.manifest  # type: ignore[union-attr]
    assert manifest["kind"] == "Restore"
    assert manifest["spec"]["backupName"] == backup
    assert manifest["spec"]["includedNamespaces"] == ["shop"]
    assert manifest["spec"].get("labelSelector", {}).get("matchLabels") == labels
    assert proposal.awaits == awaits
    assert "delete" not in json.loads(body)[0]["kind"]


@pytest.mark.parametrize(
    "said",
    [
        "restore yesterday's backup",
        "restore the latest velero backup",
        "restore backup shop-nightly-20261201 into staging",
        "restore backup shop-nightly-20261201 into the qa namespace",
        "restore backup nightly-0412 tomorrow",
        "restore backups nightly-0412 and nightly-0413",
    ],
)
def test_a_restore_without_an_exact_backup_or_with_an_unread_time_asks(
    shop: Operator, said: str
) -> None:
    asks(shop, said)


@pytest.mark.parametrize(
    ("said", "cron", "ttl"),
    [
        (
            "Set up backups as a weekly Velero schedule, not a daily one: Saturdays 03:00, "
            "keep 2 weeks.",
            "0 3 * * 6",
            "336h0m0s",
        ),
        ("nightly velero backup at 1, not weekly ones, keep 7 days", "0 1 * * *", "168h0m0s"),
        ("snapshot the postgres every night at 3, not hourly", "0 3 * * *", "720h0m0s"),
    ],
)
def test_a_cadence_turned_down_is_no_negation(
    shop: Operator, said: str, cron: str, ttl: str
) -> None:
    proposal, _ = plans(shop, said)
    (op,) = proposal.operations
    manifest = op.manifest  # type: ignore[union-attr]
    assert manifest["spec"]["schedule"] == cron
    assert manifest["spec"]["template"]["ttl"] == ttl


def test_a_cadence_turned_down_alone_asks(shop: Operator) -> None:
    asks(shop, "a velero backup schedule, not a daily one")


@pytest.mark.parametrize(
    ("said", "labels"),
    [
        (
            "Before we delete worker, take a one-off Velero backup of just its resources "
            "(label app=worker).",
            {"app": "worker"},
        ),
        (
            "before we decommission orders, take a one-off velero backup of orders",
            {"app": "orders"},
        ),
    ],
)
def test_a_backup_before_a_deletion_plans_no_delete(
    shop: Operator, said: str, labels: dict
) -> None:
    proposal, _ = plans(shop, said)
    (op,) = proposal.operations
    assert op.kind == "apply"
    manifest = op.manifest  # type: ignore[union-attr]
    assert manifest["kind"] == "Backup"
    assert manifest["spec"]["labelSelector"]["matchLabels"] == labels


@pytest.mark.parametrize(
    "said",
    [
        "before removing orders, back it up with velero",
        "delete worker before the upgrade, take a velero backup",
        "before we delete worker take a backup and delete worker",
    ],
)
def test_a_deletion_beside_a_backup_still_asks(shop: Operator, said: str) -> None:
    asks(shop, said)
