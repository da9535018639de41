"""Issue 13, point 8: cassettes. `eval --cassettes` records each AI planning run Secret-free,
and the shipped cassettes (tests/cassettes) replay through the real SDK against the scripted
Messages API on the real control plane, so a regression in the loop is caught without a key."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from dotop_nb import evaluation
from dotop_nb.cluster.client import KubeClient
from dotop_nb.planner import cassettes
from dotop_nb.service import Operator
from tests.fake_anthropic import FakeAnthropic, message, tool_results, tool_use

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]

Json = dict[str, Any]
SHIPPED = sorted((Path(__file__).resolve().parents[1] / "cassettes").glob("*.json"))
SECRET = "s3cr3t-cassette-value-71f0"


def operator(kubeconfig: str, tmp_path: Path, planner: Any) -> Operator:
    policies = tmp_path / "policies"
    policies.mkdir(exist_ok=True)
    return Operator(
        kubeconfig=kubeconfig, planner=planner, sessions=tmp_path / "s", policies=policies
    )


def test_cassettes_are_shipped_for_the_main_categories() -> None:
    categories = {cassettes.load(path)["category"] for path in SHIPPED}
    assert {"scale", "restart"} <= categories
    assert any(cassettes.load(p)["outcome"]["status"] == "needs_clarification" for p in SHIPPED)


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_a_shipped_cassette_replays_through_the_loop(
    path: Path, kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    recorded = cassettes.load(path)
    [scenario] = [s for s in evaluation.load_scenarios() if s.intent == recorded["intent"]]
    evaluation.install_shop(kube, namespace)
    script = cassettes.replies(recorded, namespace=namespace)
    with (
        FakeAnthropic(script) as api,
        operator(kubeconfig, tmp_path, api.planner(model=recorded["model"])) as op,
    ):
        proposal = op.analyze(recorded["intent"], namespace=namespace)
    assert not api.exhausted
    assert len(api.requests) == len(recorded["interactions"])
    assert proposal.status == recorded["outcome"]["status"]
    assert evaluation.score(scenario, proposal) == (True, "")
    # The loop answered every recorded tool call, with the same verdicts as when recorded.
    for sent, then in zip(api.requests[1:], recorded["interactions"][1:], strict=True):
        now = [(r["tool_use_id"], r["is_error"]) for r in tool_results(sent)]
        before = [
            (b["tool_use_id"], b["is_error"])
            for m in then["request"]["new_messages"]
            for b in m["content"]
            if b.get("type") == "tool_result"
        ]
        assert now == before


def test_eval_records_secret_free_cassettes(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    evaluation.install_shop(kube, namespace)
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "db", "namespace": namespace},
            "data": {"password": base64.b64encode(SECRET.encode()).decode()},
        }
    )
    script = [
        message(tool_use("get_object", {"kind": "Secret", "name": "db"})),
        message(
            tool_use(
                "submit_proposal",
                {"analysis": f"the password is {SECRET}", "question": "Which cache?"},
            )
        ),
    ]
    [case] = [s for s in evaluation.load_scenarios() if s.intent == "scale cache to 2"]
    folder = tmp_path / "cassettes"
    with FakeAnthropic(script) as api, operator(kubeconfig, tmp_path, api.planner()) as op:
        [result] = evaluation.evaluate(op, [case], namespace, cassettes=folder)
    assert result.ok
    [written] = sorted(folder.glob("*.json"))
    assert written.name == "01-scale-scale-cache-to-2.json"
    text_ = written.read_text()
    assert SECRET not in text_  # neither what the model read nor what it repeated
    assert "sk-ant" not in text_
    recorded = cassettes.load(written)
    assert recorded["outcome"] == {"status": "needs_clarification", "ok": True, "why": ""}
    assert [i["response"]["stop_reason"] for i in recorded["interactions"]] == [
        "tool_use",
        "tool_use",
    ]
    # Each entry holds only what its request added (the conversation is not repeated).
    first, second = recorded["interactions"]
    assert [m["role"] for m in first["request"]["new_messages"]] == ["user"]
    assert [m["role"] for m in second["request"]["new_messages"]] == ["user"]
    assert json.dumps(second["request"]).count("# Intent") == 0


def test_cassette_names_and_reports_never_carry_a_secret_from_the_intent(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    # The issue 13 attack: a scenario that pastes a Secret value into its intent; the model
    # echoes it and the API key, and writes a Secret manifest of its own into a dry_run call.
    evaluation.install_shop(kube, namespace)
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "db", "namespace": namespace},
            "data": {"password": base64.b64encode(SECRET.encode()).decode()},
        }
    )
    invented = "MODEL-INVENTED-SECRET-77777"
    key = "sk-ant-test-not-a-key"
    manifest = {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "s", "namespace": namespace},
        "stringData": {"k": invented},
    }
    op = {
        "kind": "apply",
        "target": {"kind": "Secret", "name": "s", "namespace": namespace, "api_version": "v1"},
        "manifest": manifest,
        "reason": f"{SECRET} {key}",
    }
    script = [
        message(tool_use("dry_run", {"operation": op})),
        message(
            tool_use(
                "submit_proposal",
                {"analysis": f"{SECRET} and {key}", "question": f"Which one, {SECRET}?"},
            )
        ),
    ]
    case = evaluation.Scenario(
        split="dev",
        category="config",
        intent=f"set DB_PASSWORD={SECRET} on my-api",
        expect="clarify",
    )
    folder = tmp_path / "cassettes"
    with FakeAnthropic(script) as api, operator(kubeconfig, tmp_path, api.planner()) as op_:
        [result] = evaluation.evaluate(op_, [case], namespace, cassettes=folder)
    [written] = sorted(folder.glob("*.json"))
    assert written.name == "01-config-set-db-password-redacted-on-my-api.json"
    text_ = written.read_text()
    for leaked in (SECRET, key, invented):
        assert leaked not in text_
    recorded = cassettes.load(written)
    assert recorded["intent"] == "set DB_PASSWORD=<redacted> on my-api"
    sent = recorded["interactions"][0]["response"]["content"][0]["input"]["operation"]
    assert sent["manifest"]["stringData"] == {"k": "<redacted>"}
    # The report (text and JSON) shows the intent as the session records it.
    report = evaluation.Report(
        planner="anthropic", model=None, server="s", namespace=namespace, results=[result]
    )
    assert SECRET not in report.text()
    assert SECRET not in json.dumps(report.to_json())
    assert result.intent == "set DB_PASSWORD=<redacted> on my-api"
