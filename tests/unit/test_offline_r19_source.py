"""Round 19, helper source: a setting changed where it lives. The phrasings are our own.

The shape: a key said for a workload ("LOG_LEVEL to debug for my-api", "payments PROVIDER
→ mollie") that the workload reads from a ConfigMap it loads (``envFrom``), one ConfigMap
that no other workload loads, is changed in that ConfigMap — its source of truth; a variable on
the container would shadow it and drift from it. The container's own variable is still set
when the speaker says so ("env var", "environment variable", "kubectl set env", "override",
"on the api container", "in the pod spec"), for a new variable, for a key the workload does
not load, for a key of a ConfigMap others load too (shared-config), and when the ConfigMap is
said only in a remark. Negations, questions and statements stay questions.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.models import PatchOp, Proposal, RolloutRestartOp
from dotop_nb.service import Operator
from tests.helpers import deployment
from tests.memory import asks, engine, plans

pytestmark = pytest.mark.timeout(300)


def _targets(proposal: Proposal) -> list[str]:
    return [f"{o.target.kind}/{o.target.name}" for o in proposal.operations]


def _data(proposal: Proposal) -> dict[str, str]:
    (op,) = [o for o in proposal.operations if isinstance(o, PatchOp)]
    return dict(op.patch["data"])


@pytest.mark.parametrize(
    ("intent", "configmap", "data"),
    [
        (
            "bump LOG_LEVEL on my-api up to debug, tracing a timeout",
            "my-api-config",
            {"LOG_LEVEL": "debug"},
        ),
        ("set the log level for my-api to warn", "my-api-config", {"LOG_LEVEL": "warn"}),
        ("LOG_LEVEL → error for my-api please", "my-api-config", {"LOG_LEVEL": "error"}),
        ("payments: PROVIDER to adyen from tonight", "payments-config", {"PROVIDER": "adyen"}),
        (
            "change FEATURE_X to on in my-api, marketing wants the banner",
            "my-api-config",
            {"FEATURE_X": "on"},
        ),
        (
            "LOG_LEVEL debug and FEATURE_X on for my-api please",
            "my-api-config",
            {"LOG_LEVEL": "debug", "FEATURE_X": "on"},
        ),
        (
            "payments PROVIDER=braintree, finance signed off",
            "payments-config",
            {"PROVIDER": "braintree"},
        ),
        ("my-api FEATURE_X=on for the beta cohort", "my-api-config", {"FEATURE_X": "on"}),
        ("could you set payments' PROVIDER to mollie", "payments-config", {"PROVIDER": "mollie"}),
        ("my-api's LOG_LEVEL should be warn", "my-api-config", {"LOG_LEVEL": "warn"}),
    ],
)
def test_a_key_the_workload_loads_alone_is_changed_in_its_configmap(
    shop: Operator, intent: str, configmap: str, data: dict[str, str]
) -> None:
    proposal, _ = plans(shop, intent)
    assert _targets(proposal) == [f"ConfigMap/{configmap}"]
    assert _data(proposal) == data


def test_the_plan_says_why_the_configmap_is_changed(shop: Operator) -> None:
    proposal, _ = plans(shop, "LOG_LEVEL to trace for my-api")
    assert "reads LOG_LEVEL from configmap/my-api-config" in proposal.analysis
    assert "envFrom" in proposal.analysis
    assert "override LOG_LEVEL=trace on my-api" in proposal.analysis
    # No restart is added unless asked; the risk says one is needed to pick the change up.
    assert not [o for o in proposal.operations if isinstance(o, RolloutRestartOp)]
    assert any("restart my-api" in r for r in proposal.risks)


@pytest.mark.parametrize(
    "intent",
    [
        "FEATURE_X=on for my-api, and make it pick it up",
        "set LOG_LEVEL to debug on my-api so that it picks up the new value",
    ],
)
def test_a_pick_up_asked_restarts_the_reader(shop: Operator, intent: str) -> None:
    proposal, _ = plans(shop, intent)
    assert _targets(proposal)[0] == "ConfigMap/my-api-config"
    assert "Deployment/my-api" in _targets(proposal)[1:]
    assert any(isinstance(o, RolloutRestartOp) for o in proposal.operations)


def test_a_value_the_configmap_already_holds_changes_nothing(shop: Operator) -> None:
    proposal = shop.analyze("FEATURE_X back to off for my-api", namespace="shop")
    assert proposal.status == "satisfied", proposal.question
    assert "Deployment/my-api" not in _targets(proposal)


@pytest.mark.parametrize(
    ("intent", "workload"),
    [
        ("set the env var LOG_LEVEL=debug on my-api", "my-api"),
        ("give my-api the environment variable FEATURE_X=on", "my-api"),
        ("kubectl set env deploy/my-api LOG_LEVEL=warn", "my-api"),
        ("kubectl -n shop set env deployment/payments PROVIDER=adyen", "payments"),
        ("oc set env deployment/payments PROVIDER=mollie", "payments"),
        ("override PROVIDER=adyen on payments", "payments"),
        ("put LOG_LEVEL=debug in the api container of my-api", "my-api"),
        ("add LOG_LEVEL=debug to the my-api pod spec", "my-api"),
    ],
)
def test_said_as_the_containers_own_the_deployment_gets_it(
    shop: Operator, intent: str, workload: str
) -> None:
    proposal, body = plans(shop, intent)
    assert _targets(proposal) == [f"Deployment/{workload}"]
    assert '"env"' in body


@pytest.mark.parametrize(
    ("intent", "workload"),
    [
        # REGION comes from shared-config, which frontend loads too.
        ("set REGION=us for my-api", "my-api"),
        ("REGION to us-east on frontend", "frontend"),
        # payments-config has no LOG_LEVEL: a new variable of payments.
        ("set LOG_LEVEL=debug on payments", "payments"),
        ("set TIMEOUT_MS=500 on my-api", "my-api"),
        # A new variable beside a key of the ConfigMap: both on the container, as before.
        ("set LOG_LEVEL=debug and NEW_THING=1 on my-api", "my-api"),
        # The ConfigMap said only as context.
        ("set LOG_LEVEL=debug on my-api; my-api-config stays as it is", "my-api"),
    ],
)
def test_shared_new_or_remarked_keys_stay_on_the_deployment(
    shop: Operator, intent: str, workload: str
) -> None:
    proposal, _ = plans(shop, intent)
    assert _targets(proposal) == [f"Deployment/{workload}"]


@pytest.mark.parametrize(
    "intent",
    [
        "don't change LOG_LEVEL on my-api",
        "LOG_LEVEL=debug on my-api? no wait, not yet",
        "should I set LOG_LEVEL to debug on my-api?",
        "my-api LOG_LEVEL is debug",
        "never set FEATURE_X to on for my-api",
    ],
)
def test_the_nearest_non_orders_are_still_asked(shop: Operator, intent: str) -> None:
    asks(shop, intent)


def test_a_container_said_on_a_pod_of_several_sets_its_variable(shop: Operator) -> None:
    """orders' ConfigMap has BATCH_SIZE; "-c app" of kubectl set env puts it on that container."""
    proposal, body = plans(shop, "kubectl set env deploy/orders -c app BATCH_SIZE=5")
    assert _targets(proposal) == ["Deployment/orders"]
    assert json.loads(body)[0]["patch"]["spec"]["template"]["spec"]["containers"][0]["name"] == (
        "app"
    )
    # Without the container, "env var" on a pod of two containers asks which one.
    asks(shop, "set the env var BATCH_SIZE=5 on orders")
    # Said plainly, the key of orders' own ConfigMap is changed there (as before).
    proposal, _ = plans(shop, "BATCH_SIZE to 20 on orders")
    assert _targets(proposal) == ["ConfigMap/orders-config"]


def _loader(name: str, *sources: dict[str, Any]) -> dict[str, Any]:
    manifest = deployment(name, "shop")
    manifest["spec"]["template"]["spec"]["containers"][0]["envFrom"] = list(sources)
    return manifest


def _configmap(name: str, **data: str) -> dict[str, Any]:
    return {
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": "shop"},
        "data": data,
    }


def test_a_prefixed_source_is_changed_by_its_own_key(tmp_path: Path) -> None:
    """envFrom with prefix APP_: APP_MODE comes from key MODE of billing-config."""
    _, op = engine(
        tmp_path,
        _configmap("billing-config", MODE="live"),
        _loader("billing", {"prefix": "APP_", "configMapRef": {"name": "billing-config"}}),
    )
    try:
        proposal, _ = plans(op, "set APP_MODE to test for billing")
        assert _targets(proposal) == ["ConfigMap/billing-config"]
        assert _data(proposal) == {"MODE": "test"}
    finally:
        op.close()


def test_a_key_two_sources_may_give_stays_on_the_container(tmp_path: Path) -> None:
    """A Secret loaded after the ConfigMap (unread, or holding the key too) may shadow it: the
    ConfigMap is not the one source, so the container's own variable is set, as before."""
    _, op = engine(
        tmp_path,
        _configmap("billing-config", MODE="live"),
        _configmap("billing-extra", MODE="dry"),
        _loader(
            "billing",
            {"configMapRef": {"name": "billing-config"}},
            {"configMapRef": {"name": "billing-extra"}},
        ),
        _configmap("ledger-config", MODE="live"),
        _loader(
            "ledger",
            {"configMapRef": {"name": "ledger-config"}},
            {"secretRef": {"name": "ledger-secrets"}},
        ),
    )
    try:
        proposal, _ = plans(op, "set MODE to test for billing")
        assert _targets(proposal) == ["Deployment/billing"]
        proposal, _ = plans(op, "set MODE to test for ledger")
        assert _targets(proposal) == ["Deployment/ledger"]
        # Without the Secret after it, ledger-config is the one source.
        op.close()
        (tmp_path / "again").mkdir()
        _, op = engine(
            tmp_path / "again",
            _configmap("ledger-config", MODE="live"),
            _loader("ledger", {"configMapRef": {"name": "ledger-config"}}),
        )
        proposal, _ = plans(op, "set MODE to test for ledger")
        assert _targets(proposal) == ["ConfigMap/ledger-config"]
    finally:
        op.close()
