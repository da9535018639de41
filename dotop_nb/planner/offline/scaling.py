"""Rules that make a workload scale by itself or survive failures: autoscaling and HA."""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import ApplyOp, PatchOp, Target
from dotop_nb.planner.offline import budgets, hpa, triggers
from dotop_nb.planner.offline.context import Clarify, Ctx, containers, pod_labels, selector
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
DEFAULT_REQUESTS = {"cpu": "100m", "memory": "128Mi"}


def _missing_requests(obj: Json, resource: str) -> list[str]:
    return [
        c["name"]
        for c in containers(obj)
        if resource not in ((c.get("resources") or {}).get("requests") or {})
    ]


def autoscale(ctx: Ctx, said: hpa.Bounds | None = None, resource: str | None = None) -> PlanResult:
    """An autoscaler for the workload; ``said`` and ``resource`` are read from the text unless
    given (typed, by :mod:`.structured`)."""
    target, obj = ctx.workload()
    if target.kind == "DaemonSet":
        raise Clarify(
            f"{target.describe()} is a DaemonSet (one pod per node): it cannot be "
            "autoscaled horizontally."
        )
    text = ctx.text
    resource = resource or ("memory" if re.search(r"\b(memory|mem|ram)\b", text) else "cpu")
    # "on cpu and memory": one metric (and the requests it needs) per resource.
    both = resource == "memory" and bool(re.search(r"\bcpu\b", text))
    resources = ["cpu", "memory"] if both else [resource]
    trigger, words = triggers.prometheus(ctx.raw)
    said = hpa.bounds(words) if said is None else said
    if (found := hpa.existing(ctx, target)) is not None and not re.search(r"keda", text):
        # Editing an HPA changes the fields said, never a second HPA or defaults for the rest.
        return hpa.edit(ctx, target, found, said, resource)
    target_pct_rec, pct_pattern = ctx.recommendation("autoscale", "target_cpu_utilization")
    target_pct = said.percent if said.percent is not None else int(target_pct_rec or 70)
    current = int((obj.get("spec") or {}).get("replicas", 1))
    low, high = said.minimum, said.maximum
    rec_min, min_pattern = ctx.recommendation("autoscale", "min_replicas")
    rec_max, max_pattern = ctx.recommendation("autoscale", "max_replicas")
    policy_min, min_policy = ctx.policy_bound("min_replicas", target)
    policy_max, max_policy = ctx.policy_bound("max_replicas", target)
    minimum = low if low is not None else max(int(rec_min or 2), policy_min or 0)
    minimum = max(minimum, 1)
    maximum = high if high is not None else int(rec_max or max(10, minimum * 3, current * 2))
    explained = []
    if policy_max is not None and maximum > policy_max:
        explained.append(f"policy {max_policy} caps replicas at {policy_max}")
        maximum = policy_max
    if maximum < minimum:
        raise Clarify(
            f"The maximum ({maximum}) is below the minimum ({minimum}). What range "
            f"should {target.describe()} scale in?"
        )
    if low is None and min_policy and policy_min and minimum == policy_min:
        explained.append(f"policy {min_policy} requires at least {policy_min} replicas")

    capabilities = set(ctx.request.capabilities)
    wants_hpa = bool(re.search(r"\bhpa\b|horizontalpodautoscaler|horizontal pod", text))
    use_keda = "keda" in capabilities and not wants_hpa and not re.search(r"\bno keda\b", text)
    if trigger is not None and not use_keda:
        raise Clarify(
            f"A Prometheus trigger needs KEDA (keda.sh ScaledObject), and "
            f"{'an HPA was asked for' if wants_hpa else 'KEDA is not installed here'}. "
            "Install KEDA, or autoscale on cpu or memory instead."
        )
    prefer, prefer_pattern = ctx.recommendation("autoscale", "prefer")
    if isinstance(prefer, list) and prefer and prefer[0] == "hpa" and not re.search(r"keda", text):
        use_keda = False

    ops: list[Any] = []
    # A Prometheus trigger scales on its query: no utilisation, so no requests are needed.
    lacking = {r: _missing_requests(obj, r) for r in resources} if trigger is None else {}
    missing = sorted({name for names in lacking.values() for name in names})
    if missing:
        patch = {
            "spec": {
                "template": {
                    "spec": {
                        "containers": [
                            {
                                "name": name,
                                "resources": {
                                    "requests": {
                                        r: DEFAULT_REQUESTS[r]
                                        for r in resources
                                        if name in lacking[r]
                                    }
                                },
                            }
                            for name in missing
                        ]
                    }
                }
            }
        }
        ops.append(
            PatchOp(
                target=target,
                patch_type="strategic",
                patch=patch,
                reason=f"utilisation-based autoscaling needs {' and '.join(resources)} "
                f"requests on every container ({', '.join(missing)} had none); "
                f"{', '.join(DEFAULT_REQUESTS[r] for r in resources)} is a start — "
                "set what the app really needs",
            )
        )
    ref = {"apiVersion": target.api_version, "kind": target.kind, "name": target.name}
    if use_keda:
        manifest: Json = {
            "apiVersion": "keda.sh/v1alpha1",
            "kind": "ScaledObject",
            "metadata": {
                "name": target.name,
                "namespace": ctx.namespace,
                "labels": dict(pod_labels(obj)),
            },
            "spec": {
                "scaleTargetRef": ref,
                "minReplicaCount": minimum,
                "maxReplicaCount": maximum,
                "triggers": [trigger]
                if trigger is not None
                else [
                    {
                        "type": r,
                        "metricType": "Utilization",
                        "metadata": {"value": str(target_pct)},
                    }
                    for r in resources
                ],
            },
        }
        decided = (
            "KEDA is installed (keda.sh ScaledObject served), so a ScaledObject: KEDA "
            "manages the HPA and can add event sources later"
        )
    else:
        manifest = {
            "apiVersion": "autoscaling/v2",
            "kind": "HorizontalPodAutoscaler",
            "metadata": {
                "name": target.name,
                "namespace": ctx.namespace,
                "labels": dict(pod_labels(obj)),
            },
            "spec": {
                "scaleTargetRef": ref,
                "minReplicas": minimum,
                "maxReplicas": maximum,
                "metrics": [
                    {
                        "type": "Resource",
                        "resource": {
                            "name": r,
                            "target": {"type": "Utilization", "averageUtilization": target_pct},
                        },
                    }
                    for r in resources
                ],
            },
        }
        decided = (
            "an HPA was asked for explicitly"
            if wants_hpa
            else "KEDA is not installed, so a HorizontalPodAutoscaler (autoscaling/v2)"
        )
    auto_target = Target.of(manifest)
    ops.append(
        ApplyOp(
            target=auto_target,
            manifest=manifest,
            reason=f"scale {target.describe()} between {minimum} and {maximum} replicas "
            + (
                f"on the Prometheus query {trigger['metadata']['query']!r} (threshold "
                f"{trigger['metadata']['threshold']})"
                if trigger is not None
                else f"on {' and '.join(resources)} at {target_pct}% utilisation"
            ),
        )
    )
    risks = []
    if "metrics-server" not in capabilities:
        risks.append(
            "metrics-server is not installed (no metrics.k8s.io): the autoscaler will "
            "exist but cannot act until resource metrics are available"
        )
    if current < minimum:
        risks.append(
            f"{target.describe()} runs {current} replicas; the autoscaler will raise it "
            f"to {minimum}"
        )
    patterns = sorted({p for p in (pct_pattern, min_pattern, max_pattern, prefer_pattern) if p})
    analysis = (
        f"Autoscale {target.describe()} on {' and '.join(resources)} utilisation (target "
        f"{target_pct}%) between {minimum} and {maximum} replicas. Why "
        f"{auto_target.kind}: {decided}."
        + (f" Constraints: {'; '.join(explained)}." if explained else "")
    )
    return PlanResult(
        category="autoscale",
        operations=ops,
        analysis=analysis,
        risks=risks,
        patterns=patterns,
        capabilities=["keda"] if use_keda else ["hpa"],
        targets=[target, auto_target],
        validation_plan=[f"{auto_target.describe()} exists and targets {target.describe()}"]
        + (
            [f"{target.describe()} rolls out with {' and '.join(resources)} requests"]
            if missing
            else []
        ),
    )


def _spread(zones: set[str], revision_label: str) -> list[Json]:
    # Zones are a hard constraint (the point of HA is surviving one), nodes a soft one. Spreading
    # per revision (matchLabelKeys) keeps a rollout's new pods spread on their own, instead of
    # around the old pods that are about to go away.
    constraints = []
    if len(zones) >= 2:
        constraints.append(
            {
                "maxSkew": 1,
                "topologyKey": "topology.kubernetes.io/zone",
                "whenUnsatisfiable": "DoNotSchedule",
                "matchLabelKeys": [revision_label],
            }
        )
    constraints.append(
        {
            "maxSkew": 1,
            "topologyKey": "kubernetes.io/hostname",
            "whenUnsatisfiable": "ScheduleAnyway",
            "matchLabelKeys": [revision_label],
        }
    )
    return constraints


def high_availability(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    if target.kind == "DaemonSet":
        raise Clarify(f"{target.describe()} is a DaemonSet: it already runs on every node.")
    current = int((obj.get("spec") or {}).get("replicas", 1))
    rec, pattern = ctx.recommendation("ha", "min_replicas")
    policy_min, policy = ctx.policy_bound("min_replicas", target)
    wanted = max(current, int(rec or 3), policy_min or 0)
    match = selector(obj)
    zones = ctx.zones()
    revision = "pod-template-hash" if target.kind == "Deployment" else "controller-revision-hash"
    spread = [dict(c, labelSelector={"matchLabels": match}) for c in _spread(zones, revision)]
    existing = ((obj.get("spec") or {}).get("template") or {}).get("spec", {}).get(
        "topologySpreadConstraints"
    ) or []
    spec: Json = {}
    if wanted != current:
        spec["replicas"] = wanted
    if not existing:
        spec["template"] = {"spec": {"topologySpreadConstraints": spread}}
    ops: list[Any] = []
    if spec:
        ops.append(
            PatchOp(
                target=target,
                patch_type="strategic",
                patch={"spec": spec},
                reason="enough replicas, spread over zones and nodes",
            )
        )
    pdb_rec, pdb_pattern = ctx.recommendation("ha", "pdb")
    budget: Json = {"maxUnavailable": 1}
    if isinstance(pdb_rec, dict):
        if "min_available" in pdb_rec:
            budget = {"minAvailable": pdb_rec["min_available"]}
        elif "max_unavailable" in pdb_rec:
            budget = {"maxUnavailable": pdb_rec["max_unavailable"]}
    pdb = budgets.manifest_for(ctx, target, obj, budget)
    pdb_target = Target.of(pdb)
    if ctx.get("PodDisruptionBudget", target.name, "policy/v1") is None or spec:
        ops.append(
            ApplyOp(
                target=pdb_target,
                manifest=pdb,
                reason="voluntary disruptions (drains, upgrades) take at most one pod at a time",
            )
        )
    if not ops:
        raise Clarify(
            f"{target.describe()} already runs {current} replicas with spread "
            "constraints and a PodDisruptionBudget. What else should change?"
        )
    reasons = [f"{wanted} replicas"]
    if policy and policy_min == wanted:
        reasons.append(f"the minimum of policy {policy}")
    if len(zones) >= 2:
        reasons.append(f"spread over {len(zones)} zones ({', '.join(sorted(zones))}) and nodes")
    else:
        reasons.append("spread over nodes (the nodes carry no zone labels)")
    risks = []
    if target.kind == "StatefulSet":
        risks.append(
            "more replicas of a database are not replication: the app must be "
            "configured as a cluster (or use an operator such as CloudNativePG)"
        )
    return PlanResult(
        category="ha",
        operations=ops,
        analysis=(
            f"Make {target.describe()} highly available: {', '.join(reasons)}, and a "
            f"PodDisruptionBudget ({', '.join(f'{k} {v}' for k, v in budget.items())})."
        ),
        risks=risks,
        patterns=sorted({p for p in (pattern, pdb_pattern) if p}),
        targets=[target, pdb_target],
        validation_plan=[
            f"{target.describe()} rolls out with {wanted} ready replicas",
            f"{pdb_target.describe()} is observed and allows one disruption",
        ],
    )
