"""Rules that add something beside a workload: backups, network security (monitoring is
:mod:`.monitors`)."""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import ApplyOp, Target
from dotop_nb.planner.offline import slots
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify, Ctx, containers, pod_labels, selector
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
_DATABASES = {
    "postgres": ("pg_dump", "postgres"),
    "postgresql": ("pg_dump", "postgres"),
    "mysql": ("mysqldump", "mysql"),
    "mariadb": ("mysqldump", "mysql"),
}


def services_for(ctx: Ctx, obj: Json) -> list[Json]:
    """Services whose selector picks this workload's pods."""
    labels = pod_labels(obj)
    found = []
    for svc in ctx.cluster.list_objects("v1", "Service", ctx.namespace):
        sel = (svc.get("spec") or {}).get("selector") or {}
        if sel and all(labels.get(k) == v for k, v in sel.items()):
            found.append(svc)
    return found


def backup(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    cron = None
    for said in ctx.said():
        cron = t.schedule(said)
        if cron:
            break
    cron = cron or "0 2 * * *"
    capabilities = set(ctx.request.capabilities)
    if "velero" in capabilities:
        velero_ns = "velero" if ctx.cluster.namespace_exists("velero") else ctx.namespace
        name = f"{target.name}-{ctx.namespace}"[:63].rstrip("-")
        manifest: Json = {
            "apiVersion": "velero.io/v1",
            "kind": "Schedule",
            "metadata": {"name": name, "namespace": velero_ns},
            "spec": {
                "schedule": cron,
                "template": {
                    "includedNamespaces": [ctx.namespace],
                    "labelSelector": {"matchLabels": selector(obj)},
                    "snapshotVolumes": target.kind == "StatefulSet",
                    "ttl": "720h0m0s",
                },
            },
        }
        schedule = Target.of(manifest)
        risks = (
            []
            if velero_ns == "velero"
            else [
                "Velero watches its own namespace (usually `velero`), which does not exist here: "
                "this Schedule is created beside the app and may need moving"
            ]
        )
        return PlanResult(
            category="backup",
            operations=[
                ApplyOp(
                    target=schedule,
                    manifest=manifest,
                    reason=f"Velero backs up {target.describe()} on '{cron}'",
                )
            ],
            analysis=(
                f"Velero is installed: a Schedule backs up {target.describe()} (its "
                f"objects{' and volume snapshots' if target.kind == 'StatefulSet' else ''}) "
                f"on cron `{cron}`, kept 30 days."
            ),
            risks=risks,
            capabilities=["velero"],
            targets=[target, schedule],
            validation_plan=[f"{schedule.describe()} exists"],
        )
    image = " ".join(c.get("image", "") for c in containers(obj)).lower()
    engine = next((v for k, v in _DATABASES.items() if k in image), None)
    if engine is None:
        raise Clarify(
            f"Velero is not installed, and {target.describe()} does not run a database this "
            "planner knows how to dump (PostgreSQL, MySQL/MariaDB). Install Velero to back up "
            "objects and volumes, or say which command produces the backup."
        )
    tool, flavour = engine
    service = next((s["metadata"]["name"] for s in services_for(ctx, obj)), target.name)
    container = containers(obj)[0]
    env = [
        e
        for e in container.get("env") or []
        if e.get("name", "").startswith(("POSTGRES_", "PG", "MYSQL_"))
    ]
    # No shell in the job either: the database's own client writes the dump, and Kubernetes
    # expands $(VAR) from the container's environment.
    if flavour == "postgres":
        env = [*env, {"name": "PGHOST", "value": service}]
        user = "$(POSTGRES_USER)" if any(e["name"] == "POSTGRES_USER" for e in env) else "postgres"
        command = [tool, "--username", user, "--file", "/backup/latest.sql"]
    else:
        command = [
            tool,
            "--host",
            service,
            "--user",
            "root",
            "--all-databases",
            "--result-file",
            "/backup/latest.sql",
        ]
    pvc_name = f"{target.name}-backups"
    pvc = {
        "apiVersion": "v1",
        "kind": "PersistentVolumeClaim",
        "metadata": {"name": pvc_name, "namespace": ctx.namespace, "labels": dict(pod_labels(obj))},
        "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "10Gi"}}},
    }
    job = {
        "apiVersion": "batch/v1",
        "kind": "CronJob",
        "metadata": {
            "name": f"{target.name}-backup",
            "namespace": ctx.namespace,
            "labels": dict(pod_labels(obj)),
        },
        "spec": {
            "schedule": cron,
            "concurrencyPolicy": "Forbid",
            "successfulJobsHistoryLimit": 3,
            "failedJobsHistoryLimit": 3,
            "jobTemplate": {
                "spec": {
                    "backoffLimit": 2,
                    "template": {
                        "spec": {
                            "restartPolicy": "OnFailure",
                            "containers": [
                                {
                                    "name": "backup",
                                    "image": container.get("image"),
                                    "command": command,
                                    "env": env,
                                    "volumeMounts": [{"name": "backup", "mountPath": "/backup"}],
                                }
                            ],
                            "volumes": [
                                {"name": "backup", "persistentVolumeClaim": {"claimName": pvc_name}}
                            ],
                        }
                    },
                }
            },
        },
    }
    return PlanResult(
        category="backup",
        operations=[
            ApplyOp(target=Target.of(pvc), manifest=pvc, reason="where the dumps are kept"),
            ApplyOp(
                target=Target.of(job),
                manifest=job,
                reason=f"{tool} of {target.describe()} on '{cron}'",
            ),
        ],
        analysis=(
            f"Velero is not installed, so a CronJob runs `{tool}` against "
            f"{target.describe()} on cron `{cron}` and writes the dump to "
            f"PersistentVolumeClaim {pvc_name}."
        ),
        risks=[
            "each run replaces latest.sql, and the dump stays in the cluster (same failure "
            "domain): copy it off-site",
            "credentials are taken from the database container's environment",
        ],
        capabilities=["cronjob"],
        targets=[target, Target.of(job)],
        validation_plan=[f"cronjob/{target.name}-backup exists"],
    )


_PROTECT = (
    r"(?:reach|reaching|call|calling|access|accessing|talk\s+to|connect\s+to|ingress\s+to|"
    r"access\s+to|lock\s+down|restrict\s+access\s+to|restrict|protect|isolate|into)\s+([a-z0-9-]+)"
)
_ALLOW = r"(?:only(?:\s+from)?|from|except(?:\s+from)?|allow\s+only|just)\s+(?:the\s+)?([a-z0-9-]+)"


def security(ctx: Ctx) -> PlanResult:
    named = ctx.workloads()
    if not named:
        raise Clarify(
            "Which workload should be protected, and who may reach it? Say e.g. "
            "'only frontend may reach payments'."
        )
    by_name = {target.name: (target, obj) for target, obj in named}
    protected = allowed = None
    for m in re.finditer(_PROTECT, ctx.text):
        if m.group(1) in by_name:
            protected = m.group(1)
            break
    for m in re.finditer(_ALLOW, ctx.text):
        if m.group(1) in by_name and m.group(1) != protected:
            allowed = m.group(1)
            break
    if protected is None and allowed is not None:
        rest = [n for n in by_name if n != allowed]
        protected = rest[0] if len(rest) == 1 else None
    if protected is None:
        raise Clarify(
            f"Which workload should only accept the traffic: "
            f"{', '.join(by_name)}? Say e.g. 'only frontend may reach payments'."
        )
    target, obj = by_name[protected]
    ingress: list[Json] = []
    if allowed is not None:
        source = by_name[allowed][1]
        ingress = [
            {"from": [{"podSelector": {"matchLabels": pod_labels(source) or selector(source)}}]}
        ]
        if (port := slots.port(ctx.text)) is not None:
            # "… on port 8080": the allowance covers that port only.
            ingress[0]["ports"] = [{"protocol": "TCP", "port": port}]
    name = f"{protected}-allow-from-{allowed}" if allowed else f"{protected}-deny-ingress"
    policy = {
        "apiVersion": "networking.k8s.io/v1",
        "kind": "NetworkPolicy",
        "metadata": {
            "name": name[:63].rstrip("-"),
            "namespace": ctx.namespace,
            "labels": dict(pod_labels(obj)),
        },
        "spec": {
            "podSelector": {"matchLabels": selector(obj)},
            "policyTypes": ["Ingress"],
            "ingress": ingress,
        },
    }
    policy_target = Target.of(policy)
    who = f"pods of {by_name[allowed][0].describe()}" if allowed else "nothing"
    if ingress and "ports" in ingress[0]:
        who += f" on port {ingress[0]['ports'][0]['port']}"
    return PlanResult(
        category="security",
        operations=[
            ApplyOp(
                target=policy_target,
                manifest=policy,
                reason=f"only {who} may open connections to {target.describe()}",
            )
        ],
        analysis=(
            f"A NetworkPolicy selects the pods of {target.describe()} and allows ingress "
            f"only from {who}; all other ingress to them is denied."
        ),
        risks=[
            "NetworkPolicies take effect only with a network plugin that enforces them "
            "(Calico, Cilium, …)",
            "other callers of this workload (ingress controllers, monitoring) lose access "
            "unless allowed too",
        ],
        capabilities=["network-policy"],
        targets=[target, policy_target],
        validation_plan=[f"{policy_target.describe()} exists"],
    )
