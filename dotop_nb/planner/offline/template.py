"""A change of a workload's pod template, planned as one strategic patch.

Env, resources, probes, pull policy, mounts and placement all change ``spec.template.spec``:
the API server then replaces the pods by a rolling update, and the plan says so, verifies the
rollout and is recognised as pod-replacing (:func:`.strategy.with_zero_downtime` reads the
``template`` key). One helper keeps those plans alike. Example::

    template.plan(ctx, target, "config", {"containers": [{"name": "api", "env": [...]}]},
                  analysis="Container `api` of deployment/cart: LOG_LEVEL=debug.",
                  verified="the new environment")
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dotop_nb.models import PatchOp, Target
from dotop_nb.planner.offline.context import Ctx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]


def containers_spec(per_container: dict[str, Json]) -> Json:
    """The template spec that patches each named container with its body."""
    return {"containers": [{"name": name, **body} for name, body in per_container.items()]}


def plan(
    ctx: Ctx,
    target: Target,
    category: str,
    template_spec: Json,
    *,
    analysis: str,
    verified: str,
    risks: Iterable[str] = (),
) -> PlanResult:
    """One patch of ``target``'s pod template; ``verified`` ends "… rolls out with …"."""
    return PlanResult(
        category=category,
        operations=[
            PatchOp(
                target=target,
                patch_type="strategic",
                patch={"spec": {"template": {"spec": template_spec}}},
                reason=f"requested: {ctx.request.intent}",
            )
        ],
        analysis=f"{analysis} The pods are replaced by a rolling update.",
        risks=list(risks),
        targets=[target],
        validation_plan=[f"{target.describe()} rolls out with {verified}"],
    )
