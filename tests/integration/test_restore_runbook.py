"""The ``restore`` runbook headless through papermill on the real control plane: the schedule and
its backups before, a Velero Restore of exactly the newest completed backup into the session's
namespace only, and a post-check that reports the Restore as waiting for Velero (nothing runs
Velero's server here, so nothing may claim it was restored).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import NotFound
from tests import crds
from tests.helpers import exists, wait_for
from tests.integration.test_runbooks import runbook, step, table

pytestmark = [pytest.mark.integration, pytest.mark.timeout(600)]

VELERO = "velero"
V1 = "velero.io/v1"


@pytest.fixture(scope="module")
def velero(kube: KubeClient) -> Iterator[str]:
    """Velero's CRDs and its namespace, gone again afterwards (the offline planner puts backup
    Schedules in namespace velero whenever it exists, which other tests do not expect)."""
    crds.install(kube, "velero")
    kube.apply({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": VELERO}})
    yield VELERO
    with contextlib.suppress(NotFound):
        kube.request("DELETE", f"/api/v1/namespaces/{VELERO}")
    wait_for(
        lambda: not exists(kube, "v1", "Namespace", VELERO, None),
        what="namespace velero deleted",
        timeout=90,
    )


def backup(kube: KubeClient, name: str, schedule: str, namespace: str, status: Any) -> None:
    """A Backup as Velero's server would leave it (its status written through /status)."""
    kube.apply(
        {
            "apiVersion": V1,
            "kind": "Backup",
            "metadata": {
                "name": name,
                "namespace": VELERO,
                "labels": {"velero.io/schedule-name": schedule},
            },
            "spec": {"includedNamespaces": [namespace]},
        }
    )
    if status:
        kube.request(
            "PATCH",
            f"/apis/velero.io/v1/namespaces/{VELERO}/backups/{name}/status",
            body={"status": status},
            content_type="application/merge-patch+json",
        )


@pytest.fixture
def schedule(kube: KubeClient, velero: str, namespace: str) -> Iterator[str]:
    name = f"{namespace}-daily"
    kube.apply(
        {
            "apiVersion": V1,
            "kind": "Schedule",
            "metadata": {"name": name, "namespace": VELERO},
            "spec": {"schedule": "0 2 * * *", "template": {"includedNamespaces": [namespace]}},
        }
    )
    done = {"phase": "Completed", "completionTimestamp": "2026-11-30T02:05:00Z"}
    backup(
        kube,
        f"{name}-1129",
        name,
        namespace,
        {**done, "completionTimestamp": "2026-11-29T02:04:00Z"},
    )
    backup(kube, f"{name}-1130", name, namespace, done)
    backup(
        kube,
        f"{name}-1201",
        name,
        namespace,
        {"phase": "Failed", "completionTimestamp": "2026-12-01T02:03:00Z"},
    )
    yield name
    for kind in ("restores", "backups", "schedules"):
        for obj in kube.list(V1, kind[:-1].capitalize(), VELERO):
            if obj["metadata"]["name"].startswith(name) or obj["metadata"]["name"].startswith(
                f"restore-{name}"
            ):
                with contextlib.suppress(NotFound):
                    kube.request(
                        "DELETE",
                        f"/apis/velero.io/v1/namespaces/{VELERO}/{kind}/{obj['metadata']['name']}",
                    )


def restores(kube: KubeClient, namespace: str) -> list[Any]:
    return [
        r
        for r in kube.list(V1, "Restore", VELERO)
        if (r.get("spec") or {}).get("includedNamespaces") == [namespace]
    ]


def test_restore_proposes_then_creates_exactly_the_restore_and_says_it_waits_for_velero(
    kube: KubeClient, namespace: str, schedule: str, kubeconfig: str, tmp_path: Path
) -> None:
    args = ("schedule", schedule, "namespace", namespace)
    code, out, nb = runbook(tmp_path, kubeconfig, "restore", *args)
    assert code == 3, out
    assert restores(kube, namespace) == []
    shown = step(nb, "backups = ")
    assert shown[0] == (
        f"Schedule {schedule} (namespace velero)",
        [[schedule, "0 2 * * *", namespace, False, "-"]],
    )
    assert shown[1] == (
        f"Backups of schedule {schedule}",
        [
            [f"{schedule}-1201", "Failed", "2026-12-01T02:03:00Z", namespace, ""],
            [f"{schedule}-1130", "Completed", "2026-11-30T02:05:00Z", namespace, "yes"],
            [f"{schedule}-1129", "Completed", "2026-11-29T02:04:00Z", namespace, ""],
        ],
    )
    assert step(nb, "intent = ") == [("session", "proposed")]
    row = table(nb).iloc[0]
    assert row["outcome"] == "proposed"
    assert row["intent"].startswith(
        f"restore the namespace from the newest completed backup of schedule {schedule} as "
        f"restore restore-{schedule[:40].rstrip('-')}-"  # the made name keeps 40 characters
    )
    assert step(nb, "checked = ") == [("Post-check", [["skipped: nothing ran"]])]

    code, out, nb = runbook(
        tmp_path, kubeconfig, "restore", *args, "restore_name", "r-" + namespace, "approve", "true"
    )
    assert code == 0, out
    [made] = restores(kube, namespace)
    assert made["metadata"]["name"] == "r-" + namespace
    assert made["spec"] == {"backupName": f"{schedule}-1130", "includedNamespaces": [namespace]}
    assert "status" not in made or not made["status"].get("phase")  # no Velero ran it
    row = table(nb).iloc[0]
    assert (row["outcome"], row["approved_by"]) == ("executed", "ci-runner")
    [(title, rows)] = step(nb, "checked = ")
    assert title == "Post-check: the Restore as the cluster has it"
    ref = f"restore/r-{namespace}"
    assert rows == [
        [f"{ref} exists", "present", "present", True],
        [f"{ref} backup", f"{schedule}-1130", f"{schedule}-1130", True],
        [f"{ref} namespaces", namespace, namespace, True],
        [f"{ref} phase", "Completed", "none yet", "waiting"],
    ]
    after = step(nb, "runbooks.velero.state_after(")
    assert after == [
        (
            f"Restores of namespace {namespace} (after)",
            [
                [
                    f"r-{namespace}",
                    f"{schedule}-1130",
                    "none yet (waiting for Velero)",
                    made["metadata"]["creationTimestamp"],
                ]
            ],
        )
    ]


def test_restore_without_a_completed_backup_asks_and_changes_nothing(
    kube: KubeClient, namespace: str, velero: str, kubeconfig: str, tmp_path: Path
) -> None:
    name = f"{namespace}-hourly"
    backup(
        kube,
        f"{name}-1",
        name,
        namespace,
        {"phase": "PartiallyFailed", "completionTimestamp": "2026-12-01T01:00:00Z"},
    )
    try:
        code, out, nb = runbook(
            tmp_path,
            kubeconfig,
            "restore",
            "schedule",
            name,
            "namespace",
            namespace,
            "approve",
            "true",
        )
        assert code == 4, out
        assert (
            f"Schedule '{name}' has no completed backup to restore from: its backups are "
            f"{name}-1 (PartiallyFailed)"
        ) in out
        assert restores(kube, namespace) == []
        assert table(nb).iloc[0]["outcome"] == "needs_clarification"
    finally:
        with contextlib.suppress(NotFound):
            kube.request("DELETE", f"/apis/velero.io/v1/namespaces/{VELERO}/backups/{name}-1")
