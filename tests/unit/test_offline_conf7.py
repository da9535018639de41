"""Config, references and pasted kubectl flags, as kinds (session 7), over the in-memory shop
through the real Operator. The phrasings are our own.

- a variable said to be needed no more is removed, with or without "…, drop it";
- a key set by what replaces what ("use adyen as its PROVIDER instead of stripe"), in a place
  said with an article ("REGION in the shared config");
- a variable taken off its ConfigMap reference to hold its own ("as the literal value …");
- a destructive word inside a value is that value only where the key is named in capitals and
  given the value by a word that says so; with no key named it is still asked (the issue's
  attack "set cart cache mode to delete-on-expiry" once deleted a Deployment);
- a registry said apart from the references, and each workload taking its own repository's;
- a Kubernetes field name or a vague noun after a workload's name;
- one table of kubectl flags per verb: read into the plan, harmless and said, or asked.
"""

from __future__ import annotations

import json

import pytest

from dotop_nb.models import Proposal, SetImageOp
from dotop_nb.service import Operator
from tests.memory import asks, plans

pytestmark = pytest.mark.timeout(60)


def _body(proposal: Proposal) -> str:
    return json.dumps([o.model_dump(mode="json", exclude={"reason"}) for o in proposal.operations])


def _targets(proposal: Proposal) -> list[str]:
    return [f"{o.target.kind}/{o.target.name}" for o in proposal.operations]


@pytest.mark.parametrize(
    "intent",
    [
        "frontend no longer needs FEATURE_FLAG",
        "the frontend app won't need FEATURE_FLAG anymore",
        "frontend's web container doesn't use FEATURE_FLAG any more, so just remove it",
        "FEATURE_FLAG on frontend is obsolete, please get rid of it",
        "the FEATURE_FLAG var of frontend can go",
    ],
)
def test_a_variable_needed_no_more_is_removed(op: Operator, intent: str) -> None:
    proposal = plans(op, intent)[0]
    assert _targets(proposal) == ["Deployment/frontend"]
    assert '"$patch": "delete"' in _body(proposal)
    assert "FEATURE_FLAG" in _body(proposal)


def test_a_variable_needed_no_more_that_is_not_set_is_asked(op: Operator) -> None:
    assert "LOG_LEVEL is not set" in (
        asks(op, "frontend doesnt need LOG_LEVEL anymore, drop it").question or ""
    )


@pytest.mark.parametrize(
    "intent",
    [
        "frontend doesnt need FEATURE_FLAG anymore, drop the frontend",
        # Something else said of the key: never that it can go.
        "frontend does not need FEATURE_FLAG changed",
        "frontend doesnt need FEATURE_FLAG set to beta",
        "my-api doesn't need LOG_LEVEL=debug anymore",
    ],
)
def test_what_is_not_a_variable_needed_no_more_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "target", "value"),
    [
        ("frontend should use ga as its FEATURE_FLAG instead of beta", "Deployment/frontend", "ga"),
        ("let's go with json as the LOG_FORMAT of my-api", "Deployment/my-api", "json"),
        (
            "payments-config should take adyen for the PROVIDER",
            "ConfigMap/payments-config",
            "adyen",
        ),
        (
            "use us-west as the REGION in shared-config instead of eu",
            "ConfigMap/shared-config",
            "us-west",
        ),
        (
            "the LOG_LEVEL in the my-api config must become debug",
            "ConfigMap/my-api-config",
            "debug",
        ),
        ("REGION of the shared configmap has to be us-east", "ConfigMap/shared-config", "us-east"),
    ],
)
def test_a_key_set_by_what_replaces_what(
    op: Operator, intent: str, target: str, value: str
) -> None:
    proposal = plans(op, intent)[0]
    assert _targets(proposal) == [target]
    assert f'"{value}"' in _body(proposal)


@pytest.mark.parametrize(
    "intent",
    [
        "frontend should use ga as its FEATURE_FLAG instead of alpha",
        "set FEATURE_FLAG on frontend to ga rather than stable",
    ],
)
def test_the_value_replaced_must_be_the_one_it_has(op: Operator, intent: str) -> None:
    assert "it is 'beta' now" in (asks(op, intent).question or "")


@pytest.mark.parametrize(
    "intent",
    [
        "orders should read ORDERS_QUEUE as a plain value orders-v2 rather than from orders-config",
        "hardcode ORDERS_QUEUE=orders-v2 on orders instead of taking it from the configmap",
        "inline ORDERS_QUEUE as orders-v2 in the orders deployment",
    ],
)
def test_a_variable_taken_off_its_configmap_holds_its_own_value(op: Operator, intent: str) -> None:
    proposal = plans(op, intent)[0]
    # The ConfigMap (read by orders as ORDERS_QUEUE) is never changed: the container is.
    assert _targets(proposal) == ["Deployment/orders"]
    body = _body(proposal)
    assert '"value": "orders-v2"' in body
    assert '"valueFrom": null' in body


def test_a_variable_of_a_configmap_is_still_changed_there_when_nothing_says_otherwise(
    op: Operator,
) -> None:
    assert _targets(plans(op, "set ORDERS_QUEUE to orders-v2 on orders")[0]) == [
        "ConfigMap/orders-config"
    ]


@pytest.mark.parametrize(
    ("intent", "target", "pair"),
    [
        (
            "the cache proxy's CACHE_MODE variable should be purge-stale",
            "Deployment/cache",
            "purge-stale",
        ),
        (
            "CLEANUP_POLICY on worker should become remove-after-7d",
            "Deployment/worker",
            "remove-after-7d",
        ),
        (
            "give the worker's RETENTION setting the value drop-oldest",
            "Deployment/worker",
            "drop-oldest",
        ),
        (
            "set the cache deployment's EVICTION env var to delete-lru",
            "Deployment/cache",
            "delete-lru",
        ),
        (
            "set the redis CACHE_MODE env to delete-on-expiry",
            "StatefulSet/cache",
            "delete-on-expiry",
        ),
    ],
)
def test_a_destructive_word_in_the_value_of_a_named_key_is_that_value(
    op: Operator, intent: str, target: str, pair: str
) -> None:
    proposal = plans(op, intent)[0]
    assert _targets(proposal) == [target]
    assert all(o.kind == "patch" for o in proposal.operations)
    assert f'"{pair}"' in _body(proposal)


@pytest.mark.parametrize(
    "intent",
    [
        "set cart cache mode to delete-on-expiry",
        "set cache mode to delete-on-expiry",
        "set CACHE_MODE to delete on the cache proxy",
        "cache CACHE_MODE env to delete-on-expiry",
    ],
)
def test_a_destructive_word_with_no_key_named_is_asked(op: Operator, intent: str) -> None:
    asks(op, intent)


@pytest.mark.parametrize(
    ("intent", "images"),
    [
        (
            "ship my-api:1.4.1 and checkout:1.1.1, same registry as now",
            ["ghcr.io/acme/my-api:1.4.1", "ghcr.io/acme/checkout:1.1.1"],
        ),
        (
            "new builds for my-api and worker: my-api:1.5.0 and worker:0.9.2 (from ghcr.io/acme)",
            ["ghcr.io/acme/my-api:1.5.0", "ghcr.io/acme/worker:0.9.2"],
        ),
        (
            "update my-api to 1.5.0 and worker to 0.9.2, both from the same registry",
            ["ghcr.io/acme/my-api:1.5.0", "ghcr.io/acme/worker:0.9.2"],
        ),
        (
            "my-api and worker need rebuilding; images are ghcr.io/acme/my-api:1.6.0 and "
            "ghcr.io/acme/worker:1.0.0",
            ["ghcr.io/acme/my-api:1.6.0", "ghcr.io/acme/worker:1.0.0"],
        ),
        ("worker can move up to 0.9.3", ["ghcr.io/acme/worker:0.9.3"]),
        ("update my-api to my-api:1.5.0 under ghcr.io/other", ["ghcr.io/other/my-api:1.5.0"]),
    ],
)
def test_references_per_workload_with_a_registry_said_apart(
    op: Operator, intent: str, images: list[str]
) -> None:
    proposal = plans(op, intent)[0]
    assert all(isinstance(o, SetImageOp) for o in proposal.operations)
    assert [o.image for o in proposal.operations if isinstance(o, SetImageOp)] == images


@pytest.mark.parametrize(
    ("intent", "kind", "field"),
    [
        ("pdb worker maxUnavailable 1", "PodDisruptionBudget", '"maxUnavailable": 1'),
        ("hpa worker minReplicas 2 maxReplicas 6", "HorizontalPodAutoscaler", '"maxReplicas": 6'),
        (
            "back up the payments things (app=payments) nightly with velero, keep 7 days",
            "Schedule",
            '"app": "payments"',
        ),
    ],
)
def test_a_field_name_or_a_vague_noun_after_a_name_is_the_sentence(
    op: Operator, intent: str, kind: str, field: str
) -> None:
    proposal = plans(op, intent)[0]
    assert kind in [o.target.kind for o in proposal.operations]
    assert field in _body(proposal)


@pytest.mark.parametrize(
    ("intent", "summary", "left"),
    [
        (
            "kubectl scale deploy/worker --replicas=4 --timeout=30s -o name",
            "scale deployment/worker in shop to 4 replicas",
            "--timeout=30s",
        ),
        (
            "kubectl set image deploy/my-api api=ghcr.io/acme/my-api:1.5.0 --record --wait=false",
            "set image of container api in deployment/my-api in shop to ghcr.io/acme/my-api:1.5.0",
            "--record",
        ),
        (
            "kubectl rollout restart deploy/worker --v=6",
            "restart the pods of deployment/worker in shop",
            "--v=6",
        ),
    ],
)
def test_harmless_kubectl_flags_are_left_out_and_said(
    op: Operator, intent: str, summary: str, left: str
) -> None:
    proposal = plans(op, intent)[0]
    assert [o.summary() for o in proposal.operations] == [summary]
    assert left in proposal.analysis


def test_kubectl_autoscale_name_names_the_hpa(op: Operator) -> None:
    proposal = plans(op, "kubectl autoscale deploy/worker --max 5 --name worker-autoscaler -v=4")[0]
    assert "HorizontalPodAutoscaler/worker-autoscaler" in _targets(proposal)


@pytest.mark.parametrize(
    ("intent", "flag"),
    [
        ("kubectl rollout restart deploy/worker --dry-run=server", "--dry-run"),
        ("kubectl scale deploy/worker --replicas 3 --all", "--all"),
        ("kubectl autoscale deploy/worker --max 5 --cpu-percent 70 --min 2 --foo=bar", "--foo"),
        ("kubectl set env deploy/frontend FEATURE_FLAG=ga --overwrite=false", "--overwrite"),
        ("kubectl rollout undo deploy/worker --to-revision=1 --selector app=x", "--selector"),
    ],
)
def test_a_kubectl_flag_not_read_is_asked_by_name(op: Operator, intent: str, flag: str) -> None:
    assert flag in (asks(op, intent).question or "")


def test_kubectl_autoscale_name_that_is_no_object_name_is_asked(op: Operator) -> None:
    asks(op, "kubectl autoscale deploy/worker --max 5 --name WorkerHPA")
