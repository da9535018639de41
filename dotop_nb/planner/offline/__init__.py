"""The offline planner: deterministic rules for the intents people type, no API key needed.

It reads the intent (:mod:`.understand`: every category scored by weighted cue words and the
nearest labelled examples), resolves the targets against the live cluster through the read-only
:class:`~dotop_nb.ports.ClusterReader`, and answers with typed operations — or with a specific
question when the intent is ambiguous (two categories close, two workloads match, a number is
missing, a word was not understood). It never guesses what to change or delete.

Adding a capability (the interface other modules rely on)
----------------------------------------------------------
A capability is one registration in :mod:`.catalog`, a category and its builder::

    from dotop_nb.planner.offline.registry import register
    register(
        "probe",
        probes.build,
        cues={r"\\bprobes?\\b": 1.0},
        examples=("add a readiness probe to cart",),
    )

- ``build(ctx: Ctx) -> PlanResult`` plans one request. ``ctx.workload()`` is the target (when
  the intent names several workloads or a label, the planner calls ``build`` once per workload
  with ``ctx`` pinned to it, and merges the results into one proposal); ``ctx.raw`` / ``ctx.text``
  are the words of this request (one clause of a compound intent); ``ctx.said()`` is the intent
  and its refinements, newest first. Raise :class:`Clarify` with the question to ask.
- Every number, value and word the builder does not consume must be asked about, never dropped
  (see :mod:`.guard` and :mod:`.numbers`); the guard already asks about shell syntax, negations,
  destructive words inside values and conditions before ``build`` runs.
- ``cues`` weigh a category against the others (see :mod:`.registry` for the scale);
  ``examples`` join the nearest-example vote. ``per_workload=False`` for a builder that reads
  several targets itself; ``family="addon"`` for one that adds objects beside a workload.

Categories built in: update, config, resources, scale, autoscale, ha, monitoring, backup,
security, rollback, restart, delete; and the finer capabilities probes, pdb, placement, sizing
(relative resources, a removed limit, Guaranteed QoS), env (envFrom, mounts, every container),
pull-policy, netpol (default deny, DNS-only egress) and strategy (zero downtime).
Capabilities decide between alternatives (KEDA or HPA,
ServiceMonitor or annotations, Velero or a CronJob), patterns shape values (strategy, replicas,
targets) and policies bound them (min / max replicas); the proposal says which did what.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from dotop_nb.models import WORKLOAD_KINDS, DeleteOp, PatchOp, ScaleOp, Target
from dotop_nb.planner.offline import (
    accounting,
    acronyms,
    addons,
    addressed,
    advice,
    aliases,
    anteced,
    asides,
    attachments,
    budgets,
    calques,
    carried,
    catalog,  # noqa: F401  (registers the built-in capabilities)
    caveats,
    chat,
    clauses,
    clock,
    comparisons,
    compound,
    config,
    constraints,
    deletions,
    described,
    dictation,
    direction,
    doubts,
    dropped,
    durations,
    eachpart,
    fields,
    firsts,
    followup,
    forbidden,
    foreign,
    guard,
    halves,
    hazards,
    hearsay,
    holds,
    keptkind,
    keyit,
    kindfilter,
    kubectl,
    lbwords,
    leftout,
    logs,
    loosened,
    measures,
    memo,
    mentor,
    misreads,
    muddles,
    narrowing,
    negated,
    netpol,
    noorder,
    nouns,
    objparts,
    objphrase,
    observed,
    occasions,
    openers,
    outcomes,
    overreads,
    paas,
    pairs,
    parties,
    partoff,
    patches,
    plainwords,
    podcounts,
    polite,
    preconds,
    promos,
    prose,
    quantities,
    quoted,
    reads,
    recorded,
    rejected,
    relayed,
    removal,
    reservations,
    restated,
    restore,
    results,
    saidparts,
    sanity,
    scope,
    settled,
    signals,
    signs,
    spared,
    specwords,
    spoken,
    statements,
    stays,
    strategy,
    structured,
    tentative,
    thread,
    tickets,
    timewords,
    tongues,
    typos,
    understand,
    unsafe,
    valuesaid,
    velerocli,
    vernacular,
    veto,
    waits,
    withdrawn,
    workloads,
)
from dotop_nb.planner.offline import (
    text as t,
)
from dotop_nb.planner.offline.context import Clarify, Ctx, containers, kinds_said, what_runs
from dotop_nb.planner.offline.registry import REGISTRY, Capability, register
from dotop_nb.planner.offline.rx import rx
from dotop_nb.ports import ClusterReader, PlanRequest, PlanResult

Json = dict[str, Any]
_DIRECT = frozenset(
    {"update", "delete", "restart", "rollback", "scale", "resources", "config"}
    | {"probes", "sizing", "env", "pull-policy", "placement"}
)
# Round 43 (a43): "put worker to 3.5" set the image to the tag 3.5, where "put worker to 3"
# scales it: after "put", "take", "bring", "get" or "keep" and "to"/"at", a bare number with one
# decimal point (no "v", no third part: "put payments on 4.0.0", "take orders to 1.3.0" stay
# versions) may be a count of replicas that is not a whole one. Asked, never a tag.
_PUT_TO_FRACTION = re.compile(
    r"^\W*(?:put|take|bring|get|keep)\s+(?:the\s+)?[\w.\-]+\s+(?:up\s+|down\s+)?(?:to|at)\s+"
    r"(?P<n>\d+\.\d+)(?![\w.\-])\s*[.!]?\s*$",
    re.I,
)
_UNKNOWN = (
    "I cannot tell what to do from {intent!r}. The offline planner handles: update "
    "(image/version), config (env vars, ConfigMap keys), resources, scale, autoscale, high "
    "availability, PDBs, placement, probes, monitoring, backups, network security, rollback, "
    "restart and delete — e.g. "
    "'scale my-api to 5', 'make postgres highly available'. Rephrase, or use the AI planner."
)


# "but don't let any new pods start": no operation may replace the pods.
_NO_NEW_PODS = re.compile(
    r"\b(?:don'?t|do\s+not|never|no)\s+(?:let\s+)?(?:any\s+)?(?:new\s+)?pods?\s+(?:start|come\s+up|"
    r"be\s+(?:created|started|replaced|restarted)|spin\s+up|roll)|\bwithout\s+(?:any\s+)?(?:new\s+pods|"
    r"restarting|replacing\s+(?:the\s+)?pods|a\s+rollout)\b",
    re.I,
)
_REPLICA_WORDS = re.compile(
    r"^(?:(?:the|its|their|any|a|all)\s+)?(?:(?:current|existing|present)\s+)?"
    r"(?:replica\s+counts?|replicas?|number\s+of\s+(?:replicas|pods)|"
    r"pod\s+counts?|scale|size)$"
)
_KIND_ONLY = re.compile(
    r"^(?:(?:the|its|their|or|and|nor|either|neither|any|\+|&|,)\s*)*(?:(?:deployments?|"
    r"statefulsets?|workloads?|configmaps?|config\s*maps?|cms?)\s*(?:(?:the|its|their|or|and|nor|"
    r"\+|&|,)\s*)*)+$"
)


def _said_at(lowered: str, phrase: str) -> int:
    """Where ``phrase`` (as a reader read it, with what it blanked inside as spaces) was said in
    ``lowered``: a run of two spaces or more in it stands for any words said there, the rest
    must be said as read. -1 when it was not."""
    at = lowered.find(phrase)
    if at < 0 and "_" in phrase and (spaced := _NAMED_DAY_JOINED.sub(" ", phrase)) != phrase:
        # "before black_friday": a named day the wait-taker read as one word (clock), said
        # with its space ("before Black Friday").
        return _said_at(lowered, spaced)
    if at >= 0 or "  " not in phrase:
        return at
    first = _BLANKED_RUN.split(phrase)[0]
    start = lowered.find(first) if first.strip() else -1
    while start >= 0:
        if lowered[start : start + len(phrase)].strip() and all(
            c == " " or lowered[start + j : start + j + 1] == c for j, c in enumerate(phrase)
        ):
            return start
        start = lowered.find(first, start + 1)
    return -1


_BLANKED_RUN = re.compile(r" {2,}")
_NAMED_DAY_JOINED = re.compile(r"(?<=[a-z])_(?=[a-z])")


def _without(text: str, phrases: list[str]) -> str:
    """``text`` with each phrase (as the guard read it: lowered) blanked; a phrase not found
    as said is asked about, never left for a rule to read."""
    for i, read in enumerate(phrases):
        at = _said_at(text.lower(), read)
        # What a reader blanked inside the wait is part of it as said ("when the NOTAM for the
        # registry maintenance expires": the purpose inside names the NOTAM).
        phrase = phrases[i] = text[at : at + len(read)].lower() if at >= 0 else read
        if at < 0:
            raise Clarify(
                f"I read {phrase!r} as when to run this, but could not tell it apart from the "
                "change. Say the change alone, and approve it when it should run."
            )
        text = text[:at] + " " * len(phrase) + text[at + len(phrase) :]
    return text


def _images(listed: spoken.Listed, namespace: str) -> dict[str, list[str]]:
    """Each workload of ``namespace`` by name, with the images its containers run."""
    found: dict[str, list[str]] = {}
    for kind in ("Deployment", "StatefulSet", "DaemonSet"):
        for obj in listed.list_objects("apps/v1", kind, namespace):
            pod = ((obj.get("spec") or {}).get("template") or {}).get("spec") or {}
            images = [str(c.get("image", "")) for c in pod.get("containers") or []]
            found.setdefault(str(obj["metadata"]["name"]).lower(), []).extend(images)
    return found


def _awaiting(ctx: Ctx, plan: PlanResult, phrases: list[str]) -> PlanResult:
    """``plan`` waiting on what was said with it (:mod:`.waits`): recorded as its ``awaits``
    and said in its analysis. A phrase that names a workload the plan does not change ("scale
    cart to 5 once payments is healthy") is asked about: it may be the change's own target."""
    if not phrases:
        return plan
    changed = {t.name for t in plan.targets} | {op.target.name for op in plan.operations}
    for phrase in phrases:
        if (named := [t.name for t, _ in ctx.workloads(phrase)]) and not (
            waits.timed(phrase) or waits.event_named(phrase)
        ):
            # Another workload may be the change's own target; the target's own state ("once
            # cart is healthy") may ask for automation (a probe, an autoscaler).
            what = "the plan changes it" if named[0] in changed else "the plan does not change it"
            raise Clarify(
                f"I read {phrase!r} as when to run this, but it names {named[0]} ({what}: "
                f"{'; '.join(o.summary() for o in plan.operations)}). Say the change alone (a "
                "person approves it when that holds), or what should happen to "
                f"{named[0]} in its own words."
            )
    plan.awaits = "; ".join(dict.fromkeys(_as_said(ctx.raw, p) for p in phrases))
    plan.analysis = f"{plan.analysis} {waits.analysis(plan.awaits)}".strip()
    return plan


def _awaits_as_sent(plan: PlanResult, read: str, sent: str) -> PlanResult:
    """``plan`` with its ``awaits`` (and the analysis saying it) in the words as sent."""
    if plan.awaits and (words := waits.as_sent(plan.awaits, read, sent)) != plan.awaits:
        plan.analysis = plan.analysis.replace(repr(plan.awaits), repr(words))
        plan.awaits = words
    return plan


def _as_said(raw: str, phrase: str) -> str:
    """``phrase`` (read from a lowered, respaced copy of the intent) as the person wrote it:
    the record keeps their words ("once QA signs off"), not the planner's working copy."""
    pattern = r"\s+".join(re.escape(word) for word in phrase.split())
    found = rx(pattern, re.I).search(raw) if pattern else None
    return found.group(0) if found else phrase


_PRONOUN = re.compile(r"\b(?:it|them|they|its|their)\b", re.I)


def _readers_of_changed(ctx: Ctx, planned: list[PlanResult]) -> list[tuple[Target, Json]]:
    """Round 43 (blind46): "LOG_LEVEL=warn in my-api-config, and restart it after": the workloads
    whose pods read the one ConfigMap the step before patched are what a pronoun after it means
    (two readers and "it" is asked, as two workloads before it are)."""
    patched = {
        op.target.name
        for r in planned
        for op in r.operations
        if isinstance(op, PatchOp) and op.target.kind == "ConfigMap"
    }
    if len(patched) != 1:
        return []
    (name,) = patched
    return [
        (Target.of(obj), obj)
        for kind in WORKLOAD_KINDS
        for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace)
        if name in compound.read_by(obj)
    ]


def _budget_beside_one_replica(plan: PlanResult) -> None:
    """Ask when one plan scales a workload to one pod or none and adds it a disruption budget
    ("scale payments to 1, no downtime during drains"): with one pod no budget keeps it up
    through a drain — it either lets the pod go or blocks the drain for good."""
    scaled = {
        o.target.name: o.replicas
        for o in plan.operations
        if isinstance(o, ScaleOp) and o.replicas <= 1
    }
    for o in plan.operations:
        if o.kind == "apply" and o.target.kind == "PodDisruptionBudget" and o.target.name in scaled:
            raise Clarify(
                f"This would scale {o.target.name} to {scaled[o.target.name]} and give it a "
                "disruption budget: with one pod or none a budget cannot keep it up during a "
                "drain (it lets the pod go, or blocks the drain for good). Keep two or more "
                "replicas with the budget, or ask for the scale alone."
            )


_APPLICATION = re.compile(r"\bapplication\b", re.I)
_SIDECAR = re.compile(r"\b(?:sidecars?|proxy)\b", re.I)


def _sidecars(ctx: Ctx, plan: PlanResult) -> set[str]:
    """The containers beside the application's in the pods of what the plan changes: each
    container of a pod of several that is neither called app nor named as its workload."""
    found: set[str] = set()
    for op in plan.operations:
        if op.target.kind not in WORKLOAD_KINDS:
            continue
        obj = ctx.get(op.target.kind, op.target.name, op.target.api_version)
        names = [str(c.get("name")) for c in containers(obj)] if obj is not None else []
        if len(names) > 1:
            found |= {n for n in names if n not in ("app", op.target.name)}
    return found


def _passive_named(ctx: Ctx, prohibitions: list[constraints.Prohibition], plan: PlanResult) -> None:
    """Ask when a prohibition said in the passive ("the app container should not be touched")
    names neither a workload nor a container of what the plan changes: a role ("the main
    container") is not resolved by guessing which container plays it."""
    inside = {
        str(c.get("name"))
        for op in plan.operations
        if op.target.kind in WORKLOAD_KINDS
        and (obj := ctx.get(op.target.kind, op.target.name, op.target.api_version)) is not None
        for c in containers(obj)
    }
    for p in prohibitions:
        if not p.subject or p.object_kind:
            continue  # ("the StatefulSets are out of scope": every one of a kind, constraints)
        try:
            named = bool(ctx.workloads(p.words))
        except Clarify:
            named = False
        # "the application container" is the one called app (as :func:`pick_container` reads);
        # "the sidecar" the one container beside it (as :func:`.workloads.kept_words` reads).
        spared = set(_APPLICATION.sub("app", p.words).split()) & inside
        if not spared and _SIDECAR.search(p.words) and len(beside := _sidecars(ctx, plan)) == 1:
            spared = beside
        if not named and not spared and (described := ctx.running([], p.words)):
            # "Redis is not in scope of this ticket": the workload that runs redis. Round 32
            # (gap35a): so is "the queue-times redis shouldn't change" (said in the passive).
            left = {t.key for t, _ in described}
            if touched := [op for op in plan.operations if op.target.key in left]:
                raise Clarify(
                    f"You said {p.said!r}, but the plan would {touched[0].summary()}. Which "
                    "should it be?"
                )
            continue
        if not named and not spared:
            raise Clarify(
                f"You said {p.said!r}, and I cannot tell which workload or container that is. "
                "Name it (e.g. 'container envoy of orders must not be touched'), or say only "
                "what should change."
            )
        for op in plan.operations:
            if (p.kinds is None or op.kind in p.kinds) and spared & _touched(ctx, op):
                # "run envoy as non-root; the app container is not to be changed": a pod-level
                # setting changes every container, the one spared included.
                raise Clarify(
                    f"You said {p.said!r}, but the plan would {op.summary()}, which changes "
                    f"container {', '.join(sorted(spared & _touched(ctx, op)))} too. Which "
                    "should it be?"
                )


def _touched(ctx: Ctx, op: Any) -> set[str]:
    """The containers of a workload ``op`` changes: the one whose image it sets, the ones a
    patch lists when it changes nothing else of the pod; every container otherwise."""
    if op.target.kind not in WORKLOAD_KINDS:
        return set()
    obj = ctx.get(op.target.kind, op.target.name, op.target.api_version)
    every = {str(c.get("name")) for c in containers(obj)} if obj else set()
    if op.kind == "set_image":
        return {str(op.container)} if op.container else every
    if op.kind == "patch":
        spec = op.patch.get("spec", {}) if isinstance(op.patch, dict) else {}
        pod = spec.get("template", {}).get("spec", {}) if isinstance(spec, dict) else {}
        if set(spec) == {"template"} and isinstance(pod, dict) and set(pod) == {"containers"}:
            return {str(c.get("name")) for c in pod["containers"] if isinstance(c, dict)}
    return every


def _replaces_pods(op: Any) -> bool:
    if op.kind in ("set_image", "rollout_restart"):
        return True
    return op.kind == "patch" and '"template"' in json.dumps(getattr(op, "patch", None) or {})


def _forbids_by_kind(words: str, op: Any, plan: PlanResult) -> bool:
    """Whether a prohibition said by a field or a kind ("the replica count", "the deployment
    or its configmap") covers ``op``."""
    said = words.strip().lower()
    if _REPLICA_WORDS.match(said):
        return op.kind == "scale" or '"replicas"' in json.dumps(getattr(op, "patch", None) or {})
    if not said or not _KIND_ONLY.match(said):
        return False
    targets = {t.key for t in plan.targets}
    said_kinds = {k for k in WORKLOAD_KINDS if k.lower() in said}
    if op.target.kind in WORKLOAD_KINDS and said_kinds and op.target.kind not in said_kinds:
        # "get rid of the cache deployment (not the statefulset)": another kind, left out.
        return False
    if rx(r"deployment|statefulset|workload").search(said) and op.target.key in targets:
        # Round 34 (a38b): "delete the payments service only, not the deployment", "delete
        # orders pdb (not the deployment)": deleting an object of another kind that bears the
        # workload's name leaves the workload as it is — the kind said is what stays.
        return not (isinstance(op, DeleteOp) and op.target.kind not in WORKLOAD_KINDS)
    return bool(rx(r"config\s*map|\bcms?\b").search(said)) and op.target.kind == "ConfigMap"


# A delete said as its own order beside another change: its verb first, then what goes by
# name ("delete worker and scale frontend to 4"), never by a pronoun ("…, then delete it").
_OWN_DELETE = re.compile(
    r"^\W*(?:(?:please|pls|plz|also|then|and|now|just)\s+)*(?:delete|remove|drop|destroy|"
    r"decommission|tear\s+down|get\s+rid\s+of|nuke|retire)\s+(?!(?:it|them|this|that|these|those|"
    r"its|their|both|all|everything)\b)",
    re.I,
)


# What may close a message after its last clause and say nothing more.
_CLOSING = re.compile(
    r"^[\s.,;:!)\-]*(?:(?:thanks?|thx|ty|cheers|please|pls|kiitos|po)\b[\s.,;:!)\-]*)*$", re.I
)


def _said_before_more(raw: str, said: str) -> bool:
    """Whether ``said`` (a prohibition) is followed in ``raw`` by more than a closing word."""
    at = raw.lower().find(said.lower())
    return at < 0 or not _CLOSING.match(raw[at + len(said) :])


def _said_beside(steps: list[tuple[str, str, dict[str, str]]], text: str) -> bool:
    """Whether the one delete among ``steps`` is said as an order of its own, naming what goes
    (then it is planned in the same proposal as the other changes, which list it op by op;
    :func:`_apart` then checks that no object is both deleted and changed). Never beside a
    backup, nor said to come after the change before it ("…, then delete worker"): a delete
    that waits for something done first is not one a plan can order."""
    deletes = [t for c, t, _ in steps if c == "delete"]
    if len(deletes) != 1 or len(steps) < 2 or any(c == "backup" for c, _, _ in steps):
        return False
    before = text[: max(text.find(deletes[0].strip()), 0)]
    orders = rx(rf"^\W*(?:(?:please|pls|plz|also|then|and|now|just)\s+)*(?:{guard.VERBS})\b", re.I)
    return (
        bool(_OWN_DELETE.match(deletes[0]))
        # "frontend restarts all the time, delete worker": the other clause states, no order.
        and all(orders.match(t) for c, t, _ in steps if c != "delete")
        and not rx(r"\b(?:it|them)\b", re.I).search(deletes[0])
        and not _AFTER_DONE.search(before)
    )


_AFTER_DONE = re.compile(
    r"\b(?:then|after|afterwards?|once|when|before|first|finally|next)\b", re.I
)


def _way_back_of(
    said: str,
    text: str,
    steps: list[tuple[str, str, dict[str, str]]],
    results: list[PlanResult],
    previous: list[tuple[Target, Json]],
) -> None:
    """Ask when a going back that names no workload follows a change of the workload before
    it: "scale checkout to 4; we go back to normal after", "restart checkout and go back later",
    "triple checkout and go back monday" (round 29, attack 33: planned the change AND a
    rollout undo of checkout to an older revision). Going back after a change is that change's
    way back, which nothing here runs on a timer — never a rollback to another release. A
    revision or version said ("…, then roll it back to revision 1") is a rollback of its own
    (``text`` is ``said`` less the time it waits on: "go back at 6am" names no revision)."""
    changed = {t.key for r in results for t in r.targets}
    if (
        not any(t.key in changed for t, _ in previous)
        or rx(r"\d").search(text)
        # Only a going back said in plain words: "roll it back", "revert it" name a rollback.
        or not rx(r"\bgo(?:es|ing)?\s+back\b|\bback\s+to\s+normal\b").search(text)
        or rx(r"\broll|\brevert|\bundo\b").search(text)
    ):
        return
    done = "; ".join(o.summary() for r in results for o in r.operations)
    alone = " and ".join(s.strip(" ,;:.") for c, s, _ in steps if c != "rollback")
    raise Clarify(
        f"You said {said.strip(' ,;:.')!r} after the change ({done}): that is its way back, "
        "not a rollback to an older release, and nothing here reverts a change on a timer. To "
        f"make the change now, say it alone (e.g. {alone!r}); going back is yours to ask for "
        "when it is due."
    )


def _apart(result: PlanResult) -> None:
    """Ask when a plan deletes an object that another of its operations changes ("delete worker
    and scale it to 4"): the two orders cannot both be meant. Otherwise say in the risks that
    the deletion is approved with the rest."""
    changed = {op.target.key for op in result.operations if op.kind != "delete"}
    if both := [
        o.target for o in result.operations if o.kind == "delete" and o.target.key in changed
    ]:
        raise Clarify(
            f"The plan would both delete and change {both[0].describe()}: which is meant? Ask "
            "for the deletion alone, or for the change alone."
        )
    result.risks = [
        *result.risks,
        "the deletion is approved together with the other change: review each operation",
    ]


def _one_way(result: PlanResult) -> None:
    """Ask when a plan both rolls a workload back and sets its image ("checkout 1.1.0 throwing
    500s, roll it back" had read the version said of the failing release as an update): the
    two go opposite ways, and only one can be meant."""
    kinds: dict[str, set[str]] = {}
    for op in result.operations:
        kinds.setdefault(op.target.key, set()).add(op.kind)
    for op in result.operations:
        if {"rollout_undo", "set_image"} <= kinds[op.target.key]:
            raise Clarify(
                f"The plan would both roll {op.target.describe()} back and set its image: "
                "which is meant? Ask for the rollback alone (a version said of the failing "
                "release is read as a fact), or for the version to run."
            )


# What a prohibition says of the request's own target: "don't restart it", "… the pods".
_THE_TARGET = ("it", "them", "this", "that", "pods", "the pods", "its pods", "their pods")

# A pronoun for one workload, and words for several ("restart them", "both").
_SINGULAR = re.compile(r"\b(?:it|its|it's)\b")
_PLURAL = re.compile(r"\b(?:them|they|their|both|all|each|every)\b")


# A clause that says a workload keeps what it has: "frontend must keep eu", "frontend stays on
# eu", "leave frontend alone", "frontend is off limits" (see OfflinePlanner._protected_reader).
_PROTECTS = re.compile(
    r"\b(?:(?:must|should|has\s+to|needs?\s+to|will)\s+(?:keep|stay|remain)|keeps?\s+(?:its|the|on|using)\b|"
    r"stays?\s+(?:on|at|with)|(?:must|should)\s*(?:not|n't)\s+(?:change|be\s+(?:changed|touched|"
    r"affected))|untouched|unchanged|unaffected|alone|protected|off[\s-]*limits|"
    r"(?:don't|do\s+not|never)\s+(?:touch|change|affect)|"
    # (Round 36, a41d: "leave orders as is", "orders stays the same", "hands off orders",
    # "without changing orders", "leave payments be".)
    r"as\s+(?:it\s+)?is|(?:stays?|remains?)\s+the\s+same|hands[\s-]+off|"
    r"without\s+(?:changing|touching|affecting)|leave\s+(?:the\s+)?[\w-]+\s+be)\b",
    re.I,
)


def _not_a_workload(ctx: Ctx, words: str) -> str | None:
    """The kind of the object ``words`` names when that is a ConfigMap or a Secret and no
    workload has that name (what an exclusion of a set of workloads cannot leave out)."""
    if not _OBJECT_NAME.fullmatch(words) or ctx.workloads(words):
        return None
    return next((kind for kind in ("ConfigMap", "Secret") if ctx.get(kind, words)), None)


_OBJECT_NAME = re.compile(r"[a-z0-9][a-z0-9.\-]*")


def _names_nothing(ctx: Ctx, words: str, containers_: dict[str, list[str]]) -> bool:
    """Whether ``words`` is one name that nothing here is called: no workload, none running it,
    no container of the plan's objects, and no object of another kind."""
    if not _OBJECT_NAME.fullmatch(words) or words in containers_ or words in _THE_TARGET:
        return False
    if _WHEN_WORD.fullmatch(words):
        return False  # "… except weekends": when, read by the rules of times
    try:
        if ctx.workloads(words) or ctx.running(kinds_said(words), words):
            return False
    except Clarify:
        return False
    return not any(ctx.get(kind, words) for kind in _OTHER_KINDS)


_WHEN_WORD = re.compile(
    r"(?:week(?:end|day)s?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|nights?|mornings?|"
    r"evenings?|holidays?|days?|hours?|today|tonight|tomorrow|sundays?)"
)
# What an exclusion may name besides a workload.
_OTHER_KINDS = ("ConfigMap", "Secret", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler")


def _keys_set(op: Any, before: set[str] | None) -> set[str] | None:
    """The keys of a ConfigMap or Secret that ``op`` (a patch of its data) sets, with those of
    ``before``; None when it may change any (a patch of more than its data, or another kind)."""
    patch = getattr(op, "patch", None)
    if before is None or op.kind != "patch" or not isinstance(patch, dict):
        return None
    if not patch or set(patch) - {"data", "stringData", "binaryData"}:
        return None
    keys = set(before)
    for part in patch.values():
        if not isinstance(part, dict):
            return None
        keys |= {str(k) for k in part}
    return keys


def _pods_only(name: str, clause: str) -> bool:
    """Whether ``clause`` names ``name`` only as its running pods ("don't touch the payments
    pods", "leave the orders (orders) pods alone"): a ConfigMap's change restarts none of them
    (round 39, gap42b; they read it on their next start, as the plan says)."""
    n = re.escape(name)
    said = rx(rf"(?<![\w\-]){n}(?![\w\-])", re.I)
    pods = rx(rf"(?<![\w\-]){n}(?:\s*\(\s*{n}\s*\))?\s+pods?\b|\(\s*{n}\s*\)\s+pods?\b", re.I)
    within = [m.span() for m in pods.finditer(clause)]
    return bool(within) and all(
        any(a <= m.start() < b for a, b in within) for m in said.finditer(clause)
    )


def _object_only(name: str, kind: str, clause: str, obj: Json, reads: set[str]) -> bool:
    """Whether ``clause`` names workload ``name`` only as the object, said with its kind ("dont
    touch the orders Deployment", "… the fleece orders (orders) Deployment", "deployment
    orders"), and its pods read each of ``reads`` only through their env: a ConfigMap's change
    then changes neither the object nor a running pod (env is read when a pod starts, a mounted
    volume would change under them), as :func:`_pods_only` reads the pods (round 40, gap43b)."""
    from dotop_nb.planner.offline.compound import mounted_by  # noqa: PLC0415

    if reads & mounted_by(obj):
        return False
    n = re.escape(name)
    k = statements.KIND_WORDS[kind]
    said = rx(rf"(?<![\w\-]){n}(?![\w\-])", re.I)
    objects = rx(
        rf"(?<![\w\-]){n}(?:\s*\(\s*{n}\s*\))?\s+(?:{k})\b|\(\s*{n}\s*\)\s+(?:{k})\b|"
        rf"\b(?:{k})(?:\s+|/){n}(?![\w\-])",
        re.I,
    )
    within = [m.span() for m in objects.finditer(clause)]
    return bool(within) and all(
        any(a <= m.start() < b for a, b in within) for m in said.finditer(clause)
    )


def _said_name(name: str, clause: str) -> bool:
    """Whether ``clause`` names ``name`` as a whole word."""
    return bool(t.said_names(clause, (name,)))


# Categories a single word may ask for ("rollback", "restart", "non-root", "scale", "delete"):
# such a word said as a setting's value never chooses them (:data:`.text.SETTING_TO`).
# A verb of change, for :mod:`.firsts` (a part said to come first after an order).
_FIRST_ORDERS = re.compile(
    rf"\W*(?:(?:please|pls|kindly|just|ok(?:ay)?|so|and|also)\s+)*(?:{guard.VERBS})(?![\w-])", re.I
)
_ACTIONS = frozenset({"rollback", "restart", "podsecurity", "security", "scale", "delete"})


class OfflinePlanner:
    """Rules over the intent text and the live state. See the module docstring."""

    name = "offline"
    model: str | None = None

    def plan(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        # The pure readings of the words (a clause's facts, the categories' scores) made once
        # per plan, however many checks ask them (:mod:`.memo`).
        with memo.plan_scope():
            return self._plan_request(request, cluster)

    def _plan_request(self, request: PlanRequest, cluster: ClusterReader) -> PlanResult:
        # One state of the cluster for the whole plan, each distinct read made once (:mod:`.reads`).
        cluster = cluster if isinstance(cluster, reads.Once) else reads.Once(cluster)
        if request.structured is not None and not request.refinements:
            # Typed parameters: no words to classify (a typed correction is text, read below).
            return structured.plan(request, cluster)
        # "b4", "w", "avail", "rn", "pls": a phone's short forms, written in words, in the
        # message and in the words as sent alike (:mod:`.chat`).
        listed = spoken.Listed(cluster)
        # "scale frontend to five replicas period the email went out": a dictated full stop.
        request = replace(request, intent=dictation.stops(request.intent))
        message = request.intent  # (as sent, before any reader rewrites it: tongues.check)
        # Round 36 (gap39a): "… change to 20 krub": a Thai particle, out before any reader of
        # word order reads the message (:func:`.tongues.particles`).
        request = replace(
            request,
            intent=tongues.particles(request.intent),
            refinements=[tongues.particles(r) for r in request.refinements],
        )
        if not request.refinements and (question := tongues.unread(request.intent)):
            # "Na-restart na po yung payments" (done), "Sabi ni Bob …" (Bob says): Filipino that
            # says the change is done, unwanted, another's or for later, unread (:mod:`.tongues`).
            return PlanResult(category="unknown", question=question)
        if not request.refinements:
            # "the rollback of checkout went fine, now restart worker", "argo already did: scale
            # my-api to 5; now restart worker": the order after the report, alone (:mod:`.results`).
            bare = openers.bare(request.intent)
            if (order := results.after_report(bare)) is not bare:
                request = replace(request, intent=order)
            # "upgrade postgres to 16.6, the backup Zoli already did, no need": the order alone
            # (round 35, gap38c: :func:`.results.prep_done`).
            if (order := results.prep_done(request.intent)) is not request.intent:
                request = replace(request, intent=order)
            # "nit: restart worker. question: should we also restart payments?": the review's
            # own orders, less its questions, praise and others' labels; "I'd rather we didn't
            # restart worker; restart payments": the order alone (:mod:`.noorder`).
            namespace = request.namespace
            for reader in (noorder.review_parts, noorder.after_declined):
                own = reader(request.intent, lambda: spoken.workload_names(listed, namespace))
                if own is not request.intent:
                    request = replace(request, intent=own)
        # (Round 34, gap37c: Taglish read as English in these words too, so the checks that
        # read them read the language the plan was read in, :func:`.tongues.taglish`.)
        first_sent = openers.bare(
            veto.words(
                tongues.dialects(request.intent), [tongues.dialects(r) for r in request.refinements]
            )
        )  # (narrowing)
        # "oc delete pdb orders": OpenShift's CLI saying a kubectl command (:mod:`.kubectl`).
        request = replace(request, intent=kubectl.openshift(request.intent))
        # "kubectl scale … --replicas=12 and keep payments untouched": the command said in words
        # with the sentence joined to it (:mod:`.kubectl`).
        request = replace(request, intent=kubectl.tailed(request.intent, request.namespace))
        # "kubectl rollout restart deploy a b c, except c": the command without c (:mod:`.kubectl`).
        request = replace(
            request,
            intent=kubectl.excepted(
                request.intent,
                request.namespace,
                lambda: spoken.workload_names(listed, request.namespace),
            ),
        )
        # "kubectl rollout undo deployment/checkout after 23:00": the time first (:mod:`.kubectl`).
        request = replace(request, intent=kubectl.time_first(request.intent))
        if not request.refinements and (arrow := dropped.arrowed(request.intent)):
            # "LOG_LEVEL → debug (my-api)": the bracketed name is no value (:mod:`.dropped`).
            return PlanResult(category="config", question=arrow)
        # "first the migration, then scale checkout to 4": the wait said first, "Window:
        # tonight. double worker": a time said as a label, and "not until the freeze ends: …":
        # a start said by its negation (:mod:`.waits`).
        # (Round 32, a36b: "scale payments to 4. Until: monday.", "Temporary. …": how long,
        # said as a sentence of its own, said after the change instead: :mod:`.durations`.)
        request = replace(
            request,
            intent=waits.labelled_time(
                waits.first_then(
                    waits.not_before(durations.apart(request.intent)),
                    lambda: spoken.workload_names(listed, request.namespace),
                )
            ),
        )
        as_typed: str | None = None  # the words before a second language's are read (calques)
        read_as: list[tuple[str, str]] = []  # another language's words read as English (tongues)
        if not kubectl.is_command(request.intent):
            request = replace(
                request,
                intent=chat.spelled(
                    request.intent, lambda: spoken.workload_names(listed, request.namespace)
                ),
                refinements=[
                    chat.spelled(r, lambda: spoken.workload_names(listed, request.namespace))
                    for r in request.refinements
                ],
            )

            # "augment my-api in two", "the redis no": a Spanish speaker's syntax written as
            # the English it means, in the message and in the words as sent (:mod:`.calques`).
            # (A wait is still recorded as typed: "after the réunion of 15h", never "15:00".)
            as_typed = veto.words(request.intent, request.refinements)

            def objects() -> frozenset[str]:
                return spoken.object_names(listed, request.namespace)

            def services() -> frozenset[str]:
                return spoken.service_names(listed, request.namespace)

            request = replace(
                request,
                intent=calques.read(request.intent, objects),
                refinements=[calques.read(r, objects) for r in request.refinements],
            )
            # "delete Deployment cache. the redis statefulset called cache stays": the other
            # kind of a shared name said to stay, beside an order saying its kind
            # (:mod:`.keptkind`).
            request = replace(
                request,
                intent=keptkind.read(request.intent, objects, services),
                refinements=[keptkind.read(r, objects, services) for r in request.refinements],
            )
            # "restart my-api and let payments be", "…, orders can wait": what is left alone,
            # said in an idiom, as "leave payments alone" (:mod:`.spared`).
            request = replace(
                request,
                intent=spared.read(request.intent, objects),
                refinements=[spared.read(r, objects) for r in request.refinements],
            )
            # Round 24 (gap B): "deny all egress from worker, except DNS and postgres": the
            # egress allow-list in the words every reader reads ("worker may only talk to …").
            request = replace(
                request,
                intent=netpol.egress_except(request.intent),
                refinements=[netpol.egress_except(r) for r in request.refinements],
            )
            # "the frontend has 3 pods, please to put 5": the count's unit said with the state
            # (:mod:`.carried`).
            request = replace(
                request,
                intent=carried.read(request.intent, objects),
                refinements=[carried.read(r, objects) for r in request.refinements],
            )
            # "scale payments to 4 nicht jetzt", "delete worker morgen": another language's
            # words of a time, a negation, a doubt or a condition, as English (:mod:`.tongues`).
            sent = request.intent
            request = replace(
                request,
                intent=tongues.read(request.intent, objects),
                refinements=[tongues.read(r, objects) for r in request.refinements],
            )
            read_as = tongues.changed(sent, request.intent)
        # The words as sent, before any reader rewrites them: the last check (:mod:`.veto`).
        # ("hey, argo will bump …", "pls cancel: …": less a greeting or a "please" that opens
        # them, which the readers of non-orders would take for the sentence's start: openers.)
        said = openers.bare(veto.words(request.intent, request.refinements))
        # "$ kubectl rollout undo deploy/x   # runbook step 4": the command, as pasted.
        try:
            request = replace(request, intent=prose.pasted(request.intent))
        except Clarify as ask:
            return PlanResult(category="unknown", question=ask.question)
        # "heroku config:set PROVIDER=adyen -a payments": the change it says (:mod:`.paas`).
        request = replace(request, intent=paas.read(request.intent))
        # "cf set-env worker KEY 8", "readinessProbe", "minAvailable is 1", "2 instances -> 5":
        # an order in a spec's or another platform's words (:mod:`.specwords`).
        request = replace(request, intent=specwords.read(request.intent))
        if not kubectl.is_command(request.intent):
            # "`nomad job scale payments 3` — the k8s version of that", "`memory_max = 384`":
            # another tool's command or stanza, pasted, is the order it means (:mod:`.foreign`).
            request = replace(
                request,
                intent=foreign.read(
                    request.intent, lambda: spoken.workload_names(listed, request.namespace)
                ),
            )
        if not kubectl.is_command(request.intent):
            # "13:58Z p99 hits 2.4s; 14:05Z mitigation: …", "$63/mo": context, read (:mod:`.logs`).
            # ("payments 4: scale": a live name's number is no label's id.)
            names = spoken.workload_names(listed, request.namespace)
            try:
                request = replace(request, intent=logs.read(request.intent, names))
            except Clarify as ask:
                return PlanResult(category="unknown", question=ask.question)
        threaded = None
        if not kubectl.is_command(request.intent):
            # "@bob restart payments", "bob: can you …": said to someone else (:mod:`.addressed`).
            # (The namespace's own name is no person either: "shop, restart payments".)
            if asked := addressed.check(
                request.intent,
                lambda: {*spoken.workload_names(listed, request.namespace), request.namespace},
            ):
                return PlanResult(category="unknown", question=asked)
            # "> did payments pick up the new secret?\nnope, bounce it": a reply in a thread.
            try:
                threaded = thread.read(
                    request.intent, lambda: spoken.workload_names(listed, request.namespace)
                )
            except Clarify as ask:
                return PlanResult(category="unknown", question=ask.question)
            if threaded is not None:
                request = replace(request, intent=threaded.text)
            # "hi team - cancel: restart checkout", "kindly I would scale orders to 3": the
            # message less its opener (after the address: "hey bob, …" is said to bob).
            request = replace(request, intent=openers.bare(request.intent))
            # "delete: pdb orders", "rm - the orders pdb": the deletion, its mark dropped (hazards).
            request = replace(request, intent=hazards.binned(request.intent))
            # "forget it: update my-api to 1.4.2", "toss the following: …": withdrawn (hazards).
            if not request.refinements and (gone := hazards.withdrawn(request.intent)):
                return PlanResult(category="unknown", question=gone)
        if (
            not request.refinements
            and not kubectl.is_command(request.intent)
            and (said_so := hearsay.said_should(request.intent))
        ):
            # "per bob LOG_LEVEL should be debug", "per the release notes, frontend 2.3.0": a
            # state wished on another's word, no order (:func:`.hearsay.said_should`).
            return PlanResult(category="unknown", question=said_so)
        if not kubectl.is_command(request.intent):
            # "Per the client's CAB approval, …", "The client has requested frontend be
            # reverted to 2.0.3": the authority a request is relayed on (:mod:`.relayed`).
            request = replace(request, intent=relayed.read(request.intent))
        framed = (
            None
            if kubectl.is_command(request.intent)
            else tickets.read(
                request.intent, lambda: spoken.workload_names(listed, request.namespace)
            )
        )
        if framed is not None:
            # "OPS-1102: … AC: BATCH_SIZE in orders-config reads 50": the request, its criteria.
            if framed.question:
                return PlanResult(category="unknown", question=framed.question)
            request = replace(request, intent=framed.text)
        # "When it's throttling you raise the request first: …": a mentor's explanation is
        # context, the change is the request (:mod:`.mentor`).
        # "the team renamed the queue to orders-v2: update QUEUE in …": the value told (config).
        request = replace(
            request,
            intent=config.told(request.intent, lambda: spoken.keys_in(listed, request.namespace)),
        )
        # "PROVIDER=stripe is wrong, set it to wire": the value now, then the order (config).
        request = replace(
            request,
            intent=config.reported(
                request.intent, lambda: spoken.workload_names(listed, request.namespace)
            ),
        )
        # "for the double points weekend": an occasion's name, no change (:mod:`.promos`).
        request = replace(request, intent=promos.read(request.intent))
        # "think iptables DROP: default deny …", "… like a setuid binary would": a comparison
        # only explains the order; the checks read the order alone (:mod:`.comparisons`).
        request = replace(
            request,
            intent=comparisons.read(
                request.intent, lambda: spoken.workload_names(listed, request.namespace)
            ),
        )
        # "scale my-api to 4 because we saw spikes at midnight", "— last time at 02:00 it fell
        # over": a time inside a reason or a statement is context, never a wait (:mod:`.asides`).
        request = replace(
            request, intent=timewords.deadlines_said(asides.context_times_blanked(request.intent))
        )
        # "scale payments to 4, 7 restarts today", "autoscale my-api, cpu at 93% right now",
        # "…, still 5 replicas": what is seen, or stays, is no value (:mod:`.observed`).
        # "my-api, running 5 pods", "frontend x7 traffic": what is seen, and no order (observed).
        # (Not in a ticket's section, "DoD: payments at 4 replicas": the state it wants, asked
        # for its label by :mod:`.noorder` — round 16.)
        if framed is None and (
            seen_only := observed.only_seen(
                request.intent, spoken.workload_names(listed, request.namespace)
            )
        ):
            return PlanResult(
                category="unknown",
                question=(
                    f"I read {seen_only!r} in {request.intent!r} as what is seen now, not as a "
                    "change: what should change? Say it with its value, e.g. 'scale frontend to "
                    "4' or 'set the memory limit of worker to 512Mi'."
                ),
            )
        request = replace(request, intent=observed.stays_dropped(observed.dropped(request.intent)))
        request = replace(
            request,
            intent=mentor.read(
                request.intent, lambda: spoken.workload_names(listed, request.namespace)
            ),
        )
        if not kubectl.is_command(request.intent):
            # "worker has one pod only. Make 3.": the count's unit, said once, read before the
            # report that says it is dropped (:mod:`.restated`, round 29).
            request = replace(
                request,
                intent=restated.read(
                    request.intent, lambda: spoken.workload_names(listed, request.namespace)
                ),
            )
            # "SR-09: worker runs with … Make it read-only.": the report before the request.
            request = replace(
                request,
                intent=logs.focus(
                    request.intent, lambda: spoken.workload_names(listed, request.namespace)
                ),
            )
            # "update my dash api to one point five point zero": dictated tokens, typed.
            request = replace(
                request,
                intent=dictation.read(
                    request.intent, lambda: spoken.workload_names(listed, request.namespace)
                ),
            )
            # "no CPU request today, so set one of 250m": the request said missing (quantities).
            request = replace(request, intent=quantities.one_named(request.intent))
            # "my-api on 3 boxes", "RAM", "run as administrator": plain words (:mod:`.plainwords`).
            request = replace(
                request,
                intent=plainwords.read(
                    request.intent,
                    lambda: spoken.workload_names(listed, request.namespace),
                    lambda: spoken.workload_parts(listed, request.namespace),
                ),
            )
            # "my-api backend pool: 4 members", "health check", "the payments VIP": a load
            # balancer's words (:mod:`.lbwords`).
            request = replace(
                request,
                intent=lbwords.read(
                    request.intent, lambda: spoken.workload_names(listed, request.namespace)
                ),
            )
            # "revoke 1.1.0 from checkout", "checkout image != 1.1.0": a release taken back
            # from the workload that runs it is its rollback, or asked (:mod:`.withdrawn`).
            try:
                request = replace(
                    request,
                    intent=withdrawn.read(
                        request.intent, lambda: _images(listed, request.namespace)
                    ),
                )
            except Clarify as ask:
                return PlanResult(category="unknown", question=ask.question)
            # "checkout (copay collection)", "freq-cap redis (the cache statefulset)": a
            # workload named beside its role, read as the workload (:mod:`.aliases`).
            glossed = aliases.read(request.intent, listed, request.namespace)
            if glossed != request.intent:
                # Round 44 (m44b): "the roster worker (worker) is on one pod, give it two
                # more": the count held, said before the gloss was read, is seen (observed).
                glossed = observed.held_dropped(glossed)
            request = replace(request, intent=glossed)
            # "[payments] PROVIDER: stripe -> adyen", ".spec.replicas=3": a title's target, an
            # arrow's new value and a field path's field, said in words (:mod:`.fields`).
            try:
                intent = fields.read(
                    request.intent,
                    lambda: spoken.workload_names(listed, request.namespace),
                    lambda: spoken.keys_in(listed, request.namespace),
                    lambda: spoken.object_names(listed, request.namespace),
                )
            except Clarify as ask:
                return PlanResult(category="unknown", question=ask.question)
            request = replace(request, intent=intent)
            # "frontend -> …:2.1.1", "… at all; give it 100m cpu + 128Mi memory": prose
            # punctuation said in words, so the guard asks only about shell syntax.
            request = replace(
                request,
                intent=prose.normalize(request.intent),
                refinements=[prose.normalize(r) for r in request.refinements],
            )
            # "worker is one pod …, make it three": the count's unit, said once (:mod:`.restated`).
            request = replace(
                request,
                intent=restated.read(
                    request.intent, lambda: spoken.workload_names(listed, request.namespace)
                ),
            )
            # "s/stripe/adyen/ on PROVIDER in payments-config": sed's substitution said of a
            # key, "PROVIDER from stripe to adyen" (:func:`.config.substituted`).
            if "s/" in request.intent:
                request = replace(request, intent=config.substituted(request.intent))
            # "take FEATURE_X out of my-api-config": "remove FEATURE_X from …" (:mod:`.config`).
            if "take" in request.intent.lower() or " out " in request.intent.lower():
                request = replace(request, intent=config.taken_out(request.intent))
            # "orders batch size 50": a setting said without its verb and "to" (:mod:`.chat`).
            request = replace(
                request,
                intent=chat.keyed(
                    request.intent,
                    spoken.workload_names(listed, request.namespace),
                    lambda: spoken.keys_in(listed, request.namespace),
                ),
            )
            # "frontend to 8", "worker → 0 for now": a scale said without its verb (:mod:`.chat`).
            request = replace(
                request,
                intent=chat.verbless(
                    request.intent,
                    spoken.workload_names(listed, request.namespace),
                    spoken.counted_names(listed, request.namespace),
                ),
            )
        seen: list[str] = []
        read = " ".join(f"{n[0].upper()}{n[1:]}." for n in framed.notes) if framed else ""
        if threaded is not None:
            read = f"{threaded.note[0].upper()}{threaded.note[1:]}. {read}".strip()
        typed = ""
        try:
            if not kubectl.is_command(request.intent):
                # "sclae it to 6": a mistyped ordinary word read as the planner's (or asked).
                request, typed = typos.read(request, listed)
                # "Would it be possible to set …?", "is payments autoscaling?": the order a
                # polite frame says, or a question about how things are, asked back.
                # "ceiling of — ten? no, eight —": second thoughts settled in the message.
                settle = settled.read(
                    request.intent, lambda: spoken.workload_names(listed, request.namespace)
                )
                # "We recommend running checkout with 3 replicas": the order (:mod:`.advice`).
                settle = advice.read(settle)
                # "how do I get … out of payments? could you set …": the want (:mod:`.followup`).
                settle = followup.read(settle)
                # "is it safe to restart X? if yes please do": the order (:mod:`.tentative`).
                settle = tentative.answered(settle)
                # "BATCH_SIZE is 10 now, make it 25": "it" is the one key typed (:mod:`.keyit`).
                settle = keyit.read(
                    settle, lambda: spoken.workload_names(listed, request.namespace)
                )
                request = replace(
                    request,
                    intent=polite.read(settle, answers=request.refinements),
                    refinements=[polite.read(r, first=False) for r in request.refinements],
                )
            if not kubectl.is_command(request.intent) and not request.refinements:
                # "my-api log level to debug": a key said in words is written as the key.
                keys = spoken.keys_in(listed, request.namespace)
                names = spoken.workload_names(listed, request.namespace)
                # "we need it to survive a machine dying": an outcome written as its order.
                request = replace(
                    request, intent=outcomes.read(request.intent, names, keys, request.namespace)
                )
                request = replace(request, intent=spoken.name_keys(request.intent, keys, names))
                # "run two of the cache proxy and add a PDB": the count is a scale (:mod:`.halves`).
                request = replace(request, intent=halves.as_scale(request.intent))
            ctx = Ctx.of(request, cluster)
            # A wait is recorded in the words as sent, whatever a reader rewrote (:mod:`.waits`).
            result = _awaits_as_sent(self._plan(ctx, seen), ctx.raw, said)
            if as_typed is not None and as_typed != said:
                result = _awaits_as_sent(result, said, as_typed)
            # The checks of the finished plan read the words as sent, less a comparison that
            # only explains the order ("…, an iptables ACCEPT from it and DROP for the rest"):
            # what the comparison's words would trip was never asked (:mod:`.comparisons`).
            sent = said  # (a status in brackets after a name is no gloss to described.py)
            said = comparisons.read(said, lambda: spoken.workload_names(listed, request.namespace))
            said = timewords.deadlines_said(asides.context_times_blanked(said))  # (asides)
            said = observed.dropped(said)  # "…, p99 at 800ms": context (:mod:`.observed`)
            # "payments (risk checks)": a gloss beside a name is the workload to the checks too.
            said = aliases.read(said, listed, request.namespace)
            result = veto.check(said, result)
            # "delete my-api (the my-api-config map)": two objects named (:mod:`.sanity`).
            result = sanity.bracket_names_another(sent, ctx, result)
            # "call off the payments restart", "at half past two": held back (:mod:`.reservations`).
            result = reservations.check(
                said, result, answered=bool(request.refinements), live=ctx.get
            )
            # "DONE scale worker to 3", "+1", "stop restarting it": no order (:mod:`.noorder`).
            result = noorder.check(said, result, answered=bool(request.refinements))
            # "payments is HA", "bring worker back up", "silence its alerts" (:mod:`.described`).
            result = described.check(
                said,
                result,
                answered=bool(request.refinements),
                workloads=spoken.workload_names(listed, request.namespace),
                sent=sent,
            )
            # "checkout's frontend", "harden payments network", "… 2.2.0 from quay": another
            # object, part or value than the plan changes is asked (:mod:`.objparts`).
            result = objparts.check(
                said,
                result,
                answered=bool(request.refinements),
                workloads=spoken.workload_names(listed, request.namespace),
            )
            # "remove the checkout latency alert", "turn off the frontend banner": a part of a
            # workload is never the workload deleted or scaled to 0 (:mod:`.partoff`).
            result = partoff.check(
                said,
                result,
                answered=bool(request.refinements),
                workloads=spoken.workload_names(listed, request.namespace),
                live=ctx.get,
                left_out=lambda: leftout.list_left_out(ctx, said),
            )
            # "the orders batch size …; raise it to 500", "allow worker to scale to zero",
            # "add API_KEY to payments": a value other than said is asked (:mod:`.valuesaid`).
            result = valuesaid.check(said, result, answered=bool(request.refinements), live=ctx.get)
            # "20Gi of disk", "on Black Friday": read as something near them (:mod:`.misreads`).
            result = misreads.check(
                said,
                result,
                database=direction.scales_database(ctx, result),
                answered=bool(request.refinements),
            )
            # "clean up worker", "at 4 o'clock", "HPA max": read as more (:mod:`.overreads`).
            result = overreads.check(said, result, answered=bool(request.refinements))
            # "restart payments at 02:00Z", "Dec 15: delete worker": a moment never dropped.
            result = clock.check(said, result, answered=bool(request.refinements))
            result = netpol.check(ctx, said, result, answered=bool(request.refinements))
            result = workloads.part_restarted(ctx, said, result)  # "the envoy on payments"
            result = workloads.counted_in_fact(said, result)  # "3 pods stopped on orders"
            result = loosened.check(said, result)  # "readOnlyRootFilesystem false": asked
            # "…, version stays 9.9.9": never set (round 30); "…, still 5 replicas" when it runs
            # 2: asked (round 31).
            result = stays.check(said, result, live=ctx.get)
            # "check worker can be deleted", "(dry run)", "yeah nah": in doubt (:mod:`.doubts`).
            result = doubts.check(said, result, answered=bool(request.refinements))
            # "…, but first ask Bob", "I'd scale …", "before the release": (:mod:`.holds`).
            result = holds.check(said, result, answered=bool(request.refinements))
            # "argo will bump …", "added a pdb for payments", "2.2.0 of frontend is ready",
            # "might have to scale …": told of, not ordered (:mod:`.hearsay`).
            result = hearsay.check(said, result, answered=bool(request.refinements))
            # "dem seh fi restart worker", "nuh restart it", "na Tunde go scale …": a dialect's
            # particle of hearsay, negation or plan before the verb (:mod:`.vernacular`).
            result = vernacular.check(message, result, answered=bool(request.refinements))
            # "delete worker (proposal)", "restart payments (wontfix)": a tracker's item.
            result = narrowing.status(first_sent, result, answered=bool(request.refinements))
            # (Before anteced: its question names the correction.)
            # "delete pvc postgres", "delete postgres, namely the schedule", "delete the
            # deployment behind svc/payments": an order read from words that say more than the
            # workload, or another kind than it deletes, is asked (:mod:`.objphrase`).
            result = objphrase.check(
                first_sent,
                result,
                answered=bool(request.refinements),
                workloads=spoken.workload_names(listed, request.namespace),
            )
            # (After the readers of statuses, holds and reports, whose questions say more.)
            # "postgres latency alert is noisy; delete it": a part named anywhere, never the
            # workload deleted, scaled to 0, restarted or rolled back (:mod:`.anteced`).
            result = anteced.check(
                said,
                result,
                answered=bool(request.refinements),
                workloads=spoken.workload_names(listed, request.namespace),
                intent=first_sent,
                live=ctx.get,
                namespace=request.namespace,
            )
            # "…, QA first", "(bob approves)", "on high cpu", "we'll revisit next week",
            # "prior to restarting payments, back up postgres": held back (:mod:`.preconds`).
            result = preconds.check(said, result, answered=bool(request.refinements))
            # "…, but keep the root filesystem writable", "max skew 2", "at 2am and 2pm":
            # an exception, a value or a part the plan drops is asked (:mod:`.saidparts`).
            result = saidparts.check(said, result, answered=bool(request.refinements), sent=sent)
            # "delete worker with its configmap" (it has none): one deletion of two said.
            result = dropped.parts_kept(said, result, answered=bool(request.refinements), sent=sent)
            # "delete worker and checkout, not both": a list of which only one is meant.
            result = compound.chosen(
                said, result, answered=bool(request.refinements), sent=first_sent
            )
            # "minimum TLS version to 1.2", "back out the 2.2.0 rollout": (:mod:`.attachments`).
            result = attachments.check(
                said, result, answered=bool(request.refinements), live=ctx.get
            )
            # "run two of X and add a PDB": every part planned, or asked (:mod:`.halves`).
            result = halves.check(said, result, answered=bool(request.refinements))
            # "scale payments to 0 for a bit", "… while we migrate": a change for a while is
            # asked, nothing reverts it on a timer (:mod:`.durations`).
            if not kubectl.is_command(said):
                result = durations.check(said, result, answered=bool(request.refinements))
            # "scale payments to 4 nie teraz": words after the order that are not English.
            result = tongues.check(
                said,
                result,
                typos.english,
                lambda: typos.cluster_words(listed, request.namespace),
                answered=bool(request.refinements),
                sent=message,
            )
            # "shared-config: REGION: ap, TZ: CET": a key said with its value, left out.
            result = config.keys_dropped(said, result)
            if typed:
                read = f"{read} {typed}".strip()
            if read:
                result.analysis = f"{read} {result.analysis}".strip()
            return tongues.noted(result, read_as)
        except Clarify as ask:
            return tongues.noted(
                PlanResult(
                    category=seen[0] if seen else "unknown", question=ask.question, slot=ask.slot
                ),
                read_as,
            )

    def _plan(self, ctx: Ctx, seen: list[str]) -> PlanResult:
        guard.syntax(ctx.raw)
        recorded.check(ctx.raw)  # "TODO: delete worker", pasted output: recorded, not asked
        # "update my-api to 2.3.1, but back up postgres first": planned in the written order.
        firsts.check(ctx.raw, _FIRST_ORDERS)
        # "delete the payments deployment and service", "LOG_LEVEL → debug (my-api)", "backup
        # postgres quarterly": a part the plan would drop or misread is asked (:mod:`.dropped`).
        dropped.check(ctx.raw)
        if kubectl.is_command(ctx.request.intent) and not ctx.request.refinements:
            commands = kubectl.translate(ctx.request.intent, ctx.namespace)
            if len(commands) == 1 and (pasted := commands[0].patch) is not None:
                # `kubectl patch …`: no sentence carries a patch exactly; planned as itself.
                result = patches.plan(ctx, pasted)
                seen.append(result.category)
                return self._used(ctx, result, verbatim=True)
            if len(commands) == 1 and (manifest := commands[0].manifest) is not None:
                # `kubectl create cronjob …`: the object kubectl would create.
                result = patches.created(ctx, manifest)
                seen.append(result.category)
                return self._used(ctx, result, verbatim=True)
            steps = [(self._category(c.text, seen), c.text, c.hints) for c in commands]
            result = self._used(ctx, compound.merge(self._steps(ctx, steps, seen, whole=False)))
            if left := kubectl.ignored(ctx.request.intent)[0]:
                result.analysis = (
                    f"{result.analysis} Left out {', '.join(left)}: how kubectl reports or "
                    "waits, which changes nothing in the cluster."
                ).strip()
            return result
        raw = ctx.raw.lower() if not any(c.islower() for c in ctx.raw) else ctx.raw

        # "delete worker in kube-system": a namespace of the cluster said bare (a workload of
        # the session's namespace with that name is the workload).
        def named(word: str) -> bool:
            return ctx.cluster.namespace_exists(word) and not ctx.workloads(word)

        if elsewhere := guard.other_namespace(parties.source_blanked(raw), ctx.namespace, named):
            seen.append(self._category(raw, seen, quiet=True) or "unknown")
            raise Clarify(
                f"{ctx.request.intent!r} names namespace {elsewhere!r}, but this session works "
                f"in {ctx.namespace!r}. Run it with -n {elsewhere} (or drop the namespace "
                f"from the sentence to act in {ctx.namespace!r})."
            )
        hazards.check(ctx)
        muddles.check(ctx)
        # "delete the payments logs", "restart the canary frontend", "… in the eu cluster".
        scope.check(ctx, raw)
        unsafe.check(ctx)  # a change not asked for now, or a number in no one form
        # "update my-api and payments to 1.5.0 and 3.1.0 respectively": each its own value.
        raw = muddles.paired(ctx, raw)
        # "restart payments, keep worker at 1" (worker runs 1): the constraint holds already.
        raw = muddles.kept_said(ctx, raw)
        # "my-api:1.4.1 and checkout:1.1.1, both under ghcr.io/acme": each reference whole.
        raw = workloads.registry_said(ctx, raw)
        # "restart all backend deployments but orders": the label set less orders.
        raw = hazards.as_except(ctx, raw)
        # "delete orders-config, si orders": "not" said in a tongue no table reads.
        leftout.foreign_left_out(ctx, raw)
        # "restart everything but the db", "…, orders excluded": what a set leaves out.
        raw, set_less = leftout.extract(ctx, raw)
        # "payments is at 2 replicas, make it 4": a clause that states lends no value.
        raw = statements.masked(raw)
        # "frontend doesnt need FEATURE_FLAG anymore, drop it": the variable's removal.
        raw = config.unneeded(raw)
        # "worker is the only app allowed to reach postgres": "only worker may reach postgres".
        raw = netpol.only_one(raw)
        # "delete my-api; the service must not go": what a delete keeps, said by any predicate.
        raw = deletions.kept_said(raw)
        # "scale payments to 3, restarts are forbidden": a prohibition said as a judgement.
        text, stated = forbidden.extract(raw)
        text, prohibitions = constraints.extract(
            text, lambda word: word in spoken.workload_names(ctx.cluster, ctx.namespace)
        )
        prohibitions = stated + prohibitions + set_less
        text = guard.removed_subject(text)
        # "the worker deployment can be deleted": the delete said as an imperative.
        text = deletions.canonical(text)
        # "restart checkout; if it still 500s we roll it back, but not yet": the later step is
        # no part of this plan (its analysis says so, see LATER_UNDO below).
        text = occasions.LATER_STEP.sub(lambda m: " " * len(m.group(0)), text)
        # "restart payments; if that fails, roll back checkout": the fallback is not planned.
        text, fallback = compound.without_fallback(text)
        # "if frontend hangs, restart it": a condition that is a liveness probe, in its words.
        text, capability_said = occasions.canonical(text)
        # "drop the cache statefulset, we moved to managed redis": the reason is not the request.
        text, _ = asides.extract(text, lambda words: bool(ctx.workloads(words)))
        if not text.strip(" ,.!") and (later := occasions.LATER_STEP.search(raw.lower())):
            raise Clarify(
                f"I read only a step for later ({later.group(0)!r}), nothing to do now. Ask for "
                "it when it is due."
            )
        if not text.strip(" ,.!"):
            raise Clarify(
                f"I read only a negation, what not to do "
                f"({'; '.join(repr(p.said) for p in prohibitions)}). What should change?"
            )
        # "…, but orders and orders-config stay (PT session orders)": a closing nickname of a
        # workload named before it is no clause of its own (:func:`.nouns.trailing_nickname`).
        if text.rstrip(" .!").endswith(")"):
            names = spoken.workload_names(ctx.cluster, ctx.namespace)
            text = nouns.trailing_nickname(text, names, guard.VERBS)
        # "my-api 4, frontend 5": a list of workload-value pairs says its verbs by its values.
        text = pairs.implied(ctx, text) or text
        # "remove the cpu limit, the memory limit must stay": the kept one is no change.
        text = compound.without_kept(text)
        if " with " in text.lower() or " and " in text.lower():
            # "Delete the Deployment orders together with the ConfigMap orders-config and the
            # PodDisruptionBudget orders": the workload with its own, listed (:mod:`.removal`).
            text = removal.listed_belongings(ctx, removal.with_joined(text))
        groups = compound.actions(text)
        if len(groups) == 1:
            if compound.led_by_delete(text):
                # "decommission my-api. shared-config stays": what stays is the delete's.
                category = "delete"
                seen.append(category)
            elif (
                groups[0][0] == "scale"
                and compound.drains_said_stuck(text)
                and compound.said_else(text)
            ):
                # Round 34 (gap37a): "orders runs 2 pods under its PDB, so drains hang. Scale
                # orders to 3": the drains are the reason, the scale the one order.
                category = "scale"
                seen.append(category)
            else:
                category = self._category(text, seen)
            steps = [(category, text, {})]
            whole = text == ctx.raw
            beside = False
        else:
            steps = [(c or self._category(t, seen), t, {}) for c, t in groups]
            seen.extend(c for c, _, _ in steps)
            whole = False
            deletes = [t for c, t, _ in steps if c == "delete"]
            if deletes and not _said_beside(steps, text):
                raise Clarify(
                    f"{deletes[0].strip()!r}: a deletion is planned beside another change only "
                    "when each is its own order naming what it changes ('delete worker and scale "
                    "frontend to 4'), never by a pronoun, beside a backup or once something else "
                    "is done. Ask for it alone, then for the rest."
                )
            beside = bool(deletes)
        # "don't delete the cart deployment, just scale it down": "it" is what the prohibition
        # names (the plan is then checked against it like any other).
        antecedent = [
            w
            for p in prohibitions
            # Never what an exclusion leaves out ("restart everything but the db").
            if p.words
            and not (p.everything or p.others or p.excluded or p.left_out)
            # Round 34 (gap37d): only one said before what refers to it — "payments hangs
            # again, please restart. Don't touch frontend" closes with the prohibition, and
            # frontend is no antecedent of the order before it.
            and _said_before_more(raw, p.said)
            for w in ctx.workloads(p.words)
        ]
        # "restart every deployment labelled tier=backend except payments": left out of the set.
        left_out = {
            name
            for p in prohibitions
            if p.left_out
            for name in p.targets or {p.words} | {t.name for t, _ in ctx.workloads(p.words)}
        }
        # A negation no reader reads is read against the finished plan (:mod:`.negated`).
        unread: list[str] = []
        # A time or condition a person waits for (:mod:`.waits`): the proposal's ``awaits``.
        waiting: list[str] = []
        result = compound.merge(
            self._steps(
                ctx,
                steps,
                seen,
                whole=whole,
                previous=antecedent[:1],
                left_out=left_out,
                unread=unread,
                waiting=waiting,
            )
        )
        if beside:
            _apart(result)
        _one_way(result)
        self._honour(ctx, prohibitions, result)
        _budget_beside_one_replica(result)
        # "daily, not weekly", "min 2 is too low", "the pdb will block drains otherwise".
        rejected.check(ctx, ctx.raw, list(result.operations))
        if unread:
            notes = negated.read(ctx, unread, list(result.operations))
            result.analysis = " ".join([result.analysis, *notes]).strip()
        if undo := occasions.LATER_UNDO.search(raw.lower()):
            # "…, please revert back once done": not planned now, nor ever silently.
            result.analysis = (
                f"{result.analysis} I did not plan {undo.group(0).strip()!r}: ask for it when "
                "it is due."
            ).strip()
        if fallback:
            result.analysis = (
                f"{result.analysis} I did not plan {fallback!r}: a fallback or an alternative "
                "is done only if (or instead of) what is planned; ask for it if it is needed."
            ).strip()
        if ends := [e for c, t, _ in steps if c in durations.HOLDING for e in durations.said(t)]:
            # "scale worker to 0 till monday": made now; its end is not planned (durations).
            result.analysis = f"{result.analysis} {durations.analysis(ends)}".strip()
        if not waiting and (
            then := waits.then_unread(
                ctx.raw.lower(), waiting, lambda c: understand.read(c).best is not None
            )
        ):
            # "the batch runs at night, get worker to 6 then": the time "then" refers to was
            # read as how things are — the plan would run now what was meant for then.
            raise Clarify(
                f"I read {then!r} as when to run this, but took no time to wait on. Say the "
                "time with the change (e.g. 'scale worker to 6 after 22:00')."
            )
        if waiting:
            _awaiting(ctx, result, waiting)
        elif capability_said:
            # "if frontend hangs, restart it": the condition is what the plan sets up.
            result.analysis = (
                f"{result.analysis} Read {capability_said!r} as what this plan sets up; it "
                "runs when you approve it."
            ).strip()
        elif (
            when := next(
                (w for c, t, _ in steps if (w := guard.times_read(c, t) or occasions.said(c, raw))),
                None,
            )
        ) and not (undo and when in undo.group(0)):
            # "pg 16.4 -> 16.6 tonight, go ahead": the time was read as context, not waited for.
            result.analysis = (
                f"{result.analysis} Said with {when!r}: this plan runs when you approve it, "
                "not at that time."
            ).strip()
        result.analysis = f"{result.analysis} {plainwords.decimal(result.operations)}".strip()
        # "turn worker off every night" is no backup; "deploy frontend 2.2.0 to 5 replicas"
        # is no bare scale.
        scope.planned(raw, result)
        return self._used(ctx, result)

    @staticmethod
    def _used(ctx: Ctx, plan: PlanResult, *, verbatim: bool = False) -> PlanResult:
        """Ask when a quantity said is not in the plan as said (:mod:`.accounting`), or the
        plan cannot be what was meant (:mod:`.sanity`). A ``verbatim`` plan (a pasted patch or
        CronJob, planned as itself) has no clause that states or lists: only those checks."""
        # The newest words: an answer to a question may replace a number said before it.
        said = ctx.request.refinements[-1] if ctx.request.refinements else ctx.request.intent
        # A pasted command's --timeout=30s or -v=6 says how kubectl waits or logs: no quantity.
        said = kubectl.ignored(said)[1]
        # "restart payments; failing that, scale to 4": the fallback is not planned (compound).
        said = compound.without_fallback(said)[0]
        sanity.check(ctx, plan)
        # "pdb for my-api with minAvailable -1": never planned as 1.
        signs.check(said, plan)
        # "set the cpu limit of my-api to 512Mi": never the memory limit.
        measures.check(ctx, said, plan)
        # "only frontend and 10.20.0.0/16 may reach my-api", "… and never scale down": a
        # qualifier said is carried or asked, never dropped — in any of the words said (an
        # answer naming the workload does not take back a qualifier said before it).
        everything = " ".join([ctx.request.intent, *ctx.request.refinements])
        caveats.check(compound.without_fallback(kubectl.ignored(everything)[1])[0], plan)
        # "restart payments and notifications", "… and drain node-1": never a part dropped.
        left, watched = (None, []) if verbatim else clauses.dropped(ctx, said, plan.operations)
        if left:
            raise Clarify(left)
        if verbatim:
            pass
        elif question := compound.mooted(said, list(plan.operations)) or compound.kept_kind_changed(
            said, list(plan.operations)
        ):
            # "scale payments to 4\nthe spike is over", "…; the PDB stays" (round 16).
            raise Clarify(question)
        elif question := compound.premise_false(ctx, said, list(plan.operations)):
            # "since payments runs 4 replicas now, …" when it runs 2: a false premise, asked.
            raise Clarify(question)
        elif question := compound.pasted_symptom(said, list(plan.operations)):
            # "ErrImagePull frontend 2.2.0": a symptom pasted, never an order to deploy it.
            raise Clarify(question)
        elif value := statements.misused(said, plan.operations):
            # "restart my-api, frontend has 2 replicas": a clause that states is no request.
            raise Clarify(
                f"I read {value!r} in {said!r} as how things are, not as a change, but the "
                f"plan would use it ({'; '.join(o.summary() for o in plan.operations)}). "
                "Say the change itself, e.g. 'scale frontend to 2'."
            )
        elif pair := muddles.dropped(said, plan.operations):
            # "set PROVIDER=adyen and REGION=us in payments-config": never one of two silently.
            raise Clarify(
                f"I read {pair!r} in {said!r}, but the plan does not set it "
                f"({'; '.join(o.summary() for o in plan.operations)}). Say each key to set, "
                "one request per ConfigMap or workload."
            )
        elif wrong := muddles.misplaced(
            said,
            plan.operations,
            frozenset(
                str(cm["metadata"]["name"])
                for cm in ctx.cluster.list_objects("v1", "ConfigMap", ctx.namespace)
            ),
        ):
            raise Clarify(
                f"I read {said!r}: {wrong} "
                f"({'; '.join(o.summary() for o in plan.operations)}). Say each ConfigMap's "
                "change as a request of its own."
            )
        elif name := statements.borrowed(said, plan.operations):
            # "restart worker; the cache proxy runs 1.0.0": cache is only described.
            raise Clarify(
                f"I read {name} only in what you say of how things are, but the plan would "
                f"change it too ({'; '.join(o.summary() for o in plan.operations)}). Say the "
                "change for each workload that should change."
            )
        # "(minAvailable 2 w/ 2 replicas), loosen it": the state a relax replaces.
        # A fact's quantities are its own ("SLI dipped to 99.2%, add two more pods").
        counted = budgets.state_said(
            ctx,
            statements.masked(
                statements.facts_blanked(kubectl.unvalued(waits.unawaited(said, plan.awaits)))
            ),
            plan.operations,
        )
        # "spread checkout's two pods over zones": the pods it runs now.
        counted = podcounts.live_counts(ctx, counted, plan.operations)
        if plan.operations and (
            missing := accounting.unused(counted, plan.operations, ctx.number_names(counted))
        ):
            raise Clarify(
                f"I read {missing} in {said!r}, but the plan does not use it that way "
                f"(it would {'; '.join(o.summary() for o in plan.operations)}). Say where it "
                "goes, e.g. 'failureThreshold 5 on the readiness probe of cart'."
            )
        if watched:
            plan.analysis = (
                f"{plan.analysis} Not planned: {'; '.join(repr(w) for w in watched)} (watching "
                "or telling changes nothing here; do it once the change is approved)."
            ).strip()
        return plan

    def _category(self, text: str, seen: list[str], *, quiet: bool = False) -> str:
        """The one category of ``text``; asks when none is read or two are close."""
        # "add a pdb to worker so a drain never takes it to zero": the purpose is no request.
        # "spread my-api's pods across zones, one zone outage ate a third of its budget": a
        # fact's words ("budget") lend the request no category.
        reading = understand.read(
            guard.without_conditions(
                statements.without_purpose(statements.read_for_category(text)), metric=True
            )
        )
        category = reading.best or understand.read(text).best
        if category == "strategy" and (manner := strategy.manner_blanked(text)) != text:
            # Round 29 (a32rest): "could FEATURE_X be switched on for my-api with no outage?",
            # "turn on the flag …, safely and without downtime": a manner said beside a key's
            # change is how to make that change, never the rollout strategy alone (which
            # dropped the flag). The key's change is planned (with the strategy put first when
            # it replaces pods, :func:`strategy.with_zero_downtime`).
            plain = understand.read(
                guard.without_conditions(statements.without_purpose(manner), metric=True)
            ).best
            if plain in ("config", "env"):
                category = plain
        if category is not None and category not in reading.cued:
            # "make frontend a bit bigger": read by look-alike examples alone (HA), never
            # planned as what a size may mean.
            measures.vague_size(text, category in understand.read(text).cued)
        if category is None:
            if quiet:
                return ""
            # "set cart cache mode to delete-on-expiry": the word inside a value is named.
            guard.destructive_inside(text)
            raise Clarify(_UNKNOWN.format(intent=text))
        if not quiet:
            seen.append(category)
        if category == "update" and (fraction := _PUT_TO_FRACTION.match(text)):
            # Round 43 (a43): "put worker to 3.5" (see _PUT_TO_FRACTION).
            raise Clarify(
                f"I read {fraction['n']!r} as a version or as a count of replicas, and as a count "
                "it is not a whole number. Say 'update … to version "
                f"{fraction['n']}' for the image, or 'scale … to N' with a whole number."
            )
        if category in _ACTIONS and (m := t.SETTING_TO.search(text)):
            # "set the checkout failure mode to rollback": the action's only word is the value
            # given to a setting said in plain words, with no key named. Asked, never acted on.
            masked = f"{text[: m.start(1)]}val{text[m.end(1) :]}"
            if understand.read(masked).best != category:
                raise Clarify(
                    f"I read {m.group(1)!r} as the value of {text[: m.start(1)].strip()!r}, "
                    f"not as a {category}: name the key it goes in (e.g. KEY={m.group(1)} on "
                    f"…), or ask for the {category} on its own."
                )
        # 'set NOTE="when stuck, restart" on worker': a value's words are never the order.
        quoted.check(text, category, lambda x: understand.read(x).best)
        acronyms.check(text)  # "payments DB to 0": a part named, not a variable.
        close = reading.close()
        if close and (settled := understand.settle(text, category, close)):
            # "… so the HPA lab works", "… with pod anti-affinity": a purpose lends no category,
            # a means said after its goal is the change (understand.settle).
            category, close = settled, []
            if not quiet:
                seen[-1] = category
        if close:
            raise Clarify(
                f"{text!r} reads as {category} or {' or '.join(close)}. Which did you mean? "
                "Say the change with its verb, e.g. 'scale …', 'restart …'."
            )
        if also := self.also_said(text, category):
            # "update my-api to 1.6.0 after the backup" is not a backup: an add-on rule would
            # plan its own thing and silently drop the change it was asked for.
            raise Clarify(
                f"{text!r} reads as {category} and also as {' and '.join(also)}. "
                f"Which one should I plan? Say each change in its own clause."
            )
        return category

    def _steps(
        self,
        ctx: Ctx,
        steps: list[tuple[str, str, dict[str, str]]],
        seen: list[str],
        *,
        whole: bool,
        previous: list[tuple[Target, Json]] | None = None,
        left_out: set[str] | None = None,
        unread: list[str] | None = None,
        waiting: list[str] | None = None,
    ) -> list[PlanResult]:
        """Plan each action; an action that names no workload acts on the one before's. The
        times or conditions a person waits for (:mod:`.waits`) are added to ``waiting``; without
        it they are asked about."""
        results: list[PlanResult] = []
        previous = list(previous or [])
        # Round 23 (cond, N): each part with what it waits on — one awaits for the whole plan
        # only when said of the whole request (eachpart).
        parts: list[tuple[str, list[str]]] = []
        for category, said, hints in steps:
            capability = REGISTRY[category]
            awaited: list[str] | None = [] if waiting is not None else None
            guard.check(
                category,
                said,
                unread=unread,
                awaited=awaited,
                whole=ctx.raw,
                names=lambda: spoken.workload_names(ctx.cluster, ctx.namespace),
            )
            if awaited is not None:
                parts.append((said, list(awaited)))
                eachpart.check(parts[-1:])
            # The rule reads the request without the time or condition it waits on.
            text = _without(said, awaited) if awaited else said
            if awaited and not previous and (lead := waits.antecedent(said, awaited)):
                # "if checkout's burn rate is above 2 at 15:30, revert it": it is checkout.
                previous = held if len(held := ctx.workloads(lead)) == 1 else previous
            nouns.check(ctx, category, text)  # "delete the payments token": not payments
            if awaited and waiting is not None:
                waiting += awaited
            base = (
                ctx
                if whole and not awaited
                else ctx.narrowed(text, refinements=len(steps) == 1, hints=hints)
            )
            targets: list[tuple[Target, Json]] = []
            # "the REGION shared by my-api and frontend": one ConfigMap they read, not each.
            shared = category == "config" and config.shared_holder(base) is not None
            if capability.per_workload and not shared:
                selected = compound.labelled(ctx, text)
                if left_out and selected is None and (unnamed := leftout.unselected(ctx, text)):
                    # "restart everything but the db": no label selects the set.
                    raise Clarify(
                        f"I read {unnamed!r} less what you left out: I plan a set only when a "
                        "label selects it (e.g. 'all tier=backend deployments except orders'). "
                        "Name the workloads to change, or select them by a label."
                    )
                targets = selected or compound.listed(ctx, text)
                if not targets and (refs := compound.slash_listed(text)):
                    # Round 39 (pairs45): "restart sts/cache and deploy/cache today" planned
                    # one of the two: a list said kubectl-style and not read whole is asked.
                    raise Clarify(
                        f"I read {len(refs)} objects in {text.strip()!r} ({', '.join(refs)}), but "
                        "could not read the request as the same change to each, so I changed "
                        "nothing. Say the change, then name them with only list words between "
                        f"them (e.g. '{refs[0]} and {refs[1]}')."
                    )
                if left_out and selected:
                    # Left out of the set a label selects; a workload named in a list and
                    # left out too is asked (:meth:`_honour`), never dropped silently.
                    targets = [
                        x for x in targets if x[0].name not in left_out and x[0].key not in left_out
                    ]
                elif left_out and len(targets) > 1:
                    # Round 33 (a37c): "scale my-api, payments and worker to 3 save worker": a
                    # list less one of its names (:mod:`.leftout`); all of it left out is asked.
                    kept = [
                        x for x in targets if x[0].name not in left_out and x[0].key not in left_out
                    ]
                    targets = kept or targets
                if (
                    not targets
                    and category == "restart"
                    and _PRONOUN.search(text)
                    and (readers := _readers_of_changed(ctx, results[-1:]))
                ):
                    previous = readers
                if (
                    not targets
                    and previous
                    and not ctx.workloads(text)
                    # ("the redis statefulset needs …, don't touch the cache proxy": a kind
                    # said with what it runs names its own workload, never the antecedent.)
                    and not (kinds_said(text) and ctx.running(kinds_said(text), text))
                ):
                    if len(previous) > 1 and _SINGULAR.search(text) and not _PLURAL.search(text):
                        # "scale frontend to 4 and my-api to 2, then restart it": which one?
                        raise Clarify(
                            f"{text.strip()!r}: 'it' could be any of "
                            f"{', '.join(t.describe() for t, _ in previous)}. Name it."
                        )
                    targets = previous
                    if category == "rollback" and results:
                        _way_back_of(said, text, steps, results, previous)
            if len(targets) > 1 and (texts := compound.respective(text, targets)) is not None:
                # "update cart and web to 2.0 and 3.0 respectively": one value per workload.
                targets = compound.in_order_said(text, targets)
                planned = [
                    self._build(capability, base.narrowed(t, pinned=p, hints=hints), category)
                    for t, p in zip(texts, targets, strict=True)
                ]
            elif not targets and (pieces := self._distributed(ctx, category, text)):
                # "ship IMG1 to my-api and IMG2 to payments": each workload with its own value.
                targets = [p for _, p in pieces]
                planned = [
                    self._build(
                        capability,
                        ctx.narrowed(t, pinned=p, refinements=False, hints=hints),
                        category,
                    )
                    for t, p in pieces
                ]
            elif targets:
                planned = [
                    self._build(capability, base.narrowed(text, pinned=t, hints=hints), category)
                    for t in targets
                ]
            else:
                planned = [self._build(capability, base, category)]
            previous = (
                targets
                or [
                    (t, obj)
                    for r in planned
                    for t in r.targets
                    if t.kind in WORKLOAD_KINDS and (obj := ctx.get(t.kind, t.name)) is not None
                ][:1]
            )
            results += planned
        eachpart.check(parts)
        return results

    @staticmethod
    def _distributed(
        ctx: Ctx, category: str, text: str
    ) -> list[tuple[str, tuple[Target, Json]]] | None:
        """Per-workload clauses of one action (never of a deletion, which is said alone)."""
        capability = REGISTRY[category]
        if not capability.per_workload or category == "delete" or ctx.request.refinements:
            return None
        pieces = compound.distributed(ctx, text)
        if pieces and category == "resources":
            # "set memory limit 512Mi on my-api, 1Gi on payments": the resource and the field
            # said once are each later clause's too (never a request and a limit both).
            pieces = [(compound.field_carried(pieces[0][0], t), p) for t, p in pieces]
        return pieces

    @staticmethod
    def _build(capability: Capability, ctx: Ctx, category: str) -> PlanResult:
        result = capability.build(ctx)
        result.category = result.category or category
        # "restart web without downtime": any change that replaces pods gets the strategy.
        return strategy.with_zero_downtime(ctx, result)

    @staticmethod
    def _honour(ctx: Ctx, prohibitions: list[constraints.Prohibition], plan: PlanResult) -> None:
        """Ask when the plan would break a prohibition said beside it."""
        if _NO_NEW_PODS.search(statements.fault_unrestarted_blanked(ctx.raw)) and (
            replaced := [op for op in plan.operations if _replaces_pods(op)]
        ):
            raise Clarify(
                f"You said no new pods may start, but the plan would {replaced[0].summary()}, "
                "which replaces them. Which should it be?"
            )
        for p in prohibitions:
            # "leave the replica count as it is", "without touching the deployment or its
            # configmap": a field or a kind said, not a name — what the plan must not touch.
            touched = [op for op in plan.operations if _forbids_by_kind(p.words, op, plan)]
            if touched:
                raise Clarify(
                    f"You said {p.said!r}, but the plan would {touched[0].summary()}. Which "
                    "should it be?"
                )
        # "set REGION to us in shared-config, but frontend must keep eu": a protected reader.
        OfflinePlanner._protected_reader(ctx, prohibitions, plan)
        if not prohibitions:
            return
        _passive_named(ctx, prohibitions, plan)
        primary = {t.name for t in plan.targets}
        named: dict[str, set[str]] = {}
        # The workloads each prohibition's words pick, by kind: "don't touch the cache proxy"
        # is the cache Deployment (running proxy), never the cache StatefulSet.
        picked: dict[str, set[tuple[str, str]]] = {}
        for p in prohibitions:
            if p.words in _THE_TARGET:
                named[p.words] = primary
            elif not (p.everything or p.others):
                resolved = ctx.workloads(p.words)
                names = {t.name for t, _ in resolved}
                # ("don't touch the redis": the workload running it, when no name is said — that
                # workload itself, never another object of its name: "HPA on the cache proxy
                # deployment (not redis)".)
                resolved = resolved or [
                    r
                    for r in ctx.running(kinds_said(p.words), p.words)
                    if set(p.words.split()) & what_runs(r[1])
                ]
                picked[p.words] = {(t.kind, t.name) for t, _ in resolved}
                names |= {w for w in p.words.split() if w not in ("deployment", "service")}
                named[p.words] = names
        # "restart orders but not envoy": a restart replaces every container of the pod. Only
        # what a prohibition of restarts (or of anything) names, never "it" ("restart worker,
        # don't scale it" spares no container).
        spared: set[str] = set().union(
            *(
                named[p.words]
                for p in prohibitions
                if p.words in named
                and p.words not in _THE_TARGET
                and (p.kinds is None or "rollout_restart" in p.kinds)
            )
        )
        for op in plan.operations:
            obj = (
                ctx.get(op.target.kind, op.target.name, op.target.api_version)
                if op.kind == "rollout_restart"
                else None
            )
            inside = {str(c.get("name")) for c in containers(obj)} & spared if obj else set()
            if inside:
                raise Clarify(
                    f"A restart of {op.target.describe()} replaces its whole pods, container "
                    f"{', '.join(sorted(inside))} included: it cannot leave one container out. "
                    f"Restart it whole, or say what should change in the other container."
                )
        OfflinePlanner._left_out_named(ctx, prohibitions, plan)
        if found := constraints.violated(
            prohibitions,
            list(plan.operations),
            named,
            primary,
            picked=picked,
        ):
            p, op = found
            if p.pods and op.kind != "rollout_restart" and constraints.replaces_pods(op):
                # "set env X on my-api, don't restart it": the change itself rolls the pods.
                raise Clarify(
                    f"You said {p.said!r}, but the plan would {op.summary()}, and that change "
                    f"replaces (restarts) every pod of {op.target.describe()}: it cannot be made "
                    "without a restart. Make it with the restart, or leave it for later?"
                )
            raise Clarify(
                f"You said {p.said!r}, but the plan would {op.summary()}. Which should it be?"
            )

    @staticmethod
    def _protected_reader(
        ctx: Ctx, prohibitions: list[constraints.Prohibition], plan: PlanResult
    ) -> None:
        """Ask when a ConfigMap or Secret the plan changes is read by a workload the request
        protects: "set REGION to us in shared-config, don't touch frontend" or "…, but frontend
        must keep eu" with frontend reading shared-config — its pods get the new value too."""
        from dotop_nb.planner.offline.compound import keys_read, read_by  # noqa: PLC0415

        # The keys each change sets (None: it may change any).
        changed: dict[str, set[str] | None] = {}
        for op in plan.operations:
            # A delete takes only what its workload alone reads (the delete rule's own check).
            if op.target.kind in ("ConfigMap", "Secret") and op.kind not in (
                "rollout_restart",
                "delete",
            ):
                changed[op.target.name] = _keys_set(op, changed.get(op.target.name, set()))
        if not changed:
            return
        primary = {t.name for t in plan.targets if t.kind in WORKLOAD_KINDS}
        # (Round 31, gap34a: never one said of an object of another kind — "the
        # PodDisruptionBudget orders must not be modified" protects no Deployment orders; gap34b:
        # one that covers a kind of object alone — "the PDB of orders is out of scope" —
        # protects no workload reading it.)
        protected = [
            p.said for p in prohibitions if p.kinds is None and not p.excluded and not p.object_kind
        ]
        clauses = [c for c in rx(r"[,;.:]|\s[\u2014\u2013-]+\s|\bbut\b").split(ctx.raw)]
        protected += [c for c in clauses if _PROTECTS.search(c)]
        listed = [
            (kind, obj)
            for kind in WORKLOAD_KINDS
            for obj in ctx.cluster.list_objects("apps/v1", kind, ctx.namespace, limit=2001)
        ]
        # How many workloads read each ConfigMap changed (one alone: the change is for it).
        readers = {cm: sum(cm in read_by(obj) for _, obj in listed) for cm in changed}
        for kind, obj in listed:
            name = str((obj.get("metadata") or {}).get("name", ""))
            reads = read_by(obj) & set(changed) if name not in primary else set()
            # (Round 35, gap38b: a key it never reads never reaches it — "BATCH_SIZE in
            # orders-config …, orders itself untouched", orders reading only its QUEUE.)
            reads = {
                cm
                for cm in reads
                if (keys := changed[cm]) is None
                or (read := keys_read(obj, cm)) is None
                or keys & read
            }
            if not reads:
                continue
            said = next(
                (
                    c
                    for c in protected
                    if _said_name(name, c)
                    and name.lower() not in unsafe.other_kind_names(c)
                    and not _pods_only(name, c)
                    and not (
                        all(readers[cm] == 1 for cm in reads)
                        and _object_only(name, kind, c, obj, reads)
                    )
                ),
                None,
            )
            if said is not None:
                raise Clarify(
                    f"You said {said.strip()!r}, but {kind} {name} reads "
                    f"{', '.join(sorted(reads))}: the change reaches its pods too (on their "
                    "next start). Change a copy only it reads, or say the change may "
                    "reach it."
                )

    @staticmethod
    def _left_out_named(
        ctx: Ctx, prohibitions: list[constraints.Prohibition], plan: PlanResult
    ) -> None:
        """Ask when what an exclusion leaves out names nothing but is a slip of a name the plan
        changes ("except order" for orders, "not fronted"), or names a container the plan
        changes with all the others ("all containers of orders except envoy")."""
        inside: dict[str, list[str]] = {}
        for op in plan.operations:
            obj = ctx.get(op.target.kind, op.target.name, op.target.api_version)
            for c in containers(obj) if obj else []:
                if getattr(op, "container", None) in (None, ""):
                    inside.setdefault(str(c.get("name")), []).append(op.summary())
        for p in prohibitions:
            if not p.excluded or not p.words:
                continue
            if p.left_out and (other := _not_a_workload(ctx, p.words)) is not None:
                # "restart all tier=backend deployments except payments-config": a ConfigMap
                # is no member of a set of workloads; which workload was meant is asked.
                raise Clarify(
                    f"You said {p.said!r}, but {p.words!r} is a {other}, not a workload: nothing "
                    "is left out of the set. Which workload should stay out? Say its name."
                )
            if (
                p.words in inside
                and not ctx.workloads(p.words)
                and not any(op.kind == "rollout_restart" for op in plan.operations)
            ):
                raise Clarify(
                    f"You said {p.said!r}, but the plan would {inside[p.words][0]}, which "
                    f"changes container {p.words!r} too. Name the containers to change."
                )
            near = [
                name
                for name in {*(t.name for t in plan.targets), *inside}
                if name != p.words and typos.distance(p.words, name) <= 2
            ]
            if (
                near
                and not ctx.workloads(p.words)
                and p.words not in inside
                and not any(p.words == t.name for t in plan.targets)
            ):
                # "restart all backend deployments except order": a slip of orders, which the
                # plan changes; a word that names nothing near ("not the redis") is left.
                raise Clarify(
                    f"You said {p.said!r}, but nothing here is called {p.words!r}, and the plan "
                    f"changes {near[0]!r}. Did you mean to leave {near[0]} out? Say its exact "
                    "name."
                )
            if len(plan.targets) > 1 and _names_nothing(ctx, p.words, inside):
                # Round 40 (attack46): "restart all backend deployments except billing", no
                # billing here: the exclusion leaves nothing out of the set, so what was
                # meant to stay out is asked, never the whole set changed.
                raise Clarify(
                    f"You said {p.said!r}, but nothing in {ctx.namespace!r} is called "
                    f"{p.words!r}: the plan would leave nothing out and change "
                    f"{', '.join(sorted(t.name for t in plan.targets))}. Which should stay out? "
                    "Say its exact name."
                )

    @staticmethod
    def also_said(text: str, category: str) -> list[str]:
        """Direct-change categories an add-on intent (backup, monitoring, security, ha) also
        matches: each is a change the add-on rule would leave out."""
        capability = REGISTRY[category]
        if capability.family != "addon":
            return []
        # Round 14: a condition or an event lends no category ("payments has to stay up when
        # the cloud provider upgrades our nodes": the upgrade is the nodes', no update asked).
        text = guard.without_conditions(occasions.PURPOSE_OF_CAPABILITY.sub(" ", text.lower()))
        if category == "backup":
            # The dump job's own image is part of the backup, not an update beside it; "(deploy
            # + its config)" names what is backed up; "before the upgrade" says when, not what.
            text = addons.JOB_IMAGE.sub(" ", text)
            text = addons.KIND_LISTED.sub(" ", text)
            text = guard.without_conditions(occasions.MISHAP.sub(" ", text.lower()))
            # "velero backup create pre-upgrade", "leave the deployments out": a name and a
            # resource filter, not an update.
            text = velerocli.without_name(text)
            text = restore.without_backup_name(text)  # "pg-pre-upgrade-1207" is a name
            for start, end in reversed(kindfilter.spans(text.lower())):
                text = text[:start] + " " * (end - start) + text[end:]
        if category == "monitoring":
            # "alerts when payments restarts more than 3 times": the condition's words are the
            # rule's (signals.py), never a restart or a resources change beside it.
            text = signals.without_conditions(text)
            # "the default restart alert": what the alert is about names it, no restart.
            text = rx(r"\b[\w-]+(?=\s+alert(?:s|ing)?(?:\s+rules?)?\b)", re.I).sub(" ", text)
        cued = understand.read(text).cued
        # HA reads a count said with it ("zone redundant: 3 replicas"), or asks: not dropped.
        reads = {"scale"} if category == "ha" else set()
        return sorted(
            name
            for name in cued
            if name in _DIRECT and name not in capability.compatible and name not in reads
        )

    @staticmethod
    def classify(text: str) -> str | None:
        """The category of an intent, or None when no category is read confidently enough."""
        return understand.read(text).best


__all__ = ["REGISTRY", "Capability", "Clarify", "OfflinePlanner", "register"]
