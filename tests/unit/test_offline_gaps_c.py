"""Gaps of the offline planner found by the second blind set (issue 11), tested with other words
and other objects than the blind cases: a variable named as what a destructive verb removes, a
sign said in words, an amount "on top", a kind said with the workloads to delete, and schedule,
retention, interval and pod-security values read as said."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dotop_nb.cluster.memory import MemoryCluster
from dotop_nb.models import ApplyOp, Proposal
from dotop_nb.service import Operator
from tests import crds
from tests.helpers import deployment
from tests.memory import engine

pytestmark = pytest.mark.timeout(30)


def _billing() -> dict[str, Any]:
    billing = deployment("billing", "shop", image="ghcr.io/x/billing:2")
    container = billing["spec"]["template"]["spec"]["containers"][0]
    container["env"] = [{"name": "RETRY_LIMIT", "value": "3"}, {"name": "queue_url", "value": "q"}]
    container["envFrom"] = [{"configMapRef": {"name": "billing-settings"}}]
    return billing


@pytest.fixture(scope="module")
def op(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    _, operator = engine(
        tmp_path_factory.mktemp("gaps-c"),
        _billing(),
        deployment("crawler", "shop", image="ghcr.io/x/crawler:1"),
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "billing", "namespace": "shop"},
            "spec": {"selector": {"app": "billing"}, "ports": [{"port": 80}]},
        },
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {
                "name": "billing-settings",
                "namespace": "shop",
                "labels": {"app": "billing"},
            },
            "data": {"MODE": "live"},
        },
        cluster=cluster,
    )
    yield operator
    operator.close()


def _plan(op: Operator, intent: str) -> Proposal:
    return op.analyze(intent, namespace="shop")


def _summaries(p: Proposal) -> list[str]:
    assert p.status == "proposed", p.question
    return [o.summary() for o in p.operations]


def _patch(p: Proposal) -> Any:
    assert p.status == "proposed", p.question
    (operation,) = p.operations
    return getattr(operation, "patch", None)


@pytest.mark.parametrize(
    ("intent", "name"),
    [
        ("ditch the RETRY_LIMIT variable on billing", "RETRY_LIMIT"),
        ("take out env RETRY_LIMIT from billing", "RETRY_LIMIT"),
        ("get rid of the queue_url var in billing", "queue_url"),
    ],
)
def test_a_variable_named_as_what_a_verb_removes_is_removed_not_deleted(
    op: Operator, intent: str, name: str
) -> None:
    assert _patch(_plan(op, intent)) == {
        "spec": {
            "template": {
                "spec": {
                    "containers": [{"name": "app", "env": [{"name": name, "$patch": "delete"}]}]
                }
            }
        }
    }


@pytest.mark.parametrize(
    "intent",
    [
        "tear down RETRY_LIMIT in billing",
        "decommission the billing flag",
        "destroy billing's label",
    ],
)
def test_a_delete_whose_object_is_a_setting_is_asked_never_planned(
    op: Operator, intent: str
) -> None:
    p = _plan(op, intent)
    assert p.status == "needs_clarification", _summaries(p)
    assert "not an object to delete" in (p.question or "")
    assert p.operations == []


@pytest.mark.parametrize(
    "intent",
    [
        "set crawler replicas to minus three",
        "scale crawler to negative 1",
        "crawler replicas should be minus 4",
    ],
)
def test_a_negative_said_in_words_is_asked(op: Operator, intent: str) -> None:
    p = _plan(op, intent)
    assert p.status == "needs_clarification", _summaries(p)
    assert "is negative" in (p.question or "")


def test_minus_between_a_workload_and_a_count_still_subtracts(op: Operator) -> None:
    assert _summaries(_plan(op, "crawler replicas minus 1")) == [
        "scale deployment/crawler in shop to 1 replicas"
    ]


@pytest.mark.parametrize(
    ("intent", "resource", "value"),
    [
        ("give crawler another 100m of cpu request", "cpu", "150m"),
        ("crawler needs an extra 64Mi on its memory request", "memory", "128Mi"),
        ("memory request of crawler: 192Mi more", "memory", "256Mi"),
    ],
)
def test_an_amount_on_top_adds_to_the_current_value(
    op: Operator, intent: str, resource: str, value: str
) -> None:
    body = _patch(_plan(op, intent))
    assert body["spec"]["template"]["spec"]["containers"] == [
        {"name": "app", "resources": {"requests": {resource: value}}}
    ]


def test_the_kind_said_with_the_workloads_restricts_the_delete_to_it(op: Operator) -> None:
    assert _summaries(_plan(op, "remove the crawler and billing deployments")) == [
        "delete deployment/crawler in shop",
        "delete deployment/billing in shop",
    ]
    assert _summaries(_plan(op, "scrap the billing deployment")) == [
        "delete deployment/billing in shop"
    ]
    # Without a kind, or asking for the stack: what belongs to billing goes with it.
    stack = [
        "delete service/billing in shop",
        "delete deployment/billing in shop",
        "delete configmap/billing-settings in shop",
    ]
    assert _summaries(_plan(op, "decommission billing")) == stack
    assert (
        _summaries(_plan(op, "delete the billing deployment with everything that belongs to it"))
        == stack
    )


@pytest.fixture(scope="module")
def addons(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    crds.install(cluster.client(), "velero", "prometheus-operator")
    _, operator = engine(
        tmp_path_factory.mktemp("gaps-c-addons"),
        deployment("ledger", "shop", labels={"tier": "money"}),
        deployment("mailer", "shop", labels={"tier": "money"}),
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "mailer", "namespace": "shop", "labels": {"app": "mailer"}},
            "spec": {"selector": {"app": "mailer"}, "ports": [{"name": "web", "port": 80}]},
        },
        cluster=cluster,
    )
    yield operator
    operator.close()


def _manifest(p: Proposal) -> Any:
    assert p.status == "proposed", p.question
    (operation,) = p.operations
    assert isinstance(operation, ApplyOp)
    return operation.manifest


@pytest.mark.parametrize(
    ("intent", "schedule", "ttl"),
    [
        (
            "velero schedule for tier=money at ten past three at night, keep the copies 5 days",
            "10 3 * * *",
            "120h0m0s",
        ),
        (
            "velero backup of the money tier (tier=money) at quarter to eleven in the evening, "
            "a 3-day retention",
            "45 22 * * *",
            "72h0m0s",
        ),
        ("velero backups of tier=money on weekdays at 7pm, 21 day ttl", "0 19 * * 1-5", "504h0m0s"),
    ],
)
def test_backup_times_and_retention_are_read_as_said(
    addons: Operator, intent: str, schedule: str, ttl: str
) -> None:
    # One label selecting two workloads: one Schedule, planned once.
    manifest = _manifest(_plan(addons, intent))
    assert manifest["kind"] == "Schedule"
    assert manifest["spec"]["schedule"] == schedule
    assert manifest["spec"]["template"]["ttl"] == ttl
    assert manifest["spec"]["template"]["labelSelector"] == {"matchLabels": {"tier": "money"}}


def test_a_retention_said_but_not_read_is_asked(addons: Operator) -> None:
    p = _plan(addons, "velero schedule for tier=money nightly at 1, keep backups a fortnight")
    assert p.status == "needs_clarification"
    assert "how long" in (p.question or "")


@pytest.mark.parametrize(("said", "interval"), [("every minute", "1m"), ("once an hour", "1h")])
def test_a_scrape_interval_said_as_once_a_unit(addons: Operator, said: str, interval: str) -> None:
    manifest = _manifest(_plan(addons, f"servicemonitor for mailer, {said}"))
    assert manifest["spec"]["endpoints"] == [
        {"port": "web", "path": "/metrics", "interval": interval}
    ]


def test_fs_group_is_set_beside_the_user(addons: Operator) -> None:
    body = _patch(_plan(addons, "ledger pods should run with fs group 2000 and uid 1001"))
    assert body["spec"]["template"]["spec"]["securityContext"] == {
        "runAsUser": 1001,
        "runAsNonRoot": True,
        "fsGroup": 2000,
    }


def test_a_verb_said_in_capitals_is_not_a_setting(op: Operator) -> None:
    assert _summaries(_plan(op, "DELETE crawler NOW")) == ["delete deployment/crawler in shop"]
