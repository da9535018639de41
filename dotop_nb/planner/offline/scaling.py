"""Rules that make a workload scale by itself or survive failures: autoscaling and HA."""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import ApplyOp, PatchOp, ScaleOp, Target
from dotop_nb.planner.offline import accounting, budgets, hpa, statements, triggers
from dotop_nb.planner.offline.context import (
    Clarify,
    Ctx,
    containers,
    pod_labels,
    selector,
    what_runs,
)
from dotop_nb.planner.offline.numbers import placeholders
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
DEFAULT_REQUESTS = {"cpu": "100m", "memory": "128Mi"}
# The reason of the patch that gives an autoscaled container a starting request: a request said
# for it in the same message replaces it (:func:`.compound.merge`).
DEFAULT_REQUESTS_REASON = "utilisation-based autoscaling needs"


def said_requests(op: Any) -> dict[tuple[str, str], str]:
    """{(container, resource): quantity} of the requests a patch of a workload sets."""
    patch = getattr(op, "patch", None)
    if not isinstance(patch, dict):
        return {}
    spec = ((patch.get("spec") or {}).get("template") or {}).get("spec") or {}
    return {
        (str(c.get("name")), resource): str(quantity)
        for c in spec.get("containers") or []
        for resource, quantity in ((c.get("resources") or {}).get("requests") or {}).items()
    }


# A change said relative to a live autoscaler: "instead of whatever it is now", "raise its
# ceiling", "the hpa's max".
_EDITS_LIVE = re.compile(
    r"\binstead\s+of\s+(?:whatever|what)\s+(?:it|its|it's|they|the\s+\w+)\b[\w\s']*?"
    r"\b(?:is|are|has|says)\b(?:\s+(?:now|today|currently))?|"
    r"\b(?:raise|lower|bump|increase|decrease|change|move)\s+(?:its|the|the\s+hpa'?s)\s+"
    r"(?:ceiling|floor|max(?:imum)?|min(?:imum)?|max\s*replicas|min\s*replicas)\b",
    re.I,
)

# An autoscaler said as one that is there: "checkout's autoscaler", "its hpa", "the frontend
# autoscaler" (a definite one, with its workload's name or none).
_THE_AUTOSCALER = re.compile(
    r"(?:\b[\w-]+'s|\bits|\btheir|\b(?:the|that|this|our)(?:\s+[\w-]+)?)\s+"
    r"(?:autoscaler|hpa|horizontal\s+pod\s+autoscaler|scaledobject)\b",
    re.I,
)
# Words that make an autoscaler (or want one made), beside which "the X hpa" is the new one.
_MADE_NEW = re.compile(
    r"\b(?:add|adds|create|set\s*up|setup|put|install|give|enable|turn\s+on|deploy|introduce|"
    r"attach|configure|need|needs|want|wants|wire|apply|new|auto-?scal(?:e|es|ed|ing)|"
    r"scale\s+(?:it|them)?"
    r"\s*(?:automatically|by\s+itself|on\s+its\s+own))\b",
    re.I,
)


def _missing_requests(obj: Json, resource: str) -> list[str]:
    return [
        c["name"]
        for c in containers(obj)
        if resource not in ((c.get("resources") or {}).get("requests") or {})
    ]


_KEDA_ASKED = re.compile(r"\bkeda\b|\bscaled ?objects?\b")
_HPA_ASKED = re.compile(r"\bhpa\b|horizontalpodautoscaler|horizontal pod")


def _mechanism(
    ctx: Ctx, capabilities: set[str], trigger: Json | None
) -> tuple[bool, str, str | None]:
    """``(use_keda, why, pattern)``: a ScaledObject or an HPA.

    An HPA scales on cpu and memory in every cluster; KEDA's cpu and memory scalers only wrap
    one (and cannot scale to zero), so KEDA is chosen where it adds something: it was asked
    for, an event trigger is named, or an organisational pattern puts it first.
    """
    text = ctx.text
    installed = "keda" in capabilities
    if _HPA_ASKED.search(text) or rx(r"\b(?:no|without) keda\b").search(text):
        if trigger is not None:
            raise Clarify(
                f"A {trigger['type']} trigger needs KEDA (keda.sh ScaledObject), and an HPA was "
                "asked for. Autoscale on cpu or memory instead, or say KEDA."
            )
        return False, "an HPA was asked for explicitly", None
    if trigger is not None or _KEDA_ASKED.search(text):
        if not installed:
            if trigger is not None:
                raise Clarify(
                    f"A {trigger['type']} trigger needs KEDA (keda.sh ScaledObject), and KEDA "
                    "is not installed here. Install KEDA, or autoscale on cpu or memory instead."
                )
            return False, "KEDA is not installed, so a HorizontalPodAutoscaler", None
        why = "an event trigger is named" if trigger is not None else "KEDA was asked for"
        return True, f"{why} and KEDA is installed (keda.sh ScaledObject served)", None
    prefer, pattern = ctx.recommendation("autoscale", "prefer")
    first = prefer[0] if isinstance(prefer, list) and prefer else None
    if first == "keda" and installed:
        return True, f"pattern {pattern} prefers KEDA and it is installed", pattern
    if first == "keda":
        return False, f"pattern {pattern} prefers KEDA, but it is not installed", pattern
    return (
        False,
        "utilisation of cpu or memory is what a HorizontalPodAutoscaler (autoscaling/v2) "
        "does in every cluster; KEDA is for event triggers (say KEDA to use it)",
        pattern if first == "hpa" else None,
    )


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
    resource = resource or ("memory" if rx(r"\b(memory|mem|ram)\b").search(text) else "cpu")
    # "on cpu and memory": one metric (and the requests it needs) per resource.
    both = resource == "memory" and bool(rx(r"\bcpu\b").search(text))
    resources = ["cpu", "memory"] if both else [resource]
    trigger, words, server_note = triggers.prometheus(ctx.raw, lambda: triggers.known_server(ctx))
    if trigger is None:
        trigger, words, server_note = triggers.redis_list(words, lambda: triggers.known_redis(ctx))
    outside: int | None = None
    if trigger is None:
        trigger, words, outside = triggers.cron(words, keda=bool(_KEDA_ASKED.search(text)))
    elif window := triggers.WINDOW.search(words):
        # A Prometheus trigger acts at every hour: a window said beside it is not dropped.
        raise Clarify(
            f"I read a window of the day ({window.group(0)!r}) beside a Prometheus trigger, "
            "which acts at every hour. One ScaledObject per request: say the Prometheus "
            "trigger alone, or the cron window alone."
        )
    if trigger is None:
        # "…, the match queue spikes are brutal": a signal named in a fact is the reason,
        # never one to scale on (round 15, helper values).
        triggers.unsupported_event(statements.facts_blanked(words))
    # "(the PDB of min 2 stays)": what another object keeps is no bound of this one.
    words = accounting.KEPT_ASIDE.sub(" ", words)
    words, own_targets = _own_targets(words)
    if own_targets:
        resources = sorted(own_targets)
    # Scaling to zero needs an event trigger (KEDA activates from it); utilisation cannot.
    said = hpa.bounds(words, zero_ok=trigger is not None) if said is None else said
    said = hpa.count_said(ctx.request.intent, said)  # "…, it has 3 now": min 3 (round 16)
    if own_targets and hpa.existing(ctx, target) is not None:
        raise Clarify(
            f"{target.describe()} already has an autoscaler: a target per resource is planned "
            "for a new one only. Say one target to change, e.g. 'set the cpu target to 65%'."
        )
    if trigger is not None and hpa.existing(ctx, target) is not None:
        # A ScaledObject makes an HPA of its own: two autoscalers would fight over replicas.
        raise Clarify(
            f"{target.describe()} already has an autoscaler: a KEDA {trigger['type']} trigger "
            "would add a second one. Remove the existing autoscaler first, or change it."
        )
    if (
        trigger is None
        and (found := hpa.existing(ctx, target)) is not None
        and not rx(r"keda").search(text)
    ):
        # Editing an HPA changes the fields said, never a second HPA or defaults for the rest.
        return hpa.edit(ctx, target, found, said, resource)
    if said.was:
        # "payments hpa max 5 -> 10": a bound said changing, of an autoscaler that is not there.
        which, before = next(iter(said.was.items()))
        raise Clarify(
            f"You said the {which} of {target.describe()}'s autoscaler goes from {before}, but "
            "it has no autoscaler. Say a new one whole (e.g. 'autoscale it from 2 to 10 at 70% "
            "cpu'), or name the autoscaler to change."
        )
    if trigger is None and (edited := _EDITS_LIVE.search(ctx.raw)):
        # "re the frontend hpa — let it go up to 12 instead of whatever it is now": an edit of
        # an autoscaler that is not there is no request for a new one with defaults.
        raise Clarify(
            f"I read {edited.group(0)!r} as a change to {target.describe()}'s autoscaler, but it "
            "has none. Say a new one whole (e.g. 'autoscale frontend from 2 to 12 at 70% cpu'), "
            "or name the autoscaler to change."
        )
    if (
        trigger is None
        and said.minimum is None
        and said.maximum is None
        and said.percent is None
        and (named := _THE_AUTOSCALER.search(ctx.raw))
        and not _MADE_NEW.search(ctx.raw)
    ):
        # "make checkout's autoscaler less aggressive", "tune the frontend hpa": the autoscaler
        # said as one that is there, with no value and no word of making one, is a change to
        # an autoscaler that is not there — never a new one with defaults.
        raise Clarify(
            f"You spoke of {named.group(0).strip()!r} as an autoscaler that is there, but "
            f"{target.describe()} has no HorizontalPodAutoscaler, and you said no bound. Say a "
            "new one whole (e.g. "
            "'autoscale it from 2 to 10 at 70% cpu'), or name the autoscaler to change."
        )
    target_pct_rec, pct_pattern = ctx.recommendation("autoscale", "target_cpu_utilization")
    target_pct = said.percent if said.percent is not None else int(target_pct_rec or 70)
    current = int((obj.get("spec") or {}).get("replicas", 1))
    low, high = said.minimum, said.maximum
    if said.claimed is not None and said.claimed != current:
        # "keep the current 2 as the min": the count said as the live one must be it.
        raise Clarify(
            f"You said {target.describe()} runs {said.claimed} now, but it runs {current}: "
            "which minimum exactly?"
        )
    if low is None and said.floor_now:
        low = current
    rec_min, min_pattern = ctx.recommendation("autoscale", "min_replicas")
    rec_max, max_pattern = ctx.recommendation("autoscale", "max_replicas")
    policy_min, min_policy = ctx.policy_bound("min_replicas", target)
    policy_max, max_policy = ctx.policy_bound("max_replicas", target)
    explained: list[str] = []
    if trigger is not None and trigger["type"] == "cron":
        low, high = _cron_bounds(
            target, trigger, said=said, outside=outside, current=current, explained=explained
        )
    minimum = low if low is not None else max(int(rec_min or 2), policy_min or 0)
    minimum = max(minimum, 0 if low == 0 and trigger is not None else 1)
    maximum = high if high is not None else int(rec_max or max(10, minimum * 3, current * 2))
    if policy_max is not None and high is not None and high > policy_max:
        # A maximum said above the cap: another number than said is never planned silently.
        raise Clarify(
            f"Policy {max_policy} caps replicas at {policy_max}, below the {high} you said: "
            f"which maximum then (at most {policy_max})?"
        )
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
    use_keda, decided, prefer_pattern = _mechanism(ctx, capabilities, trigger)

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
                reason=f"{DEFAULT_REQUESTS_REASON} {' and '.join(resources)} "
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
                        "metadata": {"value": str(own_targets.get(r, target_pct))},
                    }
                    for r in resources
                ],
            },
        }
    else:
        manifest = {
            "apiVersion": "autoscaling/v2",
            "kind": "HorizontalPodAutoscaler",
            "metadata": {
                # `kubectl autoscale --name` names it; else it is called as its workload.
                "name": ctx.hints.get("hpa-name") or target.name,
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
                            "target": {
                                "type": "Utilization",
                                "averageUtilization": own_targets.get(r, target_pct),
                            },
                        },
                    }
                    for r in resources
                ],
            },
        }
    auto_target = Target.of(manifest)
    ops.append(
        ApplyOp(
            target=auto_target,
            manifest=manifest,
            reason=f"scale {target.describe()} between {minimum} and {maximum} replicas "
            + (
                _on_trigger(trigger) or f"on {' and '.join(resources)} at {target_pct}% utilisation"
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
        f"Autoscale {target.describe()} "
        + (
            _on_trigger(trigger)
            or f"on {' and '.join(resources)} utilisation (target {target_pct}%)"
        )
        + f" between {minimum} and {maximum} replicas. Why "
        f"{auto_target.kind}: {decided}."
        + (f" Constraints: {'; '.join(explained)}." if explained else "")
        + (f" {server_note}" if server_note else "")
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


def _on_trigger(trigger: Json | None) -> str:
    """What a KEDA trigger scales on, in words ("" for none: utilisation then)."""
    if trigger is None:
        return ""
    meta = trigger["metadata"]
    if trigger["type"] == "cron":
        return (
            f"to {meta['desiredReplicas']} replicas from cron '{meta['start']}' to "
            f"'{meta['end']}' ({meta['timezone']})"
        )
    if trigger["type"] == "redis":
        return (
            f"on the length of the Redis list {meta['listName']!r} at {meta['address']} "
            f"({meta.get('listLength', '5')} items per replica)"
        )
    return f"on the Prometheus query {meta['query']!r} (threshold {meta['threshold']})"


def _cron_bounds(
    target: Target,
    trigger: Json,
    *,
    said: hpa.Bounds,
    outside: int | None,
    current: int,
    explained: list[str],
) -> tuple[int, int]:
    """The floor and ceiling of a cron-triggered ScaledObject. Outside the window KEDA keeps
    minReplicaCount (0 when unset: the workload would stop), so the floor is the count said for
    then, else the count running now — what the request leaves as it is; the ceiling is the
    window's count unless a larger one is said. A floor at or above the window's count makes the
    window do nothing: asked."""
    desired = int(trigger["metadata"]["desiredReplicas"])
    if outside is not None and said.minimum is not None and outside != said.minimum:
        raise Clarify(
            f"I read two floors ({said.minimum} and {outside} outside the window): which one?"
        )
    low = outside if outside is not None else said.minimum
    if low is None:
        low = current
        explained.append(
            f"outside the window {target.describe()} keeps the {current} replicas it runs now "
            "(say e.g. '1 replica otherwise' for another count)"
        )
    high = said.maximum if said.maximum is not None else desired
    if low >= desired or high < desired:
        raise Clarify(
            f"The cron window holds {desired} replicas, but "
            + (
                f"{target.describe()} runs {low} now (or the floor said is {low})"
                if low >= desired
                else f"the maximum said is {high}"
            )
            + ": how many replicas outside the window, and at most?"
        )
    return low, high


_OWN_TARGET = re.compile(
    r"\b(?P<r1>cpu|memory|mem|ram)\s*(?:at\s+|of\s+|@\s*|[=:]\s*)?\(?\s*(?P<p1>\d{1,3})\s*%\s*\)?|"
    r"\b(?P<p2>\d{1,3})\s*%\s*(?P<r2>cpu|memory|mem|ram)\b",
    re.IGNORECASE,
)


def _own_targets(words: str) -> tuple[str, dict[str, int]]:
    """ "cpu 65% and memory 75%": a utilisation target per resource, and the words without
    them. Nothing unless both resources are said, each with its own percentage."""
    found: dict[str, int] = {}
    for m in _OWN_TARGET.finditer(words):
        name = (m.group("r1") or m.group("r2")).lower()
        resource = "cpu" if name == "cpu" else "memory"
        value = int(m.group("p1") or m.group("p2"))
        if resource in found or not 1 <= value <= 100:
            return words, {}
        found[resource] = value
    if set(found) != {"cpu", "memory"}:
        return words, {}
    return _OWN_TARGET.sub(" ", words), found


def _spread(zones: set[str], revision_label: str, *, zone_said: bool = False) -> list[Json]:
    # Zones are a hard constraint (the point of HA is surviving one), nodes a soft one. Spreading
    # per revision (matchLabelKeys) keeps a rollout's new pods spread on their own, instead of
    # around the old pods that are about to go away.
    constraints = []
    # A zone said ("ride out a zone going down") is spread over even before the nodes show two.
    if len(zones) >= 2 or zone_said:
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


_SAID_COUNT = re.compile(
    r"(?<!\S)#(\d+)\s+(?:replicas?|pods?|instances?|copies)\b|"
    r"\b(?:to|at|with|run|keep|on)\s+#(\d+)\s+(?:replicas?|pods?|instances?|copies)?\b|"
    # "worker is a single pod, make it two": the count it is made, its unit left out.
    r"\b(?:make|take|bump|bring|grow|turn)\s+(?:it|them|that|this)\s+(?:up\s+)?(?:to\s+|into\s+)?"
    r"#(\d+)\b(?!\s*(?:%|zones?|nodes?|azs?|hosts?|regions?))"
)


# Numbers that describe rather than ask: "one per zone" is the spread, "worker is one lonely
# pod" what it runs now.
_PER = re.compile(
    r"\b(?:one|1|a single)\s+(?:pod\s+|replica\s+)?(?:per|in each|in every)\s+"
    r"(?:zone|node|az|host|machine|availability zone)\b|"
    # "one zone going down", "two nodes": what fails, not a count of replicas.
    r"\b(?:\d+|one|two|three)\s+(?:whole\s+|entire\s+|single\s+)?(?:availability\s+)?"
    r"(?:zones?|nodes?|azs?|hosts?|machines?|regions?|racks?)\b|"
    # "one pod dies and the queue stalls": the failure, not a count.
    r"\b(?:one|1|a single|a)\s+(?:pod|replica|instance)\s+(?:dies|died|crashes|crashed|fails|"
    r"failed|goes down|went down|restarts|is lost|gets killed|is killed)\b"
)
# Round 39 (sh45, attack45): a count of failures to survive above one ("so that three node
# failure is survivable", "survive 2 zone outages", "lose up to 3 nodes"): the replicas that
# takes are not said, and the recommended count may be fewer than the failures said.
_FAILURES = (
    r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many)\s*-?\s*"
    r"(?:(?:whole|entire|simultaneous|concurrent|parallel)\s+)?(?:availability\s+)?"
    r"(?:zones?|nodes?|azs?|hosts?|machines?|servers?|racks?|pods?|replicas?|instances?)"
)
_MANY_FAILURES = re.compile(
    rf"\b{_FAILURES}\s*-?\s*(?:failures?|outages?|losses|loss|dying|dead|down|failing|going\s+"
    r"down|crash(?:es|ing)?)\b|"
    r"\b(?:surviv\w*|tolerat\w*|withstand\w*|los(?:e|ing)|loss\s+of|ride\s+out)\s+(?:up\s+to\s+|"
    rf"at\s+least\s+|any\s+)?{_FAILURES.replace('(?P<n>', '(?P<m>')}\b",
    re.I,
)
_NOW_SAID = r"\b(?:is|runs|has|running)\s+(?:only\s+|just\s+|still\s+)?(?:a\s+)?#{k}\b"
# Round 33 (gap36c): a count said relative to what runs ("a second replica on another node",
# "another pod", "an extra instance", "double it"): read against the current count, never left
# to the recommended 3 (a different number than said). The ordinal is the total it makes.
_RELATIVE_CUES = ("second", "third", "fourth", "another", "extra", "additional", "more", "doubl")
_RELATIVE = re.compile(
    r"\b(?:a|an?|the)\s+(?P<ordinal>second|third|fourth)\s+(?:replica|pod|instance|copy)\b|"
    r"\b(?P<one>another|an\s+extra|an\s+additional|one\s+more|1\s+more|one\s+extra)\s+"
    r"(?:replica|pod|instance|copy)\b|"
    r"\b(?P<double>double|doubling)\s+(?:it|them|the\s+(?:replicas|pods|instances))\b",
    re.I,
)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4}


def _relative_replicas(ctx: Ctx, target: Target, current: int, text: str) -> int | None:
    """The replica count a relative HA request says (:data:`_RELATIVE`), or None when none is
    said; asks when an ordinal does not follow what runs ("a second replica" of 2 pods) or when
    more than one is said."""
    low = text.lower()
    if not any(cue in low for cue in _RELATIVE_CUES):
        return None
    found = list(_RELATIVE.finditer(low))
    if not found:
        return None
    if len(found) > 1:
        raise Clarify(
            f"I read {', '.join(repr(m.group(0)) for m in found)}: how many replicas should "
            f"{target.describe()} run (it runs {current})?"
        )
    m = found[0]
    if m.group("ordinal"):
        total = _ORDINALS[m.group("ordinal")]
        if total != current + 1:
            raise Clarify(
                f"I read {m.group(0)!r}, but {target.describe()} runs {current} "
                f"replica{'' if current == 1 else 's'}: how many should it run? Say e.g. "
                f"'make it highly available with {max(current + 1, 2)} replicas'."
            )
        return total
    return current + 1 if m.group("one") else current * 2


# "payments HA: 3 replicas + a pdb with minAvailable 2": the budget HA makes, said with it.
_SAID_BUDGET = re.compile(
    r"(?:\b(?:and|plus|with)\s+)?(?:\ban?\s+)?(?:\b(?:pdb|(?:pod\s+)?disruption\s+budget|budget)"
    r"\s+(?:with\s+|of\s+|at\s+)?)?\b(?P<field>min\s*available|max\s*unavailable)\s*[=:]?\s*"
    r"(?P<n>\d{1,4}%?)(?![\w.%])"
)


def _said_budget(text: str) -> tuple[str, Json | None]:
    """The text without the one budget it says, and that budget ({"minAvailable": 2}); asks
    when two are said."""
    found = list(_SAID_BUDGET.finditer(text))
    if not found:
        return text, None
    if len(found) > 1:
        raise Clarify(
            "That says two disruption budgets: keep 'minAvailable N' or allow "
            "'maxUnavailable N' — which one?"
        )
    m = found[0]
    field = "minAvailable" if m.group("field").startswith("min") else "maxUnavailable"
    n = m.group("n")
    return text[: m.start()] + " " + text[m.end() :], {field: n if n.endswith("%") else int(n)}


def _budget_fits(
    target: Target, current: int, wanted: int, said: int | None, budget: Json | None
) -> None:
    """Asks when a said ``minAvailable`` is not below the replicas the plan would run and no
    replica count was said ("a PDB for checkout with minAvailable 3, per the HA standard" on 2
    replicas): such a budget blocks every drain, and scaling up to make room for it is a count
    nobody said. Whether to scale too (and to how many) is the speaker's to say."""
    minimum = (budget or {}).get("minAvailable")
    if said is not None or not isinstance(minimum, int) or isinstance(minimum, bool):
        return
    if minimum < wanted:
        return
    raise Clarify(
        f"A budget of minAvailable {minimum} on {target.describe()}, which runs {current}, "
        "blocks every voluntary eviction: node drains would hang. Should I scale "
        f"{target.name} too (say e.g. '{minimum + 1} replicas and minAvailable {minimum}'), "
        f"or keep {current} replicas with a smaller budget (minAvailable {max(current - 1, 1)} "
        "or maxUnavailable 1)?"
    )


# "frontend has 4 gunicorn workers, make it 8", "it runs 4 puma workers": processes inside each
# pod (a server's setting), never its replicas. Bare "workers" of a queue worker are its pods.
_PROCESSES = re.compile(
    r"\b(?:has|have|had|runs?|running|with|uses?|using|spawns?)\s+(?:\d{1,4}|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|twelve|sixteen)\s+(?P<server>(?:gunicorn|puma|unicorn|uwsgi|"
    r"uvicorn|php-fpm|fpm|passenger|nginx|apache|node|web|http|server)\s+)?"
    r"(?P<what>workers|processes|procs|threads)\b",
    re.I,
)
_PODS_SAID = re.compile(
    r"\bper\s+(?:pod|replica|container)\b|\b\d+\s+(?:[\w\-]+\s+)?(?:replicas?|pods?|instances?)\b"
)
_QUEUE_WORKERS = frozenset({"celery", "sidekiq", "rq", "resque", "worker", "workers", "queue"})


def processes_said(ctx: Ctx, target: Target, obj: Json, current: int) -> None:
    """Ask when the count said is of processes or threads inside each pod ("frontend has 4
    workers, make it 8"): a server setting, never the replica count."""
    m = _PROCESSES.search(ctx.said_all())
    if m is None or _PODS_SAID.search(ctx.said_all()):
        return  # "uvicorn runs 2 workers per pod, can we go to 4 replicas?": told apart
    if not m.group("server") and m.group("what").lower() == "workers":
        runs = {w for word in what_runs(obj) | {target.name} for w in word.lower().split("-")}
        if runs & _QUEUE_WORKERS:
            return  # "worker has 4 workers": a queue worker's workers are its pods
    raise Clarify(
        f"I read {m.group(0)!r}: {m.group('what').lower()} inside each pod of "
        f"{target.describe()} (a setting of the server it runs), not its replicas (it runs "
        f"{current} pod{'' if current == 1 else 's'}). Say 'scale {target.name} to N' for pods, "
        f"or set the setting its image reads (e.g. 'set WEB_CONCURRENCY=8 on {target.name}')."
    )


def _said_replicas(ctx: Ctx, target: Target, current: int, text: str | None = None) -> int | None:
    """The replica count an HA request says ("3 replicas, one per zone"), or None; asks about
    any other number (a count it did not read would change the meaning)."""
    said, found = placeholders(_PER.sub(" ", ctx.text if text is None else text))
    nums = [
        n
        for n in found
        if not (n.count == current and rx(_NOW_SAID.format(k=n.index)).search(said))
    ]
    if not nums:
        return None
    m = _SAID_COUNT.search(said)
    if m is None or len(nums) > 1:
        raw = ", ".join(repr(n.raw) for n in nums)
        raise Clarify(
            f"I did not understand {raw} in {ctx.raw!r}: how many replicas should "
            f"{target.describe()} run? Say e.g. 'make it highly available with 3 replicas'."
        )
    num = nums[int(m.group(1) or m.group(2) or m.group(3))]
    if (problem := num.problem()) or num.count is None:
        raise Clarify(f"{problem or repr(num.raw)}: how many replicas exactly?")
    if num.count < 2:
        raise Clarify(
            f"{num.count} replica cannot survive the loss of its node or zone: how many should "
            f"{target.describe()} run (2 or more)?"
        )
    return num.count


def high_availability(ctx: Ctx) -> PlanResult:
    target, obj = ctx.workload()
    if target.kind == "DaemonSet":
        raise Clarify(f"{target.describe()} is a DaemonSet: it already runs on every node.")
    current = int((obj.get("spec") or {}).get("replicas", 1))
    rec, pattern = ctx.recommendation("ha", "min_replicas")
    policy_min, policy = ctx.policy_bound("min_replicas", target)
    processes_said(ctx, target, obj, current)  # "frontend has 4 workers, make it 8"
    rest, said_budget = _said_budget(ctx.text)
    relative = _relative_replicas(ctx, target, current, rest)
    if relative is not None:
        rest = _RELATIVE.sub(" ", rest)  # "one more replica": not a count of one
    said = _said_replicas(ctx, target, current, rest)
    if (
        said is None
        and relative is None
        and (
            many := _MANY_FAILURES.search(" ".join((ctx.request.intent, *ctx.request.refinements)))
        )
        and (many["n"] or many["m"]) != "1"
    ):
        raise Clarify(
            f"I read {many.group(0)!r}: a count of failures to survive, not of replicas. How "
            f"many replicas should {target.describe()} run (it runs {current} now)? Say e.g. "
            "'make it highly available with 5 replicas'."
        )
    if relative is not None:
        if (said is not None and said != relative) or relative < 2:
            raise Clarify(
                f"How many replicas should {target.describe()} run? It runs {current} now, "
                f"and I read {said if said is not None else relative} in what you said. Say "
                "e.g. 'make it highly available with 3 replicas'."
            )
        said = relative
    if said is not None and policy_min is not None and said < policy_min:
        raise Clarify(
            f"Policy {policy} requires at least {policy_min} replicas of {target.describe()}: "
            f"run {policy_min} instead of {said}?"
        )
    wanted = said if said is not None else max(current, int(rec or 3), policy_min or 0)
    _budget_fits(target, current, wanted, said, said_budget)
    match = selector(obj)
    zones = ctx.zones()
    revision = "pod-template-hash" if target.kind == "Deployment" else "controller-revision-hash"
    zone_said = bool(rx(r"\bzones?\b|\bazs?\b|availability zone").search(ctx.text))
    spread = [
        dict(c, labelSelector={"matchLabels": match})
        for c in _spread(zones, revision, zone_said=zone_said)
    ]
    existing = ((obj.get("spec") or {}).get("template") or {}).get("spec", {}).get(
        "topologySpreadConstraints"
    ) or []
    spec: Json = {}
    if not existing:
        spec["template"] = {"spec": {"topologySpreadConstraints": spread}}
    ops: list[Any] = []
    if wanted != current:
        # Through the scale subresource, as a step of its own: one pod cannot survive anything,
        # and a disruption budget on one pod blocks every drain.
        ops.append(
            ScaleOp(
                target=target,
                replicas=wanted,
                reason=f"{current} → {wanted} replicas, so losing one pod, node or zone is "
                "survivable",
            )
        )
    if spec:
        ops.append(
            PatchOp(
                target=target,
                patch_type="strategic",
                patch={"spec": spec},
                reason="spread over zones and nodes",
            )
        )
    pdb_rec, pdb_pattern = ctx.recommendation("ha", "pdb")
    budget: Json = {"maxUnavailable": 1}
    if isinstance(pdb_rec, dict):
        if "min_available" in pdb_rec:
            budget = {"minAvailable": pdb_rec["min_available"]}
        elif "max_unavailable" in pdb_rec:
            budget = {"maxUnavailable": pdb_rec["max_unavailable"]}
    budget = said_budget or budget
    found = budgets.existing(ctx, obj)
    kept = ""
    if found is None:
        pdb = budgets.manifest_for(ctx, target, obj, budget)
        pdb_target = Target.of(pdb)
        ops.append(
            ApplyOp(
                target=pdb_target,
                manifest=pdb,
                reason=f"the budget said: {budget}"
                if said_budget
                else "voluntary disruptions (drains, upgrades) take at most one pod at a time",
            )
        )
    else:
        # Round 29 (attack 33): the budget there is changed in place, never applied over with
        # the other field ("make orders HA" beside minAvailable 2 applied maxUnavailable 1 too:
        # a PDB takes one of them, so the dry run failed). One that lets a pod go at the count
        # planned is kept; one that blocks every drain is eased to the budget planned.
        pdb_target = Target.of(found)
        now = {
            k: v
            for k, v in (found.get("spec") or {}).items()
            if k in ("minAvailable", "maxUnavailable")
        }
        if not said_budget and not budgets.blocks(now, wanted):
            budget, kept = now, f", kept: {pdb_target.describe()} lets a pod go"
        elif budget != now:
            key = next(iter(budget))
            other = "maxUnavailable" if key == "minAvailable" else "minAvailable"
            ops.append(
                PatchOp(
                    target=pdb_target,
                    patch_type="merge",
                    patch={"spec": {key: budget[key], other: None}},
                    reason=f"the budget said: {budget}"
                    if said_budget
                    else f"{', '.join(f'{k} {v}' for k, v in now.items())} lets no pod of "
                    f"{wanted} go: voluntary disruptions take at most one pod at a time",
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
    elif zone_said:
        reasons.append("spread over zones (as said) and nodes")
    else:
        reasons.append("spread over nodes (the nodes carry no zone labels)")
    risks = []
    if zone_said and len(zones) < 2:
        risks.append(
            f"the nodes carry {len(zones)} zone label(s): the zone spread has nothing to spread "
            "over until nodes in other zones exist"
        )
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
            f"PodDisruptionBudget ({', '.join(f'{k} {v}' for k, v in budget.items())}{kept})."
        ),
        risks=risks,
        patterns=sorted({p for p in (pattern, pdb_pattern) if p}),
        targets=[target, pdb_target],
        validation_plan=[
            f"{target.describe()} rolls out with {wanted} ready replicas",
            f"{pdb_target.describe()} is observed and allows one disruption",
        ],
    )
