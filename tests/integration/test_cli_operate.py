"""`dotop-nb operate` and `dotop-nb session`: the JSON contract and one exit code per outcome."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from tests.helpers import deploy, deployment

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]


def run(
    *args: str, kubeconfig: str, tmp_path: Path, policies: Path | None = None
) -> tuple[int, Any, str]:
    env = {
        **os.environ,
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_POLICIES": str(policies or ROOT / "dotop_nb" / "policy" / "starter"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "dotop_nb.cli", *args],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    out: Any = result.stdout
    if "--output" in args and result.stdout.strip().startswith("{"):
        out = json.loads(result.stdout)
    return result.returncode, out, result.stderr


def test_propose_then_approve_by_hash_with_json_output(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    code, doc, err = run(
        "operate",
        "scale my-api to 3",
        "-n",
        namespace,
        "--output",
        "json",
        kubeconfig=kubeconfig,
        tmp_path=tmp_path,
    )
    assert code == 3, err
    assert doc["status"] == "proposed"
    assert doc["operations"][0]["kind"] == "scale"
    assert doc["operations"][0]["target"] == {
        "kind": "Deployment",
        "name": "my-api",
        "namespace": namespace,
        "api_version": "apps/v1",
    }
    assert doc["operations"][0]["kubectl"] == (
        f"kubectl scale deployment/my-api --replicas=3 -n {namespace}"
    )
    for key in (
        "session_id",
        "plan_hash",
        "dry_run",
        "policy",
        "execution",
        "validation",
        "message",
    ):
        assert key in doc
    assert doc["dry_run"][0]["ok"] is True
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 2

    code, doc2, err = run(
        "session",
        "approve",
        doc["session_id"],
        "--hash",
        doc["plan_hash"],
        "--output",
        "json",
        kubeconfig=kubeconfig,
        tmp_path=tmp_path,
    )
    assert code == 0, err
    assert doc2["status"] == "executed"
    assert doc2["validation"]["ok"] is True
    assert doc2["execution"][0]["status"] == "applied"
    assert kube.get("apps/v1", "Deployment", "my-api", namespace)["spec"]["replicas"] == 3

    code, _, err = run(
        "session",
        "approve",
        doc["session_id"],
        "--hash",
        doc["plan_hash"],
        kubeconfig=kubeconfig,
        tmp_path=tmp_path,
    )
    assert code == 5
    assert "already executed" in err


def test_text_output_shows_the_proposal_as_a_person_reads_it(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    code, text, _ = run(
        "operate",
        "update my-api to nginx:1.27",
        "-n",
        namespace,
        kubeconfig=kubeconfig,
        tmp_path=tmp_path,
    )
    assert code == 3
    assert "Analysis:" in text
    assert "[update] set image of container app in deployment/my-api" in text
    # The unified YAML diff, like kubectl diff (issue 12 item 2), not one line per field path.
    hunk = [
        "       @@ -3,4 +3,4 @@",
        "            spec:",
        "              containers:",
        "              - name: app",
        "       -        image: nginx:1.25",
        "       +        image: nginx:1.27",
    ]
    assert "\n".join(hunk) in text
    assert f"--- deployment/my-api in {namespace} (now)" in text
    assert f"+++ deployment/my-api in {namespace} (after, server-side dry-run)" in text
    assert "$ kubectl set image deployment/my-api app=nginx:1.27" in text
    assert "Plan hash:" in text


@pytest.mark.parametrize(
    ("intent", "extra", "code", "status"),
    [
        ("scale my-api to 4", ["--approve"], 0, "executed"),
        ("scale my-api", [], 4, "needs_clarification"),
        ("scale my-api to 1", [], 3, "proposed"),
        ("scale my-api to 500", [], 5, "blocked"),
        ("update my-api to registry.invalid/dotop/unpullable:1", ["--approve"], 8, "rolled_back"),
        (
            "update my-api to registry.invalid/dotop/never-ready:1",
            ["--approve", "--no-rollback", "--timeout", "3"],
            7,
            "failed",
        ),
    ],
)
def test_each_outcome_has_its_exit_code(
    intent: str,
    extra: list[str],
    code: int,
    status: str,
    kube: KubeClient,
    namespace: str,
    kubeconfig: str,
    tmp_path: Path,
) -> None:
    deploy(kube, deployment("my-api", namespace, replicas=2))
    got, doc, err = run(
        "operate",
        intent,
        "-n",
        namespace,
        "--output",
        "json",
        *extra,
        kubeconfig=kubeconfig,
        tmp_path=tmp_path,
    )
    assert (got, doc["status"]) == (code, status), (doc, err)


def test_bad_input_and_an_unreachable_cluster(tmp_path: Path, kubeconfig: str) -> None:
    code, _, err = run(
        "operate", "scale x to 2", "-n", "missing-ns", kubeconfig=kubeconfig, tmp_path=tmp_path
    )
    assert code == 2
    assert "namespace 'missing-ns' does not exist" in err

    dead = json.loads(Path(kubeconfig).read_text())
    with __import__("socket").socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    dead["clusters"][0]["cluster"]["server"] = f"https://127.0.0.1:{port}"
    path = tmp_path / "dead-kubeconfig"
    path.write_text(json.dumps(dead))
    code, _, err = run(
        "operate", "scale x to 2", "-n", "default", kubeconfig=str(path), tmp_path=tmp_path
    )
    assert code == 21, err
    assert "did not answer" in err


def test_a_destructive_word_in_a_value_never_deletes_even_when_approved(
    kube: KubeClient, namespace: str, kubeconfig: str, tmp_path: Path
) -> None:
    # Issue 11: this intent, with --approve, once deleted Deployment cart.
    deploy(kube, deployment("cart", namespace, replicas=1))
    before = kube.get("apps/v1", "Deployment", "cart", namespace)
    code, doc, err = run(
        "operate",
        "set cart cache mode to delete-on-expiry",
        "-n",
        namespace,
        "--approve",
        "--output",
        "json",
        kubeconfig=kubeconfig,
        tmp_path=tmp_path,
    )
    assert (code, doc["status"]) == (4, "needs_clarification"), (doc, err)
    assert "delete-on-expiry" in doc["question"]
    assert doc["operations"] == []
    after = kube.get("apps/v1", "Deployment", "cart", namespace)
    assert after is not None
    assert after["metadata"]["uid"] == before["metadata"]["uid"]
    assert after["metadata"].get("deletionTimestamp") is None
