"""``imagePullPolicy`` of one container (or every container when said): Always, IfNotPresent
or Never. Example::

    set imagePullPolicy of the envoy container in orders to Always
    → containers[envoy].imagePullPolicy = Always

When two policies are said, the new one is the value that follows the field's name ("with
IfNotPresent a re-pushed tag goes unnoticed. Set imagePullPolicy Always"), an arrow or a "to"
("IfNotPresent → Always", "from IfNotPresent to Always"); the other is how things are. Two
policies said where neither is placed so are asked about.
"""

from __future__ import annotations

import re

from dotop_nb.planner.offline import template
from dotop_nb.planner.offline.context import Clarify, Ctx, containers
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.workloads import pick_container
from dotop_nb.ports import PlanResult

CUE = re.compile(
    r"\b(?:image ?)?pull ?policy|\balways pull\b|\bpull (?:the )?(?:images? )?always\b|"
    r"\bif ?not ?present\b",
    re.I,
)
_POLICIES = {"always": "Always", "ifnotpresent": "IfNotPresent", "never": "Never"}
_POLICY = r"(always|if[\s_-]?not[\s_-]?present|never)\b"
# The new value: after an arrow or the "to" of "from A to B" first; else after the field's name
# (with "to", "=", ":", or "of <container> to").
_ARROWED = re.compile(rf"(?:->|=>|\u2192|\bto)\s*{_POLICY}", re.I)
_AFTER_FIELD = re.compile(
    rf"(?:image ?)?pull ?policy\s*(?:(?:of|on|for)\s+(?:the\s+)?[a-z0-9-]+(?:\s+container)?\s+)?"
    rf"(?:(?:to|=|:|is\s+now|should\s+be|must\s+be)\s*)?{_POLICY}",
    re.I,
)


def _placed(text: str) -> list[str]:
    """The policies said as the new value (see the module docstring)."""
    for pattern in (_ARROWED, _AFTER_FIELD):
        if found := {
            _POLICIES[rx(r"[\s_-]").sub("", m.group(1).lower())] for m in pattern.finditer(text)
        }:
            return sorted(found)
    return []


def pull_policy(ctx: Ctx) -> PlanResult:
    """Set the pull policy said on the container named (or all containers)."""
    target, obj = ctx.workload()
    squashed = rx(r"[\s_-]").sub("", ctx.text)
    said = [v for k, v in _POLICIES.items() if rx(rf"(?<!image){k}").search(squashed)]
    if rx(r"\balways pull\b|\bpull (?:the )?(?:images? )?always\b").search(ctx.text):
        said = ["Always"]
    if len(set(said)) > 1:
        said = _placed(ctx.text) or said
    if len(set(said)) != 1:
        raise Clarify("Which pull policy: Always, IfNotPresent or Never?")
    policy = said[0]
    every = rx(r"\b(?:all|every|each)\s+containers?\b").search(ctx.text)
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
