"""Risks computed by the engine (issue 12 §4), over the in-memory cluster double: a pod-template
change restarts every pod (with the rollout strategy), an image from a registry new to the
namespace, scaling below a PodDisruptionBudget, and a production namespace that the widget asks
to confirm by name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from IPython.core.interactiveshell import InteractiveShell
from IPython.utils.capture import capture_output

from dotop_nb.gate import risks
from dotop_nb.ui.widget import ProposalWidget
from tests.helpers import deployment
from tests.memory import MemoryCluster, engine
from tests.unit.test_ui import shell

__all__ = ["shell"]


def pdb(name: str, app: str, minimum: int) -> dict[str, Any]:
    return {
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": name, "namespace": "shop"},
        "spec": {"minAvailable": minimum, "selector": {"matchLabels": {"app": app}}},
    }


def test_an_image_change_restarts_every_pod_and_says_how(tmp_path: Path) -> None:
    _, operator = engine(tmp_path, deployment("my-api", "shop", replicas=4))
    p = operator.analyze("set image of my-api to nginx:1.27", namespace="shop")
    assert p.status == "proposed", p.question
    assert (
        "operation 1 (deployment/my-api) changes the pod template: all 4 pods restart, rolling "
        "update with maxUnavailable 25% and maxSurge 25%"
    ) in p.risks
    # Same registry (docker.io) as today: no registry risk.
    assert not [r for r in p.risks if "comes from registry" in r]


def test_an_image_from_a_registry_never_used_in_the_namespace_is_a_risk(tmp_path: Path) -> None:
    _, operator = engine(
        tmp_path, deployment("my-api", "shop"), deployment("web", "shop", image="ghcr.io/a/web:1")
    )
    p = operator.analyze("set image of my-api to quay.io/evil/nginx:1.27", namespace="shop")
    assert (
        "operation 1 (deployment/my-api): image quay.io/evil/nginx:1.27 comes from registry "
        "quay.io, which no workload in the namespace uses today"
    ) in p.risks
    again = operator.analyze("set image of my-api to ghcr.io/a/api:2", namespace="shop")
    assert not [r for r in again.risks if "comes from registry" in r]


def test_scaling_below_a_pdb_is_a_risk_and_scaling_above_is_not(tmp_path: Path) -> None:
    _, operator = engine(
        tmp_path, deployment("my-api", "shop", replicas=4), pdb("api", "my-api", 3)
    )
    p = operator.analyze("scale my-api to 2 replicas", namespace="shop")
    assert (
        "operation 1 (deployment/my-api): scaling to 2 goes below PodDisruptionBudget api "
        "(minAvailable 3): it can never be met, so every voluntary eviction (a node drain) is "
        "blocked"
    ) in p.risks
    # A replica count is not the pod template: no restart risk for a scale.
    assert not [r for r in p.risks if "pod template" in r]
    up = operator.analyze("scale my-api to 5 replicas", namespace="shop")
    assert not [r for r in up.risks if "PodDisruptionBudget" in r]


def test_the_rollout_strategy_words_per_kind() -> None:
    sts = {"spec": {"replicas": 3, "updateStrategy": {"rollingUpdate": {"partition": 1}}}}
    assert risks._rollout("StatefulSet", sts) == (
        "all 3 pods restart one ordinal at a time from the highest (updateStrategy "
        "RollingUpdate, maxUnavailable 1, pods below ordinal 1 are kept)"
    )
    assert "OnDelete" in risks._rollout(
        "StatefulSet", {"spec": {"updateStrategy": {"type": "OnDelete"}}}
    )
    recreate = {"spec": {"replicas": 2, "strategy": {"type": "Recreate"}}}
    assert risks._rollout("Deployment", recreate) == (
        "all 2 pods restart; strategy Recreate stops them all before new ones start"
    )
    assert risks.registry("nginx:1.25") == "docker.io"
    assert risks.registry("library/nginx") == "docker.io"
    assert risks.registry("localhost:5000/x") == "localhost:5000"
    assert risks.registry("registry.k8s.io/pause:3.9") == "registry.k8s.io"


def test_production_namespaces_by_name_or_label() -> None:
    assert risks.production("prod", {}) == "its name is prod"
    assert risks.production("shop", {"environment": "production"}) == (
        "label environment=production"
    )
    assert risks.production("shop", {"env": "Prod"}) == "label env=Prod"
    assert risks.production("shop", {"environment": "staging"}) == ""
    assert risks.production("products", {}) == ""


def test_a_production_namespace_needs_its_name_typed_before_approve(
    shell: InteractiveShell, tmp_path: Path
) -> None:
    cluster = MemoryCluster(namespaces=("default", "kube-system", "shop"))
    cluster.seed(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": "shop", "labels": {"environment": "production"}},
        }
    )
    cluster, operator = engine(tmp_path, deployment("my-api", "shop"), cluster=cluster)
    p = operator.analyze("scale my-api to 3 replicas", namespace="shop")
    assert p.confirm_namespace is True
    assert (
        "namespace shop is a production namespace (label environment=production): approving needs "
        "its name typed to confirm (the widget's box; --confirm-namespace shop on %operate "
        "approve and the CLI; the runbook parameter confirm_namespace)"
    ) in p.risks
    widget = ProposalWidget(operator, operator.session(p.session_id), approver="bob")
    assert widget.confirm.layout.display is None
    assert widget.approve_button.disabled
    with capture_output():
        widget.approve_button.click()
    assert not widget.running  # nothing started in the background either
    assert cluster.get("apps/v1", "Deployment", "my-api", "shop")["spec"]["replicas"] == 2  # type: ignore[index]
    widget.confirm.value = "sho"
    assert widget.approve_button.disabled
    widget.confirm.value = "shop"
    assert not widget.approve_button.disabled
    assert widget.approve_button.button_style == "success"
    with capture_output():
        widget.approve_button.click()
        assert widget.wait(10)
    assert cluster.get("apps/v1", "Deployment", "my-api", "shop")["spec"]["replicas"] == 3  # type: ignore[index]


def test_elsewhere_no_confirmation_is_asked(shell: InteractiveShell, tmp_path: Path) -> None:
    _, operator = engine(tmp_path, deployment("my-api", "shop"))
    p = operator.analyze("scale my-api to 3 replicas", namespace="shop")
    assert p.confirm_namespace is False
    widget = ProposalWidget(operator, operator.session(p.session_id), approver="bob")
    assert widget.confirm.layout.display == "none"
    assert not widget.approve_button.disabled


def test_a_satisfied_session_shows_no_approve_button(
    shell: InteractiveShell, tmp_path: Path
) -> None:
    _, operator = engine(tmp_path, deployment("my-api", "shop", replicas=3))
    p = operator.analyze("scale my-api to 3 replicas", namespace="shop")
    widget = ProposalWidget(operator, operator.session(p.session_id), approver="bob")
    assert widget.approve_button.layout.display == "none"
    assert widget.approve_button.disabled
    assert widget.approve_button.button_style == ""
