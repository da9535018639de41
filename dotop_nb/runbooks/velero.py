"""The restore runbook's own steps: the schedule and its backups before, the Restore after.

A restore changes nothing a workload table would show until Velero's server has processed the
Restore, so the state before is what the choice rests on (the schedule, each backup's phase and
time, which one the planner will pick) and the post-check reads the Restore object as Velero
left it. The phase is reported as observed: a Restore that no Velero has picked up yet is
*created and waiting*, never called a success. Reads only.

Example (the cells of ``runbooks/restore.ipynb``)::

    velero.state_before(proc.op.client, schedule="shop-daily", backup="", namespace="shop")
    ...
    velero.post_check(proc)
"""

from __future__ import annotations

from typing import Any

from dotop_nb.app import OutcomeError
from dotop_nb.cluster.client import KubeClient
from dotop_nb.errors import NotFound
from dotop_nb.models import ApplyOp
from dotop_nb.planner.offline.restore import (
    INSTALL,
    SCHEDULE_LABEL,
    VELERO,
    VELERO_NAMESPACE,
    newest_completed,
    when,
)
from dotop_nb.runbooks.procedure import Procedure
from dotop_nb.ui import views

Json = dict[str, Any]
# Velero's final Restore phases that mean it did not restore everything.
_FAILED = frozenset({"Failed", "FailedValidation", "PartiallyFailed"})


def _list(client: KubeClient, kind: str, selector: str | None = None) -> list[Json] | None:
    """Objects of a Velero kind in Velero's namespace; None when the kind is not served."""
    try:
        return client.list(VELERO, kind, VELERO_NAMESPACE, label_selector=selector)
    except NotFound:
        return None


def state_before(client: KubeClient, *, schedule: str, backup: str, namespace: str) -> list[Json]:
    """Display the schedule (or the named backup) and its backups with phase and time, newest
    first, marking the one a restore would use. Returns the backups (empty: none, or Velero is
    not installed — the proposal then says what to install)."""
    if not (schedule or backup):
        _say("State before", "no schedule or backup given: -p schedule NAME, or -p backup NAME")
        return []
    found = _list(client, "Backup", f"{SCHEDULE_LABEL}={schedule}" if schedule else None)
    if found is None or _list(client, "Restore") is None:
        views.display_table(
            views.TableView(
                "Velero",
                ["state"],
                [["not installed: the cluster serves no velero.io Backup or Restore"]],
                note=INSTALL,
            )
        )
        return []
    if schedule:
        schedules = [s for s in _list(client, "Schedule") or [] if _name(s) == schedule]
        rows = [
            [
                _name(s),
                (s.get("spec") or {}).get("schedule", "-"),
                ", ".join(
                    (s.get("spec") or {}).get("template", {}).get("includedNamespaces") or ["*"]
                ),
                bool((s.get("spec") or {}).get("paused")),
                (s.get("status") or {}).get("lastBackup", "-"),
            ]
            for s in schedules
        ]
        views.display_table(
            views.TableView(
                f"Schedule {schedule} (namespace {VELERO_NAMESPACE})",
                ["schedule", "cron", "namespaces", "paused", "last backup"],
                rows,
                note="" if rows else f"no Schedule named {schedule} in {VELERO_NAMESPACE}",
            )
        )
    backups = found if schedule else [b for b in found if _name(b) == backup]
    chosen = newest_completed(backups) if schedule else (backups[0] if backups else None)
    views.display_table(
        views.TableView(
            f"Backups of {'schedule ' + schedule if schedule else 'name ' + backup}",
            ["backup", "phase", "time", "namespaces", "restore from"],
            [
                [
                    _name(b),
                    (b.get("status") or {}).get("phase") or "New",
                    when(b),
                    ", ".join((b.get("spec") or {}).get("includedNamespaces") or ["*"]),
                    "yes" if chosen is not None and _name(b) == _name(chosen) else "",
                ]
                for b in sorted(backups, key=when, reverse=True)
            ],
            note=f"a restore includes namespace {namespace} only",
        )
    )
    return backups


def post_check(proc: Procedure) -> list[list[Any]]:
    """The created Restore as Velero left it: its spec, and its phase as observed. No phase yet
    means no Velero server has processed it: reported as waiting, not as restored. A failed
    phase stops the runbook (exit 7)."""
    session = proc.session
    if session is None or session.status != "executed":
        _say("Post-check", "skipped: nothing ran")
        return []
    [apply] = [o for o in session.proposal.operations if isinstance(o, ApplyOp)]
    ref = apply.target.ref
    try:
        obj = proc.op.client.get(VELERO, "Restore", apply.target.name, VELERO_NAMESPACE)
    except NotFound:
        obj = None
    if obj is None:
        raise OutcomeError(f"failed: post-check: {ref} is gone", status="failed")
    spec, status = obj.get("spec") or {}, obj.get("status") or {}
    phase = status.get("phase") or ""
    wanted = apply.manifest["spec"]
    rows: list[list[Any]] = [
        [f"{ref} exists", "present", "present", True],
        [
            f"{ref} backup",
            wanted["backupName"],
            spec.get("backupName"),
            spec.get("backupName") == wanted["backupName"],
        ],
        [
            f"{ref} namespaces",
            ", ".join(wanted["includedNamespaces"]),
            ", ".join(spec.get("includedNamespaces") or ["*"]),
            spec.get("includedNamespaces") == wanted["includedNamespaces"],
        ],
        [
            f"{ref} phase",
            "Completed",
            phase or "none yet",
            True if phase == "Completed" else ("waiting" if phase not in _FAILED else False),
        ],
    ]
    note = (
        f"Velero restored it: {status.get('completionTimestamp', '')}"
        if phase == "Completed"
        else f"the Restore was created and is waiting for Velero (phase: {phase or 'none yet'}); "
        "nothing is restored until Velero's server processes it — look again with "
        f"`kubectl -n {VELERO_NAMESPACE} get restore {apply.target.name}`"
        if phase not in _FAILED
        else f"Velero reports {phase}: see `velero restore describe {apply.target.name}`"
    )
    views.display_table(
        views.TableView(
            "Post-check: the Restore as the cluster has it",
            ["check", "expected", "observed", "ok"],
            rows,
            note=note,
        )
    )
    failed = [r for r in rows if r[3] is False]
    if failed:
        raise OutcomeError(
            f"failed: post-check: {failed[0][0]}: expected {failed[0][1]}, observed {failed[0][2]}",
            status="failed",
            hint=note,
        )
    return rows


def state_after(client: KubeClient, *, namespace: str) -> list[Json]:
    """Display the Restores of ``namespace`` in Velero's namespace, newest first."""
    ours = [
        r
        for r in _list(client, "Restore") or []
        if ((r.get("spec") or {}).get("includedNamespaces") or []) == [namespace]
    ]
    ours.sort(key=lambda r: str(r["metadata"].get("creationTimestamp")), reverse=True)
    views.display_table(
        views.TableView(
            f"Restores of namespace {namespace} (after)",
            ["restore", "backup", "phase", "created"],
            [
                [
                    _name(r),
                    (r.get("spec") or {}).get("backupName", "-"),
                    (r.get("status") or {}).get("phase") or "none yet (waiting for Velero)",
                    r["metadata"].get("creationTimestamp", "-"),
                ]
                for r in ours
            ],
        )
    )
    return ours


def _name(obj: Json) -> str:
    return str(obj["metadata"]["name"])


def _say(step: str, *lines: str) -> None:
    views.display_table(views.TableView(step, [step.lower()], [[line] for line in lines]))


__all__ = ["post_check", "state_after", "state_before"]
