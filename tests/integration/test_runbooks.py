"""Runbooks run headless through papermill against the real control plane: exit codes, the
executed notebook as the change record, no secrets in it; nbval re-runs of the shipped notebooks;
the CronJob example validated by server-side dry-run."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from dotop_nb import audit, evaluation
from dotop_nb.cluster.client import KubeClient
from dotop_nb.runbooks import available
from dotop_nb.ui import SANITIZE_FILE
from tests.helpers import wait_for

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "dotop_nb" / "policy" / "starter"


def runbook(
    tmp_path: Path, kubeconfig: str, name: str, *params: str, policies: Path | None = None
) -> tuple[int, str, Path]:
    out = tmp_path / f"{name}-{len(list(tmp_path.glob('*.ipynb')))}.ipynb"
    argv = [sys.executable, "-m", "dotop_nb.cli", "runbook", "run", name, "-o", str(out)]
    for i in range(0, len(params), 2):
        argv += ["-p", params[i], params[i + 1]]
    env = {
        **os.environ,
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_USER": "ci-runner",  # the approver of a headless run: a real identity
    }
    if policies is not None:
        env["DOTOP_POLICIES"] = str(policies)
    result = subprocess.run(
        argv, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    return result.returncode, result.stdout + result.stderr, out


@pytest.fixture
def shop(kube: KubeClient, namespace: str) -> str:
    evaluation.install_shop(kube, namespace)
    return namespace


def table(notebook: Path) -> Any:
    """The audit of an executed runbook: whatever the outcome, what the product wrote audits
    clean (no forged-looking output, no record missing, no unbacked session id)."""
    rows = audit.read([notebook])
    assert not rows["tampered"].any(), rows[rows["tampered"]]["problems"].tolist()
    return rows


def test_the_shipped_runbooks_and_their_parameters() -> None:
    books = {b.name: b for b in available()}
    assert set(books) == {
        "operate",
        "update-image",
        "scale",
        "autoscale",
        "make-ha",
        "rollback",
        "fleet-audit",
        "rotate-image",
        "pre-maintenance",
        "restore",
    }
    for book in books.values():
        if book.name != "pre-maintenance":  # reads only: nothing to approve
            assert book.parameters["approve"] is False, book.name  # safe default
    assert books["fleet-audit"].parameters["propose_fixes"] is False
    assert books["pre-maintenance"].parameters["fail_if_blocked"] is False


# Seven runbook runs, each a kernel start: on a shared 2-core machine more than the default 300 s.
@pytest.mark.timeout(900)
def test_propose_only_then_approved_runs(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    code, out, nb = runbook(
        tmp_path, kubeconfig, "scale", "workload", "my-api", "replicas", "4", "namespace", shop
    )
    assert code == 3, out
    assert kube.get("apps/v1", "Deployment", "my-api", shop)["spec"]["replicas"] == 2
    row = table(nb).iloc[0]
    assert (row["outcome"], row["decision"], row["tampered"]) == ("proposed", "none", False)

    cases = [
        ("scale", ("workload", "my-api", "replicas", "4")),
        ("update-image", ("workload", "payments", "image", "3.1.0")),
        ("autoscale", ("workload", "frontend", "min_replicas", "3", "max_replicas", "6")),
        ("make-ha", ("workload", "postgres")),
        ("rollback", ("workload", "checkout")),
        ("operate", ("intent", "restart worker")),
    ]
    for name, params in cases:
        code, out, nb = runbook(
            tmp_path, kubeconfig, name, *params, "namespace", shop, "approve", "true"
        )
        assert code == 0, (name, out)
        row = table(nb).iloc[0]
        assert row["outcome"] == "executed", (name, row.to_dict())
        assert row["decision"] == "approved"
        assert row["approved_by"] == "ci-runner"
        assert bool(row["validation_ok"])
        assert not bool(row["tampered"])
    assert kube.get("apps/v1", "Deployment", "my-api", shop)["spec"]["replicas"] == 4
    assert (
        kube.get("apps/v1", "Deployment", "payments", shop)["spec"]["template"]["spec"][
            "containers"
        ][0]["image"]
        == "ghcr.io/acme/payments:3.1.0"
    )
    # An HPA whether or not another test installed KEDA's CRD (the pattern prefers it for cpu).
    hpa = kube.get("autoscaling/v2", "HorizontalPodAutoscaler", "frontend", shop)["spec"]
    assert (hpa["minReplicas"], hpa["maxReplicas"]) == (3, 6)
    assert kube.get("apps/v1", "StatefulSet", "postgres", shop)["spec"]["replicas"] == 3
    assert (
        kube.get("apps/v1", "Deployment", "checkout", shop)["spec"]["template"]["spec"][
            "containers"
        ][0]["image"]
        == "ghcr.io/acme/checkout:1.0.0"
    )


def test_failures_exit_non_zero_with_the_reason_in_the_notebook(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    code, out, nb = runbook(
        tmp_path, kubeconfig, "operate", "intent", "scale my-api", "namespace", shop
    )
    assert code == 4, out
    assert "needs_clarification" in out
    text = nb.read_text()
    assert "How many replicas" in text

    starter = STARTER
    code, out, nb = runbook(
        tmp_path,
        kubeconfig,
        "scale",
        "workload",
        "frontend",
        "replicas",
        "1",
        "namespace",
        shop,
        "approve",
        "true",
        policies=starter,
    )
    assert code == 5, out
    assert table(nb).iloc[0]["outcome"] == "blocked"

    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Namespace",
            "metadata": {"name": shop, "labels": {"env": "production"}},
        }
    )
    scale_my_api = ("scale", "workload", "my-api", "replicas", "3", "namespace", shop)
    # A production namespace: first the name must be typed to confirm (every surface) ...
    code, out, nb = runbook(
        tmp_path, kubeconfig, *scale_my_api, "approve", "true", policies=starter
    )
    assert code == 5, out
    assert f"changes the production namespace {shop}" in nb.read_text()
    assert "it was not typed" in nb.read_text()
    assert kube.get("apps/v1", "Deployment", "my-api", shop)["spec"]["replicas"] == 2
    # ... and confirmed, the starter policy still wants a person, which a runbook is not.
    code, out, nb = runbook(
        tmp_path,
        kubeconfig,
        *scale_my_api,
        "approve",
        "true",
        "confirm_namespace",
        shop,
        policies=starter,
    )
    assert code == 5, out
    assert "interactive human approval is required" in nb.read_text()
    assert kube.get("apps/v1", "Deployment", "my-api", shop)["spec"]["replicas"] == 2

    code, out, _ = runbook(
        tmp_path, kubeconfig, "scale", "workload", "my-api", "api_token", "abc", "namespace", shop
    )
    assert code == 2
    assert "look like secrets" in out


def test_fleet_audit_reports_findings_and_no_secret_leaks(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    kube.apply(
        {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": "db", "namespace": shop},
            "stringData": {"password": "runbook-s3cret-77"},
        }
    )
    code, out, nb = runbook(
        tmp_path,
        kubeconfig,
        "fleet-audit",
        "namespace",
        shop,
        policies=STARTER,
    )
    assert code == 0, out
    text = nb.read_text()
    assert "Policy findings" in text
    assert "workload-hygiene" in text  # worker has no requests and no probe
    assert "deployment/worker" in text
    for secret in ("runbook-s3cret-77", base64.b64encode(b"runbook-s3cret-77").decode()):
        assert secret not in text


def test_nbval_replays_an_executed_runbook(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    """nbval re-executes a recorded runbook and compares its outputs with the record (the
    volatile parts sanitized): the record is an executable change record."""
    code, out, nb = runbook(
        tmp_path, kubeconfig, "operate", "intent", "scale my-api to 3", "namespace", shop
    )
    assert code == 3, out
    env = {
        **os.environ,
        "KUBECONFIG": kubeconfig,
        "DOTOP_SESSIONS": str(tmp_path / "sessions"),
        "DOTOP_USER": "ci-runner",  # the approver of a headless run: a real identity
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--nbval",
            "--nbval-sanitize-with",
            str(SANITIZE_FILE),
            str(nb),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_the_cronjob_example_passes_a_server_side_dry_run(kube: KubeClient, namespace: str) -> None:
    documents = list(yaml.safe_load_all((ROOT / "docs/examples/runbook-cronjob.yaml").read_text()))
    assert [d["kind"] for d in documents] == [
        "ServiceAccount",
        "Role",
        "RoleBinding",
        "PersistentVolumeClaim",
        "CronJob",
    ]
    for document in documents:
        document["metadata"]["namespace"] = namespace
        for subject in document.get("subjects", []):
            subject["namespace"] = namespace
        answer = kube.apply(document, dry_run=True)
        assert answer["metadata"]["name"] == document["metadata"]["name"]
    role = next(d for d in documents if d["kind"] == "Role")
    verbs = {v for rule in role["rules"] for v in rule["verbs"]}
    assert verbs == {"get", "list"}, "the audit runbook's account must be read-only"
    assert json.dumps(documents).count("ClusterRole") == 0


# ------------------------------------------------------------------------------ procedures
def outputs(notebook: Path) -> list[tuple[str, list[Any]]]:
    """Per code cell after the parameters: (its source, its outputs' tables and records) —
    a table as (title, rows), a session record as its status."""
    cells = json.loads(notebook.read_text())["cells"]
    found = []
    for cell in cells:
        if cell["cell_type"] != "code" or "parameters" in cell["metadata"].get("tags", []):
            continue
        shown: list[Any] = []
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if audit.TABLE_MIME in data:
                table_ = data[audit.TABLE_MIME]
                shown.append((table_["title"], table_["rows"]))
            elif "application/vnd.dotop.session+json" in data:
                shown.append(("session", data["application/vnd.dotop.session+json"]["status"]))
            elif out.get("output_type") in ("execute_result", "error"):
                shown.append((out["output_type"], out.get("ename")))
        found.append(("".join(cell["source"]), shown))
    return found


def step(notebook: Path, source_start: str) -> list[Any]:
    """The outputs of the one code cell whose source starts with ``source_start``."""
    (shown,) = [shown for source, shown in outputs(notebook) if source.startswith(source_start)]
    return shown


def image(kube: KubeClient, name: str, ns: str) -> str:
    deploy = kube.get("apps/v1", "Deployment", name, ns)
    return str(deploy["spec"]["template"]["spec"]["containers"][0]["image"])


def test_rotate_image_is_one_proposal_and_the_notebook_tells_the_whole_story(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    args = ("workloads", "my-api, payments", "image", "3.2.0", "namespace", shop)
    code, out, nb = runbook(tmp_path, kubeconfig, "rotate-image", *args)
    assert code == 3, out
    assert (image(kube, "my-api", shop), image(kube, "payments", shop)) == (
        "ghcr.io/acme/my-api:1.4.0",
        "ghcr.io/acme/payments:3.0.0",
    )
    assert step(nb, "approved = ")[0][0] == "Decision"
    assert step(nb, "approved = ")[0][1][0][0].startswith("not approved (approve=False)")
    assert step(nb, "result = ") == [("Result", [["not run: nothing was approved"]])]
    assert step(nb, "checked = ") == [("Post-check", [["skipped: nothing ran"]])]

    code, out, nb = runbook(tmp_path, kubeconfig, "rotate-image", *args, "approve", "true")
    assert code == 0, out
    assert (image(kube, "my-api", shop), image(kube, "payments", shop)) == (
        "ghcr.io/acme/my-api:3.2.0",
        "ghcr.io/acme/payments:3.2.0",
    )
    rows = table(nb)
    assert len(rows) == 1  # one session for both workloads
    row = rows.iloc[0]
    assert (row["outcome"], row["approved_by"], row["intent"]) == (
        "executed",
        "ci-runner",
        "update my-api, payments to image 3.2.0",
    )
    before = step(nb, "proc.state_before(")
    assert before[0] == (
        "Workloads before the change",
        [
            ["deployment/my-api", 2, 2, 2, "ghcr.io/acme/my-api:1.4.0", "RollingUpdate"],
            ["deployment/payments", 2, 2, 2, "ghcr.io/acme/payments:3.0.0", "RollingUpdate"],
        ],
    )
    title, placed = before[1]
    assert title == "Pods of deployment/my-api by zone and node (before)"
    assert sum(r[2] for r in placed) == 2
    assert all(r[0].startswith("zone-") and r[1].startswith("kwok-node-") for r in placed)
    assert before[2] == (
        "Guards of deployment/my-api (before)",
        [
            ["autoscaler", "none"],
            ["disruption budget", "none"],
            ["container api", "probes: readiness; requests: cpu 100m, memory 128Mi"],
        ],
    )
    assert step(nb, "intent = ") == [("session", "proposed")]
    assert step(nb, "approved = ")[0][1][0][0].startswith("approved by ci-runner (unattended")
    assert step(nb, "result = ") == [("session", "executed")]
    assert step(nb, "checked = ") == [
        (
            "Post-check: what the cluster says now",
            [
                [
                    "deployment/my-api container api image",
                    "ghcr.io/acme/my-api:3.2.0",
                    "ghcr.io/acme/my-api:3.2.0",
                    True,
                ],
                ["deployment/my-api rollout", "2 ready and updated", "2 ready, 2 updated", True],
                [
                    "deployment/payments container payments image",
                    "ghcr.io/acme/payments:3.2.0",
                    "ghcr.io/acme/payments:3.2.0",
                    True,
                ],
                ["deployment/payments rollout", "2 ready and updated", "2 ready, 2 updated", True],
            ],
        )
    ]
    after = step(nb, "proc.state_after(")
    assert after[0][1] == [
        ["deployment/my-api", 2, 2, 2, "ghcr.io/acme/my-api:3.2.0", "RollingUpdate"],
        ["deployment/payments", 2, 2, 2, "ghcr.io/acme/payments:3.2.0", "RollingUpdate"],
    ]
    # The record keeps the typed intent beside its sentence.
    records = [
        o["data"]["application/vnd.dotop.session+json"]
        for c in json.loads(nb.read_text())["cells"]
        for o in c.get("outputs", [])
        if "application/vnd.dotop.session+json" in o.get("data", {})
    ]
    assert [(r["status"], r["intent"]) for r in records] == [
        ("proposed", "update my-api, payments to image 3.2.0"),
        ("executed", "update my-api, payments to image 3.2.0"),
    ]
    assert records[-1]["structured"] == {
        "v": 1,
        "action": "set_image",
        "targets": [{"name": "my-api"}, {"name": "payments"}],
        "image": "3.2.0",
    }


def test_a_parameter_that_makes_no_valid_intent_stops_before_anything_runs(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    code, out, nb = runbook(
        tmp_path,
        kubeconfig,
        "autoscale",
        "workload",
        "frontend",
        "min_replicas",
        "5",
        "max_replicas",
        "2",
        "namespace",
        shop,
        "approve",
        "true",
    )
    assert code == 2, out
    assert "do not make a valid autoscale" in out
    assert "max_replicas 2 is below min_replicas 5" in nb.read_text()
    assert audit.read([nb]).empty  # no session was recorded
    found = kube.list("autoscaling/v2", "HorizontalPodAutoscaler", shop)
    assert found == []


def test_fleet_audit_proposes_the_missing_requests_probes_and_pdbs_and_applies_them(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    code, out, nb = runbook(tmp_path, kubeconfig, "fleet-audit", "namespace", shop)
    assert code == 0, out  # by default the audit changes nothing
    (gaps,) = step(nb, "from dotop_nb import runbooks\n\nproc")
    assert gaps[0] == "Workloads without requests, probes or a PodDisruptionBudget (before)"
    missing = {row[0]: row[1] for row in gaps[1]}
    assert missing == {
        "deployment/cache": "pdb",
        "deployment/checkout": missing["deployment/checkout"],
        "deployment/frontend": "pdb",
        "deployment/my-api": "pdb",
        # orders (the shop's sidecar workload) has requests and a budget, no probes.
        "deployment/orders": "probes",
        "deployment/payments": "pdb",
        "deployment/worker": "requests, probes, pdb",
        "statefulset/cache": "requests, probes, pdb",
        "statefulset/postgres": missing["statefulset/postgres"],
    }
    assert step(nb, "intent = ")[0][1][0][0].startswith("nothing proposed: propose_fixes=False")
    # Only the shop's own budget (orders): the audit created none.
    budgets = kube.list("policy/v1", "PodDisruptionBudget", shop)
    assert [b["metadata"]["name"] for b in budgets] == ["orders"]

    code, out, nb = runbook(
        tmp_path,
        kubeconfig,
        "fleet-audit",
        "namespace",
        shop,
        "propose_fixes",
        "true",
        "approve",
        "true",
    )
    assert code == 0, out
    row = table(nb).iloc[0]
    assert (row["outcome"], row["approved_by"]) == ("executed", "ci-runner")
    worker = kube.get("apps/v1", "Deployment", "worker", shop)["spec"]["template"]["spec"]
    (container,) = worker["containers"]
    assert container["resources"]["requests"] == {"cpu": "100m", "memory": "128Mi"}
    assert container["readinessProbe"]["tcpSocket"] == {"port": "http"}
    pdbs = {p["metadata"]["name"] for p in kube.list("policy/v1", "PodDisruptionBudget", shop)}
    # deployment/cache and statefulset/cache share a name: each budget gets its own.
    assert pdbs == {
        "cache-deployment",
        "cache-statefulset",
        "checkout",
        "frontend",
        "my-api",
        "orders",
        "payments",
        "postgres",
        "worker",
    }
    redis = kube.get("apps/v1", "StatefulSet", "cache", shop)["spec"]["template"]["spec"]
    # redis declares no port: requests yes, no probe guessed (the table said so).
    assert redis["containers"][0]["resources"]["requests"] == {"cpu": "100m", "memory": "128Mi"}
    assert "readinessProbe" not in redis["containers"][0]
    assert "container redis declares no port" in json.dumps(gaps[1])
    assert all(r[3] is True for r in step(nb, "checked = ")[0][1])
    (after,) = step(nb, 'if proc.session is not None and proc.session.status == "executed"')
    assert after == (
        "Workloads without requests, probes or a PodDisruptionBudget (after)",
        [
            [
                "statefulset/cache",
                "probes",
                "probes: none (container redis declares no port: add one by hand)",
            ]
        ],
    )


def test_pre_maintenance_reports_what_would_block_a_drain(
    kube: KubeClient, shop: str, kubeconfig: str, tmp_path: Path
) -> None:
    kube.apply(
        {
            "apiVersion": "policy/v1",
            "kind": "PodDisruptionBudget",
            "metadata": {"name": "my-api", "namespace": shop},
            "spec": {"minAvailable": 2, "selector": {"matchLabels": {"app": "my-api"}}},
        }
    )

    def allowed() -> bool:
        # my-api's and the shop's own budget for orders (minAvailable 2 of 2 replicas).
        statuses = [
            kube.get("policy/v1", "PodDisruptionBudget", name, shop).get("status") or {}
            for name in ("my-api", "orders")
        ]
        return all(status.get("currentHealthy") == 2 for status in statuses)

    wait_for(allowed, what="the PodDisruptionBudgets to count 2 healthy pods", timeout=30)
    pods = kube.list("v1", "Pod", shop, label_selector="app=my-api")
    nodes = sorted(n["metadata"]["name"] for n in kube.list("v1", "Node"))
    code, out, nb = runbook(
        tmp_path,
        kubeconfig,
        "pre-maintenance",
        "namespace",
        shop,
        "nodes",
        ",".join(nodes),
        "fail_if_blocked",
        "true",
    )
    assert code == 5, out
    assert "blocked:" in out
    shown = dict(step(nb, "blockers = "))
    budgets = shown[f"PodDisruptionBudgets in {shop}"]
    assert budgets == [["my-api", "app=my-api", "2 / 2", 0], ["orders", "app=orders", "2 / 2", 0]]
    blockers = shown["What would block or hurt a drain"]
    assert sorted(r[1] for r in blockers if "my-api" in r[2]) == sorted(
        p["metadata"]["name"] for p in pods
    )
    assert {r[2] for r in blockers if r[1].startswith("my-api-")} - {
        "deployment/my-api: every replica on one node"  # wherever the scheduler put them
    } == {"PodDisruptionBudget my-api allows 0 disruptions now: eviction refused"}
    (worker,) = [r for r in blockers if r[1].startswith("worker-")]
    assert worker[2] == "deployment/worker: one replica: a drain of its node stops it"
    spread = {r[0]: r for r in shown[f"Spread of the workloads in {shop}"]}
    assert spread["deployment/worker"][5] == "one replica: a drain of its node stops it"
    my_api_nodes = len({p["spec"]["nodeName"] for p in pods})
    assert (spread["deployment/my-api"][1], spread["deployment/my-api"][3:5]) == (
        2,
        [my_api_nodes, "no"],
    )
    assert "blocked: " in nb.read_text()
    # Nothing changed: the runbook only reads.
    assert kube.get("apps/v1", "Deployment", "my-api", shop)["spec"]["replicas"] == 2
