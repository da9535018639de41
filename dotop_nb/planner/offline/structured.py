"""Structured intents mapped onto the offline builders: typed slots in, no words parsed.

The text rules find the workload and the values in a sentence; here they come typed
(:class:`~dotop_nb.intents.StructuredIntent`). Each target is resolved by its exact kind and name,
and each action calls the builder the text rule ends in (``scale_to``, ``update_to``,
``rollback_to``, ``autoscale`` with its bounds, ``high_availability``, ``restart``) with the
slot values; a ``restore`` (no workload) is planned by :mod:`.restore`. Several targets make
one proposal. The text is used only for what patterns match.

Example::

    result = plan(PlanRequest(intent=i.sentence(), namespace="shop", structured=i), reader)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dotop_nb import hygiene
from dotop_nb.intents import StructuredIntent, WorkloadRef
from dotop_nb.models import WORKLOAD_KINDS, ApplyOp, PatchOp, Target
from dotop_nb.planner.offline import hpa, restore, scaling, workloads
from dotop_nb.planner.offline import text as t
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult

Json = dict[str, Any]


@dataclass
class Pinned(Ctx):
    """A planning context whose workload is fixed by the structured intent, not read from text."""

    target: Target | None = None
    obj: Json | None = None

    def workload(self) -> tuple[Target, Json]:
        assert self.target is not None
        assert self.obj is not None
        return self.target, self.obj


def plan(request: PlanRequest, cluster: ClusterReader) -> PlanResult:
    """The plan for ``request.structured``, or a question (a target that does not exist …)."""
    intent = request.structured
    assert intent is not None  # the caller routes only structured requests here
    ctx = Ctx.of(request, cluster)
    try:
        if intent.action == "restore":  # names no workload: the namespace is restored
            return restore.plan_restore(ctx, intent)
        found = [_resolve(ctx, ref) for ref in intent.targets]
        if intent.action in ("set_image", "harden"):
            return _merge(intent.action, [_one(intent, _pin(ctx, *f)) for f in found], intent)
        return _one(intent, _pin(ctx, *found[0]))
    except Clarify as ask:
        return PlanResult(category=intent.action, question=ask.question)


def _resolve(ctx: Ctx, ref: WorkloadRef) -> tuple[Target, Json]:
    kinds = [ref.kind] if ref.kind else list(WORKLOAD_KINDS)
    hits = [(k, obj) for k in kinds if (obj := ctx.get(k, ref.name, "apps/v1")) is not None]
    if not hits:
        what = ref.kind or "Deployment, StatefulSet or DaemonSet"
        raise Clarify(f"There is no {what} named {ref.name!r} in namespace {ctx.namespace!r}.")
    if len(hits) > 1:
        kinds_found = ", ".join(k for k, _ in hits)
        raise Clarify(f"{ref.name!r} is a {kinds_found} at once: which kind did you mean?")
    kind, obj = hits[0]
    return Target(kind=kind, name=ref.name, namespace=ctx.namespace), obj


def _pin(ctx: Ctx, target: Target, obj: Json) -> Pinned:
    return Pinned(
        request=ctx.request,
        cluster=ctx.cluster,
        text=ctx.text,
        raw=ctx.raw,
        cache=ctx.cache,
        target=target,
        obj=obj,
    )


def _one(intent: StructuredIntent, ctx: Pinned) -> PlanResult:
    target, obj = ctx.workload()
    if intent.action == "scale":
        assert intent.replicas is not None  # required by the model
        return workloads.scale_to(ctx, target, obj, intent.replicas)
    if intent.action == "set_image":
        return _set_image(intent, ctx, target, obj)
    if intent.action == "autoscale":
        bounds = hpa.Bounds(intent.min_replicas, intent.max_replicas, intent.cpu_percent)
        return scaling.autoscale(ctx, bounds, intent.resource)
    if intent.action == "make_ha":
        return scaling.high_availability(ctx)
    if intent.action == "restart":
        return workloads.restart(ctx)
    if intent.action == "rollback":
        return workloads.rollback_to(ctx, target, obj, intent.revision)
    return _harden(intent, ctx, target, obj)


def _set_image(intent: StructuredIntent, ctx: Pinned, target: Target, obj: Json) -> PlanResult:
    items = hygiene.containers(obj)
    if intent.container is not None:
        chosen = [c for c in items if c.get("name") == intent.container]
    else:
        chosen = items if len(items) == 1 else []
    if len(chosen) != 1:
        names = ", ".join(str(c.get("name")) for c in items)
        raise Clarify(
            f"{target.describe()} has containers {names}: which one should run "
            f"{intent.image}? Give container=NAME."
        )
    container = chosen[0]
    assert intent.image is not None  # required by the model
    image = intent.image if t.REFERENCE.match(intent.image) else None
    if image is None:  # a version: the container's own image with that tag
        image = t.retag(str(container.get("image", "")), intent.image)
    if image == container.get("image"):
        # Several targets: one already there is left alone (the others still roll).
        return PlanResult(
            category="set_image",
            analysis=f"{target.describe()} already runs `{image}`: nothing to change.",
            targets=[target],
        )
    return workloads.update_to(ctx, target, obj, container, image)


def _harden(intent: StructuredIntent, ctx: Pinned, target: Target, obj: Json) -> PlanResult:
    """The missing requests, readiness probes and PodDisruptionBudget of one workload."""
    fixes = set(intent.fixes or [])
    pdbs = ctx.cluster.list_objects("policy/v1", "PodDisruptionBudget", ctx.namespace)
    missing = set(hygiene.gaps(obj, pdbs)) & fixes
    ops: list[Any] = []
    notes: list[str] = []
    patched: list[Json] = []
    for container in hygiene.containers(obj):
        change: Json = {}
        lacking = hygiene.missing_requests(container) if "requests" in missing else []
        if lacking:
            change["resources"] = {"requests": {r: hygiene.REQUESTS[r] for r in lacking}}
        if "probes" in missing and not container.get("readinessProbe"):
            probe = hygiene.probe_for(container)
            if probe is None:
                notes.append(
                    f"container {container['name']} declares no port: give it a probe by hand"
                )
            else:
                change["readinessProbe"] = probe
        if change:
            patched.append({"name": container["name"], **change})
    if patched:
        ops.append(
            PatchOp(
                target=target,
                patch_type="strategic",
                patch={"spec": {"template": {"spec": {"containers": patched}}}},
                reason="requests let the scheduler place pods; a readiness probe keeps a "
                "pod that does not listen out of its Service",
            )
        )
    if "pdb" in missing:
        pdb = {
            "apiVersion": "policy/v1",
            "kind": "PodDisruptionBudget",
            "metadata": {
                "name": _pdb_name(ctx, target),
                "namespace": ctx.namespace,
                "labels": hygiene.pod_labels(obj),
            },
            "spec": {
                "maxUnavailable": 1,
                "selector": {
                    "matchLabels": dict(
                        (obj["spec"].get("selector") or {}).get("matchLabels") or {}
                    )
                },
            },
        }
        ops.append(
            ApplyOp(
                target=Target.of(pdb),
                manifest=pdb,
                reason="node drains take at most one pod of it at a time",
            )
        )
    fixed = sorted(missing) if ops else []
    analysis = (
        f"{target.describe()}: add {', '.join(fixed)}."
        if ops
        else f"{target.describe()}: nothing missing."
    )
    return PlanResult(
        category="harden",
        operations=ops,
        analysis=" ".join([analysis, *notes]),
        risks=[f"{target.describe()}: the pod template changes, so its pods restart"]
        if patched
        else [],
        targets=[target],
        validation_plan=[f"{target.describe()} rolls out"] if patched else [],
    )


def _pdb_name(ctx: Ctx, target: Target) -> str:
    """The workload's name, unless another workload kind or a PDB already has it (a second
    apply under one name would replace the first budget)."""
    taken = ctx.get("PodDisruptionBudget", target.name, "policy/v1") is not None or any(
        ctx.get(kind, target.name, "apps/v1") is not None
        for kind in WORKLOAD_KINDS
        if kind != target.kind
    )
    return f"{target.name}-{target.kind.lower()}" if taken else target.name


def _merge(action: str, results: list[PlanResult], intent: StructuredIntent) -> PlanResult:
    """One proposal for several workloads: their operations in the order the intent names them."""
    if not any(r.operations for r in results):
        raise Clarify(
            f"Nothing to do: {', '.join(t.ref() for t in intent.targets)} already "
            + ("run that image." if action == "set_image" else "have what was asked.")
        )
    merged = PlanResult(category=action)
    for result in results:
        merged.operations += result.operations
        merged.risks += result.risks
        merged.validation_plan += result.validation_plan
        merged.patterns += [p for p in result.patterns if p not in merged.patterns]
        merged.targets += result.targets
    merged.analysis = "\n\n".join(r.analysis for r in results if r.analysis)
    return merged


__all__ = ["Pinned", "plan"]
