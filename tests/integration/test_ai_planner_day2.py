"""Issue 13 on the real control plane, with the real SDK against the scripted Messages API: reads
stay in the session's namespace, and `hybrid` with the model API down keeps the offline
question (needs_clarification, exit 4) instead of failing."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dotop_nb import planner as planners
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import NotFound
from dotop_nb.planner import FALLBACK_NOTE, HybridPlanner, OfflinePlanner
from dotop_nb.service import Operator
from tests.fake_anthropic import (
    FakeAnthropic,
    message,
    overloaded,
    result_text,
    tool_results,
    tool_use,
)
from tests.helpers import deploy, deployment

pytestmark = [pytest.mark.integration, pytest.mark.timeout(180)]

Json = dict[str, Any]
SECRETISH = "db-password-in-a-configmap-9f2c"


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    policies = tmp_path / "policies"
    policies.mkdir()
    return {"sessions": tmp_path / "sessions", "policies": policies}


@pytest.fixture
def other(kube: KubeClient) -> Iterator[str]:
    """Another team's namespace, with a ConfigMap the planner has no business reading."""
    name = f"other-team-{uuid.uuid4().hex[:6]}"
    kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name}})
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "settings", "namespace": name},
            "data": {"password": SECRETISH},
        }
    )
    yield name
    with contextlib.suppress(NotFound):
        kube.request("DELETE", f"/api/v1/namespaces/{name}")


def operator(kubeconfig: str, folders: dict[str, Path], planner: Any) -> Operator:
    return Operator(
        kubeconfig=kubeconfig,
        planner=planner,
        sessions=folders["sessions"],
        policies=folders["policies"],
        validation_timeout=30,
    )


def question(text_: str) -> Json:
    return tool_use("submit_proposal", {"analysis": "ask", "category": "other", "question": text_})


# ------------------------------------------------------------------------------ point 6
def test_reads_stay_in_the_session_namespace(
    kube: KubeClient, namespace: str, other: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=1))
    script = [
        message(
            tool_use("get_object", {"kind": "ConfigMap", "name": "settings", "namespace": other}),
            tool_use("list_objects", {"kind": "ConfigMap", "namespace": other}),
            tool_use("describe", {"kind": "Deployment", "name": "my-api"}),
            tool_use("api_resources", {"contains": "StorageClass"}),
            tool_use("list_objects", {"kind": "Namespace", "limit": 200}),
        ),
        message(question("Which setting should change?")),
    ]
    with FakeAnthropic(script) as api, operator(kubeconfig, folders, api.planner()) as op:
        proposal = op.analyze("tidy my-api settings", namespace=namespace)
    assert proposal.status == "needs_clarification"
    got, listed, described, discovery, namespaces = tool_results(api.requests[1])
    for refused in (got, listed):
        assert refused["is_error"] is True
        assert f"in namespace {other!r} is outside this plan" in result_text(refused)
        assert "DOTOP_READ_NAMESPACES" in result_text(refused)
    assert described["is_error"] is False
    assert "my-api" in result_text(described)
    assert discovery["is_error"] is False  # cluster-scoped discovery stays open
    assert namespaces["is_error"] is False
    assert other in result_text(namespaces)  # a cluster-scoped kind: names, not contents
    assert all(SECRETISH not in str(body) for body in api.requests)


def test_a_setting_widens_the_reads(
    kube: KubeClient, namespace: str, other: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    script = [
        message(
            tool_use("get_object", {"kind": "ConfigMap", "name": "settings", "namespace": other})
        ),
        message(question("Copy it?")),
    ]
    with (
        FakeAnthropic(script) as api,
        operator(kubeconfig, folders, api.planner(read_namespaces=other)) as op,
    ):
        op.analyze("copy the other team's settings", namespace=namespace)
    (got,) = tool_results(api.requests[1])
    assert got["is_error"] is False
    assert SECRETISH in result_text(got)


# ------------------------------------------------------------------------------ point 4
def test_hybrid_with_the_api_down_keeps_the_offline_question(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    with FakeAnthropic([overloaded()] * 3) as api:
        hybrid = HybridPlanner(OfflinePlanner(), api.planner(max_retries=2))
        with operator(kubeconfig, folders, hybrid) as op:
            proposal = op.analyze("scale my-api", namespace=namespace)
            session = op.session(proposal.session_id)
    assert len(api.requests) == 3
    assert proposal.status == "needs_clarification"
    assert session.status == "needs_clarification"
    assert proposal.question is not None
    assert proposal.planner == "offline"
    assert f"{FALLBACK_NOTE} the AI planner failed (overloaded: " in proposal.analysis


def test_auto_without_a_key_plans_offline_and_says_so(
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    folders: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("ANTHROPIC_API_KEY", raising=False)
    deploy(kube, deployment("my-api", namespace, replicas=2))
    with operator(kubeconfig, folders, planners.make("auto")) as op:
        proposal = op.analyze("scale my-api to 3", namespace=namespace)
    assert proposal.status == "proposed"
    assert proposal.planner == "offline"
    assert "the AI planner is not configured (ANTHROPIC_API_KEY is not set)" in proposal.analysis


# ------------------------------------------------------------------------------ points 1, 2, 3, 7
REPO_PATTERNS = Path(__file__).resolve().parents[2] / "patterns"


def test_refine_through_the_service_reads_the_opening_from_the_cache(
    kube: KubeClient, namespace: str, kubeconfig: str, folders: dict[str, Path]
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    undo = ["scale my-api back to 2"]
    script = [
        message(
            tool_use(
                "submit_proposal",
                {
                    "analysis": "scale to 3",
                    "category": "scale",
                    "operations": [scale(namespace, 3)],
                    "rollback_plan": undo,
                    "patterns": ["gradual-scaling"],
                },
            )
        ),
        message(
            tool_use(
                "submit_proposal",
                {
                    "analysis": "scale to 4",
                    "category": "scale",
                    "operations": [scale(namespace, 4)],
                    "rollback_plan": undo,
                },
            )
        ),
    ]
    with (
        FakeAnthropic(script, cache_messages=True) as api,
        Operator(
            kubeconfig=kubeconfig,
            planner=api.planner(),
            sessions=folders["sessions"],
            policies=folders["policies"],
            patterns=REPO_PATTERNS,
        ) as op,
    ):
        first = op.analyze("scale my-api to 3", namespace=namespace)
        # The correction retrieves other patterns; the opening message must not change.
        second = op.refine(first.session_id, "no, 4, and set cpu requests and limits")
        session = op.session(first.session_id)
    plan, refine = api.requests
    opening = plan["messages"][0]["content"][0]["text"]
    assert refine["messages"][0]["content"][0]["text"] == opening
    # Relevance cut-off: the scaling patterns only (issue 13 saw safe-deletion and monitoring).
    assert 'source="pattern gradual-scaling"' in opening
    assert 'source="pattern safe-deletion"' not in opening
    assert 'source="pattern service-monitoring"' not in opening
    correction = refine["messages"][2]["content"][-1]["text"]
    assert 'source="pattern resource-right-sizing"' in correction
    # The first refine call reads tools + system + the opening message from the cache.
    assert second.usage.cache_share > 0.8, second.usage
    assert first.usage.cache_share == 0.0  # the very first call writes, reads nothing
    # The rollback plan and the usage are in the record and the CLI's JSON.
    assert second.rollback_plan == undo
    assert first.patterns == ["gradual-scaling"]
    out = report_json(session)
    assert out["rollback_plan"] == undo
    assert out["usage"]["cache_share"] == second.usage.cache_share
    assert out["model"] == second.model


def report_json(session: Any) -> Json:
    from dotop_nb import report  # noqa: PLC0415

    return report.to_json(session)


def scale(ns: str, replicas: int) -> Json:
    return {
        "kind": "scale",
        "target": {"kind": "Deployment", "name": "my-api", "namespace": ns},
        "replicas": replicas,
        "reason": "asked for",
    }
