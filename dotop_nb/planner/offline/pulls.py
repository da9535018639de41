"""``imagePullPolicy`` of one container (or every container when said): Always, IfNotPresent
or Never. Example::

    set imagePullPolicy of the envoy container in orders to Always
    → containers[envoy].imagePullPolicy = Always
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import template
from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.planner.offline.workloads import pick_container
from dotop_nb.ports import PlanResult

CUE = re.compile(
    r"image ?pull ?policy|\balways pull\b|\bpull (?:the )?(?:images? )?always\b|"
    r"\bif ?not ?present\b",
    re.I,
)
_POLICIES = {"always": "Always", "ifnotpresent": "IfNotPresent", "never": "Never"}


def pull_policy(ctx: Ctx) -> PlanResult:
    """Set the pull policy said on the container named (or all containers)."""
    target, obj = ctx.workload()
    squashed = re.sub(r"[\s_-]", "", ctx.text)
    said = [v for k, v in _POLICIES.items() if re.search(rf"(?<!image){k}", squashed)]
    if re.search(r"\balways pull\b|\bpull (?:the )?(?:images? )?always\b", ctx.text):
        said = ["Always"]
    # "imagePullPolicy from IfNotPresent to Always" (a change row's "A → B"): the new one.
    moved = re.search(r"\bfrom\s+(\w+)\s+to\s+(\w+)\b", ctx.text)
    if moved and len(set(said)) == 2:
        old, new = (_POLICIES.get(w.lower()) for w in moved.groups())
        said = [new] if old and new and {old, new} == set(said) else said
    if len(set(said)) != 1:
        raise Clarify("Which pull policy: Always, IfNotPresent or Never?")
    policy = said[0]
    every = re.search(r"\b(?:all|every|each)\s+containers?\b", ctx.text)
    chosen = containers(obj) if every else [pick_container(ctx, target, obj)]
    names = [c["name"] for c in chosen]
    return template.plan(
        ctx,
        target,
        "update",
        template.containers_spec({n: {"imagePullPolicy": policy} for n in names}),
        analysis=(
            f"{target.describe()}: imagePullPolicy {policy} on container(s) {', '.join(names)}."
        ),
        verified=f"imagePullPolicy {policy}",
    )
