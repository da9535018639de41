"""Gaps of the offline planner found by the blind set (issue 11), tested with other words and
other objects than the blind cases: namespaces said as environment names, values paired by
"respectively", `kubectl autoscale`, and KEDA Prometheus triggers."""

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


@pytest.fixture(scope="module")
def op(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Operator]:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    crds.install(cluster.client(), "keda")
    search_sts = deployment("search", "shop", image="ghcr.io/x/search:7", replicas=1)
    search_sts["kind"] = "StatefulSet"
    search_sts["spec"]["serviceName"] = "search"
    _, operator = engine(
        tmp_path_factory.mktemp("gaps"),
        deployment("ledger", "shop", image="ghcr.io/x/ledger:1.0", labels={"tier": "edge"}),
        deployment(
            "mailer", "shop", image="ghcr.io/x/mailer:4.0", replicas=1, labels={"tier": "edge"}
        ),
        deployment("search", "shop", image="ghcr.io/x/search-ui:2"),
        deployment("jobs", "shop", image="ghcr.io/x/jobs:1"),
        search_sts,
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": "mailer", "namespace": "shop"},
            "spec": {"selector": {"app": "mailer"}, "ports": [{"port": 80}]},
        },
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "billing-config", "namespace": "shop"},
            "data": {"CURRENCY": "eur", "DEBUG_MODE": "off"},
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


@pytest.mark.parametrize(
    "intent",
    [
        "bump ledger to 3 replicas on production",
        "restart mailer in the qa environment",
        "set ledger to 5 for uat",
    ],
)
def test_an_environment_named_like_a_namespace_is_asked_about(op: Operator, intent: str) -> None:
    p = _plan(op, intent)
    assert p.status == "needs_clarification", _summaries(p)
    assert "this session works in 'shop'" in (p.question or "")


def test_respectively_pairs_each_value_with_the_workload_in_the_order_said(op: Operator) -> None:
    p = _plan(op, "set mailer and ledger to 3 and 6 replicas respectively")
    assert _summaries(p) == [
        "scale deployment/mailer in shop to 3 replicas",
        "scale deployment/ledger in shop to 6 replicas",
    ]
    images = _plan(op, "move ledger and mailer to 1.1 and 4.2 respectively")
    assert [getattr(o, "image", None) for o in images.operations] == [
        "ghcr.io/x/ledger:1.1",
        "ghcr.io/x/mailer:4.2",
    ]


def test_respectively_with_a_series_that_does_not_pair_is_asked(op: Operator) -> None:
    p = _plan(op, "scale ledger and mailer to 2, 3 and 4 respectively")
    assert p.status == "needs_clarification"
    assert "respectively" in (p.question or "")


def test_kubectl_autoscale_makes_an_hpa_even_with_keda_installed(op: Operator) -> None:
    p = _plan(op, "kubectl autoscale deploy/mailer --min=2 --max=9 --cpu-percent=65")
    assert p.status == "proposed", p.question
    applied: Any = p.operations[-1]
    assert applied.manifest["kind"] == "HorizontalPodAutoscaler"
    assert (applied.manifest["spec"]["minReplicas"], applied.manifest["spec"]["maxReplicas"]) == (
        2,
        9,
    )


def test_a_keda_prometheus_trigger_keeps_server_query_and_threshold(op: Operator) -> None:
    p = _plan(
        op,
        "keda for ledger: prometheus scaler, server http://prom.obs.svc:9090, "
        "query sum(ledger_backlog), threshold 25, up to 7 replicas",
    )
    assert p.status == "proposed", p.question
    (applied,) = p.operations
    assert isinstance(applied, ApplyOp)
    manifest: Any = applied.manifest
    assert manifest["kind"] == "ScaledObject"
    assert manifest["spec"]["maxReplicaCount"] == 7
    assert manifest["spec"]["triggers"] == [
        {
            "type": "prometheus",
            "metadata": {
                "serverAddress": "http://prom.obs.svc:9090",
                "query": "sum(ledger_backlog)",
                "threshold": "25",
            },
        }
    ]


def test_a_prometheus_trigger_without_its_query_is_asked(op: Operator) -> None:
    p = _plan(op, "autoscale mailer with keda from prometheus at http://prom:9090, threshold 3")
    assert p.status == "needs_clarification"
    assert "query" in (p.question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "ledger needs to pick up the changed settings, bounce it",
        "cycle the ledger pods",
        "respawn ledger",
        "redeploy ledger, don't change anything",
    ],
)
def test_restart_said_without_the_word(op: Operator, intent: str) -> None:
    assert _summaries(_plan(op, intent)) == ["restart the pods of deployment/ledger in shop"]


def test_a_change_beside_dont_change_anything_is_still_asked(op: Operator) -> None:
    p = _plan(op, "set ledger to 4 replicas without changing anything")
    assert p.status == "needs_clarification"
    assert "without changing anything" in (p.question or "")


def test_a_count_said_before_the_workload_name(op: Operator) -> None:
    assert _summaries(_plan(op, "we should run 4 ledger replicas")) == [
        "scale deployment/ledger in shop to 4 replicas"
    ]
    # "2 more": relative, from what it runs now (1).
    assert _summaries(_plan(op, "give mailer 2 more pods")) == [
        "scale deployment/mailer in shop to 3 replicas"
    ]


def test_all_described_by_a_label_value_acts_on_each(op: Operator) -> None:
    assert _summaries(_plan(op, "bounce every edge deployment")) == [
        "restart the pods of deployment/ledger in shop",
        "restart the pods of deployment/mailer in shop",
    ]


def test_delete_names_the_kind_keeps_what_is_said_and_kubectl_deletes_the_object(
    op: Operator,
) -> None:
    assert _summaries(_plan(op, "scrap the search statefulset")) == [
        "delete statefulset/search in shop"
    ]
    with_stack = _summaries(_plan(op, "tear down mailer"))
    assert with_stack == ["delete service/mailer in shop", "delete deployment/mailer in shop"]
    assert _summaries(_plan(op, "tear down mailer but keep its service")) == [
        "delete deployment/mailer in shop"
    ]
    assert _summaries(_plan(op, "kubectl delete deploy mailer")) == [
        "delete deployment/mailer in shop"
    ]
    # A 'keep' of something it cannot leave out is asked.
    p = _plan(op, "tear down mailer but keep the pods warm")
    assert p.status == "needs_clarification"


def test_rollback_to_a_version_no_revision_ran_sets_the_image(op: Operator) -> None:
    p = _plan(op, "roll ledger back to 0.9.1")
    assert [getattr(o, "image", None) for o in p.operations] == ["ghcr.io/x/ledger:0.9.1"]
    full = _plan(op, "revert mailer to ghcr.io/x/mailer:3.8")
    assert [getattr(o, "image", None) for o in full.operations] == ["ghcr.io/x/mailer:3.8"]


def test_the_running_version_said_as_broken_is_what_to_leave(op: Operator) -> None:
    # ledger runs 1.0 and has no earlier revision: nothing to go back to (never 'run 1.0').
    p = _plan(op, "ledger 1.0 keeps crashing, go back to the previous release")
    assert p.status == "needs_clarification"
    assert "nothing to roll back to" in (p.question or "")


@pytest.mark.parametrize(
    ("intent", "patch"),
    [
        ("flip DEBUG_MODE on in the billing config", {"data": {"DEBUG_MODE": "on"}}),
        ("CURRENCY must be usd in billing-config", {"data": {"CURRENCY": "usd"}}),
        ("remove the DEBUG_MODE key from billing-config", {"data": {"DEBUG_MODE": None}}),
    ],
)
def test_configmap_keys_said_other_ways(op: Operator, intent: str, patch: Any) -> None:
    p = _plan(op, intent)
    assert _summaries(p) == ["patch configmap/billing-config in shop (merge)"]
    assert getattr(p.operations[0], "patch", None) == patch


def test_an_env_var_with_value(op: Operator) -> None:
    p = _plan(op, "give ledger an env var RETRIES with value 5")
    body: Any = getattr(p.operations[0], "patch", None)
    assert body["spec"]["template"]["spec"]["containers"] == [
        {"name": "app", "env": [{"name": "RETRIES", "value": "5"}]}
    ]


def test_two_named_workloads_are_deleted_each_with_what_belongs_to_it(op: Operator) -> None:
    assert _summaries(_plan(op, "get rid of both ledger and mailer")) == [
        "delete deployment/ledger in shop",
        "delete service/mailer in shop",
        "delete deployment/mailer in shop",
    ]
    # A word between the names that is not a list word: asked, never guessed.
    assert _plan(op, "delete ledger near mailer").status == "needs_clarification"


def test_removing_a_limit_but_keeping_requests_is_not_a_delete(op: Operator) -> None:
    p = _plan(op, "remove the cpu request from ledger but keep the memory one")
    assert all(o.kind != "delete" for o in p.operations), _summaries(p)


def test_a_plural_possessive_is_not_an_unclosed_quote(op: Operator) -> None:
    p = _plan(op, "double jobs' cpu request")
    body: Any = getattr(p.operations[0], "patch", None)
    (container,) = body["spec"]["template"]["spec"]["containers"]
    assert container["resources"]["requests"] == {"cpu": "100m"}
    # An opening quote left open is still asked about.
    assert _plan(op, "set MOTD to 'hello on jobs").status == "needs_clarification"


def test_kubectl_set_resources_sets_each_request_and_limit_said(op: Operator) -> None:
    p = _plan(
        op, "kubectl set resources deploy jobs --requests=cpu=150m,memory=96Mi --limits=cpu=1"
    )
    body: Any = getattr(p.operations[0], "patch", None)
    (container,) = body["spec"]["template"]["spec"]["containers"]
    assert container["resources"] == {
        "requests": {"cpu": "150m", "memory": "96Mi"},
        "limits": {"cpu": "1"},
    }
    bad = _plan(op, "kubectl set resources deploy/jobs --limits=gpu=1")
    assert bad.status == "needs_clarification"
    assert "'gpu=1'" in (bad.question or "")
