"""Numbers and fields said in their roles for autoscalers, probes, monitors and backups (issue
11, session 6): autoscaler bounds said as "floor 3, max 12, cpu 70", "scale out to 12 under load
but never drop below 3", a range with its utilisation; a KEDA Prometheus trigger whose query is
said inline, its server as "prom at http://…", its threshold as "past 100 rps", a floor of zero
("go to zero when nothing is queued"); probe fields said as "period should be 20 seconds", a
start-up budget as its factors ("up to 10 min (60 x 10s)"); a port by its number in brackets; a
dump job's history ("keep the last 5 successful runs"), a TTL said with "keeps", the reason of a
one-off backup ("before we upgrade it to 17"). Written in other words than the blind cases."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


def _manifest(shop: Operator, intent: str, kind: str) -> dict[str, Any]:
    proposal, _ = plans(shop, intent)
    found = [
        o.model_dump(mode="json")["manifest"]
        for o in proposal.operations
        if o.kind == "apply" and o.manifest.get("kind") == kind
    ]
    assert len(found) == 1, [o.summary() for o in proposal.operations]
    return found[0]


def _container(shop: Operator, intent: str) -> dict[str, Any]:
    proposal, _ = plans(shop, intent)
    assert len(proposal.operations) == 1, [o.summary() for o in proposal.operations]
    patch = proposal.operations[0].model_dump(mode="json")["patch"]
    containers: list[dict[str, Any]] = patch["spec"]["template"]["spec"]["containers"]
    assert len(containers) == 1
    return containers[0]


@pytest.mark.parametrize(
    ("intent", "low", "high", "metrics"),
    [
        ("checkout gets an autoscaler: floor 2, ceiling 8, cpu 65", 2, 8, {"cpu": 65}),
        ("after last night's outage my-api gets an hpa: floor 3, max 9, cpu 60", 3, 9, {"cpu": 60}),
        ("let checkout grow on cpu, somewhere between 2 and 7 at 60%", 2, 7, {"cpu": 60}),
        ("checkout: between 3 and 9 pods at 80% memory", 3, 9, {"memory": 80}),
        ("my-api should scale on cpu and memory, 3 to 12 pods, 70% each", 3, 12, None),
        ("allow frontend to scale out to 12 under heavy load but never drop below 3", 3, 12, None),
        ("checkout may burst up to 9 pods with the load, never fewer than 2", 2, 9, None),
        (
            "autoscale payments between 2 and 6 replicas at 60 percent cpu (its pdb with min 1 "
            "stays)",
            2,
            6,
            {"cpu": 60},
        ),
    ],
)
def test_autoscaler_bounds_said_in_their_roles_are_planned(
    shop: Operator, intent: str, low: int, high: int, metrics: dict[str, int] | None
) -> None:
    spec = _manifest(shop, intent, "HorizontalPodAutoscaler")["spec"]
    assert (spec["minReplicas"], spec["maxReplicas"]) == (low, high)
    if metrics is not None:
        said = {
            m["resource"]["name"]: m["resource"]["target"]["averageUtilization"]
            for m in spec["metrics"]
        }
        assert said == metrics


def test_both_resources_at_one_target_each(shop: Operator) -> None:
    spec = _manifest(
        shop,
        "my-api should scale on cpu and memory, 3 to 12 pods, 70% each",
        "HorizontalPodAutoscaler",
    )["spec"]
    assert sorted(
        (m["resource"]["name"], m["resource"]["target"]["averageUtilization"])
        for m in spec["metrics"]
    ) == [("cpu", 70), ("memory", 70)]


@pytest.mark.parametrize(
    ("intent", "metadata", "low", "high"),
    [
        (
            "keda for checkout with a prometheus trigger on sum(rate(http_requests_total[2m])) "
            "above 200, prom at http://prometheus.monitoring:9090",
            {
                "query": "sum(rate(http_requests_total[2m]))",
                "serverAddress": "http://prometheus.monitoring:9090",
                "threshold": "200",
            },
            None,
            None,
        ),
        (
            "scaledobject for worker, prometheus trigger, server "
            "http://prometheus.monitoring:9090, query sum(jobs_waiting), threshold 25, max 12",
            {
                "query": "sum(jobs_waiting)",
                "serverAddress": "http://prometheus.monitoring:9090",
                "threshold": "25",
            },
            None,
            12,
        ),
        (
            "orders should scale with keda on the prometheus metric orders_backlog_total from "
            "http://prom.monitoring:9090, threshold 40, min 1 max 10",
            {
                "query": "orders_backlog_total",
                "serverAddress": "http://prom.monitoring:9090",
                "threshold": "40",
            },
            1,
            10,
        ),
        (
            "keda on worker from prometheus at http://prometheus.monitoring:9090, query "
            "sum(jobs_pending), threshold 10, max 15, go to zero when nothing is queued",
            {
                "query": "sum(jobs_pending)",
                "serverAddress": "http://prometheus.monitoring:9090",
                "threshold": "10",
            },
            0,
            15,
        ),
        (
            "autoscale worker with keda: prometheus http://prom.monitoring:9090 on "
            "sum(jobs_pending) past 20, scale down to 0 when idle, at most 8",
            {
                "query": "sum(jobs_pending)",
                "serverAddress": "http://prom.monitoring:9090",
                "threshold": "20",
            },
            0,
            8,
        ),
    ],
)
def test_a_prometheus_trigger_said_without_its_field_names_is_read(
    shop: Operator,
    intent: str,
    metadata: dict[str, str],
    low: int | None,
    high: int | None,
) -> None:
    spec = _manifest(shop, intent, "ScaledObject")["spec"]
    assert spec["triggers"] == [{"type": "prometheus", "metadata": metadata}]
    if low is not None:
        assert spec["minReplicaCount"] == low
    if high is not None:
        assert spec["maxReplicaCount"] == high


@pytest.mark.parametrize(
    ("intent", "question"),
    [
        # KEDA cannot scale on a query without knowing where Prometheus is: never made up.
        (
            "keda for worker with a prometheus trigger on sum(jobs_queued) threshold 50",
            "serverAddress",
        ),
        # Utilisation cannot wake a workload from zero: only an event trigger scales to zero.
        ("keda for worker on cpu 70%, scale to zero when idle", "at least 1 replica"),
        # Two floors said: which one is asked.
        ("autoscale my-api 1-5 at 70% cpu, go to zero at night", "two minimums"),
    ],
)
def test_a_trigger_or_a_floor_that_cannot_hold_is_asked(
    shop: Operator, intent: str, question: str
) -> None:
    assert question in (asks(shop, intent).question or "")


@pytest.mark.parametrize(
    ("intent", "probe", "fields"),
    [
        (
            "frontend readiness probe: period should be 20 seconds",
            "readinessProbe",
            {"periodSeconds": 20},
        ),
        (
            "on my-api's liveness probe the failure threshold is to be 6",
            "livenessProbe",
            {"failureThreshold": 6},
        ),
        (
            "startup probe on postgres, tcp 5432, give it up to 10 min (60 x 10s)",
            "startupProbe",
            {"tcpSocket": {"port": 5432}, "periodSeconds": 10, "failureThreshold": 60},
        ),
        (
            "startup probe for postgres, tcp 5432, 20 checks 15s apart",
            "startupProbe",
            {"tcpSocket": {"port": 5432}, "periodSeconds": 15, "failureThreshold": 20},
        ),
        (
            "give postgres a startup probe on tcp 5432: 10s \u00d7 45",
            "startupProbe",
            {"tcpSocket": {"port": 5432}, "periodSeconds": 10, "failureThreshold": 45},
        ),
        (
            "add a readiness probe to checkout, /ready on 8080",
            "readinessProbe",
            {"httpGet": {"path": "/ready", "port": 8080}},
        ),
        (
            "checkout has no liveness probe. add one on /healthz port 8080, restart after 3 fails",
            "livenessProbe",
            {"httpGet": {"path": "/healthz", "port": 8080}, "failureThreshold": 3},
        ),
    ],
)
def test_probe_fields_said_in_their_roles_are_planned(
    shop: Operator, intent: str, probe: str, fields: dict[str, Any]
) -> None:
    container = _container(shop, intent)
    for key, value in fields.items():
        assert container[probe][key] == value


def test_a_budget_whose_total_is_not_its_product_is_asked(shop: Operator) -> None:
    question = asks(shop, "startup probe on postgres, tcp 5432, allow up to 4 min (30 x 10s)")
    assert question.question


@pytest.mark.parametrize(
    "intent",
    [
        "liveness on orders /healthz port 8080, not on envoy",
        "readiness probe for orders on /healthz port 8080, not on the envoy sidecar",
        "a readiness check on the orders app container, /healthz port 8080; don't put it on envoy",
    ],
)
def test_a_container_kept_out_is_not_the_one_patched(shop: Operator, intent: str) -> None:
    assert _container(shop, intent)["name"] == "app"


def test_a_port_number_in_brackets_is_the_port_scraped(shop: Operator) -> None:
    spec = _manifest(
        shop,
        "scrape orders through its admin port (9901), path /stats/prometheus, every 30s",
        "PodMonitor",
    )["spec"]
    assert spec["podMetricsEndpoints"][0]["port"] == "admin"
    # A name said with another port's number: which one is asked, never the name alone.
    assert "8080, not 9901" in (
        asks(shop, "scrape orders via its http port (9901) at /stats/prometheus").question or ""
    )


@pytest.mark.parametrize(
    ("intent", "succeeded", "failed"),
    [
        ("nightly pg_dump of postgres at 1am, keep the last 5 successful runs", 5, 3),
        (
            "postgres dump cronjob at 02:30 every day, keep the last 7 successful jobs and the "
            "last 2 failed ones",
            7,
            2,
        ),
        ("db dump cron job for postgres every day at 4, retain only the latest 10 jobs", 10, 3),
    ],
)
def test_a_dump_jobs_history_is_its_history_limit(
    shop: Operator, intent: str, succeeded: int, failed: int
) -> None:
    spec = _manifest(shop, intent, "CronJob")["spec"]
    assert (spec["successfulJobsHistoryLimit"], spec["failedJobsHistoryLimit"]) == (
        succeeded,
        failed,
    )


def test_velero_keeps_by_time_not_by_count(shop: Operator) -> None:
    assert "by count" in (
        asks(shop, "velero schedule for the namespace at 3am, keep the last 5 runs").question or ""
    )


@pytest.mark.parametrize(
    ("intent", "kind", "ttl", "schedule", "selected"),
    [
        (
            "velero schedule for the namespace, daily at 03:00, keeps backups 14 days",
            "Schedule",
            "336h0m0s",
            "0 3 * * *",
            None,
        ),
        (
            "velero backup of postgres before we upgrade it to 17, expiry 48h",
            "Backup",
            "48h0m0s",
            None,
            "postgres",
        ),
        (
            "ahead of the Monday launch please take a velero backup of the namespace, ttl 24h",
            "Backup",
            "24h0m0s",
            None,
            None,
        ),
        (
            "velero schedule: include only the postgres statefulset and its pvcs, nightly at 1am, "
            "ttl 168h",
            "Schedule",
            "168h0m0s",
            "0 1 * * *",
            "postgres",
        ),
    ],
)
def test_backup_roles_said_are_planned(
    shop: Operator,
    intent: str,
    kind: str,
    ttl: str,
    schedule: str | None,
    selected: str | None,
) -> None:
    manifest = _manifest(shop, intent, kind)
    spec = manifest["spec"]
    body = spec["template"] if kind == "Schedule" else spec
    assert body["ttl"] == ttl
    assert spec.get("schedule") == schedule
    labels = (body.get("labelSelector") or {}).get("matchLabels")
    assert labels == ({"app": selected} if selected else None), json.dumps(body)
