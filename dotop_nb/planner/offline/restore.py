"""A structured ``restore``: a Velero Restore of the session's namespace from a chosen backup.

Velero reads Restores only in its own namespace (``velero``), like Schedules. The backup is the
one the intent names, or the newest *completed* backup of the schedule it names (Velero labels
a schedule's backups ``velero.io/schedule-name``; newest by completion time, else creation
time). The Restore restores the session's namespace and nothing else (``includedNamespaces``),
which the ``velero-backups`` starter policy checks too. What cannot be planned — Velero not
installed, no such schedule, no completed backup, a backup without this namespace — is a
question that names what was found, and nothing is proposed.

Example::

    plan_restore(ctx, StructuredIntent(action="restore", schedule="shop-daily"))
    # ApplyOp of restore/restore-shop-daily-… in namespace velero:
    #   spec: {backupName: shop-daily-20261201020000, includedNamespaces: [shop]}
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from dotop_nb.errors import DotopError
from dotop_nb.intents import StructuredIntent
from dotop_nb.models import ApplyOp, Target
from dotop_nb.planner.offline import restorefilter
from dotop_nb.planner.offline.context import STOP, Clarify, Ctx, selector
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
VELERO = "velero.io/v1"
VELERO_NAMESPACE = "velero"
SCHEDULE_LABEL = "velero.io/schedule-name"
INSTALL = (
    "Install Velero (`velero install`, or the vmware-tanzu/velero Helm chart) with a backup "
    "storage location, so the cluster serves velero.io Schedule, Backup and Restore, then run "
    "the restore again."
)


def newest_completed(backups: list[Json]) -> Json | None:
    """The completed backup finished last (completion time, else creation time), or None."""
    done = [b for b in backups if (b.get("status") or {}).get("phase") == "Completed"]
    return max(done, key=when, default=None)


def when(backup: Json) -> str:
    """A backup's time (RFC 3339 UTC text sorts as time): completion, else creation."""
    status = backup.get("status") or {}
    return str(status.get("completionTimestamp") or backup["metadata"].get("creationTimestamp"))


def phases(backups: list[Json]) -> str:
    """``"a (Failed), b (InProgress)"``, newest first (no phase yet reads ``New``)."""
    ordered = sorted(backups, key=when, reverse=True)
    return ", ".join(
        f"{b['metadata']['name']} ({(b.get('status') or {}).get('phase') or 'New'})"
        for b in ordered
    )


def plan_restore(ctx: Ctx, intent: StructuredIntent) -> PlanResult:
    """The Restore for ``intent`` (action ``restore``), or a :class:`Clarify` saying why not."""
    if "velero" not in ctx.request.capabilities or not _served(ctx):
        raise Clarify(
            f"Velero is not installed: this cluster serves no velero.io Restore. {INSTALL}"
        )
    if not ctx.cluster.namespace_exists(VELERO_NAMESPACE):
        raise Clarify(
            f"Velero's namespace {VELERO_NAMESPACE!r} does not exist, so no Restore can be read "
            f"there. {INSTALL}"
        )
    backup = _from_schedule(ctx, intent.schedule) if intent.schedule else _named(ctx, intent)
    name = backup["metadata"]["name"]
    covered = (backup.get("spec") or {}).get("includedNamespaces") or ["*"]
    if ctx.namespace not in covered and "*" not in covered:
        raise Clarify(
            f"Backup {name} does not include namespace {ctx.namespace!r} (it backs up "
            f"{', '.join(covered)}): choose a backup of {ctx.namespace!r}."
        )
    assert intent.restore_name is not None  # filled in by the model
    manifest: Json = {
        "apiVersion": VELERO,
        "kind": "Restore",
        "metadata": {"name": intent.restore_name, "namespace": VELERO_NAMESPACE},
        "spec": {"backupName": name, "includedNamespaces": [ctx.namespace]},
    }
    restore = Target.of(manifest)
    source = (
        f"schedule {intent.schedule}'s newest completed backup" if intent.schedule else "backup"
    )
    return PlanResult(
        category="restore",
        operations=[
            ApplyOp(
                target=restore,
                manifest=manifest,
                reason=f"Velero restores namespace {ctx.namespace} from {source} {name}",
            )
        ],
        analysis=(
            f"Restore namespace `{ctx.namespace}` from {source} `{name}` (completed "
            f"{when(backup)}): a Velero Restore in namespace `{VELERO_NAMESPACE}` that includes "
            f"`{ctx.namespace}` only. Velero does the restore once it sees the Restore."
        ),
        risks=[
            "Velero does not overwrite objects that exist: only what is missing from "
            f"{ctx.namespace} comes back, as it was at {when(backup)}",
            "nothing is restored until Velero's server processes the Restore (its phase says how "
            "far it got)",
        ],
        capabilities=["velero"],
        targets=[restore],
        validation_plan=[f"{restore.describe()} exists"],
    )


def _served(ctx: Ctx) -> bool:
    """Whether Backups and Restores can be read (the velero capability needs only one kind)."""
    try:
        ctx.cluster.list_objects(VELERO, "Restore", VELERO_NAMESPACE, limit=1)
        ctx.cluster.list_objects(VELERO, "Backup", VELERO_NAMESPACE, limit=1)
    except DotopError:  # not served (NotFound), or not readable: no restore can be planned
        return False
    return True


def _get(ctx: Ctx, kind: str, name: str) -> Json | None:
    target = Target(kind=kind, name=name, namespace=VELERO_NAMESPACE, api_version=VELERO)
    return ctx.cluster.get(target)


def _from_schedule(ctx: Ctx, schedule: str) -> Json:
    backups = ctx.cluster.list_objects(
        VELERO, "Backup", VELERO_NAMESPACE, label_selector=f"{SCHEDULE_LABEL}={schedule}"
    )
    exists = _get(ctx, "Schedule", schedule) is not None
    if not backups:
        what = "has no backups yet" if exists else "does not exist and left no backups"
        raise Clarify(
            f"Schedule {schedule!r} in namespace {VELERO_NAMESPACE} {what}: there is nothing to "
            "restore from. Give another schedule, or a backup by name."
        )
    chosen = newest_completed(backups)
    if chosen is None:
        raise Clarify(
            f"Schedule {schedule!r} has no completed backup to restore from: its backups are "
            f"{phases(backups)}. Wait for one to complete, or give a backup by name."
        )
    return chosen


def _named(ctx: Ctx, intent: StructuredIntent) -> Json:
    assert intent.backup is not None  # the model requires a schedule or a backup
    backup = _get(ctx, "Backup", intent.backup)
    if backup is None:
        raise Clarify(
            f"There is no Backup named {intent.backup!r} in namespace {VELERO_NAMESPACE}."
        )
    phase = (backup.get("status") or {}).get("phase") or "New"
    if phase != "Completed":
        raise Clarify(
            f"Backup {intent.backup} is {phase}, not Completed: Velero restores only from a "
            "completed backup. Wait for it, or give another backup."
        )
    return backup


# "restore Velero backup shop-nightly-20261201", "from the velero backup `pg-pre-upgrade-1207`",
# "backup named nightly-0412": a backup's own name (a DNS name holding a digit or a hyphen).
_NAMED = re.compile(
    r"\bbackup\s*(?:named\s+|called\s+|[:=]\s*)?[`'\"]?(?P<name>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)"
    r"[`'\"]?(?![\w-]|\.\w)",
    re.I,
)


# A time or a day said: when, not what.
_WHEN = re.compile(
    r"(?<![\w.-])(?:\d{1,2}:\d{2}|\d{1,2}\s*(?:am|pm)|\d{4}-\d{2}-\d{2}|midnight|noon|"
    r"tomorrow|tonight|(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?)"
    r"(?![\w-])",
    re.I,
)
# "into staging", "into namespace qa", "to the staging namespace": where the restore goes.
_ELSEWHERE = re.compile(
    r"\b(?:into|to|in)\s+(?:the\s+)?(?:namespace\s+|ns\s+)(?P<ns>[a-z0-9][a-z0-9-]*)\b|"
    r"\binto\s+(?!(?:this|that|the|our|its|their|the\s+same|same|it)\b)"
    r"(?P<ns2>[a-z0-9][a-z0-9-]*)(?:\s+(?:namespace|ns))?\b|"
    r"\b(?:into|to|in)\s+(?:the\s+)?(?P<ns3>[a-z0-9][a-z0-9-]*)\s+(?:namespace|ns)\b",
    re.I,
)


# "the platform backup postgres-daily-20261201", "the RDS snapshot backup pg-1", "the provider's
# backup db-0412": a backup said to be another system's (or another owner's), which a Velero
# Restore cannot restore from; never "the velero backup …", "the nightly backup …".
_FOREIGN = re.compile(
    r"\b(?P<whose>platform|provider|cloud|vendor|hosting|managed|rds|aurora|cloud\s*sql|"
    r"azure|aws|gcp|gke|eks|aks|heroku|pgbackrest|barman|wal-?g|ebs|san|nas|storage|"
    r"dba|pg_?dump|snapshot)(?:'s)?\s+(?:\w+\s+)?backup\s*(?:named\s+|called\s+|"
    r"[:=]\s*)?[`'\"]?(?P<name>[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)",
    re.I,
)


def foreign(text: str, name: str) -> str | None:
    """The words that say backup ``name`` is another system's ("the platform backup X", "the
    RDS backup X"), or None. A Velero Restore restores only Velero's own backups, so such a
    name is asked about, never restored from as if it were Velero's."""
    for m in _FOREIGN.finditer(text):
        if m.group("name").lower() == name.lower() and "velero" not in m.group(0).lower():
            return m.group(0)[: m.start("name") - m.start()].strip()
    return None


def backup_named_in(text: str) -> bool:
    """Whether ``text`` names a backup by a name of its own (a digit or a hyphen in it)."""
    return any(rx(r"[\d-]").search(m.group("name")) for m in _NAMED.finditer(text))


def backup_named(ctx: Ctx) -> str | None:
    """The backup the words name exactly ("restore velero backup shop-nightly-20261201"), or
    None. A name is one with a digit or a hyphen that is no workload's and no word of ours."""
    names = {
        m.group("name").lower()
        for m in _NAMED.finditer(ctx.raw)
        if rx(r"[\d-]").search(m.group("name"))
        and m.group("name").lower() not in STOP
        and not ctx.workloads(m.group("name").lower())
    }
    if len(names) > 1:
        raise Clarify(f"I read backups {', '.join(sorted(names))}: which one should be restored?")
    return names.pop() if names else None


def without_backup_name(text: str) -> str:
    """``text`` with the backups' names blanked ("pg-pre-upgrade-1207" is a name, no upgrade)."""
    return _NAMED.sub(lambda m: m.group(0)[: m.start("name") - m.start()] + " ", text)


def plan_said(ctx: Ctx, name: str) -> PlanResult:
    """A Restore from the backup said by name, of the workload named (its pods' labels) or of
    the session's namespace. Where Velero's namespace can be read, the backup must be there,
    completed and of this namespace (as :func:`plan_restore`); where it cannot, the name is
    taken as said and the risk says so. Never a backup made in its place."""
    if "velero" not in ctx.request.capabilities:
        raise Clarify(
            f"Velero is not installed: this cluster serves no velero.io Restore. {INSTALL}"
        )
    if whose := foreign(ctx.raw, name):
        raise Clarify(
            f"I read {whose!r} {name}: a backup of another system, not one Velero took, and a "
            "Velero Restore restores only Velero's own backups. Restore it with the tool that "
            f"made it, or, if {name} is a Velero backup, say 'restore from the Velero backup "
            f"{name}'."
        )
    # "only the configmaps", "--exclude-resources pvcs", "(dry run)": carried or asked.
    extra = restorefilter.spec(ctx.raw, ctx.namespace)
    # A time said that no wait was read from ("| Sat 10:00 |"): asked, never run now.
    from dotop_nb.planner.offline import clock  # noqa: PLC0415 - clock reads addons, this

    left, _ = clock.take(without_backup_name(ctx.raw.lower()))
    if when := _WHEN.search(left):
        raise Clarify(
            f"I read {when.group(0)!r} beside the restore but not as when to run it: say it as "
            "'at 10:00' (the plan then waits for it), or ask for the restore alone."
        )
    m = _ELSEWHERE.search(ctx.raw)
    where = (m.group("ns") or m.group("ns2") or m.group("ns3") or "").lower() if m else ""
    if m and where not in (ctx.namespace, "this", "that", "our", "the", "same", "it"):
        raise Clarify(
            f"I read {m.group(0)!r}, but this session works in {ctx.namespace!r}: a restore "
            f"into another namespace is not planned here. Restore into {ctx.namespace!r}, or "
            "run the session in the other namespace."
        )
    home = VELERO_NAMESPACE if ctx.cluster.namespace_exists(VELERO_NAMESPACE) else None
    risks = [
        "Velero does not overwrite objects that exist: only what is missing comes back, as it "
        "was when the backup was taken",
        "nothing is restored until Velero's server processes the Restore (its phase says how "
        "far it got)",
    ]
    if home is not None:
        backup = _named(ctx, StructuredIntent(action="restore", backup=name))
        covered = (backup.get("spec") or {}).get("includedNamespaces") or ["*"]
        if ctx.namespace not in covered and "*" not in covered:
            raise Clarify(
                f"Backup {name} does not include namespace {ctx.namespace!r} (it backs up "
                f"{', '.join(covered)}): choose a backup of {ctx.namespace!r}."
            )
    else:
        risks.append(
            f"Velero's namespace {VELERO_NAMESPACE!r} was not found, so backup {name} could not "
            f"be checked and the Restore is created in {ctx.namespace}: Velero fails a Restore "
            "of a backup it does not have (and restores nothing)"
        )
    spec: Json = {"backupName": name, "includedNamespaces": [ctx.namespace], **extra}
    what = f"namespace {ctx.namespace}"
    named = ctx.workloads()
    if named:
        target, obj = ctx.workload()
        spec["labelSelector"] = {"matchLabels": selector(obj)}
        what = (
            f"{target.describe()} (the objects labelled "
            + ",".join(f"{k}={v}" for k, v in selector(obj).items())
            + ")"
        )
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
    manifest: Json = {
        "apiVersion": VELERO,
        "kind": "Restore",
        "metadata": {
            "name": f"restore-{name[:40].rstrip('-.')}-{stamp}",
            "namespace": home or ctx.namespace,
        },
        "spec": spec,
    }
    restore = Target.of(manifest)
    return PlanResult(
        category="restore",
        operations=[
            ApplyOp(
                target=restore,
                manifest=manifest,
                reason=f"Velero restores {what} from backup {name}",
            )
        ],
        analysis=(
            f"Restore {what} from Velero backup `{name}`, named exactly: a Velero Restore that "
            f"includes `{ctx.namespace}` only"
            + (f" ({restorefilter.described(extra)})" if extra else "")
            + ". Velero does the restore once it sees the Restore."
        ),
        risks=risks,
        capabilities=["velero"],
        targets=[restore],
        validation_plan=[f"{restore.describe()} exists"],
    )


__all__ = [
    "INSTALL",
    "VELERO_NAMESPACE",
    "backup_named",
    "newest_completed",
    "phases",
    "plan_restore",
    "plan_said",
    "when",
    "without_backup_name",
]
