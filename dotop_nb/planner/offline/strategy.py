"""Zero-downtime rollouts: ``maxUnavailable: 0`` (no ready pod goes before its replacement is
ready) and a surge, whenever "zero downtime" / "without downtime" is said.

Said alone ("make my-api roll out with zero downtime") it is its own plan; said with a change
that replaces pods (an image, env, resources, probes, a restart) the strategy patch is put first
in that plan, so the change itself rolls out without downtime. Example::

    make payments zero-downtime with maxSurge 2
    → patch Deployment payments strategy RollingUpdate {maxUnavailable: 0, maxSurge: 2}
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import PatchOp, Target
from dotop_nb.planner.offline import slots
from dotop_nb.planner.offline.context import Clarify, Ctx
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import values_masked
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
# maxUnavailable 0 said as the rule it is: "never take an old pod away before its replacement
# is ready", "don't kill old pods until the new ones are up".
NO_POD_BEFORE_READY = (
    r"(?:(?:(?:must|should|do|does|will|shall|can)\s+not|(?:don|doesn|mustn|shouldn|won|can)'?t|"
    r"never|not|no)\s+(?:take|bring|kill|remove|terminate|stop|drop|retire|"
    r"shut|tear)\s+(?:down\s+|away\s+|off\s+)?(?:an?\s+|any\s+|the\s+)?(?:old\s+|running\s+|"
    r"ready\s+|existing\s+|serving\s+)?(?:[a-z][\w\-]*\s+)?pods?\s+(?:away\s+|down\s+|off\s+|out\s+)?"
    r"(?:before|until)\s+(?:its|their|the|a|an)\s+(?:replacements?|new\s+(?:ones?|pods?)|"
    r"successors?)\s+(?:is|are)\s+(?:ready|up|healthy|running|serving)|"
    # "no old pod may go away before its replacement is ready": the same rule, said of the pod.
    # "no old pod is taken down before the new one is ready": said as a fact, the same rule.
    r"\b(?:no|never\s+an?)\s+(?:old\s+|running\s+|existing\s+|serving\s+)?pods?\s+"
    r"(?:may|can|should|must|will|is to|shall|is|are|gets?)\s+(?:go away|go down|disappear|"
    r"(?:be\s+)?(?:removed|killed|terminated|taken (?:away|down)|stopped|retired))\s+"
    r"(?:before|until)\s+"
    r"(?:its|their|the|a|an)\s+(?:replacements?|new\s+(?:ones?|pods?)|successors?)\s+(?:is|are)\s+(?:ready|up|healthy|"
    r"running|serving))"
)
# A floor of ready pods during rollouts: "frontend rollouts must never dip below 3 ready pods"
# is maxUnavailable = replicas - 3 (0 when it runs 3). Only with a rollout word: "never below 3
# pods" alone could be a disruption budget.
FLOOR = (
    r"(?:never|not|n't|no)\s+(?:ever\s+)?(?:dip|drop|go|fall|sink|get|"
    # "never take it below 3 ready pods": the rollout as what lowers it.
    r"(?:take|bring|put|leave)\s+(?:it|them|[a-z][\w\-]*))\s+(?:below|under|"
    r"lower than|beneath)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:ready\s+|available\s+|healthy\s+|running\s+|serving\s+|live\s+)?(?:pods?|replicas?)"
)
# "rolling restart of frontend, no downtime": a restart said with its manner ("rolling") is the
# restart, not the rollouts of every later release (the planner adds the strategy beside it).
_ROLLOUTS = re.compile(
    r"\b(?:roll ?outs?|rolling(?!\s+(?:restart|bounce|reboot|recycle|redeploy|cycle)\w*)|"
    r"deploys?|deployments of|updates?|upgrades?|releases?)\b"
)
# "make sure users don't see downtime during the rollout": the outcome, said of its users.
USERS_NO_DOWNTIME = (
    r"\b(?:users?|customers?|clients?|anyone|nobody|no\s*one)\s+(?:(?:don'?t|do\s+not|doesn'?t|"
    r"does\s+not|won'?t|will\s+not|shouldn'?t|should\s+not|must\s+not|mustn'?t|never)\s+)?"
    r"(?:see|sees|notice|notices|experience|experiences|get|gets|hit|hits)\s+(?:any\s+)?"
    r"(?:downtime|an?\s+outage|outages|interruptions?)\b"
)
ZERO_DOWNTIME = re.compile(
    r"zero[- ]downtime|without (?:any )?downtime|no downtime|with no downtime|no outage|"
    # "restart orders to avoid downtime": the purpose is the same rollout.
    r"\bto avoid (?:any )?(?:downtime|an outage|outages)|"
    rf"without (?:an )?(?:outage|interruption)|{NO_POD_BEFORE_READY}|{USERS_NO_DOWNTIME}"
)


def manner_blanked(text: str) -> str:
    """``text`` with each zero-downtime phrase (:data:`ZERO_DOWNTIME`) blanked (same length):
    what is left says the change that is to be made without downtime, if any."""
    return ZERO_DOWNTIME.sub(lambda m: " " * len(m.group(0)), text)


# "make frontend rollouts zero-downtime", "no downtime on payments deploys from now on": the
# rollouts themselves said to be without downtime. Over an update's "rollout"/"release" cue: with
# no image or version said there is nothing to update to, and with one :func:`zero_downtime`
# plans the update with the strategy.
_NO_DOWNTIME = r"zero[- ]downtime|without (?:any )?downtime|(?:with )?no downtime|no outages?"
ROLLOUTS_WITHOUT_DOWNTIME = re.compile(
    rf"(?:{_NO_DOWNTIME})\b[^.;!?]*{_ROLLOUTS.pattern}|{_ROLLOUTS.pattern}[^.;!?]*(?:{_NO_DOWNTIME})"
)
# A floor of ready pods during rollouts, said as an outcome: "rollouts must never dip below 3
# ready pods", "keep 3 pods ready while deploying". It is what maxUnavailable 0 guarantees.
_ROLLING = (
    r"(?:rollouts?|rolling out|deploys?|deploying|deployments?|updates?|updating|upgrades?|"
    r"releases?)"
)
_FLOOR = (
    r"(?:never|not|don't|do not|mustn't|shouldn't|without)\s+(?:ever\s+)?"
    r"(?:dip|drop|go|fall|get|sink)(?:ping)?\s+(?:below|under)|"
    # "a rollout should never take it below 3 ready pods": the rollout as what lowers it.
    r"(?:never|not|don't|do not|mustn't|shouldn't|without)\s+(?:ever\s+)?"
    r"(?:take|taking|bring|bringing|put|putting|leave|leaving)\s+(?:it|them|[a-z][\w\-]*)\s+"
    r"(?:below|under)|"
    r"(?:at least|no fewer than|no less than|always)(?:\s+(?:have|keep|be|with))?"
)
_COUNT = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
_PODS = r"(?:ready|available|running|healthy|serving)?\s*(?:pods?|replicas?|instances?)"
ROLLOUT_FLOOR = re.compile(
    rf"\b{_ROLLING}\b.*\b(?:{_FLOOR})\s+{_COUNT}\s+{_PODS}|"
    rf"\b(?:{_FLOOR})\s+{_COUNT.replace('?P<n>', '?P<m>')}\s+{_PODS}"
    r".*\b(?:during|while|in|through|across)\s+"
    rf"(?:a\s+|the\s+|any\s+|every\s+)?{_ROLLING}\b"
)
CUE = re.compile(
    rf"(?:{ZERO_DOWNTIME.pattern})|\bmax ?surge\b|\brolling update strategy\b|"
    rf"\bupdate strategy\b|{ROLLOUT_FLOOR.pattern}"
)
# "maxUnavailable 0" said with the surge: the field itself, as said.
_UNAVAILABLE = re.compile(
    rf"\b(?:max ?)?unavailable\s*(?:of|to|=|:)?\s*{slots.NUMBER_WORD}\s*(%|percent)?"
)
# The surge said in words: "add at most one extra pod at a time", "no more than 2 extra pods".
SURGE_WORDS = re.compile(
    rf"\b(?:at most|no more than|up to|max(?:imum)?(?: of)?|only)\s+{slots.NUMBER_WORD}\s+"
    r"(?:extra|additional|surge|more|new)\s+(?:pods?|replicas?|instances?)\b"
)
# "never go below the current count": the floor is what runs now, so maxUnavailable 0.
FLOOR_NOW = re.compile(
    r"(?:never|not|n't|no)\s+(?:ever\s+)?(?:dip|drop|go|fall|sink|get)\s+(?:below|under|"
    r"lower than|beneath)\s+(?:the\s+)?(?:current|present|existing|today's)\s+"
    r"(?:pod\s+|replica\s+)?"
    r"(?:count|number|capacity|replicas?|pods?|size)\b|"
    r"(?:never|not|n't|no)\s+(?:ever\s+)?(?:dip|drop|go|fall|sink|get)\s+(?:below|under)\s+"
    r"what\s+(?:it|they)\s+(?:runs?|has|have)\b"
)
# The Recreate strategy: every old pod stops before a new one starts.
RECREATE = re.compile(
    r"\brecreate\s+(?:strategy|deploy(?:ment)?s?|rollouts?|type|update)\b|"
    r"\b(?:strategy|type)\s*(?:(?:of|for|on)\s+[\w\-]+\s+)?(?:to|=|:|->|is|be|should be)?\s*"
    r"(?:\w+\s+)?recreate\b|"
    r"\b(?:use|uses|using|switch(?:ed)? to|move to|go to)\s+(?:the\s+)?recreate\b"
)
# A rollout word with the surge or the floor said in words (the strategy's own cue).
IN_WORDS = re.compile(
    rf"\b{_ROLLING}\b.*(?:{SURGE_WORDS.pattern}|{FLOOR_NOW.pattern})|"
    rf"(?:{SURGE_WORDS.pattern}).*\b(?:during|while|in|per|on|with)\s+(?:a\s+|each\s+|every\s+)?"
    rf"{_ROLLING}\b"
)
# "maxSurge 2", "surge 1", "a surge of 25%": the field said by its name, or by "surge" alone
# (a word only a rollout has).
_SURGE = re.compile(
    rf"\b(?:max ?)?surge\s*(?:of|to|=|:)?\s*{slots.NUMBER_WORD}\s*(%|percent)?(?!\s*x\b)"
)
# "1 extra pod during rollouts", "one surge pod": the surge said as pods, beside a rollout word.
_EXTRA_PODS = re.compile(
    rf"{slots.NUMBER_WORD}\s+(?:extra|additional|surge|spare)\s+(?:pods?|replicas?|instances?)\b"
)
# "zero unavailable", "0 pods unavailable", "none unavailable": maxUnavailable said by its value.
_UNAVAILABLE_SAID = re.compile(
    rf"(?:{slots.NUMBER_WORD}|\b(none|no))\s+(?:pods?\s+|replicas?\s+)?(?:may\s+be\s+|can\s+be\s+)?"
    r"unavailable\b(?:\s*(%|percent))?"
)
# A rollout's own words beside surge or unavailable (never a budget's: drains, evictions).
ROLLOUT_FIELDS = re.compile(
    # "a quarter of the frontend replicas may be unavailable during upgrades": a share of the
    # pods said with upgrades alone (no rollout, deploy or release) is a disruption budget's
    # words, as node upgrades are; budgets.py reads the share as its percent.
    r"^(?!(?=.*\b(?:half|a\s+quarter|one\s+quarter|three\s+quarters|a\s+fifth|a\s+tenth|"
    r"\d{1,3}\s*%|\d{1,3}\s+percent)\s+of\s+(?:the\s+|its\s+)?(?:[a-z0-9][\w-]*(?:'s)?\s+)?"
    r"(?:pods|replicas|instances)\b)(?!.*\b(?:rolling|roll ?outs?|deploy\w*|releases?|"
    r"updates?)\b))"
    r"(?!.*\b(?:pdb|budgets?|drains?|draining|evict\w*|disruptions?|maintenance|node\s+"
    r"(?:upgrades?|updates?))\b)(?:.*\b(?:rolling\s+updates?|roll ?outs?|rolling|deploys?|"
    # "restart frontend with maxUnavailable 0": a restart is a rollout; its field is the
    # strategy's, never a disruption budget's.
    r"updates?|upgrades?|releases?|restart(?:s|ed|ing)?|bounc(?:e|es|ed|ing)|redeploy\w*)\b.*"
    r"\b(?:max ?)?(?:surge|unavailable)\b|.*\b(?:max ?)?"
    r"(?:surge|unavailable)\b.*\b(?:rolling\s+updates?|roll ?outs?|rolling|deploys?|"
    r"updates?|upgrades?|releases?)\b|.*\bsurge\s*(?:of|=|:)?\s*\d)"
)
# A restart asked for beside the strategy's fields ("restart frontend, maxUnavailable 0").
_RESTART_SAID = re.compile(
    r"^\W*(?:please\s+|pls\s+|can\s+you\s+|now\s+)?(?:restart|bounce|redeploy|recycle|"
    r"rollout\s+restart|do\s+a\s+rolling\s+restart\s+of)\b|"
    r"(?:,|;|\band\b|\bthen\b)\s*(?:please\s+)?(?:restart|bounce|redeploy)\s+(?:it|them|[a-z])",
    re.I,
)
# Kinds whose replaced pods this applies to.
_TEMPLATE_OPS = ("set_image", "rollout_restart")


def rolling_patch(ctx: Ctx, target: Target, obj: Json) -> tuple[PatchOp | None, str, str | None]:
    """The strategy patch (None when already in place), its explanation, and the pattern that
    shaped it."""
    strategy, pattern = ctx.recommendation("update", "strategy")
    rolling = dict(strategy or {}) if isinstance(strategy, dict) else {}
    max_unavailable: int | str = rolling.get("max_unavailable", 0)
    max_surge: int | str = rolling.get("max_surge", 1)
    if m := _SURGE.search(ctx.text):
        max_surge = slots.percent_or_count(m.group(1) + ("%" if m.group(2) else ""))
    elif m := SURGE_WORDS.search(ctx.text) or (
        _EXTRA_PODS.search(ctx.text) if _ROLLOUTS.search(ctx.text) else None
    ):
        max_surge = slots.percent_or_count(m.group(1))
    if (floor := rx(FLOOR).search(ctx.text)) and _ROLLOUTS.search(ctx.text):
        max_unavailable = _below(floor.group(1), target, obj)
    elif said := ROLLOUT_FLOOR.search(ctx.text):
        max_unavailable = _below(said.group("n") or said.group("m"), target, obj)
    elif FLOOR_NOW.search(ctx.text):
        max_unavailable = 0
    unavailable_only = False
    # (A step of a longer request reads its own words: the other field may be in another.)
    whole = " ".join([ctx.request.intent, *ctx.request.refinements]).lower()
    floor_said = bool(
        (rx(FLOOR).search(whole) and _ROLLOUTS.search(whole))
        or ROLLOUT_FLOOR.search(whole)
        or FLOOR_NOW.search(whole)
        or _UNAVAILABLE.search(whole)
        or _UNAVAILABLE_SAID.search(whole)
    )
    if m := _UNAVAILABLE.search(ctx.text):
        max_unavailable = slots.percent_or_count(m.group(1) + ("%" if m.group(2) else ""))
        # Round 41 (attack48): "set my-api rollout strategy to maxUnavailable 1", as "restart
        # frontend with maxUnavailable 0" before: the one field said changes.
        unavailable_only = True
    elif m := _UNAVAILABLE_SAID.search(ctx.text):
        amount = "0" if m.group(2) else m.group(1)
        max_unavailable = slots.percent_or_count(amount + ("%" if m.group(3) else ""))
    current = ((obj.get("spec") or {}).get("strategy") or {}).get("rollingUpdate") or {}
    if _SURGE.search(ctx.text) and not floor_said and not ZERO_DOWNTIME.search(whole):
        # Round 41 (attack48): "deploy my-api 1.6.0 with maxSurge 2": the surge said by its
        # name changes; the floor the Deployment has (the API's 25% when unset) stays.
        max_unavailable = current.get("maxUnavailable", "25%")
    if (
        unavailable_only
        and not _SURGE.search(whole)
        and not SURGE_WORDS.search(whole)
        and not ZERO_DOWNTIME.search(whole)
        and str(current.get("maxSurge", "25%")) not in ("0", "0%")
    ):
        # "restart frontend with maxUnavailable 0": the one field said changes; the surge the
        # Deployment has (the API's 25% when unset) stays as it is.
        max_surge = current.get("maxSurge", "25%")
    if max_surge in (0, "0%") and max_unavailable in (0, "0%"):
        raise Clarify(
            "maxSurge 0 with maxUnavailable 0 cannot roll out at all: how many extra pods "
            "may start during an update (e.g. maxSurge 1)?"
        )
    why = (
        f"{'Zero downtime: r' if max_unavailable in (0, '0%') else 'R'}olling update with "
        f"maxUnavailable {max_unavailable}, maxSurge {max_surge}."
    )
    if str(current.get("maxUnavailable")) == str(max_unavailable) and str(
        current.get("maxSurge")
    ) == str(max_surge):
        return None, why + " (already set)", pattern
    op = PatchOp(
        target=target,
        patch_type="strategic",
        patch={
            "spec": {
                "strategy": {
                    "type": "RollingUpdate",
                    "rollingUpdate": {"maxUnavailable": max_unavailable, "maxSurge": max_surge},
                }
            }
        },
        reason=(
            "zero downtime: no ready pod goes away before its replacement is ready"
            if max_unavailable in (0, "0%")
            # Round 42: the fields said alone ("deploy frontend 2.2.0 with maxSurge 2") keep
            # the floor the Deployment has: the reason says what the rollout will do.
            else f"rolling update with maxUnavailable {max_unavailable}, maxSurge {max_surge}: "
            f"a rollout may take {max_unavailable} of the ready pods away at a time"
        ),
    )
    return op, why, pattern


def _below(said: str, target: Target, obj: Json) -> int:
    """maxUnavailable for a floor of ``said`` ready pods: what runs now less the floor."""
    floor = slots.count(said)
    replicas = int((obj.get("spec") or {}).get("replicas", 1))
    if floor is None or floor > replicas:
        raise Clarify(
            f"{target.describe()} runs {replicas} replicas: a rollout cannot keep {said} ready "
            f"pods. Scale it to {said} first ('scale {target.name} to {said}'), then ask again."
        )
    return replicas - floor


def _risks(obj: Json, target: Target) -> list[str]:
    risks = []
    spec = obj.get("spec") or {}
    if int(spec.get("replicas", 1)) < 2:
        risks.append(
            f"{target.describe()} runs 1 replica: its pod is still a single point of failure "
            "outside rollouts"
        )
    pods = ((spec.get("template") or {}).get("spec") or {}).get("containers") or []
    if any(not c.get("readinessProbe") for c in pods):
        risks.append(
            "a container has no readiness probe: a new pod counts as ready as soon as it "
            "starts, before it can serve"
        )
    return risks


def zero_downtime(ctx: Ctx) -> PlanResult:
    """The strategy change on its own; with an image or a version said, the update with it."""
    from dotop_nb.planner.offline import text, workloads  # noqa: PLC0415 - workloads uses this

    if any(text.image_in(s) or text.version_in(s) for s in ctx.said()):
        return workloads.update(ctx)
    if _RESTART_SAID.search(ctx.text):
        # "restart frontend with maxUnavailable 0": the restart, rolled out under the strategy
        # said (put first by :func:`with_zero_downtime`), never the strategy alone.
        return workloads.restart(ctx)
    target, obj = ctx.workload()
    if target.kind != "Deployment":
        raise Clarify(
            f"{target.describe()} is a {target.kind}: its pods are replaced one at a time "
            "already (maxUnavailable: 0 with a surge exists for Deployments only). Did you mean "
            "a Deployment?"
        )
    if RECREATE.search(ctx.text):
        return _recreate(ctx, target, obj)
    op, why, pattern = rolling_patch(ctx, target, obj)
    if op is None:
        raise Clarify(f"{target.describe()} already rolls out this way. {why} What else?")
    patch = op.patch if isinstance(op.patch, dict) else {}
    rolling = patch.get("spec", {}).get("strategy", {}).get("rollingUpdate", {})
    return PlanResult(
        category="update",
        operations=[op],
        analysis=f"{target.describe()}: {why}",
        risks=_risks(obj, target),
        patterns=[pattern] if pattern else [],
        targets=[target],
        validation_plan=[
            f"{target.describe()} has strategy maxUnavailable "
            f"{rolling.get('maxUnavailable')}, maxSurge {rolling.get('maxSurge')}"
        ],
    )


def _recreate(ctx: Ctx, target: Target, obj: Json) -> PlanResult:
    """The Recreate strategy: every old pod stops before the new ones start (two versions, or
    two consumers, never run at once), at the price of downtime during each rollout."""
    if ZERO_DOWNTIME.search(ctx.text) or _SURGE.search(ctx.text) or SURGE_WORDS.search(ctx.text):
        raise Clarify(
            "Recreate stops every old pod before new ones start: it cannot be without downtime "
            "or surge. Which should it be: Recreate, or a rolling update with maxUnavailable 0?"
        )
    if ((obj.get("spec") or {}).get("strategy") or {}).get("type") == "Recreate":
        raise Clarify(f"{target.describe()} already uses the Recreate strategy. What else?")
    op = PatchOp(
        target=target,
        patch_type="strategic",
        # rollingUpdate must go: the API rejects it beside type Recreate.
        patch={"spec": {"strategy": {"type": "Recreate", "rollingUpdate": None}}},
        reason="Recreate: all old pods stop before the new ones start",
    )
    return PlanResult(
        category="update",
        operations=[op],
        analysis=(
            f"{target.describe()}: Recreate strategy — each rollout stops every old pod before "
            "starting new ones, so two versions never run at once."
        ),
        risks=[f"every rollout of {target.describe()} has downtime until the new pods are ready"],
        targets=[target],
        validation_plan=[f"{target.describe()} has strategy Recreate"],
    )


def with_zero_downtime(ctx: Ctx, result: PlanResult) -> PlanResult:
    """Put the strategy patch first in a plan that replaces a Deployment's pods, when zero
    downtime was said and the plan does not set the strategy already."""
    # "… then bump to 2.1.1" beside "surge 1, unavailable 0": the rollout's fields said by
    # name shape that update's rollout as zero downtime does.
    said = (
        ZERO_DOWNTIME.search(ctx.text) or _SURGE.search(ctx.text) or _UNAVAILABLE.search(ctx.text)
    )
    if (
        said
        and said.re is _UNAVAILABLE
        and not ROLLOUT_FIELDS.search(ctx.text)
        and any(_budget(op) for op in result.operations)
    ):
        # Round 42 (attack48): "make frontend highly available with maxUnavailable 2": the
        # field is the disruption budget's the plan holds, never also the rollout's.
        said = None
    # Round 25 (parts, P): "update checkout to 1.2.0 using recreate strategy" dropped the
    # strategy said with the change; it is put first as zero downtime is.
    # Round 40 (attack46): "set STRATEGY=recreate-and-delete on frontend" gives a variable its
    # value; a word of the value is never the strategy said (values masked, text.values_masked).
    recreate = RECREATE.search(values_masked(ctx.raw).lower())
    if result.question or not (said or recreate):
        return result
    if any("strategy" in str(getattr(op, "patch", "")) for op in result.operations):
        return result
    replaced = [
        op.target
        for op in result.operations
        if op.target.kind == "Deployment"
        and (op.kind in _TEMPLATE_OPS or '"template"' in _json(getattr(op, "patch", None)))
    ]
    if not replaced:
        return result
    target = replaced[0]
    obj = ctx.get("Deployment", target.name)
    if obj is None:
        return result
    if recreate:
        if ((obj.get("spec") or {}).get("strategy") or {}).get("type") != "Recreate":
            plan = _recreate(ctx, target, obj)  # asks when zero downtime or a surge is said too
            result.operations.insert(0, plan.operations[0])
            result.analysis = f"{result.analysis} {plan.analysis}".strip()
            result.risks = [*result.risks, *plan.risks]
        return result
    op, why, pattern = rolling_patch(ctx, target, obj)
    if op is not None:
        result.operations.insert(0, op)
    result.analysis = f"{result.analysis} {why}".strip()
    if pattern and pattern not in result.patterns:
        result.patterns.append(pattern)
    return result


def _budget(op: object) -> bool:
    """Whether ``op`` writes a PodDisruptionBudget."""
    target = getattr(op, "target", None)
    manifest = getattr(op, "manifest", None) or {}
    return getattr(target, "kind", "") == "PodDisruptionBudget" or (
        isinstance(manifest, dict) and manifest.get("kind") == "PodDisruptionBudget"
    )


def _json(value: object) -> str:
    import json  # noqa: PLC0415 - only for this check

    return json.dumps(value) if value is not None else ""
