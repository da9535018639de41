"""Plans that cannot be what was meant are asked about, whatever rule made them.

A rule plans what it read; some requests, read right, still cannot be right, and a plan for them
either fails late (a dry-run) or, worse, succeeds and does harm:

- a PodDisruptionBudget whose ``minAvailable`` is above the replicas its workload runs blocks
  every voluntary eviction (node drains hang) and can never be met (equal to them, it is planned
  with that risk said);
- "change the scrape interval of the payments servicemonitor" where there is none: editing
  something that does not exist is a question, never a silent create.

Example::

    check(ctx, plan)  # raises Clarify, or returns the plan unchanged
"""

from __future__ import annotations

import json
import re
from typing import Any

from dotop_nb.models import WORKLOAD_KINDS, ApplyOp, PatchOp, ScaleOp, Target
from dotop_nb.planner.offline import direction
from dotop_nb.planner.offline.context import Clarify, Ctx, pod_labels
from dotop_nb.planner.offline.numbers import NTH_VERBS
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
# Kinds a request may name as an object that already exists, and the words for them.
_KIND_WORDS = {
    "ServiceMonitor": r"service ?monitors?|svc ?monitors?|servicemonitors?",
    "PodMonitor": r"pod ?monitors?",
    "HorizontalPodAutoscaler": r"hpas?|horizontalpodautoscalers?|autoscalers?",
    "ScaledObject": r"scaled ?objects?|keda (?:object|scaler)s?",
    "PodDisruptionBudget": r"pdbs?|poddisruptionbudgets?|disruption budgets?",
    "NetworkPolicy": r"network ?polic(?:y|ies)|netpols?",
    "Schedule": r"(?:backup )?schedules?",
}
# Verbs that change an object in place: the object must be there.
_EDIT = (
    r"change|changing|edit|editing|modify|modifying|adjust|adjusting|tweak|tweaking|update|"
    r"updating|bump|raise|lower|increase|decrease|reduce|shorten|lengthen|fix|correct|"
    r"double|doubling|triple|tripling|quadruple|halve|halving|relax|loosen|tighten|"
    # Round 9: words that presuppose the object exists ("re the frontend hpa — let it go up to
    # 12 instead of whatever it is now"): when none does, a new one is not what was meant.
    r"instead\s+of|whatever\s+it(?:'s|\s+is)|(?:what|where)\s+it(?:'s|\s+is)\s+now|"
    r"let\s+it\s+go|currently|re(?=\s)"
)


def check(ctx: Ctx, plan: PlanResult) -> PlanResult:
    """Raise :class:`Clarify` when ``plan`` cannot be what was meant; else return it."""
    _edits_something_missing(ctx, plan)
    _budget_blocks_evictions(ctx, plan)
    _beyond_any_node(plan)
    _fraction_unused(ctx, plan)
    _allow_planned_as_deny(ctx, plan)
    direction.check(ctx, plan)
    return plan


# "allow only pods with tier=backend to reach postgres": an allowance said, whoever it names.
_ALLOWS = re.compile(
    r"\b(?:allow|allows|allowed|allowing|let|lets|permit|permits|permitted|grant)\b"
)
_NOBODY = re.compile(r"\b(?:nothing|nobody|no\s+one|none|no\s+(?:pods?|traffic|workloads?))\b")


def _allow_planned_as_deny(ctx: Ctx, plan: PlanResult) -> None:
    """A request that allows someone in, planned as a workload's NetworkPolicy that lets no one
    in (or out): the source said was not read, and the policy would cut off every caller."""
    if not _ALLOWS.search(ctx.text) or _NOBODY.search(ctx.text):
        return
    for op in plan.operations:
        manifest = op.manifest if isinstance(op, ApplyOp) else None
        if not manifest or manifest.get("kind") != "NetworkPolicy":
            continue
        spec = manifest.get("spec") or {}
        if not (spec.get("podSelector") or {}).get("matchLabels"):
            continue
        for kind in spec.get("policyTypes") or []:
            if spec.get(kind.lower()) in ([], None):
                raise Clarify(
                    f"You asked to allow traffic, but the NetworkPolicy I could write "
                    f"({op.summary()}) would allow no {kind.lower()} at all: I did not read "
                    "who may connect. Name them, e.g. 'only pods labelled tier=backend may "
                    "reach postgres' or 'only frontend may reach my-api'."
                )


_FRACTION = re.compile(
    # "shrink frontend by a third": a change relative to the live count, computed by the rule.
    r"(?<!\bby\s)\b(?:a|one)\s+(quarter|third|fifth|tenth)\b(?P<core>\s+(?:(?:of\s+)?(?:a|an|one)\s+)?"
    r"(?:full\s+|whole\s+|single\s+)?(?:cpu\s+)?(?:cores?|vcpus?|cpus?)\b)?"
)
_PERCENT_OF = {"quarter": ("25%",), "third": ("33%", "34%"), "fifth": ("20%",), "tenth": ("10%",)}
# "a quarter of a core": the fraction of one cpu, in millicores.
_MILLICORES_OF = {
    "quarter": ("250m",),
    "third": ("333m", "334m"),
    "fifth": ("200m",),
    "tenth": ("100m",),
}


def _fraction_unused(ctx: Ctx, plan: PlanResult) -> None:
    """ "a quarter of the replicas may be unavailable": the fraction said must be in the plan
    (as its percentage), never dropped for another value."""
    if not (m := _FRACTION.search(ctx.text)):
        return
    nth = {"third": 3, "fifth": 5}.get(m.group(1))
    if any(getattr(o, "replicas", None) == nth for o in plan.operations) and re.search(
        rf"\b{NTH_VERBS}\s+{m.group(1)}\b(?!\s+of\b)",
        ctx.text,
    ):
        return  # "add a third": the third pod, the count the scale holds
    body = json.dumps([o.model_dump(mode="json") for o in plan.operations])
    held = (_MILLICORES_OF if m.group("core") else _PERCENT_OF)[m.group(1)]
    if not any(f'"{value}"' in body for value in held):
        raise Clarify(
            f"I read {m.group(0)!r}, but the plan does not hold it (it would "
            f"{'; '.join(o.summary() for o in plan.operations)}). Say it as a number or a "
            "percentage of what, e.g. 'maxUnavailable 25% on a disruption budget'."
        )


# More than any node of a cluster offers: "500 cores" is a slip for 500m, or a unit is wrong.
_MAX_CORES = 256
_MAX_BYTES = 4 * 1024**4  # 4Ti


def _beyond_any_node(plan: PlanResult) -> None:
    """Ask when a request or limit planned is more cpu or memory than any node has."""
    for op in plan.operations:
        body = getattr(op, "patch", None) or {}
        if not isinstance(body, dict):
            continue  # a JSON patch (a list of operations) carries no resources block here
        spec = ((body.get("spec") or {}).get("template") or {}).get("spec") or {}
        for container in spec.get("containers") or []:
            for kind, values in ((container.get("resources") or {}) or {}).items():
                for resource, quantity in (values or {}).items():
                    if quantity is None:
                        continue
                    amount = _amount(str(quantity), resource)
                    limit = _MAX_CORES if resource == "cpu" else _MAX_BYTES
                    if amount is not None and amount > limit:
                        raise Clarify(
                            f"A {resource} {kind.rstrip('s')} of {quantity} is more than any node "
                            "offers, so no pod could be scheduled. Which value did you mean "
                            "(e.g. 500m for half a core, 512Mi of memory)?"
                        )


_SUFFIX = {
    "m": 1e-3,
    "": 1.0,
    "k": 1e3,
    "M": 1e6,
    "G": 1e9,
    "T": 1e12,
    "Ki": 1024.0,
    "Mi": 1024.0**2,
    "Gi": 1024.0**3,
    "Ti": 1024.0**4,
}


def _amount(quantity: str, resource: str) -> float | None:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(m|k|M|G|T|Ki|Mi|Gi|Ti)?", quantity.strip())
    if not m:
        return None
    unit = m.group(2) or ""
    if resource == "cpu" and unit not in ("", "m"):
        return None
    return float(m.group(1)) * _SUFFIX[unit]


def _edits_something_missing(ctx: Ctx, plan: PlanResult) -> None:
    text = ctx.text.replace("\u2019", "'")
    edit = re.search(rf"\b(?:{_EDIT})\b", text)
    for op in plan.operations:
        if not isinstance(op, ApplyOp) or op.target.kind not in _KIND_WORDS:
            continue
        words = _KIND_WORDS[op.target.kind]
        # "set the worker HPA's max to 20": a field of the object, said as its own, presupposes
        # the object as much as a verb of editing does.
        if not (edit and re.search(rf"\b(?:{words})\b", text)) and not re.search(
            rf"\b(?:{words})'s?\s+(?:max|min|maximum|minimum|target|threshold|limit|ceiling|"
            r"floor|bounds?|range|settings?|spec|selector|schedule|retention|ttl|interval)\b",
            text,
        ):
            continue
        if ctx.get(op.target.kind, op.target.name, op.target.api_version) is not None:
            continue
        existing = ctx.cluster.list_objects(op.target.api_version, op.target.kind, ctx.namespace)
        names = ", ".join(o["metadata"]["name"] for o in existing) or "none"
        raise Clarify(
            f"You asked to change a {op.target.kind}, but there is no {op.target.kind} "
            f"{op.target.name!r} in {ctx.namespace!r} (there: {names}). Should I create one? "
            f"Say e.g. 'add a {op.target.kind.lower()} for {op.target.name} …'."
        )


def _budget_blocks_evictions(ctx: Ctx, plan: PlanResult) -> None:
    for op in plan.operations:
        if not isinstance(op, ApplyOp) or op.target.kind != "PodDisruptionBudget":
            continue
        spec = op.manifest.get("spec") or {}
        minimum = spec.get("minAvailable")
        if not isinstance(minimum, int) or isinstance(minimum, bool):
            continue
        match = (spec.get("selector") or {}).get("matchLabels") or {}
        for obj in (
            w
            for kind in ("Deployment", "StatefulSet")
            for w in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        ):
            target = Target.of(obj)
            labels = pod_labels(obj)
            if not match or any(labels.get(k) != v for k, v in match.items()):
                continue
            replicas = _replicas(plan, target.kind, target.name, obj)
            if minimum == replicas:
                # Said outright ("keep at least 2 of 2 up"): planned, with what it costs.
                plan.risks.append(
                    f"minAvailable {minimum} equals the {replicas} replicas of "
                    f"{target.describe()}: no voluntary eviction is allowed until it scales up"
                )
            elif minimum > replicas:
                raise Clarify(
                    f"A budget of minAvailable {minimum} on {target.describe()}, which runs "
                    f"{replicas}, blocks every voluntary eviction: node drains would hang. Say a "
                    f"smaller minAvailable (below {replicas}), maxUnavailable 1, or scale "
                    f"{target.name} up first."
                )


def _replicas(plan: PlanResult, kind: str, name: str, obj: Json) -> int:
    """The replicas the workload runs once the plan is applied."""
    replicas = int((obj.get("spec") or {}).get("replicas", 1) or 0)
    for op in plan.operations:
        if op.target.kind != kind or op.target.name != name or kind not in WORKLOAD_KINDS:
            continue
        if isinstance(op, ScaleOp):
            replicas = op.replicas
        elif isinstance(op, PatchOp) and isinstance(op.patch, dict):
            replicas = int((op.patch.get("spec") or {}).get("replicas", replicas))
    return replicas
