"""The CLI against a misbehaving Messages API on the real control plane (issue 13 attack): a
malformed 200 answer, a body that trickles in past the time limit, credentials in
ANTHROPIC_BASE_URL. Each ends with its own exit code, a recorded session and nothing leaked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from tests.fake_anthropic import Drip, FakeAnthropic, Raw, message, submit, tool_use
from tests.helpers import deploy, deployment

pytestmark = [pytest.mark.integration, pytest.mark.timeout(240)]

ROOT = Path(__file__).resolve().parents[2]
KEY = "sk-ant-test-misbehaving-key"


def run(*args: str, kubeconfig: str, tmp_path: Path, base_url: str, **env: str) -> Any:
    environ = {
        **os.environ,
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_POLICIES": str(ROOT / "dotop_nb" / "policy" / "starter"),
        "ANTHROPIC_API_KEY": KEY,
        "ANTHROPIC_BASE_URL": base_url,
        "DOTOP_API_RETRIES": "0",
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "dotop_nb.cli", *args],
        env=environ,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def recorded(tmp_path: Path) -> str:
    return "".join(p.read_text() for p in sorted((tmp_path / "sessions").rglob("*.json")))


def test_a_malformed_answer_is_recorded_with_model_usage_and_exit_code(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    script = [
        message(tool_use("describe", {"kind": "Deployment", "name": "my-api"})),
        Raw(b"<html>gateway says hi</html>", content_type="text/html"),
    ]
    with FakeAnthropic(script) as api:
        done = run(
            "operate", "scale my-api to 3", "-n", namespace, "--planner", "anthropic",
            "--output", "json", kubeconfig=kubeconfig, tmp_path=tmp_path, base_url=api.base_url,
        )  # fmt: skip
    assert done.returncode == 31, done.stderr
    assert "Traceback" not in done.stderr
    assert "something other than the Messages API answered" in done.stderr
    doc = json.loads(done.stdout)
    assert doc["status"] == "error"
    assert (doc["outcome"], doc["exit_code"]) == ("error", 31)
    assert doc["planner"] == "anthropic"
    assert doc["model"] == "claude-sonnet-5-5"
    assert doc["usage"]["model_turns"] == 1
    assert doc["usage"]["input_tokens"] > 0
    assert doc["planning_failure"]["reason"] == "malformed_answer"
    # `session show` says the same, with the exit code it exits with.
    shown = run(
        "session", "show", doc["session_id"], "--output", "json",
        kubeconfig=kubeconfig, tmp_path=tmp_path, base_url=api.base_url,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    again = json.loads(shown.stdout)
    assert (again["outcome"], again["exit_code"]) == ("error", 0)
    assert again["model"] == "claude-sonnet-5-5"
    assert again["usage"] == doc["usage"]


@pytest.mark.parametrize(
    "answer",
    [Raw(b"{not json at all"), Raw(b"{}")],
    ids=["invalid-json", "empty-object"],
)
def test_hybrid_keeps_the_offline_question_when_the_answer_is_malformed(
    answer: Raw, kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    with FakeAnthropic([answer]) as api:
        done = run(
            "operate", "scale my-api", "-n", namespace, "--planner", "hybrid",
            "--output", "json", kubeconfig=kubeconfig, tmp_path=tmp_path, base_url=api.base_url,
        )  # fmt: skip
    assert done.returncode == 4, done.stderr
    doc = json.loads(done.stdout)
    assert doc["status"] == "needs_clarification"
    assert doc["planner"] == "offline"
    assert "How many replicas" in doc["question"]
    assert "the AI planner failed (malformed_answer:" in doc["analysis"]
    assert doc["session_id"] in recorded(tmp_path)


def test_credentials_in_the_base_url_reach_no_output_and_no_record(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    with FakeAnthropic([Raw(b"<html>login</html>", content_type="text/html")]) as api:
        host = api.base_url.removeprefix("http://")
        done = run(
            "operate", "scale my-api", "-n", namespace, "--planner", "hybrid",
            "--output", "json", kubeconfig=kubeconfig, tmp_path=tmp_path,
            base_url=f"http://gw-user:GW-PASSWORD-123@{host}",
        )  # fmt: skip
    assert done.returncode == 4, done.stderr
    everything = done.stdout + done.stderr + recorded(tmp_path)
    assert f"http://{host}" in everything  # the URL is named, without its credentials
    for secret in ("GW-PASSWORD-123", "gw-user", KEY):
        assert secret not in everything


def test_a_body_that_drips_in_ends_at_the_time_limit_as_a_timeout(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    reply = message(submit(question="how many?", analysis="x" * 300))
    with FakeAnthropic([Drip(reply, 0.5)]) as api:
        started = time.monotonic()
        done = run(
            "operate", "scale my-api to 3", "-n", namespace, "--planner", "anthropic",
            "--output", "json", kubeconfig=kubeconfig, tmp_path=tmp_path, base_url=api.base_url,
            DOTOP_TIME_LIMIT="4",
        )  # fmt: skip
        took = time.monotonic() - started
    assert done.returncode == 31, done.stderr
    # The body alone would take over 3 minutes: the planning ends at its 4s (the process's
    # start-up and cluster reads on a busy machine come on top of that).
    assert took < 60, took
    doc = json.loads(done.stdout)
    assert doc["usage"]["seconds"] < 4 + 0.5
    assert (doc["outcome"], doc["exit_code"]) == ("error", 31)
    assert doc["planning_failure"]["reason"] == "timeout"
    assert "did not answer within the time limit of 4s" in doc["message"]
