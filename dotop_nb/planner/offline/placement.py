"""Where pods run: pod anti-affinity (required when said as an absolute, preferred when said as
a wish) and zone spread (topologySpreadConstraints), for Deployments and StatefulSets alike.

"never two my-api pods on the same node" / "must" / "always" → required; "prefer" / "ideally"
/ "try to" / "if possible" → preferred; a spread over zones is ``DoNotSchedule`` when absolute,
``ScheduleAnyway`` when a wish. Example::

    spread postgres across zones
    → patch StatefulSet postgres topologySpreadConstraints [zone, maxSkew 1, DoNotSchedule]
"""

from __future__ import annotations

import re
from typing import Any

from dotop_nb.models import ScaleOp
from dotop_nb.planner.offline import slots, statements, template
from dotop_nb.planner.offline.context import Clarify, Ctx, selector
from dotop_nb.planner.offline.rx import rx
from dotop_nb.planner.offline.text import COUNT_WORDS
from dotop_nb.ports import PlanResult

Json = dict[str, Any]
# Every pod said not to be together on one node: a spread asked by its negation (never one pod
# per node, which a required anti-affinity would make).
ALL_TOGETHER_DENIED = (
    r"(?:\b(?:never|not|no)|n'?t)\s+(?:ever\s+)?(?:put|run|schedule|place|land|have|keep|"
    r"stack|pack|cram|pile|let)\s+(?:all|both|every(?:\s+one)?|each)\s+(?:of\s+)?"
    r"(?:the\s+|its\s+|their\s+)?(?:[a-z0-9][\w\-]*(?:'s|')?\s+)?(?:pods?|replicas?|instances?|copies)"
    r"\s+(?:(?:of\s+)?[a-z0-9][\w\-]*\s+)?(?:together\s+)?(?:on|onto|in)\s+(?:the\s+same|one|a\s+single|"
    r"just\s+one|1)\s+(?:node|host|machine)\b"
)
CUE = re.compile(
    r"anti-?affinity|\bsame (?:node|host|machine)\b|"
    # "land in diff zones", "on separate hosts", "in distinct availability zones".
    r"\b(?:different|diff|separate|distinct|multiple)\s+(?:availability\s+)?"
    r"(?:nodes|hosts|machines|servers|zones|azs)\b|"
    # Round 31 (gap34a): the pods put on "different node", the plural dropped (a non-native
    # writer's), never "move a pod to a different node" (one pod moved).
    r"\bpods\b[^,.;]{0,40}?\b(?:on|onto|in|to|across)\s+(?:different|diff|separate|distinct)\s+"
    r"(?:node|host|machine|server)\b|"
    # "spread across zones", "distributed over the availability zones", "balanced over nodes".
    r"\b(?:spread|distribut\w*|balanced?|scatter\w*)\b.*\b(?:zones?|nodes|hosts|azs?)\b|"
    # Round 24: "spread payments by hostname", "… by host", "… across machines": over nodes.
    r"\bspread\b.*\b(?:by|per|across|over)\s+(?:the\s+|different\s+|separate\s+)?"
    r"(?:host(?:name)?|machines|servers|kubernetes\.io/hostname)\b|"
    r"topology ?spread|\bacross (?:the )?(?:zones|azs|availability zones|nodes)\b|"
    # The pods said all on one node ("all the frontend pods landed on one node", "both sit on
    # the same host", "all its eggs in one basket node-wise"), or to be spread out: where they
    # run, which a placement changes — never a count.
    # (A state: "run all of orders on one node" asks them together, see _together.)
    r"\b(?:landed|ended\s+up|are|is|were|was|sit|sits|sitting|got|live|lives|crammed|packed|"
    r"piled|bunched|scheduled)\b[^,.;]{0,40}?\b(?:on|onto|in)\s+(?:just\s+|only\s+)?"
    r"(?:one|a\s+single|the\s+same|1)\s+(?:node|host|machine|basket)\b|"
    r"\b(?:node|host|zone)[\s-]?wise\b|\bspread\s+(?:[\w'\-]+\s+){0,3}?out\b|"
    # "two cart pods never share a node", "one pod per node".
    r"\b(?:share|sharing|co-?locate|colocated?|stack(?:ed)? on) (?:a|one|the same) "
    r"(?:node|host|machine)\b|\bone (?:pod )?per (?:node|host|machine)\b|"
    # "never two orders pods on one node", "… on a single host" (never without the negation:
    # "run two orders pods on one node" asks for them together).
    r"(?:\b(?:never|not|no)|n'?t)\s+(?:(?:ever|put|run|schedule|place|land|have|let)\s+){0,2}"
    r"(?:two|2|more than one|multiple)\s+(?:[a-z0-9][\w\-]*\s+)?(?:pods?|replicas?|instances?)"
    r"\s+(?:on|in)\s+(?:one|a|a single|one single)\s+(?:node|host|machine)\b|" + ALL_TOGETHER_DENIED
    # "don't put all the frontend pods on the same node", "never stack every orders replica on
    # one host": not all of them together is apart — the negation is the request.
)
_WISH = re.compile(
    r"\bprefer|\bpreferably\b|\bideally\b|\btry to\b|\bif possible\b|\bwhere possible\b|"
    r"\bsoft\b|\bbest[- ]effort\b|\bwould be nice\b|\bpreferred\b|\bif feasible\b|"
    # Round 23 (holds): the field's own value or its words ("ScheduleAnyway", "but allow
    # scheduling anyway", "schedule them anyway").
    r"\bschedule\s*anyway\b|\bscheduling\s+anyway\b|\bschedule\s+(?:it|them|pods?)\s+anyway\b|"
    r"\b(?:if|where|when(?:ever)?)\s+(?:the\s+scheduler|kubernetes|k8s|it|they|you|we)\s+"
    r"(?:can|is able to|are able to|manages?)\b|"
    r"\bif (?:there (?:is|are) )?(?:room|capacity|enough nodes)\b|"
    + r"|".join(
        # "not a hard requirement", "don't block scheduling if that is not possible".
        (
            r"\bnot\s+(?:a\s+)?(?:hard|strict|must|required)\b",
            r"\b(?:don'?t|do not|never|not)\s+(?:block|prevent|hold up)\s+(?:the\s+)?scheduling\b",
        )
    )
)
# A preference said only to be denied ("required, not preferred", "a hard rule, not a
# preference", "rather than best effort"): the must said again, never a wish.
NOT_WISH = re.compile(
    r"\b(?:not|never|no|isn'?t|rather\s+than|instead\s+of)\s+(?:a\s+|just\s+|merely\s+|only\s+)?"
    r"(?:prefer\w*|soft(?:\s+(?:one|rule|constraint|anti-?affinity))?|best[- ]effort|"
    r"nice[- ]to[- ]have|optional|a\s+wish)\b"
)
_ABSOLUTE = re.compile(
    r"\bmust\b|\bnever\b|\balways\b|\brequired?\b|\bhard\b|\bstrict(?:ly)?\b|\bguarantee"
)
_ZONE = re.compile(r"\bzones?\b|\bazs?\b|availability zones?")
# The form said by its name ("with a topology spread constraint", "topologySpreadConstraints",
# "maxSkew 1"): a spread over nodes is then a topology spread on kubernetes.io/hostname, never
# an anti-affinity in its place.
_SPREAD_FORM = re.compile(
    r"\btopology[\s-]?spread|\btopologyspreadconstraints?\b|\bspread\s+constraints?\b|"
    r"\bmax\s?skew\b",
    re.I,
)
# A replica count said with the placement ("run 3 redis replicas spread across zones", "cart
# with 4 pods on separate nodes"): the scale is part of the one proposal, never dropped.
_REPLICAS = re.compile(
    r"\b(?:run(?:s|ning)?|scaled?\s+(?:[a-z0-9][\w\-]*\s+)?to|with|as|keep|have|want|need|at|"
    rf"make\s+it|give\s+it)\s+(?:[a-z0-9][\w\-]*\s+)?{slots.NUMBER_WORD}\s+"
    r"(?:[a-z0-9][\w\-]*\s+)?(?:replicas?|pods?|instances?|copies)\b|"
    # "scale postgres to 3 spread over zones": after "scale … to" the count needs no unit.
    rf"\bscaled?\s+(?:[a-z0-9][\w\-]*\s+)?to\s+(?<![\w.])(?P<n2>\d+|{COUNT_WORDS})(?![\w.-])|"
    # "cache proxy pods must never share a node, and run 2 of them": them are the pods placed.
    rf"\b(?:run|keep|have|want|need)\s+(?P<n3>\d+|{COUNT_WORDS})\s+of\s+(?:them|those|these)\b"
)
# "never run two cart pods on the same node", "two pods may share a node": the count is the
# rule's, not a replica count.
_RULE_BEFORE = re.compile(r"\b(?:never|not|n'?t|no)\s+(?:\w+\s+){0,2}$")
_RULE_AFTER = re.compile(
    r"\s+(?:(?:should|may|must|can)\s+)?(?:(?:never|not)\s+)?(?:on|in|per|share|sharing|land|"
    r"together)\s+(?:the\s+)?(?:same|one|a|single)\b"
)


def _said_replicas(text: str) -> int | None:
    """The replica count said with the placement, or None."""
    said = [
        m
        for m in _REPLICAS.finditer(text)
        if not _RULE_BEFORE.search(text[max(0, m.start() - 20) : m.start()])
        and not _RULE_AFTER.match(text[m.end() :])
    ]
    values = {slots.count(m.group(1) or m.group("n2") or m.group("n3")) for m in said}
    if not values:
        return None
    if len(values) > 1 or None in values or 0 in values:
        raise Clarify(f"How many replicas should run? I read {said[0].group(0)!r} and more.")
    return values.pop()


# Pods asked together on one node ("keep both orders pods on the same node", "pin all of cart
# to one host"): the opposite of what this rule writes, asked — unless negated ("never run two
# cart pods on the same node").
_TOGETHER = re.compile(
    r"\b(?:on|onto|in|to)\s+(?:just\s+|only\s+)?(?:one|a\s+single|the\s+same|1)\s+"
    r"(?:node|host|machine)\b"
)
_NEGATED = re.compile(r"\b(?:never|not|no|without|avoid|nor)\b|n't\b")
# The pods said to go apart: what makes "… on one node" the state a spread changes.
_APART = re.compile(
    r"\b(?:spread|distribut\w*|balance|rebalance|scatter\w*|separate|different|apart|"
    r"anti-?affinity|across)\b"
)


def _together(text: str) -> None:
    """Ask when pods are said on one node, not negated, and no spread is said: "keep both
    orders pods on the same node" wants them together, the opposite of what this rule writes."""
    for m in _TOGETHER.finditer(text):
        clause = rx(r"[,.;:!?]").split(text[: m.start()])[-1]
        if not _NEGATED.search(clause[-60:]) and not _APART.search(text):
            raise Clarify(
                f"I read {m.group(0)!r} as pods kept together on one node, but this rule only "
                "spreads pods apart (anti-affinity, zone spread). Which do you want?"
            )


# Round 23 (holds): the skew said ("max skew 2", "maxSkew: 3") is the spread's, never 1 in its
# place.
_SKEW = re.compile(r"\bmax(?:imum)?[\s-]?skew\s*(?:of|=|:|to|at)?\s*(\d+)\b")


def _skew(text: str) -> int:
    """The spread's maxSkew: the one said, or 1."""
    said = {int(m.group(1)) for m in _SKEW.finditer(text.lower())}
    if len(said) > 1 or 0 in said:
        raise Clarify(
            f"I read a max skew of {', '.join(map(str, sorted(said)))}: a spread takes one max "
            "skew of 1 or more. Say it once (e.g. 'max skew 2')."
        )
    return said.pop() if said else 1


# Round 24 (qtimes): a kind of node said as where the pods go — "run checkout on spot nodes",
# "… on arm nodes", "on dedicated nodes", "on the gpu pool": a node selector or affinity to
# that kind (and the labels or taints that mark it), which no rule here writes; never an
# anti-affinity between the pods.
_NODE_KIND = re.compile(
    r"\b(?:on|onto|to|in)\s+(?:the\s+|its\s+own\s+|their\s+own\s+)?(?:(?:dedicated|spot|"
    r"preemptible|pre-?emptible|on-?demand|reserved|arm(?:64)?|amd64|x86(?:_64)?|graviton|gpu|"
    r"windows|high-?mem(?:ory)?|big|small|cheap(?:er)?|tainted|infra|system|batch)\s+)+"
    r"(?:nodes?|instances?|machines?|hosts?|vms?|(?:node\s*)?pools?|node\s*groups?)\b|"
    r"\b(?:node\s*pool|nodepool|node\s*group|node\s*selector|nodeselector|taints?|"
    r"tolerations?)\b",
    re.I,
)


def placement(ctx: Ctx) -> PlanResult:
    """Anti-affinity over nodes, or a spread over zones (see module docstring)."""
    if kind := _NODE_KIND.search(ctx.text):
        raise Clarify(
            f"I read {kind.group(0).strip()!r}: which nodes the pods run on (a node selector "
            "or node affinity, with a toleration where the nodes are tainted), which I do not "
            "plan — never an anti-affinity between its pods. Set it by hand, or say how its "
            "pods should be spread (e.g. 'never two checkout pods on the same node')."
        )
    target, obj = ctx.workload()
    # "the cache proxy is a single replica on one node; run two of them": how it runs now.
    _together(statements.facts_blanked(ctx.text))
    if target.kind == "DaemonSet":
        raise Clarify(f"{target.describe()} is a DaemonSet: it runs one pod per node already.")
    text = NOT_WISH.sub(" must ", ctx.text)
    wish = bool(_WISH.search(text))
    absolute = bool(_ABSOLUTE.search(_WISH.sub(" ", text)))
    if wish and absolute:
        raise Clarify(
            "Is it a must (pods stay Pending rather than share) or a preference (the scheduler "
            "tries)? Say 'must' or 'prefer'."
        )
    required = not wish
    match = selector(obj)
    replicas = int((obj.get("spec") or {}).get("replicas", 1))
    revision = "pod-template-hash" if target.kind == "Deployment" else "controller-revision-hash"
    template_spec: Json
    risks: list[str] = []
    zoned = bool(_ZONE.search(text))
    # "not all on one node" asks them apart, not one per node: a spread (maxSkew 1) says it.
    if zoned or _SPREAD_FORM.search(text) or rx(ALL_TOGETHER_DENIED).search(text):
        zones = ctx.zones()
        skew = _skew(text)
        constraint = {
            "maxSkew": skew,
            "topologyKey": "topology.kubernetes.io/zone" if zoned else "kubernetes.io/hostname",
            "whenUnsatisfiable": "DoNotSchedule" if required else "ScheduleAnyway",
            "labelSelector": {"matchLabels": match},
            "matchLabelKeys": [revision],
        }
        template_spec = {"topologySpreadConstraints": [constraint]}
        what = (
            f"spread its pods over {'zones' if zoned else 'nodes'} (maxSkew {skew}, "
            f"{'required: DoNotSchedule' if required else 'preferred: ScheduleAnyway'})"
        )
        if zoned and len(zones) < 2:
            risks.append(
                f"the nodes carry {len(zones)} zone label(s): there is nothing to spread over "
                "until nodes in other zones exist"
                + (" and pods beyond the skew stay Pending" if required else "")
            )
    else:
        term: Json = {
            "labelSelector": {"matchLabels": match},
            "topologyKey": "kubernetes.io/hostname",
        }
        if required:
            affinity: Json = {"requiredDuringSchedulingIgnoredDuringExecution": [term]}
        else:
            affinity = {
                "preferredDuringSchedulingIgnoredDuringExecution": [
                    {"weight": 100, "podAffinityTerm": term}
                ]
            }
        template_spec = {"affinity": {"podAntiAffinity": affinity}}
        what = (
            "never put two of its pods on the same node (required anti-affinity)"
            if required
            else "prefer to put its pods on different nodes (preferred anti-affinity)"
        )
        if required:
            risks.append(
                f"required anti-affinity needs one node per replica ({replicas}); a surge pod "
                "of a rollout needs one more, or it stays Pending"
            )
    wanted = _said_replicas(text)
    if wanted is not None and wanted < 2:
        raise Clarify(
            f"{wanted} replica cannot be spread: how many should {target.describe()} run?"
        )
    if replicas < 2 and wanted is None:
        risks.append(f"{target.describe()} runs 1 replica: there is nothing to spread yet")
    result = template.plan(
        ctx,
        target,
        "ha",
        template_spec,
        analysis=(
            f"{target.describe()}: {what}."
            + (" Said as an absolute, so it is required." if required and absolute else "")
            + (" Said as a wish, so it is preferred." if wish else "")
        ),
        verified="the new placement",
        risks=risks,
    )
    if wanted is not None:
        # Scaled first, through the scale subresource: the spread then places every replica.
        result.operations.insert(
            0, ScaleOp(target=target, replicas=wanted, reason=f"{replicas} → {wanted} replicas")
        )
        result.analysis = f"Run {wanted} replicas (now {replicas}); {result.analysis}"
        result.validation_plan.insert(0, f"{target.describe()} runs {wanted} replicas")
    return result
