"""Rules that change a workload in place: update the image, scale, restart, roll back."""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import PatchOp, RolloutRestartOp, RolloutUndoOp, ScaleOp, SetImageOp, Target
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
_ZERO_DOWNTIME = re.compile(r"zero[- ]downtime|without downtime|no downtime|safely|no outage")


def pick_container(ctx: Ctx, target: Target, obj: Json) -> Json:
    """The container the intent means: the only one, or the one it names."""
    items = containers(obj)
    if len(items) == 1:
        return items[0]
    named = [
        c
        for c in items
        if re.search(rf"\b{re.escape(c['name'])}\b", ctx.text) and c["name"] != target.name
    ]
    if len(named) == 1:
        return named[0]
    names = ", ".join(c["name"] for c in items)
    raise Clarify(
        f"{target.describe()} has containers {names}: which one? "
        "Say e.g. 'set image of container api in …'."
    )


def update(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    container = pick_container(ctx, target, obj)
    current = str(container.get("image", ""))
    image = None
    for said in ctx.said():
        if found := t.image_in(said):
            image = found
        elif version := t.version_in(said):
            image = t.retag(current, version)
        if image:
            break
    if image is None:
        raise Clarify(
            f"Which image or version should {target.describe()} run? It runs "
            f"{current} now. Say e.g. 'update {target.name} to version 1.2.3'."
        )
    if image == current:
        raise Clarify(f"{target.describe()} already runs {image}. Which version did you mean?")
    ops: list[Any] = [
        SetImageOp(
            target=target,
            container=container["name"],
            image=image,
            reason=f"requested: {ctx.request.intent}",
        )
    ]
    patterns: list[str] = []
    analysis = [
        f"Container `{container['name']}` of {target.describe()} runs `{current}`; "
        f"roll it to `{image}`."
    ]
    strategy, pattern = ctx.recommendation("update", "strategy")
    wants_zero = bool(_ZERO_DOWNTIME.search(ctx.text)) or pattern is not None
    if wants_zero and target.kind == "Deployment":
        rolling = dict(strategy or {}) if isinstance(strategy, dict) else {}
        max_unavailable = rolling.get("max_unavailable", 0)
        max_surge = rolling.get("max_surge", 1)
        current_rolling = ((obj.get("spec") or {}).get("strategy") or {}).get("rollingUpdate") or {}
        if str(current_rolling.get("maxUnavailable")) != str(max_unavailable) or str(
            current_rolling.get("maxSurge")
        ) != str(max_surge):
            # First in the plan: the new strategy must be in place before the image changes.
            ops.insert(
                0,
                PatchOp(
                    target=target,
                    patch_type="strategic",
                    patch={
                        "spec": {
                            "strategy": {
                                "type": "RollingUpdate",
                                "rollingUpdate": {
                                    "maxUnavailable": max_unavailable,
                                    "maxSurge": max_surge,
                                },
                            }
                        }
                    },
                    reason="zero downtime: no ready pod goes away before its replacement is ready",
                ),
            )
        analysis.append(
            f"Zero downtime: rolling update with maxUnavailable {max_unavailable}, "
            f"maxSurge {max_surge}."
        )
        if pattern:
            patterns.append(pattern)
    risks = []
    if not container.get("readinessProbe"):
        risks.append(
            f"container {container['name']} has no readiness probe: a broken version "
            "would be counted as ready"
        )
    return PlanResult(
        category="update",
        operations=ops,
        analysis=" ".join(analysis),
        risks=risks,
        patterns=patterns,
        targets=[target],
        validation_plan=[
            f"{target.describe()} rolls out with image {image}",
            "no pod of the new template in ImagePullBackOff or CrashLoopBackOff",
        ],
    )


def _replicas(text: str, current: int) -> int | None:
    n = t.NUMBER
    down = re.search(r"\b(down|reduce|decrease|remove|fewer|less|shrink|minus|drop)\b", text)
    if m := re.search(rf"\bby\s+{n}\b", text):
        delta = t.number(m.group(1)) or 0
        return current - delta if down else current + delta
    if m := re.search(rf"\b(?:add|plus)\s+{n}\b|\b{n}\s+(?:more|extra|additional)\b", text):
        return current + (t.number(m.group(1) or m.group(2)) or 0)
    if m := re.search(rf"\b{n}\s+(?:fewer|less)\b|\b(?:remove|minus|drop)\s+{n}\b", text):
        return current - (t.number(m.group(1) or m.group(2)) or 0)
    if re.search(r"\bdouble\b|\btwice\b", text):
        return current * 2
    if re.search(r"\btriple\b", text):
        return current * 3
    if re.search(r"\bhalve\b|\bhalf\b", text):
        return max(1, current // 2)
    for pattern in (
        rf"\b(?:to|=|at)\s+{n}\b",
        rf"\b{n}\s+(?:replicas?|instances?|pods?|copies)\b",
        rf"\b(?:use|make\s+it|try|go\s+with)\s+{n}\b",
        rf"\b{n}\s+instead\b",
    ):
        if m := re.search(pattern, text):
            return t.number(m.group(1))
    return None


def scale(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    if target.kind == "DaemonSet":
        raise Clarify(
            f"{target.describe()} is a DaemonSet: it runs one pod per node and cannot "
            "be scaled. Did you mean another workload?"
        )
    current = int((obj.get("spec") or {}).get("replicas", 1))
    replicas = None
    for said in ctx.said():
        replicas = _replicas(said.lower(), current)
        if replicas is not None:
            break
    if replicas is None:
        raise Clarify(
            f"How many replicas should {target.describe()} run? It runs {current} now. "
            "Say e.g. 'scale to 5' or 'by 2'."
        )
    if replicas < 0:
        raise Clarify(
            f"{target.describe()} runs {current} replicas; that would be {replicas}. "
            "How many should it run?"
        )
    risks = []
    if replicas == 0:
        risks.append("0 replicas: nothing will serve traffic until it is scaled up again")
    elif replicas < current:
        risks.append(f"capacity drops by {round(100 * (current - replicas) / current)}%")
    for hpa in ctx.cluster.list_objects(
        "autoscaling/v2", "HorizontalPodAutoscaler", ctx.namespace, stale_ok=True
    ):
        ref = (hpa.get("spec") or {}).get("scaleTargetRef") or {}
        if ref.get("name") == target.name and ref.get("kind") == target.kind:
            risks.append(
                f"HorizontalPodAutoscaler {hpa['metadata']['name']} manages these "
                "replicas and will override a manual scale; change its min/max instead"
            )
    ready = int((obj.get("status") or {}).get("readyReplicas", 0))
    return PlanResult(
        category="scale",
        operations=[
            ScaleOp(target=target, replicas=replicas, reason=f"requested: {ctx.request.intent}")
        ],
        analysis=(
            f"{target.describe()} runs {current} replicas ({ready} ready). Scale it to "
            f"**{replicas}** through its scale subresource."
        ),
        risks=risks,
        targets=[target],
        validation_plan=[f"{target.describe()} reports {replicas} ready, updated replicas"],
    )


def restart(ctx: Ctx) -> PlanResult:
    target, _ = ctx.workload()
    return PlanResult(
        category="restart",
        operations=[RolloutRestartOp(target=target, reason=f"requested: {ctx.request.intent}")],
        analysis=(
            f"Restart the pods of {target.describe()} with a rolling restart: the pod "
            "template gets a restartedAt annotation, so pods are replaced one by one under "
            "the workload's update strategy."
        ),
        targets=[target],
        validation_plan=[f"{target.describe()} rolls out with new pods"],
    )


def rollback(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    if target.kind not in ("Deployment", "StatefulSet", "DaemonSet"):
        raise Clarify(f"{target.describe()} has no rollout history.")
    history = ctx.cluster.history(target)
    if target.kind == "Deployment":
        key = "deployment.kubernetes.io/revision"
        revisions = {int(h["metadata"].get("annotations", {}).get(key, 0)): h for h in history}
        current = int(obj["metadata"].get("annotations", {}).get(key, 0))
    else:
        revisions = {int(h.get("revision", 0)): h for h in history}
        current = max(revisions, default=0)
    if m := re.search(r"\brevision\s+(\d+)\b", ctx.text):
        wanted = int(m.group(1))
        if wanted not in revisions:
            raise Clarify(
                f"{target.describe()} has revisions "
                f"{', '.join(map(str, sorted(revisions)))}; there is no revision "
                f"{wanted}. Which one?"
            )
        if wanted == current:
            raise Clarify(f"{target.describe()} already runs revision {wanted}.")
    else:
        older = [r for r in revisions if r < current]
        if not older:
            raise Clarify(
                f"{target.describe()} has only revision {current}: there is nothing to "
                "roll back to."
            )
        wanted = max(older)
    images = ""
    if target.kind == "Deployment":
        images = ", ".join(
            c.get("image", "?") for c in revisions[wanted]["spec"]["template"]["spec"]["containers"]
        )
    return PlanResult(
        category="rollback",
        operations=[
            RolloutUndoOp(
                target=target, to_revision=wanted, reason=f"requested: {ctx.request.intent}"
            )
        ],
        analysis=(
            f"{target.describe()} is at revision {current}. Restore revision {wanted}"
            + (f" (images: {images})" if images else "")
            + "."
        ),
        targets=[target],
        validation_plan=[f"{target.describe()} rolls out with revision {wanted}'s template"],
    )
