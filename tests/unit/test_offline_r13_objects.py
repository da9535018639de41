"""Round 13, helper objects: the readers of what a request makes (backups, restores, alerts,
monitors, autoscalers, resources, config) read the platform's and the SLO engineer's words.

- A backup said to be another system's ("the platform backup X", "the RDS backup X") is asked
  about, never restored from as if Velero had taken it; "a restore point" is no restore.
- "back it up", "back postgres up" say a backup; "twice a day" is every twelve hours.
- A statement's subject stays for a request that follows from it ("worker has neither, so …");
  "requests and limits" said in a clause without a number is a rule, not one value for both.
- A set said only in a clause of how things are ("every workload runs as non-root") is context.
- A key's own name (ENVIRONMENT=staging) says no env var; a value told of the thing a key is
  named for ("renamed the queue to orders-v2: update QUEUE") is the key's value.
- A lead naming what is made (a Velero schedule) stays when the rest has no verb of its own.
- "the site", "the website", "our storefront" is the workload serving the web.
- "never below three pods and never above fifteen": two bounds, each held.
- "right-size X: requests of 200m cpu …, from the last 30 days' p95": values; the window is no
  quantity.
- "roll the checkout deployment back" beside the version running now leaves that version.
- A ServiceMonitor's "scrape every 30s" is its interval; "the default restart alert" is an
  alert; "serves 5xx for 10 minutes straight" is an alert on any 5xx held ten minutes.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(180)


@pytest.mark.parametrize(
    "intent",
    [
        "restore postgres from the platform backup postgres-daily-20261201",
        "restore orders from the RDS backup orders-0412",
        "restore cart from the provider's backup cart-20261130",
        "restore postgres from the pg_dump backup pg-1201",
        "restore payments from the cloud backup pay-20261130",
    ],
)
def test_a_backup_of_another_system_is_asked_never_restored(shop: Operator, intent: str) -> None:
    question = asks(shop, intent).question or ""
    assert "Velero" in question


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("restore postgres from the velero backup pg-pre-upgrade-1207", "pg-pre-upgrade-1207"),
        ("restore payments from the nightly backup pay-1130", "pay-1130"),
        ("restore payments from backup shop-daily-20261130", "shop-daily-20261130"),
        ("restore orders from the platform's velero backup orders-1", "orders-1"),
    ],
)
def test_a_velero_backup_named_is_still_restored(shop: Operator, intent: str, name: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["Restore"]
    assert f'"backupName": "{name}"' in body


@pytest.mark.parametrize(
    ("intent", "workload"),
    [
        (
            "we want a restore point for postgres before the SLO migration: take a one-off "
            "Velero backup of it now",
            "postgres",
        ),
        (
            "I need a restore point for orders before the schema change, so take a velero "
            "backup of orders now",
            "orders",
        ),
    ],
)
def test_a_restore_point_is_a_backup_made_now(shop: Operator, intent: str, workload: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["Backup"]
    assert f'"app": "{workload}"' in body


@pytest.mark.parametrize(
    ("intent", "cron", "ttl"),
    [
        ("our RPO objective for postgres is 4h, so back it up every four hours", "0 */4 * * *", ""),
        ("back postgres up daily at 00:00, 30-day retention", "0 0 * * *", "720h"),
        ("back up orders twice a day", "0 */12 * * *", ""),
        ("velero backup of postgres 4x per day, keep a week", "0 */6 * * *", "168h"),
        (
            "each database gets the standard nightly backup: postgres at 01:30, keep 14 days",
            "30 1 * * *",
            "336h",
        ),
    ],
)
def test_backup_schedules_said_in_the_platform_voice(
    shop: Operator, intent: str, cron: str, ttl: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["Schedule"]
    assert f'"schedule": "{cron}"' in body
    assert ttl in body


@pytest.mark.parametrize(
    "intent",
    [
        "back up cart 5 times a day",
        "back up cart twice a day at 6 and 18",
        "restore postgres to the restore point from this morning",
        # "every stateful workload" holds the cache StatefulSet too: which is meant is asked
        # (after the merge with round 13's reading of facts, where "gets a …" is given).
        "every stateful workload gets the standard Velero schedule: postgres daily at 00:00, "
        "30-day retention",
    ],
)
def test_backup_near_misses_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def _resources(body: str) -> dict[str, object]:
    ops = json.loads(body)
    containers = ops[0]["patch"]["spec"]["template"]["spec"]["containers"]
    return dict(containers[0]["resources"])


@pytest.mark.parametrize(
    ("intent", "workload", "resources"),
    [
        (
            "golden path: every container needs requests and limits. worker has neither, so "
            "100m/128Mi requests and a 256Mi memory limit",
            "worker",
            {"requests": {"cpu": "100m", "memory": "128Mi"}, "limits": {"memory": "256Mi"}},
        ),
        (
            "scorecard says every pod needs requests and limits. my-api has none, so 200m/256Mi "
            "requests and 512Mi memory limit",
            "my-api",
            {"requests": {"cpu": "200m", "memory": "256Mi"}, "limits": {"memory": "512Mi"}},
        ),
        (
            "worker has no limits, so it needs a 256Mi memory limit",
            "worker",
            {"limits": {"memory": "256Mi"}},
        ),
        (
            "right-size my-api: requests of 200m cpu and 256Mi memory per pod, from the last 30 "
            "days' p95",
            "my-api",
            {"requests": {"cpu": "200m", "memory": "256Mi"}},
        ),
        (
            "When it's throttling you raise the request first: my-api cpu request to 200m",
            "my-api",
            {"requests": {"cpu": "200m"}},
        ),
    ],
)
def test_resources_in_the_scorecard_voice(
    shop: Operator, intent: str, workload: str, resources: dict[str, object]
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [workload]
    assert _resources(body) == resources


@pytest.mark.parametrize(
    "intent",
    [
        "set worker memory limit to 512Mi for 2 hours",
        "resize worker: limits of 1Gi memory based on the p95 over 14 days",
    ],
)
def test_resources_near_misses_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "workload"),
    [
        ("baseline policy is that every workload runs as non-root. start with worker", "worker"),
        ("every deployment runs as root, fix worker", "worker"),
    ],
)
def test_a_set_said_as_a_fact_is_context(shop: Operator, intent: str, workload: str) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == [workload]
    assert '"runAsNonRoot": true' in body


@pytest.mark.parametrize(
    "intent",
    [
        "every service should have a readiness probe. start with orders",
        "restart everything sans the db",
    ],
)
def test_a_set_said_as_an_order_is_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "configmap", "data"),
    [
        (
            "shared-config should carry the standard key ENVIRONMENT=staging",
            "shared-config",
            {"ENVIRONMENT": "staging"},
        ),
        ("set ENVIRONMENT=staging in shared-config", "shared-config", {"ENVIRONMENT": "staging"}),
        (
            "the messaging team renamed the queue to orders-v2: update QUEUE in orders-config "
            "and restart orders",
            "orders-config",
            {"QUEUE": "orders-v2"},
        ),
        (
            "the queue is now called orders-v7; QUEUE in orders-config should follow",
            "orders-config",
            {"QUEUE": "orders-v7"},
        ),
        (
            "the upstream team moved the queue to orders-v3; change QUEUE in orders-config "
            "accordingly",
            "orders-config",
            {"QUEUE": "orders-v3"},
        ),
    ],
)
def test_configmap_keys_and_values_told(
    shop: Operator, intent: str, configmap: str, data: dict[str, str]
) -> None:
    proposal, _ = plans(shop, intent)
    first = proposal.operations[0]
    assert (first.target.kind, first.target.name) == ("ConfigMap", configmap)
    assert first.model_dump(mode="json")["patch"] == {"data": data}


@pytest.mark.parametrize(
    "intent",
    [
        "update QUEUE in orders-config",
        "the bucket was renamed to media-2, update QUEUE in orders-config",
    ],
)
def test_a_key_without_a_value_told_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_set_env_on_a_workload_stays_an_env_var(shop: Operator) -> None:
    proposal, body = plans(shop, "set env ENVIRONMENT=staging on my-api")
    assert proposal.operations[0].target.kind == "Deployment"
    assert '"name": "ENVIRONMENT"' in body


@pytest.mark.parametrize(
    ("intent", "low", "high"),
    [
        (
            "make the site scale up on its own when traffic spikes, never below three pods and "
            "never above fifteen",
            3,
            15,
        ),
        ("let the website autoscale between 2 and 8 replicas on cpu", 2, 8),
        ("autoscale frontend, never below three pods and never above fifteen", 3, 15),
    ],
)
def test_the_site_autoscales_within_its_bounds(
    shop: Operator, intent: str, low: int, high: int
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.name for o in proposal.operations] == ["frontend"]
    assert f'"minReplicas": {low}' in body
    assert f'"maxReplicas": {high}' in body


def test_the_storefront_is_the_frontend(shop: Operator) -> None:
    proposal, _ = plans(shop, "scale the storefront to 4")
    assert [o.summary() for o in proposal.operations] == [
        "scale deployment/frontend in shop to 4 replicas"
    ]


@pytest.mark.parametrize("intent", ["scale the pods in the eu site to 3", "restart site b"])
def test_a_site_as_a_place_is_no_workload(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    "intent",
    [
        "checkout 1.1.0 broke the payment step on Safari, roll the checkout deployment back",
        "checkout 1.1.0 has a memory leak, roll the whole checkout deployment back",
    ],
)
def test_the_version_running_now_is_the_one_a_rollback_leaves(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert [o.kind for o in proposal.operations] == ["rollout_undo"]


def test_a_rollback_to_the_version_running_now_is_asked(shop: Operator) -> None:
    asks(shop, "roll the checkout deployment back to 1.1.0")


@pytest.mark.parametrize(
    ("intent", "wanted"),
    [
        (
            "add a ServiceMonitor for payments so the availability SLI has data, scrape every 30s",
            '"interval": "30s"',
        ),
        (
            "add the default restart alert for orders: fire when any of its pods restarts more "
            "than 3 times in an hour",
            "kube_pod_container_status_restarts_total",
        ),
        (
            "add an alert for orders that fires when its pods restart more than 3 times in an hour",
            "[1h]",
        ),
        ("create an OOM alert for worker: OOMKilled more than 2 times in 1h", "oom"),
        ("alert us if frontend serves 5xx for 10 minutes straight", '"for": "10m"'),
        ("page the on-call when payments returns 5xx errors for 5 minutes", "5.."),
    ],
)
def test_monitoring_in_the_slo_voice(shop: Operator, intent: str, wanted: str) -> None:
    proposal, body = plans(shop, intent)
    assert len(proposal.operations) == 1
    assert wanted in body.lower() or wanted in body


@pytest.mark.parametrize(
    "intent",
    [
        "alert for payments when it has fewer than 2 ready pods for ever",
        "alert if frontend serves 503s for 10 minutes",
    ],
)
def test_monitoring_near_misses_still_ask(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "expr"),
    [
        (
            "create a burn-rate alert for my-api against our 99.9% SLO: page when the 1h burn "
            "rate on 5xx goes over 14.4",
            "[1h]))) / 0.001 > 14.4",
        ),
        (
            "alert when payments 6h burn rate exceeds 6, the availability target is 99.5%",
            "[6h]))) / 0.005 > 6",
        ),
    ],
)
def test_a_burn_rate_alert_divides_by_the_budget_said(
    shop: Operator, intent: str, expr: str
) -> None:
    proposal, _ = plans(shop, intent)
    manifest = proposal.operations[0].model_dump(mode="json")["manifest"]
    assert expr in manifest["spec"]["groups"][0]["rules"][0]["expr"]


@pytest.mark.parametrize(
    "intent",
    [
        # No SLO target: a burn rate of no budget is no number.
        "create a burn-rate alert for my-api: page when the 1h burn rate on 5xx goes over 14.4",
        # No window.
        "alert when my-api burn rate goes over 14.4 against a 99.9% SLO",
    ],
)
def test_a_burn_rate_without_its_budget_or_window_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


@pytest.mark.parametrize(
    ("intent", "workload"),
    [
        ("before we resize postgres, take a Velero backup of it", "postgres"),
        ("before we migrate orders, back it up with velero", "orders"),
    ],
)
def test_it_is_the_one_workload_the_message_names(
    shop: Operator, intent: str, workload: str
) -> None:
    proposal, body = plans(shop, intent)
    assert [o.target.kind for o in proposal.operations] == ["Backup"]
    assert f'"matchLabels": {{"app": "{workload}"}}' in body


@pytest.mark.parametrize(
    "intent",
    ["let's set the worker HPA's max to 20", "set the worker HPA's max to 20"],
)
def test_a_field_of_an_object_that_is_not_there_is_asked(shop: Operator, intent: str) -> None:
    question = asks(shop, intent).question or ""
    assert "no HorizontalPodAutoscaler 'worker'" in question


def test_an_autoscaler_asked_for_is_still_made(shop: Operator) -> None:
    proposal, body = plans(shop, "add an hpa to worker, max 20")
    assert "HorizontalPodAutoscaler" in [o.target.kind for o in proposal.operations]
    assert '"maxReplicas": 20' in body


@pytest.mark.parametrize(
    ("intent", "key"),
    [
        ("let's spread payments across nodes with a topology spread constraint", "hostname"),
        ("spread orders over zones with a topology spread constraint", "zone"),
        ("add a topologySpreadConstraint to my-api so its pods prefer different nodes", "hostname"),
    ],
)
def test_a_topology_spread_constraint_said_is_the_one_planned(
    shop: Operator, intent: str, key: str
) -> None:
    _, body = plans(shop, intent)
    assert "topologySpreadConstraints" in body
    assert "podAntiAffinity" not in body
    assert key in body


def test_lowering_a_budget_to_n_lowers_the_field_it_sets(shop: Operator) -> None:
    _, body = plans(
        shop,
        "orders can't drain with minAvailable 2 on 2 pods, which wrecks the maintenance plan. "
        "lower its budget to 1",
    )
    assert '"minAvailable": 1' in body


@pytest.mark.parametrize(
    "intent",
    [
        "lower its budget to 2, orders can't drain",
        "the orders pdb blocks drains, drop the orders pdb to 1",
    ],
)
def test_a_budget_lowered_to_no_relax_is_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)
